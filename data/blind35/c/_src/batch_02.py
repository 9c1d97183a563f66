# batch 02: families F021-F040, written by hand
RECORDS = [
    ("F021", "listing", "twin_offer_loud", "Bal sepatu Korea campur merek, 1 bal isi 25 pasang, 2,4jt franco Surabaya. Bisa cek video dulu", 1, 1, 1, 1),
    ("F021", "listing", "hn_twin_not_clothing", "Karung helm bekas Korea campur merek, 1 karung isi 25 biji, 2,4jt franco Surabaya. Bisa cek video dulu", 1, 1, 0, 1),
    ("F021", "listing", "hn_twin_factory_reject", "Sepatu reject pabrik Korea, campur merek, 1 karung isi 25 pasang masih baru, 2,4jt franco Surabaya. Bisa cek video", 1, 0, 1, 1),

    ("F022", "post", "twin_offer_quiet", "Baru turun dari Nunukan 🚢 blazer & coat wanita seken tapi mulus, 45rb-an, lapak depan masjid Raya Samarinda", 1, 1, 1, 1),
    ("F022", "post", "hn_twin_new_goods", "Baru turun dari Nunukan 🚢 blazer & coat wanita baru gress, label Malaysia masih nempel, 145rb, lapak depan masjid Raya", 1, 0, 1, 1),

    ("F023", "message", "twin_offer_quiet", "Kak, sortiran kedua kiriman Batam masih ada 3 karung, kaos anak seken campur, 700rb/karung. Ambil semua dikasih 2jt", 1, 1, 1, 1),
    ("F023", "message", "hn_twin_not_clothing", "Kak, sortiran kedua kiriman Batam masih ada 3 karung, botol plastik bekas campur, 70rb/karung. Ambil semua dikasih 200rb", 1, 1, 0, 1),

    ("F024", "comment", "twin_offer_loud", "Wkwk iya kak aku jual awul-awul, tiap Minggu pagi di Sekaten eh maksudnya alun2 utara, cari aku yg terpal biru", 1, 1, 1, 1),
    ("F024", "comment", "hn_twin_buyer_nostalgia", "wkwk iya kak aku dulu suka ngubek awul-awul di Sekaten, sekarang ga pernah liat lagi terpal biru yg jual", 0, 1, 1, 1),

    ("F025", "listing", "twin_offer_quiet", "Kemeja batik second dari Penang, dipakai 2-3x, ukuran XL, 55rb aja. Bisa kirim Medan & sekitarnya", 1, 1, 1, 1),
    ("F025", "listing", "hn_twin_own_wardrobe", "Kemeja batik second punya suami, dipakai 2-3x, kekecilan, ukuran XL, 55rb aja. Bisa kirim Medan & sekitarnya", 1, 1, 1, 0),
    ("F025", "listing", "hn_twin_new_goods", "Kemeja batik baru dari Penang, belum pernah dipakai, tag lengkap, ukuran XL, 155rb. Bisa kirim Medan & sekitarnya", 1, 0, 1, 1),

    ("F026", "post", "twin_offer_loud", "Monza Simalingkar buka lapak baru 🎉 jaket kulit mulai 50rb, hari Minggu diskon, tanya lokasi ke 0823xxxx", 1, 1, 1, 1),
    ("F026", "post", "hn_twin_not_clothing", "Pasar Simalingkar buka lapak baru 🎉 kompor & rice cooker bekas Jepang mulai 50rb, hari Minggu diskon, tanya lokasi 0823xxxx", 1, 1, 0, 1),

    ("F027", "review", "twin_offer_quiet", "Sweater ex Korea dari tokonya @rara.seken datang cepet, ada bolong kecil di ketiak tp udah dibilangin. Bintang 5 ⭐", 1, 1, 1, 1),
    ("F027", "review", "hn_twin_new_goods_review", "Sweater dari tokonya @rara.seken datang cepet, baru segel, rajut lokal Bandung, jahitan rapi. Bintang 5 ⭐", 1, 0, 1, 0),
    ("F027", "review", "hn_twin_local_source", "Sweater preloved dari tokonya @rara.seken datang cepet, katanya isi lemari kakaknya sendiri, ada bolong kecil. Bintang 5 ⭐", 1, 1, 1, 0),

    ("F028", "message", "twin_offer_quiet", "[BC] Barang Dumai masuk Kamis. Celana jeans pria A1 180rb/kodi, A2 120rb/kodi. Order sebelum Rabu", 1, 1, 1, 1),
    ("F028", "message", "hn_twin_new_goods", "[BC] Barang Dumai masuk Kamis. Celana jeans pria baru label Malaysia 1,8jt/kodi, reject 1,2jt/kodi. Order sebelum Rabu", 1, 0, 1, 1),

    ("F029", "article", "hn_twin_news", "Bea Cukai Belawan gagalkan penyelundupan ratusan bal pakaian bekas dari Port Klang yang disamarkan sebagai muatan kelapa.", 0, 1, 1, 1),
    ("F029", "message", "twin_offer_loud", "Ratusan bal pakaian bekas dari Port Klang udah lolos Belawan, ambil sekarang sebelum diborong org 😏 0821xxxx", 1, 1, 1, 1),

    ("F030", "post", "twin_offer_quiet", "Gamis & abaya ex Saudi, lungsuran tapi masih kinclong ✨ 60rb/pcs, COD Depok, DM aja", 1, 1, 1, 1),
    ("F030", "post", "hn_twin_new_goods", "Gamis & abaya ex Saudi, oleh2 umroh baru masih plastik ✨ 160rb/pcs, COD Depok, DM aja", 1, 0, 1, 1),

    ("F031", "listing", "twin_offer_loud", "Thrift shop Bandung | kemeja oversize 25rb, celana kulot 30rb, semua dari karungan Jepang | ongkir flat", 1, 1, 1, 1),
    ("F031", "listing", "hn_twin_thrift_look_new", "Toko Bandung | kemeja oversize 'thrift look' 85rb, celana kulot 90rb, baru semua, impor resmi Jepang | ongkir flat", 1, 0, 1, 1),

    ("F032", "message", "hn_twin_swap", "Say, mau tuker baju yuk? Aku punya 5 kemeja ex Jepang dari ngubek Senen kemarin, kamu ada rok gak", 0, 1, 1, 1),
    ("F032", "message", "twin_offer_quiet", "Say, aku punya 5 kemeja ex Jepang dari Senen, mau aku lepas 30rb satu, ambil semua 120rb ya", 1, 1, 1, 1),

    ("F033", "live", "twin_offer_quiet", "Sisa dua koli nih, isi selimut & bedcover tebel, 75rb satu, pengiriman besok dari Tanjungpinang", 1, 1, 1, 1),
    ("F033", "live", "hn_twin_new_goods", "Sisa dua koli nih, isi selimut & bedcover baru segel, 175rb satu, pengiriman besok dari Tanjungpinang", 1, 0, 1, 1),

    ("F034", "post", "twin_offer_loud", "Cakar Pasar Terong lagi buka baru kak, dress pesta cantik2 mulai 40rb, singgah mki di lantai 2 ya 😊", 1, 1, 1, 1),
    ("F034", "post", "hn_twin_haul_no_seller", "Habis ke cakar Pasar Terong, buka baru jadi dress pestanya cantik2, dapet 3 cuma 120rb 😊 happy", 0, 1, 1, 1),

    ("F035", "listing", "twin_offer_quiet", "Karpet & gorden ex Belanda seken, motif klasik, per meter persegi 20rb. Gudang Cikarang, bisa lihat dulu", 1, 1, 1, 1),
    ("F035", "listing", "hn_twin_not_clothing", "Kain roll ex Belanda sisa produksi, motif klasik, per meter 20rb. Gudang Cikarang, bisa lihat dulu", 1, 0, 0, 1),
    ("F035", "listing", "hn_twin_not_clothing_used", "Tegel & ubin ex Belanda seken bongkaran, motif klasik, per meter persegi 200rb. Gudang Cikarang, bisa lihat dulu", 1, 1, 0, 1),

    ("F036", "comment", "hn_twin_question_legal", "Min, jual baju bekas luar negeri itu beneran dilarang ya? Temen aku mau buka lapak dari bal Batam", 0, 1, 1, 1),
    ("F036", "comment", "twin_offer_loud", "Min numpang promo 🙏 baru buka lapak baju bekas luar negeri dari bal Batam, cek @lapakdinda.id", 1, 1, 1, 1),

    ("F037", "profile", "twin_offer_quiet", "Kemeja vintage pilihan tangan | langsung dari Jepang & Korea | condition 8-9/10 | Shopee: kedaivintage.jkt", 1, 1, 1, 1),
    ("F037", "profile", "hn_twin_vintage_style_new", "Kemeja vintage style brand new | impor langsung dari Jepang & Korea | bukan seken | Shopee: kedaivintage.jkt", 1, 0, 1, 1),

    ("F038", "message", "twin_offer_quiet", "Bu, jadi ambil 1 karung celana training Entikong? Harga terakhir 1,5jt ya, saya antar ke Sanggau", 1, 1, 1, 1),
    ("F038", "message", "hn_twin_not_clothing", "Bu, jadi ambil 1 ikat karung goni bekas dari Entikong? Harga terakhir 300rb ya, saya antar ke Sanggau buat wadah lada", 1, 1, 0, 1),

    ("F039", "post", "hn_twin_upcycle", "Tote bag dari jeans bekas donasi warga RW 05, dijahit ibu2 PKK 🌱 35rb, hasilnya buat kas kampung", 1, 1, 1, 0),
    ("F039", "post", "twin_offer_quiet", "Tote bag dari jeans bekas sortiran koli Batam, tinggal pakai 🌱 35rb, ready banyak, grosir bisa", 1, 1, 1, 1),

    ("F040", "article", "hn_twin_opinion", "Menurutku anak muda beli baju bekas asal Jepang itu bukan soal gengsi, tapi soal dompet. Pemerintah perlu lihat sisi itu.", 0, 1, 1, 1),
    ("F040", "post", "twin_offer_loud", "Bukan soal gengsi, soal dompet 😌 baju bekas asal Jepang di lapak kami 15rb-an, thrift Jatinegara los B", 1, 1, 1, 1),
]
