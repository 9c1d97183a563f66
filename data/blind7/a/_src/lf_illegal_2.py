R = [
("listing", "wholesale_bale", 1, 1, 1, 1, """
READY BALPRES KOREA 🇰🇷
- Kaos campur premium 100kg: 5,2jt
- Hoodie/crewneck 100kg: 9,8jt
- Celana jeans 100kg: 7jt
Kirim dari gudang Cikarang, bisa ke seluruh Jawa-Bali
Pembelian min 1 bal, harga khusus ambil 5 bal ke atas
WA 0813xxxx (admin Dewi)
"""),
("post", "plain_offer", 1, 1, 1, 1, """
THRIFT DROP #47 🔥
Semua item ex Jepang & Korea, sudah dicuci dan disetrika
Jaket denim 75k | kemeja corduroy 55k | cardigan 40k
Order via DM, keep maksimal 1x24 jam
Ship from Yogyakarta, COD seputar kampus
#thriftjogja #thriftshopindonesia
"""),
("live", "live_sale", 1, 1, 1, 1, """
LIVE BUKA BAL JEPANG 🎌
Malam ini jam 7 kita buka 1 bal kemeja cowok fresh dari gudang
Harga flat 20rb/pcs, ga pake lelang
Caranya: screenshot barang yg kamu mau, kirim ke admin
Stok 1 pcs per model, siapa cepat dia dapat!
"""),
("post", "regional_medan", 1, 1, 1, 1, """
MONZA PAJAK MELATI – update lapak 😎
Bongkar goni baru tadi pagi, isinya jaket2 Korea tebal2.
Harga 25-60 ribu, kalau borong 10 biji bisa nego.
Lorong 3, cari aja spanduk kuning "Monza Bang Poltak".
Buka sampai jam 6 sore.
"""),
("post", "regional_makassar", 1, 1, 1, 1, """
CAKAR BARU DATANG KI! 🛍️
Isinya kemeja, rok, celana pendek ex Korea & Jepang.
Harganya 10-35 ribu ji, murah sekali mi.
Lokasi Pasar Butung lantai 2, tanya ki Daeng Baji.
Bisa juga kirim ke Gowa sama Maros.
"""),
("post", "regional_javanese", 1, 1, 1, 1, """
AWUL-AWUL ANYAR ✨
Lapak Mbak Sri, alun-alun utara mlebu gang.
Isine jaket, hem, rok, sepatu, teko karung Korea kabeh.
Rego 5ewu nganti 30ewu, sing golek jaket gunung ana akeh.
Buka jam 4 sore nganti jam 10 bengi.
"""),
("listing", "wholesale_bale", 1, 1, 1, 1, """
Jual karungan sepatu campur ex Korea
Isi 45-55 pasang, ukuran random, merk campur
Kondisi layak pakai sekitar 80%
Harga 3,3jt/karung, gudang Tanjungbalai Asahan
Bisa kirim via ekspedisi ke Jawa
"""),
("profile", "seller_bio", 1, 1, 1, 1, """
Grosir Balpres Original 📦
✔ Korea ✔ Jepang ✔ China ✔ Thailand
Ecer / grosir / bal utuh
Lokasi gudang: Batam & Jakarta Utara
Order via WA 0812xxxx
Minimal order 1 bal, bisa campur jenis
"""),
("post", "reseller_recruit", 1, 1, 1, 1, """
Dicari reseller thrift impor se-Indonesia! 🙌
Ga perlu stok, ga perlu modal gede.
Kami supply langsung dari bal Jepang & Korea, kamu tinggal upload foto.
Harga reseller mulai 12rb, jual lagi bebas.
Komisi tambahan tiap penjualan 50 pcs. DM @supplier.tokyo.bdg
"""),
("post", "tiktok_caption", 1, 1, 1, 1, """
POV: kamu nemu jaket North Face cuma 50rb di bal Korea yang aku buka hari ini 😱
Masih ada 20an jaket lagi yang belum aku upload
Mau? cek keranjang kuning atau tunggu live jam 8 malam
#thrift #thriftindonesia #balkorea
"""),
("post", "x_post", 1, 1, 1, 1, """
jual cepat hasil buka ballpress kemarin, isi hoodie campur 🧵
- Champion abu L 90k
- Carhartt hitam M 150k
- GAP navy XL 60k
cod jaksel/depok, luar kota shopee. rt & like membantu bgt 🙏
"""),
("message", "wa_broadcast", 1, 1, 1, 1, """
Pagi kakak2 😊
Hari ini kita ada bal baru Jepang isi rok & dress cewe, sudah kita sortir jadi 3 kelas:
A = 35rb, B = 20rb, C = 10rb
Yang mau keep balas pesan ini dengan kode barang.
Yg udah transfer harap kirim bukti ke admin ya 🙏
"""),
("listing", "market_stall", 1, 1, 1, 1, """
Toko Thrift "Lemari Bapak" – Pasar Senen Blok V
Jaket, kemeja, celana dari bal Korea & Amerika
Semua sudah dicuci, harga pas, ga pake tawar lama
Buka jam 10 – 20, Senin libur
Bisa video call kalau mau lihat2 dulu
"""),
("listing", "plain_offer", 1, 1, 1, 1, """
BAJU BEKAS IMPOR MURAH – MULAI 5RB
Daster, kaos, kemeja, celana anak, semua ada
Lokasi Jl. Imam Bonjol Tanjungpinang
Bisa kirim ke Batam & Karimun
Hubungi Bu Marni
"""),
("post", "regional_banjar", 1, 1, 1, 1, """
Assalamualaikum dangsanak 🙏
Ulun baisi jualan baju seken Malaysia hanyar datang, kemeja, celana, baju kanak2.
Harganya murah banar, mulai 10 ribu haja.
Kawa datang ke rumah di Banjarbaru atau COD di Martapura.
WA 0822xxxx
"""),
("post", "regional_palembang", 1, 1, 1, 1, """
Woi kawan, ado jual jaket seken Korea lemak-lemak nian 😆
Hargo 30 ribu galo, kalu ngambek banyak pacak kurang.
Lapak kami di Pasar Cinde baru, lantai duo.
Dak percayo datang bae lihat dewek.
"""),
("post", "regional_manado", 1, 1, 1, 1, """
Torang pe lapak cakar so buka ulang 😁
Ada jaket, kemeja, celana ex Korea deng Jepang, bagus-bagus skali.
Harga mulai 15 ribu, kalo ambe banyak bole kurang.
Lokasi Pasar Karombasan, sablah jual rica.
Mari jo kamari!
"""),
("post", "fb_group_offer", 1, 1, 1, 1, """
Izin share min 🙏
Buat yg cari usaha modal kecil, saya jual balpres campur ex Malaysia isi kaos & kemeja.
1 bal ±90kg, harga 2,8jt sampai Jawa Timur.
Sudah banyak testimoni, bisa cek di album foto.
Minat langsung inbox ya.
"""),
("post", "creator_promo", 1, 1, 1, 1, """
Thrifting di Gedebage part 3 🛍️
Kali ini aku ke kios Teh Euis blok D, khusus kemeja & blouse Korea.
Budget 100rb dapet 6 potong! Kualitasnya masih bagus banget.
Kiosnya buka jam 8 pagi, mending datang pagi biar dapet yg bagus.
Share ke temen yg suka thrift!
"""),
("listing", "evasive_spelling", 1, 1, 1, 1, """
b.a.l.p.r.e.s kaos ex K0rea
1 b4l ±100kg, isi 400-500 pcs
harga 4,9jt nett
info lengkap chat, jangan komen di kolom ulasan
bisa kirim kargo laut ke Kalimantan & Sulawesi
"""),
("listing", "evasive_spelling", 1, 1, 1, 1, """
tHr1Ft j4k3t ex jp 🧥
ready 25 pcs, model campur
55rb – 110rb
checkout via link bio, no COD
foto real pict semua, minus selalu aku tulis di caption biar ga ada drama
"""),
("post", "plain_offer", 1, 1, 1, 1, """
Jual baju Batam borongan 🙏
Isi ±150 potong kemeja & kaos, semua seken Singapura
Mau pindah rumah jadi dilepas murah 1,2jt semua
Lokasi Batu Aji, bisa lihat dulu
"""),
("listing", "regional_code_word", 1, 1, 1, 1, """
Jaket Bundle Import (ex Korea/Jepang)
Kondisi 85-95%
Harga 45-85k
Ambil 5 pcs free ongkir Jawa
Cek ig @bundle.kota.lama
Keep boleh 1 hari, lewat dari itu dilepas ke yang lain ya
"""),
("post", "regional_code_word", 1, 1, 1, 1, """
Rombengan Tarakan update stok 📦
Barang nyebrang dari Tawau tadi malam: jaket, celana, sepatu.
Ecer mulai 10 ribu, grosir per goni nego.
Lapak depan pelabuhan Malundung.
"""),
("live", "live_sale", 1, 1, 1, 1, """
🔴 LIVE SPESIAL 11.11
Buka 3 karung Jepang sekaligus!! jaket, sweater, celana
Semua harga 11rb untuk 11 menit pertama 🤯
Habis itu normal 25-50rb
Pasang alarm, jangan sampai ketinggalan
"""),
("listing", "bale_grade", 1, 1, 1, 1, """
Jual bal grade Original Jepang (ORI JPN)
Isi: kemeja lengan panjang pria
Kondisi 90% super, minim cacat
Harga 8,5jt per bal 100kg
Gratis kirim Jabodetabek
"""),
("post", "english_mix", 1, 1, 1, 1, """
Bale opening this Saturday at our Kemang warehouse 📦
Mostly 2nd hand US workwear & varsity jackets, super rare finds.
Entry free, prices 80k – 500k, cash or QRIS.
Come early, last time sold out in 2 hours!
"""),
("comment", "x_reply_offer", 1, 1, 1, 1, """
@ninasaras kalau mau yang kayak gitu aku ada kak, hoodie seken ex Korea dari bal minggu lalu.
Masih ada 7, harga 70an.
Foto2nya aku pin di profil, DM aja ya 🙏
"""),
("message", "wa_broadcast", 1, 1, 1, 1, """
📢 PENGUMUMAN GRUP RESELLER
Bal cream Korea isi jaket bulu tinggal 4 bal lagi untuk bulan ini.
Harga member 9,2jt, non member 9,8jt.
Pembayaran paling lambat Kamis, kirim Jumat dari gudang Medan.
Yang sudah booking mohon konfirmasi ulang.
"""),
("post", "fb_marketplace", 1, 1, 1, 1, """
Dijual cepat bekas impor (karungan Korea) sisa dagangan
5 karung belum dibuka, 3 karung sudah disortir
Total 8 karung 14jt, bisa nego tipis
Lokasi Pontianak Timur
"""),
("post", "plain_offer", 1, 1, 1, 1, """
Thrift shop online kami buka lagi setelah libur 🥳
Koleksi baru: coat, trench, blazer wol, semua ex Jepang
Harga 85rb-250rb
Order via Shopee "lemari.hokkaido" atau WA
"""),
("listing", "plain_offer", 1, 1, 1, 1, """
Kemeja Flanel Second Import, Ex USA 🇺🇸
Merk: Pendleton, Woolrich, L.L.Bean
Size M-XL, kondisi 8/10
Harga 120-220rb/pcs
Paket 3 pcs potong 50rb
Semua barang sudah dicuci, siap pakai, kirim dari Bogor
"""),
]
