# Batch 4: legal records, regional registers and more hard negatives.
# Tuple: (kind, category, offer, used, clothing, abroad, text)
RECORDS = [
("post", "hn_own_preloved", 1, 1, 1, 0, """Guys gue lagi beberes kamar kos nih, ada beberapa barang mau gue lepas aja daripada numpuk 😩
Hoodie Erigo item size L, dipake paling 5x, 90rb
Celana cargo beli di Blok M Square, 70rb
Sneakers Compass 41, 300rb, box lengkap
Ambil di kosan gue daerah Rawamangun ye, gak kirim-kirim dulu."""),

("article", "hn_news", 0, 1, 1, 1, """Ribuan bal pakaian bekas impor hasil sitaan dimusnahkan dengan cara dibakar di halaman kantor Bea Cukai Tanjung Priok, Kamis (14/3).
Barang tersebut merupakan hasil penindakan selama enam bulan terakhir dari sejumlah kontainer yang dilaporkan berisi "kain perca" dan "tekstil campuran".
Nilai barang diperkirakan mencapai Rp 9 miliar."""),

("comment", "hn_buyer_question", 0, 1, 1, 1, """Punten kang, aya nu terang teu kios di Gedebage nu ngajual jaket bekas impor keur budak SMP?
Abdi bade meser kanggo putra, tapi teu acan kantos ka ditu. Parkirna di palih mana nya? Hatur nuhun sateuacanna 🙏"""),

("post", "hn_report", 0, 1, 1, 1, """Kesal kali aku sama kede monza di simpang rumah itu, lae. Kemarin beli jaket katanya "baru buka karung, barang Korea asli", sampai rumah ternyata resletingnya rusak dan ada bolong di ketiak.
Pas aku balik mau tukar, dibilang "barang monza tak bisa dikembalikan". Jadi pelajaran lah, cek betul-betul sebelum bayar."""),

("post", "hn_joke", 0, 1, 1, 1, """Anak Makassar waktu lebaran:
Mama: "Bajumu baru?"
Saya: "Iye, baru... baru dibeli di cakar" 🤣
Mama: "Cuci dulu itu, nanti gatal-gatal ko"
Saya: "Sudahma' rendam semalam mi" 😭 #cakarlife #lebarandimakassar"""),

("listing", "hn_new_denial", 1, 0, 1, 0, """Jaket Bomber Pria BARU Bukan Monza Bukan Second
Produksi konveksi di Medan, bahan taslan waterproof, furing dalam tebal.
Warna hitam, navy, hijau army. Size M-XXL.
Harga 135rb. Pajak USU juga ada lapak kami, tanya aja "jaket Bang Togar"."""),

("post", "hn_returned_worker_tailor", 1, 0, 1, 0, """Alhamdulillah, setelah 6 tahun kerja di pabrik garmen di Malaysia, sekarang saya pulang kampung dan buka usaha jahit sendiri di Ponorogo 🙏
Terima jahitan seragam sekolah, kemeja, gamis, dan permak celana.
Bahan bisa dari pelanggan atau dari kami.
Alamat: Desa Siman RT 02, sebelah musala. Monggo mampir."""),

("listing", "hn_used_laptop_import", 1, 1, 0, 1, """Laptop Lenovo ThinkPad T480 Bekas Ex Singapore
Unit bekas kantor dari Singapura, i5 gen 8, RAM 16GB, SSD 512GB.
Keyboard normal, baterai awet 3 jam, body ada lecet pemakaian.
Harga 4,25jt, garansi toko 1 bulan. Jl. Mangga Dua Raya."""),

("listing", "hn_produce_import", 1, 0, 0, 1, """Bawang Bombay Impor India Per Karung 20 Kg
Kualitas super, umbi besar dan kering.
Harga hari ini Rp 310.000/karung, harga bisa berubah sesuai kurs.
Pasar Induk Kramat Jati los B, melayani pengiriman untuk rumah makan."""),

("post", "hn_mosque_bazaar", 1, 1, 1, 0, """Bazar Ramadhan Remaja Masjid Al-Furqon 🌙
Tersedia baju koko, gamis, mukena, dan sarung bekas layak pakai sumbangan jamaah, harga 5.000-20.000.
Seluruh hasil untuk santunan anak yatim di malam 27 Ramadhan.
Tempat: serambi masjid, setiap ba'da Ashar sampai menjelang berbuka."""),

("post", "hn_school_uniform_resale", 1, 1, 1, 0, """Info buat orang tua kelas 1 SMPN 3 Klaten 📚
Komite sekolah menampung seragam bekas dari kakak kelas yang sudah lulus, untuk dijual lagi dengan harga 10rb-25rb per potong.
Seragam sudah dicuci dan dicek jahitannya.
Pengambilan di ruang koperasi sekolah, Senin-Kamis jam 09.00-12.00."""),

("article", "hn_research", 0, 1, 1, 1, """Sebuah kajian lembaga lingkungan mencatat bahwa hingga 40 persen isi bal pakaian bekas impor yang masuk ke pasar tradisional tidak layak jual.
Pakaian rusak itu berakhir di tempat pembuangan atau dijadikan majun.
Peneliti menyarankan pemerintah memperkuat industri daur ulang tekstil domestik sekaligus memperketat pengawasan di pelabuhan-pelabuhan kecil di Sumatera dan Kalimantan."""),

("review", "hn_review_new", 0, 0, 1, 0, """Review jeans dari toko di mall Kota Kasablanka: potongan straight, bahan 14 oz, warnanya indigo gelap dan sempat luntur sedikit di cucian pertama.
Harganya 499rb, lumayan mahal tapi awet sudah 8 bulan.
Buat yang nggak mau thrifting karena takut barang bekas, ini bisa jadi pilihan."""),

("message", "hn_job_vacancy", 0, 0, 1, 0, """Lowongan kerja: dicari 2 host live dan 1 admin chat untuk toko online busana muslim (produk baru, produksi sendiri) di Pekalongan.
Syarat: perempuan, max 28 tahun, komunikatif, paham TikTok Shop.
Gaji pokok + komisi. Kirim lamaran via DM Instagram kami atau email hrd.busana@contoh.id."""),

("comment", "hn_opinion_comment", 0, 1, 1, 1, """Aku kerja di konveksi kecil di Bandung, jujur aja sejak bal-bal baju Jepang masuk banyak, order kami turun hampir setengah. Orang lebih milih jaket bekas impor 50rb daripada jaket baru lokal 150rb.
Jadi aku dukung larangannya, asal ditegakkan di pelabuhan, bukan cuma razia pas lagi viral."""),

("post", "hn_vintage_heirloom", 1, 1, 1, 0, """Melepas koleksi kain batik tulis peninggalan eyang putri 🥀
Batik Solo dan Yogya tahun 70-80an, sudah dipakai sebagai jarik, beberapa ada bagian yang rapuh.
Cocok buat kolektor atau dijadikan outer.
Harga 150rb-600rb per lembar, silakan DM untuk foto detail."""),

("listing", "hn_used_bal_other", 1, 0, 0, 0, """Jerami Padi Kering Per Bal Untuk Pakan Sapi
Jerami sudah dipress, berat ±20 kg per bal.
Harga 25rb/bal, minimal 50 bal.
Lokasi Lamongan, bisa antar pakai truk untuk peternakan sekitar Jawa Timur."""),

("post", "hn_guideline", 0, 1, 1, 1, """❗ Tips menghindari penipuan jual beli baju bekas impor online ❗
Banyak akun yang menawarkan "bal Korea murah" atau "karungan grade A" tapi tidak pernah mengirim barang.
Ingat juga bahwa pakaian bekas impor dilarang diperdagangkan, jadi uang kamu tidak bisa dilindungi kalau transaksinya di luar aplikasi.
Kalau lihat iklan seperti itu, laporkan ke platform."""),

("message", "hn_buyer_question", 0, 1, 1, 1, """Kak, maaf mau tanya sebelum checkout. Di judul tulisannya "kemeja second", itu maksudnya bekas pribadi kakak atau barang impor dari bal ya?
Soalnya aku pernah dapet yang bau kapur barus gitu. Kalau barang pribadi aku ambil yang size M ya kak."""),

("post", "hn_local_thrift_event", 1, 1, 1, 0, """Pasar Tukar & Jual Preloved Kampus 🌱
BEM FISIP mengadakan "Lemari Berputar" di selasar gedung C, Rabu-Jumat minggu depan.
Mahasiswa boleh bawa baju bekas sendiri untuk dijual (maks 10 potong) atau ditukar.
Semua barang dari lemari kita sendiri, bukan dari pedagang bal. Yuk kurangi sampah tekstil!"""),

("live", "hn_sisa_ekspor_live", 1, 0, 1, 0, """Oke lanjut ya kak, ini kemeja sisa ekspor dari pabrik Sukoharjo, baru semua, ada yang labelnya digunting
Bahan oxford, size S sampai XL, 45 ribu satu
Ini bukan thrift ya kak, masih bau toko hehe
Yang mau ketik "K" plus size"""),

("article", "hn_feature", 0, 1, 1, 1, """Setiap Minggu pagi, lorong-lorong Pasar Tungging di Padang dipenuhi pemburu pakaian bekas impor. Sebagian besar barang dikabarkan masuk dari pelabuhan-pelabuhan di pesisir timur Sumatera.
Bagi mahasiswa, pasar ini adalah tempat mencari jaket dan kemeja bermerek dengan harga puluhan ribu.
Namun pedagang kini lebih waspada: papan harga disembunyikan dan tidak semua mau difoto."""),

("post", "hn_new_thrift_style", 1, 0, 1, 0, """Cari outfit ala "thrift korea" tapi nggak mau barang bekas? 🤍
Toko kami jual knit vest, cardigan, dan celana kulot gaya Korea, semuanya BARU produksi konveksi di Bandung.
Harga 69rb-129rb, ready stock.
Cek katalog di link bio, kirim dari Cimahi."""),
]
