# Hand-written illegal long-form texts (all four elements = 1), part B.
DATA = r"""
@@ 1111 P I1
Thread: kenapa aku tetap jualan thrift walaupun banyak yang bilang dilarang 🧵
1/ Aku paham ada aturan soal impor pakaian bekas. Tapi yang impor kan bukan aku, aku cuma beli dari pedagang di Senen dan Gedebage, terus aku kurasi, cuci, setrika, foto.
2/ Menurutku thrift itu ramah lingkungan, daripada baju-baju itu jadi sampah di luar negeri mending dipakai lagi di sini.
3/ Kualitas barang Jepang dan Korea emang beda, jahitannya rapi, bahannya awet. Itu yang bikin pelangganku balik lagi.
4/ Anyway, minggu ini aku upload 30 item baru: jaket ex Jepang 85rb-150rb, kemeja ex Korea 45rb, cardigan 55rb. Semua udah di-laundry.
5/ Cek katalog di link bio, pemesanan via DM. Kirim ke seluruh Indonesia, packing pakai paper bag biar ramah lingkungan juga 🌱
@@ 1111 M I4
[BROADCAST – GRUP RESELLER BAL SULSEL]
Assalamualaikum daeng-daeng semua 🙏
Karung masuk lagi di gudang Pare-Pare kemarin malam, kondisi aman. Stok minggu ini:
• Karung Korea campur (±90 kg): 4,4jt
• Karung Korea gaun pesta (±45 kg): 2,9jt
• Karung Jepang ladies (±45 kg): 2,6jt
• Karung sepatu (±40 pasang): 3,1jt
Pengiriman ke Makassar pakai truk tiap Kamis, ke Palopo, Bone, Sinjai tiap Sabtu. Untuk Kendari dan Baubau via kapal kayu.
Pembayaran transfer atau tunai di gudang. Yang mau booking balas nama toko dan jumlah karung paling lambat Rabu sore. Terima kasih, semoga laris manis semua.
@@ 1111 V I5
(Naskah live host, sesi jam 8 malam)
"Oke guys, selamat malam semuanya! Malam ini spesial karena kita buka karung ex Jepang yang isinya full jaket musim dingin. Iya, musim dingin, jadi tebal-tebal dan merek-merek Jepang semua.
Aturannya sama kayak biasa: aku angkat barangnya, sebutin nomor, kalian ketik 'AMBIL' plus nomor. Yang pertama ketik, dia yang dapat. Harga rata 75 ribu, yang merek premium 120 ribu.
Nomor 1, puffer hitam size L, ada tag laundry Jepang di dalam. Siapa cepat? Oke kak Dinda dapat! Nomor 2, coat wol abu-abu...
Yang udah dapat, checkout maksimal 30 menit setelah live selesai ya. Kalau nggak checkout, barang aku lempar ke live berikutnya. Jangan lupa tap love dan share!"
@@ 1111 L I1
[SECOND IMPORT] Coat Wol Panjang ex UK – Vintage 90an – Size M
Coat wol 80% buatan Inggris, warna camel, kancing tanduk, furing satin utuh. Dapat dari bale import UK yang kami buka minggu lalu.
Kondisi 88%: ada sedikit pilling di ketiak, satu kancing cadangan hilang. Sudah dry clean.
Ukuran: pit to pit 56 cm, panjang 105 cm, lengan 61 cm.
Harga 320rb (harga baru di Inggris bisa ratusan pound).
Cocok buat kamu yang mau ke Jepang atau Korea musim dingin, atau koleksi vintage.
Lokasi toko di Bogor Tengah, kirim seluruh Indonesia, asuransi wajib untuk luar Jawa.
@@ 1111 P I3
Pengumuman untuk pelanggan setia lapak kami di Pasar Mardika, Ambon 🌊
Baju karung Korea dan Jepang su masuk lai! Kapal dari Surabaya sandar tadi pagi, kami ambil 6 karung.
Ada kemeja laki-laki, blus perempuan, celana jeans, jaket, deng baju anak-anak. Harga kemeja 25rb, blus 20rb, celana 35rb, jaket 60rb-90rb.
Katong buka karung hari Sabtu jam 8 pagi di lantai 2. Yang dari Masohi, Tulehu, deng Saparua bisa pesan lewat inbox, nanti katong titip speed.
Datang cepat e, biasanya jam 10 su abis yang bagus-bagus. Danke!
@@ 1111 L I4
PARTAI BESAR – BALPRES CAMPUR 10 KARUNG – NEGO DI LOKASI
Stok gudang: 4 bal Korea A, 3 bal Jepang, 3 bal China campur. Total ±1 ton.
Harga paket 10 bal: 40jt (rata-rata 4jt per bal). Harga ecer per bal: Korea 4,8jt, Jepang 4,6jt, China 3,1jt.
Lokasi gudang di Medan Labuhan, dekat Belawan. Pembeli bisa cek fisik, bongkar 1 bal sebagai sampel.
Pengiriman ke Aceh, Riau, Sumbar bisa kami atur. Pembayaran tunai atau transfer bertahap untuk pembeli lama.
Hanya melayani pembeli serius, tidak melayani tanya-tanya harga di kolom komentar.
@@ 1111 P I2
Hi besties 💕 banyak yang nanya kenapa toko aku sekarang jarang pakai kata-kata tertentu di caption. Jawabannya: biar akun aman, hehe.
Tapi barangnya tetap sama kok: "curated pieces" dari negeri sakura dan negeri ginseng, hasil pilih satu per satu dari "paket besar" yang baru datang dari gudang.
New drop Jumat malam jam 8:
🌸 Cardigan rajut 55rb
🌸 Blouse renda 45rb
🌸 Rok plisket 50rb
🌸 Dress bunga 65rb
Semua pre-loved (bukan punyaku, tapi punya mereka di sana 🤭). Sudah di-laundry. Cek katalog di highlight, checkout via link bio!
@@ 1111 L I1
Sepatu Boots Kulit Second ex Korea – Dari Ballpres – 5 Pasang Ready
1) Boots Chelsea hitam, size 42 – 185rb
2) Boots kerja coklat, size 41 – 210rb
3) Boots wanita heel 5 cm, size 38 – 165rb
4) Boots hiking, size 43 – 230rb
5) Ankle boots suede, size 39 – 175rb
Kondisi 80-90%, sol masih tebal, sudah dibersihkan dan disemir. Ukuran dicantumkan sesuai insole (cm) di foto.
Bisa dilihat di kios kami Cimol Gedebage blok C nomor 12, atau kirim ke seluruh Indonesia.
@@ 1111 M I3
Pak Haji, ini Andi dari Bone. Mau konfirmasi pesanan karung cakar yang kemarin:
- 2 karung Korea campur
- 1 karung Korea gaun
Total 11,3jt, sudah saya transfer DP 5jt tadi pagi ke rekening yang biasa. Sisanya saya lunasi waktu barang sampai di Watampone.
Tolong pilihkan karung yang baru turun dari kapal minggu ini ya Pak, yang kemarin agak banyak yang rusak. Lapak saya buka lagi hari Minggu di pasar sentral, pelanggan sudah tanya-tanya terus.
Terima kasih, Pak. Kabari kalau truk sudah jalan.
@@ 1111 P I3
🔥 MONZA SEPATU MASUK LAGI 🔥
Kios kami di Pajak Melati sudah terima 3 karung sepatu ex Korea. Ada sneakers, sepatu kerja, sepatu pesta, boots, sandal gunung.
Harga mulai 80rb, yang bermerek 150rb-350rb. Sepatu biduan juga ada, lae!
Hari pekan Selasa, Jumat, Minggu kami buka dari jam 8. Yang mau ambil per karung buat dijual lagi di Siantar, Kabanjahe, Tebing, langsung jumpai aku di kios nomor 27.
Bawa uang pas ya, jangan ngutang 😂
@@ 1111 L I4
Karung Ex Jepang Ukuran Kecil – 25 Kg – Untuk Pemula
Banyak yang pengen coba jualan thrift tapi takut modal besar. Solusinya: karung kecil 25 kg isi ±100-120 pcs.
Pilihan isi: Ladies Tops, Mens Shirt, Outer/Jaket, Kids.
Harga: 1,35jt – 1,6jt tergantung isi.
Bonus: e-book "Cara Foto & Jual Thrift di Marketplace" dan akses grup diskusi.
Pengiriman dari Bandung, estimasi Jawa 2-4 hari, luar Jawa 5-10 hari. Video bongkar wajib untuk klaim kekurangan barang.
@@ 1111 P I1
Jujur ya, aku capek dibilang "jual barang sampah". Yang aku jual ini jaket-jaket bagus dari Jepang yang dibuang orang sana karena ganti musim, bukan sampah. Kualitasnya jauh di atas jaket 100 ribuan di mal.
Minggu ini ready 18 jaket ex Jepang: parka, coach, fleece, puffer tipis. Harga 85rb-175rb. Sudah dicuci, disemprot anti bakteri, dijemur.
Buat yang tetap mau support usaha kecil kayak aku, order via DM ya. Kirim dari Yogyakarta, bisa COD daerah Seturan dan Babarsari.
@@ 1111 L I3
Kemeja Second Korea – Kiriman Lewat Sibolga – Padang Sidempuan
Tersedia 150 pcs kemeja lengan panjang dan pendek, motif polos, kotak, garis. Kondisi 85-95%.
Harga 20rb/pcs, ambil 50 pcs 850rb, ambil semua 2,4jt.
Barang dari karung yang masuk lewat pelabuhan Sibolga, kami sortir sendiri di gudang.
Bisa ambil di Jalan Sudirman Padang Sidempuan atau kirim pakai bus ke Gunung Tua, Panyabungan, Rantau Prapat.
@@ 1111 R I5
Ulasan Google Maps – "Toko Thrift Karung Emas Palu" ⭐⭐⭐⭐⭐
Tempatnya luas, barang ex Korea dan Jepang digantung rapi per ukuran. Saya beli 4 kemeja dan 1 jaket cuma 170rb. Pemiliknya ramah, kasih tahu jadwal buka karung baru tiap Rabu dan Sabtu.
Buat yang di Palu dan sekitarnya, wajib mampir! Jauh lebih murah dari mal, kualitasnya juga bagus. Parkir motor gratis.
@@ 1111 P I4
📣 OPEN MITRA "NGAWUL ONLINE" 📣
Kamu punya followers dan suka konten fashion? Jadi mitra kami!
Konsepnya: kamu bikin konten "ngawul online" (bongkar paket random dari karung Jepang/Korea), kami yang siapkan barang dan kirim ke pembeli. Kamu dapat komisi 15% dari setiap penjualan lewat kode kamu.
Tidak perlu modal, tidak perlu stok. Cocok untuk mahasiswa dan ibu rumah tangga.
Kirim DM dengan link akun TikTok/IG kamu, minimal 2.000 followers. Kami seleksi tiap Senin.
@@ 1111 L I2
🇯🇵 Paket Misteri Jepang – 5 Pcs 99rb 🎁
Isi random dari "paket besar" negeri sakura: bisa kemeja, kaos, cardigan, rok, celana. Semua second, kondisi layak pakai.
Pilih kategori: Cewek / Cowok / Campur. Pilih ukuran: S-M / L-XL.
Seru kayak ngawul di Sekaten, tapi dari rumah aja! 😆
Ongkir dari Sleman. Bisa pesan 2 paket dapat bonus 1 pcs. Unboxing videomu boleh di-tag, nanti kami repost.
@@ 1111 P I3
Baju Jepun & Korea second sampai ke Tebing Tinggi 🛍️
Kami ambil dari Johor, masuk lewat kapal ke Tanjung Balai. Ada baju kurung, tudung, jubah, kemeja, seluar slek.
Harga baju kurung 35rb, tudung 10rb-20rb, kemeja 20rb, seluar 25rb.
Kedai kami di depan pasar inpres, buka tiap hari kecuali Jumaat pagi. Nak borong untuk jual balik di Kisaran pun boleh.
@@ 1111 L I1
Jaket Hoodie Second Korea – Label Laundry Hangul – Size L
Hoodie tebal abu-abu, fleece dalam, tali lengkap. Masih ada label laundry berbahasa Korea di dalam (bukti ori dari sana).
Kondisi 90%, tidak ada noda, sedikit pudar di manset.
Pit 60, panjang 70.
Harga 75rb. Lokasi Depok, COD stasiun Depok Baru atau Pondok Cina.
Masih ada 9 hoodie lain dari karung yang sama, tanya aja.
@@ 1111 M I4
Kak, stok bal lama aku masih ada 4 nih, sebelum ada razia lagi mending kakak ambil:
- Jepang mix 45kg: 2jt (harga sekarang di gudang udah 2,6jt)
- Korea ladies 45kg: 2,1jt
- Korea jaket 100kg: 4,9jt
Semua masih segel tali asli. Aku lepas murah karena mau ganti jualan makanan aja, capek kucing-kucingan.
Ambil di Cileungsi atau aku kirim pakai pickup ke Bogor/Bekasi, ongkos 200rb. Kabarin ya kak.
@@ 1111 P I3
Sorong, lapak ballpress kami buka lagi! 🛶
Stok datang naik kapal dari Surabaya, isi karung Korea dan China campur. Kaos 15rb dapat 2, kemeja 25rb, celana 30rb, jaket 50rb.
Lokasi di pasar Remu, samping penjual pinang. Buka jam 7 pagi.
Yang dari Teminabuan, Aimas, dan Raja Ampat mau pesan per ikat (10 pcs) bisa, nanti kami titip kapal atau speed.
@@ 1111 L I1
Kaos Band Vintage 90s ex USA – Single Stitch – Dari Bale Texas
Nirvana, Metallica, Pearl Jam – ori tahun 90an, tag Giant/Brockum/Winterland.
Kondisi 80-90%, ada cracking sablon (itu ciri vintage asli).
Harga 275rb-650rb tergantung band dan tahun (detail di foto).
Kami buka bale US sendiri di Bandung, jadi harga tangan pertama. Kolektor dan reseller boleh nego kalau ambil lebih dari 5.
@@ 1111 P I5
Tips belanja hemat di Pasar Senen dari aku yang udah 5 tahun langganan 😎
1. Datang Rabu atau Sabtu pagi, biasanya ada bal baru dibuka.
2. Langsung ke blok 3 lantai 2, toko "Mang Iwan Jaket" nomor 214 paling lengkap jaket ex Jepang.
3. Nawar boleh, tapi jangan sadis. Jaket bagus 80-100rb itu wajar.
4. Kalau males datang, Mang Iwan bisa kirim via ojol, WA aja 0813xxxx.
Aku dapet 3 jaket musim dingin minggu lalu cuma 250rb. Worth it banget!
@@ 1111 L I4
Bal Celana Pendek ex Australia – 45 Kg – 2,5jt
Isi ±220 pcs: boardshort, celana pendek katun, celana kargo pendek. Banyak merek surf (Billabong, Quiksilver, Rip Curl).
Cocok untuk lapak di daerah pantai: Kuta, Canggu, Gili, Labuan Bajo.
Ready 3 bal di gudang Denpasar. Pembayaran transfer, pengiriman ke Lombok dan Flores via kapal.
Harga khusus untuk pembelian 3 bal sekaligus: 7jt.
@@ 1111 P I2
Ssstt... 🤫 yang kemarin nanya "barang itu" masih ada?
Masih ada dong. Kiriman dari Batam baru sampai: 3 "koper" isi jaket dan kemeja dari seberang. Kondisi bagus, kebanyakan merek Uniqlo, Giordano, dan merek Singapura.
Ecer 40rb per potong, borong isi satu koper (±60 pcs) 1,9jt.
Ambil di Tanjungpinang atau kirim pakai kapal ke Tanjung Uban dan Lingga. Chat langsung, jangan komen di sini ya.
@@ 1111 L I1
Gamis & Abaya Second ex Arab Saudi – Dari Karung – Ready 15 Pcs
Bahan jetblack dan crepe Arab, kebanyakan hitam dengan bordir. Ukuran rata-rata 54-58.
Kondisi 85-95%, sudah dicuci dan disetrika uap.
Harga 45rb-95rb tergantung bordir.
Cocok untuk dipakai harian, pengajian, atau dijual lagi. Kirim dari Jakarta Timur. Foto detail per pcs di katalog.
@@ 1111 P I3
Lapak cakar di Pasar Inpres Gorontalo buka tiap Selasa & Sabtu 🙌
Barang dari karung Korea yang kami ambil di Bitung, isinya kemeja, gaun, baju anak, selimut.
Harga kemeja 20rb, gaun 35rb, baju anak 10rb, selimut 50rb.
Yang dari Limboto, Marisa, Kwandang bisa pesan, kami kirim pakai bentor atau mobil travel. Datang bawa kantong sendiri ya, mari jo!
@@ 1111 L I4
Sepatu Bekas Impor Thailand – Per Karung 50 Pasang – 6,5jt
Isi campur sneakers, sepatu olahraga, dan sepatu kasual. Merek: Nike, Adidas, Converse, Vans, Asics, dan lain-lain.
Kondisi campur: ±60% grade A (siap jual), 30% grade B (perlu cuci/sol), 10% grade C.
Karung dikirim dari gudang kami di Medan, bisa ke Aceh, Riau, Jambi, dan luar pulau via kargo.
Cocok untuk toko sepatu second atau lapak pasar. Pembayaran full sebelum kirim.
@@ 1111 P I1
Korean bale opened today 🇰🇷✨
We just opened a fresh 45kg Korean ladies bale at our Jakarta studio. Lots of knit cardigans, pleated skirts, blouses, and a few trench coats.
Prices: tops 25k, skirts 35k, cardigans 45k, coats 120k.
Pickup at our studio in Kemang or COD around South Jakarta. Nationwide shipping available.
Reply with the item number from our story to claim. First come first served!
@@ 1111 M I3
Bang, aku Jefri dari Sanggau. Mau pesan lelong lagi untuk lapak depan terminal:
2 guni campur dewasa, 1 guni anak-anak. Yang dari Kuching kemarin bagus, pelanggan suka. Kalau bisa yang banyak seluar jeans ya bang.
Duit sudah kusiapkan 8 juta, kutransfer setelah abang kabari barang sudah lewat Entikong. Antarnya malam aja macam biasa.
Makasih bang.
@@ 1111 L I1
Blazer Kerja Second ex Japan – 10 Pcs – Mulai 55rb
Blazer wanita dan pria, bahan wol campur dan poliester, warna hitam, navy, abu, krem.
Semua dari ballpres Jepang, sudah dry clean. Kondisi 85-95%.
Harga 55rb-95rb, ukuran lengkap di foto (LD, panjang, lengan).
Cocok untuk kerja, interview, atau sidang skripsi. Lokasi Tangerang Selatan, COD stasiun Sudimara atau Jurangmangu.
@@ 1111 P I3
Jual karung rombengan dari Sabah 🇲🇾, agen Nunukan siap kirim ke Tarakan, Tanjung Selor, Malinau!
Isi karung: baju campur dewasa (±80 kg) 2,7jt, selimut & cadar (±60 kg) 2,2jt, kasut (±40 pasang) 2,9jt.
Kami ambil langsung di Tawau tiap minggu, masuk lewat kapal. Pembayaran transfer, barang dikirim setelah lunas.
Kontak lewat inbox saja, jangan telepon siang hari.
@@ 1111 L I4
Paket Hemat Reseller – 10 Baju Bekas Impor Random – 150rb
Isi campur kaos, kemeja, blouse dari karung Korea & Jepang, kondisi layak jual.
Cocok untuk tes pasar sebelum ambil karung penuh. Ambil 5 paket jadi 700rb.
Kirim dari Bekasi ke seluruh Indonesia. Bonus sticker "thrift" dan kantong kertas untuk 3 paket ke atas.
@@ 1111 P I3
Yang di Lampung, lapak kami buka di pasar pagi Way Halim tiap Minggu 🌞
Barang seken impor dari karungan yang kami ambil di Jakarta: kaos 10rb, kemeja 20rb, celana 25rb, jaket 50rb. Per ikat 20 kaos 200rb buat yang mau jual lagi.
Karung baru dibuka jam 6 pagi, datang pagi biar dapat yang bagus. Pesan lewat WA juga bisa, kami kirim sampai Metro dan Pringsewu.
@@ 1111 L I1
Mantel Wol Second ex UK – 300rb – Bogor
Mantel panjang wol 70%, warna navy, kancing double-breasted, furing utuh. Dari bale import UK.
Kondisi bagus, sudah dry clean. Size label UK 12 (setara M-L).
Cocok untuk perjalanan ke negara empat musim. Bisa COD Bogor kota atau kirim.
@@ 1111 P I5
Review jujur karungan dari @karungkorea.bdg 🙌
Aku ambil K-Ladies 45kg minggu lalu. Isinya 192 pcs, yang layak jual 170an, sisanya bisa buat lap. Banyak cardigan dan rok plisket yang laku cepet di tokoku.
Adminnya responsif, kirim video packing sebelum dikirim. Sampai Pekanbaru 5 hari.
Buat teman-teman reseller yang cari supplier karungan yang jujur, aku rekomen ini. Bulan depan aku ambil 2 karung lagi!
@@ 1111 L I3
Jaket Denim Second ex US – Dari Karungan Gedebage – Size L
Jaket denim biru medium wash, merek Amerika, kondisi 90%. Pit 59, panjang 68.
Harga 110rb. Kios kami di Gedebage, buka tiap hari 9-17. Kirim seluruh Indonesia.
Ada juga 20 jaket denim lain dari bal yang sama, ukuran S-XXL, 90rb-150rb.
@@ 1111 M I2
Selamat siang ibu-ibu grup arisan 🌸
Saya mau tawarkan "bahan" dari gudang saudara di Batam. Isinya gamis, blouse, dan rok dari Singapura, second tapi bagus-bagus, sudah saya pilihkan.
Harga 25rb-60rb per potong. Kalau ibu-ibu mau, saya bawa ke arisan Minggu depan di rumah Bu Yanti, bisa pilih langsung.
Yang mau ambil banyak untuk dijual lagi di kampung, bisa saya kasih harga karung.
@@ 1111 L I1
Dress Vintage Second ex Japan – Motif Bunga – 55rb
Dress katun rayon, panjang semata kaki, kancing depan. Dari bal Jepang ladies.
Kondisi 90%. LD 96, panjang 125.
Bisa COD Surabaya Timur. Masih ada 14 dress lain di katalog, harga 45rb-75rb.
@@ 1111 P I3
Pasar kaget pakaian Malaysia di Singkawang, tiap Ahad pagi 🌤️
Kami jual baju lelong, tudung, seluar, dan kasut. Barang baru masuk dari Sambas, asalnya dari kedai bundle Kuching.
Baju 15rb, tudung 10rb, seluar 25rb, kasut 60rb-120rb.
Tempat: halaman ruko dekat Pasar Hongkong. Jom datang awal!
@@ 1111 L I1
Jersey Bola Second ex Eropa – Original – Dari Bale
Jersey klub Eropa musim 2015-2020, ori (ada kode produk di tag). Kondisi 85-95%, sablon nama pemain utuh pada sebagian jersey.
Harga 85rb-175rb.
Asal dari bale sportswear Eropa yang kami buka di Surabaya. Cocok untuk kolektor atau futsal. Kirim seluruh Indonesia.
@@ 1111 P I4
Cara aku mulai usaha thrift dari 0 sampai punya 2 lapak (dan kamu juga bisa) 👇
Modal awal 2,5 juta, aku beli 1 karung Jepang 45 kg dari supplier di Bandung. Aku sortir jadi 3 kelas: kelas 1 aku jual online 50-80rb, kelas 2 di lapak 20-30rb, kelas 3 aku jual kiloan.
Dalam 3 minggu balik modal, untung sekitar 3 juta. Sekarang tiap bulan aku ambil 4-5 karung.
Kalau kamu mau coba, aku buka slot supplier untuk 10 orang bulan ini: aku ambilkan karung dari gudang langgananku dengan harga sama, plus aku ajari cara sortir dan foto. DM "MULAI" ya!
@@ 1111 L I2
kMj sec0nd jpn/kr – 30 pcs – 20rb/pcs
kondisi 8-9/10. sz M-XL. dr krg yg baru dbuka.
ambil 10 free 1. cod jkt timur / kirim.
no tanya asal, ok? dm only.
@@ 1111 P I3
Hei warga Kefamenanu deng Atambua! 👋
Rombengan baru dari Dili su masuk, kaka. Ada kemeja, celana, jaket, deng baju anak. Katong jual per ikat 10 pcs 50rb, atau satuan 10rb.
Lapak di pasar baru tiap Kamis, deng di Halilulik tiap hari pasar.
Mau ambil banyak buat jual lai di Kupang? Bisa, katong kirim pake bis malam.
"""
DATA += r"""
@@ 1111 P I1
Sebelum kalian tanya lagi: iya, aku tahu berita soal larangan dan razia di Senen. Aku juga ngikutin beritanya, sedih lihat pedagang-pedagang kecil kehilangan mata pencaharian. Menurutku pemerintah harusnya bikin kuota, bukan melarang total, karena yang kena duluan selalu yang kecil.
Tapi hidup harus jalan terus. Stok yang aku beli sebelum razia masih ada sekitar 200 pcs dan harus aku habiskan.
Jadi mulai malam ini aku upload bertahap: jaket ex Jepang 70rb-140rb, kemeja ex Korea 35rb, rok plisket 40rb, sweater 50rb. Semua sudah dicuci dan diuap.
Pemesanan lewat DM atau WhatsApp di bio, kirim dari Jakarta Pusat. Terima kasih yang tetap dukung usaha kecil kami 🙏
@@ 1111 L I4
[GROSIR] Pakaian Bekas ex Hong Kong – Sortir 1 – Per Kg 55rb
Kami menyediakan pakaian second ex Hong Kong hasil sortir pertama, cocok untuk toko thrift premium: blouse, kemeja kantor, blazer, celana bahan, dan dress kerja.
Harga kiloan: 55rb/kg (min. 20 kg), 50rb/kg (min. 50 kg). Kiloan campur tanpa sortir 35rb/kg.
Semua barang dipilah di gudang kami di Manado, asal karung dari Hong Kong lewat jalur laut.
Pengiriman ke seluruh Sulawesi, Maluku Utara, dan Papua via kapal. Foto sampel isi per karung bisa diminta via WA.
Pembayaran full sebelum pengiriman, tidak menerima retur karena barang second.
"""
