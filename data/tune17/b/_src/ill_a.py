# Illegal records, batch A. Each entry: (kind, category, (offer, used, clothing, abroad), text)
# Written by hand, one by one. No famous keywords (see README).
ENTRIES = [
("listing", "logistics_units", (1, 1, 1, 1), """JAKET GUNUNG CAMPUR 1 KARUNG ISI ±85 PCS
Sortiran tangan pertama, belum dipilih siapa2
Merk campur: TNF, Columbia, Patagonia, Mont-bell
Kondisi rata2 layak pakai, ada yg minus resleting
Harga per karung 4,2jt, ambil 3 karung free ongkir Jabodetabek
WA 0812xxxx a/n Bang Roni"""),

("post", "logistics_units", (1, 1, 1, 1), """Assalamualaikum kakak2 reseller 🙏
Hari ini goni kemeja flanel baru dibuka ikat, wangi gudang masih kerasa 😅
Per kilo 95rb, minimal ambil 5 kilo. Isi campur ukuran M-XL, warna random.
Yg mau ecer per potong juga boleh, 25rb ajaa.
Stok cepet abis ya, kemarin celana kargo sekoli habis 2 jam."""),

("listing", "logistics_units", (1, 1, 1, 1), """Dijual Celana Jeans Pria Wanita Campur Per Koli 100 Potong Grade A Levis Wrangler Lee Edwin
Deskripsi:
- 1 koli = 100 pcs, berat kurleb 60kg
- Grade A: tanpa sobek, noda tipis maksimal 1-2 pcs
- Barang buka koli langsung dari gudang, belum disortir ulang
- Pengiriman via kargo, ongkir ditanggung pembeli
Chat dulu sebelum checkout ya gan"""),

("message", "logistics_units", (1, 1, 1, 1), """Bos, stok minggu ini masuk lagi 6 goni sweater rajut, kebanyakan merk jepang gitu.
Harga goni utuh 3,5 jt, kalo mau buka di tempat 1,9 jt per setengah.
Kondisi udah gua cek sekilas, mayoritas mulus, beberapa ada bulu2 dikit wajar kepake.
Kalau jadi transfer DP dulu ya, barang gua tahan sampe besok sore."""),

("post", "logistics_units", (1, 1, 1, 1), """STOK GUDANG CIKARANG UPDATE 🔥
kemeja batik lengan panjang (bukan batik lokal, motif aloha/hawaii) 1 karung 110 pcs
polo shirt golf campur per kilo 80rb
rok panjang wanita sortiran B per kilo 45rb
semua sudah dipakai orang, jangan komplain kalau ada jahitan ulang ya wkwk
grosir only, ecer silakan ke toko kami di Cibitung"""),

("listing", "logistics_units", (1, 1, 1, 1), """Paket Usaha Modal Kecil - Kaos Band & Kaos Olahraga Campur 1 Goni
Isi sekitar 200 potong, berat 50 kg
Sudah sortir awal, kondisi pakai rata-rata 7-9/10
Banyak kaos event marathon, kaos kampus luar, jersey basket
Cocok buat jualan di pasar malam atau live
Harga Rp 2.800.000 / goni, loco Medan"""),

("comment", "logistics_units", (1, 1, 1, 1), """@rinaldi.store masih ada kak, yang sekarung coat wol tinggal 2.
Isi 60-an potong, panjang selutut semua, kebanyakan warna gelap.
Kondisinya beda2 ya, ada yang kancingnya lepas satu dua, ada yg kayak baru.
Harga 5,5jt per karung nett, bisa COD di Kebon Kalapa kalau kakak di Bogor."""),

("post", "logistics_units", (1, 1, 1, 1), """Sepatu campur per karung, 40 pasang, nggak dipisah per ukuran.
Ada sneakers, boots kerja, pantofel, sepatu lari.
Udah dicuci semprot, tapi solnya ya namanya sudah jalan orang lain, tipis dikit wajar.
1 karung 3,1jt. Gudang di Pekanbaru, kirim pakai truk ekspedisi ke seluruh Sumatera.
Tanya2 boleh, PHP jangan 🙏"""),

("live", "logistics_units", (1, 1, 1, 1), """[Rekap live tadi malam]
Kita buka ikat 1 karung hoodie, 72 pcs keluar semua di depan kamera, nggak ada yang disembunyiin.
Yang ketik "mau" paling cepat dapet, harga flat 35rb, beberapa ada noda kecil di lengan udah kita kasih tau di live.
Sisa 9 pcs kita lempar di live besok jam 8 malam.
Makasih yang udah checkout, paket dikirim Senin."""),

("listing", "logistics_units", (1, 1, 1, 1), """Tas Wanita Branded Campur Sortiran Per Kilo 150rb
Coach, Kate Spade, Michael Kors, Longchamp, sebagian no brand
Kondisi: kulit ada yang lecet pemakaian, tali ada yang ganti, dalaman bersih
Minimal order 10 kg, campur acak tidak bisa pilih
Yang mau pilih satuan bisa datang ke lapak"""),

("post", "logistics_units", (1, 1, 1, 1), """Selimut & bed cover tebel datang seikat lagi, isi kurang lebih 40 lembar.
Ada yg motif kartun, ada yang polos, ada quilt jahit tangan. Udah di-laundry semua, tapi namanya barang udah dipake ya gaes, satu dua ada noda pudar.
Ambil seikat 1,6 juta. Eceran mulai 30rb per lembar.
Lokasi Banjarmasin, bisa kirim ke Martapura dan Banjarbaru."""),

("message", "logistics_units", (1, 1, 1, 1), """Broadcast pelanggan tetap 📢
Minggu depan ada 2 koli celana pendek & 1 koli dress musim panas.
Semua barang pakai, sudah dipilah, yang robek udah gua pisahin.
Harga koli: celana 2,4jt / dress 3jt.
Yang mau booking balas pesan ini pakai format: NAMA - BARANG - JUMLAH KOLI
Tutup booking hari Kamis."""),

("post", "port_border_route", (1, 1, 1, 1), """Kiriman kapal dari Port Klang udah nyampe kemarin sore 🚢
Isinya jaket kulit, blazer, sama kemeja kantoran, semua udah pernah dipakai tapi masih gagah.
Harga grosir per ikat, eceran di kios kami Jl. Sisingamangaraja.
Buruan sebelum diambil toke dari Siantar!"""),

("listing", "port_border_route", (1, 1, 1, 1), """Baju Anak Campur Masuk dari Entikong
Ukuran 1-10 tahun, cewek cowok campur
Kondisi pakai, sudah dicuci, layak pakai semua
Ambil per ikat 50 potong Rp 650rb, ecer Rp 15rb
Lokasi Sanggau, antar sampai Pontianak kalau ambil 5 ikat ke atas"""),

("post", "port_border_route", (1, 1, 1, 1), """Barang dari Tawau masuk lagi lur, speed boat tadi pagi 😎
Kemeja, jaket jeans, celana panjang pria, semua barang pakai tapi bagus2
Yg di Nunukan bisa langsung ambil di rumah, yg di Tarakan kita titip kapal reguler
harga karung dan ecer beda ya, tanya aja
📩 DM atau WA 0813xxxx"""),

("comment", "port_border_route", (1, 1, 1, 1), """Masih ada bang, yang dari Tanjungbalai kemarin belum saya buka semua.
Jaket parasut tinggal 1 goni, kondisi bagus, paling bau apek dikit nanti dicuci juga hilang.
Kalau abang ambil goni utuh saya kasih 2,7. Barang di Kisaran ya."""),

("post", "port_border_route", (1, 1, 1, 1), """Info untuk kawan2 pedagang Pasar Aksara & Pajak Sambu:
Muatan dari Belawan minggu ini banyak sweater dan jaket musim dingin, cocok dijual ke Berastagi.
Sudah pernah dipakai orang sana, tapi rata-rata kondisi masih 8 sampai 9.
Harga per karung mulai 2,2 juta tergantung jenis.
Hubungi Kak Butet di gudang, 0852xxxx"""),

("listing", "port_border_route", (1, 1, 1, 1), """Kemeja Hawaii Aloha Vintage Tahun 90an Ex Dumai
Motif: bunga, pantai, perahu (random)
Kondisi: warna sudah agak pudar sesuai umur, jahitan aman
Ukuran L-XXL, label asli masih ada sebagian
1 pcs 65rb, ambil 10 pcs 550rb
Barang baru turun kapal, stok terbatas"""),

("post", "port_border_route", (1, 1, 1, 1), """Kami dari Batam buka jastip lewat kargo ke Jawa 🛳️
Bukan barang toko ya kak, ini barang dari gudang pelabuhan: jaket, coat, celana kulot, dress.
Udah dipake sebelumnya tapi dipilih yg masih cakep.
Minimal 20 potong, pilih dari video, ongkir kargo dibagi rata.
Order close tiap Jumat."""),

("message", "port_border_route", (1, 1, 1, 1), """Pak Haji, kapal dari seberang sandar di Parepare hari Rabu.
Isinya kebanyakan baju perempuan sama jilbab panjang, pernah dipakai orang tapi bersih, sudah dipisah yang sobek.
Saya sisakan 3 karung untuk Bapak di Sidrap, harga seperti biasa.
Kalau Bapak mau tambah, kabari sebelum Selasa."""),

("live", "port_border_route", (1, 1, 1, 1), """LIVE MALAM INI JAM 9 🔴
Barang kiriman Tanjungpinang mendarat, kita bongkar di depan kalian!
Dress pesta, blus kantoran, cardigan rajut — semua udah ada yang punya sebelumnya tapi kondisi kece.
Harga mulai 20rb, yang ada minus dikasih tau, nggak ada tipu2.
Set pengingat ya beb 💕"""),

("post", "port_border_route", (1, 1, 1, 1), """Dapat jatah dari truk Entikong, isinya sepatu boots dan sandal gunung.
Hampir semua sudah jalan jauh sama pemilik lamanya, tapi tapaknya masih tebal.
Jual satuan 75rb-200rb tergantung merk, ada Timberland, Dr Martens, Merrell.
Lapak di Pasar Flamboyan, cari aja gerobak biru."""),

("post", "condition_words", (1, 1, 1, 1), """New arrival di lapak kita (yang "new" cuma arrivalnya ya 😂)
Sweater rajut sortiran grade A, kondisi 9/10, ada minus bulu kusut dikit
Cardigan oversize grade B, ada noda kecil di ujung lengan
Semua udah dicuci dan disetrika, siap pakai
Harga 45rb-85rb, shopee & offline di Gedebage blok C"""),

("listing", "condition_words", (1, 1, 1, 1), """Vintage Denim Jacket Lee Made in USA 1988
Kondisi 8/10, ada pudar alami di kerah dan siku, tidak ada sobek
LD 112 PJ 66, ukuran cuma ini 1 pcs only
Didapat dari tumpukan sortiran minggu lalu, langka banget
Harga 385rb nego tipis, no tukar tambah"""),

("post", "condition_words", (1, 1, 1, 1), """Barang pilihan dari tumpukan karung kemarin, udah kusisihkan yg paling bagus:
1. Kemeja Uniqlo flanel, no defect — 55rb
2. Hoodie Champion, ada noda samar di kantong — 90rb
3. Jaket Carhartt, warna wash pudar, resleting aman — 275rb
4. Celana Dickies 874, ujung agak rawis — 120rb
Semua 1 pcs only, siapa cepat dia dapat. Komen "ambil + nomor" ya"""),

("listing", "condition_words", (1, 1, 1, 1), """Blazer Wanita Jepang Grade S Kondisi Seperti Baru
Tag dalam sudah pudar, sudah pernah dipakai pemilik sebelumnya tapi sangat terawat
Bahan wol campur, tidak berbulu, tidak ada noda
Satu-satunya ukuran 9 (setara M)
Diambil dari sortiran koli bulan ini, Rp 150.000"""),

("comment", "condition_words", (1, 1, 1, 1), """kak ini yg kaos NASA warna abu masih ready ya
kondisinya 7/10, ada bolong kecil segede jarum di bawah ketiak tapi nggak keliatan kalo dipake. Harga 40rb aja karena minus.
Asal barang sama kayak yg lain, sekarung yang dateng dari pelabuhan minggu lalu. DM aja kalau mau."""),

("post", "condition_words", (1, 1, 1, 1), """Jual celana kargo tentara (army pants) asli bukan KW 🪖
Kondisi layak pakai, warna luntur alami karena sering dicuci pemilik lamanya
Ada patch nama & unit di dada, dibiarkan apa adanya biar otentik
Dapet dari koli campur, cuma 6 potong yang lolos sortir
Ukuran 30-36, 175rb/pcs"""),

("listing", "condition_words", (1, 1, 1, 1), """Sepatu Lari Nike Pegasus Ukuran 42 Insole Ori
Kondisi 85%, midsole ada kerut pemakaian, upper bersih sudah deep clean
Tidak ada box, tidak ada tag
Ini barang yang datang per karung sepatu campur, jadi cuma ada 1 ukuran ini
Harga 230rb, COD area Surabaya Timur"""),

("post", "condition_words", (1, 1, 1, 1), """Kemeja kerja pria, semua sudah pernah dipakai orang kantoran sana 👔
Yang ini sudah dicuci, disetrika, digantung rapi, tinggal pakai buat interview
Merk: Brooks Brothers, Ralph Lauren, Van Heusen
Kerah ada yang kekuningan dikit, sudah saya foto jelas
35rb/pcs, 3 pcs 100rb. Sortiran koli, jadi ukuran acak ya"""),

("message", "condition_words", (1, 1, 1, 1), """Halo kak, ini list yang kakak minta kemarin 🙏
- Dress floral midi, kondisi 9/10, ex pemakaian ringan
- Rok plisket, ada minus benang ketarik
- Blouse satin, no defect
Semua barangnya dari tumpukan grade A yang baru buka kemarin. Total 3 item 160rb belum ongkir. Kalau oke kirim alamat ya."""),

("post", "condition_words", (1, 1, 1, 1), """Jaket varsity sekolah amerika, ada bordir nama "JAKE" dan tahun 2007 di lengan 🏈
Kulit lengan masih lemas, wol badan agak pudar, kancing lengkap
Kondisi 8/10 untuk barang umur segini
Keluar dari sortiran koli jaket kemarin, cuma 1
Rp 425.000 — serius aja ya, yg nawar 100rb skip"""),

("listing", "condition_words", (1, 1, 1, 1), """[READY] Kaos Polos Gildan Hanes Fruit Campur Warna, Layak Pakai
- Sudah dicuci dan disetrika
- Ada sedikit pudar di beberapa pcs, bukan cacat produksi
- Ukuran campur S-XXL
- Diambil per kilo dari tumpukan, jadi jual murah 12rb/pcs
Min 20 pcs untuk harga grosir"""),

("comment", "condition_words", (1, 1, 1, 1), """Bu, yang gamis panjang coklat itu ukurannya memang cuma satu, LD 110.
Bahannya adem, sudah pernah dipakai tapi masih bagus, warna agak pudar di bagian pundak. Dari karung kiriman kapal yang kemarin juga bu. 
Saya kasih 60rb saja, ongkos kirim ke Gowa 10rb."""),
]
