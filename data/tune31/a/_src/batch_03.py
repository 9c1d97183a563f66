# Batch 3 - hand-written near-twin families.
R = [
 ("F045","listing","twin_offer_quiet",1,1,1,1,"Celana chino Uniqlo 2nd, ex Jepang, W32, warna khaki, 45rb, bisa COD Tebet"),
 ("F045","listing","hn_twin_own_wardrobe",1,1,1,0,"Celana chino Uniqlo 2nd, beli sendiri di Grand Indonesia, W32 udah ga muat, warna khaki, 45rb, COD Tebet"),

 ("F046","post","twin_offer_loud",1,1,1,1,"Baju bekas impor per kilo 35rb/kg 💥 campur kaos, kemeja, celana. Pengambilan di gudang Cibinong, reseller welcome"),
 ("F046","post","hn_twin_not_clothing",1,1,0,1,"Kertas HVS bekas impor per kilo 3,5rb/kg 💥 campur arsip kantor & koran. Pengambilan di gudang Cibinong, pengepul welcome"),
 ("F046","post","hn_twin_domestic_source",1,1,1,0,"Baju bekas per kilo 35rb/kg 💥 hasil sortir donasi warga Bogor, campur kaos, kemeja, celana. Ambil di gudang Cibinong"),

 ("F047","message","twin_offer_quiet",1,1,1,1,"Mbak, sepatu hak Zara yg dr Johor itu udah dipake tapi mulus, 39, 95rb, kalo jadi kirim ke Tanjung Uban besok"),
 ("F047","message","hn_twin_new_goods",1,0,1,1,"Mbak, sepatu hak Zara yg dr Johor itu baru, box lengkap, 39, 295rb, kalo jadi kirim ke Tanjung Uban besok"),

 ("F048","comment","twin_offer_quiet",1,1,1,1,"Kami ambil langsung dari Port Klang sis, jadi harga dress 2nd cuma 40-60rb, cek katalog di IG"),
 ("F048","comment","hn_twin_denial_import",1,1,1,0,"Kami ga ambil dari luar sis, dress 2nd di toko ini titipan ibu2 komplek, 40-60rb, cek katalog di IG"),

 ("F049","listing","hn_twin_not_clothing",1,1,0,1,"Motor trail bekas impor Jepang masuk via Belawan, surat lengkap, 17jt nego, Medan"),
 ("F049","listing","twin_offer_loud",1,1,1,1,"Jaket touring bekas impor Jepang masuk via Belawan, masih tebal, 170rb nego, Medan"),

 ("F050","profile","twin_offer_loud",1,1,1,1,"thrift shop jkt 🧥 outer • knit • denim | second import pilihan | open tiap Sabtu jam 7 mlm | no hold no drama"),
 ("F050","profile","hn_twin_new_thrift_style",1,0,1,1,"vintage-look shop jkt 🧥 outer • knit • denim | new import Korea, semua baru | open tiap Sabtu jam 7 mlm | no hold"),

 ("F051","post","hn_twin_own_wardrobe",1,1,1,0,"Beberes lemari sebelum pindahan 📦 jaket, kemeja kerja, sepatu kantor, semua bekas aku sendiri, 20-80rb, Bintaro"),
 ("F051","post","twin_offer_quiet",1,1,1,1,"Beberes gudang sebelum pindahan 📦 jaket, kemeja kerja, sepatu kantor ex Korea, bekas semua, 20-80rb, Bintaro"),

 ("F052","live","twin_offer_loud",1,1,1,1,"Balpres ladies top grade S baru buka kak, ada Mango, H&M, 35rb semua, ketik kode + ukuran ya"),
 ("F052","live","hn_twin_new_goods",1,0,1,1,"Bal ladies top impor baru buka kak, stok pabrik Mango & H&M, masih label, 35rb semua, ketik kode + ukuran ya"),

 ("F053","article","hn_twin_news",0,1,1,1,"Polisi menangkap sopir truk yang membawa 120 karung pakaian bekas dari Dumai menuju Pekanbaru tanpa dokumen."),
 ("F053","message","twin_offer_loud",1,1,1,1,"Truk dr Dumai otw Pekanbaru bawa 120 bal pakaian seken, yg mau ambil per bal kabari sebelum jam 5 sore"),
 ("F053","message","hn_twin_not_clothing",1,1,0,1,"Truk dr Dumai otw Pekanbaru bawa 120 karung ban bekas, yg mau ambil per karung kabari sebelum jam 5 sore"),

 ("F054","review","hn_twin_review_no_seller",0,1,1,1,"Pertama kali nyoba beli karungan ex Korea, dari 100 potong yg layak cuma 60an, sisanya buat lap 😅"),
 ("F054","review","hn_twin_review_domestic",0,1,1,0,"Pertama kali nyoba beli baju bekas sekarung dari donasi kantor, dari 100 potong yg layak 60an, sisanya buat lap 😅"),

 ("F055","listing","twin_offer_quiet",1,1,1,1,"Kain batik tulis? bukan, ini sarung Thailand second, 3 lembar 50rb, Tanjungpinang ambil di rumah"),
 ("F055","listing","hn_twin_fabric_roll",1,1,0,1,"Kain batik? bukan, ini kain meteran sisa impor Thailand, 3 roll 500rb, Tanjungpinang ambil di rumah"),

 ("F056","post","twin_offer_loud",1,1,1,1,"Monja Medan lagi ada kemeja flanel sama jaket parasut 🔥 mulai 15rb, lapak Simpang Limun, buka jam 4 sore"),
 ("F056","post","hn_twin_upcycle",1,1,1,0,"Kemeja flanel sama jaket parasut bekas jahitan ulang anak SMK tata busana 🔥 mulai 15rb, lapak Simpang Limun, jam 4 sore"),

 ("F057","comment","hn_twin_buyer_question",0,1,1,1,"ada yg jual tas branded ex Hongkong preloved tp masih bagus ga? budget 300rb, domisili Semarang"),
 ("F057","comment","twin_offer_quiet",1,1,1,1,"aku ada tas branded ex Hongkong preloved masih bagus, 300rb pas, Semarang bisa ketemu di Simpang Lima"),

 ("F058","message","twin_offer_quiet",1,1,1,1,"Pagi bu, kiriman dari Entikong sudah sampai, baju anak bekas sekarung 75 kg, mau diambil jam berapa?"),
 ("F058","message","hn_twin_new_goods",1,0,1,1,"Pagi bu, kiriman dari Entikong sudah sampai, baju anak baru buatan Kuching sekarung 75 kg, mau diambil jam berapa?"),

 ("F059","listing","hn_twin_not_clothing",1,1,0,1,"Gerbong KRL bekas eks Jepang, dijual sebagai besi tua per unit, nego di tempat, Cikarang"),
 ("F059","listing","twin_offer_loud",1,1,1,1,"Seragam kerja bekas eks Jepang, dijual per bal 50 potong, nego di tempat, Cikarang"),

 ("F060","post","twin_offer_quiet",1,1,1,1,"Dari Tawau nyampe Nunukan kemarin 🚤 kaos & celana second, 10-25rb, lapak Pasar Yamaker buka pagi"),
 ("F060","post","hn_twin_haul_no_seller",0,1,1,1,"Dari Tawau nyampe Nunukan kemarin 🚤 borong kaos & celana second buat aku sendiri, 10-25rb doang, seneng bgt"),

 ("F061","live","hn_twin_local_source",1,1,1,0,"Ok kak selanjutnya sepatu futsal bekas anak2 SSB kami, ukuran 38-42, 40rb sepasang, keranjang 6"),
 ("F061","live","twin_offer_quiet",1,1,1,1,"Ok kak selanjutnya sepatu futsal bekas kiriman Tawau, ukuran 38-42, 40rb sepasang, keranjang 6"),

 ("F062","listing","twin_offer_loud",1,1,1,1,"Bekas impor! Coat wol panjang ex UK, lining mulus, 1 dari 3 yg tersisa, 250rb, kota Malang"),
 ("F062","listing","hn_twin_new_goods",1,0,1,1,"Impor! Coat wol panjang ex UK, baru dengan tag, 1 dari 3 yg tersisa, 950rb, kota Malang"),
 ("F062","listing","hn_twin_swap",0,1,1,1,"Tukar aja yuk! Coat wol panjang bekas impor ex UK, lining mulus, ditukar sama jaket kulit ukuran L, kota Malang"),

 ("F063","comment","twin_offer_quiet",1,1,1,1,"Mending ambil di aku kak, Gedebage tangan pertama, hoodie 2nd 35rb aja"),
 ("F063","comment","hn_twin_opinion",0,1,1,1,"Mending jgn kak, Gedebage tangan pertama juga hoodie 2nd nya 35rb tapi bau kapur barus ga ilang2"),

 ("F064","message","hn_twin_two_fail_local_new",1,0,1,0,"Dek, kaos kaki baru produksi Bandung 1 lusin 30rb, mau dikirim berapa lusin?"),
 ("F064","message","hn_twin_new_goods",1,0,1,1,"Dek, kaos kaki baru ex Korea 1 lusin 30rb, mau dikirim berapa lusin?"),
 ("F064","message","twin_offer_quiet",1,1,1,1,"Dek, kaos kaki seken ex Korea 1 lusin 30rb, mau dikirim berapa lusin?"),

 ("F065","post","twin_offer_loud",1,1,1,1,"Bundle Bandung ngehits ✌️ flanel & varsity bekas impor 50rb-an, cus ke Jl. Cihampelas 128"),
 ("F065","post","hn_twin_new_goods",1,0,1,1,"Distro Bandung ngehits ✌️ flanel & varsity baru impor Korea, masih plastik, 150rb-an, cus ke Jl. Cihampelas 128"),
]
