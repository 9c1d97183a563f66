# Hand-written legal long-form texts (hard negatives). Each entry:
# (kind, category, text, offer, used, clothing, abroad)

LF_LEGAL = [
    # ---------------- reports ----------------
    ("comment", "hn_report", """@admin.grupjualbeli_smd mohon izin lapor 🙏
Akun @rara.lelong.smd udah 3 minggu posting foto karung yang dibuka di teras rumah, isinya jaket sama kemeja bekas, di captionnya tulis 'barang Malaysia masuk lagi'.
Saya sudah report lewat fitur, tapi postingannya masih ada.
Tolong ditindak ya min, grup ini kan katanya patuh aturan.""", 0, 1, 1, 1),
    ("post", "hn_report", """Buat tim marketplace yg baca ini:
Toko 'Barokah Sortir 77' jualan 'paket usaha' isi 50 pcs, fotonya jelas goni putih diikat tali plastik, label kardusnya ada tulisan Korea.
Di deskripsi ditulis 'bukan bekas', tapi ulasan pembelinya bilang bau apek dan ada noda.
Sudah saya laporkan tiga kali lewat menu 'Laporkan Produk'. Mohon dicek manual, jangan cuma otomatis.""", 0, 1, 1, 1),
    ("comment", "hn_report", """min, sekalian lapor ya.
semalem ada live dari akun @bangjo.sortir, dia bongkar bal di gudang, ngomong 'ini barang Jepang langsung dari kapal Dumai'.
aku rekam layarnya kok, kalau butuh bukti tinggal DM.
bukan mau jahat, cuma grup ini kan anggotanya banyak yang jualan konveksi lokal 🙏""", 0, 1, 1, 1),
    ("post", "hn_report", """LAPORAN WARGA GRUP
Beberapa hari ini ada akun-akun baru yang komentar di postingan orang dengan kalimat 'cek bio kak, ready kepala Korea'.
Kalau dibuka, bionya nawarin pakaian second per goni.
Admin sudah menghapus 14 komentar dan memblokir 5 akun. Kalau masih ketemu, tolong laporkan pakai tombol report dan tag admin, jangan dibalas.""", 0, 1, 1, 1),
    ("comment", "hn_report", """Bang admin, ini bukan fitnah ya.
Lapak sebelah toko sa di Pasar Sentral itu tiap minggu dapat karung RB dari kapal Pare, terus dia posting di grup ini pake nama 'Toko Baju Murah Kendari'.
Sa su kasih tau baik-baik, dia malah marah.
Tolong itu postingannya diturunkan, tabe.""", 0, 1, 1, 1),
    ("comment", "hn_report", """@moderator tolong dicek thread 'jual murah jaket gunung' di subforum Outdoor.
TS-nya nulis stok dari Gedebage, jaket second Korea, terus minta orang PM buat harga per karung.
Itu kan melanggar aturan forum soal pakaian bekas impor. Thanks.""", 0, 1, 1, 1),
    ("post", "hn_report", """Mohon perhatian admin grup Info Tanjungbalai.
Ada akun tanpa foto yang tiap malam posting 'monza baru turun, lae', lengkap dengan video goni dibongkar di gudang pinggir sungai.
Kami warga sudah lapor ke RT, tapi di grup ini postingannya masih dibiarkan. Mohon dihapus dan akunnya dikeluarkan.""", 0, 1, 1, 1),

    # ---------------- buyer questions ----------------
    ("comment", "hn_question", """@tokoayu.second kak mau tanya dulu ya sebelum checkout:
1. ini jaket dari bal Korea atau Jepang?
2. ada bolong/noda gak?
3. udah dicuci belum, soalnya anakku gampang gatal
makasih kak 🙏""", 0, 1, 1, 1),
    ("comment", "hn_question", """Numpang tanya buat suhu-suhu di sini.
Gue baru pertama kali mau ke Pasar Senen buat cari jaket second.
Yang bagus lantai berapa ya? terus kalau nawar biasanya bisa turun berapa persen?
Btw aman gak sih sekarang abis ada razia?""", 0, 1, 1, 1),
    ("comment", "hn_question", """@dodi_hunting bang itu kemeja flanelnya dapet di mana?
aku di Medan juga, biasanya ke Pasar Melati tapi jarang nemu yg tebal kayak gitu.
kasih tau lah bang monza mana yg kau datangi, penasaran kali aku""", 0, 1, 1, 1),
    ("post", "hn_question", """[TANYA] Beda bal Korea sama bal Jepang?
Gan, ane lagi riset buat tugas kuliah soal perdagangan pakaian bekas impor.
Katanya bal Jepang lebih mahal, bener gak? dan kenapa barang dari China jarang dijual?
Mohon pencerahannya, bukan mau beli kok, cuma buat bahan wawancara.""", 0, 1, 1, 1),
    ("comment", "hn_question", """Kak @lapak_mbakrini yg celana kulot coklat itu masih ada kah?
Itu awul-awul impor opo lokal mbak? nek impor aku pengen ngerti sak durunge tuku, soale ibuku ora seneng barang bekas luar.
Matur nuwun mbak""", 0, 1, 1, 1),
    ("comment", "hn_question", """Abang, sa mau tanya serius.
Baju RB yang dijual di Kupang ini datang dari mana e? ada yang bilang dari Timor Leste, ada yang bilang dari Surabaya.
Sa tanya karena mau tulis artikel kampus, bukan mau beli banyak.""", 0, 1, 1, 1),

    # ---------------- news ----------------
    ("article", "hn_news", """Petugas gabungan menyita 215 bal pakaian bekas dari sebuah gudang di pinggiran Pekanbaru, Selasa (14/5).
Menurut keterangan petugas, barang tersebut diduga masuk melalui pelabuhan kecil di pesisir Bengkalis sebelum diangkut dengan truk boks.
Pemilik gudang berinisial HS kini diperiksa. Barang sitaan akan dimusnahkan setelah ada putusan.""", 0, 1, 1, 1),
    ("article", "hn_news", """MAKASSAR — Lapak-lapak cakar di kawasan pasar tradisional tampak lebih sepi dibanding tahun lalu.
Sejumlah pedagang mengaku pasokan karung dari Nunukan tersendat sejak patroli diperketat.
'Biasanya seminggu dua kali datang, sekarang kadang sebulan sekali,' kata seorang pedagang yang enggan disebut namanya.
Dinas Perdagangan setempat menyatakan akan menggelar sosialisasi larangan impor pakaian bekas kepada para pedagang.""", 0, 1, 1, 1),
    ("article", "hn_news", """Kementerian Perdagangan kembali menegaskan bahwa pakaian bekas termasuk barang yang dilarang impor berdasarkan Permendag 18/2021 sebagaimana diubah dengan Permendag 40/2022.
Larangan itu mencakup pakaian, alas kaki, tas, hingga tekstil rumah tangga bekas.
Pemerintah juga meminta platform lokapasar menurunkan iklan yang secara terang menawarkan balpres atau karungan pakaian bekas dari luar negeri.""", 0, 1, 1, 1),
    ("article", "hn_news", """PONTIANAK — Baju lelong masih mudah ditemui di sejumlah ruas jalan kota.
Pedagang menyebut barang mereka berasal dari Malaysia dan masuk lewat jalur darat perbatasan.
Seorang pembeli, Yohanes (27), mengaku tetap membeli karena harganya murah dan mereknya dikenal. 'Saya cuci dua kali pakai air panas, aman,' ujarnya.
Pemerintah kota belum memberikan tanggapan resmi terkait penertiban.""", 0, 1, 1, 1),
    ("article", "hn_news", """Sebuah kapal kayu tanpa nama diamankan di perairan Tanjung Balai Karimun pada Minggu dini hari.
Di palka kapal ditemukan 96 koli berisi pakaian, tas, dan sepatu bekas yang diduga berasal dari Singapura.
Nakhoda dan dua ABK diamankan untuk pemeriksaan lebih lanjut, sementara muatan dibawa ke dermaga pabean.""", 0, 1, 1, 1),
    ("article", "hn_news", """Tren thrifting di kalangan mahasiswa Yogyakarta ikut mendongkrak popularitas awul-awul, istilah lama untuk pakaian bekas yang dijual bertumpuk.
Peneliti ekonomi dari sebuah kampus swasta menilai sebagian besar barang awul-awul yang beredar merupakan pakaian bekas impor.
Ia menyarankan pemerintah menyiapkan program alih usaha bagi pedagang kecil sebelum penertiban besar-besaran.""", 0, 1, 1, 1),
    ("article", "hn_news", """Satu unit truk bermuatan 60 karung pakaian bekas dihentikan petugas di ruas jalan menuju Atambua.
Sopir mengaku hanya disuruh mengantar barang dari wilayah perbatasan ke sebuah gudang di Kupang.
Petugas menyebut modus ini kerap dipakai untuk membawa rombengan dari Timor Leste ke daratan Flores dan Timor bagian barat.""", 0, 1, 1, 1),

    # ---------------- opinions ----------------
    ("post", "hn_opinion", """Thread soal thrifting, biar gak salah paham 🧵
1/ Gue gak benci orang yang suka baju second. Gue juga dulu ngawul di Sekaten.
2/ Yang jadi masalah itu bal impornya: separuh isinya sampah tekstil yang akhirnya dibuang di TPA kita.
3/ Kalau mau sustainable, tuker baju, beli preloved dari orang lokal, atau reparasi. Itu jauh lebih masuk akal.""", 0, 1, 1, 1),
    ("post", "hn_opinion", """Aku tumbuh besar di Medan, dan monza itu bagian dari hidup kami.
Seragam kerja bapakku, jaket SMA-ku, semua dari Pasar Melati.
Tapi sekarang aku kerja di konveksi kecil di Binjai, dan aku lihat sendiri gimana order turun tiap kali barang monza membanjir.
Jadi perasaanku campur aduk soal larangan ini. Bukan hitam putih.""", 0, 1, 1, 1),
    ("post", "hn_opinion", """Opini pribadi ya, jangan baper.
Penjual cakar kecil itu cuma ujung rantai. Karungnya masuk lewat pelabuhan tikus, lewat aparat yang tutup mata, lewat importir yang punya gudang gede.
Kalau mau serius, tangkap yang di atas. Jangan cuma sidak lapak ibu-ibu di pasar terus difoto buat berita.""", 0, 1, 1, 1),
    ("post", "hn_opinion", """Unpopular opinion: konten 'thrift haul' di TikTok itu promosi gratis buat bal impor ilegal.
Kalian mungkin gak jualan, tapi begitu kalian sebut nama lapaknya, kalian udah bantu mereka.
Review aja barangnya, jangan kasih alamat. Simpel.""", 0, 1, 1, 1),
    ("post", "hn_opinion", """Di kampung kami di Lampung, baju Batam itu penyelamat waktu kecil.
Tapi sekarang anak-anak muda di sini sudah bisa bikin kaos sendiri, sablon sendiri, jual online.
Menurut saya sudah waktunya kita bangga pakai buatan sendiri daripada nunggu kiriman bekas dari seberang.""", 0, 1, 1, 1),

    # ---------------- jokes ----------------
    ("post", "hn_joke", """Tingkatan anak thrift:
🥉 Pemula: beli kaos second 50rb, bangga
🥈 Menengah: bisa bedain bal Korea sama Jepang dari baunya
🥇 Sepuh: nemu dompet isi 1000 yen di saku jaket, langsung sujud syukur
😂😂""", 0, 1, 1, 1),
    ("post", "hn_joke", """Emak: itu baju dari mana kok baunya aneh?
Aku: dari Jepang mak, impor 😎
Emak: oh pantes, baunya kayak lemari nenek-nenek Tokyo
Aku: ...
#ceritaanakmonza #awulawullife""", 0, 1, 1, 1),
    ("post", "hn_joke", """Dear pacar,
kalau suatu hari kamu nemu aku pakai jaket yang ada nama 'Tanaka' di dalam kerahnya, tolong jangan cemburu.
Aku gak selingkuh sama orang Jepang, aku cuma ngawul di Gedebage 🙏
Salam, pacarmu yang hemat""", 0, 1, 1, 1),

    # ---------------- rules ----------------
    ("post", "hn_rule", """📌 PERATURAN GRUP JUAL BELI WARGA BEKASI (update)
1. Dilarang menjual pakaian, sepatu, tas, atau sprei bekas impor (bal/karungan/ballpress), termasuk pakai istilah samaran.
2. Preloved pribadi boleh, wajib tulis beli di mana.
3. Barang baru gaya vintage boleh, wajib tulis 'baru'.
4. Pelanggaran pertama: posting dihapus. Kedua: dikeluarkan.
Terima kasih atas kerja samanya.""", 0, 1, 1, 1),
    ("post", "hn_rule", """Panduan moderasi internal, bagian Pakaian Bekas:
- Turunkan iklan yang menyebut asal negara + kondisi bekas (misal 'second Korea', 'eks Jepang').
- Turunkan iklan yang menyebut bal, karung, goni, koli pakaian, atau grade 'kepala/badan/kaki'.
- Jangan turunkan berita, keluhan, atau pertanyaan pembeli yang mengutip iklan tersebut.
- Eskalasi ke tim hukum bila ada ajakan reseller massal.""", 0, 1, 1, 1),
    ("post", "hn_rule", """Halo member komunitas Sneakers Borneo 👟
Mulai bulan ini, postingan WTS sepatu second yang asalnya dari lelong, Tawau, atau jalur Kuching tidak lagi diperbolehkan.
Silakan tetap share koleksi pribadi dan review, tapi tanpa harga dan tanpa nama lapak.
Admin akan rutin cek. Terima kasih, jaga grup tetap aman.""", 0, 1, 1, 1),
    ("post", "hn_rule", """Syarat jualan di bazar kampus Minggu depan:
✅ produk UMKM sendiri, makanan, kerajinan, preloved pribadi
❌ pakaian bekas impor, barang bal, jastip dari Pasar Senen
❌ barang KW
Panitia berhak menutup lapak yang melanggar tanpa pengembalian uang sewa.""", 0, 1, 1, 1),

    # ---------------- tutorials ----------------
    ("post", "hn_tutorial", """Cara aman nyuci baju second impor yang kamu udah terlanjur punya 🧺
1. Pisahin dari baju lain, masukin plastik dulu
2. Rendam air panas (60°C kalau bahannya kuat) + deterjen 30 menit
3. Bilas, rendam lagi pakai cairan antiseptik
4. Jemur di matahari langsung sampai kering total
5. Setrika suhu tinggi
Jangan langsung dipakai ya, apalagi dari karungan yang lama disimpan.""", 0, 1, 1, 1),
    ("post", "hn_tutorial", """Tips bedain jaket kulit asli di tumpukan monza (buat yang udah punya, biar tau barangnya):
- Cium baunya, kulit asli bau khas, bukan bau plastik
- Lihat pori-porinya, gak seragam
- Tekan, kulit asli bakal berkerut halus
- Cek bagian dalam, biasanya ada label negara asal
Kalau udah lembap dan berjamur, lap pakai cuka encer lalu angin-anginkan.""", 0, 1, 1, 1),
    ("post", "hn_tutorial", """Tutorial singkat ngilangin bau apek sepatu bekas Jepang:
- Lepas insole, cuci terpisah
- Taburi baking soda semalaman
- Semprot alkohol 70% bagian dalam
- Jemur di tempat teduh berangin, jangan terik (lemnya bisa lepas)
Ulang 2-3 kali kalau masih bau.""", 0, 1, 1, 1),
    ("post", "hn_tutorial", """Buat kalian yang punya kemeja lelong tapi kancingnya ilang atau kerahnya lecek:
Kerah: setrika pakai kain basah di atasnya, terus kasih kanji semprot.
Kancing: cari yang ukurannya sama di toko jahit, jahit pakai pola silang biar kuat.
Lengan kepanjangan: lipat 2x ke dalam, jahit sum, jadi pas tanpa potong.
Selamat mencoba!""", 0, 1, 1, 1),

    # ---------------- reviews ----------------
    ("review", "hn_review", """Review jujur setelah 6 bulan pakai jaket denim dari bal Jepang:
+ bahannya tebal, jahitan kuat
+ warnanya pudar alami, enak dilihat
- bau apek baru ilang setelah 4x cuci
- ada sobek kecil di saku, aku jahit sendiri
Overall 7/10. Bukan ngiklan ya, gak inget juga belinya di lapak mana.""", 0, 1, 1, 1),
    ("review", "hn_review", """Sa punya sepatu RB eks Korea, su pake dua tahun buat kerja di proyek.
Solnya kuat, sampai sekarang belum jebol.
Cuma ukurannya agak kecil, sa biasa 42 harus ambil 43.
Harga dulu murah sekali, tapi sekarang sa dengar su susah dapat barangnya.""", 0, 1, 1, 1),
    ("review", "hn_review", """⭐⭐⭐ untuk pengalaman pertama ngawul.
Awul-awul impor di pasar malam itu seru, tapi capek. 2 jam milih, dapat 3 kaos dan 1 kemeja.
Kaosnya oke, kemejanya ternyata ada noda tinta yang gak keliatan di lampu pasar.
Pelajaran: bawa senter hp, cek di tempat terang.""", 0, 1, 1, 1),
    ("review", "hn_review", """Coat wol second Korea yang aku bawa ke Seoul buat winter kemarin ternyata kuat juga.
Hangat, gak tembus angin, dan gak ada yang sadar itu barang bekas.
Minusnya berat banget, koper jadi overweight.
Catatan: ini coat udah aku punya dari 2019, bukan rekomendasi beli ya.""", 0, 1, 1, 1),
    ("review", "hn_review", """Cakar yang saya punya sejak kuliah di Makassar masih bagus sampai sekarang:
- kemeja flanel 2 biji
- celana jeans 1
- jaket parasut 1
Semuanya awet, kalah produk baru yang saya beli online tahun lalu, baru 3 bulan sudah melar.
Ini cuma review, saya tidak jual apa-apa.""", 0, 1, 1, 1),

    # ---------------- own preloved from local store ----------------
    ("listing", "hn_own_preloved", """PRELOVED PRIBADI — bukan barang bal ya 🙏
1. Kemeja linen Uniqlo, beli di Uniqlo Pakuwon Mall 2023, size M, 85rb
2. Celana kulot Cotton Ink, beli di store Senopati, size S, 120rb
3. Cardigan rajut Zara, beli di Zara Grand Indonesia, size M, 150rb
Semua dipakai sendiri, sudah dicuci & disetrika. COD Surabaya Barat.""", 1, 1, 1, 0),
    ("listing", "hn_own_preloved", """Lagi bongkar lemari karena pindahan ke Balikpapan 📦
Sepatu Converse pribadi (beli di Converse store Tunjungan Plaza), size 40, dipakai 6 bulan, 250rb.
Tas ransel Eiger pribadi, beli di Eiger store Sudirman, masih kuat, 200rb.
Harga nego dikit, utamakan yang bisa ambil sebelum Jumat.""", 1, 1, 1, 0),
    ("listing", "hn_own_preloved", """Jual seken punya sendiri, gak pernah beli dari karungan:
- Jas pernikahan jahit di penjahit langganan Pasar Baru Bandung, sekali pakai, 400rb
- Kebaya akad hasil jahit butik di Sukabumi, 600rb
Bisa dicoba di rumah, Cimahi. WA 0857xxxx.""", 1, 1, 1, 0),
    ("listing", "hn_own_preloved", """Preloved anak saya, beli di Mothercare dan Matahari Palembang:
baju bayi 0-6 bulan 15 potong, kondisi masih bagus, ada 2 yang kena noda susu dikit.
Borong semua 120rb, ambil di Sako.
Galak nian anak sekarang cepet gede, jadi dak kepake lagi 😅""", 1, 1, 1, 0),
    ("listing", "hn_own_preloved", """Thrift my closet! 💕
Semua barang di sini punya aku sendiri, dibeli baru di toko lokal (Matahari, Cotton On Kota Kasablanka, Hijup offline store).
Dress mulai 40rb, hijab 25rb, rok 35rb.
Bukan dari bal impor, bukan jastip pasar. Cek highlight buat detail.""", 1, 1, 1, 0),

    # ---------------- donations / swaps / charity ----------------
    ("post", "hn_donation", """📢 GERAKAN SERIBU JAKET UNTUK DIENG
Kami menerima donasi jaket, sweater, dan selimut bekas layak pakai dari warga.
Titik kumpul: Sekretariat Mapala, Jl. Kaliurang km 5, tiap hari 09.00-17.00.
Mohon dicuci dulu ya. Semua donasi akan dibagikan gratis ke anak-anak SD di lereng Dieng.""", 0, 1, 1, 0),
    ("post", "hn_donation", """SWAP MEET BULANAN KOMUNITAS LEMARI BERBAGI 👗🔁👕
Bawa maksimal 5 pakaian bekas milikmu sendiri, tukar dengan barang orang lain.
Tidak ada jual beli, tidak ada uang.
Barang yang tersisa di akhir acara kami donasikan ke panti wreda.
Sabtu, pukul 10.00, Taman Baca Tebet.""", 0, 1, 1, 0),
    ("post", "hn_donation", """Bazar amal Gereja St. Yosef, Minggu setelah misa:
pakaian second sumbangan umat, sepatu, tas sekolah, harga 5rb–25rb.
Semua hasil untuk biaya sekolah anak asuh di Flores.
Barang diterima sampai Jumat di sekretariat paroki.""", 1, 1, 1, 0),
    ("post", "hn_donation", """Halo warga Griya Asri!
Karang taruna mau buka lapak 'rombengan amal' pas jalan sehat 17an.
Silakan sumbangkan baju bekas anak dan dewasa yang masih layak, kumpulkan ke pos ronda blok C.
Harga jual seikhlasnya, semua uang buat hadiah lomba anak-anak.""", 1, 1, 1, 0),
    ("post", "hn_donation", """Assalamualaikum, kami dari Posko Peduli Banjir Sintang.
Saat ini pengungsi butuh selimut, sarung, pakaian dalam baru, dan pakaian bekas layak pakai untuk anak.
Donasi bisa diantar ke Masjid Al-Ikhlas atau dijemput relawan (hubungi 0813xxxx).
Mohon jangan kirim barang yang sudah sobek. Terima kasih.""", 0, 1, 1, 0),

    # ---------------- other goods ----------------
    ("listing", "hn_other_goods", """READY KARDUS & KERTAS BEKAS PER BAL
- Kardus coklat press: 2.800/kg, bal ±60 kg
- Kertas HVS campur: 2.200/kg
- Koran bekas: 3.000/kg
Gudang di Bekasi Timur, bisa kirim pakai truk engkel minimal 2 ton.
Hubungi 0812xxxx (Pak Darmo).""", 1, 1, 0, 0),
    ("listing", "hn_other_goods", """Jual bawang merah Brebes & bawang putih impor per karung 🧅
Bawang merah super: 28rb/kg, karung 40 kg
Bawang putih kating impor: 32rb/kg, karung 20 kg
Siap kirim ke pasar-pasar Jabodetabek, bongkar di tempat.
Order dadakan bisa, asal sebelum jam 3 sore.""", 1, 0, 0, 1),
    ("listing", "hn_other_goods", """Majun/lap industri dari potongan kain sisa konveksi 🧽
Per bal 25 kg, bersih, tanpa kancing & resleting.
Cocok untuk bengkel, pabrik, SPBU, percetakan.
Ada juga majun kaos campur warna. Produksi Majalaya, kirim ke seluruh Jawa.""", 1, 0, 0, 0),
    ("listing", "hn_other_goods", """Jerami & rumput kering per bal untuk peternak 🐄
Ukuran bal 60x40x40, berat ±15 kg.
Harga 18rb/bal, minimal ambil 50 bal, bisa antar wilayah Boyolali–Klaten.
Stok musim kemarau terbatas, silakan inden.""", 1, 0, 0, 0),

    # ---------------- used vehicles / machines / electronics ----------------
    ("listing", "hn_used_vehicle", """DIJUAL: Mesin jahit obras bekas eks Jepang 🧵
Merk Juki, 4 benang, kondisi normal, baru servis bulan lalu.
Cocok buat usaha konveksi rumahan.
Harga 2,3jt nego tipis, unit di Bandung (Cigondewah). Bisa dicoba di tempat.""", 1, 1, 0, 1),
    ("listing", "hn_used_vehicle", """Mobil bekas Toyota Kijang Innova 2014, tangan pertama, plat BK.
Pemakaian pribadi Medan–Tanjungbalai, servis rutin di bengkel resmi.
Pajak panjang, ban baru 4.
Harga 175jt nego, serius bah, bukan penipuan.""", 1, 1, 0, 0),
    ("listing", "hn_used_vehicle", """Kamera analog second eks Jepang, fresh dari kolektor:
- Canon AE-1 program + lensa 50mm f1.8: 2,5jt
- Olympus OM-10: 1,6jt
Semua sudah dites, light meter jalan.
Bisa COD di Blok M, atau kirim dengan packing kayu.""", 1, 1, 0, 1),
    ("listing", "hn_used_vehicle", """Sepeda lipat & sepeda gunung bekas impor Jepang, baru turun kontainer 🚲
Brompton copy, Dahon, Tern, mulai 1,2jt.
Kondisi 80-90%, sudah distel ulang di bengkel kami.
Showroom Jl. Ahmad Yani Surabaya, buka setiap hari.""", 1, 1, 0, 1),

    # ---------------- new clothes, thrift style ----------------
    ("listing", "hn_new_thrift_style", """NEW DROP: 'Senen Series' 🔥
Kemeja flanel dan jaket corduroy dengan feel thrift 90an, tapi 100% BARU.
Dijahit di konveksi kami sendiri di Bekasi, bahan lokal, label sendiri.
Pre-order 10 hari, size S–XXL.
Gak perlu ngawul, gak perlu bau apek 😉""", 1, 0, 1, 0),
    ("listing", "hn_new_thrift_style", """Mystery Box Vintage Look 📦
Isi 3 kaos baru dengan grafis retro + 1 topi.
Semua produksi UMKM Jogja, bukan barang karungan, bukan seken.
Harga 199rb, kirim seluruh Indonesia.
#vintagelook #produklokal #bukanthrift""", 1, 0, 1, 0),
    ("listing", "hn_new_thrift_style", """Buat yang suka gaya 'cakar Jepang' tapi mau baru:
kami produksi workjacket canvas model Jepang 80an di Makassar sendiri.
Warna navy, olive, coklat. Bahan canvas 12oz.
Harga 285rb, open PO sampai akhir bulan. Tabe, silakan DM.""", 1, 0, 1, 0),

    # ---------------- factory rejects ----------------
    ("listing", "hn_factory_reject", """SISA EKSPOR PABRIK — BARANG BARU 🏭
Kaos polos & polo shirt sisa order tujuan Jepang dari pabrik garmen di Semarang.
Kondisi baru, sebagian label dipotong, ada yang cacat kecil di jahitan.
Borong per karung 100 pcs: 1,5jt. Ecer 18rb.
Bukan barang bekas, bukan impor.""", 1, 0, 1, 0),
    ("listing", "hn_factory_reject", """Reject ekspor sepatu kulit pabrik Sidoarjo 👞
Sepatu pantofel & boots BARU, cacat kecil (jahitan miring, lem belepotan).
Size 39–44, harga 150rb–250rb.
Gudang buka Senin–Sabtu, boleh pilih langsung, grosir ada harga khusus.""", 1, 0, 1, 0),

    # ---------------- new imported clothes ----------------
    ("listing", "hn_new_import", """JASTIP BANGKOK 🇹🇭 (barang BARU ya, bukan seken)
Berangkat tgl 20, pulang tgl 25.
Bisa titip baju dari Platinum Mall & Pratunam, semua baru dengan tag.
Fee 25rb/pcs, DP 50%, nota belanja dikirim.
Sepatu dan tas juga bisa, asal muat koper 😄""", 1, 0, 1, 1),
    ("listing", "hn_new_import", """Ready stock baju anak impor Korea — BARU, segel plastik 👶
Setelan piyama, dress, jaket tipis, size 1–6 tahun.
Beli per seri dapat harga grosir.
Toko kami di Pasar Baru lantai 1, bukan di lantai atas yang jual barang bal ya 😅""", 1, 0, 1, 1),

    # ---------------- job ----------------
    ("post", "hn_job", """LOWONGAN KERJA 📋
Toko pakaian second kami di Gedebage butuh:
- 2 orang tukang sortir (laki-laki, kuat angkat karung)
- 1 admin online (bisa foto & bikin caption)
Gaji sesuai UMK Bandung, makan siang ditanggung.
Kirim lamaran ke alamat toko, bukan lewat DM.""", 0, 1, 1, 1),

    # ---------------- travel / food ----------------
    ("post", "hn_travel_food", """Hari ini jalan-jalan ke Pasar Senen sama anak-anak kantor.
Niatnya cuma liat-liat lapak baju second, ujung-ujungnya malah lama di warung nasi Padang belakang pasar 😂
Rendangnya juara, harganya bersahabat.
Pulang gak beli baju satu pun, perut kenyang aja.""", 0, 1, 1, 1),
    ("post", "hn_travel_food", """Catatan perjalanan: Nunukan – Tarakan 🚤
Pelabuhan Tunon Taka pagi ini ramai sekali, banyak barang dari Tawau diturunkan, karung-karung bertumpuk di dermaga.
Kami cuma numpang lewat, sarapan nasi kuning dan kopi susu sambil nunggu speedboat.
Lautnya tenang, perjalanan 2 jam lancar.""", 0, 0, 0, 0),

    # ---------------- upcycling ----------------
    ("listing", "hn_upcycle", """Koleksi 'Sisa Lemari' 🌱
Tas, pouch, dan sarung bantal dari baju bekas donasi warga Kampung Tematik Malang, dijahit ulang oleh ibu-ibu PKK.
Tiap produk unik, cuma ada satu.
Harga 35rb–120rb, hasil penjualan untuk kas kampung.
Bukan dari barang impor, semua bahan dari warga sendiri.""", 1, 1, 1, 0),
]
