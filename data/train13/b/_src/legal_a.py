# Hand-written legal records, batch A: ordinary commerce of NEW clothing. Tuple: (kind, category, offer, used, clothing, abroad, text)
ITEMS = [
("live", "hn_new_live_sale", 1, 0, 1, 0, """Halo halo yang baru gabung, selamat datang di live Konveksi Berkah Jaya 👋
Malam ini kaos oversize cotton combed 24s, jahitan kita sendiri di Bandung
Warna: hitam, sage, cream, navy. Size M sampai XXL
Ketik nomor warna + size, contoh: 2XL. Yang komen duluan dapat ya
Harga live 45rb aja, besok balik 65rb"""),
("message", "hn_restock_broadcast", 1, 0, 1, 0, """Assalamualaikum kakak-kakak reseller 🙏
Alhamdulillah gamis Aisyah Series sudah RESTOCK, baru nyampe dari Tanah Abang tadi siang
Warna mocca, dusty pink, olive, hitam. Allsize fit to XL (LD 110)
Harga reseller 115rb, min ambil 3 pcs boleh campur warna
Yang kemarin sudah keep, mohon segera transfer sebelum jam 5 sore ya"""),
("comment", "hn_comment_reply_new", 1, 0, 1, 0, """@rina_wulandari ready kak 😊 pashmina ceruty baby doll warna milo tinggal 2, warna lilac masih banyak.
Barang baru semua ya kak, langsung dari produksi kami di Tasik.
Harga 28rb, beli 3 jadi 75rb. Checkout di keranjang kuning aja biar dapat gratis ongkir"""),
("listing", "hn_wholesale_price_list", 1, 0, 1, 0, """DAFTAR HARGA GROSIR KAOS POLOS COTTON COMBED 30S (per kodi = 20 pcs)
Size S-XL: Rp 560.000/kodi
Size XXL: Rp 620.000/kodi
Lengan panjang: + Rp 80.000/kodi
Bisa campur warna dalam 1 kodi, stok 24 warna
Produksi sendiri, pabrik di Sukoharjo. Pengambilan di gudang atau kirim via ekspedisi"""),
("post", "hn_reseller_recruit", 1, 0, 1, 0, """OPEN RESELLER HIJAB SALWA 🌸
Tanpa modal stok, cukup share foto dari katalog kami
Keuntungan:
✔ harga reseller jauh di bawah harga pasar
✔ barang baru, produksi sendiri dari penjahit di Garut
✔ bisa dropship pakai nama toko kamu
✔ free konsultasi jualan online
Syarat cuma 1: aktif posting minimal 3x seminggu. Daftar lewat link di bio ya!"""),
("message", "hn_dropship_recruit", 1, 0, 1, 0, """Halo bun, kami dari Toko Bocah Ceria lagi buka dropshipper baju anak.
Semua barang baru, rata-rata konveksi Bandung dan Solo, size 1-10 tahun.
Bunda cukup jualan, kami yang packing dan kirim atas nama bunda.
Untung per piece 10-25rb tergantung model.
Kalau berminat, balas pesan ini nanti saya masukkan ke grup katalog."""),
("post", "hn_po_new_goods", 1, 0, 1, 0, """PO SERAGAM SEKOLAH TAHUN AJARAN BARU 📚
SD putih merah, SMP putih biru, SMA putih abu, lengkap dengan rok panjang/celana panjang
Bahan drill nagata, jahitan rapi, bisa request panjang lengan
PO ditutup 20 Juni, barang jadi 2 minggu setelah tutup PO
DP 50%, pengambilan di rumah jahit Bu Tuti, Jl. Melati 14 Kudus"""),
("post", "hn_jastip_new_import", 1, 0, 1, 1, """JASTIP BANGKOK 12-16 AGUSTUS ✈️
Aku berangkat minggu depan, bisa titip dari Platinum Fashion Mall dan Pratunam!
Khusus barang BARU ya guys, ada tag, masih di plastik: dress, kaos, celana kulot, tas anyaman
Fee jastip 20rb/item, kurs pakai kurs hari belanja
List titipan kirim ke DM sebelum tanggal 11, barang sampai Jakarta sekitar tanggal 20"""),
("listing", "hn_new_import_tagged", 1, 0, 1, 1, """Gamis Import China Premium Bahan Silk Armani Segel Baru
- barang datang dari Guangzhou via cargo laut, masih segel plastik per pcs
- tersedia 6 warna, allsize LD 120
- bukan barang lokal, jahitan rapi khas pabrik besar
Harga 189.000, grosir min 6 pcs 165.000
Stok terbatas per kedatangan kontainer"""),
("profile", "hn_shop_bio", 1, 0, 1, 0, """Batik Tulis & Cap Pekalongan 🌺 | Rumah Batik Laras
Produksi sendiri sejak 1998, dari kain sampai kemeja jadi
Kemeja pria, blus wanita, sarimbit keluarga
Melayani ecer & grosir, kirim ke seluruh Indonesia
Toko offline: Jl. Jlamprang, Pekalongan (buka 08.00-16.00)"""),
("listing", "hn_marketplace_title", 1, 0, 1, 0, """Sandal Jepit Karet Pria Wanita Murah Grosir Lusinan Anti Slip Awet Terlaris
Isi 1 lusin = 12 pasang, size campur 38-43
Warna random sesuai stok
Barang baru dari pabrik Sidoarjo, bukan KW reject
Cocok buat warung, masjid, hotel, kos-kosan"""),
("post", "hn_interisland_shipping", 1, 0, 1, 0, """Alhamdulillah stok baru datang lagi 🙏🏻
Kiriman dari Bandung sudah turun dari kapal di pelabuhan Trisakti tadi pagi, langsung kami bongkar di toko.
Isinya rok plisket, tunik, celana kulot, semua masih ber-plastik.
Warga Banjarmasin silakan mampir ke Toko Nur Fashion, Jl. Pasar Baru. Yang mau diantar bisa via ojek online"""),
("listing", "hn_new_packed_sack", 1, 0, 1, 0, """Kaos Kaki Sekolah Putih Polos - Grosir Per Karung
1 karung isi 10 lusin (120 pasang), size anak SD-SMP
Bahan katun, rajutan rapat, tidak gampang molor
Produksi rumahan di Bandung Selatan, barang baru fresh
Harga 1 karung 780rb, ongkir dihitung per kg"""),
("post", "hn_factory_reject", 1, 0, 1, 0, """Sisa ekspor pabrik garmen Semarang masuk lagi nih 😍
Kemeja flanel cowok, label udah dipotong, ada yg cacat jahit tipis banget hampir ga kelihatan
Semua BARU, belum pernah dipakai, cuma ga lolos QC buat kirim ke luar
Harga 60-85rb tergantung model, stok campur size
Lokasi Ungaran, bisa kirim"""),
("listing", "hn_factory_reject", 1, 0, 1, 0, """Celana Jeans Reject Pabrik Bandung Murah - Baru Bukan Bekas
Reject minor: salah jahit label, warna agak belang, kancing tidak sesuai
Ukuran 27-38, model slim & regular
Harga 55rb/pcs, 10 pcs 500rb
Foto asli ambil di gudang kami di Cigondewah"""),
("post", "hn_clearance", 1, 0, 1, 0, """CUCI GUDANG MUKENA JELANG AKHIR TAHUN 🤍
Mukena katun rayon, mukena traveling, mukena anak
Semua stok lama tapi baru, masih dalam pouch, cuma modelnya tahun lalu
Diskon sampai 50%! Mulai 65rb saja
Berlaku sampai stok habis, grosir dapat harga lebih miring"""),
("post", "hn_new_thrift_style", 1, 0, 1, 0, """Suka gaya thrift tapi gak mau pakai baju bekas orang? 👀
Kemeja vintage look dari @kemejaoma dibuat BARU oleh penjahit kami di Jogja, motif retro 70-an, bahan rayon adem
Bukan thrift, bukan impor, 100% lokal
Harga 99rb, ready S-XL. Link di bio
#vintagestyle #localbrand #kemejaretro"""),
("listing", "hn_new_import_tagged", 1, 0, 1, 1, """Cardigan Rajut Korea Import BNWT Original
Langsung dari Dongdaemun, Seoul. Tag masih nempel, plastik belum dibuka
Warna: butter, ash grey, baby blue
Size free fit to L
Harga 145rb, ready stok di Jakarta, kirim hari ini kalau bayar sebelum jam 3"""),
("listing", "hn_household_textile_new", 1, 0, 1, 0, """Sprei Katun Jepang Motif Bunga 160x200 + 2 Sarung Bantal + 2 Guling
Bahan katun jepang adem, tidak luntur
Jahitan konveksi sendiri di Majalaya, karet keliling
Tersedia 15 motif, restock tiap Senin
Grosir min 1 kodi dapat harga khusus, chat admin ya"""),
("post", "hn_local_shoes", 1, 0, 1, 0, """Sepatu kulit lokal Cibaduyut, handmade, bukan pabrikan 👞
Model pantofel dan loafer, kulit sapi asli, sol karet jahit
Bisa custom ukuran kaki, pengerjaan 10 hari
Harga 350-450rb. Garansi jahitan 6 bulan
Workshop kami terbuka kalau mau lihat langsung proses bikinnya"""),
("message", "hn_uniform_order", 1, 0, 1, 0, """Selamat siang Pak Hendra, menindaklanjuti obrolan kemarin.
Untuk seragam kerja 120 pcs (kemeja lengan panjang + bordir logo di dada kiri) harga kami 135rb/pcs sudah termasuk bordir.
Bahan American drill, warna navy sesuai sampel.
Estimasi selesai 3 minggu setelah DP 50%.
Terlampir penawaran resmi dari CV Rapi Konveksi. Terima kasih."""),
("post", "hn_sportswear", 1, 0, 1, 0, """JERSEY PRINTING FULL CUSTOM ⚽🏐🏸
Buat tim futsal, voli, badminton, komunitas lari
Bahan drifit milano / benzema, sublim full, nama & nomor gratis
Min order 12 pcs, harga mulai 95rb per stel
Desain dibantu admin, produksi 7-10 hari kerja di workshop kami Bekasi"""),
("live", "hn_new_live_sale", 1, 0, 1, 0, """Ibu-ibu, daster Pekalongan yang kemarin habis udah ada lagi nih, ini aku angkat satu-satu ya
Bahan rayon super, jahitan rapi, busui friendly ada resleting depan
Ini nomor 1 motif bunga kuning, nomor 2 batik biru, nomor 3 ungu
Ketik nomornya aja bu, yang komen duluan saya kunci
Harga live 3 pcs 100rb, bisa campur"""),
("post", "hn_wholesale_price_list", 1, 0, 1, 0, """Mukena Bordir Tasik Grosir Langsung dari Pengrajin 🕌
Harga grosir per kodi:
• Mukena bordir kancing: 1,6 jt
• Mukena bordir kerancang: 2,3 jt
• Mukena anak: 900rb
Barang baru, dikerjakan pengrajin di Kawalu. Siap kirim ke Jawa & luar pulau via kapal"""),
("listing", "hn_fabric_grade", 1, 0, 1, 0, """Kaos Polos Premium Grade A Cotton Combed 30s Tebal Tidak Menerawang
Grade A di sini maksudnya kualitas bahan ya kak, benang kelas satu dari pabrik Bandung
Sablon DTF juga bisa, min 1 pcs
Harga kaos polos 38rb, sablon mulai 15rb
Barang baru, produksi mingguan"""),
("message", "hn_new_packed_bale", 1, 0, 1, 0, """Pak Yusuf, stok kaos polos putih untuk sablonan sudah siap.
Pengiriman per bal ya pak, 1 bal isi 100 pcs, dipres biar ringkas di truk.
Ini barang baru langsung dari pabrik kami di Solo, belum ada yang dibuka.
Pesanan bapak 8 bal, total tagihan sudah saya kirim lewat email."""),
("post", "hn_market_origin_new", 1, 0, 1, 0, """Kulakan hari ini di Pasar Baru Bandung 💕
Dapat kerudung segi empat voal, bergo instan, sama inner ninja
Semua baru, masih wangi toko, sudah aku foto satu2 di highlight
Harga mulai 15rb, yang mau ikut pesan besok kami kulakan lagi
Open order sampai jam 9 malam ya"""),
("listing", "hn_new_import_tagged", 1, 0, 1, 1, """Tas Selempang Wanita Import Guangzhou Baru Model Terbaru 2024
Bahan kulit sintetis, ada dust bag, tali bisa dilepas
Barang import baru, bukan preloved
Warna hitam, cream, coklat, hijau army
Stok di gudang Jakarta Barat, same day untuk Jabodetabek"""),
("profile", "hn_shop_bio", 1, 0, 1, 0, """👶 Rumah Baju Anak Kenzie
Baju anak baru 0-8 tahun, produksi konveksi Bandung & Solo
Piyama, setelan harian, baju muslim anak
Ecer & grosir | COD Depok
Order klik link WA di bawah ya Bun"""),
("post", "hn_jakarta_slang_new", 1, 0, 1, 0, """Bro, celana cargo yang kemaren viral gue restock nih 🔥
Bahan ripstop, kantong 6, pinggang karet setengah, enak dipake nongkrong ato kerja
Baru semua, gue ambil langsung dari konveksi temen di Cipulir
130rb aja, COD Jaksel-Jaktim gue anter sendiri
Size 28-36, jangan sampe kehabisan lagi kayak kemaren"""),
("listing", "hn_lusin_ikat", 1, 0, 1, 0, """Celana Dalam Pria Katun Per Lusin Isi 12 Murah Grosir
1 ikat = 1 lusin, warna campur
Ukuran M, L, XL, XXL
Barang baru segel plastik per ikat, produksi lokal
Harga 1 lusin 75rb, 10 lusin 700rb. Bisa COD Tangerang"""),
("post", "hn_english_mix_new", 1, 0, 1, 0, """New drop alert! 🖤
Our Everyday Linen Shirt is finally back in 4 new colours: sand, sky, charcoal, olive
Made in small batches by our tailors in Bali, super breathable buat cuaca panas
Pre-order opens Friday 7PM, limited 150 pcs only
Shipping all over Indonesia, link in bio 🌿"""),
("post", "hn_regional_textile", 1, 0, 1, 0, """Horas! Stok ulos baru datang dari penenun di Tarutung 🙏
Ulos ragi hotang, sadum, sama ulos untuk pesta adat, semua tenunan baru
Ada juga selendang ulos untuk oleh-oleh
Harga mulai 150 ribu, yang mau pesan untuk pesta bulan depan cepat kabari
Toko kami di Jl. Sisingamangaraja, Medan"""),
("post", "hn_regional_textile", 1, 0, 1, 0, """Sarung sutera Bugis motif balo renni baru jadi ki' dari penenun di Sengkang 🥰
Dipintal sendiri, warna alam, halus sekali
Harga 350 ribu, kalau pesan lima dikasih diskon ji
Bisa dikirim ke luar Sulawesi, kita bungkus rapi pakai kotak
Hubungi Daeng Ani, DM saja"""),
("post", "hn_regional_textile", 1, 0, 1, 0, """Kain sasirangan hanyar jadi, pian! Motif gigi haruan lawan kulat karikit 😍
Kami jual kain jadi baju kemeja sasirangan jua, jahitan penjahit kampung Sungai Jingah
Kemeja lakian 175 ribu, blus bibinian 150 ribu
Kawa dikirim ke mana haja, ongkir ditanggung pembeli"""),
("post", "hn_regional_textile", 1, 0, 1, 0, """Monggo pinarak, kain lurik tenun ATBM saking Klaten sampun ready maneh 🙏
Wonten lurik motif lasem, kluwung, lan telupat
Sing pengin didamel kemeja saged pesen, dijahitke penjahit ing desa
Rego kain 95rb per 2 meter, kemeja jadi 185rb
Kersa tindak langsung ten griya produksi, Pedan Klaten"""),
("post", "hn_restock_broadcast", 1, 0, 1, 0, """RESTOCK BAJU KOKO LEBARAN 🌙
Koko kurta, koko bordir, setelan ayah-anak
Baru datang tadi malam, langsung dari grosiran Blok A Tanah Abang
Harga ecer mulai 89rb, reseller hubungi admin
Pesan sebelum H-10 biar aman sampai sebelum hari raya"""),
("message", "hn_interisland_shipping", 1, 0, 1, 0, """Mama Yulia, paket celana anak 5 kodi sudah berangkat ya.
Dari Tanah Abang kami kirim ke Tanjung Priok, lalu naik kapal cargo ke Jayapura, estimasi 12-15 hari.
Barang baru semua, dibungkus 2 karung plastik biar aman dari air.
Nomor resi cargo nanti saya kirim begitu kapal sudah berangkat."""),
("post", "hn_handmade_bag", 1, 0, 1, 0, """Tas rajut tali kur buatan tangan ibu-ibu PKK Desa Sukamaju 🧶
Satu tas dikerjakan 2-3 hari, tiap model cuma ada beberapa
Ukuran sedang cocok buat kondangan atau jalan santai
Harga 85-120rb, hasil penjualan buat kas kelompok
Pesan via Bu Lurah, WA 0812xxxx"""),
("listing", "hn_new_import_tagged", 1, 0, 1, 1, """Kaos Gajah Thailand Import Bangkok Baru Souvenir Oleh Oleh
Barang baru dari Chatuchak, sablon gajah khas Thailand
Bahan katun tipis adem, size M-XL
Harga 35rb, 10 pcs 300rb
Dikirim dari Medan, barang masuk resmi lewat importir"""),
("live", "hn_new_live_sale", 1, 0, 1, 0, """Oke kakak semua, sekarang kita masuk sepatu ya 👟
SPT1 sneakers putih canvas, SPT2 slip on hitam, SPT3 sepatu sekolah
Ketik kodenya plus size, misal SPT1-39
Barang baru semua, produksi lokal Bogor, boxnya ada
Stok di live ini terbatas, kalau udah ditandai sold berarti habis ya"""),
("post", "hn_typo_new", 1, 0, 1, 0, """jual seragam SD merah putih bru bgt, jaitan rapi
ukuran no 8 smp 16, celana pndek/panjang ad
harga mulai 55rbu, bs COD sktr Sidoarjo kota
yg mau pesen bordir nama skolah jg bs, tmbh 10rb
chat aj lgsg y kak"""),
("message", "hn_order_update", 1, 0, 1, 0, """Halo Kak Dita, pesanan kakak atas nama Dita Ananda sudah kami proses ya 😊
2 pcs blus katun (putih, M) + 1 rok span hitam (L)
Sudah packing pagi ini, resi J&T akan muncul di aplikasi sore nanti.
Semua barang baru dan sudah kami cek satu-satu. Terima kasih sudah belanja di Toko Alifa!"""),
("review", "hn_review_no_seller", 0, 0, 1, 0, """Bintang 5. Jaket bomber ini jauh lebih tebal dari dugaan saya, padahal harganya di bawah 200 ribu.
Jahitan rapi, resleting lancar, lapisan dalamnya halus.
Cuma kebesaran sedikit di lengan, mungkin saya harus ambil satu ukuran di bawah.
Setelah dicuci dua kali warnanya belum pudar. Puas."""),
("listing", "hn_marketplace_title", 1, 0, 1, 0, """Hijab Bergo Jersey Instan Premium Murah Adem Anti Letoy Grosir Ecer Ready Banyak Warna
Bahan jersey korea (nama bahan ya kak, diproduksi di Bandung)
Pet antem, tidak perlu disetrika
Harga 22rb, grosir 1 lusin 240rb
Barang baru, dikirim maksimal H+1"""),
]
