ITEMS = [
("listing","plain_offer",1,1,1,1,"""Sepatu Bekas Import Original Campur Merk
Nike, Adidas, New Balance, Asics
Ukuran 39-44, kondisi 80-90%
Harga 150rb - 250rb tergantung kondisi
Semua dari bal sepatu Korea, dicuci ulang sebelum kirim
Cek video di highlight IG kami"""),
("post","bale_price_list",1,1,1,1,"""Harga sortiran per kilo (update Senin):
Kaos grade A 60rb/kg
Kemeja grade A 75rb/kg
Jaket grade A 95rb/kg
Grade B semua item 35rb/kg
Min order 5 kg. Barang impor, bukan lokal. Gudang Bandung, kirim pakai kargo."""),
("message","wa_broadcast",1,1,1,1,"""Selamat siang kak 😊
Monza minggu ini udah masuk 12 karung ke lapak Pajak Sambu.
Ada jaket kulit, kemeja, dan banyak baju anak.
Yang mau dititip dicarikan ukuran tertentu boleh chat ya, nanti kami fotoin.
Bisa kirim ke luar kota pakai JNT."""),
("live","live_call",1,1,1,1,"""Mama-mama yang baru masuk, selamat datang di live awul-awul Bu Tini!
Malam ini baju anak bekas impor, 3 potong 20 ribu.
Daster sama blus 10 ribu satu.
Sebut nama dan nomor ya, nanti admin catat.
Pembayaran transfer atau COD Klaten kota."""),
("listing","bale_wholesale",1,1,1,1,"""Bal Celana Jeans Bekas Ex USA
Berat 100 kg, isi ± 220 pcs
Merk campur: Levis, Wrangler, Lee, Gap
Grade A+, minim cacat
Harga 5,2 juta, lokasi gudang Batam
Bisa kirim ke seluruh Indonesia via ekspedisi laut"""),
("profile","shop_bio",1,1,1,1,"""Bundle Heritage Jogja
Est. 2015 — kemeja, jaket, denim second import
Buka Senin-Sabtu 10.00-20.00, Jl. Kaliurang km 5
Yang mau titip cari barang incaran boleh DM
Instagram @bundleheritage.jgj"""),
("post","reseller_recruit",1,1,1,1,"""DICARI DROPSHIPPER & RESELLER
Produk: baju bekas impor Jepang (kemeja, blus, jaket)
Keuntungan:
- harga reseller 30% di bawah harga jual
- foto produk siap pakai
- pengiriman atas nama toko kamu
Daftar gratis, isi form di link bio."""),
("comment","seller_reply_thread",1,1,1,1,"""Halo kak, makasih udah tanya 🙏
Cakar kami ambil langsung dari karung yang masuk ke Parepare, jadi barangnya memang impor.
Untuk yang jaket tinggal 3: hitam L, navy M, abu XL.
Harga 45rb satu, kalau ambil 3 jadi 120rb.
Bisa kirim ke Makassar besok pagi."""),
("listing","plain_offer",1,1,1,1,"""Tas Branded Bekas Jepang - Coach, Kate Spade, Michael Kors
Asli, bukan KW. Kondisi 80-95%.
Harga mulai 250rb.
Stok dari bal tas Jepang yang baru kami buka minggu ini.
Detail foto tiap tas silakan minta via chat."""),
("post","haul_names_shop",1,1,1,1,"""Review jujur belanja di @karungan.murah 😍
Aku beli paket 10 pcs baju bekas impor 150rb
Yang dateng: 4 blus, 3 kaos, 2 rok, 1 cardigan. Semua bersih, cuma 1 ada noda kecil
Packing rapi, sampai 2 hari ke Solo
Bakal repeat order sih ini"""),
("message","wa_broadcast",1,1,1,1,"""📣 Bongkar karung spesial akhir bulan!
Kemeja kantor wanita ex Korea, 10 karung
Semua 15rb, ambil 10 dapat 130rb
Lokasi: lapak awul Pasar Legi Kotagede
Minggu jam 7 pagi, jangan telat ya ibu-ibu"""),
("listing","misspelled_offer",1,1,1,1,"""Jual kemeja bekas inport jepang
merk campur, ukuran M sampe XL
kondisi bagus, ada yg msh ada tag laundri jepang nya
harga 30rb aja, ambil 5 bonus 1
lokasi sidoarjo bisa cod"""),
("live","live_call",1,1,1,1,"""Welcome welcome! Live bongkar bal jaket musim dingin ex Korea 🧥
Puffer, parka, mantel wol semua ada
Harga 50rb sampai 120rb
Komen ukuran yang kalian cari, aku cariin di tumpukan
Yang checkout malam ini free ongkir Jawa"""),
("post","plain_offer",1,1,1,1,"""Kami masih buka seperti biasa ya kak, meski ada kabar razia.
Lapak thrift di Pasar Baru Metro lantai 4, kios 12.
Stok celana dan jaket second impor baru saja kami tambah.
Boleh datang langsung atau order via WA."""),
("listing","bale_wholesale",1,1,1,1,"""Koli Pakaian Bekas Hongkong
Isi: dress, rok, blus wanita
1 koli 25 kg, sekitar 120 pcs
Harga per koli 1,3jt
Bisa ambil di gudang Tanjungpinang atau kirim ke Jakarta
Pemesanan minimal 2 koli"""),
("profile","shop_bio",1,1,1,1,"""Lelong Kasut & Beg Sebatik
Barang lelong terus dari Tawau 🇲🇾
Kasut, beg tangan, baju budak
Harga borong & runcit
Boleh pos ke Tarakan & Makassar
Hubungi Kak Aisyah 0853xxxx"""),
("comment","seller_reply_thread",1,1,1,1,"""@rizkyfadli iya bang, itu bal kaos band ex USA yang baru kami buka.
Kaos vintage 90an ada beberapa, harga 100-250rb.
Yang biasa 40rb aja.
Kalau mau diliat dulu, mampir ke toko kami di Jl. Sumatra Malang, buka jam 11."""),
("post","plain_offer",1,1,1,1,"""Cuci gudang! 🔥
Semua stok thrift lama diskon 50%.
Kemeja 20rb, kaos 15rb, celana 25rb. Barang impor second, masih layak semua.
Cuma sampai Minggu ini, habis itu kami isi bal baru.
Alamat toko di bio."""),
]
