# Hand-written illegal one-liners (all four elements = 1).
DATA = r"""
1111 L I4 Ready bal Korea campur 100kg 4,7jt, isi ±350 pcs, kirim dari Gedebage. WA 0812xxxx
1111 L I4 Karungan Jepang 45kg buka 2,1jt, grade A, no sortir. Reseller merapat 🙏
1111 P I4 OPEN RESELLER monza ex Korea, ambil 1 karung dapat harga agen, Medan - Binjai
1111 P I3 cakar baru buka karung pagi ini di Pasar Butung, kemeja 15rb, celana 25rb, mari mi
1111 P I3 Lelong SG baru masuk! kemeja branded 35rb, jaket 60rb, Jl. Tanjungpura Pontianak
1111 L I2 b4l k0r34 100kg ready, 4,5jt nego, ongkir ditanggung pembeli. dm aja
1111 L I1 Jaket Uniqlo second ex Jepang, pit to pit 56, 85rb, barang karungan tapi mulus
1111 L I1 Hoodie thrift impor, kondisi 9/10, size L, 95rb. Asli dari bal Korea bukan lokal
1111 V I5 LIVE malam ini jam 8: buka 1 bal Jepang, mulai 25rb! Follow @gudangngawul
1111 L I4 Sepatu bekas impor Thailand per karung 50 pasang, 6,5jt, bisa kirim luar pulau
1111 P I3 rombeng dari Tawau ready di Nunukan, baju 20rb 3, celana 25rb, datang langsung ke lapak
1111 F I4 Agen ballpres Batam, kirim ke seluruh Indonesia via ekspedisi laut, aman terkendali 👌
1111 P I4 Open PO bal Jepang tanpa sortir 110kg, DP 50%, ETA 2 minggu dari Priok
1111 M I4 Grade A ex Korea tinggal 3 karung, harga lama 5,2jt. Cepet sebelum naik
1111 L I2 Kemeja flanel preloved 🇯🇵 dr karung, 45rb, bisa COD Bekasi
1111 L I1 Thrift impor kiloan 65rb/kg, min 5kg, campur pria wanita, random, Jogja
1111 P I3 Awul2 import buka karung tiap Jumat di Condongcatur, mulai 10rb aja lur
1111 P I4 Cari reseller thrift? Supply bal Korea-Jepang, bimbingan jualan online, modal 3jt
1111 P I5 Bongkar bal ex UK: jaket Barbour, Carhartt, harga mulai 150rb. link di bio
1111 L I2 S3k0nd 1mp0rt jaket kulit, 125rb, ori dr karung. WA 0857xxxx
1111 L I2 ready bɑl jepang (a-nya unik biar aman 🤫) 45kg 2,3jt
1111 M I2 Barang kapal baru datang dari Port Klang, baju dewasa campur per guni 3jt
1111 L I4 Jual per bal pakaian bekas Filipina, sampai Bitung, harga 3,8jt nego
1111 L I3 Tas branded second dari bal Jepang, Coach, Kate Spade, 250rb-600rb, Pasar Senen blok 3
1111 R I5 review: beli karungan di toko @balmurahsby ga nyesel, isinya jaket semua! recommended 👍
1111 P I5 Haul cakar hari ini dari Pasar Sentral Palopo 😍 thanks kak @cakar.idha murah2!
1111 L I3 Celana chino bekas Korea 30rb 3 pcs, langsung dari karung, Jl. Belitung Banjarmasin
1111 L I3 Monza sepatu ex Korea per karung 40 pasang, kirim Siantar-Medan, hubungi 0813xxxx
1111 P I4 Ballpress Malaysia masuk Dumai, tersedia partai besar, serius aja yang chat
1111 L I2 Kaos second 🇰🇷🇯🇵 sortiran gudang, 10rb/pcs ambil 100 pcs, gratis karung
1111 L I1 Jual rompi denim ex US dari bale 45kg, 90rb, kondisi mint, Bandung
1111 L I1 Jaket army ex Korea bekas tentara asli, dari karung Batam, 175rb
1111 M I2 BJ ex JPN rdy, 100kg 5jt, fast resp ya
1111 P I3 rombengan Atambua ready ambil di Motaain, kemeja 10rb celana 15rb, pesan lewat inbox
1111 P I5 Ngawul online: 1 paket 5 baju random ex Jepang 99rb, seru kayak di Sekaten!
1111 L I1 Sepatu lari second impor, Asics & Mizuno, dr karungan Thai, 175rb/psg
1111 P I3 lelong baju anak SG, 5rb sehelai, datang ke Sungai Pinyuh pagi Ahad
1111 L I1 Dress vintage bekas ex Jepang dari bal, bahan adem, 55rb, Surabaya, ready
1111 P I4 Gudang bal di Cikarang buka untuk agen, Korea grade A 5jt, China 3,2jt
1111 L I1 Baju pengantin bekas impor Korea, dari karung, masih cantik, 350rb, Makassar
1111 P I5 Open titip dari Pasar Senen: sebutin mau apa, aku bongkar karungnya, fee 10rb
1111 L I4 Bal celana jeans ex US 100kg, isi 200an pcs, 6jt, Gedebage blok D
1111 P I1 Kardigan second Korea 40rb, barang bal baru buka. Sold 8, sisa 12 😍
1111 M I3 Tersedia rombeng sg dalam karung 80kg, hantar ke Tanjungpinang & Batam
1111 L I1 Kaos kaki & syal bekas ex Jepang dari bal, 5rb/pcs, ambil borongan lebih murah
1111 P I4 Mau usaha? Paket usaha thrift: 1 karung Korea + rak + banner, 6,5jt, free ongkir Jawa
1111 L I1 Sweater rajut ex Jepang second, bau karung udah ilang dicuci, 65rb, Malang
1111 P I3 📢 BUKA BAL 🇰🇷 MINGGU 07.00 di lapak pasar Kodim, kemeja 20rb, jaket 50rb
1111 P I5 hunting di @senen.vintage dpt jaket ex Jepang 70rb. recommended bgt tokonya guys
1111 L I4 Ballpres sepatu bayi ex Korea, per karung 100 pasang, 1,8jt, grosir Medan
1111 L I1 Jaket varsity bekas USA, dari bale import, 225rb, pit 60 length 72
1111 P I4 stock baru: bundle Korea per 10kg 1jt, boleh pilih pria/wanita, kirim seluruh Kalimantan
1111 F I3 Agen rombengan Kupang: kami kirim karung dari Dili ke seluruh NTT, hubungi kami
1111 L I1 Kemeja kotak Uniqlo dari bal, 3 pcs 100rb, kondisi 90%, siap kirim dari Solo
1111 L I4 Jual bal Jepang 55kg segel belum dibuka 3,1jt, cocok buat yg mau mulai usaha
1111 L I4 Tas ransel second ex Korea, grade B, per karung 60 pcs, 2,7jt
1111 P I3 Sisa bongkaran bal kemarin, jaket 30rb semua, ambil aja di Gunung Sari Balikpapan
1111 P I3 pakaian ex Malaysia dari Entikong, kaos 10rb, celana 20rb, lapak depan terminal Sanggau
1111 F I3 Follow akun kita buat info buka karung Jepang tiap Rabu, toko di pasar cakar Parepare
1111 F I3 Thrift shop di Ambon: baju ex Korea dari karung, 25rb-75rb, Pasar Mardika lantai 2
1111 L I1 Kaos vintage band 90s ex US, dari bale Texas, 275rb, single stitch
1111 M I2 Jual 'bahan' 100kg asal Jepang, isi atasan wanita, 5,3jt (paham kan bahan apa 😉)
1111 L I2 karung 🇯🇵 sortir A, isi blouse & dress, 45kg 2,8jt, bayar setelah video unboxing
1111 L I3 Sepatu boots second ex Korea, dr ballpres, 39-43, 185rb, Cimol Gedebage C12
1111 P I4 Reseller wanted: ambil stok bundle ex Jepang dari saya, untung 200%
1111 L I4 Kids bale ex Korea 45kg, isi baju anak bekas, 2,4jt, Semarang
1111 P I3 Barang ex Taiwan masuk, kemeja kantor second 25rb 4pcs, ambil di Bitung
1111 L I1 Jaket gunung bekas ex Jepang, karungan, 350rb, Bandung, kondisi 85%
1111 M I4 ND: nerima orderan bal dari Batam ke Padang, 1 bal 100kg 5,4jt
1111 P I3 Lapak awul-awul impor hadir di pasar malam Sekaten, jam 16.00-23.00, mulai 5rb
1111 L I3 Jual 1 koli pakaian bekas dari Singapura, isi 60 kg, 3,5jt, Tanjung Balai Karimun
1111 L I4 Sedia ballpress campur (celana, kemeja, jaket) ex China, 3jt per karung
1111 L I1 Gamis second ex Arab Saudi dari karung, 45rb, masih bagus, bisa kirim
1111 L I2 Polo shirt second 🇺🇸 dari karungan, RL 75rb, Tommy 65rb
1111 P I3 Seken karungan Jepang, blus cewek 15rb, lapak pasar tumpah Minggu Kendari
1111 P I5 Buka cabang! Thrift impor 'Karung Emas' sekarang ada di Palu, Jl. Hasanuddin
1111 C I3 Kalau mau ambil monza per karung, langsung ke gudang Tanjung Mulia ya kak
1111 L I2 Grosir barang 'RB' (rombeng) ex Malaysia, per guni 2,9jt, kirim Sambas
1111 C I1 ini bukan preloved ya tp bekas jepang asli, dress 70rb, msh ada 5
1111 M I4 Partai bal campur 10 karung 40jt, Korea-Jepang-China, serius nego di lokasi
1111 L I1 Jaket puffer second impor, 150rb, dipakai sebulan sama pemilik lamanya di Korea
1111 P I1 New stock from the bale 🇯🇵 denim jackets 120k, DM to order, ship nationwide
1111 P I1 Korean bale opened today, women's tops 25k each, Jakarta pickup or COD
1111 P I3 Baju rombengan ex Timor Leste, jual per ikat 10 pcs 50rb, Kefamenanu
1111 L I3 Sepatu kets cakar Korea, Nike & Adidas, 120rb, Makassar
1111 P I5 Sweater 'hidden gems' dari karung Jepang yg baru kubongkar, 55rb, cek highlight
1111 P I3 Yuk belanja di lapak kami, bekas Jepang semua, cuci bersih, 3 potong 50rb, Kendari
1111 F I4 Supplier tangan pertama bal Korea, langsung dr pelabuhan, harga 4,3jt/100kg
1111 L I4 Karung ex Jepang ukuran kecil 25kg 1,4jt, cocok untuk pemula jualan online
1111 M I4 tinggal 2 bal korea mix, harga miring krn mau pulang kampung, lokasi Samarinda
1111 L I1 jaket kulit vintage ex Italia second dari bal Eropa, 450rb, Cihampelas
1111 L I2 B@LL Jepang 100kg 4,9jt, isi kemeja & kaos, bisa cicil
1111 L I1 Dress pesta second ex Korea dari karung, 50rb, bisa buat kondangan, Pekanbaru
1111 P I3 Kemeja lelong Malaysia, 3 helai 50rb, di Pasar Flamboyan Pontianak, sila datang
1111 V I5 'Bang, buka karung Jepang yg baru dong!' — Oke, 25rb semua! checkout sekarang ya
1111 L I4 Grosir thrift impor, ready 500 pcs kemeja ex Korea, 12rb/pcs, ambil di Bandung
1111 L I3 Wetsuit bekas ex Jepang dari karung cakar, 200rb, Manado
1111 L I1 Sarung tangan & topi kupluk second ex Korea per kg 40rb, Bukittinggi
1111 M I4 Stok bal lama masih ada nih, Jepang mix 45kg 2jt, sebelum dirazia mending diambil
1111 L I2 Jaket 'ex Jeoang' (typo? sengaja 😏) second, 80rb, Senen
1111 P I3 Lapak kami di Pasar Gembong Surabaya: kemeja bekas Jepang dari bal 20rb
1111 P I3 Buka lapak ballpress di Sorong, kaos 15rb 2, jaket 50rb, stok kapal dari Surabaya
1111 L I1 Jersey bola second ex Eropa dari bale, 85rb, original, Surabaya
1111 M I2 Kemeja seken impor 3 biji 100rb, jgn tanya asal, pokoknya dr karung. WA ya
1111 L I2 pkn baru: karung 'KR-A' 100kg 4,8jt (KR = Korea, A = grade)
1111 P I5 Jastip Pasar Senen: aku ke blok 3 tiap Sabtu, pilihin jaket ex Jepang buat kamu, 60rb+fee
1111 F I4 Gudang kami terima pesanan ballpress Jepang untuk wilayah Sumbar & Riau
1111 L I1 Selimut & jaket musim dingin second impor dari karung Korea, 100rb, Malang
1111 M I3 Open order karung cakar ex Korea buat lapak Minggu, DP dulu, ambil di Pare
1111 L I1 Kemeja Hawaii second ex Jepang dari bal, 45rb, motif langka
1111 F I3 Sedia pakaian second import, harga bersahabat, lokasi Kebon Kalapa Bandung
1111 M I4 Ambil langsung dari Tanjung Balai, ballpress campur, 5jt, kirim Pekanbaru
1111 L I2 📦 Ready karung 'J-Mix' 45kg 2,2jt. J = 🇯🇵. Paham ya 😁
1111 L I1 Mantel wol second ex UK, dari bale import, 300rb, kondisi bagus, Bogor
1111 R I5 Pengalaman belanja di @karungkorea.bdg mantap, 5 jaket 200rb, langganan terus!
1111 L I4 Kaus olahraga second ex Jepang karungan, 10rb/pc, beli 50 free ongkir
1111 P I3 Bekas impor kualitas ekspor 😎 kemeja 30rb, celana 40rb, pasar cakar Sentral
1111 L I1 Jaket hoodie second Korea, masih ada label laundry hangul, 75rb, Depok
1111 L I2 rdy bal jpn women tops 45kg, 2,6jt, ptg ±200, jkt barat
1111 F I3 Terima pesanan karung rombengan dari Sabah, agen Nunukan 😁
1111 P I3 Buka lapak cakar tiap Selasa di Pasar Inpres Gorontalo, barang dari karung Korea
1111 L I1 Tas second branded ex Jepang, dari balpres, Damier 1,2jt, Longchamp 350rb
1111 L I4 Dijual sisa bal: 40 potong celana jeans ex US, borong 1jt
1111 P I5 New drop 🔥 curated thrift ex Japan, cek katalog di bio, shipping from Yogyakarta
1111 P I4 Ingin jadi reseller awul-awul impor? Join grup WA kami, stok dari karung langsung
1111 L I1 Sepatu bola second impor dari karung Thai, 90rb, Bekasi
1111 L I4 Kaos anak bekas Korea 5rb per biji, satu karung 600 biji, Pasar Cimol
1111 L I1 Blazer kerja second ex Jepang dari ballpres, 65rb, Tangerang
1111 L I4 Pakaian ex Hongkong, second, sortir 1, per kg 55rb, kirim seluruh Sulawesi
1111 L I2 B A L K O R E A 100 K G, 4,6 J T, WA 0878xxxx
1111 C I4 Ada yg mau oper bal Jepang? Udah aku buka setengah, sisa 50kg 2jt aja
1111 L I3 Kemeja second Korea, karung masuk via Sibolga, 20rb, Padang Sidempuan
1111 C I3 Mau jaket second impor murah? Cek lapak 'Monza Horas' Pajak Simalingkar
1111 L I1 Cardigan jepang second dari bal, 35rb, COD Cirebon
1111 P I3 Dapet kiriman dari Batam: 3 karung jaket impor bekas. Siap dijual ecer 40rb
1111 V I5 karungan 🇰🇷 dibuka di live jam 9, tiap pcs 20rb, first come first serve
1111 P I3 Buka lapak lelong Malaysia di Singkawang, baju 15rb, tudung 10rb
1111 L I4 Bal celana pendek ex Australia 45kg 2,5jt, cocok buat lapak pantai Kuta
1111 L I3 Kemeja second ex Korea, turun kapal di Soekarno-Hatta, 25rb, Makassar
1111 P I1 Sale! thrift impor semua 20rb, habis stok bal, toko 'Ngawul Yuk' Purwokerto
1111 P I3 Sweater bekas Jepang dari bal di Pasar Poncol, 45rb, datang aja
1111 L I4 Per ikat 20 kaos seken impor, 200rb, sisa karungan, Lampung
1111 M I2 Tersedia BAL 'S' (Singapore) 60kg, buka harga 3jt, hubungi admin
1111 R I5 Hari ini ngawul di lapak @thrift.karung.jogja dapat 6 kemeja 100rb, murah bgt, buruan ke sana
1111 L I3 Jaket denim second ex US dari karungan Gedebage, 110rb, size L
1111 P I3 Barang Jepun second, tudung & baju kurung, dari Johor, 20rb, Tebing Tinggi
1111 L I4 Paket hemat 10 baju bekas impor random 150rb, cocok buat dijual lagi
1111 P I3 Stok 'bongkaran kapal' kemeja bekas Taiwan 15rb, lapak pasar Ambon
1111 F I4 Terima kiriman ballpres dari Dumai, siap antar ke seluruh Riau daratan
1111 L I1 Gaun malam second impor dari bal Korea, payet utuh, 150rb, Denpasar
"""
