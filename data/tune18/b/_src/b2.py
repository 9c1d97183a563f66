# Batch 2: illegal offers using code words, trade geography, bale grades, price lists.
B2 = [
("post", "regional_code_word", 1, 1, 1, 1, """Monza baru pecah kawat tadi pagi kak! 😍
Kemeja, blus, celana kulot, semua masih wangi gudang.
Lapak kami di Pajak Melati baris ketiga dari parkiran, cari tenda biru.
Satu gantung 25 ribu, yang tumpukan 10 ribu dapat tiga.
Datanglah cepat sebelum dipilih-pilih orang."""),
("message", "regional_code_word", 1, 1, 1, 1, """Cakar masuk lagi di toko, kiriman dari Pare 🙏
Ada jaket, celana jeans, tas selempang, sampai baju renang.
Harga mulai 15 ribu saja, yang bagus-bagus digantung.
Toko Daeng Lala, Jl. Veteran Selatan Makassar, buka mulai jam 9.
Info stok tanya admin 0852xxxx."""),
("post", "regional_code_word", 1, 1, 1, 1, """Lur, awul-awul wis teko maneh neng lapakku 😁
Jaket, sweater, kaos, kabeh iso diudal-udal.
Regane mulai 5 ewu nganti 35 ewu, sing digantung rodo larang sitik.
Lapak cedhak Alun-Alun Lor, buka sore nganti bengi.
Monggo mampir, ojo lali nggowo kresek dhewe."""),
("live", "regional_code_word", 1, 1, 1, 1, """Yok yok merapat, ini rombengan baru buka karung langsung di depan kamera ya!
Liat nih, jaket parasut merah, masih bagus, ukuran XL, 40 ribu.
Celana training dua biji, 25 ribu dua-duanya.
Yang mau ketik ambil, kirim ke seluruh Maluku Utara dari Ternate.
Karung kedua kita buka jam sembilan nanti."""),
("listing", "bale_grade_price_list", 1, 1, 1, 1, """DAFTAR HARGA BAL MINGGU INI
- Kemeja pria grade A (±200 pcs): 6,2 jt
- Kaos oblong campur grade B (±400 pcs): 3,9 jt
- Jaket & hoodie grade A (±120 pcs): 7,5 jt
- Celana jeans sortiran (±180 pcs): 5,8 jt
Harga belum termasuk ongkir, bisa kirim dari gudang Batam ke seluruh kota.
Order minimal 1 bal, DP 50%."""),
("message", "port_route", 1, 1, 1, 1, """Bos, barang dari Tanjungbalai sudah sampai kemarin malam.
Masih ada sisa 6 goni kemeja sama 3 goni celana panjang, semua sudah pernah dipakai tapi layak.
Harga per goni sama kayak bulan lalu.
Kalau mau ambil kabari hari ini, besok sudah ada yang antre dari Siantar."""),
("post", "market_source", 1, 1, 1, 1, """Sis, baru pulang kulakan dari Gedebage nih, dapet 2 karung isinya blazer dan kemeja kerja 🧥
Semua second ya, aku cuci ulang dulu baru posting satu-satu.
Harga blazer 60-85rb, kemeja 35rb.
Pantengin story besok malam jam 7, yang cepet DM dia yang dapet."""),
("listing", "bale_grade_price_list", 1, 1, 1, 1, """Sortiran Jaket Gunung per Kilo - Grade S
Harga 180rb/kg, 1 kg isi 1-2 jaket tergantung bahan.
Sudah dipisah dari barang rusak, tinggal jual.
Minimal ambil 10 kg.
Dikirim dari Medan, bisa lewat kargo udara atau laut.
Bukan barang baru, mohon dipahami."""),
("comment", "regional_code_word", 1, 1, 1, 1, """Bang, ada roma lagi? Kemarin aku nggak kebagian.

Balasan @lapak_roma_bang_udin: ada dek, besok pagi bongkar dua karung lagi di tempat biasa dekat Pasar Inpres. Celana panjang 20 ribu, kemeja 15 ribu. Datang sebelum jam 8 biar bisa pilih."""),
("message", "reseller_recruitment", 1, 1, 1, 1, """Dicari mitra jualan untuk wilayah Kalimantan Barat!
Stok kami masuk lewat Entikong tiap dua minggu, isi baju dewasa & anak, kondisi pakai.
Mitra cukup ambil minimal 2 karung, harga khusus mitra lebih murah 15%.
Bisa dibantu foto dan caption buat jualan online.
Hubungi Koh Andi, 0813xxxx."""),
("post", "regional_code_word", 1, 1, 1, 1, """Lelong Tawau masuk lagi kawan-kawan 🙌
Ada sepatu sport, tas ransel, jaket kulit, semua terpakai tapi masih kuat.
Lapak kami di Nunukan dekat pelabuhan, tanya saja toko Acil Mina.
Kalau mau dikirim ke Tarakan bisa, ongkos kapal ditanggung pembeli."""),
("listing", "bale_grade_price_list", 1, 1, 1, 1, """Koli Campur Dewasa 100 Kg - Kualitas Kepala
Isi: kemeja, blus, celana, sedikit jaket.
Harga 5,5 jt per koli, franko gudang Dumai.
Kualitas badan dan kaki juga tersedia dengan harga lebih murah, tanya admin.
Foto isi koli bisa dikirim sebelum transfer."""),
("post", "market_source", 1, 1, 1, 1, """Yang di Banjarmasin, lapak kami buka lagi tiap Minggu pagi di tepi jalan tol Lingkar Dalam Selatan.
Baju bekas Korea semua, biasa orang bilang barang Pasar Tungging.
Kaos 15rb, kemeja 25rb, jaket 50rb.
Parkir motor gratis, bawa uang pas ya."""),
("message", "port_route", 1, 1, 1, 1, """Info stok Batam:
Kontainer bulan ini isinya lebih banyak jaket dan sweater karena sisa musim dingin di sana.
Bisa ambil eceran per karung atau per kontainer 20 feet.
Pakaian bekas layak pakai, sudah dipres rapi.
Untuk harga dan jadwal kirim ke Jawa silakan hubungi Pak Hendra 0812xxxx."""),
("profile", "regional_code_word", 1, 1, 1, 1, """Monja Kalimantan Official
Jual monja eceran & grosir 👕👖
Pontianak – Singkawang – Sambas
Bongkar karung tiap Rabu & Sabtu
Order: 0896xxxx (chat only)
Reseller welcome, harga khusus ambil 3 karung"""),
("post", "regional_code_word", 1, 1, 1, 1, """Ready baju Batam lagi bestie 🫶
Dress, rok plisket, blus lengan balon, semua bekas tapi cakep-cakep.
Sistem lempar harga di komen, yang paling tinggi jam 9 malam menang.
Bisa COD area Pekanbaru, luar kota kirim J&T."""),
("listing", "bale_grade_price_list", 1, 1, 1, 1, """Obral Per Karung - Kaos Bola & Jersey Bekas
Satu karung kurang lebih 80 kg, isi jersey klub Eropa dan Jepang.
Harga 3,2 jt/karung, grade B, ada yang minus sablon.
Cocok buat lapak pasar malam.
Gudang di Belawan, bisa dijemput atau dikirim."""),
("post", "creator_recommendation", 1, 1, 1, 1, """Tips buat kamu yang mau cari burjer di Kota Padang 👀
Paling lengkap itu di lapak Uni Sari dekat Pasar Raya, sebelah penjual sala lauak.
Aku kemarin dapet jaket denim dan dua kemeja kotak-kotak cuma 90 ribu total.
Barangnya bekas luar negeri, jadi cuci dulu pakai air panas sebelum dipakai."""),
("message", "bale_grade_price_list", 1, 1, 1, 1, """PRICE LIST GROSIR - UPDATE SENIN
Sweater rajut sortir A  : 95rb/kg
Kemeja wanita sortir A  : 70rb/kg
Celana chino sortir B   : 55rb/kg
Campur murah (kaki)     : 25rb/kg
Min. order 20 kg, stok ready di gudang Tanjungpinang.
Bukan barang baru."""),
("comment", "seller_reply", 1, 1, 1, 1, """Halo kak, betul kami jual per koli.
Satu koli rata-rata 100 kg, isinya pakaian pakai campur dari Korea.
Kalau untuk coba-coba, ada juga paket setengah koli harganya 2,9 juta.
Pengiriman dari Pontianak, estimasi 4-6 hari ke Jawa."""),
("post", "regional_code_word", 1, 1, 1, 1, """Babebo masuk lagi nih di toko kami, Jl. Sudirman Kendari! 🎉
Jaket, celana, sepatu, semua bekas luar tapi masih mulus.
Harga mulai 20 ribu.
Buka jam 8 pagi sampai jam 10 malam, Minggu tetap buka."""),
("live", "market_source", 1, 1, 1, 1, """Guys ini aku live langsung dari kios di Senen, barangnya baru turun dari atas, isi bal Jepang.
Liat ini, trench coat coklat, bahan tebel, bekas tapi cuma minus kancing satu.
Seratus ribu aja, ketik SENEN1 kalau mau.
Yang jauh nanti dikirim, yang deket boleh ambil langsung ke sini."""),
("message", "port_route", 1, 1, 1, 1, """Om, kiriman dari Port Klang sudah sandar di Dumai.
Ada 40 bal campur, 10 bal khusus celana, semua pakaian terpakai.
Kalau om jadi ambil 5 bal seperti biasa, saya sisihkan sekarang.
Harga naik sedikit karena ongkos pengangkutan, nanti saya kabari lewat telepon."""),
]
