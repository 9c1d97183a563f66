# Batch 2: Medan/Batak, Minang, Palembang, Jambi, Banjar, Pontianak Malay, Riau/Kepri Malay.
B2 = [
("listing", "regional_code_word", 1, 1, 1, 1,
"""Horas lae! Monza baru masuk di kios awak, Pajak Melati blok D 💥
Jaket kulit, kemeja Polo, celana Levi's, semua dari bal yang baru dibongkar tadi pagi.
Harga macam biasa lah, mulai 20 ribu. Yang branded ada harga lain.
Jangan kelamaan mikir, nanti dikeruk orang duluan.
WA 0812xxxx, tanya aja stok apa yang kau cari."""),

("post", "hn_own_wardrobe", 1, 1, 1, 0,
"""Kujual lah baju-baju lamaku ini, udah sempit semua 😅
Bukan monza ya kawan, ini baju bekasku sendiri, dulu kubeli di Sun Plaza sama Centre Point.
Kemeja 3 helai 100 ribu, jaket jeans 75 ribu.
Ambil di Padang Bulan, dekat kampus USU. Jangan nawar sadis kali."""),

("article", "hn_news_market", 0, 1, 1, 1,
"""MEDAN - Pedagang monza di Pajak Sambu mengeluh pasokan bal dari Tanjungbalai makin jarang sejak razia bulan lalu.
Seorang pedagang yang sudah 20 tahun berjualan bilang harga satu bal naik hampir dua kali lipat.
Sebagian kios memilih tutup sementara, sebagian lain beralih menjual pakaian baru dari Tanah Abang.
Dinas Perdagangan menyatakan akan mendata pedagang untuk program alih usaha."""),

("message", "bale_grade", 1, 1, 1, 1,
"""Info stok bal minggu ini, lae-lae reseller:
- Bal Korea wanita grade A 100 kg: 3,8 jt
- Bal Jepang jaket campur: 4,5 jt
- Sortiran celana jeans per koli: 2,7 jt
Barang masuk dari Belawan, ambil di gudang Marelan atau kami antar ke Binjai.
DP dulu 50%, sisanya pas barang sampai. Hubungi Ucok 0813xxxx"""),

("post", "hn_buyer_complaint", 0, 1, 1, 1,
"""Bah, tertipu aku sama akun jual monza di FB itu 😡
Kutransfer 450 ribu katanya satu karung kecil isi jaket, yang datang baju anak robek-robek.
Kuchat, nomornya udah mati. Nama akunnya "Monza Murah Siantar".
Jangan kelen ikut beli ya, kusimpan semua bukti transfernya, mau kulaporkan ke polisi."""),

("listing", "hn_tenun", 1, 0, 1, 0,
"""Ulos dan songket Batak, tenunan baru dari penenun di Tarutung 🧣
Bukan barang bekas, bukan impor. Dipakai untuk pesta adat, mangulosi, atau kenang-kenangan.
Ulos ragi hotang mulai 450 ribu, sadum 300 ribu.
Bisa kirim ke luar Sumut. Mauliate godang!
IG @ulos_nantulang"""),

("post", "plain_offer", 1, 1, 1, 1,
"""Lapak kami di Pasar Aksara buka lagi mulai Senin ya kawan-kawan.
Barang bekas dari Malaysia dan Singapura, baru turun dari kapal, masih bau karung 😂
Kemeja kantor 15 ribu, blazer 40 ribu, sepatu mulai 50.
Datang pagi, biasa jam 10 udah diserbu ibu-ibu."""),

("listing", "regional_code_word", 1, 1, 1, 1,
"""Sanak, barang BJ baru tibo dari Dumai! 🛳️
Baju BJ ko rancak-rancak, jaket gunuang, kameja flanel, jo sarawa jin.
Harago mulai 15 ribu, nan elok 50 ribu.
Lapak di Pasa Ateh Bukiktinggi, lantai duo, samo Uda Rizal.
Lai bisa kirim ka Padang jo Payakumbuah."""),

("post", "hn_own_wardrobe", 1, 1, 1, 0,
"""Ambo jua baju bekas ambo surang, indak baju BJ doh 🙏
Dulu dibali di Plaza Andalas, kini lah ketek sadonyo.
Baju kuruang 2 helai 80 ribu, kameja 35 ribu.
Kondisi masih rancak, lah dicuci. Ambiak di Lubuak Buayo atau kirim."""),

("article", "hn_radio_script", 0, 1, 1, 1,
"""Berita pagi dari Radio Minang Saiyo.
Balai Karantina di Teluk Bayur manahan duo truk baisi karuang pakaian bekas impor.
Sopir mangaku indak tau isi muatan, hanyo disuruah mambaok ka Padang.
Petugas mamaliang sampel untuak diuji, karano pakaian bekas impor bisa mambaok jamur jo bakteri."""),

("post", "hn_meme", 0, 1, 1, 1,
"""Urang Minang kalau bali baju BJ:
1. Cari nan bamerek
2. Tawa sampai padagangnyo manyarah
3. Cuci tigo kali
4. Pakai ka baralek, kecek ka kawan "iko baju dari Jakarta" 🤣
Sia nan pernah macam iko? Angkek tangan!"""),

("listing", "hn_school_uniform", 1, 0, 1, 0,
"""Jua baju sikola baru, bukan bekas, bukan sisa ekspor 👔
Kameja putiah, sarawa abu-abu, rok biru, jo jilbab sikola.
Dijaik surang dek konveksi kami di Pariaman.
Harago paket SD 120 ribu, SMP 150 ribu. Pasan kolektif dari sikola dapek diskon."""),

("listing", "regional_code_word", 1, 1, 1, 1,
"""Wong kito, baju lelong la datang dari Batam 📦
Galo-galo jaket, kaos, jingok dulu baru beli. Harga mulai 10 ribu bae.
Lapak kami di Pasar 16 Ilir, dekat tangga ke jembatan.
Mun dak sempat ke pasar, WA bae 0812xxxx nanti kito kirimke foto."""),

("post", "hn_buyer_question", 0, 1, 1, 1,
"""Numpang nanyo wong Palembang, di mano sekarang yang masih jual baju bekas impor?
Dulu aku galak beli di Pasar Cinde tapi kato kawan la dak katek lagi.
Aku nak cari jaket gunung murah buat naek Dempo.
Ado info dak? Makasih nian."""),

("listing", "hn_other_goods_karung", 1, 0, 0, 0,
"""Jual pupuk kandang sapi, sudah kering, per karung 50 kilo 🌱
Harga 25 ribu per karung, ambil 20 karung gratis antar sekitar Banyuasin.
Cocok nian buat sayur samo sawit.
Hubungi Kak Yadi 0852xxxx"""),

("message", "plain_offer", 1, 1, 1, 1,
"""Abang-abang, kakak-kakak, barang kapal la sampai di Kuala Tungkal tadi subuh 🌊
Isinyo baju bekas dari Malaysia, banyak jaket samo kemeja kantor.
Sapo nak ambik per karung, ado harga khusus. Nak ecer pun biso.
Kami antar sampai Jambi kota. Telpon be 0813xxxx."""),

("article", "hn_news_seizure", 0, 1, 1, 1,
"""JAMBI - Tim gabungan mengamankan sebuah kapal kayu berisi ratusan karung pakaian bekas di perairan Tanjung Jabung Timur.
Kapal tersebut diduga berangkat dari Malaysia dan hendak merapat di pelabuhan tikus.
Dua awak kapal diperiksa, sementara nakhoda disebut kabur ke arah hutan bakau.
Barang bukti dibawa ke Kantor Bea Cukai untuk dihitung."""),

("post", "hn_charity_sale", 1, 1, 1, 0,
"""Assalamualaikum jamaah Masjid Al-Ikhlas 🕌
Remaja masjid bakal ngadoke bazar baju bekas layak pakai, hasil sumbangan warga sekitar.
Galo hasil penjualan untuk santunan anak yatim.
Harga 5 sampai 15 ribu bae. Hari Minggu habis subuh sampai zuhur, di halaman masjid."""),

("listing", "plain_offer", 1, 1, 1, 1,
"""Ulun bejualan baju bekas nang datang matan kapal dari Malaysia 🚢
Ada jaket, baju kaus, celana jin, jua tas. Langkap haja pokoknya.
Harganya murah banar, mulai 10 ribu.
Lapak di Pasar Sudimampir, Banjarmasin, dekat jual iwak. Kulihati haja dahulu."""),

("post", "hn_own_wardrobe", 1, 1, 1, 0,
"""Ulun jual baju bekas ulun surang, kada baju impor lah 😊
Dahulu ulun tukar di Duta Mall, wayahini sudah kada muat lagi.
Gamis 3 buting 150 ribu, kerudung 20 ribu sabuting.
Ambil di Banjarbaru, dekat bundaran Simpang Empat. Kawa jua dikirim."""),

("listing", "hn_sasirangan", 1, 0, 1, 0,
"""Kain sasirangan baru, hasil pacangan urang kampung Sungai Jingah ✨
Kada bekas, kada impor, kada sisa pabrik. Kemeja sasirangan 175 ribu, selendang 90 ribu.
Kawa pesan motif sorangan gasan seragam kantor.
WA 0811xxxx, pengiriman ke saluruh Kalsel."""),

("post", "hn_meme", 0, 1, 1, 1,
"""Bini ulun marah gara-gara ulun tukar jaket bekas di Pasar Sudimampir.
"Nang kaya itu baju urang mati kah?" jar sidin.
Ulun bilang: "Kada, ini baju urang Jepang, mahal aslinya!" 🤣
Akhirnya dicuci ampat kali, baru sidin mau menyantuh."""),

("listing", "regional_code_word", 1, 1, 1, 1,
"""Lelong baru masok, kawan-kawan! 🎉
Baju lelong dari Kuching lewat Entikong, jaket, kemeja, seluar, tas perempuan pun ade.
Harge mulai 15 ribu, yang bagus 60 ribu.
Kedai kite di Jalan Gajah Mada Pontianak, belakang warung kopi. Buke dari pagi sampai magrib."""),


("article", "hn_news_market", 0, 1, 1, 1,
"""PONTIANAK - Pedagang lelong di Pasar Tengah mengaku penjualan turun setelah pengawasan di Entikong diperketat.
Barang yang dulu datang tiap minggu kini hanya masuk sebulan sekali, itu pun sedikit.
Sebagian pembeli beralih ke baju baru buatan Tiongkok yang harganya juga murah.
Pemerintah kota belum menyiapkan skema bantuan untuk pedagang yang terdampak."""),

("message", "bale_grade", 1, 1, 1, 1,
"""Salam semue. Abang ade stok bal terus dari Sarawak.
Bal jaket 1 bal 3,2 juta, bal kemeja campur 2,9 juta.
Barang lalu Entikong, sampai Sanggau 2 hari. Boleh antar ke Sintang same Ketapang.
Yang nak jadi agen, tanye-tanye dulu pun boleh. Hubung 0812xxxx"""),

("listing", "hn_other_used_goods", 1, 1, 0, 0,
"""Jual lemari jati bekas, 3 pintu, masih kokoh 🪵
Pindah rumah ke Jawa jadi tak bawe barang besar. Cermin utuh, kunci lengkap.
Harga 2,5 juta, boleh nego sikit. Angkut sendiri ye.
Lokasi Kota Baru Pontianak."""),

("listing", "regional_code_word", 1, 1, 1, 1,
"""Barang Batam masok lagi! Kedai kite di Tanjungpinang ni ade stok baru 🛍️
Baju bundle dari Singapore same Malaysia, jaket, kemeja, sweater. Harge 20 ribu ke atas.
Boleh datang tengok kat Pasar Baru, kedai biru sebelah kedai emas.
Orang Bintan same Karimun pun boleh order, kite kirim naik kapal."""),


("article", "hn_news_seizure", 0, 1, 1, 1,
"""BATAM - Kapal patroli menghentikan speedboat berisi puluhan karung pakaian bekas di perairan Pulau Galang, Kamis malam.
Speedboat itu datang dari arah Johor dan tidak dilengkapi dokumen.
Petugas memperkirakan ada sekitar 80 karung yang hendak dibawa ke Sumatera melalui jalur tikus.
Tiga orang diamankan dan kini diperiksa di dermaga Bea Cukai Batu Ampar."""),

("message", "plain_offer", 1, 1, 1, 1,
"""Kawan-kawan Karimun, abang ade karung baru masok pagi tadi dari Port Klang 📦
Isi seluar jeans same jaket musim sejuk, bekas tapi elok-elok.
Satu karung sederhana 1,8 juta, ecer pun boleh 25 ribu sehelai.
Rumah abang kat Meral, dekat pelantar. Mesej je 0813xxxx."""),

("listing", "hn_new_clothes", 1, 0, 1, 0,
"""Baju kurung Melayu baru, jahitan kami sendiri di Tanjung Uban ✂️
Bukan barang Batam bekas ye, kain baru beli meter, jahit ikut badan.
Satu pasang 275 ribu, tempah paling lambat 3 minggu sebelum hari raya.
Mesej Kak Yah 0852xxxx"""),

("post", "hn_buyer_complaint", 0, 1, 1, 1,
"""Mau cerita sikit. Minggu lepas beli baju bundle kat satu akun IG yang ngaku barang Singapore.
Sampai rumah, semue berbau kapur barus, ade yang berkutu. Mak aku sampai gatal-gatal.
Bile aku minta ganti, die kate "barang bal memang macam tu, bang".
Lepas ni aku tak nak lagi. Hati-hati kawan."""),

("listing", "hn_other_goods_karung", 1, 0, 0, 0,
"""Jual kopra kering, barang dari kebun sendiri di Indragiri Hilir 🥥
Per karung sekitar 60 kilo, harga ikut pasar minggu ni 9 ribu per kilo.
Boleh ambil di gudang Tembilahan atau kite antar ke pelabuhan.
Hubungi Pak Daud 0822xxxx"""),

("post", "haul_names_seller", 1, 1, 1, 1,
"""Haul monza hari Minggu kemarin, puas kali awak 🤩
- Jaket Columbia bekas Jepang 80 ribu
- 2 kemeja Uniqlo 50 ribu
- Sepatu Timberland 150 ribu
Beli semua di kios Kak Rosma, Pajak Melati no. 112. Kakak itu baik kali, dikasih bonus kaos.
Gas lah ke sana kalau mau."""),

("profile", "bio_line", 1, 1, 1, 1,
"""Lelong Bang Amat 🧥 | Barang Kuching tiap minggu
Ecer & borong | Lapak Pasar Flamboyan Pontianak
COD Pontianak - Kubu Raya
Pesan: 0813xxxx
Tak layan PHP 🙅"""),

("post", "hn_opinion", 0, 1, 1, 1,
"""Aku tumbuh besar pakai monza. Baju sekolah, jaket, sepatu, semua dari Pajak Melati.
Sekarang monza dilarang, aku ngerti alasannya: industri tekstil kita sekarat.
Tapi pemerintah pun harus kasih jalan buat inang-inang yang puluhan tahun hidup dari bal itu.
Jangan cuma dirazia, terus ditinggal."""),
]
