R = [
("post","hn_plain_clothing","""OOTD kerja hari ini 👔
Kemeja oxford biru dari brand lokal Jakarta, celana bahan abu dari toko seragam langganan, sepatu loafers Cibaduyut.
Total gak sampai 500rb dan semuanya produk dalam negeri.
Support local, karena kualitasnya sekarang udah nggak kalah 🙌""",0,0,1,0),
("listing","hn_plain_clothing","""Setelan Olahraga Wanita – Legging + Sport Bra + Jaket
Bahan spandex dry-fit, tidak menerawang
Ukuran S–XL, 5 pilihan warna
Harga 159rb per set
Produksi konveksi sendiri di Bogor""",1,0,1,0),
("message","hn_plain_clothing","""Halo kak 👋
Koleksi kemeja flanel terbaru dari kami sudah rilis!
Motif kotak kecil dan besar, bahan katun flanel tebal, jahitan rapi.
Harga 139rb, khusus pelanggan lama diskon 10% pakai kode LAMA10.
Katalog lengkap bisa dilihat di link berikut.""",1,0,1,0),
("live","hn_plain_clothing","""Hai kakak-kakak, welcome di live Batik Nusantara!
Kita punya daster batik cap Pekalongan, adem banget buat di rumah.
Harga satuan 55rb, ambil 3 cuma 150rb.
Semua barang baru, kiriman langsung dari pengrajin. Ketik 'daster' kalau mau ya!""",1,0,1,0),
("post","hn_tailoring","""Menerima pesanan baju seragam pengajian dan arisan ✨
Model gamis atau tunik, bahan bisa pilih (wolfis, ceruty, katun).
Minimal 10 pcs, pengerjaan 2–3 minggu.
Gratis bordir nama kelompok untuk pesanan 30 pcs ke atas.
Alamat: Jl. Kenanga No. 12, Pasuruan""",1,0,1,0),
("profile","hn_plain_clothing","""Kaos Lokal Kita 🇮🇩
100% cotton combed, dijahit di Sukoharjo
Desain orisinal tentang kota-kota Indonesia
Reseller & dropship welcome
Order via marketplace (link di bawah)""",1,0,1,0),
("post","hn_plain_clothing","""Persiapan tahun ajaran baru 📚
Toko kami sudah lengkap: seragam SD, SMP, SMA, pramuka, baju olahraga, sepatu hitam, kaos kaki, dan tas sekolah.
Buka setiap hari jam 08.00–20.00 di ruko depan Pasar Minggu.
Tersedia juga jasa bordir nama dan lokasi sekolah.""",1,0,1,0),
("listing","hn_plain_clothing","""Sandal Wanita Teplek Anyaman Rotan – Handmade Bali
Sol karet, nyaman untuk jalan-jalan
Ukuran 36–41
Harga 95rb, grosir minimal 12 pasang
Dikirim dari Denpasar""",1,0,1,0),
("post","hn_tweet_opinion","""jujur gue sekarang lebih suka beli baju di brand lokal kecil.
harga 100-150rb, bahan bagus, dan yang bikin ikut dapet rejeki.
dulu gue mikir thrift impor paling hemat, tapi itung2 laundry + barang zonk, ujungnya sama aja.
yang penting pilih yang awet""",0,1,1,1),
("post","hn_own_preloved","""Selamat pagi grup Preloved Bekasi 🙏
Mau lepas barang pribadi karena anak sudah SMP:
- seragam SD 3 set (putih merah + batik) ukuran 12 – 60rb semua
- sepatu sekolah hitam ukuran 37 – 40rb
- tas ransel Export – 50rb
Lokasi Harapan Indah, bisa ambil sore.""",1,1,1,0),
("post","hn_question","""Ada yang punya rekomendasi penjahit jas di daerah Jakarta Timur?
Mau bikin jas untuk nikahan bulan depan, budget sekitar 1,5jt.
Pengennya yang bisa fitting 2-3 kali dan bahannya bisa pilih.
Terima kasih sebelumnya 🙏""",0,0,1,0),
("listing","hn_new_import","""Hoodie Import China Baru Grosir Murah
Bahan fleece, sablon tulisan Korea di dada
Ukuran all size fit L, 8 warna
Harga grosir 55rb (min 12 pcs), ecer 75rb
Stok di Tanah Abang, barang baru bukan second""",1,0,1,1),
("post","hn_charity_bazaar","""Garage Sale Komunitas Gereja St. Yosef 🌼
Minggu, 3 November, setelah misa kedua di halaman paroki.
Dijual pakaian bekas, mainan, dan peralatan rumah tangga sumbangan umat.
Harga mulai 2rb. Hasil penjualan untuk biaya sekolah anak asuh paroki.""",1,1,1,0),
("article","hn_news","""Penjualan baju muslim produksi lokal meningkat menjelang Ramadan.
Pedagang di Pasar Tanah Abang melaporkan kenaikan pembeli hingga 40 persen dibandingkan bulan lalu.
Model gamis warna pastel dan koko kurta menjadi yang paling dicari.
Pedagang berharap tren ini bertahan hingga Lebaran.""",0,0,1,0),
("listing","hn_plain_clothing","""Tas Kulit Wanita Asli Garut – Model Shoulder Bag
Kulit sapi pull-up, jahitan tangan
Ukuran 30x22x10 cm, tali bisa diatur
Warna tan, coklat tua, hitam
Harga 385rb, garansi 6 bulan""",1,0,1,0),
("post","hn_thrift_style_new","""Banyak yang DM nanya: 'kak ini barang thrift ya?' 😄
Bukan kak! Semua jaket denim kami baru, dijahit di workshop sendiri di Yogyakarta, lalu di-wash biar tampilannya vintage.
Ada ukuran S sampai XXL, harga 210rb.
Jadi aman, bersih, dan gak ada bau gudang.""",1,0,1,0),
("post","hn_own_preloved","""Kak, aku mau jual kamera dan baju bekas pribadi sekalian ya:
1. Fujifilm X-A3 second, lensa kit, 3,5jt
2. Jaket kulit pribadi (beli di Bandung), M, 250rb
3. Sepatu lari pribadi ukuran 42, 200rb
COD Jogja kota. Chat aja.""",1,1,1,0),
("review","hn_review","""Beli kemeja flanel di toko brand lokal Bandung ini udah kedua kalinya.
Bahannya tebal, warna gak luntur setelah dicuci berkali-kali, dan jahitannya rapi.
Harganya memang lebih mahal dari yang di pasar, tapi worth it.
Pengiriman 2 hari sampai Semarang. Bintang 5!""",0,0,1,0),
("listing","hn_rice_sack","""Jual Karung Plastik Baru Ukuran 50 Kg
Bahan woven tebal, cocok untuk beras, pakan, dan hasil panen
Harga 1.800/lembar, minimal 100 lembar
Ready gudang Kudus, bisa kirim ekspedisi""",1,0,0,0),
("post","hn_plain_clothing","""Sale akhir tahun! 🎉
Semua kemeja kerja pria dan wanita diskon 30% di toko kami, Mall Cipinang lantai 2.
Produk baru dari koleksi kami sendiri, ukuran lengkap.
Berlaku sampai 31 Desember, selama persediaan masih ada.""",1,0,1,0),
]
