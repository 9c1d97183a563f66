# long-form batch 5: legal, news, opinion, threads, reviews, reports
DATA = [
("""Petugas Bea Cukai Kepulauan Riau menggagalkan upaya penyelundupan ratusan bal pakaian bekas asal Malaysia di perairan sekitar Batam, Selasa dini hari.
Kapal kayu tanpa nama itu diketahui membawa sekitar 320 bal yang ditutupi terpal.
Dua awak kapal diamankan untuk pemeriksaan lebih lanjut.
Pihak Bea Cukai menyebut impor pakaian bekas dilarang berdasarkan Permendag 18/2021 sebagaimana diubah Permendag 40/2022.""", "article", "hn_news_article", 0,1,1,1),
("""Pedagang pakaian bekas di Pasar Senen, Jakarta Pusat, mengaku omzet mereka turun hingga separuh sejak pengetatan pengawasan impor.
Menurut seorang pedagang, pasokan bal dari gudang di Bandung kini datang tidak menentu.
"Kalau barang habis, kami mau jual apa," ujarnya.
Pemerintah sebelumnya menyatakan akan menertibkan jalur masuk pakaian bekas ilegal dan mendorong pedagang beralih ke produk lokal.""", "article", "hn_news_article", 0,1,1,1),
("""Thread: kenapa thrifting impor itu problematik 🧵
1. Barangnya masuk ilegal lewat pelabuhan kecil, jadi negara gak dapat apa-apa.
2. Sebagian isi bal itu sampah, ujungnya dibuang di sini.
3. Konveksi kecil kalah harga, karena mana bisa lawan kemeja 10rb.
4. Tapi pedagang eceran juga korban, mereka cuma cari makan.
Solusinya bukan cuma razia, tapi kejar importir besarnya.""", "post", "hn_opinion_thread", 0,1,1,1),
("""Review jujur setelah 2 tahun rajin thrifting:
Kelebihan: murah, banyak merek bagus, unik.
Kekurangan: harus cuci berkali-kali, kadang ada noda permanen, dan kita gak pernah tahu asal-usul barangnya.
Sekarang aku mulai kurangi beli baju bekas impor dan lebih banyak beli brand lokal pas diskon.
Kalian gimana?""", "post", "hn_opinion", 0,1,1,1),
("""LAPORAN: akun ini menjual balpres secara terbuka di marketplace.
Judul iklannya "Bal Korea Grade A 100kg Siap Kirim".
Sudah saya laporkan lewat fitur report, mohon teman-teman ikut melapor supaya cepat diturunkan.
Penjualan pakaian bekas impor melanggar aturan perdagangan.""", "post", "hn_report", 0,1,1,1),
("""Saya kena tipu beli bal pakaian bekas online.
Katanya isi 400 pcs grade A, ternyata yang datang cuma setengah karung, isinya sobek dan berjamur.
Penjual sekarang tidak bisa dihubungi (nomor 0812xxxx).
Hati-hati buat yang mau coba usaha thrift, jangan tergiur harga murah.""", "post", "hn_complaint_scam", 0,1,1,1),
("""Tim gabungan Polri dan Kementerian Perdagangan menyita sekitar 1.200 bal pakaian bekas di sebuah gudang di kawasan Bekasi.
Barang tersebut diduga masuk melalui pelabuhan tidak resmi di pesisir Sumatera.
Polisi masih menelusuri pemilik gudang dan jaringan distribusinya.
Barang sitaan rencananya akan dimusnahkan setelah proses hukum selesai.""", "article", "hn_news_article", 0,1,1,1),
("""Mengapa pakaian bekas impor dilarang?
Pertama, alasan kesehatan: uji laboratorium pernah menemukan jamur dan bakteri pada sampel pakaian bekas.
Kedua, alasan ekonomi: industri tekstil dan UMKM lokal sulit bersaing.
Ketiga, masalah lingkungan: sebagian pakaian tak layak jual berakhir jadi sampah.
Namun menjual pakaian bekas milik sendiri tetap diperbolehkan.""", "article", "hn_explainer", 0,1,1,1),
("""Nanya dong warga Medan, monza masih ada gak sih sekarang?
Dulu zaman kuliah aku sering ke Pajak Melati, sekarang katanya banyak kios tutup.
Pengen nostalgia aja, bukan mau borong hehe.""", "post", "hn_buyer_question", 0,1,1,1),
("""Bapakku dulu jualan cakar di Pasar Butung 15 tahun.
Tiap minggu dia nunggu kiriman karung dari Parepare, bongkar, sortir sampai malam.
Dari situ aku bisa kuliah.
Sekarang aturannya makin ketat dan aku ngerti kenapa, tapi tetap sedih liat pedagang kecil yang paling kena.""", "post", "hn_personal_story", 0,1,1,1),
("""Opini | Larangan thrifting impor harus adil
Pemerintah benar melarang impor pakaian bekas, karena industri tekstil nasional sedang terpuruk.
Tetapi penegakan hukum selama ini lebih sering menyasar pedagang eceran di pasar, bukan pemodal besar yang mendatangkan kontainer.
Tanpa program peralihan usaha, ribuan pedagang bisa kehilangan mata pencaharian.""", "article", "hn_opinion_column", 0,1,1,1),
("""Pengumuman Moderator Grup Jual Beli Kota Tegal:
Mulai hari ini dilarang memposting jualan pakaian bekas impor (bal, karungan, thrift impor).
Postingan akan dihapus dan akun dikeluarkan dari grup.
Jual baju bekas milik pribadi masih boleh, dengan keterangan jelas.""", "post", "hn_guideline", 0,1,1,1),
("""meme hari ini:
anak thrift: "bang ini ori?"
abang bal: "ori dong, ori dari karung"
😭😭😭
yang suka ke Senen pasti paham rasanya nyari label di tumpukan sampe keringetan""", "post", "hn_joke_meme", 0,1,1,1),
("""Tips mencuci baju thrift sebelum dipakai:
1. Rendam dengan air panas minimal 30 menit.
2. Tambahkan detergen dan sedikit cuka atau disinfektan.
3. Sikat bagian ketiak dan kerah.
4. Jemur di bawah matahari langsung.
5. Setrika suhu tinggi kalau bahannya memungkinkan.
Semoga membantu buat yang sudah terlanjur beli baju bekas impor.""", "post", "hn_tutorial", 0,1,1,1),
("""Penyidik Bareskrim menetapkan dua tersangka dalam perkara importasi pakaian bekas ilegal yang dikirim dari Korea Selatan melalui Malaysia.
Keduanya diduga berperan sebagai pemodal dan pengatur pengiriman.
Barang bukti berupa ratusan bal pakaian bekas dan dokumen pengiriman telah disita.
Tersangka dijerat dengan UU Perdagangan.""", "article", "hn_news_article", 0,1,1,1),
("""aku mahasiswa tingkat akhir, lagi riset soal pedagang pakaian bekas impor di Gedebage.
kalau ada yang pernah atau sedang jualan di sana dan mau diwawancara 20 menit, boleh DM ya.
identitas dirahasiakan, ada uang transport kecil.""", "post", "hn_research", 0,1,1,1),
("""Kemarin beli jaket second impor di pasar, pas dipakai kok gatal-gatal ya.
Udah dicuci sekali doang sih.
Ada yang pernah ngalamin? Perlu ke dokter kulit gak?
Lain kali kayaknya mending beli baru aja deh.""", "post", "hn_buyer_question", 0,1,1,1),
("""Ribuan pedagang di Pasar Gedebage menggelar aksi damai menolak penindakan terhadap penjualan pakaian bekas impor.
Mereka meminta pemerintah memberi masa transisi dan bantuan modal untuk beralih usaha.
Perwakilan Kementerian Perdagangan menyatakan larangan impor tetap berlaku, namun pemerintah membuka dialog dengan pedagang.""", "article", "hn_news_article", 0,1,1,1),
("""Ulasan produk: jaket second jepang
Bahan tebal, cocok buat motoran malam. Sayang ada bau apek yang baru hilang setelah tiga kali cuci.
Resleting agak seret.
Untuk harga segitu masih oke, tapi jangan berharap seperti barang baru.""", "review", "hn_review_no_seller", 0,1,1,1),
("""Kenapa orang Medan nyebutnya monza?
Katanya dari "Mongonsidi Plaza", karena dulu lapak pakaian bekas banyak di sekitar Jalan Monginsidi.
Di Makassar namanya cakar, di Jawa ada awul-awul, di Kalimantan lelong.
Nama boleh beda, barangnya sama: pakaian bekas dari luar negeri.""", "post", "hn_explainer", 0,1,1,1),
("""Sebagai desainer lokal, jujur capek bersaing dengan harga thrift.
Kemeja yang aku jahit dengan bahan bagus harganya 180rb, sementara orang bisa dapet kemeja bermerek bekas 20rb di lapak bal.
Aku gak benci yang suka thrifting, tapi tolong ingat ada ribuan penjahit lokal yang juga butuh makan.""", "post", "hn_opinion", 0,1,1,1),
("""Pemerintah daerah Kabupaten Nunukan bersama Bea Cukai memusnahkan 150 karung pakaian bekas yang diselundupkan dari Tawau.
Pemusnahan dilakukan dengan cara dibakar di lahan milik pemda.
Kepala kantor Bea Cukai setempat mengimbau warga tidak membeli pakaian bekas impor karena berisiko bagi kesehatan.""", "article", "hn_news_article", 0,1,1,1),
("""Dulu aku reseller bal Korea, sekarang sudah berhenti.
Alasannya: makin sering razia, modal sering nyangkut, dan aku mulai mikir soal dampaknya ke penjahit di kampungku.
Sekarang aku jualan kaos sablon buatan tetangga.
Untungnya lebih kecil, tapi tidurnya lebih tenang.""", "post", "hn_personal_story", 0,1,1,1),
("""Ada yang tahu bedanya grade A, B, dan S di bal pakaian bekas?
Lihat video TikTok orang bongkar bal, penasaran aja istilahnya.
Bukan mau beli, cuma pengen tahu 😅""", "post", "hn_buyer_question", 0,1,1,1),
("""Lowongan kerja: admin online shop fashion (Jakarta Utara)
Tugas: upload produk, balas chat, packing
Syarat: min SMA, bisa Canva, teliti
Gaji UMR + bonus
Kirim CV ke email toko, bukan jualan baju bekas ya, kami jual produk konveksi sendiri""", "post", "hn_job_vacancy", 0,0,1,0),
]
