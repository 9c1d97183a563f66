RECS = [
(41,"live","twin_live_quiet",1,1,1,1,"Ini dari Nunukan langsung ya bund, gamis2 ex pakai, 30rb, cuma 1 tiap model, ketik mau"),
(41,"live","hn_twin_local_source",1,1,1,0,"Ini dari titipan jemaah pengajian ya bund, gamis2 ex pakai, 30rb, cuma 1 tiap model, ketik mau"),

(42,"post","twin_offer_loud",1,1,1,1,"OBRAL BAL JEPANG! Semua kaos 10rb, 3 hari aja di Pasar Tungging Malang 🔥 #thriftmalang"),
(42,"post","hn_twin_rule",0,1,1,1,"Warga diimbau tidak membeli kaos dari bal Jepang yang diobral di Pasar Tungging, barang impor bekas dilarang 🔥 #infomalang"),
(42,"post","hn_twin_not_clothing",1,1,0,1,"OBRAL BAL JEPANG! Semua komik & manga bekas 10rb, 3 hari aja di Pasar Tungging Malang 🔥 #bukubekas"),

(43,"listing","twin_offer_quiet",1,1,1,1,"Levi's 501 lelong, W32 L32, warna pudar alami, 150rb, Pontianak"),
(43,"listing","hn_twin_new_goods",1,0,1,1,"Levi's 501 baru impor dari Kuching, masih tag, W32 L32, 650rb, Pontianak"),

(44,"article","hn_twin_news",0,1,1,1,"Polisi amankan truk bermuatan 80 bal baju rombengan di Jalan Lintas Riau-Sumbar"),
(44,"article","hn_twin_not_clothing_news",0,1,0,1,"Polisi amankan truk bermuatan 80 bal aki bekas asal Malaysia di Jalan Lintas Riau-Sumbar"),
(44,"message","twin_wa_loud",1,1,1,1,"Truk bawa 80 bal rombengan otw ke Padang besok, yg mau pesan per bal kabari malam ini ya"),

(45,"review","twin_review_named_seller",1,1,1,1,"Toko Karung Berkah di Kebon Kalapa emang juara, tas bekas Korea 40rb tapi kulitnya masih tebal 👍"),
(45,"review","hn_twin_local_source",1,1,1,0,"Toko Berkah di Kebon Kalapa emang juara, tas bekas titipan warga sekitar 40rb, bukan barang impor tapi kulitnya masih tebal 👍"),

(46,"post","twin_tweet_loud",1,1,1,1,"buka thrift lagi!! kali ini dapet bal vintage US, kaos band 80an mulai 60rb, cek ig kita ya"),
(46,"post","hn_twin_new_goods",1,0,1,1,"buka PO lagi!! kali ini kaos band desain vintage-look, baru impor Bangkok, 120rb, cek ig kita ya"),

(47,"message","twin_broadcast_quiet",1,1,1,1,"Ready 5 koli ex Kanada, sweater & cardigan dominan, cocok musim hujan. Sistem siapa cepat"),
(47,"message","hn_twin_not_clothing",1,1,0,1,"Ready 5 koli ex Kanada, suku cadang motor bekas dominan, cocok buat bengkel. Sistem siapa cepat"),

(48,"comment","twin_comment_offer",1,1,1,1,"Baju Batam murah ada di aku kak, kemeja 20rb aja, DM"),
(48,"comment","hn_twin_buyer_question",0,1,1,1,"Baju Batam murah beli di mana sih kak? nyari kemeja 20rb-an"),

(49,"listing","twin_offer_loud",1,1,1,1,"Bekas impor Korea - coat wol wanita, panjang selutut, 120rb, free ongkir Jabodetabek"),
(49,"listing","hn_twin_local_source",1,1,1,0,"Bekas pribadi - coat wol wanita, dibeli di Zara Senayan City, panjang selutut, 120rb, free ongkir Jabodetabek"),

(50,"post","hn_twin_haul_no_seller",0,1,1,1,"Haul hari ini dari awul-awul: 2 rok plisket, 1 blazer, total cuma 45rb 😭💕 #haul #ootdjogja"),
(50,"post","twin_offer_quiet",1,1,1,1,"Awul-awul hari ini: rok plisket & blazer, mulai 15rb, ready di lapak Sekaten kami 😭💕 #ootdjogja"),

(51,"live","twin_live_loud",1,1,1,1,"Halo kakak2, malam ini bongkar balpres kids Korea, kaos anak 8rb aja, ketik nomor yg mau!"),
(51,"live","hn_twin_two_fail",1,0,1,0,"Halo kakak2, malam ini kaos anak reject pabrik Sukabumi, 8rb aja, ketik nomor yg mau!"),
(51,"live","hn_twin_new_goods",1,0,1,1,"Halo kakak2, malam ini kaos anak baru impor Korea, masih tag, 38rb aja, ketik nomor yg mau!"),

(52,"article","hn_twin_news",0,1,1,1,"Sidak di Pasar Loak Kebumen temukan pakaian bekas impor Korea, pedagang mengaku beli dari Jakarta"),
(52,"post","twin_offer_quiet",1,1,1,1,"Stok baju Korea second masuk lagi di kios kami Pasar Kebumen, kulakan dari Jakarta, dijamin dicuci 👌"),

(53,"post","twin_offer_loud",1,1,1,1,"Cuci gudang bundle Bandung! Semua jaket & celana impor bekas 20rb, di Cihapit sampai Minggu #bundlebandung"),
(53,"post","hn_twin_local_source",1,1,1,0,"Cuci lemari sekeluarga! Jaket & celana bekas kami sendiri 20rb, di Cihapit sampai Minggu #garagesalebandung"),

(54,"listing","twin_offer_quiet",1,1,1,1,"Sepatu boots Dr. Martens, bawaan karung Jepang, size 40, kulit retak dikit, 250rb"),
(54,"listing","hn_twin_not_clothing",1,1,0,1,"Setrika uap Panasonic, bawaan karung Jepang, 100V, kabel retak dikit, 250rb"),

(55,"review","hn_twin_complaint",0,1,1,1,"Lapor min, akun @kilo.thrift.id jual baju second Korea per kilo tapi yg dateng kain lap. Tolong ditindak"),
(55,"review","twin_review_named_seller",1,1,1,1,"Mantap min, @kilo.thrift.id jual baju second Korea per kilo dan yg dateng sesuai foto. Langganan deh"),

(56,"profile","twin_bio_quiet",1,1,1,1,"Lapak Mak Ijah • Pasar Cimol Gedebage blok C • sweater, jaket, kemeja seken • buka 07.00-16.00"),
(56,"profile","hn_twin_new_goods",1,0,1,1,"Lapak Mak Ijah • Pasar Cimol Gedebage blok C • sweater, jaket, kemeja baru impor Bangkok • buka 07.00-16.00"),

(57,"post","twin_tweet_quiet",1,1,1,1,"ngerapihin stok dari Tanjungbalai, ada 12 kemeja Polo RL bekas pakai, 55rb satu. mau? dm"),
(57,"post","hn_twin_question_authentic",0,1,1,1,"gimana caranya bedain kemeja Polo RL bekas dari Tanjungbalai yang asli sama yang kw? ada 12 nih di rumah"),

(58,"message","twin_wa_loud",1,1,1,1,"Sis, pesanan bal thrift UK 100 kg udah aku kirim via cargo Batam-Jakarta ya, resi nyusul"),
(58,"message","hn_twin_not_clothing",1,1,0,1,"Sis, pesanan majun bekas UK 100 kg udah aku kirim via cargo Batam-Jakarta ya, resi nyusul"),

(59,"article","hn_twin_news",0,1,1,1,"Bea Cukai Tawau-Nunukan perketat jalur kapal kayu yang kerap bawa bal pakaian bekas"),
(59,"profile","twin_bio_loud",1,1,1,1,"Agen bal pakaian bekas Tawau - Nunukan | kirim pakai kapal kayu | grosir & eceran | DM"),

(60,"post","twin_offer_quiet",1,1,1,1,"Sortiran pertama, kemeja batik pria, 25rb, kondisi 90%, Samarinda bisa antar 🙏 #olshopsamarinda"),
(60,"post","hn_twin_local_source",1,1,1,0,"Peninggalan almarhum bapak, kemeja batik pria, 25rb, kondisi 90%, Samarinda bisa antar 🙏 #preloved"),
]
