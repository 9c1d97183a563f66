# Batch 3: Makassar/Bugis, Manado, Kupang/NTT, Ambon, Papuan Indonesian, Balinese-flavoured Indonesian.
B3 = [
("listing", "regional_code_word", 1, 1, 1, 1,
"""Cakar baru masuk mi di lapakku, Pasar Terong samping kanal 🔥
Isinya jaket, kemeja, celana jeans, dari karung Korea sama Jepang.
Harga mulai 10 ribu ji, yang branded ada 50an.
Datang cepat ki nah, biasanya jam 9 sudah diobrak-abrik orang.
WA Daeng Ical 0812xxxx"""),

("post", "hn_own_wardrobe", 1, 1, 1, 0,
"""Mau ka jual baju-bajuku, sempit mi semua 😅
Baju bekas saya sendiri ji, bukan cakar, bukan dari karung. Kubeli ji dulu di MaRI sama Trans Studio.
Kemeja 3 lembar 90 ribu, rok 2 lembar 60 ribu.
Ambil ki di Antang atau kukirim pakai ojol. Tidak nego mi nah."""),

("article", "hn_news_market", 0, 1, 1, 1,
"""PAREPARE - Lapak cakar di Pasar Lakessi mulai sepi menjelang lebaran tahun ini.
Pedagang bilang karung dari Nunukan jarang masuk karena pemeriksaan di pelabuhan diperketat.
Pembeli yang biasanya datang dari Sidrap dan Pinrang kini memilih baju baru di toko.
Seorang pedagang mengaku sudah tiga minggu tidak membuka karung baru."""),

("message", "bale_grade", 1, 1, 1, 1,
"""Tabe' di', stok karung cakar minggu ini:
- Karung campur Korea 2,8 juta
- Karung jaket Jepang 3,6 juta
- Karung anak-anak 2,2 juta
Barang masuk dari Nunukan lewat Parepare, ambil mi di gudang Maros.
Reseller dari Bone sama Gowa bisa ji dikirim pakai truk. Telepon ki 0813xxxx"""),

("post", "hn_buyer_complaint", 0, 1, 1, 1,
"""Ededeh, sakit hatiku sama itu penjual cakar online 😤
Kubayar mi 300 ribu katanya 10 jaket Korea, yang sampai 4 ji, robek lagi semua.
Kutanya ki baik-baik, dia bilang "memang begitu mi barang karung".
Jangan ki beli di akun "Cakar Murah Mks", bohong ji semua fotonya."""),

("post", "hn_meme", 0, 1, 1, 1,
"""Anak Makassar kalau ditanya bajunya beli di mana:
"Di mall ji" (padahal cakar Aroepala 15 ribu) 😂
Yang penting gaya ji, merek luar negeri ki, walaupun sudah dipake orang Jepang lima tahun.
Tag temanmu yang begini mi!"""),

("listing", "hn_sarung", 1, 0, 1, 0,
"""Lipa' sabbe Sengkang, tenunan baru dari Wajo 🧵
Bukan bekas, bukan cakar, asli dari alat tenun ibu-ibu di kampung.
Sarung sutera mulai 350 ribu, kain untuk baju bodo' juga ada.
Bisa kirim ke luar Sulawesi. Pesan mi di IG @lipasabbe_indo"""),

("live", "live_sale", 1, 1, 1, 1,
"""Live malam ini di FB jam 9 nah, bongkar karung cakar baru 🔴
Karung dari Malaysia, isinya hoodie sama sweater musim dingin.
Semua 30 ribu ji, ambil tiga jadi 80.
Ketik "mauka" di komen, transfer sebelum live selesai.
Kirim dari Makassar ke seluruh Sulsel."""),

("post", "plain_offer", 1, 1, 1, 1,
"""Kita ada jual pakaian bekas dari luar, baru turun dari kapal di Bitung 🛳️
Jaket, kemeja, celana, ada juga sepatu. Samua masih bagus-bagus.
Harga murah skali, mulai 15 ribu.
Ngana mo lia-lia datang jo di rumah, Tikala, dekat gereja. Atau WA 0812xxxx."""),

("post", "hn_own_wardrobe", 1, 1, 1, 0,
"""Kita ada jual baju-baju bekas kita sandiri, nda muat kwa 😅
Bukang cabo, bukang dari karung. Samua kita beli di Manado Town Square dulu.
Dress 2 biji 100 ribu, kemeja 40 ribu.
Sapa mau, ambe jo di Malalayang. Torang nda antar."""),

("listing", "regional_code_word", 1, 1, 1, 1,
"""CABO baru masuk! 🔥
Barang dari Filipina deng Malaysia, lewat Sangihe, baru buka karung tadi pagi.
Jaket, baju kaos, celana jeans, mulai 10 ribu.
Torang pe lapak di Pasar 45 Manado, blakang tampa jual ikan.
Cepat datang, nanti abis."""),

("article", "hn_news_seizure", 0, 1, 1, 1,
"""MANADO - Petugas gabungan menyita 150 karung pakaian bekas yang diangkut kapal dari Kepulauan Sangihe.
Barang tersebut diduga berasal dari Filipina Selatan dan akan dijual di pasar-pasar di Manado.
Pemilik kapal beralasan tidak tahu isi muatan karena hanya dititipkan.
Kasus ini kini ditangani penyidik Bea Cukai."""),

("post", "hn_meme", 0, 1, 1, 1,
"""Mama: "Ngana beli baju ini di mana?"
Kita: "Di mall, ma"
Mama: "Jang tipu, ada bau cabo ini" 🤣
Torang orang Manado, hidung so terlatih deteksi barang karung dari jauh.
Share kalau ngana pernah ketahuan bagini!"""),

("listing", "hn_church_sale", 1, 1, 1, 0,
"""Syalom basudara jemaat GMIM Sion 🙏
Komisi Pemuda mo bekeng bazar pakaian bekas layak pakai, sumbangan dari jemaat sandiri.
Harga 5 ribu sampe 25 ribu. Hasil jualan for bantu biaya sekolah anak-anak kurang mampu.
Hari Sabtu, jam 9 pagi, di halaman gereja. Datang jo samua!"""),

("post", "plain_offer", 1, 1, 1, 1,
"""Beta ada jual pakaian bekas dari Timor Leste deng Australia, baru datang lewat Motaain 🚛
Jaket, baju, celana, deng sepatu. Samua masih bagus.
Harga 15 ribu sampe 60 ribu.
Lu mau lihat datang sa di beta pung rumah, Oebobo, dekat SD Inpres. Ato WA 0812xxxx."""),


("listing", "hn_tenun", 1, 0, 1, 0,
"""Tenun ikat Sumba deng Rote, baru dari penenun di kampung 🧣
Sonde bekas, sonde impor, samua ditenun tangan.
Selendang mulai 250 ribu, kain sarung 750 ribu, ada juga kemeja dari tenun.
Bisa kirim ke luar NTT. Info: 0852xxxx
#tenunikat #NTT"""),

("article", "hn_news_market", 0, 1, 1, 1,
"""KUPANG - Pedagang pakaian bekas di Pasar Kasih Naikoten mengaku barang dari perbatasan Timor Leste makin susah masuk.
Sebelumnya, karung-karung pakaian bekas rutin datang tiap minggu lewat Atambua.
Kini pedagang hanya menjual sisa stok lama dengan harga lebih tinggi.
Petugas di PLBN Motaain menyatakan terus memeriksa kendaraan barang."""),

("listing", "plain_offer", 1, 1, 1, 1,
"""Beta jual baju bekas karung, barang dari luar negeri ❤️
Ada jaket, kemeja, rok, deng celana pendek. Harga 10-40 ribu.
Katong pung lapak di Pasar Mardika Ambon, baris ketiga dari jalan.
Datang jua, jang malu-malu. Karung baru buka tiap Rabu."""),


("post", "hn_buyer_question", 0, 1, 1, 1,
"""Basudara, mau tanya. Di Ambon masih ada yang jual baju bekas impor kah?
Beta cari jaket tebal murah for pi kuliah di Bandung.
Dulu beta pung mama biasa beli di Mardika, tapi seng tahu skarang masih ada ka seng.
Dangke banyak."""),

("listing", "regional_code_word", 1, 1, 1, 1,
"""Obral RB masuk lagi kaka! 🎉
Baju rombengan dari Jepang deng Korea, jaket, kemeja, celana, tas.
Harga 15 ribu sampai 70 ribu sa. Yang branded ada harga lain.
Tong pu lapak di Pasar Hamadi Jayapura. Kaka datang langsung sudah."""),



("message", "plain_offer", 1, 1, 1, 1,
"""Kaka-kaka, sa ada karung baju bekas dari PNG baru masuk lewat Skouw 🚛
Isi jaket, baju kaos, celana pendek. Sa jual karung utuh deng ecer.
Karung kecil 1,5 juta, ecer 10 ribu satu.
Sa di Sentani, dekat bandara. Telpon sa 0812xxxx."""),

("post", "hn_donation_request", 0, 1, 1, 0,
"""Tong butuh bantuan baju bekas layak pakai for anak-anak di kampung pedalaman Yahukimo 🙏
Baju anak, selimut, deng sepatu. Tra perlu baru, yang penting bersih.
Titip di sekretariat gereja Kingmi, Abepura, paling lambat akhir bulan.
Terima kasih banyak basudara."""),

("listing", "plain_offer", 1, 1, 1, 1,
"""Om swastiastu 🙏 Toko kami di Jalan Imam Bonjol Denpasar buka lagi!
Baju second impor dari Australia dan Jepang, baru datang satu bal besar.
Kemeja pantai 35k, jaket denim 90k, dress summer 50k.
Bisa ambil langsung atau kirim ke Gianyar, Tabanan, Badung.
Suksma! #thriftbali #secondimport"""),

("post", "hn_own_wardrobe", 1, 1, 1, 0,
"""Jual baju-baju tiang sendiri nggih, sing impor, sing dari bal 🙏
Semua dulu beli di Level 21 dan Mal Bali Galeria, sekarang sudah ndak muat.
Kebaya brokat 150k, kamen 80k, dress 60k.
Ambil di Sanur atau COD Renon."""),

("listing", "hn_endek", 1, 0, 1, 0,
"""Kain endek Bali, tenunan baru dari Sidemen, Karangasem 🌺
Sing bekas, sing sisa ekspor, ini langsung dari penenun desa.
Kain endek mulai 300k, kemeja endek 250k, bisa custom seragam banjar.
DM atau WA 0813xxxx. Suksma nggih."""),

("post", "hn_opinion", 0, 1, 1, 1,
"""Banyak turis bilang Bali surga thrifting. Kenyataannya sebagian besar barang itu datang dari bal impor yang masuk diam-diam.
Penjahit dan pedagang kain endek di desa-desa kalah saing.
Tiang bukan mau menyalahkan anak muda yang suka gaya vintage.
Tapi coba lirik juga produk lokal kita, ya."""),

("profile", "bio_line", 1, 1, 1, 1,
"""Cakar Kita Sendiri 👕 | Karung Korea & Jepang
Ecer - grosir | Lapak Jl. Aroepala Makassar
Antar se-Makassar & Gowa
Pesan di WA 0812xxxx, tidak layan PHP nah"""),

("comment", "comment_reply", 1, 1, 1, 1,
"""@andi.wahyuu ada ji kak, masih banyak stok cakar Korea di lapak
jaket kulitnya 80 ribu ji, yang hitam ukuran L
datang mi ke Pasar Butung lantai dua, tanya Daeng Bollo
atau chat ki di WA yang ada di bio 🙏"""),

("post", "hn_tailor", 1, 0, 1, 0,
"""Penjahit Mama Ros, Kupang 🧵
Terima jahit baju kebaya, seragam sekolah, baju gereja, deng permak celana.
Sonde jual baju bekas, sonde terima barang karung.
Buka tiap hari kecuali Minggu, di Jl. Sumba, Oeba. Info 0821xxxx"""),

("post", "haul_names_seller", 1, 1, 1, 1,
"""Hasil berburu cakar hari ini 🛍️
- Jaket Northface bekas 75 ribu
- Kemeja flanel Uniqlo 25 ribu
- Sepatu Adidas Korea 120 ribu
Semua dari lapak Daeng Tiro, Pasar Toddopuli. Dia buka karung tiap Kamis.
Mantap ji, recommended mi."""),

("listing", "hn_other_used_goods", 1, 1, 0, 0,
"""Jual motor Vario bekas, taon 2018 🏍️
Kita pakai sendiri, mesin halus, pajak hidup.
Harga 11 juta, bisa nego sadiki.
Surat lengkap, BPKB ada. Lokasi Winangun, Manado.
Ngana yang serius jo, jang cuma tanya-tanya."""),

("message", "status_post", 1, 1, 1, 1,
"""Status hari ini 🙏
Ada lagi karung baru dari Tawau, sa buka besok pagi di rumah.
Baju kaos, celana jeans, jaket anak, semua masih bagus-bagus.
Harga mulai 5 ribu. Orang Nunukan deng Sebatik datang sudah.
Info 0853xxxx"""),

("article", "hn_radio_script", 0, 1, 1, 1,
"""Selamat sore pendengar Radio Suara Nunukan.
Pemerintah kabupaten kembali mengingatkan warga agar tidak memperdagangkan pakaian bekas dari Tawau.
Pakaian bekas impor dilarang masuk, dan barang yang ditemukan petugas akan disita.
Bagi pedagang yang ingin beralih usaha, dinas menyediakan pelatihan menjahit dan kredit usaha kecil."""),
]
