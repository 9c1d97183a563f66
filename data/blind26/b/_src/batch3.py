# Batch 3: legal hard negatives (sellers of new goods, own preloved, donations, non-clothing bales). Hand-written.
RECORDS = [
("listing", "hn_new_thrift_style", (1, 0, 1, 0), """Kemeja Flanel Thrift Look - BARU, Produksi Sendiri
Motif kotak-kotak ala barang thrift tapi 100% baru, dijahit di konveksi kami di Bandung.
Bahan katun flanel tebal, size M-XXL.
Harga 89rb, grosir 12 pcs 900rb. Bukan barang bekas ya kak!"""),
("post", "hn_new_thrift_style", (1, 0, 1, 0), """Suka vibe vintage tapi males nyari-nyari di pasar? 😆
Koleksi 'Retro Rack' kita semuanya BARANG BARU dengan washing yang bikin kelihatan kayak thrift.
Hoodie faded, jeans washed, kaos print 90an. Semua lokal, dijahit di Solo.
Order di website, ada diskon 15% buat pembelian pertama."""),
("listing", "hn_new_import", (1, 0, 1, 1), """Sneakers Onitsuka Tiger Mexico 66 - BNWT Import Jepang
Barang baru, box lengkap, tag masih nempel, dibeli langsung di Osaka.
Size 40 dan 41 tersedia, harga 1,45jt.
Bukan second ya kak, ada nota pembelian bisa ditunjukkan."""),
("post", "hn_new_import", (1, 0, 1, 1), """PO Jastip Uniqlo Jepang batch Desember 🇯🇵
Aku berangkat ke Tokyo tanggal 12, bisa titip heattech, ultra light down, kaos UT.
Semua barang baru dari store, fee jastip 10% dari harga.
Close PO tanggal 10, DP 50%. Slot terbatas 30 orang aja ya."""),
("listing", "hn_new_import", (1, 0, 1, 1), """Dress Korea Import Baru - Ready Stock
Model babydoll, bahan sifon lapis, tersedia warna cream, sage, dusty pink.
Barang baru dari supplier Dongdaemun, bukan barang second.
Harga 175rb, all size fit to L. Kirim hari ini kalau order sebelum jam 3."""),
("listing", "hn_own_preloved", (1, 1, 1, 0), """Preloved Pribadi - Blazer Zara Hitam Size S
Dibeli di Zara Grand Indonesia 2022, dipakai 3x buat interview.
Sekarang udah nggak muat, jadi dilepas aja 250rb (beli 899rb).
Kondisi 95%, nggak ada noda. COD Tebet atau kirim."""),
("post", "hn_own_preloved", (1, 1, 1, 0), """Beres-beres lemari sebelum pindahan, jadi lepas beberapa baju pribadiku ya 🥲
- Kemeja Executive putih size M, 60rb
- Rok plisket Cotton Ink, 75rb
- Cardigan rajut beli di pasar Beringharjo, 40rb
Semua pernah kupakai, kondisi masih bagus. Nego boleh, serius only."""),
("listing", "hn_own_preloved", (1, 1, 1, 0), """Jual Sepatu Bekas Pribadi Adidas Ultraboost Size 42
Beli di Adidas store Pondok Indah Mall tahun lalu, jarang dipakai karena kekecilan.
Sol masih tebal, ada sedikit kotor di mesh, bisa dicuci.
Harga 700rb nego. Nota dan box masih ada."""),
("comment", "hn_own_preloved", (1, 1, 1, 0), """Kak, aku ada gamis bekas pribadi juga nih, cuma dipakai sekali pas lamaran sepupu.
Beli di butik di Tanah Abang. Size L, warna sage. Kalau kakak minat 150rb aja, bisa COD di Depok."""),
("post", "hn_own_preloved", (1, 1, 1, 0), """Preloved dari lemari sendiri, bukan dari karungan ya 🙏
Tas Charles & Keith beli di mall tahun 2021, dipakai kerja sekitar setahun.
Kulit sintetis, ada lecet di pojok bawah. Dilepas 180rb aja.
Yang mau DM, yang cuma nanya 'masih?' terus ngilang mohon maaf aku skip hehe"""),
("post", "hn_charity_bazaar", (1, 1, 1, 0), """BAZAR AMAL SMP Tunas Harapan 🎗️
Sabtu, 14 September, jam 08.00–13.00 di aula sekolah.
Menjual pakaian layak pakai sumbangan orang tua murid dan guru: seragam, kemeja, kaos, sepatu anak.
Harga 5.000–25.000. Seluruh hasil untuk beasiswa siswa kurang mampu.
Mari datang dan ajak keluarga!"""),
("post", "hn_charity_bazaar", (1, 1, 1, 0), """Garage sale Gereja St. Yohanes minggu depan setelah misa kedua 🙏
Baju bekas layak pakai hasil donasi jemaat, mainan, buku, perabot kecil.
Semua harga di bawah 30 ribu, hasilnya untuk renovasi atap pastoran.
Yang mau menyumbang barang masih bisa antar ke sekretariat sampai Jumat."""),
("article", "hn_charity_bazaar", (1, 1, 1, 0), """Pasar Murah Pakaian Layak Pakai Digelar Karang Taruna RW 05
Karang Taruna RW 05 Kelurahan Sukamaju menggelar pasar murah pakaian layak pakai pada Minggu pagi.
Pakaian tersebut merupakan sumbangan warga yang dikumpulkan selama sebulan, lalu dicuci dan disortir oleh remaja setempat.
Harga dipatok Rp 2.000 sampai Rp 10.000 per potong. Ketua panitia, Rizal (23), mengatakan uang yang terkumpul akan dipakai untuk kegiatan 17 Agustus."""),
("post", "hn_donation_request", (0, 1, 1, 0), """Kami membuka donasi pakaian layak pakai untuk korban banjir di Kecamatan Dayeuhkolot 🙏
Yang dibutuhkan: baju anak, sarung, selimut, handuk, pakaian dalam baru.
Mohon pakaian sudah dicuci dan dilipat. Titik kumpul di posko masjid Al-Ikhlas sampai hari Kamis.
Terima kasih atas kepeduliannya."""),
("message", "hn_donation_request", (0, 1, 1, 0), """Bu ibu grup arisan, saya mau kumpulkan baju bekas layak pakai buat panti asuhan Bina Kasih bulan ini.
Kalau ada baju anak yang sudah kekecilan, tolong dibawa pas arisan hari Minggu ya.
Nanti saya yang antar ke panti bareng suami. Matur nuwun 🙏"""),
("listing", "hn_used_vehicle", (1, 1, 0, 0), """Jual Motor Bekas Honda Beat 2019
Surat lengkap, pajak hidup sampai Maret, mesin halus.
Body ada baret di sayap kiri, ban belakang baru ganti.
Harga 11,5jt nego tipis, lokasi Cimahi. Hubungi Pak Asep 0812xxxx"""),
("listing", "hn_used_import_machine", (1, 1, 0, 1), """Dijual Mesin Jahit Bekas Ex Jepang - Juki DDL 8700
Mesin high speed second, didatangkan dari Jepang oleh importir resmi mesin.
Sudah diservis, siap pakai untuk konveksi.
Harga 3,2jt, bisa kirim ke seluruh Jawa. Garansi 1 bulan."""),
("listing", "hn_bale_cardboard", (1, 1, 0, 0), """Jual Kardus Bekas Per Bal
Kardus bekas dari gudang distributor minuman, sudah dipress rapi.
1 bal kurang lebih 80kg, harga 2.500/kg.
Cocok untuk pengepul atau pabrik daur ulang. Lokasi Cibitung, ambil sendiri."""),
("listing", "hn_karung_produce", (1, 0, 0, 0), """Beras Pandan Wangi Cianjur per Karung 25kg
Beras baru panen, pulen dan wangi.
Harga 340rb per karung, ambil 10 karung bonus 1.
Kirim area Bogor-Depok, ongkir gratis minimal 5 karung."""),
("listing", "hn_used_phone", (1, 1, 0, 1), """iPhone 12 Pro Bekas Ex Inter Singapore 128GB
Mulus 95%, battery health 86%, Face ID normal.
Unit ex Singapura, IMEI sudah terdaftar resmi di Kemenperin.
Harga 6,9jt, fullset dus. COD Mangga Dua atau kirim."""),
("listing", "hn_majun", (1, 1, 0, 0), """Jual Majun Kain Perca Per Karung
Majun untuk lap mesin bengkel dan pabrik, daya serap tinggi.
Potongan kain sisa dan kaos bekas yang sudah dipotong-potong, bersih tanpa kancing dan resleting.
Harga 9.000/kg, 1 karung sekitar 25kg. Kirim Jabodetabek."""),
("listing", "hn_fabric_roll", (1, 0, 0, 1), """Kain Katun Jepang Import Per Roll
Kain katun motif Jepang, lebar 110cm, 1 roll 50 meter.
Barang baru dari pabrik di Osaka, cocok untuk gamis, kemeja, dan mukena.
Harga per roll 2,1jt, eceran per meter 48rb. Toko kain Cipadu."""),
("listing", "hn_used_furniture", (1, 1, 0, 0), """Lemari Pakaian Bekas Jati 3 Pintu
Lemari jati tua, masih kokoh, pintu kaca cermin di tengah.
Ada sedikit goresan di sisi kanan, engsel baru diganti.
Harga 2,5jt, tidak termasuk ongkos angkut. Lokasi Klaten."""),
("listing", "hn_goni_sack", (1, 1, 0, 0), """Karung Goni Bekas Siap Pakai
Karung goni bekas kopi, ukuran besar, masih kuat.
Cocok untuk karung pasir, dekorasi kafe, atau lomba balap karung 17an.
Harga 6.000 per lembar, ambil 100 lembar 5.000. Lokasi Temanggung."""),
("listing", "hn_sisa_ekspor", (1, 0, 1, 0), """Kaos Polos Sisa Ekspor - Baru Bukan Bekas
Produksi pabrik garmen di Sukabumi, sisa order buyer Eropa yang tidak terkirim.
Label masih asli, ada yang label dipotong.
Harga 22rb/pcs, grosir lusinan 230rb. Barang baru semua, cek foto detail."""),
("listing", "hn_factory_reject", (1, 0, 1, 0), """Celana Chino Reject Pabrik
Reject minor: jahitan sedikit miring atau warna belang tipis.
Produksi garmen lokal di Semarang, barang baru belum pernah dipakai.
15rb per potong, 1 karung isi 100 pcs harga 1,3jt."""),
("listing", "plain_clothing_listing", (1, 0, 1, 0), """Gamis Syari Set Khimar - Bahan Wolfis Premium
Tersedia warna navy, maroon, mocca, dan hitam.
Ukuran M, L, XL. Jahitan rapi, ada kancing busui di depan.
Harga 165rb, free ongkir Pulau Jawa sampai akhir bulan."""),
("post", "plain_clothing_listing", (1, 0, 1, 0), """Kaos sablon edisi Agustusan udah ready! 🇮🇩
Bahan cotton combed 30s, sablon plastisol awet.
Ada desain 'Merdeka Rebahan' dan 'Gotong Royong Level 100'.
Harga 75rb, pre-order untuk ukuran 3XL. Produksi sendiri di Yogyakarta."""),
("listing", "plain_clothing_listing", (1, 0, 1, 0), """Seragam Sekolah SD Merah Putih Lengkap
Kemeja putih + rok/celana merah, bahan tetoron tidak panas.
Ukuran 6 sampai 16. Baru, dibungkus plastik per set.
Harga set 120rb. Toko Seragam Pelita, Pasar Baru Bekasi."""),
("listing", "hn_local_upcycle", (1, 1, 1, 0), """Tote Bag Upcycle dari Jeans Bekas 🌱
Dibuat dari celana jeans bekas yang dikumpulkan dari tetangga dan teman, dijahit ulang oleh ibu-ibu PKK Kampung Gedong.
Setiap tas unik, tidak ada yang sama.
Harga 65rb, sebagian hasil untuk kas PKK."""),
("post", "hn_local_thrift_domestic", (1, 1, 1, 0), """Thrift booth kita di car free day minggu ini isinya 100% dari lemari anggota komunitas, bukan dari bal atau karungan impor ya 🙏
Ada kemeja, rok, sepatu, buku, dan mainan.
Harga 10-50rb, sebagian keuntungan untuk donasi ke taman baca.
Lokasi depan Bank BJB Jalan Dago."""),
("post", "hn_swap", (0, 1, 1, 0), """Clothes swap party sabtu ini di kafe Ruang Tengah! 👗🔄👕
Bawa maksimal 5 baju bekas pribadi yang masih layak, tukar dengan punya orang lain.
Gak ada jual beli, tiket masuk cuma bayar minuman.
Sisa baju yang gak diambil akan kami donasikan ke panti."""),
("post", "hn_local_thrift_domestic", (1, 1, 1, 0), """Aku buka lapak preloved kecil-kecilan di marketplace, isinya baju-baju aku, kakak, dan adik yang udah gak kepake.
Semua beli di Indonesia, mostly dari mall dan online shop lokal. Bukan barang impor bekas ya.
Harga 20-80rb. Cek etalase 'Lemari Tiga Saudara' di Shopee."""),
("listing", "hn_used_appliance", (1, 1, 0, 0), """Mesin Cuci Bekas Sharp 2 Tabung 8kg
Masih normal cuci dan pengering, dinamo halus.
Dijual karena pindah ke apartemen. Harga 850rb.
Lokasi Bintaro sektor 3, ambil sendiri ya."""),
("listing", "hn_karung_fertilizer", (1, 0, 0, 0), """Pupuk Kompos Organik Per Karung 40kg
Dari kotoran sapi fermentasi, sudah matang dan tidak bau.
Cocok untuk sayur, buah, dan tanaman hias.
Harga 35rb per karung, pengiriman Malang Raya."""),
("listing", "hn_used_import_machine", (1, 1, 0, 1), """Forklift Bekas Ex Jepang Toyota 3 Ton
Tahun 2015, jam kerja 8.000, mesin diesel sehat.
Unit impor resmi lengkap dokumen PIB.
Harga 145jt nego. Lokasi Surabaya, bisa dicek langsung."""),
("listing", "hn_bale_plastic", (1, 1, 0, 0), """Jual Plastik Bekas Press Per Bal
Plastik PP dan PE bekas kemasan, sudah dipress per bal 60kg.
Cocok untuk pabrik biji plastik daur ulang.
Harga 4.000/kg, minimal 1 ton. Lokasi Karawang."""),
("listing", "hn_bnwt_local", (1, 0, 1, 0), """Kemeja Erigo BNWT Size L
Baru dengan tag, salah beli ukuran jadi dijual lagi.
Beli di website resmi minggu lalu, belum dicuci belum dipakai.
Harga 160rb (beli 199rb). COD Bekasi Timur."""),
("message", "hn_own_preloved", (1, 1, 1, 0), """Mbak, jaket yang kemarin mbak tanya itu jaket aku sendiri ya, beli di Matahari tahun lalu. Dipakai beberapa kali aja.
Kalau mbak mau, 90rb aja udah sama ongkir ke Sleman. Bisa transfer atau COD di kampus."""),
("post", "hn_new_thrift_style", (1, 0, 1, 0), """New collection 'Second Life' dari brand kita cuma NAMANYA aja yang second ya 🤭
Semua kemeja dan outer-nya baru, dijahit di workshop kita di Bandung dengan kain sisa produksi.
Model boxy ala vintage, ada 6 motif. Restock Jumat jam 7 malam di website."""),
]
