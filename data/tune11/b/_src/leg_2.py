# Legal records, batch 2.
# Tuple: (kind, category, offer, used, clothing, abroad, text)
LEG_2 = [
("post", "hn_opinion", 0, 1, 1, 1, """Bah, di Medan ini monza udah kayak budaya lah, dari zaman bapakku muda pun orang udah ke Pajak Melati.
Sekarang dibilang dilarang, ya ngerti aku alasannya, tapi kasih jalan keluar lah sama pedagang kecil itu.
Jangan cuma yang di lapak yang digaruk, yang masukin dari Tanjungbalai itu yang dikejar.
Cemana menurut kelen?"""),

("listing", "hn_jute_sack", 1, 1, 0, 0, """Karung Goni Bekas Ukuran Besar Untuk Kopi dan Kakao
Masih kuat, tidak sobek, sudah dijemur bersih
Harga 7.500 per lembar, minimal 100 lembar
Bisa juga untuk kerajinan dan dekorasi kafe
Stok di Lampung Barat"""),

("comment", "hn_buyer_question", 0, 1, 1, 1, """Teh, punten, ari di Kebon Kalapa masih keneh aya nu ngajual baju bekas impor?
Abdi hoyong milarian jaket kanggo budak, tapi seueur nu nyarios tos ditutup. Nuhun sateuacanna 🙏"""),

("article", "hn_news", 0, 1, 1, 1, """Pemusnahan 730 bal pakaian bekas impor dilakukan di Tempat Pembuangan Akhir di Batam, Rabu pagi.
Barang-barang tersebut merupakan hasil penindakan selama enam bulan terakhir di perairan Kepulauan Riau.
Pemusnahan dilakukan dengan cara dibakar di bawah pengawasan aparat dan perwakilan pemerintah kota.
Nilai barang ditaksir mencapai miliaran rupiah."""),

("listing", "hn_new_import", 1, 0, 1, 1, """Grosir Baju Anak Import Guangzhou Baru Per Seri
1 seri isi 4 pcs (ukuran 2-8 tahun), barang baru kemasan plastik
Impor resmi lewat kargo, ada invoice
Harga 180rb per seri, minimal ambil 5 seri
Gudang Tanah Abang Blok A"""),

("post", "hn_own_preloved", 1, 1, 1, 0, """Jual sepatu futsal Specs punya adek gw, baru dipake 3 bulan terus kakinya udah gede lagi 😂
Size 38, beli di Sport Station Mall Kelapa Gading, nota masih ada.
Kondisi 90%, gw lepas 200rb aja. Area Jakut, COD-an aja."""),

("message", "hn_complaint_report", 0, 1, 1, 1, """Selamat siang admin, saya ingin melaporkan live streaming akun 'Kedai Berkah 77' tadi malam.
Penjual berulang kali bilang 'ini barang dari karung Malaysia, lelong asli' sambil menjual jaket dan selimut bekas.
Saya lampirkan tangkapan layar sekitar menit ke-15.
Mohon ditindaklanjuti sesuai aturan platform."""),

("post", "hn_joke_meme", 0, 1, 1, 1, """Dosen: "Sebutkan contoh perdagangan internasional"
Gw: "Jaket gw dari Korea, mampir Malaysia, transit Batam, nyampe Senen, terus ke badan gw"
Dosen: "...itu barang selundupan, nak" 💀"""),

("listing", "hn_used_vehicle", 1, 1, 0, 1, """Vespa Sprint 150 Bekas Eks Impor CBU Italia
Tahun 2017, surat lengkap, pajak hidup sampai Maret
Odometer 18rb km, cat orisinil
Harga 38jt nego, lokasi Denpasar
Serius hubungi 0811xxxx"""),

("article", "hn_guideline", 0, 1, 1, 1, """Tanya jawab: Apakah menjual baju thrift dilarang?
Yang dilarang oleh Permendag 40/2022 adalah memasukkan pakaian bekas dari luar negeri ke Indonesia.
Menjual baju bekas milik sendiri atau hasil donasi di dalam negeri tidak termasuk larangan impor.
Namun pedagang yang membeli bal pakaian bekas impor untuk dijual kembali ikut berisiko terkena penertiban.
Pastikan asal barang jelas sebelum berjualan."""),

("post", "hn_plain_clothing", 1, 0, 1, 0, """Kaos oblong kata-kata khas Makassar ready ki' lagi 😁
"Ewako", "Apa kodong", "Santai mi"
Bahan cotton combed 30s, sablon plastisol, bikinan UMKM Rappocini
Harga 75 ribu ji, kirim se-Indonesia
Order di WA 0852xxxx"""),

("review", "hn_review_no_seller", 0, 1, 1, 1, """Nyobain ngawul pertama kali di Jogja kemarin. Jujur capek banget ngubek-ngubek tumpukan, tapi seru.
Dapet kemeja corduroy label Jepang 25rb, cuma ada noda dikit di lengan.
Buat yang mau coba, bawa masker sama tas sendiri ya. Dan siap-siap badan bau debu karung 😅"""),

("listing", "hn_fabric_roll", 1, 0, 0, 1, """Kain Katun Jepang Motif Bunga Per Roll 50 Yard
Impor langsung Osaka, baru, lebar 110 cm
Cocok untuk gamis, mukena, dan daster premium
Harga 2,9jt per roll, ecer 65rb/meter
Toko Kain Sumber Rejeki, Pasar Baru Bandung"""),

("post", "hn_opinion", 0, 1, 1, 1, """Bapakku dulu jualan rombengan di Pasar Klewer, dari situ aku bisa sekolah.
Jadi tiap ada berita razia baju bekas impor, rasanya campur aduk.
Aku paham negara mau lindungi penjahit dan pabrik sendiri.
Cuma semoga yang kecil-kecil dikasih pelatihan buat pindah usaha, jangan dibiarkan begitu saja."""),

("message", "hn_cargo_new_goods", 1, 0, 1, 1, """Jasa import door to door China - Indonesia 🚢
Khusus barang baru: baju, tas, sepatu, aksesoris dari 1688 & Taobao
Tarif laut 12rb/kg, udara 85rb/kg, per koli dihitung dari berat dan volume
Kami tidak menerima barang bekas atau barang larangan
Hubungi CS 0877xxxx"""),

("comment", "hn_swap", 0, 1, 1, 1, """Ada yg mau tuker jaket? Aku punya windbreaker beli di Cimol Gedebage tahun lalu, size L kegedean.
Pengen tuker sama yg size M, model apa aja. Ga dijual ya, tuker aja 😊"""),

("post", "hn_charity_bazaar", 1, 1, 1, 0, """Garage sale amal RT 05 Perumahan Griya Asri 🏡
Warga menyumbangkan baju bekas, sepatu, buku dan mainan, dijual murah mulai 2rb.
Hasilnya untuk perbaikan pos ronda dan santunan lansia.
Minggu 8 pagi di lapangan badminton komplek. Datang yaa!"""),

("listing", "hn_used_electronics", 1, 1, 0, 1, """Kulkas 2 Pintu Bekas Ex Jepang Merk Sharp 110 Volt
Sudah pakai trafo step-up, dingin normal
Cocok untuk kos atau warung
Harga 1,6jt, pemakaian wajar
Pasar Loak Jatinegara, Toko Elektronik Jaya"""),

("article", "hn_news", 0, 1, 1, 1, """Satreskrim Polres Tanjungbalai mengamankan sebuah truk bermuatan 120 karung pakaian bekas yang hendak dikirim ke Medan.
Sopir mengaku hanya diupah untuk mengantar barang dari sebuah gudang di tepi sungai.
Polisi masih menelusuri pemilik gudang dan jaringan pemasoknya dari Malaysia.
Kasus ini ditangani bersama Bea Cukai setempat."""),

("post", "hn_new_thrift_style", 1, 0, 1, 0, """Koleksi "Thrift Series" dari brand kami udah rilis! ✨
Semua item baru, dibikin pakai teknik washing biar keliatan pudar kayak baju thrift
Kemeja denim washed 179rb, kaos faded 99rb
Diproduksi di Bandung, bukan bekas, bukan impor
Cek katalog di link bio"""),

("comment", "hn_buyer_question", 0, 1, 1, 1, """Min itu yang di foto barang bal sortiran ya? Aku cuma pengen tau ada garansi ga kalau bolong,
soalnya temenku pernah beli dari orang lain dapet yang sobek. Belum mau order, nanya dulu aja."""),

("listing", "hn_own_preloved", 1, 1, 1, 0, """Preloved Kebaya Wisuda Modern Warna Dusty Pink
Dijahit di penjahit Solo tahun 2022, baru dipakai 1x wisuda
Ukuran LD 90, panjang 65, bahan brokat + furing
Harga 275rb (dulu jahit 600rb)
Lokasi Surakarta, bisa kirim"""),

("post", "hn_tutorial", 0, 1, 1, 1, """Cara bedain jaket thrift asli Jepang sama KW (buat yang suka ngawul):
- Cek label dalam: biasanya ada tulisan Jepang dan kode size JIS.
- Resleting YKK dengan kode di balik kepala resleting.
- Jahitan bagian dalam rapi, bukan obras kasar.
Bukan endorse ya, cuma sharing biar ga ketipu pas hunting."""),

("listing", "hn_paper_bale", 1, 1, 0, 0, """Kertas HVS Bekas Per Bal Untuk Daur Ulang
Sisa arsip kantor, sudah dicacah, 1 bal kurang lebih 80kg
Harga 2.800/kg, ambil di Cakung
Cocok untuk pabrik kertas dan pengepul
Chat 0815xxxx"""),

("message", "hn_job_vacancy", 0, 0, 1, 0, """Info loker konveksi di Bandung Kulon 🧵
Dibutuhkan penjahit obras dan jahit lurus, pengalaman minimal 1 tahun
Produksi kemeja dan kaos brand lokal (barang baru)
Sistem borongan, mess disediakan
Minat langsung datang bawa KTP, atau chat Teh Rina 0812xxxx"""),

("post", "hn_joke_meme", 0, 1, 1, 1, """Tiga tingkat kesabaran manusia:
1. Nunggu gebetan bales chat
2. Nunggu antrian BPJS
3. Nungguin abang lapak buka karung awul-awul padahal udah dari subuh 🙂"""),

("article", "hn_news", 0, 1, 1, 1, """Menteri Perdagangan menegaskan pemerintah akan menindak tegas importir pakaian bekas ilegal, bukan pedagang eceran.
Menurutnya, masuknya pakaian bekas dari luar negeri merugikan industri tekstil dan UMKM konveksi.
Pedagang eceran yang masih memiliki stok diminta tidak lagi membeli barang baru dari pemasok bal.
Pemerintah juga menyiapkan program pendampingan bagi pedagang yang ingin beralih menjual produk lokal."""),

("listing", "hn_plain_clothing", 1, 0, 1, 0, """Celana Chino Pria Slim Fit Stretch Premium
Bahan twill stretch, nyaman buat kerja dan hangout
Warna khaki, navy, hitam, olive
Size 28-38, harga 119rb
Brand lokal, dijahit di Bogor"""),

("post", "hn_own_preloved", 1, 1, 1, 0, """Lepas koleksi jersey bola pribadi 🥲 mau fokus nabung nikah
Jersey Persib home 2019 (beli official store), Timnas 2021, Persija away
Semua bekas pakai sendiri, dicuci rapi, no minus
150-250rb per jersey, nego tipis
Lokasi Cimahi"""),

("comment", "hn_complaint_report", 0, 1, 1, 1, """Ini akun yg kemaren live teriak-teriak "bal Korea baru buka, grade A semua" kan? Aku udah report berkali-kali
tapi masih aja live tiap malem. Platformnya kok diem aja sih"""),

("listing", "hn_used_vehicle", 1, 1, 0, 0, """Sepeda Lipat Bekas Element Police 20 Inch
Pemakaian 1 tahun buat ke kantor, rem cakram aman
Ban dan rantai baru ganti bulan lalu
Harga 2,1jt, lokasi Tebet
Bonus lampu depan dan bel"""),

("article", "hn_news", 0, 1, 1, 1, """Di Pontianak, baju lelong masih mudah ditemukan di sejumlah lapak pinggir jalan meski larangan sudah diberlakukan.
Pembeli umumnya mencari jaket, seprai, dan sepatu bermerek dengan harga murah.
Dinas perdagangan setempat mengaku telah melakukan sosialisasi, tetapi pasokan dari perbatasan Malaysia sulit dibendung.
Pengamat menilai perlu penguatan pengawasan di pos lintas batas Entikong dan Aruk."""),

("post", "hn_new_import", 1, 0, 1, 1, """Jastip Uniqlo Jepang! 🇯🇵
Aku di Tokyo sampai tanggal 10, bisa titip barang BARU dari Uniqlo, GU, Muji
Harga sesuai tag + fee 15% + ongkir per kg
Pelunasan sebelum aku belanja ya
Pengiriman sampai Jakarta kira-kira 2 minggu"""),

("message", "hn_buyer_question", 0, 1, 1, 1, """Pak, saya mau tanya. Saya dapat tawaran bal baju bekas Korea dari orang di Batam, katanya aman dikirim ke Surabaya.
Itu sebenarnya boleh tidak ya menurut aturan? Saya belum transfer apa-apa, takut nanti bermasalah."""),

("listing", "hn_used_machine", 1, 1, 0, 1, """Genset Yanmar Bekas Ex Jepang 5000 Watt Diesel
Mesin kering, starter normal, sudah tes beban
Cocok untuk toko dan rumah
Harga 8,5jt, garansi mesin 1 bulan
Lokasi Jl. Veteran Banjarmasin"""),

("post", "hn_local_upcycle", 1, 1, 1, 0, """Dari baju lama jadi baru 🌱
Kami menerima jasa permak dan upcycle baju bekas milik kamu sendiri: kemeja jadi outer, jeans jadi rok, kaos jadi tas.
Mulai 50rb tergantung tingkat kesulitan.
Workshop di Kotagede, bisa kirim via ekspedisi juga.
Bahan tambahan pakai kain sisa penjahit lokal."""),

("review", "hn_review_no_seller", 0, 0, 1, 1, """Beli dress import Korea baru di olshop, bahannya jauh dari ekspektasi, tipis dan nerawang 😞
Di foto kelihatan tebal dan jatuh. Jahitan juga ada yang lepas di bagian ketiak.
Buat kalian, cek ulasan pembeli lain dulu sebelum checkout ya. 4/10."""),

("post", "hn_opinion", 0, 1, 1, 1, """Sebagai penjahit rumahan, saya cuma mau bilang: tiap musim lebaran pesanan saya berkurang karena orang lebih milih baju bekas impor yang murah.
Saya tidak benci pembelinya, semua orang cari hemat.
Tapi kalau bal-bal itu terus masuk dari luar, usaha kecil seperti saya makin susah hidup."""),

("listing", "hn_produce_sack", 1, 0, 0, 0, """Beras Pandan Wangi Cianjur Karungan 25kg
Beras baru giling, pulen dan wangi
Harga 385rb per karung, gratis ongkir Bogor - Depok
Bisa pesan rutin bulanan untuk rumah makan
Hubungi Kang Asep 0838xxxx"""),

("comment", "hn_donation_request", 0, 1, 1, 0, """Kak, kalau baju bekas yang udah ga kepake bagusnya disumbangin ke mana ya?
Aku ada 2 kardus baju anak, masih bagus. Pengen dikasih ke yang butuh, bukan dijual."""),

("post", "hn_trip_personal", 0, 1, 1, 0, """Throwback waktu magang di Osaka, tiap libur aku main ke toko second 2nd Street deket stasiun.
Harganya murah banget buat ukuran Jepang, dan barangnya rapi kayak baru.
Tapi aku cuma beli satu coat buat dipakai sendiri selama musim dingin di sana, sekarang udah aku kasih ke temen kos di Osaka pas pulang.
Kangen suasana itu 🥹"""),

("profile", "hn_new_thrift_style", 1, 0, 1, 0, """Oldies Tailor Co. 🪡
Baju baru rasa thrift — kemeja boxy, celana pleated, rompi rajut
100% jahitan sendiri di Garut, bahan lokal
Bukan bekas, bukan impor 🙏
Order: DM / WA 0813xxxx | Restock tiap tanggal 1"""),
]
