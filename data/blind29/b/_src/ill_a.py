# Illegal records, batch A: plain sellers (famous words) and code words / geography.
# tuple: (kind, category, offer, used, clothing, abroad, text)
R = [
("listing", "plain_offer", 1, 1, 1, 1, """Jaket Bekas Impor Korea Mulus Murah Size L XL Thrift Original
Kondisi 90% no noda no bolong
Harga 65rb aja, COD area Depok bisa
Stok cuma 1, siapa cepat dia dapat"""),
("post", "plain_offer", 1, 1, 1, 1, """BONGKAR BAL HARI INI JAM 7 MALAM 🔥🔥
Isinya hoodie & crewneck ex Jepang, masih wangi karung 😂
Mulai 20rb, yang mau titip cek dulu nanti di live ya
#bongkarbal #thriftjakarta"""),
("message", "plain_offer", 1, 1, 1, 1, """Assalamualaikum kak, ini list ballpress minggu ini:
- Bal kemeja pria Korea 100kg = 7,2jt
- Bal celana jeans campur = 6,5jt
- Bal jaket musim dingin grade A = 9jt
Barang di gudang Bekasi, bisa kirim ekspedisi. Info lanjut japri 0813xxxx"""),
("profile", "plain_shop_bio", 1, 1, 1, 1, """🛍️ Rumah Thrift Kinanti
Baju bekas impor pilihan, dicuci & disetrika sebelum kirim
Buka bal tiap Jumat | Open reseller
📍 Cirebon | WA 0857xxxx
Kirim ke seluruh Indonesia via JNE & J&T"""),
("live", "plain_live_call", 1, 1, 1, 1, """Guys guys merapat dulu, ini karungan baru dateng dari Korea langsung kita buka di depan kalian yaa
Yang mau jaket tinggal ketik JKT1, JKT2 sesuai nomor gantungan
Semua satu harga 35 ribu, bekas tapi masih kece banget
Checkout di keranjang kuning, jangan lupa share ke temen!"""),
("listing", "plain_offer", 1, 1, 1, 1, """Sepatu Second Import Nike Air Max 90 Size 42 Original
Ex Jepang, sol masih tebal, insole agak kusam
Harga 285.000 nego tipis
Bukan barang baru ya kak, wajar pemakaian. Yang cari mulus jangan tawar."""),
("post", "plain_haul_named_shop", 1, 1, 1, 1, """haul thrifting minggu ini 🤍
dapet cardigan Uniqlo 40rb, rok plisket 25rb sama tas kulit yang ternyata Coach asli 😭
semua dari lapak Bang Jefri di Pasar Senen Blok III lantai 2, bilang aja tau dari aku biar dikasih murah
hidden gems-nya masih banyak kok, gas ke sana sebelum diborong"""),
("comment", "plain_seller_reply", 1, 1, 1, 1, """@nadya.rs masih ada kak yang abu2 size M 👍
itu bekas Korea ya kak tapi bersih kok, udah laundry
langsung klik keranjang aja atau DM kalau mau bundling sama celana yang kemarin"""),
("message", "plain_reseller_recruit", 1, 1, 1, 1, """*DICARI RESELLER THRIFT SELURUH INDONESIA*
Modal kecil, ambil per ikat 50 pcs campur kaos & kemeja second import
Harga reseller 12rb/pcs, bebas jual lagi berapa aja
Foto & video tiap karung kami kirim sebelum transfer
Gabung grup: ketik RESELLER ke 0821xxxx"""),
("listing", "plain_offer", 1, 1, 1, 1, """Paket Usaha Baju Bekas Impor Campur 1 Karung 25kg Cocok Buat Jualan Online
Isi acak: kaos, kemeja, dress, celana pendek
Kualitas kepala-badan campur, BUKAN sortiran
Harga 1.150.000 sudah termasuk ongkir Jawa"""),
("post", "plain_offer", 1, 1, 1, 1, """Yang nanya kapan restock: BESOK!!
Dapet 2 bal coat & blazer second dari Jepang, wool-nya tebel-tebel cocok buat yang mau ke luar negeri musim dingin
Harga mulai 75rb
Spill di story jam 8 pagi, first come first serve 🙏"""),
("review", "plain_offer", 1, 1, 1, 1, """Toko kami jual kemeja flanel bekas impor USA, semua sudah disortir manual. Terima kasih ulasan bintang 5-nya kak Rizky 🙏
Buat yang baca ulasan ini, stok flanel ganti tiap Senin & Kamis ya, follow toko biar dapet notif."""),
("live", "plain_live_call", 1, 1, 1, 1, """Halo yang baru join, ini live buka ballpress celana jeans Levi's, Edwin, Lee campur
Asalnya Jepang semua, ukuran pinggang 28 sampai 36
Sebut nomor + ukuran di komen, admin catat, bayar max 1 jam ya
Yang ghosting masuk blacklist 😤"""),
("post", "plain_offer", 1, 1, 1, 1, """Thrift Shop Jogja buka lagi di Jalan Kaliurang km 6! 🎉
Baju import second dari Korea & Thailand, harga pelajar mulai 15rb
Buka tiap hari jam 10–21
Parkir motor gratis, yang bawa temen 3 dapat totebag"""),
("listing", "plain_offer", 1, 1, 1, 1, """Tas Wanita Branded Bekas Impor Kate Spade Original Preloved Korea
Ukuran sedang, ada sedikit goresan di sudut (lihat foto 5)
Dapat dari bal tas Korea, bukan KW
Rp 320.000 — kirim dari Bandung"""),
("message", "plain_offer", 1, 1, 1, 1, """Bos, stok ball sepatu Thailand masuk lagi nih. Isi 60 pasang campur sneakers & pantofel, bekas layak pakai.
Harga 4,8jt per ball, ambil 2 dapat potongan 300.
Kalau minat kabari hari ini ya, besok udah dilepas ke orang Medan."""),
("profile", "plain_shop_bio", 1, 1, 1, 1, """second.import.sby
Kaos band vintage & jaket varsity bekas luar negeri 🇺🇸🇯🇵
Tiap barang 1 pcs, no restock sama
Order via DM, kirim tiap Selasa & Sabtu
Surabaya — COD Tunjungan"""),
("post", "plain_offer", 1, 1, 1, 1, """Buka karung pertama di 2024 🥳
Isi: sweater rajut Jepang, banyak yang merk Muji & GU, kondisi 85-95%
Harga flat 45rb, free ongkir Jabodetabek min. 3 pcs
Komen "AKU" kalau mau dikirim katalognya"""),
("comment", "plain_seller_reply", 1, 1, 1, 1, """Iya ka, kita memang jual baju bekas impor, bukan baru. Tapi semua udah dicuci pakai air panas + disemprot disinfektan.
Untuk size chart ada di highlight ya. Ongkir ke Makassar sekitar 28rb."""),
("listing", "plain_offer", 1, 1, 1, 1, """[THRIFT] Kemeja Batik Pria Ex Singapore Second Lengan Panjang
LD 112 PB 74
Kondisi masih bagus, warna sedikit pudar
45rb — bisa gabung ongkir dengan item lain di toko"""),
("post", "plain_offer", 1, 1, 1, 1, """Open order borongan baju bekas impor buat yang mau buka lapak lebaran 🙏
Minimal 1 bal, bisa pilih jenis: kaos, gamis, anak, celana
Pengiriman dari gudang kami di Pekanbaru ke seluruh Sumatera & Jawa
Pembayaran DP 50% dulu"""),
("live", "plain_live_call", 1, 1, 1, 1, """Oke lanjut yaaa, ini kaos anak second Korea, bahannya adem
Cocok buat sekolah, satu 10rb, ambil lima 45rb
Yang di Bekasi bisa ambil langsung ke rumah produksi, alamat di bio
Siapa mau? ketik ANAK + jumlah"""),

("post", "code_monza", 1, 1, 1, 1, """Monza baru pecah kawat tadi pagi kak 😍
Kemeja, rok, celana kain, semua masih harum
Lapak kami di Pajak Melati deretan belakang, cari spanduk biru "Butet Collection"
Tiga potong 100, masih bisa tawar kalo belanja banyak"""),
("message", "code_cakar", 1, 1, 1, 1, """Info cakar masuk Makassar 📦
Karung jaket, karung celana panjang, karung campur anak
Harga per karung mulai 2,5jt, ambil di gudang dekat Pasar Terong
Yang mau lihat isinya dulu boleh datang Kamis pagi
Kontak Daeng Rudi 0852xxxx"""),
("listing", "code_grade_price", 1, 1, 1, 1, """HARGA GROSIR MINGGU INI (per koli)
Kaos pria grade A — 5,9jt
Kemeja wanita grade B — 3,7jt
Sortiran jaket/hoodie — 7jt
Celana pendek campur — 4,2jt
Transfer dulu, barang dikirim via kargo. Stok terbatas."""),
("post", "code_awul_awul", 1, 1, 1, 1, """Awul-awul buka maneh ning alun-alun kidul, Minggu esuk mulai jam 6 👕👖
Klambi, celono, jaket, kabeh 10 ewu-an
Sing penting sabar milih, kadang ketemu merek apik
Monggo mampir, lapake mbak Tini pinggir wit ringin"""),
("message", "code_port_route", 1, 1, 1, 1, """Barang dari Tanjungbalai udah sampai Medan semalam, 14 goni pakaian campur.
Siapa yang pesan kemarin harap pelunasan hari ini sebelum jam 3.
Goni jaket tinggal 2, yang lain belum ada yang ambil.
Angkut bisa pakai pick up kita, ongkos dihitung terpisah."""),
("profile", "code_lelong", 1, 1, 1, 1, """Kedai Lelong Pontianak 🌴
Jual baju lelong pilihan, ambil terus dari Entikong
Buka jam 4 sore sampai malam, Jl. Tanjungpura
Terima pesanan ke luar kota"""),
("post", "code_rombengan", 1, 1, 1, 1, """Rombengan Pasar Tugu lagi banyak jaket kulit nih gaes 🧥
Aku jualan di los nomor 12, samping tukang kunci
Jaket kulit 150an, jaket jeans 60an
Yang dari Malang kota monggo, sabtu minggu buka sampai maghrib"""),
("listing", "code_grade_price", 1, 1, 1, 1, """Jual Per Kilo Sortiran Kaos Kepala Harga 55rb/kg Minimal 10kg
Barang pilihan bagian kepala, tanpa cacat, siap jual
Bagian badan 35rb/kg, kaki 15rb/kg
Gudang Cikarang, bisa ambil sendiri atau kirim"""),
("message", "code_baju_batam", 1, 1, 1, 1, """Kak saya ada stok baju Batam, jaket & sweater campur sekitar 80 potong.
Mau saya lepas borongan 3,2jt aja karena mau pulang kampung.
Kalau mau eceran juga bisa, 40rb-an.
Lokasi Tangerang, bisa lihat dulu barangnya."""),
("post", "code_market_source", 1, 1, 1, 1, """Baru pulang kulakan dari Gedebage 🙌
Bawa 3 karung: blazer, celana bahan, sama tas wanita
Senin mulai aku upload satu-satu di IG toko @lemari.nenek.ku
Harga tetep ramah kantong, mulai 30rb"""),
("live", "code_monza", 1, 1, 1, 1, """Kakak-kakak dari Medan dan sekitarnya, ini monza jaket parasut baru dibuka
Ada yang Columbia, North Face, Uniqlo
Harga 80 sampai 150, bisa diantar ke Binjai & Lubuk Pakam
Komen nomor gantungan ya kak, yang pertama komen yang dapat"""),
("message", "code_reseller_price", 1, 1, 1, 1, """Buat mitra baru, ini skema ambil barang:
1 koli kecil (±45kg) = 3,4jt
1 koli besar (±100kg) = 7jt
Bebas pilih kategori, isi campur brand
Foto isi koli dikirim setelah dibuka di gudang Pelabuhan Dumai
Gabung sekarang, slot Februari tinggal 6"""),
("post", "code_cakar", 1, 1, 1, 1, """Mau baju murah di Kendari? Sini ke lapak cakar Mama Ani depan Pasar Baruga 🙏
Kemeja 15, celana 20, jaket 35 ribu
Barang baru turun dari karung tiap Rabu
Yang malas datang boleh WA, sa kirim foto"""),
("listing", "code_goni", 1, 1, 1, 1, """Jual 1 Goni Sepatu Olahraga Campur ± 50 Pasang
Masih tersegel goni dari Tawau, belum dibuka
Cocok buat yang jualan di pasar kaget
Harga 3,9jt, lokasi Nunukan, tidak kirim"""),
("post", "code_roma", 1, 1, 1, 1, """Roma Pasar Inpres lagi banjir kemeja kantor 👔
Lapak ibu Ros di sebelah kios bakso, 3 lembar 50 ribu
Banyak yang merek luar, Arrow, Van Heusen
Datang pagi biar dapet yang bagus"""),
("message", "code_bale_grade", 1, 1, 1, 1, """Ready bale Korea grade S & A
- Long dress wanita: 220 pcs/bale
- Padding jacket: 90 pcs/bale
- Kids mix: 400 pcs/bale
Lokasi gudang Batam, kirim via kapal ke Jakarta ±5 hari
Hubungi admin 0812xxxx"""),
("comment", "code_seller_reply", 1, 1, 1, 1, """Ada kak, karungan celana cargo masih 1, mau dibuka di live besok malam.
Kalau mau ambil utuh satu karung bisa, harga 2,1jt.
Kalau cuma mau pilih-pilih nunggu live aja ya 🙏"""),
("profile", "code_market_source", 1, 1, 1, 1, """Kios Mak Ijah — Pasar Kebon Kalapa Bogor
Langganan ambil barang dari bal Korea & Jepang sejak 2009
Kemeja, blus, gamis, mukena
Buka 08.00–16.00, Jumat tutup siang"""),
("post", "code_babebo", 1, 1, 1, 1, """Babebo Lombok update ya sanak 🙌
Ada 2 bal jaket hoodie baru buka, harga 25-60 ribu
Lapak kami di Pasar Karang Sukun, sebelah penjual ikan kering
Yang jauh bisa minta video, transfer langsung kirim"""),
("message", "code_port_route", 1, 1, 1, 1, """Slot kapal dari Port Klang minggu depan masih ada 20 bal.
Isi bisa request: jaket, jeans, sepatu. Semua barang pakai (used), bukan baru.
Harga sampai Belawan sudah termasuk urus-urusan.
Yang serius langsung DP, jangan cuma tanya harga."""),
]
