# Batch 4: more legal hard negatives.
RECORDS = [
("article", "hn_news_report", 0, 1, 1, 1, """Ribuan Bal Pakaian Bekas Dimusnahkan di Pontianak
Aparat memusnahkan ribuan bal pakaian bekas hasil penindakan selama setahun terakhir. Barang-barang itu sebagian besar disita di jalur darat perbatasan Entikong dan jalur tikus di Kabupaten Sambas.
Pemusnahan dilakukan dengan cara dibakar di lahan terbuka milik pemerintah daerah dan disaksikan perwakilan pengusaha tekstil.
Pejabat setempat menyebut karungan lelong dari Malaysia masih menjadi modus paling sering ditemukan."""),
("post", "hn_opinion", 0, 1, 1, 1, """Cerita mantan pedagang thrift 🧵
Gue 6 tahun jualan baju bekas impor di Pasar Senen. Modal awal cuma 2 bal.
Tahun lalu gudang langganan kena razia, bal yang udah gue bayar ilang semua.
Sekarang gue udah berhenti total dan pindah jualan kaos sablon buatan sendiri.
Nggak ada yang gue jual dari sisa stok lama, udah gue sumbangin semua. Pelajaran mahal banget."""),
("listing", "hn_other_goods", 1, 1, 0, 0, """Jual Karung Goni Bekas Kopi — Ukuran 60 x 100 cm
Bekas wadah biji kopi, masih kuat, cocok untuk kerajinan, karung pasir, atau tanaman.
Harga 7rb/lembar, ambil 100 lembar 6rb.
Lokasi Temanggung, bisa kirim per bal isi 50 lembar."""),
("listing", "hn_other_goods", 1, 1, 0, 0, """Plastik PET Bekas Press Per Bal — Siap Giling
Botol minum bekas sudah dipress, 1 bal ± 250 kg, bersih tanpa tutup.
Harga 4.200/kg, loco Bekasi. Melayani pabrik daur ulang.
Kontinyu 2 truk per minggu."""),
("review", "hn_new_thrift_style", 1, 0, 1, 0, """Rekomendasi toko: @kainretro.id 💯
Mereka jual kemeja motif ala thrift 90an tapi BARU semua, produksi sendiri di Solo. Bukan barang bal atau second.
Bahannya adem, jahitan rapi, harga 99rb. Packing rapi + dikasih stiker.
Buat yang suka gaya thrift tapi gak mau ribet nyuci baju bekas, ini jawabannya."""),
("post", "hn_own_preloved", 1, 1, 1, 0, """Preloved pribadi: Longchamp Le Pliage Medium Navy 👜
Dibeli di butik Plaza Senayan 2022, ada struknya. Dipakai kuliah ±1 tahun.
Sudut agak kusam, bagian dalam bersih. Harga 650rb.
Milik pribadi ya, bukan dari bal. Bisa COD Jaksel."""),
("message", "hn_complaint_report", 0, 1, 1, 1, """⚠️ INFO PENIPUAN ⚠️
Ada akun yang ngaku supplier 'bal thrift Korea per karung 2,5jt, kirim dari Batam'. Minta DP 50%, setelah transfer nomor langsung hilang.
Sudah 7 orang di grup ini jadi korban. Jangan transfer ke rekening a.n. Suryadi dkk.
Screenshot iklannya aku lampirin di bawah buat bukti laporan ke polisi."""),
("article", "hn_news_report", 0, 1, 1, 1, """Ringkasan Penelitian: Risiko Kesehatan Pakaian Bekas Impor
Sebuah uji laboratorium terhadap sampel pakaian bekas impor dari beberapa pasar thrift menemukan bakteri dan jamur pada sebagian besar sampel.
Peneliti menyarankan pembeli mencuci dengan air panas dan deterjen sebelum memakai.
Temuan ini sering dikutip sebagai salah satu alasan larangan impor balpres di Indonesia, selain dampaknya pada industri tekstil dalam negeri."""),
("comment", "hn_buyer_question", 0, 1, 1, 1, """WTB: cari supplier bal thrift jaket grade A yang amanah, daerah Jawa Timur. Budget 5jt.
Yang pernah beli dan puas, boleh rekomendasiin lewat DM? Aku gak mau beli dari akun baru, takut ketipu lagi 🙏"""),
("listing", "hn_other_goods", 1, 1, 0, 0, """Kursi & Meja Bekas Hotel — Borongan 1 Truk
Ex hotel di Yogyakarta renovasi. 40 kursi kayu jati, 10 meja bundar, kondisi 80%.
Harga borongan 18jt. Bisa ecer kursi 450rb/unit.
Lokasi gudang Sleman."""),
("post", "hn_buyer_diary", 0, 1, 1, 1, """Oleh-oleh liburan ke Tokyo: mampir ke toko second hand di Shimokitazawa 🇯🇵
Dapet 2 kemeja dan 1 mantel wol, totalnya sekitar 4.000 yen. Buat dipake sendiri kok, bukan buat dijual.
Kalau ke sana lagi pengen cari denim. Suka banget sama vibes thrifting di Jepang, rapi dan bersih!"""),
("listing", "hn_other_goods", 1, 0, 0, 1, """Pupuk NPK Impor Rusia Per Karung 50 Kg
Baru, segel utuh, kadar 16-16-16. Cocok untuk sawit & jagung.
Harga 780rb per karung, ambil 1 kontainer harga khusus.
Gudang di Belawan, pengiriman ke seluruh Sumut."""),
("profile", "hn_local_secondhand", 1, 1, 1, 0, """Lemari Tetangga — toko barang pakai lokal di Malang 🏡
Kami TIDAK menjual barang impor. Semua baju dari titipan warga & lemari pribadi, kami jual dengan sistem konsinyasi.
Setiap barang ada nama penitipnya
Buka Selasa–Minggu 10.00–18.00, Jl. Bunga Merak"""),
("listing", "hn_new_clothing", 1, 0, 1, 0, """Grosir Hijab Segi Empat Voal Per Koli 120 Pcs — BARU
Produksi Majalaya, motif printing, tepi jahit neci.
1 koli campur 12 warna, harga 1,9jt. Tersedia juga pashmina.
Kirim dari Bandung, bisa kargo ke luar pulau."""),
("post", "hn_joke_meme", 0, 1, 1, 1, """Kata orang jodoh di tangan Tuhan.
Kata anak thrift: jodoh di tumpukan bal paling bawah, dan udah diambil ibu-ibu duluan 😔
#thriftproblems #balpres #jodohkujaket"""),
("live", "hn_own_preloved", 1, 1, 1, 0, """Live beberes lemari aku sendiri ya guys 🥹 mau nikah, pindah rumah, jadi harus lepas
Ini dress kondangan aku, dipake 3x, beli di Matahari, 75rb
Ini kebaya wisuda, jahit sendiri di penjahit langganan, 150rb
Semua barang pribadi, bukan ambil bal ya. Ketik 'aku' kalau mau"""),
("article", "hn_news_report", 0, 1, 1, 1, """Anggota Dewan Minta Penegakan Larangan Thrift Impor Tidak Tebang Pilih
Dalam rapat kerja dengan Kementerian Perdagangan, sejumlah anggota Komisi meminta pemerintah fokus pada pemasok besar balpres, bukan hanya pedagang eceran di pasar.
Mereka juga mendorong program pendampingan bagi pedagang pakaian bekas impor agar dapat beralih ke produk lokal.
Pemerintah menyatakan razia di gudang-gudang penimbunan akan terus dilakukan."""),
("message", "hn_buyer_question", 0, 1, 1, 1, """Bang, mau nanya aja nih. Kalau monza di Pajak Melati sekarang sepotong jaket berapaan ya? Kemarin kawan bilang udah naik semua sejak ada razia.
Aku cuma mau beli buat sendiri sih, jaket buat touring."""),
("listing", "hn_new_thrift_style", 1, 0, 1, 0, """Mystery Box Baju Wanita Isi 5 Pcs — ALL NEW, Bukan Thrift
Kayak sensasi buka bal tapi semua barang baru dari konveksi kami di Pekalongan 😍
Isi acak: blouse, rok, celana kulot, outer. Ukuran all size.
Harga 150rb per box. Garansi tidak ada barang cacat."""),
("comment", "hn_opinion", 0, 1, 1, 1, """Menurut aku yang salah bukan pembeli thrift. Baju bekas impor itu murah, orang kecil butuh. Harusnya pemerintah bikin baju lokal lebih murah, bukan cuma bakar bal di TV.
Tapi ya, aku juga ngerti nasib penjahit kampung yang gak laku."""),
("post", "hn_donation_swap", 0, 1, 1, 0, """📦 Gerakan Seribu Baju untuk NTT 📦
Kami mengumpulkan pakaian bekas layak pakai dari warga Jakarta untuk dikirim ke desa-desa di Sumba.
Titik kumpul: 5 kampus di Jakarta Selatan. Pakaian dimasukkan ke karung dan diberi label.
Bukan untuk dijual. Bantu share ya 🙏"""),
("listing", "hn_other_goods", 1, 1, 0, 1, """Ban Bekas Ex-Jepang Ring 15 Per Set — Masih Tebal 80%
Merek Bridgestone & Yokohama, tahun 2021. Datang via kontainer ke Surabaya.
Harga 1,2jt per set isi 4. Bisa pasang di tempat.
Lokasi Sidoarjo."""),
("review", "hn_buyer_diary", 0, 1, 1, 1, """Review hasil thrifting minggu lalu (gak nyebut lapaknya ya biar ga dikira promosi):
- Sweater rajut: awet, gak melar, 8/10
- Celana jeans: ternyata ada noda yang gak hilang, 5/10
- Sepatu kanvas: sol lepas setelah seminggu, 3/10
Kesimpulan: baju bekas impor itu untung-untungan. Periksa teliti sebelum bayar."""),
("listing", "hn_new_import_clothing", 1, 0, 1, 1, """Jaket Uniqlo Ultra Light Down — BARU Original, Beli di Singapura
Masih segel plastik + tag, bukan second atau barang thrift.
Size M & L, warna hitam/navy. Harga 650rb.
Jastip pribadi, barang ready di Jakarta."""),
("post", "hn_donation_swap", 0, 1, 1, 0, """Buat adik-adik kelas 1 yang butuh seragam: aku kasih gratis seragam SD bekas anakku 🙏
Ada 3 set merah putih, 2 set pramuka, ukuran anak 7-8 tahun.
Masih bagus, cuma agak pudar. Ambil di rumah, Perumahan Griya Asri blok D.
Gratis, gak perlu bayar apa-apa."""),
("message", "hn_job_logistics", 0, 1, 1, 1, """Mohon maaf Pak, kami jasa ekspedisi tidak menerima kiriman balpres atau pakaian bekas dari Batam.
Itu termasuk barang larangan impor, dan kalau ketahuan kami yang kena.
Untuk barang lain seperti elektronik baru atau dokumen, silakan dikirim lewat kantor kami."""),
("article", "hn_explainer_rules", 0, 1, 1, 1, """Mengenal Istilah 'Grade A, B, C' dalam Perdagangan Bal Pakaian Bekas
Dalam bisnis thrift, pakaian bekas impor yang datang dalam bal biasanya disortir menjadi beberapa kelas. Grade A berarti hampir tanpa cacat, grade B memiliki noda atau kerusakan ringan, dan grade C adalah sisa yang sering dijual per kilo.
Istilah ini kini ramai di live TikTok. Namun, perlu diingat bahwa perdagangan pakaian bekas impor dilarang di Indonesia.
Artikel ini bersifat informatif, bukan ajakan berbisnis."""),
("listing", "hn_own_preloved", 1, 1, 1, 0, """Preloved Gaun Pengantin Putih Ukuran M — Dipakai 1x Akad
Dijahit di butik Surabaya 2023, bahan brokat & tile, ada ekor 1,5 m.
Sudah dry clean. Ada noda tipis di ujung ekor karena lantai.
Harga 2,5jt (dulu 8jt). Barang pribadi, serius saja."""),
("post", "hn_buyer_diary", 0, 1, 1, 1, """Vlog kecil-kecilan: jalan-jalan ke Pasar Senggol Parepare 🎥
Ramai banget pembeli cakar sore-sore, lapaknya pakai terpal. Ada yang digantung, ada yang ditumpuk.
Aku cuma lihat-lihat dan ngobrol sama pedagang soal larangan impor. Mereka bilang pembeli masih ramai.
Full video di channel ya, bukan endorse siapa-siapa."""),
("listing", "hn_other_goods", 1, 1, 0, 1, """Kertas Bekas Impor (OCC) Per Bal — Bahan Baku Pabrik
Kertas & kardus bekas asal Australia, sudah melalui verifikasi, 1 bal ± 500 kg.
Khusus pembeli pabrik kertas berizin. Harga sesuai kontrak per ton.
Gudang Gresik."""),
("comment", "hn_joke_meme", 0, 1, 1, 1, """Bea Cukai: kami berhasil menyita 500 bal pakaian bekas
Anak thrift se-Indonesia: 😢 bisa nggak disita ke rumah aku aja pak
(bercanda ya, jangan dilaporin 🙏)"""),
("post", "hn_opinion", 0, 1, 1, 1, """Sebagai penjahit rumahan di Majalaya, saya cuma mau bilang: tiap kali balpres masuk pasar, pesanan kami turun.
Orang lebih pilih jaket bekas impor 30 ribu daripada jaket jahitan kami 120 ribu.
Kami bukan benci pembeli thrift, tapi tolong lihat juga nasib kami."""),
("listing", "hn_new_thrift_style", 1, 0, 1, 0, """Kaos Sablon 'THRIFT CLUB JAKARTA' Edisi Komunitas — Baru
Sablon plastisol, kaos cotton 24s, produksi lokal Bekasi.
Untuk anggota & simpatisan komunitas pecinta thrift. Harga 95rb.
PO tutup 30 Agustus, dikirim 2 minggu setelahnya."""),
("message", "hn_buyer_diary", 0, 1, 1, 1, """Nak, Ibu baca berita katanya baju bekas dari bal luar negeri itu banyak kumannya.
Jaket yang kamu beli di Gedebage kemarin jangan langsung dipakai ya, rendam air panas dulu.
Dan jangan beli terlalu sering, uang saku itu buat makan."""),
("live", "hn_new_clothing", 1, 0, 1, 0, """Live sore ini: celana jeans sisa ekspor 👖 BARU semua, label masih ada
Bukan thrift, bukan bekas, bukan dari bal. Ini produksi pabrik di Sukoharjo yang batal kirim
Harga 85rb, 2 pcs 150rb
Ketik ukuran pinggang kakak, admin kirim link"""),
("article", "hn_explainer_rules", 0, 1, 1, 1, """Moderator Platform Diminta Kenali Kata Sandi Penjual Thrift Impor
Penjual pakaian bekas impor di media sosial kerap menghindari kata 'bal' atau 'bekas' dan menggantinya dengan istilah seperti 'buka ikat', 'kiriman kapal', atau 'grade A per koli'.
Pengamat e-commerce menilai filter kata kunci saja tidak cukup untuk menyaring iklan semacam ini.
Platform didorong melatih moderator manusia agar memahami konteks dagangan."""),
("post", "hn_school_charity_sale", 1, 1, 1, 0, """Koperasi sekolah SDIT Al Hikmah membuka pojok seragam bekas 🧒
Seragam dari kakak kelas yang sudah lulus, dicuci & disetrika oleh komite.
Harga 10rb per potong, uangnya masuk kas sosial sekolah.
Buka setiap Jumat jam istirahat di depan perpustakaan."""),
("listing", "hn_other_goods", 1, 1, 0, 1, """Laptop Bekas Ex-Singapura Per Bal Isi 20 Unit — Campur Merek
Kondisi acak: sebagian normal, sebagian mati. Cocok untuk bengkel laptop.
Harga 9jt per bal, tanpa garansi. Barang di Batam."""),
("comment", "hn_complaint_report", 0, 1, 1, 1, """Kemarin aku ikut live 'bongkar bal Jepang' di akun @gudang_xx, bayar 3 jaket katanya no minus. Datang semua sobek di ketiak.
Pas aku komplain malah diblok. Pelajaran buat yang lain: jangan percaya live thrift yang gak mau video call."""),
("post", "hn_own_preloved", 1, 1, 1, 0, """Open lapak baju pakai di CFD Solo besok pagi ☀️
Bukan thrift impor ya teman-teman, ini isi lemari aku, adik, sama tante yang udah gak muat.
Kemeja kerja, celana kain, beberapa sepatu. 10-50rb.
Datang aja ke depan Sriwedari, tenda kuning."""),
("listing", "hn_new_clothing", 1, 0, 1, 0, """Keset Kain Perca Handmade Motif Bunga — Produksi UMKM Tasikmalaya
Dibuat dari sisa potongan kain konveksi baru, bukan dari baju bekas atau karungan.
Ukuran 40x60 cm, tebal & menyerap air. Harga 18rb, grosir per kodi 300rb.
Cocok untuk oleh-oleh & toko perabot."""),
("profile", "hn_explainer_rules", 0, 1, 1, 1, """Cerdas Sandang 🇮🇩 | edukasi konsumen
Membahas bahaya pakaian bekas impor, istilah-istilah bal, monza, cakar & awul-awul, serta cara mendukung produk tekstil lokal.
Kami tidak menjual apa pun dan tidak menerima endorse lapak thrift.
Laporan iklan balpres ilegal? Kirim via DM, kami teruskan ke pihak berwenang."""),
]
