from common import R

# ---------- legal: buyers' reviews of a bale they bought (not recommending a shop) ----------
R("review", "legal_bale_buyer_review", "0111", """
⭐️ 1/5
Beli satu bal "Korea campur grade A" 8,6 juta. Pas dibuka, dari 196 potong yang layak jual cuma 70-an. Sisanya kaos belel, celana robek di selangkangan, ada juga seprai dan gorden yang jelas bukan "pakaian wanita" seperti di deskripsi.
Bau apeknya nempel di gudang saya sampai tiga hari.
Saya rugi hampir 4 juta. Nggak akan beli bal lagi, dan jujur saya juga baru tahu setelah baca-baca bahwa barang ini memang dilarang masuk. Kapok.
Buat yang mau coba, tolong pikir dulu: foto dan video di iklan itu isinya pilihan, bukan isi bal yang akan kamu terima. Dan kalau ditipu, kamu tidak punya tempat mengadu karena barangnya sendiri barang terlarang.
""")

R("review", "legal_bale_buyer_review", "0111", """
Review netral buat yang penasaran isi bal Jepang 📦
Saya beli satu bal jaket (tidak saya sebut tokonya). Hasil sortir:
- Kepala (bisa dijual >150rb): 18 pcs
- Badan (50-100rb): 41 pcs
- Kaki (kiloan): 29 pcs
- Rusak total: 6 pcs
Modal 13 juta, kalau semua laku mungkin balik 15-16 juta, tapi itu butuh waktu 2-3 bulan dan tenaga. Jadi untungnya nggak sebesar yang sering dipamerkan di konten.
Saya tulis ini biar orang punya gambaran realistis, bukan buat mengajak.
Biaya yang sering dilupakan: sewa tempat sortir, laundry untuk barang kepala, plastik dan hanger, biaya iklan live, dan waktu. Kalau semua dihitung, margin bersihnya tipis sekali. Ditambah lagi risiko barang disita karena memang statusnya dilarang.
""")

R("review", "legal_bale_buyer_review", "0111", """
⭐⭐ Setengah karung cakar yang saya beli kemarin isinya kebanyakan baju musim dingin tebal. Di Makassar siapa mau pakai mantel wol? 😅
Jaket-jaket ringan cuma sekitar sepuluh. Sisanya mantel, sweater turtleneck, sarung tangan. Beberapa ada bekas ngengat.
Penjualnya bilang "isi karung memang untung-untungan". Ya sudah, itu risikonya. Tapi saya kapok beli karung tanpa lihat isinya.
Akhirnya mantel-mantel itu saya tawarkan ke teman yang mau umrah dan ke keluarga yang tinggal di Malino, itu pun cuma laku beberapa. Sisanya masih menumpuk di rumah. Suami bilang, sudahlah, jangan beli karung lagi, mending jualan kue seperti dulu.
""")

R("review", "legal_bale_buyer_review", "0111", """
Pengalaman beli "bal premium no minus" 14 juta (nggak akan sebut toko):
Isinya memang lebih bagus dari bal biasa, ada beberapa coat wol yang oke. Tapi "no minus" itu bohong: saya hitung 23 dari 90 potong punya cacat, dari kancing hilang sampai lapisan dalam sobek.
Selain itu, pas barang sampai, karungnya basah di satu sisi, beberapa coat jamuran.
Kesimpulan: mahal, nggak sesuai janji, dan saya baru sadar risiko hukumnya juga besar. Ini bal terakhir saya.
Pas saya minta ganti rugi, jawabannya: "bal tidak bisa retur, itu risiko bersama." Padahal di iklannya jelas tertulis no minus. Saya nggak bisa berbuat banyak, karena saya sendiri juga tahu barangnya barang larangan. Mau lapor ke mana?
""")

R("review", "legal_bale_buyer_review", "0111", """
Buat yang nanya di story: iya aku pernah beli 1/4 bal buat iseng jualan. Review-nya:
😐 Isi 48 pcs, yang menurutku layak 30-an
😐 Ada 3 jaket bagus, sisanya standar
😕 Bau banget, butuh laundry kiloan 2x (biaya 180rb)
😕 Butuh waktu sebulan buat jual habis
Kalau dihitung tenaga dan waktu, hampir nggak untung. Dan aku nggak akan rekomendasiin toko mana pun karena, ya, barangnya ternyata ilegal. Cukup sekali.
Satu hal lagi yang bikin aku kapok: pas lagi sortir, ada dua celana yang di kantongnya masih ada tisu bekas dan struk belanja dari toko di Busan. Di situ aku sadar ini benar-benar baju orang lain yang dibuang, dan kita bayar mahal buat itu.
""")

R("review", "legal_bale_buyer_review", "0111", """
★☆☆☆☆
Saya pesan satu goni monza isi "kemeja kerja pria" untuk dijual di lapak saya di Siantar. Yang datang setengahnya kemeja perempuan dan kaos anak. Ukurannya juga kecil-kecil semua, kebanyakan ukuran Asia Timur.
Waktu saya komplain, katanya "goni tidak dibuka, kami pun tak tahu isinya". Ya sudah, rugi sendiri.
Pelajaran buat saya: usaha yang barangnya tidak jelas asal-usulnya, risikonya ditanggung pedagang kecil.
Saya juga sempat dengar kabar goni-goni di gudang pemasok itu kena periksa petugas minggu lalu. Untung goni saya sudah sampai, kalau tidak, uang saya hilang semua. Sekarang saya coba jual kemeja baru dari konveksi di Tebing Tinggi, pelan-pelan pelanggan mulai kembali.
""")

R("review", "legal_bale_buyer_review", "0111", """
Ulasan jujur: bal sepatu Thailand yang saya beli bulan lalu 👟
30 pasang, harga 5,5 juta. Yang bisa langsung dijual cuma 12 pasang. 9 pasang perlu dilem ulang solnya, 6 pasang sol sudah getas dan hancur pas ditekuk, 3 pasang ternyata sebelah-sebelah (kiri kanan beda ukuran 😂).
Saya nggak nyalahin siapa-siapa, memang begitu risikonya beli barang karungan. Cuma mau kasih gambaran, jangan percaya video "unboxing" yang isinya bagus semua.
Sepatu yang rusak akhirnya saya kasih ke tukang sol dekat rumah, dia ambil solnya untuk tambal sepatu lain. Sisanya saya buang. Total rugi sekitar 2 juta setelah semua yang layak terjual. Jadi buat yang berpikir bisnis sepatu karungan itu gampang, pikir ulang.
""")

R("review", "legal_bale_buyer_review", "0111", """
Review bal awul-awul yang saya beli buat lapak di pasar malam 🌙
Harga 1,7 juta per karung, isi sekitar 120 potong. Di pasar malam laku sekitar 70 potong dalam dua minggu, harga 10-25 ribu. Sisanya nggak laku karena ukurannya aneh atau modelnya nggak cocok di sini.
Setelah dihitung sama biaya sewa lapak dan listrik, untungnya cuma 400-an ribu sebulan.
Sekarang saya pindah jualan celana kolor dan kaos oblong baru dari Solo, lebih pasti dan nggak was-was kalau ada razia.
Catatan tambahan: celana kolor dan kaos oblong baru yang saya jual sekarang modalnya lebih kecil per potong, ukurannya lengkap, dan pembeli bisa tukar kalau nggak pas. Ternyata pembeli di pasar malam juga senang ada pilihan baju baru yang murah.
""")

R("review", "legal_bale_buyer_review", "0111", """
⭐️⭐️⭐️ (netral)
Karung lelong yang saya beli isinya lumayan: 60-an jaket, 20-an sweater, kondisi rata-rata 70%. Harganya sesuai isi.
Tapi catatan penting: beberapa jaket ada bercak seperti darah kering dan noda oli yang nggak hilang dicuci. Saya juga gatal-gatal di tangan setelah seharian sortir tanpa sarung tangan.
Kalau ada yang mau coba, minimal pakai masker dan sarung tangan. Tapi kalau ditanya saran saya: lebih baik tidak usah.
Soal penjualnya, orangnya jujur menjelaskan bahwa isi karung tidak bisa dipilih dan tidak bisa dikembalikan. Saya hargai itu. Tapi setelah tahu dari berita bahwa pakaian bekas impor dilarang karena alasan kesehatan juga, saya jadi mengerti kenapa tangan saya gatal-gatal.
""")

R("review", "legal_bale_buyer_review", "0111", """
Beli bal crewneck USA, hasil: campur aduk 😩
Dari 150 pcs: 22 crewneck kampus yang bagus, 60 crewneck polos yang pudar, 40 kaos (padahal bal crewneck!), 28 barang rusak.
Yang bikin kesal, di video promosi semua keliatan mulus. Kenyataannya jauh.
Saya tidak akan cantumkan nama penjual di sini, bukan karena melindungi, tapi karena saya tidak mau ada yang jadi tertarik beli. Bisnis ini lebih banyak ruginya daripada yang kelihatan di media sosial.
Untuk yang penasaran hitungannya: modal 10,5 juta, setelah dijual eceran dua bulan baru terkumpul sekitar 7,8 juta. Itu belum ongkos laundry, plastik, dan biaya iklan. Saya sudah berhenti dan sekarang jualan kaos sablon baru pesanan komunitas, lebih pasti.
""")

R("review", "legal_bale_buyer_review", "0111", """
Anak saya beli setengah bal di live TikTok tanpa bilang-bilang, 4,6 juta uang tabungannya 😔
Datang dua karung, isinya baju-baju kecil dan tipis, bau menyengat. Dia mau jual lagi di sekolah, tapi teman-temannya nggak minat.
Saya tulis ulasan ini buat orang tua lain: awasi anak-anak yang mulai "bisnis thrift". Banyak yang nggak tahu bahwa barang bal itu dilarang dan kualitasnya untung-untungan.
Setelah saya ajak bicara, dia bilang tergiur karena host-nya bilang "balik modal seminggu" dan banyak komentar yang katanya sudah untung. Sekarang dua karung itu masih di gudang belakang. Sebagian sudah kami cuci dan sumbangkan ke tetangga yang membutuhkan, sisanya mungkin jadi kain lap. Mahal sekali harga pelajaran ini.
""")

R("review", "legal_bale_buyer_review", "0111", """
Saya pedagang lama, 9 tahun jualan cabo di Bitung. Mau kasih ulasan soal karung-karung belakangan ini:
Isinya makin jelek. Dulu satu karung bisa dapat setengahnya barang bagus, sekarang seperempat saja syukur. Harga karung malah naik karena jalur masuk makin diperketat.
Banyak teman pedagang sudah mulai beralih jual baju baru dari Surabaya. Saya juga sedang pikir-pikir. Ini bukan iklan, saya tidak jual karung, saya cuma pedagang eceran yang capek.
Yang paling berat itu bukan harga karung, tapi ketidakpastian. Kita tidak pernah tahu minggu depan barang datang atau tidak, dan kalau ada pemeriksaan, kita pedagang kecil yang paling takut. Kalau ada yang tahu pemasok baju baru di Surabaya yang jujur, tolong kabari.
""")

# ---------- legal: questions to the platform ----------
R("message", "legal_platform_question", "0111", """
Halo tim Pusat Bantuan 👋
Saya mau tanya: produk saya dihapus dengan alasan "pakaian bekas impor". Padahal saya jual kemeja vintage yang saya beli dari kios di Pasar Senen, bukan impor sendiri. Apakah barang yang saya beli dari pedagang dalam negeri tetap termasuk?
Kalau iya, apa yang boleh saya jual? Saya nggak mau melanggar, cuma mau tahu batasnya.
Terima kasih.
""")

R("message", "legal_platform_question", "0110", """
Min, mau tanya dong 🙏
Aku mau jual baju-baju bekas pribadiku (beli di mal di Jakarta) di aplikasi ini. Apakah aman? Aku takut kena hapus karena ada kata "bekas" di judul, soalnya teman aku produknya kena take down.
Harus pakai kata apa? "Preloved"? Atau perlu upload nota pembelian?
Makasih min.
""")

R("message", "legal_platform_question", "0111", """
Pertanyaan ke tim kebijakan marketplace:
Saya pemilik toko barang vintage. Sebagian barang saya memang berasal dari pedagang pasar yang mengambil dari bal impor. Setelah membaca aturan baru, saya berencana berhenti. Pertanyaan saya:
1. Apakah stok yang sudah ada boleh dihabiskan?
2. Apakah akun saya akan kena sanksi untuk produk yang sudah terjual sebelum aturan berlaku?
3. Apakah ada program pendampingan untuk beralih ke produk lokal?
Mohon penjelasannya.
Kami memiliki sekitar 300 produk aktif dan 4 karyawan. Kami ingin mematuhi aturan tanpa harus merumahkan karyawan. Apakah ada kontak pendamping UMKM yang bisa kami hubungi?
""")

R("message", "legal_platform_question", "0010", """
Hai tim, saya punya konveksi kecil di Solo. Produk saya (kemeja flanel baru) dua kali dihapus sistem karena dianggap "pakaian bekas". Mungkin karena di deskripsi saya tulis "bukan barang bal, bukan thrift".
Apakah kata-kata itu memicu sistem? Bagaimana cara saya menjelaskan produk saya baru tanpa kena hapus? Saya sudah ajukan banding, nomor tiket di email.
Terima kasih.
""")

R("post", "legal_platform_question", "0111", """
Pertanyaan serius buat @marketplace: kenapa toko yang jelas-jelas jual "bal Korea" dan "karungan Jepang" masih bisa buka live tiap malam, tapi produk saya yang cuma jual preloved pribadi malah kena peringatan?
Apa kriteria sistemnya? Kata kunci doang? Kalau iya, penjual bal tinggal ganti ejaan, yang jujur malah kena.
Mohon transparansinya.
""")

R("message", "legal_platform_question", "0110", """
Selamat siang, saya mau konfirmasi sebelum upload.
Saya punya usaha laundry dan sering ada pakaian pelanggan yang tidak diambil lebih dari 6 bulan. Sesuai perjanjian, pakaian itu menjadi milik kami. Rencananya akan saya jual murah di toko online.
Apakah ini diperbolehkan? Barangnya bekas, tapi asalnya dari pelanggan lokal, bukan impor. Mohon arahannya.
""")

R("message", "legal_platform_question", "0111", """
Halo CS, saya pembeli. Saya beli "jaket vintage" di toko X, ternyata di paket ada label karung bertuliskan berat 100kg dan tulisan Korea. Sepertinya ini barang dari bal impor.
Pertanyaan saya: apakah saya sebagai pembeli bisa kena masalah? Dan apakah saya bisa minta refund karena deskripsi tidak menyebutkan barang bekas impor?
Terima kasih.
""")

R("message", "legal_platform_question", "0011", """
Kepada tim verifikasi,
Kami importir resmi pakaian BARU dari Korea (punya NIB dan API). Produk kami sering salah dihapus karena deskripsi menyebut "impor Korea". Apakah ada proses verifikasi dokumen supaya produk kami tidak disamakan dengan pakaian bekas impor?
Terlampir dokumen PIB dan faktur pembelian.
""")

R("message", "legal_platform_question", "0111", """
Min, saya moderator grup komunitas di platform ini. Anggota kami sering posting iklan karungan dengan kode-kode daerah (cakar, monza, lelong). Apakah ada panduan resmi dari platform untuk moderator grup? Kami ingin menegakkan aturan tapi takut salah hapus postingan orang yang jual baju bekas pribadi.
Terima kasih atas bantuannya.
""")

R("post", "legal_platform_question", "0111", """
Nanya ke warganet yang paham aturan 🙏
Kalau saya beli baju bekas di pasar awul-awul Jogja buat dipakai sendiri, itu melanggar hukum nggak sih? Atau yang dilarang cuma yang impor dan yang jual?
Saya bukan mau jualan, cuma takut aja karena sering lihat berita razia. Makasih yang mau jawab.
""")

# ---------- legal: news articles ----------
R("article", "legal_news_article", "0111", """
Ratusan Bal Pakaian Bekas Impor Diamankan di Perairan Timur Sumatera
Petugas gabungan mengamankan sebuah kapal kayu bermuatan ratusan bal pakaian bekas asal Malaysia di perairan dekat muara sungai di pesisir timur Sumatera Utara, Selasa dini hari. Kapal tersebut diduga hendak membongkar muatan di sebuah tangkahan tidak resmi sebelum barang diangkut dengan truk ke sejumlah pasar di Medan dan sekitarnya.
Menurut keterangan petugas, muatan kapal terdiri atas pakaian, sepatu, dan tas bekas yang dikemas dalam goni-goni berukuran besar. Nakhoda dan beberapa anak buah kapal turut diamankan, sementara sebagian barang disebut sudah lebih dulu diangkut sebelum petugas tiba di lokasi.
Di pasar-pasar Medan, pakaian bekas impor dikenal dengan sebutan monza atau monja. Seorang pedagang di kawasan Pasar Melati mengatakan harga satu goni di tingkat pengecer bisa mencapai jutaan rupiah, tergantung isi dan asal barang.
Pihak kepolisian menyatakan para pelaku dijerat dengan undang-undang kepabeanan juncto aturan Kementerian Perdagangan tentang barang yang dilarang impor. Barang bukti akan diproses lebih lanjut sesuai ketentuan.
""")

R("article", "legal_news_article", "0111", """
Pedagang Pasar Senen Keluhkan Pasokan Bal yang Kian Seret
JAKARTA — Sejumlah pedagang pakaian bekas di Blok III Pasar Senen, Jakarta Pusat, mengaku kesulitan mendapatkan stok baru dalam beberapa pekan terakhir. Mereka kini hanya menjual sisa barang dari bal lama.
"Gudang langganan kami sudah lama tidak mengabari ada barang. Kami jual yang tersisa saja," tutur seorang pedagang jaket yang meminta namanya tidak ditulis.
Para pedagang menyebut modal untuk satu bal asal Korea kini lebih mahal sekitar satu juta rupiah dibandingkan awal tahun. Bal asal Jepang, yang dianggap berkualitas lebih baik, harganya lebih tinggi lagi.
Meski harga beli naik, pedagang mengaku tak berani menaikkan harga eceran karena khawatir pembeli beralih. Sebagian kios di lantai dua terlihat tutup.
Pemerintah sebelumnya menegaskan kembali larangan impor pakaian bekas sebagaimana diatur dalam Peraturan Menteri Perdagangan Nomor 18 Tahun 2021 yang telah diubah dengan Permendag Nomor 40 Tahun 2022. Sejumlah gudang penyimpanan di kawasan tersebut pernah digerebek aparat pada 2023.
""")

R("article", "legal_news_article", "0111", """
Bea Cukai Gagalkan Penyelundupan Pakaian Bekas Lewat Bagasi Penumpang di Batam
BATAM — Kantor Bea Cukai Batam mencatat ratusan penindakan terhadap pemasukan pakaian bekas melalui barang bawaan penumpang sepanjang tahun ini. Modus yang kerap ditemui adalah menitipkan koli-koli pakaian bekas kepada porter di pelabuhan feri internasional untuk menghindari pemeriksaan.
Penindakan terbanyak terjadi di Pelabuhan Feri Internasional Batam Centre, disusul Harbour Bay dan Sekupang. Petugas menggunakan analisis profil penumpang dan pemindaian x-ray untuk mendeteksi bagasi dengan muatan tidak wajar.
Menurut petugas, pemilik barang kerap tidak pernah muncul setelah bagasinya ditahan, sehingga barang langsung diproses sebagai temuan.
Batam sebagai kawasan perdagangan bebas kerap dimanfaatkan sebagai titik transit pakaian bekas dari Singapura dan Malaysia sebelum dikirim ke berbagai daerah di Indonesia. Petugas mengimbau masyarakat tidak tergiur menjadi kurir barang titipan.
""")

R("article", "legal_news_article", "0111", """
Cakar di Persimpangan: Pedagang Makassar Cemas Larangan Diperketat
MAKASSAR — Deretan lapak pakaian bekas di sepanjang kanal dekat Pasar Terong mulai sepi. Sejumlah pedagang mengaku sudah berminggu-minggu tidak berjualan karena stok karung tak kunjung datang.
Di Makassar dan sekitarnya, pakaian bekas impor populer dengan sebutan cakar, singkatan dari "cap karung". Barang-barang itu sejak lama masuk melalui Parepare, kota pelabuhan sekitar 150 kilometer di utara Makassar, yang kerap disebut sebagai pintu masuk dari arah Nunukan dan perbatasan Kalimantan.
"Dari cakar inilah saya sekolahkan anak-anak," kata seorang pedagang perempuan berusia 40-an. Ia mengaku sebelumnya bisa mendapatkan satu karung berisi ratusan potong dengan modal sekitar Rp 3 juta.
Data kantor bea cukai setempat menunjukkan ratusan bal pakaian bekas impor telah dimusnahkan dalam setahun terakhir. Pemerintah daerah menyatakan tengah menyiapkan pelatihan dan akses permodalan bagi pedagang yang ingin beralih ke produk lokal.
""")

R("article", "legal_news_article", "0111", """
Disamarkan sebagai Karung Pupuk, Pakaian Bekas Malaysia Ditemukan di Sebatik
NUNUKAN — Personel satuan tugas pengamanan perbatasan RI-Malaysia menemukan lima karung pakaian bekas asal Malaysia yang disembunyikan di semak-semak dekat sebuah lapangan bola di Kecamatan Sebatik Tengah. Karung-karung tersebut ditutup pelepah sawit sehingga sekilas tampak seperti tumpukan pupuk.
Komandan kompi satgas menjelaskan penemuan bermula dari laporan jaringan intelijen tentang aktivitas mencurigakan. Setelah dilakukan penyisiran gabungan bersama Bea Cukai, petugas mendapati karung berisi pakaian bekas dalam kondisi terikat rapat.
Wilayah Nunukan dan Sebatik, yang berbatasan langsung dengan Tawau di Sabah, sejak lama dikenal sebagai salah satu jalur keluar-masuk barang dari Malaysia. Barang yang lolos kerap dikirim lebih lanjut ke Sulawesi melalui kapal penumpang.
Seluruh barang bukti diserahkan kepada Bea Cukai untuk proses lebih lanjut.
""")

R("article", "legal_news_article", "0111", """
Awul-awul Sekaten Tetap Diburu Meski Status Impornya Dilarang
YOGYAKARTA — Lapak-lapak pakaian bekas impor di arena pasar malam perayaan Sekaten kembali ramai dikunjungi warga. Pakaian yang ditumpuk di kotak-kotak kayu besar itu dikenal masyarakat dengan sebutan awul-awul, merujuk pada kebiasaan pengunjung membolak-balik gunungan baju sampai ketemu yang cocok.
Sebagian besar pedagang awul-awul di Sekaten berasal dari Parakan, Temanggung, yang dikenal sebagai salah satu sentra pakaian bekas impor di Jawa Tengah. Mereka mengaku membeli pakaian dalam bentuk bal dari distributor di Bandung.
Harga yang ditawarkan berkisar Rp 5.000 hingga puluhan ribu rupiah per potong. Jaket dan celana panjang menjadi barang paling laris.
Dinas terkait mengimbau pedagang untuk tidak lagi menambah stok pakaian bekas impor, mengingat barang tersebut termasuk dalam daftar barang dilarang impor. Sejumlah pengunjung yang ditemui mengaku tidak mengetahui larangan tersebut.
""")

R("article", "legal_news_article", "0111", """
Gudang Pakaian Bekas di Gedebage Disegel, Pedagang Cimol Tutup Sementara
BANDUNG — Aktivitas perdagangan di sentra pakaian bekas Pasar Cimol Gedebage sempat terhenti selama dua hari setelah petugas gabungan menyita sekitar 200 bal pakaian bekas impor dari sebuah kompleks pergudangan di kawasan tersebut.
Pasar Cimol, yang namanya berasal dari plesetan "Cibadak Mall", telah menjadi tujuan pemburu pakaian bekas sejak era 1990-an. Pedagang yang semula berjualan di Jalan Cibadak beberapa kali direlokasi sebelum akhirnya menempati lokasi di belakang Pasar Induk Gedebage pada 2004.
Sejumlah pedagang mengaku merugi puluhan juta rupiah akibat penutupan. Seorang penjual celana mengatakan hampir seluruh modalnya tertahan karena barangnya dititipkan di gudang yang sama.
Kepolisian menyatakan penindakan dilakukan dalam rangka penegakan aturan larangan impor pakaian bekas dan akan menelusuri jaringan importirnya.
""")

R("article", "legal_news_article", "0111", """
Lelong Pontianak: Pakaian Bekas dari Kuching Masih Banjiri Pasar Akhir Pekan
PONTIANAK — Setiap Sabtu dan Minggu, kawasan di sekitar Jalan Komyos Sudarso, Pontianak Barat, dipadati warga yang berburu pakaian bekas. Masyarakat setempat menyebutnya lelong.
Pedagang mengaku barang-barang lelong, mulai dari kaus, jaket, seprai, tas, hingga sepatu, sebagian besar berasal dari Malaysia dan Singapura. Jalur darat melalui perbatasan Entikong-Tebedu disebut sebagai salah satu rute yang digunakan.
Sepatu olahraga bekas menjadi barang paling dicari tahun ini, dengan harga mulai Rp 100.000 hingga jutaan rupiah, tergantung merek dan kondisi.
Petugas Bea Cukai di Kalimantan Barat menyatakan terus memperketat pengawasan di pos lintas batas. Namun panjangnya garis perbatasan darat membuat pengawasan menyeluruh sulit dilakukan.
""")

R("article", "legal_news_article", "0011", """
Industri Tekstil Lokal Tertekan Banjir Produk Impor Murah
JAKARTA — Asosiasi pertekstilan menyebut utilisasi pabrik garmen dan tekstil nasional terus menurun dalam dua tahun terakhir. Selain persaingan dengan pakaian bekas impor ilegal, pelaku industri menyoroti masuknya pakaian baru impor berharga sangat murah, terutama melalui platform belanja daring.
Sejumlah pabrik di Jawa Barat dan Jawa Tengah dilaporkan mengurangi jam kerja atau merumahkan karyawan. Konveksi rumahan di sentra-sentra seperti Bandung, Pekalongan, dan Solo juga mengaku omzetnya turun.
"Kami minta pengawasan di pintu masuk diperketat, baik untuk barang bekas maupun barang baru yang masuk dengan harga tidak wajar," ujar seorang pengurus asosiasi.
Pemerintah menyatakan tengah mengkaji kebijakan pengamanan perdagangan dan memperkuat pengawasan impor melalui jalur resmi maupun tidak resmi.
""")

R("article", "legal_news_article", "0111", """
Polisi Ungkap Jaringan Distribusi Bal Pakaian Bekas dari Pelabuhan Kecil ke Pasar-pasar Jawa
Kepolisian mengungkap jaringan distribusi pakaian bekas impor yang memanfaatkan pelabuhan-pelabuhan kecil di pesisir Sumatera sebagai titik bongkar. Dari pelabuhan tersebut, bal-bal diangkut dengan truk melalui jalur lintas Sumatera dan kapal roro menuju gudang-gudang di Jakarta, Bandung, dan Surabaya.
Dalam pengungkapan ini petugas menyita lebih dari 400 bal dan menetapkan beberapa tersangka, termasuk pemilik gudang dan pengatur pengiriman. Menurut penyidik, satu bal berisi 100 hingga 200 potong pakaian dengan berat sekitar 100 kilogram.
Bal-bal tersebut kemudian dijual kepada pedagang grosir, yang memecahnya menjadi karung lebih kecil atau menjual per kodi kepada pedagang eceran dan penjual daring.
Penyidik menyebut para tersangka dijerat pasal-pasal dalam Undang-Undang Kepabeanan dan Undang-Undang Perdagangan.
""")

R("article", "legal_news_article", "0111", """
Cabo Jadi Pilihan Warga Bitung Jelang Lebaran
BITUNG — Menjelang Idulfitri, lapak-lapak pakaian bekas di Pasar Pinasungkulan Sagerat ramai didatangi warga. Di Sulawesi Utara, pakaian bekas impor dikenal dengan sebutan cabo, singkatan dari "cakar bongkar".
Warga mengaku memilih cabo karena harganya murah dan kualitasnya dinilai baik. Seorang pembeli mengatakan uang yang biasanya hanya cukup untuk satu kaos baru bisa dipakai membeli beberapa potong di lapak cabo.
Pedagang menyebut jaket, kaus, dan celana jeans menjadi barang paling banyak dicari. Sementara itu, aparat di wilayah tersebut beberapa kali menindak kapal yang membawa ratusan karung pakaian bekas tanpa dokumen.
Pemerhati ekonomi lokal menilai tingginya minat terhadap cabo mencerminkan daya beli masyarakat yang masih lemah, sehingga penertiban perlu dibarengi dengan ketersediaan pakaian baru yang terjangkau.
""")

R("article", "legal_news_article", "0111", """
BJ, Monza, hingga Cakar: Ragam Sebutan Pakaian Bekas Impor di Nusantara
Pakaian bekas impor memiliki banyak nama di Indonesia. Di Palembang, warga mengenal istilah BJ yang disebut berasal dari "burukan Jambi", merujuk pada barang yang konon masuk lewat pelabuhan-pelabuhan kecil di pesisir Jambi. Di Medan, istilah monza berasal dari Mongonsidi Plaza, nama kawasan pusat penjualan pakaian bekas di era 1990-an.
Di Sulawesi Selatan, orang menyebutnya cakar atau cap karung, sementara di Sulawesi Utara dan Maluku dikenal cabo atau cakbo. Warga Pontianak menyebutnya lelong, dan di Yogyakarta serta Jawa Tengah populer istilah awul-awul. Di sejumlah kota di Jawa Timur, ada pula sebutan BI atau "Batam impor".
Ragam istilah ini menunjukkan betapa luas dan lamanya perdagangan pakaian bekas impor mengakar di berbagai daerah. Namun, di balik popularitasnya, impor pakaian bekas telah dilarang pemerintah sejak 2015 dan ditegaskan kembali dalam peraturan tahun 2021 dan 2022.
""")

R("article", "legal_news_article", "0111", """
Ribuan Koli Pakaian Bekas Dimusnahkan, Nilainya Capai Miliaran Rupiah
Bea Cukai bersama aparat terkait memusnahkan ribuan koli pakaian bekas impor hasil penindakan selama setahun terakhir. Pemusnahan dilakukan dengan cara dibakar di sebuah lokasi khusus dan sebagian dicacah.
Barang-barang tersebut merupakan hasil penindakan di berbagai titik, mulai dari pelabuhan feri internasional, pelabuhan rakyat, hingga gudang-gudang penyimpanan. Selain pakaian, turut dimusnahkan sepatu dan tas bekas.
Pejabat Bea Cukai menjelaskan bahwa pakaian bekas impor tidak dilelang karena merupakan barang yang dilarang impor, sehingga harus dimusnahkan atau direekspor.
Pemusnahan disaksikan perwakilan pemerintah daerah, kepolisian, dan kejaksaan.
""")

R("article", "legal_news_article", "0111", """
Thrifting Digemari Gen Z, Pemerintah Ingatkan Soal Larangan Impor
Tren thrifting atau berbelanja pakaian bekas semakin populer di kalangan anak muda. Di media sosial, konten "hidden gems" dan "thrift haul" ditonton jutaan kali, sementara siaran langsung bongkar bal di aplikasi video pendek menarik ribuan penonton setiap malam.
Namun, pemerintah mengingatkan bahwa sebagian besar pakaian bekas yang beredar merupakan barang impor yang dilarang. Kementerian Perdagangan menyebut impor pakaian bekas berdampak pada industri tekstil dalam negeri dan berpotensi membawa risiko kesehatan.
Sejumlah anak muda yang ditemui mengaku tidak tahu soal larangan tersebut. "Saya kira thrifting itu ramah lingkungan," kata seorang mahasiswi di Jakarta.
Pemerhati mode berkelanjutan menyarankan alternatif berupa jual-beli preloved antarindividu, pertukaran pakaian, dan membeli produk lokal.
""")

R("article", "legal_news_article", "0111", """
Truk Bermuatan Ratusan Bal Pakaian Bekas Dicegat di Jalur Lintas Sumatera
Petugas kepolisian mencegat delapan truk yang mengangkut pakaian bekas di jalur lintas Sumatera. Setiap truk membawa puluhan bal, dengan total ratusan bal. Barang itu diduga berasal dari Malaysia dan masuk melalui Teluk Nibung, Tanjungbalai, sebelum rencananya didistribusikan ke Tapanuli dan Padang.
Para sopir melarikan diri saat penindakan. Polisi menyatakan akan memanggil pemilik kendaraan untuk dimintai keterangan.
Kerugian negara dari pemasukan barang tanpa dokumen kepabeanan tersebut ditaksir mencapai miliaran rupiah. Para pelaku terancam hukuman berdasarkan undang-undang kepabeanan dan peraturan menteri perdagangan tentang larangan impor pakaian bekas.
""")

R("article", "legal_news_article", "0111", """
Harga Bal Naik, Pedagang Thrifting Terjepit
Pedagang pakaian bekas di sejumlah kota mengaku terjepit di antara kenaikan harga bal dan daya beli konsumen yang stagnan. Di Jakarta, pedagang menyebut bal asal Korea kini dijual sekitar Rp 9 juta, naik dari sekitar Rp 8 juta beberapa waktu lalu. Bal asal Jepang yang dianggap berkualitas lebih tinggi mencapai Rp 14 juta.
Pedagang biasanya memilah isi bal menjadi tiga kelas: "kepala" untuk barang terbaik, "badan" untuk kualitas menengah, dan "kaki" untuk sisa yang dijual murah. Tidak semua isi bal dapat dijual; sebagian dibuang atau dijual kiloan.
Seorang pedagang mengaku harga jual jaket di kiosnya tidak berubah sejak tahun lalu karena pelanggan akan beralih ke kios lain jika harga dinaikkan.
Kenaikan harga disebut terjadi setelah pengawasan di jalur masuk diperketat.
""")

R("article", "legal_news_article", "0111", """
Pedagang Pakaian Bekas Tanjungbalai Minta Solusi, Bukan Hanya Larangan
TANJUNGBALAI — Ikatan pedagang pakaian bekas di Tanjungbalai meminta pemerintah pusat memberikan solusi bagi lebih dari seribu pedagang yang menggantungkan hidup dari perdagangan monza. Mereka menilai larangan tanpa jalan keluar akan menambah pengangguran di kota pesisir tersebut.
Menurut ketua ikatan pedagang, sebagian besar anggotanya tidak memiliki sumber penghasilan lain dan sudah menjalani usaha ini selama puluhan tahun.
Ia juga berpendapat bahwa produk baru impor berharga murah justru lebih merugikan UMKM dibandingkan pakaian bekas.
Tanjungbalai selama ini dikenal sebagai salah satu pintu masuk pakaian bekas dari Malaysia melalui jalur laut. Pemerintah menyatakan akan tetap menegakkan larangan impor sambil menyiapkan program pemberdayaan bagi pedagang.
""")

R("article", "legal_news_article", "0111", """
Kapal Kayu Bermuatan 400 Karung Pakaian Bekas Diamankan di Perairan Sulut
Aparat keamanan laut mengamankan sebuah kapal kayu yang memuat sekitar 420 karung pakaian bekas di perairan Sulawesi Utara. Kapal tersebut diduga berlayar dari wilayah Filipina selatan dan hendak menurunkan muatan di sebuah dermaga kecil.
Nakhoda kapal tidak dapat menunjukkan dokumen kepabeanan. Muatan kapal berupa pakaian, selimut, dan sepatu bekas yang dikemas dalam karung plastik.
Pakaian bekas yang masuk melalui jalur ini biasanya dijual di pasar-pasar Manado dan Bitung dengan sebutan cabo. Kasus ini kini ditangani Bea Cukai.
""")

R("article", "legal_news_article", "0111", """
Di Balik Keramaian Pasar Tungging: Jejak Pakaian Bekas Korea di Banjarmasin
Pakaian bekas asal Korea masih mudah ditemukan di sejumlah titik di Banjarmasin, meskipun pasar pakaian bekas yang dulu terkenal, Pasar Tungging di Jalan Belitung Darat, kini sudah berubah menjadi pasar biasa yang menjual produk lokal dan baru.
Beberapa pedagang kini menjajakan pakaian bekas di tepi jalan lingkar. Pembeli mengaku bisa membedakan asal barang dari label berhuruf Hangul.
Menurut pembeli, kualitas bahan pakaian bekas Korea dinilai lebih baik daripada pakaian murah baru. Namun petugas mengingatkan bahwa perdagangan pakaian bekas impor melanggar ketentuan larangan impor dan berpotensi membawa risiko kesehatan.
""")

R("article", "legal_news_article", "0111", """
Kementerian Koperasi Minta Pedagang Habiskan Stok Pakaian Bekas Impor
Pemerintah memberikan kelonggaran kepada pedagang pakaian bekas impor untuk menghabiskan stok yang sudah ada, namun meminta mereka tidak lagi membeli barang baru. Kebijakan ini disampaikan setelah gelombang penindakan terhadap gudang-gudang penyimpanan bal di sejumlah kota.
Pedagang di Pasar Senen dan Gedebage menyambut baik kelonggaran tersebut, tetapi mempertanyakan langkah selanjutnya setelah stok habis. "Kami mau jual apa? Modal kami di situ semua," ujar seorang pedagang.
Kementerian menyatakan akan memfasilitasi kemitraan antara pedagang dengan produsen pakaian lokal, termasuk akses pembiayaan dengan bunga rendah.
""")

R("article", "legal_news_article", "0111", """
Pelabuhan Parepare dan Jejak Panjang Perdagangan Cakar
PAREPARE — Kota pelabuhan Parepare di Sulawesi Selatan sudah sejak 1980-an dikenal sebagai sentra perdagangan pakaian bekas impor yang oleh warga setempat disebut cakar. Barang-barang tersebut disebut datang dari Nunukan dan daerah perbatasan di Kalimantan, lalu diangkut dengan kapal ke Parepare.
Di Pasar Lakessi, puluhan lapak menjajakan pakaian bekas setiap hari. Menjelang hari raya, pasar ini diserbu pembeli dari kabupaten-kabupaten sekitar.
Warga setempat mengenang bahwa dagangan cakar lambat laun tidak hanya berupa pakaian, tetapi juga tas, sepatu, dan aksesori. Sejumlah toko kini memisahkan barang bermerek, merapikannya di gantungan, lalu menjualnya jauh lebih mahal daripada tumpukan biasa.
Kini, dengan pengetatan pengawasan, sebagian pedagang mulai beralih ke pakaian baru dari Jawa.
""")

R("article", "legal_news_article", "0111", """
Platform Belanja Daring Hapus Puluhan Ribu Produk Pakaian Bekas Impor
Sejumlah platform belanja daring menyatakan telah menurunkan puluhan ribu listing yang teridentifikasi sebagai pakaian bekas impor dalam beberapa bulan terakhir. Langkah ini diambil setelah pemerintah meminta platform ikut menertibkan peredaran barang yang dilarang impor.
Perwakilan salah satu platform mengatakan pihaknya menggunakan kombinasi deteksi kata kunci, analisis gambar, dan laporan pengguna. Namun penjual kerap mengakali sistem dengan ejaan tidak baku, seperti mengganti huruf dengan angka atau menyisipkan titik dan spasi di antara huruf.
"Kami juga melihat penjual menggunakan istilah daerah atau kode seperti nama pasar dan nama pelabuhan," ujarnya. Platform mengimbau pengguna melaporkan produk mencurigakan.
""")

R("article", "legal_news_article", "0111", """
Razia di Pasar Pakaian Bekas Parakan, Pedagang: Kami Hanya Pengecer
TEMANGGUNG — Petugas gabungan mendatangi sejumlah toko pakaian bekas di sekitar Pasar Parakan, Temanggung, yang selama ini dikenal sebagai pusat awul-awul terbesar di Jawa Tengah. Petugas mendata stok dan asal barang di belasan toko di sepanjang Jalan Saubari.
Para pemilik toko mengaku hanya membeli barang dari distributor di Bandung dan tidak terlibat dalam impor. "Kami pedagang kecil, sudah belasan tahun jualan di sini," kata seorang pemilik toko.
Petugas menyatakan pendataan ini merupakan langkah awal untuk menelusuri rantai pasok pakaian bekas impor. Pedagang diimbau tidak menambah stok baru.
""")

R("article", "legal_news_article", "0111", """
Ancaman Kesehatan di Balik Pakaian Bekas Impor
Hasil uji laboratorium terhadap sampel pakaian bekas impor yang beredar di pasaran pernah menemukan kandungan bakteri dan jamur. Temuan itu menjadi salah satu dasar pemerintah melarang impor pakaian bekas, selain pertimbangan perlindungan industri tekstil dalam negeri.
Dokter kulit mengingatkan bahwa pakaian bekas yang tidak dicuci dengan benar dapat menyebabkan gatal-gatal dan infeksi jamur. Pembeli biasanya merendam pakaian dengan air panas atau merebusnya sebelum dipakai.
Pedagang di beberapa pasar mengatakan mereka selalu menyarankan pembeli mencuci pakaian lebih dulu. Namun pedagang juga mengakui tidak mengetahui kondisi asal pakaian yang mereka beli dalam bentuk bal.
""")
