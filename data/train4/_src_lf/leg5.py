from common import R

# ---------- legal: other goods sold by bal / karung / goni / kg ----------
R("listing", "legal_other_goods_bulk", "1000", """
BERAS PANDAN WANGI CIANJUR — PER KARUNG 🌾
Karung 25 kg: 345rb
Karung 50 kg: 680rb
Panen baru, pulen, wangi
Gratis antar Cianjur kota untuk 2 karung ke atas
Reseller warung dapat harga khusus, minimal 10 karung
""")

R("listing", "legal_other_goods_bulk", "1100", """
Jual kardus bekas per bal 📦
Kardus sudah dipress, 1 bal ±60-70 kg
Cocok buat usaha packing, pindahan, atau dijual ke pabrik kertas
Harga 2.800/kg
Ambil di gudang kami di Cikarang, bisa angkut pakai pikap sendiri
Stok rutin tiap minggu dari pertokoan sekitar
""")

R("listing", "legal_other_goods_bulk", "1100", """
KAIN MAJUN / LAP INDUSTRI per karung
Majun potongan, sudah dibuang kancing & resleting
Daya serap tinggi, cocok untuk bengkel, pabrik, percetakan
1 karung 25 kg = 175rb
Bisa kirim ke kawasan industri Jababeka, MM2100, KIIC
Faktur tersedia untuk perusahaan
""")

R("listing", "legal_other_goods_bulk", "1000", """
Kopi Gayo Arabika Green Bean — per goni ☕
Goni 60 kg, grade 1, kadar air 12%
Panen tahun ini, petani binaan di Takengon
Harga per kg 118rb, sampel 1 kg bisa dikirim dulu
Cocok buat roastery dan kedai kopi
""")

R("listing", "legal_other_goods_bulk", "1001", """
Bawang putih kating impor per karung 🧄
Karung 20 kg, umbi besar, kering
Harga hari ini 34rb/kg
Barang dari importir resmi, ada dokumen karantina
Melayani pedagang pasar Kramat Jati dan Cibitung
""")

R("listing", "legal_other_goods_bulk", "1100", """
Plastik cacah PET per bal ♻️
Hasil cacah botol bekas, sudah dicuci, warna bening
1 bal ±500 kg
Harga 7.500/kg
Supplier tetap untuk pabrik daur ulang di Tangerang & Karawang
""")

R("listing", "legal_other_goods_bulk", "1000", """
Tembakau rajang Temanggung per bal
Kemasan keranjang/bal ±40 kg
Grade C-D, aroma kuat
Harga sesuai grade, tanya langsung
Panen musim ini, siap kirim ke pabrik dan pengepul
""")

R("listing", "legal_other_goods_bulk", "1001", """
PUPUK KCL impor — karung 50 kg 🌱
Untuk sawit, karet, dan kakao
Harga 465rb/karung, minimal 40 karung
Barang dari distributor resmi, bukan oplosan
Kirim ke Riau, Jambi, Sumsel pakai truk
""")

R("listing", "legal_other_goods_bulk", "1000", """
Gula aren cetak asli Banten per karung
1 karung isi 20 kg, dibungkus daun pisang kering
Manis legit, tanpa campuran gula pasir
Harga 520rb/karung
Bisa kirim seluruh Jawa, pembelian 5 karung gratis ongkir Jabodetabek
""")

R("listing", "legal_other_goods_bulk", "1000", """
Cabe rawit merah per karung 🌶️
Karung 10 kg, petik hari ini dari Garut
Harga ikut pasar, hari ini 48rb/kg
Melayani rumah makan & warung padang
Antar pagi sebelum jam 7 untuk area Bandung
""")

R("listing", "legal_other_goods_bulk", "1101", """
Kertas bekas impor (OCC) per bal
Bahan baku pabrik kertas, dari gudang berikat
1 bal ±800 kg
Dokumen impor lengkap, sesuai ketentuan limbah non-B3
Penjualan khusus industri, minimal 1 kontainer
""")

R("listing", "legal_other_goods_bulk", "1000", """
Jagung pipil kering per karung
Karung 50 kg, kadar air 15%
Untuk pakan ternak ayam & bebek
Harga 5.800/kg
Lokasi gudang Grobogan, kirim ke peternak di sekitar Jateng
Pembelian di atas 1 ton harga bisa nego, pengiriman pakai truk engkel.
Stok tersedia sampai akhir musim panen.
""")

R("post", "legal_other_goods_bulk", "1000", """
Cengkeh kering Minahasa sudah bisa dipesan per goni 🌿
Goni 50 kg, cengkeh bunga penuh, dijemur matahari
Harga terbaru minggu ini 112rb/kg
Kami ambil langsung dari petani di Tomohon dan Langowan
Pabrik rokok dan pengepul silakan hubungi kantor kami
""")

R("listing", "legal_other_goods_bulk", "1100", """
Besi tua / rongsok per kg 🔩
Terima dan jual besi bekas, aluminium, tembaga
Harga besi campur 4.200/kg, aluminium 18rb/kg
Timbangan digital, bayar tunai
Lapak kami di pinggir jalan raya Serang km 18
""")

R("listing", "legal_other_goods_bulk", "1000", """
Garam krosok Madura per karung
Karung 50 kg, putih bersih
Untuk pengasinan ikan, industri tahu, dan pakan
Harga 95rb/karung
Kirim dari Sumenep ke Jawa Timur dan Bali
Harga khusus untuk pengolah ikan asin di pesisir utara Jawa.
Minimal order 20 karung, pembayaran saat barang sampai.
""")

R("listing", "legal_other_goods_bulk", "1000", """
Sabut kelapa press per bal 🥥
Serat sabut kering, dipress 100 kg per bal
Untuk bahan jok, matras, dan media tanam
Harga 3.500/kg
Produksi desa kami di Pangandaran, siap kirim ke pabrik
""")

# ---------- legal: used imported goods that are not clothing ----------
R("listing", "legal_used_import_nonclothing", "1101", """
Mesin jahit bekas ex-Jepang 🧵
Juki DDL-5550, high speed, kondisi 85%
Sudah diservis, dinamo baru
Harga 2,1jt/unit, ambil 5 unit 9,5jt
Cocok untuk konveksi rumahan
Garansi servis 1 bulan, lokasi Bandung
""")

R("listing", "legal_used_import_nonclothing", "1101", """
Forklift bekas impor Jepang
Toyota 2,5 ton, tahun 2015, diesel
Jam kerja 8.900 jam, mesin halus
Dokumen impor lengkap (barang modal bukan baru sesuai izin)
Harga 165jt nego, lokasi Surabaya
""")

R("listing", "legal_used_import_nonclothing", "1101", """
Velg copotan Jepang R17 (bekas)
Merk Enkei, PCD 5x114, lebar 7,5
Kondisi 90%, tanpa retak, 4 pcs
Harga 4,2jt sepasang empat
Barang copotan mobil Jepang, bisa cek langsung di toko di Jl. Otista
""")

R("listing", "legal_used_import_nonclothing", "1101", """
Kamera film bekas dari Jepang 📷
Canon AE-1 Program + lensa 50mm f1.8
Light meter jalan, shutter akurat, ada jamur tipis di lensa
Harga 2,4jt
Bisa tes roll pertama gratis
""")

R("listing", "legal_used_import_nonclothing", "1101", """
Sepeda lipat bekas Jepang 🚲
Dahon, Bridgestone, Panasonic
Kondisi 75-90%, sudah servis ulang
Harga 1,2-3,5jt
Lokasi Yogyakarta, bisa kirim pakai kardus
Ban dan rantai sebagian sudah diganti baru.
Bisa tes gowes di halaman toko, buka Selasa-Minggu.
""")

R("article", "legal_used_import_nonclothing", "0101", """
KRL Bekas Jepang Kembali Didatangkan untuk Tambah Armada
Operator kereta komuter mendatangkan sejumlah rangkaian kereta bekas dari Jepang untuk menambah armada di Jabodetabek. Rangkaian tersebut tiba di pelabuhan dan akan menjalani proses pengujian sebelum dioperasikan.
Kebijakan impor kereta bekas sempat menuai perdebatan karena pemerintah mendorong penggunaan produk dalam negeri. Namun operator menilai pengadaan kereta baru membutuhkan waktu beberapa tahun, sementara kebutuhan penumpang terus meningkat.
Pemerintah menyatakan impor ini bersifat sementara sambil menunggu produksi kereta baru dari industri dalam negeri.
""")

R("listing", "legal_used_import_nonclothing", "1101", """
Laptop bekas ex-Singapura 💻
ThinkPad T480, i5 gen 8, RAM 16GB, SSD 512
Kondisi 90%, baterai 85%
Garansi toko 3 bulan
Harga 4,3jt
Barang masuk resmi, bisa cek IMEI/serial
""")

R("listing", "legal_used_import_nonclothing", "1101", """
Mesin bordir komputer bekas Korea
SWF 6 kepala, tahun 2012
Sudah termasuk software & bingkai
Kondisi jalan normal, bisa demo
Harga 95jt, lokasi Tasikmalaya
Teknisi kami bisa bantu instalasi dan pelatihan operator 2 hari.
Harga belum termasuk ongkos kirim dengan truk.
""")

R("listing", "legal_used_import_nonclothing", "1101", """
Alat musik bekas Jepang 🎸
Gitar Yamaha FG lawas (1978), Korg keyboard, efek Boss
Semua dites dan berfungsi
Harga mulai 750rb
Toko kami di Jalan Veteran, Malang
""")

R("listing", "legal_used_import_nonclothing", "1101", """
Mesin cuci bekas ex-Jepang 🧺
Sharp & Hitachi, top loading 8 kg
Voltase sudah dikonversi 220V
Kondisi 80-90%, garansi 1 bulan
Harga 1,1-1,6jt
Antar Medan kota gratis
""")

R("listing", "legal_used_import_nonclothing", "1101", """
Sparepart mesin diesel bekas (copotan kapal) dari Singapura
Pompa injeksi, turbo, alternator
Sudah dibersihkan dan dites
Harga tergantung item, chat untuk daftar
Lokasi gudang Tanjung Uncang, Batam
""")

R("listing", "legal_used_import_nonclothing", "1101", """
Mainan bekas Jepang (koleksi) 🧸
Tamiya, Gundam lawas, Tomica
Kondisi kotak beragam, semua lengkap
Harga mulai 50rb
Cocok untuk kolektor, COD Jakarta Barat
Beberapa Tomica masih segel, harga beda.
Foto detail tiap item bisa diminta lewat chat.
""")

# ---------- legal: charity sales, donations, swaps ----------
R("post", "legal_charity_donation_swap", "1110", """
BAZAR AMAL GEREJA — SABTU INI 🙏
Pakaian layak pakai sumbangan jemaat: kemeja, dress, pakaian anak, sepatu
Harga 5rb-30rb, semua hasil penjualan untuk renovasi atap gedung sekolah minggu
Jam 8 pagi sampai habis, di halaman gereja
Semua barang sudah dicuci dan dipilah oleh ibu-ibu komisi wanita
Tuhan memberkati!
""")

R("post", "legal_charity_donation_swap", "0110", """
Open donasi pakaian layak pakai untuk korban banjir 🌧️
Kami menerima: pakaian anak, pakaian dewasa, sarung, selimut, pakaian dalam baru
Syarat: bersih, tidak robek, sudah dilipat dan dimasukkan plastik
Titik kumpul: posko mahasiswa di sekretariat BEM, buka 09.00-21.00
Pakaian akan disalurkan ke posko pengungsian minggu ini
Terima kasih orang-orang baik ❤️
""")

R("post", "legal_charity_donation_swap", "0110", """
SWAP PARTY BAJU ♻️👚
Bawa maks 5 baju bekas kamu yang masih layak, tukar dengan baju orang lain
Gratis, cuma bayar kopi di kafe
Minggu, 15.00-18.00 di Kopi Tetangga, Jl. Kaliurang km 5
Baju yang nggak ketuker akan kami donasikan ke panti
Yuk kurangi sampah tekstil bareng-bareng!
""")

R("post", "legal_charity_donation_swap", "1110", """
Garage sale untuk biaya pengobatan Bu Sumi 🙏
Warga RT 04 mengumpulkan baju-baju bekas layak pakai, sepatu, dan tas dari rumah masing-masing.
Semua dijual murah 5-25 ribu di pos ronda hari Minggu pagi.
Seluruh hasil akan diserahkan ke keluarga Bu Sumi yang sedang menjalani cuci darah.
Yang mau menyumbang barang, antar ke rumah Pak RT sebelum Sabtu malam.
""")

R("post", "legal_charity_donation_swap", "0110", """
Lemari Berbagi di masjid kami sudah diisi lagi 🧥
Siapa pun yang butuh pakaian, silakan ambil gratis, tanpa perlu izin.
Siapa pun yang punya pakaian layak pakai berlebih, silakan titipkan di rak sebelah kanan.
Mohon dalam kondisi bersih dan terlipat.
Semoga jadi amal jariyah untuk kita semua.
""")

R("post", "legal_charity_donation_swap", "1110", """
Preloved for charity ✨
Aku jual 40 baju dari lemariku sendiri (beli di mal-mal Jakarta), semua hasil penjualan aku donasikan ke rumah singgah anak kanker.
Harga 25-100rb, list di highlight.
Update donasi bakal aku posting lengkap dengan bukti transfer.
Makasih yang udah ikut bantu 💛
""")

R("post", "legal_charity_donation_swap", "0110", """
Program "Seragam untuk Adik" 🎒
Alumni SD kami mengumpulkan seragam sekolah bekas yang masih layak untuk adik-adik kelas yang membutuhkan.
Terima: seragam merah putih, batik sekolah, pramuka, sepatu hitam
Drop point: ruang TU sekolah, Senin-Jumat
Tahun lalu terkumpul 230 setel, semoga tahun ini lebih banyak!
""")

R("post", "legal_charity_donation_swap", "1110", """
Bazar baju bekas murah meriah — Panti Asuhan Kasih Ibu
Barang donasi warga sekitar: kemeja, kaus, celana, gamis, mainan
Harga mulai 2.000 rupiah
Sabtu-Minggu, jam 7-12, di halaman panti
Hasil untuk biaya sekolah anak-anak panti
Bawa kantong sendiri ya 🙏
""")

R("post", "legal_charity_donation_swap", "0110", """
Tukar baju antar ibu-ibu komplek 👶👗
Anak-anak cepat besar, baju cepat sempit. Yuk tukeran!
Bawa baju anak yang masih bagus, ambil yang ukurannya pas.
Sabtu depan di balai warga, jam 9.
Sisa baju yang nggak diambil kami kirim ke posyandu.
""")

R("post", "legal_charity_donation_swap", "1110", """
GIVEAWAY baju preloved 🎁
Aku mau lepas 10 kemeja kerja lama punyaku (beli di Matahari dan Zalora), ukuran M, kondisi masih bagus.
Gratis buat fresh graduate yang lagi cari kerja, cukup bayar ongkir.
Caranya: komen cerita singkat kamu lagi melamar kerja di mana, nanti aku pilih 10 orang.
Semangat buat semua pejuang loker! 💪
""")

R("article", "legal_charity_donation_swap", "0110", """
Bank Pakaian Warga Kelurahan Sukamaju Salurkan 1.500 Potong Pakaian
Bank Pakaian yang dikelola kader PKK Kelurahan Sukamaju menyalurkan sekitar 1.500 potong pakaian layak pakai kepada warga kurang mampu sepanjang tahun ini. Pakaian tersebut berasal dari sumbangan warga setempat yang dikumpulkan setiap bulan.
Sebelum disalurkan, pakaian dicuci, disetrika, dan dipilah berdasarkan ukuran. Pakaian yang tidak layak dijadikan kain lap atau keset oleh kelompok usaha ibu-ibu.
Lurah setempat berharap program ini dapat ditiru kelurahan lain sebagai contoh ekonomi sirkular di tingkat warga.
""")

R("post", "legal_charity_donation_swap", "1110", """
Bazar "Lemari Alumni" 🎓
Alumni angkatan 2010 menyumbangkan baju-baju pribadi mereka untuk dijual di reuni akbar.
Semua dana masuk ke beasiswa adik kelas.
Ada jas, kebaya, kemeja batik, dress, sepatu kerja.
Harga 20-150rb, ukuran beragam.
Sabtu, aula sekolah, jam 10.00.
""")

# ---------- legal: upcycling / tailoring services ----------
R("post", "legal_upcycling_service", "1110", """
Jasa upcycle jeans lama jadi tas ✂️👜
Punya celana jeans yang udah nggak muat atau robek? Jangan dibuang!
Kirim ke kami, kami jahit jadi tote bag, sling bag, atau pouch.
Harga jasa mulai 75rb, tergantung model.
Pengerjaan 7-10 hari. Workshop di Bintaro, bisa kirim paket.
Kami nggak jual bahan, semua dari celana kamu sendiri 💙
""")

R("listing", "legal_upcycling_service", "1110", """
Jasa permak & vermak pakaian
Potong celana, kecilkan pinggang, ganti resleting, tambal jeans
Permak baju bekas jadi model baru juga bisa
Harga mulai 15rb
Lapak Pak Darto, depan Pasar Kebayoran Lama
Buka 08.00-17.00, Minggu libur
""")

R("post", "legal_upcycling_service", "1110", """
Kemeja almarhum ayah jadi bantal kenangan 🧸
Banyak yang nggak tega buang baju orang tersayang yang sudah pergi. Kami bantu ubah jadi bantal, selimut perca, atau boneka kecil.
Kirim 3-6 kemeja, kami jahit jadi satu karya yang bisa kamu peluk.
Harga mulai 185rb. Pengerjaan 2 minggu.
Penjahit kami ibu-ibu di Sleman yang mengerjakan dengan hati.
""")

R("post", "legal_upcycling_service", "1010", """
Tas dan dompet dari kain perca sisa konveksi ♻️
Kami ambil potongan kain sisa produksi dari konveksi-konveksi di Bandung, lalu jahit jadi tas, pouch, dan sarung bantal.
Kainnya baru, cuma potongan sisa, jadi motifnya unik dan nggak ada yang kembar.
Harga pouch 35rb, tote 85rb.
Setiap pembelian ikut mengurangi sampah tekstil di TPA Sarimukti 🌏
""")

R("listing", "legal_upcycling_service", "1110", """
Jasa rework jaket & kemeja 🎨
Tambah patch, bordir nama, lukis tangan, atau potong jadi cropped
Bawa baju bekasmu sendiri, kami ubah jadi baru lagi
Bordir nama mulai 25rb, lukis tangan mulai 150rb
Studio di Jl. Kaliurang, Yogya, atau kirim paket
""")

R("post", "legal_upcycling_service", "1110", """
Workshop upcycle: ubah kaos lama jadi tas belanja 🛍️
Sabtu ini di perpustakaan kota, gratis untuk 30 peserta.
Bawa 2 kaos bekas dari rumah, gunting, dan semangat.
Kami ajari teknik tanpa jahit dan teknik jahit tangan sederhana.
Daftar lewat link di bio, kuota terbatas!
""")

R("listing", "legal_upcycling_service", "1110", """
Jasa jahit ulang kebaya lama ibu 👘
Kebaya warisan ibu atau nenek yang sudah nggak muat? Kami ubah ukurannya, ganti furing, atau modifikasi modelnya jadi lebih modern tanpa merusak bordirnya.
Konsultasi gratis di butik kami di Solo.
Harga mulai 250rb tergantung tingkat kesulitan.
""")

R("post", "legal_upcycling_service", "1110", """
Sisa baju seragam kantor jadi keset dan lap 🧽
Program CSR kami bersama kelompok ibu-ibu di Cilincing: seragam bekas karyawan yang sudah tidak dipakai kami kumpulkan, lalu ibu-ibu mengolahnya jadi keset, lap dapur, dan tas belanja.
Produk dijual di koperasi kantor dan bazar, hasilnya untuk ibu-ibu pengrajin.
Terima kasih untuk semua karyawan yang sudah menyumbangkan seragam lamanya.
Sejauh ini sudah lebih dari 1.200 seragam yang diolah menjadi sekitar 3.000 produk. Kami mengajak perusahaan lain di kawasan industri ini untuk ikut menyumbangkan seragam lama mereka.
""")

R("post", "legal_upcycling_service", "1110", """
Quilt dari baju bayi 🍼
Baju-baju bayi si kecil yang penuh kenangan bisa dijahit jadi selimut quilt.
Kirim 20-30 baju bayi, kami potong jadi kotak-kotak dan jahit dengan lapisan dakron.
Ukuran 100x120 cm, harga 450rb.
Antrian bulan ini tinggal 5 slot.
""")

R("listing", "legal_upcycling_service", "1110", """
Reparasi sepatu & tas 👞👜
Ganti sol, jahit ulang, cat ulang kulit, ganti resleting tas
Sepatu lama kesayangan? Kami hidupkan lagi
Harga mulai 35rb
Tukang sol langganan warga sejak 1998, Jl. Cikini Raya
""")
