p='b04_live_reseller.py'; s=open(p).read()
adds = [
("Jangan lupa share live-nya biar rame ya guys 🙏\n",
"Sedikit bocoran isi karung malam ini: dari labelnya sih kiriman Korea, beratnya hampir 50 kilo.\n"
"Kemarin karung sebelumnya isinya banyak cardigan rajut & rok plisket, semoga yang ini juga bagus-bagus 🤞\n"
"Buat yang sering kehabisan, tipsnya: ketik dulu \"MAU\", baru tanya ukuran, nanti kita cek bareng.\n"
"Yang udah checkout tapi ternyata ukurannya nggak muat, boleh lempar ke teman, asal kabarin admin.\n"
"Pengiriman tiap Senin & Kamis ya, bukan tiap hari.\n"),
("Ketik MAU aja, nanti admin catat. Follow dulu biar dapet notif live berikutnya!\n",
"Oke ini ada lagi, jaket coach hitam, tulisannya bahasa Jepang di punggung, ukuran M, kondisi masih oke, 65 ya.\n"
"Wah langsung ada yang MAU, kak @dinda_rsy dapet ya!\n"
"Next, rok jeans panjang, pinggang 27, 35 ribu.\n"
"Buat yang nanya kenapa bajunya agak kusut: ini kan baru keluar dari karung, nanti sebelum dikirim kita laundry semua kok.\n"
"Sabar ya, karungnya masih setengah, masih banyak banget.\n"),
("Catat jamnya, pasang alarm!\n",
"Biar nggak kecewa, baca aturan dulu:\n"
"• Barang yang dilelang harus dibayar dalam 2 jam setelah live selesai.\n"
"• Barang reguler dibayar max besok jam 12 siang.\n"
"• Yang tiga kali nggak bayar, kami blokir dari live selanjutnya.\n"
"Kami juga bakal tunjukin label & tag tiap barang di kamera, jadi yang cari merk tertentu bisa lihat jelas.\n"
"Gudang kami dekat pelabuhan, jadi barang datang langsung tanpa lewat tangan banyak orang.\n"),
("Harga mulai 60rb. Yang kemarin udah ketik MAU tapi belum bayar, admin hubungi lagi.\n",
"Ada beberapa yang udah kita sisihin dari kemarin: hoodie Champion abu-abu, sweatshirt Harvard navy, crewneck Russell hijau.\n"
"Itu bakal kita lempar di awal live, jadi siap-siap jam 7 teng.\n"
"Sinyal udah aman, kita pindah pakai wifi tetangga 😂 (udah izin kok).\n"
"Maaf sekali lagi buat yang kemarin udah nunggu lama, nanti ada voucher ongkir buat semua yang checkout malam ini.\n"),
("Ketik \"AMBIL\" terus nomor barang. Kirim ke seluruh Sumut.\n",
"Barang ini kubawa sendiri dari pajak Melati tadi, satu goni penuh, belum sempat kupilah.\n"
"Jadi kita pilah sama-sama di live ya kawan, kalian lihat langsung kondisinya.\n"
"Yang kulitnya ada mengelupas kusebut, yang kancingnya lepas kusebut, jujur-jujur aja kita.\n"
"Bayar transfer atau COD Medan kota, yang luar kota kirim Senin.\n"
"Bah, rame kali yang masuk, selamat datang semuanya!\n"),
("Ketik ukuran + warna.\n",
"Kami juga punya kotak khusus jaket dan kemeja flanel, cocok buat yang mau naik Merapi atau Merbabu.\n"
"Kalau kalian nonton dari rumah, tinggal sebut ukuran, nanti mas-mas di sini nyariin langsung di kotak.\n"
"Pembayaran transfer, kirim besok pagi pakai ekspedisi yang dekat alun-alun.\n"
"Ayo yang dari Klaten, Magelang, Solo, biasanya paling rajin pesan hehe.\n"),
("Jam 7 malam, jangan lupa bawa catatan!\n",
"Agenda live:\n"
"1. Buka karung di depan kamera (kira-kira 15 menit)\n"
"2. Sortir bareng, kita jelasin alasan tiap barang masuk kategori apa\n"
"3. Lempar barang kepala, harga flat 50rb\n"
"4. Tanya jawab soal cari supplier bal yang jujur\n"
"Kalau ada yang mau beli bal langsung buat usaha, bisa konsultasi setelah live.\n"),
("Syarat: punya HP & mau belajar. Gratis join, gabung grup WA.\n",
"Alur kerjanya simpel:\n"
"1. Kamu posting foto dari katalog harian di grup (kemeja, jaket, celana dari bal Korea-Jepang).\n"
"2. Pembeli transfer ke kamu, kamu transfer harga modal ke kami plus ongkir.\n"
"3. Kami kirim pakai nama tokomu, resi dikirim sore.\n"
"Sudah ada ibu rumah tangga di Cilacap yang bisa dapet 3 juta sebulan cuma dari share status WA.\n"
"Nggak ada target, nggak ada denda. Mulai kapan aja.\n"),
("Daftar sekarang, kuota bulan ini 20 orang.\n",
"Kenapa kuota dibatasi? Karena stok bal tiap bulan terbatas, kami mau reseller kebagian barang bagus semua.\n"
"Harga agen balan pendek Korea 4,2 jt, Jepang 6,5 jt, bisa kirim ke luar pulau pakai kargo.\n"
"Reseller juga dapat template caption, preset foto, dan akses kelas live jualan tiap Rabu malam.\n"
"Testimoni reseller bisa dilihat di highlight, ada yang dari Kupang, Ternate, sampai Sorong.\n"),
("Info lengkap: DM \"MITRA\".\n",
"Tiap mitra dapat:\n"
"- 1 karung isi campur (kemeja, kaos, celana, jaket)\n"
"- 40 hanger dan 1 rak besi pinjaman\n"
"- Spanduk kecil \"Sandang Murah\"\n"
"Mitra cukup setor laporan penjualan tiap Minggu lewat WA.\n"
"Sudah 35 mitra jalan di Klaten, Boyolali, Sleman, dan Bantul.\n"),
("Daerah lain masih terbuka, hubungi kami.\n",
"Agen cukup punya tempat simpan karung dan kendaraan untuk ke pasar.\n"
"Karung kami kirim pakai truk ekspedisi ke kota kabupaten, agen ambil di sana.\n"
"Harga agen lebih murah 15% dari harga pedagang biasa, dan bisa bayar setengah di depan.\n"
"Karung yang isinya banyak rusak bisa kami ganti setengah, asal difoto waktu dibuka.\n"),
("Kirim CV ke DM.\n",
"Detail:\n"
"- Jam kerja 09.00-17.00, host live 18.00-22.00\n"
"- Libur 1 hari per minggu, bisa tukar jadwal\n"
"- Makan siang ditanggung\n"
"- Bonus tiap bal habis terjual\n"
"Yang sudah punya pengalaman jualan thrift atau pernah kerja di lapak Senen diutamakan.\n"),
("Hubungi saya di inbox, kita atur ongkos kirim bersama.\n",
"Karungan saya ambil langsung di Tawau, naik speed ke Nunukan, lalu kapal ke Parepare atau Makassar.\n"
"Reseller cukup tunggu di pelabuhan, saya kirim foto isi karung sebelum naik kapal.\n"
"Harga per karung 2,2-3,5 juta, tergantung isinya jaket atau kaos.\n"
"Yang mau coba dulu boleh ambil setengah karung.\n"),
("Batch berikutnya mulai Senin.\n",
"Peserta batch sebelumnya sudah ada yang omzetnya 15 juta sebulan, testimoni di highlight.\n"
"Kelas diadakan lewat Zoom tiap Senin & Kamis jam 8 malam, rekaman bisa ditonton ulang.\n"
"Kamu juga dapat daftar kontak supplier di Batam, Bandung, dan Tanjungbalai yang sudah kami cek.\n"
"Materi bonus: cara aman kirim karung lewat ekspedisi tanpa ribet.\n"),
]
for a,b in adds:
    assert s.count(a)==1, a
    s=s.replace(a,a+b)
open(p,'w').write(s)
