R = [
("listing","plain_offer","""Pakaian Bekas Impor Korea Paket Reseller 100 Pcs
Isi campur kaos, kemeja, blus, celana
Kondisi: grade A (tanpa cacat berarti)
Harga Rp1.250.000 sudah termasuk karung
Ready kirim dari Jakarta Utara, bisa cek video unboxing sebelum transfer""",1,1,1,1),
("post","ig_caption","""Outer musim dingin mulai 70k?? iya beneran 😭
Barang bal Korea yang kami sortir satu-satu, sudah dry clean.
Ada 20 pcs di highlight 'OUTER', ukuran S sampai XXL.
Order lewat DM atau WhatsApp di bio.
Bisa kirim ke seluruh Indonesia 🚚""",1,1,1,1),
("message","wa_broadcast","""[STOK BARU] Rombengan Singapura – Lombok Timur
Kemeja pria 10rb/3 pcs
Celana pendek anak 5rb
Jaket & sweater 20rb
Barang datang kemarin, 6 karung. Silakan datang ke rumah Pak Haji Amir, Selong, mulai jam 8 pagi.""",1,1,1,1),
("live","live_call","""Halo semuanya! Ini live dari gudang ya, belakang aku ada 30 bal baru dari Jepang.
Hari ini kita jual eceran dulu, besok baru jual per bal buat reseller.
Kaos 15, kemeja 25, celana 30.
Yang mau jadi reseller, klik link di bio buat daftar grup WA.""",1,1,1,1),
("post","fb_group","""Jual Cepat!! 2 bal celana jeans bekas USA masih segel karung.
Isi ±120 pcs per bal, grade A.
Harga 4jt per bal, ambil dua 7,5jt.
Lokasi Medan Amplas, bisa cek barang. Tidak melayani tawar lewat komen.""",1,1,1,1),
("post","creator_haul","""Hari ini aku ajak kalian thrifting di Pasar Baru Bandung lantai 5 👀
Modal 300rb dapet: 2 jaket denim, 1 kemeja korduroi, 1 tas kulit.
Total yang paling worth: jaket Levi's cuma 80rb!
Toko favorit aku: Kios Abah Dede, pojok deket eskalator.
#thriftbandung #hiddengems #pasarbaru""",1,1,1,1),
("comment","seller_reply","""Halo kak @sarirezky, untuk pengiriman bal ke Pontianak bisa ya.
Kami kirim pakai kapal dari Jakarta, estimasi 7 hari.
Bal kemeja wanita grade A harga 4,3jt, ongkir sekitar 400rb.
Kalau jadi, DP 50% dulu untuk booking stok.""",1,1,1,1),
("profile","shop_bio","""Rumah Awul Solo 🏠
baju impor bekas pilihan • 5rb – 50rb
📍 Pasar Notoharjo (Silir) kios 112
buka tiap hari kecuali Jumat
bisa pesan via WA, kirim ojol se-Solo""",1,1,1,1),
("post","tiktok_caption","""bongkar bal kaos band vintage 🎸🤘
ada Metallica, Nirvana, Slank?? (kok bisa ada di bal Amerika wkwk)
harga 50rb - 250rb tergantung umur kaos.
live jam 9 malem, siapin saldo kalian!
#kaosbandvintage #bongkarbal #thriftindo""",1,1,1,1),
("listing","bale_wholesale","""Grosir Pakaian Second Import Per Ton
Tersedia: Korea, Jepang, China (campur)
Harga per ton bisa nego, minimal 2 ton
Kami punya gudang di Batam dan Jakarta
Melayani pengiriman antar pulau
Serius hubungi 0811xxxx""",1,1,1,1),
("message","reseller_recruit","""Halo! Kami Thrift Kolektif Jatim 🌟
Buka pendaftaran dropshipper baju bekas impor.
Kamu jualan di Shopee/TikTok, kami yang packing & kirim.
Produk: kemeja, jaket, kaos branded dari bal Korea-Jepang.
Margin bebas, foto disediakan. Chat untuk gabung grup.""",1,1,1,1),
("post","x_post","""karena banyak yang nanya: iya gue masih jual jaket second import.
stok sekarang ada 14, mayoritas jaket gunung (TNF, Columbia, Mammut).
harga 90k-250k, detail di highlight ig (link di bio).
ga terima tuker barang ya""",1,1,1,1),
("live","live_call","""Yang dari Tanjungpinang mana suaranya? 😁
Ini baju-baju lelong baru masuk tadi siang, langsung dari kapal.
Gaun, blus, kemeja, semua 15 ribu, pilih sepuasnya.
Pembayaran transfer atau bayar di tempat kalau ambil di toko.""",1,1,1,1),
("post","ig_caption","""Preloved Japan bags 👜✨
Masuk lagi 6 tas branded dari bal Jepang: Longchamp, Coach, Michael Kors.
Semua authentic, kondisi di caption tiap foto.
Harga mulai 250k. DM untuk keep, max 1x24 jam.
#prelovedbags #bekasjepang #secondimport""",1,1,1,1),
("post","fb_group","""Buat teman-teman di Entikong dan Sanggau, saya ada stok pakaian bekas Malaysia.
Campur baju dewasa dan anak, masih layak semua.
Jual per karung (±40 kg) harga 1,2jt, ecer juga bisa.
Silakan inbox atau datang ke toko dekat terminal.""",1,1,1,1),
("comment","seller_reply","""Kak, yang dress bunga itu bekas Korea ya, bukan baru.
Bahan chiffon, panjang 110 cm, ada sedikit benang tertarik di bawah (foto 3).
Harga 40rb aja, ongkir ke Semarang 12rb.
Kalau mau, langsung klik beli sekarang di etalase ya 🙏""",1,1,1,1),
("post","tiktok_caption","""day 23 jualan cakar online 📦
hari ini kirim 47 paket ke seluruh Indonesia, paling jauh ke Merauke!
barang kita semua dari bal Korea, udah dicuci bersih.
makasih yang udah checkout, besok live lagi jam 7 🫶
#cakarmakassar #thriftonline""",1,1,1,1),
]
