from rec import R

# Batch A: x27b0001 - x27b0050, each text written by hand.
RECORDS = [
R(1, "listing", "logistics_units", 1, 1, 1, 1, """
Paket Usaha Jaket Campur 1 Karung Isi ±100 Pcs Grade A Siap Gelar
Isi: jaket parasut, hoodie, windbreaker, merk campur
Kondisi layak pakai, sortiran tangan, minus tipis wajar
Berat karung kurang lebih 45 kg, dikirim kargo dari gudang Tanjungbalai
Cocok buat buka lapak pasar malam atau jualan online
Harga nego tipis, yang serius langsung chat admin
"""),
R(2, "post", "invented_code_word", 1, 1, 1, 1, """
Si gendut coklat baru turun dari kapal tadi subuh 🚢🤎
Besok jam 9 pagi pecah kawat di lapak, yg mau first pick dateng awal ya kak
Isinya kemeja flanel sama celana kerja, udah pernah dipake orang tp bersih2 ✨
#pecahkawat #lapakpagi #flanelmurah #medanjohor
"""),
R(3, "article", "hn_news", 0, 1, 1, 1, """
BATAM - Petugas Bea dan Cukai Batam menahan sebuah kapal kayu di perairan Pulau Galang yang membawa 312 bal pakaian bekas impor, Selasa malam.
Menurut keterangan petugas, muatan itu diduga berasal dari Malaysia dan rencananya akan diteruskan ke Jambi sebelum disebar ke pasar-pasar di Sumatera dan Jawa.
Nakhoda dan dua anak buah kapal kini menjalani pemeriksaan. Barang bukti berupa balpres berisi kemeja, jaket, dan sepatu disimpan di gudang penindakan.
Petugas mengingatkan bahwa impor pakaian bekas dilarang berdasarkan Permendag 18/2021 yang diubah dengan Permendag 40/2022, dan barang sitaan semacam ini biasanya dimusnahkan.
"""),
R(4, "comment", "hn_buyer_question", 0, 1, 1, 1, """
Kak mau nanya dong, ini thrift impor beneran dari Jepang atau campur sama barang lokal?
Soalnya aku pernah beli baju bal di tempat lain, pas dateng baunya apek banget sampe dicuci 3x gak ilang 😭
Terus kalo beli second gini biasanya udah disterilin belum ya? makasih kak
"""),
R(5, "message", "logistics_units", 1, 1, 1, 1, """
📢 BC stok pekan ini (khusus langganan)
• Celana jeans pria 6 goni, satu goni kira2 70 potong
• Kemeja kantor 3 goni, campur lengan panjang & pendek
• Rok & dress wanita 2 goni
Semua sudah dipilah per grade, yg A cuma sedikit jd siapa cepat.
Barang ngendap di Dumai, kirim lewat ekspedisi langganan, ongkir tanggung pembeli.
Transfer DP 50% baru kita keluarkan dari gudang.
"""),
R(6, "profile", "condition_words", 1, 1, 1, 1, """
🧺 Lapak Nenek Kelinci
Baju pilihan dari tumpukan, dicuci & disetrika sebelum kirim
Tiap Jumat ada kiriman dari seberang 🚢
1 model 1 ukuran, gak restock, jangan kelamaan mikir
Order via DM / WA 0812xxxx
"""),
R(7, "listing", "hn_new_thrift_style", 1, 0, 1, 0, """
Kemeja Flanel Pria Oversize Vintage Look Thrift Style BARU Bukan Bekas
Bahan katun flanel tebal, jahitan rapi, produksi konveksi sendiri di Bandung
Warna sengaja dibuat washed biar keliatan kayak barang thrift, tapi 100% baru dan masih ada label
Ukuran M, L, XL, XXL
Bisa grosir untuk reseller, minimal 1 lusin
"""),
R(8, "live", "live_sale_units", 1, 1, 1, 1, """
Oke yang baru join halo halo, kita lanjut ya, ini masih dari karung nomor tiga
Hoodie abu ini ukuran L, ada noda kecil di lengan kiri, udah aku tunjukin ya, 45 ribu aja
Yang ketik "mau" paling cepet dia yang dapet
Habis ini kita buka ikat yang baru, isinya jaket gunung, masih segel plastik kapal tuh liat
Jangan lupa tap keranjang kuning, checkout max 10 menit ya kak
"""),
R(9, "review", "hn_review_no_seller", 0, 1, 1, 1, """
Akhirnya nyobain juga ke Gedebage hari Minggu. Review jujur:
Barangnya banyak banget, dari kaos band sampe jaket kulit, semuanya bekas impor jadi harus sabar ngubek.
Harga masih masuk akal, kaos mulai 20an, jaket 80-150.
Minusnya: panas, sumpek, dan beberapa baju baunya khas gudang. Wajib cuci pake air panas.
Overall 7/10, seru buat sekali-sekali tapi aku belum tentu balik lagi.
"""),
R(10, "listing", "hn_other_goods_bale", 1, 1, 0, 1, """
HP Second Ex Jepang Per Bal Isi 50 Unit Campur Merk
Kondisi mati total / minus layar, cocok buat tukang servis dan kanibal sparepart
Barang datang kontainer dari Osaka, dijual per bal, tidak bisa pilih
Harga per bal nego, bisa COD gudang Cikarang
"""),
R(11, "post", "hn_own_preloved", 1, 1, 1, 0, """
Declutter lemari sebelum pindahan 📦
Preloved pribadi semua ya, dipake sendiri, bukan barang bal/impor.
1. Blazer krem size S, pernah dipake 2x kondangan – 120rb
2. Rok plisket hitam – 60rb
3. Sneakers putih 38, solnya masih bagus – 150rb
Lokasi Depok, bisa COD di stasiun. DM aja yaa
"""),
R(12, "message", "reseller_recruit", 1, 1, 1, 1, """
Assalamualaikum kak, kami lagi buka reseller untuk area Jawa Tengah.
Sistemnya ambil per kilo, 65rb/kg untuk kaos & kemeja sortiran, 90rb/kg untuk jaket.
Barang layak pakai, sudah lewat pilah 2x di gudang Batam, sisanya yang cacat berat kami buang sendiri.
Minimal ambil 20 kg. Foto & video contoh isi bisa kami kirim, tinggal balas "minat".
"""),
R(13, "comment", "condition_words", 1, 1, 1, 1, """
Ready kak 🙏 yang ukuran L tinggal 1, ada noda dikit di kerah tp gak keliatan kalo dipake
Ini dari kiriman kapal kemarin sore, baru aku pilah tadi pagi
Kalo mau aku keep sampe jam 5, abis itu lepas ke yg lain ya
"""),
R(14, "article", "hn_opinion", 0, 1, 1, 1, """
Opini: Thrifting Bukan Musuh, Tapi Balpres Ilegal Tetap Masalah
Setiap kali razia pakaian bekas impor ramai diberitakan, linimasa kita terbelah dua. Satu kubu bilang thrifting menyelamatkan bumi, kubu lain bilang bal dari luar negeri membunuh konveksi lokal.
Menurut saya keduanya benar separuh. Menjual ulang baju dari lemari sendiri itu sirkular. Tapi ratusan karung baju bekas dari luar yang masuk lewat pelabuhan tikus itu lain cerita: sebagian besar isinya tidak layak jual dan akhirnya jadi sampah di negeri kita.
Yang perlu dipikirkan pemerintah bukan cuma razia, tapi nasib pedagang kecil yang sudah terlanjur menggantungkan hidup di lapak-lapak itu.
"""),
R(15, "listing", "condition_words", 1, 1, 1, 1, """
Sepatu Lari Pria Size 42 Kondisi 8/10 — 1 Pcs Only
Sol masih tebel, insole udah aku ganti baru, upper ada lecet halus di ujung kanan
Keluar dari koli sepatu minggu lalu, cuma ada satu ukuran ini
Udah dicuci, dijemur, disemprot
Harga 185rb, no nego, no tuker
"""),
R(16, "review", "hn_complaint_quote", 0, 1, 1, 1, """
⭐ 1/5. Jangan ketipu sama iklan "READY BAL KOREA GRADE A, 90% MULUS".
Saya beli 1 karung katanya isi 150 pcs, yang bisa dipake cuma sekitar 40. Sisanya robek, ada bercak kuning, beberapa malah bau oli.
Pas komplain, penjual bilang "namanya barang bekas impor kak, untung-untungan". Padahal di deskripsi tulisannya pilihan.
Ini ulasan buat yang lain biar hati-hati, uang saya sudah hangus.
"""),
R(17, "post", "hn_donation_bazaar", 1, 1, 1, 0, """
BAZAR AMAL GEREJA ST. YOHANES 🙏
Sabtu 14 Juni, jam 08.00–13.00 di halaman gereja
Menjual baju, sepatu, dan tas bekas layak pakai hasil sumbangan jemaat. Semua sudah dicuci dan disortir ibu-ibu seksi sosial.
Harga mulai 5 ribu. Seluruh hasil untuk biaya sekolah anak asuh paroki.
Yuk mampir, bawa tas belanja sendiri ya
"""),
R(18, "live", "pointer_elsewhere", 1, 1, 1, 1, """
‼️ NANTI MALAM LIVE JAM 8 ‼️
Kita buka ikat 3 sekaligus: 2 isi kemeja, 1 isi celana cargo
Semua masih utuh dari pelabuhan, belum dijamah siapa2 🤫
Kondisinya nanti aku kasih tau satu2 pas live, ada yg mulus ada yg minus dikit
Harga mulai 25k, yg nongkrong dari awal dapet voucher ongkir
Set alarm ya guys ⏰
"""),
R(19, "message", "hn_buyer_request", 0, 1, 1, 1, """
Bang, besok jadi ke Pamela kan? Titip cariin jaket denim ukuran XL ya, yang monza biasa aja gak usah yang mahal.
Kalo ada sepatu boots 43 juga fotoin dulu.
Duitnya nanti aku ganti pas ketemu, maksimal 200 ya bang hehe
"""),
R(20, "listing", "hn_sisa_ekspor", 1, 0, 1, 0, """
Celana Chino Pria Sisa Ekspor Original — Baru, Label Lengkap
Produksi pabrik garmen Sukabumi untuk buyer luar, lolos QC tapi kelebihan order
Bukan barang bekas, bukan bal, semua masih berplastik
Ukuran 28–36, warna khaki, navy, hitam
Grosir 6 pcs bebas pilih warna
"""),
R(21, "profile", "hn_ordinary_listing", 1, 0, 1, 0, """
KONVEKSI SARI ANGGUN • Pekalongan
Terima pesanan seragam kantor, kaos sablon, kemeja batik cap
Produksi sendiri, bahan baru, bisa custom logo
Minimal order 2 lusin
Admin: 0813xxxx (chat saja, telepon sering tidak terangkat)
"""),
R(22, "article", "advertorial_shop", 1, 1, 1, 1, """
5 Alasan Belanja Jaket di Lapak Kami Sebelum Musim Hujan
1. Jaket kami datang langsung per koli, jadi pilihannya banyak dan ganti tiap minggu.
2. Setiap potong dicek satu per satu: ritsleting, kancing, lapisan dalam. Yang jebol tidak kami jual.
3. Kondisi ditulis jujur di label gantung, dari 7/10 sampai 9/10.
4. Harga jauh di bawah toko, karena barangnya sudah pernah berpemilik.
5. Lokasi gampang: Pasar Tungging, los depan tukang jahit.
Datang pagi biar kebagian yang bagus!
"""),
R(23, "post", "jastip_market", 1, 1, 1, 1, """
JASTIP GEDEBAGE SABTU INI 🛍️
Aku turun langsung ke lapak, pilihin satu2 dari tumpukan
Kondisi aku cek dan foto di kamera biar kalian liat minusnya
Fee jastip 10rb/pcs, max titip 5 pcs per orang
Yg mau list request (jenis, ukuran, budget) kirim ke DM sebelum Jumat malam ya!
#jastipbandung #jaketmurah #kemejacowok
"""),
R(24, "comment", "hn_joke_meme", 0, 1, 1, 1, """
Gaji UMR, gaya Tommy Hilfiger. Rahasianya cuma satu: bongkar bal di Senen tiap gajian 😂
Pacar nanya "beli di mana?", jawab aja "butik Blok III" biar kedengeran elit
Jangan bilang-bilang kalo bajunya bekas orang Korea ya
"""),
R(25, "listing", "hn_other_goods_bale", 1, 1, 0, 0, """
Jual Kardus Bekas Per Bal — Press Rapi, Berat 40–60 kg
Kardus bekas toko elektronik & minimarket, kering, tidak basah
Harga 2.800/kg, ambil di gudang Sidoarjo
Bisa kirim pakai pikap untuk pembelian di atas 1 ton
"""),
R(26, "message", "condition_words", 1, 1, 1, 1, """
Mbak Rina, sweater rajut yang mbak tanya kemarin udah nongol nih 😍
Warna hijau botol, labelnya udah agak pudar, kayaknya keluaran tahun 90an
Ada satu benang ketarik di siku tapi bisa dirapihin
Ini pas banget buka ikat kiriman Batam tadi pagi, mbak orang pertama yg aku kabarin
75rb aja, mau aku simpenin?
"""),
R(27, "review", "hn_review_new", 0, 0, 1, 0, """
Review kaos oversize lokal yang lagi rame di TikTok:
Bahannya cotton combed 24s, adem, gak nerawang. Sablonnya plastisol, udah 5x cuci belum retak.
Ukurannya beneran oversize, aku 165/55 pake L udah kegedean.
Minus: warnanya agak beda sama foto, lebih pucet.
Worth it di harga segitu, 8.5/10.
"""),
R(28, "live", "hn_new_live", 1, 0, 1, 0, """
Bunda-bunda yang baru masuk live, selamat malam 🤍
Malam ini kita jual khimar ceruti dan gamis rayon, semua baru ya bun, bukan bekas, masih segel plastik dari konveksi kita di Tanah Abang
Khimar 35 ribu, gamis 89 ribu, beli dua gratis ongkir
Mau warna apa bun? Ketik aja nomor warnanya di kolom komentar
"""),
R(29, "post", "regional_code_word", 1, 1, 1, 1, """
Leker masok agek bah 😎
Sabtu-Minggu kamek buka di deretan ruko Komyos, lapak terpal biru
Jaket, kemeja, celana kerja, ade gak sikit yg masih mulus
Yang sabar ngubek pasti dapat yg bagus
Nak tanye2 dolok boleh WA 0857xxxx
"""),
R(30, "article", "hn_tutorial", 0, 1, 1, 1, """
Cara Mencuci Baju Thrift Hasil Berburu Biar Aman Dipakai
Pakaian bekas impor biasanya sudah berbulan-bulan tersimpan di karung dan gudang, jadi jangan langsung dipakai.
Langkah pertama, rendam dengan air panas (sekitar 60°C) dicampur deterjen selama 30 menit.
Kedua, tambahkan cairan antiseptik atau cuka untuk membantu menghilangkan bau apek.
Ketiga, cuci seperti biasa lalu jemur di bawah sinar matahari langsung.
Terakhir, setrika dengan suhu tinggi kalau bahannya memungkinkan. Sepatu dan tas cukup dilap dengan alkohol lalu dijemur.
"""),
R(31, "listing", "port_route", 1, 1, 1, 1, """
Selimut & Bedcover Campur Per Goni (Isi 40–50 Lembar)
Motif random, ukuran single sampai king
Layak pakai, yang sobek sudah disisihkan, sebagian ada tambalan jahit yang rapi
Masuk dari Dumai, gudang kami di Pekanbaru
Ongkir ke Jawa via kapal Roro, estimasi 5–7 hari
"""),
R(32, "comment", "hn_buyer_diary", 0, 1, 1, 1, """
Kemarin ke Senen Blok III sama temen, dapet 3 kemeja 100rb dan satu jaket Uniqlo 60rb 🥹
Emang harus sabar sih ngubek tumpukan bal, tangan sampe item
Tapi seneng banget, total belanja 250 ribu udah dapet outfit seminggu
Next time mau ke Gedebage buat bandingin
"""),
R(33, "message", "hn_swap", 0, 1, 1, 0, """
[Grup Tukar Baju Ibu-Ibu Cluster Melati]
Ada yang mau tukeran? Aku punya baju anak cowok umur 3–4 th, 10 potong, bekas anakku sendiri, masih bagus.
Nyari baju anak cewek umur 5 th atau sepatu ukuran 28.
Gak pake uang ya, murni tukar aja. Ketemuan di pos satpam sore ini.
"""),
R(34, "profile", "market_stall", 1, 1, 1, 1, """
📍 Pajak Sambu, los 12 (depan mushola)
Tiap Selasa & Jumat ada yg baru dibuka 📦✂️
1 pcs 1 size, kondisi ditulis di hanger
Grosir per ikat buat yang mau jual lagi
Tanya stok: 0812xxxx
"""),
R(35, "listing", "hn_other_goods_bale", 1, 1, 0, 0, """
Majun Kain Perca Per Karung 25 kg — Untuk Bengkel & Pabrik
Potongan kaos katun, daya serap tinggi, bersih tanpa kancing dan ritsleting
Cocok untuk lap oli, mesin, cat
Harga 4.500/kg, pengiriman area Jabodetabek
"""),
R(36, "post", "hn_rules", 0, 1, 1, 1, """
📌 PERATURAN GRUP JUAL BELI PASAR SUKAMAJU (update)
1. Dilarang memposting jualan pakaian bekas impor dalam bentuk apa pun: bal, balpres, karungan, "thrift impor", dan sejenisnya. Postingan akan dihapus tanpa peringatan.
2. Preloved milik pribadi masih boleh, wajib foto asli dan sebut kondisi.
3. Dilarang spam link.
Pelanggar 2x akan dikeluarkan dari grup. Terima kasih atas pengertiannya.
"""),
R(37, "live", "port_route", 1, 1, 1, 1, """
Ayo mi ayo, yang baru masuk live sini ki dulu 🙌
Ini barang langsung dari Parepare, masih bau gudang pelabuhan ji
Kemeja kotak-kotak ini masih ada tulisan nama pemilik lamanya di label, tapi bersih ji, tidak ada sobek
Tiga puluh lima ribu, siapa mau? Ketik "ambil" ki
Habis ini kubuka lagi yang celana, sabar ki di'
"""),
R(38, "review", "haul_names_seller", 1, 1, 1, 1, """
Haul weekend kemarin dari Kios Bang Ucok, los B Pajak Melati 🛍️
- Kemeja linen putih, kondisi 9/10, cuma kancing satu beda: 40rb
- Celana carpenter, pudar natural: 60rb
- Tas kanvas, ada noda tinta kecil: 25rb
Bang Ucok buka tiap Selasa sama Jumat, barang barunya dibuka siang. Rekomen banget, orangnya enak diajak nawar.
"""),
R(39, "listing", "hn_ordinary_listing", 1, 0, 1, 0, """
Baju Koko Pria Lengan Panjang Bordir Premium Ready Stok
Bahan toyobo adem, bordir rapi di dada dan lengan
Ukuran S sampai XXL
Produksi UMKM Tasikmalaya, baru dan berlabel
Cocok untuk Jumatan dan Lebaran, bisa grosir
"""),
R(40, "message", "jastip_market", 1, 1, 1, 1, """
Kang, aya nu anyar ti Gedebage, jaket kulit 3 siki 🧥
Kondisina 8/10, aya baret saeutik dina taktak, sésana mulus
Ukuran L jeung XL, hargana 250 sapotong, bisa kirim sore ieu
Upami bade, kabarin nya, abdi fotokeun detailna
"""),
R(41, "article", "hn_news", 0, 1, 1, 1, """
SANGGAU - Aparat gabungan menggagalkan pengiriman puluhan karung pakaian bekas yang diduga diselundupkan lewat jalur tikus di sekitar PLBN Entikong.
Barang dimuat di sebuah truk boks yang mengaku mengangkut sayur. Saat diperiksa, petugas menemukan 87 karung berisi baju, celana dan sepatu bekas asal Malaysia.
Sopir mengaku hanya dibayar untuk mengantar barang ke Pontianak dan tidak tahu pemiliknya. Kasus ini masih didalami untuk mengungkap jaringan penyelundup lelong di Kalimantan Barat.
"""),
R(42, "comment", "pointer_elsewhere", 1, 1, 1, 1, """
Sis yg ini udah laku yaa 🙏
Tp masih ada 2 model mirip dr koli Senin, no defect cuma warnanya agak pudar
Cek katalog di highlight "NEW DROP", nomornya aku taruh di caption tiap foto
Order lgsg WA aja biar cepet
"""),
R(43, "post", "hn_local_upcycle", 1, 1, 1, 0, """
Tas tote dari jeans bekas sumbangan tetangga satu RT 💙
Kami kumpulin celana yang udah gak kepake, dicuci, dipotong, dijahit ulang jadi tas sama pouch
Semua bahan dari warga sekitar, bukan barang impor
Tote 75rb, pouch 30rb, hasilnya buat kas bank sampah
Pesan lewat komentar ya
"""),
R(44, "listing", "logistics_units", 1, 1, 1, 1, """
Sweater Rajut Wanita Random Motif Lot 100 Pcs Grade B
Isi acak: cardigan, turtleneck, rajut tebal
Grade B = ada minus ringan (bulu, noda kecil, kancing copot), masih bisa dijual lagi
Foto hanya contoh, isi per lot beda-beda
Kirim dari Belawan, bisa ekspedisi darat ke seluruh Sumatera
"""),
R(45, "live", "hn_other_goods_live", 1, 1, 0, 1, """
Live jam 8 nanti: HP second ex Jepang & Korea, full set charger 📱
iPhone 11 ex inter, Galaxy S21 ex Korea, Pixel 6 ex Jepang
Kondisi normal semua, baterai di atas 80%, ada garansi toko 7 hari
Bukan baju ya guys, yang nanya bal baju di live kemarin, kita gak jual itu
"""),
R(46, "profile", "hn_own_preloved", 1, 1, 1, 0, """
Lemari Kak Tiwi 👗
Jual preloved pribadi, semuanya dari lemariku sendiri (bukan thrift bal, bukan impor)
Ukuranku M, tinggi 160, jadi baju di sini rata-rata segitu
Update tiap akhir bulan
Domisili Semarang, bisa kirim ke mana aja
"""),
R(47, "post", "invented_code_word", 1, 1, 1, 1, """
Yg pada nanya titipan dari om kapal minggu ini 👀
Isinya jaket varsity, kemeja denim, dan beberapa celana kulot
Condition 7–9/10, semua aku foto detail minusnya
Full list + harga ada di katalog WA, link di bio
First come first serve, gak bisa booking tanpa DP
"""),
R(48, "article", "hn_opinion", 0, 1, 1, 1, """
Monza, Pakaian Bekas dan Ingatan Orang Medan
Bagi banyak keluarga di Medan, berburu monza bukan sekadar belanja. Ia semacam ritual akhir pekan: berangkat pagi ke Pajak Melati, menawar dengan logat khas, lalu pulang membawa kemeja bermerek yang dulu hanya bisa dilihat di majalah.
Istilahnya sendiri konon berasal dari Mongonsidi Plaza, tempat pakaian bekas impor pertama kali dijajakan.
Kini larangan impor pakaian bekas membuat masa depan tradisi ini tidak jelas. Pedagang cemas, pembeli bingung, dan pemerintah belum menawarkan jalan tengah yang masuk akal.
"""),
R(49, "message", "hn_job_vacancy", 0, 1, 1, 1, """
LOKER: dicari 4 orang pekerja harian untuk sortir baju bal di gudang daerah Cileungsi
Tugas: bongkar karung, pilah per jenis dan grade, lipat
Jam kerja 08.00–16.00, upah harian + makan siang
Utamakan laki-laki, kuat angkat beban
Minat kirim nama & alamat ke 0838xxxx
"""),
R(50, "listing", "port_route", 1, 1, 1, 1, """
Sepatu Running Campur Per Koli Isi 30 Pasang
Merk random, ukuran 39–44, kondisi 6/10 sampai 9/10
Sudah disikat dan dijemur, tali ada yang diganti
Masuk lewat Nunukan, kirim ke Tarakan, Samarinda, Balikpapan
Cocok buat yang mau buka lapak sepatu di pasar kaget
"""),
]
