# Hand-written near-twin families, batch 06. First member of each family is its base text.
FAMILIES = [
    [
        ("listing", "twin_offer_loud", 1, 1, 1, 1, "Jas & blazer pria bekas impor Korea per karung isi 60, 1,8jt, Bandung"),
        ("listing", "hn_twin_not_clothing", 1, 1, 0, 1, "Charger & kabel data bekas Korea per karung isi 60 set, 1,8jt, Bandung"),
    ],
    [
        ("message", "twin_offer_quiet", 1, 1, 1, 1, "Teh, kemeja anak seken ex Jepang ada 15, 12rb-an, kirim ke Garut bisa"),
        ("message", "hn_twin_family_item", 1, 1, 1, 0, "Teh, kemeja anak seken bekas si dede udah kekecilan ada 15, 12rb-an, kirim ke Garut bisa"),
        ("message", "hn_twin_not_clothing", 1, 1, 0, 1, "Teh, mainan anak seken ex Jepang ada 15, 12rb-an, kirim ke Garut bisa"),
    ],
    [
        ("comment", "twin_offer_loud", 1, 1, 1, 1, "Mampir ke Pajak Melati kios no 27 bang, jaket kulit monza 80rb-an, bilang dari TikTok dpt diskon"),
        ("comment", "hn_twin_complaint", 0, 1, 1, 1, "Kemarin ke Pajak Melati cari jaket kulit monza 80rb-an, lupa kios nomor brp, barangnya bau apek bang"),
    ],
    [
        ("listing", "twin_offer_quiet", 1, 1, 1, 1, "Cardigan rajut 2nd Korea, oversize, 40rb, Depok"),
        ("listing", "hn_twin_new_goods", 1, 0, 1, 1, "Cardigan rajut baru import Korea, oversize, 89rb, Depok"),
        ("article", "hn_twin_news_tailors", 0, 1, 1, 1, "Maraknya cardigan rajut 2nd asal Korea seharga Rp40 ribuan membuat penjahit rumahan di Depok mengeluh sepi order."),
    ],
    [
        ("post", "twin_offer_loud", 1, 1, 1, 1, "Restock!! kaos vintage 90an dari bal sortiran Gedebage, 75k-150k, link di bio 🔗 #vintagetee"),
        ("post", "hn_twin_own_collection", 1, 1, 1, 0, "Restock!! kaos vintage 90an koleksi pribadi bapak aku, 75k-150k, link di bio 🔗 #vintagetee"),
    ],
    [
        ("message", "twin_offer_loud", 1, 1, 1, 1, "Pak Haji, ballpress sepatu olahraga bekas ex China udah di gudang Dumai, mau dikirim brp bal?"),
        ("message", "hn_twin_not_clothing", 1, 1, 0, 1, "Pak Haji, ballpress besi tua ex China udah di gudang Dumai, mau dikirim brp ton?"),
        ("message", "hn_twin_new_goods", 1, 0, 1, 1, "Pak Haji, sepatu olahraga baru ex China udah di gudang Dumai, mau dikirim brp dus?"),
    ],
    [
        ("comment", "twin_offer_loud", 1, 1, 1, 1, "Kak, coat panjang thrift Jepang ready 7 pcs, 85rb, bahan wol tebel"),
        ("comment", "hn_twin_new_with_tag", 1, 0, 1, 1, "Kak, coat panjang baru Jepang ready 7 pcs, 385rb, bahan wol tebel, tag masih ada"),
    ],
    [
        ("message", "hn_twin_official_warning", 0, 1, 1, 1, "Fwd: Dinas Perdagangan Makassar imbau warga tdk membeli cakar krn dilarang & rawan penyakit kulit"),
        ("message", "twin_offer_loud", 1, 1, 1, 1, "Fwd dari grup: cakar baru masuk Makassar, lapak Daeng Sila Pasar Toddopuli, 10rb-an, siapa mau?"),
    ],
    [
        ("listing", "twin_offer_quiet", 1, 1, 1, 1, "Tas sekolah anak second ex Korea, masih kuat, 30rb, Bogor"),
        ("listing", "hn_twin_family_item", 1, 1, 1, 0, "Tas sekolah anak second lungsuran kakaknya, masih kuat, 30rb, Bogor"),
        ("comment", "hn_twin_donation", 0, 1, 1, 1, "Tas sekolah anak second ex Korea masih kuat, mau kusumbangkan ke panti, ada yg tau panti di Bogor?"),
    ],
    [
        ("live", "twin_offer_loud", 1, 1, 1, 1, "Bal keempat dari Tawau kita sobek ya, full selimut tebal bekas, 35rb selembar, ketik SL"),
        ("live", "hn_twin_not_clothing", 1, 1, 0, 1, "Karung keempat dari Tawau kita sobek ya, full panci presto bekas, 35rb satu, ketik PP"),
    ],
    [
        ("listing", "twin_offer_quiet", 1, 1, 1, 1, "Sepatu bayi preloved import Australia, 0-12 bulan, 15rb/psg"),
        ("listing", "hn_twin_new_goods", 1, 0, 1, 1, "Sepatu bayi baru import Australia, 0-12 bulan, 45rb/psg"),
    ],
    [
        ("comment", "twin_offer_quiet", 1, 1, 1, 1, "Udah ready lagi kak, handuk bekas hotel Singapura per kilo 40rb, min 2 kilo"),
        ("comment", "hn_twin_local_hotel", 1, 1, 1, 0, "Udah ready lagi kak, handuk bekas hotel kami sendiri di Lembang per kilo 40rb, min 2 kilo"),
        ("comment", "hn_twin_not_clothing", 1, 1, 0, 1, "Udah ready lagi kak, piring & gelas bekas hotel Singapura per kilo 40rb, min 2 kilo"),
    ],
    [
        ("review", "twin_offer_quiet", 1, 1, 1, 1, "Recommended bgt @bundle.skatepark, celana bundle impor masih tebel, 60rb. Bakal order lagi"),
        ("review", "hn_twin_review_no_seller", 0, 1, 1, 1, "Celana bundle impor yg kubeli bulan lalu masih tebel, 60rb, tp jahitan selangkangan lepas. 3/5"),
    ],
    [
        ("listing", "twin_offer_quiet", 1, 1, 1, 1, "Lelong kemeja kantor ex Malaysia, 1 goni 25kg, 1jt, Sambas"),
        ("listing", "hn_twin_not_clothing", 1, 1, 0, 1, "Aki motor bekas ex Malaysia, 1 goni 25kg, 1jt, Sambas"),
    ],
    [
        ("message", "twin_offer_quiet", 1, 1, 1, 1, "Dek, jaket kulit Harley second dari Amerika yg kamu tanya sdh sampe, 450rb nett"),
        ("message", "hn_twin_new_goods", 1, 0, 1, 1, "Dek, jaket kulit Harley baru dari Amerika yg kamu tanya sdh sampe, 1,45jt nett"),
        ("message", "hn_twin_inherited", 1, 1, 1, 0, "Dek, jaket kulit Harley second punya almarhum om yg kamu tanya masih ada, 450rb nett"),
    ],
    [
        ("listing", "twin_offer_loud", 1, 1, 1, 1, "Celana jeans Levis 501 thrift, barang Senen, 29-36, 90rb"),
        ("listing", "hn_twin_denial_import", 1, 1, 1, 0, "Celana jeans Levis 501 seken, pakaian pribadi bukan barang Senen, 29-36, 90rb"),
    ],
    [
        ("comment", "twin_offer_loud", 1, 1, 1, 1, "Bisa kak, kemeja flanel bal Korea sy kirim 20 pcs ke Kendari, total 400rb"),
        ("comment", "hn_twin_refuses", 0, 1, 1, 1, "Maaf kak, kemeja flanel bal Korea udh gak sy jual lagi, takut razia, jd gak bisa kirim ke Kendari"),
    ],
    [
        ("post", "twin_offer_quiet", 1, 1, 1, 1, "Haul gudang Cikarang 📦 karungan Jepang isinya jaket musim dingin, list harga di story @gudangkita"),
        ("post", "hn_twin_not_clothing", 1, 1, 0, 1, "Haul gudang Cikarang 📦 karungan Jepang isinya setrika & kipas angin bekas, list harga di story @gudangkita"),
        ("post", "hn_twin_curious", 0, 1, 1, 1, "Kepo gudang Cikarang 📦 katanya karungan Jepang isinya jaket musim dingin, ada yg pernah ke sana?"),
    ],
]
