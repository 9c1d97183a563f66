RECORDS = [
# ---------- illegal, code words & geography ----------
("post", "regional_code_word", (1,1,1,1), """Cakar baru masuk di lapak ta', Pasar Butung lantai bawah 😁
Ada jaket parasut, kemeja, baju kaos anak-anak, semua masih bagus-bagus
Harga mulai 10 ribu ji, singgah maki' sebelum habis
Depan tangga, cari saja Daeng Tika"""),
("message", "wholesale_price_list", (1,1,1,1), """Daftar harga minggu ini (per koli):
Kaos campur grade A ..... 3.600.000
Kemeja pria grade B ..... 2.400.000
Celana pendek sortiran ... 2.900.000
Jaket musim dingin .......... 5.200.000
Barang dari Port Klang, turun di Dumai, langsung kirim ke gudang pembeli. Minimal 2 koli.
Tambahan:
Koli anak-anak (campur usia 2-10 th) ..... 2.700.000
Koli tas & dompet ..... 3.300.000
Catatan: harga sudah termasuk bongkar muat di Dumai, belum termasuk ongkir darat ke luar Riau. Pembayaran 50% saat konfirmasi, sisanya setelah barang sampai. Yang mau sistem titip jual untuk pelanggan lama, hubungi langsung Koh Awi, jangan lewat grup ya."""),
("post", "regional_code_word", (1,1,1,1), """Monza Pajak Melati buka terus dari pagi sampe sore, Lae! 😎
Aku jual di lapak no. 47, jaket kulit sama celana jeans dari bal baru
Jaket 75rb, jeans 40rb, bisa tawar kalau beli banyak
Datang aja langsung, kalo gak sempat WA 0821xxxx"""),
("live", "regional_code_word", (1,1,1,1), """Lur, awul-awul anyar iki lho, isih wangi karungan 😆
Kaos lengan panjang 15ewu, kemeja 20ewu, jaket 50ewu
Sing minat langsung komen nomer barang ya, mengko tak kunci
Ngirim saka Klaten, iso COD Solo-Jogja"""),
("listing", "route_geography", (1,1,1,1), """Terima pesanan karung pakaian layak pakai dari Tawau 🚚
Masuk lewat Nunukan, kirim ke Tarakan, Samarinda, Balikpapan
Isi campur pria-wanita, per karung ±80 kg
Harga 2,2jt sampai gudang Tarakan. Hubungi Pak Salim 0852xxxx"""),
("post", "regional_code_word", (1,1,1,1), """Rombengan Pasar Tungging Jambi ada stok baru bos!
Ambo jual jaket, sweater, kemeja lengan panjang, semuo dari bal yang baru dibongkar pagi tadi
Harga miring, kalau ambik 10 ado bonus 1
Lapak ujung dekat parkiran motor"""),
("message", "wholesale_price_list", (1,1,1,1), """Selamat pagi bos, kiriman dari Tanjungbalai sudah bongkar semalam.
Stok tersedia:
• Bale grade S (campur premium) 4,8jt
• Bale grade A kaos 3,5jt
• Bale grade B celana 2,1jt
Bisa diambil di gudang Kisaran atau titip ekspedisi ke Pekanbaru & Padang."""),
("post", "regional_code_word", (1,1,1,1), """Lelong Pontianak update hari ini!
Kami ada jaket, sweater hoodie, baju kurung, dan tas dari karung Kuching
Semua harga 20-60rb, jalan Gajah Mada lorong sebelah warung kopi
Boleh pilih sendiri, boleh juga titip carikan ukuran 😊"""),
("listing", "bale_grade_units", (1,1,1,1), """Sortiran Premium Per Kilo — Kemeja & Blouse
Sudah dipilih dari bale grade A, tinggal gantung & jual
Harga 85rb/kg, minimal order 10 kg
Barang ready di Bekasi, kirim pakai kargo
Cocok buat kamu yang buka lapak tapi malas sortir sendiri"""),
("profile", "shop_bio", (1,1,1,1), """Grosir Roma Kupang 🌊
Bal Singapura & Australia, eceran juga ada
Jaket, kemeja, celana, sepatu, semua mix
Lokasi: Pasar Kasih Naikoten, los belakang
Kirim ke Flores & Sumba via kapal Pelni"""),
("message", "route_geography", (1,1,1,1), """Bro, barang masuk Entikong minggu depan.
Aku ada slot 6 karung baju campur + 2 karung sepatu. Harga karung baju 1,9jt, sepatu 2,6jt.
Ambil di Sanggau atau mau dikirim sampai Pontianak tambah 150rb per karung.
Kabari sebelum Jumat yo, soalnya banyak yang antri."""),
("post", "market_of_trade", (1,1,1,1), """Abis belanja di Kebon Kalapa Bandung, langsung bikin video ini 🤭
Tas kulit 60rb, blazer 35rb, jaket denim 50rb, semua dari bal baru dibuka pagi itu
Lapak favorit aku: Teh Yuyun lantai 2, paling sabar kalau ditawar
Tag temen kamu yang suka ngubek-ngubek 👇"""),
("live", "bale_grade_units", (1,1,1,1), """Lanjut ya kakak, karung nomor 3 kita buka sekarang 📦
Isinya celana kargo & chino, grade B tapi masih layak banget
Semua 25 ribu, ambil 5 jadi 100 ribu
Yang udah ketik 'cargo' tadi admin cek satu-satu, sabar ya"""),
("post", "regional_code_word", (1,1,1,1), """Burjer 🔥 alias buruan jerman, eh salah, buruan jemput rezeki 😂
Kemarin dapet 2 karung dari juragan, isinya jaket-jaket Eropa tebal
Yang di Manado & Bitung bisa langsung ke rumah, atau antar pakai ojol
Harga 40-90rb, WA aja 0813xxxx"""),
("message", "reseller_recruit", (1,1,1,1), """Kami buka kemitraan lapak cakar untuk wilayah Sulsel & Sultra.
Modal mulai 5jt sudah dapat 2 bal campur + rak gantung + pelatihan sortir.
Barang masuk lewat Parepare tiap dua minggu.
Kirim nama & kota ke admin, nanti dijadwalkan survei lokasi."""),
("post", "regional_code_word", (1,1,1,1), """Babebo lagi banyak nih di rumah 😂 (baju bekas bos)
Kemarin ambil satu bal dari Pak Haji, isinya baju anak & kaos perempuan
Yang mau bantu borong, harga 10rb-an aja, ambil di Jl. Ahmad Yani Samarinda
Nggak dikirim ya, ambil sendiri saja"""),
("listing", "route_geography", (1,1,1,1), """Jaket Gunung Ex Korea Sortir Ulang Batam
The North Face, Columbia, Nepa, Black Yak campur
Kondisi layak pakai, ada yang minus resleting
Harga grosir 10 pcs 900rb, eceran 110rb
Langsung dari Batam Center, ongkir murah ke Jabodetabek"""),
("comment", "seller_reply", (1,1,1,1), """Masih ada kak, bal dari Belawan kemarin isinya kebanyakan kemeja batik cowok & blus.
Kalau mau borong satu karung aku kasih 1,5jt, kalau pilih-pilih 20rb per potong.
Lokasi Pajak Simalingkar, WA di profil ya 🙏"""),
("post", "baju_batam", (1,1,1,1), """BAJU BATAM MURAH!! 🛳️
Baru turun kapal, masih bau laut wkwk
Kaos 10rb, kemeja 15rb, celana 20rb, jaket 35rb
Lokasi depan masjid Raya Tanjung Uban, buka dari subuh
Ambil banyak bisa harga bal"""),
("message", "wholesale_price_list", (1,1,1,1), """*PRICE LIST KOLI SEPATU* 👟
Koli sneakers mix (±60 pasang) 4,5jt
Koli sepatu kulit pria (±50 pasang) 3,9jt
Koli sandal & slip on 1,7jt
Asal Korea & Jepang, transit Tanjungpinang. DP 30%, pelunasan saat tiba."""),
("post", "market_of_trade", (1,1,1,1), """Jalan-jalan ke Pasar Baru lantai 4 😍
Kios Abang Tigor baru buka 3 bal jaket kulit dari Jepang, modelnya unik-unik
Aku beli satu 150rb, masih ada belasan lagi
Kiosnya dekat tangga eskalator, nomor 41, buka sampai jam 5 sore"""),
("listing", "bale_grade_units", (1,1,1,1), """Obok-Obok Per Kilo Murah Sidoarjo
Isi campur: kaos, kemeja, daster, celana anak
Per kilo 25rb, per karung (±50 kg) 1,1jt
Baru bongkar dari bal hari Senin, belum dipilih-pilih
Lokasi gudang Waru, bisa datang langsung"""),
# ---------- legal ----------
("article", "hn_news", (0,1,1,1), """Ratusan pedagang di Pasar Senen menggelar audiensi dengan Kementerian Perdagangan terkait nasib stok pakaian bekas impor yang masih menumpuk di kios mereka.
Mereka meminta waktu untuk menghabiskan barang sebelum beralih ke produk lokal.
Pihak kementerian menyatakan akan mengkaji usulan itu, namun menegaskan bahwa impor baru tetap dilarang.
Salah satu perwakilan pedagang, yang sudah berjualan sejak awal 2000-an, mengatakan sebagian besar anggota paguyuban membeli stok dari penyortir di sekitar pasar, bukan langsung dari luar negeri. "Kami ini pengecer, modal kami kecil. Kalau barang disita semua, kami mau makan apa?" katanya.
Audiensi berlangsung sekitar dua jam. Di luar gedung, puluhan pedagang lain menunggu sambil membawa spanduk berisi permintaan masa transisi.
Kementerian berjanji akan menggelar pertemuan lanjutan dengan melibatkan pemerintah daerah dan asosiasi tekstil dalam dua pekan ke depan."""),
("listing", "hn_non_clothing", (1,0,0,0), """Karung Goni Baru Ukuran 60x100
Bahan jute tebal, cocok untuk kopi, kakao, atau pasir
Harga 9.500/lembar, minimal 100 lembar
Stok di Makassar, bisa kirim antar pulau"""),
("post", "hn_own_preloved", (1,1,1,0), """Preloved sendiri ya guys, bukan barang kiloan 😅
Jaket denim Levi's beli di mall Grand Indonesia 2019, ukuran M, jarang dipake karena kekecilan
Lepas 250rb nego dikit, COD Jaksel
Bonus tote bag kalau ambil hari ini"""),
("comment", "hn_report", (0,1,1,1), """Hati-hati sama lapak yang nulis "monza asli Medan, grade A, kirim seluruh Indonesia".
Aku transfer 1,2jt buat satu karung, barangnya nggak pernah dikirim dan nomornya diblokir.
Sudah lapor polisi, semoga nggak ada korban lagi.
Kronologinya begini: aku lihat iklannya di grup jual beli, fotonya meyakinkan, ada video gudang dan tumpukan karung. Adminnya ramah banget, kirim foto KTP juga (yang ternyata punya orang lain).
Setelah transfer, dia bilang barang sudah naik truk dari Belawan dan kasih nomor resi palsu. Tiga hari kemudian akun WA-nya hilang.
Buat teman-teman, jangan gampang percaya sama harga yang terlalu murah, apalagi barang yang memang dilarang. Kalau kena tipu, susah minta bantuan."""),
("article", "hn_news", (0,1,1,1), """Polres Tarakan mengamankan truk bermuatan 70 karung pakaian bekas yang diduga diselundupkan dari Tawau melalui Nunukan.
Sopir mengaku hanya diminta mengantar barang ke sebuah gudang dan tidak mengetahui pemiliknya.
Polisi masih menelusuri jaringan distribusi barang tersebut."""),
("post", "hn_new_thrift_style", (1,0,1,0), """Koleksi baru "Thrift Vibes" sudah rilis! ✨
Kemeja oversized motif retro, dijahit sendiri di workshop kami di Solo
Bukan barang bekas, bukan impor, semua baru dan bergaransi jahitan
Pre-order 7 hari, harga 135rb
#lokalpride #thriftlook"""),
("message", "hn_buyer_question", (0,1,1,1), """Permisi min, mau tanya. Ini jaket kulit di foto ke-3 itu asalnya dari bal impor atau lokal?
Soalnya aku mau kasih hadiah ke bapak, kalau bekas impor aku agak ragu kebersihannya.
Sama kalau boleh tau bahan kulitnya sapi atau domba? Terima kasih"""),
("listing", "hn_non_clothing", (1,1,0,1), """Mesin Jahit Bekas Jepang Juki DDL-5550
Eks pabrik garmen, kondisi normal, siap pakai
Barang impor dari Osaka, dinamo original
Harga 2,8jt, bisa kirim luar kota pakai kayu"""),
("post", "hn_church_sale", (1,1,1,0), """Pekan depan Gereja Santo Yosef mengadakan rummage sale 🙏
Pakaian, sepatu, dan mainan bekas sumbangan umat dijual murah mulai Rp2.000
Hasilnya untuk beasiswa anak-anak di lingkungan paroki
Sabtu, 08.00-12.00 di aula gereja"""),
("article", "hn_guideline", (0,1,1,1), """Tips aman berbelanja pakaian bekas:
1. Cuci dengan air panas dan deterjen sebelum dipakai.
2. Hindari barang yang berbau apek atau bernoda jamur.
3. Ingat, menjual pakaian bekas impor melanggar Permendag 40/2022, jadi utamakan preloved milik pribadi atau produk lokal."""),
("post", "hn_joke", (0,1,1,1), """Orang: "outfitmu keren, beli dimana?"
Aku: "Gedebage"
Orang: "waduh mahal ya?"
Aku, yang bajunya dari karung 20 ribuan: 😌✨
Jangan ditanya lagi pokoknya, nanti rahasia negara bocor 🤫"""),
("listing", "hn_plain_clothing", (1,0,1,0), """Kaos Polos Cotton Combed 30s
Warna lengkap 24 pilihan, ukuran S-3XL
Cocok untuk sablon, seragam komunitas, atau dipakai harian
Harga 35rb, lusin 390rb
Produksi Bandung, bisa kirim hari ini"""),
("review", "hn_review", (0,1,1,0), """Aku sudah tiga tahun pakai baju preloved dari kakak sepupu, dan jujur kualitasnya masih bagus banget.
Kalau dirawat dengan benar, baju bekas bisa awet dan kita jadi nggak boros.
Buat yang malu pakai baju lungsuran, santai aja, lebih ramah lingkungan kok."""),
("post", "hn_factory_reject", (1,0,1,0), """Sisa ekspor & reject pabrik garmen Semarang! 🛒
Barang baru semua, cacat minor (benang lari, sablon geser)
Kemeja 30rb, celana chino 45rb, jaket 70rb
Buka di gudang Jl. Kaligawe, Sabtu-Minggu saja"""),
("comment", "hn_buyer_question", (0,1,1,1), """Ada yang tau nggak sekarang masih ada yang jual cakar di Makassar? Dulu di Pasar Butung ramai, tapi katanya sekarang sering dirazia.
Mau cari jaket buat anak kuliah di Malang."""),
("listing", "hn_non_clothing", (1,1,0,1), """Majun Kaos Putih Per Karung (Kain Lap Industri)
Potongan kain bekas sudah dipotong 30x30, bersih tanpa kancing/resleting
Untuk bengkel, pabrik, percetakan
Harga 12rb/kg, 1 karung 25 kg
Bahan dari sisa kaos impor yang sudah tidak layak pakai"""),
("post", "hn_local_upcycle", (1,1,1,0), """Proyek upcycle minggu ini 🧵
Aku ubah celana jeans lama punya suami jadi tote bag & dompet kecil
Semua dari bahan bekas di rumah sendiri, dijahit tangan
Yang mau pesan bisa, harga tote 85rb, dompet 40rb"""),
("article", "hn_news", (0,1,1,1), """Dinas Perdagangan Kota Medan mengimbau pedagang monza di Pajak Melati agar tidak lagi menerima kiriman bal dari luar negeri.
Petugas menyebut akan ada pendampingan bagi pedagang yang ingin beralih ke produk konveksi lokal.
Sejumlah pedagang mengaku khawatir kehilangan pelanggan setia."""),
("message", "hn_job_vacancy", (0,1,1,1), """Info loker: dicari tenaga sortir baju di gudang Cakung.
Kerjanya memilah baju dari bal impor sesuai grade, gaji harian 120rb.
Ini bukan ajakan beli ya, cuma info kerja. Yang minat tanya ke Bang Darto di grup."""),
]
