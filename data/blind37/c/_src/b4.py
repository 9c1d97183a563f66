ROWS = [
("F054","listing","twin_offer_quiet",1,1,1,1,"Coat wol panjang ex UK, lapisan dalam ada sobek kecil, cocok buat winter trip, 110rb. Jakarta Timur"),
("F054","listing","hn_twin_local_source",1,1,1,0,"Coat wol panjang peninggalan tante, dulu dibeli di Sogo Plaza Senayan, lapisan sobek kecil, 110rb. Jakarta Timur"),

("F055","post","twin_offer_loud",1,1,1,1,"Ready thrift bal Jepang 🇯🇵 outer, cardigan, knit mulai 20rb. COD area Tangsel, sisanya via shopee 'lemari.tetangga'"),
("F055","post","hn_twin_new_goods_restock",1,0,1,0,"Restock outer, cardigan, knit rajut buatan penjahit Bogor mulai 90rb, baru semua. COD Tangsel, sisanya via shopee 'lemari.tetangga'"),
("F055","post","hn_twin_new_import",1,0,1,1,"Ready impor Jepang 🇯🇵 outer, cardigan, knit baru segel mulai 120rb. COD area Tangsel, sisanya via shopee 'lemari.tetangga'"),

("F056","message","twin_offer_quiet",1,1,1,1,"Bos, 5 koli celana pendek udah aku tahan, tinggal transfer DP. Barang turun di Tanjungpinang Kamis"),
("F056","message","hn_twin_not_clothing",1,1,0,1,"Bos, 5 koli aki bekas udah aku tahan, tinggal transfer DP. Barang turun di Tanjungpinang Kamis"),

("F057","comment","twin_offer_quiet",1,1,1,1,"ka celana kulot second ex Jepang aku 30rb aja, masih ada 2 warna, spill di highlight"),
("F057","comment","hn_twin_new_goods",1,0,1,1,"ka celana kulot impor Jepang baru aku 130rb aja, masih ada 2 warna, spill di highlight"),

("F058","live","twin_offer_loud",1,1,1,1,"Yuk yuk merapat, buka bal thrift Thailand, kemeja pantai 15rb, siapa mau komen 'gas'"),
("F058","live","hn_twin_not_clothing",1,1,0,1,"Yuk merapat, buka bal kaset & CD bekas Thailand, lagu2 lawas 15rb, siapa mau komen 'gas'"),

("F059","review","twin_offer_loud",1,1,1,1,"Toko bundle 'Laci Kayu' di Jl. Cihampelas jujur kualitasnya, bundle ex Jepang rapi, harga 30-80rb, owner ramah"),
("F059","review","hn_twin_new_goods",1,0,1,1,"Toko 'Laci Kayu' di Jl. Cihampelas jujur kualitasnya, kaos impor Jepang rapi, baru semua ada tag, harga 80-150rb, owner ramah"),
("F059","review","hn_twin_no_seller_named",0,1,1,1,"Toko bundle di sekitar Cihampelas mah kualitasnya untung-untungan ya, ada yg ex Jepang rapi ada yg apek, harga 30-80rb"),

("F060","article","hn_twin_news",0,1,1,1,"Menteri Perdagangan menegaskan jual beli baju bekas impor tetap dilarang meski pedagang bersedia bayar pajak"),
("F060","comment","twin_offer_loud",1,1,1,1,"biar dilarang menteri aku tetap jual baju bekas impor, bayar pajak juga mau. yg minat jaket 50rb dm"),

("F061","listing","twin_offer_quiet",1,1,1,1,"Sepatu bola Mizuno ex Jepang, pul masih ok, size 41, 95rb. Stok hasil bongkar koli minggu lalu"),
("F061","listing","hn_twin_not_clothing",1,1,0,1,"Stik golf Mizuno ex Jepang, grip masih ok, 1 set 950rb. Stok hasil bongkar koli minggu lalu"),

("F062","message","twin_offer_quiet",1,1,1,1,"Mbak, jilbab & pashmina ex Malaysia campur, 1 karung 300 lembar, 2,2jt. Kirim ke Madura bisa"),
("F062","message","hn_twin_new_goods",1,0,1,1,"Mbak, jilbab & pashmina impor Malaysia baru, 1 bal 300 lembar, 6,2jt. Kirim ke Madura bisa"),

("F063","post","twin_offer_quiet",1,1,1,1,"Lapak cap karung Pare-Pare buka lagi, kiriman dari pelabuhan pagi ini. Dress pesta 35rb, ambil sendiri ya di Jl. Bau Massepe"),
("F063","post","hn_twin_joke",0,1,1,1,"Katanya kalau ke Pare-Pare belum beli baju cap karung belum sah 😂 dress pesta 35rb, padahal aku cuma numpang lewat"),

("F064","profile","twin_offer_quiet",1,1,1,1,"Sneakers ex Korea & Jepang 👟 preloved curated, cuci bersih, 100% original | harga di katalog | Makassar"),
("F064","profile","hn_twin_new_goods",1,0,1,1,"Sneakers import Korea & Jepang 👟 brand new in box, 100% original | harga di katalog | Makassar"),

("F065","listing","twin_offer_loud",1,1,1,1,"Dijual bal pakaian bekas campuran ex Cina, press 100kg, harga 2,9jt, lokasi gudang Cilincing"),
("F065","listing","hn_twin_not_clothing_fabric",1,0,0,1,"Dijual kain katun rol ex Cina, 100 yard per rol, harga 2,9jt, lokasi gudang Cilincing"),
("F065","listing","hn_twin_majun",1,1,0,1,"Dijual majun kaos bekas campuran ex Cina, press 100kg, buat lap bengkel, 2,9jt, lokasi gudang Cilincing"),

("F066","comment","twin_offer_loud",1,1,1,1,"Cakar Toraja juga ada kak! kami buka karung tiap Rabu di Pasar Bolu, jaket gunung 40rb"),
("F066","comment","hn_twin_local_source",1,1,1,0,"Kami juga jual jaket gunung bekas kak, tiap Rabu di Pasar Bolu, 40rb, titipan anak2 mapala Toraja yg ganti gear"),

("F067","live","twin_offer_quiet",1,1,1,1,"Next tas ransel North Face ex Korea kondisi 80%, resleting lancar, ada noda dikit, 85rb, yang pertama komen dapet"),
("F067","live","hn_twin_new_goods",1,0,1,1,"Next tas ransel North Face import Korea, brand new, resleting lancar, 850rb, yang pertama komen dapet"),

("F068","message","hn_twin_buyer_question",0,1,1,1,"Pak, saya mau ambil bal kaos second ex Jepang buat jualan di Palu, bisa kirim lewat kapal? berapa ongkirnya?"),
("F068","message","twin_offer_loud",1,1,1,1,"Pak, kami ada bal kaos second ex Jepang, bisa kirim ke Palu lewat kapal, ongkir dihitung per bal ya"),

("F069","post","twin_offer_quiet",1,1,1,1,"Cardigan rajut second ex Korea tiap hari ada yg baru di rak kios kami, Pasar Tungging Sukabumi, 25-40rb. Sok dipilih"),
("F069","post","hn_twin_new_goods",1,0,1,0,"Cardigan rajut hasil rajutan ibu2 Binong tiap hari ada yg baru di rak kios kami, Sukabumi, 85-120rb. Baru semua"),
("F069","post","hn_twin_local_used",1,1,1,0,"Cardigan rajut bekas titipan warga tiap hari ada yg baru di rak kios kami, Sukabumi, 25-40rb. Konsinyasi lemari tetangga"),

("F070","article","hn_twin_news",0,1,1,1,"Di Kupang, pedagang rombengan di Pasar Kasih mengaku stok karung dari luar negeri makin jarang"),
("F070","post","twin_offer_loud",1,1,1,1,"Rombengan Pasar Kasih Kupang, karung luar negeri masih ada di lapak mama Yuli, kemeja 10rb, beli 5 bonus 1"),

("F071","listing","twin_offer_quiet",1,1,1,1,"Jaket kulit domba ex Turki bekas pakai, warna coklat tua, ukuran XL, bau kulit masih ada, 200rb. Nego di tempat Depok"),
("F071","listing","hn_twin_not_clothing",1,1,0,1,"Karpet kulit domba ex Turki bekas pakai, warna coklat tua, 2x3 meter, bau kulit masih ada, 200rb. Nego di tempat Depok"),

("F072","review","twin_offer_quiet",1,1,1,1,"Beli seragam kerja bekas ex Jepang 10 pcs di Pak Dedi (Tokped: seragamkita), jahitan kuat, logonya udah dicopot 👌"),
("F072","review","hn_twin_local_source",1,1,1,0,"Beli seragam kerja bekas 10 pcs di Pak Dedi (Tokped: seragamkita), dari pabrik di Cikarang yg ganti logo, jahitan kuat 👌"),
("F072","review","hn_twin_not_clothing",1,1,0,1,"Beli helm proyek ex Jepang 10 pcs di Pak Dedi (Tokped: seragamkita), tali kuat, logonya udah dicopot 👌"),

("F073","comment","twin_offer_quiet",1,1,1,1,"ada baju anak seken ex Singapore 10rb-an aku di Tanjung Uban, mau kirim ke Bintan mana kak?"),
("F073","comment","hn_twin_local_source",1,1,1,0,"ada baju anak bekas Hafiz 10rb-an kak, udah sempit semua, aku di Tanjung Uban, mau ambil ke rumah?"),
]
