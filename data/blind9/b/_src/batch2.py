# Illegal, code words and trade geography, few famous words.
RECORDS = [
("listing","regional_code_word",1,1,1,1,"""Jual Cakar Makassar Campur Wanita
Baru turun dari kapal, masih bungkus karung.
Isi blus, kemeja, celana kain, dress pesta.
Per karung 1,9jt, bisa ecer di lapak Pasar Toddopuli tiap pagi.
Hubungi Daeng Rahman 0852xxxx."""),
("post","regional_code_word",1,1,1,1,"""Ondeh mande, monza baru masuak hari ko 😁
Kaos, jaket, jo celana jeans, pilihan banyak bana.
Lapak kami di Pasar Raya Padang, dakek tangga lantai 2.
Sapotong mulai 15 ribu sajo, datang lah capek sabalun diambiak urang.
#monza #pasarrayapadang"""),
("message","regional_code_word",1,1,1,1,"""Horas lae! Pajak Melati lagi rame kali minggu ini.
Aku baru dapat goni isi jaket musim dingin, tebal-tebal, cocok kali buat yang mau ke Brastagi.
Sepotong 50 ribu aja, ambil banyak kukasih murah.
Kios nomor 118 dekat parkiran, cari aja Bang Togar. Atau wa 0813xxxx."""),
("post","regional_code_word",1,1,1,1,"""Awul-awul Sekaten buka lagi rek 🥳
Lapakku nang pojok wetan cedhak penjual arum manis.
Klambi, jaket, sepatu, kabeh 10 ewu-25 ewu.
Barange anyar mbukak koli wingi sore, isih akeh sing apik.
Monggo mampir, sing tuku telu tak kei bonus siji."""),
("listing","regional_code_word",1,1,1,1,"""ROMBENGAN SEPATU KETS - Baru Buka Koli
Ukuran 36-44, merk campur. Kondisi 70-90%.
Sepasang 60rb, 3 pasang 150rb.
Ambil di Pasar Kodim, atau kirim via pos.
Chat Mas Yudi 0896xxxx, balas malam."""),
("message","wholesale_price_list",1,1,1,1,"""DAFTAR HARGA MINGGU INI (per koli, belum ongkir):
• Kaos pria campur A : 2.700.000
• Kemeja wanita A : 3.100.000
• Jaket campur B : 2.300.000
• Celana jeans sortiran : 3.600.000
• Tas campur : 2.900.000
Barang naik dari Tanjungbalai, kirim ke Jawa estimasi 6-9 hari.
Pesan lewat admin saja, stok cepat habis."""),
("post","route_geography",1,1,1,1,"""Barang baru sampe dari Batam 🚢
Kali ini isinya kebanyakan kemeja kantor & blazer, cocok buat yang baru kerja.
Kondisi bekas layak pakai, sudah dipilah, harga 25-60rb.
Lokasi toko Tanjung Priok, belakang ruko warna kuning.
DM buat video barang."""),
("listing","sorted_lot",1,1,1,1,"""Sortiran Kaos Band & Vintage Tee Per Kilo
Harga 180rb/kg, minimal ambil 5 kg. Isi random, sebagian ada single stitch.
Bekas pakai, sudah dipisah dari yang rusak.
Pengambilan di gudang Cikarang atau ekspedisi.
Serius order aja ya kak, no PHP."""),
("comment","regional_code_word",1,1,1,1,"""Ndak ada kak, lelong kami semua ambil di Pontianak, barang masuk lewat Entikong.
Jaket 40, kemeja 25, celana 30. Boleh pilih di tempat.
Kalau mau kirim ke luar kota bisa, ongkir hitung berat."""),
("post","regional_code_word",1,1,1,1,"""Babebo Cianjur reopen 🙌
Setelah tutup sebulan, kios kami buka lagi mulai Senin.
Stok baru: sweater, hoodie, celana cargo, tas ransel.
Harga teu mahal, mulai 15 rebu.
Lokasi Pasar Induk Cianjur blok D. Mangga sumping!"""),
("message","reseller_recruit",1,1,1,1,"""DICARI RESELLER SELURUH INDONESIA ✅
Modal kecil, untung besar. Ambil barang per koli langsung dari gudang kami di Dumai.
Isi campur pakaian pria/wanita/anak, grade A & B tersedia.
Reseller dapat harga khusus + bebas pilih jenis isi.
Pendaftaran gratis, cukup chat 0821xxxx ketik DAFTAR."""),
("listing","sorted_lot",1,1,1,1,"""Grade S Kemeja Flanel - Per Karung 80 pcs
Sudah disortir, tidak ada yang bolong/noda parah.
Harga karung 3,2jt. Ready 6 karung.
Dikirim dari Pekanbaru, bisa bayar di tempat untuk wilayah Riau.
Foto isi karung bisa diminta lewat WA."""),
("post","market_of_trade",1,1,1,1,"""Yang nyari jaket denim murah, mampir ke lapak gue di Pasar Senen lantai 3 ya 😎
Baru bongkar pagi tadi, ada Lee, Wrangler, Levis, merk Jepang juga banyak.
Harga 70-140 rebu, bisa nego asal jangan sadis.
Kios "Denim Bro" no. 27, buka sampe jam 5."""),
("live","regional_code_word",1,1,1,1,"""Live cakar lagi nih kakak-kakak ❤️
Barusan buka karung isi dress & rok, motifnya lucu-lucu banget.
Harga 20 ribu sampai 45 ribu, semua satu kali pakai hanger ya biar kelihatan jelas.
Ketik "kep" + nomor, nanti admin yang catat.
Pengiriman dari Parepare tiap Senin & Kamis."""),
("message","wholesale_price_list",1,1,1,1,"""Price list gudang (update 3/6):
Bal A kemeja 100 pcs — 3,4jt
Bal B campur 120 pcs — 2,6jt
Bal anak 200 pcs — 3jt
Bal sepatu 35 psg — 2,2jt
Barang transit Port Klang → Belawan, stok bergantung kapal.
Yang serius kabari sebelum Jumat."""),
("post","route_geography",1,1,1,1,"""Tawau-Nunukan tiap minggu, barang ready di toko kami Tarakan 🛳️
Jaket gunung, sepatu lari, tas ransel bermerk, harga jauh lebih murah dari baru.
Semua pakaian sudah pernah dipakai tapi masih layak dan kami cuci ulang.
Mampir ke Toko Berkah Seberang, Jl. Yos Sudarso."""),
("listing","regional_code_word",1,1,1,1,"""Paket Awul Isi 20 Pcs Kaos Campur
Cocok buat dijual ulang di pasar malam / pasar kaget.
Ukuran campur S-XXL, kondisi layak pakai.
Harga paket 230rb (rata 11.500/pcs). Kirim dari Boyolali.
Tanya-tanya dulu boleh, WA 0812xxxx."""),
("comment","market_of_trade",1,1,1,1,"""Aku jualan di Pasar Kebon Kalapa kak, kios pinggir yang deket tukang es.
Tiap Selasa kami buka barang baru dari karungan, jaket tebal banyak.
Kalau mau dikirim, bisa video call dulu buat pilih."""),
("message","reseller_recruit",1,1,1,1,"""Mau jualan tapi belum ada modal besar? 💸
Gabung jadi dropshipper kami: kamu cukup posting foto, kami yang kirim.
Barangnya jaket, hoodie & sepatu dari bal Korea-Jepang yang kami buka tiap minggu.
Keuntungan 10-30rb per pcs. Free katalog & foto HD.
Minat? balas pesan ini ya kak."""),
("post","regional_code_word",1,1,1,1,"""Burjer Pasar Tungging Batam, ambil langsung dari pelabuhan 😁
Hari ini banyak selimut tebal, sprei, juga jaket bulu.
Barang lama yang tak laku kami obral 5 ribu saja.
Datang pagi biar dapat pilihan bagus, kami tutup jam 2 siang."""),
("listing","sorted_lot",1,1,1,1,"""Jaket Campur Grade A - Isi 60 Pcs - Sortiran Gudang
Berat sekitar 45 kg, kondisi layak pakai. Model bomber, parka, varsity, windbreaker.
Harga 2.950.000. Kirim via kargo laut dari Batam, estimasi 5 hari ke Jakarta.
Garansi isi sesuai deskripsi, ada video unboxing."""),
("post","regional_code_word",1,1,1,1,"""Weekend plan: ngonja di Pasar Rakyat 🤭
Eh iya, lapak monja kami buka sampai malam, banyak celana chino sama kemeja flanel.
Harga mulai 20rb aja, bisa tuker kalau ukurannya nggak pas.
Lokasi deket pintu masuk Medan Tembung. #monjamedan"""),
("message","route_geography",1,1,1,1,"""Pak Haji, barang yang dari Tanjungpinang sudah turun semalam.
Ada 12 karung: 5 campur dewasa, 4 anak, 3 sepatu.
Kalau bapak jadi ambil semua saya kasih 2,4jt per karung, kalau ecer tetap 2,7jt.
Mohon kabari sebelum sore, yang lain juga sudah tanya."""),
("post","market_of_trade",1,1,1,1,"""Kalau ke Makassar jangan lupa mampir ke Pasar Sentral ya, lantai bawah itu surganya cakar.
Kios kami (Cakar Ammi) jual kemeja, blazer dan tas kulit mulai 15 ribu.
Buka tiap hari kecuali Jumat siang.
Yang sudah langganan tahu lah kualitasnya 👌"""),
("listing","wholesale_price_list",1,1,1,1,"""Harga Grosir Lelong Sambas - Minggu Ini
Kemeja lengan panjang: 200rb/lusin
Kaos: 150rb/lusin
Celana panjang: 250rb/lusin
Jaket: 400rb/lusin
Barang dari Tebedu, sudah pilih. Minimal 2 lusin. Hubungi 0812xxxx."""),
("comment","sorted_lot",1,1,1,1,"""Karung B bisa kak, isinya lebih acak tapi harganya cuma 1,6jt.
Kalau mau yang aman ambil grade A aja, 2,8jt per karung, lebih banyak yang layak jual.
Aku bisa kirim minggu ini dari Pekanbaru."""),
("live","market_of_trade",1,1,1,1,"""Live dari kios Gedebage langsung yaa 📍
Barusan datang karungan celana cargo & jogger, masih bau gudang hehe.
Satu potong 35 ribu, tiga potong 90 ribu.
Yang mau borong satu karung juga bisa, DM habis live."""),
("post","route_geography",1,1,1,1,"""Stok jaket musim dingin dari Entikong datang lagi ❄️
Tebal, hangat, cocok buat yang mau liburan ke Jepang atau Korea (ironis ya wkwk).
Harga 60-150rb, ada merk Uniqlo, Zara, Columbia.
Toko di Sanggau, kirim juga ke Pontianak tiap Rabu."""),
("message","regional_code_word",1,1,1,1,"""Assalamualaikum ibu-ibu pengajian 😊
Anak saya baru buka lapak roma di Pasar Sungai Bilu Banjarmasin.
Jualan gamis, kerudung, rok, baju anak, mulai 10 ribu.
Kalau ada waktu silakan mampir, bilang saja kenal Bu Halimah."""),
("listing","sorted_lot",1,1,1,1,"""Tas Wanita Per Koli - Sortir Grade A+
Isi 40-45 tas (shoulder bag, tote, sling). Ada merk Charles & Keith, Zara, Mango.
Harga 3,7jt per koli, ongkir dari gudang Cikarang ditanggung pembeli.
Bukan barang baru, kondisi 80-95%."""),
]
