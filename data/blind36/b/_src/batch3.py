# Batch 3: legal records (30). Hand-written.
RECORDS = [
("listing", "hn_used_machine_import", (1, 1, 0, 1), """Mesin Jahit Bekas Impor Jepang Juki DDL-5550
Kondisi normal, sudah servis, motor halus
Cocok untuk konveksi rumahan
Harga 2,9 jt include meja
Lokasi Pekalongan, bisa kirim via kargo"""),
("listing", "hn_majun_rags", (1, 1, 0, 0), """Jual Majun Kaos Putih Per Karung
Kain perca sisa konveksi dan kaos bekas yang sudah dipotong-potong
Daya serap tinggi, cocok untuk bengkel, pabrik, dan percetakan
Isi 20 kg per karung, harga 120rb
Kirim area Jabodetabek"""),
("listing", "hn_jute_sack", (1, 1, 0, 0), """Karung Goni Bekas Kopi Ukuran Besar
Sudah dibersihkan, tanpa lubang
Bisa buat tanam bibit, dekorasi kafe, atau lomba 17an 😄
Harga 8rb per lembar, ambil 50 lembar 350rb
Ready di Temanggung"""),
("listing", "hn_fabric_roll", (1, 0, 0, 1), """Kain Linen Impor Korea Per Roll (±50 yard)
Kain baru, bukan sisa, bukan bekas
Warna earth tone 12 pilihan
Harga 2,1 jt/roll, bisa juga ecer per meter 45rb
Toko kain di Pasar Tanah Abang blok A"""),
("article", "hn_news_market", (0, 1, 1, 1), """Sepekan setelah razia, los pakaian bekas di Pasar Gedebage tampak lebih sepi dari biasanya.
Sejumlah pedagang mengaku stok karungan yang datang dari pelabuhan berkurang drastis, sementara pembeli masih terus bertanya.
Pemerintah kota menyatakan siap membantu pedagang yang ingin beralih ke produk konveksi lokal melalui pelatihan dan pinjaman lunak.
Namun sebagian pedagang menilai tawaran itu belum jelas tenggat dan syaratnya."""),
("post", "hn_church_sale", (1, 1, 1, 0), """Rummage sale Paroki St. Yosef 🙏
Pakaian, sepatu, dan tas bekas dari umat yang sudah dipilah dan dicuci
Harga mulai 2.000 rupiah
Minggu setelah misa kedua, di halaman gereja
Hasilnya untuk renovasi atap sekolah minggu"""),
("post", "hn_complaint_seller", (0, 1, 1, 1), """Kapok beli di olshop itu 😤
Iklannya "thrift Korea grade A, no minus", eh yang dateng kaos belel bolong ketiak
Chat admin cuma diread, nomornya sekarang udah ga aktif
Hati-hati ya guys, jangan gampang tergiur harga murah"""),
("listing", "hn_new_bnwt_import", (1, 0, 1, 1), """BNWT Uniqlo Airism Japan Edition
Baru dengan tag, dibeli langsung di Tokyo bulan lalu (jastip resmi, bayar pajak)
Ukuran M, warna navy
Harga 220rb
Bisa cek struk pembelian"""),
("post", "hn_opinion_thread", (0, 1, 1, 1), """Thread: kenapa gue berhenti beli baju thrift (1/5)
Dulu tiap gajian pasti ke Senen, ngubek-ngubek lapak bal sampe sore.
Lama-lama sadar, lemari penuh barang yang dipake sekali.
Terus baca soal tumpukan limbah tekstil di negara pengirim dan di TPA kita sendiri.
Sekarang lebih milih beli sedikit, yang awet, buatan lokal."""),
("listing", "hn_used_furniture", (1, 1, 0, 0), """Lemari Pakaian Jati Bekas 3 Pintu
Kondisi kokoh, ada lecet pemakaian di pintu kanan
Ukuran 180 x 55 x 200 cm
Harga 2,4 jt, angkut sendiri
Lokasi Jepara"""),
("comment", "hn_buyer_question", (0, 1, 1, 1), """Ada yg tau ga sih sekarang masih ada yang jual awul-awul di Sekaten?
Tahun lalu aku ke sana udah jarang banget lapaknya
Pengen nyari jaket murah buat adikku kuliah di Malang
Kalau ada info share ya 🙏"""),
("post", "hn_tweet_joke", (0, 1, 1, 1), """nyokap gue: "jangan beli baju cakar, itu bekas orang mati"
gue: "ma, ini jaket dari Pasar Terong harganya 30 ribu"
nyokap gue: "...ada ukuran bapakmu?"
wkwkwk ujung-ujungnya ikut nitip"""),
("listing", "hn_plain_clothing", (1, 0, 1, 0), """Celana Chino Pria Slim Fit Stretch
Bahan katun twill, tidak gampang kusut
Ukuran 28-36, 5 warna
Harga 115rb, gratis ongkir min. belanja 200rb
Produksi konveksi Bandung"""),
("post", "hn_local_thrift_denial", (1, 1, 1, 0), """Lapak preloved kami 100% barang lokal, BUKAN impor ya kak 🙏
Semua dari lemari teman-teman dan tetangga yang titip jual
Kami cek satu-satu, cuci, setrika, baru dipajang
Harga 20-75rb, bagi hasil dengan pemilik
Mampir ke garasi kami di Condongcatur tiap Sabtu"""),
("article", "hn_news_policy", (0, 1, 1, 1), """Kementerian Perdagangan kembali menegaskan bahwa impor pakaian bekas tetap dilarang tanpa pengecualian.
Permintaan sebagian pedagang agar diberi kuota impor terbatas ditolak.
Pemerintah meminta pedagang menghabiskan stok lama dan beralih menjual produk dalam negeri.
Pengawasan juga diperketat di gudang-gudang grosir yang selama ini menjadi titik distribusi bal."""),
("listing", "hn_plastic_bale", (1, 1, 0, 0), """Plastik Bekas Press (Botol PET) Per Bal
Sudah dipilah, tanpa tutup dan label
Berat ±60 kg per bal
Harga 4.500/kg
Pengepul daerah Karawang, bisa ambil di lokasi"""),
("message", "hn_buyer_question", (0, 1, 1, 1), """Bang, mau nanya serius nih
Gw kepikiran buka lapak thrift kecil-kecilan di depan kos
Tapi katanya bal impor dilarang, kalo ketauan bisa disita ya?
Ada saran ga mending jual apa yang aman?"""),
("post", "hn_own_preloved", (1, 1, 1, 0), """Jual sepatu lari pribadi, jarang dipake karena kekecilan 🏃‍♀️
Adidas Ultraboost size 39, beli di store Grand Indonesia tahun lalu
Kondisi 95%, box masih ada
Harga 750rb
COD area Kemang"""),
("post", "hn_donation_request", (0, 1, 1, 0), """Kami dari Komunitas Berbagi Hangat sedang mengumpulkan jaket & selimut bekas layak pakai untuk warga lereng Dieng 🥶
Suhu di sana bisa turun sampai 5 derajat di musim kemarau
Titik kumpul: Kafe Lentera, Wonosobo, sampai akhir bulan
Terima kasih banyak atas kebaikannya"""),
("listing", "hn_new_thrift_style", (1, 0, 1, 0), """Kaos Oversize Washed Vintage Look - Brand Lokal
Dibuat baru dengan teknik acid wash biar terlihat kayak kaos thrift tahun 90an
Sablon plastisol, bahan 24s heavy
Harga 129rb
Semua baru, produksi Yogyakarta"""),
("review", "hn_review_no_seller", (0, 1, 1, 1), """Udah 3 kali beli baju monza, kualitasnya naik turun.
Kemeja pertama bagus banget, masih kuat sampai sekarang.
Yang kedua luntur, yang ketiga ternyata ada noda tinta di punggung.
Intinya harus teliti, jangan buru-buru bayar."""),
("post", "hn_report_seller", (0, 1, 1, 1), """Buat tim moderasi: tolong dicek akun @lelongmurah.ptk
Dia posting terus "karungan Kuching baru turun, sweater & jaket 20rb" di grup jual beli kami
Sudah kami tegur tapi tetap posting ulang tiap pagi
Terima kasih"""),
("listing", "hn_used_vehicle", (1, 1, 0, 0), """Sepeda Lipat Bekas Element Police
Rangka aman, rem cakram, gigi 7 speed
Pemakaian 1 tahun, ada baret di stang
1,8 jt nego
Ambil di Ciputat, bonus lampu depan & botol minum"""),
("post", "hn_job_vacancy", (0, 1, 1, 1), """Lowongan: tenaga sortir di gudang pakaian bekas, daerah Bekasi
Tugas: membuka bal, memilah barang per grade, melipat
Kerja 6 hari, gaji harian 110rb
Hubungi Pak Dadang 0813xxxx"""),
("post", "hn_creator_no_seller", (0, 1, 1, 1), """Aku coba thrifting pakai budget 50 ribu, dapet apa aja? 🤔
Jaket jeans, kemeja garis-garis, sama topi bucket, semua bekas Korea dan Jepang
Sengaja nggak aku sebut tokonya ya, soalnya barang impor gini katanya lagi ditertibkan
Yang penting cucinya harus ekstra, aku rendam air panas dulu"""),
("listing", "hn_new_import", (1, 0, 1, 1), """Sepatu Sneakers Import China Casual Pria
Barang baru, segel, lengkap dengan box
Sol karet anti licin
Ukuran 39-44
Harga 149rb, ready di gudang Jakarta Barat"""),
("post", "hn_trip_no_goods", (0, 0, 1, 0), """Pulang dari Seoul, malah jadi pengen beli baju lokal 😅
Di sana aku liat anak mudanya bangga banget pake brand lokal mereka
Akhirnya balik ke Indonesia langsung borong kemeja tenun dari UMKM di Kudus
Support local, guys!"""),
("article", "hn_explainer", (0, 1, 1, 1), """Apa itu balpres?
Balpres adalah sebutan untuk pakaian bekas yang dipadatkan dengan mesin pres lalu dikemas dalam karung besar.
Barang ini biasanya masuk dari luar negeri dan dijual per bal ke pedagang, lalu disortir sebelum dijual eceran.
Sejak 2015 impornya dilarang, dan aturan itu dipertegas lagi dalam Permendag 18/2021 serta perubahannya."""),
("listing", "hn_produce_karung", (1, 0, 0, 0), """Jagung Pipil Kering Per Karung 50 kg
Kadar air 15%, cocok untuk pakan ternak
Harga 310rb per karung
Stok banyak, siap kirim dari Grobogan
Minimal order 10 karung"""),
("post", "hn_joke_meme", (0, 1, 1, 1), """Level kesabaran:
1. nunggu loading game
2. nunggu balesan crush
3. ngubek tumpukan bal di Pasar Senen nyari celana ukuran 29 yang warnanya pas 🫠
4. ibu-ibu nawar di pasar
#anakthrift"""),
]
