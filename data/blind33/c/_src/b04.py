# (family, kind, category, offer, used, clothing, abroad, text)
RECS = [
("F047","live","twin_offer_quiet",1,1,1,1,"Guys ini kemeja kotak2 hasil bongkaran tadi pagi di Pasar Tungging, bekas tapi masih kinclong, 25k, ketik K1 ya!"),
("F047","live","hn_twin_live_wardrobe",1,1,1,0,"Guys ini kemeja kotak2 dari lemari suamiku, bekas tapi masih kinclong, 25k aja, ketik K1 ya, sekalian beberes rumah!"),

("F048","article","hn_twin_news_ports",0,1,1,1,"Polisi menyebut pakaian bekas asal Malaysia masuk lewat pelabuhan tikus di Bengkalis sebelum dikirim ke Riau daratan dalam karung."),
("F048","article","hn_twin_news_sugar",0,0,0,1,"Polisi menyebut gula pasir asal Malaysia masuk lewat pelabuhan tikus di Bengkalis sebelum dikirim ke Riau daratan dalam karung."),
("F048","message","twin_reverse_offer_route",1,1,1,1,"Baju bekas Malaysia masuk Bengkalis minggu ini, yang mau ambil per karung buat Riau daratan kabari saya malam ini."),

("F049","listing","twin_offer_loud",1,1,1,1,"BAJU BEKAS IMPOR BRANDED 1 KARUNG 100 PCS CAMPUR MURAH MERIAH — free ongkir Jawa, COD Surabaya"),
("F049","listing","hn_twin_reject_factory",1,0,1,0,"BAJU BARU REJECT PABRIK BRANDED 1 KARUNG 100 PCS CAMPUR MURAH MERIAH — free ongkir Jawa, COD Surabaya"),

("F050","post","twin_offer_quiet",1,1,1,1,"Koleksi awul Jumat ini: crewneck ex Jepang, masih anget dari karung 😆 15-35rb. Lapak di Alun-alun Kidul jam 4 sore."),
("F050","post","hn_twin_crewneck_own",1,1,1,0,"Koleksi lemariku yang udah ga kepake: crewneck lungsuran kakak, masih bagus 😆 15-35rb. Aku gelar di Alun-alun Kidul jam 4 sore."),
("F050","post","hn_twin_awul_giveaway",0,1,1,1,"GIVEAWAY! 3 crewneck ex Jepang hasil ngawul, masih anget dari karung 😆 gratis buat yang tag 2 teman, diundi Jumat sore."),

("F051","comment","twin_offer_loud",1,1,1,1,"ada bal celana jeans Jepang grade A min bang, mau berapa karung? gudang kami di Batam, bisa kirim"),
("F051","comment","hn_twin_comment_stopped",0,1,1,1,"udah ga ada lagi bal celana jeans Jepang grade A bang, kami berhenti sejak gudang Batam disegel. jangan tanya lagi ya"),
("F051","comment","hn_twin_denim_roll",1,0,0,1,"ada kain denim Jepang grade A min bang, mau berapa roll? gudang kami di Batam, bisa kirim"),

("F052","message","twin_offer_quiet",1,1,1,1,"Say, gamis & tunik dari Sambu udah aku pilihin, seken tapi mulus, 6 potong 150rb total. Transfer ya biar kukirim."),
("F052","message","hn_twin_gamis_new",1,0,1,0,"Say, gamis & tunik baru dari konveksi Tembung udah aku pilihin, 6 potong 450rb total. Transfer ya biar kukirim."),

("F053","review","hn_twin_review_plain",0,1,1,1,"Baju thrift dari karung impor itu ada yang bagus ada yang bolong, tergantung hoki. Jangan lupa dicuci air panas."),
("F053","review","twin_reverse_review_shop",1,1,1,1,"Baju thrift dari karung impor di @hoki.thriftbdg jarang yang bolong, hoki terus belanja sini. Udah dicuci air panas pula."),

("F054","profile","twin_offer_quiet",1,1,1,1,"Lapak Bu Ros | rombengan Bukittinggi sejak 1998 | jaket, celana, sepatu | Pasar Lereng los 12"),
("F054","profile","hn_twin_profile_tailor",1,0,1,0,"Lapak Bu Ros | penjahit Bukittinggi sejak 1998 | jaket, celana, kebaya jahitan sendiri | Pasar Lereng los 12"),

("F055","listing","twin_offer_quiet",1,1,1,1,"Sepatu boots Dr. Martens, 2nd, size 40, kulit masih lentur, dari lelong Pontianak. 400rb. Bisa kirim luar kota."),
("F055","listing","hn_twin_boots_bnib",1,0,1,1,"Sepatu boots Dr. Martens BNIB, size 40, dibawa dari Kuching, masih ada segel kotak. 1,9jt. Bisa kirim luar kota."),
("F200","listing","hn_twin_lelong_motor",1,1,0,1,"Helm & sparepart motor 2nd dari lelong Pontianak, masih bagus, 400rb sepaket. Bisa kirim luar kota."),

("F056","post","twin_offer_loud",1,1,1,1,"Dibuka!! Reseller bal thrift impor, modal 3jt udah dapet 1 bal + materi promosi 💸 DM buat gabung tim Medan."),
("F056","post","hn_twin_job_vacancy",0,1,1,1,"Lowongan: pengurai dan penyetrika baju thrift bal impor di gudang Medan, gaji harian 90rb 💸 DM buat info."),
("F056","post","hn_twin_reseller_new",1,0,1,0,"Dibuka!! Reseller kaos polos baru produksi Bandung, modal 3jt udah dapet 1 kodi + materi promosi 💸 DM buat gabung tim Medan."),

("F057","message","twin_offer_quiet",1,1,1,1,"Bang, kaos2 dari Pasar Pagi Tawau udah sampe Nunukan, semua pernah pakai tapi bersih, 20 lusin, 10rb/biji."),
("F057","message","hn_twin_kaos_new_tawau",1,0,1,1,"Bang, kaos2 baru dari Pasar Pagi Tawau udah sampe Nunukan, masih berplastik, 20 lusin, 10rb/biji."),

("F058","article","hn_twin_news_destroy",0,1,1,1,"Kemendag memusnahkan ratusan bal pakaian bekas impor yang disita di Karawang dengan cara dibakar, Jumat pagi."),
("F058","article","hn_twin_news_destroy_shoes",0,0,1,1,"Bea Cukai memusnahkan ratusan pasang sepatu palsu impor baru yang disita di Karawang dengan cara dicacah, Jumat pagi."),

("F059","comment","twin_offer_quiet",1,1,1,1,"yg nyari kemeja flanel Uniqlo seken, aku ada 8 dari goni minggu lalu, 40an, langsung dm ya 😊"),
("F059","comment","hn_twin_comment_flannel_own",1,1,1,0,"yg nyari kemeja flanel Uniqlo seken, aku ada 3 punya sendiri sisa kuliah, 40an, langsung dm ya 😊"),

("F060","live","twin_offer_loud",1,1,1,1,"Barang bekas impor Jepang semua ya di live ini! Jaket parka 60rb, tinggal 5! Yang udah ketik, segera checkout!"),
("F060","live","hn_twin_live_parka_new",1,0,1,1,"Barang impor Jepang baru semua ya di live ini, tag & plastik lengkap! Jaket parka 260rb, tinggal 5! segera checkout!"),
("F201","live","hn_twin_live_cars",1,1,0,1,"Barang bekas impor Jepang semua ya di live ini! Velg mobil 600rb, tinggal 5! Yang udah ketik, segera checkout!"),

("F061","listing","twin_offer_quiet",1,1,1,1,"Kebaya encim lawas, pernah dipakai, bordir masih rapi, ex Singapura. 110rb. Lokasi Tanjungpinang."),
("F061","listing","hn_twin_kebaya_heirloom",1,1,1,0,"Kebaya encim lawas warisan nenek, pernah dipakai, bordir masih rapi, dijahit di Tanjungpinang. 110rb."),
]
