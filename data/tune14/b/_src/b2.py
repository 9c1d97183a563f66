# Batch 2: more illegal offers past the keyword filter, then first legal hard negatives.
# Tuple: (kind, category, (offer, used, clothing, abroad), text)
RECORDS = [
("post", "invented_code_word", (1, 1, 1, 1), """Punten, "kiriman awewe" parantos dugi 🙏
Seueur rok, blus, sareng kardigan, sadayana tos dipilihan tina tumpukan gudang.
Harga 20 rebu dugi 60 rebu, tiasa ditawis saeutik.
Lapak di Pasar Kebon Kalapa, lantai dasar, caket tukang sol sapatu.
Nu ti luar kota tiasa mesen via WA 0857xxxx."""),

("listing", "unit_lot_offer", (1, 1, 1, 1), """KAOS POLO CAMPUR | SORTIRAN A | 1 IKAT = 100 PCS | READY GUDANG SURABAYA
Lacoste, Fred Perry, Polo RL, Munsingwear, merk golf Jepang
Kondisi bersih, layak jual langsung, warna masih keluar
Harga per ikat 2,2jt
Pemesanan minimal 1 ikat, tidak melayani ecer
Pengiriman via kargo Tanjung Perak ke seluruh Indonesia Timur"""),

("comment", "condition_wear_offer", (1, 1, 1, 1), """ada kak, sweater Champion reverse weave ukuran M, warna abu
kondisi 8/10: ada pilling di lengan, kerah masih kenceng, logo bordir utuh
barang sisa pilihan dari ikatan Tanjungbalai, cuma 1 itu aja
150rb blm ongkir, mau di-keep?"""),

("post", "route_port_offer", (1, 1, 1, 1), """Jalur Sebatik lancar lagi 🙌
Minggu ini kita dapat sepatu boot, jaket motor, sama celana kerja lapangan.
Barang pilihan, yang jebol langsung dibuang.
Yang di Tarakan & Samarinda bisa pesan dulu, kirim pakai kapal Pelni Jumat.
Harga murah meriah, tanya-tanya boleh, tidak beli pun tak apa 😊"""),

("profile", "market_kiosk_promo", (1, 1, 1, 1), """Toko Daeng Sikki - Pasar Terong lt.2
Hari "buka baru" tiap Minggu pagi, barang segar langsung dari karung
Gaun pesta, kebaya modern, jas, blus kantor
Harga bersahabat, bisa tawar-tawar ji
Pesan antar: WA 0811xxxx (Daeng Sikki)"""),

("live", "live_sale_opening", (1, 1, 1, 1), """Ayo ayo merapat! Live sore ini khusus celana jeans cewek, highwaist & mom jeans 👖
Semua dari goni yang baru dibuka tadi siang, belum sempat difoto satu-satu
Ukuran aku ukur langsung pakai meteran di depan kamera
Minus aku tunjukin, ada yang pudar di paha, ada yang jahitan lepas dikit
Harga 40-85rb, checkout keranjang nomor 1-20"""),

("message", "reseller_recruit", (1, 1, 1, 1), """[BROADCAST]
Dibuka pendaftaran mitra lapak mingguan!
Kami suplai baju pilihan dari gudang pelabuhan, per ikat 50 atau 100 potong, kondisi layak pakai & wangi.
Mitra dapat: harga khusus, prioritas stok jaket, bebas retur barang sobek.
Cocok buat jualan di CFD, pasar kaget, atau online.
Daftar: balas MITRA + kota kamu."""),

("listing", "condition_wear_offer", (1, 1, 1, 1), """Kemeja Burberry Nova Check Wanita Size 10 UK
Kondisi 8,5/10, ada noda samar di manset kanan (sudah dicoba dicuci, sisa tipis)
Label dalam agak luntur, tulisan masih terbaca
Diambil waktu sortir koli Batam bulan ini
Cuma 1, tidak ada ukuran lain
Rp 275.000, free bubble wrap"""),

("post", "pointer_elsewhere", (1, 1, 1, 1), """PSST... ada yang baru dateng dari seberang 👀🚢
Mantel, long coat, sweater turtleneck - pas buat yang mau ke Jepang musim dingin 😂
Semua udah dry clean, 1 pcs only
Foto & harga ga aku upload di sini ya (biar ga kena takedown lagi)
Langsung cek grup WA, link di bio. Yang telat jangan nangis"""),

("listing", "unit_lot_offer", (1, 1, 1, 1), """Selimut & Bed Cover Per Karung (isi ±40 lembar)
Selimut bulu, quilt, sprei bermotif
Kondisi rata-rata bagus, sudah dicek satu-satu waktu buka ikat
Harga 1,6jt/karung, ambil 3 karung harga 4,5jt
Cocok buat usaha laundry kiloan yang mau jual sampingan atau buat kios pasar
Lokasi gudang Pontianak Timur"""),

("post", "invented_code_word", (1, 1, 1, 1), """Ane ada "paket harta karun" nih gan, 1 paket 20 pcs kemeja gunung & jaket outdoor
Semua ambilan dari tumpukan gede yang tiap Rabu nongol di gudang Tanjung Uban
Kondisi 7-9/10, no sobek besar
Harga 500k/paket, ongkir ditanggung agan
Mau liat isinya? PM aja, ane kirimin video"""),

("message", "route_port_offer", (1, 1, 1, 1), """Pak Haji, titipan jaket 3 koli sudah naik speedboat dari Batam ke Kuala Tungkal tadi malam.
Besok pagi sampai, langsung saya antar ke toko bapak.
Isinya sesuai pesanan: 1 koli jaket kulit, 2 koli jaket jins & parasut.
Pembayaran sisa 4 juta bisa dikirim setelah barang diterima.
Terima kasih sudah langganan pak."""),

("review", "condition_wear_offer", (1, 1, 1, 1), """Beli 5 jaket sekaligus di lapak ini buat dijual lagi. Ulasan jujur: 4 kondisi bagus (8/10), 1 ada bau apek tapi hilang setelah direndam.
Penjual bilang barangnya dari ikatan yang masuk lewat Dumai, dan emang keliatan kualitas luar, jahitannya rapi.
Harga 40rb per jaket, untung lumayan pas aku jual 90rb.
Toko: @lapak.mbakyun — rekomen buat yang cari modal murah."""),

("listing", "pointer_elsewhere", (1, 1, 1, 1), """[1/1] Coach Jacket Windbreaker Mizuno - Fit L
📌 kondisi 9/10 (no hole no stain)
📌 lebar 62 panjang 72
📌 ready stock, barang udah nyampe dari kapal minggu lalu
📌 harga: cek katalog 👉 link di bio
📌 order via WA aja biar cepet
#1pcsonly #ootdcowok #jaketcowok"""),

("post", "market_kiosk_promo", (1, 1, 1, 1), """Pagi ini lapak kami di Pasar Tungging Kotabumi udah gelar lagi 🙏
Banyak baju kerja, celana bahan, jaket loreng, semua pilihan dari tumpukan yang turun minggu ini.
Harga serba 25 ribu untuk kemeja, 35 ribu celana.
Buka sampai siang, yang datang duluan dapat pilihan terbaik."""),

("live", "live_sale_opening", (1, 1, 1, 1), """Sesi 2 malam ini: TOPI & SEPATU
Baru aja dibuka koli nya guys, ada topi baseball New Era, sepatu lari, boots kulit
Tiap barang kita spill kondisinya di kamera, yang minus jelas disebut
Pemenang = komen pertama "GAS" + nomor
Transfer max jam 12 malam, pengiriman besok siang
Yang udah kebagian jangan lupa share live ini ke temen kalian 🙏"""),

("listing", "unit_lot_offer", (1, 1, 1, 1), """Paket Kodian Kaos Band & Film (20 pcs)
Isi kaos band metal, film kartun, tur konser, tahun campur
Kondisi rata2 layak, sebagian sablon retak (itu malah dicari ya)
Dipilih dari tumpukan kiriman Belawan, ga ada yang kembar
Harga 1 kodi 900rb, 3 kodi 2,5jt
Ready di Medan, kirim se-Indonesia"""),

("comment", "invented_code_word", (1, 1, 1, 1), """Ready kak! "Paket kulkas" (jaket musim dingin) masih 2 ikat, isi 30an potong.
Dapatnya minggu lalu dari pelabuhan, kondisi rata-rata bagus, ada 2-3 yang resleting macet.
Harga ikat 1,5jt. Cek DM ya kak, fotonya kukirim di sana."""),

("post", "condition_wear_offer", (1, 1, 1, 1), """Menemukan si cantik ini di tumpukan pagi tadi 😍
Cardigan rajut tangan, wool 100%, warna krem, ukuran S-M
Ada 1 benang tertarik di lengan (sudah aku rapikan), selebihnya bersih
Label tulisan kanji udah pudar, kayaknya umur lebih tua dari aku 🤭
Mahar 95rb. Dari gudang Batam, kirim ke seluruh Indonesia"""),

("message", "unit_lot_offer", (1, 1, 1, 1), """Ko, stok minggu ini udah saya timbang:
kemeja campur 320 kg, jaket 180 kg, celana 250 kg.
Harga per kilo kemeja 38rb, jaket 55rb, celana 42rb.
Semua sudah dipilah dari goni, yang jelek dipisah.
Kalau jadi ambil, truk bisa jalan dari Dumai Senin pagi, sampai Padang Selasa."""),

("listing", "route_port_offer", (1, 1, 1, 1), """Jaket Kulit Asli Pria - Stok Datang Via Entikong
Berbagai model: bomber, biker, blazer kulit
Kondisi layak pakai, kulit masih lentur, beberapa ada goresan pemakaian
Ukuran M sampai XXL
Harga 180rb - 450rb tergantung kondisi
Toko kami di Jl. Tanjungpura Pontianak, atau pesan online"""),

("post", "pointer_elsewhere", (1, 1, 1, 1), """jujur ini batch terbaik tahun ini 😭🙏
kemeja linen, celana pleated, rompi rajut, vibe bapak2 Eropa 90an
semuanya udah ada pemilik pertamanya dulu, sekarang nunggu pemilik kedua wkwk
harga 55-140k, kondisi ditulis di tiap slide
yg mau: komen "mau" di postingan ini, nanti kami DM satu2"""),

("profile", "invented_code_word", (1, 1, 1, 1), """KEDAI KAIN LAUT 🐟
Baju² "ikan asin" (yang udah dijemur 2x biar wangi) dari kapal tiap Kamis
Grosir & ecer • Jaket • Gamis • Kemeja • Celana
Gudang: Tanjungbalai Asahan
Agen di Kisaran, Rantau, Siantar
Order: WA admin di highlight"""),

("listing", "condition_wear_offer", (1, 1, 1, 1), """Sepatu Kulit Pantofel Clarks Size 42 - Kondisi Terawat
Dipakai pemilik sebelumnya dengan baik, sol ada aus tipis di tumit
Sudah disemir ulang, bau tidak ada
Kotak tidak ada, cuma sepatu saja
Dari sortiran koli sepatu kerja minggu lalu, stok 1 pasang
185rb, kirim dari Tanjungpinang"""),

("message", "reseller_recruit", (1, 1, 1, 1), """Hai kak, kami lihat kamu jualan fashion di TikTok ya? 😊
Kami supplier baju pilihan dari pelabuhan Belawan, tiap minggu ada ikatan baru.
Kamu bisa ambil per 25 pcs, kondisi 8/10 ke atas, sudah laundry.
Harga modal rata-rata 18rb/pcs, biasanya dijual lagi 50-70rb.
Kalau tertarik, aku kirim katalog minggu ini."""),

("post", "route_port_offer", (1, 1, 1, 1), """Yang di Ambon & sekitarnya, barang dari kapal kayu yang singgah di Tual udah kami pilah 🚢
Baju renang, kaos pantai, celana pendek, sendal gunung
Kondisi bagus, sebagian masih kaku baru pakai beberapa kali
Datang langsung ke rumah di Passo atau pesan online
Harga mulai 15rb"""),

("listing", "unit_lot_offer", (1, 1, 1, 1), """Baju Anak Sortir Per Goni ±250 Pcs | Usia 1-10 Thn
Kaos, dress, celana, piyama, jaket kecil
Grade A campur, masih bagus buat dijual lagi
Banyak merk Uniqlo, Zara Kids, Next
3,8jt/goni, DP 1jt
Kirim dari gudang Batam via kapal roro"""),

("comment", "market_kiosk_promo", (1, 1, 1, 1), """Kalo nyari jas & blazer murah ke kios aku aja kak di Pasar Senen Blok III, kios nomor 207.
Tiap Senin buka ikatan baru, jadi Selasa pagi masih banyak pilihan.
Jas 75-150rb, blazer cewek 50rb. Kondisi dipilih, bisa dicoba di tempat."""),

("live", "invented_code_word", (1, 1, 1, 1), """LIVE "ANAK KAPAL" EPISODE 19 ⚓
Malam ini kita buka 2 karung, satu kemeja kotak2, satu lagi celana cargo
Harga flat 45rb semua! Ga pandang merk
Sebut ukuran & minus tiap item, jujur selalu
Pembayaran via shopee live, nomor keranjang sesuai urutan
Gas jam 9 malam ya kapten2 🫡"""),

# ---- legal hard negatives ----
("article", "hn_news_report", (0, 1, 1, 1), """Petugas Bea Cukai Batam kembali menegah puluhan koli pakaian bekas yang dibawa penumpang kapal dari Singapura di Pelabuhan Batam Centre, Sabtu lalu.
Barang dikemas dalam koper dan ransel berukuran seragam untuk menyamarkan muatan ballpress.
Menurut petugas, pemilik sengaja menitipkan bagasi kepada penumpang lain dengan imbalan uang.
Seluruh barang disegel dan akan dimusnahkan sesuai Permendag 40 Tahun 2022 yang melarang impor pakaian bekas.
Masyarakat diimbau tidak membeli maupun menjual pakaian bekas impor ilegal."""),

("post", "hn_complaint_quoting_ad", (0, 1, 1, 1), """Hati2 sama akun @gudangthrift.murah ‼️
Iklannya bilang: "BAL IMPOR KOREA GRADE A, 1 karung 2jt, isi jaket branded". Aku transfer DP 1jt.
Yang dateng karung isi kaos robek-robek, bau apek, ga ada satupun jaket.
Pas aku protes langsung diblokir.
Udah lapor ke marketplace & cekrekening. Jangan sampe ada korban lagi ya guys 🙏"""),

("post", "hn_opinion", (0, 1, 1, 1), """Pendapat pribadi soal thrifting:
Aku ngerti kenapa anak muda suka beli baju bekas impor, murah dan branded.
Tapi kalau tiap minggu ada ratusan bal masuk lewat pelabuhan tikus, penjahit dan konveksi lokal yang kena.
Pemerintah juga jangan cuma razia pedagang kecil di Senen, kejar importirnya.
Solusinya? Dukung brand lokal, atau kalau mau thrift, thrift-lah dari lemari teman sendiri."""),

("comment", "hn_buyer_question", (0, 1, 1, 1), """Mau nanya dong kak, kalo beli bal pakaian bekas impor yang 1 karung itu biasanya isinya berapa potong ya?
Trus grade A sama grade B bedanya separah apa?
Aku pengen coba buka lapak kecil tapi takut rugi & takut kena razia juga 😅
Ada yang pernah pengalaman? Share dong"""),

("post", "hn_joke_meme", (0, 1, 1, 1), """POV: kamu beli jaket thrift 50rb terus di sakunya nemu struk belanja supermarket Jepang tahun 2009 🧾😭
Aku: wah ini jaket punya om-om Tokyo yang suka beli onigiri jam 2 pagi
Temen: itu bekas impor bro, jangan dihalu-in
Aku: biarin, sekarang aku pewaris sah onigiri itu 🍙"""),

("review", "hn_review_no_seller", (0, 1, 1, 1), """Pengalaman pertama pakai jaket hasil thrifting bal impor:
Bahan bagus, jahitan rapi, tapi harus direndam air panas + detergen 2x baru baunya hilang.
Ada noda kecil di kerah yang gak mau pergi.
Overall puas untuk harga segitu, tapi sekarang aku lebih hati-hati soal kebersihan dan legalitasnya.
Nilai: 3,5/5"""),

("article", "hn_rules_guideline", (0, 1, 1, 1), """Kebijakan Produk Terlarang - Pembaruan
Mulai bulan ini, penjual dilarang mengunggah produk pakaian bekas asal impor, termasuk yang diberi keterangan "bal", "balpres", "karungan", "sortiran impor" atau sejenisnya.
Produk yang melanggar akan diturunkan tanpa pemberitahuan dan toko dapat dikenai penalti poin.
Pakaian preloved milik pribadi yang dibeli di dalam negeri tetap diperbolehkan dengan mencantumkan kondisi dengan jelas.
Pelajari daftar lengkap di Pusat Edukasi Penjual."""),

("post", "hn_buyer_diary", (0, 1, 1, 1), """Thrift diary #12 🧥
Hari ini cuma dapet 2 potong: kemeja flanel merah dan celana cargo krem. Total 70rb.
Kata abangnya itu dari bal Korea yang baru dibongkar pagi tadi, pantes ukurannya pas di badanku.
Kemejanya langsung aku rendam pakai cuka + air panas, besok mau aku pakai ke kampus.
Next week targetnya nyari jaket denim yang warnanya udah pudar alami 🤞"""),

("post", "hn_job_vacancy", (0, 1, 1, 1), """LOWONGAN KERJA
Dibutuhkan 2 orang penjaga lapak thrift (baju bekas impor) di daerah Depok.
Tugas: menyortir isi karung, menggantung baju, melayani pembeli, live TikTok 2x seminggu.
Gaji 2,2jt + bonus penjualan, jam kerja 09.00-17.00.
Syarat: jujur, tidak gampang jijik, bisa naik motor.
Lamaran dikirim lewat DM."""),

("message", "hn_swap", (0, 1, 1, 1), """Hai guys, komunitas Tukar Lemari Bekasi mau ngadain swap party Minggu depan 🔄
Bawa maksimal 5 baju bekas layak pakai (boleh hasil thrift, boleh preloved sendiri), nanti ditukar pakai kupon.
Gak ada jual beli ya, murni tukar.
Baju yang gak ketuker bakal kami donasikan ke panti.
Lokasi: taman perumahan blok F, jam 3 sore."""),
]
