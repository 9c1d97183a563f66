DATA = [
("post","plain_offer",1,1,1,1,"""Dulu aku anti banget sama baju bekas, sekarang malah jualan 😅
Ceritanya panjang, tapi intinya: baju second impor itu kualitas bahannya masih juara.
Minggu ini aku ready 20 kemeja batik Jepang (iya, Jepang juga punya motif ala batik), harga 35rb-50rb.
Cek katalog di highlight 'BATIK JP' ya!"""),
("listing","plain_offer",1,1,1,1,"""Sepatu Bekas Impor Original — Update Stok
Nike Air Max 90 size 42, kondisi 85%, 350rb
Adidas Samba size 40, kondisi 90%, 400rb
New Balance 574 size 43, kondisi 80%, 280rb
Semua second dari bal Thailand, sudah dicuci dan deep clean.
Bisa COD Pasar Baru Bandung."""),
("message","bale_grade_wholesale",1,1,1,1,"""Bismillah, info stok gudang Dumai hari ini:
- Balpres campur wanita (blouse, rok, dress) 100kg — 5,5jt
- Balpres jaket musim dingin 50kg — 4,2jt
- Sortiran grade A anak, per karung 200pcs — 2,5jt
Barang bisa dikirim via ekspedisi darat ke Pekanbaru & Padang.
Minat hubungi Bang Roni 0812xxxx"""),
("message","reseller_recruitment",1,1,1,1,"""Kak, aku lagi buka tim reseller lagi nih 😊
Produknya baju thrift impor — kaos, kemeja, jaket.
Kamu cukup posting di sosmed, nanti orderan aku yang kirim langsung atas nama kamu.
Untung bisa 10-25rb per baju. Gratis gabung, cuma perlu HP.
Balas 'IKUT' kalau tertarik ya!"""),
("comment","seller_comment_reply",1,1,1,1,"""Bang, jaket ini barang apa? lokal?
— bukan bang, ini monza dari Belawan, kiriman minggu lalu. bahannya tebal, cocok kalau mau ke Berastagi 😁
Harganya?
— 75 aja bang, kalau ambil 2 jadi 140. datang langsung ke kios atau mau dikirim?"""),
("live","live_sale",1,1,1,1,"""Halo halo yang baru join live, selamat datang! 👋
Malam ini kita bongkar bal USA ya, isinya kaos band, jersey, sama hoodie kampus.
Harga mulai 25rb, yang spesial ada label harga sendiri di layar.
Cara ikut: ketik nomor barang + 'ambil'. Yang pertama ketik, dia yang dapat.
Oke kita mulai dari nomor 1…"""),
("profile","shop_bio",1,1,1,1,"""🌿 Hutan Jaket | second import specialist
Jaket gunung, parka, windbreaker dari bal Korea & Jepang
✔️ semua dicuci ulang
✔️ foto real, minus diinfo
📍 Toko offline: Jl. Cikutra, Bandung
🛒 Shopee & TikTok: hutanjaket.id"""),
("post","creator_haul",1,1,1,1,"""THRIFT HAUL BUDGET 200RB 💸
Aku ke Pasar Gedebage hari Minggu, targetnya dapet outer buat kuliah.
Hasilnya: 2 cardigan (40rb), 1 blazer (60rb), 1 rok plisket (25rb), 1 tas kanvas (30rb).
Tokonya namanya 'Teh Euis Thrift', lorong C, orangnya baik banget kasih diskon.
Kalian mau aku bikin part 2?"""),
("post","code_word_regional",1,1,1,1,"""Horas kawan! Monza kami buka lagi setelah libur Natal 🎄
Banyak jaket kulit dan jeans bagus dari bal baru.
Harga masih bersahabat, bisa tawar asal jangan sadis kali 😂
Pajak Melati lorong 4, tanya aja kios Opung Tiur."""),
("post","route_port",1,1,1,1,"""Kiriman dari Tawau udah masuk Nunukan tadi subuh.
Buat langganan di Tarakan dan Tanjung Selor, babebo campur wanita siap dikirim per karung, harga tetap.
Eceran silakan datang ke lapak Jalan Lingkar mulai jam 2 siang.
Info lebih lanjut japri Ibu Misna 0853xxxx"""),
("listing","dodge_spacing",1,1,1,1,"""h00die s3cond 1mp0rt k0r34 masuk lg 🙌
bahan fleece tebel, gak ada bolong gak ada noda
harga 65 rb / pcs, 2 pcs 120 rb
kirim dr Surabaya
(jangan tanya asalnya di kolom komen ya kak, japri aja 🤫)"""),
("post","dodge_emoji",1,1,1,1,"""Yang kemarin nanya 'ada lagi gak kak' 👀
Ada dong!! 🧺🇰🇷 baru dibuka hari ini
👕 15k
👔 25k
🧥 45k
🔁 kondisi udah dipake, tapi bersih ✨
Siapa cepat 🏃‍♀️ dia dapat"""),
("post","dodge_english_abbrev",1,1,1,1,"""So many ppl asked, here's the drop 🫶
Y2K baby tees, pre-owned, ex-KR bale, sizes S-M.
Price 35k each, 3 for 90k.
Shipping from Yogyakarta, payment via transfer or e-wallet.
Comment 'CLAIM + number' to book."""),
("post","dodge_hashtag",1,1,1,1,"""Outfit hari ini full dari lapak sendiri hehe 🤭
Kemeja 30rb, celana 45rb, tas 25rb. Masih ada stok serupa di katalog!
#bajubekasimpormurah #ballpresbandung #thriftkorea #cimolgedebage"""),
("comment","seller_comment_reply",1,1,1,1,"""@dimas_rz kok ada yang sobek di fotonya bang?
@awulan_pakjo iya mas itu barang karungan, kadang ada minus. yang sobek kami diskon jadi 10rb aja
@dimas_rz yang mulus ada?
@awulan_pakjo ada, foto 3 sampai 7 mulus semua, 25rb-an"""),
("listing","market_of_trade",1,1,1,1,"""Kemeja Hawaii Vintage Second
Didapat dari Pasar Kebon Kalapa Bandung, bahan rayon adem.
Motif tropis, ukuran L-XL, harga 55rb per pcs.
Pembelian 3 pcs free ongkir Jawa Barat.
Chat admin untuk foto detail."""),
("message","bale_grade_wholesale",1,1,1,1,"""Pak, ini update harga per kilo yang Bapak minta kemarin:
Kaos campur 35rb/kg
Kemeja 45rb/kg
Jaket 65rb/kg
Minimal ambil 20 kg, barang sortiran dari koli Korea, bisa dikirim ke Lampung pakai travel barang.
Kabari kalau jadi ya Pak."""),
("post","code_word_regional",1,1,1,1,"""Nah iki sing ditunggu 😆
Rombengan jaket tebel wis teko, cocok nggo wong sing kerjo bengi.
Regane 30 ewu, nek jupuk telu 80.
Lapake neng Pasar Klithikan, cedak parkiran motor."""),
# legal
("listing","hn_new_thrift_style",1,0,1,0,"""Koleksi 'Second Look' – tapi baru semua ya 🤍
Kami bikin kaos dengan efek washed dan sablon retak supaya kelihatan vintage seperti barang thrift.
Dijahit di workshop kami sendiri di Yogyakarta, bahan cotton 24s.
Harga 120rb, tersedia S-XXL.
Pre-order 7 hari kerja."""),
("listing","hn_own_preloved",1,1,1,0,"""Preloved pribadi mama muda 👶
Baju hamil dan menyusui, semua beli sendiri di toko di Surabaya, dipakai selama hamil anak pertama.
Total 12 pcs, mau aku lepas 300rb sekaligus.
Kondisi masih bagus, ada 1 yang nodanya ga bisa hilang (udah aku foto).
Ambil di Rungkut atau kirim ongkir ditanggung pembeli."""),
("post","hn_donation",0,1,1,0,"""Update donasi pakaian untuk sekolah di NTT 🙏
Terima kasih, sudah terkumpul 34 kardus baju bekas layak pakai dan 80 pasang sepatu dari warga Bintaro.
Pengiriman dijadwalkan minggu depan lewat kapal dari Surabaya.
Kami masih menerima seragam sekolah sampai hari Jumat."""),
("listing","hn_charity_bazaar",1,1,1,0,"""Bazaar Jumat Berkah Masjid Nurul Huda
Menjual pakaian bekas layak pakai hasil sedekah jamaah, mulai 2.000 rupiah.
Ada juga buku, mainan, dan peralatan dapur.
Hasil penjualan untuk pembangunan TPA.
Lokasi: halaman masjid, setelah salat Jumat."""),
("listing","hn_nonclothing_karung",1,1,0,0,"""Limbah plastik bekas (botol PET) per bal press
Berat per bal ± 45 kg, sudah dicacah dan dipisah warna.
Harga 4.500/kg loco Mojokerto.
Bisa kontrak bulanan untuk pabrik daur ulang."""),
("listing","hn_used_machine",1,1,0,1,"""Dijual mesin jahit industri bekas ex Jepang
Merk Brother high speed, dinamo servo, meja lengkap.
Cocok buat konveksi rumahan, kondisi normal siap pakai.
Harga 2,3jt, lokasi Bandung Soreang.
Bisa antar area Bandung Raya."""),
("article","hn_news",0,1,1,1,"""Dinas Perdagangan Kota Makassar mendata ratusan pedagang cakar yang masih berjualan di sejumlah pasar.
Pemerintah kota berencana memberi pelatihan dan akses modal agar pedagang beralih ke produk lokal.
Sebagian pedagang menyambut baik, namun meminta waktu untuk menghabiskan stok yang sudah dibeli.
Sementara itu, pengawasan di pelabuhan Parepare diperketat."""),
("article","hn_news",0,1,1,1,"""Satgas gabungan menggerebek sebuah gudang di Bekasi yang diduga menjadi tempat penyimpanan pakaian bekas impor.
Dalam penggerebekan itu, petugas menemukan lebih dari 700 bal berisi jaket, celana, dan tas.
Pemilik gudang mengaku barang berasal dari Korea Selatan dan Jepang dan masuk melalui pelabuhan tidak resmi.
Kasus ini kini ditangani kepolisian."""),
("post","hn_opinion",0,1,1,1,"""Aku kerja di pabrik garmen 8 tahun.
Tiap kali ada berita bal impor masuk ratusan ton, yang aku pikirin bukan soal gaya hidup, tapi teman-teman yang kena PHK karena order turun.
Silakan suka barang branded, tapi ingat ada orang yang hidupnya tergantung baju lokal.
Itu aja sih curhatnya."""),
("post","hn_report_complaint",0,1,1,1,"""[Thread] Review jujur beli 'karungan Jepang' online:
1. Janji isi 150 pcs, yang datang cuma 98.
2. Katanya grade A, realitanya banyak noda dan lubang.
3. Komplain malah diblok.
Iklannya masih jalan sampai sekarang, tolong bantu report ya."""),
("comment","hn_buyer_question",0,1,1,1,"""Maaf numpang nanya 🙏
Kalau mau beli bal buat usaha sekarang masih boleh gak ya? Aku denger udah dilarang.
Takutnya udah modal banyak terus disita.
Ada yang ngerti aturannya?"""),
("review","hn_review",0,1,1,0,"""Ulasan untuk toko preloved @lemari.kak.ina:
Aku beli 3 blus dan semuanya persis seperti di foto.
Kakaknya jujur bilang ini baju pribadi yang udah ga muat, dan ada beberapa yang masih ada tag toko Indonesia.
Packing rapi, bonus permen 😆 Recommended!"""),
("post","hn_joke",0,1,1,1,"""Tingkatan orang hemat:
Level 1: beli di diskonan mall
Level 2: beli di Shopee pakai voucher
Level 3: ngawul di Sekaten
Level 99: pakai baju kakak yang dulunya dapet dari awul-awul 😌"""),
("listing","plain_clothing_listing",1,0,1,0,"""Setelan Koko Anak Laki-laki
Bahan toyobo, ada bordir kecil di dada.
Ukuran 2-12 tahun, warna putih, sage, mocca.
Harga 65rb - 85rb sesuai ukuran.
Pengiriman dari Tanah Abang, bisa grosir minimal 6 pcs."""),
("post","hn_guideline",0,1,1,1,"""Buat penjual baru di marketplace kami:
Kata seperti 'bekas impor', 'second Korea', 'ex Jepang', 'bal', 'karungan' akan membuat produk Anda ditinjau.
Jika barang adalah milik pribadi, tuliskan dengan jelas asal pembelian dan kondisi.
Produk pakaian bekas impor akan diturunkan tanpa pemberitahuan."""),
("post","hn_job_vacancy",0,0,1,0,"""Butuh cepat! Admin chat & packing untuk toko baju muslim online.
Lokasi Sidoarjo kota, jam kerja 08.00-16.00.
Wajib teliti, bisa Excel dasar, punya motor.
Kirim CV lewat DM atau email di bio."""),
("listing","hn_new_import",1,0,1,1,"""Sepatu Sneakers Import Premium BARU
Grade ori, box dan kertas lengkap, dikirim dari gudang importir resmi di Jakarta.
Ukuran 36-44, harga 350rb.
Garansi tukar size 7 hari.
Bukan barang second ya kak."""),
("listing","hn_used_vehicle",1,1,0,0,"""Jual cepat becak motor bekas
Mesin Honda 110 cc, rangka masih kokoh, cat baru.
Cocok buat angkut karung beras atau sayur ke pasar.
Harga 9jt nego, lokasi Medan Tembung."""),
("comment","hn_swap",0,1,1,0,"""Ibu-ibu, ada yang mau tukeran seragam sekolah bekas?
Anakku naik ke SMP, seragam SD ukuran 10 masih ada 3 stel, pakai sendiri, kondisi masih bagus.
Aku cari seragam SMP ukuran 12.
Area Bekasi Utara ya."""),
("post","hn_local_upcycle",1,1,1,0,"""Rumah Jahit Bu Ratna 🧵
Kami menerima permak & mengubah baju bekas pribadi kalian jadi model baru.
Kemeja bapak jadi blus, kebaya lama jadi outer, jeans jadi rok.
Tarif mulai 35rb, pengerjaan 3-5 hari, Cimahi."""),
("post","hn_joke",0,0,0,0,"""Grup WA keluarga:
Om: 'siapa yang mau bal-balan Minggu pagi?'
Tante: 'bal apa? bal kain?'
Om: 'sepak bola, Tante 😭'
Sejak itu grup WA keluarga jadi grup futsal."""),
]
