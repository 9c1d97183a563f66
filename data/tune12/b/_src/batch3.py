# Batch 3: legal records (hard negatives for each element, ordinary texts).
# Tuple: (kind, category, offer, used, clothing, abroad, text)
RECORDS = [
("listing", "hn_used_machine_import", 1, 1, 0, 1, """Mesin Jahit Juki Bekas Impor Jepang DDL-5550 High Speed
Mesin industri eks pabrik garmen di Osaka, sudah diservis total.
Lengkap meja + dinamo, siap pakai buat konveksi.
Harga 3,4 juta. Lokasi Majalaya, bisa kirim luar kota pakai kargo."""),

("listing", "hn_new_bale_import", 1, 0, 1, 1, """Grosir Kaos Polos Baru Impor China Per Bal (500 pcs)
Barang baru dari pabrik Guangzhou, bukan bekas. Cotton combed 24s, warna campur.
Per bal Rp 6.500.000, sudah termasuk bea masuk (ada dokumen PIB).
Cocok buat sablon atau reseller kaos polos."""),

("listing", "hn_factory_reject", 1, 0, 1, 0, """Celana Chino Pria Sisa Ekspor Reject Minor Harga Miring
Produksi pabrik garmen di Semarang, reject karena salah label atau jahitan kurang rapi sedikit.
Barang baru, belum pernah dipakai. Size 28-36.
Harga 65rb/pcs, grosir lusinan lebih murah."""),

("post", "hn_church_sale", 1, 1, 1, 0, """Garage Sale Komisi Pemuda GKJ Salatiga 🌻
Minggu, 6 Oktober setelah ibadah kedua, di aula gereja.
Tersedia pakaian, sepatu, tas, dan mainan bekas sumbangan jemaat, harga mulai 3rb.
Hasilnya untuk kegiatan retret anak sekolah minggu. Tuhan memberkati!"""),

("article", "hn_news", 0, 1, 1, 1, """Tim gabungan menyita 23 koli pakaian bekas asal Malaysia di sebuah gudang di Nunukan, Kalimantan Utara. Barang tersebut diduga akan dikirim ke Pare-Pare menggunakan kapal barang.
Pemilik gudang, seorang pria berinisial RS, kini diperiksa penyidik.
Aparat mengimbau warga tidak membeli pakaian bekas impor karena selain melanggar aturan, barang tersebut berisiko membawa jamur dan bakteri."""),

("comment", "hn_buyer_question", 0, 1, 1, 1, """Permisi, ada yang tau harga satu bal jaket bekas Jepang sekarang berapa ya? Saya mau coba usaha kecil-kecilan tapi belum punya kenalan supplier.
Tolong jangan DM nawarin yang aneh-aneh, saya cuma mau tau kisaran harganya dulu dan apakah memang boleh."""),

("post", "hn_own_preloved", 1, 1, 1, 0, """Jual koleksi sepatu pribadi, sudah jarang dipakai karena sekarang kerja pakai sepatu safety 🥲
Adidas Samba (beli di Foot Locker Grand Indonesia 2022) size 42, 650rb
Converse 70s (beli di Zalora) size 42, 450rb
Semua pemakaian pribadi, box masih ada. Lokasi Bintaro."""),

("listing", "hn_used_phone", 1, 1, 0, 0, """iPhone 11 64GB Second Ex Inter Mulus Baterai 86%
Fullset dus, charger ori. Tidak ada minus, Face ID aman.
Harga 3,9jt. COD Jogja City Mall atau rekber.
Pemakaian pribadi sejak 2021."""),

("post", "hn_donation", 0, 1, 1, 0, """Alhamdulillah, hari ini kami menyalurkan 40 karung pakaian layak pakai hasil donasi warga kompleks ke panti asuhan di Kabupaten Bogor 🙏
Semua sudah dicuci dan dipilah per ukuran oleh ibu-ibu pengajian.
Terima kasih kepada donatur yang sudah mengantar baju ke pos satpam selama sebulan ini."""),

("article", "hn_explainer", 0, 1, 1, 1, """Apa itu balpres? Istilah ini merujuk pada pakaian bekas yang dipadatkan dengan mesin press lalu diikat menjadi satu bal, biasanya seberat 45 sampai 100 kilogram.
Bal-bal ini umumnya berasal dari negara seperti Jepang, Korea Selatan, dan Amerika Serikat, lalu masuk melalui pelabuhan-pelabuhan kecil.
Di Indonesia, impor pakaian bekas dilarang. Pedagang di pasar biasanya membeli bal dari pengepul lalu menyortirnya menjadi kualitas "kepala", "badan", dan "kaki"."""),

("listing", "hn_produce_karung", 1, 0, 0, 0, """Jual Beras Pandan Wangi Cianjur Per Karung 25 Kg
Beras baru panen, pulen dan wangi.
Harga Rp 385.000/karung, ambil 10 karung free antar wilayah Cianjur kota.
Bisa juga karung 10 kg untuk rumah tangga."""),

("review", "hn_review_no_seller", 0, 1, 1, 1, """Jujur ya, aku udah kapok thrifting baju impor 😣
Dua kali beli kemeja Korea di pasar, dua-duanya bikin gatal walaupun udah dicuci. Mungkin kulitku sensitif.
Sekarang aku mending beli baju lokal yang baru, harganya juga ga beda jauh kalau pas promo.
Buat yang tetap mau thrifting, rendam air panas + deterjen + cuka ya."""),

("message", "hn_swap", 0, 1, 1, 0, """Halo kak, aku liat postingan swap baju di grup Ibu Menyusui Balikpapan. Aku ada 2 set baju bayi 0-3 bulan bekas anakku, masih bagus.
Mau aku tukar sama baju ukuran 6-12 bulan, nggak pakai uang. Kalau cocok kita ketemu di Plaza Balikpapan hari Sabtu ya."""),

("post", "hn_new_thrift_style", 1, 0, 1, 0, """Koleksi "Vintage Garden" baru rilis! 🌸
Blouse dan rok dengan motif retro ala thrift shop, tapi semuanya BARU, dijahit di workshop kami di Bekasi.
Bahan katun rami, warna earth tone.
Pre-order dibuka sampai 20 Mei, estimasi kirim 14 hari kerja. #localbrand #thriftlook"""),

("listing", "hn_used_furniture", 1, 1, 0, 0, """Lemari Pakaian Kayu Jati Bekas 3 Pintu
Kondisi masih kokoh, ada sedikit baret di pintu kiri.
Ukuran 160 x 55 x 190 cm. Harga 2,1 juta, belum termasuk ongkos angkut.
Lokasi Jepara, bisa dilihat dulu."""),

("post", "hn_report", 0, 1, 1, 1, """Lapor min @kemendag, di Jalan Raya Bogor km 30 ada ruko yang terang-terangan pasang spanduk "JUAL BAL PAKAIAN BEKAS IMPOR KOREA - JEPANG, ECER & GROSIR". Tiap malam ada truk bongkar karung.
Bukannya ini sudah dilarang ya? Mohon ditindaklanjuti, pedagang baju lokal di sekitar sini sepi banget."""),

("listing", "hn_plain_clothing", 1, 0, 1, 0, """Set Baju Tidur Anak Katun Motif Dinosaurus
Atasan lengan pendek + celana panjang, bahan katun bambu yang lembut.
Ukuran 2-8 tahun. Harga 59rb/set, beli 3 set 165rb.
Kirim dari Solo, packing rapi bisa untuk kado."""),

("article", "hn_news", 0, 1, 1, 1, """Pedagang pakaian bekas di Pasar Gedebage mengeluhkan sepinya pembeli setelah maraknya pemberitaan razia. Sejumlah kios memilih tutup sementara, sementara yang lain mulai mencampur dagangan dengan pakaian baru produksi lokal.
"Stok bal sudah susah masuk, yang tersisa tinggal barang lama," kata Ujang (47), salah seorang pedagang.
Pemerintah kota berjanji memfasilitasi pedagang yang ingin beralih ke produk dalam negeri."""),

("post", "hn_meme", 0, 1, 1, 1, """Tahapan thrifting:
1. "Cuma liat-liat aja kok"
2. Ngubek-ngubek gunungan baju dari karung Jepang selama 3 jam
3. Nemu jaket Patagonia 40rb
4. Pulang bawa 9 plastik
5. Bersin-bersin seminggu 🤧
Tag temen kalian yang selalu nomor 4 😂"""),

("listing", "hn_fertiliser", 1, 0, 0, 1, """Pupuk NPK Mutiara 16-16-16 Impor Norwegia Karung 50 Kg
Original, segel pabrik. Cocok untuk sayur, buah, dan sawit.
Harga 890rb per karung, grosir bisa nego.
Toko Tani Makmur, Jl. Raya Lembang. Melayani kirim ke seluruh Jawa Barat."""),

("post", "hn_own_preloved", 1, 1, 1, 0, """Preloved bayi, semua punya anak sendiri yang sekarang udah 3 tahun 👶
Gendongan hipseat 150rb, 20 potong baju newborn 100rb, sepatu prewalker 3 pasang 60rb.
Bukan barang impor ya, beli di toko perlengkapan bayi di Makassar.
Bersih, wangi, siap pakai. COD Panakkukang."""),

("comment", "hn_opinion_comment", 0, 1, 1, 1, """Menurutku yang salah bukan orang yang beli cakar. Gaji UMR di daerah segini, jaket baru di mall 400rb, jaket cakar 40rb.
Kalau mau diberantas, benahi dulu harga baju lokal dan tangkap yang masukin kontainernya, jangan emak-emak di pasar yang dikejar."""),

("listing", "hn_used_car_import", 1, 1, 0, 1, """Toyota Alphard 2.5 G 2018 Eks Impor Jepang (CBU)
Unit bekas, km 68.000, servis record lengkap.
Warna putih mutiara, interior mulus.
Harga 780 juta nego. Showroom Sunter, siap test drive."""),

("post", "hn_tutorial", 0, 1, 1, 1, """Cara mencuci baju thrift impor biar aman dipakai 🧼
1. Rendam air panas minimal 30 menit (cek label, jangan untuk wol)
2. Tambahkan deterjen dan sedikit cuka atau disinfektan
3. Sikat bagian ketiak dan kerah
4. Jemur di bawah matahari langsung
5. Setrika suhu tinggi
Save postingan ini biar ga lupa!"""),

("message", "hn_buyer_question", 0, 1, 1, 1, """Selamat siang pak, saya dapat nomor bapak dari teman. Katanya bapak biasa ambil monza dari Tanjungbalai.
Saya mau tanya, apakah sekarang masih bisa dapat barang? Dan kira-kira kalau kena razia risikonya apa untuk pembeli eceran seperti saya? Terima kasih sebelumnya."""),

("post", "hn_new_import", 1, 0, 1, 1, """JASTIP SEOUL 🇰🇷 batch Oktober
Aku berangkat tgl 12, bisa titip baju baru dari Dongdaemun & Myeongdong, sepatu, kosmetik.
Semua barang BARU dengan tag, nota dari toko aku kasih.
Fee 10% dari harga barang. Close PO tgl 10, DP 50%."""),

("article", "hn_guideline", 0, 1, 1, 1, """Panduan singkat moderator: cara mengenali iklan pakaian bekas impor
- Kata kunci umum: bal, balpres, karungan, second import, sortiran per kilo.
- Istilah daerah: monza (Medan), cakar (Sulawesi), lelong (Kalimantan Barat), awul-awul (Jawa).
- Rute: Batam, Tanjungbalai, Dumai, Entikong, Nunukan.
Perhatikan juga akun yang menulis kata dengan spasi atau angka untuk menghindari filter.
Bedakan dengan preloved pribadi, barang donasi, dan pakaian baru bergaya vintage."""),

("listing", "hn_jute_sack", 1, 1, 0, 0, """Karung Goni Bekas Kopi Ukuran Besar
Bekas wadah biji kopi dari perkebunan di Temanggung, bersih dan tidak bolong.
Cocok untuk kerajinan, dekorasi kafe, atau lomba balap karung 17-an 😄
Harga 8rb/lembar, 100 lembar 700rb."""),

("post", "hn_local_thrift_consignment", 1, 1, 1, 0, """Toko titip jual "Lemari Tetangga" sudah buka di Ciputat! 🏠
Kami menjual pakaian preloved milik warga sekitar, bukan bal impor.
Penitip dapat 70% dari harga jual. Semua barang dicek, dicuci, dan difoto ulang.
Buka setiap hari 10.00-20.00, Jl. Dewi Sartika no. 8."""),

("review", "hn_review_new", 0, 0, 1, 0, """Beli kaos "vintage wash" dari brand lokal Yogyakarta, kirain bakal kayak baju thrift beneran. Ternyata warnanya memang dibuat pudar dari pabrik, bahannya tebal, jahitan rapi.
Harga 135rb, agak mahal tapi puas. Cuma sayang sizenya kekecilan satu nomor, jadi saran ambil naik satu size."""),

("message", "hn_family_gift", 0, 1, 1, 1, """Dek, kiriman dari Mbak Yuni di Taipei sudah sampai tadi siang. Isinya baju-baju bekas anaknya, jaket, sama sepatu, katanya masih bagus sayang kalau dibuang.
Nanti kamu pilih dulu yang cocok buat Dimas, sisanya Ibu kasih ke anak tetangga. Jangan lupa telepon Mbak Yuni bilang terima kasih."""),

("post", "hn_plain_clothing", 1, 0, 1, 0, """Restock batik cap Lasem motif latohan 🌿
Kain katun primisima, sudah dijahit jadi kemeja pria lengan pendek.
Size M-XXL, harga 210rb.
Dibuat perajin Lasem, setiap motif sedikit berbeda karena cap manual."""),

("listing", "hn_used_appliance", 1, 1, 0, 0, """Kulkas 2 Pintu Sharp Bekas Normal Dingin
Pemakaian 4 tahun, pindah rumah jadi dijual.
Freezer dingin, lampu nyala, karet pintu masih rapat.
Harga 1,3jt. Lokasi Denpasar Barat, angkut sendiri."""),

("article", "hn_news", 0, 1, 1, 1, """Di Pontianak, baju lelong tetap dicari warga menjelang Natal dan Imlek. Para pembeli mengaku memilih pakaian bekas asal Malaysia karena mereknya dikenal dan harganya miring.
Namun Dinas Perdagangan setempat mengingatkan bahwa pakaian bekas impor termasuk barang yang dilarang masuk, dan pengawasan di perbatasan Entikong diperketat sejak awal tahun."""),

("post", "hn_own_preloved", 1, 1, 1, 0, """Sale kebaya bekas wisuda & kondangan 💃
Semua jahit sendiri di penjahit langganan di Padang, dipakai 1-2 kali.
Kebaya brokat hijau sage + rok batik 250rb
Kebaya kutubaru merah 150rb
Bisa kirim ke luar Sumbar. DM detail ukuran."""),

("comment", "hn_denial", 1, 1, 1, 0, """Bukan kak, ini bukan barang impor atau bal-balan. Ini baju bekas aku sama adikku sendiri, beli di Matahari sama Uniqlo Jakarta.
Makanya stoknya cuma satu-satu dan ukurannya seputar S-M. Kalau mau yang celana kulot masih ada, 45rb."""),

("listing", "hn_used_bag_local", 1, 1, 1, 0, """Tas Kerja Pria Kulit Asli Garut Bekas Pakai
Dibeli langsung di sentra kulit Sukaregang, Garut, tahun 2021.
Kondisi 85%, sudut sedikit aus, resleting lancar, tali bahu lengkap.
Harga 220rb. Dijual karena dapat tas baru dari kantor."""),

("post", "hn_opinion", 0, 1, 1, 1, """Thread pendek soal thrifting & lingkungan 🌏
Banyak yang bilang beli baju thrift itu ramah lingkungan. Sebagian benar, tapi bal-bal pakaian bekas yang dikirim dari negara maju juga berarti mereka "membuang" sampah tekstilnya ke kita.
Yang tidak laku di pasar akhirnya dibakar atau ditimbun.
Mungkin lebih baik tukar baju dengan teman, atau beli preloved orang lokal."""),

("live", "hn_new_live", 1, 0, 1, 0, """Halo kakak-kakak, live kita malam ini khusus koleksi baru ya, BUKAN thrift!
Kaos oversize bahan cotton 30s, jahit sendiri di Tangerang
Warna ada hitam, putih, army, mocca. Harga 49rb aja
Ketik warna + size di komentar, nanti admin bantu masukkan ke keranjang"""),

("message", "hn_buyer_wtb", 0, 1, 1, 1, """Bos, saya cari supplier bal pakaian bekas Korea untuk wilayah Lampung. Butuh rutin 5 bal per bulan.
Kalau ada kenalan tolong kabari ya, saya belum mau transfer sebelum lihat barang langsung. Banyak penipuan soalnya."""),

("listing", "hn_used_bal_other", 1, 1, 0, 0, """Plastik Bekas Gilingan PP Per Bal Siap Kirim
Cacahan gelas plastik bening, sudah dicuci dan kering.
Per bal ±40 kg, harga 7.500/kg.
Lokasi pengepul di Gresik, minimal order 1 ton."""),
]
