# Batch C: longer features, threads, sellers in news voice (written by hand)
C = [
("article", "hn_feature_long", 0, 1, 1, 1, """Senja di Tanjungbalai: Kota yang Hidup dari Karung
Di tepi Sungai Asahan, buruh angkut duduk di atas tumpukan karung putih sambil menunggu truk datang. Warga setempat tidak perlu bertanya isi karung itu. Semua tahu: pakaian bekas dari seberang, dari Malaysia.
"Dari kecil saya sudah lihat begini. Bapak saya dulu juga kuli karung," tutur Rizal (33), seorang buruh, sambil menyeka keringat.
Menurut catatan kepolisian setempat, puluhan kapal kayu ditangkap setiap tahun. Namun bagi sebagian warga, karung-karung itu adalah sumber nafkah satu-satunya.
Seorang tokoh masyarakat yang kami temui mengatakan, tanpa lapangan kerja pengganti, larangan hanya akan membuat warga semakin bergantung pada toke.
Pemerintah kabupaten menyatakan tengah menyiapkan program pelatihan menjahit dan budi daya perikanan bagi eks buruh angkut.
Tapi sore itu, truk tetap datang, dan karung-karung tetap naik satu per satu."""),

("post", "shop_anniversary_press", 1, 1, 1, 1, """🎉 PENGUMUMAN RESMI 🎉
Dalam rangka ulang tahun ke-3, Thrift Nusantara Store menggelar BUKA BAL BARENG di toko kami, Jl. Sisingamangaraja, Medan.
Minggu ini kami mendatangkan 10 bal monza pilihan dari Korea & Jepang: jaket, kemeja, dress, tas kulit.
Diskon 20% untuk 50 pembeli pertama.
Catat tanggalnya: Sabtu, mulai jam 10 pagi. Info: 0812xxxx."""),

("article", "hn_report_market_visit", 0, 1, 1, 1, """Lorong sempit Pasar Senen Blok III lantai dua hari itu dipenuhi suara pedagang yang saling bersahutan. "Tiga seratus, tiga seratus, pilih-pilih!" teriak seorang penjual celana kulot.
Dari pengamatan kami, sebagian besar barang dagangan berupa kemeja, celana panjang, dan jaket yang menurut pedagang berasal dari Jepang dan Korea Selatan. Ada pula beberapa kios khusus tas dan sepatu.
Seorang pembeli, Dita (24), mengaku rutin datang dua minggu sekali. "Cari yang unik aja, yang nggak ada di mal," katanya.
Meski larangan sudah berlaku, aktivitas jual beli tampak normal. Sejumlah pedagang menolak berkomentar soal kebijakan pemerintah."""),

("article", "hn_report_customs_seizure", 0, 1, 1, 1, """Dry Port Cikarang — Bea Cukai Cikarang menemukan 1 kontainer 40 kaki yang dalam dokumennya diberitahukan sebagai "kain perca", namun setelah dipindai dan diperiksa fisik ternyata berisi 420 bal pakaian bekas dan sepatu bekas.
Kontainer berasal dari Busan, Korea Selatan, dan transit di Port Klang.
Importir yang tercatat diduga perusahaan fiktif. Bea Cukai telah memblokir akses kepabeanan perusahaan tersebut dan menelusuri pihak yang mengurus dokumen.
Pelanggaran ini diancam pidana sesuai Pasal 103 UU Kepabeanan."""),

("post", "hn_news_share_comment", 0, 1, 1, 1, """Miris baca liputan soal kapal balpres yang ditangkap di Asahan: ABK-nya dibayar cuma 2 juta per trip, padahal risiko penjara bertahun-tahun. Toke-nya aman-aman aja di darat.
Harusnya pemberitaan juga fokus ke pemodal, bukan cuma foto karung sama ABK yang ditutupi mukanya.
#balpres #penyelundupan"""),

("listing", "ball_grade_price_list_news", 1, 1, 1, 1, """DAFTAR HARGA BAL TERBARU (update sesuai berita kenaikan harga minggu ini)
• Bal Korea campur grade A — 6,2 jt
• Bal Jepang kemeja — 5,8 jt
• Bal jaket winter — 7,5 jt
• Bal celana jeans — 5,5 jt
• Bal tas campur — 4,9 jt
Harga sudah termasuk antar ke ekspedisi Dumai. Pengiriman ke Jawa via kargo laut.
Order: WA 0852xxxx (Pak Syamsul). Stok terbatas karena pengetatan di laut."""),

("article", "hn_report_trader_quote", 0, 1, 1, 1, """Pontianak — Di kawasan Pasar Flamboyan, pakaian bekas dikenal dengan sebutan "lelong". Pedagang lelong mengaku stok kian tipis setelah penindakan di perbatasan Entikong dan Aruk.
"Dulu seminggu dua kali barang masuk dari Kuching. Sekarang sebulan sekali pun belum tentu," kata Amoi (37), pedagang tas bekas.
Ia menyebut tas lelong dijual Rp 50–150 ribu, tergantung merek dan kondisi.
Beberapa pedagang disebut beralih menjual pakaian baru dari Tanah Abang."""),

("article", "hn_expert_oped", 0, 1, 1, 1, """Kolom | Thrifting dan Ilusi Fashion Berkelanjutan
Banyak anak muda membeli pakaian bekas impor dengan alasan ramah lingkungan. Niatnya baik, tetapi argumen itu perlu dikaji ulang.
Pakaian bekas yang masuk lewat bal sebenarnya adalah limbah negara maju yang dipindahkan ke negara berkembang. Sebagian besar isinya tidak layak pakai dan akhirnya menjadi sampah di sini, bukan di negara asalnya.
Jika ingin berkelanjutan, mulailah dari lemari sendiri: tukar pakaian dengan teman, jahit yang sobek, beli dari penjual preloved lokal.
Penulis adalah peneliti kebijakan lingkungan (nama disamarkan)."""),

("post", "hn_swap_event", 0, 1, 1, 0, """Komunitas Tukar Baju Malang ngadain SWAP PARTY lagi Minggu depan! 👕👗
Bawa maksimal 5 pakaian layak pakai dari lemari kalian sendiri, tukar dengan pakaian milik peserta lain. Tidak ada jual beli, tidak ada barang bal.
Lokasi: taman kota dekat Alun-Alun Tugu, jam 9 pagi. Gratis!
Terinspirasi dari berita soal limbah tekstil, yuk kurangi belanja baru."""),

("article", "advertorial_import_thrift", 1, 1, 1, 1, """Ingin tampil stylish tanpa menguras dompet? Vintage Republik Bandung hadir dengan ribuan koleksi pakaian impor pilihan dari Amerika, Jepang, dan Korea.
Setiap minggu tim kami membuka bal baru dan menyortir hanya produk grade A terbaik. Jaket varsity, kemeja flanel, hingga sepatu boots tersedia dengan harga mulai Rp 49.000.
"Kami ingin semua orang bisa pakai brand dunia," kata pendiri Vintage Republik, Galih Pratama.
Kunjungi gerai kami di Jl. Cibadak atau order via WhatsApp 0822xxxx. (Adv)"""),

("article", "hn_report_regional_circular", 0, 1, 1, 1, """Pemerintah Kota Medan menerbitkan imbauan kepada pengelola pajak (pasar) agar mendata pedagang monza dan asal barang dagangan mereka.
Dalam surat itu disebutkan, pendataan bertujuan untuk pemetaan ekonomi dan persiapan program transisi usaha, bukan untuk penggusuran.
Kepala Dinas Perdagangan menyebut setidaknya 1.400 pedagang monza tersebar di Pajak Melati, Pajak Simalingkar, dan Pajak Sambu.
Sejumlah pedagang menyambut baik, namun meminta kepastian bahwa data tidak dipakai untuk razia."""),

("comment", "hn_news_comment", 0, 1, 1, 1, """Ini berita udah ke-sekian kalinya, tiap tahun ada "ribuan bal dimusnahkan", tapi di Gedebage stoknya nggak pernah abis 🙄
Berarti yang ketangkep cuma sebagian kecil. Kalau serius, tutup jalurnya di Malaysia sana, kerja sama bilateral. Jangan cuma pamer tumpukan karung ke kamera."""),

("article", "hn_report_court", 0, 1, 1, 1, """Kasasi Ditolak, Importir Balpres Tetap Dihukum 4 Tahun
Mahkamah Agung menolak permohonan kasasi yang diajukan terdakwa DK, pemilik usaha ekspedisi di Batam yang terbukti memasukkan 27 kontainer pakaian bekas dari Singapura dan Malaysia dengan dokumen palsu.
Putusan ini menguatkan vonis Pengadilan Tinggi Kepulauan Riau: 4 tahun penjara dan denda Rp 1 miliar subsider 6 bulan kurungan.
Dalam berkas perkara, terdakwa disebut memperoleh keuntungan sekitar Rp 400 juta per kontainer."""),

("live", "live_announcement_press_style", 1, 1, 1, 1, """[INFO TERKINI] Redaksi Lapak Bal Mak Ros melaporkan: kiriman karung dari Tanjungbalai sudah tiba di Medan pagi ini 📦📦📦
Malam ini pukul 20.00 WIB, Mak Ros akan membongkar 4 karung langsung di Facebook Live "Monza Mak Ros Official".
Kemeja 15rb, jaket 40rb, celana 20rb. Ketik "SAYA + kode" untuk keep.
Pembayaran via transfer atau COD wilayah Medan & Binjai."""),

("article", "hn_thesis_abstract", 0, 1, 1, 1, """ABSTRACT (Skripsi, Program Studi Ilmu Komunikasi)
This study examines how Indonesian online news portals framed the government's 2023 crackdown on imported used clothing. Using framing analysis on 120 articles, the study finds that national outlets emphasized the threat to the domestic textile industry, while regional outlets in Medan and Makassar more often foregrounded the livelihoods of monza and cakar traders.
Keywords: framing, thrifting, imported used clothing, Permendag 40/2022."""),

("article", "hn_report_market_visit", 0, 1, 1, 1, """BATAM — Di Pasar Aviari, Batu Aji, lapak pakaian bekas berjejer di bawah tenda biru. Warga Batam menyebutnya "barang bundle" atau sekadar baju Batam.
Jaket dan celana dipatok Rp 20–70 ribu. Sepatu bekas bermerek dijual hingga Rp 300 ribu.
"Barang dari Singapura, masuk lewat pelabuhan kecil. Tapi sekarang jarang, sering kena tangkap," ungkap seorang pedagang yang enggan disebut namanya.
Dinas Perindag Batam menyatakan akan melakukan pembinaan kepada para pedagang."""),

("post", "hn_quote_tweet_headline", 0, 1, 1, 1, """RT @kanalbisnis_id: "Omzet Pedagang Baju Bekas Impor di Gedebage Anjlok 60 Persen"
Kaget juga angkanya segede itu. Temen aku yang buka kios di sana katanya sekarang lebih banyak jual kemeja lokal dari Cigondewah, barang bal udah susah dapetnya."""),

("article", "hn_other_goods_scrap", 0, 1, 0, 1, """Kementerian Lingkungan Hidup memulangkan 40 kontainer skrap kertas dan plastik ke Amerika Serikat dan Australia setelah ditemukan tercampur sampah rumah tangga.
Kontainer tersebut masuk melalui Pelabuhan Tanjung Perak dan Batam dengan dokumen bahan baku industri kertas.
Aktivis lingkungan mendesak pemerintah memperketat verifikasi impor skrap agar Indonesia tidak menjadi tempat pembuangan sampah negara maju."""),

("post", "hn_thread_summary", 0, 1, 1, 1, """Rangkum liputan Pasar Karombasan kemarin:
- pedagang RB (rombengan) di Manado ada ±300 lapak
- barang banyak dari Filipina, via Bitung & pelabuhan kecil di Sangihe
- harga karung naik karena patroli laut
- pembeli paling banyak cari selimut dan jaket
- pemkot belum punya program khusus
Menurut aku liputannya bagus karena ngasih suara ke pedagang, bukan cuma pejabat."""),

("post", "hn_news_meme_joke", 0, 1, 1, 1, """Berita: "Ribuan bal pakaian bekas impor dimusnahkan"
Aku yang baru beli jaket Uniqlo seken di Senen kemarin: 👁👄👁
Tenang, jaketnya nggak ikut dibakar kok. Tapi serius deh, jadi mikir lagi sebelum beli ke Senen lagi."""),

("article", "trader_interview_invite", 1, 1, 1, 1, """Liputan Warga: Pak Darto dan Awul-Awul di Alun-Alun Kidul
Pak Darto (56) sudah 20 tahun berjualan awul-awul di Yogyakarta. Barangnya ia ambil dari pengepul karung di Surabaya yang menerima kiriman dari luar negeri.
"Nek karung sae, sedinten saged payu satus potong," katanya sambil tersenyum.
Pak Darto kini juga menerima pesanan grosir per karung untuk pedagang dari Klaten dan Magelang.
"Sinten mawon ingkang kersa kulakan, monggo telpon kulo, 0856xxxx," ujarnya menutup obrolan."""),

("article", "hn_report_police", 0, 1, 1, 1, """Polres Karimun mengungkap gudang penyimpanan 320 bal pakaian bekas di Kecamatan Meral yang disamarkan sebagai gudang ikan asin.
Petugas menemukan bal-bal tersebut ditutupi terpal dan tumpukan boks styrofoam.
"Barang ini rencananya diseberangkan ke Tembilahan," kata Kasat Reskrim.
Tiga orang diamankan, termasuk pengelola gudang. Mereka mengaku barang diterima dari kapal asal Malaysia dua hari sebelumnya."""),

("article", "hn_new_garment_export", 0, 0, 1, 0, """Ekspor Pakaian Jadi Jawa Tengah Naik 12 Persen
Badan Pusat Statistik mencatat nilai ekspor pakaian jadi dari Jawa Tengah naik 12 persen dibandingkan tahun lalu, didorong permintaan dari Amerika Serikat dan Jepang.
Produk utama berupa kaus, jaket, dan pakaian bayi produksi pabrik di Sukoharjo, Boyolali, dan Semarang.
Kepala BPS provinsi menyebut tren ini positif, namun mengingatkan pasar domestik masih tertekan oleh pakaian impor murah dan ilegal."""),

("message", "broadcast_bale_news_style", 1, 1, 1, 1, """*KABAR TERBARU DARI GUDANG* 📰
Rekan-rekan reseller yth, berdasarkan info lapangan, pengiriman dari Port Klang minggu ini lancar. Bal-bal berikut sudah tersedia di gudang Pekanbaru:
1. Bal kemeja Korea (300 pcs) — 5,4 jt
2. Bal kaos branded (400 pcs) — 4,8 jt
3. Bal sepatu (80 pasang) — 6 jt
Silakan konfirmasi pesanan sebelum Kamis. Transfer DP 50%.
Hormat kami, Admin Grosir Bal Tungging — 0812xxxx"""),

("article", "hn_encyclopedia_history", 0, 1, 1, 1, """Cakar (pakaian)
Cakar adalah istilah yang lazim dipakai di Sulawesi Selatan untuk pakaian bekas, terutama yang berasal dari luar negeri dan diperdagangkan dalam karung. Salah satu penjelasan populer menyebut cakar sebagai akronim "cap karung".
Pasar cakar tumbuh di Makassar, Pare-Pare, dan Palopo sejak 1990-an, dengan pasokan melalui Nunukan dan Tawau.
Seperti di daerah lain, perdagangan ini berada di wilayah abu-abu: dilarang secara hukum, namun menghidupi banyak keluarga."""),

("article", "hn_report_customs_seizure", 0, 1, 1, 1, """Tanjungpinang — Kapal patroli BC 15042 mencegat sebuah pompong yang membawa 75 karung pakaian bekas di perairan Pulau Penyengat.
Pompong tersebut berlayar dari Johor Bahru dan diduga hendak membongkar muatan di Kijang, Bintan.
Dua awak kapal mengaku hanya dibayar untuk mengantar barang.
"Kami terus meningkatkan patroli di malam hari karena modusnya selalu masuk saat gelap," kata Kepala Bidang Penindakan."""),

("post", "hn_opinion_influencer", 0, 1, 1, 1, """Unpopular opinion: konten "haul thrifting 100rb dapet 5 jaket" itu ikut bikin permintaan bal impor naik terus.
Bukan nyalahin individu, tapi sadar aja bahwa di balik haul itu ada kapal-kapal dari Malaysia yang masuk diam-diam dan industri tekstil lokal yang PHK.
Kalau mau tetap thrifting, pilih preloved lokal atau swap dengan teman."""),

("post", "viral_news_bait_offer", 1, 1, 1, 1, """Viral kemarin jaket "North Face" 50rb di Pasar Senen, banyak yang nanya tokonya di mana 🤭
Iya kak, itu dari lapak kami! Blok III lantai 2, kios nomor 218.
Stok bal Korea yang baru dibuka masih banyak, jaket gunung 50–80rb, sepatu 120rb.
Yang di luar Jakarta bisa video call belanja, WA 0877xxxx."""),

("article", "hn_report_ministry_statement", 0, 1, 1, 1, """Direktur Jenderal Perlindungan Konsumen dan Tertib Niaga menyatakan pihaknya telah mengambil sampel pakaian bekas dari tiga pasar di Jakarta dan Bandung untuk uji laboratorium.
Hasilnya, sejumlah sampel mengandung bakteri dan kapang melebihi ambang aman.
"Ini alasan kesehatan, selain alasan ekonomi, mengapa impor pakaian bekas kami larang," ujarnya.
Kemendag mengimbau masyarakat lebih berhati-hati dan memilih produk dalam negeri."""),

("article", "hn_report_trader_quote", 0, 1, 1, 1, """"Saya tahu barang ini dilarang, tapi saya punya tiga anak," ucap Leni (41) lirih. Ia berjualan kemeja bekas impor di Pasar Tungging sejak suaminya meninggal.
Menurut Leni, satu karung yang ia beli dari toke berisi 200-an potong dan dihargai Rp 3,2 juta. Keuntungannya per karung sekitar Rp 800 ribu jika laku semua.
Ia mengaku siap beralih jika ada modal dan pelatihan. "Asal jangan langsung diangkut semua," katanya."""),

("article", "hn_other_goods_majun", 0, 1, 0, 0, """Usaha majun rumahan di Sragen menampung kain sisa konveksi dan pakaian tak layak pakai dari warga sekitar untuk dipotong menjadi kain lap industri.
Pemilik usaha, Sri Lestari, menyebut majun dijual per kilo ke bengkel dan pabrik di Solo dan Semarang, seharga Rp 6.000–Rp 9.000 per kilogram.
Seluruh bahan berasal dari limbah lokal, bukan karung impor, tegasnya."""),

("post", "hn_news_share_comment", 0, 1, 1, 1, """Barusan nonton liputan TV soal pemusnahan balpres di Pontianak. Ternyata sekarang nggak dibakar lagi tapi dicacah buat bahan bakar pabrik semen. Keren sih, lebih masuk akal daripada asap hitam ke mana-mana.
Yang masih jadi pertanyaan: siapa yang punya delapan kontainer itu? Semoga diusut tuntas."""),

("article", "seller_blog_order_link", 1, 1, 1, 1, """Panduan Memilih Bal untuk Pemula (dari Pengalaman Saya)
1. Bal Jepang cocok untuk ukuran tubuh Indonesia, bal Eropa biasanya kebesaran.
2. Bal grade A lebih mahal tapi isinya minim cacat.
3. Selalu minta video bongkar sampel dari supplier.
4. Hitung modal: bal 5 juta isi 250 pcs, modal per pcs sekitar 20 ribu.
Kalau mau aman, ambil dari kami saja 😁 Bal Jepang grade A ready 5,5 jt, bal Korea 5 jt, bisa kirim ke seluruh Jawa.
Pesan di wa.me/62857xxxx atau klik link di bio."""),

("article", "hn_report_market_survey", 0, 1, 1, 1, """Catatan Lapangan Tim Peneliti — Pasar Gedebage, Kunjungan Kedua
Kami mengamati proses sortir di gudang pedagang besar. Isi bal dipisah ke tiga keranjang: "A" untuk barang nyaris tanpa cacat, "B" untuk barang dengan noda ringan, dan "reject".
Barang grade A dikirim ke thrift shop di Jakarta dan Bandung; grade B dijual eceran di pasar; reject dijual kiloan.
Pedagang menyebut bal berasal dari Korea melalui Malaysia, meskipun ia tidak tahu rute persisnya."""),

("article", "hn_report_parliament", 0, 1, 1, 1, """Anggota DPRD Sumatra Utara dari Fraksi (fiktif) meminta Pemprov tidak menggusur pedagang monza tanpa solusi.
"Pajak Melati itu sudah jadi ikon. Jangan cuma razia, tapi siapkan peralihan usaha," ujarnya dalam rapat dengar pendapat.
Ia juga meminta aparat menindak pelaku penyelundupan besar yang memasukkan ribuan bal lewat Tanjungbalai dan Belawan.
Pemprov menyatakan akan membentuk tim kajian bersama akademisi."""),

("post", "ban_headline_share_offer", 1, 1, 1, 1, """"Thrifting Dilarang, Pedagang Senen Terancam Gulung Tikar" — begitu judul berita yang lagi rame.
Sebelum beneran tutup, kami kasih PROMO PERPISAHAN: semua kemeja dan celana dari bal Korea diskon 30%! 🔥
Datang langsung ke kios "Bang Ucok Thrift" Blok III atau order via Tokopedia (cari nama toko).
Info stok harian di WA 0813xxxx."""),
]
