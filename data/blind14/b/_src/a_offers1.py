# Batch A: illegal offers without the famous words (hand-written, one by one)
# tuple: (kind, category, offer, used, clothing, abroad, text)

RECORDS = [
("listing", "logistics_unit_offer", 1, 1, 1, 1,
"""READY 3 KARUNG JAKET CAMPUR 🔥
Baru buka ikat tadi pagi, isi kurang lebih 180-200 pcs per karung
Grade A+ dominan, sisanya B. Ga ada pilih, ambil per karung aja
Harga 4,1jt/karung nego tipis, ongkir ekspedisi ditanggung pembeli
Yg serius WA 0812xxxx (Bang Rudi), ga serius mohon maaf skip"""),

("post", "condition_word_offer", 1, 1, 1, 1,
"""Kemeja flanel Pendleton, kayaknya keluaran 90an (label udah pudar) 🧣
Kondisi 8,5/10, ada minus noda kecil di manset kiri, lihat slide 4
LD 58 PJ 76, 1 pcs only ukuran cuma ini ya kak
Sudah dicuci & disetrika, tinggal pakai
Harga 185k, first DM first get
Keluar dari tumpukan kiriman kapal minggu lalu 🚢
#flanelvintage #kemejaflanel #ootdcowok #jualbajucowok"""),

("message", "port_route_offer", 1, 1, 1, 1,
"""Assalamualaikum bos2 pelanggan setia 🙏
Info: barang dari Tawau sudah nyebrang semalam, sekarang aman di gudang Nunukan
Tersedia: celana jeans campur, kaos anak, jaket parasut. Per karung / per kilo bisa
Jeans 70rb/kg, kaos anak 45rb/kg, jaket 3,2jt per karung isi ±120
Kirim ke Tarakan & Berau pakai speed, aman
Yang nodanya berat sudah disisihkan, jadi tinggal jual
Order cepat ya, stok ga nunggu. Wa 0813xxxx"""),

("live", "live_sale", 1, 1, 1, 1,
"""LIVE MALAM INI JAM 8 🔴🔴
Kita robek 2 goni sepatu langsung di depan kamera, kalian lihat sendiri isinya
Sepatu lari, sneakers, boots, ukuran campur 38-45, ada yg solnya udah tipis ada yg masih mulus
Harga mulai 60rb, yang mulus kita tandai bintang ⭐
Ketik "AMBIL + nomor" di kolom komen, transfer max 1x24 jam
Goninya baru turun dari kapal, jadi masih bau laut dikit wkwk
Jangan lupa follow @gudangkakilima_sby biar dapet notif"""),

("listing", "condition_word_offer", 1, 1, 1, 1,
"""Jaket Denim Levis Trucker Original Vintage Pria Wanita Kondisi 9/10 Layak Pakai Murah
Deskripsi:
- Warna biru pudar alami, wash merata
- Ukuran tag L (muat M-L), LD 56
- Minus: kancing bawah sudah diganti, ada benang lepas dikit di saku
- Barang pilihan sortiran gudang, bukan produksi baru
Stok cuma 1, ga restock. Tanya dulu sebelum checkout"""),

("comment", "pointer_offer", 1, 1, 1, 1,
"""@dinda.rsm ada kak, yang coklat ukuran M tinggal satu, kondisinya masih oke cuma kerah agak kusam
Cek katalog di highlight "KAPAL 14" ya, itu semua dari kapal yang sandar Senin kemarin
Info harga & ongkir langsung WA aja biar cepet 0812xxxx 🙏"""),

("post", "invented_code_word", 1, 1, 1, 1,
"""Guling mendarat lagi gaes 🛳️🛳️
Kali ini guling isi hoodie sama sweater, tebel2, cocok buat yg tinggal di Dieng & Malang
Sistem: buka guling Sabtu jam 10 di lapak, siapa cepat dia dapat
Hoodie 35rb, sweater 25rb, mau ambil utuh 1 guling tanya harga via DM
Kondisi campur ya, ada yg mulus ada yg perlu dicuci ulang
📍 Pasar Klithikan belakang, cari aja spanduk kuning"""),

("profile", "market_shop_profile", 1, 1, 1, 1,
"""🧥 Lapak Pak Ucok | Pajak Melati Medan
Sedia kemeja, jaket kulit, celana kargo pilihan dari tumpukan, dicuci bersih sebelum dipajang
Grade atas aja yang masuk online, sisanya di lapak
Reseller welcome, ambil lusinan ada harga khusus
COD area Medan, luar kota via JNE
WA 0812xxxx"""),

("message", "reseller_recruit", 1, 1, 1, 1,
"""Dibuka kemitraan reseller & dropshipper 🙌
Modal kecil bisa mulai 1 koli, isi campur kaos/kemeja/celana ±80 pcs
Barang masuk lewat Dumai tiap dua minggu, kami sortir ulang di Pekanbaru
Reseller dapat foto katalog tanpa watermark, boleh dijual 20-40rb/pcs di TikTok
Kondisi rata-rata 8/10, yg cacat berat sudah kami singkirkan
Minat? ketik MITRA ke 0821xxxx"""),

("listing", "logistics_unit_offer", 1, 1, 1, 1,
"""Tas Wanita Campur Per Koli Isi 60 Pcs Merk Campur Coach Kate Spade Guess Dll
Sistem ambil utuh, tidak bisa pilih
Isi kurang lebih 60 tas, kondisi bervariasi: ada yg tinggal pakai, ada yg lapisan dalamnya perlu dibersihkan
Estimasi 40% layak jual harga tinggi
Barang ready di Tanjungbalai, bisa kirim via kargo ke Jawa
Harga 2,75jt / koli"""),

("post", "regional_flavour_offer", 1, 1, 1, 1,
"""Sudah mi datang barang dari Parepare, ces 😁
Jaket sama celana panjang ada semua, pilih-pilih mako di lapak ku dekat Pasar Butung
Kondisinya bagus-bagus ji, ada ji juga yang kusam sedikit, namanya juga sudah dipakai orang
Harga bersahabat, mulai 20 ribu. Yang sisa minggu lalu diobral 3 lembar 50 ribu
Datang cepat nah, biasa habis sebelum duhur
Info: 0853xxxx (Daeng Rahman)"""),

("post", "english_mix_offer", 1, 1, 1, 1,
"""new drop straight off the boat 🚢✨
carhartt double knee, faded perfect, small paint mark on left leg (adds character tbh)
w32 l30, only 1 pc, no restock ever
also got 3 varsity jackets out of the same sack, dm for pics
price on request, serious buyer only, no hit & run pls
shipping from Batam every tue & fri"""),

("listing", "logistics_unit_offer", 1, 1, 1, 1,
"""Kiloan Kaos Dewasa Campur Harga 38rb/kg Minimal 10kg
Kaos oblong, polo, kaos band, lengan panjang campur
Hasil sortiran kedua, noda ringan masih ada di beberapa potong
1 kg isi 5-7 potong tergantung bahan
Cocok buat yang mau mulai lapak kecil-kecilan
Dikirim dari Belawan, bisa via kapal atau truk ke seluruh Sumatera"""),

("comment", "jakarta_slang_offer", 1, 1, 1, 1,
"""Bang yang 3 item di foto masih ada? 
Jawab penjual: ada bro, yg ijo udah dikeep orang. sisanya lo ambil 2 = 90rb aja. ini dari karung yg baru dateng dari Tanjungpinang kemaren, kondisi gue kasih 8/10 lah, ada bulu2 dikit biasa"""),

("article", "shop_blog_offer", 1, 1, 1, 1,
"""Tips Pilih Jaket di Lapak Kami Biar Dapat yang Terbaik
1. Datang pas hari buka ikat (Selasa & Jumat), barang paling lengkap.
2. Cek ketiak dan kerah, di situ noda orang sebelumnya biasanya nyangkut.
3. Jangan malu minta meteran, kami sediakan buat ukur lingkar dada.
4. Yang tag gantungnya masih nempel juga ada, tapi jarang dan rebutan.
Semua barang datang per goni dari pelabuhan, kami tidak produksi sendiri.
Lokasi: Gedebage, los C-17, buka 08.00-16.00. Tanya stok: 0822xxxx"""),

("message", "border_route_offer", 1, 1, 1, 1,
"""Kak, ini foto-foto isi koli yang baru sampai ya 👇
Rok & dress wanita semua, rata-rata merk Zara, H&M, Uniqlo
Ada sekitar 70 potong, kakak bisa ambil semua 1,9jt atau pilih satuan 35rb
Beberapa ada minus (resleting seret 2 pcs, noda di 3 pcs) sudah aku pisahin
Semua masuk lewat Entikong, sudah aku cuci
Kalau jadi, kirim alamat lengkap, aku kirim besok dari Pontianak"""),

("post", "invented_code_word", 1, 1, 1, 1,
"""Bakpao gede 2 biji turun dari kapal subuh tadi, sekarang nangkring di gudang 🥟🥟
Isinya celana chino + kemeja kerja, rata2 merk kantoran luar
Kondisi 7-9, yg 9 banyak! kemarin nemu yg kancingnya masih ada cadangan
Pembukaan bakpao: Minggu pagi, live IG jam 7
Yang mau nitip cari ukuran tertentu komen di bawah ✍️"""),

("listing", "grade_offer", 1, 1, 1, 1,
"""SEPATU GRADE S PILIHAN | Nike Adidas NB Asics
Sol masih tebal, upper bersih, insole sebagian sudah diganti baru
Harga 150-275rb tergantung model & ukuran
Grade A 90-140rb (ada kerutan toe box / sedikit kuning di midsole)
Barang masuk per karung 2 minggu sekali, stok berputar cepat
Chat admin untuk video real pic, no tipu-tipu"""),

("live", "live_sale", 1, 1, 1, 1,
"""🔴 NGELIVE DI LAPAK SENEN BLOK III LANTAI 1
Malam ini fokus jaket kulit & varsity, 1 tumpukan penuh baru dibongkar sore tadi
Ada yang kulitnya udah retak halus di siku, kita kasih harga miring
Cara main: sebut nomor gantungan, admin cek ukuran, CO lewat keranjang kuning
Harga dibuka 75rb, yang paling bagus max 350rb
Pelanggan luar kota aman, packing pakai kardus double"""),

("post", "condition_word_offer", 1, 1, 1, 1,
"""Sweater rajut Ralph Lauren cable knit krem
Ada pilling ringan di bagian lengan, wajar untuk rajutan yang umurnya sudah belasan tahun
Tag ukuran tinggal separuh, kira2 L Asia
Harganya 120rb aja, yang kayak gini jarang nongol di tumpukan
Barang ready di Batam, bisa COD Nagoya Hill
DM aja ya kak, slow respon kalau lagi sortir"""),

("message", "wholesale_broadcast", 1, 1, 1, 1,
"""📢 BC UNTUK PARA TOKE LAPAK
Minggu ini masuk 40 koli dari seberang, isi:
- 12 koli celana pendek
- 10 koli kaos perempuan
- 8 koli jaket gunung
- 10 koli campur anak
Harga koli mulai 1,8jt. Sistem DP 50%, sisa lunas saat barang naik truk
Pengambilan di gudang Tanjungbalai Asahan atau kirim ekspedisi
Barang layak jual ±75%, sisanya buat lap atau obral
Kontak: Pak Sitorus 0812xxxx"""),

("post", "invented_code_word", 1, 1, 1, 1,
"""Paket ombak edisi Maret udah bisa dipesan 🌊
Isi 25 potong random: kaos, kemeja, celana, kadang nyelip jaket
Semua ikut ombak dari seberang, udah dikucek dan wangi, tapi tetap ya ini bukan barang toko
Cocok buat yg mau coba jualan di pasar kaget
Harga 275rb/paket, ongkir sesuai kota
Order lewat link di bio, stok cuma 30 paket"""),

("review", "haul_names_seller", 1, 1, 1, 1,
"""Akhirnya nyobain belanja di lapak Bu Sari yang di pojok Pasar Tungging 😍
Dapet 4 kemeja linen cuma 100rb, ada satu yg kancingnya copot tapi gampang dijahit
Ibu nya bilang barangnya dateng per goni tiap Kamis dari pelabuhan, jadi kalau mau yg bagus harus dateng pagi
Recommended buat yang sabar milih2. Lapaknya yang tendanya biru ya, nomor 23"""),

("comment", "pointer_offer", 1, 1, 1, 1,
"""Yang nanya-nanya harga di komen ga akan aku jawab satu-satu ya 🙏
Semua jaket di video ini dari tumpukan kiriman Dumai, kondisi sudah kucek satu-satu
Harga, ukuran, sama minus tiap potong ada di katalog WA
Klik link di bio, nanti admin kirim katalognya"""),

("listing", "logistics_unit_offer", 1, 1, 1, 1,
"""Sprei & Bed Cover Campur Per Goni ±50 kg
Isi sprei, sarung bantal, bed cover, selimut tebal, handuk
Sudah lewat sortir pertama, yang robek & jamuran kami buang
Masih ada noda ringan di sebagian, bisa hilang pakai rendam
Cocok untuk usaha laundry kiloan / jualan ulang
Harga 2,4jt per goni, lokasi gudang Belawan"""),

("post", "regional_flavour_offer", 1, 1, 1, 1,
"""Oi kawan, barang baru sampai di lapak awak di Sambu ni 😎
Jaket jeans, kemeja lengan panjang, sampe topi pun ada
Datang dari kapal Tanjungbalai semalam, masih bau karung kali
Ada yang bolong kecil di kantong, ada yang mulus macam baru, pandai-pandai kelen lah milih
Harga mulai 15 ribu, borong dapat diskon
Pajak buka jam 9, jangan kesiangan kelen"""),

("message", "preorder_route_offer", 1, 1, 1, 1,
"""Open PO titip belanja dari gudang Port Klang 🙋‍♀️
Aku berangkat tanggal 12, pulang tanggal 15 lewat Dumai
Bisa nitip per kilo (55rb/kg udah sampai Pekanbaru) atau minta dicariin item tertentu
Isi gudangnya campur: jaket, dress, celana, tas, sepatu, semua udah pernah dipakai tapi dipilih yang layak
Slot cuma 80 kg, DP 30% ya say
WA 0852xxxx"""),

("profile", "shop_profile", 1, 1, 1, 1,
"""Kios Mbak Lis 🛍️ Pasar Gedebage no. 41
Spesialis blazer & coat wanita pilihan, semua lewat cuci + setrika uap
Barang datang per karung tiap pekan, yang lolos seleksi kami foto & upload di sini
Kondisi ditulis jujur di tiap caption (minus, noda, jahitan)
Pengiriman seluruh Indonesia 🚚 Order: 0813xxxx"""),

("listing", "vintage_year_offer", 1, 1, 1, 1,
"""Kaos Band Metallica Tour 1994 Single Stitch Asli Zaman Dulu
Ukuran XL tapi sudah menyusut jadi L
Sablon retak-retak alami, warna hitam jadi abu pudar
Kerah sedikit melar, ada lubang jarum kecil di bahu
Ditemukan di tumpukan kiriman terakhir, cuma satu ini
Harga 650rb, no nego ya kak, barang langka"""),

("post", "invented_code_word", 1, 1, 1, 1,
"""siapa yang nungguin kiriman "oleh2 tetangga"? 🤭
udah nyampe 6 karung, isinya jaket musim dingin semua, tebel, rata2 masih bersih
puffer, parka, wool coat ada, ukuran dominan L-XL
cocok buat yg mau ke Jepang/Korea liburan atau buat stok jualan
harga satuan 85-250rb, mau per karung chat aku
📍 bisa ambil di Batam Center"""),

("comment", "jakarta_slang_offer", 1, 1, 1, 1,
"""gue ada sih bro celana cargo kayak gitu, kemaren baru keluar dari tumpukan karung yg dari Tanjung Priok
kondisinya 85%, jahitan selangkangan udah dijahit ulang sama gue
size 32, 110rb udah sama ongkir jabodetabek
mau? dm aja, jangan di sini, ntar kena takedown 😅"""),

("listing", "grade_offer", 1, 1, 1, 1,
"""Kemeja Kerja Pria Grade A Lengan Panjang Merk Luar Campur (Isi 100 Pcs)
Paket 100 pcs langsung dari sortiran, harga 2,1jt
Grade A = tanpa noda berat, kerah masih kaku, kancing lengkap
Grade B tersedia 1,3jt / 100 pcs (ada kerah kusam / noda kecil)
Barang asli luar, bukan konveksi lokal
Pengiriman dari gudang Tanjungpinang"""),

("post", "live_sale", 1, 1, 1, 1,
"""Besok jam 4 sore kita live bongkar kardus dari Nunukan ya guys 📦
Isinya sepatu pesanan pelanggan yang kemarin nitip, sisanya kita lelangin di live
Ada Timberland, Dr. Martens, Converse, kondisi ada yang lecet, ada yang 90% mulus
Nomor sepatu 36-44
Yang menang lelang transfer max 2 jam, kalau lewat lanjut ke penawar berikutnya"""),

("message", "pointer_offer", 1, 1, 1, 1,
"""Halo kak, makasih sudah follow 🙏
Kami jualan pakaian dewasa & anak yang datang dari seberang tiap 10 hari
Harga & foto ada di grup WA, link: (minta ke admin)
Semua barang satuan, kondisi layak pakai, minus dijelaskan di foto
Grup dibuka jam 7 malam, yang cepat yang dapat
Admin: 0877xxxx"""),
]
