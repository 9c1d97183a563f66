# Hand-written multi-line records, legal (part B).
# (kind, category, elements "offer used clothing abroad", text)
LONG_LEGAL_B = [
# ---------------- platform_guideline (8)
("article", "platform_guideline", "0111", """
Kebijakan Produk Terlarang — Fesyen
Penjual dilarang mencantumkan pakaian, sepatu, dan tas bekas yang berasal dari impor, termasuk yang dijual per karung, per bal, atau per kilo.
Produk preloved milik pribadi tetap diperbolehkan selama deskripsi jujur dan tidak berasal dari impor.
Pelanggaran dapat berakibat penurunan produk hingga pembekuan toko.
"""),
("post", "platform_guideline", "0111", """
📌 PERATURAN GRUP JUAL BELI (WAJIB BACA)
1. Dilarang jualan ballpress, karungan, lelong, RB, monza, cimol, dan sebutan lain untuk pakaian bekas impor.
2. Preloved pribadi boleh, sertakan keterangan "milik pribadi".
3. Pelanggar langsung dikeluarkan tanpa peringatan.
Salam, admin.
"""),
("article", "platform_guideline", "0111", """
Pedoman Siaran Langsung
Konten live yang menampilkan pembongkaran karung atau bal pakaian bekas dari luar negeri termasuk pelanggaran kebijakan barang terlarang.
Penggunaan istilah samaran (misalnya ejaan diubah, angka pengganti huruf, atau simbol) tetap akan ditindak.
Akun yang melanggar berulang kali akan kehilangan akses fitur live.
"""),
("article", "platform_guideline", "0111", """
FAQ Penjual
T: Saya menjual baju bekas yang saya beli dari pasar pakaian bekas impor. Apakah boleh?
J: Tidak. Pakaian bekas asal impor termasuk barang yang dilarang beredar di platform ini, meskipun dibeli dari pedagang lokal.
T: Bagaimana dengan baju bekas saya sendiri?
J: Boleh, selama milik pribadi dan dideskripsikan dengan jujur.
"""),
("article", "platform_guideline", "0111", """
Panduan Moderasi Iklan (internal)
Tolak iklan yang mengandung penawaran pakaian bekas impor, termasuk penyebutan asal negara bersama kata "second/bekas/seken" untuk produk pakaian.
Perhatikan istilah daerah seperti lelong, RB, burjer, BJ, dan nama pasar tertentu.
Iklan mobil, gawai, atau mesin bekas impor tidak termasuk kategori ini.
"""),
("post", "platform_guideline", "0111", """
Pengumuman moderator forum 📢
Thread jastip Pasar Senen, Gedebage, dan Pajak Melati untuk pakaian bekas akan dikunci mulai hari ini.
Ini menyesuaikan aturan larangan impor pakaian bekas.
Thread diskusi dan tanya jawab tetap boleh, asal tidak ada transaksi.
"""),
("article", "platform_guideline", "0111", """
Cara melaporkan penjual pakaian bekas impor:
1. Buka halaman produk atau profil toko.
2. Ketuk ikon titik tiga, pilih "Laporkan".
3. Pilih alasan "Produk dilarang".
4. Tambahkan keterangan singkat, misalnya "jual bal Korea".
Laporan akan ditinjau dalam 1x24 jam.
"""),
("article", "platform_guideline", "0110", """
Syarat Kategori Preloved
- Barang harus milik pribadi penjual dan dibeli di dalam negeri.
- Wajib foto asli, bukan foto katalog.
- Tidak boleh menjual dalam jumlah grosir (lebih dari 10 potong sejenis).
- Cantumkan kondisi dan cacat dengan jelas.
"""),
# ---------------- charity_donation_swap (9)
("post", "charity_donation_swap", "0110", """
📢 OPEN DONASI PAKAIAN LAYAK PAKAI
Untuk warga terdampak banjir di Kecamatan Baleendah.
Yang dibutuhkan: baju anak, sarung, mukena, selimut.
Titik kumpul: Sekretariat Karang Taruna RW 07, sampai Minggu.
Mohon pakaian sudah dicuci dan dilipat rapi 🙏
"""),
("post", "charity_donation_swap", "0110", """
CLOTHING SWAP PARTY 👗🔄👔
Sabtu, 14.00 di taman kampus.
Bawa maksimal 5 pakaian bekas milikmu yang masih layak, tukar dengan punya orang lain.
Tanpa uang, tanpa jual beli.
Sisa pakaian akan didonasikan ke panti asuhan.
"""),
("post", "charity_donation_swap", "0110", """
Syalom jemaat,
Komisi diakonia menerima sumbangan pakaian bekas layak pakai untuk saudara kita di pedalaman Mappi.
Pakaian dapat diantar ke kantor gereja setiap Senin-Jumat.
Tuhan memberkati.
"""),
("post", "charity_donation_swap", "0110", """
Tukeran baju anak yuk bun 🥰
Aku punya baju anak laki umur 3-4 th sekitar 15 potong, mau tukar sama ukuran 5-6 th.
Gratis, yang penting masih layak.
Area Cimahi & Bandung Barat.
"""),
("post", "charity_donation_swap", "0111", """
Komunitas swap Pontianak 🔄
Punya lelong yang ternyata gak muat? Bawa aja ke acara tukar baju minggu depan.
Tukar satu lawan satu, tidak ada transaksi uang.
Tempat: taman Alun Kapuas, jam 4 sore.
"""),
("post", "charity_donation_swap", "0110", """
Bank Pakaian Kelurahan 🤝
Kami menerima lungsuran seragam sekolah, sepatu, dan tas yang masih layak.
Warga yang membutuhkan bisa mengambil gratis dengan menunjukkan KK.
Buka setiap Sabtu di balai warga.
"""),
("post", "charity_donation_swap", "0110", """
Permohonan bantuan 🙏
Keluarga Pak Darto kehilangan rumah karena kebakaran tadi malam.
Dibutuhkan pakaian dewasa ukuran L, pakaian anak perempuan 7 tahun, dan perlengkapan sekolah.
Bantuan bisa diantar ke rumah ketua RT.
"""),
("post", "charity_donation_swap", "0110", """
Program Jumat Berbagi
Remaja masjid mengumpulkan baju koko dan sarung bekas yang masih bagus untuk dibagikan ke santri TPA.
Kotak donasi ada di serambi masjid.
Barang tidak diperjualbelikan.
"""),
("post", "charity_donation_swap", "0110", """
Barter aja yuk, nggak usah jual beli 😄
Aku punya jaket denim bekas pribadi ukuran M, mau ditukar sama kemeja putih ukuran sama.
Lokasi Malang kota, ketemuan di alun-alun.
Yang minat komen ya.
"""),
# ---------------- upcycling_tailoring_laundry (9)
("listing", "upcycling_tailoring_laundry", "0111", """
LAUNDRY KHUSUS BAJU THRIFT 🧺
Buat yang habis belanja di pasar pakaian bekas impor:
- Cuci rendam air panas + disinfektan
- Uap & setrika
- Hilangkan bau apek & kapur barus
Tarif 15rb/kg, antar jemput area Bekasi.
Kami hanya jasa cuci, tidak menjual pakaian.
"""),
("post", "upcycling_tailoring_laundry", "0111", """
Permak Kang Ujang — spesialis celana jeans hasil Gedebage 👖
Potong bawah 15rb, kecilin pinggang 25rb, ganti resleting 20rb.
Tunggu 1 jam bisa.
Lokasi depan gerbang pasar, kios kecil warna biru.
"""),
("listing", "upcycling_tailoring_laundry", "1110", """
UPCYCLE STUDIO ♻️
Tas, pouch, dan bucket hat dari jeans bekas donasi warga sekitar.
Dijahit tangan oleh ibu-ibu PKK Kelurahan Sukamaju.
Harga 45rb - 150rb, hasil penjualan untuk kas kelompok.
"""),
("post", "upcycling_tailoring_laundry", "0110", """
Kelas Menjahit Akhir Pekan ✂️
Tema bulan ini: "Ubah Kemeja Lama Jadi Outer Kekinian".
Bawa kemeja bekasmu sendiri, kami sediakan mesin dan benang.
Biaya 150rb per sesi, kuota 12 orang.
"""),
("listing", "upcycling_tailoring_laundry", "0111", """
Jasa cuci grosir untuk pedagang lelong 🧼
Kirim karung Anda ke laundry kami, kami cuci, keringkan, dan lipat.
Tarif 7rb/kg untuk minimal 50 kg.
Kami tidak memperjualbelikan pakaian, hanya jasa cuci.
Lokasi Jl. Komyos Sudarso, Pontianak Barat.
"""),
("post", "upcycling_tailoring_laundry", "0110", """
Jasa sablon ulang & tie-dye kaos lama 🎨
Kaos bekasmu yang pudar bisa dikasih warna dan desain baru.
Tie-dye 35rb/pcs, sablon 1 warna 25rb/pcs.
Bawa kaosnya sendiri ya, kami tidak menjual kaos.
"""),
("listing", "upcycling_tailoring_laundry", "1110", """
Selimut patchwork dari kaos kenangan 🧵
Kami jahitkan kaos-kaos lama kamu (kaos SMA, kaos lomba, kaos kampus) jadi satu selimut.
Ukuran 150x200 butuh sekitar 20 kaos.
Ongkos jahit 350rb, selimut contoh juga dijual 400rb.
"""),
("post", "upcycling_tailoring_laundry", "0111", """
Penjahit Mama Yosina, Kupang 🪡
Terima vermak baju RB supaya pas badan: kecilkan, potong, ganti kancing.
Harga mulai 10 ribu.
Alamat Jl. Frans Seda, dekat kios pulsa.
"""),
("post", "upcycling_tailoring_laundry", "0110", """
Workshop sashiko & visible mending 🪡
Belajar menambal jaket dan celana bekas dengan jahitan hias ala Jepang.
Peserta bawa pakaian sendiri yang mau diperbaiki.
Biaya 200rb termasuk benang & jarum.
"""),
# ---------------- other_goods_per_bale (9)
("listing", "other_goods_per_bale", "1001", """
Jual kapas serat (raw cotton) impor Australia
Dikemas per bal ±220 kg
Cocok untuk pabrik pemintalan dan industri kapas medis
Harga sesuai kontrak, minimal 20 bal
Dokumen impor lengkap
"""),
("listing", "other_goods_per_bale", "1000", """
Jerami kering bal kotak 🌾
Untuk pakan sapi, kambing, dan alas kandang
Berat ±15 kg per bal, 22rb/bal
Ambil di Boyolali, pengiriman pakai truk min 100 bal
"""),
("listing", "other_goods_per_bale", "1101", """
Kertas & kardus bekas impor (OCC) per bal
Berat 500-800 kg per bal, kering, tanpa plastik
Untuk pabrik kertas daur ulang
Harga per ton, hubungi marketing
"""),
("listing", "other_goods_per_bale", "1100", """
Botol PET bekas sudah dipress per bal
Bersih, tanpa tutup dan label
±200 kg per bal, harga 5.500/kg
Lokasi lapak Bantar Gebang, ambil sendiri
Minimal pembelian 1 ton
"""),
("listing", "other_goods_per_bale", "1101", """
MAJUN IMPOR per bal (kain lap industri)
Dipotong ukuran 40x40 cm, bahan katun menyerap oli
Untuk bengkel, pabrik, percetakan
1 bal = 50 kg, 9.000/kg
Kirim se-Jabodetabek
"""),
("listing", "other_goods_per_bale", "1001", """
Karung goni baru impor Bangladesh
Isi 100 lembar per bal, ukuran 60x100 cm
Untuk kopi, kakao, dan hasil bumi
Harga 1,15 jt per bal, gudang Surabaya
Pengiriman ke Lampung & Bengkulu via ekspedisi
"""),
("listing", "other_goods_per_bale", "1001", """
Pulp kayu (wood pulp) impor
Bentuk lembaran, dikemas per bal 250 kg, diikat kawat
Untuk industri tisu dan kertas
Penawaran harga via email, minimal 1 kontainer
"""),
("listing", "other_goods_per_bale", "1000", """
Tembakau Madura rajangan kering
Dikemas per bal ±40 kg, dibungkus tikar pandan
Aroma kuat, panen tahun ini
Harga per kg, bisa kirim ke Kudus & Temanggung
"""),
("listing", "other_goods_per_bale", "1001", """
Rumput alfalfa & timothy hay impor Amerika
Untuk kuda, kelinci, dan marmut
Bal besar 25 kg: 1,2 jt | Bal kecil 1 kg: 65rb
Gudang di Tangerang Selatan
Kirim instan area Jabodetabek
"""),
# ---------------- used_nonclothing_import (8)
("listing", "used_nonclothing_import", "1101", """
DIJUAL Toyota Vellfire 2016 bekas impor Jepang (CBU)
Jarak tempuh 68.000 km, tangan pertama di Indonesia
Pajak hidup, surat lengkap
Harga 720 jt nego
Showroom Kelapa Gading
"""),
("listing", "used_nonclothing_import", "1101", """
iPhone ex Jepang second 📱
iPhone 13 128GB, baterai 86%, mulus
Suara shutter kamera tidak bisa dimatikan (ciri khas ex Jepang)
IMEI terdaftar resmi
Harga 7,1 jt
"""),
("listing", "used_nonclothing_import", "1101", """
Mesin jahit industri bekas Jepang (Juki DDL-8700)
Eks pabrik garmen, sudah servis total
Lengkap meja & dinamo
Harga 2,6 jt, bisa kirim luar kota
Cocok untuk konveksi rumahan
"""),
("listing", "used_nonclothing_import", "1101", """
Kamera film bekas dari Jepang 📷
Olympus OM-10 + lensa 50mm f1.8
Light meter berfungsi, seal sudah diganti
Harga 1,9 jt, COD Jogja
Bonus satu roll film hitam putih
"""),
("listing", "used_nonclothing_import", "1101", """
Forklift diesel bekas impor Jepang, kapasitas 3 ton
Tahun 2014, jam kerja 9.800
Ban baru, hidrolik normal
Harga 145 jt, lokasi Cikarang
Bisa dicek langsung di gudang
"""),
("listing", "used_nonclothing_import", "1101", """
Laptop bekas ex Singapura, Lenovo ThinkPad T14
Core i5 gen 11, RAM 16GB, SSD 512GB
Keyboard US, kondisi 90%
Garansi toko 1 bulan, harga 5,4 jt
Bonus tas laptop dan charger ori
"""),
("listing", "used_nonclothing_import", "1101", """
Stroller bekas impor Korea, merk lokal sana
Bisa dilipat satu tangan, roda masih bagus
Sudah dicuci bersih kainnya
Harga 750rb, lokasi Surabaya Barat
Bisa kirim pakai kargo motor
"""),
("listing", "used_nonclothing_import", "1101", """
Piano upright bekas Yamaha U1, impor Jepang
Tahun produksi 1988, sudah stem dan regulasi
Bonus kursi piano
Harga 24 jt, bisa dicoba di toko kami, Bandung
"""),
# ---------------- other_meaning (8)
("listing", "other_meaning", "1000", """
🍗 CAKAR AYAM MERCON 🌶️
Porsi 15rb, level 1-5
Buka jam 4 sore sampai habis
Pesan lewat ojol atau datang langsung ke depan kampus UIN
Tambah nasi 5rb, es teh 4rb
"""),
("post", "other_meaning", "0000", """
Tadi pagi main bal-balan bareng bocah-bocah kampung 😄
Bale e digawe soko plastik dibuntel tali rafia.
Sing kalah kudu tuku es teh.
Seneng tenan, koyo jaman cilik.
"""),
("article", "other_meaning", "0000", """
Grand Prix Italia di Sirkuit Monza kembali menghadirkan duel sengit di lintasan lurus.
Pembalap tim merah berhasil meraih podium di depan ribuan pendukung tuan rumah.
Monza dikenal sebagai "kuil kecepatan" karena rata-rata kecepatannya yang sangat tinggi.
"""),
("post", "other_meaning", "1000", """
LELONG IKAN TPI PEMANGKAT 🐟
Mulai jam 05.00 subuh, Kamis.
Hasil tangkapan: tongkol, kembung, tenggiri, cumi.
Pembeli silakan datang langsung, harga ditentukan saat lelang.
"""),
("listing", "other_meaning", "1000", """
Jual beras karungan kualitas premium 🍚
Karung 25 kg: 325rb, karung 50 kg: 640rb
Langsung dari penggilingan di Karawang
Gratis antar area Cikampek
Pesan minimal 2 karung untuk luar kota
"""),
("post", "other_meaning", "1000", """
Cimol kriuk isi keju 🧀
Jajanan favorit anak SD depan rumah, sekarang bisa dipesan online.
1 porsi 10rb isi 25 butir, bumbu balado/keju/pedas.
Buka jam 3-8 malam.
"""),
("post", "other_meaning", "0000", """
Rambutku pagi ini awul-awulan banget kena angin motor 😂
Udah pake helm tetep aja berantakan.
Ada yang punya rekomendasi pomade yang kuat?
Yang gak bikin lepek tapi tahan seharian.
"""),
("listing", "other_meaning", "1000", """
Mesin ballpress hidrolik baru
Untuk memadatkan kardus, plastik, dan kaleng bekas
Kapasitas tekan 20 ton, motor 7,5 HP
Harga 68 jt, garansi 1 tahun, instalasi gratis Jawa Timur
"""),
]
