R = [
("listing", "plain_offer", 1, 1, 1, 1, """
JAKET PARKA SECOND EX KOREA – READY 8 PCS
Kondisi 8-9/10, sudah dilaundry & disetrika uap
Ukuran M sampai XXL, detail LD/PJ tanya admin
Harga 85rb/pcs, ambil 3 jadi 230rb
Pengiriman dari Bekasi tiap hari kecuali Minggu
No retur kecuali salah kirim ya kak
"""),
("post", "fb_group_offer", 1, 1, 1, 1, """
Permisi admin, izin promo 🙏
Saya jual kemeja kerja pria seken Singapura, masih rapi2 kerah ga kusam.
Harga 20rb, 6 potong 100rb.
Barang bisa dilihat di rumah, Jl. Seroja Batam Kota (dekat masjid), atau COD di Nagoya.
Chat WA 0812xxxx, slow respon kalau jam kerja.
"""),
("message", "wa_broadcast", 1, 1, 1, 1, """
*INFO STOK MINGGU INI* 📦
Koli dari Port Klang sudah bongkar di gudang Dumai, isi:
- kemeja cewek campur ±250 pcs
- celana kulot & rok ±120 pcs
- jaket tipis ±60 pcs
Harga borong per koli 3,8jt, ecer silakan ke lapak.
Yang mau dikirim ke Pekanbaru bisa titip travel, ongkir ditanggung pembeli.
Balas pesan ini dengan format: NAMA / JUMLAH KOLI / KOTA
"""),
("post", "tiktok_caption_haul", 1, 1, 1, 1, """
haul jaket musim dingin 💙 semua seken dari Jepang, total cuma 260rb buat 4 jaket
1. puffer hitam 75rb
2. coat krem 80rb
3. fleece navy 50rb
4. windbreaker vintage 55rb
belinya di @gudangkazeshop ya bestie, mereka restock tiap Kamis malam
#haul #jaketjepang #ootdhijab
"""),
("live", "live_sale", 1, 1, 1, 1, """
🔴 LIVE MALAM INI JAM 20.00 WIB
Buka goni baru kiriman dari Tawau, isinya kaos & polo cowok
Harga dibuka 10rb, yang paling cepet komen nomor dia yang dapet
Pembayaran lewat keranjang kuning, kirim besok pagi
Jangan lupa follow biar dapet notif 🙌
"""),
("profile", "seller_bio", 1, 1, 1, 1, """
🧥 Rumah Jaket Seoul
2nd winterwear langsung dari Korea, sortir sendiri satu2
📍 offline store: Jl. Sukajadi, Bandung (buka 10-21)
🚚 kirim seluruh Indonesia, COD bisa
💬 reseller & dropship welcome, cek highlight "JOIN"
"""),
("post", "reseller_recruit", 1, 1, 1, 1, """
LOWONGAN RESELLER (bukan kerja kantoran ya 😄)
Kami supplier pakaian seken luar negeri (Jepang, Korea, Taiwan) sejak 2019.
Kamu dapet: foto katalog tiap hari, harga modal 15-30rb, boleh jual berapa aja.
Syarat: punya akun sosmed aktif & mau live minimal 2x seminggu.
Minat? isi form di link bio, nanti admin masukin grup.
"""),
("listing", "wholesale_bale", 1, 1, 1, 1, """
Dijual grosir pakaian seken ex Jepang per sak
Isi: kemeja lengan panjang campur merk (Uniqlo, GU, Muji dll)
Berat ±100kg, kurang lebih 350-400 potong
Kondisi campur, rata2 layak jual, ada yg minus dikit
Harga 6,5jt nego sampai jadi
Lokasi gudang Medan Marelan, bisa dicek langsung
"""),
("listing", "bale_grade", 1, 1, 1, 1, """
READY GRADE LIST (ex Korea):
• Cream: hoodie & sweater bersih, hampir tanpa cacat – 9jt
• Grade A: kaos & kemeja campur, minus kecil – 5,5jt
• Grade B: campuran, cocok buat jual 10rb-an – 3jt
Semua per press ±100kg, kirim pakai ekspedisi laut ke luar Sumatra
Tanya stok dulu sebelum transfer
"""),
("post", "port_route", 1, 1, 1, 1, """
Jalur aman Tanjungpinang – Jakarta 🚢
Kami terima titipan pakaian seken Singapore per karung, diantar sampai gudang kamu
Estimasi 5-7 hari, bisa rutin tiap minggu
Harga jasa tergantung berat, tanya admin
Barang sudah disortir, tinggal jual
"""),
("listing", "market_stall", 1, 1, 1, 1, """
Lapak Mak Ros – Pasar Tungging, Pekanbaru
Sedia: kemeja, blus, gamis, celana dari Malaysia & Singapura, semua seken pilihan
Harga 10rb–40rb, grosir lebih murah
Buka tiap hari jam 8 pagi sampai 5 sore, Jumat tutup siang
Cari aja tenda biru sebelah penjual sandal
"""),
("post", "x_thread", 1, 1, 1, 1, """
1/ ok karena banyak yg nanya, ini list jaket seken Jepang yg aku jual bulan ini 🧵
2/ Carhartt detroit brown, L, 350k – minus kerah pudar
3/ TNF nuptse 700 hitam, M, 600k – mulus
4/ Barbour waxed, 40, 450k
5/ semua aku bawa dr Osaka wkt pulang kemarin, shipping dr Tangsel. DM ya
"""),
("post", "ig_caption", 1, 1, 1, 1, """
New drop hari Jumat! ✨
Kali ini tema "Tokyo office lady": blazer, rok midi, kemeja satin, semua secondhand dari Jepang dan udah kita cuci ulang.
Harga mulai 45k.
Cara order: komen "mau + kode" lalu DM, first come first serve.
📍 ship from Malang
#preloved #japanstyle #secondhandjepang
"""),
("listing", "evasive_spelling", 1, 1, 1, 1, """
JAKET S3K3N 3X J3P4NG - CAMPUR MERK
ready ±40 pcs, ada TNF, Columbia, Mont-bell
harga 60-150k tergantung kondisi
chat aja jangan tulis kata2 aneh di diskusi produk ya kak, nanti tokonya kena 🙏
"""),
("listing", "evasive_spelling", 1, 1, 1, 1, """
kem3ja 2 n d ex T41w4n
ukuran campur, motif kotak2 & polos
10 pc = 150k, 30 pc = 400k
kirim via kargo dari Jkt Utara
kode aman: ketik 'K0L1' kalau mau ambil partai
"""),
("post", "regional_medan", 1, 1, 1, 1, """
Woi kawan2 Medan! 📣
Awak baru dapat barang dari Belawan, kemeja & jaket seken Jepang, mantap kali kualitasnya.
Harganya mulai 15 ribu aja, jaket kulit ada juga 100an.
Datang langsung ke kede awak di Pajak Sambu lantai 2, cari aja Bang Ronal.
Jangan nanya lewat inbox terus ga jadi beli ya lae 😅
"""),
("post", "regional_javanese", 1, 1, 1, 1, """
Sugeng enjing dulur 🙏
Klambi seken Korea anyar teka, jaket, sweater, kaos, apik-apik tenan.
Rego mulai 20ewu, sing tuku akeh oleh potongan.
Lapakku ning Pasar Klewer mburi, utawa pesen online lewat WA 0857xxxx.
Monggo pinarak 😊
"""),
("post", "regional_sundanese", 1, 1, 1, 1, """
Wilujeng sonten baraya 🙏
Aya barang anyar di lapak abdi Kebon Kalapa, jaket & hoodie seken ti Jepang.
Hargana mimiti 25 rebu, kualitasna mah alus pisan.
Bade ngagaleuh online oge tiasa, WA wae ka 0812xxxx.
Nuhun!
"""),
("post", "regional_makassar", 1, 1, 1, 1, """
Halo kak, singgah ki dulu di lapakku 😁
Ada baju roma baru datang dari Parepare, isinya kemeja & rok ex Malaysia.
Murah ji, mulai 10 ribu, bisa tawar-tawar sedikit.
Lokasi di Pasar Terong lantai dasar, sebelah penjual ikan kering.
Kalau mau lewat online, chat meki saja.
"""),
("post", "regional_pontianak", 1, 1, 1, 1, """
Kamek ade jual baju lelong dari Kuching, banyak pilihan 🤗
Kemeje, celane jeans, jaket, sampai selimut pun ade.
Harge mulai 5 ribu, agek borong lagi murah.
Datang jak ke Pasar Sudirman belakang, tanyak Kak Ijah.
Atau chat WA 0896xxxx
"""),
("post", "english_mix", 1, 1, 1, 1, """
Closet of Kyoto is BACK 🍂
Curated 2nd hand pieces shipped from Japan: wool coats, chore jackets, pleated skirts.
Price range 120k–450k, each item is one of a kind.
Drop link goes live Sunday 7pm, set your alarm!
Jakarta same day delivery available.
"""),
("listing", "plain_offer", 1, 1, 1, 1, """
Sepatu Lari Second Original Ex Singapura
Brand: Asics, Mizuno, New Balance
Size 39-44, kondisi 80-90%, insole masih empuk
Harga 180-280rb, bisa cek video detail
Lokasi: Tanjung Uncang, Batam. Kirim ke luar Batam bisa.
"""),
("listing", "plain_offer", 1, 1, 1, 1, """
Tas wanita branded seken ex Jepang (Coach, Furla, Samantha Thavasa)
Semua ori, bisa dicek pakai kode seri
Kondisi bervariasi, harga 175rb – 600rb
Foto asli, bukan ambil dr internet
Minat DM / WA 0821xxxx, Surabaya Barat
"""),
("message", "dm_offer", 1, 1, 1, 1, """
Halo kak Rani 👋
Sesuai obrolan kemarin, ini stok kemeja kantor seken ex Hongkong yang masih ada: 42 pcs.
Kalau ambil semua aku kasih 18rb/pcs ya, sudah termasuk plastik packing.
Kirim dari Batam pakai JNE trucking, sekitar 1 minggu sampai Semarang.
Kabari aja kalau jadi, aku siapin hari ini.
"""),
("live", "live_sale", 1, 1, 1, 1, """
Sesi live pagi: BONGKAR KOLI KOREA 🎉
Jam 9 sampai jam 12 siang, khusus sweater rajut & cardigan cewe
Start 15rb, kelipatan naik 5rb
Yang menang lelang wajib checkout maks 10 menit
Follow & share live-nya biar rame yaa
"""),
("post", "creator_promo", 1, 1, 1, 1, """
Ngajak kalian ke tempat ngubek-ngubek jaket seken impor favoritku di Jakarta 😍
Lokasinya Pasar Senen Blok III lantai 2, kios nomor 148 punya Bang Jali.
Aku dapet jaket varsity US 65rb & kemeja flanel 30rb.
Tips: datang weekday pagi, belum rame dan barang baru keluar.
Jangan lupa sebut nama aku biar dikasih diskon 😆
"""),
("post", "creator_promo", 1, 1, 1, 1, """
Kolaborasi sama @lemarioma.second nih! 🧡
Mereka jual baju seken ex Korea yang udah dicuci dan dikurasi.
Aku pilihin 5 outfit di bawah 200rb, cek videonya sampai habis ya.
Pakai kode OMA15 buat diskon 15% sampai akhir bulan.
#endorse #fashionmurah
"""),
("listing", "wholesale_bale", 1, 1, 1, 1, """
Jual partai besar: 2 kontainer 40 feet pakaian seken ex Cina & Korea
Isi campur (kaos, celana, jaket, tas), total ±22 ton
Barang sudah di gudang Belawan, bisa survei
Harga per kg, nego untuk pembeli serius saja
Calo jangan menghubungi
"""),
("post", "reseller_recruit", 1, 1, 1, 1, """
Buat kamu yang mau usaha sampingan 💼
Join jadi agen pakaian seken Jepang kami! Paket starter:
- 1 goni campur (±250 pcs)
- 2 rak besi + gantungan
- pelatihan live selling 2x
Harga paket 3,5jt, bisa cicil 2x.
Udah 80+ agen di Sumatra & Jawa. DM untuk info lengkap.
"""),
("listing", "emoji_inside_word", 1, 1, 1, 1, """
Jaket s🅴k🅴n ex K🅾️rea ready banyak
Hoodie, varsity, puffer, bomber
45rb – 120rb
Cek katalog di story, order ketik kode di DM
Kirim dari Cimahi, bisa COD area Bandung Raya
Stok keluar tiap Selasa & Sabtu, jangan sampai kehabisan
"""),
("post", "port_route", 1, 1, 1, 1, """
Info buat yang nanya jalur barang:
Kami ambil dari Tawau, masuk Nunukan, lanjut kapal ke Parepare.
Isinya pakaian seken Malaysia campur, per goni 60-80kg.
Yang di Sulawesi & NTB bisa order, kita antar sampai pelabuhan tujuan.
Pembayaran setengah di muka.
"""),
("post", "fb_marketplace", 1, 1, 1, 1, """
Jual cepat, butuh uang!
Stok sisa lapak: ±300 potong baju seken ex Malaysia (kemeja, kaos, celana)
Semua 1,5jt borong, ga bisa ecer
Lokasi Sanggau, dekat jalan lintas Entikong
Serius hubungi 0852xxxx, PHP minggir
"""),
("listing", "plain_offer", 1, 1, 1, 1, """
Selimut tebal & bedcover seken ex Jepang 🛏️
Sudah dicuci laundry kiloan, wangi
Ukuran single & double, motif macam2
Harga 45rb – 90rb
COD Depok & sekitarnya, luar kota pakai kargo
"""),
("profile", "seller_bio", 1, 1, 1, 1, """
Supplier pakaian 2nd import sejak 2017
📦 per koli / per kg / ecer
🇯🇵 🇰🇷 🇹🇼 🇬🇧
Gudang: Gedebage, Bandung
Grup reseller: link di bawah ⬇️
Pengiriman pakai kargo darat & laut ke seluruh Indonesia
"""),
]
