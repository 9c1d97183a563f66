from common import R

RECORDS = [
# F17 listing: sepatu per karung vs karung beras
R(17, "listing", "twin_offer_quiet", 1, 1, 1, 1, """
Sepatu campur per karung, isi 40-50 pasang
Karungan baru sandar di Dumai minggu lalu, belum dibuka sama sekali, untung-untungan isinya.
Harga 3,5jt/karung, ambil di gudang Pekanbaru atau kirim pakai truk ekspedisi.
Serius aja yang chat, no PHP.
"""),
R(17, "listing", "hn_twin_not_clothing", 1, 1, 0, 1, """
Sparepart motor bekas campur per karung, isi 40-50 biji
Karungan baru sandar di Dumai minggu lalu, copotan motor Malaysia: karbu, lampu, spion, blok gear. Belum dibuka sama sekali, untung-untungan isinya.
Harga 3,5jt/karung, ambil di gudang Pekanbaru atau kirim pakai truk ekspedisi.
Serius aja yang chat, no PHP.
"""),

# F18 post: preloved gaining karungan Batam
R(18, "post", "hn_twin_own_wardrobe", 1, 1, 1, 0, """
Preloved dress kondangan, dipakai cuma sekali waktu nikahan sepupu 💐
Warna sage, size M, panjang 125 cm. Beli di butik Bintaro, aku lepas 180rb.
Alasan jual: lemari penuh dan aku gak mungkin pakai warna ini lagi ke acara keluarga yg sama 😅
Minat DM, bisa COD Bintaro sektor 9.
"""),
R(18, "post", "twin_offer_quiet", 1, 1, 1, 1, """
Dress kondangan second, kondisi kayak baru 💐
Warna sage, size M, panjang 125 cm. Dapet dari karungan Batam yang masuk kemarin, aku pilihin yg paling mulus, lepas 180rb.
Masih ada 6 dress lain warna pastel, nanti aku upload di highlight ya 😅
Minat DM, bisa COD Bintaro sektor 9.
"""),

# F19 message: WA group broadcast, grade B per kilo vs denial
R(19, "message", "twin_offer_quiet", 1, 1, 1, 1, """
*INFO STOK HARI INI*
Kaos anak grade B, per kilo 45rb, minimal 10 kilo.
Celana pendek anak grade A, per kilo 70rb.
Yang sudah transfer kemarin, barang dikirim siang ini dari gudang Medan.
Yang mau ikut next batch, list di bawah ya 👇
1. Bu Rani (Binjai) - kaos 20 kg
2. Kak Lisbet (Siantar) - celana 10 kg
3. 
Catatan: barang campur, tidak bisa pilih motif/merk. Komplain hanya untuk selisih timbangan, wajib video unboxing.
Ongkir ditanggung pembeli, bisa pakai kargo langganan masing-masing.
"""),
R(19, "message", "hn_twin_local_source", 1, 1, 1, 0, """
*INFO STOK HARI INI*
Kaos anak layak pakai dari donatur warga Medan Tembung, per kilo 15rb, minimal 5 kilo.
Bukan barang bal ya, ini hasil kumpul-kumpul dari rumah ke rumah, dijual murah buat kas PAUD kami.
Yang sudah transfer kemarin, barang dikirim siang ini.
Yang mau ikut, list di bawah ya 👇
1. Bu Rani (Binjai) - kaos 20 kg
2. Kak Lisbet (Siantar) - kaos 10 kg
3. 
Catatan: barang campur, tidak bisa pilih motif/merk. Komplain hanya untuk selisih timbangan, wajib video unboxing.
Ongkir ditanggung pembeli, terima kasih sudah bantu PAUD kami.
"""),

# F20 review: product review naming seller vs complaint
R(20, "review", "twin_offer_loud", 1, 1, 1, 1, """
Recommended seller! Toko "Bal Bekasi Jaya" di Shopee jual thrift ex Jepang per pcs, aku beli kemeja linen 55rb.
Paket rapi, barang sudah disemprot parfum, gak bau gudang.
Yang cari kemeja adem buat kerja, cek tokonya deh, tiap Senin restock.
"""),
R(20, "review", "hn_twin_complaint", 0, 1, 1, 1, """
Kecewa sama toko "Bal Bekasi Jaya" di Shopee, katanya thrift ex Jepang per pcs, aku beli kemeja linen 55rb.
Datang bau apek, ada bercak kuning di ketiak, gak sesuai foto. Chat gak dibales 3 hari.
Hati-hati ya buat yang mau beli di sana, saya sudah ajukan komplain ke platform.
"""),

# F21 post: Bandung thrift shop, loud vs new thrift style
R(21, "post", "twin_offer_loud", 1, 1, 1, 1, """
Thrift shop Bandung paling lengkap 🤍 buka lagi habis libur!
Vintage tee, kemeja, knitwear, semuanya bekas impor pilihan, dicuci & disetrika.
Mulai 30rb. Jl. Cihampelas bawah, samping warung kopi.
Yang belum pernah mampir, bawa temen ya, beli 3 gratis totebag 🛍️
#thriftbandung #vintagetee #secondhandstyle
"""),
R(21, "post", "hn_twin_new_thrift_style", 1, 0, 1, 0, """
Toko baju ala thrift di Bandung 🤍 buka lagi habis libur!
Vintage tee, kemeja, knitwear, semuanya jahitan baru kami sendiri di Bandung, bahan sengaja dibikin faded biar ada vibe thrift-nya.
Mulai 30rb. Jl. Cihampelas bawah, samping warung kopi.
Beli 3 gratis totebag 🛍️
#thriftlook #vintagestyle #lokalbandung
"""),
R(21, "post", "hn_twin_imported_new", 1, 0, 1, 1, """
Toko baju impor Bandung 🤍 buka lagi habis libur!
Tee, kemeja, knitwear, semuanya baru impor Korea, masih tag lengkap, bukan bekas.
Mulai 30rb. Jl. Cihampelas bawah, samping warung kopi.
Beli 3 gratis totebag 🛍️
#bajuimporbandung #koreanstyle #newarrival
"""),

# F22 listing: used phones per kilo vs used clothes per kilo
R(22, "listing", "hn_twin_not_clothing", 1, 1, 0, 1, """
HP bekas ex Hongkong per kilo, bahan kanibal / sparepart
Isi campur merk, mati total & setengah hidup, tanpa charger.
1 kilo kira-kira 7-9 unit. Harga 900rb/kg, minimal 5 kg.
Lokasi Batam Center, kirim via kargo ke seluruh Indonesia.
"""),
R(22, "listing", "twin_offer_quiet", 1, 1, 1, 1, """
Kaus kaki & sarung tangan ex Hongkong per kilo
Isi campur merk, ada yang masih bagus, ada yang perlu dicuci ulang.
1 kilo kira-kira 25-30 pasang. Harga 90rb/kg, minimal 5 kg.
Lokasi Batam Center, kirim via kargo ke seluruh Indonesia.
"""),

# F23 live: Medan monza vs new
R(23, "live", "twin_offer_regional_word", 1, 1, 1, 1, """
Horas kawan! Live malam ini khusus kemeja monza ya, baru kubongkar tadi sore.
Yang lengan panjang 35rb, lengan pendek 25rb, yang ada merk ternama 50rb.
Ketik kode di layar, misal M12, admin langsung catat. Pengiriman dari Medan tiap Selasa & Jumat.
"""),
R(23, "live", "hn_twin_new_goods", 1, 0, 1, 1, """
Horas kawan! Live malam ini khusus kemeja baru impor Bangkok ya, baru kubongkar dari kardus tadi sore.
Yang lengan panjang 35rb, lengan pendek 25rb, yang motif premium 50rb. Masih segel semua.
Ketik kode di layar, misal M12, admin langsung catat. Pengiriman dari Medan tiap Selasa & Jumat.
"""),

# F24 article: opinion piece
R(24, "article", "hn_twin_opinion", 0, 1, 1, 1, """
Opini: Larangan balpres tak akan berhasil kalau jalur Tanjungbalai dibiarkan terbuka.
Selama karung pakaian bekas dari Malaysia masih bisa masuk dengan kapal kecil malam hari, pedagang di Pajak Melati akan tetap punya stok.
Pemerintah perlu mengurus hulunya, bukan hanya merazia lapak kecil di Medan.
"""),
R(24, "message", "twin_offer_quiet", 1, 1, 1, 1, """
Bang, stok dari Tanjungbalai udah sampai tadi subuh.
Karung jaket 2, karung celana jeans 3, masih segel dari sana. Kalau Abang mau ambil buat lapak di Pajak Melati, kukasih harga lama.
Kabari malam ini ya, besok pagi udah ada yang mau ambil.
"""),

# F25 post: church bazaar vs cakar
R(25, "post", "hn_twin_church_bazaar", 1, 1, 1, 0, """
📣 Bazar Kasih Jemaat GPIB, Sabtu 14.00-17.00 di aula gereja
Tersedia pakaian layak pakai sumbangan jemaat: kemeja, rok, baju anak, sepatu. Harga 5rb-25rb.
Seluruh hasil penjualan untuk beasiswa anak sekolah minggu.
Ajak keluarga dan tetangga ya, Tuhan memberkati 🙏
"""),
R(25, "post", "twin_offer_regional_word", 1, 1, 1, 1, """
📣 Obral cakar Sabtu 14.00-17.00 di lapak kami depan Pasar Butung
Tersedia kemeja, rok, baju anak, sepatu, baru buka karung tadi pagi. Harga 5rb-25rb.
Beli 10 potong bonus 1 tas belanja.
Ajak keluarga dan tetangga ya, ditunggu 🙏
"""),

# F26 comment: reply recommending handle vs question
R(26, "comment", "twin_offer_loud", 1, 1, 1, 1, """
Cari jaket gunung bekas impor? Cobain @outdoor.sekenbdg, dia ambil dari bal Jepang, The North Face sama Columbia sering nyangkut.
Aku udah 3x order, aman, harga 150-250rb. Bilang aja tau dari aku biar dapet diskon 😆
"""),
R(26, "comment", "hn_twin_buyer_question", 0, 1, 1, 1, """
Cari jaket gunung bekas impor di mana ya guys? Katanya banyak yang dari bal Jepang, The North Face sama Columbia sering nyangkut.
Budget aku 150-250rb. Ada yang punya pengalaman? Takutnya dapet yang palsu atau bau 😆
"""),

# F27 listing: sack of jute sacks
R(27, "listing", "hn_twin_not_clothing", 1, 1, 0, 1, """
Karung goni bekas ex India, kondisi 80%
Bekas wadah kopi & kakao, masih kuat, cocok buat karung pasir atau dekorasi kafe.
Harga 6rb/lembar, per bal isi 100 lembar 550rb.
Gudang Belawan, bisa kirim ke Medan kota.
"""),
R(27, "listing", "twin_offer_loud", 1, 1, 1, 1, """
Kemeja kerja ex India, kondisi 80%
Masih kuat, kerah rapi, cocok buat seragam kerja lapangan atau dijual ulang.
Harga 6rb/lembar, per bal isi 100 lembar 550rb.
Gudang Belawan, bisa kirim ke Medan kota.
"""),

# F28 post: haul -> recommendation
R(28, "post", "hn_twin_haul_no_seller", 0, 1, 1, 1, """
Akhirnya nemu juga kulot linen impian di tumpukan baju roma 😭
Cuma 15rb, jahitan masih rapi, labelnya tulisan Jepang semua.
Pulang langsung rendam air panas + sabun, sekarang udah wangi.
Kadang sabar bongkar tumpukan itu hasilnya worth it banget ✨
"""),
R(28, "post", "twin_offer_regional_word", 1, 1, 1, 1, """
Akhirnya nemu juga kulot linen impian di tumpukan baju roma 😭
Cuma 15rb, jahitan masih rapi, labelnya tulisan Jepang semua.
Yang mau berburu juga, lapaknya Bu Tini di Pasar Kodim, dia bongkar karung tiap Rabu pagi, bilang aja kenal aku ✨
"""),
R(28, "post", "hn_twin_own_purchase", 0, 1, 1, 0, """
Akhirnya nemu juga kulot linen impian di lemari almarhumah nenek 😭
Jahitan masih rapi, dulu beliau jahit sendiri di penjahit langganan di Padang.
Pulang langsung rendam air panas + sabun, sekarang udah wangi dan aku pakai ke kantor.
Kadang barang lama hasilnya worth it banget ✨
"""),

# F29 message: jastip Singapore new vs used
R(29, "message", "hn_twin_new_goods", 1, 0, 1, 1, """
JASTIP SINGAPORE 12-15 Juni ✈️
Bisa titip Uniqlo, Charles & Keith, Pedro, Cotton On. Semua barang baru dari toko, struk dilampirkan.
Fee 10% dari harga, minimal 50rb. DP 50% saat order.
Close order 11 Juni, barang sampai Jakarta kira-kira 20 Juni.
"""),
R(29, "message", "twin_offer_loud", 1, 1, 1, 1, """
JASTIP SINGAPORE 12-15 Juni ✈️
Aku mampir ke thrift store & secondhand shop di Bugis, bisa titip jaket, tas bekas bermerk, sepatu preloved.
Fee 10% dari harga, minimal 50rb. DP 50% saat order.
Close order 11 Juni, barang sampai Jakarta kira-kira 20 Juni.
"""),

# F30 article vs listing: Kebon Kalapa
R(30, "article", "hn_twin_news", 0, 1, 1, 1, """
Sejumlah lapak di Pasar Kebon Kalapa, Bandung, masih menjual pakaian bekas dari luar negeri meski sudah ada imbauan penghentian.
Pedagang beralasan stok lama masih menumpuk dan belum ada alternatif usaha.
Dinas perdagangan setempat berencana mendata pedagang untuk program alih usaha.
"""),
R(30, "listing", "twin_offer_quiet", 1, 1, 1, 1, """
Celana jeans & chino, ambil langsung dari lapak Kebon Kalapa
Size 28-36, kondisi 85-95%, semua sudah dicuci. Harga 40rb, 3 pcs 110rb.
Stok lama tapi masih banyak yang bagus, foto real pick.
Kirim dari Bandung, JNE/J&T.
"""),

# F31 post: school clothing new PO vs second
R(31, "post", "hn_twin_new_goods", 1, 0, 1, 0, """
PO seragam olahraga & batik sekolah 🏫
Jahit di konveksi langganan di Pekalongan, bahan lotto & katun primis, ukuran S-XXL.
Harga 75rb/stel, DP 50%. Close PO tgl 20, jadi 2 minggu.
Pesan lewat wali kelas masing-masing ya bapak ibu.
"""),
R(31, "post", "hn_twin_school_bazaar", 1, 1, 1, 0, """
Pasar murah seragam bekas layak pakai 🏫
Seragam olahraga & batik sekolah dari kakak kelas yang sudah lulus, dicuci bersih, ukuran S-XXL.
Harga 15rb/stel, uang masuk ke kas komite.
Datang ke ruang koperasi hari Jumat jam istirahat ya bapak ibu.
"""),

# F32 live: TikTok live
R(32, "live", "twin_offer_quiet", 1, 1, 1, 1, """
Kak yang baru masuk, ini tas-tas ex Korea ya, ada bekas pemakaian dikit di sudut, aku tunjukin satu-satu di kamera.
Yang ini Samsonite ransel, 175rb. Yang ini totebag kanvas, 45rb.
Klik keranjang nomor 7 buat yang Samsonite. Stok cuma satu, rebutan ya kak!
"""),
R(32, "live", "hn_twin_new_goods", 1, 0, 1, 1, """
Kak yang baru masuk, ini tas-tas ex Korea ya, baru semua, masih ada plastik & silica gel-nya, aku tunjukin satu-satu di kamera.
Yang ini ransel laptop, 175rb. Yang ini totebag kanvas, 45rb.
Klik keranjang nomor 7 buat yang ransel. Stok cuma satu, rebutan ya kak!
"""),
]
