# Hand-written legal one-liners, families 6-10.
DATA = r"""
# F6 news / official / research (0111)
0111 A C6 Bea Cukai Batam musnahkan 300 koli ballpress asal Singapura senilai Rp2,1 miliar
0111 A C6 Polisi gerebek gudang pakaian bekas impor di Pasar Senen, ribuan bal disita
0111 A C6 Harga bal di Pasar Senen naik jadi Rp7 juta, pedagang thrifting menjerit
0111 A C6 Kemendag: impor pakaian bekas dilarang Permendag 40/2022, pedagang diberi waktu habiskan stok
0111 A C6 Pedagang cakar Pasar Terong: 'Satu karung dulu 4 juta, sekarang susah barang'
0111 A C6 Satgas amankan 40 karung pakaian bekas Malaysia di jalur tikus Entikong
0111 A C6 Kapal pinisi bermuatan ballpress dicegat di perairan Pare-Pare
0111 A C6 Pedagang monza Pajak Melati minta kuota impor dilegalkan
0111 A C6 Opini: Larangan thrifting impor harus dibarengi penguatan industri tekstil lokal
0111 A C6 Riset: mayoritas pembeli awul-awul di Yogya adalah mahasiswa, alasan utamanya harga
0111 A C6 Data dagang: pakaian bekas HS 6309 tetap tercatat masuk meski dilarang
0111 A C6 Bea Cukai Tanjung Perak: ballpress masuk pakai dokumen tujuan Timor Leste lalu dibelokkan
0111 A C6 Joki koper dari HarbourFront Singapura bawa pakaian bekas ke Batam, diupah S$10 per tas
0111 A C6 Nunukan: pedagang ballpress asal Tawau kecewa dilarang, 'sudah jualan sejak 1990-an'
0111 A C6 Polisi sita 100 bal pakaian bekas di Tanjung Balai Asahan
0111 A C6 Kejari Bulungan musnahkan 70 karung ballpress hasil perkara inkrah
0111 A C6 Menkeu janji tertibkan impor pakaian bekas ilegal, Pasar Senen akan dibenahi
0111 A C6 Lelong di Pontianak: warga tetap berburu meski dilarang, harga kemeja Rp30 ribu
0111 A C6 Analisis: mengapa bal 'ex Korea' lebih mahal dari 'ex China' di Gedebage
0111 A C6 Dinas Perdagangan Makassar data ratusan lapak cakar, akan dibina beralih ke produk lokal
0111 A C6 Kronologi: dari Port Klang ke Dumai, jalur ballpress yang dibongkar aparat
0111 A C6 Wawancara: pedagang Cimol Gedebage mengaku beli bal Rp5,5 juta isi 400 potong
0111 A C6 Editorial: thrifting bukan soal gaya, tapi soal sampah tekstil negara maju
0111 A C6 Pemkab Belu imbau warga tak beli rombengan dari perbatasan Motaain
0111 A C6 Patroli laut tangkap speedboat bawa 120 karung pakaian bekas di Selat Malaka
0111 A C6 Pedagang awul-awul Sekaten: 'Barang kami dari Padang, asalnya Korea'
0111 A C6 Studi kampus: jamur ditemukan di sampel pakaian bekas impor dari 3 pasar
0111 A C6 Banjarmasin: Pasar Tungging kini sepi pakaian bekas Korea setelah razia
0111 A C6 Siaran pers: 824 bal pakaian bekas ilegal dimusnahkan di Karawang
0111 P C6 Thread: aku liputan ke Pasar Kodim Pekanbaru, jaket bekas impor 80rb, pedagang resah stok habis
0111 A C6 Bea Cukai gagalkan penyelundupan pakaian bekas dari Malaysia via Sibolga
0111 A C6 Pedagang baju bekas Ambon: stok bal dari Surabaya naik Rp1 juta
0111 A C6 Jayapura: pakaian bekas asal PNG dijual dekat Skouw, aparat lakukan pendataan
0111 A C6 Survei: sebagian besar penjual thrift online ambil stok dari Gedebage dan Senen
0111 A C6 Mendag: 'Yang dilarang impor pakaian bekasnya, bukan thrifting barang lokal'
# F7 moderation guidelines / seller education (0111)
0111 P C7 Pedoman komunitas: postingan jual 'bal', 'ballpress', 'karungan', 'b4l' pakaian bekas impor akan dihapus
0111 P C7 Edukasi seller: kata 'ex Jepang', 'ex Korea', 'lelong', 'monza' di judul produk bekas akan ditinjau
0111 P C7 Admin grup: dilarang promosi cakar karungan & awul-awul impor. Pelanggar langsung kick
0111 P C7 Daftar kata terlarang kategori fashion bekas: balpres, ballpres, b@l, bal korea, bal jepang, rombeng
0111 P C7 FAQ seller: Bolehkah jual baju preloved? Boleh, asal milik pribadi & bukan bekas impor (HS 6309)
0111 P C7 Tips lolos kurasi: jangan pakai 'thrift impor', 'bongkar bal', 'hidden gems bal'—itu pelanggaran
0111 P C7 Catatan moderator: 'r0mb3ng4n', 'cak4r', 'awul2' = varian ejaan, cek konteks sebelum takedown
0111 P C7 Panduan: emoji 🇯🇵🇰🇷 + 'second' + 'karung' di listing pakaian = sinyal kuat bekas impor
0111 P C7 Kebijakan baru: listing 'baju lelong' Kalbar wajib bukti asal barang, bekas impor diturunkan
0111 P C7 Edukasi: 'sisa ekspor' & 'reject pabrik' lokal BOLEH, 'bekas impor' TIDAK. Beda ya seller
0111 P C7 Catatan moderasi: 'monza' di Medan = pakaian bekas impor; 'Monza' balap F1 = bukan pelanggaran
0111 P C7 Larangan: menjual, mempromosikan, atau merekrut reseller pakaian bekas impor dalam bentuk bal/karung
0111 P C7 Sinyal evasion yg sering dipakai: 'b a l', 'ba11', 'bɑl', 'k4rung', 'sec0nd imp0rt'
0111 P C7 Guideline live: host dilarang 'buka karung' pakaian bekas impor saat siaran. Sanksi: live dibekukan
0111 A C7 Sosialisasi Disperindag: pedagang cakar dilarang menjual stok baru dari karung impor
0111 P C7 Checklist reviewer: asal luar negeri? bekas? pakaian? ditawarkan? kalau empatnya ya → takedown
0111 P C7 Pengumuman marketplace: kata kunci 'ballpress' kini diblokir di pencarian kategori fashion
0111 P C7 Untuk seller preloved: tulis 'milik pribadi, dibeli di [kota]' agar tidak salah ditandai bekas impor
0111 P C7 Aturan grup FB Jual Beli Tanjungpinang: barang rombeng/bundle dari SG dilarang diposting
0111 P C7 Istilah regional yang wajib dikenali moderator: cakar, monza, awul-awul, lelong, rombengan, RB, BJ
0111 P C7 Kalimat 'barang dari Tawau' atau 'ambil di Entikong' + pakaian second = tinjau manual
0111 P C7 Edukasi: ballpress sepatu bekas Thailand juga termasuk larangan, tidak hanya baju
0111 P C7 Guideline: ulasan yang merekomendasikan toko pakaian bekas impor dianggap promosi
0111 C C7 Tanya jawab: kenapa listing 'kemeja vintage baru' saya ditahan? krn ada kata 'bal'—silakan banding
0111 P C7 Pakaian dalam, sepatu, tas bekas asal luar negeri = dilarang. Tas bekas lokal milik pribadi = boleh
0111 P C7 Update kamus filter: 'pasar senen cargo', 'gedebage direct', 'sortiran gudang' ditambahkan
0111 P C7 Bedakan: 'second Jepang' untuk mobil/HP boleh, untuk pakaian bekas impor dilarang
0111 P C7 Edukasi komunitas reseller: jangan terima stok 'bal tanpa sortir' dari supplier manapun
0111 P C7 Catatan: 'RB' bisa berarti ribu, bisa juga singkatan 'rombeng'. Lihat konteks
0111 P C7 Moderator Kaltara: 'ambil Tawau', 'barang kapal', 'pakaian Malaysia bekas' = kategori larangan
0111 P C7 Panduan kreator: konten 'bongkar bal' yg menyebut toko/supplier dianggap promosi terlarang
0111 P C7 Format banding: lampirkan nota pembelian lokal atau foto label produksi dalam negeri
0111 P C7 Homoglyph yang sering dipakai: Ьаl, bаl (a Kiril), ƅal, 8al — normalisasi sebelum cek
0111 P C7 Kebijakan ini tidak melarang jual beli pakaian bekas pribadi, donasi, atau bazar amal barang lokal
0111 P C7 Kuis moderator: 'karungan Jepang 25kg 2,3jt' → termasuk penawaran pakaian bekas impor?
# F8 other goods per bal/karung/kg, used imported non-clothing
1000 L C8 Tembakau Temanggung grade A per bal 40kg, Rp 4,2jt, panen baru, siap kirim
1000 L C8 Jual kapas kiloan per bal 200kg utk jok & boneka, lokal, Rp 18rb/kg
1100 L C8 Kardus bekas per bal press 50kg, Rp 2.800/kg, ambil gudang Cikarang
1000 L C8 Majun kain perca sisa konveksi per karung 25kg, Rp 150rb, utk bengkel
1000 L C8 Jerami padi per bal 15kg 25rb, utk pakan sapi, area Lamongan
1000 L C8 Pupuk NPK karungan 50kg Rp 380rb, stok toko tani Sidrap
1100 L C8 Besi tua kiloan grade HMS 1, Rp 5.500/kg, angkut Cilegon
1101 L C8 Mobil bekas impor ex Jepang Alphard 2018, CBU, pajak hidup, 780jt
1101 L C8 iPhone 13 second ex Jepang, inter, BH 88%, 6,3jt
1101 L C8 Mesin diesel bekas ex Jepang 8PK, rekondisi, 3,5jt, Surabaya
0101 A C8 Kereta bekas ex Jepang tiba di Tanjung Priok, disiapkan untuk KRL Commuter Line
1000 L C8 Kopi arabika Gayo per karung 60kg green bean grade 1, Rp 7,8jt
1100 L C8 Kertas HVS bekas kiloan per bal, Rp 3rb/kg, ambil Sidoarjo
1001 L C8 Benang rajut per bal 4kg, impor Turki baru, 520rb
1000 L C8 Cengkeh kering per karung 50kg, Rp 5,6jt, dari Tolitoli
1101 L C8 Forklift bekas impor ex Korea 3 ton, unit siap kerja, 95jt
1000 L C8 Bawang merah Brebes per karung 50kg, Rp 1,3jt, grade super
1100 L C8 Jual karung goni bekas, 2rb/lembar, cocok utk pasir & beras
1101 L C8 Laptop ThinkPad second ex Singapura, grade A, i5, 2,8jt
1000 L C8 Sabut kelapa per bal press 30kg, kualitas ekspor, Rp 90rb
1101 L C8 Mesin jahit bekas ex Jepang high speed, rekondisi, 2,2jt
1100 L C8 Plastik PET cacah per bal 500kg, Rp 6rb/kg, supplier Medan
1101 L C8 Motor gede second CBU ex Amerika, surat lengkap, 320jt
1000 L C8 Rumput odot per bal 20kg 30rb, buat kambing, area Boyolali
1000 L C8 Tembakau Madura rajangan per bal, grade A-B, harga mulai 65rb/kg
1000 L C8 Kapas medis per bal 25 roll, distributor alkes Makassar
1101 L C8 HP Galaxy second ex Korea, SEIN, mulus 95%, 2,1jt
1101 L C8 Ban bekas impor ex Jepang ring 15, tebal 80%, 350rb sepasang
1000 L C8 Karet slab per bal, harga pabrik Jambi 11rb/kg
1101 L C8 Excavator bekas ex Jepang PC200, 780jt, siap kerja
1000 L C8 Jual kain majun putih per kg 12rb, bahan kaos sisa pabrik Bandung
1000 L C8 Serbuk gergaji per karung 5rb, ambil sendiri di Jepara
1000 L C8 Teh hitam grade BOP per karung 50kg, kebun Pangalengan
1101 L C8 Kamera mirrorless second ex Jepang, SC 3k, fullset, 7,5jt
1101 L C8 Gitar akustik bekas ex Jepang tahun 80an, original, 2,4jt
# F9 services, questions, tutorials, trips, quizzes
1110 L C9 Jasa permak jeans: potong, kecilkan, ganti resleting. Mulai 15rb, Pasar Senen lantai dasar
1110 P C9 Laundry khusus jaket & sepatu, cuci + anti jamur 35rb, hasil thrifting juga bisa kak
0111 C C9 Kak, cara bedain jaket bekas impor sama reject lokal gimana ya? Mau ke Gedebage
0111 P C9 Tutorial: rendam baju hasil ngawul pakai air panas + cuka 30 menit biar jamur mati
0111 P C9 Kemarin ke Pasar Terong, cuma liat2 cakar, ga beli apa2. Rame bgt hari Minggu
0111 P C9 Quiz: 'Monza' di Medan singkatan dari apa? a) Mongonsidi Plaza b) Monza Italia c) Mon Zaman
1110 P C9 Jasa upcycle: baju lamamu jadi tote bag/patchwork, mulai 50rb, kirim ke workshop Solo
0111 C C9 Nanya dong, Pasar Kodim Pekanbaru buka jam berapa? Mau lihat2 jaket bekas
1110 L C9 Jasa jahit: vermak kebaya lama ibu jadi modern, 150rb, Bukittinggi
0111 P C9 Tips: cek label 'Made in Korea' & tulisan hangul kalau mau tau itu barang bal atau lokal
0111 C C9 Ada yg tau istilah 'balan pendek'? Katanya pedagang Senen pake istilah itu
0111 P C9 Vlog: jalan2 ke Pasar Jodoh Batam jam 6 pagi, ngeliat orang ngawul, aku cuma beli kopi
1110 L C9 Jasa sablon ulang & dye kaos lama kamu biar kaya baru, 40rb, Bekasi
0111 C C9 Pertanyaan: kalau beli baju bekas impor buat dipakai sendiri, kena pidana ga?
0110 P C9 Cara mencuci jaket kulit bekas biar ga bau apek: lap cuka, jemur angin, semprot alkohol
0111 P C9 Kuis iseng: bal 100kg isi kira2 berapa potong kaos? Jawab di kolom komen
1110 L C9 Jasa reparasi sepatu: ganti sol, jahit ulang, Rp 60rb. Sepatu lama dari mana aja bisa
0111 P C9 Ke Cimol Gedebage kemarin, cuma foto2 buat tugas kuliah antropologi, pedagangnya ramah
0111 C C9 Ada rekomendasi penjahit di Makassar yg bisa kecilin jaket? Aku beli cakar kebesaran
1110 P C9 Workshop upcycling denim bekas di Jogja, bawa jeans lamamu, tiket 75rb termasuk bahan
0111 C C9 Tanya: 'sisa ekspor' itu barang baru kan? Bukan bekas kayak bal?
0110 P C9 Tutorial DIY: ubah kemeja flanel lama jadi rok, cuma butuh 2 jam
0111 P C9 Pagi ini keliling Pajak Melati, ternyata banyak yg sudah ganti jual baju baru lokal
1110 L C9 Jasa dry clean gaun & jas, 80rb, Medan Johor, terima gaun pengantin
0111 P C9 Q: Di Pontianak kenapa baju bekas disebut 'lelong'? A: dulu dilelang di Malaysia/Singapura
0111 P C9 Tebak: cakar = cap karung, awul-awul = diaduk2, monza = ...? Jawab!
0111 P C9 Ngontrak dekat Pasar Senen, tiap pagi liat karung2 diturunin, penasaran isinya apa aja
1110 L C9 Jasa vermak jeans: potong bawah original hem 35rb, Bandung, bawa celana sendiri
0111 C C9 Tolong jelaskan beda thrift, preloved, reject, dan bekas impor. Buat bahan skripsi
1110 P C9 Kelas menjahit: ubah jaket lama jadi rompi, 3 sesi 200rb, Surabaya
0111 P C9 Habis trip ke Tawau, kagum lihat pasar rombengan, tapi ga beli krn tau di RI dilarang
1110 L C9 Jasa cuci selimut & jaket tebal, 10rb/kg, antar jemput Kupang
0111 C C9 Pertanyaan pemula: bal itu satuan berapa kilo sih? Liat di berita 1 bal 100kg
0111 P C9 Saya guru SMA, bikin soal: 'Sebutkan dampak impor pakaian bekas terhadap UMKM'
0111 C C9 Ngawul di Sekaten dulu seru ya, skrg anak2ku nanya awul-awul itu apa
# F10 other meanings of the trade words
0000 P C10 Resep cakar ayam pedas: 1kg cakar 30rb di pasar, rebus jahe, tumis bumbu rica
1000 L C10 Jual cakar ayam segar 28rb/kg, bersih, kirim area Makassar
0000 P C10 Leclerc menang di Monza! Tifosi banjiri sirkuit, GP Italia paling seru tahun ini
1000 L C10 Jual bola (bal) sepak no.5 baru, 120rb, cocok buat SSB
1101 L C10 Lelong kereta terpakai di Johor minggu ini, Proton Saga 2015 RM8,000
0000 C C10 Roma-Milan malam ini, siapa menang? Forza Roma!
0000 P C10 RB Leipzig vs Bayern, Openda cetak 2 gol, RB naik ke posisi 3
0000 P C10 Saben Senen aku upacara jam 7, telat sithik wae dihukum push up
0000 A C10 Pondasi cakar ayam untuk rumah di tanah gambut, ini kelebihannya
0000 C C10 Tulisan dokter kayak cakar ayam, apoteker sampai bingung 😂
0000 M C10 Bal-balan sore iki neng lapangan desa, sopo melu?
1000 P C10 Lelong ikan pagi di TPI Kuala Tungkal, tongkol 25rb/kg, datang awal
1000 C C10 Harga 10 RB aja kak, gorengan isi 3, yg pedes 12 RB
1000 P C10 Kafe 'Monza' baru buka di Medan, cheesecake 35rb, kopi susu 22rb, mampir ya
0000 C C10 Karungan beras 25kg di warung naik lagi jadi 340rb, pusing
0000 P C10 Thrift = hemat. Tips hidup thrifty ala ibu rumah tangga: masak sendiri & bawa bekal
1000 L C10 Bale bengong bambu ready, 1,8jt, kirim Bali & Lombok
1000 L C10 Bale-bale kayu jati buat teras, ukuran 2x1m, 2,5jt
1000 L C10 Mesin ballpress hidrolik utk kardus, kapasitas 10 ton, baru, 45jt
0000 C C10 Cakar kucingku nyakar sofa terus, ada tips?
0000 M C10 Awul-awulan rambutmu, le, sisiren disik sakdurunge mangkat sekolah
1000 L C10 Rombongan (bukan rombengan 😂) tour Jogja 40 orang, bus pariwisata 3,5jt
0000 C C10 Ex-Jepang? Bukan, aku ex-pacar kamu 😌 #receh
1000 L C10 Bal voli original baru, 650rb, buat turnamen antar RT
0000 C C10 Nonton MotoGP Mandalika lebih seru dari Monza? debat yuk
1100 L C10 Lapak buku bekas kuliah dekat Senen, 20rb-50rb, akuntansi & hukum
1000 P C10 Ayam geprek 'Cakar Monster' buka cabang di Palu, promo 15rb
0000 C C10 Lelong saham? Bukan, IPO. Lelong itu istilah Malaysia buat lelang ya
1000 L C10 Grade A telur ayam negeri per peti 15kg, 390rb
0000 P C10 Second opinion dokter penting sebelum operasi, jangan ragu minta
1000 P C10 Hidden gems kuliner Bandung: seblak di gang belakang Gedebage, 10rb
0000 A C10 Bongkar muat di Tanjung Priok tertunda karena cuaca, antrean truk 3 km
1000 L C10 Bonsai cakar alap-alap bahan siap bentuk 250rb, Tuban
0000 P C10 Bal-balan tarkam final: Persikas vs Putra Jaya, Minggu jam 3
0000 C C10 ROM HP = custom ROM, bikin baterai awet? share pengalaman dong
"""
