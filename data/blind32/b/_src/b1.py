# Batch 1: illegal, plain famous words + start of code words / geography
# (kind, category, (offer, used, clothing, abroad), text)
R = [
("listing", "plain_offer", (1,1,1,1), """Kemeja Flanel Bekas Impor Jepang Grade A Murah Meriah
Kondisi 90% ke atas, tidak ada noda, sudah dicuci dan disetrika.
Ukuran M-XL campur, tanya stok dulu ya kak sebelum checkout.
Harga 45rb/pcs, ambil 3 jadi 120rb.
Kirim dari Bekasi tiap hari kecuali Minggu."""),
("post", "plain_offer", (1,1,1,1), """BONGKAR BAL HARI INI JAM 7 MALAM 🔥🔥
Bal jaket Korea baru datang, isinya campur: windbreaker, parka, bomber.
Siapa cepat dia dapat, harga mulai 35rb aja.
Live di akun ini, ketik 'mau' + nomor barang di kolom komentar.
#bongkarbal #jaketbekas #thriftjakarta"""),
("message", "plain_offer", (1,1,1,1), """Assalamualaikum kakak2 reseller 🙏
Stok ballpress celana jeans ex Korea ready lagi ya, isi kurang lebih 250 pcs.
Harga 1 bal 4,7jt, bisa DP dulu 50%.
Barang aman, bukan sortiran sisa, masih full kepala.
Minat langsung japri 0812xxxx a.n. Bu Ratih, gudang di Cakung."""),
("profile", "plain_offer", (1,1,1,1), """👕 Ngthrift Bareng Jojo 👕
Jual baju second import pilihan, dari Jepang & Korea, dikurasi satu2 🤍
Open tiap Jumat jam 8 malem
Order via DM / WA 0813xxxx
Pengiriman seluruh Indonesia, COD area Depok"""),
("listing", "plain_offer", (1,1,1,1), """Hoodie Champion Second Import USA Original
Lingkar dada 58, panjang 70. Ada sedikit pudar di bagian lengan kiri (lihat foto 4).
Barang thrift, bukan baru ya, jadi mohon dimaklumi kalau ada minus kecil.
Harga net 150rb, no nego sadis. Bisa kirim hari ini kalau bayar sebelum jam 3."""),
("post", "creator_haul_named_seller", (1,1,1,1), """haul thrift minggu ini cuma keluar 200rb dapet 6 potong 😭😭
1. cardigan rajut jepang 35k
2. kemeja linen 30k
3. rok plisket 40k ... dan sisanya liat di video ya
semuanya dari lapak @lemaribekasimpor, ownernya ramah bgt, tiap kamis bongkar karung baru
recommended banget buat yg mau ngethrift tapi males ke Senen"""),
("live", "live_sale_call", (1,1,1,1), """Ayo merapat merapat, yang baru join langsung tap love dulu yaa!
Ini barang bal Jepang yang baru dibuka tadi sore, masih wangi kapur barus hahaha
Sweater 25 ribu, kemeja 20 ribu, celana bahan 30 ribu.
Mau yang mana kak? sebut nomor gantungannya, nanti admin catat.
Checkout di keranjang kuning maksimal 10 menit ya, lewat dari itu kita lempar ke yang lain."""),
("listing", "plain_offer", (1,1,1,1), """JUAL KARUNGAN BAJU BEKAS IMPORT CAMPUR
Isi 100 kg, campuran kaos, kemeja, celana pendek, daster.
Cocok buat yang mau mulai usaha thrift di kampung, modal kecil untung lumayan.
Harga per karung 3,2 juta belum ongkir. Lokasi gudang Bandung, bisa cek barang dulu.
Hubungi Pak Dadang 0857xxxx"""),
("post", "plain_offer", (1,1,1,1), """Sepatu bekas import Thailand masuk lagi guys 👟
Ada Nike, Adidas, New Balance, Vans. Size 38 sampai 44.
Kondisi 85-95%, sol masih tebal, udah dicuci bersih.
Harga 150-350rb tergantung merek dan kondisi.
Lapak kita di Blok III Senen lantai 2, atau order online lewat link di bio."""),
("comment", "seller_reply_to_buyer", (1,1,1,1), """@nadyaaa_ iya kak masih ada, itu kemeja bekas Jepang ukuran L, warna krem.
Minusnya cuma kancing atas agak longgar, sudah kami jahit ulang.
Harga 40rb kak, ongkir ke Surabaya sekitar 12rb.
Langsung DM aja ya biar admin kirim nomor rekening 🙏"""),
("message", "reseller_recruitment", (1,1,1,1), """*LOWONGAN RESELLER THRIFT IMPORT* 📢
Mau jualan tapi nggak punya modal buat beli bal sendiri? Gabung jadi reseller kami!
✅ Foto katalog disediakan
✅ Barang second Korea & Jepang, tinggal jual
✅ Harga reseller mulai 15rb/pcs
✅ Bisa dropship, nama toko kamu yang tercantum di paket
Daftar gratis, chat admin Mbak Sinta 0896xxxx"""),
("listing", "plain_offer", (1,1,1,1), """Paket Usaha Thrift 50 Pcs Kaos Bekas Import Branded Mix
Isi campur merek: Uniqlo, GU, H&M, Gap, Old Navy.
Semua sudah sortir, kondisi layak jual, tidak ada bolong.
Harga paket 600rb (rata-rata 12rb per potong), jual lagi 35-50rb masih laku.
Stok terbatas, cuma 8 paket minggu ini."""),
("post", "plain_offer", (1,1,1,1), """HIDDEN GEMS ALERT 💎
Dapet jaket kulit vintage dari bal Amerika tadi pagi, masih mulus banget, cuma ada sedikit lecet di kerah.
Ukuran XL fit L. Harga 275rb aja.
Siapa cepat, chat WA yang di bio. Fast respon sampai jam 10 malam.
#hiddengems #thriftshop #jaketkulit"""),
("review", "buyer_review_of_shop", (1,1,1,1), """Toko ini jual second import Jepang beneran, bukan barang lokal yang ngaku-ngaku.
Saya beli 4 kemeja, semua sesuai foto, malah ada satu yang kondisinya lebih bagus.
Packing rapi, dikasih bonus masker kain.
Yang mau coba, nama tokonya Kios Bang Ucok Thrift di Shopee, ownernya juga jualan langsung di Pajak Melati.
Bintang 5 deh."""),
("listing", "plain_offer", (1,1,1,1), """Tas Branded Second Import Korea Original 100%
Coach, Kate Spade, Michael Kors - kondisi 80-90%.
Semua asli dari bal Korea, bisa dicek kodenya.
Harga mulai 200rb sampai 650rb.
Ready di toko kami Jl. Kebon Jeruk Raya (ruko abu-abu), bisa juga kirim pakai ekspedisi."""),
("post", "plain_offer", (1,1,1,1), """Buka lapak thrift di depan kos ya guys!
Hari Sabtu jam 4 sore, baju bekas import harga 10rb-30rb.
Ada kaos band, kemeja motif, rok, jaket jeans.
Barang baru keluar dari karung kemarin, belum dipilih-pilih siapa-siapa.
Lokasi Jl. Kaliurang km 5, gang sebelah warmindo. Jangan lupa bawa kantong sendiri 🙏"""),
("message", "wholesale_price_list", (1,1,1,1), """Update harga bal minggu ini (barang Jepang, bekas):
- Kemeja pria grade A: 6,5jt/bal
- Kaos campur grade B: 3,8jt/bal
- Jaket musim dingin: 7,2jt/bal
- Celana jeans campur: 5jt/bal
Harga loco gudang, ongkir ditanggung pembeli. Minimal ambil 1 bal.
Info lebih lanjut hubungi 0811xxxx (Koh Andi)"""),
("post", "plain_offer", (1,1,1,1), """Yang kemarin nanya-nanya di story, jaket varsity bekas impor Amerika udah ready lagi ya 🙌
Size L dan XL, warna merah-putih dan hijau tua.
Harga 180rb, udah termasuk laundry.
Yang mau keep bisa DP 50rb dulu, max pelunasan 2 hari.
DM aja langsung, jangan cuma view doang hehe"""),
("comment", "seller_reply_to_buyer", (1,1,1,1), """Halo kak Dewi, untuk bal kaos Korea grade A kami jual 4,2jt isi sekitar 300 potong.
Kalau grade B lebih murah, 2,9jt tapi ada yang bolong kecil atau noda.
Bisa kirim ke Makassar via kargo laut, estimasi 5-7 hari.
Silakan chat WA di bio untuk detailnya ya kak 🙏"""),
("live", "live_sale_call", (1,1,1,1), """Halo halo selamat malam semuanya, balik lagi sama Teh Euis di live thrift!
Malam ini kita buka karung celana kulot sama rok bekas Korea ya.
Semua 25 ribu, pilih-pilih aja di layar, nanti Teteh angkat satu-satu.
Yang udah ketik nomor tolong langsung checkout, jangan ghosting ya sayang.
Bonus gantungan kunci buat yang beli 5!"""),
("listing", "plain_offer", (1,1,1,1), """Celana Chino Second Import Jepang (Uniqlo/GU/Muji)
Pinggang 30-34, panjang normal.
Kondisi rata-rata 90%, tidak ada sobek.
Harga 55rb/pcs, grosir 10 pcs 450rb.
Pengiriman dari Tangerang via JNE/J&T. Bisa tanya stok lewat chat."""),
("post", "plain_offer", (1,1,1,1), """Baju thrift 15rb-an dapet apa sih? Dapet banyak di toko kami 😂
Baru bongkar bal kaos polos Jepang, bahannya adem, cocok buat harian.
Warna lengkap: hitam, abu, putih, navy, maroon.
Mampir ke lapak Thrift Gang di Pasar Gedebage kios C-12, atau order via WA 0822xxxx.
Harga bisa kurang kalau ambil banyak!"""),
# code words & geography
("post", "regional_code_word", (1,1,1,1), """Monza baru pecah kawat tadi pagi kak! 😍
Jaket, kemeja, celana jeans campur, harga mulai 20rb.
Kios kami di Pajak Melati, lorong dua dari pintu masuk, cari spanduk biru 'Monza Kak Ros'.
Buka Selasa, Jumat, Minggu dari jam 9.
Yang dari luar kota bisa video call, kami kirim pakai bus."""),
("message", "regional_code_word", (1,1,1,1), """Lelong masuk lagi bos 🙏
Barang dari Port Klang, turun di Entikong semalam.
Ada 30 karung campur: baju anak, kemeja, selimut.
Yang mau ambil per karung 1,8jt, per kilo 25rb.
Ambil di gudang Jl. Sungai Raya Dalam, Pontianak. Kontak Apek 0852xxxx"""),
("listing", "regional_code_word", (1,1,1,1), """Cakar Murah Makassar - Kemeja & Blus Wanita
Ready ratusan potong, pilihan motif bunga, polos, garis.
Harga 10rb, 15rb, 25rb tergantung tumpukan.
Lokasi Pasar Toddopuli, atau bisa kirim dalam kota pakai ojol.
Info lanjut hubungi Daeng Rani 0853xxxx"""),
("post", "regional_code_word", (1,1,1,1), """Awul-awul masuk Jogja lagi sodara-sodara!
Hari Minggu di parkiran sebelah pasar, kita gelar dari jam 6 pagi.
Semua serba 10rb, kecuali jaket 25rb.
Barangnya baru datang dari pelabuhan, masih bau karung, jadi dicuci dulu ya pas nyampe rumah 😅
Sampai ketemu!"""),
("message", "bale_grade_units", (1,1,1,1), """Sortiran grade S kemeja pria sudah ready di gudang.
Per koli isi 100 pcs, harga 2,5jt. Grade A per koli 1,9jt.
Kepala semua, badan dan kaki sudah kami pisah buat yang cari murah.
Bisa ambil sendiri atau kirim pakai ekspedisi langganan.
Balas chat ini kalau mau dicatat, stok cepat habis."""),
("profile", "regional_code_word", (1,1,1,1), """RAGAM MONJA MEDAN 🧥👖
Jual barang monja pilihan, sudah dicuci, siap pakai.
Lapak offline: Pajak Simalingkar, buka tiap Minggu pagi
Order online via WA 0821xxxx, kirim ke seluruh Sumut & Aceh
Terima reseller!"""),
("listing", "port_route", (1,1,1,1), """Baju Batam Grosir - Jaket & Sweater Campur
Barang baru turun dari kapal, stok melimpah.
Per karung isi 80-90 potong, harga 2,4jt.
Bisa kirim ke seluruh Kepri dan Sumatera, kargo via Tanjungpinang.
Hubungi Bang Roni 0812xxxx, respon cepat jam kerja."""),
("post", "market_route", (1,1,1,1), """Yang cari kulakan murah buat lapak, aku ada kenalan langsung dari Gedebage ya
Per karung campur isinya kaos, kemeja, jaket, harganya jauh lebih miring dari Senen.
Aku cuma bantu jastip-in, fee 100rb per karung.
Pengiriman ke Jabodetabek pakai pickup, luar kota pakai kargo.
Langsung DM buat detail, slot minggu ini tinggal 4."""),
("message", "wholesale_price_list", (1,1,1,1), """Daftar Harga Karung Minggu Ke-2:
1. Campur dewasa super - 3,5jt
2. Campur anak - 2,8jt
3. Selimut & bedcover - 3jt
4. Sepatu per koli (40 pasang) - 4,5jt
Barang ex Malaysia, masuk lewat Dumai.
Transfer dulu baru kami jalan. Tanya-tanya silakan ke 0813xxxx."""),
("post", "regional_code_word", (1,1,1,1), """Rombengan datang lagi di Pasar Kodok nih gaes 😆
Jaket gunung, celana kargo, tas ransel - semua dari karung impor yang baru dibuka.
Aku jaga lapak dari jam 8 sampai abis dzuhur.
Harga ramah kantong mahasiswa, 10-40rb.
Mampir ya, lapak yang ada payung merah."""),
("listing", "bale_grade_units", (1,1,1,1), """Kaos Sortiran Per Kilo - Grade A (Kepala)
Harga 45rb/kg, minimal 10 kg.
Isi campur merek, kondisi layak jual, sudah dipilih dari bal.
Cocok buat online shop pemula.
Gudang di Cileungsi, pengiriman setiap hari Senin dan Kamis."""),
("comment", "regional_code_word", (1,1,1,1), """Kalau mau monza bagus jangan ke yang di pinggir jalan kak, ke kios kami aja di Pajak Sambu lantai dua.
Kemarin baru buka balan pendek isi jaket denim, masih banyak yang cakep.
Harga 50-100rb, bisa nego pas datang.
Tanya-tanya di WA 0822xxxx ya kak."""),
("message", "port_route", (1,1,1,1), """Bos, barang dari Tawau sudah sampai Nunukan kemarin sore.
Isi 15 karung: 8 karung baju campur, 5 karung celana, 2 karung sepatu.
Saya lepas per karung 2,1jt, sepatu 2,7jt.
Kalau mau semua saya kasih harga khusus, bisa kirim ke Tarakan atau Samarinda.
Kabari cepat ya, sudah ada yang tanya juga."""),
("post", "reseller_recruitment", (1,1,1,1), """DICARI RESELLER CAKAR AREA SULSEL 📢
Ambil barang langsung dari gudang kami, per karung atau per bal.
Harga khusus reseller, bisa retur kalau ada barang rusak lebih dari 10%.
Sudah banyak reseller kami buka lapak di Gowa, Maros, Pare-Pare.
Info pendaftaran hubungi 0852xxxx (Pak Syamsul)."""),
("live", "live_sale_call", (1,1,1,1), """Oke gengs, ini karung nomor 3 dari kiriman Tanjungbalai ya!
Isinya kemeja-kemeja formal, banyak yang merek bagus.
Satu harga 30 ribu, ambil 4 jadi 100 ribu.
Aku angkat satu-satu, kalian rebutan di komen oke?
Yang menang langsung transfer, nanti aku rekap setelah live."""),
]
