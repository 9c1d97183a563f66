# Batch 4: legal hard negatives (sellers of other goods, new clothes, own preloved, sales). Hand-written.
RECORDS = [
("listing", "hn_new_thrift_style", (1, 0, 1, 0), """Kemeja Flanel Vintage Look – BARU, Produksi Konveksi Sendiri Bandung
Desain terinspirasi gaya thrift 90-an, tapi semua barang baru, masih ada tag dan plastik.
Ukuran M, L, XL, XXL. Bahan katun flanel tebal.
Harga 89rb, grosir minimal 12 pcs dapat 75rb.
Bukan barang bekas ya kak, aman buat yang ga suka baju second."""),

("post", "hn_new_thrift_style", (1, 0, 1, 0), """Suka gaya thrift tapi ragu sama kebersihannya? 🤔
Koleksi 'Thrift Mood' dari kami jawabannya: jaket corduroy & kemeja oversize model vintage, dijahit baru oleh penjahit lokal di Sukoharjo.
Warna earth tone, bahan adem, ready stock.
Harga mulai 120rb, cek katalog di link bio.
#localbrand #vintagestyle #bajubaru"""),

("listing", "hn_new_import", (1, 0, 1, 1), """Sweater Rajut Import Korea BNWT – Ready Stock Jakarta
Barang baru dengan tag, diimpor resmi lewat distributor, bukan bekas.
Warna cream, mocca, sage, hitam. All size fit to L.
Harga 135rb, reseller beda harga.
Faktur pembelian ada kalau dibutuhkan."""),

("post", "hn_new_import", (1, 0, 1, 1), """PO JASTIP JEPANG batch Desember ✈️🇯🇵
Aku berangkat ke Osaka tanggal 12, bisa titip Uniqlo, GU, Workman, sepatu Onitsuka.
Semua BARU dari toko resmi, struk aku fotoin.
Fee jastip 10% dari harga, DP 50%.
Close order tanggal 10, barang sampai Jakarta akhir bulan."""),

("listing", "hn_own_preloved", (1, 1, 1, 0), """Preloved pribadi – dress brokat pink, cuma dipakai sekali waktu wisuda adik
Beli di butik di Solo, ukuran M, tidak ada cacat.
Dijual karena sudah tidak muat habis lahiran 😅
Harga 150rb (beli 450rb), COD Solo Baru.
Bukan reseller, ini isi lemari sendiri ya."""),

("post", "hn_own_preloved", (1, 1, 1, 0), """Beres-beres lemari sebelum pindahan 📦
Aku lepas beberapa baju dan tas pribadiku, semua beli sendiri di mal Surabaya, pemakaian wajar.
Blazer hitam 80rb, tas selempang 100rb, 3 kemeja kerja 50rb semua.
Bisa ambil di Rungkut atau kirim.
Kalau ada yang mau borong, aku kasih harga temen."""),

("post", "hn_school_sale", (1, 1, 1, 0), """Bazar Amal SD Tunas Harapan 🎈
Sabtu, 14 Juni, pukul 08.00–12.00 di halaman sekolah.
Menjual seragam bekas layak pakai, baju anak, sepatu, dan buku hasil sumbangan orang tua murid.
Harga Rp5.000–Rp20.000, seluruh hasil untuk renovasi perpustakaan.
Mohon bawa tas belanja sendiri."""),

("post", "hn_church_sale", (1, 1, 1, 0), """Rummage Sale Komisi Pemuda GKJ Gondokusuman
Minggu depan setelah ibadah kedua, di aula gereja.
Pakaian, sepatu, dan selimut bekas sumbangan jemaat, semua sudah dicuci.
Harga mulai Rp3.000. Hasil penjualan untuk kegiatan pelayanan di panti jompo.
Sumbangan barang masih diterima sampai Jumat."""),

("listing", "hn_used_vehicle", (1, 1, 0, 0), """Jual Motor Bekas Honda Supra X 125 Tahun 2014 – Surat Lengkap
Mesin halus, pajak hidup, ban baru ganti.
Unit ex pemakaian pribadi di Jakarta, BPKB atas nama sendiri.
Harga 7,5 jt nego. Lokasi Cibinong.
Mesinnya rakitan Jepang, bodinya lokal, jadi jangan tanya impor ya gan hehe."""),

("listing", "hn_used_phone", (1, 1, 0, 1), """iPhone 12 128GB Second Ex Inter (Singapura) – Fullset
Kondisi 92%, battery health 86%, Face ID normal.
IMEI sudah terdaftar resmi di Bea Cukai, aman pakai kartu lokal.
Harga 6,1 jt, bonus case dan tempered glass.
COD Jakarta Barat."""),

("listing", "hn_used_machine", (1, 1, 0, 1), """Mesin Jahit Bekas Juki DDL-8700 Ex Jepang
Kondisi siap pakai, baru servis, cocok untuk konveksi rumahan.
Harga 3,2 jt per unit, tersedia 6 unit.
Bisa dicoba di workshop kami di Bandung sebelum beli.
Garansi servis 1 bulan."""),

("listing", "hn_cardboard_bal", (1, 1, 0, 0), """Jual Kardus Bekas Per Bal – Kondisi Kering, Siap Angkut
1 bal sekitar 50 kg, isi kardus bekas pabrik dan minimarket.
Harga 2.800/kg, minimal 5 bal.
Lokasi gudang Bekasi Timur, bisa antar pakai pikap.
Pembayaran tunai atau transfer saat muat."""),

("listing", "hn_produce_karung", (1, 0, 0, 0), """Bawang Merah Brebes Per Karung – Panen Baru
1 karung 40 kg, kering, umbi sedang sampai besar.
Harga 1,1 jt per karung, grosir 10 karung ke atas nego.
Langsung dari petani, bukan barang tengkulak.
Kirim ke Jabodetabek dan Bandung pakai truk kami."""),

("listing", "hn_majun", (1, 1, 0, 0), """Kain Majun Per Karung – Untuk Bengkel & Pabrik
Potongan kaos dan kain perca sisa, sudah dipotong ukuran lap, bersih tidak berminyak.
1 karung 25 kg, harga 175rb.
Cocok untuk lap mesin, bengkel motor, percetakan.
Gudang di Tangerang, bisa kirim seluruh Jawa."""),

("listing", "hn_fabric_roll", (1, 0, 0, 1), """Kain Linen Import Korea Per Roll – Warna Lengkap
Baru dari distributor, panjang 1 roll 50 yard, lebar 150 cm.
Cocok untuk kemeja, dress, dan gamis.
Harga 2,9 jt per roll, ecer 60rb/meter.
Toko di Pasar Tanah Abang Blok A lantai 3."""),

("listing", "hn_factory_reject", (1, 0, 1, 0), """Kaos Polos Reject Pabrik – Sisa Ekspor, BARU
Cacat tipis (benang lari/sablon miring), tapi baju baru belum pernah dipakai.
Dari pabrik garmen di Semarang, bukan barang bekas dan bukan impor.
Harga 12rb/pcs, minimal 50 pcs.
Cocok untuk kaos kaki lima atau seragam acara."""),

("listing", "hn_plain_clothing", (1, 0, 1, 0), """Gamis Katun Rayon Motif Bunga – Ukuran M sampai XXL
Bahan adem, tidak menerawang, busui friendly (ada resleting depan).
Pilihan warna: dusty pink, navy, hijau botol.
Harga 95rb, beli 3 gratis ongkir Pulau Jawa.
Stok ready di gudang Pekalongan."""),

("listing", "hn_plain_clothing", (1, 0, 1, 0), """Celana Chino Pria Slim Fit Stretch – Bahan Tebal Tidak Luntur
Warna khaki, hitam, abu, navy. Ukuran 28–38.
Jahitan rapi, produksi sendiri di Bandung.
Harga 110rb, 2 pcs 200rb.
Bisa COD, pengiriman setiap hari kecuali tanggal merah."""),

("post", "hn_denial_import", (1, 1, 1, 0), """Klarifikasi dari toko kami 🙏
Banyak yang tanya apakah barang kami baju bekas impor. Jawabannya: TIDAK.
Semua pakaian second di toko kami berasal dari titipan warga sekitar Jogja yang mau jual isi lemarinya, kami cek, cuci, lalu jual lagi.
Harga mulai 10rb, buka tiap Sabtu–Minggu di Jalan Kaliurang km 6.
Mau titip jual baju juga? DM kami."""),

("listing", "hn_denial_import", (1, 1, 1, 0), """Baju Second Lokal Layak Pakai – Bukan Impor, Bukan Bal
Barang dari rumah-rumah di Surabaya yang kami beli per lemari, lalu dipilah dan dicuci.
Kemeja kerja 15rb, kaos 10rb, celana panjang 20rb.
Kami tidak menjual barang selundupan dalam bentuk apa pun.
Bisa dicek di toko kami daerah Wonokromo."""),

("post", "hn_upcycling", (1, 1, 1, 0), """Dari jeans bekas keluarga jadi tote bag 👜
Kami kumpulkan celana jeans lama dari tetangga dan teman, lalu dijahit ulang jadi tas, pouch, dan celemek.
Semua handmade di Depok, tiap tas beda motifnya.
Harga 65–140rb, pre-order 5 hari kerja.
Punya jeans tak terpakai? Tukar dengan diskon 20%!"""),

("listing", "hn_used_furniture", (1, 1, 0, 0), """Lemari Pakaian Kayu Jati Bekas 3 Pintu – Kondisi Kokoh
Ukuran 150 x 55 x 190 cm, engsel dan kunci masih lengkap.
Dijual karena pindah rumah ke apartemen.
Harga 1,8 jt, tidak termasuk ongkos angkut.
Lokasi Jatiwaringin, bisa lihat langsung sore hari."""),

("listing", "hn_used_machine", (1, 1, 0, 1), """Forklift Bekas Toyota 3 Ton Ex Jepang – Unit Siap Kerja
Tahun 2012, jam kerja 9.800, mesin diesel.
Sudah rekondisi di workshop kami, cat ulang, ban baru.
Harga 145 jt nego, dokumen impor lengkap.
Lokasi Cikarang, bisa test di tempat."""),

("message", "hn_produce_karung", (1, 0, 0, 1), """Selamat pagi Bu, info harga bawang putih impor China hari ini:
Ukuran kating 34rb/kg, sinco 30rb/kg.
Per karung 20 kg, minimal ambil 5 karung untuk harga grosir.
Pengambilan di Pasar Induk Kramat Jati, los D.
Kalau jadi, tolong kabari jumlahnya sebelum jam 10."""),

("post", "hn_donation", (0, 1, 1, 0), """Open donasi pakaian layak pakai untuk korban banjir Demak 🙏
Kami menerima baju anak, baju dewasa, sarung, selimut, dan pakaian dalam BARU (khusus pakaian dalam wajib baru).
Mohon sudah dicuci dan dilipat rapi.
Titik kumpul: Sekretariat Karang Taruna RW 05, sampai Minggu.
Info lebih lanjut hubungi Mas Fajar 0812xxxx."""),

("post", "hn_donation_request", (0, 1, 1, 0), """Minta tolong, teman-teman 🙏
Panti asuhan tempat saya mengajar di Kupang butuh seragam sekolah dan sepatu bekas yang masih layak.
Anak-anaknya 6–15 tahun, ada 34 orang.
Kalau ada yang mau menyumbang, barang bisa dikirim ke alamat panti, nanti saya DM-kan.
Terima kasih banyak sebelumnya."""),

("post", "hn_swap", (0, 1, 1, 0), """Clothes Swap Party vol. 3 🔄👗
Bawa maksimal 5 baju layak pakai dari lemarimu, tukar dengan baju orang lain. Tanpa uang!
Minggu, 22 Sept, di Kedai Kopi Sore, Malang.
Sisa baju yang tidak ditukar akan disumbangkan ke bank sampah.
Daftar gratis, kuota 40 orang."""),

("listing", "hn_used_appliance", (1, 1, 0, 1), """Kulkas Bekas Sharp 2 Pintu Ex Jepang (Model Lokal Jepang, 100V)
Masih dingin normal, butuh stepdown trafo (bonus dari kami).
Body ada baret di samping, dalam bersih.
Harga 1,4 jt, ambil di Batam Center.
Tidak melayani pengiriman ke luar pulau."""),

("listing", "hn_new_thrift_style", (1, 0, 1, 0), """Tote Bag Kanvas Motif 'Thrift Club' – Merchandise Resmi
Tas baru, sablon DTF, bahan kanvas 12 oz.
Ukuran 35 x 40 cm, ada kantong dalam.
Harga 55rb, grosir komunitas minimal 24 pcs.
Produksi Yogyakarta, kirim ke seluruh Indonesia."""),

("post", "hn_new_import", (1, 0, 1, 1), """NEW ARRIVAL 🇹🇭 Kaos Bangkok Premium
Barang baru langsung dari Pratunam, kualitas cotton combed 24s.
Motif gajah, tulisan Thailand, dan kartun.
Harga 65rb, ambil 6 pcs 330rb.
Ready di toko kami Pasar Baru Bandung lantai dasar."""),

("live", "hn_plain_clothing_live", (1, 0, 1, 0), """Halo kak selamat malam, live kita hari ini khusus mukena dan gamis lebaran ✨
Semua barang baru produksi Tasikmalaya, bordir tangan.
Mukena 150rb, gamis 175rb, paket couple 300rb.
Yang mau langsung klik keranjang kuning ya kak, stok dikit.
Jangan lupa follow biar dapat info live selanjutnya 🤍"""),

("listing", "hn_own_preloved", (1, 1, 1, 0), """Sepatu Lari Preloved Pribadi – Adidas Ultraboost Size 42
Dibeli di store resmi Grand Indonesia 2022, nota masih ada.
Dipakai lari kurang lebih 6 bulan, sol masih tebal.
Harga 700rb, bisa cek di FX Sudirman.
Jual karena ganti ukuran, bukan reseller."""),

("listing", "hn_used_vehicle", (1, 1, 0, 0), """Sepeda Lipat Bekas Merek Lokal 20 Inci – Masih Enak Dikayuh
Rem depan belakang pakem, rantai baru diganti.
Cocok buat ke stasiun atau keliling komplek.
Harga 900rb, lokasi Bintaro sektor 3.
Barang dipakai pribadi, jarang keluar rumah."""),

("listing", "hn_cardboard_bal", (1, 1, 0, 0), """Terima & Jual Kertas Bekas Per Bal (HVS, Koran, Duplex)
Koran bekas 3.500/kg, HVS 4.200/kg, duplex 2.000/kg.
Di-press jadi bal 60–80 kg, siap kirim ke pabrik kertas.
Gudang kami di Sidoarjo, buka setiap hari.
Bisa jemput barang minimal 200 kg."""),

("listing", "hn_jute_sack", (1, 1, 0, 0), """Karung Goni Bekas Kopi – Bersih, Tidak Sobek
Ukuran 70 x 110 cm, bekas karung biji kopi dari gudang eksportir Lampung.
Cocok untuk dekorasi kafe, karung pasir, atau tanaman.
Harga 8rb per lembar, 100 lembar 700rb.
Kirim ke seluruh Indonesia."""),

("post", "hn_new_thrift_style", (1, 0, 1, 0), """Koleksi 'Secondhand Feel' minggu ini 🍂
Jaket denim washed dan kemeja corduroy dengan efek pudar, biar kelihatan kayak barang thrift, padahal BARU semua.
Dijahit di workshop kami di Jakarta Timur.
Harga 145–220rb. Tersedia di Tokopedia dan toko offline Rawamangun.
#bajubaru #vintagelook"""),

("listing", "hn_school_sale", (1, 1, 1, 0), """Dijual: Seragam Pramuka & Batik Sekolah Bekas Layak Pakai
Hasil pengumpulan dari alumni SMPN 4, dijual oleh OSIS untuk dana bakti sosial.
Ukuran S–XL, semua sudah dicuci dan disetrika.
Harga 10rb per potong.
Ambil di ruang OSIS jam istirahat atau pulang sekolah."""),

("message", "hn_used_machine", (1, 1, 0, 1), """Pak, untuk genset bekas ex Singapura kami ada 2 unit:
- Denyo 25 kVA, jam pakai 4.500 — 68 jt
- Cummins 60 kVA, jam pakai 7.200 — 115 jt
Dokumen impor barang modal bukan baru lengkap, ada surat dari Kemendag.
Unit bisa dilihat di yard Batam. Kabari kalau mau inspeksi."""),

("post", "hn_own_preloved", (1, 1, 1, 0), """Lelang Lemari Sendiri 😂 (beneran isi lemari aku, bukan lelong ya)
Kemeja kerja 8 potong, semua beli di Matahari dan Zara Kota Kasablanka, rata-rata dipakai 3–5 kali.
Open bid mulai 20rb per potong, kelipatan 5rb.
Bid ditutup Minggu jam 9 malam di kolom komentar.
Pemenang transfer max 1×24 jam."""),

("listing", "hn_new_import", (1, 0, 1, 1), """Sepatu Sneakers Import China BARU Full Box – Model Korean Style
Bahan kulit sintetis, sol karet empuk.
Ukuran 36–44, warna putih, cream, hitam.
Harga 129rb, grosir minimal 6 pasang 110rb.
Barang baru dari supplier Guangzhou, ada dokumen impor."""),

("live", "hn_used_phone_live", (1, 1, 0, 0), """Live malam ini: HP second lokal garansi toko 7 hari 📱
Samsung A-series, Redmi, Oppo, semuanya bekas pemakaian pribadi warga Bogor.
Harga mulai 600rb, kita cek satu-satu di depan kamera.
Komen tipe HP yang dicari, admin bantu carikan.
Ambil di toko atau kirim asuransi."""),
]
