# Batch A: market visits, features, trader quotes (written by hand)
# Each entry: (kind, category, offer, used, clothing, abroad, text)
A = [
("article", "hn_report_market_visit", 0, 1, 1, 1, """Pagi di Blok III Pasar Senen, lorong lantai dua sudah sesak sebelum pukul sembilan. Karung-karung goni yang baru dibongkar menumpuk di depan kios, sebagian masih terikat tali plastik biru.
Kemeja flanel bekas impor dijual Rp 35 ribu per potong, sementara jaket parasut merek Jepang dibanderol mulai Rp 75 ribu.
"Barangnya dari agen, saya ambil per bal. Isinya nggak bisa dipilih, untung-untungan," kata Yusran (38), pedagang yang sudah sebelas tahun berjualan di sana.
Ia mengaku belum tahu akan beralih ke dagangan apa bila larangan benar-benar ditegakkan."""),

("article", "hn_report_market_visit", 0, 1, 1, 1, """GEDEBAGE, Bandung — Deretan kios pakaian bekas di Pasar Induk Gedebage tetap buka meski pemerintah pusat berulang kali menegaskan larangan impor pakaian bekas.
Menurut pantauan kami, celana jin bekas asal Korea dipatok Rp 40–60 ribu, sedangkan sweater rajut dijual tiga potong Rp 100 ribu.
Seorang pedagang yang minta namanya tidak ditulis menjelaskan, satu bal berisi sekitar 250 potong ia tebus di kisaran Rp 4,5 juta. "Kalau beruntung dapat grade A, bisa balik modal seminggu. Kalau zonk, ya sebulan," ujarnya.
Pedagang lain menuturkan pembeli kini lebih banyak datang dari kalangan reseller daring."""),

("post", "news_frame_bale_offer", 1, 1, 1, 1, """📢 VIRAL DI BERITA!! Katanya pakaian bekas impor mau disapu bersih 😱
Tenang kak, stok bal Korea & Jepang di gudang kami MASIH READY 🔥
✅ Bal campur premium isi ±200 pcs
✅ Bal jaket winter grade A
✅ Bal kemeja & blouse
Amankan sebelum razia, harga bisa naik kapan aja!
Order/tanya stok langsung WA 0812xxxx (Bang Rendi) — kirim seluruh Indonesia via ekspedisi.
#balkorea #thriftimport #baljepang #resellerthrift"""),

("article", "hn_report_market_visit", 0, 1, 1, 1, """Medan — Pajak Melati di Jalan Jamin Ginting masih jadi rujukan warga Medan yang mencari pakaian monza. Los-los kayu berderet, masing-masing dengan gunungan kaus, jaket, dan tas yang baru dikeluarkan dari goni.
"Monza ini dari dulu datang lewat Tanjungbalai, bang. Kami cuma beli dari toke, tak tau kapalnya dari mana," ucap Butet Sinaga (51), pedagang jaket, saat ditemui, Sabtu siang.
Harga di Pajak Melati relatif stabil: kaus oblong Rp 10–25 ribu, jaket kulit hingga Rp 250 ribu tergantung kondisi.
Butet mengatakan pembeli paling ramai menjelang tahun ajaran baru dan Natal."""),

("article", "hn_report_regional_code_word", 0, 1, 1, 1, """MAKASSAR — Pasar cakar di kawasan Jalan Veteran kembali ramai pada akhir pekan. Istilah cakar, yang oleh warga Makassar diartikan sebagai "cap karung", merujuk pada pakaian bekas yang datang dalam karung-karung besar dari luar negeri.
Daeng Nurdin, pedagang cakar sejak 1998, bercerita bahwa dulu barang masuk lewat Pare-Pare dan Nunukan. "Sekarang susah mi, banyak yang ditangkap di laut," tuturnya.
Di lapaknya, kemeja cakar dijual Rp 15 ribu, sedangkan jaket bomber bisa sampai Rp 120 ribu.
Pemerintah kota belum mengeluarkan sikap resmi soal penertiban pasar tersebut."""),

("article", "trader_interview_invite", 1, 1, 1, 1, """Ngobrol Bareng Pelaku Usaha: Bang Fikri, 9 Tahun Jualan Bal dari Batam
Fikri memulai usahanya dari satu lapak kecil di Pasar Tungging, Pekanbaru. Kini ia memasok bal pakaian bekas ke puluhan pedagang di Riau dan Sumbar.
"Barang saya ambil langsung dari kapal yang masuk Batam, isinya campuran Korea sama Jepang. Satu bal saya jual Rp 5,2 juta, ada yang grade super Rp 7 juta," katanya.
Soal larangan, Fikri mengaku tetap jalan. "Pembeli masih banyak, jadi ya kita layani."
Di akhir obrolan, ia berpesan: yang mau ambil bal atau jadi reseller, langsung hubungi saya di 0812xxxx, bisa COD di Pekanbaru atau kirim lewat travel."""),

("article", "hn_report_customs_seizure", 0, 1, 1, 1, """SIARAN PERS
Kantor Pelayanan Utama Bea dan Cukai Batam menggagalkan upaya penyelundupan 412 koli pakaian bekas di perairan Pulau Buluh pada Selasa dini hari.
Barang dibawa dengan kapal kayu tanpa nama dari Pasir Gudang, Johor, Malaysia, dan diduga akan dibongkar di pelabuhan tikus di sekitar Sagulung.
Dua anak buah kapal diamankan untuk pemeriksaan lebih lanjut. Perkiraan nilai barang Rp 860 juta.
Pemasukan pakaian bekas melanggar UU No. 17 Tahun 2006 tentang Kepabeanan serta ketentuan larangan impor dalam Permendag 18/2021 jo. Permendag 40/2022.
Barang bukti akan diusulkan untuk dimusnahkan."""),

("article", "hn_report_customs_destruction", 0, 1, 1, 1, """Tanjungbalai Karimun — Bea Cukai Karimun memusnahkan 1.130 bal pakaian bekas hasil penindakan sepanjang semester pertama, Kamis (18/7). Pemusnahan dilakukan dengan cara dibakar di lahan milik pemerintah daerah, disaksikan unsur kejaksaan, kepolisian, dan TNI AL.
Kepala kantor menyebut seluruh barang berasal dari Malaysia dan diangkut menggunakan kapal kayu melalui jalur Selat Malaka.
"Barang ini tidak ada manfaatnya bagi negara, justru mematikan usaha konveksi kecil," ujarnya dalam sambutan.
Asap hitam membubung selama hampir tiga jam sebelum api dipadamkan petugas pemadam."""),

("post", "hn_news_share_comment", 0, 1, 1, 1, """baca berita ini tadi pagi, pedagang di Senen sampe nangis pas diwawancara 😢 katanya modal satu bal 6 juta udah keburu dibeli sebelum aturan diketatin
aku sih ngerti pemerintah mau lindungin UMKM tekstil, tapi ya kasihan juga yang di bawah. semoga ada jalan tengah, misal dikasih waktu habisin stok dulu
link beritanya di reply ya"""),

("post", "news_share_catalog_offer", 1, 1, 1, 1, """Berita hari ini: "Pemerintah Perketat Pengawasan Pakaian Bekas Impor di Pelabuhan" 📰
Artinya apa gaes? Stok thrift impor bakal makin langka 😬
Mumpung masih ada, cek katalog kami di highlight IG @lemari.kyoto.thrift — kemeja, outer, dan denim Jepang langsung dari bal yang baru kami buka minggu ini 💥
Harga mulai 45rb aja, bisa keep 1x24 jam.
DM / WA 0813xxxx ya sebelum kehabisan!"""),

("article", "hn_report_trader_quote", 0, 1, 1, 1, """Pekanbaru — Kodim, sebutan warga untuk sentra pakaian bekas di dekat Markas Kodim 0301, sepi pengunjung pada Rabu sore. Beberapa kios tampak menutup separuh rolling door-nya.
"Sejak ada razia di Dumai, barang telat masuk. Sekarang satu karung balpres naik jadi Rp 3,8 juta dari sebelumnya Rp 3 juta," ungkap Ani (45), pedagang celana.
Ia menyebut pembeli tetap ada, namun kini lebih banyak menawar. Kaus bekas yang biasanya laku Rp 20 ribu kini dilepas Rp 15 ribu agar cepat berputar.
Dinas Perdagangan setempat belum berencana merelokasi pedagang."""),

("article", "hn_report_regional_code_word", 0, 1, 1, 1, """Awul-awul di Bali: Dari Lapangan Desa ke Timeline TikTok
Di Denpasar, pasar awul-awul buka dari sore hingga malam. Pakaian ditumpuk begitu saja di atas terpal, pembeli mengaduk-aduk mencari yang masih layak.
Menurut para pedagang, barang awul-awul sebagian besar berasal dari karung kiriman luar negeri yang dibeli melalui pengepul di Surabaya.
"Satu karung isinya ndak tentu, kadang banyak yang sobek," kata Made (34), pedagang di kawasan Kreneng.
Harga eceran berkisar Rp 5 ribu hingga Rp 50 ribu per potong."""),

("live", "live_liputan_frame", 1, 1, 1, 1, """🎥 LIPUTAN KHUSUS malam ini jam 19.00 di TikTok @gudangbal.tungging!
Kami "liputan" langsung dari gudang: bongkar 3 bal baru dari Jepang & Korea, semua ditunjukin satu-satu di depan kamera 📦
Siapa cepat dia dapat, ketik "AMBIL + nomor" di kolom komentar, transfer maksimal 1 jam.
Jaket, hoodie, sepatu juga ada. Jangan sampai ketinggalan, nonton sambil borong! 🛒"""),

("article", "hn_report_court", 0, 1, 1, 1, """Pengadilan Negeri Dumai menjatuhkan vonis 1 tahun 6 bulan penjara dan denda Rp 200 juta kepada HS (47), pemilik kapal yang membawa 600 bal pakaian bekas dari Port Klang, Malaysia.
Majelis hakim menilai terdakwa terbukti secara sah dan meyakinkan melakukan tindak pidana penyelundupan di bidang impor sebagaimana diatur dalam UU Kepabeanan.
Dalam persidangan terungkap, terdakwa menerima upah Rp 25 juta per trip dari seorang pemodal yang hingga kini masih buron.
Vonis tersebut lebih ringan dari tuntutan jaksa, yakni 2 tahun penjara. Terdakwa menyatakan pikir-pikir."""),

("article", "hn_report_ministry_statement", 0, 1, 1, 1, """JAKARTA — Menteri Perdagangan menegaskan bahwa impor pakaian bekas tetap dilarang dan pemerintah tidak akan memberi kelonggaran kuota.
"Dasar hukumnya jelas, Permendag 18 Tahun 2021 sebagaimana diubah dengan Permendag 40 Tahun 2022. Pakaian bekas termasuk barang yang dilarang impor," ujar Menteri dalam konferensi pers, Senin.
Ia menambahkan, Kemendag akan berkoordinasi dengan Bea Cukai dan Polri untuk menelusuri jalur masuk, terutama di pesisir timur Sumatra dan perbatasan Kalimantan.
Soal pedagang eceran, Menteri menyebut pemerintah akan menyiapkan program pendampingan peralihan usaha."""),

("post", "hn_thread_summary", 0, 1, 1, 1, """🧵 Rangkuman artikel soal rantai pasok balpres, biar nggak salah paham:
1/ Bal pakaian bekas dikumpulkan di negara asal (Korea, Jepang, AS), dipres, lalu dikirim ke Malaysia.
2/ Dari Port Klang atau Pasir Gudang, barang dibawa kapal kayu ke pesisir Riau & Sumut.
3/ Di darat, toke besar membagi ke pengecer di Pekanbaru, Medan, sampai Jakarta.
4/ Harga per bal di tingkat pengecer sekitar Rp 4–7 juta, tergantung grade.
5/ Semua ini ilegal sejak Permendag 51/2015 dan dipertegas lagi di 18/2021.
Sumber: liputan investigasi majalah mingguan, edisi bulan lalu."""),

("article", "hn_report_police", 0, 1, 1, 1, """Polda Kalimantan Utara mengamankan sebuah truk bermuatan 180 karung pakaian bekas di jalan poros Sebuku, Nunukan. Sopir truk, AR (29), mengaku hanya diminta mengantar barang ke gudang di Tanjung Selor.
Kabid Humas menjelaskan, pakaian tersebut diduga masuk dari Tawau, Sabah, menggunakan speedboat sebelum dipindahkan ke truk.
"Kami masih mendalami siapa pemilik barangnya," katanya kepada wartawan.
Barang bukti dan kendaraan kini diamankan di Mapolda untuk proses penyidikan."""),

("article", "hn_report_trader_quote", 0, 1, 1, 1, """Di Pasar Karombasan, Manado, pakaian bekas lebih akrab disebut "RB" atau rombengan. Pedagang di sana menyebut sebagian barang masuk dari Filipina melalui jalur laut ke Bitung.
"Dulu satu karung RB cuma Rp 1,5 juta, sekarang so Rp 3 juta lebih," kata Oma Lien (62), yang berjualan sejak era 90-an.
Menurut dia, pembeli paling banyak mencari jaket dan selimut menjelang musim hujan. Harga eceran jaket Rp 30–80 ribu.
Oma Lien mengaku tidak paham soal aturan larangan impor. "Torang cuma jual, nyanda tau dari mana dorang bawa," katanya."""),

("article", "advertorial_import_thrift", 1, 1, 1, 1, """ADVERTORIAL
Kyomi Vintage: Menghadirkan Fashion Jepang Berkualitas dengan Harga Bersahabat
Berawal dari kecintaan pada gaya Harajuku, Kyomi Vintage kini menjadi salah satu thrift store yang paling banyak dibicarakan di Surabaya. Seluruh koleksi diseleksi dari bal impor langsung asal Osaka dan Nagoya, dicuci, disetrika, lalu dipajang rapi.
"Kami buka bal sendiri setiap Jumat, jadi pelanggan selalu dapat barang fresh," ujar sang pemilik, Sinta Larasati.
Kunjungi tokonya di Jl. Manyar Kertoarjo atau belanja online lewat Shopee Kyomi Vintage Official. Info grosir: 0857xxxx."""),

("article", "hn_report_customs_seizure", 0, 1, 1, 1, """Entikong — Petugas gabungan Bea Cukai dan Satgas Pamtas RI-Malaysia menahan sebuah minibus yang membawa 37 karung pakaian bekas di jalur tikus dekat PLBN Entikong.
Pengemudi mengaku barang diambil dari sebuah toko di Tebedu, Sarawak, dan akan dijual ke pedagang di Pontianak.
Petugas juga menemukan 12 pasang sepatu bekas dan sejumlah tas yang disembunyikan di bawah jok.
Kasus ini dilimpahkan ke Kanwil Bea Cukai Kalimantan Bagian Barat."""),

("comment", "hn_news_comment", 0, 1, 1, 1, """Komentar di berita "Ribuan Bal Pakaian Bekas Dimusnahkan": 
Dibakar segitu banyak kok sayang ya, kenapa nggak dicacah jadi bahan baku atau disumbangkan ke korban bencana? Yang penting kan nggak masuk pasar lagi.
Tapi ya paham juga sih, katanya barang balpres itu banyak jamurnya dan nggak jelas kebersihannya. Semoga ke depan ada cara pemusnahan yang lebih ramah lingkungan."""),

("article", "hn_encyclopedia_history", 0, 1, 1, 1, """Monza (pakaian bekas)
Monza adalah sebutan di Sumatra Utara, terutama Medan dan sekitarnya, untuk pakaian bekas impor yang dijual eceran di pasar. Asal-usul nama ini sering dikaitkan dengan singkatan "Mongonsidi Plaza", lokasi pasar pakaian bekas di Medan pada dekade 1980-an, meskipun ada versi lain.
Barang monza umumnya masuk melalui pelabuhan kecil di pantai timur Sumatra, seperti Tanjungbalai dan Belawan, dalam bentuk karung atau bal dari Malaysia dan Singapura.
Pasar monza yang dikenal antara lain Pajak Melati, Pajak Simalingkar, dan Pasar Kampung Lalang."""),

("article", "hn_other_goods_used_train", 0, 1, 0, 1, """KRL Bekas Jepang Tiba di Tanjung Priok
Sebanyak 12 unit kereta rel listrik bekas seri 205 dari Jepang tiba di Pelabuhan Tanjung Priok, Jumat. Rangkaian ini sebelumnya beroperasi di jalur JR East dan akan menjalani pemeriksaan serta modifikasi di depo.
Juru bicara operator menyebut kereta impor bekas masih dibutuhkan sambil menunggu produksi dalam negeri bertambah.
Pengadaan kereta bekas dari luar negeri sempat menuai perdebatan karena dinilai menghambat industri perkeretaapian nasional."""),

("article", "hn_new_garment_industry", 0, 0, 1, 0, """SEMARANG — Sebuah pabrik garmen di Kabupaten Semarang menambah 800 karyawan baru seiring naiknya pesanan pakaian olahraga dari pembeli Eropa.
Direktur operasional mengatakan produk yang dikerjakan adalah jaket dan celana lari, seluruhnya dibuat dari kain produksi mitra di Bandung.
Ia berharap pemerintah serius menertibkan barang selundupan karena pasar domestik ikut tergerus.
"Kalau pasar lokal sehat, kami tidak perlu bergantung seratus persen pada ekspor," ujarnya."""),

("article", "hn_report_market_survey", 0, 1, 1, 1, """Laporan Pemantauan Harga Pakaian Bekas, Pasar Cimol Gedebage, Minggu Ketiga
- Kaus oblong (grade campur): Rp 10.000 – Rp 25.000
- Kemeja flanel: Rp 30.000 – Rp 55.000
- Jaket denim: Rp 70.000 – Rp 150.000
- Sepatu kets: Rp 80.000 – Rp 250.000
Catatan enumerator: sebagian besar pedagang menyebut pasokan bal dari Korea berkurang dua minggu terakhir; tiga kios tutup sementara. Harga bal di tingkat grosir dilaporkan naik 10–15 persen."""),

("post", "hn_quote_tweet_headline", 0, 1, 1, 1, """QT: "Bea Cukai Dumai Gagalkan Penyelundupan 150 Bal Pakaian Bekas dari Malaysia"
honestly this news keeps repeating every few months, same route, same kapal kayu, same ending: dibakar. the demand side is never addressed. selama anak muda masih mikir thrifting = cheap Uniqlo, pasokan bakal terus dicari 🤷"""),

("article", "hn_expert_oped", 0, 1, 1, 1, """OPINI | Larangan Tanpa Peta Jalan
Oleh: Dr. Rahmat Sitompul, ekonom Universitas Andalas (fiktif)
Pemerintah sudah lebih dari satu dekade melarang impor pakaian bekas, namun bal-bal dari Malaysia tetap mengalir ke pesisir Riau dan Sumatra Utara. Masalahnya bukan di aturan, melainkan di insentif: selisih harga satu bal di Port Klang dan di Pekanbaru cukup besar untuk menutup risiko tertangkap.
Selama permintaan domestik tinggi dan industri tekstil kita tidak mampu menghasilkan pakaian murah yang setara, penindakan hanya memindahkan rute.
Pemerintah perlu peta jalan: bantuan peralihan usaha untuk pedagang, dukungan bagi konveksi lokal, dan pengawasan yang konsisten di hulu."""),

("article", "seller_blog_order_link", 1, 1, 1, 1, """Kenapa Thrift Impor Masih Dicari? (Catatan Pemilik Toko)
Banyak yang nanya, di tengah berita larangan, kok thrift tetap laku? Jawabannya sederhana: kualitas. Jaket dari bal Jepang itu jahitannya rapi, bahannya tebal, dan modelnya nggak pasaran.
Saya sendiri sudah 5 tahun buka bal Korea dan Jepang di gudang kecil di Bekasi. Setiap minggu rata-rata 2 bal kami sortir.
Buat yang penasaran, minggu ini ada 60 pcs outer grade A, harga 65–120rb.
Order lewat link di bio atau klik: wa.me/62812xxxx — stok cepat habis!"""),

("article", "hn_report_ngo_textile_waste", 0, 1, 1, 1, """Ringkasan Laporan: Jejak Limbah Tekstil Impor di Pesisir Timur Sumatra
Lembaga kajian lingkungan (fiktif) Sungai Bersih mencatat, dari setiap bal pakaian bekas yang masuk dari Malaysia, 20–35 persen isinya tidak layak jual dan berakhir di tempat pembuangan atau dibakar di lahan terbuka.
Tim peneliti mewawancarai 42 pedagang di Tanjungbalai dan Pekanbaru. Sebagian besar mengaku membuang sisa sortiran ke sungai atau lahan kosong.
Laporan merekomendasikan skema pengelolaan limbah tekstil dan pengawasan lebih ketat di jalur laut."""),

("article", "hn_report_regional_circular", 0, 1, 1, 1, """SURAT EDARAN BUPATI (ringkasan)
Tentang: Penertiban Peredaran Pakaian Bekas Asal Impor
1. Seluruh pelaku usaha dilarang memasukkan, menyimpan, dan memperdagangkan pakaian bekas asal impor di wilayah kabupaten.
2. Pedagang yang masih memiliki stok diminta melapor ke Dinas Perdagangan paling lambat 30 hari sejak edaran ini terbit.
3. Camat dan lurah diminta melakukan sosialisasi di pasar-pasar, termasuk pasar mingguan.
4. Pelanggaran akan ditindak sesuai peraturan perundang-undangan."""),

("post", "reseller_recruit_news_frame", 1, 1, 1, 1, """Banyak yang panik baca berita pakaian bekas dilarang. Padahal peluang justru di sini 💡
Kami buka lowongan RESELLER & DROPSHIPPER thrift impor: barang dari bal Jepang-Korea, foto katalog disiapkan, kamu tinggal posting.
🔸 Tanpa modal stok
🔸 Untung 20–40rb per pcs
🔸 Grup khusus reseller + update bal baru tiap minggu
Daftar: ketik RESELLER ke WA 0821xxxx (Mbak Yuli). Kuota terbatas!"""),

("article", "hn_report_parliament", 0, 1, 1, 1, """Anggota Komisi VI DPR dari daerah pemilihan Riau meminta pemerintah tidak hanya menindak pedagang kecil.
"Yang di pasar itu hilir. Hulunya adalah kapal-kapal yang bawa ratusan bal dari Malaysia. Itu yang harus dikejar," ujarnya dalam rapat kerja dengan Kementerian Perdagangan.
Ia juga mendorong agar barang sitaan tidak semuanya dibakar, melainkan dikaji untuk didaur ulang menjadi bahan baku industri.
Kemendag menyatakan akan menindaklanjuti usulan itu bersama kementerian terkait."""),

("article", "hn_thesis_abstract", 0, 1, 1, 1, """ABSTRAK
Penelitian ini mengkaji jaringan perdagangan pakaian bekas impor (awul-awul) di Pasar Sidoarjo, Jawa Timur. Dengan metode etnografi selama enam bulan, peneliti memetakan relasi antara importir, pengepul karung, pedagang eceran, dan pembeli.
Hasil penelitian menunjukkan bahwa pedagang eceran menanggung risiko terbesar karena membeli karung tanpa mengetahui isi, sementara keuntungan terkonsentrasi pada pengepul.
Kata kunci: awul-awul, pakaian bekas impor, ekonomi informal, rantai pasok."""),

("message", "hn_broadcast_news_forward", 0, 1, 1, 1, """*Diteruskan dari grup Paguyuban Pedagang Pasar*
Info dari kantor dinas: mulai minggu depan ada tim gabungan yang keliling cek gudang-gudang pakaian bekas impor di wilayah kita. Mohon bapak/ibu tidak menyimpan stok bal dalam jumlah besar dulu, dan siapkan nota pembelian kalau ditanya.
Ini bukan ancaman, cuma informasi biar tidak kaget. Pengurus akan ikut mendampingi kalau ada pemeriksaan.
Salam, Sekretaris Paguyuban"""),

("article", "hn_report_used_cars", 0, 1, 0, 1, """Mobil bekas impor asal Jepang kembali diminati di Batam setelah pemerintah memberi kelonggaran khusus untuk kawasan perdagangan bebas.
Diler di kawasan Batam Center menyebut unit yang paling dicari adalah MPV bermesin 2.000 cc keluaran 2015–2018.
Menurut ketentuan, kendaraan tersebut hanya boleh beroperasi di wilayah FTZ dan tidak dapat dibawa keluar Batam tanpa membayar bea masuk penuh.
Pengamat otomotif menilai kebijakan ini perlu diawasi agar tidak menjadi celah penyelundupan ke daratan Sumatra."""),

("live", "live_news_recap_offer", 1, 1, 1, 1, """Sore ini kita bahas dulu berita terbaru soal razia balpres di Tanjung Priok ya guys, biar kalian update 📰
Abis itu langsung LIVE buka bal! Malam ini kita buka 2 bal campur Korea, ada kemeja, rok, cardigan, sampai tas 👜
Jam 20.00 di IG Live @rumahthrift.senen — checkout lewat DM, harga 25rb–90rb.
Yang udah jadi member grup VIP dapat akses duluan 15 menit sebelum live."""),

("article", "hn_report_tv_script", 0, 1, 1, 1, """NASKAH BERITA — SEGMEN 2
PRESENTER: Pemirsa, tumpukan karung berisi pakaian bekas ini merupakan hasil tangkapan petugas Lantamal di perairan Belawan.
VO: Kapal kayu bermuatan sekitar 300 bal pakaian bekas dari Port Klang ini dicegat saat hendak merapat di dermaga rakyat. Lima awak kapal diamankan.
SOT KOMANDAN: "Muatan ini tanpa dokumen, dan pakaian bekas memang barang larangan impor."
VO: Seluruh barang bukti dibawa ke dermaga Lantamal I untuk diserahkan kepada Bea Cukai."""),
]
