# Illegal records, batch 1: plain offers with famous words (written by hand)
RECORDS = [
("listing", "plain_offer", (1,1,1,1), """Baju Bekas Impor Korea Kemeja Flanel Pria Grade A Murah Meriah
Kondisi 90% mulus, sudah dicuci & disetrika.
Ukuran L-XL campur, tanya stok dulu sebelum checkout ya kak.
Harga satuan 35rb, ambil 5 bonus 1."""),
("post", "plain_offer", (1,1,1,1), """BONGKAR BAL HARI INI JAM 4 SORE 🔥🔥
Bal jaket Jepang isi campur: hoodie, windbreaker, parka.
Yang mau dikeep langsung komen "KEEP + nomor foto".
Lokasi lapak: Jl. Kenanga belakang pasar, tanya aja Bang Rudi.
#bongkarbal #jaketjepang"""),
("listing", "plain_offer", (1,1,1,1), """JUAL BALPRES CELANA JEANS IMPOR ISI 100 PCS
Campuran Levis, Lee, Wrangler, merk lain.
Belum dibuka, segel karung asli dari gudang.
Harga nego tipis, bisa kirim ke luar pulau pakai ekspedisi.
WA 0812xxxx (Pak Hendra)"""),
("live", "plain_live_call", (1,1,1,1), """Halo halo yang baru masuk live, tap love dulu dong!
Malam ini kita buka karungan kaos band second dari Thailand, semua 25 ribu aja.
Yang mau tinggal ketik nomor gantungan, nomor 1 sampe 40 ya.
Checkout paling lambat 1x24 jam, lewat dari itu dilempar ke yang lain!"""),
("profile", "plain_shop_bio", (1,1,1,1), """🛍️ Lapak Mbak Yuyun Thrift
Baju bekas impor pilihan, sortir tangan sendiri dari bal Korea & Jepang.
Open reseller, harga khusus ambil banyak.
Order via DM / Shopee: yuyunthrift.id
Bukan barang baru ya kak, maklum ada minus kecil."""),
("message", "plain_broadcast", (1,1,1,1), """*INFO STOK MINGGU INI*
Bal sweater Korea grade A — 4,2 jt
Bal kemeja Jepang campur — 3,5 jt
Bal tas wanita second impor — 5 jt
Bal anak-anak — 2,8 jt
Pengiriman dari gudang Bekasi, minimal ambil 1 bal.
Hubungi admin 0813xxxx"""),
("listing", "plain_offer", (1,1,1,1), """Sepatu Second Import Original Nike Adidas Size 40-44 Bekas Jepang
Sol masih tebal, upper bersih, ada sedikit kerutan wajar pemakaian.
Foto real pic, no box.
Harga mulai 120rb, cek etalase untuk ukuran lain ya gan."""),
("post", "creator_haul_named", (1,1,1,1), """Haul thrift minggu ini dapet 6 item cuma 180 ribu 😭
Ada kardigan rajut UNIQLO, rok plisket, sama blazer oversize yg mirip punya drakor.
Semua dari lapak @karungmimi di Pasar Senen blok 3, orangnya ramah bgt.
Katanya barangnya baru buka bal dari Korea kemarin.
Jangan lupa dicuci pake air panas dulu ya guys!"""),
("comment", "plain_comment_reply", (1,1,1,1), """@dinda.ap masih kak, jaketnya bekas impor Jepang, bahan tebal cocok buat naik motor.
Ukurannya M tapi fit L lokal. Harga 85rb belum ongkir.
Kalau mau langsung chat WA aja ya 0857xxxx biar cepat dibalas."""),
("listing", "plain_offer", (1,1,1,1), """Grade A Kaos Polo Bekas Impor Per Kodi — Cocok Buat Jualan Lagi
1 kodi = 20 pcs, campur warna & merk.
Harga 300rb per kodi, sudah pilihan, tidak ada yang bolong.
Barang dari bal Malaysia, bisa COD area Pekanbaru."""),
("post", "plain_offer", (1,1,1,1), """Buat kalian yang cari baju kerja murah tapi bermerek, mampir ke lapak kami!
Kemeja, celana bahan, blazer, semuanya second import dari Jepang dan Korea.
Mulai 20 ribuan aja.
Buka tiap hari jam 9 pagi sampai 5 sore di Pasar Gedebage kios C-12.
Cari aja spanduk kuning "Rizky Second"."""),
("message", "plain_reseller_recruit", (1,1,1,1), """Assalamualaikum kak, kami sedang buka reseller baju thrift impor 🙏
Kakak tidak perlu stok, cukup share foto dari katalog kami.
Keuntungan bisa 10-25rb per pcs.
Barang dari bal Korea, kami yang kirim langsung ke pembeli kakak.
Minat? Balas "RESELLER" ya."""),
("listing", "plain_offer", (1,1,1,1), """Tas Branded Second Impor Ex Jepang – Coach, Kate Spade, Furla
Semua preloved, kondisi 85-95%, ada yang lecet di sudut.
Tidak ada dustbag & kartu.
Harga 250rb – 700rb tergantung kondisi.
Tanya detail foto via chat, fast respon jam kerja."""),
("live", "plain_live_call", (1,1,1,1), """Gaes gaes, karungan baru sampe nih langsung dari pelabuhan!
Isinya celana cargo sama jogger bekas Korea, semua sama rata 30k!
Siapa cepat dia dapat, yang tadi udah ketik "mau" tolong checkout sekarang.
Besok live lagi jam 8 malam, kita bongkar bal dress wanita."""),
("post", "plain_offer", (1,1,1,1), """Hidden gems hari ini dari bal UK 🇬🇧
Trench coat Burberry kw? NO, ini ori, label lengkap, bekas pakai tapi masih gagah.
Cuma 1 pcs, 450k. Yang serius DM.
Spill lapak: @vintagebasement.jkt
#hiddengems #thriftjakarta #balUK"""),
("listing", "plain_offer", (1,1,1,1), """[READY] Jaket Kulit Bekas Import Eropa Asli Kulit Sapi
Ukuran XL, warna coklat tua, resleting YKK normal.
Ada noda kecil di lengan kiri (lihat foto ke-4).
Dapet dari balpres Italia, cuma satu.
Harga 380.000, bisa nego sedikit buat yang langsung transfer."""),
("comment", "plain_comment_reply", (1,1,1,1), """Iya sis, semua barang di etalase kami second import ya, bukan baru.
Kemarin baru bongkar bal Korea isi blouse dan rok.
Yang ukuran S masih ada 3, nanti aku kirim foto lewat DM.
Ongkir dari Bandung ke Surabaya sekitar 15rb."""),
("profile", "plain_shop_bio", (1,1,1,1), """Grosir & Eceran Pakaian Bekas Impor Sejak 2012
📍 Pasar Senen Blok III lantai 1
Sedia bal utuh, setengah bal, dan per kilo.
Melayani kirim ke seluruh Indonesia.
Admin 1: 0812xxxx | Admin 2: 0896xxxx"""),
("post", "creator_recommendation", (1,1,1,1), """Rekomendasi tempat thrifting di Bandung buat yang baru pertama kali:
1. Gedebage — paling lengkap, datang pagi biar dapet barang fresh dari bal.
2. Kios Teh Ayu, deretan jaket, harganya bisa ditawar sampai 40rb.
3. Lapak Kang Ujang di ujung los, spesialis sepatu bekas impor.
Bawa kantong sendiri & uang pas ya!"""),
("message", "plain_broadcast", (1,1,1,1), """Bos, ready lagi karungan sepatu second campur dari Korea.
1 karung isi ±60 pasang, kondisi campur A dan B.
Harga 3,8 jt sampai gudang kita di Medan, bisa lihat video bongkar dulu.
Kalau cocok DP 50% ya bos."""),
("listing", "plain_offer", (1,1,1,1), """Dress Bekas Impor Korea Wanita Cantik Murah Ukuran All Size Fit L
Bahan sifon, lining masih bagus, tidak ada sobek.
Cocok buat kondangan & hangout.
Harga 45rb. Stok satu-satunya.
Kirim tiap hari kecuali Minggu."""),
("post", "plain_offer", (1,1,1,1), """MAU JUALAN TAPI MODAL TIPIS?
Coba baju bekas impor, modal 1 bal bisa balik 2-3x lipat!
Kami sedia bal kaos, bal kemeja, bal jaket, bal celana.
Gratis konsultasi cara sortir & cara foto yang menarik.
Gudang: Tangerang. Chat admin di link bio."""),
]
