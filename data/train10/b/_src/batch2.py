# Hand-written long-form texts, batch 2. (family, kind, category, "offer used clothing abroad", text)
RECORDS = [
# F18 preloved bag
("F18", "listing", "twin_listing_quiet", "1111", """Tas Coach Signature Tote - preloved
Dapet dari karungan Batam, tapi aku pilih yg paling mulus
Kulit masih kenyal, sudut aman, dalaman ada noda pulpen kecil
Harga 450rb, no nego
Sold out = hapus postingan"""),
("F18", "listing", "hn_twin_own_purchase", "1110", """Tas Coach Signature Tote - preloved
Dulu aku beli sendiri di outlet Plaza Indonesia 2019, nota & dustbag masih ada
Kulit masih kenyal, sudut aman, dalaman ada noda pulpen kecil
Harga 1,45jt, nego tipis
Sold out = hapus postingan"""),

# F19 reseller bio
("F19", "profile", "twin_bio_loud", "1111", """Thrift Import Surabaya 🇯🇵🇰🇷
Grosir & eceran | buka bal tiap Jumat
Kaos 15k • Kemeja 25k • Jaket 50k
Melayani reseller se-Jatim, bisa kirim per karung
📍 Pasar Gembong | WA 0812xxxx"""),
("F19", "profile", "hn_twin_new_goods", "1101", """Grosir Kaos Polos Import Surabaya 🇯🇵🇰🇷
Grosir & eceran | restock tiap Jumat
Kaos & kemeja baru impor Korea-Jepang, ambil langsung dari grosir Dongdaemun & Osaka
Kaos 25k • Kemeja 55k • Jaket 90k
Melayani reseller se-Jatim, bisa kirim per kodi
📍 Jl. Kapasan | WA 0812xxxx"""),
("F19", "profile", "hn_twin_local_wardrobe_bio", "1110", """Lemari Kedua Surabaya 🌿
Jual preloved pribadi & titipan temen2 kantor
Kaos 15k • Kemeja 25k • Jaket 50k
Bukan barang bal / impor, semua dari lemari orang Surabaya sendiri
📍 COD Gubeng | WA 0812xxxx"""),

# F20 Bandung Gedebage video
("F20", "post", "twin_haul_with_shop", "1111", """Haul jaket kulit di Gedebage hari ini 🧥🔥
Dapet 3 jaket kulit asli ex Italia, total cuma 380rb
Kalian bisa langsung ke kios @kiosmangujang lantai 2, bilang aja dari konten ini dapet diskon
Barangnya bekas tapi kulitnya masih lemes
#gedebage #thrifthaul #jaketkulit"""),
("F20", "post", "hn_twin_haul_no_seller", "0111", """Haul jaket kulit hasil jalan-jalan ke Gedebage 🧥
Dapet 3 jaket kulit ex Italia bekas, total 380rb
Aku gak tau nama kiosnya, muter2 aja sampe pegel, dan ini bukan endorse
Cuma mau nunjukin cara bedain kulit asli vs sintetis, lihat slide 3-5
#gedebage #tips #jaketkulit"""),

# F21 Bali/Kediri Gringging shop
("F21", "listing", "twin_listing_loud", "1111", """🔥GROSIR BAJU BEKAS IMPOR GRINGGING KEDIRI🔥
Balan pendek isi ±200 potong, campur kaos & kemeja
Harga 1,9jt per bal, bisa ambil di toko atau kirim
Eceran di toko mulai 5rb-10rb/potong
WA 0812xxxx (Bu Ani)"""),
("F21", "listing", "hn_twin_not_clothing", "1011", """🔥GROSIR PLASTIK BEKAS IMPOR KEDIRI🔥
Bal pendek isi ±200 kg, campur botol PET & gelas plastik dari Korea
Harga 1,9jt per bal, bisa ambil di gudang atau kirim
Cocok buat usaha cacah / daur ulang
WA 0812xxxx (Bu Ani)"""),

# F22 Jakarta Blok M
("F22", "post", "twin_stall_quiet", "1111", """Lapak kami di Blok M Square lantai basement udah buka lagi ya 🙌
Kemeja & blazer pilihan ex Jepang, Korea, sesekali Australia
Semua sudah dicuci ulang, kondisi 80-95%
Harga 45k-150k, bisa tawar buat langganan
#blokmsquare #blazerwanita #kemejakerja"""),
("F22", "post", "hn_twin_new_goods", "1101", """Lapak kami di Blok M Square lantai basement udah buka lagi ya 🙌
Kemeja & blazer impor Jepang Korea, BARU dari grosir Dongdaemun & Shibuya
Semua fresh, masih plastik, belum pernah dipakai, size 1-4 lengkap
Harga 145k-250k, bisa tawar buat langganan
#blokmsquare #blazerwanita #newarrival"""),
("F22", "post", "hn_twin_used_local_new_stall", "1110", """Lapak kami di Blok M Square lantai basement udah buka lagi ya 🙌
Kemeja & blazer second titipan pelanggan Jakarta sendiri, sistem konsinyasi
Semua sudah dicuci ulang, kondisi 80-95%, gak ada barang impor/karungan
Harga 45k-150k, bisa tawar buat langganan
#blokmsquare #konsinyasi #preloved"""),

# F23 Kalimantan border
("F23", "message", "twin_wa_route", "1111", """Bos, barang dari Entikong sudah sampai Sanggau tadi pagi
5 karung campur: jaket, sweater, celana panjang, semua second Malaysia
Kalau mau ambil semua saya kasih 6,5jt, eceran per karung 1,4jt
Jangan lama ya bos, orang Sintang juga sudah tanya"""),
("F23", "message", "hn_twin_not_clothing", "1011", """Bos, barang dari Entikong sudah sampai Sanggau tadi pagi
5 karung campur: gearbox, pompa air, dinamo, semua second Malaysia
Kalau mau ambil semua saya kasih 6,5jt, eceran per karung 1,4jt
Jangan lama ya bos, orang Sintang juga sudah tanya"""),

# F24 bedsheets
("F24", "listing", "twin_listing_household", "1111", """Seprai & bed cover lelong Singapore 🛏️
Ukuran queen/king, katun tebal, motif polos & bunga
Kondisi layak pakai, sudah dicuci, beberapa pudar dikit
Seprai 45rb, bed cover 85rb
Pontianak Barat, bisa antar sekitar kota"""),
("F24", "listing", "hn_twin_new_goods", "1101", """Seprai & bed cover import Singapore 🛏️
Ukuran queen/king, katun tebal, motif polos & bunga
Kondisi BARU dalam kemasan, stok sisa toko yg tutup di Orchard, jastip pribadi
Seprai 145rb, bed cover 285rb
Pontianak Barat, bisa antar sekitar kota"""),

# F25 Bukittinggi / Pasar Aur
("F25", "live", "twin_live_quiet", "1111", """Halo kakak2 yg baru gabung live 👋
Ini stok ex Korea yg kemaren dibongkar, kardigan & sweater rajut
Yg aku angkat ini nomor 17, 35rb aja, bahannya tebel
Mau? Ketik 17 ya, yg pertama nulis dia yg dapet
Habis ini kita buka karung yg satunya lagi"""),
("F25", "live", "hn_twin_live_new_production", "1101", """Halo kakak2 yg baru gabung live 👋
Ini stok baru impor Korea yg baru keluar dari kargo, kardigan & sweater rajut
Yg aku angkat ini nomor 17, 95rb aja, bahannya tebel, masih ada plastiknya
Mau? Ketik 17 ya, yg pertama nulis dia yg dapet
Habis ini kita buka kardus yg satunya lagi, warna pastel"""),

# F26 complaint
("F26", "review", "hn_twin_complaint", "0111", """⭐ Kecewa berat sama akun @balpresmurah_official
Diiklankan "balpres Korea grade A super, 100kg, 7jt", yg datang isinya kaos bolong & handuk lembab
Chat gak dibales, nomor 0812xxxx udah gak aktif
Jangan tergiur ya guys, mending beli baju di tempat resmi
Sudah aku laporin ke marketplace"""),
("F26", "post", "twin_offer_loud", "1111", """@balpresmurah_official READY LAGI 💥
Balpres Korea grade A super, 100kg, 7jt
Isi campur kaos, kemeja, jaket, celana, dijamin minim reject
Pembayaran via rekening, kirim dari gudang Tanjungbalai Karimun
Info 0812xxxx, fast respon"""),

# F27 Instagram church youth
("F27", "post", "hn_twin_upcycle_local", "1110", """Koleksi REWORK vol. 3 ♻️
Jaket denim bekas dari gudang donasi Jakarta, kami potong ulang & tambah patchwork batik
Tiap potong cuma 1, dijahit penjahit lokal Tebet
Harga 220k-350k, pre-order lewat link di bio
#upcycle #reworkdenim #sustainablefashion"""),
("F27", "post", "twin_rework_import_bale", "1111", """Koleksi REWORK vol. 3 ♻️
Jaket denim dari bal ex Amerika yg kami bongkar sendiri, dipotong ulang & tambah patchwork batik
Tiap potong cuma 1, dijahit penjahit lokal Tebet
Harga 220k-350k, order lewat link di bio
#upcycle #reworkdenim #thrift"""),

# F28 WhatsApp group Batam
("F28", "message", "twin_broadcast_loud", "1111", """📣 BROADCAST PELANGGAN BAJU BATAM
Koli baru datang: kemeja & celana bahan impor Singapura
Harga per koli (±45kg) 3,2jt, ambil di Sekupang
Eceran kemeja 20rb, celana 25rb
Pesan via WA, barang gak bisa di-keep lebih dari 1 hari"""),
("F28", "message", "hn_twin_not_clothing_jute", "1011", """📣 BROADCAST PELANGGAN GUDANG SEKUPANG
Koli baru datang: karung goni bekas impor Singapura, bekas wadah kopi & kakao
Harga per koli (±45kg) 650rb, ambil di Sekupang
Cocok buat media tanam, karung pasir, kerajinan
Pesan via WA, barang gak bisa di-keep lebih dari 1 hari"""),

# F29 Facebook group seller bio
("F29", "profile", "twin_bio_quiet", "1111", """Rumah Monza Pak Ucok 🧥
Jual eceran & sortiran, barang pilihan tiap Selasa
Jaket gunung, kemeja flanel, celana cargo
Lokasi: Simpang Limun, Medan (depan bengkel)
Nb: Luar kota bisa kirim, ongkir tanggung pembeli"""),
("F29", "profile", "hn_twin_new_shop_bio", "1101", """Rumah Jaket Pak Ucok 🧥
Jual eceran & grosir, barang baru tiap Selasa
Jaket gunung, kemeja flanel, celana cargo, semua baru impor dari pabrik Guangzhou
Lokasi: Simpang Limun, Medan (depan bengkel)
Nb: Luar kota bisa kirim, ongkir tanggung pembeli"""),

# F30 guide / rule
("F30", "article", "hn_twin_rule_guideline", "0111", """Panduan komunitas grup Jual Beli Medan Kota (update):
1. Dilarang posting jualan baju monza, balpres, atau pakaian bekas impor dalam bentuk apapun
2. Postingan berisi "per bal", "per karung", "grade A Korea" akan dihapus admin
3. Pelanggar 2x dikeluarkan dari grup
Terima kasih atas pengertiannya 🙏"""),
("F30", "post", "twin_group_post", "1111", """Jual baju monza sortiran grade A Korea 🙏
Per karung 1,1jt atau eceran 15-30rb
Ada kemeja, kaos, celana jeans, semua mulus
Ambil di Pasar Sambu atau COD Medan Kota
Inbox aja kak"""),
("F30", "post", "hn_twin_used_domestic_not_abroad", "1110", """Jual baju bekas pribadi sekeluarga 🙏 (bukan monza, bukan karungan)
Anak2 udah besar semua, eceran 15-30rb
Ada kemeja, kaos, celana jeans, mulus
COD Medan Kota aja ya
Inbox aja kak"""),

# F31 jastip
("F31", "post", "twin_jastip_used", "1111", """JASTIP SECOND STREET TOKYO 🇯🇵 batch Juni
Aku lagi di Shibuya, bisa titip jaket, tas, sepatu preloved dari Second Street & Hard Off
Fee jastip 15% dari harga, ongkir kargo dihitung per kg
Close order tgl 20, barang sampe Jakarta awal Juli
DM buat list & foto live"""),
("F31", "post", "hn_twin_jastip_new", "1101", """JASTIP UNIQLO & GU TOKYO 🇯🇵 batch Juni
Aku lagi di Shibuya, bisa titip jaket, tas, sepatu BARU dari Uniqlo, GU & ABC Mart
Fee jastip 15% dari harga, ongkir kargo dihitung per kg
Close order tgl 20, barang sampe Jakarta awal Juli
DM buat list & foto live"""),

# F32 two-element fail: buyer asking new goods
("F32", "message", "twin_wa_supplier_offer", "1111", """Selamat pagi kak, saya supplier dari Tanjungbalai 🙏
Ready karungan celana jeans Levi's, Wrangler, Lee ex USA
1 karung ±300 potong, harga 6jt, bisa COD di Medan
Foto & video buka karung bisa saya kirim
Kalau cocok, kabari ya kak"""),
("F32", "message", "hn_twin_buyer_new_goods", "0101", """Selamat pagi kak, saya mau tanya dong 🙏
Kakak ada stok celana jeans Levi's, Wrangler, Lee ORI baru ex USA yg masih segel?
Saya butuh ±30 potong buat seragam tim, bisa COD di Medan?
Tolong kirim foto & harga ya kak
Kalau cocok saya langsung transfer"""),

("F32", "message", "hn_twin_seller_new_goods", "1101", """Selamat pagi kak, saya supplier dari Tanjungbalai 🙏
Ready celana jeans Levi's, Wrangler, Lee ORI baru ex USA, masih segel plastik & hangtag
1 dus isi 30 potong, harga 9jt, bisa COD di Medan
Foto & video unboxing bisa saya kirim
Kalau cocok, kabari ya kak"""),

# F33 bazaar gereja reverse
("F33", "message", "twin_bazaar_turned_bale", "1111", """Halo ibu-ibu arisan 🌸
Sabtu ini aku buka lapak di garasi: 2 bal baju wanita ex Hongkong baru aku bongkar
Blus, rok, dress, cardigan, semua second tapi banyak yg masih kinclong
Harga 10-40rb, datang pagi biar dapet yg bagus
Alamat Perum Griya Asri blok C"""),
("F33", "message", "hn_twin_garage_sale_own", "1110", """Halo ibu-ibu arisan 🌸
Sabtu ini aku buka lapak di garasi: isi 2 lemari aku sama almarhumah mama
Blus, rok, dress, cardigan, semua second tapi banyak yg masih kinclong
Harga 10-40rb, datang pagi biar dapet yg bagus
Alamat Perum Griya Asri blok C"""),

# F34 denial in listing
("F34", "listing", "hn_twin_denial_import", "1110", """Sepatu Converse Chuck 70 Hitam - Size 42
Second pemakaian pribadi 5x, beli di Sport Station Grand Indonesia
Bukan barang bal, bukan import karungan, nota ada
Insole masih empuk, outsole aman
Harga 550rb, COD Bekasi"""),
("F34", "listing", "twin_listing_grade", "1111", """Sepatu Converse Chuck 70 Hitam - Size 42
Grade A+ dari bal sepatu Korea, cuma ada 1 pasang ini
Insole masih empuk, outsole aman, bekas cuci dikit
Harga 250rb, COD Bekasi
Bisa nego buat pembelian 2 pasang"""),
]
