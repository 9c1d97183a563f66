from common import R
RECORDS = [
R("listing", "illegal_regional_codeword", "1111", """
MONZA PILIHAN KAK 🔥
Kemeja flanel tebal - 45rb
Jaket parasut - 60rb
Celana cargo - 50rb
Rok lipit - 35rb
Barang pilihan dari pajak Melati, udah dicuci & disetrika.
Kemeja kotak-kotak ukuran L ada 6, ukuran XL ada 4, warna merah-hitam paling banyak.
Jaket parasut yang hijau army tinggal 2, yang hitam masih 5.
Celana cargo pinggang 30-34, ada sedikit pudar di lutut tapi jahitan aman semua.
Pembayaran transfer atau bayar di tempat, jangan PHP ya kak, udah capek ngangkat 🙏
Kalau mau tukar ukuran boleh sekali, asal belum dicuci dan label harga masih ada.
COD Padang Bulan, Setiabudi, Johor. Luar Medan kirim JNT.
"""),
R("listing", "illegal_regional_codeword", "1111", """
Jual cakar pilihan ki' 👕
Kemeja, kaos, celana kain, dress. Semua 25rb ji, ada juga yg 15rb.
Lokasi rumah di Antang, bisa ambil langsung atau dikirim gojek.
Stok baru dari Pare tiap minggu, jadi rajin-rajin ki intip story nah.
Kemarin ada yang dapat dress brokat putih 25rb ji, dipakai lamaran adiknya, cantik sekali.
Kalau mau dicarikan ukuran besar (XL ke atas) bilang mi dari awal, biasanya sedikit ji yang ada.
Pembayaran bisa transfer atau bayar pas ambil, terserah ki'.
Yang di Gowa sama Maros bisa titip di angkot, tinggal bayar ongkos ji ke sopir.
Jangan lupa follow ki' juga supaya dapat info kalau ada karung baru dibuka.
Order: DM atau WA 0852xxxx
"""),
R("listing", "illegal_regional_codeword", "1111", """
CABO MURAH TORANG PE LAPAK 🛍️
So ada jaket gunung, sweater, celana jins, kaos anak.
Harga mulai 10 ribu, jaket 50 ribu.
Tampa di Pasar 45 dekat pangkalan mikro, buka dari jam 8 sampe jam 5.
Ngana mo pesan dari jauh bisa, kirim pake ekspedisi ke Bitung, Tomohon, Minahasa.
"""),
R("listing", "illegal_regional_codeword", "1111", """
Ale dong, cakbo baru masuk e! 🌴
Katong buka karung hari Sabtu pagi di Mardika, samping toko emas.
Kemeja, baju kaos, celana pendek, sepatu. Mulai 15 ribu, sepatu 75 ribu.
Yang mau pesan dari Tulehu, Passo, Laha, chat sa dolo, nanti beta kirim pake ojek.
Datang cepat e, seng lama abis!
Kemarin Sabtu sebelum jam 9 su abis jaket semua, jadi jang datang siang-siang lai.
Beta kasih tips: bawa kantong sendiri, baju di tumpukan bawah biasanya paling bagus, bongkar sampe dasar.
Harga bisa tawar sadiki, tapi jang sadis e, katong juga cari makan.
Yang pesan dari pulau, Saparua deng Haruku, kirim pake speed pagi, ongkos tanggung sandiri.
"""),
R("listing", "illegal_regional_codeword", "1111", """
ROMA PILIHAN BAH 👖
Celana jeans Levi's & Lee ori, 70-120rb
Jaket kulit 150rb
Kemeja kerja lengan panjang 30rb
Barang baru turun Jumat, dibongkar Sabtu, yang datang Minggu cuma dapat sisa.
Lapak di Pasar Baru Nunukan, lorong belakang. Kirim ke Tarakan & Tanjung Selor bisa.
"""),
R("listing", "illegal_regional_codeword", "1111", """
RB Kendari 🎉 baru buka bal hari ini
Baju kaos 10rb, kemeja 20rb, celana panjang 30rb, sweater 35rb.
Sepatu RB juga ada, sneakers 80-150rb.
Lantai 2 Pasar Sentral Kota Lama, kios no 17.
Barang RB kami pilih dari bal yang dibuka langsung di depan pembeli, jadi tidak ada yang disembunyikan.
Ada juga jaket tebal buat yang mau ke Wakatobi naik kapal malam, 45rb saja.
Hari Sabtu biasanya ramai sekali, datang pagi supaya leluasa memilih.
Pembayaran tunai atau transfer, yang mau dikirim ke Bau-Bau dan Raha bisa titip di kapal cepat.
Bisa titip cari ukuran, chat aja.
"""),
R("listing", "illegal_regional_codeword", "1111", """
AWUL-AWUL HADIR LAGI di lapangan Kecamatan Ngaglik 🙌
Tanggal 12-20, buka jam 4 sore sampai jam 10 malam.
Kotak gede: 5rb / 10rb / 15rb. Gantungan: 25-75rb.
Jaket, kemeja, celana, rok, tas, sepatu.
Ngawul sepuasnya, yang sabar pasti dapet yang bagus!
Tahun lalu ada mas-mas dapet jaket kulit asli cuma 15rb dari kotak paling pojok, rejeki nggak ke mana.
Barang tiap sore ditambah lagi, jadi hari pertama sampai terakhir tetap ada yang baru.
Malam terakhir biasanya obral, kotak 15rb jadi 5rb semua.
Parkir motor di samping balai desa, gratis, dijaga karang taruna.
Monggo diajak keluarganya, ada yang jual wedang ronde juga di sebelah lapak.
"""),
R("listing", "illegal_regional_codeword", "1111", """
Wong kito, BJ pilihan lah datang 😁
Kemeja bermerek, celana kantor, blazer cewek.
Harga 20-60 ribu, ado jugo yang 10 ribu ditumpuk.
Lokasi di ruko Jalan Sudirman dekat Cinde, buka pagi sampe sore.
Kalo nak dikirim ke Prabumulih atau Lahat biso, ongkir tanggung pembeli.
"""),
R("listing", "illegal_regional_codeword", "1111", """
BURJER BARU PECAH KAWAT PAGI INI, LAE 🔨
Jas & blazer mulai 40rb, kemeja 20rb, celana 25rb.
Inang-inang datanglah cepat sebelum habis dipilih orang.
Bal ini isinya banyak jas hitam dan abu-abu, cocok kali untuk pesta adat dan acara gereja.
Ada juga gaun panjang untuk ito-ito yang mau ke pesta, 35rb saja, tinggal dicuci.
Sore nanti kalau masih sisa kita obral, tiga potong limapuluh ribu.
Yang di Barus dan Sorkam bisa titip sama motor sayur, bilang aja buat Mak Tiur.
Jangan lupa bawa kantong plastik sendiri, lae, biar kurang sampah.
Lapak kami di depan ruko Jl. Sutomo Sibolga, samping kedai kopi.
Bisa kirim ke Tarutung, Balige, Padangsidimpuan.
"""),
R("listing", "illegal_regional_codeword", "1111", """
PJ PEKANBARU ONLINE 🛒
Gak sempat ke lantai 3 Pasar Kodim? Kami fotokan langsung dari kios.
Celana chino 45rb, kemeja 30rb, jaket 60rb, sepatu 120rb.
Ongkir dalam kota 10rb, luar kota via JNE.
Tulis ukuran & warna yang dicari di komen, nanti kami huntingkan.
Kami turun tiap hari Selasa, Kamis, dan Sabtu, jam 10 pagi sampai kios tutup jam 5.
Foto dikirim langsung dari kios, jadi yang kalian lihat itu barang aslinya, bukan foto katalog.
Biaya jasa pilih 5rb per barang, kalau tidak cocok setelah difoto tidak perlu bayar.
Sepatu bisa diukur panjang insolenya dalam cm supaya tidak salah ukuran.
Sudah 2 tahun kami jalan, testimoni bisa dicek di highlight "KIRIMAN".
"""),
R("profile", "illegal_regional_codeword", "1111", """
🌴 LAPAK SI ROM – Mataram
Rombengan pilihan tiap Minggu di Karang Sukun 🧺
Jaket jeans • hem • kaos • bedcover
Harga mulai 10rb | titip cari ukuran via DM
📍 Lapak dekat gerbang pasar, terpal biru
"""),
R("listing", "illegal_regional_codeword", "1111", """
Rombeng pilihan dari Buer sudah tiba di Sumbawa Besar 🧺
Kaos 10rb, kemeja 20rb, celana jeans 35rb.
Kami gelar di depan rumah samping Masjid Nurul Huda, tiap Sabtu-Minggu.
Sapa pun boleh datang, harga bisa tawar asal jangan sadis 😅
"""),
R("comment", "illegal_regional_codeword", "1111", """
@rian.hrp iya lae, masih ada monza jaket kulit yg difoto itu, size L, 175 aja sama ongkir ke Binjai.
Kalau mau liat barang langsung, datang aja ke pajak Sambu lorong dua, tanya kios "Boru Sinaga".
Mau kusimpankan? Kasih DP 50rb ya biar gak diambil orang.
"""),
R("listing", "illegal_regional_codeword", "1111", """
Katalog owol-owol minggu ini 📋
1. Sweater rajut krem, M - 40k
2. Kemeja denim, L - 45k
3. Rok plisket hitam, allsize - 35k
4. Jaket windbreaker, XL - 65k
5. Celana kulot, 29 - 40k
Ambil di Tembilahan atau kirim ke Pekanbaru & Dumai. Order ketik nomor + nama.
"""),
R("listing", "illegal_regional_codeword", "1111", """
CAKAR KIDS 🧸 khusus baju anak
Umur 1-10 tahun, kaos 7rb, dress 15rb, jaket 25rb.
Ada juga baju renang & piyama.
Semua sudah kami cuci pakai deterjen bayi dan dijemur kering, tinggal pakai.
Ukuran kami tulis di kertas kecil yang dijepit, jadi mama-mama tidak perlu bongkar satu-satu.
Ada juga sepatu anak, sandal, dan topi, 10-20rb.
Yang mau antar ke rumah di Perumnas, Panakkukang, Tamalate, ongkos gojek saja.
Barang yang sudah dibeli tidak bisa dikembalikan nah, cek baik-baik dulu sebelum bayar.
Buka tiap Minggu di Jl. Hertasning depan alfamart, jam 7 pagi.
Mama-mama datang mi cepat, biasa habis sebelum jam 10 😄
"""),
R("listing", "illegal_regional_codeword", "1111", """
Ready MONJA premium ✨
Blouse, kemeja, celana kain wanita, kondisi 90%.
Harga 35-85rb, foto real di album FB.
Bisa COD Panam atau Sukajadi, kirim luar kota via JNT.
Yang mau pesan cari merk tertentu boleh, kita carikan di lapak.
"""),
R("listing", "illegal_regional_codeword", "1111", """
📢 Cabo naik kapal sore ini, besok pagi sampai Pelabuhan Manado.
Kaos, jaket hoodie, celana training, kemeja batik.
Yang di Tahuna & Siau boleh pesan dulu, kita pilihkan terus titip di ekspres.
Harga kaos 15, hoodie 60, celana 35 (ribu).
Yang dari kampung-kampung di Sangihe, kase tau ukuran deng warna, torang pilih yang paling bagus.
Pembayaran transfer dolo, baru barang diantar ke pelabuhan.
Kalau barang nyanda cocok ukuran, boleh tukar minggu depan, asal jangan dipake dulu.
Torang so jualan dari 2015, tanya jo pa orang Paal Dua, dorang kenal.
Tuhan berkati, selamat berbelanja.
Torang siap antar.
"""),
R("listing", "illegal_regional_codeword", "1111", """
Cakbor Sentani buka hari ini ☀️
Baju, celana, selimut, jaket, sepatu anak sekolah.
Harga 5 ribu - 20 ribu, sepatu 50 ribu.
Tempat: Pasar Pharaa, lapak paling ujung dekat tempat parkir motor.
Mama-mama, bapa-bapa, datang sudah!
"""),
R("listing", "illegal_regional_codeword", "1111", """
RB NTT 🌾 Maumere punya
Baju kaos perempuan 5rb, kemeja 15rb, rok 10rb, celana jeans 30rb.
Kami jual tiap Kamis di Pasar Nita, minggu lainnya di Pasar Alok.
Barang datang dari Surabaya naik kapal ke Maumere, kami buka bal pagi-pagi di lapak.
Paling laris kemeja kerja buat guru dan pegawai kantor desa, juga rok panjang buat ibadah.
Ada juga selimut tebal buat yang tinggal di gunung, 35rb satu.
Mama-mama boleh tawar, tapi jangan terlalu turun, kami juga bayar ongkos kapal mahal.
Terima kasih untuk langganan dari Wolowaru yang selalu datang jauh-jauh.
Pesanan dari Ende & Larantuka bisa lewat oto, bayar di tempat.
"""),
R("listing", "illegal_regional_codeword", "1111", """
BATAM IMPOR alias BI pilihan 😎 Sidoarjo - Surabaya
Kemeja lengan panjang kantoran 30rb
Polo shirt 25rb
Celana bahan 35rb
Ambil di rumah daerah Waru atau COD Bungurasih.
Barang dipilih satu-satu, bukan asal ambil dari tumpukan.
"""),
R("post", "illegal_regional_codeword", "1111", """
Sopo sing lagi golek awulan apik? 🙋‍♂️
Lapakku pindah nang Pasar Legi Parakan, kios ngarep, cedak parkiran.
Kemeja flanel 20 ewu, jaket 35 ewu, sweater 25 ewu.
Tiap Selasa ono barang anyar, Jumat wis diobral.
Sing adoh iso tak kirimi, ongkir dewe yo.
"""),
R("listing", "illegal_regional_codeword", "1111", """
Rombengan pilihan ex Tawau 🇲🇾➡️
Jaket musim dingin, sweater, kemeja kerja, celana jeans.
Harga 30-100rb, jaket tebal 120rb.
Kami di Sebatik, kirim pakai speed ke Tarakan dan Nunukan, bisa juga ke Parepare pakai kapal Pelni.
Tanya stok: 0853xxxx (chat saja).
Barang kami ambil sendiri di Tawau, bukan dari tangan ketiga, jadi harga bisa bersaing.
Jaket musim dingin laku keras buat yang mau kerja ke Korea atau Jepang, banyak pesan dari Makassar.
Kirim pakai speed pagi, sampai Tarakan siang, sampai Nunukan cepat.
Yang lewat kapal Pelni ke Parepare barang kami bungkus karung rapat, tulis nama penerima besar-besar.
Bayar separuh dulu, separuh lagi setelah barang sampai.
"""),
R("listing", "illegal_regional_codeword", "1111", """
Pasar Tungging mini di rumah 😄 Banjarmasin
Baju Korea lawas, kemeja, jaket, dress, celana kulot.
Harga 20-50 ribu. Lokasi Kelayan Selatan, jalan lingkar dalam.
Buka sore jam 3 sampai magrib. Bisa kirim ke Martapura & Banjarbaru.
"""),
R("listing", "illegal_regional_codeword", "1111", """
Cakar bongkar Youtefa 📦
Jaket 30rb, kemeja 15rb, kaos 10rb, celana 20rb.
Kami bongkar karung tiap akhir bulan, jadi akhir bulan datang paling pagi.
Pesan dari Wamena atau Merauke bisa, kirim pakai pesawat kargo, ongkir hitung sendiri.
"""),
R("listing", "illegal_regional_codeword", "1111", """
MONZA LOKASI BERASTAGI 🏔️
Jaket gunung & sweater tebal, cocok buat dingin di atas.
Harga 40-90rb, jaket bulu 130rb.
Lapak depan pajak buah, sebelah penjual jeruk.
Turis dari Medan banyak yang singgah, jadi datang pagi biar dapat pilihan.
Kalau weekend lapak buka dari jam 7, sore agak cepat tutup karena kabut turun.
Ada juga sarung tangan, kupluk, syal, cocok buat yang mau naik Sibayak subuh.
Harga bisa nego kalau ambil banyak, rombongan kampus biasanya dapat potongan.
Bisa kirim juga ke Kabanjahe dan Medan, ongkir dihitung per kilo.
"""),
]
