# long-form batch 1: Sumatra, Kepri, Kalbar
R = [
("listing","market_stall",1,1,1,1,"""🔥 LAPAK BANG TIGOR – PAJAK MELATI 🔥
Horas kawan! Minggu ini barang baru sampai dari kapal:
• Kemeja flanel seken Jepang 35rb
• Jaket parasut Korea 2nd 60rb
• Celana chino ex-USA 45rb
Lapak kami di los belakang, dekat tukang tambal.
Datang pagi biar dapat yang mulus, siang udah diborong inang-inang."""),
("article","hn_news",0,1,1,1,"""MEDAN – Tim gabungan Bea Cukai Belawan dan Polairud menghentikan sebuah kapal kayu di perairan Pantai Labu, Deli Serdang, Selasa dini hari.
Di palka kapal, petugas menemukan 180 goni berisi pakaian bekas yang diduga berasal dari Port Klang, Malaysia.
Nakhoda mengaku barang itu akan diturunkan di sebuah gudang di Percut sebelum dibawa ke pasar-pasar di Medan.
Kepala seksi penindakan menyebut modus ini sudah berulang kali ditemukan sepanjang tahun.
Seluruh barang kini disimpan di gudang negara menunggu proses pemusnahan."""),
("message","wholesale_bale",1,1,1,1,"""Selamat pagi bos,
Stok goni di gudang Tembung minggu ini:
1) Jaket campur Korea – 45 kg – 3,8 jt
2) Kemeja pria Jepang – 45 kg – 4,2 jt
3) Celana jeans US – 50 kg – 4,5 jt
Barang masuk lewat Tanjungbalai, aman sampai gudang.
Minimal ambil 2 goni, ongkir truk ke Siantar/Kisaran kita bantu.
Konfirmasi paling lambat Kamis ya bos, WA 0813xxxx."""),
("post","hn_opinion",0,1,1,1,"""Sebagai anak Medan yang besar di sekitar Monginsidi, aku mau jujur.
Dulu Monza itu tempat kami beli jaket buat ke Berastagi, murah dan keren.
Tapi makin dewasa aku sadar barang-barang itu datang dari karung selundupan, tanpa pajak, tanpa pemeriksaan.
Teman ibuku yang punya konveksi kecil di Tembung sampai tutup karena orang lebih pilih baju Korea bekas.
Aku nggak benci pedagangnya, mereka cari makan. Yang harus dikejar itu pemasoknya."""),
("listing","hn_new_thrift_style",1,0,1,0,"""NEW ARRIVAL – koleksi 'Pajak Vibes' 🧥
Jaket workwear gaya vintage, tapi 100% BARU ya kawan.
Dijahit di workshop kami sendiri di Medan Johor, bahan canvas lokal.
Tersedia warna cokelat tanah, hijau army, hitam.
Size M–XXL, 285rb. Bukan barang bekas, bukan barang kapal.
Order via DM, kirim seluruh Indonesia."""),
("live","live_sale",1,1,1,1,"""[LIVE MALAM INI – 20.00 WIB]
Kawan-kawan, kita buka 3 goni baru dari TB!
Isinya hoodie, sweater rajut, sama beberapa coat wol panjang.
Harga mulai 25 ribu, yang bermerek kita lelang di live.
Cara ikut: ketik nomor barang + 'ambil', transfer max 1 jam.
Kirim dari Medan pakai ekspedisi pilihan kalian.
Jangan lupa share ke kawan yang lagi cari jaket murah!"""),
("post","hn_tutorial",0,1,1,1,"""Thread: cara bedain barang PJ asli Singapur sama barang lokal yang dicuci ulang 🧵
1. Lihat label: barang luar biasanya punya label bahasa Inggris/Jepang dan ukuran UK/US.
2. Cek bau kapur barus atau bau gudang khas karung.
3. Perhatikan lipatan pres karena barang dipadatkan di goni.
Aku tulis ini bukan buat nyuruh belanja ya, cuma biar kalian paham barang yang beredar di Pasar Kodim.
Ingat juga, impor pakaian bekas dilarang, jadi pikir dua kali."""),
("listing","plain_offer",1,1,1,1,"""Jual jaket gunung seken dari Korea 🏔️
Merek The North Face, waterproof masih bagus.
Ukuran L, panjang 72, lebar dada 60.
Minus: resleting kantong kiri agak seret.
Harga 250 ribu nego sikit, awak ada di Panam Pekanbaru.
Bisa COD di depan kampus atau kirim JNE."""),
("message","hn_report",0,1,1,1,"""Kepada Tim Kepatuhan Marketplace,
Saya ingin melaporkan toko 'PJ_Central_Pku' yang menjual pakaian bekas asal Singapura.
Di deskripsi produk tertulis 'barang PJ impor langsung, buka goni tiap Senin'.
Toko ini juga menawarkan pembelian per goni untuk reseller.
Saya lampirkan lima tangkapan layar dan tautan produknya.
Mohon ditindaklanjuti sesuai aturan larangan impor pakaian bekas. Terima kasih."""),
("post","hn_travel_food",1,0,0,0,"""Jalan-jalan ke Pekanbaru, ini rute sehari versi aku:
Pagi sarapan lontong sayur di dekat Pasar Kodim, 15 ribu kenyang.
Siang ke Masjid Raya An-Nur buat foto.
Sore ngopi di kedai Kak Ros, Jalan Teratai, kopinya kental.
Malam makan ikan patin asam pedas di Rumah Makan Pondok Selera.
Semua warung ini aku rekomen, pemiliknya ramah-ramah."""),
("listing","port_route",1,1,1,1,"""READY BARANG NYEBERANG 🚤
Kiriman dari Johor via Sekupang sampai gudang Batam hari ini.
Isi: kemeja kantor seken, blazer wanita, celana bahan.
Harga ecer 20–50rb, borong 1 koli (±200 pcs) 2,7jt.
Pengiriman ke Tanjungpinang & Karimun pakai ferry pagi.
Yang dari Jawa bisa titip cargo kenalan kami.
Info lengkap: 0812xxxx (chat saja, jangan telepon)."""),
("article","hn_news",0,1,1,1,"""Bea Cukai Batam memusnahkan 1.200 koli pakaian bekas hasil penindakan selama enam bulan terakhir.
Barang-barang tersebut sebagian besar diamankan dari pelabuhan tidak resmi di pesisir Nongsa dan Tanjung Uncang.
Menurut petugas, pakaian bekas itu berasal dari Singapura dan Malaysia dan dikemas dalam koli seberat 40–60 kilogram.
Pemusnahan dilakukan dengan cara dibakar di tempat pembuangan akhir Telaga Punggur."""),
("listing","hn_own_preloved",1,1,1,0,"""Declutter lemari 🙏
Semua barang preloved pribadi, dibeli di mall Batam (Nagoya Hill & Mega Mall).
1. Dress kerja hitam, dipakai 2x – 90rb
2. Cardigan rajut krem – 60rb
3. Sepatu flat ukuran 38 – 75rb
Bukan barang impor seken ya, murni punyaku sendiri.
COD Batam Centre atau Botania."""),
("comment","hn_complaint",0,1,1,1,"""Hati-hati sama akun 'sortiran.singapur.btm'!
Aku pesan 1 koli isi 150 pcs katanya kemeja kantor bagus.
Yang dateng setengahnya kaos robek, ada yang bernoda cat.
Pas aku komplain malah diblokir.
Udahlah, barang ilegal, nipu pula. Jangan ada yang tergiur."""),
("listing","hn_other_goods_bal",1,1,0,1,"""DIJUAL KARDUS & PALET BEKAS 📦
Sisa bongkaran kontainer di Batu Ampar.
Kardus tebal per bal 50 kg – 180rb
Palet kayu ukuran 120x100 – 40rb/pcs
Cocok untuk pengepul, usaha pindahan, atau ekspedisi.
Ambil sendiri di gudang Batu Ampar, bisa bantu muat."""),
("listing","regional_code_word",1,1,1,1,"""LELONG PILIHAN KAMEK 🧺
Kemeja kerja pria – 25rb
Blouse Korea – 20rb
Seprei Malaysia motif bunga – 65rb
Sepatu kulit – 90rb
Barang baru masuk dari seberang, masih wangi kapur barus.
Lapak di Jalan Prof M Yamin, sebelah tukang kunci.
Buka pukul 9 pagi sampai magrib, hari Jumat tutup."""),
("post","hn_official",0,1,1,1,"""PENGUMUMAN DINAS PERDAGANGAN KOTA PONTIANAK
Menindaklanjuti Permendag 18/2021 jo. 40/2022, pakaian bekas asal impor termasuk barang dilarang impor.
Pedagang yang selama ini menjual barang dengan sebutan 'lelong', 'barang seberang', atau 'barang Kuching' diminta tidak menambah stok.
Dinas membuka pendampingan bagi pedagang yang ingin beralih menjual produk UMKM lokal.
Informasi lebih lanjut dapat diperoleh di kantor dinas pada jam kerja."""),
("message","reseller_recruit",1,1,1,1,"""Assalamualaikum kitak semua,
Kamek buka lowongan reseller barang Kuching 🛍️
Isi paket: 20 helai kemeja & blouse seken, campur merek.
Harga paket 450rb, bisa dijual lagi 35–50rb sehelai.
Barang kamek antar sampai Sanggau, Sekadau, Sintang.
Minat? Japri ke nomor admin 0852xxxx ye."""),
("comment","hn_buyer_question",0,1,1,1,"""Mau nanya ke warga Pontianak,
Kamek pindahan dari Jawa, ini istilah lelong itu sama dengan awul-awul kah?
Terus aman ndak pakai baju lelong buat anak kecil?
Soalnya teman kantor pade beli di sekitar Pasar Flamboyan.
Makasih yang mau jawab 🙏"""),
("listing","creator_haul",1,1,1,1,"""Haul hari ini dari Pontianak ✨
• Coat panjang wol 'made in England' – 90rb
• Kemeja linen Jepang – 30rb
• Tas selempang kulit – 70rb
Semua dari lapak Kak Isah, Jalan Prof M Yamin, barang baru datang dari Kuching.
Yang mau ke sana, bilang aja tau dari aku, siapa tau dapat diskon 😆"""),
("article","hn_news",0,1,1,1,"""Seorang sopir truk ditahan petugas Pos Lintas Batas Negara Entikong setelah kedapatan membawa 45 karung pakaian bekas dari Kuching.
Sopir mengaku dijanjikan upah Rp2 juta untuk mengantarkan muatan ke sebuah gudang di Sanggau.
Pakaian bekas tersebut rencananya akan dijual di sejumlah lapak di Pontianak.
Kasus ini kini ditangani Bea Cukai Entikong."""),
("listing","hn_new_import",1,0,1,1,"""JASTIP KUCHING MINGGU INI 🇲🇾
Titip beli barang BARU dari mall di Kuching:
– sepatu sekolah anak
– baju kurung modern
– tas kanvas
Semua baru, bon belanja dilampirkan, lewat PLBN Entikong sesuai aturan bawaan pribadi.
Order ditutup Kamis malam, barang sampai Pontianak Senin."""),
("post","hn_joke",0,1,1,1,"""Kamus baju bekas Nusantara versi aku 😂
Medan: Monza
Pekanbaru: PJ
Pontianak: lelong
Makassar: cakar
Manado: cabo
Kupang: RB
Isinya sama: jaket musim dingin yang nggak pernah kita pakai karena di sini 33 derajat."""),
("listing","hn_school_bazaar",1,1,1,0,"""BAZAR AMAL OSIS SMA 3 PONTIANAK 💙
Hari Sabtu, pukul 08.00–12.00 di aula sekolah.
Menjual pakaian bekas layak pakai hasil donasi guru dan siswa.
Harga 5rb–25rb, semua hasil untuk korban banjir Sintang.
Ada juga buku bekas dan mainan anak.
Ajak keluarga ya!"""),
("listing","bale_grade",1,1,1,1,"""Daftar harga goni Pontianak (barang Sarawak):
Grade super – kemeja & dress bermerek – 6jt
Grade A – campur kaos & celana – 4,2jt
Grade B – baju anak & kaos – 2,5jt
Setiap goni sekitar 45 kg.
Barang bisa dilihat dulu di gudang Sui Raya sebelum bayar."""),
]
