# Hand-written legal records, batch C: non-clothing used imports, new imports, trade words used innocently. Tuple: (kind, category, offer, used, clothing, abroad, text)
ITEMS = [
("listing", "hn_non_clothing_import", 1, 1, 0, 1, """Spare Part Motor Bekas Copotan Jepang - Blok Mesin, Karbu, Velg
Barang copotan ex Jepang, kondisi normal dites sebelum kirim
Cocok buat restorasi motor klasik Honda & Yamaha
Harga bervariasi, tanya stok dulu
Lokasi bengkel di Jl. Raya Bogor km 30"""),
("listing", "hn_non_clothing_import", 1, 1, 0, 1, """iPhone 13 128GB Second Ex Singapore Mulus Battery Health 88%
Fullset box, charger ori, no minus
Sudah unlock, IMEI terdaftar resmi
Harga 7,3 juta nego tipis
COD Batam Centre atau kirim pakai asuransi"""),
("post", "hn_non_clothing_import", 1, 1, 0, 1, """Mesin jahit high speed Juki bekas ex Jepang, baru masuk 5 unit 🧵
Sudah diservis, jarum dan sepatu baru, siap pakai buat konveksi
Harga 2,4 juta per unit, meja dan dinamo termasuk
Bisa lihat dan tes di toko kami, Jl. Cigondewah, Bandung
Garansi servis 3 bulan"""),
("listing", "hn_majun", 1, 1, 0, 0, """Kain Majun Perca Bekas Untuk Lap Bengkel & Pabrik - Per Karung
Majun dari potongan kaos dan sisa konveksi lokal, sudah dicuci
Daya serap oli tinggi, ukuran potongan campur
1 karung ±25 kg, harga 95rb
Bisa kirim rutin untuk bengkel, pabrik, dan percetakan"""),
("listing", "hn_jute_sack", 1, 1, 0, 0, """Karung Goni Bekas Murah - Cocok Untuk Tanaman & Kopi
Goni bekas wadah kopi dan beras dari gudang kami di Lampung
Kondisi masih kuat, ada sebagian yang bolong kecil
Harga 4.500/lembar, ambil 100 lembar 4.000
Bisa juga untuk karung pasir atau kerajinan"""),
("post", "hn_cardboard", 1, 1, 0, 0, """Jual kardus bekas dan plastik packing sisa toko online kami 📦
Kardus ukuran sedang dan besar, masih kokoh, cocok buat pindahan atau kirim paket
Harga 1.500-3.000 per lembar, plastik bubble 10rb per gulung sisa
Ambil di Gudang Toko Azka, Cibubur, jam kerja"""),
("listing", "hn_fabric_roll_import", 1, 0, 0, 1, """Kain Roll Import China Bahan Maxmara Premium - Per Roll 50 Yard
Kain baru, datang langsung dari Keqiao via kontainer
Cocok untuk gamis, blouse, dan tunik
12 warna tersedia, harga per roll 1,9 juta
Ecer per meter juga bisa di toko kami Cipadu"""),
("listing", "hn_non_clothing_import", 1, 1, 0, 1, """Dijual Toyota Alphard 2012 Eks Singapura, Bekas Pakai Diplomat
Sudah balik nama, pajak hidup, kilometer 98rb
Interior kulit masih bagus, servis rutin
Harga 395 juta nego
Unit di showroom kami Jakarta Selatan, bisa test drive"""),
("post", "hn_appliance_used", 1, 1, 0, 0, """Dijual kulkas 2 pintu Sharp bekas, umur 4 tahun, masih dingin sempurna.
Pindah ke rumah kontrakan yang lebih kecil jadi gak muat.
Harga 1,5 juta, ambil sendiri di Bekasi Utara.
Bonus mesin cuci satu tabung yang agak berisik kalau mau."""),
("listing", "hn_fabric_scrap", 1, 0, 0, 0, """Kain Perca Katun Motif Campur Per Kilo Untuk Prakarya & Patchwork
Sisa potongan konveksi daster dan kemeja anak kami, kain baru bukan bekas
Ukuran potongan 20-60 cm
Harga 25rb/kg, cocok buat bikin masker, bantal, keset
Kirim dari Pekalongan"""),
("post", "hn_jastip_new_import", 1, 0, 1, 1, """Jastip Uniqlo & GU Tokyo 🇯🇵 batch Desember
Semua barang BARU dari store, lengkap dengan tag & plastik
Bisa titip heattech, ultra light down, kaos UT edisi kolaborasi
Fee 15% dari harga barang, DP 50%
Close order 10 Desember, sampai Indonesia sekitar 20 Desember. Slot terbatas karena bagasi"""),
("post", "hn_po_new_import", 1, 0, 1, 1, """PO JERSEY THAILAND GRADE ORI MUSIM 2024/25 ⚽
Made in Thailand, barang baru lengkap tag, bahan dry
Liga Inggris, Spanyol, Italia, timnas
Harga 165rb, long sleeve +25rb, nameset +35rb
Close PO Sabtu, estimasi barang ready 14 hari"""),
("listing", "hn_new_import_batam_route", 1, 0, 1, 1, """Tas Wanita Import Baru Masuk Lewat Batam - Barang Resmi
Tas baru model Korea, masih dengan tag dan plastik pembungkus
Pengiriman dari gudang kami di Batam ke seluruh Indonesia, sudah termasuk pajak
Bukan preloved, bukan KW super
Harga 95-180rb"""),
("post", "hn_new_import_tagged", 1, 0, 1, 1, """Sepatu sneakers import Guangzhou baru datang 👟
Segel box, ada kertas pembungkus dan silica gel
Size 36-44, warna putih, hitam, abu
Harga 180rb, grosir 6 pasang 160rb/pasang
Pengiriman dari Surabaya, COD Jatim bisa"""),
("live", "hn_new_import_live", 1, 0, 1, 1, """Assalamualaikum, live hijab import Malaysia edisi baru ya sis 🌸
Tudung bawal sulam, instant syria, baru semua, masih dalam plastik asli dari Kuala Lumpur
Ketik "B" untuk bawal, "S" untuk syria, sebut warnanya
Harga live 55rb, stok per warna cuma 5-6
Transfer maksimal 1 jam setelah live ya"""),
("post", "hn_new_import_tagged", 1, 0, 1, 1, """Grosir kaos import Bangkok baru, langsung tersedia di kios kami Blok B Tanah Abang 🇹🇭
Motif kartun, tulisan, polos oversize
Per seri 6 pcs (S-XXL), harga 330rb/seri
Semua barang baru, dipacking per seri dalam plastik
Reseller luar kota bisa order lewat WA admin"""),
("message", "hn_new_bale_import", 1, 0, 1, 1, """Bang Rian, untuk kaos polos import China yang abang tanya kemarin:
dikemas per bal, 1 bal isi 500 pcs baru, masih segel pabrik dan ada label ukuran
dokumen impornya lengkap, jalur resmi lewat Tanjung Priok
harga per bal 9,5 juta, bisa campur warna kalau ambil minimal 3 bal
kabari ya bang kalau jadi"""),
("post", "hn_new_thrift_style", 1, 0, 1, 0, """"Kok kayak barang thrift?" Iya, emang sengaja 😄
Denim jacket washed & ripped kami bikin BARU di Bandung, efek pudarnya dari proses stone wash
Gak ada bekas pakai orang, gak ada impor bal-balan
Price 210k, size S-XXL, restock tiap bulan
Shop via link di bio, support lokal!"""),
("listing", "hn_factory_reject", 1, 0, 1, 0, """Grosir Sisa Ekspor Kaos Anak Branded Baru Per Kilo
Barang overstock dari pabrik garmen di Bawen, Jawa Tengah
Label masih ada sebagian, sebagian sudah dipotong
Kondisi baru 100%, belum pernah dipakai
Harga 120rb/kg, minimal 5 kg"""),
("listing", "hn_new_import_tagged", 1, 0, 1, 1, """Baju Bayi Import Korea BNWT Setelan Katun Organik
Brand Korea, baru dengan tag & hanger
Size 6-24 bulan
Harga 89rb per set, beli 3 gratis ongkir
Barang ready di Bekasi, masuk lewat importir resmi"""),
("review", "hn_review_no_seller", 0, 0, 1, 0, """Ulasan jujur setelah 3 bulan pakai celana chino ini:
Bahan nggak gampang kusut, warnanya masih tajam walau sering dicuci mesin.
Kekurangannya: kantong belakang agak dangkal, dompet gampang nongol.
Untuk harga di bawah 150 ribu menurut saya worth it.
Kalau postur kamu tinggi, pilih yang versi panjang."""),
("message", "hn_reorder_supplier", 1, 0, 1, 0, """Selamat pagi Kak Maya 🙏 dari Grosir Rahma.
Stok kulot plisket yang kakak ambil bulan lalu sudah kami restock, ada 4 warna baru: terracotta, sage, lilac, denim.
Harga reseller tetap 48rb, kalau ambil 2 kodi dapat 45rb.
Barang baru dari konveksi kami di Soreang, bisa kirim hari ini juga."""),
("message", "hn_koli_domestic", 1, 0, 1, 0, """Pak Rudi, orderan bapak 3 koli sudah naik truk ke Tanjung Perak sore ini.
Isi koli 1-2: kemeja seragam PNS 200 pcs, koli 3: celana dinas 80 pcs, semua baru dari konveksi kami di Gresik.
Dari Surabaya naik kapal ke Ambon, estimasi tiba 6-8 hari.
Mohon dicek jumlahnya saat bongkar ya pak, terima kasih."""),
("article", "hn_report", 0, 0, 1, 0, """Penjahit rumahan di Desa Ciwalen, Garut, kini kebanjiran pesanan gamis menjelang Ramadan.
Sebagian besar pesanan datang dari reseller yang berjualan lewat siaran langsung di media sosial.
"Dulu kami tunggu bandar datang, sekarang reseller pesan langsung," kata salah satu pemilik konveksi.
Pemerintah desa berencana membuat rumah kemasan bersama agar produk bisa dijual lebih rapi."""),
("article", "hn_tutorial", 0, 0, 1, 0, """Mau mulai jadi reseller hijab tanpa modal besar? Ini langkah sederhananya:
1. Pilih supplier yang jelas produksinya, minta sampel dulu.
2. Foto ulang produk dengan cahaya alami supaya beda dari reseller lain.
3. Mulai dari satu platform dulu, konsisten posting.
4. Catat setiap pesanan dan modal di buku atau spreadsheet.
Ingat, kualitas layanan sering lebih menentukan daripada harga murah."""),
("article", "hn_rules", 0, 0, 1, 0, """Panduan Siaran Langsung untuk Penjual Fashion
- Sebutkan bahan, ukuran, dan warna dengan jelas untuk setiap produk.
- Jangan menjanjikan harga yang tidak sesuai dengan keranjang.
- Hindari kata-kata yang menyesatkan seperti "original" untuk produk tiruan.
- Balas pertanyaan penonton secara sopan, dan catat pesanan dengan teliti.
Pelanggaran dapat menyebabkan fitur live dibatasi sementara."""),
("post", "hn_rental_preloved", 1, 1, 1, 0, """Sewa gaun pengantin & kebaya wisuda di Sanggar Ayu Rias 👰
Gaun bekas pakai pengantin kami sendiri, tiap habis sewa di-laundry profesional
Sewa 3 hari mulai 350rb, kebaya wisuda 150rb
Bisa fitting dulu di sanggar, Jl. Kauman, Kendal
Booking tanggal dari sekarang, musim nikahan cepat penuh"""),
("post", "hn_buyer_question", 0, 0, 1, 0, """Ada yang tahu toko gamis baru yang bahannya adem dan harganya di bawah 200 ribu?
Buat seragaman keluarga lebaran, butuh 9 pcs ukuran campur.
Kalau bisa yang ada size jumbo juga, mama aku LD 130.
Domisili Palembang, tapi order online juga gak apa-apa."""),
("post", "hn_job_vacancy", 0, 0, 1, 0, """DICARI HOST LIVE JUALAN FASHION 🎤
Toko baju wanita di Jakarta Timur butuh 2 host live TikTok & Shopee
Syarat: perempuan, 20-30 tahun, komunikatif, tahan live 4 jam
Gaji pokok + komisi penjualan
Kirim CV dan video perkenalan 1 menit ke email rekrutmen kami"""),
("listing", "hn_non_clothing_import", 1, 1, 0, 1, """Jam Tangan Seiko 5 Second Ex Jepang Automatic Original
Kondisi 85%, kaca ada baret halus, mesin normal akurat
Tanpa box, tali kulit diganti baru
Harga 850rb
Bisa cek ke tukang jam dulu sebelum bayar, COD Yogyakarta"""),
("listing", "hn_non_clothing_import", 1, 1, 0, 1, """Laptop Lenovo ThinkPad T480 Bekas Ex Kantor Singapura
Core i5 gen 8, RAM 16GB, SSD 512GB, layar mulus
Baterai tahan 3-4 jam, keyboard lengkap
Harga 4,1 juta, garansi toko 1 bulan
Ready stok di Batam, kirim ke seluruh Indonesia"""),
("listing", "hn_non_clothing_import", 1, 1, 0, 1, """Ban Bekas Impor Jepang Ring 17 Masih Tebal 70%
Merek Bridgestone dan Yokohama, produksi 2020-2021
Harga 550rb sepasang, sudah termasuk pasang dan balancing
Stok banyak ukuran, silakan tanya
Bengkel Ban Jaya, Jl. Sudirman Pekanbaru"""),
("listing", "hn_non_clothing_import", 1, 1, 0, 1, """Forklift Bekas Ex Jepang Kapasitas 3 Ton - Unit Siap Kerja
Tahun 2015, mesin diesel, jam kerja 8.000 HM
Sudah overhaul ringan, ban depan baru
Harga 165 juta, unit di yard Cikarang
Bisa inspeksi sebelum beli, pengiriman dibantu"""),
("post", "hn_plastic_scrap", 1, 1, 0, 1, """Supply cacahan plastik PET bekas impor untuk pabrik daur ulang ♻️
Dokumen impor lengkap sesuai ketentuan limbah non-B3
Minimal order 1 kontainer 20 feet
Sampel bisa dikirim ke pabrik anda dulu
Hubungi bagian pemasaran kami di kantor Surabaya"""),
("post", "hn_church_bazaar", 1, 1, 1, 0, """Bazar Natal Paroki St. Yosef 🎄
Sabtu-Minggu 14-15 Desember di halaman gereja
Ada pakaian bekas layak pakai sumbangan umat, mainan, buku, dan makanan ringan dari OMK
Baju mulai 3 ribu, sepatu mulai 10 ribu
Hasilnya untuk kado Natal anak-anak panti asuhan. Sampai jumpa!"""),
("post", "hn_school_bazaar", 1, 1, 1, 0, """Yuk ramaikan PRELOVED MARKET OSIS SMA Tunas Bangsa! 🛍️
Siswa dan alumni menjual baju, sepatu, dan tas pribadi yang sudah tidak dipakai
Jumat 7 Maret, jam istirahat kedua sampai pulang, di lapangan basket
Harga pelajar banget, 10-50rb
Sebagian keuntungan disumbangkan untuk kegiatan bakti sosial"""),
("post", "hn_used_word_new_goods", 1, 0, 1, 0, """Stok baru datang, langsung dibongkar dari karung 📦😆
Ini kiriman celana training dan kaos olahraga dari konveksi kami di Pasuruan, baru semua ya
Cocok buat seragam olahraga sekolah atau senam ibu-ibu
Harga 35rb per stel, grosir min 1 kodi 30rb
Gudang di Bangil, bisa ambil sendiri"""),
("comment", "hn_comment_reply_new", 1, 0, 1, 0, """@sulis_handayani iya bun, piyama anak motif dino masih ready 😊
Size 2, 4, 6 ada, size 8 habis.
Bahan katun rayon, baru dari konveksi Solo, bukan second ya bun.
45rb aja, mau langsung dibuatkan pesanan?"""),
("message", "hn_cod_local", 1, 0, 1, 0, """Kak, outfit yang kakak pesan sudah siap diantar ya.
Rok tutu anak warna pink ukuran 5 tahun + bando matching, semua baru dari toko kami di Mall Ciputra.
Kurir COD berangkat jam 2, bayar di tempat 135rb pas.
Kalau nanti ukurannya kurang pas, bisa tukar maksimal 3 hari dengan tag masih terpasang."""),
]
