from common import R

# ---------- legal: forum post and news passage (added to reach 450) ----------
R("post", "legal_social_slang", "0111", """
[Kaskus-style] Pengalaman 7 Tahun Jadi Agen Bal, Sekarang Udah Berhenti — AMA
Halo agan-aganwati. Ane mau cerita, mungkin berguna buat yang lagi kepikiran terjun ke bisnis bal.
Ane mulai 2016 jadi "tangan kedua": ambil bal dari gudang di pinggiran Jakarta, pecah jadi karung kecil, kirim ke pedagang di Lampung dan Palembang. Barangnya kebanyakan dari Korea dan Jepang, masuknya katanya lewat pelabuhan kecil di Sumatera terus naik truk.
Untungnya lumayan di awal, tapi makin lama makin berat: harga bal naik tiap ada razia, isi bal makin jelek, dan tiap kali truk telat ane nggak bisa tidur. Dua kali barang ane ikut kena sita di gudang orang, rugi puluhan juta, nggak bisa lapor ke mana-mana.
Tahun lalu ane berhenti total. Sekarang ane jadi distributor kaos dan kemeja dari konveksi di Bandung dan Solo ke pedagang-pedagang yang dulu langganan bal. Untungnya lebih kecil, tapi tenang.
Silakan tanya apa aja, ane jawab sebisanya. Tapi ane nggak akan kasih kontak supplier bal ya gan, udah tobat 😅
""")

R("article", "legal_news_article", "0111", """
Jalur Tikus di Pesisir Jambi Masih Jadi Pintu Masuk Pakaian Bekas
JAMBI — Perairan pantai timur Jambi, terutama di sekitar Kuala Tungkal dan muara-muara sungai di Tanjung Jabung, disebut masih menjadi salah satu pintu masuk pakaian bekas impor dari Singapura dan Malaysia. Barang biasanya diangkut dengan kapal kayu berukuran kecil pada malam hari, lalu dibongkar di dermaga-dermaga rakyat yang tidak diawasi.
Dari Jambi, karung-karung pakaian bekas diangkut melalui jalan darat ke Palembang, Lubuklinggau, hingga Bengkulu. Di Palembang, pakaian semacam ini sejak lama dikenal dengan sebutan BJ, yang oleh sebagian warga diartikan sebagai "burukan Jambi".
Petugas mengakui panjangnya garis pantai dan banyaknya anak sungai menyulitkan pengawasan. "Kami mengandalkan informasi masyarakat dan patroli gabungan," kata seorang pejabat pengawasan.
Pemerintah daerah menyatakan akan memperkuat koordinasi dengan aparat desa di pesisir serta memberikan alternatif pekerjaan bagi warga yang selama ini bekerja sebagai buruh angkut.
""")
