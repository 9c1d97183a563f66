# Batch 2: code words, regional names, routes, markets, grades, wholesale lists + legal negatives.
# Tuple: (kind, category, offer, used, clothing, abroad, text)
RECORDS = [
("post", "regional_code_word", 1, 1, 1, 1, """Cakar baru buka hari ini di lapak Daeng Sule, Pasar Toddopuli 🙌
Jaket, kemeja, celana kain, harga mulai 15 ribu.
Datang pagi ki' supaya dapat yang bagus, jam 10 biasanya sudah dipilih-pilih orang."""),
("listing", "regional_code_word", 1, 1, 1, 1, """Monza Branded Medan - Jaket Kulit Pria Size L
Dapat dari bongkaran Pajak Melati kemarin, kulit asli, lapisan dalam masih utuh.
Harga 175rb, bisa COD sekitar Padang Bulan.
Minat inbox aja bang."""),
("message", "wholesale_price_list", 1, 1, 1, 1, """Daftar harga minggu ini (gudang Tanjungbalai):
- Koli kemeja pria campur: 4,2jt
- Koli kaos anak: 3,5jt
- Koli selimut/bed cover: 5jt
- Sortiran grade A jaket: 120rb/kg
Pengiriman truk ke Medan, Pekanbaru, Padang. Bayar DP 50%, sisanya setelah barang sampai."""),
("post", "regional_code_word", 1, 1, 1, 1, """Awul-awul Pak Min udah buka lagi di pojok alun-alun kidul, lur 👕
Saiki regane 10rb telung lembar kanggo kaos, kemeja 15rb.
Barang anyar saka karungan, sek wangi kapur barus 😅 Buka jam 4 sore nganti Isya."""),
("profile", "port_route_seller", 1, 1, 1, 1, """Baju Batam Mama Yuyun 🛳️
Stok datang tiap minggu lewat Tanjungpinang
Jaket, celana, tas, sepatu seken pilihan
Reseller welcome, harga khusus ambil per karung
WA 0813xxxx"""),
("comment", "regional_code_word", 1, 1, 1, 1, """Ada bang, rombengan anak-anak baru bongkar tadi pagi di kios kami belakang Pasar Sentral.
Sepuluh ribu dapat dua. Datang aja sebelum Zuhur, sore biasanya tinggal sisa."""),
("message", "border_route_seller", 1, 1, 1, 1, """Pagi bu, barang dari Tawau sudah sampai Nunukan semalam.
Ada 12 karung, isi baju perempuan sama sepatu. Ibu mau ambil berapa karung? Harga masih sama kayak bulan kemarin, 2,8 per karung.
Nanti saya titip ke kapal ke Tarakan hari Kamis."""),
("post", "market_of_trade", 1, 1, 1, 1, """Jumat berkah di Pasar Tungging 🙏
Kami buka karung baru jam 8: kemeja kantor, blazer wanita, celana bahan.
Kios Bu Haji Nur nomor 17, dekat tukang es tebu. Harga ramah dompet anak kos.
Bisa juga pesan lewat WA 0852xxxx, kirim ke luar kota."""),
("listing", "bale_grade_units", 1, 1, 1, 1, """Sortiran Jaket Winter Grade S - Per Kilo 150rb
Hasil sortir ulang, sudah dipilih yang bahan tebal dan merk bagus.
Min order 10 kg. Bisa juga per karung 45 kg.
Gudang di Pekanbaru, kirim se-Sumatera."""),
("live", "regional_code_word", 1, 1, 1, 1, """Yok yok merapat, ini monja fresh baru dari bal tadi siang!
Kaos band lama, kemeja hawai, celana cargo, semua 35 ribu ya kakak-kakak.
Ketik kode barang di kolom komen, yang pertama ketik yang dapat. Ongkir dari Medan ya."""),
("message", "reseller_recruit_code", 1, 1, 1, 1, """Open mitra reseller lelong 🎯
Ambil minimal 1 guni (±45kg) campuran kemeja, blouse, dress.
Harga mitra 3,2jt, dah termasuk ongkos kapal dari Dumai.
Kami kasi katalog foto, kakak tinggal upload dan jual."""),
("post", "market_of_trade", 1, 1, 1, 1, """Kalau ke Bandung jangan lupa mampir lapak kami di Gedebage, blok C nomor 41 👖
Jeans, jaket, sepatu, semua hasil buka bal sendiri.
Mulai 20rb. Minggu ramai banget, mending datang Selasa atau Rabu biar leluasa milih."""),
("comment", "bale_grade_units", 1, 1, 1, 1, """Grade A itu yang layak langsung jual, Grade B ada minus kecil (kancing lepas, noda dikit), Grade C buat majun.
Kami jual A dan B aja kak. A 95rb/kg, B 55rb/kg, min 20 kg. Chat buat foto isi karungnya."""),
("profile", "regional_code_word", 1, 1, 1, 1, """Cakar Online Makassar | Pare-pare
Kami jual cakar pilihan yang sudah dicuci dan disetrika.
Pengiriman ke seluruh Sulsel. Order via DM, no COD.
Admin Ani: 0853xxxx"""),
("post", "port_route_seller", 1, 1, 1, 1, """Stok baru masuk dari Port Klang via Belawan 🚢
Isi: dress, tunik, celana kulot wanita, kondisi 80-95%.
Harga 25rb-60rb. Pick up di rumah kami Jl. Pancing, atau kirim JNT.
Yang mau list stok lengkap tinggal komen "mau"."""),
("listing", "wholesale_price_list", 1, 1, 1, 1, """Grosir Bal Press Sepatu Campur 40 Pasang
Asal Thailand, model sneakers, pantofel, sandal gunung.
Harga 2,5jt per bal, sudah termasuk karung. Stok tinggal 6 bal.
Gudang Jl. Raya Bogor km 30."""),
("message", "regional_code_word", 1, 1, 1, 1, """Kak, besok ada roma baru masuk di kios Uda Rizal, Pasar Raya Padang lantai dasar.
Kemeja flanel banyak, pas kali buat kakak yang tanya minggu lalu.
Mau uda sisihkan dulu 3 helai? Bayar pas ambil aja."""),
("post", "border_route_seller", 1, 1, 1, 1, """Barang Entikong sampai lagi 🙌
Jaket parka, sweater, celana jeans, banyak merk luar.
Harga grosir per karung ada, eceran juga boleh. Lapak kami di Pasar Sanggau, sebelah toko emas.
Info 0821xxxx"""),
("live", "bale_grade_units", 1, 1, 1, 1, """Malam ini kita sobek satu koli kemeja ya, live dari gudang.
Semua yang keluar aku tunjuk ke kamera, ambil satuan 30 ribu, mau borong semua koli juga bisa, tanya harga khusus.
Yang sudah nunggu dari jam 7 makasih banyak, kita mulai!"""),
("post", "regional_code_word", 1, 1, 1, 1, """Babebo murah meriah di depan GOR, tiap Minggu pagi ✨
Baju, celana, tas, sampai selimut. Dijual per tumpuk atau satuan.
Pedagangnya Kak Lia, bisa tanya-tanya dulu lewat IG @babebo.kaklia."""),
("comment", "market_of_trade", 1, 1, 1, 1, """Aku jual di Senen kak, blok 3 lantai 1. Stok kemeja Jepang baru masuk tadi, kemeja linen 40an.
Kalau gak sempat ke pasar, chat aja nanti aku video call pilihin."""),
("message", "wholesale_price_list", 1, 1, 1, 1, """PL GUDANG MINGGU INI 👇
Kaos dewasa 100kg: 6,5
Celana panjang 100kg: 7,2
Jaket campur 100kg: 9
Anak-anak 100kg: 6
Semua dari kontainer Busan. Bisa mix setengah-setengah. Hubungi admin."""),

# ---- legal hard negatives ----
("article", "hn_news", 0, 1, 1, 1, """Pedagang cakar di Makassar mengaku stok semakin sulit didapat sejak pengawasan di pelabuhan diperketat.
Sebagian memilih libur berjualan, sebagian lain beralih menjual pakaian baru dari Tanah Abang.
Pemerintah kota menyatakan akan mendata pedagang terdampak untuk program pelatihan usaha."""),
("listing", "hn_non_clothing_karung", 1, 1, 0, 0, """Jual Karung Goni Bekas Kopi
Ukuran besar, bekas kemasan biji kopi, masih kuat.
Cocok untuk kerajinan, tanaman, atau karung pasir.
5rb per lembar, ambil 100 lembar 400rb. Lokasi Temanggung."""),
("post", "hn_joke", 0, 0, 1, 0, """Orang Medan: "bajumu monza ya?"
Aku: "enggak, ini beli baru di mall"
Orang Medan: "ah, monza itu, ngaku aja" 😭
Gak bisa pake baju bagus dikit di kota ini tanpa dicurigai"""),
("message", "hn_buyer_question", 0, 1, 1, 1, """Bang, numpang tanya.
Di Pajak Melati sekarang masih ada yang jual jaket bekas gak? Kata kawan aku sudah banyak yang tutup gara-gara razia.
Mau cari buat naik gunung bulan depan."""),
("listing", "hn_used_phone", 1, 1, 0, 0, """iPhone 11 64GB Second Inter Mulus
Ex Singapore, battery health 84%, fullset dus.
iCloud aman, no minus. Harga 4,3jt. COD Batam Center.
Tukar tambah dengan Android juga boleh, asal kondisi sehat."""),
("listing", "hn_factory_reject", 1, 0, 1, 0, """Kaos Polos Sisa Ekspor Reject Minor
Barang baru dari pabrik garmen Semarang, reject karena jahitan label miring.
Cotton combed 30s, harga 20rb/pcs, grosir lusinan lebih murah."""),
("post", "hn_donation", 0, 1, 1, 0, """Posko banjir Kelurahan Cawang menerima donasi pakaian layak pakai 🙏
Terutama baju anak, sarung, dan selimut.
Mohon sudah dicuci dan dilipat. Antar ke balai warga RW 05, setiap hari sampai jam 9 malam."""),
("review", "hn_review", 0, 1, 1, 1, """Review jujur belanja monza pertama kali: capek tapi seru.
Harus sabar bongkar tumpukan, dapat dua kemeja bagus tapi satu sobek di ketiak yang baru ketahuan di rumah.
Saran: bawa kantong sendiri dan cek jahitan di bawah cahaya."""),
("article", "hn_news", 0, 1, 1, 1, """Satgas gabungan memusnahkan 730 karung pakaian bekas hasil penindakan di jalur Entikong.
Barang berasal dari Malaysia dan sempat disimpan di gudang warga di Kabupaten Sanggau.
Pemusnahan dilakukan dengan cara dibakar di area tempat pembuangan akhir."""),
("comment", "hn_complaint", 0, 1, 1, 1, """Min tolong take down toko "Seken Jaya Import". Judul produknya "koli kemeja ex Korea siap jual", fotonya ambil dari akun orang.
Barang yang sampai ke aku cuma 20 kemeja robek, bukan 1 koli.
Udah kuajukan komplain di aplikasi tapi belum direspon."""),
("listing", "hn_used_furniture", 1, 1, 0, 0, """Lemari Jati Bekas 2 Pintu Ex Hotel
Kondisi kokoh, pelitur sedikit pudar.
Ukuran 180x100 cm, harga 1,8jt, ambil sendiri di Klaten.
Tidak bisa kirim luar kota, bawa pikap dan dua orang buat angkat ya."""),
("post", "hn_new_thrift_style", 1, 0, 1, 0, """Koleksi baru "Thrift Mood" sudah rilis! 🌿
Kemeja oversized dengan warna pudar ala barang thrift, tapi 100% baru dan dijahit di workshop kami di Solo.
Pre-order dibuka sampai Jumat, harga 159rb."""),
("article", "hn_guideline", 0, 1, 1, 1, """Tanya jawab: apakah boleh menjual pakaian bekas impor?
Tidak. Permendag 18/2021 jo. Permendag 40/2022 memasukkan pakaian bekas ke barang yang dilarang diimpor.
Yang masih boleh: menjual pakaian bekas milik sendiri, hasil donasi dalam negeri, atau produk baru.
Penjual yang ragu dapat menghubungi dinas perdagangan setempat."""),
("message", "hn_swap", 0, 1, 1, 0, """Halo kak, aku lihat postingan swap di grup.
Aku punya cardigan rajut hijau size M dari lemari sendiri, mau kutukar sama rok midi kakak yang coklat.
Ketemuan di stasiun Bogor Sabtu bisa?"""),
("post", "hn_opinion", 0, 1, 1, 1, """Yang bikin konveksi lokal megap-megap sebenarnya bukan cuma baju bekas, tapi juga banjir baju baru impor yang harganya gak masuk akal.
Kalau mau serius lindungi industri, dua-duanya harus diawasi, bukan cuma kejar pedagang kecil."""),
("listing", "hn_plain_clothing", 1, 0, 1, 0, """Seragam SD Putih Merah Lengkap
Kemeja lengan pendek + celana/rok, bahan American drill.
Ukuran 6-14, harga mulai 75rb per set. Toko Seragam Bu Ratna, Pasar Klewer."""),
("post", "hn_school_sale", 1, 1, 1, 0, """Garage sale gereja GKJ Pogung 🙌
Minggu depan setelah ibadah kedua, kami menjual pakaian dan sepatu bekas sumbangan jemaat.
Semua harga 5-20 ribu, hasilnya untuk renovasi atap sekolah minggu."""),
("live", "hn_new_import", 1, 0, 1, 1, """Kakak-kakak, ini jastip outlet Jepang ya, semua barang baru ada tag.
Kemeja linen Muji, cardigan GU, sneakers Onitsuka.
Mau titip tinggal sebut kode, pelunasan sebelum aku pulang ke Jakarta tanggal 20."""),
("message", "hn_non_clothing_bal", 1, 0, 0, 0, """Pak, jerami padi per bal sudah siap di sawah.
Satu bal sekitar 15 kg, harga 12 ribu. Bapak butuh berapa bal buat pakan sapi?
Nanti saya antar pakai pikap sore ini."""),
]
