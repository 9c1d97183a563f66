# Batch 2: more illegal offers without the famous keywords.
RECORDS = [
("post", "regional_code_word", 1, 1, 1, 1, """Baju lelong masuk lagi di kedai kami, Sambas 🙌
Ada kemeja kerja, gaun pesta, jaket tebal buat yang mau merantau ke Jawa.
Semua sudah dijemur & disetrika. Harga 10-50 ribu.
Alamat: depan Pasar Tebas, sebelah bengkel. Buka sore sampai malam"""),
("listing", "logistics_unit_offer", 1, 1, 1, 1, """Sortiran Kaos Oblong Cotton Per Kilo — Siap Jual
Harga 55rb/kg (±5-6 pcs per kg)
Kondisi layak pakai, tidak ada bolong besar, sudah lewat pencucian.
Barang turun dari kontainer Belawan setiap dua minggu.
Min order 10 kg, bisa campur dengan sortiran kemeja."""),
("live", "live_sale_offer", 1, 1, 1, 1, """Yang nunggu sepatu, ini dia 👟 batch Korea baru mendarat
New Balance 990, Asics Gel, Onitsuka — ukuran aku sebut di caption layar ya
Insole udah aku ganti baru, bagian luar disikat. Kondisi 8/10 ke atas
Harga 120-350rb. Ketik nomor sepatu + 'mau'. Pembayaran lewat keranjang kuning"""),
("message", "port_route_offer", 1, 1, 1, 1, """🚨 INFO KEDATANGAN 🚨
Kapal Jumat subuh sudah sandar. Koli jaket wanita & koli selimut tebal ready.
Selimut & bed cover layak pakai, sudah dilaundry, 35rb/lembar atau 1,4jt/koli (50 lbr).
Jaket wanita grade A 2,9jt/koli.
Siapa cepat, yang kemarin sudah DP prioritas. Hubungi admin 0821xxxx"""),
("profile", "market_offer", 1, 1, 1, 1, """Kios Mak Ipah — Pasar Tungging, Pekanbaru
Jual eceran & partai: gamis, tunik, kerudung, baju anak
Barang pilihan dari tumpukan yang baru masuk tiap Selasa
Kondisi masih bagus, harga bersahabat 🤗
Melayani reseller seluruh Riau & Sumbar"""),
("review", "haul_recommendation", 1, 1, 1, 1, """⭐⭐⭐⭐⭐ Belanja di Lapak Guling Biru (Senen) nggak pernah kecewa
Kemarin dapet blazer wool 45rb, kondisi masih kaku, cuma lapisan dalamnya sobek dikit yang dijahit sendiri. Sellernya jujur banget, noda & cacat selalu ditunjukin.
Katanya tiap Kamis ada muatan baru dari pelabuhan, jadi datang pagi biar kebagian yg bagus.
Recommended buat yang suka gaya kantor klasik!"""),
("comment", "seller_comment", 1, 1, 1, 1, """Yang kemeja hitam masih kak, 35rb aja karena ada jahitan lepas di saku.
Semua barang aku dari koli Batam ya kak, jadi satu model cuma satu.
Kalau mau aku videoin dulu sebelum transfer, tinggal chat"""),
("post", "port_route_offer", 1, 1, 1, 1, """🧥🧥🧥 MUSIM HUJAN DATANG, JAKET SIAP 🧥🧥🧥
Puluhan windbreaker & parka baru aja keluar dari goni tadi pagi 🌧️
✔️ udah dicuci ✔️ resleting aman ✔️ minus difoto
💸 mulai 40k
📍 lapak kami di Pasar Kodim Pekanbaru / bisa kirim
#jaketmurah #windbreaker #parka #pekanbaru"""),
("listing", "condition_word_offer", 1, 1, 1, 1, """Mantel Panjang Wol Wanita Eropa Size 38 — Warna Camel
Kondisi 8/10: bulu-bulu kecil (pilling) di ketiak, kancing lengkap.
Dipilih dari gulungan kiriman Jerman minggu ini, label jahitan masih terbaca.
Harga Rp 210.000. Cocok buat ke Jepang/Korea musim dingin."""),
("message", "port_route_offer", 1, 1, 1, 1, """ready kak: 1 krg jkt mix 3,5jt, 1/2 krg 1,8jt
kondisi rata2 8/10, ad yg minus dikit
brg dtg dr dumai selasa kmrn
ongkir ke jawa via kargo laut ±6 hr
mau ambil brp kak?"""),
("live", "live_sale_offer", 1, 1, 1, 1, """Sesi tas & syal malam ini 👜🧣 semua dari muatan seberang, dipilih satu-satu sama aku
Tas kulit asli, bagian dalam ada noda pulpen dikit — 120rb
Syal kasmir, label udah pudar, lembut banget — 45rb
Tas ransel outdoor, tali masih kuat — 75rb
Ketik kode di layar ya, A1 sampai A12"""),
("article", "advertorial_offer", 1, 1, 1, 1, """Tempat Belanja Jaket Murah di Batam yang Wajib Dikunjungi
Jika Anda berkunjung ke Batam, sempatkan mampir ke Toko Angin Utara di kawasan Jodoh. Toko ini setiap minggu membuka ikatan pakaian dari kapal yang merapat di pelabuhan rakyat.
Koleksinya didominasi jaket musim dingin, sweater, dan sepatu boots. Semua barang sudah pernah dipakai namun dipilih yang masih prima.
Harga mulai Rp 30 ribu. Pemilik juga melayani pembelian per karung untuk pedagang dari Jawa dan Sumatra.
Jam buka: 10.00–22.00 WIB."""),
("post", "invented_code_word", 1, 1, 1, 1, """H-1 buka tali 🎁
Besok jam 10 pagi kita buka 5 ikat langsung di lapak, first come first serve
Kemarin intip sekilas: ada leather jacket, varsity, sama kemeja Hawaii 🌺
Harga pas buka tali diskon 20%. Lokasi Gedebage, lorong sebelah mushola
Yang luar kota pantau IG story, nanti aku spill satu-satu"""),
("listing", "logistics_unit_offer", 1, 1, 1, 1, """Gendongan Bayi & Baju Bayi Campur — 1 Karung Kecil (± 15 kg)
Isi: jumper, bodysuit, topi, kaos kaki, 2-3 gendongan ransel.
Layak pakai, sudah dicuci air panas. Beberapa ada noda susu samar.
Asal kiriman Tawau lewat Nunukan. 850rb/karung kecil.
Bisa ecer di toko: Jl. Pelabuhan Nunukan (tanya Bu Sari)"""),
("comment", "seller_comment", 1, 1, 1, 1, """@andre.k.92 bisa bang, nanti malam aku keluarin yang ukuran XXL semua.
Barang fresh dari goni Rabu, banyak kemeja flanel sama jaket gunung.
Nonton live jam 8 ya bang, aku sebut nama abang biar dapet duluan 🙏"""),
("message", "wholesale_reseller_offer", 1, 1, 1, 1, """Selamat sore Kak, ini katalog distribusi kami bulan ini 📑
• Kemeja pria grade A — 125 pcs/koli — 3,75jt
• Celana pendek campur — 200 pcs/koli — 2,6jt
• Jaket kulit pilihan — 40 pcs/koli — 7,2jt
• Sweater rajut wanita — 150 pcs/koli — 3,9jt
Stok di gudang Tanjungpinang, bisa kirim kapal Pelni ke Jakarta/Surabaya.
Barang pernah pakai tapi terseleksi, foto sampel per koli tersedia."""),
("post", "market_offer", 1, 1, 1, 1, """Bro sis, gue baru nemu harta karun di tumpukan minggu ini 😭
Varsity jacket 80an, wool-nya masih tebel, cuma kancing satu ganti. Size L.
Gue lepas 400 aja deh, udah pasaran segitu.
Yang lain masih banyak, dateng aja ke lapak gue di Senen blok 5, bilang temennya Boy
Atau DM, gue kirim video"""),
("live", "live_sale_offer", 1, 1, 1, 1, """Bunda-bunda 🤱 malam ini sesi baju anak yaa
Semua dari karung kiriman kapal, sudah direndam & cuci dua kali
Dress anak 10rb, jaket anak 20rb, sepatu anak 25rb
Yang ada minus aku taruh di keranjang 5rb, masih layak pakai kok
Ketik 'bunda' + kode barang ya"""),
("listing", "logistics_unit_offer", 1, 1, 1, 1, """Grosir Seragam Kerja Coverall & Wearpack Campur — Per Ikat 25 pcs
Cocok untuk bengkel, tambang, kebun. Ada logo perusahaan luar, bordir nama pemakai lama.
Kondisi layak pakai, sebagian ada noda oli yang sudah tidak bisa hilang.
Asal dari gudang transit Belawan. Rp 750rb/ikat.
Bisa kirim ke Kalimantan & Sulawesi."""),
("message", "condition_word_offer", 1, 1, 1, 1, """Kak Nisa, mantel yang kemarin kakak tanya udah aku cuci ya 🤍
Ternyata ada noda kecil di bagian bawah, jadi aku turunin harga ke 95rb.
Itu dari gulungan yg nyebrang lewat Entikong minggu lalu, modelnya cuma satu.
Kalau jadi, transfer ke rek yang kemarin, aku kirim besok pagi"""),
("post", "regional_code_word", 1, 1, 1, 1, """Baju Batam masuk Lampung lagi nih 🙌
Lapak Kak Yuni di Pasar Bambu Kuning, buka tiap sore
Kemeja, rok, celana kain buat kerja kantoran, harga 15-35rb
Sebagian ada yang masih kaku kayak jarang dipake, sebagian kelihatan dipakai, harga beda ya
Borong 10 potong gratis kantong 😄"""),
("review", "haul_recommendation", 1, 1, 1, 1, """Review jujur beli per kilo di @gudangkain.mks 🧐
Ambil 10 kg kemeja campur, 650rb. Dari 58 potong, 50 layak jual, 8 harus dijahit/ada noda.
Menurut aku worth it buat pemula. Pengiriman cepat dari Parepare, dikarungin rapi.
Adminnya responsif, katanya barang masuk tiap ada kapal dari utara. Aku bakal repeat order!"""),
("profile", "shop_profile", 1, 1, 1, 1, """🧺 Ibu Ranjang Tiga | grosir & ecer
Selimut, sprei, handuk, gorden — pilihan dari tumpukan kiriman laut
Dicuci ulang, dijemur matahari ☀️
Live tiap malam 19.30 WITA
📍 Tawau–Nunukan–Tarakan | kirim seluruh Kaltara"""),
("live", "live_sale_offer", 1, 1, 1, 1, """Jersey bola ori masuk guys ⚽ bukan KW, ini dari karung jersey klub luar
Ada nama punggung pemain sekolah sana, ada noda rumput dikit 😂
25rb per jersey, ambil 5 jadi 100rb
Cocok buat futsal kantor. Ketik nomor jersey yang di layar"""),
("listing", "condition_word_offer", 1, 1, 1, 1, """Jaket Kulit Domba Asli Pria Size 50 Eropa — Model Biker
Kulit sudah 'hidup', ada retak halus di siku (foto 3), lapisan dalam utuh.
Pilihan dari koli jaket kulit yang masuk lewat Tanjungbalai bulan ini.
Harga Rp 480.000. Garansi keaslian kulit, uang kembali kalau sintetis."""),
("message", "wholesale_reseller_offer", 1, 1, 1, 1, """Pengumuman grup 📣
Drop malam ini jam 20.00 isinya 40 kemeja linen & 25 celana kulot dari kiriman kapal terakhir.
Kondisi sudah aku tulis di tiap foto: 'mulus', 'noda samar', atau 'perlu jahit'.
Harga 25-60rb. Bayar maksimal jam 22.00, lewat itu aku lempar ke yang antre.
Pengiriman Senin dari Makassar"""),
("post", "port_route_offer", 1, 1, 1, 1, """Ralph Lauren, Tommy, Lacoste... semuanya nongol dari satu goni 😳
Kemeja polo ini kondisinya masih 9/10, warnanya sedikit pudar karena umur.
Harga satuan 45rb, ada 30-an pcs.
📦 kirim dari Tanjungpinang, aman terbungkus plastik
DM / WA untuk list ukuran #polomurah #kemejabranded"""),
("comment", "port_route_offer", 1, 1, 1, 1, """Stok yang di video udah habis kak 🙏
Tapi besok ada buka ikat lagi, kiriman dari Dumai udah di jalan.
Aku kabarin lewat story ya, biasanya banyak jaket denim sama sweater"""),
("listing", "logistics_unit_offer", 1, 1, 1, 1, """Bed Cover & Selimut Tebal Per Koli — Isi 40 Lembar Campur Ukuran
Kondisi masih hangat & tebal, ada sebagian yang pudar warna.
Semua sudah melewati laundry kiloan sebelum dikemas.
Barang masuk dari jalur Entikong. Harga 1,6jt/koli, ecer 50rb/lembar.
Bisa ambil di gudang Sanggau atau kirim ke Pontianak."""),
("post", "port_route_offer", 1, 1, 1, 1, """buka lapak online lagi nih, stok baru dari kiriman laut 🚢
kemeja oversize 40an
rok plisket 35an
cardigan rajut 45an
semua udah kucuci & setrika, ada minus kecil di beberapa (kucatat)
link katalog di bio, rt biar rejeki kita berdua 🥺"""),
("live", "regional_code_word", 1, 1, 1, 1, """Live lagi dari lapak roma Pasar Tanjung Pinang 👋
Yang baru join, barang kita pilihan dari ikatan yang datang tiap minggu, ga ada yang dari pabrik
Ini gamis panjang, bahan jatuh, cuma ada noda kecil di ujung — 30rb
Ini blouse sifon — 20rb. Gas ketik 'roma' + nomor"""),
("message", "wholesale_reseller_offer", 1, 1, 1, 1, """Mau usaha modal 2 juta? 💡
Kami sediakan paket 60 pcs kemeja & kaos pilihan (layak pakai, sudah dicuci), dari kontainer yang masuk lewat Belawan.
Reseller dapat foto katalog + caption siap posting.
Rata-rata reseller kami jual 50-80rb per pcs.
Chat admin Dani 0877xxxx untuk daftar"""),
("article", "advertorial_offer", 1, 1, 1, 1, """Jalan-Jalan ke Pasar Senggol: Lapak Favorit Mahasiswa Parepare
Setiap sore, lapak milik Daeng Sitti di ujung Pasar Senggol dipenuhi mahasiswa. Ia membuka karung putih berisi pakaian yang baru tiba dengan kapal, lalu menggantung yang paling bagus.
'Yang digantung harganya 35 ribu, yang di terpal 10 ribu,' katanya sambil tertawa.
Kemeja flanel dan jaket jeans jadi yang paling cepat habis.
Lapak buka pukul 16.00 dan biasanya ramai hingga pukul 22.00. Mampir ya!"""),
]
