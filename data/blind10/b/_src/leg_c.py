# Legal: news, opinion, guidelines, complaints and reports about sellers.
N = (0, 1, 1, 1)
RECORDS = [
("article", "hn_news", N, """
Petugas Bea Cukai Batam menggagalkan penyelundupan 320 bal pakaian bekas dari Malaysia yang diangkut kapal kayu tanpa dokumen, Selasa dini hari.
Menurut keterangan petugas, kapal berlayar dari Johor dan berencana bongkar muatan di pelabuhan tikus di pesisir Batu Ampar.
Dua awak kapal diamankan untuk pemeriksaan lebih lanjut. Seluruh barang akan dimusnahkan sesuai ketentuan Permendag 40/2022.
"""),
("article", "hn_news", N, """
PEKANBARU – Pedagang pakaian bekas di Pasar Kodim mengeluhkan sepinya pasokan sejak razia gudang balpres di Dumai bulan lalu.
"Biasanya seminggu dua kali bongkar karung, sekarang sebulan belum tentu," ujar Ani (45), yang sudah berdagang sejak 2008.
Dinas Perdagangan setempat menyatakan akan mendata pedagang dan menawarkan pelatihan beralih ke produk lokal.
"""),
("article", "hn_news_explainer", N, """
Apa itu balpres?
Balpres adalah sebutan untuk pakaian bekas yang dipadatkan dengan mesin press lalu diikat kawat atau tali, biasanya seberat 50 sampai 100 kilogram.
Barang seperti ini umumnya masuk dari Malaysia, Singapura, Korea, dan Jepang melalui jalur laut di Sumatera dan Kalimantan.
Pemerintah melarang impornya lewat Permendag 18/2021 yang diubah dengan Permendag 40/2022, dengan alasan melindungi industri tekstil dan kesehatan konsumen.
"""),
("post", "hn_opinion", N, """
Unpopular opinion: larangan baju bekas impor itu bener, tapi caranya salah.
Yang ditangkepin pedagang kecil di Senen sama Gedebage, sementara pemain kontainer besar jarang kedengeran.
Kalau mau serius lindungi industri tekstil ya kejar importirnya, bukan emak-emak yang jual kemeja 20 ribuan.
Setuju gak?
"""),
("comment", "hn_report_complaint", N, """
Min, tolong akun @bajuluar.murah88 ditindak.
Di postingannya jelas-jelas tertulis "ready bal Korea, grade A, 5jt per bal", padahal kan itu barang impor bekas yang dilarang. Saya sudah report lewat fitur laporkan tapi belum ada tanggapan.
"""),
("review", "hn_complaint_buyer", N, """
⭐ 1/5
Pesan "jaket second import Jepang kondisi 9/10" dari toko ini, yang datang bau apek parah dan ada noda jamur di kerah.
Chat penjual cuma dibaca. Tolong yang lain hati-hati, jangan tergiur foto katalog.
Saya sudah ajukan komplain ke pihak marketplace.
"""),
("article", "hn_guideline", N, """
Kebijakan Produk Dilarang – Pakaian Bekas Impor
Penjual dilarang menawarkan pakaian, sepatu, dan tas bekas yang berasal dari luar negeri, termasuk dalam bentuk bal, balpres, atau karungan.
Contoh yang akan diturunkan: listing berjudul "baju bekas impor Korea", "bongkar bal Jepang", atau yang menyebut "grade A per bal".
Yang diperbolehkan: pakaian bekas milik pribadi (preloved) asal dalam negeri, dan pakaian baru impor dengan dokumen resmi.
Pelanggaran berulang dapat berujung pada pembekuan toko.
"""),
("article", "hn_news", N, """
Kemendag bersama aparat memusnahkan ribuan balpres pakaian bekas hasil penindakan di gudang kawasan Bogor dan Bandung.
Pemusnahan dilakukan dengan cara dibakar di lokasi pembuangan yang ditunjuk.
Menteri menyebut importasi pakaian bekas merugikan UMKM konveksi dan berpotensi membawa bakteri serta jamur.
Sebagian barang diketahui masuk melalui pelabuhan di pesisir timur Sumatera.
"""),
("post", "hn_opinion", N, """
Aku dulu rajin banget thrifting ke Pasar Senen, tiap minggu bisa bawa pulang 5 kemeja.
Tapi habis baca soal limbah tekstil dan gimana baju-baju bekas dari luar negeri itu dikirim ke negara berkembang, aku jadi mikir.
Sekarang aku lebih pilih beli sedikit tapi baru dari brand lokal, atau tukeran baju sama teman.
Bukan mau sok suci ya, cuma sharing 🙏
"""),
("message", "hn_report_complaint", N, """
Lapor admin grup 🙏
Ada member baru namanya "Rizky Gudang" yang japri-japri anggota nawarin "karungan Jepang isi jaket, 3,5jt per karung, kirim dari Tanjungbalai".
Saya cuma mau kasih tahu, takutnya grup kita kena masalah. Screenshot saya lampirkan.
"""),
("article", "hn_news", N, """
Polisi di Nunukan menahan truk bermuatan 85 koli pakaian bekas asal Tawau yang hendak dikirim ke Sulawesi Selatan.
Sopir mengaku hanya diminta mengantar barang sampai pelabuhan dan tidak mengetahui isinya.
Kapolres menyatakan penyelidikan diarahkan ke pemilik barang yang diduga pemain lama di jalur perbatasan.
"""),
("post", "hn_opinion_thread", N, """
🧵 Thread: kenapa cakar di Makassar susah hilang?
1. Harganya jauh lebih murah daripada baju baru di mal
2. Kualitas merek luar dianggap lebih awet
3. Jalurnya lewat Pare-Pare sudah turun-temurun
4. Banyak keluarga hidup dari lapak cakar
Larangan saja tanpa solusi ekonomi buat pedagangnya, menurutku, tidak akan efektif.
"""),
("comment", "hn_report_complaint", N, """
Ini live barusan di akun "gudang.thrift.sby" terang-terangan bilang "malam ini buka 3 bal Korea, semua bekas, 30rb aja". Bukannya itu dilarang ya?
Kok platform diem aja. Saya udah rekam layar, kalau ada kontak pengaduan Kemendag mohon infonya.
"""),
("article", "hn_guideline", N, """
Panduan singkat untuk moderator komunitas jual beli:
- Postingan yang menawarkan baju bekas pribadi boleh, minta penjual menulis "milik pribadi".
- Postingan yang menyebut bal, balpres, karungan, atau "second import" dihapus.
- Istilah daerah seperti monza, cakar, dan awul-awul juga sering dipakai untuk barang impor, cek kembali isi postingannya.
- Kalau ragu, tanya admin utama sebelum menghapus.
"""),
("article", "hn_news", N, """
Ekonom menilai maraknya penjualan pakaian bekas impor lewat siaran langsung di media sosial menyulitkan pengawasan.
Penjual kerap memakai istilah samaran dan menghapus rekaman setelah siaran berakhir.
Ia menyarankan pemerintah bekerja sama dengan platform untuk mendeteksi pola kata kunci, bukan hanya mengandalkan razia di pasar.
"""),
("review", "hn_complaint_buyer", N, """
Kapok beli di lapak thrift online yang ngaku-ngaku "barang bal US pilihan".
Celana Levi's yang dijanjikan ternyata KW, jahitannya lepas setelah dicuci sekali.
Udah gitu pas dikomplain penjualnya malah blokir. Duit 150rb melayang.
Pelajaran buat saya, mending beli di toko yang jelas.
"""),
("post", "hn_opinion", N, """
Jujur aku bingung. Kalau jual baju bekas sendiri boleh, kenapa jual baju bekas dari Jepang nggak boleh?
Setelah baca-baca, ternyata yang dilarang itu impornya, karena barangnya masuk sebagai limbah dan bikin konveksi lokal gak bisa bersaing.
Masuk akal sih, tapi kasihan juga pedagang kecil di pasar yang udah belanja stok.
"""),
("article", "hn_news", N, """
MEDAN – Pajak Melati, salah satu pusat monza tertua di Medan, tampak lebih sepi dari biasanya pada akhir pekan.
Sejumlah pedagang mengatakan harga satu bal naik hampir dua kali lipat karena pasokan dari Tanjungbalai tersendat setelah patroli laut diperketat.
Beberapa kios mulai menambah barang baru dari konveksi lokal untuk bertahan.
"""),
("message", "hn_report_complaint", N, """
Kepada Yth. Tim Pengaduan Konsumen,
Saya ingin melaporkan toko online "Berkah Bal Jaya" yang menjual pakaian bekas asal Korea dalam jumlah besar. Di deskripsi tokonya tertulis "supplier balpres langsung dari pelabuhan, harga grosir".
Mohon dapat ditindaklanjuti. Terima kasih.
Hormat saya, Dewi
"""),
("post", "hn_opinion", N, """
Sebagai penjahit rumahan, aku mau cerita dikit.
Waktu awul-awul lagi rame di Jogja, pesanan jahit seragam dan kemeja turun drastis. Orang mikir, ngapain jahit 150rb kalau bisa dapet kemeja merek luar 20rb di lapak bekas?
Jadi aku cukup lega pas pemerintah tegas soal impornya. Semoga lokal bisa bangkit.
"""),
("article", "hn_news_feature", N, """
Nostalgia Monza: Cerita dari Jalan Monginsidi
Pada era 1970-an, sepanjang Jalan Monginsidi di Medan dipenuhi pedagang pakaian bekas dari luar negeri. Warga kemudian menyebutnya "Monginsidi Plaza", disingkat monza.
Kini istilah itu dipakai di seluruh Sumatera Utara untuk menyebut baju bekas impor, meski pasarnya sudah pindah ke Simalingkar dan Pajak Melati.
"""),
("comment", "hn_report_complaint", N, """
Bang, akun yang pake hashtag #thriftimportmurah itu mending dilaporin aja.
Barusan dia nulis di caption "b3k4s 1mp0r Korea ready, ketik mau". Ngakalin filter banget. Aku udah report 2 kali.
"""),
("article", "hn_news", N, """
Bea Cukai Entikong mencatat puluhan upaya penyelundupan pakaian bekas sepanjang tahun ini, sebagian besar dengan modus menyelipkan karung di antara muatan sayur dari Malaysia.
Petugas mengimbau warga perbatasan tidak tergiur upah angkut karena pelakunya dapat dipidana.
"""),
("post", "hn_guideline_explainer", N, """
Buat kamu yang mau jualan online, ini bedanya ya 👇
✅ BOLEH: jual baju bekas milik sendiri, baju baru impor resmi, baju baru gaya vintage
❌ DILARANG: jual baju bekas yang didatangkan dari luar negeri (bal, balpres, karungan Korea/Jepang)
Dasar hukum: Permendag 18/2021 jo. Permendag 40/2022
Share biar teman-temanmu gak kena masalah
"""),
("article", "hn_news", N, """
Sejumlah pedagang baju bekas di Pasar Senen menggelar audiensi dengan DPRD DKI. Mereka meminta masa transisi sebelum larangan diterapkan penuh di pasar, karena banyak yang masih memiliki stok dari bal yang dibeli sebelum razia.
Perwakilan pedagang juga meminta akses pinjaman untuk beralih ke produk tekstil dalam negeri.
"""),
("review", "hn_review_market", N, """
Sekadar catatan perjalanan: Pasar Lereng di Bukittinggi ramai sekali waktu saya datang. Deretan lapak menjual jaket dan sepatu bekas dari luar negeri, pembeli kebanyakan wisatawan.
Tempatnya sempit dan agak pengap, jadi siapkan masker. Saya sendiri tidak membeli, hanya melihat-lihat.
"""),
("comment", "hn_report_complaint", N, """
Kemarin aku beli jaket di toko yang bio-nya "monza pilihan, barang Malaysia". Baru sadar itu barang impor bekas pas baca berita.
Sekarang bingung harus gimana, dibuang sayang, dipakai takut. Ada yang tau aman gak sih kalau dicuci air panas?
"""),
]
