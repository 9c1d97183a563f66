RECS = [
(101,"post","twin_offer_quiet",1,1,1,1,"Drop Jumat 🛍️ 20 kemeja rayon motif, ex Jepang semua, pemakaian wajar, 35rb. First come first serve ya #dropjumat #olshopsby"),
(101,"post","hn_twin_new_goods",1,0,1,1,"Drop Jumat 🛍️ 20 kemeja rayon motif, impor Jepang baru semua, 135rb. First come first serve ya #dropjumat #olshopsby"),

(102,"live","twin_live_loud",1,1,1,1,"Bal thrift Korea lagi dibuka nih, ada jaket varsity bekas 60rb, kalau suka langsung checkout di etalase nomor 5"),
(102,"live","hn_twin_not_clothing",1,1,0,1,"Bal Korea lagi dibuka nih, ada raket badminton bekas 60rb, kalau suka langsung checkout di etalase nomor 5"),
(102,"live","hn_twin_local_source",1,1,1,0,"Lemari tante lagi dibongkar nih, ada jaket varsity bekas 60rb, kalau suka langsung checkout di etalase nomor 5"),

(103,"listing","twin_offer_quiet",1,1,1,1,"Celana kulot wanita, second Hongkong, pinggang karet, 22rb, Kupang"),
(103,"listing","hn_twin_new_goods",1,0,1,1,"Celana kulot wanita, baru impor Hongkong, pinggang karet, 72rb, Kupang"),

(104,"review","twin_review_named_seller",1,1,1,1,"Udah langganan sama Ci Lina (Pajak Melati) buat kemeja lelong, murah & bersih. Bilang aja dari aku 😁"),
(104,"review","hn_twin_local_source",1,1,1,0,"Udah langganan sama Ci Lina buat kemeja bekas titipan tetangga, bukan lelong, murah & bersih. Bilang aja dari aku 😁"),

(105,"message","twin_wa_quiet",1,1,1,1,"Kak, mau ambil lagi yg ex Korea? Minggu ini ada 2 karung, rok & celana, 1,9jt per karung"),
(105,"message","hn_twin_not_clothing",1,1,0,1,"Kak, mau ambil lagi yg ex Korea? Minggu ini ada 2 karung, alat masak & toples, 1,9jt per karung"),

(106,"post","twin_offer_loud",1,1,1,1,"Bekas impor Thailand, kaos bola retro, 40rb/pcs, free stiker 🏟️ Order via WA 0819xxxx #jerseyretro"),
(106,"post","hn_twin_new_goods",1,0,1,1,"Impor Thailand, kaos bola retro versi baru, 140rb/pcs, free stiker 🏟️ Order via WA 0819xxxx #jerseyretro"),
(106,"post","hn_twin_two_fail",1,0,1,0,"Produksi Bandung, kaos bola retro jahitan sendiri, 140rb/pcs, free stiker 🏟️ Order via WA 0819xxxx #jerseyretro"),

(107,"comment","twin_comment_offer",1,1,1,1,"Jaket yg kaya gini banyak di aku kak, dari bal Inggris, 35rb, cek feed"),
(107,"comment","hn_twin_local_source",1,1,1,0,"Jaket yg kaya gini ada di aku kak, bekas kakakku, bukan barang bal, 35rb, cek feed"),

(108,"profile","twin_bio_quiet",1,1,1,1,"Hasil hunting Senen & Gedebage 🧺 | jaket, kemeja, denim bekas | ship from Bekasi | DM to order"),
(108,"profile","hn_twin_not_clothing",1,1,0,1,"Hasil hunting Senen & Gedebage 🧺 | kamera analog & lensa bekas | ship from Bekasi | DM to order"),

(109,"listing","twin_offer_quiet",1,1,1,1,"Kaos polos bekas, grade B, per kilo 25rb, min 20 kg, Mataram"),
(109,"listing","hn_twin_not_clothing",1,1,0,1,"Kain majun bekas, grade B, per kilo 8rb, min 20 kg, untuk bengkel, Mataram"),

(110,"live","twin_live_quiet",1,1,1,1,"Sabar ya bund, lagi aku buka goni yg dari Belawan, kemeja anak ada banyak, 10rb aja"),
(110,"live","hn_twin_new_goods",1,0,1,1,"Sabar ya bund, lagi aku buka karton yg dari Belawan, kemeja anak baru masih tag ada banyak, 30rb aja"),

(111,"post","twin_tweet_loud",1,1,1,1,"thread jualan: baju thrift impor pilihan gue, semua 20-50rb, kondisi di foto, ongkir dari Semarang 🧵"),
(111,"post","hn_twin_local_source",1,1,1,0,"thread jualan: baju bekas gue sendiri yg udah gak muat, semua 20-50rb, kondisi di foto, ongkir dari Semarang 🧵"),

(112,"review","twin_review_named_seller",1,1,1,1,"Belanja di kios Koh Ahong, Pasar Tanjungpinang: jaket second Singapura murah, pelayanan ramah. Balik lagi pasti"),
(112,"review","hn_twin_new_goods",1,0,1,1,"Belanja di kios Koh Ahong, Pasar Tanjungpinang: jaket baru Singapura murah, pelayanan ramah. Balik lagi pasti"),

(113,"message","twin_broadcast_quiet",1,1,1,1,"📢 Tersedia 15 bal campur grade A dari Dumai, isi pakaian dewasa. Harga per bal 3,8jt. Info 0811xxxx"),
(113,"message","hn_twin_not_clothing",1,1,0,1,"📢 Tersedia 15 bal kardus bekas grade A dari Dumai, untuk pabrik kertas. Harga per bal 380rb. Info 0811xxxx"),
(113,"message","hn_twin_two_fail",1,1,0,0,"📢 Tersedia 15 ikat kardus bekas dari toko-toko Pekanbaru, untuk pabrik kertas. Harga per ikat 380rb. Info 0811xxxx"),

(114,"post","twin_offer_quiet",1,1,1,1,"Nemu gamis-gamis cantik ex Arab di kios kami, 45rb aja, pemakaian sebentar 🤍 #gamispreloved"),
(114,"post","hn_twin_local_source",1,1,1,0,"Gamis-gamis cantik punyaku sendiri, jahit di penjahit langganan, 45rb aja, pemakaian sebentar 🤍 #gamispreloved"),

(115,"listing","twin_offer_loud",1,1,1,1,"Jual cepat bal pakaian bekas impor Korea 100 kg, belum dibuka, lokasi Tanjungbalai, harga 4jt"),
(115,"listing","hn_twin_not_clothing",1,1,0,1,"Jual cepat bal sepatu roda & helm sepeda bekas impor Korea, belum dibuka, lokasi Tanjungbalai, harga 4jt"),

(116,"live","twin_live_loud",1,1,1,1,"Malem Minggu ini bongkar 3 karung bekas impor Jepang, ada jaket gunung, jangan lupa tap love ❤️"),
(116,"live","hn_twin_new_goods",1,0,1,1,"Malem Minggu ini buka 3 karton baru impor Jepang, ada jaket gunung, jangan lupa tap love ❤️"),
(116,"live","hn_twin_local_source",1,1,1,0,"Malem Minggu ini bongkar 3 karung baju bekas sumbangan jamaah, ada jaket gunung, hasilnya buat masjid, tap love ❤️"),

(117,"post","twin_offer_quiet",1,1,1,1,"Dapet kiriman dari Entikong, sweater rajut ex pakai, 25rb-an, yg di Pontianak bisa COD bah #olshopptk"),
(117,"post","hn_twin_not_clothing",1,1,0,1,"Dapet kiriman dari Entikong, gas elpiji tabung Malaysia bekas, 250rb-an, yg di Pontianak bisa COD bah #olshopptk"),

(118,"comment","twin_comment_offer",1,1,1,1,"Ada kak di aku, celana cargo dari sortiran Korea, 45rb, ukuran 30-34"),
(118,"comment","hn_twin_new_goods",1,0,1,1,"Ada kak di aku, celana cargo baru impor Korea, 145rb, ukuran 30-34"),
]
