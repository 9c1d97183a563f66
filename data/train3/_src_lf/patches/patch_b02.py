p='b02_codeword.py'; s=open(p).read()
adds = [
("Barang pilihan dari pajak Melati, udah dicuci & disetrika.\n",
"Kemeja kotak-kotak ukuran L ada 6, ukuran XL ada 4, warna merah-hitam paling banyak.\n"
"Jaket parasut yang hijau army tinggal 2, yang hitam masih 5.\n"
"Celana cargo pinggang 30-34, ada sedikit pudar di lutut tapi jahitan aman semua.\n"
"Pembayaran transfer atau bayar di tempat, jangan PHP ya kak, udah capek ngangkat 🙏\n"
"Kalau mau tukar ukuran boleh sekali, asal belum dicuci dan label harga masih ada.\n"),
("Stok baru dari Pare tiap minggu, jadi rajin-rajin ki intip story nah.\n",
"Kemarin ada yang dapat dress brokat putih 25rb ji, dipakai lamaran adiknya, cantik sekali.\n"
"Kalau mau dicarikan ukuran besar (XL ke atas) bilang mi dari awal, biasanya sedikit ji yang ada.\n"
"Pembayaran bisa transfer atau bayar pas ambil, terserah ki'.\n"
"Yang di Gowa sama Maros bisa titip di angkot, tinggal bayar ongkos ji ke sopir.\n"),
("Datang cepat e, seng lama abis!\n",
"Kemarin Sabtu sebelum jam 9 su abis jaket semua, jadi jang datang siang-siang lai.\n"
"Beta kasih tips: bawa kantong sendiri, baju di tumpukan bawah biasanya paling bagus, bongkar sampe dasar.\n"
"Harga bisa tawar sadiki, tapi jang sadis e, katong juga cari makan.\n"
"Yang pesan dari pulau, Saparua deng Haruku, kirim pake speed pagi, ongkos tanggung sandiri.\n"),
("Lantai 2 Pasar Sentral Kota Lama, kios no 17.\n",
"Barang RB kami pilih dari bal yang dibuka langsung di depan pembeli, jadi tidak ada yang disembunyikan.\n"
"Ada juga jaket tebal buat yang mau ke Wakatobi naik kapal malam, 45rb saja.\n"
"Hari Sabtu biasanya ramai sekali, datang pagi supaya leluasa memilih.\n"
"Pembayaran tunai atau transfer, yang mau dikirim ke Bau-Bau dan Raha bisa titip di kapal cepat.\n"),
("Ngawul sepuasnya, yang sabar pasti dapet yang bagus!\n",
"Tahun lalu ada mas-mas dapet jaket kulit asli cuma 15rb dari kotak paling pojok, rejeki nggak ke mana.\n"
"Barang tiap sore ditambah lagi, jadi hari pertama sampai terakhir tetap ada yang baru.\n"
"Malam terakhir biasanya obral, kotak 15rb jadi 5rb semua.\n"
"Parkir motor di samping balai desa, gratis, dijaga karang taruna.\n"
"Monggo diajak keluarganya, ada yang jual wedang ronde juga di sebelah lapak.\n"),
("Inang-inang datanglah cepat sebelum habis dipilih orang.\n",
"Bal ini isinya banyak jas hitam dan abu-abu, cocok kali untuk pesta adat dan acara gereja.\n"
"Ada juga gaun panjang untuk ito-ito yang mau ke pesta, 35rb saja, tinggal dicuci.\n"
"Sore nanti kalau masih sisa kita obral, tiga potong limapuluh ribu.\n"
"Yang di Barus dan Sorkam bisa titip sama motor sayur, bilang aja buat Mak Tiur.\n"),
("Tulis ukuran & warna yang dicari di komen, nanti kami huntingkan.\n",
"Kami turun tiap hari Selasa, Kamis, dan Sabtu, jam 10 pagi sampai kios tutup jam 5.\n"
"Foto dikirim langsung dari kios, jadi yang kalian lihat itu barang aslinya, bukan foto katalog.\n"
"Biaya jasa pilih 5rb per barang, kalau tidak cocok setelah difoto tidak perlu bayar.\n"
"Sepatu bisa diukur panjang insolenya dalam cm supaya tidak salah ukuran.\n"
"Sudah 2 tahun kami jalan, testimoni bisa dicek di highlight \"KIRIMAN\".\n"),
("Ada juga baju renang & piyama.\n",
"Semua sudah kami cuci pakai deterjen bayi dan dijemur kering, tinggal pakai.\n"
"Ukuran kami tulis di kertas kecil yang dijepit, jadi mama-mama tidak perlu bongkar satu-satu.\n"
"Ada juga sepatu anak, sandal, dan topi, 10-20rb.\n"
"Yang mau antar ke rumah di Perumnas, Panakkukang, Tamalate, ongkos gojek saja.\n"),
("Harga kaos 15, hoodie 60, celana 35 (ribu).\n",
"Yang dari kampung-kampung di Sangihe, kase tau ukuran deng warna, torang pilih yang paling bagus.\n"
"Pembayaran transfer dolo, baru barang diantar ke pelabuhan.\n"
"Kalau barang nyanda cocok ukuran, boleh tukar minggu depan, asal jangan dipake dulu.\n"
"Torang so jualan dari 2015, tanya jo pa orang Paal Dua, dorang kenal.\n"),
("Kami jual tiap Kamis di Pasar Nita, minggu lainnya di Pasar Alok.\n",
"Barang datang dari Surabaya naik kapal ke Maumere, kami buka bal pagi-pagi di lapak.\n"
"Paling laris kemeja kerja buat guru dan pegawai kantor desa, juga rok panjang buat ibadah.\n"
"Ada juga selimut tebal buat yang tinggal di gunung, 35rb satu.\n"
"Mama-mama boleh tawar, tapi jangan terlalu turun, kami juga bayar ongkos kapal mahal.\n"),
("Tanya stok: 0853xxxx (chat saja).\n",
"Barang kami ambil sendiri di Tawau, bukan dari tangan ketiga, jadi harga bisa bersaing.\n"
"Jaket musim dingin laku keras buat yang mau kerja ke Korea atau Jepang, banyak pesan dari Makassar.\n"
"Kirim pakai speed pagi, sampai Tarakan siang, sampai Nunukan cepat.\n"
"Yang lewat kapal Pelni ke Parepare barang kami bungkus karung rapat, tulis nama penerima besar-besar.\n"
"Bayar separuh dulu, separuh lagi setelah barang sampai.\n"),
("Turis dari Medan banyak yang singgah, jadi datang pagi biar dapat pilihan.\n",
"Kalau weekend lapak buka dari jam 7, sore agak cepat tutup karena kabut turun.\n"
"Ada juga sarung tangan, kupluk, syal, cocok buat yang mau naik Sibayak subuh.\n"
"Harga bisa nego kalau ambil banyak, rombongan kampus biasanya dapat potongan.\n"
"Bisa kirim juga ke Kabanjahe dan Medan, ongkir dihitung per kilo.\n"),
]
for a,b in adds:
    assert s.count(a)==1, a
    s=s.replace(a,a+b)
open(p,'w').write(s)
