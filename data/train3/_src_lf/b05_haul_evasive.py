from common import R
RECORDS = [
# ---- creator hauls pointing to a shop (18)
R("post", "illegal_creator_haul", "1111", """
HIDDEN GEMS HAUL 💎 total cuma 380rb buat 7 item!!
1. Coat wol abu-abu, tag Jepang, 95rb → kondisi 9/10, lining masih mulus
2. Kemeja linen putih 45rb
3. Knit vest motif argyle 40rb
4. Celana pleated cream 50rb
5. Cardigan mohair 60rb (ini paling aku suka!!)
6. Rok midi corduroy 40rb
7. Tas kulit kecil 50rb
Semua aku dapet pas bongkar bal bareng @gudangthrift.cibinong kemarin, mereka tiap Jumat buka bal baru.
Kalau mau kebagian, follow mereka dan nyalain notif live-nya ya. Not sponsored, beneran suka aja 🫶
Part styling-nya aku upload besok!
Buat yang nanya cara ngilangin bau karung: rendam air + cuka 1 jam, cuci biasa, jemur di tempat teduh, jangan langsung matahari biar warnanya awet.
"""),
R("post", "illegal_creator_haul", "1111", """
Ngabisin 500rb di lapak thrift, dapet apa aja? 🛍️
Jadi kemarin aku diajak @bangjaka.vintage ikut unboxing karung yang baru dateng dari pelabuhan. Seru banget, bau karungnya khas 😂
Dapet: jaket varsity kampus Amerika (150rb), 2 kaos band 90an (85rb & 70rb), flanel Pendleton (120rb), dan topi snapback (75rb).
Jujur harganya masuk akal buat kualitas segini.
Buat kalian yang mau, @bangjaka.vintage masih punya 2 karung lagi yang belum dibuka, mereka live tiap Selasa & Sabtu.
Komen barang mana yang paling kalian suka!
FYI jaket varsity-nya sempet aku rebutin sama cowok lain di lokasi, akhirnya aku menang suit 😂
Kalau kalian mau ikut unboxing offline, mereka bolehin 5 orang per sesi, daftar dulu via DM.
"""),
R("post", "illegal_creator_haul", "1111", """
POV: kamu ke Pasar Senen bawa 200rb 💸
Masuk Blok 3, naik ke lantai 2, langsung disambut tumpukan baju setinggi dada.
Aku sempet ngawul 2 jam, hasilnya:
- blazer oversize hitam 60rb
- kemeja stripe 35rb
- celana kulot 40rb
- dompet kulit 30rb
Sisa 35rb buat es teh sama batagor 😌
Kios favoritku namanya "Lapak Bang Ucok" lantai 2 pojok kanan, baju-baju Korea-nya bagus-bagus, bilang aja tau dari aku, suka dikasih diskon.
Next video: styling 4 item ini jadi 5 outfit!
Catatan: lantai 2 itu panas banget siang-siang, mending dateng jam 10 pagi, bawa kipas kecil.
Dan jangan lupa cek saku, aku pernah nemu struk belanja berbahasa Korea di kantong blazer 😆
"""),
R("post", "illegal_creator_haul", "1111", """
Akhirnya aku ke Gedebage lagi setelah 2 tahun! 🚗
Dari Jakarta berangkat subuh, sampe jam 8, parkiran udah penuh.
Tips dari aku:
• Dateng pagi, barang baru dikeluarin dari karung pagi-pagi
• Bawa tas sendiri, cuaca panas, bawa minum
• Nawar sopan, jangan sadis
• Cek ketiak & kerah, suka ada noda
Hasil haul: 3 jaket, 2 celana, 1 sepatu boots, total 420rb.
Toko yang paling oke menurutku ada di Blok C, namanya "Kang Asep Import", aku tag IG-nya di story, mereka juga kirim online.
Kalian tim Gedebage atau tim Senen?
Oh iya, parkir mobil di sana 10rb, motor 3rb, bawa uang pas ya.
Jujur capek, tapi seru. Kalau kalian mau bareng next trip, aku bikin grup kecil maksimal 6 orang, patungan bensin.
"""),
R("post", "illegal_creator_haul", "1111", """
Thrift haul edisi kerja kantoran 👩‍💼
Buat kalian fresh graduate yang butuh baju kantor tapi budget tipis, dengerin.
Aku beli 5 blazer, 6 kemeja, 4 celana bahan, semua di bawah 60rb per item.
Bahannya jauh lebih bagus dari yang aku beli baru di mall dengan harga 4x lipat.
Belinya di @karungan.officewear, mereka spesialis bal kemeja & blazer dari Jepang, udah disortir jadi tinggal pilih.
Kode "KANTOR10" diskon 10% (aku nggak dapet komisi ya, cuma minta aja ke ownernya buat kalian).
Swipe buat liat before-after setelah dilaundry!
Blazer yang abu-abu itu aslinya ada label dry cleaning dari Osaka, lucu banget, ketauan pemilik sebelumnya rajin rawat.
"""),
R("post", "illegal_creator_haul", "1111", """
GRWM pakai full outfit hasil ngawul 🎥
Kaos putih boxy: 25rb
Rompi rajut: 40rb
Celana jeans straight: 55rb
Loafers kulit: 110rb
Total di bawah 250rb, dan outfit ini udah dipuji 3 orang hari ini hehe.
Semuanya dari live bongkar karung @lapakmbakrini tiap malem Kamis.
Kalau kalian ikut live-nya, siapin jari, cepet-cepetan banget!
"""),
R("post", "illegal_creator_haul", "1111", """
Haul jaket gunung dari Berastagi ⛰️
Lagi liburan ke Berastagi, sengaja mampir ke lapak monza depan pajak buah.
Dapet: jaket gore-tex (250rb), fleece (80rb), celana hiking (90rb).
Nanya ke penjualnya, katanya barang dari karung yang masuk lewat Tanjungbalai, pantes merk luar semua.
Namanya Kak Rosmauli, lapak warna biru, dia juga kirim ke luar Sumut kalau kalian mau.
Harga jujur, barang oke, recommended buat anak gunung!
Tips tambahan dari aku: jaket gore-tex bekas itu cek dulu seam tape bagian dalam, kalau udah ngelupas berarti udah nggak waterproof.
Fleece-nya aku cuci 2 kali pakai air hangat, baunya langsung hilang.
Next aku mau review lapak monza yang di Pajak Sambu, katanya lebih murah tapi harus sabar bongkar.
"""),
R("post", "illegal_creator_haul", "1111", """
Unboxing paket "karung misteri" 200rb 📦
Jadi ada toko yang jual paket isi random dari karung impor seken, katanya bisa dapet barang mahal.
Isi paketku: sweater Uniqlo, kemeja Muji, celana training Adidas, dan 1 kaos polos.
Menurutku worth it! Total harga aslinya bisa jutaan.
Tokonya @misterykarung.id, restock tiap Senin, link di bio aku.
Kalian berani coba nggak?
Update: aku order lagi 2 paket buat adikku, satu isinya bagus (ada jaket North Face!), satu lagi biasa aja.
Jadi memang untung-untungan ya, anggap aja hiburan.
Mereka juga jual per kilo buat yang mau dijual ulang, tanya aja ke adminnya.
"""),
R("post", "illegal_creator_haul", "1111", """
Makassar thrift tour 🌅
Hari ini aku muter ke 3 tempat cakar: Pasar Terong, Jl. Gunung Bawakaraeng, sama Cidu.
Yang paling banyak dress pesta & kebaya di Terong, yang paling banyak jaket di Bawakaraeng.
Total belanja 350rb dapat 9 potong!
Favoritku lapak "Daeng Ani" di Terong lantai 2, barangnya bersih dan dia mau kirim ke luar kota.
Nanti aku bikin video lengkap di YouTube ya, sabar 🙏
Tips dari aku buat yang baru ke Makassar:
- Datang Minggu pagi, itu hari "buka baru"
- Bawa uang pecahan kecil
- Jangan malu nawar, tapi jangan sampai setengah harga juga
Banyak yang DM minta alamat Daeng Ani, aku kasih di highlight ya.
"""),
R("post", "illegal_creator_haul", "1111", """
Aku nemu Burberry trench coat 120rb 😭😭
Ceritanya tadi siang iseng mampir ke gudang kenalan di Cikarang yang lagi bongkar bal Eropa, terus di tumpukan paling bawah ada coat ini.
Aku cek tag, jahitan, kancing, lining: ori dan kondisinya 8.5/10.
Dia masih punya 1 bal Eropa lagi, buka Sabtu ini jam 9 pagi, alamat aku kasih lewat DM ya, nggak mau disebar terbuka.
Doain aku kuat nggak khilaf lagi Sabtu nanti 🙃
Yang mau ikut, syaratnya cuma satu: jangan serakah, ambil secukupnya biar semua kebagian.
Dia juga jual per kilo buat yang mau dijual lagi, tapi itu urusan kalian sama dia langsung ya.
Aku cuma bantu info karena orangnya jujur dan harganya masuk akal.
"""),
R("post", "illegal_creator_haul", "1111", """
Review jujur: beli 1 balan pendek buat konten 🎬
Banyak yang request aku beli bal langsung. Akhirnya aku beli balan pendek (±200 pcs) dari @baljepang.bekasi.
Hasilnya: 60% layak jual, 25% layak tapi minus, 15% sampah (sobek, noda, jamur).
Untuk yang mau mulai usaha, menurutku masih untung kalau kamu telaten sortir dan foto.
Mereka kasih harga teman buat viewers aku, sebut "dari channel Dinda".
Video lengkap sortirnya 40 menit, link di bio!
Sedikit spoiler: ada 1 jaket Arc'teryx di bal itu, kalau dijual bisa nutup hampir seperempat modal.
Tapi ada juga 30-an kaos yang sobek ketiaknya, langsung aku pisahin buat lap.
"""),
R("post", "illegal_creator_haul", "1111", """
Jalan-jalan ke Nunukan nggak lengkap tanpa berburu roma 🧳
Aku ke lapak-lapak di Jalan Lingkar, pilihannya banyak banget, mayoritas dari Tawau.
Dapet 4 jeans Levi's (70-100rb), 2 jaket tebal, sama sweater buat mama.
Penjual favorit: Bu Misra, lapak cat kuning, orangnya ramah dan mau kirim pakai kapal ke Parepare.
Simpan post ini buat itinerary kalian!
Kalau mau nyebrang ke Tawau sekalian, jangan lupa paspor dan cek jadwal speed di Tunon Taka, biasanya pagi.
Dan siapin ringgit receh buat beli roti dan teh tarik di sana 😋
Harga di sana rata-rata lebih murah dari Tarakan karena barangnya langsung dari speed Tawau.
"""),
R("post", "illegal_creator_haul", "1111", """
Vlog: sehari jadi anak thrift Batam 🏝️
Pagi jam 6 udah ke depan Pasar Pagi Jodoh, lapak-lapak ballpress buka sampai jam 10 doang.
Kaos 3 helai 10rb, beneran! Kemeja branded 15rb.
Aku pulang bawa 1 koper penuh, buat dipakai sendiri dan sebagian buat giveaway.
Yang mau nitip, aku buka jastip minggu depan, format ada di story.
Lapak paling oke: "Kak Yus", tenda oranye ujung jalan.
Jam 10 lewat dikit lapaknya udah dibongkar karena jalannya dipakai kendaraan lagi, jadi jangan kesiangan.
Pulangnya aku makan mie lendir di dekat Nagoya, wajib coba kalau ke Batam!
Jastip-nya aku batasi 20 slot, fee 20rb per barang, pengiriman dari Batam ke Jawa pakai kargo laut.
"""),
R("post", "illegal_creator_haul", "1111", """
Haul sepatu 🥾 semua di bawah 300rb
Dr. Martens 1460 kondisi 85%: 280rb
New Balance 990: 250rb
Birkenstock Boston: 190rb
Sumbernya dari toko @sepatubal.tgr yang buka ball Thailand tiap 2 minggu.
Aku udah langganan setahun, belum pernah kecewa.
Tips: minta video detail sol sebelum bayar!
"""),
R("post", "illegal_creator_haul", "1111", """
Thrifting challenge: 100rb buat outfit lebaran 🌙
Aku ke lapak cabo di Pasar Bersehati, Manado.
Dapat kemeja batik 25rb, celana kain 30rb, sepatu pantofel 40rb, sisa 5rb buat es kacang merah.
Lapak Om Jemmy di lorong belakang, barang so bagus-bagus, bilang dari aku nanti dapa kurang.
Kalian tantang aku apa lagi?
"""),
R("post", "illegal_creator_haul", "1111", """
Kemarin ikut "bongkar bal bareng" di acara komunitas thrift Surabaya 🎪
Konsepnya: tiap peserta bayar 100rb, boleh ambil 5 item dari bal yang dibuka di tempat.
Aku dapat jaket coach, 2 kemeja, kaos, dan topi.
Penyelenggaranya @thriftsby.collective, mereka bikin event ini tiap bulan, next tanggal 24 di Gubeng.
Buat yang suka ngawul rame-rame, wajib ikut!
"""),
R("post", "illegal_creator_haul", "1111", """
Apa yang aku dapat dengan 1 juta di lapak thrift premium? 💰
Jadi ini bukan lapak karungan biasa, tapi toko yang udah kurasi dari bal Jepang, jadi lebih mahal tapi lebih rapi.
Dapat: coat Comme des Garçons (450rb), celana Yohji lookalike (ternyata asli, 300rb), kemeja Issey (250rb).
Tokonya @kurasijepang.id di Kemang, buka Rabu-Minggu.
Worth it buat kolektor.
Mereka nyortir langsung dari bal yang dibuka di gudang belakang toko, jadi yang dipajang cuma yang terbaik.
Harganya memang premium, tapi untuk barang desainer Jepang, masih jauh di bawah harga aslinya.
Mereka juga terima pesanan cari barang tertentu, tinggal kirim foto referensi.
Kode "HAUL1JT" diskon 5% (bukan afiliasi, cuma minta tolong ke owner).
"""),
R("post", "illegal_creator_haul", "1111", """
Ibu-ibu, ini hasil belanja baju sekolah anak di lapak RB 👧👦
Seragam putih SD 10rb, rok merah 8rb, sepatu hitam 35rb, tas ransel 30rb.
Total buat 2 anak 160rb, hemat banyak dibanding beli baru.
Lapaknya Mama Yosi di Pasar Alok Maumere, barang RB dari karung baru tiap Kamis.
Semoga bermanfaat buat mama-mama yang lagi siap-siap tahun ajaran baru.
"""),
# ---- evasive spellings (22)
R("listing", "illegal_evasive_spelling", "1111", """
R3ADY B4L K0R3A 🇰🇷
K4os c4mpur, k3meja, j4ket
H4rga m0dal, bis4 3c3r
Chat aja kak, 0812xxxx
Ecer mulai 15rb, grosir per b4l tanya langsung.
#thriftimportmurah #balkoreamurah #bongkarbal
"""),
R("listing", "illegal_evasive_spelling", "1111", """
b.a.l j.e.p.a.n.g baru tiba 📦
isi: c.o.a.t, k.n.i.t, k.e.m.e.j.a
harga per bal & ecer, tanya admin
barang s.e.k.e.n pilihan, lolos sortir
#thriftjepang #secondjepang #ngawulonline
"""),
R("listing", "illegal_evasive_spelling", "1111", """
Stok thr1ft imp0rt mingguan 🔥
Kemeja 35k | Hoodie 65k | Celana 45k
Semua pr3l0v3d luar, bukan lokal.
COD Jaksel / kirim luar kota.
#thr1ft #pr3loved #imp0rtseken
"""),
R("listing", "illegal_evasive_spelling", "1111", """
B⭕️ngkar B🅰️l malam ini jam 8 🔴
Isi: j🅰️ket & sweater
Harg🅰️ mulai 35rb
Ketik MAU di live
Yang telat masuk live jangan protes ya, barang cepet abis 😂
#bongkarbalmalamini #thriftlive #karunganmurah
"""),
R("listing", "illegal_evasive_spelling", "1111", """
Jual b*kas imp*r kualitas ok 👌
Kemeja kantor, celana bahan, blazer.
Asal: k*rung Singapur via B*tam.
Harga 25-60rb. Bisa grosir.
DM aja, jangan komen harga ya biar nggak di-take down 🙏
Soalnya kemarin akun lama kena banned gara-gara ada yang komen pakai kata yang "itu" 😩
Jadi sekarang semua transaksi lewat chat pribadi aja.
Stok minggu ini: 40 kemeja putih & biru muda, 25 celana bahan hitam, 12 blazer wanita.
Cocok buat yang baru kerja atau mau interview.
Pengiriman tiap Selasa & Jumat, pakai ekspedisi biasa.
Catatan: ukuran kemeja kebanyakan M-L, blazer wanita mostly ukuran Jepang jadi agak kecil, cek lingkar dada di katalog.
"""),
R("listing", "illegal_evasive_spelling", "1111", """
ｔｈｒｉｆｔ ｉｍｐｏｒｔ ｒｅａｄｙ
jaket, crewneck, kemeja flanel
harga 40-90rb
barang dr ｂａｌ, sdh dicuci
order via dm
ready ukuran s-xl, foto real no edit
#thriftimport #balpres #sekenimpor
"""),
R("listing", "illegal_evasive_spelling", "1111", """
B-A-L-P-R-E-S ready lagi guys 🙌
Campur kaos & kemeja, harga per k*lo juga ada.
Kita nggak bisa tulis jelas di sini, yang ngerti aja ya 😉
Chat ke nomor di bio.
#balpresmurah #balpresbatam #balpresjakarta
"""),
R("listing", "illegal_evasive_spelling", "1111", """
bekas 👉 b3k4s
impor 👉 1mp0r
bal 👉 b4l
Udah ngerti kan kak? 😂
Ready b4l kor3a & j3pang, ecer dan grosir.
Harga ecer 20-70rb, grosir per b4l beda harga ya.
Kirim seluruh Indonesia, COD Jabodetabek.
#b3k4s1mp0r #thr1ftmurah
"""),
R("listing", "illegal_evasive_spelling", "1111", """
Ready "sandang luar" 🌏 (yang tau tau aja)
Karung baru buka, isi jaket & sweater.
Ecer 40-80rb, borong per karung nego.
Kirim luar pulau aman, packing rapat.
#sandangluar #karungluar #secondluar
"""),
R("listing", "illegal_evasive_spelling", "1111", """
Jual "b a j u   s e c o n d   l u a r" 🙏
Karena sering kena hapus, tulisannya dipisah ya.
Isi: kemeja, kaos, jaket dari b a l   K o r e a.
Harga 20-60rb. Info lengkap di WA 0857xxxx.
Tolong jangan tulis kata-kata yang bikin postingan ini hilang di kolom komentar ya kak, cukup tulis "info" saja.
Nanti admin kirim katalog lengkap lewat chat, ada sekitar 300 foto.
Pengiriman dari Bekasi, bisa instan untuk Jabodetabek.
Pembelian minimal 3 potong untuk luar kota biar ongkirnya sepadan.
Terima kasih yang sudah langganan sejak akun pertama 🙏
Barang datang dari k a r u n g   B a t a m tiap dua minggu, jadi kalau kehabisan tunggu batch berikutnya ya.
"""),
R("listing", "illegal_evasive_spelling", "1111", """
Spill stok malam ini 🌚
t h r 1 f t   k 0 r e a
k4rung b4ru turun dari k4pal
kaos 20k, kemeja 35k, jaket 60k
#thriftkoreamurah #karunganbaru #bukakarung
"""),
R("listing", "illegal_evasive_spelling", "1111", """
MØNZA PILIHAN 🔥 (jangan dilaporin ya kak 🙏)
Jaket kulit, flanel, jeans.
Harga 40-150rb, ready di Medan.
Kirim seluruh Indonesia.
#mønza #mønzamedan #thriftmedan
"""),
R("listing", "illegal_evasive_spelling", "1111", """
c4k4r ready ki' 😁
baju kaos, kemeja, celana
harga 15-40rb
pesan di DM, antar sekitar Makassar
stok baru tiap minggu dari k4rung Pare
#c4k4r #c4k4rmakassar #thriftmakassar
"""),
R("listing", "illegal_evasive_spelling", "1111", """
Ready bаl Jepang (isi knit & coat) 🧶
Нarga ecer 50-150rb, borong per bаl tanya admin.
Bаrang sekеn pilihаn, kondisi 85-95%.
Kirim dari Bekasi.
#bаljepang #thriftjepаng
"""),
R("listing", "illegal_evasive_spelling", "1111", """
Ada yg cari "pakaian bks impr" ? 👀
Ready karungan lagi, isi dominan celana jeans & chino.
Jeans 45rb, chino 40rb, grosir 600rb/kodi.
Lokasi Tangerang. Chat aja.
#pakaianbksimpr #jeanssecond #chinosecond
"""),
R("listing", "illegal_evasive_spelling", "1111", """
Ready b💧l k💧rea 😁 (ngerti lah ya)
Kaos, kemeja, celana, jaket, ecer 20-70rb.
Per b💧l harga spesial, tanya aja.
Ambil di gudang Bogor.
#thriftbogor #b4lkorea #ngawulbogor
"""),
R("listing", "illegal_evasive_spelling", "1111", """
[ R E A D Y ]
B . A . L   E . R . O . P . A
coat, parka, sweater wol
120-300k / pcs
borong per b.a.l: pm
kirim dari jakarta, packing vakum
#baleropa #thriftwinter #coatsecond
"""),
R("listing", "illegal_evasive_spelling", "1111", """
Seken luarrr 🌍 dari "pulau seberang Singapur" 😉
Kemeja 25k, celana 35k, jaket 55k
Tiap Kamis ada barang baru dari karung.
DM buat katalog lengkap.
#sekenluar #karungbatam #thriftbatammurah
"""),
R("listing", "illegal_evasive_spelling", "1111", """
awuI-awuI onIine 🛒 (pake huruf I gede biar ga kedetek 🤫)
kaos 10rb, kemeja 20rb, jaket 35rb
barang bongkaran baIan tiap minggu
kirim se-Jawa
#awuIawuI #ngawuIonIine
"""),
R("listing", "illegal_evasive_spelling", "1111", """
PRΞLOVΞD IMPORT 🇯🇵🇰🇷
Bukan punya pribadi ya kak, ini stok dari bal 😅
Kemeja linen, cardigan, rok plisket.
Harga 30-80rb, ada paket 5 pcs 200rb.
#prelovedimport #thriftbal #balkoreajepang
"""),
R("listing", "illegal_evasive_spelling", "1111", """
Ready jkt s3k3n luar (jaket) 🧥
Bomber, parka, windbreaker, varsity.
Harga 55-160rb.
Asal: g0ni yang masuk dari Tanjungb4lai.
Chat 0822xxxx, fast respon.
"""),
R("listing", "illegal_evasive_spelling", "1111", """
🅑🅐🅛 🅚🅞🅡🅔🅐 ready stok
isi kaos & kemeja, grade A
ecer & grosir, kirim seluruh Indonesia
tanya harga via DM
gudang di cakung, boleh survei dulu
#balkorea #thriftgrosir #supplierthrift
"""),
# ---- explicit listings (8)
R("listing", "illegal_explicit_listing", "1111", """
JUAL PAKAIAN BEKAS IMPOR 🇰🇷🇯🇵
Ready ballpress Korea & Jepang, ecer dan grosir.
Kaos mulai 15rb, kemeja 25rb, jaket 50rb.
Grosir per bal 8-14 jt tergantung isi.
Gudang di Bekasi Timur, bisa datang langsung.
"""),
R("listing", "illegal_explicit_listing", "1111", """
Baju bekas impor murah meriah, langsung dari karung!
Kemeja, kaos, celana, rok, jaket, sweater.
Semua barang luar negeri, kondisi layak pakai.
Pesan lewat chat, bayar COD bisa untuk Jabodetabek.
Pengiriman luar kota setiap hari kecuali Minggu.
Kami sudah jualan sejak 2014, awalnya lapak di pasar, sekarang sudah punya gudang sendiri.
Setiap karung yang datang kami buka, pilah, dan cuci sebelum difoto.
Kemeja pria 20-35rb, dress wanita 25-50rb, jaket 50-120rb.
Untuk pedagang yang mau ambil banyak, ada harga grosir per karung, silakan tanya.
Testimoni pembeli bisa dilihat di album foto, lebih dari 2.000 transaksi.
"""),
R("listing", "illegal_explicit_listing", "1111", """
THRIFT IMPORT SECOND ORIGINAL 💯
Semua barang bekas pakai dari Jepang & Korea, bukan KW, bukan lokal.
Jaket 60-150rb | Hoodie 55rb | Celana 45rb | Kemeja 35rb
Update tiap hari di IG story.
Free ongkir min belanja 300rb.
"""),
R("listing", "illegal_explicit_listing", "1111", """
Supplier pakaian bekas impor (ballpress) - harga tangan pertama
Stok Korea, Jepang, China, USA.
Pengiriman ke seluruh Indonesia pakai ekspedisi langganan, aman sampai tujuan.
Minimal order 1 bal. Pembayaran transfer atau COD gudang.
Daftar harga per bal (±100 kg):
Korea campur 8,5-9,5 jt | Jepang campur 13-14 jt | China campur 5 jt | USA kaos & flanel 11-12 jt
Kami sediakan juga bal khusus: jaket, jeans, sepatu, tas, anak-anak.
Gudang kami di Cakung dan Tanjung Priok, barang langsung turun dari kontainer.
Pengiriman luar Jawa lewat ekspedisi yang sudah biasa bawa barang kami, dijamin sampai.
Untuk pembelian pertama kami sarankan ambil bal campur dulu supaya bisa lihat perputaran barang di daerah kakak.
"""),
R("listing", "illegal_explicit_listing", "1111", """
Jual sepatu bekas impor original, masuk dari luar dalam bentuk bal 👟
Nike, Adidas, Converse, Vans, New Balance.
Harga 150-450rb, kondisi 80-95%.
Bisa cek barang di toko kami Jl. Raya Serpong.
"""),
R("listing", "illegal_explicit_listing", "1111", """
Pakaian second impor untuk lebaran 🌙
Gamis, tunik, kemeja koko, dress anak, semuanya bekas luar negeri yang masih bagus.
Harga mulai 20 ribu.
Lokasi Pasar Cidu Makassar, bisa kirim ke kabupaten.
"""),
R("profile", "illegal_explicit_listing", "1111", """
Toko Baju Bekas Impor Sanggau 🇲🇾➡️🇮🇩
Ballpress asal Malaysia • ecer & per karung
Isi campur dewasa, anak, jaket
Ambil di gudang atau kirim ke Pontianak
Tanya stok via pesan, jangan telepon ya 🙏
"""),
R("listing", "illegal_explicit_listing", "1111", """
Tas bekas impor branded 👜 per pcs & per karung
Coach, Kate Spade, Longchamp, Michael Kors, asli semua, bekas pakai dari Jepang.
Ecer 150-600rb, karung isi 50 tas 6 jt.
Pengiriman seluruh Indonesia.
"""),
]
