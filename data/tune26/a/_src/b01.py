# Hand-written near-twin families, batch 1. Tuple: (family, kind, category, elements "offer used clothing abroad", text)
RECORDS = [
    ("f001", "listing", "twin_offer_loud", "1111", "Jual baju thrift import Korea 15rb/pcs, kemeja flanel & hoodie kondisi 90%, COD Medan area. WA 0812xxxx"),
    ("f001", "listing", "hn_twin_new_goods", "1011", "Jual kemeja flanel & hoodie import Korea BARU segel plastik, 15rb/pcs grosir, COD Medan area. WA 0812xxxx"),
    ("f001", "comment", "hn_twin_buyer_question", "0111", "ada yg tau yg jual baju thrift import korea 15rb/pcs di medan? nyari kemeja flanel sm hoodie yg masih 90% 🙏"),

    ("f002", "post", "twin_offer_loud", "1111", "Kemeja pria thrift ex Jepang, pemakaian wajar masih mulus, 35rb aja sisa 6 lembar. Minat langsung DM kak 🙏"),
    ("f002", "post", "hn_twin_own_wardrobe", "1110", "Kemeja pria dari lemari suami sendiri, pemakaian wajar masih mulus, 35rb aja sisa 6 lembar. Minat langsung DM kak 🙏"),
    ("f002", "post", "hn_twin_not_clothing", "1101", "Rice cooker ex Jepang, pemakaian wajar masih mulus, 35rb aja sisa 6 unit. Minat langsung DM kak 🙏"),

    ("f003", "listing", "twin_offer_regional", "1111", "Cakar jaket parasut campur, ambil di gudang Parepare, 1 karung 2,8jt isi ±180 pcs. Serius order chat 0812xxxx"),
    ("f003", "listing", "hn_twin_not_clothing", "1101", "Karung goni bekas ex Malaysia, ambil di gudang Parepare, 1 ikat 2,8jt isi ±180 lembar. Serius order chat 0812xxxx"),
    ("f003", "article", "hn_twin_news", "0111", "Di gudang Parepare, pedagang mengaku menebus satu karung cakar jaket parasut sekitar Rp2,8 juta isi 180-an potong."),

    ("f004", "message", "twin_offer_quiet", "1111", "Bos, kiriman Tanjungbalai sudah masuk, sweater rajut campur kondisi second, 25rb per lembar kalau ambil 50 ke atas"),
    ("f004", "message", "hn_twin_new_goods", "1011", "Bos, kiriman Tanjungbalai sudah masuk, sweater rajut campur masih baru ada label, 25rb per lembar kalau ambil 50 ke atas"),

    ("f005", "comment", "hn_twin_complaint", "0111", "Kapok beli di lapak sebelah, katanya bal Korea grade A ternyata celana jeans bolong semua. Jangan ketipu kayak aku ya guys"),
    ("f005", "comment", "twin_recommend_handle", "1111", "Mending ambil di @lapak.jinsraya, bal Korea grade A beneran, celana jeans ga ada yg bolong. Udah 3x repeat order guys"),
    ("f005", "comment", "hn_twin_factory_reject", "0011", "Kapok beli di lapak sebelah, katanya reject ekspor Korea baru grade A ternyata celana jeans jahitannya lepas semua. Jangan ketipu ya"),

    ("f006", "live", "twin_live_sale", "1111", "Live jam 8 malam bongkar karung Jepang lagi! Dress & blouse mulai 10k, ketik 'ambil' + nomor ya kak"),
    ("f006", "live", "hn_twin_new_goods", "1011", "Live jam 8 malam bongkar kiriman pabrik Guangzhou! Dress & blouse baru ada tag mulai 10k, ketik 'ambil' + nomor ya kak"),
    ("f006", "live", "hn_twin_not_clothing", "1101", "Live jam 8 malam bongkar karung Jepang lagi! Mainan & piring melamin bekas mulai 10k, ketik 'ambil' + nomor ya kak"),

    ("f007", "profile", "twin_bio_shop", "1111", "Thrift Store Pontianak 🌿 barang dari Kuching tiap minggu | kemeja, celana, jaket bekas | Shopee: rumah.loak.ptk"),
    ("f007", "profile", "hn_twin_local_donation", "1110", "Toko Amal Pontianak 🌿 pakaian bekas sumbangan jemaat tiap minggu | kemeja, celana, jaket | hasil untuk panti asuhan"),

    ("f008", "listing", "twin_offer_quiet", "1111", "Sepatu lari grade B per koli, isi 40 pasang campur ukuran, harga nego di gudang Cikarang"),
    ("f008", "listing", "hn_twin_not_clothing", "1101", "Spare part motor grade B per koli, isi 40 pcs campur tipe, harga nego di gudang Cikarang"),
    ("f008", "listing", "hn_twin_denial_import", "1110", "Sepatu lari second per pasang, koleksi pribadi bukan barang koli, 40 pasang campur ukuran, harga nego ambil di Cikarang"),

    ("f009", "post", "twin_offer_loud", "1111", "Monza Medan masuk lagi ✨ kemeja batik, rok, celana bahan bekas impor, 10rb-30rb. Toko di Pajak Melati los 14, datang aja!"),
    ("f009", "post", "hn_twin_opinion", "0111", "Monza Medan masuk lagi, kemeja, rok, celana bekas impor 10rb-30rb. Murah sih, tapi kasian konveksi lokal kalah saing terus 😔"),

    ("f010", "message", "twin_reseller_recruit", "1111", "Open reseller baju bekas Batam, modal 500rb sudah dapat 1 karung kecil ±60 pcs, bisa dijual lagi 3x lipat. Minat japri"),
    ("f010", "message", "hn_twin_job_vacancy", "0111", "Dicari karyawan sortir baju bekas Batam di gudang, gaji 2,5jt, kerja bongkar karung ±60 pcs per jam. Minat japri"),
    ("f010", "message", "hn_twin_new_goods", "1011", "Open reseller baju baru dari Batam, modal 500rb sudah dapat 1 pak ±60 pcs segel, bisa dijual lagi 2x lipat. Minat japri"),

    ("f011", "review", "hn_twin_review_no_seller", "0111", "Jaket denim bekas Amerika ini bahannya tebel, udah dicuci 3x ga luntur. Worth it lah buat harga 40rb ⭐⭐⭐⭐"),
    ("f011", "review", "twin_review_with_shop", "1111", "Jaket denim bekas Amerika dari @gudang.denimtua tebel, dicuci 3x ga luntur. 40rb doang, order di sana aja ⭐⭐⭐⭐"),

    ("f012", "listing", "twin_offer_quiet", "1111", "Tas kulit wanita ex Hongkong, preloved semua, ada goresan halus. 75rb/pcs, ongkir dari Tanjungpinang"),
    ("f012", "listing", "hn_twin_family_clearout", "1110", "Tas kulit wanita peninggalan almh. ibu, preloved semua, ada goresan halus. 75rb/pcs, ambil di rumah Tanjungpinang"),
    ("f012", "listing", "hn_twin_sisa_ekspor", "1011", "Tas kulit wanita sisa ekspor Hongkong, belum pernah dipakai, ada goresan halus. 75rb/pcs, ongkir dari Tanjungpinang"),

    ("f013", "article", "hn_twin_news", "0111", "Bea Cukai Batam menahan 312 bal pakaian bekas asal Singapura di pelabuhan Batu Ampar, Selasa malam."),
    ("f013", "article", "hn_twin_news_not_clothing", "0101", "Bea Cukai Batam menahan 312 unit ponsel bekas asal Singapura di pelabuhan Batu Ampar, Selasa malam."),

    ("f014", "comment", "twin_offer_regional", "1111", "Awul-awul Jogja ready kak, kaos band & polo 7k aja, ambil di lapak kami depan Pasar Beringharjo sore ini"),
    ("f014", "comment", "hn_twin_joke", "0111", "awul-awul jogja kaos band 7k, terus pas dicuci baunya kayak sejarah panjang eropa 😂 pengalaman pribadi"),

    ("f015", "message", "twin_offer_loud", "1111", "Ready balpres Korea grade S, isi kaos & kemeja anak, 100kg. Harga 5,5jt free bongkar di Gedebage, WA 0812xxxx"),
    ("f015", "message", "hn_twin_not_clothing", "1101", "Ready karungan kardus bekas Korea grade S, 100kg. Harga 550rb free bongkar di Gedebage, WA 0812xxxx"),
    ("f015", "message", "hn_twin_stopped_selling", "0111", "Maaf kak, kami sudah tidak jual balpres Korea grade S lagi sejak razia, kaos & kemeja anak juga sudah habis. Stop order ya"),

    ("f016", "post", "hn_twin_upcycle", "1110", "Tote bag dari jeans bekas tetangga, dijahit ulang sama penjahit di Solo 🧵 60rb aja, stok 12. #upcycle #lokal"),
    ("f016", "post", "twin_offer_quiet", "1111", "Tote bag & jeans ex Amrik, kondisi pakai 80%, dipilih satu-satu dari gudang Solo 🧵 60rb aja, stok 12. #denim"),

    ("f017", "listing", "twin_offer_quiet", "1111", "Gamis & kerudung ex Arab kondisi layak pakai, 3 potong 50rb. Kiriman via Dumai, siap kirim se-Riau"),
    ("f017", "listing", "hn_twin_po_new", "1011", "PO gamis & kerudung ex Arab baru dari pabrik, 3 potong 50rb. Masuk via Dumai 2 minggu, siap kirim se-Riau"),
]
