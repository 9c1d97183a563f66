# Long-form batch 3: legal - marketplace-style hard negatives (new thrift look, new imports, rejects, own preloved, other goods)
DATA = [
("listing", "hn_new_thrift_style", 1, 0, 1, 0, """Kemeja Flanel "Thrift Look" — 100% BARU
Kami sengaja bikin motif & warna pudar ala barang second Jepang, tapi ini produksi sendiri di Bandung.
Bahan katun flanel 2 sisi, jahitan rantai.
Size M, L, XL, XXL (size chart di foto terakhir)
Harga 119rb, grosir 6 pcs 99rb/pcs
Bukan barang bekas, bukan impor. Ada tag brand & plastik segel."""),
("listing", "hn_new_thrift_style", 1, 0, 1, 0, """VINTAGE WASH TEE — DROP 07
Kaos heavy cotton 24s dengan efek pudar hasil enzyme wash.
Grafis gaya bootleg 90an, disablon tangan di workshop kami di Yogyakarta.
Semua barang baru, bukan thrift, bukan bal-balan.
Pre-order 7 hari kerja, harga 145rb."""),
("profile", "hn_new_thrift_style", 1, 0, 1, 0, """Brand lokal dengan rasa barang bundle 🧵
Kami bikin jaket, kemeja, dan celana dengan gaya "seken luar" tapi semuanya baru dan dijahit di Cigondewah.
Tiap pembelian bantu 14 penjahit rumahan.
Tidak menjual barang bekas dalam bentuk apa pun."""),
("listing", "hn_new_import", 1, 0, 1, 1, """Blus Korea Import BARU 🇰🇷
Langsung dari grosir Dongdaemun, datang via kargo resmi.
Bahan ceruty premium, tersedia 5 warna.
All size fit to L, BNWT (tag masih ada).
Bukan preloved, bukan second.
Harga 89rb, reseller 75rb min 6 pcs."""),
("listing", "hn_new_import", 1, 0, 1, 1, """Ready stock sepatu Vans Old Skool BNIB ex Singapore
Belanja langsung di store resmi Orchard, ada struk.
Size 40, 41, 42, 43
Harga 850rb, dijamin baru bukan 2nd.
Bisa COD Jaksel atau kirim instan."""),
("listing", "hn_factory_reject", 1, 0, 1, 0, """SISA EKSPOR - CELANA CHINO PRIA
Barang baru sisa order buyer luar, produksi pabrik garmen Ungaran.
Label brand sudah dipotong sesuai ketentuan.
Cacat: sebagian warna sedikit belang, jahitan kurang rapi di 5% barang.
Dijual per kodi 560rb atau per karung 200 pcs.
Bukan barang bekas, tidak diimpor."""),
("listing", "hn_factory_reject", 1, 0, 1, 0, """Obral Reject Garmen 🏭
Kaos polos, polo, dan kemeja anak, semua BARU.
Reject karena salah ukuran label & noda kapur jahit (bisa dicuci).
Dijual per bal 25kg, isi sekitar 120-150 pcs.
Lokasi pabrik Majalaya. Kami bukan jual seken/impor ya."""),
("listing", "hn_own_preloved", 1, 1, 1, 0, """Preloved pribadi, beres-beres lemari sebelum pindah kos 📦
1. Dress Cotton Ink, dipakai 3x — 120rb
2. Blazer Zara (beli di Grand Indonesia) — 180rb
3. Celana kulot lokal — 50rb
4. Sneakers Ventela — 130rb
Semua barang saya sendiri, bukan barang impor bekas/koli.
COD area Tebet, kirim luar kota boleh."""),
("listing", "hn_own_preloved", 1, 1, 1, 0, """Jual kebaya & kain jarik bekas pakai nikahan kakak saya.
Kebaya brokat dijahit di Solo, cuma dipakai sekali.
Ukuran LD 92, panjang 70.
Harga 350rb satu set.
Alasan jual: ga ada yang pakai lagi, daripada numpuk."""),
("listing", "hn_own_preloved", 1, 1, 1, 0, """Second pribadi, jaket motor Respiro size L
Dibeli di dealer resmi Bekasi tahun lalu, pemakaian 6 bulan.
Kondisi 90%, resleting lancar, pelindung siku lengkap.
Harga 300rb nego.
Jual karena dapat jaket kantor."""),
("listing", "hn_other_goods_bale", 1, 1, 0, 0, """DAFTAR HARGA BARANG BEKAS (rongsok) — UD Sumber Rezeki
Kardus bekas press (per bal): 2.600/kg
Kertas koran bekas: 3.000/kg
Botol plastik PET (dipress balpres): 4.500/kg
Besi campur: 5.200/kg
Harga berlaku minggu ini, penimbangan di gudang Cakung."""),
("listing", "hn_other_goods_bale", 1, 0, 0, 0, """Kopi Arabika Gayo — harga per karung
Grade 1 (sortiran tangan): 135rb/kg
Grade 2: 118rb/kg
Grade asalan: 95rb/kg
Karung goni 60kg, bisa kirim ke Medan, Jakarta, Surabaya.
Langsung dari koperasi petani Takengon."""),
("listing", "hn_other_goods_bale", 1, 0, 0, 0, """Jual jerami padi & rumput odot press per bal 🐄
Bal kecil 20kg: 15rb
Bal besar 40kg: 28rb
Cocok untuk pakan sapi & kambing di musim kemarau.
Ambil di Boyolali, bisa antar pakai pick up minimal 100 bal."""),
("listing", "hn_used_vehicle", 1, 1, 0, 1, """Dijual Toyota Vellfire 2015 ex Jepang (CBU)
Second tangan pertama di Indonesia, km 78rb.
Pajak hidup, BPKB ready, plat B.
Interior mulus, pintu elektrik normal.
Harga 520jt nego, lihat unit di showroom Kelapa Gading."""),
("listing", "hn_used_phone", 1, 1, 0, 1, """iPhone 13 Pro 256GB Second Ex Japan
Bunyi shutter kamera (ciri khas Jepang), IMEI terdaftar Bea Cukai.
Baterai 86%, no minus, fullset dus.
Harga 9,2jt, garansi toko 1 minggu.
Toko di ITC Roxy Mas lt. 1."""),
("listing", "hn_used_machine", 1, 1, 0, 1, """Mesin obras & jahit bekas impor Jepang (Juki, Brother)
Cocok untuk usaha konveksi rumahan.
Kondisi sudah diservis, tes jahit bisa di tempat.
Harga obras 2,1jt, jahit high speed 1,8jt.
Pengiriman ke luar kota dikemas peti kayu."""),
("listing", "hn_majun", 1, 1, 0, 0, """Supplier Majun Kain Perca 🧽
Majun putih (kaos) : 9rb/kg
Majun warna campur : 6rb/kg
Dikemas per karung 25kg atau per bal 50kg.
Untuk lap bengkel, pabrik, percetakan. Bukan untuk pakaian.
Sumber dari sisa potongan konveksi lokal di Karawang."""),
("listing", "hn_fabric_roll", 1, 0, 0, 1, """Kain katun Jepang per roll (impor baru)
Motif: sakura, ombak, kikko
Lebar 110 cm, 1 roll = 30 yard
Harga 1,9jt/roll, eceran per meter 75rb
Bahan baru dari pabrik Osaka, cocok buat kemeja & kimono custom."""),
("listing", "hn_charity_bazaar", 1, 1, 1, 0, """BAZAR PRELOVED AMAL 💛
Sabtu, 14 September, halaman Gereja St. Yosef Purwokerto
Pakaian, sepatu, tas sumbangan umat, harga 5-30 ribu
Seluruh hasil untuk beasiswa anak asuh.
Semua barang dari donatur lokal, sudah dicuci dan disortir relawan."""),
("listing", "hn_charity_bazaar", 1, 1, 1, 0, """Yuk ke Garage Sale Kelas 9B SMPN 5 Depok!
Jual baju bekas layak pakai hasil sumbangan orang tua murid, buku, dan mainan.
Kemeja 10rb, celana 15rb, jaket 20rb.
Hasilnya buat study tour & donasi panti.
Jumat–Sabtu di lapangan sekolah."""),
("listing", "hn_upcycling", 1, 1, 1, 0, """Tas tote dari jeans bekas ♻️
Kami kumpulkan celana jeans bekas dari warga sekitar, lalu dijahit ulang jadi tas.
Setiap tas unik, ada kantong asli celananya.
Harga 85rb, ukuran 35x40 cm.
Produksi komunitas ibu-ibu di Sukoharjo."""),
("profile", "hn_local_second", 1, 1, 1, 0, """Lemari Warga Ciputat 🤝
Kami menampung & menjual pakaian bekas layak pakai dari warga sekitar (konsinyasi).
Tidak menerima barang impor, koli, atau bal dari luar.
Pemilik barang dapat 60% hasil penjualan.
Buka Sabtu-Minggu di balai RW 07."""),
("listing", "hn_new_import", 1, 0, 1, 1, """PO Jaket Musim Dingin Import China (BARU) ❄️
Bahan puffer, isi dakron tebal, model unisex
Close PO: 25 Oktober, estimasi sampai 3 minggu
Harga 235rb, DP 50%
Catatan: ini barang baru dari pabrik Guangzhou, bukan second/thrift."""),
("listing", "hn_new_thrift_style", 1, 0, 1, 0, """Celana Jeans 'Ex Japan Look' Baru ✨
Model straight, warna faded biru muda seperti jeans Jepang lawas.
Dijahit di konveksi Cihampelas, bahan denim 13oz.
Harga 175rb, ukuran 28-36.
Bukan bekas ya kak, semua gress."""),
("listing", "hn_used_goods_other", 1, 1, 0, 1, """Spare part motor bekas ex Jepang — jual kiloan/per karung
Isi: karburator, gear, kampas, lampu, campur merk.
1 karung (±40kg) harga 1,5jt
Cocok buat bengkel & kolektor.
Lokasi Cikarang, bisa cek sebelum bayar."""),
("listing", "hn_used_goods_other", 1, 1, 0, 1, """Jual alat masak bekas ex Korea per paket 🍳
Panci, teflon, sendok garpu, rice cooker 110V
Dapat dari pindahan ekspatriat Korea di Cikarang.
Paket A 350rb, paket B 500rb.
Kondisi bersih, bekas pakai wajar."""),
("listing", "hn_new_import", 1, 0, 1, 1, """Grosir Mukena Import Thailand BARU
Bahan katun rayon super, bordir rapi
Harga 1 lusin 1,6jt (campur warna)
Semua baru, kemasan plastik per pcs
Impor via jalur resmi, faktur tersedia untuk toko"""),
("listing", "hn_used_vehicle", 1, 1, 0, 0, """Dijual truk Colt Diesel bekas 2016
Bak kayu, biasa angkut karung beras & pupuk.
Mesin sehat, ban 80%, surat lengkap.
Harga 165jt nego, lokasi Tegal.
Hubungi Pak Slamet 0812xxxx"""),
]
