p='b03_market_grade.py'; s=open(p).read()
adds = [
("Mau titip cari? Sebutin ukuran + budget di DM, fee jasti 15rb/pcs.\n",
"Gue jelasin dikit cara kerjanya biar nggak salah paham:\n"
"1) Kalian DM kriteria, misal \"kemeja oxford biru, L, max 100rb\".\n"
"2) Gue cariin pas turun ke lapak, kirim foto + video detail kerah, ketiak, kancing.\n"
"3) Cocok? Transfer harga barang + fee. Nggak cocok? Gak usah bayar apa-apa.\n"
"4) Barang gue laundry dulu di tempat langganan, baru dikirim Jumat.\n"
"Yang udah langganan dari 2022 tau lah kualitas pilihan gue, nggak asal comot dari tumpukan 😎\n"),
("Close PO Jumat jam 9 malam.\n",
"Catatan penting: barang di Cimol itu sifatnya untung-untungan, jadi aku nggak bisa janji pasti dapet persis yang kalian mau.\n"
"Kalau nggak ketemu, uang DP balik 100%, tenang aja.\n"
"Biasanya aku berangkat jam 6 pagi dari Cicaheum, jam 7 udah mulai keliling lapak yang baru buka karung.\n"
"Video call maksimal 10 menit per orang ya biar adil, antriannya panjang 🙏\n"
"Pengiriman Senin via JNE/JNT, resi dikirim sore.\n"),
("Garansi uang kembali kalau ternyata palsu.\n",
"Kenapa bisa murah? Karena barang masuk dari Kuching lewat jalur darat, potong rantai agen Jakarta.\n"
"Stok minggu ini: 5 jaket North Face Nuptse (350-450rb), 3 Columbia fleece (180rb), 2 Patagonia Torrentshell (300rb).\n"
"Semua sudah kami laundry dan cek resleting satu per satu.\n"
"Pengiriman ke Jawa pakai kargo udara dari Supadio, 2-3 hari sampai.\n"
"Pesan di DM, sebut nomor foto dan ukuran.\n"),
("Order ketik: NAMA - BARANG - UKURAN - KOTA\n",
"Contoh: RAHMA - JAKET HITAM - L - PAREPARE.\n"
"Pembayaran lewat transfer setelah kami konfirmasi stok, jangan transfer dulu sebelum dibalas admin.\n"
"Barang yang dikirim lewat kapal kami bungkus karung dobel dan diberi label nama, ambil di pelabuhan bawa KTP.\n"
"Kalau kapal tunda karena cuaca, kami kabari di grup, mohon sabar.\n"
"Terima kasih pelanggan setia dari Pinrang dan Polewali 🙏\n"),
("Tanya-tanya dulu boleh, gak beli juga gak apa-apa 😊\n",
"Barang kami datang dari orang kapal tiap minggu, jadi stok selalu berganti.\n"
"Kemeja kantor paling laris buat pegawai dan guru honorer, 25-35rb.\n"
"Jas lengkap dengan celana ada beberapa, cocok untuk wisuda atau nikahan, 150rb sepasang.\n"
"Pembelian di atas 10 potong dapat potongan 10%.\n"
"Ruko buka jam 8 pagi sampai jam 6 sore, Jumat istirahat siang.\n"),
("Tag teman yang suka berburu di Terong 👇\n",
"Sedikit info buat yang baru pertama ke Terong: naik ke lantai 2 dari pintu samping kanal, jangan dari pintu sayur, nanti bingung.\n"
"Hari Minggu pagi paling ramai, karung baru dibuka jam 7, jam 10 barang bagus sudah habis.\n"
"Kalau datang sore, harga lebih murah, banyak yang diobral 10-20 ribu.\n"
"Pembayaran bisa tunai, QRIS, atau transfer.\n"
"Kami juga terima pesanan khusus baju bodo modern & kebaya untuk acara, bilang saja ukurannya.\n"),
("Pesan sekarang sebelum lebaran biar nggak kehabisan.\n",
"Karena dikemas satu-satu, barang lebih rapi dan nggak bau karung seperti biasa.\n"
"Setiap paket kami kasih plastik bening dan kartu ucapan kecil, jadi bisa langsung buat hadiah.\n"
"Ukuran tersedia S sampai XXL, blouse big size juga ada.\n"
"Pengiriman dari Semarang ke Jawa Barat & Jakarta 2-4 hari.\n"
"Admin online jam 8 pagi sampai 9 malam, di luar itu slow respon ya kak.\n"),
("Tidak terima tukar kalau sudah dicoba & dicuci ya.\n",
"Cara pesan: sebut nomor foto, ukuran, dan alamat lengkap, admin hitung ongkir.\n"
"Kalau dalam 1x24 jam tidak transfer, barang kami lepas ke pemesan berikutnya.\n"
"Barang di foto sudah kami setrika, aslinya mungkin sedikit kusut karena pengiriman.\n"
"Terima kasih sudah mendukung usaha kecil kami di Ratulangi sejak 2009.\n"),
("Pedagang dari Sidrap, Pinrang, Polman silakan hubungi, bisa antar pakai truk.\n",
"Isi karung campur, kami buka di depan pembeli kalau ambil grosir supaya tidak ada yang merasa dirugikan.\n"
"Harga ecer 10-50rb, grosir per karung tergantung isi, jaket lebih mahal.\n"
"Kapal biasanya masuk dua kali sebulan, kadang lambat kalau pemeriksaan ketat.\n"
"Untuk pedagang baru kami kasih harga percobaan karung pertama.\n"
"Hubungi Pak Haji di gudang atau titip pesan ke anak-anak di lapak Lakessi.\n"),
("Tanya stok PM aja.\n",
"Penjelasan singkat buat yang baru:\n"
"Grade A artinya 80-85% isi bal layak jual tanpa minus berarti.\n"
"Balan pendek cocok buat tes pasar, modal kecil, risiko kecil.\n"
"Kami bukan calo, gudang sendiri di Cakung, bisa datang lihat bal utuh yang masih terikat.\n"
"Pembelian pertama wajib datang atau video call, biar sama-sama yakin.\n"
"DP 30% untuk booking, pelunasan sebelum barang naik truk.\n"),
("Ambil di toko atau COD Jaktim.\n",
"Buat yang bingung istilahnya: kepala itu hasil sortir paling atas, biasanya brand bagus dan kondisi 90% ke atas.\n"
"Badan itu masih layak pakai tapi ada noda kecil atau pudar.\n"
"Kaki itu sisanya, cocok buat lap, bahan kerajinan, atau dijual murah banget.\n"
"Sengaja kami pisah biar pembeli tahu apa yang dia bayar.\n"
"Toko buka 10 pagi - 9 malam, Senin libur.\n"),
("Barang ex luar, bukan pabrik lokal.\n",
"Kami sarankan buat pemula ambil sortiran A dulu, biar nggak kaget lihat isi karung unsortir.\n"
"Di paket juga ada panduan singkat: cara cuci massal, setrika uap, dan tips harga jual per jenis.\n"
"Pengiriman pakai kargo darat, 1 karung ±80 kg jadi ongkir lumayan, kami bantu cari ekspedisi termurah.\n"
"Sudah banyak pembeli paket ini yang sekarang punya kios di pasar.\n"),
("Konsultasi dulu boleh, kita jelasin isi dan asal barangnya.\n",
"Kami biasanya rekomendasiin unsortir buat yang sudah punya pelanggan tetap dan tempat sortir luas.\n"
"Kalau jualan online doang dan tempat sempit, sortir A jauh lebih efisien.\n"
"Pengalaman pelanggan: unsortir bisa dapat 1-2 barang mahal yang nutup modal, tapi juga bisa zonk.\n"
"Semua bal kami masih terikat kawat dan plastik asli waktu dikirim, nggak dibuka di tengah jalan.\n"),
("Tanya ongkir ke kota kalian.\n",
"Itu hitungan kasar ya kak, belum termasuk cuci, hanger, plastik, dan sewa tempat.\n"
"Yang realistis biasanya 20-30% isi bal cuma bisa dijual murah atau dibuang.\n"
"Tapi kalau telaten foto dan jualan online, kemeja dan jaket bisa dijual lebih mahal dari hitungan di atas.\n"
"Kami kasih grup bimbingan gratis buat pembeli bal pertama.\n"),
]
for a,b in adds:
    assert s.count(a)==1, a
    s=s.replace(a,a+b)
open(p,'w').write(s)
