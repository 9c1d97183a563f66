# Batch C: legal hard negatives full of the famous words (hand-written, one by one)
# tuple: (kind, category, offer, used, clothing, abroad, text)

RECORDS = [
("article", "hn_news", 0, 1, 1, 1,
"""Petugas Gabungan Gagalkan Masuknya 38 Balpres Pakaian Bekas di Perairan Bengkalis
Tim patroli laut menghentikan sebuah kapal kayu yang berlayar tanpa lampu navigasi pada Kamis dini hari. Di palka ditemukan 38 balpres berisi pakaian bekas impor yang diduga dimuat dari Malaysia.
Nakhoda dan dua anak buah kapal dibawa ke pangkalan untuk diperiksa. Menurut petugas, modus bongkar muat di tengah laut masih sering dipakai untuk menghindari pelabuhan resmi.
Barang bukti akan diserahkan ke Bea Cukai. Impor pakaian bekas dilarang berdasarkan Permendag 18/2021 yang diubah dengan Permendag 40/2022."""),

("post", "hn_report_quoting_ad", 0, 1, 1, 1,
"""Lapor min 🙏 akun @gudangthrift_murah88 masih terang-terangan jualan, captionnya:
"BONGKAR BAL KOREA GRADE A, 1 KARUNG 3,5JT, BISA COD"
Udah aku report 3x tapi akunnya masih aktif. Bukannya pakaian bekas impor itu dilarang ya?
Tolong ditindak, kasihan UMKM konveksi lokal
#stopbajubekasimpor"""),

("post", "hn_opinion", 0, 1, 1, 1,
"""Unpopular opinion: larangan thrift impor itu bener, tapi telat 10 tahun.
Dulu waktu kuliah di Bandung aku tiap bulan ke Gedebage, borong jaket bekas Jepang 20rb-an. Enak buat kantong, tapi sekarang baru sadar itu bikin penjahit lokal ga kebagian pasar.
Sekarang aku lebih milih beli brand lokal pas diskon atau tukeran baju sama temen.
Kalian tim mana?"""),

("post", "hn_joke_meme", 0, 1, 1, 1,
"""Aku: mau hemat bulan ini 😇
Juga aku, lihat story "BUKA BAL JEPANG JAM 7 MALAM": 🏃‍♀️💨
Dompetku: 💀
Pacarku: "itu jaket kelima yang warnanya sama"
Aku: "beda, yang ini bekas orang Osaka, vibesnya lain" 😤
#thriftaddict #ngakak"""),

("comment", "hn_buyer_question", 0, 1, 1, 1,
"""Permisi kak mau tanya, kalau beli baju thrift impor di Pasar Senen itu aman ga sih buat kulit? Takut ada jamur atau kutu.
Biasanya kalian cucinya pakai apa? Direndam air panas cukup atau harus pakai disinfektan?
Soalnya aku baru beli 3 kemeja kemarin, belum berani pakai 😅"""),

("review", "hn_buyer_diary", 0, 1, 1, 1,
"""Diary thrifting #7 📓
Hari ini nyoba ke pasar cakar di Makassar bareng sepupu. Panas, ramai, baunya khas karung dari kapal.
Dapat 2 kemeja Uniqlo bekas dan 1 celana kargo, total 60 ribu. Satu kemeja ternyata sobek di punggung, baru ketahuan di rumah, ya sudahlah namanya juga untung-untungan.
Pelajaran: selalu bentangkan baju di bawah cahaya sebelum bayar."""),

("listing", "hn_new_thrift_style", 1, 0, 1, 0,
"""Kemeja Flanel Thrift Look Oversize BARU Produksi Sendiri Bandung
Motif kotak-kotak ala vintage, bahan katun flanel tebal
Kondisi 100% baru, masih plastik, ada tag brand kami
Bukan barang bekas ya kak, cuma desainnya dibikin kayak hasil thrifting
Ukuran M, L, XL, XXL
Harga 129rb, grosir 12 pcs harga 99rb"""),

("post", "hn_own_preloved", 1, 1, 1, 0,
"""Preloved lemari sendiri, mau pindahan jadi harus dikurangin 🥲
1. Blazer Zara beli di PIM 2022, dipakai 3x, 175rb
2. Dress batik Danar Hadi, second pribadi, 200rb
3. Sepatu flat Charles & Keith ukuran 38, ada lecet dikit di tumit, 150rb
Semua barang pribadi, bukan barang impor bal ya
COD area Tangerang Selatan, chat 0812xxxx"""),

("message", "hn_donation", 0, 1, 1, 0,
"""Teman-teman alumni SMA 3, kami mengumpulkan pakaian bekas layak pakai untuk korban banjir di Demak 🙏
Yang dibutuhkan: baju anak, sarung, mukena, selimut, pakaian dalam BARU
Tolong dicuci dan dilipat rapi, masukkan ke kardus atau karung
Drop point: rumah Bu Wati, Jl. Melati no. 12, sampai hari Minggu
Ini donasi, bukan untuk dijual. Terima kasih!"""),

("post", "hn_school_bazaar", 1, 1, 1, 0,
"""📣 BAZAR AMAL SD INSAN MULIA
Sabtu, 14 September, 07.00-12.00 di halaman sekolah
Dijual baju bekas layak pakai hasil donasi wali murid: seragam, baju main, sepatu, tas
Harga 5rb - 25rb, semua hasil penjualan untuk renovasi perpustakaan
Barang berasal dari sumbangan orang tua murid, bukan barang impor
Ajak keluarga ya, ada juga stand makanan 🍡"""),

("listing", "hn_other_goods_bale", 1, 1, 0, 1,
"""HP Bekas Ex Singapore Per Bal / Per Karung Campur Samsung Oppo iPhone
Isi 50 unit per karung, kondisi mati total / minus LCD, cocok buat kanibal part
Harga per karung 7,5jt
Barang datang via Batam
Tidak terima retur, sistem gelondongan
WA 0812xxxx"""),

("listing", "hn_other_goods_bale", 1, 1, 0, 0,
"""Kardus Bekas Per Bal 100 Kg Harga Murah Siap Kirim
Kardus bekas packing, sudah dipres rapi jadi bal
Cocok untuk pengepul, pabrik daur ulang, atau packing ulang
Harga 2.700/kg, minimal 1 bal
Lokasi gudang Bekasi, dari pengepul sekitar Jabodetabek
Hubungi Pak Karyo 0813xxxx"""),

("listing", "hn_ordinary_clothing", 1, 0, 1, 0,
"""Kaos Polos Cotton Combed 30s Baru Grosir Murah
Warna lengkap 24 pilihan, ukuran S-XXXL
Bahan adem, jahitan rantai, cocok untuk sablon komunitas
Harga 27rb/pcs, minimal 1 lusin 25rb
Produksi konveksi Bandung, bukan barang bekas
Ready stock, kirim hari ini sebelum jam 3"""),

("article", "hn_rules_tutorial", 0, 1, 1, 1,
"""Cara Membedakan Pakaian Baru dan Pakaian Bekas Impor di Marketplace
1. Perhatikan kata kunci seperti "bal", "karungan", "grade A", "ex Korea". Itu hampir pasti pakaian bekas dari luar negeri.
2. Label cuci yang pudar atau dipotong sering menandakan barang sudah dipakai.
3. Foto tumpukan di lantai gudang biasanya hasil bongkar balpres.
4. Jika ragu, tanyakan langsung asal barang kepada penjual.
Ingat, impor pakaian bekas dilarang oleh Permendag 40/2022, jadi pembeli sebaiknya berhati-hati."""),

("post", "hn_swap", 0, 1, 1, 0,
"""SWAP PARTY komunitas Lemari Berbagi 🔄👗
Minggu, 10.00 di taman kota Salatiga
Bawa maksimal 5 baju preloved punya sendiri (bersih, tidak robek), tukar dengan baju orang lain
Tidak ada jual beli, tidak ada uang sama sekali
Baju sisa akan didonasikan ke panti asuhan
Ayo kurangi limbah fashion! #swapparty #slowfashion"""),

("post", "hn_job_vacancy", 0, 1, 1, 1,
"""LOWONGAN: dicari 3 orang tenaga sortir untuk gudang pakaian di Pekanbaru
Tugas: membuka bal, memilah baju bekas sesuai grade, melipat, dan menimbang
Syarat: pria/wanita 18-35, teliti, tahan debu
Gaji harian 110rb + makan siang
Lamaran via WA 0812xxxx (tidak dipungut biaya)"""),

("listing", "hn_factory_reject", 1, 0, 1, 0,
"""Sisa Ekspor Celana Chino Pria Reject Minor Pabrik Garmen Semarang
Baru, belum pernah dipakai, label sudah dipotong
Reject minor: jahitan miring sedikit / salah warna benang
Ukuran 28-36, warna khaki, navy, hitam
Harga 65rb, 3 pcs 180rb
Bukan thrift bekas, ini barang stok gudang pabrik lokal"""),

("review", "hn_review_no_seller", 0, 1, 1, 1,
"""Pengalaman pertama pakai jaket thrift impor: jujur, kualitasnya beda jauh sama jaket baru harga 100rb-an.
Bahan wol Korea-nya tebal, jahitan rapi, cuma bau apek harus direndam 2 hari.
Minusnya, aku ngerasa agak bersalah setelah tau impor pakaian bekas itu ilegal.
Mungkin ini yang terakhir, selanjutnya mau coba beli brand lokal saja."""),

("article", "hn_news", 0, 1, 1, 1,
"""Ratusan Karung Pakaian Bekas Asal Tawau Dimusnahkan di Nunukan
Sebanyak 240 karung pakaian bekas hasil penindakan selama enam bulan terakhir dibakar di halaman kantor Bea Cukai Nunukan, Selasa pagi.
Barang-barang tersebut diamankan dari speedboat dan kapal kayu yang masuk melalui jalur tidak resmi di Sebatik.
Kepala kantor menyebut sebagian besar berasal dari gudang di Tawau, Malaysia, dan hendak dikirim ke Tarakan serta Sulawesi.
Warga diimbau melapor jika mengetahui aktivitas bongkar muat ballpress di dermaga kecil."""),

("comment", "hn_buyer_question", 0, 1, 1, 1,
"""Guys ada yang tau ga lapak monza yang masih buka di Medan sekarang? Aku pengen nyari jaket kulit second buat kado ayah.
Dulu di Pajak Melati banyak, tapi katanya sekarang sering dirazia.
Budget 200rb-an, tolong info ya, makasih 🙏"""),

("post", "hn_opinion", 0, 1, 1, 1,
"""Jadi pedagang awul-awul di Jogja selama 12 tahun, saya mau cerita sedikit.
Dulu satu bal dari Surabaya bisa untung dua kali lipat. Sekarang barang susah, harga naik, razia di mana-mana.
Saya paham pemerintah ingin melindungi industri tekstil. Tapi tolong pikirkan juga kami yang kecil, beri waktu dan pelatihan untuk pindah usaha.
Saya sudah mulai belajar jahit, semoga ada jalan."""),

("listing", "hn_new_import_clothing", 1, 0, 1, 1,
"""Jaket Puffer Wanita Import Korea BNWT Original Baru
Barang baru segel, masih lengkap hangtag dan plastik
Impor resmi, bukan barang thrift atau bal bekas
Warna cream, hitam, sage. Ukuran S-L
Harga 389rb, free pouch
Pengiriman dari Jakarta Barat"""),

("post", "hn_local_upcycle", 1, 1, 1, 0,
"""Tote bag upcycle dari celana jeans bekas donasi teman-teman kantor 💙
Setiap tas dijahit tangan oleh ibu-ibu binaan di Kampung Jahit Cibaduyut
Jeansnya bukan dari bal impor ya, murni dari lemari warga sekitar
Ukuran 35x40 cm, ada kantong dalam
Harga 85rb, 20% untuk kas kelompok jahit
Order via DM"""),

("post", "hn_joke_meme", 0, 1, 1, 1,
"""Tingkatan pemburu baju bekas:
Level 1: beli di Shopee "thrift 15rb", dapet kaos melar
Level 2: ke Pasar Senen, nawar sampe penjualnya pura-pura pingsan
Level 3: nongkrong di gudang nungguin bal Jepang dibuka
Level 4: ngaku-ngaku "vintage collector" di bio
Level 5: lemari penuh, dompet kosong, kena omel emak 😭
Kamu level berapa?"""),

("article", "hn_rules_tutorial", 0, 1, 1, 1,
"""Panduan Moderasi Konten: Penjualan Pakaian Bekas Impor
Konten yang menawarkan pakaian bekas asal luar negeri, misalnya "ballpress", "karungan", "bal Korea", atau "monza", termasuk barang terlarang menurut Permendag 18/2021 jo. 40/2022.
Tidak termasuk pelanggaran: pakaian pribadi yang dijual pemiliknya, donasi, bazar sekolah, serta pakaian baru bergaya vintage.
Laporan dari pengguna harus diverifikasi sebelum konten diturunkan.
Moderator diminta mencatat kata kunci baru yang dipakai penjual."""),

("message", "hn_report_quoting_ad", 0, 1, 1, 1,
"""Pak RT, maaf mengganggu. Saya mau lapor ada mobil boks yang tiap malam bongkar karung di rumah kosong ujung gang.
Tetangga bilang isinya baju bekas dari Batam, terus paginya diangkut lagi ke pasar.
Kemarin ada brosur ditempel di tiang: "TERIMA ORDER KARUNGAN IMPOR, HUB. 0812xxxx"
Saya khawatir soal keamanan dan kebersihan lingkungan. Mohon ditindaklanjuti, Pak."""),

("listing", "hn_own_preloved", 1, 1, 1, 0,
"""Preloved Tas Kerja Wanita Elizabeth Warna Hitam Second Pemakaian Pribadi
Dibeli di Matahari Mall Kelapa Gading tahun 2021
Pemakaian 1 tahun, kondisi 85%, ada lecet di sudut bawah
Isi: tas + dustbag, nota hilang
Alasan jual: sudah jarang dipakai sejak WFH
Harga 140rb nego"""),

("post", "hn_buyer_diary", 0, 1, 1, 1,
"""Thread: perjalanan nyari jaket Carhartt bekas selama sebulan 🧵
1/ Minggu pertama ke pasar Kebon Kalapa Bogor, ketemu tapi ukuran kekecilan.
2/ Minggu kedua ke Senen, harganya udah ga masuk akal, 600rb buat yang belel.
3/ Minggu ketiga nyerah, beli yang baru pas diskon.
Kesimpulan: hunting thrift itu seru, tapi ga selalu lebih murah."""),

("listing", "hn_other_goods_bale", 1, 1, 0, 1,
"""Mesin Jahit Bekas Import Jepang Juki Brother Per Kontainer
Mesin jahit industri bekas, sudah diservis, siap pakai
Satu kontainer isi 120 unit campur high speed & obras
Cocok buat konveksi skala besar
Harga hubungi marketing, unit ready di Surabaya
Garansi servis 3 bulan"""),

("post", "hn_donation", 0, 1, 1, 0,
"""Terima kasih orang baik! 🙏 Minggu ini kami sudah menerima 14 karung pakaian bekas layak pakai dari warga Sleman.
Semua sudah kami sortir: yang bagus dikirim ke Lombok, yang robek dijadikan keset oleh ibu-ibu PKK.
Kami tidak menjual pakaian donasi. Kami juga tidak menerima kiriman bal impor.
Donasi berikutnya dibuka tanggal 1, info lengkap di link bio."""),

("post", "hn_new_thrift_style", 1, 0, 1, 0,
"""THRIFT VIBES tapi BARU ✨
Koleksi kemeja korduroi washed look kami terinspirasi tampilan vintage 80an
Dibuat dari bahan baru, dijahit di workshop kami sendiri di Yogyakarta
Kesan pudarnya dari proses stone wash, bukan karena bekas dipakai
Tersedia 5 warna, ukuran S-XL, harga 189rb
#thriftlook #vintagestyle #localbrand"""),

("comment", "hn_buyer_question", 0, 1, 1, 1,
"""Kak itu jaketnya dari bal impor ya? Aku pernah beli di akun lain katanya grade A ternyata bolong-bolong.
Sebelum order mau nanya dulu, boleh minta video detail ketiak dan kerahnya?
Terus kalau ternyata ada cacat bisa retur ga?"""),

("article", "hn_news", 0, 1, 1, 1,
"""Pedagang Pakaian Bekas di Pasar Senen Mengaku Pasokan Menipis
Sejumlah pedagang baju bekas di Blok III Pasar Senen mengeluhkan sulitnya mendapatkan bal dari pemasok. Menurut mereka, harga satu bal naik hingga dua juta rupiah dalam tiga bulan terakhir.
Sebagian pedagang kini beralih menjual pakaian baru produksi Tanah Abang, meskipun keuntungannya lebih tipis.
Kementerian Perdagangan menegaskan larangan impor pakaian bekas tetap berlaku dan pengawasan di pelabuhan akan diperketat."""),

("listing", "hn_other_goods_bale", 1, 1, 0, 0,
"""Majun Kain Perca Per Karung 25 Kg Untuk Lap Bengkel Pabrik
Majun dari potongan kaos bekas, sudah dipotong ukuran 40x40
Daya serap oli & minyak bagus, tidak berbulu
Harga 9.500/kg, minimal 1 karung
Sumber dari konveksi dan pengepul lokal Solo
Kirim seluruh Jawa"""),

("post", "hn_opinion", 0, 1, 1, 1,
"""Saya dosen tekstil, dan saya sering ditanya soal thrifting.
Secara lingkungan, memakai baju bekas memang memperpanjang umur pakaian. Tapi impor balpres membawa banyak limbah: 20-30% isi bal biasanya tidak layak jual dan berakhir di TPA kita.
Jadi jawabannya: thrift lokal boleh, impor pakaian bekas jangan.
Semoga membantu."""),

("message", "hn_swap", 0, 1, 1, 0,
"""Halo grup Ibu Menyusui Cirebon 👶
Ada yang mau tukeran baju bayi second? Punyaku ukuran 0-6 bulan udah kekecilan, mau tuker dengan ukuran 1 tahun
Semua dari belanjaan sendiri di Rabbani & Carter's outlet, bukan impor karungan
Kondisi bersih, beberapa ada noda susu samar
Japri ya bun"""),

("post", "hn_buyer_diary", 0, 1, 1, 1,
"""Liburan ke Tokyo kemarin sempet mampir thrift shop di Shimokitazawa 🇯🇵
Dapet jaket denim vintage ¥2000 sama sweater rajut ¥1500, dipakai sendiri kok bukan buat dijual 😂
Tokonya rapi banget, beda sama bayanganku soal pasar baju bekas.
Next trip mau ke Koenji, katanya lebih murah lagi."""),

("listing", "hn_ordinary_clothing", 1, 0, 1, 0,
"""Gamis Syari Set Khimar Bahan Ceruty Baby Doll Premium
Produk baru dari konveksi kami di Pekalongan
Warna mocca, sage, dusty pink, navy
All size fit to XL, panjang 140 cm
Harga 185rb, reseller ambil 5 pcs harga 160rb
Ready stok, kirim hari ini"""),

("comment", "hn_report_quoting_ad", 0, 1, 1, 1,
"""Hati-hati ya semua, aku kena tipu akun yang caption nya "KARUNGAN THRIFT IMPOR JEPANG 1 KARUNG 1,5 JT".
Udah transfer, barangnya ga pernah dateng, nomornya sekarang ga aktif.
Sudah aku laporkan ke bank dan ke polisi siber. Jangan tergiur harga murah."""),

("post", "hn_rules_tutorial", 0, 1, 1, 1,
"""Tutorial: cara cuci baju thrift biar bebas kuman 🧼
1. Rendam semua baju bekas impor di air panas 60°C minimal 30 menit
2. Tambahkan cairan antiseptik atau cuka
3. Kucek bagian ketiak dan kerah
4. Jemur di bawah matahari langsung
5. Setrika dengan suhu tinggi
Terutama buat yang beli dari karungan, jangan langsung dipakai ya!"""),
]
