# Illegal records, batch 1: plain offers (famous words) and code words / geography.
# Tuple: (kind, category, offer, used, clothing, abroad, text)
ILL_1 = [
("listing", "plain_offer", 1, 1, 1, 1, """Jaket Bekas Impor Korea Original Tebal Murah Siap Pakai
Kondisi 90% mulus, sudah laundry wangi. Ukuran LD 108 PJ 70.
Harga 85rb aja, nego tipis. Barang dari bal Korea, stok cuma 1.
Kirim dari Bekasi, bisa COD area Summarecon."""),

("post", "plain_offer", 1, 1, 1, 1, """BONGKAR BAL HARI INI!! 🔥🔥
Jam 7 malam kita buka bal kemeja flanel ex Jepang, isinya kurleb 300 pcs.
Semua 35rb flat, first come first serve ya guys
Lokasi toko: Jl. Kaliurang km 9, Thrift Kita Jogja
#thriftjogja #bongkarbal #flanel"""),

("message", "plain_offer", 1, 1, 1, 1, """Assalamualaikum kak, info stok baru dari Gudang Baraka 🙏
Ready karungan baju bekas impor campur (kaos, kemeja, celana) 100 kg
Asal Korea, grade A, jarang bolong
Harga 5,5jt/karung, ongkir ditanggung pembeli
Minat hubungi 0813xxxx (Bu Ratna)"""),

("listing", "plain_offer", 1, 1, 1, 1, """Ballpress Sweater Import Korea Grade A 1 Bal Isi 250an Pcs
Cocok buat usaha thrift pemula, barang bersih tinggal gantung.
Tersedia juga ballpress hoodie dan celana chino.
Bisa kirim ke seluruh Indonesia via ekspedisi, resi diinfokan.
Tanya-tanya dulu boleh, chat aja."""),

("live", "plain_offer", 1, 1, 1, 1, """Halo halo yang baru join live, selamat malam semuanyaaa
Ini masih bongkar karungan jaket second import ya, semuanya 50rb
Yang mau ketik 'mau' plus nomor jaketnya, nomor 12 ini Columbia bekas tapi masih oke banget
Checkout lewat keranjang kuning, jangan lupa follow toko Dena Thrift
Yang nanya bolong apa engga, nanti aku tunjukin satu-satu di kamera"""),

("profile", "plain_offer", 1, 1, 1, 1, """🌿 Lemari Kedua Thrift 🌿
Jual baju bekas impor pilihan (Jepang, Korea, Taiwan)
Update stok tiap Jumat malam
Shopee: lemarikedua.thrift | WA 0857xxxx
Kirim dari Malang, bisa grosir untuk reseller"""),

("post", "plain_offer", 1, 1, 1, 1, """Hauling hari ini di Pasar Senen blok III 😍 dapet 4 kemeja linen bekas Jepang cuma 100rb!
Kiosnya namanya Bang Oji lantai 2 deket tangga, dia bongkar bal tiap Selasa.
Yang mau nitip bilang aja, minggu depan aku ke sana lagi.
#haulthrift #senen #thriftjakarta"""),

("comment", "plain_offer", 1, 1, 1, 1, """@rinamaulida masih ada kak yg cardigan cream, itu second korea ukuran M, harga 45rb belum ongkir.
Kalau mau langsung DM aja ya, nanti aku kirim video detailnya. Stok thrift import kita emang cepet abis hehe"""),

("listing", "plain_offer", 1, 1, 1, 1, """SEPATU BEKAS IMPOR SIZE 42 NIKE AIR MAX ORI
Kondisi: second, sol masih tebel, ada lecet dikit di toe box
Asal bal sepatu Thailand, udah dicuci deep clean
Harga 275.000 nett
Lokasi Medan Johor, ambil di tempat atau kirim JNE"""),

("message", "plain_offer", 1, 1, 1, 1, """[BROADCAST] Open reseller thrift import 2024!
✅ Dapat harga grosir per bal, bisa patungan 1/2 bal
✅ Barang dari Korea & Jepang, sortiran rapi
✅ Dibimbing cara foto dan jualan online
Modal mulai 1,5 juta aja. Daftar ke admin Yoga 0821xxxx
Slot terbatas, yang serius aja ya"""),

("post", "plain_offer", 1, 1, 1, 1, """Gw tiap weekend ngubek Gedebage, terus sekarang gw buka lapak kecil di rumah buat yang males panas-panasan.
Isinya jeans bekas impor hasil pilihan gw sendiri, Levi's, Lee, Edwin, harga 90-150rb.
Spill dikit di story ya, yang minat DM @celanabagus.bdg 🙌"""),

("listing", "plain_offer", 1, 1, 1, 1, """Tas Branded Second Import Jepang - Coach, Kate Spade, Furla
Semua ori, preloved dari Jepang, masuk lewat bal tas
Harga mulai 350rb, kondisi tertulis di tiap foto
Bisa cicil 2x untuk pembelian di atas 1 juta
Toko: Kirana Bag Second, Surabaya"""),

("review", "plain_offer", 1, 1, 1, 1, """Bintang 5 buat Thrift Amanah Pekanbaru!
Beli 3 kaos bekas impor di sini, ternyata bahannya tebel-tebel, katanya dari bal Korea. Penjualnya ramah, dikasih bonus kantong.
Yang di Pekanbaru mampir aja ke Jl. Tuanku Tambusai, buka sampai jam 10 malam."""),

("post", "plain_offer", 1, 1, 1, 1, """Ready stock hidden gems minggu ini ✨
Semua barang second import, dipilih satu-satu dari bal:
- Blazer wool Uniqlo 120k
- Rok plisket Jepang 65k
- Vest rajut nenek vibes 55k
Order via DM, keep 1x24 jam ya. Ongkir dari Depok."""),

("message", "plain_offer", 1, 1, 1, 1, """Pak Hendra, ini saya Yuli yang kemarin nanya bal.
Stok yang masih ada: bal celana pendek campur ex Jepang 45kg, harga 3,2 juta, sama bal kaos anak Korea 2,8 juta.
Kalau mau ambil dua-duanya saya kasih 5,8 juta, sudah termasuk antar ke Tasik.
Kabari ya Pak, soalnya ada yang nanya juga."""),

("listing", "plain_offer", 1, 1, 1, 1, """Kemeja Flanel Second Import Unisex Harga Grosir Isi 10 Pcs
Paket usaha thrift: 10 kemeja flanel bekas campur merk, kondisi layak jual
Harga paket 300rb (30rb/pcs)
Barang dari bal impor, tidak bisa pilih motif
Cocok untuk dijual lagi di bazar atau online"""),

("live", "plain_offer", 1, 1, 1, 1, """Guys ini baru kebuka karung kedua ya, isinya dress-dress bekas Korea
Yang ini Mango, ukuran S, 40 ribu aja! Siapa cepat dia dapat
Kakak Nur udah ketik duluan, oke kakak Nur dapet
Next ada blouse sifon, ini masih bagus banget, 35 ribu
Jangan lupa tap tap layarnya biar live kita naik, Sasa Thrift live tiap malam jam 8"""),

("post", "plain_offer", 1, 1, 1, 1, """Kamu pengen usaha thrift tapi bingung ambil barang di mana? 🤔
Kami supplier bal baju bekas impor langsung dari gudang Batam, kirim ke seluruh Indonesia.
Tersedia bal kemeja, kaos, jaket, dress, celana, tas, sepatu.
Info harga & katalog: link di bio @supplierbalnusantara
#supplierthrift #balimpor #usahathrift"""),

("comment", "plain_offer", 1, 1, 1, 1, """Kalau mau yang murah coba ke lapak aku kak, jual baju thrift import mulai 15rb an.
Lokasi Pasar Kliwon Kudus, depan tukang bakso. Tiap Minggu pagi bongkar karung baru, jadi dateng pagi biar dapet yang bagus"""),

("listing", "plain_offer", 1, 1, 1, 1, """Hoodie Champion Bekas Impor USA Size L Reverse Weave
Warna abu, ada noda kecil di lengan kiri (lihat foto 4)
Masih tebel, karet pinggang aman
Harga 210rb, bisa nego buat yang ambil 2
Ready di Bogor, Thrift Lorong Tiga"""),

("post", "plain_offer", 1, 1, 1, 1, """Info buat warga Samarinda dan sekitarnya 📢
Toko kami baru buka bal jaket kulit second dari Korea, modelnya bagus-bagus buat touring.
Harga 150rb - 400rb, tergantung kondisi
Alamat: Jl. Pahlawan no. 27 (Ruko Biru), buka tiap hari 09.00-21.00
Bisa juga pesan lewat WA 0852xxxx"""),

("profile", "plain_offer", 1, 1, 1, 1, """Thrifty Sister Bali
Second branded import | Bali based
Kaos band, kemeja hawaii, swimsuit ex Australia
Ship nationwide, COD Denpasar
Order via WA 0878xxxx atau TikTok @thriftysister.bali"""),

# ---- code words, geography, grades, price lists, recruitment ----
("message", "code_word_price_list", 1, 1, 1, 1, """DAFTAR HARGA MINGGU INI - GUDANG SEI JANG
Grade A campur kaos 100kg : 4,2jt
Grade B kaos : 2,9jt
Kemeja ladies sortiran : 5jt
Jaket winter per koli : 6,5jt
Semua barang sampai Tanjungpinang, lanjut kapal ke tujuan. Hub 0812xxxx"""),

("post", "regional_code_word", 1, 1, 1, 1, """Cakar baru masuk di lapak ta' di Pasar Butung, lantai dasar 😁
Ada celana jeans, jaket parasut, baju kaos lengan panjang, semua mulai 20 ribu ji
Yang dari Gowa, Maros, singgah mki, pagi-pagi na bongkar ballnya
Tanya-tanya lewat DM atau WA 0853xxxx"""),

("listing", "regional_code_word", 1, 1, 1, 1, """Baju Monza Medan Harga Reseller - Kemeja Pria Campur 20 Pcs
Diambil langsung dari Pajak Melati, dipilih yang masih bagus
Harga paket 350rb, ongkir hitung dari Medan
Bisa request ukuran M/L, motif random
Langsung order, stok tiap minggu beda"""),

("post", "regional_code_word", 1, 1, 1, 1, """Awul-awul Sekaten wis dibukak, lur! 😄
Lapakku nomer 14 cedhak pintu kidul. Jaket, hem, kaos, celana, kabeh 10-25 ewu.
Barang anyar mlebu saka karungan mau esuk, isih akeh sing apik.
Monggo mampir, iso tawar sak pantese."""),

("message", "regional_code_word", 1, 1, 1, 1, """Bang, barang lelong sudah sampai dari Entikong tadi subuh.
Ada 6 karung: 3 karung jaket, 2 karung seprai, 1 karung sepatu.
Harga sama kayak bulan kemarin, jaket 4jt per karung.
Kalau Abang jadi ambil, transfer DP dulu sebelum Jumat, biar saya tahan."""),

("post", "regional_code_word", 1, 1, 1, 1, """Yang di Kendari, rombengan di kios saya baru buka karung tadi sore!!
Isinya kemeja batik Malaysia, blus, gamis, ada juga sepatu anak
Harga mulai 10rb, borong banyak dapat potongan
Kios Mama Ani, Pasar Sentral Wua-Wua blok C"""),

("comment", "code_word_price_list", 1, 1, 1, 1, """Ready kak, untuk sortiran kemeja pria grade A harga 65rb/kg, minimal ambil 10kg.
Kalau mau per karung (100kg) jatuhnya 5,8jt. Barang dari Dumai, kirim pakai truk ke Jawa biasanya 5-7 hari.
Detail lanjut WA ya: 0812xxxx"""),

("listing", "code_word_price_list", 1, 1, 1, 1, """Paket Usaha Baju Batam Grade S Isi 30 Pcs Campur Wanita
Baju Batam pilihan, kualitas butik, layak jual 100%
Isi: blouse, dress, outer, rok
Harga 600rb per paket
Ready kirim dari Tanjung Uban, lama pengiriman 3-5 hari ke Jawa"""),

("post", "border_route", 1, 1, 1, 1, """Bos-bos yang cari barang Tawau, kami ada stok koli baru minggu ini.
Koli kasut (sepatu) campur, koli baju sejuk, koli kain langsir.
Harga koli kasut 3,9jt sampai Nunukan, lanjut kapal ke Pare-Pare bisa kami urus.
Serius order chat saja, no PHP 🙏"""),

("message", "reseller_recruitment", 1, 1, 1, 1, """Cari reseller cakar untuk daerah Bone, Soppeng, Wajo!
Barang ambil dari gudang kami di Parepare, bisa per karung atau per ikat (50 pcs).
Reseller dapat harga khusus dan boleh retur yang robek.
Minat? Kirim nama dan alamat ke 0811xxxx, nanti kami kirim daftar harga."""),

("live", "regional_code_word", 1, 1, 1, 1, """Ayo ayo mamak-mamak, ini lelong Pontianak langsung dari karung ya!
Selimut tebal 60 ribu, seprai 45 ribu, masih wangi udah kami cuci
Jaket anak 30 ribu, yang mau langsung komen warna dan nomornya
Live sampai jam 11, Kedai Lelong Acong, jangan sampai ketinggalan"""),

("post", "market_source", 1, 1, 1, 1, """Titip belanja Pasar Tungging Cimol? Bisa banget! 🛍️
Aku tiap Sabtu ke Cimol Gedebage, kamu tinggal kirim budget + ukuran + style.
Fee jasa 10rb per item, barang langsung aku kirim dari Bandung.
Cocok buat yang mau jaket, kemeja, celana kargo bekas tapi ga bisa dateng sendiri.
Format order di highlight ya! @jastipcimol.id"""),

("listing", "code_word_price_list", 1, 1, 1, 1, """Borongan Kaos Kaki Sortiran 1 Karung (Kurleb 800 Pasang)
Kaos kaki bekas pilihan, sudah sortir, tidak ada yang bolong besar
Merk campur: Nike, Puma, Uniqlo, Muji
Harga 1,7jt per karung, tidak bisa pilih
Lokasi gudang Cikarang, ambil sendiri lebih murah"""),

("message", "border_route", 1, 1, 1, 1, """Ready koli baru dari Port Klang sandar Belawan lusa.
Isi koli wanita campur 45kg, koli jeans 50kg, koli sepatu 25kg.
Yang udah antri minggu lalu langsung saya prioritaskan, sisanya baru dibuka umum.
Pembayaran full sebelum bongkar, no nego, pengambilan di gudang Marelan."""),

("post", "regional_code_word", 1, 1, 1, 1, """Roma Cilacap buka lagi gaes! 😎
Tumpukan baju roma di lapak Bu Sri di Pasar Gede Cilacap udah diganti isi karung baru.
Jaket gunung, kemeja kotak, rok panjang, rata-rata 15-30 rb
Jam buka 8 pagi - 4 sore, hari Senin libur"""),

("comment", "regional_code_word", 1, 1, 1, 1, """Bang kalau cari monja jaket kulit di lapak kami aja di Pajak Simpang Limun, barangnya baru kami bongkar dari goni kemarin.
Masih banyak yang bagus, mulai 100 sampai 300 ribu. Cari aja lapak Monja Tigor, nomor 41."""),

("profile", "code_word_price_list", 1, 1, 1, 1, """GROSIR BAL & ECER
📦 Bal kaos, bal kemeja, bal celana, bal campur
📍 Gudang Tanjungbalai - Asahan
🚚 Kirim truk & ekspedisi ke Jawa, Kalimantan, Sulawesi
☎️ Admin 0823xxxx (fast respon jam kerja)
Harga per bal update di highlight"""),

("post", "market_source", 1, 1, 1, 1, """Hari ini aku ke Pasar Senen buat restock lapak, dapet 2 karung isi celana cargo dan kemeja army.
Besok semua aku foto dan upload, harga tetep ramah kantong kayak biasa 40-80rb.
Yang suka gaya outdoor pantengin terus akunnya ya @gudangkargo.sby 🫡"""),

("message", "code_word_price_list", 1, 1, 1, 1, """Selamat pagi bapak/ibu pelanggan setia,
Stok bal minggu ini:
1. Jaket parasut campur - 95kg - Rp 6.000.000
2. Kemeja wanita grade A - 100kg - Rp 5.200.000
3. Celana jeans pria - 80kg - Rp 4.700.000
Barang tiba di Dumai hari Kamis. Order lewat admin ya, no telp di bawah: 0822xxxx"""),

("post", "regional_code_word", 1, 1, 1, 1, """Burjer baru masuk, bukak karung di toko kita nanti malam! 😂
Isinya baju anak-anak ex Jepang dan Korea, dari bayi sampai 12 th
Harga 10rb - 25rb, ada yang masih ada tag lama pula
Lokasi Warung Burjer Nissa, Jl. Bypass Padang
Live juga di TikTok jam 20.00"""),

("listing", "border_route", 1, 1, 1, 1, """Jaket Gunung Outdoor Bekas Import Eks Malaysia Via Entikong
The North Face, Eiger luar, Columbia, Jack Wolfskin
Kondisi 85-95%, dicek resleting dan waterproof
Harga 180-350rb
Kirim dari Sanggau, Kalbar"""),

("live", "market_source", 1, 1, 1, 1, """Selamat sore teman-teman, kita live dari kios kita di Pajak Melati ya!
Barusan buka bal kemeja Jepang, banyak yang lengan panjang bahan katun
Harga 35 ribu satu, tiga potong 100 ribu
Yang mau, sebut nomor gantungan, nanti admin catat. Kirim ke luar Medan juga bisa"""),
]
