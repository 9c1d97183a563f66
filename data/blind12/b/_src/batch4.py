from common import r

# batch 4: legal hard negatives that are offers (new goods, own preloved, charity, non-clothing)
RECORDS = [
r("listing", "hn_new_thrift_style", 1, 0, 1, 0, """Kemeja Flanel Thrift Look - BARU, Produksi Sendiri
Dijahit di konveksi kami di Bandung, motif kotak ala vintage 90an
Bahan flanel katun tebal, bukan barang bekas ya kak
Size S-XXL, harga 89rb
Ready stok banyak, bisa grosir untuk distro"""),

r("post", "hn_new_thrift_style", 1, 0, 1, 0, """Koleksi "Pasar Loak" kami sudah rilis! 🧵
Kaos washed dengan efek pudar biar kelihatan kayak hasil thrifting, padahal 100% baru dan dibuat di Solo
Harga launching 75rb sampai Minggu
Cek katalog lengkap di link bio
#localbrand #vintagestyle #bangganbuatanindonesia"""),

r("listing", "hn_new_thrift_style", 1, 0, 1, 0, """Celana Cargo Vintage Style Unisex (NEW)
Model retro ala thrift shop, tapi baru dari pabrik lokal
Masih ada tag & plastik
Warna army, hitam, krem
Harga 129rb, all size fit to 34"""),

r("profile", "hn_new_thrift_style", 1, 0, 1, 0, """Baju Tua Studio
Pakaian BARU bergaya retro, dijahit tangan di Yogyakarta
Kami tidak menjual barang bekas maupun impor
Custom order terima, min 12 pcs
IG & Shopee: bajutua.studio"""),

r("post", "hn_new_thrift_style", 1, 0, 1, 0, """Suka gaya thrifting tapi takut bau apek dan ribet nyuci? 😅
Cobain jaket corduroy kami: look-nya 80an banget, tapi baru gress, bahan adem, jahitan rapi
Made in Majalaya, harga 165rb
Order lewat WA admin 0896xxxx"""),

r("listing", "hn_new_import", 1, 0, 1, 1, """Dress Korea Import BARU - Bahan Premium
Baru datang dari Dongdaemun, masih bersegel plastik dengan hangtag
Bukan barang second!
Ukuran all size (LD 96), 4 warna
Harga 145rb, grosir min 6 pcs 130rb"""),

r("post", "hn_new_import", 1, 0, 1, 1, """PO sepatu running BNWT langsung dari outlet Singapura ✈️
Semua baru, box lengkap, nota pembelian disertakan
Close PO tanggal 20, barang tiba sekitar 2 minggu
DP 50% ya kak, list model & harga di highlight"""),

r("listing", "hn_new_import", 1, 0, 1, 1, """Kaos Polos Import Bangkok Grosir Murah
Barang baru, masih dalam plastik per lusin
Bahan cotton combed 24s
Harga 24rb/pcs, min order 1 lusin
Pengiriman dari Tanah Abang Blok A"""),

r("message", "hn_new_import", 1, 0, 1, 1, """Selamat siang kak, kami distributor jaket baru impor dari Guangzhou. 
Barang ready di gudang Jakarta, semua baru dengan label dan kemasan per pcs. Ada 12 model jaket parasut dan puffer. Harga grosir mulai 78rb untuk ambil minimal 30 pcs. Katalog bisa saya kirim lewat WA."""),

r("listing", "hn_own_preloved", 1, 1, 1, 0, """Preloved lemari pribadi - gamis & hijab
Beli sendiri di Zoya dan Elzatta, dipakai 1-2 kali lebaran kemarin
Sudah tidak muat setelah melahirkan 😅
Gamis 120rb, hijab 35rb, bisa paket
Lokasi Cirebon, COD sekitar kota"""),

r("post", "hn_own_preloved", 1, 1, 1, 0, """Cuci gudang lemari! Pindahan rumah jadi semua baju kerjaku aku lepas 🥲
Blazer, rok span, kemeja putih, sepatu pantofel 38
Semua pakaian pribadi, beli di mal dan toko online lokal, kondisi terawat
Harga 25-90rb, ambil di Karawaci aja ya"""),

r("listing", "hn_own_preloved", 1, 1, 1, 0, """Sepatu Futsal Specs Bekas Pakai Sendiri Size 41
Dipakai main tiap minggu selama 4 bulan, sekarang kekecilan
Sol masih bagus, jahitan aman
Beli di toko olahraga di Palembang, ada nota
Dilepas 140rb"""),

r("comment", "hn_own_preloved", 1, 1, 1, 0, """Aku juga mau lepas baju seragam SMA anakku yang sudah lulus, kak. Ada 3 kemeja putih, 2 rok abu, 1 pramuka. Kondisi bersih, bekas pakai setahun.
50rb semuanya untuk siapa aja yg butuh di Sidoarjo, ambil di rumah ya"""),

r("post", "hn_own_preloved", 1, 1, 1, 0, """Jual tas kulit koleksi pribadi 👜
Beli waktu masih kerja di Jakarta, sekarang jarang dipakai karena udah di kampung
Tas kerja hitam, dompet panjang, clutch pesta
Kondisi preloved 85%, harga 75-200rb
Foto detail cacat bisa diminta"""),

r("listing", "hn_own_preloved", 1, 1, 1, 0, """Baju Bayi Preloved Sepaket 30 pcs (0-6 bulan)
Bekas anak pertama, dibeli di toko perlengkapan bayi di Medan
Sudah dicuci & disetrika, beberapa noda kecil
Harga 180rb satu paket
Nggak dijual satuan ya"""),

r("post", "hn_charity_bazaar", 1, 1, 1, 0, """BAZAR AMAL SMP Tunas Harapan 🎗️
Sabtu, 14 September, 08.00-13.00 di halaman sekolah
Menjual pakaian layak pakai hasil donasi orang tua murid, mulai 5rb
Seluruh hasil penjualan untuk beasiswa siswa kurang mampu
Ayo datang dan ajak keluarga!"""),

r("post", "hn_charity_bazaar", 1, 1, 1, 0, """Jemaat yang terkasih, Komisi Diakonia GKJ Margoyudan mengadakan rummage sale pakaian bekas layak pakai sumbangan jemaat.
Tanggal: Minggu setelah ibadah kedua
Tempat: aula gereja
Harga seikhlasnya, minimal 5 ribu per potong. Hasil untuk korban banjir Demak. Tuhan memberkati."""),

r("message", "hn_charity_bazaar", 1, 1, 1, 0, """Assalamualaikum ibu-ibu majelis taklim 🙏
Jumat depan ada bazar baju pantas pakai di masjid Al-Ikhlas, hasil sumbangan warga RW 05.
Harga 3rb-15rb, uangnya untuk renovasi TPA.
Yang masih mau menyumbang pakaian bisa titip ke rumah Bu RT sampai Rabu."""),

r("post", "hn_charity_bazaar", 1, 1, 1, 0, """Garage sale komunitas @rumahsinggah.mks 🏠
Baju, sepatu, mainan hasil donasi teman-teman di Makassar
Semua murah, 5rb-20rb
Keuntungan 100% untuk biaya sekolah adik-adik binaan
Minggu 09.00 di Jl. Hertasning, depan minimarket"""),

r("post", "hn_donation_request", 0, 1, 1, 0, """Open donasi pakaian bekas layak pakai untuk warga terdampak gempa Cianjur 🙏
Yang dibutuhkan: selimut, sarung, baju anak, pakaian dalam BARU
Mohon sudah dicuci dan dilipat
Drop point: Posko Mahasiswa, Jl. Dipatiukur Bandung, sampai akhir bulan"""),

r("message", "hn_donation_request", 0, 1, 1, 0, """Bapak ibu warga Perum Griya Asri, panti asuhan Nurul Iman minta bantuan seragam sekolah bekas dan sepatu yang masih layak untuk 23 anak.
Kalau ada yang mau menyumbang, titip ke pos satpam blok A ya. Terima kasih banyak 🙏"""),

r("post", "hn_donation_request", 0, 1, 1, 0, """Kami dari Bank Sampah Berseri menerima sumbangan baju bekas apa saja, termasuk yang sudah sobek.
Yang layak disalurkan ke desa binaan, yang rusak kami olah jadi keset dan tas.
Penjemputan gratis area Kota Malang, min 5 kg. Hubungi 0812xxxx"""),

r("listing", "hn_non_clothing_used_import", 1, 1, 0, 1, """HP Bekas Jepang Ex-Docomo Sharp Aquos
Second mulus, fullset charger
Sudah unlock, sinyal aman semua operator
Harga 1,3jt, garansi toko 1 minggu
Lokasi ITC Roxy lt. 2"""),

r("listing", "hn_non_clothing_karung", 1, 1, 0, 0, """Jual Kardus Bekas per Bal - Siap Kirim
Kardus bekas bersih dari gudang minimarket, sudah di-press per bal ±50kg
Harga 3.200/kg
Pembeli pabrik daur ulang diutamakan
Lokasi Tangerang, bisa kirim pakai truk"""),

r("listing", "hn_non_clothing_used_import", 1, 1, 0, 1, """Mesin Jahit Juki Bekas Ex Jepang
High speed DDL-8700, kondisi normal siap pakai
Cocok buat konveksi rumahan
2,4jt, bisa kirim pakai kargo
Garansi 1 bulan part"""),

r("listing", "hn_non_clothing_karung", 1, 1, 0, 0, """Majun Kaos Putih per Karung 25kg
Kain lap potongan sisa, cocok untuk bengkel & pabrik
Daya serap bagus, tanpa kancing & resleting
Harga 190rb/karung
Stok rutin, kirim ke Cikarang, Karawang, Purwakarta"""),

r("post", "hn_non_clothing_karung", 1, 0, 0, 0, """Panen jahe merah minggu ini 🌱
Dijual per karung 50 kg, 1,1jt
Petani langsung dari Temanggung, tanpa tengkulak
Bisa kirim ke Semarang, Jogja, Solo pakai pick up"""),

r("listing", "hn_non_clothing_used_import", 1, 1, 0, 1, """Motor Bekas Honda CBR150 Eks Thailand CBU 2015
Surat lengkap, pajak hidup, mesin halus
Modif ringan, velg ori ada
Harga 18,5jt nego
Lokasi Sleman, no PHP"""),

r("listing", "hn_non_clothing_karung", 1, 0, 0, 1, """Kain Katun Roll Import Korea 60 yard
Kain baru gulungan, motif floral untuk gamis & dress
Harga 1,85jt per roll
Grosir konveksi, minimal 2 roll
Gudang Cigondewah Bandung"""),

r("listing", "hn_non_clothing_karung", 1, 1, 0, 0, """Botol Plastik PET Bekas Sudah Dipress per Bal
Hasil pengepul, bening & campur warna dipisah
Harga 4.500/kg bening, 2.500/kg campur
Min 1 ton, lokasi Sidoarjo"""),

r("listing", "hn_factory_reject", 1, 0, 1, 0, """Kaos Sisa Ekspor Garmen Semarang - Reject Ringan
Baru, belum pernah dipakai, cacat sablon miring atau jahitan tidak rata
Merk dipotong
Harga 18rb/pcs, min 1 kodi
Gudang Ungaran"""),

r("post", "hn_factory_reject", 1, 0, 1, 0, """Obral celana anak sisa produksi pabrik di Sukoharjo 🧒
Semua baru, hanya overstock dan ada yang salah ukur label
Harga per lusin 150rb
Cocok buat dijual lagi di pasar malam
WA 0877xxxx"""),

r("listing", "hn_factory_reject", 1, 0, 1, 0, """Jaket Parasut Factory Outlet Cacat Minor BARU
Sisa order brand luar yang dibatalkan, diproduksi pabrik di Bogor
Tag dipotong, ada noda kapur jahit yang hilang dicuci
Harga 65rb
Ukuran M-XXL"""),

r("message", "hn_factory_reject", 1, 0, 1, 0, """Pak, konveksi kami ada stok kemeja seragam baru hasil overproduksi order kantor, sekitar 400 pcs. Warna biru dongker, logo belum dibordir.
Mau kami lepas 35rb per pcs, bisa ambil di Bekasi. Bukan barang bekas, masih dalam plastik semua."""),

r("listing", "hn_plain_clothing", 1, 0, 1, 0, """Gamis Syari Motif Bunga Bahan Ceruti
Jahitan rapi, busui friendly, resleting depan
Warna dusty pink, sage, navy
Harga 155rb, gratis pouch
Ready di Garut, kirim tiap hari"""),

r("post", "hn_plain_clothing", 1, 0, 1, 0, """Sarung tenun Samarinda asli buatan pengrajin lokal 🧣
Motif kotak tradisional, bahan sutra campur
Harga mulai 250rb
Cocok untuk oleh-oleh dan seserahan
Kunjungi kampung tenun kami di Samarinda Seberang"""),

r("listing", "hn_plain_clothing", 1, 0, 1, 0, """Seragam Sekolah SD Merah Putih Lengkap
Kemeja + celana/rok, bahan tidak panas
Ukuran 6-14
Harga paket 110rb
Toko Berkah Seragam, Pasar Anyar Tangerang"""),

r("live", "hn_plain_clothing", 1, 0, 1, 0, """Live jualan mukena bordir Tasik malam ini ya bunda 🤍
Semua baru dari pengrajin, bahan rayon adem
Harga live 95rb, normal 130rb
Ketik "MUKENA + warna" di komen, nanti admin bantu checkout"""),

r("post", "hn_local_upcycle", 1, 1, 1, 0, """Tas totebag dari jeans bekas, dijahit tangan oleh ibu-ibu PKK Kelurahan Kauman 🌿
Bahan jeansnya sumbangan warga sekitar, bukan beli dari luar
Satu tas 45rb, semua hasil untuk kas PKK
Pesan lewat Bu Sri 0815xxxx"""),

r("listing", "hn_local_upcycle", 1, 1, 1, 0, """Rework Jacket dari Seragam Bekas Pabrik
Kami olah ulang kemeja kerja bekas dari pabrik tekstil di Pekalongan jadi jaket chore
Tiap jaket beda, ada bekas logo lama yang kami tutup patch
Harga 210rb
Brand lokal @ulang.pakai"""),

r("post", "hn_local_upcycle", 1, 1, 1, 0, """Keset dan selimut perca dari baju bekas warga Desa Sumberejo 🧶
Kainnya dikumpulkan dari sumbangan tetangga, dipotong lalu dijahit ulang
Keset 20rb, selimut kecil 85rb
Bisa dibeli di stand UMKM balai desa tiap Sabtu"""),
]
