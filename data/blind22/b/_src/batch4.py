# Batch 4: English from Indonesian accounts, Jaksel mixing, code-switching across regions, mixed registers.
B4 = [
("post", "plain_offer", 1, 1, 1, 1,
"""New stock just landed from Japan 🇯🇵 fresh bale, opened this morning
Vintage windbreakers, fleece, workwear jackets. All pre-owned, all checked by hand.
Prices 60k-250k. DM to claim, first transfer wins.
Shipping from Bekasi, Mon-Sat.
#secondhandjakarta #japanvintage #bale"""),

("post", "hn_own_wardrobe", 1, 1, 1, 0,
"""Closet clean-out 🧺 selling my own clothes, not imported, not from any bale.
Most of these I bought at Grand Indonesia and Pacific Place years ago.
Zara blazer 150k, Uniqlo linen shirts 60k each, Cotton Ink dress 120k.
Pick up in Kemang or GoSend. Feel free to DM."""),

("article", "hn_news_seizure", 0, 1, 1, 1,
"""Customs officers in Cikarang destroyed more than 700 bales of imported used clothing on Tuesday.
The bales had been seized over several months from warehouses in Bekasi and Bogor.
Officials said the goods entered through small ports in Riau and were trucked to Java.
Traders at Pasar Senen said they had not received new stock for weeks."""),

("profile", "bio_line", 1, 1, 1, 1,
"""Curated used clothing from Korea & Japan 🇰🇷🇯🇵
Bale opening every Friday 7pm on IG Live
Reseller & wholesale welcome | Ship nationwide
Based in Tangerang | WA 0812xxxx
not KW, 100% original second"""),

("post", "hn_new_thrift_style", 1, 0, 1, 0,
"""Our vintage-inspired collection is out now ✨
Looks thrifted, but every piece is brand new and made in our workshop in Yogyakarta.
Garment-dyed overshirts 289k, faded tees 139k.
Not second hand, not imported. Supporting local tailors since 2019.
Link in bio. #slowfashion #madeinindonesia"""),

("comment", "hn_report", 0, 1, 1, 1,
"""@tokopedia_care tolong cek akun "BalKorea_Official", dia jual baju bekas impor per karung terang-terangan.
Postingannya bilang "bal Korea grade A langsung dari Batam, 3,5 juta".
Bukannya ini dilarang Permendag? Kok masih tayang.
Aku udah report dua kali tapi belum ada tindakan."""),

("post", "haul_names_seller", 1, 1, 1, 1,
"""okay so my thrift haul from Pasar Baru Bandung, literally the best day 😭
- vintage Levi's trucker 110k
- Burberry scarf (real??) 75k
- two Japanese uniform skirts 40k each
all from kios Teh Neni on the 3rd floor, she opens new bales every Saturday.
go before 10am or it's gone."""),

("post", "hn_reject_export", 1, 0, 1, 0,
"""Jual kaos sisa ekspor dari pabrik garmen Semarang 👕
Barang baru, cuma reject minor (jahitan miring sedikit, label dipotong). Bukan bekas, bukan bal.
Harga 25 ribu, 4 pcs 90 ribu. Ukuran S-XXL.
Ambil di Ungaran atau kirim. WA 0813xxxx"""),

("message", "plain_offer", 1, 1, 1, 1,
"""Bro, minggu ini ada kiriman 5 karung dari Port Klang, isinya jaket sama hoodie bekas.
Gue lepas per karung 2,5 juta, belum dibuka. Atau lo mau gue sortir dulu, tambah 300.
Ambil di gudang Medan Johor atau kirim pake Indah Cargo.
Kabarin cepet ya, udah ada yang nanya."""),

("post", "hn_opinion_thread", 0, 1, 1, 1,
"""Hot take: thrifting sekarang udah bukan soal sustainable lagi 🧵
Dulu kita beli preloved dari lemari orang, sekarang isinya bal impor berton-ton.
Sisa-sisanya yang gak laku akhirnya dibuang di TPA kita sendiri.
Jadi pas lo bilang "thrifting itu ramah lingkungan", coba cek dulu barangnya dari mana.
Aku gak bilang jangan beli. Cuma, tahu diri aja."""),

("listing", "denial_other_thing", 1, 1, 1, 1,
"""Sepatu second original, bukan KW ya kak, ini asli dari karung Korea 👟
Nike Air Force 1 size 42, kondisi 85%, sol masih tebal.
Harga 280 ribu, bisa COD Depok.
Cek tag dalam kalau gak percaya, semua ada kode produksinya."""),

("post", "hn_jastip_new", 1, 0, 1, 1,
"""Jastip Uniqlo Japan batch Oktober ✈️
Barang baru, segel, bertag, dibeli langsung di store Shinjuku. Bukan second ya.
Fee 50 ribu per item, DP 50%.
Close order tanggal 15, barang sampai Jakarta sekitar 3 minggu.
DM untuk list harga. #jastipjepang"""),

("listing", "plain_offer", 1, 1, 1, 1,
"""Kang, barang karungan teh nembe dibuka di gudang Cibaduyut 📦
Jaket bekas ti Korea, sweater, jeung kemeja kantor. Total aya 600-an potong.
Grosir 15 rebu per potong mun nyandak 100 ka luhur.
Reseller ti Garut, Sumedang, Subang mangga kontak Kang Ujang 0812xxxx."""),

("post", "hn_other_used_goods", 1, 1, 0, 0,
"""Dijual mesin jahit bekas Butterfly, masih jalan normal 🧵
Dipake almarhumah ibu buat jahit baju tetangga, sekarang gak ada yang pake.
Kaki besi, meja kayu jati. Harga 850 ribu.
Lokasi Pekalongan, ambil sendiri ya."""),

("live", "live_sale", 1, 1, 1, 1,
"""LIVE SHOPEE JAM 7 MALAM 🔴
Bongkar 2 bal sekaligus: bal Jepang kemeja pria sama bal Korea dress wanita.
Semua 35k flat, kecuali yang ada tanda bintang.
Checkout lewat keranjang kuning, jangan lupa sebut nomor barang.
Gudang Cilegon, kirim tiap hari."""),

("post", "hn_buyer_story", 0, 1, 1, 1,
"""Tadi ke Pasar Gedebage, niatnya cuma nemenin adek.
Eh malah pulang bawa tiga jaket bekas Jepang 😭 dompet aman sih, total 90 rebu.
Cuma capek banget ngubek tumpukan karung, debunya bikin bersin.
Next time pake masker deh."""),

("listing", "regional_code_word", 1, 1, 1, 1,
"""Roma anyar rek! Rombengan Malaysia, wingi teko Tanjung Perak 🚢
Isine kemeja, celono, karo jaket. Kabeh ngguanteng, sing elek wis tak buang.
Rego 10-40 ewu. Lapak Pasar Turi anyar, lantai 1 pojok.
Sing kulakan akeh, takok rego grosir."""),

("post", "hn_school_bazaar", 1, 1, 1, 0,
"""Bazaar SMA Negeri 3 Malang, hari Sabtu ini! 🎒
OSIS jualan baju bekas sumbangan dari siswa dan guru, sepatu, buku, juga tas.
Harga 5k-30k, hasil penjualan buat korban gempa di Cianjur.
Jam 8 sampai 12 di lapangan basket. Ajak temen-temen ya."""),

("message", "bale_grade", 1, 1, 1, 1,
"""PO BAL MINGGU DEPAN 📋
Bal Jepang grade A (kemeja, kaos, jaket campur) 100 kg: 3.900.000
Bal Korea sortiran wanita: 4.300.000
Bal anak USA: 3.100.000
Estimasi tiba di gudang Pekanbaru hari Kamis, lewat Dumai.
DP 1 juta untuk booking. Admin 0812xxxx"""),

("post", "hn_upcycle", 1, 1, 1, 0,
"""Tas dari jeans bekas, hasil upcycle di bengkel kecil kami di Kota Gede 👜
Bahannya celana jeans bekas punya tetangga dan keluarga, bukan beli bal.
Tote bag 120 ribu, pouch 45 ribu. Setiap tas beda motif.
Order lewat DM, produksi 5 hari."""),

("listing", "no_code_word", 1, 1, 1, 1,
"""Ini pakaian pernah dipake orang Hongkong, masuk dari kapal, di sini kita jual ulang 😅
Kemeja kantor wanita, blazer, dan celana bahan, rata-rata masih 90%.
Satu potong 25 ribu, lima potong 100 ribu.
Saya di Tanjungbalai, bisa kirim ke Kisaran dan Medan."""),

("post", "hn_meme", 0, 1, 1, 1,
"""POV: lo beli jaket di Senen 40 rebu
terus di kantong ada struk belanja dari Osaka tahun 2014 💀
literally jaket ini udah keliling dunia lebih banyak dari gue
#thrifting #senen"""),

("listing", "plain_offer", 1, 1, 1, 1,
"""Dijual baju bekas layak pakai, barang kiriman dari Singapura 🇸🇬
Cocok buat dijual lagi di kampung: kaos, kemeja, celana pendek, baju tidur.
Per kilo 40 ribu, minimal 10 kilo.
Gudang di Tanjungpinang, bisa kirim ke Lingga dan Natuna pakai kapal Pelni."""),

("article", "hn_regional_news", 0, 1, 1, 1,
"""SAMARINDA - Pemkot menutup sementara lapak pakaian bekas impor di kawasan Pasar Segiri.
Pedagang mengaku mendapat barang dari pengepul di Tarakan yang mengambil dari Tawau.
Mereka meminta waktu untuk menghabiskan stok lama sebelum beralih menjual pakaian baru.
Wali kota menjanjikan pendampingan dari dinas koperasi."""),

("post", "hn_laundry", 1, 0, 1, 0,
"""Laundry Kiloan Mbak Tutik 🧺 nampi cuci setrika, bedcover, karo gordyn.
Kiloan 7 ewu, express 12 ewu. Bisa antar jemput wilayah Sleman.
Kami ora nampa cucian barang dagangan bal, mung sandhangan pribadi.
Buka saben dina jam 7 esuk nganti 9 bengi."""),

("comment", "comment_reply", 1, 1, 1, 1,
"""@mita_anggraini masih ready kak, itu jaket bekas ex Korea yang kemarin dari bal
ukuran L, ada noda dikit di kerah, udah aku kurangin jadi 55k
kalo jadi langsung aja ke Shopee "gudangjaket.cirebon" ya kak 🙏"""),

("post", "hn_explainer", 0, 1, 1, 1,
"""Kamus thrifting antar daerah 📚
Makassar: cakar (cap karung)
Medan: monza
Jogja: awul-awul
Pontianak: lelong
Manado: cabo
Semua artinya sama: pakaian bekas impor yang datang per karung.
Daerahmu nyebutnya apa? Tulis di komen!"""),

("post", "plain_offer", 1, 1, 1, 1,
"""Buka lapak baru di Pasar Kodim Pekanbaru 🛍️
Jualan baju bekas Korea sama Jepang, barang masuk dari Dumai tiap minggu.
Kemeja 20 ribu, jaket 50 ribu, celana 30 ribu. Ado jugo tas kulit.
Datang la, Uni tunggu di blok B nomor 9."""),

("listing", "hn_preloved_local", 1, 1, 1, 0,
"""Preloved set kebaya wisuda, dipakai sekali 🎓
Bukan barang impor, ini jahitan penjahit langganan di Bukittinggi, kainnya beli di Pasar Aur Kuning.
Ukuran M, warna dusty pink, lengkap dengan selendang. 300 ribu.
Bisa COD Padang atau kirim."""),

("message", "reseller_recruit", 1, 1, 1, 1,
"""Mau usaha modal kecil? Gabung jadi reseller baju bekas impor kami 💰
Kamu gak perlu stok barang, cukup posting katalog, kami kirim langsung dari gudang Batam.
Untung per potong 10-30 ribu. Gratis grup belajar jualan.
Daftar ketik RESELLER ke 0813xxxx"""),

("post", "hn_event_talk", 0, 1, 1, 1,
"""Diskusi publik: "Cakar, Monza, Awul-awul: Siapa yang Untung?" 🎤
Pembicara: peneliti ekonomi Unhas, perwakilan pedagang Pasar Terong, dan asosiasi tekstil.
Kita bahas jalur masuk bal dari Malaysia, dampak ke konveksi lokal, dan nasib pedagang kecil.
Kamis, 19.00 WITA, Kafe Baca Makassar. Gratis, terbuka untuk umum."""),

("listing", "regional_code_word", 1, 1, 1, 1,
"""Koleksi bundle lawas masuk, Jambi punyo 🔥
Barang dari Singapur lewat Kuala Tungkal, jaket denim sama flanel kebanyakan.
Rego 25-80 ribu. Di Pasar Angso Duo, los pakaian nomor 14.
Yang jauh biso WA dulu 0852xxxx, kito kirim foto."""),

("post", "hn_other_used_goods", 1, 1, 0, 0,
"""Jual goni bekas kopi, sudah dibersihkan ☕
Cocok buat karung pasir, tanaman, atau dekorasi kafe. Goni rami, bukan plastik.
Harga 8 ribu per lembar, 100 lembar 700 ribu.
Lokasi Takengon, bisa kirim ke Medan dan Banda Aceh."""),

("listing", "plain_offer", 1, 1, 1, 1,
"""Ulun ada jual sepatu bekas dan tas, barang luar negeri dari karung yang datang lewat Tarakan 👟
Sepatu olahraga 80-150 ribu, tas wanita 50-100 ribu.
Kada KW, asli merek luar. Kawa COD di Banjarmasin.
Hubungi 0812xxxx"""),

("review", "hn_fashion_review", 0, 1, 1, 1,
"""Review jujur setelah 2 tahun pake jaket dari bal Jepang 🧥
Bahan masih kuat, resleting aman, warna cuma pudar dikit.
Minusnya, waktu beli baunya luar biasa, harus dicuci berkali-kali.
Overall worth it, tapi sekarang aku mikir dua kali soal asal barangnya."""),

("message", "status_post", 1, 1, 1, 1,
"""Update stok hari ini ✨
1 koli baru dibuka: dress dan blouse bekas ex Taiwan, masih banyak yang kinclong.
Harga 30-60 ribu. Yang mau lihat langsung ke rumah, Perumnas Klender.
Foto lengkap di status berikutnya ya."""),

("post", "hn_complaint_neighbor", 0, 1, 1, 1,
"""Tetangga saya buka gudang bal di garasi, tiap malam truk bongkar karung sampai jam 2.
Bau apek nyebar ke rumah-rumah, anak saya jadi batuk.
Sudah lapor RT tapi katanya itu usaha dia sendiri.
Ada yang tahu harus lapor ke mana soal barang impor bekas begini?"""),

]
