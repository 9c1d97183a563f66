# Batch 1: posts (threads, captions) written by hand.
# tuple: (kind, category, offer, used, clothing, abroad, text)
RECORDS = [
("post", "hn_buyer_haul", 0, 1, 1, 1, """Hasil ngubek Senen Blok 3 tadi siang 🥵
kemeja flanel Uniqlo 25rb, celana chino Dickies 40rb, topi Champion 15rb
tangan gatel2 abis bongkar tumpukan tp worth it bgt
langsung rendem air panas + deterjen pas nyampe kos wkwk"""),
("post", "hn_market_memory", 0, 1, 1, 1, """Tiap Sekaten dulu bapak pasti ngajak ke awul-awul di alun-alun utara.
Aku kebagian jaket parasut gede banget, labelnya tulisan Korea semua, dipakai sampai SMP.
Sekarang Sekaten udah beda, awul-awulnya juga jarang. Kangen bau karungnya malah 🥲"""),
("post", "hn_washing_tips", 0, 1, 1, 1, """THREAD: cara nyuci baju hasil thrifting biar ga bau gudang & aman dipake 🧵
1. Rendam air panas (bukan mendidih) minimal 1 jam, kasih sedikit garam.
2. Cuci terpisah, jangan dicampur baju lain. Kutu & jamur dari karungan itu nyata.
3. Jemur di bawah matahari langsung, bolak-balik.
4. Setrika suhu tinggi kalau bahannya kuat.
5. Sepatu? Sikat sol + semprot alkohol, diemin sehari.
Semoga ngebantu, jangan lupa cuci tangan abis dari pasar."""),
("post", "hn_complaint_quality", 0, 1, 1, 1, """Nyesel bgt kemaren kalap di Gedebage 😭
sweater rajut yg kukira mulus ternyata ketiaknya bolong, trus bau apeknya gak ilang2 udah 3x dicuci
mana ada bekas noda kuning di kerah. lain kali cek di bawah lampu dulu deh baru bayar"""),
("post", "hn_buyer_question", 0, 1, 1, 1, """Warga Medan tolong bantu 🙏
Monza di Simalingkar sama Pajak Melati masih rame gak sih sekarang? Katanya banyak yg tutup semenjak razia.
Mau cari jaket kulit bekas buat kado abang, budget tipis. Info ya kawan"""),
("post", "hn_trader_story", 0, 1, 1, 1, """Saya sudah 14 tahun jualan pakaian bekas di Pasar Kebayoran.
Dulu seminggu bisa buka 4 bal, sekarang sebulan dapat 1 bal saja sudah syukur, harganya naik hampir 2 juta.
Orang bilang kami perusak industri lokal. Kami cuma pedagang kecil, anak saya tiga masih sekolah.
Kalau kios ini tutup, kami mau makan dari mana?"""),
("post", "hn_opinion_ban", 0, 1, 1, 1, """Unpopular opinion: larangan impor baju bekas itu bener.
Yang untung gede itu importir balpres, bukan pedagang kecil di pasar. Konveksi lokal di Bandung sama Solo yang kena imbasnya duluan.
Tapi tolong pemerintah juga mikirin transisinya, jangan cuma razia terus bakar karung di depan kamera."""),
("post", "hn_joke_meme", 0, 1, 1, 1, """beli hoodie thrift 30rb di pasar cakar, pas dicuci ada bordiran nama "KIM JI-HOON 3-2" di dalemnya 😭😭
ji-hoon kalau kamu baca ini, hoodie kamu sehat di Makassar ya
aku rawat baik2 kok"""),
("post", "hn_news_headline", 0, 1, 1, 1, """[BERITA] Bea Cukai amankan ratusan bal pakaian bekas asal Malaysia di perairan Tanjungbalai Asahan.
Muatan ditemukan di kapal kayu tanpa dokumen, nakhoda dan ABK diperiksa.
Barang bukti rencananya dimusnahkan.
#beritasumut #pakaianbekas #balpres"""),
("post", "hn_smuggling_opinion", 0, 1, 1, 1, """Lucu ya, tiap tahun ada berita "ribuan bal baju bekas disita di Batam".
Tapi pasar2 di Jawa tetep penuh karungan yg baru dibuka.
Artinya yg lolos jauh lebih banyak dari yg ketangkep. Yang dikejar pedagang kecil, pemasok gedenya aman2 aja."""),
("post", "hn_own_preloved", 1, 1, 1, 0, """Declutter lemari sebelum pindahan 📦
Jual preloved pribadi, semua dipakai sendiri, bukan barang karungan ya.
- Blazer Zara size M, dipakai 2x, 150rb
- Rok plisket cream, 60rb
- Sneakers Ventela 39, sol masih tebel, 120rb
COD daerah Depok, DM aja"""),
("post", "hn_new_thrift_style", 1, 0, 1, 0, """NEW DROP: Washed Series 🔥
Kaos dengan efek pudar ala vintage, tapi 100% BARU, dijahit konveksi kami sendiri di Bandung.
Bukan thrift, bukan bekas, ada label & plastik segel.
Size S-XXL, harga 89k. Order via link di bio.
#localbrand #vintagestyle #thriftlook"""),
("post", "hn_donation", 0, 1, 1, 0, """Posko Karang Taruna RW 07 menerima donasi pakaian layak pakai untuk korban banjir Bekasi.
Tolong dicuci & dilipat dulu ya, pisahkan baju anak, dewasa, dan selimut.
Pakaian dalam mohon yang baru.
Drop di balai warga, jam 8 pagi - 9 malam. Terima kasih orang baik 🙏"""),
("post", "hn_charity_bazaar", 1, 1, 1, 0, """Bazar Amal SMA Kartika 🎪
Sabtu ini di aula sekolah, kami jual baju, sepatu & tas bekas hasil sumbangan alumni dan orang tua murid.
Harga mulai 5rb! Semua hasil penjualan untuk renovasi perpustakaan.
Ajak keluarga ya, ada bazar makanan juga 🍢"""),
("post", "hn_upcycling", 1, 1, 1, 0, """Proses rework minggu ini ✂️
Jeans bekas dari lemari sendiri & sumbangan teman kami potong jadi tote bag dan bucket hat.
Setiap piece cuma satu, ga bakal kembar.
Yang mau pre-order bucket hat patchwork, slot tinggal 6.
#upcycle #rework #slowfashion"""),
("post", "hn_other_goods_used", 1, 1, 0, 1, """iPhone 11 64gb ex Japan, bekas pakai, bypass aman, BH 84%
minus: lecet halus di frame
harga 3,2jt nego tipis
lokasi Surabaya bisa COD, dus & charger ga ada
📱 hub 0812xxxx"""),
("post", "hn_report_seller", 0, 1, 1, 1, """Hati2 sama akun @gudang.jaket.medann (sengaja typo biar gak naik)
Captionnya "bal korea grade A, dijamin mulus". Aku transfer 350rb buat 5 jaket.
Yang dateng 3 jaket sobek, 2 lagi bau pesing.
Udah kuchat malah diblok. Tolong bantu spill biar gak ada korban lain."""),
("post", "hn_boycott", 0, 1, 1, 1, """Yuk mulai stop beli baju balpres.
Bukan soal gengsi, tapi tiap karung yang masuk dari luar negeri itu ikut matiin UMKM garmen kita.
Mending beli preloved temen, tukeran, atau dukung brand lokal.
Setuju? RT kalau setuju ♻️"""),
("post", "hn_swap", 0, 1, 1, 0, """Swap party bulan ini! 👗↔️👕
Bawa maksimal 5 baju layak pakai dari lemarimu, tukerin sama punya peserta lain. Gratis, ga ada jual beli.
Minggu, 10.00, Taman Literasi Blok M.
Sisa baju yg ga ketuker kita donasikan ke panti."""),
("post", "hn_giveaway", 0, 1, 1, 0, """GIVEAWAY kecil-kecilan 🎁
Aku ada 3 kemeja kerja bekas pakai sendiri, masih bagus, size L. Sayang kalau nganggur.
Syarat: follow, komen kamu butuh buat apa.
Pemenang diundi Jumat. Ongkir aku tanggung buat Jabodetabek."""),
("post", "plain_offer", 1, 1, 1, 1, """OPEN BAL LAGI GUYS 🔥🔥
Korea grade A, isi jaket & hoodie campur
Per piece 35-75rb, kalau ambil 10 dapet harga reseller
link katalog di bio, slow respon pas lagi sortir ya"""),
("post", "thread_hidden_gems_handle", 1, 1, 1, 1, """🧵 Hidden gems minggu ini dari lapak kami, langsung dari karungan Jepang:
1. Varsity jacket wool, size L, 180k
2. Kemeja denim Levi's, pit to pit 56, 95k
3. Cardigan rajut nenek2 vibes, 60k
4. Sepatu boot kulit 42, sol utuh, 250k
Semua sudah dicuci. Check out di @sisa.karung.jkt sebelum diambil orang"""),
("post", "story_restock", 1, 1, 1, 1, """RESTOCK CAKAR 📣
sisa 3 karung lagi ex Malaysia, isi celana kargo & kemeja
yg mau borong per karung japri, ecer juga boleh datang ke lapak
Pasar Terong lantai 2 samping tangga, buka jam 7"""),
("post", "haul_names_seller", 1, 1, 1, 1, """haul thrifting kemarin 🛍️
kemeja corduroy 45rb, sweater Polo 60rb, jeans Edwin 80rb
semuanya dari bal Jepang, mulus banget
buat yg nanya belinya di mana: kios Bang Ucok @monza.ucok di Pajak Melati, bilang aja dari aku biar dikasih diskon 😆"""),
("post", "regional_code_word", 1, 1, 1, 1, """Baju Batam baru bongkar nih bunda2 ☺️
gamis, tunik, blouse, sekilo 70rb aja, boleh campur
yang mau kirim luar Lampung bisa, ongkir sesuai berat
wa 0812xxxx"""),
("post", "reseller_recruit", 1, 1, 1, 1, """Dicari reseller & dropshipper baju thrift!
Stok dari bal Korea & Jepang, kami yang sortir, kamu tinggal jual lagi.
Modal mulai 500rb udah dapet 20 pcs grade A.
Minat? komen "MAU" nanti aku DM 🙌"""),
("post", "hn_buyer_haul", 0, 1, 1, 1, """ngawul di Pasar Beringharjo lantai 3 bareng anak2 kos
total belanja 85rb dapet 4 kaos band, 1 jaket jeans, 1 rok
yg paling bikin seneng kaos Nirvana lusuh yg labelnya udah pudar
kaki pegel naik turun tangga tp hati bahagia 😌"""),
("post", "hn_opinion_ban", 0, 1, 1, 1, """Gue ngerti alasan larangan thrifting impor, tapi jangan pura-pura semua orang beli karena gaya.
Banyak tukang ojek, buruh bangunan, ibu2 di kampung yang beli baju cakar karena emang cuma itu yang kebeli.
Kasih alternatif murah dulu, baru larang."""),
("post", "hn_blog_excerpt", 0, 1, 1, 1, """Catatan lapangan hari ketiga di Pasar Gedebage.
Saya menghitung setidaknya dua puluh kios yang masih menjual pakaian bekas impor, sebagian besar jaket dan celana jeans.
Para pedagang enggan menyebut dari mana karung-karung itu datang; seorang hanya berkata "dari pelabuhan, Mas".
Yang menarik, pembeli terbanyak justru mahasiswa, bukan warga berpenghasilan rendah."""),
("post", "hn_joke_meme", 0, 1, 1, 1, """Orang tua 1998: "jangan beli baju bekas, malu"
Anak 2024: "ma ini hasil thrifting, vintage, ex Jepang"
Mama: "itu kan rombengan?"
Anak: "... iya ma"
😭😭"""),
("post", "jastip_thrift", 1, 1, 1, 1, """JASTIP THRIFT SENEN 🛒
Besok aku ke Senen Blok 3 jam 10 pagi, yang mau titip cariin jaket, kemeja, atau celana bekas impor bisa list di komen
fee jastip 10rb/pcs, ongkir sendiri
cek highlight buat hasil jastip minggu lalu"""),
("post", "hn_complaint_quality", 0, 1, 1, 1, """update: kutu dari jaket bal yg kubeli di pasar loak udah pindah ke kasur 🤡
sekarang kasur dijemur, sprei direbus, badan bentol semua
pelajaran hidup: JANGAN langsung masukin baju karungan ke lemari sebelum direndam
gak lagi2 deh"""),
("post", "hn_news_headline", 0, 1, 1, 1, """Pemusnahan 730 bal pakaian bekas impor ilegal dilakukan di kawasan Pelabuhan Dumai pagi ini.
Barang ditaksir bernilai miliaran rupiah, disita dari gudang di pinggir kota.
Petugas menyebut pakaian tersebut akan diedarkan ke Pekanbaru dan Padang.
📰 selengkapnya di link bio"""),
("post", "hn_nitip_jual", 1, 1, 1, 0, """Nitip ya guys, punya kakakku yg baru lahiran, baju hamilnya udah ga kepake 🤰
dress menyusui 3 pcs, celana hamil 2, semua dipakai sendiri & udah dicuci bersih
satu paket 150rb
lokasi Jogja, bisa kirim"""),
("post", "hn_new_thrift_style", 1, 0, 1, 1, """Ready jaket parasut IMPORT China, barang BARU ya bukan seken ✅
Masih ada tag & plastik, model windbreaker retro
Harga 120rb, grosir 10 pcs 100rb/pcs
Dokumen impor lengkap kok, aman 😉"""),
("post", "hn_other_goods_food", 0, 0, 0, 0, """Resep ceker (cakar ayam) pedas manis andalan ibu 🐔🌶️
Rebus ceker 1 kg sampai empuk, buang airnya.
Tumis bawang merah, bawang putih, cabe keriting, kasih kecap, saos tiram, sedikit gula.
Masukin ceker, masak sampai bumbu meresap.
Cocok buat temen nonton bola!"""),
("post", "hn_buyer_question", 0, 1, 1, 1, """Aku baru pindah ke Pontianak, temen kantor sering cerita beli baju "dari Entikong" yang murah2.
Itu maksudnya baju bekas dari Malaysia ya?
Aman gak sih dipake, terus nyucinya gimana? Jujur agak takut jamur 😅"""),
]
