# Legal hard negatives, batch B (mostly offers failing used/clothing/abroad). Tuple: (kind, category, offer, used, clothing, abroad, text)
RECORDS = [
("listing", "hn_new_thrift_style", 1, 0, 1, 0, """Kemeja Flanel Thrift Look Vintage Style - BARU, Produksi Konveksi Sendiri Bandung
Bukan barang bekas ya kak! Ini kemeja baru, kami produksi sendiri dengan bahan flanel tebal dan efek washing biar kelihatan kayak baju thrift.
Ukuran lengkap S-XXL, bisa grosir.
Harga 89rb, grosir min 12 pcs 70rb.
#flanellokal #thriftstyle #kemejaflanel"""),

("post", "hn_own_preloved", 1, 1, 1, 0, """Preloved lemariku sendiri, lagi beres-beres sebelum pindah kos 📦
- Blouse Zara size S, dipakai 2x, 80rb
- Celana kulot Uniqlo, 70rb
- Sepatu flat Charles & Keith 36, 150rb
Semua beli sendiri di mall Jakarta, bukan barang bal ya.
Kondisi 9/10, bisa COD Tebet. DM aja!"""),

("listing", "hn_other_goods_bulk", 1, 1, 0, 1, """Jual HP Bekas Ex Singapore Per Kilo / Per Karung
Isi campur: Samsung, Oppo, iPhone lama, sebagian mati total.
Cocok buat tukang servis yang cari sparepart.
Harga 450rb/kg, 1 karung ±25kg.
Barang masuk lewat Batam, lokasi gudang Jakarta Utara. Tidak melayani eceran."""),

("listing", "hn_other_goods_bulk", 1, 1, 0, 0, """Kardus Bekas Per Bal - Siap Angkut
Kardus bekas pabrik, sudah dipres per bal (±50kg).
Harga 2.800/kg, minimal 1 ton.
Lokasi Cikupa, Tangerang. Bisa kirim pakai truk sendiri.
Hubungi Pak Darto 0812xxxx."""),

("post", "hn_school_bazaar", 1, 1, 1, 0, """BAZAR AMAL SD Tunas Harapan 🎉
Menjual pakaian layak pakai sumbangan wali murid: seragam, baju main, jaket, sepatu.
Semua bekas tapi bersih & sudah disortir panitia.
Harga 5.000 - 25.000, seluruh hasil untuk renovasi perpustakaan sekolah.
Sabtu, 08.00-12.00, halaman sekolah. Ajak keluarga ya!"""),

("listing", "hn_sisa_ekspor", 1, 0, 1, 0, """Celana Jeans Sisa Ekspor Pabrik Semarang - BARU Bukan Bekas
Bukan thrift, bukan bal! Ini sisa ekspor pabrik garmen lokal, masih ada label harga asing.
Kondisi baru, ada yang reject jahitan sedikit.
Harga 75rb/pcs, borong 50 pcs 60rb.
Tersedia ukuran 28-38."""),

("listing", "hn_other_goods_bulk", 1, 1, 0, 1, """Mesin Jahit Bekas Ex Jepang - Juki, Brother, Siruba
Datang 1 kontainer dari Osaka, kondisi 80-90% normal semua.
Harga mulai 2,5jt per unit, borongan nego.
Cocok untuk konveksi rumahan.
Gudang kami di Surabaya, bisa kirim seluruh Indonesia."""),

("listing", "hn_ordinary_clothing", 1, 0, 1, 0, """Gamis Syari Terbaru 2024 Bahan Ceruty Babydoll Premium Ukuran Jumbo
Gamis baru produksi Tanah Abang, bahan adem, jahitan rapi.
Warna: sage, mocca, navy, hitam.
Harga 135rb, reseller welcome.
Bukan barang thrift atau preloved ya kak, 100% baru dengan plastik."""),

("post", "hn_own_preloved", 1, 1, 1, 0, """Decluttering time! 🧹
Baju anak umur 2-4 tahun, bekas anakku sendiri, kebanyakan beli di Matahari & Carter's outlet.
Sepaket 15 pcs 150rb, kondisi 8/10 (ada noda kecil di 2 kaos).
Bukan bal ya bunda, beneran baju anakku.
Lokasi Depok, COD atau kirim."""),

("listing", "hn_other_goods_bulk", 1, 1, 0, 0, """Majun Kain Perca / Lap Majun Putih Per Karung
Kain sisa konveksi & majun dari kaos bekas lokal, sudah dipotong, untuk lap mesin bengkel & pabrik.
Isi 1 karung ±25 kg. Harga 6.500/kg.
Tidak untuk dipakai, murni kain lap industri.
Kirim area Jabodetabek."""),

("post", "hn_new_thrift_style", 1, 0, 1, 1, """New arrival! Jaket varsity 'vintage thrift vibes' 🔥
100% BARU, import dari Guangzhou, masih ada plastik & hangtag.
Ukuran M-XL, bahan wool blend.
Harga 199rb, pre-order 10 hari.
Jangan ketuker sama barang bal ya, ini brand new!"""),

("listing", "hn_other_goods_bulk", 1, 1, 0, 0, """Jual Karung Goni Bekas Wadah Kopi - Per Ikat 100 Lembar
Karung goni bekas kopi dari gudang lokal di Lampung, masih kuat.
Cocok buat kerajinan, wadah pasir, atau tanaman.
Harga 250rb per ikat.
Bisa kirim pakai ekspedisi."""),

("post", "hn_local_upcycle", 1, 1, 1, 0, """Upcycle project kami bulan ini ♻️
Jaket denim rework dari celana jeans bekas warga sekitar yang didonasikan ke bank sampah kampung kami di Solo.
Dijahit ulang oleh ibu-ibu PKK, setiap jaket unik.
Harga 175rb, hasil penjualan untuk kas bank sampah.
Bukan thrift bal impor, ini karya lokal 🙌"""),

("listing", "hn_ordinary_clothing", 1, 0, 1, 0, """Kaos Polos Cotton Combed 30s Lusinan Murah - Grade A
Grade A = kualitas jahitan terbaik produksi pabrik kami di Bandung.
Isi 1 lusin 12 pcs, warna campur.
Harga per lusin 290rb.
Baru, bukan kaos bekas atau seken."""),

("message", "hn_own_preloved", 1, 1, 1, 0, """Halo kak, aku lihat kakak cari jas untuk wisuda.
Aku ada jas hitam bekas kakakku, dipakai sekali waktu wisuda tahun lalu, beli di toko jas di Blok M.
Size 50, harga 250rb aja.
Kalau mau lihat dulu boleh, aku di Kemang."""),

("listing", "hn_other_goods_bulk", 1, 1, 0, 1, """Furniture Bekas Ex Belanda - Kursi & Lemari Jati Tua
Baru datang dari kontainer, kondisi asli belum restorasi.
Kursi mulai 1,2jt, lemari 4,5jt.
Showroom di Kemang, Jakarta Selatan.
Foto detail di katalog WA."""),

("post", "hn_own_preloved", 1, 1, 1, 0, """Jual preloved hijab & gamis pribadi 🧕
Semua beli sendiri di butik lokal di Jogja, dipakai 1-3 kali.
Gamis 100-150rb, hijab 35rb.
Tidak ada barang bal, tidak ada barang impor bekas, semua dari lemariku.
Ongkir ditanggung pembeli."""),

("listing", "hn_other_goods_bulk", 1, 1, 0, 1, """Laptop Bekas Ex Korea Grade A - Borongan 20 Unit
Laptop bekas kantor dari Korea, layar mulus, baterai 70-90%.
Harga borongan 20 unit 42jt, satuan 2,4jt.
Garansi toko 1 bulan.
Lokasi Mangga Dua Mall."""),

("post", "hn_donation", 0, 1, 1, 0, """Open donasi baju bekas layak pakai untuk anak-anak panti asuhan di Cianjur 🙏
Kami butuh seragam SD/SMP, jaket, dan sepatu.
Tidak dijual kembali, langsung disalurkan.
Drop point: rumah Bu Ratna, Jl. Merpati 12, Bogor.
Terima kasih orang-orang baik!"""),

("listing", "hn_sisa_ekspor", 1, 0, 1, 0, """Jaket Parasut Reject Ekspor Pabrik Tangerang - Murah Banget
Reject minor: jahitan miring, warna belang sedikit. Semua BARU, belum pernah dipakai.
Bukan bal bekas ya kak.
Harga 55rb, grosir 10 pcs 45rb.
Stok terbatas, pabrik cuma lepas sekali ini."""),

("listing", "hn_other_goods_bulk", 1, 1, 0, 0, """Jual Botol Plastik Bekas Press Per Bal
Botol PET bersih, sudah dipres per bal 40-60 kg.
Harga 4.500/kg, pengambilan di lapak Bekasi Timur.
Minimal 500 kg.
Hubungi Bang Udin 0812xxxx."""),

("post", "hn_new_thrift_style", 1, 0, 1, 0, """Drop baru dari brand kami: 'Senen Series' 👕
Kaos graphic tee dengan desain terinspirasi era thrift 90an, warna washed.
BARU, diproduksi di Bandung, bukan barang bekas.
Harga 129rb, ukuran S-XXL.
Order via website, link di bio. #localbrand #thriftvibes"""),

("post", "hn_own_preloved", 1, 1, 1, 0, """Mau jual sepatu bola bekas anak saya, Ortuseight size 39, beli di Sport Station tahun lalu.
Sudah kekecilan, dipakai kira-kira 6 bulan.
Kondisi sol masih bagus.
Harga 150rb, COD di Sidoarjo.
Bukan monza/cakar ya, beli sendiri baru."""),

("listing", "hn_other_goods_bulk", 1, 1, 0, 1, """Spare Part Motor Bekas Ex Jepang Per Karung
Isi campuran: karburator, CDI, kabel body, lampu.
Barang kiriman Tanjungpinang, kondisi ada yang bagus ada yang rusak.
Harga per karung 1,5jt, isi ±30 kg.
Untuk bengkel & pengepul."""),

("post", "hn_school_bazaar", 1, 1, 1, 0, """Garage sale gereja kami 🌼
Barang donasi jemaat: baju, tas, sepatu, mainan, buku.
Semua preloved dari jemaat sendiri, bukan barang bal.
Harga mulai 2.000.
Minggu setelah ibadah kedua, parkiran GKJ Salatiga. Hasil untuk diakonia."""),

("listing", "hn_ordinary_clothing", 1, 0, 1, 0, """Baju Koko Pria Lengan Panjang Bordir Premium Bahan Toyobo Original
Produk baru, jahitan butik Tasikmalaya.
Ukuran M, L, XL, XXL.
Harga 165rb, beli 3 gratis ongkir.
Bukan barang seken/thrift, dijamin baru dengan packing plastik."""),

("listing", "hn_other_goods_bulk", 1, 1, 0, 1, """Kertas HVS & Koran Bekas Ex Jepang Per Bal
Koran & majalah bekas dari Jepang untuk bahan packing dan kerajinan.
1 bal ±100 kg, harga 1,6jt.
Datang via Pelabuhan Tanjung Priok.
Minat hubungi WA 0812xxxx."""),

("post", "hn_donation", 0, 1, 1, 0, """Terima kasih untuk semua yang sudah donasi ke Lemari Berbagi 💛
Minggu ini terkumpul 12 karung baju bekas layak pakai dari warga Kelurahan Sukamaju.
Sudah kami sortir & cuci, akan disalurkan gratis ke korban gempa.
Kalau masih ada yang mau menyumbang, drop di pos RW."""),

("listing", "hn_new_thrift_style", 1, 0, 1, 1, """Jeans Korea Style Loose Fit Vintage Wash Import BNWT
Brand new with tag, import langsung dari supplier Korea.
Efek washing belel ala thrift, tapi 100% baru.
Ukuran 27-34. Harga 185rb.
Ready stock, kirim hari ini juga."""),

("post", "hn_own_preloved", 1, 1, 1, 0, """Sale lemari pribadi (preloved) 👗
Aku dulu kerja kantoran, sekarang WFH jadi blazer-blazer ini nganggur.
Beli di department store lokal, kondisi 9/10.
Blazer 100rb, rok span 60rb, kemeja 50rb.
Bukan barang bal, bukan import, murni lemariku. Bisa COD Bintaro."""),

("listing", "hn_other_goods_bulk", 1, 1, 0, 1, """Ban Mobil Bekas Ex Jepang Vulkanisir - Per Kontainer
Ban second kiriman dari Jepang, ukuran 13-17 inch.
Kondisi tapak 60-80%.
Satuan 250rb, per kontainer harga khusus.
Gudang Cakung, Jakarta Timur."""),

("post", "hn_ordinary_clothing", 1, 0, 1, 0, """Seragam Sekolah SD SMP SMA Baru Murah Grosir
Sudah buka PO seragam tahun ajaran baru 📚
Kain drill & oxford, jahitan konveksi sendiri di Pekalongan.
Harga grosir untuk koperasi sekolah.
Bukan seragam bekas ya bapak ibu, semua baru."""),

("listing", "hn_other_goods_bulk", 1, 1, 0, 0, """Jual Besi Tua & Kabel Bekas Per Kilo
Pengepul besi tua area Tangerang, terima & jual.
Kabel tembaga bekas 95rb/kg, besi campur 5rb/kg.
Bisa jemput ke lokasi.
Info: 0812xxxx"""),

("post", "hn_own_preloved", 1, 1, 1, 0, """Dijual tas kulit preloved punya almarhumah ibu, dibeli di toko tas lokal Surabaya sekitar 2010.
Masih terawat, kulit agak mengkerut di tali.
Berat melepasnya tapi mending ada yang pakai.
Harga 300rb nego.
Bukan barang cakar/bal, ini tas pribadi."""),

("listing", "hn_other_goods_bulk", 1, 0, 0, 1, """Kain Roll Katun Import Korea - Per Roll 50 Yard
Kain baru di roll, bukan pakaian jadi.
Cocok untuk konveksi kemeja & dress.
Harga per roll 2,2jt, per meter 48rb.
Gudang Cigondewah, Bandung."""),

("post", "hn_school_bazaar", 1, 1, 1, 0, """Bazar Murah Karang Taruna RW 08 🎪
Kami jual baju bekas sumbangan warga, mulai 3rb-an!
Hasilnya untuk lomba 17 Agustus.
Ada juga jajanan & mainan anak.
Minggu pagi, lapangan voli RW 08. Datang ya warga!"""),

("listing", "hn_ordinary_clothing", 1, 0, 1, 1, """Sepatu Lari Nike Original BNIB Import Resmi - Garansi Distributor
Brand new in box, dengan nota pembelian resmi.
Ukuran 40-44.
Bukan barang second atau thrift ya kak, masih segel.
Harga 1,3jt. Kirim dari Jakarta."""),

("post", "hn_local_upcycle", 1, 1, 1, 0, """Tas totebag dari kemeja bekas ayah-ayah kami 🛍️
Komunitas jahit Lereng Merapi mengumpulkan kemeja bekas dari warga desa, lalu dijahit jadi tas.
Harga 60rb, tiap tas beda motif.
Bukan dari bal impor, semua kain lokal.
Pesan via DM."""),

("message", "hn_other_goods_bulk", 1, 1, 0, 1, """Bos, saya ada stok sepeda bekas ex Jepang 1 kontainer, mamachari & MTB.
Kondisi rata-rata 80%, ban perlu ganti sebagian.
Harga borongan 650rb/unit.
Barang sudah keluar dari Tanjung Perak, gudang Sidoarjo.
Kalau minat kabari ya."""),

("post", "hn_own_preloved", 1, 1, 1, 0, """Preloved kebaya wisuda aku, jahit sendiri di penjahit kampung tahun 2022 💐
Dipakai sekali, warna dusty pink, ukuran M.
Harga 200rb (modalnya 450rb).
Bukan thrift bal yaa, kebaya bikinan sendiri.
Lokasi Malang, bisa kirim."""),

("listing", "hn_sisa_ekspor", 1, 0, 1, 0, """Kaos Distro Overrun Ekspor - Kualitas Premium, Baru Semua
Overrun dari pabrik di Sukabumi, label brand luar dipotong.
100% baru, bukan thrift/bekas.
Harga 45rb, 3 pcs 120rb.
Ukuran M-XXL."""),
]
