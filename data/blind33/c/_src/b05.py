# (family, kind, category, offer, used, clothing, abroad, text)
RECS = [
("F200","listing","twin_offer_quiet_riding",1,1,1,1,"Jaket kulit & sepatu riding 2nd dari lelong Pontianak, jahitan aman, 400rb sepaket. Bisa kirim ke Singkawang."),
("F201","live","twin_offer_loud_safety",1,1,1,1,"Sepatu safety bekas impor Jepang semua di live ini! 160rb, tinggal 5 pasang, yang udah ketik nomor segera bayar ya!"),
("F202","live","twin_offer_loud_paket_bekas",1,1,1,1,"Yang baru masuk, kita bedah paket kaos bekas dari karung China di live ini! 10rb semua, langsung masukin keranjang kuning!"),
("F203","listing","twin_offer_quiet_selempang",1,1,1,1,"Tas selempang second ex Malaysia, kulit masih lembut, tali aman, barang pilihan Pajak Melati. 130rb. Dikirim dari Medan."),
("F204","message","twin_offer_quiet_boots",1,1,1,1,"Pagi pak, sepatu boots kerja bekas ex Jepang sudah turun dari Belawan, per ikat 10 pasang 1,5jt, minat kabari."),

("F062","listing","twin_offer_quiet",1,1,1,1,"Celana kulot wanita, kondisi 80%, dari sortiran Kebon Kalapa, 18rb/pcs, ambil 10 free 1."),
("F062","listing","hn_twin_kulot_potatoes",1,0,0,1,"Kentang impor sortiran grade A, 18rb/kg, ambil 10 kg free 1, stok gudang dekat Kebon Kalapa."),

("F063","post","twin_offer_loud",1,1,1,1,"Thrift Bandung paling lengkap cuma di @gudang.bdg.thrift 🔥 bal Korea dibuka tiap Senin, harga mulai 10rb!"),
("F063","post","hn_twin_post_complaint",0,1,1,1,"Kecewa sama @gudang.bdg.thrift 🔥 bal Korea dibuka tiap Senin katanya, tapi yang dijual sisa-sisa robek. Ga lagi deh."),

("F064","message","twin_offer_quiet",1,1,1,1,"Kak, jastip dari Osaka minggu depan, aku mampir 2nd street buat borong jaket bekas, titip berapa? DP 50% ya."),
("F064","message","hn_twin_jastip_new",1,0,1,1,"Kak, jastip dari Osaka minggu depan, aku mampir Uniqlo buat borong jaket baru, titip berapa? DP 50% ya."),

("F065","comment","twin_offer_loud",1,1,1,1,"jual pakaian bekas impor ball an, bisa eceran juga, lokasi Pasar Atas Bukittinggi, wa 0812xxxx"),
("F065","comment","hn_twin_comment_kasur",1,1,0,1,"jual kasur busa bekas impor ball an, bisa eceran juga, lokasi Pasar Atas Bukittinggi, wa 0812xxxx"),

("F066","review","twin_offer_quiet",1,1,1,1,"Kemeja Polo Ralph Lauren dari @kakilimaawul cuma 30rb, bekas tapi warnanya masih nyala, dari karung Korea katanya."),
("F066","review","hn_twin_review_local_donation",1,1,1,0,"Kemeja Polo Ralph Lauren dari @kakilimaawul cuma 30rb, bekas sumbangan jamaah masjid, warnanya masih nyala."),

("F067","live","twin_offer_quiet",1,1,1,1,"Ini tinggal 2 ya gaes, blazer wanita dari bongkaran Senen, bekas tapi licin, 50 aja, siapa cepat!"),
("F067","live","hn_twin_live_blazer_new",1,0,1,1,"Ini tinggal 2 ya gaes, blazer wanita impor Guangzhou baru, licin, 150 aja, siapa cepat!"),

("F068","article","hn_twin_news_trader",0,1,1,1,"'Bal dari Korea sekarang susah masuk, harga naik jadi 7 juta,' kata seorang pedagang pakaian bekas di Pasar Gedebage."),
("F068","message","twin_reverse_trader_quote",1,1,1,1,"Bal dari Korea sekarang 7 juta ya bos, susah masuk, tapi saya masih ada 2 di Gedebage, mau ambil?"),

("F069","profile","twin_offer_loud",1,1,1,1,"🧺 Cakar Samarinda Online | pakaian bekas impor murah | COD Samarinda–Balikpapan | order klik link"),
("F069","profile","hn_twin_profile_laundry",1,1,0,0,"🧺 Jual Mesin Cuci Bekas Samarinda | servis & garansi 1 bulan | COD Samarinda–Balikpapan | order klik link"),

("F070","listing","twin_offer_quiet",1,1,1,1,"Parka Uniqlo ex Jepang, 2nd, M, bulu topi lengkap, 90rb. Minat chat."),
("F070","listing","hn_twin_parka_local_buy",1,1,1,0,"Parka Uniqlo 2nd, M, beli di Uniqlo Grand Indonesia tahun lalu, bulu topi lengkap, 90rb. Minat chat."),

("F071","message","twin_offer_loud",1,1,1,1,"Info agen: balpres pakaian bekas USA campur pria wanita, 1 bal 100kg 5jt, gudang Tanjung Priok, bisa kirim kapal."),
("F071","message","hn_twin_balpres_plastik",1,1,0,1,"Info agen: balpres plastik bekas USA campur PET & HDPE, 1 bal 500kg 5jt, gudang Tanjung Priok, bisa kirim kapal."),

("F072","post","twin_offer_quiet",1,1,1,1,"Pagi2 udah nyetrika 40 kemeja dari goni kemarin ☕ besok diupload semua, pantengin story ya, 25rb-an!"),
("F072","post","hn_twin_post_ironing_own",0,1,1,1,"Pagi2 udah nyetrika 40 kemeja dari goni kemarin ☕ bukan buat dijual, mau kusumbangin ke panti, capek juga ya."),

("F073","comment","twin_offer_quiet",1,1,1,1,"Min, aku ada sepatu Adidas Samba bekas dari bal Vietnam, size 41, 300rb. Ada yg minat?"),
("F073","comment","hn_twin_samba_own",1,1,1,0,"Min, aku ada sepatu Adidas Samba bekas pakaiku sendiri, beli di Sneakers Dept, size 41, 300rb. Ada yg minat?"),

("F074","listing","twin_offer_loud",1,1,1,1,"Awul-awul impor kiloan 45rb/kg, campur kaos, kemeja, celana. Pengiriman dari Yogyakarta, min 5kg."),
("F074","listing","hn_twin_awul_kiloan_kertas",1,1,0,0,"Buku & kertas bekas kiloan 4.500/kg, campur koran, majalah, kardus. Pengiriman dari Yogyakarta, min 50kg."),

("F075","review","twin_offer_quiet",1,1,1,1,"Beli 3 kaos vintage di Pasar Tugu Pahlawan, lapak Cak Mun, katanya bongkaran karung Jepang. Mantap, 20rb semua."),
("F075","review","hn_twin_tugu_new_vintage_style",1,0,1,0,"Beli 3 kaos 'vintage' di Pasar Tugu Pahlawan, lapak Cak Mun, sablon baru bikinan Surabaya. Mantap, 40rb semua."),

("F076","article","hn_twin_news_entikong",0,1,1,1,"Petugas di PLBN Entikong menahan sebuah truk yang membawa puluhan karung pakaian bekas dari Sarawak."),
("F076","article","hn_twin_news_entikong_goni",0,1,0,1,"Petugas di PLBN Entikong menahan sebuah truk berisi puluhan ikat karung goni bekas dari Sarawak yang tak berdokumen."),

("F077","message","twin_offer_quiet",1,1,1,1,"Assalamualaikum bu, kerudung & mukena seken dari Tawau masih ada 30 biji, 15rb, mau saya antar?"),
("F077","message","hn_twin_mukena_new",1,0,1,1,"Assalamualaikum bu, kerudung & mukena baru dari Tawau masih ada 30 biji, 45rb, mau saya antar?"),

("F078","live","twin_offer_loud",1,1,1,1,"Live thrift malam Jumat!! Barang impor bekas branded, mulai 15rb, yang ga nonton rugi! 🔥"),
("F078","live","hn_twin_live_talkshow",0,1,1,1,"Live ngobrol malam Jumat!! bahas kenapa barang impor bekas branded dilarang, bareng pedagang Senen 🔥"),

("F079","listing","twin_offer_quiet",1,1,1,1,"Topi & sepatu bayi preloved ex Korea, 5 pasang 50rb. Lokasi Bogor."),
("F079","listing","hn_twin_bayi_kakak",1,1,1,0,"Topi & sepatu bayi preloved bekas anak pertamaku, 5 pasang 50rb. Lokasi Bogor."),

("F080","post","twin_offer_quiet",1,1,1,1,"Ada yang baru dari Tanjungbalai 🥰 jeans-jeans pilihan, udah dicuci, mulai 35rb. Order ke 0812xxxx ya!"),
("F080","post","hn_twin_tanjungbalai_phones",1,1,0,1,"Ada yang baru dari Tanjungbalai 🥰 HP-HP second ex Malaysia, udah dicek IMEI, mulai 350rb. Order ke 0812xxxx ya!"),

("F081","comment","twin_offer_quiet",1,1,1,1,"@mimi_oot itu cardigan dari toko aku kak 😁 @lemari.lelong.ptk, masih ada 2 warna, 40rb"),
("F081","comment","hn_twin_comment_thrifter",0,1,1,1,"@mimi_oot itu cardigan dapet ngelelong di Pontianak kak 😁 tokonya lupa, cuma 40rb waktu itu"),

("F082","message","twin_offer_loud",1,1,1,1,"Dijual cepat 3 bal pakaian bekas impor ex Jepang, masih segel karung, di Pekanbaru. Harga miring."),
("F082","message","hn_twin_bal_karpet_new",1,0,1,1,"Dijual cepat 3 bal karpet baru impor ex Turki, masih segel karung, di Pekanbaru. Harga miring."),

("F083","review","twin_offer_quiet",1,1,1,1,"Hoodie Champion seken dari @rombeng.jakut mulus banget, ternyata emang barang bal Amerika. Puas!"),
("F083","review","hn_twin_review_parts",1,1,0,1,"Spion Vespa seken dari @rombeng.jakut mulus banget, ternyata emang barang copotan Italia. Puas!"),

("F084","profile","twin_offer_quiet",1,1,1,1,"Dani | jualan koli-an sejak 2019 | kaos, kemeja, jaket | kirim seluruh Kalimantan"),
("F084","profile","hn_twin_profile_new_dist",1,0,1,0,"Dani | jualan kaos & kemeja konveksi Banjarmasin sejak 2019 | kirim seluruh Kalimantan"),

("F085","listing","twin_offer_loud",1,1,1,1,"Gorden & handuk bekas impor Jepang, tebal, 15rb/pcs, grosir ready, Surabaya."),
("F085","listing","hn_twin_gorden_rumah",1,1,1,0,"Gorden & handuk bekas rumah sendiri, pindahan, tebal, 15rb/pcs, Surabaya."),
]
