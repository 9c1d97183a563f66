R = [
("listing","plain_offer",1,1,1,1,"""JAKET COACH SECOND EX JAPAN — ORIGINAL
Kondisi: 90%, ada pudar sedikit di kerah
Ukuran: L (lebar 58, panjang 71)
Bahan: nylon, furing jaring
Harga: Rp95.000 nett
Barang datang langsung dari gudang Osaka, sudah dilaundry.
Pengiriman dari Bekasi, resi keluar H+1. Tanya stok dulu sebelum checkout ya kak 🙏"""),
("post","haul_promo",1,1,1,1,"""Weekend kemarin aku nemu surga kemeja seken di Blok M 😭
Tokonya @lorongtokyo.jkt, lantai basement, dekat tangga jalan.
Kemeja Polo Ralph Lauren ex Jepang 45rb, flanel Uniqlo 35rb, celana Dickies 60rb.
Semua udah dicuci, ga bau karung sama sekali.
Yang mau ke sana mending pagi, jam 2 siang udah diserbu anak SMA.
#hiddengem #ootdkece #jaksel #kemejamurah"""),
("message","reseller_recruit",1,1,1,1,"""📢 OPEN MITRA RESELLER 📢
Produk: kemeja, sweater, jaket 2nd asal Korea & Jepang
Sistem: ambil per koli (±100 pcs) atau setengah koli
Harga modal mulai 18rb/pcs, jual lagi 40-60rb, untung hitung sendiri
Bonus: grup WA, foto katalog, tips live jualan
Gudang di Cikarang, bisa kirim kargo ke luar pulau.
Minat? ketik MITRA ke 0813xxxx"""),
("live","live_sale",1,1,1,1,"""Halo halo yang baru join, selamat malam semuanyaaa 👋
Malam ini kita buka goni baru, isinya outer cewek dari Korea, semua seken tapi kondisi cakep.
Nomor 1 blazer krem 35rb, nomor 2 cardigan rajut 30rb, nomor 3 trench coat 75rb.
Cara order: ketik nomor + ukuran di komen, nanti admin kunci.
Bayar maksimal 1x24 jam ya, lewat dari itu kita lempar ke antrian berikutnya.
Jangan lupa tap tap layarnya biar live kita naik!"""),
("profile","shop_profile",1,1,1,1,"""Toko Rak Tua Medan 🧥
Menjual celana jeans & jaket seken Amerika dan Jepang sejak 2014.
Lokasi: Pajak Melati, los C nomor 9, buka Senin-Sabtu 08.00-17.00
Online: Shopee & TikTok Shop @raktua.mdn
Barang masuk dari Belawan tiap dua minggu.
Grosir dan ecer, bisa pilih sendiri di lapak."""),
("listing","grade_wholesale",1,1,1,1,"""DIJUAL PARTAI — KAOS SEKEN USA
Isi per koli: ±450 pcs, berat 100 kg
Grade: A (70%), B (25%), sisanya C
Merk campur: Gildan, Hanes, Nike, Champion, kaos event
Harga: 7,8 juta per koli, franco gudang Tangerang
Minimal ambil 1 koli, ga bisa buka buat dipilih.
Transfer lunas baru muat ke ekspedisi."""),
("message","port_route",1,1,1,1,"""Assalamualaikum bapak ibu pelanggan setia.
Info: kiriman dari Tawau sudah masuk Nunukan tadi pagi, ada 15 goni pakaian seken.
Rinciannya: 6 goni campur dewasa, 4 goni anak, 3 goni jaket, 2 goni sepatu.
Yang mau ambil bisa datang langsung ke gudang Jl. Lingkar, atau titip kapal ke Tarakan.
Harga masih sama dengan bulan lalu. Terima kasih 🙏"""),
("post","market_stall",1,1,1,1,"""Sampurasun baraya! 🙌
Kios Mang Ujang di Gedebage blok D geus buka deui.
Ayeuna aya kameja flanel seken ti Jepang, jaket gunung ti Korea, calana jeans Levi's.
Harga mimiti 15 rebu, bisa nawar asal sopan hehe.
Buka tiap poe ti jam 8 isuk nepi ka asar.
#gedebage #bandung #kemejaflanel"""),
("listing","evasive_spelling",1,1,1,1,"""H0odie s3c0nd 1mp0rt KR 🇰🇷
Cond: 9/10, no flek no bolong
Size: XL
Price: 70rb
Stok datang dari k@rung Korea minggu ini, cek foto asli di slide 2-4.
No cancel ya kak, barang satu-satunya."""),
("post","haul_promo",1,1,1,1,"""Rekomendasi buat kalian yang di Makassar! 🌴
Aku belanja di lapak Daeng Rahman, Pasar Butung lantai 2.
Kemeja linen seken dari Malaysia cuma 25rb, celana kargo 40rb, ada juga tas kulit impor.
Pelayanannya ramah, bisa minta dicarikan ukuran.
Kalau ke sana bilang aja tau dari akun ini, siapa tau dikasih diskon 😆
#makassar #butung #belanjahemat #ootd"""),
("listing","plain_offer",1,1,1,1,"""[READY STOCK] Sepatu Nike Air Force 1 Second Ori
Asal: Korea Selatan (dibawa per goni sama supplier)
Size: 42 / 26,5 cm
Kondisi: upper bersih, sol bawah menipis 20%
Box: tidak ada
Harga: Rp320.000
Bisa COD Depok & Jaksel, luar kota via JNE/J&T."""),
("message","grade_wholesale",1,1,1,1,"""Bos, update stok gudang Batam minggu ini:
- Jaket parasut Korea grade A, 3 koli
- Kemeja kantor Jepang grade B, 5 koli
- Celana jeans campur USA, 2 koli
Harga per koli mulai 6,2jt. Pengiriman ke Jakarta lewat kapal Pelni, sampai 4-5 hari.
Kalau mau booking, DP 30% dulu, sisanya lunas sebelum muat."""),
("profile","seller_bio",1,1,1,1,"""👘 Kimono & Haori Preloved from Japan
Semua barang second asli Jepang, dikirim per koli dari Nagoya.
Cocok buat outer, cosplay, koleksi.
Harga 80k-350k tergantung motif & bahan.
Shopee: haori.rumah | Tokopedia: Rumah Haori
Tanya ukuran via DM, slow respon jam kerja."""),
("live","live_sale",1,1,1,1,"""Oke kita lanjut ya gaes, ini dia celana jeans 2nd dari Jepang, merk Edwin, pinggang 31.
Warna biru tua, masih kaku, jahitan aman semua.
Harga live 55 ribu aja, di etalase biasa 85.
Yang mau langsung ketik JEANS31 ya, satu orang satu.
Abis ini kita buka koli yang kedua, isinya jaket bomber, stay terus!"""),
("listing","regional_register",1,1,1,1,"""Dijual kemeja seken Malaysia, barang bagus bah 👌
Ambil dari Tawau langsung, sampai Tarakan kemarin.
Ukuran M sampai XXL, harga 25 ribu saja, tiga 60 ribu.
Datang ke rumah di Juata Laut atau minta antar sekitar kota.
Chat 0853xxxx, jangan telpon ya, lagi jaga anak."""),
("post","english_mix",1,1,1,1,"""NEW DROP 🔥 Japanese secondhand workwear
- chore jacket ex Tokyo, size M, IDR 185k
- painter pants, waist 30, IDR 140k
- hunting vest, free size, IDR 120k
All items are pre-owned & imported, washed and steamed before shipping.
Order via DM or Tokopedia (link in bio). Ship from Bandung."""),
("message","reseller_recruit",1,1,1,1,"""Kak, terima kasih sudah tanya soal dropship 🙏
Jadi sistemnya begini: kakak posting foto barang dari katalog kami (pakaian seken Korea & Jepang), pembeli transfer ke kakak, lalu kakak order ke kami pakai nama toko kakak.
Harga dropship 10rb di bawah harga etalase.
Kami kirim langsung dari gudang di Tanjungpinang.
Pendaftaran gratis, cukup isi form."""),
("listing","evasive_spelling",1,1,1,1,"""✨ b.e.k.a.s  l.u.a.r  ✨
Tas Kate Spade ori, dibawa dari 🇸🇬 bareng koli kemarin
Kulit saffiano, ada baret halus di sudut
Harga 275k, fix no nego
Dm for more pict 💌"""),
("post","market_stall",1,1,1,1,"""Lur, nek dolan Solo mampir lapak ku neng Pasar Klithikan Notoharjo.
Aku dodolan kaos & jaket seken Jepang, anyar teko karung wingi sore.
Rego 20 ewu, sing apik tenan 50 ewu.
Buka jam 9 nganti jam 4.
Ojo lali nggowo tas kresek dhewe yo 😁"""),
("listing","port_route",1,1,1,1,"""Jaket tebal buat pendaki, 2nd ex Korea
Barang turun di Dumai dari kapal Malaysia, sekarang ready di Pekanbaru.
Merk: Black Yak, K2, Kolon, Nepa
Harga: 150-250rb tergantung kondisi
Bisa kirim se-Sumatera, ongkir ditanggung pembeli."""),
("comment","plain_offer",1,1,1,1,"""Balas @rina.kusuma: masih ada kak 2 pcs
yang warna hijau army size M sama navy size L
dua-duanya seken Jepang, kondisi 90%
harga 65rb per pcs, kalau ambil dua 120rb
langsung chat admin ya biar dikunci"""),
("post","reseller_recruit",1,1,1,1,"""Mau punya usaha fashion tanpa modal besar? 💸
Kami supplier pakaian preloved impor dari Jepang & Korea, sudah 6 tahun.
Paket usaha 3jt: 80 pcs campur + rak besi + banner + bimbingan live TikTok.
Sudah 200+ mitra di Jawa & Sumatera.
Slot bulan ini tinggal 12!
#peluangusaha #resellerbaju #usahamodalkecil"""),
]
