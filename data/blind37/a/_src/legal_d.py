# Legal hard negatives, batch D: trade words in other senses, regional registers. (kind, category, text, offer, used, clothing, abroad)
ROWS = [
# trade words used in another sense
("listing", "hn_word_other_sense", "Cakar Ayam Segar Per Kilo 18rb Sudah Dibersihkan Siap Masak Area Makassar", 1, 0, 0, 0),
("post", "hn_word_other_sense", "Roma Kelapa sekardus 20rb aja di warung Bu Tini, buat teman ngopi sore", 1, 0, 0, 0),
("post", "hn_word_other_sense", "Lelong rumah dua tingkat di Johor, harga bawah pasaran, hubungi ejen kami", 1, 0, 0, 1),
("listing", "hn_word_other_sense", "Bundle Paket Data 50GB + Voucher Game Murah Proses Cepat", 1, 0, 0, 0),
("post", "hn_word_other_sense", "Hidden gems Bandung: curug kecil di Lembang yang masih sepi, parkir cuma 5rb", 0, 0, 0, 0),
("listing", "hn_word_other_sense", "Jerami Padi Per Bal Untuk Pakan Sapi Kering Wangi Ambil Di Sawah", 1, 0, 0, 0),
("comment", "hn_word_other_sense", "lagu Obok-obok nya Joshua bikin inget masa kecil banget 😭", 0, 0, 0, 0),
("post", "hn_word_other_sense", "Paket 3 koli sudah dikirim via ekspedisi ke Balikpapan, isinya sparepart genset", 1, 0, 0, 0),
("article", "hn_word_other_sense", "Sirkuit Monza di Italia kembali jadi tuan rumah balapan F1 akhir pekan ini", 0, 0, 0, 1),
("listing", "hn_word_other_sense", "Kertas Koran Bekas Per Bal 25kg Untuk Bungkus Gorengan Dan Packing", 1, 1, 0, 0),
("post", "hn_word_other_sense", "pas ke Amerika baru ngerti kalau thrift store itu toko amal, banyak yang jual buku bekas", 0, 1, 0, 1),
# new clothes by the bale / grade wording
("listing", "hn_new_bulk", "Kaos Polos Baru Per Bal Isi 100 Pcs Langsung Dari Konveksi Bandung", 1, 0, 1, 0),
("message", "hn_new_bulk", "Ready karungan kaos kaki baru hasil produksi Pekalongan, per karung 500 pasang, minat japri", 1, 0, 1, 0),
("listing", "hn_new_bulk", "Kemeja Kerja Baru Grade A Produksi Sendiri Grosir Min 1 Kodi", 1, 0, 1, 0),
("comment", "hn_new_bulk", "itu koli isinya seragam baru pesanan sekolah kak, bukan barang bekas, jangan salah", 1, 0, 1, 0),
# regional registers, legal
("post", "hn_opinion", "Awak dulu besar pakai monza, tapi kalau pemerintah bilang impornya dilarang, ya sudahlah, ikut aja", 0, 1, 1, 1),
("comment", "hn_buyer_question", "Daeng, cakar di Pasar Butung masih ada kah? mau cari jaket buat anakku", 0, 1, 1, 1),
("post", "hn_opinion", "Mbiyen tuku awul-awul neng Sekaten iku jan nyenengke, saiki wis ora ana meneh", 0, 1, 1, 1),
("comment", "hn_buyer_question", "Aa, di Gedebage téh ayeuna masih aya nu jualan jaket bekas teu? hoyong ngiring meser", 0, 1, 1, 1),
("post", "hn_own_preloved", "Jual kemeja bekas abang awak, masih elok, dibeli di Sun Plaza, 80 ribu saja, COD Medan", 1, 1, 1, 0),
("message", "hn_own_preloved", "Nak, baju seragam SMP bekas kakakmu mau dijual ke tetangga, masih rapi to?", 1, 1, 1, 0),
("comment", "hn_buyer_question", "Ces, roma di Tarakan tuh dijual di mana sih sekarang? ada yang tau kah?", 0, 1, 1, 1),
# more news / articles with English mix
("article", "hn_news", "Riset: sebagian besar baju bekas yang masuk lewat pelabuhan tikus berasal dari Jepang, Korea dan Tiongkok", 0, 1, 1, 1),
("article", "hn_news", "Pemerintah kota gelar razia lapak baju bekas impor di sekitar Pasar Kodim Pekanbaru", 0, 1, 1, 1),
("post", "hn_opinion", "honestly thrift culture itu bagus buat lingkungan, tapi yang impor ilegal ya beda cerita", 0, 1, 1, 1),
("article", "hn_news", "UMKM konveksi Bandung sambut baik penindakan balpres, pesanan mulai naik lagi", 0, 1, 1, 1),
# more reports / complaints
("review", "hn_report", "Penjual bilang 'barang Batam, second tapi mulus', nyatanya ketiaknya kuning. Zonk", 0, 1, 1, 1),
("comment", "hn_report", "sudah saya screenshot iklannya 'jual awul-awul per goni', biar admin marketplace tau", 0, 1, 1, 1),
("post", "hn_report", "Aduan konsumen: beli 'preloved ex Korea' 3 biji, yang datang cuma 1, chat gak dibalas", 0, 1, 1, 1),
# more buyer / ordinary
("comment", "hn_buyer_question", "Sis, dress ini baru atau second? soalnya mau buat kado", 0, 1, 1, 0),
("post", "hn_buyer_question", "Ada yang pernah beli jaket di toko resale online? takut barangnya palsu", 0, 1, 1, 0),
("comment", "hn_tweet", "lemari gue isinya lungsuran kakak semua, hemat budget 😌", 0, 1, 1, 0),
# donations and school sales
("post", "hn_charity_bazaar", "Pasar murah pakaian layak pakai OSIS SMAN 3, hasil donasi siswa, Jumat depan di aula", 1, 1, 1, 0),
("message", "hn_donation", "Yayasan kami sedang membuka penyaluran pakaian bekas ke Lombok, butuh relawan sortir", 0, 1, 1, 0),
# new import with thrift words nearby
("post", "hn_new_import", "Jastip Seoul bulan depan! titip sneakers & outer baru dari Hongdae, bukan barang thrift ya", 1, 0, 1, 1),
("listing", "hn_new_import", "Kimono Jepang Baru Impor Langsung Dari Kyoto Bahan Katun Motif Sakura", 1, 0, 1, 1),
("profile", "hn_new_import", "brand fashion Korea official store • semua produk baru & bergaransi • ship from Jakarta", 1, 0, 1, 1),
# misc ordinary clothing posts
("post", "hn_tweet", "akhirnya beli jaket baru setelah 4 tahun pake yang itu2 aja 🥲", 0, 0, 1, 0),
("post", "hn_local_upcycle", "Kain perca sisa jahitan kujadikan keset, lumayan buat rumah sendiri", 0, 0, 1, 0),
("listing", "plain_clothing_listing", "Sepatu Sekolah Hitam Polos Kulit Sintetis Ukuran 33-43 Baru", 1, 0, 1, 0),
("post", "hn_opinion", "Buat yang bilang 'thrifting itu hemat': hati-hati, banyak penjual baru yang ngaku-ngaku impor", 0, 1, 1, 1),
("comment", "hn_joke_meme", "beli baju di Senen, diomelin emak: 'itu bekas siapa?!' 😂", 0, 1, 1, 1),
]
