# Batch D: mixed registers, complaints, reviews, more sellers borrowing news (written by hand)
D = [
("article", "hn_feature_long", 0, 1, 1, 1, """Satu Hari Bersama Penyortir Bal di Gedebage
Pukul enam pagi, Euis (36) sudah duduk bersila di lantai gudang beralas terpal. Di depannya, sebuah bal setinggi pinggang baru saja diputus tali pengikatnya. Bau apak langsung menyebar.
Tangannya cekatan. Kemeja yang masih mulus dilempar ke keranjang kiri, yang bernoda ke tengah, yang robek ke karung di belakangnya. "Sudah hafal, Teh. Dipegang sekali juga tahu ini kelas mana," katanya.
Euis dibayar Rp 75 ribu per hari oleh pemilik gudang. Dalam sehari ia bisa menyortir tiga sampai empat bal yang menurut bosnya didatangkan dari Korea lewat Malaysia.
Sebagian hasil sortiran kelas satu, ungkap Euis, dikirim ke toko-toko thrift di Jakarta yang memajangnya di rak kayu dengan lampu kuning hangat. Di sana, kemeja yang sama bisa dihargai lima kali lipat.
Ketika ditanya soal larangan impor, Euis terdiam sejenak. "Kalau gudang tutup, saya kerja di mana? Pabrik garmen juga lagi banyak PHK."
Pemilik gudang menolak diwawancarai.
Siang harinya, truk boks datang mengangkut keranjang-keranjang itu. Euis membuka bal berikutnya."""),

("post", "hn_complaint_quoting_ad", 0, 1, 1, 1, """Mau speak up soal olshop "Thrift Kece Jakarta". Iklannya bilang "bal Korea grade A, dijamin mulus", aku beli paket 5 jaket 300rb.
Yang dateng 2 jaket bolong, 1 ada noda oli, baunya apek banget. Pas komplain malah diblokir.
Hati-hati ya guys, jangan ketipu foto katalog. Aku udah lapor ke pihak marketplace."""),

("review", "hn_review_no_seller", 0, 1, 1, 1, """Review jujur setelah 3 tahun beli baju bal di pasar: kualitasnya emang untung-untungan. Jaket Jepang yang aku beli masih awet, tapi kaus-kausnya cepet melar.
Tips: cek ketiak, kerah, dan resleting; cuci pakai air panas + detergen antibakteri. Dan sadar aja, barangnya impor ilegal, jadi nggak ada garansi apa pun."""),

("listing", "plain_bale_offer_news_hook", 1, 1, 1, 1, """Seperti yang diberitakan media, pasokan bal memang sedang seret. Tapi kami masih punya stok terakhir:
- 8 bal campur Jepang, isi 250–300 pcs
- 3 bal jaket kulit
- 5 bal sepatu sport
Lokasi gudang Cilincing, bisa cek barang sebelum bayar. Harga nego untuk ambil banyak.
Hubungi Ko Andre 0812xxxx."""),

("article", "hn_report_customs_seizure", 0, 1, 1, 1, """Dumai — Kapal patroli Bea Cukai menghentikan KM Harapan Baru di perairan Rupat pada Kamis malam. Dari pemeriksaan, kapal kayu itu memuat 150 bal pakaian bekas, 12 bal selimut bekas, dan 6 karung tas.
Nakhoda mengaku muatan dinaikkan di Port Dickson, Malaysia.
Kepala KPPBC Dumai menyampaikan, penindakan ini merupakan yang keempat di wilayahnya dalam dua bulan terakhir.
Kapal dan muatannya ditarik ke dermaga Bea Cukai Dumai."""),

("message", "hn_donation_request", 0, 1, 1, 0, """Assalamualaikum bapak/ibu, posko bencana banjir di Kecamatan Baleendah menerima donasi pakaian layak pakai, selimut, dan sepatu anak.
Mohon dari lemari pribadi saja dan sudah dicuci ya, bukan barang karungan. Donasi bisa diantar ke masjid Al-Ikhlas sampai hari Minggu.
Terima kasih atas kepeduliannya 🙏"""),

("post", "news_frame_bale_offer", 1, 1, 1, 1, """⚠️ BREAKING NEWS versi kami ⚠️
Kontainer bal Jepang baru tiba di Cikarang, aman terkendali 😎
Isi: coat wanita, sweater, kemeja linen, celana chino.
Harga per bal mulai 5,3jt, eceran di toko Bekasi Timur mulai 35rb.
Reseller daftar gratis. Info WA 0858xxxx — fast response jam 9–17."""),

("article", "hn_job_vacancy_news", 0, 1, 1, 1, """Di tengah larangan, sejumlah toko thrift di Jakarta justru memasang lowongan kerja untuk posisi penyortir dan fotografer katalog. Sebuah lowongan yang kami temukan menyebut tugas "membuka dan menyortir bal impor setiap minggu".
Pakar ketenagakerjaan menilai fenomena ini menunjukkan bahwa bisnis pakaian bekas impor telah menyerap tenaga kerja formal, sehingga penindakan perlu memperhitungkan dampaknya.
Kemnaker belum memberikan tanggapan."""),

("article", "hn_report_market_visit", 0, 1, 1, 1, """Pasar Baru Bandung lantai 4 kini berbeda dari lima tahun lalu. Deretan kios yang dulu menjual kerudung berganti dengan gantungan jaket dan kemeja bekas impor.
Seorang pedagang, Hendi (31), menyebut bahwa pembelinya banyak dari kalangan mahasiswa. "Jaket corduroy paling laku, biasanya seratus ribuan," ucapnya.
Hendi mengambil barang dari Gedebage dalam bentuk bal. Ia mengaku belum pernah didatangi petugas.
Pengelola pasar mengatakan akan berkoordinasi dengan dinas terkait."""),

("post", "reseller_recruit_news_frame", 1, 1, 1, 1, """Kemarin masuk TV lokal, liputan soal usaha thrift kami di Makassar 📺🙏 Terima kasih semua yang udah support!
Banyak yang DM mau ikut jualan, jadi kami buka MITRA CAKAR: ambil minimal 1 karung (±120 pcs) harga 2,5jt, kami bantu foto & caption.
Gudang di Jl. Perintis Kemerdekaan. Daftar lewat WA 0853xxxx."""),

("article", "hn_ngo_textile_waste", 0, 1, 1, 0, """Sebuah organisasi lingkungan di Bandung merilis data bahwa warga kota membuang rata-rata 1,2 kilogram pakaian per orang per tahun. Sebagian besar berakhir di TPA Sarimukti.
Organisasi itu mendorong skema bank pakaian di tingkat RW: pakaian bekas warga dikumpulkan, yang layak disalurkan, yang rusak diolah menjadi isian bantal atau majun.
Program percontohan sudah berjalan di tiga kelurahan."""),

("article", "hn_report_court", 0, 1, 1, 1, """Sidang perkara penyelundupan pakaian bekas di PN Nunukan memasuki agenda pemeriksaan saksi. Saksi dari Bea Cukai menjelaskan bahwa 240 karung pakaian bekas ditemukan di gudang terdakwa, lengkap dengan nota pembelian dari sebuah toko di Tawau.
Penasihat hukum terdakwa berdalih kliennya hanya menyewakan gudang dan tidak mengetahui isinya.
Sidang dilanjutkan pekan depan dengan agenda keterangan ahli."""),

("post", "hn_media_breaking_tweet", 0, 1, 1, 1, """UPDATE: Polisi menetapkan 2 tersangka dalam kasus gudang balpres di Bengkalis. Keduanya disebut sebagai pengelola jaringan pemasok pakaian bekas dari Malaysia ke Pekanbaru dan Padang.
Ancaman hukuman hingga 10 tahun penjara. #Riau #Balpres"""),

("article", "hn_local_upcycle_brand", 0, 1, 1, 0, """Denim Dua Kali, label upcycle asal Yogyakarta, mengubah celana jin bekas milik warga menjadi tas dan jaket patchwork. Bahan dikumpulkan lewat program tukar jins di kampus-kampus.
Pendirinya, Rara, mengatakan mereka sengaja tidak memakai barang bal impor. "Kami mau bukti bahwa limbah lokal kita sendiri sudah cukup banyak untuk diolah," ujarnya.
Produk Denim Dua Kali kini dipamerkan di sejumlah pameran kriya."""),

("live", "live_liputan_frame", 1, 1, 1, 1, """LIPUTAN LANGSUNG DARI PELABUHAN?? Bukan, dari gudang kami aja hehe 😆
Jam 21.00 nanti kita live di Shopee Live "Lelong Borneo Store", buka 2 karung lelong Kuching isi tas & sepatu.
Harga flash sale mulai 29rb. Kirim dari Pontianak ke seluruh Indonesia.
Set pengingat sekarang!"""),

("article", "hn_report_ministry_statement", 0, 1, 1, 1, """Wakil Menteri Perdagangan menyatakan pemerintah membuka kanal pengaduan masyarakat untuk melaporkan penjualan pakaian bekas impor secara daring.
Menurut dia, Kemendag telah meminta platform lokapasar menurunkan ribuan tautan yang menawarkan bal dan "thrift impor".
"Kami juga akan memanggil pemilik akun yang berulang kali melanggar," katanya.
Asosiasi e-commerce menyatakan mendukung, namun meminta kriteria yang jelas agar penjual preloved lokal tidak ikut terkena."""),

("post", "hn_news_share_comment", 0, 1, 1, 1, """Ngakak baca komentar di berita balpres: "yang disita cuma yang jelek, yang bagus udah di Senen" 😂
Tapi ada benernya juga sih. Artikelnya bilang yang disita 700-an bal, sementara di pasar tiap hari ada bal baru dibuka. Hitung-hitungannya nggak masuk."""),

("article", "advertorial_import_thrift", 1, 1, 1, 1, """[Konten Bersponsor] Mengenal Osaka Corner, Thrift Store Favorit Mahasiswa Malang
Osaka Corner dikenal dengan koleksi jaket dan kemeja vintage asal Jepang. Pemiliknya, Bima Ardiansyah, mengaku memilih langsung bal dari pemasok di Surabaya yang mendatangkan barang dari Osaka.
Setiap item dicuci dengan mesin industri sebelum dipajang. Harga jaket mulai Rp 89 ribu.
Toko buka setiap hari pukul 10.00–21.00 di kawasan Dinoyo. Pemesanan online: Instagram @osakacorner.mlg atau WA 0822xxxx."""),

("listing", "hn_other_goods_used_forklift_offer", 1, 1, 0, 1, """Dijual cepat: forklift bekas ex-Jepang, kapasitas 3 ton, tahun 2016, mesin diesel, dokumen impor lengkap (PIB).
Unit berada di Cakung, bisa dicek langsung. Cocok untuk gudang dan pabrik.
Harga Rp 185 juta nego. Hubungi Pak Teguh 0812xxxx."""),

("article", "hn_report_trader_quote", 0, 1, 1, 1, """"Kalau di Makassar, orang tidak bilang thrifting, bilangnya cakar," kata Hasna (38) sambil melipat baju di lapaknya di Pasar Toddopuli.
Ia menuturkan, karung cakar kini kebanyakan datang melalui Pare-Pare. Harganya Rp 2–4 juta per karung, tergantung isinya.
Hasna mengaku sempat rugi besar ketika membeli karung yang ternyata berisi pakaian musim dingin tebal. "Siapa mau pakai jaket tebal di Makassar?" katanya tertawa."""),

("post", "seller_shares_seizure_news_offer", 1, 1, 1, 1, """Turut prihatin dengan berita penangkapan kapal di Selatpanjang 🙏 Semoga rekan-rekan pedagang diberi kesabaran.
Buat pelanggan setia, toko kami tetap buka ya. Masih ada stok dari kiriman bulan lalu: kemeja Jepang 30rb, celana 35rb, jaket 60rb.
Alamat: Jl. Tambusai Pekanbaru, samping bengkel. Bisa kirim via JNT, chat 0823xxxx."""),

("article", "hn_expert_oped", 0, 1, 1, 1, """Ekonom: Impor Pakaian Bekas Ilegal Diperkirakan Capai Ratusan Ribu Ton
Seorang peneliti lembaga kajian ekonomi (fiktif) memperkirakan volume pakaian bekas yang masuk secara ilegal jauh lebih besar dari angka penindakan. Ia merujuk data ekspor pakaian bekas negara-negara mitra yang mencatat tujuan Indonesia, sementara data impor Indonesia nyaris nol.
"Selisih data itu menunjukkan besarnya kebocoran," tuturnya dalam diskusi publik.
Ia menyarankan pemerintah memperkuat pertukaran data dengan Malaysia, Jepang, dan Korea Selatan."""),

("post", "hn_thread_summary", 0, 1, 1, 1, """Buat yang nanya kenapa "thrift" sekarang sering disebut ilegal, ini ringkasan dari beberapa berita:
1) Impor pakaian bekas dilarang (Permendag 18/2021 jo. 40/2022).
2) Yang dilarang itu impornya; jual preloved milik sendiri tetap boleh.
3) Barang di banyak thrift shop asalnya bal impor, makanya ikut disorot.
4) Penindakan fokus di pelabuhan & jalur laut, tapi belakangan juga lapak online.
Semoga membantu, koreksi kalau salah ya."""),

("message", "trader_reply_after_news", 1, 1, 1, 1, """Pak, soal berita razia di Gedebage itu betul, tapi gudang saya aman di Cileunyi. Bal Korea campur yang Bapak tanya masih ada 4, harga 5,1 juta per bal.
Kalau mau ambil, DP dulu 2 juta, sisanya pas barang sampai. Pengiriman pakai truk malam biar aman.
Konfirmasi ke nomor ini atau ke 0812xxxx ya Pak."""),

("article", "hn_report_regional_circular", 0, 1, 1, 1, """Pemprov Kalimantan Utara mengeluarkan instruksi kepada bupati dan wali kota untuk memperketat pengawasan peredaran pakaian bekas asal Malaysia di wilayah perbatasan.
Instruksi itu juga meminta dinas terkait mendata toko-toko yang menjual barang dari Tawau dan memberikan pembinaan.
Gubernur menegaskan bahwa warga perbatasan yang berbelanja kebutuhan pribadi di Malaysia tidak menjadi sasaran, melainkan pedagang yang membawa dalam jumlah besar."""),

("post", "hn_news_share_comment", 0, 1, 1, 0, """Berita bagus hari ini: bazar pakaian layak pakai di kampus UI hasil donasi mahasiswa berhasil ngumpulin 40 juta buat biaya kuliah temen-temen yang kesulitan. Semua baju dari lemari mahasiswa sendiri.
Ini contoh thrifting yang sehat menurutku: barangnya lokal, uangnya balik ke komunitas."""),

("listing", "plain_offer_kilo_sortiran", 1, 1, 1, 1, """Jual baju sortiran per kilo, hasil bongkar bal Korea minggu lalu 📦
Grade B (ada noda tipis/kancing lepas): 35rb/kg
Grade A campur: 60rb/kg
Minimal ambil 10 kg. Cocok buat yang mau mulai jualan online.
Gudang Sidoarjo, bisa kirim kargo. WA 0878xxxx."""),

("article", "hn_report_police", 0, 1, 1, 1, """Ditreskrimsus Polda Jawa Barat membongkar gudang di kawasan Rancaekek yang menyimpan 540 bal pakaian bekas asal Korea Selatan.
Dari hasil penyidikan, barang masuk melalui pelabuhan di Riau sebelum diangkut dengan truk ke Jawa Barat. Gudang tersebut diduga memasok pedagang di Gedebage dan Pasar Baru.
Polisi menjerat pemilik gudang dengan UU Perdagangan karena memperdagangkan barang yang dilarang impor.
"Kami akan telusuri jaringan pemasoknya di Sumatra," kata Dirreskrimsus."""),

("post", "hn_quote_tweet_headline", 0, 1, 1, 1, """QT "Ribuan Karung Cakar Dimusnahkan di Pare-Pare"
Dulu waktu kuliah di Makassar, hampir semua baju aku dari cakar 😅 sekarang baru sadar betapa besar skala penyelundupannya. Tetep sedih sih liat pedagang kecilnya, tapi ya memang harus ada penertiban."""),

("article", "hn_report_customs_release_long", 0, 1, 1, 1, """SIARAN PERS NOMOR SP-xx/BC/2025 (ringkasan)
Bea Cukai Gagalkan Pemasukan Pakaian Bekas di Tiga Lokasi
Direktorat Jenderal Bea dan Cukai melalui operasi terpadu di wilayah Sumatra dan Kalimantan berhasil menindak pemasukan pakaian bekas ilegal di tiga lokasi berbeda sepanjang bulan ini.
Pertama, di perairan Bagansiapiapi, petugas menghentikan kapal kayu bermuatan 210 bal pakaian bekas dari Malaysia. Kedua, di Jalan Lintas Timur, Jambi, tim menahan truk berisi 96 karung pakaian dan sepatu bekas. Ketiga, di Sanggau, Kalimantan Barat, petugas mengamankan 44 koli tas bekas yang dibawa dari Sarawak.
Total barang bukti diperkirakan bernilai Rp 2,3 miliar.
Bea Cukai menegaskan, pakaian bekas merupakan barang yang dilarang diimpor berdasarkan Permendag 18/2021 jo. Permendag 40/2022, dan pelaku dapat dijerat Pasal 102 UU Kepabeanan.
Masyarakat diimbau melaporkan informasi terkait penyelundupan melalui kanal pengaduan resmi Bea Cukai."""),

("post", "viral_news_bait_offer", 1, 1, 1, 1, """Yang kemarin liat berita thrifting Senen di TV, kalian liat tumpukan jaket kuning di belakang reporter? 👀 Itu kios kita wkwk
Jaket-jaket itu dari bal Jepang yang baru buka, sekarang sisa 30-an. 75rb aja, bisa COD Jakarta Pusat.
DM IG @senen.jacket.corner atau WA 0895xxxx ya!"""),

("article", "hn_encyclopedia_history", 0, 1, 1, 1, """Awul-awul
Awul-awul adalah istilah dalam bahasa Jawa dan Bali untuk pakaian bekas yang dijual dalam tumpukan, sehingga pembeli harus "mengawul" atau mengaduk-aduk untuk menemukan barang yang diinginkan.
Di Jawa Timur dan Bali, barang awul-awul umumnya berasal dari karung-karung pakaian bekas impor yang masuk melalui pelabuhan di Sumatra dan Kalimantan sebelum dikirim ke Jawa.
Pasar awul-awul yang dikenal antara lain di Sidoarjo, Malang, Yogyakarta, dan Denpasar."""),

("article", "hn_new_garment_industry", 0, 0, 1, 0, """Asosiasi Pertekstilan Indonesia mencatat 15 pabrik tekstil dan garmen di Jawa Barat mengurangi shift produksi dalam enam bulan terakhir.
Ketua asosiasi menyebut membanjirnya produk impor murah, baik legal maupun ilegal, sebagai salah satu penyebab.
Asosiasi meminta pemerintah memperketat pengawasan dan memberi insentif bagi produsen lokal."""),

("post", "shop_press_release_bale", 1, 1, 1, 1, """PRESS RELEASE — Bale & Co. Thrift Supply
Jakarta, Senin. Bale & Co. resmi membuka cabang gudang kedua di Tangerang untuk melayani permintaan bal impor yang terus meningkat dari reseller Jabodetabek.
Gudang baru ini menyimpan hingga 500 bal asal Jepang, Korea, dan Taiwan.
"Kami hadir sebagai solusi pasokan terpercaya," ujar CEO, Felix Santoso.
Kunjungan dan pemesanan: 0812xxxx, jam operasional 08.00–17.00."""),

("comment", "hn_news_comment", 0, 1, 1, 1, """Komentar netizen di artikel tentang Pasar Kodim Pekanbaru:
"Dulu tiap mudik ke Pekanbaru pasti mampir Kodim cari jaket lelong. Sekarang katanya udah sepi, banyak kios tutup. Berita ini bikin nostalgia sekaligus sedih. Semoga pedagangnya bisa bangkit dengan usaha lain," tulis seorang pembaca."""),

("article", "hn_podcast_summary", 0, 1, 1, 1, """Catatan Siniar "Kabar Pesisir" Episode 12: Hidup di Jalur Karung
Dalam episode ini, kami berbincang dengan mantan ABK kapal pengangkut balpres dari Port Klang ke Tanjungbalai. Ia bercerita tentang pelayaran malam tanpa lampu, upah yang tak sebanding, dan bagaimana ia akhirnya ditangkap.
Kami juga mengundang peneliti maritim yang menjelaskan mengapa garis pantai timur Sumatra sulit diawasi.
Episode tersedia di semua platform siniar."""),

("post", "news_share_catalog_offer", 1, 1, 1, 1, """Share berita: "Kemendag Minta Marketplace Turunkan Iklan Thrift Impor" 😬
Biar nggak kena take down, mulai sekarang katalog lengkap bal Jepang & Korea kami pindah ke grup WhatsApp ya.
Join grup lewat admin: 0815xxxx. Update stok tiap Senin & Kamis, harga eceran 30–90rb, grosir per bal tanya admin."""),

("article", "hn_report_market_visit", 0, 1, 1, 1, """Di Kota Tarakan, pasar pakaian bekas di kawasan Gusher menjadi tujuan warga yang mencari jaket dan sepatu bermerek dengan harga miring. Pedagang menyebut barang-barangnya didatangkan dari Tawau, Malaysia.
Sepatu olahraga bekas dibanderol Rp 150–400 ribu, sementara kemeja dijual Rp 25 ribu.
"Pembeli dari Bulungan sama Malinau juga banyak," ujar Yusuf (44), pedagang sepatu.
Ia mengaku tahu barang itu dilarang, tetapi menyebut tidak ada pilihan usaha lain di kotanya."""),

("post", "hn_legal_preloved_own_wardrobe", 1, 1, 1, 0, """Habis baca berita soal larangan thrift impor, aku jadi kepikiran jual baju-baju preloved aku sendiri aja daripada numpuk 😅
Kebanyakan beli di Matahari & Uniqlo, dipakai 1–3 kali. Ada 15 item, 30–80rb.
Bukan barang bal, semuanya dari lemari pribadi. Cek foto di story, DM kalau minat!"""),
("post", "podcast_promo_offer", 1, 1, 1, 1, """🎙️ Episode baru podcast "Cuan dari Bal" sudah tayang! Kali ini kami bahas berita larangan impor pakaian bekas dan kenapa pasar thrift tetap jalan.
Sambil dengerin, jangan lupa mampir ke toko kami: bal Jepang grade A ready 5,6jt, eceran kemeja & outer mulai 40rb di Jl. Kaliurang km 7.
Order & tanya stok: WA 0818xxxx. Pendengar podcast dapat potongan 50rb per bal!"""),
]
