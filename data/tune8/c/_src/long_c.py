# Hand-written long-form records, batch C. (kind, category, offer, used, clothing, abroad, text)
DATA = [
("listing", "regional_code_word", 1, 1, 1, 1, """Obok-obok Tegal 🔥
Kemeja, kaos, celana — semua barang luar, dibongkar dari karung pagi ini.
Ambil sepuasnya, dipilih sendiri, 10rb tiga!
Lokasi: depan Pasar Pagi, sebelah tukang es dawet.
Buka cuma Sabtu-Minggu."""),
("listing", "regional_code_word", 1, 1, 1, 1, """Bundle Bandung ori luar 🖤
Kaos band, kemeja flanel, jaket coach — semua dapat dari goni Amerika & Jepang.
Stok kios kami di Cibadak Mall lantai 3.
Harga mulai 45rb, barang langka ada harga sendiri.
Bisa kirim, chat @bundle.cibadak"""),
("listing", "regional_code_word", 1, 1, 1, 1, """Lelong Dumai — bukak gudang minggu ni!
Pakaian dari Malaysia & Singapura, baju kurung, kemeja, seluar.
Harga borong per guni 900 ribu, ecer 10-30 ribu.
Alamat gudang Jalan Sudirman gang sebelah bengkel, tanya Pak Long."""),
("listing", "regional_code_word", 1, 1, 1, 1, """Pakaian monja terbaru di Pajak Sambu 🙋‍♀️
Kami baru buka goni isi jaket musim dingin dari Korea.
Ada parka, bomber, jaket bulu.
Harga 50-150, bisa tawar lah sikit.
Bisa juga kirim ke Binjai, Siantar, Tebing."""),
("listing", "regional_code_word", 1, 1, 1, 1, """Rombengan Bu Hasnah — Pasar Sentral Bulukumba
Baju-baju bekas dari luar negeri, baru turun dari kapal Pare-Pare.
Kaos 10 ribu, kemeja 20, celana panjang 25.
Datang maki, banyak pilihan sebelum habis."""),
("listing", "port_route_offer", 1, 1, 1, 1, """Spesialis muatan Nunukan – Tarakan – Samarinda 🚛
Kami bawa goni pakaian seken dari Tawau tiap minggu.
Isi campur dewasa & anak, harga 1,3jt/goni sampai Tarakan.
Untuk Samarinda tambah 150rb.
Pemesanan paling lambat Kamis sore."""),
("listing", "port_route_offer", 1, 1, 1, 1, """Jalur Belawan aman ✅
Terima order pakaian second Korea per koli, pengambilan di gudang Marelan.
Kami bantu atur truk ke Aceh, Padang, Pekanbaru.
Pembayaran setelah barang naik truk (untuk pelanggan lama).
Hub. Bang Tigor 0812xxxx"""),
("listing", "multiline_listing", 1, 1, 1, 1, """SEPATU SECOND JEPANG — update stok 🇯🇵👟
1. Asics Gel-Lyte III, 42, 90% — 320rb
2. Onitsuka Mexico 66, 40, 85% — 290rb
3. Nike Cortez, 39, 80% — 210rb
4. Mizuno Wave, 43, 90% — 260rb
5. Puma Suede, 41, 75% — 150rb
Foto detail insole & outsole di highlight.
Pengiriman tiap hari dari Semarang."""),
("listing", "multiline_listing", 1, 1, 1, 1, """Blouse & Kemeja Wanita — seken ex-Korea
XS (LD 88) : 4 pcs
S (LD 92) : 7 pcs
M (LD 98) : 9 pcs
L (LD 104) : 3 pcs
Harga flat 35rb, ambil 5 jadi 150rb.
Ongkir dari Yogyakarta, packing aman pakai plastik + bubble."""),
("post", "caption_hashtags", 1, 1, 1, 1, """Coat season is here ❄️🧥
Baru masuk 30 coat wol preloved asal Jepang 🇯🇵
Warna camel, navy, abu, hitam.
Start 120k — pengiriman se-Indonesia 📦
Cek katalog di story ya! 💌
#coatwol #jepang #preloveditems #fashionmurah #coatwanita #musimhujan #ootdhijab"""),
("message", "reseller_recruitment", 1, 1, 1, 1, """Open Dropship & Reseller 🙌
Produk: pakaian 2nd luar negeri (Jepang, Korea, Thailand) yang udah kami foto & ukur.
Kamu tinggal repost foto, kami yang kirim atas nama tokomu.
Harga dropship + untung bebas kamu tentuin.
Join grup WA, link ada di bio. Gratis!"""),
("message", "wa_broadcast", 1, 1, 1, 1, """📦 KONTAINER MASUK 📦
Alhamdulillah kiriman bulan ini dari Korea sudah sampai gudang.
Total 220 koli, kategori: jaket, hoodie, kemeja, celana panjang, mantel anak.
Reseller lama silakan booking mulai besok jam 8, maksimal 5 koli per orang.
Harga tetap seperti bulan lalu."""),
("live", "live_script", 1, 1, 1, 1, """Oke yang ini celana cargo Amerika bekas ya, pinggang 32, panjang 100.
Ada lecet dikit di lutut, makanya aku kasih 55 aja.
Siapa cepat dia dapet, aku hitung sampai tiga... satu... dua... — oke Mbak Yuli dari Klaten dapet!
Next, ini kemeja flanel Jepang, size L, 45 ribu."""),
("live", "live_announcement", 1, 1, 1, 1, """GRAND OPENING LIVE 🎊
Toko kami pindah lapak ke Pasar Baru Metro lantai 4!
Buat merayakan, besok live 5 jam nonstop bongkar stok seken import Korea & Jepang.
Diskon 30% untuk 100 pembeli pertama.
Catat: Kamis jam 15.00 di akun @metrosandang"""),
("post", "creator_haul", 1, 1, 1, 1, """Hunting day di Kebon Kalapa Bogor! 🛍️
Habis 250rb dapat:
- jaket denim Jepang (Edwin) 80rb
- 2 rok midi Korea 70rb
- sweater rajut 50rb
- tas kanvas 50rb
Kios favoritku no. 56 punya Teh Imas, barangnya bersih dan rapi. Wajib mampir kalau ke Bogor!"""),
("profile", "shop_profile", 1, 1, 1, 1, """@jaketjepang.mks
📍 Makassar | COD area Panakkukang
🧥 Jaket & hoodie second ex Jepang, dipilih sendiri dari gudang
🕗 Live tiap Senin & Kamis 20.00
📦 Kirim ke Sulawesi, NTT, Maluku
💬 Order via DM atau WA di link"""),
("listing", "evasive_spelling", 1, 1, 1, 1, """Kaos b̶e̶k̶a̶s̶ band vintage, asli dari Amerika 🇺🇸
Metallica, Nirvana, Harley — semua tag single stitch
Harga 150k-450k tergantung kondisi
kirim dr Bekasi, bs COD stasiun
jgn tanya "ori gak" ya kak, semua dr gudang import"""),
("listing", "evasive_spelling", 1, 1, 1, 1, """✨ p r e l o v e d  j e p a n g ✨
rok flare, dress bunga, kardigan
kondisi mulus 90%
20k - 60k
dikirim dari bogor, pakai karung eh plastik 😅
dm aja kak"""),
("listing", "famous_word_offer", 1, 1, 1, 1, """Ready ballpress sweater Korea ❄️
Isi ±300 pcs, berat 100kg, campur cowok cewek.
Harga 4,1jt lokasi Bandung, bisa kirim kargo.
Cocok buat yang mau mulai usaha thrift.
WA 0838xxxx"""),
("post", "famous_word_caption", 1, 1, 1, 1, """Cakar Pasar Panampu buka sampai malam 🌙
Barang baru dibongkar dari karung Malaysia, banyak jaket dan kemeja bermerek.
Mulai 10 ribu! 
Lokasi lapak dekat parkiran motor, cari terpal biru.
#cakarmakassar #makassar #bajumurah"""),
# legal
("article", "hn_news", 0, 1, 1, 1, """Satgas pengawasan barang impor ilegal menyisir tiga pasar di Medan pada Senin. Di Pajak Melati, petugas mendata jumlah kios yang menjual pakaian bekas dan menanyakan asal barang.
Sebagian pedagang mengaku membeli dari agen di Tanjungbalai tanpa mengetahui dokumen impornya.
Satgas belum menyita barang, tetapi memberi peringatan tertulis."""),
("article", "hn_news", 0, 1, 1, 1, """Harga satu karung pakaian bekas impor di tingkat agen melonjak hingga 40 persen setelah pengawasan di jalur laut Riau diperketat.
Seorang agen di Pekanbaru menyebut pasokan dari Malaysia tersendat sejak awal bulan.
Pengecer kini lebih banyak menjual sisa stok lama atau beralih ke pakaian bekas lokal."""),
("article", "hn_opinion", 0, 1, 1, 1, """Surat Pembaca: Saya Pembeli, Bukan Penyelundup
Saya membeli jaket seken di Gedebage karena gaji saya tidak cukup untuk beli baru di mal.
Saya mengerti impor pakaian bekas dilarang, tapi jangan sampai pembeli kecil dibuat merasa seperti kriminal.
Sediakan pakaian lokal yang murah dan awet, pasti kami beralih."""),
("article", "hn_guideline", 0, 1, 1, 1, """Pedoman Penilaian Listing (internal)
A. Tandai "dilarang" jika listing menawarkan pakaian/sepatu/tas bekas DAN menyebut asal luar negeri, impor, ex-negara, karung/koli/goni, atau jalur pelabuhan.
B. Tandai "aman" untuk: barang baru bergaya vintage, preloved pribadi yang dibeli di dalam negeri, donasi, bazar sekolah.
C. Kata "bal" untuk kardus/beras/plastik bukan pelanggaran."""),
("article", "hn_statement", 0, 1, 1, 1, """Keterangan resmi Pemerintah Kota: Mulai bulan depan, pedagang di pasar milik daerah dilarang memajang dan menjual pakaian bekas asal impor.
Petugas pasar akan melakukan pendataan dan pembinaan. Pedagang yang beralih ke produk lokal akan mendapat prioritas pembiayaan dari bank daerah.
Pakaian bekas dari dalam negeri tetap boleh diperdagangkan."""),
("post", "hn_report", 0, 1, 1, 1, """Kepada Yth. Direktorat Jenderal PKTN,
Di kecamatan kami ada gudang yang tiap minggu menerima truk berisi karung pakaian bekas, katanya dari Dumai.
Karung dibongkar malam hari lalu dijual ke pedagang pasar.
Kami khawatir ini barang ilegal. Mohon diperiksa. Alamat dan foto kami lampirkan.
Hormat kami, warga RW 05."""),
("post", "hn_scam_warning", 0, 1, 1, 1, """Jangan percaya "supplier koli Korea" yang cuma kasih video lama 🚫
Aku transfer 2,3jt, dijanjikan 1 koli kemeja grade A dari Batam.
Yang datang 1 karung kecil isinya kain perca & kaos robek.
Pas protes, dibilang "namanya juga barang untung-untungan".
Sekarang aku cuma beli barang baru di toko jelas."""),
("review", "hn_buyer_complaint", 0, 1, 1, 1, """Beli jaket "seken Jepang" di live, katanya kondisi 95%.
Sampai rumah resletingnya macet, lapisan dalam sobek, dan ada bau lembap.
Pas aku minta retur, jawabannya "barang seken no retur kak".
Pelajaran: minta video detail sebelum checkout."""),
("post", "hn_tutorial", 0, 1, 1, 1, """Panduan belanja di pasar baju seken buat pemula 👇
• Datang pagi, barang masih lengkap.
• Bawa tas sendiri & uang pecahan kecil.
• Cek ketiak, kerah, resleting, dan jahitan selangkangan.
• Bau apek bisa hilang, noda kuning belum tentu.
• Ingat: pakaian bekas impor itu barang terlarang masuk, jadi pertimbangkan juga pilihan lokal."""),
("post", "hn_meme_joke", 0, 1, 1, 1, """Tiga tahap orang ke Pasar Senen:
1. "cuma lihat-lihat"
2. "yaudah satu aja"
3. pulang naik ojol bawa kantong kresek segede karung 😭
Dompet nangis, lemari meledak.
#senenlife"""),
("post", "hn_buyer_question", 0, 1, 1, 1, """Teman-teman yang tinggal di Pontianak, roma di Pasar Dahlia masih ada kah?
Saya mau cari jaket tebal buat anak yang mau kuliah ke Bandung.
Kalau sudah tidak ada, ada saran toko jaket lokal murah?
Terima kasih banyak 🙏"""),
("review", "hn_review_no_seller", 0, 1, 1, 1, """Sudah 5 tahun aku pakai celana jins Levi's bekas Amerika hasil hunting.
Bahannya memang beda, makin sering dicuci makin enak.
Tapi setelah tahu soal larangan impornya, aku nggak beli lagi.
Sekarang aku rawat yang ada: jahit ulang kalau robek."""),
("listing", "hn_new_thrift_style", 1, 0, 1, 0, """Sweater rajut motif "grandpa thrift" 🧶
Dirajut baru di Majalaya, benang akrilik lembut.
Warna: mustard, sage, coklat.
Bukan bekas, bukan sortiran — stok baru tiap minggu.
Harga 135rb, beli 2 gratis ongkir Jawa."""),
("listing", "hn_factory_reject", 1, 0, 1, 0, """Gudang Sisa Ekspor Solo 📦
Jaket parasut & windbreaker, sisa order buyer Eropa yang batal.
Barang baru, label brand dipotong.
Ecer 95rb, grosir 20 pcs 80rb/pcs.
Buka Senin-Sabtu, Jl. Adi Sucipto."""),
("listing", "hn_new_import", 1, 0, 1, 1, """Sepatu Impor Vietnam — NEW ORIGINAL
Nike Air Force 1, Adidas Stan Smith, dan Vans.
Full box, tag, nota pembelian toko resmi.
Bukan barang second / bukan rekondisi.
Bisa cek keaslian di toko."""),
("listing", "hn_own_preloved", 1, 1, 1, 0, """Preloved Kebaya Wisuda 🎓
Beli di butik Thamrin City, cuma dipakai sekali pas wisuda Oktober.
Warna sage, size M, lengkap dengan kain batik.
Lepas 350rb (beli 900rb).
COD Jakarta Selatan."""),
("post", "hn_donation_drive", 0, 1, 1, 0, """Bank Baju Kampung Kami menerima pakaian bekas dari warga untuk dibagikan lagi ke yang membutuhkan.
Setiap Jumat, warga boleh ambil maksimal 3 potong tanpa bayar.
Donasi bisa diantar ke pos ronda RT 02.
Mari saling berbagi, jangan buang baju yang masih layak."""),
("post", "hn_school_sale", 1, 1, 1, 0, """Pasar Murah OSIS SMA 1 Sragen 🛍️
Menjual pakaian & sepatu bekas hasil sumbangan siswa dan guru.
Harga 2rb-15rb, hasilnya untuk bantu biaya study tour teman yang kurang mampu.
Jumat 11 Oktober, selesai sholat Jumat, di lapangan basket."""),
("listing", "hn_other_goods_bal", 1, 1, 0, 1, """Plastik PET bekas pres per bal
Sumber: botol minuman, sudah dipilah warna.
1 bal ±200kg, harga per kg 4.800.
Juga menerima plastik impor untuk daur ulang (dengan izin).
Gudang Gresik."""),
("listing", "hn_jute_sack", 1, 1, 0, 1, """Jual karung goni bekas kopi impor (Brazil & Vietnam)
Ukuran 70x100, tebal, masih ada cap.
Harga 12rb/lembar, 100 lembar 1jt.
Cocok untuk dekorasi kafe, kerajinan, tanam bibit.
Lokasi Medan."""),
("listing", "hn_used_vehicle", 1, 1, 0, 1, """Truk bekas impor Jepang (Hino Ranger), masuk via Tanjung Priok, surat lengkap.
Tahun 2014, kondisi siap kerja, bak besi.
Cocok untuk angkut karung beras / bahan bangunan.
Harga 310jt nego.
Lokasi Cikarang."""),
("message", "hn_job_vacancy", 0, 1, 1, 0, """Lowongan: Penjahit & Tukang Potong untuk usaha upcycle
Kami mengolah kaos & jins bekas dari donasi jadi produk baru (tas, pouch, bantal).
Butuh 3 orang, bisa pakai mesin jahit.
Lokasi Kota Gede, Yogyakarta.
Gaji borongan + uang makan."""),
("post", "hn_majun", 1, 1, 0, 0, """Menyediakan Majun Kaos untuk industri 🏭
Potongan kain dari kaos bekas, sudah dicuci & dipotong 40x40cm.
Per karung 25kg, 180rb.
Pelanggan kami bengkel, pabrik cat, percetakan.
Kirim area Jabodetabek."""),
]
