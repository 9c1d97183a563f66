from common import R

RECORDS = [
# F33 listing: kardus bekas per bal vs baju
R(33, "listing", "hn_twin_not_clothing", 1, 1, 0, 1, """
Kardus bekas impor per bal 📦
Ex kemasan elektronik dari Jepang, sudah dipres rapi, berat 300-400 kg per bal.
Cocok untuk pabrik kertas daur ulang. Harga per kg, tanya langsung.
Ambil di Cilincing, truk bisa masuk.
"""),
R(33, "listing", "twin_offer_loud", 1, 1, 1, 1, """
Sweater & cardigan per bal 🧶
Ex musim dingin Jepang, sudah dipres rapi, berat ±100 kg per bal, isi kira-kira 250 potong.
Cocok untuk yang mau buka lapak menjelang musim hujan. Harga tanya langsung.
Ambil di Cilincing, mobil box bisa masuk.
"""),

# F34 post: upcycle local vs import
R(34, "post", "twin_offer_loud", 1, 1, 1, 1, """
Drop baru! 12 jaket denim thrift impor, semuanya kami pilih satu-satu dari karung Korea 💙
Ada yang oversized, ada yang cropped. Harga 120rb-180rb.
Yang mau keep, komen "KEEP + nomor" ya. Pembayaran max 1x24 jam.
#thriftdenim #jaketdenim #thriftshopsby
"""),
R(34, "post", "hn_twin_local_upcycle", 1, 1, 1, 0, """
Drop baru! 12 jaket denim rework, dibuat dari jeans bekas yang disumbangkan pelanggan kami di Surabaya 💙
Dipotong, disambung, dan dibordir ulang di workshop sendiri. Harga 120rb-180rb.
Yang mau keep, komen "KEEP + nomor" ya. Pembayaran max 1x24 jam.
#reworkdenim #slowfashion #upcyclesby
"""),

# F35 message: supplier bale grades vs paper
R(35, "message", "twin_offer_loud", 1, 1, 1, 1, """
Pak, ini daftar harga minggu ini ya:
- Campur grade S: 6,5jt/bal
- Campur grade A: 5jt/bal
- Anak-anak grade B: 3,8jt/bal
Isi pakaian sudah sortir dari gudang. Yang mau pesan, DP 30% dulu, sisanya pas barang sampai.
"""),
R(35, "message", "hn_twin_not_clothing", 1, 1, 0, 1, """
Pak, ini daftar harga minggu ini ya:
- Kertas HVS bekas grade S: 6,5jt/bal
- Koran bekas grade A: 5jt/bal
- Campur grade B: 3,8jt/bal
Semua kertas impor ex Australia, sudah sortir dari gudang. Yang mau pesan, DP 30% dulu, sisanya pas barang sampai.
"""),

# F36 comment: reply seller stopped
R(36, "comment", "hn_twin_refuses", 0, 1, 1, 1, """
Maaf kak, aku udah gak jual baju Batam lagi sejak Maret 🙏
Dulu memang ambil karungan dari Batam, tapi sekarang takut kena razia dan emang dilarang.
Sisa stok udah aku sumbangin ke panti. Semoga dapet di tempat lain ya kak.
"""),
R(36, "comment", "twin_offer_regional_word", 1, 1, 1, 1, """
Masih kak, baju Batam masih jalan terus kok 🙏
Karungan dari Batam baru masuk Senin, kemeja & blus 35rb, jaket 70rb.
Langsung order lewat WA yang di bio aja ya kak, biar gak kelewat.
"""),

# F37 profile: Pontianak shop vs own clearance
R(37, "profile", "twin_offer_regional_word", 1, 1, 1, 1, """
Kedai Lelong Kak Yanti 🌸
Baju, tas, kasut lelong pilihan terus dari Kuching, tiap Kamis ade barang baru bongkar.
Jl. Gajah Mada Pontianak | buka 09.00-21.00
Pesan antar sekitar kota, WA 0812xxxx
"""),
R(37, "profile", "hn_twin_imported_new", 1, 0, 1, 1, """
Kedai Kak Yanti 🌸
Baju, tas, kasut baru terus dari Kuching, tiap Kamis ade barang baru bongkar dari kardus, semue masih bertag.
Jl. Gajah Mada Pontianak | buka 09.00-21.00
Pesan antar sekitar kota, WA 0812xxxx
"""),

# F38 listing: kids clothes hand-me-down vs sortiran
R(38, "listing", "hn_twin_family_clearout", 1, 1, 1, 0, """
Paket baju bayi 0-6 bulan, 25 potong 👶
Bekas anak pertama & kedua kami, dipakai bergantian, semua dicuci dan disetrika.
Isi: jumper, kaos dalam, celana panjang, bedong. Beli di Mothercare & Carter's toko Jakarta dulu.
Harga 150rb sepaket, tidak dijual satuan. COD Ciputat.
"""),
R(38, "listing", "twin_offer_quiet", 1, 1, 1, 1, """
Paket baju bayi 0-6 bulan, 25 potong 👶
Hasil sortiran, pilihan yang masih bersih dari kiriman Singapura minggu ini.
Isi: jumper, kaos dalam, celana panjang, bedong. Banyak label Mothercare & Carter's.
Harga 150rb sepaket, tidak dijual satuan. COD Ciputat.
"""),

# F39 article news vs live caught quote
R(39, "article", "hn_twin_news", 0, 1, 1, 1, """
Penjual pakaian bekas impor lewat siaran langsung di media sosial kini jadi sorotan.
Dalam satu siaran, penjual bisa membuka beberapa karung sekaligus dan menjual ratusan potong dalam hitungan jam.
Kementerian Perdagangan meminta platform menurunkan konten yang menawarkan barang yang dilarang masuk tersebut.
"""),
R(39, "live", "twin_offer_loud", 1, 1, 1, 1, """
Bismillah, live ketiga hari ini! Kita buka tiga karung sekaligus ya guys, semua pakaian bekas impor.
Kaos 20rb, kemeja 30rb, jaket 60rb. Ratusan potong, pokoknya sampai habis.
Yang udah checkout tolong screenshot, nanti dicek admin satu-satu.
"""),

# F40 post: Tanjungpinang sepatu vs new
R(40, "post", "twin_offer_quiet", 1, 1, 1, 1, """
Sepatu kantor wanita, sisa sortiran kiriman Tanjungpinang 👠
Pantofel, flat shoes, slip on. Ukuran 36-40. Ada bekas pemakaian ringan di sol, atas masih mulus.
Harga 50rb, 2 pasang 90rb. Ready di Bekasi Timur, bisa kurir instan.
"""),
R(40, "post", "hn_twin_new_goods", 1, 0, 1, 1, """
Sepatu kantor wanita, stok baru kiriman Tanjungpinang, pabrikan Vietnam 👠
Pantofel, flat shoes, slip on. Ukuran 36-40. Baru semua, sol masih bersih, lengkap dengan dus.
Harga 50rb, 2 pasang 90rb. Ready di Bekasi Timur, bisa kurir instan.
"""),

# F41 message: family WA, hand-me-down swap vs seller
R(41, "message", "hn_twin_giveaway", 0, 1, 1, 1, """
Buat keluarga besar, aku punya 1 karung baju bekas yang dulu dibeli borongan dari Pasar Senen pas mau buka lapak, gak jadi dibuka.
Isinya kemeja & kaos dewasa. Gratis, siapa yang butuh ambil aja di rumah Cibubur.
Daripada numpuk di gudang 🙏
"""),
R(41, "message", "twin_offer_quiet", 1, 1, 1, 1, """
Buat yang lagi cari stok, aku punya 1 karung baju dari Pasar Senen, belum dibuka sama sekali.
Isinya kemeja & kaos dewasa. Aku lepas 2,5jt, ambil di rumah Cibubur.
Daripada numpuk di gudang 🙏
"""),

# F42 listing: used trains? no: used motorbike import vs jacket
R(42, "listing", "hn_twin_not_clothing", 1, 1, 0, 1, """
Lampu & spion motor bekas ex Jepang, kondisi campur 🏍️
Datang per kontainer dari Osaka, dijual per 10 biji.
Lampu depan 450rb/10 biji, spion 200rb/10 pasang.
Toko di Jl. Pangeran Jayakarta, buka Senin-Sabtu.
"""),
R(42, "listing", "twin_offer_quiet", 1, 1, 1, 1, """
Jaket kulit & jaket motor bekas ex Jepang, kondisi campur 🏍️
Datang per kontainer dari Osaka, dijual per 10 potong.
Jaket kulit 450rb/10 potong, rompi 200rb/10 potong.
Toko di Jl. Pangeran Jayakarta, buka Senin-Sabtu.
"""),

# F43 post: Gedebage haul with seller vs guideline
R(43, "post", "hn_twin_guideline", 0, 1, 1, 1, """
📌 Aturan grup jual-beli kampus:
Dilarang posting jualan baju bal, thrift impor, atau barang dari karungan luar negeri. Itu melanggar Permendag.
Boleh jual preloved milik pribadi asal jujur kondisinya.
Postingan yang melanggar akan dihapus admin tanpa pemberitahuan.
"""),
R(43, "post", "twin_offer_loud", 1, 1, 1, 1, """
📌 Open PO mingguan!
Aku ambil baju bal & thrift impor dari karungan luar negeri di Gedebage, bisa request jenis: flanel, hoodie, cargo.
Jujur kondisi, kalau ada cacat aku foto dulu.
Close order tiap Kamis, kirim Sabtu. Japri aja ya.
"""),

# F44 review: tailor alteration vs purchase
R(44, "review", "hn_twin_local_consignment", 1, 1, 1, 0, """
Mau review lapak titipan Pak Mul di Pasar Baru Bekasi ⭐⭐⭐⭐
Isinya kemeja bekas titipan warga sekitar sini, bukan barang karungan. Aku beli 5 yang kerahnya masih kaku, 25rb per kemeja.
Sayang lapaknya sempit, antre milih lama. Tapi worth it, langsung aja ke sana tiap Selasa.
"""),
R(44, "review", "twin_offer_quiet", 1, 1, 1, 1, """
Mau review lapak Pak Mul di Pasar Baru Bekasi ⭐⭐⭐⭐
Aku beli 5 kemeja dari karungan Taiwan yang baru dia buka, pilih yang kerahnya masih kaku. 25rb per kemeja.
Sayang lapaknya sempit, antre milih lama. Tapi worth it, langsung aja ke sana tiap Selasa.
"""),

# F45 message: Nunukan Tawau route
R(45, "message", "twin_offer_quiet", 1, 1, 1, 1, """
Selamat pagi bos, barang dari Tawau sudah lewat Nunukan, besok sampai Tarakan.
Isinya 8 karung celana panjang & kemeja lengan panjang, campur ukuran.
Harga tetap 2,2jt per karung, ongkos kapal ditanggung saya. Mau ambil berapa karung?
"""),
R(45, "message", "hn_twin_not_clothing", 1, 1, 0, 1, """
Selamat pagi bos, barang dari Tawau sudah lewat Nunukan, besok sampai Tarakan.
Isinya 8 karung ban dalam & ban luar motor bekas, copotan bengkel di Sabah, masih bisa vulkanisir.
Harga tetap 2,2jt per karung, ongkos kapal ditanggung saya. Mau ambil berapa karung?
"""),
R(45, "message", "hn_twin_local_source", 1, 1, 1, 0, """
Selamat pagi bos, barang titipan warga Nunukan sudah saya kumpulkan, besok sampai Tarakan.
Isinya 8 karung celana panjang & kemeja lengan panjang bekas pakai mereka sendiri, buat dijual di bazar amal gereja.
Harga murah saja, 5rb-15rb, hasilnya untuk renovasi pastori. Mau bantu jaga stand?
"""),

# F46 post: Surabaya thrifting event
R(46, "post", "twin_offer_loud", 1, 1, 1, 1, """
THRIFT MARKET SURABAYA vol. 7 🔥
30 tenant baju thrift impor, vintage tee, jersey bola second, sepatu bekas branded.
Sabtu-Minggu, 10.00-21.00 di parkiran mal Tunjungan. Free entry!
Tenant masih dibuka 3 slot, DM buat info sewa booth.

Rundown singkat:
🎶 Sabtu 19.00 akustik dari band kampus
👕 Minggu 15.00 lomba styling "outfit 100 ribu" pakai barang dari tenant, hadiah voucher belanja
📸 Photobooth gratis buat yang upload story dan tag akun kami

Bawa tas belanja sendiri ya, kita kurangi plastik. Sampai ketemu di Tunjungan, rek! 🙌
#thriftmarketsby #thriftsurabaya #vintagetee #jerseybekas
"""),
R(46, "post", "hn_twin_new_goods", 1, 0, 1, 1, """
IMPORT FASHION FAIR SURABAYA vol. 7 🔥
30 tenant baju baru impor Bangkok & Guangzhou, kaos oversize, jersey bola versi fans, sepatu baru lengkap dus.
Sabtu-Minggu, 10.00-21.00 di parkiran mal Tunjungan. Free entry!
Tenant masih dibuka 3 slot, DM buat info sewa booth.

Rundown singkat:
🎶 Sabtu 19.00 akustik dari band kampus
👕 Minggu 15.00 lomba styling "outfit 100 ribu" pakai barang baru dari tenant, hadiah voucher belanja
📸 Photobooth gratis buat yang upload story dan tag akun kami

Bawa tas belanja sendiri ya, kita kurangi plastik. Sampai ketemu di Tunjungan, rek! 🙌
#importfairsby #fashionimpor #newarrival #jerseyfans
"""),

# F47 comment: buyer q vs seller from a kiosk Senen
R(47, "comment", "twin_offer_quiet", 1, 1, 1, 1, """
Kak ini celana cargo yang di video masih ada 4 ya, ukuran 30, 31, 33, 34. Semua kondisi 90%, pernah dipakai tapi gak ada sobek.
Ambil di kios kami Blok III lantai 2 no. 118, atau checkout di keranjang.
"""),
R(47, "comment", "hn_twin_new_goods", 1, 0, 1, 1, """
Kak ini celana cargo yang di video masih ada 4 ya, ukuran 30, 31, 33, 34. Semua baru impor Guangzhou, belum pernah dipakai, tag masih nempel.
Ambil di kios kami Blok III lantai 2 no. 118, atau checkout di keranjang.
"""),

# F48 listing: rombengan
R(48, "listing", "twin_offer_regional_word", 1, 1, 1, 1, """
Rombengan Cilacap buka stok baru 🚚
Kemeja batik, celana bahan, gamis, jaket parasut. Rata-rata 10rb-30rb.
Pedagang keliling boleh ambil partai, ada harga khusus per karung.
Alamat: belakang Pasar Gede Cilacap, tanya Mbak Warsih.
"""),
R(48, "listing", "hn_twin_factory_reject", 1, 0, 1, 0, """
Obral stok sisa ekspor pabrik garmen Cilacap 🚚
Kemeja, celana bahan, gamis, jaket parasut, baru semua, ada yang reject jahitan dikit. Rata-rata 10rb-30rb.
Pedagang keliling boleh ambil partai, ada harga khusus per kodi.
Alamat: belakang Pasar Gede Cilacap, tanya Mbak Warsih.
"""),

R(48, "listing", "hn_twin_local_source", 1, 1, 1, 0, """
Rombeng lemari warga, buka lapak lagi minggu ini 🚚
Kemeja batik, celana bahan, gamis, jaket parasut bekas pakai, kami beli dari rumah ke rumah di Cilacap, bukan karung impor. Rata-rata 10rb-30rb.
Pedagang keliling boleh ambil banyak, harga bisa diatur.
Alamat: belakang Pasar Gede Cilacap, tanya Mbak Warsih.
"""),
# F49 post: Makassar relawan donation request vs sale
R(49, "post", "hn_twin_giveaway", 0, 1, 1, 1, """
Kami membagikan GRATIS jaket & sweater cakar untuk korban longsor di Toraja 🙏
Barangnya patungan pedagang Pasar Butung, satu karung penuh: jaket, selimut, sweater, pakaian anak. Sudah dicuci dan dilipat.
Tidak diperjualbelikan, langsung kami antar ke posko pengungsian minggu ini.
Terima kasih atas kepedulian warga!
"""),
R(49, "post", "twin_offer_regional_word", 1, 1, 1, 1, """
Kami membuka lapak cakar musim dingin di Jl. Perintis Kemerdekaan km 10 🙏
Ada jaket, selimut, sweater, pakaian anak, baru bongkar karung kemarin, sudah dicuci dan dilipat.
Cocok buat yang mau ke Toraja atau naik gunung. Harga 15rb-75rb.
Terima kasih atas kunjungannya!
"""),

# F50 article: student research
R(50, "article", "hn_twin_research", 0, 1, 1, 1, """
Penelitian mahasiswa di Medan menemukan bahwa mayoritas pembeli monza berusia 18-30 tahun.
Responden mengaku memilih pakaian bekas dari luar negeri karena merknya dikenal dan harganya rendah.
Peneliti menyarankan pemerintah memperkuat industri pakaian lokal sebagai alternatif.
"""),
R(50, "post", "twin_offer_regional_word", 1, 1, 1, 1, """
Buat kalian yang umur 18-30 dan suka gaya, monza di lapak kami Jl. Mongonsidi ready tiap hari! 
Merk terkenal harga rendah, kemeja 25rb, jaket 60rb.
Datang langsung atau pesan via DM, ongkir se-Medan 10rb.
"""),
]
