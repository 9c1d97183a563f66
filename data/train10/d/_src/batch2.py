# Hand-written records, batch 2. Tuple: (family, kind, category, offer, used, clothing, abroad, text)
RECORDS = [
("F10", "post", "twin_offer_quiet", 1, 1, 1, 1, """Tas kulit wanita, pilihan dari koli minggu ini 👜✨
Coach, Furla, Kate Spade — kulit asli, pegangan udah lemes dikit, lining ada yang kusam
Mulai 120rb aja, first come first serve
Order via WA 0857xxxx atau langsung ke lapak kami di Pasar Tungging Malang, Minggu pagi
#tasbranded #taswanita #malangkota"""),
("F10", "post", "hn_twin_new_goods", 1, 0, 1, 1, """Tas kulit wanita, batch PO minggu ini 👜✨
Coach, Furla, Kate Spade — beli langsung di outlet Amerika, masih segel dustbag + kartu, belum pernah dipakai
Mulai 1,2jt, DP 50% dulu, estimasi sampai 3 minggu
Order via WA 0857xxxx, ambil di rumah kami dekat Alun-alun Malang
#tasbranded #jastipusa #malangkota"""),

("F11", "live", "twin_offer_loud", 1, 1, 1, 1, """LIVE JAM 8 MALAM ‼️ obok-obok sepatu impor bekas 🔥
Nike, Adidas, NB, Converse, semua dari bal Thailand yang baru turun kemarin
Harga spesial live 99rb semua ukuran, tinggal sebut size + nomor yang dipegang host
Checkout lewat keranjang kuning ya, jangan lewat DM
Yang telat bangun ya maaf, biasanya 30 menit udah ludes 😅"""),
("F11", "live", "hn_twin_new_goods", 1, 0, 1, 1, """LIVE JAM 8 MALAM ‼️ flash sale sepatu impor 🔥
Nike, Adidas, NB, Converse — barang baru segel box, kiriman distributor resmi Thailand, lengkap nota
Harga spesial live 399rb semua ukuran, sebut size + nomor yang dipegang host
Checkout lewat keranjang kuning, jangan lewat DM ya
Stok per size cuma 2-3 pasang, jangan sampai kelewatan 😅"""),
("F11", "comment", "hn_twin_report", 0, 1, 1, 1, """Min @tokoaman, tolong cek akun ini ya. Tiap jam 8 malam dia live 'obok-obok sepatu impor bekas', katanya dari bal Thailand yang baru turun
Bukannya barang kayak gitu dilarang masuk? Udah aku report lewat fitur laporkan tapi live-nya masih jalan terus
Screenshot udah aku kirim ke DM kalian 🙏"""),

("F12", "message", "twin_offer_quiet", 1, 1, 1, 1, """Pagi bosku, daftar harga update ya:
• kaos anak campur — 38rb/kg
• daster & baju tidur — 45rb/kg
• jaket tebal musim dingin — 70rb/kg
Minimal ambil 20 kilo, barang gudang Nunukan, kirim pakai kapal ke Makassar/Pare
Foto per kilo bisa diminta, bayar setelah barang naik kapal. 0852xxxx"""),
("F12", "message", "hn_twin_not_clothing", 1, 1, 0, 1, """Pagi bosku, daftar harga update ya:
• botol plastik PET press — 5rb/kg
• kardus bekas — 2,8rb/kg
• jerigen bekas — 7rb/kg
Minimal ambil 500 kilo, barang gudang Nunukan, sebagian masuk dari Tawau, kirim pakai kapal ke Makassar/Pare
Bayar setelah barang naik kapal. 0852xxxx"""),

("F13", "review", "twin_offer_loud", 1, 1, 1, 1, """Review jujur setelah 3x belanja di Cakar Mama Ijah, Pasar Terong Makassar 🛍️
Bajunya cakar asli Korea, dibongkar tiap Kamis, aku dapet blazer 25rb sama rok plisket 15rb
Kekurangannya harus sabar bongkar tumpukan & cuci 2x di rumah
Lapaknya di lantai 2 sebelah tangga, bilang aja temennya Nisa dapet diskon 😆 ⭐⭐⭐⭐"""),
("F13", "review", "hn_twin_no_seller", 0, 1, 1, 1, """Review jujur setelah 3x nyoba baju cakar 🛍️
Dapet blazer Korea 25rb sama rok plisket 15rb, jahitannya masih kuat, cuma baunya lumayan
Tipsku: cuci 2x pake air panas + pewangi, jemur di matahari langsung
Nilai dari aku ⭐⭐⭐, murah tapi effort. Tempatnya ga usah ditanya ya, aku ga mau promosi"""),

("F14", "post", "twin_offer_quiet", 1, 1, 1, 1, """Sweater rajut tebal, nyampe dari Tanjungpinang tadi siang 🧶
Uniqlo, GU, Muji, Zara — udah aku pilihin yang ga melar & ga berbulu, cuci laundry dulu
50rb/pc, 3pc 135rb
Yang mau tinggal komen 'keep' + nomor, rekap jam 9 malam
#sweaterrajut #cewekbatam #ootdhemat"""),
("F14", "post", "hn_twin_new_goods", 1, 0, 1, 1, """Sweater rajut tebal, kiriman grosir impor dari Guangzhou nyampe tadi siang 🧶
Model oversize ala Uniqlo-an, barang baru masih plastik per pcs, benang lembut ga berbulu
75rb/pc, 3pc 210rb
Yang mau tinggal komen 'keep' + warna, rekap jam 9 malam
#sweaterrajut #cewekbatam #ootdhemat"""),
("F14", "post", "hn_twin_swap", 0, 1, 1, 1, """Sweater rajut tebal, oleh-oleh sepupuku dari Tanjungpinang, katanya beli di lapak bal deket pelabuhan 🧶
Ada 6 pc, Uniqlo & GU, aku ga muat semua
Ga dijual ya, mau aku tukerin aja sama celana kulot/rok size M, sesama anak kos
Komen di bawah kalo ada yang mau barter 🤝 #barterbaju"""),

("F15", "profile", "twin_offer_loud", 1, 1, 1, 1, """🌿 RUMAH THRIFT NAYLA 🌿
Baju thrift pilihan ex Korea & Jepang, udah dicuci & disetrika
Drop stok Senin–Kamis jam 7 malam 🕖
COD Pontianak Kota | kirim ke seluruh Kalbar
Order: WA 0896xxxx | Shopee: rumahthriftnayla"""),
("F15", "profile", "hn_twin_preloved_closet", 1, 1, 1, 0, """🌿 LEMARI NAYLA 🌿
Preloved pribadi & titipan teman kuliah, bukan barang bal, semua punya sendiri
Udah dicuci & disetrika, foto asli tanpa filter
Update stok tiap Senin jam 7 malam 🕖 | COD Pontianak Kota
Order: WA 0896xxxx"""),

("F16", "article", "hn_twin_news_trader", 0, 1, 1, 1, """Di Pasar Senen Blok III, pedagang celana jins bekas Ali (42) mengaku stoknya kini tinggal separuh. Ia biasa mengambil 'balan pendek' isi sekitar 200 potong dari pemasok di Bandung, yang barangnya didatangkan dari Korea.
"Sekarang gudang pada tutup, takut dirazia," katanya.
Ali berharap pemerintah memberi masa transisi sebelum penindakan diperketat."""),
("F16", "post", "twin_offer_quiet", 1, 1, 1, 1, """Lapak Bang Ali Senen Blok III lantai 2 masih buka ya guys 🙏
Jins Korea isi balan pendek, baru dibuka kemarin, 200an potong, ukuran 27-36
Harga 60rb, ambil 3 jadi 150rb
Yang di luar Jakarta bisa video call, nanti aku pilihin
WA 0812xxxx"""),

("F17", "listing", "twin_offer_loud", 1, 1, 1, 1, """JUAL BAL BEKAS UK CAMPURAN 🇬🇧
Isi: jaket, coat wol, sweater, dress — mix pria wanita
1 bal ±45kg, ±150 pcs, grade A/B
Harga 3,6jt, ready di gudang Medan (Belawan)
Bisa video call sebelum transfer, pengiriman via ekspedisi darat ke Aceh & Riau"""),
("F17", "listing", "hn_twin_waste_paper", 1, 1, 0, 1, """JUAL BAL KERTAS BEKAS UK 🇬🇧
Isi: majalah, koran, kardus campur — buat bahan baku pabrik kertas
1 bal ±450kg, grade A/B, kering ga kena hujan
Harga 3,6jt per bal, ready di gudang Medan (Belawan)
Bisa video call sebelum transfer, pengiriman truk ke Aceh & Riau"""),

("F18", "message", "hn_twin_refuse", 0, 1, 1, 1, """Bang, makasih udah nawarin lagi karungan dari Entikong kemarin 🙏
Tapi saya udah ga main baju bekas Malaysia lagi, kemarin lapak sebelah kena sita satu gudang
Sekarang saya jual sembako aja di kios itu
Kalau ada yang nanya, jangan sebut nama saya ya Bang"""),
("F18", "message", "twin_offer_quiet", 1, 1, 1, 1, """Bang, karungan dari Entikong udah masuk lagi nih 🙏
Isinya kemeja, celana kain, rok, kondisi masih bagus, ada 15 karung
Saya lepas 1,3jt per karung, bisa diambil di kios saya depan terminal
Kalau ada teman Abang yang mau, kasih nomor saya aja 0853xxxx"""),

("F19", "post", "hn_twin_new_goods", 1, 0, 1, 1, """Drop baru hari ini! 🔥 Kemeja 'vintage look' motif bunga 90an
Bukan barang thrift ya kak, ini stok baru impor dari pabrik di Guangzhou, masih plastik, bahan rayon adem
Semua ukuran S–XXL ready, 89rb aja
Order klik link di bio, COD tersedia
#vintagestyle #kemejapria #thriftlook"""),
("F19", "post", "twin_offer_loud", 1, 1, 1, 1, """Drop baru hari ini! 🔥 Kemeja vintage motif bunga 90an
Barang thrift asli dari bal Amerika, masing-masing cuma 1, ada yang udah pudar dikit warnanya
Ukuran acak S–XXL, 89rb aja
Order klik link di bio, COD tersedia
#vintagethrift #kemejapria #thriftshop"""),

("F20", "comment", "twin_offer_quiet", 1, 1, 1, 1, """Buat yang nanya coat panjang di video tadi, masih ada 4 kak 🙋‍♀️
Itu barang Hongkong, udah aku laundry, ada 1 yg kancingnya ganti
230rb, bisa cek langsung di kios aku Pajak Melati blok C
atau chat IG @coatmelati"""),
("F20", "comment", "hn_twin_not_selling", 0, 1, 1, 1, """Buat yang nanya coat panjang di video tadi, itu coat lama tanteku yang kerja di Hongkong 🙋‍♀️
Dia bawa pulang sekoper pas cuti, udah aku laundry, ada 1 yg kancingnya diganti
Ga dijual ya kak, mau aku bagi ke sepupu-sepupu aja
makasih yang udah muji 🤍"""),

("F21", "post", "hn_twin_bazaar", 1, 1, 1, 0, """📣 BAZAR AMAL SMP Tunas Harapan Surabaya
Sabtu 14/9, jam 8–12 di aula sekolah
Baju, sepatu, tas bekas layak pakai hasil donasi wali murid — mulai 5rb!
Seluruh hasil penjualan untuk beasiswa siswa kurang mampu 🙏
Ajak keluarga ya #bazaramal #surabaya #sedekahbaju"""),
("F21", "post", "twin_offer_loud", 1, 1, 1, 1, """📣 BAZAR THRIFT IMPOR Surabaya
Sabtu 14/9, jam 8–12 di Ruko Kenjeran Blok F
Baju, sepatu, tas bekas impor langsung bongkar bal Korea & Jepang — mulai 5rb!
Reseller boleh ambil banyak, ada harga grosir per kilo 🙏
Ajak teman ya #bazarthrift #surabaya #thriftimpor"""),
]
