# Illegal records, batch 2: code words, regional names, routes, grades (written by hand)
RECORDS = [
("post", "regional_code_word", (1,1,1,1), """Cakar baru turun dari Pare-Pare, masih bau karung 😂
Ada jaket parasut, celana chino, baju renang anak juga.
Lapak kami di Pasar Butung lantai dasar, dekat tangga.
Datang mi ki cepat sebelum habis diborong pengecer!"""),
("listing", "regional_code_word", (1,1,1,1), """Monza Jaket Gunung Merk The North Face, Columbia, Patagonia
Barang monza pilihan, udah kupilih yang resletingnya aman.
Harga 150-300rb, lokasi Medan, bisa ketemuan di Simpang Limun.
Kirim luar kota pun bisa, lae."""),
("message", "wholesale_price_list", (1,1,1,1), """Daftar harga per koli minggu ini:
- Sortiran kemeja pria A: 1,9jt/koli
- Sortiran blouse wanita A: 2,1jt/koli
- Campur B (buat obral): 900rb/koli
Barang kumpul di Tanjungbalai, kirim lewat truk ke Pekanbaru & Padang.
Pesan sebelum Kamis."""),
("post", "regional_code_word", (1,1,1,1), """Ngawul yuk rek! Awul-awul anyar teko wingi, jaket karo hoodie akeh.
Regane mulai 15 ewu, sing apik 50 ewu.
Lapakku neng pinggir alun-alun Kendal saben sore.
Golek'o sing nggawe terpal biru, iku aku 😁"""),
("listing", "route_batam", (1,1,1,1), """Baju Batam Murah Meriah Paket Usaha 50 Pcs
Isi kaos, kemeja, celana pendek campur, semua layak pakai.
Langsung ambil dari Batam, kirim via kapal ke Lampung tiap minggu.
Cocok buat buka lapak di pasar kaget.
Harga paket 750rb."""),
("profile", "regional_code_word", (1,1,1,1), """Roma Cantik Kupang 🌸
Jual rombengan pilihan: dress, blus, celana kulot.
Ambil langsung dari gudang di Kupang, barang masuk tiap 2 minggu.
Buka Selasa–Minggu, depan Pasar Oeba.
DM buat list harga."""),
("comment", "route_entikong", (1,1,1,1), """Stok kami masuk lewat Entikong bang, barang Malaysia semua.
Ada kemeja batik lama juga sama jaket kulit, tapi harus ambil per karung ya, tidak ecer.
Satu karung 2,5 jt, isi 150an potong.
Alamat gudang di Pontianak, kabari dulu kalau mau datang."""),
("message", "wholesale_price_list", (1,1,1,1), """Grade S jaket 🔥 3,9jt
Grade A kaos 2,4jt
Grade B campur 1,2jt
Semua per bal 100kg, bisa video call pas buka.
Kami kirim dari Dumai, ongkir ditanggung pembeli.
Minat langsung japri."""),
("post", "regional_code_word", (1,1,1,1), """Lelong Nunukan masuk lagi!
Kali ini banyak sepatu sekolah sama tas ransel, cocok buat persiapan tahun ajaran baru.
Harga sepatu 40-70 ribu, tas 25 ribu.
Lapak kami di Pasar Yamaker, tanya Ibu Hasnah."""),
("live", "regional_code_word", (1,1,1,1), """Yang dari Makassar merapat! Kita live buka karung cakar dress pesta malam ini.
Semua dress 35 ribu, gaun pengantin 150 ribu.
Ketik nomor dress + "ambil" di kolom komentar.
Pembayaran transfer atau COD kota Makassar aja ya."""),
("listing", "market_geography", (1,1,1,1), """Kemeja Flanel Ambil Langsung dari Pajak Melati Medan
Saya belanja pagi di Pajak Melati, yang mau titip beli tinggal sebut ukuran & warna.
Fee titip 10rb per potong, barang dikirim dari Medan tiap Rabu.
Rata-rata harga flanel di sana 25-60rb."""),
("message", "reseller_recruit_code", (1,1,1,1), """Dicari reseller babebo area Jogja-Solo 🙌
Kami suplai sortiran dari karung, kamu tinggal jualan.
Minimal ambil 20 kg, harga 45rb/kg untuk grade A.
Bisa retur kalau ada yang rusak parah.
Info: 0878xxxx (Mas Anto)"""),
("post", "route_tanjungpinang", (1,1,1,1), """Barang dari Tanjungpinang sudah sampai gudang.
Koli kali ini isi sweater rajut dan mantel musim dingin.
Buat pelanggan lama harga tetap 1,7jt per koli.
Pengambilan di gudang Jambi, atau kirim ekspedisi ke alamat."""),
("listing", "regional_code_word", (1,1,1,1), """Obok-obok Surabaya – Paket Kaos Anak 30 Pcs
Isi kaos anak umur 2-10 tahun campur, semua bekas layak.
Asal dari karungan, udah kupilih yang gak ada noda.
Paket 200rb, kirim dari Surabaya Utara."""),
("post", "bale_grades", (1,1,1,1), """Ready sortiran celana jeans pria per kilo.
Grade A 65rb/kg, grade B 40rb/kg.
Minimal 10 kilo, kebanyakan ukuran 30-34.
Ambil di Cikarang atau kirim pakai kargo.
Tanya tanya boleh, PHP jangan 🙏"""),
("comment", "regional_code_word", (1,1,1,1), """Kak, monja-nya masih ada stok kemeja putih ukuran M?
->> Masih kak, kemeja putih tinggal 4, monja Korea harganya 40rb/pcs ya.
Kirim dari Binjai, bisa COD seputaran Medan."""),
("message", "wholesale_price_list", (1,1,1,1), """Selamat pagi bos-bos pengecer.
Kontainer minggu depan masuk Belawan, isi campuran bal Korea & Jepang.
Boleh mulai booking dari sekarang, DP 1jt per bal.
Harga final kita umumkan setelah barang bongkar.
Grup ini khusus pembeli bal, jangan jualan lain di sini."""),
("profile", "market_geography", (1,1,1,1), """Kios Pak Dul – Kebon Kalapa Bogor
Sedia jaket, celana, sepatu bekas dari karung impor.
Buka jam 8-17, Jumat tutup siang.
Bisa grosir buat pedagang pasar malam."""),
("post", "regional_code_word", (1,1,1,1), """BJ masuk lagi guys, burukan Jambi kualitas oke.
Kemeja lengan panjang 20rb, celana kain 25rb.
Aku jualan di Pasar 16 Ilir sore hari, deket tukang pempek.
Yang mau aku fotoin dulu bisa WA 0819xxxx."""),
("listing", "route_tawau", (1,1,1,1), """Karungan Baju Dari Tawau Isi Campur Dewasa
Satu karung kurang lebih 80 kg, sudah termasuk ongkos seberang.
Cocok buat pedagang pasar di Tarakan dan sekitarnya.
Harga 2,2 jt, ambil di gudang Sebatik."""),
("post", "reseller_recruit_code", (1,1,1,1), """Buka mitra lapak roma di Sulawesi Utara!
Kami kirim goni langsung dari pelabuhan, kamu tinggal buka lapak.
Paket mitra: 2 goni + spanduk + gantungan baju.
Total 4,5 jt, bisa cicil 2x.
DM untuk detail wilayah yang masih kosong."""),
("live", "bale_grades", (1,1,1,1), """Oke kita lanjut, sekarang sortiran hoodie grade A!
Yang ini langsung dari koli kemarin, masih wangi karung hehe.
Harga hoodie 55rb, sweater 40rb.
Ketik kode warna + ukuran, admin catet satu-satu ya, sabar."""),
]
