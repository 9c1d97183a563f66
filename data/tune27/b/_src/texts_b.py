# Batch B: official voices, tweets, regional flavour, other goods (written by hand)
B = [
("post", "hn_media_breaking_tweet", 0, 1, 1, 1, """BREAKING: Tim gabungan Bea Cukai & TNI AL amankan 3 kontainer berisi balpres pakaian dan tas bekas di Tanjung Priok. Barang diduga berasal dari Malaysia via Pontianak.
Nilai ditaksir Rp 1,4 miliar. Detail menyusul. #BeritaEkonomi #Balpres"""),

("article", "hn_report_trader_quote", 0, 1, 1, 1, """Pedagang di Pasar Baru Bandung mengaku pasrah. "Abdi mah ngan ukur ngecér, Kang. Balna ti bos di Gedebage, ti mana-manana mah teu terang," tutur Asep (40), pedagang kemeja bekas di lantai dasar.
Asep menyebut satu bal kemeja campur yang dulu ia beli Rp 4 juta kini menjadi Rp 5,5 juta. Kemeja dijualnya Rp 35 ribu, dua potong Rp 60 ribu.
Ia berharap pemerintah tidak langsung menutup lapak tanpa memberi solusi bagi pedagang kecil seperti dirinya."""),

("post", "hn_news_share_comment", 0, 1, 1, 1, """Nemu berita lama 2016: pedagang Senen ngeluh barang langka karena "kapal yang angkut ditangkapi". Sekarang 2025 beritanya sama persis, cuma ganti nama pedagang 😅
Ini bukti bahwa masalah balpres itu struktural ya. Larangan udah ada dari zaman dulu, tapi pasarnya nggak pernah bener-bener hilang.
Ada yang punya rekomendasi bacaan soal ekonomi politik thrifting di Indonesia?"""),

("article", "hn_report_customs_seizure", 0, 1, 1, 1, """Bea Cukai Belawan bersama Polairud menindak KM Sinar Laut GT 18 yang membawa 250 bal pakaian bekas dan 40 karung sepatu bekas di muara Sungai Deli.
Kapal berangkat dari Port Klang dan berencana membongkar muatan di gudang milik seorang pengusaha di Labuhan.
"Modusnya klasik, mereka masuk malam hari saat air pasang," kata Kepala Seksi Penindakan.
Empat ABK berstatus saksi, sementara nakhoda ditetapkan sebagai tersangka."""),

("listing", "hn_legal_preloved_own_wardrobe", 1, 1, 1, 0, """Beres-beres lemari sebelum pindahan, aku lepas koleksi pribadi ya 🙏
- Blazer Zara beli di Grand Indonesia, dipakai 3x, size S — 150rb
- Dress batik Danar Hadi, dipakai kondangan sekali — 200rb
- Sneakers Converse 38, pemakaian wajar — 180rb
Semua barang pribadi, bukan barang impor bal ya. COD area Depok atau kirim via JNE. DM aja."""),

("post", "hn_regional_code_word_discussion", 0, 1, 1, 1, """Anak Medan pasti tau: dulu sebelum ada istilah "thrifting", kita bilangnya "monza". Sekarang anak Jakarta bilang thrift, anak Makassar bilang cakar, Bali awul-awul, Manado RB, Pontianak lelong.
Barangnya sama aja: pakaian bekas karungan dari luar. Lucu ya, satu barang bisa punya banyak nama tergantung pelabuhan masuknya 😂
Ada yang tau istilah di daerah lain?"""),

("article", "shop_press_release_bale", 1, 1, 1, 1, """SIARAN PERS — UNTUK DISIARKAN SEGERA
Toko Balmania Grosir dengan bangga mengumumkan kedatangan kiriman baru 120 bal pakaian bekas asal Korea Selatan pada pekan ini.
Kiriman terdiri atas bal kemeja, bal celana cargo, bal jaket outdoor, serta bal campur kualitas premium.
"Kami berkomitmen menjaga pasokan untuk mitra reseller di seluruh Indonesia," ujar Direktur Balmania, Hendra Wijaya.
Pemesanan grosir minimal 1 bal dapat dilakukan melalui nomor 0812xxxx atau datang langsung ke gudang kami di Tanjung Uncang, Batam."""),

("article", "hn_other_goods_rice_import", 0, 0, 0, 1, """Perum Bulog menerima 50 ribu ton beras impor dari Vietnam dan Thailand di Pelabuhan Belawan dan Tanjung Priok.
Menurut Bulog, pasokan tersebut akan digunakan untuk operasi pasar dan cadangan beras pemerintah menjelang akhir tahun.
Ekonom pertanian menilai impor masih diperlukan karena produksi dalam negeri terganggu kemarau panjang, namun perlu diatur agar tidak menekan harga gabah petani."""),

("article", "hn_report_police", 0, 1, 1, 1, """Sat Reskrim Polres Bengkalis menggerebek sebuah gudang di Desa Pambang yang menyimpan 430 bal pakaian bekas impor.
Dari hasil pemeriksaan, barang diduga diturunkan dari kapal yang berlayar dari Malaysia dan menunggu diangkut ke Pekanbaru menggunakan truk ekspedisi.
Kapolres menyebut penjaga gudang, berinisial SN, sudah diperiksa. Pemilik gudang masih dicari.
"Kami akan koordinasikan dengan Bea Cukai Bengkalis untuk proses lebih lanjut," katanya."""),

("post", "ban_headline_share_offer", 1, 1, 1, 1, """📰 "Kemendag: Pakaian Bekas Impor Dilarang, Pedagang Diminta Habiskan Stok"
Nah kan, disuruh habisin stok 😂 Kita bantu habisin bareng yuk!!
CUCI GUDANG bal Jepang: hoodie 35rb, kemeja 25rb, celana 30rb. Beli 5 gratis ongkir se-Jabodetabek.
Cek foto lengkap di album FB "Thrift Impor Mama Ocha" atau langsung chat WA 0838xxxx."""),

("article", "hn_report_market_visit", 0, 1, 1, 1, """Pasar Cimol Gedebage, Minggu pagi. Anak-anak muda berkaus oversized berjalan menyusuri lorong sambil sesekali merekam video untuk konten.
Di salah satu kios, penjualnya memamerkan jaket varsity asal Amerika yang katanya "baru keluar dari bal kemarin". Harganya dipatok Rp 185 ribu, dan langsung ditawar setengahnya oleh pengunjung.
"Anak sekarang nyebutnya thrifting, dulu mah cimol aja," kata Ujang (47), pengelola kios.
Ia menuturkan pedagang di sana kini juga berjualan lewat live streaming untuk menjangkau pembeli luar kota."""),

("article", "hn_report_ministry_statement", 0, 1, 1, 1, """Kementerian Koperasi dan UKM menyatakan akan mendata pedagang pakaian bekas impor di sejumlah kota besar untuk program peralihan usaha.
Menurut Deputi Bidang UKM, pedagang akan diarahkan menjual produk konveksi lokal dengan skema konsinyasi.
"Kami tidak ingin mereka kehilangan mata pencaharian. Yang kami larang itu barangnya, bukan orangnya," ujarnya.
Program percontohan direncanakan di Pasar Senen dan Pasar Gedebage."""),

("message", "hn_buyer_question_news", 0, 1, 1, 1, """Min, mau tanya. Aku baca berita katanya baju bekas impor dari bal bisa bawa bakteri dan jamur. Kemarin aku beli jaket di Pasar Senen, udah dicuci sekali pakai air biasa.
Perlu direndam air panas atau pakai disinfektan nggak ya? Aman nggak dipakai anak?
Makasih sebelumnya 🙏"""),

("post", "hn_legal_new_thrift_style", 1, 0, 1, 0, """NEW DROP 🔥 Koleksi "Retro Kampus" — kemeja corduroy dan sweater bergaya thrift 90-an, tapi 100% BARU dan dijahit di konveksi kami sendiri di Bandung.
Bukan barang bekas, bukan impor, jadi aman dan wangi dari pabrik 😄
Size S–XXL, harga 129rb–189rb. Order via Shopee "Ruang Retro Official" atau WA admin 0857xxxx.
#localbrand #thriftlook #madeinbandung"""),

("article", "hn_report_court", 0, 1, 1, 1, """Majelis hakim Pengadilan Negeri Tanjungbalai menjatuhkan pidana penjara 2 tahun kepada seorang pengusaha berinisial BS yang terbukti mengimpor 1.200 bal pakaian bekas dan 90 karung tas bekas tanpa dokumen kepabeanan.
Dalam pertimbangannya, hakim menyebut perbuatan terdakwa merugikan negara dan industri tekstil dalam negeri.
Jaksa sebelumnya menuntut 3 tahun. Barang bukti dirampas untuk dimusnahkan, sedangkan kapal dirampas untuk negara."""),

("article", "hn_podcast_summary", 0, 1, 1, 1, """Ringkasan Episode 47 — Podcast "Ngobrol Ekonomi Santai"
Tamu kali ini seorang mantan pedagang bal di Pasar Senen yang kini beralih ke konveksi. Ia bercerita bagaimana satu bal Korea bisa untung dua kali lipat, tapi bisa juga rugi total karena isinya basah dan berjamur.
Kami juga membahas kenapa "thrifting" jadi gaya hidup Gen Z, dan apakah larangan impor bisa efektif tanpa mengubah selera pasar.
Dengarkan selengkapnya di platform podcast favorit Anda."""),

("post", "viral_news_bait_offer", 1, 1, 1, 1, """Lagi rame di TV soal balpres disita?? 😳 Justru ini tanda barangnya berkualitas, makanya dicari!!
Kami masih ada sisa stok karungan Jepang campur (jaket, hoodie, kemeja) — per karung isi ±100 pcs, harga 2,8jt nego tipis.
Bisa kirim pakai kargo ke Kalimantan & Sulawesi.
Minat serius chat WA 0819xxxx. No PHP ya 🙏"""),

("article", "hn_expert_lecturer_blog", 0, 1, 1, 1, """Catatan Kuliah: Mengapa Balpres Sulit Diberantas?
Dalam kelas Ekonomi Perdagangan Internasional minggu ini, mahasiswa saya memetakan rute balpres dari Korea Selatan ke Indonesia. Kesimpulan mereka menarik: bal tidak datang langsung, tetapi singgah di Malaysia, tempat bal dibongkar, disortir ulang menjadi grade A, B, dan C, lalu dipres kembali.
Artinya, yang kita sebut "bal Korea" di Pasar Senen sering kali adalah produk sortiran pedagang Malaysia.
Tugas pekan depan: membandingkan kebijakan Indonesia dengan Kenya dan Filipina."""),

("article", "hn_report_customs_destruction", 0, 1, 1, 1, """Kanwil Bea Cukai Kalimantan Bagian Barat memusnahkan 2.000 bal pakaian bekas dan 150 karung sepatu bekas yang disita dari delapan kontainer di Pontianak.
Pemusnahan dilakukan dengan cara dicacah menggunakan mesin agar sisa bahan dapat dimanfaatkan sebagai bahan bakar alternatif di pabrik semen.
Kepala Kanwil menyebut barang tersebut masuk lewat perbatasan Sarawak sebelum dikirim ke Jakarta melalui jalur laut.
Metode pencacahan dipilih untuk mengurangi polusi udara akibat pembakaran."""),

("comment", "hn_news_comment", 0, 1, 1, 1, """Komentar di video berita Pajak Melati:
Aku orang Medan, dari SD beli monza terus. Jaket monza ku dari 2012 masih awet sampe sekarang 😂 Tapi ya paham lah kalau pemerintah mau tertibkan, apalagi yang dari kapal-kapal itu kan nggak bayar pajak.
Cuma kasian kakak-kakak pedagang di Melati, semoga dikasih solusi bukan cuma digusur."""),

("article", "hn_other_goods_used_machines", 0, 1, 0, 1, """Kemendag memperpanjang izin impor mesin bekas bagi industri tekstil dengan syarat usia mesin maksimal 15 tahun dan lolos verifikasi surveyor.
Asosiasi pengusaha tekstil menilai kebijakan tersebut membantu pabrik memperbarui lini produksi tanpa modal sangat besar.
Mesin tenun bekas dari Jepang dan Taiwan disebut masih mendominasi permintaan."""),

("post", "hn_bazaar_charity", 1, 1, 1, 0, """BAZAR AMAL SMA Tunas Harapan 🌷
Sabtu, pukul 08.00–14.00 di aula sekolah. Kami menjual pakaian layak pakai hasil donasi orang tua murid dan alumni: kemeja, seragam, jaket, sepatu, dan tas.
Harga Rp 5.000–Rp 30.000, seluruh hasil untuk beasiswa siswa kurang mampu.
Semua barang donasi lokal, sudah dicuci dan disetrika oleh OSIS. Yuk datang dan ajak keluarga!"""),

("article", "hn_report_trader_quote", 0, 1, 1, 1, """Sore itu, Rina (29) sibuk memilah isi bal yang baru saja dibongkar di kiosnya di Pasar Senen. Jaket ditumpuk di kiri, kaus di kanan, yang robek masuk karung kecil di bawah meja.
"Satu bal isi kira-kira 300 potong, yang layak jual paling 200. Sisanya ya dijual kiloan ke pengepul majun," tuturnya.
Menurut Rina, bal yang ia beli disebut-sebut berasal dari Jepang, tetapi ia kerap menemukan label berbahasa Korea dan Inggris.
Jaket yang masih bagus ia pajang dengan harga Rp 60 ribu hingga Rp 90 ribu."""),

("article", "hn_report_ministry_statement", 0, 1, 1, 1, """Menteri Keuangan menyatakan Bea Cukai akan memperketat pengawasan di pelabuhan dan pesisir untuk mencegah masuknya balpres.
"Selain dimusnahkan, pelaku akan kami proses pidana. Kami juga akan masukkan pelaku ke daftar hitam importasi," ujarnya kepada wartawan di Jakarta.
Ia mengakui kebijakan ini berdampak pada pedagang eceran, namun menyebut perlindungan industri tekstil nasional lebih mendesak.
Sejumlah asosiasi pedagang menyatakan akan mengajukan audiensi."""),

("post", "hn_thread_summary", 0, 1, 1, 1, """Thread singkat dari liputan yang aku baca tentang Pasar Tungging Pekanbaru:
• Dulu Tungging terkenal sebagai pusat pakaian bekas "lelong" yang dibawa dari Malaysia lewat Dumai dan Selatpanjang.
• Pedagang bilang harga karung naik hampir dua kali lipat sejak razia di pesisir.
• Pembeli banyak dari Sumbar dan Jambi.
• Pemkot berencana menata ulang pasar, tapi belum ada kejelasan nasib pedagang.
Bacaan menarik buat yang suka isu ekonomi informal."""),

("article", "interview_ends_with_invite", 1, 1, 1, 1, """Kisah Sukses: Dari Lapak Kaki Lima Jadi Grosir Cakar di Makassar
Andi Rusman memulai usahanya dengan dua karung cakar pada 2015. Kini ia mengelola gudang yang menerima puluhan karung per bulan dari Nunukan.
"Karung yang datang isinya campur, kita sortir jadi grade A, B, C. Grade A kita jual ke butik thrift, yang lain ke pasar," jelasnya.
Menurut Andi, peminat dari Kendari dan Palu terus bertambah.
Buat pembaca yang tertarik jadi mitra, kata Andi, silakan hubungi gudangnya di Jl. Urip Sumoharjo, WA 0811xxxx, bisa ambil per karung atau per kilo."""),

("article", "hn_report_tv_script", 0, 1, 1, 1, """PKG — Liputan Pasar Awul-Awul Yogyakarta
VO: Setiap Minggu pagi, lapangan di utara kota ini berubah menjadi pasar awul-awul. Ratusan warga mengaduk tumpukan pakaian bekas dari karung-karung besar.
SOT PEDAGANG (Jawa): "Barange saking karung, Mas, mboten ngertos asline saking pundi. Pokoke murah."
VO: Harga pakaian di sini mulai lima ribu rupiah. Namun di balik murahnya harga, ada persoalan kebersihan dan legalitas barang yang belum terselesaikan.
REPORTER: Dari Yogyakarta, saya melaporkan."""),

("article", "hn_new_sisa_ekspor", 0, 0, 1, 0, """Outlet "sisa ekspor" di Bandung kembali diserbu wisatawan saat libur panjang. Produk yang dijual adalah pakaian baru produksi pabrik garmen lokal yang gagal kirim karena cacat kecil atau kelebihan pesanan.
Pengelola outlet di Jalan Riau menyebut barang tersebut bukan bekas dan bukan impor, melainkan sisa produksi pabrik di Majalaya dan Cimahi.
Harga kemeja bermerek internasional dibanderol Rp 90 ribu, jauh di bawah harga gerai resmi."""),

("post", "hn_quote_tweet_headline", 0, 1, 1, 1, """QT "Pedagang Thrifting Pasar Senen: Harga Bal Naik, Eceran Tak Berani Naik"
Ini yang jarang dibahas: margin pedagang eceran itu tipis banget. Beli bal 7 juta, yang layak jual cuma 60%, harus laku 35rb per pcs biar balik modal. Kalau dilarang total tanpa transisi, ya mereka yang paling kena duluan."""),

("article", "hn_report_market_survey", 0, 1, 1, 1, """Survei singkat kami di Pasar Kodim Pekanbaru menemukan bahwa pedagang membeli barang dalam tiga kelas: "bal pendek" isi sekitar 150 potong, bal standar 250–300 potong, dan bal jaket yang lebih sedikit isinya namun lebih mahal.
Harga tertinggi dicatat untuk bal jaket winter asal Korea, sekitar Rp 8 juta. Bal campur dijual di kisaran Rp 3,5–5 juta.
Sebanyak 7 dari 10 pedagang menyebut pasokan datang dari Dumai dan Bengkalis."""),

("post", "seller_shares_seizure_news_offer", 1, 1, 1, 1, """Sedih liat berita ratusan bal dibakar di Karimun 😭 padahal isinya bagus-bagus.
Yang di tempat kami alhamdulillah aman, bal baru landing kemarin malam. Isi: jaket gunung, celana hiking, sepatu trail. Semua dari Jepang.
Grosir 1 bal 6,5jt, eceran ready di lapak Pasar Tungging los C-12.
Tanya-tanya WA 0813xxxx ya, slow respon kalau lagi bongkar."""),

("article", "hn_report_police", 0, 1, 1, 1, """Ditpolairud Polda Riau menangkap speedboat bermuatan 95 bal pakaian bekas di perairan Selatpanjang, Kepulauan Meranti.
Nakhoda mengaku berangkat dari Batu Pahat, Malaysia, dan dijanjikan upah Rp 8 juta jika barang sampai ke penampung di Sungai Pakning.
Direktur Polairud menyebut jalur ini kerap dipakai karena banyak anak sungai yang sulit dipantau.
Kasus diserahkan ke Bea Cukai untuk penanganan kepabeanan."""),

("article", "hn_other_goods_used_phones", 0, 1, 0, 1, """Ponsel bekas impor yang dijual tanpa terdaftar IMEI kembali marak di sejumlah toko daring. Kementerian Perindustrian mengingatkan bahwa perangkat yang IMEI-nya tidak terdaftar akan diblokir dari jaringan seluler.
Sebagian besar ponsel bekas tersebut disebut berasal dari Singapura dan Hong Kong.
Konsumen diimbau memeriksa status IMEI sebelum membeli."""),

("message", "hn_whatsapp_forward_news", 0, 1, 1, 1, """Pesan berantai di grup keluarga:
"Hati-hati beli baju bekas impor! Hasil uji laboratorium Kemendag menemukan bakteri dan jamur di sampel pakaian bekas dari bal. Cuci pakai air panas!"
Sudah aku cek, memang pernah ada berita uji lab Kemendag beberapa tahun lalu, tapi angka-angka di pesan ini ditambah-tambahin. Jangan asal forward ya, tante-tante 🙏"""),

("article", "hn_history_feature", 0, 1, 1, 1, """Jejak Panjang Rombengan di Kota Pelabuhan
Perdagangan pakaian bekas di kota-kota pelabuhan Nusantara bukan hal baru. Sejak dekade 1970-an, pakaian rombengan sudah dibawa para pelaut dan pedagang dari Singapura ke Tanjungpinang dan Bagansiapiapi.
Pada 1980-an, karung-karung pakaian dari Jepang dan Eropa mulai masuk dalam jumlah besar, seiring tumbuhnya pasar-pasar loak di Medan dan Pekanbaru.
Pemerintah pertama kali melarang impor pakaian bekas secara tegas pada awal 2000-an, namun praktiknya tak pernah benar-benar berhenti."""),

("post", "jastip_market_news_frame", 1, 1, 1, 1, """Kata berita, Pasar Senen sebentar lagi mau ditertibkan 😢 Sebelum itu, aku buka JASTIP Senen terakhir minggu ini!
Aku yang ubek-ubek bal-bal Jepang Korea di Blok III, kalian tinggal request: jaket, kemeja, denim.
Fee jastip 15rb/pcs + harga barang. Close order Jumat malam, belanja Sabtu pagi.
Request via DM @jastipsenen.ala atau WA 0896xxxx."""),

("article", "hn_report_customs_seizure", 0, 1, 1, 1, """Nunukan — KPPBC TMP C Nunukan menahan 62 karung pakaian bekas dan 18 karung tas bekas di Pelabuhan Tunon Taka yang diangkut kapal penumpang dari Tawau.
Barang tersebut dikemas seolah-olah barang bawaan penumpang, namun jumlahnya jauh melebihi batas kewajaran.
Petugas menyebut pemilik barang, warga Nunukan, mengaku akan menjual pakaian di pasar-pasar di Sulawesi Selatan.
Barang kini ditimbun di tempat penimbunan pabean untuk proses penyelesaian."""),
]
