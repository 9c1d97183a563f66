from common import R

RECORDS = [
# F51 listing: fertiliser per karung vs clothes
R(51, "listing", "hn_twin_not_clothing", 1, 0, 0, 1, """
Pupuk NPK ex Malaysia per karung 50 kg 🌱
Masuk lewat Tanjungbalai, karung masih jahitan pabrik, tidak menggumpal.
Harga 480rb/karung, ambil 20 karung gratis antar area Asahan & Labuhanbatu.
Hubungi Pak Simanjuntak 0812xxxx
"""),
R(51, "listing", "hn_twin_not_clothing_used", 1, 1, 0, 1, """
Karung plastik bekas pupuk ex Malaysia, per ikat 100 lembar 🌱
Masuk lewat Tanjungbalai, sudah dicuci, bisa buat wadah gabah atau sawit.
Harga 180rb/ikat, ambil 20 ikat gratis antar area Asahan & Labuhanbatu.
Hubungi Pak Simanjuntak 0812xxxx
"""),
R(51, "listing", "twin_offer_quiet", 1, 1, 1, 1, """
Celana kerja & kemeja lapangan ex Malaysia per karung 🌱
Masuk lewat Tanjungbalai, karung belum dibuka, isi kira-kira 150 potong pernah pakai.
Harga 1,8jt/karung, ambil 5 karung gratis antar area Asahan & Labuhanbatu.
Hubungi Pak Simanjuntak 0812xxxx
"""),

# F52 post: bundle Bandung 90s vs new brand
R(52, "post", "twin_offer_loud", 1, 1, 1, 1, """
Anak bundle Bandung mana suaranya? 🤘
Kaos band 90an original, second dari bal Amrik, single stitch, tag masih kebaca.
Metallica, Nirvana, Pearl Jam. 150rb-400rb tergantung kondisi.
Lapak di Jl. Sukajadi, atau COD di Taman Lansia hari Minggu.
"""),
R(52, "post", "hn_twin_new_goods", 1, 0, 1, 1, """
Anak bundle Bandung mana suaranya? 🤘
Kaos band official merch baru, impor langsung dari label di Amrik, masih segel plastik.
Metallica, Nirvana, Pearl Jam. 150rb-400rb tergantung model.
Lapak di Jl. Sukajadi, atau COD di Taman Lansia hari Minggu.
"""),

# F53 article: imported used trains vs used clothes mis-declared as majun
R(53, "article", "hn_twin_not_clothing", 0, 1, 0, 1, """
KAI kembali membahas rencana mendatangkan kereta bekas dari Jepang untuk KRL Jabodetabek.
Rangkaian bekas pakai itu akan dikirim lewat laut ke Tanjung Priok dalam beberapa gelombang.
Pengamat transportasi menilai impor ini masih dibutuhkan sambil menunggu produksi dalam negeri.
Menurut manajemen, sarana yang didatangkan sudah berumur lebih dari 30 tahun di negara asalnya, tetapi masih layak setelah perawatan ulang di depo.
Sebagian kalangan mempertanyakan rencana itu karena industri kereta nasional dinilai sudah mampu memproduksi rangkaian baru, meski dengan waktu tunggu yang lebih panjang.
Kementerian Perindustrian meminta agar izin impor barang modal bekas itu diberikan secara terbatas dan disertai kewajiban alih teknologi perawatan.
Keputusan akhir dijadwalkan keluar setelah rapat koordinasi lintas kementerian bulan depan.
"""),
R(53, "article", "hn_twin_news", 0, 1, 1, 1, """
Petugas gabungan kembali menemukan pakaian bekas dari Jepang dalam kontainer yang tiba di Tanjung Priok.
Barang itu diberitahukan sebagai kain majun, tetapi isinya ternyata kemeja, jaket, dan seragam kerja bekas pakai.
Importir terancam sanksi karena pakaian bekas termasuk barang yang dilarang impor.
Menurut petugas, muatan itu berasal dari pelabuhan di Osaka dan sudah dipres dalam bal-bal besar seberat kira-kira 100 kilogram.
Dokumen pengiriman menyebut barang sebagai bahan pembersih untuk pabrik, sehingga sempat lolos pemeriksaan awal sebelum dibuka di jalur merah.
Kementerian Perdagangan mengingatkan bahwa larangan itu tetap berlaku meski pakaian bekas diberi label lain di dokumen.
Barang bukti akan dimusnahkan setelah proses penyidikan selesai bulan depan.
"""),

# F54 comment: reseller offer vs complaint of fake
R(54, "comment", "twin_offer_quiet", 1, 1, 1, 1, """
Kak aku jual juga tas-tas branded pernah pakai, datang tiap bulan dari Osaka, ada Coach, Kate Spade, Furla.
Semua aku cek keaslian dulu sebelum upload. Cek highlight "READY" di profil aku ya 🙏
"""),
R(54, "comment", "hn_twin_new_goods", 1, 0, 1, 1, """
Kak aku jual juga tas-tas branded baru, datang tiap bulan dari outlet di Osaka, ada Coach, Kate Spade, Furla.
Semua masih dustbag & struk outlet, aku cek keaslian dulu sebelum upload. Cek highlight "READY" di profil aku ya 🙏
"""),

# F55 live: obok-obok vs fabric roll
R(55, "live", "twin_offer_regional_word", 1, 1, 1, 1, """
Lanjut obok-obok ya rek! Tumpukan ini baru turun dari karung, bebas pilih 10rb aja semua.
Ada kaos, celana pendek, daster, kemeja anak. Siapa cepat, pokoknya yang disebut duluan di komen dapet.
Kirim dari Sidoarjo tiap sore.
"""),
R(55, "live", "hn_twin_not_clothing_fabric", 1, 1, 0, 1, """
Lanjut obral kain ya rek! Kain bekas dekorasi pameran, ex Tiongkok, sudah pernah dipasang sekali, masih digulung, bebas pilih 10rb aja per meter.
Ada katun, rayon, linen, motif bunga dan polos. Siapa cepat, yang disebut duluan di komen dapet.
Kirim dari Sidoarjo tiap sore.
"""),

# F56 profile: preloved personal vs sortir seller
R(56, "profile", "hn_twin_own_wardrobe", 1, 1, 1, 0, """
✨ lemari.dita ✨
Preloved pribadi aku & kakak, bukan barang bal/impor ya.
Mostly baju kerja & hijab, kondisi 85% ke atas.
Update tiap akhir bulan | COD Jaksel
"""),
R(56, "profile", "twin_offer_quiet", 1, 1, 1, 1, """
✨ lemari.dita ✨
Pilihan pakaian second, aku sortir sendiri dari kiriman Korea tiap dua minggu.
Mostly baju kerja & hijab, kondisi 85% ke atas.
Update tiap akhir bulan | COD Jaksel
"""),

# F57 message: wholesale koper bekas vs new
R(57, "message", "twin_offer_quiet", 1, 1, 1, 1, """
Selamat siang kak, koper & tas travel yang kakak tanya masih ada 14 unit.
Barangnya pernah dipakai, roda semua masih lancar, dari kiriman Hongkong yang transit di Batam.
Satuan 200rb, borong semua 2,4jt. Foto saya kirim sekarang ya.
"""),
R(57, "message", "hn_twin_not_clothing", 1, 1, 0, 1, """
Selamat siang kak, kipas angin & dispenser yang kakak tanya masih ada 14 unit.
Barangnya pernah dipakai, mesin semua masih lancar, dari kiriman Hongkong yang transit di Batam.
Satuan 200rb, borong semua 2,4jt. Foto saya kirim sekarang ya.
"""),

# F58 review: product quality review of import new vs used
R(58, "review", "twin_offer_quiet", 1, 1, 1, 1, """
Belanja di @kiosk.seken.parepare gak pernah zonk ⭐⭐⭐⭐⭐
Kemeja flanel bekas dari karung Malaysia 30rb, jaket jeans 65rb. Semua udah dicuci, wangi.
Yang di Parepare dan sekitarnya wajib mampir, pemiliknya ramah, bisa tawar.
"""),
R(58, "review", "hn_twin_new_goods", 1, 0, 1, 0, """
Belanja di @kiosk.baru.parepare gak pernah zonk ⭐⭐⭐⭐⭐
Kemeja flanel baru jahitan penjahit lokal 30rb, jaket jeans baru 65rb. Masih plastik, wangi kain baru.
Yang di Parepare dan sekitarnya wajib mampir, pemiliknya ramah, bisa tawar.
"""),
R(58, "review", "hn_twin_imported_new", 1, 0, 1, 1, """
Belanja di @kiosk.impor.parepare gak pernah zonk ⭐⭐⭐⭐⭐
Kemeja flanel baru impor Malaysia 30rb, jaket jeans 65rb. Masih tag, belum pernah dipakai siapa pun.
Yang di Parepare dan sekitarnya wajib mampir, pemiliknya ramah, bisa tawar.
"""),

# F59 post: majun vs shirts in Batam
R(59, "post", "twin_offer_quiet", 1, 1, 1, 1, """
Butuh stok buat lapak? Kami di Batu Ampar ada kaos polo & kemeja kerja pernah pakai, dipres per 50 kg.
Bisa dikirim ke Jawa lewat kapal Pelni atau kargo. Harga per kilo, tanya admin.
Pembeli luar pulau tolong sertakan alamat lengkap saat chat.
"""),
R(59, "post", "hn_twin_not_clothing", 1, 1, 0, 1, """
Butuh kain lap untuk bengkel? Kami di Batu Ampar ada majun dari potongan kaos polo bekas impor, dipres per 50 kg.
Bisa dikirim ke Jawa lewat kapal Pelni atau kargo. Harga per kilo, tanya admin.
Sudah dipotong-potong, tidak ada yang utuh. Pembeli luar pulau tolong sertakan alamat lengkap.
"""),

# F60 listing: new hijab Turkey vs used
R(60, "listing", "hn_twin_new_goods", 1, 0, 1, 1, """
Hijab & gamis impor Turki 🧕
Stok baru datang dari Istanbul, bahan ceruti & jersey, belum pernah dicuci.
Hijab 45rb, gamis 185rb. Grosir 1 lusin dapat harga reseller.
Toko di Thamrin City lantai 3, kirim se-Indonesia.
"""),
R(60, "listing", "twin_offer_quiet", 1, 1, 1, 1, """
Hijab & gamis ex Turki 🧕
Stok pakaian pakai dari Istanbul, sudah disortir, bahan ceruti & jersey, dicuci ulang sebelum dikirim.
Hijab 15rb, gamis 65rb. Ambil satu koli dapat harga reseller.
Toko di Thamrin City lantai 3, kirim se-Indonesia.
"""),

# F61 post: Tanjungbalai ransel vs school donation
R(61, "post", "twin_offer_quiet", 1, 1, 1, 1, """
Ransel anak sekolah, pilihan dari partai yang baru turun di Tanjungbalai 🎒
Kondisi 80-90%, ada yang resletingnya perlu diganti, sudah ditandai.
Harga 35rb-60rb. Jelang tahun ajaran baru biasanya cepat habis.
Toko kami depan SD Inpres Kisaran.
"""),
R(61, "post", "hn_twin_school_bazaar", 1, 1, 1, 0, """
Ransel anak sekolah, hasil sumbangan alumni SD Inpres Kisaran 🎒
Kondisi 80-90%, ada yang resletingnya perlu diganti, sudah ditandai.
Harga 5rb-10rb saja, hasilnya buat beli buku perpustakaan. Jelang tahun ajaran baru biasanya cepat habis.
Bazar di halaman sekolah hari Sabtu.
"""),

# F62 message: WA ask to buy vs WA offer
R(62, "message", "hn_twin_buyer_question", 0, 1, 1, 1, """
Pak, saya dapat nomor Bapak dari teman di Pasar Tungging.
Saya mau cari sepatu bekas impor yang partai, buat buka lapak di Lampung. Kira-kira satu karung berapa ya pak dan isinya berapa pasang?
Mohon info, terima kasih.
"""),
R(62, "message", "twin_offer_loud", 1, 1, 1, 1, """
Pak, ini saya pedagang dari Pasar Tungging.
Saya ada sepatu bekas impor partai, buat Bapak yang mau buka lapak di Lampung. Satu karung 3jt isi 60-70 pasang, bisa saya kirim pakai travel.
Mohon dikabari, terima kasih.
"""),

# F63 post: cosplay / used costume local vs import
R(63, "post", "hn_twin_own_wardrobe", 1, 1, 1, 0, """
Jual kostum cosplay bekas pakai sendiri 🎌
Dibuat di penjahit Jogja tahun lalu buat event, dipakai 2 kali. Lengkap wig & aksesoris.
Ukuran L, harga 350rb nego. Alasan jual: udah ganti karakter hehe.
COD di Jogja atau kirim.
"""),
R(63, "post", "twin_offer_quiet", 1, 1, 1, 1, """
Jual kostum cosplay bekas ex Jepang 🎌
Borongan dari secondhand shop di Akihabara, kondisi bekas pakai event, lengkap wig & aksesoris.
Ukuran L, harga 350rb nego. Masih ada 9 kostum lain, cek katalog.
COD di Jogja atau kirim.
"""),

# F64 listing: shoes from Senen
R(64, "listing", "twin_offer_quiet", 1, 1, 1, 1, """
Converse Chuck 70 hitam, size 42
Kondisi 8/10, sol masih tebal, ada sedikit kuning di karet samping. Ambil dari kiriman partai Thailand di Senen.
Harga 280rb, no box. Bisa foto tambahan.
"""),
R(64, "listing", "hn_twin_own_wardrobe", 1, 1, 1, 0, """
Converse Chuck 70 hitam, size 42
Kondisi 8/10, sol masih tebal, ada sedikit kuning di karet samping. Punya sendiri, dulu beli di Converse store Grand Indonesia, sekarang kekecilan.
Harga 280rb, no box. Bisa foto tambahan.
"""),

# F65 post: Tanjungpinang seragam & lelong; not-clothing variant gadget
R(65, "post", "twin_offer_regional_word", 1, 1, 1, 1, """
Barang lelong dari Singapura sampai Tanjungpinang hari ini 🛳️
Blazer, rok kerja, kemeja kantoran. Harga 20rb-50rb, sebagian masih ada label dry cleaning.
Datang ke Pasar Bintan Center blok B, atau pesan lewat DM.
"""),
R(65, "post", "hn_twin_not_clothing", 1, 1, 0, 1, """
Barang lelong dari Singapura sampai Tanjungpinang hari ini 🛳️
Laptop kantor, monitor, printer bekas pakai perusahaan. Harga 200rb-1,5jt, sebagian masih ada stiker inventaris.
Datang ke Pasar Bintan Center blok B, atau pesan lewat DM.
"""),

# F66 comment: seller v joke
R(66, "comment", "twin_offer_quiet", 1, 1, 1, 1, """
Mau yang kayak gini? Aku ada 20 kemeja Hawaii pernah pakai, motifnya ramai-ramai, masuk dari Tanjungbalai kemarin.
35rb satu, 300rb ambil sepuluh. Japri aja biar cepat, stoknya gak nunggu lama 😎
"""),
R(66, "comment", "hn_twin_new_goods", 1, 0, 1, 1, """
Mau yang kayak gini? Aku ada 20 kemeja Hawaii baru, motifnya ramai-ramai, impor dari Guangzhou kemarin, belum dibuka plastiknya.
35rb satu, 300rb ambil sepuluh. Japri aja biar cepat, stoknya gak nunggu lama 😎
"""),

# F67 article vs bazaar? pure legal pair: news of local preloved market
R(67, "article", "hn_twin_news_local", 0, 1, 1, 0, """
Pasar preloved warga di Taman Kota Pekanbaru ramai dikunjungi pada akhir pekan.
Panitia menyebut seluruh barang yang dijual adalah milik pribadi peserta, bukan pakaian bekas impor.
Setiap peserta dibatasi membawa paling banyak 30 potong agar lapak tidak dipakai pedagang karungan.
"""),
R(67, "post", "hn_twin_local_market_stall", 1, 1, 1, 0, """
Ikut pasar preloved warga lagi di Taman Kota Pekanbaru Minggu ini 🌿
Aku bawa 30 potong isi lemari sendiri: blus, celana kulot, 3 tas. Bukan barang karungan ya, semua punya pribadi.
Harga 10rb-60rb. Cari tikar biru dekat air mancur!
"""),

# F68 listing: Entikong jeans quiet vs seized news
R(68, "listing", "twin_offer_quiet", 1, 1, 1, 1, """
Celana jeans pria, masuk lewat Entikong minggu lalu 👖
Pernah pakai, warna pudar alami, ukuran 29-38. Merk Levi's, Lee, Wrangler campur.
60rb satuan, 5 pcs 250rb. Ready di Sanggau, bisa kirim ke Pontianak kota.
"""),
R(68, "article", "hn_twin_news", 0, 1, 1, 1, """
Petugas di PLBN Entikong menggagalkan masuknya ratusan celana jeans bekas dari Malaysia yang disembunyikan di bak truk sayur.
Barang yang terdiri atas merk Levi's, Lee, dan Wrangler itu rencananya dijual di Sanggau dan Pontianak.
Sopir truk kini diperiksa penyidik.
"""),
]
