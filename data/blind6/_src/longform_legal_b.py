# Hand-written multi-line records, LEGAL side, part B.
# Tuple: (kind, category, offer, used, clothing, abroad, text)

RECORDS = [
    # ---- donations, swaps, charity sales ----
    ("post", "hn_donation_charity", 0, 1, 1, 0, """📢 OPEN DONASI PAKAIAN LAYAK PAKAI
Untuk warga terdampak banjir di Kampung Cibeureum.
Yang dibutuhkan: pakaian anak, pakaian dalam baru, selimut, sarung.
Mohon pakaian dicuci dan dilipat, dimasukkan ke kantong per jenis.
Titik kumpul: Sekretariat Karang Taruna RW 09, setiap hari jam 08.00–20.00.
Terima kasih atas kepeduliannya 🙏"""),
    ("post", "hn_donation_charity", 1, 1, 1, 0, """BAZAR AMAL PAROKI 🙏
Sabtu–Minggu di halaman gereja, jam 9 pagi sampai 3 sore.
Yang dijual: pakaian bekas sumbangan umat, mainan, buku, peralatan dapur.
Harga pakaian 5rb–25rb.
Seluruh hasil untuk biaya sekolah anak-anak panti asuhan binaan paroki.
Ayo datang dan ajak keluarga!"""),
    ("post", "hn_donation_charity", 0, 1, 1, 0, """Swap Party Bulanan – Komunitas Lemari Berbagi 👗🔁👕
Bawa maksimal 5 baju pribadi yang masih layak, tukar dengan baju lain yang kamu suka.
Tidak ada jual beli, semua gratis.
Baju yang tidak terambil akan kami donasikan ke panti jompo.
Tempat: Taman Baca Cendana, Minggu jam 10."""),
    ("message", "hn_donation_charity", 0, 1, 1, 0, """Assalamualaikum bapak ibu wali murid 🙏
Sekolah kami membuka penggalangan seragam bekas layak pakai untuk siswa yang kurang mampu.
Seragam bisa dikumpulkan ke wali kelas masing-masing sampai tanggal 25.
Mohon dicuci dan diberi keterangan ukuran.
Jazakumullah khairan."""),
    ("post", "hn_donation_charity", 1, 1, 1, 0, """Charity Sale 'Lemari Ibu' 💐
Kami, komunitas ibu-ibu pengajian Al-Hidayah, menjual koleksi pribadi anggota: gamis, kerudung, tas, sepatu.
Semua preloved, dibeli di toko-toko sekitar Bogor.
Harga 10rb–75rb.
100% hasil penjualan untuk beasiswa anak yatim.
Minggu pagi di aula masjid."""),
    ("post", "hn_donation_charity", 0, 1, 1, 0, """Update penyaluran donasi 📦
Alhamdulillah, 63 kardus pakaian bekas layak pakai dari warga sudah kami kirim ke desa-desa di Sumba Timur.
Terima kasih kepada semua donatur dan relawan yang membantu memilah dan mengemas.
Donasi tahap berikutnya dibuka bulan depan."""),
    ("post", "hn_donation_charity", 1, 1, 1, 0, """Lelang Amal Jersey Pemain 🏆
Klub kami melelang 12 jersey bekas pakai pemain musim lalu, lengkap dengan tanda tangan.
Jersey diproduksi apparel lokal di Bandung.
Bid dimulai 250rb, kelipatan 25rb, ditutup Jumat jam 21.00.
Hasil lelang untuk membantu biaya operasi seorang pemain akademi."""),
    ("post", "hn_donation_charity", 0, 1, 1, 0, """Butuh bantuan teman-teman 🙏
Panti jompo Kasih Bunda kekurangan selimut, kaus kaki, dan pakaian hangat.
Pakaian bekas layak pakai sangat kami terima, yang penting bersih.
Bisa diantar langsung ke panti (Jl. Melati No. 12) atau dijemput relawan untuk wilayah kota.
Kontak pengurus: 0813xxxx."""),

    # ---- school / campus garage sales called thrift ----
    ("post", "hn_school_garage", 1, 1, 1, 0, """THRIFT DAY SMAN 3 – Edisi Dies Natalis 🎉
Semua barang dari sumbangan siswa, guru, dan alumni.
Kaos, kemeja, jaket, sepatu, buku bacaan.
Harga 5rb–30rb.
Hasil penjualan untuk renovasi perpustakaan.
Jumat jam 9 di lapangan basket."""),
    ("post", "hn_school_garage", 1, 1, 1, 0, """Garage Sale Kelas XII MIPA 1 💸
Kami jual barang-barang bekas dari rumah masing-masing buat nambah dana perpisahan.
Ada baju, hoodie, sepatu, dan novel.
Semua barang milik pribadi, dibeli di toko sekitar Malang.
Kantin sekolah, istirahat pertama dan kedua."""),
    ("post", "hn_school_garage", 1, 1, 1, 0, """Campus Thrift Market – BEM Fakultas Teknik 🛍️
Mahasiswa boleh buka lapak sendiri untuk menjual barang pribadi bekas pakai.
Biaya sewa meja 10rb, gratis untuk yang menyumbang 3 barang ke lapak donasi.
Dilarang menjual barang dari bal atau karungan.
Sabtu, 08.00–14.00, selasar gedung kuliah bersama."""),
    ("post", "hn_school_garage", 1, 1, 1, 0, """Pengumuman Bazar Seragam Bekas SD Pelita 📚
Seragam bekas kakak kelas yang masih bagus akan dijual murah untuk adik-adik kelas 1.
Seragam putih-merah 15rb/setel, pramuka 20rb/setel.
Uang hasil penjualan masuk kas komite untuk kegiatan kelas.
Senin dan Selasa setelah pulang sekolah."""),
    ("post", "hn_school_garage", 1, 1, 1, 0, """'Thrift Santri' Pondok Pesantren Darul Ilmi 🕌
Wali santri menyumbangkan sarung, baju koko, dan gamis yang sudah tidak terpakai.
Santri bisa membeli dengan harga 3rb–15rb.
Hasilnya dipakai untuk membeli kitab bagi santri yatim.
Bertempat di koperasi pondok, setiap Kamis sore."""),

    # ---- other goods sold per bal / karung / sortiran ----
    ("listing", "hn_other_goods_bale", 1, 1, 0, 0, """Jual Kardus Bekas Press per Bal
Berat per bal ±60kg, kardus cokelat bersih (tidak basah)
Harga Rp2.900/kg, minimal ambil 10 bal
Lokasi gudang: Cakung, Jakarta Timur
Cocok untuk pabrik kertas daur ulang dan pengepul besar
Bisa kirim pakai truk sendiri"""),
    ("listing", "hn_other_goods_bale", 1, 1, 0, 0, """Kain Majun Sortiran per Karung (bukan untuk dipakai)
Potongan kain kaos warna putih & warna campur
Berat 25kg per karung
Untuk lap mesin, bengkel, percetakan, dan pabrik
Harga 9rb/kg (putih) dan 6rb/kg (warna)
Kain majun ini bahan lap, bukan pakaian"""),
    ("listing", "hn_other_goods_bale", 1, 0, 0, 0, """Bawang Merah Brebes – Per Karung
Ukuran sedang, kering 7 hari, sortiran
Isi 50kg per karung
Harga hari ini Rp24.000/kg di gudang
Siap kirim ke Jabodetabek dan Bandung
Pemesanan minimal 5 karung"""),
    ("listing", "hn_other_goods_bale", 1, 1, 0, 0, """Botol Plastik PET Press – Hasil Bank Sampah
Sudah dipilah: bening, biru muda, warna
Dikemas per bal 80–100kg
Harga bening Rp5.200/kg, biru Rp4.100/kg, warna Rp2.000/kg
Lokasi: Bank Sampah Melati Bersih, Sidoarjo
Hubungi pengurus untuk jadwal angkut"""),
    ("listing", "hn_other_goods_bale", 1, 0, 0, 0, """Kapas Kapuk Randu per Bal
Sudah dibersihkan dari biji, siap untuk isi kasur dan bantal
Berat 20kg per bal
Harga 380rb/bal
Produksi petani kapuk di Pati
Kirim ke seluruh Jawa"""),
    ("listing", "hn_other_goods_bale", 1, 0, 0, 0, """Jerami Padi Kering – Per Bal
Dipres mesin, ukuran 40x50x90 cm, berat ±18kg
Harga 22rb/bal di lokasi, 30rb/bal sudah antar area Karawang
Cocok untuk pakan ternak dan media jamur
Stok 900 bal setelah panen"""),
    ("listing", "hn_other_goods_bale", 1, 0, 0, 0, """Kopi Arabika Gayo Green Bean – Sortiran Grade 1
Dikemas karung goni 60kg
Kadar air 12%, defect rendah
Harga 118rb/kg
Panen tahun ini dari kebun petani Bener Meriah
Sampel 250 gram bisa dikirim dulu"""),
    ("listing", "hn_other_goods_bale", 1, 0, 0, 0, """Kain Perca Sisa Konveksi – Per Karung
Sisa potongan bahan kaos dan katun dari konveksi kami
Ukuran potongan 10–40 cm, warna campur
25kg per karung, harga 55rb
Cocok untuk isian boneka, keset, dan kerajinan
Bukan pakaian, hanya potongan kain"""),
    ("listing", "hn_other_goods_bale", 1, 0, 0, 0, """Tembakau Rajangan Temanggung – Per Bal (Keranjang)
Hasil panen musim ini, aroma kuat
Berat per bal ±40kg
Harga mengikuti grade, mulai 95rb/kg
Pembelian untuk gudang dan pedagang eceran
Lokasi: Parakan, Temanggung"""),
    ("listing", "hn_other_goods_bale", 1, 1, 0, 0, """Kertas Bekas Arsip Kantor per Bal
HVS putih, sudah dipisahkan dari map dan klip
Per bal ±50kg, dicacah untuk keamanan data
Harga 3.200/kg
Cocok untuk pabrik daur ulang kertas
Gudang di Tangerang"""),

    # ---- used goods that are not clothing ----
    ("listing", "hn_used_goods_nonclothing", 1, 1, 0, 0, """Dijual Honda Scoopy 2020 – Bekas Pribadi
Warna krem, km 21.000
Pajak hidup sampai Agustus, BPKB di tangan
Servis rutin di bengkel resmi
Harga 15,8jt nego
Lokasi Sleman, bisa cek fisik di rumah"""),
    ("listing", "hn_used_goods_nonclothing", 1, 1, 0, 1, """iPhone 12 128GB Second – Ex Inter
Fullset (box, kabel), battery health 84%
Mulus, tidak ada dent, Face ID normal
IMEI terdaftar resmi
Harga 5,6jt
COD di Surabaya Barat"""),
    ("listing", "hn_used_goods_nonclothing", 1, 1, 0, 1, """Sepeda Lipat Bekas Impor Jepang
Merek lokal Jepang, rangka aluminium, ban 20 inci
Gear 6 speed, rem normal
Ada baret di rangka (lihat foto)
Harga 1,7jt
Ambil di Bekasi Utara"""),
    ("listing", "hn_used_goods_nonclothing", 1, 1, 0, 0, """Toyota Innova 2016 Diesel Bekas – Tangan Kedua
Transmisi manual, km 98.000
Servis record lengkap, pajak baru dibayar
Interior bersih, tidak ada bekas banjir
Harga 248jt nego
Unit di Semarang"""),
    ("listing", "hn_used_goods_nonclothing", 1, 1, 0, 0, """Mesin Jahit Juki Bekas (High Speed)
Kondisi normal, jahitan rapi, dinamo halus
Termasuk meja dan lampu
Cocok untuk usaha konveksi rumahan
Harga 2,3jt
Lokasi Bandung, tidak bisa kirim, ambil sendiri"""),
    ("listing", "hn_used_goods_nonclothing", 1, 1, 0, 1, """Kamera Mirrorless Bekas Ex Jepang – Sony A6000
Shutter count 12 ribu, sensor bersih
Lengkap dengan lensa kit 16-50mm, baterai 2
Garansi toko 1 minggu
Harga 4,1jt
Kirim dari Jakarta, bisa rekber"""),
    ("listing", "hn_used_goods_nonclothing", 1, 1, 0, 0, """Lemari Pakaian Kayu Jati Bekas
3 pintu, ada cermin di tengah
Ukuran 150x55x190 cm
Kondisi kokoh, pelitur agak kusam
Harga 1,9jt, pembeli ambil sendiri
Jepara, dekat alun-alun"""),
    ("listing", "hn_used_goods_nonclothing", 1, 1, 0, 0, """Laptop Asus Vivobook Second
Core i5 gen 10, RAM 8GB, SSD 512GB
Baterai masih tahan ±3 jam
Ada baret halus di cover
Harga 4,4jt, bonus tas
COD Jogja kota"""),
    ("listing", "hn_used_goods_nonclothing", 1, 1, 0, 0, """Buku Bekas Paket Kuliah Kedokteran Tahun 1
Anatomi, fisiologi, biokimia (total 7 buku)
Ada coretan stabilo di beberapa halaman
Harga paket 650rb
Kirim dari Makassar
Bisa beli satuan"""),

    # ---- local upcycling ----
    ("post", "hn_upcycling", 1, 1, 1, 0, """Tas Jeans Daur Ulang – Koleksi 'Lemari Bapak' 👖
Semua tas dibuat dari celana jeans bekas keluarga dan tetangga di kampung kami.
Tiap tas beda, karena bahannya beda.
Ukuran 30x35 cm, ada kantong dalam.
Harga 65rb.
Dijahit ibu-ibu kelompok usaha RW 04."""),
    ("listing", "hn_upcycling", 1, 1, 1, 0, """Selimut Patchwork dari Kaos Bekas (Custom)
Kirim 20–30 kaos kenangan kamu, kami jahit jadi selimut.
Ukuran 150x200 cm, pakai furing fleece.
Harga jasa + bahan furing 450rb
Proses 3 minggu
Cocok buat kenang-kenangan kaos SMA atau kaos almarhum orang tua"""),
    ("post", "hn_upcycling", 1, 1, 1, 0, """Upcycle Project #14 🧵
Kemeja batik lama punya kakek aku jadikan outer kimono.
Motif aslinya tetap dipertahankan, cuma diubah potongannya.
Cuma ada 1, ukuran all size, harga 150rb.
Semua bahan dari lemari keluarga sendiri, bukan beli di mana-mana."""),
    ("post", "hn_upcycling", 1, 1, 1, 0, """Keset & Tas Belanja dari Kaos Bekas ♻️
Hasil pelatihan ibu-ibu PKK Kelurahan Sukamaju.
Bahan dari kaos bekas warga yang dikumpulkan di bank sampah.
Keset 15rb, tas belanja 25rb.
Bisa pesan di balai warga setiap Sabtu."""),
    ("listing", "hn_upcycling", 1, 1, 1, 0, """Jaket Denim Lukis Tangan (Upcycled)
Jaket denim bekas pribadi, dilukis dengan cat tekstil motif bunga matahari
Ukuran L, hanya 1 potong
Harga 220rb
Bisa request lukis di jaket milikmu sendiri (jasa 150rb)"""),
    ("post", "hn_upcycling", 1, 1, 1, 0, """Scrunchie & bandana dari sisa gamis bekas 🎀
Gamis-gamis lama yang sudah sobek sebagian aku potong dan jahit ulang.
Satu scrunchie 7rb, bandana 15rb.
Semua bahan dari lemari sendiri dan sumbangan teman.
Kirim dari Padang."""),

    # ---- factory rejects / leftovers of domestic makers ----
    ("listing", "hn_factory_reject", 1, 0, 1, 0, """Kaos Reject Pabrik – Grosir per Kodi
Asal: pabrik garmen di Sukabumi
Cacat: sablon sedikit bergeser / noda minyak tipis
Ukuran M–XL campur
Harga 300rb/kodi (20 pcs)
Barang baru, belum pernah dipakai
Cocok untuk kaos kerja dan seragam event"""),
    ("listing", "hn_factory_reject", 1, 0, 1, 0, """Sisa Ekspor Garmen Cikarang – Celana Chino
Barang baru dari pabrik lokal, sisa order buyer luar
Label merek dipotong sesuai aturan
Ukuran 28–36, warna khaki, navy, hitam
Harga 55rb/pcs, 10 pcs 500rb
Made in Indonesia, bukan barang impor"""),
    ("post", "hn_factory_reject", 1, 0, 1, 0, """Cuci Gudang Konveksi Kami 📦
Hoodie, kaos, dan celana training sisa produksi 2 tahun terakhir.
Ada yang cacat kecil (benang lepas, warna beda sedikit), ada yang mulus.
Semua baru, produksi sendiri di Bogor.
Harga mulai 20rb, dijual per karung juga bisa (isi 50 pcs, 900rb)."""),
    ("listing", "hn_factory_reject", 1, 0, 1, 0, """Reject Garmen per Kilo – Bandung
Baju baru sisa produksi: kemeja, blus, celana kulot
Cacat jahit ringan, noda kapur jahit
Harga 55rb/kg, minimal 5kg
Bukan barang bekas, bukan barang luar
Gudang di Soreang"""),
    ("listing", "hn_factory_reject", 1, 0, 1, 0, """Sepatu Sisa Produksi Pabrik Tangerang
Model sneakers kanvas, baru, tanpa box
Cacat: lem sedikit keluar di sisi sol
Ukuran 37–44
Harga 85rb, ambil 12 pasang 900rb
Cocok untuk dijual lagi di pasar"""),
    ("listing", "hn_factory_reject", 1, 0, 1, 0, """Sortiran Grade B Kaos Polos Pabrik Solo
Per bal isi 100 pcs, semua baru
Grade B: ada noda kecil atau jahitan kurang rapi
Harga 1,2jt per bal
Warna campur, ukuran campur
Produksi dalam negeri, bukan bal impor"""),

    # ---- new-clothes sellers contrasting with the bale trade ----
    ("post", "hn_new_contrast", 1, 0, 1, 0, """Bukan dari bal, bukan dari karung 🙅
Semua jaket di toko kami dijahit sendiri di Bandung, bahannya baru, jahitannya rapi.
Harganya memang sedikit di atas jaket bekas, tapi kamu dapat barang baru yang wangi dan ada garansi jahitan.
Harga mulai 135rb.
Yuk dukung produk lokal!"""),
    ("post", "hn_new_contrast", 1, 0, 1, 0, """Kenapa harus beli baju baru lokal kalau ada cakar murah?
1. Baju baru tidak ada risiko jamur dan bau apek.
2. Uangmu menghidupi penjahit di kota sendiri.
3. Ukuran lengkap, bisa tukar kalau tidak pas.
Toko kami di Makassar jual kemeja baru mulai 65 ribu. Mampir ya!"""),
    ("post", "hn_new_contrast", 1, 0, 1, 0, """Dulu kami jualan monza, sekarang kami produksi sendiri 🙏
Sejak ada larangan, kami beralih bikin kaos dan kemeja di konveksi kecil di Medan.
Harga tetap bersahabat: kaos 45 ribu, kemeja 85 ribu.
Semua baru, semua lokal.
Terima kasih pelanggan lama yang masih setia."""),
    ("listing", "hn_new_contrast", 1, 0, 1, 0, """Kaos Polos Baru – Harga Setara Awul-awul!
Cotton combed 30s, produksi Sukoharjo
Harga 22rb/pcs, 1 lusin 250rb
Bedanya: ini baru, bukan bekas orang
Warna lengkap, ukuran S–XXL
Kirim dari Solo"""),
    ("post", "hn_new_contrast", 1, 0, 1, 0, """Buat yang nanya 'kak ini barang thrift?' 🙂
Bukan kak. Toko kami nggak jual barang second atau barang impor bekas.
Semua baju kami baru, dijahit di Pekalongan.
Kami cuma pakai gaya foto yang mirip toko thrift biar kekinian.
Happy shopping!"""),
    ("post", "hn_new_contrast", 1, 0, 1, 0, """Pasar Senen lantai dasar – Kios Ibu Marni 🧥
Kami jual pakaian BARU, bukan yang bekas di lantai atas.
Kemeja kerja 70rb, celana bahan 90rb, blazer 150rb.
Semua produksi konveksi Jakarta dan Bandung.
Buka setiap hari jam 9 pagi."""),
    ("listing", "hn_new_contrast", 1, 0, 1, 0, """Selimut Baru Motif Korea – Bukan Lelong!
Selimut microfiber tebal, produksi pabrik tekstil Bandung
Motifnya memang mirip selimut luar, tapi 100% baru dan masih dalam plastik
Ukuran 180x200
Harga 95rb
Pengiriman ke Pontianak dan sekitarnya"""),
]
