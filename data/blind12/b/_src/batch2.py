from common import r

# batch 2: code words, regional names, routes, grades and units
RECORDS = [
r("post", "regional_code_word", 1, 1, 1, 1, """Cakar baru datang dii, langsung dibongkar besok pagi di lods kami Jl. Aroepala 🙏
Ada jaket parasut, kemeja kantor, sepatu sport
Harga mulai 15 ribu, mauki cari apa adaji semua
Datangki cepat sebelum diambil orang"""),

r("listing", "regional_code_word", 1, 1, 1, 1, """Monza Medan - Kemeja Flanel Pria
Dari Pajak Melati, pilihan sendiri satu-satu
Size M-XL, warna kotak-kotak macam-macam
35rb/pcs, borong 10 pcs 300rb
Kirim ke seluruh Sumut, Aceh, Riau"""),

r("post", "regional_code_word", 1, 1, 1, 1, """Lelong leker masok hari Sabtu nih kawan 😎
Sepatu Nike sama Adidas banyak, tas wanita ade gak
Lapak kami di Komplek UK Pontianak Barat, tanya je Bang Iwan
Harga bisa dibincang, datang pagi biar puas milih"""),

r("message", "route_wholesale", 1, 1, 1, 1, """Stok dari Tawau udah nyebrang bos, 40 karung rombengan campur
Ada yg isi sepatu, ada yg baju wanita, ada selimut.
Per karung 2,1jt ambil di Nunukan, kalau mau dikirim ke Tarakan tambah ongkos kapal.
Pesan sekarang, minggu depan harga naik."""),

r("listing", "bale_grade_price_list", 1, 1, 1, 1, """DAFTAR HARGA GUDANG (update minggu ini)
Kaos campur grade A: 55rb/kg
Kaos campur grade B: 32rb/kg
Kemeja sortiran premium: 70rb/kg
Jaket tebal per koli (45kg): 3,4jt
Celana jeans per karung (±100 pcs): 2,9jt
Minimal ambil 20kg. Bisa kirim ke luar pulau."""),

r("post", "regional_code_word", 1, 1, 1, 1, """Sugeng enjing lur, awul-awul sekaten kali ini lapak kami ada di sisi utara alun-alun 🙏
Kathok, klambi, jaket, tas, kabeh ana. Rega wiwit 10ewu
Sing seneng ngawul monggo pinarak, barang anyar buka karung saben esuk"""),

r("message", "route_wholesale", 1, 1, 1, 1, """Bang, barang Batam dah sampai Tanjungpinang, besok naik kapal ke Jakarta.
Isinya 25 koli baju campur + 10 koli sepatu.
Kalau abang mau ambil setengah, DP transfer sekarang biar aku amankan.
Jangan telpon, WA aja 0852xxxx"""),

r("profile", "regional_code_word", 1, 1, 1, 1, """ROMA NUNUKAN - Kios Hj. Maryam
Rombengan Malaysia pilihan: sepatu, tas, jaket, baju anak
Buka baru tiap Jumat pagi
Jl. Pasar Baru, Nunukan Utara
Melayani kirim ke Tarakan & Tanjung Selor"""),

r("listing", "bale_grade_price_list", 1, 1, 1, 1, """Jual Sortiran Kemeja Wanita Grade S per 25kg
Sudah dipilih dari bal utuh, yang rusak dibuang
Isi blus, kemeja chiffon, atasan kerja
Harga 2,25jt per 25kg, free karung
Cocok buat yang punya lapak di pasar malam"""),

r("post", "market_geography", 1, 1, 1, 1, """Info buat yang mau cari stok: gudang di belakang Pasar Tungging Bandar Lampung lagi obral sisaan karung minggu kemarin. 
Per karung isi jaket anak 1,4jt aja. Barang masih bagus-bagus, cuma campur ukuran. Tanya ke Pak Dul yang pake topi merah, bilang mau ambil karungan."""),

r("live", "regional_code_word", 1, 1, 1, 1, """Ayo yang di Palu, live cakar malam ini!!
Dapat dari Pare-pare tadi pagi, masih bau karung 😂
Celana kain kantor 20rb, gaun pesta 35rb
Ketik nomor barang, nanti kami antar pakai ojek ke rumah"""),

r("message", "route_wholesale", 1, 1, 1, 1, """Assalamualaikum pak, ini dari Dumai. Kiriman minggu ini ada 60 goni, campur baju dewasa dan anak.
Harga per goni 1,8jt sampai Pekanbaru.
Yang mau ambil koli kecil juga bisa, 700rb per koli.
Bayar separuh di muka, sisanya pas barang diturunkan."""),

r("post", "reseller_recruit_code", 1, 1, 1, 1, """Dicari mitra jualan monja untuk Siantar, Tebing, Kisaran 🙌
Barang kami ambil langsung dari Belawan, per karung atau per kilo
Mitra bisa ambil minimal 1 karung, kami kasih harga agen
Yang serius inbox, jangan cuma tanya harga terus hilang ya"""),

r("listing", "bale_grade_price_list", 1, 1, 1, 1, """BAL PRESS CAMPUR 100KG — kode KR-A
Isi: kaos, kemeja, celana pendek, dress
Kualitas kepala (grade A) sekitar 60%, sisanya badan
Harga 5,9jt, sudah termasuk bongkar muat
Gudang Karawang, bisa dilihat dulu sebelum bayar"""),

r("comment", "regional_code_word", 1, 1, 1, 1, """@andika.btm kalo mau baju batam yg murah langsung ke kios aku di Pasar Jodoh aja bang, ada jaket kulit, kemeja, celana. 
kemarin baru buka karung dari Singapore. chat dulu biar disisihkan"""),

r("post", "market_geography", 1, 1, 1, 1, """Kebon Kalapa Bandung update hari ini ✨
Kios kami (lantai dasar no. 17) baru turun barang dari gudang Gedebage: coat panjang, blazer, rok plisket
Semua hasil sortiran karungan terbaru
Rp35.000 - Rp120.000
DM untuk cek stok, bisa kirim keluar kota"""),

r("message", "route_wholesale", 1, 1, 1, 1, """Sis, mau tawarin koli sepatu dari Port Klang. Masuk lewat Tanjungbalai, sekarang di gudang Kisaran.
Satu koli isi 60-70 pasang, ada sneakers, pantofel, sepatu bola.
3,6jt per koli. Foto isi bisa aku kirim ke WA sis."""),

r("listing", "regional_code_word", 1, 1, 1, 1, """Burjer Kupang — Jaket & Hoodie Pilihan
Barang bongkar karung hari Kamis di Pasar Oeba
Hoodie 40rb, jaket jeans 55rb, sweater rajut 30rb
Bisa antar dalam kota, luar kota via kapal/ekspedisi"""),

r("post", "regional_code_word", 1, 1, 1, 1, """Babebo di pasar Inpres sudah buka lagi kawan 🙌
Baju bekas bos ini, ada kemeja lengan panjang, celana kain, tas sekolah
Karung baru turun dari kapal minggu ini, mari singgah
Lapak nomor 4 samping penjual pinang"""),

r("listing", "bale_grade_price_list", 1, 1, 1, 1, """Ready per koli: selimut & bed cover (45kg) — 2,7jt
Per koli: gorden & taplak campur — 2,2jt
Per karung: handuk tebal — 1,5jt
Barang second pilihan, layak pakai. Harga belum ongkir.
Lokasi gudang Tanjung Priok"""),

r("comment", "reseller_recruit_code", 1, 1, 1, 1, """Yg nanya cara jadi agen cakar: minimal ambil 2 karung dulu ya, harga agen 1,6jt per karung campur. 
Nanti dapat grup WA buat info barang datang dari Pare. Ada yg di Bone sama Sinjai udah jalan, lumayan katanya"""),

r("post", "market_geography", 1, 1, 1, 1, """Pajak Melati hari Minggu ini aku buka bal jaket kulit 🧥
Kulit asli, ada bomber, biker, blazer
Harga 150-400rb tergantung kondisi
Yang di luar Medan bisa video call, nanti aku pilihkan lalu kirim JNE"""),
]
