# Batch 4: legal records (38), hard negatives for each element and ordinary texts.
B4 = [
("listing", "hn_local_used_denial", (1,1,1,0), """Baju Bekas Lokal Layak Pakai, BUKAN Impor
Isinya pakaian dari tetangga dan keluarga yang sudah nggak muat, dicuci dan disetrika
Kaos anak 5rb, kemeja dewasa 10rb, celana 10rb
Bukan dari bal atau karung luar ya, jelas asal usulnya
Lapak depan rumah, Gg. Melati, Purwokerto"""),
("article", "hn_news_destruction", (0,1,1,1), """Kementerian Perdagangan memusnahkan ratusan balpres pakaian bekas impor di sebuah lokasi di Kabupaten Bogor. Barang yang disita dari beberapa gudang di Jawa Barat itu dibakar dengan biaya yang ditanggung pemiliknya.
Menteri menyatakan pemerintah tidak akan memberi kuota impor pakaian bekas. Pedagang yang terdampak diarahkan mengikuti program kemitraan dengan produsen lokal."""),
("post", "hn_trip_no_goods", (0,1,1,0), """Hari ketiga di Tokyo, mampir ke daerah Shimokitazawa yang penuh toko baju bekas 🇯🇵
Harganya ternyata nggak murah, satu jaket vintage bisa 8.000 yen. Aku cuma lihat-lihat dan foto, nggak beli apa-apa karena koper udah penuh oleh-oleh makanan.
Seru sih ngeliat cara mereka nata barang, rapi banget kayak butik."""),
("listing", "hn_plastic_bale", (1,1,0,1), """Jual Plastik Bekas Impor Press Per Bal (PET Botol)
Asal Australia, sudah dipilah bening dan warna
1 bal ± 300 kg
Untuk industri daur ulang, wajib ada izin usaha
Harga per kg via penawaran, gudang Surabaya"""),
("comment", "hn_buyer_question", (0,1,1,1), """Permisi kak, mau nanya, bal kaos Korea yang isi 100 pcs itu biasanya berapa yang layak jual?
Saya mau coba buka lapak kecil tapi takut rugi kalau kebanyakan yang rusak. Ada yang pernah pengalaman?"""),
("post", "hn_upcycling", (1,1,1,0), """Tote bag dari celana jins bekas ✂️💙
Aku kumpulin jins bekas dari keluarga dan teman kantor, terus kujahit jadi tas. Setiap tas beda motif karena bahannya beda-beda.
Harga 85rb, ukuran muat laptop 14 inci.
Produksi rumahan di Sleman, satu orang satu mesin jahit 😊"""),
("message", "hn_donation_request", (0,1,1,0), """Teman-teman alumni SMA 3,
Kami sedang mengumpulkan pakaian bekas layak pakai untuk korban gempa di Cianjur. Yang paling dibutuhkan: jaket, selimut, pakaian dalam baru, dan baju anak.
Titik kumpul di rumah Rina, Jl. Kenanga 12, sampai Jumat.
Terima kasih banyak 🙏"""),
("article", "hn_guideline", (0,1,1,1), """Kebijakan toko: penjual dilarang mengunggah produk berupa pakaian bekas asal luar negeri, termasuk yang disebut bal, karungan, sortiran impor, cakar, atau lelong.
Produk yang terbukti melanggar akan diturunkan dan akun dapat dibatasi.
Penjual pakaian bekas milik pribadi diminta mencantumkan keterangan "milik pribadi" dan foto kondisi asli."""),
("listing", "hn_new_thrift_style", (1,0,1,0), """Kaos Oversize Vintage Washed Look Unisex – Baru
Efek pudar seperti kaos thrift, tapi dibuat baru pakai teknik acid wash
Cotton 24s, sablon plastisol
Size M-XXL, harga 79rb
Brand lokal Yogyakarta, bukan barang bekas"""),
("post", "hn_opinion_tweet", (0,1,1,1), """Temen gue ngamuk karena jaket "hidden gem" yang dia beli 150rb ternyata di Gedebage cuma 35rb 😂
Ya namanya juga reseller, foto aesthetic sama caption puitis itu ada harganya.
Gue sih nggak ikut-ikutan, lemari udah penuh."""),
("listing", "hn_used_laptop", (1,1,0,1), """Laptop ThinkPad T480 Bekas Ex Kantor Singapura
Core i5 gen 8, RAM 16GB, SSD 256
Baterai tahan 3 jam, keyboard normal
Harga 3,6jt, garansi toko 1 bulan
Toko di Mangga Dua Mall lantai 2"""),
("review", "hn_review_no_seller", (0,1,1,1), """Aku rating 3 dari 5 buat pengalaman belanja cakar pertama kali.
Suasananya seru, rame, tawar-menawar ramah. Tapi banyak barang yang kotor dan berbau. Dari lima baju yang kubeli, dua harus dibuang karena nodanya nggak hilang.
Kalau mau coba, jangan ekspektasi tinggi dan siapkan waktu untuk mencuci."""),
("post", "hn_complaint_report", (0,1,1,1), """Lapor min, akun ini jualan terang-terangan:
"BAL MONZA MASUK LAGI, SIAP KIRIM SELURUH SUMATERA, HUBUNGI ADMIN"
Padahal barangnya kan dari luar semua. Tolong ditindak ya, di kolom komentar juga udah banyak yang nanya harga.
Link akun aku kirim lewat DM."""),
("listing", "hn_plain_clothing", (1,0,1,0), """Daster Rayon Motif Bunga Jumbo
Bahan adem, jahitan rapi, kancing depan
Lingkar dada sampai 120 cm
Harga 45rb, ambil 3 pcs 120rb
Stok ready, kirim dari Pekalongan"""),
("article", "hn_explainer", (0,1,1,1), """Apa itu monza? Di Medan, monza adalah sebutan untuk pakaian bekas impor. Nama ini diambil dari singkatan Monginsidi Plaza, kawasan tempat pedagang pakaian bekas dulu berjualan.
Di daerah lain ada sebutan berbeda: awul-awul di Yogyakarta, cakar di Makassar, lelong di Pontianak, dan baju Batam di Lampung.
Meskipun namanya berbeda, barangnya sama-sama datang dari luar negeri dan impornya dilarang."""),
("message", "hn_family_chat", (0,1,1,0), """Mak, baju-baju Ayah yang di lemari belakang mau diapain?
Kalau Mamak setuju, aku bawa ke panti di Binjai aja, masih bagus-bagus.
Kemeja batiknya mungkin disimpan satu buat kenang-kenangan. Jangan dibuang ya Mak, sayang."""),
("listing", "hn_used_car", (1,1,0,1), """Toyota Alphard 2015 Ex Impor Jepang Bekas
CBU, pajak baru diperpanjang
Interior bersih, kursi captain seat
Servis rutin di bengkel resmi
Harga 385jt nego, lokasi Jakarta Utara"""),
("post", "hn_new_import", (1,0,1,1), """Jastip Uniqlo Jepang batch Oktober ✈️
Aku berangkat ke Osaka tanggal 10, terima titipan barang baru dari Uniqlo, GU, dan Muji.
Fee 15% dari harga, maksimal 2 kg per orang.
Semua barang baru dengan struk, bukan preloved.
Close order tanggal 8!"""),
("comment", "hn_buyer_question", (0,1,1,0), """Ada yang tau nggak toko baju bekas yang terima titip jual?
Aku punya banyak baju kerja yang sudah nggak kepakai, semuanya beli di Matahari dan Ramayana. Pengen dijual aja daripada numpuk."""),
("article", "hn_news_interview", (0,1,1,1), """Di sebuah lapak di Pasar Gedebage, Asep (45) menata tumpukan jaket yang baru ia keluarkan dari karung. Ia mengaku sudah 15 tahun berdagang pakaian bekas impor.
"Kalau dilarang, kami mau jualan apa? Modal kami cuma di sini," katanya.
Menurut Asep, pembeli kini lebih banyak anak muda yang mencari barang bermerek dengan harga murah."""),
("listing", "hn_paper_bale", (1,1,0,0), """Kertas Koran Bekas Per Bal 50 kg
Koran lokal, bersih dan kering
Cocok untuk bungkus, kemasan, atau kerajinan
Harga 3.500 per kg
Lokasi Depok, bisa antar untuk pembelian minimal 5 bal"""),
("post", "hn_own_preloved", (1,1,1,0), """Sale lemari sendiri 🧺
Setelah lahiran badanku berubah, jadi banyak baju hamil dan baju kerja yang nggak kepakai.
Semua dari toko lokal: Elzatta, Hijup, dan beberapa dari pasar Tanah Abang.
Satu kantong isi 10 potong 150rb. Area Bekasi Timur, COD di Summarecon."""),
("post", "hn_joke_meme", (0,1,1,1), """Dialog di Pajak Melati:
Aku: "Bang, ini kaos kenapa ada tulisan nama sekolah Korea di dadanya?"
Abang: "Biar kau dikira pernah sekolah di sana, dek." 😂
Nggak jadi beli, tapi ketawa seharian."""),
("message", "hn_job_vacancy", (0,1,1,0), """Info loker dari temanku: butuh admin online untuk toko preloved barang bermerek, titip jual dari konsumen di Jakarta. Tugasnya foto produk, balas chat, dan packing.
Kerja di Kebayoran Baru, jam 10-18, gaji 4jt + bonus.
Yang minat kirim CV ke HRD, nanti aku kasih kontaknya."""),
("listing", "hn_new_import", (1,0,1,1), """Tas Wanita Import Guangzhou Kulit Sintetis Baru
Bukan second, baru datang dengan dus
Tali panjang bisa dilepas, ada 4 sekat
Warna hitam, cream, maroon
Harga 129rb, grosir 10 pcs 105rb"""),
("post", "hn_opinion", (0,1,1,1), """Apakah thrifting benar-benar ramah lingkungan? Sering dibilang begitu, tapi sebagian besar isi bal impor yang masuk ke sini tidak layak jual dan akhirnya dibuang di TPA kita.
Kalau mau berkelanjutan, mulailah dengan merawat baju yang sudah ada, tukar dengan teman, atau beli preloved dari orang sekitar."""),
("listing", "hn_used_appliance", (1,1,0,1), """Mesin Cuci Bekas Ex Jepang Hitachi 8kg Top Loading
Tegangan sudah dikonversi 220V
Fungsi normal semua, pengering berputar kencang
Harga 1,4jt, bisa antar area Batam
Garansi 2 minggu"""),
("article", "hn_research_summary", (0,1,1,1), """Ringkasan diskusi kelompok mahasiswa: kami mewawancarai 20 pembeli di Pasar Senen tentang alasan memilih pakaian bekas impor.
Alasan terbanyak adalah harga murah (13 orang), merek luar (5 orang), dan model unik (2 orang). Hanya 4 responden yang tahu impor pakaian bekas dilarang.
Temuan ini menunjukkan sosialisasi aturan masih sangat kurang."""),
("post", "hn_school_sale", (1,1,1,0), """Pasar Murah OSIS SMA Kristen Makassar 💛
Kami menjual baju bekas sumbangan siswa dan alumni: kemeja, kaos, rok, sepatu. Semua dikumpulkan dari Makassar sendiri, bukan cakar.
Harga 5-15rb. Hasilnya untuk kegiatan bakti sosial ke Pulau Barrang Lompo.
Sabtu depan jam 8 di aula sekolah."""),
("listing", "hn_used_shoes_local", (1,1,1,0), """Sepatu Futsal Specs Bekas Pribadi Size 42
Dipakai 1 musim, sol masih tebal
Beli di toko olahraga di Bandung tahun lalu
Harga 150rb, dus masih ada
COD Dago atau Dipatiukur"""),
("comment", "hn_sarcasm", (0,1,1,1), """Wkwk katanya udah dilarang, tapi tiap lewat Pasar Senen tetep aja karung-karung baju bekas dari luar numpuk di pinggir jalan.
Aturan cuma rame di TV doang kayaknya 🙄"""),
("message", "hn_rt_notice", (0,1,1,0), """Pengumuman untuk warga Blok D:
Mulai bulan depan bank sampah RW menerima kain perca dan pakaian yang sudah tidak layak pakai untuk didaur ulang menjadi keset dan isian bantal.
Penimbangan setiap Minggu pagi pukul 07.00 di pos ronda.
Mohon tidak mencampur dengan sampah basah."""),
("listing", "hn_used_bags_local", (1,1,1,0), """Preloved Tas Kerja Wanita Merk Lokal Buttonscarves
Beli di butik Senayan City 2022, dipakai ke kantor setahun
Kondisi 85%, ada sedikit lecet di bagian bawah
Harga 650rb, lengkap dengan dustbag
Bisa kirim dari Jakarta Selatan"""),
("post", "hn_news_opinion_medan", (0,1,1,1), """Dulu kami anak kos di Medan tiap awal bulan ke monza, cari kemeja buat kuliah. Sekarang banyak lapaknya sepi, sebagian pindah jualan baju baru dari Tanah Abang.
Cerita ini bukan buat promosi, cuma kenangan. Zaman berubah, aturan juga berubah.
Kalian dulu langganan lapak siapa?"""),
("listing", "hn_sack_rice_empty", (1,1,0,0), """Karung Beras Bekas 50 kg Bersih
Karung plastik anyaman, bekas gudang beras lokal
Tidak bocor, sudah dikibas
Harga 1.500 per lembar, minimal 200 lembar
Ambil di Karawang"""),
("review", "hn_review_new_clothes", (0,0,1,0), """Beli kemeja flanel "vintage style" dari brand lokal, ternyata bagus banget.
Bahannya tebal, jahitan rapi, dan warnanya nggak luntur setelah tiga kali cuci. Tampilannya mirip barang thrift, tapi ini baru dan wanginya wangi toko 😄
Cuma ukurannya agak kecil, saran naik satu size."""),
("article", "hn_customs_release", (0,1,1,1), """Siaran pers: Kantor Bea Cukai Entikong menggagalkan upaya memasukkan 120 karung pakaian bekas dari Malaysia melalui jalur tidak resmi di perbatasan Kalimantan Barat.
Barang bukti dititipkan di gudang negara sambil menunggu proses hukum. Masyarakat diimbau melapor jika mengetahui aktivitas serupa."""),
("post", "hn_swap", (0,1,1,0), """Cerita kecil dari acara tukar baju di kampus kemarin 🌱
Aku bawa 4 kemeja lama, pulang bawa 1 rok dan 2 kaos dari teman-teman angkatan. Nggak ada yang bayar, nggak ada yang jual.
Ternyata menyenangkan juga ngasih "rumah baru" buat baju yang bosan kita pakai."""),
]
