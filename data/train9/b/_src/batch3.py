# Batch 3: blog paragraphs, short news (article) and reviews, written by hand.
RECORDS = [
("article", "hn_news_short", 0, 1, 1, 1, """PEKANBARU – Petugas gabungan menggagalkan pengiriman 212 koli pakaian bekas dari Malaysia yang diangkut truk ekspedisi di jalan lintas Dumai–Pekanbaru, Selasa malam.
Sopir mengaku hanya dibayar untuk membawa muatan ke sebuah gudang di pinggiran kota.
Kasus ini kini ditangani penyidik dan barang bukti diamankan di kantor bea cukai setempat."""),
("article", "hn_blog_essay", 0, 1, 1, 1, """Awul-awul, Sebuah Ingatan
Waktu kecil saya mengira awul-awul adalah nama toko. Baru ketika kuliah di Jogja saya tahu itu cara membeli: mengaduk tumpukan baju sampai tangan kotor.
Kata penjualnya, baju-baju itu datang dari Jepang dan Korea, dalam karung yang dipres keras seperti batu bata.
Sekarang saya menulis tentang larangan impornya, dan rasanya seperti menulis obituari untuk masa kecil sendiri."""),
("article", "hn_blog_lecturer", 0, 1, 1, 1, """Dalam kuliah Ekonomi Pembangunan minggu ini kami membahas rantai pasok pakaian bekas impor.
Barang berangkat dari pusat sortir di Malaysia atau Singapura, masuk lewat pelabuhan tikus di pesisir timur Sumatra, lalu dikirim ke Bandung dan Jakarta.
Mahasiswa saya terkejut bahwa satu bal bisa berpindah tangan lima kali sebelum sampai ke gantungan kios.
Pertanyaan diskusinya: siapa yang paling diuntungkan dari rantai ini, dan siapa yang paling dirugikan oleh larangan?"""),
("article", "hn_blog_student", 0, 1, 1, 1, """Tugas Jurnalistik: Profil Pasar Senen Blok III
Lantai dua gedung ini dipenuhi gantungan jaket dan kemeja bekas. Suara lakban dibuka, karung dirobek, orang menawar.
Seorang pedagang yang saya wawancarai, sebut saja Bang Ipul, bilang pengunjung kini kebanyakan anak muda yang datang karena video TikTok.
"Dulu yang beli sopir angkot, sekarang konten kreator," katanya sambil tertawa."""),
("article", "hn_news_short", 0, 1, 1, 1, """BATAM – Sebanyak 1.300 karung pakaian bekas impor ditemukan dalam kontainer yang dokumennya menyebut isi "kain perca".
Petugas curiga karena bobot kontainer tidak sesuai manifest.
Pemilik barang masih ditelusuri. Kepala kantor menyebut pengawasan di pelabuhan rakyat akan diperketat menjelang akhir tahun."""),
("article", "hn_explainer", 0, 1, 1, 1, """Kenapa impor baju bekas dilarang? Ringkasnya begini.
Permendag 18/2021, yang diubah dengan Permendag 40/2022, memasukkan pakaian bekas ke daftar barang dilarang impor.
Alasannya: kesehatan (risiko jamur dan bakteri), perlindungan industri tekstil dalam negeri, dan limbah tekstil yang ikut terbuang di sini.
Yang dilarang adalah impornya. Menjual baju bekas milik sendiri tidak termasuk."""),
("article", "hn_opinion_column", 0, 1, 1, 1, """Kolom: Razia Bukan Jawaban Tunggal
Setiap kali ada razia besar, televisi memutar gambar tumpukan bal yang dibakar. Tapi sebulan kemudian, pasar-pasar thrifting terisi kembali.
Masalahnya ada di hulu: pelabuhan kecil di Riau dan Kalimantan yang nyaris tak terawasi, dan permintaan yang tetap tinggi.
Tanpa pakaian baru yang murah dan layak, razia hanya memindahkan lapak dari satu gang ke gang lain."""),
("article", "hn_news_short", 0, 1, 1, 1, """Pedagang pakaian bekas di Pasar Cakar Antang, Makassar, mengeluhkan pasokan karung yang menurun drastis dalam tiga bulan terakhir.
"Biasanya datang dari Parepare tiap minggu, sekarang tidak menentu," kata seorang pedagang.
Beberapa kios mulai beralih menjual pakaian baru dari Tanah Abang."""),
("article", "hn_blog_essay", 0, 1, 1, 1, """Bagi saya, thrifting dulu soal menemukan. Kemeja flanel dengan nama sekolah Amerika di saku, jaket kerja berlogo pabrik di Osaka.
Setiap baju bekas punya cerita orang yang tak pernah saya kenal.
Tapi setelah membaca soal gunung limbah tekstil di Ghana dan Chile, saya mulai bertanya: apakah kita juga sedang jadi tempat buangan?
Saya belum berhenti sepenuhnya. Tapi saya sekarang lebih banyak membeli preloved dari teman."""),
("article", "hn_news_short", 0, 1, 1, 1, """ENTIKONG – Aparat perbatasan mengamankan tiga mobil bak terbuka bermuatan baju bekas yang diduga berasal dari Kuching.
Barang disembunyikan di bawah tumpukan sayur.
Ketiga sopir mengaku tidak tahu isi muatan dan kini dimintai keterangan."""),
("article", "blog_shop_promo", 1, 1, 1, 1, """Rekomendasi Tempat Thrifting di Bandung (Update Bulan Ini)
Kalau kamu nyari jaket bekas impor yang udah disortir rapi, mampir ke Gudang Kalapa Thrift di Jl. Kebon Kalapa, dekat terminal. Barangnya dari bal Jepang dan Korea, dibuka tiap Selasa dan Jumat.
Pemiliknya ramah, bisa nego kalau ambil banyak. Mereka juga jualan online, cek IG @gudangkalapa.thrift atau WA 0812xxxx.
Tips: datang pagi, bawa kantong sendiri."""),
("article", "hn_blog_guide", 0, 1, 1, 1, """Panduan Pemula Thrifting yang Aman
1. Periksa jahitan di ketiak dan selangkangan, bagian paling sering sobek.
2. Cium baunya. Bau apek bisa hilang, bau kapur barus pekat biasanya menandakan barang lama di gudang.
3. Cek resleting dan kancing.
4. Rendam semua hasil belanja dengan air panas sebelum dipakai.
Artikel ini tidak merekomendasikan penjual mana pun."""),
("article", "hn_news_short", 0, 1, 1, 1, """Kementerian Perdagangan menyatakan akan memfasilitasi pedagang pakaian bekas yang ingin beralih menjual produk lokal.
Program ini mencakup pelatihan dan akses ke pemasok garmen dalam negeri.
Sejumlah pedagang di Pasar Gedebage menilai program tersebut belum menjawab persoalan modal."""),
("article", "hn_upcycling_story", 0, 1, 1, 0, """Di sebuah rumah di Klaten, Mbak Tari dan tiga tetangganya menjahit ulang pakaian bekas sumbangan warga menjadi tas, sarung bantal, dan keset.
Tak ada satu pun bahan yang berasal dari luar negeri; semuanya dari lemari warga sekitar.
"Kami ingin menunjukkan baju lama bisa punya hidup kedua tanpa harus impor," katanya."""),
("article", "hn_news_short", 0, 0, 1, 1, """Impor pakaian jadi baru dari Tiongkok naik sepanjang semester pertama, menurut data BPS.
Asosiasi pertekstilan meminta pemerintah memperketat pengawasan, bukan hanya pada pakaian bekas, tetapi juga pakaian baru murah yang masuk lewat jalur e-commerce.
Menurut mereka, dampaknya bagi industri lokal tak kalah berat."""),
("article", "hn_other_goods_used", 0, 1, 0, 1, """Kardus bekas impor kembali menjadi sorotan setelah ditemukan tercampur sampah plastik di sebuah pabrik kertas di Jawa Timur.
Pegiat lingkungan meminta pemerintah memperketat pemeriksaan impor bahan baku daur ulang.
Pabrik menyatakan telah mengembalikan kontainer yang bermasalah ke negara asal."""),
("article", "hn_trader_story", 0, 1, 1, 1, """"Saya buka lapak ini sejak 2005," kata Pak Darto, pedagang rombengan di Pasar Klitikan Solo.
Dulu ia bisa menghabiskan dua karung seminggu. Kini, karung datang dua bulan sekali, itu pun harganya hampir dua kali lipat.
Ia menunjuk tumpukan celana yang tersisa. "Ini stok lama. Setelah ini habis, saya belum tahu."""),
("article", "hn_news_short", 0, 1, 1, 1, """Polres setempat menggelar sosialisasi larangan pakaian bekas impor kepada pedagang Pasar Tungging, Tanjungpinang.
Petugas meminta pedagang tidak lagi menerima kiriman dari kapal-kapal kecil dari Singapura dan Malaysia.
Pedagang meminta waktu untuk menghabiskan stok yang ada."""),
("review", "hn_review_no_seller", 0, 1, 1, 1, """⭐⭐⭐⭐ 4/5
Jaket varsity hasil thrifting, kemungkinan dari bal Jepang karena label dalemnya huruf kanji.
Bahan wol tebel, kancing lengkap, cuma ada noda kecil di lengan kiri.
Setelah direndam dua kali baunya hilang. Untuk harga 70rb ini bagus banget."""),
("review", "hn_review_no_seller", 0, 1, 1, 1, """Review jujur celana cargo hasil ngawul 🤔
+ bahan kanvas tebel, kantong banyak
+ jahitan masih kuat
- ada bekas nama ditulis spidol di dalam pinggang (khas baju bekas Korea wkwk)
- ukurannya lebih gede dari label
Overall 3.5/5, worth 35rb"""),
("review", "review_names_seller", 1, 1, 1, 1, """⭐⭐⭐⭐⭐ Puas banget belanja di Toko Monja Kak Rina!
Sweater dari karungan Korea, kondisinya kayak baru, udah dicuci & disetrika pula.
Pengiriman cepet dari Medan ke Batam 3 hari.
Recommended seller, IG-nya @monja.kakrina, kalian wajib cek 💯"""),
("review", "hn_review_no_seller", 0, 0, 1, 0, """Review sepatu lokal "retro runner" yang lagi viral ⭐⭐⭐⭐
Desainnya mirip sepatu vintage 80an, tapi ini barang baru, buatan pabrik di Tangerang.
Empuk, sol karet lumayan grip. Cuma lemnya agak keliatan di sisi dalam.
Buat yg suka gaya thrift tapi ga mau bekas, ini solusi"""),
("review", "hn_complaint_quality", 0, 1, 1, 1, """⭐ 1/5
Beli kemeja bekas impor di pasar, katanya grade A.
Pas dibuka di rumah ternyata bolong di punggung & bau rokok nyengat banget.
Udah dicuci 4 kali baunya masih nempel. Kapok beli tanpa ngecek teliti."""),
("review", "review_names_seller", 1, 1, 1, 1, """Review paket mystery box thrift 250rb dari @karungjepang.official 📦
Isinya 6 pcs: 2 hoodie, 1 jaket, 3 kaos, semua ori dari bal Jepang.
Hoodie GAP-nya mulus, jaketnya ada noda dikit.
Overall worth it, bakal repeat order. Kalian yg mau cobain langsung DM akunnya ya!"""),
("review", "hn_review_no_seller", 0, 1, 1, 1, """Tas kulit hasil cakar Pasar Butung ⭐⭐⭐⭐
Kulit asli, tebel, tapi bagian tali udah retak. Aku kasih semir kulit, sekarang keliatan seger.
Ga nyangka bisa dapet tas sebagus ini cuma 45rb.
Sayang penjualnya ga ada nama lapaknya, cuma meja di lorong"""),
("review", "hn_review_no_seller", 0, 1, 1, 0, """Ulasan singkat: beli kemeja preloved dari teman sekantor, dia jual karena udah ga muat.
Kondisi 9/10, bahan linen adem.
Asli dibeli baru di Jakarta, jadi jelas asal-usulnya. Jujur lebih tenang beli gini daripada karungan."""),
("review", "review_names_seller", 1, 1, 1, 1, """Bintang 5 untuk Lapak Awul Mas Joko di Pasar Klithikan!
Kemeja & jaket bekas dari bal Korea dipisah rapi per ukuran, harga jelas di gantungan.
Mas Joko juga bisa kirim lewat WA 0812xxxx kalau ga sempet dateng.
Pokoknya langganan aku sekarang 🙌"""),
("review", "hn_review_no_seller", 0, 1, 0, 1, """Review HP second ex Jepang yang aku beli bulan lalu:
Baterai awet, kamera masih jernih, tapi sinyal kadang drop karena ga ada 4G band Indonesia tertentu.
Plus: murah. Minus: ga ada garansi resmi.
Skor 3/5, mikir dua kali sebelum beli."""),
("review", "hn_review_no_seller", 0, 1, 1, 1, """Google review buat Pasar Senen Blok III:
⭐⭐⭐ Tempatnya pengap, lantainya licin, tapi barangnya banyak banget. Jaket impor bekas bertumpuk sampai langit2.
Siapin waktu minimal 3 jam dan masker. Tawar harga setengahnya dulu."""),
("review", "review_names_seller", 1, 1, 1, 1, """Aku kasih 5 bintang buat Roma Jaya Lapak 7 di Pasar Inpres Manado 👍
Pakaian rombengan dari karung Filipina, pilihan kemeja pantai paling lengkap.
Yang pesan online bisa chat IG @romajaya.lapak7, mereka kirim via kapal ke Ternate juga"""),
("review", "hn_complaint_quality", 0, 1, 1, 1, """Sneakers bekas karungan, udah aku pake 2 minggu ⭐⭐
Solnya mulai lepas di ujung, ternyata lem-nya udah rapuh karena barang lama.
Harusnya aku curiga pas liat harganya 50rb buat merek segitu.
Sekarang lagi aku bawa ke tukang sol"""),
("review", "hn_review_no_seller", 0, 1, 1, 0, """Review bazar amal gereja kemarin ⭐⭐⭐⭐⭐
Baju bekas sumbangan jemaat, tertata rapi, harga 5-15rb.
Aku dapet dress batik & sepatu anak.
Senang sekali karena uangnya untuk beasiswa anak sekolah minggu"""),
("article", "hn_news_short", 0, 1, 1, 1, """Tiga orang ditetapkan tersangka dalam kasus penyelundupan 500 bal pakaian bekas melalui Pelabuhan Belawan.
Modusnya, bal dicampur dengan muatan resmi berupa perabot rumah tangga.
Para tersangka dijerat undang-undang kepabeanan dan perdagangan."""),
("article", "hn_blog_essay", 0, 1, 1, 1, """Monza dan Identitas Kota
Orang Medan tumbuh bersama monza. Di Pajak Simpang Limun dan Melati, anak sekolah, guru, dan pejabat pernah berdiri di lorong yang sama mengaduk tumpukan baju dari luar negeri.
Larangan impor mengubah itu: lorong makin sepi, kios berganti papan nama.
Tulisan ini bukan pembelaan, hanya catatan bahwa sebuah kebiasaan kota sedang hilang."""),
]
