from common import R

RECORDS = [
# ---------------- own_preloved (legal) ----------------
R("own_preloved", "listing", """
PRELOVED PRIBADI — Blazer Zara hitam size S
Dibeli di Zara Pondok Indah Mall tahun lalu, baru dipakai 3x untuk interview.
Kondisi 9/10, tidak ada noda, sudah dry clean.
Harga 250rb (beli 799rb). Lokasi Jakarta Selatan, bisa COD Blok M.
Bukan barang thrift/bal ya, ini lemari saya sendiri.
Ukuran: LD 88, panjang 62, lengan 58. Model slim fit.
Alasan jual: pindah kerja ke lapangan, jarang pakai blazer lagi.
"""),
R("own_preloved", "live", """
Nanti malam jam 20.00 aku live di IG buat nunjukin detail tiap baju, yang minat langsung claim di komentar ya!
Decluttering lemari sebelum pindahan 📦
Semua baju saya sendiri, beli di mall & online shop lokal, pemakaian wajar:
- 4 kemeja kerja (Executive, Hammer) 50rb/pcs
- 2 celana bahan 60rb
- 1 jaket Eiger 150rb
- 3 kaos Erigo 35rb/pcs
- 1 sepatu Ventela 120rb (size 42)
- 2 celana pendek 25rb
Semua dicuci bersih, foto asli tanpa filter.
Ukuran L semua. Ambil di Bintaro sebelum tanggal 20.
Sisa yang tidak laku akan saya donasikan ke masjid dekat rumah.
"""),
R("own_preloved", "listing", """
Kebaya Wisuda Sekali Pakai — Size M
Dijahit di penjahit langganan di Solo, brokat Prancis (beli kainnya di Pasar Klewer).
Dipakai sekali waktu wisuda, sudah laundry.
Harga 350rb (biaya jahit+kain 900rb). Bonus kain bawahan.
Ukuran: LD 90, pinggang 74, panjang 65. Warna dusty pink.
Bisa kirim ke luar kota, packing pakai kotak.
"""),
R("own_preloved", "listing", """
Jual Baju Hamil Bekas Pribadi — paket 6 pcs
Dress & celana hamil yang saya pakai selama hamil anak pertama, beli di Shopee dari toko lokal.
Kondisi 8/10, bersih, wangi.
Harga paket 200rb. COD Depok/Cinere.
Isi: 3 dress, 2 celana legging hamil, 1 kemeja menyusui. Ukuran M-L.
Kondisi masih bagus karena cuma dipakai beberapa bulan. Ada 1 dress yang sedikit pudar warnanya.
"""),
R("own_preloved", "post", """
Garage sale keluarga kami hari Minggu, jam 8-12 di carport rumah 🏠
Pakaian anak (bekas kakak-kakaknya), sepatu sekolah, tas, mainan, buku cerita.
Ada juga perabot dapur, rak buku, dan sepeda anak roda empat.
Tidak ada barang dagangan, semua barang keluarga sendiri yang sudah tidak terpakai.
Semua barang pribadi, harga 5rb-50rb, hasilnya untuk tabungan umroh nenek.
Alamat: Perum Bumi Asri blok F-7, Sidoarjo.
Semua barang sudah dicuci dan dikelompokkan per ukuran, silakan pilih sendiri.
"""),
R("own_preloved", "listing", """
Sepatu Futsal Specs size 42 — pemakaian 2 bulan
Beli di Sport Station Tunjungan Plaza. Dijual karena kaki saya ternyata 43.
Kondisi 90%, sol masih tajam, box masih ada.
Harga 280rb. Surabaya, COD ITS.
Nego tipis, serius saja ya.
Bisa dicoba dulu di lapangan futsal dekat kampus.
"""),
R("own_preloved", "post", """
Preloved corner 🌷
Gamis & khimar punya saya sendiri, beli di butik lokal (Zoya, Elzatta, Rabbani).
Dipakai 1-3x, kondisi mulus.
Harga 75-150rb. Bukan barang karungan ya kak, bisa saya kirim foto nota kalau perlu.
Ukuran M & L. Foto detail ada di album "Lemari Aisyah".
Alasan jual: lemari penuh, mau diisi koleksi baru lebaran nanti 😊
"""),
R("own_preloved", "listing", """
Seragam SD Bekas Anak Saya (lengkap)
Kemeja putih 2, celana merah 2, batik sekolah 1, pramuka 1. Ukuran 10-11 th.
Anak sudah naik SMP, masih layak pakai.
Harga paket 100rb, atau barter dengan seragam SMP ukuran S.
Lokasi Cimahi.
Semua sudah dicuci, tinggal setrika.
Kalau ada yang butuh tapi kurang mampu, silakan japri, bisa saya kasih gratis.
"""),
R("own_preloved", "post", """
Jual cepat koleksi jersey pribadi ⚽
Semua jersey ini saya beli sendiri, bukan dari lapak monza atau karungan.
Jersey Timnas 2019 & 2021 original (beli di official store Senayan), Persib musim lalu.
Pemakaian nonton bareng saja, sablon masih mulus.
250-400rb. Bandung, COD GBLA.
Nota pembelian masih saya simpan.
Ukuran L semua, kondisi 9/10. Bisa nego kalau ambil semua.
"""),
R("own_preloved", "listing", """
Jaket Kulit Lokal (Garut) — Preloved Sendiri
Dibeli langsung di Sukaregang 2021, dipakai motoran 1 tahun.
Kulit domba, size L, sudah saya rawat pakai leather balm.
Harga 650rb (beli 1,3 jt). Masih wangi kulit, bukan bau karung 😄
Ukuran: LD 58, panjang 66, lengan 64. Ada sedikit lecet di siku kiri.
"""),
R("own_preloved", "post", """
Halo grup jual beli Pekanbaru 👋
Saya jual 3 setelan PDH kantor (bekas saya, sudah pensiun). Jahit di penjahit Jl. Sudirman.
Ukuran XL, kondisi bagus. 100rb per setel.
Bisa ambil di Panam.
Kemeja putih 2 lembar ada bonus, masih bagus.
Dijual karena sudah tidak dipakai, daripada numpuk di lemari.
"""),
R("own_preloved", "listing", """
Tas Charles & Keith Preloved (Pribadi)
Beli di gerai Grand Indonesia 2022, dipakai kerja 6 bulan.
Kondisi 8.5/10, ada lecet kecil di sudut bawah.
Harga 350rb, lengkap dust bag & kartu garansi.
COD Jakarta Pusat atau kirim via Paxel.
Warna hitam, cocok untuk kerja dan kondangan.
"""),
R("own_preloved", "post", """
Bapak ibu, saya jual baju pengantin adat Bugis (baju bodo) milik sendiri, dipakai waktu resepsi.
Dijahit di Makassar, warna hijau zamrud, lengkap aksesori.
Dijual 1,5 jt atau disewakan 300rb.
Bukan barang cakar ya, ini kenang-kenangan tapi tidak ada tempat simpan.
Ukuran badan M, panjang bisa disesuaikan penjahit.
"""),
R("own_preloved", "listing", """
Kemeja Batik Tulis Preloved — Pekalongan
Koleksi almarhum ayah, dibeli di Pekalongan tahun 2015.
Ukuran L, kondisi 8/10, warna sogan masih bagus.
Harga 300rb. Semarang.
Cocok untuk kolektor batik atau dipakai kondangan.
Motif parang seling, pewarna alam, sudah dicuci lembut pakai lerak.
"""),
R("own_preloved", "post", """
WTS (want to sell) — lemari mahasiswa tingkat akhir 🎓
Hoodie himpunan, kaos panitia, kemeja flanel (beli di Matahari), sneakers Compass.
Semua milik pribadi, dipakai wajar.
10rb-200rb, ambil di sekitar kampus Jatinangor.
Sneakers size 42, kemeja flanel L, hoodie XL. Chat dulu buat cek stok.
"""),
R("own_preloved", "listing", """
Baju Bayi Bekas Anak Pertama — Paket 0-6 Bulan
Merk lokal (Velvet Junior, Libby), 25 pcs campur.
Kondisi bersih, ada yang masih baru belum dipakai.
Harga 150rb semua. Bogor.
Sudah dicuci dengan deterjen bayi dan disetrika.
Ada juga 3 bedong dan 2 topi bayi, bonus untuk pembeli paket.
"""),
R("own_preloved", "post", """
Kak, ini bukan thrift impor ya 😅 ini lemari aku sendiri.
Ada yang nanya kok harganya nggak semurah di lapak karungan: karena ini barang mall yang aku rawat, bukan barang bal.
Dress H&M, rok Cotton On, kemeja Uniqlo — semua belinya di mall Jakarta.
Aku jual karena berat badan berubah. Harga 50-120rb.
Cek highlight "PRELOVED" buat foto detail.
Pembelian 3 item gratis ongkir Jakarta.
"""),
R("own_preloved", "review", """
Review seller ⭐⭐⭐⭐⭐ (beli preloved dari @kak.yudha.runs)
Sepatu lari bekas pakai pribadinya, dia kasih lihat nota pembelian di Pacific Place dan data Strava 150 km.
Kondisi sesuai deskripsi, midsole masih empuk. COD di Senayan tepat waktu.
Jujur dan ramah, recommended kalau mau beli preloved pribadi yang jelas asal-usulnya.
"""),
R("own_preloved", "post", """
Lelang santai (bukan lelong ya 😆) koleksi kaos konser pribadi:
Koleksi ini saya kumpulkan sendiri dari nonton konser di Jakarta, Bandung, dan Jogja.
kaos tur band lokal 2012-2019, dibeli di venue konser.
Mulai 100rb, kelipatan 10rb, tutup Minggu jam 9 malam.
Pemenang transfer max 1x24 jam.
Kaos dicuci dan disimpan dalam plastik, sablon masih tajam.
"""),
R("own_preloved", "listing", """
Jas Pernikahan Sekali Pakai — Size 50
Dijahit di tailor Bandung (Jl. Braga), bahan wol Super 100.
Dipakai 1x akad, sudah dry clean.
Harga 1,2 jt (jahit 3,5 jt). Bisa fitting dulu di Bandung.
Lengkap dengan rompi dan dasi kupu-kupu.
Warna abu tua, cocok untuk wisuda dan kondangan.
"""),
R("own_preloved", "post", """
Mom's closet sale 👗
Baju-baju saya waktu masih kerja kantoran, beli di Metro & Sogo.
Sekarang jadi IRT jadi jarang dipakai.
Harga 40-100rb, ukuran M. Ongkir ditanggung pembeli. Makassar.
Bisa COD di Panakkukang, Sabtu siang.
Baju dibeli di mall Makassar, bukan barang cakar ya 😊
"""),
R("own_preloved", "profile", """
Lemari Nadia 🌷 preloved pribadi
👗 Baju kerja, dress, tas — semua punyaku sendiri, beli di mall & toko lokal
🧾 Nota tersedia untuk sebagian besar barang
❌ Bukan reseller, bukan barang bal/impor
📍 Bekasi | COD weekend
"""),
R("own_preloved", "post", """
Jual celana jeans Levi's pribadi, beli di store Levi's Plaza Senayan 2020.
Ukuran W31, jarang dipakai karena kekecilan.
Kondisi 9/10. 300rb nett.
Bukan barang seken luar, ada kartu member & struk.
Bisa COD Jakarta Barat.
Kondisi bersih, belum pernah dipermak.
"""),
R("own_preloved", "listing", """
Seragam Paskibra & PDU SMA — Bekas Pribadi
Ukuran M, lengkap dengan peci, kaos kaki, dan sarung tangan.
Dijahit koperasi sekolah, dipakai 2 kali upacara.
Harga 200rb. Tegal.
Cocok untuk adik kelas yang baru masuk pasukan.
Sudah dicuci dan disetrika, tinggal pakai.
Bisa COD di depan sekolah saat jam pulang.
"""),
R("own_preloved", "post", """
Sale lemari kos sebelum balik kampung ✌️
Kemeja kerja, celana chino, jaket parasut — beli di Ramayana & online shop lokal.
Semua 20-50rb, ukuran M.
Yogyakarta, ambil di Seturan sebelum Kamis.
Yang tidak laku saya taruh di lemari berbagi kampus.
Bisa nego kalau ambil lebih dari 3 potong.
"""),
R("own_preloved", "listing", """
Mukena & Sajadah Preloved (Pribadi) — Bordir Tasik
Dibeli di Tasikmalaya waktu umroh manasik, dipakai beberapa kali.
Kondisi bersih, wangi. Harga 150rb sepasang.
Garut/Tasik bisa COD.
Warna putih gading, bordir bunga melati.
Dijual karena ibu saya sudah dapat mukena baru dari keluarga.
"""),

# ---------------- used_nonclothing (legal) ----------------
R("used_nonclothing", "listing", """
Toyota Alphard 2.5 G 2019 — Eks Impor Jepang (CBU)
Pemilik tangan kedua, pemakaian keluarga, tidak pernah banjir atau tabrakan.
Km 48.000, servis rutin, pajak hidup.
Interior mulus, sunroof, power back door.
Harga 720 jt nego. Lokasi Surabaya. Cek unit bebas, bisa inspeksi independen.
Unit dibeli dari importir umum resmi, dokumen impor & BPKB lengkap.
""", el="1101"),
R("used_nonclothing", "listing", """
Mesin Jahit Bekas Jepang (Juki DDL-8700) — 10 unit
Eks pabrik garmen yang tutup, kondisi normal, dinamo servo.
Harga 2,3 jt/unit, ambil semua 20 jt.
Cocok untuk konveksi rumahan. Lokasi Bandung (Majalaya).
Yang dijual mesinnya saja ya, bukan stok kain atau baju.
Tersedia juga 4 mesin obras dan 2 mesin lubang kancing, tanya harga paket.
""", el="1101"),
R("used_nonclothing", "listing", """
iPhone 13 128GB Second Inter (ex Singapura)
Battery health 86%, mulus 95%, Face ID normal, IMEI terdaftar resmi.
Kelengkapan: unit + kabel. Harga 6,1 jt.
Garansi toko 7 hari. Batam, COD Nagoya.
Bisa tukar tambah dengan HP lain.
Bea masuk dan pajak sudah dibayar waktu dibawa pemilik pertama, IMEI aman.
""", el="1101"),
R("used_nonclothing", "post", """
Dijual motor bekas pribadi — Honda Beat 2018
Surat lengkap, pajak hidup sampai Oktober, mesin halus.
Harga 9,5 jt nego tipis. Lokasi Kediri.
Serius hubungi 0812xxxx.
Bisa cek ke bengkel langganan sebelum deal.
Ban depan baru diganti, aki masih bagus.
Warna hitam doff, ada lecet halus di body samping kiri.
"""),
R("used_nonclothing", "listing", """
Forklift Bekas Impor Jepang — Toyota 3 ton (2012)
Jam kerja 9.800 HM, mesin diesel, garpu 120 cm.
Sudah rekondisi, cat ulang, ban baru.
Harga 165 jt. Gudang Cikarang. Bisa dikirim.
Dokumen impor barang modal bukan baru tersedia.
Tersedia juga hand pallet bekas 3 unit.
""", el="1101"),
R("used_nonclothing", "listing", """
Laptop Bekas ThinkPad T480 — Eks Kantor
Core i5 gen 8, RAM 16GB, SSD 256GB, layar FHD.
Kondisi 85%, baterai tahan 3 jam.
Harga 3,4 jt. Garansi 1 bulan. Jakarta Pusat (Mangga Dua).
Windows & Office sudah terinstal.
Bonus tas laptop dan mouse wireless.
Tersedia juga 10 unit lain dengan spesifikasi serupa untuk kebutuhan kantor.
"""),
R("used_nonclothing", "post", """
Cuci gudang kantor! Lemari arsip, meja kerja, kursi putar — semua bekas pakai kantor kami.
Kondisi 70-90%. Harga mulai 100rb.
Ambil sendiri di Jl. Gatot Subroto, Sabtu 9-14.
Prioritas untuk yayasan & sekolah yang membutuhkan, ada harga khusus.
Barang diambil sendiri, kami bantu angkat sampai truk.
"""),
R("used_nonclothing", "listing", """
Kamera Bekas Fujifilm X-T3 (ex Japan)
Shutter count 18rb, body mulus, sensor bersih.
Kelengkapan: baterai 2, charger, strap.
Harga 9,8 jt. Bisa test di Jakarta Selatan.
Bonus lensa kit 18-55.
Dibeli dari pemilik pertama yang membawanya dari Jepang, garansi resmi sudah habis.
""", el="1101"),
R("used_nonclothing", "listing", """
Mesin Bordir Komputer Bekas (Tajima 12 kepala) — Eks Impor
Kondisi jalan, pernah dipakai produksi logo seragam.
Harga 95 jt. Lokasi Tasikmalaya. Termasuk software & bantuan instalasi.
Cocok untuk usaha bordir seragam sekolah dan instansi.
Teknisi kami bisa bantu pelatihan operator 2 hari.
""", el="1101"),
R("used_nonclothing", "post", """
Jual kulkas 2 pintu bekas (Sharp 250L), masih dingin, pemakaian 5 tahun.
Pindah rumah jadi tidak muat.
Harga 1,5 jt. Ambil sendiri di Medan Johor.
Bisa dicek dulu, kondisi normal tidak ada bocor freon.
Ambil sendiri, bawa pick up ya.
Bisa nego tipis, yang penting cepat diambil sebelum pindahan tanggal 25.
"""),
R("used_nonclothing", "listing", """
Sepeda Lipat Bekas Brompton M6L — eks Inggris
Frame original, rem & gir sudah diservis, ban baru.
Harga 18 jt. Surat pembelian dari pemilik pertama (dibeli di London).
Jakarta, bisa test ride di Senayan.
Bonus tas depan dan lampu.
Harga bisa nego tipis untuk yang serius.
""", el="1101"),
R("used_nonclothing", "listing", """
Buku Kuliah Bekas Teknik Sipil — paket 15 buku
Mekanika tanah, struktur beton, hidrologi. Ada coretan stabilo.
Harga 350rb. Bandung (dekat ITB).
Cocok untuk mahasiswa baru teknik sipil.
Bisa COD di depan kampus, Sabtu siang.
Buku diktat dosen dan kumpulan soal ujian tahun lalu juga ada, gratis untuk pembeli paket.
"""),
R("used_nonclothing", "post", """
Info: PT kami jual unit excavator bekas eks tambang, Komatsu PC200 (2015), 12.000 HM.
Kondisi siap kerja, dokumen lengkap, impor tahun 2015 via Tanjung Priok.
Harga 650 jt, nego. Lokasi Samarinda.
Bisa cek kondisi unit di lokasi tambang, janjian dulu.
Harga belum termasuk biaya mobilisasi ke luar Kalimantan Timur.
""", el="1101"),
R("used_nonclothing", "listing", """
Gitar Akustik Bekas Yamaha FG800
Senar baru, neck lurus, ada baret kecil di body.
Harga 1,5 jt, bonus hardcase. Malang.
Suara masih nyaring, action rendah, enak dimainkan.
Alasan jual: sudah beli gitar elektrik.
Bisa dicoba dulu di rumah, janjian lewat chat.
Ada bonus capo dan senar cadangan.
"""),
R("used_nonclothing", "listing", """
Mesin Cuci Laundry Bekas — Electrolux 10 kg (4 unit)
Eks usaha laundry kiloan yang tutup. Semua berfungsi.
Harga 2,5 jt/unit. Ambil di Sleman.
Catatan: yang dijual MESIN-nya, bukan pakaian 😁
Bisa dikirim ke luar kota, ongkir dihitung terpisah.
Tersedia juga 2 mesin pengering, tanya harga lewat chat.
"""),
R("used_nonclothing", "post", """
Lelang kendaraan dinas bekas Pemda (mobil & motor)
Dijual melalui KPKNL, penawaran online, jaminan 20% dari nilai limit.
Unit bisa dilihat di halaman kantor Dinas Perhubungan, 3-5 Mei.
Info resmi di laman lelang pemerintah.
Peserta wajib memiliki NPWP dan akun lelang terverifikasi.
"""),
R("used_nonclothing", "listing", """
Genset Bekas Denyo 25 kVA — ex Jepang
Silent type, jam operasi 6.000, mesin Kubota.
Harga 78 jt. Gudang Medan (KIM). Bisa dicoba di tempat.
Dokumen pembelian lengkap, cocok untuk pabrik kecil dan proyek.
Bisa dikirim ke luar Medan dengan truk, ongkos terpisah.
Garansi mesin 1 bulan dari bengkel kami.
""", el="1101"),
R("used_nonclothing", "review", """
⭐⭐⭐⭐⭐ Beli Nokia 3310 bekas buat koleksi
Sesuai foto, mulus, baterai masih kuat dua hari. Penjualnya kolektor HP jadul di Jogja, COD di Malioboro lancar.
Dikasih bonus casing cadangan. Recommended buat yang nyari HP lawas, tanya stok Siemens juga ada.
"""),
R("used_nonclothing", "post", """
Jual mesin press bal hidrolik bekas (untuk kardus & plastik)
Kapasitas 30 ton, pernah dipakai di usaha pengepul rongsok.
Harga 28 jt. Lokasi Bekasi. Cocok untuk bank sampah dan lapak daur ulang.
Bisa dilihat bekerja di tempat, tersedia juga 2 ton tali pengikat bal.
"""),
R("used_nonclothing", "listing", """
Honda Freed 2012 — eks impor Jepang (CBU), pemakaian pribadi
Km 98.000, AC dingin, kaki-kaki senyap.
Harga 128 jt. Lokasi Pekanbaru. Surat lengkap, pajak hidup.
Bisa kredit via leasing, DP mulai 25%.
Servis terakhir di bengkel resmi dua bulan lalu.
Ban masih tebal, kaca film baru, bisa cek di bengkel pilihan pembeli.
""", el="1101"),
R("used_nonclothing", "post", """
Jual perlengkapan bayi bekas: stroller, box bayi, car seat, bak mandi.
Dipakai anak saya 2 tahun, kondisi terawat.
Harga paket 1,2 jt. Tangerang, ambil sendiri.
Bisa beli satuan, stroller 600rb.
Anak sudah besar, barang terawat dan selalu disimpan di dalam rumah.
"""),
R("used_nonclothing", "listing", """
Kursi Salon Bekas (3 unit) + Wastafel Keramas
Eks salon yang renovasi, kulit sintetis masih bagus.
Harga 4,5 jt semua. Denpasar.
Hidrolik kursi masih naik turun normal, busa tidak kempes.
Harus ambil sendiri, tidak bisa dikirim.
Sekalian ada hair dryer berdiri dan troli salon, harga terpisah.
"""),
R("used_nonclothing", "listing", """
Mesin Obras Bekas Siruba 4 Benang — ex Taiwan
Jalan halus, pisau baru diasah, meja & dinamo lengkap.
Harga 2,1 jt. Cocok untuk penjahit rumahan. Klaten.
Bonus 5 cone benang dan jarum cadangan.
Bisa dicoba jahit di tempat sebelum bayar.
Cocok untuk usaha permak atau konveksi rumahan.
""", el="1101"),
R("used_nonclothing", "post", """
Dijual kapal kayu bekas (KM 12 GT), mesin Yanmar, cocok untuk angkut hasil laut.
Dokumen lengkap. Harga 180 jt nego. Lokasi Bitung.
Bukan untuk muatan gelap ya, saya jual ke nelayan atau pengusaha resmi saja.
Mesin baru turun mesin tahun lalu, siap melaut.
Bisa cek langsung di dermaga nelayan Bitung, hubungi dulu sebelum datang.
"""),
R("used_nonclothing", "listing", """
Mesin Kopi Espresso Bekas La Marzocco Linea (2 group) — eks impor Italia
Bekas kafe, servis rutin, boiler sehat.
Harga 65 jt. Jakarta Selatan. Bisa demo seduh.
Termasuk grinder dan knock box.
Dijual karena kafe pindah konsep, alat masih terawat.
Bisa bantu instalasi dan kalibrasi di lokasi pembeli area Jabodetabek.
""", el="1101"),
]
