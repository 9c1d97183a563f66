# Hand-written near-twin families, batch 04. First member of each family is its base text.
FAMILIES = [
    [
        ("listing", "twin_offer_loud", 1, 1, 1, 1, "Bal celana pendek campur ex Thailand, 45kg, sortir badan, 2,8jt"),
        ("listing", "hn_twin_majun", 1, 1, 0, 1, "Bal majun lap mesin ex Thailand, 45kg, potongan kaos bekas, 2,8jt, buat bengkel"),
    ],
    [
        ("message", "twin_offer_loud", 1, 1, 1, 1, "Gan, stok balpres mantel & jas ex Eropa tinggal 3 karung, mau sy tahan sampe Senin?"),
        ("message", "hn_twin_not_clothing", 1, 1, 0, 1, "Gan, stok lampu gantung bekas ex Eropa tinggal 3 karung, mau sy tahan sampe Senin?"),
    ],
    [
        ("comment", "twin_offer_loud", 1, 1, 1, 1, "Lapak @kemejaseken.mks ready cakar lagi kak, kemeja 15rb, cek highlight"),
        ("comment", "hn_twin_report", 0, 1, 1, 1, "Udh aku report akun @kemejaseken.mks, jualan cakar kemeja 15rb terang2an padahal barang impor bekas dilarang"),
    ],
    [
        ("live", "twin_offer_loud", 1, 1, 1, 1, "Bal ketiga malam ini dari Korea ya, isinya tas wanita bekas, 40rb satu, ketik TAS + nomor"),
        ("live", "hn_twin_not_clothing", 1, 1, 0, 1, "Bal ketiga malam ini dari Korea ya, isinya buku komik bekas, 10rb satu, ketik BK + nomor"),
    ],
    [
        ("message", "twin_offer_loud", 1, 1, 1, 1, "Dicari reseller baju thrift Jepang, modal kecil ambil per koli, bisa dropship juga, japri"),
        ("message", "hn_twin_job_vacancy", 0, 1, 1, 1, "Loker: dicari tenaga sortir baju bekas Jepang di gudang Cakung, gaji harian, japri"),
    ],
    [
        ("comment", "twin_offer_quiet", 1, 1, 1, 1, "Kak sepatu boots kulit second ex Jepang ready 6 psg, 41-43, 150rb"),
        ("comment", "hn_twin_not_clothing", 1, 1, 0, 1, "Kak jam tangan second ex Jepang ready 6 pcs, Seiko & Citizen, 150rb-an"),
        ("comment", "hn_twin_complaint", 0, 1, 1, 1, "Kak sepatu boots kulit second ex Jepang yg kemarin kubeli sol-nya lepas, penjualnya gak mau tanggung jawab"),
    ],
    [
        ("post", "hn_twin_meme", 0, 1, 1, 1, "POV: niat beli 1 kemeja di Gedebage, pulang bawa 7 kemeja second plus karungnya 🤡 #thrifthaul"),
        ("post", "twin_offer_loud", 1, 1, 1, 1, "POV: niat beli 1 pulang bawa 7 😭 kemeja second Gedebage 10rb-an di lapak @ujang.gdb, gas ramein 🤡 #thrifthaul"),
    ],
    [
        ("listing", "twin_offer_loud", 1, 1, 1, 1, "Gorden & karpet bekas impor Jepang, grade B, per kilo 12rb"),
        ("listing", "hn_twin_not_clothing", 1, 1, 0, 1, "Plastik & kardus bekas Jepang, grade B, per kilo 3rb"),
    ],
    [
        ("message", "twin_offer_quiet", 1, 1, 1, 1, "Mbak, kaos kaki & legging seken dari Hongkong sy ready 50 psg, 5rb/psg, minat?"),
        ("message", "hn_twin_new_goods", 1, 0, 1, 1, "Mbak, kaos kaki & legging baru dari Hongkong sy ready 50 psg, 8rb/psg, minat?"),
    ],
    [
        ("article", "hn_twin_news_quote", 0, 1, 1, 1, "\"Sekarang ambil per koli saja, bal sudah susah masuk,\" kata seorang pedagang baju bekas di Pasar Gembong, Surabaya."),
        ("message", "twin_offer_loud", 1, 1, 1, 1, "Skrg ambil per koli aja ya bos, bal lg susah masuk, baju bekas campur 1 koli 750rb, Surabaya"),
    ],
    [
        ("message", "twin_offer_loud", 1, 1, 1, 1, "Kiriman via Nunukan udah nyampe, 5 bal pakaian bekas, yg mau ambil eceran dtg ke gudang"),
        ("message", "hn_twin_not_clothing", 1, 1, 0, 1, "Kiriman via Nunukan udah nyampe, 5 karung botol plastik bekas, yg mau ambil eceran dtg ke gudang"),
    ],
    [
        ("comment", "twin_offer_quiet", 1, 1, 1, 1, "Ada sis, rok plisket seken ex Korea 30rb, tinggal warna mocca sama navy"),
        ("comment", "hn_twin_buyer_question", 0, 1, 1, 1, "Ada yg punya rok plisket seken ex Korea 30rb-an? cari warna mocca / navy buat adek"),
    ],
    [
        ("post", "twin_offer_quiet", 1, 1, 1, 1, "Koleksi jaket varsity second USA baru mendarat ✈️ harga mulai 120k, DM buat list #vintagestore"),
        ("post", "hn_twin_not_clothing", 1, 1, 0, 1, "Koleksi kamera analog second USA baru mendarat ✈️ harga mulai 1,2jt, DM buat list #analogstore"),
    ],
    [
        ("live", "twin_offer_quiet", 1, 1, 1, 1, "Malam ini live lagi ya bestie, bongkar karungan Batam isi dress, jam 8 on"),
        ("live", "hn_twin_stopped_selling", 0, 1, 1, 1, "Mulai malam ini gak live lagi ya bestie, aku stop jual dress karungan Batam, makasih semua 🙏"),
    ],
    [
        ("listing", "twin_offer_quiet", 1, 1, 1, 1, "Sepatu hak tinggi wanita ex Jepang bekas, 36-38, 35rb, Yogyakarta"),
        ("listing", "hn_twin_factory_reject", 1, 0, 1, 1, "Sepatu hak tinggi wanita ex Jepang, factory reject jahitan miring, 36-38, 35rb"),
    ],
    [
        ("listing", "twin_offer_quiet", 1, 1, 1, 1, "Celana kulot bahan seken, koli Korea, 18rb, Palembang"),
        ("listing", "hn_twin_family_clearout", 1, 1, 1, 0, "Celana kulot bahan seken hasil beres2 lemari keluarga, 18rb, Palembang"),
        ("listing", "hn_twin_not_clothing", 1, 1, 0, 1, "Panci & teflon seken, koli Korea, 18rb, Palembang"),
    ],
    [
        ("comment", "twin_offer_quiet", 1, 1, 1, 1, "Ready dompet kulit & tas selempang second Hongkong kak, 25rb, kirim dr Batam"),
        ("comment", "hn_twin_complaint", 0, 1, 1, 1, "Kak td beli tas selempang second Hongkong 25rb kirim dr Batam, pas nyampe sobek, penjualnya ngilang"),
    ],
    [
        ("message", "twin_offer_loud", 1, 1, 1, 1, "📢 Gudang Tanjung Priok: baju anak & bayi bekas ex Eropa, per bal 90kg, stok terbatas"),
        ("message", "hn_twin_not_clothing", 1, 1, 0, 1, "📢 Gudang Tanjung Priok: mesin fotokopi bekas ex Eropa, per unit, stok terbatas"),
    ],
    [
        ("review", "hn_twin_review_no_seller", 0, 1, 1, 1, "Beli kaos bola second Inggris, bahan masih adem, nomor punggung agak luntur. Bintang 4"),
        ("review", "twin_offer_quiet", 1, 1, 1, 1, "Beli kaos bola second Inggris di @jerseylawas.id, bahan masih adem, nomor agak luntur. Bintang 4, order aja di sana"),
    ],
    [
        ("listing", "twin_offer_loud", 1, 1, 1, 1, "Grosir kemeja & celana bahan bekas impor Korea, sortir, 8rb/pcs min 100 pcs"),
        ("listing", "hn_twin_fabric_roll", 1, 1, 0, 1, "Grosir kain roll bekas display pameran ex Korea, sortir, 8rb/meter min 100 meter"),
    ],
]
