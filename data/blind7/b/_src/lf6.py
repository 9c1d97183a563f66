R = [
("post","hn_seller_story_legal",0,1,1,1,"""Dari Lapak Seken ke Brand Lokal: Catatan Seorang Mantan Pedagang
Selama delapan tahun saya menjual kemeja second dari Jepang di Pasar Senen. Ketika pasokan berhenti, saya sempat putus asa.
Sekarang saya bekerja sama dengan dua penjahit di Cibinong membuat kemeja baru bergaya lama.
Untungnya belum sebesar dulu, tapi saya tidak lagi takut setiap ada petugas datang.
Tulisan ini bukan iklan, hanya cerita.""","std"),
("listing","regional_offer",1,1,1,1,"""Eeh kawan, jins Levi's seken Jepang baru masuk pajak pagi ni!
Ukuran 28 sampe 36, harga 60 sampe 120 ribu, tergantung kondisi.
Datang cepat, biasanya siang udah habis diborong anak kampus.
Lapak Bang Sihombing, Pajak Melati lorong empat.""","mdn"),
("post","hn_official_statement",0,1,1,1,"""Pernyataan Kementerian Koperasi dan UKM
Pemerintah memberi perhatian pada dampak larangan impor pakaian bekas terhadap pedagang kecil.
Program restrukturisasi usaha akan menghubungkan pedagang pakaian bekas di Pasar Senen, Gedebage, dan pasar-pasar lain dengan produsen konveksi lokal.
Pendaftaran dibuka melalui dinas koperasi setempat.""","std"),
("listing","live_sale",1,1,1,1,"""🔴 LIVE SORE INI 16.00
Bongkar koli dari Hongkong: rok, blus, dan cardigan cewek
Harga flat 30rb semua item!
Cara ikut: komen kode hanger (misal A12), admin kirim invoice.
Pembayaran max 2 jam, lewat dari itu dilepas ke antrean berikutnya.""","std"),
("comment","hn_buyer_question",0,1,1,1,"""Sedulur, arep takon.
Nek tuku klambi seken Jepang nang pasar, terus dienggo dewe, iku kena aturan ora?
Aku ora dodolan kok, mung pengen ngerti wae ben ora salah.
Matur nuwun sing gelem njawab.""","jv"),
("listing","hn_other_goods_bulk",1,1,0,0,"""Jual majun (kain lap) per karung 25 kg 🧽
Dari potongan kaos bekas lokal, sudah dipotong dan dicuci
Cocok untuk bengkel, pabrik, dan percetakan
Harga 4.500/kg, kirim Jabodetabek""","std"),
("listing","creator_haul",1,1,1,1,"""Kakak-kakak, kalo cari baju seken Korea yang bagus, pigi jo ke lapak Tante Nova di Pasar Bersehati 😍
Kita kemarin dapa jaket parka 50 ribu, masih alus skali.
Dia pe barang datang tiap minggu dari Tawau.
Bilang jo kita yang suruh, mungkin dapa diskon 😁""","mnd"),
("article","hn_news",0,1,1,1,"""BATAM — Tim gabungan memusnahkan 3.800 koli pakaian dan sepatu bekas hasil penindakan sepanjang tahun dengan cara dibakar di tempat pembuangan akhir.
Kepala kantor pelayanan setempat menyebut barang berasal dari Singapura, Malaysia, dan Korea Selatan.
Pemusnahan disaksikan perwakilan kejaksaan dan pemerintah kota.""","std"),
("listing","plain_offer",1,1,1,1,"""Jaket varsity seken ex USA 🇺🇸
Wool body, sleeve kulit sintetis
Ukuran L (pit to pit 60)
Ada badge sekolah asli di dada
Harga 220rb, nego dikit
Bisa COD Tangerang Selatan""","std"),
("post","hn_tutorial",0,1,1,1,"""Baca dulu sabalum manukar baju seken matan luar negeri:
Barang kaya itu dilarang masuk, jadi kada ada jaminan kesehatan barangnya.
Mun sudah tatukar, basuh pakai banyu panas wan sabun, jamur kada kawa dicungul pakai mata.
Labih baik manukar baju lokal nang murah.""","bjn"),
("listing","reseller_recruit",1,1,1,1,"""Mau usaha modal kecil? 🤑
Kami cari 20 mitra untuk menjual pakaian seken ex Jepang di pasar kaget dan CFD.
Paket mitra: 1 bal campur (±300 pcs) + rak lipat + banner.
Harga paket 4,5 jt, bisa dicicil 2x.
Wilayah: Jabodetabek & Karawang.""","std"),
("listing","hn_new_thrift_style",1,0,1,0,"""VINTAGE INSPIRED, NOT SECOND ✨
Jaket denim washed dengan efek pudar, dibuat baru di workshop kami.
Kami tidak menjual barang thrift atau impor bekas, semua produksi sendiri.
Ukuran S–XL, harga 275rb.
Cek size chart di slide terakhir.""","std"),
("message","dm_offer",1,1,1,1,"""Bang, barang lelong yang kemaren tu udah sampai kedai kamek.
Ade sepuluh karong, isinye jaket same seluar panjang dari Kuching.
Kalau abang nak ambik lima karong, kamek kasi harge kawan.
Kabarkan jak sebelum petang ye.""","ptk"),
("post","hn_opinion_oped",0,1,1,1,"""Sebagai anak muda yang suka thrifting, aku dulu bangga beli jaket second impor.
Setelah ikut diskusi soal limbah tekstil, aku sadar sebagian besar isi karung kiriman itu justru dibuang di sini.
Sekarang aku lebih milih tukar baju sama teman atau beli preloved lokal.
Gaya tetap, beban ke lingkungan lebih kecil.""","std"),
("listing","hn_used_vehicle_phone",1,1,0,0,"""Jual HP second kondisi normal 📱
Samsung S21, pemakaian pribadi sejak 2021
Beli resmi di toko Jakarta, garansi sudah habis
Minus lecet halus di frame
Harga 3,6 jt nego
COD Depok""","std"),
("listing","market_stall",1,1,1,1,"""Singgah mi ke lapak Daeng Tayang di Pasar Butung lantai 2 🙏
Kemeja ex Malaysia, celana jins, jaket, semua seken pilihan.
Harga mulai 15 ribu, bisa ditawar ji.
Buka dari jam 8 pagi, libur hari Jumat siang.""","mks"),
("post","hn_report",0,1,1,1,"""[LAPOR] Grup FB "Seken Murah Jatim" jadi tempat jual goni pakaian dari Korea
Postingan terbaru menawarkan "3 goni kemeja ex Korea, barang Tanjung Perak, 7 jt".
Saya sudah lapor ke admin FB dan ke kanal pengaduan Kemendag.
Yang lain kalau lihat, tolong ikut report ya.""","std"),
("listing","wholesale_bulk",1,1,1,1,"""Ready di gudang Tanjungbalai: 2 ton seken Jepang, kemeja sama celana 👕👖
Agen Siantar, Kisaran, Rantau, silakan pesan per karung.
Harga per karung 2,8 juta, isi kira-kira 350 potong.
Kirim pakai L300, ongkos kita bagi dua lah.""","mdn"),
("listing","hn_donation",1,1,1,0,"""Toko Amal Rumah Singgah 🧡
Kami menjual pakaian bekas hasil sumbangan warga sekitar dengan harga 5rb–15rb.
Seluruh keuntungan untuk biaya makan anak jalanan di rumah singgah kami.
Buka Sabtu–Minggu, Jl. Melati No. 8, Bogor.""","std"),
("article","hn_feature_article",0,1,1,1,"""Sabtu pagi di sebuah lapangan parkir di Yogyakarta, sekitar seratus anak muda antre masuk ke acara tukar baju.
Panitia hanya menerima pakaian milik peserta sendiri, tidak menerima barang yang dibeli per karung.
"Kami ingin orang melihat preloved sebagai cara memperpanjang umur pakaian, bukan bisnis impor," kata koordinator acara.
Tahun depan mereka berencana menggelar acara serupa di Solo.""","std"),
("listing","evasive_spelling",1,1,1,1,"""s-e-c-o-n-d k.o.r.e.a 🧥🧥
puffer 80k | parka 95k | coach 60k
ready per pcs / per g-o-n-i
dtg dr t@njungp!nang tiap senin
pengiriman ke seluruh sumatera
tanya dl boleh 😊""","std"),
("listing","hn_upcycling",1,1,1,0,"""Bengkel Jahit Ulang 🪡
Kami mengubah sarung dan kemeja bekas lokal jadi tas, pouch, dan bucket hat.
Bahan diambil dari donasi warga Malang, bukan dari impor.
Harga produk 35rb–120rb, pesanan custom juga bisa.""","std"),
("live","live_script",1,1,1,1,"""Hallo baraya nu nembe lebet live! 🙌
Ayeuna urang buka karung seken ti Jepang, eusina kemeja flanel sareng jaket.
Nu beureum ieu ukuran L, 30 rebu. Nu hejo ukuran M, 28 rebu.
Mangga ketik 'candak' di kolom koméntar, engké admin ngarékap.""","su"),
("post","hn_joke_meme",0,1,1,1,"""Tebak-tebakan:
Apa bedanya koli dan kolesterol?
Koli bikin pedagang senang pas kapal datang, kolesterol bikin kamu nggak senang pas makan sate di depan Pasar Senen.
Garing? Sama kayak dompetku abis hunting jaket second 😂""","std"),
("listing","bio_profile",1,1,1,1,"""👘 Nippon Rack ID
Jaket, kemeja, & kimono 2nd dari Jepang
Tiap barang dicuci & disetrika sebelum kirim
📍Gudang: Cikarang
🛒 Open reseller & dropship
💬 DM untuk katalog terbaru""","std"),
("listing","hn_factory_reject",1,0,1,0,"""Stok sisa ekspor – celana cargo 👖
Order buyer Australia yang batal, barang baru semua
Cacat minor di beberapa jahitan saku
Harga 85rb, ambil 1 lusin 900rb
Gudang di Boyolali""","std"),
]
