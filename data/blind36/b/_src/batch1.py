# Batch 1: illegal records, plain words (22) and code words / geography (23). Hand-written.
# Each entry: (kind, category, (offer, used, clothing, abroad), text)
RECORDS = [
("listing", "plain_offer", (1, 1, 1, 1), """Jaket Bekas Impor Korea Ori Thrift Murah Tebal Winter Parka
Kondisi 90% mulus, cuma ada noda kecil di manset kiri (lihat foto 4)
LD 58 / P 72, cocok buat L ke XL
Harga 85rb, nego tipis ya kak
Barang dari bal Korea, bukan KW. Stok cuma satu!"""),
("post", "plain_offer", (1, 1, 1, 1), """BONGKAR BAL HARI INI JAM 7 MALEM 🔥🔥
Bal kemeja flanel ex Jepang, isinya campur Uniqlo, GU, Muji
Semua 35rb flat, siapa cepat dia dapat
Lokasi lapak kami di Jl. Cikutra belakang warung bakso, atau ikut live di IG @lapakflanel.odik
Yg mau keep chat dulu ya, gak ada keep tanpa DP"""),
("profile", "plain_shop_bio", (1, 1, 1, 1), """🌿 Rumah Thrift Kinanti 🌿
Baju bekas impor pilihan, kurasi sendiri dari bal Korea & Jepang
Open Senin–Sabtu 10.00–21.00 | Jl. Kaliurang km 7, Sleman
Shopee: kinanti.thrift | WA 0812xxxx
Cuci bersih sebelum kirim, no retur kecuali salah kirim"""),
("message", "plain_wa_broadcast", (1, 1, 1, 1), """Assalamualaikum kakak2 langganan 🙏
Barang baru masuk: 3 bal second import campuran (kaos, hoodie, celana cargo)
Hoodie mulai 45rb, kaos 20rb, cargo 50rb
Besok pagi sudah dibuka, yang mau dipilihin duluan bales chat ini sebelum jam 10 malam ya
Pengiriman JNE/J&T dari Bekasi
Makasih 🙏"""),
("live", "plain_live_call", (1, 1, 1, 1), """LIVE JAM 8 YA GUYS‼️
malam ini kita buka karungan sepatu bekas impor, ada Nike, Adidas, New Balance, Asics
harga start 60rb, ketik 'mau + nomor' di kolom komen
yang udah checkout wajib bayar max 1x24 jam
jangan lupa follow biar dapet notif 🙌"""),
("post", "plain_creator_haul", (1, 1, 1, 1), """HAUL THRIFT 200RB DAPET 6 ITEM?? 😭
1. kardigan rajut Jepang 30rb
2. rok plisket ex Korea 25rb
3. kemeja linen oversize 35rb
4. jaket denim Levi's 70rb (hidden gem bgt)
5. dua kaos band 20rb-an
semua dari lapak Bang Ucok di Pasar Senen blok 3 lantai dasar, bilang aja tau dari aku wkwk
#thrifthaul #pasarsenen #hiddengems"""),
("listing", "plain_offer", (1, 1, 1, 1), """Celana Cargo Second Import Jepang Original Dickies Carhartt Mix
Ukuran 30-34 tersedia, bisa request
Harga grosir kalau ambil 10 pcs: 40rb/pc
Eceran 55rb
Barang second dari bal, ada yang pudar dikit wajar namanya bekas
Ready stok di gudang Cibinong"""),
("comment", "plain_comment_reply", (1, 1, 1, 1), """@dinda.rahmaa iya kak masih ada, yang dress bunga size M 👗
itu bekas Korea, kondisi masih 95%, belum pernah ketemu bolong
harganya 40rb belum ongkir
langsung aja chat WA di bio ya biar aku kirim video aslinya"""),
("post", "plain_reseller_recruit", (1, 1, 1, 1), """DICARI RESELLER BAJU BEKAS IMPOR 📢
Modal mulai 500rb udah dapet 25 pcs pilihan grade A
Barang langsung dari gudang bal kami, harga reseller jauh di bawah pasar
Dibimbing cara foto & jualan online sampai laku
Minat? DM aja, slot bulan ini tinggal 8 orang"""),
("listing", "plain_wholesale", (1, 1, 1, 1), """JUAL BAL PRES KAOS ANAK KOREA GRADE A
Isi ±300 pcs, berat 100 kg
Harga 4,2 jt/bal, franco gudang Bandung
Bisa kirim ekspedisi ke seluruh Jawa & Sumatera
Tanpa sortir, buka segel di depan kurir boleh divideokan
Serius aja yang tanya"""),
("post", "plain_offer", (1, 1, 1, 1), """Weekend sale di toko kita!
Semua baju thrift rak merah 15rb, rak biru 25rb
Stok baru dari bal Jepang dateng kemarin sore, banyak kemeja batik Jepang & yukata
Alamat: Ruko Griya Asri no 12, Tangerang Selatan
Bawa tas sendiri ya, kita kurangin plastik 🌱"""),
("message", "plain_wa_broadcast", (1, 1, 1, 1), """*INFO STOK GUDANG*
Bal jaket kulit ex Eropa masuk 5 bal
Bal sweater Korea 8 bal
Bal celana jeans Amerika 4 bal
Harga menyesuaikan grade, grade A mulai 6 jt, grade B mulai 3,8 jt
Yang mau lihat isi bal bisa datang langsung, atau minta video
Kontak Pak Harno 0813xxxx"""),
("post", "plain_creator_reco", (1, 1, 1, 1), """Rekomendasi tempat thrifting di Medan buat kalian yang baru pindah 👇
Pajak Melati, masuk dari gerbang belakang, kios no 48 punya Kak Rosma, barangnya bekas Korea semua, bersih & udah digosok
Harga kemeja 25-40rb, jaket 50an
Jangan datang kesiangan, jam 10 udah rame banget
Save biar nggak lupa!"""),
("listing", "plain_offer", (1, 1, 1, 1), """Tas Kulit Bekas Jepang Coach Vintage Authentic
Kondisi: bekas pakai, kulit masih lembut, resleting lancar
Lecet pemakaian di sudut bawah
Harga 350rb
Barang ini dapat dari bongkar bal tas Jepang minggu lalu, cuma 1 pcs
COD area Surabaya Barat"""),
("review", "plain_store_review_offer", (1, 1, 1, 1), """Owner di sini, makasih reviewnya kak! 🙏
Buat yang baru mampir, kita emang spesialis baju second import dari Korea dan Jepang
Stok ganti tiap Kamis, jadi sering-sering mampir ya
Lokasi tetap di Pasar Baru lantai 2 los C
Sampai jumpa lagi!"""),
("post", "plain_offer", (1, 1, 1, 1), """kaos band vintage ex USA drop lagi 🤘
Metallica 1994 single stitch - 450rb
Nirvana tour tee (boot, bukan ori tour) - 180rb
Harley Davidson pocket tee - 220rb
semua bekas dari bal Amerika, udah dicuci, ukuran di slide
DM buat tanya, first DM first serve"""),
("listing", "plain_wholesale", (1, 1, 1, 1), """Grosir Baju Bekas Impor Campur Per Kilo 50rb
Minimal ambil 5 kg
Isi: kaos, kemeja, blouse, celana, dress
Asal Korea dan Taiwan, acak (tidak bisa pilih)
Cocok buat yang mau mulai usaha thrift kecil-kecilan
Kirim dari Pekanbaru"""),
("live", "plain_live_call", (1, 1, 1, 1), """Halo halo yang baru join live 👋
kita lagi bongkar bal hoodie Korea yaa, 50 ribu aja semua
yang ini Champion abu, LD 60, no minus
yang mau langsung ketik 'ambil' sama nomor urutnya
abis ini kita buka bal kedua, isinya jaket windbreaker"""),
("post", "plain_offer", (1, 1, 1, 1), """Yang nyari baju seragam kantor murah buat anak kos, sini merapat
Blazer bekas Jepang cuma 60rb, rok span 30rb, kemeja putih 25rb
Semua layak pakai, sebagian masih ada label laundry Jepangnya 😂
Lapak saya di CFD Dago tiap Minggu, atau ke rumah di Antapani (janjian dulu)"""),
("message", "plain_dm_reply", (1, 1, 1, 1), """Halo kak, iya bener kami jual baju thrift impor
Untuk paket usaha ada 3 pilihan:
- Paket 50 pcs grade A = 1,5 jt
- Paket 100 pcs campur A/B = 2,3 jt
- Paket 1 karung utuh belum dibuka = 3,5 jt
Semua bekas dari Korea, dikirim via kargo dari Batam
Mau ambil yang mana kak?"""),
("listing", "plain_offer", (1, 1, 1, 1), """Sepatu Bekas Original Impor Nike Air Force 1 Putih Size 42
Insole masih ada, sol tebal, kuning dikit di midsole
Barang second import, bukan rekondisi
280rb nett
Bisa cek langsung di Depok, dekat stasiun Pondok Cina"""),
("post", "plain_offer", (1, 1, 1, 1), """Buka lapak di pasar malam Alun-Alun Kidul tiap malam Minggu ✨
Jual baju bekas impor, mulai 10rb sampai 50rb
Ada selimut tebal bekas Korea juga buat musim hujan
Yang lewat mampir ya, tenda warna oranye sebelah penjual wedang ronde"""),
# ---- code words and geography ----
("post", "code_regional_cakar", (1, 1, 1, 1), """Buka baru hari ini di lapak cakar kami, Pasar Terong lantai 2 😍
Baru datang karung gaun & cardigan, banyak merek GAP, H&M, Zara
Gaun mulai 35 ribu, cardigan 25 ribu
Datang mki cepat sebelum diambil orang, paling lambat jam 11 sudah habis yang bagus-bagus"""),
("listing", "code_regional_monza", (1, 1, 1, 1), """MONZA MEDAN ASLI - Kemeja & Jaket Pilihan
Barang dari Pajak Melati langsung, sudah disortir
Kemeja 30rb, jaket 55rb, celana 40rb
Bisa kirim ke luar Sumut, ongkir ditanggung pembeli
Tanya-tanya boleh, PHP jangan ya lae"""),
("post", "code_regional_awul", (1, 1, 1, 1), """Monggo pinarak ten lapak awul-awul kulo 🙏
Sekaten taun niki kulo wonten blok wetan, cedhak pintu masuk
Kaos 5 ewu, jaket 20 ewu, jas 35 ewu
Bebas ngawul sak puase, sing penting mbayar 😄"""),
("message", "code_bale_price_list", (1, 1, 1, 1), """UPDATE HARGA MINGGU INI
- Kaos anak sortiran A: 3,1 jt / koli
- Celana pendek campur: 2,4 jt / koli
- Jaket winter tebal: 5,8 jt / koli (stok terbatas)
- Tas & dompet: 2,2 jt / karung
Ambil min 2 koli dapat potongan 100rb/koli
Barang ready di gudang, tinggal atur armada"""),
("post", "code_port_route", (1, 1, 1, 1), """Barang kiriman Tanjungbalai udah nyampe gudang tadi subuh
Kemeja pria, blouse, rok, sweater, semua baru buka karung
Yang mau ambil per iket boleh, per potong juga boleh
Kami di Jl. Bintang, Medan. Buka sampai malam"""),
("listing", "code_regional_lelong", (1, 1, 1, 1), """Pakaian Lelong Pontianak Murah Meriah
Jaket, kemeja, celana panjang, sepatu
Sudah dipilih yang masih bagus, dicuci dan disetrika
Harga 15-60rb tergantung barang
Ambil di Pasar Tengah atau kirim ke Kubu Raya
Ada juga karungan utuh buat yang mau jual lagi"""),
("post", "code_wholesale_geo", (1, 1, 1, 1), """Ready stok dari Gedebage, sortiran kemeja flanel 70 potong
Kondisi sebagian besar mulus, 5-6 potong ada minus kancing
Dilepas 1,6 jt semuanya, atau 30rb per potong kalau mau ecer
Bandung area bisa COD, luar kota via kargo"""),
("message", "code_reseller_recruit", (1, 1, 1, 1), """Bos, butuh supplier koli buat lapak?
Kami pegang barang Korea & Jepang, bongkar di Dumai tiap 2 minggu
Harga tangan pertama, ga lewat tengkulak
Bisa kirim sampai Jawa, Kalimantan juga bisa
Minat hubungi admin, chat aja nanti kami kirim daftar harga lengkap"""),
("post", "code_regional_rombengan", (1, 1, 1, 1), """Rombengan Pasar Tungging lagi banyak stok jaket gunung 🏔️
Ada The North Face, Columbia, Patagonia (campur, ada yang asli ada yang gak jelas)
Harga 60-120rb
Lapak saya los ketiga dari parkiran motor, tanya aja Mas Kelik
Kemarin baru datang karungan dari Batam"""),
("listing", "code_bale_grade", (1, 1, 1, 1), """Sortiran Grade S Sweater Rajut Wanita 40 pcs
Semua lolos QC: tanpa noda, tanpa bolong, tanpa melar
Harga 2,2 juta per paket, gratis ongkir Jabodetabek
Stok per karung juga ada kalau mau yang belum disortir (lebih murah)
Chat ke admin untuk video unboxing"""),
("post", "code_regional_cakar", (1, 1, 1, 1), """Kak, kalo ke Parepare mampir ki di lapak cakar ta di Pasar Lakessi 😊
Ada selimut, seprei, jaket, baju anak, semua murah
Sekarang juga bisa pesan online, tinggal kirim foto yang dicari nanti kami carikan
Pengiriman ke Makassar tiap hari pakai mobil"""),
("message", "code_wa_broadcast_geo", (1, 1, 1, 1), """[BC] Barang dari Entikong udah masuk gudang Sanggau ya kawan-kawan
Isi: sepatu sport campur, sepatu kulit, sandal gunung
Sepatu sport 75rb, kulit 90rb, sandal 40rb
Buat pelanggan lama yang mau ambil banyak, harga bisa diomongin
Gudang buka jam 8 pagi"""),
("post", "code_regional_babebo", (1, 1, 1, 1), """Babebo Kupang, stok baru lagi!
Baju kaos, celana pendek, tas ransel, jaket hujan
Datang dari karung yang baru dibuka kemarin
Lapak di Pasar Oebobo, sebelah penjual sirih pinang
Harga bersahabat, boleh tawar asal jangan sadis 😁"""),
("listing", "code_regional_monja", (1, 1, 1, 1), """Kemeja Monja Pilihan Bahan Katun Adem
Stok dari Pajak Simpang Limun, udah dicuci bersih
Ukuran M sampai XXL
Harga satuan 25rb, 4 pcs 90rb
Bisa kirim ke luar kota via JNT"""),
("post", "code_border_route", (1, 1, 1, 1), """Barang dari Tawau baru sampai Nunukan kemarin 🚤
Jaket, sweater, celana jeans, tas sekolah anak
Yang di Tarakan bisa titip lewat speed, kami kirim hari Senin dan Kamis
Per karung ada, per potong juga ada. Chat Kak Yuli di 0852xxxx"""),
("comment", "code_comment_reply", (1, 1, 1, 1), """@fikri_ardi buat yang per koli masih ready bang, jaket campur sama kemeja
harga kemarin udah naik dikit karena ongkos dari Belawan naik
yang jaket 5,2 jt, kemeja 3,6 jt
mau saya kirim video isi koli?"""),
("post", "code_regional_burjer", (1, 1, 1, 1), """Burjer ngana mo cari? Di Pasar 45 Manado torang ada 🙌
Baru dapa buka karung, banyak kemeja dan celana jeans bagus-bagus
Harga mulai 20 ribu
Torang pe lapak di lorong belakang, cat biru"""),
("listing", "code_wholesale_geo", (1, 1, 1, 1), """Paket Usaha Kebon Kalapa Sortiran Campur 100 Pcs
Isi: kemeja, kaos, celana kain, rok
Barang bongkaran karung, sudah dipisah yang cacat berat
Harga 1,8 jt/paket
Cocok buat pemula yang mau buka lapak di kampung
Kirim dari Bandung"""),
("post", "code_regional_roma", (1, 1, 1, 1), """Roma Pasar Ikan Bengkulu update stok 📦
Jaket kulit, kemeja kerja, celana bahan, dress pesta
Barang baru turun, masih banyak yang bagus
Kami buka jam 7 pagi sampai Ashar
Bisa VC untuk pilih barang dari rumah"""),
("message", "code_price_list", (1, 1, 1, 1), """Daftar harga iket minggu ini (sudah disortir):
Kaos oblong: 10 pcs 120rb
Kemeja lengan panjang: 10 pcs 200rb
Celana jeans: 10 pcs 280rb
Jaket: 5 pcs 250rb
Semua barang dari karung Korea, langsung dari gudang Tanjungpinang
Transfer dulu baru kirim"""),
("post", "code_market_geo", (1, 1, 1, 1), """Ngopi dulu sebelum bongkar ☕
Hari ini lapak di Senen blok 3 buka karung kemeja Jepang & celana chino
Kemeja 35, chino 45, kalau ambil 3 potong bebas 100
Yang mau titip pilihin bisa WA, saya videoin langsung dari lapak"""),
("post", "code_regional_cakar", (1, 1, 1, 1), """Info buat anak kos Makassar yang cari jaket buat naik motor malam 🛵
Lapak cakar Kak Ija di Jl. Hertasning lagi banyak stok jaket parasut, 30rb-an
Sepatu juga ada, sepasang 50rb
Tinggal sebut nama saya, dapat bonus kantong 😂"""),
]
