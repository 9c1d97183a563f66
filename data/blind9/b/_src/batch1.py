# Illegal, plain: famous words used openly. Each text hand-written.
RECORDS = [
("listing","plain_offer",1,1,1,1,"""BONGKAR BAL JAKET KOREA HARI INI!!
Isi campur: windbreaker, puffer, coach jacket, sebagian ada merk North Face & Uniqlo.
Kondisi second import, udah disortir, yang bolong kami pisahin.
Harga mulai 45rb - 120rb tergantung model.
Ongkir dari Bekasi, bisa COD area Jabodetabek.
Chat admin 0812xxxx sebelum kehabisan ya kak 🙏"""),
("post","plain_offer",1,1,1,1,"""Pagi gengs ☀️ capek banget semalem begadang foto-foto stok baru
Yang nanya kapan restock kemeja flanel: HARI INI jam 7 malem di IG story
Semua barang thrift import, udah dicuci & disetrika, harga 35k-75k
Kebanyakan ukuran L-XL, ada beberapa M
#thriftshop #thriftindonesia #flanelthrift #secondimport"""),
("listing","plain_offer",1,1,1,1,"""Jual Celana Jeans Levis 501 Second Import Jepang Original
Ukuran pinggang 32, panjang 102 cm, kondisi 8.5/10 ada sedikit pudar di lutut.
Barang ex Jepang asli, bukan KW. Harga 185.000 nett.
Pengiriman dari Surabaya via JNE/J&T, packing aman pakai plastik tebal.
Minat langsung checkout, stok cuma 1."""),
("message","plain_broadcast",1,1,1,1,"""*INFO RESTOCK BALPRES* 📦
Assalamualaikum bapak ibu reseller,
minggu ini ready bal campur wanita ex Korea, isi ±100 pcs, harga 3,8jt/bal.
Ada juga bal anak ex Jepang 2,9jt.
Bal belum dibuka, terima apa adanya, no retur.
Pemesanan minimal 1 bal, DP 50% sisanya pas barang sampai.
Info lengkap wa 0813xxxx (Bu Ratna)"""),
("live","plain_live",1,1,1,1,"""LIVE JAM 8 MALAM NANTI YA BESTIE 🔴🔴
Kita buka 2 karung baju bekas impor langsung di depan kamera, kalian tinggal ketik "mau + nomor"
Semua harga 25rb rata!! Dress, blouse, kemeja, rok
Yang menang checkout max 1x24 jam ya, kalau lewat kita lempar ke yang lain
Jangan lupa share live-nya biar makin rame 💕"""),
("profile","plain_shop_bio",1,1,1,1,"""🌿 Gudang Sandang Rara 🌿
Supplier baju bekas impor grade A sejak 2019
Ecer & grosir | bal Korea, Jepang, Thailand
📍 Pasar Senen Blok III lt.1
Open order tiap hari 09.00-17.00 WIB
WA 0857xxxx (fast respon)"""),
("post","plain_haul",1,1,1,1,"""Haul thrifting minggu ini 🛍️ total cuma habis 180rb dapet 6 potong!!
1. cardigan rajut cream (30rb)
2. kemeja linen Muji (35rb) — ini sih hidden gems banget
3. rok plisket
Aku belinya di lapak @bajubekasimpor.nanda, dia buka bal tiap Jumat, barangnya bersih-bersih banget. Recommended pokoknya 💯
#thrifthaul #thriftingjakarta"""),
("comment","plain_reply",1,1,1,1,"""@dewi.ayu masih kak, yang kemeja corduroy coklat ukuran L.
Itu second import Jepang, kondisi mulus no minus, harga 60rb belum ongkir.
Kalau mau keep bisa transfer dulu, nanti aku kirim Senin bareng orderan lain ya 😊"""),
("listing","plain_offer",1,1,1,1,"""Grosir Baju Bekas Import Bal Campur Pria - Grade A
Bal 100 kg, isi kaos, polo, kemeja, celana pendek.
Asal: Korea. Harga 7,5jt/bal, harga khusus pembelian 3 bal ke atas.
Pengiriman kargo seluruh Indonesia, gudang kami di Medan.
Bukan dropship. Foto di atas contoh bal yang sudah dibongkar."""),
("post","plain_caption",1,1,1,1,"""Siapa bilang tampil keren harus mahal? ✨
Ini outfit aku hari ini full dari toko kita sendiri: blazer oversize 55rb, celana kulot 40rb, tas kulit 70rb.
Semuanya preloved import yang kita kurasi satu-satu, jadi kualitasnya masih oke banget.
Cek katalog lengkap di link bio, update tiap Selasa & Jumat 🤍
#preloved #thriftstore #ootdthrift #bajuimport"""),
("listing","plain_offer",1,1,1,1,"""[READY] Sepatu Nike Air Force 1 Second Import
Size 42, insole 27 cm. Kondisi 85%, sol masih tebal, ada crease wajar.
Sepatu bekas ex Singapore, dicuci deep clean sebelum dikirim.
Harga 275rb. Nego tipis aja ya.
Kirim dari Bandung."""),
("message","plain_broadcast",1,1,1,1,"""Halo kak, maaf ganggu sebentar 🙏
Toko kami baru buka bal hoodie & sweater dari Jepang, total 80an potong.
Harga ecer 40-90rb, ambil 10 pcs dapet harga reseller.
Kalau berminat tinggal balas "LIST" nanti kami kirim foto & ukuran.
Terima kasih sudah jadi pelanggan setia Bekas Bagus Store."""),
("post","plain_caption",1,1,1,1,"""Restock kemeja batik? bukan.
Restock KEMEJA HAWAII import second yang kalian tunggu-tunggu 🌺🌴
Ada 24 pcs, motif random, ukuran M-XXL, harga 45rb.
Ambil 3 cuma 120rb. First come first serve ya, DM aja.
#kemejahawaii #thriftmurah #secondbranded"""),
("live","plain_live",1,1,1,1,"""Oke guys udah live ya, yang baru masuk langsung tap love dulu 💖
Malam ini kita bongkar bal jaket kulit dari Korea, barangnya tebel-tebel.
Harga start 80rb, jaket kulit asli loh ini bukan sintetis.
Kak Lina nanya ukuran — nanti aku ukurin satu-satu pakai meteran ya.
Checkout lewat keranjang kuning nomor 5."""),
("listing","plain_offer",1,1,1,1,"""Tas Coach Preloved Import — Original
Model tote, kulit pebbled warna hitam, ukuran 30x25x12.
Kondisi 90%, ada goresan halus di sudut bawah, dalamnya bersih.
Ini barang bekas dari Jepang, kami ambil dari supplier lelang di Osaka.
Harga 650.000 sudah termasuk dustbag. Free ongkir Jawa."""),
("profile","plain_shop_bio",1,1,1,1,"""Thrift Corner Jogja 🧥
baju bekas impor pilihan, dicuci sebelum dijual
kemeja • jaket • denim • sweater
harga mulai 20rb
offline: Jl. Kaliurang km 7 (sebelah warmindo)
online: shopee & tiktokshop, nama toko sama"""),
("comment","plain_reply",1,1,1,1,"""Bisa kak, kita terima reseller. Ambil minimal 1 karung (sekitar 150 potong) baju bekas Korea campur.
Harga karungan 2,5jt, ongkir ditanggung pembeli.
Detailnya aku DM ya biar nggak rame di kolom komentar 🙏"""),
("post","plain_caption",1,1,1,1,"""POV: kamu dapet jaket Carhartt asli cuma 95 ribu 😭🔥
Bukan giveaway, ini emang harga di lapak kita.
Semua barang bekas import, kami bongkar sendiri dari bal jadi harganya bisa miring.
Stok jaket workwear tinggal 7, buruan sebelum diborong reseller.
#carhartt #thriftjakarta #bongkarbal"""),
("listing","plain_offer",1,1,1,1,"""PAKET USAHA THRIFT PEMULA
Cocok buat kamu yang mau mulai jualan baju second import dari rumah!
Isi paket: 50 pcs kaos & kemeja campur grade A, dipilih dari bal Korea.
Harga 850rb (rata-rata 17rb/pcs). Bisa dijual lagi 35-50rb.
Bonus: tips foto produk & caption. Kirim ke seluruh Indonesia."""),
("message","plain_broadcast",1,1,1,1,"""Selamat sore grup Reseller Thrift Nusantara 👋
Stok bal terbaru sudah sampai gudang:
- Bal celana jeans ex Jepang: 4,2jt
- Bal dress wanita ex Korea: 3,5jt
- Bal selimut & bedcover: 2,1jt
Pembelian lewat admin, jangan japri owner ya. Ready sampai Kamis."""),
("review","plain_review_with_shop",1,1,1,1,"""Bintang 5 ⭐⭐⭐⭐⭐
Udah 3x belanja di toko ini dan selalu puas. Kemejanya second import tapi wangi & rapi, nggak ada noda.
Penjual ramah, mau fotoin detail kalau diminta.
Buat yang cari baju thrift berkualitas, langsung aja ke Lapak Kedai Bekas, recommended!"""),
("post","plain_caption",1,1,1,1,"""Weekend ini kita buka stand di Car Free Day Dago ya temen-temen 🚶‍♀️
Bawa 3 rak baju bekas impor, mostly sweater & cardigan buat musim hujan.
Harga mulai 25k, bisa tawar kalau beli banyak hehe.
Cari aja tenda ijo tulisan "Sandang Lawas". See you! 💚"""),
("listing","plain_offer",1,1,1,1,"""Jaket Parka Second Korea - Kondisi Mulus
Merk Kolon Sport, warna army, size 100 (setara L).
Lingkar dada 118cm, panjang 78cm.
Barang bekas impor asli dari Korea, resleting lancar, bulu hoodie lengkap.
Rp150.000 | Lokasi Pekanbaru | Bisa COD"""),
("comment","plain_reply",1,1,1,1,"""Halo kak! Yang di video itu bal campur wanita grade A dari Jepang.
Kita jual per bal 4jt atau ecer per potong 30rb di toko.
Alamat toko di Pasar Baru Bandung lantai 3, buka jam 10 pagi 😊"""),
("post","plain_haul",1,1,1,1,"""Aku tuh nggak pernah nyesel thrifting di Gedebage 😍
Kemarin dapet trench coat Burberry (iya beneran!) cuma 150rb di kios Teh Imas, lorong C.
Barang-barangnya bekas impor tapi banyak yang kondisinya kayak baru.
Kalau kalian ke sana bilang aja tahu dari aku, siapa tau dapet diskon wkwk
#gedebage #thriftbandung #hiddengems"""),
("listing","plain_offer",1,1,1,1,"""Sepatu Bekas Impor Per Karung — Campur Merk
Isi 30-35 pasang, merk random (Nike, Adidas, Vans, Converse, dll).
Kondisi grade B, sebagian perlu dicuci.
Harga 1,8jt per karung. Lokasi gudang Pekanbaru, pengambilan di tempat atau kirim kargo.
Bukan barang segel, harap maklum."""),
("message","plain_broadcast",1,1,1,1,"""Bestie-bestie semua 🤗
Besok Sabtu open PO bal baju anak import (ex Jepang), estimasi datang 2 minggu.
Harga share bal: 1 slot = 25 pcs = 450rb.
Slot terbatas 4 orang aja ya, siapa cepat dia dapat.
Transfer DP 200rb ke rekening yang biasa."""),
("post","plain_caption",1,1,1,1,"""Nggak kerasa udah 2 tahun jualan baju second import 🥹
Dari yang cuma gelar tikar di pinggir jalan sampai sekarang punya kios kecil.
Makasih buat semua pelanggan yang udah mampir.
Promo ulang tahun: semua kemeja 25rb, semua celana 35rb, berlaku sampai Minggu!
#anniversary #thriftshop #bajuimportmurah"""),
("listing","plain_offer",1,1,1,1,"""Hoodie Champion Reverse Weave Bekas USA
Size L, warna abu misty, logo bordir masih utuh.
Kondisi 8/10, ada pilling tipis di bagian ketiak, no bolong no noda.
Barang thrift import dari bal Amerika, harga Rp210rb.
Kirim dari Malang tiap hari kerja."""),
("live","plain_live",1,1,1,1,"""Malam ini spesial! Kita buka bal rajut Jepang yang udah ditunggu dari bulan lalu 🧶
Ada cardigan, sweater, vest, turtleneck.
Harga flat 35rb, bebas pilih. Tulis warna + nomor di kolom komentar.
Jangan lupa follow akun ini biar dapet notif pas kita live lagi Kamis ✨"""),
]
