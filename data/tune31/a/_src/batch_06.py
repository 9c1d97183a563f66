# Batch 6 - hand-written near-twin families (final batch).
R = [
 ("F109","post","twin_offer_loud",1,1,1,1,"Thrift Surabaya ✨ kemeja rayon motif 90an 30rb, 3 ambil 80rb, ambil di Pasar Gembong atau kirim"),
 ("F109","post","hn_twin_haul_no_seller",0,1,1,1,"Thrift Surabaya hari ini ✨ dapet kemeja rayon motif 90an 30rb di Pasar Gembong, lucu bgt kan, ootd besok!"),
 ("F109","post","hn_twin_new_thrift_style",1,0,1,1,"Thrift look Surabaya ✨ kemeja rayon motif 90an baru impor Guangzhou 30rb, 3 ambil 80rb, kirim seluruh Jatim"),
 ("F109","post","hn_twin_not_clothing",1,1,0,1,"Thrift Surabaya ✨ piring & gelas keramik bekas ex Jepang 30rb, 3 ambil 80rb, ambil di Pasar Gembong atau kirim"),

 ("F110","message","twin_offer_loud",1,1,1,1,"Kak, jatah bal Tanjungpinang minggu ini jaket hujan & jas second, 15 kg, 600rb, mau ikut?"),
 ("F110","message","hn_twin_buyer_question",0,1,1,1,"Kak, ada yg tau siapa yg masih dapet bal Tanjungpinang jaket & jas second? aku mau 15 kg an"),

 ("F111","listing","hn_twin_not_clothing",1,1,0,1,"Ex Jepang: mesin cuci bekas 2 tabung, normal semua, 650rb, Tangerang Selatan"),
 ("F111","listing","twin_offer_loud",1,1,1,1,"Thrift ex Jepang: yukata & jinbei bekas, normal semua, 65rb, Tangerang Selatan"),

 ("F112","comment","hn_twin_report",0,1,1,1,"Sudah saya report akun yg jual baju bekas impor per karung 1,5jt itu, kalian yg liat report juga ya"),
 ("F112","comment","twin_offer_loud",1,1,1,1,"Yg cari baju bekas impor per karung 1,5jt langsung DM akun ini ya, stok gudang masih banyak"),

 ("F113","article","hn_twin_news",0,1,1,1,"Harga satu bal pakaian bekas asal Korea di Pasar Senen disebut naik menjadi Rp9 juta setelah razia gudang di Bandung."),
 ("F113","message","twin_offer_loud",1,1,1,1,"Harga bal pakaian bekas Korea naik jd 9jt ya bos setelah razia gudang Bandung, yg mau tetap order kabari, ambil Senen"),
 ("F113","article","hn_twin_news_not_clothing",0,1,0,1,"Harga satu kontainer besi bekas asal Korea di Tanjung Priok disebut naik menjadi Rp900 juta setelah pengetatan impor."),

 ("F114","live","twin_offer_quiet",1,1,1,1,"Mbak ini dari Pasar Tungging ya, tas kulit 2nd tinggal 4 lagi, 75rb aja, klik nomor 11 cepetan"),
 ("F114","live","hn_twin_not_clothing",1,1,0,1,"Mbak ini dari Pasar Tungging ya, setrika & kipas 2nd tinggal 4 lagi, 75rb aja, klik nomor 11 cepetan"),

 ("F115","profile","hn_twin_profile_activist",0,1,1,1,"Pengamat tekstil | nulis soal banjir pakaian bekas impor & balpres ilegal | pendapat pribadi"),
 ("F115","profile","twin_offer_loud",1,1,1,1,"Pemasok balpres impor | pakaian bekas pilihan langsung dari gudang | open reseller | DM"),

 ("F116","listing","twin_offer_quiet",1,1,1,1,"Selendang & scarf sutra ex India, bekas pakai, lembut, 25rb/lbr, Pasar Baru Jakarta"),
 ("F116","listing","hn_twin_fabric_roll",1,0,0,1,"Kain sutra ex India per meter, baru, lembut, 125rb/meter, Pasar Baru Jakarta"),
 ("F116","listing","hn_twin_new_goods",1,0,1,1,"Selendang & scarf sutra ex India, baru, lembut, 95rb/lbr, Pasar Baru Jakarta"),

 ("F117","message","twin_offer_loud",1,1,1,1,"Dari Tawau tiap Selasa bang, sepatu bola & sendal gunung bekas, 1 bal isi 40 pasang, 2jt"),
 ("F117","message","hn_twin_not_clothing",1,1,0,1,"Dari Tawau tiap Selasa bang, tabung gas & kompor bekas, 1 lot isi 40 biji, 2jt"),

 ("F118","post","hn_twin_joke",0,1,1,1,"Beli kemeja ex Jepang seken 20rb, di kantong ada struk Family Mart 2017. Bonus lore 😂"),
 ("F118","post","twin_offer_quiet",1,1,1,1,"Kemeja ex Jepang seken 20rb, masih ada yg kantongnya nyimpen struk Family Mart 😂 ready 30 pcs, cek sorotan"),

 ("F119","listing","twin_offer_loud",1,1,1,1,"Cakar Parepare: celana kargo & jaket army bekas impor 40rb, kirim Sulsel & Sulbar"),
 ("F119","listing","hn_twin_not_clothing",1,1,0,1,"Parepare: velg & knalpot bekas impor 400rb, kirim Sulsel & Sulbar"),

 ("F120","comment","hn_twin_stopped_selling",0,1,1,1,"Maaf ya kak, kita udah berhenti jual sepatu seken kiriman Johor, skrg fokus service sepatu aja"),
 ("F120","comment","twin_offer_quiet",1,1,1,1,"Masih ya kak, sepatu seken kiriman Johor ready 20 pasang, sekalian bisa service sepatu"),

 ("F121","message","twin_offer_quiet",1,1,1,1,"Ibu2, arisan bulan ini sambil liat2 gamis second dari Jeddah ya, 50rb-an, saya bawa 2 koper"),
 ("F121","message","hn_twin_new_goods",1,0,1,1,"Ibu2, arisan bulan ini sambil liat2 gamis baru oleh2 Jeddah ya, 150rb-an, saya bawa 2 koper"),

 ("F122","post","twin_offer_quiet",1,1,1,1,"Rombengan Cilacap hadir lagi 🙌 celana & rok bekas 10-20rb, dekat Pasar Gede, tiap Minggu pagi"),
 ("F122","post","hn_twin_donation",0,1,1,0,"Rumah singgah Cilacap terima sumbangan celana & rok bekas 🙌 antar tiap Minggu pagi ke posko dekat Pasar Gede"),
 ("F122","post","hn_twin_charity_sale",1,1,1,0,"Posko Cilacap jual celana & rok bekas sumbangan warga 🙌 10-20rb, hasil buat rumah singgah, tiap Minggu pagi"),

 ("F123","listing","twin_offer_loud",1,1,1,1,"Jas & celana bahan bekas impor Hongkong, 20 stel, ukuran campur, 1,8jt borong, Medan"),
 ("F123","listing","hn_twin_not_clothing",1,1,0,1,"Laptop & printer bekas impor Hongkong, 20 unit, merk campur, 18jt borong, Medan"),

 ("F124","review","twin_offer_quiet",1,1,1,1,"Pesan di @lapak.kiriman.jiran, sweater seken Malaysia 3 pcs 100rb, wangi & rapi, recomended!"),
 ("F124","review","hn_twin_review_no_seller",0,1,1,1,"Sweater seken Malaysia 3 pcs 100rb yg aku dapet kemarin wangi & rapi, kirain bakal bau"),

 ("F125","live","hn_twin_new_goods",1,0,1,1,"Restok ya gaes, hoodie polos impor Bangkok, baru fresh, 70rb keranjang satu"),
 ("F125","live","twin_offer_quiet",1,1,1,1,"Masuk lagi ya gaes, hoodie polos kiriman Bangkok, bekas tp tebel, 70rb keranjang satu"),

 ("F126","message","twin_offer_loud",1,1,1,1,"Om, bal dari Dumai udah dibongkar, jaket parasut 40 biji layak, 35rb/biji, ambil semua 1,2jt"),
 ("F126","message","hn_twin_not_clothing",1,1,0,1,"Om, bal dari Dumai udah dibongkar, aki motor bekas 40 biji layak, 35rb/biji, ambil semua 1,2jt"),

 ("F127","post","hn_twin_guideline",0,1,1,1,"Tips aman: jangan jual baju bekas impor di marketplace, akun bisa diblokir & barang disita. Share ke teman seller!"),
 ("F127","post","twin_offer_loud",1,1,1,1,"Tips hemat: beli baju bekas impor di toko kami aja, 3 pcs 50rb, share ke teman ya! @gudangbajuimpor"),

 ("F128","listing","twin_offer_quiet",1,1,1,1,"Celana jeans Levi's 501 ex USA, washing alami, W30, 175rb, Yogyakarta"),
 ("F128","listing","hn_twin_new_goods",1,0,1,1,"Celana jeans Levi's 501 impor USA, new with tags, W30, 675rb, Yogyakarta"),

 ("F129","comment","hn_twin_buyer_question",0,1,1,1,"Min, yang di Gedebage lantai 2 itu sekarang masih jual jaket bekas impor 50rb-an? mau ke sana Sabtu"),
 ("F129","comment","twin_offer_loud",1,1,1,1,"Masih kak, jaket bekas impor 50rb-an di Gedebage lantai 2 lapak kami, Sabtu buka dari pagi"),

 ("F130","post","twin_offer_quiet",1,1,1,1,"Kedatangan Sekupang hari ini 🛳️ outer & dress ex Singapura, gentle used, 55rb, pickup Batam Centre"),
 ("F130","post","hn_twin_not_clothing",1,1,0,1,"Kedatangan Sekupang hari ini 🛳️ perabot & lampu ex Singapura, gentle used, 550rb, pickup Batam Centre"),

 ("F131","message","hn_twin_not_clothing",1,1,0,1,"Cek dulu ya pak, goni isi kaleng alumunium bekas ex Malaysia, 1 goni 30 kg, 300rb, loading Nunukan"),
 ("F131","message","twin_offer_quiet",1,1,1,1,"Cek dulu ya pak, goni isi baju bekas ex Malaysia, 1 goni 30 kg, 1,3jt, loading Nunukan"),

 ("F132","listing","twin_offer_quiet",1,1,1,1,"Seragam SD Jepang (randoseru + kemeja) bekas, ex Osaka, 200rb sepaket, Jakarta Utara"),
 ("F132","listing","hn_twin_local_source",1,1,1,0,"Seragam SD bekas anakku (kemeja + rok), beli di koperasi sekolah, 20rb sepaket, Jakarta Utara"),
]
