# Hand-written legal long-form texts, families 7-8.
DATA = r"""
@@ 0111 P C7
PEDOMAN KOMUNITAS – Kategori Fesyen Bekas (versi 3.2)
1. Dilarang menjual, mempromosikan, atau menerima pesanan pakaian, sepatu, dan tas BEKAS asal luar negeri, dalam bentuk apa pun: satuan, kiloan, bal, ballpress, balpres, karungan, koli, guni, ikat.
2. Istilah yang sering dipakai dan akan ditinjau: "ex Jepang", "ex Korea", "ex US/UK", "bekas impor", "second import", "thrift impor", "sortiran gudang", "bongkar bal", "buka karung", "hidden gems dari bal".
3. Istilah daerah: cakar (Sulsel), monza (Sumut), awul-awul (DIY/Jateng), lelong (Kalbar), rombengan/rombeng (Kaltara, NTT, Kepri), barang tungging (Kalsel), BJ/BK (singkatan bal Jepang/Korea).
4. Varian ejaan: b4l, ba1, b@l, b a l, bɑl, k4rung, s3k0nd, 1mp0rt. Varian ini diperlakukan sama dengan ejaan normal.
5. TIDAK dilarang: pakaian baru (termasuk baru impor resmi), preloved milik pribadi yang dibeli di dalam negeri, donasi, tukar baju, bazar amal, serta pakaian baru bergaya vintage.
Pelanggaran pertama: listing diturunkan. Pelanggaran berulang: akun dibatasi.
@@ 0111 P C7
Edukasi Seller: "Kenapa produk saya diturunkan padahal barangnya baru?" 🤔
Sistem kami membaca judul, deskripsi, foto, dan tagar. Kalau kamu menjual kemeja baru tapi menulis "kemeja flanel ex Jepang bal grade A", sistem akan membacanya sebagai pakaian bekas impor.
Tips agar tidak salah ditandai:
✅ Tulis "BARU", "BNWT", atau "produksi sendiri" dengan jelas.
✅ Sebutkan kota produksi (misalnya "made in Bandung").
✅ Untuk gaya vintage, gunakan "vintage look" atau "retro style", bukan "ex Korea" atau "dari karung".
✅ Untuk preloved pribadi, tulis "milik pribadi, dibeli di [toko/kota]".
❌ Hindari tagar #bongkarbal #thriftimpor #cakar #monza untuk produk baru.
Kalau tetap diturunkan, ajukan banding dan lampirkan foto label produksi atau nota.
@@ 0111 P C7
📌 PERATURAN GRUP "Jual Beli Seken Kota Tanjungpinang"
Grup ini untuk jual beli barang bekas pribadi warga: HP, motor, perabot, pakaian pribadi.
DILARANG memposting:
- Barang rombeng / bundle / lelong dari Singapura atau Malaysia, baik satuan maupun per guni.
- Ajakan jadi reseller "barang SG", "barang kapal", atau "titipan koper dari Batam".
- Link live jualan karungan.
Postingan pelanggar akan dihapus tanpa pemberitahuan, pelanggar kedua kali dikeluarkan.
Kalau ragu, tanya admin dulu. Menjual baju bekas pribadi yang dibeli di Tanjungpinang atau Batam (di toko resmi) boleh, tulis keterangan asalnya.
@@ 0111 P C7
Catatan untuk moderator baru: istilah yang punya dua arti
- "cakar": di Sulsel = pakaian bekas impor (cap karung); di tempat lain bisa cakar ayam (makanan), pondasi cakar ayam, atau tulisan jelek.
- "monza": di Medan = pakaian bekas impor; di konteks otomotif = Sirkuit Monza, Italia.
- "lelong": di Kalbar = pakaian bekas impor; di Malaysia = lelang (lelong kereta, lelong ikan).
- "bal": satuan pakaian bekas impor; juga bola (bahasa Jawa: bal-balan), bal tembakau, bal kapas, bal jerami, bal kardus.
- "RB": ribu (harga), RB Leipzig, kadang singkatan rombeng.
- "Senen": Pasar Senen (Jakarta), tapi juga hari Senin dalam bahasa Jawa.
- "second/ex Jepang": wajar untuk mobil, HP, mesin; bermasalah hanya untuk pakaian, sepatu, dan tas.
Selalu baca seluruh kalimat. Yang dilarang adalah kombinasi: ditawarkan + bekas + pakaian + asal luar negeri.
@@ 0111 P C7
Panduan Penanganan Laporan – Ulasan & Konten Kreator
Ulasan pembeli yang MEMUJI dan MEREKOMENDASIKAN toko pakaian bekas impor (misalnya "recommended seller bal Korea, isinya bagus") dianggap promosi dan ditindak seperti iklan.
Ulasan yang MENGELUH (misalnya "barang bal jelek, jangan beli di sini") tidak dihapus hanya karena menyebut "bal"; ulasan itu berguna bagi pembeli lain. Toko yang dikeluhkan justru perlu ditinjau.
Konten kreator "bongkar bal" atau "unboxing karung Jepang" yang menyebut nama toko, kode checkout, atau link pembelian termasuk promosi terlarang. Konten edukasi atau berita tentang larangan (tanpa ajakan membeli) diperbolehkan.
Laporan dari pengguna yang mengutip iklan pelanggar jangan sampai ikut terhapus: periksa apakah penulis menawarkan barang atau sedang melaporkan.
@@ 0111 P C7
Daftar Sinyal Evasion (update kuartal ini)
• Homoglyph: "bаl" dengan huruf a Kiril, "Ьal", "ƅal", "ba|", "8al".
• Spasi & tanda baca: "b.a.l", "b a l l p r e s s", "karung-an", "k@rung".
• Angka: "b4l", "ba11", "k4run9", "s3k0nd", "1mp0rt".
• Emoji: 🇯🇵🇰🇷🇺🇸 sebagai pengganti nama negara; 📦 atau 🛍️ + "buka" sebagai pengganti "buka karung".
• Kode: "J-mix", "KR-A", "BJ", "BK", "bahan 100kg", "barang kapal", "barang SG".
• Eufemisme: "curated vintage", "sortiran gudang", "hidden gems", "barang hunting".
Sinyal ini bukan bukti sendirian. Pakaian baru bergaya vintage dan preloved lokal sering memakai "vintage" dan "hidden gems". Periksa: apakah ada asal luar negeri + bekas + ditawarkan?
@@ 0111 A C7
Surat Edaran Dinas Perindustrian dan Perdagangan Kota
Kepada: Para pedagang pakaian di pasar-pasar tradisional se-Kota
Perihal: Sosialisasi larangan perdagangan pakaian bekas impor
Sehubungan dengan ketentuan larangan impor pakaian bekas, bersama ini disampaikan:
1. Pedagang tidak diperkenankan membeli stok baru berupa bal atau karung pakaian bekas asal luar negeri (yang di masyarakat dikenal sebagai cakar/karungan).
2. Pedagang dianjurkan beralih ke produk tekstil dalam negeri. Dinas memfasilitasi temu usaha dengan konveksi lokal setiap Kamis.
3. Penjualan pakaian bekas pribadi oleh masyarakat dan bazar amal tidak termasuk dalam larangan ini.
4. Pengawasan akan dilakukan bersama aparat terkait.
Demikian untuk menjadi perhatian.
@@ 0111 P C7
Checklist Reviewer (kategori Fashion) – 4 pertanyaan
1) OFFER: Apakah penulis menjual, menawarkan, menerima pesanan, merekrut reseller, atau mempromosikan toko/live? (Berita, keluhan, pertanyaan, dan kuis = tidak.)
2) USED: Apakah barangnya bekas? (BNWT, baru, PO, produksi sendiri = tidak.)
3) CLOTHING: Apakah pakaian, alas kaki, tas, atau tekstil yang dipakai? (Mobil, HP, tembakau, kardus = tidak.)
4) ABROAD: Apakah barang berasal dari luar negeri: nama negara, "impor", bal/karungan, jalur pelabuhan/perbatasan, istilah daerah, atau pasar bekas impor? (Milik pribadi beli lokal, donasi lokal = tidak.)
Hanya jika keempatnya YA, listing diturunkan. Contoh: "Karungan Jepang 25kg 2,3jt" → YA/YA/YA/YA. "Kemeja flanel vintage baru made in Bandung" → YA/TIDAK/YA/TIDAK.
@@ 0111 P C7
Pengumuman untuk Seller Kalimantan Barat
Mulai bulan depan, listing pakaian dengan kata "lelong", "bundle Malaysia", "barang SG", atau "ambil Entikong" di kategori fesyen akan ditahan otomatis untuk ditinjau.
Seller yang menjual pakaian BARU dari Malaysia secara resmi (dengan nota dan dokumen) dapat mengajukan verifikasi toko agar listing tidak tertahan.
Seller preloved pribadi cukup menambahkan keterangan "milik pribadi, dibeli di [kota]".
Listing yang terbukti menawarkan pakaian bekas impor akan diturunkan dan akun dapat dibatasi.
@@ 0111 P C7
Untuk Kreator: Konten Thrift yang Aman
Boleh: konten preloved lemari sendiri, tukar baju bareng teman, upcycling baju lama, haul dari bazar amal, tutorial padu padan pakaian baru bergaya vintage, liputan tentang dampak bal impor.
Tidak boleh: "bongkar bal", "buka karung Jepang/Korea", "tebak isi bal" yang diakhiri dengan ajakan membeli, menyebut supplier bal, kode checkout barang dari karung, atau kolaborasi berbayar dengan toko pakaian bekas impor.
Kalau kontenmu menampilkan pasar seperti Senen atau Gedebage untuk dokumentasi, jangan cantumkan harga beli, nomor kios, atau ajakan datang membeli.
@@ 0111 P C7
FAQ Penjual: Preloved vs Bekas Impor
T: Saya jual baju bekas sendiri, apakah melanggar?
J: Tidak, asalkan milik pribadi atau titipan teman yang dibeli di dalam negeri.
T: Saya beli baju di Pasar Senen lalu jual lagi, bagaimana?
J: Kalau barang itu pakaian bekas impor (dari bal), menjualnya lagi termasuk pelanggaran.
T: Saya jual "sisa ekspor" dan "reject pabrik"?
J: Boleh, itu barang baru produksi dalam negeri. Tulis dengan jelas agar tidak tertukar dengan "bekas impor".
T: Kalau saya jual sepatu bekas ex Jepang?
J: Tidak boleh, sepatu dan tas bekas impor termasuk larangan.
@@ 0111 P C7
Pengingat Admin Grup "Reseller Fashion Jawa Timur"
Beberapa hari ini ada member yang memposting "Open slot reseller bal Korea, modal 4 juta balik 9 juta". Postingan sudah kami hapus dan member dikeluarkan.
Grup ini untuk reseller produk BARU (konveksi lokal, grosir Tanah Abang, impor resmi). Tawaran bal, karungan, awul-awul, atau "barang Gembong" tidak diperbolehkan. Tolong bantu laporkan ke admin kalau menemukan.
@@ 0111 P C7
Materi Pelatihan Moderator – Studi Kasus 7
Teks: "Jaket ini hasil aku ngawul di Sekaten tahun 2015, sekarang kekecilan, jual 50rb."
Analisis: penulis menawarkan (offer), barang bekas (used), pakaian (clothing). Asal luar negeri? Awul-awul di Sekaten umumnya pakaian bekas impor, jadi abroad = ya. Walaupun pembelian lama dan dipakai sendiri, menjual ulang pakaian bekas impor tetap termasuk kategori terlarang.
Bandingkan: "Jaket ini aku beli baru di Matahari 2015, sekarang kekecilan, jual 50rb." → abroad = tidak, boleh.
Diskusikan: bagaimana jika penulis tidak menyebut asal sama sekali? Gunakan bacaan paling masuk akal dari teks.
@@ 0111 P C7
Kebijakan Live Shopping – Fashion
Host dilarang membuka karung/bal berisi pakaian bekas impor saat siaran, termasuk dengan sebutan "paket misteri Jepang", "buka bahan", atau "ngawul live".
Host boleh menjual pakaian baru, termasuk dalam format "random pack" selama barangnya baru dan asal produksinya jelas.
Pelanggaran terdeteksi dari ucapan, teks layar, dan komentar pinned. Sanksi: siaran dihentikan, fitur live dibekukan 7-30 hari.
@@ 0111 P C7
Mengapa Filter Kata Kunci Saja Tidak Cukup
Kalau kita memblokir kata "bal", kita ikut memblokir penjual tembakau Temanggung, kapas, jerami, dan kardus yang memang dijual per bal. Kalau kita memblokir "cakar", penjual ceker ayam di Makassar kena. Kalau kita memblokir "thrift", komunitas tukar baju dan bazar amal sekolah ikut hilang.
Sebaliknya, penjual bal pakaian bekas sudah lama memakai "bahan", "barang kapal", "J-mix", dan emoji bendera untuk menghindari filter.
Karena itu keputusan harus berdasarkan makna: siapa yang menawarkan, barang apa, baru atau bekas, dan dari mana asalnya.
@@ 0111 P C7
Update Kamus Istilah Pasar (untuk tim review)
- Gedebage / Cimol: pasar pakaian bekas impor di Bandung.
- Senen Blok III: pusat thrifting di Jakarta Pusat.
- Pasar Terong, Pasar Butung, Pasar Sentral (Makassar/Palopo): lapak cakar.
- Pajak Melati, Simalingkar, Sambu (Medan): monza.
- Pasar Kodim (Pekanbaru), Pasar Jodoh (Batam), Jalan Lingkar (Nunukan), PM Yamin (Pontianak).
- Jalur: Port Klang, Pasir Gudang, Tawau, Entikong, Dumai, Tanjung Balai, Karimun, Motaain.
Nama pasar saja tidak cukup untuk menurunkan listing: toko baju baru juga ada di pasar-pasar ini.
@@ 0111 P C7
Sosialisasi untuk UMKM di Pasar Cimol Gedebage
Tim pendamping membuka kelas gratis "Beralih dari Bal ke Produk Lokal" setiap Selasa. Materi: mencari pemasok konveksi Majalaya dan Cigondewah, foto produk, menulis deskripsi yang tidak memakai istilah bal, dan mendaftar toko di marketplace.
Pedagang yang ikut mendapat akses pinjaman lunak. Kami mengingatkan bahwa menjual stok bal yang tersisa tetap berisiko penindakan.
@@ 0111 C C7
Balasan moderator: Halo Kak, listing "Kemeja Vintage Baru – Seri Bal-Bal-an" ditahan otomatis karena mengandung kata "bal" dan "vintage". Setelah kami tinjau, produk Kakak adalah kemeja baru produksi Sidoarjo (label terlihat di foto 4). Listing sudah kami pulihkan.
Saran kami, ganti nama seri agar tidak tertahan lagi. Terima kasih atas kesabarannya 🙏
@@ 0111 P C7
Materi Kuis Internal (jawaban di halaman belakang)
1. "Karung J-mix 45kg 2,2jt, J = 🇯🇵" → turunkan atau biarkan?
2. "Tembakau rajangan per bal 40kg grade A" → ?
3. "Ada yang tahu lapak cakar yang masih buka di Pare-Pare?" → ?
4. "Preloved kemeja pribadi, beli di Matahari Makassar, bukan cakar" → ?
5. "Iphone 12 second ex Jepang" → ?
6. "Buka karung Korea live jam 9, 20rb semua" → ?
Petunjuk: periksa empat unsur (menawarkan, bekas, pakaian, luar negeri) pada setiap kalimat.
@@ 0111 P C7
Standar Banding untuk Seller
Jika listing pakaian Anda diturunkan karena diduga bekas impor, Anda dapat mengajukan banding dalam 14 hari dengan melampirkan salah satu:
- Foto label produksi dalam negeri dan foto proses produksi,
- Nota pembelian di toko dalam negeri (untuk preloved pribadi),
- Dokumen impor resmi untuk barang baru impor (PIB, invoice).
Banding tanpa bukti akan ditolak. Listing yang menyebut "bal", "karungan", atau "ex Korea" untuk barang bekas tidak dapat dipulihkan.
@@ 0111 P C7
Pedoman Moderasi Wilayah Timur (Sulawesi, Maluku, NTT, Papua)
Di wilayah timur, pakaian bekas impor jarang disebut "thrift". Perhatikan istilah dan pola berikut:
- Sulawesi Selatan & Tenggara: "cakar", "buka baru", "karung Korea", lapak di Pasar Terong, Butung, Sentral Palopo, Pare-Pare, Mandonga.
- Sulawesi Utara & Gorontalo: "barang kapal", "karung dari Bitung", "ex Taiwan/Filipina".
- Maluku: "baju karung", "barang dari Surabaya" (sering bal yang sudah masuk lewat Jawa), Pasar Mardika.
- NTT: "rombengan", "barang Dili", "ambil di Motaain/Atambua".
- Papua: "karung dari seberang", pasar dekat Skouw.
Ingat: "buka baru" juga dipakai toko yang membuka stok baju baru, dan "barang kapal" dipakai untuk sembako kiriman antarpulau. Keputusan takedown hanya jika teks menawarkan pakaian bekas yang berasal dari luar negeri.
@@ 1000 L C8
TEMBAKAU TEMANGGUNG – PANEN 2024 – JUAL PER BAL
Tembakau rajangan kering dari petani di lereng Sumbing, dikemas tradisional dalam keranjang/bal bambu ±40 kg.
Grade yang tersedia:
- Grade A (srintil ringan): Rp 180rb/kg
- Grade B: Rp 120rb/kg
- Grade C/D: Rp 75rb-90rb/kg
Minimal order 1 bal. Bisa cek sampel di gudang Parakan sebelum transaksi. Pengiriman via ekspedisi ke Kudus, Kediri, Surabaya, dan Jember.
Harga bisa berubah mengikuti kualitas panen. Hubungi Pak Slamet, WA 0813xxxx.
@@ 1000 L C8
Kapas Sintetis & Dakron Per Bal – Langsung Gudang Bandung
Cocok untuk isi bantal, guling, boneka, jok, dan sofa.
- Dakron super putih, 1 bal 15 kg: Rp 390rb
- Kapas sintetis grade B, 1 bal 20 kg: Rp 300rb
- Kapok randu lokal, 1 karung 10 kg: Rp 250rb
Pengiriman ke seluruh Indonesia via kargo. Harga grosir untuk pemesanan di atas 10 bal.
Barang baru produksi pabrik dalam negeri (kapok dari petani Pati).
@@ 1100 L C8
Jual Kardus Bekas & Kertas Bekas Per Bal Press
Gudang kami di Cikarang menerima dan menjual:
- Kardus bekas (OCC) press per bal ±50 kg: Rp 2.800/kg
- Kertas HVS bekas kantor per bal: Rp 3.200/kg
- Koran bekas per ikat: Rp 3.000/kg
- Duplex bekas: Rp 1.500/kg
Minimal pembelian 1 ton untuk pabrik kertas daur ulang. Bisa antar ke Bekasi, Karawang, Purwakarta. Timbangan digital, nota resmi.
@@ 1000 L C8
MAJUN / KAIN LAP KILOAN – SISA KONVEKSI
Majun dari potongan kain kaos sisa produksi konveksi di Bandung dan Solo (bukan baju bekas), warna campur dan warna putih.
- Majun putih: Rp 12rb/kg
- Majun warna: Rp 8rb/kg
- Per karung 25 kg: diskon 10%
Cocok untuk bengkel, pabrik, percetakan, dan SPBU. Daya serap tinggi, tanpa kancing/resleting.
Kirim ke seluruh Jawa. Stok selalu ada.
@@ 1000 L C8
Jerami & Rumput Kering Per Bal – Pakan Ternak
Jerami padi kering, dipres dengan mesin baler, ukuran bal ±15 kg: Rp 25rb/bal.
Rumput odot kering per bal ±20 kg: Rp 30rb/bal.
Hay (rumput gajah kering) grade premium untuk kambing dan kelinci: Rp 45rb/bal.
Ambil di Lamongan atau diantar pakai truk (min. 200 bal) ke Gresik, Tuban, Bojonegoro. Cocok untuk peternak saat musim kemarau.
@@ 1000 L C8
Pupuk Karungan Ready Stok – Toko Tani Makmur Sidrap
- NPK 16-16-16 karung 50 kg: Rp 380rb
- Urea non-subsidi karung 50 kg: Rp 340rb
- Pupuk organik granul karung 40 kg: Rp 85rb
- Dolomit karung 50 kg: Rp 45rb
Melayani petani padi dan jagung di Sidrap, Pinrang, dan Enrekang. Pembelian 20 karung ke atas gratis antar dalam kabupaten.
@@ 1101 L C8
DIJUAL: Toyota Alphard 2.5 G 2018 – CBU ex Jepang
Mobil bekas impor (CBU) masuk resmi, dokumen lengkap, pajak hidup sampai November.
Kilometer 62.000, servis rutin di bengkel resmi, interior bersih, sunroof normal.
Harga 780jt nego, bisa kredit via leasing.
Lokasi showroom Kelapa Gading, Jakarta Utara. Bisa inspeksi dan tes jalan. Tukar tambah diterima.
@@ 1101 L C8
iPhone 13 128GB Second ex Jepang – Inter
Kondisi mulus 95%, battery health 88%, Face ID normal, kamera normal, no minus.
Catatan: unit ex Jepang bunyi shutter kamera tidak bisa dimatikan.
IMEI sudah terdaftar resmi (bayar pajak IMEI), bisa dicek di situs Kemenperin.
Harga 6,3jt, kelengkapan: unit + kabel. Garansi toko 1 bulan.
Toko kami di Roxy Square lantai dasar, atau COD area Jakarta Barat.
@@ 1101 L C8
Mesin Jahit High Speed Second ex Jepang – Rekondisi
Kami menjual mesin jahit industri bekas impor Jepang yang sudah direkondisi: ganti bearing, setel ulang, cat ulang meja.
- Jarum 1 high speed: 2,2jt
- Obras 4 benang: 2,8jt
- Overdeck: 4,5jt
Garansi 3 bulan, bisa kirim ke Solo, Pekalongan, Bandung, dan Majalaya. Cocok untuk konveksi rumahan yang baru mulai. Kursus singkat gratis untuk pembelian 3 unit.
@@ 0101 A C8
Kereta Bekas dari Jepang Tiba di Tanjung Priok
JAKARTA – Rangkaian kereta rel listrik (KRL) bekas dari Jepang tiba di Pelabuhan Tanjung Priok dan akan menjalani proses pemeriksaan sebelum dioperasikan di lintas Jabodetabek. Kereta tersebut sebelumnya dipakai operator di wilayah Tokyo.
Pengadaan kereta bekas impor ini dilakukan dengan izin khusus, karena barang modal bekas tertentu boleh diimpor dengan persyaratan. Pihak operator menyebut rangkaian akan dimodifikasi agar sesuai dengan sistem persinyalan dan peron di Indonesia.
Sejumlah pengamat mendorong agar ke depan pengadaan kereta baru dari industri dalam negeri lebih diutamakan.
@@ 1000 L C8
Kopi Arabika Gayo Green Bean – Per Karung 60 Kg
Asal: kebun petani di Bener Meriah, Aceh. Proses full wash dan semi wash.
Grade 1 (defect < 11): Rp 130rb/kg
Grade 2: Rp 110rb/kg
Kemasan karung goni + inner plastik, 60 kg per karung. Sampel 1 kg tersedia untuk roastery.
Kirim ke Medan, Jakarta, Bandung, Surabaya via ekspedisi. Sertifikat organik koperasi bisa dilampirkan.
@@ 1001 L C8
Benang Rajut Impor Per Bal – Baru
Benang akrilik dan katun susu impor Turki & China, kondisi baru, dikemas per bal 4 kg (10 gulung x 400 gr).
Harga per bal: akrilik 480rb, katun susu 520rb, milk cotton premium 610rb.
Tersedia 60 warna. Cocok untuk perajin rajut, tas, dan amigurumi. Importir terdaftar, faktur tersedia. Gudang Surabaya, kirim ke seluruh Indonesia.
@@ 1101 L C8
Forklift Diesel Bekas ex Korea – 3 Ton – Siap Kerja
Unit bekas impor, tahun 2014, jam kerja 9.800, mesin halus, hidrolik normal, ban baru.
Harga 95jt, termasuk mobilisasi area Jabodetabek.
Dokumen impor barang modal bukan baru lengkap. Unit bisa dicek di yard kami di Cibitung. Tersedia juga forklift 2,5 ton dan 5 ton ex Jepang.
@@ 1100 L C8
Besi Tua & Scrap – Harga Hari Ini
- HMS 1 (besi tebal): Rp 5.500/kg
- HMS 2: Rp 5.000/kg
- Besi bekas campur: Rp 4.200/kg
- Tembaga bekas: Rp 115rb/kg
- Aluminium bekas: Rp 22rb/kg
Kami menerima dan menjual scrap lokal dari bengkel, proyek bongkaran, dan pabrik. Ambil di tempat untuk minimal 1 ton di area Cilegon dan Serang. Timbangan tera resmi.
@@ 1101 L C8
Excavator Bekas ex Jepang PC200-8 – Rekondisi
Tahun 2015, HM 11.000, undercarriage 70%, bucket baru. Unit bekas impor masuk lewat Tanjung Priok dengan dokumen lengkap.
Harga 780jt, nego untuk pembelian dua unit. Lokasi yard Balikpapan, bisa dikirim dengan tongkang ke Samarinda atau Berau.
Bisa inspeksi mekanik independen.
@@ 1000 L C8
Cengkeh & Pala Kering – Per Karung
Cengkeh kering asal Tolitoli, kadar air 12%, karung 50 kg: Rp 5,6jt.
Pala biji kering asal Fakfak, karung 50 kg: Rp 4,8jt.
Fuli (bunga pala) grade A: Rp 210rb/kg.
Hasil panen petani lokal, dikirim dari gudang Makassar dan Ambon. Melayani pengepul dan eksportir.
@@ 1101 L C8
Kamera Mirrorless Second ex Jepang – Fullset
Body + lensa kit 15-45, shutter count 3.100, sensor bersih, layar mulus.
Kelengkapan: dus, charger, strap, manual berbahasa Jepang (menu bisa diganti ke Inggris).
Harga 7,5jt, garansi toko 2 minggu. Bisa cek di toko kami di Mangga Dua Mall atau COD Jakarta Pusat.
Barang masuk dengan dokumen resmi.
@@ 1000 L C8
Karet Alam Slab & Lateks – Harga Pabrik
Kami pengepul karet di Muara Bulian, Jambi.
- Karet slab per bal (±50 kg, KKK 55%): Rp 11.000/kg
- Lateks pekat: sesuai harga SIR 20 harian
Pembayaran tunai di tempat. Melayani petani dan kelompok tani di Batanghari dan Muaro Jambi.
@@ 1000 L C8
Sabut Kelapa Press Per Bal – Cocofiber
Sabut kelapa hasil olahan UMKM di Pangandaran, dipres dengan mesin, 1 bal ±30 kg.
Grade ekspor (serat panjang, bersih): Rp 90rb/bal. Grade lokal: Rp 60rb/bal.
Kami juga menjual cocopeat per karung 25 kg Rp 35rb. Cocok untuk kasur, jok, media tanam. Minimal 100 bal untuk harga grosir.
@@ 1100 L C8
Karung Goni & Karung Plastik Bekas
Karung goni bekas kopi dan kakao, kondisi layak: Rp 2.000/lembar.
Karung plastik bekas beras 25 kg: Rp 800/lembar, 50 kg: Rp 1.200/lembar.
Cocok untuk karung pasir, bahan kerajinan, dan penutup tanaman. Stok dari pabrik dan gudang di Medan. Minimal 500 lembar.
@@ 1101 L C8
Ban Bekas Impor ex Jepang – Ring 15 & 16
Ban bekas pakai impor, ketebalan 70%-85%, tanpa tambalan, tahun produksi 2020-2022.
Ring 15: 350rb sepasang. Ring 16: 450rb sepasang.
Barang masuk resmi melalui importir terdaftar. Bisa pasang di tempat, gratis balancing. Bengkel kami di Jalan Raya Bogor km 27.
"""
