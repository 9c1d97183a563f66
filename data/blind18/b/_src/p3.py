# Batch 3: legal hard negatives full of the famous words, each failing at least one element.
RECORDS = [
("article", "hn_news_report", 0, 1, 1, 1, """Petugas Gagalkan Masuknya Ratusan Balpres di Perairan Asahan
Tim patroli laut menghentikan sebuah kapal kayu yang memuat ratusan karung balpres pakaian bekas di muara sungai, Kamis malam. Awak kapal diduga kabur ke hutan bakau sebelum petugas naik ke geladak.
Menurut petugas, barang berasal dari negeri jiran dan rencananya akan dibawa ke gudang di darat sebelum disebar ke pasar-pasar di Sumatra Utara.
Seluruh barang bukti kini diamankan untuk proses lebih lanjut, dan kapal ditarik ke dermaga kantor pengawasan.
Impor pakaian bekas dilarang berdasarkan Permendag 18/2021 sebagaimana diubah dengan Permendag 40/2022."""),
("post", "hn_opinion", 0, 1, 1, 1, """Unpopular opinion: larangan thrift impor itu telat 10 tahun 🙃
Dari gue SMP, Pasar Senen udah penuh balpres dan karungan dari luar. Semua orang tahu.
Sekarang baru ribut karena TikTok live 'bongkar bal' viral.
Menurut gue yang harus dikejar itu yang masukin kontainer, bukan pedagang kecil yang cuma beli sekarung.
Tapi ya, konveksi lokal juga perlu hidup. Ribet emang."""),
("review", "hn_complaint_report", 0, 1, 1, 1, """⭐ Jangan beli di akun itu!!
Iklannya bilang 'thrift impor grade A no minus, bal Korea fresh'. Yang datang 5 kaos bolong, bau apek, satu malah ada bekas darah 🤢
Chat ga dibales, nomor WA diblok.
Udah aku laporin ke platform. Hati-hati ya guys, jangan tergiur harga 10rb-an."""),
("post", "hn_joke_meme", 0, 1, 1, 1, """POV: kamu bilang ke mama beli jaket 'vintage' 300rb
Mama: itu kan baju bekas dari karung, di pasar 15rb dapet tiga 😭😭
Aku: ini hidden gems ma, bal Jepang
Mama: bal apa? bal voli?
#thrift #relatable #emakemak"""),
("comment", "hn_buyer_question", 0, 1, 1, 1, """Kak mau tanya dong, kalau mau mulai usaha thrift, ambil bal di Gedebage sekarang masih bisa gak ya? Berapa kisaran harga sekarung grade A?
Aku takut kena tipu atau kena razia 😅 ada yang punya pengalaman?"""),
("listing", "hn_new_thrift_style", 1, 0, 1, 0, """Kemeja Flanel Thrift Look Oversize — BARU, Produksi Konveksi Bandung
Bukan barang bekas ya kak! Kami jahit sendiri dengan motif ala thrift vintage.
Bahan katun flanel tebal, tersedia M-XXL, 8 warna.
Harga 89rb, grosir 12 pcs 75rb/pcs. Ready stock, bisa COD."""),
("post", "hn_own_preloved", 1, 1, 1, 0, """Preloved lemari sendiri, mau pindahan jadi harus dikurangin 🥲
1. Dress batik Danar Hadi, dipakai 2x, 150rb
2. Blazer Zara, beli di Grand Indonesia 2021, 200rb
3. Sepatu flat Charles & Keith size 37, 120rb
Semua dari pemakaian pribadi, bukan barang thrift/bal.
COD Depok atau kirim. DM ya!"""),
("message", "hn_donation_swap", 0, 1, 1, 0, """Assalamualaikum warga RT 04 🙏
Posko banjir di masjid menerima donasi pakaian bekas layak pakai, terutama baju anak, sarung, dan selimut.
Mohon dicuci dulu dan dimasukkan kantong/karung terpisah per jenis.
Penerimaan sampai Minggu jam 5 sore. Terima kasih atas kepeduliannya."""),
("post", "hn_school_charity_sale", 1, 1, 1, 0, """BAZAR PRELOVED SMP NEGERI 7 🎒👗
Sabtu, 14 Juni, 08.00-12.00 di aula sekolah
Menjual baju, sepatu, dan tas bekas sumbangan orang tua murid & guru
Harga 5rb-30rb, semua hasil untuk dana perpustakaan 📚
Barang dari donasi lokal, bukan dari karungan ya Bapak Ibu"""),
("listing", "hn_other_goods", 1, 1, 0, 1, """HP Bekas Jepang Per Karung Isi 50 Unit — Android & iPhone Campur
Ex-Jepang, sebagian mati total, sebagian nyala. Cocok buat tukang servis ambil mesin/LCD.
Harga 7,5jt per karung. Barang di Batam, bisa kirim kargo.
Tidak menerima retur."""),
("listing", "hn_other_goods", 1, 1, 0, 0, """Jual Kardus Bekas Per Bal — 1 bal ± 80 kg
Kardus bekas toko & gudang Surabaya, kering, tidak basah.
Harga 2.800/kg, ambil minimal 5 bal. Cocok untuk pengepul & pabrik kertas.
Lokasi Rungkut, bisa antar pakai pick up."""),
("listing", "hn_other_goods", 1, 1, 0, 0, """Majun Kaos Putih Per Karung 25 kg — Kain Lap Bengkel & Pabrik
Potongan kain perca & baju bekas yang sudah dipotong-potong jadi lap, bersih, daya serap tinggi.
Rp 8.500/kg. Langganan bengkel, percetakan, pabrik.
Bukan untuk dipakai, khusus kain lap industri. Kirim se-Jabodetabek."""),
("article", "hn_news_report", 0, 1, 1, 1, """Kemendag Tegaskan Larangan Impor Pakaian Bekas Masih Berlaku
Kementerian Perdagangan kembali mengingatkan bahwa pakaian bekas termasuk barang yang dilarang impor. Aturan ini tercantum dalam Permendag Nomor 18 Tahun 2021 yang telah diubah dengan Permendag Nomor 40 Tahun 2022.
Pemerintah menilai masuknya balpres dari luar negeri mengganggu industri tekstil dan konveksi dalam negeri, terutama pelaku usaha kecil.
Pedagang thrift yang sudah memiliki stok diminta tidak lagi memesan barang baru dari jalur selundupan.
Pengawasan akan diperketat di pelabuhan dan perbatasan darat di Kalimantan."""),
("post", "hn_buyer_diary", 0, 1, 1, 1, """Diary thrifting hari Minggu 🌤️
Jam 7 pagi udah nyampe pasar, langsung nyelem ke tumpukan bal yang baru dibuka. Ibu-ibu di sebelah lebih gesit dari aku wkwk
Dapet 3 kemeja, 1 rok, total 60rb. Langsung rendam air panas + deterjen pas sampe rumah.
Capek tapi puas. Next week mau cari jaket buat naik gunung 🏔️"""),
("listing", "hn_new_clothing", 1, 0, 1, 0, """Celana Chino Sisa Ekspor — Baru, Label Masih Nempel
Produksi pabrik garmen Semarang, batal kirim karena over quota.
BUKAN barang second / bukan thrift, masih baru 100% dengan hangtag.
Size 28-36, harga 95rb, grosir 20 pcs 80rb."""),
("message", "hn_new_import_clothing", 1, 0, 1, 1, """JASTIP BANGKOK 🇹🇭 berangkat 20 Juli!
Aku belanja baju baru di Platinum & Chatuchak, bukan thrift ya kak, semua BNWT.
Fee 30rb/pcs, pembayaran full sebelum belanja.
List toko & katalog bisa dilihat di highlight. Close PO 18 Juli."""),
("post", "hn_explainer_rules", 0, 1, 1, 1, """Cara nyuci baju thrift dari bal biar aman 🧼
1. Rendam air panas minimal 30 menit
2. Kasih deterjen + sedikit cuka/disinfektan
3. Sikat bagian ketiak & kerah
4. Jemur di bawah matahari langsung
5. Setrika suhu tinggi
Baju bekas impor kadang bawa jamur & kutu, jadi jangan malas ya!"""),
("profile", "hn_local_secondhand", 1, 1, 1, 0, """Rupa Ulang Studio ♻️
Tas & pouch dari jeans bekas donasi warga Yogyakarta
Bukan thrift impor — bahan kami kumpulkan dari bank sampah lokal
Dijahit ibu-ibu Kampung Jogokaryan
Order via DM / Shopee Rupa Ulang"""),
("listing", "hn_new_clothing", 1, 0, 1, 0, """Kaos Polos Cotton Combed 30s Premium — Grosir Per Koli 100 Pcs
Produksi sendiri di Bandung, jahitan rantai, tidak luntur.
Warna lengkap, ukuran S-XXL. Harga per koli 2,9jt (29rb/pcs).
Cocok untuk sablon & seragam komunitas."""),
("article", "hn_news_report", 0, 1, 1, 1, """Penyelundup Balpres Divonis 2 Tahun Penjara
Pengadilan Negeri menjatuhkan vonis dua tahun penjara kepada seorang pria yang terbukti mengangkut puluhan balpres pakaian bekas dari Tawau ke Nunukan menggunakan speedboat.
Dalam persidangan terungkap bahwa terdakwa menerima upah per perjalanan, sementara pemilik barang masih diburu polisi.
Barang bukti berupa pakaian bekas dimusnahkan dengan cara dibakar."""),
("comment", "hn_complaint_report", 0, 1, 1, 1, """Min @platform, ini akun @bal.gudang.murah terang-terangan jual 'bal Korea per karung 4jt' di live tiap malam. Katanya barang dari Batam.
Tolong ditindak, kasihan pedagang konveksi lokal. Udah aku report 3x tapi masih live terus."""),
("post", "hn_donation_swap", 0, 1, 1, 0, """CLOTHES SWAP PARTY 👚🔄👖
Bawa maksimal 5 baju preloved kamu (bersih & layak pakai), tukar dengan milik peserta lain.
Tidak ada jual beli, semua gratis!
Minggu 9 Maret, Taman Kota Salatiga, 09.00
Sisa baju akan didonasikan ke panti asuhan setempat."""),
("message", "hn_job_logistics", 0, 1, 1, 1, """LOWONGAN KERJA 📌
Dicari 2 orang tukang sortir baju thrift di gudang Cikarang
Tugas: buka bal, pisahkan grade A/B/C, lipat & packing
Gaji harian 120rb + makan siang. Pria/wanita, usia 18-35
Kirim lamaran ke admin, lokasi dekat pintu tol."""),
("post", "hn_new_import_clothing", 1, 0, 1, 1, """PO Baju Import Korea Batch 12 ✨
Semua BARU ya kak, bukan bekas, bukan thrift. Langsung dari grosir Dongdaemun.
Knit cardigan 145rb, wide pants 160rb, blouse 130rb
Estimasi tiba 3-4 minggu. DP 50%. Cek katalog di highlight PO 12."""),
("review", "hn_opinion", 0, 1, 1, 1, """Review jaket thrift yang aku beli bulan lalu: setelah 5x cuci masih awet, warna gak luntur.
Jujur kualitas baju bekas impor emang beda sama fast fashion baru. Tapi aku mulai mikir soal larangannya dan dampaknya ke penjahit lokal.
Mungkin next time aku coba brand lokal dulu. Ada yang punya rekomendasi brand lokal jaket denim?"""),
("listing", "hn_other_goods", 1, 1, 0, 1, """Dijual Motor Bekas Ex-Jepang Honda Super Cub 1998
Unit datang dari Jepang via kontainer, dokumen lengkap, pajak hidup.
Mesin halus, cat original pudar wajar. Harga 22jt nego.
Lokasi Tangerang, bisa cek unit."""),
("post", "hn_own_preloved", 1, 1, 1, 0, """Lungsuran anak-anakku dijual murah 🧸
Baju bayi 0-12 bulan, 30 potong, sebagian besar beli di Mothercare & Carter's Mall Kelapa Gading
Dipakai bergantian kakak-adik, kondisi 85%
Satu karung kecil 250rb aja, COD Kelapa Gading
Barang pribadi, bukan barang kulakan."""),
("article", "hn_news_report", 0, 1, 1, 1, """Pasar Terong dan Tradisi 'Buka Baru' yang Kian Sepi
Setiap Minggu pagi, para pedagang cakar di Pasar Terong, Makassar, dulu berlomba membuka karung pakaian bekas yang baru datang. Istilah mereka, 'buka baru'.
Sejak larangan impor pakaian bekas diperketat, pasokan karung dari pelabuhan makin jarang. Sebagian pedagang beralih menjual baju baru dari Tanah Abang.
'Dulu sekarung bisa habis setengah hari, sekarang barangnya susah masuk,' kata seorang pedagang yang sudah berjualan sejak 1990-an."""),
("comment", "hn_joke_meme", 0, 1, 1, 1, """wkwk jaket thrift gue dari bal monza kemaren ada sisa tiket konser di kantongnya, Manchester 2011 😭
berarti jaket ini lebih banyak jalan-jalan ke luar negeri daripada gue"""),
("listing", "hn_other_goods", 1, 0, 0, 1, """Kain Katun Jepang Per Roll — Impor Original, Baru
Motif bunga & polkadot, lebar 110 cm, 1 roll ± 50 meter.
Bukan kain bekas, bukan majun. Cocok untuk konveksi gamis & daster.
Harga per roll 2,4jt. Gudang di Tanah Abang."""),
("post", "hn_opinion", 0, 1, 1, 1, """Thread soal thrift & lingkungan 🧵
Banyak yang bilang belanja baju bekas = ramah lingkungan. Tapi balpres yang dikirim ke Indonesia sering isinya separuh sampah yang gak layak jual.
Sisanya dibuang ke TPA atau dibakar. Jadi negara kaya buang limbah tekstilnya ke kita.
Menurut kalian, thrifting masih bisa disebut sustainable gak?"""),
("message", "hn_buyer_question", 0, 1, 1, 1, """Halo kak, aku liat di TikTok kakak jual bal per karung ya? 🙏
Aku mau tanya dulu: itu barang dari Malaysia atau Korea? Terus sekarung isinya berapa potong?
Belum mau beli sekarang, masih kumpulin modal. Makasih kak"""),
("listing", "hn_other_goods", 1, 1, 0, 1, """Mesin Jahit Industri Juki Bekas Ex-Jepang — Rekondisi
Cocok untuk konveksi & penjahit rumahan. Sudah servis total.
Harga 3,2jt per unit, ambil 5 unit 15jt.
Barang ready di Surabaya. Garansi 1 bulan."""),
("post", "hn_explainer_rules", 0, 1, 1, 1, """📌 ATURAN GRUP JUAL BELI FASHION MURAH
1. Dilarang menjual pakaian bekas impor (thrift bal, balpres, cakar, monza) — sesuai Permendag 40/2022
2. Preloved pribadi boleh, wajib tulis 'milik pribadi'
3. Produk baru wajib cantumkan asal produksi
4. Pelanggaran = postingan dihapus, ulangi = dikeluarkan
Terima kasih atas kerja samanya 🙏"""),
("live", "hn_new_thrift_style", 1, 0, 1, 0, """Hai kakak, selamat datang di live Dapur Jahit Ayu 🧵
Ini semua baju BARU ya, jahitan kami sendiri, gaya vintage ala thrift tapi bahan fresh
Kemeja motif retro 75rb, rok plisket 65rb
Ketik 'mau' + warna, nanti admin kirim link keranjang"""),
("article", "hn_explainer_rules", 0, 1, 1, 1, """Apa Itu Awul-awul, Rombengan, dan Monza?
Di berbagai daerah, pakaian bekas impor punya nama sendiri. Di Yogyakarta dan Jawa Tengah dikenal awul-awul, di Medan disebut monza, di Makassar cakar (cap karung), sementara di Kalimantan Barat orang menyebutnya lelong.
Semua merujuk pada barang yang sama: pakaian bekas dari luar negeri yang masuk dalam bentuk bal atau karung.
Meski populer, perdagangan ini melanggar larangan impor pakaian bekas yang berlaku di Indonesia."""),
("listing", "hn_other_goods", 1, 0, 0, 0, """Bawang Merah Brebes Per Karung 50 Kg — Panen Baru
Kering, umbi besar, siap kirim. Harga 1,35jt per karung.
Bisa ambil per bal 10 karung dapat harga khusus.
Pengiriman dengan truk ke seluruh Jawa."""),
("post", "hn_school_charity_sale", 1, 1, 1, 0, """Bazar Amal Paroki St. Yusuf 🙏
Menjual pakaian layak pakai, sepatu, dan tas bekas hasil donasi umat
Harga mulai 3rb! Hasil penjualan untuk beasiswa anak asuh
Sabtu–Minggu, halaman gereja, 08.00–14.00
Barang dari sumbangan jemaat, bukan dari karung pedagang"""),
("comment", "hn_buyer_question", 0, 1, 1, 1, """Min aku mau nanya, jaket thrift yang di lapak Senen itu biasanya ukurannya ukuran Eropa atau Asia ya? Kemarin beli katanya size M tapi gede banget 😅
Terus cara tau bahan wol asli gimana?"""),
("message", "hn_buyer_diary", 0, 1, 1, 1, """Ma, besok aku ke Gedebage ya sama Dinda, cuma liat-liat thrift aja, gak beli banyak kok 😁
Katanya ada bal baru buka tiap Sabtu.
Nanti kalau dapet jaket bagus buat Papa aku beliin. Jangan khawatir aku bawa hand sanitizer"""),
("listing", "hn_other_goods", 1, 1, 0, 0, """Buku Bekas Per Karung — Novel, Komik, Majalah Campur
1 karung ± 40 kg, koleksi pribadi & dari taman bacaan yang tutup di Malang.
Cocok untuk pengepul, penjual buku online, atau taman baca.
Rp 350rb/karung. Ambil sendiri di Lowokwaru."""),
]
