R = [
("listing","seller_story",1,1,1,1,"""Cerita sedikit ya 🙏
Dulu aku kerja di pabrik, kena PHK pas pandemi. Modal 3 juta aku pakai buat ambil satu goni kemeja seken dari Korea lewat kenalan di Batam.
Sekarang alhamdulillah bisa buka lapak kecil di rumah, tiap minggu masih restock.
Yang mau bantu usahaku, cek katalog di highlight, kemeja mulai 30rb aja.""","std"),
("article","hn_news",0,1,1,1,"""PEKANBARU — Pengadilan Negeri menjatuhkan vonis satu tahun penjara kepada seorang pengusaha yang terbukti memasukkan 450 bal pakaian bekas dari Malaysia melalui Dumai.
Majelis hakim menilai terdakwa sengaja menghindari pemeriksaan kepabeanan.
Barang bukti diputuskan dirampas untuk dimusnahkan.""","std"),
("listing","regional_offer",1,1,1,1,"""Monggo pinarak ing lapak kulo 🙏
Sandhangan seken saking Jepang lan Korea, kemeja, jaket, lan rok.
Regine mirah, wiwit 20 ewu.
Lapak wonten Pasar Klewer sisih wetan, pados Bu Darmi.
Saben Kemis wonten barang enggal dugi saking pelabuhan.""","jv"),
("post","hn_forum_thread",0,1,1,1,"""Subforum Fashion > Diskusi
Judul: Grade A, B, C di kiriman seken impor itu maksudnya apa?
Balasan 1: grade A katanya mulus, B ada noda, C buat lap. Tapi tergantung penjual.
Balasan 2: intinya semua itu barang ilegal sekarang bro, jadi grade apapun tetep kena takedown.
Balasan 3: iya, mending beli preloved lokal aja, jelas asalnya.""","std"),
("listing","reseller_recruit",1,1,1,1,"""Woi kawan-kawan Medan! Siapa mau jadi reseller? 💪
Kami pegang barang seken ex Korea sama Jepang, langsung dari gudang di Tanjungbalai.
Kau cukup share foto, untung bersih bisa sampek 40%.
Gak perlu modal besar, 500 ribu pun jadi.
Inbox aja, jangan malu-malu kali.""","mdn"),
("post","hn_official_statement",0,1,1,1,"""Keterangan Pers Bea Cukai Kepri
Sepanjang bulan ini, tim patroli laut menindak tiga kapal yang membawa total 1.120 koli pakaian bekas tanpa dokumen.
Seluruh barang berasal dari Malaysia dan Singapura dan akan dimusnahkan setelah berkekuatan hukum tetap.
Masyarakat yang mengetahui aktivitas bongkar muat mencurigakan di pelabuhan rakyat dapat melapor melalui kontak pengaduan resmi.""","std"),
("listing","plain_offer",1,1,1,1,"""✨ KEMEJA OXFORD 2ND EX USA ✨
Ralph Lauren, Brooks Brothers, J.Crew
Ukuran M–XL
Kondisi 9/10, semua sudah laundry
Harga 75rb/pcs, 3 pcs 200rb
Lokasi Yogyakarta, bisa kirim""","std"),
("comment","hn_complaint_scam",0,1,1,1,"""Abdi kapungkur meser jaket seken Korea di online, saurna mah mulus.
Pas dugi, seueur bolongna, bau apek deuih. Pas di-chat, sellerna teu ngawaler.
Janten kapok, moal deui meser barang kitu. Mending meser anyar produk lokal we.""","su"),
("listing","hn_new_thrift_style",1,0,1,0,"""Koleksi "Pasar Loak" 🛒
Terinspirasi gaya thrifting 90-an: kemeja boxy, celana pleated, rompi rajut.
Semua produk BARU, dibuat di workshop kami di Bandung.
Tidak menjual pakaian bekas dalam bentuk apa pun.
Shop di website atau toko resmi marketplace.""","std"),
("live","live_script",1,1,1,1,"""Oke gaes, kita lanjut ya!
Ini dari koli yang baru turun tadi siang, semuanya jaket puffer ex Korea.
Yang hitam ini size L, bulu angsa, 90 ribu aja. Yang krem size M, 85.
Siapa cepat ketik 'gas', aku kunci namanya.
Jangan lupa tap-tap layarnya biar live kita naik!""","std"),
("post","hn_opinion_oped",0,1,1,1,"""Pedagang Pasar Bukan Musuh Negara
Ketika ribuan karung pakaian bekas dibakar di depan kamera, publik bertepuk tangan. Tetapi di balik setiap karung ada rantai panjang: kuli angkut, tukang jahit vermak, penyedia gantungan baju.
Larangan impor memang sah, namun cara menegakkannya perlu memikirkan jalan keluar bagi ribuan keluarga yang sudah puluhan tahun bergantung pada pasar itu.""","std"),
("listing","regional_offer",1,1,1,1,"""Baju lelong baru masok dari Kuching 👕
Kemeje, jaket, seluar jins, ade semue.
Harge mulai 15 ribu, borong banyak dapat potongan.
Singgah jak ke kedai kamek di Pasar Kemuning, buka dari pagi sampai petang.""","ptk"),
("post","hn_tutorial",0,1,1,1,"""Panduan untuk pembeli: cara menghindari penipuan paket baju second impor di media sosial
- Jangan transfer ke rekening pribadi tanpa rekber
- Waspadai harga "per karung" yang terlalu murah
- Cek ulasan akun, bukan hanya jumlah pengikut
- Ingat, barang seperti ini dilarang, sehingga kamu tidak punya perlindungan jika tertipu""","std"),
("listing","wholesale_bulk",1,1,1,1,"""Menerima pesanan:
Sepatu seken Thailand per koli (isi 50 pasang), campur sneakers & boots.
Barang lewat Tanjungbalai, kirim ke seluruh Sumatra dan Jawa.
Pembayaran: DP 30%, sisa setelah barang sampai di terminal ekspedisi tujuan.
Minat hubungi Pak Lubis.""","std"),
("listing","hn_other_goods_bulk",1,0,0,0,"""Dijual jagung pipil kering, per karung 50 kilo, panen sendiri dari Jeneponto.
Harga 5.500 per kilo, bisa ambil di gudang atau kami antar pakai truk.
Kalau mau sampel dulu, datang mi ke rumah.
Kontak Daeng Rahman 0853xxxx.""","mks"),
("message","dm_offer",1,1,1,1,"""Hai kak, makasih sudah follow 🙏
Kebetulan kami lagi sale kemeja second ex Hongkong, tinggal 15 pcs.
Semua 30rb, gratis ongkir buat pembelian 5 pcs ke atas.
Kalau mau aku kirim katalog lengkapnya lewat WA ya.""","std"),
("post","hn_joke_meme",0,1,1,1,"""Tipe-tipe orang di Pasar Senen:
1. Yang bawa koper, niat borong
2. Yang cuma foto-foto buat konten
3. Yang tawar 10rb padahal udah 15rb
4. Yang nemu jaket second Jepang 30rb terus cerita ke semua orang selama seminggu
Kamu yang mana? 😆""","std"),
("listing","hn_own_preloved",1,1,1,0,"""Declutter lemari 🧺
Semua preloved pribadi, beli di mal Jakarta, bukan barang impor bekas:
- Blazer Zara (S) 150rb
- Rok Mango (M) 90rb
- Sepatu Charles & Keith (37) 200rb
COD Kemang atau kirim.""","std"),
("listing","regional_offer",1,1,1,1,"""Torang ada buka karung baru dari General Santos 📦
Isinya kemeja, baju kaos, celana pendek, samua seken.
Harga mulai 10 ribu, boleh tawar.
Datang jo di lapak dekat terminal Paal Dua, ato kontak Om Jefry.""","mnd"),
("article","hn_feature_article",0,1,1,1,"""Pagi di Pasar Butung, Makassar, dimulai dengan suara karung yang dibelah. Pedagang menyebut barangnya "cakar", singkatan yang kononnya berasal dari cap karung.
Daeng Sija (47) sudah tiga dekade berdagang di sana. Ia bercerita bahwa dulu barangnya datang lewat Parepare dari Malaysia.
"Sekarang kita jual yang ada saja mi, barang baru susah masuk," katanya.""","mks"),
("listing","creator_haul",1,1,1,1,"""Aku ke Pajak Melati lagi dong 😍
Dapet jaket corduroy seken Jepang 40rb, kemeja flanel 20rb.
Penjualnya namanya Kak Rosma, lapak di lorong dua dekat musala.
Kalau ke Medan wajib mampir, kasih tau aja disuruh aku hehe.
#hauljaket #medanfashion""","std"),
("post","hn_report",0,1,1,1,"""Lapor Pak Polisi, di kampung kami di Nunukan tiap malam ada kapal bongkar karung baju bekas dari Tawau.
Ulun kada tahu siapa pemiliknya, tapi truknya parkir di dekat dermaga rakyat.
Mohon ditindak karena anak-anak di sini ditawari gawi angkut malam-malam.""","bjn"),
("listing","hn_used_vehicle_phone",1,1,0,1,"""Jual iPhone 13 second ex Jepang 📱
128 GB, shutter sound (bunyi kamera), BH 88%
Fullset dus, IMEI terdaftar resmi
Harga 7,3 jt, COD Jakarta Selatan
No tukar tambah""","std"),
("listing","evasive_spelling",1,1,1,1,"""j a k e t  gunung  2 n d
asal: 🇯🇵
merk: montbell, mammut
harga: 110 & 140
kondisi: ada jahitan ulang di lengan
lok: Bogor, bisa kirim
n.b. barang dtg per g o n i, jd cepet abis""","std"),
("post","hn_news",0,1,1,1,"""BANDUNG — Ratusan pedagang di Pasar Gedebage berunjuk rasa di depan Gedung Sate menuntut kejelasan nasib usaha mereka setelah penindakan terhadap pakaian bekas impor.
Perwakilan pedagang meminta pemerintah memberi masa transisi dan bantuan modal.
Pemerintah provinsi berjanji menyampaikan aspirasi tersebut ke pemerintah pusat.""","std"),
("listing","market_stall",1,1,1,1,"""Mangga ka lapak Kang Asep, Pasar Gedebage blok C 🙏
Seueur kemeja flanel jeung jaket parka seken ti Jepang.
Harga mulai 25 rebu, dugi ka 100 rebu kanggo nu kandel.
Buka unggal dinten ti jam 8 enjing.""","su"),
("listing","hn_donation",0,1,1,0,"""Gerakan #LemariBerbagi 💛
Kami mengumpulkan pakaian bekas layak pakai dari warga Jakarta untuk dikirim ke desa terdampak gempa di Cianjur.
Titik drop: 5 kafe mitra di Jaksel.
Mohon dicuci dan dilipat rapi. Kami tidak menerima barang untuk dijual.""","std"),
("listing","bale_grade",1,1,1,1,"""Update gudang balpres 📦
Kemeja cowok ex Jepang – grade super, 100 pcs/koli
Dress ex Korea – grade 1, 150 pcs/koli
Campur anak-anak ex Hongkong – grade 2, 250 pcs/koli
Pengambilan minimal 2 koli, area Jawa Timur ongkir kami bantu.""","std"),
("comment","hn_buyer_question",0,1,1,1,"""Dek, sapa tau ada yang tau, di Manado masih ada yang jual cakar?
Kita cuma mo tanya, soalnya dulu di pasar 45 banyak skali, skarang so nda ada.
Kita nyanda mo jual, cuma mo beli for pake sandiri.""","mnd"),
("listing","live_sale",1,1,1,1,"""Sedulur kabeh, sesuk awan jam 1 aku live Shopee yo!
Barang seken Korea anyar, jaket karo sweater, cocok nggo musim udan.
Rega 35 ewu rata, sing kepengin langsung klik keranjang.
Ojo nganti kehabisan, stoke mung siji-siji.""","jv"),
]
