from common import R

RECORDS = [
R("news_opinion", "article", """
FEATURE | Sehari di Gudang Sortir: Kisah Para Pemilah Karung
Subuh belum selesai ketika truk bak terbuka berhenti di sebuah gudang di pinggiran kota. Enam perempuan sudah menunggu dengan masker kain dan sarung tangan karet.
Mereka adalah pemilah. Tugasnya membuka karung pakaian bekas yang, menurut pemilik gudang, datang dari Malaysia lewat jalur laut, lalu memisahkan isinya menjadi tiga tumpukan.
"Yang bagus ke kiri, yang sedang ke tengah, yang sobek ke kanan," kata Nur (41), yang sudah lima tahun bekerja di sana dengan upah harian.
Menurut pengamatan kami, hampir sepertiga isi satu karung berakhir di tumpukan kanan: kaus berlubang, jaket berjamur, hingga sepatu tanpa pasangan.
Tumpukan itu kemudian dibakar atau dijual murah ke pengepul majun.
Pemilik gudang menolak disebut namanya. Ia mengaku tahu barang tersebut dilarang diimpor, tetapi menyebut permintaan dari pedagang pasar tidak pernah surut.
Dinas Perdagangan setempat menyatakan akan menindaklanjuti temuan ini bersama Bea Cukai dan kepolisian.
Bagi Nur, yang ia pikirkan hanya satu: kalau gudang ini ditutup, ia harus mencari kerja apa lagi.
"""),
R("report_complaint", "post", """
[Forum Konsumen] Kompilasi laporan akun penjual "bal Korea" yang menipu — mohon ditambahkan
Saya buka thread ini karena sudah banyak yang DM saya dengan cerita mirip.
1) Akun A: minta DP 1 juta untuk "bal segel 100 kg", barang tidak dikirim, nomor diblok.
2) Akun B: kirim karung isi 60 kg, bukan 100 kg, sebagian besar baju rusak dan berjamur.
3) Akun C: mengaku gudang di Batam, ternyata alamatnya rumah kosong.
Balasan anggota:
- @yuni_r: saya korban akun B, sudah lapor polisi siber, tolong yang lain ikut lapor biar kuat.
- @hendra.bsd: sekalian ingat, barangnya sendiri dilarang. Mending jangan ikut-ikutan bisnis bal.
- @moderator_forum: thread ini disematkan. Dilarang menyebut nomor rekening korban. Laporan juga kami teruskan ke platform terkait.
"""),
]
