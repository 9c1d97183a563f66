# Batch 1: illegal records, plain words (first 23) and code words / geography (next 23).
# Tuple: (kind, category, offer, used, clothing, abroad, text)
RECORDS = [
("listing", "plain_offer", 1, 1, 1, 1, """Jaket Bekas Impor Korea Original Murah Bahan Tebal Siap Pakai
Kondisi 90% masih mulus, tidak ada sobek. Ukuran L (lebar dada 58 cm, panjang 70 cm).
Barang second import, sudah dicuci laundry, wangi.
Harga 85rb nego tipis. Bisa COD daerah Bekasi Timur."""),

("post", "plain_offer", 1, 1, 1, 1, """BONGKAR BAL HARI INI JAM 7 MALAM 🔥🔥
Bal kemeja flanel campur, katanya dari Jepang. Kita buka live di akun @gudangflanel.jkt, siapa cepat dia dapat ya guys
Harga mulai 25rb - 60rb, yang ada noda dikasih tau sebelum checkout
#bongkarbal #flanelbekas #thriftjakarta"""),

("live", "plain_offer", 1, 1, 1, 1, """Halo halo kakak yang baru join, selamat datang di live Lapak Bu Rini!
Malam ini kita buka karung baru, celana jeans second import Jepang semua, ada Levi's, Edwin, Big John.
Mau yang mana tinggal ketik nomor gantungannya ya kak, misal "J12", nanti admin keep.
Harga flat 50rb, dua potong 90rb. Ongkir tanggung sendiri. Yuk diserbu sebelum habis!"""),

("message", "plain_offer", 1, 1, 1, 1, """Assalamualaikum bapak ibu reseller,
stok baju bekas impor sudah masuk lagi di gudang kami Cikarang. Kaos campur grade A 1 bal isi ±300 pcs, kemeja wanita 1 bal ±400 pcs.
Untuk harga silakan japri admin Sinta 0813xxxx.
Pengiriman via ekspedisi ke seluruh Jawa dan Sumatera. Terima kasih 🙏"""),

("profile", "plain_offer", 1, 1, 1, 1, """🌿 Thrift Corner Malang 🌿
Baju bekas impor pilihan, dikurasi satu-satu
Open Selasa–Minggu, 10.00–21.00 | Jl. Sumbersari gang 3 (rumah pagar hijau)
Shopee: thriftcorner.mlg | Order WA 0857xxxx
Semua barang sudah laundry, no return ya"""),

("post", "plain_haul", 1, 1, 1, 1, """Haul thrifting minggu ini, total cuma habis 180rb 😭
- hoodie Champion ex Amerika 60rb
- kemeja linen Uniqlo 35rb
- rok plisket Jepang 40rb
- tas kanvas 45rb
Semua dari kios Mas Andri, Blok III Pasar Senen lantai 2, yang sebelah tangga. Bilang aja tau dari aku, suka dikasih diskon wkwk"""),

("listing", "plain_offer", 1, 1, 1, 1, """Sepatu Bekas Import Nike Air Max 90 Size 42 Original Second
Jual sepatu bekas impor, dapat dari bal sepatu Thailand. Sol masih tebal, upper ada sedikit creasing (lihat foto ke-4).
Sudah dicuci dan disemprot disinfektan.
Harga 275.000, no box. Kirim dari Bandung setiap hari kerja."""),

("post", "plain_offer", 1, 1, 1, 1, """Baju thrift 15rb-an masih ada kok!! 😍
Kami buka lapak tiap Sabtu Minggu di depan Indomaret Jl. Kaliurang km 9, isinya kaos, kemeja, celana pendek, jaket parasut.
Barang second import dari Korea & Jepang, dipilihin yg layak aja.
Dateng pagi biar dapet hidden gems 💎"""),

("comment", "plain_reply", 1, 1, 1, 1, """@dinaa.ptr masih ready kak yang sweater rajut abu, size M. Itu second import Jepang, ada sedikit bulu-bulu kecil wajar pemakaian.
65rb aja, kalau ambil dua sama cardigan cokelat jadi 110rb. Checkout di keranjang kuning ya kak 🙏"""),

("listing", "plain_wholesale", 1, 1, 1, 1, """JUAL BALPRES CELANA CARGO PRIA 100KG
Asal barang: Korea, campur merk
Isi kurang lebih 280-320 potong, kualitas grade A campur B
Harga per bal Rp 6.800.000 (belum ongkir)
Ready gudang Tangerang, bisa cek foto & video bongkaran sebelum transfer.
Serius tanya saja, pembeli sekali ambil minimal 1 bal."""),

("post", "plain_reseller", 1, 1, 1, 1, """Buka lowongan RESELLER baju second import!! 📢
Kamu cukup posting foto yang kita kasih, untung bisa 20-40rb per potong.
Stok dari bal Jepang yang kita buka tiap minggu, grade A semua.
Tanpa modal stok, bisa sistem dropship. Minat? DM @preloveddepok_grosir atau klik link di bio."""),

("review", "plain_review_seller", 1, 1, 1, 1, """⭐⭐⭐⭐⭐ Barang sesuai deskripsi! Kemeja bekas impornya masih bagus banget, cuma ada satu kancing agak longgar. Seller fast respon, pengiriman 2 hari ke Surabaya.
Buat yang cari baju thrift murah, toko KlosetJepang_ID ini recommended, udah 3x order di sini dan belum pernah kecewa."""),

("post", "plain_offer", 1, 1, 1, 1, """Jaket kulit bekas dari Eropa baru sampai gengs 🧥
Ada 12 biji, ukuran rata-rata L-XL. Ada yang merk Zara, Mango, dan beberapa no brand tapi kulit asli.
Harga 150-350rb tergantung kondisi.
Lokasi toko di Gedebage, Bandung, los C nomor 14. Bisa juga kirim, tinggal DM 📩"""),

("message", "plain_broadcast", 1, 1, 1, 1, """*PROMO AKHIR BULAN* 🛍️
Baju anak second impor Korea, lucu-lucu dan bersih.
Paket 10 potong campur umur 1-5 th cuma 120rb
Paket 20 potong 220rb
Bayar via transfer / Dana, kirim JNE/J&T.
Balas pesan ini dengan ketik "MAU" + alamat lengkap ya bunda 🙏"""),

("live", "plain_offer", 1, 1, 1, 1, """Oke guys ini bal baru ya, bal hoodie Amerika, baru kita gunting talinya nih lihat
Ini dia, hoodie Carhartt abu-abu, kondisi oke, ada logo kecil di dada, 120 ribu aja
Siapa mau? Ketik "ambil" di kolom komentar
Next, ini Nike hitam ada sedikit pudar, 85 ribu, gas gas gas"""),

("profile", "plain_offer", 1, 1, 1, 1, """KARUNG JAYA SUPPLIER 🇮🇩
Distributor ballpress pakaian bekas impor sejak 2015
✔ Bal Korea ✔ Bal Jepang ✔ Bal China grade premium
Melayani eceran & grosir, kirim ke seluruh Indonesia
Gudang: Kalideres, Jakarta Barat
Order: 0878xxxx (admin Yudi)"""),

("post", "plain_recommendation", 1, 1, 1, 1, """Thread: tempat thrifting di Jogja yang masih worth it 2024 🧵
1. Pasar Beringharjo lantai 3, pojok belakang, banyak kemeja bekas impor 20rb-an
2. @kiosbekasjogja di Jl. Gejayan, lebih rapi dan sudah disortir, harga 40rb ke atas
3. Lapak awul-awul di Alun-alun Utara kalau lagi ada Sekaten
Jangan lupa bawa tas sendiri ya, dan cuci dulu sebelum dipakai!"""),

("listing", "plain_offer", 1, 1, 1, 1, """Tas Bekas Branded Impor Jepang Coach Signature Shoulder Bag
Preloved dari Jepang, dapat dari bongkaran bal tas di Batam.
Kulit masih lentur, ada goresan kecil di bagian bawah, resleting lancar.
Dimensi 28 x 18 x 8 cm. Harga Rp 430.000, nett.
Free bubble wrap, kirim dari Tangerang Selatan."""),

("comment", "plain_reply", 1, 1, 1, 1, """Bisa kak, kita juga jual per karung buat yang mau usaha. Karung kaos campur isi 150 pcs 2,1jt, karung celana pendek isi 200 pcs 2,5jt.
Barang bekas impor dari Malaysia, belum disortir. Lanjut chat WA aja ya kak biar enak, nomornya ada di bio 😊"""),

("post", "plain_offer", 1, 1, 1, 1, """Grand opening toko kedua kami! 🎉
THRIFTHOUSE.PKU sekarang hadir juga di Jl. Arifin Ahmad, Pekanbaru.
Baju bekas import Korea dan Jepang, ratusan potong baru dibongkar dari bal.
Promo pembukaan: beli 3 gratis 1, berlaku 3 hari aja
Sampai jumpa di toko! #thriftpekanbaru #bajubekasimport"""),

("listing", "plain_offer", 1, 1, 1, 1, """Kemeja Hawaii Vintage Second Import USA Rayon Size XL
Motif bunga kuning-biru, bahan rayon adem. Ini barang bekas impor Amerika, ada label "Made in Hawaii".
Minus: ada noda samar di ujung lengan kiri, hampir tidak kelihatan.
Harga 95rb. Stok cuma 1, tidak restock."""),

("message", "plain_offer", 1, 1, 1, 1, """Bang, saya dari grup reseller kemaren. Ini ada sisa 3 bal jaket bekas Korea di gudang Cakung, isinya jaket musim dingin, bomber, sama parka. Saya lepas 7,5jt per bal karena mau kosongin gudang sebelum akhir bulan.
Kalau abang minat, besok bisa lihat langsung. Kabarin ya bang."""),

("post", "plain_offer", 1, 1, 1, 1, """Selamat pagi warga Kendari 👋
Pakaian bekas impor baru turun kapal, kami buka di Pasar Sentral Kota mulai jam 8 pagi.
Ada gaun pesta, blazer kerja, baju anak, seprai dan gorden.
Harga mulai 10 ribu. Datang cepat, barang bagus tidak menunggu lama 😁"""),

# --- code words, geography, wholesale lists ---
("post", "regional_code_word", 1, 1, 1, 1, """Buka cakar baru hari Minggu di lapak kami, Pasar Terong lantai 2 🙌
Karung dress wanita sama kemeja kantor, rata-rata masih mulus.
Harga buka 30-45rb, sore biasa turun jadi 15rb.
Yang dari luar kota bisa video call dulu, nanti kami kirim via Pelni."""),

("post", "regional_code_word", 1, 1, 1, 1, """MONZA MASUK LAGI horas kawan 🔥
Jaket, sweater, celana jeans, sepatu, lengkap di kios 27 Pajak Melati.
Selasa, Jumat, Minggu kami buka dari pagi.
Yang mau titip cari barang tertentu, WA aja kak Butet 0812xxxx, nanti kami fotokan pas buka karung."""),

("listing", "regional_code_word", 1, 1, 1, 1, """Baju Lelong Pontianak Paket Usaha 50 Pcs Campur
Barang lelong asli dari seberang, masuk lewat Entikong.
Isi campur: kaos, kemeja, celana, beberapa jaket. Kondisi layak jual.
Harga paket Rp 750.000. Cocok untuk yang mau mulai buka lapak.
Ambil di gudang Siantan atau kirim via ekspedisi."""),

("message", "regional_code_word", 1, 1, 1, 1, """Info bos, awul2 tiba di Klaten hari Kamis. Karungan kemeja dan celana, 1 karung 1,8jt, karung jaket 2,4jt. Barang dari Batam, belum dipilah.
Yang pesan kemarin tolong DP dulu 50% biar saya amankan, sisanya bayar pas bongkar.
Lokasi bongkar di gudang belakang pasar Srago."""),

("post", "regional_code_word", 1, 1, 1, 1, """Rombengan baru buka dek! 😄
Di depan Pasar Kliwon, sebelah tukang es dawet. Gantungan isi kaos Korea, jaket kulit, sepatu kets, macam-macam lah.
Limang ewu nganti 40 ewu, monggo dipilih-pilih sendiri.
Buka tiap Rabu sore sampai Isya."""),

("post", "port_route", 1, 1, 1, 1, """Stok baru masuk dari Tanjungbalai, jaket parka dan coat wol, bersih dan tebal.
Cocok buat yang mau ke Jepang atau Eropa, daripada beli baru jutaan.
Harga 90rb-250rb per potong.
Ambil di rumah kami di Kisaran atau kirim ke seluruh Sumatera via Sentral Cargo."""),

("message", "wholesale_price_list", 1, 1, 1, 1, """DAFTAR HARGA MINGGU INI
Kaos campur sortiran A .... 38rb/kg
Kemeja pria sortiran A .... 42rb/kg
Jeans mix .... 45rb/kg
Jaket winter .... 55rb/kg
Sortiran B semua item turun 10rb/kg
Minimal order 25 kg. Stok di gudang Kapuk, pengiriman Senin-Sabtu."""),

("listing", "bale_grade", 1, 1, 1, 1, """Koli Sepatu Olahraga Mix Grade S Isi 40 Pasang
Sepatu running & casual, brand campur (Adidas, Nike, Asics, New Balance). Grade S = kondisi 85-95%.
Per koli Rp 3.200.000. Tersedia juga grade A Rp 2.300.000.
Foto sampel sesuai isi, bukan foto katalog.
Pengiriman dari Medan, packing karung ulang."""),

("profile", "regional_code_word", 1, 1, 1, 1, """Cakar Hertasning Official 🧺
Jual pakaian cakar pilihan, tas, sepatu, selimut
Buka tiap sore 15.00-22.00, Jl. Hertasning Baru Makassar
Bisa kirim ke Gowa, Maros, Takalar
DM untuk list harga karungan buat reseller"""),

("post", "port_route", 1, 1, 1, 1, """Jastip Batam 🚢 barang Batam bos!
Minggu depan saya ke Batam lagi, bisa titip kemeja, jaket, tas, sepatu dari pasar Jodoh dan Aviari. Barang second bagus-bagus, pilihan saya sendiri.
Fee jastip 25rb per item + ongkir. Close order hari Jumat.
Yang mau titip cari model tertentu kirim contoh fotonya ya."""),

("comment", "border_route", 1, 1, 1, 1, """Ada bang, kami ambil langsung dari Tawau, masuk lewat Nunukan. Jaket, celana, tas, semua bekas tapi masih bagus.
Kalau mau per karung harga 2,5jt, isinya sekitar 120 lembar. Kirim ke Tarakan bisa, ongkos kapal ditanggung pembeli ya."""),

("post", "wholesale_price_list", 1, 1, 1, 1, """Ready per karung & per koli, cocok buat pemula 💼
🔹 Karung kaos anak ±200 pcs — 1.650.000
🔹 Karung dress wanita ±180 pcs — 2.300.000
🔹 Koli tas wanita ±60 pcs — 2.900.000
🔹 Koli sepatu ±35 pasang — 2.750.000
Semua bal Korea, segel dari gudang. Tanya-tanya boleh, PHP jangan 😅"""),

("live", "market_geography", 1, 1, 1, 1, """Selamat sore dari Kebon Kalapa Bogor! Ini saya lagi di kios ya, hari ini barang baru dibuka tadi siang
Lihat nih sweater, cardigan, banyak yang wool, pas buat musim hujan
Harga 35 sampai 70, sebut nomor gantungan di komentar
Pengiriman besok pagi, yang transfer hari ini diprioritaskan"""),

("listing", "bale_grade", 1, 1, 1, 1, """Sortiran Jaket Denim Pria Per Kilo Harga Grosir
Hasil sortiran grade A, kondisi bagus tanpa sobek.
Harga Rp 68.000/kg, 1 kg isi sekitar 1-2 jaket.
Minimal pembelian 10 kg. Bisa campur dengan sortiran kemeja.
Gudang kami di Cimahi, dekat jalur ke Gedebage."""),

("post", "reseller_recruitment", 1, 1, 1, 1, """Dicari mitra lapak di Sulawesi Tengah dan Gorontalo 🙌
Kami suplai karungan pakaian cakar langsung dari Pare-Pare, harga tangan pertama.
Bisa mulai dari 1 karung. Dibantu foto konten dan cara jual lewat live.
Minat gabung, isi form di link bio atau DM langsung."""),

("message", "port_route", 1, 1, 1, 1, """Permisi pak, kontainer kemarin dari Port Klang sudah keluar dari Dumai. Isinya 120 bal campur, ada jaket, celana, kemeja wanita.
Bapak masih ambil 10 bal seperti bulan lalu? Harga naik sedikit jadi 5,9jt per bal karena biaya jalur makin mahal. Kabari sebelum Rabu ya pak."""),

("post", "regional_code_word", 1, 1, 1, 1, """Baju babebo murah meriah di Pasar Sentral Ambon 🌊
Kaos oblong, celana pendek, baju renang, semua barang kapal dari luar.
Harga 10-35rb saja.
Biar bisa tampil keren tanpa keluar banyak uang, mari mampir basudara!"""),

("comment", "market_geography", 1, 1, 1, 1, """Kak kalo nyari coat panjang mending ke Pasar Tungging Padang, kios Uda Rahmat, barang dia suka ada yang dari Korea, bekas tapi masih kece dan harganya 60-100rb.
Dia juga nerima kirim luar kota kok, tinggal DM ig-nya @rahmat.tungging"""),

("listing", "wholesale_price_list", 1, 1, 1, 1, """Bal Selimut & Bed Cover Campur 45kg
Isi: selimut bulu, bed cover, sarung bantal, gorden. Asal Jepang.
Kondisi layak jual ±85%, sisanya bisa buat keset/lap.
Harga Rp 3.100.000/bal. Ongkir menyesuaikan.
Ready di Surabaya (Kenjeran), bisa ambil pakai pick up."""),

("post", "regional_code_word", 1, 1, 1, 1, """Burjer masuk Lombok lagi gengs! 😎
Buruan datang ke lapak kami di Pasar Kebon Roek, baju-baju bekas luar negeri baru dibongkar kemarin.
Ada kemeja, jaket jeans, kaos band.
Harga mulai 15rb. Buka sampai jam 5 sore."""),

("message", "bale_grade", 1, 1, 1, 1, """Selamat malam kak, berikut stok koli yang masih ready di gudang:
- Koli kemeja wanita grade A (55 kg): 4,2jt
- Koli celana anak grade B (50 kg): 2,6jt
- Koli jaket grade A+ (45 kg): 5,1jt
Untuk grade A+ tinggal 2 koli. Pemesanan sampai Sabtu, pengiriman lewat Belawan.
Terima kasih sudah langganan."""),

("post", "market_geography", 1, 1, 1, 1, """Dari Pajak Sambu pulang bawa 3 jaket sama 1 tas 🤭
Kiosnya yang di lorong tengah, abangnya marga Sitompul, barang-barangnya dari Korea, harga bisa ditawar sampai setengah. Kalau kalian ke Medan wajib mampir.
Tapi yang jelas bawa kantong sendiri dan siap berpeluh ya!"""),
]
