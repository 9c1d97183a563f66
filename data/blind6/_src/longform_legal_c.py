# Hand-written multi-line records, LEGAL side, part C.
# Tuple: (kind, category, offer, used, clothing, abroad, text)

RECORDS = [
    # ---- buyer questions ----
    ("post", "hn_buyer_question", 0, 1, 1, 1, """Mau tanya ke teman-teman yang pernah beli bal 🙏
Aku lagi kepikiran mulai jualan baju second, tapi masih bingung:
1. Bal Korea sama bal Jepang bedanya apa?
2. Grade A itu beneran mulus semua?
3. Kalau barang ketahuan dilarang, risikonya apa aja?
Mohon pencerahan, belum beli apa-apa kok."""),
    ("comment", "hn_buyer_question", 0, 1, 1, 1, """@lia_kusuma kak ini second Jepang beneran atau lokal?
@lia_kusuma soalnya aku takut jamur kalau barang luar
@lia_kusuma terus sudah dicuci belum ya kak?
@lia_kusuma maaf banyak nanya, baru pertama kali mau beli"""),
    ("post", "hn_buyer_question", 0, 1, 1, 1, """Warga Ambon, beta mau tanya 🙏
Cakbo di Mardika masih buka ka seng, setelah ada razia kemarin?
Beta mau cari jaket buat ade yang mau kuliah ke Jawa.
Kalau seng ada, toko baju baru yang murah di mana e?"""),
    ("post", "hn_buyer_question", 0, 1, 1, 1, """Pertanyaan buat yang paham hukum:
Kalau saya beli satu jaket bekas impor buat dipakai sendiri di pasar, apakah saya juga melanggar?
Atau yang dilarang itu hanya importir dan penjualnya?
Saya tidak jual lagi, cuma pakai.
Terima kasih sebelumnya."""),
    ("message", "hn_buyer_question", 0, 1, 1, 1, """Kak, aku lihat di TikTok kakak sering live bongkar karung.
Mau tanya dulu sebelum beli:
- barangnya dari negara mana?
- ada jaket ukuran XXL?
- bisa retur kalau bau?
Belum jadi order ya kak, tanya dulu."""),
    ("post", "hn_buyer_question", 0, 1, 1, 1, """Teman-teman Pontianak, ada yang tau lelong sepatu yang masih buka di sekitar Jalan Gajah Mada?
Kemarin saya ke sana tokonya tutup semua.
Atau sekarang sudah pindah ke online?
Mohon infonya, mau cari sepatu lari ukuran 43."""),
    ("comment", "hn_buyer_question", 0, 1, 1, 1, """@rizky.a bang, RB yang bang jual ini dari Timor Leste kah?
@rizky.a beta dengar itu dilarang, jadi mau tanya dulu
@rizky.a kalau memang dari sana, beta seng jadi beli
@rizky.a terima kasih bang"""),

    # ---- plain reviews ----
    ("review", "hn_review", 0, 0, 1, 0, """⭐⭐⭐⭐⭐
Kemeja flanel 'thrift style' dari toko ini ternyata baru dan wangi, masih ada labelnya.
Bahannya tebal, kotak-kotaknya rapi.
Ukuran L pas di badan 70kg.
Pengiriman dari Bandung ke Jogja cuma 2 hari.
Bakal beli warna lain."""),
    ("review", "hn_review", 0, 1, 1, 0, """⭐⭐⭐⭐
Beli preloved blazer dari kakak ini, katanya beli di Zara Pondok Indah dan baru dipakai dua kali.
Kondisinya memang masih bagus, cuma ada satu kancing agak longgar.
Dibungkus rapi dan ada notanya.
Penjualnya juga fast respon."""),
    ("review", "hn_review", 0, 0, 1, 0, """⭐⭐⭐
Jaket denim lokalnya bagus tapi ukurannya kekecilan satu nomor dibanding size chart.
Warna sama persis seperti di foto.
Jahitan rapi, kancing kuat.
Saran buat pembeli lain: ambil satu ukuran di atas biasanya."""),
    ("review", "hn_review", 0, 1, 1, 0, """Review Jasa Vermak 'Mang Ujang', Pasar Kosambi ⭐⭐⭐⭐⭐
Celana jeans lama saya yang kebesaran dipermak jadi pas dalam 1 jam.
Ongkos cuma 25 ribu.
Hasil jahitan rapi, warna benang disamakan.
Recommended buat yang mau hemat pakai baju lama."""),
    ("review", "hn_review", 0, 0, 1, 0, """⭐⭐⭐⭐⭐
Sepatu kanvas buatan Bandung ini nyaman banget dipakai kerja seharian.
Sol empuk, tidak bikin lecet.
Sudah 4 bulan dipakai, lem masih kuat.
Harga 210rb, worth it banget buat produk lokal."""),
    ("review", "hn_review", 0, 1, 1, 0, """⭐⭐
Ikut swap party kemarin, konsepnya bagus tapi antreannya panjang.
Baju yang tersisa kebanyakan ukuran kecil.
Panitia mungkin bisa bikin sistem nomor antrean.
Tetap senang bisa tukar 3 kaos lama dengan kemeja yang masih bagus."""),

    # ---- tweets / chats mentioning the trade without selling ----
    ("post", "hn_mention_nosell", 0, 1, 1, 1, """Nostalgia dikit 🥲
Waktu SMA tiap Minggu pagi aku sama bapak ke Pasar Kodok, cari jaket buat naik motor.
Bapak jago banget milih, sekali liat langsung tau mana yang bahannya bagus.
Sekarang pasarnya sepi, bapak juga udah nggak ada.
Kangen aja."""),
    ("message", "hn_mention_nosell", 0, 1, 1, 1, """Grup WA Keluarga Besar
Tante Ros: Kemarin lewat Pajak Melati, sepi sekali, banyak yang tutup
Om Benny: Iya, katanya ada razia monza lagi
Tante Ros: Kasihan juga pedagangnya
Kak Lina: Yang penting kita jangan beli dulu lah, nanti ribet
Om Benny: Setuju"""),
    ("post", "hn_mention_nosell", 0, 1, 1, 1, """Ngobrol sama tukang parkir di pasar tadi.
Katanya dulu dia kuli angkut karung baju bekas dari pelabuhan ke gudang, upahnya 5 ribu per karung.
Sekarang kerjaan itu hilang, makanya dia jadi tukang parkir.
Kebijakan memang selalu ada yang kena ya."""),
    ("post", "hn_mention_nosell", 0, 1, 1, 1, """thread random: istilah baju bekas impor di tiap daerah yang aku tau
– Makassar: cakar (cap karung)
– Manado & Ambon: cabo / cakbo
– Pontianak: lelong
– Kendari & Kupang: RB (rombengan)
– Medan: monza
– Jogja: awul-awul / owol-owol
ada yang mau nambahin?"""),
    ("comment", "hn_mention_nosell", 0, 1, 1, 1, """@dian.nrl dulu lemariku isinya hasil ngawul semua wkwk
@sekar_ay sama, tapi sekarang udah nggak berani, takut jamur
@dian.nrl aku sih udah pindah beli baju lokal aja sekarang
@sekar_ay iya, lagian sekarang banyak brand lokal yang murah"""),

    # ---- pure services ----
    ("profile", "hn_service", 0, 1, 1, 1, """Jasa Laundry Khusus Pakaian Second 🧺
Kami mencuci, merendam air panas, dan menguap (steam) pakaian bekas impor agar bebas jamur dan bau.
Tarif 12rb/kg, minimal 5kg.
Kami TIDAK menjual pakaian, hanya jasa cuci.
Antar jemput area Bandung timur."""),
    ("post", "hn_service", 0, 0, 1, 0, """Jasa Jahit & Konveksi Kecil – Terima Pesanan Seragam
Seragam kantor, sekolah, komunitas, minimal 12 pcs.
Bahan bisa dari kami atau dari pemesan.
Pengerjaan 2–3 minggu.
Workshop di Klaten, bisa kirim ke luar kota."""),
    ("post", "hn_service", 0, 0, 0, 0, """Jasa Ekspedisi Kargo Laut Jakarta – Kalimantan 🚢
Kirim barang pindahan, motor, dan paket usaha ke Pontianak, Banjarmasin, Balikpapan.
Tarif mulai 3.500/kg, minimal 50kg.
Barang terlarang dan barang selundupan tidak kami terima.
Hubungi admin untuk jadwal kapal."""),

    # ---- real-world registers: news ----
    ("article", "realworld_news", 0, 1, 1, 1, """Polisi Gagalkan Pengiriman 72 Karung Pakaian Bekas di Pelabuhan Rakyat
SIBOLGA – Petugas kepolisian perairan menggagalkan pengiriman 72 karung pakaian bekas yang diangkut kapal kayu di pelabuhan rakyat, Senin (5/8).
Kapal tersebut diduga berangkat dari Malaysia dan singgah di beberapa pulau sebelum merapat.
Tiga anak buah kapal diperiksa, sementara pemilik barang masih dicari.
Barang bukti diserahkan ke kantor bea cukai setempat."""),
    ("article", "realworld_news", 0, 1, 1, 1, """Omzet Pedagang Pakaian Bekas Anjlok, Sebagian Beralih ke Produk Lokal
BANDUNG – Sejumlah pedagang pakaian bekas di kawasan Gedebage mengaku omzetnya turun lebih dari separuh sejak penertiban bulan lalu.
'Biasanya sehari bisa dapat dua juta, sekarang tiga ratus ribu saja sudah syukur,' ujar Dadang (52), salah seorang pedagang.
Beberapa pedagang mulai mencoba menjual pakaian baru dari konveksi sekitar Bandung."""),
    ("article", "realworld_news", 0, 1, 1, 1, """Ratusan Bal Pakaian Bekas Dimusnahkan, Nilainya Capai Rp3 Miliar
JAKARTA – Kementerian terkait bersama aparat penegak hukum memusnahkan 640 bal pakaian bekas impor di sebuah lokasi di Bekasi, Jumat (14/6).
Barang-barang tersebut merupakan hasil pengawasan di sejumlah gudang selama tiga bulan.
Pemusnahan dilakukan dengan cara dicacah dan dibakar.
Pemerintah menegaskan akan terus mengawasi peredaran pakaian bekas impor, termasuk yang dijual secara daring."""),
    ("article", "realworld_news", 0, 1, 1, 1, """Satgas Pamtas Temukan Karung Pakaian Bekas di Tepi Sungai Perbatasan
ATAMBUA – Prajurit satgas pengamanan perbatasan menemukan enam karung pakaian bekas yang disembunyikan di semak-semak tepi sungai perbatasan, Rabu malam.
Isi karung diperkirakan lebih dari 300 potong baju dan celana.
Komandan pos menduga barang itu akan diselundupkan dan dijual di pasar terdekat.
Temuan tersebut telah diserahkan kepada instansi terkait."""),
    ("article", "realworld_news", 0, 1, 1, 1, """Pedagang Cakar di Parepare Minta Kelonggaran Waktu
PAREPARE – Puluhan pedagang pakaian bekas impor di kawasan Pasar Senggol mendatangi kantor DPRD, Kamis (22/2).
Mereka meminta kelonggaran waktu untuk menghabiskan stok yang sudah terlanjur dibeli.
Ketua paguyuban pedagang, H. Syamsul (58), mengatakan sebagian anggotanya berutang untuk membeli barang.
Anggota dewan berjanji akan membahasnya dengan pemerintah kota."""),
    ("article", "realworld_news", 0, 1, 1, 1, """Penjualan Pakaian Bekas Impor Lewat Live Streaming Jadi Sorotan
JAKARTA – Maraknya penjualan pakaian bekas impor melalui siaran langsung di media sosial menjadi perhatian pemerintah.
Dalam rapat koordinasi, pejabat terkait meminta platform digital menurunkan konten yang menampilkan pembongkaran bal pakaian bekas.
Perwakilan platform menyatakan telah menurunkan lebih dari 4.000 konten serupa dalam sebulan terakhir."""),
    ("article", "realworld_news", 0, 1, 1, 1, """Kapal Bermuatan Pakaian Bekas Ditangkap di Perairan Flores
MAUMERE – Kapal patroli menangkap sebuah kapal motor yang membawa 850 karung pakaian bekas di perairan utara Flores, Selasa dini hari.
Nakhoda mengaku barang dimuat di Timor Leste dan akan diturunkan di sebuah dermaga kecil di Sikka.
Kapal beserta muatannya digiring ke pangkalan untuk pemeriksaan lebih lanjut."""),
    ("article", "realworld_news", 0, 1, 1, 1, """Pengamat: Larangan Thrifting Impor Harus Dibarengi Edukasi Konsumen
YOGYAKARTA – Pengamat ekonomi dari sebuah universitas swasta menilai larangan impor pakaian bekas tidak akan efektif tanpa edukasi kepada konsumen.
Menurutnya, anak muda membeli pakaian bekas karena harga murah dan merek terkenal, bukan karena tidak tahu aturan.
Ia menyarankan pemerintah mendorong brand lokal menawarkan produk terjangkau."""),
    ("article", "realworld_news", 0, 1, 1, 1, """Razia Pakaian Bekas di Pasar Tradisional, Petugas Hanya Lakukan Pendataan
MANADO – Tim gabungan mendatangi sejumlah toko cabo di pusat kota, Rabu (9/10).
Petugas tidak menyita barang, melainkan mendata jumlah pedagang dan asal barang.
Sebagian pedagang mengaku mendapatkan barang dari pemasok di Jakarta dan Bitung.
Data tersebut akan dilaporkan ke pemerintah provinsi sebagai dasar kebijakan lanjutan."""),

    # ---- real-world registers: reviews ----
    ("review", "realworld_review", 0, 0, 1, 0, """Barang sudah sampai dengan selamat 👍
Kaos polosnya tebal, jahitan rapi, ukuran sesuai.
Packing pakai plastik + bubble wrap.
Seller ramah, chat dibalas cepat.
Recommended seller, bakal repeat order."""),
    ("review", "realworld_review", 0, 0, 1, 0, """Kualitas produk: bagus
Harga: terjangkau
Sesuai deskripsi: iya
Celana kulotnya adem, bahannya jatuh, warnanya cantik.
Cuma pengirimannya agak lama karena ekspedisinya, bukan salah seller."""),
    ("review", "realworld_review", 0, 0, 1, 0, """Jujur awalnya ragu karena harganya murah banget.
Ternyata bagus! Hoodie-nya tebal dan sablonnya nggak pecah setelah dicuci 3x.
Ukuran XL muat buat badan 85kg.
Makasih kak, sukses terus tokonya 🙏"""),
    ("review", "realworld_review", 0, 0, 1, 0, """Pesan 2 warna, yang datang sesuai pesanan.
Bahan katun, nggak nerawang.
Ada benang sisa sedikit, tapi wajar.
Overall puas, bintang 4 karena ada jahitan yang kurang rapi di lengan."""),
    ("review", "realworld_review", 0, 1, 1, 0, """Beli jaket preloved dari akun ini, katanya dibeli di Uniqlo Grand Indonesia tahun lalu.
Pas sampai, kondisinya 95%, wangi laundry.
Notanya juga dikirim.
Terima kasih kak, transaksi lancar 👍"""),
    ("review", "realworld_review", 0, 0, 1, 0, """Pengiriman cepat, sehari sampai.
Gamisnya cantik banget, bahannya adem dan nggak gampang kusut.
Cuma warnanya sedikit lebih gelap dari foto.
Tetap puas dan bakal beli lagi buat lebaran."""),
    ("review", "realworld_review", 0, 0, 1, 0, """Sepatu lokal ini bener-bener di luar ekspektasi.
Dipakai jalan kaki 10 ribu langkah tiap hari, masih nyaman.
Jahitan upper rapi, lem sol kuat.
Kalau ada warna lain pasti aku beli lagi.
⭐⭐⭐⭐⭐"""),

    # ---- real-world registers: forum posts ----
    ("post", "realworld_forum", 0, 1, 1, 1, """[ASK] Masih aman nggak sih bisnis thrift impor sekarang?
Gan, ane rencana resign dan buka usaha baju second.
Teman ane nyaranin ambil bal dari Bandung, tapi ane baca berita banyak razia.
Ada agan yang masih jalan usahanya? Atau mending ganti ke produk lokal?
Mohon pencerahannya, jangan dibata ya gan."""),
    ("post", "realworld_forum", 0, 1, 1, 1, """Re: Pengalaman beli bal pertama kali
Quote: 'Isinya bagus nggak gan?'
Jujur gan, zonk. Dari 100 potong, yang layak jual mungkin 55.
Sisanya ada yang bolong, berjamur, bahkan ada pakaian dalam.
Ane stop, nggak lanjut lagi. Modal 6 juta cuma balik 4 juta."""),
    ("post", "realworld_forum", 0, 1, 1, 1, """Diskusi: apakah thrifting impor benar-benar ramah lingkungan?
Menurut saya nggak sesederhana itu.
Sebagian isi bal yang nggak laku akhirnya dibuang di TPA kita.
Jadi kita impor sampah negara lain, lalu bayar untuk menampungnya.
Preloved lokal dan tukar baju jauh lebih masuk akal. Bagaimana menurut kalian?"""),
    ("post", "realworld_forum", 0, 1, 1, 0, """[SHARE] Cara ane ngerawat kemeja bekas pakai biar kayak baru
1. Rendam air panas + deterjen 30 menit
2. Sikat kerah dan ketiak
3. Jemur terbalik di bawah matahari
4. Setrika uap
Kemeja lungsuran bokap ane jadi kayak baru beli gan. Semoga bermanfaat."""),
    ("post", "realworld_forum", 0, 1, 1, 1, """Re: Beda cakar, cabo, lelong itu apa?
Setahu ane semuanya sebutan daerah untuk pakaian bekas dari luar negeri.
Cakar di Sulsel, cabo di Sulut dan Maluku, lelong di Kalbar.
Intinya sama: barang bekas impor yang dijual di pasar.
Koreksi kalau salah ya gan."""),
    ("post", "realworld_forum", 0, 1, 1, 0, """[TANYA] Jual baju bekas pribadi di marketplace kena banned nggak?
Gan, ane mau jual beberapa kemeja dan jaket pribadi yang ane beli di mal di Jakarta.
Takutnya kena banned karena dikira jual barang bekas impor.
Perlu nyantumin nota pembelian nggak?
Makasih gan."""),
    ("post", "realworld_forum", 0, 1, 1, 1, """Curhat pedagang lama
Ane udah 15 tahun jualan di pasar, dulu ambil karung dari Tanjungbalai.
Sejak ada larangan ketat, ane berhenti. Sekarang jualan kaos sablon sendiri.
Untungnya nggak sebesar dulu, tapi tidur lebih tenang.
Buat yang masih bimbang, pikirkan baik-baik ya."""),
]
