R = [
("post","hn_buyer_diary","0111","""Hari ini aku nekat ke Pasar Tungging sendirian 😅
Panas banget, debu di mana-mana, tapi lorong baju kiriman Korea-Jepang bikin lupa capek.
Aku nemu rok jeans Jepang bekas yang pas di badan, dan kemeja kotak-kotak buat ayah.
Penjualnya bilang barangnya datang dari Atambua. Aku cuma angguk-angguk.
Sampai rumah langsung masuk ember, direndam pakai air panas."""),
("post","hn_buyer_diary","0111","""Jurnal belanja Maret:
Minggu 1 – Gedebage, dapet sweater Korea 20rb
Minggu 2 – skip, uang habis buat kos
Minggu 3 – Senen, dapet jaket kulit bekas Eropa 85rb (harga awal 150!)
Minggu 4 – nemenin teman ke Pasar Baru Bekasi, gak beli apa-apa
Kesimpulan: tetap hemat, tapi lemari makin sesak."""),
("post","hn_buyer_diary","0111","""Ceritanya aku lagi dinas ke Tarakan.
Sore-sore jalan ke pasar, ternyata banyak lapak baju bekas Malaysia dan Korea, katanya masuk lewat Tawau.
Aku beli jaket buat anak, cuma 30 ribu.
Orang sini nyebutnya 'barang Tawau', bukan thrift. Menarik juga istilahnya beda-beda di tiap daerah."""),
("post","hn_buyer_question","0111","""Nanya dong warga Makassar 🙏
Aku baru pindah dari Jawa dan sering dengar kata 'cakar'. Itu maksudnya baju bekas kiriman luar ya?
Pasar cakar yang paling lengkap di mana?
Aku cari jaket buat kerja lapangan, yang tebal dan murah. Terima kasih!"""),
("comment","hn_buyer_question","0111","""Halo kak, aku lihat di video kakak ada tumpukan kemeja second dari Jepang di pasar.
Itu pasar mana ya? Soalnya aku tinggal di Semarang dan bingung cari yang kayak gitu.
Terus biasanya per potong berapa? Pengen ngajak ibu ke sana."""),
("post","hn_scam_warning","0111","""📌 PSA buat yang suka belanja baju seken luar negeri online
Pola penipuan yang sering aku lihat:
• harga terlalu murah (jaket Korea 15rb, karung 100kg 1 juta)
• hanya mau transfer, menolak COD/rekber
• foto diambil dari akun lain (cek pakai reverse image)
• alasan 'barang tertahan di pelabuhan, butuh biaya tambahan'
Kalau ketemu ciri-ciri ini, langsung tinggalkan. Dan ingat, barang impor bekas juga dilarang, jadi kalau ketipu susah lapor."""),
("post","hn_scam_warning","0111","""Kronologi aku ketipu 'jastip Senen' 😭
Ada akun yang katanya bisa belanjain jaket 2nd Jepang di Senen, tinggal pilih dari foto.
Aku transfer 400rb untuk 3 jaket. Setelah itu dia bilang ongkir kurang, minta 100rb lagi.
Aku bayar. Terus dia minta 'biaya asuransi'.
Di situ aku sadar, langsung minta refund, dan dia blokir aku. Pelajaran mahal."""),
("review","hn_complaint","0111","""Komplain terbuka untuk toko online yang tidak akan saya sebut namanya.
Iklannya: 'Sweater Korea second, wangi, siap pakai'.
Yang saya terima: sweater penuh bulu, ada bekas lem, bau seperti gudang lembab.
Saat minta retur, penjual menolak dengan alasan 'barang bekas impor tidak bisa dikembalikan'.
Saya tulis ini supaya yang lain lebih hati-hati."""),
("post","hn_report","0111","""Kepada Kementerian Perdagangan (melalui kanal pengaduan)
Saya ingin melaporkan grup Facebook 'Agen Goni Jepang Nusantara' yang beranggotakan ±20.000 orang.
Setiap hari ada unggahan penawaran karung pakaian bekas dari Jepang dan Korea, lengkap dengan harga dan nomor telepon.
Saya mohon agar grup ini ditelusuri karena jelas bertentangan dengan Permendag 40/2022.
Tangkapan layar saya lampirkan."""),
("article","hn_news","0111","""Kementerian Perdagangan kembali menegaskan larangan impor pakaian bekas sebagaimana diatur dalam Permendag Nomor 18 Tahun 2021 yang diubah dengan Permendag Nomor 40 Tahun 2022.
Dalam konferensi pers, pejabat Kemendag menyebut pakaian bekas dari luar negeri masuk melalui pelabuhan-pelabuhan kecil di pesisir timur Sumatera dan perbatasan Kalimantan.
Kemendag juga meminta platform digital menurunkan konten penjualan barang tersebut.
Sementara itu, pedagang eceran diimbau menghabiskan stok dan beralih ke produk lokal."""),
("article","hn_news","0111","""Ribuan pakaian bekas asal Jepang dan Korea dibakar di halaman kantor Bea Cukai Batam, Kamis.
Barang-barang tersebut merupakan hasil penindakan selama enam bulan terakhir, sebagian besar ditemukan di gudang dekat pelabuhan rakyat.
Kepala kantor menyatakan pengawasan akan terus ditingkatkan karena Batam menjadi salah satu jalur utama masuknya barang ilegal ke Jawa dan Sumatera."""),
("article","hn_oped","0111","""Larangan Tanpa Jalan Keluar
Setiap kali pemerintah menggerebek gudang bal di Senen atau membakar karung di Batam, yang paling terpukul justru pedagang eceran.
Mereka bukan importir, hanya membeli beberapa goni dari pemasok lalu menjualnya per potong.
Jika larangan impor baju bekas pakai ingin efektif, tindakan harus menyasar jaringan penyelundup di pelabuhan, sambil menyiapkan skema peralihan untuk ribuan pedagang kecil.
Tanpa itu, razia hanya akan menjadi tontonan berulang."""),
("post","hn_tutorial","0111","""Panduan memilih jaket bekas impor di pasar (biar gak nyesel):
✔ cek resleting dari atas sampai bawah
✔ lihat lapisan dalam, sering sobek di ketiak
✔ cium baunya, kalau bau jamur parah skip
✔ periksa noda di kerah & ujung lengan
✔ coba pakai, jangan percaya ukuran di tag (ukuran Jepang lebih kecil)
Habis beli, langsung cuci pakai air panas!"""),
("post","hn_memory","0111","""Aku tumbuh di Pekanbaru tahun 90-an.
Setiap tahun ajaran baru, bapak membawaku ke pasar dekat terminal yang menjual baju-baju bekas kiriman Singapura.
Tas sekolahku, jaketku, bahkan sepatu olahragaku semua dari sana.
Dulu aku kira semua anak begitu. Baru sekarang aku paham itu barang yang masuk lewat Dumai tanpa izin.
Tetap saja, itu kenangan masa kecil yang hangat."""),
("article","hn_vendor_interview","0111","""Ditemui di lapaknya di Pasar Melati, Medan, Bu Sarma (52) bercerita bahwa ia sudah berdagang monza selama 25 tahun.
Barangnya, menurut dia, sebagian besar berasal dari Korea dan Jepang dan dikirim lewat Belawan.
Ia mengaku tahu soal larangan impor, tetapi belum punya pilihan usaha lain.
'Anak saya tiga masih sekolah. Kalau lapak ini tutup, saya mau jualan apa?' katanya."""),
("post","hn_research_note","0111","""Memo penelitian (kelompok studi ekonomi informal):
Istilah lokal untuk sandang bekas dari luar negeri yang kami temukan sejauh ini:
- Medan: monza / monja
- Makassar & Kaltara: cakar (cap karung)
- Yogyakarta: awul-awul
- Pontianak: lelong
- Lampung: baju Batam
- Palembang: BJ
Hampir semua informan menyebut Jepang, Korea, dan Malaysia sebagai asal barang."""),
("post","hn_sale_over","0111","""Buat yang masih DM nanya stok: toko kami sudah tutup sejak Januari ya 🙏
Dulu kami memang jualan pakaian second dari Korea, tapi sekarang kami tidak menerima pesanan apa pun.
Sisa barang sudah kami donasikan ke panti.
Terima kasih untuk semua pelanggan selama 4 tahun ini. Sampai jumpa di usaha kami berikutnya."""),
("post","hn_hypothetical","0111","""Diskusi santai di grup:
Kalau seandainya pemerintah membuka kuota resmi impor pakaian bekas Jepang dengan syarat fumigasi, kira-kira harganya bakal naik berapa?
Terus pedagang Senen bakal ikut daftar gak ya, atau tetap ambil dari jalur tikus?
Aku penasaran pendapat kalian, bukan mau jualan kok."""),
("post","hn_joke","0111","""Percakapan di rumah:
Ibu: 'Jaket baru?'
Aku: 'Iya bu' (padahal dari goni Jepang di Senen, 35rb)
Ibu: 'Kok ada tulisan nama Tanaka di dalamnya?'
Aku: '...itu merk bu'
Ibu: 🤨
Sejak itu aku selalu gunting tag nama dulu 😂"""),
("post","hn_opinion","0111","""Thread: kenapa anak muda suka pakaian bekas luar negeri?
1. Merek global dengan harga receh
2. Model unik, gak pasaran
3. Dianggap ramah lingkungan
4. Serunya 'berburu'
Tapi jarang yang ngebahas sisi lainnya: limbah yang gak laku dibuang di sini, dan industri tekstil lokal yang tergerus.
Menurutku dua-duanya harus diomongin."""),
("post","hn_parent_warning","0111","""Grup WA keluarga, pesan dari Tante:
'Anak-anak, kemarin Tante lihat di berita ada karung pakaian bekas dari luar negeri yang isinya banyak jamur dan kutu. Jangan beli yang begituan ya, apalagi buat bayi. Kalau sudah terlanjur beli, rebus dulu.'
Tante kirim juga link beritanya. Aku cuma bisa bilang 'siap Tante' 🙏"""),
]
