# Illegal, code words and the trade's geography, few famous words. Hand-written.
I = (1, 1, 1, 1)
RECORDS = [
("post", "regional_code_word", I, """
Cakar baru masuk di lapak kami, Pasar Butung lantai 2 👕
Kemeja kantoran, celana kain, jas juga ada
Mulai 20 ribu ji, datangmi pilih sendiri sebelum dihabiskan orang
Buka dari jam 8 pagi sampai magrib
"""),
("listing", "regional_code_word", I, """
Jual monza pilihan, jaket kulit & jaket jeans
Diambil dari Pajak Melati, udah dipilih yang bagus-bagus aja
Harga 75rb-200rb, ukuran lengkap
Bisa kirim keluar Medan, ongkir tanggung kam ya
WA 0813xxxx
"""),
("post", "regional_code_word", I, """
Awul-awul Sekaten mbuka maneh lur! 😄
Lapak kulo ing sisih lor alun-alun, ngarep masjid
Klambi, jaket, sepatu, tas, regane mulai 10 ewu
Barang anyar teko karungan wingi sore
Monggo mampir, iso nyang sak pol e
"""),
("message", "trade_geography_route", I, """
Bos, koli dari Tawau sudah lepas Nunukan kemarin malam
Isi 12 koli: 7 kemeja campur, 3 jeans, 2 sepatu
Kalau aman Senin sudah di Pare-Pare, langsung bagi ke lapak seperti biasa
Harga per koli sama dengan bulan lalu, transfer setengah dulu
"""),
("listing", "bale_grade_price_list", I, """
PRICE LIST SORTIRAN MINGGU INI
Grade S (jaket branded): 65rb/kg
Grade A (kaos & kemeja): 38rb/kg
Grade B (campur, ada cacat): 18rb/kg
Minimal ambil 25 kg per jenis
Gudang di Tanjungbalai, kirim via truk ke Medan/Pekanbaru tiap Rabu
"""),
("post", "regional_code_word", I, """
Rombengan pojok pasar Klewer udah buka lagi guys 😍
Kemaren aku dapet blazer wol 25rb sama kaos band 15rb
Ibu yang jual bilang karungnya dateng tiap Kamis, jadi mending dateng Jumat pagi
Lapak bu Tarmi, sebelah tukang es dawet
"""),
("message", "reseller_recruitment", I, """
Nyari partner lapak di Kaltim 🙏
Kami pemasok goni baju dari Tawau, ambil minimal 5 goni
Satu goni isi ±250 potong, campur pria wanita
Harga reseller khusus wilayah Samarinda, Balikpapan, Bontang
Barang diantar sampai pelabuhan, bongkar sendiri
Hubungi Koh Ahen 0811xxxx
"""),
("post", "market_of_trade", I, """
Lapak kami di Cimol Gedebage blok D no. 41 restok jaket parasut & windbreaker 🌬️
Barang bukaan karung Sabtu kemarin, masih banyak yang mulus
Harga 40-90rb, bisa grosir buat yang mau jual lagi
Mampir ya akang teteh, buka tiap hari kecuali Jumat siang
"""),
("listing", "bale_grade_price_list", I, """
Jual per karung kaos oblong campur
1 karung ±80kg isi kurleb 400 pcs
Sortiran A: 4,2jt
Sortiran B: 2,7jt
Dijual tanpa buka, beli sistem untung-untungan
Ambil di Belawan atau dikirim dengan truk ekspedisi
"""),
("post", "regional_code_word", I, """
Ke Bukittinggi jangan lupa singgah Pasar Lereng ya dunsanak 😁
Lapak Uni Ros di tangga kedua jual baju lelong: kemeja, jaket gunung, sepatu boot
Murah-murah, jaket parka cuma 80rb
Bilang kawan Rina, nanti dikasih kurang sedikit
"""),
("comment", "regional_code_word", I, """
@aris_mks ada kak, cakarnya masih banyak. Celana chino 25rb, kemeja flanel 30rb, jaket 50rb.
Kalau mau ambil banyak buat dijual lagi bisa harga karungan, nanti saya kirim foto isi karungnya.
Lokasi di Jl. Sunu dekat pasar, buka sampai jam 10 malam.
"""),
("message", "trade_geography_route", I, """
Info buat pelanggan lama: barang dari Batam sudah tiba di Tanjungpinang, pengiriman ke Jakarta minggu depan
Yang kemarin pesan jaket & coat tolong konfirmasi ulang ukuran
Harga grosir tetap: jaket 45rb/pcs, coat 70rb/pcs (min 20 pcs)
Ecer silakan datang ke kios kami di Senen Blok 3, lantai 1 nomor 112
"""),
("live", "live_pecah_kawat", I, """
Kawan-kawan, sore ini jam 4 kita pecah kawat live dari lapak Simalingkar ya!
Isinya kemeja kerja cowok, kira-kira 300 lembar
Harga 100 dapat tiga, pilih sendiri di live
Yang dari luar kota transfer dulu baru dikirim, pakai JNT
"""),
("post", "regional_code_word", I, """
BJ murah meriah ges! 😆
Baju buruan Jambi, baru diturunkan dari mobil tadi subuh
Kaos 10 ribu, kemeja 15 ribu, celana 20 ribu
Lokasi: lapak depan Pasar 16 Ilir, Palembang
Dak pacak COD yo, datang langsung bae
"""),
("listing", "regional_code_word", I, """
Baju Batam eceran & grosiran 📦
Jaket, sweater, kemeja, dres, semua bukaan bal
Eceran mulai 15rb, grosir harga kilo
Toko Berkah, Jl. Raden Intan Bandar Lampung (sebelah toko emas)
Buka Senin - Sabtu
"""),
("message", "reseller_recruitment", I, """
Selamat pagi,
Kami distributor bale dari Port Klang, kirim reguler ke Dumai tiap 2 minggu.
Untuk mitra baru ada potongan 5% pembelian pertama, minimal 10 bale.
Jenis: ladies top, men shirt, kids mix, denim, jacket winter.
Pembayaran via agen, invoice dalam ringgit atau rupiah.
Kontak: Pak Lim 0812xxxx
"""),
("post", "regional_code_word", I, """
Obok-obok Pasar Gembong edisi Minggu pagi 🙌
Yang jual bilang ini karungan Korea, jadi banyak baju musim dingin
Lapak Cak Man buka jam 5 subuh sampai jam 10, habis itu udah diserbu
Harga 5 ribu - 20 ribu, tinggal korek-korek aja
"""),
("listing", "bale_grade_price_list", I, """
Per koli jaket campur ready 🔥
1 koli = 45 kg, isi ±90 jaket
Harga 3,6jt/koli
Sortir sendiri, tidak bisa pilih isi
Barang tiba dari Entikong minggu ini, stok 8 koli
Pontianak bisa ambil di gudang, luar kota via kapal
"""),
("post", "regional_code_word", I, """
Yuk ke monja Pasar Aksara!
Lapak Mak Ucok baru buka karung dress & rok kemarin, warnanya cantik-cantik
15-35rb aja, masih bisa ditawar kalau pintar
Lokasinya di belakang deretan kedai kopi
"""),
("comment", "wholesale_price_reply", I, """
Balasan buat yang tanya harga grosiran:
Kemeja campur 18rb/pcs (ambil 50)
Jaket 35rb/pcs (ambil 30)
Celana panjang 20rb/pcs (ambil 50)
Barang sama dengan yang di lapak, dari karung yang turun di Dumai. Kirim pakai bus ke Padang/Jambi bisa.
"""),
("post", "regional_code_word", I, """
Babebo alias baju bekas bos, ada lagi di garasi rumah 🏠
Minggu lalu datang 3 karung dari Jakarta, isinya hasil pecah bal Korea
Kaos 10rb, celana training 15rb, jaket 30rb
Alamat: Perum Griya Asri blok F3, Sidoarjo. Buka sore aja ya jam 3-9
"""),
("message", "trade_geography_route", I, """
Bang, yg goni Malaysia udah sampe di Pelabuhan Tanjungbalai tadi subuh. 40 goni, isi sepatu 10, sisanya baju.
Kalau jadi ambil 15 goni, bayar di tempat, truk jalan nanti malam ke Siantar.
Jangan telpon, WA aja ke nomor baru 0822xxxx
"""),
("listing", "market_of_trade", I, """
Kios Roma Pasar Tungging, Kupang 🌴
Jual pakaian roma cowok cewek, sepatu, tas
Datang langsung atau pesan lewat foto
Kemeja mulai 20rb, celana jeans 35rb
Buka tiap hari jam 8-5
"""),
("post", "regional_code_word", I, """
Burjer (buruan Jerman) pilihan datang lagi guys 🇩🇪
Jaket wol, coat, sweater rajut, rata-rata kualitas bagus sekali
Harga mulai 50rb
Lapak di Pasar Ciputat, tanya ke Bang Ridwan
Yang mau titip cariin ukuran tertentu DM aja
"""),
("live", "live_sale_code", I, """
Live sore ini dari lapak cakaran Pasar Kapasan ✨
Barang baru turun dari karung: kemeja flanel, hoodie, kaos polo
Semua 25 ribu, ambil 5 bayar 100
Ketik "mau" + warna di komentar, admin akan rekap
"""),
("post", "bale_grade_price_list", I, """
Untuk teman-teman pelapak, kami buka pre-order karungan per kilo
Kaos sortir atas 42rb/kg
Jeans sortir atas 55rb/kg
Campuran bawah 15rb/kg
Barang masuk lewat Batam, keluar gudang Bogor tanggal 20
DP 30% buat booking karung
"""),
("comment", "regional_code_word", I, """
Di Makassar ji ini kak, lapak saya di Pasar Terong belakang.
Cakar anak-anak banyak, baju sekolah Jepang juga ada. Kalau mau ditanyakan ukuran, kirim saja foto yang ditunjuk, saya ukurkan. Ongkir ke Gowa murah ji.
"""),
("post", "market_of_trade", I, """
Hari ini aku ambil barang ke Pasar Senen buat jualan di toko sendiri, langsung dari bongkaran bal di Blok 3 🙌
Dapet 60 potong kemeja flanel & 20 jaket varsity
Mulai besok aku posting satu-satu di IG @ruangbekas.tgr, harga mulai 45rb
Turn on notif ya biar gak kehabisan
"""),
("message", "reseller_recruitment", I, """
Open mitra lapak awul-awul wilayah Solo Raya
Kami drop barang 2 karung per minggu, sistem bagi hasil 60:40
Lapak disediakan mitra sendiri (minimal 2x3 meter)
Cocok buat ibu rumah tangga atau yang mau usaha sampingan
Pendaftaran lewat WA 0815xxxx, survei lokasi gratis
"""),
("listing", "regional_code_word", I, """
Lelong Mak Pia – Pasar Inpres Tanjungpinang
Kemeja, blus, celana, tas tangan
Barang dari seberang, bongkar tiap Selasa pagi
Harga 5 ringgit? Tak lah, pakai rupiah je, 10 sampai 30 ribu 😄
Boleh pesan via WA 0812xxxx, hantar area kota
"""),
]
