# Hand-written one-liners, legal (hard-negative) side, part B.
DATA = r"""
@ news_official 0111
article | Bea Cukai musnahkan 500 bale pakaian bekas ilegal hasil penindakan di perbatasan Kalbar
article | TNI AL gagalkan penyelundupan 15 karung ballpress di perairan Sebatik
article | Polda ungkap 410 bal pakaian bekas yang masuk lewat jalur tikus Aruk, Sambas
article | Satgas Pamtas amankan truk bermuatan 18 balpres dari arah Jagoi Babang
article | Kemendag: impor pakaian bekas dilarang sesuai Permendag 18/2021 jo. 40/2022
article | Pedagang rombengan di Nunukan diminta habiskan stok, tak boleh pesan karung baru
article | Puluhan karung pakaian bekas disamarkan jadi pupuk sawit ditemukan di Sebatik Tengah
article | Bea Cukai Dumai tegah 275 karung pakaian bekas asal Port Klang
article | Pasar Kodok Tabanan sepi, pedagang pakaian bekas impor kosongkan lapak
article | Pemkot Surabaya lakukan pembinaan pedagang pakaian bekas impor di Pasar Gembong
article | Enam kontainer ballpress asal Malaysia diamankan di pelabuhan peti kemas Pontianak
article | Disperindag Mimika minta pedagang cakbor beralih usaha setelah larangan impor
article | Sekitar 40 ribu tautan penjualan pakaian bekas impor diturunkan dari e-commerce
article | BAIS dan Bea Cukai amankan 35 kontainer pakaian bekas di perairan Kuala Tungkal
article | Polres Dumai sita 325 balpres pakaian bekas di Sungai Sembilan
article | Kodim Nunukan temukan 35 karung ballpress di patok batas 124 Sebatik Barat
article | Pedagang monza Medan mengeluh sepi setelah razia, pasokan dari Tanjungbalai tersendat
article | Kemenkop UKM: pedagang pakaian bekas impor kucing-kucingan dengan ganti kata kunci
article | Pemusnahan 147 koli ballpress di TPA Mamolo dibakar dan dicampur oli
article:0111 | Modus baru: ballpress dibongkar di Kalbar lalu dikemas ulang jadi 'preloved' ke Bandung
post | Siaran pers Bea Cukai: masyarakat diminta tidak membeli pakaian bekas asal luar negeri
article | Awul-awul di Sekaten tahun ini dibatasi, panitia larang stan pakaian bekas impor
article | DPRD minta pemerintah siapkan solusi bagi ribuan pedagang cakar Makassar
article | Gudang ratusan karung pakaian bekas di Gedebage disegel PPNS Kemendag
article | Jelang Lebaran, pasar pakaian bekas impor di Karang Sukun Mataram tetap ramai
article | Kapal kayu bermuatan pakaian bekas dari Batu Pahat ditangkap di perairan Batam
article | Pakaian bekas impor disebut rugikan industri tekstil, asosiasi minta pengawasan pelabuhan
post | Pengumuman Disperindag Kab. Sikka: penjualan RB impor dilarang mulai bulan depan
article | Satgas impor ilegal sita ribuan bal pakaian bekas di gudang Sidoarjo
article | Kapolsek Entikong: jalur perbatasan rawan penyelundupan balepress
article | Razia lapak BJ di Pasar 16 Ilir, pedagang minta waktu habiskan stok
article | Harga bal di Pasar Senen naik setelah banyak penindakan di pelabuhan
article | Pemprov Kaltara bahas nasib pedagang roma setelah larangan nasional
article | Ratusan karung pakaian bekas Malaysia ditemukan di semak-semak lapangan bola Sebatik
article:0010 | Pedagang cabo Manado beralih jual pakaian baru produksi lokal

@ opinion 0111
post | Menurutku larangan bal impor itu benar, industri garmen kecil kita kalah bersaing
post | Opini: thrifting boleh, tapi yang dari karung impor itu sampah negara lain masuk ke kita
comment | Kasian pedagang cakar kecil, yang harus dikejar itu importir besarnya bukan lapak pasar
post | Saya dulu pelanggan monza, sekarang pilih preloved lokal atau produk UMKM. Kalian?
post | Hot take: 'hidden gems' dari bal impor itu romantisasi limbah tekstil global 🧵
comment | Pasar Terong tanpa cakar rasanya beda, tapi ya aturan tetap aturan
post | Kolom: mengapa larangan pakaian bekas impor sulit ditegakkan di perbatasan
comment | Yang salah bukan pembeli awul-awul, tapi pengawasan pelabuhan yang bocor
post | Kalau mau hemat, swap baju sama teman lebih baik daripada beli karungan luar negeri
article | Editorial: ballpress, perbatasan, dan dilema ekonomi warga Nunukan
post | Jujur aku sedih Pasar Kodok tutup, tapi memang industri lokal harus dilindungi
comment | Bagi warga Sebatik, roma itu kebutuhan, bukan gaya hidup. Perlu solusi, bukan razia saja
post | Thread kenapa 'bongkar bal' di TikTok itu problematik: sampah, penyakit, dan pajak
post | Opini mahasiswa: thrift lokal oke, thrift impor ilegal no
comment | Sebagai penjahit, saya lihat sendiri order sepi sejak monza murah membanjiri pasar
article | Kajian: limbah pakaian bekas impor yang tak layak jual menumpuk di TPA kota pesisir
post | Gimana kalau pedagang BJ dibantu modal untuk jual produk konveksi lokal? usul aja
comment | Pakaian luar dari karung itu murah karena biaya limbahnya kita yang tanggung
post | Lelong dah jadi budaya di Pontianak, tapi bukan berarti harus dibiarkan ilegal
post | Refleksi: dulu bangga pake jaket cakbo, sekarang ngerti dampaknya ke penjahit kampung
comment | Setuju ditertibkan, tapi kasih masa transisi buat pedagang rombengan kecil
article | Opini pembaca: larangan pakaian bekas impor dan nasib konsumen kelas bawah
post | Generasi 'ngawul' harus mulai lirik brand lokal, kualitasnya udah jauh membaik 💪
comment | Barang kapal itu dari dulu, tapi dulu gak sebanyak sekarang. Harus ada batas
post | Menurut saya, e-commerce wajib blokir kata kunci seperti cakar, monza, lelong kalau konteksnya impor bekas

@ moderation_guideline 0111
article | Pedoman moderasi: tolak listing pakaian bekas asal luar negeri termasuk istilah monza, cakar, cabo, RB, lelong
post | Kebijakan toko: dilarang menjual ballpress, karungan, atau kiloan pakaian bekas impor
article | Daftar kata kunci berisiko: 'bje impr', 'b4l', 'thr1ft', 'ex karung', 'kepala/badan/kaki'
article | Panduan reviewer: live yang menyebut 'buka karung' atau 'pecah kawat' perlu ditinjau
post | Pengingat untuk seller: preloved pribadi boleh, pakaian bekas impor dilarang (Permendag 40/2022)
article | Contoh pelanggaran: 'Roma Nunukan ecer & karungan' — tolak karena indikasi impor bekas
article | Istilah daerah untuk pakaian bekas impor: monza (Medan), cakar (Sulsel), lelong (Kalbar), BJ (Sumsel)
article | Catatan moderator: 'baju Batam' dan 'PJ' sering dipakai untuk pakaian bekas selundupan
post | Syarat dan ketentuan live shopping: tidak boleh membuka karung pakaian bekas asal luar negeri
article:0000 | Pedoman: kata 'bal' pada tembakau, kapas, jerami tidak termasuk pelanggaran
article:0000 | Pengecualian: 'cakar ayam' (pondasi) dan 'Monza' (sirkuit/merek) bukan pakaian bekas
article | Panduan eskalasi: akun yang berganti nama setelah take down jual karung Korea -> banned permanen
post | FAQ seller: bolehkah jual jaket bekas pribadi? boleh, asal bukan dari bal impor
article | Sinyal risiko: harga per kg, per goni, per koli, plus kota perbatasan seperti Tawau atau Entikong
article | Aturan komunitas grup FB: dilarang promosi supplier karung luar negeri, admin akan hapus
article | Daftar homoglyph umum: ｔｈｒｉｆｔ, ВАL, 𝐓𝐇𝐑𝐈𝐅𝐓 — normalisasi sebelum pencocokan
post | Catatan tim T&S: 'kain perca' di judul tapi foto kemeja utuh = indikasi penyamaran
article | Rubrik penilaian: offer + bekas + pakaian + asal luar negeri = turunkan
article:0110 | Contoh lolos: 'Preloved kebaya sendiri, jahit di Bandung' — pakaian bekas lokal, tidak melanggar
article | Contoh tolak: 'Cabo Manado baru bongkar dari karung Korea' — pakaian bekas impor
post | Update kebijakan: kata 'rombengan', 'roma', 'bandel' ditambahkan ke daftar pantauan
article | Panduan: ulasan pembeli yang merekomendasikan penjual karung impor juga ditinjau
article:0110 | Pengecualian: donasi baju bekas warga untuk korban banjir tidak termasuk larangan impor
article | Glosarium moderator: 'buka baru' (Makassar/Nunukan) = karung baru dibuka
post | Reminder mod: 'awul-awul' di konteks Sekaten merujuk pakaian bekas impor, cek konteks

@ quiz_tutorial_question 0111
post | Kuis: di kota mana pakaian bekas impor disebut 'monza'? A. Medan B. Makassar C. Ambon
post | Tebak-tebakan: 'cakar' itu singkatan dari apa? jawab di komen 👇
comment | Emang beli cakar di Pasar Terong itu melanggar hukum ya? aku baru tahu
post | Tanya dong, beda preloved sama barang karung impor apa sih secara aturan?
post | Tutorial cara bedain baju bekas impor sama baju baru 'vintage look' di marketplace
comment | Kak, awul-awul itu sebenarnya dari mana barangnya? penasaran
post:0110 | Tips mencuci pakaian bekas yang kamu beli: rendam air panas, deterjen, jemur matahari
post | Pertanyaan: kalau aku beli jaket di rombengan Nunukan buat dipakai sendiri, salah nggak?
article | Apa itu ballpress? Penjelasan singkat istilah karung pakaian bekas impor
post | Quiz: 'lelong' di Pontianak artinya apa? A. lelang B. pakaian bekas impor C. keduanya
comment | Bang, 'pecah kawat' itu maksudnya apa ya? sering dengar di Medan
post | Kenapa sih pakaian bekas impor dilarang? Yuk bahas singkat dari sisi kesehatan & industri
post | Tanya serius: BJ di Palembang itu kepanjangannya apa? Burukan Jambi?
article | Infografis: jalur masuk pakaian bekas impor dari Malaysia ke Sumatera dan Kalimantan
comment | Ada yang tahu 'kepala, badan, kaki' dalam sortir bal itu maksudnya apa?
post:0110 | Tutorial sortir lemari sendiri sebelum preloved: cuci, foto terang, tulis minus
post:0010 | Cara cek label 'Made in' di baju supaya tahu asal produksinya 🧵
comment | Boleh nggak sih jual lagi baju yang dulu aku beli di Cimol? dipakai sendiri bertahun-tahun
post | Soal ujian IPS: sebutkan dampak impor pakaian bekas terhadap industri tekstil dalam negeri!
article | Kamus kecil: cabo, cakbor, RB, roma, BJ, PJ — sebutan pakaian bekas impor di daerah
comment | Min, aku mau buka usaha thrift. Yang legal itu gimana caranya?
post | Kuis Jumat: Pasar Kodok terkenal menjual apa? hadiah pulsa 25rb 🐸
post | Q&A: apakah 'bundle' di Malaysia sama dengan 'monza' di Medan?
comment | Halo, kalau dapet kiriman baju bekas dari saudara di Malaysia, itu kena aturan impor?
article | Panduan singkat membedakan pasal larangan impor dan perdagangan pakaian bekas
"""
