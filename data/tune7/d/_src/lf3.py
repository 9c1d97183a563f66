# long-form batch 3: legal
LF3 = [
("article","hn_news",0,1,1,1,"""PONTIANAK – Aparat gabungan memeriksa sebuah gudang di Kecamatan Sungai Raya yang diduga menampung pakaian bekas asal Malaysia.
Dari lokasi, petugas mencatat 62 koli berisi kemeja, seprei dan jaket yang belum dibongkar.
Pemilik gudang mengaku barang dibeli dari pengepul di perbatasan dan akan dijual sebagai lelong di pasar-pasar kota.
Kepala kantor bea cukai setempat menegaskan impor pakaian bekas dilarang dan barang akan dimusnahkan setelah proses hukum."""),
("article","hn_news",0,1,1,1,"""Pedagang monza di Pajak Melati Medan mengaku omzet turun separuh sejak pengawasan di pelabuhan Tanjungbalai diperketat.
"Goni sekarang susah masuk, harganya naik dua kali," kata seorang pedagang yang sudah 15 tahun berjualan.
Pemerintah kota menyatakan tengah menyiapkan program pelatihan bagi pedagang yang ingin beralih ke produk lokal.
Sementara itu pengunjung masih ramai pada hari Selasa, Jumat dan Minggu."""),
("article","hn_news",0,1,1,1,"""MAKASSAR – Larangan impor pakaian bekas kembali memicu keluhan pedagang cakar di kawasan Pasar Terong.
Mereka menyebut barang selama ini datang dalam karung melalui Pare-Pare dan Nunukan.
Dinas Perdagangan Sulsel meminta pedagang menghabiskan stok lama dan tidak memesan karung baru.
Sejumlah pedagang berharap ada masa transisi agar tidak kehilangan mata pencaharian."""),
("post","hn_oped",0,1,1,1,"""Jujur, sa pu mama dulu besarkan kami dari jual cabo di Youtefa.
Tapi sekarang sa kerja di konveksi kecil di Abepura, dan sa lihat sendiri kami susah bersaing dengan baju karung dari luar yang 10 ribu.
Dua-duanya rakyat kecil. Pemerintah harus kasi jalan: bantu modal buat pedagang pindah ke barang lokal, jangan cuma razia.
Itu sa pu pendapat."""),
("post","hn_report",0,1,1,1,"""Laporan ke tim moderasi marketplace:
Toko "Lelong Murah Kalbar" menulis di deskripsi: "koli Singapore baru masuk lewat Entikong, 1 koli 90 pcs".
Produk ini pakaian bekas impor yang dilarang Permendag 40/2022.
Mohon produk diturunkan dan toko diberi peringatan. Tangkapan layar terlampir."""),
("post","hn_complaint",0,1,1,1,"""Cerita apes minggu lalu 😭
Aku transfer 3,5 juta ke akun yang jual 'karung Korea grade A' katanya dari Batam.
Yang datang karung isinya kaos lokal sobek, bau minyak, sebagian basah.
Pas aku komplain, nomorku diblokir. Sudah lapor polisi siber.
Buat kawan-kawan Pekanbaru, jangan tergiur harga murah ya."""),
("post","hn_guideline",0,1,1,1,"""PANDUAN SELLER – kategori Fashion
Produk berikut tidak boleh diunggah:
1. pakaian bekas asal luar negeri (istilah: ex Jepang, seken Korea, goni, koli, karung, lelong, monza, cabo, RB, BJ, roma)
2. alas kaki dan tas bekas impor
Yang boleh: pakaian bekas milik pribadi dari dalam negeri, pakaian baru impor resmi dengan dokumen.
Pelanggaran berulang → toko dinonaktifkan."""),
("article","hn_tutorial",0,1,1,1,"""Panduan singkat membersihkan baju rombengan sebelum dipakai
1. Pisahkan per warna dan bahan.
2. Rendam air panas 60°C dengan deterjen antiseptik 30 menit.
3. Sikat bagian kerah dan ketiak.
4. Jemur di bawah matahari penuh, lalu setrika panas.
Dokter kulit di Kupang mengingatkan, pakaian bekas dari karung bisa membawa jamur dan tungau."""),
("post","hn_joke",0,1,1,1,"""Kamus gaul belanja baju bekas se-Indonesia 😂
Medan: monza / monja
Pontianak: lelong (bukan lelang!)
Makassar: cakar alias cap karung
Manado-Ambon-Papua: cabo / cakbor
Palembang: BJ
NTT: RB alias rombengan
Yang nambahin di komen dapat pahala 🤣"""),
("comment","hn_buyer_question",0,1,1,1,"""Halo kakak-kakak Banjarmasin,
Ulun handak belanja di Pasar Tungging Ahad ini, pertama kali.
Jam berapa bagusnya datang? Terus barang kapal di sana harus dicuci berapa kali kah?
Ulun pernah gatal pakai baju bekas, jadi agak takut.
Makasih banyak pian 🙏"""),
("review","hn_review_noseller",0,1,1,1,"""Review jujur jaket kulit seken Jepang yang kubeli di pajak dua tahun lalu:
+ kulitnya tebal, jahitan rapi, makin dipakai makin lemas
+ harga cuma seperlima harga baru
- awalnya bau apek, butuh seminggu diangin-anginkan
- lapisan dalam robek, kuganti di penjahit 50rb
Overall puas, tapi sekarang aku lebih milih jaket lokal karena barang kayak gini udah dilarang masuk."""),
("listing","hn_new_thrift_style",1,0,1,0,"""NEW DROP – 'Pasar Minggu' collection 🧵
Kemeja flanel & jaket corduroy bergaya vintage
100% BARU, dijahit di workshop kami di Sleman
Bukan barang bekas, bukan impor
Harga 149rb – 259rb, size S sampai XXL
Order via website atau datang ke toko Jl. Kaliurang km 7"""),
("listing","hn_new_import",1,0,1,1,"""Jastip Kuching – trip 14 Juni ✈️
Kamek ke Kuching lewat Entikong, belanja di mall & outlet resmi
- sepatu sport BARU, box + nota
- kaos & jaket BARU dengan tag
Fee jastip 10% dari harga, bea masuk dibayar sesuai aturan
PO ditutup 10 Juni. Tak terima titip barang bekas ya!"""),
("listing","hn_factory_reject",1,0,1,0,"""Sisa ekspor langsung pabrik Karawang 📦
Kaos polos & polo, BARU, belum pernah dipakai
Ada cacat kecil (benang lepas, sablon miring) makanya tidak lolos QC
Per karung isi 200 pcs – 2,4 jt
Bukan barang second! Cocok buat jual di pasar kaget Sumatera
Kirim via ekspedisi ke Medan, Padang, Palembang"""),
("listing","hn_own_preloved",1,1,1,0,"""Beberes lemari 🧺 preloved pribadi
- kebaya brokat (beli di Pasar Beringharjo) 150rb
- blazer kantor (beli di Matahari Jogja) 90rb
- gamis hitam 70rb
Semua dipakai sendiri, kondisi 90%, sudah laundry
COD sekitar Bantul, luar kota kirim JNE"""),
("post","hn_donation",0,1,1,0,"""📢 OPEN DONASI – Posko Gereja Kalvari Sentani
Kami menerima pakaian bekas layak pakai, selimut, dan sepatu untuk keluarga terdampak banjir.
Mohon dicuci dan dilipat, pisahkan pakaian anak.
Barang tidak diperjualbelikan.
Antar ke posko setiap hari jam 8-17."""),
("post","hn_school_bazaar",1,1,1,0,"""BAZAR AMAL SMA Negeri 1 Atambua 🎒
Sabtu, 9 Agustus, di aula sekolah
Dijual: pakaian bekas sumbangan guru, alumni dan orang tua murid, buku bekas, kue
Harga pakaian 2rb – 15rb
Hasil bazar untuk beasiswa siswa dari desa perbatasan
Besong datang e!"""),
("listing","hn_other_goods_sack",1,1,0,0,"""Jual kardus bekas per bal – Pontianak
- kardus coklat campur, dipress, ±60 kg per bal
- harga 2.800/kg
- ambil di gudang Siantan, bisa bantu muat
Juga terima beli kardus dari toko-toko. Hubungi Bang Jali 0813xxxx"""),
("listing","hn_used_vehicle",1,1,0,1,"""Dijual mobil bekas eks Jepang (rekondisi) – Batam
Tahun 2013, matic, kilometer 78rb
Dokumen lengkap, plat BP, tidak bisa mutasi ke luar FTZ
Harga 95 jt nego
Lokasi Sekupang, bisa test drive"""),
("listing","hn_upcycling",1,1,1,0,"""Produk komunitas 'Sisa Kain Ende' ♻️
Tas, dompet dan sarung bantal dari pakaian bekas warga & sisa tenun ikat
Dijahit ibu-ibu di Kelurahan Paupanda
Harga 25rb – 150rb
Semua bahan dari sumbangan lokal, bukan barang luar.
Pesan lewat DM, kirim ke seluruh NTT"""),
("post","hn_job",0,1,1,1,"""LOWONGAN KERJA – Tanjungpinang
Dicari 3 orang tenaga sortir & cuci untuk gudang pakaian bekas impor
Syarat: pria/wanita 18-40, tahan kerja berdiri
Gaji harian + makan siang
Lamaran langsung ke gudang di Batu 9, bawa KTP"""),
("post","hn_travel_food",0,0,0,0,"""Minggu pagi di Banjarmasin ✨
Jam 6 naik klotok ke pasar terapung Lok Baintan, beli kue cincin.
Jam 8 lewat Pasar Tungging cuma buat lihat keramaian, lalu sarapan soto Banjar di pinggir Martapura.
Siangnya tidur 😴
Rekomendasi buat yang baru pertama ke Kalsel!"""),
("post","hn_local_market",1,0,1,0,"""Pajak Petisah – lantai 2 👗
Kios Kak Lisna jual baju kurung, kebaya, gamis BARU jahitan Medan & Bandung
Bukan monza, bukan seken. Harga grosir untuk pedagang dari Aceh & Riau
Kain songket Batubara juga ada
Buka tiap hari 9-17, Minggu setengah hari"""),
("post","hn_local_used",1,1,1,0,"""Baju bekas LOKAL – bukan dari luar ya kak 🙏
Ini kumpulan dari lemari keluarga besar kami di Samarinda: kemeja, rok, baju anak.
Semua dicuci ulang, harga 5-25rb.
Hasil jualan buat ongkos sekolah adik.
Ambil di rumah daerah Sempaja, jangan datang malam."""),
("post","hn_news",0,1,1,1,"""AMBON – Pedagang cakar bongkar di kawasan Mardika mengeluhkan sepinya pembeli menjelang Lebaran.
Mereka menyebut stok berkurang karena kiriman karung dari Surabaya tersendat.
Sebagian pedagang memilih tutup lebih awal dan pulang kampung.
Pemerintah kota berencana menata ulang kawasan pasar setelah hari raya."""),
("article","hn_oped",0,1,1,1,"""Opini | Monza, Lelong, Cakar: Satu Larangan, Banyak Nama
Setiap daerah punya sebutan sendiri untuk baju bekas dari luar negeri, dan masing-masing punya jalur: goni lewat Tanjungbalai, koli lewat Entikong, karung lewat Pare-Pare.
Larangan dari Jakarta sering terdengar seragam, padahal pasar di daerah hidup dengan ritme berbeda.
Penegakan di pelabuhan memang perlu, tapi pedagang eceran di pasar tidak boleh dibiarkan tanpa jalan keluar."""),
("comment","hn_buyer_question",0,1,1,1,"""Nanya dong,
Temenku di Manado katanya sering beli cabo di dekat Jembatan Mahakam.
Itu barangnya beneran dari Korea? Terus aman nggak buat kulit bayi?
Aku pengen titip beli tapi ragu soal aturan larangannya.
Ada yang pernah?"""),
]
