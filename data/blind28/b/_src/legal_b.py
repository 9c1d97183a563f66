# Hand-written texts: legal records (hard negatives and ordinary texts), part B.
# Tuple: (kind, category, offer, used, clothing, abroad, text)

RECORDS = [
# reviews naming no seller
("review", "hn_review", 0, 1, 1, 0, """Beli kemeja preloved ini ternyata masih bagus banget, kainnya adem dan jahitannya rapi.
Ada sedikit noda kecil di manset tapi hilang setelah dicuci pakai sabun cuci piring.
Ukurannya pas sesuai deskripsi.
Overall puas, sepadan sama harganya."""),

("review", "hn_review", 0, 0, 1, 0, """Kaosnya baru, bahannya tebal, sablonnya nggak pecah waktu dicuci pertama.
Modelnya memang dibuat kayak kaos thrift jadul, warnanya pudar tapi itu sengaja.
Pengiriman 3 hari sampai Makassar.
Recommended buat yang suka gaya retro tapi maunya barang baru."""),

("review", "hn_review", 0, 1, 1, 1, """Akhirnya nyobain belanja baju bekas impor pertama kali, dan jujur campur aduk.
Jaketnya oke, tapi baunya apek banget dan harus direndam dua kali.
Kayaknya bakal jadi yang terakhir, ribet perawatannya.
Nggak usah tanya belinya di mana ya, aku juga udah lupa nama lapaknya."""),

("review", "hn_review", 0, 0, 1, 1, """Sepatu lari ini impor resmi dari Vietnam, kotaknya masih segel waktu datang.
Bantalannya empuk, cocok buat lari 5-10 km.
Satu-satunya kekurangan: ukurannya agak kecil, mending naik setengah nomor.
Bintang 4 dari saya."""),

# job vacancies
("post", "hn_job_vacancy", 0, 0, 1, 0, """LOWONGAN KERJA — Admin Toko Online Fashion
Kami brand pakaian muslim lokal di Sidoarjo mencari 2 admin chat & packing
Syarat: wanita, max 28 tahun, teliti, bisa Excel dasar
Gaji UMR + bonus target
Kirim CV ke email hrd.nusafashion@contoh.id sebelum 30 Juni"""),

("post", "hn_job_vacancy", 0, 1, 1, 1, """Dicari tenaga sortir pakaian untuk gudang di Cikarang.
Tugas: memilah pakaian dari bal kiriman luar negeri berdasarkan jenis dan kondisi.
Kerja shift, gaji harian 120 ribu, makan siang ditanggung.
Minat langsung datang ke gudang, bawa fotokopi KTP."""),

("message", "hn_job_vacancy", 0, 0, 1, 0, """Info loker ya gaes 👇
Konveksi kaos di Tajur Bogor butuh penjahit obras dan tukang potong
Pengalaman minimal 1 tahun, bisa mess
Gaji borongan, rata-rata 3-4 juta per bulan
Hubungi Pak Jejen 0819xxxx, bilang dari grup ini"""),

# plain clothing listings, no trade words
("listing", "hn_plain_clothing", 1, 0, 1, 0, """Gamis Ceruty Babydoll Premium Busui Friendly
Bahan ceruty lembut, full furing, resleting depan
Ukuran M, L, XL — panjang 138 cm
Warna: mocca, dusty, navy, hitam
Harga 165rb, ready stock, kirim hari ini"""),

("post", "hn_plain_clothing", 1, 0, 1, 0, """Seragam batik kantor? Bisa banget kami bikinin 😊
Minimal order 24 potong, bisa custom motif dan logo instansi
Waktu produksi 3 minggu
Contoh bahan bisa dikirim dulu sebelum deal
Konveksi Ibu Ratna — Pekalongan, WA 0822xxxx"""),

("listing", "hn_plain_clothing", 1, 0, 1, 0, """Sandal Jepit Karet Motif Anak — Grosir Per Kodi
Satu kodi isi 20 pasang, ukuran campur 24-30
Harga 140rb per kodi
Produksi Tangerang, karet lentur tidak bau
Bisa campur motif"""),

# swaps
("post", "hn_swap", 0, 1, 1, 0, """Swap party baju bulan ini di taman kota Malang! 🔄
Bawa maksimal 5 baju layak pakai milikmu sendiri, tukar dengan punya peserta lain
Tidak ada jual beli, tidak ada uang
Minggu jam 7 pagi, dekat air mancur
Sisa baju yang nggak ketukar akan didonasikan"""),

("comment", "hn_swap", 0, 1, 1, 0, """Ada yang mau tukeran nggak? Aku punya hoodie Erigo bekas pakai sendiri size L, mau ditukar sama yang size M
Kondisi masih bagus banget, cuma kebesaran aja
Area Depok ya biar gampang ketemu"""),

# local upcycling
("post", "hn_local_upcycling", 1, 1, 1, 0, """Dari baju bekas jadi tote bag 👜
Kami mengumpulkan kaos bekas dari warga sekitar Kampung Cibunut, lalu dijahit ulang jadi tas belanja
Setiap tas unik, tidak ada yang sama
Harga 45rb, sebagian hasil untuk kas bank sampah RW
Pesan lewat DM @kreasibunut"""),

("profile", "hn_local_upcycling", 1, 1, 1, 0, """Tambal Sulam Studio ✂️
Upcycle jeans bekas dari lemari pelanggan jadi rok, tas, dan jaket patchwork
Kamu kirim bajumu, kami ubah — bukan jual barang bekas impor
Jasa mulai 75rb
Yogyakarta | DM untuk konsultasi"""),

# factory rejects / export leftovers
("listing", "hn_factory_reject", 1, 0, 1, 0, """Kaos Polos Sisa Ekspor — Baru, Reject Minor
Dari pabrik garmen di Semarang, ada cacat kecil (benang loncat/beda warna tipis)
Harga 18rb per pcs, grosir per lusin 190rb
Bukan barang bekas, semua baru
Cocok untuk sablon atau seragam komunitas"""),

("post", "hn_factory_reject", 1, 0, 1, 0, """Factory outlet Jalan Riau Bandung lagi diskon 50% untuk barang sisa ekspor 🎉
Jaket, kemeja, celana, semua baru dan masih ada tag
Beberapa item reject minor, dikasih tanda merah
Promo sampai akhir pekan, buka jam 10 pagi
Lokasi depan taman lalu lintas"""),

("listing", "hn_factory_reject", 1, 0, 1, 0, """Celana Jeans Overrun Pabrik Sukabumi — New Without Tag
Kelebihan produksi, kualitas sama dengan yang dikirim
Ukuran 27-34, potongan straight
Harga 110rb, minimal ambil 3 untuk harga grosir 95rb
Tidak ada barang bekas di toko kami"""),

# travel, no goods move
("post", "hn_travel", 0, 0, 0, 0, """Jalan-jalan ke Shimokitazawa, Tokyo 🇯🇵
Kawasan ini terkenal banget sama toko vintage-nya, tiap gang ada aja
Aku cuma lihat-lihat dan foto, nggak beli apa-apa karena koper udah penuh oleh-oleh makanan
Suasananya mirip Braga tapi versi lebih sempit
Next time pengen ke sini lagi pas musim gugur 🍁"""),

("post", "hn_travel", 0, 0, 0, 0, """Kemarin diajak temen ke Pasar Cimol Gedebage cuma buat jalan-jalan dan foto OOTD
Nggak belanja apa-apa, cuma liat orang nawar sambil makan cilok
Ternyata rame banget walau hari biasa
Seru juga buat konten, tapi panas banget, bawa topi ya kalau ke sana"""),

# more news
("article", "hn_news", 0, 1, 1, 1, """Nunukan — Aparat gabungan menyita puluhan karung pakaian bekas asal Tawau yang diturunkan di dermaga tidak resmi pada malam hari.
Barang tersebut rencananya akan dikirim ke Tarakan dan Samarinda.
Warga setempat menyebut pakaian bekas dari Malaysia sudah lama diperdagangkan dan dikenal dengan nama lokal tersendiri.
Petugas masih menelusuri pemilik barang."""),

("article", "hn_news", 0, 1, 1, 1, """Dalam rapat dengar pendapat di DPR, asosiasi pertekstilan menyebut masuknya pakaian bekas impor menggerus pasar produsen kecil.
Mereka meminta penegakan hukum di pelabuhan-pelabuhan kecil diperketat.
Perwakilan pedagang pasar tradisional meminta masa transisi agar stok lama bisa dihabiskan.
Rapat ditutup tanpa kesimpulan resmi."""),

("article", "hn_news", 0, 0, 1, 0, """Industri garmen di Jawa Tengah melaporkan kenaikan pesanan menjelang Lebaran.
Sejumlah pabrik menambah shift malam untuk memenuhi permintaan busana muslim dan baju anak.
Asosiasi pengusaha berharap kebijakan pengetatan impor ikut menjaga pasar dalam negeri.
Namun, biaya bahan baku kain yang naik masih menjadi tantangan."""),

("article", "hn_news", 0, 1, 1, 1, """Kajian sebuah lembaga lingkungan menemukan sebagian isi bal pakaian bekas yang masuk secara ilegal tidak layak pakai dan berakhir di tempat pembuangan.
Peneliti memperkirakan sepertiga isi bal berupa kain rusak yang dibuang pedagang setelah sortir.
Limbah ini menambah beban TPA di sekitar pasar.
Laporan lengkap akan dipublikasikan bulan depan."""),

# opinion
("post", "hn_opinion", 0, 1, 1, 0, """Menurutku thrifting paling etis itu ya beli barang bekas orang lokal: tetangga pindahan, garage sale, atau lemari temen.
Barangnya nggak nyebrang laut, nggak ada sampah tekstil negara lain, dan duitnya muter di sekitar kita.
Mungkin pilihannya nggak sebanyak di pasar besar, tapi lebih tenang hati.
Ada yang setuju?"""),

("post", "hn_opinion", 0, 1, 1, 1, """Yang bilang cakar cuma buat orang susah belum pernah lihat mahasiswa Makassar antre di Pasar Butung jam 7 pagi 😂
Tapi serius, kalau pemerintah mau larang, siapkan juga alternatif baju murah yang kualitasnya bagus.
Jangan cuma razia tanpa solusi.
Sekian curhat hari ini."""),

# guidelines
("article", "hn_guideline", 0, 1, 1, 0, """Tips mencuci pakaian bekas sebelum dipakai:
1. Rendam dengan air panas (minimal 60°C) dan deterjen selama 30 menit
2. Tambahkan cuka putih untuk menghilangkan bau
3. Jemur di bawah sinar matahari langsung
4. Setrika dengan suhu tinggi sesuai jenis kain
Cara ini berlaku untuk baju preloved dari mana pun, termasuk lungsuran saudara."""),

("article", "hn_guideline", 0, 1, 1, 1, """Komunitas kami punya aturan sederhana:
- Dilarang memposting jualan pakaian bekas impor, bal, atau karungan dalam bentuk apa pun
- Boleh jual preloved pribadi, wajib cantumkan foto asli dan kekurangan barang
- Postingan yang melanggar akan dihapus tanpa peringatan
Terima kasih sudah menjaga grup tetap aman. — Admin"""),

# complaints / reports
("post", "hn_complaint_report", 0, 1, 1, 1, """Guys, ada akun yang nyolong foto katalog kita terus nulis "sortiran monza grade A, ready 500 pcs".
Kita jual kemeja baru produksi sendiri, bukan monza! 😡
Tolong bantu report ya, username-nya kita taruh di story.
Jangan sampai ada yang ketipu."""),

("message", "hn_complaint_report", 0, 1, 1, 1, """Min, saya mau lapor. Di grup jual beli RT kami ada yang tiap hari posting "bal Korea 100kg siap kirim, harga miring".
Saya khawatir itu barang selundupan.
Apa ada cara lapor ke pihak yang berwenang?
Terima kasih atas bantuannya."""),

("review", "hn_complaint_report", 0, 1, 1, 1, """Pesan "kardigan thrift Jepang mulus", yang datang malah robek di ketiak dan kancingnya hilang dua.
Waktu komplain, penjual cuma bilang "namanya juga barang karungan kak".
Nggak ada itikad baik sama sekali.
Saran buat yang lain: minta video sebelum beli."""),

# buyer questions
("comment", "hn_buyer_question", 0, 1, 1, 1, """Ada yang tau nggak bedanya grade A sama grade B di bal baju bekas?
Aku liat di TikTok orang bongkar bal terus pada bilang "wah ini grade A banget"
Sebenernya standarnya apa ya? Penasaran aja, bukan mau beli"""),

("post", "hn_buyer_question", 0, 0, 1, 0, """Rekomendasi brand lokal kemeja flanel yang bagus dan tahan lama dong
Budget maksimal 200rb
Pengen yang baru aja, bukan thrift, soalnya mau buat kado ulang tahun pacar
Terima kasih sebelumnya 🙏"""),

("message", "hn_buyer_question", 0, 1, 1, 0, """Bu, mau tanya, kalau jual baju bekas anak saya sendiri lewat marketplace itu boleh nggak ya?
Takutnya kena aturan larangan baju bekas yang sering diberitakan itu.
Barangnya beli di toko di Bekasi semua kok, bukan impor.
Makasih infonya bu."""),

# jokes
("post", "hn_joke_meme", 0, 1, 1, 1, """Pacar: kamu beli jaket baru?
Aku: iya dong
Pacar: kok ada nama "Tanaka" di labelnya
Aku: ...itu nama desainernya 😅
Pacar: desainer kok nulis alamat rumah di Saitama
#thriftlife #jaketjepang"""),

("post", "hn_joke_meme", 0, 0, 1, 0, """Tanda-tanda kamu anak kos tingkat akhir:
- lemari isinya kaos kepanitiaan semua
- sandal jepit beda warna kanan kiri
- kalender masih bulan Maret
- mie instan dianggap sayur
Tag temenmu yang begini 😂"""),

# non-clothing more
("listing", "hn_nonclothing_used", 1, 1, 0, 1, """Kulkas Dua Pintu Bekas Ex Jepang Merk Sharp 110V
Dingin normal, perlu stepdown (sudah termasuk)
Body mulus, sedikit baret di samping
Harga 1,9 jt, ambil sendiri di Jakarta Utara
Garansi cek 3 hari"""),

("listing", "hn_nonclothing_bale", 1, 1, 0, 0, """Plastik PET Bekas Press Per Bal — Siap Giling
Botol air mineral bekas, sudah dipisah tutup & label
Satu bal ±60 kg, harga 4.800/kg
Lokasi pengepul di Gresik
Melayani pabrik daur ulang, bukan eceran"""),

("listing", "hn_nonclothing_bale", 1, 0, 0, 0, """Kopi Arabika Gayo Green Bean Per Karung 60 kg
Panen terbaru, kadar air 12%
Cocok untuk roastery, bisa sample 1 kg dulu
Pengiriman dari Takengon, juga siap ekspor ke Malaysia dan Singapura
Harga per karung hubungi kami"""),

# domestic second-hand shops
("profile", "hn_domestic_secondhand", 1, 1, 1, 0, """Lemari Tetangga — Preloved Lokal Surabaya
Semua barang titipan warga Surabaya dan sekitarnya, bukan dari bal atau impor
Dicuci & dicek sebelum dipajang
Buka Kamis-Minggu, Jl. Kertajaya gang 5
Mau titip jual baju? DM kami"""),

("post", "hn_domestic_secondhand", 1, 1, 1, 0, """Toko konsinyasi kami terima titipan baju bekas dari warga Bintaro tiap Senin
Yang laku minggu ini: kemeja kerja, gaun pesta, seragam SD
Harga ditentukan pemilik, kami ambil komisi 25%
Semua barang lokal, asal-usulnya jelas dari pemiliknya
Kunjungi kami di ruko sektor 9"""),

("listing", "hn_own_preloved", 1, 1, 1, 0, """Seragam SMA Bekas Lengkap Putih Abu — Ukuran L
Milik anak saya, lulus tahun ini, dipakai 3 tahun
Ada 2 kemeja putih, 2 rok abu, 1 dasi, 1 topi
Semua dijual 120rb, beli di koperasi sekolah dulu
Lokasi Cimahi, COD sekitar Pasar Atas"""),

("comment", "hn_new_import", 1, 0, 1, 1, """Iya kak, ini jaket impor Korea tapi BARU ya, bukan second
Masih ada hangtag dan plastiknya, datang lewat distributor resmi di Jakarta
Harga 210rb, ready M & L
Bisa kirim hari ini kalau order sebelum jam 3"""),
]
