# Hand-written one-liners, all label illegal_used_import (elements 1111).
# Format per line: kind|category|EEEE|text   (EEEE = offer used clothing abroad)
DATA = r"""
listing|regional_name_offer|1111|MONZA MEDAN SUPER - kemeja flanel pria L/XL 45rb, jaket parka 85rb, kirim dari Pajak Melati
listing|regional_name_offer|1111|Jual jeans monja Levis 505 W32 kondisi 90% bahan tebal, 120rb nego tipis, COD Padang Bulan
post|regional_name_offer|1111|Monja baru turun dari Teluk Nibung, jaket gunung masih wangi goni 😁 yg minat merapat
listing|regional_name_offer|1111|CAKAR MAKASSAR ORI - blouse korea 35rb/3pcs, pilih sendiri di lapak Terong atau order online
comment|regional_name_offer|1111|ada cakar baru dibongkar tadi pagi kak, kemeja jepang banyak, mampirki di lapak ta' dekat kanal
post|regional_name_offer|1111|Cabo Jayapura datang lagi dari kapal minggu ini! Jaket bulu, jaket kulit mulai 50rb, Pasar Youtefa los 12
listing|regional_name_offer|1111|cakbor timika ready celana kargo & kemeja kerja, 25rb-60rb, antar ke Kwamki Narama bisa
post|regional_name_offer|1111|Roma Nunukan: sepatu olahraga Tawau baru buka hari Sabtu, datang pagi biar dapat yang bagus 👟
listing|regional_name_offer|1111|RB Maumere ready dress & kemeja flanel, 5rb-30rb, barang turun dari Surabaya minggu ini
listing|regional_name_offer|1111|awul2 jogja pilihan, kaos band jadul & kemeja jepang 20rb an, ready di lapak Sekaten malam ini
post|regional_name_offer|1111|owol-owol Pekanbaru buka karung baru tiap Kamis, jaket korea 40rb aja, lokasi dkt Pasar Cik Puan
listing|regional_name_offer|1111|Baju Batam Lampung - blazer wanita jepang 55rb, kondisi 9/10, kirim via JNE dari Bandar Lampung
post|regional_name_offer|1111|Rombeng Karang Sukun hari ini full jaket anak, 15rb dapet 2, mampir ya nyame
listing|regional_name_offer|1111|obral bekas OB Tabanan: hoodie US 60rb, celana chino jepang 45rb, bisa kirim se-Bali
comment|regional_name_offer|1111|cakar parepare masih ada kak, yg dari Lakessi, kemeja linen 3 ratus dapat 10 lembar, dm mi
post|regional_name_offer|1111|barang tawau baru turun, handbag ori 100-250rb, yg di Sebatik bisa ambil langsung ya
listing|regional_name_offer|1111|Pakaian Singapur pilihan, jaket musim dingin eks Jepang 75rb, ambil di Tanjung Balai Karimun
post|regional_name_offer|1111|Monza Siantar open stok baru: sweater rajut Jepang 30rb/pcs, 5pcs 120rb, dekat Pajak Horas
listing|regional_name_offer|1111|Cakar Kendari - celana jeans pria korea 40rb, jaket 65rb, Pasar Sentral Kota, bisa antar
comment|regional_name_offer|1111|bah ada monza yg baru dibuka di Pajak Jahe, jaket kulit mantap kali, tanya sama aku kalo mau
listing|regional_name_offer|1111|cakar bongkar Ternate lt.2 Pasar Higienis, blouse 3 seratus, celana kantor 50rb, mari sudah
post|regional_name_offer|1111|RB Kupang baru buka goni, kemeja kerja & rok kantor murah-murah, Pasar Kasih Naikoten ee
listing|market_offer|1111|Langsung dari Blok III Senen: trucker jacket 90rb, denim jacket 110rb, kirim seluruh Indonesia
listing|market_offer|1111|Gedebage pick: windbreaker Jepang 65rb, coach jacket 75rb, kondisi 8-9/10, resi hari ini
post|market_offer|1111|Hasil ngawul di Kebon Kalapa langsung dijual lagi, flanel uniqlo jepang 40rb aja, DM ya
listing|market_offer|1111|Stok Pajak Melati Medan - kemeja batik jepang (yukata motif) 35rb, jaket varsity 150rb
post|market_offer|1111|lapak kami di Jodoh Batam buka jam 6 pagi, kaos branded 10rb 3, celana 15rb 2, ditunggu bosku
listing|market_offer|1111|Ready kiriman Pasar Tungging: kemeja hangul tulisan korea 30rb, jaket 60rb, Banjarmasin COD
comment|market_offer|1111|barangku dari Poncol kak, yg korea semua, masih ada 40 pcs kemeja, wa aja 0813xxxx
listing|market_offer|1111|SENTRAL RATULANGI PICK - celana levis 501 120rb, wrangler 100rb, ongkir ditanggung pembeli
post|market_offer|1111|Pasar Pharaa Sentani: baju natal anak dari karung korea 10rb-20rb, torang buka sampai sore
listing|market_offer|1111|TPO Tanjungbalai direct - jaket kulit eks Jepang 250rb, tas kulit 150rb, bisa rekber
listing|market_offer|1111|Dari Pasar Lama Timika, kemeja tambang (workwear US) 45rb, celana carhartt 90rb
post|market_offer|1111|Daimaru lt.2 buka terus! jaket kulit 1,5jt ke atas, kaos 25rb, sudah dicuci siap pakai
listing|port_route_offer|1111|Barang Batu Pahat sampai Bengkalis, jaket & celana campur, ambil per 50 pcs 750rb
listing|port_route_offer|1111|Kiriman via Teluk Nibung: jeans campur 100 potong 2,8jt, jemput di Asahan
post|port_route_offer|1111|speed dr Tawau masuk td malam, sepatu running 80-150rb, Nunukan Barat bisa antar
listing|port_route_offer|1111|Jalur Entikong ready, kemeja & dress eks Kuching 20rb/pcs min 30pcs, kirim Pontianak
listing|port_route_offer|1111|Barang Serikin via Jagoi Babang, jaket gunung 60rb, COD Bengkayang & Singkawang
post|port_route_offer|1111|turun di Dumai subuh tadi, sweater & coat eks Eropa, partai 100 pcs 3jt, bisa lihat dulu
listing|port_route_offer|1111|Kiriman Harbour Bay - koper isi 60 pcs kemeja Singapur 1,2jt, ambil di Batam Kota
comment|port_route_offer|1111|bang yang dari Selat Panjang masih ada? jaket kulitnya aku ambil 5, harga tetap 70 kan
post|port_route_offer|1111|Motaain baru masuk, baju anak & kemeja kerja 10rb, Atambua Pasar Baru ee mari beli
listing|port_route_offer|1111|Barang Sebatik mix Tawau, celana jeans 40rb, bisa kirim ke Tarakan & Samarinda
post|port_route_offer|1111|ex Belawan, hoodie college US 70rb, sweatshirt 55rb, stok terbatas kawan
listing|port_route_offer|1111|Masuk via Skouw, jaket & celana dari Vanimo dan Jayapura 30rb, kirim ke Abepura
listing|grade_unit_offer|1111|Bal GRADE A isi ±300 pcs kemeja pria korea, 4,5jt, foto isi dikirim sebelum transfer
listing|grade_unit_offer|1111|Balan pendek 200 helai campur jaket jepang 3,2jt, free ongkir Jabodetabek
listing|grade_unit_offer|1111|koli 45kg t-shirt campur US grade B, 2,1jt, ambil di gudang Cakung
listing|grade_unit_offer|1111|Ready ball 100kg kaos anak korea grade AB, 3,8jt, pengiriman cargo laut
post|grade_unit_offer|1111|Isian 500 pcs blouse jepang grade super 7jt, yang serius aja ya, no PHP
listing|grade_unit_offer|1111|Bal campur kelas 1 (kemeja, kaos, celana) 80kg 3,5jt, bonus 5 jaket
listing|grade_unit_offer|1111|1 goni celana jeans jepang isi 120 potong grade A, 5,4jt, bisa cicil 2x
listing|grade_unit_offer|1111|Premium bale sweater UK 50kg, 4,2jt, rasio bagus ±80% layak jual
listing|grade_unit_offer|1111|Bal sepatu Thailand isi 60 pasang grade A, 4,8jt, kirim via ekspedisi
post|grade_unit_offer|1111|Bal tas wanita korea 35kg isi ±90 pcs, harga 3jt, restok tiap 2 minggu
listing|grade_unit_offer|1111|Grade B jaket musim dingin eks Kanada per 25kg 1,6jt, cocok buat pemula
listing|grade_unit_offer|1111|Bal dress wanita Jepang kelas 1 isi 350, 6,2jt, gudang Bekasi
listing|sack_by_kg|1111|Karung 30kg mix kaos dan kemeja, asal Korea & Jepang, 1,35jt per karung
listing|sack_by_kg|1111|Jual kiloan baju eks korea 45rb/kg minimal 20kg, tanpa sortir
post|sack_by_kg|1111|Per kilo 38rb! Campuran kemeja & rok jepang, min 10kg, bisa pilih warna dominan
listing|sack_by_kg|1111|Karungan jaket 40kg eks Taiwan 2,4jt, ongkir ke Sumatera dihitung per kg
listing|sack_by_kg|1111|Paket usaha: 2 karung @50 kg celana kargo US, 4,9jt total, siap jual lagi
listing|sack_by_kg|1111|Sak besar isi ±150 potong kaos oblong HK, 1,9jt, gudang Tangerang
post|sack_by_kg|1111|kiloan korea 40rb/kg ya kak, minimum 5kg, ongkos kirim kita bagi dua
listing|sack_by_kg|1111|Bongkar goni 60kg celana pendek jepang, jual per 10kg 550rb
listing|sortiran|1111|Sortiran bal korea: 50 pcs kemeja terbaik 1,5jt, sisa bal dijual terpisah
post|sortiran|1111|Hasil sortir dari 3 bal jepang, tinggal pick per pcs 25rb, list di highlight
listing|sortiran|1111|Sortiran 1 kemeja flanel eks US, 100 pcs 2,8jt, sortiran 2 lebih murah
listing|sortiran|1111|SORTIR B2B - ambil 30 jaket hasil sortiran dari bal Korea 1,1jt
comment|sortiran|1111|yg sortiran A tinggal 12 pcs kak, dari bal taiwan kemarin, chat ya
post|sortiran|1111|Sortiran kedua dari bal Kanada, hoodie mulai 35rb, yang sortiran pertama udah habis
listing|buka_karung_live|1111|LIVE BUKA KARUNG jam 8 malam! karung baru dari Korea, siapa cepat dia dapat
live|buka_karung_live|1111|oke guys karung kedua dibuka yaa, ini jaket jepang asli, ketik MAU + ukuran
live|buka_karung_live|1111|pecah bal jam 7, bal korea isi 300, komen nomor antrian dulu baru checkout
post|buka_karung_live|1111|Malam ini unboxing karung dari Osaka, stok pcs langsung di-list, nyalain notif
live|buka_karung_live|1111|yg tadi nanya kemeja kotak2 itu dari karung Taiwan kak, 35rb, ketik AMBIL
live|buka_karung_live|1111|jangan pergi dulu! goni ketiga dibuka nih, sweater UK semua, 40rb flat
live|live_callout|1111|yang mau hoodie US ketik H, celana kargo ketik C, semua dari bal kemarin
live|live_callout|1111|stok Seoul tinggal 7 kak, ketik angka 1-7, pembayaran 15 menit ya
live|live_callout|1111|siapa tadi yg ketik 12? jaket osaka 85rb yaa, klik keranjang kuning
live|live_callout|1111|bestie jangan lupa share live, habis ini buka karungan Jepang isi dress
live|live_callout|1111|free ongkir khusus live malam ini, semua dari goni korea, sat set sat set
live|live_callout|1111|nomor 23 flanel tokyo 45rb, nomor 24 vest korea 30rb, siapa cepat
live|live_callout|1111|oke kak Rini ambil 3 kemeja hangul ya, totalnya 90rb, langsung co
live|live_callout|1111|gaes barang bal jepang gak pernah ngecewain, komen SIZE kalian sekarang
listing|reseller_recruitment|1111|DICARI RESELLER barang korea per bal, modal 3jt bisa balik 6jt, dibimbing sampai laku
post|reseller_recruitment|1111|Open mitra dropship pakaian eks Jepang, kamu upload foto, kami kirim dari gudang
post|reseller_recruitment|1111|Mau usaha modal kecil? ambil karungan 25kg dari kami, jual ecer, untung 2x lipat
listing|reseller_recruitment|1111|Join grup reseller BAL SUPER, harga khusus member, barang Korea/Jepang/Taiwan
post|reseller_recruitment|1111|Cari agen di Kalimantan & Sulawesi buat distribusi goni Tawau, hubungi admin
comment|reseller_recruitment|1111|buat yg mau jadi reseller, minimal ambil 1 bal, nanti dikasih katalog, dm aja
post|reseller_recruitment|1111|Buka reseller thrift ecer, barang eks US, kamu jual 50rb modal 20rb, mau?
message|wa_broadcast|1111|*BC* Bal korea masuk lagi: kemeja 4,2jt, kaos 3,5jt, jaket 5jt. Balas format NAMA#JENIS#JUMLAH
message|wa_broadcast|1111|Assalamualaikum kak, stok goni jepang minggu ini tinggal 6, DP 50% biar di-keep
message|wa_broadcast|1111|📢 Info stok: karung taiwan celana pendek 40kg 1,8jt ready 3. Yg pertama transfer yg dapat
message|wa_broadcast|1111|Broadcast: barang tawau baru sampai Nunukan, jaket & tas, reseller harga khusus
message|wa_broadcast|1111|Selamat pagi bos, kiriman Batu Pahat Kamis ini, yg mau titip order kabari malam ini
message|wa_broadcast|1111|Promo akhir bulan: beli 2 bal korea free 1 karung 20kg kaos, berlaku sampai Minggu
message|wa_broadcast|1111|BC kak, sortiran jaket kanada 25 pcs 950rb, foto di status WA ya
message|wa_broadcast|1111|list kiriman monza minggu ini udh saya kirim PDF, cek dan balas kode barangnya
profile|seller_bio|1111|🌏 Import Korea • Jepang • USA | per pcs & per bal | Gudang Bandung | order via link bio
profile|seller_bio|1111|Distributor karungan sejak 2012 • Medan - Aceh - Riau • wa di highlight
profile|seller_bio|1111|second branded eks Tokyo & Osaka 🇯🇵 | drop tiap Jumat 19.00 | no COD
profile|seller_bio|1111|Cakar pilihan Makassar 🧺 ambil per karung/per lembar • kirim se-Sulawesi
profile|seller_bio|1111|Bal & ecer | stok Senen Blok 3 | reseller welcome | shopee: link bio
profile|seller_bio|1111|Monza Medan Online • jaket, jeans, kemeja • ready tiap Selasa-Jumat-Minggu
profile|seller_bio|1111|Supplier goni Tawau-Nunukan | partai & ecer | antar Tarakan, Berau, Samarinda
profile|seller_bio|1111|eks Seoul 🇰🇷 preowned fashion | restock per bal | live tiap malam Sabtu
profile|seller_bio|1111|Rombengan Sikka • baju pesta & kemeja • goni masuk tiap bulan • Pasar Alok
profile|seller_bio|1111|Vintage US import 🇺🇸 | hand picked from bales | ship from Jakarta
comment|comment_reply|1111|masih ada kak, yg dari bal korea kemarin, cek wa ya
comment|comment_reply|1111|ready 3 lagi size L, barang jepang, link di bio kak 🙏
comment|comment_reply|1111|bisa kak per karung juga, taiwan campur, dm aja
comment|comment_reply|1111|@rinaa_23 jaket osaka itu masih ada, chat admin di bio
comment|comment_reply|1111|harga per bal 4,5 kak, isi 300an, cek highlight "PRICE"
comment|comment_reply|1111|yg monza sepatu itu tinggal 41 & 42 bang, wa di profil
comment|comment_reply|1111|bisa nitip ambil dari Senen kak, fee 10rb/pcs, cek wa
comment|comment_reply|1111|stok goni masih 2 kak, isi kemeja korea, DM sekarang sblm habis
comment|comment_reply|1111|cakarnya masih banyak ji kak, kirim ki alamat lewat dm
comment|comment_reply|1111|udh restock karungan jepang kak, cek katalog di link
comment|comment_reply|1111|kak itu dari bal US ya, 65rb aja, chat wa biar diproses
comment|comment_reply|1111|ada kak sortiran A dr bal kanada, info lengkap di bio
post|haul_endorsement|1111|haul dari @gudangbal.seoul: 5 kemeja jepang cuma 150rb, recommended bgt seller-nya!
post|haul_endorsement|1111|Belanja di Monza Pakde Ucok tiap bulan, jaket eks Jepang awet, mampir deh ke lapaknya
review|buyer_review_recommend|1111|Barang dari bal korea sesuai foto, wangi, admin ramah. Bakal order karungan lagi ⭐⭐⭐⭐⭐
review|buyer_review_recommend|1111|Beli 1 bal kemeja jepang, isinya 90% layak jual. Seller amanah, recommended buat reseller
review|buyer_review_recommend|1111|Jaket US-nya tebel banget, cuma ada noda dikit. Toko langganan, sukses terus kak!
review|buyer_review_recommend|1111|Karungan taiwan 25kg sampai dalam 3 hari, sortirnya enak. Gaskeun order lagi
review|buyer_review_recommend|1111|mantap kali monza dari toko ini, jeans jepang pas di badan, kawan2 wajib cobak
post|hidden_gem_promo|1111|Hidden gems dari bal Jepang 🔥 Carhartt 1 pcs doang 120rb, siapa cepat dia dapat
post|hidden_gem_promo|1111|nemu harta karun di karung korea! cardigan vintage 45rb, cek feed terbaru
post|hidden_gem_promo|1111|Gem of the week: jaket varsity eks Amerika dari bal kemarin, 175rb nett
post|evasive_spelling|1111|b4l k0rea r3ady lgi kk, k3meja & jak3t, m0dal 4jtan, dm
listing|evasive_spelling|1111|B A L L P R E S S jepang isi 300, 5jt nego, siap kirim
post|evasive_spelling|1111|s3k3n imp0rt jp 🇯🇵 flanel 35rb, cek hi9hlight
listing|evasive_spelling|1111|th.rift ex k0r3a, jaket & hoodie 50an, ready bnyk
post|evasive_spelling|1111|Ьаl korea isi kemeja, 4,3jt, fast respon
post|evasive_spelling|1111|#bajuseken​korea #balpres​jepang ready lagi gaes, cek katalog
listing|evasive_spelling|1111|k@rungan j3pang 40kg, isian dress, 2jt an aja
comment|evasive_spelling|1111|ada b-a-l baru kk, tulisannya hangul semua, d.m
post|evasive_spelling|1111|ba🔥l jepang baru bongkar, jaket winter 60rb, cus
post|evasive_spelling|1111|mon.za medan ready kali, j4ket kulit 200an, wa
listing|evasive_spelling|1111|c.a.k.a.r korea pilihan 25rb/3pcs, Makassar kirim
post|evasive_spelling|1111|seken 1mpor 🇰🇷 per bale/per pcs, order lwt bio
listing|evasive_spelling|1111|bekas imp0r jp celana chino 45rb, kondisi 9/10
post|evasive_spelling|1111|tHr1fT eX jPn, kemeja 30rb, 💯 ori dari karung
listing|evasive_spelling|1111|Bаllрrеss Korea 100kg, harga miring, stok 2 (tanya dlu)
post|evasive_spelling|1111|r0mb3ngan tawau ready, sepatu & tas, datang mi ke Nunukan
listing|evasive_spelling|1111|p*kaian b*kas imp*r kemeja jepang 20rb/pcs min 10
post|evasive_spelling|1111|#monz4medan #cakarm4kassar restok, dm buat list harga
listing|evasive_spelling|1111|goni K-R-A jaket 35kg isian campur, 2,2jt, kirim cargo
post|evasive_spelling|1111|𝗯𝗮𝗹 𝗷𝗲𝗽𝗮𝗻𝗴 ready 3, kemeja & celana, cek bio
post|evasive_spelling|1111|pr3l0v3d 1mp0rt US 🇺🇸 dari b🅰️l, hoodie 55rb
listing|evasive_spelling|1111|kemeja sekond korea (dari bl) 25rb aja, ready 40pcs
post|evasive_spelling|1111|bal.pres.jepang ready, sortir ok, wa 0857xxxx
listing|evasive_spelling|1111|BJ BKS IMPR kiloan 40rb/kg min 10kg, Korea/Japan
post|evasive_spelling|1111|awul² eks 🇯🇵 tiap sabtu malam, ambil per karung bisa
post|new_regional_name|1111|Baju Tarempa baru datang, eks Singapura, kemeja 15rb, celana 20rb, Natuna ambil di rumah
listing|new_regional_name|1111|Pakaian Pontian pilihan (kiriman Johor), jaket 40rb, kirim ke Tembilahan
post|new_regional_name|1111|barang Kuching masuk Sanggau, dress & blouse 10rb 3, dekat terminal ya
listing|new_regional_name|1111|Baju Karimun ready partai 100 potong 1,6jt, cocok buat dijual di kampung
post|new_regional_name|1111|ambo jua baju Teluk Nibung, kemeja kantua 20 ribu, datanglah ka Pasar Ateh
post|new_regional_name|1111|Baju Tawi-Tawi masuk Sangihe lagi, jaket & kemeja, Tahuna Pasar Towo'e
listing|new_regional_name|1111|Pakaian Dili pilihan dr Atambua, kemeja & rok 10rb-25rb, antar Kefa bisa
post|new_regional_name|1111|Bundle Ambon: jaket jepang & korea baru turun kapal Pelni, Pasar Mardika lapak 7, datang jua
listing|new_regional_name|1111|Baju tenda Bima (kiriman dr Bali, aslinya Korea) 15rb/pcs, pengambilan Pasar Raya
comment|new_regional_name|1111|di Sorong biasa dong bilang baju RB kaka, ini ada 1 karung baru dari Surabaya, mo lihat?
post|new_regional_name|1111|Barang Sarawak masuk Putussibau, jaket hujan 30rb, sweater 25rb, lapak depan pasar
listing|new_regional_name|1111|kode 'BS' (barang Singapur) ready: kemeja 25rb, celana kerja 30rb, gudang Tj. Pinang
post|new_regional_name|1111|Baju cap goni Palu ready, kemeja Jepang 20rb, torang so buka dari pagi di Masomba
listing|new_regional_name|1111|"pakaian kapal" Bitung baru turun, jaket nelayan eks Jepang 50rb, ambil di Girian
listing|buried_short_offer|1111|Cuma mau bilang kemarin hujan deres banget, btw goni korea udah datang, yg mau kabarin
post|buried_short_offer|1111|hari ini capek banget abis nyuci 200 kemeja dari bal jepang, besok di-list ya
post|buried_short_offer|1111|selamat hari Senin! jangan lupa sarapan & jangan lupa karungan taiwan ready 4 lagi
post|buried_short_offer|1111|anakku wisuda hari ini 🥹 makasih pelanggan monza yg udh bantu, stok baru besok
comment|buried_short_offer|1111|wkwk iya sama, aku juga baru pulang dr Senen ambil bal, nanti aku fotoin isinya ya say
listing|no_keyword_offer|1111|Jaket eks Hokkaido, label kanji masih ada, kondisi 85%, 70rb, kirim dari Medan
listing|no_keyword_offer|1111|Kemeja kerja eks Busan, ada nama karyawan dijahit di dada, 25rb/pcs ambil 20
listing|no_keyword_offer|1111|Sweater sekolah Jepang bordir nama siswa, 45rb, ready 15 pcs, dari gudang Cakung
listing|no_keyword_offer|1111|Celana kerja pabrik eks Korea (patch nama perusahaan), 30rb, cocok utk bengkel, stok 60
listing|no_keyword_offer|1111|Seragam olahraga SMA Jepang, pernah dipakai, 35rb/stel, isian baru datang dari Osaka
post|no_keyword_offer|1111|kaos kampus Korea (Yonsei, Korea Univ) bekas pakai, 30rb an, dapat 80 pcs sekali buka
listing|no_keyword_offer|1111|Jas hujan & parka eks Sapporo, noda pemakaian sedikit, 55rb, lot 40 pcs 1,9jt
listing|no_keyword_offer|1111|Seragam kerja Lotte Mart Seoul pernah pakai, 20rb, minim 10 pcs, kirim Surabaya
listing|no_keyword_offer|1111|Jersey bola liga jepang pernah pakai, ada kerah kusam, 40rb, isi 1 paket 50 biji
post|no_keyword_offer|1111|Datang 3 ikat dari pelabuhan, celana jeans Amerika semua, satu ikat 100 potong, 2,5jt
listing|no_keyword_offer|1111|Lot 150 pcs kemeja kantor eks Taipei, ada bekas name tag, 3,3jt take all
post|no_keyword_offer|1111|Kotak kardus dari Tokyo isi kimono & yukata pernah pakai, 75rb/pcs, kirim dari Bekasi
listing|no_keyword_offer|1111|Jaket ski eks Nagano (ada tiket lift nyangkut di resleting 😅) 95rb, ready 12
listing|no_keyword_offer|1111|Mantel wol eks London kondisi pakai, ada bulu rontok dikit, 85rb, se-ikat 30 pcs
listing|no_keyword_offer|1111|Sepatu lari eks Bangkok pernah dipakai, sol 70%, 60rb/pasang, 1 karung 50 pasang
listing|no_keyword_offer|1111|Tas sekolah randoseru eks Jepang bekas pakai 150rb, barang container minggu lalu
comment|no_keyword_offer|1111|kak kalau ambil 1 ikat hoodie yg dari kapal minggu lalu bisa kurang ga? aku reseller
post|no_keyword_offer|1111|baru dapat 1 muatan dari Port Klang, jaket & kemeja, yg mau borong ayo ke gudang
message|no_keyword_offer|1111|stok "kiriman seberang" masih 4 ikat bang, isinya kemeja kerja, harga biasa ya
listing|dialect_offer|1111|Ado monza baru dari Tanjung Balai, jaket tebal 60 ribu sajo, ambiak di Pasa Raya Padang
post|dialect_offer|1111|Lur, awul-awul seko Batam teko, klambi Jepang 15 ewu, neng Alun-alun Kidul sesuk bengi
post|dialect_offer|1111|Sok ah nu hoyong baju karung Korea, sapotong 20 rebu, di Gedebage blok C, buru sateuacan seep
post|dialect_offer|1111|Mbak mas, sepatu seken import Thailand teko Jakarta, 75 ewu, tak kirimi Solo sak Jogja
comment|dialect_offer|1111|ado bal korea masuak lai, baju kemeja rancak rancak, ka Bukittinggi pun bisa dikirim
post|dialect_offer|1111|Bah, monza Jepang kali ini bagus-bagus kawan, jaket 75 ribu, datang kau ke Simpang Limun
post|dialect_offer|1111|Kaka e, cabo baru bongkar, jaket tebal buat naik Wamena, 100 ribu sa, datang su
post|dialect_offer|1111|Ulun bejual baju bekas Korea di Lingkar Dalam, kemeja 25 ribu haja, mampir lah
post|dialect_offer|1111|Ade karong baru dari Kuching, baju budak 5 ringgit, sampai Sambas pun kame antar
post|dialect_offer|1111|Lah sampai bal Korea di Jambi ni, baju kemeja 30 ribu, tengok di Pasar Angso Duo
post|dialect_offer|1111|Beta jual RB baru dari kapal, kemeja dan rok kantor, Ambon Pasar Mardika, datang jua!
post|dialect_offer|1111|Iye, cakar baruji dibuka, blouse korea 3 seratus ribu, mampirki di Sentral dekat masjid
post|dialect_offer|1111|Kiriman Sabah ni ada baju kerja 3 helai 20 ribu, boleh datang kedai ambo di Nunukan
listing|english_mix_offer|1111|Curated vintage from Japan bales, only 1 of each, shipping nationwide, DM to claim
post|english_mix_offer|1111|Fresh drop from our Korean bale tonight 8PM, first come first serve, no hold
listing|english_mix_offer|1111|Preloved US workwear wholesale, 50 pcs per lot, IDR 2.5M, ready di Jakarta
post|english_mix_offer|1111|New bale opening ASMR 🎧 full video di IG, pieces available on our shopee
listing|english_mix_offer|1111|Secondhand Japan denim bundle 20 pcs IDR 1.2M, ideal for resellers, ship from BDG
listing|marketplace_title|1111|[PROMO] JAKET PARKA EKS JEPANG SECOND ORI BAL - SIZE M L XL - KONDISI 85%
listing|marketplace_title|1111|KEMEJA FLANEL SECOND IMPORT KOREA MURAH GRADE A FREE PLASTIK
listing|marketplace_title|1111|Celana Cargo Pria Seken Impor US Original Bal Size 30-36 BISA COD
listing|marketplace_title|1111|Hoodie College USA Second Bal Ori Tebal (Cek Deskripsi) - Hoodie Pria
listing|marketplace_title|1111|SWEATER RAJUT JEPANG PRELOVED EKS BAL - WANITA - ALL SIZE FIT L
listing|marketplace_title|1111|PAKET USAHA 30 PCS KAOS SECOND KOREA BAL CAMPUR BUAT DIJUAL LAGI
listing|marketplace_title|1111|tas selempang second ori korea bekas bal kondisi mulus murah
listing|marketplace_title|1111|Sepatu Running Seken Import Thailand Ori Bal Uk 40-44 (Foto Asli)
listing|marketplace_title|1111|Blazer Wanita Jepang Bekas Impor Original Kantor Formal Ready
listing|marketplace_title|1111|JAS PRIA EKS KOREA 2ND HAND BAHAN WOOL (BUKAN BARU) - LIHAT VIDEO
listing|price_list|1111|Harga bal minggu ini: kemeja JP 4,8 | kaos KR 3,9 | jaket US 6,1 | celana TW 4,4 (juta)
message|price_list|1111|List: jaket kanada 50kg 3jt, sweater UK 50kg 3,4jt, kaos campur 45kg 2jt, chat utk PO
listing|price_list|1111|PL: kardigan JP/ps 25, kemeja KR/ps 20, celana US/ps 30, per bal diskon 10%
comment|question_reply_offer|1111|iya kak bekas pakai, asli dari Korea, tapi dicuci dulu sebelum dikirim, mau?
comment|question_reply_offer|1111|bukan baru kak, eks luar negri semua, makanya murah, ambil berapa?
comment|question_reply_offer|1111|asalnya dari karung kak, dr Jepang, kalau mau yg baru bukan di sini hehe
comment|question_reply_offer|1111|betul kak second, kiriman Tawau, sudah saya sortir yg mulus2 aja, mau diambil?
"""
