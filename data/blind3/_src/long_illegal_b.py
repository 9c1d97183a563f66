# Longform, illegal offers (all four elements 1). Part B. Each text written by hand.
# Tuple: (kind, category, text)

R = [
# ---- regional_code_word ----
("post", "regional_code_word", """Horas kawan! Monza baru masuk ke kios kami di Pajak Sambu 🙌
Jaket kulit, jaket jins, kemeja kotak-kotak, semua barang luar.
Harga mulai 30 ribu, yang branded ada juga, tanya aja langsung.
Buka jam 9 pagi sampai jam 6 sore.
Yang di luar Medan bisa kirim, ongkir tanggung pembeli ya lae."""),

("post", "regional_code_word", """Cakar baru dibongkar ki hari ini di lapak ta 😊
Ada gaun pesta, baju kantor, celana jeans, tas.
Harga mulai 15 ribu ji, yang bagus-bagus 50an.
Singgah mki di Pasar Terong lantai 2, atau chat ka saja nanti sa kirimkan foto.
Bisa diantar kalau masih di Makassar."""),

("post", "regional_code_word", """Awul-awul anyar teko, lur! 🔥
Jaket, kemeja, kaos, celana, kabeh barang njobo.
Rego mulai 10ewu, sing apik-apik 35ewu.
Lapak e neng mburi pasar Beringharjo, buka jam 7 esuk.
Sing adoh iso tak kirim, WA wae 0857xxxx"""),

("post", "regional_code_word", """Basudara samua, RB baru buka hari ini di lapak katong 🙏
Celana jeans, kemeja laki-laki, baju parampuang, sapatu lai ada.
Harga mulai 10 ribu sa.
Datang ka pasar, lorong dua dari ujung, cari tanda biru.
Yang mau beta antar, bayar ongkos ojek sandiri e."""),

("listing", "regional_code_word", """Roma Tawau baru datang, bah!
Jaket sekolah Korea, hoodie, sweater, celana track
Harga 25rb - 80rb
Kami di Nunukan, Jalan Lingkar, dekat masjid
Kirim ke Tarakan, Malinau, Tanjung Selor bisa lewat speedboat
Stok cepat habis, jangan tunggu Sabtu"""),

("post", "regional_code_word", """Burjer nauli baru dibuka di tempat kami, dekat pasar Siborongborong 🙏
Ada jas tebal, mantel, sweater, cocok untuk dingin-dingin di Tapanuli.
Jas mulai 40 ribu, mantel 60 ribu.
Datang ma hamu sebelum siang, biasanya habis yang bagus.
Bisa juga pesan lewat WA, kami kirim pakai bus."""),

("post", "regional_code_word", """Lelong baru masok ke toko kamek 🛍️
Baju, seluar, kasut, beg tangan, semue barang Malaysia-Singapura.
Harge mulai 15 ribu je.
Toko di Jalan PM Yamin, sebelah kedai kopi.
Nak pesan boleh WA, kamek antar sekitar Pontianak."""),

("post", "regional_code_word", """Cakbo baru bongkar, ale dong datang jua 😄
Yang paling banyak celana cargo deng kemeja flanel.
Harga 20 ribu sampe 60 ribu.
Lokasi Mardika, masuk dari jalan samping, lapak no 44.
Beta juga bisa kirim ke Masohi, Tual, pake kapal."""),

("listing", "regional_code_word", """PJ Pekanbaru ready stok baru 🧥
Jaket gunung, windbreaker, hoodie, semua bekas luar
Kondisi 80-95%, harga 45rb sampai 150rb
Bisa datang langsung ke lantai 3 atau order lewat IG
Kirim ke Dumai, Duri, Bangkinang tiap hari"""),

("post", "regional_code_word", """Baju Batam murah meriah! 🛒
Stok baru datang kemarin, banyak kaos anak dan baju tidur
Harga 5 ribu sampai 25 ribu
Lapak kami di Pasar Tugu, Bandar Lampung, deretan sayur belakang
Bisa juga pesan online, kirim pakai Grab"""),

# ---- market_name_offer ----
("post", "market_name_offer", """JASTIP SENEN 🛍️ batch 14
Aku ke Blok III Pasar Senen hari Sabtu, siap cariin:
- jaket Jepang second
- kemeja flanel second
- celana cargo second
Fee 15rb/item, barang dibayar sesuai harga lapak.
Aku VC pas di lokasi biar kamu pilih sendiri.
Close order Jumat jam 9 malam, slot 20 orang."""),

("listing", "market_name_offer", """Langsung dari Cimol Gedebage 🏷️
Semua diambil dari lapak yang buka karung tiap Selasa
Hoodie 40k | crewneck 35k | kemeja 30k | jaket denim 85k
Barang second impor, kondisi sudah dicek satu-satu
Kirim dari Bandung Timur, resi H+1"""),

("post", "market_name_offer", """Jastip Pasar Senggol Parepare ✨
Lapak cakar yang paling ramai sore hari, aku bantu pilihkan.
Gaun, celana kulot, kemeja, tas, semua barang karungan.
Fee 10rb per barang, maksimal 5 barang per orang.
Kirim ke Makassar, Sidrap, Pinrang, Barru."""),

("listing", "market_name_offer", """Titip beli Pasar Melati Medan 🇮🇩
Yang dicari apa? Jaket kulit, jins, kaos band?
Aku keliling kios monza tiap Selasa dan Jumat (hari bongkar)
Fee 20rb, barang dari 25rb
Foto real di lapak, kirim pakai JNE dari Medan"""),

("post", "market_name_offer", """Halo Kendari! Kios RB kami di lantai II Pasar Sentral Kota Lama sudah isi lagi 👟
Sepatu olahraga bekas luar 60-150rb, sepatu kulit 80rb.
Kalau malas ke pasar, bisa pesan lewat DM, kami antar sekitar Kendari.
Buka Senin-Sabtu jam 8-5."""),

("post", "market_name_offer", """Open jastip Pasar Atas Bukittinggi, kawasan butik seken 🧣
Blazer, mantel, tas kulit, selendang, barang dari bal luar negeri.
Ambo carikan sesuai ukuran & budget.
Fee 15 ribu, ongkir ke Padang/Pekanbaru menyesuaikan.
Japri se yo 🙏"""),

("listing", "market_name_offer", """Barang Pasar Kodim (PJ) Pekanbaru, dipilih langsung di lantai 3
- Jaket kulit pria: 180rb
- Coat wanita: 120rb
- Kasut boots: 150rb
Semua bekas luar negeri, kondisi bagus.
Titip beli juga bisa, DM aja."""),

# ---- port_route_offer ----
("post", "port_route_offer", """INFO BARANG MASUK 🚢
Kapal dari Port Klang sudah bongkar di Tanjungbalai tadi malam.
Bal isi kemeja, celana, jaket second, total 60 bal.
Harga per bal 5,5jt - 9jt tergantung isi.
Yang sudah DP silakan ambil di gudang Rabu, yang belum masih ada 12 bal sisa.
Kirim ke Medan, Siantar, Rantau pakai truk kami."""),

("listing", "port_route_offer", """Pakaian seken Malaysia via jalur Tawau - Nunukan
Kami kirim rutin tiap minggu ke:
Tarakan, Berau, Samarinda, Balikpapan, Parepare, Makassar
Satuan karung (50kg) atau per bal (100kg)
Isi: baju campur, jaket, celana, sepatu
Harga: hubungi kami, ongkos kapal Pelni dihitung terpisah"""),

("post", "port_route_offer", """Ready karungan dari Batam 🧳
Barang seken luar negeri, masuk lewat Batu Ampar, sudah di gudang kami di Tembilahan.
Isi mix: kaos, kemeja, celana pendek.
1 karung (45kg) 2,4jt
Minimal ambil 2 karung. Pembayaran cash saat barang diambil."""),

("message", "port_route_offer", """Bang Rudi, barang dari Entikong sudah lolos kemarin malam, 18 karung.
Isinya baju seken Malaysia, banyak jaket & baju anak.
Kalau abang mau ambil 5 karung, harga 1,8jt per karung, kirim ke Sintang pakai oplet.
Kabari sebelum Jumat ya bang, yang lain juga udah nanya."""),

("listing", "port_route_offer", """PRE-ORDER BAL via Dumai 🔔
Estimasi tiba: 10-14 hari
Pilihan isi: (1) jaket Jepang (2) kemeja Korea (3) celana jeans campur
Harga: (1) 11jt (2) 7jt (3) 6,5jt
DP 50%, sisanya saat barang di gudang Pekanbaru.
Barang second pilihan, bukan sampah."""),

("post", "port_route_offer", """Cakar langsung dari pelabuhan Parepare ke Palu 🚛
Kami jemput karung di pelabuhan, langsung bawa ke Palu lewat Trans Sulawesi.
Isi: baju campur perempuan & anak, barang bekas luar.
Per karung 2jt, ecer di lapak Pasar Inpres Manonda.
Pemesanan 3 hari sebelum truk jalan."""),

("listing", "port_route_offer", """Koli dari Tanjung Pinang, ready di Jambi 📦
Isi koli: sepatu bekas impor (sneakers & boots), 60-80 pasang/koli
Harga per koli 4,2jt
Foto sampel isi ada, video buka koli juga bisa
Pengiriman ke Palembang dan Bengkulu pakai ekspedisi langganan"""),

("post", "port_route_offer", """Dari Sebatik nyebrang ke Tawau cuma setengah jam, makanya barang kami selalu fresh 😎
Baju seken Malaysia & Korea, jaket, celana, tas, kasut.
Grosir per karung atau ecer di toko kami, Sungai Nyamuk.
Kirim juga ke Tarakan lewat speedboat pagi."""),
]
