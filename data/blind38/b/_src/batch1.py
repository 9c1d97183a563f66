# Batch 1: illegal records, plain words and code words/geography. Hand-written, one by one.
# Tuple: (kind, category, elements "offer used clothing abroad", text)
ITEMS = [
("listing", "plain_offer", "1111", """Kemeja Flanel Bekas Impor Jepang Uniqlo Muji Size M-XL Murah
Kondisi 85-95%, sudah dicuci & disetrika.
Harga 45rb/pcs, ambil 5 jadi 200rb.
Stok dari bongkaran bal minggu ini, siapa cepat dia dapat.
Kirim dari Bekasi, bisa COD area Jabodetabek."""),

("post", "plain_haul_shop", "1111", """haul thrifting hari ini di Pasar Senen blok 3 lantai 2 😍
dapet 4 jaket + 2 celana cargo cuma abis 310rb, semuanya bekas impor korea masih mulus
yang paling juara jaket varsity coklat itu, 90rb doang
kiosnya namanya Lapak Bang Jerry, deket tangga yang ke mushola. bilang aja dari tiktok aku biar dikasih harga teman wkwk
#thrifting #pasarsenen #haulthrift"""),

("message", "plain_wholesale_bale", "1111", """*INFO BONGKAR BAL HARI KAMIS*
Bal Korea campur (kaos, kemeja, celana) isi ±350 pcs
Bal Jepang jaket musim dingin isi ±120 pcs
Harga bal bisa japri, stok cuma 6 bal, yang sudah DP duluan yang kirim.
Pengiriman via ekspedisi ke seluruh Jawa & Sumatra.
Admin: Bu Ratna 0813xxxx"""),

("live", "plain_live_sale", "1111", """LIVE JAM 8 MALAM!! kita buka karungan Jepang yang baru nyampe tadi sore guys
semua second import, jaket, hoodie, kemeja kerja, rata-rata 35rb aja
cara belinya ketik CO + nomor gantungan ya
yang udah CO wajib transfer max 1x24 jam, lewat dari itu kita lempar ke antrian
jangan lupa tap tap layarnya biar rame 🔥"""),

("profile", "plain_shop_bio", "1111", """🧥 Gudang Sandang Mas Yoyok
Second import Korea • Jepang • Taiwan
Ecer & grosir bal, reseller welcome
📍Gedebage, Bandung | buka Selasa–Minggu
Order WA 0857xxxx, no tipu-tipu, video call boleh"""),

("comment", "plain_reply", "1111", """@riaa.mp masih ada kak yang cardigan krem, itu bekas Jepang kondisi 90%, ga ada noda, cuma tag dalemnya udah digunting
harganya 55rb belum ongkir ya kak
kalau mau langsung klik keranjang kuning aja, atau DM biar aku keep sampai besok siang"""),

("listing", "plain_wholesale_bale", "1111", """JUAL BAL PAKAIAN BEKAS IMPOR GRADE A - KOREA ORIGINAL SEGEL PABRIK
Isi campur pria wanita 100 kg, estimasi 400-450 pcs
Grade A = layak jual langsung, reject dibawah 10%
Harga 7,8jt per bal, franco gudang Cikarang
Nego tipis buat ambil 3 bal ke atas
Serius aja ya, yang cuma nanya2 mending skip"""),

("post", "plain_haul_shop", "1111", """Outfit kantor seminggu modal 150rb? bisa banget 🙌
Semua item ini hasil berburu di @thriftgalerinya, mereka tiap Jumat restock baju bekas impor dari Jepang.
Blazer abu: 40rb
Rok plisket: 25rb
Kemeja linen: 30rb
Kalau mau tau cara milih yang bagus, nanti aku bikin part 2 ya. Jangan lupa save biar ga lupa tokonya!"""),

("message", "plain_offer", "1111", """Assalamualaikum kak, mau nawarin stok baru nih 🙏
Celana jeans second import (Levi's, Edwin, Lee) ukuran 28-36
Ecer 60rb, grosir 10 pcs 450rb
Barang asli dari bal Jepang, bukan KW, bisa dicek jahitan & kancingnya
Minat bales chat ini aja ya kak, makasih"""),

("live", "plain_live_sale", "1111", """Selamat datang yang baru join 👋 ini kita lagi bongkar bal sepatu bekas Thailand ya
ada Nike, Adidas, NB, Converse, ukuran 38-44 campur
harga mulai 80 ribu, yang mulus banget 150
kakak mau yang mana sebut aja nomor rak sama ukurannya, nanti aku ukur insole langsung di depan kamera
pembayaran via link di bio"""),

("post", "plain_offer", "1111", """Restock thrift murah‼️
Kaos band & kaos vintage US bekas, 20rb - 40rb
Hoodie Champion & Carhartt second 85rb
Stoknya langsung dari ballpress yang kita buka Senin kemarin, jadi masih banyak pilihan.
Toko offline: Jl. Kaliurang km 5 (belakang fotokopian), online cek Shopee kami "Rak Tua Store".
#thriftjogja #bajubekasimpor"""),

("listing", "plain_offer", "1111", """Dress Korea Second Import Murah Meriah Cantik Ready Banyak Model
- bahan sifon / katun / rajut
- kondisi 80-95%, detail minus difoto
- harga 30rb - 65rb
Bekas Korea asli, dijamin bukan barang pasar malam
Bisa request warna, admin carikan dari tumpukan"""),

("comment", "plain_reply", "1111", """kak kalau mau yang grade A mending ambil yang 120 ribu per 3 itu, itu dari bal Jepang yang baru dibuka, masih wangi laundry
yang 10rb-an itu sisa sortiran minggu lalu, banyak yang bolong
aku kirim video detailnya ke DM ya kak"""),

("message", "reseller_recruitment", "1111", """DICARI RESELLER BAJU THRIFT IMPOR 📣
Modal mulai 500rb udah dapat 25 pcs campur
Barang dari bal Korea & Jepang, kita yang sortir, kamu tinggal foto & jual
Bonus: foto katalog + caption siap pakai
Grup khusus reseller, info restock duluan
Daftar: chat admin Dini 0812xxxx"""),

("post", "plain_haul_shop", "1111", """Nemu hidden gems lagi di lapak langganan 😭
Coat wol panjang merk Jepang, cuma 75 ribu, padahal kalau baru bisa jutaan
Lapaknya di Pasar Gedebage, kios C-17, yang jualnya Teh Neng, ramah banget
Setiap Rabu katanya buka karung baru dari Korea
Buruan sebelum diambil orang 🏃‍♀️"""),

("live", "plain_live_sale", "1111", """Guys ini sesi kedua ya, tas-tas branded second import
Coach, Kate Spade, Furla, semuanya preloved Jepang, ada kode produksi
mulai 150rb sampai 600rb tergantung kondisi
yang mau liat dalemnya komen 'buka' nanti aku zoom
stok satu-satu, yang komen duluan yang dapet"""),

("listing", "plain_offer", "1111", """Sweater Rajut Wanita Bekas Impor Korea Tebal Hangat Cocok Buat Ke Bromo
Harga 35.000 / pcs
Beli 3 gratis 1 (yang gratis pilihan admin)
Produk second, bukan baru, mohon maklum kalau ada bulu-bulu halus
Barang dikirim H+1 setelah transfer"""),

("profile", "plain_shop_bio", "1111", """Sudut Seken Ciledug 🛍️
Baju bekas import pilihan, cuci bersih, siap pakai
Ecer 15k-80k | Grosir per karung tanya admin
Live tiap Selasa & Jumat jam 19.00
Lokasi ruko samping Alfamart Ciledug Indah"""),

("post", "plain_wholesale_bale", "1111", """Harga bal minggu ini (update tiap Senin):
Bal kemeja pria Korea 100kg – 6,5jt
Bal campur wanita Jepang 100kg – 7,2jt
Bal jaket outdoor Jepang 50kg – 5,9jt
Bal anak-anak Korea 100kg – 5jt
Semua barang bekas impor, bal tertutup, no retur. Kirim ke luar kota tambah ongkir ekspedisi."""),

("comment", "plain_reply", "1111", """Ready gan, kemeja Polo Ralph Lauren second import ukuran L ada 3 biji, warna putih, biru muda, pink
kondisi 9/10 semua, no noda ketiak
1 pcs 70k, borong 3 jadi 190k
alamat toko ada di bio, atau mau COD di Stasiun Bekasi juga bisa"""),

("message", "plain_offer", "1111", """Halo kakak2 grup Arisan Cempaka 😊
Aku lagi buka PO titip bongkar bal di Pasar Senen hari Minggu ya
Isinya baju bekas impor Korea, kakak tinggal sebut ukuran & model, nanti aku pilihin
Fee jastip 10rb/pcs
Close order Sabtu jam 9 malam"""),

("review", "plain_review_names_seller", "1111", """⭐⭐⭐⭐⭐ Puas banget belanja di Jemuran Mimi (Jl. Sultan Agung, Bekasi Timur)!
Aku dapet kemeja linen sama outer bekas Jepang, dua-duanya cuma 70 ribu, kondisinya kayak baru.
Kata ownernya mereka buka bal baru tiap Jumat pagi, jadi datang jam 10 biar dapet pilihan paling banyak.
Recommended buat yang suka barang second import, nanti aku balik lagi."""),

# ---- code words and geography ----
("post", "regional_code_word", "1111", """Ladies Makassar, cakar baru masuk di lapak kami 🙋‍♀️
Buka karung hari ini, isinya dress, blouse sama celana kulot, model-modelnya masih baru-baru
Mulai 20 ribu ji, yang branded 50-an
Lokasi Pasar Terong lantai 2, lapak Daeng Sinta, dekat tangga
Datang mki sebelum siang, biasa habis cepat"""),

("listing", "regional_code_word", "1111", """MONZA PILIHAN - JAKET KULIT PRIA ASLI
Ukuran XL, warna hitam, kulit domba, lapisan dalam masih bagus
Harga 275rb nego tipis
Barang monza Pajak Melati, bisa lihat langsung di kios, Medan Tuntungan
Kirim luar Medan bisa, ongkir ditanggung pembeli"""),

("message", "regional_code_word", "1111", """Woy kawan, besok Jumat hari monja di Pamela, aku buka goni baru
Isinya jaket gunung, sweater, ada juga sepatu bola
Harga kawan-kawan lah, mulai 25 ribu
Datang pagi kau, nanti habis diambil toke dari Binjai
Kiosku yang pintu biru, belakang tukang tambal ban"""),

("post", "regional_code_word", "1111", """Awul-awul Sekaten buka lagi gaes 😆
Lapak kami di sisi selatan alun-alun, ada kaos, kemeja, celana, jaket, 5 ribu – 30 ribu
Barangnya baru datang dari Batam minggu lalu, masih banyak yang bagus-bagus
Buka dari jam 4 sore sampai jam 11 malam
Monggo mampir, bisa nawar asal sopan 🙏"""),

("listing", "port_route", "1111", """Ready stok koli campur dari Batam
1 koli ± 50 kg, isi kaos, kemeja, celana pendek
Barang layak jual, sortiran gudang
Kirim via kapal ke Tanjung Priok atau lewat ekspedisi darat
Harga per koli 3,4 juta, bayar setengah di depan"""),

("message", "port_route", "1111", """Bang, barang dari Port Klang udah sandar di Tanjungbalai semalam
Ada 40 goni, campur Korea & Jepang, kondisinya mantap
Yang mau ambil langsung di gudang Teluk Nibung, kabarin sebelum Sabtu
Harga per goni 4,1 juta, kalau ambil 10 ke atas bisa 3,9
Jangan disebar ke grup besar ya, japri aja"""),

("post", "regional_code_word", "1111", """Rombengan murah meriah di Cimahi 🔥
Kemeja, kaos oblong, celana training, mulai goceng aja
Stok kita ambil langsung dari gudang karungan di Gedebage
Gelar lapak tiap Minggu pagi di depan lapangan Rajawali
Bawa kantong sendiri ya, biar ramah lingkungan 😄"""),

("profile", "regional_code_word", "1111", """Lelong Nunukan Collection
Baju lelong pilihan, kiriman dari Tawau tiap minggu
Ready: jaket, sweater, tas, kasut
Ecer & borong, boleh kirim ke Tarakan, Samarinda, Balikpapan
Tanya-tanya WA 0853xxxx"""),

("message", "bale_grade_units", "1111", """UPDATE STOK GUDANG
Sortiran A kaos pria – 85rb/kg
Sortiran B kaos campur – 50rb/kg
Celana jeans grade S – 140rb/kg
Jaket musim dingin grade A – 120rb/kg
Minimal ambil 20 kg. Per karung tinggal kali berat aja ya, timbangan di gudang."""),

("post", "wholesale_pricelist", "1111", """PRICELIST GROSIR BULAN INI
📦 Karung kaos Korea 50kg – 2,6jt
📦 Karung kemeja Jepang 50kg – 3jt
📦 Karung celana campur 50kg – 2,8jt
📦 Karung anak 50kg – 2,2jt
Gratis ongkir Jabodetabek min. 3 karung. Luar kota pakai kargo Indah / Dakota.
Order & tanya stok: DM aja."""),

("message", "reseller_recruitment", "1111", """Buka lowongan mitra reseller 😎
Kamu mau jualan tapi ga punya modal gede? Ambil per kodi aja dari kami
1 kodi (20 pcs) sortiran Jepang cuma 300rb
Barang dikirim dari gudang kami di Tanjungpinang, sampai Jawa 4-6 hari
Kami bantu foto & materi promo. Yang serius langsung chat."""),

("comment", "market_source", "1111", """iya kak ini barangnya dari Senen, aku ambil tiap Rabu pas mereka bongkar goni
jadi bukan barang baru ya kak, kondisi tetep aku cek satu-satu
harga jaket mulai 60 aja
kalau mau ikut list pre-order Rabu depan komen ukuran di sini"""),

("listing", "regional_code_word", "1111", """Baju Batam Murah Kaos Polo Pria Brand Campur
Kondisi layak pakai, sebagian masih ada label harga luar
Harga 25rb/pcs, 10 pcs 220rb
Barang diambil langsung dari Batam, dikirim dari Pekanbaru
Silakan chat untuk ukuran yang tersedia"""),

("post", "port_route", "1111", """Barang baru nyebrang dari Entikong 🙌
Stok tas wanita & sepatu, kiriman dari Kuching, kondisi masih oke banget
Tas 40rb-120rb, sepatu 60rb-150rb
Lapak kami di Pasar Flamboyan, Pontianak, blok belakang
Yang dari luar kota bisa pesan lewat WA, kami kirim pakai JNT"""),

("live", "bale_grade_units", "1111", """Oke ini sortiran S ya kak, paling atas dari satu koli, isinya cuma jaket-jaket bagus
North Face, Patagonia, Columbia, Montbell
harga 180 sampe 350
yang kemaren ga kebagian sekarang kesempatan
ketik 'S' plus nomor, nanti aku rekap"""),

("post", "regional_code_word", "1111", """Teman2 Manado, babebo stok baru masuk di kios kami Pasar 45 👕
Baju, celana, jaket, sepatu, dari karung yang baru dibongkar
Harga pasti bersahabat, mulai 10 ribu
Buka tiap hari jam 8 pagi
Tanya stok via inbox"""),

("message", "wholesale_pricelist", "1111", """Daftar harga ambil partai (per karung isi ±200 pcs):
1. Kaos campur: Rp 2.100.000
2. Kemeja campur: Rp 2.400.000
3. Celana bahan: Rp 2.300.000
4. Jaket tipis: Rp 3.000.000
Barang ex Korea, bukan reject pabrik. Ambil di gudang Dumai atau kirim kapal ke Belawan."""),

("post", "market_source", "1111", """Belanja dari rumah aja, biar aku yang berburu di Pasar Tungging 🤩
Tiap Sabtu aku live langsung dari lapak yang lagi bongkar goni, kalian tinggal tunjuk
Jaket, kemeja, rok, semuanya barang second dari luar
Ongkos titip 10k per item, ongkir dari Bandar Lampung
Follow @jastiptungging biar ga ketinggalan jadwal"""),

("listing", "regional_code_word", "1111", """Burjer Murah Tas Ransel Anak Sekolah Merek Luar
Kondisi bagus, resleting lancar, ada beberapa yang sedikit pudar
Harga 35rb/pcs, ambil 5 cuma 150rb
Barang karungan yang datang dari Nunukan
Pengiriman dari Parepare, bisa COD dalam kota"""),

("comment", "port_route", "1111", """gan, stok yang lewat Dumai udah ready di gudang Pekanbaru, 12 koli
isinya kemeja & celana, kondisi campur grade A/B
mau ambil brp? aku pisahin sekarang sebelum diborong toke Padang"""),

("post", "regional_code_word", "1111", """Roma Kendari lagi rame2nya 👀
Kami buka karung baru tiap Selasa & Jumat, dress, celana, tas, sepatu semua ada
Harga mulai 10rb, yang branded 40-an
Kios samping masjid pasar Mandonga
Yang luar kota bisa COD pake ojol dalam kota aja ya"""),

("message", "bale_grade_units", "1111", """Kak, sisa stok hari ini:
- 3 karung sortiran B campur kemeja, 1,2jt per karung
- 1 karung celana pendek grade A, 1,6jt
- kiloan bebas pilih 45rb/kg (min 5 kg)
Barang diambil di gudang Tanjung Priok ya, bisa dibantu cari ekspedisi"""),
]
