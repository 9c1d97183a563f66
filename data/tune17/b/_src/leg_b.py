# Legal hard negatives, batch B (offers failing one element). (kind, category, (offer, used, clothing, abroad), text)
ENTRIES = [
("listing", "hn_new_thrift_style", (1, 0, 1, 0), """Kemeja Flanel Thrift Look Vintage Style BARU Bukan Bekas
Produksi konveksi sendiri di Bandung, bahan katun flanel tebal
Warna dibuat pudar (washed) biar kayak baju thrift, tapi 100% baru, masih ada tag
Ukuran M, L, XL, XXL
Harga 89rb, grosir 12 pcs 900rb"""),

("post", "hn_new_thrift_style", (1, 0, 1, 0), """Suka gaya thrift tapi nggak mau baju bekas? 🙋‍♀️
Kami bikin koleksi "Fake Thrift" — jaket denim, cardigan, rok plisket dengan nuansa 90an.
Semua BNWT, dijahit penjahit lokal di Klaten.
Nggak ada bal, nggak ada karung, nggak ada bau gudang 😄
Order via Shopee "Sandang Klaten"."""),

("listing", "hn_new_thrift_style", (1, 0, 1, 0), """Hoodie Oversize Vintage Wash Bukan Second | Thrifting Vibes
Bahan fleece 280gsm, efek pudar hasil stone wash
Baru segel plastik, ukuran all size fit to XL
Cocok buat yang suka outfit thrift shop tapi mau barang baru
Ready 6 warna, harga 125rb"""),

("post", "hn_new_thrift_style", (1, 0, 1, 0), """Ini bukan bongkar bal ya kak 😅 Ini bongkar kiriman dari konveksi kami sendiri!
Kaos graphic tee ala kaos band 90an, sablon dibuat retak supaya terlihat vintage.
Semua baru, produksi Sukoharjo, ada label merek kami.
Live jam 7 malam, harga 45rb/pcs."""),

("listing", "hn_new_thrift_style", (1, 0, 1, 1), """Jaket Varsity Import Guangzhou Model Thrift Amerika - BARU
Barang baru ready stock, bukan preloved, bukan second
Bahan wol campur, lengan kulit sintetis, bordir huruf
Datang dari supplier Guangzhou, masih dalam plastik dan ada tag harga
Rp 210.000, grosir hubungi admin"""),

("post", "hn_new_thrift_style", (1, 0, 1, 0), """Thrift shop tapi barang baru semua? Iya, itu konsep toko kami 😂
Nama tokonya memang "Thrift Lokal", tapi isinya celana kulot, kemeja linen, dan blouse baru dari UMKM Jogja.
Harga ramah kantong kayak harga monza, kualitas baru.
Mampir ke Jl. Kaliurang km 5, buka jam 10 pagi."""),

("listing", "hn_new_thrift_style", (1, 0, 1, 0), """Celana Cargo Army Look ala Thrift - New Tag - Produk Lokal Bandung
Model 6 saku, bahan drill, warna hijau army dan khaki
Bukan barang bekas/bukan cakar, 100% baru dari konveksi kami
Size 28-36, harga 145rb
Pembelian 3 pcs free totebag"""),

("post", "hn_own_preloved", (1, 1, 1, 0), """Preloved isi lemari sendiri 🧺 (pindahan kos, nggak muat di koper)
1. Dress batik Danar Hadi, dipakai 2x, 150rb
2. Blazer hitam Zara, dipakai wisuda aja, 200rb
3. Sepatu flat Charles & Keith, size 37, 120rb
Bukan barang bal ya, beli sendiri di mall. COD area Depok."""),

("listing", "hn_own_preloved", (1, 1, 1, 0), """Jual Jaket Kulit Pribadi Bekas Pakai 3 Tahun
Dibeli baru di toko di Garut tahun 2021, ukuran L
Kondisi 8/10, warna coklat tua, resleting YKK masih lancar
Dijual karena sudah tidak muat, bukan barang thrift impor
Harga 450rb, nego tipis, COD Tasikmalaya"""),

("post", "hn_own_preloved", (1, 1, 1, 0), """Sale preloved baju anak! Anakku udah gede semua 😭
Semua dibeli sendiri di toko, dipakai adik-kakak, masih layak.
Paket 10 pcs baju bayi 0-12 bulan 100rb.
Bukan karungan ya bun, ini barang rumah sendiri, dicuci bersih.
DM atau komen aja."""),

("comment", "hn_own_preloved", (1, 1, 1, 0), """Kak aku juga mau jual kebaya second punyaku, cuma dipakai sekali pas lamaran.
Jahit sendiri di penjahit Solo, ukuran M.
300rb aja kak, minat chat aku ya. Ini bukan thrift impor lho, asli punya pribadi."""),

("post", "hn_own_preloved", (1, 1, 1, 0), """Decluttering edition ✨
Aku mau lepas koleksi sneakers pribadi yang jarang kepakai: Adidas Samba (second, kondisi 9/10), NB 550 (8/10), Converse 70s (7/10).
Semua beli sendiri di official store, ada nota.
Harga di slide, bisa nego kalau ambil 2."""),

("listing", "hn_own_preloved", (1, 1, 1, 0), """Preloved Gamis Syar'i Bekas Pakai Pribadi Like New
Merk lokal (Zoya), warna dusty pink, ukuran L
Dipakai 3 kali untuk acara keluarga, dicuci dry clean
Alasan jual: hamil, sudah tidak muat
Rp 175.000 belum ongkir, lokasi Malang"""),

("post", "hn_own_preloved", (1, 1, 1, 0), """Bapak-bapak pensiunan mau jual seragam dan jas dinas lama, semuanya bekas pakai sendiri.
Jas hitam 2 stel, kemeja putih 6, celana bahan 4. Jahit di penjahit langganan Jakarta.
Sayang kalau cuma di lemari. Harga seikhlasnya mulai 50rb.
Hubungi 0812xxxx (bapak Jumadi)."""),

("post", "hn_donation", (0, 1, 1, 0), """🙏 OPEN DONASI PAKAIAN LAYAK PAKAI 🙏
Untuk korban banjir di Kabupaten Demak.
Kami menerima baju bekas bersih, selimut, sarung, dan pakaian anak.
Mohon tidak mengirim pakaian dalam bekas.
Drop point: Masjid Al-Ikhlas, Semarang. Terima kasih orang baik."""),

("post", "hn_donation", (0, 1, 1, 0), """Panti asuhan kami membutuhkan donasi baju second layak pakai untuk 40 anak usia 6-15 tahun.
Terutama seragam sekolah, sepatu, dan jaket.
Bisa diantar langsung atau dijemput untuk wilayah Makassar kota.
Kontak pengurus: 0813xxxx."""),

("comment", "hn_donation", (0, 1, 1, 0), """Min, aku punya sekarung baju bekas keluargaku, masih bagus-bagus. Bisa aku sumbangkan ke posko?
Bukan baju bal ya, ini beneran baju kami sendiri, udah aku cuci.
Tolong info alamat poskonya."""),

("post", "hn_donation", (0, 1, 1, 0), """Gerakan #SeragamUntukSemua kembali dibuka! 
Kami mengumpulkan seragam SD & SMP bekas dari para alumni dan orang tua murid untuk dibagikan ke sekolah di pedalaman NTT.
Tidak dijual, tidak diperjualbelikan. Bisa kirim lewat ekspedisi ke sekretariat kami di Kupang."""),

("post", "hn_school_bazaar", (1, 1, 1, 0), """BAZAR AMAL SMP TUNAS HARAPAN 🎪
Sabtu, 09.00-14.00 di aula sekolah
Menjual baju preloved sumbangan orang tua murid, harga 5rb-25rb
Seluruh hasil untuk renovasi perpustakaan
Bukan barang thrift impor, semua dari donasi warga sekolah 💙"""),

("post", "hn_school_bazaar", (1, 1, 1, 0), """Garage sale gereja minggu depan!
Jemaat sudah menyumbangkan pakaian bekas, sepatu, dan tas yang masih layak.
Harga mulai 3 ribu, hasilnya untuk dana natal anak-anak.
Lokasi halaman GKJ Salatiga, jam 7 pagi sampai habis."""),

("post", "hn_school_bazaar", (1, 1, 1, 0), """Rek, ayo mampir ke stand OSIS di Pensi nanti! 🎶
Kami jual baju second sumbangan kakak kelas: jaket, hoodie, kemeja.
Harga pelajar: 10rb-30rb. Uangnya buat bakti sosial ke panti jompo.
Stand nomor 7 dekat kantin."""),

("listing", "hn_other_goods_bulk", (1, 1, 0, 1), """HP Bekas Jepang Per Koli Isi 50 Unit
iPhone 8, iPhone X, Galaxy S9 campur, ex Jepang
Kondisi second, baterai bervariasi, layar ada yang gores
Jual per koli, tidak bisa pilih
Cocok untuk tukang servis dan penjual HP second"""),

("listing", "hn_other_goods_bulk", (1, 1, 0, 0), """Kardus Bekas Per Bal 100 kg
Kardus bekas bersih, sudah dipres dan diikat
Cocok untuk pengepul dan pabrik daur ulang
Harga Rp 2.800/kg, min ambil 1 bal
Lokasi gudang Tangerang, bisa antar pakai truk engkel"""),

("listing", "hn_other_goods_bulk", (1, 1, 0, 0), """Majun Kain Perca Per Karung 25 Kg
Kain majun dari sisa potongan dan kaos bekas, sudah dipotong
Untuk lap mesin bengkel, pabrik, dan percetakan
Daya serap oli bagus, tidak berbulu
Rp 7.500/kg, kirim ke Jabodetabek"""),

("listing", "hn_other_goods_bulk", (1, 0, 0, 0), """Bawang Merah Brebes Per Karung 50 kg
Panen baru, umbi kering, sudah disortir grade A
Harga hari ini Rp 28.000/kg, bisa berubah
Pemesanan minimal 5 karung, kirim dari Brebes
Hubungi Pak Warso 0812xxxx"""),

("listing", "hn_other_goods_bulk", (1, 1, 0, 0), """Karung Goni Bekas Bal-balan Siap Pakai
Bekas kemasan kopi dan kakao, kondisi masih kuat
Cocok untuk tanam di polybag, kerajinan, atau karung pasir
Dijual per ikat 100 lembar Rp 450.000
Gudang di Lampung Tengah"""),

("listing", "hn_other_goods_bulk", (1, 1, 0, 1), """Mesin Jahit Bekas Impor Juki Brother Per Kontainer
Mesin industri high speed second ex Jepang dan Taiwan
Kondisi normal, sudah dites, cocok untuk konveksi
Jual per unit atau per kontainer 120 unit
Lokasi Semarang, garansi 1 bulan"""),

("post", "hn_other_goods_bulk", (1, 1, 0, 0), """Plastik bekas gilingan per bal siap kirim! ♻️
PP, HDPE, dan botol PET dipres per bal 80-100 kg.
Harga tergantung jenis, minimal order 1 ton.
Kami pengepul lokal di Sidoarjo, barang dari pemulung sekitar Jawa Timur."""),

("listing", "hn_other_goods_bulk", (1, 0, 0, 1), """Kain Roll Import Katun Jepang Per Roll 50 Yard
Kain baru motif bunga, bahan katun jepang halus
Cocok untuk gamis, kemeja, dan daster
Harga per roll Rp 1.350.000, bisa ecer per meter
Toko kain di Pasar Tanah Abang Blok A"""),

("listing", "hn_ordinary_clothing", (1, 0, 1, 0), """Kaos Polos Cotton Combed 30s Premium - Produksi Bandung
Tersedia 20 warna, ukuran S-XXXL
Jahitan rantai, sablon bisa custom
Harga eceran 35rb, grosir lusinan 30rb
Ready stock, kirim hari ini kalau order sebelum jam 3"""),

("post", "hn_ordinary_clothing", (1, 0, 1, 0), """Baju lebaran sudah ready di toko kami 🌙
Gamis, koko, dan setelan anak, semuanya baru dari konveksi Tanah Abang.
Buka setiap hari jam 9-21 di Pasar Raya Padang lantai 2.
Ada diskon 10% untuk pembelian di atas 500rb."""),

("listing", "hn_ordinary_clothing", (1, 0, 1, 0), """Sepatu Sekolah Hitam Warrior Original Baru
Ukuran 30-44, lengkap dengan box
Sol karet anti licin, cocok untuk SD-SMA
Harga 95rb, grosir 10 pasang 850rb
Toko Sepatu Sinar Jaya, Jl. Pasar Baru Medan"""),

("post", "hn_ordinary_clothing", (1, 0, 1, 0), """Mukena katun rayon jahitan Tasik, baru dan masih segel plastik ✨
Motif bunga kecil, warna pastel, ada tas kecil.
Harga 120rb, dua untuk 220rb.
Bisa kirim ke seluruh Indonesia, pembayaran transfer atau COD."""),

("listing", "hn_factory_reject_export", (1, 0, 1, 0), """Kaos Sisa Ekspor Reject Minor Pabrik Garment Bogor
BARU, bukan bekas, bukan thrift impor
Reject kecil: salah sablon, benang nyangkut, beda warna sedikit
Harga 15rb/pcs, min 50 pcs
Stok banyak untuk reseller"""),

("post", "hn_factory_reject_export", (1, 0, 1, 0), """Celana jeans sisa ekspor (over produksi pabrik di Cikarang), semua BARU masih ada label ekspor.
Bukan barang karungan, bukan barang bekas, ini sisa order brand luar yang nggak terkirim.
Ukuran 27-38, harga 75rb, grosir lebih murah.
Gudang kami di Bekasi."""),

("listing", "hn_factory_reject_export", (1, 0, 1, 0), """Jaket Parasut Reject Pabrik Eksportir Bandung - Grade B
Baru, belum pernah dipakai, minus di jahitan saku atau logo miring
Bukan cakar, bukan bal, bukan barang second
Harga per kodi (20 pcs) Rp 1.100.000
Cocok untuk usaha pasar malam"""),

("post", "hn_factory_reject_export", (1, 0, 1, 0), """Yang cari kemeja sisa ekspor asli pabrik Sukabumi, kami ready lagi 🙌
Baru semua, tag brand masih nempel, ada yang cacat minor dan sudah dipisah.
Harga 40rb-60rb. Ingat ya, ini BUKAN thrift impor, semua produksi dalam negeri."""),

("post", "hn_swap", (0, 1, 1, 0), """Swap party baju bekas di taman kota Minggu pagi! 👚🔄👖
Bawa maksimal 5 baju layak pakai dari lemari sendiri, tukar dengan punya orang lain.
Tidak ada jual beli, tidak ada uang.
Bukan lapak thrift, murni tukar-tukaran antar warga Bekasi."""),

("comment", "hn_swap", (0, 1, 1, 0), """Ada yang mau tukeran nggak? Aku punya jaket jeans second ukuran M (punya sendiri), mau aku tukar sama cardigan rajut ukuran L.
Nggak jual ya, barter aja. Area Jogja. Komen di sini."""),

("post", "hn_local_upcycle", (1, 1, 1, 0), """Koleksi upcycle kami: tote bag dan outer patchwork dari kain baju bekas sumbangan warga Kampung Warna-warni Malang ♻️
Bukan bahan dari bal atau thrift impor, semua dari lemari tetangga yang dicuci ulang dan dijahit ibu-ibu PKK.
Tote bag 65rb, outer 180rb. Pesan via WA kelompok."""),

("listing", "hn_local_upcycle", (1, 1, 1, 0), """Bucket Hat Upcycle Dari Celana Jeans Bekas Lokal
Dibuat tangan dari celana jeans bekas pelanggan laundry kami di Solo
Setiap topi beda motif, one of a kind
Bukan barang second impor, bahan 100% lokal
Harga 55rb, bisa custom dari jeans kamu sendiri"""),
]
