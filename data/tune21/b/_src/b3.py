# Batch 3: hand-written long-form records (kind, category, offer, used, clothing, abroad, text)
R = [
("article", "hn_news_market_visit", 0, 1, 1, 1, """Awul-awul di Alun-alun Utara Tak Lagi Seramai Dulu
YOGYAKARTA — Pedagang awul-awul yang biasa menggelar dagangan di sekitar Alun-alun Utara mengaku pembeli menurun sejak larangan impor pakaian bekas kembali disosialisasikan.
"Wong-wong saiki wedi, jarene barang impor ki ilegal," kata Mbah Sastro (67) dengan logat Jawa yang kental. Ia menjual kemeja dan rok bekas mulai Rp 5 ribu yang ia ambil dari pengepul di Klaten.
Menurut pengepul tersebut, karung pakaian itu awalnya dikirim dari Batam sebelum dipecah di gudang-gudang di Jawa Tengah."""),

("article", "hn_customs_release", 0, 1, 1, 1, """RILIS PERS KANTOR WILAYAH DJBC KEPULAUAN RIAU
Patroli BC 20010 menangkap KM Harapan Baru di perairan Pulau Kundur. Kapal bermuatan 520 bal pakaian bekas dan 40 koli sepatu bekas tersebut berlayar dari Batu Pahat, Malaysia.
Penindakan dilakukan setelah tim menerima informasi intelijen mengenai kapal yang kerap mengangkut barang larangan pada malam hari.
Perkiraan nilai barang Rp 2,1 miliar dengan potensi kerugian negara Rp 700 juta. Kasus ditangani lebih lanjut oleh penyidik PPNS Bea Cukai."""),

("post", "hn_quote_tweet", 0, 1, 1, 1, """"Pedagang Thrift Senen: Kami Bukan Penyelundup"
honestly this headline is doing a lot. iya pedagang eceran bukan penyelundup, tapi barangnya tetep dari bal impor yg masuk ilegal kan.
debat ini ga akan selesai selama semua pihak cuma mau nyalahin satu sama lain. yg jelas butuh solusi buat pedagang & buat industri lokal."""),

("article", "hn_court_report", 0, 1, 1, 1, """Kejaksaan Negeri Batam menuntut terdakwa LW, pemilik PT fiktif yang mengimpor 28 kontainer berisi pakaian bekas dengan dokumen "kain sisa produksi", dengan pidana 4 tahun penjara.
Dalam sidang terungkap, kontainer dikirim dari Busan, Korea Selatan, dan dibongkar di gudang Batu Ampar. Dari sana, pakaian bekas dikirim ke Jakarta dan Bandung.
Sidang dilanjutkan pekan depan dengan agenda pembelaan."""),

("article", "hn_oped", 0, 1, 1, 1, """Kolom: Jangan Romantisasi Balpres
Saya paham daya tarik jaket merek Eropa seharga Rp 60 ribu. Saya pun pernah ikut berdesakan di Gedebage semasa kuliah.
Namun setelah bertahun-tahun meneliti industri konveksi di Majalaya, saya melihat langsung dampaknya: penjahit rumahan kehilangan pesanan karena pasar dibanjiri pakaian bekas dari bal impor yang harganya tak mungkin ditandingi.
Cinta kita pada "thrift" seharusnya tidak menutup mata pada mereka."""),

("article", "hn_history_encyclopedia", 0, 1, 1, 1, """Roma (pakaian bekas)
Di sebagian wilayah Sulawesi Tengah dan Gorontalo, pakaian bekas impor dikenal dengan sebutan "roma", diduga singkatan dari "rombengan Malaysia". Barang umumnya datang melalui pelabuhan kecil dari arah Tawau dan Kalimantan Utara.
Pasar roma biasanya berupa lapak terbuka di mana pedagang menumpahkan isi karung di atas terpal, dan pembeli memilih langsung dari tumpukan.
Istilah ini mulai jarang dipakai oleh generasi muda yang lebih akrab dengan kata "thrift"."""),

("article", "hn_trader_quote", 0, 1, 1, 1, """"Kalau bal Jepang, saya patok Rp 9 juta, karena isinya bisa langsung dijual mahal," ungkap Sandi, seorang agen, ketika ditemui di gudangnya di kawasan Cakung, Jakarta Timur.
Menurutnya, bal asal Jepang dan Korea selalu paling dicari pengecer di Pasar Senen. Sementara bal asal Eropa kurang diminati karena ukuran pakaiannya terlalu besar.
Sandi mengaku sudah menghentikan pemesanan baru sejak razia gudang di Bandung dan kini hanya menghabiskan stok."""),

("comment", "hn_news_comment", 0, 1, 1, 1, """Reporternya kurang riset. Di Pasar Tungging itu yang jual bukan cuma lelong dari Dumai, banyak juga yang udah jual baju baru dari konveksi Bandung karena bal susah.
Jadi jangan digeneralisasi semua lapak di sana jualan barang ilegal. Kasian pedagang yang udah beralih."""),

("article", "hn_ngo_report", 0, 1, 1, 1, """Fakta Singkat: Pakaian Bekas dan Kesehatan
Uji laboratorium yang dilakukan sebuah lembaga konsumen terhadap 25 sampel pakaian dari bal impor di tiga kota menemukan jamur kapang dan bakteri Staphylococcus aureus pada sebagian besar sampel.
Lembaga tersebut menyarankan konsumen yang sudah memiliki pakaian bekas impor untuk mencucinya dengan air panas.
Temuan ini menjadi salah satu alasan pemerintah melarang impor pakaian bekas sejak lama."""),

("article", "hn_tv_script", 0, 1, 1, 1, """REPORTASE PAGI — LIVE REPORT DARI PELABUHAN DUMAI
REPORTER: Saya berada di dermaga pelabuhan rakyat Dumai. Di belakang saya, petugas gabungan sedang menurunkan karung-karung pakaian bekas dari kapal kayu yang diamankan semalam.
Menurut keterangan petugas, kapal ini datang dari Malaysia dan membawa sekitar 300 karung. Tidak satu pun awak kapal memiliki dokumen muatan.
Kembali ke studio."""),

("post", "hn_news_share_thread", 0, 1, 1, 1, """Rangkuman berita thrift minggu ini (biar ga ketinggalan):
• Bea Cukai sita 79 koli balpres dari penumpang kapal feri di Batam.
• Pedagang Senen ngeluh harga bal tembus 8 juta.
• DPR minta pemerintah siapin skema relokasi.
• Ada seminar kampus soal dampak thrifting ke UMKM konveksi.
Kalau ada berita lain yang kelewat, tambahin di reply ya!"""),

("article", "hn_other_goods_news", 0, 1, 0, 1, """Kapal Bekas Impor untuk Angkutan Penyeberangan Harus Lolos Uji Kelaiklautan
Kementerian Perhubungan menegaskan kapal bekas yang didatangkan dari Jepang dan Korea untuk melayani rute penyeberangan wajib menjalani pemeriksaan ketat.
Sejumlah operator memilih membeli kapal bekas karena harga kapal baru dinilai terlalu tinggi. Namun, usia kapal dibatasi agar keselamatan penumpang terjaga."""),

("article", "hn_market_report", 0, 1, 1, 1, """Mengenal Kode Grade dalam Perdagangan Bal
Dalam laporan lapangan kami di Pasar Senen dan Gedebage, pedagang umumnya mengenal tiga tingkatan bal. Grade S berisi barang yang nyaris seperti baru, grade A barang layak jual tanpa cacat berarti, dan grade B barang dengan cacat ringan.
Harga antara grade S dan grade B bisa berselisih hingga dua kali lipat. Beberapa agen juga menjual "bal sortiran" yang sudah dipilah menurut jenis, misalnya khusus jaket atau khusus celana jeans.
Catatan ini disusun untuk keperluan riset dan bukan rekomendasi pembelian."""),

("message", "hn_news_share_thread", 0, 1, 1, 1, """Grup Alumni SMA 3 🙌
Teman-teman, ini ada berita soal Pasar Kebon Kalapa Bogor yang mau ditata ulang. Kios pakaian bekas impor katanya mau dipindah ke lantai atas dan diawasi ketat.
Ingat ga dulu kita suka beli jaket di sana pas mau study tour? Hehe. Nostalgia aja."""),

("article", "hn_minister_statement", 0, 1, 1, 1, """Menteri Keuangan meminta jajaran Bea Cukai memperketat pengawasan terhadap masuknya pakaian bekas impor, termasuk melalui barang bawaan penumpang.
"Jangan sampai pelabuhan kita jadi tempat sampah pakaian negara lain," katanya dalam rapat kerja.
Ia juga menyinggung wacana denda bagi importir balpres agar efek jera lebih terasa, selain pidana yang diatur dalam undang-undang kepabeanan."""),

# ---- illegal ----
("post", "news_voice_offer", 1, 1, 1, 1, """📢 UPDATE PASAR HARI INI 📢
Harga bal naik di mana-mana (cek berita), tapi kami tetap kasih harga lama buat langganan!
Ready di gudang Tanjungbalai:
✅ bal campur Malaysia 100kg
✅ bal jaket Korea 50kg
✅ koli sepatu & tas
Pengiriman via ekspedisi ke seluruh Sumatera. Chat 0812xxxx sekarang sebelum harga ikut naik."""),

("article", "advertorial_import_thrift", 1, 1, 1, 1, """Mengintip Rahasia Sukses "Bundle Utara", Toko Bundle Legendaris di Medan
Sejak 2012, Bundle Utara dikenal sebagai surga pemburu jaket dan kaus band lawas. Pemiliknya, Bang Togar, rutin membeli monza langsung dari pemasok di Belawan dan memilih sendiri isi tiap bal.
"Pelanggan kita dari Aceh sampai Riau," ujarnya bangga.
Tokonya terletak di Jalan Setia Budi dan kini juga melayani pesanan online. Follow IG @bundleutara.mdn untuk update barang baru setiap Jumat."""),

("live", "live_as_liputan", 1, 1, 1, 1, """SIARAN KHUSUS 🎙️ "Investigasi Isi Bal Korea"
Hari Minggu jam 8 malam, kita bakal bedah satu bal Korea ukuran 100kg di live TikTok.
Semua isi bal dijual langsung ke penonton, harga flat 30rb/pcs, jaket 60rb.
Siapkan jempol kalian, yang paling cepat komen dia yang dapat. Jangan lupa follow biar dapat notifikasi!"""),

("post", "interview_with_invitation", 1, 1, 1, 1, """Alhamdulillah lapak kami masuk berita koran lokal minggu ini 🙏 Wartawannya nanya kenapa kami masih jualan cakar, saya jawab: karena rakyat butuh pakaian murah.
Buat yang penasaran setelah baca beritanya, lapak kami ada di Pasar Butung blok C, karung baru dari Malaysia dibuka tiap Senin dan Kamis.
Bisa juga pesan lewat WA 0812xxxx, kami kirim ke luar Makassar."""),

("post", "ban_headline_urgency", 1, 1, 1, 1, """SCREENSHOT BERITA: "Mendag: Tidak Ada Lagi Toleransi untuk Balpres"
Yang artinya kesempatan terakhir buat nyetok 😅
Aku masih pegang 12 bal grade A ex Jepang, bisa ambil satuan bal atau setengah.
Harga miring buat yang ambil minggu ini. DM @balgudangkita atau WA 0812xxxx.
#balpres #thriftpemula #grosirbal"""),

("message", "seller_press_release", 1, 1, 1, 1, """[INFORMASI UNTUK MITRA]
Dengan hormat, kami dari CV Sandang Seberang menginformasikan bahwa pengiriman kontainer dari Busan tetap berjalan sesuai jadwal meski ada pemberitaan penertiban.
Stok bal Korea tersedia di gudang Cakung mulai tanggal 20. Mitra yang ingin memesan mohon konfirmasi jumlah bal paling lambat tanggal 18.
Hormat kami,
Admin Pemasaran (0812xxxx)"""),

("post", "seller_blog_order_link", 1, 1, 1, 1, """Thread: gimana aku mulai bisnis thrift dari kamar kos (1/5)
Awalnya aku beli 20 kg kiloan bal Korea dari agen di Gedebage, sortir sendiri, foto di kasur, jual di IG.
Sekarang udah bisa ambil 2 bal sebulan. Omzet? Cukup buat bayar kos dan kuliah 😄
Buat kalian yang mau coba, aku buka paket reseller 10 kg siap jual (udah aku sortir), harga 750rb.
Link order ada di tweet terakhir thread ini 👇"""),

("profile", "seller_press_release", 1, 1, 1, 1, """📍 Agen Bal Resmi Sejak 2015 | Gudang Batam & Pekanbaru
📦 Bal Korea • Jepang • Malaysia | grade S/A/B
🚚 Kirim ke seluruh Indonesia, aman terkendali
🗞️ "Disebut di berita sebagai salah satu gudang terbesar di Riau" 😎
☎️ Order: 0812xxxx (chat only)"""),

("post", "news_voice_offer", 1, 1, 1, 1, """Info terkini untuk pencari cakar di Parepare dan sekitarnya 📰
Walaupun ada surat edaran dari Pemkot, lapak kami tetap buka di rumah (bukan di pasar). Karung baru dari Nunukan datang tadi pagi, isinya banyak kemeja kerja dan dress.
Harga 10-40rb. Alamat lengkap via DM, bisa juga minta video isi karung sebelum datang."""),

("review", "advertorial_import_thrift", 1, 1, 1, 1, """⭐⭐⭐⭐⭐ "Serasa Belanja di Harajuku"
Sebagai pemilik, saya ingin membagikan ulasan pelanggan kami: toko kami menjual pakaian bekas pilihan yang diimpor langsung per bal dari Tokyo, dicuci dan disetrika sebelum dipajang.
Datang langsung ke Toko Nagare di Malang (Jl. Soekarno-Hatta) atau belanja online di Shopee "Nagare Thrift". Voucher ongkir tiap Jumat!"""),
]
