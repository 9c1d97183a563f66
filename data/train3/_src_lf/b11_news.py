from common import R
RECORDS = [
R("article", "legal_news", "0111", """
BATAM – Petugas gabungan Bea Cukai dan kepolisian kembali menggagalkan upaya penyelundupan pakaian bekas melalui Pelabuhan Feri Internasional Batam Centre, Selasa pagi.
Dalam operasi yang berlangsung sejak pukul 06.00 itu, petugas memeriksa 14 penumpang kapal cepat dari Singapura yang membawa koper berukuran besar dengan bobot tidak wajar.
Hasilnya, 46 koper dan 12 tas ransel berisi pakaian bekas diamankan. Isinya didominasi kemeja, jaket, dan celana jeans bermerek.
"Modusnya barang pribadi, padahal isinya barang dagangan. Koper-koper ini biasanya diambil lagi oleh pemodal di luar pelabuhan," ujar seorang pejabat Bea Cukai yang memimpin operasi.
Menurutnya, sepanjang tahun ini penindakan terhadap pakaian bekas lewat barang bawaan penumpang meningkat dibandingkan tahun lalu, seiring makin ketatnya pengawasan di jalur laut.
Barang bukti akan dimusnahkan setelah proses administrasi selesai. Para kurir yang diperiksa mengaku hanya dibayar ratusan ribu rupiah per koper.
Pemerintah menegaskan impor pakaian bekas dilarang sebagaimana diatur dalam Permendag Nomor 18 Tahun 2021 yang telah diubah dengan Permendag Nomor 40 Tahun 2022.
"""),
R("article", "legal_news", "0111", """
MEDAN – Menjelang Natal, lapak-lapak pakaian bekas impor atau yang akrab disebut "monza" di Pajak Melati kembali dipadati pembeli.
Pantauan di lokasi, Minggu siang, pembeli terlihat memilah tumpukan kemeja dan jaket di kios-kios berukuran 3x4 meter. Harga berkisar Rp15 ribu hingga Rp150 ribu per potong, tergantung merek dan kondisi.
"Barang baru pecah kawat tadi pagi, makanya ramai," kata seorang pedagang yang meminta namanya tidak ditulis. Istilah "pecah kawat" merujuk pada bal yang baru dibuka.
Pedagang mengaku pasokan kini lebih seret dibanding beberapa tahun lalu. Sebagian barang disebut masuk lewat pelabuhan-pelabuhan kecil di pantai timur Sumatera.
Pemerintah kota menyatakan akan berkoordinasi dengan aparat terkait penegakan larangan impor pakaian bekas, sambil menyiapkan program pelatihan alih usaha bagi pedagang.
Sejumlah pembeli mengaku tetap memilih monza karena harga pakaian baru dinilai mahal.
"""),
R("article", "legal_news", "0111", """
NUNUKAN – Satuan Tugas Pengamanan Perbatasan menemukan 11 karung pakaian bekas asal Malaysia yang disembunyikan di kebun sawit warga di Pulau Sebatik, Kamis malam.
Karung-karung tersebut ditutup pelepah sawit sehingga sekilas menyerupai tumpukan pupuk.
Komandan pos setempat menjelaskan, temuan berawal dari informasi masyarakat tentang aktivitas bongkar muat perahu kecil di pantai pada malam hari.
"Diduga barang dari Tawau, rencananya akan dikirim ke Nunukan lalu ke Sulawesi," ujarnya.
Barang bukti diserahkan kepada Bea Cukai Nunukan untuk proses lebih lanjut. Hingga kini pemilik barang belum diketahui.
Di Nunukan, pakaian bekas asal Malaysia dikenal dengan sebutan "roma" atau rombengan Malaysia dan masih dijual di sejumlah lapak, meski pemerintah telah melarang impornya.
"""),
R("article", "legal_news", "0111", """
JAKARTA – Aktivitas jual beli pakaian bekas impor di Blok III Pasar Senen terpantau tetap berjalan meski penertiban pernah dilakukan pemerintah.
Di lantai dua, kios-kios menggantung jaket, kemeja, dan gaun dengan label berbahasa Jepang dan Korea. Pedagang menyebut barang mereka diambil dalam bentuk bal dari pemasok, lalu disortir menjadi tiga kelas: kepala, badan, dan kaki.
"Kepala itu yang paling bagus, harganya paling mahal. Kaki yang sisa, diobral," tutur seorang pedagang celana.
Menurut para pedagang, harga satu bal asal Korea kini sekitar Rp9 juta-an, sementara bal asal Jepang bisa mencapai Rp14 juta. Kenaikan harga disebut terjadi setelah maraknya sidak pada 2023.
Tidak semua isi bal bisa dijual. Pedagang memperkirakan 20-30 persen isi bal berupa pakaian rusak atau kotor yang akhirnya dibuang atau dijual kiloan.
Kementerian Perdagangan kembali menegaskan larangan impor pakaian bekas dan meminta masyarakat tidak membeli barang selundupan.
"""),
R("article", "legal_news", "0111", """
PONTIANAK – Tim gabungan TNI AL dan Bea Cukai menyita enam kontainer berisi ballpress asal Malaysia di depo kontainer Pelabuhan Pontianak.
Pemeriksaan awal menunjukkan setiap kontainer 40 kaki berisi ratusan karung pakaian bekas yang dipres rapat. Barang rencananya akan dikirim ke Jakarta melalui jalur laut.
Petugas menduga barang masuk dari Kuching melalui jalur darat di perbatasan sebelum dimuat ke kontainer dengan dokumen yang tidak sesuai.
"Kami masih mendalami siapa pemilik barang dan jaringan di belakangnya," kata seorang perwira yang terlibat dalam operasi.
Kasus ini menambah panjang daftar penindakan ballpress di Kalimantan Barat. Sebelumnya, aparat juga menemukan modus baru berupa pakaian bekas yang dilipat dan dikemas ulang agar tampak seperti kiriman barang "preloved" biasa.
"""),
R("article", "legal_news", "0111", """
MAKASSAR – Pedagang "cakar" di Pasar Terong mengaku resah menyusul rencana penertiban pakaian bekas impor oleh pemerintah.
"Ini sudah jadi mata pencaharian kami lebih dari sepuluh tahun," ujar Dina (bukan nama sebenarnya), pedagang yang berjualan di lantai dua pasar. Ia mengaku dari hasil berjualan cakar ia bisa menyekolahkan empat anaknya.
Cakar, singkatan dari "cap karung", adalah sebutan warga Makassar untuk pakaian bekas impor yang datang dalam karung. Barang umumnya masuk lewat Parepare setelah dikirim dari Nunukan.
Pemerintah daerah menyatakan akan mendata pedagang terdampak dan menawarkan program pelatihan serta akses permodalan bagi yang bersedia beralih ke produk lokal.
Sejumlah pembeli yang ditemui mengatakan masih akan berbelanja cakar selama harganya terjangkau.
"""),
R("article", "legal_news", "0111", """
SURABAYA – Bakamla bersama tim intelijen dan Balai Pengawasan Tertib Niaga mengungkap 463 bal pakaian bekas ilegal di dua gudang di kawasan Kalimas dan Margomulyo.
Barang diduga berasal dari luar negeri melalui perbatasan Kalimantan, lalu dikirim ke Surabaya dengan kapal sebagai gudang transit sebelum disebar ke Jawa, Bali, dan Makassar.
Penyelidikan bermula dari laporan kapal patroli yang memantau puluhan kontainer berisi ballpress diberangkatkan dari Kalimantan.
Selain pakaian bekas, petugas juga menemukan ratusan gulung kulit sintetis yang diduga masuk tanpa dokumen lengkap.
Pemilik perusahaan jasa angkutan yang diduga terlibat kini diperiksa. Aparat menyatakan akan menelusuri pihak-pihak yang diduga membekingi jalur distribusi tersebut.
"""),
R("article", "legal_news", "0111", """
PEKANBARU – Lantai tiga Pasar Kodim, yang dikenal warga sebagai "PJ" atau Pasar Jongkok, masih menjadi tujuan pemburu pakaian bekas impor.
Pedagang di sana menyebut barangnya berasal dari Singapura dan dibeli per karung seharga sekitar Rp3 juta. Di kios, kemeja dijual Rp30 ribuan, celana Rp45 ribuan, dan jaket Rp60 ribuan.
"Pembeli bukan cuma warga Pekanbaru, ada juga dari Kampar dan Siak," kata seorang pedagang celana.
Pemerintah kota menyatakan tengah mengkaji penataan ulang pasar, termasuk opsi pengalihan lapak pakaian bekas impor ke produk lokal.
Beberapa pedagang mengaku tidak mengetahui secara rinci larangan impor pakaian bekas dan berharap ada sosialisasi yang lebih jelas.
"""),
R("article", "legal_news", "0111", """
YOGYAKARTA – Stan "awul-awul" kembali menjadi salah satu yang paling ramai di pasar malam perayaan Sekaten tahun ini.
Awul-awul, dari kata "ngawul" atau mengaduk-aduk, merujuk pada tumpukan pakaian bekas impor yang dijual murah di kotak-kotak kayu. Harga mulai Rp5 ribu untuk barang di tumpukan, hingga Rp75 ribu untuk jaket yang digantung.
Sebagian pedagang mengaku mendatangkan barang dari distributor di Bandung dan Batam, dalam bentuk bal seberat sekitar satu kuintal.
Panitia menyatakan telah mengimbau pedagang untuk mematuhi aturan, namun penindakan menjadi kewenangan instansi terkait.
Pengunjung, kebanyakan anak muda, mengaku tertarik karena bisa menemukan merek luar negeri dengan harga murah.
"""),
R("article", "legal_news", "0111", """
JAMBI – Polisi perairan menghentikan sebuah kapal kayu bermuatan puluhan karung pakaian bekas di perairan Kuala Tungkal, Tanjung Jabung Barat.
Kapal tersebut diduga berangkat dari Malaysia dan hendak bersandar di pelabuhan tidak resmi di sepanjang pantai timur.
Dari hasil pemeriksaan, petugas menemukan 87 karung berisi pakaian, sepatu, dan tas bekas. Nakhoda dan tiga anak buah kapal dibawa ke markas untuk dimintai keterangan.
Warga setempat menyebut pakaian bekas yang masuk lewat jalur ini dikenal dengan sebutan "BJ" di Palembang dan dijual di ruko-ruko di Kota Jambi.
Aparat menyatakan akan meningkatkan patroli di muara-muara sungai yang kerap dijadikan "pelabuhan tikus".
"""),
R("article", "legal_news", "0111", """
JAKARTA – Kementerian Perdagangan bersama sejumlah platform lokapasar menandatangani komitmen untuk menurunkan iklan penjualan pakaian bekas impor.
Dalam keterangannya, kementerian menyebut telah mengirimkan ribuan tautan kepada platform untuk ditinjau. Sebagian besar iklan menggunakan kata kunci "thrift impor", "bal Korea", dan "ballpress", namun makin banyak yang memakai ejaan samaran atau istilah daerah.
"Penjual mengganti huruf dengan angka, memisahkan kata dengan titik, atau memakai istilah seperti monza dan cakar. Ini tantangan bagi sistem moderasi," ujar seorang pejabat.
Platform diminta memperkuat deteksi otomatis sekaligus peninjauan manual, serta menindak akun yang berulang kali melanggar.
Perwakilan asosiasi e-commerce menyatakan dukungan, namun meminta pemerintah memberikan daftar istilah dan kriteria yang jelas agar penjual barang bekas milik pribadi tidak ikut terkena.
"""),
R("article", "legal_news", "0111", """
BANDUNG – Kawasan Cimol Gedebage kembali ramai setelah sempat lesu akibat penertiban pakaian bekas impor.
Pedagang menyebut pasokan mulai masuk lagi, tetapi dalam bentuk karungan kecil atau dus, bukan bal utuh seperti dulu. Harga modal pun naik.
"Sekarang kita ambil sedikit-sedikit, nggak berani stok banyak," ujar seorang pedagang jaket.
Seorang narasumber menyebut sebagian barang dibongkar dulu di gudang di Kalimantan Barat, dilipat ulang, lalu dikirim lewat laut ke Semarang sebelum sampai di Bandung.
Dinas terkait menyatakan akan memperketat pengawasan distribusi dan meminta masyarakat melaporkan gudang-gudang mencurigakan.
"""),
R("article", "legal_news", "0010", """
SOLO – Sejumlah konveksi kecil di Solo Raya mengaku mulai menerima pesanan kembali setelah pengetatan penjualan pakaian bekas impor di lokapasar.
Pemilik konveksi di Kecamatan Laweyan mengatakan pesanan kaos dan kemeja dari reseller daring naik sekitar 20 persen dalam tiga bulan terakhir.
"Dulu reseller bilang susah bersaing dengan harga thrift. Sekarang mereka mulai ambil lagi," ujarnya. Konveksi tersebut mempekerjakan 18 penjahit dari kampung sekitar.
Para pelaku usaha berharap pemerintah juga membantu akses bahan baku dengan harga terjangkau, agar produk lokal bisa bersaing.
Ketua paguyuban konveksi setempat menyebut sebagian anggotanya kini memproduksi pakaian baru bergaya retro yang banyak diminati anak muda.
"""),
R("article", "legal_news", "0110", """
BOGOR – Ratusan warga memadati bazar pakaian layak pakai yang digelar komunitas ibu-ibu di halaman masjid Kecamatan Tanah Sareal, Sabtu.
Bazar menjual pakaian sumbangan warga sendiri dengan harga Rp5 ribu hingga Rp25 ribu. Panitia menegaskan tidak menerima barang dari bal atau karung impor.
"Semua dari lemari warga, sudah dicuci dan disortir," kata ketua panitia.
Hasil penjualan, sekitar Rp14 juta, akan digunakan untuk membantu biaya sekolah anak-anak yatim di lingkungan sekitar.
Panitia berencana menggelar bazar serupa setiap tiga bulan.
"""),
R("article", "legal_news", "0111", """
PAREPARE – Petugas pelabuhan bersama Bea Cukai memeriksa muatan kapal penumpang dari Nunukan dan menemukan puluhan karung pakaian bekas yang dititipkan sebagai barang bawaan.
Pemeriksaan dilakukan menjelang arus mudik, saat volume barang bawaan penumpang meningkat.
"Karung-karung ini berlabel nama penumpang, tapi isinya jelas barang dagangan," ujar seorang petugas. Total 38 karung diamankan.
Parepare sejak lama dikenal sebagai pintu masuk "cakar" ke Sulawesi Selatan. Barang yang lolos biasanya disebar ke pasar-pasar di Parepare, Pinrang, Sidrap, hingga Makassar.
Aparat mengimbau penumpang tidak bersedia dititipi barang orang lain tanpa mengetahui isinya.
"""),
R("article", "legal_news", "0111", """
TANJUNGBALAI – Polisi mengamankan sebuah truk bermuatan 120 bal pakaian bekas di jalan lintas Tanjungbalai-Kisaran, Rabu dini hari.
Sopir mengaku hanya diminta mengantar barang ke sebuah gudang di Kisaran dengan upah Rp1,5 juta.
Pakaian bekas tersebut diduga diselundupkan dari Malaysia melalui perairan Selat Malaka dan dibongkar di tangkahan tidak resmi.
Tanjungbalai sejak lama dikenal sebagai salah satu pintu masuk pakaian bekas impor ke Sumatera Utara, yang di Medan dijual dengan sebutan monza.
Polisi masih memburu pemilik barang.
"""),
R("article", "legal_news", "0111", """
AMBON – Pedagang pakaian bekas di kawasan Mardika mengeluhkan sepinya pembeli setelah beredar kabar akan ada penertiban.
"Cakar bongkar" atau "cakbo", sebutan warga Ambon untuk pakaian bekas, selama ini menjadi pilihan belanja murah. Pedagang biasanya membongkar bal di akhir bulan.
Seorang pedagang mengatakan barang didatangkan dari Surabaya dan Makassar melalui kapal. "Kami hanya beli dari agen, tidak impor sendiri," katanya.
Pemerintah kota menyatakan penertiban akan dilakukan bertahap dan disertai pendataan pedagang.
"""),
R("article", "legal_news", "0101", """
JAKARTA – Pemerintah memberikan izin terbatas impor kereta rel listrik (KRL) bekas dari Jepang untuk menambah armada di Jabodetabek, dengan sejumlah persyaratan teknis.
Operator menyatakan kereta bekas tersebut akan menjalani pemeriksaan dan peremajaan sebelum dioperasikan.
Kebijakan ini menuai perdebatan antara pihak yang mendorong penggunaan produk industri kereta dalam negeri dan pihak yang menekankan kebutuhan mendesak armada.
Kementerian Perindustrian menyatakan impor barang modal bekas diatur secara khusus dan berbeda dengan komoditas yang dilarang, seperti pakaian bekas.
Sejumlah pengamat menilai perlu ada kejelasan kriteria barang modal bekas yang boleh diimpor, agar tidak dimanfaatkan sebagai celah oleh importir barang lain.
"""),
R("article", "legal_news", "0111", """
BANJARMASIN – Pedagang pakaian bekas asal Korea di tepi Jalan Lingkar Dalam Selatan masih bertahan meski Pasar Tungging di Jalan Belitung Darat kini beralih menjual produk baru.
Warga menyebut kualitas pakaian bekas Korea lebih tebal dibanding produk pabrikan lokal. Harga jaket berkisar Rp50 ribu hingga Rp100 ribu.
Seorang pedagang mengaku mendapatkan barang dari pengepul di Banjarmasin yang memasok dari jalur laut.
Dinas perdagangan setempat menyebut akan melakukan sosialisasi tentang larangan impor dan perdagangan pakaian bekas, serta memetakan lapak-lapak di tepi jalan.
Sejumlah pengendara yang melintas tampak berhenti dan memilih pakaian yang digantung di tiang-tiang bambu.
"""),
R("article", "legal_news", "0111", """
JAYAPURA – Lapak "cakar bongkar" di Pasar Youtefa dan Pasar Hamadi tetap ramai, terutama menjelang Natal.
Pedagang menyebut stok pakaian bekas didatangkan dari Jakarta dan Surabaya dalam karung besar, lalu dijual Rp5 ribu hingga Rp50 ribu per potong.
Seorang pedagang perempuan asal Buton mengatakan usaha ini menjadi sumber penghasilan utama setelah suaminya meninggal.
Pemerintah daerah menyatakan sedang mencari solusi agar penegakan larangan impor pakaian bekas tidak mematikan mata pencaharian pedagang kecil, termasuk dengan program bantuan modal untuk beralih ke produk lokal.
Di lokasi, pembeli terlihat membongkar tumpukan pakaian yang baru dikeluarkan dari karung.
"""),
R("article", "legal_news", "0111", """
KENDARI – Pemerintah Kota Kendari menggelar sosialisasi larangan perdagangan pakaian bekas impor kepada pedagang "RB" di Pasar Sentral Kota Lama.
RB, singkatan dari rombengan, merupakan sebutan warga Sulawesi Tenggara untuk pakaian dan sepatu bekas impor.
Dalam sosialisasi tersebut, petugas menjelaskan dasar hukum larangan serta risiko kesehatan dari pakaian bekas yang tidak melalui pemeriksaan.
Sebagian pedagang meminta waktu transisi untuk menghabiskan stok dan beralih usaha. Pemerintah kota menjanjikan pendampingan melalui dinas koperasi dan UKM.
"""),
R("article", "legal_news", "0111", """
TARAKAN – Aparat gabungan memusnahkan 210 karung pakaian bekas hasil penindakan sepanjang semester pertama di halaman kantor Bea Cukai Tarakan.
Pakaian bekas tersebut sebagian besar berasal dari Tawau, Malaysia, dan diamankan di perairan sekitar Nunukan dan Tarakan.
Pemusnahan dilakukan dengan cara dibakar di insinerator milik pemerintah daerah.
Pejabat Bea Cukai menyebut modus penyelundupan kini beragam, mulai dari penyamaran sebagai barang bawaan pekerja migran hingga disembunyikan di antara muatan hasil bumi.
Warga setempat menyebut pakaian bekas ini dengan istilah "roma".
Sebagian pedagang di Pasar Gusher mengaku pasokan berkurang sejak pengawasan diperketat, dan harga per karung naik.
"""),
]
