from common import R
RECORDS = [
# ---- market / port / border route (20)
R("listing", "illegal_market_route", "1111", """
Langsung dari Senen Blok 3 lantai 2 👀
Tiap Selasa gue hunting, Rabu malem upload.
Minggu ini: 14 kemeja oxford, 9 sweater crewneck, 6 coach jacket.
Harga 55-140rb, semua udah laundry.
Mau titip cari? Sebutin ukuran + budget di DM, fee jasti 15rb/pcs.
Gue jelasin dikit cara kerjanya biar nggak salah paham:
1) Kalian DM kriteria, misal "kemeja oxford biru, L, max 100rb".
2) Gue cariin pas turun ke lapak, kirim foto + video detail kerah, ketiak, kancing.
3) Cocok? Transfer harga barang + fee. Nggak cocok? Gak usah bayar apa-apa.
4) Barang gue laundry dulu di tempat langganan, baru dikirim Jumat.
Yang udah langganan dari 2022 tau lah kualitas pilihan gue, nggak asal comot dari tumpukan 😎
"""),
R("listing", "illegal_market_route", "1111", """
Dikirim langsung dari Jodoh, Batam 🚢
Stok: jaket denim, kemeja, celana cargo, topi.
Foto asli, barang seken pilihan dari lapak ballpres pagi depan pasar.
Harga 40-120rb + ongkir, pengiriman ke Jawa 3-5 hari via kargo laut.
Untuk borongan minimal 30 pcs ada harga khusus.
"""),
R("listing", "illegal_market_route", "1111", """
Open order jastip Gedebage hari Sabtu 🛍️
Kalian tinggal kirim list: jenis barang, ukuran, warna, budget.
Aku yang turun ke Cimol, pilih satu-satu, video call biar kalian lihat sendiri.
Fee 10rb per barang, ongkir dari Bandung.
Biasanya yang paling dicari: kemeja flanel, varsity, celana carpenter.
Close PO Jumat jam 9 malam.
Catatan penting: barang di Cimol itu sifatnya untung-untungan, jadi aku nggak bisa janji pasti dapet persis yang kalian mau.
Kalau nggak ketemu, uang DP balik 100%, tenang aja.
Biasanya aku berangkat jam 6 pagi dari Cicaheum, jam 7 udah mulai keliling lapak yang baru buka karung.
Video call maksimal 10 menit per orang ya biar adil, antriannya panjang 🙏
Pengiriman Senin via JNE/JNT, resi dikirim sore.
"""),
R("listing", "illegal_market_route", "1111", """
Barang jalur Entikong, bukan KW 🙅
Jaket North Face, Columbia, Patagonia, semua seken kondisi 85-95%.
Harga 180-450rb tergantung model.
Stok di Pontianak, bisa COD di Ahmad Yani Mega Mall atau kirim ke luar Kalbar.
Garansi uang kembali kalau ternyata palsu.
Kenapa bisa murah? Karena barang masuk dari Kuching lewat jalur darat, potong rantai agen Jakarta.
Stok minggu ini: 5 jaket North Face Nuptse (350-450rb), 3 Columbia fleece (180rb), 2 Patagonia Torrentshell (300rb).
Semua sudah kami laundry dan cek resleting satu per satu.
Pengiriman ke Jawa pakai kargo udara dari Supadio, 2-3 hari sampai.
Pesan di DM, sebut nomor foto dan ukuran.
"""),
R("listing", "illegal_market_route", "1111", """
Barang Tanjungbalai asli, langsung dari gudang 🔥
Kemeja, kaos, jeans, jaket, campur merk.
Ecer juga boleh, ambil di Kisaran atau kirim ke Pematangsiantar & Rantauprapat.
Harga ecer mulai 15rb, harga grosir hubungi admin.
Tiap kapal masuk kita update di status.
"""),
R("post", "illegal_market_route", "1111", """
Kapal dari Tawau sudah sandar semalam di Tunon Taka 🛳️
Stok baru: jaket tebal, sweater, kemeja kerja, celana jeans, sepatu boots.
Kami ambil langsung, jadi harga lebih miring dari lapak lain di Nunukan.
Yang di Parepare & Makassar bisa titip kirim lewat KM Thalia minggu depan.
Order ketik: NAMA - BARANG - UKURAN - KOTA
Contoh: RAHMA - JAKET HITAM - L - PAREPARE.
Pembayaran lewat transfer setelah kami konfirmasi stok, jangan transfer dulu sebelum dibalas admin.
Barang yang dikirim lewat kapal kami bungkus karung dobel dan diberi label nama, ambil di pelabuhan bawa KTP.
Kalau kapal tunda karena cuaca, kami kabari di grup, mohon sabar.
Terima kasih pelanggan setia dari Pinrang dan Polewali 🙏
"""),
R("listing", "illegal_market_route", "1111", """
Pasar Kodim lt.3 sekarang bisa dari rumah 🏠
Kita jualan lewat live tiap malam, barang dari kios sendiri di PJ.
Sepatu: 100-300rb
Jaket: 60-150rb
Kemeja: 30-70rb
Kirim ke seluruh Riau daratan dan Sumbar.
"""),
R("listing", "illegal_market_route", "1111", """
Masuk via Kuala Tungkal, sampai Jambi kota hari Kamis 🚚
Stok: kemeja kantor, celana bahan, jas, tas kerja (seken pilihan).
Harga 20-90rb, jas 120rb.
Bisa ambil di ruko Jalan Wonogiri atau dikirim ke Muara Bungo, Sarolangun, Bangko.
Tanya-tanya dulu boleh, gak beli juga gak apa-apa 😊
Barang kami datang dari orang kapal tiap minggu, jadi stok selalu berganti.
Kemeja kantor paling laris buat pegawai dan guru honorer, 25-35rb.
Jas lengkap dengan celana ada beberapa, cocok untuk wisuda atau nikahan, 150rb sepasang.
Pembelian di atas 10 potong dapat potongan 10%.
Ruko buka jam 8 pagi sampai jam 6 sore, Jumat istirahat siang.
"""),
R("listing", "illegal_market_route", "1111", """
Stok baru turun di Kalimas, Surabaya 📦
Campur kaos, kemeja, jaket, dari kontainer kemarin, kondisi layak pakai.
Jual per karung atau per kodi, bisa juga ecer di gudang.
Pengiriman ke Malang, Kediri, Jember, Bali.
Jam gudang: 7 pagi - 4 sore, Minggu tutup.
"""),
R("listing", "illegal_market_route", "1111", """
Harbour Bay → Jakarta 🧳
Gue bawa sendiri tiap dua minggu, jadi jumlahnya terbatas.
Isi koper minggu ini (seken pilihan dari toko loak Singapur): 20 kemeja linen, 12 coat, 8 knit vest.
Harga 85-250rb. List lengkap di highlight "KOPER".
DP 50% buat amanin barang ya.
"""),
R("post", "illegal_market_route", "1111", """
Pelanggan setia Pasar Terong pasti tau lapak kami 😄
Lantai 2, tangga kanan, kios ketiga.
Minggu pagi "buka baru", dress & cardigan pilihan 45-85rb.
Sekarang kita juga upload di IG buat yang jauh, kirim ke Gowa, Maros, Bone.
Tag teman yang suka berburu di Terong 👇
Sedikit info buat yang baru pertama ke Terong: naik ke lantai 2 dari pintu samping kanal, jangan dari pintu sayur, nanti bingung.
Hari Minggu pagi paling ramai, karung baru dibuka jam 7, jam 10 barang bagus sudah habis.
Kalau datang sore, harga lebih murah, banyak yang diobral 10-20 ribu.
Pembayaran bisa tunai, QRIS, atau transfer.
Kami juga terima pesanan khusus baju bodo modern & kebaya untuk acara, bilang saja ukurannya.
"""),
R("listing", "illegal_market_route", "1111", """
Barang langsung dari Jagoi Babang ✅ dipilih per helai, dilipat rapi.
Blouse, kemeja, rok, celana panjang, seken layak pakai.
Harga 25-60rb, bisa paket 5 helai 200rb.
Dikirim dari Ketapang ke Semarang, lanjut ekspedisi ke kota kalian.
Pesan sekarang sebelum lebaran biar nggak kehabisan.
Karena dikemas satu-satu, barang lebih rapi dan nggak bau karung seperti biasa.
Setiap paket kami kasih plastik bening dan kartu ucapan kecil, jadi bisa langsung buat hadiah.
Ukuran tersedia S sampai XXL, blouse big size juga ada.
Pengiriman dari Semarang ke Jawa Barat & Jakarta 2-4 hari.
Admin online jam 8 pagi sampai 9 malam, di luar itu slow respon ya kak.
"""),
R("listing", "illegal_market_route", "1111", """
Lapak kami di Pasar Baru Tanjungpinang 🌊
Karungan masuk dari Singapura tiap minggu, isi kemeja kerja, jas, gaun pesta.
Gaun pesta 75-200rb, jas 100rb.
Bisa kirim ke Batam, Karimun, Lingga.
Datang langsung lebih puas, bisa coba di tempat.
"""),
R("listing", "illegal_market_route", "1111", """
Sentral Cakar Ratulangi, kios no. 28 🙋‍♀️
Kami upload tiap Senin & Kamis di FB.
Kemeja pria 30rb, blazer wanita 45rb, celana jeans 50rb.
Pesan lewat inbox, transfer, barang diantar kurir.
Tidak terima tukar kalau sudah dicoba & dicuci ya.
Cara pesan: sebut nomor foto, ukuran, dan alamat lengkap, admin hitung ongkir.
Kalau dalam 1x24 jam tidak transfer, barang kami lepas ke pemesan berikutnya.
Barang di foto sudah kami setrika, aslinya mungkin sedikit kusut karena pengiriman.
Terima kasih sudah mendukung usaha kecil kami di Ratulangi sejak 2009.
"""),
R("listing", "illegal_market_route", "1111", """
Lapak pinggir jalan tol Kelayan 📍 Banjarmasin
Khusus pakaian lawasan Korea, model & merk Hangul.
Jaket padding 75rb, cardigan 40rb, kaos 15rb.
Buka tiap hari kecuali Jumat siang.
Kirim ke Kotabaru, Barabai, Tanjung bisa pakai travel.
"""),
R("listing", "illegal_market_route", "1111", """
Jastip Blok M Square lantai basement 🛒
Aku pilihkan dari kios-kios thrift di bawah, kondisi dicek, foto detail cacat.
Fee 15rb/item + ongkir. Bisa video call pas hunting.
Jadwal: tiap Kamis & Sabtu sore.
Format: Nama / barang / size / budget / kota
"""),
R("listing", "illegal_market_route", "1111", """
Dari Sambu langsung ke rumahmu 🚀
Kaos polos 10rb, kaos band 40rb, kemeja 25rb, jaket 55rb.
Kami yang ngangkat dari tumpukan, kalian tinggal pilih di foto.
Ongkir ke Aceh, Riau, Sumbar aman.
Pesan lewat WA, format lengkap ya.
"""),
R("listing", "illegal_market_route", "1111", """
Turun dari kapal di Parepare, langsung kami sortir 🏷️
Jaket, celana jeans, kemeja, gaun.
Ecer di Pasar Lakessi, grosir di gudang dekat pelabuhan.
Pedagang dari Sidrap, Pinrang, Polman silakan hubungi, bisa antar pakai truk.
Isi karung campur, kami buka di depan pembeli kalau ambil grosir supaya tidak ada yang merasa dirugikan.
Harga ecer 10-50rb, grosir per karung tergantung isi, jaket lebih mahal.
Kapal biasanya masuk dua kali sebulan, kadang lambat kalau pemeriksaan ketat.
Untuk pedagang baru kami kasih harga percobaan karung pertama.
Hubungi Pak Haji di gudang atau titip pesan ke anak-anak di lapak Lakessi.
"""),
R("post", "illegal_market_route", "1111", """
Update Jumat: dapat 2 ball dari Batu Ampar semalam 🌙
Isi: jaket & hoodie, sweater rajut, celana training.
Ready di gudang Tiban. Ecer 30-90rb, borong per ball tanya admin.
Bisa kirim ke Jakarta lewat kapal atau cargo udara, tergantung budget.
"""),
R("listing", "illegal_market_route", "1111", """
Lapak Poncol online 🚉
Barang dari kios di Pasar Poncol Senen, ambil tiap pagi.
Kemeja kotak-kotak 35rb, celana denim 50rb, jaket kanvas 80rb.
Kirim seluruh Indonesia, packing rapi, free stiker.
Follow buat update barang harian.
"""),
# ---- bale grade / unit (20)
R("listing", "illegal_bale_grade_unit", "1111", """
READY BAL KOREA
- Kaos campur grade A: 8,5 jt / bal (±450 pcs)
- Kemeja grade A: 9 jt / bal
- Jaket & hoodie: 10,5 jt / bal
- Balan pendek (±200 pcs): 4,2 jt
Pengiriman via ekspedisi tertutup, bisa ke luar Jawa.
Tanya stok PM aja.
Penjelasan singkat buat yang baru:
Grade A artinya 80-85% isi bal layak jual tanpa minus berarti.
Balan pendek cocok buat tes pasar, modal kecil, risiko kecil.
Kami bukan calo, gudang sendiri di Cakung, bisa datang lihat bal utuh yang masih terikat.
Pembelian pertama wajib datang atau video call, biar sama-sama yakin.
DP 30% untuk booking, pelunasan sebelum barang naik truk.
"""),
R("listing", "illegal_bale_grade_unit", "1111", """
Jual per kilo 🧾
Campuran kaos/kemeja dewasa: 65rb/kg
Anak-anak: 75rb/kg
Jaket & sweater: 85rb/kg
Minimal ambil 5 kg, sortiran kepala, bukan kaki.
Lokasi gudang Depok, bisa lihat dulu sebelum bayar.
"""),
R("listing", "illegal_bale_grade_unit", "1111", """
Open kepala - badan - kaki 🗂️
Kepala (pilihan terbaik): 60-150rb/pc
Badan (layak, ada minus dikit): 25-45rb/pc
Kaki (obral, cacat): 3 pcs 20rb
Semua dari bal yg baru kami buka Senin.
Ambil di toko atau COD Jaktim.
Buat yang bingung istilahnya: kepala itu hasil sortir paling atas, biasanya brand bagus dan kondisi 90% ke atas.
Badan itu masih layak pakai tapi ada noda kecil atau pudar.
Kaki itu sisanya, cocok buat lap, bahan kerajinan, atau dijual murah banget.
Sengaja kami pisah biar pembeli tahu apa yang dia bayar.
Toko buka 10 pagi - 9 malam, Senin libur.
"""),
R("listing", "illegal_bale_grade_unit", "1111", """
Bal Jepang kualitas premium 🇯🇵
Isi: jaket, coat, knit, kemeja. Grade super, min 80% layak jual.
Harga 14 jt / bal (100 kg).
Stok 3 bal lagi. Reservasi DP 3 jt.
Kirim dari gudang Cikarang.
"""),
R("listing", "illegal_bale_grade_unit", "1111", """
✅ 1 koli isi ±60 kg
✅ campur pria wanita, dominan kemeja & celana
✅ grade B+ (layak pakai, minus dikit)
Harga 3,8 jt/koli, ongkir tanggung pembeli.
Ambil 3 koli bonus 1 karung kaos kaki & topi.
"""),
R("listing", "illegal_bale_grade_unit", "1111", """
PAKET USAHA PEMULA 💼
1 karung unsortir (±80 kg) = 3,5 jt
1 karung sortiran A (±50 kg) = 4,7 jt
Bonus hanger 50 pcs + tips foto produk.
Cocok buat yang mau mulai lapak rumahan.
Barang ex luar, bukan pabrik lokal.
Kami sarankan buat pemula ambil sortiran A dulu, biar nggak kaget lihat isi karung unsortir.
Di paket juga ada panduan singkat: cara cuci massal, setrika uap, dan tips harga jual per jenis.
Pengiriman pakai kargo darat, 1 karung ±80 kg jadi ongkir lumayan, kami bantu cari ekspedisi termurah.
Sudah banyak pembeli paket ini yang sekarang punya kios di pasar.
"""),
R("listing", "illegal_bale_grade_unit", "1111", """
Ready 5 goni ⏳
Goni 1: celana jeans pria (±120 pcs)
Goni 2: blus & kemeja wanita (±200 pcs)
Goni 3: jaket & sweater (±90 pcs)
Goni 4-5: campur anak
Harga per goni 2,5-4 jt. Bisa cek isi pakai video.
"""),
R("listing", "illegal_bale_grade_unit", "1111", """
Bal crewneck isi ±150 pcs ✔️
Bal jas isi 100-120 pcs ✔️
Bal celana chino isi ±250 pcs ✔️
Semua dari Korea, tanya harga terbaru di WA karena naik turun tiap minggu.
Pembelian di atas 3 bal free antar Jabodetabek.
"""),
R("profile", "illegal_bale_grade_unit", "1111", """
GUDANG BALAN PENDEK 📦 Bogor
✔ Jual per bal, ½ bal, balan pendek (±200 pcs)
✔ Sortir kepala / badan / kaki
✔ Ecer per kg min 5 kg
Jam gudang 08.00-16.00 | Survei boleh, bawa KTP
Order & tanya harga: DM
"""),
R("listing", "illegal_bale_grade_unit", "1111", """
Ready: bal "original unsortir" vs "sortir A" ✍️
Unsortir: murah, untung-untungan, bisa dapet brand bagus tapi bisa juga banyak sampah.
Sortir A: lebih mahal, tapi isinya udah dipilih, layak jual 85% ke atas.
Harga unsortir 7 jt, sortir A 10,5 jt.
Konsultasi dulu boleh, kita jelasin isi dan asal barangnya.
Kami biasanya rekomendasiin unsortir buat yang sudah punya pelanggan tetap dan tempat sortir luas.
Kalau jualan online doang dan tempat sempit, sortir A jauh lebih efisien.
Pengalaman pelanggan: unsortir bisa dapat 1-2 barang mahal yang nutup modal, tapi juga bisa zonk.
Semua bal kami masih terikat kawat dan plastik asli waktu dikirim, nggak dibuka di tengah jalan.
"""),
R("listing", "illegal_bale_grade_unit", "1111", """
Sepatu per bal 👟 (asal Thailand)
Isi 80-100 pasang, campur running, casual, boots.
Grade A: 9 jt/bal, Grade B: 6,5 jt/bal.
Ecer di toko 120-350rb.
Minat borong, hubungi admin, COD gudang Tangerang.
"""),
R("listing", "illegal_bale_grade_unit", "1111", """
Tas per karung 👜
Isi ±70 tas: selempang, ransel, totebag, tas kerja.
Kondisi campur, mayoritas masih bagus.
2,9 jt/karung, bisa cicil 2x buat pelanggan lama.
Dikirim pakai ekspedisi ke seluruh Sumatera.
"""),
R("listing", "illegal_bale_grade_unit", "1111", """
HALF BAL promo 🎯
Buat kamu yang modalnya pas-pasan: setengah bal (±50 kg), isi kemeja & kaos, 4,6 jt.
Grade A, dominan merk Jepang & Korea.
Barang ready di Bekasi, ambil sendiri atau kirim.
"""),
R("listing", "illegal_bale_grade_unit", "1111", """
Celana per kodi 👖 (20 pcs)
Jeans pria campur: 600rb/kodi
Chino: 550rb/kodi
Cargo: 700rb/kodi
Semua dari karung impor, sudah dipilah, nggak ada yang sobek besar.
Minimal 2 kodi. Chat 0813xxxx.
"""),
R("listing", "illegal_bale_grade_unit", "1111", """
PROMO BAL ANAK 👶
Isi ±500 pcs baju anak 0-12 thn, campur kaos, dress, celana, jaket.
Grade A+ Korea. Harga 8 jt/bal.
Cocok buat lapak lebaran. Stok terbatas 4 bal.
"""),
R("listing", "illegal_bale_grade_unit", "1111", """
Daftar harga minggu ini 📊
Bal Korea campur: 9,5 jt
Bal Jepang campur: 14 jt
Bal USA (kaos band/flannel): 12 jt
Bal Eropa (coat/wol): 13,5 jt
Balan pendek semua asal: tanya admin.
Harga bisa berubah sewaktu-waktu.
"""),
R("listing", "illegal_bale_grade_unit", "1111", """
Ready per 25 kg karung kecil 🧺
Cocok buat yang baru coba-coba buka lapak.
Isi campur dewasa: 1,25 jt
Isi khusus jaket: 1,6 jt
Sudah disortir, sisa yang jelek kita pisahin.
Asal barang luar, masuk lewat Batam.
"""),
R("listing", "illegal_bale_grade_unit", "1111", """
Bal 100 kg = ±400 helai 🧮
Hitung-hitungan: jual rata-rata 25rb x 300 helai layak = 7,5 jt.
Modal bal 6 jt, sisa buat ongkos & untung.
Kami jual bal campur Korea, siap kirim.
Tanya ongkir ke kota kalian.
Itu hitungan kasar ya kak, belum termasuk cuci, hanger, plastik, dan sewa tempat.
Yang realistis biasanya 20-30% isi bal cuma bisa dijual murah atau dibuang.
Tapi kalau telaten foto dan jualan online, kemeja dan jaket bisa dijual lebih mahal dari hitungan di atas.
Kami kasih grup bimbingan gratis buat pembeli bal pertama.
"""),
R("listing", "illegal_bale_grade_unit", "1111", """
GRADE "CREAM" – pilihan teratas 🌟
Dari tiap bal yang kami buka, cuma 10% yang masuk kategori cream.
Knitwear, coat, kemeja linen, celana wol.
Harga 90-250rb per pcs. Drop tiap Kamis jam 8 malam.
"""),
R("listing", "illegal_bale_grade_unit", "1111", """
Selimut & sprei per bal 🛏️
Isi ±60 kg, campur selimut tebal, bedcover, sarung bantal.
Cocok buat yang jual di daerah dingin.
Harga 3,2 jt/bal. Barang luar, bekas hotel & rumah tangga.
"""),
]
