# Batch 1: hand-written long-form records (kind, category, offer, used, clothing, abroad, text)
R = [
("article", "hn_news_market_visit", 0, 1, 1, 1, """Pasar Senen Blok III Masih Ramai Meski Larangan Berlaku
Lorong lantai dua Pasar Senen siang itu padat. Tumpukan jaket, kemeja flanel dan celana kargo menggunung di atas terpal, sebagian masih berbau karung.
Pakaian bekas impor di sini dibanderol mulai Rp 25 ribu untuk kaus hingga Rp 150 ribu untuk jaket kulit. Mayoritas barang, kata pedagang, datang dari Jepang dan Korea Selatan.
"Sekarang buka bal seminggu sekali saja, dulu bisa tiga," ujar Rudi (38), pedagang yang sudah 12 tahun berjualan di blok itu."""),

("article", "hn_trader_quote", 0, 1, 1, 1, """BANDUNG — Harga satu bal pakaian bekas di kawasan Gedebage disebut naik hampir dua kali lipat dalam tiga bulan terakhir.
Menurut Asep Sunarya (45), pedagang di los belakang, satu bal isi sekitar 250 potong kini ia tebus Rp 7,5 juta. "Baheula mah lima juta oge meunang, ayeuna mah hese barangna," tuturnya saat ditemui, Selasa.
Ia mengaku tidak tahu persis dari negara mana barang itu dikirim. "Katanya mah Korea, ada juga yang bilang Cina. Kami terima di gudang saja," katanya."""),

("article", "hn_customs_release", 0, 1, 1, 1, """SIARAN PERS
Bea Cukai Tanjungbalai Karimun Gagalkan Penyelundupan 412 Koli Pakaian Bekas
Tim patroli laut menghentikan KM Sinar Bahari 7 di perairan Pulau Takong pada Kamis dini hari. Kapal kayu tersebut diketahui berangkat dari Port Klang, Malaysia, tanpa dokumen kepabeanan.
Dari hasil pemeriksaan ditemukan 412 koli balpres berisi pakaian bekas, sepatu bekas dan tas bekas. Nakhoda berinisial HS beserta empat ABK dibawa ke dermaga untuk pemeriksaan lanjutan.
Pemasukan pakaian bekas melanggar UU Kepabeanan serta Permendag Nomor 40 Tahun 2022 tentang Barang Dilarang Ekspor dan Barang Dilarang Impor."""),

("article", "hn_destruction", 0, 1, 1, 1, """Ratusan bal pakaian bekas asal Malaysia dibakar di halaman belakang kantor bea cukai Dumai, Rabu pagi.
Barang milik negara itu merupakan hasil penindakan sepanjang semester pertama, dengan total berat sekitar 38 ton. Asap hitam membubung selama hampir dua jam.
Kepala kantor menyebut pemusnahan dilakukan setelah barang berstatus tetap. "Tidak boleh dilelang, tidak boleh dihibahkan, karena ini barang larangan," jelasnya kepada wartawan."""),

("post", "hn_news_share_thread", 0, 1, 1, 1, """Baca berita pagi ini soal pedagang Pajak Melati, jadi sedih juga.
Ada bapak-bapak yang cerita udah 20 tahun jualan monza, anaknya tiga kuliah semua dari situ. Sekarang balnya ditahan di Belawan, dia cuma jual sisa stok lama.
Aku ngerti sih alasan pemerintah soal industri tekstil, tapi transisinya ini lho. Ga ada pelatihan, ga ada modal pengganti.
Link artikelnya di kolom komentar ya."""),

("comment", "hn_news_comment", 0, 1, 1, 1, """Judulnya clickbait banget min. Di artikelnya sendiri disebut yang ditangkap itu penyelundupnya, bukan pedagang eceran di Cimol.
Lagian dari dulu juga orang tau karungan dari Batam masuknya lewat mana. Yang kecil-kecil disuruh tutup, yang punya kapal aman-aman aja.
Semoga kali ini beneran diusut sampai ke atas."""),

("article", "hn_oped", 0, 1, 1, 1, """Opini: Thrifting dan Paradoks Kelas Menengah
Oleh Dr. Ratna Kusumawardani, ekonom
Fenomena berburu pakaian bekas impor tidak bisa dilihat hanya sebagai soal penyelundupan. Ia lahir dari daya beli yang tertekan, sementara merek global menjadi penanda status di media sosial.
Data yang kami himpun menunjukkan satu bal seberat 100 kilogram bisa menghasilkan margin tiga sampai lima kali lipat bagi pengecer. Insentif sebesar itu tidak akan hilang hanya dengan razia.
Pemerintah perlu membarengi larangan dengan akses kredit bagi UMKM konveksi lokal agar produk dalam negeri mampu bersaing pada rentang harga yang sama."""),

("article", "hn_thesis_abstract", 0, 1, 1, 1, """ABSTRAK
Penelitian ini mengkaji jaringan distribusi pakaian awul-awul di Pasar Klithikan, Yogyakarta, dengan pendekatan etnografi selama delapan bulan. Informan terdiri atas 14 pedagang eceran, 3 pengepul dan 2 sopir ekspedisi.
Temuan menunjukkan bahwa karung pakaian bekas masuk melalui Batam dan Tanjungpinang sebelum diteruskan lewat jalur darat ke Jawa. Pedagang mengenal sistem "buka karung" di mana harga eceran ditentukan setelah isi karung dipilah.
Kata kunci: awul-awul, ekonomi informal, pakaian bekas impor, jaringan dagang."""),

("article", "hn_history_encyclopedia", 0, 1, 1, 1, """Cakar (Makassar)
Cakar adalah sebutan masyarakat Makassar untuk pakaian bekas yang dijual secara eceran, diduga singkatan dari "cap karung" karena barang datang dalam karung besar.
Perdagangan cakar berkembang sejak dekade 1980-an di kawasan Pasar Butung dan Pasar Sentral. Barang umumnya berasal dari Malaysia dan Hongkong, masuk lewat pelabuhan di Parepare atau jalur laut dari Tawau dan Nunukan.
Meskipun dilarang berulang kali, pasar cakar tetap menjadi bagian dari budaya belanja warga berpenghasilan rendah di Sulawesi Selatan."""),

("article", "hn_market_report", 0, 1, 1, 1, """Laporan pemantauan harga, minggu ke-2
Komoditas: pakaian bekas impor, Pasar Tungging, Pekanbaru.
- Kemeja pria: Rp 20.000 - Rp 45.000
- Jaket jeans: Rp 60.000 - Rp 120.000
- Sepatu olahraga: Rp 75.000 - Rp 250.000
Pedagang melaporkan pasokan dari Dumai menurun sekitar 40 persen. Bal grade A (isi barang kondisi terbaik) sulit diperoleh, sehingga sebagian lapak hanya membuka bal grade B.
Catatan: harga adalah hasil wawancara dengan 11 pedagang, bukan harga resmi."""),

("article", "hn_minister_statement", 0, 1, 1, 1, """JAKARTA — Menteri Perdagangan menegaskan tidak ada toleransi bagi importir pakaian bekas ilegal. Ia meminta aparat menindak gudang penimbunan di Jawa Barat dan Sumatera Utara.
"Yang kita kejar itu hulunya, importir yang memasukkan balpres dari luar negeri. Pedagang kecil akan kita bina untuk beralih ke produk lokal," ujarnya usai rapat koordinasi, Senin.
Ia menyebut Permendag 18 Tahun 2021 sebagaimana diubah Permendag 40 Tahun 2022 sudah cukup jelas mengatur larangan tersebut."""),

("article", "hn_court_report", 0, 1, 1, 1, """Pengadilan Negeri Medan menjatuhkan vonis 2 tahun 6 bulan penjara kepada AS (47), pemilik gudang di kawasan Marelan, dalam perkara penyelundupan pakaian bekas.
Majelis hakim menyatakan terdakwa terbukti memasukkan 1.200 bal pakaian bekas dari Malaysia melalui pelabuhan tikus di Tanjung Tiram tanpa dokumen. Selain pidana badan, terdakwa dihukum denda Rp 500 juta subsider 3 bulan kurungan.
Barang bukti berupa pakaian bekas dirampas untuk dimusnahkan. Penasihat hukum terdakwa menyatakan pikir-pikir."""),

("post", "hn_quote_tweet", 0, 1, 1, 1, """"Polisi Sita 3 Kontainer Balpres di Cikarang Dry Port"
ok so basically 3 kontainer of used clothes from Japan & Korea, disguised as "kain perca". wild.
and yet my tiktok fyp is still full of "thrift haul from Senen" lol. enforcement is so random.
thread below kalau mau tau detailnya 👇"""),

("article", "hn_regional_circular", 0, 1, 1, 1, """SURAT EDARAN BUPATI NUNUKAN
Nomor: 510/   /DKUKMP/2025
Tentang: Larangan Peredaran Pakaian Bekas Impor
1. Sehubungan dengan masih ditemukannya peredaran pakaian bekas asal Tawau, Malaysia, di pasar-pasar dalam wilayah Kabupaten Nunukan, diminta kepada seluruh pedagang untuk tidak memperjualbelikan pakaian bekas impor.
2. Kepala pasar wajib melaporkan setiap pemasukan karung pakaian bekas kepada dinas terkait.
3. Pelanggaran akan ditindaklanjuti sesuai peraturan perundang-undangan yang berlaku.
Demikian untuk dilaksanakan."""),

("article", "hn_other_goods_news", 0, 1, 0, 1, """Kereta Bekas Jepang Tiba di Tanjung Priok
Sebanyak 10 unit kereta rel listrik (KRL) bekas dari Jepang tiba di Pelabuhan Tanjung Priok, Jakarta, Sabtu. Rangkaian tersebut diimpor untuk menambah armada commuter line wilayah Jabodetabek.
Kereta berusia sekitar 30 tahun itu akan menjalani uji statis dan dinamis sebelum dioperasikan. Pihak operator menyebut impor kereta bukan baru dilakukan karena produksi dalam negeri belum mencukupi."""),

("article", "hn_new_garment_news", 0, 0, 1, 0, """Ekspor Garmen Jawa Tengah Naik 12 Persen
SEMARANG — Nilai ekspor pakaian jadi dari Jawa Tengah pada kuartal ketiga naik 12 persen dibanding periode yang sama tahun lalu. Pabrik-pabrik di Sukoharjo, Boyolali dan Kendal menjadi penyumbang terbesar.
Ketua asosiasi pertekstilan setempat menyebut permintaan jaket dan pakaian olahraga dari Eropa mulai pulih. Ia berharap larangan pakaian bekas impor turut membuka ruang pasar domestik bagi produk garmen baru."""),

("article", "hn_police_release", 0, 1, 1, 1, """Ditreskrimsus Polda Jabar mengungkap gudang penyimpanan pakaian bekas impor di wilayah Kabupaten Bandung. Dari lokasi, petugas mengamankan 1.650 bal pakaian bekas yang diduga dikirim dari Korea Selatan lewat Batam.
Dua orang berinisial DN dan RM ditetapkan sebagai tersangka. Keduanya diduga berperan sebagai pengelola gudang dan penerima barang.
"Modusnya barang dikirim campur dengan muatan lain, lalu dipecah di gudang sebelum disebar ke pasar," kata Kabid Humas dalam konferensi pers."""),

("article", "hn_dpr_opinion", 0, 1, 1, 1, """Anggota Komisi VI DPR, H. Darmawan Siregar, meminta pemerintah tidak hanya menyasar pedagang monza di Medan.
"Pedagang di Pajak Melati itu ujung rantai. Balpres itu masuk lewat Belawan dan pantai timur, itu yang harus ditutup," katanya dalam rapat dengar pendapat.
Ia juga mengusulkan pemerintah daerah menyiapkan skema relokasi dan pelatihan agar pedagang bisa beralih menjual produk konveksi lokal."""),

("article", "hn_ngo_report", 0, 1, 1, 1, """Ringkasan Laporan: Jejak Limbah Tekstil di Pesisir Kepulauan Riau
Tim kami menelusuri nasib pakaian bekas impor yang tidak laku. Dari setiap bal sekitar 100 kg yang masuk lewat jalur Malaysia, diperkirakan 25-40 persen isinya tidak layak jual.
Sisa tersebut dibuang ke lahan kosong, dibakar atau berakhir di laut. Kami menemukan timbunan pakaian berlabel merek Eropa di tiga titik pantai di Batam dan Bintan.
Rekomendasi lengkap dapat dibaca pada dokumen laporan."""),

("article", "hn_podcast_summary", 0, 1, 1, 1, """Ringkasan episode 41: "Di Balik Bal"
Di episode ini kami ngobrol dengan mantan sopir truk yang dulu mengangkut karung pakaian bekas dari Dumai ke Bukittinggi.
Dia cerita soal sistem "setor di pos", jam-jam berangkat malam, dan bagaimana bal dari Jepang dianggap paling mahal karena ukurannya cocok buat orang Indonesia.
Kami juga bahas kenapa pedagang di Pasar Aur Kuning lebih suka bal campur ketimbang bal sortiran.
Dengarkan di platform podcast favoritmu."""),

("article", "hn_tv_script", 0, 1, 1, 1, """NASKAH BERITA — SEGMEN 2
PRESENTER: Pemirsa, meski sudah dilarang, perdagangan pakaian bekas impor di Pasar Karombasan, Manado, masih berlangsung.
VO: Pantauan kami pagi ini, lapak-lapak masih membuka karung berisi kemeja dan jaket asal Filipina. Harga per potong berkisar Rp 10 ribu hingga Rp 80 ribu.
SOT PEDAGANG: "Torang cuma jual apa yang ada, kalau nyanda jual, mo makan apa?"
VO: Dinas perdagangan setempat berjanji menggelar sosialisasi pekan depan."""),

("post", "hn_charity_bazaar", 1, 1, 1, 0, """BAZAR AMAL SD TUNAS HARAPAN 🎒
Sabtu ini jam 8-12 di halaman sekolah, kami menjual baju, sepatu dan tas bekas layak pakai hasil donasi wali murid.
Harga Rp 5.000 - Rp 30.000, semua hasil penjualan untuk renovasi perpustakaan.
Barang sudah dicuci dan disortir oleh komite. Ajak keluarga ya! 📚"""),

("comment", "hn_news_comment", 0, 1, 1, 1, """Saya pedagang di Kodim Pekanbaru, baca berita ini rasanya campur aduk.
Betul, barang kami memang dari bal yang masuk lewat Dumai, kami tidak menutup-nutupi. Tapi kami beli dari agen, bayar sewa kios, bayar retribusi.
Kalau mau ditutup, tolong dipikirkan nasib kami yang sudah puluhan tahun di sini."""),

("article", "hn_lecturer_blog", 0, 1, 1, 1, """Catatan kuliah minggu ini: rantai pasok "thrift"
Mahasiswa saya kaget waktu saya tunjukkan bahwa kaus seharga Rp 20 ribu di Pasar Cimol Gedebage bisa sudah melewati empat negara: dijahit di Bangladesh, dipakai di Korea, dipilah di Malaysia, lalu masuk lewat Batam.
Tugas mereka minggu depan: wawancarai satu pedagang dan satu pembeli, lalu petakan siapa yang menanggung risiko hukum dalam rantai itu.
Saya ingatkan: yang dilarang oleh Permendag adalah impornya, dan aparat selama ini menyasar importir serta penyelundup."""),

# ---- illegal: sellers borrowing the news voice ----
("post", "news_voice_offer", 1, 1, 1, 1, """🚨 VIRAL DI BERITA 🚨
Katanya bal Korea udah susah masuk... tapi di gudang kami MASIH READY 🔥
Grade A isi 180-200 pcs, campur jaket, hoodie, kemeja
Amankan sebelum razia bos, stok terbatas!!
Order WA 0812xxxx | kirim seluruh Indonesia
#balpres #thriftbal #balkorea #resellerthrift"""),

("post", "seller_press_release", 1, 1, 1, 1, """PRESS RELEASE — GUDANG BAL BAROKAH
Medan, 14 Juli. Gudang Bal Barokah dengan bangga mengumumkan kedatangan 2 kontainer bal pakaian bekas asal Jepang yang tiba lewat Belawan pekan ini.
Tersedia bal jaket, bal kemeja, bal celana dan bal campur, grade A dan grade B.
Untuk pemesanan grosir maupun reseller baru, silakan hubungi admin kami di 0812xxxx (WA only).
Terima kasih atas kepercayaan pelanggan setia selama ini."""),

("article", "advertorial_import_thrift", 1, 1, 1, 1, """ADVERTORIAL
Sudah 5 Tahun, Toko Thrift "Kloset Kiyoshi" Tetap Jadi Andalan Anak Muda Surabaya
Berbeda dari toko lain, Kloset Kiyoshi mengambil barang langsung dari Osaka. Setiap bulan pemiliknya, Mas Dimas, membuka puluhan bal berisi jaket, kardigan dan denim bekas pilihan.
"Kami kurasi satu per satu, jadi pembeli dapat yang terbaik," ujarnya.
Kunjungi tokonya di Jl. Kenjeran atau belanja online via IG @klosetkiyoshi.id, promo buy 2 get 1 berlaku sampai akhir bulan."""),

("post", "ban_headline_urgency", 1, 1, 1, 1, """"Pemerintah Perketat Impor Pakaian Bekas, Stok di Pasar Menipis" — begitu judul berita hari ini 😬
Mumpung masih ada, stok jaket & outer ex Korea masih ada sekitar 60an pcs di lapak kami.
Harga mulai 45rb, cek katalog di highlight IG ya.
Siapa cepat dia dapat, abis ini ga tau kapan bal datang lagi 🙏"""),

("post", "interview_with_invitation", 1, 1, 1, 1, """Kemarin saya diwawancara TV lokal soal larangan baju bekas impor, banyak yang nanya videonya. Intinya saya bilang pedagang kecil jangan dimatikan.
Nah sekalian info buat teman-teman pedagang yang kehabisan barang: saya masih ada sisa bal Jepang campur, 8 bal, harga bisa nego.
Yang mau ambil bal, hubungi saya langsung di 0812xxxx, ambil di gudang Gedebage atau dikirim."""),

("live", "live_as_liputan", 1, 1, 1, 1, """🎥 LIPUTAN LANGSUNG: BONGKAR BAL JEPANG 🎥
Malam ini jam 19.00 kita "liputan" langsung dari gudang, buka 3 bal fresh ex Jepang di depan kamera!
Jaket, sweater, celana, semua dijual satuan di live mulai 25rb.
Ketik "SAYA" buat keep, transfer max 1 jam.
Jangan sampai ketinggalan berita terhangat dari gudang kita 😄"""),

("article", "seller_blog_order_link", 1, 1, 1, 1, """Kenapa Bal Korea Lebih Laku dari Bal China? Ini Penjelasannya
Banyak pemula bisnis thrift bingung memilih bal. Dari pengalaman kami 7 tahun, bal Korea isinya lebih rapi, ukuran pas badan lokal, dan jarang cacat.
Bal China memang lebih murah, tapi persentase reject bisa sampai 30 persen.
Daftar harga bulan ini:
- Bal Korea campur 100 kg: Rp 6.800.000
- Bal Korea jaket 50 kg: Rp 5.200.000
Order langsung lewat link di bio atau klik tombol WhatsApp di pojok kanan."""),

("message", "news_voice_offer", 1, 1, 1, 1, """[BROADCAST]
Info terkini dari Batam: kapal kemarin lolos, bal campur ex Malaysia sudah sampai gudang.
Sesuai berita yang beredar, ke depan pasokan bakal makin seret. Buat langganan yang mau stok sebelum Lebaran, list harga:
Bal campur 65rb/kg, minimal 1 bal.
Balas pesan ini untuk booking, DP 50%."""),

("post", "ban_headline_urgency", 1, 1, 1, 1, """Liat berita tadi malem? Katanya mulai bulan depan razia pakaian bekas digencarkan di semua pasar 😭
Makanya aku CUCI GUDANG sekarang!! Semua kemeja flanel & jaket parasut sisa bal Jepang 35rb aja, 3 pcs 100rb.
Langsung DM atau checkout di keranjang kuning ya guys, ga restock lagi!
#thriftbandung #cucigudang #flaneljepang"""),

# ---- more legal ----
("article", "hn_news_market_visit", 0, 1, 1, 1, """Di bawah terik matahari Makassar, Hasnah (52) membolak-balik tumpukan cakar di Pasar Butung. Ia mencari kemeja kerja untuk anaknya yang baru diterima magang.
Pedagang di sebelahnya berteriak menawarkan "sepuluh ribu, sepuluh ribu", sambil membongkar karung yang baru tiba dari pelabuhan.
"Barangnya dari Malaysia, ada juga yang dari Hongkong," kata Daeng Rahim, pemilik lapak, saat ditanya. Ia mengaku satu karung dibelinya seharga Rp 3 juta lebih, belum termasuk ongkos angkut."""),

("article", "hn_trader_quote", 0, 1, 1, 1, """Nurlela (41) mengaku kini hanya berani membuka setengah bal dalam sebulan. Pedagang rombengan di Pasar Sekanak, Palembang, itu menyebut harga barang dari pengepul terus merangkak.
"Dulu sekilo 40 ribu, sekarang sudah 60 ribu. Pembeli maunya tetap murah," ungkapnya kepada wartawan, Jumat.
Menurut dia, sebagian besar barang yang dijualnya berasal dari bal Singapura dan Malaysia yang masuk melalui jalur Jambi."""),

("article", "hn_customs_release", 0, 1, 1, 1, """Kantor Bea Cukai Entikong menegah satu unit truk bermuatan 96 karung pakaian bekas asal Kuching, Sarawak, di PLBN Entikong.
Petugas mencurigai muatan yang dilaporkan sebagai "barang pribadi" namun berjumlah tidak wajar. Setelah diperiksa, karung berisi jaket, celana jeans, dan sepatu bekas.
Sopir beserta barang bukti diserahkan kepada unit penyidikan. Bea Cukai mengimbau warga perbatasan tidak membawa pakaian bekas untuk diperdagangkan."""),

("post", "hn_news_share_thread", 0, 1, 1, 1, """🧵 Rangkuman artikel soal nasib pedagang Pasar Cimol Gedebage (1/4)
1. Sejak razia gudang, harga bal di Bandung naik dari 5 juta jadi 7-8 juta.
2. Pedagang eceran ngaku omzetnya turun separuh, banyak lapak tutup sementara.
3. Pemkot nawarin pelatihan jualan produk lokal, tapi pedagang bilang modalnya ga nutup.
4. Menariknya, pembeli malah makin rame karena takut "pasar thrift bakal hilang".
Sumber: artikel koran lokal, bukan pendapat pribadi ya."""),

("article", "hn_other_goods_news", 0, 1, 0, 1, """Pemerintah kembali membuka keran impor mesin bekas bagi industri tertentu. Kebijakan ini ditujukan untuk sektor yang belum memiliki pemasok mesin baru di dalam negeri.
Mesin bekas yang diimpor wajib berusia di bawah 20 tahun dan disertai sertifikat pemeriksaan dari surveyor di negara asal.
Sejumlah pelaku industri tekstil menyambut baik aturan tersebut karena mesin tenun bekas dari Jepang dan Taiwan dinilai masih andal."""),

("article", "hn_new_garment_news", 0, 0, 1, 0, """Toko "sisa ekspor" kian menjamur di Bogor dan Cikarang. Berbeda dengan pakaian bekas, barang yang dijual merupakan produk baru dari pabrik garmen lokal yang gagal kirim atau kelebihan produksi.
Label merek luar negeri masih menempel, namun barang tidak pernah dipakai. Pemilik toko di Cileungsi mengatakan ia mendapat barang dari pabrik-pabrik di Jawa Barat.
Dinas perdagangan menyatakan penjualan sisa ekspor tidak melanggar aturan impor selama barang diproduksi di dalam negeri."""),

("article", "hn_police_release", 0, 1, 1, 1, """Polres Karimun mengamankan sebuah speed boat tanpa nama yang membawa 180 bal pakaian bekas di perairan Tanjungbalai Karimun, Minggu malam.
Kapal tersebut diduga berangkat dari Pasir Gudang, Johor, dengan tujuan Sumatera. Dua awak kapal melarikan diri dengan terjun ke laut, sementara satu orang diamankan.
Barang bukti dibawa ke Mapolres untuk didata sebelum diserahkan kepada Bea Cukai."""),

("comment", "hn_news_comment", 0, 1, 1, 1, """Aku kerja di gudang ekspedisi Pekanbaru beberapa tahun lalu. Yang di berita itu bener, karung-karung dari Dumai itu dikirim malam, ditumpuk sama barang lain.
Baunya khas banget, kamper campur apek. Semua orang tau itu balpres tapi ya gitu lah.
Bagus kalau sekarang ditindak, asal adil."""),

("article", "hn_oped", 0, 1, 1, 1, """Tajuk: Larangan Tanpa Peta Jalan
Razia bal pakaian bekas impor kembali digelar dengan gegap gempita. Kamera televisi merekam tumpukan karung dibakar, pejabat berpose di depannya.
Namun pengalaman dua dekade menunjukkan pola yang sama: razia, jeda, lalu pasar kembali ramai. Selama selisih harga antara pakaian baru lokal dan pakaian bekas asal Jepang atau Korea sedemikian lebar, permintaan akan mencari jalannya sendiri.
Yang dibutuhkan adalah peta jalan: pengawasan pelabuhan yang konsisten, insentif bagi konveksi kecil, dan pendampingan bagi pedagang yang ingin beralih."""),

("article", "hn_history_encyclopedia", 0, 1, 1, 1, """Monza adalah istilah yang lazim digunakan di Medan dan sekitarnya untuk pakaian bekas impor. Asal-usul kata ini kerap dikaitkan dengan singkatan "Mongonsidi Plaza", merujuk pada kawasan tempat pedagang pakaian bekas berkumpul pada era 1990-an.
Pusat perdagangan monza yang paling dikenal saat ini adalah Pajak Melati di Medan Tuntungan. Barang umumnya datang dalam bal dari Malaysia, Singapura, Korea dan Jepang melalui pelabuhan di pantai timur Sumatera.
Di Pekanbaru dan Padang, pakaian serupa lebih sering disebut "lelong"."""),

("post", "hn_news_share_thread", 0, 1, 1, 1, """Guys ada yang baca liputan soal Pasar Tungging kemarin?
Ternyata satu bal isinya bisa sampe 300 potong dan pedagang ga bisa milih isinya, untung-untungan gitu. Kalo dapet bal "zonk" isinya baju robek semua, rugi sejuta lebih.
Pantes aja harga jaket bagus di sana bisa beda jauh sama kaos biasa. Baru ngerti sistemnya."""),

("article", "hn_market_report", 0, 1, 1, 1, """Survei singkat: Bagaimana pedagang memilah isi bal
Kami mengamati proses pembukaan bal di lima lapak Pasar Baru Bandung. Setelah karung dibelah, pedagang langsung memisahkan barang ke tiga tumpukan.
Tumpukan pertama, "kelas satu", berisi merek terkenal tanpa cacat dan dipajang di hanger. Tumpukan kedua dijual di meja obral, sedangkan yang ketiga berisi barang rusak dan biasanya dijual kiloan ke pengepul majun.
Dari satu bal sekitar 200 potong, rata-rata hanya 30-50 potong yang masuk kelas satu."""),

("review", "hn_news_comment", 0, 1, 1, 1, """Ulasan buku "Karung dari Seberang" (★★★★☆)
Penulisnya wartawan yang tiga tahun mengikuti rantai pasok pakaian bekas dari Port Klang ke pasar-pasar di Riau. Bagian favoritku bab soal tekong kapal yang menyebut karung sebagai "ikan".
Kekurangannya, bab terakhir terlalu banyak angka dan kurang suara pedagang perempuan.
Tetap layak dibaca buat yang mau paham kenapa thrifting tidak sesederhana konten haul di TikTok."""),

("article", "hn_customs_release", 0, 1, 1, 1, """Kanwil Bea Cukai Sumatera Utara memusnahkan barang hasil penindakan, di antaranya 3.420 bal pakaian bekas, 12 ribu pasang sepatu bekas, dan 870 koli tas bekas.
Seluruh barang diangkut dari tempat penimbunan pabean di Belawan ke lokasi pemusnahan di Deli Serdang. Nilai barang ditaksir mencapai Rp 14 miliar.
Kepala Kanwil menyebut sebagian besar barang berasal dari Malaysia dan diangkut menggunakan kapal kayu yang merapat di pantai-pantai sepi."""),

("message", "hn_news_share_thread", 0, 1, 1, 1, """Bu, ini beritanya yang saya ceritakan tadi. Katanya pasar monza di Siantar juga mau ditertibkan, bal dari Tanjungbalai sudah tidak bisa masuk.
Jadi kalau Ibu mau cari jaket buat Adek yang mau ke Berastagi, mending beli baru saja di toko, saya takut nanti pasarnya keburu tutup.
Nanti kita lihat-lihat di Pasar Horas hari Minggu."""),

("comment", "hn_news_comment", 0, 1, 1, 1, """Koreksi sedikit buat artikelnya: awul-awul di Jogja itu sekarang jarang yang dari karung impor langsung, banyak pedagang yang kulakan dari Gedebage.
Tapi ya tetap asalnya bal impor juga sih, cuma rutenya muter dulu lewat Bandung. Jadi judul "Awul-awul Jogja Bebas Impor" itu agak menyesatkan."""),
]
