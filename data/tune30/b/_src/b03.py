# Batch 3, families F045-F066
ROWS = [
("F045","listing","offer_loud_bal_grade",1,1,1,1,"Bal thrift grade A Jepang isi sweater wanita, 1 bal ±90 pcs, 5,2jt. Gudang Cikarang, bisa survei dulu"),
("F045","listing","hn_twin_bal_domestic_sort",1,1,1,0,"Bal sweater bekas hasil donasi warga Bekasi, bukan impor, 1 bal ±90 pcs, 5,2jt buat reseller. Gudang Cikarang, bisa survei"),
("F045","listing","hn_twin_bal_paper",1,1,0,1,"Bal kertas HVS bekas Jepang grade A, 1 bal ±90 kg, 5,2jt per ton. Gudang Cikarang, bisa survei dulu"),
("F045","comment","hn_twin_bal_asking",0,1,1,1,"Ada yg pernah beli bal thrift grade A Jepang isi sweater dari gudang Cikarang? isinya bener ±90 pcs ga?"),

("F046","post","offer_quiet_dumai",1,1,1,1,"Barang seken Dumai baru datang subuh tadi, kemeja & celana pendek 15rb, lapak dekat terminal 🙌"),
("F046","post","hn_twin_dumai_fish",1,0,0,1,"Ikan kering kiriman Dumai baru datang subuh tadi, teri & jambal 15rb/ons, lapak dekat terminal 🙌"),

("F047","comment","offer_quiet_ex_us",1,1,1,1,"Sy jual kemeja flanel ex US, udah dipakai org tp tebel, 55rb, japri ya"),
("F047","comment","hn_twin_swap",0,1,1,1,"Sy punya kemeja flanel ex US udah dipakai org tp tebel, mau tuker sama jaket aja, ga dijual, japri ya"),

("F048","message","offer_loud_impor_bekas_wa",1,1,1,1,"Assalamualaikum bu, pakaian bekas impor dari Thailand ready, daster & gamis 10rb/pcs min 50 pcs"),
("F048","message","hn_twin_gamis_konveksi",1,0,1,0,"Assalamualaikum bu, daster & gamis produksi konveksi Pekalongan ready, 10rb/pcs min 50 pcs, baru semua"),

("F049","live","live_quiet_sortiran",1,1,1,1,"Sortiran Jepang part 3! jaket parka pernah pakai 45rb, ketik P + nomor jaket buat keep"),
("F049","live","hn_twin_parka_restock",1,0,1,1,"Import Jepang part 3! jaket parka restock full size run 45rb, ketik P + nomor jaket buat keep"),

("F050","profile","bio_loud_cakar_mks",1,1,1,1,"Cakar Premium Makassar | baju bekas impor pilihan | Jl. Kakatua no.12 | WA 0812xxxx"),
("F050","profile","hn_twin_bio_cakar_buyer",0,1,1,1,"Pecinta cakar Makassar | koleksi baju bekas impor pilihan pribadi | ga jual, cuma pamer 😄"),

("F051","listing","offer_quiet_koli_denim",1,1,1,1,"Denim jacket pakaian lama, per koli 25 pcs, ready Entikong, kirim ke Pontianak kota"),
("F051","listing","hn_twin_koli_snacks",1,0,0,1,"Biskuit Malaysia per koli 25 dus, ready Entikong, kirim ke Pontianak kota"),

("F052","review","review_quiet_kiriman_australia",1,1,1,1,"Kemeja Hawaii seken dari lapak Bli Komang, katanya kiriman Australia, adem dipake. Worth it"),
("F052","review","hn_twin_review_hawaii_new",1,0,1,1,"Kemeja Hawaii baru dari lapak Bli Komang, katanya impor Australia, adem dipake. Worth it"),

("F053","post","offer_loud_thrifting_event",1,1,1,1,"Thrifting day di Lapangan Merdeka Binjai! 30 lapak baju bekas impor, tiket masuk gratis, yuk 🛒"),
("F053","post","hn_twin_event_cancel",0,1,1,1,"Thrifting day di Lapangan Merdeka Binjai dibatalkan, lapak baju bekas impor dilarang sama pemda 🛒"),
("F053","post","hn_twin_event_local_swap",0,1,1,0,"Swap day di Lapangan Merdeka Binjai! bawa baju bekas sendiri, tuker sama punya tetangga, gratis 🛒"),

("F054","message","offer_quiet_tanjungbalai",1,1,1,1,"Bg, sweater preloved yg kemarin dari Tanjungbalai udah sy sortir, 30 pcs 600rb, kirim JNT ya"),
("F054","message","hn_twin_bawang",1,0,0,1,"Bg, bawang merah yg kemarin dari Tanjungbalai udah sy sortir, 30 kg 600rb, kirim JNT ya"),

("F055","listing","offer_loud_second_impor_kids",1,1,1,1,"Baju anak bekas impor Korea, umur 2-6 thn, 3 pcs 25rb. Ambil di Pasar Gembong Surabaya"),
("F055","listing","hn_twin_kids_own",1,1,1,0,"Baju anak second bekas anak sendiri, umur 2-6 thn, 3 pcs 25rb. Ambil di rumah Rungkut Surabaya"),

("F056","comment","offer_quiet_reply_sack",1,1,1,1,"Masih kak, yg sekarung celana kulot pakaian luar tinggal satu, 1,5jt, lokasi Tanjung Balai Karimun"),
("F056","comment","hn_twin_reply_sold",0,1,1,1,"Udah ga jual kak, yg sekarung celana kulot pakaian luar kemarin disita petugas di Tanjung Balai Karimun"),

("F057","post","offer_open_baju_batam",1,1,1,1,"Baju Batam ready stock lagi di Pekanbaru 💥 kemeja branded bekas 35rb, story buat detailnya"),
("F057","post","hn_twin_batam_new",1,0,1,1,"Baju Batam ready stock lagi di Pekanbaru 💥 kemeja branded baru label masih nempel, masuk lewat jalur resmi, 35rb"),

("F058","listing","offer_quiet_ex_eropa_coat",1,1,1,1,"Coat wol wanita ex Eropa, bekas musim dingin, panjang 110 cm, 175rb. Bandung, bisa kirim"),
("F058","listing","hn_twin_coat_fabric",1,0,0,1,"Kain wol impor Eropa per meter, lebar 150 cm, 175rb/m. Bandung, bisa kirim"),

("F059","message","offer_loud_bal_promo",1,1,1,1,"Bos, bal bekas impor isi kaos anak lagi promo 2,9jt, kmrn ada yg ambil 5 bal. Mau dicadangin?"),
("F059","message","hn_twin_bal_help",0,1,1,1,"Bos, kemarin sy ambil 5 bal bekas impor isi kaos anak 2,9jt, gimana cara sortirnya biar ga rugi?"),

("F060","live","live_loud_thrift_pick",1,1,1,1,"Sesi thrift impor dibuka! semua jaket 50rb, mau yg mana kak? sebut warna & nomor gantungan"),
("F060","live","hn_twin_live_new_jacket",1,0,1,0,"Sesi jaket lokal dibuka! semua jaket baru produksi sendiri 50rb, mau yg mana kak? sebut warna & nomor"),

("F061","review","review_quiet_grade_b",1,1,1,1,"Pesen grade B campur, dapet 40 kaos, 5 bolong, sisanya oke. Seller fast respon, makasih kak Dewi"),
("F061","review","hn_twin_grade_b_rags",1,1,0,1,"Pesen majun grade B campur, dapet 40 kg, 5 kg basah, sisanya oke buat lap. Seller fast respon"),

("F062","post","offer_loud_thrift_shop_bali",1,1,1,1,"New drop di thrift shop kami Denpasar, vintage tee impor second 60-120rb, buka jam 4 sore ✌️"),
("F062","post","hn_twin_vintage_style_new",1,0,1,0,"New drop di store kami Denpasar, kaos desain vintage baru sablon sendiri 60-120rb, buka jam 4 sore ✌️"),
("F062","article","hn_twin_news_thrift_bali",0,1,1,1,"Thrift shop di Denpasar yang menjual vintage tee impor second mulai didatangi petugas Disperindag"),

("F063","listing","offer_quiet_rombeng",1,1,1,1,"Rombengan Jambi: kemeja, kaos, rok campur, 5rb-15rb. Buka pagi di Pasar Angso Duo"),
("F063","listing","hn_twin_rombeng_alat",1,1,0,1,"Rombengan Jambi: panci, setrika, kipas angin campur, 5rb-15rb. Buka pagi di Pasar Angso Duo"),

("F064","comment","offer_loud_monja_nias",1,1,1,1,"Monja kami di Gunungsitoli buka sampai malam kak, celana bekas luar 20rb, mampir aja"),
("F064","comment","hn_twin_monja_ask",0,1,1,1,"Monja di Gunungsitoli ada yg buka sampai malam ga kak? mau cari celana bekas luar 20rb-an"),

("F065","message","offer_quiet_kargo_manado",1,1,1,1,"Ci, jaket seken kiriman dari Davao sudah sampai Bitung, 40 pcs 1,2jt, mau sy antar ke Manado?"),
("F065","message","hn_twin_davao_bananas",1,0,0,1,"Ci, pisang kiriman dari Davao sudah sampai Bitung, 40 sisir 1,2jt, mau sy antar ke Manado?"),

("F066","post","offer_quiet_preloved_karung",1,1,1,1,"Preloved dari karungan Batam, dress-dress lucu 30rb-an 🎀 klik link di bio buat order"),
("F066","post","hn_twin_preloved_no_link",0,1,1,1,"Preloved dari karungan Batam, dress-dress lucu 30rb-an 🎀 dipake sendiri buat foto OOTD doang"),
]
