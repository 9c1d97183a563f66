# Hand-written illegal records (all four elements = 1). Tuple: (kind, category, offer, used, clothing, abroad, text)
ITEMS = [
("live", "live_bale_sale", 1, 1, 1, 1, """MALAM INI LIVE BUKA BAL JAKET 🔥🔥
Jam 8 teng kita sobek 1 bal jaket ex Korea, isinya kurleb 90 pcs
Ketik nomor yang kamu mau, yang komen duluan dia yang dapat ya
Harga 35rb-60rb, udah disortir tapi namanya barang second pasti ada minus dikit
COD Medan kota, luar kota kirim JNT
#bukabal #jaketkorea #medanthrift"""),
("message", "regional_code_word", 1, 1, 1, 1, """Bang, monza baru bongkar tadi pagi di gudang Marelan.
Kemeja panjang sama celana bahan banyak kali, masih bau karung pun.
Kalau mau ambil borongan kubuat 25 ribu sepotong, ecer 40.
Cepat kabari, sore nanti udah diserbu kawan2 dari Binjai. WA 0812xxxx"""),
("listing", "bale_grade", 1, 1, 1, 1, """Jual Karungan Kaos Grade A Campur Pria Wanita Isi 200 Pcs Murah Siap Kirim
Deskripsi:
- isi kaos oblong campur, brand acak (Gildan, Hanes, Fruit, dll)
- grade A = layak pakai, minim cacat
- 1 karung berat ±45 kg
- barang tidak bisa dipilih, ambil apa adanya
Pengiriman dari gudang kami via kargo. Tanya stok dulu sebelum checkout kak."""),
("post", "regional_code_word", 1, 1, 1, 1, """Cakar baru masuk ji di lapak ta' dekat Pasar Sentral 😄
Kiriman dari Parepare, jaket parasut, sweater, kemeja kotak2.
Pilih sendiri, 20 ribu dapat dua. Datang cepat sebelum habis diambil orang Gowa!
Buka jam 7 pagi sampai magrib. Lapak Daeng Rusli, samping penjual pisang epe."""),
("comment", "condition_word", 1, 1, 1, 1, """@nadyaa.p ready kak, flanel kotak merah tinggal 3 (M, L, XL).
Kondisi 9/10, yang XL ada noda tipis di lengan kiri ya, udah aku foto di story.
Semua dari bal Jepang kemarin, 55rb aja. Mau yang mana kak? bisa langsung checkout atau DM 🙏"""),
("profile", "shop_bio_code_word", 1, 1, 1, 1, """Awul-awul Mbak Sari 🧺✨
Baju bekas impor pilihan, dicuci dulu sebelum dipajang
Gelar lapak tiap Minggu pagi di Sunmor UGM, sisanya online
Kaos, kemeja, jaket denim mulai 15rb
Order via DM, ongkir ditanggung pembeli, no retur ya"""),
("message", "reseller_recruit_bale", 1, 1, 1, 1, """[BROADCAST] DICARI RESELLER BALPRES SELURUH INDONESIA
Modal 3 juta udah bisa dapat 1 bal campuran isi ±250 potong, untung bisa 2-3x lipat kalau jual ecer.
Barang masuk lewat Tanjungbalai, kami yang urus sampai gudang Medan.
Tersedia bal celana jeans, bal kaos anak, bal sweater.
Minat? Balas "RESELLER" ke 0812xxxx, nanti dikirim katalog dan video buka bal."""),
("listing", "regional_code_word", 1, 1, 1, 1, """LELONG PONTIANAK - JAKET & HOODIE
Barang baru sampai dari Entikong semalam, kondisi bervariasi (ada yg mulus ada yg pudar)
Hoodie 45k | jaket jeans 60k | jaket kulit 120k
Bisa COD sekitar Jl. Gajah Mada, kirim ke Singkawang juga bisa
Chat aja dulu, tanya2 gratis"""),
("post", "regional_code_word", 1, 1, 1, 1, """Rombengan hari ni banyak yang bagus nian, rok plisket sama blus kantoran 😍
Ado yang masih ado mereknyo tapi tetap barang pake ye, bukan baru.
Kami jual di los belakang Pasar Angso Duo, tanyo bae 'lapak Yuk Inah'.
Harga mulai 10 ribu, kalau borong dikasih kurang lah."""),
("post", "regional_code_word", 1, 1, 1, 1, """Kawan-kawan Pekanbaru, barang roma bongkar lagi besok pagi!
Kali ni banyak seluar jeans Levi's sama kemeja batik Malaysia, semua dari karung, belum dipilih.
Tempat di gudang kami Jl. Nangka ujung, datang awal dapat yang elok.
Harga sama macam biasa, seluar 35 baju 20. Jangan tanya ada size apa, bongkar sendiri ye 😂"""),
("post", "haul_named_seller", 1, 1, 1, 1, """Haul thrifting hari ini di Pasar Senen Blok III lantai atas 🛍️
1. Jaket Uniqlo second, masih tebel, 40rb
2. Kemeja linen cream ada noda kecil di kerah, 25rb
3. Celana Dickies 874 kondisi 8/10, 60rb
Semuanya dari kios @senenkios.bangjo, masnya baik bgt mau ditawar. Katanya minggu depan buka karung baru lagi
#thrifthaul #pasarsenen"""),
("live", "live_bale_sale", 1, 1, 1, 1, """Obok-obok obok-obok! Semua sepuluh ribuuu 🔔
Ini baru aku tuang dari karungan ya guys, jadi masih acak2an
Ada kaos, ada rok, ada celana anak, kondisi second semua, cek sendiri di kamera
Mau yang mana sebut aja warnanya, admin catat, yang komen duluan dapat
Pembayaran transfer, kirim besok pagi dari Cirebon"""),
("listing", "condition_word", 1, 1, 1, 1, """Sepatu Second Import Original Nike Air Max 90 Size 42 Kondisi 85% Ex Singapore
Minus: sol agak menipis di tumit, upper ada lecet halus
Tidak ada box, hanya sepatu
Sudah dicuci dan disemprot anti bakteri
Harga nett 375.000, tidak terima tukar tambah"""),
("message", "bale_unit", 1, 1, 1, 1, """Kak, ini update stok minggu ini ya:
koli tas branded second ex Hongkong masih ada 2 koli, 1 koli isi ±40 tas (Coach, Kate Spade, MK, campur)
harga per koli 6,5jt, bisa video call buat lihat isinya
pengiriman dari Batam ke Jakarta biasanya 5-7 hari lewat ekspedisi langganan
kalau jadi DP 50% dulu ya kak"""),
("post", "regional_code_word", 1, 1, 1, 1, """Yang cari baju Batam murah meriah merapat 🙋‍♀️
Baru dapat kiriman kemeja kantor, blazer, sama dress, bekas pakai tapi masih layak bgt.
Blazer 50rb, dress 35rb, kemeja 25rb. Bisa dicoba di rumah (Jl. Kenanga, Tanjungpinang)
Info lanjut WA 0812xxxx ya, bukan nomor telepon"""),
("comment", "bale_unit", 1, 1, 1, 1, """Ono mas, bal celana jeans Korea isih keri loro.
Siji bal isine kurang luwih 100 potong, regane 4,2 yuta, ongkir ditanggung sampean.
Barange campur, ono sing apik ono sing sobek sithik, ora iso milih.
Nek jadi tak kirim seko gudang Gresik sesuk isuk."""),
("live", "market_origin", 1, 1, 1, 1, """Barudak, ieu jaket kulit nu kamari dipeser ti Gedebage, masih aya 6 deui!
Bekas tapi mulus pisan, kulitna masih lemes, ukuran L sareng XL.
150 rebu wae, ketik "KULIT" + ukuran dina komen.
Nu komen heula nu kenging, engke ku admin di-DM kanggo alamat nya."""),
("message", "po_bale", 1, 1, 1, 1, """OPEN PO BALPRES BATCH 3 🚢
Kapal berangkat dari Port Klang minggu depan, estimasi sampai 10-14 hari
Pilihan: bal jaket winter, bal kaos bola, bal sweater rajut
DP 40% untuk kunci slot, pelunasan saat barang tiba di gudang
Slot terbatas 12 bal saja. Yang kemarin nanya harga, cek PDF katalog ya"""),
("listing", "bale_grade", 1, 1, 1, 1, """Bedcover & Selimut Second Ex Jepang Per Karung - Grade B
Isi campur: bedcover, selimut bulu, sarung bantal
Grade B = ada noda/bolong kecil di sebagian barang, cocok buat usaha laundry kiloan atau jual ulang
1 karung ±50 kg, harga 1,8 juta
Lokasi gudang Dumai, bisa dikirim"""),
("listing", "bale_grade", 1, 1, 1, 1, """Baju Anak Bekas Impor Sortiran - Dijual Per Kilo
Kaos, dress, celana pendek, piyama
Sortiran 1 (bagus banget) 85rb/kg
Sortiran 2 (ada minus) 45rb/kg
Minimal ambil 5 kg. Cocok buat yang mau buka lapak baju anak murah di pasar malam"""),
("post", "condition_word", 1, 1, 1, 1, """jual tas second branded dri singapur, kondisi 8/10 msh bagus bgt
ad lecet dkt, dalemnya bersih kok
LV speedy 1,2jt, longchamp 350rb, charles keith 150rb
brg lgsg dr koper kakak yg blk dr sana tiap bulan jd stok ganti2 trs
minat dm ya, no php"""),
("article", "advertorial_shop", 1, 1, 1, 1, """Mengenal Kedai Seken Bang Togar, Surga Kemeja Flanel di Pajak Melati
Bagi pemburu kemeja flanel di Medan, Kedai Seken Bang Togar di lorong tengah Pajak Melati sudah jadi langganan. Setiap Selasa dan Jumat ia membuka goni baru, dan pembeli biasanya sudah antre sejak subuh.
"Barangnya bekas, jadi pasti ada yang kurang. Tapi kalau sabar memilih, dapat yang masih elok," katanya.
Kemeja dijual 30 ribu hingga 75 ribu. Kedai buka pukul 08.00 sampai 17.00 dan juga menerima pesanan lewat Instagram @togar.seken."""),
]
