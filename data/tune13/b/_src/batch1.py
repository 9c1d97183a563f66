# Batch 1: hand-written long-form records. Tuple: (kind, category, (offer, used, clothing, abroad), text)
RECORDS = [
("listing", "plain_offer", (1, 1, 1, 1), """Kemeja Flanel Second Import Jepang Uniqlo Muji Size M-L Bekas Layak Pakai
Kondisi 90% no noda no bolong, sudah laundry wangi.
Harga 45rb aja, ongkir dari Bekasi.
Stok tiap minggu dari bal Jepang, yang cepat dia dapat.
Tanya-tanya chat aja kak, fast respon."""),

("post", "bale_wholesale", (1, 1, 1, 1), """BONGKAR BAL HARI INI 🔥🔥
Bal Korea mix jaket & hoodie, 100kg, isi kisaran 280-320 pcs.
Grade A sortiran 8,7jt / bal, grade B 6,2jt.
Gudang kami di Cikarang, bisa ambil sendiri atau kirim ekspedisi ke seluruh Jawa.
Yang mau ikut open reseller langsung WA 0812xxxx (Bang Rendi).
#ballpress #balkorea #thriftjakarta #supplierthrift"""),

("listing", "hn_furniture", (1, 1, 0, 0), """Dijual Lemari Baju Bekas 3 Pintu Kayu Jati Belanda
Masih kokoh, cermin utuh, cuma engsel pintu kiri agak seret.
Ukuran 150 x 55 x 190 cm. Pindahan rumah jadi harus lepas.
Harga 1,8jt nego tipis, COD daerah Sleman, angkut sendiri ya.
Minat hubungi 0857xxxx."""),

("article", "hn_news", (0, 1, 1, 1), """Petugas Bea Cukai di Pelabuhan Batam Centre kembali menggagalkan masuknya pakaian bekas dari Singapura yang disamarkan sebagai barang bawaan penumpang.
Puluhan koper dan ransel berisi baju, celana dan tas bekas ditahan setelah pemeriksaan sinar-X menunjukkan isi yang tidak wajar.
Menurut petugas, modus titip bagasi ini marak karena penumpang diberi upah untuk membawa koper milik orang lain.
Barang sitaan akan diproses sebagai barang yang dikuasai negara dan nantinya dimusnahkan.
Importasi pakaian bekas tetap dilarang sesuai Permendag 18/2021 yang diubah dengan Permendag 40/2022."""),

("post", "evasive_spelling", (1, 1, 1, 1), """b4ju s3k0n 1mp0r r3ady lg gaes 😎
jkt, hdie, kmj, clana cargo. brg dr k4rung JP, cuci bersih
15 - 60 rb an, ga pake ribet
order? dm aja ya jgn komen hrg di sini, ntar kena hapus 🙏
#th r1ft #pr3l0v3d"""),

("comment", "hn_buyer_question", (0, 1, 1, 1), """Kak mau tanya dong, kalau beli baju thrift yang dari bal impor gitu aman nggak sih buat kulit? 
Aku kemarin liat di Gedebage murah banget tapi takut ada jamur atau kutu. 
Biasanya kalian cuci pakai apa dulu sebelum dipake? Makasih infonya 🙏"""),

("live", "live_sale_call", (1, 1, 1, 1), """LIVE JAM 8 MALAM NANTI!! 🔴
Kita buka karung baru dari Korea, isinya cardigan, rajut, sama dress musim dingin.
Semua satu harga 35rb, tinggal ketik 'mau' + nomor urut di kolom komen.
Checkout maksimal 1x24 jam ya bestie, yang nge-keep doang nanti di-skip.
Jangan lupa follow biar dapet notif 🥰"""),

("listing", "hn_appliance", (1, 1, 0, 0), """Mesin Cuci Bekas Sharp 2 Tabung 8kg
Pemakaian pribadi 3 tahun, pengering masih kencang, tabung cuci normal.
Ada baret di tutup atas, wajar pemakaian.
Cocok buat anak kos atau laundry kecil-kecilan.
Harga 700rb, lokasi Depok Timur, bisa diantar area Depok tambah 50rb."""),

("post", "hn_preloved_own", (1, 1, 1, 0), """Preloved isi lemari sendiri, mau decluttering sebelum pindah ke Surabaya 🙌
- blouse Zara size S, dipakai 2x, 80rb
- rok plisket mocca, 50rb
- sneakers Ventela 38, sol masih tebal, 150rb
Semua barang pribadi ya bukan jualan stok, jadi jumlahnya cuma satu-satu.
Kalau minat komen atau DM, first come first serve."""),

("article", "hn_opinion", (0, 1, 1, 1), """Saya tidak sepenuhnya menyalahkan anak muda yang suka thrifting. Harga baju bermerek di mal memang di luar jangkauan banyak orang.
Tapi kita juga perlu jujur: sebagian besar baju thrift di pasar itu datang dari bal impor yang masuk lewat jalur tikus di pesisir Sumatra.
Yang rugi bukan cuma negara, tapi penjahit rumahan dan konveksi kecil yang produknya kalah murah.
Mungkin solusinya bukan sekadar razia, tapi membuat pakaian lokal yang terjangkau lebih mudah ditemukan.
Razia tanpa alternatif cuma memindahkan lapak ke online."""),

("message", "broadcast_wa", (1, 1, 1, 1), """*INFO STOK GUDANG* 📦
Selamat pagi bapak ibu reseller,
Minggu ini masuk 40 bal dari Jepang & Korea via Tanjungbalai. Pilihan:
• Bal celana jeans campur 5,5jt
• Bal kaos anak 4jt
• Bal sepatu (isi ±100 pasang) 9jt
Booking pakai DP 30%, pelunasan saat muat. Stok terbatas, siapa cepat dia dapat.
Admin Sari 0813xxxx"""),

("listing", "hn_korea_new", (1, 0, 1, 1), """PO Hoodie Korea Oversize Import Dongdaemun NEW
Barang baru, masih segel plastik, ada tag lengkap.
Close PO tanggal 20, estimasi sampai 2-3 minggu.
Warna: cream, charcoal, sage. All size fit to L.
Harga 189rb, DP 50% untuk amankan slot."""),

("post", "haul_with_shop", (1, 1, 1, 1), """Thrift haul minggu ini 🛍️✨
Dapet windbreaker Nike jadul, blazer wool, sama tas kulit Coach second cuma habis 200an ribu!
Semua aku beli di @lapakkarung.jkt, mereka bongkar bal Jepang tiap Jumat malem.
Kondisi bagus-bagus, tinggal dicuci ulang aja.
Kalau mau nitip cari sesuatu bisa langsung DM mereka, bilang dari aku 🤭
#thrifthaul #thriftjakarta #hiddengems"""),

("review", "hn_review_no_seller", (0, 1, 1, 1), """Bintang 3 deh. Jaket bekas impornya sih oke, bahannya tebal dan mereknya asli.
Tapi baunya apek banget walau udah dicuci dua kali pakai pewangi.
Ada sobek kecil di saku dalam yang nggak disebut di deskripsi.
Untuk harga segini ya wajar lah, cuma jangan berharap kayak barang baru.
Pelajaran buat aku: barang bal emang untung-untungan."""),

("post", "hn_bal_other", (1, 0, 0, 0), """Sedia jerami padi per bal untuk pakan sapi dan kambing 🐄
Jerami kering, dipress rapi, 1 bal kurang lebih 15-18 kg.
Harga 25rb/bal, ambil minimal 20 bal gratis antar wilayah Boyolali kota.
Bisa juga untuk media jamur atau alas kandang.
Pesan lewat WA 0822xxxx Pak Darmo."""),

("profile", "profile_shop_bio", (1, 1, 1, 1), """🌿 MONZA ONLINE MEDAN 🌿
Pakaian second ex Korea/Jepang/Hongkong pilihan
Ecer & grosir, bisa per kilo
📍 Pajak Melati, los C
⏰ Live tiap Selasa & Jumat
📲 order via link di bio"""),

("comment", "comment_reply_offer", (1, 1, 1, 1), """@rina.ayu masih ada kak yang warna navy, size L.
Itu dari bal Jepang kemarin, kondisinya mulus cuma kancing atas ganti.
Harga 55rb belum ongkir ya.
Cek dm kak, aku kirim video detailnya di sana 🙏"""),

("article", "hn_guideline", (0, 1, 1, 1), """Panduan Komunitas Marketplace: Produk yang Dilarang
Penjual tidak diperbolehkan mencantumkan pakaian, sepatu, atau tas bekas yang berasal dari impor, termasuk yang dijual dalam bentuk bal, karung, atau per kilo.
Listing dengan kata kunci seperti 'ballpress', 'bal Korea' atau 'thrift impor' akan ditinjau dan dapat diturunkan.
Pakaian bekas pribadi yang dibeli di dalam negeri tetap boleh dijual selama deskripsinya jujur.
Pelanggaran berulang dapat berujung pada pembatasan akun."""),

("listing", "regional_code_word", (1, 1, 1, 1), """Jual cakar murah meriah di Pasar Terong lantai 2 👗
Baru buka karung tadi pagi, ada gaun pesta, cardigan, celana kain kantor.
Mulai 10 ribu sampai 75 ribu, tergantung merek.
Yang dari luar kota bisa dikirim, minimal ambil 5 potong.
Hubungi Daeng Ima 0852xxxx."""),

("post", "hn_thrift_style", (1, 0, 1, 0), """New drop: Koleksi "Thrift Vibes" dari brand lokal kami 🤎
Kemeja corduroy dan jaket denim dengan look vintage, tapi 100% baru dan diproduksi di konveksi kami sendiri di Bandung.
Bukan barang bekas ya kak, cuma gayanya aja yang 90an.
Tersedia di official store dan website, diskon 15% untuk 100 pembeli pertama.
#thriftstyle #vintagelook #localbrand"""),

("post", "hn_report", (0, 1, 1, 1), """Lapor ke admin grup 🙏
Ada akun yang terus posting "bal Korea grade A siap kirim, DP dulu" di sini, padahal aturannya sudah jelas nggak boleh jualan pakaian bekas impor di grup.
Teman saya juga sudah transfer DP 2jt ke dia dan barangnya nggak pernah datang.
Screenshot obrolan saya lampirkan di komentar. Mohon akunnya dikeluarkan dan dilaporkan."""),

("listing", "hn_vehicle", (1, 1, 0, 0), """Honda Beat 2019 Bekas Pemakaian Sendiri
Pajak hidup sampai Maret, surat-surat lengkap BPKB STNK a.n. sendiri.
Kilometer 23rb, mesin halus, ban belakang baru ganti.
Lecet pemakaian di bodi samping kanan.
Harga 12,5jt nego, Semarang barat. No PHP ya."""),

("message", "jastip_import", (1, 1, 1, 1), """Halo kak 👋 minggu depan aku jastip ke Hard Off & 2nd Street di Osaka lagi.
Bisa titip jaket bekas, tas bekas, sepatu second branded Jepang.
Fee jastip 15% dari harga barang + ongkir kargo per kilo.
Barang dikirim bareng pakai koper, sampai Jakarta sekitar 2 minggu.
Kalau minat kirim list barang yang dicari ya, nanti aku update live dari toko."""),

("article", "hn_study", (0, 1, 1, 1), """Ringkasan penelitian mahasiswa: Motif Pembelian Pakaian Bekas Impor di Kalangan Mahasiswa Yogyakarta
Survei terhadap 212 responden menunjukkan 64% pernah membeli pakaian bekas impor, terutama di awul-awul Sekaten dan lapak online.
Alasan utama adalah harga murah (71%) dan merek luar negeri (52%).
Hanya 23% responden yang tahu bahwa impor pakaian bekas dilarang.
Peneliti menyarankan edukasi yang lebih luas tentang risiko kesehatan dan dampaknya pada industri tekstil."""),

("post", "hashtag_glued", (1, 1, 1, 1), """restock sore ini yaa 🤍 cuma 27 pcs, cepet abis
semua ukuran M-XL, harga 25-70k
#baljepangready #secondimportmurah #thriftbandungmurah #kaosbekasbranded #bongkarbalan
dm for price list 📩"""),

("listing", "hn_bundle_other", (1, 0, 0, 0), """Bundle Paket Belajar Desain: Ebook + Template Canva + Font Lisensi
Isi bundle: 5 ebook panduan, 300 template feed IG, 20 font komersial.
Bisa dipakai buat jualan online, bikin konten, atau tugas kuliah.
Dikirim via email langsung setelah pembayaran.
Harga bundle 49rb saja, hemat 70% dibanding beli satuan."""),

("post", "reseller_recruit", (1, 1, 1, 1), """DICARI RESELLER & DROPSHIPPER THRIFT 📢
Modal mulai 500rb udah bisa ambil 1 karung kecil (±25kg) sortiran Korea.
Kami bantu foto produk & caption, kamu tinggal jualan di akun sendiri.
Barang langsung dari gudang Batam, harga tangan pertama.
Join grup reseller: ketik RESELLER ke WA 0811xxxx.
Cocok buat mahasiswa & ibu rumah tangga 💪"""),

("comment", "hn_joke", (0, 1, 1, 1), """wkwkwk baju thrift gue dari bal Jepang ada nama anak SD di labelnya, "Takahashi 3-2" 😭
sekarang tiap make berasa jadi murid kelas 3 di Osaka
kemarin ada temen nanya, kok namamu Takahashi? udah lah nyerah jelasin"""),

("listing", "plain_offer", (1, 1, 1, 1), """Sepatu Bekas Import Original Adidas Samba Size 42 Ex Thailand
Insole masih empuk, sol tidak licin, upper ada kerutan pemakaian.
Sudah deep cleaning, tidak bau.
Harga 275rb, bisa COD Tangerang Selatan.
Cek etalase buat sepatu second lain, stok baru masuk tiap Kamis."""),

("post", "hn_charity_bazaar", (1, 1, 1, 0), """Bazar Amal OSIS SMA Harapan Bangsa 🎉
Sabtu, 14 Juni, di aula sekolah jam 08.00-13.00.
Kami menjual baju, sepatu, dan tas preloved hasil donasi siswa, guru, dan orang tua murid.
Harga mulai 5rb! Seluruh hasil penjualan untuk membantu korban banjir di Demak.
Ayo datang, belanja sambil berbagi 🤝"""),

("message", "evasive_spelling", (1, 1, 1, 1), """Ka, yg kmrn nanya b.a.l ya? 
Skrg ready b a l p r e s s isi jaket musim dingin, 90kg an, asalnya dr H.K
hrg 7,9 nett, bs kirim pake cargo, alamat dikirim pas udh tf
jgn ketik kata itu di chat marketplace ya ka, nanti akun aku ke-banned 🙏"""),

("post", "hn_seller_stopped", (0, 1, 1, 1), """Pengumuman dari kami, toko @rumahsekon.id:
Mulai bulan ini kami berhenti menjual pakaian bekas impor dari bal. Setelah baca aturannya dan lihat berita razia, kami memutuskan untuk tidak lagi ambil karung dari supplier.
Ke depan kami cuma akan jual produk baru dari penjahit lokal di Pekalongan dan Bandung.
Terima kasih buat pelanggan yang sudah setia sejak 2019. Sampai jumpa di koleksi baru 🙏"""),

("listing", "hn_grade_other", (1, 0, 0, 0), """Telur Ayam Negeri Grade A Per Peti
Ukuran seragam 62-65 gram, kulit bersih, langsung dari kandang Blitar.
1 peti isi 15 kg, harga menyesuaikan pasar harian (hari ini 385rb).
Melayani warung, toko kue, katering.
Pengiriman setiap pagi area Malang Raya."""),

("post", "regional_code_word", (1, 1, 1, 1), """Awul-awul lur!! 😍
Lapakku ning Pasar Klithikan, sebelah penjual sepeda, cedhak parkiran.
Kaos, kemeja, jaket kabeh mung 15 ewu, sing merek apik 30an.
Barang saka karung anyar, dibukak Minggu esuk.
Sing ra sempet teka iso WA, tak kirimi foto."""),

("review", "hn_review_no_seller", (0, 1, 1, 1), """Pengalaman pertama thrifting di Pasar Senen Blok III.
Jujur capek banget muter-muter, panas, tapi seru. Aku dapet jeans Levi's 501 bekas yang kayaknya dari bal Amerika, masih bagus.
Tips: datang pagi pas baru bongkar, bawa tas sendiri, dan jangan malu nawar.
Minusnya banyak barang yang kotor dan berbau, jadi wajib cuci air panas.
Overall 7/10, mungkin balik lagi kalau lagi butuh celana."""),

("listing", "hn_phone", (1, 1, 0, 1), """iPhone 11 64GB Second Ex Inter Singapore
Kondisi mulus 95%, battery health 84%, Face ID normal.
Imei terdaftar Bea Cukai resmi, aman dipakai provider mana saja.
Kelengkapan: unit + kabel data. Harga 4,1jt.
Bisa cek langsung di Mangga Dua Mall, janjian dulu."""),

("post", "bale_wholesale", (1, 1, 1, 1), """Supplier tangan pertama, langsung dari kontainer 🚢
Open order bal Eropa (Inggris/Belgia) khusus pakaian wanita.
Isi dress, blouse, outer. Berat 45kg per karung, harga 3,9jt.
Bisa kirim ke Makassar, Kendari, Palu pakai kapal.
Video unboxing karung asli, bukan sortiran ulang.
Serius order hubungi admin, no tawar sadis."""),

("comment", "hn_swap", (0, 1, 1, 0), """Ada yang mau tukeran baju nggak? Aku punya 3 kemeja kerja size M yang udah kekecilan, masih bagus, aku beli sendiri di Matahari dulu.
Pengen tuker sama blazer atau celana bahan size L.
Nggak jual ya, murni tukar aja. Area Bekasi, bisa ketemuan di stasiun."""),

("message", "live_sale_call", (1, 1, 1, 1), """Reminder buat member grup ya 📣
Besok pagi jam 10 kita live buka goni dari Malaysia, isinya jaket kulit dan sepatu boots.
Harga mulai 50rb. Yang mau ikut live join link yang admin share di jam 9.45.
Pembayaran transfer atau e-wallet, barang dikirim lusa.
Jangan lupa ajak teman2 kalian juga!"""),

("article", "hn_news", (0, 1, 1, 1), """Pedagang di Gedebage mengeluhkan sepinya pembeli setelah razia pakaian bekas impor digelar di sejumlah kota.
Seorang pedagang mengaku stok dari bal terakhir yang ia beli sebulan lalu belum juga habis.
Ia biasanya membeli karung berisi jaket dari distributor di Jakarta, namun kini pasokan tersendat.
Pemerintah daerah menyatakan akan mendata pedagang dan menawarkan pelatihan untuk beralih menjual produk lokal.
Sementara itu sebagian pedagang memilih berjualan lewat siaran langsung di media sosial."""),
]
