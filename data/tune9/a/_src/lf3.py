# long-form batch 3: illegal, more registers
DATA = [
("""Gaes, live malam ini spesial!
Kita buka 1 bal jaket Jepang di depan kamera, jadi gak ada yang disortir duluan.
Harga rata 50rb, jaket kulit 100rb.
Jam 8 teng, jangan telat.
Yang menang giveaway minggu lalu cek DM ya""", "live", "live_sale_call", 1,1,1,1),
("""Kemeja Kerja Pria Second Jepang
Merek campur (Uniqlo, GU, Muji, Aoki)
Size M-L, lengan panjang
Kondisi 85-95%
Harga 30rb/pcs, paket 5 kemeja 130rb
Cocok buat orang kantoran yang mau hemat
Barang bekas impor sudah laundry""", "listing", "multiline_listing", 1,1,1,1),
("""Bro yang di Kalbar, mau ambil baju bekas dari Malaysia?
Kami bisa bantu dari Entikong sampai Pontianak, per karung atau per bal.
Isi kebanyakan jaket dan celana.
Harga bersaing, pengiriman rutin 2x seminggu.
Chat aja dulu, tanya-tanya gratis.""", "message", "port_route", 1,1,1,1),
("""thrift haul pertama aku!! 🥹
total 180rb dapet 5 baju:
🤍 cardigan korea 30rb
🤍 rok plisket 25rb
🤍 blouse renda 25rb
🤍 jaket denim 60rb
🤍 kemeja oversize 40rb
belinya di @lemari.kota.thrift, ownernya baik banget dan barangnya bersih
#thrifthaul #thriftindonesia""", "post", "creator_haul", 1,1,1,1),
("""Tersedia baju bekas impor untuk dijual kembali
Ambil per bal (100kg) atau per karung (50kg)
Campuran Korea: 4,5jt / 2,3jt
Campuran China: 3,5jt / 1,8jt
Kami sudah kirim ke 20 provinsi.
Testimoni bisa dilihat di highlight IG.""", "listing", "bale_price_list", 1,1,1,1),
("""Toko Awul Mbak Yuni
Pasar Klithikan, los belakang
Buka Senin-Sabtu jam 8-4 sore
Kaos 5rb, kemeja 10rb, jaket 25rb
Barang dari bal, ganti tiap minggu
Bisa pesan antar wilayah Kota Jogja""", "profile", "shop_bio", 1,1,1,1),
("""Jual 1 koli sepatu bekas Thailand
Isi ±60 pasang, campur pria wanita
Sebagian branded (Nike, Skechers, Crocs)
Harga 2,4jt
Lokasi Pekanbaru, bisa cek barang
Serius langsung telpon 0811xxxx""", "listing", "bale_wholesale", 1,1,1,1),
("""Jaket Kulit Domba Vintage Eropa (thrift)
Size L
Warna hitam, potongan biker
Lapisan dalam utuh
Kondisi 85%, ada retak halus di kerah
Harga 275rb
Bekas impor, jarang ada di pasaran""", "listing", "multiline_listing", 1,1,1,1),
("""Buat yang nanya stok sepatu second: minggu ini ada 3 karung baru.
Isinya mostly running shoes (Asics, Mizuno, New Balance).
Harga 80-200rb tergantung kondisi.
Yang mau dipilihin via video call, chat aja.
Yang dateng langsung ke toko dapet diskon 10%.""", "post", "plain_offer", 1,1,1,1),
("""Open dropship pakaian bekas Korea!
✔ Kamu tinggal upload foto dari katalog kami
✔ Orderan masuk, kami yang packing & kirim atas nama tokomu
✔ Harga dropship mulai 15rb, kamu bebas pasang harga
Cocok buat mahasiswa atau IRT.
Daftar gratis, DM kata kunci DROP""", "post", "reseller_recruit", 1,1,1,1),
("""Baju Batam Ready Lagi!
Kemeja, celana bahan, jaket, blazer
Semua barang layak pakai dari luar
Harga 20rb-60rb
Toko kami di Pasar Baru Tanjungpinang, kirim juga ke Jawa""", "listing", "regional_code_word", 1,1,1,1),
("""Hoodie Carhartt Second Import
Size L, warna coklat
Logo bordir, bukan sablon
Kondisi 90%, tidak ada noda
Harga 165rb
Barang thrifting dari bal USA
Bonus stiker untuk pembelian hari ini""", "listing", "multiline_listing", 1,1,1,1),
("""Kemarin pas mudik ke Medan aku mampir ke Pajak Melati.
Kios monza langgananku (Kak Ros, los 112) baru buka karung kemeja.
Dapat 6 kemeja cuma 90rb! Kalian yang ke Medan wajib ke sana.
Ini bukan promosi, beneran puas.""", "post", "creator_haul", 1,1,1,1),
("""Ready stok selimut & bedcover bekas Jepang 🛏️
Tebal, hangat, sudah dicuci laundry
Ukuran single & double
Harga 60rb-120rb
Banyak yang nanya: iya ini dari bal Jepang, bukan produksi lokal""", "listing", "multiline_listing", 1,1,1,1),
("""Min, mau tanya bal korea campur isinya apa aja?
→ Isinya campuran kak: kaos, kemeja, celana, rok, dress, sedikit jaket. Rasio kira-kira 70% wanita. Harga 4,5jt per bal 100kg, bisa kirim hari ini kalau transfer sebelum jam 2.""", "comment", "comment_reply_seller", 1,1,1,1),
("""LELANG THRIFT MALAM INI 🔨
Jaket Levis Type 3 vintage ex USA
Start: 50rb
Kelipatan: 10rb
BIN: 300rb
Close: 21.00 WIB
Pemenang wajib transfer 1x24 jam, ongkir ditanggung pemenang""", "post", "auction_thrift", 1,1,1,1),
("""Jual pakaian bekas import ecer per potong
- kemeja 15rb
- celana panjang 20rb
- jaket 35rb
- dress 20rb
Lokasi: Pasar Kodim Pekanbaru
Bisa juga order lewat WA, dikirim hari itu juga""", "listing", "multiline_listing", 1,1,1,1),
("""Buat owner thrift shop: stok kalian mulai kosong?
Kami supply sortiran grade A yang udah dipilih per kategori:
jaket, kemeja flanel, celana kargo, sweater.
Dijual per 10 pcs, mulai 250rb.
Bisa mix kategori. Pengiriman dari Bogor.""", "post", "reseller_recruit", 1,1,1,1),
("""Tas Ransel Bekas Impor (Jansport, Eastpak, The North Face)
Kondisi 80-90%, resleting aman
Harga 55rb-110rb
Tinggal 12 pcs
Lihat semua di etalase kategori 'Tas Thrift'""", "listing", "multiline_listing", 1,1,1,1),
("""Info buat pedagang Bima & Dompu:
Barang rombengan kiriman baru dari Makassar sudah sampai di gudang.
Per karung 1,2jt, isi campur.
Yang sudah pesan minggu lalu silakan ambil besok pagi.""", "message", "regional_code_word", 1,1,1,1),
("""Blazer Wanita Korea Second
Warna camel, kancing dua
Ukuran 55 (setara M)
Kondisi 95%, seperti baru
Harga 60rb
Bekas impor pilihan, sudah dry clean
Kirim dari Semarang""", "listing", "multiline_listing", 1,1,1,1),
("""kalian tau gak sih di Tokopedia ada toko namanya Gudang Sekon?
aku baru beli jaket thrift korea 45rb di sana, dateng 2 hari, bersih wangi.
sellernya juga fast respon.
langsung aja cek tokonya, masih banyak stok""", "post", "creator_haul", 1,1,1,1),
("""Pakaian Bekas Impor Grade A Murah Jakarta
Tersedia ecer dan grosir
Kaos mulai 10rb, kemeja 20rb, jaket 40rb
Toko offline: Pasar Senen Blok III lantai 1
Online: Shopee, Tokopedia, TikTok Shop
Pengiriman setiap hari jam 3 sore""", "profile", "shop_bio", 1,1,1,1),
]
