# Batch 3: blog paragraphs, short news, reviews - written by hand
B3 = [
("article", "hn_news_short", (0, 1, 1, 1), """Petugas Bea Cukai Kepulauan Riau mengamankan 312 bal pakaian bekas asal Malaysia dari sebuah kapal motor di perairan Tanjungbalai Karimun, Selasa malam.
Muatan itu rencananya dibawa ke gudang di Tembilahan sebelum dipasarkan ke Pekanbaru dan Jambi.
Nakhoda dan dua anak buah kapal kini diperiksa. Seluruh barang bukti akan dimusnahkan sesuai aturan larangan impor pakaian bekas."""),

("article", "hn_blog_student", (0, 1, 1, 1), """Kenapa anak muda suka "ngawul"? Dari obrolan saya dengan teman-teman kampus, jawabannya hampir selalu sama: murah, unik, dan ada sensasi berburu.
Baju di mall itu seragam, sedangkan di tumpukan baju bekas impor kamu bisa menemukan jaket yang cuma ada satu di kota ini.
Tapi jarang ada yang bertanya dari mana tumpukan itu datang, siapa yang membuangnya, dan berapa banyak yang akhirnya jadi sampah di sini."""),

("article", "hn_news_trader_impact", (0, 1, 1, 1), """Pedagang pakaian bekas di Pasar Cimol Gedebage, Bandung, mengaku penjualan merosot sejak pengawasan impor diperketat.
Asep (46), yang sudah berjualan sejak 2004, menyebut dahulu ia bisa membuka tiga bal per minggu. "Sekarang satu bal saja harus nunggu dua minggu, harganya juga naik," katanya.
Ia berharap pemerintah menyediakan masa transisi dan pelatihan bagi pedagang yang ingin beralih ke produk lokal."""),

("article", "hn_blog_history", (0, 1, 1, 1), """Di Makassar, pakaian bekas impor disebut "cakar", singkatan dari cap karung. Namanya lahir dari cara barang itu datang: dipadatkan dalam karung, dibongkar di lapak, lalu diaduk pembeli.
Pasar Toddopuli dan Pasar Terong pernah jadi pusatnya. Pembelinya lintas kelas, dari buruh pelabuhan sampai pegawai kantoran.
Tulisan ini bukan ajakan berbelanja, melainkan catatan tentang bagaimana sebuah kota membangun kosakata untuk barang yang datang dari seberang laut."""),

("article", "hn_news_regulation", (0, 1, 1, 1), """Kementerian Perdagangan kembali menegaskan bahwa pakaian bekas termasuk barang yang dilarang diimpor berdasarkan Permendag Nomor 18 Tahun 2021 sebagaimana diubah Permendag Nomor 40 Tahun 2022.
Pemerintah juga meminta platform e-commerce menurunkan iklan yang menawarkan balpres atau pakaian bekas impor.
Sementara itu, penjualan pakaian preloved milik pribadi di dalam negeri tidak termasuk dalam larangan tersebut."""),

("article", "hn_blog_hygiene", (0, 1, 1, 1), """Beberapa tahun lalu, uji laboratorium terhadap sampel pakaian bekas impor menemukan jamur kapang dan bakteri seperti Staphylococcus aureus.
Bagi pembeli, risikonya bukan sesuatu yang dramatis, tapi juga tidak bisa diabaikan: iritasi kulit, gatal, hingga infeksi ringan.
Dokter kulit yang saya wawancarai menyarankan dua hal sederhana: cuci dengan air panas dan jangan pernah memakai pakaian dalam bekas."""),

("article", "hn_blog_charity", (1, 1, 1, 0), """Minggu lalu komunitas kami menggelar Pasar Baju Berbagi di halaman gereja.
Semua pakaian berasal dari sumbangan jemaat dan warga sekitar, disortir ibu-ibu PKK selama dua minggu, lalu dijual 3.000 sampai 15.000 rupiah.
Hasilnya, Rp 8,4 juta terkumpul untuk biaya sekolah anak-anak nelayan di pesisir Kupang. Bazar berikutnya kami rencanakan bulan Desember, semoga makin banyak yang datang."""),

("article", "hn_news_entikong", (0, 1, 1, 1), """Aparat gabungan di Pos Lintas Batas Negara Entikong menggagalkan penyelundupan 90 karung pakaian bekas dari Sarawak.
Barang disembunyikan di bawah tumpukan sayur dalam truk boks. Sopir mengaku hanya dibayar untuk mengantar ke Pontianak dan tidak mengetahui pemiliknya.
Kasus ini menambah daftar panjang penyelundupan pakaian bekas lewat jalur darat Kalimantan Barat."""),

("article", "hn_blog_fast_fashion", (0, 1, 1, 1), """Ada paradoks menarik: kita menolak fast fashion, lalu beralih ke thrift yang sebenarnya adalah ekor dari fast fashion negara lain.
Bal-bal yang tiba di Batam dan Belawan berisi baju yang dibeli, dipakai sebentar, lalu dibuang oleh konsumen di Korea, Jepang, dan Amerika.
Artinya, thrifting impor bukan solusi, melainkan pemindahan masalah. Solusi sebenarnya ada di lemari kita sendiri: beli lebih sedikit, rawat lebih lama."""),

("article", "hn_news_local_industry", (0, 0, 1, 0), """Asosiasi Pertekstilan Indonesia mencatat utilisasi pabrik garmen skala kecil di Jawa Barat naik tipis pada kuartal ketiga.
Sejumlah konveksi di Majalaya mengaku mendapat pesanan kaos dan kemeja dari pedagang pasar yang beralih ke produk lokal.
Meski begitu, pelaku usaha menilai harga bahan baku yang tinggi masih menjadi hambatan utama."""),

("article", "hn_blog_upcycle", (0, 1, 1, 0), """Workshop rework kami di Yogyakarta berangkat dari satu pertanyaan: bagaimana kalau baju lama di lemari warga bisa hidup lagi?
Peserta membawa pakaian bekas milik sendiri, lalu belajar menambal, menyulam, dan memotong ulang jadi barang baru.
Tidak ada bahan impor di sini. Semua dari rumah peserta, dan hasilnya dibawa pulang sendiri."""),

("article", "hn_blog_trader_interview", (0, 1, 1, 1), """Pak Harun sudah 22 tahun menjual pakaian monza di Pajak Sambu, Medan. Ia masih ingat masa ketika kapal dari Port Klang datang dua kali seminggu.
"Dulu anak-anak saya sekolah dari sini semua," katanya sambil menunjuk lapak kayunya yang kini separuh kosong.
Ia tidak menolak aturan, tapi meminta satu hal: "Kasih kami waktu dan modal untuk ganti barang. Jangan langsung diputus.\""""),

("article", "hn_news_ecommerce_takedown", (0, 1, 1, 1), """Sebanyak 1.200 tautan penjualan pakaian bekas impor diturunkan dari sejumlah marketplace sepanjang bulan lalu.
Kata kunci yang paling banyak ditemukan antara lain "balpres", "bal Korea", "karung Jepang", dan "thrift import".
Pemerintah mengimbau penjual beralih ke produk dalam negeri dan mengingatkan konsumen bahwa membeli barang dari jalur ilegal ikut memperpanjang rantai penyelundupan."""),

("article", "hn_blog_personal_essay", (0, 1, 1, 1), """Ibu saya tidak pernah menyebutnya thrifting. Baginya, itu cuma "ke rombengan", kegiatan hari Minggu selain ke pasar ikan.
Di Surabaya tahun 2000-an, baju bekas dari luar negeri adalah cara keluarga kami terlihat layak saat lebaran.
Sekarang saya membaca perdebatan soal larangannya di media sosial, dan saya paham kedua sisi: industri lokal yang tercekik, dan keluarga seperti kami dulu yang tidak punya pilihan lain."""),

("article", "hn_news_destruction", (0, 1, 1, 1), """Kantor Wilayah DJBC Sumatera Utara memusnahkan 1.580 bal pakaian bekas hasil penindakan di Pelabuhan Belawan dan Tanjungbalai Asahan.
Nilai barang diperkirakan mencapai Rp 9 miliar. Pemusnahan dilakukan dengan cara dibakar di lokasi yang ditentukan.
Kepala kanwil menyebut sebagian besar muatan berasal dari Malaysia dan dibawa menggunakan kapal kayu tanpa dokumen."""),

("article", "hn_blog_forum_faq", (0, 1, 1, 0), """FAQ forum kami soal jual-beli preloved:
1. Boleh jual baju bekas milik pribadi? Boleh, asal barang dibeli di dalam negeri dan kondisinya dijelaskan jujur.
2. Boleh titip jual punya teman? Boleh, sebutkan bahwa itu titipan.
3. Boleh posting "bal" atau "karung" impor? Tidak. Postingan seperti itu akan dihapus moderator tanpa peringatan."""),

("article", "advertorial_blog_shop", (1, 1, 1, 1), """Buat kamu yang di Bekasi dan pengen ngawul tanpa harus ke Senen, coba mampir ke Gudang Tumpuk di Jl. Cut Mutia.
Mereka buka bal Jepang dan Korea tiap Rabu dan Sabtu, jaket dan hoodie mulai 35 ribuan, ada juga paket per kilo buat reseller.
Parkir luas, ada kipas angin, dan admin WA-nya fast respon di 0812xxxx. Recommended banget sih!"""),

("article", "hn_news_used_tires", (0, 1, 0, 1), """Selain pakaian, Bea Cukai Batam juga menindak impor ban bekas asal Singapura yang akan dijual ke bengkel-bengkel di Kepri.
Sebanyak 2.400 ban vulkanisir dan ban bekas disita dari dua gudang di Sekupang.
Ban bekas juga termasuk barang yang dilarang impor karena dianggap membahayakan keselamatan pengguna jalan."""),

("article", "hn_blog_tips_thrift_shopping", (0, 1, 1, 1), """Lima hal yang saya pelajari setelah tiga tahun ngawul di Pasar Senen:
pertama, datang pagi karena bal baru biasanya dibongkar sebelum siang. Kedua, periksa ketiak dan kerah. Ketiga, jangan malu menawar.
Keempat, bawa tas sendiri. Kelima, dan ini yang paling penting, sadari bahwa barang yang kamu beli masuk lewat jalur yang dilarang. Pilihan ada di tanganmu."""),

("article", "hn_news_sekaten", (0, 1, 1, 1), """Lapak awul-awul yang biasanya mendominasi Pasar Malam Sekaten tahun ini jauh berkurang.
Panitia menyebut hanya empat stan pakaian bekas yang mendaftar, dibanding puluhan stan pada tahun-tahun sebelumnya.
Pengunjung yang datang khusus untuk ngawul mengaku kecewa, sementara pedagang mengaku kesulitan mendapat kiriman barang dari Batam."""),

# reviews
("review", "hn_review_no_seller", (0, 1, 1, 1), """⭐⭐⭐⭐ Jaket denim ex Jepang yang aku beli di pasar loak kemarin ternyata bagus banget.
Jahitan rapi, cuma ada noda kecil di saku yang hilang setelah dicuci dua kali.
Minus satu bintang karena bau karungnya lumayan nempel. Worth it buat harga 60 ribu."""),

("review", "hn_review_complaint", (0, 1, 1, 1), """Bintang 1. Beli paket "thrift Korea 5 pcs" di marketplace, yang datang 3 kaos bolong, 1 celana ada noda cat, 1 kemeja bau apek parah.
Penjualnya udah gak bisa dihubungi dan tokonya hilang.
Pelajaran buat aku: jangan tergiur paket misteri baju bekas impor, selain ilegal ya rugi sendiri."""),

("review", "review_shop_recommend", (1, 1, 1, 1), """⭐⭐⭐⭐⭐ Toko @preloved.kobe langganan aku dari tahun lalu!
Semua barangnya dari bal Jepang yg disortir ulang, jadi kondisinya bagus2. Kemarin dapet coat wol 120rb, mulus.
Kalian wajib follow dan pantengin live-nya, suka ada flash sale 20rb jam 9 malem."""),

("review", "hn_review_new_product", (0, 0, 1, 0), """⭐⭐⭐⭐⭐ Kemeja flanel lokal ini beneran bagus, bahannya tebal kayak flanel-flanel yang dulu aku cari di tumpukan baju bekas.
Bedanya ini baru, wangi, dan gak perlu direndem tiga kali.
Ukurannya pas, jahitan rapi. Seneng bisa dukung produk dalam negeri."""),

("review", "hn_review_market_place", (0, 1, 1, 1), """Ulasan Google Maps untuk Pasar Baru Pakaian Bekas Kebon Kalapa: ⭐⭐⭐
Pilihan banyak, dari jaket gunung sampai kemeja kantor, harganya masih masuk akal.
Tapi lorongnya sempit, panas, dan banyak kios tutup sekarang. Parkir motor juga berantakan. Cocok buat yang sabar ngubek."""),

("review", "hn_review_used_book", (0, 1, 0, 0), """⭐⭐⭐⭐ Beli novel bekas di lapak Kwitang, kondisinya 80%, ada coretan nama pemilik lama di halaman depan.
Harganya cuma 25 ribu untuk buku yang di toko 110 ribu.
Kertasnya agak kuning tapi masih enak dibaca. Bakal balik lagi buat cari seri lanjutannya."""),

("review", "hn_review_preloved_personal", (0, 1, 1, 0), """Review jujur: beli tas preloved dari kakak tingkat di kampus, tasnya dia beli sendiri di Surabaya 2 tahun lalu.
Kondisi 85%, resleting lancar, cuma tali bahunya agak pudar.
Harganya 150 ribu, jauh di bawah harga baru. Puas, dan senang karena tau persis riwayat barangnya."""),

("review", "hn_review_sepatu", (0, 1, 1, 1), """⭐⭐ Sepatu boots bekas yang aku dapet dari lapak cakar ternyata solnya getas, baru dipake jalan 2 hari udah retak.
Dari luar kelihatan mulus, di dalamnya lembab dan jamuran.
Buat yang mau beli sepatu bekas impor, tekuk dulu solnya dan cium bagian dalamnya. Serius."""),

("review", "hn_review_laundry", (0, 1, 1, 1), """Laundry Bu Yati di Kaliurang ⭐⭐⭐⭐⭐
Aku kirim 8 potong hasil ngawul yang baunya gak ketulungan, dicuci khusus pakai air panas dan disetrika uap.
Pulang-pulang wangi dan gak ada bau karung lagi. Harga per kilo 9rb, ada biaya tambahan 5rb buat "treatment baju awul". Mantap."""),

("review", "review_live_seller", (1, 1, 1, 1), """⭐⭐⭐⭐⭐ Pertama kali checkout di live @karungan.sby dan puas banget!
Sweater ex Korea 45rb, kondisi 95%, dikirim cepet pake bubble wrap.
Adminnya juga jujur nyebutin minus. Besok ada live bongkar bal lagi katanya jam 7, cus ikutan!"""),

("review", "hn_review_motor", (0, 1, 0, 0), """Review motor bekas dari showroom di Cikarang: Beat 2019, mesin halus, surat lengkap.
Cuma ban belakang udah tipis dan lampu sein kiri mati. Total habis 400 ribu buat perbaikan.
Overall oke, tapi lain kali mau bawa montir sendiri pas ngecek."""),

("review", "hn_review_hotel_batam", (0, 0, 0, 0), """⭐⭐⭐⭐ Hotel dekat Pelabuhan Batam Centre, cocok buat transit ke Singapura.
Kamar bersih, sarapan lumayan, staf ramah. Jalan kaki 5 menit ke terminal feri.
Kekurangannya: AC agak berisik dan wifi putus-putus. Tapi untuk harga 350 ribu semalam, worth it."""),

("review", "hn_review_jacket_long", (0, 1, 1, 1), """Udah 4 tahun aku pake parka army ini, hasil ngubek tumpukan lelong di Pasar Kodim.
Harganya waktu itu 70 ribu, sekarang mungkin udah lebih mahal karena barang susah.
Resletingnya pernah ganti sekali di tukang jahit depan gang, sisanya masih awet. Buat aku ini pembelian paling berharga yang pernah aku lakukan."""),

("review", "hn_review_kids", (0, 1, 1, 1), """⭐⭐⭐ Beli baju anak bekas impor di pasar tumpah dekat rumah, 5 potong 50 ribu.
Motifnya lucu-lucu, tulisan Jepang semua. Tapi dua potong ada noda kuning di leher yang gak hilang.
Buat anak aku cuci dua kali pakai air panas dulu, baru dipakai. Lumayan buat baju main."""),

("review", "hn_review_event", (0, 1, 1, 0), """Ikut event "Tukar Baju Yuk" di taman kota Solo kemarin, seru banget!
Bawa 5 baju preloved sendiri, pulang bawa 4 baju orang lain. Gak ada transaksi uang sama sekali.
Panitianya rapi, ada pojok jahit gratis buat benerin kancing. Semoga rutin tiap bulan ⭐⭐⭐⭐⭐"""),

("review", "hn_review_online_new", (0, 0, 1, 0), """⭐ Katanya "thrift style oversized", ternyata kaosnya tipis banget dan sablonnya langsung pecah setelah sekali cuci.
Ini barang baru ya, bukan bekas, jadi harusnya kualitasnya lebih baik.
Kecewa, gak akan order lagi. Foto di katalog beda jauh sama aslinya."""),

("review", "hn_review_roma_manado", (0, 1, 1, 1), """Beli kemeja roma di Pasar Bersehati, ⭐⭐⭐⭐
Kainnya tebal, merek Amerika, harganya cuma 20 ribu setelah tawar-tawaran sama ibu penjualnya.
Agak kedodoran tapi bisa dikecilin. Baunya khas karung tapi hilang setelah direndam semalam."""),

("review", "hn_review_cardigan_negative", (0, 1, 1, 1), """Cardigan rajut dari tumpukan bal di pasar kaget: ⭐⭐
Pas di lapak keliatan bagus, di rumah baru ketahuan ada lubang kecil dimakan ngengat di tiga tempat.
Bisa ditambal sih, tapi ya jadi gak rapi. Next time bakal lebih teliti dan bawa senter hp."""),
]
