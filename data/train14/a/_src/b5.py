# batch 5: families f61-f75
R = [
("f61", "listing", "offer_listing_quiet", 1, 1, 1, 1, "Jual sweater rajut ex Korea bekas, 8 warna, 30rb/pcs, 3 pcs 80rb. Ruko Pasar Atom lt dasar"),
("f61", "comment", "offer_reply_quiet", 1, 1, 1, 1, "masih lengkap kak 8 warnanya, sweater rajut korea second. 3 ambil 80rb aja"),
("f61", "comment", "hn_buyer_question_price", 0, 1, 1, 1, "sweater rajut korea bekas bisa pilih warna ga kak? pengen yg cream"),
("f61", "listing", "hn_new_thrift_style", 1, 0, 1, 0, "Sweater rajut motif vintage ala Korea, BARU, produksi konveksi Bandung, 80rb. Bukan thrift ya kak"),

("f62", "message", "offer_wa_group_seller", 1, 1, 1, 1, "Ibu2 besok saya buka karung kemeja kerja ex Jepang, 15rb ambil di rumah, yg mau japri aja"),
("f62", "message", "offer_wa_group_seller", 1, 1, 1, 1, "lanjut bu, karung kemeja jepang td masih sisa 20an, sy turunin jd 12rb sampe magrib, order japri"),
("f62", "message", "hn_group_chat_buyer", 0, 1, 1, 1, "bu ada yg ikut beli kemeja jepang bekas 15rb dr karung td? suamiku muat ga ya ukuran jepang"),

("f63", "post", "offer_creator_points_stall", 1, 1, 1, 1, "haul thrift ex Korea minggu ini 🛍️ semua dari @thriftdimasa, cek highlight aku buat harganya"),
("f63", "post", "hn_buyer_haul_price", 0, 1, 1, 1, "haul thrift ex korea minggu ini 🛍️ 5 pcs habis 200rb, paling suka cardigan pink 45rb"),
("f63", "post", "hn_donation_no_offer_no_abroad", 0, 1, 1, 0, "haul lemari sendiri minggu ini: 5 baju bekas aku kumpulin buat didonasikan ke panti. bukan dijual ya"),

("f64", "live", "offer_live_host", 1, 1, 1, 1, "ini gamis bekas ex Malaysia, kainnya adem, 50rb bund. mau yg mana, sebut warnanya"),
("f64", "live", "offer_live_host", 1, 1, 1, 1, "sisa 4 gamis Malaysia second ya bund, yg tadi keep tolong di-CO, yg belum buruan sebelum live tutup"),
("f64", "comment", "hn_viewer_live", 0, 1, 1, 1, "kemarin nonton live gamis bekas malaysia, host nya sabar bgt jawabin pertanyaan ibu2"),

("f65", "listing", "offer_listing_plain", 1, 1, 1, 1, "Jual rompi & jaket kerja bekas import Jerman (workwear), 55rb, total 30 pcs. Gedung Pasar Klewer lt 2"),
("f65", "post", "hn_buyer_haul_price", 0, 1, 1, 1, "jaket workwear bekas import jerman, tebel banget, buat kerja di bengkel pas"),
("f65", "listing", "hn_industrial_rag_no_clothing", 1, 1, 0, 0, "Jual majun kain perca bekas untuk lap mesin bengkel, 8rb/kg, kiriman dari Solo"),

("f66", "comment", "offer_reply_quiet", 1, 1, 1, 1, "cardigan ex jepang yg motif bunga ada 2 kak, 40rb. tinggal kirim alamat"),
("f66", "comment", "offer_reply_quiet", 1, 1, 1, 1, "buat kakak yg nanya tadi, cardigan jepang second size M juga ada, 40rb sama"),
("f66", "comment", "hn_buyer_question_price", 0, 1, 1, 1, "cardigan jepang bekas 40rb yg motif bunga udah ada yg ambil? aku mau kalo masih"),

("f67", "message", "offer_wa_broadcast", 1, 1, 1, 1, "📢 Toko Bundle Sinar buka Sabtu-Minggu, terima order online juga, jaket bomber ex US bekas 70rb, lokasi Jl. Cihampelas no 9 (gang)"),
("f67", "post", "hn_report_news", 0, 1, 1, 1, "Penjual di Cihampelas mengaku jaket bomber bekas eks AS masih laris meski larangan impor pakaian bekas berlaku."),
("f67", "message", "hn_buyer_question", 0, 1, 1, 1, "ada yg pernah ke toko bundle Sinar di cihampelas? bomber bekas US nya ori ga"),

("f68", "post", "offer_plain_caption", 1, 1, 1, 1, "Sepatu bola bekas import Jepang ready! mulai 100rb, cocok buat futsal. Mampir Pasar Jatinegara kios 45"),
("f68", "comment", "hn_buyer_question_price", 0, 1, 1, 1, "sepatu bola bekas jepang 100rb di jatinegara kios 45 ada size 43? bos"),
("f68", "listing", "hn_offer_used_local_source", 1, 1, 1, 0, "Sepatu bola bekas saya sendiri, beli di toko olahraga Jatinegara, sz 43, 100rb. Dipake 5x"),

("f69", "live", "offer_live_host", 1, 1, 1, 1, "lanjut koli kedua ya, ini jaket windbreaker ex Korea 45rb, ketik keep, no 1 sampai 20"),
("f69", "comment", "hn_viewer_live", 0, 1, 1, 1, "koli kedua td isinya windbreaker korea bekas, aku cuma kebagian nonton, kuota abis 🥲"),

("f70", "listing", "offer_listing_quiet", 1, 1, 1, 1, "Tas ransel gunung bekas ex Jepang, Deuter/Lowe, 150-220rb. COD Pondok Cina Depok sore aja, DM"),
("f70", "comment", "offer_reply_quiet", 1, 1, 1, 1, "deuter ex jepang ukuran 30L ada kak, 180rb, bisa ketemuan stasiun Pondok Cina"),
("f70", "post", "hn_buyer_haul_price", 0, 1, 1, 1, "nemu carrier deuter bekas ex jepang, naik merbabu aman jaya. second ga masalah yg penting awet"),

("f71", "comment", "offer_reply_quiet", 1, 1, 1, 1, "sudah restok kak, kaos olahraga ex Australia bekas 20rb, ada 50an"),
("f71", "comment", "hn_buyer_question_price", 0, 1, 1, 1, "kaos olahraga bekas australia 20rb buat seragam futsal bisa borong 15 ga?"),
("f71", "post", "hn_factory_reject_new", 0, 0, 1, 0, "kaos olahraga reject pabrik Tangerang 20rb, baru, cuma jahitan dikit miring. dapet dr pasar pagi, rekom buat seragam"),

("f72", "message", "offer_wa_reply", 1, 1, 1, 1, "siap bos, order dicatat. bal kemeja ex Thailand 1 bal 4jt, saya kirimkan dari Belawan hari Rabu"),
("f72", "message", "hn_buyer_question_price", 0, 1, 1, 1, "bos bal kemeja thailand 4jt itu pasti kirim dr belawan? atau dr medan kota"),
("f72", "post", "hn_trader_story", 0, 1, 1, 1, "Tiap bal kemeja Thailand yang datang lewat Belawan dulu 4jt, sekarang 5jt. Sewa lapak juga naik, untung makin tipis."),

("f73", "post", "offer_creator_points_stall", 1, 1, 1, 1, "ini spot thrift favorit aku di Medan: Pajak Simpang Limun lapak 'Kak Ros', jaket korea bekas 30rb 😍 bilang dr akun ini"),
("f73", "post", "hn_buyer_haul_price", 0, 1, 1, 1, "thrifting di pajak simpang limun, dapet jaket bekas korea. capek ngubek tp worth"),
("f73", "comment", "hn_complaint_handle", 0, 1, 1, 1, "lapak 'Kak Ros' di simpang limun mah jaket korea bekasnya dibilang 30rb pas nyampe jadi 60rb. males"),

("f74", "listing", "offer_listing_plain", 1, 1, 1, 1, "JUAL sepatu kulit pria bekas import Italia, sz 42, 200rb. Kondisi 90%. Lokasi Semarang, Pasar Johar"),
("f74", "comment", "hn_buyer_question_price", 0, 1, 1, 1, "sepatu kulit bekas italia di johar itu bisa dicoba dulu ga? kaki ku lebar"),
("f74", "listing", "hn_offer_new_goods", 1, 0, 1, 1, "Sepatu kulit pria import Italia BNWT, masih segel box, sz 42, 1,2jt. Semarang"),

("f75", "post", "offer_reseller_recruit", 1, 1, 1, 1, "Dicari reseller baju balpres Jepang area Jatim, harga grosir 15rb, pengiriman dr Surabaya. minat komen 'MAU' atau DM"),
("f75", "comment", "hn_buyer_question", 0, 1, 1, 1, "yg cari reseller balpres jepang 15rb ini aman ga sih? takut barangnya disita di jalan"),
("f75", "post", "hn_meme", 0, 1, 1, 1, "komen 'MAU' di postingan reseller balpres jepang / 5 menit kemudian masuk 40 grup WA tanpa izin 🙃"),
]
