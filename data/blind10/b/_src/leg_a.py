# Legal: new goods in thrift style, new imports, factory rejects, plain listings, own preloved, local upcycling.
RECORDS = [
("listing", "hn_new_thrift_style", (1, 0, 1, 0), """
Kemeja flanel THRIFT LOOK – 100% BARU ✨
Produksi konveksi sendiri di Bandung, bahan katun tebal, motif kotak ala vintage
Size S sampai XXL
Harga 89rb, beli 2 jadi 160rb
Bukan barang bekas ya kak, masih plastik & ada label toko
"""),
("post", "hn_new_thrift_style", (1, 0, 1, 0), """
Suka gaya thrift tapi takut gatal-gatal? 😅
Koleksi "Vintage Vibes" kami dijahit baru semua di Pekalongan, warnanya sengaja dibuat pudar biar kelihatan kayak barang lawas
Kaos mulai 65rb, kemeja 110rb
Order di Shopee: vintagevibes.id
#bajubaru #thriftstyle #lokalpride
"""),
("listing", "hn_new_import", (1, 0, 1, 1), """
Sneakers New Balance 530 ORIGINAL – BNWT
Impor resmi dari distributor Singapura, lengkap box & kertas
Size 38 – 44
Harga 1.399.000
Bisa cek keaslian di toko, Grand Indonesia lt. 3
Bukan barang second!
"""),
("post", "hn_new_import", (1, 0, 1, 1), """
Jastip Uniqlo Jepang batch 14 ✈️
Aku berangkat ke Osaka tanggal 3, pulang tanggal 10
Semua barang BARU dari toko, ada struk
Fee jastip 15% dari harga toko, min. order 2 item
Isi form di link bio, DP 50%
"""),
("listing", "hn_factory_reject", (1, 0, 1, 0), """
Sisa ekspor celana chino pria, merek luar (label digunting)
Barang baru dari pabrik garmen di Semarang, bukan bekas
Cacat ringan: jahitan miring sedikit / beda warna tipis
Harga 55rb, 3 pcs 150rb
Ukuran 28-36, stok banyak
"""),
("listing", "plain_clothing_listing", (1, 0, 1, 0), """
Gamis katun Jepang motif bunga
Bahan adem, tidak menerawang, ada kantong di kanan
All size fit to L (LD 110)
Warna: dusty pink, sage, navy
Harga 145rb
Ready stok, kirim dari Solo
"""),
("post", "hn_own_preloved", (1, 1, 1, 0), """
Beres-beres lemari sebelum pindahan 📦
Aku jual preloved pribadi, semua baju aku sendiri, dibeli di mall Jakarta, jarang dipake
- Blazer Zara hitam size S – 150rb
- Dress H&M biru – 90rb
- Sepatu flat Charles & Keith 37 – 120rb
COD daerah Tebet aja ya
"""),
("listing", "hn_own_preloved", (1, 1, 1, 0), """
Preloved jaket kulit asli Garut
Punya suami, dibeli 2019 langsung dari pengrajin di Sukaregang
Dipakai mungkin 5 kali, sekarang kekecilan
Size L, warna dark brown
Harga 650rb (harga beli 1,3jt)
"""),
("post", "hn_local_upcycle", (1, 0, 1, 0), """
Koleksi baru dari studio kecil kami 🧵
Tas tote patchwork dari kain perca sisa produksi penjahit di Yogyakarta, dijahit ulang jadi desain baru
Setiap tas unik, tidak ada yang sama
Harga 120rb
#upcycle #slowfashion #karyalokal
"""),
("listing", "hn_new_thrift_style", (1, 0, 1, 0), """
Kaos band "vintage" BARU cetak ulang 🎸
Sablon plastisol, efek crack sengaja, mirip kaos thrift tahun 90an
Bahan cotton combed 24s, produksi Bandung
Size M/L/XL
Harga 99rb
Gak usah buru-buru berburu ke pasar, di sini barangnya baru dan ukurannya lengkap
"""),
("post", "plain_clothing_listing", (1, 0, 1, 0), """
Restock hijab segi empat voal premium 🌸
20 warna, tepi dijahit rapi, tidak licin
Harga satuan 35rb, 3 pcs 95rb
Grosir untuk reseller mulai 1 lusin
Order via WA admin 0813xxxx
"""),
("listing", "hn_new_import", (1, 0, 1, 1), """
Jaket puffer impor China – baru, bukan second
Bahan nylon water-resistant, isi dacron tebal
Warna hitam, olive, krem
Size M-XXL
Harga 189rb
Cocok buat traveling ke Korea atau Jepang pas musim dingin
"""),
("post", "hn_own_preloved", (1, 1, 1, 0), """
Hai teman2, aku lepas koleksi kebaya pribadi ya
Semua dijahit di penjahit langganan di Solo, dipakai sekali pas kondangan
Kebaya brokat hijau – 250rb
Kebaya kutubaru merah – 200rb
Serius minat DM, bisa fitting di rumah (Laweyan)
"""),
("listing", "plain_clothing_listing", (1, 0, 1, 0), """
Sepatu sekolah hitam pantofel anak
Bahan kulit sintetis, sol karet anti licin
Ukuran 28 sampai 38
Harga 95rb
Produk baru, garansi jahitan 1 bulan
Toko Sepatu Murni, Pasar Baru Bekasi lantai dasar
"""),
("post", "hn_new_thrift_style", (1, 0, 1, 0), """
"Ini thrift ya kak?" Bukan kak 😂
Semua kemeja Hawaii kami baru, dijahit di Tangerang dengan kain rayon motif retro
Kesannya memang kayak hasil berburu di Senen, tapi dijamin masih bau toko
Harga 79rb, ukuran M-3XL
Cek katalog di highlight
"""),
("listing", "hn_factory_reject", (1, 0, 1, 0), """
BS / reject pabrik kaos polos
Bolong kecil atau sablon gagal, kondisi baru
Dijual per kilo 45rb (±12 pcs)
Cocok buat kaos kerja, lap bengkel, atau bahan latihan sablon
Gudang di Sukoharjo, ambil sendiri / kirim ekspedisi
"""),
("post", "hn_own_preloved", (1, 1, 1, 0), """
Preloved baju anak, dipakai si kakak umur 1-3 tahun
Semua beli baru di Mothercare & Carter's Indonesia, kondisi 90%
Satu paket isi 15 potong: 200rb
Yang mau bisa ambil di Cibubur, atau aku kirim via Grab
Biar bisa dipakai adik2 yang lain 🥰
"""),
("listing", "hn_new_import", (1, 0, 1, 1), """
Tas Longchamp Le Pliage ORI – barang baru dari Paris
Dibelikan langsung di butik Galeries Lafayette, ada invoice & dust bag
Warna navy, ukuran M
Harga 1,65jt
Bisa video call buat cek barang
"""),
("post", "hn_local_upcycle", (1, 1, 1, 0), """
Kelas upcycle Minggu ini 🪡
Bawa 1-2 jeans bekas kalian sendiri dari rumah, kita ubah jadi tas selempang
Biaya 150rb sudah termasuk benang, resleting, dan snack
Tempat: Ruang Kreatif Kota Lama, Semarang
Kuota 15 orang, daftar lewat DM
"""),
("listing", "plain_clothing_listing", (1, 0, 1, 0), """
Batik tulis Lasem, kain sudah dijahit jadi kemeja pria
Lengan panjang, furing full, kancing batok
Size L (LD 116)
Harga 475rb
Baru, dibuat oleh penjahit kami di Rembang
Pengiriman 2-3 hari kerja
"""),
("post", "hn_new_thrift_style", (1, 0, 1, 0), """
Mau outfit y2k tapi ukuran di pasar loak gak ada yang pas? Tenang 🙌
Babydoll top & baggy jeans kami produksi sendiri di Bandung, model ngikutin gaya thrift 2000an
Barang baru, ready S-XL
Harga 75rb & 140rb
Link di bio ya bestie
"""),
("listing", "hn_own_preloved", (1, 1, 1, 0), """
WTS preloved jersey bola pribadi
- Persib home 2022 ori, size L, dibeli di store resmi – 350rb
- Timnas Indonesia 2021 ori, size L – 300rb
Dua-duanya cuma dipake nonton di stadion, dicuci tangan
Lokasi Bandung, COD Dipatiukur
"""),
("post", "hn_new_import", (1, 0, 1, 1), """
PO sepatu Korea baru 🇰🇷
Model loafer & mary jane lagi hits di Seoul
Barang baru segel dari pabrik di Busan, estimasi sampai 3 minggu
Harga 320rb-410rb
Close PO hari Minggu, DP 50%
"""),
("listing", "hn_factory_reject", (1, 0, 1, 0), """
Overstock jaket bomber merek lokal
Sisa produksi season lalu, BARU dengan tag
Harga normal 350rb, sekarang 149rb
Size S, M, L masih ada
Dijual di outlet pabrik Jl. Sukajadi, Bandung
"""),
("post", "plain_clothing_listing", (1, 0, 1, 0), """
Seragam kerja & wearpack custom 🧑‍🔧
Bahan drill, bordir logo perusahaan gratis (min. 24 pcs)
Pengerjaan 10 hari kerja
Harga mulai 135rb/stel
Konveksi kami di Cikarang, sudah melayani pabrik-pabrik di Jababeka
Tanya-tanya dulu boleh: 0821xxxx
"""),
("listing", "hn_own_preloved", (1, 1, 1, 0), """
Jual sepatu hiking bekas pribadi (Eiger)
Dibeli di Eiger Store Malang tahun lalu, dipakai 3 kali naik Semeru & Butak
Ukuran 42, sol masih tebal, ada bekas lumpur yang tidak bisa hilang total
Harga 380rb, bonus kaos kaki
COD Malang kota
"""),
("post", "hn_local_upcycle", (1, 1, 1, 0), """
Bantal lantai dari kaos bekas keluarga 🧡
Kaos-kaos lama punya almarhum bapak kami jahit jadi sarung bantal, buat kenang-kenangan
Kalau teman2 mau dibuatkan juga dari kaos kalian sendiri, bisa pesan, ongkos jahit 85rb per bantal
Workshop kecil di Purwokerto
"""),
("listing", "hn_new_thrift_style", (1, 0, 1, 0), """
Cardigan rajut "nenek" model thrift – BARU
Rajutan mesin lokal dari Majalaya, benang akrilik lembut
Warna: krem, coklat susu, hijau lumut
Free size, LD 110
Harga 98rb
Tidak ada bau apek, karena memang bukan barang bekas 😉
"""),
]
