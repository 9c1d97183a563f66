# Hand-written one-liners, legal (at least one element is 0).
# Entries: (kind, category, text, offer, used, clothing, abroad)
ITEMS = []

# --- hn_report ---
ITEMS += [
    ("comment", "hn_report", "min Kemendag tolong dicek, akun ini tiap malam live jual balpres Korea terang-terangan", 0, 1, 1, 1),
    ("post", "hn_report", "Udah aku report ke Shopee, toko jaket itu pake judul 's3c0nd k0rea' biar lolos filter, isinya baju bekas Korea. Semoga di-takedown", 0, 1, 1, 1),
    ("comment", "hn_report", "reported. jelas2 ngiklanin karung pakaian bekas dari Malaysia, bukan barang lokal", 0, 1, 1, 1),
    ("post", "hn_report", "Lapor Bea Cukai, ada rumah di pinggir sungai Sebatik nurunin goni baju seken tiap subuh", 0, 1, 1, 1),
    ("comment", "hn_report", "Sudah saya laporkan lewat fitur Laporkan Produk, listing jaket second Jepang ini melanggar aturan impor", 0, 1, 1, 1),
    ("post", "hn_report", "Tolong bantu report akun @ladang.bal99, dia ngajak orang jadi reseller pakaian bekas Korea pake modus investasi", 0, 1, 1, 1),
    ("comment", "hn_report", "tim TikTok Shop, seller ini pake kata 'vintage' tapi isinya monza kiriman Tanjungbalai, mohon ditindak", 0, 1, 1, 1),
    ("post", "hn_report", "Thread laporan: 12 toko online yang masih jual thrift impor setelah larangan, sudah kami kirim ke kementerian", 0, 1, 1, 1),
    ("message", "hn_report", "Selamat siang, saya mau melaporkan penjual cakar Korea di grup FB jual beli Parepare yang ngaku barangnya dari Tawau", 0, 1, 1, 1),
    ("comment", "hn_report", "report aja rame2 gaes, itu bukan preloved pribadi, itu bal Jepang dipecah2", 0, 1, 1, 1),
    ("post", "hn_report", "Aduan ke pengelola pasar: lapak sebelah jual sepatu second ex Thailand per karung, padahal sudah ada edaran", 0, 1, 1, 1),
    ("comment", "hn_report", "Udah gue laporin ke admin grup, postingannya jual koli baju seken dari Batam, harusnya di-kick", 0, 1, 1, 1),
]

# --- hn_complaint ---
ITEMS += [
    ("comment", "hn_complaint", "Nyesel beli di live kemarin, katanya grade A Korea, nyampe jaketnya bolong dua dan bau apek parah", 0, 1, 1, 1),
    ("post", "hn_complaint", "Kapok beli 'karung Jepang' di Facebook, transfer 3 juta barangnya cuma separuh yang layak", 0, 1, 1, 1),
    ("comment", "hn_complaint", "Seller cakar ini tukang tipu, foto jaket Korea mulus, yang dateng kaos robek semua", 0, 1, 1, 1),
    ("post", "hn_complaint", "udah 2 minggu nungguin kiriman lelong dari Pontianak, sellernya ngilang, chat centang satu", 0, 1, 1, 1),
    ("review", "hn_complaint", "⭐ barang second Jepang tapi kotor banget, ada noda kuning di kerah, ga sesuai deskripsi", 0, 1, 1, 1),
    ("post", "hn_complaint", "baju bekas Korea yg aku beli minggu lalu bikin gatel2 sebadan, kesel bgt sama sellernya yg bilang udah dicuci", 0, 1, 1, 1),
    ("comment", "hn_complaint", "sumpah zonk, beli bal campur katanya isi 300 ternyata 180 doang, sisanya kain lap", 0, 1, 1, 1),
    ("post", "hn_complaint", "Jaket kulit 'ex Jepang' 350rb ternyata sintetis ngelupas, seller cuma bales 'namanya juga barang bekas'", 0, 1, 1, 1),
    ("review", "hn_complaint", "⭐⭐ sepatu seken Singapore solnya lepas pas dipake 3 hari, seller ga mau retur", 0, 1, 1, 1),
    ("post", "hn_complaint", "Pengalaman pahit ikut patungan karung Korea bareng temen kantor, isinya kebanyakan kaos kaki sama celana dalem 😭", 0, 1, 1, 1),
    ("message", "hn_complaint", "kak ini katanya kemeja second HK, kok labelnya digunting semua? kecewa, kayak dibohongin", 0, 1, 1, 1),
    ("post", "hn_complaint", "Dikira dapet monza branded, ternyata KW semua. Kecewa sama lapak langganan di Pajak Melati", 0, 1, 1, 1),
]

# --- hn_news ---
ITEMS += [
    ("article", "hn_news", "Bea Cukai Gagalkan Penyelundupan 120 Karung Pakaian Bekas dari Malaysia di Perairan Bengkalis", 0, 1, 1, 1),
    ("article", "hn_news", "Polisi Amankan 38 Bal Pakaian Bekas Asal Malaysia di Dermaga Sungai Nyamuk, Sebatik", 0, 1, 1, 1),
    ("article", "hn_news", "Ratusan Koli Pakaian Bekas Impor Sitaan Dimusnahkan di Halaman Kantor Pabean", 0, 1, 1, 1),
    ("article", "hn_news", "Pedagang Senen Mengaku Pasokan Bal Korea Makin Seret Usai Razia", 0, 1, 1, 1),
    ("article", "hn_news", "Kapal Kayu Bermuatan Ballpress Ditangkap di Perairan Tanjungbalai, Dua ABK Diperiksa", 0, 1, 1, 1),
    ("article", "hn_news", "Pemkab Nunukan Terbitkan Edaran Larangan Jual Beli Pakaian Bekas Asal Tawau", 0, 1, 1, 1),
    ("article", "hn_news", "Ribuan Toko Online Kena Takedown karena Jual Pakaian Second Impor", 0, 1, 1, 1),
    ("article", "hn_news", "Pasar Cakar di Makassar Masih Ramai Meski Ada Larangan Impor Pakaian Bekas", 0, 1, 1, 1),
    ("article", "hn_news", "Satgas Perbatasan Temukan Karung Berisi Sepatu Bekas Tersembunyi di Kebun Sawit Dekat Patok Batas", 0, 1, 1, 1),
    ("article", "hn_news", "Harga Jaket Monza di Medan Naik Dua Kali Lipat, Pedagang Salahkan Razia Pelabuhan", 0, 1, 1, 1),
    ("article", "hn_news", "Importir Ilegal Pakaian Bekas Korea Divonis Dua Tahun Penjara di Batam", 0, 1, 1, 1),
    ("article", "hn_news", "Omzet Pedagang Lelong Pontianak Anjlok Setelah Jalur Entikong Diperketat", 0, 1, 1, 1),
]

# --- hn_opinion ---
ITEMS += [
    ("post", "hn_opinion", "Menurut gue thrift impor itu bukan solusi fashion murah, itu sampah negara lain yang kita bayarin", 0, 1, 1, 1),
    ("post", "hn_opinion", "Unpopular opinion: larangan bal Korea cuma bikin harga naik, pedagang kecil yang kena duluan", 0, 1, 1, 1),
    ("comment", "hn_opinion", "Industri konveksi lokal mati pelan2 gara2 orang lebih milih monza Jepang, coba pikirin deh", 0, 1, 1, 1),
    ("post", "hn_opinion", "Kalau pemerintah serius, tutup dulu jalur tikus Tawau-Nunukan buat baju bekas, jangan cuma razia lapak kecil", 0, 1, 1, 1),
    ("article", "hn_opinion", "Thrifting Impor dan Ilusi Fashion Berkelanjutan", 0, 1, 1, 1),
    ("post", "hn_opinion", "jujur aku masih belum bisa lepas dari baju second Korea, tp ngerti sih kenapa dilarang", 0, 1, 1, 1),
    ("comment", "hn_opinion", "orang2 yg bela karungan impor lupa kalau 30% isinya dibuang jadi sampah di sini", 0, 1, 1, 1),
    ("post", "hn_opinion", "Lelong tu budaye Pontianak dari dulu, tapi tetap aje barangnye selundupan, kite harus jujur", 0, 1, 1, 1),
    ("post", "hn_opinion", "Sustainable fashion katanya, padahal baju bekasnya nyebrang naik kapal dari Port Klang 🙄", 0, 1, 1, 1),
    ("comment", "hn_opinion", "Aku dukung larangan, tapi pedagang awul-awul di Jogja juga harus dikasih jalan keluar", 0, 1, 1, 1),
    ("post", "hn_opinion", "Anak muda bangga pake jaket bekas Jepang, tapi gengsi pake brand lokal. Aneh gak sih", 0, 1, 1, 1),
    ("article", "hn_opinion", "Opini: Menyelamatkan Tekstil Nasional Tak Cukup dengan Membakar Balpres", 0, 1, 1, 1),
]

# --- hn_rule ---
ITEMS += [
    ("post", "hn_rule", "Aturan grup: DILARANG posting jual bal, balpres, karungan atau pakaian bekas impor. Langsung kick", 0, 1, 1, 1),
    ("article", "hn_rule", "Kebijakan Produk: pakaian bekas asal luar negeri termasuk barang terlarang dan akan diturunkan tanpa pemberitahuan", 0, 1, 1, 1),
    ("post", "hn_rule", "Panduan moderator: judul 'preloved ex Korea' dengan stok puluhan pcs = indikasi barang bekas impor, tandai", 0, 1, 1, 1),
    ("post", "hn_rule", "Catatan admin: jual baju lungsuran pribadi boleh, jual kiriman karung Jepang tidak boleh", 0, 1, 1, 1),
    ("article", "hn_rule", "Permendag 18/2021 jo. 40/2022 memasukkan pakaian bekas ke daftar barang yang dilarang diimpor", 0, 1, 1, 1),
    ("post", "hn_rule", "Rules live seller: dilarang menampilkan pembukaan goni atau koli pakaian second dari luar negeri", 0, 1, 1, 1),
    ("comment", "hn_rule", "Mohon maaf kak, komentar promosi baju lelong Malaysia kami hapus sesuai peraturan komunitas", 0, 1, 1, 1),
    ("post", "hn_rule", "Kata kunci pakaian yang diblokir sistem: thrift impor, bal Korea, monza, cakar, dan variasi ejaannya", 0, 1, 1, 1),
    ("article", "hn_rule", "SOP verifikasi: listing pakaian 'second' dalam jumlah besar wajib disertai bukti asal dalam negeri, bukan nota importir", 0, 1, 1, 1),
    ("post", "hn_rule", "Pengumuman pengelola pasar: mulai bulan depan kios dilarang menerima kiriman karung pakaian bekas dari pelabuhan", 0, 1, 1, 1),
    ("post", "hn_rule", "Reminder anggota grup Jual Beli Batam: baju seken dari Singapura no, barang pribadi yes", 0, 1, 1, 1),
]

# --- hn_tutorial ---
ITEMS += [
    ("post", "hn_tutorial", "Cara ngilangin bau apek jaket second Jepang: rendam air panas + cuka 1 jam, jemur di terik", 0, 1, 1, 1),
    ("post", "hn_tutorial", "Tips bedain preloved pribadi vs barang bal Korea: liat jumlah stok, label dipotong, bau kapur barus", 0, 1, 1, 1),
    ("post", "hn_tutorial", "Tutorial steam blazer bekas Korea biar rapi lagi tanpa setrika, thread 🧵", 0, 1, 1, 1),
    ("comment", "hn_tutorial", "biar ga gatel, baju cakar wajib direndam air panas dulu kak, jangan langsung dipake", 0, 1, 1, 1),
    ("post", "hn_tutorial", "Cara cek jaket kulit bekas Jepang asli atau sintetis: bakar ujung serat dikit, cium baunya", 0, 1, 1, 1),
    ("post", "hn_tutorial", "Langkah mensterilkan sepatu second ex Thailand: sikat sol, semprot alkohol, jemur 2 hari", 0, 1, 1, 1),
    ("article", "hn_tutorial", "Panduan konsumen: ciri-ciri pakaian bekas impor yang dijual ulang seolah barang baru", 0, 1, 1, 1),
    ("post", "hn_tutorial", "Tips ngukur LD jaket monza sebelum checkout biar ga kekecilan, pake kaos sendiri jadi patokan", 0, 1, 1, 1),
    ("post", "hn_tutorial", "Cara nyuci selimut lelong tebal di rumah tanpa mesin cuci besar", 0, 1, 1, 1),
    ("comment", "hn_tutorial", "kalau kemeja seken Korea kerahnya kuning, gosok pake baking soda + sabun colek, manjur", 0, 1, 1, 1),
    ("post", "hn_tutorial", "Cara baca simbol laundry Jepang di baju second, biar ga salah cuci 🇯🇵🧺", 0, 1, 1, 1),
]

# --- hn_joke ---
ITEMS += [
    ("post", "hn_joke", "lemari gue isinya 80% karungan Korea, gue udah setengah oppa wkwk", 0, 1, 1, 1),
    ("comment", "hn_joke", "anjir jaket second Jepangnya masih ada tiket kereta Osaka di kantong, bonus jalan-jalan gratis 😭", 0, 1, 1, 1),
    ("post", "hn_joke", "pacar: kamu kok wangi banget. aku: wangi rendaman jaket bekas Jepang semalem", 0, 1, 1, 1),
    ("post", "hn_joke", "ngawul 3 jam di Sekaten cuma dapet satu kaos, mental breakdown 🤡", 0, 1, 1, 1),
    ("comment", "hn_joke", "baju cakar gue lebih berpengalaman dari gue, udah pernah ke Seoul duluan", 0, 1, 1, 1),
    ("post", "hn_joke", "bestie kalau dapet monza merk mahal: langsung ngaku beli di mall wkwk", 0, 1, 1, 1),
    ("comment", "hn_joke", "bal Jepang mah isinya nasib, kadang merk mahal kadang celana kolor 🤣", 0, 1, 1, 1),
    ("post", "hn_joke", "nenek gue liat hoodie bekas Korea gue: 'itu baju orang meninggal bukan?' LOL", 0, 1, 1, 1),
    ("comment", "hn_joke", "kaos second Jepang gue tulisannya ternyata 'panitia lomba lari SD', pantes murah", 0, 1, 1, 1),
    ("post", "hn_joke", "kalau baju lelong Pontianak perlu paspor, jaket-jaketnye dah penuh cap imigrasi semue 😂", 0, 1, 1, 1),
    ("post", "hn_joke", "RIP dompet, baru masuk Senen langsung dipanggil abang-abang 'bal Korea baru buka neng' 🫠", 0, 1, 1, 1),
    ("comment", "hn_joke", "awul-awul Jogja itu gym gratis, angkat tumpukan jaket Jepang 2 jam sehari wkwk", 0, 1, 1, 1),
]

# --- hn_question ---
ITEMS += [
    ("post", "hn_question", "ada yang tau tempat beli bal Korea yang jujur di Bandung? mau coba usaha kecil2an", 0, 1, 1, 1),
    ("comment", "hn_question", "kak ini jaket Jepang bekas atau baru? kalau bekas aman ga dipake bayi?", 0, 1, 1, 1),
    ("post", "hn_question", "Gaes, Pajak Melati buka hari apa aja sih? mau nyari monza buat kondangan", 0, 1, 1, 1),
    ("message", "hn_question", "Permisi kak, kemeja Korea yg di foto itu bekas ya? Ada noda ga?", 0, 1, 1, 1),
    ("post", "hn_question", "Boleh ga sih sebenernya beli lelong buat dipake sendiri? Takut kena razia pas bawa dari Pontianak", 0, 1, 1, 1),
    ("message", "hn_question", "Bang, ongkir 1 karung baju second dari Batam ke Jambi berapa ya? saya mau tanya-tanya dulu", 0, 1, 1, 1),
    ("post", "hn_question", "yang pernah beli balpres online, biasanya DP berapa persen? takut ketipu", 0, 1, 1, 1),
    ("post", "hn_question", "Forum: awul-awul Jogja sekarang pada pindah ke mana ya setelah Sekaten?", 0, 1, 1, 1),
    ("comment", "hn_question", "bang, cakar Toddopuli masih ada ji? mau cari jaket kulit", 0, 1, 1, 1),
    ("post", "hn_question", "Sepatu second ex Singapore biasanya ukurannya sama kayak ukuran lokal ga sih?", 0, 1, 1, 1),
    ("message", "hn_question", "Bu, kalau saya ambil 10 pcs blouse bekas Korea dapet potongan ga?", 0, 1, 1, 1),
    ("post", "hn_question", "Nanya dong, bedanya grade A sama grade B di bal Jepang tuh apa?", 0, 1, 1, 1),
]

# --- hn_review ---
ITEMS += [
    ("review", "hn_review", "⭐⭐⭐⭐⭐ jaket second Jepangnya tebel, bau apek dikit tapi ilang setelah direndam", 0, 1, 1, 1),
    ("review", "hn_review", "⭐⭐⭐⭐ kemeja Korea bekasnya rapi, cuma kancingnya kurang satu, overall oke", 0, 1, 1, 1),
    ("post", "hn_review", "Review jujur sweater lelong 30rb: udah 2 tahun dipake masih awet, bahannya beda sama lokal", 0, 1, 1, 1),
    ("review", "hn_review", "⭐⭐⭐⭐⭐ sepatu seken ex Singapore masih empuk, ukuran pas, mantap", 0, 1, 1, 1),
    ("post", "hn_review", "setelah setahun pake coat monza Korea: jahitan masih rapi, cuma bulunya rontok dikit", 0, 1, 1, 1),
    ("review", "hn_review", "⭐⭐⭐ blouse second Jepangnya bagus tapi ada bekas lipatan kuning, direndam oxy baru ilang", 0, 1, 1, 1),
    ("comment", "hn_review", "aku pernah beli tas kulit bekas Jepang juga, 3 tahun kulitnya makin bagus", 0, 1, 1, 1),
    ("review", "hn_review", "⭐⭐⭐⭐ celana jeans ex USA second bahannya tebel, cuma agak panjang, potong dikit", 0, 1, 1, 1),
    ("post", "hn_review", "Review 5 jaket cakar yang kubeli tahun lalu: 3 awet, 2 resletingnya rusak", 0, 1, 1, 1),
    ("review", "hn_review", "⭐⭐⭐⭐⭐ dress preloved ex Korea cantik banget, warnanya masih terang", 0, 1, 1, 1),
    ("comment", "hn_review", "hoodie second Korea ku udah dicuci 20x ga luntur, kualitas emang beda", 0, 1, 1, 1),
    ("post", "hn_review", "Rangkuman pengalaman beli awul-awul 5 tahun: jaket paling worth, kaos paling zonk", 0, 1, 1, 1),
]

# --- hn_new_thrift_style ---
ITEMS += [
    ("listing", "hn_new_thrift_style", "Kemeja Flanel Thrift Look BARU Produksi Bandung Bahan Katun Size M-XXL 89rb", 1, 0, 1, 0),
    ("listing", "hn_new_thrift_style", "Kaos Vintage Style Washed Baru Bukan Second Sablon Retro Lokal 75K", 1, 0, 1, 0),
    ("post", "hn_new_thrift_style", "Koleksi baru 'thrift vibes' dari konveksi kami sendiri, 100% baru ya kak bukan barang bal", 1, 0, 1, 0),
    ("listing", "hn_new_thrift_style", "Jaket Denim Oversize Ala Thrift Korean Style NEW Jahitan Sendiri Jogja", 1, 0, 1, 0),
    ("listing", "hn_new_thrift_style", "Celana Cargo Y2K Thrift Style Brand Lokal Baru Segel 120rb", 1, 0, 1, 0),
    ("post", "hn_new_thrift_style", "Butuh look kayak hasil ngawul tapi barang baru? Sweater faded buatan penjahit Klaten ready", 1, 0, 1, 0),
    ("listing", "hn_new_thrift_style", "Kaos Band Tees Vintage Look Baru Sablon Plastisol Made In Bandung Bukan Thrift", 1, 0, 1, 0),
    ("live", "hn_new_thrift_style", "kak ini kemeja retro 90an, keliatan kayak thrift tapi BARU ya, jahitan kami sendiri di Bandung, 85rb aja", 1, 0, 1, 0),
    ("comment", "hn_new_thrift_style", "kak ini baru semua ya, cuma modelnya kayak monza-monza gitu, jahit sendiri di Medan", 1, 0, 1, 0),
    ("profile", "hn_new_thrift_style", "Brand lokal Bekasi 🧵 thrift aesthetic tapi 100% baru | hoodie & kaos washed | bukan second", 1, 0, 1, 0),
    ("post", "hn_new_thrift_style", "Drop baru: blazer oversized 'preloved look' tapi fresh dari workshop kami di Bekasi 🤍", 1, 0, 1, 0),
    ("listing", "hn_new_thrift_style", "Rok Plisket Vintage Style Baru Bukan Bekas Warna Earth Tone 65rb", 1, 0, 1, 0),
]

# --- hn_new_import ---
ITEMS += [
    ("listing", "hn_new_import", "Jaket Puffer Import Korea BARU BNWT Stok Terbatas 320rb", 1, 0, 1, 1),
    ("post", "hn_new_import", "PO Jepang batch 3: kaos dan kemeja baru langsung dari toko di Osaka, close Jumat", 1, 0, 1, 1),
    ("listing", "hn_new_import", "Sepatu Sneakers Import Thailand New With Box Original 450rb", 1, 0, 1, 1),
    ("listing", "hn_new_import", "Dress Import Guangzhou Premium Baru Segel Plastik Size S M L", 1, 0, 1, 1),
    ("post", "hn_new_import", "Jastip Seoul minggu depan! Titip hoodie baru dari Dongdaemun, fee 50rb/pcs", 1, 0, 1, 1),
    ("profile", "hn_new_import", "Jastip Seoul & Tokyo ✈️ barang BARU ber-tag, bukan second | open PO tiap bulan", 1, 0, 1, 1),
    ("live", "hn_new_import", "yang baru join, ini kaos oversize BARU dari Bangkok ya kak, bukan seken, 79rb, klik keranjang nomor 3", 1, 0, 1, 1),
    ("listing", "hn_new_import", "Tas Wanita Baru Import Via Batam Model Korea Free Dompet", 1, 0, 1, 1),
    ("listing", "hn_new_import", "Jaket Outdoor Import Jepang BNWT Waterproof Size L 600rb", 1, 0, 1, 1),
    ("post", "hn_new_import", "Grosir gamis import Turki baru, segel, harga reseller mulai 3 pcs", 1, 0, 1, 1),
    ("comment", "hn_new_import", "ini barang baru impor Malaysia kak, masih ada tag harga ringgitnya, bukan lelong", 1, 0, 1, 1),
]

# --- hn_factory_reject ---
ITEMS += [
    ("listing", "hn_factory_reject", "Kaos Polos Reject Pabrik Sisa Ekspor Baru Bukan Bekas Cacat Minor 15rb", 1, 0, 1, 0),
    ("post", "hn_factory_reject", "Celana chino sisa ekspor produksi pabrik Semarang, baru bukan bal, ada salah jahit dikit, 45rb", 1, 0, 1, 0),
    ("listing", "hn_factory_reject", "Kemeja Kerja Overrun Garmen Tangerang Order Ekspor Eropa Baru Bukan Bekas 55K", 1, 0, 1, 0),
    ("post", "hn_factory_reject", "Jaket parasut reject order Jepang, dijahit di Bogor, baru semua, jahitan miring dikit", 1, 0, 1, 0),
    ("live", "hn_factory_reject", "oke lanjut, sweater reject pabrik Majalengka, BARU bukan second, cacatnya cuma benang lepas, 30rb aja kak", 1, 0, 1, 0),
    ("post", "hn_factory_reject", "Obral sisa ekspor! Legging & kaos olahraga pabrik Cikarang, masih baru, bukan karungan", 1, 0, 1, 0),
    ("listing", "hn_factory_reject", "Celana Jeans Reject Ekspor Standar USA Made In Indonesia Baru 70rb", 1, 0, 1, 0),
    ("comment", "hn_factory_reject", "bukan bal kak, ini sisa produksi pabrik garmen Solo, baru, cuma ada noda kecil", 1, 0, 1, 0),
    ("listing", "hn_factory_reject", "Baju Anak Sisa Ekspor Korea Produksi Lokal Baru Bundling 3pcs 50rb", 1, 0, 1, 0),
    ("post", "hn_factory_reject", "Stok BS pabrik sepatu Tangerang, baru, reject warna, bukan seken ex Singapore ya", 1, 0, 1, 0),
    ("profile", "hn_factory_reject", "Grosir reject & sisa ekspor pabrik Bandung 🏭 barang baru, bukan bekas | min 1 lusin", 1, 0, 1, 0),
]

# --- hn_own_preloved ---
ITEMS += [
    ("post", "hn_own_preloved", "Jual preloved pribadi: dress kondangan beli di mall Surabaya, dipake sekali, 150rb", 1, 1, 1, 0),
    ("listing", "hn_own_preloved", "Preloved Kemeja Kerja Pribadi Beli Di Outlet Resmi Jakarta Size M Dipake 3x", 1, 1, 1, 0),
    ("post", "hn_own_preloved", "Lemari penuh, lepas baju bekas pribadi: blazer, rok, kemeja, semua beli di toko lokal", 1, 1, 1, 0),
    ("listing", "hn_own_preloved", "Sepatu Lari Second Pribadi Beli Di Toko Resmi Bandung Size 41 Masih Bagus", 1, 1, 1, 0),
    ("post", "hn_own_preloved", "preloved punya adek, seragam SMA & jaket OSIS, jahit di penjahit deket rumah, 40rb sepaket", 1, 1, 1, 0),
    ("comment", "hn_own_preloved", "ini preloved aku sendiri kak, bukan barang bal, belinya di butik Bandung tahun lalu", 1, 1, 1, 0),
    ("post", "hn_own_preloved", "Jual gamis second milik pribadi, beli di Tanah Abang, dipake lebaran doang", 1, 1, 1, 0),
    ("listing", "hn_own_preloved", "Tas Kulit Garut Second Pribadi Masih Kinclong Bukan Impor 200rb", 1, 1, 1, 0),
    ("live", "hn_own_preloved", "live beberes lemari! ini blazer pribadiku beli di mall Bintaro, dipake 2x, bukan barang bal ya, 90rb", 1, 1, 1, 0),
    ("post", "hn_own_preloved", "Preloved jaket hiking pribadi beli di toko outdoor Malang, cuma dipake 2 kali naik gunung", 1, 1, 1, 0),
    ("listing", "hn_own_preloved", "Kebaya Preloved Pribadi Jahitan Penjahit Jogja Dipakai Wisuda 1x", 1, 1, 1, 0),
    ("profile", "hn_own_preloved", "preloved isi lemari sendiri ✨ semua beli di toko lokal, bukan impor | size M-L | Depok", 1, 1, 1, 0),
]

# --- hn_donation ---
ITEMS += [
    ("post", "hn_donation", "Open donasi pakaian bekas layak pakai untuk korban banjir, drop point di masjid kompleks", 0, 1, 1, 0),
    ("post", "hn_donation", "Swap baju preloved antar tetangga Minggu ini, bawa 5 pulang 5, gratis", 0, 1, 1, 0),
    ("post", "hn_donation", "Panti asuhan butuh seragam sekolah bekas ukuran SD, yang mau nyumbang hubungi 0812xxxx", 0, 1, 1, 0),
    ("comment", "hn_donation", "baju bekas anak aku udah kekecilan, mau aku sumbangin aja ke TK deket rumah", 0, 1, 1, 0),
    ("post", "hn_donation", "Bazar amal sekolah: baju preloved sumbangan wali murid, hasil untuk beasiswa", 1, 1, 1, 0),
    ("post", "hn_donation", "Gerakan 1 jaket bekas untuk porter gunung, titip di basecamp, gratis buat mereka", 0, 1, 1, 0),
    ("post", "hn_donation", "Tukeran baju second di car free day, bawa baju bersih, ambil yang kamu suka", 0, 1, 1, 0),
    ("message", "hn_donation", "Bu RT, ini ada 2 kantong baju bekas keluarga, buat dikirim ke korban kebakaran", 0, 1, 1, 0),
    ("post", "hn_donation", "Donasi selimut & jaket bekas untuk pengungsi erupsi, sudah dicuci semua, kirim ke posko desa", 0, 1, 1, 0),
    ("post", "hn_donation", "Charity sale preloved kantor, semua sumbangan karyawan, hasil buat renovasi musala", 1, 1, 1, 0),
    ("comment", "hn_donation", "jangan dibuang kak, baju bekasnya mending didonasikan ke bank pakaian di kelurahan", 0, 1, 1, 0),
]

# --- hn_other_goods ---
ITEMS += [
    ("listing", "hn_other_goods", "Bawang Bombay Impor India Per Karung 20kg Harga Grosir", 1, 0, 0, 1),
    ("listing", "hn_other_goods", "Kardus Bekas Ex Impor Jepang Per Bal 100kg Tebal Siap Kirim", 1, 1, 0, 1),
    ("post", "hn_other_goods", "Jual beras impor Thailand per karung 50kg, pulen, stok gudang Medan", 1, 0, 0, 1),
    ("listing", "hn_other_goods", "Plastik Bekas Cacahan Impor Per Bal Untuk Daur Ulang 500kg", 1, 1, 0, 1),
    ("post", "hn_other_goods", "Pupuk NPK impor Malaysia per karung, masuk dari Tawau, ready Nunukan", 1, 0, 0, 1),
    ("listing", "hn_other_goods", "Kain Majun Potongan Bekas Per Karung 25kg Untuk Lap Bengkel", 1, 1, 0, 0),
    ("live", "hn_other_goods", "yang baru masuk live, ini kurma Mesir impor karungan 10kg ya kak, bukan baju wkwk, 350rb klik keranjang 1", 1, 0, 0, 1),
    ("listing", "hn_other_goods", "Kain Roll Import China Katun Combed 30s Per Roll 25kg Baru", 1, 0, 0, 1),
    ("post", "hn_other_goods", "Karung goni bekas impor ex kopi Brazil, per bal isi 100 lembar, buat kerajinan", 1, 1, 0, 1),
    ("listing", "hn_other_goods", "Kertas Bekas Impor Korea Per Bal Bahan Baku Pabrik Kertas", 1, 1, 0, 1),
    ("post", "hn_other_goods", "Jahe merah per karung dari Sumedang, langsung petani, bukan impor", 1, 0, 0, 0),
    ("listing", "hn_other_goods", "Kacang Tanah Impor India Per Karung 50kg Kupas Bersih", 1, 0, 0, 1),
]

# --- hn_used_vehicle ---
ITEMS += [
    ("listing", "hn_used_vehicle", "Motor Bekas Ex Jepang Unit Langka CBU Surat Lengkap", 1, 1, 0, 1),
    ("listing", "hn_used_vehicle", "iPhone 13 Second Ex Singapore Fullset Mulus BH 89%", 1, 1, 0, 1),
    ("post", "hn_used_vehicle", "Jual mobil bekas impor Jepang eks plat Batam, mesin halus, nego di tempat", 1, 1, 0, 1),
    ("listing", "hn_used_vehicle", "Mesin Jahit Bekas Ex Jepang High Speed Siap Pakai Buat Konveksi", 1, 1, 0, 1),
    ("listing", "hn_used_vehicle", "Forklift Second Import Jepang 3 Ton Kondisi Siap Kerja", 1, 1, 0, 1),
    ("live", "hn_used_vehicle", "lanjut unit berikutnya kak, HP second inter ex Hongkong, IMEI aman, 2,1jt, ketik CO", 1, 1, 0, 1),
    ("listing", "hn_used_vehicle", "Sepeda Lipat Bekas Ex Japan Frame Alloy Per Unit 900rb", 1, 1, 0, 1),
    ("post", "hn_used_vehicle", "Jual genset bekas impor Korea 10 kVA, jarang dipake, ambil di Pekanbaru", 1, 1, 0, 1),
    ("listing", "hn_used_vehicle", "Laptop Second Ex Korea Layar Mulus RAM 16 Murah", 1, 1, 0, 1),
    ("post", "hn_used_vehicle", "Kulkas bekas Jepang 2 pintu, voltase sudah diubah, COD Tanjungpinang", 1, 1, 0, 1),
    ("listing", "hn_used_vehicle", "Mesin Obras Second Ex Taiwan 4 Benang Normal Jalan", 1, 1, 0, 1),
    ("post", "hn_used_vehicle", "Jual motor trail bekas unit lokal, bukan selundupan Entikong, surat lengkap, Pontianak", 1, 1, 0, 0),
]

# --- hn_upcycle ---
ITEMS += [
    ("listing", "hn_upcycle", "Tote Bag Upcycle Dari Jeans Bekas Keluarga Handmade Jahit Sendiri 65rb", 1, 1, 1, 0),
    ("post", "hn_upcycle", "Workshop upcycle baju bekas jadi pouch, bawa kaos lama dari rumah, Sabtu jam 10, HTM 50rb", 1, 1, 1, 0),
    ("profile", "hn_upcycle", "♻️ upcycle studio Malang | topi & tas dari kemeja bekas lokal, bukan bal impor | custom order DM", 1, 1, 1, 0),
    ("post", "hn_upcycle", "Tutorial: ubah kaos bekas jadi keset kaki, tanpa mesin jahit", 0, 1, 1, 0),
    ("listing", "hn_upcycle", "Jaket Rework Sashiko Dari Denim Second Lokal, Bukan Barang Impor", 1, 1, 1, 0),
    ("post", "hn_upcycle", "Aku bikin quilt dari baju bekas almarhum kakek, jadi kenangan buat keluarga 🥹", 0, 1, 1, 0),
    ("listing", "hn_upcycle", "Pouch Perca Dari Kemeja Bekas Warga Sekitar, Isi 3, 30rb", 1, 1, 1, 0),
    ("post", "hn_upcycle", "Brand kami ngolah seragam bekas sekolah jadi tas ransel, semua bahan dari donasi lokal", 1, 1, 1, 0),
    ("listing", "hn_upcycle", "Rok Patchwork Reworked Dari Sarung Bekas Nenek, Handmade Jogja", 1, 1, 1, 0),
    ("message", "hn_upcycle", "kak ini bukan bal ya, aku jahit ulang dari kemeja bekas bapak2 kompleks, 120rb udah sama ongkir", 1, 1, 1, 0),
    ("post", "hn_upcycle", "Bank Sampah RW 05 jual keset & lap dari kaos bekas warga, 10rb aja", 1, 1, 1, 0),
]

# --- hn_job ---
ITEMS += [
    ("post", "hn_job", "Dicari karyawan sortir pakaian di gudang bal Korea, shift malam, area Cibitung", 0, 1, 1, 1),
    ("post", "hn_job", "Lowongan: penjaga kios lelong di Pontianak, jujur, bisa hitung, gaji UMR", 0, 1, 1, 1),
    ("post", "hn_job", "Butuh 2 orang buat lipat & packing baju second impor, harian 100rb, Bandung", 0, 1, 1, 1),
    ("post", "hn_job", "Loker host live jualan baju karung Jepang, shift malam, paham TikTok, gaji + bonus", 0, 1, 1, 1),
    ("post", "hn_job", "Dicari fotografer produk untuk toko preloved pribadi, bukan barang impor, freelance", 0, 1, 1, 0),
    ("post", "hn_job", "Lowongan kuli bongkar goni baju bekas di gudang Tanjungbalai, bayar per koli", 0, 1, 1, 1),
    ("post", "hn_job", "Hiring: content writer untuk brand upcycle dari baju bekas lokal, WFH", 0, 1, 1, 0),
    ("message", "hn_job", "Mas, masih butuh tukang setrika buat baju monza di kios Pajak Melati ga? saya bisa mulai besok", 0, 1, 1, 1),
    ("post", "hn_job", "Dicari penjahit permak untuk kios cakar di Makassar, bisa ganti resleting", 0, 1, 1, 1),
    ("post", "hn_job", "Lowongan tukang cuci & setrika baju bekas Jepang di laundry langganan pedagang, Surabaya", 0, 1, 1, 1),
    ("post", "hn_job", "Cari partner kerja di toko awul-awul Bantul, jaga toko & rapiin tumpukan, gaji mingguan", 0, 1, 1, 1),
]

# --- hn_travel_food ---
ITEMS += [
    ("post", "hn_travel_food", "Soto kudus di pojok parkiran Pasar Senen enak parah, 18rb doang", 1, 0, 0, 0),
    ("post", "hn_travel_food", "Mampir Gedebage cuma buat makan batagor depan gerbang, bukan buat belanja baju 😅", 0, 0, 0, 0),
    ("listing", "hn_travel_food", "Warung Kopi Mak Ijah, 50 meter dari Pajak Melati, buka jam 6 pagi, ada lontong sayur", 1, 0, 0, 0),
    ("post", "hn_travel_food", "Jalan pagi ke Pelabuhan Dumai liat kapal, sunrise-nya bagus banget", 0, 0, 0, 0),
    ("post", "hn_travel_food", "Kuliner malam Pontianak: choi pan dekat pasar lelong, wajib coba", 1, 0, 0, 0),
    ("post", "hn_travel_food", "Nyebrang ke Tawau cuma buat makan roti canai sama teh tarik, balik sore 😋", 0, 0, 0, 0),
    ("post", "hn_travel_food", "Parkir di Blok M Square sekarang 5rb per jam, mahal juga ya", 0, 0, 0, 0),
    ("post", "hn_travel_food", "Bakmi Jawa dekat alun-alun pas Sekaten, antre tapi worth it", 1, 0, 0, 0),
    ("comment", "hn_travel_food", "kalau ke Gedebage jangan lupa cobain cilok kuah di parkiran, juara", 1, 0, 0, 0),
    ("post", "hn_travel_food", "Trip ke Entikong: cuma lihat PLBN, foto-foto, ngopi, pulang", 0, 0, 0, 0),
    ("post", "hn_travel_food", "Sate dekat pasar cakar Toddopuli, porsi gede, 25 ribu ji", 1, 0, 0, 0),
]
