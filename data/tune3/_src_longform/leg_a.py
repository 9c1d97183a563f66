from common import R
ROWS = [
# ---------------- new_thrift_style (18) offer1 used0 clothing1 abroad0 ----------------
R("listing","new_thrift_style","1010","""
KEMEJA FLANEL THRIFT STYLE - BARU, PRODUKSI SENDIRI
Model oversize ala kemeja vintage, tapi 100% baru (bukan barang bekas)
Size: M (LD 54) / L (LD 58) / XL (LD 62)
Bahan flanel katun tebal, jahitan rantai
Made in Bandung, konveksi kami di Cigondewah
Harga Rp129.000, kirim dari Bandung via JNE/J&T
"""),
R("listing","new_thrift_style","1010","""
Jaket Denim "Thrift Look" Washed - NEW
Efek pudar & sobek dibuat di pabrik (distressed), barang baru tanpa pemakai sebelumnya
Size S, M, L, XL (size chart di foto 5)
Full size run, restock tiap bulan
Made in Bandung 🇮🇩 | Rp199.000
Pengiriman Shopee Xpress / J&T
"""),
R("post","new_thrift_style","1010","""
Suka gaya thrift tapi males bongkar-bongkar tumpukan? 😆
Koleksi "Vintage Daily" kami baru semua, dijahit di Bandung
Kemeja corduroy, kaos boxy washed, celana baggy
Size M-XXL tersedia semua warna
Harga mulai 89rb, cek keranjang kuning!
#thriftstyle #localbrand #madeinbandung #ootdcowok
"""),
R("listing","new_thrift_style","1010","""
Kaos Band Style Vintage (Baru) - Sablon Crack Effect
Bukan kaos bekas ya kak, ini kaos baru dengan sablon efek retak biar terlihat lawas
Cotton combed 20s, size S/M/L/XL/XXL
Produksi lokal Bandung, desain original (bukan band asli)
Rp85.000 / pcs, grosir 12 pcs Rp75.000
"""),
R("listing","new_thrift_style","1010","""
Celana Cargo Baggy ala Thrift - BNWT
Brand lokal, label & hangtag masih terpasang
Bahan twill tebal, 6 kantong, tali bawah
Size 28-38 lengkap
Made in Bandung | Rp159.000
Ready stock banyak, bisa pilih warna army, hitam, khaki
"""),
R("post","new_thrift_style","1010","""
"Kak ini thrift ya?" — Bukan kak 😄
Semua produk kami BARU, konveksi sendiri di Bandung, cuma desainnya terinspirasi gaya thrift 90an
Jadi ukurannya lengkap, bisa restock, dan gak ada noda misterius wkwk
Sweater rajut motif nenek 139rb, cardigan 149rb
#notthrift #vintageinspired #brandlokal
"""),
R("listing","new_thrift_style","1010","""
[NEW ARRIVAL] Cardigan Rajut Motif Retro - Gaya Thrift
Produksi rajut Binong Jati, Bandung
Size: All size fit L (LD 110 cm)
Kondisi: baru, dalam plastik, ada label brand
Rp115.000
Kirim dari Bandung, COD tersedia
"""),
R("listing","new_thrift_style","1010","""
Hoodie Oversize "Thrifted Vibes" Collection
Baru dan original brand kami, bukan sortiran karung
Bahan fleece 330 gsm, wash effect
Size M, L, XL, XXL — PO 5 hari kerja untuk warna sage
Dibuat di Bandung oleh penjahit lokal
Rp179.000
"""),
R("post","new_thrift_style","1010","""
Kenapa kami bikin koleksi bergaya thrift? 🤔
Karena banyak yang suka model kemeja Hawaii & bowling shirt, tapi susah cari ukuran yang pas di pasar loak.
Jadi kami produksi sendiri, baru, size S-3XL.
Harga 120rb, bahan rayon adem, made in Bandung.
Order di link bio ✨
#bowlingshirt #hawaiianshirt #produklokal
"""),
R("listing","new_thrift_style","1010","""
Jaket Varsity Retro - Produk Baru Lokal
Tampilan kayak jaket kampus Amerika jadul, tapi dijahit baru di Bandung
Bahan wol sintetis + lengan kulit sintetis
Size M/L/XL, full size run
Rp265.000
Gratis ongkir Jawa
"""),
R("post","new_thrift_style","1010","""
Koleksi "Pasar Loak" kami sudah bisa dibeli 🛍️
Namanya doang yang pasar loak, barangnya baru semua 😂
Kaos ringer, kemeja garis, celana kulot corduroy
Dijahit di workshop kami, Jl. Soekarno-Hatta Bandung
Mulai 79rb, size S sampai XXL
#pasarloakcollection #brandlokalbandung
"""),
R("listing","new_thrift_style","1010","""
Rok Plisket Vintage Style - Baru
Panjang 80 cm, pinggang karet (fit 60-90 cm)
Warna: mocca, sage, navy, hitam
Gaya thrift tapi barang baru dari konveksi Majalaya
Rp69.000, beli 2 gratis ongkir
"""),
R("profile","new_thrift_style","1010","""
THRIFTLOOK.ID 🧵
Baju baru rasa vintage, dijahit di Bandung
Bukan barang bekas • Size lengkap S-3XL • Bisa custom
Order: Shopee / Tokopedia / WA admin 0857xxxx
Reseller welcome
"""),
R("listing","new_thrift_style","1010","""
Kemeja Corduroy Oversize - Warna Kopi (BARU)
Ala-ala hasil thrifting, tapi kancing dan jahitan masih kenceng karena baru 😁
LD 60, panjang 76, fit to XL
Produksi Bandung, bahan corduroy 14 wales
Rp145.000, stok 40 pcs
"""),
R("post","new_thrift_style","1010","""
Mix & match ala thrifter pakai produk baru kami 👇
1. Kemeja kotak oversize (139k)
2. Kaos putih boxy (69k)
3. Celana baggy jeans washed (189k)
Semua made in Bandung, ready S-XXL
#outfitinspo #thriftstyle #madeinindonesia
"""),
R("listing","new_thrift_style","1010","""
Sweater Crewneck Kampus Style (Baru, Sablon Lokal)
Desain tulisan kampus fiktif ala sweater thrift Amerika
Bahan fleece cotton, size M-XXL
Dibuat di Bandung, bukan barang second
Rp135.000, grosir min 10 pcs Rp115.000
"""),
R("listing","new_thrift_style","1010","""
Tote Bag Kanvas "Thrift Haul" - NEW
Muat laptop 14", ada kantong dalam
Sablon tulisan "THRIFT HAUL" (cuma desain, ini tas baru ya)
Produksi UMKM Cibaduyut-Bandung
Rp45.000, grosir 50 pcs Rp35.000
"""),
R("post","new_thrift_style","1010","""
Tiap hari ada yang nanya: "ini bongkar bal ya kak?" 🙈
Bukan! Kami brand lokal, semua produksi baru di Bandung. Konsepnya aja yang mirip lapak thrift: rak kayu, lampu kuning, musik 90an.
Datang ke store kami di Jl. Trunojoyo, size lengkap semua.
#storebandung #vintagestyle #localpride
"""),
# ---------------- complaint_thread (16) offer0 used1 clothing1 abroad1 ----------------
R("comment","complaint_thread","0111","""
Kecewa banget sama seller ini 😤
Di postingannya tulis "bal Korea grade A, isi 100 kg, dijamin 80% layak jual"
Begitu sampai, isinya banyak yang robek, kotor, bahkan ada yang bau apek
Udah chat dari 3 hari lalu, dibaca doang
Jangan sampai ada yang ketipu kayak aku ya
"""),
R("comment","complaint_thread","0111","""
@user_ana: hati-hati sama akun @balpres.murah99
Dia nawarin "karungan Jepang 4,5jt, kirim dari Batam", aku transfer DP 2jt
Sampai sekarang barang gak dikirim, nomornya udah gak aktif
@user_rio: sama kak, aku juga kena 1,5jt
@user_ana: ayo kita lapor bareng ke polisi siber
"""),
R("review","complaint_thread","0111","""
Bintang 1 ⭐
Deskripsi bilang "jaket seken Jepang kondisi 9/10", yang datang jaketnya sobek di ketiak dan resleting macet
Penjual bilang "namanya juga barang karungan kak"
Ya kalau gitu jangan tulis 9/10 dong
Gak rekomen
"""),
R("comment","complaint_thread","0111","""
Ada yang pernah beli di lapak online "Cakar Sultan"?
Dia promosi: "cakar Malaysia masuk Parepare, dress 35rb, dijamin bersih"
Yang sampai ke saya 3 dress, semuanya ada noda kuning dan sobek
Minta retur ditolak, katanya sudah disclaimer
Saya cuma mau ingatkan teman-teman
"""),
R("post","complaint_thread","0111","""
Thread kekecewaan beli "bal sepatu Thailand" 🧵
1/ Seller posting: "1 karung ±70 pasang, grade A, ori semua"
2/ Aku bayar 5jt full
3/ Yang datang 48 pasang, 20-an pasang solnya lepas, ada yang kiri-kanan beda ukuran
4/ Seller bilang "karung Thailand memang gitu bro"
5/ Pelajaran: jangan mau bayar full di depan
"""),
R("comment","complaint_thread","0111","""
@mamah.ririn: min ini aku kan pesan paket 10 baju anak yang katanya "seken Jepang, layak pakai"
Kok ada 4 yang robek dan 2 yang bau banget?
@mamah.ririn: udah chat seller, katanya "resiko barang bal ya bun"
Aku laporin ke CS marketplace aja deh. Screenshot iklannya udah aku simpan
"""),
R("message","complaint_thread","0111","""
Pak admin grup, saya mau lapor.
Member atas nama "Bang Roma Tawau" jual karung rombengan dan bilang "isi 400 potong, baju bagus semua".
Saya sudah transfer 3,2 juta, karung datang cuma isi 180-an potong, banyak yang tidak layak.
Mohon dikeluarkan dari grup supaya tidak ada korban lain.
Bukti transfer dan chat saya lampirkan.
"""),
R("comment","complaint_thread","0111","""
Buat yang mau beli "mystery box thrift Korea" di live akun X, mending pikir-pikir dulu.
Hostnya bilang "isinya minimal 3 barang branded dari bal Korea".
Aku beli 2 box, dapatnya kaos lusuh tanpa merek dan 1 kaos kaki 😭
Udah aku laporkan livenya.
"""),
R("review","complaint_thread","0111","""
Bintang 2.
Iklan: "Kemeja lelong Kuching, cuci gosok, kerah bersih".
Kenyataan: kerah kuning, ada bekas spidol, dan bau kapur barus kuat.
Pengiriman cepat, cuma itu kelebihannya.
"""),
R("comment","complaint_thread","0111","""
Ini chat seller yang aku screenshot:
"Bal jaket winter Korea ready kak, 7jt, isi 180-200 jaket tebal semua"
Nyatanya isinya campur kaos & celana pendek, jaket cuma 40-an.
Seller blokir aku setelah aku komplain.
Semoga ada yang bisa bantu atau minimal jadi pelajaran.
"""),
R("post","complaint_thread","0111","""
Curhat pedagang kecil 😔
Beli 2 karung monza dari supplier yang katanya "langsung turun dari Teluk Nibung, grade A".
Buka di lapak, hampir setengahnya sobek dan jamuran.
Modal 9 juta hilang separuh. Udah telepon supplier, jawabnya "nasib bang".
Hati-hati ya kawan pedagang.
"""),
R("comment","complaint_thread","0111","""
@fikri: bro lu beli di @gudangbal.jkt juga? dia bilang "bal Jepang cream, 95% mulus"
@tama: iya, zonk bro. dapat banyak kemeja kerja kuning
@fikri: gue udah bikin laporan ke marketplace, lu ikut lapor ya biar tokonya diturunin
@tama: siap
"""),
R("review","complaint_thread","0111","""
⭐ 1/5
Judul listing: "SEPATU SEKEN ORI EX THAILAND SIZE 42".
Yang datang size 40, dan jelas KW (jahitan logo miring).
Waktu saya komplain, seller bilang "dari bal memang campur kak".
Dana sudah saya ajukan pengembalian.
"""),
R("message","complaint_thread","0111","""
Selamat siang CS, saya ingin mengajukan komplain.
Toko "Preloved SG Batam" mengiklankan "tas Coach seken Singapura, ori 100%".
Setelah saya cek ke gerai resmi, tas tersebut palsu dan ada kerusakan yang tidak disebutkan.
Mohon dibantu proses pengembalian dana. Nomor pesanan terlampir.
Terima kasih.
"""),
R("comment","complaint_thread","0111","""
Ulasan buat lapak awul-awul online yang lagi viral:
Katanya "sortiran kepala karung Jepang, semua layak".
Dari 5 kemeja yang aku beli, 3 kancingnya copot dan 1 ada lubang rokok.
Harganya sih murah, tapi deskripsinya nggak jujur.
Aku kasih tau aja biar yang lain tahu.
"""),
R("post","complaint_thread","0111","""
Grup Pedagang Pasar Aur Kuning — peringatan!
Ado urang manawarkan "karungan Dumai, baju kurung & jaket, 3 juta sakarung, antar sampai Bukittinggi".
Alah 3 urang dari awak nan tatipu, karung indak sampai.
Jan lai picayo kalau minta bayia panuah di muko.
Kalau ado nan tau nomor urang ko, tolong kaba an ka admin.
"""),
# ---------------- news_article (18) offer0 used1 clothing1 abroad1 ----------------
R("article","news_article","0111","""
Pedagang Pasar Senen Keluhkan Sulitnya Pasokan Pakaian Bekas Impor
JAKARTA — Sejumlah pedagang di Blok III Pasar Senen mengaku stok pakaian bekas impor kian menipis setelah penertiban gudang pekan lalu.
"Biasanya saya ambil satu bal isi 400-an potong sekitar Rp6 juta, sekarang susah dapat," kata Rudi (41), pedagang kemeja.
Pedagang lain, Yuni (35), menyebut harga jual eceran naik dari Rp35.000 menjadi Rp45.000 per potong.
Kementerian Perdagangan menegaskan impor pakaian bekas tetap dilarang sesuai Permendag 40/2022.
"""),
R("article","news_article","0111","""
Bea Cukai Gagalkan Penyelundupan 120 Balpres di Perairan Tanjungbalai
TANJUNGBALAI — Petugas patroli laut mengamankan sebuah kapal kayu bermuatan 120 bal pakaian bekas asal Malaysia, Minggu dini hari.
Kapal diduga hendak bersandar di pelabuhan tidak resmi di muara Sungai Asahan.
Nakhoda dan dua ABK kini diperiksa. Nilai barang ditaksir Rp600 juta.
Seluruh barang bukti akan dimusnahkan sesuai ketentuan.
"""),
R("article","news_article","0111","""
Harga Cakar di Makassar Naik Jelang Lebaran
MAKASSAR — Pedagang cakar (cap karung) di kawasan Pasar Terong mengaku harga karungan dari Parepare naik hingga 20 persen.
"Dulu satu karung Rp3,5 juta, sekarang Rp4,2 juta," ujar Hasna, pedagang yang sudah 12 tahun berjualan.
Meski demikian, pembeli tetap ramai. Gamis dijual Rp40.000–Rp60.000, celana jeans Rp50.000.
Dinas Perdagangan setempat menyatakan akan melakukan sosialisasi larangan impor pakaian bekas.
"""),
R("article","news_article","0111","""
Satgas Pamtas Amankan Truk Bermuatan Balpres di Jalur Perbatasan Sambas
SAMBAS — Personel satgas pengamanan perbatasan menghentikan truk yang melintas dari arah Jagoi Babang pada Jumat sore.
Di bak truk ditemukan 22 bal pakaian bekas yang diduga dibawa dari Serikin, Sarawak.
Sopir berinisial AR (36) mengaku hanya diupah mengantar barang ke Pontianak.
Barang bukti diserahkan ke Bea Cukai Entikong untuk proses lebih lanjut.
"""),
R("article","news_article","0111","""
Opini: Larangan Thrifting dan Nasib Pedagang Kecil
Pemerintah berulang kali menegaskan larangan impor pakaian bekas demi melindungi industri tekstil dalam negeri.
Namun di lapangan, ribuan pedagang monza di Medan, roma di Nunukan, hingga RB di Kupang menggantungkan hidup pada bal-bal kiriman dari luar negeri.
Penegakan hukum semestinya menyasar importir besar, bukan pedagang eceran.
Pemerintah juga perlu menyiapkan program alih usaha yang realistis, misalnya akses ke produk konveksi lokal dengan harga grosir.
"""),
R("article","news_article","0111","""
Ratusan Karung Pakaian Bekas Dimusnahkan di Nunukan
NUNUKAN — Kejaksaan Negeri bersama Bea Cukai memusnahkan 310 karung pakaian bekas hasil penindakan sepanjang tahun.
Pakaian yang dikenal warga sebagai "rombengan Malaysia" itu masuk melalui jalur laut dari Tawau.
"Kami imbau masyarakat tidak membeli dan tidak memperdagangkan," ujar Kepala Kantor Bea Cukai setempat.
Pemusnahan dilakukan dengan cara dibakar di tempat pembuangan akhir.
"""),
R("article","news_article","0111","""
Pedagang Pajak Melati: "Kami Sudah Puluhan Tahun Jualan Monza"
MEDAN — Di tengah rencana penindakan, pedagang Pajak Melati di Medan Tuntungan berharap ada kebijakan peralihan.
"Bal datang dari Tanjungbalai, kami cuma pengecer. Satu jaket kami jual Rp50 ribu sampai Rp150 ribu," kata Boru Siregar (52).
Menurut dia, ada lebih dari 300 kios di pasar itu.
Pemerintah kota menyatakan tengah mendata pedagang untuk program pelatihan usaha alternatif.
"""),
R("article","news_article","0111","""
Polisi Gerebek Gudang Balpres di Bekasi, 700 Bal Disita
BEKASI — Tim gabungan kepolisian dan Bea Cukai menggerebek sebuah gudang di kawasan industri yang menyimpan ratusan bal pakaian bekas asal Korea dan Jepang.
Pemilik gudang diduga menjual bal ke pedagang Pasar Senen dan Gedebage dengan harga Rp5 juta hingga Rp7 juta per bal.
Polisi masih menelusuri jalur masuk barang, diduga melalui pelabuhan di Kepulauan Riau.
"""),
R("article","news_article","0111","""
Thrifting Jadi Gaya Hidup, Ekonom Ingatkan Dampaknya ke Industri Tekstil
JAKARTA — Tren thrifting di kalangan anak muda dinilai ikut menekan penjualan produk garmen lokal.
Ekonom dari sebuah universitas negeri menyebut harga pakaian bekas impor yang hanya Rp20.000–Rp50.000 per potong sulit disaingi UMKM.
Ia menyarankan pemerintah memperketat pengawasan di pelabuhan dan jalur tikus, sekaligus mendorong kampanye produk lokal.
"""),
R("article","news_article","0111","""
Musim Lebaran, Lapak RB di Maumere Diserbu Pembeli
MAUMERE — Lapak pakaian rombengan (RB) di sekitar Pasar Alok ramai dikunjungi warga menjelang hari raya.
"Beta beli kemeja dua potong cuma Rp30 ribu," kata Maria (38), warga Nita.
Pedagang menyebut barang dikirim per karung dari Surabaya dan Kupang, sebagian berasal dari luar negeri.
Pemerintah daerah belum melakukan penertiban.
"""),
R("article","news_article","0111","""
Bea Cukai Dumai Catat 18 Penindakan Balpres Sepanjang Tahun
DUMAI — Kantor Bea Cukai mencatat 18 kali penindakan terhadap pakaian bekas impor ilegal, sebagian besar di terminal feri internasional.
Barang umumnya dibawa penumpang dari Malaysia dalam jumlah kecil lalu dikumpulkan di gudang.
Petugas mengimbau pemilik toko tidak menerima pasokan bal karena berisiko disita.
"""),
R("article","news_article","0111","""
Kisah Pedagang Lelong Pontianak Bertahan di Tengah Larangan
PONTIANAK — Sudah 20 tahun Arifin (47) berjualan baju lelong di Jalan Pak Kasih.
"Barang dari Kuching, dulu lewat Entikong. Sekarang makin susah," tuturnya.
Harga kemeja di lapaknya Rp25.000–Rp40.000. Ia mengaku tahu barang itu dilarang, namun belum punya usaha lain.
"Kalau pemerintah kasih modal untuk jual baju lokal, saya mau," katanya.
"""),
R("article","news_article","0111","""
DPR Minta Pemerintah Tindak Importir Besar Pakaian Bekas
JAKARTA — Anggota Komisi VI DPR meminta aparat fokus menindak importir besar yang memasukkan ribuan bal pakaian bekas setiap bulan.
"Jangan hanya pedagang di Pasar Senen atau Gedebage yang dikejar," ujarnya dalam rapat kerja.
Ia juga meminta platform e-commerce menurunkan iklan penjualan bal dan karungan.
"""),
R("article","news_article","0111","""
Warga Kuala Tungkal: PJ Sudah Jadi Bagian Hidup Kami
KUALA TUNGKAL — Istilah PJ akrab di telinga warga pesisir Tanjung Jabung Barat untuk menyebut barang bekas dari luar negeri yang dibawa kapal dari Batam dan Singapura.
"Dari dulu kami pakai baju PJ, murah dan bagus," kata Syamsul (60).
Pemerhati ekonomi lokal menilai pemerintah perlu memikirkan alternatif mata pencaharian sebelum melakukan penindakan massal.
"""),
R("article","news_article","0111","""
Kemendag: Pakaian Bekas Impor Berisiko bagi Kesehatan
JAKARTA — Uji laboratorium terhadap sampel pakaian bekas impor yang beredar di pasar menemukan jamur dan bakteri.
Kementerian mengimbau masyarakat tidak membeli pakaian dari bal atau karungan.
Pedagang di Pasar Senen menanggapi dengan menyatakan barang mereka sudah dicuci sebelum dijual, dengan harga Rp30.000–Rp75.000 per potong.
"""),
R("article","news_article","0111","""
Kapal Bermuatan Pakaian Bekas Diamankan di Perairan Parepare
PAREPARE — Kapal motor dari Nunukan yang membawa 85 karung pakaian bekas diamankan petugas gabungan di dekat Pelabuhan Nusantara.
Muatan diduga akan dipasok ke pedagang cakar di Makassar dan kabupaten sekitar.
Nakhoda mengaku barang milik seorang pengusaha di Parepare. Kasus masih diselidiki.
"""),
R("article","news_article","0111","""
Pasar Gedebage Sepi Pembeli Usai Razia
BANDUNG — Kios-kios pakaian bekas di Pasar Gedebage tampak lengang setelah razia aparat awal pekan.
"Yang biasanya ramai anak muda berburu jaket, sekarang sepi. Takut," kata Eneng (44), pedagang.
Ia menyebut satu bal dari importir yang dulu Rp5 juta kini dijual hingga Rp8 juta karena langka.
"""),
R("article","news_article","0111","""
Ambon: Pakaian Karungan Masih Dijual di Sekitar Pasar Mardika
AMBON — Meski dilarang, pakaian bekas luar negeri yang dijual per karung masih mudah ditemukan di lorong-lorong Pasar Mardika.
"Katong ambil dari Surabaya, seng tahu dari negara mana," kata Ibu Nona (49).
Jaket dijual Rp50.000, kemeja Rp25.000. Disperindag Maluku berencana melakukan pendataan.
"""),
# ---------------- platform_guideline (15) offer0 used1 clothing1 abroad1 ----------------
R("article","platform_guideline","0111","""
Kebijakan Produk Terlarang: Pakaian Bekas Impor
Penjual dilarang mengunggah produk pakaian bekas yang berasal dari luar negeri (HS 6309).
Contoh kata kunci yang akan ditinjau: "balpres", "bal thrift", "karungan Korea", "monza", "cakar", "roma", "lelong", "bongkar bal".
Pelanggaran pertama: produk diturunkan. Pelanggaran berulang: toko dibekukan.
Penjual pakaian bekas milik pribadi yang dibeli di dalam negeri tetap diperbolehkan dengan label "preloved pribadi".
"""),
R("article","platform_guideline","0111","""
Panduan Moderator Live Streaming — Kategori Fashion
Hentikan siaran jika host:
• membuka bal/karung pakaian dari luar negeri di depan kamera
• menyebut asal barang seperti "karung Jepang", "bal Korea", "barang Tawau"
• mengajak penonton membeli per bal atau per kilo
Tidak perlu dihentikan: review produk baru, tutorial mix & match, penjualan pakaian pribadi dengan keterangan jelas.
"""),
R("article","platform_guideline","0111","""
Daftar Istilah yang Perlu Diwaspadai (Internal, Tim Trust & Safety)
- Sebutan daerah: monza/monja (Medan), cakar (Sulsel), roma/RB (Kaltara, NTT), lelong (Kalbar), awul-awul (Jogja), PJ (Jambi)
- Satuan: bal, balpres, karung, goni, balan pendek, kiloan
- Grade: cream, A, B, kepala/badan/kaki
- Samaran: b4l, bal1, th r1ft, 🇯🇵📦
Istilah saja tidak cukup: pastikan ada unsur penawaran barang bekas dari luar negeri.
"""),
R("article","platform_guideline","0111","""
Pengumuman untuk Penjual
Mulai 1 bulan depan, sistem kami akan otomatis menandai iklan yang mengandung frasa seperti "bekas impor", "second import", "thrift bal", dan "karungan".
Iklan yang ditandai akan ditinjau manual dalam 1x24 jam.
Jika Anda menjual produk baru bergaya vintage, sertakan keterangan "baru" dan asal produksi agar tidak salah ditandai.
"""),
R("article","platform_guideline","0111","""
FAQ Seller Center: Kenapa produk saya diturunkan?
T: Saya jual jaket second dari bal Korea, kenapa diturunkan?
J: Pakaian bekas asal luar negeri termasuk barang dilarang impor berdasarkan Permendag 18/2021 jo. 40/2022.
T: Kalau barang saya pribadi?
J: Boleh, asalkan milik pribadi, dibeli di dalam negeri, dan tidak dijual dalam partai (bal/karung).
"""),
R("article","platform_guideline","0111","""
Pedoman Komunitas Grup "Jual Beli Fashion Surabaya"
1. Dilarang posting penawaran bal, karungan, atau kiloan pakaian luar negeri.
2. Dilarang memakai kata samaran (misal "b-a-l", "k4rung", emoji kardus + bendera) untuk menghindari filter.
3. Preloved pribadi boleh, wajib foto asli dan keterangan "pemakaian sendiri".
4. Pelanggar dikeluarkan tanpa peringatan.
Admin
"""),
R("article","platform_guideline","0111","""
Catatan Pelatihan Anotator: Contoh Kasus Sulit
Kasus 1: Postingan berita "200 bal pakaian bekas disita" → bukan penawaran, jangan diturunkan.
Kasus 2: "Ready karung Jepang, DM" tanpa kata bekas → tetap penawaran pakaian bekas luar negeri.
Kasus 3: "Kemeja thrift style, baru, made in Bandung" → produk baru lokal, lolos.
Kasus 4: "Jual bal tembakau Madura" → bukan pakaian, lolos.
"""),
R("article","platform_guideline","0111","""
Kebijakan Iklan: Kategori Pakaian
Iklan tidak boleh mempromosikan penjualan pakaian bekas impor, termasuk yang disebut thrift import, second bal, sortiran karung, atau barang "turun kapal".
Iklan untuk toko konsinyasi pakaian preloved lokal, jasa permak, dan produk daur ulang (upcycle) diperbolehkan.
Pengiklan dapat mengajukan banding melalui formulir peninjauan.
"""),
R("article","platform_guideline","0111","""
Rangkuman Aturan untuk Kreator Konten Haul
• Konten "bongkar bal" yang menautkan toko penjual bal tidak dapat dimonetisasi dan dapat dihapus.
• Konten edukasi tentang larangan impor pakaian bekas diperbolehkan.
• Haul belanja pribadi boleh, asalkan tidak mencantumkan link penjualan bal/karung.
• Hindari tagar yang mengarah ke penjual, seperti #jualbal atau #karunganjepang.
"""),
R("article","platform_guideline","0111","""
SOP Penanganan Laporan Pengguna: Pakaian Bekas Luar Negeri
Langkah 1: Periksa apakah ada penawaran (harga, cara order, kontak).
Langkah 2: Periksa indikasi barang bekas (seken, second, preloved, sortiran).
Langkah 3: Periksa indikasi asal luar negeri (negara, bal/karung, pelabuhan, istilah daerah seperti roma atau lelong).
Langkah 4: Jika ketiganya ada dan barangnya pakaian/sepatu/tas, turunkan konten.
"""),
R("article","platform_guideline","0111","""
Pemberitahuan Moderasi Grup WA Pedagang Pasar
Sesuai imbauan Dinas Perdagangan, grup ini tidak lagi menerima broadcast jual beli balpres, karung monza, atau kiloan barang kapal.
Silakan gunakan grup ini untuk info harga sembako, jadwal pasar, dan produk lokal.
Broadcast yang melanggar akan dihapus admin.
"""),
R("article","platform_guideline","0111","""
Filter Kata Kunci v3 — Catatan Perubahan
Ditambahkan: "thr1ft", "b@l", "seken jpn", "ex korea", "karungan mlsia", "rombengan", "cakar karung".
Dihapus (terlalu banyak salah tandai): "bal" tanpa konteks (tembakau, kapas, jerami), "cakar" tanpa konteks (cakar ayam), "monza" (sirkuit Monza).
Catatan: filter hanya penanda awal, keputusan akhir oleh moderator.
"""),
R("article","platform_guideline","0111","""
Kebijakan Marketplace untuk Kategori "Fashion Preloved"
Diperbolehkan: pakaian pribadi bekas pakai, maksimal 10 listing aktif per akun, foto asli, disebutkan cacat.
Dilarang: stok dari bal/karung luar negeri, penjualan per kilo atau per karung, klaim "ex Jepang/Korea/Thailand" untuk barang bekas.
Akun yang melanggar akan dipindahkan ke peninjauan.
"""),
R("article","platform_guideline","0111","""
Panduan Singkat Moderasi Komentar
Komentar pembeli yang bertanya "ini barang bal ya?" tidak melanggar.
Balasan penjual yang menawarkan "ada karung Korea, DM" melanggar.
Komentar yang melaporkan penipuan bal tidak melanggar dan perlu diteruskan ke tim penipuan.
Gunakan konteks, jangan hanya kata kunci.
"""),
R("article","platform_guideline","0111","""
Poster Edukasi untuk Penjual UMKM
"Jual pakaian bekas impor = melanggar aturan"
Istilah yang sering dipakai: thrift bal, ballpress, karungan, bal Korea, roma, cakar, lelong.
Alternatif legal: jual produk konveksi lokal, jual preloved pribadi, jasa permak & upcycle.
Info lebih lanjut hubungi Dinas Koperasi dan UMKM setempat.
"""),
]
