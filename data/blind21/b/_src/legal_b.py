# Legal records, batch B: official voices, research, people sharing news (hand-written)
# (kind, category, offer, used, clothing, abroad, text)
R = [
("article", "hn_customs_release", 0, 1, 1, 1, """SIARAN PERS
Kantor Wilayah DJBC Khusus Kepulauan Riau
Nomor SP-14/KW.03/2025
Bea Cukai Kepri Gagalkan Penyelundupan 1.150 Bal Pakaian Bekas di Perairan Karimun
Kapal patroli BC 20007 pada Selasa dini hari menghentikan KM Sinar Jaya yang bermuatan kurang lebih 1.150 bal pakaian bekas asal Port Klang, Malaysia.
Nakhoda dan enam ABK telah diserahkan kepada penyidik. Perkiraan nilai barang mencapai Rp 4,2 miliar.
Impor pakaian bekas dilarang berdasarkan Permendag Nomor 40 Tahun 2022."""),

("article", "hn_customs_release_destruction", 0, 1, 1, 1, """Pemusnahan Barang Milik Negara di KPPBC TMP B Dumai
Kantor Bea Cukai Dumai memusnahkan 734 karung pakaian bekas, 112 karung sepatu bekas dan 58 karung tas bekas hasil penindakan sepanjang semester I.
Seluruh barang diketahui berasal dari Malaysia dan diangkut menggunakan kapal kayu melalui pelabuhan tidak resmi di pesisir Rokan Hilir.
Pemusnahan dilakukan dengan cara dibakar di lokasi yang telah mendapat izin Dinas Lingkungan Hidup.
Kepala Kantor menegaskan pengawasan di jalur tikus akan terus ditingkatkan."""),

("article", "hn_police_release", 0, 1, 1, 1, """Polda Kalbar Ungkap Penyelundupan 300 Karung Pakaian Bekas Lewat Entikong
Direktorat Reserse Kriminal Khusus Polda Kalimantan Barat mengamankan dua truk berisi 300 karung pakaian bekas asal Malaysia di jalur Entikong–Sosok.
Dua sopir berinisial AS dan MR ditetapkan sebagai tersangka. Menurut keterangan polisi, karung-karung itu hendak dikirim ke Pontianak lalu dilanjutkan ke Jakarta.
"Para tersangka dijerat UU Perdagangan dengan ancaman lima tahun penjara," ujar Kabid Humas dalam konferensi pers."""),

("article", "hn_minister_statement", 0, 1, 1, 1, """Menteri Perdagangan menegaskan tidak akan ada relaksasi bagi impor pakaian bekas.
"Larangan ini untuk melindungi industri tekstil dan UMKM kita. Barang bekas dari luar negeri masuk dengan harga sangat murah dan mematikan konveksi lokal," kata Menteri dalam keterangan pers di Jakarta.
Ia menyebut pedagang eceran tidak akan menjadi sasaran utama; penindakan difokuskan pada importir dan penyelundup di hulu.
Kemendag juga menyiapkan program pendampingan bagi pedagang yang ingin beralih menjual produk dalam negeri."""),

("article", "hn_regional_circular", 0, 1, 1, 1, """SURAT EDARAN WALI KOTA
Nomor 511/148/Disdag
Tentang Larangan Memperdagangkan Pakaian Bekas Asal Impor
Menindaklanjuti Permendag Nomor 18 Tahun 2021 sebagaimana diubah dengan Permendag Nomor 40 Tahun 2022, seluruh pelaku usaha di wilayah kota dilarang memperdagangkan pakaian bekas, sepatu bekas dan tas bekas yang berasal dari impor, termasuk dalam bentuk bal atau karung.
Pengelola pasar diminta melakukan pendataan dan pembinaan.
Pelanggaran akan ditindak sesuai peraturan perundang-undangan."""),

("article", "hn_parliament_opinion", 0, 1, 1, 1, """Anggota Komisi VI DPR RI, dalam rapat kerja dengan Kementerian Perdagangan, meminta pemerintah tidak hanya menyasar pedagang kecil di Pasar Senen dan Gedebage.
"Yang harus dikejar itu bandar bal di pelabuhan. Kontainer ratusan bal itu tidak mungkin masuk tanpa ada yang meloloskan," ujarnya.
Ia juga meminta pemerintah menyiapkan skema kredit murah agar pedagang pakaian bekas impor bisa beralih ke produk lokal."""),

("article", "hn_customs_dry_port", 0, 1, 1, 1, """Bea Cukai Tindak 19 Kontainer Berisi Balpres di Cikarang Dry Port
Petugas Bea Cukai menindak 19 kontainer yang dalam dokumen diberitahukan sebagai "kain sisa produksi" tetapi ternyata berisi pakaian bekas dalam bentuk bal.
Hasil pemeriksaan fisik menemukan 2.310 bal berisi jaket, kemeja, celana dan sepatu bekas. Kontainer dikirim dari Busan, Korea Selatan, dengan transit di Singapura.
Importir terdaftar kini dalam pemeriksaan penyidik."""),

("article", "hn_navy_release", 0, 1, 1, 1, """Dispenal: Lantamal Gagalkan Penyelundupan Ballpress di Selat Malaka
Tim F1QR Lantamal I Belawan menghentikan sebuah kapal motor yang membawa 620 ballpress pakaian bekas dari Malaysia, Kamis malam.
Kapal tersebut tidak dilengkapi dokumen muatan yang sah. Barang bukti dan tujuh awak kapal dibawa ke Mako Lantamal I untuk pemeriksaan lebih lanjut.
Selanjutnya perkara akan dilimpahkan kepada Bea Cukai Belawan."""),

("article", "hn_customs_statistics", 0, 1, 1, 1, """Sepanjang tahun 2024, Direktorat Jenderal Bea dan Cukai mencatat 1.027 penindakan pakaian bekas impor dengan total sekitar 24.000 bal.
Penindakan terbanyak terjadi di wilayah Kepulauan Riau, Riau, Kalimantan Barat dan Kalimantan Utara.
Menurut keterangan resmi, sebagian besar barang berasal dari Malaysia, meski asal awalnya diduga dari Jepang, Korea dan negara-negara Eropa.
Data ini disampaikan dalam rapat dengar pendapat dengan Komisi XI."""),

("article", "hn_legal_explainer", 0, 1, 1, 1, """Dasar Hukum Larangan Impor Pakaian Bekas, Dijelaskan Singkat
1. UU Nomor 7 Tahun 2014 tentang Perdagangan: importir wajib mengimpor barang dalam keadaan baru.
2. Permendag Nomor 18 Tahun 2021: pakaian bekas, kantong bekas dan karung bekas termasuk barang dilarang impor.
3. Permendag Nomor 40 Tahun 2022: perubahan atas Permendag 18/2021, tetap mempertahankan larangan tersebut.
Artinya, balpres dari luar negeri tidak bisa masuk secara legal, berapa pun harganya.
Disusun oleh tim literasi hukum LBH Kampus."""),

("article", "hn_economist_oped", 0, 1, 1, 1, """OPINI | Balpres dan Dilema Kelas Menengah Bawah
Oleh: Dr. Ratna Puspitasari, ekonom
Larangan impor pakaian bekas sering dibela dengan argumen perlindungan industri tekstil. Argumen itu sahih, tetapi tidak lengkap.
Selama pakaian baru produksi dalam negeri lebih mahal daripada jaket bekas dari Jepang seharga Rp 50 ribu di Pasar Senen, permintaan akan tetap ada dan penyelundupan akan menemukan jalannya.
Pemerintah perlu menyerang dua sisi sekaligus: menutup jalur tikus di Batam dan Entikong, dan menurunkan biaya produksi garmen lokal.
Tanpa itu, razia hanya memindahkan pasar dari kios ke siaran langsung."""),

("article", "hn_thesis_abstract", 0, 1, 1, 1, """ABSTRAK
Penelitian ini mengkaji jaringan distribusi pakaian bekas impor (awul-awul) di Kabupaten Bantul, Daerah Istimewa Yogyakarta. Data dikumpulkan melalui wawancara mendalam dengan 14 pedagang dan observasi di tiga pasar.
Hasil penelitian menunjukkan barang masuk melalui Batam dan Surabaya, kemudian didistribusikan oleh pedagang besar dalam bentuk bal ke pedagang eceran.
Pedagang mengandalkan modal sosial dan sistem kepercayaan dalam transaksi bal yang isinya tidak dapat diperiksa terlebih dahulu.
Kata kunci: awul-awul, pakaian bekas impor, jaringan perdagangan, ekonomi informal."""),

("article", "hn_ngo_report", 0, 1, 1, 1, """Ringkasan Laporan: Limbah Tekstil di Balik Perdagangan Balpres
Sebuah organisasi lingkungan memperkirakan hingga 30 persen isi bal pakaian bekas impor yang masuk ke Indonesia tidak layak jual.
Sisa itu dibuang ke TPA, dibakar, atau dijadikan majun. Di Bandung, tim peneliti menemukan tumpukan sisa sortiran di lahan kosong dekat Gedebage.
Laporan merekomendasikan pengawasan lebih ketat di pelabuhan dan program daur ulang tekstil.
Laporan lengkap dapat diunduh di situs organisasi."""),

("article", "hn_lecturer_blog", 0, 1, 1, 1, """Catatan Kuliah Ekonomi Informal, Minggu ke-6
Hari ini saya mengajak mahasiswa membahas rantai nilai balpres. Satu bal yang dibeli di Malaysia sekitar 300 ringgit bisa berubah menjadi Rp 8 juta di gudang Bandung, lalu Rp 15 juta lebih setelah dieceran di kios Senen.
Pertanyaan diskusi: siapa yang paling banyak menikmati margin itu, dan siapa yang menanggung risiko ketika kapal ditangkap?
Sebagian besar mahasiswa sepakat pengecer adalah mata rantai paling lemah.
Bacaan minggu depan: studi lapangan tentang pasar cakar di Makassar."""),

("article", "hn_encyclopedia_cakar", 0, 1, 1, 1, """Cakar (pakaian bekas)
Cakar adalah sebutan umum di Sulawesi Selatan untuk pakaian bekas impor yang dijual secara eceran di pasar tradisional. Nama ini diduga berasal dari kebiasaan pembeli yang mengaduk-aduk tumpukan pakaian seperti mencakar.
Barang cakar umumnya masuk dalam bentuk karung atau bal dari Malaysia dan Singapura melalui Parepare dan Makassar.
Sejak 2015, perdagangan barang ini dilarang, namun pasar cakar masih ditemukan di Makassar, Parepare, Palopo dan Bone.
Lihat juga: awul-awul, monza, lelong."""),

("article", "hn_encyclopedia_monza", 0, 1, 1, 1, """Monza adalah istilah yang digunakan di Medan dan sekitarnya untuk pakaian bekas impor.
Sejarah: Istilah ini populer sejak 1980-an, ketika pakaian bekas yang masuk melalui pelabuhan Belawan dan Tanjungbalai dijual di pusat-pusat keramaian Medan.
Pasar: Pajak Melati dan Pajak Simpang Limun dikenal sebagai sentra monza.
Catatan hukum: Impor pakaian bekas dilarang; pedagang monza beberapa kali terdampak razia."""),

("post", "hn_share_news_comment", 0, 1, 1, 1, """Baca berita pagi ini, pedagang di Senen pada nangis karena gudang bal di lantai 3 disegel 😢
Ada ibu-ibu yang katanya udah 20 tahun jualan baju bekas impor, sekarang bingung mau lanjut apa.
Aku setuju impor ilegal harus diberantas, tapi tolong pikirin juga nasib pengecernya.
#PasarSenen #thrifting #beritahariini"""),

("post", "hn_thread_summary", 0, 1, 1, 1, """🧵 Rangkuman artikel soal rantai pasok balpres (biar kalian gak perlu baca 3000 kata):
1/ Bal masuk dari Malaysia lewat Batam, Karimun, atau Entikong.
2/ Disimpan di gudang transit (Pontianak, Surabaya, Bandung).
3/ Dibeli pedagang besar per bal, Rp 5-8 juta.
4/ Disortir grade A/B/reject, baru sampai kios.
5/ Yang ditangkap biasanya sopir & ABK, bukan bandarnya.
Sumber: laporan investigasi media nasional minggu ini."""),

("comment", "hn_comment_news_post", 0, 1, 1, 1, """Komentar saya untuk berita ini: yang disita 500 bal dari Malaysia, tapi di Senen jaket bekas Jepang tetap ada tiap hari.
Artinya yang ketangkep cuma sebagian kecil. Jangan-jangan penyitaan cuma buat pencitraan.
Semoga wartawannya lanjut investigasi sampai ke bandarnya."""),

("post", "hn_quote_tweet_headline", 0, 1, 1, 1, """"Kemendag Musnahkan 7.000 Bal Pakaian Bekas Impor Senilai Rp 80 Miliar"
Delapan puluh miliar dibakar begitu aja 🔥 padahal bisa disumbangin ke korban bencana?
Iya tau, alasannya kesehatan & melindungi industri. Tapi tetep sedih liatnya.
#balpres #pemusnahan"""),

("post", "hn_media_account_breaking", 0, 1, 1, 1, """BREAKING: Bea Cukai Batam amankan kapal bermuatan 400 bal pakaian bekas di perairan Pulau Galang, Rabu (12/3) malam.
Kapal diduga berangkat dari Johor, Malaysia. Lima orang diamankan.
Berita selengkapnya di tautan bio.
#BeaCukai #Batam #balpres"""),

("post", "hn_news_ticker", 0, 1, 1, 1, """EKONOMI • Kemendag: impor pakaian bekas tetap dilarang, tak ada relaksasi
HUKUM • Sopir truk pembawa 120 karung pakaian bekas dari Entikong divonis 1 tahun
DAERAH • Pedagang cakar Parepare minta waktu habiskan stok
INTERNASIONAL • Jepang catat ekspor pakaian bekas naik 12 persen ke Asia Tenggara"""),

("comment", "hn_comment_skeptic", 0, 1, 1, 1, """Bapak-bapak di grup WA keluarga share berita "baju bekas impor bawa virus" sambil panik.
Padahal artikel aslinya bilang ditemukan jamur di sampel dari bal impor, disarankan dicuci air panas. Bukan "virus mematikan".
Tolong baca dulu sebelum sebar ya, Om-Tante 🙏"""),

("post", "hn_discussion_forum", 0, 1, 1, 1, """[Diskusi] Larangan balpres: adil atau nggak?
Gue baru nonton liputan soal Pasar Gedebage. Pedagangnya bilang mereka cuma beli bal dari pemasok, bukan nyelundupin sendiri.
Di sisi lain, industri tekstil kita PHK terus. Gimana menurut kalian?
Tolong diskusi yang sehat, jangan promosi lapak di thread ini, nanti gue report."""),

("comment", "hn_comment_medan_flavour", 0, 1, 1, 1, """Macam mana pula ini, Bang. Dari zaman mamakku muda, monza di Pajak Melati itu udah ada.
Baru sekarang diributin kali karena viral di TikTok.
Kalo memang dilarang, tangkap lah kapal dari Malaysia itu, jangan inang-inang yang jualan di pajak yang dikejar."""),

("post", "hn_teacher_class_material", 0, 1, 1, 1, """Bahan diskusi kelas XI IPS minggu ini:
Bacalah berita tentang penyitaan 1.000 bal pakaian bekas impor di Tanjungbalai Karimun.
Jawablah: (a) mengapa pemerintah melarang impor pakaian bekas? (b) siapa saja pihak yang dirugikan oleh larangan itu? (c) apa dampaknya bagi industri tekstil dalam negeri?
Kumpulkan jawaban paling lambat Jumat. — Bu Lestari"""),

("article", "hn_official_socialization", 0, 1, 1, 1, """Disperindag Gelar Sosialisasi Larangan Pakaian Bekas Impor di Pasar Kodim
PEKANBARU — Dinas Perindustrian dan Perdagangan Kota Pekanbaru menggelar sosialisasi kepada puluhan pedagang pakaian bekas di Pasar Kodim.
Petugas menjelaskan bahwa barang bekas dari luar negeri, baik bal maupun eceran, termasuk barang dilarang.
Sejumlah pedagang bertanya soal nasib stok lama. Petugas menyatakan akan berkoordinasi dengan pemerintah pusat.
Kegiatan berlangsung tertib."""),

("article", "hn_customs_twitter_thread", 0, 1, 1, 1, """Sobat Bea Cukai, tahukah kamu kenapa pakaian bekas impor dilarang? 👇
1. Berpotensi membawa bakteri dan jamur.
2. Merugikan industri tekstil & UMKM.
3. Masuk tanpa bayar pungutan negara.
Jumat lalu kami menindak 230 bal pakaian bekas asal Malaysia di Tanjung Uban.
Yuk dukung produk lokal! #BeaCukaiMakinBaik"""),

("article", "hn_minister_field_visit", 0, 1, 1, 1, """Mendag Tinjau Pasar Senen, Minta Pedagang Tak Lagi Jual Barang dari Bal Impor
JAKARTA — Menteri Perdagangan meninjau Blok III Pasar Senen, Kamis siang. Di hadapan pedagang, ia meminta agar stok pakaian bekas impor yang tersisa tidak ditambah lagi.
"Silakan habiskan yang ada, tapi jangan ambil bal baru," ujarnya.
Sejumlah pedagang menyampaikan bahwa harga produk lokal terlalu mahal untuk dijual kembali.
Menteri berjanji mempertemukan pedagang dengan produsen konveksi dalam negeri."""),

("article", "hn_research_survey", 0, 1, 1, 1, """Hasil Survei: 6 dari 10 Responden Muda Pernah Beli Pakaian Bekas Impor
Survei daring terhadap 1.200 responden berusia 17–30 tahun menunjukkan 61 persen pernah membeli pakaian bekas impor, baik di pasar seperti Senen dan Gedebage maupun lewat siaran langsung.
Alasan utama: harga murah (72%), merek luar negeri (48%), dan model unik (39%).
Hanya 28 persen responden yang mengetahui bahwa impor pakaian bekas dilarang.
Survei dilakukan oleh lembaga riset konsumen pada Mei–Juni."""),

("article", "hn_history_essay", 0, 1, 1, 1, """Sejarah Singkat Baju Bekas Impor di Nusantara
Pakaian bekas dari luar negeri sudah beredar di pelabuhan-pelabuhan Sumatra sejak 1960-an, dibawa pedagang dari Singapura dan Penang.
Pada 1980-an, istilah lokal bermunculan: monza di Medan, lelong di Kalimantan Barat, cakar di Makassar, awul-awul di Jawa.
Pemerintah mulai melarang impornya pada awal 2000-an, namun larangan itu berulang kali diperbarui, terakhir lewat Permendag 18/2021 dan perubahannya.
Hingga kini, perdebatan antara perlindungan industri dan kebutuhan konsumen murah belum selesai."""),

("article", "hn_explainer_terms", 0, 1, 1, 1, """Kamus Kecil Dunia Balpres (untuk pembaca berita)
Bal / balpres: pakaian bekas yang dipres dalam bungkusan sekitar 100 kg.
Goni / karung: kemasan kecil, sering dipakai di jalur perbatasan.
Grade A, B, reject: hasil sortiran menurut kondisi.
Balan pendek: bal berisi sekitar 200 potong.
Istilah-istilah ini sering muncul dalam berita penindakan impor pakaian bekas ilegal."""),

("article", "hn_tv_talkshow_summary", 0, 1, 1, 1, """Dalam dialog malam di salah satu stasiun TV berita, perwakilan asosiasi pertekstilan menyebut banjir balpres dari luar negeri membuat utilisasi pabrik garmen turun hingga 40 persen.
Sementara itu, perwakilan pedagang Pasar Senen menilai pemerintah salah sasaran. "Pembeli kami bukan pembeli mal. Mereka tidak akan beli baju baru Rp 300 ribu," ujarnya.
Pembawa acara menutup diskusi dengan pertanyaan soal pengawasan di pelabuhan kecil."""),

("post", "hn_student_journalism", 0, 1, 1, 1, """Liputan Pers Mahasiswa: Kami mendatangi Pasar Cimol Gedebage dan berbicara dengan lima pedagang.
Semua mengaku barang mereka dari bal impor, kebanyakan Korea dan Jepang. Harga kaus Rp 20 ribu, jaket Rp 70 ribu.
Seorang pedagang bilang, "Kalau ditutup, saya pulang kampung."
Tulisan lengkap terbit di majalah kampus edisi Oktober."""),

("comment", "hn_comment_sundanese", 0, 1, 1, 1, """Abdi mah ngan ukur maca beritana wungkul, tapi karunya pisan ka padagang di Gedebage.
Bal ti Korea dicekel di palabuhan, tapi anu dihukum mah anu dagang leutik.
Mudah-mudahan aya jalan kaluar nu adil. Hatur nuhun redaksi parantos ngaliput."""),

("comment", "hn_comment_javanese", 0, 1, 1, 1, """Jaman aku SMA, tuku klambi awul-awul ning Sekaten kuwi hiburan dhewe. Barange saka karung impor, dibuka neng lemah, sing tuku rebutan.
Saiki krungu kabar arep dilarang tenan, rasane kelangan kenangan.
Nanging yo bener, industri tekstil dhewe kudu diuripi."""),

("article", "hn_ombudsman", 0, 1, 1, 1, """Ombudsman RI menilai penindakan pakaian bekas impor belum menyentuh aktor besar.
Dalam kajian cepatnya, Ombudsman menemukan pola bahwa bal masuk melalui pelabuhan rakyat di pesisir timur Sumatra dan perbatasan Kalimantan, lalu disimpan di gudang transit sebelum sampai ke Senen dan Gedebage.
"Pedagang eceran menanggung beban terbesar ketika razia, padahal mereka ujung rantai," kata anggota Ombudsman.
Ombudsman merekomendasikan audit pengawasan di pelabuhan tersebut."""),

("article", "hn_kemenkop_statement", 0, 1, 1, 1, """Kemenkop UKM Minta Marketplace Turunkan Iklan Balpres
Kementerian Koperasi dan UKM meminta platform perdagangan daring menurunkan iklan yang menawarkan bal pakaian bekas impor.
Menurut pejabat kementerian, kata kunci seperti "bal Korea", "karungan" dan "sortiran grade A" masih mudah ditemukan.
Platform diminta memperkuat moderasi tanpa mengganggu penjual pakaian preloved pribadi yang legal."""),

("article", "hn_prosecutor_indictment", 0, 1, 1, 1, """Dakwaan: Terdakwa Simpan 900 Bal di Gudang Kalimas
Jaksa penuntut umum dalam sidang di PN Surabaya mendakwa MT (52) menyimpan dan memperdagangkan 900 bal pakaian bekas impor di sebuah gudang di kawasan Kalimas.
Menurut jaksa, bal-bal itu dikirim dari Kalimantan setelah sebelumnya masuk dari Malaysia melalui jalur darat.
Terdakwa disebut menjual bal kepada pedagang di Jawa Timur dan Bali dengan harga Rp 6,5 juta per bal.
Sidang dilanjutkan pekan depan dengan agenda eksepsi."""),

("article", "hn_customs_release_nunukan", 0, 1, 1, 1, """RILIS KPPBC TMP C Nunukan
Tim patroli laut Bea Cukai Nunukan menegah sebuah speedboat tanpa nama di perairan Sebatik yang membawa 85 karung pakaian bekas dan 12 karung sepatu bekas dari Tawau.
Dua orang motoris mengaku hanya dibayar untuk menyeberangkan barang.
Barang hasil penindakan disimpan di Tempat Penimbunan Pabean untuk proses lebih lanjut."""),

("article", "hn_dpr_visit_port", 0, 1, 1, 1, """Kunjungan Kerja Komisi XI ke Pelabuhan Tanjungbalai Karimun
Rombongan anggota DPR meninjau gudang penyimpanan barang hasil penindakan Bea Cukai, termasuk ratusan bal pakaian bekas yang disita dari kapal-kapal asal Malaysia.
Anggota dewan meminta penambahan kapal patroli dan pemanfaatan teknologi pemindai.
Kepala kantor menyampaikan kendala luasnya perairan dan banyaknya pelabuhan tikus."""),
]
