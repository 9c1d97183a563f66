ROWS = [
("F001","listing","twin_offer_quiet",1,1,1,1,"Kemeja flanel ex Jepang, kondisi 90%, size L, 45rb aja. Minat langsung chat, no keep ya"),
("F001","listing","hn_twin_new_goods",1,0,1,1,"Kemeja flanel made in Japan, masih baru segel plastik, size L, 145rb. Minat langsung chat ya, no keep"),

("F002","post","twin_offer_loud",1,1,1,1,"Malam ini jam 7 buka karung balpres Korea di live, hoodie mulai 25rb 🔥 siap2 war guys #thriftbandung"),
("F002","post","hn_twin_not_clothing",1,1,0,1,"Malam ini bongkar bal kardus bekas ex Korea di gudang, mulai 3rb/kg buat pengepul, siap2 angkut guys"),
("F002","comment","hn_twin_viewer_only",0,1,1,1,"Semalem nonton live orang buka karung balpres Korea, hoodie 25rb-an, seru bgt padahal aku cuma nonton doang 😅"),

("F003","message","twin_offer_quiet",1,1,1,1,"Bu, stok celana jeans sortiran Tanjungbalai udah masuk, per koli 40 potong. Mau diambil berapa?"),
("F003","message","hn_twin_buyer_question",0,1,1,1,"Bu, ada kenalan yg pegang celana jeans sortiran Tanjungbalai gak? Aku butuh per koli buat kios, makasih ya"),

("F004","live","twin_offer_loud",1,1,1,1,"Kak yang mau jaket thrift UK tadi ketik 'AMBIL' ya, 60rb aja, barang bekas impor tapi masih mulus banget"),
("F004","live","hn_twin_local_source",1,1,1,0,"Kak yang mau jaket tadi ketik 'AMBIL' ya, 60rb aja, ini bekas pakai aku sendiri kok, bukan barang bal, masih mulus"),
("F004","live","hn_twin_new_goods_thriftlook",1,0,1,1,"Kak yang mau jaket varsity UK-style ketik 'AMBIL' ya, 160rb, baru, barang impor resmi, cuttingnya kayak thrift tapi fresh"),

("F005","article","hn_twin_news",0,1,1,1,"Polisi amankan 210 bal pakaian bekas asal Malaysia di perairan Tanjungbalai, diduga akan dikirim ke Medan"),
("F005","post","twin_offer_loud_bale",1,1,1,1,"Ready 210 bal pakaian bekas Malaysia, bisa kirim ke Medan & sekitarnya. Order min 5 bal, japri 0812xxxx"),

("F006","listing","twin_offer_quiet",1,1,1,1,"Sepatu running Asics ex Singapore, sol masih tebel, insole agak kusam, 120rb nego tipis. COD Batam Centre"),
("F006","listing","hn_twin_not_clothing",1,1,0,1,"HP Samsung ex Singapore, mesin normal, layar agak baret, 1,2jt nego tipis. COD Batam Centre"),

("F007","review","twin_offer_quiet",1,1,1,1,"Beli kaos band vintage di lapak Kak Rina, katanya dari karungan Jepang, sablon retak2 dikit tp aman. Bakal order lagi di sini"),
("F007","review","hn_twin_own_wardrobe_seller",1,1,1,0,"Beli kaos band lama di lapak Kak Rina, katanya koleksi pribadi dia dari SMA, sablon retak2 dikit tp aman. Bakal order lagi di sini"),

("F008","profile","twin_offer_loud",1,1,1,1,"Thrift Medan 🇯🇵🇰🇷 | monza pilihan langsung dari bal | kirim seluruh Indonesia | WA 0813xxxx"),
("F008","profile","hn_twin_seller_stopped",0,1,1,1,"Dulu thrift Medan, jualan monza dari bal. Sejak 2023 udah tutup, akun ini cuma arsip kenangan ya gengs"),
("F008","profile","hn_twin_new_goods",1,0,1,1,"Medan 🇯🇵🇰🇷 | pakaian baru import Korea & Jepang, bukan monza | kirim seluruh Indonesia | WA 0813xxxx"),

("F009","comment","twin_offer_quiet",1,1,1,1,"sis aku ada dress ex Hongkong sisa sortiran kemarin, 35rb/pcs, mau aku fotoin?"),
("F009","comment","hn_twin_buyer_question",0,1,1,1,"sis dress ex Hongkong sortiran kayak gini biasanya dapetnya di mana ya? 35rb/pcs masih wajar gak?"),

("F010","post","twin_offer_loud",1,1,1,1,"Cakar murah di Pasar Terong lantai 2, buka karung baru tiap Minggu! mampir ke kios Daeng Ani ya, blok C12"),
("F010","post","hn_twin_bazaar_local",1,1,1,0,"Baju bekas layak pakai murah di halaman Gereja Sion tiap Minggu! hasil sumbangan jemaat, mampir ke meja Ibu Ani ya"),

("F011","listing","twin_offer_quiet",1,1,1,1,"Tas kulit wanita ex Korea, ada lecet di sudut, 75rb. Stok dari karungan, jadi satu model satu"),
("F011","listing","hn_twin_new_goods",1,0,1,1,"Tas kulit wanita import Korea, baru lengkap dus & dustbag, 275rb. Satu model satu warna, stok terbatas"),

("F012","message","twin_offer_loud",1,1,1,1,"Broadcast: bal celana cargo grade A ex Jepang datang Senin, harga 4,5jt per bal isi ±100. Booking ke Bang Doli"),
("F012","message","hn_twin_not_clothing",1,1,0,1,"Broadcast: bal karung goni bekas ex Bangladesh datang Senin, 4,5jt per bal isi ±500 lembar. Booking ke Bang Doli"),
("F012","message","hn_twin_denied_domestic",1,1,1,0,"Broadcast: celana cargo second sisa rental kostum di Jogja datang Senin, borongan 4,5jt isi ±100, bukan barang bal. Booking ke Bang Doli"),

("F013","article","hn_twin_news",0,1,1,1,"Pedagang awul-awul di Sekaten mengaku masih dapat kiriman karung dari Batam meski larangan impor sudah berlaku"),
("F013","post","twin_offer_loud",1,1,1,1,"Awul-awul di Sekaten ready lagi! karung baru dari Batam, kaos 10rb 3 pcs, lapak paling ujung deket komidi putar"),

("F014","live","twin_offer_quiet",1,1,1,1,"Oke next, kemeja linen second ex Japan, ada noda kecil di kerah, 30rb. Yang cepet dia dapet ya kakak2"),
("F014","live","hn_twin_giveaway",0,1,1,1,"Oke next, kemeja linen second ex Japan ada noda kecil di kerah, ini aku kasih gratis buat yang jawab kuis, bukan dijual ya kakak2"),

("F015","review","twin_offer_loud",1,1,1,1,"Recommended banget @bundlepojok, bundle ex Korea-nya bersih, wangi, ga apek. Beli 3 dapet diskon 🙌"),
("F015","review","hn_twin_complaint",0,1,1,1,"Kapok order bundle ex Korea dari akun IG yg promo kemarin, datang apek & bolong. Jangan ketipu caption 'bersih wangi' 🙄"),

("F016","listing","twin_offer_quiet",1,1,1,1,"Sweater rajut grade B (ada bulu2 halus), asal Taiwan, 15rb ambil 10 free ongkir Jabodetabek"),
("F016","listing","hn_twin_not_clothing_majun",1,1,0,1,"Majun rajut grade B asal Taiwan, potongan sweater bekas buat lap mesin bengkel, 15rb/kg ambil 10 free ongkir Jabodetabek"),

("F017","comment","twin_offer_loud",1,1,1,1,"Ada bal sepatu second Vietnam baru bongkar, isi campur Nike Adidas, minat DM aja bang"),
("F017","comment","hn_twin_joke",0,1,1,1,"Bang isi bal sepatu second Vietnam itu campur Nike Adidas, tapi kaki kiri semua 😂 makanya aku ga jadi beli"),

("F018","post","twin_offer_quiet",1,1,1,1,"Lelong Pontianak buka lagi sore ini di Jl. Tanjungpura, jaket kulit 80rb, celana 20rb. Datang awal biar dapet yg mulus"),
("F018","post","hn_twin_new_goods",1,0,1,1,"Gerai baru di Jl. Tanjungpura Pontianak buka sore ini, jaket kulit import Malaysia baru 280rb, celana 120rb. Datang awal biar kebagian size"),
]
