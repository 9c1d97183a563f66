# Batch 1: Javanese (ngoko/krama/Suroboyoan/Jogja-Solo/Banyumasan), Sundanese, Betawi/Jaksel.
# Tuple: (kind, category, offer, used, clothing, abroad, text)
B1 = [
("listing", "regional_code_word", 1, 1, 1, 1,
"""Rek, awul-awul anyar teko kapal wingi bengi 🚢
Karungan Korea isine jaket, hoodie, kemeja flanel. Regane mulai 15 ewu, sing apik 35.
Lapak nang Pasar Gembong, mburi toko emas. Mari maghrib bukak maneh.
Sing adoh iso COD Suroboyo-Sidoarjo, WA 0812xxxx
#awulawul #thriftsurabaya #bajubekas"""),

("post", "hn_own_wardrobe", 1, 1, 1, 0,
"""Lemariku wis kebak, dadi tak dol wae 😅
Iki klambi bekasku dhewe, dudu impor, dudu kulakan. Kabeh tuku dhewe ning Matahari karo Shopee mbiyen.
Kemeja ijo M 40rb, rok plisket 35rb, kaos oblong 2 biji 30rb.
Kondisi resik, wis tak kumbah. Ambil ning Kotagede utawa kirim, ongkir nanggung dhewe ya lur."""),

("article", "hn_radio_script", 0, 1, 1, 1,
"""Sugeng enjang para pamiarsa. Wonten pawartos saking Pasar Beringharjo.
Dinten Rebo kepengker, petugas Disperindag sesarengan kaliyan Bea Cukai nindakaken pamriksan dhateng lapak-lapak awul-awul.
Kapanggihaken langkung saking kalih dasa karung sandhangan bekas ingkang dipun tengarai asalipun saking Malaysia.
Barang-barang menika sapunika dipun simpen wonten gudang Bea Cukai kangge proses salajengipun.
Para bakul dipun aturi mboten sade malih sandhangan bekas impor."""),

("live", "live_sale", 1, 1, 1, 1,
"""Malem iki jam 8 live TikTok yo gaes 🔴
Bal Jepang anyar tak bukak neng ngarep kamera, literally fresh seko gudang Batam.
Sing cepet komen "GAS" ntar tak tawani duluan. Harga 25k-75k, jaket outdoor ono sing 120k.
Jogja iso ambil neng Seturan, luar kota JNE.
akun: @awulmasbro_jogja (bukan akun asli, ojo ketipu yang lain)"""),

("listing", "hn_new_batik", 1, 0, 1, 0,
"""Batik tulis Laweyan, gres saking pengrajin 🙏
Dudu bekas lan dudu impor, iki garapane mbak-mbak ing kampung dhewe.
Kemeja lengan panjang motif parang 285rb, blus lengan pendek 195rb.
Ukuran M, L, XL. Jahitan rapi, kain primisima.
Pesenan luar Solo dikirim saben Senin karo Kemis. Info 0813xxxx
#batiksolo #laweyan #batiktulis"""),

("message", "plain_offer", 1, 1, 1, 1,
"""Sedulur kabeh, inyong lagi mbukak sekarung klambi bekas sing teka sekang Batam wingi.
Isine kaos, celana jin, karo jaket bocah. Sing apik-apik dereng dijupuk.
Regane murah banget lah, sepuluh ewu telu nggo kaos.
Nek arep, mampir ngomah nang Sokaraja, pinggir dalan gede cedhak masjid. Utawa WA bae 0857xxxx."""),

("listing", "hn_other_used_goods", 1, 1, 0, 0,
"""Dodol Supra X 125 taun 2012, bekas pribadi, pajek urip 🏍️
Mesin alus, ban mburi anyar, lampu wis LED.
Surat-surat komplit, BPKB atas nama dhewek.
Rega 7,2 juta nego tipis. Sing serius bae, aja mung takon tok.
Lokasi Purwokerto Kidul, WA 0812xxxx"""),

("post", "hn_buyer_complaint", 0, 1, 1, 1,
"""Kapok aku tuku bal-balan online 😤
Jarene bal Korea grade A isi 100 potong, bareng teka sing iso dienggo paling 30.
Liyane bolong, kena jamur, ambune apek ra ilang senajan wis dikumbah ping telu.
Takon admine malah diblokir. Ati-ati lur, ojo kegiur rega murah.
Sapa sing duwe pengalaman padha, ayo lapor bareng."""),

("post", "reseller_recruit", 1, 1, 1, 1,
"""DIBUTUHKAN RESELLER BAL KOREA & JEPANG 📢
Modal cilik wae, iso ambil eceran mulai 1 karung cilik (50 potong).
Barang teka saben minggu lewat Tanjungbalai, kualitas sortiran, ora sembarangan.
Reseller entuk rega khusus + foto katalog siap posting.
Wilayah Kediri, Blitar, Tulungagung diutamakan.
Minat? chat mas Dimas 0822xxxx"""),

("post", "hn_own_wardrobe", 1, 1, 1, 0,
"""Punten, abdi rek ngical sababaraha acuk. Ieu baju urut abdi sorangan, lain impor, lain ti karung 🙏
Meser di Bandung sadayana, ngan ayeuna tos teu kaanggo da beurat badan naek 😂
Gamis 2 siki 70rb, cardigan rajut 45rb, calana kulot 40rb.
COD di Cimahi atanapi kintun. Hatur nuhun."""),

("listing", "market_source", 1, 1, 1, 1,
"""Barang anyar dugi di lapak Cimol Gedebage! 🛍️
Karung ti Korea dibuka isuk-isuk, eusina jaket kulit, sweater, jeung kemeja flanel.
Harga mimiti 20 rebu, pilih-pilih sorangan sok mangga.
Lapak no. 47 blok C, caket masjid. Buka tabuh 9 dugi ka asar.
Ig @lapak_kangasep47 #cimolgedebage #thriftbandung"""),

("listing", "hn_school_uniform", 1, 0, 1, 0,
"""Sadia seragam SD, SMP, SMA anyar gres ✨
Lain bekas, masih dibungkus plastik. Bahan adem, jahitan kuat.
Kemeja bodas 55rb, calana/rok biru 60rb, batik sakola tiasa dipesen.
Toko Bu Eti, Pasar Kiaracondong lantai 2.
Pesen sateuacan tanggal 10, sok seueur nu ngantri ngajelang taun ajaran anyar."""),

("post", "hn_meme", 0, 1, 1, 1,
"""Ari batur: "meuni kasep jaket anjeun, meser dimana?"
Abdi: "Gedebage, 25 rebu" 😎
Batur: "ih sok pasti mahal nya"
Abdi dina hate: ieu teh asal ti karung Jepang, nu bogana heula ge teu apal saha 🤣
#thrifting #sundaneseproblems"""),

("message", "bale_grade", 1, 1, 1, 1,
"""Assalamualaikum, stok minggu ieu parantos sumping nya.
Bal Jepang grade A campur 100 kg: 3,5 jt
Bal Korea kemeja lalaki grade S: 4,2 jt
Ecer per kilo ge aya, 45 rebu/kg, minimal 5 kg.
Pengiriman ti gudang Tasik, tiasa ekspedisi atanapi cargo.
Pesen ka Teh Rina 0812xxxx. Stok kawates."""),

("listing", "hn_other_goods_karung", 1, 0, 0, 0,
"""Jual beas Cianjur pandan wangi, langsung ti sawah sorangan 🌾
Per karung 25 kg: 340 rebu. Per karung 50 kg: 660 rebu.
Lain beas oplosan, dijamin pulen.
Kirim wilayah Cianjur kota gratis ongkir mun 2 karung ka luhur.
WA Mang Odin 0856xxxx"""),

("post", "market_source", 1, 1, 1, 1,
"""Ane buka lapak lagi di Senen Blok III, lantai bawah yak 👋
Barang baru turun dari karungan, ada jaket denim, kemeja, ama celana cargo bekas luar.
Kata bosnye dari Jepang ama Korea semua, aye ngecek sendiri labelnye.
Harga mah ramah kantong, goceng-goceng kagak, tapi 30 rebu udah dapet bagus.
Mampir aje, cari Bang Jali, lapak ujung deket tangga."""),

("post", "hn_new_thrift_style", 1, 0, 1, 0,
"""Guys, drop baru kita udah live 🖤
Vibes-nya thrift which is vintage washed gitu, tapi literally brand new ya, bukan second.
Diproduksi konveksi sendiri di Bandung, bahan cotton combed 24s.
Oversized tee 129k, boxy jacket 349k.
Not imported, not preloved, 100% lokal. Link di bio.
#localbrand #vintagevibes"""),

("post", "haul_names_seller", 1, 1, 1, 1,
"""thrift haul bulan ini, spent under 300k which is insane 😭
- jaket Carhartt ex Japan 85k
- cardigan rajut Korea 40k
- levi's 501 yang literally pas banget 120k
semuanya dari @gudangbal.jkt, mereka bongkar bal tiap Jumat sore di Pasar Baru.
recommended banget kalo lo sabar ngubek."""),

("post", "hn_donation_request", 0, 1, 1, 0,
"""Assalamualaikum warga RW 07 📣
Kampung sebelah kena banjir lagi, banyak bocah nyang kagak punya baju ganti.
Kite ngumpulin baju bekas layak pake, sarung, ama selimut.
Tolong dicuci dulu yak, kagak usah yang sobek.
Titip di pos ronda atau rumah Pak RT sampe hari Minggu. Makasih banyak."""),

("post", "hn_opinion_thread", 0, 1, 1, 1,
"""1/ Thread soal thrifting dan kenapa gue mulai mikir ulang 🧵
2/ Bal impor itu isinya sisa donasi dan barang buangan negara lain, yang dijual lagi di sini per karung.
3/ Yang kena duluan justru konveksi kecil di Bandung dan Pekalongan, literally kalah harga.
4/ Gue gak nyalahin pembeli, harga baju baru emang mahal. Tapi jangan romantisasi juga.
5/ Ending: gue pindah ke preloved dari temen sendiri aja."""),

("comment", "denial_other_thing", 1, 1, 1, 1,
"""@rara.nd iya kak ini bukan KW ya, asli bal Korea, bisa cek tag sama jahitannya 🙏
kondisi 90% cuma ada noda kecil di lengan, udah aku foto di slide 4.
sisa satu aja, 65k belum ongkir.
DM aja kak biar aku keep"""),

("post", "hn_charity_sale", 1, 1, 1, 0,
"""Berkah Dalem. Gereja Santo Yusup badhe ngawontenaken bazar amal.
Sandhangan bekas sumbangan saking jemaat, sepatu, tas, kaliyan dolanan lare.
Rega 5.000 dumugi 20.000, asil sadeyan kangge renovasi aula paroki.
Minggu, bubar misa kaping kalih, wonten plataran gereja. Monggo rawuh."""),

("listing", "regional_code_word", 1, 1, 1, 1,
"""Awul-awul Sekaten wis buka neng Alun-alun Lor 🎡
Klambi saking bal Malaysia, ana jaket parasut, kemeja, lan sweater bocah.
Sepuluh ewu olih loro kanggo kaos, jaket mulai 35.
Lapak pak Parjo, baris nomer telu saka wetan, sing tendane biru.
Buka sore nganti jam sewelas bengi."""),

("profile", "hn_tailor", 1, 0, 1, 0,
"""Penjahit Bu Sri - Nampi jahitan kebaya, seragam, lan permak 🧵
Ngecilaken celana, ganti resleting, motong gamis. Sedaya sandhangan panjenengan piyambak.
Mboten sade sandhangan bekas lan mboten nampi barang kulakan.
Griya: Gang Melati, Kartasura. Buka 08.00-16.00, Jumat prei."""),

("post", "hn_swap", 0, 1, 1, 0,
"""Ayo melu Tukeran Klambi edisi kaping telu! ♻️
Gawanen klambimu dhewe sing isih apik nanging wis ora dienggo, maksimal 5 potong.
Tuker karo klambi kancamu, ora nganggo duit blas.
Sabtu sore ning Taman Kota Magelang. Klambi sing ora ketuker disumbangke panti."""),

("profile", "bio_line", 1, 1, 1, 1,
"""Juragan Bal Jepang & Korea 🇯🇵🇰🇷 | Kulakan langsung Tanjungbalai
Ecer, grosir, bal utuh. Kirim se-Jawa Timur.
Gudang Nganjuk, buka Senin-Sabtu.
Reseller welcome, rega khusus.
Order: 0812xxxx (WA only)"""),

("listing", "hn_other_goods_bale", 1, 1, 0, 0,
"""Tampa kardus bekas lan kertas koran, bayar kontan 📦
Kardus per bal (sak 30-an kilo) 2.300/kg, koran 3.000/kg.
Sing akeh isa dijemput nganggo pikap, wilayah Klaten lan Boyolali.
Dodol uga kardus bekas per bal kanggo pindahan. Hubungi Cak Man 0813xxxx"""),

("live", "live_sale", 1, 1, 1, 1,
"""Wilujeng wengi baraya, urang obok-obok deui yuk dina live 🔥
Karung anyar ti Korea, can dibuka pisan, pinuh ku hoodie jeung jaket.
Sadayana 35 rebu, mun meser 3 jadi 90.
Ketik "abdi" di komen, teras transfer sateuacan live bubar.
Kintun ti Garut, tiasa COD Tarogong."""),

("post", "hn_job_vacancy", 0, 1, 1, 1,
"""Lowongan kerja di toko thrift Dago 👕
Dipilarian 2 urang kanggo nyortir jeung nyetrika baju tina bal.
Syarat: pameget/istri, 18-30 taun, jujur, teu alergi debu.
Gajih UMK, dahar siang ditanggung.
Kirim lamaran ka email kerjathrift.dago@mail.com, teu aya biaya naon-naon."""),

("message", "bale_grade", 1, 1, 1, 1,
"""Broadcast Bang Somad 📢
Koli ex Singapore baru nyampe, isi campur jaket musim dingin ama kemeja kantor.
1 koli 90 kilo, harga 4 juta net, kagak boleh buka dulu ye.
Mau ngecer juga bisa, 50 rebu per kilo.
Gudang deket Pasar Cipadu, ambil sendiri atau pake lalamove. WA 0812xxxx"""),

("listing", "hn_new_clothes", 1, 0, 1, 0,
"""Baju lebaran udah dateng nih bu ibu 🌙
Gamis, koko, ama setelan anak, barang baru semua dari Tanah Abang, bukan barang seken.
Koko anak mulai 65 rebu, gamis ibu 150 rebu.
Bisa dicicil arisan, ambil di rumah aye Kampung Melayu, gang sebelah musholla.
Chat Mpok Ijah 0813xxxx"""),

("post", "hn_tutorial", 0, 1, 1, 1,
"""Cara bersihin baju thrift biar gak bau gudang, based on pengalaman gue:
1. Rendem air panas + cuka minimal 2 jam, literally wajib buat barang bal.
2. Cuci pisah, jangan dicampur baju lo yang lain.
3. Jemur di bawah matahari langsung.
4. Kalo masih apek, ulang lagi pake baking soda.
Stay safe, soalnya kita gak pernah tau barang impor itu dari mana."""),

("listing", "plain_offer", 1, 1, 1, 1,
"""Sisa bal wingi tinggal 20 potong lur 🙏
Jaket Uniqlo ex Japan, fleece karo down, ukuran campur.
Kabeh 50rb, sing down jacket 85rb.
Sing duluan transfer sing entuk. Kirim saka Semarang saben sore.
#thriftsemarang #jaketjepang"""),

("listing", "hn_own_wardrobe", 1, 1, 1, 0,
"""Dol sepatu bekasku dhewe, ukuran 41 wis ora cukup 🥲
Tuku ning mall Paragon Semarang 2 taun kepungkur, dudu kulakan.
Adidas Samba, kondisi 80%, sol isih kandel. 450rb nego.
Tas ransel Eiger uga ana, 200rb.
Ketemuan Simpang Lima utawa kirim."""),

("article", "hn_news_seizure", 0, 1, 1, 1,
"""SEMARANG - Petugas Bea Cukai Tanjung Emas nyita 312 bal sandhangan bekas impor saka kapal kargo, Selasa bengi.
Barang kasebut diduga saka Malaysia lan arep disebar menyang pasar-pasar ing Jawa Tengah.
Kepala kantor kandha, pemilik barang isih diburu.
Bal-bal mau bakal dimusnahake sawise ana putusan resmi.
Warga dijaluk lapor yen weruh bongkaran barang kaya ngono."""),

("listing", "plain_offer", 1, 1, 1, 1,
"""Sapatu second impor ti Korea, kondisi masih mulus 👟
Nike, NB, Converse, ukuran 38-43. Harga 120-250 rebu gumantung kondisi.
Barang asli, lain KW, langsung ti karung anu dugi ti Batam.
Lokasi Tasikmalaya, caket alun-alun. COD atanapi kirim JNT."""),

("listing", "hn_other_used_goods", 1, 1, 0, 0,
"""Dijual HP bekas rek, Redmi Note 11, 6/128 🔋
Lecet tipis nang pinggir, layar mulus, baterai sik awet.
Fullset dus karo charger. Rego 1,45 juta, wis pas.
Mbeneran butuh duit iki, dudu barang colongan, ono notae.
COD Royal Plaza Suroboyo."""),

("message", "status_post", 1, 1, 1, 1,
"""Status dinten menika 🙏
Karungan enggal saking Malaysia sampun dugi, isinipun rasukan lare kaliyan jaket.
Ingkang kersa milih, mangga rawuh griya kula, Bantul caket Pasar Niten.
Regi mirah, kaos 10 ewu, jaket 30 ewu.
Sampun dipun kumbah sedaya. Matur nuwun."""),
]
