# Hand-written texts: legal records (hard negatives and ordinary texts), part A.
# Tuple: (kind, category, offer, used, clothing, abroad, text)

RECORDS = [
# new goods in thrift / vintage style
("listing", "hn_new_thrift_style", 1, 0, 1, 0, """Kemeja Flanel Pria Motif Kotak Vintage Look — BARU, Bukan Thrift
Produksi konveksi sendiri di Bandung, bahan katun flanel tebal
Tersedia M, L, XL, XXL
Harga 89rb, grosir 12 pcs ke atas 75rb
Tampilan ala thrift tapi 100% baru, masih dalam plastik"""),

("post", "hn_new_thrift_style", 1, 0, 1, 0, """Suka gaya thrift tapi males cuci-cuci barang bekas? 😅
Koleksi "Retro Washed" kami jawabannya: jaket denim baru dengan efek pudar ala vintage
Dijahit di Pekalongan, semua ukuran ready
Harga launching 149rb sampai akhir bulan
Order di Shopee: RetroWashedOfficial"""),

("listing", "hn_new_thrift_style", 1, 0, 1, 0, """Kaos Oversize Washed Tee Look Thrift Brand Lokal NEW
Sablon plastisol, bahan cotton combed 24s
Warna: washed black, washed grey, washed olive
Semua barang baru lengkap dengan tag & plastik
Harga 79rb, beli 3 jadi 210rb"""),

("profile", "hn_new_thrift_style", 1, 0, 1, 0, """Nostalgia Wear 🎞️
Pakaian baru bergaya 90an — bukan barang bekas
Dibuat oleh penjahit lokal di Solo
Kemeja hawaii, celana baggy, cardigan rajut
Ready stock & PO 7 hari | WA 0813xxxx"""),

# new imports
("listing", "hn_new_import", 1, 0, 1, 1, """Sweater Rajut Wanita Import Korea BNWT — Baru Dengan Tag
Warna: cream, sage, baby pink
Bahan lembut, tidak gatal, allsize fit L
Barang baru masuk lewat importir resmi, ada faktur
Harga 135rb, ready Jakarta Barat"""),

("post", "hn_new_import", 1, 0, 1, 1, """PO Jastip Uniqlo Jepang batch 3 ✈️
Aku berangkat ke Osaka tanggal 12, close order tanggal 10
Semua barang baru langsung dari toko, struk disertakan
Fee jastip 10% dari harga, ongkir dalam negeri terpisah
Barang bekas / preloved TIDAK dilayani ya"""),

("message", "hn_new_import", 1, 0, 1, 1, """Selamat siang kak, stok dress baru impor Guangzhou sudah datang
Semua masih segel plastik, ada tag dan label bahan
Model A-line, warna hitam & navy, ukuran S-XL
Harga reseller 95rb, eceran 130rb
Minimal order reseller 6 pcs campur model"""),

# own preloved (not imported)
("post", "hn_own_preloved", 1, 1, 1, 0, """Declutter lemari sebelum pindahan 📦
Semua preloved pribadi, dipakai 2-5 kali, beli di mall Surabaya
- blazer Zara hitam, S, 150rb
- dress Cotton Ink, M, 120rb
- sepatu flat Everbest 37, 90rb
Bukan barang impor bekas ya, murni isi lemariku. COD Gubeng."""),

("listing", "hn_own_preloved", 1, 1, 1, 0, """Preloved Kebaya Wisuda Warna Dusty Pink Size M
Dipakai sekali untuk wisuda saya sendiri, dijahit di penjahit Jogja
Kondisi bersih, sudah dry clean
Harga 200rb termasuk selendang
Alasan jual: lemari penuh"""),

("comment", "hn_own_preloved", 1, 1, 1, 0, """Kak itu jaketku sendiri kok, beli di Eiger store Bekasi tahun lalu, cuma kepakai beberapa kali karena kekecilan
Bukan barang thrift atau karungan ya
Kalau minat 300rb aja, masih ada notanya"""),

("post", "hn_own_preloved", 1, 1, 1, 0, """Garage sale kecil-kecilan di rumah, Sabtu ini jam 8 pagi!
Baju anak-anak bekas pakai anak sendiri, umur 1-5 tahun
Ada juga stroller dan car seat
Semua dijual 5-50 ribu, hasilnya buat beli lemari baru 😄
Alamat: Perum Griya Asri blok F2, Sidoarjo"""),

# donations / charity / school sales
("post", "hn_charity_bazaar", 1, 1, 1, 0, """BAZAR AMAL SMP TUNAS HARAPAN 🎗️
Menjual pakaian layak pakai hasil donasi orang tua murid
Seragam, kaos, sepatu, dan tas sekolah mulai Rp5.000
Seluruh hasil untuk beasiswa siswa kurang mampu
Sabtu, 14 Juni, halaman sekolah, pukul 08.00-12.00"""),

("post", "hn_donation_request", 0, 1, 1, 0, """Dibutuhkan donasi pakaian layak pakai untuk korban banjir di Kecamatan Baleendah 🙏
Terutama pakaian anak, sarung, selimut, dan pakaian dalam baru
Mohon pakaian bekas dicuci dan dilipat rapi
Posko penerimaan: Masjid Al-Ikhlas, Jl. Raya Baleendah
Narahubung: Kang Dedi 0812xxxx"""),

("post", "hn_charity_bazaar", 1, 1, 1, 0, """Rummage sale Gereja St. Yosef minggu depan!
Barang-barang bekas sumbangan jemaat: pakaian, sepatu, mainan, buku
Harga semurah-murahnya, hasil untuk renovasi atap aula
Minggu pukul 09.30 setelah misa kedua
Yang mau menyumbang barang masih bisa antar ke sekretariat sampai Jumat"""),

("message", "hn_donation_request", 0, 1, 1, 0, """Teman-teman alumni, panti asuhan Al-Hikmah di Bogor lagi butuh baju bekas layak pakai buat anak umur 6-15 tahun
Kalau ada yang mau kasih, kumpulin di rumahku aja sampai akhir bulan
Nanti aku yang antar ke sana sekalian
Tolong yang masih bagus ya, jangan yang sobek 🙏"""),

# non-clothing per karung/bal/koli
("listing", "hn_nonclothing_bale", 1, 1, 0, 0, """Jual Kardus Bekas Per Bal — 50 kg
Kardus bekas packing, bersih, kering, sudah dipress
Cocok untuk pengepul atau usaha daur ulang
Harga 2.300/kg, ambil di gudang Cakung
Bisa rutin tiap minggu"""),

("listing", "hn_nonclothing_bale", 1, 0, 0, 0, """Beras Pandan Wangi Karungan 25 kg Panen Baru
Langsung dari petani Cianjur, tanpa pemutih
Harga 340rb per karung
Beli 5 karung gratis antar wilayah Bogor
Stok banyak, bisa langganan bulanan"""),

("listing", "hn_nonclothing_used", 1, 1, 0, 1, """Motor Bekas Impor Honda CBR250RR Eks Jepang Surat Lengkap
Tahun 2019, km 14.000, pajak hidup
Ban baru ganti bulan lalu, mesin halus
Harga 58 jt nego, lokasi Jakarta Timur
Bisa cek fisik dan tes jalan"""),

("listing", "hn_nonclothing_used", 1, 1, 0, 1, """iPhone 13 Second Ex Inter Singapura 128GB
Battery health 86%, semua fungsi normal
IMEI terdaftar resmi (sudah bayar pajak)
Fullset dus & kabel, harga 7,1 jt
COD area Batam Center, bisa kirim luar kota"""),

("listing", "hn_nonclothing_bale", 1, 1, 0, 0, """Majun Kain Perca Per Karung — Untuk Bengkel & Pabrik
Kain lap bekas, sudah dipotong, daya serap tinggi
Isi 30 kg per karung, harga 180rb
Cocok buat bengkel motor, percetakan, & pabrik
Pengiriman area Tangerang dan sekitarnya"""),

("listing", "hn_nonclothing_bale", 1, 1, 0, 0, """Karung Goni Bekas Ukuran Besar — Per Bal 100 Lembar
Bekas kemasan kopi, kuat dan tidak sobek
Bisa untuk karung pasir, tanaman, atau dekorasi
Harga 450rb per bal
Lokasi Makassar, kirim antar pulau bisa"""),

("listing", "hn_nonclothing_used", 1, 1, 0, 1, """Mesin Jahit Bekas Juki Ex Jepang — High Speed
Kondisi normal, sudah servis, jarum & sepatu baru
Cocok untuk konveksi rumahan
Harga 2,8 jt per unit, ada 6 unit
Gudang di Semarang, bisa kirim kargo"""),

("listing", "hn_nonclothing_bale", 1, 0, 0, 0, """Kain Katun Rayon Per Roll Motif Bunga — Baru
Panjang 50 yard per roll, lebar 145 cm
Harga 1,35 jt per roll, grosir 5 roll ke atas nego
Cocok untuk daster & gamis
Toko kain Cigondewah, Bandung"""),

("listing", "hn_nonclothing_used", 1, 1, 0, 0, """Kursi Lipat Bekas Gedung Pertemuan — 40 Unit
Bekas acara, rangka besi masih kuat, busa sebagian sobek
Harga 55rb per unit, borong semua 2 jt
Lokasi Cirebon, angkut sendiri
Tidak melayani tawar via chat, silakan datang"""),

# news / articles
("article", "hn_news", 0, 1, 1, 1, """Petugas Bea Cukai Batam kembali menyita puluhan koli pakaian bekas dari penumpang kapal feri yang tiba dari Singapura pada akhir pekan.
Menurut petugas, barang-barang tersebut dikemas dalam koper dan ransel agar terlihat seperti barang bawaan pribadi.
Pakaian bekas termasuk barang yang dilarang diimpor berdasarkan Permendag 18/2021 yang telah diubah dengan Permendag 40/2022.
Seluruh barang bukti kini disegel untuk pemeriksaan lanjutan, sementara pemiliknya belum diketahui."""),

("article", "hn_news", 0, 1, 1, 1, """Ratusan pedagang di Pasar Senen, Jakarta Pusat, mengaku cemas setelah pemerintah kembali menegaskan larangan impor pakaian bekas.
Sebagian besar pedagang mengaku mengambil barang dari pemasok di Bandung, yang disebut memasok dari Korea dan Jepang.
"Kalau razia, kami yang kecil ini yang kena duluan," kata seorang pedagang yang enggan disebut namanya.
Kementerian Perdagangan menyatakan penindakan akan difokuskan pada importir dan jalur masuk barang."""),

("article", "hn_news", 0, 1, 1, 1, """MEDAN — Polisi menggagalkan pengiriman ratusan karung pakaian bekas yang diangkut dengan kapal kayu dari Malaysia menuju perairan Tanjungbalai.
Kapal diamankan sekitar dua mil dari bibir pantai setelah petugas menerima laporan masyarakat.
Nakhoda dan dua anak buah kapal ditahan untuk diperiksa.
Kasus ini menambah panjang daftar penyelundupan pakaian bekas di pesisir timur Sumatera Utara sepanjang tahun ini."""),

("article", "hn_news", 0, 1, 1, 1, """Pemusnahan barang bukti pakaian bekas ilegal digelar di halaman kantor bea cukai, Rabu pagi.
Sebanyak 1.200 bal ballpress hasil penindakan selama enam bulan dibakar menggunakan insinerator.
Pejabat setempat menyebut nilai barang diperkirakan mencapai miliaran rupiah.
Ia juga mengimbau masyarakat beralih ke produk tekstil dalam negeri."""),

("article", "hn_news", 0, 1, 1, 1, """Pedagang awul-awul di Yogyakarta mulai beralih ke pakaian sisa produksi pabrik lokal setelah pasokan karung dari luar negeri tersendat.
Seorang pedagang di kawasan Pasar Beringharjo mengatakan omzetnya turun hampir separuh sejak awal tahun.
Ia menyebut pembeli masih mencari barang bermerek luar yang murah, tetapi stok semakin sulit didapat.
Dinas perdagangan setempat berencana memberi pelatihan bagi pedagang yang ingin beralih usaha."""),

# opinions
("post", "hn_opinion", 0, 1, 1, 1, """Unpopular opinion: larangan baju bekas impor itu bener, tapi caranya salah.
Yang dirazia pedagang kecil di Senen dan Gedebage, padahal karungnya masuk lewat pelabuhan yang harusnya dijaga.
Kalau hulunya bocor terus, hilirnya ya bakal banjir terus.
Semoga pemerintah juga mikirin nasib ribuan pedagang yang hidupnya dari situ."""),

("post", "hn_opinion", 0, 1, 1, 1, """Jujur aku dulu hobi banget thrifting, hampir tiap bulan ke Pasar Senen.
Tapi makin ke sini mikir juga, baju bekas impor itu sebenernya sampah tekstil negara lain yang dibuang ke kita.
Sekarang aku lebih milih beli brand lokal atau tukar baju sama temen.
Bukan menghakimi yang masih thrifting ya, cuma cerita perubahan aja."""),

("post", "hn_opinion", 0, 1, 1, 1, """Thread 🧵 kenapa thrift impor itu murah banget?
1. Di negara asal, baju itu didonasikan gratis
2. Yang nggak laku dijual per ton ke pengepul
3. Dikompres jadi bal dan dikirim ke negara berkembang
4. Masuk lewat jalur tikus di Sumatera dan Kalimantan
Jadi yang kamu bayar itu sebagian besar ongkos angkut dan untung perantara, bukan nilai bajunya."""),

# guidelines
("article", "hn_guideline", 0, 1, 1, 1, """Panduan Penjual: Produk yang Dilarang
Platform kami tidak mengizinkan penjualan pakaian bekas impor, termasuk yang ditawarkan per bal, per karung, atau dengan istilah seperti "ballpress" dan "sortiran impor".
Pakaian bekas milik pribadi yang dibeli di dalam negeri tetap boleh dijual dengan mencantumkan kondisi secara jujur.
Pelanggaran dapat menyebabkan produk diturunkan hingga penutupan akun.
Hubungi Pusat Bantuan bila ragu dengan status produk Anda."""),

("article", "hn_guideline", 0, 1, 1, 1, """Tanya jawab singkat untuk pelaku UMKM:
T: Apakah menjual baju bekas impor dilarang?
J: Impor pakaian bekas dilarang menurut Permendag 18/2021 jo. Permendag 40/2022; barang seperti ini dapat disita.
T: Bagaimana dengan baju bekas pribadi?
J: Menjual pakaian bekas milik sendiri di dalam negeri tidak termasuk larangan impor.
Sumber: materi sosialisasi dinas koperasi kota (disederhanakan)."""),

# complaints / reports
("post", "hn_complaint_report", 0, 1, 1, 1, """Kena tipu akun @thrift.murahbanget 😤
Iklannya bilang "baju bekas impor Korea grade A, dijamin mulus"
Yang dateng kaos bolong, bau apek, dan ukurannya salah semua
Chat udah di-read doang, nomornya sekarang nggak aktif
Hati-hati ya guys, jangan transfer duluan ke akun ini"""),

("message", "hn_complaint_report", 0, 1, 1, 1, """Selamat sore, saya ingin melaporkan sebuah toko di platform ini.
Toko tersebut menjual "bal karungan bekas Jepang 100 kg" dengan judul yang disamarkan sebagai "paket usaha pakaian".
Tautan produk dan tangkapan layar saya lampirkan.
Mohon ditindaklanjuti karena barang tersebut termasuk yang dilarang diimpor. Terima kasih."""),

("review", "hn_complaint_report", 0, 1, 1, 1, """Bintang 1. Deskripsinya "sepatu second import ex Korea kondisi 90%", ternyata solnya lepas dua-duanya.
Difoto kelihatan bagus, aslinya lem di mana-mana.
Penjual bilang barang bekas tidak bisa retur.
Kapok beli sepatu bekas online, mending ke toko langsung."""),

# buyer questions
("post", "hn_buyer_question", 0, 1, 1, 1, """Mau nanya dong, sekarang masih ada nggak sih yang jual baju thrift impor di Gedebage?
Katanya banyak yang udah tutup gara-gara razia.
Aku mau cari jaket kulit buat kado, budget sekitar 200rb.
Kalau ada info lapak yang masih buka tolong kasih tahu ya 🙏"""),

("comment", "hn_buyer_question", 0, 1, 1, 1, """Kak ini barang bekas impor atau baru? Di fotonya kayak ada label Jepang.
Terus kalau bekas, udah dicuci belum ya? Aku agak alergi debu.
Sama bisa minta ukuran lingkar dada dan panjangnya?
Makasih kak"""),

("message", "hn_buyer_question", 0, 1, 1, 1, """Bang, gue lagi nyari supplier bal buat buka lapak di Bekasi, modal sekitar 10 juta.
Lo ada kenalan yang jual per karung Korea grade A nggak?
Gue pengen yang bisa dipercaya, bukan yang isinya zonk.
Kabarin ya kalau ada, nanti gue traktir kopi."""),

# jokes
("post", "hn_joke_meme", 0, 1, 1, 1, """Aku: janji nggak mau beli baju lagi bulan ini
Juga aku, lewat Pasar Senen: "ya ampun jaket bekas Jepang 50rb, sayang kalau nggak dibeli"
Dompet: 💀
Lemari: udah nggak bisa ditutup
#curhatanakthrift"""),

("post", "hn_joke_meme", 0, 1, 1, 1, """Level ilmu orang Medan:
Pemula: beli di mall
Menengah: beli di online shop
Suhu: tau jam berapa karung monza dibuka di Pajak Melati 😂
Legenda: kenal toke-nya langsung"""),
]
