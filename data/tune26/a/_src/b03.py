# Hand-written near-twin families, batch 3.
RECORDS = [
    ("f038", "listing", "twin_offer_quiet", "1111", "Kemeja kantor pria lengan panjang, second layak, 20rb/3 pcs. Barang Belawan, pengiriman Sumut & Aceh"),
    ("f038", "listing", "hn_twin_church_bazaar", "1110", "Kemeja kantor pria lengan panjang, second layak, 20rb/3 pcs. Bazar Gereja HKBP Medan, hasil untuk renovasi"),

    ("f039", "post", "twin_offer_loud", "1111", "OPEN BAL!! 🔥 bundle UK isi 200 pcs kaos band & jersey bola, 4jt nett. Yg minat langsung komen 'mau' + kota"),
    ("f039", "post", "hn_twin_not_clothing", "1101", "OPEN BAL!! 🔥 bundle UK isi 200 pcs CD & kaset band bekas, 4jt nett. Yg minat langsung komen 'mau' + kota"),

    ("f040", "message", "twin_offer_loud", "1111", "Pak, sepatu boots kulit thrift Eropa masuk Tanjungpinang, bekas tapi sol masih tebal. 120rb/pasang, minat saya pisahkan"),
    ("f040", "message", "hn_twin_upcycle", "1110", "Pak, sepatu boots kulit bekas warga saya resol di bengkel sendiri di Tanjungpinang, sol baru tebal. 120rb/pasang, minat saya pisahkan"),

    ("f041", "listing", "twin_offer_regional", "1111", "Lelong Pontianak 🌟 baju kurung & blouse kondisi 90%, 15rb sehelai, pilih sendiri di lapak Jl. Gajah Mada"),
    ("f041", "listing", "hn_twin_not_clothing", "1101", "Lelong Pontianak 🌟 panci & kuali Malaysia kondisi 90%, 15rb sebiji, pilih sendiri di lapak Jl. Gajah Mada"),

    ("f042", "comment", "twin_offer_loud", "1111", "Aku ada kak, kaos polo thrift Hongkong, bekas impor pemakaian org sana jd masih bagus, 3 pcs 50rb. Cek katalog di bio"),
    ("f042", "comment", "hn_twin_own_wardrobe", "1110", "Aku ada kak, kaos polo bekas pemakaian pribadi aku, masih bagus krn jarang dipakai, 3 pcs 50rb. Cek katalog di bio"),

    ("f043", "post", "twin_offer_quiet", "1111", "Stok minggu ini: 40 jaket jeans kiriman Port Klang, udah dicuci & disetrika, pakai tapi mulus. 55rb/pcs. Yuk diserbu 🛒"),
    ("f043", "post", "hn_twin_new_goods", "1011", "Stok minggu ini: 40 jaket jeans kiriman Port Klang, baru dari pabrik full tag. 55rb/pcs. Yuk diserbu 🛒"),

    ("f044", "listing", "twin_offer_loud", "1111", "Karungan thrift Jepang random isi 100 pcs, campur pria wanita, harga 1,5jt. Lokasi Surabaya, bisa kirim JNT Cargo"),
    ("f044", "listing", "hn_twin_not_clothing", "1101", "Karungan beras Jepang random isi 100 kg, campur merek, harga 1,5jt. Lokasi Surabaya, bisa kirim JNT Cargo"),
    ("f044", "listing", "hn_twin_denial_import", "1110", "Karungan baju second lokal random isi 100 pcs, dari pengepul rumah tangga Surabaya, BUKAN impor. 1,5jt, kirim JNT Cargo"),

    ("f045", "message", "twin_offer_quiet", "1111", "Bu Rina, baju anak ex Korea kemarin sudah disortir: grade A 15rb, grade B 8rb. Ambil kapan? Barang di Bekasi"),
    ("f045", "message", "hn_twin_school_sale", "1110", "Bu Rina, baju anak bekas sumbangan wali murid sudah disortir: bagus 15rb, biasa 8rb. Bazar SD Tunas Bekasi Sabtu ini"),

    ("f046", "live", "twin_live_sale", "1111", "Live TikTok jam 9! Bongkar goni Busan isi blazer & coat 2nd, mulai 25rb aja, yg cepat dapat"),
    ("f046", "live", "hn_twin_not_clothing", "1101", "Live TikTok jam 9! Bongkar goni Busan isi alat dapur & mug 2nd, mulai 25rb aja, yg cepat dapat"),

    ("f047", "article", "hn_twin_news", "0111", "Menurut pedagang, bal pakaian bekas dari Korea masuk lewat Dumai lalu disebar ke pasar-pasar di Pekanbaru."),
    ("f047", "post", "twin_offer_loud", "1111", "Bal pakaian bekas dari Korea via Dumai, kami sebar ke Pekanbaru & sekitarnya. Pesan dari sekarang, WA 0812xxxx"),

    ("f048", "listing", "twin_offer_loud", "1111", "Jual kebaya & selendang bekas impor Singapore, used kondisi 90%, 60rb/set. Ambil di Batam Center atau kirim"),
    ("f048", "listing", "hn_twin_family_clearout", "1110", "Jual kebaya & selendang bekas nenek, kondisi 90%, 60rb/set. Beres-beres rumah, ambil di Batam Center atau kirim"),

    ("f049", "comment", "twin_offer_quiet", "1111", "Yg nanya sepatu bola, ada 12 pasang ex UK, bekas pakai, 90rb. Lapak di Senen, tanya Bang Edo"),
    ("f049", "comment", "hn_twin_not_clothing", "1101", "Yg nanya bola futsal, ada 12 biji ex UK, bekas pakai, 90rb. Lapak di Senen, tanya Bang Edo"),

    ("f050", "post", "twin_offer_loud", "1111", "Thrift shop Bandung buka cabang baru 🎉 semua barang impor second pilihan, harga mulai 20rb. Jl. Dipatiukur no. 8"),
    ("f050", "post", "hn_twin_new_goods", "1011", "Toko impor Bandung buka cabang baru 🎉 semua barang impor baru, harga mulai 20rb. Jl. Dipatiukur no. 8"),

    ("f051", "message", "twin_offer_quiet", "1111", "Sprei, gorden, handuk dari Jepang kondisi pakai, timbangan 30rb/kg. Kirim dari Tanjungbalai Karimun"),
    ("f051", "message", "hn_twin_not_clothing", "1101", "Kabel, charger, adaptor dari Jepang kondisi pakai, timbangan 30rb/kg. Kirim dari Tanjungbalai Karimun"),

    ("f052", "comment", "hn_twin_complaint", "0111", "Min @monza.store ini gimana sih, kemeja bekas Korea yg dikirim bau apek & sobek. Minta refund dari kemarin ga dibales"),
    ("f052", "comment", "hn_twin_complaint_new", "0011", "Min @monza.store ini gimana sih, kemeja baru import Korea yg dikirim jahitannya miring. Minta refund dari kemarin ga dibales"),

    ("f053", "listing", "twin_offer_loud", "1111", "Rok & dress thrift ex Taiwan, bekas pakai, 10 pcs 120rb. Dari kiriman Entikong, ongkir nyusul"),
    ("f053", "listing", "hn_twin_local_tailor", "1110", "Rok & dress bekas pakai yg dijahit ulang penjahit kampung, 10 pcs 120rb. Produksi Sintang, ongkir nyusul"),

    ("f054", "post", "twin_offer_loud", "1111", "Balpres Cina grade A+ isi sweater anak, 1 bal 2,3jt, bisa COD area Jabodetabek 🚚 #balpres #grosir"),
    ("f054", "post", "hn_twin_not_clothing", "1101", "Balpres Cina grade A+ isi kertas HVS bekas, 1 bal 2,3jt, bisa COD area Jabodetabek 🚚 #grosir"),

    ("f055", "message", "twin_offer_quiet", "1111", "Kak, celana anak ex Jepang yg second udah aku pisahin 20 pcs, 8rb satu. Kiriman dari Tanjung Priok ya"),
    ("f055", "message", "hn_twin_new_goods", "1011", "Kak, celana anak ex Jepang yg baru udah aku pisahin 20 pcs, 8rb satu. Kiriman dari Tanjung Priok ya"),

    ("f056", "review", "twin_review_with_shop", "1111", "Beli di toko 'Cakar Mama Ucok' Kendari, baju bekas impornya wangi, udah disetrika. Recommended kalian mampir ⭐⭐⭐⭐⭐"),
    ("f056", "review", "hn_twin_review_local", "1110", "Beli di toko 'Loak Mama Ucok' Kendari, baju bekas titipan warga sekitar, wangi & disetrika. Recommended kalian mampir ⭐⭐⭐⭐⭐"),
]
