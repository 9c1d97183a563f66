from rec import R

# Batch C: x27b0101 - x27b0150, each text written by hand.
RECORDS = [
R(101, "post", "regional_flavour_palembang", 1, 1, 1, 1, """
Wong kito galo, lapak kami lah buka lagi di Pasar 16 Ilir 🙌
Barang dari Batam baru masuk, kemeja samo celano kerja, masih elok nian
Ado yang minus dikit, kami tulis di kertas yang ditempel
Datang bae pagi-pagi, jangan sampe keduluan
#pasar16ilir #kemejamurah #palembang
"""),
R(102, "article", "hn_news", 0, 1, 1, 1, """
BEKASI - Polisi menggerebek sebuah gudang di kawasan Tambun yang diduga menjadi tempat penampungan pakaian bekas impor ilegal.
Di lokasi, petugas menemukan sekitar 1.200 koli balpres yang siap diedarkan ke pasar-pasar di Jabodetabek. Barang tersebut diduga masuk melalui pelabuhan kecil di Sumatera sebelum dibawa dengan truk.
Pemilik gudang berinisial HS diperiksa sebagai saksi. Polisi menyebut akan menelusuri dokumen pengiriman dan rekening yang digunakan dalam transaksi.
"""),
R(103, "listing", "hn_new_thrift_style", 1, 0, 1, 0, """
Kaos Vintage Bootleg Rap Tee Oversize — Produk Baru
Sablon dibuat retak & pudar supaya mirip kaos thrift tahun 90an
Bahan cotton 20s, jahitan single stitch replika
Baru, berlabel brand kami, bukan barang bal atau bekas
Size M–XXL, harga 119rb
"""),
R(104, "comment", "logistics_units", 1, 1, 1, 1, """
Yg nanya harga grosir:
per goni 1,8jt isi campur kaos–kemeja ±120 pcs
per goni jaket 2,6jt isi ±60 pcs
Yang udah dipilih satuan beda harga ya. Barang ngetem di Dumai, keluar tiap Senin
Detail WA admin, nomor di bio
"""),
R(105, "message", "hn_buyer_question", 0, 1, 1, 1, """
Permisi pak, saya lihat di grup bapak jual bal pakaian anak.
Mau tanya dulu sebelum beli: dalam satu karung biasanya berapa persen yang masih layak? Terus barang impornya dari Korea atau Jepang?
Saya baru mau coba usaha, belum berani ambil banyak. Terima kasih pak.
"""),
R(106, "profile", "invented_code_word", 1, 1, 1, 1, """
Kedai Kapal Kertas 🛳️📄
Barang sebrang, sudah dicuci, siap pakai
Tiap kertasnya datang, kami foto semua di highlight
Kondisi jujur: 7/10 ya 7/10
Pengiriman dari Tanjungpinang
"""),
R(107, "review", "hn_review_no_seller", 0, 1, 1, 1, """
Sepatu lelong yang kubeli bulan lalu ternyata masih awet sampai sekarang 👟
Dipakai jogging tiap pagi, solnya belum ada yang lepas.
Memang barang bekas dari Malaysia, jadi pas beli sudah agak kusam, tapi setelah disikat jadi kinclong lagi.
Buat yang budgetnya tipis, lelong masih jadi pilihan, asal sabar milih.
"""),
R(108, "live", "regional_flavour_minang", 1, 1, 1, 1, """
Ayo uda, uni, amak, masuak lah ka live ko 🙏
Iko baju kurung jo gamis, tibo dari Dumai patang, alah dicuci sadonyo
Nan iko ado noda saketek di ujuang lengan, 25 ribu se
Nan kuniang iko mulus, 40 ribu
Kalau nio, ketik "ambiak" di komen yo
"""),
R(109, "listing", "hn_other_goods_used_import", 1, 1, 0, 1, """
Sepeda Lipat Bekas Ex Jepang — Datang Per Kontainer
Merk Dahon, Tern, Bridgestone, kondisi 70–90%
Sudah disetel ulang, ban dan rem dicek
Harga 1,2–3,5 juta tergantung tipe
Showroom Surabaya, bisa kirim via kargo
"""),
R(110, "post", "hn_buyer_diary", 0, 1, 1, 1, """
Thread: pengalaman pertama ke Pasar Tungging Kebumen buat thrifting 🧵
1/ Berangkat jam 6 pagi karena katanya bal dibuka pagi
2/ Ternyata udah rame banget, ibu-ibu sigap milih
3/ Dapet 2 kemeja flanel dan 1 jaket denim bekas impor, total 110rb
4/ Sempet ragu soal kebersihan, jadi langsung laundry sampe rumah
5/ Kesimpulan: seru, tapi besok-besok mau belajar jahit biar bisa permak sendiri
"""),
R(111, "listing", "logistics_units", 1, 1, 1, 1, """
Lot Isi 100 Celana Jeans Pria & Wanita
Ukuran campur 27–38, model reguler, slim, cutbray
Kondisi rata-rata 8/10, sebagian pudar di lutut
Lot sudah dihitung dan diikat, tidak bisa ambil satuan
Diambil dari gudang Belawan, harga lot nego setelah lihat video
"""),
R(112, "comment", "hn_buyer_question", 0, 1, 1, 1, """
Serius nanya, ini legal gak sih jual baju bekas impor di marketplace?
Soalnya banyak banget akun yang jual "bal thrift jepang", tapi katanya udah dilarang Permendag.
Aku pengen jualan tapi takut kena masalah. Ada yang paham aturannya?
"""),
R(113, "article", "hn_history", 0, 1, 1, 1, """
Awul-Awul di Sekaten: Sejarah Singkat Lapak Pakaian Bekas di Alun-Alun Yogyakarta
Setiap perayaan Sekaten, deretan lapak awul-awul selalu menarik pengunjung. Pakaian ditumpuk begitu saja, pembeli mengacak-acak mencari yang cocok, dari situlah istilah awul-awul lahir.
Banyak pedagangnya berasal dari Sumatera Barat dan mendapat barang dari karung-karung pakaian bekas impor yang dikirim dari pelabuhan di Sumatera.
Setelah larangan impor, kehadiran lapak ini mulai jarang dan diawasi petugas.
"""),
R(114, "message", "border_route", 1, 1, 1, 1, """
Bos, barang dari atas masuk Kamis malam lewat Entikong
Ada 12 karung: 7 campur baju, 3 sepatu, 2 selimut
Kondisi layak semua, yg robek udh dipisah sama orang sana
Mau ambil berapa? Kalau ambil 5 ke atas aku antar sampai Sanggau, bayar separuh dulu
"""),
R(115, "profile", "hn_new_import", 1, 0, 1, 1, """
BANGKOK FASHION CORNER 🇹🇭
Impor baju baru langsung dari Pratunam & Platinum Mall
Semua baru, ada tag, bukan bekas/thrift
PO tiap 2 minggu, ready stok di Jakarta Barat
Grosir & eceran, reseller dapat harga khusus
"""),
R(116, "live", "hn_other_goods_live", 1, 0, 0, 1, """
Live jam 7 malam nanti, jual buah impor per karung 🍊🍎
Jeruk mandarin Tiongkok per karung 10 kg, apel Fuji per karton
Fresh baru datang dari pelabuhan Tanjung Priok pagi ini
Harga khusus untuk pedagang buah, minimal 3 karung
Yang tanya baju: ini live buah ya kak, bukan karungan baju 😅
"""),
R(117, "post", "dropship_recruit", 1, 1, 1, 1, """
Cari dropshipper & reseller online 🙋‍♀️
Kamu cukup posting foto dari katalog kami, kami yang kirim
Barang satuan, udah dipilih dari tumpukan gudang Batam, dicuci & dilipat rapi
Kondisi 7–9/10 tercantum di tiap foto
Untung bisa 20–40rb per potong
Join grup WA, link di komentar
"""),
R(118, "review", "haul_names_seller", 1, 1, 1, 1, """
Wajib mampir ke Toko Mutiara Pelabuhan di Tanjungpinang kalau lagi ke sana!
Aku dapet trench coat krem, lapisan dalam masih utuh, ada noda kecil di saku yang ilang setelah dicuci. 120rb doang.
Kata ownernya barang barunya masuk tiap ada kapal, jadi beda tiap minggu.
Servis ramah, bisa kirim ke Jawa juga. 5 bintang.
"""),
R(119, "listing", "port_route", 1, 1, 1, 1, """
Handuk & Bathrobe Ex Hotel Campur Per Karung
Isi ±80 lembar, putih semua, logo hotel ada yang masih terbaca
Sudah pernah dipakai tamu hotel, kami cuci ulang dengan pemutih
Ada yang benangnya tertarik, tapi masih tebal
Kirim dari Batam lewat kapal kargo, harga per karung
"""),
R(120, "comment", "hn_complaint", 0, 1, 1, 1, """
Hati-hati sama akun yang ngaku jual "bal thrift korea premium" di TikTok.
Aku transfer 1,5 juta buat 1 karung, yang dateng cuma setengah karung baju bekas sobek-sobek.
Udah aku laporin ke polisi dan ke platform. Jangan sampai ada korban lagi.
"""),
R(121, "article", "hn_health_warning", 0, 1, 1, 1, """
Dokter Kulit Ingatkan Risiko Pakaian Bekas Impor
Pakaian bekas yang dikirim dalam bal bisa membawa jamur, tungau, dan bakteri karena disimpan lama di tempat lembap.
Keluhan yang paling sering muncul adalah gatal, ruam, dan infeksi jamur pada kulit.
Jika tetap ingin membeli pakaian thrift, cuci dengan air panas, gunakan deterjen, dan jemur di bawah sinar matahari sebelum dipakai.
Anak-anak dan orang dengan kulit sensitif sebaiknya menghindari pakaian dalam dan handuk bekas.
"""),
R(122, "message", "jakarta_slang", 1, 1, 1, 1, """
Bro, gua ada 2 koli nyangkut di gudang temen di Sunter
Isinya hoodie sama crewneck, gua intip udah, rata2 masih mulus, paling ada bulu-bulu doang
Lu mau ambil semua apa separo? Kalo semua gua kasih harga gak pake nawar
Buruan ya, ada anak Senen juga yang ngincer
"""),
R(123, "listing", "hn_ordinary_listing", 1, 0, 1, 0, """
Seragam SD Merah Putih Lengkap — Baru, Bahan Adem
Kemeja putih lengan pendek + rok/celana merah
Ukuran 6 sampai 16, jahitan konveksi Bandung
Harga satu set 95rb, beli 3 set gratis topi
Siap kirim sebelum tahun ajaran baru
"""),
R(124, "post", "invented_code_word", 1, 1, 1, 1, """
3 bantal gede baru nyampe nih 🛏️😆
Yang satu isinya kemeja, satu rok, satu lagi campur jaket
Bantalnya dari seberang, masih diikat kawat, belum kubuka
Mau liat proses bukanya? Besok aku live jam 10 pagi
Yang pengen first pick, DM dulu buat daftar antrian
"""),
R(125, "profile", "regional_flavour_makassar", 1, 1, 1, 1, """
Lods Daeng Ical — lantai 2 Jl. Andalas Makassar
Kemeja, jas, celana kain, semuanya barang pilihan
Dicuci dulu baru dipajang, tinggal pake mi
Barang baru turun dari Parepare tiap Kamis
Bisa kirim ke Gowa, Maros, Sungguminasa
"""),
R(126, "review", "hn_review_new", 0, 0, 1, 0, """
Akhirnya beli kemeja batik cap buat kerja, bahan katunnya halus dan warnanya gak luntur waktu dicuci pertama.
Jahitannya rapi, kerahnya kaku pas, ukuran L pas di badanku yang 170 cm.
Kurangnya cuma motifnya agak kurang simetris di bagian kancing.
Buat harga di bawah 200 ribu, ini worth it. 4,5/5.
"""),
R(127, "live", "regional_flavour_medan", 1, 1, 1, 1, """
Kakak, abang, inang, masuk dulu lah ke live kita 🙌
Ini barang yang baru pecah kawat tadi siang di Pamela, jaket kulit sama kemeja
Jaket kulit ini 8 per 10, ada retak halus di kerah, 150 aja lah
Kemeja kotak ini masih tegang kali kainnya, 35
Cepat ketik "angkut" kalau mau, jangan cuma nonton kelen
"""),
R(128, "message", "hn_donation_thanks", 0, 1, 1, 0, """
Terima kasih Bapak/Ibu donatur 🙏
Panti Asuhan Kasih Bunda sudah menerima 14 kardus pakaian layak pakai dari warga Perumahan Griya Asri.
Semua akan kami pilah, yang cocok dipakai anak-anak panti, sisanya kami salurkan ke desa terdampak longsor.
Semoga menjadi berkah untuk keluarga Bapak/Ibu semua.
"""),
R(129, "listing", "port_route", 1, 1, 1, 1, """
Kemeja Flanel Random Lot 25 Pcs Kondisi Layak
Motif kotak-kotak macam-macam, ukuran S sampai XXL
Sebagian ada tulisan nama di label atau bordir kecil inisial
Ex kiriman Belawan, sudah dicuci sekali
Cocok untuk reseller IG / TikTok, 1 lot 650rb
"""),
R(130, "comment", "emoji_abbrev", 1, 1, 1, 1, """
✅ rdy kak, yg ini msh ada
🧥 L • 1pc • 8/10 • noda kecil di ✋ kanan, ilang dikit klo dicuci
🚢 batch kmrn sore, br dibuka ikatnya td pagi
💸 65k blm ongkir, bs COD area Medan kota
📲 wa aja, no di bio, biar gk kelewat
"""),
R(131, "article", "hn_news", 0, 1, 1, 1, """
TANJUNGBALAI - Ratusan pedagang pakaian bekas di Tanjungbalai berharap pemerintah tidak serta-merta menutup usaha mereka.
Ketua paguyuban pedagang setempat mengatakan, bagi warga pesisir, berjualan monza adalah satu-satunya sumber nafkah.
Ia meminta ada masa transisi dan bantuan modal bila pemerintah benar-benar menghentikan masuknya bal pakaian bekas dari Malaysia.
Pemerintah daerah berjanji akan menyampaikan aspirasi tersebut ke pemerintah pusat.
"""),
R(132, "post", "hn_joke_meme", 0, 1, 1, 1, """
Tier list tempat thrifting versi dompet mahasiswa 😂
S: Gedebage (luas, murah, tapi butuh stamina atlet)
A: Senen Blok III (lengkap, tapi wajib bisa nawar)
B: Pajak Melati (bal baru tiap Selasa Jumat, hafalin jadwal)
C: Online shop "bal korea" (gambling, bisa zonk)
Komen tier list versi kotamu!
"""),
R(133, "listing", "hn_other_goods_fabric", 1, 0, 0, 0, """
Kain Roll Sisa Produksi Per Kilo — Katun, Rayon, Drill
Potongan panjang 1–5 meter, masih baru, bukan kain bekas
Sisa produksi pabrik di Pekalongan dan Solo
Cocok buat penjahit rumahan, masker, sarung bantal
Harga mulai 35rb/kg
"""),
R(134, "live", "grade_letters", 1, 1, 1, 1, """
Selamat malam teman-teman, kita mulai live stok gudang ya
Malam ini ada tiga kelas: kelas A yang paling mulus, kelas B ada minus ringan, kelas C buat yang mau dijual lagi murah
Semua dari ikatan yang datang kapal minggu ini, belum pernah dibuka sebelumnya
Kelas A 50 ribu, B 30 ribu, C 10 ribu per potong
Untuk borongan per ikat, silakan tanya admin di kolom chat
"""),
R(135, "message", "hn_complaint_dm", 0, 1, 1, 1, """
Mas, saya mau komplain soal karung yang saya beli minggu lalu.
Di postingan mas bilang "bal thrift jepang, isi 90% mulus", tapi setelah saya buka, banyak yang sobek dan bau apek.
Saya minta sebagian uang kembali atau barang diganti. Kalau tidak ada tanggapan sampai besok, saya laporkan ke marketplace.
"""),
R(136, "profile", "hn_own_preloved", 1, 1, 1, 0, """
Lemari Mama Lia 🧸
Jual baju & sepatu bekas anakku sendiri, umur 0–5 tahun
Dipakai sebentar karena cepat banget tumbuhnya
Semua dicuci ulang, kondisi ditulis di tiap foto
Lokasi Malang, bisa COD
"""),
R(137, "review", "haul_names_seller", 1, 1, 1, 1, """
⭐⭐⭐⭐⭐ Lapak Mak Ros, Pasar Kebon Kalapa
Mak Ros jago pilih barang, yang dipajang di depan rata-rata mulus, sisanya di tumpukan belakang buat yang suka ngubek.
Aku dapet cardigan wol dan kemeja linen, dua-duanya cuma ada sedikit pudar di kerah. Total 70rb.
Barang barunya biasanya dibuka Rabu pagi. Rekomen banget buat warga Bogor!
"""),
R(138, "listing", "logistics_units", 1, 1, 1, 1, """
Celana Kargo Army Lot 30 Pcs Sortiran
Warna hijau, coklat, camo; ukuran campur
Sortiran gudang Dumai: tidak ada sobek, kancing lengkap, noda tipis masih ada
Harga lot 900rb, ongkir sesuai berat
Bonus 2 topi random tiap lot
"""),
R(139, "post", "hn_outfit_diary", 0, 1, 1, 1, """
OOTD hari ini full thrift 🤎
Blazer kotak-kotak dan celana bahan ini hasil ngubek bal bulan lalu, udah lupa dari lapak yang mana
Total outfit gak nyampe 100 ribu, tapi yang liat ngira baju mahal hehe
Jujur aku masih bingung soal larangan impor baju bekas, tapi yang udah kebeli ya dipakai sampai rusak
#ootd #thriftoutfit
"""),
R(140, "comment", "market_source", 1, 1, 1, 1, """
Aya teh, ukuran M masih 2 deui, ti gudang Gedebage kamari
Kondisina 8/10, nu hiji aya titik noda leutik, nu hiji mulus
45 rebu sapotong, ongkir ka Garut murah kok
Langsung chat wé ka nomer nu aya di bio
"""),
R(141, "article", "hn_feature_interview", 0, 1, 1, 1, """
Cerita Pak Jon, 20 Tahun Hidup dari Tumpukan Baju Bekas
Pak Jon (nama samaran) mulai berjualan pakaian bekas impor di Pasar Senen sejak awal 2000-an. Dulu, katanya, satu bal bisa dibuka tiap hari karena pembeli datang dari mana-mana.
Kini ia hanya menjual sisa stok lama. "Sejak kapal tidak masuk, saya tidak berani ambil barang lagi," ujarnya.
Anak sulungnya sekarang bekerja di konveksi lokal. Pak Jon sendiri sedang belajar menjual kaos sablon baru lewat media sosial.
"""),
R(142, "message", "schedule_broadcast", 1, 1, 1, 1, """
📅 Jadwal pecah kawat minggu ini
Selasa: 2 ikat kemeja pria
Jumat: 3 ikat dress + 1 ikat tas
Minggu: sepatu, kalau kapalnya gak telat
Tempat seperti biasa, los belakang Pajak Melati. Yang langganan boleh datang sejam lebih awal.
Jangan sebar BC ini ke grup lain ya 🙏
"""),
R(143, "listing", "hn_bnwt", 1, 0, 1, 1, """
Jaket Uniqlo Ultra Light Down BNWT — Beli di Tokyo
Baru, tag masih nempel, belum pernah dipakai
Kebeli kebesaran waktu liburan ke Jepang bulan lalu
Ukuran L, warna navy, dengan kantong lipat
Harga 650rb, nota pembelian ada
"""),
R(144, "live", "regional_code_word", 1, 1, 1, 1, """
Oi kawan-kawan, masok live kamek dolok 😄
Roma baru tibe dari atas tadi pagi, kemeja kantor same blus, rapi-rapi agek
Yang ini ade pudar sikit di punggung, 20 ribu jak
Yang batik ini mulus, 35 ribu
Ketik "ambek" kalau nak, kamek catat
"""),
R(145, "post", "pointer_elsewhere", 1, 1, 1, 1, """
POV: kamu dateng pas karung baru dibuka di lapak @lemari.pelabuhan 😳📦
Tangan langsung gerak sendiri nyari yang mulus
Dapet kemeja linen 8/10 sama rok midi yang cuma ada satu ukuran
Lapaknya buka tiap Sabtu pagi, info lokasi & katalog di WA
#pov #lapakpagi #kemejalinen
"""),
R(146, "review", "hn_own_purchase_abroad", 0, 0, 1, 1, """
Review jaket musim dingin yang aku beli sendiri waktu ke Seoul bulan Januari:
Hangat banget dipakai di suhu minus 10, bahannya ringan dan gak bikin gerah di dalam ruangan.
Kantongnya dalam, tudungnya bisa dilepas.
Di Indonesia sekarang jaketnya masuk lemari, tapi buat yang mau ke Korea pas winter, model begini wajib.
"""),
R(147, "listing", "logistics_units", 1, 1, 1, 1, """
Sepatu Kulit Pantofel Pria Paket 20 Pasang
Ukuran 39–45, warna hitam & coklat
Sol sudah dicek satu-satu, yang jebol tidak dimasukkan
Kulit ada yang kusam, tinggal disemir jadi kinclong lagi
Satu koli langsung, harga paket, kirim dari Tanjungbalai
"""),
R(148, "comment", "hn_buyer_question", 0, 1, 1, 1, """
Ada yang tahu lapak lelong yang bagus di Pontianak?
Aku mau cari jaket buat kerja di kebun sawit, yang tebal tapi murah.
Denger-denger di sekitar Jalan Komyos ramai kalau Sabtu, bener gak ya?
"""),
R(149, "message", "hn_other_goods_used_import", 1, 1, 0, 1, """
Pak, sparepart motor copotan Jepang sudah datang 2 koli
Isinya karburator, velg, knalpot, lampu, kondisi normal bekas pakai
Mau saya fotokan per item atau ambil borongan satu koli?
Barang di gudang Cikarang, bisa diambil besok
"""),
R(150, "profile", "pointer_elsewhere", 1, 1, 1, 1, """
Akun cadangan 🙏 akun lama kena batas
Katalog lengkap di WA, update tiap ada kapal masuk
Baju, celana, jaket — 1 pcs only, kondisi 7–9/10
Bisa ambil per ikat buat yang mau jual lagi
Klik link di bio, jangan tanya harga lewat komen
"""),
]
