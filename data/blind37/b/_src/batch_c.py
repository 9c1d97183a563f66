# Batch C: legal records / hard negatives, hand-written
RECORDS = [
("listing", "hn_new_thrift_style", 1, 0, 1, 0, """Kemeja Flanel Motif Kotak Vintage Look - BARU, Bukan Thrift
Produksi konveksi sendiri di Bandung, bahan katun tebal.
Sengaja kami buat gaya thrift 90an tapi semuanya baru, masih ada label.
Ukuran S-XXL, harga 89rb. Grosir min. 12 pcs harga khusus."""),

("post", "hn_new_thrift_style", 1, 0, 1, 0, """Suka gaya thrifting tapi takut bekas? 🙅‍♀️
Koleksi 'Lemari Bapak' kami: cardigan rajut, kemeja corduroy, celana baggy, semua jahitan baru dari penjahit lokal Klaten.
Harga 75-140rb, ready stok.
#thriftlook #vintagestyle #produklokal"""),

("listing", "hn_new_import", 1, 0, 1, 1, """Jaket Puffer Import Korea BNWT Original
Barang baru, tag lengkap, dibeli langsung dari outlet di Seoul.
Masuk resmi, ada bukti pembelian dan bea masuk sudah dibayar.
Warna hitam & krem, size M-L. Harga 650rb."""),

("post", "hn_jastip_new", 1, 0, 1, 1, """JASTIP TOKYO 12-18 Juni ✈️
Open titip Uniqlo, GU, Muji, Onitsuka, semuanya BARU dari store ya, bukan second.
Fee 10% dari harga, minimal 50rb. Barang sampai Jakarta akhir Juni.
Format titipan: nama - item - size - warna, kirim DM."""),

("post", "hn_own_preloved", 1, 1, 1, 0, """Decluttering lemari sebelum pindahan 🥲
Preloved pribadi, semua dibeli sendiri di mal (Zara, Cotton Ink, Erigo), dipakai 2-3 kali.
Harga 40-120rb, bisa COD daerah Tebet.
Nggak ada barang impor bekas ya, ini baju aku sendiri."""),

("listing", "hn_own_preloved", 1, 1, 1, 0, """Preloved Kebaya Wisuda Warna Sage - Pemakaian 1x
Beli di butik Solo tahun lalu, dipakai sekali pas wisuda.
Ukuran M, kondisi 95%, ada sedikit payet yang lepas di bagian bawah.
Harga 250rb, bonus selendang."""),

("post", "hn_school_bazaar", 1, 1, 1, 0, """BAZAR AMAL SMP Tunas Harapan 🎪
Sabtu 14 September, jam 8-13 di aula sekolah.
Menjual pakaian layak pakai sumbangan orang tua murid: seragam, baju anak, sepatu.
Harga 2rb-20rb, seluruh hasil untuk renovasi perpustakaan. Ayo datang!"""),

("post", "hn_church_sale", 1, 1, 1, 0, """Warta jemaat: Komisi Wanita mengadakan penjualan pakaian bekas hasil donasi jemaat
hari Minggu setelah ibadah kedua, di ruang serbaguna gereja.
Pakaian sudah dicuci dan disortir, harga sukarela mulai 5rb.
Hasilnya disalurkan untuk beasiswa anak sekolah minggu."""),

("message", "hn_donation_request", 0, 1, 1, 0, """Halo teman-teman, posko kami masih menerima donasi pakaian bekas layak pakai untuk korban banjir di Demak.
Terutama dibutuhkan baju anak, sarung, dan selimut.
Tolong dicuci dulu dan dimasukkan kantong per jenis.
Titik antar: Sekretariat Karang Taruna RW 05, kontak Mbak Laila 0812xxxx."""),

("listing", "hn_used_vehicle", 1, 1, 0, 0, """Honda Scoopy 2019 Bekas, Mulus, Pajak Hidup
Motor bekas pemakaian pribadi, surat lengkap BPKB & STNK.
Kilometer 21rb, ban baru ganti bulan lalu.
Harga 14,5jt nego halus, lokasi Sleman.
(Bukan motor impor, beli di dealer resmi Jogja)"""),

("listing", "hn_used_machine", 1, 1, 0, 1, """Mesin Jahit Juki Bekas Ex Jepang - High Speed DDL-8700
Barang second eks pabrik garmen, sudah diservis total.
Cocok untuk konveksi rumahan, suara halus.
Harga 3,2jt, bisa kirim ke luar kota dengan packing kayu."""),

("listing", "hn_karung_produce", 1, 0, 0, 0, """Beras Pandan Wangi Cianjur per Karung 25 kg
Panen baru, pulen dan wangi. Harga 375rb per karung.
Ambil 10 karung gratis antar wilayah Bogor.
Pesan lewat WA admin, stok tiap minggu."""),

("listing", "hn_cardboard_bale", 1, 1, 0, 0, """Jual Kardus Bekas Press per Bal ± 60 kg
Kardus bekas dari gudang swalayan, sudah dipress rapi.
Harga 2.800/kg, cocok untuk pengepul dan pabrik daur ulang.
Lokasi Tangerang, bisa angkut sendiri pakai pick-up."""),

("listing", "hn_majun", 1, 0, 0, 0, """Kain Majun Perca Putih per Karung 50 kg
Majun untuk lap mesin bengkel dan pabrik, daya serap tinggi.
Bahan kaos potongan sisa konveksi, tidak ada kancing/resleting.
Harga 6.500/kg, kirim seluruh Jabodetabek."""),

("article", "hn_news_report", 0, 1, 1, 1, """Petugas Bea Cukai Gagalkan Penyelundupan 300 Bal Pakaian Bekas di Perairan Bengkalis
Kapal kayu tanpa nama yang berlayar dari arah Malaysia dihentikan tim patroli laut pada dini hari.
Di dalam palka ditemukan ratusan bal berisi pakaian bekas yang rencananya akan dibongkar di pelabuhan tidak resmi.
Nakhoda dan dua awak kapal kini diperiksa. Barang bukti akan dimusnahkan sesuai ketentuan larangan impor pakaian bekas."""),

("article", "hn_news_report", 0, 1, 1, 1, """Pedagang Pasar Senen Resah Usai Razia Baju Bekas Impor
Sejumlah pedagang pakaian bekas di Blok III Pasar Senen mengaku omzet turun sejak kabar razia beredar. Sebagian memilih menutup kios sementara.
'Kami ini cuma pengecer, barang dari pemasok,' kata seorang pedagang yang enggan disebut namanya.
Pemerintah menegaskan larangan impor pakaian bekas tetap berlaku dan meminta pedagang beralih ke produk lokal."""),

("post", "hn_opinion", 0, 1, 1, 1, """Unpopular opinion: larangan thrifting impor itu niatnya bagus, tapi eksekusinya bikin pedagang kecil yang kena.
Importir besar yang masukin ratusan bal lewat pelabuhan tikus jarang banget kedengeran ditangkep.
Sementara ibu-ibu di pasar yang jual kemeja second 20 ribuan disuruh tutup.
Harusnya hulunya yang dibenahi, bukan cuma lapak."""),

("article", "hn_guideline", 0, 1, 1, 1, """Panduan Komunitas: Produk yang Dilarang Dijual
Sesuai Permendag 18/2021 sebagaimana diubah dengan Permendag 40/2022, pakaian bekas asal impor tidak boleh diperdagangkan di platform ini.
Contoh yang akan kami turunkan: listing 'bal pakaian bekas', 'second import Korea', 'karungan Jepang'.
Yang tetap boleh: pakaian preloved milik pribadi, pakaian bekas dari dalam negeri, dan pakaian baru bergaya vintage.
Pelanggaran berulang dapat berujung pada penutupan toko."""),

("post", "hn_report_complaint", 0, 1, 1, 1, """Hati-hati sama akun @bal.korea.murah guys 😤
Aku transfer 1,5jt buat 'balpres jaket Korea grade A', katanya kirim dari Batam.
Udah 3 minggu barang nggak dateng, chat diread doang, sekarang aku diblok.
Tolong bantu report ya, jangan sampai ada korban lain."""),

("comment", "hn_report_complaint", 0, 1, 1, 1, """Lapor min, toko ini masih jual barang terlarang.
Judul listingnya 'Second Import Jepang Murah Bekas Luar' dan di deskripsi ditulis 'barang dari bal Jepang'.
Bukannya pakaian bekas impor udah dilarang? Mohon ditindak."""),

("message", "hn_buyer_question", 0, 1, 1, 1, """Kak mau tanya, di daerah Surabaya ada yang jual baju bekas impor per bal nggak ya?
Aku mau coba buka usaha kecil-kecilan tapi masih bingung aturannya.
Katanya dilarang, tapi kok di pasar masih banyak. Ada yang bisa jelasin?"""),

("post", "hn_joke_meme", 0, 1, 1, 1, """Aku: nemu jaket bekas Jepang 30rb di Gedebage 😍
Aku di rumah: nyuci 3x, rendam air panas, disemprot alkohol, dijemur 2 hari
Jaket: masih bau karung
Aku: ya udah lah namanya juga perjuangan 🫠
#relate"""),

("review", "hn_review", 0, 1, 1, 1, """⭐⭐ Bahan sih bagus, tapi baunya nggak ketolong.
Deskripsinya bilang udah dilaundry, ternyata masih bau apek khas barang bal.
Ada noda di ketiak yang nggak kelihatan di foto.
Buat yang mau beli second import online, mending minta video dulu deh."""),

("listing", "hn_job_vacancy", 0, 1, 1, 1, """LOWONGAN KERJA - Staf Sortir Gudang
Dibutuhkan 3 orang untuk menyortir pakaian bekas dari karung impor dan melipat.
Syarat: pria/wanita usia 18-35, teliti, tahan berdiri lama.
Gaji UMR + uang makan. Kirim lamaran ke kantor kami, bukan via DM."""),

("post", "hn_swap", 0, 1, 1, 0, """Swap party bulan depan! 👗🔁
Bawa maks 5 baju layak pakai dari lemari kalian, tukar dengan baju teman lain.
Tanpa jual beli, tanpa uang. Sisa baju yang nggak ketuker kita donasikan ke panti.
Lokasi: kafe Sudut Temu, Jl. Sabang. Daftar gratis lewat link bio."""),

("post", "hn_local_thrift_denial", 1, 1, 1, 0, """Thrift shop kami 100% barang bekas lokal ya kak, BUKAN impor 🙏
Semua hasil titip jual dan beli putus dari warga sekitar Malang.
Ada kemeja, rok, celana jeans, harga 15-60rb.
Buka Rabu-Minggu, jam 10-20 di Jl. Soekarno Hatta."""),

("listing", "hn_factory_reject", 1, 0, 1, 0, """Kaos Polos Reject Pabrik Sisa Ekspor - Cotton Combed 30s
Barang baru, cacat ringan (benang lepas, sablon label miring).
Dari pabrik garmen Sukoharjo, bukan barang bekas.
Harga 12rb/pcs, minimal order 1 lusin."""),

("post", "hn_trip", 0, 1, 1, 0, """Cerita liburan di Osaka part 1 🇯🇵
Hari kedua aku muter-muter ke toko vintage di Amerikamura, cuma liat-liat aja soalnya koper udah penuh.
Bajunya lucu-lucu tapi mahal banget ya ternyata, 3000-5000 yen satu kemeja.
Balik ke hotel pulang tangan kosong, wkwk."""),

("post", "hn_upcycling", 1, 1, 1, 0, """Tote bag dari jeans bekas 🌿
Bahannya dari celana jeans bekas donasi teman-teman kampus, aku jahit ulang jadi tas.
Tiap tas beda motif, harga 85rb. Sebagian hasil penjualan buat program bank sampah.
Pesan lewat DM, pengerjaan 3-5 hari."""),

("listing", "plain_clothing_listing", 1, 0, 1, 0, """Gamis Polos Jersey Premium Busui Friendly
Bahan adem, jatuh, tidak menerawang. Resleting depan untuk ibu menyusui.
Tersedia 8 warna, ukuran M-XXL.
Harga 135rb, beli 2 gratis ongkir se-Jawa."""),

("listing", "hn_used_phone", 1, 1, 0, 1, """iPhone 12 Pro 128GB Ex Inter Second Mulus
Bekas pemakaian sendiri, dibeli di Singapura, IMEI sudah terdaftar resmi.
Battery health 84%, fullset dus & kabel.
Harga 7,2jt nego tipis. COD Jaksel."""),

("listing", "hn_fabric_roll", 1, 0, 0, 1, """Kain Linen Import Korea per Roll 50 Yard
Kain baru, lebar 150 cm, tersedia 12 warna pastel.
Cocok untuk konveksi blus, kemeja, dan dress.
Harga per roll 3,4jt, bisa ecer per meter 75rb."""),

("post", "hn_opinion", 0, 1, 1, 1, """Gue tumbuh di Medan, dan buat keluarga gue monza itu penyelamat.
Bapak kerja buruh, mana kebeli jaket baru buat sekolah.
Sekarang baru ngerti kenapa pemerintah ngelarang: pabrik garmen lokal banyak yang kolaps.
Dua-duanya bener, itu yang bikin topik ini susah."""),

("article", "hn_news_report", 0, 1, 1, 1, """Kemendag Musnahkan Ratusan Bal Pakaian Bekas Impor di Karawang
Pemusnahan dilakukan dengan cara dibakar di lokasi yang telah ditentukan. Barang-barang tersebut diduga masuk melalui jalur tidak resmi di wilayah perbatasan lalu dikirim ke Jawa.
Menteri menyebut pakaian bekas impor berisiko bagi kesehatan dan merugikan industri tekstil dalam negeri.
Pemerintah juga meminta masyarakat melapor jika menemukan penjualan pakaian bekas impor."""),

("message", "hn_buyer_question", 0, 1, 1, 1, """Kak, aku liat di TikTok ada yang jualan 'karungan Jepang' 500rb dapet 50 baju.
Itu beneran barang bekas luar atau cuma gimmick ya? Aman nggak dipakai buat anak?
Aku takut ada jamur atau kutu, mohon pencerahannya 🙏"""),

("post", "hn_report_complaint", 0, 1, 1, 1, """Thread: kenapa aku berhenti beli dari supplier balpres ⬇️
1. Bal yang dijanjikan grade A, pas dibuka 40% isinya robek.
2. Pas komplain, mereka bilang 'namanya juga untung-untungan'.
3. Belakangan baru sadar barangnya ilegal, jadi nggak bisa nuntut ke mana-mana.
Pelajaran mahal. Sekarang aku jual produk lokal aja."""),

("post", "hn_donation_handover", 0, 1, 1, 0, """Alhamdulillah, hari ini relawan kami menyerahkan 12 karung pakaian bekas layak pakai ke warga terdampak gempa di Cianjur.
Semua hasil donasi warga Bekasi dan sekitarnya, sudah dicuci dan dipilah per ukuran.
Terima kasih untuk semua donatur 🤍
#donasipakaian #peduliCianjur"""),

("listing", "hn_used_furniture", 1, 1, 0, 0, """Lemari Pakaian Jati 3 Pintu Bekas - Masih Kokoh
Dijual karena pindah rumah. Kayu jati Jepara asli, ada kaca di pintu tengah.
Sedikit baret di bagian samping.
Harga 2,5jt, angkut sendiri dari Cibubur."""),

("post", "hn_new_import_haul", 1, 0, 1, 1, """Haul Shopee 11.11 😆 semua baru ya, dari toko impor Korea langganan (@seoulcloset.id).
Dapet knit vest, rok tenis, dan cardigan cropped, masih segel plastik.
Bahannya oke banget buat harga 90-150rb.
Link produk ada di bio."""),

("review", "hn_review", 0, 1, 1, 1, """Jujur pengalaman pertama ke Pasar Tungging agak overwhelming.
Tumpukan baju bekas dari luar negeri setinggi dada, orang rebutan pas karung dibuka.
Aku dapet satu jaket lumayan tapi harus dicuci berkali-kali.
Sekali-sekali seru, tapi bukan buat yang alergi debu."""),

("article", "hn_guideline", 0, 1, 1, 1, """Cara Membedakan Thrift Legal dan Ilegal
Thrifting itu sendiri tidak dilarang. Yang dilarang adalah pakaian bekas yang diimpor dari luar negeri, biasanya dijual per bal, per karung, atau per koli.
Ciri barang legal: berasal dari lemari sendiri, titipan warga, atau donasi lokal.
Kalau penjual menyebut 'ex-Korea', 'bal Jepang', atau 'barang Batam', kemungkinan besar itu impor bekas."""),

("comment", "hn_buyer_question", 0, 1, 1, 1, """Min, jaket yang kemarin live itu beneran bekas impor Jepang? Soalnya di label ada tulisan kanji.
Aku nanya karena mau kasih kado, takutnya nanti ketahuan bekas 😅"""),
]
