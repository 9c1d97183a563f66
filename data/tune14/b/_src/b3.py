# Batch 3: legal hard negatives (plus one last illegal offer at the top).
# Tuple: (kind, category, (offer, used, clothing, abroad), text)
RECORDS = [
("post", "unit_lot_offer", (1, 1, 1, 1), """Stok gudang minggu ini tinggal:
🟢 kemeja batik pria (bukan batik lokal, motif Hawaii) 2 ikat
🟢 celana chino 3 ikat
🟢 hoodie polos 1 ikat
1 ikat = 100 potong, sudah pilah, sudah cuci, kondisi masih enak dipakai.
Ambil langsung di Jl. Raya Pelabuhan Parepare atau titip kapal ke Balikpapan.
Tanya2 di DM aja, jangan di kolom komentar 🙏"""),

("listing", "hn_new_thrift_style", (1, 0, 1, 0), """Kemeja Flanel Oversize "Thrift Look" - BARU, Produksi Sendiri
Motif kotak-kotak gaya vintage 90an, bahan flanel katun tebal
Sengaja kami washing biar warnanya keliatan pudar kayak baju thrift, tapi 100% baru, masih plastik & label
Dijahit di konveksi kami di Bandung
Ukuran S-XXL, harga 129rb
Bukan barang bekas ya kak, aman & higienis"""),

("post", "hn_own_preloved", (1, 1, 1, 0), """Preloved lemari sendiri, mau pindahan jadi harus dikurangin 😢
1. Blazer Zara hitam size M, beli di Grand Indonesia 2021, dipakai 3x — 200rb
2. Dress Cotton Ink motif bunga, size S — 120rb
3. Sepatu Charles & Keith krem size 38, lecet dikit di tumit — 250rb
Semua barang pribadi, bukan thrift / bukan bal ya.
COD daerah Tebet, selain itu kirim."""),

("listing", "hn_other_goods_bulk", (1, 1, 0, 0), """Kardus Bekas Per Bal 50 Kg - Siap Angkut
Kardus bekas packing, kondisi kering, sudah dipress jadi bal
Harga 2.600/kg, minimal 1 bal
Cocok untuk pengepul & pabrik daur ulang kertas
Lokasi lapak rongsok kami di Bekasi Timur
Bisa antar pakai pick up untuk ambil 5 bal ke atas"""),

("post", "hn_school_bazaar", (1, 1, 1, 0), """BAZAR AMAL SMP NEGERI 4 🎒
Sabtu, jam 8-12 di aula sekolah
Menjual baju, sepatu, tas bekas layak pakai hasil donasi orang tua murid dan guru
Semua harga 5.000 - 25.000
Hasil penjualan untuk membantu biaya study tour siswa kurang mampu
Ayo datang dan ajak keluarga!"""),

("article", "hn_news_report", (0, 1, 1, 1), """Pedagang pakaian bekas di Pasar Terong, Makassar, mengeluhkan pasokan cakar yang menipis sejak pengawasan di Pelabuhan Parepare diperketat.
Menurut seorang pedagang, harga satu karung kini naik hampir dua kali lipat karena barang yang lolos dari Nunukan semakin sedikit.
Ia berharap pemerintah memberi masa peralihan agar pedagang bisa beralih ke pakaian produksi lokal.
Dinas Perdagangan setempat menyatakan akan mendata pedagang yang terdampak larangan impor pakaian bekas."""),

("listing", "hn_other_goods_bulk", (1, 1, 0, 0), """Majun Kain Perca Per Karung 25 Kg
Majun putih & warna campur, untuk lap mesin bengkel, pabrik, percetakan
Sudah bersih, tidak ada kancing / resleting
Harga 6.500/kg
Pengiriman area Tangerang - Jakarta
Melayani kontrak bulanan untuk industri"""),

("comment", "hn_buyer_question", (0, 1, 1, 1), """Bang, ada yg tau gak sekarang kalo mau nyari baju monza yang masih bagus di Medan enaknya ke mana? Pajak Melati masih rame ga sih abis ada razia?
Aku cuma mau beli buat pake sendiri, bukan buat dijual lagi.
Makasih infonya 🙏"""),

("post", "hn_tutorial", (0, 1, 1, 1), """Cara mencuci baju thrift dari bal biar aman dipakai 🧼
1. Jangan langsung dicampur sama baju lain.
2. Rendam air panas ±60°C selama 30 menit (cek label bahan dulu).
3. Tambah detergen + sedikit cuka atau disinfektan pakaian.
4. Bilas 2x, jemur di bawah matahari langsung.
5. Setrika suhu tinggi untuk bahan yang kuat.
Baju bekas impor bisa bawa jamur & bakteri, jadi jangan malas bersihin ya!"""),

("listing", "hn_new_import_clothing", (1, 0, 1, 1), """Kaos Oversize Import Bangkok - Baru Bukan Bekas
Barang baru langsung dari Pratunam, masih label & plastik
Bahan cotton combed, sablon plastisol
Warna: hitam, putih, sage, mocca
Harga grosir 6 pcs 300rb, ecer 55rb
Dokumen impor resmi, kami importir terdaftar"""),

("post", "hn_joke_meme", (0, 1, 1, 1), """Orang Makassar kalau ditanya bajunya beli di mana:
"Di mall?" — "Tidak, cakar ji."
"Merk apa?" — "Merk cap karung, kualitas internasional."
"Mahal?" — "25 ribu, tawar jadi 20."
Fashion week kita mah tiap Minggu pagi di Pasar Terong 😂"""),

("listing", "hn_ordinary_listing", (1, 0, 1, 0), """Gamis Katun Rayon Motif Daun - Ready Stock
Bahan adem, tidak menerawang, busui friendly (resleting depan)
Ukuran M, L, XL (LD 100/106/112)
Warna: dusty pink, sage, navy
Harga 145rb, beli 2 gratis ongkir Jawa
Produksi konveksi sendiri di Solo"""),

("post", "hn_donation_request", (0, 1, 1, 0), """Open donasi pakaian layak pakai untuk korban banjir di Kecamatan Dayeuhkolot 🙏
Kami menerima baju anak, baju dewasa, selimut, sarung, sepatu.
Mohon dalam kondisi bersih dan sudah dilipat.
Drop point: Masjid Al-Ikhlas, Jl. Mohammad Toha, jam 8 pagi - 8 malam.
Bukan untuk dijual, semua langsung disalurkan ke posko."""),

("listing", "hn_other_goods_bulk", (1, 1, 0, 1), """HP Bekas Rusak Per Kilo - Ex Singapura & Hongkong
Mesin HP mati total, LCD pecah, buat kanibal sparepart
Campur merk Samsung, Oppo, iPhone lama
Harga 350rb/kg, minimal 5 kg
Bukan untuk dipakai, khusus teknisi / pengepul
Gudang di Batam, kirim via ekspedisi"""),

("review", "hn_review_no_seller", (0, 1, 1, 1), """Sudah 5 tahun rajin thrifting di Gedebage dan Senen, ini catatan jujurku:
+ harga masih masuk akal dibanding baju baru bermerek
+ bahannya rata-rata awet
- makin ke sini bal grade A makin jarang, banyak yang isinya reject
- kebersihan harus diurus sendiri
Sekarang aku lebih banyak beli baju lokal, tapi tetap menghargai pengalaman berburu di tumpukan baju bekas itu."""),

("message", "hn_complaint_quoting_ad", (0, 1, 1, 1), """Selamat siang Admin Marketplace,
Saya ingin melaporkan toko "Lemari Ombak" yang menjual pakaian bekas impor. Di deskripsinya tertulis "barang dari koli Batam, kondisi 8/10, ready per karung".
Setahu saya ini dilarang. Selain itu barang yang saya terima tidak sesuai foto.
Mohon ditindaklanjuti. Bukti tangkapan layar terlampir.
Terima kasih."""),

("listing", "hn_factory_reject", (1, 0, 1, 0), """Kaos Polos Reject Pabrik Per Kodi
Sisa produksi garmen Sukabumi, cacat minor: sablon geser, jahitan miring, beda warna tipis
Barang BARU, belum pernah dipakai
Ukuran campur S-XL
1 kodi 180rb, ambil 5 kodi 850rb
Cocok buat kaos kerja bakti, seragam acara, atau dijual murah"""),

("post", "hn_local_upcycle", (1, 1, 1, 0), """Tas tote dari celana jeans bekas donasi tetangga 💙
Kami di Rumah Jahit Kampung Sukamaju mengolah jeans yang udah ga dipakai warga jadi tas, dompet, dan pouch.
Tiap tas unik, ada saku asli celananya.
Harga 65-110rb, hasilnya buat ibu-ibu penjahit di kampung.
Pesan lewat DM atau datang ke workshop Sabtu-Minggu."""),

("article", "hn_news_report", (0, 1, 1, 1), """Penyelundupan Pakaian Bekas via Entikong Digagalkan
Aparat gabungan di Pos Lintas Batas Negara Entikong menghentikan sebuah truk yang mengangkut 120 karung pakaian bekas dari Malaysia.
Sopir mengaku hanya disuruh mengantar ke sebuah gudang di Pontianak.
Barang bukti diamankan, sedangkan pemilik masih diburu petugas.
Kepala kantor bea cukai setempat menyebut modus menyelipkan karung ballpress di antara muatan sayur sudah sering ditemukan."""),

("listing", "hn_other_goods_bulk", (1, 0, 0, 0), """Karung Goni Baru Ukuran 60x100
Karung goni jute tebal, cocok untuk kopi, kakao, pasir, dekorasi kafe
Kondisi baru, bukan bekas
Harga 9.000/pcs, 1 bal isi 100 lembar 850rb
Stok banyak di gudang Semarang
Bisa cetak logo untuk pesanan di atas 500 pcs"""),

("post", "hn_opinion", (0, 1, 1, 1), """Thread soal razia baju bekas impor 🧵
1/ Orang kira thrifting = hemat dan ramah lingkungan. Sebagian benar, tapi bal yang masuk ke sini itu sebagian besar sampah tekstil negara lain.
2/ Pedagang kecil di pasar yang paling merasakan, padahal mereka cuma ujung rantai.
3/ Kalau mau serius, hulunya di pelabuhan dan jalur perbatasan.
4/ Sementara itu, beli baju lokal atau preloved dari lemari teman tetap pilihan masuk akal."""),

("listing", "hn_own_preloved", (1, 1, 1, 0), """Jual Jaket Eiger Pribadi Size L - Pemakaian 1 Tahun
Beli sendiri di toko resmi Eiger Malang tahun lalu, nota masih ada
Dipakai naik gunung 4x, resleting lancar, ada sedikit kusam di siku
Jual karena badan udah ga muat 😅
Harga 350rb nego
COD Malang kota"""),

("comment", "hn_buyer_question", (0, 1, 1, 1), """Min, ini sepatu seken yang di Pasar Senen itu original semua atau ada KW? Kemarin temenku beli Nike katanya dari bal Korea tapi solnya cepet lepas.
Terus gimana bedain sepatu bekas impor yang ori sama yang udah direkondisi? Makasih min"""),

("post", "hn_jastip_new", (1, 0, 1, 1), """JASTIP UNIQLO & GU JEPANG 🇯🇵 (BARANG BARU)
Aku berangkat ke Osaka tanggal 12, open titip sampai tanggal 10.
Fee 15% dari harga tag, maksimal 3 item per orang.
Semua barang baru dari toko, lengkap nota.
Bukan barang bekas / bukan thrift ya!
Format order: nama - link produk - ukuran - warna, kirim lewat DM."""),

("post", "hn_buyer_diary", (0, 1, 1, 1), """Kemarin ikut temen keliling lapak awul-awul di Sekaten Jogja.
Ternyata seru banget bongkar-bongkar tumpukan, nemu jaket denim Lee cuma 35rb!
Baunya sih khas gudang, langsung aku laundry.
Yang bikin mikir: abangnya cerita barangnya datang dalam karung besar dari luar negeri. Kok bisa ya lolos terus...
Anyway, next time aku mau lebih sering beli produk lokal juga."""),

("listing", "hn_used_household_local", (1, 1, 0, 0), """Lemari Pakaian Kayu Jati 3 Pintu - Bekas Pakai Sendiri
Kondisi kokoh, ada baret di pintu kiri
Ukuran 150 x 55 x 190 cm
Kunci lengkap, cermin dalam masih utuh
Harga 2,1jt nego, ambil di tempat (Sleman)
Dijual karena pindah ke luar kota"""),

("article", "hn_rules_guideline", (0, 1, 1, 1), """Panduan untuk Moderator Grup Jual Beli Kota Medan
1. Hapus postingan yang menawarkan monza/monja per bal, per karung, atau per koli.
2. Postingan preloved pribadi boleh, asalkan penjual menyatakan barang dibeli sendiri di dalam negeri.
3. Laporan penipuan penjual bal boleh tetap tayang sebagai peringatan, tetapi nomor rekening pelaku disensor.
4. Diskusi dan berita tentang razia pakaian bekas impor tidak dihapus."""),

("listing", "hn_new_thrift_style", (1, 0, 1, 1), """Vintage Style Windbreaker 90s Colorblock - NEW
Bukan thrift! Barang baru impor dari pabrik di Guangzhou, masuk resmi
Model retro colorblock ala jaket tahun 90an
Bahan parasut, ada jaring dalam
Size M-XXL, harga 165rb
Stok banyak, bisa grosir buat reseller"""),

("post", "hn_donation_request", (0, 1, 1, 1), """Teman2 pedagang thrift yang tokonya tutup karena stok bal ga bisa dijual lagi:
Daripada baju2 sisa itu menumpuk dan rusak, kami dari Komunitas Peduli Pesisir siap menampung sebagai donasi untuk nelayan di Muara Angke.
Kami tidak membeli, murni terima donasi. Kami juga tidak akan menjualnya kembali.
Hubungi koordinator kami: Bu Ratna 0813xxxx."""),

("listing", "hn_other_goods_bulk", (1, 1, 0, 1), """Mesin Jahit Juki Bekas Ex Jepang - Per Container
Mesin jahit high speed & obras, rekondisi
Isi 1 kontainer 20 feet ±80 unit
Cocok untuk konveksi yang mau tambah line produksi
Harga hubungi kami, bisa lihat unit di gudang Cikarang
Dokumen lengkap"""),

("post", "hn_joke_meme", (0, 1, 1, 1), """Aku: mau hemat, ga belanja baju bulan ini
Juga aku, 2 jam kemudian, di depan tumpukan baju bekas impor: "BANG INI 3 BERAPA BANG"
Dompet: 💀
Lemari: udah ga muat, tolong
Abang lapak: "lanjut kak, balpres baru dibuka nih" 
Aku: *pingsan di karung*"""),

("message", "hn_school_bazaar", (1, 1, 1, 0), """Yth. Bapak/Ibu Wali Murid TK Pelita,
Dalam rangka Hari Anak, kami mengadakan Pasar Murah Baju Layak Pakai hasil sumbangan keluarga besar TK.
Baju anak, seragam, sepatu, dan mainan dijual mulai Rp2.000.
Hari Jumat pukul 07.30-10.00 di halaman sekolah.
Seluruh hasil untuk pembelian buku perpustakaan. Terima kasih atas partisipasinya."""),

("listing", "hn_other_goods_bulk", (1, 0, 0, 0), """Jeruk Medan Per Karung 50 Kg - Panen Baru
Jeruk Berastagi manis, kulit tipis, ukuran campur
Harga 650rb/karung di kebun, 720rb sampai Medan
Langsung dari petani Karo, tanpa perantara
Kirim ke luar kota via truk ekspedisi
Pesan H-2 sebelum pengiriman"""),

("post", "hn_own_preloved", (1, 1, 1, 0), """Lagi bersih2 lemari, ada beberapa baju kerja yang udah ga kepake 🧺
Kemeja Executive, celana bahan Minimal, blus The Executive, semua beli sendiri di mall Surabaya.
Kondisi 90%, udah dicuci & disetrika.
Harga 50-100rb, bisa lihat di highlight "sale lemari".
Barang pribadi ya, bukan dari karung2an."""),

("review", "hn_review_no_seller", (0, 0, 1, 1), """Review jaket "vintage" dari brand baru yang lagi viral: modelnya ngikutin jaket thrift tahun 90an, tapi barangnya baru, dijahit di Guangzhou.
Bahannya lebih tipis dari jaket bal yang biasa aku beli dulu, tapi jahitannya rapi dan ga bau gudang.
Worth it kalau cari look retro tanpa harus bongkar karung.
4/5"""),

("article", "hn_news_report", (0, 1, 1, 1), """Razia di Pasar Gedebage: 300 Bal Pakaian Bekas Disita
Tim gabungan menyita ratusan bal pakaian bekas impor dari sebuah gudang di kawasan Gedebage, Bandung.
Pengelola gudang mengaku menerima barang dari pelabuhan di Sumatera dan menjualnya ke pedagang eceran dengan harga per bal.
Sejumlah pedagang cimol menyatakan pasrah dan berharap ada solusi bagi mata pencaharian mereka.
Pihak berwenang menegaskan larangan impor pakaian bekas tetap berlaku."""),

("listing", "hn_ordinary_listing", (1, 0, 1, 0), """Sepatu Sekolah Hitam Polos - Kulit Sintetis
Cocok untuk SD, SMP, SMA
Sol karet anti licin, jahitan kuat
Ukuran 30-44
Harga 89rb, kualitas pabrik Cibaduyut
Kirim hari yang sama untuk pesanan sebelum jam 3 sore"""),

("comment", "hn_complaint_quoting_ad", (0, 1, 1, 1), """Ini toko yg sama yg kemarin di-spill kan? Captionnya "paket usaha 100 pcs sortiran Batam, grade A" padahal isinya setengah baju robek.
Udah banyak yg ketipu, laporin aja rame2 ke admin.
Lagian jual baju bekas impor emang ga boleh kan."""),

("post", "hn_tutorial", (0, 1, 1, 1), """Tips buat yang baru mulai jualan online: bedakan preloved dan bekas impor!
✅ Preloved pribadi (baju kamu sendiri, beli di sini): boleh dijual, sebutkan kondisi.
❌ Pakaian bekas impor (bal, karungan, sortiran Batam): dilarang sejak Permendag 18/2021 jo. 40/2022.
Kalau ragu, jangan pakai foto tumpukan atau istilah grade A/B yang bikin dikira jual bal.
Semoga membantu! 🙌"""),
]
