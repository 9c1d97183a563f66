# long-form batch 2: Sulawesi, NTT, Bali, Maluku
R = [
("listing","regional_code_word",1,1,1,1,"""BUKA KARUNG HARI MINGGU 📣
Di lapak kami Pasar Terong lantai 2, mulai jam 8 pagi.
Isinya dress pesta Korea, blazer wanita, sama celana kulot.
Harga buka 45rb, siang turun jadi 25rb.
Mauki dapat yang bagus, datangki pagi-pagi nah.
Yang dari Gowa sama Maros bisa titip ojek, kita bungkuskan."""),
("article","hn_news",0,1,1,1,"""PAREPARE – Kantor Bea Cukai Parepare bersama TNI AL memusnahkan 870 bale pakaian bekas hasil penindakan sepanjang tahun.
Barang-barang itu masuk dari Nunukan dan Tawau menggunakan kapal barang yang berlabuh di Pelabuhan Nusantara.
Sebagian pedagang di Pasar Lakessi mengaku stok mereka kini tinggal sedikit.
Pemerintah daerah berjanji memberikan pelatihan usaha bagi pedagang yang terdampak."""),
("message","port_route",1,1,1,1,"""Assalamualaikum Daeng,
Kapal dari Nunukan sandar di Parepare hari Kamis.
Ada 12 goni: 6 kemeja Jepang, 4 jaket Korea, 2 sepatu campur.
Kalau mauki, transfer DP dulu 1 juta per goni, sisanya pas barang sampai Makassar.
Kita antarkan pakai truk sampai depan lapak.
Kabari cepat nah, biasanya habis sebelum kapal sandar."""),
("article","hn_opinion",0,1,1,1,"""Cakar dan identitas orang Makassar – sebuah catatan.
Waktu kecil, hampir semua baju lebaran saya dari karung di Pasar Terong.
Sekarang saya bekerja di dinas koperasi, dan saya tahu berapa banyak penjahit di Sengkang yang kehilangan pelanggan.
Saya tidak mau menyalahkan pedagang kecil, tapi barang dari luar negeri yang masuk tanpa izin itu memang harus dihentikan.
Solusinya: bantu pedagang pindah ke produk lokal, jangan hanya razia."""),
("listing","creator_haul",1,1,1,1,"""Weekend haul di Makassar 🛍️✨
Ke Daimaru Jalan Andalas, langsung ke lantai 2.
Kios Daeng Baso: jaket kulit Italia 2nd 350rb, kondisi 90%.
Kios Kak Jumi: 3 kemeja Jepang 100rb, sudah dicuci!
Parkirnya susah, mending naik ojol.
Yang tanya di mana, ini sudah saya kasih tau semua ya 😁"""),
("comment","hn_complaint",0,1,1,1,"""Pengalaman buruk beli cakar online 😤
Saya pesan 1 karung isi 300 baju katanya 'grade A Korea'.
Yang datang bau busuk, banyak yang berjamur dan sobek.
Penjualnya di Parepare langsung ganti nomor.
Tolong teman-teman jangan tergiur harga murah, ini barang ilegal juga."""),
("listing","hn_new_thrift_style",1,0,1,0,"""Koleksi baru 'Cakar Look' 😎
Kemeja motif retro, bahan rayon, jahitan rapi.
Diproduksi penjahit di Sengkang, semua BARU.
Harga 95rb, beli 3 cuma 250rb.
Kami dukung produk lokal, bukan barang karung.
Kirim ke seluruh Sulsel."""),
("listing","wholesale_bale",1,1,1,1,"""GROSIR GONI – GUDANG DAYA MAKASSAR
Stok minggu ini:
• Kemeja pria Jepang 100 kg
• Dress wanita Korea 45 kg
• Sepatu campur 50 pasang
Harga mulai 3 juta, bisa lihat video isi sebelum bayar.
Untuk reseller Kendari, Palu, Mamuju, kami bantu ekspedisi laut."""),
("listing","regional_code_word",1,1,1,1,"""CABO BARU BONGKAR 🎉
Toko Bongkar Jaya, Jalan Sugiono Manado.
Kemeja Korea – 20rb
Jaket musim dingin – 60rb
Celana jeans – 35rb
Torang buka dari jam 9 pagi sampe jam 9 malam.
Datang jo, kase tau pa tamang-tamang."""),
("article","hn_news",0,1,1,1,"""MANADO – Sejumlah pedagang pakaian bekas di Pasar 45 Manado mengaku kesulitan mendapatkan barang sejak pengawasan di Pelabuhan Bitung diperketat.
Selama ini barang yang dikenal warga sebagai 'cabo' banyak didatangkan dari Korea dan Jepang melalui jalur laut.
Beberapa pedagang kini mencoba menjual pakaian baru dari Surabaya, namun mengeluh keuntungan lebih tipis.
Disperindag Sulut menyatakan akan mendata pedagang terdampak."""),
("live","live_sale",1,1,1,1,"""LIVE TORANG MALAM INI 🔴
Jam 8 malam WITA, buka 2 goni barang Jepang dari Bitung.
Ada hoodie, kemeja flanel, deng sepatu sport 2nd.
Harga start 30 rebu, sapa cepat dia dapa.
Transfer paling lambat 1 jam, kirim Minahasa, Bitung, Gorontalo.
Jang lupa follow supaya dapa notif!"""),
("listing","hn_own_preloved",1,1,1,0,"""Kita jual barang preloved kita sandiri 🙏
1. Kebaya brokat, dipake 1x acara nikahan, 200rb
2. Sepatu heels 37, 100rb
3. Tas selempang, 80rb
Samua beli di Manado, bukan cabo.
Ambe di Sario atau kirim, ongkir tanggung pembeli."""),
("post","hn_tutorial",0,1,1,1,"""Cara cuci baju RB biar aman dipakai:
1. Rendam dengan air panas 60 derajat minimal 30 menit.
2. Cuci pakai deterjen dan sedikit cairan antiseptik.
3. Jemur di bawah matahari langsung sampai kering.
4. Setrika bolak-balik dengan suhu panas.
Ingat, pakaian bekas impor bisa bawa jamur dan bakteri. Tulisan ini bukan ajakan membeli, hanya saran kesehatan."""),
("listing","market_stall",1,1,1,1,"""Lapak Mama Yuli – Pasar Kasih Naikoten Kupang
RB Korea baru buka e!
Baju kaos 10 ribu, kemeja 20 ribu, jaket 50 ribu.
Ada juga sepatu anak 2nd dari Jepang.
Beta buka dari pagi sampe jam 4 sore.
Datang sa, lu pasti dapat yang cocok."""),
("article","hn_news",0,1,1,1,"""ATAMBUA – Petugas gabungan di PLBN Motaain menggagalkan upaya penyelundupan 30 karung pakaian bekas dari Timor Leste.
Barang tersebut rencananya akan dijual di Pasar Baru Atambua dan Kupang.
Pelaku mengaku membeli barang itu di Dili dengan harga murah.
Pihak Bea Cukai mengingatkan warga perbatasan untuk tidak terlibat dalam perdagangan pakaian bekas impor."""),
("message","reseller_recruit",1,1,1,1,"""Halo Kaka dong semua 👋
Beta cari reseller RB untuk Soe, Kefa, deng Atambua.
Paket 1: 30 lembar baju campur Korea – 350rb
Paket 2: 15 jaket Jepang – 500rb
Barang dikirim dari Kupang pake bus atau pick up.
Minat japri beta di 0813xxxx."""),
("post","hn_joke",0,1,1,1,"""Tipe-tipe orang di lapak RB:
1. Yang cuma lewat tapi keluar bawa 5 baju
2. Yang tawar dari 20 ribu jadi 5 ribu
3. Yang dapat jaket Korea tebal lalu pakai di Kupang jam 12 siang
4. Yang bilang 'beta sonde beli', ternyata su bayar 🤣"""),
("listing","port_route",1,1,1,1,"""BARANG BENOA MASUK 🌴
Kiriman kapal dari Australia sampai gudang Denpasar.
Isi: kemeja pantai 2nd, celana pendek surfing, sweater wol.
Harga ecer 30–80rb, borong per goni 45kg 3,5jt.
Cocok untuk lapak Pasar Badung malam atau Kreneng.
Hubungi Bli Komang di 0819xxxx."""),
("article","hn_news",0,1,1,1,"""TABANAN – Pasar Obral Bekas atau yang dikenal sebagai Pasar Kodok di Desa Dauh Peken tampak sepi.
Sebagian besar pedagang pakaian bekas impor memilih menutup lapak setelah razia aparat.
Beberapa pedagang mengaku pindah berjualan di Pasar Badung pada malam hari.
Pemkab Tabanan masih mendata jumlah pedagang yang terdampak kebijakan larangan impor pakaian bekas."""),
("listing","hn_upcycling",1,1,1,0,"""Karya daur ulang dari Ubud ♻️
Tas dan pouch dari kain bekas sarung dan kebaya milik keluarga kami sendiri.
Setiap tas dijahit tangan oleh ibu-ibu banjar.
Harga 75rb–250rb.
Tidak memakai pakaian bekas impor, semua bahan lokal.
Bisa dibeli di galeri kami atau via DM."""),
("listing","regional_code_word",1,1,1,1,"""RB SINGAPUR BUKA BARU 📢
Lapak kami di Pasar Lawata Kendari, samping penjual ikan asin.
Campuran 88 baru datang dari kapal Wanci.
Kemeja 15rb, jaket 40rb, tas 50rb.
Buka jam 9 pagi sampe jam 9 malam.
Datangmi cepat sebelum diambil orang."""),
("comment","hn_buyer_question",0,1,1,1,"""Bertanya ke orang Kendari:
'Buka baru' itu artinya karung baru dibuka ya?
Saya dengar dari teman, katanya harus datang pagi supaya dapat barang Singapur yang masih bagus.
Kalau barangnya luar negeri berarti RB itu impor ya?
Saya baru pindah dari Jawa, jadi belum paham istilahnya."""),
("listing","hn_other_goods_bal",1,0,0,1,"""Dijual cengkeh & pala per karung 📦
Asal Ternate dan Tidore, kualitas ekspor.
Cengkeh kering 50 kg per karung, pala biji 40 kg per karung.
Siap kirim ke Surabaya atau Makassar.
Harga mengikuti pasar, hubungi 0822xxxx."""),
("listing","plain_offer",1,1,1,1,"""Jaket kulit pre-loved asal Korea 🧥
Warna cokelat tua, size L, kondisi 90%.
Ada lecet kecil di siku kiri (ada di foto).
Harga 275rb, harga pas.
Lokasi Ternate, bisa kirim ke Tidore dan Sofifi."""),
]
