# Longform, legal records. Part D. Each text written by hand.
# Tuple: (kind, category, offer, used, clothing, abroad, text)

R = [
# ---- charity_donation_swap ----
("post", "charity_donation_swap", 1, 1, 1, 0, """BAZAR AMAL PAROKI 🙏
Sabtu, 14 September, halaman gereja, jam 8-13
Menjual pakaian layak pakai sumbangan umat: kemeja, rok, baju anak, sepatu
Harga Rp2.000 - Rp20.000
Seluruh hasil penjualan untuk biaya sekolah anak-anak panti asuhan Santa Maria
Yang mau menyumbang pakaian bisa diantar ke sekretariat sampai Kamis"""),

("post", "charity_donation_swap", 0, 1, 1, 0, """OPEN DONASI PAKAIAN LAYAK PAKAI 🤝
Untuk warga terdampak banjir di Kecamatan Sayung, Demak
Yang dibutuhkan:
- pakaian anak & balita
- sarung, mukena, pakaian dalam baru
- selimut
Mohon pakaian dalam kondisi bersih & sudah dicuci
Drop point: Posko Masjid Al-Ikhlas, terima sampai Minggu malam"""),

("post", "charity_donation_swap", 0, 1, 1, 0, """CLOTHING SWAP PARTY vol. 3 👗🔄👔
Bawa maksimal 5 baju bekasmu yang masih bagus & bersih
Tukar dengan baju peserta lain, gratis!
Sisa baju yang tidak tertukar akan kami donasikan ke rumah singgah
Minggu, 10.00-14.00, Taman Literasi Blok M
Daftar lewat link di bio, kuota 80 orang"""),

("post", "charity_donation_swap", 1, 1, 1, 0, """Charity sale alumni angkatan 2010 🎓
Kami mengumpulkan preloved dari teman-teman alumni: baju kerja, tas, sepatu, jaket
Semua barang milik pribadi alumni, bukan kulakan
Harga 10rb-100rb
Hasil 100% untuk beasiswa adik kelas yang kurang mampu
Lokasi: aula SMA, Minggu 7 Juli"""),

("post", "charity_donation_swap", 0, 1, 1, 0, """Ibu-ibu PKK RW 09 🌸
Kami menggalang pakaian bekas layak pakai untuk dikirim ke panti jompo di Lembang.
Terutama jaket, sweater, dan sarung karena di sana dingin.
Silakan titip ke rumah Bu RW sampai akhir bulan.
Mohon dicuci dulu ya, terima kasih atas kebaikan hatinya."""),

("post", "charity_donation_swap", 1, 1, 1, 0, """Lelang amal jersey bekas pemain 🏆
Jersey yang dipakai skuad tim kami di laga final liga daerah musim lalu, lengkap tanda tangan.
Lelang dibuka dari 500rb, kelipatan 50rb.
Seluruh hasil untuk korban kebakaran di Kampung Nelayan.
Tawaran lewat komentar, ditutup Jumat jam 20.00."""),

("post", "charity_donation_swap", 0, 1, 1, 0, """Tukar seragam, yuk! 🏫
Banyak adik kelas yang butuh seragam tapi orang tuanya belum mampu beli.
Kakak-kakak yang sudah lulus, seragam lamanya bisa ditukar atau disumbangkan di koperasi sekolah.
Seragam kami cuci, setrika, lalu kami bagikan gratis awal tahun ajaran.
Info: OSIS SMPN 4"""),

("post", "charity_donation_swap", 1, 1, 1, 0, """Thrift shop amal milik yayasan kami kembali buka 💚
Semua barang berasal dari donasi warga sekitar, kami sortir dan cuci sendiri.
Harga mulai 3 ribu.
Keuntungan dipakai untuk operasional sekolah gratis anak pemulung di Bantar Gebang.
Buka Selasa-Sabtu, jam 9-16."""),

("post", "charity_donation_swap", 0, 1, 1, 0, """Terima kasih para donatur 🙏
Minggu ini kami sudah menyalurkan 600 potong pakaian layak pakai ke tiga desa terdampak longsor di Banjarnegara.
Pakaian berasal dari sumbangan warga Semarang, sudah kami cuci dan kemas per keluarga.
Kami masih butuh pakaian anak usia SD dan selimut.
Info donasi di tautan bio."""),

# ---- upcycling_tailoring_laundry ----
("listing", "upcycling_tailoring_laundry", 1, 1, 1, 0, """Tas Upcycle "Jeans Bapak" 👜
Dibuat dari celana jeans bekas keluarga & tetangga yang sudah tidak dipakai
Setiap tas unik, tidak ada yang sama persis
Furing kain batik sisa penjahit
Ukuran 30x35 cm, tali panjang
Harga 165rb, atau kirim jeans bekasmu sendiri untuk dibuatkan (jasa 100rb)"""),

("post", "upcycling_tailoring_laundry", 0, 1, 1, 1, """Jasa Permak Khusus Baju Thrift 🧵
Banyak yang beli jaket Jepang atau Korea second tapi kegedean? Bawa ke kami:
- kecilin badan 35rb
- potong lengan 25rb
- ganti resleting 30rb
- ubah jadi crop 40rb
Bisa ditunggu 1 jam untuk permak ringan
Lokasi dekat Pasar Senen, pintu belakang"""),

("post", "upcycling_tailoring_laundry", 0, 1, 1, 1, """LAUNDRY KHUSUS PAKAIAN THRIFT 🧼
Buat kamu yang habis borong di Gedebage atau beli barang bal:
✔ cuci air panas 60°C
✔ uap (steam) anti bakteri
✔ anti jamur & penghilang bau gudang
✔ setrika rapi
Harga 15rb/kg, express 6 jam +10rb
Antar jemput area Bandung Timur"""),

("post", "upcycling_tailoring_laundry", 0, 1, 1, 0, """Tutorial: ubah kemeja bapak jadi blouse kekinian ✂️
1. Pilih kemeja lama ukuran besar
2. Buka jahitan samping, kecilkan badan sesuai pola
3. Potong lengan jadi model puff
4. Tambahkan karet di ujung lengan
5. Selesai! Baju lama jadi baru tanpa beli lagi
Video lengkap di channel kami, gratis."""),

("listing", "upcycling_tailoring_laundry", 1, 1, 1, 0, """Bedcover Patchwork Kenangan
Kami jahit dari baju-baju lama keluarga kamu: kaos sekolah, kemeja almarhum, baju bayi
Kirim minimal 20 potong baju bekas, kami susun jadi selimut 160x200
Ada juga stok jadi dari kain sisa & baju bekas donasi komunitas, 650rb
Proses 3-4 minggu"""),

("post", "upcycling_tailoring_laundry", 0, 1, 1, 0, """Kelas Reworked Denim 🪡
Bawa jeans bekas kamu, kita ubah jadi rok, tas, atau jaket patchwork
Pengajar: desainer lokal & penjahit berpengalaman
Peralatan & mesin disediakan
Sabtu 13.00-17.00, biaya 150rb
Tempat: studio komunitas di Jalan Kaliurang km 7"""),

("listing", "upcycling_tailoring_laundry", 1, 1, 1, 0, """Sajadah & tas dari sarung bekas 🕌
Hasil karya ibu-ibu binaan di Gresik
Sarung bekas sumbangan warga kami olah jadi sajadah lipat & tas belanja
Sajadah 55rb, tas belanja 35rb
Pembelian membantu penghasilan 15 ibu rumah tangga"""),

("post", "upcycling_tailoring_laundry", 0, 1, 1, 0, """Dry clean & repair kebaya, jas, dan gaun 👗
Noda keringat, lipstik, anggur, kami tangani hati-hati
Perbaikan payet & renda lepas
Antar jemput gratis untuk area Tebet, Kuningan, Setiabudi
Estimasi 3-5 hari kerja
Pesan lewat DM"""),

("post", "upcycling_tailoring_laundry", 0, 1, 1, 1, """Cara aman merawat baju cakar sebelum dipakai (pengalaman pribadi) 🧺
1. Jangan langsung dicoba, apalagi di kulit sensitif
2. Rendam air panas + deterjen + sedikit cuka 1 jam
3. Cuci biasa, jemur di bawah matahari langsung
4. Setrika panas, terutama bagian ketiak & kerah
Ini aku lakukan ke semua baju cakar yang dulu aku beli di Parepare, aman sampai sekarang."""),

# ---- other_meaning ----
("listing", "other_meaning", 1, 0, 0, 0, """CEKER SETAN MBAK YUYUN 🔥
Cakar ayam dimasak bumbu pedas manis, empuk sampai tulang
Level 1-5, porsi 10 ceker
Harga 15rb, tambah nasi 5rb
Buka jam 4 sore sampai habis, depan Indomaret Pogung
Bisa GoFood & ShopeeFood"""),

("post", "other_meaning", 0, 0, 0, 0, """Akhirnya kesampaian nonton GP Italia di Monza! 🏎️🇮🇹
Tribun penuh tifosi berbaju merah, sorakannya bikin merinding tiap mobil lewat lintasan lurus.
Sirkuitnya di tengah taman kota, jadi jalan dari stasiun lumayan jauh.
Tips: bawa topi, air minum, dan siap-siap antre kereta pulang ke Milano 2 jam.
Pengalaman sekali seumur hidup."""),

("post", "other_meaning", 1, 0, 0, 0, """Hidden gem di Malang 🌿
Kafe kecil di belakang perumahan Dieng, ada kebun dan kolam ikan
Menu andalan: kopi tubruk Dampit, pisang goreng madu, mie godog Jawa
Harga mulai 8rb, wifi kencang, banyak colokan
Buka jam 10-22, parkir motor gratis
Cocok buat nugas atau ngobrol sampai malam"""),

("listing", "other_meaning", 1, 1, 0, 0, """Jual bal (bola) sepak & voli bekas klub 🏐⚽
10 bola sepak Mitre & Molten bekas latihan, masih bulat, pentil aman
5 bola voli Mikasa bekas turnamen antar kampung
Harga 50-90rb per bola
Cocok buat latihan anak SSB
Lokasi Lapangan Desa Karangsari, Purbalingga"""),

("post", "other_meaning", 0, 0, 0, 0, """Jasa Ekspedisi Laut Jakarta - Ambon - Ternate 🚢
Tarif per koli (maks 30 kg) atau per kubik
Barang aman, asuransi tersedia
Jadwal kapal tiap Senin & Kamis
Gudang penerimaan di Sunda Kelapa
Bisa jemput barang di rumah untuk area Jakarta Utara"""),

("post", "other_meaning", 0, 0, 0, 0, """Perjalanan ke Roma hari ke-3 🇮🇹
Pagi ke Colosseum, siang makan carbonara di Trastevere, sore lempar koin di Fontana di Trevi.
Jalan kaki hampir 20 ribu langkah, kaki pegel tapi hati senang.
Besok rencananya ke Vatikan, harus berangkat subuh biar antrean ga panjang.
Ada rekomendasi gelato enak dekat Piazza Navona?"""),

("listing", "other_meaning", 1, 0, 0, 0, """Karung Goni Baru untuk Pertanian & Tanggul 🌾
Goni rami, ukuran 60x100 cm
1 bal isi 100 lembar
Cocok untuk karung kopi, kakao, atau karung pasir penahan banjir
Harga 8rb/lembar, 750rb per bal
Gudang di Medan, bisa kirim ke seluruh Sumatera"""),

("post", "other_meaning", 1, 0, 0, 0, """Hidden gems kuliner Bandung yang jarang orang tahu 🍜
1. Batagor gerobak depan SD di Jalan Kebon Kawung, bumbunya kental
2. Mie kocok di gang sempit dekat Pasar Kosambi
3. Surabi oncom di Setiabudi, buka cuma pagi
4. Kupat tahu di belakang Gedung Sate
Semua di bawah 25rb, dijamin kenyang!"""),

# ---- realworld_tweet ----
("post", "realworld_tweet", 0, 1, 1, 1, """gw: mau hemat bulan ini
juga gw: ke senen "cuma liat2"
pulang bawa 3 jaket jepang second sama 1 kemeja kotak2 😭
total 280rb. dompet nangis, lemari penuh
ada yg senasib?"""),

("post", "realworld_tweet", 0, 1, 1, 1, """jujur baru tau kalo bal thrift itu isinya bisa setengah sampah
temen gw modal 7jt buat buka lapak, yg kejual cuma 90 potong, sisanya dijual kiloan
terus sekarang dilarang pula. yakin masih mau ikut2an usaha bal?
mending jual produk lokal deh, serius"""),

("post", "realworld_tweet", 0, 0, 1, 0, """ootd hari ini full lokal dong 🥹
kemeja: brand kecil dari bandung
celana: jahitan penjahit deket kos
sepatu: cibaduyut
tas: anyaman pandan tasik
yg bilang lokal ga bisa keren sini gelut"""),

("post", "realworld_tweet", 0, 1, 1, 1, """reply @kiki_ngetrif:
> "thrifting = sustainable"
kak, kalo belinya preloved temen atau tetangga iya
kalo belinya dari bal impor yg masuk lewat jalur tikus ya ga gitu juga
limbah negara lain dibuang ke sini, kita yg nampung sisanya
(bukan nyerang, cuma pengen diskusi 🙏)"""),

("post", "realworld_tweet", 0, 1, 1, 1, """thread kecil: nostalgia monza di medan 🧵
1/ jaman smp tiap minggu diajak abang ke pajak sambu, nyari jaket kulit
2/ dapet satu jaket bekas korea 35rb, dipake sampe kuliah
3/ skrg baca berita dilarang, agak sedih tapi ngerti alasannya
4/ jaketnya masih ada btw, ga dijual, kenangan"""),

("post", "realworld_tweet", 0, 0, 0, 0, """sumpah ya tiktok gw isinya live org teriak2 "ketik SIKAT" tiap malem
padahal gw cuma mau nonton video kucing
algoritma kenapa sih 😭
mana ada yg jualan ceker pedes juga jam 2 pagi, laper kan jadinya"""),

# ---- realworld_review ----
("review", "realworld_review", 0, 1, 1, 1, """⭐⭐⭐⭐⭐ 5/5
Jaket second Jepang nya bener2 sesuai video live, cuma ada noda kecil di lengan yang udah dibilang host.
Packing rapi pake plastik + kardus, wangi parfum laundry.
Pengiriman 2 hari ke Solo.
Mantap, bakal ikut live bongkar berikutnya."""),

("review", "realworld_review", 0, 0, 1, 0, """⭐⭐⭐⭐ 4/5
Kemeja flanel "vintage look" ini ternyata beneran baru, ada label & plastik.
Warnanya pudar cantik kayak barang thrift, tapi bahannya agak tipis untuk harga 119rb.
Jahitan rapi, ukuran sesuai chart.
Semoga next batch bahannya lebih tebal ya kak."""),

("review", "realworld_review", 0, 1, 1, 1, """★☆☆☆☆
Beli "bal kiloan Korea 5kg", yang datang kebanyakan kaos anak robek dan celana kolor.
Foto di iklan isinya jaket semua 🙃
Seller bilang sistemnya random.
Ga lagi-lagi beli bal online, mending ke lapak langsung."""),

("review", "realworld_review", 0, 1, 0, 1, """⭐⭐⭐⭐⭐
Mesin jahit Juki bekas Jepang nya halus banget, suara pelan, jahitan rapi.
Penjual kasih tutorial setting & bonus jarum.
Udah 2 minggu dipakai produksi seragam, aman.
Recommended buat konveksi kecil."""),

("review", "realworld_review", 0, 1, 1, 0, """⭐⭐⭐⭐⭐
Beli preloved gamis dari kakak ini, katanya dipakai 1x lebaran, dan bener masih kayak baru.
Ada bonus bros kecil 😍
Komunikasi enak, fast respon.
Semoga lancar jualannya kak."""),

("review", "realworld_review", 0, 0, 0, 0, """⭐⭐⭐⭐ 4/5
Kafe "hidden gem" yang viral itu memang enak, kopi susunya creamy dan suasananya adem.
Minusnya parkir sempit dan antre lama pas weekend.
Harga wajar, 25rb-an.
Bakal balik lagi kalau weekday."""),

# ---- realworld_news ----
("article", "realworld_news", 0, 1, 0, 1, """JAKARTA - Rencana impor rangkaian KRL bekas dari Jepang kembali menuai perdebatan. Sebagian pihak menilai sarana bekas masih layak dan lebih murah, sementara pihak lain mendorong pengadaan kereta baru dari industri dalam negeri.
Operator menyebut kebutuhan armada mendesak karena sejumlah rangkaian lama akan pensiun. Kementerian terkait menyatakan masih mengkaji opsi retrofit di dalam negeri sebagai jalan tengah."""),

("article", "realworld_news", 0, 0, 1, 0, """BANDUNG - Sejumlah pelaku konveksi di sentra rajut Binong Jati mengaku pesanan meningkat setelah penertiban penjualan pakaian bekas impor. Beberapa pedagang yang sebelumnya menjual pakaian bekas kini beralih mengambil sweater rajut lokal.
"Dulu mereka bilang rajutan kami kalah sama barang bal. Sekarang mulai pesan lagi," kata Dadang, pemilik usaha rajut.
Namun pelaku usaha berharap ada dukungan bahan baku yang lebih murah."""),

("article", "realworld_news", 0, 1, 1, 1, """PAREPARE - Pedagang cakar di Pasar Senggol mulai mengeluarkan dagangan dari karung besar berwarna putih menjelang sore. Pembeli yang datang beragam, dari remaja hingga orang tua, sebagian dari luar kota.
"Kalau sore belum terlalu ramai, nanti malam baru penuh," tutur Aco, salah seorang pedagang.
Ia mengaku mengetahui adanya larangan, namun menyebut pembeli masih normal."""),

("article", "realworld_news", 0, 1, 1, 1, """SEKADAU - Petugas Pos Lintas Batas Negara memeriksa sebuah minibus yang membawa belasan karung pakaian bekas dari arah Entikong. Sopir mengaku barang titipan warga untuk dijual di pasar kecamatan.
Seluruh karung disita dan dibawa ke kantor Bea Cukai terdekat. Petugas mengingatkan warga perbatasan bahwa pakaian bekas tidak termasuk barang yang boleh dibawa melalui fasilitas pelintas batas."""),

("article", "realworld_news", 0, 0, 0, 0, """MONZA - Pebalap tuan rumah mengamankan pole position Grand Prix Italia setelah mencatat waktu tercepat di sesi kualifikasi, Sabtu sore waktu setempat. Ribuan penonton memadati tribun utama sirkuit bersejarah tersebut.
Balapan akan berlangsung Minggu dengan 53 putaran. Cuaca diperkirakan cerah dengan suhu lintasan di atas 40 derajat."""),
]
