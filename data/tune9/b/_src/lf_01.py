R = [
("post","tiktok_caption","""BONGKAR BAL JAKET KOREA MALAM INI 🔥🔥
Isinya 120 pcs, campur puffer, parka, windbreaker.
Harga mulai 35rb aja, yang branded 75rb.
Live jam 19.30 di akun ini, jangan telat ya bestie!
#bongkarbal #thriftkorea #jaketbekas #thriftindonesia""",1,1,1,1),
("listing","plain_offer","""Jual Baju Bekas Impor Jepang Grade A – Paket Usaha 50 Pcs
Isi: kemeja, kaos, blus, celana (campur pria wanita)
Kondisi: layak pakai 85-95%, sudah disortir
Harga: Rp650.000 / paket
Lokasi gudang: Bekasi Timur
Pengiriman via JNE/J&T cargo, bisa COD Jabodetabek.""",1,1,1,1),
("message","wa_broadcast","""Assalamualaikum kakak2 reseller 🙏
Hari Kamis ini kita bongkar 8 bal baru dari Batam:
- 3 bal kemeja pria grade A
- 2 bal dress wanita
- 3 bal celana jeans campur
Yang mau booking per bal bisa DP 1jt dulu ya. Sisa pelunasan pas barang siap kirim.
Info lanjut japri admin 0812xxxx""",1,1,1,1),
("post","fb_group","""Permisi admin, izin jualan 🙏
Saya jual cakar ex Korea di Sungguminasa, barang baru bongkar tadi pagi.
Kemeja 15rb, celana panjang 25rb, jaket 35rb.
Bisa datang langsung ke rumah, dekat masjid raya. Atau komen nanti saya DM.""",1,1,1,1),
("post","creator_haul","""hidden gems alert 💎
modal 200rb aku dapet:
1. jaket Carhartt detroit 95rb
2. kemeja flanel Pendleton 45rb
3. celana Dickies 874 35rb
4. topi New Era 25rb
semuanya dari @thrift.gudangsenen, mereka live tiap malam jam 8. bukan endorse ya, emang puas aja 😆
#thrifthaul #hiddengems #secondimport""",1,1,1,1),
("live","live_call","""Halo halo yang baru gabung, selamat datang di live Thrift Mbak Ayu!
Malam ini kita bongkar bal kardigan Korea, semua 30 ribu.
Caranya gampang: ketik nomor yang kakak mau, nanti aku sebutin nama yang duluan.
Nomor 1 sampai 40 ya, jangan lupa follow biar dapet notif live besok.""",1,1,1,1),
("post","x_post","""open jastip Pasar Gedebage sabtu ini 🙋‍♀️
- fee 10rb/item, 15rb kalau jaket tebal
- request brand/ukuran, aku cariin di lapak2 thrift langganan
- max 15 item per orang
reply atau dm ya, yg kemarin udah list aman""",1,1,1,1),
("listing","bale_wholesale","""READY STOK BALPRES EX JEPANG – GUDANG SURABAYA
• Bal kaos pria: 100 kg, Rp4.200.000
• Bal celana pendek: 100 kg, Rp3.800.000
• Bal campur anak: 90 kg, Rp3.500.000
Grade A dan B dipisah. Bisa lihat video sebelum transfer.
Pengiriman ke seluruh Jawa, Bali, NTB via ekspedisi.""",1,1,1,1),
("profile","shop_bio","""MONZA MEDAN OFFICIAL 🛒
📍 Pajak Melati, los 3 no 45
🕗 buka 08.00 – 17.00, Minggu libur
🧥 jaket, kemeja, celana, tas bekas impor
📦 kirim ke luar kota bisa, chat aja""",1,1,1,1),
("comment","seller_reply","""@nadiaaa_ iya kak masih ready 🙏
Ini jaket bekas Jepang ya, ukuran L (lebar 58, panjang 70).
Minusnya ada noda kecil di lengan kiri, udah aku foto di slide 4.
Harga 65rb belum ongkir, kalau mau langsung DM alamatnya.""",1,1,1,1),
("post","ig_caption","""☁️ WINTER DROP VOL. 7 ☁️
12 coat wol & puffer dari bal Korea, semua udah laundry + setrika uap.
Harga 85k - 175k, detail ukuran di masing-masing slide.
Cara order: DM 'nama barang + nomor slide'
Pembayaran maks 1x24 jam, lewat itu auto cancel ya 🙏
#thriftshop #secondimport #coatkorea""",1,1,1,1),
("message","reseller_recruit","""DICARI RESELLER & DROPSHIPPER THRIFT!
Kamu cuma perlu repost foto barang kami (baju bekas impor Korea & Jepang).
Keuntungan:
✅ harga modal mulai 12rb/pcs
✅ tanpa stok, kami yang kirim
✅ materi foto & caption disediakan
Daftar gratis, chat admin di 0813xxxx""",1,1,1,1),
("post","fb_group","""Jual awul-awul murah, Pasar Sekaten Jogja 🎡
Kaos 5rb, kemeja 10rb, jaket 20rb. Semua barang impor, masih bagus-bagus.
Lapak saya sebelah tukang kerak telor, tenda biru.
Buka sore sampai jam 11 malam selama Sekaten.""",1,1,1,1),
("post","tiktok_caption","""POV: kamu jualan thrift dari kamar kos 😂
bal datang jam 2 siang, jam 3 udah dibongkar, jam 7 live.
isi bal kali ini celana cargo & jeans dari Amerika, mulai 40rb.
yuk mampir live, yang ngasih tap tap dapet ongkir gratis!
#thriftshop #bongkarbal #jualanonline""",1,1,1,1),
("listing","plain_offer","""Jaket Kulit Bekas Impor Korea Asli Kulit Domba
Ukuran: M (lebar dada 54 cm)
Kondisi: 90%, lapisan dalam masih bagus, resleting YKK lancar
Harga: Rp175.000 nego tipis
Lokasi: Pekanbaru, bisa kirim""",1,1,1,1),
("message","wa_broadcast","""📢 UPDATE HARGA BAL MINGGU INI
Kaos campur grade A: 3,6jt
Kemeja wanita: 4jt
Jaket winter: 5,5jt
Sepatu isi 60 pasang: 4,8jt
Barang dari Tanjungbalai, tiba di Medan tiap Senin. Pemesanan paling lambat Sabtu.""",1,1,1,1),
("post","x_post","""yang nanya gue beli kemeja2 vintage di mana: Pasar Senen blok 4 lantai dasar, kios Bang Riko.
dia bongkar karungan baru tiap Rabu, dateng pagi biar dapet yang bagus.
bilang aja tau dari twitter, kadang dikasih diskon wkwk""",1,1,1,1),
("live","live_call","""Oke kak kita lanjut ke karung kedua ya!
Ini isinya tas wanita bekas Korea, ada sling bag, tote, ransel kecil.
Harga 40 sampai 90 ribu tergantung merk.
Yang mau, komen nomor tasnya. Nanti aku masukin keranjang kuning, tinggal checkout.""",1,1,1,1),
]
