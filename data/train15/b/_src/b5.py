RECS = [
(81,"post","twin_offer_loud",1,1,1,1,"Baju bekas impor Jepang 3 potong 50rb di lapak Pasar Baru Mataram, ayo serbu sebelum disita 😅 #thriftlombok"),
(81,"post","hn_twin_rule_joke",0,1,1,1,"Baju bekas impor Jepang 3 potong 50rb tapi besok disita, ya sama aja bohong 😅 #curhatpedagang #thriftlombok"),

(82,"live","twin_live_quiet",1,1,1,1,"Kak yg nanya kondisi, ini sweater Uniqlo dari karungan Korea ya, ada bulu2 dikit wajar, 30rb"),
(82,"live","hn_twin_new_goods",1,0,1,1,"Kak yg nanya kondisi, ini sweater Uniqlo baru dari Korea ya, tag masih nempel, 230rb"),

(83,"article","hn_twin_news",0,1,1,1,"Harga bal bekas impor di Pasar Gedebage naik, pedagang sebut pasokan dari Cirebon tersendat"),
(83,"message","twin_wa_loud",1,1,1,1,"Harga bal bekas impor naik bos, pasokan dari Cirebon tersendat, tapi di aku masih ada 4 bal harga lama"),

(84,"listing","twin_offer_quiet",1,1,1,1,"Kemeja kerja pria 20 pcs, grade A sortir, ukuran campur, 400rb borong, Bekasi"),
(84,"listing","hn_twin_local_source",1,1,1,0,"Kemeja kerja pria 20 pcs bekas pakai almarhum papa, ukuran L semua, 400rb borong, Bekasi"),
(84,"listing","hn_twin_not_clothing",1,1,0,1,"Keramik lantai 20 dus, grade A sortir, ukuran campur, 400rb borong, Bekasi"),

(85,"review","twin_review_named_seller",1,1,1,1,"Sepatu kets Converse bekas Korea yg kubeli di tiktok @sepatukarung bagus bgt, beli di dia aja kak ⭐⭐⭐⭐"),
(85,"review","hn_twin_new_goods",1,0,1,1,"Sepatu kets Converse baru impor Korea yg kubeli di tiktok @sepatukarung bagus bgt, beli di dia aja kak ⭐⭐⭐⭐"),

(86,"post","hn_twin_opinion",0,1,1,1,"Unpopular opinion: pakaian bekas impor itu penyelamat dompet mahasiswa, tapi jujur kasihan UMKM lokal juga 🤔 #thrifting"),
(86,"post","twin_offer_quiet",1,1,1,1,"Penyelamat dompet mahasiswa: kemeja & celana dari bal Amerika 15rb, cek katalog di story 🤔 #thrifting"),

(87,"profile","twin_bio_quiet",1,1,1,1,"Cakar Pinrang 🌊 | dari kapal langsung ke lapak | COD Pinrang-Parepare | 0852xxxx"),
(87,"profile","hn_twin_not_clothing",1,1,0,1,"Elektronik Pinrang 🌊 | TV & kulkas bekas Malaysia dari kapal langsung | COD Pinrang-Parepare | 0852xxxx"),

(88,"message","twin_wa_quiet",1,1,1,1,"Udah aku pisahin 8 jaket dari koli yang baru datang, 35rb-an, besok ambil ya kak"),
(88,"message","hn_twin_local_source",1,1,1,0,"Udah aku pisahin 8 jaket bekas anakku yang udah merantau, 35rb-an, besok ambil ya kak"),

(89,"post","twin_offer_loud",1,1,1,1,"Awul-awul impor tiap Minggu pagi di alun-alun Kidul, ada hoodie, kemeja, rok 10-25rb, cus! #awulawul #jogja"),
(89,"post","hn_twin_new_goods",1,0,1,0,"Pasar tiban tiap Minggu pagi di alun-alun Kidul, hoodie & kemeja baru dari konveksi Klaten 45-65rb, cus! #jogja"),
(89,"post","hn_twin_local_source",1,1,1,0,"Bazar baju layak pakai tiap Minggu pagi di alun-alun Kidul, sumbangan warga RW 05, hoodie, kemeja, rok 10-25rb, cus! #jogja"),

(90,"article","hn_twin_news",0,1,1,1,"Kapal yang mengangkut ratusan koli pakaian bekas dari Port Klang diamankan di Selat Malaka"),
(90,"article","hn_twin_not_clothing_news",0,1,0,1,"Kapal yang mengangkut ratusan koli suku cadang mobil bekas dari Port Klang diamankan di Selat Malaka"),
(90,"post","twin_offer_quiet",1,1,1,1,"Koli dari Port Klang udah aman di gudang 🙏 ready ambil hari Senin, pakaian campur anak & dewasa, japri"),

(91,"comment","twin_comment_offer",1,1,1,1,"Aku jual cakar Korea murah juga kak, 2 pcs 25rb, sini mampir ke lapakku"),
(91,"comment","hn_twin_buyer_question",0,1,1,1,"Kak cakar Korea 2 pcs 25rb itu di lapak mana ya? mau mampir"),

(92,"listing","twin_offer_quiet",1,1,1,1,"Dress pesta ex Singapore, bahan satin, sekali pakai kelihatannya, 70rb, Batam center"),
(92,"listing","hn_twin_new_goods",1,0,1,1,"Dress pesta dari Singapore, bahan satin, baru belum pernah dipakai, 370rb, Batam center"),

(93,"live","twin_live_loud",1,1,1,1,"Bongkar karung thrift Jepang season 3!! tas-tas branded bekas mulai 75rb, jangan skip ya"),
(93,"live","hn_twin_not_clothing",1,1,0,1,"Bongkar karung Jepang season 3!! mainan & figure bekas mulai 75rb, jangan skip ya"),

(94,"post","twin_tweet_quiet",1,1,1,1,"yg nyari kemeja oversize, gue lagi lepas 7 potong dari sortiran Batam, 30rb doang. ongkir dari Depok"),
(94,"post","hn_twin_swap",0,1,1,1,"yg nyari kemeja oversize, gue ada 7 potong dari sortiran Batam, gratis buat temen2 kampus aja, ambil di Depok"),

(95,"review","hn_twin_complaint",0,1,1,1,"Dikasih tau 'bundle Jepang pilihan' taunya celana bolong 3. Lapaknya di Pasar Kodim, hati2 ya"),
(95,"review","twin_review_named_seller",1,1,1,1,"Beneran bundle Jepang pilihan, celananya mulus semua. Lapak Pak Rahmat di Pasar Kodim, recommended"),

(96,"message","twin_broadcast_loud",1,1,1,1,"Bal bekas impor wanita Korea 100 kg, isi 350-400 pcs, 5,5jt franco Jakarta. Stok terbatas, transfer dulu"),
(96,"message","hn_twin_new_goods",1,0,1,1,"Bal impor wanita Korea baru 100 kg, isi 350-400 pcs masih tag, 25jt franco Jakarta. Stok terbatas, transfer dulu"),

(97,"listing","twin_offer_quiet",1,1,1,1,"Kaus kaki & topi campur, per koli 450rb, isi acak, gudang Cikarang"),
(97,"listing","hn_twin_local_source",1,1,1,0,"Kaus kaki & topi campur bekas sendiri, sekardus 45rb, isi acak, ambil di Cikarang"),

(98,"post","hn_twin_haul_no_seller",0,1,1,1,"Kemarin dapat jas wol pre-loved dari cakar Pasar Sentral, dipake buat wisuda, pas banget 🎓 #cakarmakassar"),
(98,"post","twin_offer_quiet",1,1,1,1,"Jas wol pre-loved dari cakar Sentral buat wisuda, ready 12 pcs di lapak kami, tanya2 aja 🎓 #cakarmakassar"),

(99,"profile","twin_bio_loud",1,1,1,1,"Thrift Shop Impor Pontianak | baju bekas luar negeri pilihan | open 10-21 | Jl. Gajah Mada"),
(99,"profile","hn_twin_local_source",1,1,1,0,"Toko Barang Titipan Pontianak | baju bekas warga, tanpa barang impor | open 10-21 | Jl. Gajah Mada"),

(100,"article","hn_twin_news",0,1,1,1,"Pedagang awul-awul di Sidoarjo terima sosialisasi larangan impor pakaian bekas dari Disperindag"),
(100,"post","twin_offer_loud",1,1,1,1,"Awul-awul impor di Sidoarjo tetep buka ya lur, stok baru dateng, kaos 10rb celana 20rb #awulawul"),
]
