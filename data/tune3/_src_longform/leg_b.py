from common import R
ROWS = [
# ---------------- charity_sale (16) offer1 used1 clothing1 abroad0 ----------------
R("post","charity_sale","1110","""
🎒 CHARITY THRIFT SALE OSIS SMAN 4 🎒
Hari Sabtu, 09.00-13.00 di lapangan basket sekolah
Barang dari donasi siswa, guru, dan orang tua: seragam, kemeja, jaket, sepatu
Harga 5rb-30rb, semua hasil penjualan untuk korban banjir di Demak
Yang mau donasi baju layak pakai bisa titip di ruang OSIS sampai Jumat
#charitysale #osis #thriftforgood
"""),
R("post","charity_sale","1110","""
Bazar Baju Layak Pakai — Gereja Santo Yosef
Minggu setelah misa kedua, halaman aula paroki
Pakaian sumbangan umat, sudah dicuci dan disortir ibu-ibu WK
Harga seikhlasnya mulai Rp5.000
Hasil bazar untuk beasiswa anak-anak asuh paroki
Tuhan memberkati 🙏
"""),
R("post","charity_sale","1110","""
Thrift sale kelas XI IPS 2 buat dana study tour 😆
Isinya baju-baju kita sendiri & sumbangan kakak kelas, bukan barang bal ya
Kaos 10rb, kemeja 15rb, jaket 25rb
Kamis-Jumat istirahat kedua, depan kantin
Bantu kami sampai ke Jogja!
#thriftsale #sekolah
"""),
R("post","charity_sale","1110","""
Garage Sale Amal Komunitas Ibu Menyusui Depok 🍼
Baju hamil, baju bayi, gendongan — semua dari anggota komunitas, dibeli di sini dulu
Harga Rp10.000-Rp50.000
Seluruh hasil untuk donor ASI & kebutuhan bayi di panti
Minggu, 08.00-12.00, Balai Warga Sukmajaya
"""),
R("post","charity_sale","1110","""
Pasar Murah Baju Bekas Masjid Al-Ikhlas
Dalam rangka Ramadan, remaja masjid menjual pakaian sumbangan jamaah
Gamis, koko, mukena, baju anak, semua layak pakai
Harga Rp3.000-Rp20.000
Hasil untuk santunan anak yatim. Ba'da Ashar tiap Sabtu selama Ramadan
"""),
R("post","charity_sale","1110","""
Preloved charity sale BEM FEB 💚
Kita kumpulin baju-baju dari mahasiswa & dosen, yang masih bagus kita jual, sisanya didonasikan
Semua barang pemakaian pribadi, dibeli di Indonesia
Harga mulai 5k, ada sepatu dan tas juga
Lokasi: selasar gedung B, Rabu-Jumat
#preloved #charity #kampus
"""),
R("post","charity_sale","1110","""
Bazaar Amal SD Harapan Bangsa
Jualan seragam bekas kakak kelas (masih bagus), buku, dan mainan
Seragam putih merah 15rb, pramuka 20rb, olahraga 10rb
Hasil untuk perbaikan perpustakaan sekolah
Jumat, 07.30-11.00 di halaman sekolah
"""),
R("post","charity_sale","1110","""
Thrift for Palestine 🇵🇸
Komunitas hijrah Medan mengadakan jual baju bekas hasil donasi anggota
Tidak ada barang monza atau barang karungan, semuanya donasi pribadi
Gamis 25rb, kemeja 15rb, jilbab 10rb
Seluruh hasil disalurkan lewat lembaga resmi
Sabtu ini di Masjid Raya Al-Mashun, serambi kanan
"""),
R("post","charity_sale","1110","""
JUMBLE SALE PMR SMP 2
Barang bekas layak pakai dari rumah masing-masing siswa: jaket, sepatu, tas, buku
Harga mulai 2 ribu!
Uangnya untuk beli perlengkapan P3K sekolah
Senin-Rabu jam istirahat di depan UKS
"""),
R("post","charity_sale","1110","""
Bazar Kasih Jemaat GPIB Bethel
Pakaian pantas pakai sumbangan jemaat, sudah dicuci dan disetrika
Kemeja 10rb, dress 15rb, sepatu 20rb
Hasil bazar untuk pelayanan diakonia (bantuan lansia)
Sabtu pukul 09.00, gedung serbaguna gereja
"""),
R("post","charity_sale","1110","""
🌿 Swap & Sale Komunitas Zero Waste Bali 🌿
Bawa baju lamamu, tukar dengan punya teman, atau beli dengan harga donasi
Semua baju berasal dari lemari anggota, bukan stok dagangan
Hasil penjualan untuk program bersih pantai Kuta
Minggu, 15.00-18.00, Rumah Kompos Denpasar
#zerowastebali #swapsale
"""),
R("post","charity_sale","1110","""
Penggalangan Dana Korban Gempa Cianjur — Lapak Baju Bekas Karang Taruna
Warga RW 08 menyumbangkan baju layak pakai untuk dijual murah
Harga Rp5.000-Rp25.000, semuanya hasil donasi warga
Uang terkumpul langsung dibelikan tenda & selimut
Buka setiap sore di pos ronda
"""),
R("post","charity_sale","1110","""
Charity thrift dari Rumah Singgah Kanker Anak 🎗️
Pakaian & sepatu donasi relawan dan donatur, dipilih yang masih bagus
Kaos anak 5rb, jaket 20rb, sepatu 15rb
Semua hasil untuk biaya transport pasien anak
Buka Sabtu-Minggu di garasi rumah singgah
"""),
R("post","charity_sale","1110","""
OSIS SMK Negeri 1 Kupang adakan "RB Amal"
Siswa kumpulkan baju layak pakai dari rumah, lalu dijual murah ke warga
Baju 5 ribu, celana 10 ribu
Hasil untuk bantu teman-teman yang rumahnya kena angin kencang
Dong semua bisa datang Sabtu pagi di halaman sekolah
"""),
R("post","charity_sale","1110","""
Flea market amal kantor 🏢
Karyawan membawa pakaian, tas, dan sepatu pribadi yang sudah tidak dipakai
Harga 10rb-75rb, blazer kerja juga ada
100% hasil disumbangkan ke panti wreda di Cibubur
Jumat sore, lobi lantai dasar
"""),
R("post","charity_sale","1110","""
Bazar Murah Muslimah Makassar
Baju-baju sumbangan anggota pengajian, bukan cakar karungan
Gamis, rok, jilbab, mukena — semua layak pakai
Harga mulai 5 ribu
Hasilnya untuk pembangunan TPA di Barombong
Ahad pagi di halaman masjid
"""),
# ---------------- personal_preloved (18) offer1 used1 clothing1 abroad0 ----------------
R("listing","personal_preloved","1110","""
Preloved pribadi - Jaket Jeans Levi's
Beli di Levi's Store Grand Indonesia 2021, dipakai ± 5x
Size M, kondisi 95%
Dijual karena sudah tidak muat
Rp350.000, COD Jakarta Selatan
Disclaimer: ini barang pribadi, bukan barang thrift/bal
"""),
R("listing","personal_preloved","1110","""
Jual koleksi pribadi: 3 dress kondangan
Beli di Pasar Baru & butik lokal, masing-masing dipakai 1-2x
Size S, warna sage, dusty pink, navy
Rp75.000/pcs atau 3 pcs Rp200.000
Bukan barang impor bekas, murni lemari sendiri yang kepenuhan 😅
"""),
R("post","personal_preloved","1110","""
Beberes lemari, lepas beberapa baju yang jarang kepake 🧹
• Kemeja linen Uniqlo (beli di Uniqlo Gandaria City) - 90rb
• Blazer hitam Zara (beli di PIM) - 150rb
• Celana kulot lokal - 60rb
Pemakaian pribadi, bukan dari karungan. COD Bintaro atau kirim.
"""),
R("listing","personal_preloved","1110","""
Sepatu Nike Air Force 1 preloved (pemakaian sendiri)
Beli di Foot Locker Surabaya tahun 2022, ada nota
Size 42, sol masih tebal, box ada
Rp650.000 nego tipis
Dijual karena kaki sekarang lebih nyaman pakai sepatu lari
"""),
R("post","personal_preloved","1110","""
Dodolan klambi lawas nggone dewe 🙏
Iki dudu barang bal, kabeh tuku dhewe neng Malioboro karo mall Jogja
Kemeja batik 50rb, kaos 25rb, jaket 80rb
Isih apik, mung wis ora muat
COD sak Jogja kota
"""),
R("post","personal_preloved","1110","""
Ngajual baju urut sorangan, lain barang karungan nya 🙏
Meser di Bandung, dianggo sababaraha kali hungkul
Kemeja flanel 45rb, rok plisket 40rb, sweater 60rb
Tiasa COD di Cimahi atawa dikirim
"""),
R("listing","personal_preloved","1110","""
Preloved Gamis Syar'i Brand Lokal
Beli di store resmi di Bandung, dipakai lebaran 1x
Size L, warna maroon, lengkap dengan khimar
Harga beli 650rb, dilepas 300rb
Alasan jual: sudah punya model mirip
Bukan barang bekas luar negeri ya kak 🙏
"""),
R("post","personal_preloved","1110","""
Selling my own clothes (not thrift stock!)
All bought in Jakarta malls, worn a few times:
- H&M knit cardigan, size S - 80k
- Cotton On denim skirt - 70k
- Local brand linen pants - 90k
DM for pics. Jakarta Barat COD only.
"""),
R("listing","personal_preloved","1110","""
Jaket Kulit Pribadi - Buatan Garut
Dibeli langsung di Sukaregang Garut 2019, dipakai touring beberapa kali
Size XL, kulit domba, lining masih bagus
Rp700.000
Barang pribadi, bukan seken luar
Bisa dilihat langsung di Cipanas
"""),
R("post","personal_preloved","1110","""
Jual baju bayi bekas anak sendiri 👶
Usia 0-6 bulan, beli di Mothercare & pasar lokal
Ada 20 potong: jumper, bodysuit, celana
Paket 150rb semua
Masih bagus, anak cepat gede jadi cuma dipakai sebentar
"""),
R("listing","personal_preloved","1110","""
Kebaya Wisuda Preloved - Jahit Sendiri
Dijahitkan di penjahit di Solo, dipakai sekali waktu wisuda
Size M (LD 88), warna lilac
Rp250.000 termasuk rok batik
Bukan barang bal, ini kebaya pribadi 🙏
"""),
R("post","personal_preloved","1110","""
Sa jual baju-baju sa sendiri, bukan RB ya
Sa beli di toko di Kupang dulu waktu kerja, sekarang su seng muat
Kemeja kantor 40 ribu, celana bahan 50 ribu, sepatu pantofel 80 ribu
Bisa ambil di Oesapa
"""),
R("listing","personal_preloved","1110","""
Preloved Tas Kerja Wanita (Pribadi)
Brand lokal, beli di Sogo Medan 2020
Kondisi 85%, ada lecet di sudut
Rp180.000
Dijual karena ganti model. Bukan barang monza ya kak
"""),
R("post","personal_preloved","1110","""
Clearance lemari sebelum pindah kos 📦
Kaos-kaos distro Bandung 30rb, jaket parasut 70rb, sepatu kets lokal 100rb
Semua barang pakai sendiri, beli di Indonesia
Ambil di Jatinangor, mau pindah Minggu
"""),
R("listing","personal_preloved","1110","""
Jersey Timnas Indonesia Original (Preloved Pribadi)
Beli di official store tahun 2023, dipakai nonton di GBK 2x
Size L, masih ada hangtag cadangan
Rp400.000
Barang pribadi, bukan hasil bongkar bal
"""),
R("post","personal_preloved","1110","""
Ibu-ibu, saya jual seragam kerja bekas suami (sudah pensiun)
Kemeja PDH 6 potong, celana bahan 4 potong, beli di penjahit Pekanbaru
Rp20.000 per potong, masih bagus
Bisa untuk satpam atau pekerja lapangan
Ambil di rumah, Jl. Arifin Ahmad
"""),
R("listing","personal_preloved","1110","""
Sneakers Compass Gazelle (Preloved Sendiri)
Beli pas drop resmi, dipakai ± 3 bulan
Size 41, sol 80%, ada box
Rp450.000
Dijual buat tambahan bayar kuliah 🙏 Bukan barang impor bekas
"""),
R("post","personal_preloved","1110","""
Koleksi kemeja batik almarhum bapak, dijual ke yang mau merawat 🙏
Batik tulis Pekalongan & Solo, dibeli beliau sendiri
Size L-XL, 8 potong
Harga 100-250rb tergantung motif
Sudah dicuci dan disimpan dengan kamper
"""),
# ---------------- per_bal_other_goods (18) clothing0 ----------------
R("listing","per_bal_other_goods","1000","""
JUAL TEMBAKAU MADURA PER BAL
Tembakau rajangan kering, aroma harum, panen tahun ini
1 bal ± 40 kg, harga Rp3,2 juta / bal
Grade A (daun tengah), grade B (daun bawah) Rp2,4 juta
Kirim dari Pamekasan ke seluruh Jawa
Minat: 0819xxxx
"""),
R("listing","per_bal_other_goods","1000","""
KAPAS KAPUK RANDU PER BAL
Isi ± 50 kg per bal press, bersih tanpa biji
Cocok untuk isi kasur, bantal, guling
Rp1,1 juta / bal, ambil 5 bal harga 1 juta
Produksi Pati, Jawa Tengah
Pengiriman truk ke luar kota
"""),
R("listing","per_bal_other_goods","1100","""
Kardus bekas per bal (press)
1 bal ± 80-100 kg, kardus coklat campur
Rp2.800/kg, cocok untuk pengepul atau pabrik kertas daur ulang
Ambil di gudang Sidoarjo, bisa diantar dengan tambahan ongkos
Harga nego untuk pembelian rutin
"""),
R("post","per_bal_other_goods","1000","""
Sedia jerami padi per bal untuk pakan ternak & media jamur 🌾
1 bal ± 15-20 kg, diikat tali rafia
Rp15.000/bal, ambil 100 bal ke atas Rp12.000
Lokasi Karawang, bisa antar pakai pikap
Pesan H-2 ya
"""),
R("listing","per_bal_other_goods","1001","""
Kapas Serat Polyester (Dacron) Impor per Bal
Serat baru, putih bersih, untuk isi boneka & bantal
1 bal 20 kg, Rp900.000
Barang dari China, dokumen lengkap
Grosir untuk konveksi bantal
"""),
R("listing","per_bal_other_goods","1100","""
Kain perca / majun per karung
Sisa potongan konveksi lokal, bahan kaos campur warna
1 karung ± 25 kg, Rp75.000
Cocok untuk lap bengkel, isian keset, kerajinan
Ambil di Cigondewah, Bandung
"""),
R("listing","per_bal_other_goods","1000","""
BENANG RAJUT POLYESTER PER BAL
1 bal isi 10 kg (40 gulung), warna bisa dipilih
Rp650.000 per bal
Untuk pengrajin rajut, konveksi, dan UMKM
Dikirim dari Majalaya
"""),
R("post","per_bal_other_goods","1100","""
Butuh kertas HVS & koran bekas per bal? 📰
Kami pengepul di Medan, press rapi per 50 kg
Koran Rp3.500/kg, HVS Rp4.000/kg, kardus Rp2.700/kg
Bisa kirim ke pabrik atau pengepul besar
"""),
R("listing","per_bal_other_goods","1000","""
Tembakau Temanggung Srinthil - Keranjang & Bal
Kemasan keranjang 30 kg atau bal 40 kg
Grade campur, panen musim kemarau
Harga mulai Rp150.000/kg
Langsung dari petani di lereng Sindoro
"""),
R("listing","per_bal_other_goods","1100","""
Botol plastik PET bekas per bal press
Sudah dipisahkan dari tutup & label, 1 bal ± 150 kg
Rp4.500/kg, bisa kirim ke pabrik daur ulang di Cikarang
Pengepul Bekasi, pembelian rutin dilayani
"""),
R("listing","per_bal_other_goods","1001","""
Kulit sapi mentah garaman impor Australia per bal
Untuk industri penyamakan, 1 bal ± 20 lembar
Dokumen karantina lengkap
Harga sesuai kurs, hubungi marketing
Gudang Tanjung Priok
"""),
R("post","per_bal_other_goods","1000","""
Pupuk kandang kotoran kambing per karung 🐐
1 karung ± 25 kg, sudah kering dan difermentasi
Rp20.000/karung, ambil 50 karung gratis antar area Boyolali
Cocok untuk sayur dan buah
"""),
R("listing","per_bal_other_goods","1000","""
Rumput Odot / Pakchong kering per bal
Press padat, 1 bal ± 25 kg
Rp45.000/bal, minimal 20 bal
Kirim dari Lampung Tengah pakai truk
Untuk peternak sapi & kambing
"""),
R("listing","per_bal_other_goods","1000","""
KAIN GREIGE PER BAL (ROL)
1 bal = 10 rol, @ ± 100 meter
Kain baru produksi pabrik Pekalongan, belum dicelup
Harga Rp7.500/meter
Untuk konveksi & pengrajin batik
"""),
R("post","per_bal_other_goods","1000","""
Jual kopra per karung dari Halmahera 🥥
Kopra putih kering, 1 karung ± 60 kg
Rp8.000/kg di Ternate, kirim kapal ke Surabaya bisa diatur
Pesan lewat WA, stok tiap minggu
"""),
R("listing","per_bal_other_goods","1001","""
Gandum pakan ternak impor per karung
1 karung 50 kg, asal Australia
Rp320.000/karung, grosir 1 ton harga khusus
Gudang Makassar, kirim Sulawesi & Maluku
"""),
R("post","per_bal_other_goods","1100","""
Karung goni bekas per ikat (bal) 🧺
Bekas karung kopi & kakao, 1 bal isi 100 lembar
Rp350.000/bal, cocok untuk kerajinan, tanam sayur, atau karung pasir
Ambil di Pelabuhan Bitung, Sulut
"""),
R("listing","per_bal_other_goods","1000","""
Serat Sabut Kelapa (Cocofiber) Press per Bal
1 bal 100 kg, kadar air < 15%
Rp2.500/kg, tujuan ekspor & lokal
Produksi UMKM Ciamis
Bisa kontrak bulanan
"""),
# ---------------- used_vehicle_machine_import (16) offer1 used1 clothing0 abroad1 ----------------
R("listing","used_vehicle_machine_import","1101","""
DIJUAL MESIN DIESEL 4D56 EX JEPANG (SECOND)
Kondisi mesin halus, kompresi bagus, tanpa dokumen kendaraan
Cocok untuk genset atau kapal
Harga Rp18 juta, bisa dicoba di bengkel
Lokasi Surabaya, kirim luar kota via ekspedisi
"""),
R("listing","used_vehicle_machine_import","1101","""
Toyota Alphard 2019 Impor (CBU) - Bekas Pakai Pribadi
KM 58rb, service record lengkap
Pajak hidup, surat-surat komplit
Rp780 juta nego
Showroom Kelapa Gading, bisa test drive
"""),
R("listing","used_vehicle_machine_import","1101","""
Excavator Komatsu PC200-8 ex Jepang, second
HM 9.800, undercarriage 70%, siap kerja
Sudah clearance kepabeanan, dokumen lengkap
Harga Rp780 juta lokasi Balikpapan
Inspeksi unit dipersilakan
"""),
R("listing","used_vehicle_machine_import","1101","""
Motor Harley-Davidson Softail 2016 ex Singapura
Bekas pemakaian pemilik pertama di SG, masuk resmi, pajak aktif
KM 21.000, mesin normal, banyak part upgrade
Rp390 juta
Lokasi Batam, bisa dibantu kirim ke Jakarta
"""),
R("listing","used_vehicle_machine_import","1101","""
MESIN JAHIT INDUSTRI JUKI SECOND JEPANG (rekondisi)
Jarum 1, high speed, kondisi 90%
Lengkap meja & dinamo servo
Rp2,8 juta / unit, ready 15 unit
Cocok buat konveksi pemula, kirim dari Bandung
"""),
R("listing","used_vehicle_machine_import","1101","""
Forklift Toyota 3 ton ex Japan - bekas
Tahun 2015, mesin bensin/LPG, hour meter 6.500
Garpu & ban masih bagus
Rp145 juta, unit di gudang Cikarang
Bisa kredit via leasing
"""),
R("listing","used_vehicle_machine_import","1101","""
iPhone 13 Pro 256GB ex Inter (bekas)
Beli di Singapura, pemakaian pribadi 1 tahun, IMEI terdaftar
Baterai 88%, mulus, fullset box
Rp9,3 juta, COD Jakarta Barat
"""),
R("listing","used_vehicle_machine_import","1101","""
Kereta Rel Diesel bekas Jepang? Bukan dijual ya 😅
Tapi kami jual replika & suku cadang bekas KRL ex Tokyo Metro: kursi, pegangan, lampu kabin
Barang sisa pemotongan resmi, kondisi bekas pakai
Harga mulai 250rb, cocok untuk kolektor railfans
Lokasi Bekasi
"""),
R("listing","used_vehicle_machine_import","1101","""
Mesin Fotokopi Canon IR 5000 Rekondisi ex Jepang
Counter rendah, hasil copy tajam
Garansi 3 bulan, bisa antar & setting
Rp11,5 juta
Distributor di Mangga Dua
"""),
R("listing","used_vehicle_machine_import","1101","""
Dijual Truk Hino Dutro Bekas Impor Jepang (Left over)
Tahun 2012, sudah balik nama, uji KIR aktif
Bak kayu, mesin prima
Rp235 juta nego
Lokasi Makassar
"""),
R("listing","used_vehicle_machine_import","1101","""
Genset Denyo 25 KVA ex Japan (second)
Silent type, jam kerja rendah, tegangan stabil
Cocok untuk toko, kantor, atau proyek
Rp78 juta, bisa dicoba di gudang Medan
"""),
R("listing","used_vehicle_machine_import","1101","""
Laptop ThinkPad X1 Carbon ex Korea Bekas Kantor
Core i7 gen 10, RAM 16GB, SSD 512
Fisik 90%, baterai aman
Rp6,5 juta, garansi toko 1 bulan
Toko di Harco Glodok
"""),
R("listing","used_vehicle_machine_import","1101","""
Kapal Nelayan FRP Bekas dari Jepang
Panjang 12 m, mesin Yanmar, sudah diperiksa
Dokumen impor & surat ukur lengkap
Harga Rp420 juta
Lokasi Bitung, Sulawesi Utara
"""),
R("listing","used_vehicle_machine_import","1101","""
VESPA PX 150 ex Italia (bekas restorasi)
Masuk resmi lewat importir umum tahun 2010, surat lengkap
Mesin original, cat baru
Rp38 juta
Bisa lihat di garasi Jogja
"""),
R("listing","used_vehicle_machine_import","1101","""
Mesin Bordir Tajima 6 Kepala Second ex Jepang
Tahun 2012, kondisi terawat, lengkap software
Rp165 juta, termasuk instalasi dan pelatihan operator
Lokasi Tangerang
"""),
R("listing","used_vehicle_machine_import","1101","""
Kamera Fujifilm X-T3 ex Jepang (bekas pemakaian)
Dibeli di Tokyo, dibawa pulang pribadi, shutter count 12rb
Body mulus, kelengkapan charger & 2 baterai
Rp11 juta, COD Surabaya
"""),
]
