from rec import R

# Batch B: x27b0051 - x27b0100, each text written by hand.
RECORDS = [
R(51, "profile", "port_route", 1, 1, 1, 1, """
GUDANG KECIL TANJUNGPINANG 🏝️
Pakaian pilihan, udah pernah dipake tapi masih cakep
Stok masuk tiap kapal sandar, biasanya Rabu
Eceran & partai (per ikat 50 pcs)
Kirim ke seluruh Indonesia, packing rapat anti basah
"""),
R(52, "review", "hn_review_no_seller", 0, 1, 1, 1, """
Jaket corduroy hasil ngubek bal thrift kemarin ternyata awet banget.
Udah 6 bulan dipake ke kampus, jahitan gak ada yang lepas, warnanya makin bagus malah.
Memang barang impor bekas kualitas kainnya beda, tapi ya itu, aku sempet gatel-gatel pas pertama pake karena belum dicuci bener.
Pelajaran: selalu rendam air panas dulu.
"""),
R(53, "comment", "english_mix", 1, 1, 1, 1, """
still available sis 🙌 tag says 1998, single stitch, faded naturally
came thru Batam last week w/ the rest of the crate
no holes, tiny pit stain (pic 4). 180k, shipping from Jkt
DM to claim, first transfer gets it
"""),
R(54, "article", "hn_news", 0, 1, 1, 1, """
Kementerian Perdagangan kembali memusnahkan ratusan bal pakaian bekas impor hasil pengawasan di sejumlah gudang di Jawa Barat dan Banten.
Dalam keterangan tertulisnya, kementerian menegaskan bahwa pakaian bekas termasuk barang yang dilarang impor sesuai Permendag 18 Tahun 2021 sebagaimana telah diubah dengan Permendag 40 Tahun 2022.
Selain berisiko bagi kesehatan, masuknya balpres secara ilegal dinilai menekan industri tekstil dan UMKM konveksi dalam negeri.
Pemerintah juga meminta marketplace menurunkan iklan yang menawarkan pakaian bekas impor.
"""),
R(55, "listing", "hn_new_thrift_style", 1, 0, 1, 0, """
Jaket Denim Y2K Washed Vintage Aesthetic | NEW | Bukan Thrift
Efek pudar & sobek tipis memang desain, bukan karena bekas pakai
Bahan denim 12oz, dijahit di workshop kami di Solo
Ready S–XL, restock tiap bulan
Free totebag untuk pembelian 2 pcs
"""),
R(56, "message", "regional_flavour_medan", 1, 1, 1, 1, """
Lae, barang dari Tanjungbalai udah sampek semalam di gudang Sambu
Kemeja batik campur sama kemeja polos, ada 3 goni, udah kusortir satu
Yang bagus kali kupisah, paling 8 per 10 lah kondisinya, masih bau laut dikit
Kalo kau mau ambil separuh, kukasih harga kawan. Kabari sebelum sore ya, banyak yang ngantri ini
"""),
R(57, "post", "hn_school_sale", 1, 1, 1, 0, """
📣 Pasar Seragam Layak Pakai SMPN 4
Dalam rangka tahun ajaran baru, OSIS menjual seragam putih-biru, pramuka, dan sepatu hitam sumbangan kakak alumni.
Semua sudah dicuci dan disetrika, harga 5–15 ribu saja.
Tempat: aula sekolah, Senin–Rabu jam istirahat.
Hasil penjualan untuk membeli buku perpustakaan. Ayo bantu adik-adik kita!
"""),
R(58, "live", "regional_flavour_jawa", 1, 1, 1, 1, """
Monggo monggo sing lagi mampir live 🙏
Iki klambi saka tumpukan anyar, kirimane kapal wingi sore
Blus iki ana flek cilik neng pundak, mung 20 ewu wae
Celana kulot iki mulus, kari siji ukurane, 30 ewu
Sing arep njupuk tulis "jupuk" neng komen, tak catet urutane
"""),
R(59, "profile", "hn_other_goods_used_import", 1, 1, 0, 1, """
MESIN JAHIT JEPANG RECOND
Jual mesin jahit bekas impor Jepang: Juki, Brother, Janome
Sudah diservis, ganti dinamo, siap pakai untuk konveksi
Datang per kontainer dari Yokohama, stok berubah tiap bulan
Showroom: Jl. Raya Bogor km 27, Jakarta Timur
"""),
R(60, "review", "haul_names_seller", 1, 1, 1, 1, """
Belanja di @rak.sebrang udah ketiga kalinya dan gak pernah zonk 🥹
Kali ini dapet blazer wol abu, lining masih utuh, cuma ada garis lipatan yang ilang setelah di-steam. Kondisi 9/10.
Adminnya jujur, noda sekecil apapun dia fotoin. Barangnya dateng tiap kapal masuk, jadi rajin-rajin cek story
Rekomen buat yang cari outer kerja murah
"""),
R(61, "listing", "vintage_years", 1, 1, 1, 1, """
Kaos Band Metal Tahun 90an Single Stitch — Ori, 1 Pcs
Sablon retak natural, warna hitam udah jadi abu pudar
Jahitan samping masih kenceng, ukuran tag L (fit M)
Nemu sendiri dari tumpukan Senen subuh tadi, cuma satu
Harga 350rb, serius aja, no PHP
"""),
R(62, "comment", "hn_report", 0, 1, 1, 1, """
Min, tolong dicek akun "Bal_Korea_Murah" di grup ini.
Tiap hari posting "ready balpres korea grade A, 1 karung 2,5 jt, bisa COD".
Itu kan pakaian bekas impor yang udah dilarang. Saya sudah report ke marketplace juga.
Mohon diproses biar grup ini gak kena takedown.
"""),
R(63, "article", "hn_explainer", 0, 1, 1, 1, """
Dari Cakar sampai Lelong: Kamus Kecil Pakaian Bekas Impor di Indonesia
Di Makassar dan Parepare orang menyebutnya cakar, singkatan dari cap karung, karena barangnya datang dalam karung.
Medan punya istilah monza, yang konon berasal dari Mongonsidi Plaza. Di Pontianak dan Sambas disebut lelong, sementara pedagang Yogyakarta mengenal awul-awul.
Ada juga istilah roma, rombengan Malaysia, dan baju Batam.
Istilahnya beda-beda, tapi barangnya sama: pakaian bekas dari luar negeri yang datang dalam bal dan kini dilarang diimpor.
"""),
R(64, "message", "order_confirmation", 1, 1, 1, 1, """
Konfirmasi pesanan kak Yuli ✅
2 kg campuran kaos anak (umur 2–6 th) @55rb = 110rb
1 kg celana pendek anak @50rb = 50rb
Ongkir JNE ke Kudus 28rb
Total 188rb
Isi per kilo acak ya kak, semua layak pakai, yang bolong sudah dibuang waktu sortir dari goni. Ditunggu transferannya 🙏
"""),
R(65, "post", "hn_donation_request", 0, 1, 1, 0, """
🙏 Open donasi pakaian layak pakai untuk korban banjir di Kec. Dayeuhkolot
Kami terima baju anak, baju dewasa, selimut, sarung, dan sepatu bekas yang masih bagus.
Mohon dicuci dan dilipat, masukkan kardus/kantong besar.
Titik kumpul: sekretariat Karang Taruna RW 05 sampai Minggu sore.
Terima kasih orang baik ❤️
"""),
R(66, "listing", "logistics_units", 1, 1, 1, 1, """
Tas Wanita Branded Campur Per Karung ±60 Pcs
Isi: hand bag, sling bag, ransel kecil, clutch
Kondisi beragam, ada yang mulus ada yang kulitnya mengelupas sedikit
Tidak bisa pilih, harga borongan per karung
Gudang Tanjungbalai, kirim via ekspedisi Medan
Video buka ikat untuk contoh bisa diminta
"""),
R(67, "live", "hn_own_preloved_live", 1, 1, 1, 0, """
Hai semua, live bongkar lemari pribadi aku ya 😆
Ini semua baju aku sendiri yang udah jarang dipake, bukan ambil dari bal atau thrift shop
Dress batik ini dulu aku pake wisuda, 80rb aja
Cardigan pink ini kekecilan sekarang, 50rb
Yang minat komen "mau + nomor", nanti aku DM
"""),
R(68, "comment", "regional_flavour_banjar", 1, 1, 1, 1, """
Ada haja ading ai, kiriman matan seberang tadi malam datang 😁
Kemeja flanel ukuran XL ada dua, kondisinya masih bagus banar, cuma warnanya pudar saikit
Singgah haja ke lapak di Pasar Sudimampir, lantai atas, atau WA 0821xxxx
"""),
R(69, "article", "hn_research", 0, 1, 1, 1, """
Ringkasan Kajian: Jejak Limbah di Balik Pakaian Bekas Impor
Sebuah kajian lembaga lingkungan memperkirakan sepertiga isi setiap bal pakaian bekas yang masuk ke Asia Tenggara tidak layak jual.
Pakaian rusak itu biasanya dibakar, ditimbun, atau berakhir di sungai dekat pasar.
Peneliti menyarankan agar negara pengirim bertanggung jawab atas limbah tekstilnya, dan agar konsumen lebih memilih memperbaiki atau menukar pakaian sendiri daripada membeli dari karungan impor.
Kajian ini juga mencatat tingginya ketergantungan pedagang kecil pada perdagangan tersebut.
"""),
R(70, "review", "hn_new_thrift_style", 1, 0, 1, 0, """
Nyobain belanja di toko "Thrift Corner" di Jalan Dago, ternyata isinya baju baru semua 😅
Namanya aja thrift, tapi mereka jual produk brand lokal dengan gaya vintage, masih ada label harga dan plastik.
Kemeja motif retronya bagus, bahan rayon adem, harga 129rb.
Buat yang geli beli bekas, toko ini jawabannya. Buka jam 10–21.
"""),
R(71, "listing", "hn_other_goods_bale", 1, 1, 0, 0, """
Karung Goni Bekas Kopi — Per Ikat 25 Lembar
Ukuran 70x100 cm, bekas gudang kopi Lampung, masih kuat
Cocok untuk karung pasir, media tanam, dekorasi kafe rustic
Harga 8rb/lembar, beli 4 ikat ke atas 7rb
"""),
R(72, "post", "emoji_abbrev", 1, 1, 1, 1, """
📦📦📦 baru mendarat dr 🚢 semalam
🧥 outer | 👖 cargo | 👗 dress
kond. 7–9/10, sdh 🧼 & ☀️
1 pcs = 1 size, gak ada kembaran
📲 cek katalog, klik link di bio
#openorder #outermurah #cargopants
"""),
R(73, "message", "hn_buyer_question", 0, 1, 1, 1, """
Bang, monza yang kemarin abang pajang di story masih ada?
Jaket hijau army ukuran L itu. Kalo masih, kondisinya gimana, ada bolong gak?
Saya di Binjai, bisa kirim gak bang? Atau minggu depan saya datang ke Pajak Melati aja.
"""),
R(74, "profile", "market_stall", 1, 1, 1, 1, """
Grosir Pakaian Sortiran Cimol Gedebage Blok C-17
Melayani eceran, reseller, dan partai besar
Kaos, kemeja, jaket, celana — per potong, per ikat, per kilo
Setiap pagi buka ikat baru, yang pilihan dipajang, sisanya per kilo
Buka 07.00–16.00, Senin libur
"""),
R(75, "comment", "hn_joke_meme", 0, 1, 1, 1, """
Dulu waktu baru pindah ke Makassar, temen kantor ngajak "cari cakar di Pare" 🐔
Aku kira mau beli ceker buat sop
Ternyata cakar itu cap karung, baju bekas impor dari luar 😭
Pulang-pulang bawa 4 kemeja, nol ceker
"""),
R(76, "listing", "logistics_units", 1, 1, 1, 1, """
Baju Anak Campur Per Kilo — Umur 1 Sampai 8 Tahun
Kaos, celana, dress, piyama, jaket tipis
Layak pakai, ada minus kecil wajar (noda, pudar)
Diambil dari goni yang baru dibuka, tidak disortir ulang
Harga 45rb/kg, minimal 5 kg
Cocok buat yang jualan di pasar kaget atau online
"""),
R(77, "article", "hn_news", 0, 1, 1, 1, """
PAREPARE - Pedagang cakar di Pasar Senggol mengaku mulai kesulitan mendapatkan stok sejak pengawasan di pelabuhan diperketat.
"Biasanya karung datang seminggu sekali, sekarang sudah sebulan kosong," kata seorang pedagang yang sudah belasan tahun berjualan.
Pasar yang biasanya ramai menjelang Lebaran itu kini lebih banyak diisi lapak yang menjual sisa stok lama.
Pemerintah kota menyatakan akan mendata pedagang pakaian bekas impor untuk dialihkan ke produk lokal.
"""),
R(78, "live", "english_mix", 1, 1, 1, 1, """
okay guys welcome welcome, this batch is from the newest crate dari Tanjungpinang
jadi this flannel, ada small stain di pocket, tapi overall clean, 45k
next, corduroy pants, waist 30, super soft karena udah worn in, 60k
type "claim" + nomor, nanti admin yang rekap
we're gonna open two more ties after this, stay ya
"""),
R(79, "review", "hn_complaint_quote", 0, 1, 1, 1, """
Kecewa berat. Di iklan tertulis "Kemeja Pria Baru Premium", pas datang ternyata baju bekas monza, kerahnya sudah kusam dan ada nama orang ditulis spidol di label.
Waktu saya tanya, penjual bilang memang dari karung Tanjungbalai, katanya "sama aja bang, masih bagus".
Tidak sesuai deskripsi, saya minta retur tidak dibalas. Jangan belanja di toko ini.
"""),
R(80, "message", "reseller_broadcast", 1, 1, 1, 1, """
INFO RESELLER 🔔
Grade S tinggal 2 ikat (kemeja), grade A masih 5 ikat (kaos & polo)
Grade B banyak, cocok buat yang main harga 10rb-an
Yang kemarin nanya sepatu, kolinya baru nyampe Kamis
Ambil di gudang atau kirim, bayar di muka ya, tidak ada sistem bon
"""),
R(81, "post", "hn_ordinary_listing", 1, 0, 1, 0, """
Batik tulis Lasem motif latohan, baru selesai dilorod minggu ini 🌿
Kain katun primissima, dibuat tangan oleh ibu-ibu pembatik di desa kami
Bisa dijahit jadi kemeja atau dress, panjang 2,25 meter
Harga 650rb, sertifikat keaslian disertakan
"""),
R(82, "listing", "hn_other_goods_bale", 1, 1, 0, 0, """
Botol Plastik PET Bekas Press Per Bal (±80 kg)
Sudah dipisah dari tutup dan label, warna bening
Hasil pengumpulan bank sampah warga Bekasi
Cocok untuk pabrik daur ulang, harga per kg menyesuaikan pasar
"""),
R(83, "comment", "invented_code_word", 1, 1, 1, 1, """
Masih kak 😊 ini dari lontong terakhir yang dibuka minggu lalu, isinya dress semua
Kondisi 8/10, ada jahitan ulang di ketiak tapi rapi
Lontong berikutnya nunggu kapal masuk, kira2 10 hari lagi
Kalau mau, transfer aja nanti aku kirim besok pagi
"""),
R(84, "profile", "hn_new_thrift_style", 1, 0, 1, 0, """
THRIFTY GIRL ✿ local brand
Retro & vintage-inspired outfit, semua produksi sendiri
Bukan barang bekas ya, kami tidak jual bal/thrift impor
New drop tiap tanggal 1
Shopee & TikTok Shop: thriftygirl.id
"""),
R(85, "message", "regional_flavour_makassar", 1, 1, 1, 1, """
Tabe' kak, masih adaji kemeja yang kita tanya kemarin 🙏
Baru turun dari Parepare tadi pagi, kondisinya bagusji, cuma ada titik kecil di saku
Kalau mauki, bisa diantar ke rumahta sore, atau ambil di lapak Pasar Terong lantai dua
Harga 50, kalau ambil dua kukasih 90
"""),
R(86, "article", "hn_guideline", 0, 1, 1, 0, """
Panduan Menggelar Pasar Barang Layak Pakai di Sekolah
1. Kumpulkan pakaian dari orang tua murid dan alumni, bukan membeli dari pedagang bal.
2. Sortir bersama guru: yang robek atau bernoda berat dijadikan kain lap.
3. Cuci ulang semua barang sebelum dipajang.
4. Tetapkan harga simbolis agar semua siswa bisa membeli.
5. Laporkan hasil penjualan secara terbuka kepada komite sekolah.
Kegiatan ini mengajarkan anak untuk menghargai barang dan mengurangi sampah tekstil.
"""),
R(87, "live", "hn_new_live", 1, 0, 1, 0, """
Selamat sore gaes, live sepatu hari ini 👟
Semua sepatu di sini baru, box lengkap, bukan KW, bukan second, bukan thrift
Sneakers canvas produksi Cibaduyut 149 ribu, running shoes 229 ribu
Size 36 sampai 44, ketik size kalian di kolom komen biar aku cek stok
"""),
R(88, "listing", "logistics_units", 1, 1, 1, 1, """
Jaket Gunung Outdoor Campur Grade A — Paket 50 Pcs
Windbreaker, softshell, fleece, down jacket tipis
Grade A: ritsleting normal, tidak ada sobek, noda maksimal satu titik kecil
Barang kontainer bulan ini, gudang Batam
Bisa video call untuk lihat isi sebelum transfer
"""),
R(89, "review", "hn_review_no_seller", 0, 1, 1, 1, """
Review Pasar Terong lantai dua buat yang mau cari cakar:
Pilihan dress dan gaun pesta banyak banget, ada yang kayak gaun pengantin juga.
Harga relatif, 30–150 ribu tergantung jago nawar.
Hari Minggu paling ramai karena banyak karung baru dibuka.
Saran: pakai masker, bawa kantong sendiri, dan jangan buru-buru. Aku kasih 8/10.
"""),
R(90, "post", "market_source", 1, 1, 1, 1, """
DROP #47 🔥
12 piece hasil subuh-subuh ngubek tumpukan di Senen
Mostly kemeja oxford & knitwear, semua udah laundry
Minus tiap item ditulis di slide terakhir, no hidden flaws
Harga 85–150k, spill jam 7 malam di story
#weeklydrop #knitwear #oxfordshirt
"""),
R(91, "comment", "hn_opinion", 0, 1, 1, 1, """
Gw sih setuju impor bal baju bekas dilarang, tapi caranya jangan cuma razia pedagang kecil.
Yang masukin berkarung-karung lewat pelabuhan itu kan bukan pedagang Senen, itu bandar gede.
Tangkap importirnya, kasih modal pedagang buat pindah jual produk lokal. Baru adil.
"""),
R(92, "message", "hn_buyer_diary", 0, 1, 1, 1, """
Mak, tadi aku ke Kamisan Deli Tua sama Rina 😁
Dapat 3 tas sama 1 sepatu kets, semua monza, habis 180 ribu aja
Tasnya masih bagus kali, ada satu yang kulitnya agak ngelupas dikit
Nanti Minggu aku bawa pulang, Mak pilih lah mana yang Mak suka
"""),
R(93, "listing", "port_route", 1, 1, 1, 1, """
Gorden & Sprei Campur Per Kilo
Motif bunga, polos, kotak-kotak, ukuran macam-macam
Kondisi layak pakai, sudah dicuci, ada yang warnanya pudar
Barang masuk lewat Tawau–Nunukan, dijual dari Tarakan
Harga 30rb/kg, minimal 10 kg, ongkir kapal Pelni ditanggung pembeli
"""),
R(94, "article", "shop_newsletter", 1, 1, 1, 1, """
Kabar Lapak Minggu Ini — Edisi 12
Halo pelanggan setia! Minggu ini kapal datang lebih awal, jadi kami sudah membuka empat ikat baru.
Isinya didominasi mantel panjang dan sweater wol, cocok untuk yang mau ke luar negeri atau kerja di ruangan dingin.
Semua sudah kami periksa: kondisi 7 sampai 9 dari 10, minus kami catat di label.
Untuk reseller, sisa sortiran dijual per kilo mulai Sabtu.
Sampai jumpa di lapak, Pasar Tungging los 3.
"""),
R(95, "profile", "reseller_recruit", 1, 1, 1, 1, """
Distributor Pakaian Pilihan Jalur Tanjungbalai–Medan
✔ Reseller welcome, ambil per ikat atau per goni
✔ Grade A / B / campur, bisa request jenis
✔ Kirim ke Aceh, Riau, Sumbar
Tidak melayani tukar barang, cek video dulu sebelum bayar
"""),
R(96, "live", "live_auction", 1, 1, 1, 1, """
LELANG LIVE MALAM INI 🔨 open bid mulai 20rb, kelipatan 5rb
Item 1: varsity jacket wol, emblem lengkap, lengan kulit agak retak
Item 2: celana kerja kanvas, pudar cantik karena sering dipake
Item 3: sweater rajut nenek-nenek, 1 lubang kecil udah ditisik
Semua dari ikatan yang baru kebuka sore tadi, kiriman kapal
Pemenang wajib transfer max 1 jam
"""),
R(97, "review", "hn_factory_reject", 1, 0, 1, 0, """
Review toko "Gudang Reject Garmen" di Majalaya:
Jual kaos & hoodie reject pabrik, baru semua, cacatnya cuma sablon miring atau benang lebih.
Bukan barang bekas, jadi gak perlu takut bau. Harga 15–40 ribu.
Tokonya buka tiap hari, parkir agak susah. Aku puas, 4/5.
"""),
R(98, "post", "hn_news_share", 0, 1, 1, 1, """
Baru baca berita, Bea Cukai Belawan nahan kontainer isi ratusan balpres 😳
Katanya ditulis di dokumen "kain perca", ternyata isinya baju bekas impor semua.
Pantes akhir-akhir ini harga di Pajak Melati naik.
Kalian masih suka thrifting gak sih setelah tau ribetnya?
"""),
R(99, "listing", "hn_own_preloved", 1, 1, 1, 0, """
Gaun Pengantin Putih Preloved — Dipakai Sekali
Gaun pernikahan saya sendiri, jahit di penjahit Yogyakarta tahun 2023
Ukuran M, panjang ekor 1,5 m, payet utuh, sudah dry clean
Dijual karena ingin lemari lebih lega, harga 2,5 juta nego
Bisa dilihat langsung di Sleman
"""),
R(100, "comment", "jakarta_slang", 1, 1, 1, 1, """
Ada bro, kemarin pas buka ikat dapet 3 yang modelnya mirip
Ukuran M sama L, kondisi 8/10, satu ada bolong kecil di ketek
Barang Senen asli, bukan repro. Ambil di rumah gw Kramat apa mau dikirim?
WA aja dah biar gampang
"""),
]
