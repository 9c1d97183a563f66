# Batch 2: illegal, code words and the trade's geography. Hand-written.
RECORDS = [
("listing", "regional_code_word", (1, 1, 1, 1), """Jual cakar Pare-Pare langsung dari karung, jaket & celana panjang pria
Baru buka karung tadi subuh, masih banyak yang bagus.
Harga 20 ribu dapat dua celana, jaket 35 ribu.
Lapak di Pasar Senggol, samping penjual bakso Daeng Tato.
Bisa juga kirim ke Makassar, ongkir tanggung pembeli."""),

("post", "regional_code_word", (1, 1, 1, 1), """Monza masuk lagi di lapak awak, lae! 🙌
Jaket kulit, kemeja kotak, celana jins Levi's, semua dari goni yang baru dibongkar.
Datang saja ke Pajak Melati, los nomor 23, cari kak Butet.
Yang di luar Medan bisa order, awak kirim pakai bus atau JNT.
Harga mulai 15 ribu, jangan tawar sadis kali ya."""),

("message", "regional_code_word", (1, 1, 1, 1), """Mas, awul-awul dari Padang sudah sampe gudang Klaten.
Isi 5 karung, campur kaos, kemeja, jaket.
Kalau mau ambil borongan 1 karung 1,2 juta, ambil 3 karung saya kasih 3,3.
Buat gelaran Sekaten besok pas ini mas, laku keras biasanya.
Kabari paling lambat nanti malam ya."""),

("post", "regional_code_word", (1, 1, 1, 1), """BAJU LELONG MURAH PONTIANAK 🇲🇾➡️🇮🇩
Baru turun dari Entikong, isi seprai, selimut, jaket, kemeja.
Seprai 45rb, selimut tebal 70rb, kemeja 20rb aja.
Lapak kami di Jalan Tanjungpura, buka jam 8 sampai magrib.
Bisa titip beli dan kirim ke Singkawang, Sanggau, Sintang."""),

("listing", "port_route", (1, 1, 1, 1), """Grosir Pakaian Seken Jalur Tanjungbalai – Bal Campur 100 Kg
Barang masuk langsung dari Port Klang, bongkar di Tanjungbalai, dikirim ke gudang Medan.
Isi campur dewasa, mayoritas baju harian.
Harga per bal 3,1 juta, minimal ambil 2 bal.
Pengiriman ke Jawa via ekspedisi laut, estimasi 10 hari."""),

("message", "price_list", (1, 1, 1, 1), """PRICE LIST MINGGU INI (harga per koli)
• Kaos pria campur — 2,3 jt
• Kemeja wanita sortiran — 2,9 jt
• Jaket tebal winter — 4,5 jt
• Sepatu campur (pasang) — 3,8 jt
• Tas kulit sortiran — 5 jt
Barang ex Jepang & Korea, sudah bongkar di Batam, kirim dari Jakarta Utara.
Admin Yanti 0812xxxx, chat aja jangan telepon."""),

("post", "reseller_recruitment", (1, 1, 1, 1), """Dicari reseller baju Batam area Jabar 📣
Kami suplai per karung atau per kilo, isi sortiran grade A dan B.
Grade A 65rb/kg, grade B 40rb/kg, minimal 20 kg.
Bisa bantu jualan di live, materi foto kami siapkan.
Gudang di Gedebage, survey dulu boleh, janjian via DM."""),

("profile", "market_of_trade", (1, 1, 1, 1), """Kios Cimol Kang Dadan
Pasar Gedebage Blok C no. 14 ✔️
Jaket, hoodie, celana cargo langsung dari bal
Grosir & eceran | buka Senin–Sabtu
Kirim ke seluruh Indonesia lewat ekspedisi
Kepo stok? cek highlight 'NEW BAL'"""),

("listing", "regional_code_word", (1, 1, 1, 1), """Rombengan Jambi Murah – Celana Jeans & Kemeja
Stok baru buka goni dari Kuala Tungkal, kondisi masih rapi.
Jeans 25rb, kemeja 15rb, jaket 40rb.
Ambil di Pasar Angso Duo, tanya lapak Ibu Ros.
Bisa antar dalam kota Jambi pakai ojek."""),

("comment", "regional_code_word", (1, 1, 1, 1), """Ada kak, roma kita baru datang dari Nunukan kemarin sore.
Isinya kebanyakan baju kerja wanita sama celana kain.
Kalau mau lihat-lihat datang aja ke Pasar Sentral Tarakan lantai 2, atau chat aku buat video call pilih barang.
Harga 10rb–50rb tergantung kondisi."""),

("post", "bale_grade", (1, 1, 1, 1), """Info sortiran hari ini:
Grade S: jaket brand, kondisi nyaris mulus — 120rb/pcs
Grade A: kemeja & kaos bersih — 25rb/pcs
Grade B: ada noda atau jahitan lepas — 10rb/pcs
Semua dari karung yang dibongkar pagi ini.
Datang langsung ke gudang atau pesan via DM, stok grade S biasanya habis sebelum siang."""),

("live", "market_of_trade", (1, 1, 1, 1), """Lagi live dari lapak di Pasar Senen Blok III nih kak!
Ini baru banget turun dari karung, jaket kanvas sama kemeja denim.
Yang di luar Jakarta tenang, bisa kirim, tinggal komen "ambil" plus nomor hanger.
Harga liat di hanger ya, ada yang 25, 40, 60.
Aku pegang satu-satu biar keliatan kondisinya."""),

("message", "regional_code_word", (1, 1, 1, 1), """Bang, babebo dari Tawau masuk lusa ya.
Isi 8 koli, baju kaos sama celana anak-anak paling banyak.
Harga sama kayak bulan lalu, 1,8 per koli ambil di Nunukan.
Kalau abang mau dikirim ke Samarinda tambah ongkos kapal.
Jawab cepat bang, orang Tarakan sudah tanya-tanya juga."""),

("post", "regional_code_word", (1, 1, 1, 1), """Ngawul di Sekaten tahun ini! 🎡
Lapak awul-awul kami ada di sisi selatan alun-alun, tenda biru besar.
Kaos 5 ribu, kemeja 10 ribu, jaket mulai 25 ribu — barang semua dari karungan yang kami bawa dari Padang.
Bebas bongkar, bebas pilih.
Buka sampai jam 11 malam selama sekaten."""),

("listing", "price_list", (1, 1, 1, 1), """DAFTAR HARGA KARUNGAN – UPDATE
Kemeja pria lengan panjang: 1,5jt / karung
Kaos campur ukuran besar: 1,3jt / karung
Celana pendek & celana olahraga: 1,1jt / karung
Dress & rok: 1,9jt / karung
Tas campur: 2,4jt / karung
Gudang di Cakung, bisa dilihat dulu. Tidak melayani ecer, minimal 1 karung."""),

("post", "reseller_recruitment", (1, 1, 1, 1), """Mau punya usaha sampingan tanpa stok? 🤔
Gabung jadi dropshipper kami: pakaian seken dari Jepang dan Taiwan, dikirim langsung dari gudang Belawan.
Kamu cukup upload foto, kita yang packing & kirim.
Untung per potong bisa 10–40rb.
Daftar gratis, isi form di link bio @seken.belawan."""),

("message", "port_route", (1, 1, 1, 1), """Pak Heru, kontainer dari Singapura sudah bongkar di Batam kemarin.
Bapak dapat jatah 12 bal: 6 bal kemeja, 4 bal celana, 2 bal sepatu.
Kapal ke Tanjungpinang jalan Kamis, lanjut ke Jakarta minggu depan.
Tolong transfer pelunasan sebelum barang naik kapal ya Pak.
Nomor rekening sama seperti biasa."""),

("post", "market_of_trade", (1, 1, 1, 1), """Pagi di Kebon Kalapa Bogor, jaket-jaket baru aja turun dari bal 🧥
Yang suka cari coach jacket, varsity, atau parka, sekarang waktunya.
Lapak kami di lorong belakang, nama kios 'Kalapa Dua Saudara'.
Harga grosir buat yang ambil 10 ke atas.
Bisa kirim juga, tanya via DM aja."""),

("listing", "regional_code_word", (1, 1, 1, 1), """Burjer Lampung – jaket & sweater pilihan
Buat yang suka hunting burjer tapi males ke pasar, aku bantu pilihin.
Barang dari karung baru di Pasar Tugu, kondisi 80–95%.
Sweater 30rb, jaket 50–90rb.
Kirim dari Bandar Lampung, bisa COD Way Halim."""),

("comment", "port_route", (1, 1, 1, 1), """@andi_mks bisa bang, kami ambil langsung dari kapal yang masuk Parepare, barang ex Malaysia.
Satu karung isi 200-an potong campur.
Harga karung 1,6 juta, kalau abang ambil 5 karung kami kasih potongan.
DM aja biar nggak rame di sini."""),

("post", "regional_code_word", (1, 1, 1, 1), """Obok-obok 10 ribuan di lapak kami, Pasar Tungging Bekasi!
Semua barang dari karung yang baru turun, langsung ditumpuk di meja.
Pilih sendiri sampai puas, kaos, kemeja, celana anak.
Tiap Minggu pagi jam 6 sudah buka.
Ajak tetangga, lumayan buat stok baju harian."""),

("message", "bale_grade", (1, 1, 1, 1), """Kak, stok per kilo hari ini:
Sortiran kaos grade A — 55rb/kg
Sortiran kemeja grade A — 60rb/kg
Campur grade B — 30rb/kg
Minimal 10 kg, barang diambil di Dumai atau kami kirim ke Pekanbaru.
Foto-foto isi sortiran sudah saya kirim di atas ya kak."""),
]
