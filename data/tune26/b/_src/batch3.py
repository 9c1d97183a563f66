# Hand-written long-form texts, batch 3 (families F35-F51).
# Tuple: (family, category, kind, offer, used, clothing, abroad, text)

RECORDS = [
("F35", "twin_touring_gear_sack", "listing", 1, 1, 1, 1, """Jaket & Sarung Tangan Touring Bekas Impor Jepang - Per Karung Campur
1 karung ±25 kg, isi jaket cordura, rompi, sarung tangan kulit, kadang dapat celana touring.
Merk campur: Komine, RS Taichi, Kushitani, tidak bisa pilih.
Harga 1,9jt per karung, cocok buat lapak bikers.
Gudang Semarang, pengiriman kargo."""),
("F35", "hn_twin_motor_parts", "listing", 1, 1, 0, 1, """Onderdil Motor Bekas Impor Jepang - Per Karung Campur
1 karung ±25 kg, isi karburator, CDI, kampas, spion, kadang dapat velg kecil.
Merk campur: Honda, Yamaha, Suzuki, tidak bisa pilih.
Harga 1,9jt per karung, cocok buat bengkel & pengepul.
Gudang Semarang, pengiriman kargo."""),

("F36", "twin_wearpack_koli", "post", 1, 1, 1, 1, """Wearpack & seragam kerja second ex Jepang, per koli ready 🔧
Isi coverall, celana kargo tebal, jaket proyek, masih banyak yang ada bordir nama pabrik.
1 koli ±40 pcs, harga 1,6jt. Eceran 45rb/pcs.
Pas buat anak bengkel & proyek. Gudang di Cikarang, DM untuk video isi koli."""),
("F36", "hn_twin_news_wearpack", "article", 0, 1, 1, 1, """Wearpack dan seragam kerja bekas asal Jepang kini banyak dijual per koli di kawasan industri Cikarang.
Pedagang menyebut satu koli berisi sekitar 40 potong coverall dan jaket proyek, sebagian masih berbordir nama pabrik Jepang.
Kementerian Perdagangan mengingatkan bahwa impor pakaian bekas tetap dilarang, termasuk pakaian kerja.
Pengawasan di gudang-gudang sekitar Bekasi disebut akan ditingkatkan."""),
("F36", "hn_news_used_trains", "article", 0, 1, 0, 1, """Gerbong kereta bekas asal Jepang kembali tiba di Pelabuhan Tanjung Priok pekan ini.
Sarana yang sebelumnya beroperasi di Tokyo itu akan dirawat ulang di depo sebelum dipakai melayani penumpang Jabodetabek.
Kementerian Perhubungan menyebut impor sarana bekas ini sudah melalui izin khusus.
Pengamat menilai pengadaan kereta baru buatan dalam negeri tetap perlu dipercepat."""),

("F37", "twin_football_boots_second", "listing", 1, 1, 1, 1, """Sepatu Bola Nike Mercurial Second ex Korea, Size 42
Sol masih tebal, pul aman, upper ada lecet halus di ujung.
Insole original, sudah di-deep clean dan disemprot antibakteri.
Harga 325rb, bonus tas sepatu. Bisa cek langsung di Depok.
Chat dulu sebelum checkout ya gan."""),
("F37", "hn_twin_po_new_boots", "listing", 1, 0, 1, 1, """Sepatu Bola Nike Mercurial PO Korea, Size 39-44
Barang baru, lengkap box dan tag, dibeli dari store di Seoul oleh partner kami.
Estimasi sampai 3 minggu setelah PO ditutup tanggal 20.
Harga 1,35jt, DP 50%. Bisa ambil langsung di Depok.
Chat dulu sebelum checkout ya gan."""),

("F38", "twin_kids_preloved_korea", "profile", 1, 1, 1, 1, """🧸 Lemari Mungil Korea 🧸
Baju anak preloved ex Korea 0-8 tahun, kondisi 85% up, diambil dari lot Busan
Tiap pcs dicuci & disetrika ulang
Open order Senin-Jumat | kirim dari Malang
Format order di highlight 👆"""),
("F38", "hn_twin_kids_po_new", "profile", 1, 0, 1, 1, """🧸 Lemari Mungil Korea 🧸
Baju anak import Korea 0-8 tahun, barang baru PO langsung dari Dongdaemun
Estimasi datang 14-21 hari, no cancel
Open PO tiap awal bulan | kirim dari Malang
Format order di highlight 👆"""),

("F39", "twin_preloved_hijab_batam", "message", 1, 1, 1, 1, """Assalamualaikum ukhti 🌷
Preloved gamis & hijab dari karungan Batam udah aku pilihin yang bagus-bagus, 15 potong.
Gamis 45rb, pashmina 15rb, khimar 25rb.
Semua udah dicuci pakai pewangi, bau gudangnya hilang.
Minat langsung bales chat ini ya, first come first serve."""),
("F39", "hn_twin_preloved_own", "message", 1, 1, 1, 0, """Assalamualaikum ukhti 🌷
Preloved gamis & hijab punyaku sendiri, habis beres-beres lemari sebelum pindahan, 15 potong.
Gamis 45rb, pashmina 15rb, khimar 25rb, kebanyakan baru dipakai 2-3 kali.
Semua udah dicuci pakai pewangi.
Minat langsung bales chat ini ya, first come first serve."""),

("F40", "twin_party_dress_koli", "listing", 1, 1, 1, 1, """Dress Pesta Second - Ambil per Koli atau Eceran
Isi 1 koli ±30 dress: brokat, satin, sequin, warna campur.
Cocok buat usaha sewa baju pengantin & wisuda.
Per koli 2,4jt, eceran pilih di tempat 90rb.
Lokasi Jl. Veteran Selatan, Makassar. WA 0812xxxx"""),
("F40", "hn_twin_rental_stock", "listing", 1, 1, 1, 0, """Dress Pesta Second - Eks Sewaan Butik Kami
Ada ±30 dress: brokat, satin, sequin, warna campur, semua jahitan penjahit kami sendiri di Makassar.
Cuci gudang karena butik ganti koleksi, rata-rata sudah disewa 5-10 kali.
Harga 90rb-150rb per dress.
Lokasi Jl. Veteran Selatan, Makassar. WA 0812xxxx"""),

("F41", "twin_curtains_netherlands", "post", 1, 1, 1, 1, """Bongkar kontainer minggu ini! 🇳🇱
Gorden, taplak, karpet bulu dan sprei bekas impor Belanda, banyak motif klasik.
Gorden per pasang 60rb, karpet mulai 150rb, sprei 40rb.
Gudang kami di Jl. Raya Bogor, buka Sabtu-Minggu.
Yang reseller boleh borong, harga khusus."""),
("F41", "hn_twin_furniture", "post", 1, 1, 0, 1, """Bongkar kontainer minggu ini! 🇳🇱
Lemari, meja makan, kursi jati dan bufet bekas impor Belanda, banyak model klasik.
Kursi per pasang 600rb, meja mulai 1,5jt, bufet 2,2jt.
Gudang kami di Jl. Raya Bogor, buka Sabtu-Minggu.
Yang reseller boleh borong, harga khusus."""),

("F42", "twin_thread_thrift_handles", "post", 1, 1, 1, 1, """🧵 Thread: tempat belanja baju second impor online yang menurutku paling jujur soal kondisi
1. @gudangkemejajepang – kemeja ex Jepang, fotonya detail sampai noda kecil
2. @jaketbal.id – jaket dari bal Korea, update tiap Kamis
3. @celanakargo_sortir – celana kargo sortiran grade A
Semua udah aku coba, pengiriman aman. Tambahin di reply kalau ada yang lain!"""),
("F42", "hn_twin_thread_new_japan", "post", 1, 0, 1, 1, """🧵 Thread: toko online baju import Jepang yang menurutku paling jujur soal bahan
1. @gudangkemejajepang – kemeja baru dari Osaka, ada tag harga yen
2. @jaketjapan.id – jaket baru stok Uniqlo & GU Jepang, update tiap Kamis
3. @celanakargo_tokyo – celana kargo baru ukuran Asia
Semua udah aku coba, pengiriman aman. Tambahin di reply kalau ada yang lain!"""),
("F42", "hn_twin_thread_cameras", "post", 1, 1, 0, 1, """🧵 Thread: tempat belanja kamera analog second impor yang menurutku paling jujur soal kondisi
1. @gudangkamerajepang – kamera ex Jepang, fotonya detail sampai jamur lensa
2. @lensabekas.id – lensa manual dari lelang Jepang, update tiap Kamis
3. @filmbodysortir – body kamera sortiran grade A
Semua udah aku coba, pengiriman aman. Tambahin di reply kalau ada yang lain!"""),

("F43", "hn_restock_full_size", "post", 1, 0, 1, 1, """RESTOCK HARI INI JAM 12 SIANG ⏰
Hoodie polos heavyweight 330gsm, full size run S-XXL, 8 warna.
Barang baru import China, langsung dari pabrik Guangzhou.
Harga 99rb, min beli grosir 6 pcs dapat 85rb.
#hoodiepolos #restock #grosirhoodie"""),
("F43", "twin_restock_karungan", "post", 1, 1, 1, 1, """RESTOCK HARI INI JAM 12 SIANG ⏰
Hoodie karungan China, second, size campur S-XXL, warna acak.
Dipilih dari 3 karung yang baru kami buka, yang bolong sudah disingkirkan.
Harga 39rb, ambil 6 pcs dapat 32rb.
#hoodiemurah #restock #karungan"""),

("F44", "twin_leather_gedebage", "listing", 1, 1, 1, 1, """Jaket Kulit Sapi Second, Model Biker, Size L
Hitam doff, resleting YKK masih lancar, lapisan dalam utuh.
Dapat dari Gedebage pas bongkar bal hari Minggu, sudah saya bersihkan dan semir ulang.
Harga 450rb, tidak nego jauh.
Bisa COD Antapani atau kirim JNE."""),
("F44", "hn_twin_garut_repair", "listing", 1, 1, 1, 0, """Jaket Kulit Sapi Second, Model Biker, Size L
Hitam doff, resleting YKK masih lancar, lapisan dalam utuh.
Buatan pengrajin Sukaregang Garut, dulu punya kakak saya, sudah saya jahit ulang sedikit dan semir.
Harga 450rb, tidak nego jauh.
Bisa COD Antapani atau kirim JNE."""),

("F45", "twin_container_clothes", "message", 1, 1, 1, 1, """Selamat pagi Pak Anton,
Kami ada 1 kontainer 20 ft pakaian bekas dari Korea, isi ±550 bal campur musim dingin.
Harga per kontainer bisa dibicarakan, bisa juga ambil setengah.
Barang diturunkan di gudang Marunda, bisa dicek sebelum bayar.
Mohon kabari paling lambat Jumat. Terima kasih."""),
("F45", "hn_twin_container_fridges", "message", 1, 1, 0, 1, """Selamat pagi Pak Anton,
Kami ada 1 kontainer 20 ft kulkas & mesin cuci bekas dari Korea, isi ±90 unit campur merk.
Harga per kontainer bisa dibicarakan, bisa juga ambil setengah.
Barang diturunkan di gudang Marunda, bisa dicek sebelum bayar.
Mohon kabari paling lambat Jumat. Terima kasih."""),

("F46", "twin_lelong_bedcover_hotel", "post", 1, 1, 1, 1, """Bedcover & handuk lelong Singapura masuk lagi!
Kebanyakan bekas hotel, putih tebal, ada bordir nama hotel kecil di pinggir.
Bedcover king 75rb, handuk mandi 20rb, sarung bantal 5rb.
Ambil di rumah, Jl. Gajah Mada gang 8 Pontianak.
Tanya-tanya dulu boleh, japri 0812xxxx"""),
("F46", "hn_twin_new_bedding_sg", "post", 1, 0, 1, 1, """Bedcover & handuk dari Singapura masuk lagi!
Semua baru, sisa stok supplier hotel yang batal kirim, masih dalam plastik dan karton.
Bedcover king 275rb, handuk mandi 85rb, sarung bantal 30rb.
Ambil di rumah, Jl. Gajah Mada gang 8 Pontianak.
Tanya-tanya dulu boleh, japri 0812xxxx"""),

("F47", "twin_safety_shoes_korea", "listing", 1, 1, 1, 1, """Sepatu Safety Second ex Korea - Per Pasang / Per Lusin
Merk campur (K2, Kings, Red Wing), ujung baja masih aman, sol belum botak.
Eceran 120rb/pasang, per lusin 1,2jt.
Cocok buat tambang & proyek, banyak dipakai di Kalimantan.
Kirim dari Balikpapan, nego via chat."""),
("F47", "hn_twin_smelter_local", "listing", 1, 1, 1, 0, """Sepatu Safety Second - Per Pasang / Per Lusin
Merk campur (Kings, Cheetah), ujung baja masih aman, sol belum botak.
Ini bekas pakai karyawan proyek kami sendiri di Balikpapan yang ganti seragam, bukan barang kiriman luar.
Eceran 120rb/pasang, per lusin 1,2jt.
Kirim dari Balikpapan, nego via chat."""),

("F48", "twin_backpack_sack_grade", "listing", 1, 1, 1, 1, """Tas Ransel Bekas Impor Per Karung Grade A
Isi ±80 tas: ransel sekolah, tas laptop, tas gunung kecil.
Grade A = resleting normal, tidak robek, cuma kotor debu.
Harga 1,5jt per karung, kirim dari Jakarta Utara.
Tidak bisa pilih isi, foto sampel di katalog."""),
("F48", "hn_twin_plastic_sacks", "listing", 1, 1, 0, 1, """Karung Plastik Bekas Impor Per Bal Grade A
Isi ±500 karung: karung tepung, karung gula, karung pakan ternak, ex impor.
Grade A = tidak robek, jahitan masih utuh, cuma kotor debu.
Harga 1,5jt per bal, kirim dari Jakarta Utara.
Tidak bisa pilih isi, foto sampel di katalog."""),

("F49", "hn_job_vacancy_sorting", "post", 0, 1, 1, 1, """LOWONGAN KERJA – Gudang Batu Ampar, Batam
Dicari 6 orang tenaga sortir pakaian bekas dari bal Singapura & Jepang.
Tugas: buka bal, pisahkan grade, lipat dan timbang per karung.
Gaji harian 120rb + makan siang, kerja Senin-Sabtu.
Kirim lamaran ke WA 0812xxxx"""),
("F49", "twin_warehouse_retail_open", "post", 1, 1, 1, 1, """GUDANG SORTIR BUKA UNTUK UMUM – Batu Ampar, Batam
Sekarang bisa beli eceran pakaian bekas dari bal Singapura & Jepang langsung di gudang.
Pilih sendiri dari tumpukan grade A, bayar per potong atau timbang per kilo.
Buka Senin-Sabtu jam 8-16, parkir luas.
Info lokasi WA 0812xxxx"""),

("F50", "twin_flannel_bangkok_2nd", "message", 1, 1, 1, 1, """[BROADCAST GROSIR]
Kemeja flanel ex Bangkok 2nd, motif kotak campur, size M-XXL.
Per lusin 300rb, ambil 5 lusin 1,35jt.
Kondisi 80-95%, sebagian ada bekas nama di kerah.
Format order: nama - jumlah lusin - alamat. Kirim ke 0812xxxx"""),
("F50", "hn_twin_flannel_dhaka_new", "message", 1, 0, 1, 1, """[BROADCAST GROSIR]
Kemeja flanel PO langsung dari pabrik di Dhaka, motif kotak campur, size M-XXL.
Per lusin 540rb, ambil 5 lusin 2,5jt, barang baru, belum pernah dipakai.
Estimasi datang 4-5 minggu setelah PO tutup.
Format order: nama - jumlah lusin - alamat. Kirim ke 0812xxxx"""),

("F51", "twin_kebon_kalapa_stock", "post", 1, 1, 1, 1, """Update rak kita hari ini 👕
Kaos band & kemeja bowling second, stoknya baru diambil dari Kebon Kalapa tadi pagi.
Harga 40-85rb, yang cacat 20rb.
Toko kecil kami di Cimahi, buka jam 1 siang.
Follow @rakmangdadang buat info drop berikutnya."""),
("F51", "hn_twin_family_donation", "post", 1, 1, 1, 0, """Update rak kita hari ini 👕
Kaos band & kemeja bowling second, semuanya dari lemari almarhum Pak Dadang, donasi keluarganya buat kas karang taruna.
Harga 40-85rb, yang cacat 20rb.
Lapak kecil kami di balai RW Cimahi, buka jam 1 siang.
Follow @karangtaruna.rw07 buat info berikutnya."""),
]
