# Batch 1: illegal "plain" offers (famous words used openly) + some legal hard negatives.
# Tuple: (kind, category, offer, used, clothing, abroad, text)
B1 = [
("listing", "plain_offer", 1, 1, 1, 1, """Baju Bekas Impor Korea Kemeja Flanel Pria Wanita Murah Grade A
Kondisi 90-95%, sudah dicuci dan disetrika.
Ukuran campur M-XL, tinggal pilih di foto katalog.
Harga 35rb/pcs, ambil 5 gratis ongkir Jabodetabek.
Ready banyak, chat dulu sebelum checkout ya kak."""),
("post", "plain_offer", 1, 1, 1, 1, """BONGKAR BAL MALAM INI JAM 8!! 🔥🔥
Bal jaket Jepang isi campur: windbreaker, coach jacket, fleece.
Semua second import, kondisi dicek satu-satu sebelum live.
Yang mau nitip keep langsung komen nomor baju di live ya.
Jangan lupa follow @gudangjaket.kirana biar dapet notif 🙌"""),
("message", "plain_offer", 1, 1, 1, 1, """Assalamualaikum kak, info stok baru dari kami 🙏
Sudah datang bal celana jeans bekas impor, mayoritas Levi's, Edwin, Uniqlo.
Harga eceran 45rb-85rb, harga grosir untuk reseller bisa nego.
Lokasi gudang di Cikarang, bisa COD atau kirim ekspedisi.
Pesan via WA 0812xxxx atas nama Bu Ratih."""),
("profile", "plain_offer", 1, 1, 1, 1, """🌿 Lemari Thrift Nayla 🌿
Thrift shop online sejak 2020 | baju bekas impor pilihan
Korea • Jepang • US vintage
Drop tiap Jumat jam 7 malam
Order via DM / Shopee: lemarithrift.nayla
No retur kecuali salah kirim"""),
("listing", "plain_offer", 1, 1, 1, 1, """Jual Ballpress Kaos Anak Import Second Isi 300 Pcs Asli Korea
Satu karung berat kurang lebih 100 kg, isi kaos anak umur 2-10 tahun.
Kualitas campur, ada yang mulus ada yang minus sedikit.
Harga 4,8 jt/bal belum ongkir, bisa kirim luar pulau lewat kargo.
Bukan untuk eceran, minimal 1 bal."""),
("live", "plain_offer", 1, 1, 1, 1, """Halo halo guys, masuk dulu masuk dulu, baru buka nih live kita!
Malam ini khusus hoodie thrift impor, semua 50 ribu aja, ada Champion, Nike, Carhartt.
Yang ini nih, hoodie abu-abu, ukuran L, kondisi masih tebel banget, bekas tapi mulus.
Ketik KEEP plus nomor, nanti admin rekap, checkout lewat keranjang kuning ya.
Stok cuma satu-satu, siapa cepat dia dapat!"""),
("post", "creator_haul", 1, 1, 1, 1, """Haul thrifting weekend kemarin 🛍️✨
Dapet blazer wool ex-Jepang cuma 60rb, cardigan rajut 40rb, sama tas kulit 75rb.
Semuanya bekas impor tapi kondisinya kayak baru, aku kaget sendiri.
Belinya di kios Bang Oji, Pasar Senen Blok III lantai 2, bilang aja tau dari aku 😆
#thrifthaul #hiddengems #ootdthrift"""),
("comment", "seller_reply", 1, 1, 1, 1, """@dinda.rsy iya kak masih ada, sweater yg cream itu ukuran M ya.
Itu second import dari Korea, ada noda kecil di lengan kiri tp udah aku foto jelas di slide 4.
Harga 55rb nett, mau aku keep sampai besok siang?
Kalau jadi langsung DM alamat ya kak 🙏"""),
("listing", "plain_offer", 1, 1, 1, 1, """SEPATU BEKAS IMPOR ORIGINAL | Nike Air Max 90 | Size 42
Kondisi 85%, sol masih tebal, insole sudah diganti baru.
Didapat dari bal sepatu Korea, bukan KW.
Harga 380.000, nego tipis.
Bisa cek langsung di toko kami, Jl. Cihampelas, Bandung.
Pengiriman setiap hari kecuali Minggu."""),
("message", "reseller_recruitment", 1, 1, 1, 1, """OPEN RESELLER BAJU BEKAS IMPOR 📢
Modal mulai 500rb sudah bisa jualan, tanpa stok.
Kami siapkan foto katalog, kamu tinggal posting ulang.
Barang dari bal Jepang & Korea, sortiran grade A dan B.
Keuntungan per pcs bisa 15-40rb.
Minat? Balas pesan ini dengan ketik RESELLER."""),
("post", "plain_offer", 1, 1, 1, 1, """Restock celana kargo second impor sudah masuk gaes!
Banyak yang nanya kemarin, akhirnya dateng juga satu bal penuh.
Mulai 65k aja, ukuran 28-36, warna army, khaki, hitam.
Toko buka jam 10 pagi sampai jam 9 malam.
Alamat: Ruko Sentra Niaga No. 14, Bekasi Timur.
Langsung datang aja, nggak bisa keep lewat chat ya."""),
("review", "seller_reply", 1, 1, 1, 1, """Balasan Penjual:
Terima kasih kakak sudah belanja di Thrift Pojok Karawang 🙏
Mohon maaf soal kancingnya, barang kami memang bekas impor dari bal jadi kadang ada minus kecil.
Untuk order berikutnya pakai voucher TOKO10 ya kak, diskon 10%.
Besok ada restock kemeja Jepang, ditunggu lagi!"""),
("listing", "plain_offer", 1, 1, 1, 1, """Kemeja Batik Vintage Bekas Jepang Motif Hawaiian Aloha
Bahan rayon adem, jahitan rapi, label asli Jepang masih nempel.
Lebar dada 56 cm, panjang 74 cm.
Kondisi second tapi sangat layak, tidak ada bolong.
Cocok buat ngantor santai atau liburan.
Harga 90rb."""),
("post", "plain_offer", 1, 1, 1, 1, """Sale akhir bulan!!
Semua tas bekas impor di rak depan diskon 30%.
Ada Coach, Kate Spade, Longchamp, sama beberapa tas kulit tanpa merek dari Jepang.
Ini barang second ya, kondisi ditulis di tiap label harga.
Berlaku sampai tanggal 31, offline store aja di Jl. Veteran, Malang."""),
("profile", "plain_offer", 1, 1, 1, 1, """Grosir Bal Import Surabaya 🧺
Supplier baju bekas impor langsung dari gudang
Bal Korea | Bal Jepang | Bal Eropa
Terima pengiriman seluruh Indonesia
Admin 1: 0812xxxx | Admin 2: 0813xxxx
Gudang: Margomulyo, Surabaya"""),
("live", "plain_offer", 1, 1, 1, 1, """Oke masuk semua yang baru join, welcome welcome!
Ini dress second Korea ya, motif floral, bahannya jatuh banget.
Kita mulai lelang dari 20 ribu, ayo siapa yang mau naik?
25 dari kak Wulan, 30 dari kak Sari, masih ada yang berani?
Oke 35, closing buat kak Sari, nanti checkout di link bio!"""),
("message", "plain_offer", 1, 1, 1, 1, """Bapak/Ibu pelanggan setia, minggu ini kami buka bal baru:
1. Bal kemeja pria Korea
2. Bal rok dan dress wanita Jepang
3. Bal jaket gunung campur
Semua barang bekas impor, bisa beli satuan atau per kilo.
Info lengkap dan foto barang bisa minta ke admin Dani 0857xxxx.
Terima kasih."""),
("post", "creator_recommendation", 1, 1, 1, 1, """Buat yang nanya tempat thrift enak di Jogja, ini rekomendasi aku:
1. Gudang Lawasan di Jl. Kaliurang km 7, banyak jaket impor bekas, harga mulai 30rb
2. @thrift.kotabaru, online aja tapi fotonya jujur banget
3. Lapak Mas Bayu deket Stasiun Lempuyangan, khusus celana jeans second Jepang
Semoga membantu, jangan lupa bawa tas belanja sendiri ya 💚"""),
("listing", "plain_offer", 1, 1, 1, 1, """Paket Usaha Thrift Pemula - 50 Pcs Kaos Bekas Import Campur
Isi kaos oblong dan polo, merek campur, ukuran S-XXL.
Cocok buat yang mau mulai buka lapak atau jualan online.
Harga paket 750rb, sudah termasuk plastik dan hanger.
Barang diambil dari bal impor, sudah kami sortir, yang robek dibuang."""),
("comment", "seller_reply", 1, 1, 1, 1, """Kak yang nanya harga bal, untuk bal kemeja Korea isi sekitar 250 pcs harganya 6,5 jt ya.
Kalau bal jaket isinya lebih sedikit, sekitar 120-an, harganya 7 jt.
Semua pakaian bekas, bukan baru.
Bisa kirim ke Makassar lewat ekspedisi laut, ongkir ditanggung pembeli.
Detail lanjut japri aja kak."""),
("post", "plain_offer", 1, 1, 1, 1, """Hidden gems hari ini 💎
Coat panjang wool abu-abu, impor dari Jepang, bekas tapi nggak ada cacat sama sekali.
Tinggi model 165 cm buat gambaran panjangnya.
Harga 150rb, pertama yang transfer yang dapet.
Klik link di bio untuk order, atau mampir ke toko kami di Depok."""),
("listing", "plain_offer", 1, 1, 1, 1, """Sweater Rajut Wanita Second Import Korea Premium
Ready 20 warna berbeda, sudah laundry wangi.
Harga 40rb/pcs atau 3 pcs 100rb.
Minus kecil seperti benang tertarik sudah kami tandai di foto.
Pengiriman dari Tangerang, bisa instan."""),
("message", "plain_offer", 1, 1, 1, 1, """Info buka karungan besok pagi jam 6 di lapak kami, Pasar Minggu belakang terminal.
Isinya celana pendek dan kaos bola bekas impor, harga mulai 10rb.
Yang mau borong buat dijual lagi bisa dateng duluan jam 5.
Sebarin ke temen-temen ya 🙏"""),
]
