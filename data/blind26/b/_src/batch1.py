# Batch 1: illegal, plain wording and first code-word records. Hand-written.
# (kind, category, (offer, used, clothing, abroad), text)
RECORDS = [
("listing", "plain_offer", (1, 1, 1, 1), """JUAL BAJU BEKAS IMPOR KOREA - KEMEJA, BLOUSE, CARDIGAN
Kondisi 90% up, sudah dicuci dan disetrika.
Harga satuan 25rb, ambil 10 pcs bebas pilih 200rb.
Barang dari bal baru dibongkar minggu ini, stok terbatas.
Order via chat, kirim dari Bekasi."""),
("post", "plain_offer", (1, 1, 1, 1), """Bongkar bal jaket Jepang malam ini jam 8 di gudang kita 🔥
Isinya campur: parka, coach jacket, windbreaker, ada beberapa The North Face & Uniqlo.
Semua second, kondisi bervariasi, kita kasih harga jujur.
Yang mau titip dulu boleh DM, first come first serve ya guys
#bongkarbal #jaketjepang #secondimport"""),
("listing", "plain_offer", (1, 1, 1, 1), """Ballpress Celana Jeans Campur Ex Korea 100kg
Isi kurang lebih 180-220 potong, merk random (Levi's, Uniqlo, Giordano, no brand).
Grade campur, tidak bisa pilih, tidak terima retur.
Harga 5,8jt nett, ongkir ekspedisi ditanggung pembeli.
Lokasi gudang Cikarang. Serius tanya stok: Bang Rudi 0813xxxx"""),
("profile", "plain_shop_bio", (1, 1, 1, 1), """🌿 Lemari Tetangga Thrift 🌿
Thrift shop Surabaya sejak 2019 | baju bekas impor Jepang-Korea pilihan
Restock tiap Jumat malam, drop di IG story
COD area Tugu Pahlawan Minggu pagi
Shopee & Tokped: lemaritetangga.thrift"""),
("live", "plain_live_sale", (1, 1, 1, 1), """Halo halo yang baru join, selamat datang di live Kak Wulan!
Malam ini kita buka karungan kemeja flanel impor, semua second pilihan ya.
Yang ini Uniqlo flanel kotak merah size L, minus noda kecil di ujung lengan, 45 ribu aja.
Ketik 'mau' plus nomor barang, yang komen duluan dapet. Checkout di keranjang kuning nomor 7!"""),
("message", "plain_broadcast", (1, 1, 1, 1), """*INFO STOK GUDANG MINGGU INI*
Bal sweater Korea grade A = 4,2jt
Bal kaos campur Jepang = 3,5jt
Bal tas wanita ex-China = 6jt
Karungan celana pendek = 2,1jt
Semua barang bekas layak pakai, belum dibuka dari pelabuhan.
Minat japri, kuota terbatas. Admin Sinta 0821xxxx"""),
("post", "plain_haul_with_seller", (1, 1, 1, 1), """Haul thrifting kemarin di Pasar Senen lantai 2 😭 total cuma 180rb dapet 5 potong
- crewneck Champion 40rb
- kemeja linen Muji 35rb
- celana chino Dockers 50rb
- 2 kaos band 2nd 55rb
Belinya di kios Bang Oji blok C nomor 14, barangnya bekas Korea semua katanya. Recommended banget buat yang budget mepet!"""),
("listing", "plain_offer", (1, 1, 1, 1), """Sepatu Bekas Impor Original - Nike, Adidas, New Balance, Converse
Semua ex Korea, sol masih tebal, sudah dicuci bersih.
Size 37 sampai 44, tanya ketersediaan dulu sebelum checkout.
Harga 150rb-350rb tergantung kondisi. Bisa nego tipis untuk ambil 3 pasang."""),
("comment", "plain_reply_to_buyer", (1, 1, 1, 1), """@dewi.ayu masih ada kak yang blazer wool itu, size M, bekas Jepang kondisi 95% mulus. Harganya 85rb belum ongkir.
Kalau mau aku fotoin detail jahitan sama labelnya, chat aja lewat DM biar cepet aku bales ya 🙏"""),
("post", "plain_reseller_recruit", (1, 1, 1, 1), """DICARI RESELLER BAJU THRIFT IMPOR!
Modal kecil, untung lumayan. Kamu tinggal ambil per paket 50 pcs dari kami, harga 600rb sudah sortir.
Barang second import Korea & Jepang, cocok dijual ulang di live atau lapak pasar malam.
Gak perlu stok banyak, bisa mulai dari 1 paket.
Daftar lewat link di bio atau WA 0857xxxx (Mas Dani)."""),
("listing", "plain_offer", (1, 1, 1, 1), """[READY] Tas Branded Second Import Jepang
Coach, Kate Spade, Furla, Michael Kors — ori bekas, bukan KW.
Ada lecet wajar pemakaian, detail di foto ke-3 sampai ke-6.
Harga mulai 275rb. Barang dari bal tas yang baru masuk, jadi siapa cepat dia dapat."""),
("post", "plain_offer", (1, 1, 1, 1), """Guys, toko kita di Blok M Square udah buka lagi habis renovasi!
Masih jual baju bekas impor seperti biasa: jas, coat, sweater, semua dari bal Korea yang kita sortir sendiri.
Ada diskon 20% buat yang datang pakai kaos hitam weekend ini 😆
Lantai basement, lorong dekat eskalator, cari papan kuning 'Rak Ketujuh'."""),
("message", "plain_wa_offer", (1, 1, 1, 1), """Mbak, ini aku kirim foto-foto isi karung kemarin ya. Semua bekas Korea, mayoritas dress sama rok.
Kalau mbak ambil sekarung utuh aku kasih 2,4jt, kalau setengah 1,3jt.
Barang cepet abis soalnya pedagang Pasar Gedebage juga udah nanya. Kabari ya mbak sebelum sore."""),
("listing", "plain_offer", (1, 1, 1, 1), """Hidden Gems Thrift - Vintage Windbreaker 90s
Merk: Adidas, Nike, Kappa, Umbro
Kondisi second, warna masih terang, resleting lancar
Semua barang thrift import, bukan reproduksi
Harga 120rb/pcs, 3 pcs 330rb
Free stiker untuk tiap pembelian 🌸"""),
("post", "plain_offer", (1, 1, 1, 1), """Restock bal baru dari Jepang udah mendarat! 🇯🇵📦
Kali ini isinya banyak kemeja kerja & celana bahan, cocok buat kalian yang baru masuk kantor.
Harga 30-60rb, kondisi second layak pakai semua.
Drop di web jam 7 malam, link di bio. Jangan lupa set alarm ya
#thriftshop #bajubekasimport #jepang"""),
("live", "plain_live_sale", (1, 1, 1, 1), """Oke kita lanjut ya, ini karung kedua! Bekas Korea, isinya hoodie semua.
Yang abu ini merk Spao, size XL, bersih gak ada noda, 55 ribu.
Yang hitam Fila, ada sedikit pudar di lengan, 40 aja deh.
Kak Rina udah ketik mau yang abu, oke tak keep. Jangan lupa checkout max 15 menit ya kak."""),
("article", "plain_shop_promo", (1, 1, 1, 1), """5 Alasan Belanja di Toko Kami, Pusat Baju Bekas Impor Medan
1. Barang langsung dari bal, kami bongkar di depan pelanggan.
2. Harga mulai 10 ribu per potong, grosir lebih murah.
3. Ada jasa cuci dan setrika gratis untuk pembelian di atas 200 ribu.
4. Bisa kirim ke seluruh Sumatera.
5. Lokasi dekat Pajak Melati, gampang dicari.
Kunjungi Toko Sinar Rezeki, Jl. Flamboyan Raya."""),
("listing", "plain_offer", (1, 1, 1, 1), """Jaket Kulit Asli Bekas Import Eropa
Kulit sapi, size L fit XL, lapisan dalam masih utuh.
Made in Italy tertera di label. Ada retak halus di kerah (lihat foto).
Dijual 450rb, bisa COD Jogja area Malioboro."""),
("post", "plain_offer", (1, 1, 1, 1), """Sale akhir bulan!! Semua celana cargo second import diskon jadi 35rb 😍
Stok dari bal Jepang bulan lalu, masih sisa kurang lebih 60 potong.
Size campur 28-36. Langsung datang ke lapak kami di Pasar Kodim Pekanbaru atau order lewat IG ya."""),
("comment", "plain_reply_to_buyer", (1, 1, 1, 1), """Iya kak, semua di lapak kami barang bekas import dari Korea, bukan barang lokal. Tiap minggu kami buka 2 bal.
Untuk kemeja harga rata 25rb, jaket 50rb ke atas. Kalau mau ambil banyak buat dijual lagi ada harga khusus, DM aja."""),
("listing", "plain_offer", (1, 1, 1, 1), """PAKET USAHA THRIFT: 1 Bal Kaos Anak Korea
Berat kurang lebih 50kg, isi sekitar 300 pcs
Kaos anak umur 2-10 tahun, second mulus 70%, sisanya minus ringan
Cocok untuk lapak pasar malam atau online
Harga 2,9jt, kirim dari gudang Medan via kargo"""),
("message", "plain_broadcast", (1, 1, 1, 1), """Assalamualaikum pelanggan setia 🙏
Besok Sabtu kami buka bal coat & blazer bekas Jepang di gudang Tangerang jam 9 pagi.
Harga obral 20-70rb, bisa pilih sendiri.
Reseller yang mau ambil per bal utuh tolong konfirmasi malam ini biar disisihkan.
Terima kasih, Toko Barokah Sandang"""),
# --- code words and geography ---
("listing", "code_regional_cakar", (1, 1, 1, 1), """Cakar Makassar murah, baru buka karung!
Kemeja, celana kain, baju kaos, semua mulai 5 ribu.
Lapak kami di Pasar Butung lantai dasar, pintu samping.
Mau kirim ke Kendari, Palu, Gorontalo bisa, ongkir hitung sendiri.
Sapa ki daeng, tanya-tanya saja dulu di WA 0852xxxx"""),
("post", "code_regional_monza", (1, 1, 1, 1), """Monza baru masuk horas! 🙌
Kemeja, jaket, celana jeans, ada juga tas sama sepatu.
Kami di Pajak Simpang Limun, lapak paling ujung dekat tukang tambal.
Bisa ambil per karung atau eceran. Yang dari Siantar sama Tebing juga sering ambil di sini, bah."""),
("listing", "code_regional_awul", (1, 1, 1, 1), """Awul-awul Jogja buka lagi tiap Minggu pagi lur
Baju sama celana mulai 5rb, jaket 20rb, karungan baru dibuka jam 7.
Lokasi lapangan belakang pasar, cari tenda biru.
Sing arep kulakan kanggo didol maneh, hubungi Pak Harjo 0878xxxx"""),
("message", "code_wholesale_pricelist", (1, 1, 1, 1), """PRICELIST KOLI MINGGU INI (ready Tanjungbalai)
- Koli jaket campur 100kg: 5,5jt
- Koli kemeja lelaki grade A: 6,2jt
- Koli rok/dress wanita: 4,8jt
- Koli sortiran grade B: 2,9jt
Harga sampai gudang Medan. Kirim ke Jawa tambah ongkos kapal.
Pemesanan DP 50%, sisa saat barang turun."""),
("post", "code_route_batam", (1, 1, 1, 1), """Ready baju Batam gaes, langsung dari gudang Sagulung 🚢
Jas, kemeja, cardigan, celana, semua bisa ambil per kilo.
Per kilo 45rb, minimal 10 kilo.
Kirim lewat kargo udara ke Jakarta 2-3 hari. Pesan ke Bu Maya 0812xxxx"""),
("listing", "code_bale_grade", (1, 1, 1, 1), """Sortiran Grade S Celana Jeans - 25kg
Semua pilihan terbaik, tanpa noda, tanpa robek
Levi's 501, 505, Edwin, Big John mendominasi
Cocok untuk seller online yang cari barang premium
Harga 3,75jt per karung, dikirim dari Bandung"""),
("live", "code_regional_lelong", (1, 1, 1, 1), """Lelong lelong, yang baru datang dari seberang!
Ini karung pertama, baju tidur sama daster, ambil saja 10 ribu tiga.
Yang di Pontianak bisa ambil sendiri di Jalan Tanjungpura, yang luar kota kita paketkan.
Siapa mau, ketik nama sama nomor barang, abang catat satu-satu."""),
("message", "code_reseller_recruit", (1, 1, 1, 1), """Halo kak, kemarin kakak tanya soal jadi mitra ya.
Sistemnya gini: kakak ambil minimal 1 karung sortiran dari gudang kami di Entikong, harga 1,8jt isi sekitar 120 pcs campur kemeja dan kaos.
Barang diantar sampai Pontianak tiap Selasa. Kakak tinggal jual ulang, margin biasanya 2x lipat.
Kalau cocok langsung isi form ya."""),
("post", "code_market_gedebage", (1, 1, 1, 1), """Yang nyari outer musim dingin buat liburan ke Jepang, mending ke lapak kita di Gedebage aja dulu 😁
Coat, puffer, sweater rajut, semua second pilihan dari karungan, harga 35-120rb.
Blok D los 22, tanya Teh Nining. Buka jam 8 sampai jam 4 sore ya."""),
("listing", "code_regional_rombengan", (1, 1, 1, 1), """Rombengan Ambon – stok baru turun kapal
Kemeja batik, jaket, celana panjang, kaos, semua harga bersahabat.
Eceran 10-30 ribu, borongan per karung tanya langsung.
Lapak Mardika belakang terminal, tanya Nona Elsye.
Kirim ke Masohi dan Tual juga bisa."""),
]
