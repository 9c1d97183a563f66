RECS = [
(21,"post","twin_offer_loud",1,1,1,1,"Open reseller baju thrift impor! Modal 500rb dapet 30 pcs campur, bisa dropship juga 💸 #resellerthrift #peluangusaha"),
(21,"post","hn_twin_new_goods",1,0,1,1,"Open reseller kaos polos baru impor Guangzhou! Modal 500rb dapet 12 pcs campur warna, bisa dropship juga 💸 #resellerkaos #peluangusaha"),

(22,"live","twin_live_quiet",1,1,1,1,"Sesi terakhir malam ini kak, sisa karung Busan tinggal celana jeans, 25rb ambil tiga 70rb"),
(22,"live","hn_twin_not_clothing",1,1,0,1,"Sesi terakhir malam ini kak, sisa karung Busan tinggal piring keramik bekas, 25rb ambil tiga 70rb"),

(23,"review","hn_twin_complaint",0,1,1,1,"Kecewa sama olshop yg jual 'bal Thailand grade A', isinya banyak sobek & bau apek. Jangan ketipu ya"),
(23,"review","twin_review_named_seller",1,1,1,1,"Puas sama bal Thailand grade A dari @gudang.rosa, isinya rapi gak ada sobek. Mau repeat order di sana lagi"),

(24,"listing","twin_offer_quiet",1,1,1,1,"Hoodie Champion reverse weave second, ex USA, pit to pit 60, ada noda kecil, 95rb"),
(24,"listing","hn_twin_local_source",1,1,1,0,"Hoodie Champion reverse weave, kado dari om yang kupakai 2 tahun, pit to pit 60, ada noda kecil, 95rb"),
(24,"listing","hn_twin_new_goods",1,0,1,1,"Hoodie Champion reverse weave, impor USA, BNWT masih plastik, pit to pit 60, 650rb"),

(25,"article","hn_twin_news",0,1,1,1,"Ratusan karung pakaian bekas asal Malaysia disita di PLBN Entikong, diduga hendak dijual di Pontianak"),
(25,"message","twin_wa_loud",1,1,1,1,"Karung pakaian bekas dari Entikong udah nyampe Pontianak, siapa mau ambil per karung? 1,8jt isi 90an pcs"),

(26,"post","twin_tweet_quiet",1,1,1,1,"ada yg mau kemeja linen bekas ex Korea? 3 biji, 60rb semua, kirim dari Bekasi, reply aja"),
(26,"post","hn_twin_swap",0,1,1,1,"ada yg mau tuker kemeja linen bekas ex Korea sama celana kulot? 3 biji nih, kirim dari Bekasi, reply aja"),

(27,"profile","twin_bio_loud",1,1,1,1,"🌿 Awul-awul Jogja sejak 2018 | bal Jepang & Korea tiap Kamis | shopee: awulpinggir"),
(27,"profile","hn_twin_local_source",1,1,1,0,"🌿 Preloved Jogja sejak 2018 | baju bekas titipan warga sekitar, no impor | tiap Kamis | shopee: awulpinggir"),

(28,"listing","twin_offer_quiet",1,1,1,1,"Grade S sortir, blouse wanita 50 pcs, 1,2jt, cocok buka lapak, kirim via Tanjung Priok"),
(28,"listing","hn_twin_not_clothing",1,1,0,1,"Grade S sortir, HP Android bekas 50 unit, 12jt, cocok buka konter, kirim via Tanjung Priok"),

(29,"comment","twin_comment_offer",1,1,1,1,"Kak aku jual roma Manado ada yg 10rb juga, cek katalog di WA ya 🙏"),
(29,"comment","hn_twin_complaint",0,1,1,1,"Kak jangan beli roma Manado di akun itu, udh transfer 10rb x 8 gak dikirim-kirim 🙏"),

(30,"live","twin_live_loud",1,1,1,1,"Guys bal impor Korea yang ditunggu2 udah dibuka! jaket puffer mulai 50rb, klik keranjang kuning!"),
(30,"live","hn_twin_new_goods",1,0,1,1,"Guys jaket puffer impor Korea yang ditunggu2 udah restock! full size run, mulai 199rb, klik keranjang kuning!"),
(30,"live","hn_twin_stopped_selling",0,1,1,1,"Guys mulai hari ini kami nggak jual bal impor Korea lagi ya, jaket puffer sisa udah kami serahkan, makasih udah nonton!"),

(31,"post","twin_offer_quiet",1,1,1,1,"Celana chino bekas 30an pcs dari Dumai, kondisi layak, 20rb/pcs, ambil semua 500rb. Medan area 🚚"),
(31,"post","hn_twin_local_source",1,1,1,0,"Celana chino 30an pcs bekas seragam kantor suami, kondisi layak, 20rb/pcs, ambil semua 500rb. Medan area 🚚"),

(32,"article","hn_twin_news",0,1,1,1,"Kemendag: 19 ribu bal pakaian bekas impor senilai ratusan miliar dimusnahkan sepanjang tahun"),
(32,"article","hn_twin_not_clothing",0,1,0,1,"Kemendag: ribuan bal kertas bekas impor tanpa izin ditahan di Tanjung Perak sepanjang tahun"),

(33,"review","twin_review_named_seller",1,1,1,1,"Jaket kulit second Australia dari lapak Bang Ucok di Pajak Melati, awet dipake 2 taun. Mampir lah kesana!"),
(33,"review","hn_twin_review_no_seller",0,1,1,1,"Jaket kulit second Australia yg dulu kubeli awet dipake 2 taun, gak nyangka kualitasnya segini"),

(34,"message","twin_broadcast_loud",1,1,1,1,"[INFO STOK] Balpres UK & Korea tiba di gudang Tangerang. Grade A 4,5jt, grade B 3jt. Booking DP 50%. Hub 0821xxxx"),
(34,"message","hn_twin_not_clothing",1,1,0,1,"[INFO STOK] Mesin jahit bekas Jepang tiba di gudang Tangerang. Grade A 4,5jt, grade B 3jt. Booking DP 50%. Hub 0821xxxx"),

(35,"post","twin_offer_quiet",1,1,1,1,"Seken dari Port Klang, dress batik-batik Malaysia motif lucu, 35rb aja, COD Dumai #olshopdumai"),
(35,"post","hn_twin_new_goods",1,0,1,1,"Baru dari Port Klang, dress motif Malaysia masih bertag, 95rb aja, COD Dumai #olshopdumai"),

(36,"post","hn_twin_joke",0,1,1,1,"nyokap: 'jangan beli baju bekas luar negeri, jorok'. nyokap juga: beli 3 cardigan cakar Korea di pasar 😂"),
(36,"post","twin_offer_loud",1,1,1,1,"Cardigan cakar Korea ready 3 warna, 25rb, nyokap2 juga boleh order kok 😂 DM aja"),

(37,"listing","twin_offer_quiet",1,1,1,1,"Selimut tebal ex Jepang, 1 goni isi 20, 1,1jt, Surabaya"),
(37,"listing","hn_twin_not_clothing",1,1,0,1,"Karung goni bekas ex Jepang, 1 bal isi 200 lembar, 1,1jt, Surabaya"),

(38,"post","hn_twin_haul_no_seller",0,1,1,1,"Dapet jersey bola second Inggris 25rb doang hari ini, jahitannya asli 🥹 #thrifthaul"),
(38,"post","twin_offer_quiet",1,1,1,1,"Jersey bola second Inggris 25rb, masih ada 6 lagi, link di bio 🥹 #thrifthaul"),

(39,"message","twin_wa_quiet",1,1,1,1,"Mas, sy ada 2 koli baju campur anak. Mau diambil kapan? Harga sama kaya kemarin"),
(39,"message","hn_twin_local_source",1,1,1,0,"Mas, sy ada 2 kardus baju anak2 sy yg udh kekecilan. Mau diambil kapan? Harga sama kaya kemarin"),

(40,"article","hn_twin_news",0,1,1,1,"Pedagang Pasar Senen: 'Kalau bal dari luar gak masuk, kami mau jual apa?'"),
(40,"post","twin_offer_loud",1,1,1,1,"Bal dari luar baru masuk Pasar Senen, blok III lantai 2, jas 50rb celana 25rb. Mampir ya! #senenthrift"),
(40,"post","hn_twin_new_goods",1,0,1,1,"Stok baru masuk Pasar Senen, blok III lantai 2, jas baru impor Guangzhou 150rb celana 75rb. Mampir ya! #senen"),
]
