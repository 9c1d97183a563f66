# Hand-written records, batch 3. Tuple: (family, kind, category, offer, used, clothing, abroad, text)
RECORDS = [
("F22", "live", "twin_offer_quiet", 1, 1, 1, 1, """Oke next, ini kemeja batik-batikan tapi tulisan labelnya kanji, barang Osaka nih 👀
Lengan panjang, ada noda kecil di saku, makanya cuma 30 ribu
Siapa cepat dia dapat — nomor 14 ya, ketik 'ambil 14'
Yang udah ketik, nanti aku kirim nota ke WA masing-masing
Lanjut lagi, pegang yang jaket denim…"""),
("F22", "live", "hn_twin_not_clothing", 1, 1, 0, 1, """Oke next, ini termos sama bento box tapi tulisannya kanji, barang Osaka nih 👀
Stainless, ada baret kecil di tutup, makanya cuma 30 ribu
Siapa cepat dia dapat — nomor 14 ya, ketik 'ambil 14'
Yang udah ketik, nanti aku kirim nota ke WA masing-masing
Lanjut lagi, pegang yang rice cooker mini…"""),

("F23", "post", "twin_offer_loud", 1, 1, 1, 1, """POV: kamu reseller thrift di Jogja dan tiap minggu buka karung baru 📦😮‍💨
Minggu ini isinya banyak hoodie Champion & Carhartt ex USA, bekas tapi masih tebel
Harga mulai 65k, list lengkap di highlight 'STOK'
Order DM @gudangseken.jgj, kirim Senin–Jumat
#thriftjogja #hoodiethrift #bukakarung"""),
("F23", "post", "hn_twin_new_goods", 1, 0, 1, 1, """POV: kamu reseller di Jogja dan tiap minggu buka kardus kiriman importir 📦😮‍💨
Minggu ini isinya hoodie Champion & Carhartt made in China, baru segel, masih tag lengkap
Harga mulai 165k, list lengkap di highlight 'STOK'
Order DM @gudangbaru.jgj, kirim Senin–Jumat
#hoodiejogja #hoodieimport #unboxing"""),
("F23", "post", "hn_twin_meme", 0, 1, 1, 1, """POV: kamu reseller thrift di Jogja dan tiap minggu buka karung baru 📦😮‍💨
isinya: 40% hoodie ex USA bagus, 30% kaos sobek, 20% celana ukuran raksasa, 10% sesuatu yang ga bisa dijelasin
terus bingung mau ngerugi dari mana 🤡
#memethrift #relate #anakpasar"""),

("F24", "review", "twin_offer_quiet", 1, 1, 1, 1, """⭐⭐⭐⭐⭐ Sepatu boots Dr. Martens, kondisi sesuai video
Kulitnya udah soft & ada creasing wajar bekas pakai, sol masih tebel
Katanya ex Inggris, dapet 350rb, di toko sebelah bisa 600an
Seller @bootsgudangtua responnya cepet, diproses hari itu juga. Makasih kak, next ambil Chelsea boots 🙏"""),
("F24", "review", "hn_twin_local_trade_in", 1, 1, 1, 0, """⭐⭐⭐⭐⭐ Sepatu boots Dr. Martens, kondisi sesuai video
Kulitnya udah soft & ada creasing wajar, sol masih tebel
Ini titipan jual pemilik pertama di Semarang, nota belinya dari store Paris Van Java ikut dikasih
Seller @bootsgudangtua responnya cepet, diproses hari itu juga. Next ambil Chelsea boots 🙏"""),

("F25", "message", "twin_offer_quiet", 1, 1, 1, 1, """[BC] Selamat sore ibu-ibu 🙏
Gamis & tunik Arab kiriman Jeddah sudah sampai, sudah dipakai pemilik sebelumnya tapi masih bagus, bahan jatuh
Harga 75rb–120rb, ada yang payet
Bisa dilihat langsung di rumah Bu Hj. Rosmah, Jl. Sungai Raya Dalam, Pontianak
Info & keep: 0821xxxx"""),
("F25", "message", "hn_twin_new_goods", 1, 0, 1, 1, """[BC] Selamat sore ibu-ibu 🙏
Gamis & tunik Arab kiriman Jeddah sudah sampai, semua baru, dibeli langsung di pusat grosir dekat Masjidil Haram
Harga 175rb–320rb, ada yang payet
Bisa dilihat langsung di rumah Bu Hj. Rosmah, Jl. Sungai Raya Dalam, Pontianak
Info & keep: 0821xxxx"""),
("F25", "message", "hn_twin_local_preloved", 1, 1, 1, 0, """[BC] Selamat sore ibu-ibu 🙏
Gamis & tunik punya almarhumah ibu saya, dijahit di Pontianak, dipakai beliau ke pengajian, masih bagus
Saya lepas 75rb–120rb, uangnya untuk sedekah Jumat
Bisa dilihat langsung di rumah, Jl. Sungai Raya Dalam
Info: 0821xxxx"""),

("F26", "post", "hn_twin_rule", 0, 1, 1, 1, """📌 PERATURAN GRUP JUAL BELI FASHION MAKASSAR
1. Dilarang posting jualan cakar, bal Korea, atau pakaian bekas impor apa pun
2. Preloved pribadi boleh, wajib foto asli & tulis 'punya sendiri'
3. Pelanggaran pertama dihapus, kedua langsung keluar
Terima kasih sudah bantu grup ini tetap aman 🙏"""),
("F26", "post", "twin_offer_loud", 1, 1, 1, 1, """📌 OPEN ORDER CAKAR KOREA MAKASSAR
1. Tiap Rabu kami bongkar bal Korea baru, isinya kemeja, blus, celana bahan
2. Harga 15rb–40rb, foto asli semua, minus ditulis
3. Keep maksimal 1x24 jam, lewat dari itu dilepas
Order komen di bawah atau chat 0813xxxx 🙏"""),

("F27", "listing", "twin_offer_quiet", 1, 1, 1, 1, """Jaket kulit domba pria, model bomber
Dari lelong Tawau, kulit asli masih lembut, lapisan dalam sobek kecil di ketiak (bisa dijahit)
Size L (lingkar dada 112 cm)
Rp 320.000, harga nego tipis
Barang di Nunukan, kirim JNE/J&T ke seluruh Kaltara"""),
("F27", "listing", "hn_twin_not_clothing", 1, 1, 0, 1, """Helm full face pria, model klasik
Dari lelong Tawau, cangkang masih mulus, busa dalam agak kempes (bisa diganti)
Size L (lingkar kepala 59-60 cm)
Rp 320.000, harga nego tipis
Barang di Nunukan, kirim JNE/J&T ke seluruh Kaltara"""),

("F28", "post", "twin_offer_quiet", 1, 1, 1, 1, """Udah 5 tahun aku jualan di Pasar Kebon Kalapa, pelanggan setia pasti tau kiosku 🥹
Minggu ini stok kiriman Jepang lagi bagus: rok span, blouse, cardigan, semua pilihan tangan, bekas tapi ga kumel
Harga 20–60rb
Kios Teh Rina No. 88 lt. dasar, Bogor ✨ buka jam 9
#kebonkalapa #fashionhemat #bogor"""),
("F28", "post", "hn_twin_retired", 0, 1, 1, 1, """Udah 5 tahun aku jualan di Pasar Kebon Kalapa, pelanggan setia pasti tau kiosku 🥹
Mulai bulan ini aku berhenti jualan baju bekas kiriman Jepang, kios udah aku oper ke orang lain buat jual sayur
Makasih ya semua yang pernah mampir, maaf kalau ada salah 🙏
#pamitan #kebonkalapa #bogor"""),

("F29", "comment", "hn_twin_buyer_question", 0, 1, 1, 1, """Kak aku dari Kupang mau nanya, ada yang tau ga seller yang jual bal pakaian bekas ex Australia tapi bisa ngecer per kilo?
Aku mau buka lapak kecil di depan rumah
Soalnya di sini barang dari Darwin susah dapet sekarang 😭 tolong info 🙏"""),
("F29", "comment", "twin_offer_loud", 1, 1, 1, 1, """Kak yang dari Kupang, aku jual bal pakaian bekas ex Australia bisa ngecer per kilo kok 🙋‍♂️
Minimal 10 kilo, 35rb/kg, isinya kemeja, kaos, celana pendek
Barang gudang Atambua, bisa dikirim pakai travel
Chat aja 0812xxxx ya, nanti aku kirim video"""),

("F30", "article", "hn_twin_news_thrift_trend", 0, 1, 1, 1, """Tren berburu baju bekas impor di kalangan mahasiswa Medan belum surut. Di Pajak Melati, puluhan kios masih menggelar jaket dan kemeja yang dibongkar dari bal kiriman Malaysia dan Korea.
Seorang pengunjung, Rani (20), mengaku bisa membawa pulang tiga potong dengan 100 ribu rupiah.
Dinas Perdagangan menyatakan akan menggelar sosialisasi aturan larangan impor kepada pedagang bulan depan."""),
("F30", "article", "hn_twin_news_phones", 0, 1, 0, 1, """Tren berburu ponsel bekas impor di kalangan mahasiswa Medan belum surut. Di pusat seluler Jalan Thamrin, puluhan konter masih memajang iPhone 'ex Jepang' dan 'ex Singapura' yang didatangkan lewat Batam.
Seorang pembeli, Rani (20), mengaku mendapat ponsel dengan harga separuh dari unit baru.
Balai Monitor menyatakan akan memeriksa IMEI perangkat yang dijual bulan depan."""),

("F31", "message", "twin_offer_quiet", 1, 1, 1, 1, """Kak, ini list sepatu anak minggu ini ya 👟
Semua size 24–33, sisa dari sortiran Korea, dicuci & diberi pewangi
Sneakers 35rb, sandal gunung 25rb, boots hujan 30rb
Bisa kirim foto per pasang, kakak tinggal pilih nomor aja
Pengiriman dari Batam via kargo ke Jambi 2–3 hari"""),
("F31", "message", "hn_twin_factory_reject", 1, 0, 1, 1, """Kak, ini list sepatu anak minggu ini ya 👟
Semua size 24–33, reject pabrik sepatu di Vietnam, sisa ekspor, belum pernah dipakai, cacatnya cuma lem belepotan dikit
Sneakers 35rb, sandal gunung 25rb, boots hujan 30rb
Bisa kirim foto per pasang, kakak tinggal pilih nomor aja
Masuk lewat Batam, kirim via kargo ke Jambi 2–3 hari"""),
("F31", "message", "hn_twin_not_clothing", 1, 1, 0, 1, """Kak, ini list mainan anak minggu ini ya 🧸
Semua dari sortiran Korea, lego, mobil-mobilan, boneka plastik, dicuci & disemprot disinfektan
Lego 35rb/set, mobil 25rb, boneka 30rb
Bisa kirim foto per item, kakak tinggal pilih nomor aja
Pengiriman dari Batam via kargo ke Jambi 2–3 hari"""),

("F32", "post", "twin_offer_loud", 1, 1, 1, 1, """Haul awul-awul hari ini di lapakku Alun-alun Kidul Jogja 🛍️✨
Kaos band 90an, flanel, kulot — semuanya bekas impor, dari karung yang baru dibuka pagi tadi
Mampir aja sore ini, lapak tenda biru, aku jaga sampai jam 10 malam
#awulawul #jogjathrift #lapakmalam"""),
("F32", "post", "hn_twin_haul_no_seller", 0, 1, 1, 1, """Haul awul-awul hari ini 🛍️✨
Kaos band 90an, flanel, kulot — semuanya bekas impor dari karung yang baru dibuka, total cuma 75rb
Jujur nyarinya capek, tapi puas
Tempatnya? rahasia dong, nanti harganya naik 🤭
#haulbaju #ootd #jogja"""),

("F33", "listing", "twin_offer_quiet", 1, 1, 1, 1, """[GROSIR] Kaos polos & kaos sablon, campur merek
Dijual per ikat 25 pcs — sortiran Malaysia, 2nd kondisi layak, ada yg pudar
Rp 275.000 / ikat, ambil 10 ikat gratis ongkir Pekanbaru
Lokasi: Jl. Kaharuddin Nasution, dekat pool bus
Tanya stok: 0812xxxx"""),
("F33", "listing", "hn_twin_new_goods", 1, 0, 1, 1, """[GROSIR] Kaos polos & kaos sablon, campur warna
Dijual per ikat 25 pcs — barang baru impor Malaysia dari distributor Johor, masih plastik, cotton combed
Rp 675.000 / ikat, ambil 10 ikat gratis ongkir Pekanbaru
Lokasi: Jl. Kaharuddin Nasution, dekat pool bus
Tanya stok: 0812xxxx"""),
]
