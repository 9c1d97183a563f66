R = [
("profile","hn_new_thrift_style",1,0,1,0,"""Gudang Retro Kita 🧢
Brand lokal dari Yogyakarta sejak 2020.
Kami bikin kaos band, kemeja bowling & jaket coach dengan nuansa 90an.
Semua produk BARU, diproduksi penjahit lokal, bukan hasil bongkar bal.
Shopee • Tokopedia • TikTok Shop: gudangretrokita
Reseller welcome, minimal 12 pcs campur."""),
("listing","hn_new_import",1,0,1,1,"""GROSIR DRESS IMPORT GUANGZHOU — NEW ARRIVAL
Barang baru, tag lengkap, masih dalam polybag.
1 seri isi 4 pcs (S-M-L-XL), harga 260rb/seri.
Pengiriman dari Tanah Abang Blok A lantai 5.
Dokumen impor resmi, bisa minta faktur untuk toko.
Catatan: kami tidak menjual barang second/preloved dalam bentuk apa pun."""),
("listing","hn_factory_reject",1,0,1,0,"""Kaos Polos Reject Pabrik – per karung
Isi ±100 pcs, ukuran campur M-XXL
Cacat: noda kecil, jahitan bahu miring, warna belang
Semua baru dari pabrik di Karanganyar, belum pernah dipakai.
Harga 1 karung 850rb, cocok buat kaos sablon atau seragam kerja bakti.
Bisa kirim via kargo ke luar Jawa."""),
("post","hn_own_preloved",1,1,1,0,"""Halo Carousell friends 👋
Aku lagi lepas beberapa outer preloved koleksi pribadi:
• Trench coat Cotton On (Mall Taman Anggrek) – 150rb
• Blazer Mango (Plaza Senayan) – 180rb
• Cardigan rajut bikinan Ibu sendiri – 90rb
Semua dipakai sendiri, bukan hasil hunting di pasar seken.
Meet up area Grogol atau kirim via Grab."""),
("listing","hn_own_preloved",1,1,1,0,"""Paket Baju Bayi Preloved (0-6 bulan)
Isi 25 pcs: jumper, bodysuit, celana, topi.
Semua bekas anak pertama, beli di Mothercare & toko bayi lokal di Surabaya.
Sudah dicuci pakai deterjen bayi & disetrika.
Harga paket 200rb, tidak dijual satuan.
Bisa COD Rungkut."""),
("article","hn_news",0,1,1,1,"""Kementerian Perdagangan kembali mengingatkan pelaku usaha daring untuk tidak memperdagangkan pakaian bekas asal impor.
Dalam keterangannya, kementerian menyebut masih menemukan ribuan tautan produk dengan kata kunci seperti 'second Korea', 'thrift impor', dan 'bal Jepang'.
Sebagian penjual disebut mengganti kata kunci dengan singkatan atau angka untuk menghindari sistem penyaringan.
Platform diminta menurunkan tautan tersebut dalam waktu 2x24 jam.
Kementerian juga membuka kanal pengaduan bagi masyarakat."""),
("article","hn_news",0,1,1,1,"""Sebanyak 7.300 potong pakaian bekas dalam 58 koli dimusnahkan di Kantor Bea Cukai Entikong, Kamis (12/9).
Barang-barang itu diamankan dari sejumlah truk yang melintas dari Sarawak dalam tiga bulan terakhir.
Selain pakaian, petugas juga memusnahkan sepatu dan tas bekas.
Kepala kantor menyebut perbatasan darat masih menjadi jalur favorit penyelundupan.
Pemusnahan dilakukan dengan cara dibakar di tempat pembuangan khusus."""),
("article","hn_explainer",0,1,1,1,"""Mengenal istilah dalam bisnis pakaian bekas impor (dan kenapa itu dilarang)
'Bal' atau 'balpres' adalah gulungan pakaian yang dipadatkan mesin press, biasanya 100 kg.
'Grade' menunjukkan kualitas isi bal, dari 'cream' sampai 'C'.
Di daerah, barang ini punya nama sendiri: cakar di Makassar, monza di Medan, awul-awul di Yogyakarta, lelong di Kalimantan Barat.
Apa pun namanya, impornya dilarang oleh Permendag 18/2021 jo. 40/2022 sehingga pembeli sebaiknya berhati-hati."""),
("post","hn_meme",0,1,1,1,"""POV: kamu pamer jaket 'dari Jepang' ke temen 😎
Temen: beli di mana?
Kamu: ...Kebon Kalapa
Temen: oh berarti dari Jepang juga, lewat karung 🤣
#meme #bandung #kebonkalapa #jaketjepang"""),
("comment","hn_buyer_question",0,1,1,1,"""Kak numpang tanya ya.
Di deskripsi tokomu tulisannya 'preloved Japan', maksudnya preloved punya kakak yang dibeli di Jepang atau barang bekas impor yang dijual lagi?
Soalnya aku mau beli buat hadiah, tapi gak mau barang dari karung.
Makasih kak 🙏"""),
("review","hn_review_no_seller",0,1,1,1,"""Pengalaman pertama ke Pajak Melati Medan ⭐⭐⭐⭐
Lautan celana jeans seken dari luar negeri, sampai bingung milih.
Harga bervariasi, 30 ribu sampai 200 ribu buat yang vintage.
Minusnya: panas, sempit, dan harus jago nawar.
Saran: bawa air minum dan pakai baju tipis, karena bakal lama di dalam."""),
("post","hn_tutorial",0,1,1,1,"""Tips buat pemula yang mau beralih dari jualan bal ke usaha legal 💡
1. Cek konveksi lokal di kotamu, banyak yang mau kerja sama sistem makloon.
2. Coba jual preloved titipan warga sekitar (konsinyasi), bukan barang impor bekas.
3. Pakai stok sisa ekspor garmen lokal yang ada faktur pabriknya.
4. Bangun brand sendiri, walau kecil.
Lebih tenang, gak takut akun diblokir."""),
("post","hn_donation",0,1,1,0,"""Terima kasih teman-teman alumni 🙏
Donasi pakaian bekas yang terkumpul minggu ini: 14 karung.
Sudah kami sortir: 9 karung layak pakai dikirim ke desa terdampak kekeringan di Gunungkidul, 5 karung sisanya diserahkan ke bank sampah untuk didaur ulang.
Semua pakaian berasal dari lemari alumni sendiri.
Donasi gelombang kedua dibuka bulan depan."""),
("post","hn_school_bazaar",1,1,1,0,"""Rummage Sale Komunitas Ibu-Ibu Gereja St. Yoseph 🌼
Minggu, setelah misa kedua, di aula paroki.
Dijual pakaian seken sumbangan umat, sepatu, tas, dan perabot.
Harga mulai 2rb!
Hasilnya untuk membantu biaya sekolah anak asuh paroki.
Barang yang tidak laku akan disumbangkan ke panti."""),
("listing","hn_other_goods_bal",1,0,0,1,"""Beras Impor Thailand Hom Mali — per karung 25kg
Stok gudang Surabaya, beras baru giling, wangi pandan.
Harga distributor 385rb/karung
Minimal 10 karung untuk harga grosir.
Dokumen impor & izin edar lengkap.
Pengiriman Jatim pakai armada sendiri."""),
("listing","hn_other_goods_bal",1,1,0,0,"""Karung Goni Bekas – Murah Meriah
Bekas wadah gula & kopi, kondisi masih kuat.
Ukuran 60x100 cm, cocok buat karung pasir, tanaman, atau kerajinan.
Harga 3.500/lembar, per bal isi 100 lembar 300rb.
Lokasi Gresik, bisa kirim dengan ekspedisi."""),
("listing","hn_used_vehicle",1,1,0,1,"""Dijual Kawasaki Ninja ZX-25R Bekas (CBU Thailand)
Tahun 2021, km 11rb, servis resmi.
Modif ringan: spion, knalpot (standar masih ada).
Pajak panjang, BPKB & STNK atas nama sendiri.
Harga 92jt nego, lokasi Cibubur.
Harap serius, no tukar tambah."""),
("listing","hn_used_phone",1,1,0,1,"""HP Seken Jepang Grade A — Stok Toko
• Samsung Galaxy S21 (docomo) 3,1jt
• Sony Xperia 1 III 3,9jt
• Sharp Aquos R6 3,3jt
Semua sudah unlock, IMEI terdaftar resmi lewat kantor bea cukai.
Garansi toko 1 bulan, Mangga Dua Mall lantai 3."""),
("post","hn_upcycling",1,1,1,0,"""Dari jeans bekas jadi sepatu? bisa! 👟
Studio kecil kami di Malang mengolah celana jeans bekas yang dikumpulkan dari warga sekitar menjadi sneakers kanvas denim.
Satu pasang butuh 2 celana.
PO batch 3 dibuka, harga 285rb, ukuran 37-44.
Bawa 2 celana jeans bekasmu sendiri, dapat potongan 50rb.
#upcycle #lokalpride #malang"""),
("post","hn_job",0,1,1,1,"""Cari kerja di gudang 'pakaian seken impor' di Bekasi? Pikir ulang dulu.
Temanku kerja jadi tukang sortir bal di sana, tiap hari angkat karung 100 kilo, gak ada BPJS.
Terus minggu lalu gudangnya digerebek, semua pekerja ikut diperiksa.
Gajinya memang lumayan harian, tapi risikonya gede.
Mending cari loker di pabrik resmi."""),
("post","hn_travel_food",0,1,1,1,"""Kuliner wajib setelah belanja di Gedebage 😋
1. Mie kocok di depan pasar, 20rb
2. Es cendol Elizabeth, nyegerin abis muter-muter lapak baju seken
3. Bakso cuanki di parkiran
Tips: simpan dulu kantong belanjaanmu di mobil, karena tangan bakal penuh jajan.
#kulinerbandung #gedebage"""),
("post","hn_report",0,1,1,1,"""Laporan warga untuk Dinas Perdagangan Kota 📝
Di Jl. Veteran setiap malam ada lapak yang bongkar karung pakaian bekas dari Malaysia.
Penjual bahkan pasang spanduk 'Baju Lelong Baru Datang'.
Kami khawatir soal kebersihan dan legalitas barangnya.
Mohon ditindaklanjuti, foto dan lokasi terlampir di bawah."""),
("message","hn_complaint",0,1,1,1,"""Selamat siang, saya mau komplain pesanan #TS-4471.
Di judul tertulis 'Jaket Second Korea Original Grade A', tapi yang saya terima jaket robek di lengan dan ada bekas lem.
Saya sudah minta retur lewat aplikasi tapi ditolak seller dengan alasan 'barang seken tidak ada garansi'.
Mohon bantuan pihak platform untuk mediasi.
Terima kasih."""),
("post","hn_opinion",0,1,1,1,"""Warga Nunukan itu serba salah 😔
Dari dulu baju seken dari Tawau jadi andalan karena barang baru dari Jawa mahal ongkirnya.
Sekarang dilarang, tapi alternatifnya belum ada.
Menurutku pemerintah perlu bikin pasokan pakaian baru murah ke perbatasan dulu, baru tegas soal larangan.
Bukan membela penyelundup, cuma realistis aja."""),
("listing","hn_new_import",1,0,1,1,"""Sepatu Running Impor BARU — Ex Display Toko Singapura?
Bukan ya kak, ini stok baru dari distributor resmi di Jakarta, barang impor legal.
Box lengkap, tag ada, nota pembelian ada.
Asics Gel-Kayano 30 size 42, harga 1,7jt.
Kami tidak menjual sepatu second dalam bentuk apa pun.
COD Kuningan atau kirim instan."""),
("post","hn_regional_joke",0,1,1,1,"""Dialog di Pasar Butung:
A: Bajumu bagus ndi, beli di mana?
B: Cakar ji, 15 ribu.
A: Ih, kayak baju mall.
B: Memang mall, tapi mall-nya di Jepang, dikirim pakai karung hahaha
Beginilah hidup anak Makassar 😂"""),
("comment","hn_buyer_question",0,1,1,1,"""Numpang tanya, di Pontianak masih ada yang jual baju lelong dak?
Dulu di Pasar Flamboyan banyak, sekarang katanya udah jarang.
Aku cuma mau tau aja, bukan mau beli banyak.
Terima kasih abang kakak."""),
("listing","hn_seller_denial",1,1,1,0,"""PRELOVED TITIPAN — BUKAN BARANG IMPOR 🙅
Toko kami menerima titipan baju bekas dari warga Bogor dan sekitarnya.
Setiap barang dicatat nama penitip & toko asal pembelian (mall/online lokal).
Kami tolak barang yang kelihatan dari bal atau karung impor.
Harga 15-100rb, bagi hasil 60% untuk penitip.
Lokasi: Jl. Pajajaran, buka Selasa-Minggu."""),
("article","hn_guideline",0,1,1,1,"""FAQ Penjual: Bolehkah saya menjual pakaian bekas?
Boleh, jika itu pakaian bekas milik sendiri atau titipan warga yang dibeli di dalam negeri.
Tidak boleh, jika pakaian bekas itu berasal dari luar negeri, termasuk yang dibeli per bal, per karung, per koli, atau disebut 'ex Japan/Korea'.
Hindari juga menyamarkan kata kunci, karena sistem kami mengenali ejaan seperti 's3k3n' dan 'b@l'.
Pelanggaran dapat berujung pada penutupan toko."""),
("post","hn_nostalgia",0,1,1,1,"""Tahun 2009 aku kuliah di Medan, uang saku pas-pasan.
Tiap awal bulan ke Pajak Melati beli kemeja monza 10 ribu buat kuliah.
Sampai sekarang masih ada satu kemeja Oxford biru yang kupakai.
Sekarang baru tau kalau barang itu ternyata impornya dilarang.
Kenangan tetap kenangan, tapi sekarang aku belanja brand lokal."""),
]
