# Hand-written near-twin families, batch 8.
RECORDS = [
    ("f130", "listing", "twin_offer_loud", "1111", "Polo shirt Lacoste 2nd ex Perancis, kerah masih kaku, 55rb. Monza pilihan dari gudang Pajak Melati"),
    ("f130", "listing", "hn_twin_own_wardrobe", "1110", "Polo shirt Lacoste 2nd milik pribadi, kerah masih kaku, 55rb. Dijual karena badan udah ga muat, Medan Johor"),

    ("f131", "message", "twin_offer_quiet", "1111", "Mas, kaos oblong campur per 100 kg, layak pakai, 3,9jt. Barang bongkaran Tanjung Perak, siap angkut"),
    ("f131", "message", "hn_twin_new_goods", "1011", "Mas, kaos oblong polos impor per 100 kg, baru gres belum disablon, 3,9jt. Barang bongkaran Tanjung Perak, siap angkut"),

    ("f132", "post", "twin_offer_loud", "1111", "Thrift jaket bomber ex Korea ✈️ second bagus, 70rb, order via link di bio, kirim dari Jakarta Utara"),
    ("f132", "post", "hn_twin_upcycle", "1110", "Jaket bomber second hasil tambal ulang sisa kain penjahit Pasar Minggu ✈️ 70rb, order via link di bio"),

    ("f133", "comment", "twin_offer_quiet", "1111", "Ada kak, sepatu high heels ex Hongkong bekas pakai, size 37-38, 45rb. Ambil di lapak kami dekat Pelabuhan Sekupang"),
    ("f133", "comment", "hn_twin_new_goods", "1011", "Ada kak, sepatu high heels ex Hongkong baru dus, size 37-38, 145rb. Ambil di toko kami dekat Pelabuhan Sekupang"),

    ("f134", "listing", "twin_offer_loud", "1111", "Jual karungan baju bekas impor Cina, isi kemeja & blus, 1 karung 1,3jt, ambil di Pasar Jongkok Batam"),
    ("f134", "listing", "hn_twin_not_clothing", "1101", "Jual karungan mainan bekas impor Cina, isi robot & boneka plastik, 1 karung 1,3jt, ambil di Pasar Jongkok Batam"),

    ("f135", "live", "twin_live_sale", "1111", "Bundaa live lagi! jilbab & gamis bekas dari karung Malaysia, 10rb aja, ketik nama + warna ya 🥰"),
    ("f135", "live", "hn_twin_preloved_own", "1110", "Bundaa live lagi! jilbab & gamis preloved dari lemari bunda sendiri, 10rb aja, ketik nama + warna ya 🥰"),

    ("f136", "message", "twin_offer_quiet", "1111", "Pak Haji, jas & celana bahan pria ex Jepang, pemakaian, 30 setel, 40rb/setel. Lokasi gudang Medan Belawan"),
    ("f136", "message", "hn_twin_new_goods", "1011", "Pak Haji, jas & celana bahan pria ex Jepang, baru jahit pabrik, 30 setel, 140rb/setel. Lokasi gudang Medan Belawan"),

    ("f137", "post", "twin_offer_quiet", "1111", "Vintage windbreaker 90s ex USA, used ada noda kecil, 65rb. Lapak kami di Pasar Senen, cek story 📍"),
    ("f137", "post", "hn_twin_new_vintage_style", "1011", "Windbreaker model 90s import USA, baru reproduksi, 165rb. Toko kami di Pasar Senen, cek story 📍"),

    ("f138", "listing", "twin_offer_loud", "1111", "Kemeja seragam pilot & jas hujan thrift Australia, kondisi pakai, 50rb. Stok di Tanjungpinang, bisa dikirim"),
    ("f138", "listing", "hn_twin_not_clothing", "1101", "Koper & kursi lipat ex Australia, kondisi pakai, 150rb. Stok di Tanjungpinang, bisa dikirim"),

    ("f139", "comment", "twin_offer_regional", "1111", "Rombengan Medan kami buka sampai malam bang, kemeja & jaket seken mulai 8rb, cari aja 'lapak Ucok' di Pasar Tungging"),
    ("f139", "comment", "hn_twin_local_rombeng", "1110", "Rombeng kampung kami buka sampai malam bang, kemeja & jaket seken hasil beli dari rumah-rumah mulai 8rb, lapak Ucok Helvetia"),

    ("f140", "message", "twin_offer_loud", "1111", "Reseller baju thrift impor dibuka! Ambil 1 bal, dapat free 10 pcs tambahan. Pengiriman dari Batam. Info 0877xxxx"),
    ("f140", "message", "hn_twin_new_goods", "1011", "Reseller baju impor baru dibuka! Ambil 1 pak, dapat free 10 pcs tambahan. Pengiriman dari Batam. Info 0877xxxx"),

    ("f141", "listing", "twin_offer_loud", "1111", "Celana kulot & rok jeans 2nd ex Korea, 25rb. Dari bal thrift yang dibongkar di Kalibaru, Cilincing"),
    ("f141", "listing", "hn_twin_family_clearout", "1110", "Celana kulot & rok jeans 2nd punya kakak yang udah nikah, 25rb. Pindahan rumah di Kalibaru, Cilincing"),

    ("f142", "comment", "hn_twin_buyer_question", "0111", "Kak mau nanya, sweater rajut second dari Jepang yg 30rb itu bisa kirim ke Makassar ga ya?"),
    ("f142", "comment", "twin_offer_quiet", "1111", "Sweater rajut second dari Jepang yg 30rb masih ada kak, bisa kirim ke Makassar, ongkir 25rb"),

    ("f143", "post", "twin_offer_quiet", "1111", "Seragam kerja safety ex Korea kondisi pakai, 20 set, 35rb/set. Stok dari Pelabuhan Dumai, siap kirim"),
    ("f143", "post", "hn_twin_not_clothing", "1101", "Alat las & gerinda ex Korea kondisi pakai, 20 set, 350rb/set. Stok dari Pelabuhan Dumai, siap kirim"),
]
