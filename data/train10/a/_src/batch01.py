# Hand-written near-twin families, batch 01.
# Each family: list of (kind, category, offer, used, clothing, abroad, text)
FAMILIES = [
    [
        ("listing", "twin_offer_loud", 1, 1, 1, 1, "Jaket parasut thrift ex Jepang, kondisi 85%, 35rb/pcs, ambil 10 free ongkir Jabodetabek"),
        ("listing", "hn_twin_not_clothing", 1, 1, 0, 1, "Rice cooker seken ex Jepang 110V, kondisi 85% normal semua, 135rb/unit, ambil 5 free ongkir Jabodetabek"),
    ],
    [
        ("comment", "twin_offer_loud", 1, 1, 1, 1, "Ready bal kemeja Korea grade A kak, 1 bal isi ±200 pcs, chat wa 0812xxxx"),
        ("comment", "hn_twin_buyer_question", 0, 1, 1, 1, "Kak ada yg jual bal kemeja Korea grade A gak? isinya brp pcs per bal ya, mau buka lapak kecil2an"),
        ("comment", "hn_twin_not_clothing", 1, 1, 0, 1, "Ready bal kardus bekas ex Korea grade A kak, 1 bal kurleb 200 kg, chat wa 0812xxxx"),
    ],
    [
        ("listing", "twin_offer_quiet", 1, 1, 1, 1, "Celana cargo army 2nd import Thailand all size 45rb COD Surabaya"),
        ("listing", "hn_twin_new_goods", 1, 0, 1, 1, "Celana cargo army NEW stok import Thailand, all size lengkap, 65rb aja, bisa COD Surabaya"),
    ],
    [
        ("message", "twin_offer_quiet", 1, 1, 1, 1, "Bun, koli baju anak campur baru sampe dari Tanjungbalai, bekas tp bersih2, yg mau ambil per kilo japri ya"),
        ("message", "hn_twin_own_wardrobe", 1, 1, 1, 0, "Bun, baju anak bekas si kakak udh aku pilahin, masih bersih2, 10rb-an aja, bukan barang karungan ya, japri"),
    ],
    [
        ("article", "hn_twin_news_quote", 0, 1, 1, 1, "Pedagang di Blok III Senen mengaku baru pecah bal jaket asal Korea pagi itu dan menjualnya mulai Rp25 ribu per potong."),
        ("live", "twin_offer_loud", 1, 1, 1, 1, "Baru pecah bal jaket Korea guys, mulai 25 ribu per potong, langsung ketik mau + nomor ya"),
    ],
    [
        ("listing", "twin_offer_loud", 1, 1, 1, 1, "Sepatu lari bekas impor Korea sortiran, grade A, 70-90rb, bisa pilih ukuran 39-44"),
        ("listing", "hn_twin_not_clothing", 1, 1, 0, 1, "HP seken Korea sortiran grade A, Galaxy S9 s/d S10, 700-900rb, bisa pilih warna"),
        ("listing", "hn_twin_own_wardrobe", 1, 1, 1, 0, "Sepatu lari seken koleksi pribadi, bukan sortiran, ada 39-44, 70-90rb, semua dari rak sendiri"),
    ],
    [
        ("post", "twin_offer_loud", 1, 1, 1, 1, "Drop hari ini: 40 pcs hoodie preloved ex Jepang, start 60k, DM cepet2an 🔥 #thriftjakarta"),
        ("post", "hn_twin_new_goods", 1, 0, 1, 1, "Drop hari ini: 40 pcs hoodie BNWT stok import Jepang, start 60k, DM cepet2an 🔥 #streetwearjakarta"),
    ],
    [
        ("comment", "twin_offer_loud", 1, 1, 1, 1, "Ready kak, cakar baru buka karung tadi pagi, kemeja flanel 25rb ambil 3 jadi 60rb"),
        ("comment", "hn_twin_denial_import", 1, 1, 1, 0, "Ready kak, kemeja flanel bekas dari lemari suami, bukan cakar ya, 25rb ambil 3 jd 60rb"),
    ],
    [
        ("message", "twin_offer_quiet", 1, 1, 1, 1, "Grup reseller dibuka lagi ya, modal 1 karung baju campur ±100 pcs, untung bisa 2x lipat, minat japri"),
        ("message", "hn_twin_complaint", 0, 1, 1, 1, "Hati2 grup reseller yg janjiin modal 1 karung baju campur untung 2x lipat, aku udh transfer barang gak dikirim"),
    ],
    [
        ("listing", "twin_offer_quiet", 1, 1, 1, 1, "Tas kulit wanita ex Hongkong, kondisi pemakaian wajar, 150rb nego tipis, Pontianak"),
        ("listing", "hn_twin_new_goods", 1, 0, 1, 1, "Tas kulit wanita ex Hongkong, masih segel plastik & dustbag, 150rb nego tipis, Pontianak"),
        ("comment", "hn_twin_owner_question", 0, 1, 1, 1, "Punya tas kulit ex Hongkong pemakaian wajar, dikasih kakak, ada yg tau kisaran harganya brp? org Pontianak"),
    ],
    [
        ("message", "twin_offer_loud", 1, 1, 1, 1, "Info gudang: balpres pakaian campur ready lagi, kiriman Port Klang, 100kg/bal, harga lewat japri aja"),
        ("message", "hn_twin_not_clothing", 1, 1, 0, 1, "Info gudang: karung goni bekas ready lagi, kiriman Port Klang, 100 lembar/bal, harga japri aja"),
    ],
    [
        ("listing", "twin_offer_quiet", 1, 1, 1, 1, "Kemeja pantai pria seken, grade B, 15rb/pcs, minimal ambil 20 pcs"),
        ("listing", "hn_twin_own_wardrobe", 1, 1, 1, 0, "Kemeja pantai pria seken dari lemari papa, bukan sortiran, 15rb/pcs, borong 20 pcs lebih murah"),
    ],
    [
        ("comment", "twin_offer_loud", 1, 1, 1, 1, "Yg nyari jaket denim Levis ori monza, sini ke lapak aku di Pajak Sambu lantai dasar 😎"),
        ("comment", "hn_twin_joke", 0, 1, 1, 1, "Jaket denim Levis ori monza dari Pajak Sambu, makin dicuci baunya makin ori juga 😂"),
    ],
    [
        ("profile", "twin_offer_quiet", 1, 1, 1, 1, "Lapak baju seken Jepang-Korea 🇯🇵🇰🇷 | buka karung tiap Jumat | COD Bekasi | WA 0812xxxx"),
        ("profile", "hn_twin_new_goods", 1, 0, 1, 1, "Lapak baju baru stok Jepang-Korea 🇯🇵🇰🇷 | restock tiap Jumat | COD Bekasi | WA 0812xxxx"),
    ],
    [
        ("listing", "twin_offer_loud", 1, 1, 1, 1, "Selimut & sprei bal bekas impor per karung 50kg, cocok buat modal usaha, Jambi"),
        ("listing", "hn_twin_not_clothing", 1, 1, 0, 1, "Terpal bekas luar negeri per karung 50kg, cocok buat tenda pasar, kirim dari Jambi"),
    ],
    [
        ("post", "twin_offer_quiet", 1, 1, 1, 1, "Haul minggu ini dari Gedebage, dapet 5 kemeja second 50rb 😭 lapaknya Kang Ujang blok C, gas ke sana"),
        ("post", "hn_twin_church_bazaar", 1, 1, 1, 0, "Haul minggu ini dari bazar gereja, dapet 5 kemeja second 50rb 😭 hasil donasi jemaat, besok masih buka"),
    ],
    [
        ("message", "twin_offer_quiet", 1, 1, 1, 1, "Jastip Pasar Senen blok III sabtu ini, jaket & celana second impor, fee 10rb/pcs, list dikirim malam"),
        ("message", "hn_twin_refuses", 0, 1, 1, 1, "Sabtu ini aku ke Senen blok III cuma liat2 jaket second impor, gak buka jastip ya guys, lagi rawan razia"),
    ],
    [
        ("listing", "twin_offer_loud", 1, 1, 1, 1, "Sweater rajut thrift UK, bahan wol, M-L, 85rb"),
        ("listing", "hn_twin_vintage_style_new", 1, 0, 1, 1, "Sweater rajut vintage style NEW, bahan wol impor UK, M-L, 85rb"),
    ],
    [
        ("live", "twin_offer_loud", 1, 1, 1, 1, "Lanjut guys, bal kedua ex Malaysia kita buka, isinya celana jeans semua, 30rb satu, ketik JS + nomor"),
        ("live", "hn_twin_not_clothing", 1, 1, 0, 1, "Lanjut guys, karung kedua ex Malaysia kita buka, isinya onderdil motor bekas, 30rb satu, ketik OM + nomor"),
    ],
    [
        ("comment", "twin_offer_quiet", 1, 1, 1, 1, "Masih ada kak, boots second masuk lewat Entikong kemarin, 39-42, 120rb aja"),
        ("comment", "hn_twin_family_item", 1, 1, 1, 0, "Masih ada kak, boots second punya adik sy, baru dipake 2x, 39-42, 120rb aja"),
    ],
]
