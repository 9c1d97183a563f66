# Legal records, batch A: sellers of things that look like the trade but are not.
# tuple: (kind, category, offer, used, clothing, abroad, text)
R = [
("listing", "hn_new_thrift_style", 1, 0, 1, 0, """Kemeja Flanel Oversize Thrift Look BARU Produksi Sendiri Bandung
Bahan katun flanel tebal, jahitan rapi
Tersedia 6 motif, size M-XXL
Bukan barang bekas ya kak, masih plastik dan ada label toko"""),
("post", "hn_new_thrift_style", 1, 0, 1, 0, """Vibes vintage, kondisi 100% baru ✨
Koleksi "Grandpa Sweater" kami dirajut di Majalaya, warnanya sengaja dibuat pudar biar kayak hasil thrifting
Pre-order 10 hari kerja
Harga 159rb, diskon 10% buat 50 pembeli pertama"""),
("listing", "hn_new_import", 1, 0, 1, 1, """Jaket Puffer Korea Import Baru BNWT Tag Lengkap
Ukuran S sampai XL, 4 warna
Barang resmi, masuk lewat distributor, ada invoice
Harga 425rb, garansi tukar size"""),
("post", "hn_jastip_new", 1, 0, 1, 1, """JASTIP TOKYO 12–20 MEI ✈️🇯🇵
Bisa titip Uniqlo, GU, Muji, ABC Mart — barang BARU dari toko, struk difoto
Fee 15% dari harga barang, min. 50rb
Slot terbatas, isi form di link bio"""),
("listing", "hn_own_preloved", 1, 1, 1, 0, """Preloved Pribadi Gamis Brokat Warna Sage Size L
Dipakai 2x waktu kondangan, beli di Tanah Abang tahun lalu
Bukan barang impor, murni dari lemari sendiri
Rp 120.000, kirim dari Sidoarjo"""),
("post", "hn_own_preloved", 1, 1, 1, 0, """Beberes lemari sebelum pindahan 🥲
Aku lepas baju-bajuku sendiri: blouse kantor, rok span, 2 blazer, semua masih layak
Harga 20–60rb, bisa ambil di kosan Kukusan Depok
List lengkap di story highlight "Declutter" ya"""),
("post", "hn_school_bazaar", 1, 1, 1, 0, """BAZAR AMAL SD Tunas Harapan 🎈
Sabtu, 14 Oktober, jam 8–12 di halaman sekolah
Ada baju bekas layak pakai sumbangan wali murid, buku, mainan, dan jajanan
Semua hasil penjualan untuk renovasi perpustakaan. Ajak keluarga ya!"""),
("post", "hn_church_sale", 1, 1, 1, 0, """Garage Sale Komisi Wanita GKJ Manahan 🙏
Pakaian pantas pakai dari jemaat, sepatu, tas, perlengkapan bayi
Minggu setelah kebaktian kedua, ruang serbaguna
Harga seikhlasnya mulai 5rb, untuk dana diakonia"""),
("post", "hn_donation_request", 0, 1, 1, 0, """Kami menerima donasi pakaian bekas layak pakai untuk korban banjir di Kabupaten Bandung 🙏
Tolong dicuci & dilipat, dipisah dewasa/anak
Drop point: Sekretariat Karang Taruna RW 07, jam 9–17
Tidak menerima pakaian dalam bekas"""),
("listing", "hn_used_vehicle", 1, 1, 0, 1, """Motor Bekas Ex Jepang Honda CB400 Super Four 2004
Surat lengkap, pajak hidup, mesin halus
Jarang dipakai, ban baru ganti
Harga 78jt nego, lokasi Cibubur"""),
("listing", "hn_used_phone", 1, 1, 0, 1, """iPhone 12 Pro 128GB Second Ex Inter Singapore
BH 86%, Face ID aman, no minus
Kelengkapan: unit + kabel
6,2jt nett, COD Roxy atau kirim asuransi
Pemakaian pribadi, bukan bekas servis"""),
("listing", "hn_bale_cardboard", 1, 1, 0, 0, """Jual Kardus Bekas Per Bal Press
Kardus coklat campur, 1 bal ±80kg, sudah dipress rapi
Harga 2.800/kg, minimal ambil 5 bal
Lokasi gudang Sunter, bisa diantar pakai truk"""),
("listing", "hn_majun", 1, 1, 0, 0, """Majun Kain Perca Per Karung 25kg Untuk Bengkel & Pabrik
Kaos bekas sudah dipotong, daya serap oli bagus
Bukan untuk dipakai, khusus lap industri
Rp 175.000/karung, kirim seluruh Jabodetabek"""),
("listing", "hn_jute_sack", 1, 1, 0, 0, """Karung Goni Bekas Kopi Ukuran Besar
Bekas wadah biji kopi Lampung, bersih & tidak robek
Cocok buat dekorasi kafe, tanaman atau kerajinan
12rb/lembar, 100 lembar 1jt"""),
("listing", "hn_produce_sack", 1, 0, 0, 0, """Beras Pandan Wangi Cianjur Per Karung 50kg
Panen baru, pulen dan wangi
Harga 730rb/karung, ambil 10 karung gratis antar area Bogor
Pesan H-1 ya bos
Karungnya pakai karung plastik putih tebal, aman buat disimpan"""),
("listing", "hn_used_machine", 1, 1, 0, 1, """Mesin Jahit Juki Bekas Impor Jepang DDL-8700 High Speed
Kondisi normal siap pakai, meja & dinamo lengkap
Cocok buat konveksi rumahan
2,4jt, lokasi Soreang"""),
("post", "hn_used_furniture", 1, 1, 0, 1, """Lemari jati bekas ex Belanda, peninggalan opa 🪵
Tinggi 2m, pintu kaca dua, engsel masih kuat
Lepas 8,5jt, harus angkut sendiri dari Menteng
Serius aja yang DM"""),
("listing", "plain_clothing_listing", 1, 0, 1, 0, """Kaos Polos Cotton Combed 30s Premium Grosir Murah
Warna lengkap 24 pilihan
Harga ecer 32rb, lusinan 29rb
Produksi konveksi sendiri di Bandung, kirim hari ini"""),
("listing", "plain_clothing_listing", 1, 0, 1, 0, """Celana Chino Pria Slimfit Stretch Bahan Adem
Size 28–38, warna khaki, navy, hitam, olive
Rp 119.000
Bisa tukar ukuran maksimal 7 hari setelah barang sampai"""),
("post", "hn_factory_reject", 1, 0, 1, 0, """Sale reject pabrik garmen Cikarang 📢
Kaos & hoodie baru, cacat dikit (sablon miring, benang lepas)
10–40rb aja, datang langsung ke gudang kami Sabtu besok
Bukan barang bekas dan bukan impor ya, ini lokal asli"""),
("listing", "hn_export_overrun", 1, 0, 1, 0, """Kemeja Sisa Ekspor Brand Luar Bahan Linen BARU
Produksi pabrik di Semarang, lolos QC tapi kelebihan order
Masih ada hangtag
85rb, size S–XL
Potongan regular fit, cocok buat kantor"""),
("post", "hn_local_upcycle", 1, 1, 1, 0, """Tas totebag dari jeans bekas donasi teman-teman kampus 💙
Dijahit ulang sama ibu-ibu binaan kami di Kotagede
Tiap tas beda motif, harga 75rb
Hasilnya buat modal kelompok menjahit"""),
("post", "hn_new_thrift_style", 1, 0, 1, 0, """Brand lokal kami rilis kemeja motif retro yang sering dikira hasil thrift 😆
Padahal baru semua, dijahit di Solo, bahan rayon adem
Launching Jumat jam 7 malam di website
Ukuran XS–3XL"""),
("listing", "hn_new_import", 1, 0, 1, 1, """Sepatu Running Import Vietnam Baru Original Box Lengkap
Size 39–44, sol empuk
Bukan second, bukan reject
Rp 389.000, resi dikirim max jam 4 sore
Dikirim pakai kardus tambahan biar box tidak penyok"""),
("message", "hn_own_preloved", 1, 1, 1, 0, """Halo grup arisan 👋 aku jual baju anakku yang udah kekecilan ya: 6 setel baju tidur, 2 jaket, 1 sepatu sekolah no 30
Semua pakaian sendiri, kondisi 80-90%
Borong 150rb aja, bisa ambil pas arisan minggu depan"""),
("post", "hn_swap", 0, 1, 1, 0, """Tukar baju yuk! 👗🔁
Swap party bulan ini di Taman Literasi Blok M, Minggu jam 3 sore
Bawa maksimal 5 baju layak pakai dari lemarimu, tukar dengan baju orang lain
Gratis, tidak ada jual beli"""),
("post", "hn_rental", 1, 0, 1, 0, """Sewa kebaya & beskap untuk wisuda dan lamaran 🌸
Semua jahitan baru butik kami di Kudus
Sewa 3 hari 150–350rb, deposit KTP
Booking dari sekarang, tanggal Oktober mulai penuh"""),
("listing", "hn_used_appliance", 1, 1, 0, 1, """Rice Cooker Zojirushi Bekas Japan 100V
Masih normal, perlu stepdown (tidak termasuk)
Panci agak baret
450rb, Bekasi Barat
Dulu dibawa pulang sendiri waktu kerja di Osaka, sekarang jarang masak nasi banyak"""),
("listing", "hn_used_motorbike_parts", 1, 1, 0, 1, """Velg Bekas Copotan Motor Thailand Ring 17
Sepasang, lurus, cat masih bagus
Cocok buat Sonic / Satria
650rb, COD Depok
Bukan velg KW, ada cap pabrikan di dalam. Bisa dicek dulu di rumah sebelum bayar"""),
("post", "hn_thrift_word_other", 1, 1, 0, 0, """Thrift buku minggu ini 📚
Novel bekas koleksi pribadi: Pramoedya, Dee, Eka Kurniawan
15–40rb per buku, ongkir dari Yogya
Buku saja ya, nggak jual baju
Kondisi ada yang kertasnya menguning, wajar"""),
("listing", "hn_new_import", 1, 0, 1, 1, """Kaos Kaki Jepang Import Isi 5 Pasang Motif Lucu
Baru, masih dalam kemasan
Cocok buat kado
Rp 65.000/pack
Motif kucing, onigiri, dan sushi, bahan katun lembut tidak gerah. Stok datang dari distributor Jakarta tiap dua minggu"""),
("post", "hn_own_preloved", 1, 1, 1, 0, """Jual sepatu lariku sendiri, Hoka Clifton 9 size 42 🏃
Dipakai ±150km, beli baru di Senayan City tahun lalu
Masih empuk, cuma ganti ke ukuran lebih besar
1,1jt, COD GBK"""),
("listing", "plain_clothing_listing", 1, 0, 1, 0, """Mukena Katun Rayon Motif Bunga Kecil Dewasa Jumbo
Adem, tidak menerawang, dapat tas
Produksi Tasikmalaya
Rp 145.000, ready 8 warna
Cocok untuk hadiah umroh, bisa request bungkus kado tanpa biaya tambahan"""),
("post", "hn_bale_hay", 1, 0, 0, 0, """Ready jerami padi per bal buat pakan sapi & alas kandang 🐄
1 bal ±20kg, kering, tidak berjamur
Harga 25rb/bal, minimal 50 bal
Lokasi Boyolali, antar sekitar Solo Raya"""),
("listing", "hn_textile_roll", 1, 0, 0, 1, """Kain Katun Jepang Import Per Roll Motif Sakura
1 roll ±45 meter, lebar 110cm
Cocok buat daster, gamis, kemeja
Rp 2.250.000/roll, bisa ecer per meter 55rb"""),
("listing", "hn_used_textile_local", 1, 1, 1, 0, """Selimut & Sprei Bekas Hotel Lokal Jogja Borongan
Hotel tutup, kami lepas 120 set sprei dan 60 selimut, dicuci ulang
Bukan barang impor, faktur pembelian dari pabrik Pekalongan ada
Borong 4jt, eceran menyesuaikan"""),
("post", "hn_tailor", 1, 0, 1, 0, """Terima jahit & vermak baju lama jadi baru lagi ✂️
Potong celana, kecilin kemeja, ganti resleting jaket
Mulai 15rb
Penjahit Pak Kardi, gang sebelah Indomaret Pondok Ranji"""),
("post", "hn_new_thrift_style", 1, 0, 1, 0, """THRIFT VIBES, NEW CLOTHES 😎
Kita bukan toko thrift ya! Semua kaos graphic di sini baru, kita sablon sendiri di Surabaya
Desain ala kaos band 90an, bahan 24s
Harga 99rb, restock tiap akhir bulan"""),
("listing", "hn_used_bag_local", 1, 1, 1, 0, """Tas Ransel Eiger Bekas Pakai Sendiri 30L
Dibeli di outlet Eiger Malang 2021, buat naik gunung 3x
Resleting aman, ada noda kecil di bawah
275rb
Lokasi Malang, bisa ketemuan di alun-alun sore hari"""),
("post", "hn_charity_bazaar", 1, 1, 1, 0, """Rumah Zakat Kelurahan mengadakan pasar murah pakaian layak pakai hasil donasi warga 🤝
Kaos 3rb, kemeja 5rb, jaket 10rb
Rabu depan di balai RW 03
Hasilnya untuk beasiswa anak yatim"""),
("listing", "hn_new_import", 1, 0, 1, 1, """Dress Wanita Import Bangkok Baru Model Korea Look
Bahan crinkle airflow, allsize fit to L
Bukan preloved, baru dari supplier
89rb, bisa grosir
Warna dusty pink & mocca"""),
]
