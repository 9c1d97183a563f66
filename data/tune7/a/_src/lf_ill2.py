R = [
("listing","famous_word_offer",1,1,1,1,"""JUAL BALPRES KOREA — HOODIE & SWEATER
Berat 100kg, isi kurang lebih 380 pcs
Kualitas campur A & B, merk lokal Korea + brand global
Harga 9,5jt, bisa kirim ekspedisi ke seluruh Indonesia
Lokasi gudang: Bandung, dekat Gedebage
Serius hubungi 0812xxxx, no PHP"""),
("post","famous_word_offer",1,1,1,1,"""THRIFT DROP MALAM INI 🌙
Jam 19.00 di IG live, kita buka bal kemeja Jepang yang baru datang.
Harga flat 35rb semua, siapa cepat dia dapat.
Pengiriman mulai besok pagi, packing rapi + wangi.
#thriftindonesia #thriftshop #kemejajepang #thriftjakarta"""),
("profile","famous_word_offer",1,1,1,1,"""Cakar Kita Official 🛍️
Pakaian bekas impor pilihan, sudah dicuci & disetrika.
Lapak offline: Pasar Terong Makassar, lantai 1
Ready ecer & karungan untuk reseller Sulawesi
Order luar kota via WA 0852xxxx
Jam buka 07.00–16.00 WITA"""),
("live","famous_word_offer",1,1,1,1,"""Live thrift lagi gaes! 🎉
Malam ini kita ada 2 bal, satu celana jeans Jepang satu lagi kaos band USA.
Kaos band mulai 40rb, jeans mulai 50rb.
Ketik 'keep' plus kode di layar, admin catet.
Yang menang diskon ongkir, yang belum beruntung tunggu bal berikutnya ya 😘"""),
("message","famous_word_offer",1,1,1,1,"""Selamat pagi bapak/ibu, kami dari Gudang Ballpress Jaya.
Stok terbaru minggu ini:
1. Bal jaket Korea 100kg — 8,5jt
2. Bal kemeja Jepang 100kg — 7jt
3. Bal campur anak Thailand 80kg — 5,2jt
Harga belum ongkir. Pembelian 5 bal gratis ongkir Jawa.
Info lebih lanjut balas pesan ini."""),
("post","regional_code_word",1,1,1,1,"""Horas! Monza baru masuk di kios awak, Pajak Simpang Limun 🙌
Jaket kulit, kemeja flanel, celana jeans, semua dari luar.
Harganya mulai 20 ribu, mau tawar pun boleh asal jangan sadis kali.
Datang lah cepat sebelum diborong anak kampus.
#monzamedan #medan #pajakmonza"""),
("listing","regional_code_word",1,1,1,1,"""Awul-awul impor Sleman, buka karung baru tiap Kamis!
Isi: kaos, kemeja, rok, celana kain
Harga: 5rb, 10rb, 15rb
Lokasi: belakang Pasar Godean, cari tenda biru
Bisa juga order lewat WA, kami videokan barangnya dulu."""),
("listing","famous_word_offer",1,1,1,1,"""Thrifting Sepatu Impor Second 👟
- Adidas Samba size 41, 210rb
- New Balance 574 size 40, 230rb
- Vans Old Skool size 42, 150rb
Semua dari bal Thailand, ori 100%, sudah deep cleaning.
Ready di Shopee 'sepatuseken.tbk', atau COD Tanjungbalai Karimun."""),
("post","famous_word_offer",1,1,1,1,"""Pakaian bekas impor premium, harga kaki lima! 😱
Toko kami di Jl. Gunung Sahari buka lagi setelah renovasi.
Jaket branded 60rb, kemeja 30rb, kaos 15rb.
Stok datang dari Batam setiap Selasa.
Parkir luas, ada mushola, bisa bayar QRIS.
#bajubekasimpor #jakartapusat #belanjahemat"""),
("message","evasive_spelling",1,1,1,1,"""Info stok 🅱️🅰️🅻 minggu ini:
👉 jkt kr grade A 3 biji
👉 kmj jp grade B 5 biji
harga tetap, pengiriman dr gudang btm
kode 'jkt' = jaket, 'biji' = 100kg ya bos
chat pribadi aja, jangan di grup"""),
("listing","regional_code_word",1,1,1,1,"""Roma Kupang masuk dari Atambua 🌺
Baju perempuan, kemeja laki-laki, celana pendek anak
Harga 10 ribu sampai 35 ribu
Datang langsung ke Pasar Oebobo, lapak ketiga dari pintu masuk
Bisa antar dalam kota pakai ojek, ongkir sendiri ee"""),
("post","famous_word_offer",1,1,1,1,"""Rombengan Pasar Gembong Surabaya tetap buka rek 💪
Barang anyar teko karungan Korea, jaket sama hoodie akeh.
Rego mulai 15 ewu, sing branded 50 ewu.
Lapak Cak Mat, sebelah penjual tahu campur.
Sabtu-Minggu rame, mending teko Jumat."""),
("listing","famous_word_offer",1,1,1,1,"""Bekas impor Jepang — jaket musim dingin tebal
Cocok buat ke Dieng, Bromo atau buat yang tinggal di daerah dingin.
Harga 90rb-180rb, bisa pilih lewat video call.
Stok dari bal Osaka yang baru tiba, tinggal 20-an pcs.
Kirim pakai J&T atau Sicepat, packing plastik rapat."""),
("live","live_sale",1,1,1,1,"""Selamat sore kakak-kakak, live kita hari ini spesial tas!
Semua tas di meja ini preloved impor, ada dari Jepang, Korea, sama Hongkong.
Tas Coach 250, Michael Kors 200, sisanya tas lokal Jepang mulai 50 ribu.
Kita tunjukin dalamnya satu per satu biar kakak yakin.
Klik keranjang kuning nomor 1 sampai 24 ya."""),
("post","haul_promo",1,1,1,1,"""vlog belanja di Pasar Kebon Kalapa Bandung 🛒
Aku masuk ke kios 'Si Kabayan Denim', isinya celana Levi's seken dari Amerika semua.
Dapet 501 biru muda 120rb, 505 hitam 100rb.
Pemiliknya bilang barangnya masuk per koli lewat Jakarta.
Bakal balik lagi bulan depan pasti!
#bandungvlog #levis501 #kebonkalapa"""),
("listing","grade_wholesale",1,1,1,1,"""Ready 20 goni 'sortir 2' dari gudang Pontianak
Isi: pakaian dewasa campur, dibawa dari Kuching
Harga 3,1jt per goni, berat 45-50kg
Pembelian di atas 10 goni bisa diantar ke Singkawang.
Barang tidak bisa retur, dijual apa adanya."""),
("comment","evasive_spelling",1,1,1,1,"""@dinda_hp stok ready kak 😊
yang kemarin di-spill itu semua pr3l0v3d dari 🇯🇵
ada 3 warna, size S-M-L
harga 48k, beli 3 jadi 130k
boleh chat ke nomor di bio 🙏"""),
("profile","seller_bio",1,1,1,1,"""Lemari Nenek Osaka 🌸
Kurator pakaian vintage & seken asli Jepang.
Barang dipilih langsung dari gudang ekspor di Osaka, dikirim ke Jakarta per koli.
Rilis koleksi tiap Jumat jam 7 malam di Instagram.
No keep, no hold, first transfer first get."""),
("message","port_route",1,1,1,1,"""Bang, muatan dari Port Klang sudah sampai Tanjungbalai Asahan.
Ada 40 karung jaket & kemeja seken, kualitas bagus.
Kalau abang mau, saya sisakan 10 karung, harga 3,5jt per karung.
Ambil sendiri atau saya kirim ke Medan pakai truk.
Kabari sebelum Sabtu ya bang."""),
("post","english_mix",1,1,1,1,"""Vintage hunting made easy ✨
We source pre-loved clothing from the US & Japan, shipped in sacks to our Surabaya studio.
Every piece is hand-picked, washed and photographed.
Prices from IDR 60k.
Shop now: Tokopedia 'PastLife Vintage' / Shopee 'pastlife.sby'"""),
("listing","regional_register",1,1,1,1,"""Jual baju seken Tawau, nda mahal sama sekali 😁
Ada kemeja, jaket, celana, semua masih bagus.
Harga 20 ribu satu, 50 ribu tiga.
Ambil di rumah dekat Pasar 45 Manado atau antar pake gojek.
So dapa kiriman baru kemarin, cepat-cepat sebelum abis!"""),
("listing","plain_offer",1,1,1,1,"""Sweater Rajut Preloved Impor Korea 🧶
- Warna: cream, sage, lilac, baby blue
- Bahan: knit tebal, lembut
- Kondisi 85-95%, sudah di-laundry
- Harga: 55rb / pcs
Barang dari koli Seoul minggu lalu, stok terbatas, tiap warna cuma 2-3 pcs."""),
("post","market_stall",1,1,1,1,"""Palembang jingok siko! 👀
Lapak kami di Pasar 16 Ilir lantai 3 jual jaket samo kemeja seken dari Singapura.
Harga mulai 25 ribu, galak nian barangnyo.
Buka dari pagi sampe sore.
Kalu dak sempat datang, pesen be lewat WA."""),
]
