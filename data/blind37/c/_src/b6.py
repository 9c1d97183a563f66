ROWS = [
("F101","post","twin_offer_loud",1,1,1,1,"Thrift shop Bandung kami pindah ke Jl. Dago bawah! bal baru datang, crewneck & hoodie 35rb, grand opening Sabtu 🎉"),
("F101","post","hn_twin_local_source",1,1,1,0,"Toko preloved kami pindah ke Jl. Dago bawah! isinya titipan lemari warga Bandung, bukan impor, crewneck & hoodie 35rb, grand opening Sabtu 🎉"),

("F102","listing","twin_offer_loud",1,1,1,1,"Jual baju bekas impor per kilo 25rb, campur kaos & kemeja, minimal 10 kg, ambil di Kebon Kalapa"),
("F102","listing","hn_twin_not_clothing",1,1,0,1,"Jual plastik kresek bekas impor per kilo 2,5rb, campur warna, minimal 100 kg, ambil di gudang Kebon Kalapa"),
("F102","listing","hn_twin_new_per_kilo",1,0,1,1,"Jual kaos polos baru impor Bangladesh per kilo 65rb, campur warna, belum dipakai, minimal 10 kg, ambil di Kebon Kalapa"),

("F103","message","twin_offer_loud",1,1,1,1,"Broadcast 📢 monza jaket gunung ex Korea masuk Senin, harga eceran 60rb, grosir per bal nego. Pajak Sambu lt 2"),
("F103","message","hn_twin_new_goods",1,0,1,1,"Broadcast 📢 jaket gunung impor Korea baru masuk Senin, harga eceran 260rb, grosir per lusin nego. Pajak Sambu lt 2"),

("F104","comment","twin_offer_loud",1,1,1,1,"Kak aku jual cakar jaket kulit, karungan dari Malaysia, 75rb-an, lokasi Sungguminasa"),
("F104","comment","hn_twin_not_clothing",1,1,0,1,"Kak aku jual velg motor bekas, karungan dari Malaysia, 750rb-an sepasang, lokasi Sungguminasa"),

("F105","article","hn_twin_news",0,1,1,1,"Pedagang pakaian bekas impor di Pasar Senen menggelar aksi, minta diberi waktu menghabiskan stok bal yang tersisa"),
("F105","post","twin_offer_loud",1,1,1,1,"Stok bal kami di Pasar Senen masih banyak, pakaian bekas impor diskon 50% biar cepat habis, datang langsung ke blok 4"),

("F106","live","twin_offer_loud",1,1,1,1,"Halo guys, live thrift lagi! hari ini kemeja Hawaii ex Amerika dari bal, 25rb, ketik nomor ya"),
("F106","live","hn_twin_own_wardrobe",1,1,1,0,"Halo guys, live lagi! hari ini aku jual kemeja Hawaii koleksi pribadi, beli sendiri di Bali, bekas pakai, 25rb, ketik nomor ya"),
("F106","live","hn_twin_new_goods",1,0,1,1,"Halo guys, live lagi! hari ini kemeja Hawaii impor Amerika baru dari distributor, 125rb, ketik nomor ya"),

("F107","review","twin_offer_loud",1,1,1,1,"Pertama kali beli awul-awul online di @awulan.jogja, kaosnya ex Thailand, bersih dan murah 15rb. Mantap, repeat order!"),
("F107","review","hn_twin_new_goods",1,0,1,1,"Pertama kali beli online di @awulan.jogja, kaosnya impor Thailand baru, bersih dan murah 45rb. Mantap, repeat order!"),

("F108","profile","twin_offer_loud",1,1,1,1,"Lelong Singkawang 🏮 baju & tas bekas luar negeri, buka Selasa-Minggu | Jl. Diponegoro | WA 0819xxxx"),
("F108","profile","hn_twin_not_clothing",1,1,0,1,"Lelong Singkawang 🏮 perabot & elektronik bekas luar negeri, buka Selasa-Minggu | Jl. Diponegoro | WA 0819xxxx"),

("F109","listing","twin_offer_quiet",1,1,1,1,"Jas formal pria ex Korea, hitam, size 50, cocok wisuda, 85rb. Ada 5 stok dari sortiran kemarin"),
("F109","listing","hn_twin_local_source",1,1,1,0,"Jas formal pria bekas sewaan, hitam, size 50, cocok wisuda, 85rb. Ada 5 stok, usaha rental kami di Solo tutup"),

("F110","post","twin_offer_loud",1,1,1,1,"Karungan baru nyampe dari Batam! baju thrift branded mulai 10rb, cuma hari ini di lapak Kak Mega, Pasar Tanah Abang blok F"),
("F110","post","hn_twin_not_clothing",1,1,0,1,"Karungan baru nyampe dari Batam! sepatu? bukan, charger & headset bekas mulai 10rb, cuma hari ini di lapak Kak Mega, Glodok"),
("F110","post","hn_twin_haul_no_seller",0,1,1,1,"Karungan baru nyampe dari Batam katanya, baju thrift branded mulai 10rb, aku borong 6 tapi lupa lapak siapa di Tanah Abang 😭"),

("F111","message","twin_offer_quiet",1,1,1,1,"Mas, jaket motor Alpinestars ex Australia masih ada 2, bekas pakai tapi protector lengkap, 350rb"),
("F111","message","hn_twin_not_clothing",1,1,0,1,"Mas, knalpot Akrapovic ex Australia masih ada 2, bekas pakai tapi bracket lengkap, 3,5jt"),

("F112","comment","twin_offer_loud",1,1,1,1,"Sis mampir lapak thrift aku di Shopee, baju bekas impor Korea 20rb, link di bio"),
("F112","comment","hn_twin_new_goods",1,0,1,0,"Sis mampir lapak aku di Shopee, baju gaya thrift tapi baru, jahitan UMKM Tasik, 60rb, link di bio"),
("F112","comment","hn_twin_new_import",1,0,1,1,"Sis mampir lapak aku di Shopee, baju impor Korea baru ada label, 80rb, link di bio"),

("F113","listing","twin_offer_loud",1,1,1,1,"Bal pakaian bekas ex Amerika isi kaos wanita, 45kg, 2,6jt, ready Tanjungbalai"),
("F113","listing","hn_twin_new_goods",1,0,1,1,"Paket pakaian baru ex Amerika isi kaos wanita sisa stok outlet, baru ada tag, 45kg, 9,6jt, ready Tanjungbalai"),

("F113","listing","hn_twin_local_source",1,1,1,0,"Karung pakaian bekas isi kaos wanita, 45kg, 2,6jt, kumpulan donasi jemaat gereja di Tanjungbalai sendiri, bukan barang luar"),

("F114","article","hn_twin_news",0,1,1,1,"Di Medan, pembeli monza mengaku tetap datang ke Pajak Melati karena harga jaket branded hanya puluhan ribu"),
("F114","comment","twin_offer_quiet",1,1,1,1,"Jaket branded Pajak Melati cuma puluhan ribu di kios kami, baru turun dari goni, langsung aja ke blok B ya"),

("F115","live","twin_offer_loud",1,1,1,1,"Bun ini bal impor isinya baju bayi semua, 5rb satu, minimal 10 ya, ketik 'bayi' di kolom komen"),
("F115","live","hn_twin_bazaar_local",1,1,1,0,"Bun ini baju bayi bekas dari donasi posyandu semua, 5rb satu, minimal 10 ya, hasilnya buat PMT balita"),

("F116","review","twin_offer_quiet",1,1,1,1,"Belanja kemeja second ex Jepang di kios Om Ferry Pasar Beringharjo, bahan adem, 30rb. Bakal balik lagi"),
("F116","review","hn_twin_not_clothing",1,1,0,1,"Belanja kamera analog second ex Jepang di kios Om Ferry Pasar Beringharjo, lensa jernih, 300rb. Bakal balik lagi"),

("F117","post","twin_offer_loud",1,1,1,1,"Open PO bal thrift Jepang batch 3, DP 50% tutup Jumat, sampai Surabaya 2 minggu 🚢"),
("F117","post","hn_twin_new_goods",1,0,1,1,"Open PO jaket baru impor Jepang batch 3, DP 50% tutup Jumat, sampai Surabaya 2 minggu 🚢"),

("F118","message","twin_offer_loud",1,1,1,1,"Saya supplier bal baju bekas dari Malaysia, bisa kirim ke Kalimantan Utara lewat Nunukan, minat hubungi 0853xxxx"),
("F118","message","hn_twin_not_clothing",1,1,0,1,"Saya supplier gula pasir karungan dari Malaysia, bisa kirim ke Kalimantan Utara lewat Nunukan, minat hubungi 0853xxxx"),

("F119","comment","hn_twin_complaint",0,1,1,1,"Laporin aja akun ini min, jualan thrift bal Korea terang2an padahal udah dilarang"),
("F119","comment","twin_offer_loud",1,1,1,1,"Jualan thrift bal Korea di akun ini ya min, terang2an aja kita, barang 15rb-an"),

("F120","listing","twin_offer_loud",1,1,1,1,"THRIFT IMPOR - sepatu kets Converse ex Jepang, sz 40, 85rb, cuci bersih"),
("F120","listing","hn_twin_own_wardrobe",1,1,1,0,"PRELOVED - sepatu kets Converse punya sendiri, beli di Sports Station, sz 40, 85rb, cuci bersih"),

("F121","post","twin_offer_quiet",1,1,1,1,"Vest & rompi second ex Jepang lagi hits di kios kami Blok M Square basement, mulai 25rb, bisa tuker size"),
("F121","post","hn_twin_new_goods",1,0,1,0,"Vest & rompi rajut lagi hits di kios kami Blok M Square basement, produksi sendiri, baru, mulai 95rb, bisa tuker size"),
("F121","post","hn_twin_new_import",1,0,1,1,"Vest & rompi impor Jepang baru lagi hits di kios kami Blok M Square basement, mulai 225rb, bisa tuker size"),

("F122","live","twin_offer_loud",1,1,1,1,"Oke kita buka bal kedua malam ini ya, thrift celana kargo ex USA, 30rb flat, langsung ketik 'K'"),
("F122","live","hn_twin_not_clothing",1,1,0,1,"Oke kita buka karung kedua malam ini ya, alat pancing bekas ex USA, 30rb flat, langsung ketik 'P'"),

("F123","review","twin_offer_loud",1,1,1,1,"Baju bekas impornya @lapak_bunda.thrift rapi banget, dijual per kilo murah, 100% rekomen"),
("F123","review","hn_twin_not_clothing",1,1,0,1,"Buku bekas impornya @lapak_bunda.thrift rapi banget, dijual per kilo murah, 100% rekomen"),

("F124","message","twin_offer_quiet",1,1,1,1,"Permisi kak, saya ada 2 koli sweater ex Jepang, masing2 isi 60, boleh ambil eceran 20rb/pc"),
("F124","message","hn_twin_local_source",1,1,1,0,"Permisi kak, saya ada 2 kardus sweater bekas anak2 kos yg pindahan, masing2 isi 60, boleh ambil eceran 20rb/pc"),

("F125","profile","twin_offer_loud",1,1,1,1,"Bundle & thrift Ternate | baju bekas impor pilihan | kiriman Sorong-Ambon | DM for order"),
("F125","profile","hn_twin_new_goods",1,0,1,0,"Distro Ternate | baju lokal sablon sendiri, baru | kiriman Sorong-Ambon | DM for order"),
("F125","profile","hn_twin_new_import",1,0,1,1,"Distro Ternate | baju impor Thailand baru, bukan thrift | kiriman Sorong-Ambon | DM for order"),

("F126","post","twin_offer_quiet",1,1,1,1,"Jaket varsity preloved ex Amerika, wol + kulit, ada jahitan lepas di saku, 130rb, cek di @koleksi.kampus"),
("F126","post","hn_twin_own_wardrobe",1,1,1,0,"Jaket varsity punya abang waktu kuliah di UGM, wol + kulit, ada jahitan lepas di saku, 130rb, cek di @koleksi.kampus"),

("F127","article","hn_twin_news",0,1,1,1,"Polres Dumai menangkap kapal bermuatan ratusan bal pakaian bekas dari Malaysia di perairan Rupat"),
("F127","post","twin_offer_loud",1,1,1,1,"Ratusan bal pakaian bekas dari Malaysia siap kirim dari Dumai, ambil satu bal pun boleh"),

("F128","comment","twin_offer_loud",1,1,1,1,"kak cakar kemeja dari karung ini 10rb kak, aku kirim ke Bone juga bisa"),
("F128","comment","hn_twin_joke",0,1,1,1,"kak cakar kemeja dari karung gini 10rb, pas dipake kok wangi negeri orang ya 🤣 padahal aku beli di mimpi"),

("F129","listing","twin_offer_quiet",1,1,1,1,"Obral selimut & sarung bantal ex Korea, kondisi bersih, 15rb/pcs, stok per karungan, Pasar Klewer lt 3"),
("F129","listing","hn_twin_not_clothing",1,1,0,1,"Obral boneka & mainan plush ex Korea, kondisi bersih, 15rb/pcs, stok per karungan, Pasar Klewer lt 3"),

("F130","message","twin_offer_loud",1,1,1,1,"Bos bal thrift grade B yg kemarin bisa dikirim hari ini, isi celana pendek, 2,4jt sudah termasuk ongkir ke Jambi"),
("F130","message","hn_twin_new_goods",1,0,1,0,"Bos paket celana pendek baru yg kemarin bisa dikirim hari ini, produksi Tanah Abang, 2,4jt sudah termasuk ongkir ke Jambi"),
("F130","message","hn_twin_local_source",1,1,1,0,"Bos karung celana pendek second yg kemarin bisa dikirim hari ini, hasil kumpulan warga Kampung Rambutan, bukan impor, 2,4jt ongkir ke Jambi"),

("F131","live","twin_offer_quiet",1,1,1,1,"Yang ditunggu2 kemeja korduroi ex Jepang datang nih, bekas pakai tapi bersih, 35rb, siap?"),
("F131","live","hn_twin_new_goods",1,0,1,1,"Yang ditunggu2 kemeja korduroi impor Jepang datang nih, baru ada hangtag, 235rb, siap?"),

("F132","review","twin_offer_loud",1,1,1,1,"Jaket bekas impor dari lapak Pak Maman di Cimol bagus, ga bau, 40rb aja. Recommended buat yg mau thrifting"),
("F132","review","hn_twin_local_source",1,1,1,0,"Jaket bekas hasil titip jual warga di lapak Pak Maman bagus, ga bau, 40rb aja. Recommended buat yg mau preloved lokal"),

("F133","post","twin_offer_loud",1,1,1,1,"Thrift ibu2 🧺 bal Hongkong baru buka di kios kami Pasar Gembong, daster & blus mulai 8rb!"),
("F133","post","hn_twin_new_goods",1,0,1,0,"Baju ibu2 🧺 daster & blus baru kiriman konveksi Pekalongan di kios kami Pasar Gembong, mulai 38rb!"),
("F133","post","hn_twin_new_import",1,0,1,1,"Baju ibu2 🧺 impor Hongkong baru buka di kios kami Pasar Gembong, daster & blus baru mulai 48rb!"),

("F134","comment","twin_offer_quiet",1,1,1,1,"kak jaket ex Jepang kamu pas bgt, ready 3 lagi di aku, second 50rb, dm ya"),
("F134","comment","hn_twin_not_clothing",1,1,0,1,"kak setrika ex Jepang kamu pas bgt, ready 3 lagi di aku, second 50rb, dm ya"),

("F135","article","hn_twin_news",0,1,1,1,"Pelabuhan Belawan: 40 kontainer pakaian bekas impor asal Korea disita petugas pekan ini"),
("F135","post","twin_offer_loud",1,1,1,1,"40 kontainer pakaian bekas impor Korea masuk Belawan, gudang kami siap distribusi ke reseller Sumut"),
]
