# Batch 2: hand-written long-form records (kind, category, offer, used, clothing, abroad, text)
R = [
("article", "hn_news_market_visit", 0, 1, 1, 1, """Lelong di Kodim, Antara Rindu dan Razia
PEKANBARU — Deretan kios di kawasan eks Kodim, Jalan Sudirman, tetap dibuka sejak pukul sembilan pagi. Di dalamnya, pakaian lelong digantung rapat hingga ke langit-langit.
Seorang pedagang, Yusnimar (49), sibuk menyetrika kemeja yang baru dikeluarkan dari karung. "Kalau tak disetrika, orang tak mau. Kusut dari kapal," katanya sambil tertawa.
Kemeja dijual Rp 35 ribu, celana bahan Rp 40 ribu. Menurut Yusnimar, barang datang dari Dumai dua kali seminggu, meski belakangan sering terlambat."""),

("article", "hn_trader_quote", 0, 1, 1, 1, """"Saya jual per bal ke pengecer di Cimahi sama Garut, satu bal Rp 6 juta, isinya kurang lebih 220 potong," kata Heru (50), agen di sebuah gudang di Bandung timur, saat ditemui pekan lalu.
Ia mengaku mengambil barang dari pemasok di Batam yang tidak pernah ia temui langsung. Pembayaran dilakukan lewat transfer, sementara bal dikirim melalui ekspedisi darat.
Heru menyebut dirinya siap beralih usaha jika pemerintah memberi waktu. "Saya juga tahu ini dilarang. Tapi anak buah saya ada tujuh orang," ujarnya."""),

("article", "hn_customs_release", 0, 1, 1, 1, """Bea Cukai Batam: 682 Koli Pakaian Bekas Ditegah Sepanjang Tahun
Sebagian besar penindakan terjadi di terminal feri internasional Batam Centre, Sekupang, dan Harbour Bay. Modus yang paling sering ditemui adalah penitipan koper berisi pakaian bekas kepada penumpang lain atau porter.
"Jumlahnya tidak wajar untuk barang pribadi. Satu penumpang bisa membawa lima sampai enam koper seragam," ujar Kepala Seksi Penindakan.
Seluruh barang telah disegel dan akan diusulkan untuk dimusnahkan."""),

("post", "hn_quote_tweet", 0, 1, 1, 1, """RT @kabarbisnisid: Harga Bal Pakaian Bekas di Pasar Senen Tembus Rp 8 Juta, Pedagang Menjerit
---
Temen gue yg jualan di Senen bilang malah ada yang nyampe 9 juta buat bal Jepang premium. Bukan lagi "baju murah" namanya 😅
Yg kasian yang beli eceran, ujung2nya harga jaket naik juga."""),

("article", "hn_court_report", 0, 1, 1, 1, """Majelis hakim Pengadilan Negeri Tanjungpinang menolak pembelaan terdakwa RH, nakhoda kapal pengangkut 350 karung pakaian bekas dari Johor.
Terdakwa berdalih hanya disewa mengantar muatan dan tidak mengetahui isi karung. Namun hakim menilai keterangan saksi ABK menunjukkan terdakwa ikut menyusun muatan dan menerima upah per karung.
RH divonis 1 tahun 8 bulan penjara. Kapal kayu yang digunakan dirampas untuk negara."""),

("article", "hn_other_goods_news", 0, 0, 0, 1, """Beras Impor Asal Vietnam Tiba di Pelabuhan Belawan
Sebanyak 25 ribu ton beras impor asal Vietnam dibongkar di Pelabuhan Belawan, Medan, Kamis. Beras tersebut akan disimpan di gudang Bulog untuk cadangan pemerintah.
Kepala Bulog wilayah menyebut penyaluran akan dilakukan bertahap melalui operasi pasar menjelang akhir tahun.
Sejumlah petani mengkritik waktu kedatangan beras yang berdekatan dengan masa panen."""),

("article", "hn_other_goods_news", 0, 1, 0, 1, """Impor Mobil Bekas Tetap Dilarang, Kecuali untuk Keperluan Khusus
Kementerian Perdagangan menegaskan kendaraan bermotor bekas tidak boleh diimpor secara umum. Pengecualian hanya berlaku untuk kendaraan khusus, misalnya hibah, kendaraan perwakilan asing, atau keperluan penelitian.
Penegasan ini disampaikan setelah beredar iklan mobil bekas eks Singapura yang ditawarkan di media sosial dengan harga murah. Pemerintah meminta masyarakat tidak tergiur."""),

("post", "hn_local_preloved_sale", 1, 1, 1, 0, """Beberes lemari sebelum pindah ke Surabaya 📦
Aku lepas koleksi baju pribadi, semua preloved dari lemari sendiri, dibeli di mall dan toko lokal dulu. Ada blazer, dress kantor, sepatu flat 2 pasang.
Harga 20-75rb, bisa COD area Depok atau kirim.
Bukan barang bal ya, ini beneran pakaian aku sendiri 😊 DM aja."""),

("article", "hn_thesis_abstract", 0, 1, 1, 1, """ABSTRACT
This study examines consumer motivations for buying imported second-hand clothing ("thrift") among university students in Bandung. Using a survey of 312 respondents at Pasar Cimol Gedebage and Pasar Baru, we find that price, brand authenticity and perceived uniqueness are the strongest predictors of purchase.
Awareness of the import ban under Permendag 40/2022 was high (71%) but had no significant effect on purchase intention.
Keywords: thrifting, second-hand clothing, import ban, consumer behaviour."""),

("article", "hn_minister_statement", 0, 1, 1, 1, """Menteri Koperasi dan UKM menyampaikan bahwa pihaknya akan memfasilitasi pedagang pakaian bekas impor yang ingin beralih usaha. Program itu mencakup pelatihan, kurasi produk dan akses ke pemasok konveksi lokal.
"Kami tidak ingin pedagang kehilangan mata pencaharian. Tetapi impor balpres ini merusak pasar UMKM tekstil kita," katanya di Jakarta.
Ia menyebut data pemerintah menunjukkan ribuan ton pakaian bekas masuk setiap tahun, sebagian besar melalui jalur tidak resmi."""),

("article", "hn_podcast_summary", 0, 1, 1, 1, """Catatan Obrolan Sore, Episode "Lemari Orang Lain"
Tamu kami seorang peneliti mode berkelanjutan. Ia berpendapat bahwa membeli pakaian bekas impor tidak otomatis "ramah lingkungan", karena Indonesia justru menjadi tempat buangan pakaian yang tak laku di Korea, Jepang dan Eropa.
Kami juga membahas istilah-istilah pasar: bal, grade, "buka karung", sampai lelucon soal "baju almarhum" yang sering dilontarkan pembeli di Senen.
Episode ini cocok untuk kamu yang suka thrifting tapi ingin tahu sisi lainnya."""),

("comment", "hn_news_comment", 0, 1, 1, 1, """Artikel bagus, tapi ada yang kurang: ga dibahas soal tenaga kerja bongkar muat.
Paman saya kerja angkat karung goni di Pasar Senen, sehari bisa 30 karung. Kalau bal dari luar berhenti total, dia juga kena.
Semoga wartawannya bikin lanjutan dari sisi buruh pasar."""),

("article", "hn_police_release", 0, 1, 1, 1, """Satreskrim Polres Nunukan menggagalkan pengiriman 64 karung pakaian bekas dari Tawau, Malaysia, menggunakan speedboat di Sungai Sebuku.
Barang rencananya akan dibawa ke Tarakan sebelum diedarkan ke Berau dan Samarinda. Polisi mengamankan motoris speedboat berinisial JL.
"Kami terus melakukan patroli di jalur-jalur sungai yang rawan," kata Kasat Reskrim."""),

("message", "hn_buyer_question", 0, 1, 1, 1, """Kak, mau tanya dong. Aku baca berita katanya baju dari bal Korea itu bisa bawa jamur kulit, bener ga sih?
Aku kemarin beli 2 jaket di Pasar Baru Bandung, belum dicuci. Enaknya dicuci pakai air panas atau direndam pakai apa ya?
Makasih kak 🙏"""),

("article", "hn_tutorial", 0, 1, 1, 1, """Cara Aman Mencuci Pakaian Bekas Impor yang Sudah Terlanjur Dibeli
1. Jangan langsung dipakai. Pakaian dari bal biasanya disimpan lama di karung dan bisa menyimpan jamur atau tungau.
2. Rendam dalam air panas minimal 60 derajat selama 30 menit, tambahkan deterjen dan cairan antiseptik.
3. Cuci terpisah dari pakaian lain, lalu jemur di bawah sinar matahari langsung.
4. Setrika dengan suhu tinggi, terutama bagian ketiak dan kerah.
Tips ini bukan ajakan membeli, melainkan panduan bagi yang sudah memiliki pakaian tersebut."""),

("article", "hn_regional_circular", 0, 1, 1, 1, """PENGUMUMAN
Pemerintah Kota Parepare melalui Dinas Perdagangan menyampaikan bahwa mulai tanggal 1 bulan depan, seluruh kios di Pasar Senggol dilarang memajang pakaian bekas impor (cakar) yang berasal dari luar negeri.
Pedagang diberi kesempatan menghabiskan stok lama dalam waktu 30 hari dan diminta mendaftar pada program pendampingan usaha.
Informasi lebih lanjut dapat diperoleh di kantor UPTD Pasar."""),

# ---- illegal ----
("post", "news_voice_offer", 1, 1, 1, 1, """BREAKING NEWS dari gudang kami 📰
Hari ini resmi tiba: 40 bal fresh ex Jepang, isi jaket winter, coat, sweater rajut 🧥
Cocok buat kalian yang jualan di pasar pagi atau online.
Harga bal mulai 5,9jt, bisa dipecah setengah bal untuk pemula.
Info lengkap: WA 0812xxxx (Bu Nining)
#baljepang #grosirthrift #thriftpemula"""),

("article", "seller_blog_order_link", 1, 1, 1, 1, """Pengalaman Saya Memulai Usaha Monza di Medan
Waktu pertama kali buka lapak, saya cuma punya modal 4 juta. Saya beli setengah bal campur dari Belawan dan jualan di emperan dekat Pajak Melati.
Sekarang, alhamdulillah, saya sudah jadi pemasok untuk belasan pengecer di Sumut.
Buat kawan-kawan yang mau mulai, saya sediakan paket pemula: 1 bal campur Korea + panduan sortir, Rp 5,5 juta.
Pesan langsung lewat form di halaman "Order" blog ini."""),

("listing", "seller_press_release", 1, 1, 1, 1, """PENGUMUMAN RESMI 📢
Kepada seluruh reseller "Lelong Jaya Dumai": kedatangan bal batch Oktober sudah bongkar di gudang.
Tersedia: bal kemeja, bal kaos, bal anak, bal tas. Asal Singapura & Malaysia.
Harga khusus reseller lama, reseller baru wajib daftar dulu.
Kontak: 0812xxxx / 0813xxxx (admin 1 & 2)."""),

("post", "ban_headline_urgency", 1, 1, 1, 1, """📰 "Bea Cukai Perketat Pengawasan Balpres Jelang Akhir Tahun"
Artinya? Stok makin langka, harga makin naik 📈
Mending amankan sekarang. Di toko kami masih ada 200an pcs hoodie & sweater ex Korea, harga 40-90rb.
Toko buka tiap hari di Pasar Senen Blok III lt.2 no. 47, atau order online chat 0812xxxx."""),

("live", "live_as_liputan", 1, 1, 1, 1, """Halo semua, kembali lagi di "Laporan Pandangan Mata" dari lapak kita di Gedebage! 📹
Hari ini kita buka karung baru, katanya sih dari Korea, mari kita lihat isinya bareng-bareng.
Tiap barang yang keangkat langsung aku sebut harganya, yang mau ketik "ambil" + nomor.
Ongkir dihitung setelah live, pembayaran via transfer. Yuk share live ini ke temen kalian!"""),

("post", "interview_with_invitation", 1, 1, 1, 1, """Terima kasih kepada rekan-rekan media yang kemarin meliput lapak saya di Pasar Karombasan.
Seperti yang saya sampaikan di wawancara, pakaian di lapak saya memang dari karung kiriman Filipina, kualitasnya masih bagus-bagus.
Untuk yang menonton berita dan mau beli, saya buka setiap hari jam 7 sampai jam 4 sore. Pesan antar bisa lewat WA 0812xxxx."""),

("article", "advertorial_import_thrift", 1, 1, 1, 1, """[KONTEN BERBAYAR]
Thrift Shop "Goni Gallery" Hadirkan Pengalaman Belanja Vintage Ala Tokyo di Yogyakarta
Goni Gallery mengklaim seluruh koleksinya diseleksi dari bal impor asal Jepang, mulai dari kemeja rayon, jaket coach hingga tas kanvas.
Pengunjung bisa menikmati kopi gratis sambil memilih barang. Harga mulai Rp 30 ribu.
Goni Gallery buka pukul 10.00-21.00 di Jalan Kaliurang km 6. Info dan reservasi: IG @gonigallery.jgj."""),

("message", "news_voice_offer", 1, 1, 1, 1, """Selamat pagi Bapak/Ibu pelanggan setia 🙏
Menanggapi berita razia minggu ini, kami sampaikan bahwa pengiriman tetap aman lewat jalur ekspedisi kami.
Bal cakar campur Malaysia ready 15 bal, sepatu bekas koli ready 6 koli.
Harga sama seperti bulan lalu. Yang mau pesan silakan balas chat ini dengan format: nama - jumlah bal - alamat."""),

("post", "news_voice_offer", 1, 1, 1, 1, """KABAR GEMBIRA UNTUK PENGGEMAR THRIFT 😍
Di saat banyak berita bilang pasar thrift mau mati, kami justru baru buka cabang kedua di Cimahi!
Barang tetap dari bal impor pilihan, sortir grade A, harga mulai 15rb.
Lokasi: Jl. Gandawijaya (samping apotek). Grand opening Sabtu ini, diskon 20% semua item.
#thriftcimahi #thriftshopbandung"""),

("listing", "seller_blog_order_link", 1, 1, 1, 1, """Panduan Memilih Grade Bal untuk Pemula (dan daftar harga kami)
Grade S: hampir seperti baru, cocok untuk toko butik thrift.
Grade A: kondisi bagus, cacat minimal, paling laris di pasar.
Grade B: ada noda atau kancing lepas, cocok untuk dijual obral.
Semua bal kami ex Korea & Jepang, masuk lewat Batam.
S 9,5jt | A 6,5jt | B 3,8jt per bal ±100kg. Klik link di bio untuk order."""),

# ---- more legal ----
("article", "hn_news_market_visit", 0, 1, 1, 1, """Suasana Pasar Cimol Gedebage pada akhir pekan nyaris tak terpengaruh kabar penindakan. Ratusan pengunjung, kebanyakan mahasiswa, menyusuri lorong sempit di antara kios.
Jaket denim dipatok Rp 75 ribu hingga Rp 200 ribu, sementara kaus band lama bisa mencapai Rp 350 ribu. Seorang pedagang menyebut barangnya berasal dari "bal Korea" yang dibuka setiap Kamis.
Petugas pasar yang ditemui enggan berkomentar soal kemungkinan penertiban."""),

("article", "hn_market_report", 0, 1, 1, 1, """Rekap Data Pasokan, Pasar Aur Kuning Bukittinggi (perkiraan pedagang)
Periode Januari-Maret: rata-rata 45 bal per minggu.
Periode April-Juni: rata-rata 28 bal per minggu.
Harga bal campur asal Malaysia naik dari Rp 4,2 juta menjadi Rp 5,6 juta. Bal khusus jaket naik lebih tajam.
Sebagian pedagang mulai mencampur dagangan dengan pakaian baru dari Tanah Abang untuk menjaga omzet."""),

("comment", "hn_news_comment", 0, 1, 1, 1, """Sebagai orang Makassar, saya mau luruskan. Cakar itu bukan singkatan "cap karung" aja, ada juga yang bilang "cakar-cakar" karena orang mengais tumpukan baju.
Yang jelas dari kecil saya belanja cakar di Pasar Butung, barangnya dari karung yang datang lewat pelabuhan. Artikelnya sudah bagus kok, cuma bagian sejarahnya agak sempit."""),

("article", "hn_ngo_report", 0, 1, 1, 1, """Siaran Pers Koalisi Tekstil Berkelanjutan
Koalisi mendesak pemerintah memperkuat pengawasan di pelabuhan kecil di sepanjang Selat Malaka. Menurut pemantauan koalisi, bal pakaian bekas dari Malaysia dan Singapura masih masuk melalui setidaknya 20 titik pendaratan tidak resmi.
Koalisi juga meminta negara pengekspor pakaian bekas bertanggung jawab atas limbah tekstil yang berakhir di negara berkembang.
Laporan lengkap akan diluncurkan dalam diskusi publik pekan depan."""),

("article", "hn_new_garment_news", 0, 0, 1, 1, """Impor Pakaian Jadi Baru dari China Melonjak
Badan Pusat Statistik mencatat impor pakaian jadi baru pada semester pertama naik 18 persen. Produk yang paling banyak masuk adalah kaus, jaket dan pakaian dalam.
Asosiasi industri menilai lonjakan ini sama berbahayanya dengan pakaian bekas impor, karena dijual dengan harga sangat murah lewat lokapasar.
Kementerian Perdagangan sedang mengkaji penerapan bea masuk tindakan pengamanan untuk sejumlah pos tarif."""),

("post", "hn_donation_request", 0, 1, 1, 0, """Teman-teman, posko banjir di Kelurahan Cawang masih butuh pakaian layak pakai, terutama baju anak dan selimut.
Boleh bekas asal bersih dan tidak robek. Tolong jangan kirim baju dari karungan pasar ya, kami mau yang dari lemari sendiri supaya jelas kebersihannya.
Drop di masjid Al-Ikhlas, jam 8 pagi sampai 8 malam. Terima kasih 🙏"""),

("post", "hn_job_vacancy", 0, 1, 1, 1, """LOWONGAN KERJA
Dicari 2 orang tenaga sortir pakaian untuk gudang di daerah Tegalluar, Bandung.
Tugas: membongkar bal, memilah pakaian sesuai kondisi dan jenis, melipat dan mengikat.
Jam kerja 08.00-17.00, gaji mingguan. Diutamakan yang sudah pengalaman di gudang bal.
Lamaran dikirim lewat WA 0812xxxx."""),

("article", "hn_trader_quote", 0, 1, 1, 1, """Di Pasar Karombasan, Manado, Meity (44) sudah 15 tahun berjualan pakaian bekas yang ia sebut "RB" alias rombengan.
"Dulu barang dari Filipina masuk lewat Bitung, gampang. Sekarang torang harus tunggu berminggu-minggu," ucapnya.
Ia menjual kaus Rp 15 ribu dan celana jeans Rp 50 ribu. Pembelinya, kata Meity, kebanyakan buruh pelabuhan dan mahasiswa."""),

("article", "hn_customs_release", 0, 1, 1, 1, """Bea Cukai Kualanamu bersama Polda Sumut menggerebek gudang di Kecamatan Percut Sei Tuan yang diduga menjadi tempat penimbunan pakaian bekas impor.
Petugas menemukan 780 bal pakaian bekas dan 120 karung sepatu bekas. Barang diduga masuk dari Malaysia melalui pantai di Kabupaten Batubara.
Penyidik masih menelusuri pemilik gudang yang disebut tinggal di Medan."""),

("post", "hn_news_share_thread", 0, 1, 1, 1, """Barusan nonton liputan TV soal pemusnahan balpres di Batam 🔥
Jujur sedih liat jaket-jaket bagus dibakar. Tapi pas dijelasin kalau sebagian isi bal itu berjamur dan banyak yang robek, ya masuk akal juga.
Yang bikin mikir: kalau dibakar, polusinya gimana? Ga ada opsi didaur ulang jadi majun atau apa gitu?"""),

("article", "hn_lecturer_blog", 0, 1, 1, 1, """Mengapa Istilah "Thrifting" Menyesatkan
Dalam bahasa Inggris, thrift shop merujuk pada toko barang bekas hasil donasi warga setempat, biasanya dikelola lembaga amal.
Di Indonesia, kata itu bergeser makna: kini "thrift" hampir selalu berarti pakaian bekas impor dari bal yang dibeli dari agen. Pergeseran ini membuat praktik yang dilarang terdengar keren dan ramah lingkungan.
Sebagai pengajar linguistik, saya menganggap ini contoh menarik bagaimana pinjaman kata membawa nilai baru."""),

("article", "hn_destruction", 0, 1, 1, 1, """Pemusnahan Balpres di Pekanbaru Sempat Diprotes Warga
Rencana pemusnahan 600 bal pakaian bekas sitaan di Pekanbaru diwarnai aksi protes sekelompok warga yang meminta barang tersebut dibagikan.
Petugas menjelaskan barang sitaan berstatus barang dilarang impor sehingga tidak dapat dihibahkan. Pemusnahan akhirnya dilakukan dengan cara dicacah menggunakan mesin sebelum dikubur.
Barang sitaan itu sebelumnya diamankan dari kapal yang datang dari Malaysia."""),

("review", "hn_review_no_seller", 0, 1, 1, 1, """Review pengalaman belanja di Pasar Senen (jujur, bukan endorse)
Kemarin iseng ke lantai 2, cari jaket kerja. Dapet jaket wol merek Jepang, kondisi 90%, cuma ada noda kecil di lengan.
Minusnya: bau karungnya nempel banget, harus dicuci 3x. Lorongnya juga panas dan sempit.
Overall oke buat pengalaman, tapi setelah baca soal larangan impornya aku jadi mikir dua kali buat balik lagi."""),

("article", "hn_other_goods_news", 0, 1, 0, 1, """Ponsel Bekas Eks Singapura Marak di Lokapasar, Kemenperin Ingatkan Soal IMEI
Penjualan ponsel bekas asal luar negeri meningkat di berbagai lokapasar. Banyak di antaranya tidak terdaftar IMEI sehingga terancam diblokir.
Kementerian Perindustrian mengingatkan pembeli untuk memeriksa status IMEI sebelum bertransaksi. Ponsel yang dibawa dari luar negeri sebagai barang pribadi tetap wajib didaftarkan."""),

("comment", "hn_news_comment", 0, 1, 1, 1, """Berita kayak gini tiap tahun muncul, tapi pas saya ke Pajak Melati bulan lalu monza masih berjejer.
Mungkin yang harus ditanya bukan pedagangnya, tapi kenapa kapal dari Port Klang bisa terus lolos. Tolong media juga liput sisi itu."""),
]
