# batch 3: families f31-f45
R = [
("f31", "listing", "offer_listing_quiet", 1, 1, 1, 1, "Kemeja batik Jepang bekas (yukata cut), motif asli, 60rb. Ada 12 pcs, stall B-07 Pasar Senen"),
("f31", "comment", "offer_reply_quiet", 1, 1, 1, 1, "yg motif biru masih sis, kemeja jepang second 60rb. mampir B-07 atau sy kirim via ojol"),
("f31", "comment", "hn_buyer_question_price", 0, 1, 1, 1, "kak kemeja jepang bekas yg motif biru udah laku? aku pengen tp ukuranku XXL"),
("f31", "post", "hn_buyer_haul_price", 0, 1, 1, 1, "beli kemeja motif jepang bekas di senen, dipake ke kantor dikira oleh2 dr tokyo wkwk"),

("f32", "message", "offer_wa_reply", 1, 1, 1, 1, "Ada bu, 1 goni selimut bekas Korea isi 40 lembar, 1,8jt. Kalau jadi order, bisa dikirim ke Pontianak lewat ekspedisi"),
("f32", "message", "hn_buyer_question_price", 0, 1, 1, 1, "pak sy mau tanya, goni selimut bekas korea 1,8jt isi 40 itu masih bagus2 atau ada yg bolong?"),
("f32", "post", "hn_report_news", 0, 1, 1, 1, "Warga perbatasan Entikong menyebut selimut bekas Korea yang masuk dalam goni dari Malaysia dijual murah di pasar lokal."),

("f33", "post", "offer_creator_points_stall", 1, 1, 1, 1, "POV: nemu hoodie Champion bekas ex US 50rb 🤯 tokonya di shopee 'gudangbundle88', link di bio yaa"),
("f33", "post", "hn_buyer_haul_price", 0, 1, 1, 1, "POV: nemu hoodie champion bekas ex US di tumpukan bundle 🤯 rejeki ga kemana"),
("f33", "comment", "hn_buyer_question", 0, 1, 1, 1, "kak itu hoodie champion bekas US belinya di mana? spill dong tokonya"),
("f33", "comment", "offer_reply_quiet", 1, 1, 1, 1, "di gudangbundle88 kak, hoodie champion ex US kloter baru udh masuk, 50-65rb 😊"),

("f34", "live", "offer_live_host", 1, 1, 1, 1, "guys ini blazer wanita ex Korea, bahan wool campur, 55rb aja. yg udh keep tolong checkout sebelum jam 10 ya"),
("f34", "comment", "hn_viewer_live", 0, 1, 1, 1, "host live td nyuruh checkout blazer korea bekas 55rb sebelum jam 10, aku ketiduran. bye blazer 👋"),
("f34", "review", "hn_complaint_quality", 0, 1, 1, 1, "blazer bekas korea dari live, pas dateng ada noda di lengan yg ga dibilang pas live. kecewa"),

("f35", "post", "offer_plain_caption", 1, 1, 1, 1, "Thrift shop kami di Malang buka cabang baru! Jual kemeja, celana, jaket bekas impor start 20rb. Jl. Soekarno-Hatta, sebelah laundry"),
("f35", "post", "hn_report_local", 0, 1, 1, 1, "thrift shop di Malang makin menjamur, katanya barangnya dr bal impor. harganya miring. pasar konveksi lokal gimana nasibnya"),
("f35", "comment", "hn_buyer_question", 0, 1, 1, 1, "thrift shop baru sebelah laundry soekarno-hatta udh ada yg kesana? bajunya impor bekas kan?"),

("f36", "listing", "offer_listing_plain", 1, 1, 1, 1, "Jual tas wanita second ex Jepang, bahan kulit, 95rb. Kondisi 85%. COD Surabaya area Kapas Krampung"),
("f36", "comment", "offer_reply_quiet", 1, 1, 1, 1, "tas kulit jepangnya ready 2 kak, 95rb. hari ini bisa ketemu di kapas krampung sore"),
("f36", "comment", "hn_buyer_question_price", 0, 1, 1, 1, "tas kulit second jepang masih ada kak? boleh minta foto bagian dalam?"),
("f36", "post", "hn_complaint_handle", 0, 1, 1, 1, "kapok cod tas second ex jepang 95rb di kapas krampung, penjualnya @tasjepang.sby ngasih barang beda sama foto"),

("f37", "message", "offer_wa_group_seller", 1, 1, 1, 1, "Besok subuh koli celana jeans ex Korea dibuka di lapak, 30rb semua, siapa cepat dia dapat ya bun"),
("f37", "message", "hn_group_chat_buyer", 0, 1, 1, 1, "bun besok subuh jadi ke pasar yg buka koli jeans korea? aku nebeng ya"),
("f37", "message", "offer_wa_group_seller", 1, 1, 1, 1, "yg mau sy pisahin jeans korea bekas dr koli besok, sebut ukuran pinggangnya di sini. 30rb, bayar pas ambil"),

("f38", "profile", "offer_seller_bio", 1, 1, 1, 1, "Cakar Premium Parepare 🇯🇵🇰🇷 | bekas impor pilihan | kirim antar pulau | order lewat chat toko"),
("f38", "post", "hn_opinion", 0, 1, 1, 1, "cakar premium bekas impor harganya udh nyaingin baju baru di mall. di parepare skrg 1 kemeja bisa 100rb. gila"),
("f38", "comment", "hn_buyer_question", 0, 1, 1, 1, "di parepare ada cakar jepang korea yg bagus ga? bukan promosi ya, nanya beneran"),

("f39", "comment", "offer_reply_quiet", 1, 1, 1, 1, "sepatu new balance ex korea sz 38 ada kak, 150rb, soft box. japri ya"),
("f39", "comment", "hn_buyer_question_price", 0, 1, 1, 1, "ada new balance bekas korea sz 38 ga? max 150rb, soalnya anak sekolah"),
("f39", "post", "hn_buyer_haul_price", 0, 1, 1, 1, "new balance bekas ex korea sz 38 akhirnya kebeli, anak seneng bgt. yg penting bukan KW"),

("f40", "live", "offer_live_host", 1, 1, 1, 1, "balpres dari Port Klang baru sampe, kita buka live ya! kaos polo 25rb, ketik nomor buat order"),
("f40", "post", "hn_joke", 0, 1, 1, 1, "bapak2 komplek ikutan nonton live bongkar balpres polo, terus nanya ke aku 'itu orang jualan di kapal ya?' 😂"),
("f40", "comment", "hn_viewer_live", 0, 1, 1, 1, "live balpres polo td rame bgt, ribuan penonton. kok bisa ya barang dr port klang lolos gitu"),

("f41", "post", "offer_jastip", 1, 1, 1, 1, "Lagi di Pasar Tanjung Pinang nih, ada baju Batam bekas murah2. Yang mau order titip komen ukuran + warna, fee 10rb"),
("f41", "post", "hn_buyer_trip", 0, 1, 1, 1, "lagi di tanjung pinang, baju batam bekas murah bgt ternyata. beli 2 buat aku sendiri aja, koper udah penuh"),
("f41", "comment", "hn_nostalgia", 0, 1, 1, 1, "baju batam itu legend, dulu om ku tiap pulang kampung bawain baju batam bekas 1 kresek buat ponakan2"),

("f42", "listing", "offer_listing_quiet", 1, 1, 1, 1, "Jaket kulit ex Italia (bekas), size L, 275rb. Foto asli, DM utk nego. Kios Lantai 1 Pasar Kodim Pekanbaru"),
("f42", "review", "hn_buyer_review_no_seller", 0, 1, 1, 1, "jaket kulit bekas ex italia, kulitnya lembut, cuma baunya kuat. sudah 3x dijemur masih ada"),
("f42", "comment", "hn_buyer_question_price", 0, 1, 1, 1, "kak jaket kulit bekas italia 275rb di pasar kodim itu beneran italia? atau cuma label"),

("f43", "message", "offer_wa_reply", 1, 1, 1, 1, "Kak, sisa koli kemarin tinggal 18 kemeja ex US, sy lepas 20rb/pc kalau ambil semua"),
("f43", "message", "hn_trader_story", 0, 1, 1, 1, "koli kemeja ex US bulan lalu sisa 18, dilepas 20rb pun gak ada yg nawar, akhirnya kukasih tetangga semua. rugi"),
("f43", "listing", "offer_listing_plain", 1, 1, 1, 1, "Jual kemeja ex US bekas sisa koli, 18 pcs, borong 360rb. Ambil di Pasar Cimol Gedebage"),

("f44", "post", "offer_plain_caption", 1, 1, 1, 1, "✨restock✨ kaos oversize import korea bekas 35rb all size, yang minat langsung ke toko atau DM ya kak, Jl. Kaliurang km 5"),
("f44", "post", "hn_buyer_outfit_price", 0, 1, 1, 1, "kaos oversize bekas import korea, dipake ngampus ga ada yg nyangka second 😎"),
("f44", "comment", "hn_buyer_question", 0, 1, 1, 1, "thrift shop di kaliurang itu yg jual kaos korea bekas? buka sampe jam brp"),

("f45", "comment", "offer_reply_quiet", 1, 1, 1, 1, "bisa nego dikit kak, rok plisket ex jepang 2nd jadi 40rb ya"),
("f45", "comment", "hn_buyer_question_price", 0, 1, 1, 1, "rok plisket 2nd ex jepang 45rb bisa nego ga kak? 40rb deh"),
("f45", "listing", "offer_listing_quiet", 1, 1, 1, 1, "Rok plisket 2nd ex Jepang, pinggang karet, 45rb. Warna mocca & hitam, panjang 80cm"),
]
