# Hand-written one-liners, illegal side, part B.
DATA = r"""
@ market_name 1111
listing | Langsung dari Pajak Melati Medan, jaket gunung merk luar 70rb, kirim se-Sumatera
post | Lapak kami di Pamela blok C baru buka goni Korea, datanglah kak, harga kawan 🤝
listing | Kulakan langsung Senen Blok III: kemeja Jepang sortiran 25rb/pcs min 20
listing | Barang Gedebage pilihan, hoodie Korea 45rb, dikirim dari Bandung tiap hari
post | Hunting di Cimol tadi dapet 30 jaket varsity, dijual lagi di sini mulai 90rb 😎 DM
listing | Pasar Kodok Tabanan online: celana kargo eks luar 40rb, kirim se-Bali
listing | Ambil dari Karang Sukun Mataram, blus & dress eks Korea 20rb-an, kirim ke Sumbawa
post | Stok Tungging minggu ini 🔥 jaket Jepang 35rb, siap antar Banjarmasin-Banjarbaru
listing | Dari Gembong Surabaya: celana chino eks Jepang 30rb, grosir 50 pcs lebih murah
post | Subuh2 ke TP Pagi, borong kaos band luar, sekarang ready di toko kami ya 🛒
listing | Pilihan Pasar Terong, cardigan & dress eks Korea 30rb, COD Makassar
listing | Sentral Cakar Ratulangi: kemeja eks Australia 50rb, bisa kirim ke Gowa
post | Lapak Daimaru lt 2 baru datang karung Jepang, jaket kulit mulai 300rb, singgahki
listing | Masomba Palu: celana jeans eks Korea 35rb, ready banyak size
listing | Borongan Mardika Ambon, kaos & celana dari karung, 1 karung isi ±300, harga nego
post | Lapak cabo Hamadi lantai 2 masih buka e, barang baru dari karung, mari belanja 🙏
listing | Youtefa Abepura: jaket & kemeja luar, 20-60rb, pesan antar Jayapura
listing | Naikoten Kupang: sepatu 'second luar' 80rb, ada Nike & Puma, kirim ke Soe dan Kefa
post | Minggu pagi di TPI Alok ada barang RB baru turun, beta pilih yang bagus buat kam 😊
listing | Pasar Pagi Jodoh Batam: kaos 10rb tiga, celana 15rb, bisa kirim ke Karimun
post | Plaza Kodim lantai 3 Pekanbaru, lapak kami buka karung Jepang hari ini, merapat 🙌
listing | Dari 16 Ilir blok A, hoodie & jaket parasut luar 25rb, kirim se-Sumsel
listing | Pasar Simalingkar: monza jas & blazer 50rb, ongkir ke Deli Serdang murah
post | Pajak Sambu lantai 2, kemeja flanel luar baru buka goni, cuma 20 ribu dapat dua 😄
listing | Lemabang hari Minggu: celana pendek luar negeri 10rb, kaos 15rb, pesan via WA
listing | Kulakan Pasar Senggol Parepare, cakar Jepang per 10 pcs 150rb
post | Calaccu malam Rabu: cakar baru bongkar, kita tunggu di lapak nomor 7 ya 👋
listing | Pasar Pergung Jembrana: baju luar negeri murah, borong buat galungan 🙏 kirim se-Bali
listing | Blok M Square lt basement: jaket Jepang sortir, 85rb, grosir dibuka
post | Borong dari Pasar Dwikora Siantar hari ini, kemeja monza kualitas kepala, ready DM
listing | Lapak Pasar Lima Banjarmasin, barang kapal Korea per karung 6jt, isi ±400
listing | Pasar Pharaa Sentani: celana jeans luar 40rb, kirim ke Wamena bisa via cargo
post | Dari Pasar Baru Nunukan langsung ke rumahmu 📦 rombengan Tawau, ongkir Kaltara murah

@ port_route 1111
listing | Barang turun Tanjungbalai, jaket & kemeja Korea per goni, harga pelabuhan
post | Kapal dari Port Klang sandar malam tadi, stok kemeja Jepang lengkap lagi ✅
listing | Kiriman Tawau–Nunukan, 1 karung campur isi ±250, antar sampai Parepare
message | Pak, karung dari Sebatik sudah nyebrang, besok pagi saya kirim 10 koli ke Tarakan
listing | Barang Entikong langsung dari Kuching, jaket dan seluar, ecer/grosir, COD Sanggau
post | Truk dari Jagoi Babang baru bongkar di gudang, pilihan masih lengkap 🔥 DM utk list
listing | Stok Batu Pahat via Dumai, 1 karung kemeja 3,8jt, kirim ke Pekanbaru
message | Barang dari Aruk sudah masuk Sambas, mau ambil berapa karung bang? sekarung 3 juta
listing | Kiriman Belawan, celana jeans ex Jepang per karung atau ecer, Medan-Binjai
post | Speedboat dari Tawau tiba, rombengan baru dibuka di Jalan Lingkar 😍
listing | Jalur Karimun–Kuala Tungkal, karungan kemeja & kaos luar, kirim Jambi-Palembang
message | Kak, barang Timor Leste sudah di pantai timur, minggu depan RB baru siap di Maumere
listing | Kiriman Sungai Sembilan Dumai: jaket & sepatu Malaysia per karung, harga nego
post | Barang Batam sampai Tembilahan pagi ini, lapak kami sudah gelar lagi 🙏
listing | Dari Pelabuhan Dwikora ke Jawa, karungan kemeja Malaysia ready 20 koli
message | Bos, isi kontainer dari Pasir Gudang sudah dipecah, mau ambil 5 karung kaos?
listing | Stok Sabah lewat Nunukan, tas & sepatu sport, per karung 7jt, kirim ke Makassar
post | Sudah lewat Badau, baju & seluar second Sarawak siap dikirim ke Putussibau, pesan sekarang 🚚
listing | Kiriman Tanjung Pinang, jaket hoodie ex Singapura, grosir per 50 pcs
message | Bang, stok dari Selat Panjang udh nyampe? aku mau 3 koli kemeja
listing | Barang kapal kayu dari Johor ke Bengkalis, kaos & celana per karung, harga bersahabat
post | Jalur Tawau aman lagi 😁 stok roma baru, silakan order sebelum lebaran
listing | Kiriman Temajuk, seluar & baju eks Malaysia per karung, COD Sambas
message | Karung baju dari Kuching sudah di gudang Pemangkat, yang mau ambil sebelum naik kontainer ke Surabaya chat aku
listing | Barang Rengat kiriman Batam, kemeja & jaket ecer/grosir, kirim ke Jambi
post | Kapal masuk Kuala Tungkal tengah malam, pagi ini PJ baru sudah di toko 🛍️
listing | Stok Sungai Mentadak via Sebatik, celana jeans Korea 120rb, kirim Kaltara
message | Kemeja dari Singapura lewat Karimun sudah di Batam, pesananmu 3 karung kukirim ke Palembang pakai truk ya
listing | Asal Tarakan (kiriman Tawau), jaket & tas, karungan, buat pedagang Surabaya
post | Baru turun dari Wuring, RB karung Singapura, ayo datang sebelum habis 🐟👕
listing | Kiriman Atambua via perbatasan, baju luar per karung, harga Kupang
message | Pesanan 5 karung celanamu nanti dibungkus kayak pupuk sawit ya, nyebrang dari Sebatik malam ini
listing | Barang Selangor turun Rokan Hilir, jaket & sweater per karung 3jt, kirim Riau
post | Container dari Busan sampai, dibongkar di Gedebage, 1 karung kaos Korea 5jt 📦
listing | Stok Port Klang via Meranti, kemeja & celana, ecer 15rb, grosir nego
message | Gudang kita di Tanjungbalai dah penuh goni kemeja & jaket, siapa mau ambil buat jualan di Sibolga?
listing | Jalur Kalbar–Ketapang–Semarang, kemeja eks Malaysia dilipat rapi, per dus 100 pcs
post | Kemeja & jaket Jepang transit Malaysia, sekarang di Tanjung Balai Karimun, siap kirim per karung 📦

@ bale_vocab 1111
listing | Buka karung Korea hari ini! Kemeja & blouse, kondisi kepala, 35rb/pcs
listing | Jual per goni 100kg campur jaket, isi kira2 150 pcs, harga 4,2jt
post | Pecah kawat jam 10 pagi, karung isi sweater Jepang, datang pagi biar dapat kepala 👀
listing | Grade A (kepala) 40rb, grade B (badan) 20rb, grade C (kaki) 5rb, semua ex Korea
listing | Karungan jaket musim dingin ex Korea, 1 karung isi 80-100 pcs, 5jt nego
message | Kak yang kode 108 isi jaket tinggal 1 karung, mau diambil? 3,8jt aja
listing | Sortiran kepala kemeja Jepang, 1 iket 20 pcs 500rb, no sampah
post | Hari buka baru! Karung kemarin dari kapal, pilihan masih penuh, jam 7 udah gelar ya
listing | Jual per kg: kaos ex Jepang 35rb/kg, minimal 10 kg, random
listing | Karung kecil 45kg isi kaos anak eks Malaysia 1,8jt, karung besar 100kg 3,5jt
listing | Koli tertutup isi celana jeans luar, untung-untungan, 4,5jt/koli
comment | Bang yang crewneck itu 1 karungnya isi berapa pcs? 150 kan? kirim ke Cirebon bisa?
listing | Karung 'premium' isi jas & blazer Jepang ±110 pcs, 6jt, sudah termasuk ongkir Jawa
post | Unboxing goni 100 kilo isi hoodie Korea, sampahnya dikit banget 😍 sisa ecer di story
listing | Sortir ulang: kepala jaket 75rb, badan 35rb, sisa kaki per kilo 10rb
message | Min, goni yang isi dress Korea masih? aku mau 2, satu 4,8jt kan?
listing | Paket 'gunungan' 50 pcs campur kemeja luar 300rb, ambil di gudang Cibiru
listing | 1 iket kaos luar 30 pcs grade B 250rb, cocok buat lapak pasar malam
post | Baru buka goni Jepang, isinya jaket windbreaker semua 😱 ecer mulai 45rb
listing | Jual karung tertutup 'press' isi seragam kerja luar negeri, 100 kg, 2,5jt
listing | Grosir per karung: kemeja 4,2jt, kaos 3jt, dalaman 2,5jt, semua ex Malaysia
live | Ini goni baru dipotong talinya depan kalian ya, isinya kemeja Jepang, siapa mau yang ini?
listing | Kiloan ex Korea: blouse & rok 40rb/kg, minimal ambil 5 kg, acak
comment | Karungnya yang kepala semua atau campur badan kak? kalau campur aku ambil 2
listing | Sortiran 'A super' jaket denim ex US 90rb, bebas pilih di gudang, grosir ready
post | Kalau mau kepala datang pas buka baru ya, jam 6 subuh udah dibongkar 🙏
listing | Goni isi sepatu sport ex Jepang ±40 pasang, 10jt, untung-untungan
listing | Per koli 50 kg isi jaket parasut luar, 2,3jt, kirim ekspedisi ke seluruh Jawa
message | Barang karung kemarin isinya 30% sampah kak, yang kepala sudah kupisah, ambil 50 pcs?
listing | Bongkaran karung Korea: hoodie 30rb, celana training 20rb, ambil banyak diskon
post | Sortir sampe malem 😵 1 karung Jepang dapet 60 kepala, sisanya dijual kiloan besok
listing | Paket reseller 1 iket 25 pcs 'kepala' ex Korea, 600rb, bisa COD Depok
listing | Karung sample 25 kg isi kaos luar, buat coba-coba sebelum ambil 100 kg, 1jt
live | Langsung sebut nomor ya, ini masih dari karung yang sama, grade kepala semua 50 ribu
listing | Dalaman & piyama ex Jepang per karung 2,5jt, isi ±400, untuk pedagang
listing | Tas wanita ex Korea 1 karung ±70 pcs, grade campur, 5jt nego sampai jadi
comment | Kalau ambil 3 goni bisa turun harga kak? buat buka lapak di Purwokerto
listing | Karung 'mix season' ex Jepang 100kg isi coat & sweater, 4jt, ambil di gudang Cikarang
post | Sisa badan & kaki dari karung kemarin dijual per kilo 15rb, ambil di toko ya
listing | Kemeja pria ex Jepang grade A sortir tangan, per 100 pcs 3jt, kirim luar pulau ok
listing | Jual 'press' 100 kilo isi celana kargo & jogger luar negeri, harga 4jt tanpa pilih
"""
