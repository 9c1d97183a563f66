ITEMS = [
("listing","plain_offer",1,1,1,1,"""Mantel Wanita Bekas Korea - Wool Blend
Panjang selutut, warna coklat camel
LD 100, panjang 95 cm
Kondisi 90%, kancing lengkap
Harga 110rb, cocok buat liburan ke negara 4 musim
Lokasi Bekasi, kirim hari yang sama"""),
("message","wa_broadcast",1,1,1,1,"""Info untuk pelanggan setia Roma Mama Ince 🙏
Minggu ini barang dari Malaysia masuk lewat Atambua, 6 karung.
Isinya kebanyakan baju kerja dan celana panjang.
Kami buka hari Rabu jam 7 pagi di Pasar Inpres Kupang.
Harga tetap murah, mulai 10 ribu."""),
("live","live_call",1,1,1,1,"""Lanjut sesi kedua ya kak!
Sekarang kita buka karungan blus & kemeja wanita dari Jepang
Harga rata 20rb, kalau ambil 5 jadi 90rb
Komen 'ambil' + nomor, admin langsung rekap
Besok pagi semua paket dikirim"""),
("post","haul_names_shop",1,1,1,1,"""Thrift haul Gedebage edisi gajian 💸
Kios favorit aku tetep Teh Euis (blok C), barangnya bersih dan harganya masuk
Dapet coat wol 70rb, 2 kemeja linen 50rb, sepatu kulit 90rb
Katanya baru buka bal Jepang hari itu
Kalau kalian ke sana sebut aja kenal dari aku wkwk"""),
("listing","bale_wholesale",1,1,1,1,"""Dijual Per Ton Pakaian Bekas Impor Campuran
Minimal 1 ton (± 20 bal)
Asal Korea & Jepang, grade A dan B
Lokasi gudang Tanjungbalai Asahan
Harga nego langsung di lokasi
Khusus pembeli partai, bukan ecer"""),
("comment","seller_reply_thread",1,1,1,1,"""@nia_kurniasari bisa kak 😊
Bal yang 45 kg itu isinya baju anak Korea campur, ada dress, kaos, celana.
Kalau ngecer di lapak biasanya balik modal 2x lipat.
Harga 3,2jt, DP 50% dulu untuk booking.
Pengiriman ke Palembang kira2 4-5 hari."""),
("listing","misspelled_offer",1,1,1,1,"""thrif celana kargo ex jepang
ukuran 28 - 36 lengkap
harga 40rb satuan, grosir 10pcs 350rb
brg second tp masih tebal2
dm aja kak, fast respon, kirim dari Cirebon"""),
("profile","shop_bio",1,1,1,1,"""HIDDEN GEMS THRIFT ID 💎
Kurasi baju bekas impor dari bal Jepang & Korea
Drop tiap Rabu 19.00 di IG live
Ukuran & minus selalu ditulis jujur
Kirim dari Depok"""),
("post","plain_offer",1,1,1,1,"""Halo warga Banjarmasin!
Lapak baju bekas impor kami sekarang ada di Pasar Sudimampir lantai 2.
Baru bongkar 3 bal: jaket, kemeja, celana jins.
Harga mulai 20rb.
Buka jam 9 pagi sampai 5 sore, Minggu tetap buka."""),
("message","wa_broadcast",1,1,1,1,"""Kak, barang baru dari bal Korea sudah kami foto.
Sweater rajut 40rb
Cardigan 45rb
Turtleneck 35rb
Ketik 'list' kalau mau dikirim semua fotonya. Stok satuan, bukan seri."""),
("live","live_call",1,1,1,1,"""Bro sis, jangan skip live ini 🔥
Bal kemeja flanel ex USA baru dibuka, isinya mantap2
Harga 35rb rata, yang merk Pendleton 100rb
Tulis nomornya di komen, yang pertama yang dapat
Kita mulai hitungan dari sekarang"""),
("listing","plain_offer",1,1,1,1,"""Sepatu Kulit Pria Bekas Jepang Regal / Hawkins
Ukuran 25-27 cm (41-43)
Sol masih tebal, kulit asli
Harga 150rb, semir gratis
Barang dari karungan sepatu Jepang
Bisa cek langsung di Pasar Senen"""),
("post","reseller_recruit",1,1,1,1,"""Program Reseller Cakar Online 2025
Kamu cukup share foto, kami yang kirim barang.
Produk: pakaian bekas impor pilihan dari gudang Makassar.
Komisi 15-25rb per item terjual.
Daftar lewat link di bio, gratis tanpa biaya."""),
("comment","seller_reply_thread",1,1,1,1,"""Buat yang nanya kenapa harga beda-beda:
Baju kami bekas impor, satuan, jadi tergantung merk dan kondisi.
Yang tanpa minus lebih mahal, yang ada noda kecil lebih murah dan sudah ditulis di deskripsi.
Semua dari bal Jepang yang kami buka sendiri."""),
("listing","bale_wholesale",1,1,1,1,"""Ready Bal Tas Wanita Bekas Korea
1 bal ± 100 pcs
Campur merk lokal Korea & brand internasional
Kondisi grade A, ada beberapa grade B
Harga 4,5 juta
Gudang Bandung, COD atau kirim ekspedisi"""),
("post","plain_offer",1,1,1,1,"""Guys, kita ada stok jaket kulit second import yang baru datang! 🖤
Model biker & bomber, ukuran M sampai XXL
Harga 200rb - 450rb
Semua kulit asli, udah kami cek satu2
Order via link bio atau datang ke toko di Jl. Dago"""),
("listing","plain_offer",1,1,1,1,"""Dress Pesta Anak Bekas Impor
Ukuran 3-8 tahun, model tutu & brokat
Kondisi masih cantik, dipakai paling 1-2 kali
Harga 35rb, 3 pcs 90rb
Semua dari bal Korea, sudah dicuci dan disetrika"""),
]
