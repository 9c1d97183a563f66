# batch 05: families F081-F105, written by hand
RECORDS = [
    ("F081", "listing", "twin_offer_quiet", "Hoodie Carhartt ex Kanada, pernah dipakai, logo masih tajam, L, 175rb. Rekber aman, Bekasi", 1, 1, 1, 1),
    ("F081", "listing", "hn_twin_new_goods", "Hoodie Carhartt ex Kanada, BNWT belum pernah dipakai, logo tajam, L, 975rb. Rekber aman, Bekasi", 1, 0, 1, 1),

    ("F082", "post", "twin_offer_loud", "Bal Jepang tanpa sortir 🔥 untung-untungan, bisa dapet Patagonia bisa dapet kaos sekolah wkwk, 2,8jt/bal, Bogor", 1, 1, 1, 1),
    ("F082", "post", "hn_twin_not_clothing", "Bal kertas HVS bekas Jepang tanpa sortir 🔥 untung-untungan isinya, 2,8jt/bal buat pengepul, Bogor", 1, 1, 0, 1),

    ("F083", "message", "twin_offer_quiet", "Kak, ini gaun pengantin lepasan dari Taiwan, pernah dipakai sekali, payet lengkap. 350rb, bisa kirim Makassar", 1, 1, 1, 1),
    ("F083", "message", "hn_twin_new_goods", "Kak, ini gaun pengantin baru dari Taiwan, belum pernah dipakai, payet lengkap. 1,35jt, bisa kirim Makassar", 1, 0, 1, 1),

    ("F084", "comment", "twin_offer_quiet", "Masuk lagi minggu depan kak, campuran koli Jepang, ada kemeja flanel & celana chino 25rb-an", 1, 1, 1, 1),
    ("F084", "comment", "hn_twin_not_clothing", "Masuk lagi minggu depan kak, campuran koli Jepang, ada rice cooker & setrika bekas 25rb-an", 1, 1, 0, 1),

    ("F085", "article", "hn_twin_news", "Satgas mengamankan kapal di perairan Dumai yang membawa 300 bal pakaian bekas tujuan Pekanbaru.", 0, 1, 1, 1),
    ("F085", "article", "hn_twin_news_new", "Satgas mengamankan kapal di perairan Dumai yang membawa 300 bal pakaian baru tanpa dokumen tujuan Pekanbaru.", 0, 0, 1, 1),

    ("F086", "live", "twin_offer_quiet", "Guys ini kemeja dari Pajak Melati, seken mulus, 20rb aja, yang mau ketik M1", 1, 1, 1, 1),
    ("F086", "live", "hn_twin_not_clothing", "guys ini piring keramik seken dari Pajak Melati, mulus, 20rb aja, yang mau ketik M1", 1, 1, 0, 1),

    ("F087", "profile", "twin_offer_loud", "Thrift store Makassar 🏝️ cakar pilihan, sudah dicuci & disetrika | Jl. Sungai Saddang | IG @cakar.daeng_", 1, 1, 1, 1),
    ("F087", "profile", "hn_twin_new_goods", "Butik Makassar 🏝️ baju muslim baru buatan penjahit Bugis, rapi & disetrika | Jl. Sungai Saddang | IG @butik.daeng_", 1, 0, 1, 0),
    ("F087", "profile", "hn_twin_preloved_local", "Preloved Makassar 🏝️ isi lemari kami sendiri, sudah dicuci & disetrika, bukan cakar | Jl. Sungai Saddang | IG @lemari.daeng_", 1, 1, 1, 0),

    ("F088", "message", "twin_offer_quiet", "Pak Haji, tas & sepatu dari Tanjungpinang udah sy pilih yang kulit semua, 12 biji, 600rb sekalian ya", 1, 1, 1, 1),
    ("F088", "message", "hn_twin_not_clothing", "Pak Haji, ban & velg bekas dari Tanjungpinang udah sy pilih yang masih tebal, 12 biji, 6jt sekalian ya", 1, 1, 0, 1),

    ("F089", "post", "hn_twin_haul_no_seller", "Dapet kemeja Ralph Lauren bekas 20rb di Gedebage 😭 kerah masih tegak, rezeki anak sholeh", 0, 1, 1, 1),
    ("F089", "post", "twin_offer_quiet", "Kemeja Ralph Lauren seken 20rb 😭 kerah masih tegak, stok Gedebage, cek keranjang kuning kak", 1, 1, 1, 1),

    ("F090", "listing", "twin_offer_quiet", "Baju Batam murah, kaos polo pria second 3 pcs 50rb, bisa campur ukuran, kirim dari Tanjung Uncang", 1, 1, 1, 1),
    ("F090", "listing", "hn_twin_new_goods", "Kaos polo pria baru grosir Batam 3 pcs 150rb, sisa ekspor pabrik Tanjung Uncang, bisa campur ukuran", 1, 0, 1, 1),

    ("F091", "comment", "twin_offer_quiet", "Aku ambil barang dari kontainer Jepang tiap bulan kak, seprai sama handuk bekas hotel, 15rb aja, cek post sebelumnya", 1, 1, 1, 1),
    ("F091", "comment", "hn_twin_local_hotel", "Aku ambil seprai & handuk bekas dari hotel2 di Bali tiap bulan kak, masih bagus, 15rb aja, cek post sebelumnya", 1, 1, 1, 0),

    ("F092", "review", "twin_offer_quiet", "Dapet 5 kaos seken ex USA dari Toko Lapak Abah, bau kapur barus dikit tp bahan tebal, mantap", 1, 1, 1, 1),
    ("F092", "review", "hn_twin_review_new", "Dapet 5 kaos baru dari Toko Lapak Abah, bahan cotton combed 30s lokal, mantap, jahitan rapi", 1, 0, 1, 0),
    ("F092", "review", "hn_twin_new_usa", "Dapet 5 kaos baru ex USA dari Toko Lapak Abah, masih lengkap tag, bahan tebal, mantap", 1, 0, 1, 1),

    ("F093", "message", "hn_twin_driver_question", "Bang, besok angkut 40 karung dari pelabuhan Nunukan? Isinya baju bekas katanya, aman kah di jalan?", 0, 1, 1, 1),
    ("F093", "message", "twin_offer_quiet", "Bang, besok ada 40 karung baju bekas turun di Nunukan, mau ambil berapa? Harga lama, rombengan campur", 1, 1, 1, 1),

    ("F094", "post", "twin_offer_quiet", "Kemeja kerja wanita dari Hongkong, bekas kantoran, rapi semua 🤍 3 potong 75rb, free hanger, Surabaya Barat", 1, 1, 1, 1),
    ("F094", "post", "hn_twin_office_local", "Kemeja kerja wanita bekas kantoran, punyaku sendiri pas masih di bank 🤍 3 potong 75rb, free hanger, Surabaya Barat", 1, 1, 1, 0),

    ("F095", "listing", "twin_offer_loud", "GROSIR BALPRES CELANA LEVIS ex Amerika, isi 100 pcs, 5,5jt, kirim via kargo ke seluruh Sumatera", 1, 1, 1, 1),
    ("F095", "listing", "hn_twin_not_clothing", "GROSIR KARUNG KOPI ex Amerika bekas, isi 100 lembar, 550rb, kirim via kargo ke seluruh Sumatera", 1, 1, 0, 1),

    ("F096", "comment", "hn_twin_rule_marketplace", "Sesuai aturan platform, produk pakaian bekas luar negeri tidak boleh diunggah. Toko bisa kena penalti ya kak", 0, 1, 1, 1),
    ("F096", "comment", "hn_twin_rule_allowed", "Sesuai aturan platform, produk pakaian bekas milik pribadi masih boleh diunggah asal foto asli ya kak", 0, 1, 1, 0),

    ("F097", "live", "twin_offer_quiet", "Lanjut ya, ini bundle Bandung, jaket jeans 45rb, siapa mau, ketik nama + size", 1, 1, 1, 1),
    ("F097", "live", "hn_twin_new_goods", "Lanjut ya, ini produk konveksi Bandung, jaket jeans baru 45rb, siapa mau, ketik nama + size", 1, 0, 1, 0),
    ("F097", "live", "hn_twin_new_import_goods", "lanjut ya, ini jaket jeans baru masuk dari Guangzhou, 45rb cuci gudang, siapa mau, ketik nama + size", 1, 0, 1, 1),

    ("F098", "message", "twin_offer_quiet", "Assalamualaikum bu, mukena & sajadah dari Mekkah lungsuran jamaah, masih wangi, 50rb sepasang, bisa kirim", 1, 1, 1, 1),
    ("F098", "message", "hn_twin_new_goods", "Assalamualaikum bu, mukena & sajadah oleh2 dari Mekkah, baru belum dibuka, 150rb sepasang, bisa kirim", 1, 0, 1, 1),

    ("F099", "post", "hn_twin_news_explainer", "Kenapa baju bekas dari karung Singapura dilarang masuk? Thread singkat soal Permendag 40/2022 👇", 0, 1, 1, 1),
    ("F099", "post", "twin_offer_quiet", "Kenapa harus mahal kalau ada baju bekas dari karung Singapura? 👇 cek album, 10-40rb, pengiriman tiap Senin", 1, 1, 1, 1),

    ("F100", "listing", "twin_offer_quiet", "Paket usaha: 2 karung campur dari Tarakan, isi kaos & celana anak layak pakai, 1,1jt, Balikpapan", 1, 1, 1, 1),
    ("F100", "listing", "hn_twin_not_clothing", "Paket usaha: 2 karung campur dari Tarakan, isi mainan & boneka bekas layak pakai, 1,1jt, Balikpapan", 1, 1, 0, 1),

    ("F101", "comment", "twin_offer_loud", "Aku jualan thrifting juga kak, semua dari bal Korea, mampir ke @closet.saturnus ya 🤍", 1, 1, 1, 1),
    ("F101", "comment", "hn_twin_quit", "Aku dulu jualan thrifting dari bal Korea juga kak, tapi udah berhenti sejak larangan, skrg jual hijab lokal", 0, 1, 1, 1),

    ("F102", "message", "twin_offer_quiet", "Pesanan kakak: 1 ikat sarung tangan & kupluk ex Jepang, kondisi pakai, 300rb. Sudah dikirim via JNT", 1, 1, 1, 1),
    ("F102", "message", "hn_twin_not_clothing", "Pesanan kakak: 1 ikat kabel data & charger ex Jepang, kondisi pakai, 300rb. Sudah dikirim via JNT", 1, 1, 0, 1),

    ("F103", "post", "twin_offer_loud", "Monja Banjarmasin 🛶 pasar terapung versi baju bekas, sabtu pagi lapak kami buka di Lok Baintan", 1, 1, 1, 1),
    ("F103", "post", "hn_twin_not_clothing", "Pasar terapung versi barang bekas 🛶 radio & kipas angin bekas Jepang, sabtu pagi lapak kami buka di Lok Baintan", 1, 1, 0, 1),
    ("F103", "post", "hn_twin_local_monja", "Barang bekas Banjarmasin 🛶 sabtu pagi lapak kami buka di Lok Baintan, baju titipan warga sekampung, bukan monja", 1, 1, 1, 0),

    ("F104", "listing", "twin_offer_quiet", "Kaos kaki & dalaman ex Korea dari sortiran pertama, bersih, 5rb/pcs. Sorry no retur", 1, 1, 1, 1),
    ("F104", "listing", "hn_twin_new_goods", "Kaos kaki & dalaman ex Korea baru per lusin, bersih, 5rb/pcs. Sorry no retur", 1, 0, 1, 1),

    ("F105", "article", "hn_twin_opinion", "Usaha rombengan di pesisir Kalimantan tumbuh karena harga baju baru tak terjangkau, tulis seorang peneliti.", 0, 1, 1, 1),
    ("F105", "post", "twin_offer_quiet", "Harga baju baru ga terjangkau? Rombengan kami di Jl. Pelabuhan Nunukan buka tiap hari 😊", 1, 1, 1, 1),
]
