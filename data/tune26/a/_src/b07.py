# Hand-written near-twin families, batch 7.
RECORDS = [
    ("f115", "listing", "twin_offer_loud", "1111", "Kardigan rajut bekas impor Korea, pemakaian, warna pastel, 28rb. Stok dari Pasar Senen, bisa kirim instan"),
    ("f115", "listing", "hn_twin_own_wardrobe", "1110", "Kardigan rajut punya aku, jarang dipakai, warna pastel, 28rb. Decluttering lemari kos, bisa kirim instan"),

    ("f116", "message", "twin_offer_loud", "1111", "Selamat pagi, bal bekas Jepang campur (jaket, hoodie, celana) ready 15 bal di Pelabuhan Tanjungbalai, 3,5jt/bal"),
    ("f116", "message", "hn_twin_not_clothing", "1101", "Selamat pagi, bal plastik bekas Jepang campur (botol, gelas, kemasan) ready 15 bal di Pelabuhan Tanjungbalai, 3,5jt/bal"),

    ("f117", "post", "twin_offer_loud", "1111", "Baby clothes thrift dari bal Jepang, used tapi kinclong, 0-2 tahun, 10 pcs 75rb. Order via WA di highlight ya bunda 👶"),
    ("f117", "post", "hn_twin_hand_me_down", "1110", "Baby clothes bekas anak pertama, used tapi kinclong, 0-2 tahun, 10 pcs 75rb. Order via WA di highlight ya bunda 👶"),

    ("f118", "comment", "twin_offer_regional", "1111", "Monja Jambi ready lagi kak, kemeja & celana pendek 5rb, lapak kami di Pasar Angso Duo"),
    ("f118", "comment", "hn_twin_joke", "0111", "Monja Jambi kemeja 5rb, celana pendek 5rb, harga diri setelah ditawar emak² tinggal 2rb 😂"),

    ("f119", "listing", "twin_offer_loud", "1111", "Coat panjang wol thrift Inggris, pernah dipakai, lining masih bagus, 110rb. Kiriman langsung dari Batam"),
    ("f119", "listing", "hn_twin_new_goods", "1011", "Coat panjang wol ex Inggris, new old stock belum pernah dipakai, lining bagus, 310rb. Kiriman langsung dari Batam"),

    ("f120", "live", "twin_live_sale", "1111", "Halo yg baru join! Ini kemeja golf ex Korea second, 35rb aja, kode G7. Stok dari koli minggu lalu"),
    ("f120", "live", "hn_twin_not_clothing", "1101", "Halo yg baru join! Ini stik golf ex Korea second, 350rb aja, kode G7. Stok dari koli minggu lalu"),

    ("f121", "message", "twin_offer_quiet", "1111", "Kak, rok plisket grade A udah aku foto semua, 12rb/pcs. Barang baru diturunkan dari kontainer semalam"),
    ("f121", "message", "hn_twin_new_goods", "1011", "Kak, rok plisket impor baru udah aku foto semua, 32rb/pcs. Barang baru diturunkan dari kontainer semalam"),

    ("f122", "post", "twin_offer_loud", "1111", "Jual baju bekas Korea murah banget 😍 blus, cardigan, dress 15rb-40rb. Kios 12 Pasar Baru Bekasi"),
    ("f122", "post", "hn_twin_bazaar", "1110", "Bazar amal remaja masjid 😍 baju bekas sumbangan jamaah: blus, cardigan, dress 15rb-40rb. Halaman Masjid Al-Ikhlas Bekasi"),

    ("f123", "article", "hn_twin_news", "0111", "Seorang pedagang di Pasar Gedebage mengatakan kiriman bal jaket bekas impor kini datang dua pekan sekali."),
    ("f123", "listing", "twin_offer_loud", "1111", "Kiriman bal jaket bekas impor datang dua pekan sekali ke kios kami di Pasar Gedebage, yg mau pesan duluan chat aja"),

    ("f124", "listing", "twin_offer_loud", "1111", "Sandal & sepatu anak bekas impor Singapore, 10rb/pasang min 10. Bisa ambil di Tanjung Uban"),
    ("f124", "listing", "hn_twin_not_clothing", "1101", "Mainan & sepeda anak ex Singapore, pemakaian, 100rb/unit min 2. Bisa ambil di Tanjung Uban"),

    ("f125", "comment", "twin_offer_quiet", "1111", "Aku ada kak 6 jaket hujan ex Taiwan, udah pernah dipake tp anti bocor, 40rb. Kirim dari Pontianak"),
    ("f125", "comment", "hn_twin_church_bazaar", "1110", "Aku ada kak 6 jaket hujan sumbangan umat, udah pernah dipake tp anti bocor, 40rb utk bazar gereja Pontianak"),

    ("f126", "profile", "twin_bio_shop", "1111", "Kedai Awul Kak Ros 🌸 baju seken luar negeri | Pasar Klewer lt 2 | grosir & ecer | WA 0856xxxx"),
    ("f126", "profile", "hn_twin_bio_new", "1011", "Kedai Kak Ros 🌸 baju baru luar negeri | Pasar Klewer lt 2 | grosir & ecer | WA 0856xxxx"),

    ("f127", "review", "twin_review_with_shop", "1111", "Pesan 5 kemeja ex Jepang second dari @kamar.kaos, semua bersih, satu cuma ada noda dikit. Seller fast respon ⭐⭐⭐⭐"),
    ("f127", "review", "hn_twin_review_not_clothing", "1101", "Pesan 5 piring ex Jepang second dari @kamar.keramik, semua bersih, satu cuma ada gompal dikit. Seller fast respon ⭐⭐⭐⭐"),

    ("f128", "message", "twin_offer_loud", "1111", "Dijual cepat 2 balpres celana jeans ex Amerika, isi ±300 pcs, 7jt sepasang bal. Gudang Belawan, serius aja"),
    ("f128", "message", "hn_twin_seized_report", "0111", "Lapor pak, ada 2 balpres celana jeans ex Amerika isi ±300 pcs ditimbun di gudang Belawan, pemiliknya tidak jelas"),

    ("f129", "post", "twin_offer_quiet", "1111", "Kemeja flanel & jaket corduroy second, dibawa dari Osaka sekarung, 45rb/pcs. Cek highlight 'stok' ya"),
    ("f129", "post", "hn_twin_denial_import", "1110", "Kemeja flanel & jaket corduroy second, bukan karungan luar, semuanya isi lemari papa, 45rb/pcs. Cek highlight 'stok' ya"),
]
