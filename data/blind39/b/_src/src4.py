# Legal records, batch 4: hard negatives for offer/used/clothing/abroad (written by hand)
RECORDS = [
("listing", "hn_new_thrift_style", (1,0,1,0), """Kemeja Flanel Oversize Thrift Look Vintage Style BARU
Produksi konveksi sendiri di Bandung, bukan barang bekas.
Bahan katun flanel tebal, warna dibikin agak pudar biar kelihatan vintage.
Harga 89rb, semua ukuran M-XXL."""),
("post", "hn_new_thrift_style", (1,0,1,0), """Suka vibe thrift tapi ga mau baju bekas? 🙋‍♀️
Koleksi "Retro Weekend" kami semuanya baru, jahitan lokal, motif ala 90-an.
Pre-order dibuka sampai Sabtu, estimasi kirim 10 hari kerja.
Link katalog di bio ✨"""),
("listing", "hn_new_import", (1,0,1,1), """Jaket Puffer Import Korea BNWT Original 100% Baru
Masih lengkap dengan tag & plastik.
Kami importir terdaftar, barang masuk resmi, ada faktur.
Ukuran S-L, warna hitam & cream. Harga 459rb."""),
("listing", "hn_new_import", (1,0,1,1), """Sepatu Sneakers Baru Impor Jepang Segel Box
Onitsuka Tiger Mexico 66, new with box, belum pernah dicoba.
Dibeli langsung di Osaka lewat jastip bulan lalu, struk ada.
Size 41. Harga 1,35jt."""),
("post", "hn_new_import", (1,0,1,1), """JASTIP SEOUL 12-18 Maret ✈️
Titip beli baju baru di Dongdaemun, Hongdae, dan outlet Myeongdong.
Fee 10% dari harga barang, min. fee 30rb.
Semua barang baru dengan tag, bukan second.
Isi form order di link bio sebelum tanggal 10."""),
("listing", "hn_own_preloved", (1,1,1,0), """Preloved Pribadi – Gamis Motif Bunga Ukuran L
Dipakai 2x waktu lebaran, kondisi seperti baru.
Aku jual karena udah gak muat habis lahiran 😅
Harga 120rb, COD daerah Bekasi Timur."""),
("post", "hn_own_preloved", (1,1,1,0), """Declutter lemari! Baju-baju ini punyaku sendiri, beli di mall, sekarang udah jarang kepake.
Blazer Zara 100rb, celana kulot 50rb, tas selempang 75rb.
Semua bekas pakai aku, bukan dari karung ya.
Minat komen atau DM."""),
("listing", "hn_own_preloved", (1,1,1,0), """Dijual Seragam SD Bekas Anak Saya, 3 Stel
Kemeja putih + celana merah, ukuran 8, masih layak pakai.
Anak udah naik SMP jadi ga kepake.
Sekalian 60rb semua, ambil di rumah (Ciputat)."""),
("message", "hn_own_preloved", (1,1,1,0), """Mbak, jadi ambil jaket kulitku yang coklat itu?
Itu jaketku sendiri dulu beli di Matahari tahun 2019, masih bagus cuma aku udah gendut 😂
Kasih 150 aja deh, nanti kuanter pas ke kantor."""),
("post", "hn_charity_bazaar", (1,1,1,0), """BAZAR AMAL SMP Tunas Harapan 🎉
Sabtu, 14 September, jam 8–12 di lapangan sekolah.
Menjual pakaian layak pakai sumbangan orang tua murid, harga 5rb–20rb.
Seluruh hasil untuk perbaikan perpustakaan.
Ayo datang dan ajak keluarga!"""),
("post", "hn_charity_bazaar", (1,1,1,0), """Rummage sale Gereja St. Yosef minggu depan!
Baju, sepatu, dan tas bekas dari donasi jemaat akan dijual murah setelah misa kedua.
Hasilnya untuk bantuan korban banjir di Demak.
Yang mau donasi barang, antar ke sekretariat paling lambat Jumat."""),
("post", "hn_donation", (0,1,1,0), """Kami menerima donasi pakaian bekas layak pakai untuk warga terdampak gempa Cianjur.
Mohon dicuci dan dilipat rapi, dipisahkan per ukuran (anak/dewasa).
Titik kumpul: Posko Masjid Al-Ikhlas, Jl. Melati 5.
Terima kasih atas kepeduliannya 🙏"""),
("message", "hn_donation", (0,1,1,0), """Bun, di kompleks mau ngumpulin baju bekas buat panti asuhan di Bogor.
Kalau ada baju anak yang udah kekecilan, taruh aja di pos satpam ya sampai Minggu.
Yang sobek atau bernoda berat jangan ya, kasihan 🙏"""),
("listing", "hn_nonclothing_bal", (1,0,0,0), """Jual Kardus Bekas Per Bal – Harga Pabrik
1 bal ±50kg, kardus cokelat campur ukuran.
Cocok untuk pengepul dan usaha daur ulang.
Harga Rp 2.800/kg, area Karawang.
Hubungi 0812xxxx"""),
("listing", "hn_nonclothing_used", (1,1,0,0), """Motor Bekas Honda Beat 2019 Pajak Hidup Surat Lengkap
Kondisi mesin halus, body ada baret tipis.
Pemakaian pribadi, bukan bekas ojol.
Harga 11,5jt nego, lokasi Sidoarjo."""),
("listing", "hn_nonclothing_used", (1,1,0,1), """iPhone 12 Second Ex Inter Japan 128GB
Fisik 95%, battery health 86%, Face ID normal.
IMEI terdaftar resmi, sudah bayar pajak bea cukai.
Harga 5,2jt, garansi toko 1 minggu."""),
("listing", "hn_nonclothing_bal", (1,0,0,0), """Beras Pandan Wangi Per Karung 25kg
Panen baru dari Cianjur, pulen dan wangi.
Harga 340rb per karung, ambil 10 karung gratis antar area Bogor kota.
Pesan lewat WA admin."""),
("listing", "hn_majun", (1,0,0,0), """Kain Majun Perca Per Karung Untuk Bengkel & Pabrik
Majun dari sisa potongan kaos, bersih dan daya serap tinggi.
Harga 6rb/kg, 1 karung ±40kg.
Siap kirim ke kawasan industri Cikarang & Karawang."""),
("article", "hn_news", (0,1,1,1), """Petugas Bea Cukai Batam menggagalkan penyelundupan 320 bal pakaian bekas yang diangkut kapal kayu dari Malaysia, Selasa malam.
Kapal dicegat di perairan dekat Pulau Karimun.
Nakhoda dan dua awak kapal kini diperiksa.
Menurut petugas, barang-barang itu rencananya dibawa ke sejumlah pasar di Sumatera dan Jawa.
Seluruh muatan akan dimusnahkan setelah ada keputusan pengadilan."""),
("article", "hn_news", (0,1,1,1), """Pedagang pakaian bekas impor di Pasar Senen mengeluhkan sepinya pembeli sejak pemerintah memperketat pengawasan.
Sejumlah kios terlihat tutup pada Senin pagi.
Seorang pedagang mengaku stok bal yang ia miliki tinggal sedikit dan pasokan dari pemasok tersendat.
Ia berharap pemerintah memberi solusi agar pedagang kecil bisa beralih usaha."""),
("article", "hn_guideline", (0,1,1,1), """Apa yang dilarang dan apa yang boleh?
Permendag 18/2021 yang diubah dengan Permendag 40/2022 memasukkan pakaian bekas (HS 6309) ke daftar barang dilarang impor.
Artinya, memasukkan pakaian bekas dari luar negeri tidak diizinkan.
Sementara itu, menjual pakaian bekas milik sendiri atau hasil sumbangan dari dalam negeri tidak termasuk yang diatur larangan impor ini."""),
("post", "hn_opinion", (0,1,1,1), """Jujur aku galau soal larangan baju bekas impor.
Satu sisi kasian industri tekstil lokal yang kalah saing sama bal dari luar.
Sisi lain, banyak temen kuliahku yang penghasilannya dari situ.
Menurutku pemerintah harus kasih jalan keluar, bukan cuma razia."""),
("comment", "hn_report", (0,1,1,1), """Min, mau lapor akun @gudangbal.murah ini.
Di postingannya jelas tulis "bal kaos Korea grade A 2,5jt, kirim dari Batam".
Bukannya itu barang yang dilarang impor ya?
Tolong dicek dan ditindak."""),
("message", "hn_report", (0,1,1,1), """Halo CS, saya mau komplain.
Saya beli "sweater baru" di toko Lumina Store, ternyata yang datang bekas, bau apek, ada label laundry Jepang.
Di chat penjualnya malah bilang "memang dari karungan kak, kan murah".
Mohon refund dan tolong tinjau toko tersebut."""),
("post", "hn_buyer_question", (0,1,1,1), """Ada yang tau gak sih tempat thrift di Jogja yang barangnya masih bagus?
Aku pengen cari jaket denim, budget max 100rb.
Katanya di Sekaten suka ada awul-awul tapi aku belum pernah ke sana.
Rekomendasi dong 🙏"""),
("comment", "hn_buyer_question", (0,1,1,1), """Kak ini bajunya bekas impor atau baru? Soalnya di foto kayak ada bekas label dari luar.
Aku cuma mau beli yang baru soalnya buat kado.
Tolong dijawab ya sebelum aku checkout."""),
("post", "hn_joke_meme", (0,1,1,1), """Ibuku: "Itu baju bekas orang Korea, jangan-jangan yang punya udah meninggal."
Aku: "Ma, ini cuma hoodie 30rb dari bal 😭"
Ibuku: *langsung rendam pakai air panas + Dettol 3 botol*
Moral: jangan pamer harga thrift ke orang tua."""),
("review", "hn_review", (0,1,1,1), """Bintang 3. Dulu aku sering beli baju bekas impor, awalnya seneng karena murah dan bermerek.
Tapi lama-lama sadar banyak yang udah lapuk dan beberapa bikin gatal walaupun udah dicuci berkali-kali.
Sekarang aku lebih milih beli baju lokal baru pas diskon.
Bukan benci thrift ya, cuma pengalaman pribadi."""),
("post", "hn_job_vacancy", (0,0,1,0), """LOWONGAN KERJA – Admin Online Shop Fashion Muslim
Tugas: membalas chat pembeli, upload produk, rekap pesanan.
Syarat: wanita, maks 28 tahun, domisili Tangerang, bisa Excel.
Gaji UMR + bonus. Kirim CV ke email rekrutmen kami (cek bio)."""),
("post", "hn_job_vacancy", (0,1,1,1), """Dicari 3 orang tukang sortir di gudang pakaian bekas impor, area Cikarang.
Kerja shift pagi, memisahkan barang per grade dan jenis.
Gaji harian, makan siang ditanggung.
Yang minat datang langsung ke gudang bawa KTP."""),
("listing", "plain_clothing_listing", (1,0,1,0), """Celana Kulot Wanita Highwaist Bahan Crinkle Airflow
Bahan adem, tidak menerawang, pinggang karet belakang.
Tersedia 8 warna: hitam, mocca, sage, navy, dusty pink, dll.
Harga 49rb, beli 3 gratis ongkir."""),
("listing", "plain_clothing_listing", (1,0,1,0), """Kaos Polos Cotton Combed 30s Premium Grosir
Minimal order 1 lusin, bisa campur warna.
Cocok untuk sablon, seragam komunitas, dan reseller.
Harga lusinan 330rb. Produksi Bandung."""),
("listing", "hn_sisa_ekspor", (1,0,1,0), """Sisa Ekspor Kemeja Pria Merk Terkenal Reject Minor
Barang baru dari pabrik garmen di Semarang, ada cacat kecil jahitan.
Bukan second, masih ada tag potong.
Harga 75rb, ukuran S-XXL."""),
("post", "hn_swap", (0,1,1,0), """Siapa mau tukeran baju? 👗🔁
Aku punya rok midi dan 2 blouse bekas pakai (ukuran S), pengen tuker sama celana jeans ukuran 28.
Gak jual ya, murni tukar.
Area Depok, ketemuan di stasiun."""),
("post", "hn_upcycle", (1,1,1,0), """Upcycle project: jaket denim bekas punya ayahku kujadikan tote bag 🧵
Sekarang aku juga terima pesanan tote dari jeans bekas kalian sendiri.
Kirim celananya, nanti kujahit jadi tas, ongkos jahit 85rb.
Semua dikerjakan di rumah, Malang."""),
("post", "hn_trip", (0,1,1,0), """Tahun lalu aku ke Tokyo, sempet mampir ke toko second di Shimokitazawa.
Cuma lihat-lihat, gak beli apa-apa karena koper udah penuh 😂
Suasananya seru banget, rak baju vintage rapi dan dikurasi per era.
Semoga bisa balik lagi suatu hari."""),
("listing", "hn_denial_import", (1,1,1,0), """Baju Bekas Layak Pakai Asli Lokal – BUKAN IMPOR
Semua barang dari lemari warga sekitar yang kami beli putus, dicuci dan disetrika.
Harga 10rb–30rb, tersedia baju anak & dewasa.
Lapak kami di Pasar Kliwon Kudus, buka pagi."""),
("article", "hn_news", (0,1,1,1), """Polda Kalimantan Barat mengamankan sebuah truk berisi 150 karung pakaian bekas di jalur Entikong–Pontianak.
Sopir mengaku hanya disuruh mengantar barang ke sebuah gudang di kota.
Polisi masih menelusuri pemilik barang.
Karung-karung tersebut kini disimpan di gudang barang bukti."""),
("article", "hn_opinion", (0,1,1,1), """Opini: Tekstil lokal butuh lebih dari sekadar larangan
Serbuan barang murah dari luar negeri, baru maupun bekas, membuat konveksi kecil sulit bertahan.
Larangan impor pakaian bekas memang perlu, tapi tanpa dukungan modal dan desain, UMKM tetap akan kalah.
Pemerintah sebaiknya juga memperkuat pasar domestik."""),
("post", "hn_local_store_purchase", (0,1,1,0), """Ootd hari ini full barang lamaku sendiri 🥹
Kemeja ini beli di Ramayana tahun 2017, celananya lungsuran kakak.
Ternyata tampil keren gak harus beli baru terus.
#ootd #pakaiulang #slowfashion"""),
]
