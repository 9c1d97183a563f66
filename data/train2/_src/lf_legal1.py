# Hand-written long-form legal texts: news, officials, guidelines, complaints, opinion.
DATA = r"""
@@ article|news_trader_quotes|0111
MEDAN - Pedagang pakaian bekas di Pajak Melati mengeluhkan sepinya pasokan sejak awal bulan.
"Biasanya seminggu dua kali ada barang dari Tanjung Balai, sekarang sebulan sekali pun susah," kata Rosmawati (48), yang sudah berjualan sejak 2003.
Ia menyebut harga satu bal jaket kini mencapai Rp4 juta, naik hampir sejuta dibanding tahun lalu.
Sementara harga eceran tidak bisa dinaikkan karena pembeli akan pindah ke lapak lain.
Dinas Perdagangan Kota Medan menyatakan akan melakukan sosialisasi larangan impor pakaian bekas kepada para pedagang.
@@ article|news_trader_quotes|0111
JAKARTA - Pengetatan impor pakaian bekas mulai terasa di Pasar Senen.
"Dulu satu bal isi 500 helai saya beli Rp5,5 juta, sekarang bisa Rp7 juta," ujar Desi (32), pedagang di Blok III.
Menurut Desi, banyak kios memilih tutup sementara karena kehabisan stok.
Pedagang lain, Marlan (42), mengaku omzetnya turun separuh. Ia kini hanya mampu menjual sekitar sepuluh potong sehari.
Pemerintah menegaskan larangan impor pakaian bekas tetap berlaku sesuai Permendag Nomor 40 Tahun 2022.
@@ article|news_trader_quotes|0111
NUNUKAN - Misnah (53) sudah berjualan rombengan di Jalan Lingkar sejak 1990-an.
"Barang ini dari Tawau, kami beli dari kawan di sini, lalu dijual Rp30 ribu sampai Rp100 ribu per lembar," tuturnya.
Ia mengaku paham bahwa barang itu dilarang, tetapi berharap pemerintah memberi waktu transisi.
Kapolres Nunukan menyebut banyak jalan tikus di Sebatik yang dipakai untuk memasukkan ballpress dari Malaysia.
Aparat berencana memperketat patroli di jalur perairan.
@@ article|news_trader_quotes|0111
MAKASSAR - Di lorong sempit dekat kanal Pasar Terong, puluhan lapak cakar masih ramai dikunjungi.
"Iye, sudah sepuluh tahun saya jualan, dari sini anak saya kuliah," kata Dina, salah satu pedagang.
Menurut para pedagang, barang dagangan mereka dibawa distributor dari Parepare dalam karung berisi sekitar 300 sampai 500 lembar.
Harga eceran berkisar Rp15 ribu hingga Rp150 ribu.
Dinas Perdagangan Sulsel menyatakan tengah mendata jumlah pedagang untuk program peralihan usaha.
@@ article|news_trader_quotes|0111
JAYAPURA - Jelang Natal, pedagang cakar bongkar di Pasar Youtefa berharap omzet naik.
"Jaket kulit dan jaket bulu paling dicari warga yang tinggal di pegunungan," kata Ani, pedagang setempat.
Ia mengaku mendapat barang dari agen di Surabaya, satu karung besar berisi campuran berbagai ukuran.
Harga jaket dijual Rp50 ribu hingga Rp200 ribu, celana Rp50 ribu hingga Rp100 ribu.
Disperindag Kota Jayapura mengatakan akan mengimbau pedagang untuk tidak menambah stok baru.
@@ article|news_trader_quotes|0111
MATARAM - Pasar Karang Sukun dipadati warga yang berburu pakaian bekas jelang Idul Fitri.
"Dapat celana jeans Rp100 ribu, kondisinya masih 90 persen," ujar Ahmad, warga Mataram.
Seorang pedagang, Sanusi (34), mengatakan ia mengambil barang per bal dari Bali dan Surabaya dengan harga Rp3 juta hingga Rp5 juta.
"Ongkir per bal dari Bali Rp60 ribu," katanya.
Polda NTB sebelumnya menangkap seorang distributor berinisial MN terkait peredaran pakaian bekas impor.
@@ article|news_trader_quotes|0111
TANJUNGBALAI - Sekitar 500 pedagang di Pasar TPO Tanjungbalai menggantungkan hidup dari penjualan pakaian bekas impor.
"Dari sebelum puasa kami sudah payah dapat barang," kata Suriani, pedagang di pasar itu.
Pasar yang berada di tepi Sungai Asahan itu sejak puluhan tahun dikenal sebagai tujuan pemburu monza.
Kepala Kantor Bea Cukai Teluk Nibung menyatakan pengawasan di perairan Selat Malaka diperketat.
Ketua paguyuban pedagang meminta pemerintah menyiapkan skema pengganti sebelum penertiban total.
@@ article|news_trader_quotes|0111
BATAM - Setiap pagi, dua jalur jalan di depan Pasar Pagi Jodoh dipenuhi lapak pakaian bekas.
"Tiga kaos sepuluh ribu, bang," teriak seorang pedagang kepada pengunjung.
Menurut penelusuran wartawan, barang tersebut masuk dari Malaysia dan Singapura menggunakan kapal kayu.
TNI AL sebelumnya menangkap KM Indah Jaya yang mengangkut ballpres dari Batu Pahat.
Pemerintah Kota Batam menyatakan akan menata ulang lokasi berjualan tersebut.
@@ article|news_trader_quotes|0111
TIMIKA - Penjualan cakar bongkar di Jalan Hasanuddin masih berlangsung meski ada larangan.
Kepala Disperindag Mimika mengatakan pedagang diberi kesempatan menghabiskan stok yang sudah telanjur dibeli.
"Tidak diperbolehkan lagi mengirim stok baru ke sini," ujarnya.
Pedagang bernama Arman berharap kebijakan ditinjau ulang. "Kalau dimusnahkan seperti di Merauke, kami rugi besar," katanya.
Sejumlah penjual daring juga terlihat masih menawarkan barang lewat fitur live media sosial.
@@ article|news_trader_quotes|0111
PAREPARE - Pelabuhan Nusantara Parepare dulu dikenal sebagai pintu masuk cakar dari Nunukan ke Sulawesi Selatan.
"Dulu tiap kapal datang pasti ada karung-karung cakar," kenang Hamzah (61), mantan buruh pelabuhan.
Kini, menurutnya, pengawasan jauh lebih ketat dan karung semacam itu jarang terlihat.
Di Pasar Lakessi, beberapa pedagang masih menjual sisa stok dengan harga Rp10 ribu hingga Rp50 ribu.
Pemkot Parepare berencana menggelar pelatihan menjahit bagi pedagang yang ingin beralih usaha.
@@ article|news_trader_quotes|0111
BANJARMASIN - Pasar Tungging di Jalan Belitung Darat yang dulu identik dengan pakaian bekas Korea kini didominasi produk lokal baru.
"Sekarang yang jual barang Korea tinggal sedikit, pindah ke pinggir jalan tol," ujar Riduan, warga Pemurus Luar.
Seorang pedagang mengatakan barang dibeli per karung seharga Rp5 juta hingga Rp8 juta dengan isi sekitar 500 lembar.
Dinas Perdagangan Banjarmasin menyebut akan menertibkan lapak di bahu jalan karena mengganggu lalu lintas.
@@ article|news_trader_quotes|0111
YOGYAKARTA - Stand awul-awul yang biasanya ramai di Pasar Malam Sekaten tahun ini berkurang drastis.
"Dulu saya sewa dua stand, barang saya datangkan dari Batam," kata Nur Budi, pedagang asal Bantul.
Ia kini beralih menjual pakaian sisa produksi pabrik garmen lokal.
Pengunjung bernama Tomy mengaku kehilangan suasana ngawul yang khas. "Tapi aturan ya aturan," ujarnya.
@@ article|news_trader_quotes|0111
TABANAN - Pasar Obral Bekas atau dikenal Pasar Kodok di Banjar Tegal Belodan tutup setelah razia polisi.
"Kok tutup ya? Chat ke langganan juga tidak dibalas," kata Putu (32), pelanggan dari Bangli.
Warga sekitar menyebut sejumlah gudang ikut disegel dan pakaian bekas yang belum dijual disita.
Polres Tabanan belum memberikan keterangan resmi soal jumlah barang yang diamankan.
@@ article|news_trader_quotes|0111
PONTIANAK - Kantor Bea Cukai Entikong memusnahkan 500 bale pakaian bekas hasil penindakan di perbatasan Indonesia-Malaysia.
Barang tersebut sebelumnya diangkut dalam empat kontainer dari Pontianak.
"Pemusnahan ini bukti komitmen menutup ruang perdagangan ilegal," kata Kapolsek Entikong.
Seorang pedagang di Pasar Flamboyan yang enggan disebut namanya mengatakan harga satu karung dari Kuching sempat mencapai Rp2 juta sebelum razia.
@@ article|news_trader_quotes|0111
SIKKA - Pakaian rombengan atau RB masih menjadi incaran perempuan di Kabupaten Sikka.
"Saya beli satu kaus Rp5.000, kainnya bagus dan tidak panas," kata Marta (35) di Pasar Nita.
Pedagang setempat mengaku mendapat kiriman karung dari Surabaya melalui kapal barang.
Pemerintah daerah belum mengeluarkan kebijakan khusus, namun mengimbau warga membeli produk tenun dan konveksi lokal.
@@ article|news_trader_quotes|0111
TERNATE - Lantai dua Pasar Higienis dikenal warga sebagai pasar RB atau cakar bongkar.
"Mari, blouse tiga seratus ribu!" seru Cafarudin, pedagang asal Kepulauan Sula yang berjualan sejak 2008.
Sebagian warga menjuluki lokasi itu "Mall Basudara" karena didatangi berbagai kalangan.
Pemerintah Kota Ternate menyatakan masih mengkaji penataan pedagang seiring larangan impor pakaian bekas.
@@ article|news_trader_quotes|0111
SEMARANG - Toko-toko pakaian impor bekas di kawasan perumahan Pedurungan mulai sepi.
"Kami baru dua bulan buka, sekarang harus pikir ulang," kata Dima, pegawai salah satu toko.
Ia menyebut koleksi terlaris adalah jaket crewneck dan dress wanita dengan harga Rp35 ribu hingga Rp200 ribu.
Pembeli bernama Yudha mengaku menyukai pakaian impor bekas karena jarang ada yang kembar.
Dinas Perdagangan Jateng menyatakan akan menggandeng platform e-commerce untuk menurunkan listing ilegal.
@@ article|news_seizure|0111
LANGKAT - Polisi menggagalkan penyelundupan 286 bal pakaian bekas asal Malaysia di sebuah alur sungai di Besitang.
Barang diangkut kapal motor yang ditekongi warga Tanjung Balai Asahan.
Menurut pengakuan pelaku, total muatan mencapai 650 bal, namun sebagian sudah dipindahkan ke truk sebelum penyergapan.
Pelaku dijerat Undang-Undang Kepabeanan.
@@ article|news_seizure|0111
BATAM - Sepanjang tahun ini Bea Cukai Batam mencatat 145 penindakan terhadap pakaian bekas yang dibawa penumpang kapal feri.
Pelabuhan Batam Centre menjadi titik paling rawan, disusul Harbour Bay dan Sekupang.
Petugas menemukan modus penitipan koper seragam berisi pakaian bekas kepada penumpang lain dengan imbalan tertentu.
Rata-rata terdapat 12 kasus dan 56 koli per bulan.
@@ article|news_seizure|0111
DUMAI - Bea Cukai Dumai melakukan 18 kali penindakan balpres sepanjang tahun dengan nilai barang lebih dari Rp700 juta.
Sebagian besar ditemukan di Terminal Feri Internasional Dumai.
"Kami memberi pemahaman kepada pemilik toko agar tidak menerima pakaian bekas impor meski harganya murah," kata Kepala Seksi Penindakan.
Masyarakat diminta melaporkan lokasi gudang penyimpanan balpres.
@@ article|news_seizure|0111
SAMARINDA - Polresta Samarinda mengawasi titik-titik masuk barang dari pelabuhan untuk mencegah peredaran ballpress.
Polisi menduga barang dari Nunukan dan Tarakan dikirim dengan kapal barang lalu disimpan di gudang pinggir kota.
Dalam operasi pekan lalu, petugas menyita 70 karung yang berisi pakaian dan sepatu bekas.
Pemilik barang telah diperiksa dan terancam pidana perdagangan.
@@ article|news_analysis|0111
Mengapa pakaian bekas impor sulit diberantas?
Peneliti ekonomi menyebut ada tiga faktor: permintaan tinggi dari konsumen kelas menengah bawah, margin besar bagi importir, dan panjangnya garis pantai di Selat Malaka serta perbatasan Kalimantan.
Satu bal yang dibeli Rp3 juta di Malaysia bisa dijual kembali Rp5-7 juta di Jawa.
Di tingkat eceran, istilahnya beragam: monza di Medan, cakar di Sulsel, rombengan di Nunukan, awul-awul di Yogyakarta.
Peneliti menyarankan penegakan hukum dilakukan di hulu, bukan pada pedagang kecil.
@@ article|news_analysis|0111
Catatan redaksi: fenomena "pecah bal" di media sosial.
Sejak 2021, konten membuka bal pakaian bekas impor ramai di TikTok dan Instagram.
Pembuat konten memamerkan "hidden gems" dari karung, lalu menjual hasilnya lewat live.
Pedagang lama di Senen menilai tren ini justru membuat pemerintah bereaksi.
Platform mengaku sulit melacak karena penjual memakai kata yang diubah ejaannya atau istilah daerah.
@@ article|news_analysis|0111
Dampak larangan impor pakaian bekas terhadap industri tekstil nasional masih diperdebatkan.
Asosiasi pertekstilan menyebut masuknya jutaan potong pakaian bekas menggerus pasar konveksi kecil.
Sebaliknya, pedagang monza di Tanjungbalai berpendapat pasar mereka berbeda dengan UMKM dan yang lebih merugikan adalah barang baru murah dari luar negeri.
Data BPS mencatat impor resmi pakaian bekas kode HS 6309 hampir nol, sehingga sebagian besar arus barang diperkirakan masuk secara ilegal.
@@ article|official_statement_long|0111
SIARAN PERS
Kementerian Perdagangan menegaskan kembali bahwa pakaian bekas dan barang bekas lainnya termasuk barang dilarang impor sebagaimana diatur dalam Permendag Nomor 18 Tahun 2021 jo. Permendag Nomor 40 Tahun 2022.
Masyarakat diimbau tidak membeli, menjual, atau mendistribusikan pakaian bekas asal impor.
Penjualan pakaian bekas milik pribadi yang dibeli di dalam negeri tidak termasuk dalam larangan ini.
Laporan dapat disampaikan melalui layanan pengaduan konsumen.
@@ post|official_statement_long|0111
PENGUMUMAN DINAS PERDAGANGAN KOTA
Sehubungan dengan larangan impor pakaian bekas, kami mengundang seluruh pedagang pakaian bekas di Pasar Sentral dan sekitarnya untuk mengikuti sosialisasi pada hari Kamis pukul 09.00 WITA.
Agenda: penjelasan regulasi, pendataan pedagang, serta informasi program pelatihan dan bantuan modal untuk peralihan usaha.
Kehadiran sangat diharapkan.
@@ post|official_statement_long|0111
Imbauan Kantor Bea Cukai:
1. Jangan menerima titipan koper atau tas dari orang tidak dikenal di pelabuhan.
2. Pakaian bekas asal luar negeri termasuk barang larangan impor dan akan ditindak.
3. Barang pribadi penumpang yang wajar (pakaian yang sedang dipakai dalam perjalanan) tidak termasuk.
4. Laporkan gudang atau kapal yang dicurigai membawa balpres melalui kanal pengaduan resmi.
@@ post|official_statement_long|0111
Polres mengimbau warga perbatasan agar tidak ikut menjadi kurir rombengan dari Malaysia.
"Banyak warga yang diupah kecil untuk membawa karung lewat jalur tikus, padahal risikonya pidana," kata Kasat Reskrim.
Polisi juga meminta pemilik lapak agar tidak lagi memesan stok baru dari Tawau.
Warga yang mengetahui aktivitas bongkar muat mencurigakan dapat melapor ke pos terdekat.
@@ post|official_statement_long|0111
Surat Edaran Kepala Pasar
Kepada pedagang Blok C dan D: mulai bulan depan, kios yang kedapatan memajang karung/bal pakaian bekas impor akan dikenai teguran tertulis hingga pencabutan izin sewa.
Pedagang yang beralih ke produk lokal atau pakaian baru akan diprioritaskan dalam penataan ulang kios.
Demikian untuk dimaklumi.
@@ post|platform_guideline_long|0111
KEBIJAKAN PRODUK TERLARANG: PAKAIAN BEKAS IMPOR
Tidak diperbolehkan: menjual pakaian, sepatu, atau tas bekas asal luar negeri, termasuk per bal, per karung, per kilo, atau hasil sortiran.
Contoh istilah yang memicu peninjauan: bal, ballpress, balpres, karungan, goni, monza, cakar, cabo, RB, rombengan, awul-awul, "eks Jepang", "eks Korea", "pecah bal".
Diperbolehkan: pakaian baru (termasuk impor resmi), pakaian bekas milik pribadi yang dibeli di dalam negeri, penjualan amal.
Pelanggaran berulang dapat menyebabkan penutupan toko.
@@ post|platform_guideline_long|0111
Panduan untuk moderator konten live:
- Hentikan siaran bila penjual membuka karung/bal pakaian dan menawarkan isinya.
- Perhatikan kode terselubung: "barang kapal", "kiriman seberang", "oleh-oleh Sakura", emoji 🧺.
- Jangan menghentikan live penjual baju baru bergaya vintage selama tidak ada indikasi barang bekas impor.
- Catat nama akun dan waktu pelanggaran di formulir laporan.
@@ post|platform_guideline_long|0111
FAQ Penjual - Apakah saya boleh menjual baju preloved?
Boleh, jika itu pakaian milik Anda sendiri dan dibeli di dalam negeri. Cantumkan keterangan "milik pribadi".
Tidak boleh, jika barang berasal dari bal/karung impor, meskipun Anda menyebutnya "preloved", "thrift", atau "vintage".
Bagaimana dengan baju baru bergaya thrift? Boleh, sertakan keterangan "baru".
@@ post|platform_guideline_long|0111
Daftar varian ejaan yang diperlakukan sama oleh sistem kami:
b4l, b a l, ba_l, ballpr3ss, bal.pres, k@rungan, kar-ungan, s3k3n, sekond, th.rift, thr1ft, m0nza, c4kar, r0mbengan.
Huruf serupa dari alfabet lain (misalnya а Kiril) dan karakter tak terlihat juga dinormalisasi.
Listing yang terdeteksi akan masuk antrean peninjauan manual sebelum diturunkan.
@@ post|platform_guideline_long|0111
Pedoman komunitas grup jual beli "Pasar Online Kota":
1. Dilarang menjual barang ilegal, termasuk pakaian bekas impor per bal/karung.
2. Boleh menjual pakaian bekas pribadi, sertakan foto dan keterangan asal pembelian.
3. Boleh mempromosikan bazar amal sekolah/rumah ibadah.
4. Admin berhak menghapus postingan tanpa pemberitahuan.
@@ post|complaint_thread|0111
Mau cerita pengalaman buruk.
Bulan lalu aku transfer 3,8 juta ke akun yang jual "bal Korea grade A isi 300".
Yang datang karung isi 120 potong, setengahnya robek dan berjamur.
Pas komplain, dia bilang "namanya juga barang karungan, untung-untungan".
Akun itu sekarang ganti nama. Hati-hati ya teman-teman, dan jangan beli barang ilegal.
@@ post|complaint_thread|0111
Lapor ke admin marketplace:
Toko "Thrift Berkah 88" menjual jaket dengan judul "jaket second import ex bal korea".
Di deskripsi dia tulis "stok dari karungan tiap minggu, reseller welcome".
Mohon ditinjau karena ini melanggar kebijakan produk terlarang.
Terlampir tangkapan layar listing dan percakapan chat.
@@ post|complaint_thread|0111
Thread laporan 🧵
Akun-akun ini masih jualan pakaian bekas impor pakai istilah daerah:
1) @cakar.sultan — tulis "cakar korea 3 seratus"
2) @monzakita — "ikatan 100 pcs dari Belawan"
3) @rb.kupang — "karung baru dari kapal"
Sudah aku report semua, bantu report juga ya biar cepat ditindak.
@@ post|complaint_thread|0111
Kecewa banget sama seller ini.
Judulnya "kemeja baru import", pas datang ternyata bau apek, ada noda kuning, dan label laundry bahasa Jepang.
Waktu ditanya dia ngaku "itu dari bal, kak, tapi kondisinya kayak baru".
Aku minta refund tapi ditolak. Udah aku laporkan ke pusat resolusi.
@@ comment|complaint_thread|0111
Inge: guys, ada yg pernah beli di toko yg live pecah bal tiap jumat itu?
Rahma: pernah, barangnya beda jauh sama di layar
Inge: iya aku juga, katanya grade A ternyata sobek
Rahma: mending report aja, lagian kan ilegal
Inge: udh aku report barusan
@@ post|complaint_thread|0111
Kepada Yth. Bea Cukai,
Saya ingin melaporkan aktivitas bongkar muat karung pakaian bekas di gudang dekat Jalan Marunda setiap Selasa malam.
Truk datang sekitar jam 11 dan karung dibawa ke pasar pagi harinya.
Saya warga sekitar dan merasa terganggu. Mohon ditindaklanjuti.
Hormat saya, warga RT 04.
@@ post|opinion_long|0111
Opini: Thrifting itu gaya hidup, bal impor itu masalah.
Saya setuju anak muda membeli barang bekas untuk mengurangi limbah fesyen.
Tapi jangan lupa, sebagian besar "thrift" di marketplace berasal dari bal impor ilegal yang menggerus konveksi kecil di Bandung dan Solo.
Kalau mau thrifting, belilah preloved dari sesama warga atau bazar amal.
@@ post|opinion_long|0111
Sebagai orang Medan, aku tumbuh dengan monza.
Seragam kuliah, jaket pertama, sepatu futsal — semua dari Jalan Mongonsidi.
Jadi aku paham kenapa pedagang sedih dengan larangan ini.
Tapi aku juga paham kalau konveksi lokal butuh ruang.
Semoga pemerintah bisa bantu pedagang beralih, bukan cuma razia.
@@ post|opinion_long|0111
Mahasiswa perantau di Jogja pasti kenal awul-awul.
Dulu itu satu-satunya cara punya jaket bagus dengan uang saku pas-pasan.
Sekarang saya lebih pilih brand lokal yang harganya makin terjangkau.
Bukan karena gengsi, tapi karena saya mulai paham rantai pasok bal yang ilegal itu.
@@ post|forum_question|0111
Tanya ke yang paham hukum:
Saya dulu beli beberapa jaket di Pasar Senen untuk dipakai sendiri. Sekarang mau saya jual lagi karena sudah tidak muat.
Apakah ini termasuk menjual pakaian bekas impor yang dilarang?
Saya tidak jualan rutin, cuma 3 jaket. Mohon pencerahan.
@@ post|forum_question|0111
Mau nanya, istilah "balan pendek" sama "balan panjang" itu apa ya?
Saya baca di berita soal pedagang Senen.
Apa bedanya sama bal biasa? Penasaran aja, bukan mau beli.
@@ post|forum_question|0111
Halo, saya sedang menulis tesis tentang jaringan distribusi pakaian bekas impor di Sulawesi Selatan.
Ada yang pernah bekerja sebagai buruh pelabuhan di Parepare atau pedagang cakar dan bersedia diwawancara?
Identitas dirahasiakan. Terima kasih.
@@ post|forum_question|0111
Teman-teman, bagaimana cara membedakan penjual baju baru bergaya vintage dengan penjual barang karungan?
Saya sering takut beli karena fotonya mirip semua.
Ada ciri-ciri yang bisa dicek dari deskripsi atau label?
@@ post|explainer_long|0111
Kamus kecil istilah pakaian bekas impor di Indonesia:
Monza/monja (Medan) — dari "Mongonsidi Plaza".
Cakar (Sulsel) — "cap karung".
Cabo/cakbor (Papua, Maluku Utara) — "cakar bongkar".
Roma/RB (Nunukan, NTT, Ternate) — "rombengan" (Malaysia).
Awul-awul (Yogyakarta) — dari "ngawul", mengaduk.
Baju Batam (Lampung) — karena dulu masuk lewat Batam.
@@ post|explainer_long|0111
Bagaimana barang bal sampai ke pasar?
Menurut liputan media, pakaian bekas dikumpulkan di negara asal, dipadatkan menjadi bal seberat 45-100 kg, lalu transit di Malaysia atau Singapura.
Dari sana, kapal kayu membawa ke pantai timur Sumatra, Kepulauan Riau, atau perbatasan Kalimantan.
Barang kemudian diangkut truk ke gudang dan dijual ke pedagang eceran.
Rantai ini yang menjadi sasaran penindakan.
@@ post|quiz_long|0111
KUIS MODERASI (jawab di komen!)
1. "Jual cakar ayam 28rb/kg" — melanggar atau tidak?
2. "Cakar korea 3 seratus, kirim se-Sulawesi" — melanggar atau tidak?
3. "Kemeja baru motif vintage, produksi Bandung" — melanggar atau tidak?
4. "Bazar amal sekolah, baju bekas sumbangan orang tua murid" — melanggar atau tidak?
Kunci jawaban besok pagi.
@@ post|quiz_long|0111
Tebak-tebakan istilah daerah:
a) Di Nunukan disebut ... (Roma)
b) Di Jayapura disebut ... (Cabo)
c) Di Medan disebut ... (Monza)
d) Di Jogja disebut ... (Awul-awul)
Semua merujuk pakaian bekas impor yang kini dilarang masuk.
@@ post|tutorial_long|0111
Tutorial untuk tim moderasi baru: cara membaca listing mencurigakan.
Langkah 1: cek asal barang (eks negara tertentu, pelabuhan, perbatasan).
Langkah 2: cek satuan jual (bal, karung, ikat, kg, koli).
Langkah 3: cek kondisi (second, preloved, pernah dipakai).
Langkah 4: pastikan penjualnya menawarkan, bukan sekadar bercerita atau bertanya.
Jika keempatnya terpenuhi, listing diturunkan.
@@ post|tutorial_long|0111
Tips belanja pakaian bekas yang legal:
1. Beli dari teman atau tetangga yang menjual baju pribadinya.
2. Datangi bazar amal sekolah atau rumah ibadah.
3. Ikut acara tukar baju (clothing swap).
4. Hindari penjual yang menyebut bal, karungan, atau "eks luar negeri".
Dengan begitu kamu tetap hemat tanpa mendukung penyelundupan.
@@ post|travel_caption_long|0111
Catatan perjalanan ke Tanjungbalai 🚢
Kota kecil di muara Sungai Asahan ini terkenal dengan kerang dan... pasar monza-nya.
Aku sempat keliling Pasar TPO, lihat pedagang menata jaket di gantungan.
Gak beli apa-apa karena tujuanku kuliner: mi balap dan sate kerang.
Next destination: Pulau Simardan.
@@ post|travel_caption_long|0111
Trip ke Tawau dari Nunukan naik speedboat cuma sejam.
Di sana aku lihat pasar rombengan di Sabindo, besar banget dan rame orang Indonesia.
Guide kami mengingatkan kalau bawa karung pakaian bekas pulang bisa ditangkap Bea Cukai.
Jadi aku cuma beli kopi Tenom dan kue lapis. Aman 😄
@@ post|travel_caption_long|0111
Jalan-jalan ke Makassar belum lengkap tanpa coto, pisang epe, dan... lihat-lihat cakar di Pasar Terong kata temanku.
Suasananya ramai, pedagang menawarkan dengan logat khas.
Aku cuma foto-foto buat konten, gak belanja.
Favoritku tetap es pisang ijo di dekat Pantai Losari.
@@ post|travel_caption_long|0111
Hari kedua di Jayapura: pagi ke Pantai Base G, siang ke Pasar Youtefa.
Di pasar ada deretan lapak cabo, mama-mama sibuk memilih jaket buat dibawa ke pegunungan.
Aku beli pinang dan sayur lilin saja untuk oleh-oleh.
Sore ditutup dengan sunset di Bukit Jokowi.
@@ post|travel_caption_long|0111
Sekaten tahun ini sepi stand awul-awul, beda sama waktu aku kecil.
Dulu ibu selalu ngajak ngawul, cari jaket buat aku sekolah.
Sekarang yang rame stand makanan dan wahana.
Nostalgia boleh, tapi aku ngerti kenapa dilarang.
"""
