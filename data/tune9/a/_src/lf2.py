# long-form batch 2: illegal, varied
DATA = [
("""JUAL BALPRES CELANA ANAK KOREA
Isi ±350 pcs, umur 1-10 tahun
Kondisi bagus, tidak banyak reject
Harga 3,2jt
Bisa kirim ke Sumatera, Kalimantan, Sulawesi
Pembayaran: transfer atau COD di gudang""", "listing", "bale_wholesale", 1,1,1,1),
("""Selamat pagi pelanggan setia 🙏
Info: stok koli baru masuk dari Batam kemarin sore.
Isinya jaket parasut, hoodie, windbreaker, dan beberapa coat musim dingin.
Toko buka jam 9, yang mau pilih duluan silakan datang pagi.
Harga eceran 30rb-120rb, grosir hubungi admin.""", "message", "port_route", 1,1,1,1),
("""Kemeja Burberry Thrift Original
Size S (Asia M)
Motif nova check klasik
Kondisi 90%, kancing lengkap
Harga 150rb
Dapat dari bongkar bal Eropa, jarang ada. Hidden gem banget ini
Pengiriman dari Surabaya""", "listing", "multiline_listing", 1,1,1,1),
("""Siapa yang mau buka lapak monza? 👋
Kami jual per karung langsung, isi 300-400 helai.
Karung kemeja 1,8jt, karung campur 1,5jt.
Pengiriman ke Aceh, Riau, Sumbar bisa.
Barang masuk tiap minggu, tidak pernah kosong.""", "post", "reseller_recruit", 1,1,1,1),
("""Lelong Pontianak 🧥
Stok baru: jaket kulit, sweater, kemeja kotak
Lokasi lapak depan Pasar Flamboyan
Mulai 15rb, jaket kulit 75rb
Kalau mau dikirim ke Singkawang atau Ketapang bisa, ongkir sendiri""", "post", "regional_code_word", 1,1,1,1),
("""THRIFT SALE 3 HARI ‼️
📍 Jl. Dipatiukur, Bandung
🗓 Jumat-Minggu, 10.00-21.00
Semua pakaian second import, harga mulai 10rb
Ada keranjang obral 3 potong 25rb
Bayar cash/QRIS. Tag temanmu yang suka berburu!""", "post", "plain_offer", 1,1,1,1),
("""Sweater Rajut Vintage Korea (second)
- Lingkar dada 104
- Panjang 66
- Warna cream, motif kabel
- Kondisi: ada 1 benang tertarik kecil
Harga 45rb
Thrift = ready 1 saja ya kak
#sweaterkorea #thriftbandung""", "listing", "multiline_listing", 1,1,1,1),
("""Halo kak, untuk pesanan bal Jepang kemarin sudah kami kirim lewat kargo ya.
Resi: JKTxxxx
Isi 1 bal jaket grade A (±120 pcs), berat 95kg.
Estimasi 5 hari sampai Makassar.
Terima kasih sudah order, ditunggu repeat ordernya 🙏""", "message", "seller_message", 1,1,1,1),
("""Jualan cakar ini udah turun temurun dari bapak.
Sekarang aku bawa ke online, biar teman-teman di luar Sulawesi juga bisa belanja.
Tiap karung dibuka pas live, jadi kalian lihat sendiri isinya.
Follow dan nyalakan notif ya, live tiap Selasa dan Jumat jam 8 malam.""", "profile", "shop_bio", 1,1,1,1),
("""Sepatu Dr. Martens 1460 Second Import UK
Size UK 8 / EU 42
Kulit masih tebal, sol AirWair masih bagus
Kondisi 80%
Harga 450rb
Ori bekas impor, bisa cek kode di lidah sepatu
Bisa COD Jaksel""", "listing", "multiline_listing", 1,1,1,1),
("""ada yg nanya aku dapet jaket2 murah di mana. jawabannya: Pasar Tungging Bandar Lampung! 
kios paling ujung namanya Toko Ani, tiap kamis buka bal baru.
jaket north face 60rb, kemeja 15rb.
pokoknya ke sana pagi2 ya""", "post", "creator_haul", 1,1,1,1),
("""Jual cepat sisa stok toko (mau pindah usaha):
- 2 bal kemeja Korea belum dibuka
- 1 bal jaket campur sudah dibuka setengah
- 40 celana jeans second impor
Semua dilepas 9jt borongan.
Lokasi Bekasi Timur, bisa cek barang dulu.""", "listing", "bale_wholesale", 1,1,1,1),
("""Kaos Band Vintage Thrift
Nirvana, Metallica, Guns N Roses
Single stitch, tag asli made in USA
Harga 150-350rb tergantung kondisi
Barang bekas impor, cek foto detail tiap item
Slide untuk melihat semua koleksi ➡️""", "post", "multiline_listing", 1,1,1,1),
("""Open PO bal Korea kloter Desember 📦
DP 50% paling lambat tanggal 10
Pilihan: campur wanita / campur pria / anak / jaket
Estimasi barang tiba di gudang Jakarta tanggal 20-25
Pelunasan saat barang siap kirim.
Yang sudah langganan pasti tahu kualitas kami.""", "post", "bale_preorder", 1,1,1,1),
("""Celana Cargo Army Bekas Impor
Asal: surplus militer Eropa (Jerman/Belanda)
Size campur 30-36
Bahan tebal, cocok buat outdoor
Harga 85rb/pcs, 3 pcs 230rb
Pengiriman dari Malang""", "listing", "multiline_listing", 1,1,1,1),
("""Kalian yang di Bali wajib mampir ke Kuta Thrift Market tiap Sabtu malam!
Lapak favoritku namanya Second Island, jual kemeja hawaii ex Jepang 50rb-an.
Ada musik, ada jajanan, dan harga masih bisa ditawar.
#balithrift #thriftbali""", "post", "creator_haul", 1,1,1,1),
("""Bal Sepatu Anak Impor Korea
Isi 100 pasang, ukuran 20-34
Grade A, sudah banyak yang branded (Nike, Adidas, New Balance)
Harga 3,1jt
Ambil 2 bal potongan 200rb
Pemesanan via WA saja""", "listing", "bale_price_list", 1,1,1,1),
("""Thrift jaket korea terbaru udah diupload di etalase! 🧥
Total 42 jaket, ukuran M-XXL
Harga 45rb-95rb
Promo: beli 2 gratis ongkir (maks 10rb)
Yang kemarin nanya puffer panjang, ada 3 pcs ya""", "post", "plain_offer", 1,1,1,1),
("""PAKAIAN BEKAS IMPOR LAYAK PAKAI
Terima pesanan grosir per bal dan per karung
Tersedia: campuran Korea, Jepang, China, Thailand
Gudang di Tangerang, bisa kirim seluruh Indonesia
Melayani sejak 2015, ratusan pelanggan tetap
Hubungi 0819xxxx""", "profile", "shop_bio", 1,1,1,1),
("""Dress Vintage Jepang Sekon
Motif bunga kecil, kerah bulat
LD 96, panjang 115
Kondisi 90 persen
25rb aja, ambil 2 dapet 45rb
barang inport ori, bukan baru""", "listing", "misspelled_plain", 1,1,1,1),
("""Aku mau share tempat thrifting paling worth di Surabaya: Pasar Gembong!
Lapak Cak Rofiq nomor 18, dia tiap Rabu bongkar bal baru dari Jepang.
Aku dapet kemeja linen 20rb, celana dickies 35rb.
Cuma saran, bawa masker karena agak berdebu hehe""", "post", "creator_haul", 1,1,1,1),
("""Jual bale grade credential (cream) pakaian bekas ex-UK
Isi 45kg, kualitas premium, brand Eropa
Harga 5,5jt
Tersedia juga grade A dan B
Import langsung, bukan ambil dari tangan ketiga""", "listing", "bale_wholesale", 1,1,1,1),
]
