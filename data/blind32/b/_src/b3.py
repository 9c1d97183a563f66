# Batch 3: legal hard negatives and ordinary texts
R = [
("listing", "hn_school_bazaar", (1,1,1,0), """BAZAR SERAGAM & BAJU LAYAK PAKAI SDN 3 CIPUTAT
Hasil sumbangan wali murid, semua sudah dicuci dan disetrika.
Seragam merah putih 5rb, batik sekolah 7rb, baju main anak 3rb.
Hasil penjualan untuk renovasi perpustakaan.
Sabtu, 14 September, jam 7-11 di halaman sekolah."""),
("post", "hn_church_sale", (1,1,1,0), """Garage sale Komisi Wanita GKJ Manahan minggu depan 🙏
Baju, sepatu dan tas bekas sumbangan jemaat, harga 2rb sampai 20rb.
Semua hasil penjualan untuk beasiswa anak sekolah minggu.
Lokasi di aula gereja setelah ibadah kedua.
Mari datang dan ajak keluarga!"""),
("listing", "hn_cardboard_per_bal", (1,1,0,0), """Jual Kardus Bekas Per Bal - Siap Angkut
Kardus bekas gudang, kondisi kering, sudah dipress.
Satu bal sekitar 60 kg, harga 2.800/kg.
Cocok untuk pengepul dan pabrik daur ulang.
Lokasi Cikarang, hubungi 0818xxxx"""),
("listing", "hn_majun", (1,1,0,0), """MAJUN KAOS PUTIH PER KARUNG
Potongan kain bekas untuk lap mesin, bengkel, pabrik.
Daya serap tinggi, tanpa kancing dan resleting.
Per karung 25 kg, harga 175rb.
Bisa kirim ke kawasan industri Karawang, Cikarang, Purwakarta."""),
("listing", "hn_used_machine_import", (1,1,0,1), """Mesin Jahit Bekas Ex-Jepang Juki DDL-8700
Kondisi normal siap pakai, sudah servis.
Cocok buat konveksi rumahan.
Harga 2,4jt, garansi 1 bulan.
Toko Sinar Jaya Sewing, Jl. Pasar Baru Bandung."""),
("listing", "hn_used_phone", (1,1,0,1), """iPhone 12 Second Ex-Inter 128GB
Battery health 84%, Face ID on, mulus no dent.
Fullset dus + charger original.
Harga 6,1jt nego. COD Depok atau Jakarta Selatan.
Chat 0857xxxx"""),
("listing", "hn_produce_per_karung", (1,0,0,1), """Bawang Putih Impor China Per Karung
Ukuran besar, kering, kualitas super.
1 karung 20 kg harga 620rb.
Melayani grosir dan eceran untuk pedagang pasar.
Gudang Pasar Induk Kramat Jati, Blok B."""),
("post", "hn_guideline", (0,1,1,1), """INFO DARI PENGELOLA PASAR
Sesuai aturan pemerintah, pedagang dilarang menjual pakaian bekas asal impor di area pasar.
Pedagang yang kedapatan menerima bal atau karung pakaian bekas dari luar negeri akan diberi teguran dan dapat dicabut izin kiosnya.
Pedagang pakaian baru dan konveksi lokal tidak terdampak.
Terima kasih atas kerja samanya."""),
("post", "hn_complaint_quotes_ad", (0,1,1,1), """Hati-hati sama akun @gudangbal_murahh !!
Iklannya bilang "bal kaos Korea grade A 2,5jt isi 300 pcs", aku udah transfer tapi barang nggak pernah dikirim.
Nomornya sekarang nggak aktif, akun IG juga ngeblok aku.
Udah aku laporin ke bank dan ke polisi siber.
Tolong share biar nggak ada korban lain 🙏"""),
("review", "hn_review_no_seller", (0,1,1,1), """Sejujurnya aku kapok beli baju thrift impor.
Kemarin jaket yang aku beli bau apek banget walaupun udah dicuci tiga kali, terus ada noda kuning di ketiak.
Mungkin emang nasib lagi jelek, tapi sekarang aku mending nabung buat beli baru aja.
Buat yang masih suka ngethrift, pastikan cuci pakai air panas ya."""),
("post", "hn_tutorial", (0,1,1,1), """Cara cuci baju thrift biar bersih & bebas kuman 🧼
1. Rendam dengan air panas + deterjen minimal 1 jam
2. Tambah cairan antiseptik atau cuka
3. Sikat bagian kerah dan ketiak
4. Jemur di bawah matahari langsung
5. Setrika dengan suhu tinggi
Baju bekas dari bal itu udah lewat perjalanan jauh, jadi jangan langsung dipakai ya!"""),
("message", "hn_job_vacancy", (0,0,1,0), """LOWONGAN KERJA
Dibutuhkan 2 orang admin online shop fashion muslim (produk baru, brand sendiri).
Syarat: perempuan, max 27 tahun, bisa Canva dan balas chat dengan ramah.
Gaji UMR + bonus penjualan.
Kirim CV ke WA 0813xxxx, lokasi kantor di Sleman."""),
("post", "hn_swap", (0,1,1,0), """Ada yang mau tukeran baju nggak? 😆
Aku punya 5 kemeja kerja yang udah nggak muat (size M), mau tuker sama yang size L.
Nggak jualan ya, murni swap aja, semua bajuku beli sendiri di toko.
Area Semarang, ketemuan di Simpang Lima."""),
("listing", "hn_plain_clothing", (1,0,1,0), """Gamis Katun Rayon Motif Bunga All Size
Bahan adem, jatuh, tidak menerawang.
Lingkar dada 110 cm, panjang 138 cm.
Tersedia 6 warna: sage, mauve, navy, mocca, hitam, maroon.
Harga 89rb. Pengiriman dari Pekalongan."""),
("article", "hn_report", (0,1,1,1), """Kementerian Perdagangan memusnahkan ribuan bal pakaian bekas impor hasil sitaan di Karawang.
Barang tersebut sebagian besar berasal dari Jepang, Korea Selatan, dan Amerika Serikat.
Pemusnahan dilakukan dengan cara dibakar di fasilitas pengolahan limbah.
Pemerintah menyebut perdagangan pakaian bekas impor merugikan industri tekstil dalam negeri dan berisiko bagi kesehatan.
Pedagang diimbau beralih menjual produk lokal."""),
("post", "hn_denial_import", (1,1,1,0), """Klarifikasi ya teman-teman 🙏
Toko kami JUAL PRELOVED, bukan barang impor! Semua titipan dari pemilik di Jakarta dan Tangerang, baju mereka sendiri.
Kami cuma bantu jualkan, sistem konsinyasi.
Tiap barang ada nama penitipnya di katalog.
Tetap dukung kami ya, cek katalog di highlight."""),
("listing", "hn_factory_reject", (1,0,1,0), """Kaos Polos Sisa Ekspor Reject Minor - Cotton Combed 30s
Barang BARU dari pabrik di Sukoharjo, reject jahitan kecil yang hampir tidak kelihatan.
Harga 18rb/pcs, lusinan 190rb.
Size S-XXL, warna campur.
Siap kirim seluruh Indonesia."""),
("post", "hn_trip_no_goods", (0,0,0,1), """Akhirnya kesampaian juga jalan-jalan ke Harajuku 😭✨
Liat gaya anak muda Tokyo tuh beda banget, layering-nya niat semua.
Aku cuma foto-foto sama jajan crepes, nggak beli apa-apa karena koper udah penuh.
Next trip ke Seoul kayaknya.
#travel #tokyo #jalanjalan"""),
("listing", "hn_used_furniture", (1,1,0,0), """Lemari Pakaian Bekas 3 Pintu Kayu Jati
Kondisi kokoh, engsel normal, cermin utuh.
Ukuran 150 x 55 x 190 cm.
Harga 1,8jt, ambil sendiri di Kartasura.
Bisa bantu angkut dengan biaya tambahan."""),
("comment", "hn_buyer_question", (0,1,1,1), """Kak, itu barang bal-nya beneran dari Jepang atau lokal yang ditempel label?
Soalnya aku pernah beli di tempat lain katanya second Jepang tapi labelnya bahasa Indonesia 😅
Mau nanya dulu sebelum beli, makasih."""),
("post", "hn_opinion", (0,1,1,1), """Thread singkat soal larangan thrifting 🧵
1/ Yang dilarang itu impor pakaian bekasnya, bukan jual beli baju bekas secara umum.
2/ Jadi kalau kamu jual baju bekasmu sendiri di marketplace, itu nggak masalah.
3/ Yang kena itu rantai bal dari luar negeri: importir, gudang, sampai kios yang jual barang bal.
4/ Masalahnya, di lapangan banyak orang yang nggak bisa membedakan keduanya."""),
("listing", "hn_new_import", (1,0,1,1), """Sepatu Running Original Import Vietnam - BNWT
Masih lengkap dengan box dan tag, belum pernah dipakai.
Size 40-44, warna hitam-putih.
Harga 650rb (harga toko 1,2jt).
Faktur pembelian ada, resmi dari distributor."""),
("post", "hn_local_upcycle", (1,1,1,0), """Proyek upcycle minggu ini: jaket jeans bekas punya kakakku aku tambahin patchwork batik 🧵
Hasilnya jadi kayak baru, unik banget!
Aku juga terima pesanan custom kalau kamu punya jaket lama di rumah, tinggal kirim ke aku.
Harga jasa mulai 75rb. DM ya!"""),
("post", "hn_tweet", (0,1,1,1), """ngethrift di pasar tuh kayak main gacha.
10 menit bongkar tumpukan bal dapetnya kaos sekolah SMP orang Jepang,
30 menit kemudian nemu jaket Carhartt 40rb.
ekonomi boleh susah tapi adrenalin tetap jalan"""),
("article", "hn_report", (0,1,1,1), """Aparat gabungan di Entikong kembali mengamankan truk bermuatan pakaian bekas dari Malaysia.
Sopir mengaku hanya disuruh mengantar barang ke Pontianak tanpa mengetahui isinya.
Dalam truk ditemukan puluhan karung berisi baju, celana, dan sepatu bekas yang oleh warga setempat disebut lelong.
Kasus ini masih dalam penyelidikan petugas."""),
("listing", "hn_fabric_roll", (1,0,0,1), """Kain Katun Jepang Per Roll - Import Asli
Motif bunga kecil, lebar 110 cm, panjang 1 roll 45 meter.
Cocok untuk gamis, kemeja, dan seragam.
Harga 38rb/meter, per roll 1,6jt.
Toko Kain Sentosa, Pasar Tanah Abang Blok A."""),
("post", "hn_donation", (0,1,1,0), """Panti Asuhan Al-Ikhlas di Pangkep membutuhkan donasi pakaian layak pakai untuk anak usia 5-15 tahun.
Terutama seragam sekolah, sandal, dan mukena.
Bisa diantar langsung ke panti atau dititip di masjid kompleks.
Semoga jadi amal jariyah untuk kita semua."""),
("listing", "hn_jute_sack", (1,1,0,0), """Karung Goni Bekas Ukuran Besar
Bekas karung kopi, masih kuat, tidak bolong.
Cocok untuk karung pasir, kerajinan, atau tanaman.
Harga 8rb per lembar, ambil 100 lembar 700rb.
Lokasi Temanggung."""),
("message", "hn_buyer_question", (0,1,1,0), """Mbak, aku lihat di story mbak jual baju bekas anak ya?
Itu punya anak mbak sendiri atau ambil dari mana?
Aku cari buat anakku 3 tahun, yang masih bagus aja.
Kalau masih ada kabari ya mbak 🙏"""),
("post", "hn_new_thrift_style", (1,0,1,0), """Dress Vintage Look 🌸 - FRESH FROM OUR TAILOR
Model puff sleeve ala 70an, motif bunga kecil.
Bukan barang bekas ya kak, jahit baru semua di workshop kami di Yogyakarta.
Harga 149rb, pre order 7 hari kerja.
#vintagestyle #localbrand"""),
("article", "hn_report", (0,1,1,1), """Pedagang pakaian bekas di Pasar Cimol Gedebage mengeluhkan sepinya pembeli menjelang tahun ajaran baru.
Sebagian mengaku stok bal dari pemasok semakin sulit didapat sejak razia tahun lalu.
Beberapa pedagang mulai menjual pakaian baru produksi konveksi Bandung sebagai tambahan.
Dinas perdagangan setempat menyatakan akan menggelar pelatihan bagi pedagang yang ingin beralih usaha."""),
("post", "hn_joke_meme", (0,1,1,1), """Pacar: 'Kamu kok tau banget harga bal Korea sama Jepang?'
Aku: 'Aku cuma sering nonton live jualan'
Pacar: 'Kamu udah checkout 14 jaket bulan ini'
Aku: ...
Tolong aku keluar dari lingkaran setan ini 😭"""),
("listing", "hn_used_vehicle", (1,1,0,1), """Sepeda Lipat Bekas Jepang Dahon Ori
Kondisi 85%, rem dan gir normal, ban baru.
Cocok untuk bike to work.
Harga 2,2jt, lokasi Surabaya Barat.
Bisa cek fisik, hubungi 0813xxxx."""),
("review", "hn_review_no_seller", (0,1,1,1), """Review jujur habis ngethrift pertama kali di Pasar Senen:
panas, sesak, tapi seru banget. Dapet kemeja linen 25rb yang kondisinya 90%.
Tipsnya: datang pagi, pakai baju tipis, bawa uang pas, dan jangan malu menawar.
Overall 8/10, bakal balik lagi kalau udah gajian."""),
("profile", "hn_plain_clothing", (1,0,1,0), """Rumah Batik Laras 🌿
Batik tulis & cap asli Lasem, produksi pengrajin lokal
Kemeja, dress, kain panjang
Toko: Jl. Sultan Agung Lasem | Online: link di bio
Buka setiap hari 08.00-17.00"""),
("post", "hn_guideline", (0,1,1,1), """Kebijakan Komunitas: Produk Terlarang
Penjual tidak diperbolehkan mengunggah produk pakaian bekas impor, termasuk yang dijual per bal, per karung, atau per kilo.
Pelanggaran dapat mengakibatkan produk diturunkan dan akun dibatasi.
Penjualan pakaian preloved milik pribadi tetap diperbolehkan selama deskripsinya jujur."""),
("listing", "hn_used_appliance", (1,1,0,1), """Rice Cooker Bekas Ex-Jepang Zojirushi 110V
Masih berfungsi baik, perlu trafo step down.
Kondisi body 80%, ada goresan pemakaian.
Harga 450rb, COD area Bogor kota."""),
]
