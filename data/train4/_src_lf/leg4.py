from common import R

# ---------- legal: op-eds ----------
R("article", "legal_oped", "0111", """
Menertibkan Bal, Menyelamatkan Pedagang Kecil
Setiap kali pemerintah mengumumkan penertiban pakaian bekas impor, yang pertama kali merasakan dampaknya bukan importir besar, melainkan pedagang eceran di Pasar Senen, Gedebage, Pasar Terong, atau Pasar Melati. Mereka membeli karung dari tangan kedua atau ketiga, menjual per potong dengan keuntungan tipis, dan menanggung risiko terbesar ketika razia datang.
Larangan impor pakaian bekas sudah berlaku sejak 2015 dan diperkuat melalui Permendag 18/2021 yang diubah dengan Permendag 40/2022. Persoalannya bukan pada ada atau tidaknya aturan, tetapi pada penegakan yang musiman dan tidak menyentuh hulu. Pelabuhan-pelabuhan kecil di pesisir timur Sumatera, perbatasan darat di Kalimantan, hingga koper penumpang di Batam terus menjadi celah.
Penertiban yang adil seharusnya dimulai dari jaringan pemasok dan pemodal, bukan dari lapak berukuran tiga kali tiga meter. Bersamaan dengan itu, pemerintah perlu menyiapkan jalan keluar yang konkret: akses ke pemasok pakaian lokal dengan harga grosir, pembiayaan lunak, dan pendampingan pemasaran.
Tanpa itu, penertiban hanya akan memindahkan perdagangan dari lapak ke siaran langsung di telepon genggam, dari pasar ke gudang-gudang yang lebih tersembunyi.
""")

R("article", "legal_oped", "0111", """
Thrifting Bukan Solusi Iklim
Narasi bahwa thrifting adalah pilihan ramah lingkungan perlu diuji ulang. Memakai kembali pakaian memang memperpanjang umur produk. Namun ketika pakaian bekas dikumpulkan di negara maju, dipilah, di-press menjadi bal, dikapalkan ribuan kilometer, lalu separuh isinya dibuang di tempat pembuangan akhir kita, maka yang terjadi adalah pemindahan beban sampah, bukan pengurangan.
Pedagang di Pasar Senen terbiasa menyebut bagian bal yang tak laku sebagai "sampah". Sebagian dijual kiloan untuk kain lap, sebagian lagi berakhir di TPA. Beban pengelolaannya ditanggung pemerintah daerah dan masyarakat sekitar.
Jika kita sungguh peduli pada lingkungan, sirkularitas harus dimulai dari lemari kita sendiri: menjual atau menukar pakaian yang masih layak, memperbaiki yang rusak, dan membeli lebih sedikit. Preloved lokal yang berputar di antara warga jauh lebih masuk akal dibandingkan bal yang didatangkan dari seberang lautan.
""")

R("article", "legal_oped", "0111", """
Antara Perut dan Peraturan
Di Tanjungbalai, ribuan keluarga hidup dari monza. Di Makassar, ibu-ibu pedagang cakar membiayai sekolah anak-anak mereka dari karung-karung yang datang lewat Parepare. Di Pontianak, lelong menjadi tempat warga berpenghasilan rendah membeli jaket dan sepatu yang layak.
Sulit menolak kenyataan bahwa perdagangan pakaian bekas impor, meski dilarang, telah menjadi jaring pengaman sosial informal. Justru karena itu, pendekatan negara tidak bisa semata-mata represif.
Pertama, penegakan hukum harus diarahkan kepada penyelundup dan pemodal besar. Kedua, pemerintah daerah perlu memetakan pedagang eceran dan menawarkan skema transisi yang realistis. Ketiga, industri tekstil dan konveksi dalam negeri harus didorong memproduksi pakaian terjangkau untuk segmen yang selama ini dilayani pakaian bekas.
Peraturan yang baik bukan hanya yang tegas di atas kertas, tetapi yang mampu membuat warga tidak perlu memilih antara taat hukum dan makan.
""")

R("article", "legal_oped", "0111", """
Algoritma Tidak Mengerti "Cakar"
Platform digital kini menjadi pasar utama pakaian bekas impor. Siaran langsung "buka karung" digelar setiap malam, reseller direkrut lewat pesan langsung, dan katalog bal disebar di grup-grup percakapan. Platform mengklaim telah menghapus puluhan ribu produk, tetapi pedagang selalu selangkah di depan.
Mereka menulis "b4l" alih-alih "bal", menyelipkan titik di antara huruf, memakai huruf Kiril yang mirip huruf Latin, atau cukup menyebut istilah daerah seperti cakar, monza, awul-awul, lelong, dan cabo. Ada pula yang tidak menyebut barangnya sama sekali, cukup menulis nama pelabuhan atau pasar.
Di sisi lain, sistem penyaring yang kaku justru menghapus iklan konveksi lokal yang menulis "bukan barang bal" atau penjual yang melepas pakaian pribadinya. Ini menunjukkan bahwa moderasi berbasis kata kunci tidak memadai.
Platform perlu berinvestasi pada pemahaman konteks: siapa yang berbicara, apa yang ditawarkan, dan dari mana barang berasal. Tanpa itu, yang tersaring adalah yang jujur, sementara yang cerdik tetap lolos.
""")

R("article", "legal_oped", "0111", """
Jangan Salahkan Gen Z
Setiap kali topik pakaian bekas impor mencuat, anak muda dijadikan kambing hitam. Mereka dituduh menyuburkan perdagangan ilegal lewat tren thrifting. Tuduhan ini tidak sepenuhnya adil.
Anak muda membeli pakaian bekas karena harga pakaian baru yang berkualitas semakin tidak terjangkau, sementara pakaian murah yang baru sering cepat rusak. Mereka juga tumbuh dengan konten yang memamerkan "hidden gems" dari tumpukan bal, tanpa penjelasan bahwa bal tersebut masuk secara ilegal.
Tanggung jawab utama ada pada negara yang longgar mengawasi pintu masuk dan pada platform yang membiarkan konten promosi bal beredar. Anak muda perlu diberi informasi, bukan dihakimi, serta alternatif nyata: pasar preloved lokal, tukar pakaian, dan produk lokal yang adil harganya.
""")

R("article", "legal_oped", "0011", """
Ancaman Sebenarnya Ada di Keranjang Belanja Daring
Perdebatan publik tentang industri tekstil kerap terpaku pada pakaian bekas impor. Padahal, pelaku usaha kecil di sentra konveksi menghadapi tekanan yang tidak kalah besar dari pakaian baru impor berharga sangat murah yang dijual di platform belanja daring.
Kaus baru dijual di bawah harga kain per meter, celana panjang dijual lebih murah daripada ongkos jahit di Bandung atau Pekalongan. Harga seperti itu hanya mungkin dengan skala produksi raksasa dan, dalam beberapa kasus, praktik perdagangan yang tidak wajar.
Pemerintah perlu menata keduanya sekaligus: menegakkan larangan pakaian bekas impor dan menerapkan pengamanan perdagangan untuk pakaian baru impor yang merusak pasar. Tanpa keseimbangan ini, industri tekstil dalam negeri akan terus terjepit dari dua arah.
""")

R("article", "legal_oped", "0111", """
Menimbang Ulang "Rombengan"
Dahulu, di kota-kota Jawa, rombengan adalah barang loak milik tetangga yang dijual ke tukang rombeng keliling. Pakaian yang sudah tak terpakai berputar di lingkungan sendiri, dari satu rumah ke rumah lain, dari kota ke desa. Tidak ada kapal, tidak ada kontainer, tidak ada bal.
Kini kata "RB" atau rombengan dipakai untuk menyebut karung pakaian bekas yang datang dari luar negeri. Pergeseran makna ini mencerminkan perubahan besar: pakaian bekas kita bukan lagi milik kita sendiri, melainkan limpahan dari negeri lain.
Barangkali sudah saatnya kita mengembalikan makna rombengan yang lama. Pasar loak lokal, bank pakaian di tingkat RW, dan usaha penjahit perbaikan bisa menjadi bagian dari ekonomi sirkular yang sesungguhnya, tanpa harus melanggar larangan impor dan tanpa mematikan konveksi di kampung sendiri.
""")

R("article", "legal_oped", "0111", """
Koper di Batam dan Celah yang Dibiarkan
Pemberitaan tentang penindakan ballpress di Batam hampir selalu menyebut modus yang sama: pakaian bekas dimasukkan ke koper penumpang atau dititipkan kepada porter di pelabuhan feri internasional. Ratusan surat bukti penindakan diterbitkan setiap tahun, tetapi arusnya tidak berhenti.
Ini menandakan bahwa penindakan di hilir hanya menyentuh kurir, sementara pengatur jaringan tetap aman. Status Batam sebagai kawasan perdagangan bebas juga membuka ruang abu-abu dalam pergerakan barang dari Batam ke daerah pabean lain.
Penguatan pengawasan perlu disertai penelusuran aliran dana, kerja sama dengan otoritas Singapura dan Malaysia, serta pengawasan pengiriman antarpulau dari Batam. Tanpa langkah di hulu, berita tentang koper berisi pakaian bekas akan terus berulang setiap musim liburan.
""")

R("article", "legal_oped", "0111", """
Sekaten Tanpa Awul-awul?
Bagi banyak warga Yogyakarta, berburu awul-awul di pasar malam Sekaten adalah bagian dari tradisi. Tumpukan pakaian di kotak-kotak kayu, pembeli yang mengaduk-aduk mencari jaket, dan pedagang dari Parakan yang datang setiap tahun.
Namun tradisi tidak otomatis membenarkan praktik yang melanggar hukum. Awul-awul yang dijual di Sekaten sebagian besar adalah pakaian bekas impor yang didatangkan dalam bal melalui distributor di Bandung. Pengelola acara perlu mulai memikirkan pengganti yang tetap menghadirkan keseruan berburu barang murah, misalnya bursa preloved warga atau pasar produk konveksi lokal dengan harga khusus.
Tradisi bisa beradaptasi. Yang penting, semangat kerakyatan pasar malam tetap hidup tanpa harus bergantung pada barang selundupan.
""")

R("article", "legal_oped", "0111", """
Data yang Kita Tidak Punya
Berapa sebenarnya volume pakaian bekas impor yang beredar di Indonesia? Tidak ada yang tahu pasti. Yang kita miliki hanyalah angka penindakan: sekian bal disita di Tanjungbalai, sekian koli di Batam, sekian karung di Nunukan. Angka-angka ini hanya puncak gunung es.
Tanpa data yang memadai, kebijakan akan terus bersifat reaktif. Kita tidak tahu berapa pedagang yang terlibat, berapa pendapatan yang dihasilkan, atau berapa banyak pakaian yang akhirnya menjadi sampah.
Pemerintah bersama perguruan tinggi perlu melakukan survei menyeluruh di sentra-sentra perdagangan seperti Senen, Gedebage, Parakan, Pasar Melati, Pasar Terong, dan Mardika. Data yang baik adalah dasar bagi penegakan yang tepat sasaran dan program transisi yang realistis.
""")

# ---------- legal: research summaries ----------
R("article", "legal_research_summary", "0111", """
Ringkasan Penelitian: Rantai Pasok Pakaian Bekas Impor di Sumatera Utara
Penelitian lapangan ini memetakan alur distribusi pakaian bekas impor (monza) dari titik masuk hingga pengecer di Sumatera Utara. Data dikumpulkan melalui wawancara dengan 46 pedagang di Medan, Tanjungbalai, dan Pematangsiantar.
Temuan utama:
1. Barang umumnya masuk melalui jalur laut dari Malaysia ke pelabuhan kecil dan tangkahan di pesisir timur, termasuk di sekitar Tanjungbalai dan Langkat.
2. Satuan perdagangan di tingkat grosir adalah goni atau bal dengan berat sekitar 100 kg; harga bervariasi menurut isi (kemeja, jeans, jaket, pakaian dalam).
3. Pedagang eceran memilah isi goni menjadi tiga kelas kualitas dan menjual kelas terendah secara kiloan.
4. Sebagian besar responden mengetahui adanya larangan impor, tetapi menyatakan tidak memiliki alternatif usaha.
Rekomendasi: program transisi berbasis komunitas pedagang dan penegakan hukum yang difokuskan pada jaringan pemasok.
""")

R("article", "legal_research_summary", "0111", """
Abstrak: Praktik "Ngawul" dan Identitas Konsumen Muda di Yogyakarta
Studi kualitatif ini menelaah praktik berbelanja pakaian bekas impor (awul-awul) di kalangan mahasiswa di Yogyakarta. Melalui observasi di pasar malam Sekaten dan toko-toko awul di sekitar kota serta wawancara dengan 28 informan, penelitian menemukan bahwa "ngawul" dipahami bukan semata strategi penghematan, melainkan juga sebagai cara membangun identitas gaya yang berbeda dari arus utama.
Informan umumnya tidak mengetahui jalur masuk barang, tetapi mengenali label berbahasa Jepang dan Korea sebagai penanda kualitas. Sebagian kecil informan menyadari status ilegal impor pakaian bekas dan mengaku mengalami dilema moral.
Penelitian merekomendasikan edukasi konsumen yang tidak menghakimi serta pengembangan alternatif preloved lokal.
""")

R("article", "legal_research_summary", "0111", """
Ringkasan Kebijakan: Dampak Ekonomi Pakaian Bekas Impor terhadap Konveksi Skala Kecil
Kajian ini membandingkan struktur harga pakaian bekas impor dan pakaian baru produksi konveksi skala kecil di tiga sentra (Bandung, Pekalongan, Sukoharjo).
Di tingkat pengecer, satu potong kemeja bekas impor dapat dijual Rp 15.000-40.000, sementara biaya produksi kemeja baru di konveksi kecil berkisar Rp 45.000-75.000. Bal berisi 150-200 potong diperdagangkan di kisaran Rp 5-14 juta tergantung asal (Korea, Jepang, Amerika) dan kualitas.
Selisih harga ini membuat konveksi kecil sulit bersaing di segmen konsumen berpenghasilan rendah. Namun kajian juga menemukan bahwa tekanan dari pakaian baru impor murah melalui kanal daring tidak kalah signifikan.
Rekomendasi: penegakan larangan impor pakaian bekas di hulu, pengamanan perdagangan untuk produk baru impor berharga tidak wajar, dan dukungan efisiensi produksi bagi konveksi.
""")

R("article", "legal_research_summary", "0111", """
Catatan Riset: Limbah Tekstil dari Bal Pakaian Bekas
Penelitian ini mengukur proporsi isi bal pakaian bekas impor yang tidak terjual di lima kios di Jakarta dan Bandung. Peneliti mengamati pembukaan 12 bal dengan total 2.140 potong.
Hasil: rata-rata 31% isi bal dikategorikan pedagang sebagai "kaki" atau barang kualitas rendah yang dijual kiloan, dan 12% dibuang karena rusak, berjamur, atau bukan pakaian (misalnya gorden, handuk rusak). Sisa yang dibuang umumnya berakhir di tempat pembuangan sementara pasar.
Temuan ini menunjukkan bahwa sebagian beban limbah tekstil negara asal berpindah ke Indonesia. Penelitian menyarankan agar kebijakan pengelolaan sampah daerah memperhitungkan limbah dari perdagangan ini.
""")

R("article", "legal_research_summary", "0111", """
Ringkasan Tesis: Perdagangan Lintas Batas Nunukan-Tawau dan Ekonomi Rumah Tangga Perbatasan
Tesis ini meneliti pola perdagangan informal di perbatasan Nunukan (Kalimantan Utara) dan Tawau (Sabah). Dari 60 rumah tangga responden, 17 terlibat dalam pengangkutan atau penjualan karung pakaian bekas dari Malaysia, baik sebagai pedagang maupun buruh angkut.
Barang biasanya diangkut dengan perahu kecil atau dititipkan pada kapal penumpang, lalu dikirim lebih lanjut ke Parepare dan Makassar. Pendapatan dari aktivitas ini berfluktuasi tajam mengikuti intensitas pengawasan.
Peneliti menyimpulkan bahwa ketergantungan ekonomi perbatasan pada perdagangan informal, termasuk pakaian bekas, memerlukan kebijakan pembangunan wilayah, bukan hanya pengawasan.
""")

R("article", "legal_research_summary", "0111", """
Ringkasan Survei Konsumen: Persepsi terhadap Pakaian Bekas Impor di Lima Kota
Survei daring terhadap 1.204 responden berusia 17-35 tahun di Jakarta, Bandung, Medan, Makassar, dan Surabaya menunjukkan bahwa 62% responden pernah membeli pakaian bekas, dan 41% di antaranya mengaku membeli melalui siaran langsung atau media sosial.
Hanya 38% responden mengetahui bahwa impor pakaian bekas dilarang. Setelah diberi informasi tentang larangan dan potensi risiko kesehatan, 47% menyatakan akan mempertimbangkan alternatif seperti preloved lokal atau produk lokal baru.
Istilah daerah seperti cakar (Makassar) dan monza (Medan) dikenal luas oleh responden di kota masing-masing, sementara istilah "bal" dan "thrift" dikenal di semua kota.
""")

R("article", "legal_research_summary", "0111", """
Abstrak Jurnal: Strategi Penghindaran Moderasi dalam Penjualan Pakaian Bekas Impor di Media Sosial
Artikel ini menganalisis 3.500 unggahan penjualan pakaian bekas impor di tiga platform media sosial selama enam bulan. Penulis mengidentifikasi tujuh strategi penghindaran moderasi: (1) substitusi huruf dengan angka, (2) penyisipan spasi atau titik, (3) huruf homoglif dari aksara lain, (4) emoji yang menggantikan huruf, (5) istilah daerah, (6) penyebutan lokasi pelabuhan atau pasar sebagai penanda asal, dan (7) eufemisme seperti "barang titipan saudara" atau "bahan sandang ex-luar".
Unggahan dengan strategi (5) dan (6) paling jarang terdeteksi. Penulis merekomendasikan pendekatan moderasi berbasis pemahaman konteks dan pelibatan moderator yang memahami bahasa daerah.
""")

R("article", "legal_research_summary", "0111", """
Ringkasan Laporan Lapangan: Pasar Mardika Ambon dan Perdagangan Cakbo
Laporan ini mendokumentasikan aktivitas perdagangan pakaian bekas (cakbo, dari "cakar bongkar") di kawasan Pasar Mardika, Ambon. Tim mencatat lebih dari 120 lapak yang menjual pakaian, sepatu, dan tas bekas pada satu hari pengamatan.
Pedagang menyebut karung-karung pakaian datang melalui kapal dari Surabaya dan Makassar, dan sebagian disebut berasal dari Malaysia dan Filipina. Waktu "bongkar bal" di akhir bulan menjadi momen paling ramai.
Pembeli berasal dari berbagai lapisan, termasuk pegawai dan mahasiswa. Laporan merekomendasikan pendataan pedagang dan dialog dengan pemerintah kota sebelum penertiban dilakukan.
""")

# ---------- legal: official statements ----------
R("article", "legal_official_statement", "0111", """
SIARAN PERS
Pemerintah Tegaskan Larangan Impor Pakaian Bekas
Kementerian Perdagangan menegaskan kembali bahwa pakaian bekas dan barang bekas lainnya dengan pos tarif HS 6309 termasuk dalam daftar barang dilarang impor sebagaimana diatur dalam Peraturan Menteri Perdagangan Nomor 18 Tahun 2021 tentang Barang Dilarang Ekspor dan Barang Dilarang Impor, sebagaimana telah diubah dengan Peraturan Menteri Perdagangan Nomor 40 Tahun 2022.
Pemerintah akan terus melakukan pengawasan bersama Direktorat Jenderal Bea dan Cukai, Kepolisian, dan pemerintah daerah, baik di pintu masuk resmi maupun jalur-jalur tidak resmi.
Masyarakat diimbau untuk tidak memperdagangkan pakaian bekas impor, termasuk melalui platform daring dan siaran langsung. Kementerian juga mengajak penyelenggara platform untuk menurunkan konten dan produk yang menawarkan pakaian bekas impor.
Pemerintah menyiapkan program pendampingan bagi pedagang yang ingin beralih menjual produk dalam negeri.
""")

R("article", "legal_official_statement", "0111", """
PENGUMUMAN
Nomor: (diisi instansi)
Tentang: Penertiban Perdagangan Pakaian Bekas Impor di Lingkungan Pasar
Sehubungan dengan ketentuan larangan impor pakaian bekas, Pengelola Pasar menyampaikan hal-hal sebagai berikut:
1. Pedagang dilarang menerima, menyimpan, dan memperdagangkan pakaian bekas impor dalam bentuk bal, karung, goni, maupun eceran di area pasar.
2. Gudang dan kios yang digunakan untuk menyimpan bal pakaian bekas impor akan ditertibkan bersama aparat terkait.
3. Pedagang yang ingin beralih usaha dapat mendaftar program pelatihan dan kemitraan dengan produsen lokal di kantor pengelola.
4. Pengumuman ini berlaku sejak tanggal ditetapkan.
Demikian untuk diketahui dan dipatuhi.
""")

R("article", "legal_official_statement", "0111", """
Keterangan Pers Bea Cukai
Kantor Pelayanan Utama Bea dan Cukai menyampaikan hasil penindakan atas pemasukan pakaian bekas melalui barang bawaan penumpang sepanjang tahun berjalan. Sebanyak ratusan surat bukti penindakan telah diterbitkan dengan total barang bukti ratusan koli.
Penindakan terbanyak dilakukan di pelabuhan feri internasional, diikuti pelabuhan domestik dan bandar udara. Modus yang ditemukan antara lain penitipan bagasi kepada porter dan pemecahan muatan ke banyak koper.
Bea Cukai mengingatkan bahwa barang bawaan penumpang dalam jumlah tidak wajar tidak termasuk kategori barang pribadi. Pakaian bekas impor adalah barang larangan dan akan ditegah serta diproses sesuai ketentuan.
Masyarakat dapat melaporkan informasi terkait penyelundupan melalui saluran pengaduan resmi.
""")

R("article", "legal_official_statement", "0111", """
Pernyataan Pemerintah Kota tentang Pedagang Pakaian Bekas
Pemerintah Kota memahami keresahan para pedagang pakaian bekas di pasar-pasar tradisional menyusul pengetatan pengawasan terhadap impor pakaian bekas. Kami menegaskan bahwa penegakan hukum akan difokuskan pada pelaku penyelundupan dan distributor besar.
Untuk pedagang eceran, Pemerintah Kota menyiapkan tiga langkah: pendataan pedagang terdampak, pelatihan usaha bekerja sama dengan dinas koperasi, serta fasilitasi kemitraan dengan konveksi lokal untuk penyediaan barang baru dengan harga grosir.
Kami mengajak para pedagang untuk tidak lagi membeli karung atau bal pakaian bekas impor dan segera mendaftar program transisi di kantor kelurahan masing-masing.
""")

R("article", "legal_official_statement", "0111", """
Imbauan Kepolisian Daerah
Menindaklanjuti maraknya peredaran pakaian bekas impor di wilayah hukum kami, Kepolisian Daerah mengimbau masyarakat:
1. Tidak memasukkan, mengangkut, menyimpan, atau memperdagangkan pakaian bekas impor, baik dalam bentuk bal, goni, maupun koli.
2. Tidak bersedia menjadi kurir atau sopir pengangkut barang tanpa dokumen yang jelas.
3. Melaporkan aktivitas bongkar muat mencurigakan di pantai, sungai, atau tangkahan kepada polsek terdekat.
Pelanggaran dapat dikenakan sanksi pidana berdasarkan Undang-Undang Kepabeanan dan Undang-Undang Perdagangan.
Kepolisian juga membuka layanan pengaduan bagi masyarakat yang menjadi korban penipuan terkait jual beli pakaian bekas impor secara daring. Kami mengimbau masyarakat untuk lebih teliti dan tidak tergiur harga murah.
""")

R("article", "legal_official_statement", "0111", """
Tanggapan Resmi Asosiasi Pertekstilan
Asosiasi menyambut baik komitmen pemerintah menegakkan larangan impor pakaian bekas. Masuknya pakaian bekas impor secara ilegal, yang diperdagangkan dalam bentuk bal dengan harga sangat rendah, telah menekan utilisasi industri garmen dan konveksi dalam negeri, khususnya industri kecil dan menengah.
Kami mendorong agar penegakan hukum dilakukan secara konsisten, tidak musiman, dan menyentuh jaringan pemasok di hulu. Kami juga siap bekerja sama dengan pemerintah untuk menyediakan pasokan pakaian baru yang terjangkau bagi pedagang yang beralih usaha.
Asosiasi juga meminta pengawasan yang setara terhadap produk pakaian baru impor berharga tidak wajar.
""")

R("article", "legal_official_statement", "0111", """
Pernyataan Platform tentang Kebijakan Produk Pakaian Bekas Impor
Kami berkomitmen mematuhi peraturan perundang-undangan yang berlaku, termasuk larangan impor pakaian bekas. Sejak kebijakan ini diperketat, kami telah menurunkan puluhan ribu produk dan menonaktifkan ribuan akun penjual yang berulang kali menawarkan pakaian bekas impor, termasuk melalui fitur siaran langsung.
Penjual tetap diperbolehkan menjual pakaian bekas milik pribadi yang diperoleh di dalam negeri, serta pakaian baru produksi lokal maupun impor resmi.
Kami terus memperbarui sistem deteksi untuk mengenali variasi ejaan, istilah daerah, dan kode-kode yang digunakan untuk menghindari moderasi. Pengguna dapat melaporkan produk mencurigakan melalui tombol "Laporkan".
""")

R("article", "legal_official_statement", "0111", """
Klarifikasi Dinas Perdagangan Provinsi
Menanggapi pemberitaan mengenai rencana penutupan pasar pakaian bekas, Dinas Perdagangan Provinsi menyampaikan bahwa tidak ada rencana menutup pasar. Yang ditertibkan adalah perdagangan pakaian bekas impor yang merupakan barang dilarang impor.
Pedagang tetap dapat berjualan di pasar dengan menjual pakaian baru, pakaian produksi lokal, maupun barang lain yang legal. Dinas bersama Bank Pembangunan Daerah menyiapkan fasilitas kredit usaha dengan bunga ringan bagi pedagang yang beralih komoditas.
Informasi lebih lanjut dapat diperoleh di kantor dinas atau melalui kanal informasi resmi.
""")

R("article", "legal_official_statement", "0111", """
Maklumat Kepala Desa
Kepada seluruh warga desa, khususnya yang tinggal di sepanjang pantai dan muara sungai.
Belakangan ini diketahui ada kapal-kapal kecil yang membongkar karung berisi pakaian bekas dari luar negeri pada malam hari di wilayah desa kita. Kegiatan tersebut melanggar hukum.
Warga dilarang menyewakan lahan, gudang, atau perahu untuk kegiatan tersebut, dan dilarang menjadi buruh angkut barang tanpa dokumen. Apabila melihat kegiatan mencurigakan, segera laporkan kepada perangkat desa atau Bhabinkamtibmas.
Mari kita jaga nama baik desa kita bersama.
Pemerintah desa bersama Babinsa dan Bhabinkamtibmas akan melakukan ronda gabungan di titik-titik pendaratan perahu. Warga yang selama ini bekerja sebagai buruh angkut dapat mendaftar program padat karya desa di kantor desa.
""")

R("article", "legal_official_statement", "0111", """
Pernyataan Bersama Paguyuban Pedagang Pakaian
Kami, paguyuban pedagang pakaian di pasar ini, menyatakan:
1. Kami memahami adanya larangan impor pakaian bekas dan tidak akan lagi menerima kiriman bal atau karung pakaian bekas impor.
2. Kami meminta waktu yang wajar untuk menghabiskan stok lama.
3. Kami meminta pemerintah membantu kami mendapatkan pemasok pakaian baru dengan harga terjangkau.
4. Kami meminta agar razia tidak dilakukan dengan cara yang mempermalukan pedagang kecil di depan pembeli.
Kami siap berdialog dengan semua pihak demi kelangsungan hidup anggota kami.
Pernyataan ini kami buat setelah musyawarah anggota yang dihadiri lebih dari 80 pedagang. Kami berharap pemerintah melihat itikad baik kami dan tidak memperlakukan pedagang kecil sama dengan penyelundup.
""")

# ---------- legal: platform moderation guidelines ----------
R("article", "legal_moderation_guideline", "0111", """
PANDUAN MODERATOR: Pakaian Bekas Impor (HS 6309)
Tujuan: menurunkan konten yang MENAWARKAN pakaian bekas impor, tanpa menghapus konten yang sah.
TURUNKAN jika konten memenuhi semua unsur berikut:
• Ada penawaran (jual, terima pesanan, rekrut reseller/dropshipper, promosi toko, live jualan, haul yang menunjuk ke toko)
• Barang bekas pakai
• Barang berupa pakaian, alas kaki, tas, atau tekstil
• Barang berasal dari luar negeri lewat impor: disebut negara asal, kata "impor", satuan bal/karung/goni/koli, nama pelabuhan/jalur perbatasan (Batam, Tanjungbalai, Tawau-Nunukan, Entikong), istilah daerah (cakar, monza/monja, awul-awul, lelong, cabo, BJ, RB), atau nama pasar yang dikenal sebagai pusat perdagangan ini
JANGAN TURUNKAN: berita, opini, keluhan, laporan ke platform, pertanyaan, panduan, kutipan iklan orang lain, penjualan pakaian baru (termasuk "gaya thrift"), preloved pribadi yang dibeli di dalam negeri, donasi, dan jasa permak.
Jika ragu, eskalasi ke tim peninjau kedua.
""")

R("article", "legal_moderation_guideline", "0111", """
Pedoman Komunitas Grup Jual Beli — Bagian 4: Barang Terlarang
4.1 Anggota dilarang memposting penawaran pakaian bekas impor dalam bentuk apa pun, termasuk per bal, per karung, per goni, per kodi, per kilo, maupun eceran.
4.2 Termasuk dalam larangan ini: iklan dengan istilah "cakar", "monza", "awul", "lelong", "cabo", "karungan", "ballpress", "sortiran Korea/Jepang", serta ejaan yang disamarkan (contoh: b4l, k.a.r.u.n.g, huruf mirip).
4.3 Diperbolehkan: menjual pakaian bekas pribadi yang dibeli di dalam negeri (sebutkan asal pembelian), menjual pakaian baru, mengadakan tukar baju, dan menawarkan jasa jahit atau permak.
4.4 Postingan yang melanggar akan dihapus tanpa pemberitahuan. Pelanggaran berulang berakibat pengeluaran dari grup.
""")

R("article", "legal_moderation_guideline", "0111", """
Kebijakan Siaran Langsung: Penjualan Pakaian Bekas
Siaran langsung yang menampilkan pembukaan bal, karung, atau goni pakaian bekas untuk dijual ("bongkar bal", "buka karung", "ngawul live") tidak diizinkan dan akan dihentikan.
Indikator yang perlu diperhatikan moderator:
- Host mengangkat barang satu per satu dari karung besar dan menyebut harga
- Penyebutan asal barang (Korea, Jepang, HK, USA, Thailand, "dari seberang", "kapal baru sandar")
- Ajakan "ketik keep", "ketik AMBIL", lelong/lelang harga
- Penyebutan grade (A, B, kepala, badan, kaki)
Pengecualian: siaran penjual pakaian baru produksi sendiri, siaran edukasi atau liputan berita, serta siaran penjual preloved pribadi yang menjelaskan asal pembelian dalam negeri.
""")

R("article", "legal_moderation_guideline", "0111", """
Contoh Kasus untuk Pelatihan Moderator
Kasus A — "Jaket denim baru, produksi Pekalongan, bukan barang bal." → BIARKAN. Barang baru, lokal.
Kasus B — "Bal Korea grade A isi 200 pcs 8,7jt." → TURUNKAN. Penawaran bal pakaian bekas impor.
Kasus C — "Saya laporkan iklan 'monza goni baru dari Tanjungbalai 2,3jt'." → BIARKAN. Ini laporan, bukan penawaran.
Kasus D — "Cakar baru bongkar di Pasar Terong, 3 lembar 25rb." → TURUNKAN. Istilah daerah + penawaran.
Kasus E — "Jual blazer preloved pribadi, beli di Grand Indonesia." → BIARKAN. Bekas, tapi dibeli di dalam negeri.
Kasus F — "Mesin jahit bekas ex-Jepang per unit." → BIARKAN. Bukan pakaian.
Kasus G — "Haul 300rb, semua dari @toko..., kode diskon HAUL10." → TURUNKAN jika toko yang ditunjuk menjual bal/bekas impor.
""")

R("article", "legal_moderation_guideline", "0111", """
Glosarium Istilah untuk Tim Trust & Safety (Indonesia)
bal / ballpress / balpres — kemasan pakaian bekas yang dipadatkan, umumnya ±100 kg
karung / karungan / goni / koli — satuan kemasan lain untuk pakaian bekas
balan pendek — bal kecil, isi ±200 potong
kepala / badan / kaki — kelas mutu hasil sortir isi bal (terbaik → terendah)
cakar (cap karung) — istilah Sulawesi Selatan/Tenggara
cabo / cakbo (cakar bongkar) — istilah Sulawesi Utara & Maluku
monza / monja — istilah Sumatera Utara (dari Mongonsidi Plaza, Medan)
awul-awul / owol-owol — istilah Yogyakarta & Jawa Tengah
lelong — istilah Kalimantan Barat
BJ — istilah Palembang ("burukan Jambi")
cimol — sebutan pasar pakaian bekas di Bandung (Gedebage)
Catatan: istilah-istilah ini juga muncul dalam berita, keluhan, dan percakapan biasa. Nilai konteksnya, jangan hanya kata kuncinya.
""")

R("article", "legal_moderation_guideline", "0111", """
Panduan Penanganan Banding: Produk Dihapus karena "Pakaian Bekas Impor"
Banyak banding datang dari penjual yang produknya terhapus secara keliru. Saat meninjau banding, periksa:
1. Apakah barang baru? Cari tanda: ukuran lengkap, stok berulang, foto produksi, label merek sendiri. Kalimat seperti "bukan barang bal" justru sering ditulis oleh penjual barang baru.
2. Apakah barang bekas milik pribadi? Cari keterangan tempat pembelian dalam negeri, jumlah barang yang wajar, dan ukuran yang seragam (satu pemilik).
3. Apakah barang non-pakaian? Mesin, suku cadang, kardus, karung goni kosong, dan produk pertanian tidak termasuk kebijakan ini.
4. Apakah ada tanda impor bekas yang tersembunyi? Nama pelabuhan, istilah daerah, satuan bal/karung, atau nama supplier yang dikenal.
Kabulkan banding jika poin 1, 2, atau 3 terpenuhi dan poin 4 tidak ditemukan.
""")

R("article", "legal_moderation_guideline", "0111", """
Kebijakan Konten Kreator: Haul dan Ulasan Pakaian Bekas
Kreator boleh membuat konten tentang pakaian bekas, termasuk ulasan kritis, edukasi, liputan pasar, dan mix-and-match isi lemari sendiri.
Konten akan diperlakukan sebagai promosi (dan dapat diturunkan) bila:
- menandai, menyebut, atau menautkan toko yang menjual pakaian bekas impor (bal, karungan, sortiran luar negeri);
- mencantumkan kode diskon, nomor kontak, atau lokasi lapak dengan ajakan membeli;
- merupakan kerja sama berbayar dengan penjual bal.
Konten yang menyebut nama pasar (misalnya dalam liputan atau kritik) tanpa ajakan membeli tidak termasuk promosi.
""")

R("article", "legal_moderation_guideline", "0111", """
Panduan Singkat Deteksi Ejaan Samaran
Penjual pakaian bekas impor sering menyamarkan kata kunci. Moderator perlu mengenali pola berikut:
• Angka pengganti huruf: b4l, k0rea, imp0r, sek3n, m0nz4
• Pemisah antarhuruf: b.a.l, b a l, k-a-r-u-n-g
• Huruf mirip dari aksara lain (Kiril/Yunani): "bаl" dengan а Kiril, "Јepang"
• Emoji pengganti huruf: b🅰️l, k🅾️rea
• Huruf disensor: b*kas, k*rung, imp*r
• Huruf bergaya (bold/italic Unicode) yang tidak terbaca oleh pencarian biasa
• Tagar yang digabung: #thriftimportmurah, #balkoreamurah
Normalisasi teks sebelum dinilai. Namun ingat: ejaan samaran saja tidak cukup untuk menurunkan konten; tetap periksa apakah ada penawaran barang bekas impor.
""")

R("article", "legal_moderation_guideline", "0111", """
SOP Laporan Pengguna — Kategori "Barang Terlarang: Pakaian Bekas"
Langkah 1: Buka konten yang dilaporkan, baca utuh termasuk komentar penjual.
Langkah 2: Bedakan PELAPOR dan PENJUAL. Laporan pengguna sering mengutip iklan secara lengkap; kutipan tersebut bukan pelanggaran oleh pelapor.
Langkah 3: Nilai empat unsur: penawaran, bekas, pakaian/tekstil, asal impor.
Langkah 4: Jika keempat unsur terpenuhi, turunkan konten dan beri peringatan. Pelanggaran ketiga dalam 90 hari: nonaktifkan fitur live dan katalog.
Langkah 5: Jika salah satu unsur tidak terpenuhi, tutup laporan dengan status "tidak melanggar" dan catat alasannya.
Waktu penanganan target: 24 jam.
""")

R("article", "legal_moderation_guideline", "0111", """
Catatan Kebijakan Internal: Barang Bekas Non-Pakaian dan Barang Curah
Kebijakan pakaian bekas impor TIDAK berlaku untuk:
- Barang bekas impor non-pakaian yang tidak dilarang oleh kebijakan ini (misalnya mesin, alat kerja, suku cadang). Barang tersebut tunduk pada kebijakan kategori masing-masing.
- Produk curah yang dijual per karung/bal/goni seperti beras, kopi, gula, pupuk, kardus bekas, plastik cacah, dan karung goni kosong.
- Kain majun/lap industri yang dijual per kilo sebagai bahan pembersih.
- Pakaian bekas donasi atau bazar amal dari warga setempat.
Moderator diminta tidak menurunkan konten hanya karena memuat kata "bal", "karung", "goni", atau "impor" tanpa memeriksa jenis barangnya.
""")
