# Batch 4: legal records (hard negatives and a few ordinary ones), hand-written.
RECORDS = [
("article", "hn_news", 0, 1, 1, 1, """Bea Cukai Batam Amankan Kontainer Berisi Pakaian Bekas
Petugas menemukan ratusan karung pakaian bekas yang disamarkan sebagai kiriman kain perca di sebuah kontainer asal Singapura
Pemeriksaan dilakukan setelah ada ketidaksesuaian antara dokumen dan hasil pemindaian
Barang tersebut kini disegel dan pemiliknya sedang dipanggil untuk dimintai keterangan
Pejabat setempat menyebut modus penyamaran seperti ini makin sering ditemukan sejak pengawasan di pelabuhan tikus diperketat"""),
("article", "hn_news", 0, 1, 1, 1, """Truk Bermuatan Balpres Dicegat di Jalur Perbatasan Entikong
Aparat menghentikan sebuah truk yang mengangkut puluhan balpres pakaian dan sepatu bekas dari arah Malaysia
Sopir mengaku hanya diupah untuk mengantar barang ke Pontianak dan tidak mengetahui pemiliknya
Muatan dibawa ke kantor pengawasan untuk pendataan, sementara kasusnya masih dikembangkan"""),
("post", "hn_opinion", 0, 1, 1, 1, """Thread: kenangan masa kecil di monza Medan 🧵
1/ Dulu tiap mau Natal, mamak ajak kami ke Simalingkar, bongkar tumpukan baju sampai tangan hitam
2/ Baju monza itu katanya dari luar negeri, masuk lewat Tanjungbalai. Kami ga peduli, yang penting murah
3/ Sekarang baru ngerti kenapa dilarang: industri lokal mati, barangnya juga kadang ga higienis
4/ Tapi jujur, rasa nostalgianya tetap ada. Kalian punya cerita monza juga?"""),
("post", "hn_buyer_question", 0, 1, 1, 1, """Izin bertanya admin & anggota grup 🙏
Saya lihat banyak yang jual "bal grade A" sama "grade B", bedanya apa ya?
Terus kalau grade A itu isinya udah pasti bagus semua atau masih campur?
Saya belum beli apa-apa, masih riset dulu, dan sekalian mau tahu soal aturan larangannya
Mohon pencerahannya"""),
("post", "hn_korea_snacks", 1, 0, 0, 1, """Jajanan Korea impor ready stock 🇰🇷🍜
Ramyeon, tteokbokki instan, honey butter chips, minuman banana milk
Semua baru, ada label halal & izin edar
Expired masih panjang (2026)
Grosir buat toko & warung korea-koreaan juga bisa
Order via WA 0812xxxx / datang ke toko kami di Kelapa Gading"""),
("listing", "hn_vehicle", 1, 1, 0, 1, """Dijual Mobil Bekas Korea Hyundai Tucson 2015 Matic
Pemakaian pribadi, servis rutin di bengkel resmi
Warna putih, km 89rb, pajak sampai Agustus
Interior bersih, AC dingin, kaki-kaki senyap
Harga 165jt nego halus, lokasi Medan Johor"""),
("listing", "hn_appliance", 1, 1, 0, 1, """Kulkas 2 Pintu Bekas Impor Jepang Sharp — 100V
Dibawa pulang dari Osaka waktu selesai kontrak kerja
Masih dingin normal, freezer bunga es sedikit
Butuh trafo, sudah saya sertakan
Harga 1,5jt, ambil sendiri di Cilacap"""),
("listing", "hn_appliance", 1, 1, 0, 0, """Mesin Cuci Bekas 1 Tabung LG 8 Kg
Masih normal, putaran kencang, tidak bocor
Pemakaian 3 tahun, dijual karena ganti yang lebih besar
Rp 1.300.000, bisa dicek di rumah
Lokasi Pondok Gede, bisa bantu angkut ke mobil"""),
("listing", "hn_laptop", 1, 1, 0, 0, """Laptop Bekas Lenovo ThinkPad T480 i5 Gen 8
RAM 16GB, SSD 512GB, layar FHD
Baterai masih 3 jam pemakaian office
Body ada lecet wajar, keyboard normal semua
Harga 4,3jt, garansi toko 1 bulan
Toko Komputer Barokah, Malioboro Mall lt. 2"""),
("profile", "hn_store_name_thrift", 1, 0, 0, 0, """Thrift & Brew ☕ | coffee for thrifty students
Kopi enak harga mahasiswa, bukan toko baju ya 😁
Es kopi susu aren 18k • croissant 20k • wifi kenceng
📍 Jl. Kaliurang km 5, Jogja | 10.00-23.00
Reservasi & catering: DM aja"""),
("post", "hn_new_thrift_brand", 1, 0, 1, 0, """THRIFTEE Drop 07 🔥 brand lokal kaos grafis
Namanya boleh Thriftee, tapi semua kaos baru, dijahit & disablon di Tangerang
Bahan cotton combed 24s, sablon plastisol
Harga 119rb, pre-order tutup hari Minggu
Limited 150 pcs per desain
#brandlokal #thriftee #kaossablon"""),
("listing", "hn_bundle_books", 1, 1, 0, 0, """Bundle Buku Bekas Novel Remaja — 10 Buku 100rb
Isi campur: Tere Liye, Raditya Dika, Pidi Baiq, dll
Kondisi bekas baca, kertas agak menguning, tidak ada halaman sobek
Cocok buat taman baca atau koleksi
Kirim dari Bekasi pakai ekspedisi ekonomi"""),
("post", "hn_own_preloved", 1, 1, 1, 0, """Preloved baju anak aku, udah pada kekecilan 👶
Semua beli di Matahari & toko online lokal, kondisi masih bagus
- 5 stel piyama usia 2-3 th: 50rb semua
- jaket hoodie 35rb
- sepatu sandal 25rb
Bukan barang bal ya bun, ini bekas anakku sendiri
COD Cibinong atau kirim"""),
("live", "hn_own_preloved", 1, 1, 1, 0, """Assalamualaikum, live sore ini aku lepas koleksi hijab & gamis pribadi ya 🧕
Ini isi lemariku sendiri, dipakai beberapa kali, belinya di butik Tanah Abang & Thamrin City
Gamis 75rb, pashmina 25rb, khimar 40rb, semua udah dicuci & disetrika
Yang minat komen "mau" + warna, nanti aku DM satu-satu
Pengiriman dari Bekasi"""),
("article", "hn_guideline", 0, 1, 1, 1, """Panduan Penjual: Kategori "Preloved" dan Barang Bekas
Anda boleh menjual pakaian bekas milik pribadi atau yang diperoleh dari dalam negeri
Anda TIDAK boleh menjual pakaian, tas, atau sepatu bekas yang berasal dari luar negeri, termasuk barang dalam bentuk bal/karung
Judul seperti "second import", "bekas impor", "bal Korea" akan terdeteksi otomatis
Jika produk Anda diturunkan padahal bukan barang impor, ajukan banding dengan bukti asal barang"""),
("post", "hn_tutorial", 0, 1, 1, 1, """Cara mencuci baju thrift biar bebas kuman & bau apek 🧼
1. Rendam air panas (bukan mendidih) + deterjen 1 jam
2. Tambah cuka putih atau disinfektan pakaian, diamkan 30 menit
3. Cuci biasa, jemur di bawah matahari langsung
4. Setrika suhu tinggi kalau bahannya kuat
Barang bal dari luar negeri biasanya disimpan lama, jadi jangan langsung dipakai ya
Semoga bermanfaat!"""),
("post", "hn_grade_fruit", 1, 0, 0, 0, """Mangga Harum Manis Grade A Probolinggo 🥭
Pilihan buah besar, mulus, matang pohon
Grade A 28rb/kg, grade B 18rb/kg (ukuran kecil, kulit ada bintik)
Kirim paket ke luar kota pakai kardus berlubang
Panen tiap hari, pesan ke Bu Umi 0813xxxx"""),
("listing", "hn_grade_gems", 1, 0, 0, 1, """Batu Safir Biru Grade A Natural — Sertifikat Lab
Asal tambang Srilanka, berat 2,15 carat
Warna royal blue, kejernihan bagus, tanpa heat (lihat memo)
Harga 6,5jt, sudah termasuk sertifikat dan kotak
Bisa COD di Rawabening"""),
("listing", "hn_new_import_papers", 1, 0, 1, 1, """Sepatu Running Baru Impor Vietnam — Resmi
Barang baru dengan box & tag, hasil impor perusahaan kami (NIB & API-U lengkap)
Ukuran 39-44, warna hitam/putih
Harga 450rb, grosir untuk toko olahraga tersedia
Bukan barang second, bukan bal, bukan barang sitaan"""),
("post", "hn_karung_produce", 1, 0, 0, 0, """Bawang merah Brebes per karung 🧅
Isi 50 kg, kering angin, umbi besar
Harga hari ini 1,45jt per karung, ambil 10 karung ada potongan
Bisa kirim ke Jakarta & Bandung pakai truk malam
Kontak Mas Tarno 0857xxxx"""),
("listing", "hn_cotton_kapok", 1, 0, 0, 0, """Kapas Randu Per Bal — Isian Kasur & Bantal
1 bal ±25 kg, kapuk baru sudah dijemur & dibersihkan biji
Harga 18rb/kg, kirim ke seluruh Jawa
Produksi sendiri dari kebun di Pati
Pemesanan minimal 1 bal"""),
("post", "hn_jastip_new", 1, 0, 1, 1, """JASTIP UNIQLO & GU JEPANG ✈️ batch Desember
Aku lagi di Tokyo, bisa titip barang BARU dari toko resmi (ada struk)
Fee 50rb/item, kurs ngikut hari belanja
Close order tanggal 10, barang sampai Jakarta sekitar tanggal 20
Bukan barang thrift/bekas ya kak, semua baru dari store
Format order DM: nama, kode barang, size, warna"""),
("post", "hn_joke", 0, 1, 1, 1, """Definisi "cakar" versi orang Makassar: cap karung 😂
Definisi "cakar" versi temenku dari Jawa: kuku ayam 🐔
Pas aku bilang "nanti sore ke cakar yuk", dia bawa pisau daging
Ternyata yang kumaksud tumpukan baju bekas dari luar di Pasar Terong
Salah paham paling absurd tahun ini"""),
("post", "hn_report_complaint", 0, 1, 1, 1, """Keluhan buat penjual yang di iklannya nulis "baju bekas impor Jepang, dijamin wangi" 😤
Paket sampai, bau apeknya sampe satu kamar
Dari 5 baju, 2 ada noda kuning di ketiak
Minta retur malah diblokir
Udah aku laporin ke pusat resolusi, semoga ada tindakan. Jangan beli di lapak yang kayak gitu"""),
("post", "hn_stopped_seller", 0, 1, 1, 1, """Cerita sedikit ya. Saya dulu 8 tahun jualan baju bal di Pasar Senen
Setelah razia besar dan barang saya disita, saya berhenti ambil karung dari luar
Sekarang kios saya isi kaos & kemeja produk konveksi Bandung, untung memang lebih tipis tapi tidur tenang
Buat teman-teman pedagang, coba pikirkan pindah barang juga"""),
("article", "hn_campaign", 0, 1, 1, 1, """Sosialisasi Larangan Impor Pakaian Bekas di Pasar Kota
Dinas Perdagangan mengadakan pertemuan dengan pedagang pakaian bekas di beberapa pasar tradisional
Pedagang diberi penjelasan bahwa barang bekas asal impor, termasuk yang dibeli dalam karungan dari pemasok, tidak boleh diperdagangkan
Pemerintah daerah menawarkan pelatihan dan akses pemasok produk lokal bagi pedagang yang ingin beralih
Beberapa pedagang meminta masa transisi untuk menghabiskan modal yang sudah tertanam"""),
("profile", "hn_local_donated_shop", 1, 1, 1, 0, """Lemari Berbagi 💚 toko amal baju bekas
Barang 100% donasi warga Jogja, disortir & dicuci relawan
Harga seikhlasnya mulai 2rb → beasiswa anak yatim
Kami tidak terima & tidak jual barang karungan dari luar
📍 Jl. Bantul km 3 | buka tiap Sabtu"""),
("post", "hn_own_preloved", 1, 1, 1, 0, """Dijual ku abdi: baju-baju urut pribadi, teu kapake deui 🙏
Kameja flanel 40rb, jaket jeans 60rb, calana chino 45rb
Sadayana meser di Distro Bandung, dianggo 1-2 taun
Kondisi masih sae, tos dikumbah
Minat? WA 0822xxxx, COD Cimahi"""),
("listing", "hn_school_uniform", 1, 1, 1, 0, """Seragam SD Bekas Layak Pakai — Set Lengkap
Kemeja putih, celana merah, baju pramuka, batik sekolah
Ukuran untuk kelas 3-4, punya anak saya sendiri
Semua 60rb, kondisi bersih, tidak sobek
Lokasi Sidoarjo kota, bisa ambil di rumah"""),
("listing", "hn_mannequin", 1, 1, 0, 0, """Manekin Bekas Toko Baju — Dijual Murah
4 manekin badan wanita, 2 pria, bahan fiber, ada tiang & dudukan
Kondisi cat mengelupas dikit di tangan
Dulu dipakai buat pajang baju di toko saya yang sekarang tutup
150rb per buah, lokasi Jember"""),
("post", "hn_vintage_made_new", 1, 0, 1, 0, """Denim jacket "Vintage Wash" edisi terbatas 👖
Semua baru dari workshop kami di Yogyakarta, efek belel dibikin pakai teknik stone wash & sanding
Banyak yang kira ini barang thrift, padahal bukan
Ukuran S-XL, harga 289rb
Gratis patch bordir inisial nama"""),
("article", "hn_explainer", 0, 1, 1, 1, """Apa Bedanya Thrift Legal dan Thrift Ilegal?
Menjual kembali pakaian bekas milikmu sendiri atau dari donasi dalam negeri tidak dilarang
Yang dilarang adalah pakaian bekas yang didatangkan dari luar negeri, biasanya dikemas dalam bal atau karung dan masuk lewat pelabuhan kecil
Aturan ini tercantum dalam Permendag 18/2021 yang diubah Permendag 40/2022
Sebagai pembeli, tanyakan asal barang dan hindari penjual yang menyebut "bal Korea" atau "second import\""""),
("post", "hn_customs_statement", 0, 1, 1, 1, """[INFO RESMI] Waspada Penjualan Pakaian Bekas Impor Online
Kami mengimbau masyarakat tidak membeli pakaian bekas asal luar negeri yang ditawarkan dalam karung atau bal di media sosial
Barang tersebut masuk tanpa pemeriksaan dan berpotensi membawa jamur serta bakteri
Laporkan akun mencurigakan melalui kanal pengaduan resmi
#BeaCukaiPeduli #StopPakaianBekasImpor"""),
("post", "hn_travel_thrift", 0, 1, 1, 1, """Vlog kemarin: thrifting di Shimokitazawa, Tokyo 🇯🇵
Toko-tokonya rapi banget, baju bekas digantung per warna, ada yang harganya cuma 500 yen
Aku beli 2 kemeja buat dipakai sendiri, masuk koper
Kaget juga liat orang Jepang sendiri suka belanja barang bekas
Link vlog di YouTube ya, bukan jualan kok hehe"""),
("comment", "hn_buyer_question", 0, 1, 1, 1, """ada yg tau ga sih sekarang beli karungan baju second luar di mana?? 😭
dulu langganan di Gedebage tapi kiosnya tutup semua pas razia
pengen coba jualan kecil-kecilan tapi takut kena tipu supplier online
mohon info, jangan yang scam ya"""),
("message", "hn_scam_report", 0, 1, 1, 1, """*Diteruskan dari grup pedagang*
⚠️ MODUS PENIPUAN "SUPPLIER BAL" ⚠️
Pelaku pasang iklan jual balpres Korea murah banget (700rb/karung) dan minta DP 50%
Setelah DP, korban diminta bayar "biaya bea cukai" tambahan, lalu nomor hilang
Sudah ada 11 laporan di grup ini dengan nama rekening yang sama
Jangan tergiur harga di bawah pasar, apalagi barangnya memang ilegal"""),
("review", "hn_review_no_seller", 0, 1, 1, 1, """Pengalaman pertama ke awul-awul Sekaten 😅
Tumpukan baju bekas impornya tinggi kayak bukit, harus sabar bongkar satu-satu
Dapet kaos lumayan tapi ada bolong kecil, baru sadar pas di rumah
Tipsnya: bawa kantong sendiri, pakai masker, datang sore pas adem
Overall seru buat pengalaman, tapi aku mending beli baru di pasar Beringharjo deh"""),
("listing", "hn_cardboard", 1, 1, 0, 0, """Kardus Bekas Per Bal Press — Untuk Pengepul
1 bal press ±60 kg, kardus cokelat bersih tanpa lakban berlebih
Harga 2.400/kg, bisa angkut tiap minggu
Melayani pabrik & pengepul area Gresik
Hubungi UD Rejeki 0813xxxx"""),
("listing", "hn_plastic", 1, 1, 0, 0, """Botol Plastik PET Bekas Press — Siap Giling
Sudah dipilah warna bening, tanpa tutup & label
Per bal ±80 kg, harga 4.800/kg
Lokasi lapak di Bantar Gebang, bisa muat truk
Serius hubungi Pak Rohim 0878xxxx"""),
("post", "hn_own_preloved", 1, 1, 1, 0, """Preloved tas branded pribadi, beli di butik resmi Plaza Senayan 👜
Longchamp Le Pliage medium, dipakai 6 bulan, ada struk & dustbag
Sudut masih aman, kulit handle belum retak
Rp 900rb, bisa ketemu di mall
Bukan dari bal, bukan titipan, milik pribadi"""),
("listing", "hn_grade_coffee", 1, 0, 0, 0, """Kopi Arabika Gayo Grade 1 — Green Bean Per Karung
Karung goni 60 kg, kadar air 12%, defect rendah
Cocok buat roastery & coffee shop
Harga 115rb/kg, sample 1 kg bisa dikirim dulu
Langsung dari koperasi petani di Takengon"""),
("post", "hn_ordinary_new_clothes", 1, 0, 1, 0, """Promo Lebaran di Toko Busana Hj. Fatimah 🌙
Koko pria mulai 99rb, gamis anak 85rb, mukena bordir 150rb
Produk baru dari konveksi Pekalongan & Tasikmalaya
Diskon tambahan 10% untuk pembelian di atas 500rb
Buka sampai jam 10 malam selama Ramadan, Jl. Raya Ciputat"""),
("post", "hn_ordinary_chat", 0, 0, 1, 0, """Bingung mau pakai baju apa ke kondangan besok 😩
Batik udah dipake 3 kali ke acara yg sama orangnya
Mau beli baru tapi gajian masih minggu depan
Akhirnya pinjem kemeja kakak, lumayan muat
Ada yang sering ngalamin gini juga ga"""),
("article", "hn_study", 0, 1, 1, 1, """Catatan Diskusi Kampus: Dampak Thrifting terhadap Industri Tekstil
Pembicara dari asosiasi pertekstilan menyebut masuknya pakaian bekas impor menekan harga produk konveksi kecil
Sementara peneliti lingkungan mengingatkan bahwa sebagian isi bal berakhir sebagai limbah karena tidak layak jual
Peserta mengusulkan penguatan pasar preloved dalam negeri sebagai alternatif
Diskusi ditutup dengan sesi tanya jawab tentang penegakan Permendag 40/2022"""),
]
