from common import R
RECORDS = [
# ---- opinion (10)
R("article", "legal_opinion", "0111", """
Opini: Larangan Pakaian Bekas Impor Butuh Jalan Keluar, Bukan Sekadar Razia
Setiap kali pemerintah menggelar razia di Pasar Senen atau Gedebage, berita yang muncul selalu sama: tumpukan bal dibakar, pedagang menangis, lalu beberapa bulan kemudian lapak kembali ramai.
Masalahnya, permintaan tidak hilang. Pakaian baru makin mahal, sementara bal dari Korea atau Jepang tetap mengalir lewat Batam, Tanjungbalai, dan perbatasan Kalimantan.
Razia di hilir hanya menghukum pedagang kecil yang berada di ujung rantai. Para pemodal yang memasukkan kontainer jarang tersentuh.
Pemerintah perlu melakukan tiga hal sekaligus: menindak jaringan penyelundup di pelabuhan, memberi insentif bagi konveksi lokal agar bisa memproduksi pakaian murah berkualitas, dan menyediakan program alih usaha yang nyata bagi pedagang.
Tanpa itu, larangan hanya akan menjadi permainan kucing-kucingan yang tidak berujung.
Penulis adalah peneliti kebijakan perdagangan di sebuah lembaga kajian di Jakarta.
"""),
R("article", "legal_opinion", "0111", """
Catatan Redaksi: Ketika "Thrifting" Kehilangan Maknanya
Di negara asalnya, thrifting berarti membeli barang bekas di toko amal yang menampung donasi warga setempat. Uangnya kembali ke komunitas.
Di Indonesia, kata itu bergeser makna. "Thrift" di media sosial kini hampir selalu berarti pakaian bekas impor yang datang dalam bal, dipres di negara lain, dan masuk secara ilegal.
Pergeseran ini penting dicatat karena bahasa membentuk persepsi. Anak muda merasa sedang berbuat baik bagi lingkungan, padahal sebagian isi bal berakhir sebagai sampah di tempat pembuangan kita.
Kami tidak menyalahkan konsumen yang mencari harga terjangkau. Namun media, kreator, dan platform punya tanggung jawab untuk berhenti mengglorifikasi "hidden gems" dari karung impor.
Mari kembalikan makna thrifting: berbagi, memperbaiki, dan memakai ulang barang dari sekitar kita.
"""),
R("article", "legal_opinion", "0111", """
Kolom: Suara dari Pajak Sambu
Saya lahir dan besar di Medan. Monza adalah bagian dari hidup kami. Baju sekolah, jaket kuliah, bahkan jas pernikahan abang saya, semuanya dari monza.
Karena itu saya mengerti mengapa banyak orang marah ketika pemerintah melarang. Bagi keluarga berpenghasilan pas-pasan, monza adalah cara untuk tampil layak.
Tapi saya juga melihat bagaimana para penjahit di Medan Denai kehilangan pelanggan, dan bagaimana sungai kami menerima sisa-sisa karung yang tak laku.
Jalan tengahnya, menurut saya, bukan membiarkan penyelundupan, melainkan memastikan pakaian lokal terjangkau dan pedagang monza diberi kesempatan beralih.
Larangan tanpa alternatif hanya akan membuat orang kecil makin terjepit.
"""),
R("post", "legal_opinion", "0111", """
Pendapat pribadi sebagai pemilik konveksi kecil (12 penjahit) di Majalaya:
Saya nggak benci pedagang thrift. Banyak dari mereka tetangga saya sendiri.
Yang saya benci adalah ketidakadilan aturan mainnya. Saya bayar pajak, bayar upah, beli bahan dengan harga naik terus. Sementara satu bal Jepang berisi ratusan potong bisa masuk tanpa bea dan dijual 20 ribuan.
Kalau pemerintah serius, tutup jalurnya di hulu. Jangan cuma razia pedagang di pasar.
Dan buat konsumen: coba sekali-sekali beli produk lokal. Kualitasnya sudah jauh lebih baik dari 10 tahun lalu.
Saya juga ngajak pedagang thrift di pasar kami bicara, bukan bertengkar. Beberapa sudah mulai ambil kaos dari konveksi saya untuk dijual di lapaknya.
"""),
R("article", "legal_opinion", "0111", """
Opini: Moderasi Konten Pakaian Bekas Impor Jangan Salah Sasaran
Dorongan agar platform menurunkan iklan pakaian bekas impor patut didukung. Namun pengalaman beberapa bulan terakhir menunjukkan sistem moderasi sering salah sasaran.
Ibu rumah tangga yang menjual baju bekas anaknya sendiri ikut diblokir karena menulis "preloved". Brand lokal yang menjual pakaian baru bergaya retro diturunkan karena memakai tagar #thriftstyle. Jurnalis yang menulis tentang razia di Pasar Senen pun kena peringatan.
Sementara itu, akun yang menulis "b4l k0r3a" atau "awuI-awuI" dengan huruf I kapital tetap lolos.
Platform perlu memahami konteks: siapa yang menawarkan, barang apa, baru atau bekas, dan dari mana asalnya. Kata kunci saja tidak cukup.
"""),
R("post", "legal_opinion", "0110", """
Opini receh tapi serius: beli baju bekas itu nggak salah 🙂
Yang jadi masalah itu bal impor ilegal, bukan konsep barang second.
Beli preloved dari teman, dari tetangga, dari bazar gereja atau masjid, dari garage sale, itu sah dan justru bagus buat lingkungan.
Jadi jangan sampai gara-gara ramai soal larangan thrifting impor, orang malah malu beli atau jual baju bekas lokal.
Bedain aja: dari lemari orang sini = oke. Dari karung luar negeri = jangan.
"""),
R("article", "legal_opinion", "0111", """
Tajuk: Ekonomi Perbatasan dan Dilema Rombengan
Di Nunukan dan Sebatik, pakaian bekas dari Tawau bukan sekadar dagangan; ia bagian dari ekonomi perbatasan yang sudah berjalan puluhan tahun.
Pedagang di Jalan Lingkar bercerita bagaimana hasil menjual "roma" membiayai kuliah anak-anak mereka. Di sisi lain, aparat menghadapi jalan tikus yang tak terhitung jumlahnya.
Kebijakan nasional sering lupa bahwa perbatasan punya logika sendiri. Harga barang dari Malaysia lebih dekat dan lebih murah dibanding kiriman dari Jawa.
Larangan impor pakaian bekas perlu diiringi pembangunan rantai pasok pakaian lokal yang menjangkau perbatasan dengan harga wajar. Tanpa itu, penyelundupan akan selalu menemukan celah.
"""),
R("article", "legal_opinion", "0111", """
Surat Pembaca: Anak Saya Ingin Jadi "Juragan Bal"
Anak saya yang masih SMA bercita-cita menjadi "juragan bal". Ia menonton video-video bongkar karung dan kelas bisnis thrift yang menjanjikan omzet puluhan juta.
Saya terkejut. Ia tidak tahu bahwa impor pakaian bekas dilarang, bahwa banyak pedagang ditipu supplier fiktif, dan bahwa barang bisa disita sewaktu-waktu.
Saya berharap sekolah dan media memberikan edukasi yang seimbang. Jiwa wirausaha anak muda patut didukung, tapi arahkan ke usaha yang legal dan berkelanjutan.
Dari seorang ibu di Bekasi.
Catatan redaksi: surat pembaca telah disunting seperlunya tanpa mengubah maksud.
"""),
R("article", "legal_opinion", "0111", """
Opini: Jangan Biarkan Kreator Jadi Etalase Barang Selundupan
Kreator konten punya pengaruh besar terhadap selera belanja anak muda. Video "haul" yang menampilkan jaket impor bekas seharga puluhan ribu bisa ditonton jutaan kali.
Masalahnya, banyak video semacam itu berakhir dengan ajakan: "tokonya aku tag ya", "mereka live tiap Jumat", "DM aku buat alamat gudang". Di titik itu, konten telah berubah menjadi iklan bagi barang yang dilarang.
Platform sebaiknya membedakan kreator yang mengulas secara kritis dari kreator yang mengarahkan penonton ke penjual. Yang pertama berguna bagi publik; yang kedua adalah promosi.
"""),
R("post", "legal_opinion", "0111", """
Sebagai mantan pedagang awul-awul di Sekaten (12 tahun), saya mau kasih pandangan 🙏
Dulu saya tidak tahu barang yang saya jual itu dilarang masuk. Yang saya tahu, beli bal dari Bandung, bongkar, jual.
Sekarang saya jualan kaos lurik dan batik cap dari perajin Bantul. Untungnya lebih kecil, tapi tidurnya tenang.
Saran saya buat teman-teman yang masih di awul-awul: pelan-pelan cari alternatif. Dan buat pemerintah: jangan cuma larang, bantu kami pindah.
"""),
# ---- research summaries (8)
R("article", "legal_research_summary", "0111", """
Ringkasan Penelitian: Rantai Pasok Pakaian Bekas Impor di Sumatera Bagian Timur
Penelitian lapangan ini memetakan alur pakaian bekas dari gudang pengumpul di Malaysia dan Singapura hingga ke pasar-pasar di Medan, Pekanbaru, dan Jambi.
Temuan utama:
1. Barang masuk melalui pelabuhan kecil dan "tangkahan" di pesisir Tanjungbalai, Bagansiapiapi, dan Kuala Tungkal, umumnya dengan kapal kayu.
2. Satuan perdagangan utama adalah bal (±100 kg) dan karung (50-80 kg). Pedagang menyebut kelas barang sebagai kepala, badan, dan kaki.
3. Harga bal di tingkat grosir berkisar Rp3-5 juta untuk campuran asal Malaysia hingga di atas Rp10 juta untuk asal Jepang.
4. Sebutan lokal beragam: monza di Medan, PJ di Pekanbaru, BJ di Palembang.
Penelitian merekomendasikan penguatan pengawasan di muara sungai dan program alih usaha bagi pedagang eceran.
"""),
R("article", "legal_research_summary", "0111", """
Abstrak Skripsi: Strategi Pemasaran Pakaian Bekas Impor di Media Sosial Pasca-Larangan
Penelitian ini menganalisis 600 unggahan penjual pakaian bekas impor di dua platform video pendek selama enam bulan.
Hasilnya menunjukkan tiga strategi dominan untuk menghindari moderasi: (1) pengubahan ejaan, misalnya angka menggantikan huruf ("b4l", "thr1ft") atau pemisahan huruf dengan titik; (2) penggunaan istilah daerah seperti cakar, cabo, dan roma; (3) pengalihan transaksi ke pesan pribadi dengan ajakan "DM untuk harga".
Siaran langsung "buka karung" menjadi format paling efektif dalam mendorong pembelian impulsif.
Penelitian ini menyarankan pendekatan moderasi berbasis konteks, bukan sekadar daftar kata kunci.
"""),
R("article", "legal_research_summary", "0111", """
Policy brief: Pakaian Bekas Impor dan Industri Tekstil Kecil
Kajian ini memperkirakan dampak peredaran pakaian bekas impor terhadap industri kecil dan menengah (IKM) pakaian jadi di tiga sentra: Majalaya, Pekalongan, dan Soreang.
Survei terhadap 120 pemilik konveksi menunjukkan 64 persen responden mengalami penurunan pesanan dari pedagang eceran dalam kurun dua tahun, dengan alasan utama kalah bersaing harga dengan "barang bal".
Sebagian responden beralih memproduksi pakaian bergaya retro untuk menangkap pasar anak muda yang menyukai estetika thrift.
Rekomendasi: penindakan di hulu, insentif bahan baku, dan kampanye publik yang membedakan antara barang bekas lokal (preloved, donasi) dan impor ilegal.
"""),
R("article", "legal_research_summary", "0111", """
Catatan Lapangan: Istilah-Istilah Perdagangan Pakaian Bekas di Indonesia Timur
Dalam wawancara dengan pedagang di Makassar, Parepare, Manado, Ambon, dan Jayapura, peneliti mencatat kosakata yang dipakai dalam perdagangan pakaian bekas:
- "Cakar" (cap karung) di Sulawesi Selatan; "cabo" atau "cakbo" (cakar bongkar) di Sulawesi Utara dan Maluku; "cakbor" di Sentani.
- "Buka baru" atau "bongkar" untuk hari ketika karung baru dibuka, biasanya akhir pekan atau akhir bulan.
- Rute yang disebut pedagang: Tawau-Nunukan-Parepare, serta kiriman dari Jakarta dan Surabaya untuk wilayah timur.
Catatan ini disusun untuk keperluan studi kebijakan dan pelatihan moderator konten.
"""),
R("article", "legal_research_summary", "0111", """
Ringkasan Laporan: Uji Mikrobiologi Sampel Pakaian Bekas Impor
Laboratorium pengujian mengambil sampel pakaian bekas dari beberapa pasar di Jakarta dan Bandung dan menguji keberadaan jamur serta bakteri.
Sebagian sampel menunjukkan kontaminasi kapang dan bakteri yang berpotensi menyebabkan gangguan kulit, terutama pada pakaian yang lembap selama pengiriman dalam bal.
Pencucian biasa mengurangi kontaminasi, tetapi tidak selalu menghilangkannya pada bahan tebal seperti jaket dan selimut.
Laporan merekomendasikan edukasi konsumen dan penegakan larangan impor, mengingat barang masuk tanpa pemeriksaan karantina.
"""),
R("article", "legal_research_summary", "0111", """
Research note (English summary): Informal Terminology of Used-Clothing Trade on Indonesian Social Media
We compiled 1,200 Indonesian-language posts offering used imported clothing. Beyond the common terms "thrift", "bal", "ballpress" and "karungan", sellers rely on regional names (monza, cakar, cabo, roma, RB, awul-awul, burjer, BJ), market names (Senen, Gedebage, Pajak Melati, Pasar Terong, Pasar Kodim), and entry routes (Batam, Tanjungbalai, Entikong, Tawau-Nunukan).
Grades ("kepala/badan/kaki", "grade A", "sortir A", "balan pendek") and units (bal, koli, goni, karung, kg) often appear without any explicit word for "used" or "imported".
We recommend that classifiers model these signals jointly rather than relying on single keywords.
"""),
R("article", "legal_research_summary", "0111", """
Ringkasan Tesis: Perempuan Pedagang Pakaian Bekas di Perbatasan Kalimantan Utara
Tesis ini mewawancarai 24 perempuan pedagang "roma" di Nunukan dan Tarakan.
Mayoritas berjualan lebih dari sepuluh tahun dan menjadikan usaha ini penghasilan utama keluarga. Barang dibeli per karung dari pengepul yang mengambil di Tawau.
Para pedagang menyadari adanya larangan, namun menyebut minimnya alternatif usaha di perbatasan.
Penulis merekomendasikan kebijakan transisi yang sensitif gender, termasuk akses modal dan pelatihan produksi pakaian lokal.
"""),
R("article", "legal_research_summary", "0111", """
Ringkasan Diskusi Kelompok Terfokus: Persepsi Gen Z terhadap Thrifting Impor
Diskusi melibatkan 30 mahasiswa di Jakarta, Bandung, dan Yogyakarta.
Sebagian besar peserta mengaku membeli pakaian bekas impor karena harga dan "keunikan", bukan alasan lingkungan. Banyak yang tidak mengetahui bahwa impor pakaian bekas dilarang.
Peserta paling sering mengenal penjual melalui video haul dan siaran langsung "bongkar bal".
Setelah diberi informasi tentang dampak terhadap UMKM dan sampah tekstil, lebih dari separuh peserta menyatakan akan mempertimbangkan preloved lokal atau produk baru lokal.
Peserta juga mengusulkan agar platform memberi label edukasi pada konten haul yang mengarahkan ke penjual.
"""),
# ---- official statements (10)
R("article", "legal_official_statement", "0111", """
SIARAN PERS
Kementerian Perdagangan Tegaskan Larangan Impor Pakaian Bekas
Kementerian Perdagangan menegaskan kembali bahwa pakaian bekas dan barang bekas lainnya dengan pos tarif HS 6309.00.00 termasuk barang yang dilarang impor, sebagaimana diatur dalam Peraturan Menteri Perdagangan Nomor 18 Tahun 2021 tentang Barang Dilarang Ekspor dan Barang Dilarang Impor, sebagaimana telah diubah dengan Peraturan Menteri Perdagangan Nomor 40 Tahun 2022.
Larangan ini bertujuan melindungi industri dalam negeri, khususnya industri kecil dan menengah tekstil dan produk tekstil, serta melindungi kesehatan masyarakat.
Kementerian mengimbau masyarakat tidak membeli pakaian bekas impor dan melaporkan peredarannya melalui kanal pengaduan resmi.
Kementerian juga telah berkoordinasi dengan lokapasar untuk menurunkan tautan penjualan pakaian bekas impor.
"""),
R("article", "legal_official_statement", "0111", """
Keterangan Pers Bea Cukai Batam
Sepanjang tahun berjalan, Bea Cukai Batam telah melakukan 145 penindakan terhadap pemasukan pakaian bekas ilegal melalui barang bawaan penumpang, dengan total barang bukti 682 koli.
Penindakan terbanyak terjadi di Pelabuhan Feri Internasional Batam Centre, disusul Harbour Bay dan Sekupang.
Modus yang paling sering ditemukan adalah pakaian bekas yang dikemas dalam koper dan tas penumpang seolah-olah barang pribadi.
Bea Cukai Batam akan terus memperkuat profiling penumpang dan bersinergi dengan aparat penegak hukum di luar kawasan pabean.
Masyarakat diimbau tidak bersedia membawa titipan barang yang tidak diketahui isinya.
"""),
R("article", "legal_official_statement", "0111", """
Pernyataan Kepolisian Daerah
Direktorat Reserse Kriminal Khusus telah mengamankan empat orang kurir yang membawa pakaian bekas asal Singapura melalui pelabuhan internasional dengan modus titipan koper.
Dari operasi dua hari, petugas menyita 100 koli pakaian bekas, 20 karung sisa penjualan, 11 koper, dan 8 ransel.
Para terduga pelaku diperiksa secara intensif dan kasusnya akan dilimpahkan kepada Bea Cukai untuk penanganan lebih lanjut.
Kepolisian mengimbau masyarakat untuk tidak tergiur upah membawa titipan dan segera melapor apabila mengetahui aktivitas penyelundupan.
Barang bukti berupa pakaian, sepatu, dan tas bekas tersebut akan dimusnahkan setelah mendapat penetapan.
"""),
R("article", "legal_official_statement", "0111", """
Imbauan Pemerintah Kota kepada Pedagang Pasar
Sehubungan dengan larangan impor dan perdagangan pakaian bekas asal luar negeri, Pemerintah Kota mengimbau pedagang di pasar-pasar tradisional, khususnya yang selama ini menjual pakaian bekas dalam bentuk bal atau karungan, untuk:
1. Tidak menambah stok pakaian bekas impor.
2. Mengikuti pendataan pedagang terdampak di kantor pengelola pasar.
3. Mendaftar program pelatihan dan bantuan modal untuk beralih ke produk dalam negeri.
Pemerintah Kota akan melakukan penertiban secara bertahap dengan mengedepankan pendekatan persuasif.
Pedagang yang membutuhkan informasi dapat menghubungi posko di kantor dinas perdagangan pada jam kerja.
"""),
R("article", "legal_official_statement", "0111", """
Siaran Pers Bakamla
Bakamla bersama Badan Intelijen Strategis dan Balai Pengawasan Tertib Niaga berhasil mengungkap ratusan bal pakaian bekas ilegal di gudang transit di Surabaya.
Barang diduga masuk melalui perbatasan Kalimantan dan dikirim melalui pelabuhan Kalimantan menuju Surabaya, sebelum rencananya didistribusikan ke Pulau Jawa, Bali, dan Makassar.
Bakamla akan terus meningkatkan patroli dan pertukaran informasi dengan instansi terkait untuk mencegah masuknya barang terlarang melalui laut.
"""),
R("article", "legal_official_statement", "0111", """
Pengumuman Pengelola Pasar
Kepada seluruh pedagang Blok III, diberitahukan bahwa mulai bulan depan pengelola tidak akan memperpanjang izin sewa untuk kios yang menjual pakaian bekas impor.
Pedagang yang ingin tetap berjualan diharapkan beralih ke produk pakaian baru, baik lokal maupun impor resmi, atau usaha lain.
Pengelola bekerja sama dengan dinas terkait akan menyediakan pelatihan dan fasilitasi kemitraan dengan konveksi lokal.
Informasi lebih lanjut dapat diperoleh di kantor pengelola, lantai dasar.
"""),
R("article", "legal_official_statement", "0111", """
Keterangan Tertulis Asosiasi Pertekstilan
Asosiasi menyambut baik langkah pemerintah dan lokapasar dalam menurunkan iklan pakaian bekas impor.
Berdasarkan data anggota, peredaran pakaian bekas impor berdampak langsung pada utilisasi pabrik garmen skala kecil dan menengah.
Asosiasi meminta penegakan hukum menyasar importir dan jaringan distribusi bal, bukan semata pedagang eceran, serta meminta percepatan program substitusi produk lokal yang terjangkau.
"""),
R("article", "legal_official_statement", "0111", """
Rilis Bea Cukai Nunukan
Bea Cukai Nunukan memusnahkan barang milik negara hasil penindakan, antara lain kosmetik ilegal dan ballpress asal Malaysia, dengan nilai perkiraan Rp1,4 miliar.
Barang-barang tersebut diamankan dari berbagai operasi di perairan dan jalur darat perbatasan Nunukan-Tawau.
Bea Cukai mengingatkan bahwa barang bawaan pelintas batas tradisional tidak boleh dimanfaatkan untuk memasukkan pakaian bekas dalam jumlah dagangan.
"""),
R("article", "legal_official_statement", "0111", """
Klarifikasi Dinas Perdagangan Provinsi
Menanggapi pertanyaan masyarakat, Dinas Perdagangan menjelaskan bahwa yang dilarang adalah impor dan perdagangan pakaian bekas asal luar negeri.
Penjualan pakaian bekas milik pribadi, bazar amal, dan kegiatan tukar pakaian di antara warga tidak termasuk dalam larangan tersebut.
Masyarakat diminta tidak ragu melaporkan penjualan pakaian bekas impor, termasuk yang menggunakan istilah seperti bal, karungan, ballpress, atau sebutan daerah.
"""),
R("article", "legal_official_statement", "0111", """
Pernyataan Satgas Pengamanan Perbatasan
Satgas Pamtas RI-Malaysia berhasil menggagalkan masuknya lima karung pakaian bekas asal Malaysia di Sebatik Tengah.
Barang disembunyikan di semak-semak dan ditutup pelepah sawit untuk mengelabui petugas.
Satgas berterima kasih atas informasi masyarakat dan mengajak warga perbatasan terus berperan aktif melaporkan aktivitas mencurigakan.
Barang bukti telah diserahkan kepada Bea Cukai.
"""),
# ---- platform moderation guidelines (10)
R("article", "legal_moderation_guideline", "0111", """
PEDOMAN MODERASI – Pakaian Bekas Impor (versi ringkas untuk peninjau)
Tujuan: menurunkan penawaran pakaian bekas asal luar negeri, tanpa menurunkan konten yang sah.
TURUNKAN bila keempat unsur terpenuhi: (1) ada penawaran (jual, terima pesanan, rekrut reseller/dropshipper, promosi toko atau live); (2) barangnya bekas; (3) barangnya pakaian, alas kaki, tas, atau tekstil; (4) asalnya impor.
Sinyal asal impor: nama negara, kata "impor", satuan perdagangan (bal, ballpress, karungan, goni, koli), rute masuk (Batam, Tanjungbalai, Entikong, Tawau-Nunukan), istilah daerah (monza, cakar, cabo, roma, RB, awul-awul, burjer, BJ), pasar yang dikenal (Senen Blok III, Gedebage, Pajak Melati, Pasar Terong, Pasar Kodim).
JANGAN TURUNKAN: berita, opini, keluhan, laporan, pertanyaan, edukasi, preloved pribadi yang dibeli di toko lokal, donasi dan bazar amal, pakaian baru (termasuk gaya "thrift"), barang lain yang dijual per bal/karung.
"""),
R("article", "legal_moderation_guideline", "0111", """
Panduan Peninjau: Membaca Ejaan Samaran
Penjual pakaian bekas impor sering mengubah ejaan untuk menghindari deteksi. Contoh pola:
- Angka menggantikan huruf: b4l, k0r3a, thr1ft, s3k3n, b3k4s.
- Pemisahan huruf: b.a.l, b a l, B-A-L-P-R-E-S.
- Huruf mirip: huruf l diganti I kapital (awuI-awuI), huruf Latin diganti Sirilik (bаl).
- Emoji di dalam kata: B🅰️l, b💧l.
- Sensor bintang: b*kas imp*r.
- Tagar yang digabung: #thriftimportmurah, #balkoreamurah, #bongkarbalmalamini.
Peninjau harus menormalkan teks sebelum menilai. Namun ejaan samaran saja bukan alasan penurunan; tetap periksa apakah ada penawaran barang bekas impor.
Contoh yang tidak diturunkan: unggahan pelapor yang mengutip iklan berejaan samaran untuk memperingatkan orang lain.
"""),
R("article", "legal_moderation_guideline", "0111", """
Kebijakan Komunitas – Barang Terlarang: Pakaian Bekas Impor
Kami tidak mengizinkan konten yang menawarkan, mempromosikan, atau memfasilitasi penjualan pakaian bekas yang diimpor ke Indonesia, termasuk:
• penjualan eceran maupun grosir (per potong, per kg, per bal/karung/koli);
• siaran langsung "bongkar bal" atau "buka karung";
• perekrutan reseller, dropshipper, agen, atau mitra untuk barang tersebut;
• konten kreator yang mengarahkan penonton ke penjual tertentu.
Kami mengizinkan: pemberitaan, diskusi kebijakan, kritik, keluhan konsumen, peringatan penipuan, penjualan barang bekas milik pribadi yang tidak berasal dari impor, kegiatan amal, dan penjualan pakaian baru.
"""),
R("article", "legal_moderation_guideline", "0111", """
Catatan Pelatihan Moderator #4: Kasus-kasus sulit
1. "Bukan barang bal, semua baru produksi Bandung" → penjual pakaian BARU lokal. Jangan turunkan.
2. "Preloved pribadi, beli di PIM" → barang bekas milik sendiri, asal lokal. Jangan turunkan.
3. Unggahan curhat panjang yang di tengahnya ada "sisa jaket korea seken dari bal kemarin, 65rb" → ADA penawaran. Turunkan.
4. Laporan pengguna yang menyalin iklan "READY BAL KOREA" lengkap → bukan penawaran, ini laporan. Jangan turunkan.
5. "Kardus bekas per bal" atau "majun kaos bekas per kg untuk bengkel" → bukan pakaian untuk dipakai. Jangan turunkan.
6. "Lapak Pasar Terong lantai 2, buka baru Minggu, dress 45rb" → pasar yang dikenal + buka baru = pakaian bekas impor. Turunkan.
7. Video haul yang menyebut "tokonya aku tag, mereka buka bal tiap Jumat" → promosi. Turunkan.
"""),
R("article", "legal_moderation_guideline", "0111", """
Glosarium Istilah Daerah untuk Tim Moderasi
- Monza / Monja: Medan, Pekanbaru (dari "Mongonsidi Plaza").
- Cakar: Makassar & Sulsel (cap karung).
- Cabo / Cakbo / Cakbor: Manado, Bitung, Ambon, Jayapura (cakar bongkar).
- Roma: Nunukan, Tarakan (rombengan Malaysia).
- RB: Kendari, NTT (rombengan).
- Awul-awul / owol-owol: Yogyakarta, Jawa Tengah, Riau.
- Burjer: Tapanuli, Sibolga (buruk-buruk Jerman).
- BJ: Palembang (burukan Jambi).
- PJ: Pekanbaru (Pasar Jongkok, Pasar Kodim).
Istilah-istilah ini juga dipakai dalam berita, kenangan pribadi, dan sejarah. Kehadiran istilah saja tidak cukup; pastikan ada penawaran.
"""),
R("article", "legal_moderation_guideline", "0111", """
SOP Penanganan Siaran Langsung
Siaran langsung dengan judul atau deskripsi seperti "buka karung", "bongkar bal", "pecah kawat", "karung misteri", atau "part 2 bal Jepang" diprioritaskan untuk ditinjau secara real time.
Indikator tambahan: pembawa acara mengangkat pakaian satu per satu, menyebut harga, meminta penonton mengetik "MAU" atau kode barang, menyebut asal negara atau label berbahasa asing.
Tindakan: hentikan siaran dan beri peringatan pada pelanggaran pertama; batasi fitur siaran pada pelanggaran berulang.
Pengecualian: siaran berita atau edukasi yang meliput razia atau menjelaskan larangan tanpa penawaran.
"""),
R("article", "legal_moderation_guideline", "0111", """
Panduan Banding untuk Penjual
Jika konten Anda diturunkan karena dianggap menjual pakaian bekas impor, Anda dapat mengajukan banding dengan menyertakan:
- Bukti bahwa barang baru (foto produksi, nota bahan, label merek sendiri), atau
- Bukti bahwa barang adalah milik pribadi yang dibeli di dalam negeri (nota, foto pemakaian), atau
- Penjelasan bahwa konten adalah berita, edukasi, atau laporan.
Banding tidak akan diterima untuk konten yang menawarkan barang dari bal, karungan, atau sebutan daerah pakaian bekas impor, meskipun penjual menyatakan "sudah dicuci" atau "kualitas bagus".
Proses banding memakan waktu hingga 7 hari kerja. Selama banding berlangsung, konten tetap tidak ditampilkan.
"""),
R("article", "legal_moderation_guideline", "0111", """
Matriks Keputusan (4 unsur) – contoh penerapan
| Teks | Penawaran | Bekas | Pakaian | Impor | Keputusan |
Berita razia ballpress di Batam | 0 | 1 | 1 | 1 | biarkan
Preloved blazer beli di mall Jakarta | 1 | 1 | 1 | 0 | biarkan
Kaos baru bordir Tasik gaya thrift | 1 | 0 | 1 | 0 | biarkan
Mesin jahit bekas Jepang | 1 | 1 | 0 | 1 | biarkan
Bal Korea grade A 8,5 jt | 1 | 1 | 1 | 1 | turunkan
Keluhan pembeli bal yang isinya rusak | 0 | 1 | 1 | 1 | biarkan
Gunakan matriks ini sebagai alat bantu, bukan pengganti penilaian konteks.
"""),
R("article", "legal_moderation_guideline", "0111", """
Pedoman untuk Kreator
Anda boleh membuat konten tentang thrifting, termasuk ulasan kritis, sejarah pasar seperti Gedebage atau Pasar Senen, dan edukasi tentang larangan impor pakaian bekas.
Anda tidak boleh:
- menautkan, menandai, atau menyebut toko yang menjual pakaian bekas impor;
- membagikan alamat gudang, jadwal "bongkar bal", atau kode diskon;
- menerima bayaran untuk mempromosikan barang tersebut.
Konten yang melanggar akan diturunkan dan dapat memengaruhi status monetisasi akun.
"""),
R("article", "legal_moderation_guideline", "0111", """
FAQ Moderasi: "Apakah kata 'thrift' dilarang?"
Tidak. Kata "thrift", "preloved", atau "second" tidak otomatis melanggar.
Yang kami nilai adalah apakah konten menawarkan pakaian bekas yang berasal dari impor. Contoh yang melanggar: "thrift import ready, barang dari bal Jepang". Contoh yang tidak melanggar: "preloved pribadi, beli di Uniqlo Kota Kasablanka", "kaos baru gaya thrift produksi Bandung".
Kami juga tidak menurunkan unggahan yang mengkritik thrifting impor, memberitakan razia, atau memperingatkan penipuan bal.
"""),
]
