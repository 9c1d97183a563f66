# Longform, legal records. Part B. Each text written by hand.
# Tuple: (kind, category, offer, used, clothing, abroad, text)

R = [
# ---- complaint_report (often quoting the seller) ----
("post", "complaint_report", 0, 1, 1, 1, """Kepada Yth. tim moderasi,
Saya ingin melaporkan akun @sakura.bal.official yang setiap hari memasang iklan:
"READY BAL JEPANG GRADE A 14JT, ISI JAKET SECOND, KIRIM SELURUH INDO"
Sudah saya laporkan lewat fitur report sebanyak 4 kali sejak bulan lalu, namun iklan masih tayang.
Bukankah impor pakaian bekas dilarang Permendag 40/2022?
Mohon ditindaklanjuti. Terima kasih."""),

("post", "complaint_report", 0, 1, 1, 1, """PENGALAMAN BURUK BELI BAL ONLINE 😡 (thread)
1. Aku lihat iklan "bal Korea grade super, 90% branded" harga 7jt
2. DP 3,5jt, dijanjikan video isi sebelum kirim, tapi videonya cuma nunjukin bagian atas
3. Barang dateng: lembab, bau apek, lebih dari setengah robek & bernoda
4. Seller ngeles "namanya juga bal kak, untung-untungan"
5. Sekarang nomorku diblok
Pelajaran: jangan tergiur. Aku juga baru tau ternyata barang begini memang ilegal masuknya."""),

("comment", "complaint_report", 0, 1, 1, 1, """Min, live di akun ini dari tadi teriak-teriak "bongkar karung Korea, second semua, ketik SIKAT" 🙄
Katanya platform udah larang jualan pakaian bekas impor, kok masih bisa live 3 jam?
Saya udah report live-nya, tolong dicek ya.
Kasihan pedagang baju lokal yang jualan jujur."""),

("post", "complaint_report", 0, 1, 1, 1, """Keluhan warga RT 05 🙏
Sudah 2 bulan rumah kosong di ujung gang dijadikan gudang karung pakaian bekas. Truk datang jam 1-2 malam, bongkar muat berisik, dan sekarang ada bau apek menyengat ke rumah-rumah.
Tetangga bilang itu barang "bal dari Batam" yang dijual online.
Kami sudah lapor ke Pak RT dan Babinsa, mohon juga kelurahan turun tangan."""),

("post", "complaint_report", 0, 1, 1, 1, """Jujur kesel sama kreator "hidden gems" 😤
Tiap video isinya "nemu jaket Jepang second 50rb, link di bio", ternyata linknya ke toko yang jualan bal impor.
Aku penjahit rumahan, bikin jaket jahitan sendiri harga 180rb aja udah dibilang mahal.
Udah aku report 3 video, semoga ada tindakan.
#dukungproduklokal"""),

("comment", "complaint_report", 0, 1, 1, 1, """Kak @admin grup, tolong hapus postingan Bang R di atas.
Dia nulis "monza baru masuk dari Tanjungbalai, ambil per bal bisa" padahal aturan grup ini jelas: dilarang jualan barang bekas impor.
Saya screenshot sebagai bukti, sudah saya kirim lewat laporan grup juga.
Makasih kak."""),

("review", "realworld_review", 0, 1, 1, 1, """⭐ (1/5)
Judul iklannya "thrift ori impor Korea, kondisi 95%". Yang dateng kemeja kuning ketek, kancing copot 2, ada bekas lilin.
Pas komplain, seller bilang "barang bekas kak, ga bisa retur".
Ya udah, ini jadi pelajaran buat aku ga beli-beli lagi barang dari karung impor. Kulit leher juga gatal habis dicoba.
Ga rekomen."""),

("post", "complaint_report", 0, 1, 1, 1, """Lapor @bea.cukai @kemendag 🙏
Di daerah kami (Kec. Sebatik) tiap subuh ada speedboat bongkar karung pakaian bekas dari Tawau di dermaga kecil dekat kebun sawit.
Barang itu kemudian dijual lagi di Nunukan dan dikirim ke Sulawesi.
Kami warga sudah resah karena pedagang baju baru di pasar makin sepi.
Lokasi dan jam kedatangan bisa kami bantu informasikan lewat jalur resmi."""),

("post", "complaint_report", 0, 1, 1, 1, """Ada yang juga kena? 🤔
Seller ini pasang judul "Jaket Bomber Pria Premium" tapi foto & deskripsinya: "second ex Korea, ambil dari bal, minus noda".
Kayaknya sengaja judulnya dibikin normal biar lolos filter.
Aku udah report sebagai "barang terlarang". Yang lain kalau lihat, report juga ya."""),

("message", "complaint_report", 0, 1, 1, 1, """Pak Lurah yang saya hormati,
Saya Ketua Paguyuban Pedagang Pakaian Pasar Kliwon. Kami menyampaikan keberatan atas maraknya lapak awul-awul di halaman pasar setiap hari Minggu.
Pedagang tersebut membongkar karung baju bekas impor langsung di parkiran, menjual Rp5.000-Rp20.000 per potong, sehingga dagangan kami yang baru tidak laku.
Mohon ada penertiban sesuai aturan yang berlaku.
Hormat kami."""),

("post", "realworld_tweet", 0, 1, 1, 1, """Thread: aku coba report 10 toko "thrift impor" di marketplace, ini hasilnya 👇
- 3 toko diturunkan dalam 2 hari
- 4 toko cuma ganti judul jadi "b4l" atau "pre-loved import" lalu tayang lagi
- 3 toko ga ada respons sama sekali
Kesimpulan: filter kata kunci gampang banget diakali.
Platform perlu cek foto & deskripsi, bukan cuma judul."""),

("comment", "complaint_report", 0, 1, 1, 1, """Ibu-ibu hati-hati ya. Di grup jual beli kompleks ada yang nawarin "baju anak impor murah 10rb, bekas tapi bersih" 🙅‍♀️
Anak saya dulu beli begitu, kena ruam sampai harus ke dokter kulit.
Dokter bilang baju bekas impor yang belum disterilkan bisa bawa jamur.
Saya sudah lapor admin supaya iklan sejenis dihapus."""),

("post", "complaint_report", 0, 1, 1, 1, """Surat pembaca 📮
Saya heran, di Pasar Senggol setiap sore pedagang membuka karung pakaian bekas impor secara terang-terangan, sementara di televisi pemerintah menyatakan sudah melarang.
Jika memang dilarang, mengapa dibiarkan? Jika tidak, mengapa ada razia di kota lain?
Kami masyarakat butuh kejelasan.
(Andi R., Parepare)"""),

# ---- buyer_question ----
("post", "buyer_question", 0, 1, 1, 1, """Mau tanya ke teman-teman thrifter senior 🙏
1. Bal Korea sama bal Jepang bedanya di mana ya? Ukuran atau kualitas?
2. Grade A itu standarnya siapa yang nentuin?
3. Wajar ga sih kalau 40% isi bal ga layak jual?
Aku lagi riset aja sebelum ambil keputusan, belum beli apa-apa.
Makasih yang mau jawab!"""),

("comment", "buyer_question", 0, 1, 1, 1, """Kak, aku mau tanya soal jaket di video ini:
- itu second dari bal ya?
- udah dicuci belum?
- ukurannya ukuran Jepang atau ukuran Indo?
Soalnya aku pernah beli jaket Jepang size L tapi kekecilan. Makasih kak 🙏"""),

("post", "buyer_question", 0, 1, 1, 1, """[Tanya] Ngetrif di Medan sekarang ke mana ya?
Aku mahasiswa baru dari Jawa, dengar-dengar monza di sini terkenal.
Pajak Sambu masih rame ga? Atau mending ke Pasar Melati?
Hari apa biasanya barang baru dibuka?
Makasih abang-kakak 🙏"""),

("post", "buyer_question", 0, 1, 1, 1, """Pertanyaan hukum buat yang paham 🙋
Saya baru tau impor pakaian bekas dilarang. Kalau saya beli jaket thrift impor di pasar buat dipakai sendiri, apa saya ikut melanggar?
Terus kalau saya jual lagi jaket itu setahun kemudian sebagai preloved, gimana?
Mohon pencerahan, bukan mau jualan bal, cuma mau paham aja."""),

("comment", "buyer_question", 0, 1, 1, 1, """Bang, di live tadi abang bilang bal ini dari Tanjungbalai ya?
Saya mau tanya:
- Barangnya udah disemprot disinfektan belum?
- Bisa pilih ukuran atau acak?
Saya di Siantar, kira-kira ongkirnya berapa ya bang?"""),

("post", "buyer_question", 0, 1, 1, 1, """Ibu-ibu, aman ga sih beli baju cakar buat anak bayi? 🥺
Harganya jauh lebih murah, bahan juga bagus-bagus.
Tapi saya khawatir soal kebersihan, katanya barang karungan itu lama di gudang.
Biasanya kalian cuci pakai apa? Direbus? Atau ada laundry khusus?"""),

("post", "buyer_question", 0, 1, 1, 1, """Ada yang pernah ke pasar RB di Ternate? 🤔
Rencana mau jalan-jalan ke sana bulan depan, dengar-dengar Pasar Higienis lantai 2 isinya pakaian bekas luar semua.
Kalau datang hari apa yang barangnya paling bagus?
Terus kira-kira harga jaket berapa ya sekarang?"""),

("comment", "buyer_question", 0, 1, 1, 1, """Kak numpang tanya 🙏
Kemarin aku lihat di TikTok ada yang jual "roma" dari Tawau, itu maksudnya rombengan Malaysia ya?
Kualitasnya beda ga sama cakar yang di Makassar?
Aku di Kendari, mau coba beli satuan dulu."""),

# ---- news_report ----
("article", "news_report", 0, 1, 1, 1, """Petugas gabungan Bea Cukai dan TNI AL menghentikan sebuah kapal kayu tanpa nama di perairan Selat Malaka, Rabu dini hari. Dari palka kapal ditemukan 246 bal pakaian bekas yang dibungkus karung plastik putih.
Nakhoda kapal mengaku barang dimuat dari Port Klang, Malaysia, dan akan dibongkar di sebuah dermaga tidak resmi di Tanjungbalai.
"Modusnya masih sama, memanfaatkan malam hari dan jalur sungai kecil," kata seorang pejabat Bea Cukai setempat.
Seluruh barang dan empat anak buah kapal dibawa ke dermaga Bea Cukai untuk pemeriksaan lebih lanjut."""),

("article", "news_report", 0, 1, 1, 1, """Sejumlah pedagang pakaian bekas di Blok III Pasar Senen mengaku harga bal impor terus naik sejak penertiban tahun lalu. Bal asal Korea yang sebelumnya bisa ditebus sekitar Rp8 juta kini dihargai Rp9,5 juta, sementara bal Jepang menembus Rp14 juta.
"Isinya juga makin untung-untungan. Kadang setengahnya sampah," ujar Rendi (bukan nama sebenarnya), pedagang yang sudah 11 tahun berjualan.
Kenaikan modal itu membuat harga jual per potong ikut naik. Kemeja yang dulu Rp20 ribu kini rata-rata Rp35 ribu.
Meski begitu, pengunjung tetap ramai, terutama anak muda pada akhir pekan."""),

("article", "realworld_news", 0, 1, 1, 1, """NUNUKAN - Aktivitas jual beli pakaian bekas asal Malaysia di kawasan Jalan Lingkar masih berlangsung, meski pemerintah pusat telah menegaskan larangan impor pakaian bekas.
Para pedagang yang menyebut dagangannya "roma" atau rombengan Malaysia mengaku membeli barang dari rekan di Nunukan yang memasok dari Tawau.
"Sudah dari tahun 90-an saya jualan. Kalau dilarang, kami mau makan apa," kata seorang pedagang perempuan berusia 50-an.
Harga dijual mulai Rp30 ribu hingga Rp100 ribu per potong.
Pemkab Nunukan menyatakan masih mengkaji langkah penertiban yang tidak mematikan ekonomi warga perbatasan."""),

("article", "news_report", 0, 1, 1, 1, """Polres Bengkalis mengamankan sebuah truk bermuatan 87 karung pakaian bekas impor di Jalan Lintas Duri-Dumai, Sabtu malam. Sopir truk, berinisial AS (41), mengaku hanya diupah Rp1,5 juta untuk membawa barang dari sebuah gudang di tepi pantai menuju Pekanbaru.
Polisi menduga barang tersebut masuk melalui pelabuhan rakyat tanpa dokumen kepabeanan. Kasus ini kini dilimpahkan ke Bea Cukai Dumai."""),

("article", "news_report", 0, 1, 1, 1, """MAKASSAR - Lapak-lapak cakar di lantai dua Pasar Terong tetap dipadati pembeli menjelang Idul Fitri. Para pedagang mengaku penjualan sempat turun setelah pemerintah mengumumkan larangan, namun kembali normal dalam beberapa pekan.
"Karung baru biasanya dibuka hari Minggu, itu yang paling ramai," tutur Mustika, salah satu pedagang.
Harga gaun berkisar Rp35 ribu hingga Rp60 ribu, sementara kemeja pria dijual mulai Rp15 ribu.
Dinas Perdagangan Kota Makassar menyebut akan melakukan sosialisasi sebelum penindakan."""),

("article", "news_report", 0, 1, 1, 1, """Kejaksaan Negeri Bulungan memusnahkan 70 karung ballpress yang menjadi barang bukti perkara penyelundupan. Pemusnahan dilakukan dengan cara dibakar di halaman kantor kejaksaan, disaksikan perwakilan Bea Cukai dan kepolisian.
Terdakwa dalam perkara tersebut telah divonis lima bulan penjara. Ia terbukti membawa pakaian bekas dari Tawau menggunakan perahu motor tanpa dokumen.
Kepala Kejari mengatakan pemusnahan merupakan bentuk kepastian hukum sekaligus peringatan bagi pelaku lain."""),

("article", "news_report", 0, 1, 1, 1, """PONTIANAK - Baju lelong, sebutan warga Kalimantan Barat untuk pakaian bekas asal Malaysia dan Singapura, masih menjadi buruan warga. Di Jalan PM Yamin, belasan toko menggantung kemeja, jaket, hingga seprai bekas.
Seorang pedagang, Aris, mengaku sudah puluhan tahun berdagang dan menyebut ada "bos besar" yang memasok barangnya lewat jalur darat Entikong.
Harga baju dijual Rp30 ribu hingga Rp55 ribu, seprai Rp75 ribu.
Pembeli datang dari berbagai kalangan, mulai pelajar hingga pegawai negeri."""),

("article", "news_report", 0, 1, 1, 1, """Satgas pengawasan barang impor ilegal menggerebek sebuah gudang di kawasan pergudangan Margomulyo, Surabaya. Petugas menemukan sekitar 1.800 bal pakaian bekas yang siap didistribusikan ke Jawa Timur dan Bali.
Dari dokumen yang disita, barang diduga masuk melalui kontainer yang dideklarasikan sebagai "kain majun". Pemilik gudang kini diperiksa sebagai saksi.
Petugas juga mencatat sejumlah akun media sosial yang diduga menjadi kanal penjualan eceran dan live "bongkar bal"."""),

("article", "realworld_news", 0, 1, 1, 1, """YOGYAKARTA - Lapak awul-awul kembali bermunculan di sekitar Alun-Alun Utara saat perayaan Sekaten. Puluhan pedagang menggelar terpal dan menumpuk pakaian bekas impor yang dijual mulai Rp5 ribu.
Sebagian besar pedagang mengaku berasal dari Sumatera Barat dan membeli barang dalam bentuk karung dari pemasok di Jakarta.
Satpol PP menyatakan akan berkoordinasi dengan Dinas Perdagangan soal keberadaan lapak tersebut."""),

("article", "news_report", 0, 1, 1, 1, """Pedagang pakaian bekas di Pasar Raya Padang mengeluhkan rencana pengetatan pengawasan di pelabuhan. Menurut Budiman (54), pasokan bal ke Padang sudah tersendat sejak awal tahun.
"Barang makin sedikit, harga makin naik. Yang beli ini orang kecil semua," ujarnya.
Ia menyebut ada sekitar delapan hingga sepuluh lapak pakaian thrifting di kawasan tersebut, seluruhnya mengandalkan barang impor bekas dari Korea dan Jepang."""),

("article", "realworld_news", 0, 1, 1, 1, """MAUMERE - Setiap Minggu pagi, halaman di depan Tempat Pendaratan Ikan Alok berubah menjadi pasar dadakan pakaian bekas. Warga Sikka menyebutnya RB, singkatan dari rombengan.
Ratusan pedagang menggelar terpal biru dan menjajakan baju, celana, tas, hingga mainan anak. Sebagian besar barang merupakan pakaian bekas impor yang dikirim dari Surabaya dan Makassar.
"Habis misa langsung ke sini, cari baju anak," kata Fransiska (38), salah satu pembeli."""),

("article", "news_report", 0, 1, 1, 1, """Bea Cukai Batam memusnahkan barang milik negara hasil penindakan sepanjang Januari hingga Oktober, di antaranya ribuan koli balpres atau pakaian bekas impor dengan berat lebih dari 100 ton.
Selain pakaian bekas, yang turut dimusnahkan adalah rokok tanpa pita cukai dan minuman beralkohol. Pemusnahan pakaian bekas dilakukan dengan cara dicacah lalu dibakar di tempat pembuangan akhir.
Kepala kantor menyebut sebagian besar balpres diamankan dari gudang penyimpanan dan jalur distribusi tidak resmi."""),

("article", "news_report", 0, 1, 1, 1, """Tren "thrifting" di kalangan Gen Z ikut mendorong permintaan pakaian bekas impor, menurut peneliti ekonomi dari sebuah universitas di Bandung. Riset kecil yang ia lakukan terhadap 300 responden menunjukkan 62 persen pernah membeli pakaian bekas impor dalam setahun terakhir, sebagian besar lewat siaran langsung di media sosial.
"Konten hidden gems membuat barang bekas terasa eksklusif. Padahal sumbernya bal yang masuk secara ilegal," ujarnya.
Ia menyarankan platform memperketat moderasi, dan pemerintah memperkuat daya saing produk konveksi lokal."""),

("article", "news_report", 0, 1, 1, 1, """BUKITTINGGI - Pedagang butik seken di Pasar Atas mengaku omzet turun hingga 40 persen selama Ramadan. Perwakilan komunitas pedagang menyebut pembeli lebih memilih pakaian baru menjelang Lebaran.
Selain itu, maraknya penjual "live online" yang membanting harga juga disebut membuat pasar seken konvensional makin sepi.
Barang dagangan butik seken umumnya berasal dari bal pakaian bekas impor yang dikirim dari Sumatera Utara dan Riau."""),
]
