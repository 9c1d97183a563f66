# Legal: buyer questions, jokes and memes, reviews without a seller, job vacancies, tutorials, stories, local-source sales.
RECORDS = [
("post", "hn_buyer_question", (0, 1, 1, 1), """
Ada yang tau gak tempat thrift di Jogja selain Sekaten yang harganya masih masuk akal?
Aku nyari jaket corduroy sama kemeja flanel buat kuliah.
Budget paling 50rb per potong. Makasih infonya guys 🙏
"""),
("comment", "hn_buyer_question", (0, 1, 1, 1), """
Kak mau nanya, ini barangnya second import ya?
Soalnya saya alergi debu, takut kalau bajunya dari bal gak dicuci bersih. Terus kalau mau tukar ukuran bisa gak kak?
"""),
("post", "hn_joke_meme", (0, 1, 1, 1), """
Gaji UMR, gaya Tokyo 😎
Rahasianya? Kemeja 25 ribu hasil ngubek karungan di Gedebage tiap Minggu pagi
Mamaku: "itu bekas orang, kamu gak jijik?"
Aku: "Bu, ini bekas orang Jepang, beda level" 🤡
#anakthrift #relate
"""),
("review", "hn_review_no_seller", (0, 1, 1, 1), """
Review jujur jaket parka yang aku dapat dari thrift kemarin:
Bahannya tebal, lining masih utuh, cuma bau apek hilang setelah direndam air cuka 2 kali.
Tips: langsung rendam air panas dan jemur di bawah matahari langsung, jangan langsung dipakai.
Overall 8/10 buat harga 60 ribu.
"""),
("post", "hn_job_vacancy", (0, 1, 1, 1), """
LOWONGAN KERJA 📢
Dibutuhkan 2 orang tenaga sortir dan setrika untuk toko pakaian bekas impor di daerah Cipayung
Syarat: laki-laki/perempuan, 18-35 tahun, tidak alergi debu
Gaji UMR + makan siang
Kirim lamaran via WA 0819xxxx
"""),
("article", "hn_tutorial", (0, 1, 1, 1), """
Cara Mencuci Baju Thrift Supaya Aman Dipakai
1. Rendam dulu dengan air panas minimal 60°C selama 30 menit.
2. Tambahkan deterjen dan sedikit pemutih khusus pakaian berwarna.
3. Bilas, lalu jemur di bawah sinar matahari langsung.
4. Setrika dengan suhu tinggi untuk membunuh sisa kuman.
Baju bekas dari bal biasanya sudah lama tertumpuk di karung, jadi langkah ini jangan dilewati.
"""),
("post", "hn_personal_story", (0, 1, 1, 1), """
Dulu bapakku jualan monza di Pasar Sambu, tiap subuh dia berangkat buka goni, aku bantu gantungin baju sebelum sekolah.
Dari lapak kecil itu kami tiga bersaudara bisa kuliah.
Sekarang bapak udah pensiun dan lapaknya udah ga ada. Kadang kangen bau karung dan teriakan "seratus dapat tiga!"
"""),
("comment", "hn_buyer_question", (0, 1, 1, 1), """
Bang, saya di Kendari.
Kalau mau beli cakar per karung buat jualan, biasanya ambil di mana ya? Apa harus ke Makassar atau Pare-Pare? Sekalian tanya, modal awal kira-kira berapa. Makasih bang.
"""),
("post", "hn_joke_meme", (0, 1, 1, 1), """
Tiga tipe orang di pasar awul-awul:
1. Yang langsung ngubek tumpukan kayak nyari harta karun
2. Yang cuma liat-liat terus bilang "kok bau ya"
3. Yang nemu jaket North Face 30 ribu terus cerita ke semua orang selama sebulan
Kamu tipe yang mana? 😂
"""),
("review", "hn_review_no_seller", (0, 1, 1, 1), """
Pengalaman pertama ke Pasar Senen Blok 3 buat thrifting 🙂
Lantai atasnya luas, ratusan kios jualan kemeja, jaket, celana impor bekas. Harga standar 30-80rb, tergantung kepintaran nawar.
Minusnya agak panas dan sesak di akhir pekan. Datang pagi lebih enak.
Aku pulang bawa 2 kemeja, puas!
"""),
("post", "hn_own_purchase", (0, 0, 1, 0), """
OOTD hari ini: kemeja linen dari Erigo, celana bahan dari Uniqlo Grand Indonesia, sepatu lokal Compass
Banyak yang kira ini hasil thrifting, padahal beli baru semua 😅
Gaya thrift look ternyata bisa dari toko biasa juga
"""),
("message", "hn_buyer_question", (0, 1, 1, 1), """
Mbak, saya lihat di status mbak ada foto lapak baju bal Korea.
Itu mbak yang jual atau cuma belanja di sana? Kalau belanja, boleh minta alamatnya? Saya mau cari jaket buat anak yang mau kuliah ke Bandung.
"""),
("post", "hn_joke_meme", (0, 1, 1, 1), """
Orang Medan: "beli di monza"
Orang Makassar: "beli cakar"
Orang Jogja: "ngawul"
Orang Jakarta: "thrifting bro"
Orang Lampung: "baju Batam"
Dompet: sama-sama tipis 😭
"""),
("article", "hn_tutorial", (0, 1, 1, 0), """
Tips Menjual Baju Preloved Milik Sendiri Secara Online
Pertama, cuci dan setrika semua baju sebelum difoto. Foto di cahaya alami dengan latar polos.
Kedua, tulis ukuran lengkap (lingkar dada, panjang, lebar bahu) dan jujur soal cacat.
Ketiga, cantumkan bahwa barang adalah milik pribadi, bukan barang dagangan borongan.
Keempat, tentukan harga sekitar 30-50% dari harga beli, tergantung kondisi.
"""),
("post", "hn_job_vacancy", (0, 0, 1, 0), """
Dicari penjahit & admin online shop untuk brand pakaian lokal bergaya vintage
Lokasi workshop: Cisitu, Bandung
Penjahit: berpengalaman jahit kemeja min. 1 tahun
Admin: paham Shopee & TikTok Shop
Kirim CV ke email hrd.tokokami@mail.id sebelum 20 Juli
"""),
("review", "hn_review_no_seller", (0, 1, 1, 1), """
Sepatu Converse second dari pasar loak Jepang yang kubeli tahun lalu ternyata awet banget, udah dipakai setahun masih kuat.
Cuma insole-nya aku ganti karena udah tipis.
Jadi buat yang ragu beli sepatu bekas impor: asal pintar milih dan rajin cuci, bisa awet.
"""),
("comment", "hn_buyer_question", (0, 1, 1, 1), """
Kak, bedanya grade A sama grade B di baju bal itu apa sih?
Soalnya aku lihat di live harganya beda jauh banget. Aku mau beli buat pakai sendiri aja, bukan buat dijual. Mohon pencerahannya 🙏
"""),
("post", "hn_joke_meme", (0, 0, 1, 1), """
Temen: "jaketmu thrift ya?"
Aku: "bukan, baru"
Temen: "masa? kok kayak barang bal"
Aku: "emang desainnya gitu, mahal malah, impor dari Jepang baru" 😤
Kenapa sekarang semua yang lusuh dikira bekas...
"""),
("article", "hn_student_essay", (0, 1, 1, 1), """
Tugas esai Ekonomi Internasional – Kelompok 3
Pakaian bekas impor masuk ke Indonesia melalui jalur tidak resmi seperti Batam, Tanjungbalai, dan Nunukan. Permintaan tinggi karena harga murah dan merek terkenal.
Kami berpendapat bahwa pelarangan perlu dibarengi dengan penguatan industri tekstil dalam negeri agar konsumen punya alternatif terjangkau.
Data kami ambil dari pemberitaan media nasional tahun 2023.
"""),
("post", "hn_local_thrift_source", (1, 1, 1, 0), """
Thrift shop kecil-kecilan di kos 🏠
Semua barang dari lemari anak-anak kos sini sendiri (kami kumpulin, bukan dari bal atau impor)
Kemeja, kaos, jaket, rok, harga 10-40rb
Hasilnya buat bayar wifi bareng 😂
Buka Sabtu sore, Kos Putri Melati, Jatinangor
"""),
("message", "hn_buyer_question", (0, 1, 1, 1), """
Pak, saya dapat tawaran beli 5 karung baju bekas Korea dari kenalan di Batam, katanya buat modal usaha.
Saya baru dengar itu dilarang. Sebenarnya kalau beli di dalam negeri dari orang lain juga kena atau cuma yang impor saja? Mohon penjelasannya, saya belum transfer.
"""),
("review", "hn_review_no_seller", (0, 1, 1, 1), """
Setelah 3 tahun rajin ngawul, aku bikin catatan kecil:
– Jaket gunung bekas luar biasanya paling awet
– Kaos band cepat melar, hati-hati
– Sepatu kulit sering retak karena lama di karung
– Jangan beli pakaian dalam, seriusan
Semoga membantu yang baru mulai.
"""),
("post", "hn_joke_meme", (0, 1, 1, 1), """
POV: kamu nemu struk belanja Jepang di kantong jaket monza yang baru kamu beli 😭
Tahun 2014, belanja onigiri sama teh hijau, total 486 yen
Jaketnya udah keliling dunia, lebih jauh dari aku
"""),
("post", "hn_job_vacancy", (0, 0, 1, 0), """
Lowongan SPG/SPB untuk toko baju muslim di Thamrin City
Usia maks 28 tahun, berpenampilan rapi, bisa kerja shift
Gaji pokok + komisi penjualan + BPJS
Datang langsung bawa CV ke lantai 3 blok C no. 12, Senin–Jumat jam 10–15
"""),
("comment", "hn_buyer_question", (0, 1, 1, 1), """
Min mau tanya, di Samarinda masih ada lapak baju Tawau gak ya?
Dulu di Pasar Segiri banyak, sekarang kayaknya sepi. Aku cari sepatu safety bekas yang murah buat kerja di tambang.
"""),
("post", "hn_own_purchase", (0, 1, 1, 0), """
Akhirnya nemu juga kebaya bekas peninggalan nenek di lemari kayu rumah Tegal 🥹
Aku bawa ke penjahit dekat rumah buat dikecilin sedikit, mau aku pakai wisuda bulan depan
Bahannya masih bagus banget, brokat jaman dulu memang beda
"""),
("article", "hn_opinion_column", (0, 1, 1, 1), """
Kolom: Thrifting dan Gengsi Anak Muda
Bagi sebagian anak muda kota, berburu jaket bekas merek Amerika di Pasar Senen adalah bagian dari identitas. Mereka menyebutnya thrifting, bukan beli baju bekas.
Namun label keren itu menutupi kenyataan bahwa barangnya masuk lewat jalur ilegal dan menyaingi penjahit kecil.
Mungkin sudah saatnya kita memberi gengsi yang sama pada produk lokal.
"""),
("post", "hn_buyer_question", (0, 1, 1, 1), """
Kalau mau ke Pasar Gedebage naik angkot dari Stasiun Bandung gimana ya? 
Rencana mau thrifting Sabtu depan bareng temen-temen kampus, katanya barang impornya banyak yang bagus.
Ada tips biar gak ketipu juga? Thanks!
"""),
]
