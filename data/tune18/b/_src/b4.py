# Batch 4: legal hard negatives (new goods, own preloved, charity, non-clothing goods).
B4 = [
("listing", "hn_new_thrift_style", 1, 0, 1, 0, """Kemeja Flanel Thrift Look Oversize - BARU, Produksi Konveksi Sendiri
Motif kotak-kotak ala vintage, tapi 100% barang baru ya kak, bukan bekas.
Dijahit di Bandung, bahan katun flanel tebal.
Ukuran M, L, XL. Harga 89rb.
Masih ada label dan plastik segel."""),
("post", "hn_new_thrift_style", 1, 0, 1, 0, """Yang suka gaya thrift tapi males bongkar-bongkar tumpukan, ini buat kamu 🤍
Koleksi "Lawas Series" kami: cardigan rajut, rok midi, kemeja motif retro.
Semua NEW, dijahit UMKM di Solo, warnanya sengaja dibikin faded.
Harga mulai 75rb, cek katalog di link bio."""),
("listing", "hn_new_thrift_style", 1, 0, 1, 0, """Celana Jeans Wash Vintage Distressed Pria - New Arrival
Efek pudar dan sobek di lutut dibuat dari pabrik, barang baru lengkap tag.
Produksi lokal Jakarta, ukuran 28-38.
Harga 149rb, gratis ongkir min. belanja 200rb.
Bukan barang thrift, bukan barang bekas."""),
("profile", "hn_new_thrift_style", 1, 0, 1, 0, """Retro Rupa Studio
Baju baru bergaya thrift & vintage 🧵
Desain sendiri • Jahit di Garut • Stok terbatas
Semua produk BARU, bukan bekas impor
Order via Tokopedia & Shopee: retrorupa.studio"""),
("post", "hn_new_thrift_style", 1, 0, 1, 0, """Kaos band fiktif "The Karawang Sunsets" edisi washed vintage udah bisa dipesan!
Sablon sengaja dibikin retak biar kesannya kaos lama, padahal baru keluar dari mesin sablon minggu lalu 😄
Bahan cotton combed 24s, ukuran S-XXL.
Pre-order 7 hari, harga 95rb."""),
("listing", "hn_new_import", 1, 0, 1, 1, """Sweater Rajut Import Korea BNWT - Baru Lengkap Tag
Barang baru, masuk resmi lewat distributor, ada faktur pajak.
Warna cream, navy, maroon. Ukuran all size fit L.
Harga 165rb.
Bukan barang second, bukan thrift."""),
("post", "hn_new_import", 1, 0, 1, 1, """PO JASTIP UNIQLO JEPANG batch Desember ✈️
Aku berangkat ke Osaka tanggal 12, barang baru semua dibeli langsung di toko.
Fee jastip 15% dari harga tag, DP 50%.
Estimasi barang sampai Jakarta akhir bulan.
List titipan ditutup tanggal 10, DM aku ya!"""),
("listing", "hn_new_import", 1, 0, 1, 1, """Sepatu Lari Asics Gel Original Made in Vietnam - Baru Segel Box
Barang baru, bukan rekondisi, bukan bekas pakai.
Impor resmi, garansi toko 7 hari.
Size 39-44, harga 1,2 jt.
Toko kami di Mangga Dua Square lantai 2."""),
("message", "hn_new_import", 1, 0, 1, 1, """Halo kak, kami distributor hijab instan impor Turki.
Semua produk baru, masih dalam kemasan plastik pabrik, lengkap label.
Untuk reseller, harga grosir mulai 12 lusin.
Katalog dan daftar harga bisa kami kirim lewat email.
Terima kasih."""),
("listing", "hn_new_import", 1, 0, 1, 1, """Tas Ransel Anak Import China Motif Dinosaurus - Baru
Ready 5 warna, bahan kanvas tahan air.
Barang baru fresh dari gudang, bukan sisa pakai.
Harga 68rb, grosir 10 pcs 600rb.
Kirim dari Surabaya."""),
("listing", "hn_factory_reject", 1, 0, 1, 0, """Kaos Polos Sisa Ekspor Reject Pabrik Per Kilo
Barang baru, reject karena salah warna atau jahitan kurang rapi.
Dari pabrik garmen di Sukabumi, bukan barang bekas impor.
Harga 85rb/kg, isi sekitar 6-7 kaos.
Cocok buat sablon atau seragam komunitas."""),
("post", "hn_factory_reject", 1, 0, 1, 0, """Gudang kami lagi cuci gudang celana chino sisa ekspor!
Barang baru ya, bukan bal bekas, ini sisa order buyer Eropa yang nggak jadi dikirim.
Ada yang labelnya dipotong, itu biasa untuk sisa ekspor.
Harga 50rb per potong, beli 5 jadi 220rb.
Lokasi: Jl. Raya Ungaran, Semarang."""),
("listing", "hn_factory_reject", 1, 0, 1, 0, """Jaket Parasut Reject Minor - Produksi Majalaya
Barang baru, minus kecil: resleting agak seret atau jahitan miring sedikit.
Harga cuma 45rb, normalnya 120rb.
Stok 300 pcs, bisa beli satuan atau lusinan.
Pengiriman dari Bandung."""),
("post", "hn_own_preloved", 1, 1, 1, 0, """Beberes lemari sebelum pindahan 📦
Aku lepas beberapa baju pribadi, semua preloved punyaku sendiri, dipakai 2-3 kali aja:
- Dress batik merah, M, 60rb
- Blazer hitam kantoran, L, 80rb
- Sepatu flat cream, 38, 50rb
Bisa COD di Tebet. Yang serius aja ya."""),
("listing", "hn_own_preloved", 1, 1, 1, 0, """Preloved Gamis Brokat Ungu - Pemakaian Pribadi 1x Kondangan
Dijual karena sudah nggak muat setelah melahirkan.
Beli baru di butik Tanah Abang tahun lalu, kondisi 95%.
Ukuran L, panjang 140 cm.
Harga 150rb, nego tipis, lokasi Bogor."""),
("post", "hn_own_preloved", 1, 1, 1, 0, """Jual jaket kulit milik almarhum bapak 🙏
Dibeli di Garut sekitar tahun 2010, masih bagus karena jarang dipakai.
Ukuran XL, warna coklat tua.
Saya lepas 400rb saja, semoga berguna buat yang pakai.
Lokasi Cirebon, bisa lihat langsung."""),
("listing", "hn_own_preloved", 1, 1, 1, 0, """Sepatu Futsal Specs Bekas Pakai Sendiri - Size 41
Dipakai sekitar setengah tahun, sol masih oke, kaki anak udah nambah ukuran jadi nggak muat.
Beli di toko olahraga di Purwokerto.
Harga 120rb, bisa ambil di rumah atau COD sekitar alun-alun."""),
("post", "hn_own_preloved", 1, 1, 1, 0, """Preloved baju bayi anak pertamaku 👶
Ada 30 potong: jumper, kaos dalam, celana pop, semua beli baru di mall Semarang dulu.
Dijual sepaket 200rb aja, udah dicuci bersih dan disetrika.
Lebih suka yang ambil di rumah, Banyumanik."""),
("comment", "hn_own_preloved", 1, 1, 1, 0, """Kak yang tanya kebaya kemarin, itu kebaya wisudaku sendiri ya, bukan barang kulakan.
Jahit di penjahit dekat rumah di Klaten, dipakai sekali.
Harga 175rb belum ongkir, ukuran S.
Kalau jadi langsung DM ya kak 😊"""),
("post", "hn_charity_bazaar", 1, 1, 1, 0, """BAZAR PAKAIAN LAYAK PAKAI SMP Harapan Bangsa 🎒
Sabtu, 14 Desember, di aula sekolah jam 8-12.
Pakaian sumbangan orang tua murid dan guru, harga 5rb-20rb.
Seluruh hasil penjualan untuk beasiswa siswa kurang mampu.
Ajak keluarga dan tetangga ya!"""),
("message", "hn_charity_bazaar", 1, 1, 1, 0, """Shalom Bapak/Ibu jemaat,
Komisi Wanita mengadakan garage sale pakaian bekas layak pakai hasil donasi jemaat.
Minggu setelah ibadah kedua, di halaman gereja.
Harga mulai 5 ribu, hasilnya untuk renovasi dapur umum.
Tuhan memberkati 🙏"""),
("post", "hn_charity_bazaar", 1, 1, 1, 0, """Pasar murah amal Remaja Masjid Al-Ikhlas ✨
Jual baju, sepatu, tas bekas sumbangan warga RW 05.
Jumat sore di parkiran masjid, semua barang maksimal 15 ribu.
Uangnya dipakai buat santunan anak yatim menjelang Ramadan.
Yang mau nyumbang barang masih dibuka sampai Rabu."""),
("post", "hn_charity_bazaar", 1, 1, 1, 0, """Charity Thrift Market kampus kami hari ini sampai jam 5 sore! 🌱
Barangnya dari donasi mahasiswa dan dosen, bukan dari bal ya.
Kemeja 10rb, jaket 25rb, ada juga buku dan tas.
Semua hasil buat korban banjir di Demak.
Lokasi: Gedung Serba Guna lantai 1."""),
("listing", "hn_charity_bazaar", 1, 1, 1, 0, """Bazar Seragam Bekas Layak Pakai - Koperasi SD Negeri 3
Seragam merah putih, pramuka, dan batik sekolah dari kakak kelas yang sudah lulus.
Harga 10rb per potong, hasilnya masuk kas kegiatan siswa.
Tersedia di koperasi sekolah setiap jam istirahat."""),
("post", "hn_donation_request", 0, 1, 1, 0, """Open donasi pakaian layak pakai untuk warga terdampak longsor di Cianjur 🙏
Kami terima baju anak, selimut, sarung, dan sandal, bekas tidak apa asal bersih.
Drop point: Posko Karang Taruna, Jl. Mawar No. 3, setiap hari jam 9-17.
Barang tidak dijual, langsung disalurkan minggu depan."""),
("message", "hn_donation_request", 0, 1, 1, 0, """Assalamualaikum warga kompleks,
Panti Asuhan Kasih Ibu sedang butuh pakaian anak usia 5-15 tahun dan seragam sekolah bekas.
Bisa dititipkan ke pos satpam blok C sampai akhir bulan.
Mohon dicuci dulu ya sebelum diserahkan.
Terima kasih atas kepeduliannya."""),
("post", "hn_donation_request", 0, 1, 1, 0, """Lemari kalian penuh baju yang udah nggak dipake? 👀
Komunitas kami lagi ngumpulin pakaian bekas buat dikirim ke sekolah-sekolah di pedalaman NTT.
Jaket dan sweater paling dibutuhin karena di sana dingin malam hari.
Kirim ke alamat sekretariat di bio, ongkirnya bisa kami bantu untuk di atas 5 kg."""),
("listing", "hn_used_nonclothing", 1, 1, 0, 0, """Honda Vario 125 Bekas Tahun 2019 - Pajak Hidup
Warna hitam doff, kilometer 28 ribu, mesin halus.
Surat lengkap BPKB STNK, pemakaian pribadi.
Harga 15,5 jt nego di tempat.
Lokasi Batam Center, bisa cek fisik kapan saja."""),
("listing", "hn_used_nonclothing", 1, 1, 0, 1, """HP Bekas Second Inter iPhone 11 64GB Ex-Singapore
Minus garis halus di layar, baterai 82%.
Fullset box, charger bawaan.
Harga 4,3 jt.
COD Tanjungpinang atau kirim ke luar kota pakai asuransi."""),
("listing", "hn_used_nonclothing", 1, 1, 0, 1, """Mesin Jahit Industri Bekas Juki Made in Japan
Kondisi normal, siap pakai untuk konveksi.
Ada 10 unit, bisa beli satuan 3,5 jt atau borong.
Lokasi gudang Bekasi, bisa dites dulu sebelum bayar."""),
("post", "hn_used_nonclothing", 1, 1, 0, 1, """Terima dan jual kardus bekas per bal! 📦
Kardus bekas impor dari gudang elektronik, sudah dipres per bal 50 kg.
Harga 2.800/kg, minimal ambil 1 bal.
Bisa kirim pakai pick up sekitar Cikarang dan Karawang."""),
("listing", "hn_used_nonclothing", 1, 1, 0, 0, """Jual Majun Kain Perca Per Karung - Lap Mesin Bengkel
Majun dari potongan kaos bekas dan kain sisa konveksi, bersih dan menyerap oli.
Harga 8rb/kg, satu karung kurang lebih 25 kg.
Cocok untuk bengkel, pabrik, dan percetakan.
Gudang di Tangerang."""),
("listing", "hn_used_nonclothing", 1, 1, 0, 0, """Karung Goni Bekas Kopi - Cocok untuk Dekorasi & Tanaman
Karung goni bekas wadah biji kopi dari gudang roasting lokal.
Harga 7rb/lembar, beli 50 lembar jadi 6rb.
Banyak dipakai untuk pot tanaman, dekorasi kafe, atau karung pasir.
Kirim dari Temanggung."""),
("post", "hn_used_nonclothing", 1, 1, 0, 1, """Kulkas & mesin cuci second eks Jepang masuk lagi di toko kami ⚡
Merek Sharp, Panasonic, Hitachi, voltase sudah disesuaikan 220V.
Bergaransi toko 3 bulan.
Lokasi toko di Jl. Sei Panas, Batam, melayani pengiriman lokal."""),
("listing", "hn_produce_karung", 1, 0, 0, 1, """Bawang Putih Impor China Per Karung 20 Kg
Kualitas super, umbi besar dan kering.
Harga 560rb/karung, harga bisa berubah mengikuti pasar.
Tersedia di Pasar Induk Kramat Jati, kios B12.
Melayani partai besar untuk rumah makan."""),
("message", "hn_produce_karung", 1, 0, 0, 0, """Bang, beras Cianjur pandan wangi sudah datang.
Satu karung 25 kg harganya 390 ribu, kualitas kepala semua, baru giling minggu ini.
Kalau mau ambil 10 karung kukasih harga 375.
Kabari ya biar kusisihkan."""),
("listing", "hn_produce_karung", 1, 0, 0, 0, """Pupuk Kandang Fermentasi Per Karung - Siap Pakai
Karung 40 kg, sudah matang dan tidak berbau.
Harga 25rb/karung, grosir di atas 50 karung dapat potongan.
Produksi kelompok tani kami sendiri di Lembang.
Antar gratis radius 10 km."""),
("listing", "hn_plain_listing", 1, 0, 1, 0, """Kemeja Koko Pria Lengan Panjang Bordir - Katun Toyobo
Bahan adem, tidak menerawang, cocok untuk sholat Jumat dan acara keluarga.
Ukuran M sampai XXL, warna putih, sage, navy.
Harga 135rb, produksi konveksi Tasikmalaya.
Bisa pesan seragam untuk majelis taklim."""),
("post", "hn_plain_listing", 1, 0, 1, 0, """Daster rayon motif bunga-bunga udah ready lagi buibu 🌸
Adem buat di rumah, busui friendly, jumbo sampai BB 90 kg.
Harga 45rb, ambil 3 jadi 120rb.
Dikirim dari Pekalongan setiap hari kecuali tanggal merah."""),
]
