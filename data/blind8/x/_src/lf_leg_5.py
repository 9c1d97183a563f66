ITEMS = [
("listing","new_clothing_listing",1,0,1,0,"""Daster Batik Cap Pekalongan Kancing Depan
Bahan katun rayon, adem untuk sehari-hari
All size fit to XL (LD 110)
Harga 40rb, ambil 6 pcs 210rb
Motif random, bisa request warna dominan"""),
("listing","tailoring",1,0,1,0,"""Terima Jahit Seragam Kantor & PDH
Minimal order 12 pcs
Bahan dari kami (American drill, nagata) atau dari pemesan
Bordir logo gratis untuk pemesanan di atas 50 pcs
Pengerjaan 10-14 hari
Lokasi konveksi di Sukoharjo"""),
("listing","new_clothing_listing",1,0,1,0,"""Jaket Parasut Pria Waterproof
Bahan taslan, dalaman dakron hangat
Ada hoodie yang bisa dilepas
Size M sampai XXL
Harga 125rb
Produk konveksi Bandung, baru dan bergaransi"""),
("profile","legal_shop_bio",1,0,1,0,"""Tenun Ikat Mama Yosefina 🌺
Sarung & selendang tenun tangan dari Sikka, Flores
Setiap kain ditenun 2-4 minggu
Kirim ke seluruh Indonesia
Pemesanan custom motif boleh"""),
("listing","new_clothing_listing",1,0,1,0,"""Sprei Rumbai Katun Jepang Motif Bunga
Ukuran 180x200 tinggi 30
Isi: 1 sprei, 2 sarung bantal, 2 sarung guling
Harga 185rb
Jahitan rapi, karet keliling
Produksi rumahan di Solo"""),
("live","live_legal",1,0,1,0,"""Yuk merapat di live sore ini 🧕
Flash sale kerudung instan jersey, cuma 25rb untuk 30 menit pertama
Warna baru: mocca, dusty pink, sage
Semua barang baru dari produksi kami
Jangan lupa follow biar dapat voucher ongkir"""),
("listing","school_uniform",1,0,1,0,"""Baju Olahraga Sekolah Custom
Bahan lotto / diadora, sablon atau bordir nama sekolah
Minimal 24 stel
Harga mulai 75rb per stel
Desain gratis, bisa kirim contoh dulu
Konveksi di Klaten"""),
("listing","new_clothing_listing",1,0,1,0,"""Sandal Kulit Pria Handmade Garut
Kulit sapi asli, sol karet anti licin
Ukuran 38-44
Harga 165rb
Dijahit tangan oleh pengrajin lokal
Bisa request ukuran khusus"""),
("message","wa_broadcast_legal",1,0,1,0,"""Bapak/Ibu pelanggan yth,
Pesanan seragam batik untuk acara 17 Agustus sudah bisa diambil di toko mulai hari Kamis.
Bagi yang belum melunasi, mohon transfer sisa pembayaran sebelum pengambilan.
Terima kasih atas kepercayaannya.
— Toko Batik Sekar Arum"""),
("listing","new_clothing_listing",1,0,1,0,"""Kemeja Linen Wanita Oversize
Bahan linen rami campur, jatuh dan adem
Warna putih, beige, olive, navy
All size LD 120
Harga 139rb
Baru, produksi brand lokal Jogja"""),
("comment","seller_reply_legal",1,0,1,0,"""Halo kak, terima kasih sudah tanya 😊
Semua produk kami baru ya, dijahit sendiri di workshop Bekasi.
Ukuran S sampai XL, tabel ukuran ada di slide terakhir.
Untuk grosir minimal 1 lusin campur warna dapat harga khusus.
Silakan order lewat link di bio."""),
("listing","new_clothing_listing",1,0,1,0,"""Handuk Hotel Putih Tebal 600 gsm
Ukuran 70x140 cm, bahan 100% katun
Cocok untuk hotel, salon, spa
Harga 55rb, grosir 12 pcs 600rb
Barang baru, pabrik di Karanganyar"""),
("listing","batik_listing",1,0,1,0,"""Setelan Kebaya Kutubaru + Rok Batik
Kebaya bahan katun, rok lilit batik cap Solo
Ukuran S, M, L
Harga 265rb
Cocok buat wisuda, kondangan, Hari Kartini
Jahitan butik sendiri"""),
("listing","new_clothing_listing",1,0,1,0,"""Tas Kanvas Totebag Sablon Custom
Bahan kanvas tebal dengan resleting
Ukuran 35x40 cm
Sablon logo satu warna gratis min 50 pcs
Harga 22rb/pcs
Cocok untuk seminar & souvenir"""),
("post","promo_legal",1,0,1,0,"""Grand opening toko kami di Jl. Pemuda Semarang! 🎉
Koleksi kemeja, celana, dan dress dari brand lokal pilihan.
Diskon 30% untuk semua item selama 3 hari pertama.
Ada doorprize untuk 50 pembeli pertama.
Sampai ketemu di toko!"""),
("listing","new_clothing_listing",1,0,1,0,"""Setelan Piyama Dewasa Katun Rayon
Lengan panjang celana panjang
Motif polkadot, kotak, bunga
Size M-XXL
Harga 85rb, 2 set 160rb
Produksi rumahan Bandung, barang baru"""),
]
