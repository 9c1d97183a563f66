# Hand-written legal long-form texts, families 9-10.
DATA = r"""
@@ 1110 L C9
JASA PERMAK & VERMAK – "Mang Ujang Tailor" Pasar Senen Lantai Dasar
Melayani: potong celana (biasa 15rb, original hem 35rb), kecilkan pinggang 25rb, ganti resleting 20rb-30rb, kecilkan kemeja 30rb, pendekkan lengan jaket 40rb, ganti furing jas 120rb.
Banyak pelanggan kami habis belanja di lantai atas lalu turun untuk permak, tapi kami melayani semua pakaian: seragam kantor, celana sekolah, kebaya, jas.
Kami tidak menjual pakaian, hanya jasa jahit. Pengerjaan 1-2 jam untuk permak ringan, ditunggu juga bisa. Buka setiap hari 08.00-17.00, Jumat istirahat 11.30-13.00.
@@ 1110 P C9
Laundry Sepatu & Jaket "Bersih Lagi" – Jalan Kaliurang km 5
Layanan:
- Deep clean sneakers 45rb
- Unyellowing sol 60rb
- Cuci jaket denim/kulit 35rb-75rb
- Paket anti jamur & anti bau (ozon) +15rb
Banyak pelanggan bawa jaket hasil ngawul atau barang lama dari gudang rumah yang bau apek; kami tangani semua. Kami hanya jasa cuci, tidak jual beli barang.
Antar jemput gratis area Sleman untuk minimal 3 item. Pengerjaan 2-4 hari.
@@ 0111 C C9
Kak, mau nanya serius nih. Aku rencana ke Gedebage minggu depan, tapi bingung cara bedain jaket bekas impor sama jaket reject lokal atau KW. Soalnya ada penjual yang ngaku "ini reject pabrik Majalaya, bukan bekas", tapi labelnya tulisan Jepang dan ada bekas nama orang di dalam kerah. Terus ada juga yang bilang "sisa ekspor".
Cara cek yang gampang apa ya? Aku nggak mau salah beli, apalagi katanya barang bekas impor itu dilarang dan bisa bau jamur. Thanks sebelumnya 🙏
@@ 0111 P C9
TUTORIAL: Merawat Pakaian Bekas yang Sudah Terlanjur Dibeli
Banyak yang DM nanya cara mencuci pakaian hasil "ngawul" atau beli di pasar loak. Sebelum dipakai:
1. Rendam air panas (±60°C) 30 menit, tambahkan 2 sendok cuka atau deterjen antiseptik.
2. Cuci terpisah dari pakaian lain, bilas sampai air bening.
3. Jemur di bawah matahari langsung sampai benar-benar kering.
4. Setrika dengan suhu tinggi (sesuai bahan) untuk membunuh kutu dan telur serangga.
5. Kalau ada bercak jamur hitam yang tidak hilang, jangan dipakai di kulit langsung.
Catatan: tulisan ini bukan ajakan membeli pakaian bekas impor. Lebih aman beli preloved lokal atau baju baru.
@@ 0111 P C9
Jalan-jalan ke Pasar Terong hari Minggu, cuma lihat-lihat 😅
Tujuanku sebenarnya beli sayur buat mama, tapi iseng naik ke lantai dua. Ramai sekali, orang berdesakan di depan lapak yang lagi "buka baru" karung cakar. Ada ibu-ibu yang sudah datang dari jam 6 biar dapat gaun bagus.
Aku cuma foto-foto suasananya (izin dulu ke pedagang), tidak beli apa-apa. Pedagang bilang sekarang karung jarang datang, harganya naik.
Habis itu turun lagi beli kangkung dan ikan bandeng. Pasar Terong memang dunia dalam kota.
@@ 0111 P C9
KUIS: Istilah Pakaian Bekas di Nusantara 🗺️
Cocokkan istilah dengan daerahnya!
1. Cakar  a. Medan
2. Monza  b. Yogyakarta
3. Awul-awul  c. Makassar
4. Lelong  d. Pontianak
5. Rombengan  e. Nunukan / Kupang
Bonus: "Cakar" singkatan dari apa? "Monza" singkatan dari apa?
Jawaban: 1c, 2a, 3b, 4d, 5e. Cakar = cap karung, Monza = Mongonsidi Plaza.
Ingat ya, pakaian bekas impor dilarang diperdagangkan. Kuis ini untuk pengetahuan bahasa dan budaya saja.
@@ 1110 L C9
JASA UPCYCLE "Jahit Ulang Solo" ♻️
Punya baju lama yang sudah tidak dipakai? Kirim ke workshop kami, kami ubah jadi:
- Tote bag patchwork: mulai 50rb
- Bantal sofa dari kemeja bekas: 45rb
- Rok dari celana jeans: 75rb
- Jaket patchwork dari 3-4 kemeja: 150rb
Bahan dari pakaianmu sendiri (atau pakaian keluarga). Kami tidak menjual pakaian bekas, hanya jasa jahit ulang. Estimasi 7-10 hari. Workshop di Laweyan, Solo. Kirim via ekspedisi juga bisa.
@@ 0111 C C9
Numpang nanya lur, Pasar Kodim Pekanbaru itu buka jam berapa ya? Adikku baru pindah kerja ke Pekanbaru, katanya pengen lihat-lihat jaket karena kantornya di ruangan dingin. Aku dengar di sana banyak jaket bekas impor, tapi juga ada toko jaket baru kan? Mending cari yang baru aja kayaknya, biar aman dan nggak bau. Ada rekomendasi toko jaket baru di sekitar situ?
Makasih ya 🙏
@@ 1110 L C9
Jasa Vermak Kebaya & Baju Kurung – Bukittinggi
Kebaya lama ibu atau nenek ingin dipakai lagi? Kami bisa:
- Mengecilkan/membesarkan ukuran: 75rb
- Mengganti model lengan & kerah: 100rb-150rb
- Menambah payet & brokat: mulai 150rb
- Menjahit ulang baju kurung basiba: 120rb
Pengerjaan 1-2 minggu, bisa kirim dari Padang, Payakumbuh, atau Pekanbaru. Kami hanya menerima pakaian milik pelanggan sendiri.
@@ 0111 P C9
Tips Mengenali Asal Pakaian di Pasar (untuk tugas kelas ekonomi)
- Label: pakaian bekas impor sering memiliki label bahasa Jepang, Korea (hangul), atau label laundry luar negeri. Pakaian lokal baru punya label "Made in Indonesia" dan kadang nomor SNI.
- Ukuran: ukuran Korea/Jepang tertulis 90/95/100 atau S/M/L Asia; ukuran Eropa/Amerika lebih besar.
- Kondisi: bekas pakai terlihat dari bulu kain (pilling), warna pudar tidak merata, noda di kerah.
- Kemasan: barang bal datang dalam karung terikat tanpa plastik per potong.
Tujuannya agar siswa memahami rantai perdagangan, bukan untuk berbelanja.
@@ 0111 P C9
Vlog pagi di Batam: jam 5.30 aku jalan ke Pasar Pagi Jodoh.
Jalan depan pasar sudah penuh terpal. Orang-orang jongkok mengaduk tumpukan baju, ada yang bawa senter karena masih gelap. Pedagang teriak "sepuluh ribu tiga!" Ternyata ini yang orang sini sebut ballpres.
Aku nggak beli apa-apa, cuma ngopi di warung dan ngobrol sama ibu penjual kopi. Katanya dulu tiap hari ramai, sekarang sering ada razia jadi kadang sepi.
Jam 9 pasar sudah bubar, jalan dibuka lagi. Unik banget, tapi kita tahu ini perdagangan yang dilarang.
@@ 0111 C C9
Mau nanya soal hukum nih. Kalau aku beli jaket bekas impor di pasar buat dipakai sendiri, aku bisa kena pidana nggak? Bukan buat dijual lagi.
Soalnya temen kantor bilang pembeli juga bisa kena. Terus gimana kalau aku jual lagi jaket itu nanti pas udah bosen, satu biji doang? Ada yang paham aturannya? Sumber resmi lebih bagus.
@@ 1110 L C9
Jasa Sablon Ulang & Dyeing – Bekasi
Kaos lama pudar? Kami bisa:
- Overdye (celup ulang) hitam/navy/maroon: 25rb/pcs
- Sablon ulang desain sendiri: mulai 40rb/pcs
- Tie-dye custom: 35rb/pcs
- Bleach art: 50rb/pcs
Bawa kaos, hoodie, atau celana milikmu sendiri. Minimal 1 pcs. Pengerjaan 3-5 hari. Workshop di Bekasi Timur. Kami tidak menjual pakaian bekas.
@@ 0111 P C9
Ke Cimol Gedebage untuk tugas antropologi 📚
Kelompok kami meneliti "ekonomi informal di pasar pakaian bekas". Kami mewawancarai 6 pedagang dan 10 pembeli. Temuan awal:
- Pedagang membeli bal seharga Rp4 juta-Rp5,5 juta tergantung negara asal dan grade.
- Bal dibuka di kios, barang dipilah jadi kelas 1, 2, dan 3. Kelas 1 dipajang dan dijual lebih mahal.
- Sebagian besar pembeli mahasiswa dan pekerja muda; ada juga reseller online.
- Pedagang tahu soal larangan tapi merasa tidak punya alternatif.
Kami tidak membeli barang apa pun. Laporan lengkap akan dipresentasikan Kamis depan.
@@ 0111 C C9
Ada rekomendasi penjahit di Makassar daerah Panakkukang yang bisa kecilin jaket kulit?
Waktu SMA aku pernah beli cakar jaket kulit kebesaran, sekarang mau dipakai lagi tapi masih kebesaran 😂 Sudah dicuci dan diangin-anginkan. Cuma butuh penjahit yang berani pegang kulit. Makasih sebelumnya.
@@ 1110 P C9
WORKSHOP UPCYCLING DENIM – Jogja 🧵
Sabtu, 10.00-15.00, di studio kami dekat Alun-alun Kidul.
Bawa jeans lamamu (atau jeans keluarga yang tidak terpakai), kita ubah bersama jadi tas, dompet, atau apron.
Tiket 75rb sudah termasuk benang, jarum, aksesori, dan snack. Mesin jahit disediakan.
Kuota 15 orang. Peserta diharapkan membawa pakaian milik sendiri; kami tidak menyediakan atau menjual bahan dari pakaian bekas impor.
@@ 0111 C C9
Tanya dong, "sisa ekspor" itu barang baru kan? Aku lihat di toko dekat rumah tulisannya "SISA EKSPOR – BUKAN BEKAS" harganya 35rb-60rb, labelnya merek luar tapi ada tulisan "Made in Indonesia".
Terus bedanya sama "reject"? Aku takut ternyata itu barang bal yang diakal-akalin. Mohon pencerahan dari yang paham 🙏
@@ 0111 P C9
Jalan pagi keliling Pajak Melati bareng mamak 🌤️
Dulu mamak sering beli monza di sini, katanya dulu tiap Selasa, Jumat, Minggu ramai sekali. Pagi ini ternyata lumayan banyak kios yang sudah ganti jual baju baru dari Bandung dan Tanah Abang. Beberapa masih ada yang jual barang bekas, tapi kata pedagangnya stok susah.
Kami cuma beli sayur dan bika ambon di depan. Mamak cerita nostalgia soal jaket yang dia beli 20 tahun lalu di Mongonsidi. Seru juga dengar sejarahnya.
@@ 0111 P C9
Q&A: Kenapa di Pontianak disebut "lelong"?
Q: Kenapa pakaian bekas impor disebut lelong?
A: Kata "lelong" dalam bahasa Melayu berarti lelang. Barang bekas di Malaysia dan Singapura dulu dijual dengan cara dilelang atau diobral, lalu istilah itu terbawa ke Kalimantan Barat.
Q: Apakah semua barang lelong bekas?
A: Umumnya ya, yang disebut baju lelong adalah pakaian bekas dari Malaysia/Singapura. Tapi di Malaysia sendiri "lelong" bisa berarti lelang apa saja, termasuk mobil dan ikan.
Q: Legal?
A: Di Indonesia, impor dan perdagangan pakaian bekas dilarang.
@@ 1110 L C9
Jasa Vermak Jeans "Denim Doctor" – Bandung
- Potong bawah original hem: 35rb
- Taper (kecilkan paha ke bawah): 60rb
- Tambal/darning lubang lutut: mulai 40rb
- Ganti kancing & rivet: 25rb
Spesialis jeans selvedge dan jeans lama. Bawa celanamu sendiri ke Jalan Sultan Tirtayasa. Pengerjaan 1-3 hari.
@@ 0111 C C9
Minta tolong jelasin buat skripsiku: apa beda thrift, preloved, reject, sisa ekspor, dan bekas impor? Aku sering lihat semua istilah itu dipakai campur di marketplace.
Dosenku minta definisi operasional yang jelas dan contoh kasus masing-masing, plus dasar hukumnya kalau ada. Kalau ada jurnal atau berita yang bisa dikutip, share ya. Makasih banyak! 🙏
@@ 0110 P C9
DIY: Ubah Kemeja Flanel Lama Jadi Rok Lilit (2 jam)
Bahan: 1 kemeja flanel ukuran L/XL yang sudah tidak dipakai, gunting, jarum, benang, karet 2 cm.
1. Potong kemeja di bawah ketiak, buang bagian lengan.
2. Buka jahitan samping, bentangkan jadi satu lembar.
3. Jahit karet di bagian atas sebagai pinggang.
4. Kancing depan tetap dipakai sebagai aksen.
Lengan sisa bisa jadi scrunchie. Selamat mencoba, kurangi sampah tekstil dari lemari sendiri!
@@ 0111 P C9
Ngontrak dekat Pasar Senen sudah 3 tahun. Setiap pagi sekitar jam 4, truk-truk kecil menurunkan karung besar di gang belakang. Dulu aku penasaran, ternyata isinya pakaian bekas yang mau dibawa ke lantai atas. Kadang ada tulisan bahasa Inggris di karungnya.
Sejak ada razia tahun lalu, truknya makin jarang. Tetanggaku yang kerja jadi kuli angkut bilang penghasilannya turun. Rumit juga ya, di satu sisi barangnya dilarang, di sisi lain banyak orang kecil yang hidup dari situ.
@@ 1110 L C9
Kelas Menjahit "Baju Lama Jadi Baru" – Surabaya
3 sesi (Sabtu, 3 minggu berturut-turut), 200rb.
Sesi 1: membongkar jahitan & pola
Sesi 2: jaket jadi rompi, kemeja jadi blouse
Sesi 3: finishing & aksesori
Peserta membawa pakaian bekas milik sendiri. Mesin disediakan. Lokasi di balai RW Wonokromo.
@@ 0111 P C9
Catatan perjalanan Tawau 🇲🇾
Selesai urusan kerja di Tawau, aku jalan ke pasar rombengan di daerah Sabindo. Luas sekali, banyak pakaian, selimut, sepatu, tas bekas bermerek. Di Malaysia ini legal, dan ternyata banyak pembelinya orang Indonesia dari Nunukan.
Aku tergoda beli jaket, tapi ingat di Indonesia pakaian bekas impor dilarang masuk, jadi aku cuma lihat-lihat dan beli kopi Tenom. Pulangnya naik kapal ke Nunukan, di pelabuhan pemeriksaan cukup ketat.
@@ 1110 L C9
Jasa Cuci Selimut, Bed Cover & Jaket Tebal – Kupang
Harga: 10rb/kg untuk selimut dan jaket, bed cover 35rb/pcs.
Antar jemput gratis area Oebobo, Kelapa Lima, Maulafa untuk minimal 5 kg.
Proses pengeringan mesin, cocok untuk musim hujan. Kami hanya jasa laundry.
@@ 0111 P C9
Penjelasan singkat: Satuan "bal" dalam perdagangan pakaian bekas
Dalam berita, "bal" atau "ballpress" adalah paket pakaian bekas yang dipres dan diikat, biasanya 45 kg sampai 100 kg. Isinya bisa 200 sampai 500 potong tergantung jenis barang. Pedagang di Senen menyebut bal kecil ±200 potong sebagai "balan pendek".
Bal dilabeli negara asal dan grade (misalnya A, B, campur), tapi label tidak selalu sesuai isi. Satuan ini juga dipakai untuk komoditas lain seperti kapas, tembakau, dan kardus.
@@ 0111 P C9
Soal latihan IPS kelas 9 – Perdagangan Internasional
1. Mengapa pemerintah melarang impor pakaian bekas? Sebutkan dua alasan.
2. Apa dampak masuknya pakaian bekas impor terhadap UMKM konveksi?
3. Sebutkan dua daerah perbatasan yang sering menjadi jalur masuk pakaian bekas.
4. Menurutmu, bagaimana solusi bagi pedagang pakaian bekas di pasar tradisional?
Jawab dengan kalimat sendiri, minimal 3 kalimat per soal.
@@ 0111 C C9
Jadi inget dulu tiap Sekaten diajak bapak ngawul. Tumpukan baju setinggi orang, bau khas, kita ngubek-ngubek cari jaket.
Sekarang anak-anakku nanya "awul-awul itu apa, Pak?" Aku jelasin itu tempat jual baju bekas dari luar negeri yang sekarang dilarang. Mereka malah bilang "oh kayak thrift ya". Zaman berubah, istilahnya juga.
@@ 0000 P C10
Resep Cakar Ayam Rica-Rica Pedas 🌶️
Bahan: 1 kg cakar ayam (beli di pasar sekitar 30rb), 10 cabai merah, 15 cabai rawit, 8 bawang merah, 4 bawang putih, jahe, serai, daun jeruk, kemangi.
1. Rebus cakar dengan jahe 20 menit, buang airnya, rebus lagi sampai empuk.
2. Haluskan cabai dan bawang, tumis dengan serai dan daun jeruk sampai harum.
3. Masukkan cakar, beri sedikit air, garam, gula. Masak sampai bumbu meresap.
4. Matikan api, masukkan kemangi.
Sajikan dengan nasi hangat. Di Makassar, kalau bilang "beli cakar" hati-hati, bisa disangka mau beli baju 😂
@@ 1000 L C10
Cakar Ayam Segar & Bersih – Makassar
Cakar ayam broiler sudah dikupas kulit arinya dan dipotong kukunya, siap masak.
Harga 28rb/kg, 5 kg 130rb. Juga ada kepala ayam 18rb/kg dan usus bersih 25rb/kg.
Melayani warung coto, rumah makan, dan ibu rumah tangga. Antar area Makassar dan Gowa, order H-1.
Ini cakar yang dimasak ya, bukan cakar yang dipakai 😄
@@ 0000 P C10
GP Italia di Monza: Leclerc Menang, Tifosi Menyerbu Lintasan 🏁
Pembalap Ferrari berhasil menahan tekanan di lap-lap terakhir dan memenangi balapan di Sirkuit Monza, yang dijuluki "Temple of Speed". Strategi satu kali pit stop membuatnya unggul atas rival yang mengandalkan ban lebih baru.
Setelah bendera finis, ribuan tifosi berlari ke lintasan menuju podium, tradisi khas Monza. Balapan berikutnya akan digelar di Baku.
@@ 1000 L C10
Bola Sepak (Bal) No. 5 – Baru – Untuk SSB & Sekolah
Bahan PU, jahit mesin, sudah uji pantul. Cocok untuk latihan di lapangan rumput dan sintetis.
Harga 120rb, beli 10 jadi 1,1jt. Gratis pompa untuk pembelian 5 bola.
Produksi Majalengka. Melayani pengadaan sekolah dengan nota dan kuitansi. Wong Jowo ngarani "bal", monggo yen arep tuku kanggo bal-balan bocah-bocah.
@@ 1101 P C10
Lelong Kereta Terpakai – Johor Bahru 🇲🇾
Pusat lelong kenderaan akan mengadakan lelong awam minggu ini. Antara kereta yang dilelong: Proton Saga 2015 (harga rizab RM8,000), Perodua Myvi 2017 (RM18,500), Honda City 2014 (RM21,000).
Pembida perlu mendaftar dan membayar deposit. Kereta boleh diperiksa sehari sebelum lelong. Semua kereta dijual dalam keadaan sedia ada.
@@ 0000 C C10
Roma vs Milan malam ini di Olimpico! Prediksi kalian? Aku tetap percaya Roma menang 2-1, lini tengahnya lagi bagus.
Forza Roma 💛❤️ Yang Milanisti jangan panas dulu ya, kita nobar di kafe dekat Senen aja biar rame.
@@ 0000 P C10
RB Leipzig Menang Telak, Naik ke Posisi Tiga
RB Leipzig mengalahkan tim tamu 4-1 di Red Bull Arena. Dua gol dicetak oleh penyerang sayap yang tampil impresif, sementara kiper muda melakukan lima penyelamatan penting.
Pelatih RB menyebut kemenangan ini penting menjelang laga Liga Champions pekan depan. Dengan hasil ini, RB naik ke posisi tiga klasemen sementara Bundesliga.
@@ 0000 A C10
Mengenal Pondasi Cakar Ayam untuk Tanah Lunak
Pondasi cakar ayam ditemukan oleh insinyur Indonesia, Prof. Sedijatmo, pada 1960-an. Pondasi ini terdiri dari pelat beton tipis yang ditopang pipa-pipa beton vertikal, menyerupai cakar ayam yang mencengkeram tanah.
Sistem ini cocok untuk tanah lunak seperti rawa dan tanah gambut, dan pernah dipakai di landasan bandara serta jalan tol. Kelebihannya: penurunan tanah lebih merata dan biaya lebih hemat dibanding tiang pancang dalam.
@@ 0000 M C10
Dulur-dulur, bal-balan sore iki jam 4 neng lapangan desa. Tim RT 02 lawan RT 05, sing kalah mbayar wedang jahe.
Sing nggowo bal Mas Darto, ojo lali dipompo sik. Sing durung duwe sepatu ora popo nyeker wae. Bar Maghrib kumpul neng pos ronda nggo evaluasi 😂
@@ 1000 P C10
Pengumuman Lelong Ikan – TPI Kuala Tungkal
Mulai besok, lelong ikan dimulai pukul 05.30. Nelayan diminta membawa hasil tangkapan ke meja timbang sebelum pukul 05.00.
Harga pembukaan hari ini: tongkol 25rb/kg, tenggiri 70rb/kg, udang putih 85rb/kg, kepiting 90rb/kg.
Pembeli wajib terdaftar di koperasi TPI. Pembayaran tunai setelah lelong selesai.
@@ 1000 L C10
Mesin Ballpress Hidrolik – Baru – Untuk Kardus, Plastik & Kaleng
Kapasitas tekan 10 ton, ukuran bal 60x40x80 cm, motor 3 HP.
Cocok untuk bank sampah, pengepul rongsok, dan gudang ritel agar kardus bekas lebih ringkas diangkut.
Harga 45jt termasuk instalasi area Jawa. Garansi 1 tahun, suku cadang tersedia. Produksi bengkel kami di Sidoarjo.
@@ 1000 L C10
Bale Bengong Bambu & Kayu – Siap Kirim Bali & Lombok
Bale bengong ukuran 2x2 m, atap alang-alang, lantai bambu petung: 1,8jt.
Bale-bale kayu kelapa ukuran 2x1 m untuk teras: 2,5jt.
Custom ukuran dan finishing bisa. Pengerjaan 2 minggu. Workshop di Gianyar, ongkos kirim ke Lombok dihitung terpisah.
@@ 0000 P C10
Senen, Second, dan Bal: Kata-Kata yang Berubah Makna
Dalam bahasa Jawa, "Senen" berarti hari Senin; pasar yang dulu ramai pada hari Senin di Batavia akhirnya bernama Pasar Senen. Kata "second" dalam percakapan sehari-hari bisa berarti barang bekas, tetapi juga "detik" atau "kedua", seperti dalam "second opinion".
"Bal" berasal dari bahasa Belanda "bal" (bola) dan "baal" (bungkusan besar). Itu sebabnya orang Jawa menyebut sepak bola "bal-balan", sementara pedagang kapas dan tembakau menghitung barang "per bal".
"Lelong" dari bahasa Portugis "leilão" yang berarti lelang, dan masih dipakai di Malaysia untuk lelang mobil, rumah, atau ikan. Menarik ya, satu kata bisa punya sejarah panjang sebelum dipakai untuk pakaian bekas.
"""
