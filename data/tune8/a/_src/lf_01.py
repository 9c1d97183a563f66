# Long-form batch 1: illegal - product descriptions, price lists, grade lists, bios, broadcasts
DATA = [
("listing", "product_description", 1, 1, 1, 1, """Jaket Parka Second Jepang - Merk Workman
Kondisi 88%, ada sedikit pudar di bagian bahu (lihat foto ke-4).
Ukuran: LD 60, panjang 78, lengan 62.
Barang didatangkan langsung dari Jepang, sudah dilaundry dan disetrika uap.
Harga 135rb, tidak melayani tukar karena stok cuma 1.
Kirim dari Bekasi tiap hari kerja jam 3 sore."""),
("listing", "product_description", 1, 1, 1, 1, """KEMEJA FLANEL 2ND EX KOREA 🇰🇷
✔ bahan tebal, adem dipakai
✔ no bolong, no noda (sudah QC 2x)
✔ ukuran M-XL campur, tanya stok dulu ya
Harga satuan 45rb | ambil 5 jadi 200rb
Pengiriman J&T / SiCepat dari Depok
#flanelkorea #secondkorea #kemejapria"""),
("listing", "wholesale_price_list", 1, 1, 1, 1, """PRICELIST GROSIR MINGGU INI (barang seken Jepang)
- Koli kemeja pria campur 100kg : 6,9jt
- Koli blouse wanita 100kg : 7,4jt
- Koli celana panjang 100kg : 5,8jt
- Koli jaket/outer musim dingin 80kg : 8,2jt
Harga belum termasuk ongkir. Pengambilan di gudang Cakung atau kirim ekspedisi.
DP 50%, pelunasan saat barang naik truk. Chat admin 0811xxxx"""),
("listing", "bale_grades", 1, 1, 1, 1, """Penjelasan grade barang kami (semua asal Korea, bekas pakai):
GRADE A / KEPALA = kondisi 90-95%, tanpa cacat, cocok dijual satuan 50rb ke atas
GRADE B / BADAN = 75-85%, ada minus kecil (bulu, pudar)
GRADE C / KAKI = di bawah 70%, buat obral atau lap
Satu goni isi kurang lebih 350-420 potong, perbandingan A:B:C kira-kira 3:5:2.
Minat hubungi via DM, tidak melayani telpon."""),
("profile", "shop_bio", 1, 1, 1, 1, """Selamat datang di Lemari Tokyo Bekasi 🗼
Kami jual pakaian preloved pilihan asal Jepang: kemeja, rok, cardigan, outer.
Semua dikurasi satu-satu dari koli yang datang tiap bulan.
Jam operasional 09.00-17.00, Minggu tutup.
Pesanan di atas jam 3 dikirim besok."""),
("message", "broadcast", 1, 1, 1, 1, """📢 INFO BONGKAR
Hari Sabtu jam 10 pagi gudang Marunda buka 14 goni baru dari Hongkong & Taiwan.
Isinya: sweater, jaket jeans, kemeja kerja, celana kain.
Reseller yang mau datang langsung wajib konfirmasi nama dulu, tempat terbatas.
Yang di luar kota bisa titip pilih, fee 5rb/pcs.
Sampai ketemu Sabtu!"""),
("live", "live_caption", 1, 1, 1, 1, """LIVE JAM 19.00 🔴
Malam ini kita buka paket baru dari Jepang, khusus outer & cardigan
Semua 35rb, yang ada brand 50rb
Cara ikut: ketik kode + ukuran di komen, admin catat, checkout lewat keranjang
Jangan lupa share live biar rame ya bestie 🫶
#livesale #preloved #outerjepang"""),
("post", "creator_promo", 1, 1, 1, 1, """Haul hari ini di Pasar Senen Blok III 🛍️
1. Kemeja Ralph Lauren second — 40rb
2. Celana corduroy Jepang — 35rb
3. Jaket Harrington UK — 75rb
Semua dari kios Bang Rizal lantai 2 deket tangga, bilang aja liat dari TikTok aku.
Barangnya impor semua tapi harus teliti milihnya, ada yang bolong dikit.
#haulsenen #belanjamurah"""),
("listing", "reseller_recruit", 1, 1, 1, 1, """DICARI RESELLER & DROPSHIPPER 🙌
Produk: pakaian second luar negeri (Jepang, Korea, Taiwan)
Keuntungan:
- harga khusus reseller mulai 15rb/pcs
- foto katalog sudah siap, tinggal posting
- bisa dropship atas nama tokomu
Syarat: minimal order pertama 20 pcs. Gabung grup WA: ketik RESELLER ke admin."""),
("listing", "port_route", 1, 1, 1, 1, """Barang langsung dari kapal, masuk via Tanjungbalai Karimun.
Kami ambil dari Port Klang, dipilih di sana, dikirim per koli ke Pekanbaru.
Isi: kemeja kantor, blazer, dress kerja, kebanyakan merk Eropa.
Harga per koli 5,5jt (±90kg), bisa patungan 2 orang.
Pemesanan minimal H-10 sebelum jadwal kapal."""),
("listing", "market_stall", 1, 1, 1, 1, """Lapak Mak Ros, Pajak Melati Medan, los C nomor 21
Jual celana jeans & kemeja lengan panjang bekas luar negeri.
Harga mulai 15 ribu, yang bagus-bagus 40 ribu.
Bisa borong untuk dijual lagi, harga lain lagi.
Buka tiap hari kecuali Jumat siang."""),
("listing", "wholesale_price_list", 1, 1, 1, 1, """DAFTAR HARGA BAL (update Senin)
Bal kemeja Korea A : 8,5jt / 450pcs
Bal kaos Jepang campur : 5,2jt / 600pcs
Bal jaket musim dingin : 9jt / 250pcs
Bal anak-anak Korea : 6jt / 700pcs
Stok terbatas, siapa DP duluan dia yang dapat. Lokasi gudang: Bandung timur."""),
("listing", "product_description", 1, 1, 1, 1, """thrift jepang: sweater rajut kabel warna krem
bahan wol campur, anget banget buat naik gunung
ada 1 benang ketarik di lengan kiri, ga keliatan kalo dipake
ld 54 / pj 66
harga 60k aja, free bubble wrap
#thriftjepang #sweaterrajut"""),
("listing", "title_evasive_spelling", 1, 1, 1, 1, """READY S3K3N K.0.R.E.A 💥
cardigan, blus, rok plisket
semua 25-40rb, kondisi rata2 90%
barang dari paket kiriman luar, bukan produksi lokal
chat aja sebut nomor fotonya
#k0rea #pr3loved #outfitmurah"""),
("listing", "regional_code_word", 1, 1, 1, 1, """Cakar baru dibongkar ki di Pasar Sentral Makassar!
Ada jaket gunung, kemeja flanel, celana kargo, semua dari Malaysia.
Harga ji 20 sampai 60 ribu, bisa ditawar sedikit.
Datang mi cepat sebelum diborong pedagang dari Gowa.
Lapak nomor 12 dekat parkiran motor."""),
("live", "live_caption", 1, 1, 1, 1, """🔴 LIVE MALAM JUMAT
Buka karungan sepatu ex Thailand, campur Nike, Adidas, Converse
Nomor 38-44, kondisi 70-90%
Harga flat 85rb, yang box ori nambah 20rb
Mulai jam 9, stok sekitar 60 pasang"""),
("listing", "jastip_used", 1, 1, 1, 1, """OPEN JASTIP 2ND STREET & BOOK OFF (Tokyo) 🇯🇵
Tanggal belanja: 12-16 Oktober
Fee: 20% dari harga, minimal 30rb
Bisa request: jaket, tas, sepatu second
Barang dikirim dengan kargo laut, estimasi sampai Jakarta 5 minggu.
Form order di link bio."""),
("profile", "shop_bio", 1, 1, 1, 1, """Gudang Koli Sumut — supplier pakaian seken luar negeri tangan pertama.
Melayani grosir ke Aceh, Riau, Sumbar.
Barang turun di Belawan setiap dua minggu.
Harga terbaik untuk pemilik toko dan pedagang pasar.
Kunjungi gudang kami di Marelan (janjian dulu)."""),
("listing", "regional_code_word", 1, 1, 1, 1, """Lelong Sanggau ready lagi, barang baru masuk dari Kuching kemarin sore.
Jaket kulit, kemeja kerja, tas wanita, semua second tapi masih cantik.
Ambil satuan boleh, ambil ikatan lebih murah.
Singgah ke toko kamek, depan SPBU Entikong lama."""),
("message", "private_offer", 1, 1, 1, 1, """Bang, ini list barang yang baru datang:
3 goni jaket Korea, 2 goni kemeja Jepang, 1 goni campur anak
Harga per goni 4,8jt, kalau ambil semua kukasih 27jt
Barang masih di gudang Belawan, bisa dicek hari Kamis
Kabari ya bang, yang dari Siantar juga udah nanya"""),
("listing", "hidden_gem_haul", 1, 1, 1, 1, """Hidden gem Bogor 💎
Kebon Kalapa lantai bawah, lapak Kang Asep: jaket-jaket second ex Jepang mulai 30rb!
Aku dapet coat wol 65rb, masih tebel.
Buka jam 8, mending dateng pagi sebelum dibongkar pedagang.
Mangga pada ka dieu 😄"""),
("listing", "product_description", 1, 1, 1, 1, """Tas Ransel Anello Preloved ex Jepang
- warna navy, kondisi 85%
- ada sedikit kusam di bagian bawah
- resleting normal, tali lengkap
Harga 90rb. Foto real pic, kirim dari Sidoarjo.
Stok lain: tas selempang ex Korea, cek etalase."""),
("listing", "wholesale_kilo", 1, 1, 1, 1, """JUAL KILOAN 🧥
Sweater & hoodie second Korea 90rb/kg
Kemeja & blouse second Jepang 75rb/kg
Campuran anak 60rb/kg
Minimal order 25kg per jenis. Barang bongkaran terbaru, belum disortir.
Pengiriman dari Batam ke seluruh Indonesia via kargo."""),
]
