# Hand-written one-liners, all label legal (at least one element 0).
# Format per line: kind|category|EEEE|text   (EEEE = offer used clothing abroad)
DATA = r"""
article|news_headline|0111|Bea Cukai Teluk Nibung Gagalkan Penyelundupan 310 Bal Pakaian Bekas dari Port Klang
article|news_headline|0111|Ratusan Karung Balpres Asal Malaysia Dibakar di Halaman Kantor Bea Cukai Nunukan
article|news_headline|0111|Pedagang Monza Tanjungbalai Minta Relaksasi: Kami Tak Punya Pekerjaan Lain
article|news_headline|0111|Harga Bal di Pasar Senen Tembus Rp7 Juta, Pedagang Thrifting Kian Terjepit
article|news_headline|0111|Polda Sumut Amankan 8 Truk Bermuatan Monja di Jalan Lintas Asahan
article|news_headline|0111|Kapal Kayu Bawa 650 Bal Pakaian Bekas Dicegat di Perairan Langkat
article|news_headline|0111|Cakar Bongkar di Timika Masih Beroperasi, Disperindag: Hanya Boleh Habiskan Stok
article|news_headline|0111|Pasar Kodok Tabanan Sepi Usai Razia Pakaian Impor Bekas
article|news_headline|0111|Modus Koper Seragam: Penumpang Feri Batam Centre Dititipi Pakaian Bekas
article|news_headline|0111|Awul-awul Tak Lagi Hadir di Sekaten Tahun Ini, Pengunjung Kecewa
article|news_headline|0111|Jalan Tikus Sebatik Jadi Jalur Masuk Rombengan Tawau, Kata Kapolres
article|news_headline|0111|Pedagang Cakar Pasar Terong: Dari Sini Kami Kuliahkan Anak
article|news_headline|0111|Bea Cukai Entikong Musnahkan 500 Bale Pakaian Bekas dari Empat Kontainer
article|news_headline|0111|Gudang Balpres di Cakung Digerebek, 1.200 Karung Disegel
article|news_headline|0111|Survei: Separuh Pembeli Thrift Tak Tahu Impor Pakaian Bekas Dilarang
article|news_headline|0111|Karang Sukun Mataram Tetap Ramai Jelang Lebaran Meski Ada Larangan
article|news_headline|0111|Dumai Catat 18 Kali Penindakan Balpres Sepanjang Tahun
article|news_headline|0111|Cerita Kuli Panggul Sunda Kelapa yang Tak Lagi Mengangkut Karung Pakaian Bekas
article|news_headline|0011|Bea Cukai Sita 40 Koli Pakaian Baru Impor Tanpa Dokumen di Tanjung Priok
article|news_headline|0101|Mobil Bekas Impor Jepang Boleh Masuk untuk Keperluan Tertentu, Ini Syaratnya
article|news_headline|0111|Pakaian Bekas Impor Ditemukan Mengandung Jamur, Kemendag Imbau Warga Waspada
article|news_headline|0111|Ipabas Tanjungbalai Surati Presiden Soal Nasib Seribu Pedagang Pakaian Bekas
article|official_statement|0111|Kemendag: Pakaian bekas masuk daftar barang dilarang impor sesuai Permendag 40/2022.
article|official_statement|0111|Imbauan Bea Cukai: Jangan terima titipan koper berisi pakaian bekas dari penumpang lain.
post|official_statement|0111|Disperindag mengimbau pedagang cakar tidak mendatangkan stok baru dari luar negeri.
post|official_statement|0111|Polres Nunukan: laporkan gudang penyimpanan ballpres ilegal ke nomor pengaduan kami.
article|official_statement|0111|KPPBC Dumai: barang hasil penindakan berupa balpres telah ditetapkan menjadi milik negara.
post|official_statement|0111|Satgas impor ilegal menerima aduan soal penjualan bal via media sosial, silakan kirim tautan.
article|official_statement|0111|Menteri: yang dilarang adalah impor pakaian bekas, bukan jual beli pakaian bekas milik sendiri.
post|platform_guideline|0111|Panduan seller: listing yang mengandung kata bal, balpres, karungan, atau ex-import akan ditinjau.
post|platform_guideline|0111|Dilarang: pakaian bekas impor (termasuk sebutan monza, cakar, RB, awul-awul). Boleh: preloved milik pribadi.
post|platform_guideline|0111|Contoh judul yang melanggar: "kemeja second korea bal". Contoh yang aman: "kemeja baru motif kotak".
post|platform_guideline|0111|Tim moderasi: varian ejaan seperti b4l, ballpr3ss, th.rift tetap dianggap kata terlarang.
post|platform_guideline|0111|Kebijakan live: menampilkan pembukaan karung/bal pakaian bekas impor dapat menyebabkan sanksi.
post|platform_guideline|0111|FAQ penjual: Apakah 'sortiran bal' boleh? Tidak. Barang asal bal impor tetap dilarang.
post|platform_guideline|0111|Kata kunci pemicu tinjauan: bundle import, eks Jepang, goni korea, kiloan impor, pecah bal.
post|complaint_report|0111|Lapor min, akun @gudangbal_xx jual karungan korea terang-terangan di live, mohon ditindak
comment|complaint_report|0111|kok akun yg jual "bal jepang isi 300" ini masih dibiarkan? udah aku report 3x
post|complaint_report|0111|Kena tipu seller bal, katanya grade A isinya kaos robek semua. Jangan beli di @bal.murahbgt
review|complaint_report|0111|Bintang 1. Jaket katanya "seken korea mulus" ternyata bau apek dan sobek. Tidak rekomen.
post|complaint_report|0111|Thread: kumpulan akun yang masih jual ballpress padahal dilarang, tolong bantu report 🧵
comment|complaint_report|0111|udh aku laporin ke Bea Cukai lewat web, dia nulis 'kiriman tawau tiap jumat' di bio
post|complaint_report|0111|Seller bilang "karungan taiwan aman, bukan bekas" eh ternyata bekas semua. Refund ditolak.
comment|complaint_report|0111|min tolong cek, seller ini pake kata 'cabo' biar gak ketahuan filter
post|buyer_question|0111|Ada yg tau sekarang beli cakar di Makassar masih di Terong atau pindah? nanya aja
comment|buyer_question|0111|kak ini barang bal ya? aku cari yang baru aja soalnya
post|buyer_question|0111|Bener gak sih balpres bisa bikin gatal? ada yg pernah ngalamin?
post|buyer_question|0111|Nanya dong, monza itu artinya apa sih? temen Medan sering bilang
comment|buyer_question|0111|ini dicuci dulu gak sih kalau dari karung? takut jamur
post|buyer_question|0111|Kalau beli jaket di Pasar Senen terus dipakai sendiri, melanggar hukum gak ya?
post|buyer_question|0111|Bedanya RB sama cakar apa? aku orang Jawa bingung
post|opinion_post|0111|Jujur aku dukung larangan bal, tapi pedagang kecil di Nunukan harus dikasih jalan keluar
post|opinion_post|0111|Thrifting boleh, tapi kalau dari bal impor ya kasian konveksi lokal. Beli preloved lokal aja
post|opinion_post|0111|Yang bikin ramai itu konten pecah bal di TikTok, dulu pedagang Senen adem ayem
post|opinion_post|0111|Orang Medan dari dulu pakai monza, kenapa baru sekarang ribut? opini pribadi ya
post|opinion_post|0111|Hot take: "hidden gems" itu cuma marketing buat barang karungan
post|opinion_post|0111|Gue lebih milih beli baju lokal baru daripada ngubek karung korea, sorry not sorry
article|history_explainer|0111|Cakar adalah singkatan 'cap karung', sebutan di Sulsel untuk pakaian bekas impor yang datang dalam karung.
article|history_explainer|0111|Monza berasal dari 'Mongonsidi Plaza', nama jalan di Medan yang dulu jadi pusat pakaian bekas impor.
article|history_explainer|0111|Di Nunukan orang menyebut pakaian bekas dari Tawau sebagai 'Roma', singkatan rombengan Malaysia.
article|history_explainer|0111|Istilah 'balan pendek' dipakai pedagang Senen untuk bal berisi sekitar 200 helai.
article|history_explainer|0111|Awul-awul berasal dari kata Jawa 'ngawul', mengaduk tumpukan pakaian untuk mencari yang cocok.
article|history_explainer|0111|Di Jayapura pakaian bekas disebut cabo atau cakbor, kependekan dari cakar bongkar.
post|quiz_tutorial|0111|Kuis: Kota mana yang dikenal sebagai pintu masuk cakar ke Sulsel? a) Parepare b) Bone c) Palopo
post|quiz_tutorial|0111|Tebak istilah: 'RB' di Ternate dan Sikka itu singkatan dari apa? Jawab di kolom komentar!
post|quiz_tutorial|0111|Tips mengenali baju bal: lihat label ukuran Asia, tag hangul, bau kapur barus. Biar gak ketipu seller.
post|quiz_tutorial|0111|Cara cek apakah seller jual barang karungan: tanya asal barang, minta nota pabrik, cek konsistensi stok.
post|travel_caption|0111|Mampir ke pasar rombengan Tawau pas transit, rame banget, cuma liat-liat doang 😅
post|travel_caption|0111|Jalan pagi ke Pasar Jodoh Batam, lapak pakaian bekas buka dari subuh, suasananya unik
post|travel_caption|0111|Day 3 Makassar: diajak temen keliling Pasar Terong, surganya cakar katanya, aku cuma foto2
post|travel_caption|0111|Nonton orang ngawul di Sekaten, baju numpuk kayak gunung. Pengalaman yang lucu!
post|travel_caption|0111|Jalan-jalan ke Serikin pas ke Kuching, lihat pasar perbatasan, gak beli apa2 sih
post|travel_caption|0111|Karang Sukun Mataram rame banget jelang lebaran, parkir susah, balik aja deh 😂
listing|new_thrift_style|1010|Kemeja flanel motif kotak VINTAGE LOOK - BARU, produksi konveksi Bandung, S-XXL
listing|new_thrift_style|1010|Jaket Denim Washed Thrift Style 100% BARU jahitan sendiri, bukan barang bekas
listing|new_thrift_style|1010|Kaos Oversize Boxy "Thrift Vibes" Cotton Combed 24s NEW Made in Indonesia
post|new_thrift_style|1010|Koleksi baru kami terinspirasi gaya thrift 90an, tapi semua BARU dari penjahit Solo 🧵
listing|new_thrift_style|1010|Sweater Rajut Retro Korean Style BARU, rajutan lokal Bandung, tag lengkap
listing|new_thrift_style|1010|Celana Cargo Y2K Thrift Look BNWT, produksi sendiri, size run 27-36
listing|new_thrift_style|1010|Kemeja Corduroy Vintage Japan Style - NEW, bukan bal/bukan seken
post|new_thrift_style|1010|Distro kami jual kaos efek pudar biar kayak seken, padahal baru semua hehe. Cek katalog!
listing|new_thrift_style|1010|HOODIE WASHED FADED LOOK BARU - LOKAL PRIDE - BUKAN IMPOR BEKAS
listing|new_thrift_style|1010|Blus Motif Bunga Ala Thrift Jepang, baru, jahit konveksi Pekalongan
listing|new_imported_clothes|1011|Kaos Polos Import Korea BARU BNWT Dongdaemun, isi 3 pcs, ready all size
listing|new_imported_clothes|1011|Jaket Uniqlo Original Jepang NEW with tag, jastip Tokyo, nota tersedia
listing|new_imported_clothes|1011|Dress Import Bangkok Pratunam Baru, bahan rayon, ready 5 warna
post|new_imported_clothes|1011|PO jastip Seoul batch 4: cardigan & knitwear BARU dari Dongdaemun, close Kamis
listing|new_imported_clothes|1011|Celana Chino Import China Baru Grosir Min 12 pcs, impor resmi berdokumen
listing|new_imported_clothes|1011|Sneakers Original Made in Vietnam, NEW in box, garansi keaslian
post|new_imported_clothes|1011|Restock blouse Guangzhou baru, bukan karungan ya kak, full tag & plastik
listing|new_imported_clothes|1011|Jersey Liga Jepang Original BARU (bukan bekas pakai) - import resmi
listing|not_used_disclaimer|1010|Kemeja Kerja Pria BARU, bukan bal, bukan seken, bukan impor - jahit Tanah Abang
comment|not_used_disclaimer|1010|bukan kak, ini baru semua, kami konveksi sendiri di Cimahi, bukan barang karung
comment|not_used_disclaimer|1010|ini bukan monza ya bang, baru gres dari pabrik di Binjai
comment|not_used_disclaimer|1011|barang kami impor resmi & baru kak, bukan cabo, ada invoice kok
listing|not_used_disclaimer|1010|Jaket Parka BARU (BUKAN THRIFT) Produksi Lokal Bogor Waterproof
post|not_used_disclaimer|1010|Banyak yg nanya ini barang bal bukan. BUKAN. Kami produksi sendiri di Majalaya 🙏
listing|own_preloved_local|1110|Preloved pribadi: dress batik beli di Alun-alun Grand Indonesia, dipakai 2x, 150rb
listing|own_preloved_local|1110|Jual baju sendiri, kemeja Erigo beli di Shopee mall, size L, kepake 3x, 80rb
post|own_preloved_local|1110|Beberes lemari! Kemeja & rok kantor aku sendiri, beli di Matahari, 30-60rb. Bukan barang bal ya
listing|own_preloved_local|1110|Preloved milik sendiri, bukan import, hoodie Cottonink size M, 120rb nego
listing|own_preloved_local|1110|Seragam SMA bekas anak saya, beli di koperasi sekolah, masih bagus, 50rb/stel
post|own_preloved_local|1110|Dijual jaket kulit punya ayah (beli di Garut 2015), kondisi 80%, 400rb
listing|own_preloved_local|1110|Kebaya wisuda sekali pakai, jahit di Pasar Baru Bandung, 250rb, bukan barang bal
post|own_preloved_local|1110|Klambi dhewe, dudu barang awul-awul, tuku ning Ramayana Klaten, 40 ewu wae
post|own_preloved_local|1110|Baju abdi nyalira, sanes barang karungan, meser di Pasar Baru, 50 rebu
listing|own_preloved_local|1110|Own preloved, not imported, bought at Zara Plaza Indonesia, worn twice, 200k
listing|own_preloved_local|1110|Gamis bekas pakai sendiri, jahit ke penjahit Tanah Abang, 90rb, kondisi 90%
comment|own_preloved_local|1110|ini baju aku sendiri kak, beli di Sogo Medan, bukan monza hehe
listing|own_preloved_local|1110|Sepatu Compass bekas pakai sendiri, beli di store Bandung, size 42, 280rb
listing|own_preloved_local|1110|Tas Buttonscarves preloved pribadi, ada struk pembelian Pondok Indah Mall, 900rb
listing|bulk_other_goods|1000|Tembakau Temanggung rajangan per bal 40kg, grade B, panen tahun ini, hubungi kami
listing|bulk_other_goods|1000|Tembakau Madura per bal, kualitas super, harga per kg 85rb, min 1 bal
listing|bulk_other_goods|1001|Kapas Impor Australia per bale 227kg untuk pabrik pemintalan, dokumen lengkap
listing|bulk_other_goods|1000|Jerami padi press per bal 25kg, buat pakan sapi, Karawang, antar truk
listing|bulk_other_goods|1100|Kardus bekas per bal 100kg, sortiran dari toko, 2.800/kg, gudang Bekasi
listing|bulk_other_goods|1100|Kertas HVS afval per karung, cocok untuk daur ulang, 1.500/kg
listing|bulk_other_goods|1000|Bawang merah Brebes per karung 50kg grade super, harga pasar hari ini
listing|bulk_other_goods|1000|Kopi robusta Lampung ready 10 karung, grade 4, asalan, per kg 62rb
listing|bulk_other_goods|1010|Majun kain perca sisa konveksi per karung 25kg, bersih, buat lap bengkel
listing|bulk_other_goods|1110|Majun kaos bekas lokal per kg 7rb, sudah dipotong, cocok buat bengkel & pabrik
listing|bulk_other_goods|1100|Botol plastik PET press per bal 300kg, hasil bank sampah Surabaya
listing|bulk_other_goods|1100|Karung goni bekas kopi 100 lembar, 4rb/lembar, buat tanam kentang
listing|bulk_other_goods|1000|Cengkeh Manado per karung, kadar air 12%, grade A, kirim Kudus
listing|bulk_other_goods|1001|Benang katun impor India per bal 45kg, baru, untuk tenun
listing|bulk_other_goods|1000|Kain katun roll 50 yard baru, per kg 60rb, grade A, sisa produksi lokal
listing|bulk_other_goods|1000|Jahe merah per karung 30kg, grade A, dari Bengkulu, siap kirim
listing|bulk_other_goods|1100|Besi tua per kg 4.500, bekas bongkaran ruko, ambil di Medan Marelan
listing|bulk_other_goods|1000|Rumput laut kering per bal, Nunukan, kualitas ekspor, harga nego
listing|bulk_other_goods|1000|Pinang kering Jambi per karung 50kg grade A, siap muat ke Tanjung Balai
listing|imported_used_nonclothing|1101|Mobil eks Jepang Toyota Alphard 2015 CBU, surat lengkap, pajak hidup
listing|imported_used_nonclothing|1101|Mesin jahit industri bekas eks Jepang Juki, normal, 2,5jt, Bandung
listing|imported_used_nonclothing|1101|Forklift bekas eks Singapura, 3 ton, jam kerja rendah, dokumen impor ada
listing|imported_used_nonclothing|1101|Mesin bubut bekas eks Taiwan, cocok buat bengkel, kondisi siap pakai
post|imported_used_nonclothing|1101|Kereta bekas KRL eks Jepang sudah tiba di Tanjung Priok, akan diremajakan
listing|imported_used_nonclothing|1101|Excavator bekas impor Jepang Komatsu PC200 2012, lengkap form A
listing|imported_used_nonclothing|1101|Genset bekas eks Korea 100kVA, silent, siap kirim Kalimantan
listing|imported_used_nonclothing|1101|Piano bekas Yamaha eks Jepang U1, suara jernih, garansi setem
listing|imported_used_nonclothing|1101|Motor bekas eks Malaysia? Hati-hati, cek dulu surat-suratnya. Ini ada Honda resmi eks Sabah
listing|used_nonclothing|1100|HP second iPhone 12 ex iBox, mulus, batre 85%, fullset
listing|used_nonclothing|1100|Kulkas bekas 2 pintu Sharp, dingin normal, Makassar COD
listing|used_nonclothing|1100|Laptop bekas ThinkPad X280, beli di Mangga Dua, siap pakai
listing|used_nonclothing|1100|Sepeda bekas Polygon, ban baru ganti, Jogja bisa COD
listing|used_nonclothing|1100|Lemari kayu jati bekas, kondisi kokoh, ambil sendiri di Depok
listing|charity_sale|1110|Bazar amal SMP Santa Maria: baju bekas layak pakai sumbangan orang tua murid, 5-20rb
post|charity_sale|1110|Garage sale gereja HKBP: pakaian donasi jemaat, semua hasil untuk renovasi atap
post|charity_sale|1110|Thrift market amal OSIS, baju bekas lungsuran kakak kelas, hasil buat korban banjir
post|charity_sale|1110|Bazar Jumat Berkah masjid: gamis & koko bekas sumbangan jamaah, mulai 10rb
post|charity_sale|1110|Charity thrift sale alumni, all donated preloved from our members, 100% to scholarship
post|donation_drive|0110|Open donasi pakaian layak pakai untuk korban gempa Cianjur, drop point di kantor kelurahan
post|donation_drive|0110|Kami menerima sumbangan baju bekas untuk panti asuhan, dicuci dulu ya sebelum diantar
post|donation_drive|0110|Drop box pakaian bekas di lobby kantor, akan disalurkan ke desa terdampak longsor
post|donation_drive|0110|Gereja kami kumpulkan jaket bekas untuk anak-anak di Wamena, kirim ke sekretariat
post|donation_drive|0110|Sedekah baju lebaran: kumpulkan baju bekas layak pakai, kami antar ke pesantren
post|clothing_swap|0110|Clothing swap di taman kota Minggu ini! Bawa 3 baju lama, tukar 3 baju lain. Gratis
post|clothing_swap|0110|Tukar baju yuk! Acara swap antarwarga RW 05, bukan jualan, cuma tukeran
post|upcycle_service|1110|Jasa upcycle: jeans lamamu kami ubah jadi tote bag, 75rb, kirim ke workshop Jogja
post|upcycle_service|1110|Terima permak & vermak jeans bekas, potong, kecilin, ganti resleting. Pasar Klewer
listing|upcycle_service|1110|Jasa ubah kaos kenangan jadi quilt/selimut, minimal 12 kaos, mulai 350rb
post|upcycle_service|1110|Baju lama jangan dibuang! Kami daur ulang jadi tas & pouch, workshop di Bandung
post|tailoring_service|1010|Terima jahit kemeja & kebaya, bahan dari pelanggan, 2 minggu jadi, Medan Johor
post|tailoring_service|1010|Penjahit panggilan, bisa bikin jaket model thrift Jepang dari bahan baru 😉
post|upcycle_service|1110|Jasa sulam & tambal jaket kesayangan, biar awet dipakai lagi. Antar ke Cikini
listing|sisa_ekspor_local|1010|Sisa ekspor pabrik Semarang, kaos polos baru tanpa label, 15rb/pcs
listing|sisa_ekspor_local|1010|Reject pabrik garmen Cikarang, celana chino baru cacat minor, 35rb
post|sisa_ekspor_local|1010|Factory outlet Bandung: overrun ekspor baru, bukan seken, diskon 50%
listing|sisa_ekspor_local|1010|Kemeja sisa ekspor Boyolali, BARU, ada salah jahit sedikit, 40rb
listing|other_meaning|1000|Cakar ayam bumbu kecap, 1 porsi 15rb, ready tiap sore di Pasar Terong
listing|other_meaning|1000|Cakar ayam segar per kg 28rb, bersih, cocok untuk kaldu, Makassar
post|other_meaning|0000|Monza Circuit kembali menggelar F1 Grand Prix Italia akhir pekan ini
post|other_meaning|1000|Jual bal sepak bola Mikasa baru, size 5, 150rb, Medan
listing|other_meaning|1000|Bola voli Molten BARU, bal resmi turnamen, 450rb
post|other_meaning|1000|Lelong ikan di TPI Sibolga pagi ini, tongkol & tuna, harga bagus
post|other_meaning|0000|Kucing oren saya namanya Cakar, hobinya nyakar sofa 🙃
post|other_meaning|1000|Ayam geprek + cakar pedas, paket hemat 20rb, Tamalanrea
post|other_meaning|0000|Hyundai Monza? Bukan, yang bener Chevrolet Monza, mobil klasik 70an
post|other_meaning|0000|Grade A di rapor anakku akhirnya keluar juga, bangga bgt
post|other_meaning|1000|Karung beras 25kg Pandan Wangi, harga grosir, antar area Cianjur
post|other_meaning|0000|Main bal-balan neng lapangan desa sore iki, sopo melu?
post|other_meaning|0000|Di Sarawak 'lelong' artinya lelang, misalnya lelong kereta itu lelang mobil, bukan baju
review|buyer_review_new|1010|Bintang 5! Kemeja flanelnya baru, jahitan rapi, vibes thrift tapi wangi toko. Recommended
review|buyer_review_new|1010|Beli jaket denim "thrift look" di sini, barangnya BARU dan tebal. Seller fast respon
review|buyer_review_new|1011|Kaos import Korea baru, tag masih ada, ukuran pas. Order lagi pasti
review|buyer_review_new|1010|Kirain barang karung, ternyata baru semua, lokal Bandung. Keren banget kak
review|buyer_review_new|1011|Jaket Uniqlo jastip Jepang ori dan baru, nota ada. Seller amanah
review|buyer_review_new|1010|Celana cargo y2k-nya mirip barang seken tapi baru, bahannya enak. 5 bintang
review|seller_review_used_local|1110|Beli preloved pribadi kakaknya, dress bekas pakai tapi bersih, sesuai deskripsi. Thanks
comment|buyer_question|0111|kak ini kiloan impor? kalau iya gak jadi deh, takut kena razia
comment|buyer_question|0111|bang beneran dari Tawau? tanya doang, buat tugas kuliah
post|research_note|0111|Skripsi saya tentang pedagang cakar di Parepare, butuh responden pedagang. Bukan jualan ya
post|research_note|0111|Dataset: harga bal di 5 pasar (Senen, Gedebage, Melati, Terong, Karang Sukun) 2019-2023
article|news_quote|0111|"Satu bal isinya 450 sampai 500 helai, dulu Rp5 juta," ujar seorang pedagang di Senen.
article|news_quote|0111|"Barang kami dari Tawau, tiap Jumat datang, Sabtu dibongkar," kata pedagang di Nunukan.
article|news_quote|0111|"Kalau tidak ada cakar, tidak taumi mau jual apa," ujar pedagang Pasar Terong kepada wartawan.
article|news_quote|0111|"Ongkir per bal dari Bali Rp60 ribu, dari Jawa Rp100 ribu," tutur pedagang Karang Sukun.
article|news_quote|0111|"Monza bukan perusak UMKM, yang merusak barang baru murah," kata ketua paguyuban pedagang.
post|meme_joke|0111|Orang Medan: "beli di mana bajunya?" Aku: "di monza" Dia: 🤝 (kita sama)
post|meme_joke|0111|Dompet: tipis. Bal korea: dilarang. Aku: pake baju lama aja deh 😭
post|meme_joke|0111|Nenekku dulu bilang baju cakar itu baju 'orang luar', skrg dibilang thrift, sama aja wkwk
post|lost_found|0110|Ketinggalan jaket hitam di angkot jurusan Pasar Senen, ada yang nemu? hubungi saya
post|diy_care|0110|Tips cuci jaket bekas biar gak bau apek: rendam air cuka, jemur di matahari. Buat baju lamaku
post|diy_care|0111|Baru beli jaket cakar buat dipakai sendiri, rendam air panas dulu wajib ga sih?
post|local_secondhand_trade|1110|Tukang rombeng keliling beli baju bekas warga, timbang per kilo, buat dijual ke pengepul majun
post|local_secondhand_trade|1110|Jual seragam PDH bekas pakai kantor sendiri, dinas Pemkot, masih layak 60rb
listing|local_secondhand_trade|1110|Kostum tari bekas sanggar kami, jahit sendiri di Solo, 100rb/set, 10 set
listing|local_secondhand_trade|1110|Baju adat Bali bekas sewa, masih bagus, lokal Denpasar, 75rb
post|moderation_case|0111|Contoh kasus moderasi: "bongkar karung malam ini" + foto goni = pelanggaran. Ditandai.
post|moderation_case|0000|Kasus #221: penjual menulis 'cakar' di judul. Setelah dicek ternyata cakar ayam → aman.
post|moderation_case|0111|Catatan reviewer: 'RB' di bio penjual Kupang merujuk rombengan impor, listing diturunkan.
"""
