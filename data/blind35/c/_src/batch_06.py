# batch 06: families F106-F137, written by hand
RECORDS = [
    ("F106", "listing", "twin_offer_loud", "Bal thrift campur pria-wanita isi 300 pcs, asal Korea, buka segel di depan pembeli, Cirebon", 1, 1, 1, 1),
    ("F106", "listing", "hn_twin_not_clothing", "Bal tutup botol & gelas plastik bekas isi 300 kg, asal Korea, buka segel di depan pembeli, Cirebon", 1, 1, 0, 1),

    ("F107", "post", "twin_offer_loud", "Pecah bal hari ini di lapak Pasar Simpang Limun 🎉 baju monza mulai 10rb, datang pagi biar dapet yg bagus", 1, 1, 1, 1),
    ("F107", "post", "hn_twin_not_clothing", "Pecah karung hari ini di lapak Pasar Simpang Limun 🎉 panci & kuali bekas dari Malaysia mulai 10rb, datang pagi biar dapet yg bagus", 1, 1, 0, 1),

    ("F108", "comment", "twin_offer_loud", "Kak, cakar di tempatku baru buka karung tadi, kaos bola 15rb, datang ke Pasar Butung ya", 1, 1, 1, 1),
    ("F108", "comment", "hn_twin_own_wardrobe", "Kak, kaos bola bekas koleksi suamiku sendiri, bukan cakar, 15rb, ambil di dekat Pasar Butung ya", 1, 1, 1, 0),

    ("F109", "message", "twin_offer_loud", "Broadcast: balpres jaket Korea grade A tersedia 4 bal, harga 6jt/bal, siap kirim dari Batam", 1, 1, 1, 1),
    ("F109", "message", "hn_twin_not_clothing", "Broadcast: scrap besi tua Korea grade A tersedia 4 ton, harga 6jt/ton, siap kirim dari Batam", 1, 1, 0, 1),

    ("F110", "listing", "twin_offer_loud", "Thrift Jogja | kemeja lengan panjang bekas impor Jepang 35rb | bisa cek di toko Jl. Kaliurang km 5", 1, 1, 1, 1),
    ("F110", "listing", "hn_twin_new_goods", "Toko Jogja | kemeja lengan panjang baru impor Jepang 135rb | bisa cek di toko Jl. Kaliurang km 5", 1, 0, 1, 1),

    ("F111", "post", "twin_offer_loud", "Awul-awul Solo buka lagi nih 🥳 sepatu bekas impor 30rb, sandal 15rb, lapak Pasar Klithikan Notoharjo", 1, 1, 1, 1),
    ("F111", "post", "hn_twin_local_used", "Lapak barang bekas Solo buka lagi nih 🥳 sepatu bekas tetangga yg pindah rumah 30rb, sandal 15rb, Pasar Klithikan Notoharjo", 1, 1, 1, 0),

    ("F112", "live", "twin_offer_loud", "Halo yang baru gabung, kita bongkar bal Jepang lagi, celana kulot 25rb, ketik K1 K2", 1, 1, 1, 1),
    ("F112", "live", "hn_twin_not_clothing", "halo yang baru gabung, kita bongkar dus piring & mangkok bekas Jepang, 25rb, ketik K1 K2", 1, 1, 0, 1),

    ("F113", "comment", "twin_offer_loud", "Sini kak, balpres ori Korea ada di Gudang kami di Cikampek, sistem per bal & per kilo", 1, 1, 1, 1),
    ("F113", "comment", "hn_twin_not_clothing", "Sini kak, kertas karton bekas Korea ada di gudang kami di Cikampek, sistem per bal & per kilo", 1, 1, 0, 1),

    ("F114", "message", "twin_offer_loud", "Pesan dari admin: stok monza celana jeans Levis lagi banyak, harga reseller 40rb, min 10 pcs", 1, 1, 1, 1),
    ("F114", "message", "hn_twin_new_goods", "Pesan dari admin: stok celana jeans Levis baru masuk dari Singapura, harga reseller 400rb, min 10 pcs", 1, 0, 1, 1),

    ("F115", "post", "twin_offer_loud", "🚨 Thrift sale akhir bulan! Semua bekas impor Jepang & Korea, beli 3 gratis 1, lapak Pasar Baru Bekasi", 1, 1, 1, 1),
    ("F115", "post", "hn_twin_local_donation", "🚨 Sale amal akhir bulan! Semua pakaian bekas sumbangan jamaah masjid, beli 3 gratis 1, halaman Masjid Al-Ikhlas Bekasi", 1, 1, 1, 0),

    ("F116", "listing", "twin_offer_loud", "Cakar Kendari: jaket parasut, hoodie, sweater bekas impor, 20-40rb, lapak di Pasar Sentral Kota", 1, 1, 1, 1),
    ("F116", "listing", "hn_twin_not_clothing", "Lapak Kendari: sparepart HP, LCD & baterai bekas impor, 20-40rb, di Pasar Sentral Kota", 1, 1, 0, 1),

    ("F117", "comment", "twin_offer_loud", "Ready kak bal kaos oblong ex Thailand, ecer juga bisa, per potong 8rb", 1, 1, 1, 1),
    ("F117", "comment", "hn_twin_school_source", "Ready kak kaos oblong bekas sisa acara class meeting sekolah, ecer juga bisa, per potong 8rb, uang masuk kas OSIS", 1, 1, 1, 0),

    ("F118", "message", "twin_offer_loud", "Info grosir thrift: bal Jepang sweater 3,2jt, bal Korea kemeja 2,9jt, ambil di Pelabuhan Tanjung Emas Semarang", 1, 1, 1, 1),
    ("F118", "message", "hn_twin_news_like_notice", "Info: bal Jepang sweater & bal Korea kemeja bekas disita petugas di Pelabuhan Tanjung Emas Semarang, jangan beli dulu", 0, 1, 1, 1),

    ("F119", "post", "twin_offer_loud", "Cuci gudang thrift 😱 jas & blazer bekas impor 25rb, Pasar Senen blok III lantai 1", 1, 1, 1, 1),
    ("F119", "post", "hn_twin_new_import_bkk", "Cuci gudang 😱 jas & blazer baru impor Bangkok 250rb, Pasar Senen blok III lantai 1", 1, 0, 1, 1),

    ("F120", "profile", "twin_offer_loud", "Supplier cakar Makassar - Kendari - Palu | bal kaos, celana, jaket | partai & ecer | WA 0852xxxx", 1, 1, 1, 1),
    ("F120", "profile", "hn_twin_not_clothing", "Supplier Makassar - Kendari - Palu | bal karung terigu bekas ex Australia | partai & ecer | WA 0852xxxx", 1, 1, 0, 1),

    ("F121", "listing", "twin_offer_quiet", "Jaket kulit pria ex Italia, umur pakai 3 thn, kulit masih lentur, XL, 400rb. Denpasar COD", 1, 1, 1, 1),
    ("F121", "listing", "hn_twin_own_wardrobe", "Jaket kulit pria, beli sendiri di Denpasar 3 thn lalu, kulit masih lentur, XL, 400rb. COD Denpasar", 1, 1, 1, 0),

    ("F122", "comment", "twin_offer_loud", "Yg nanya thrift shop di Lampung: aku jual bal Jepang eceran, Jl. Teuku Umar dekat lampu merah", 1, 1, 1, 1),
    ("F122", "comment", "hn_twin_complaint", "Yg nanya thrift shop di Lampung: jangan ke lapak bal Jepang dekat lampu merah Teuku Umar, aku kena tipu", 0, 1, 1, 1),

    ("F123", "message", "twin_offer_quiet", "Kak, dalaman dari sortiran Batam ga aku jual ya, yg ready cuma jaket & kemeja seken dari sortiran itu, 35rb", 1, 1, 1, 1),
    ("F123", "message", "hn_twin_new_goods", "Kak, celana dalam & kaos singlet baru aku jual per lusin ya, impor Malaysia, jaket & kemeja baru 135rb", 1, 0, 1, 1),

    ("F124", "post", "twin_offer_loud", "Ngawul yuk! Awul-awul Sekaten buka sampai malam, kemeja 10rb, lapak kami no. 14 dekat pintu utara", 1, 1, 1, 1),
    ("F124", "post", "hn_twin_toys_import", "Main yuk! Sekaten buka sampai malam, mainan bekas impor Jepang 10rb, lapak kami no. 14 dekat pintu utara", 1, 1, 0, 1),

    ("F125", "listing", "twin_offer_loud", "Monza Pematangsiantar: tas ransel bekas impor mulai 20rb, Jl. Merdeka, buka jam 7", 1, 1, 1, 1),
    ("F125", "listing", "hn_twin_local_made", "Pematangsiantar: tas ransel rakitan sendiri dari terpal bekas truk, mulai 20rb, Jl. Merdeka, buka jam 7", 1, 1, 1, 0),

    ("F126", "comment", "twin_offer_loud", "Bal sepatu Jepang masuk lagi kak, 60 pasang per bal, harga DM, Pontianak", 1, 1, 1, 1),
    ("F126", "comment", "hn_twin_new_goods", "Sepatu baru Jepang masuk lagi kak, 60 pasang per dus, harga DM, Pontianak", 1, 0, 1, 1),

    ("F127", "message", "twin_offer_quiet", "Pak, karungan Tawau yg isinya seprai bekas sudah sampai, 40 lembar, 20rb satu, mau diantar ke toko?", 1, 1, 1, 1),
    ("F127", "message", "hn_twin_used_plastic", "Pak, karungan Tawau yg isinya ember & baskom bekas sudah sampai, 40 biji, 20rb satu, mau diantar ke toko?", 1, 1, 0, 1),

    ("F128", "post", "twin_offer_loud", "Open reseller thrift 👕 modal 500rb dapet 30 pcs dari bal Jepang, bisa dropship, DM", 1, 1, 1, 1),
    ("F128", "post", "hn_twin_new_goods", "Open reseller 👕 modal 500rb dapet 30 pcs kaos baru produksi Jepang, bisa dropship, DM", 1, 0, 1, 1),

    ("F129", "listing", "twin_offer_loud", "Cakar Kolaka: kaos, kemeja, rok bekas impor, 5rb-25rb, lapak belakang terminal", 1, 1, 1, 1),
    ("F129", "listing", "hn_twin_local_donation", "Pakaian bekas sumbangan korban gempa yang tak tersalurkan, kaos, kemeja, rok, 5rb-25rb untuk dana posko, Kolaka", 1, 1, 1, 0),

    ("F130", "comment", "twin_offer_loud", "Balpres Korea bagus2 kak, di aku per karung 2,5jt, bisa lihat di gudang Medan Marelan", 1, 1, 1, 1),
    ("F130", "comment", "hn_twin_not_clothing", "Karung pakan ayam bekas Korea bagus2 kak, di aku per ikat 250rb, bisa lihat di gudang Medan Marelan", 1, 1, 0, 1),

    ("F131", "post", "twin_offer_quiet", "Kiriman dari Hongkong datang 📦 mantel & syal layak pakai, 35rb, ambil di toko Pasar Johar", 1, 1, 1, 1),
    ("F131", "post", "hn_twin_tki_gift", "Kiriman kakak dari Hongkong datang 📦 mantel & syal bekasnya, dibagi buat keluarga, makasih ya kak 🥹", 0, 1, 1, 1),

    ("F132", "listing", "twin_offer_loud", "BAL THRIFT ex Jepang, isi kaos sekolah & jersey, 1,8jt, bisa COD Karawang", 1, 1, 1, 1),
    ("F132", "listing", "hn_twin_new_goods", "KAOS JERSEY baru ex Jepang, sisa ekspor, isi 100 pcs, 1,8jt, bisa COD Karawang", 1, 0, 1, 1),

    ("F133", "message", "twin_offer_quiet", "Permisi, celana panjang pria dari Pasar Tungging masih 12 potong, 20rb per potong, bisa antar ke Ciawi", 1, 1, 1, 1),
    ("F133", "message", "hn_twin_buyer_question", "Permisi, ada yg tau celana panjang pria bekas dari Pasar Tungging masih dijual 20rb per potong ga? Aku di Ciawi", 0, 1, 1, 1),

    ("F134", "post", "twin_offer_loud", "Baju thrift ex Korea, semua dicuci pakai pewangi 💕 35rb 2 pcs, order via link di bio", 1, 1, 1, 1),
    ("F134", "post", "hn_twin_own_closet", "Baju preloved dari lemariku sendiri, semua dicuci pakai pewangi 💕 35rb 2 pcs, order via link di bio", 1, 1, 1, 0),

    ("F135", "comment", "twin_offer_quiet", "Boleh kak, sepatu boots ex Amerika masih 3 pasang, pemakaian ringan, 200rb an, DM", 1, 1, 1, 1),
    ("F135", "comment", "hn_twin_new_goods", "Boleh kak, sepatu boots ex Amerika masih 3 pasang, baru dus lengkap, 2jt an, DM", 1, 0, 1, 1),

    ("F136", "message", "twin_offer_quiet", "Dek, jadi ambil jaket musim dingin dari Belawan itu? Sisa 6, bekas tapi tebal, 50rb satu, kutunggu di loket", 1, 1, 1, 1),
    ("F136", "message", "hn_twin_not_clothing", "Dek, jadi ambil kipas angin dari Belawan itu? Sisa 6, bekas tapi kencang, 50rb satu, kutunggu di loket", 1, 1, 0, 1),

    ("F137", "post", "twin_offer_loud", "Thrifting Pontianak 🌴 baju lelong dari Entikong tiap Jumat, kaos 10rb, Jl. Gajah Mada samping warkop", 1, 1, 1, 1),
    ("F137", "post", "hn_twin_denial", "Preloved Pontianak 🌴 bukan lelong, bukan dari Entikong, isi lemari keluarga kami, kaos 10rb, Jl. Gajah Mada samping warkop", 1, 1, 1, 0),
]
