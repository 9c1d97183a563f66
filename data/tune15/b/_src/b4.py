# Batch 4: more legal hard negatives, varied registers (hand-written).
RECORDS = [
("article", "hn_news_border", "0111", """Truk Bermuatan Balpres Diamankan di Jalur Entikong
SANGGAU - Petugas pengamanan perbatasan menghentikan sebuah truk boks yang mengangkut 40 karung pakaian bekas dari arah Malaysia.
Sopir mengaku hanya dibayar untuk mengantar barang sampai ke Pontianak dan tidak mengetahui pemiliknya.
Seluruh muatan diserahkan ke Kantor Bea Cukai setempat untuk diproses lebih lanjut."""),
("article", "hn_news_online_ban", "0111", """Marketplace Turunkan Puluhan Ribu Listing Baju Bekas Impor
Sejumlah platform belanja daring mengaku telah menghapus puluhan ribu produk yang mengandung kata kunci seperti "bal", "thrift impor", dan "karungan".
Namun para penjual disebut kerap mengganti istilah agar lolos dari penyaringan otomatis.
Kementerian terkait meminta platform memperkuat moderasi dan melibatkan laporan pengguna."""),
("review", "hn_complaint_quality", "0111", """⭐ 1/5 — Kapok beli bal online!
Di iklan katanya "bal kemeja grade A Korea, 90% mulus". Begitu karung dibuka, setengahnya kain robek, noda tinta, bahkan ada seragam kerja bertuliskan bahasa asing yang sudah bolong.
Sudah komplain, jawabannya "namanya juga untung-untungan kak".
Rugi 3 juta. Jangan tergiur harga murah, teman-teman."""),
("message", "hn_report_live", "0111", """Lapor min, ada akun yang tiap malam live "bongkar bal Jepang" dan jualan baju bekas impor per potong.
Di live kemarin dia bilang sendiri barangnya dari karung yang masuk lewat Dumai.
Nama akunnya sudah saya kirim lewat fitur lapor juga, tapi live-nya masih jalan terus.
Mohon dicek ya, terima kasih."""),
("post", "hn_opinion", "0111", """Aku dulu bangga banget tiap dapet jaket bermerk dari karungan thrift 20 ribu.
Sampai akhirnya nonton liputan soal gunungan baju bekas impor yang ga laku dan dibakar di pinggir sungai.
Sekarang aku lebih milih beli sedikit tapi produk lokal, atau tukeran sama teman.
Ga maksa orang lain ikut, cuma berbagi perubahan kecil 🌱"""),
("listing", "hn_new_thrift_style", "1010", """Celana Jeans Baggy Washed "Hidden Gems" Series - NEW
Gaya kayak hasil thrifting, tapi 100% baru dari konveksi Cihampelas
Warna belel dan sobekan kecil memang desainnya ya kak, bukan karena bekas
Size 27-34, harga 165rb
Gratis totebag untuk pembelian 2 pcs"""),
("post", "hn_own_preloved", "1110", """Beres2 lemari nih guys, jual preloved gue sendiri 🙌
Kemeja H&M, dress Pull&Bear, sama sneakers Ventela, semua beli sendiri di mal Jakarta
Dipake paling 2-3 kali doang, kondisi 95%
Harga 50rb-150rb, chat aja ya
Bukan barang karungan, jangan nanya bal-balan 😂"""),
("listing", "hn_own_preloved", "1110", """Sepatu Lari Second Pribadi Size 41
Dibeli baru di toko resmi di Surabaya tahun lalu, dipakai lari pagi kurang lebih 3 bulan
Sol masih tebal, insole sudah saya ganti baru
Jual karena kaki ternyata butuh ukuran 42
Harga 400rb, nota pembelian ada"""),
("post", "hn_church_rummage", "1110", """Pasar Murah Gereja St. Yosef 🙏
Minggu, 3 November, setelah misa kedua.
Tersedia pakaian layak pakai, sepatu, dan mainan anak hasil sumbangan umat paroki.
Harga 2 ribu sampai 20 ribu, hasilnya untuk beasiswa anak-anak asrama.
Bagi yang masih mau menyumbang barang bekas, antar ke sekretariat paling lambat Jumat."""),
("post", "hn_donation_request", "0110", """Gerakan #SatuBajuUntukNTT 👕
Kami mengumpulkan pakaian bekas layak pakai untuk anak-anak di desa-desa Sumba Timur.
Yang dibutuhkan: seragam sekolah, kaos anak, jaket tipis, sandal.
Paket bisa dikirim ke posko kami di Kupang atau titip di komunitas mitra di Jakarta dan Surabaya.
Semua donasi akan didokumentasikan. Terima kasih!"""),
("listing", "hn_used_laptop_bulk", "1101", """Laptop Bekas Ex Singapore Per Koli (20 Unit)
Mayoritas ThinkPad T-series, kondisi mulus sampai ada baret
Baterai campur, charger tidak termasuk
Barang bekas kantor dari luar, sudah dicek nyala
Harga per koli 28jt, satuan tersedia
Toko di Mangga Dua, lantai 3"""),
("listing", "hn_plastic_bale", "1100", """Botol Plastik PET Bekas Press Per Bal
Sudah dipisah tutup dan label, berat per bal ±300 kg
Dari bank sampah wilayah Bantul
Harga 4.000/kg, pembelian minimal 1 ton
Bisa ambil sendiri atau kami kirim ke pabrik daur ulang area Jateng-DIY"""),
("listing", "hn_new_import_bag", "1011", """Tas Selempang Wanita Import Guangzhou New Arrival
Bahan kulit PU premium, jahitan rapi, ada dustbag
Barang BARU, segel plastik, bukan bekas atau thrift
Warna: hitam, cokelat, krem, hijau sage
Harga 89rb, grosir 10 pcs 75rb
Ready Jakarta, kirim hari ini"""),
("listing", "hn_bnwt_branded", "1011", """BNWT Jaket Columbia Dari Outlet Amerika
Brand new with tag, dibeli langsung di outlet Oregon waktu kakak saya tugas ke sana
Size M US, warna navy, masih lengkap nota
Tidak pernah dipakai, bukan barang bal atau thrift
Harga 850rb, nego tipis"""),
("article", "hn_business_risk_guide", "0111", """Sebelum Buka Usaha Thrift, Pahami Risikonya
Banyak konten di media sosial yang menggambarkan bisnis baju bekas impor sebagai jalan cepat untung. Kenyataannya, pedagang harus membeli bal tanpa tahu isinya, menanggung barang rusak, dan menghadapi risiko penyitaan.
Impor pakaian bekas dilarang, dan pedagang di hilir sering menjadi pihak yang paling dirugikan saat razia.
Alternatifnya, pertimbangkan produk lokal, usaha preloved dari lemari sendiri, atau konsinyasi."""),
("post", "hn_joke_meme", "0111", """Mamah: "Itu baju anyar meuli dimana?"
Abdi: "Di Gedebage mah, ti bal Korea, 25 rebu"
Mamah: "Ih bekas urang Korea? Cuci heula nu bersih, bisi aya oppa-na nyangkut" 😭😂
Naha mamah teh lucu pisan
#sunda #thrifting #guyonan"""),
("post", "hn_buyer_diary", "0111", """Pengalaman pertama ke pasar cakar di Makassar kemarin 😆
Tumpukan baju bekas impor setinggi badan, orang-orang pada ngubek kayak nyari harta karun.
Aku dapet kemeja linen 10 ribu, tapi pas pulang ternyata ada bolong kecil di ketiak, ya sudahlah.
Tips: bawa masker dan hand sanitizer, debunya luar biasa."""),
("comment", "hn_buyer_question", "0111", """Pian tahu kah di Banjar ni masih ada kah yang jualan baju rombengan impor?
Ulun handak cari jaket tebal gasan dibawa ke Malang, tapi kada handak nang mahal. Nang di pasar dulu sudah kada ada lagi jar urang."""),
("review", "hn_review_no_seller", "0111", """Sepatu thrift pertama aku: Nike Cortez bekas, katanya dari bal Jepang.
Solnya masih 80%, kulitnya udah agak retak di bagian lipatan jari.
Aku cuci pakai sabun khusus sepatu, hasilnya lumayan kinclong.
Nyaman dipakai, tapi jujur agak was-was soal kebersihan. Rating 3,5/5."""),
("post", "hn_forum_discussion", "0111", """[Diskusi] Sebenarnya grade A, B, S di bal baju bekas itu standarnya siapa sih?
Dari yang aku baca, penentuan grade dilakukan di negara asal sebelum dipress, tapi tiap pengepul punya versi sendiri.
Ada yang bilang grade S itu "super", ada juga yang bilang "special".
Yang pernah kerja di gudang sortir boleh share pengalamannya di kolom komentar."""),
("article", "hn_moderation_guideline", "0111", """Panduan Internal Moderator: Mengenali Konten Pakaian Bekas Impor
Perhatikan tanda-tanda berikut: penjualan per bal, per karung, per koli atau per kilo; penyebutan grade; asal pelabuhan seperti Batam atau Tanjungbalai; istilah daerah seperti cakar, monza, dan awul-awul.
Konten berita, keluhan pembeli, dan penjualan preloved pribadi TIDAK termasuk pelanggaran.
Bila ragu, eskalasi ke tim peninjau kedua."""),
("listing", "hn_local_upcycle", "1110", """Totebag Denim Daur Ulang 🌿
Dijahit dari celana jeans bekas yang dikumpulkan dari tetangga dan teman di Solo
Tiap tas unik, ada bekas kantong dan jahitan aslinya
Dikerjakan ibu-ibu PKK kampung Laweyan
Harga 65rb, semua bahan lokal, bukan dari karungan impor"""),
("listing", "hn_used_bicycle_import", "1101", """Sepeda Lipat Bekas Ex Jepang - Datang Per Kontainer
Merk campur: Dahon, Tern, dan sepeda mamachari
Kondisi 70-85%, ban dan rantai sudah diganti sebagian
Harga mulai 1,2jt
Gudang Cikarang, bisa lihat langsung Sabtu-Minggu"""),
("listing", "hn_produce_import", "1001", """Apel Fuji Impor Per Dus 18 kg
Barang baru masuk minggu ini, manis dan renyah
Isi 80-100 buah tergantung ukuran
Harga per dus 520rb, langganan toko buah dapat harga khusus
Gudang Pasar Induk Caringin, Bandung"""),
("listing", "hn_ordinary_listing", "1010", """Hijab Segi Empat Voal Premium Motif Daun
Bahan voal ultrafine, tidak menerawang, mudah dibentuk
Ukuran 115x115 cm, jahitan tepi laser cut
Tersedia 12 warna
Harga 45rb, beli 3 jadi 120rb
Produksi sendiri, Bandung"""),
("listing", "hn_ordinary_listing", "1010", """Seragam Sekolah SD Merah Putih Lengkap
Kemeja putih lengan pendek + celana/rok merah
Bahan tetoron, tidak panas
Ukuran 6-14, harga 95rb per stel
Toko Seragam Bu Narti, Pasar Kliwon Kudus
Baru, bisa bordir nama tambah 10rb"""),
("post", "hn_konveksi_reseller", "1010", """Open reseller kaos polos & kemeja flanel produksi sendiri! 🧵
Barang baru semua dari konveksi kami di Sukoharjo, bukan thrift, bukan bal.
Harga reseller mulai 28rb, minimal order 1 lusin campur.
Cocok buat yang mau buka lapak online atau di pasar malam.
Katalog dan daftar harga kirim via DM."""),
("listing", "hn_factory_reject", "1010", """Sisa Ekspor Sweater Rajut - Overproduksi Pabrik
Barang baru, overstock dari pabrik rajut di Majalaya
Label brand dipotong sesuai aturan, kualitas ekspor
Bukan barang bekas dan bukan karungan impor
Harga 55rb, grosir 10 pcs 45rb"""),
("article", "hn_news_gov", "0111", """Menteri Perdagangan Minta Pemda Awasi Peredaran Baju Bekas Impor
JAKARTA - Pemerintah pusat meminta pemerintah daerah ikut mengawasi pasar-pasar yang dikenal menjual pakaian bekas impor.
Menurut kementerian, barang tersebut masuk lewat pelabuhan kecil dan jalur darat di perbatasan.
Pedagang diimbau beralih menjual produk lokal, dan pemerintah menjanjikan program pendampingan."""),
("message", "hn_buyer_message", "0111", """Halo kak, aku lihat postingan jaket di akun kakak.
Boleh tanya dulu, itu barang dari bal impor kah? Soalnya aku baca berita katanya dilarang, dan aku ga mau beli barang selundupan.
Kalau memang barang preloved kakak sendiri, aku tertarik. Makasih kak 🙏"""),
("profile", "hn_local_brand_profile", "1010", """LAWAS.LOKAL | Thrift vibes, 100% new ✨
Kemeja, celana, dan jaket bergaya retro yang dijahit baru di Yogyakarta
Bukan barang bekas, bukan bal, bukan impor
Restock tiap awal bulan
📍 Showroom Jl. Kaliurang km 6
🛒 Order lewat marketplace (link di bio)"""),
("profile", "hn_personal_preloved_profile", "1110", """Lemari Rina 👗
Akun pribadi buat jual preloved dari lemari aku sendiri
Semua barang pernah aku pakai, kondisi aku tulis jujur
Belinya di mal dan toko lokal, bukan karungan
Domisili Malang, bisa COD di kampus UB"""),
("live", "hn_live_new_clothes", "1010", """Halo kakak-kakak, selamat datang di live toko kami!
Malam ini kita launching koleksi kemeja linen, semuanya baru ya, bukan thrift
Warnanya ada sage, mocca, putih, dan hitam, size S sampai XL
Harga live cuma 99rb, normalnya 139rb
Langsung klik keranjang kuning, stok terbatas!"""),
("live", "hn_live_own_wardrobe", "1110", """Hai semuanya, ini live pertama aku jualan isi lemari sendiri 😅
Baju-baju ini preloved punya aku dan adikku, belinya dulu di Matahari sama Uniqlo Bandung
Ada rok plisket, cardigan, sama blus kerja, rata-rata baru dipakai beberapa kali
Harga 30rb sampai 70rb, ketik nomor ya
Bukan barang karungan ya kak, beneran lemari pribadi"""),
("article", "hn_news_court", "0111", """Penyelundup Balpres Divonis 2 Tahun Penjara
MEDAN - Majelis hakim menjatuhkan vonis dua tahun penjara kepada seorang pengusaha yang terbukti memasukkan ratusan bal pakaian bekas dari luar negeri melalui pelabuhan tidak resmi.
Terdakwa juga didenda ratusan juta rupiah.
Dalam persidangan terungkap barang dibawa dengan kapal kayu dan dibongkar pada malam hari."""),
("review", "hn_documentary_review", "0111", """Baru nonton dokumenter tentang perjalanan baju bekas dari Eropa sampai ke pasar-pasar monza di Sumatera 🎬
Digambarkan bagaimana bal dipress di gudang luar negeri, dikirim kapal, lalu dipilah pedagang kecil.
Bagian paling bikin sedih: tumpukan yang tak laku akhirnya dibakar.
Rekomendasi banget buat yang suka thrifting, biar lebih kritis. 8/10"""),
("listing", "hn_rice_per_karung", "1000", """Beras Pandan Wangi Cianjur Per Karung 25 kg
Panen baru, pulen dan wangi
Harga 380rb per karung, ambil 5 karung gratis ongkir area Cianjur-Sukabumi
Langsung dari penggilingan keluarga kami
Pesan via WA 0812xxxx"""),
("listing", "hn_waste_paper_import", "1101", """Kertas Bekas Impor (OCC) Per Bal
Untuk kebutuhan pabrik kertas, asal eks Eropa, dokumen impor lengkap
Berat per bal ±500 kg
Minimal order 1 kontainer 20 feet
Harga mengikuti kurs, hubungi tim penjualan kami"""),
("profile", "hn_charity_shop_profile", "1110", """Toko Amal Yayasan Kasih Ibu 💛
Menjual pakaian dan sepatu layak pakai hasil donasi masyarakat Surabaya
Seluruh keuntungan untuk biaya panti lansia
Buka Selasa-Sabtu, 09.00-15.00
Menerima sumbangan pakaian bekas bersih setiap hari kerja"""),
("post", "hn_sorting_worker_story", "0111", """Dulu aku 2 tahun kerja di gudang sortir baju bekas impor di Batam.
Tiap hari buka belasan karung, milih mana grade A, B, C. Debunya bikin batuk terus.
Gaji pas-pasan, kerjanya sampai malam kalau ada kapal datang.
Sekarang udah keluar, kerja di laundry. Cuma mau cerita, jangan dikira bisnis ini enak buat semua orang."""),
("comment", "hn_comment_opinion", "0111", """Setuju sama thread ini. Di kotaku pasar awul-awul dulu rame banget, isinya baju bekas impor dari karung.
Sekarang sebagian pedagang udah pindah jualan baju baru dari Tanah Abang karena takut razia. Semoga mereka tetap bisa bertahan."""),
("post", "hn_student_assignment", "0111", """Tugas Ekonomi kelompok 3: wawancara pedagang baju bekas impor 📚
Narasumber kami bercerita bahwa harga satu bal naik dari 4 juta menjadi 7 juta dalam setahun.
Ia juga mengaku tahu barangnya dilarang, tapi belum punya modal untuk beralih.
Kesimpulan kelompok: perlu solusi yang adil untuk pedagang kecil. Terima kasih Pak guru!"""),
]
