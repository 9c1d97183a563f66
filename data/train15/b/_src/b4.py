RECS = [
(61,"live","twin_live_quiet",1,1,1,1,"Oke next, ini jeans dari karung Osaka, ada bekas sobek di lutut tapi estetik, 40rb ya, siapa cepat"),
(61,"live","hn_twin_new_goods",1,0,1,1,"Oke next, ini jeans baru dari Osaka, model ripped di lutut dari pabriknya, 240rb ya, siapa cepat"),

(62,"post","twin_offer_loud",1,1,1,1,"Thrift impor Jepang & Korea, grosir per bal, ecer per pcs, kirim se-Sumatera 📦 WA 0812xxxx #thriftmedan"),
(62,"post","hn_twin_not_clothing",1,1,0,1,"Elektronik bekas impor Jepang & Korea, grosir per unit, kirim se-Sumatera 📦 WA 0812xxxx #elektronikbekas"),
(62,"post","hn_twin_news_quote",0,1,1,1,"Pedagang thrift di Medan: 'Impor Jepang & Korea per bal makin mahal, ecer per pcs juga sepi' 📦 #beritamedan"),

(63,"review","twin_review_named_seller",1,1,1,1,"Kemeja flanel seken Amrik dari Kios Bang Jo, Pasar Senen, udah 3 kali beli gak pernah kecewa. Gas ke sana!"),
(63,"review","hn_twin_review_no_seller",0,1,1,1,"Kemeja flanel seken Amrik yg udah 3 kali kubeli gak pernah bikin kecewa, bahannya tebel"),

(64,"listing","twin_offer_quiet",1,1,1,1,"Jaket denim Lee seken, dari Belawan, size L, pudar merata, 85rb nego tipis"),
(64,"listing","hn_twin_local_source",1,1,1,0,"Jaket denim Lee, warisan abang, size L, pudar merata, 85rb nego tipis"),

(65,"article","hn_twin_news",0,1,1,1,"Survei: 6 dari 10 mahasiswa di Yogyakarta pernah beli baju thrift impor, alasan utamanya harga"),
(65,"post","twin_offer_loud",1,1,1,1,"Mahasiswa Jogja merapat! Baju thrift impor 10-30rb di kos-kosan Pogung, open tiap sore 🧺 #thriftjogja"),

(66,"message","twin_wa_quiet",1,1,1,1,"Bang, sortiran grade B sweater masih ada 3 ikat, 1 ikat 50 pcs, 900rb. Kirim lewat travel Medan-Siantar bisa"),
(66,"message","hn_twin_not_clothing",1,1,0,1,"Bang, sortiran grade B botol kaca bekas masih ada 3 ikat, 1 ikat 50 pcs, 90rb. Kirim lewat travel Medan-Siantar bisa"),

(67,"comment","hn_twin_joke",0,1,1,1,"Baju lelong Singapura tuh kayak jodoh, kalo gak diambil sekarang besok udah punya orang lain 😭"),
(67,"comment","twin_comment_offer",1,1,1,1,"Baju lelong Singapura di lapakku masih ada, ambil sekarang sebelum jadi punya orang lain 😭 cek post pinned"),

(68,"post","twin_offer_quiet",1,1,1,1,"Kaos Harley Davidson ex USA, bekas pakai, tipis enak dipake, ada cacat dikit, 75rb. Ongkir dari Bekasi #kaosband #vintage"),
(68,"post","hn_twin_new_goods",1,0,1,1,"Kaos Harley Davidson impor USA, baru dari dealer, masih lipatan pabrik, 450rb. Ongkir dari Bekasi #kaosband"),

(69,"profile","twin_bio_loud",1,1,1,1,"Importir balpres Korea-Jepang • pengiriman seluruh Indonesia • minimal 1 bal • testimoni di highlight"),
(69,"profile","hn_twin_not_clothing",1,1,0,1,"Importir kertas bekas Korea-Jepang • untuk pabrik daur ulang • minimal 1 bal • dokumen lengkap"),

(70,"live","twin_live_loud",1,1,1,1,"Lanjut ya, masih ada 10 bal bekas impor Cina isi celana kerja, per bal 1,5jt, yg serius komen BAL"),
(70,"live","hn_twin_two_fail",1,0,1,0,"Lanjut ya, masih ada 10 ikat celana kerja konveksi Bandung, per ikat 1,5jt, yg serius komen IKAT"),
(70,"live","hn_twin_local_source",1,1,1,0,"Lanjut ya, masih ada 10 ikat celana kerja bekas seragam pabrik Karawang, per ikat 1,5jt, bukan impor, yg serius komen IKAT"),

(71,"post","hn_twin_haul_no_seller",0,1,1,1,"Abis dari Pasar Kodim, bawa pulang jaket parka monza Korea 40rb. Kalian pernah nemu apa di sana? #monzapekanbaru"),
(71,"post","twin_offer_quiet",1,1,1,1,"Jaket parka monza Korea 40rb, stok di kios kami Pasar Kodim, bisa kirim ke luar kota #monzapekanbaru"),

(72,"listing","twin_offer_quiet",1,1,1,1,"Paket usaha 1 karung kemeja wanita ex Hongkong, ±120 pcs, 2,2jt, Tangerang"),
(72,"listing","hn_twin_local_source",1,1,1,0,"Paket usaha 1 karung kemeja wanita sumbangan jemaat, ±120 pcs, 2,2jt hasil untuk renovasi gereja, Tangerang"),

(73,"article","hn_twin_news",0,1,1,1,"Di Parepare, cakar dari Malaysia masuk lewat pelabuhan rakyat dan dijual lagi ke pasar-pasar Sulsel"),
(73,"article","hn_twin_not_clothing_news",0,1,0,1,"Di Parepare, mesin perahu bekas dari Malaysia masuk lewat pelabuhan rakyat dan dijual lagi ke pasar-pasar Sulsel"),

(74,"post","twin_tweet_loud",1,1,1,1,"akhirnya buka thrift shop online juga 🥹 baju bekas impor Jepang dikurasi, drop pertama Jumat jam 7, follow ya"),
(74,"post","hn_twin_stopped_selling",0,1,1,1,"akhirnya aku tutup thrift shop online 🥹 udah gak mau jual baju bekas impor Jepang lagi sejak baca aturannya"),

(75,"message","twin_broadcast_quiet",1,1,1,1,"Selamat pagi, stok minggu ini: dress 40rb, rok 25rb, semua pilihan dari goni Bangkok. Format order: nama/kode/alamat"),
(75,"message","hn_twin_new_goods",1,0,1,1,"Selamat pagi, stok minggu ini: dress 89rb, rok 65rb, semua baru dari Pratunam Bangkok. Format order: nama/kode/alamat"),

(76,"review","hn_twin_complaint",0,1,1,1,"Bintang 1. Beli 'jaket thrift Korea' dari live semalam, datengnya robek di ketiak & bau kapur barus"),
(76,"review","twin_review_named_seller",1,1,1,1,"Bintang 5. Jaket thrift Korea dari live @rakbaju.sby semalam udah nyampe, wangi & rapi. Cus ikut live nya"),

(77,"post","twin_offer_quiet",1,1,1,1,"Mantel bulu wanita ex Jerman, tebel banget, buat yg mau ke Jepang winter, 175rb aja 🧥 #prelovedjakarta"),
(77,"post","hn_twin_local_source",1,1,1,0,"Mantel bulu wanita punyaku, dipakai sekali pas trip winter, 175rb aja 🧥 #prelovedjakarta"),

(78,"comment","twin_comment_offer",1,1,1,1,"Masih ada kak, rombengan Korea yg 15rb tinggal ukuran S. Mau dikirim?"),
(78,"comment","hn_twin_not_clothing",1,1,0,1,"Masih ada kak, rombengan Korea yg 15rb tinggal panci sama wajan. Mau dikirim?"),

(79,"listing","twin_offer_loud",1,1,1,1,"Jual baju bekas impor bal Korea grade A - kaos, kemeja, celana, per bal 100 kg, harga nego, Batam"),
(79,"listing","hn_twin_buyer_request",0,1,1,1,"Cari baju bekas impor bal Korea grade A 100 kg, ada yg bisa kirim dari Batam? mau lihat dulu barangnya"),

(80,"post","twin_offer_quiet",1,1,1,1,"Seragam sekolah bekas Malaysia (Tawau), kemeja putih 12rb, kondisi bersih, WA 0853xxxx"),
(80,"post","hn_twin_local_source",1,1,1,0,"Seragam SD bekas kakak2 kelas, kemeja putih 12rb, bazar komite sekolah, kondisi bersih, WA 0853xxxx"),
]
