# Hand-written long-form texts, batch 4. (family, kind, category, "offer used clothing abroad", text)
RECORDS = [
# F50 baby clothes vs newspaper
("F50", "message", "twin_broadcast_baby_clothes", "1111", """Bunda, bal baju bayi ex Jepang sudah dibuka 👶
Isi jumper, romper, kaos kaki, topi, merk Nishimatsuya & Miki House
Dijual per pack 10 potong 85rb, sudah dicuci air panas
Ready di Bekasi Utara, bisa kirim instan
Stok terbatas bun, yg kemarin habis dalam 2 jam"""),
("F50", "message", "hn_twin_not_clothing_paper", "1011", """Bos, bal koran bekas ex Jepang sudah dibuka 📰
Isi koran & majalah lama, kertas tebal, bersih, cocok buat bungkus & kerajinan
Dijual per pack 10kg 85rb
Ready di Bekasi Utara, bisa kirim instan
Stok terbatas, pengrajin kemarin ambil banyak"""),

# F51 sneaker bio vs reviewer bio
("F51", "profile", "twin_bio_quiet", "1111", """👟 Sepatu Kedua SBY
Nike • Adidas • Asics ex Vietnam & Korea
Semua pernah dipakai, dicuci deep clean sebelum kirim
Open order tiap Senin & Kamis, COD Tunjungan
Testi di sorotan ⬆️"""),
("F51", "profile", "hn_twin_reviewer_bio", "0111", """👟 Catatan Sepatu Kedua SBY
Ngereview sepatu second ex Vietnam & Korea yg banyak beredar di pasar
Cara cek sol, lem, keaslian, dan cuci deep clean
Aku TIDAK jual sepatu & tidak terima endorse lapak
Konten baru tiap Senin & Kamis"""),

# F52 baju Batam
("F52", "listing", "twin_listing_regional", "1111", """Dress Pesta Baju Batam - Bahan Sifon
Model panjang, warna dusty pink, size M
Ada sedikit benang ketarik di bagian pinggang, gak keliatan kalau dipake
Harga 75rb, kirim dari Pekanbaru
Yang lain cek katalog ya kak"""),
("F52", "listing", "hn_twin_new_dress", "1101", """Dress Pesta Import Batam - Bahan Sifon
Model panjang, warna dusty pink, size M
BARU, stok FO Batam dari butik Singapura, label & plastik masih ada
Harga 175rb, kirim dari Pekanbaru
Yang lain cek katalog ya kak"""),
("F52", "listing", "hn_twin_own_dress_local", "1110", """Dress Pesta Preloved - Bahan Sifon
Model panjang, warna dusty pink, size M, dijahit di penjahit langganan di Pekanbaru buat nikahan sepupu
Cuma sekali pakai, ada benang ketarik dikit di pinggang
Harga 75rb, kirim dari Pekanbaru
Yang lain cek katalog ya kak"""),

# F53 per kilo vs scrap
("F53", "message", "twin_wa_per_kilo", "1111", """Pagi bos, stok gudang Cilincing minggu ini:
- Kaos campur grade B: 18rb/kg
- Celana panjang grade A: 32rb/kg
- Jaket grade A: 40rb/kg
Min order 50kg, barang baru masuk dari Priok
Pembayaran cash/transfer, ambil sendiri"""),
("F53", "message", "hn_twin_not_clothing_scrap", "1011", """Pagi bos, stok gudang Cilincing minggu ini:
- Besi tua campur grade B: 5rb/kg
- Tembaga bekas grade A: 98rb/kg
- Aluminium bekas ex kapal Singapura: 21rb/kg
Min order 50kg, barang baru masuk dari Priok
Pembayaran cash/transfer, ambil sendiri"""),

# F54 branded bag vs watch, vs review
("F54", "listing", "twin_listing_bag_grade", "1111", """Tas Longchamp Le Pliage Large - Grade AB
Barang ex Jepang, kulit handle masih bagus, nylon ada noda samar
Ukuran 31x30x19, warna navy
Harga 320rb, bisa cek langsung di Cempaka Mas
Minat chat aja, fast respon"""),
("F54", "listing", "hn_twin_not_clothing_watch", "1011", """Jam Tangan Seiko 5 Automatic - Grade AB
Barang ex Jepang, mesin masih jalan normal, kaca ada baret samar
Diameter 37mm, dial navy
Harga 820rb, bisa cek langsung di Cempaka Mas
Minat chat aja, fast respon"""),
("F54", "review", "hn_twin_buyer_review_no_seller", "0111", """Mau sharing, aku dapet tas Longchamp Le Pliage grade AB ex Jepang hasil tukar-tukaran sama temen kantor
Handle kulit masih bagus, nylon ada noda samar, setelah dicuci hilang
Pertanyaanku: ada yg tau cara cek keaslian Le Pliage second?
Kode di dalam tas ada, tapi aku ragu. Bantu ya kakak2 🙏"""),

# F55 courier says not seller
("F55", "message", "twin_broadcast_warehouse", "1111", """Gudang Cikarang update 🚚
6 koli ex Korea sudah turun: sweater, kemeja, celana kain
Yg sudah DP silakan pelunasan hari ini, yg belum bisa ambil per koli 2,9jt
Pengiriman besok pagi ke Bandung & Tasik
Info & order: Mas Rudi 0812xxxx"""),
("F55", "message", "hn_twin_courier_not_seller", "0111", """Gudang Cikarang update 🚚
6 koli ex Korea sudah turun tadi, isinya sweater, kemeja, celana kain bekas
Saya cuma sopir ekspedisi ya pak, bukan penjual, jangan nanya harga ke saya
Tolong pemilik barang segera ambil, gudang mau dipakai besok
Info surat jalan: Mas Rudi 0812xxxx"""),

# F56 monja Medan vs new jeans
("F56", "profile", "twin_bio_monja", "1111", """Lapak Monja Bang Tigor 👖
Jeans, jaket denim, kemeja kotak-kotak
Pilih di tempat atau request ukuran lewat WA
Pasar Melati, los 12, buka Selasa-Minggu
Horas! 0812xxxx"""),
("F56", "profile", "hn_twin_new_jeans_bio", "1101", """Lapak Jeans Bang Tigor 👖
Jeans, jaket denim, kemeja kotak-kotak, semua baru, impor dari pabrik Guangzhou
Masih plastik & hangtag, ukuran 27-40 lengkap
Pasar Melati, los 12, buka Selasa-Minggu
Horas! 0812xxxx"""),

# F57 winter jacket: trip vs import
("F57", "listing", "twin_listing_winter_quiet", "1111", """Jaket Winter Long Padding - size L
Stok datang dari karung ex Korea, kondisi 90%, resleting aman
Tebal, bisa sampai minus 10 derajat
Harga 210rb, ada 5 warna
Cocok buat yg mau liburan ke Jepang/Korea akhir tahun"""),
("F57", "listing", "hn_twin_own_trip_jacket", "1110", """Jaket Winter Long Padding - size L
Beli di Uniqlo Kota Kasablanka, cuma aku pakai seminggu waktu liburan ke Seoul, kondisi 90%
Tebal, bisa sampai minus 10 derajat
Harga 410rb, warna hitam
Cocok buat yg mau liburan ke Jepang/Korea akhir tahun"""),

# F58 Dumai route vs fridge
("F58", "message", "twin_wa_dumai", "1111", """Kak, barang seken ex Singapura masuk Dumai tadi subuh
Blazer, kemeja kerja, celana bahan, banyak merk kantoran
Kalau mau saya kirim 1 karung kecil dulu (±50 potong), 1,2jt
Bisa video call sebelum kirim biar kakak yakin"""),
("F58", "message", "hn_twin_not_clothing_appliance", "1011", """Kak, barang seken ex Singapura masuk Dumai tadi subuh
Kulkas 2 pintu, mesin cuci, microwave, banyak merk Jepang
Kalau mau saya kirim 1 unit dulu, kulkas 1,2jt
Bisa video call sebelum kirim biar kakak yakin"""),

# F59 band tee
("F59", "listing", "twin_listing_band_tee", "1111", """Kaos Band Metallica 1994 Tour - Vintage asli
Dari bal ex USA, single stitch, tag Giant
Sablon retak natural, ada bolong kecil di ketiak
Harga 650rb nego, serius aja ya
Cek tag di foto 4"""),
("F59", "listing", "hn_twin_reprint_new", "1101", """Kaos Band Metallica 1994 Tour - Reprint
Kaos BARU impor Thailand, sablon ulang pakai desain tour asli, tag Giant replika
Sablon dibuat efek retak, bahan 24s tebal
Harga 150rb, ready S-XXL
Cek detail di foto 4"""),

# F60 local jeans base
("F60", "post", "hn_twin_local_preloved_sale", "1110", """Beres-beres kamar, aku lepas 7 celana jeans pribadi 👖
Levi's 501, Lee, Edwin, semua beli sendiri di mall Makassar, udah kekecilan semua
Bekas pakai tapi masih tebal, 80-120rb
DM ya, COD Panakkukang
#prelovedmakassar"""),
("F60", "post", "hn_twin_swap_event", "0110", """Beres-beres kamar, aku bawa 7 celana jeans pribadi ke acara tukar baju Sabtu ini 👖
Levi's 501, Lee, Edwin, semua beli sendiri di mall Makassar, udah kekecilan semua
Bekas pakai tapi masih tebal, bukan dijual, tukar aja sama baju kalian
Acaranya di taman Panakkukang, gratis
#tukarbaju #slowfashion"""),
("F60", "post", "twin_karung_jeans", "1111", """Buka karung hari ini, aku lepas 7 celana jeans pilihan 👖
Levi's 501, Lee, Edwin, dari karungan ex Jepang yg masuk lewat Parepare
Bekas pakai tapi masih tebal, 80-120rb
DM ya, COD Panakkukang
#cakarmakassar"""),

# F61 football jersey
("F61", "listing", "hn_twin_new_jersey_import", "1101", """Jersey Arsenal Home 23/24 - Original
Import resmi dari Inggris, BNWT, tag adidas lengkap
Size M & L ready, harga 1,1jt
Bisa cek keaslian di toko kami Kemang
Pembayaran via marketplace atau transfer"""),
("F61", "article", "hn_twin_news_jersey", "0101", """Kemendag mencatat peredaran jersey Arsenal dan klub Eropa lain yang diimpor resmi dari Inggris naik menjelang musim baru.
Jersey baru itu dijual sekitar 1,1 juta rupiah di toko-toko ritel Jakarta.
Sejumlah toko diminta menunjukkan dokumen impor untuk memastikan barang tidak diselundupkan."""),
("F61", "listing", "twin_bale_jersey", "1111", """Jersey Arsenal Home 23/24 - Original
Dari bal jersey bekas ex Inggris, kondisi 85%, sponsor masih utuh
Size M & L ready, harga 250rb
Bisa cek langsung di lapak kami Kemang
Pembayaran via marketplace atau transfer"""),

# F62 household textiles vs kitchenware
("F62", "profile", "twin_bio_household", "1111", """🏠 Rumah Handuk & Selimut Lelong
Handuk hotel, selimut bulu, gorden, sarung bantal ex Malaysia
Sudah dicuci bersih, harga 15rb-80rb
Jl. Tanjung Raya 2 Pontianak Timur
Pesan antar WA 0812xxxx"""),
("F62", "profile", "hn_twin_kitchenware_bio", "1011", """🏠 Rumah Perabot Dapur Lelong
Panci, wajan, rice cooker, piring keramik bekas ex Malaysia
Sudah dicuci bersih, harga 15rb-80rb
Jl. Tanjung Raya 2 Pontianak Timur
Pesan antar WA 0812xxxx"""),

# F63 complaint quoting ad
("F63", "message", "twin_broadcast_party_dress", "1111", """✨ Gaun pesta second dari Tanjungpinang sudah ready ✨
Kebanyakan ex Hongkong & Singapura, payet masih rapi
Harga 90-200rb, bisa sewa juga
Ambil di butik kami Jl. Sudirman Pekanbaru
WA 0812xxxx"""),
("F63", "message", "hn_twin_customer_complaint", "0111", """Kak admin grup, aku mau komplain soal butik di Jl. Sudirman Pekanbaru 😤
Iklannya "gaun pesta second dari Tanjungpinang, ex Hongkong & Singapura, payet rapi"
Pas aku beli 200rb, payetnya rontok semua, baunya apek, minta retur ditolak
Tolong anggota lain hati2 ya, jangan sampai kejadian sama"""),

# F64 Senen quiet vs own
("F64", "listing", "twin_listing_senen", "1111", """Kemeja Polo Ralph Lauren Oxford - size M
Ambil langsung dari Senen kemarin, kondisi 90%
Warna biru muda, kerah masih kaku
Harga 85rb, kirim dari Kramat
Bisa bundling sama kemeja lain"""),
("F64", "listing", "hn_twin_own_shirt", "1110", """Kemeja Polo Ralph Lauren Oxford - size M
Punya suami, dibeli di counter Senayan City tahun lalu, kondisi 90%
Warna biru muda, kerah masih kaku
Harga 385rb, kirim dari Kramat
Bisa bundling sama kemeja lain"""),

# F65 Kebon Kalapa vs tutorial
("F65", "post", "twin_post_kebon_kalapa", "1111", """Yang di Bandung merapat ke Kebon Kalapa! 🏃
Kios kami @kioskang_jajang baru bongkar stok: jaket corduroy, sweater crewneck, celana chino
Harga 25-75rb, ada yg cacat minor dikasih tau langsung
Buka 10 pagi, parkir motor di belakang
#kebonkalapa #bandung"""),
("F65", "article", "hn_twin_tutorial_washing", "0111", """Cara mencuci baju bekas impor dari Kebon Kalapa atau pasar sejenis sebelum dipakai:
1. Rendam air panas minimal 60°C selama 30 menit
2. Cuci terpisah pakai deterjen + cairan antiseptik
3. Jemur di bawah matahari langsung, setrika suhu tinggi
Ini bukan promosi kios mana pun, sekadar tips kesehatan."""),

# F66 bicycles
("F66", "message", "twin_broadcast_reseller_bale", "1111", """Info reseller 📢
Rompi & jaket kerja bekas Jepang, sistem per bal 80kg
Cocok buat dijual lagi ke bengkel & proyek, harga 3,4jt/bal
Stok di gudang Tanjung Emas Semarang
Yang mau gabung jadi reseller hubungi admin"""),
("F66", "message", "hn_twin_not_clothing_bicycle", "1011", """Info reseller 📢
Sepeda lipat & sepeda mini bekas Jepang, sistem per kontainer 40 feet
Cocok buat dijual lagi ke toko sepeda, harga 3,4jt/unit rata2
Stok di gudang Tanjung Emas Semarang
Yang mau gabung jadi reseller hubungi admin"""),
]
