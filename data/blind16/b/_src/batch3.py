# Batch 3 - hand-written long-form records. Tuple: (kind, category, "offer used clothing abroad", text)
RECORDS = [
("post", "creator_haul", "1111", """HAUL THRIFTING 200 RIBU DAPET 7 ITEM 😍
Jadi kemarin aku main ke @senen.rack_17 di Blok III, yang jual baju second dari Jepang
Dapet 2 kemeja linen, 1 rok midi, 3 kaos band, 1 jaket denim Levi's!
Abangnya baik banget, kasih diskon karena aku borong
Link tokonya ada di bio ya, kalian wajib mampir
#haulthrift #thriftingjakarta"""),

("listing", "plain_offer", "1111", """Tas Branded Second Import Jepang - Coach, Kate Spade, Furla
Semua authentic, kondisi 80-95%, foto real pic
Barang pilihan dari bal tas Jepang, tidak ada yang palsu
Harga mulai 180rb, garansi uang kembali kalau terbukti KW
Pengiriman dari Surabaya, asuransi wajib"""),

("message", "plain_offer", "1111", """Halo sis, nomor kamu aku dapet dari grup reseller ya 🙏
Aku punya stok bal kaos anak impor Korea, kondisinya bagus-bagus, bekas tapi jarang dipakai
Mau aku lepas per bal 4,8jt atau per 10 kg 700rb
Kalau minat aku kirim video pas buka bal
Lokasi Tangerang, bisa ambil atau kirim kargo"""),

("live", "plain_offer", "1111", """Selamat pagi warga live! Hari ini spesial bal Amerika ya, kaos-kaos vintage second
Lihat nih, kaos Harley Davidson tahun 90an, jahitan single stitch, 150 ribu
Kaos band Metallica, agak pudar tapi justru itu nilainya, 175
Semua bekas asli dari Amerika, bukan sablon ulang
Kolom komen ramai dong biar yang lain ikut nonton"""),

("comment", "plain_offer", "1111", """Kak yang nanya grade A itu apa: grade A artinya kondisi hampir mulus, gak ada noda gak ada bolong
Grade B ada minus dikit kayak pudar atau kancing lepas
Semua barang di lapak kami bekas impor dari bal Korea, udah disortir grade-nya
Grade A 50rb, grade B 25rb. Silakan order lewat keranjang"""),

("profile", "plain_offer", "1111", """Kios Bu Endang - Pasar Senen Blok III Lt. 2 No. 48
Spesialis celana dan rok bekas impor ✨
Barang dari Korea & Jepang, ambil bal tiap minggu
Grosir dan eceran, reseller welcome
Ikuti juga TikTok kami buat info bongkar bal"""),

("listing", "regional_code_word", "1111", """Jual Baju Roma Murah Meriah - Stok Bongkaran Baru
Kemeja batik, dress, kaos dewasa, harga mulai 10 ribu
Barang karungan dari luar, sudah dipilih yang bersih
Lapak di Pasar Lakessi Parepare, buka tiap hari
Juga terima pesanan ke Pinrang dan Barru"""),

("post", "regional_code_word", "1111", """Info cakar hari ini: di lapak kami ada 3 karung sepatu yang baru datang dari Parepare
Sepatu kets, sepatu kulit, sandal gunung, semua impor bekas
Harga mulai 40 ribu, yang Nike dan Adidas 100an
Bisa juga borong 1 karung buat dijual lagi, tanya saja harganya
Lokasi Jl. Sungai Saddang, dekat penjual pisang epe"""),

("message", "wholesale_price_list", "1111", """Price list grosir minggu ini (harga gudang):
Bal jaket hoodie 100 kg - 7,5jt
Bal kemeja pria panjang 100 kg - 6jt
Bal campur anak 45 kg - 2,9jt
Bal handuk & selimut 80 kg - 3,4jt
Barang masuk via Dumai, ready di gudang Pekanbaru
Untuk reseller baru wajib video call sebelum transaksi"""),

("post", "reseller_recruitment", "1111", """Cari mitra buka lapak babebo di daerah kamu! 💪
Kami suplai sortiran baju bekas dari karung, kamu tinggal jual
Paket mitra 2 juta dapat 60 kg campur + rak gantung + banner
Sudah ada 40 mitra di Sulawesi Tengah dan Gorontalo
Hubungi admin pusat Palu di 0852xxxx"""),

("listing", "port_route", "1111", """Barang Entikong - Pakaian Bekas Per Karung
Masuk dari Kuching, isi campur kemeja, celana, jaket
Karung 40kg harga 1,6jt, karung 60kg harga 2,3jt
Siap kirim ke Pontianak, Sanggau, Sintang
Stok tidak banyak, keep dengan DP"""),

("live", "market_geography", "1111", """Gais aku lagi di Pasar Kebon Kalapa nih, kiosnya pamanku, baru buka karung sweater
Liat ini sweater rajut label Korea, 40 aja, masih tebel
Yang mau aku pilihin sesuai ukuran, sebut tinggi sama berat badan di komen
Pembayaran transfer, dikirim besok pagi
Jangan lupa share live-nya ya biar rame"""),

("listing", "dodge_spacing", "1111", """Hoodie s3c0nd imp0rt jepang 🔥 (no kw)
kondisi 9/10, tinggal pake
s-e-k-o-n-d-a-n dari k0li yg baru dateng
harga 65rb aja, 3 pcs 180rb
order via chat, jgn tulis kata2 aneh di catatan pesanan ya kak"""),

("post", "dodge_english_mix", "1111", """New drop alert!! 🚨 Freshly unpacked Japan bale, all pieces one of a kind
Mostly oversized shirts and workwear jackets, condition 8-9/10
Prices start at 40k, bundling 3 items get free ongkir
Spill lengkap di story, order by DM with code 'JP-DROP'
Yang nanya: yes ini second, that's the point of thrifting 😌"""),

("comment", "dodge_abbreviation", "1111", """kak itu yg jaket NF hitam ready? 
> ready kak, ex-KR 2nd, grd A, size L, 120k nett
kalo yg patagonia?
> sold kak, tp bsk ada bal baru dtg, follow aja biar ga ketinggalan"""),

("profile", "dodge_emoji", "1111", """🏪 @lemari.tetangga 
🔁 barang tangan ke-2 dari 🇯🇵🇰🇷🇺🇸
🎒👟🧥👗
📦 1 minggu 2x buka 🧺
🛒 klik link, checkout, beres
📍 ambil di tempat: Ciledug, janjian dulu lewat DM ya"""),

("post", "dodge_hashtag_glue", "1111", """Restock kemeja kerja cewek, cocok buat interview & ngantor 👩‍💼
Harga 35rb-55rb, kondisi mulus, pilihannya banyak
Order: DM atau WA di bio
#bajubekasimporbandung #thriftkoreamurah #ballpressgradeS #preloveddarijepang"""),

# ---------------- legal ----------------
("article", "hn_news", "0111", """Polisi Amankan Dua Truk Bermuatan Pakaian Bekas di Jalan Lintas Sumatera
Kedua truk yang berangkat dari Dumai itu membawa ratusan karung pakaian bekas impor tanpa dokumen.
Sopir mengaku hanya diminta mengantar barang ke sebuah gudang di Jambi.
Polisi kini menelusuri pemilik barang dan jaringan pemasoknya.
Seluruh barang bukti diserahkan ke Bea Cukai untuk diproses lebih lanjut."""),

("post", "hn_opinion", "0111", """Menurutku penindakan balpres harusnya dimulai dari hulu, bukan lapak kecil.
Pedagang di pasar itu cuma beli dari agen, yang punya kontainer gak pernah kelihatan.
Kalau yang ditangkap terus yang kecil-kecil, ya pasokannya tetap jalan.
Sementara itu bantu juga pedagang pindah ke produk lokal, kasih modal dan pelatihan.
Setuju gak?"""),

("post", "hn_report", "0111", """Spill toko online yang ngaku jual 'preloved pribadi' tapi ternyata isinya balpres 🙄
Fotonya: puluhan jaket dengan label Korea, deskripsinya 'koleksi pribadi'.
Eh di story dia keceplosan nulis 'bal Korea baru dateng'.
Aku udah laporin ke marketplace, semoga cepat ditindak.
Jangan mau dibohongi ya guys."""),

("comment", "hn_buyer_question", "0111", """Maaf mau tanya, kalau saya beli baju thrift impor buat dipakai sendiri itu kena hukum gak ya?
Saya bukan pedagang, cuma sesekali ke Gedebage
Barusan baca berita soal larangan jadi agak was-was
Terima kasih yang mau jawab"""),

("listing", "hn_new_thrift_style", "1010", """Kemeja Bowling Retro 70an - Produk Baru Konveksi Lokal
Motif flame dan garis, kerah terbuka
Dibuat terinspirasi gaya thrift Jepang, tapi 100% baru dan dijahit di Bekasi
Size M-XXL, bahan rayon adem
Harga 120rb, tersedia 6 motif"""),

("post", "hn_own_preloved_from_abroad", "1110", """Oleh-oleh kuliah di Osaka: aku bawa pulang beberapa jaket yang dulu aku pakai sendiri di sana 🧥
Sekarang udah gak muat, jadi mau aku jual ke teman-teman
Ada 3 jaket puffer, ukuran S, kondisi bagus
Masing-masing 200 ribu, COD di Semarang"""),

("listing", "hn_used_vehicle", "1101", """Mobil Bekas Impor Toyota Alphard 2015 Eks Jepang
Unit CBU, mesin halus, interior sangat terawat
Dokumen resmi lengkap, pajak baru diperpanjang
Harga 525 juta nego, showroom di Kelapa Gading
Bisa kredit dengan DP ringan"""),

("listing", "hn_bulk_produce", "1001", """Jual Kurma Mesir Per Karung 10 kg
Kurma impor resmi dengan label BPOM, manis dan legit
Harga 380 ribu per karung, ambil 5 karung 1,8 juta
Cocok buat oleh-oleh umroh atau stok Ramadan
Toko di Jl. KH Mas Mansyur, Tanah Abang"""),

("post", "hn_donation", "0110", """Terima kasih untuk para donatur yang sudah menyumbang 40 karung pakaian layak pakai untuk korban gempa Cianjur 🙏
Semua pakaian sudah kami sortir, cuci dan bagikan di tiga posko
Masih dibutuhkan selimut dan baju anak usia 2-5 tahun
Sumbangan bisa diantar ke sekretariat komunitas kami di Sukabumi"""),

("article", "hn_explainer", "0111", """Mengapa Impor Pakaian Bekas Dilarang?
Pemerintah menyebut tiga alasan utama. Pertama, alasan kesehatan, karena pakaian bekas berpotensi membawa jamur dan bakteri.
Kedua, perlindungan industri tekstil dan UMKM dalam negeri yang kalah bersaing dengan barang bal yang sangat murah.
Ketiga, masalah limbah: sebagian besar isi balpres tidak layak jual dan akhirnya dibuang.
Aturan tersebut tercantum dalam Permendag Nomor 18 Tahun 2021 yang diubah dengan Permendag 40 Tahun 2022."""),

("review", "hn_review", "0111", """Ulasan jujur soal berburu monza di Medan buat pemula:
Pilihan banyak banget, tapi kamu harus teliti cek jahitan dan noda
Tawar-menawar itu wajib, harga awal biasanya bisa turun setengah
Aku dapat kemeja Uniqlo dan celana chino layak banget
Minusnya panas dan sumpek, bawa air minum sendiri"""),

("message", "hn_job_vacancy", "0010", """Dicari: Penjahit permak pakaian untuk kios di Pasar Baru Bandung
Tugas: potong celana, ganti resleting, kecilin baju
Pengalaman min. 1 tahun, bisa pakai mesin obras
Gaji harian + uang makan
Hubungi Pak Yayat 0813xxxx atau datang ke kios"""),

("post", "hn_joke", "0110", """Anak kos akhir bulan belanja baju:
Minggu 1: "aku mau beli kemeja baru di mall"
Minggu 2: "ah di online aja diskon"
Minggu 3: "pinjem kemeja temen aja lah"
Minggu 4: pakai kemeja bekas kakak yang ketinggalan di lemari rumah 🤡
Siapa yang relate?"""),

("listing", "hn_plain_clothing", "1010", """Kaos Polos Cotton Combed 30s - Harga Grosir
Warna lengkap 24 pilihan, ukuran S sampai 3XL
Cocok untuk sablon, komunitas, dan seragam event
Harga satuan 32rb, per lusin 348rb
Produksi sendiri di Bandung, pengiriman cepat"""),

("listing", "hn_used_phone", "1101", """Samsung Galaxy S21 Bekas Ex Singapore
Garansi sudah habis, IMEI terdaftar resmi
Layar mulus, baterai awet seharian
Kelengkapan: unit, charger, kotak
Harga 3,9jt, COD di Batam Center"""),

("post", "hn_upcycle", "1110", """Workshop menjahit di Rumah Kreatif minggu depan 🧵
Tema: ubah kaos bekas kalian jadi tas belanja dan keset
Bawa 3-5 kaos bekas dari rumah sendiri
Biaya workshop 75rb termasuk snack dan pinjam mesin jahit
Kuota 15 orang, daftar via link di bio"""),

("comment", "hn_report", "0111", """Ini bukan pertama kali, seller @karung.korea selalu pake kata 'bekas korea grade A' di judul
Kemarin aku beli 'grade A' tapi yang dateng bolong dan bau apek
Pas komplain malah dibilang 'namanya juga karungan kak'
Udah aku laporin, semoga akunnya ditutup"""),

("post", "hn_new_import", "1011", """Jastip Uniqlo Japan batch Desember ✈️
Barang baru langsung dari store di Tokyo, lengkap dengan struk
Fee jastip 15% dari harga, minimal 2 item
Close order tanggal 10, barang sampai sekitar tanggal 22
List item incaran kirim lewat DM"""),

("listing", "hn_cardboard", "1101", """Kertas Bekas Impor Per Bal untuk Pabrik Kertas
Old corrugated carton (OCC) dari Amerika, sesuai standar bahan baku industri
Berat per bal 500-700 kg, dokumen lengkap
Harga sesuai kontrak, minimal pemesanan 1 kontainer
Hanya melayani pabrik berizin"""),

("post", "hn_own_preloved", "1110", """Garage sale di rumah kami hari Minggu ini 🏡
Baju-baju anak kami yang sudah kekecilan, sepatu, stroller, mainan
Semua milik keluarga sendiri, harga mulai 5 ribu
Alamat: Perumahan Bumi Asri Blok F2, Sleman
Datang pagi biar bisa pilih duluan"""),
]
