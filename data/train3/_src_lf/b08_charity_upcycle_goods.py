from common import R
RECORDS = [
# ---- charity / donation / swap (15)
R("post", "legal_charity_donation_swap", "1110", """
BAZAR AMAL JEMAAT 🕊️ GPIB Immanuel
Sabtu, 14 Juni, pukul 08.00-13.00 di halaman gereja.
Pakaian layak pakai sumbangan jemaat: kemeja, gaun, baju anak, sepatu, tas. Harga 5.000-30.000.
Semua barang berasal dari lemari jemaat sendiri, sudah dicuci dan disortir oleh Komisi Perempuan.
Hasil penjualan 100% untuk beasiswa anak sekolah minggu dan bantuan lansia.
Ada juga stan kue, kopi, dan nasi kuning.
Mari datang dan ajak keluarga 🙏
Catatan panitia: kami hanya menerima sumbangan dari jemaat dan simpatisan, tidak menerima titipan barang dagangan dari pihak luar, apalagi barang karungan.
Barang yang tidak laku akan disalurkan ke jemaat pos pelayanan di pedalaman Kapuas Hulu.
"""),
R("post", "legal_charity_donation_swap", "0110", """
📢 POSKO PEDULI BANJIR DEMAK
Kami menerima donasi pakaian layak pakai: baju anak, pakaian dalam BARU, sarung, selimut, mukena.
Mohon pakaian sudah dicuci, dilipat, dan dimasukkan kantong plastik dengan label ukuran/jenis.
Kami tidak menerima pakaian rusak, sobek, atau kotor, karena akan menyulitkan relawan.
Drop point: Sekretariat Karang Taruna RW 05, buka 08.00-20.00.
Penyaluran dilakukan setiap Selasa dan Jumat bersama BPBD.
Terima kasih orang baik 💙
Update hari ke-3: pakaian anak usia 5-12 tahun dan selimut masih sangat kurang, sementara kemeja dewasa sudah berlebih.
Bagi yang ingin membantu dalam bentuk uang, bisa lewat rekening resmi karang taruna, laporan akan kami unggah tiap minggu.
"""),
R("post", "legal_charity_donation_swap", "0110", """
SWAP PARTY vol. 3 👗🔁👕
Bawa maksimal 5 baju layak pakai dari lemarimu, tukar dengan baju peserta lain.
Nggak ada jual-beli, nggak ada uang, cuma tukeran.
Aturan: baju bersih, tidak sobek, tidak bernoda, bukan pakaian dalam.
Sisa baju yang tidak ditukar akan kami salurkan ke bank pakaian kampus.
Lokasi: Taman Cikapayang, Minggu jam 9 pagi. Gratis!
#swapparty #fashionberkelanjutan #tukarbaju
"""),
R("post", "legal_charity_donation_swap", "1110", """
GRATIS baju anak umur 1-4 tahun 🎁
Bekas anak kami sendiri, masih bagus, sudah dicuci.
Kira-kira 2 kantong besar: kaos, celana, piyama, jaket tipis.
Prioritas untuk keluarga yang benar-benar membutuhkan.
Ambil sendiri di Perum Griya Asri blok F, Sidoarjo, kabari dulu lewat DM.
Tidak untuk dijual lagi ya 🙏
"""),
R("post", "legal_charity_donation_swap", "0110", """
Gerakan Seragam untuk Semua 🎒
Tahun ajaran baru sebentar lagi. Punya seragam SD/SMP/SMA bekas anak yang masih layak?
Yuk donasikan! Kami kumpulkan, cuci ulang, permak kalau perlu, lalu bagikan ke siswa dari keluarga prasejahtera di Kecamatan Cibeber.
Drop box ada di 6 titik: masjid Al-Ikhlas, SDN 2, kantor desa, minimarket depan pasar, puskesmas, dan rumah Bu RT 03.
Batas pengumpulan 10 Juli.
Info relawan: 0857xxxx
Tahun lalu kami berhasil menyalurkan 612 stel seragam ke 9 sekolah. Banyak orang tua yang bilang terbantu sekali karena harga seragam baru makin mahal.
Kami juga butuh relawan penjahit untuk memperbaiki kancing lepas dan jahitan robek, boleh dikerjakan dari rumah.
"""),
R("post", "legal_charity_donation_swap", "1110", """
Lelang amal baju panggung 🎤
Saya lelang 10 kostum yang pernah saya pakai manggung selama 10 tahun berkarier, semuanya dijahit penjahit langganan di Jakarta.
Hasil lelang seluruhnya untuk pembangunan sekolah darurat di Cianjur.
Lelang dibuka di IG live Jumat jam 8 malam, mulai 500rb.
Setiap kostum disertai foto saat saya memakainya di panggung dan tanda tangan.
Terima kasih sudah ikut peduli 🙏
"""),
R("post", "legal_charity_donation_swap", "1110", """
Bazar Ramadan Masjid Nurul Iman 🌙
Stan preloved: gamis, koko, mukena, sarung hasil sumbangan jamaah, semuanya layak pakai.
Harga 10-50rb. Seluruh hasil untuk santunan anak yatim di malam 27.
Jadwal: setiap Sabtu & Ahad ba'da Ashar selama Ramadan.
Yang mau menyumbang barang, serahkan ke pengurus sebelum Kamis.
"""),
R("post", "legal_charity_donation_swap", "1110", """
"Lemari Berbagi" di pos ronda RT 07 sudah jalan 2 bulan 😊
Konsepnya: siapa pun boleh menaruh baju bekas layak pakai, siapa pun yang butuh boleh ambil. Gratis.
Minggu ini ada jaket, seragam olahraga, baju bayi, dan beberapa sepatu.
Mohon yang menaruh pastikan bersih, dan yang mengambil secukupnya.
Terima kasih warga yang sudah peduli, semoga berkah.
"""),
R("post", "legal_charity_donation_swap", "0110", """
Laporan penyaluran donasi pakaian bulan Mei 📋
Total terkumpul: 1.240 potong pakaian layak pakai dari warga Kota Malang.
Disalurkan ke: Panti Asuhan Bunda Kasih (320), korban kebakaran Kelurahan Jodipan (410), pemulung TPA Supit Urang (290), sisanya disimpan untuk stok darurat.
Sekitar 180 potong tidak layak salur, kami serahkan ke pengrajin keset & majun.
Terima kasih untuk 86 donatur dan 21 relawan.
Bulan depan kami fokus mengumpulkan selimut dan jaket untuk warga lereng Bromo.
"""),
R("post", "legal_charity_donation_swap", "1110", """
Garage sale keluarga + donasi 🏡
Minggu ini kami buka garasi: baju-baju bekas keluarga (ayah, ibu, 3 anak), sepatu, tas, mainan.
Harga 5-50rb. 50% hasil untuk biaya operasi kucing-kucing jalanan di komunitas rescue kami.
Jl. Kenanga 12, Bogor, jam 7-12.
Semua barang milik sendiri, dibeli di toko-toko sekitar Bogor selama bertahun-tahun.
"""),
R("post", "legal_charity_donation_swap", "0110", """
Komunitas Tukar Baju Kantoran 💼
Buat fresh graduate yang butuh baju interview: kami punya kumpulan blazer, kemeja, dan celana bahan hasil donasi karyawan dari berbagai kantor di Jakarta.
Kalian bisa pinjam gratis untuk interview, atau ambil 3 potong untuk dipakai bekerja.
Buka tiap Sabtu di co-working space Kuningan, bawa KTP/kartu mahasiswa.
Mau donasi? Bawa langsung ke lokasi, pastikan bersih dan layak.
"""),
R("post", "legal_charity_donation_swap", "1110", """
Thrift for Charity 🌱 – BEM Fakultas Ekonomi
Kami menjual pakaian bekas sumbangan mahasiswa & dosen (bukan barang karungan impor ya!).
Harga 10-40rb, tempat: selasar gedung C, Rabu-Kamis.
Keuntungan untuk pengobatan teman kami yang sedang kemo.
Barang sudah kami cuci dan kurasi, jadi layak dan bersih.
Mari belanja sambil berbagi 🤝
"""),
R("message", "legal_charity_donation_swap", "0110", """
Assalamualaikum bapak/ibu wali murid 🙏
Sekolah mengadakan pengumpulan pakaian layak pakai untuk saudara kita di Lombok yang terdampak gempa.
Mohon dikirim lewat anak-anak mulai Senin sampai Jumat, dimasukkan kantong dengan tulisan jenis pakaian (anak/dewasa, laki-laki/perempuan).
Yang paling dibutuhkan: selimut, jaket, sarung, pakaian anak.
Terima kasih atas kepeduliannya.
Wassalam, Panitia OSIS SMPN 4
"""),
R("post", "legal_charity_donation_swap", "0110", """
Ngobrol soal "pakaian bekas yang layak didonasikan" 🧺
Sebagai relawan posko, aku sering terima karung berisi baju robek, kotor, bahkan pakaian dalam bekas. Sedih dan merepotkan.
Tips: kalau kamu nggak mau pakai karena rusak, jangan donasikan, mending kasih ke pengepul majun.
Pakaian dalam dan kaos kaki sebaiknya baru.
Lipat rapi, pisahkan ukuran, tulis di luar kantong.
Donasi yang baik itu yang memudahkan penerima.
"""),
R("post", "legal_charity_donation_swap", "1110", """
Bazaar preloved ibu-ibu PKK Kelurahan Sukamaju 👗
Setiap anggota menyumbang 5 pakaian layak pakai dari lemari sendiri.
Dijual 5-25rb di balai kelurahan Sabtu pagi.
Hasilnya untuk kas posyandu dan beli timbangan bayi baru.
Ayo ibu-ibu, sekalian cek kesehatan gratis di meja sebelah!
"""),
# ---- upcycling / tailoring services (12)
R("listing", "legal_upcycling_service", "1110", """
JASA REWORK BAJU THRIFT / BAJU LAMA ✂️
Punya kemeja kegedean hasil ngawul? Jaket yang modelnya udah jadul? Kirim ke kami!
Layanan:
- Crop & resize kemeja: 35rb
- Ubah jeans jadi rok/short: 40rb
- Tambah patch & sashiko: mulai 50rb
- Pewarnaan ulang (dye) hitam/navy: 45rb
Kami nggak jual bajunya ya, kami cuma ubah baju milik kalian.
Estimasi pengerjaan 5-7 hari kerja, antrean bisa lebih lama menjelang lebaran.
Sebelum dikerjakan kami kirim sketsa & foto ukuran, jadi kalian bisa revisi dulu.
Workshop di Kaliurang km 7, bisa kirim via ekspedisi.
"""),
R("listing", "legal_upcycling_service", "1110", """
Tas dari jeans bekas ♻️ handmade Bogor
Kami kumpulkan jeans bekas dari donasi warga dan sisa permak penjahit sekitar, lalu kami jahit jadi tote bag, pouch, dan ransel kecil.
Tiap tas unik, kantong dan jahitan aslinya kami pertahankan.
Tote 95rb, pouch 45rb, ransel 185rb.
Dikerjakan ibu-ibu binaan di Kampung Sindangbarang.
"""),
R("post", "legal_upcycling_service", "1110", """
Before - after: kemeja bapak jadi outer crop 🔄
Klien kami bawa kemeja batik almarhum ayahnya, pengen tetap dipakai tapi modelnya lebih muda.
Kami potong jadi outer crop, tambah tali pinggang dari sisa kain, dan kancing kayu.
Proses 5 hari, biaya 120rb.
Kalau kamu punya pakaian lama penuh kenangan, jangan dibuang, bawa ke kami 🤍
Jl. Gejayan, Yogyakarta | DM untuk konsultasi.
"""),
R("listing", "legal_upcycling_service", "1110", """
Selimut quilt dari baju-baju kenangan 🧵
Kirim 20-30 kaos lama (kaos SMA, kaos kepanitiaan, kaos konser), kami jahit jadi selimut quilt.
Ukuran 150x200 cm, bagian belakang kain katun baru.
Harga 650rb, pengerjaan 3 minggu.
Cocok untuk hadiah wisuda atau kenang-kenangan keluarga.
Workshop di Malang, terima kiriman dari seluruh Indonesia.
"""),
R("listing", "legal_upcycling_service", "1110", """
Permak & resize jaket kulit 🧥
Jaket kulit bekas kalian kebesaran? Lengan kepanjangan? Lapisan dalam sobek?
Kami tangani: kecilkan badan 150rb, potong lengan 80rb, ganti lining 175rb, ganti resleting 60rb.
Pengalaman 20 tahun di Garut, sekarang buka cabang di Depok.
Kirim foto jaketnya dulu untuk estimasi.
"""),
R("post", "legal_upcycling_service", "1110", """
Workshop "Ubah Kaos Lama Jadi Totebag" 🛍️
Minggu, 9 Maret, 10.00-12.00 di Perpustakaan Kota.
Bawa 2 kaos bekas milikmu sendiri, kami sediakan gunting, benang, dan instruktur.
Biaya 35rb, termasuk snack.
Kuota 25 orang, daftar di link bio.
Kegiatan ini bagian dari kampanye kurangi sampah tekstil kota.
Dinas Lingkungan Hidup mencatat sampah tekstil rumah tangga terus naik tiap tahun, dan sebagian besar berakhir di TPA.
Di workshop ini peserta juga diajak mengenal cara memperbaiki kancing, menjahit tangan dasar, dan menyimpan pakaian supaya awet.
Peserta boleh membawa anak usia 10 tahun ke atas.
"""),
R("listing", "legal_upcycling_service", "1110", """
Boneka dari baju bayi 🧸
Baju bayi pertama si kecil terlalu sayang dibuang? Kami jahit jadi boneka beruang kenangan.
Kirim 2-3 baju bayi bekas (boleh bekas pakai, kami cuci dulu), pilih model boneka.
Harga 175rb, tinggi 30 cm, pengerjaan 2 minggu.
Bisa tambah bordir nama & tanggal lahir +25rb.
"""),
R("listing", "legal_upcycling_service", "1110", """
Jual kemeja patchwork hasil upcycle 🌈
Dibuat dari potongan kemeja-kemeja bekas yang kami kumpulkan dari laundry kiloan dan tetangga (barang lokal, bukan karungan impor).
Setiap kemeja dijahit dari 4-6 kemeja berbeda, jadi nggak ada yang kembar.
Ukuran M-XL, harga 210rb.
Dijahit di studio kecil kami di Denpasar.
"""),
R("post", "legal_upcycling_service", "1110", """
Jasa sashiko & visible mending 🪡
Jeans kesayangan sobek di lutut? Sweater bolong dimakan ngengat? Jangan dibuang!
Kami tambal dengan teknik sashiko (Jepang) atau darning warna-warni.
Tarif mulai 40rb per area tambalan.
Kirim barangmu ke studio kami di Bintaro atau datang langsung Sabtu-Minggu.
Yang penting pakaianmu awet lebih lama 🌿
"""),
R("listing", "legal_upcycling_service", "1110", """
Rework hoodie jadi cardigan 🔧
Hoodie bekas yang lehernya udah melar bisa kami ubah jadi cardigan zip atau kancing.
Biaya 65rb (zip) / 55rb (kancing).
Bahan tambahan (resleting YKK, kancing) sudah termasuk.
Kirim ke workshop kami di Tangerang Selatan, estimasi 4 hari.
"""),
R("post", "legal_upcycling_service", "1110", """
Kami bukan toko thrift 😊 kami tukang jahit yang suka ngubah baju lama.
Banyak pelanggan datang bawa baju hasil berburu di pasar, minta dikecilin atau diganti modelnya.
Tarif: kecilin badan 30rb, potong celana 15rb, ganti resleting 25rb, ubah model mulai 75rb.
Kami nggak nanya asal bajunya, yang penting bersih waktu dibawa ya 🙏
Pengalaman kami: baju bekas yang bahannya bagus sayang kalau cuma nganggur di lemari karena nggak pas. Dengan sedikit permak, bisa dipakai bertahun-tahun lagi.
Kami juga bisa ganti kancing, pasang furing, atau tambahkan kantong.
Alamat: Jl. Cempaka Putih Tengah, buka 9 pagi - 7 malam.
"""),
R("listing", "legal_upcycling_service", "1110", """
Keset & karpet dari kain perca baju bekas 🧶
Dibuat ibu-ibu kelompok usaha di Cilacap dari kaos dan baju bekas sumbangan warga yang sudah tidak layak pakai.
Keset bulat 35rb, keset persegi 30rb, karpet 120x80 cm 175rb.
Beli keset, bantu ekonomi ibu-ibu pesisir 💚
Pengiriman seluruh Indonesia.
"""),
# ---- other goods sold by bal / karung / kg (20)
R("listing", "legal_other_goods_bulk", "1100", """
JUAL KARDUS BEKAS PER BAL 📦
Kardus bekas pabrik & toko, sudah dipres rapi, 1 bal ±80-100 kg.
Harga 2.800/kg, bisa ambil rutin per minggu.
Cocok untuk pengepul & pabrik kertas daur ulang.
Gudang di Cikarang Barat, bisa angkut pakai truk engkel.
Jenis yang tersedia minggu ini:
- Kardus cokelat (K3/K4) bekas kemasan elektronik, kering, tanpa lakban berlebihan
- Duplex bekas kemasan makanan ringan, dipres terpisah
- Karton box besar bekas pindahan pabrik, masih kuat untuk dipakai ulang (dijual per lembar juga bisa)
Kami timbang di depan pembeli pakai timbangan duduk 500 kg yang sudah ditera.
Pembayaran tunai atau transfer sebelum barang naik truk.
Untuk langganan rutin (min 2 ton per minggu) harga bisa nego.
"""),
R("listing", "legal_other_goods_bulk", "0000", """
Tembakau Temanggung per bal 🍂
Panen tahun ini, grade C dan D, rajangan halus.
1 bal (keranjang) ±40 kg. Harga tergantung grade, hubungi kami.
Dikirim ke pabrik rokok kretek & pengecer tingwe.
Langsung dari petani lereng Sumbing.
"""),
R("listing", "legal_other_goods_bulk", "0000", """
Beras Cianjur pandan wangi per karung 🌾
Karung 25 kg: 385rb | Karung 50 kg: 760rb
Panen baru, pulen, wangi, tanpa pemutih.
Antar gratis untuk area Cianjur kota min 4 karung.
Reseller & warung makan dapat harga khusus.
"""),
R("listing", "legal_other_goods_bulk", "0001", """
Pupuk NPK impor per karung 50 kg 🌱
Produksi Rusia, kemasan asli, ada dokumen impor resmi.
Harga 720rb/karung, min 10 karung untuk pengiriman keluar Jawa.
Cocok untuk sawit, karet, dan hortikultura.
Gudang di Medan & Pekanbaru.
"""),
R("listing", "legal_other_goods_bulk", "1100", """
Majun kaos bekas per kg 🧽 untuk bengkel & pabrik
Kain lap dari kaos bekas yang sudah dipotong-potong, dicuci, bebas kancing & resleting.
Daya serap oli & tinta bagus.
Harga 9rb/kg, karung 25 kg 210rb.
Langganan bengkel, percetakan, dan pabrik di Karawang.
Bukan untuk dipakai ya, khusus lap industri.
Penjelasan biar nggak salah paham: majun ini kaos-kaos yang sudah nggak layak pakai dari pengepul di sekitar Karawang dan Purwakarta, dipotong ukuran 40x40 cm.
Kami pisahkan majun putih (untuk percetakan & cat) dan majun warna (untuk bengkel).
Tidak ada baju utuh di dalam karung, semuanya sudah jadi potongan lap.
Pengiriman pakai pikap, gratis ongkir area Karawang Barat untuk pesanan di atas 100 kg.
"""),
R("listing", "legal_other_goods_bulk", "0000", """
Kopi arabika Gayo green bean per karung 🌰
Karung goni 60 kg, proses full wash, kadar air 12%.
Harga 135rb/kg, min 1 karung.
Langsung dari kebun koperasi di Takengon.
Sampel 500 gram bisa dikirim dulu.
"""),
R("listing", "legal_other_goods_bulk", "1100", """
Botol PET bekas dipres per bal ♻️
Bersih, sudah dipisah label & tutup, 1 bal ±120 kg.
Harga 4.500/kg. Pengiriman ke pabrik cacah plastik di Tangerang & Bekasi.
Kami bank sampah resmi, ada surat keterangan.
"""),
R("listing", "legal_other_goods_bulk", "0000", """
Jerami padi kering per bal 🐄
Dipres kotak, ±20 kg per bal, cocok untuk pakan sapi & kambing di musim kemarau.
Harga 25rb/bal, ambil 50 bal gratis antar Kec. Pamanukan.
Stok terbatas sampai panen berikutnya.
"""),
R("listing", "legal_other_goods_bulk", "0001", """
Bawang putih impor per karung 🧄
Asal China, kating, karung 20 kg.
Harga grosir 28rb/kg, kirim ke pasar induk Kramat Jati & Cibitung.
Barang masuk resmi lewat Tanjung Priok, ada RIPH.
"""),
R("listing", "legal_other_goods_bulk", "1100", """
Kertas HVS & koran bekas per bal 📰
Campuran arsip kantor (sudah dicacah) dan koran lama, dipres 1 bal ±70 kg.
Harga 2.300/kg, cocok untuk pengrajin bubur kertas & pabrik karton.
Jaksel, angkut sendiri atau kami antar (ongkos terpisah).
"""),
R("listing", "legal_other_goods_bulk", "0000", """
Rumput laut kering per karung 🌊 dari Nunukan
Eucheuma cottonii, kadar air 35%, bersih pasir.
Karung ±50 kg, harga mengikuti pasar minggu ini 17rb/kg.
Pengiriman ke Surabaya & Makassar lewat kapal Pelni.
Petani binaan koperasi di Sebatik.
"""),
R("listing", "legal_other_goods_bulk", "1100", """
Besi tua & kaleng aluminium per karung 🥫
Kami pengepul di Bekasi, terima & jual kembali.
Kaleng aluminium press 18rb/kg, besi campur 4rb/kg.
Kirim ke peleburan di Cilegon tiap Jumat.
Bisa jemput untuk jumlah di atas 200 kg.
"""),
R("listing", "legal_other_goods_bulk", "0000", """
Cengkeh kering per karung (Minahasa) 🌿
Kualitas ekspor, bersih tangkai, kering jemur matahari.
Karung 50 kg, harga 110rb/kg.
Pembeli pabrik rokok & eksportir silakan hubungi.
Pengiriman dari Pelabuhan Bitung.
"""),
R("listing", "legal_other_goods_bulk", "0001", """
Kedelai impor USA per karung 🫘
Karung 50 kg, non GMO, untuk pengrajin tahu-tempe.
Harga 11.200/kg, min 10 karung.
Gudang di Semarang, antar Kendal & Demak.
"""),
R("listing", "legal_other_goods_bulk", "0000", """
Sekam padi & sekam bakar per karung 🔥
Karung ±15 kg. Sekam mentah 7rb, sekam bakar 15rb.
Cocok untuk media tanam, alas kandang, dan bahan bakar bata.
Sleman barat, bisa antar pakai pikap min 30 karung.
"""),
R("listing", "legal_other_goods_bulk", "0000", """
Tali rafia per bal 🎀 grosir
Warna campur, 1 bal isi 20 gulung @1 kg.
Harga 230rb/bal. Langganan toko plastik, petani, dan ekspedisi.
Produksi pabrik plastik di Sidoarjo.
"""),
R("listing", "legal_other_goods_bulk", "1100", """
Karung kaleng susu & plastik campur dari bank sampah 🗑️
Kami jual hasil pilah warga per karung ke pengepul besar.
Plastik keras 3rb/kg, kaleng 2rb/kg, duplex 1.5rb/kg.
Ambil di bank sampah "Resik Asri", Bantul, tiap Rabu.
"""),
R("listing", "legal_other_goods_bulk", "0000", """
Kopra putih per karung (Halmahera) 🥥
Kadar air di bawah 6%, untuk pabrik minyak kelapa.
Karung ±60 kg, 9.500/kg.
Pengiriman dari Pelabuhan Tobelo ke Bitung & Surabaya.
"""),
R("listing", "legal_other_goods_bulk", "0001", """
Gula rafinasi impor per karung 50 kg 🍬 (khusus industri)
Untuk pabrik makanan & minuman yang punya izin, bukan untuk eceran.
Asal Thailand, dokumen lengkap.
Harga sesuai kontrak, hubungi bagian penjualan.
"""),
R("listing", "legal_other_goods_bulk", "0000", """
Bibit kentang Granola per karung 🥔
Generasi G2, bersertifikat, karung 50 kg.
Harga 14rb/kg. Stok di Dieng & Pangalengan.
Pengiriman pakai truk ke sentra sayur Jawa Tengah & Jawa Barat.
"""),
# ---- used imported non-clothing (15)
R("listing", "legal_used_import_nonclothing", "1101", """
Mesin jahit Juki bekas Jepang 🇯🇵 rekondisi
Tipe DDL-8700 high speed, datang dari Osaka, sudah diservis total di bengkel kami.
Harga 3,4 jt, garansi 3 bulan. Bisa kirim ke konveksi seluruh Indonesia.
Ready juga mesin obras & overdeck bekas Jepang.
Kenapa mesin Jepang? Bodi besi cor, motor kuat, dan suku cadang masih mudah dicari di Indonesia.
Setiap unit kami bongkar, bersihkan, ganti bearing & belt yang aus, lalu tes jahit kain tebal dan tipis.
Meja dan motor servo bisa ditambah (+650rb).
Pengiriman pakai kayu peti, aman sampai luar pulau.
Banyak konveksi kecil di Majalaya dan Pekalongan yang sudah langganan ambil mesin dari kami.
"""),
R("listing", "legal_used_import_nonclothing", "1101", """
Forklift diesel bekas Jepang 3 ton 🏗️
Toyota 7FD30, tahun 2014, jam kerja 8.200, impor utuh lewat Tanjung Priok, dokumen PIB lengkap.
Kondisi siap kerja, mesin halus, ban baru.
Harga 185 jt nego. Lokasi Cikarang.
"""),
R("listing", "legal_used_import_nonclothing", "1101", """
Kamera film bekas Jepang 📷
Olympus OM-1, Canon AE-1, Nikon FM2, semua hunting langsung dari toko second di Tokyo.
Sudah dicek shutter & light meter, kondisi 8-9/10.
Harga 1,8-3,5 jt.
Setiap kamera kami tes roll film dulu, hasil scan bisa dikirim sebagai bukti.
Lensa dicek jamur & fog pakai senter, yang ada jamur ringan kami tulis jelas di deskripsi.
Kami juga jual lensa bekas Jepang (50mm f1.8, 28mm, 135mm) mulai 450rb dan strap kulit baru buatan pengrajin Jogja.
Garansi shutter 1 bulan, servis lanjutan bisa di bengkel langganan kami di Pasar Baru.
Bisa COD Jakarta Selatan, kirim pakai asuransi.
"""),
R("listing", "legal_used_import_nonclothing", "1101", """
Buku bekas impor bahasa Inggris per kardus 📚
Novel, nonfiksi, buku anak, dari toko buku bekas di Singapura & Australia.
1 kardus ±40 buku campur, 600rb.
Cocok untuk taman baca & perpustakaan sekolah internasional.
"""),
R("listing", "legal_used_import_nonclothing", "1101", """
Piringan hitam bekas Jepang (LP & 7") 🎶
Jazz, city pop, rock 70-80an. Obi strip masih ada di banyak judul.
Harga 250rb-1,5jt. Kondisi vinyl VG+ ke atas.
Toko di Jl. Surabaya, Menteng. Bisa dengar dulu.
"""),
R("listing", "legal_used_import_nonclothing", "1101", """
Mainan Tomica & Gundam bekas Jepang per kardus 🚗
Hasil beli borongan dari Hard Off Jepang, campur kondisi.
1 kardus ±60 Tomica: 1,2 jt.
Gundam rakitan bekas: 75-300rb/pc.
Buat kolektor & yang mau jual lagi.
"""),
R("listing", "legal_used_import_nonclothing", "1101", """
Sepeda lipat bekas Jepang 🚲
Brompton & Tern bekas ex Jepang, diimpor per unit dengan dokumen.
Brompton M6L 2017: 17 jt. Tern Link C8: 5,5 jt.
Sudah servis & ganti ban. Bisa tes di toko kami di BSD.
"""),
R("listing", "legal_used_import_nonclothing", "1101", """
Rice cooker & peralatan dapur bekas Jepang 🍚
Zojirushi, Tiger, Panasonic, semua 100V, sudah kami pasang trafo step-down.
Harga 450rb-1,2jt.
Kondisi mulus, ada yang masih lengkap dus.
Dikirim dari Surabaya.
"""),
R("listing", "legal_used_import_nonclothing", "1101", """
Mobil bekas impor CBU 🚙 Toyota Alphard 2018
Eks Jepang, masuk lewat importir umum resmi, dokumen lengkap, pajak hidup.
Kilometer 58 ribu, interior rapi, sunroof.
Harga 780 jt nego. Showroom Kelapa Gading.
"""),
R("listing", "legal_used_import_nonclothing", "1101", """
Stik golf bekas Jepang per set ⛳
Honma, Mizuno, Callaway JDM, set lengkap (driver, fairway, iron, putter), tanpa tas.
Kondisi grip masih bagus, shaft regular.
Harga 3,5-8 jt per set. Showroom di Pantai Indah Kapuk.
"""),
R("listing", "legal_used_import_nonclothing", "1101", """
Laptop bekas ex Singapura 💻
ThinkPad T480, T490, X1 Carbon, ex kantor Singapura, diimpor resmi per lot.
Sudah install ulang, baterai dicek.
Harga 3,9-7,5 jt, garansi toko 1 bulan.
Mangga Dua Mall lantai 3.
"""),
R("listing", "legal_used_import_nonclothing", "1101", """
Gitar bekas impor USA & Jepang 🎸
Fender Stratocaster Japan 1994, Gibson Les Paul Studio 2006, Yamaha SG 1980an.
Kondisi player grade, semua sudah setup.
Harga 7-25 jt. Bisa tes di studio kami di Bandung.
"""),
R("listing", "legal_used_import_nonclothing", "1101", """
Reel & joran pancing bekas Jepang 🎣
Shimano, Daiwa, ex Jepang, kondisi 85-95%.
Reel 650rb-3,5 jt, joran 400rb-2 jt.
Sudah servis, bearing diganti yang perlu.
Kirim seluruh Indonesia, COD Surabaya.
"""),
R("listing", "legal_used_import_nonclothing", "1101", """
Furnitur jati bekas Belanda 🪑 (repatriasi)
Lemari, meja makan, kursi, dibawa pulang kembali dari Belanda oleh keluarga pemilik, barang antik 1920-an.
Harga 4-35 jt per item.
Showroom di Kemang, bisa kirim dengan peti kayu.
"""),
R("listing", "legal_used_import_nonclothing", "1101", """
Motor bekas Jepang eks Okinawa 🏍️ Honda Super Cub C50
Impor utuh dengan dokumen, sudah balik nama & STNK.
Tahun 1998, mesin orisinal, cat ulang.
Harga 32 jt. Lokasi Yogyakarta.
"""),
]
