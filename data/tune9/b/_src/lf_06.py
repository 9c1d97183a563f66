R = [
("listing","hn_plain_clothing","""Kemeja Batik Pria Lengan Panjang – Motif Parang Modern
Bahan katun primisima, dilapisi furing
Ukuran M, L, XL, XXL
Harga 175rb, produksi Solo
Cocok untuk kerja, kondangan, dan acara resmi""",1,0,1,0),
("post","hn_plain_clothing","""NEW COLLECTION 🌸 Lebaran Series
Gamis dan koko sarimbit untuk satu keluarga, warna sage, dusty, dan navy.
Bahan rayon twill adem, busui friendly.
PO dibuka 1–10 Maret, pengiriman mulai 20 Maret.
Order via link di bio atau WhatsApp admin 0813xxxx""",1,0,1,0),
("listing","hn_plain_clothing","""Seragam Sekolah SD Lengkap – Kemeja Putih + Celana/Rok Merah
Bahan tebal, tidak mudah kusut
Ukuran 6 sampai 16
Harga mulai 85rb per set
Toko Seragam Ananda, Pasar Anyar Tangerang, buka setiap hari""",1,0,1,0),
("live","hn_plain_clothing","""Selamat sore kakak-kakak, kita live lagi dari gudang konveksi!
Hari ini spesial hijab pashmina ceruty baby doll, semua baru ya.
Harga normal 45 ribu, di live cuma 35 ribu.
Beli 3 gratis ongkir, kode vouchernya aku pin di atas.""",1,0,1,0),
("post","hn_tailoring","""Penjahit Bu Yati – terima jahit baju wanita & seragam 🧵
• Gamis, kebaya, blus, rok
• Seragam kantor & sekolah
• Permak dan vermak jeans
Lokasi: Perum Griya Asri blok C5, Cibinong
Pengerjaan 7–14 hari, bisa konsultasi model dulu.""",1,0,1,0),
("listing","hn_plain_clothing","""Sepatu Kulit Pria Handmade Cibaduyut – Model Derby
Kulit sapi asli, sol karet anti slip
Ukuran 39–44
Harga 325rb, garansi jahitan 3 bulan
Kirim seluruh Indonesia dari Bandung""",1,0,1,0),
("profile","hn_plain_clothing","""Tenun Ikat Troso 🧶
Kain dan baju tenun asli Jepara
Produksi penenun lokal sejak 1998
Melayani seragam instansi & pesanan khusus
WA 0856xxxx (jam kerja)""",1,0,1,0),
("post","hn_plain_clothing","""Drop hari ini: kaos grafis 'Kota Tua' 🏙️
Sablon DTF, bahan cotton 30s, ukuran S–XXL.
Harga 119k, 50 pcs pertama dapet stiker pack.
Semua produksi Jakarta, dijahit tim kami sendiri.
Link order di bio ya!""",1,0,1,0),
("listing","hn_plain_clothing","""Jaket Parka Pria Waterproof – Brand Lokal
Bahan taslan dengan lapisan dakron
Banyak kantong, hoodie bisa dilepas
Warna hitam, army, navy
Harga 235rb, produksi Bandung""",1,0,1,0),
("comment","hn_plain_clothing","""Halo kak, untuk dress yang warna maroon masih ready ukuran M dan L ya.
Panjang 125 cm, lingkar dada M 96 cm, L 102 cm.
Bahan moscrepe, jatuh dan tidak panas.
Kalau mau checkout sekarang, bisa dikirim hari ini juga 🙏""",1,0,1,0),
("message","hn_plain_clothing","""Selamat pagi Bapak/Ibu,
Kami Konveksi Sinar Abadi menawarkan pembuatan kaos, polo, jaket, dan PDH untuk kantor, sekolah, atau komunitas.
Minimal order 24 pcs, bisa sablon dan bordir logo.
Gratis desain dan sampel untuk pesanan di atas 100 pcs.
Terima kasih.""",1,0,1,0),
("listing","hn_plain_clothing","""Mukena Katun Rayon Motif Bunga Kecil
Atasan dan bawahan terpisah, plus tas kecil
Adem dan tidak menerawang
Harga 135rb, grosir mulai 6 pcs, kirim dari Tasikmalaya""",1,0,1,0),
("post","hn_plain_clothing","""Alhamdulillah restock piyama anak karakter 🦕🦄
Bahan katun jersey, lembut untuk kulit sensitif.
Ukuran 2–10 tahun, 69rb per set.
Kirim dari Yogyakarta setiap hari kerja, bisa COD lewat marketplace.""",1,0,1,0),
("listing","hn_plain_clothing","""Kebaya Kutubaru Modern Bahan Brokat Premium
Warna: hitam, emerald, dusty pink
All size fit to L, panjang 60 cm
Cocok untuk wisuda, lamaran, dan kondangan
Harga 189rb""",1,0,1,0),
("post","hn_used_other","""Dijual sepeda anak bekas, ukuran roda 16.
Dulu beli di toko sepeda dekat rumah, dipakai anak dua tahun.
Rem berfungsi, ban masih tebal, ada sedikit karat di stang.
Harga 350rb, ambil di Cilandak ya.""",1,1,0,0),
("listing","hn_used_books","""Buku Bekas Persiapan UTBK Lengkap
Isi 6 buku (Saintek + TPS), terbitan 2023
Ada coretan pensil di beberapa halaman latihan
Harga paket 150rb, bisa kirim dari Malang""",1,1,0,0),
("post","hn_own_preloved","""Preloved koleksi jilbab aku 🧕
Semua dari brand lokal (Buttonscarves, Ria Miranda, Zoya), dipakai 1-3 kali.
Harga 50rb–200rb tergantung brand.
List lengkap di story, DM untuk keep, no cancel ya kak.""",1,1,1,0),
("listing","hn_new_import","""Kemeja Linen Import Bangkok – Barang Baru
Bahan linen campur katun, adem untuk cuaca tropis
Ukuran M–XXL, 6 warna pastel
Harga 145rb, stok datang langsung dari supplier Pratunam
Bukan barang second""",1,0,1,1),
("post","hn_bal_other","""Pengumuman untuk pelanggan bank sampah Melati 🌿
Mulai bulan ini kami menerima bal kardus dan kertas bekas yang sudah dipres.
Harga beli 2.800/kg untuk kardus, 2.000/kg untuk kertas campur.
Penimbangan setiap Sabtu jam 8 pagi.""",1,1,0,0),
("listing","hn_used_appliance","""Jual Mesin Cuci Bekas LG Front Loading 7 Kg
Masih normal semua program, pengering berfungsi
Dijual karena pindah ke apartemen
Harga 1,8jt, lokasi Kelapa Gading, angkut sendiri""",1,1,0,0),
]
