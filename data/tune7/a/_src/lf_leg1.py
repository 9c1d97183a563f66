R = [
("listing","hn_new_thrift_style",1,0,1,0,"""KEMEJA FLANEL 'THRIFT LOOK' — 100% BARU
Banyak yang nanya: ini barang bal bukan? BUKAN ya kak 🙏
Semua kemeja kami dijahit di konveksi sendiri di Cigondewah, Bandung.
Bahan flanel katun, sengaja di-wash biar warnanya kalem kayak barang vintage.
Ukuran S-XXL, harga 89rb, beli 2 jadi 160rb.
Garansi tukar ukuran 7 hari."""),
("listing","hn_new_import",1,0,1,1,"""JASTIP SEOUL BATCH JUNI 🇰🇷
Barang BARU dari Dongdaemun & Myeongdong, bukan seken/preloved.
- Cardigan knit 185rb
- Wide pants 210rb
- Totebag kanvas 95rb
Close order 15 Juni, barang sampai Jakarta ±3 minggu setelah close.
Bea masuk sudah termasuk, ada invoice toko."""),
("listing","hn_factory_reject",1,0,1,0,"""SISA EKSPOR & REJECT GARMEN — CUCI GUDANG
Produksi pabrik kami di Kabupaten Bandung, order buyer luar yang dibatalkan.
Semua barang BARU, ada yang cacat ringan (benang lepas, sablon miring).
Harga per karung isi 50 pcs campur: 1,2jt
Ecer di toko: 20-40rb
Bukan pakaian bekas, bukan impor. Datang langsung ke outlet Jl. Raya Banjaran."""),
("listing","hn_own_preloved",1,1,1,0,"""Preloved Lemari Pribadi 🌷
Lagi beres-beres setelah pindahan, jadi ada beberapa baju yang mau dilepas:
1. Blazer hitam Zara (beli di Senayan City) 200rb
2. Dress batik Danar Hadi 150rb
3. Celana kulot H&M Pondok Indah Mall 80rb
Semua dipakai pribadi, dicuci bersih, ada foto detail.
COD area Tangsel, luar kota via Shopee."""),
("post","hn_report",0,1,1,1,"""Min @ShopeeID, tolong dicek toko 'kolong.seoul.official'.
Judul produknya dibuat akal-akalan: 'jaket s3k3n KR grade A per koli'.
Di deskripsi jelas ditulis barang datang dari gudang Batam per karung.
Bukannya pakaian bekas impor itu sudah dilarang Permendag?
Saya lampirkan tangkapan layar 4 produknya. Terima kasih."""),
("post","hn_scam_warning",0,1,1,1,"""⚠️ THREAD PENIPUAN SUPPLIER BAL ⚠️
1/ Akun FB 'Gudang Bal Murah Batam' nawarin 1 bal jaket Korea 2,5jt (jauh di bawah pasaran).
2/ Minta DP 50%, kirim foto resi palsu.
3/ Pas ditanya, katanya barang ketahan di pelabuhan, minta uang 'pelicin'.
4/ Total korban di grup ini udah 11 orang.
Jangan percaya harga yang terlalu murah, apalagi barangnya sendiri ilegal."""),
("article","hn_news",0,1,1,1,"""Petugas gabungan Bea Cukai dan TNI AL menghentikan sebuah kapal kayu di perairan Bengkalis, Selasa dini hari.
Di dalam lambung kapal ditemukan 412 karung berisi pakaian bekas yang diduga berasal dari Malaysia.
Nakhoda dan dua anak buah kapal diamankan untuk pemeriksaan lebih lanjut.
Menurut petugas, muatan itu rencananya dibongkar di pelabuhan tikus di pesisir Riau sebelum dikirim ke Pekanbaru dan Medan.
Barang bukti akan dimusnahkan setelah ada putusan pengadilan."""),
("article","hn_oped",0,1,1,1,"""Ketika seorang mahasiswa membeli kemeja seken Jepang seharga 30 ribu di Pasar Senen, ia merasa berhemat.
Tetapi di balik harga murah itu ada rantai panjang: gudang di luar negeri, kapal yang menyelinap lewat Selat Malaka, gudang di Bekasi, dan lapak kecil yang menanggung risiko razia.
Konveksi rumahan di Majalaya tidak bisa bersaing dengan barang yang ongkos produksinya nol.
Larangan impor pakaian bekas bukan soal melarang orang hemat, tetapi soal melindungi rantai produksi di dalam negeri.
Yang perlu diperkuat adalah pengawasan di pelabuhan, bukan sekadar razia di pasar."""),
("article","hn_guideline",0,1,1,1,"""Pedoman Moderasi Produk Fashion (internal)
Turunkan produk jika judul/deskripsi memuat: 'bekas impor', 'second ex Japan/Korea/USA', 'balpres', 'bal', 'karungan', 'per koli' untuk pakaian, 'cakar', 'monza', 'awul'.
Perhatikan juga ejaan samaran: s3k3n, b@l, pr3l0v3d, huruf dipisah titik.
JANGAN turunkan: preloved pribadi yang dibeli di dalam negeri, produk baru bergaya vintage, sisa ekspor garmen lokal.
Jika ragu, minta bukti pembelian atau dokumen impor barang baru."""),
("post","hn_tutorial",0,1,1,1,"""Cara merawat jaket kulit seken hasil berburu di pasar impor bekas 🧥
1. Jemur di tempat teduh dulu 1-2 hari supaya bau gudang hilang.
2. Lap pakai kain lembab + sabun pelana, jangan direndam.
3. Oles leather conditioner tipis-tipis, diamkan semalam.
4. Simpan pakai hanger lebar, jangan dilipat.
Jaket kulit yang dirawat bisa awet belasan tahun!"""),
("post","hn_joke",0,1,1,1,"""Tingkatan anak thrift:
Level 1: beli di Shopee yang udah dicuci wangi
Level 2: ke Pasar Senen, nawar 3 kali
Level 3: ikut buka bal jam 5 subuh di Gedebage
Level 4: bisa bedain grade A dan B cuma dari bau karung
Level 5: lemari penuh, dompet kosong, tetap bilang 'hemat' 😭
#humor #anakthrift"""),
("post","hn_buyer_question",0,1,1,1,"""Mau nanya ke suhu-suhu di grup ini 🙏
Aku pengen buka usaha kecil-kecilan jual baju, tapi bingung.
Temen nyaranin ambil bal dari Batam karena untungnya gede.
Tapi aku baca berita katanya pakaian bekas impor itu dilarang dan bisa disita.
Ada yang tau risiko hukumnya apa? Dan ada alternatif yang legal gak?"""),
("review","hn_review_no_seller",0,1,1,1,"""Review jujur setelah 2 tahun rutin beli kemeja seken ex Korea:
+ bahan tebal, jahitan rapi, awet
+ modelnya jarang ada yang nyamain
- sering ada noda kuning di kerah yang susah hilang
- beberapa kali dapat yang bau apek walaupun sudah dicuci 3x
Kesimpulan: murah sih, tapi sekarang aku lebih milih brand lokal baru, tenang juga secara aturan."""),
("post","hn_donation",0,1,1,0,"""📦 OPEN DONASI PAKAIAN LAYAK PAKAI 📦
Untuk korban longsor di Cianjur.
Yang dibutuhkan: baju anak, sarung, selimut, pakaian dalam baru.
Baju bekas mohon dicuci & dilipat rapi, dimasukkan kantong plastik per ukuran.
Drop point: Sekretariat Karang Taruna RW 05, setiap hari 16.00-21.00.
Barang TIDAK diperjualbelikan, langsung dikirim ke posko."""),
("post","hn_school_bazaar",1,1,1,0,"""BAZAR AMAL SMPN 12 🎪
Sabtu, 14 September, halaman sekolah, jam 08.00-12.00
Menjual pakaian bekas layak pakai hasil donasi orang tua murid dan guru.
Semua harga 5rb-20rb!
Ada juga buku bekas, mainan, dan jajanan OSIS.
Seluruh hasil untuk beasiswa siswa kurang mampu."""),
("listing","hn_other_goods_bal",1,1,0,0,"""DIJUAL KARDUS BEKAS PER BAL
- Kardus coklat bekas pabrik, sudah dipress
- Berat per bal ±60 kg
- Kondisi kering, tidak berjamur
- Harga Rp2.300/kg
Lokasi gudang Cakung, bisa angkut pakai truk engkel.
Minimal order 1 ton."""),
("listing","hn_used_vehicle",1,1,0,1,"""DIJUAL TOYOTA VELLFIRE 2016 EX JEPANG (CBU)
- Bekas pemakaian pribadi, tangan kedua
- Odometer 78rb km
- Pajak hidup sampai Agustus
- Interior bersih, sunroof normal
Harga 640jt nego tipis, lokasi Kelapa Gading.
Serius langsung cek unit, bisa inspeksi bengkel pilihan."""),
("listing","hn_used_phone",1,1,0,1,"""iPhone 14 Pro 256GB Second Inter (ex Singapore)
- Battery health 89%
- Face ID aman, True Tone on
- Lecet halus di frame, layar mulus
- Kelengkapan: unit + kabel
Harga 11,2jt, COD Mall Ambassador.
IMEI sudah terdaftar resmi, bukan HP BM."""),
("listing","hn_upcycling",1,1,1,0,"""Tas Patchwork Denim — Upcycle Project 🌍
Dibuat dari celana jeans bekas warga yang disetor ke bank sampah kami di Depok.
Tiap tas unik, dijahit ibu-ibu PKK RW 08.
Ukuran 35x40 cm, ada kantong dalam.
Harga 120rb, hasil penjualan untuk kas bank sampah.
Bukan barang impor ya, 100% dari lemari tetangga sendiri 😊"""),
("post","hn_job",0,0,1,0,"""LOWONGAN KERJA — Konveksi 'Retro Lokal' Bandung
Dibutuhkan:
- Penjahit jaket (2 orang)
- Operator washing/faded effect (1 orang)
Kami produksi pakaian baru gaya vintage/thrift, bukan jualan barang bekas.
Gaji UMK + lembur, mess tersedia.
Kirim lamaran ke email HRD atau datang langsung ke workshop."""),
("post","hn_travel_food",0,0,0,1,"""Itinerary 1 hari di Batam buat yang transit 🚢
Pagi: nyebrang dari Harbour Front Singapura ke Batam Centre
Siang: makan gonggong & sop ikan di Nagoya
Sore: foto di Jembatan Barelang
Malam: balik ke hotel, besok terbang ke Jakarta
Note: aku gak belanja apa-apa, koper cuma bawa baju sendiri."""),
("comment","hn_complaint",0,1,1,1,"""Pengalaman buruk beli 'satu koli jaket Korea grade A' dari seller di grup ini 😤
Dari 120 pcs yang layak jual cuma 40-an.
Sisanya robek, jamuran, bahkan ada sarung bantal dan kain pel.
Pas komplain, seller bilang 'namanya juga barang karung, untung-untungan'.
Pelajaran buat yang lain: jangan tergiur."""),
("message","hn_guideline",0,1,1,1,"""Pemberitahuan dari Tim Kebijakan Marketplace
Produk Anda 'Kemeja Flanel Second Import Japan Grade A' telah kami nonaktifkan.
Alasan: melanggar larangan perdagangan pakaian bekas asal impor (Permendag No. 40 Tahun 2022).
Pelanggaran berulang dapat mengakibatkan pembekuan toko.
Jika produk Anda sebenarnya baru atau preloved pribadi, silakan ajukan banding dengan bukti."""),
("post","hn_opinion",0,1,1,1,"""Unpopular opinion: banyak konten kreator 'hidden gem thrift' sebenarnya iklan terselubung buat lapak bal impor.
Mereka gak pernah bilang barangnya dari mana, cuma 'murah banget guys'.
Padahal penontonnya anak SMA yang gak ngerti aturan.
Aku gak anti beli seken, tapi jujur soal asal barang itu penting.
Setuju gak?"""),
("post","hn_regional_news",0,1,1,1,"""Kabar dari Pasar Tungging, Banjarmasin 📰
Hari Minggu kemarin pasar yang biasanya ramai pembeli baju seken impor terlihat lengang.
Banyak pedagang memilih tidak membuka lapak setelah beredar kabar razia.
Seorang pedagang mengaku stok di gudangnya tinggal sedikit karena kiriman karung dari luar tersendat.
Pembeli pun banyak yang pulang dengan tangan kosong."""),
]
