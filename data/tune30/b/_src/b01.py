# Batch 1, families F001-F022. (family, kind, category, offer, used, clothing, abroad, text)
ROWS = [
("F001","listing","offer_loud_bal",1,1,1,1,"Jual bal thrift Korea campur jaket & hoodie, 1 bal isi ±100 pcs, kirim dari Batam. Minat chat 0812xxxx"),
("F001","listing","hn_twin_not_clothing",1,1,0,1,"Jual bal kardus bekas Korea campur, 1 bal ±100 kg, kirim dari Batam buat pabrik daur ulang. Minat chat 0812xxxx"),

("F002","post","offer_quiet_grade",1,1,1,1,"Kemeja flanel seken grade A baru bongkar pagi ini 🔥 35rb aja, ambil 10 bonus 1. Gas ke lapak kami di Gedebage"),
("F002","post","hn_twin_new_goods",1,0,1,1,"Kemeja flanel import baru bongkar pagi ini 🔥 masih segel plastik, 35rb aja, ambil 10 bonus 1. Gas ke lapak kami"),

("F003","comment","offer_loud_monza",1,1,1,1,"Kak kalo mau monza Medan langsung ke kami aja, baju bekas impor tiap minggu masuk, harga grosir"),
("F003","comment","hn_twin_buyer_question",0,1,1,1,"Kak ada yg tau ga tempat monza Medan yg baju bekas impornya masuk tiap minggu? mau cari harga grosir"),

("F004","message","offer_quiet_koli",1,1,1,1,"Bos, celana jeans pakai-an lama dr Jepang ready 3 koli, sortiran rapi, 4,5jt/koli. Mau diambil kapan?"),
("F004","message","hn_twin_machine",1,1,0,1,"Bos, mesin jahit bekas dr Jepang ready 3 koli, sudah dicek semua, 4,5jt/koli. Mau diambil kapan?"),
("F004","message","hn_twin_local_wardrobe",1,1,1,0,"Bos, celana jeans lama punya almarhum bapak ada 3 karton, bukan barang luar, mau saya lepas 450rb semua. Mau diambil kapan?"),

("F005","live","live_loud_thrift",1,1,1,1,"Live jam 8 malem ya gaess, bongkar karung thrift Jepang isi sweater, checkout pake kode LIVE10 🥰"),
("F005","live","hn_twin_new_thrift_look",1,0,1,1,"Live jam 8 malem ya gaess, sweater ala-ala thrift Jepang tapi BARU dr konveksi kami, checkout pake kode LIVE10 🥰"),

("F006","review","review_quiet_seller_handle",1,1,1,1,"Beli 5 kaos band seken di @lapak.kolong_bdg, katanya dr karungan Singapur, kondisi 90%, rekomen lah"),
("F006","review","hn_twin_review_no_seller",0,1,1,1,"Pernah beli kaos band seken yg katanya dr karungan Singapur, kondisi 90% sih, tapi lupa beli dimana"),

("F007","article","hn_news_seizure",0,1,1,1,"Bea Cukai Batam amankan 420 balpres pakaian bekas asal Malaysia di pelabuhan tikus Sagulung"),
("F007","listing","offer_loud_balpres",1,1,1,1,"Ready 420 balpres pakaian bekas Malaysia gudang Batam, bisa kirim ke seluruh Indonesia, harga nego"),

("F008","listing","offer_loud_cakar",1,1,1,1,"Cakar Makassar: blus wanita 15rb, rok 10rb, celana 20rb. Toko Daeng Beddu Pasar Butung lt 2"),
("F008","listing","hn_twin_new_grosir",1,0,1,0,"Grosir Makassar: blus wanita baru 15rb, rok 10rb, celana 20rb, produksi Tanah Abang. Toko Daeng Beddu Pasar Butung lt 2"),

("F009","post","offer_loud_bekas_impor",1,1,1,1,"Open reseller baju bekas impor Korea! Modal 500rb udah dapet 50 pcs pilihan. DM ig @rumahthrift.skj"),
("F009","post","hn_twin_reseller_new",1,0,1,1,"Open reseller baju impor Korea NEW with tag! Modal 500rb udah dapet 50 pcs pilihan. DM ig @rumahkorea.skj"),
("F009","post","hn_twin_reseller_preloved_own",1,1,1,0,"Open reseller baju preloved hasil setoran ibu-ibu komplek, modal 500rb dapet 50 pcs. Bukan barang impor ya. DM ig @rumahpreloved.skj"),

("F010","comment","offer_quiet_route",1,1,1,1,"Sy ada jaket kulit ex Tawau, pakaian lama tp masih tebel, 75rb ambil di Nunukan"),
("F010","comment","hn_twin_scooter_parts",1,1,0,1,"Sy ada jok motor ex Tawau, barang lama tp masih tebel, 75rb ambil di Nunukan"),

("F011","message","offer_loud_broadcast",1,1,1,1,"BC: balpres thrift UK new arrival, grade A 6jt/bal, grade B 4jt/bal. Order sblm Jumat ya. Admin Rini 0812xxxx"),
("F011","message","hn_twin_rice",1,0,0,1,"BC: beras impor Thailand new arrival, premium 6jt/ton, medium 4jt/ton. Order sblm Jumat ya. Admin Rini 0812xxxx"),

("F012","post","offer_quiet_senen",1,1,1,1,"Baru balik dr Senen bawa setumpuk kemeja loak, jual lagi 25rb-an aja di story ya 🤍"),
("F012","post","hn_twin_haul_no_seller",0,1,1,1,"Baru balik dr Senen bawa setumpuk kemeja loak, lumayan buat koleksi sendiri, ga dijual ya hehe 🤍"),

("F013","listing","offer_open_karungan",1,1,1,1,"Karungan sepatu bekas China, isi 30 pasang campur, 1,2jt/karung. COD area Pontianak"),
("F013","listing","hn_twin_new_shoes",1,0,1,1,"Karungan sepatu China baru gress, isi 30 pasang campur, 1,2jt/karung. COD area Pontianak"),

("F014","profile","bio_quiet_lelong",1,1,1,1,"Lelong Pontianak 🧥 kemeja, jaket, celana | buka Senin-Sabtu | order via WA 0812xxxx"),
("F014","profile","hn_twin_bio_local_tailor",1,1,1,0,"Upcycle Pontianak 🧥 kemeja bekas warga dijahit ulang penjahit lokal | buka Senin-Sabtu | order via WA 0812xxxx"),

("F015","live","live_quiet_karungan",1,1,1,1,"Obok-obok karungan 10rb dimulaiii, siapa cepat dia dapet, langsung ketik 'mau' + nomor ya"),
("F015","live","hn_twin_obok_new",1,0,1,0,"Obok-obok kaos baru sisa produksi konveksi 10rb dimulaiii, siapa cepat dia dapet, ketik 'mau' + nomor ya"),

("F016","comment","hn_complaint_report",0,1,1,1,"Min tolong take down akun ini, jualan balpres bekas impor terang2an di sini, katanya dr Port Klang"),
("F016","comment","offer_loud_portklang",1,1,1,1,"Min kami jualan balpres bekas impor dr Port Klang, yg minat langsung DM aja ya, stok banyak"),

("F017","listing","offer_quiet_kilo",1,1,1,1,"Kaos oblong seken campur per kilo 60rb, min 10 kg, barang sortiran. Ambil di gudang Tanjung Priok"),
("F017","listing","hn_twin_majun",1,1,0,1,"Majun kaos campur per kilo 6rb, min 10 kg, untuk lap mesin bengkel. Ambil di gudang Tanjung Priok"),

("F018","post","offer_loud_thrift_shop",1,1,1,1,"Thrift shop Jogja buka cabang baru di Seturan! Jaket windbreaker mulai 40rb, datang aja gaes 🛍️"),
("F018","post","hn_twin_thrift_closed",0,1,1,1,"Thrift shop Jogja cabang Seturan resmi tutup, stok jaket windbreaker udah habis, makasih semua gaes 🛍️"),

("F019","message","offer_quiet_jastip",1,1,1,1,"Jastip Pasar Tungging minggu ini, titip kemeja seken 5rb fee per pcs, foto dikirim pas di lokasi"),
("F019","message","hn_twin_jastip_new",1,0,1,0,"Jastip Pasar Beringharjo minggu ini, titip batik baru 5rb fee per pcs, foto dikirim pas di lokasi"),

("F020","listing","offer_open_ex_jepang",1,1,1,1,"Tas bekas ex Jepang, Coach & Kate Spade, kondisi 85%, 350rb nego tipis. Lokasi Tangerang"),
("F020","listing","hn_twin_tas_own",1,1,1,0,"Tas bekas pribadi, Coach & Kate Spade beli di mal PIK, kondisi 85%, 350rb nego tipis. Lokasi Tangerang"),

("F021","post","offer_loud_awul",1,1,1,1,"Awul-awul Sekaten dibuka lagi lur, celana kargo 20an, lapak pojok deket parkiran 😁"),
("F021","post","hn_twin_meme",0,1,1,1,"Awul-awul Sekaten tuh bikin lupa diri lur, niat beli satu celana kargo pulang bawa sekarung 😁"),

("F022","review","review_loud_shop",1,1,1,1,"⭐⭐⭐⭐⭐ balpres bekas Korea dari toko ini isinya rapi, 80% layak jual. Langganan terus di Tokopedia Raja Bal"),
("F022","review","hn_twin_review_sacks",1,1,0,1,"⭐⭐⭐⭐⭐ karung goni bekas Korea dari toko ini rapi, 80% masih kuat. Langganan terus di Tokopedia Raja Goni"),
]
