# Batch 5, families F090-F112
ROWS = [
("F090","listing","offer_loud_bal_sepatu",1,1,1,1,"Bal sepatu bekas impor Korea, isi 60 pasang, sneakers & boots campur, 4jt. Gudang Tanjung Uncang Batam"),
("F090","listing","hn_twin_bal_ban",1,1,0,1,"Bal ban dalam bekas impor Korea, isi 60 pcs, motor & sepeda campur, 400rb. Gudang Tanjung Uncang Batam"),
("F090","listing","hn_twin_sepatu_reject",1,0,1,0,"Bal sepatu reject pabrik Tangerang, isi 60 pasang, sneakers & boots campur, 4jt, belum pernah dipakai"),

("F091","post","offer_quiet_kebon_kalapa_story",1,1,1,1,"Sore ini lapak Kebon Kalapa buka lagi, kemeja batik loak mulai 12rb, cus langsung ke TKP 🏃"),
("F091","post","hn_twin_batik_pekalongan",1,0,1,0,"Sore ini lapak Pasar Grosir Setono buka lagi, kemeja batik Pekalongan baru mulai 12rb, cus langsung ke TKP 🏃"),

("F092","comment","offer_loud_cakar_palu",1,1,1,1,"Cakar Palu ada di kami kak, celana jeans bekas impor 30rb, kirim ke Donggala juga bisa"),
("F092","comment","hn_twin_cakar_palu_kayu",1,1,0,1,"Cakar kayu bekas Palu ada di kami kak, palet impor 30rb, kirim ke Donggala juga bisa"),

("F093","message","offer_quiet_sortir_singapore",1,1,1,1,"Dik, kemeja pernah pakai kiriman Singapore udah dipilah, 50 pcs 750rb, besok kakak antar ke kos"),
("F093","message","hn_twin_kemeja_pensiun",1,1,1,0,"Dik, kemeja pernah pakai punya om di Palembang udah dipilah, 50 pcs 750rb, besok kakak antar ke kos"),
("F093","message","hn_twin_kemeja_ask_buy",0,1,1,1,"Kak, kemeja pernah pakai kiriman Singapore yg udah dipilah itu beli dimana? aku mau 50 pcs buat usaha"),

("F094","live","live_loud_thrift_korea_sale",1,1,1,1,"Flash sale thrift Korea 10 menit! semua blazer bekas 39rb, komen 'BLZ' + nomor"),
("F094","live","hn_twin_blazer_made",1,0,1,0,"Flash sale 10 menit! semua blazer baru jahitan sendiri gaya Korea 39rb, komen 'BLZ' + nomor"),

("F095","review","review_quiet_koli_reseller",1,1,1,1,"Ambil 1 koli campur dari Koh Aseng, isinya kaos & kemeja bekas layak semua, untung lumayan pas dijual ulang"),
("F095","review","hn_twin_koli_onderdil",1,1,0,1,"Ambil 1 koli onderdil bekas campur dari Koh Aseng, isinya layak semua, untung lumayan pas dijual ulang"),

("F096","article","hn_news_border_patrol",0,1,1,1,"Satgas perbatasan gagalkan penyelundupan 60 karung pakaian bekas dari Tawau ke Nunukan"),
("F096","post","offer_loud_karung_tawau",1,1,1,1,"60 karung pakaian bekas impor dari Tawau baru masuk Nunukan, borong atau eceran silakan japri"),
("F096","article","hn_twin_news_karung_beras",0,0,0,1,"Satgas perbatasan gagalkan penyelundupan 60 karung beras dari Tawau ke Nunukan"),

("F097","profile","bio_loud_bundle",1,1,1,1,"Bundle impor since 2014 | Cimol Gedebage blok C | jaket, kemeja, celana bekas impor | WA 0812xxxx"),
("F097","profile","hn_twin_bio_collector",0,1,1,1,"Kolektor bundle impor since 2014 | koleksi jaket & kemeja bekas dari Cimol | ga terima jual beli"),

("F098","listing","offer_quiet_ex_jerman",1,1,1,1,"Sweater rajut pernah dipakai ex Jerman, tebal & hangat, 80rb. Cocok buat ke Dieng. Wonosobo"),
("F098","listing","hn_twin_sweater_hand_knit",1,0,1,0,"Sweater rajut buatan tangan ibu-ibu Wonosobo, tebal & hangat, 80rb. Cocok buat ke Dieng"),

("F099","comment","offer_loud_thrift_reply2",1,1,1,1,"Thrift impor kami ada yg size jumbo kak, kemeja bekas 4XL 45rb, klik link di bio"),
("F099","comment","hn_twin_thrift_jumbo_complaint",0,1,1,1,"Thrift impor size jumbo yg kemarin kubeli dr akun sebelah bau apek & bolong, 45rb melayang kak"),

("F100","message","offer_quiet_ex_vietnam",1,1,1,1,"Mbak, jaket ex Vietnam yg pernah pakai ada 15, bulu angsa, 150rb/pcs, mau di-keep berapa?"),
("F100","message","hn_twin_jaket_vietnam_new",1,0,1,1,"Mbak, jaket Vietnam baru dari pabrik sana ada 15, bulu angsa, 150rb/pcs, mau di-keep berapa?"),
("F100","message","hn_twin_vietnam_coffee",1,0,0,1,"Mbak, kopi Vietnam ada 15 bal, 150rb/kg, mau di-keep berapa?"),
("F100","message","hn_twin_jaket_giveaway",0,1,1,1,"Mbak, jaket ex Vietnam yg pernah kupake ada 15, mau kubagiin gratis ke temen2 pendaki, mau 1?"),

("F101","listing","offer_loud_monza_pku",1,1,1,1,"Monza Pekanbaru buka, baju bekas impor 10rb/3 pcs, Jl. Kaharuddin (lapak Bu Ros)"),
("F101","listing","hn_twin_pku_donasi",0,1,1,0,"Posko Pekanbaru terima donasi baju bekas layak pakai buat korban banjir, Jl. Kaharuddin (rumah Bu Ros)"),

("F102","post","offer_quiet_tas_eropa",1,1,1,1,"Tas kulit pre-owned sortiran Eropa 🧳 150-300rb, DM untuk video detail"),
("F102","post","hn_twin_tas_handmade",1,0,1,0,"Tas kulit handmade pengrajin Garut 🧳 150-300rb, DM untuk video detail"),

("F103","live","live_loud_bal_opening",1,1,1,1,"Buka bal impor bekas baru sampai dari Belawan! liat isinya bareng2, yg naksir langsung ketik"),
("F103","live","hn_twin_live_bal_reaksi",0,1,1,1,"Reaksi buka bal impor bekas dari Belawan, cuma konten ya gaes, barangnya udah dimusnahin petugas"),

("F104","review","review_quiet_sack_jp",1,1,1,1,"Udah 3x order sekarung kaos ex Jepang di shop Ibu Lina, bekasnya halus, rekomen buat jual ulang"),
("F104","review","hn_twin_sack_jp_tea",1,0,0,1,"Udah 3x order sekarung teh hijau Jepang di shop Ibu Lina, wangi, rekomen buat jual ulang"),

("F105","comment","offer_loud_bekas_impor_pdg",1,1,1,1,"Pakaian bekas impor di Padang, lapak kami Pasar Raya lt dasar, harga mulai 10rb uda"),
("F105","comment","hn_twin_bekas_local_padang",1,1,1,0,"Pakaian bekas dari lemari warga Padang, bukan impor, lapak kami Pasar Raya lt dasar, mulai 10rb uda"),

("F106","listing","offer_quiet_grade_koli_jeans",1,1,1,1,"Jeans wanita grade A per koli 50 pcs, sudah dicuci, 2,4jt. Ekspedisi dr Tanjungpinang"),
("F106","listing","hn_twin_koli_denim_roll",1,0,0,1,"Kain denim wanita per koli 50 meter, 2,4jt. Ekspedisi dr Tanjungpinang"),
("F106","listing","hn_twin_jeans_new_koli",1,0,1,1,"Jeans wanita impor baru per koli 50 pcs, lengkap tag, 2,4jt. Ekspedisi dr Tanjungpinang"),

("F107","message","offer_loud_bc_thrift",1,1,1,1,"[BC] Thrift impor masuk Selasa, kemeja 20rb kaos 10rb, balas STOK buat katalog"),
("F107","message","hn_twin_bc_warning",0,1,1,1,"[BC] Info RT: jual beli thrift impor dilarang, kemeja 20rb kaos 10rb tetep ilegal, hati-hati"),

("F108","post","offer_quiet_rb_kupang",1,1,1,1,"RB Kupang new stock, jaket bekas luar 25rb, datang ke lapak depan Kuanino"),
("F108","post","hn_twin_rb_new",1,0,1,0,"Toko Kupang new stock, jaket baru lokal 25rb, datang ke lapak depan Kuanino"),

("F109","live","live_quiet_dumai_live",1,1,1,1,"Ini kiriman Dumai kemarin ya, kemeja kotak2 pernah pakai, 20rb, yg mau ketik D3"),
("F109","live","hn_twin_dumai_sawit",1,0,0,1,"Ini kiriman Dumai kemarin ya, bibit sawit, 20rb per batang, yg mau ketik D3"),

("F110","listing","offer_loud_thrift_bekas_tas",1,1,1,1,"Thrift tas bekas impor Korea, Charles & Keith, Pedro, mulai 90rb. COD Makassar"),
("F110","listing","hn_twin_tas_original_new",1,0,1,1,"Tas impor Korea original baru, Charles & Keith, Pedro, mulai 90rb, garansi. COD Makassar"),

("F111","comment","offer_quiet_reply_pajak",1,1,1,1,"Kami buka di Pajak Melati tiap hari kak, kemeja second mulai 15rb, lapak Nomor 22"),
("F111","comment","hn_twin_pajak_local_new",1,0,1,0,"Kami buka di Pasar Petisah tiap hari kak, kemeja baru buatan Medan mulai 15rb, lapak Nomor 22"),

("F112","post","offer_loud_awul_jogja",1,1,1,1,"Awul-awul Jogja edisi Malioboro malam ini, baju bekas impor 10k, jangan sampe kehabisan"),
("F112","post","hn_twin_awul_meme",0,1,1,1,"Pengunjung awul-awul Jogja: niatnya liat baju bekas impor 10k, pulangnya nyesel ga bawa karung 😂"),
("F112","post","hn_twin_malioboro_batik",1,0,1,0,"Bazar Malioboro malam ini, batik baru 10k, jangan sampe kehabisan"),
]
