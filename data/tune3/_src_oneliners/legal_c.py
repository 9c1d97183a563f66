# Hand-written one-liners, legal (hard-negative) side, part C.
DATA = r"""
@ donation_swap_charity 0110
post:1110 | Bazar thrift amal SMA Negeri 3 Sabtu ini! Baju layak pakai sumbangan alumni, semua hasil untuk beasiswa
post:1110 | Thrift sale gereja GKI minggu depan 🙏 pakaian donasi jemaat, 5rb-20rb, hasil buat panti asuhan
post | Open donasi baju layak pakai untuk korban banjir Demak, drop point di kantor RW 05
post | Clothing swap komunitas Sabtu pagi di taman kota 👕🔄 bawa 3 baju, bawa pulang 3 baju
post:1110 | Rummage sale PKK RT 07: baju bekas warga, 10rb dapat 3, untuk kas posyandu
post | Bank baju Masjid Al-Ikhlas menerima sumbangan pakaian bekas layak pakai, bukan karung impor ya
post | Tukar baju anak yang kekecilan antar ibu-ibu komplek, gratis, Minggu sore di balai warga
post:1110 | Garage sale amal mahasiswa KKN, hasil baju donasi warga desa, semua buat sumur bor
post | Gerakan 'Satu Lemari Satu Donasi' kumpulkan 2 ton pakaian bekas warga Surabaya untuk NTT
message | Kak aku mau donasi 1 karung baju anak bekas anakku, bisa dijemput di Cibubur?
post:1110 | Thrift for charity 💚 OSIS jual seragam & baju donasi guru, hasil untuk korban gempa Cianjur
post | Swap party 'Tukar Gaya' di Jogja, bawa baju bekas pribadi, no jual beli, cuma tukar
post | Posko relawan butuh pakaian layak pakai untuk pengungsi, sudah dicuci & dilipat per karung
post:1110 | Bazar murah gereja HKBP: pakaian sumbangan jemaat, 5 ribu saja, hasil untuk diakonia
post | Komunitas 'Lemari Berbagi' buka donasi baju sekolah bekas untuk anak pesisir Makassar
comment | Daripada beli karungan luar, mending ikut swap baju di kampus, gratis dan lokal
post | Pengumuman: pengumpulan pakaian bekas layak pakai untuk warga terdampak kebakaran
post:1110 | Thrift sale amal Rotaract: baju donasi anggota, mulai 10rb, dana buat sekolah di Flores
post | Ngajak tuker-tukeran baju preloved di car free day Minggu, semua baju lemari sendiri
post | Yayasan menerima sumbangan 1 bal? eh, 1 karung baju layak pakai dari warga, tidak jual
post:1110 | Jumble sale sekolah internasional: donated clothes from parents, all proceeds to charity
post | Donasi baju bekas pantas pakai ke Papua lewat gereja, kirim per karung ke sekretariat
post | Program 'Baju untuk Sebatik': warga Jawa kirim pakaian layak pakai, bukan jual beli
post | Komunitas zero waste adakan clothes swap bulanan, bawa baju bersih milik sendiri
post:1110 | Bazar amal Dharma Wanita: baju pegawai yang sudah tidak dipakai, hasil untuk yatim
message | Bu, baju-baju bekas almarhum bapak mau kami sumbangkan ke panti, bisa diterima?
post | Drop box pakaian bekas di kelurahan, akan disalurkan ke desa terpencil
post:1110 | Thrift sale kampus 'Second Chance' — semua barang donasi mahasiswa, bukan impor
post | Relawan cari 10 karung baju hangat layak pakai untuk warga dataran tinggi Dieng
post | Tukar seragam SD bekas antar wali murid, gratis, bawa ke koperasi sekolah

@ tailoring_upcycling 1110
listing | Jasa permak jeans: potong, kecilkan, ganti resleting, mulai 15rb, Depok
post | Upcycle jeans bekas jadi tote bag 👜 bahan dari celana lama keluarga, bukan dari bal
listing | Tas patchwork dari kain sisa & baju bekas lokal, handmade Bantul, 120rb
post:1010 | Kelas menjahit: ubah kemeja lama jadi outer, bawa baju sendiri, Sabtu di Bandung
listing | Jasa vermak baju hasil thrift kamu biar pas badan, ongkos 20rb/pcs
listing | Rework: jaket bekas pribadi disablon ulang desain custom, kirim bajumu ke kami
post | Dari kaos lama jadi keset 🧶 upcycle ala ibu-ibu PKK, tanpa beli karungan
listing | Jasa ganti kancing & vermak kebaya lama, penjahit langganan sejak 1990, Solo
listing | Quilt selimut dari baju kenangan almarhum, kirim bajunya, kami jahit, 350rb
post | Sebelum-sesudah: kemeja ayah jadi blus kekinian ✂️ jasa reka ulang di bio
listing | Jasa dye ulang jaket yang pudar, warna hitam/navy, 35rb, Surabaya
listing | Bantal dari sisa denim bekas keluarga, upcycle, 60rb, produksi rumahan Malang
post | Permak baju lebaran tahun lalu biar kayak baru lagi, antrean dibuka 🧵
listing | Jasa sulam & bordir nama di jaket lama, 25rb, kirim via ojol
listing | Scrunchie dari kain perca baju bekas sendiri, 3 pcs 20rb
post | Workshop 'Rework Your Wardrobe' — bawa baju bekas sendiri, pulang bawa baju baru versimu
listing | Vermak celana cutbray jadi slim, 25rb, Medan Johor
listing | Tas noken modern dari benang daur ulang baju bekas lokal, handmade Jayapura
post | Jasa tambal jeans sashiko ✨ bikin jeans sobekmu awet, kirim dari seluruh Indo
listing | Jasa cuci & setrika baju second yang kamu beli, higienis, 8rb/kg
post | Tukang jahit keliling Makassar: permak baju cakar atau baju apa saja, 15 ribu
listing | Upcycle sarung bekas nenek jadi outer etnik, made to order, 200rb
listing | Jasa kecilkan gaun kondangan bekas pakai, rapi & cepat, Bekasi Utara
post | Proyek kelas: siswa SMK ubah seragam bekas jadi tas belanja 🛍️
listing | Boneka kain dari baju bayi bekas anak sendiri (memory doll), 180rb

@ other_meaning 1000
listing | Jasa pondasi cakar ayam untuk rumah di tanah lembek, survei gratis, Banjarmasin
post:0000 | Catatan sejarah: pondasi cakar ayam temuan Prof. Sedijatmo dipakai di Bandara Soekarno-Hatta
post:0000 | Sirkuit Monza jadi saksi kemenangan dramatis di GP Italia semalam 🏁
listing | Ceker ayam? bukan, 'cakar ayam' frozen 1 kg 25rb, ready Makassar
listing | Bola voli Mikasa baru, 'bal' latihan, 450rb, original
post:0000 | Sepak bal? Anak-anak Ambon main bal di pantai tiap sore ⚽
listing | Lelong ikan tuna di TPI Kendari pagi ini, harga per kg ikut juru lelang
post:0000 | Pasar lelong ikan di pelabuhan Pontianak buka subuh, harga ditentukan juru lelang
listing | Kodok lembu hidup per kg untuk budidaya, kolam kami di Tabanan, kirim se-Bali
listing | Ford Monza? bukan, Chevrolet Monza 1980 restorasi, kolektor only
post:0000 | Ngawul-ngawul gudang nemu kaset lama, ada yang minat? (bahasa Jawa: ngawul = mengacak)
listing | Karung 'goni' hiasan dinding rustic, dekorasi kafe, 45rb/lembar
listing:1100 | Jual rombengan besi & perabot rumah tangga, rongsokan, timbang di tempat
post:0000 | Lagu 'Bongkar' Iwan Fals diputar di acara reuni, semua nyanyi bareng
listing | BJ = Bakso Jumbo 🍜 Palembang, 15rb/porsi, buka sampai malam
listing | PJ Motor: servis pengapian & injeksi, Pekanbaru
listing:1100 | RB = Rumah Bekas tipe 36, Kupang, SHM, 350jt nego
post:0000 | Cakar kucing bikin sofa rusak, ada tips? 😿
listing | Sepatu bola 'Monza' merek lokal baru, size 39-44, 150rb
listing:1101 | Bale (ball) press mesin bekas dari Jepang buat press kardus, 35jt
listing | Kursi 'bale-bale' bambu untuk teras, 350rb, Sukabumi
post:0000 | Bale banjar di desa kami direnovasi, gotong royong Minggu pagi
listing | Roma Pizza promo 2 gratis 1, Jalan Lingkar Nunukan ☎️ pesan antar
post:0000 | 'Buka baru' warung kopi kami besok, diskon 50% 😍 Jalan Sultan Hasanuddin
listing | Bundle paket data 30GB + nelpon, 75rb, promo akhir bulan
listing:1100 | Lelong barang rumah tangga pindahan expat di Jakarta Selatan: sofa, meja, kulkas
post:0000 | Tim Tanjungbalai juara turnamen bal kaki antar kampung 🏆
listing | Karungan pasir & kerikil per truk, untuk cor, Bekasi
post:0000 | Lirik pantun Melayu 'baju kurung pakai kain', lomba berpantun antar sekolah
listing | 'Kepala, badan, kaki' paket ikan bandeng presto utuh, 45rb, oleh-oleh Semarang
post:0000 | Pecah kawat gigi anak saya, jadwal ke dokter gigi besok 😣
listing | Bal-balan (bola plastik) anak, 10 pcs 30rb, grosir mainan
post:0000 | Grade A, B, C di rapor baru, orang tua bingung konversi nilai
listing | Sortir telur ayam grade A per peti, peternakan Blitar
post:0000 | Awul-awul rambut pagi hari 😂 ada yang sama?

@ local_reject_export 1010
listing | Kemeja sisa ekspor pabrik Sukabumi, baru, label dipotong, 60rb
listing | Kaos reject pabrik garmen Solo, cacat minor sablon, baru, 3 pcs 50rb
listing | Jaket overrun pabrik Tangerang, baru, tag brand luar tapi produksi lokal, 150rb
post | Gudang sisa ekspor buka lagi 😍 celana chino baru produksi Semarang, harga pabrik
listing | Kiloan kaos reject konveksi Bandung, baru semua, 45rb/kg, warna random
listing | Celana jeans cancel order ekspor, baru, pabrik Cikarang, 95rb
post | Factory outlet Bandung: sisa ekspor kemeja & dress baru, bukan bekas ya 🙏
listing | Grosir reject konveksi per karung 50 pcs campur, baru, Pekalongan
listing | Sweater sisa ekspor rajutan pabrik Majalaya, baru, 70rb
listing | Kaos polos defect ringan produksi Surabaya, baru, per lusin 180rb
listing | Sepatu sisa ekspor pabrik Tangerang, BNIB tanpa box, 250rb
post | 'Bal' reject pabrik garmen? iya, tapi baju BARU semua, produksi Sragen 😄
listing | Hoodie cancel order buyer Eropa, dijahit di Boyolali, baru, 120rb
listing | Baju bayi sisa ekspor pabrik Sidoarjo, baru, per kodi 200rb
listing | Jaket gunung overstock pabrik lokal, baru, label dipotong, 175rb
post | Borong sisa ekspor di gudang Cimahi, baju baru semua, dijual kiloan 50rb/kg
listing | Kemeja batik reject printing, baru, Pekalongan, 35rb
listing | Celana training sisa produksi ekspor, baru, konveksi Klaten, 3 pcs 100rb
listing | Jilbab reject jahitan, baru, produksi Tasikmalaya, per lusin 120rb
post | FO Jalan Riau: sisa ekspor dan overrun, semua barang baru buatan lokal
listing | Karungan reject garmen 100 pcs baru, kaos & kemeja, gudang Bekasi, 2jt
listing | Blazer wanita sisa ekspor pabrik Bogor, baru, 110rb
listing | Kaos kaki reject pabrik Bandung per lusin, baru, 25rb
post | Beda 'barang karung luar' sama 'karungan reject lokal': punya kami BARU, produksi Jawa Barat
listing | Jeans reject wash Garut, baru, belum pernah dipakai, 85rb
"""
