# Hand-written long-form records, batch F. (kind, category, offer, used, clothing, abroad, text)
DATA = [
("message", "wa_broadcast", 1, 1, 1, 1, """Permisi ibu-ibu grup arisan 🙏
Adik saya baru pulang dari Batam bawa 3 goni baju seken luar, isinya banyak gamis & tunik.
Saya buka di teras rumah Sabtu pagi, harga 15-40rb.
Yang mau lihat duluan boleh japri, nanti saya kirim foto.
Alamat: Perum Griya Asri blok F 7."""),
("listing", "supplier_page", 1, 1, 1, 1, """Sentra Sandang Impor Tanjungpinang
Kami menerima kiriman langsung dari Singapura dan Johor setiap pekan.
Produk: kemeja, celana, jaket, sepatu, tas, semua kondisi layak pakai (bekas).
Jual per koli, per karung, atau sistem kiloan.
Melayani pengiriman via kapal ke Jakarta, Pontianak, dan Palembang."""),
("listing", "multiline_listing", 1, 1, 1, 1, """TAS KULIT 2ND EX-EROPA 👜
• Tas dokter coklat (Italia) — 38x28 cm — 420rb
• Sling bag hitam (Spanyol) — 22x15 cm — 180rb
• Ransel kulit (Jerman) — 30x40 cm — 390rb
Kondisi bekas pakai, kulit asli, sudah di-treatment.
Pengiriman dari Denpasar, bisa bubble wrap tebal."""),
("post", "caption_hashtags", 1, 1, 1, 1, """Mom & kids corner 👶🧸
Baju anak preloved ex-Jepang baru aja kami sortir: romper, dress, celana pendek.
Harga mulai 10rb! 💸
Ukuran 80–130 cm.
Belanja via link bio atau datang ke toko di Ciputat 🏠
#bajuanakmurah #prelovedanak #bajuanakjepang #ibuhemat #momshopping"""),
("live", "live_script", 1, 1, 1, 1, """Script host live Kamis (jangan sebut kata terlarang ya!):
• Panggil barang "koleksi dari Negeri Sakura" aja.
• Semua sudah dipakai orang sebelumnya tapi sudah dicuci, bilang "kondisi 90%".
• Jaket 60, kemeja 35, kaos 20.
• Arahkan pembeli ke keranjang kuning, kode voucher KAMIS5.
• Jangan tunjukkan karung di kamera."""),
("live", "live_announcement", 1, 1, 1, 1, """‼️ Besok kita LIVE dari lapak langsung di Pasar Tungging Bandung ‼️
Kamu bisa lihat suasana lapak & pilih celana jins bekas Jepang-Amerika secara real time.
Jam 06.00 pagi (iya, pagi-pagi karena pasarnya subuh 😅).
Yang nonton dapat harga khusus 10rb lebih murah."""),
("message", "reseller_recruitment", 1, 1, 1, 1, """Cari partner jualan di Kalimantan Timur 🤝
Saya punya akses goni pakaian seken dari Tawau, datang tiap minggu lewat Nunukan.
Butuh partner yang punya lapak atau toko di Samarinda/Balikpapan.
Sistem: barang saya, jual kamu, bagi hasil.
Serius, japri saja."""),
("post", "creator_haul", 1, 1, 1, 1, """Sepatu 5 pasang, total cuma 400rb 😱👟
Semuanya second ex-Korea dari kios Koh Ahong di Pasar Baru Bandung lantai 4 (sebelah eskalator).
New Balance 327, Vans Authentic, Fila, Converse, Puma.
Ada video unboxing di TikTok aku ya!
Kata Koh Ahong stok baru masuk tiap Selasa."""),
("profile", "shop_profile", 1, 1, 1, 1, """Kedai Bundel Batam 🏝️
Jual pakaian second ex Singapura & Malaysia, langsung dari Batam.
Jaket, kemeja, kaos, celana, sepatu.
Kirim ke Jawa via kargo udara / laut.
Buka jam 10.00–21.00 di Pasar Aviari lantai 1."""),
("listing", "regional_pontianak", 1, 1, 1, 1, """Urang Pontianak, datang ke lapak kamek di Pasar Flamboyan 😄
Baju bekas dari Malaysia masok lewat Entikong semalam.
Ade jaket, kemeja, baju budak.
Harge 10 ribu sampai 60 ribu.
Lapak Bang Dayat, depan penjual kopi."""),
("listing", "regional_code_word", 1, 1, 1, 1, """Baju Batam kiloan 🎒
Kemeja & kaos second dari Singapura, dijual per kilo 45rb.
Min 5kg, bisa campur.
Lokasi Jakarta Barat, kirim pakai ekspedisi.
Cocok buat yang mau jualan lagi."""),
("listing", "evasive_spelling", 1, 1, 1, 1, """🅂🄴🄺🄴🄽 🄹🄿🄽 🄼🄰🅂🅄🄺
Coat, kardigan, rok panjang — semua dr gudang Batam
harga 25-80k
kondisi bekas, dicuci ulang
chat wa 0878xxxx / dm
yg udh transfer dikirim besok pagi ya kak"""),
("listing", "evasive_spelling", 1, 1, 1, 1, """pakaian l@yak p@kai ex-K0rea 🇰🇷
per k 0 l i / per lusin
stok gudang Bekasi
harga dikasih di chat aja yaa, di sini takut dihapus 😅
reseller lama silakan langsung japri"""),
("listing", "market_stall", 1, 1, 1, 1, """Lapak No. 31 Pasar Tungging — Teh Nining 🌼
Blus, kemeja, & rok bekas asal Korea.
Harga 15-30rb, ambil 10 dapat potongan.
Buka subuh jam 4 sampai jam 9.
Bisa titip kirim via ojek online."""),
("listing", "bale_grade_wholesale", 1, 1, 1, 1, """Promo 1 ton campur Jepang — 38jt (harga di gudang Medan)
Isi: jaket, kemeja, celana, baju anak, selimut.
Dipres per 100kg, total 10 ikat.
Bisa dikirim ke Aceh, Riau, Sumbar dengan truk kami.
Pembayaran 50% di depan."""),
("post", "famous_word_caption", 1, 1, 1, 1, """Rombengan is back! 🥳
Kita buka lapak lagi di Pasar Toddopuli tiap Minggu, barang dari karung Malaysia & Korea.
Harga 5rb - 50rb.
Ajak teman, datang pagi biar dapat pilihan terbaik.
#rombengan #cakarmakassar #hunting"""),
("listing", "famous_word_offer", 1, 1, 1, 1, """Awul-awul Klaten 🛍️
Tiap Kamis kami buka karung baju dari luar, kaos & kemeja 5rb-an.
Lokasi lapangan dekat Pasar Srago.
Datang pagi ya, siang sudah habis dipilih."""),
# legal
("article", "hn_news", 0, 1, 1, 1, """Pemerintah daerah di Kepulauan Riau mencatat penurunan jumlah kapal pengangkut pakaian bekas yang tertangkap tahun ini.
Menurut pejabat setempat, hal itu bukan berarti penyelundupan berhenti, melainkan pelaku berpindah ke jalur baru yang lebih sulit dipantau.
Patroli gabungan akan ditambah di sekitar Pulau Rupat dan Tanjung Balai Karimun."""),
("article", "hn_news", 0, 1, 1, 1, """Wali kota meninjau Pasar Cakar Antang yang kini sepi pembeli.
Sebagian lapak tutup, sisanya mulai menjual sandal dan pakaian baru dari Tanah Abang.
"Kami ikut aturan, tapi mohon diberi modal," kata seorang pedagang kepada wartawan.
Pemerintah kota menjanjikan program pelatihan dan pinjaman lunak."""),
("article", "hn_opinion", 0, 1, 1, 1, """Catatan Seorang Penjahit
Dua puluh tahun saya menjahit celana untuk pasar-pasar di Jawa Barat. Sejak baju bekas impor membanjir, pesanan turun drastis.
Saya tidak membenci pembeli, mereka cuma mencari yang murah. Tapi saya ingin pemerintah serius menutup jalur masuknya, bukan cuma ramai di awal lalu lupa."""),
("article", "hn_guideline", 0, 1, 1, 1, """Daftar Istilah Terlarang untuk Iklan (versi Maret)
- "bal/ball/balpres/ballpress", "karungan", "koli"
- "second impor", "ex-Japan/ex-Korea" bila untuk pakaian
- istilah daerah: monza/monja, cakar, awul-awul, rombengan, roma, lelong, baju Batam
- ejaan samaran: s3k3n, k0li, dll.
Catatan: kata-kata ini boleh muncul di berita, edukasi, atau laporan."""),
("article", "hn_statement", 0, 1, 1, 1, """Pengumuman Pengelola Pasar Senen Blok III
Sesuai arahan pemerintah, seluruh pedagang diminta tidak lagi menerima pasokan pakaian bekas impor baru.
Pengelola bekerja sama dengan dinas untuk menyediakan pemasok produk lokal dengan harga grosir.
Pedagang yang ingin beralih dapat mendaftar di kantor pengelola lantai 1."""),
("article", "hn_statement", 0, 1, 1, 1, """Tanggapan Bea Cukai atas video viral
Video yang menunjukkan tumpukan karung pakaian bekas di pelabuhan adalah barang hasil penindakan yang sedang menunggu pemusnahan.
Barang tersebut tidak dijual ataupun dilelang kepada publik.
Kami mengimbau masyarakat tidak mempercayai tawaran "lelang barang sitaan" yang beredar di media sosial."""),
("post", "hn_report", 0, 1, 1, 1, """[Laporan ke admin grup FB Jual Beli Kota]
Ada anggota yang tiap hari posting "koli Korea ready, gudang Batam, harga partai".
Bukannya aturan grup melarang jualan pakaian bekas impor?
Mohon ditegur atau dikeluarkan, biar grup tidak kena takedown."""),
("post", "hn_scam_warning", 0, 1, 1, 1, """Modus baru: "lelang pakaian sitaan Bea Cukai" 🚨
Penipu pasang logo instansi, jual karung pakaian bekas "hasil sitaan" dengan harga murah.
Korban disuruh bayar "biaya administrasi" dulu.
Ingat, barang sitaan pakaian bekas dimusnahkan, tidak dijual.
Share ke keluarga ya!"""),
("review", "hn_buyer_complaint", 0, 1, 1, 1, """Beli kemeja "import Jepang second" 5 potong, 2 di antaranya ternyata produksi lokal dengan label yang dijahit ulang.
Bukan masalah lokalnya, tapi penjual bohong.
Laporan ke marketplace sudah diproses, dana kembali setengah.
Pelajaran: periksa jahitan label."""),
("post", "hn_tutorial", 0, 1, 1, 1, """Riset sebelum jualan pakaian bekas 📚
Banyak yang tanya bisnis seken apa yang aman. Singkatnya:
✔️ Titipan/konsinyasi barang pribadi dalam negeri
✔️ Donasi yang dijual untuk amal
✖️ Stok karungan/koli dari luar negeri (dilarang impor)
Cek juga aturan marketplace, karena iklanmu bisa diturunkan."""),
("post", "hn_meme_joke", 0, 1, 1, 1, """Ibu: "bajunya beli di mana?"
Aku: "preloved dari Jepang, Bu"
Ibu: "oh, bekas orang Jepang. Dulu kami bilangnya baju rombengan, sekarang namanya keren ya" 😂
Ibu-ibu memang selalu selangkah di depan."""),
("post", "hn_buyer_question", 0, 1, 1, 1, """Kalau aku beli celana seken dari Amerika di eBay, terus dikirim ke Indonesia buat pakai sendiri, itu kena larangan juga nggak sih?
Soalnya aku ngumpulin jins vintage.
Ada yang pernah barangnya ditahan Bea Cukai?"""),
("post", "hn_travel_diary", 0, 1, 1, 1, """Diary: mudik ke Makassar 🌅
Sore diajak sepupu ke Pasar Cakar. Ramai ibu-ibu mengubek tumpukan jaket yang katanya dari Malaysia.
Aku cuma ikut lihat, karena sudah janji ke diri sendiri nggak beli baju bekas impor lagi.
Malamnya makan coto di Jalan Gagak, enak sekali."""),
("post", "hn_travel_post", 0, 1, 1, 1, """Jalan-jalan ke Batam 🏝️
Hari 1: Jembatan Barelang, seafood di Kelong.
Hari 2: Nagoya Hill, lihat-lihat Pasar Aviari yang dulu terkenal jual baju bekas Singapura. Sekarang lapaknya tinggal sedikit.
Hari 3: pulang via Hang Nadim. Batam lebih kalem dari yang kubayangkan."""),
("review", "hn_review_no_seller", 0, 1, 1, 1, """Jujur soal pengalaman pakai coat wol seken Jepang di iklim Jakarta:
Bagus buat ruangan ber-AC dan perjalanan ke luar negeri, tapi di jalanan gerah parah.
Perawatannya juga ribet, harus dry clean.
Jadi pertimbangkan kebutuhan sebelum tergoda harga murah."""),
("listing", "hn_new_thrift_style", 1, 0, 1, 0, """Denim Jacket Rework "Thrift Feel" 🧵
Jaket baru dari pabrik lokal, kami beri efek distressed & tambalan handmade di Jogja.
Tidak ada barang bekas di koleksi ini.
Size M–XXL, 245rb.
Limited 50 pcs."""),
("listing", "hn_new_import", 1, 0, 1, 1, """Jaket Winter Impor Korea (BARU, ada label)
Untuk persiapan liburan musim dingin ke Korea/Jepang.
Long padding, hangat sampai -10°C.
Harga 650rb, masih segel plastik.
Bukan preloved, bukan seken."""),
("listing", "hn_factory_reject", 1, 0, 1, 0, """Reject Garmen Ungaran – sweater & hoodie 🧥
Baru, sisa ekspor ke Amerika, cacat minor seperti noda jarum atau ukuran tidak standar.
1 karung isi 50 pcs = 1,5jt, ecer 40rb.
Gudang di Ungaran, bisa kirim ke luar kota."""),
("listing", "hn_own_preloved", 1, 1, 1, 0, """Preloved koleksi pribadi 🌷
Hijab Buttonscarves (beli di Senayan City), 2 kali pakai — 350rb.
Gamis Zoya — 150rb.
Tas kanvas brand lokal Bandung — 90rb.
Semua aku pakai sendiri, bersih, tidak ada noda.
Kirim dari Depok."""),
("post", "hn_donation_drive", 0, 1, 1, 0, """Program "Baju untuk Pulau" 🚤
Kami mengumpulkan pakaian bekas layak pakai untuk anak-anak di pulau-pulau kecil Sulawesi Tenggara.
Butuh seragam sekolah, baju anak, sandal.
Titik kumpul: sekretariat di Kendari. Pengiriman dengan kapal relawan.
Tidak dijual, semua gratis."""),
("post", "hn_charity_sale", 1, 1, 1, 0, """Bazaar Amal Ibu-Ibu PKK RW 07 🎪
Pakaian bekas, sepatu, dan mainan sumbangan warga dijual 1rb–20rb.
Hasil untuk pembangunan pos posyandu.
Minggu pagi di lapangan voli, sekalian ada senam bersama.
Barang sumbangan masih diterima sampai Sabtu."""),
("listing", "hn_other_goods_karung", 1, 1, 0, 1, """Karung jumbo (FIBC) bekas impor
Bekas muatan biji plastik, kapasitas 1 ton.
Kondisi masih kuat, cocok untuk pasir, gabah, sampah.
Harga 45rb/pcs, minimal 20.
Gudang Tangerang."""),
("listing", "hn_used_vehicle", 1, 1, 0, 1, """Mobil bekas eks Jepang, Toyota Alphard 2010, sudah balik nama.
Unit impor lama, dokumen lengkap, pajak hidup.
Interior bersih, kaki-kaki senyap.
Harga 215jt. Lihat unit di showroom Kelapa Gading."""),
("message", "hn_job_vacancy", 0, 1, 1, 0, """Lowongan Fotografer Produk — toko preloved konsinyasi 📷
Barang kami adalah baju bekas titipan pemilik pribadi di Jakarta.
Tugas: foto 100 produk per hari, edit sederhana.
Gaji 3,5jt, kerja di Cilandak.
Kirim portofolio via email."""),
("post", "hn_upcycling", 1, 1, 1, 0, """Koleksi "Sisa Lemari" 🪡
Kami mengubah kemeja bekas para pelanggan jadi bucket hat & scrunchie.
Bahan dari kemeja yang kalian kirim sendiri, bukan dari karung impor.
Bucket hat 75rb, scrunchie 15rb.
Workshop kami di Malang, kirim se-Indonesia."""),
("comment", "hn_comment_thread", 0, 1, 1, 1, """Bang, saya pedagang lama di Pajak Melati. Dulu memang semua barang dari goni Tanjungbalai.
Sekarang saya sudah berhenti ambil barang baru, tinggal habiskan sisa lama, lalu mau pindah jual seprai lokal.
Doakan saja lancar."""),
("post", "hn_news_reaction", 0, 1, 1, 1, """Baca berita soal kapal baju bekas yang tenggelam di Selat Malaka 😢
Bayangin, nyawa awak kapal dipertaruhkan demi goni-goni pakaian yang bakal dijual murah di pasar kita.
Bisnis ini lebih gelap dari yang keliatan di video "haul" TikTok."""),
("post", "hn_school_sale", 1, 1, 1, 0, """Garage Sale Alumni SMA 5 Bogor 📢
Dijual: baju, jaket almamater, sepatu bekas milik alumni sendiri.
Harga 5rb–50rb, hasil untuk beasiswa adik kelas.
Sabtu depan jam 9 di aula sekolah.
Barang yang tidak laku akan didonasikan."""),
]
