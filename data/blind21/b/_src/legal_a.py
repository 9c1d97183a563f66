# Legal records, batch A: news reports and features (hand-written, one by one)
# (kind, category, offer, used, clothing, abroad, text)
R = [
("article", "hn_report_market_visit", 0, 1, 1, 1, """JAKARTA — Lantai dua Blok III Pasar Senen masih riuh pada Sabtu siang meski larangan impor pakaian bekas sudah berlaku sejak 2022.
Di sebuah kios sempit, Rahmat (39) membongkar goni yang menurutnya datang dari Korea. Jaket parasut dibanderol Rp 60 ribu, kemeja flanel Rp 35 ribu.
"Barang sekarang susah, kadang dua minggu baru dapat satu bal," ujarnya saat ditemui.
Ia mengaku tak tahu persis jalur masuk barang itu; ia hanya menerima kiriman dari agen di lantai atas."""),

("article", "hn_report_trader_quote", 0, 1, 1, 1, """BANDUNG, Pikiran Warga — Pedagang di Pasar Gedebage mengeluhkan harga bal yang terus merangkak.
"Dulu satu bal campuran Rp 4,5 juta, sekarang sudah Rp 6 juta lebih. Isinya pun tak tentu, bisa 300 potong, bisa kurang," tutur Enceng (51), yang sudah berjualan sejak 1998.
Menurut Enceng, sebagian besar barang di kiosnya berasal dari Jepang dan Tiongkok yang masuk lewat pelabuhan kecil di Sumatra sebelum dikirim truk ke Bandung.
Ia berharap pemerintah memberi masa transisi sebelum penertiban."""),

("article", "hn_report_feature", 0, 1, 1, 1, """Menelusuri Pajak Melati, Surga Monza di Pinggir Medan
Pukul tujuh pagi, deretan lapak di Pajak Melati sudah dipenuhi pembeli yang mengaduk-aduk tumpukan baju. Di sini pakaian bekas impor lebih akrab disebut monza, nama yang konon berasal dari Plaza Monginsidi, tempat lapak serupa pernah ramai.
Butet (45) menyebut kaus band bisa laku Rp 150 ribu jika kondisinya bagus. "Kalau dapat yang langka, anak-anak muda rebutan," katanya dengan logat Medan yang kental.
Barang, kata dia, datang dari Belawan dan Tanjungbalai dalam karung-karung besar yang dibuka setiap Kamis."""),

("article", "hn_report_price_range", 0, 1, 1, 1, """Harga Baju Cakar di Makassar Naik Jelang Lebaran
MAKASSAR — Pedagang cakar di kawasan Jalan Veteran mematok harga lebih tinggi menjelang Idulfitri. Celana jin yang biasanya Rp 25 ribu kini dipatok Rp 40 ribu.
Istilah cakar, yang merujuk pada cara pembeli "mencakar" tumpukan pakaian bekas impor, sudah dikenal warga Makassar sejak 1990-an.
"Barangnya dari Malaysia, masuk lewat Parepare," ungkap Daeng Tiro (56), pedagang setempat.
Dinas Perdagangan Kota Makassar mengaku belum menerima instruksi penertiban."""),

("article", "hn_report_tv_script", 0, 1, 1, 1, """[NARASI] Pemirsa, inilah suasana Pasar Cimol Gedebage di Bandung. Ratusan kios menjual pakaian bekas impor dari berbagai negara.
[SOT PEDAGANG] "Ini dari Korea semua, Pak. Satu bal kita buka, kita sortir, yang bagus kita gantung, yang biasa kita tumpuk."
[NARASI] Meski dilarang lewat Permendag Nomor 18 Tahun 2021, aktivitas jual beli di sini tetap berjalan.
[NARASI] Pembeli datang dari Jakarta hingga Cirebon.
Reporter Ajeng Puspita melaporkan dari Bandung."""),

("article", "hn_report_kodim", 0, 1, 1, 1, """PEKANBARU — Kawasan Kodim di Jalan Sudirman masih menjadi tujuan utama warga Pekanbaru yang mencari pakaian bekas impor murah.
Pantauan Riau Pos Daring pada Minggu (14/5), puluhan lapak menggantung jaket, blus dan tas bermerek. Harganya berkisar Rp 15 ribu hingga Rp 200 ribu.
Seorang pedagang yang enggan disebut namanya menuturkan, barang diperoleh dari pengepul di Dumai yang menerima karung dari Malaysia.
"Kami cuma pengecer. Kalau disuruh berhenti, kami makan apa?" katanya."""),

("article", "hn_report_tungging", 0, 1, 1, 1, """Pasar Tungging, Pusat Baju Bekas di Jambi yang Tak Pernah Sepi
JAMBI — Setiap akhir pekan, Pasar Tungging dipadati pemburu pakaian bekas. Nama "tungging" sendiri diambil dari posisi pembeli yang menungging saat memilih baju di tumpukan.
Wati (38) mengaku membeli barang per karung dari pemasok yang mendatangkannya dari Singapura melalui Kuala Tungkal. Satu karung berisi sekitar 100 kilogram.
"Untungnya tipis, tapi perputarannya cepat," ujar Wati."""),

("article", "hn_report_karombasan", 0, 1, 1, 1, """MANADO — Di Pasar Karombasan, pakaian bekas impor dijual di lorong-lorong sempit di antara lapak ikan dan sayur.
Warga setempat menyebutnya rombengan. Kemeja dibanderol mulai Rp 10 ribu, sementara jaket kulit bisa mencapai Rp 300 ribu.
Menurut Sonya (47), pedagang yang ditemui Tribun Manado, kiriman karung biasanya datang dari Filipina lewat Pelabuhan Bitung atau dari Tawau.
Ia mengatakan pembeli justru bertambah sejak harga baju baru naik."""),

("article", "hn_report_sorting", 0, 1, 1, 1, """Dari Karung ke Gantungan: Begini Cara Pedagang Menyortir Balpres
Di gudang kecil di belakang Pasar Baru Bandung, empat pekerja membuka sebuah bal seberat 100 kilogram. Pakaian dipilah menjadi tiga tumpukan: grade A untuk yang nyaris sempurna, grade B untuk yang bernoda ringan, dan sisanya dijual kiloan.
"Grade A paling cuma 20 persen dari isi bal," jelas Deden (34), pemilik gudang.
Sisa yang tak layak, kata Deden, dijual ke pengepul majun seharga Rp 2 ribu per kilo.
Semua proses itu berlangsung di tengah larangan impor pakaian bekas yang ditegaskan kembali oleh Kementerian Perdagangan."""),

("article", "hn_report_trader_reported_speech", 0, 1, 1, 1, """Pedagang Pakaian Bekas di Senen Mengaku Omzet Turun Separuh
Sejumlah pedagang pakaian bekas impor di Pasar Senen mengaku omzet mereka turun hampir separuh setelah razia di gudang agen.
Lina (29) mengatakan biasanya ia bisa menghabiskan tiga bal dalam sepekan. Kini, satu bal pun sulit didapat. Ia menyebut harga satu bal asal Jepang yang semula Rp 5 juta kini ditawarkan agen hingga Rp 7,5 juta.
Menurut Lina, pembeli tetap ada, tetapi pedagang tak punya barang untuk dijual."""),

("article", "hn_report_awul_awul", 0, 1, 1, 1, """YOGYAKARTA — Pasar awul-awul di kawasan Sekaten dan Alun-alun Utara dulu menjadi magnet mahasiswa. Kini, lapak-lapak itu berpindah ke sejumlah titik di Bantul dan Sleman.
"Awul-awul itu ya baju bekas dari luar, Mas. Dulu dari Batam, terus dibawa ke Jogja pakai truk," tutur Pak Slamet (62), yang mengaku sudah berhenti berdagang.
Menurutnya, pedagang awul-awul generasi sekarang lebih banyak berjualan lewat siaran langsung di media sosial."""),

("article", "hn_report_lelong_kalbar", 0, 1, 1, 1, """PONTIANAK — Istilah lelong sudah puluhan tahun melekat pada pakaian bekas asal Malaysia yang masuk lewat Entikong dan Jagoi Babang.
Di Pasar Flamboyan, puluhan kios lelong masih bertahan. Kaus dijual Rp 10 ribu, sepatu olahraga Rp 75 ribu hingga Rp 150 ribu.
"Dulu barang lelong masuk pakai motor, sekarang pakai truk, tapi sering ditangkap," kata Aling (50), pedagang, kepada Suara Kalbar.
Pemerintah Kota Pontianak belum berencana menutup kios-kios tersebut."""),

("article", "hn_report_nunukan", 0, 1, 1, 1, """NUNUKAN — Pasar Inhutani di Nunukan dikenal sebagai tempat warga berburu pakaian bekas dari Tawau, Malaysia.
Menurut pengakuan pedagang, karung-karung itu dibawa speedboat menyeberang ke Nunukan sebelum dipasarkan hingga ke Tarakan dan Samarinda.
Harga per karung disebut berkisar Rp 3 juta sampai Rp 4 juta, tergantung isinya.
Kepala Kantor Bea Cukai Nunukan menyatakan pihaknya terus meningkatkan patroli di perairan Sebatik."""),

("article", "hn_report_buyer_voice", 0, 1, 1, 1, """Mahasiswa Berburu Jaket Bekas Impor di Pasar Baru Trade Center
BANDUNG — Rafi (21), mahasiswa sebuah kampus swasta, mengaku rutin datang ke Pasar Baru setiap akhir bulan untuk mencari jaket bekas impor.
"Jaket Uniqlo bekas dari Jepang bisa dapat Rp 75 ribu. Kalau beli baru bisa enam ratus ribu," katanya.
Ia mengaku tahu pakaian itu barang impor ilegal, tetapi merasa tidak punya pilihan lain dengan uang saku terbatas.
Pedagang di lokasi menyebut permintaan naik tiap musim hujan."""),

("article", "hn_report_online_shift", 0, 1, 1, 1, """Razia Gencar, Pedagang Thrift Pindah ke Siaran Langsung
Setelah sejumlah gudang balpres di Jakarta dan Bandung disegel, sebagian pedagang thrift beralih berjualan lewat siaran langsung di aplikasi video pendek.
Menurut pengamatan redaksi, penjual kerap menyamarkan kata "bekas" dengan "preloved" atau "second", sementara kata "bal" diganti "paket karung".
Seorang pedagang yang diwawancarai mengaku dalam satu malam ia bisa menjual 150 potong dari satu bal asal Korea.
Kementerian Perdagangan menyatakan tengah berkoordinasi dengan platform untuk menurunkan unggahan semacam itu."""),

("article", "hn_report_shoes", 0, 1, 1, 1, """Sepatu Bekas Impor Thailand Membanjiri Pasar Senen
Bukan hanya pakaian, sepatu bekas juga dijual dalam bentuk bal. Nanda (41), pedagang sepatu di Blok III, mengaku pernah mengimpor sendiri sepatu bekas dari Thailand.
"Satu bal sepatu isinya bisa 80 sampai 100 pasang, campur ukuran," ujarnya.
Sepatu lari bermerek dijual Rp 150 ribu hingga Rp 400 ribu di kiosnya, jauh di bawah harga baru.
Ia mengatakan kini lebih memilih membeli dari pedagang besar karena risiko penyitaan."""),

("article", "hn_report_bags", 0, 1, 1, 1, """Tas Branded Bekas Jepang Diminati Ibu-ibu Surabaya
SURABAYA — Tas kulit bekas bermerek asal Jepang menjadi buruan di salah satu pasar di kawasan Gembong. Harganya dipatok Rp 100 ribu hingga Rp 1,5 juta tergantung merek dan kondisi.
"Ini barang karungan, Mbak, kita nggak bisa pilih isinya," ujar Cak Mamat (44), sambil menunjukkan tas yang talinya sudah mengelupas.
Ia mengaku barang datang dari Batam melalui Tanjung Perak dengan dokumen yang tak jelas."""),

("article", "hn_report_ramadan", 0, 1, 1, 1, """Jelang Lebaran, Pembeli Serbu Lapak Baju Bekas di Pasar Kebon Kalapa
BOGOR — Menjelang Idulfitri, lapak pakaian bekas impor di Pasar Kebon Kalapa dipadati pembeli. Gamis dan kemeja koko bekas laris dijual Rp 20 ribu hingga Rp 50 ribu.
Yanti (36), pembeli asal Ciomas, menyebut harga di pasar ini bisa sepertiga harga baju baru.
Pedagang bernama Ujang menuturkan bahwa barang dagangannya dibeli per bal dari pengepul yang memperoleh barang dari Malaysia.
"Kalau lagi untung, satu bal bisa balik modal dalam tiga hari," ucapnya."""),

("article", "hn_report_regional_paper_sumbar", 0, 1, 1, 1, """PADANG — Pakaian bekas impor masih mudah ditemui di Pasar Raya Padang.
Beberapa pedagang mengakui barang mereka berasal dari bal yang dibawa dari Dumai dan Teluk Bayur.
Uda Zul (48) menyebut harga jaket bekas berkisar Rp 50 ribu. "Kalau barang baru dari Tanah Abang, harganya dua kali lipat. Orang kampung lebih pilih yang bekas," katanya.
Disperindag Sumbar mengimbau pedagang beralih ke produk lokal."""),

("article", "hn_report_scarcity", 0, 1, 1, 1, """Kapal Tak Lagi Bongkar, Stok Bal di Pasar Senen Menipis
Pengetatan pengawasan di pelabuhan membuat pasokan balpres ke Pasar Senen seret. Sejumlah pedagang mengaku sudah lebih dari sebulan tak menerima kiriman.
"Dulu dua minggu sekali ada yang datang. Sekarang kosong," ujar Marlan (42).
Harga satu bal yang sebelumnya Rp 5 juta hingga Rp 6 juta kini dikabarkan menembus Rp 7 juta.
Pedagang memilih menjual sisa barang lama dan menahan harga eceran agar pembeli tidak kabur."""),

("article", "hn_report_krl_feature", 0, 1, 1, 1, """Sabtu Pagi Bersama Para Pemburu Thrift
Kereta dari Bogor penuh anak muda bertas ransel kosong. Tujuan mereka sama: Pasar Senen.
Dinda (23) mengaku bisa membawa pulang lima potong pakaian dengan Rp 200 ribu. "Aku suka jaket varsity dari Amerika, di mal nggak ada yang kayak gini," katanya.
Pedagang di sana menyebut sebagian besar barang berasal dari bal impor yang disortir di gudang Bandung.
Fenomena thrifting, menurut sosiolog, tak lepas dari tren media sosial dan harga pakaian baru yang terus naik."""),

("article", "hn_report_dialect_makassar", 0, 1, 1, 1, """Cakar Masih Jadi Andalan Warga Parepare
PAREPARE — Di Pasar Senggol, tumpukan cakar menggunung setiap sore. Para pedagang memperoleh pakaian bekas itu dalam karung dari kapal kayu yang datang dari Malaysia.
"Ededeh, sekarang mahal mi karungnya. Dulu dua juta, sekarang sudah tiga setengah," keluh Daeng Baji (52).
Petugas Bea Cukai Parepare menyebut masih menyelidiki jalur masuk barang tersebut."""),

("article", "hn_report_belawan_warehouse", 0, 1, 1, 1, """Gudang Monza di Belawan Tetap Beroperasi Meski Ada Larangan
MEDAN — Beberapa gudang penyimpanan karung monza di kawasan Belawan diduga masih aktif. Wartawan kami menyaksikan truk bermuatan karung keluar masuk pada malam hari.
Seorang sopir yang ditemui mengaku hanya mengantar barang ke Pajak Simpang Limun dan Pajak Melati. "Saya cuma narik, Bang. Isinya baju bekas dari Malaysia, itu aja yang saya tahu," ujarnya.
Polres Pelabuhan Belawan mengatakan akan menindaklanjuti informasi tersebut."""),

("article", "hn_report_price_survey", 0, 1, 1, 1, """Survei harga pakaian bekas impor di tiga pasar Jakarta, pekan kedua Juni:
Pasar Senen: kaus Rp 15-35 ribu, jaket Rp 50-150 ribu, celana jin Rp 35-60 ribu.
Pasar Poncol: kaus Rp 10-25 ribu, kemeja Rp 20-40 ribu.
Pasar Baru Metro Atom: jaket kulit Rp 200-450 ribu.
Harga bal dari agen dilaporkan berkisar Rp 5,5-8 juta, tergantung asal (Jepang dan Korea termahal).
Data dihimpun tim riset redaksi dari wawancara dengan 27 pedagang."""),

("article", "hn_report_traders_protest", 0, 1, 1, 1, """Ratusan Pedagang Thrift Datangi DPRD Jabar
BANDUNG — Ratusan pedagang pakaian bekas impor dari Gedebage dan Cimol mendatangi Gedung DPRD Jawa Barat, Senin. Mereka meminta relaksasi aturan larangan impor pakaian bekas.
"Kami bukan penyelundup. Kami beli bal dari pemasok, kami jual ke rakyat kecil," tegas koordinator aksi, Asep Sunandar.
Perwakilan DPRD berjanji menyampaikan aspirasi itu ke pemerintah pusat."""),

("article", "hn_report_bale_anatomy", 0, 1, 1, 1, """Apa Sebenarnya Isi Satu Bal?
Satu bal pakaian bekas impor umumnya dipres hingga seberat 100 kilogram dan dibungkus plastik serta tali baja. Isinya bisa 200 hingga 500 potong.
Pedagang membedakan bal "campur" yang berisi aneka jenis pakaian dan bal "khusus" seperti bal jaket, bal jin, atau bal anak.
Karena dibeli tanpa bisa melihat isi, pedagang sering menyebut usaha ini sebagai "judi karung".
Catatan: perdagangan pakaian bekas impor dilarang berdasarkan Permendag 18/2021 jo. 40/2022."""),

("article", "hn_report_tanjungpinang", 0, 1, 1, 1, """TANJUNGPINANG — Warga Tanjungpinang menyebut pakaian bekas dari Singapura dengan sebutan "barang Singapura".
Di sekitar Pasar Baru, lapak-lapak barang Singapura masih menjual mantel, sepatu boots dan tas kulit. "Orang sini biasa pakai barang Singapura, dari dulu," ujar Mak Ani (60).
Namun, ia mengaku barang kini lebih sulit masuk karena pengawasan di pelabuhan rakyat diperketat.
Sebagian pedagang beralih menjual pakaian baru dari Jakarta."""),

("article", "hn_report_kupang", 0, 1, 1, 1, """KUPANG — Pakaian bekas asal Timor Leste dan Australia disebut-sebut masuk lewat perbatasan Motaain sebelum dijual di Pasar Kasih Naikoten.
Pedagang setempat menyebutnya baju rombengan. Harganya murah, mulai Rp 5 ribu per potong.
"Kami beli per karung dari orang Atambua," tutur Mama Yuli (44).
Bea Cukai Atambua mencatat beberapa penindakan karung pakaian bekas sepanjang tahun lalu."""),

("article", "hn_report_denial_local", 0, 1, 1, 0, """Bukan Barang Impor, Thrift Shop di Solo Ini Jual Baju Bekas Donasi Warga
SURAKARTA — Sebuah toko pakaian bekas di kawasan Laweyan memastikan seluruh barangnya berasal dari donasi dan titipan warga Solo, bukan dari bal impor.
"Kami tidak menyentuh balpres sama sekali. Semuanya dari lemari orang sini," ujar pengelola toko, Rina Mahardika.
Hasil penjualan disisihkan untuk beasiswa anak-anak di sekitar Laweyan.
Menurut Rina, banyak pembeli awalnya mengira barangnya dari Senen."""),

("article", "hn_report_court", 0, 1, 1, 1, """Importir Balpres Divonis 2 Tahun Penjara
PENGADILAN Negeri Tanjungbalai Karimun menjatuhkan vonis dua tahun penjara dan denda Rp 500 juta kepada HS (47), pemilik kapal yang mengangkut 860 bal pakaian bekas dari Port Klang, Malaysia.
Majelis hakim menyatakan terdakwa terbukti melanggar Undang-Undang Kepabeanan.
Dalam persidangan, HS mengaku dibayar Rp 30 ribu per bal untuk membawa muatan tersebut ke perairan Karimun.
Kuasa hukum terdakwa menyatakan pikir-pikir."""),

("article", "hn_report_court_appeal", 0, 1, 1, 1, """Banding Pemilik Gudang Balpres di Cikarang Ditolak
Pengadilan Tinggi Bandung menolak banding terdakwa RW, pemilik gudang penyimpanan 1.200 bal pakaian bekas impor di kawasan Cikarang.
Dalam putusan sebelumnya, RW dihukum tiga tahun penjara karena memperdagangkan barang yang dilarang impor.
Jaksa menyebut bal-bal itu didatangkan dari Korea Selatan dan Jepang melalui kontainer yang diberitahukan sebagai "kain perca".
Barang bukti dirampas untuk dimusnahkan."""),

("article", "hn_report_trader_family", 0, 1, 1, 1, """Tiga Generasi Berdagang Rombengan di Kota Bitung
BITUNG — Keluarga Om Jemmy sudah tiga generasi menjual rombengan. Kakeknya dulu menjual pakaian bekas yang dibawa pelaut dari Davao.
"Dulu masih bebas, sekarang harus sembunyi-sembunyi," katanya sambil tertawa getir.
Kini ia menjual sisa stok dari dua karung terakhir, dengan harga rata-rata Rp 15 ribu per potong.
Om Jemmy mengaku sedang belajar menjahit agar bisa beralih usaha."""),

("article", "hn_report_kilo_price", 0, 1, 1, 1, """Di Pasar Tradisional Batam, Baju Bekas Dijual Kiloan
BATAM — Di sebuah pasar di kawasan Jodoh, pakaian bekas asal Singapura dan Korea dijual per kilo. Harga sortiran kelas dua dipatok Rp 40 ribu per kilogram.
Pembeli umumnya pedagang kecil dari Sumatra yang membawa barang itu pulang dengan kapal penumpang.
"Ini sisa sortiran, yang bagus sudah diambil orang Jakarta," ujar seorang pekerja gudang.
Aparat mengaku kesulitan mengawasi karena pengiriman dilakukan dalam jumlah kecil."""),

("article", "hn_report_surabaya_raid_aftermath", 0, 1, 1, 1, """Sehari Setelah Razia, Lapak Thrift di Pasar Gembong Sepi
SURABAYA — Lapak-lapak pakaian bekas impor di Pasar Gembong tampak tutup sehari setelah petugas gabungan menyita puluhan karung.
Beberapa pedagang memilih menutup kios dengan terpal. "Takut, Mas. Kemarin barang teman saya diangkut semua," kata seorang pedagang perempuan.
Petugas menyebut karung-karung tersebut diduga berasal dari Malaysia dan masuk melalui Kalimantan.
Pedagang berharap ada solusi modal untuk beralih usaha."""),

("article", "hn_report_english_portal", 0, 1, 1, 1, """Indonesia's Thrift Markets Defy Import Ban
At Jakarta's Pasar Senen, second-hand clothes from Japan, South Korea and the United States still hang from every kiosk ceiling.
Traders say bales of 100 kilograms cost between Rp 5 million and Rp 8 million and contain anything from 200 to 500 items.
"We know it's banned, but people keep coming," said one trader, who asked not to be named.
The trade ministry has repeatedly warned that the used-clothing trade hurts the domestic textile industry."""),

("article", "hn_report_gresik_goods_origin", 0, 1, 1, 1, """Baju Bekas Impor Masuk Pasar Desa di Gresik
GRESIK — Pakaian bekas impor kini tak hanya dijual di kota. Di Pasar Desa Bungah, seorang pedagang menggelar puluhan kaus dan kemeja dengan harga Rp 5 ribu.
Ia mengaku mengambil barang dari pedagang besar di Surabaya yang membuka karung asal Malaysia setiap pekan.
Kepala desa setempat mengatakan belum pernah ada sosialisasi soal larangan tersebut."""),

("article", "hn_report_child_clothes", 0, 1, 1, 1, """Pakaian Anak Bekas Impor Ramai Dicari Menjelang Tahun Ajaran Baru
Pedagang pakaian bekas di Pasar Senen menyebut permintaan pakaian anak meningkat menjelang tahun ajaran baru. Bal khusus pakaian anak asal Korea disebut paling cepat habis.
"Ibu-ibu cari jaket dan sepatu anak. Rp 20 ribu sudah dapat yang bagus," kata Nur (33), pedagang.
Dokter anak mengingatkan orang tua untuk mencuci pakaian bekas dengan air panas sebelum dipakai."""),

("article", "hn_report_health_warning", 0, 1, 1, 1, """Temuan Jamur dan Bakteri pada Pakaian Bekas Impor
Hasil uji laboratorium Kementerian Perdagangan terhadap sampel pakaian bekas impor yang dijual di Pasar Senen dan Gedebage menemukan koloni jamur dan bakteri dalam jumlah tinggi.
Sampel diambil dari sejumlah bal yang dibongkar pedagang, termasuk bal asal Jepang dan Tiongkok.
Dermatolog menyarankan masyarakat tidak memakai pakaian bekas tanpa pencucian menyeluruh.
Pedagang menilai temuan itu dibesar-besarkan."""),

("article", "hn_report_podcast_summary", 0, 1, 1, 1, """Ringkasan episode 47 podcast "Ngobrol Pasar": Kami berbincang dengan dua mantan pedagang balpres dari Pasar Cimol.
Mereka bercerita bagaimana bal dari Korea dan Jepang dulu dibongkar di gudang Gedebage, disortir jadi grade A, B dan "reject", lalu dibagi ke puluhan kios.
Salah satu narasumber mengaku pernah rugi besar ketika membuka bal yang isinya hampir semua jaket musim dingin berukuran besar.
Episode ini juga membahas alasan keduanya berhenti setelah larangan diperketat."""),

("article", "hn_report_medan_language", 0, 1, 1, 1, """Dari "Monza" ke "Thrift": Pergeseran Bahasa Anak Muda Medan
Anak muda Medan kini lebih sering menyebut belanja di Pajak Melati sebagai thrifting, bukan lagi "cari monza".
"Padahal barangnya sama aja, dari karung Malaysia juga," ujar Ucok (25), pengunjung pasar, sambil tertawa.
Pedagang mengaku pergeseran istilah itu membawa pembeli baru, termasuk dari luar Sumatra Utara."""),

("article", "hn_report_kpop_jacket", 0, 1, 1, 1, """Demam Jaket Bekas Korea di Kalangan Pelajar Bandung
Jaket bekas bertuliskan huruf Hangul menjadi incaran pelajar SMA di Bandung. Di Pasar Cimol, jaket jenis ini dijual Rp 80 ribu hingga Rp 120 ribu.
Pedagang menyebut jaket-jaket itu berasal dari bal Korea yang kini harganya melonjak.
"Kalau ada tulisan sekolah Korea atau klub olahraga, pasti cepat laku," kata Ilham (27).
Guru BK di salah satu sekolah mengaku khawatir dengan tren belanja impulsif siswa."""),
]
