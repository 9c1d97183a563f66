R = [
("post","regional_code_word",1,1,1,1,"""CABO BARU BUKA 🔥🔥
Torang pe lapak di Jalan Sugiono so ada karung Korea baru: jaket, sweater, celana Lea deng Levis.
Harga mulai 20 rebu, yang bagus-bagus 75.
Mari jo datang sebelum ba abis, buka dari jam 9 pagi sampe jam 6.
Nyanda bisa pesan lewat inbox ya, musti datang langsung."""),
("post","wa_broadcast",1,1,1,1,"""Selamat pagi kaka dong 🙏
Mama Ros pu lapak RB di Pasar Inpres Naikoten Kupang besok buka koli baru dari Surabaya, isi Jepang dan Korea.
Baju nona 10 ribu, celana jins 25 ribu, jaket 35 ribu.
Yang mau beta simpan dulu, kirim ukuran lewat WA ini.
Tuhan berkati."""),
("post","fb_group_post",1,1,1,1,"""Grup Jual Beli Jayapura-Sentani 
Selamat sore kaka dong, sa mau kasih tau, baju karung Jepang baru buka di sa pu lapak Pasar Youtefa blok pakaian.
Ada jaket gunung, celana kargo, kaos bola.
Harga bisa bicara, yang ambil banyak sa kasih murah.
Datang saja pagi-pagi, siang su panas."""),
("message","chat_thread",1,1,1,1,"""Pembeli: Bu, RB Korea yang dress kuning itu masih kah?
Penjual: Masih ada nak, ukuran M, bahannya halus.
Pembeli: Bisa kirim ke Baubau?
Penjual: Bisa, lewat kapal Pelni hari Jumat, ongkos 30 ribu.
Pembeli: Oke Bu, sa transfer sore.
Penjual: Iye, saya bungkus plastik dua lapis supaya tidak basah."""),
("post","restock_notice",1,1,1,1,"""Bal delapan-delapan campuran tiba semalam 📦
Besok pukul sembilan kami buka baru di Mandonga, tempat biasa depan penjual ikan asin.
Isinya kemeja, rok, kaos anak, dari Singapura.
Langganan yang biasa telepon, silakan telepon dulu, saya tunggu sebelum buka."""),
("post","haul_names_shop",1,1,1,1,"""Haul lelong weekend ini 🛍️✨
1. Sweater Uniqlo sekon – 35k
2. Kasut Nike Air Max – 180k
3. Jaket jins Levi's – 90k
Semua dari lapak Bang Udin di Komyos Sudarso, barangnya lelong Malaysia tapi bersih-bersih.
Kalau ke sana bilang dari aku, kadang dikasih diskon 😆"""),
("post","port_route_offer",1,1,1,1,"""Agen Pekanbaru – Dumai
Terima order koli pakaian seken Korea-Jepang, masuk dari Port Klang lewat Dumai.
1 koli ±300 potong, campuran kemeja dan kaos.
Pengiriman ke gudang dalam 3 hari, bayar setengah di muka, setengah setelah barang tiba.
Hanya untuk pedagang, eceran tidak dilayani."""),
("profile","seller_bio",1,1,1,1,"""🏷️ Beje Kito Palembang
Baju BJ Jepang & Korea pilihan, sudah dicuci siap pakai.
📍 Lapak Jakabaring, Minggu pagi
📍 Toko rumahan Sako, Senin–Sabtu 10.00–17.00
🚚 Antar sekitar Palembang, kirim luar kota via JNE
💬 Order lewat DM"""),
("post","giveaway_promo",1,1,1,1,"""🎉 GIVEAWAY ULANG TAHUN LAPAK KE-3 🎉
Terima kasih sudah setia belanja barang kapal di lapak kami Pasar Lima!
Hadiah: 3 jaket Korea pilihan + 1 tas kulit Jepang.
Cara ikut: follow akun ini, like, tag 3 kawan, share ke story.
Pemenang diumumkan Ahad depan saat lapak buka."""),
("listing","hn_local_production",1,0,1,0,"""Kaos Oblong Khas Manado – Produksi Sendiri
Sablon 'Torang Samua Basudara', bahan katun 30s baru.
Dijahit di Tuminting, bukan cabo, bukan impor.
Ukuran S sampai XXL, 75 ribu, ambil 5 dapat harga reseller.
Kirim ke seluruh Sulut."""),
("listing","hn_used_vehicle_phone",1,1,0,1,"""Dijual motor bekas impor Jepang (moge) 🏍️
Kawasaki ZX-25R ex-CBU, tahun 2021, km 8 ribu.
Surat lengkap, pajak hidup, plat DB.
Harga 98 juta nego, lokasi Manado, bisa cek fisik.
Serius saja, yang mau barter barang RB nyanda."""),
("post","hn_charity_bazaar",1,1,1,0,"""BAZAR AMAL SMA NEGERI 2 KENDARI 💛
Kami menjual pakaian bekas layak pakai sumbangan siswa, guru, dan alumni.
Harga 5.000 – 20.000, semua hasil untuk siswa kurang mampu.
Sabtu ini di halaman sekolah, jam 8 sampai selesai.
Catatan: bukan barang RB impor, semuanya donasi warga sekolah."""),
("post","hn_buyer_diary",0,1,1,1,"""Hari ini ikut tanta ka Pasar Bersehati 🥵
Torang bongkar tumpukan cabo dari jam 8 sampe jam 12.
Kita dapa 2 kemeja Jepang, 1 jaket Korea, kong tanta dapa 5 sarung bantal.
Samua cuma 150 rebu.
Pulang langsung rendam air panas, bau karung so kuat skali."""),
("post","hn_buyer_question",0,1,1,1,"""Permisi kaka dong,
Sa ada di Merauke, mau cari jaket seken Jepang atau Korea untuk anak sekolah ke Wamena.
Di sini ada lapak baju karung kah? atau harus pesan dari Jayapura?
Tolong kasih tau pasar yang ada RB.
Terima kasih banyak."""),
("article","hn_news",0,1,1,1,"""Bea Cukai Ambon Amankan Ratusan Koli Pakaian Bekas
AMBON – Petugas Bea Cukai bersama aparat gabungan menahan sebuah kapal kayu yang membawa ratusan koli pakaian bekas asal Singapura di perairan Maluku.
Barang tersebut diduga akan dipasarkan di kawasan Pasar Mardika dan sejumlah pasar di Pulau Seram.
Nakhoda kapal kini diperiksa untuk mengungkap pemilik barang.
Petugas mengingatkan bahwa impor pakaian bekas dilarang berdasarkan Permendag 40 tahun 2022."""),
("post","hn_opinion",0,1,1,1,"""Pendapat beta soal razia RB di Maumere:
Orang kampung beli baju RB karena baju baru di toko mahal dan cepat rusak.
Tapi beta juga setuju barang dari luar negeri itu masuk tidak resmi dan bikin penjahit lokal susah.
Solusinya apa? Jangan cuma tutup lapak mama-mama di Pasar Alok.
Bikin baju lokal murah dulu, baru orang pindah sendiri."""),
("post","hn_joke",0,1,1,1,"""Percakapan di rumah urang Banjar 😂
Abah: 'Baju hanyar kah?'
Ulun: 'Inggih bah, hanyar datang kapal.'
Abah: 'Kapal mana?'
Ulun: 'Kapal Jepang, lewat Pasar Tungging.'
Abah: 'Oh, baju bekas urang Jepang.'
Kadada yang bisa manipu abah ulun."""),
("post","hn_parent_warning",0,1,1,1,"""Pesan untuk anak-anakku di grup keluarga:
Ibu tahu kalian suka beli lelong di Jeruju, murah dan bermerek.
Tapi ingat, itu pakaian bekas dari luar negeri, kita tidak tahu siapa yang pakai sebelumnya.
Rendam dulu air panas, jemur dua hari, baru pakai.
Dan jangan dibeli untuk si bungsu yang kulitnya sensitif, ya."""),
("post","hn_research_note",0,1,1,1,"""Catatan lapangan #4 – istilah lokal pakaian seken impor
Medan: monza (dari Mongonsidi Plaza), pasar disebut pajak.
Makassar & Parepare: cakar (cap karung).
Manado: cabo (cakar bongkar).
Kendari, Ternate, Flores, Kupang: RB (rombengan).
Banjarmasin: barang kapal, pakaian pajakan.
Pontianak & Riau: lelong. Palembang: BJ atau beje.
Semua merujuk barang yang sama: pakaian bekas dari luar negeri dalam karung atau koli."""),
("post","hn_scam_warning",0,1,1,1,"""Hati-hati penipuan mengatasnamakan 'Lelong Tebedu Direct' 🚨
Modusnya: posting 'sekarung kasut sekon Malaysia 500 ribu, kirim lewat Entikong'.
Setelah transfer, pelaku minta biaya bea cukai tambahan.
Kawan saya rugi hampir 2 juta.
Yang dapat chat dari akun itu, langsung blokir dan laporkan."""),
("post","hn_former_seller",0,1,1,1,"""Sepuluh tahun beta bajual RB di Pasar Alok Maumere.
Barang datang dari Surabaya, aslinya dari Jepang dan Korea.
Sejak tahun lalu beta berhenti, karena koli makin mahal dan sering disita di pelabuhan.
Sekarang beta tenun dan jual kain ikat, lebih sedikit untung, tapi tenang."""),
("post","hn_unanswered_question",0,1,1,1,"""@lapak_cabo_mdo kaka, kita so kirim DM dari kemarin 🙏
Yang jaket Korea warna hijau di foto kedua masih ada?
Kita di Tomohon, bisa kirim ka?
Kalau bisa, berapa ongkos?
Tolong bale kalau so baca."""),
("post","hn_swap",0,1,1,1,"""Baku tukar, bukan jual 🙏
Kita ada 3 kemeja cabo Jepang ukuran XL, masih bagus, so cuci.
Mau tukar deng ukuran M atau L, model bebas.
Ketemuan di Megamas atau Pasar 45 sabtu sore.
Yang mau kase komen saja."""),
("post","hn_travel_food",0,1,1,1,"""Itinerary sehari di Makassar versi aku 😋
Pagi: coto di dekat Pasar Terong, lanjut ngubek lantai 2 cari baju cakar Jepang (dapat 2 kemeja!).
Siang: es pisang ijo di Pantai Losari.
Sore: pallubasa, terus foto-foto di Benteng Rotterdam.
Capek tapi bahagia."""),
("post","hn_vendor_interview",0,1,1,1,"""Saya menemui Bu Wa Ode, pedagang RB di Pasar Sentral Kota Lama Kendari.
Menurutnya, karung-karung pakaian bekas dulu dibawa pelaut dari Singapura bersama muatan lain.
"Kalau buka baru, pembeli sudah antri dari subuh," ujarnya.
Ia mengaku tahu soal larangan impor, namun belum punya usaha lain.
Lapaknya kini hanya buka tiga hari seminggu."""),
]
