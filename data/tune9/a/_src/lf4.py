# long-form batch 4: legal, same words in innocent senses
DATA = [
("""Preloved pribadi, declutter lemari 🧺
1. Dress batik, beli di Batik Keris, dipakai 2x — 60rb
2. Kemeja putih kantor, size M — 35rb
3. Celana kulot hitam — 40rb
Semua milik sendiri, bukan barang dagangan.
COD sekitar Cibubur ya""", "listing", "hn_own_preloved", 1,1,1,0),
("""Jual baju bekas anak saya, usia 1-2 tahun
Isi 15 potong: kaos, celana, piyama
Masih layak, beberapa ada noda kecil
Semua dibeli di Carrefour & pasar dekat rumah
Harga 100rb semua, ambil sendiri di Sleman""", "listing", "hn_own_preloved", 1,1,1,0),
("""Dijual Motor Bekas Yamaha NMAX 2020
Warna hitam doff, km 25rb
Pajak hidup sampai Agustus
Surat lengkap BPKB & STNK atas nama sendiri
Harga 22jt nego
Lokasi Cimahi""", "listing", "hn_used_vehicle", 1,1,0,0),
("""HP second iPhone 12 128GB
Ex inter, all operator
Battery health 84%
Fullset box dan kabel
Minus lecet halus di bodi
Harga 5,3jt, COD Jakarta Barat atau kirim pakai asuransi""", "listing", "hn_used_phone", 1,1,0,0),
("""Kaos Oversize Thrift Style - Koleksi Baru
Bahan cotton combed 24s, dibuat di konveksi kami sendiri di Bandung
Wash effect biar keliatan vintage, tapi 100% BARU
Ukuran M, L, XL
Harga 79rb
Bukan barang bekas ya kak 😊""", "listing", "hn_new_thrift_style", 1,0,1,0),
("""Bazar Amal SMA Negeri 5
Sabtu, 14 Des, di lapangan sekolah
Menjual pakaian layak pakai hasil donasi siswa & guru
Harga 5rb-20rb
Seluruh hasil untuk beasiswa siswa kurang mampu
Ayo datang dan ajak keluarga!""", "post", "hn_charity_bazaar", 1,1,1,0),
("""Kami membuka donasi pakaian layak pakai untuk korban banjir di Demak.
Yang dibutuhkan: pakaian anak, sarung, selimut, pakaian dalam baru.
Drop point: Masjid Al-Ikhlas, Jl. Kenanga 3
Mohon pakaian dalam kondisi bersih dan tidak sobek.
Terima kasih orang baik 🙏""", "post", "hn_donation", 0,1,1,0),
("""Jual beras medium per karung
Karung 25kg: 300rb
Karung 50kg: 590rb
Antar gratis sekitar Kecamatan Sukoharjo
Stok dari penggilingan sendiri, beras baru giling""", "listing", "hn_karung_produce", 1,0,0,0),
("""Sepatu Impor Original BNWT
Adidas Samba OG, size 40-44
Baru, lengkap box & tag
Barang import resmi dari Vietnam, bukan KW
Harga 1,45jt
Bisa cek keaslian di toko fisik kami""", "listing", "hn_new_import", 1,0,1,1),
("""Kaos Reject Pabrik Brand Ternama
Barang BARU, cacat minor (sablon miring, benang lepas)
Ukuran campur S-XXL
Harga 25rb/pcs, 10 pcs 220rb
Sumber: pabrik garmen di Semarang
Bukan barang bekas""", "listing", "hn_factory_reject", 1,0,1,0),
("""Swap party komunitas Zero Waste Surabaya ♻️
Bawa maksimal 5 baju bekas layak pakai milikmu, tukar dengan punya orang lain.
Gratis, tidak ada jual beli.
Minggu, 10.00-14.00 di Taman Bungkul.
Baju yang tersisa akan didonasikan.""", "post", "hn_swap", 0,1,1,0),
("""Jual lemari dan rak bekas pindahan:
- lemari pakaian 3 pintu: 800rb
- rak sepatu besi: 75rb
- meja rias: 300rb
Harus diambil sendiri, lantai 2 tanpa lift
Lokasi Bintaro""", "listing", "hn_used_furniture", 1,1,0,0),
("""Gamis Preloved Pribadi (Bukan Reseller)
Merek: Zoya
Size: L
Dipakai sekali untuk lebaran tahun lalu
Harga 120rb (beli 350rb)
Alasan dijual: sudah tidak muat pasca melahirkan""", "listing", "hn_own_preloved", 1,1,1,0),
("""Jual kardus bekas per kilo
Kondisi bersih, tidak basah
Cocok untuk pindahan atau packing online shop
Harga 4rb/kg, minimal 10kg
Lokasi gudang di Cakung""", "listing", "hn_used_cardboard", 1,1,0,0),
("""Jual laptop second MacBook Air M1 2020
RAM 8GB, SSD 256GB
Cycle count 210
Mulus, no dent, charger original
Harga 8,9jt
Bisa cek dulu di tempat, Jakarta Selatan""", "listing", "hn_used_electronics", 1,1,0,0),
("""Nonton bareng bal-balan final Piala Dunia 🔥
Lokasi: Warkop Pak Gun, Jl. Ngagel
Layar gede, kopi 5rb
Jangan lupa pakai jersey tim jagoanmu! Kick off jam 10 malam""", "post", "hn_bal_other", 0,0,0,0),
("""Majun / Kain Lap Per Karung
Isi potongan kain perca bersih ±25kg
Cocok untuk bengkel, pabrik, percetakan
Daya serap tinggi
Harga 150rb/karung
Kirim area Jabodetabek""", "listing", "hn_majun", 1,1,0,0),
("""Dijual Kebaya Pengantin Bekas (milik sendiri)
Dijahit di penjahit langganan di Yogyakarta
Warna putih gading, payet manual
Dipakai sekali untuk akad tahun 2022
Harga 1,2jt
Ukuran LD 90, bisa cek langsung""", "listing", "hn_own_preloved", 1,1,1,0),
("""Jastip Uniqlo Jepang 🇯🇵
Barang BARU dari store di Osaka, struk disertakan
Close order 20 Mei
Fee 15% dari harga
Estimasi sampai Indonesia awal Juni
Bisa request ukuran & warna""", "post", "hn_new_import", 1,0,1,1),
("""Kemeja Flanel Thrift Look by Kotakkita
Brand lokal asal Solo
Motif kotak washed ala vintage, barang BARU
Katun flanel tebal
Harga 119rb
Tersedia S sampai XXL""", "listing", "hn_new_thrift_style", 1,0,1,0),
("""Jual karung goni bekas kopi
Ukuran 60x100, bahan rami tebal
Cocok untuk dekorasi, tanaman, atau lomba balap karung 17an
Harga 7rb/pcs
Minimal ambil 10""", "listing", "hn_jute_sack", 1,1,0,0),
("""Hasil upcycle minggu ini 🧵
Jeans bekas dari lemari sendiri aku jahit jadi tote bag dan pouch.
Ada 4 tote (65rb) dan 6 pouch (30rb).
Semua handmade, satu-satunya.
Pesan via DM ya""", "post", "hn_local_upcycle", 1,1,1,0),
("""Dijual mobil bekas Honda Jazz RS 2012
Matic, warna putih
Servis rutin di bengkel resmi
Pajak panjang, kaki-kaki senyap
Harga 128jt nego halus
Lokasi Bandung, bisa inspeksi dulu""", "listing", "hn_used_vehicle", 1,1,0,0),
("""Garage sale keluarga kami 🏡
Sabtu & Minggu jam 8-12
Ada: baju bekas kami sekeluarga, mainan anak, buku, peralatan masak
Harga mulai 2rb
Alamat: Perum Griya Asri Blok F/7, Tangerang""", "post", "hn_garage_sale", 1,1,1,0),
("""Dress Import Korea Baru (bukan bekas!) ✨
Bahan crepe premium
Warna: navy, maroon, olive
Ukuran all size fit L
Barang ready di Jakarta, dikirim dengan plastik segel
Harga 145rb""", "listing", "hn_new_import", 1,0,1,1),
("""Jerami padi per bal (press) untuk pakan ternak
Berat ±20kg per bal
Harga 22rb
Pengiriman truk minimal 100 bal
Lokasi Karawang, bisa diantar ke kandang""", "listing", "hn_bal_other", 1,0,0,0),
("""Sisa Ekspor Garmen Lokal
Celana chino pria BARU, label luar negeri dipotong
Produksi pabrik di Bogor, sisa order buyer
Warna khaki, navy, hitam
Size 28-38
Harga 60rb""", "listing", "hn_factory_reject", 1,0,1,0),
("""Aku jual seragam bekas anakku yang sudah lulus SD.
Ada 3 set merah putih, 2 set pramuka, 2 batik sekolah.
Ukuran untuk kelas 5-6.
Semuanya 100rb, lumayan buat yang baru masuk.
Lokasi Bogor Barat.""", "listing", "hn_own_preloved", 1,1,1,0),
("""Bundle buku Harry Potter 1-7 preloved
Edisi Gramedia, kondisi 85%
Ada sedikit kuning di halaman
Harga 650rb
Bisa kirim seluruh Indonesia, packing bubble wrap tebal""", "listing", "hn_bundle_other", 1,1,0,0),
("""Jual mesin jahit industri bekas Juki
Masih normal, siap pakai produksi
Meja dan dinamo lengkap
Harga 2,5jt
Cocok buat yang mau buka konveksi rumahan, ambil di Sragen""", "listing", "hn_used_machine", 1,1,0,0),
]
