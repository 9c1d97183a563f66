# long-form, batch E: illegal offers (some with famous words)
ITEMS = [
("post","live_sale",1,1,1,1,"""PECAH BAL MALAM INI!! 🔥📦
Bal kemeja Korea isi ±400 pcs, belum dibuka sama sekali.
Jam 19.30 kita sobek bareng di live, semua yang keluar langsung dijual satuan.
Harga spesial live: 20rb – 50rb
Bonus: 10 pembeli pertama dapet kaos gratis.
Share ke grup kalian biar rame! 🙏
#pecahbal #thriftkorea #livetiktok"""),
("listing","wholesale_bale",1,1,1,1,"""BALPRES JAKET CAMPUR KOREA – 100 KG
Isi ±180–220 pcs jaket (bomber, parka, windbreaker, puffer)
Belum dibuka, press pabrik
Harga 9,5jt
Minimal pembelian 1 bal
Lokasi gudang: Cikarang
Bisa video call untuk lihat bal sebelum transfer."""),
("post","creator_haul",1,1,1,1,"""Thrift haul Gedebage part 3! 🛒
Kali ini aku dibawa temen ke kios langganannya, "Ceu Popon Thrift" di blok A, deket parkiran motor.
Hasil buruan:
🧥 2 jaket Columbia ex Jepang – 100rb
👕 kemeja Polo Ralph Lauren – 40rb
👖 jeans Wrangler – 50rb
Total 190rb buat 4 item!! Ceunya baik banget, dikasih bonus kresek 😂
Yang mau ke sana, bilang aja tau dari aku ✌️"""),
("post","regional_code_word",1,1,1,1,"""Cakar ta' baru dibuka kakak! 🙌
Ada jaket, kemeja, sweater, semua dari Korea, masih bagus-bagus ji.
Harga mulai 15 ribu, ambil banyak bisa dikurangi.
Lapak ta' di Pasar Butung lantai 2, cari spanduk "Cakar Daeng Rani".
Buka jam 8 sampe jam 5.
Mampir mki nah, jangan lupa bawa kantong sendiri ♻️"""),
("post","regional_code_word",1,1,1,1,"""Awul-awul kiriman anyar wis teka, Lur! 📦
Isine jaket, hoodie, kemeja flanel, kabeh saka Jepang lan Korea.
Regane mulai 10 ewu, sing cepet entuk apik.
Lapak ku neng Pasar Klitikan Pakuncen, Jogja, blok belakang.
Buka saben dina jam 9 nganti jam 4 sore.
Sing adoh iso pesen lewat WA, tak kirim nganggo JNE."""),
("profile","bio",1,1,1,1,"""THRIFT GUDANG BDG 🧥
Jual bal & ecer – ex Korea / Jepang / USA
📍 Gedebage, Bandung
🚚 kirim seluruh Indonesia
🤝 reseller & dropship welcome
⏰ restock tiap Selasa
Order: WA 0813xxxx / DM"""),
("message","broadcast_wholesale",1,1,1,1,"""Assalamualaikum bapak ibu pedagang 🙏
Kami menawarkan karungan pakaian bekas impor:
• Karung kaos anak ex Korea – 3,2jt
• Karung daster & blouse ex Jepang – 3,8jt
• Karung celana pendek ex Australia – 2,9jt
Semua karung 100 kg, isi acak, tanpa retur.
Pengiriman dari gudang Surabaya ke Jawa Timur & Bali.
Minat? Balas pesan ini dengan nama & alamat lapak."""),
("post","reseller_recruit",1,1,1,1,"""Dicari reseller thrift impor di seluruh Sumatera! 🙌
Kamu jual, kami yang siapkan barang (ex Jepang & Korea).
Skema:
- Ambil minimal 1 bal (bisa patungan 2 orang)
- Foto & video kami bantu
- Barang cacat banyak? bisa tukar 10%
Kantor & gudang di Pekanbaru, pengiriman lewat darat.
Chat admin Ika 0812xxxx untuk daftar harga."""),
("post","plain_offer",1,1,1,1,"""Sweater Rajut Ralph Lauren – second ex USA 🇺🇸
Warna navy, logo kuda merah
Size L (fit XL lokal)
Kondisi 90%, rajutan rapat, ga ada bolong
Harga 210rb
Kirim dari Jakarta Timur, bisa COD di Stasiun Jatinegara
Chat aja, first come first serve ya kak"""),
("comment","comment_reply_thread",1,1,1,1,"""Thread di postingan "restock jaket":
@anisa.rmd: kak ini barangnya dr mana?
@kiosmonza.medan: dari Korea kak, masuk lewat Belawan, second semua tapi udah dicuci 😊
@anisa.rmd: yg jaket krem size brp?
@kiosmonza.medan: M kak, 70rb, mau dikeep?
@anisa.rmd: mau kak
@kiosmonza.medan: siap, transfer maksimal 2 jam ya, nanti aku kirim resi"""),
("post","port_route",1,1,1,1,"""Sedia jalur kirim barang seken dari Tawau ke Nunukan & Tarakan 🚤
Isi: jaket, kemeja, celana, sepatu — campur dari Malaysia & Jepang
Per goni 1,8jt – 2,4jt tergantung isi
Bisa diteruskan ke Samarinda, Balikpapan, Palu lewat kapal barang.
Pemesanan minimal 3 goni.
Tanya-tanya via WA, jangan telpon."""),
("post","market_stall",1,1,1,1,"""Kios kami di Pasar Senen lantai 2 udah buka lagi setelah libur lebaran! 🎉
Stok lengkap:
• jaket kulit second ex Eropa
• kemeja flanel ex Jepang
• celana jeans ex USA
• sepatu boots
Lokasi: blok III, dari eskalator belok kiri, kios cat kuning "Uda Rizal Collection".
Buka jam 9 – 18. Datang ya, ada diskon 10% buat pembeli pertama tiap hari."""),
("post","evasive_spelling",1,1,1,1,"""th.r.ift 1mp0rt ready lagi 😎
kali ini banyak k3meja ex JPN sama h00die ex KR
satuan 35–60rb, partai harga beda
ambil di rumah (Tangsel) atau kirim
caption sengaja aneh biar ga di-takedown hehe
DM ya bestie"""),
("live","live_sale",1,1,1,1,"""Halo kakak-kakak, masih rame ya 😍
Ini goni ketiga malam ini, isinya kemeja dari Taiwan, motifnya lucu-lucu.
Nah ini ada kemeja rayon motif nanas, 35 ribu aja kak, siapa mau?
Kak Lina ketik duluan, oke buat kak Lina!
Yang ini kemeja linen krem, size XL, 40 ribu.
Kalau mau checkout pake keranjang kuning ya, aku pin produknya sekarang.
Jangan keluar dulu, abis ini kita buka goni jaket dari Jepang!"""),
("post","hidden_gem_reco",1,1,1,1,"""Spill tempat hunting di Makassar buat yg baru pindah 👀
📍 Pasar Butung lt. 2 – banyak pilihan, lapak Daeng Rahim paling rapi
📍 Pasar Toddopuli – sepatu second ex Thailand murah
📍 @cakarpilihan.mks – online, bisa COD
Semua barang dari luar, jadi cek kondisi baik-baik ya.
Tips: datang pagi sebelum dipilihin pedagang lain 😉"""),
("listing","bale_grade",1,1,1,1,"""Bale Grade A – Hoodie & Sweatshirt Ex USA
Berat: 45 kg
Isi: ±90–110 pcs
Brand mix: Champion, Nike, Gildan, Russell
Kondisi: mayoritas layak jual, noda ringan maksimal 10%
Harga: 6,3jt / bale
Gudang Tangerang, bisa cek fisik sebelum bayar"""),
("post","plain_offer",1,1,1,1,"""Hallo kakak ipar & kakak nona 🙏
Torang ada jual baju second dari Korea deng Jepang, baru datang dari kapal.
Ada jaket, kemeja, celana, dress, harga mulai 20 ribu.
Tampa di Pasar Bersehati, Manado, lapak nomor 4 dekat tangga.
Kalau nda sempat datang, bisa pesan via WA, torang antar di Manado kota."""),
("post","creator_haul",1,1,1,1,"""Outfit of the week semuanya dari satu toko: @warung.sekenan.jp 🇯🇵
Senin – kemeja oxford Muji
Selasa – cardigan Uniqlo warna mustard
Rabu – jaket coach Descente
Kamis – celana chino Edwin
Jumat – sweater Beams
Total cuma 380rb untuk 5 item second, semuanya langsung dari Jepang kata ownernya.
Belum diendorse ya, aku cuma seneng aja 🥹"""),
("post","wholesale_bale",1,1,1,1,"""STOK GUDANG BELAWAN – SIAP JUAL
Pakaian bekas campur ex Korea, dikemas ulang per goni 80 kg.
Tersedia 35 goni.
Harga per goni 3,1jt, ambil 10 goni ke atas 2,9jt.
Bisa muat ke truk ke Aceh, Padang, Pekanbaru.
Pembeli datang sendiri lebih baik, lokasi dikirim setelah janjian."""),
("post","regional_code_word",1,1,1,1,"""Roma masuk, roma masuk! 🛳️
Kiriman dari Johor sampai Tanjungpinang tadi subuh.
Seluar jeans, kemeja, t-shirt, jaket, banyak brand.
Harge borong atau ecer boleh.
Kedai kite di Jalan Merdeka, dekat Pasar Baru Tanjungpinang.
Datang cepat sebelum dibeli orang Batam."""),
("profile","bio",1,1,1,1,"""🧺 sekenan luar negeri • curated
jaket & kemeja pilihan dari JP / KR / TW
📦 ecer + paket reseller (per kg)
🎥 live TikTok tiap Rabu & Sabtu 20.00
📍 Semarang – kirim se-Indonesia
link katalog di bawah 👇"""),
("message","dm_offer",1,1,1,1,"""Chat WA dengan pembeli (disimpan admin):
Pembeli: kak, masih ada paket 50 pcs kemeja yg kemarin?
Admin: masih kak, ex Taiwan campur Jepang, second semua tapi layak 👍
Pembeli: bisa kirim video isinya?
Admin: bisa, aku rekam dulu ya. harga 1,1jt udah ongkir ke Cirebon
Pembeli: oke kak, transfer ke mana?
Admin: BCA a/n Rahmi Lestari, nanti resi aku kirim malam ini"""),
]
