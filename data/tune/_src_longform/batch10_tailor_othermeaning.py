from common import R

RECORDS = [
# ---------------- tailoring_upcycle (legal) ----------------
R("tailoring_upcycle", "listing", """
JASA VERMAK & PERMAK — Penjahit Pak Darso (sejak 1995)
Potong celana 15rb, kecilin pinggang 25rb, ganti resleting 20rb, pendekkan lengan kemeja 20rb.
Bawa pakaian sendiri ya, kami tidak jual baju.
Jadi 1-2 hari. Lokasi depan Pasar Kranggan, Jogja.
Buka Senin-Sabtu 08.00-17.00, Minggu libur.
"""),
R("tailoring_upcycle", "post", """
Upcycle project: jeans lama suamiku jadi tote bag 👜
Bagian saku belakang tetap dipertahankan, ditambah tali dari kain perca.
Mau bikin juga? Kirim jeans bekas kalian, ongkos jahit 85rb per tas, jadi 5 hari.
Jeans-nya punya kalian sendiri ya, kami tidak jual bahan atau baju bekas.
#upcycle #jeansbekas #sustainablefashion #jahitanrumahan
"""),
R("tailoring_upcycle", "listing", """
Jasa Reparasi Sepatu & Tas — "Dokter Sepatu Ahmad"
Lem ulang sol, ganti sol, jahit ulang, repaint kulit, ganti resleting tas.
Harga mulai 35rb. Garansi lem 1 bulan.
Terima kiriman dari luar kota, ongkir ditanggung pelanggan. Surabaya (Jl. Kapasan).
Konsultasi kerusakan via WA, kirim foto dulu biar bisa diperkirakan biayanya.
"""),
R("tailoring_upcycle", "post", """
Before-after: kebaya almarhumah nenek diubah jadi outer modern ✨
Brokat aslinya kami pertahankan, bagian yang rapuh diganti tile.
Klien bawa kebaya sendiri, kami hanya menjahit ulang.
Konsultasi gratis, DM untuk jadwal fitting. Butik Jahit Sekar, Solo.
Proses pengerjaan sekitar 3 minggu, tergantung kondisi kain.
"""),
R("tailoring_upcycle", "listing", """
Jasa Cuci Sepatu Premium (Deep Clean, Unyellowing, Repaint)
Deep clean 45rb, unyellowing 60rb, repaint midsole 75rb.
Pick up & delivery area Bandung kota gratis minimal 3 pasang.
Sepatu milik pelanggan ya, kami tidak menjual sepatu.
Estimasi pengerjaan 3-4 hari, bisa ekspres 1 hari dengan tambahan 20rb.
"""),
R("tailoring_upcycle", "live", """
🔴 Sesi ini juga disiarkan LIVE di IG perpustakaan, Sabtu jam 13.00.
Workshop "Jahit Ulang Baju Lama" di perpustakaan kota 🧵
Peserta membawa 1-2 pakaian pribadi yang ingin diubah (kemeja jadi blouse, kaos jadi tas, celana jadi rok).
Mentor: perancang lokal. Biaya 50rb termasuk benang & aplikasi.
Sabtu 13.00-16.00, kuota 25 orang.
Pendaftaran lewat formulir di bio perpustakaan kota.
"""),
R("tailoring_upcycle", "listing", """
Jasa Sulam & Bordir Nama pada Pakaian
Bordir nama di jaket, kemeja kerja, seragam sekolah — bawa pakaian sendiri.
Harga 15rb per nama (maks 12 huruf), logo kecil 40rb.
Jadi dalam 1 hari. Pekalongan.
Bisa kirim pakaian lewat ekspedisi, kami kirim balik setelah selesai.
Tersedia pilihan benang emas dan perak untuk bordir nama pengantin.
"""),
R("tailoring_upcycle", "post", """
Cerita dari meja jahit 🪡
Hari ini seorang bapak bawa jas pernikahannya 30 tahun lalu, minta diperbaiki untuk nikahan anaknya.
Kami ganti furing, kecilkan bahu 2 cm, pasang kancing baru.
Katanya jas itu dijahit di Pasar Johar tahun 1994, bahannya wol tebal yang sekarang susah dicari.
Anaknya nanti akan pakai jas itu saat akad. Rasanya ikut terharu.
Pakaian punya kenangan, layak dirawat. Terima permak jas & kebaya di Jl. Pemuda 17, Semarang.
"""),
R("tailoring_upcycle", "listing", """
Produk Upcycle: Tas dari Karung Goni Kopi & Jeans Bekas Lokal
Kami kumpulkan jeans bekas warga (lewat bank sampah) dan karung kopi, dijahit jadi tas unik.
Ukuran 35 x 30 cm, lapisan dalam katun. Harga 120rb.
Setiap tas berbeda. Produksi ibu-ibu PKK Ciwidey.
Pemesanan dalam jumlah banyak untuk suvenir acara bisa didiskusikan.
"""),
R("tailoring_upcycle", "post", """
Suka beli kaos kebesaran? 😄
Kami terima jasa resize kaos: kecilkan badan, potong lengan, crop.
20rb per kaos, bawa sendiri ke lapak kami di Pasar Baru lantai dasar.
Bisa ditunggu 30 menit kalau antrian sepi.
Tambah 10rb kalau mau dipasang label nama.
Pelanggan tetap kami banyak dari anak kos sekitar kampus.
"""),
R("tailoring_upcycle", "listing", """
Jasa Dry Clean & Perbaikan Jas / Beskap
Dry clean jas 60rb, beskap 70rb, perbaikan jahitan 25rb.
Kami terima pakaian pelanggan untuk dibersihkan dan dirapikan sebelum acara.
Laundry Nirmala, Jl. Diponegoro, Malang.
Layanan antar jemput gratis untuk minimal 3 potong.
Hasil dibungkus plastik dan digantung, siap dipakai ke acara.
"""),
R("tailoring_upcycle", "post", """
Proyek "Baju Ibu Jadi Selimut" 🧸
Kami menerima pakaian kenangan (baju almarhum/almarhumah) untuk dijahit menjadi selimut perca atau boneka.
Harga mulai 350rb tergantung ukuran. Proses 2-3 minggu.
Semua bahan dari pakaian yang Anda kirim sendiri.
Kami kirim foto progres setiap minggu supaya Anda bisa ikut menentukan susunan perca.
"""),
R("tailoring_upcycle", "listing", """
Servis Jaket Kulit — Ganti Resleting, Lining, dan Repaint
Jaket kulit kesayangan mengelupas? Kami perbaiki.
Repaint 150rb, ganti lining 120rb, resleting YKK 60rb.
Kirim jaket Anda ke workshop kami di Garut (Sukaregang).
Garansi pengerjaan 3 bulan.
Estimasi pengerjaan 2 minggu, kami kirim balik dengan packing kardus.
"""),
R("tailoring_upcycle", "post", """
Tips dari penjahit: jangan buang celana yang sobek di lutut!
Bisa ditambal sashiko ala Jepang (teknik jahit tangan), hasilnya malah keren.
Kami terima jasa tambal sashiko 50rb per tambalan, bawa celana sendiri.
Workshop Benang Biru, Bintaro.
Kelas belajar sashiko tiap Sabtu, bawa celana sendiri untuk praktik.
"""),
R("tailoring_upcycle", "listing", """
Jasa Celup/Pewarnaan Ulang Pakaian (Re-dye)
Kaos pudar, jeans kusam, atau kemeja belang? Kami celup ulang warna hitam/navy.
25rb per pcs, minimal 3 pcs. Selesai 3 hari.
Pakaian dibawa pelanggan. Lokasi Sleman.
Hasil warna bisa sedikit berbeda tergantung bahan.
Pewarna yang kami pakai ramah lingkungan, limbah diolah dulu sebelum dibuang.
"""),
R("tailoring_upcycle", "post", """
Dari seragam lama jadi tas sekolah 🎒
Program kelas prakarya: siswa menjahit seragam pramuka lama mereka menjadi pouch dan tas kecil.
Hasilnya dipamerkan dan dijual ke orang tua saat pentas seni, 15rb per pouch.
Hasil penjualan masuk kas kelas untuk study tour.
Guru prakarya: Ibu Ratna. Pameran di aula sekolah, Sabtu jam 9.
"""),
R("tailoring_upcycle", "listing", """
Jasa Vermak Gaun Pengantin & Kebaya
Pakaian pengantin dari keluarga (turun-temurun) bisa disesuaikan ukurannya.
Melayani tambah payet, ganti brokat, atau potong ekor gaun.
Harga sesuai tingkat kesulitan, mulai 200rb. Butik Anggun, Makassar.
Konsultasi dan fitting bisa dijadwalkan Senin-Sabtu.
"""),
R("tailoring_upcycle", "post", """
Hasil upcycle minggu ini ♻️
Kemeja flanel pelanggan yang bolong di siku → kami ganti siku pakai patch kulit.
Hoodie yang ujung lengannya sobek → kami pasang rib baru.
Order jasa perbaikan via WA, kirim foto kerusakan dulu ya.
Estimasi 3-5 hari kerja tergantung antrean.
Yang rusak parah kami konsultasikan dulu biayanya sebelum dikerjakan.
"""),
R("tailoring_upcycle", "listing", """
Jasa Ganti Sol Sepatu Kulit (Goodyear welt & blake)
Sol kulit 250rb, sol karet Vibram 300rb, ganti hak 75rb.
Sepatu milik pelanggan, dikirim ke bengkel kami di Cibaduyut.
Estimasi 7-10 hari kerja.
Kami kirim foto sebelum-sesudah, dan sepatu dikembalikan dengan shoe tree.
"""),
R("tailoring_upcycle", "post", """
Komunitas "Repair Café" Bandung buka lagi Minggu ini 🛠️
Bawa pakaian, tas, atau sepatu pribadi yang rusak; relawan penjahit membantu memperbaiki gratis.
Juga menerima perbaikan barang elektronik kecil.
Lokasi: taman kota, 09.00-12.00.
Relawan penjahit dan teknisi sangat dibutuhkan, daftar lewat tautan di bio.
"""),
R("tailoring_upcycle", "profile", """
Penjahit Rapi ✂️ sejak 2003
🧥 Permak jaket, blazer, jas, kebaya — pakaian milik pelanggan
⏱️ Permak ringan ditunggu 1 jam
📍 Pasar Sambu Medan, lantai 2 | Senin-Sabtu 09.00-17.00
🚫 Tidak menjual pakaian, hanya jasa jahit
"""),
R("tailoring_upcycle", "post", """
Daur ulang kaos panitia jadi keset & tas belanja 🧶
Kami (kelompok ibu-ibu RW 9) menerima kaos pribadi warga yang tidak terpakai, dianyam jadi keset.
Keset dijual 25rb, hasil untuk kas PKK. Silakan setor kaos di pos ronda.
Yang mau belajar menganyam, latihan tiap Rabu sore di balai RW.
"""),
R("tailoring_upcycle", "review", """
⭐⭐⭐⭐⭐ Jasa lukis jaket di Studio Cat Denim
Aku bawa jaket denim lama punya ayah, minta dilukis motif wayang di punggung.
Hasilnya detail banget, catnya nggak luntur walau sudah dicuci mesin 3x.
Pengerjaan 7 hari sesuai janji. Harga 250rb worth it. Bakal balik buat jaket adikku.
"""),
R("tailoring_upcycle", "post", """
Penjahit keliling "Mang Udin" siap datang ke rumah 🚲
Pasang kancing, jahit sobek, potong celana, ganti karet pinggang.
Tarif mulai 5 rebu. Area Cimahi-Bandung Barat, tiap pagi lewat kompleks.
Hubungi 0812xxxx kalau mau dipanggil.
Bisa juga pasang resleting tas dan sol sandal jepit 😄
Sudah 15 tahun keliling, pelanggan dari ibu-ibu kompleks sampai anak kos.
"""),

# ---------------- other_meaning (legal) ----------------
R("other_meaning", "listing", """
CAKAR AYAM FROZEN per Karung 10 kg — Grade A
Ceker bersih, kuku sudah dipotong, tanpa bau.
Harga 180rb/karung, reseller (min 10 karung) 165rb.
Cocok untuk warung seblak, mie ayam, dan soto. Gudang Bekasi, kirim pakai mobil box berpendingin.
Tersedia juga kepala ayam & usus per karung, harga menyesuaikan.
Sertifikat halal dan NKV tersedia.
"""),
R("other_meaning", "post", """
Resep Cakar Ayam Pedas Manis ala Warung 🌶️
Bahan: 1 kg cakar ayam, bawang putih, cabai rawit, kecap, saus tiram, jahe.
Rebus cakar 20 menit dengan jahe, tumis bumbu, masukkan cakar, masak sampai meresap.
Cocok untuk lauk makan malam. Selamat mencoba!
Tips: cakar direbus dulu dengan jahe dan daun salam supaya tidak amis.
""", el="0000"),
R("other_meaning", "listing", """
Jasa Pondasi Cakar Ayam & Bore Pile
Untuk rumah 2-3 lantai di tanah lunak. Survei lokasi gratis area Jabodetabek.
Harga per titik mulai 1,2 jt tergantung kedalaman.
Tim berpengalaman, bergaransi struktur.
Konsultasi dengan insinyur sipil bersertifikat, estimasi biaya dalam 2 hari.
Sistem pondasi cakar ayam cocok untuk bangunan di daerah rawa dan tanah gambut.
"""),
R("other_meaning", "article", """
MONZA — Balapan Formula 1 di Sirkuit Monza, Italia, akhir pekan ini diprediksi berlangsung ketat.
Lintasan yang dijuluki "Temple of Speed" itu dikenal dengan trek lurus panjang dan kecepatan puncak di atas 350 km/jam.
Sesi kualifikasi kemarin diwarnai hujan ringan, membuat beberapa pembalap melebar di tikungan Parabolica.
Tim tuan rumah berharap dukungan ribuan tifosi dapat mendongkrak performa pembalapnya.
""", el="0000"),
R("other_meaning", "profile", """
Cimol Mang Asep 🧀 | jajanan khas Bandung
🍢 Cimol, cireng, cilok frozen siap goreng
🧂 Bumbu balado, keju, BBQ, pedas daun jeruk
📦 Reseller welcome, kirim frozen se-Jawa
📍 Cicaheum, Bandung | halal
"""),
R("other_meaning", "message", """
Kanca-kanca, Minggu sore ana bal-balan antar RT neng lapangan desa 🏟️
RT 02 lawan RT 05, kick off jam 3.
Sing arep melu main, kumpul neng pos ronda jam 2. Aja lali nggawa sepatu bal lan kaos seragam.
Sing ora main, teka nonton wae, ana es dawet gratis saka Bu RT.
Sing menang entuk wedhus siji, sing kalah entuk semangat 😂
""", el="0000"),
R("other_meaning", "post", """
Lelong rumah teres dua tingkat di Shah Alam, Selangor 🏠
Harga rizab RM 420,000, lelongan awam di mahkamah tinggi pada 15 haribulan depan.
Pembida perlu deposit 10% harga rizab. Maklumat lanjut hubungi pelelong berlesen.
Hartanah boleh dilawati pada hari Sabtu dengan temujanji.
""", el="1100"),
R("other_meaning", "post", """
Mengenang Prof. Dr. Ing. B.J. Habibie 🇮🇩
Bapak teknologi Indonesia, perancang pesawat N250, presiden ke-3 RI.
"BJ" bagi generasi kami bukan sekadar singkatan nama, tapi simbol mimpi anak bangsa.
Al-Fatihah untuk beliau.
Semoga semangat beliau menginspirasi generasi muda untuk terus belajar.
""", el="0000"),
R("other_meaning", "post", """
Hasil Bundesliga semalam: RB Leipzig menang 2-1 atas tamunya.
Gol kemenangan dicetak di menit 88 lewat sundulan.
Dengan hasil ini, RB Leipzig naik ke peringkat tiga klasemen sementara.
Pekan depan mereka bertandang ke markas pemuncak klasemen.
Pelatih menyebut kemenangan ini modal penting menuju akhir musim.
""", el="0000"),
R("other_meaning", "message", """
Pembagian tugas lomba 17 Agustus RT 03:
PJ lomba balap karung: Mas Andi
PJ lomba makan kerupuk: Mbak Tika
PJ panjat pinang: Pak Yusuf
PJ konsumsi: ibu-ibu PKK
Rapat final Kamis malam di rumah Pak RT.
Mohon semua PJ membawa daftar kebutuhan dan anggaran.
Hadiah lomba disediakan dari iuran warga dan donatur.
""", el="0000"),
R("other_meaning", "post", """
Kamar anakku tuh awul-awulan banget 😩
Baju di kasur, buku di lantai, mainan di mana-mana.
Ada tips biar anak mau beresin kamar sendiri nggak, ibu-ibu?
Udah coba pakai sistem bintang, tapi cuma bertahan seminggu 😅
Anakku umur 7 tahun, cowok, lagi suka banget main lego.
""", el="0000"),
R("other_meaning", "post", """
Tukang rombeng keliling, beli barang bekas rumah tangga 🔔
Botol kaca, besi tua, kaleng, aki bekas, kipas angin rusak, kardus.
Harga bersaing, ditimbang di tempat. Area Pati dan Kudus, tiap pagi.
Panggil saja kalau lihat gerobak biru dengan lonceng.
Tidak menerima barang hasil curian, wajib dari rumah sendiri.
""", el="1100"),
R("other_meaning", "post", """
Lomba balap karung dan tarik tambang di kantor kami seru banget! 🎉
Tim keuangan juara balap karung, tim IT juara tarik tambang.
Karung goninya pinjam dari gudang beras koperasi, dikembalikan besok.
Terima kasih panitia HUT RI kantor, seru banget tahun ini!
Foto-foto lomba ada di drive bersama, silakan diunduh.
""", el="0000"),
R("other_meaning", "message", """
Info pengiriman: paket sparepart pesanan Bapak sudah dikirim 3 koli via kargo udara.
Koli 1: filter & gasket, koli 2: bearing, koli 3: v-belt.
Nomor resi terlampir. Estimasi tiba Kamis di Balikpapan.
Mohon konfirmasi jika paket sudah diterima lengkap.
Jika ada koli yang rusak, foto kondisi paket sebelum dibuka.
""", el="0000"),
R("other_meaning", "post", """
Warga diimbau tidak membuka segel meteran listrik prabayar.
Petugas akan melakukan pemeriksaan rutin minggu depan. Segel yang rusak dapat dikenai sanksi administratif.
Info lebih lanjut hubungi kantor layanan terdekat.
Petugas resmi selalu membawa surat tugas dan kartu identitas.
""", el="0000"),
R("other_meaning", "listing", """
Ikan Tuna Segar — Jual per Bagian
Kepala 35rb/kg (cocok untuk gulai), badan/loin 120rb/kg, ekor 45rb/kg.
Grade A sashimi tersedia terbatas, pesan H-1.
Pelabuhan Perikanan Bitung, bisa kirim beku ke luar kota.
Harga bisa berubah tergantung hasil tangkapan harian.
Pemesanan minimal 5 kg untuk pengiriman luar kota.
"""),
R("other_meaning", "listing", """
Telur Ayam Negeri per Peti — Grade A (60-65 gram)
1 peti = 15 kg (±240 butir). Harga 395rb/peti.
Kulit bersih, tidak retak, langsung dari peternakan Blitar.
Pengiriman area Jawa Timur pakai truk, luar pulau via kapal.
Harga mengikuti harga kandang harian, konfirmasi dulu sebelum pesan.
Tersedia juga telur grade B (retak halus) untuk pabrik roti dengan harga lebih murah.
"""),
R("other_meaning", "live", """
📺 Buat yang nggak ke stadion, siaran langsung mulai 18.30 di TV & aplikasi streaming resmi.
Matchday! Persib vs tim tamu di Stadion Gelora Bandung Lautan Api, Gedebage, Sabtu 19.00 🔵
Bobotoh diimbau datang lebih awal, pintu dibuka jam 16.00.
Akses parkir lewat Jalan Rumah Sakit, hindari macet di bundaran Cimencrang.
Tiket hanya dijual online, tidak ada penjualan di loket stadion.
""", el="0000"),
R("other_meaning", "post", """
Jadwal KA dari Stasiun Pasar Senen minggu ini 🚆
Tambahan perjalanan untuk libur panjang: tujuan Yogyakarta, Semarang, dan Surabaya Pasarturi.
Tiket dapat dipesan melalui aplikasi resmi. Penumpang diimbau datang 1 jam sebelum keberangkatan.
Pastikan nama di tiket sesuai dengan KTP.
Stasiun Pasar Senen dapat diakses dengan KRL, bus, dan ojek daring.
""", el="0000"),
R("other_meaning", "listing", """
HP Baru Garansi Resmi — "Batam Murah" Cell
Jual smartphone baru segel, garansi resmi Indonesia, IMEI terdaftar.
Pengiriman dari Batam ke seluruh Indonesia, bebas pajak hanya untuk penggunaan di kawasan FTZ sesuai aturan.
Cicilan 0% kartu kredit.
Toko kami di Nagoya Hill, buka setiap hari.
Semua unit baru, bukan HP second inter.
"""),
R("other_meaning", "post", """
Tradisi Sekaten di Keraton Yogyakarta dimulai dengan dikeluarkannya gamelan pusaka Kanjeng Kyai Gunturmadu dan Kyai Nagawilaga ke Masjid Gedhe.
Gamelan ditabuh selama tujuh hari menjelang peringatan Maulid Nabi.
Selama pelaksanaan, warga dari berbagai daerah datang untuk ngalap berkah, membeli kinang dan telur merah.
Pasar malam di Alun-alun Utara dulu menjadi bagian dari suasana Sekaten, dengan wahana permainan dan jajanan.
Puncaknya adalah Grebeg Maulud dengan gunungan hasil bumi.
""", el="0000"),
R("other_meaning", "post", """
Thrift (n.): sikap hemat dalam mengatur uang.
Di beberapa negara, "thrift institution" adalah lembaga simpanan seperti koperasi kredit.
Jadi kalau ada yang bilang "be thrifty", maksudnya: belanja bijak dan menabung 💰
Lawan katanya: boros (spendthrift). Unik ya, kata yang sama bisa bermakna hemat dan pemboros.
""", el="0000"),
R("other_meaning", "post", """
Hidden gems di Flores yang jarang dikunjungi 🏝️
1. Danau Kelimutu saat subuh
2. Pantai Koka di Sikka
3. Desa adat Wae Rebo
Tips: sewa motor dari Maumere, bawa jaket karena dingin di dataran tinggi.
Jangan lupa beli tenun ikat di desa sebagai oleh-oleh, dukung penenun lokal.
Waktu terbaik berkunjung: Mei sampai September.
""", el="0000"),
R("other_meaning", "post", """
Kucingku hobi banget cakar sofa 😿
Udah dibeliin garukan, tetap aja sofanya yang jadi korban.
Ada rekomendasi cara biar dia berhenti nyakar? Atau merek scratcher yang bagus?
Udah potong kukunya juga, tapi tetap aja 😂
Kucingnya umur 2 tahun, kampung oren, aktif banget malam hari.
Pengen beliin pohon kucing yang tinggi, ada rekomendasi toko lokal?
""", el="0000"),
R("other_meaning", "listing", """
Chevrolet Monza 1978 — Mobil Klasik Restorasi
Mesin V8 sudah overhaul, body repaint, interior baru.
Surat lengkap, pajak hidup. Harga 185 jt nego.
Untuk kolektor, bisa lihat unit di Bogor.
Tukar tambah dengan mobil klasik Eropa bisa dibicarakan.
Dokumen impor lama dan BPKB lengkap, unit masuk Indonesia tahun 1980.
""", el="1101"),
]
