# long-form batch 4: Palembang, Jambi, Banjarmasin, Padang, Lampung, Aceh, Papua, Kaltara
R = [
("listing","regional_code_word",1,1,1,1,"""BJ BARU MASUK WONG KITO 🙌
Lapak kami di Pasar 16 Ilir, lantai dasar dekat tangga.
Kemeja Jepang 25 ribu, jaket Korea 55 ribu, celana jeans 40 ribu.
Barang galo-galo mulus, baru turun dari goni.
Datang bae pagi-pagi, kagek siang la abis.
Dak usah malu nawar, kito santai bae."""),
("article","hn_news",0,1,1,1,"""PALEMBANG – Ditpolairud Polda Sumsel mengamankan speedboat bermuatan 40 karung pakaian bekas di perairan Sungsang, Banyuasin.
Kapal tersebut diduga berangkat dari Kuala Tungkal setelah menerima barang dari kapal besar asal Malaysia.
Dua awak kapal ditahan untuk pemeriksaan lebih lanjut.
Barang bukti kini dititipkan di gudang Bea Cukai Palembang."""),
("message","port_route",1,1,1,1,"""Kak, barang Kuala Tungkal masuk Sabtu ini.
Ado 8 goni: 4 kemeja Singapur, 2 jaket Jepang, 2 sepatu campur.
Harga per goni 3,5 sampe 4 juta, tergantung isi.
Kalau galak, DP dulu 1 juta, sisanya pas barang sampe Palembang.
Kami antar pake pick up sampe lapak."""),
("listing","hn_other_goods_bal",1,0,0,1,"""DIJUAL KARET & KOPI PER KARUNG ☕
Kopi robusta Semendo, karung 60 kg, kualitas ekspor.
Karet lembaran siap kirim ke Singapura lewat Boom Baru.
Bisa kontrak bulanan untuk pabrik & eksportir.
Hubungi Pak Darman, 0811xxxx."""),
("post","hn_joke",0,1,1,1,"""Wong Palembang kalo ditanyo 'bajunyo beli di mano?'
Jawabnyo: 'BJ, kak.'
'Buruan Jambi?'
'Bukan, Barang Jauh, dari Jepang nian.'
'Oh pantes bau kapal' 🤣
Galak nian wong kito ni belanjo."""),
("listing","market_stall",1,1,1,1,"""Lapak Acil Inah – Pasar Tungging, Jalan Niaga 🧺
Tiap hari Minggu, mulai subuh sampai jam 11.
Baju Korea 15 ribu, jaket Jepang 45 ribu, sepatu 2nd 70 ribu.
Ulun jua ada tas kulit barang luar, bungas banar.
Datangi pian pagi-pagi, kada usah malu manawar."""),
("post","hn_official",0,1,1,1,"""Imbauan Dinas Perdagangan Kota Banjarmasin:
Pedagang pasar Minggu di kawasan Jalan Niaga dan Pasar Tungging diminta tidak lagi menjual pakaian bekas asal luar negeri.
Pakaian bekas impor termasuk barang yang dilarang impor berdasarkan Permendag.
Dinas akan melakukan pembinaan terlebih dahulu sebelum penindakan.
Pedagang yang memerlukan informasi dapat datang ke kantor dinas."""),
("message","wholesale_bale",1,1,1,1,"""Salam, bos-bos Banjar 👋
Ulun ada karung Korea isi 500 lembar, datang dari Tawau lewat Tarakan.
Harga 7 juta per karung, kena ongkir kapal Rp300rb.
Ada jua karung jaket Jepang 45 kg, 4,5 juta.
Yang handak, japri ulun 0853xxxx.
Barang terbatas, siapa cepat dapat."""),
("post","hn_tutorial",0,1,1,1,"""Tips menilai baju Tungging sebelum membeli:
1. Periksa ketiak dan kerah, biasanya bagian yang paling kusam.
2. Cek resleting, kancing, dan jahitan selangkangan.
3. Cium baunya, kalau apek sekali lebih baik lewati.
4. Setelah sampai rumah, rendam dengan air panas.
Catatan: pakaian bekas dari luar negeri dilarang diimpor, jadi pikirkan juga dampaknya."""),
("listing","port_route",1,1,1,1,"""BARANG TELUK BAYUR BARU SAMPAI 🚢
Kemeja 2nd Singapur, jaket Korea, celana jeans Amerika.
Ecer 20–60 ribu sahalai, borong sagoni 3 juta.
Ambo tunggu di Pasar Raya Padang blok 3 lantai dasar.
Yang dari Bukittinggi jo Payakumbuh bisa dikirim pakai travel.
Hubungi Uda Rizal di 0813xxxx."""),
("comment","hn_buyer_question",0,1,1,1,"""Ado nan tau?
Baju bekas dari luar negeri nan dijua di Pasar Raya Padang tu datang dari ma?
Ambo danga dari Teluk Bayur, ado pulo nan kecek dari Batam.
Ambo indak nio bali, cuma panasaran se.
Tarimo kasih."""),
("listing","regional_code_word",1,1,1,1,"""BAJU BATAM SAMPAI LAMPUNG 🛳️
Kiriman minggu ini sudah di Bandar Lampung.
Kemeja kerja 2nd Singapur – 25rb
Jaket parasut Korea – 45rb
Celana jeans Jepang – 35rb
Lapak kami di Pasar Bambu Kuning, sebelah toko emas.
Bisa kirim ke Metro dan Pringsewu."""),
("article","hn_news",0,1,1,1,"""BANDA ACEH – Bea Cukai menggagalkan penyelundupan 150 karung pakaian bekas dari Thailand di perairan Sabang.
Kapal nelayan yang digunakan mengangkut barang tersebut tidak memiliki dokumen muatan.
Pakaian bekas itu diduga akan dipasarkan di Pasar Aceh dan Lhokseumawe.
Petugas mengimbau nelayan tidak tergiur upah dari pemilik barang."""),
("listing","plain_offer",1,1,1,1,"""Jaket second ex-Korea, tebal, cocok untuk naik ke Wamena ❄️
Warna hitam, size XL, kondisi 90%.
Harga 180rb, bisa nego sedikit.
Lokasi Abepura Jayapura, bisa COD di Pasar Youtefa.
Kirim ke luar kota juga bisa."""),
("post","hn_donation",0,1,1,0,"""Penggalangan pakaian layak pakai untuk anak-anak di pedalaman Asmat 🙏
Kami menerima baju anak, selimut, dan sepatu yang masih bagus.
Semua hasil donasi warga Jayapura dan Merauke, tidak dijual.
Titik kumpul di sekretariat gereja Abepura setiap Sabtu.
Terima kasih untuk semua yang sudah berbagi."""),
("listing","creator_haul",1,1,1,1,"""Haul di Tarakan 🛍️
Kemarin ke lapak Kak Sarina di Pasar Gusher.
Dapat jaket parka 2nd Jepang 60rb dan 2 kemeja Uniqlo dari Tawau 40rb.
Barangnya baru datang dari Nunukan, masih banyak pilihan.
Kalau ke Tarakan, wajib mampir!"""),
("message","reseller_recruit",1,1,1,1,"""Dicari reseller barang Tawau 📢
Kami kirim dari Nunukan ke seluruh Kaltara dan Kaltim.
Paket 25 kemeja seken campur merek – 550rb.
Paket 10 jaket tebal – 450rb.
Reseller dapat grup khusus dan foto katalog.
Chat admin di 0852xxxx, jangan telepon."""),
("article","hn_news",0,1,1,1,"""NUNUKAN – Bea Cukai Nunukan memusnahkan ratusan karung pakaian bekas hasil penindakan di jalur laut Tawau–Sebatik.
Menurut petugas, barang-barang tersebut biasanya dikirim lanjut ke Parepare dan Makassar.
Pedagang kecil disebut hanya mendapat keuntungan tipis, sementara pemodal besar meraup untung.
Pengawasan di perbatasan akan terus diperketat."""),
("listing","hn_used_vehicle",1,1,0,0,"""Dijual longboat bekas 🚤
Panjang 12 meter, mesin 2x40 PK, siap pakai.
Cocok untuk angkutan penumpang Nunukan–Sebatik.
Harga 85 juta nego, surat lengkap.
Lokasi dermaga Tunon Taka, Nunukan."""),
("listing","bale_grade",1,1,1,1,"""Daftar goni minggu ini (gudang Sei Kera, Medan):
🔹 Premium Jepang – jaket & coat – 7jt
🔹 Grade A Korea – kemeja & blouse – 4,5jt
🔹 Campur Amerika – kaos & celana – 3jt
🔹 Anak-anak mix – 2jt
Berat ±45 kg per goni.
Barang datang dari Port Klang lewat Belawan.
Bisa cek langsung, pembayaran tunai di tempat."""),
("listing","evasive_spelling",1,1,1,1,"""⚡ B.a.r.a.n.g k.a.p.a.l ⚡
k3meja s3ken J@pan 20rb
j4ket K0rea 45rb
Gudang Tmbg, ready kirim Sumut & Aceh.
Jangan komen harga, DM aja biar aman 🤫
Buka goni baru tiap Rabu."""),
("comment","hn_complaint",0,1,1,1,"""Pengalaman pahit beli 'goni grade A' dari akun Medan.
Saya transfer 4 juta untuk 1 goni kemeja Jepang.
Yang datang cuma 30 kg, isinya kaos robek dan kain lap.
Penjual bilang 'risiko barang kapal'.
Saya sudah lapor ke polisi dan bank."""),
("live","live_sale",1,1,1,1,"""LIVE PAGI INI JAM 10 📺
Dari lapak Pasar Tungging langsung, ulun buka karung Jepang baru.
Ada gamis, rok, blus, semuanya 2nd pilihan.
Harga mulai 15 ribu, ketik 'ambil' + nomor.
Kirim ke Banjarbaru, Martapura, Kotabaru.
Jangan sampai kada kebagian!"""),
("article","hn_opinion",0,1,1,1,"""Opini: kenapa larangan pakaian bekas impor harus dibarengi solusi.
Di Pasar Tungging, Pasar 16 Ilir, sampai Pasar Raya Padang, ribuan orang hidup dari barang karung.
Melarang tanpa memberi jalan keluar hanya memindahkan pedagang ke jalur gelap dan media sosial.
Pemerintah perlu program substitusi: pasokan pakaian lokal murah, kredit lunak, dan pelatihan.
Kalau tidak, razia hanya jadi berita sesaat."""),
("listing","hn_school_bazaar",1,1,1,0,"""BAZAR BAJU BEKAS SD MUHAMMADIYAH PALEMBANG 👕
Sabtu depan di halaman sekolah, jam 7–11 pagi.
Pakaian bekas donasi wali murid, harga 5rb–20rb.
Hasil penjualan untuk perbaikan musala sekolah.
Ada juga pempek dan es kacang dari komite.
Ayo datang bersama keluarga!"""),
("listing","hn_new_thrift_style",1,0,1,0,"""Koleksi 'Oldskool Palembang' – BARU 🆕
Kemeja bowling dan jaket coach bergaya 90an.
Dijahit di konveksi kami di Plaju, bahan lokal.
Bukan BJ, bukan seken, semuanya fresh.
Harga 120–185rb, kirim seluruh Indonesia."""),
]
