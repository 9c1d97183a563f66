# Legal hard negatives, batch A (mostly no offer). (kind, category, (offer, used, clothing, abroad), text)
ENTRIES = [
("article", "hn_news", (0, 1, 1, 1), """Petugas gabungan menahan sebuah truk bermuatan puluhan balpres pakaian bekas di jalur lintas Sambas, Kalimantan Barat, Selasa malam.
Sopir mengaku karung-karung itu dibawa dari Malaysia lewat jalan tikus dan akan diturunkan di Tebas.
Seluruh barang bukti kini dititipkan di kantor Bea Cukai setempat sambil menunggu proses hukum.
Impor pakaian bekas dilarang sejak Permendag 18/2021 yang diubah Permendag 40/2022."""),

("article", "hn_news", (0, 1, 1, 1), """TANJUNGBALAI — Kapal kayu tanpa awak ditemukan kandas di muara sungai dengan muatan sekitar 200 karung baju bekas impor.
Menurut aparat, pola seperti ini kerap dipakai penyelundup: kapal ditinggal begitu patroli mendekat.
Warga sekitar diimbau tidak mengambil isi karung karena barang tersebut berstatus barang bukti."""),

("article", "hn_news", (0, 1, 1, 1), """Pemusnahan 300 bal pakaian bekas ilegal digelar di halaman kantor pabean Batam, Kamis.
Pakaian, sepatu dan tas bekas itu dibakar dalam insinerator setelah inkrah.
Pejabat bea cukai menyebut sebagian besar balpres berasal dari Malaysia dan Singapura, dikemas rapat dengan plastik dan diikat kawat.
Nilai barang ditaksir mencapai miliaran rupiah."""),

("article", "hn_news", (0, 1, 1, 1), """Pedagang thrift di Pasar Senen mengeluh sepi pembeli sejak razia awal bulan.
"Stok bal lama masih ada, yang baru nggak berani ambil," kata seorang pedagang yang minta namanya tidak ditulis.
Sebagian pedagang beralih menjual pakaian baru produksi konveksi lokal untuk bertahan.
Kementerian Perdagangan menegaskan larangan impor pakaian bekas tetap berlaku."""),

("article", "hn_news", (0, 1, 1, 1), """Polda Kalimantan Utara mengungkap jalur masuk pakaian bekas dari Tawau ke Nunukan menggunakan speedboat.
Dua orang yang berperan sebagai pengangkut ditetapkan sebagai tersangka, sedangkan pemodalnya masih diburu.
Polisi menyita 48 balpres berisi baju, celana dan sepatu bekas dari sebuah rumah di tepi sungai.
Kasus ini menambah daftar penindakan balpres di wilayah perbatasan."""),

("article", "hn_news", (0, 1, 1, 1), """Laporan: thrifting naik daun di kalangan Gen Z, tapi sebagian besar pasokan ternyata dari karungan impor ilegal.
Survei kecil terhadap 300 mahasiswa di Bandung menunjukkan 7 dari 10 responden pernah membeli baju bekas impor di Gedebage atau lewat live TikTok.
Mayoritas tidak tahu bahwa barang tersebut masuk tanpa izin.
Peneliti menyarankan edukasi konsumen, bukan hanya razia pedagang kecil."""),

("article", "hn_news", (0, 1, 1, 1), """Pasar Kebon Kalapa Bogor dan cerita pedagang cakar yang kini tiarap
Dulu lorong belakang pasar penuh tumpukan karung baju bekas dari luar negeri. Kini sebagian kios tutup, sebagian lagi menjual barang lokal.
Seorang penjual berusia 50-an mengatakan ia sudah 20 tahun berdagang monza dan tidak tahu harus beralih ke apa.
Dinas koperasi setempat berjanji membuka pelatihan usaha alternatif."""),

("post", "hn_opinion", (0, 1, 1, 1), """Unpopular opinion: thrifting itu bukan "sustainable" kalau barangnya datang dari balpres impor.
Negara maju buang sampah tekstilnya ke kita, kita bayar, terus kita bangga bilang ramah lingkungan.
Yang sustainable itu pakai baju lama sendiri, tukar sama teman, atau beli preloved lokal.
Silakan yang mau debat di kolom komentar 🙏"""),

("post", "hn_opinion", (0, 1, 1, 1), """Jujur aku sedih lihat konveksi tetanggaku tutup. Dia bilang kalah harga sama baju bal yang dijual 10 ribuan di live.
Orang sekarang lebih pilih kaos bekas impor merk luar daripada kaos baru buatan Bandung.
Bukan salah pembeli sepenuhnya, tapi pemerintah harusnya lebih tegas di pelabuhan, bukan cuma razia lapak kecil."""),

("post", "hn_opinion", (0, 1, 1, 1), """Thread: kenapa larangan baju bekas impor susah ditegakkan 🧵
1. Garis pantai panjang, banyak pelabuhan tikus di Sumatera & Kalimantan
2. Permintaan tinggi, thrifting udah jadi gaya hidup
3. Pedagang kecil tergantung karungan buat makan
4. Penindakan lebih sering di hilir daripada di hulu
Solusinya menurutku harus bareng-bareng: jalur masuk ditutup, pedagang dibantu alih usaha."""),

("comment", "hn_opinion", (0, 1, 1, 1), """Aku setuju sebagian. Baju awul-awul itu memang membantu orang kecil dapat baju layak, apalagi di kampung.
Tapi ya tetep aja itu barang bekas impor yang masuknya ilegal.
Masalahnya bukan di pembeli, tapi di rantai balpres dari pelabuhan yang nggak pernah disentuh."""),

("post", "hn_opinion", (0, 1, 1, 1), """Sebagai orang Makassar, cakar itu sudah bagian dari hidup kita.
Dari SD sampai kuliah, jaket almamater pun kadang dipadu sama jaket cakar dari Pasar Toddopuli.
Tapi setelah baca soal dampaknya ke industri tekstil, saya mulai mikir ulang.
Mungkin tidak langsung berhenti, tapi setidaknya sadar bahwa itu barang bekas impor yang dilarang."""),

("post", "hn_complaint_report", (0, 1, 1, 1), """⚠️ HATI-HATI PENIPUAN ⚠️
Akun @gudangbal_murahmeriah nawarin "1 bal jaket thrift impor Korea isi 100 pcs cuma 1,5jt".
Aku transfer DP 500rb, habis itu nomornya nggak aktif.
Tolong share biar nggak ada korban lagi. Screenshot chat ada di slide 2-4."""),

("review", "hn_complaint_report", (0, 1, 1, 1), """Bintang 1. Beli "paket bal thrift sortir grade A" katanya isi 50 kemeja bekas Jepang, yang datang cuma 32 dan separuhnya sobek.
Pas komplain penjual bilang "namanya juga barang bekas kak".
Nggak rekomen sama sekali, mending nggak usah beli karungan online."""),

("post", "hn_complaint_report", (0, 1, 1, 1), """Lapor min, tiap malam ada akun live yang bongkar balpres baju bekas impor, jelas-jelas bilang "barang dari Malaysia baru masuk".
Bukannya itu dilarang ya? Tolong ditindak, link akun sudah saya kirim lewat fitur laporan.
Kasihan pedagang baju lokal."""),

("message", "hn_complaint_report", (0, 1, 1, 1), """Kepada Yth. Admin Marketplace,
Saya ingin melaporkan toko "Thrift Import Jaya" yang menjual pakaian bekas impor per bal. Di deskripsinya tertulis: "Bal Korea isi 100 pcs, bongkar bal langsung".
Sesuai aturan, barang ini dilarang diperdagangkan.
Mohon ditindaklanjuti. Terima kasih."""),

("comment", "hn_complaint_report", (0, 1, 1, 1), """Kak, aku dulu beli sepatu second impor di akun ini, katanya "like new 9/10" ternyata solnya udah mau lepas 😭
Udah minta retur nggak dibalas. Buat yang mau beli di sana, mending mikir dua kali deh."""),

("post", "hn_complaint_report", (0, 1, 1, 1), """Curhat: tetangga kos buka "gudang thrift" di kamarnya. Tiap minggu datang karung-karung balpres, baunya apek sampai lorong.
Sudah ngomong baik-baik ke pemilik kos tapi katanya selama bayar nggak masalah.
Ada yang tahu harus lapor ke mana untuk urusan bau dan kebersihan begini?"""),

("post", "hn_joke_meme", (0, 1, 1, 1), """Me: aku mau hemat bulan ini
Also me jam 11 malam: *nonton live bongkar bal thrift Jepang*
"Ini jaket ada nama orang Jepang di kerahnya kak"
Aku: ambil, siapa tau ketularan rajin 🤣
#thrifting #relate"""),

("post", "hn_joke_meme", (0, 1, 1, 1), """Jenis-jenis pembeli baju bekas impor di pasar:
🕵️ Detektif: bolak-balik 3 jam cuma buat satu kemeja
💪 Atlet: ngobok-ngobok tumpukan monza kayak lagi renang
🤑 Sultan: ambil sekarung, pilih nanti di rumah
😴 Pasrah: ngikut temen doang
Kamu yang mana?"""),

("comment", "hn_joke_meme", (0, 1, 1, 1), """Wkwkwk baju cakar yang kubeli ada tiket bioskop Korea di kantongnya.
Mungkin mantan pemiliknya lagi nyari jaketnya sekarang 😭
Udah kayak barang warisan lintas negara."""),

("post", "hn_joke_meme", (0, 1, 1, 1), """POV: kamu beli hoodie thrift impor terus nemu uang 10 dolar di kantongnya 💵
Teman: "balikin!"
Aku: "ke siapa? ke pelabuhan?"
Pelajaran moral: cuci dulu sebelum dipakai, periksa kantong, jangan lupa bersyukur 😂"""),

("post", "hn_buyer_question", (0, 1, 1, 1), """Mau tanya, kalau beli baju bekas impor di Gedebage itu aman nggak sih buat kulit?
Aku agak parno soal jamur dan kutu. Biasanya kalian cuci pakai apa, direndam air panas atau cukup detergen biasa?
Makasih sebelumnya 🙏"""),

("post", "hn_buyer_question", (0, 1, 1, 1), """Butuh saran: mau mulai usaha kecil jual baju, lebih baik ambil balpres thrift atau kulakan baju baru di Tanah Abang?
Aku dengar yang bal itu ilegal, tapi untungnya katanya gede.
Ada yang pernah nyoba keduanya? Cerita dong."""),

("comment", "hn_buyer_question", (0, 1, 1, 1), """Min, beneran ya jual beli baju second impor itu bisa kena pidana?
Kalau aku cuma beli satu jaket buat dipakai sendiri, ada risikonya juga nggak?
Bingung soalnya di kampusku hampir semua orang thrifting."""),

("post", "hn_buyer_question", (0, 1, 1, 1), """Ada yang tahu arti "grade A, grade B, grade S" di bal thrift?
Kemarin lihat di pasar ada tulisan begitu di karung, tapi pedagangnya lagi sibuk jadi nggak sempat nanya.
Apakah itu soal kondisi atau soal asal negara?"""),

("message", "hn_buyer_question", (0, 1, 1, 1), """Sis, kamu kan sering ke Pajak Melati, di sana baju bekasnya dari mana sih?
Aku mau cari jaket buat ke Berastagi tapi nggak mau yang bau karung.
Ada tips milih yang bersih? Aku nggak mau nitip, mau datang sendiri aja minggu depan."""),

("post", "hn_buyer_diary", (0, 1, 1, 1), """Diary thrifting hari ke-3 di Bandung 📓
Hari ini nyobain pasar baju bekas yang sering viral itu. Tumpukan monza sampai langit-langit, aku cuma kuat 2 jam.
Dapat 3 kemeja flanel bekas dan 1 jaket jeans, total 150rb. Tanganku item semua kena debu karung 😂
Besok mau istirahat dulu, kaki pegal."""),

("post", "hn_buyer_diary", (0, 1, 1, 1), """Catatan kecil: hari ini pertama kali ke pasar lelong di Pontianak bareng ibu.
Ibu ternyata jago nawar, jaket bekas Malaysia yang tadinya 80rb jadi 45rb.
Aku beli sweater abu-abu buat kuliah, pas banget. Pulangnya langsung direndam air panas sesuai saran ibu."""),

("post", "hn_buyer_diary", (0, 1, 1, 1), """Review jujur setelah 1 tahun pakai baju thrift impor:
- Jaket kulit dari bal Jepang: awet, masih bagus
- Kaos band: sablon retak tapi makin keren
- Sepatu second: sol lepas di bulan ke-4 😢
Kesimpulan: pilih-pilih, periksa jahitan, dan jangan beli yang kondisinya ragu."""),

("post", "hn_buyer_diary", (0, 1, 1, 1), """Waktu kecil setiap menjelang lebaran, bapak ngajak ke pasar awul-awul di Jogja.
Kami anak-anak dapat baju rombengan yang masih bagus, bapak nawar sambil bercanda sama pedagangnya.
Sekarang baru tahu itu baju bekas impor dan ternyata dilarang. Tapi kenangannya tetap hangat."""),

("article", "hn_rules_guideline", (0, 1, 1, 1), """Panduan Komunitas — Barang Terlarang
Penjual dilarang mengunggah produk pakaian bekas impor dalam bentuk apa pun, termasuk balpres, karungan, sortiran bal, dan paket "thrift import".
Istilah pengganti seperti nama kode, emoji, atau sebutan daerah (cakar, lelong, monza) tetap termasuk pelanggaran.
Produk yang melanggar akan diturunkan dan akun dapat dibatasi."""),

("article", "hn_rules_guideline", (0, 1, 1, 1), """Apa yang dilarang oleh Permendag 40/2022?
Peraturan ini menetapkan kantong bekas, karung bekas, dan pakaian bekas sebagai barang yang dilarang impor.
Artinya, memasukkan balpres baju bekas dari luar negeri ke Indonesia tidak diperbolehkan, dan barang yang tertangkap dapat dimusnahkan.
Membeli pakaian bekas dari orang di dalam negeri (misalnya lemari teman) adalah hal yang berbeda."""),

("post", "hn_rules_guideline", (0, 1, 1, 1), """📌 ATURAN GRUP JUAL BELI KAMPUS 📌
1. Dilarang jual thrift impor / bal / karungan. Langsung kick.
2. Preloved pribadi boleh, wajib foto asli & sebutkan minus.
3. Dilarang jual barang KW.
4. Transaksi di luar grup bukan tanggung jawab admin.
Terima kasih sudah menjaga grup tetap aman 🙏"""),

("article", "hn_tutorial", (0, 1, 1, 1), """Cara mencuci baju thrift impor sebelum dipakai:
1. Rendam di air panas minimal 60°C selama 30 menit untuk membunuh kuman dan jamur.
2. Cuci dengan detergen dan sedikit cairan antiseptik.
3. Jemur di bawah sinar matahari langsung.
4. Setrika dengan suhu tinggi sesuai bahan.
Baju dari balpres biasanya disimpan lama di karung lembap, jadi jangan langsung dipakai."""),

("post", "hn_tutorial", (0, 1, 1, 1), """Tips mengenali jaket bekas impor vs jaket baru KW:
- Label jahitan dalam biasanya pudar dan ada tulisan bahasa asing
- Ada bekas lipatan permanen karena dipres dalam bal
- Bau khas karung yang susah hilang
Ini bukan buat ngajarin jualan ya, cuma biar kamu tahu apa yang kamu beli."""),

("post", "hn_tutorial", (0, 1, 1, 0), """Tutorial upcycle: mengubah kemeja bekas ayah jadi tote bag 👜
Bahan: 1 kemeja lama, gunting, benang, jarum atau mesin jahit.
1. Potong bagian lengan dan kerah.
2. Jahit bagian bawah.
3. Gunakan lengan sebagai tali.
Hasilnya unik dan nggak perlu beli thrift baru!"""),

("review", "hn_review_no_seller", (0, 1, 1, 1), """Sudah 6 bulan pakai jaket gunung bekas impor yang kubeli waktu liburan ke Medan.
Bahannya masih tahan air, resleting lancar. Awalnya bau apek balpres tapi hilang setelah dua kali cuci.
Worth it, walaupun sekarang aku lebih sadar soal aturan larangannya."""),

("review", "hn_review_no_seller", (0, 1, 1, 1), """Review celana Levi's 501 second dari bal USA: potongannya bagus, warna sudah pudar alami.
Minusnya, ada jahitan ulang di selangkangan yang nggak disebut pas beli.
Harga wajar untuk kondisinya. Nggak akan sebut tokonya karena sudah tutup."""),

("review", "hn_review_no_seller", (0, 1, 1, 1), """Unboxing hasil thrifting cakar di Makassar 📦
Dapat 2 kemeja flanel dan 1 blazer wol, semuanya second impor, total 120rb.
Blazernya ada noda kecil tapi bisa hilang pakai sabun cuci piring.
Overall puas, tapi karena aturan sekarang ketat, mungkin ini belanja cakar terakhirku."""),

("post", "hn_job_vacancy", (0, 1, 1, 1), """LOWONGAN KERJA 📢
Dibutuhkan 3 orang tenaga sortir di gudang pakaian bekas (bal impor), area Cikarang.
Tugas: membuka karung, memisahkan grade A/B, melipat.
Gaji harian, jam kerja 8 pagi - 5 sore.
Lamaran lewat DM, tidak dipungut biaya."""),

("post", "hn_job_vacancy", (0, 1, 1, 1), """Dicari host live jualan untuk toko thrift impor di Surabaya.
Syarat: percaya diri di depan kamera, bisa kerja malam, paham istilah bal, grade, dan koli.
Gaji pokok + komisi. Kirim CV dan video perkenalan 1 menit ke email rekrutmen kami."""),
]
