# Batch 4: legal hard negatives, varied kinds and registers.
# Tuple: (kind, category, (offer, used, clothing, abroad), text)
RECORDS = [
("live", "hn_new_thrift_style", (1, 0, 1, 0), """Halo kakak2, live malam ini kita jual kemeja corduroy & rok plisket gaya thrift 70an ya 🤎
Tapi aku tegasin dulu: ini BARANG BARU, jahitan konveksi kita sendiri di Tangerang, bukan bal, bukan bekas impor.
Warna sengaja dibikin kalem biar vibes vintage.
Harga live 99rb, normal 139rb, checkout keranjang 1-8.
Yang nanya bedanya sama thrift: ini wangi toko, bukan wangi gudang 😆"""),

("profile", "hn_own_preloved", (1, 1, 1, 0), """Lemari Mbak Tari 👗
Isinya preloved pribadi aku & adik, semua dibeli di toko/mall dalam negeri
Bukan thrift, bukan bal, bukan sortiran
Update tiap akhir bulan pas bersih-bersih lemari
Ukuran mayoritas S-M
COD Yogyakarta / kirim JNE"""),

("article", "hn_news_report", (0, 1, 1, 1), """Kementerian Perdagangan kembali menegaskan bahwa pakaian bekas termasuk barang yang dilarang impor berdasarkan Permendag Nomor 18 Tahun 2021 sebagaimana diubah dengan Permendag Nomor 40 Tahun 2022.
Dalam keterangan tertulis, kementerian menyebut penindakan difokuskan pada importir dan distributor ballpress, bukan pada konsumen.
Pedagang eceran di pasar diminta tidak lagi mengambil stok baru dari karung impor.
Pemerintah daerah diminta menyiapkan program peralihan usaha bagi pedagang thrift."""),

("article", "hn_feature_article", (0, 1, 1, 1), """Asal-usul Kata "Monza" di Medan
Orang Medan menyebut pakaian bekas impor dengan sebutan monza, singkatan dari "Mongonsidi Plaza", julukan bercanda untuk deretan lapak di Jalan Mongonsidi pada 1980-an.
Belakangan pusatnya pindah ke Pajak Melati, Pajak Sambu, dan Simalingkar.
Hari ramainya dikenal sebagai hari bongkar, ketika bal baru dibuka.
Kini istilah itu bertahan sebagai bagian budaya kota, meski perdagangannya dilarang."""),

("message", "hn_buyer_question", (0, 1, 1, 1), """Kak, maaf mau tanya sebelum checkout.
Jaket yang kakak jual ini barang baru atau dari bal bekas impor ya? Soalnya di foto ada label yang kayak udah pudar.
Aku cuma mau beli yang baru, takut alergi.
Kalau bekas, ga jadi ya kak, makasih 🙏"""),

("comment", "hn_joke_meme", (0, 1, 1, 1), """Baju Batam gw lebih banyak cap paspornya daripada gw 😭
Dia udah pernah ke Jepang, Korea, Singapura, terus naik speedboat ke Batam, terus naik kapal ke Jakarta.
Gw? Paling jauh ke Puncak.
Respect buat jaket 40rb ini 🫡"""),

("listing", "hn_other_goods_bulk", (1, 1, 0, 1), """Furniture Bekas Ex Jepang Per Kontainer 40ft
Isi meja lipat, kursi kayu, lemari kecil, rak buku
Kondisi rata-rata bagus, tinggal poles
Cocok untuk toko furnitur & kafe
Harga tergantung isi, survei gudang di Semarang bisa dijadwalkan
Bukan pakaian, murni mebel"""),

("listing", "hn_other_goods_bulk", (1, 1, 0, 0), """Botol Plastik PET Bekas Press Per Bal
Botol air mineral bening, sudah dipisah tutup & label
Berat per bal ±80-100 kg
Harga 4.200/kg, lokasi Sidoarjo
Untuk pabrik cacah & daur ulang
Melayani pengambilan rutin mingguan"""),

("listing", "hn_other_goods_bulk", (1, 1, 0, 0), """Karung Beras Bekas 50 kg Per Bal (100 lembar)
Karung plastik anyaman, sudah dicuci & dijemur
Cocok untuk wadah gabah, pasir, sampah, rongsok
Harga 130rb per bal
Stok rutin dari penggilingan padi di Karawang
Bisa kirim ke Jabodetabek"""),

("listing", "hn_fabric_roll", (1, 0, 0, 0), """Kain Katun Jepang Roll Sisa Produksi - Per Meter
Motif bunga kecil & polkadot, lebar 150 cm
Barang baru, sisa potong konveksi Bandung
Harga 28rb/meter, per roll (±45m) 1,1jt
Cocok buat gamis, daster, masker
Bukan baju jadi, kain meteran"""),

("post", "hn_factory_reject", (1, 0, 1, 0), """SISA EKSPOR MURAH 🔥
Celana chino & kemeja oxford sisa order buyer Eropa dari pabrik di Semarang
Barang baru semua, label merk sudah dipotong
Ada yang cacat tipis (warna belang dikit), sudah dipisah & didiskon
Celana 75rb, kemeja 65rb
Gudang outlet di Ungaran, buka tiap hari"""),

("live", "hn_charity_sale", (1, 1, 1, 0), """Selamat pagi jemaat dan sahabat semua 🙏
Live lelang amal Komisi Pemuda hari ini: baju, jas, dan sepatu layak pakai sumbangan jemaat.
Jas pak pendeta yang dipakai waktu pernikahan massal tahun lalu juga ikut dilelang lho 😄
Harga buka 10rb, kelipatan 5rb.
Semua hasil untuk renovasi sekolah minggu. Komen nomor barang + tawaran ya."""),

("article", "hn_essay", (0, 1, 1, 1), """Catatan Ekonomi: Ke Mana Perginya Baju Bekas Dunia?
Setiap tahun negara maju mengirim jutaan ton pakaian bekas ke negara berkembang dalam bentuk bal.
Sebagian dijual kembali di pasar seperti Senen dan Gedebage, sebagian besar berakhir di tempat pembuangan.
Larangan impor pakaian bekas di Indonesia bertujuan melindungi industri tekstil, namun efektivitasnya bergantung pada pengawasan di pelabuhan kecil.
Tanpa itu, karung-karung tetap masuk lewat jalur yang tak terpantau."""),

("comment", "hn_complaint_quoting_ad", (0, 1, 1, 1), """Lapor min! Akun ini tiap hari posting "cakar baru buka, 1 karung 1,5jt, kualitas Korea". Udah aku report 3x tapi masih muncul.
Bukan soal iri ya, tapi kan jelas2 dilarang.
Screenshot udah aku kirim ke DM admin grup."""),

("message", "hn_rules_guideline", (0, 1, 1, 1), """📢 Imbauan Bea Cukai
Penumpang kapal dari Singapura dan Malaysia dilarang membawa pakaian bekas dalam jumlah tidak wajar.
Jangan mau dititipi koper atau koli milik orang lain dengan imbalan uang, karena isinya bisa berupa ballpress ilegal.
Pelanggaran dapat dikenai sanksi sesuai UU Kepabeanan.
Sebarkan informasi ini ke keluarga dan kerabat."""),

("listing", "hn_ordinary_listing", (1, 0, 1, 0), """Batik Tulis Lasem Kemeja Pria Lengan Panjang
Motif tiga negeri, pewarna alam
Dibuat pengrajin di Lasem, Rembang
Ukuran M, L, XL, furing katun
Harga 485rb, sertifikat batik tulis disertakan
Barang baru, dikirim dengan kotak kayu"""),

("post", "hn_jastip_new", (1, 0, 1, 1), """JASTIP MYEONGDONG - SEOUL 🇰🇷
Titip skincare, kaos, hoodie brand lokal Korea (barang baru dari toko)
Close PO 20 Mei, barang sampai Jakarta awal Juni
Fee 30rb/item, DP 50%
Maaf tidak menerima titipan baju bekas/vintage ya, hanya barang baru
Order lewat form di bio"""),

("comment", "hn_buyer_question", (0, 1, 1, 0), """Mau tanya min, kalau aku jual baju-baju lamaku sendiri di Shopee (preloved, belinya di Matahari), itu termasuk yg dilarang kayak baju bekas impor gak ya?
Takut tokonya kena banned 😥"""),

("live", "hn_ordinary_listing", (1, 0, 1, 0), """Assalamualaikum ukhti2! Live hijab segi empat voal motif baru 🌸
Stok baru datang dari produksi kami di Pekalongan, masih segel plastik
Bukan balpres, bukan sisa karung ya, ini barang fresh
Harga 35rb aja selama live, beli 3 jadi 95rb
Klik keranjang kuning, pilih warna sesuai nomor"""),

("profile", "hn_textile_recycling", (0, 1, 1, 0), """Bank Sampah Tekstil "Kain Kembali" ♻️
Menerima pakaian bekas warga (kondisi apa pun) untuk dipilah
Yang layak → disumbangkan ke panti & korban bencana
Yang rusak → diolah jadi isian bantal dan majun
Kami tidak menjual pakaian dan tidak menerima kiriman dari luar negeri
Titik setor: Balai RW 07 Kelurahan Jati, tiap Sabtu"""),

("message", "hn_rules_guideline", (0, 1, 1, 1), """Reminder buat member grup "Jual Beli Fashion Pekanbaru":
1. Dilarang posting jualan baju per goni, per koli, per kilo dari Dumai / Batam.
2. Dilarang pakai kata sandi kayak "barang seberang" atau "kiriman kapal" buat ngakalin.
3. Preloved pribadi boleh, wajib foto asli.
Yang melanggar langsung di-kick tanpa peringatan. Terima kasih 🙏"""),

("listing", "hn_own_preloved", (1, 1, 1, 0), """Sepatu Nike Air Force 1 Putih Size 43 Pribadi
Beli di Foot Locker Pondok Indah Mall Mei tahun lalu, box & nota ada
Dipakai ±10x, sol masih tebal, ada creasing di toe box
Jual karena kekecilan
1,1jt nett
COD Jakarta Selatan"""),

("listing", "hn_own_preloved", (1, 1, 1, 0), """Seragam SMA Lengkap Bekas Kakak - Layak Pakai
Kemeja putih 2, rok abu-abu 2, kemeja pramuka 1
Ukuran M (LD 96), warna putih masih bersih
Kakak saya sudah lulus, daripada nganggur
Semua 150rb, ambil di Bekasi Utara"""),

("post", "hn_joke_meme", (0, 1, 1, 1), """Kamus Thrifting Indonesia 📖
Bal: tas belanja raksasa orang dewasa
Grade A: "ada noda sedikit"
Grade B: "ada noda banyak"
Sortiran: yang bagus udah diambil duluan sama abangnya
Buka ikat: hari raya pecinta baju bekas impor
Cakar: bukan makanan, Daeng 😂"""),

("article", "hn_news_report", (0, 1, 1, 1), """Ribuan potong pakaian bekas hasil sitaan di Pekanbaru dimusnahkan dengan cara dibakar di halaman kantor bea cukai, Selasa.
Barang tersebut berasal dari beberapa penindakan di perairan Dumai dan Bengkalis sepanjang tahun, dikemas dalam ratusan karung dan koli.
Petugas menyebut kapal kayu pengangkut kerap berlayar malam dari pelabuhan di Malaysia.
Pemusnahan disaksikan perwakilan kejaksaan dan pemerintah daerah."""),

("listing", "hn_new_thrift_style", (1, 0, 1, 0), """Tas Kulit Sapi Handmade "Vintage Look" - Garut
Model messenger ala tas pos tahun 70an
Kulit asli disamak, sengaja dibikin efek lusuh (distressed) biar kelihatan antik
Barang baru buatan pengrajin Sukaregang
Harga 420rb, garansi jahitan 6 bulan
Bukan barang bekas, bukan barang luar"""),

("listing", "hn_other_goods_bulk", (1, 0, 0, 0), """Kain Perca Konveksi Per Kilo
Potongan kain sisa jahit kaos, bahan cotton combed, warna campur
Ukuran potongan 10-40 cm, cocok buat keset, boneka, kerajinan
Kain baru sisa potong, bukan pakaian
Harga 8rb/kg, minimal 10 kg
Lokasi Bandung Selatan"""),

("review", "hn_review_no_seller", (0, 1, 1, 1), """Review jujur habis belanja di pasar baju bekas impor pertama kali:
Pusing! Tumpukannya setinggi dada, bau kapur barus, panas.
Tapi pas nemu kemeja linen Muji masih mulus seharga 30rb, langsung lupa capeknya.
Saranku: bawa masker, bawa kantong sendiri, dan cuci semuanya begitu sampai rumah.
Bintang 4, minus 1 buat parkirannya."""),

("post", "hn_opinion", (0, 1, 1, 1), """Jujur aku bingung sama orang yang bilang thrifting itu ramah lingkungan padahal barangnya numpang kapal ribuan kilometer dalam karung.
Yang lebih ramah lingkungan itu pakai baju yang udah ada di lemari sendiri, atau tukeran sama temen.
Bukan berarti pembeli baju bal itu jahat ya, aku juga dulu suka.
Cuma ayo jujur soal dampaknya. 🌏"""),

("comment", "hn_buyer_question", (0, 1, 1, 1), """Ada yang tau ga, di Tanjungbalai masih ada yang jual baju bekas impor per karung?
Bukan mau beli banyak, cuma penasaran harga sekarang berapa setelah ramai razia.
Temen bapak saya dulu pedagang di sana."""),

("post", "hn_local_upcycle", (1, 1, 1, 0), """Reworked collection vol. 3 ✂️
Kami ambil kemeja & jeans lama dari donasi teman-teman kampus, lalu dijahit ulang jadi outer patchwork.
Semua bahan dari lemari lokal, bukan dari bal impor.
Satu desain cuma satu pcs, harga 180-260rb.
Pre-order dibuka lewat Google Form sampai Jumat."""),

("message", "hn_complaint_quoting_ad", (0, 1, 1, 1), """Pak RT, mohon maaf mengganggu. Saya mau lapor, rumah kosong di ujung gang sekarang dipakai gudang.
Tiap malam ada truk bongkar karung, di grup Facebook mereka nulis "baju Batam ready per goni, grade A, ambil di gudang".
Baunya sampai ke rumah warga dan jalan jadi macet.
Mungkin bisa dicek ke kelurahan. Terima kasih pak."""),

("article", "hn_feature_article", (0, 1, 1, 1), """Cakar, Singkatan yang Melekat di Sulawesi Selatan
Di Makassar, pakaian bekas impor disebut "cakar", akronim dari cap karung, karena datang dalam karung besar.
Pelabuhan Parepare dulu menjadi pintu masuk utama, dengan barang yang sebelumnya singgah di Nunukan.
Pasar Terong dan Jalan Ratulangi dikenal sebagai pusat penjualannya, dengan hari "buka baru" setiap pekan.
Tulisan ini merekam sejarahnya, bukan mengajak berbelanja."""),
("post", "hn_buyer_diary", (0, 1, 1, 1), """Haul bulan ini, total habis 210rb 🛍️
- jaket varsity biru (ada tambalan di siku, malah lucu)
- 2 kaos band, satu sablonnya udah retak
- rok wol kotak2 yang wanginya masih kayak lemari nenek
Semua hasil ngubek tumpukan baju bekas impor waktu jalan2 sama sepupu. Lupa nama lapaknya, yang jelas abangnya ramah.
Besok mau dicuci pakai air panas dulu sebelum dipakai."""),
]
