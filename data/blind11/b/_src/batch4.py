# Batch 4: remaining legal records (hard negatives and ordinary texts), varied kinds and registers.
# Tuple: (kind, category, offer, used, clothing, abroad, text)
RECORDS = [
("post", "hn_haul_no_seller", 0, 1, 1, 1, """Hasil thrifting minggu ini 🧺
Jaket corduroy ex Jepang, kemeja hawai, sama rok denim.
Total habis 150 ribu doang. Sengaja gak sebut tempatnya ya, nanti rame dan aku gak kebagian lagi 🤭"""),
("message", "hn_swap", 0, 1, 1, 1, """Gaes, grup tukar baju bulan ini tema outerwear.
Bawa maksimal 3 barang, boleh hasil thrift bal atau dari lemari sendiri, yang penting bersih.
Tidak ada jual beli ya, murni tukar. Kumpul di taman kota jam 4 sore."""),
("article", "hn_news", 0, 1, 1, 1, """Kementerian Perdagangan menegaskan kembali larangan impor pakaian bekas.
Dalam jumpa pers, pejabat terkait menyebut barang yang masuk lewat Batam, Dumai dan Tanjungbalai akan terus ditindak.
Pedagang eceran diminta tidak lagi mengambil pasokan dari penyalur bal dan beralih ke produk dalam negeri."""),
("listing", "hn_used_appliance", 1, 1, 0, 0, """Kulkas 2 Pintu Bekas Sharp Normal Dingin
Pemakaian 3 tahun, pindah rumah jadi dilepas.
Harga 1,6jt, bisa bantu antar area Cimahi.
Karet pintu masih rapat, freezer cepat beku, cuma ada baret kecil di samping."""),
("post", "hn_opinion", 0, 1, 1, 1, """Gedebage dulu tempat aku belanja jaket waktu kuliah. Sekarang banyak kios tutup, ada yang ganti jualan kaos baru.
Sedih sih lihatnya, tapi aku juga paham kenapa dilarang. Semoga pedagangnya dapat jalan keluar."""),
("comment", "hn_buyer_question", 0, 1, 1, 1, """Ada yang tau gak bedanya grade A sama grade B di bal baju bekas? Aku mau beli satuan di pasar, takut ditipu harga.
Tolong pencerahannya suhu 🙏 soalnya kemarin aku ditawari kemeja "grade A" tapi kancingnya ilang dua."""),
("listing", "hn_new_import", 1, 0, 1, 1, """Sneakers Import Vietnam Original BNIB
Barang baru full box, beli dari distributor resmi.
Size 39-44, harga 1,1jt. Bukan barang seken atau bal.
Nota pembelian disertakan, bisa cek keaslian di toko."""),
("post", "hn_regional_word_non_trade", 0, 0, 0, 0, """Resep cakar ayam pedas manis ala rumahan 🐔🌶️
Rebus cakar 20 menit biar empuk, lalu tumis bumbu halus bawang, cabai, kemiri.
Masukkan kecap, saus tiram, sedikit gula. Masak sampai bumbu meresap. Cocok buat teman nasi hangat!"""),
("message", "hn_buyer_question", 0, 1, 1, 1, """Mas, aku lihat di Marketplace ada "karungan jaket ex Korea" murah banget.
Itu legal gak sih kalau aku beli buat dipakai sendiri? Takut kena masalah.
Makasih infonya."""),
("listing", "hn_majun", 1, 1, 0, 0, """Kain Majun Perca Per Karung 25kg
Sisa potongan kain konveksi dan kaos bekas untuk lap mesin.
Cocok buat bengkel, pabrik, percetakan. Harga 90rb per karung, lokasi Bekasi."""),
("article", "hn_guideline", 0, 1, 1, 1, """Catatan untuk moderator: judul seperti "bal kaos ex Korea", "monza", "cakar" atau "awul-awul" hampir selalu mengarah ke pakaian bekas impor.
Sebaliknya, "thrift style", "vintage look", dan "preloved pribadi" perlu dicek lebih dulu sebelum diturunkan.
Sertakan tangkapan layar saat mengeskalasi kasus."""),
("post", "hn_own_preloved", 1, 1, 1, 0, """Lepas koleksi kebaya pribadi, dipakai wisuda dan kondangan aja 🌸
Kebaya brokat hijau botol + kain batik tulis, size M.
Jahit sendiri di penjahit langganan Pekalongan. 350rb sepasang, nego tipis."""),
("review", "hn_review", 0, 0, 1, 0, """Baru beli jaket denim lokal di pasar malam, kupikir bakal luntur, ternyata awet.
Warnanya mirip barang thrift tapi ini baru, masih ada plastiknya.
Harga 110 ribu, worth it. Bintang 5."""),
("message", "hn_donation", 0, 1, 1, 0, """Info dari RT: besok pagi ada pengumpulan pakaian bekas untuk korban gempa Cianjur.
Silakan taruh di depan pos ronda dalam kantong plastik bertuliskan ukuran.
Yang tidak layak pakai jangan disumbangkan ya, nanti malah jadi beban relawan."""),
("post", "hn_joke", 0, 1, 1, 1, """Beli baju awul-awul 10 ribu, laundry-nya 15 ribu, parfumnya 30 ribu.
Total biaya "hemat" hari ini: 55 ribu 😭😭
Matematika anak thrift memang beda.
Tapi ya tetep bangga sih kalau ada yang nanya "beli di mana?" 😌"""),
("listing", "hn_non_clothing_bal", 1, 0, 0, 1, """Kapas Import Australia Per Bal
Kapas mentah untuk industri pemintalan, 1 bal ±220 kg.
Dokumen impor lengkap, harga sesuai kurs. Hubungi marketing untuk penawaran."""),
("article", "hn_report", 0, 1, 1, 1, """Dari razia di Pasar Senen, petugas mendapati puluhan kios menjual pakaian bekas impor dengan label "grade A" dan "ex Korea".
Pedagang mengaku membeli dari penyalur di Bandung dalam bentuk bal.
Dinas terkait memberi teguran tertulis dan meminta pedagang mengosongkan stok dalam 30 hari."""),
("comment", "hn_buyer_question", 0, 1, 1, 1, """Bang, monza di Binjai masih buka gak tiap Minggu? Dulu sering ke situ sama bapak, sekarang mau ajak anak cari jaket sekolah.
Kalau udah tutup, di mana lagi ya yang dekat?"""),
("post", "hn_upcycle_local", 1, 1, 1, 0, """Workshop patchwork Sabtu ini! 🧵
Bawa satu kemeja atau celana lama dari rumah, kita ubah jadi bucket hat atau pouch.
Biaya 75rb sudah termasuk benang, jarum, dan snack. Tempat di Kopi Rumah Lama, Semarang."""),
("listing", "hn_plain_clothing", 1, 0, 1, 0, """Daster Rayon Jumbo Motif Bunga Adem
LD sampai 130 cm, cocok buat ibu hamil dan menyusui.
Harga 45rb, beli 3 gratis ongkir Jawa.
Stok baru tiap minggu dari konveksi Pekalongan."""),
("message", "hn_complaint", 0, 1, 1, 1, """Selamat siang CS, saya mau lapor penjual di kolom live kemarin.
Dia teriak-teriak "bongkar bal Korea, 50 ribu semua", padahal setahu saya barang begitu dilarang.
Mohon ditindaklanjuti, nama akunnya ada di tangkapan layar yang saya lampirkan."""),
("post", "hn_news_comment", 0, 1, 1, 1, """Baca berita pemusnahan 870 bal baju bekas di Makassar, kepikiran: kenapa gak didaur ulang aja jadi benang atau isian kasur?
Dibakar gitu kan juga bikin polusi. Ada yang tau alasannya?"""),
("listing", "hn_used_phone", 1, 1, 0, 1, """Samsung Galaxy S21 Second Ex Korea Resmi
Bonus case dan tempered glass, minus pemakaian wajar.
IMEI terdaftar, harga 3,5jt, bisa cek di tempat, Medan Sunggal."""),
("post", "hn_new_thrift_style", 1, 0, 1, 0, """Drop baru: "Japan Vintage Series" 🇯🇵✨
Desain terinspirasi kemeja Jepang tahun 90-an, diproduksi baru di workshop kami di Jogja.
Bukan barang bekas ya teman-teman, semua fresh dari mesin jahit. Harga 169rb."""),
("live", "hn_plain_clothing", 1, 0, 1, 0, """Selamat malam bunda-bunda, live kita malam ini mukena katun Jepang bordir, baru semua ya.
Satu set mukena plus tas 185 ribu, tiga warna: putih, dusty pink, sage.
Ketik "mukena" plus warna di komen, nanti admin kirim link checkout."""),
("profile", "hn_profile_new_brand", 1, 0, 1, 0, """Rumah Rajut Mbok Sarni 🧶
Sweater dan cardigan rajut tangan, dibuat baru oleh ibu-ibu di Desa Binong, Bandung.
Gaya vintage, tapi bukan thrift dan bukan barang bekas.
Pesan lewat DM, waktu pengerjaan 7-10 hari."""),
("comment", "hn_swap", 0, 1, 1, 0, """Aku ikut swap ya kak! Ada dua celana kulot dan satu blazer dari lemari pribadi, semua bersih dan masih layak.
Gak jual kok, cuma mau tukar sama dress atau rok. Ketemu di CFD Dago hari Minggu aja gimana?"""),
]
