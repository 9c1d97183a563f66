# (family, kind, category, offer, used, clothing, abroad, text)
RECS = [
("F033","listing","twin_offer_quiet",1,1,1,1,"Sweater rajut wanita, bekas pakai tapi bersih, hasil sortir grade B, 12rb/pcs min ambil 20. Pasar Kebon Kalapa."),
("F033","listing","hn_twin_not_clothing_dolls",1,1,0,1,"Boneka rajut & plush bekas, bersih, hasil sortir grade B, 12rb/pcs min ambil 20. Pasar Kebon Kalapa."),
("F033","listing","hn_twin_denied_import",1,1,1,0,"Sweater rajut wanita, bekas pakai tapi bersih, BUKAN barang bal — semua hasil sumbangan warga RW 05, 12rb/pcs. Pasar Kebon Kalapa."),

("F034","post","twin_offer_loud",1,1,1,1,"Buka cabang baru!! Thrift shop bekas impor termurah se-Pontianak 🧥 jaket kulit 75rb, alamat Jl. Tanjungpura dekat jembatan."),
("F034","post","hn_twin_closing_shop",0,1,1,1,"Resmi tutup!! Thrift shop bekas impor kami di Jl. Tanjungpura berhenti total, makasih pelanggan Pontianak 🧥 sisa barang dimusnahkan."),

("F035","message","twin_offer_quiet",1,1,1,1,"Mas, ada 2 koli celana chino campur, rata2 layak, 1,2jt/koli. Ready Tanjungpinang, bisa naik kapal ke Jakarta."),
("F206","message","hn_twin_koli_electronics",1,1,0,1,"Mas, ada 2 koli laptop bekas campur, rata2 nyala, 12jt/koli. Ready Tanjungpinang, bisa naik kapal ke Jakarta."),
("F035","message","hn_twin_buyer_asks",0,1,1,1,"Mas, ada kenalan yg pegang koli celana chino campur ga? aku cari 2 koli, 1,2jt-an. Lokasi Tanjungpinang, bisa ke Jakarta."),

("F036","comment","twin_offer_loud",1,1,1,1,"kak mau sepatu bekas impor murah? follow @sepatu.kiloan.mdn, tiap hari bongkar karung baru 👟🔥"),
("F036","comment","hn_twin_warning_comment",0,1,1,1,"kak hati2 sama @sepatu.kiloan.mdn, sepatu bekas impor dari karung mereka banyak yang solnya copot 👟😡"),

("F037","review","twin_offer_quiet",1,1,1,1,"Rok plisket ex Korea dari @lemari.seoulan cuma 28rb, ada bekas jahitan dikit tapi overall bagus. Recommended!"),
("F037","review","hn_twin_review_new_rok",1,0,1,1,"Rok plisket import Korea dari @lemari.seoulan 128rb, masih baru lengkap tag Seoul, jahitan rapi. Recommended!"),
("F037","review","hn_twin_review_local_preloved",1,1,1,0,"Rok plisket preloved dari @lemari.seoulan cuma 28rb, katanya bekas kakaknya waktu kuliah, ada jahitan dikit tapi bagus. Recommended!"),

("F038","article","hn_twin_news_pasar",0,1,1,1,"Pembeli tetap memadati Pasar Senen Blok III meski pemerintah melarang perdagangan pakaian bekas impor sejak Maret."),
("F038","post","twin_reverse_ad",1,1,1,1,"Pasar Senen Blok III rame terus 🙌 mampir ke kios 27 kami, pakaian bekas impor pilihan, 3 potong 50rb!"),

("F039","live","twin_offer_loud",1,1,1,1,"Yang join live sekarang, balpres Jepang grade A kita buka di depan kamera! 20rb semua, checkout keranjang kuning ya!"),
("F039","live","hn_twin_live_unboxing_only",0,1,1,1,"Yang join live sekarang, balpres Jepang grade A cuma kita bongkar buat konten edukasi, ga dijual ya, kita bahas aturannya!"),
("F202","live","hn_twin_live_new_paket",1,0,1,1,"Yang join live sekarang, paket kaos polos baru impor China kita buka di depan kamera! 20rb semua, checkout keranjang kuning ya!"),

("F040","listing","twin_offer_quiet",1,1,1,1,"Tas ransel North Face, bekas, resleting lancar, asal Tanjungbalai, 120rb. Kirim dari Kisaran."),
("F040","listing","hn_twin_bag_local",1,1,1,0,"Tas ransel North Face bekas anak kuliah, dibeli di Sun Plaza 2019, resleting lancar, 120rb. Kirim dari Kisaran."),

("F041","post","twin_offer_quiet",1,1,1,1,"Monja pilihan minggu ini udah di-laundry semua ✨ dress 40rb, kemeja 30rb, DM @monja.binjai yuk sebelum habis!"),
("F041","post","hn_twin_monja_style_new",1,0,1,0,"Koleksi 'monja look' minggu ini baru jadi dari penjahit kami ✨ dress 90rb, kemeja 80rb, DM @monja.binjai yuk sebelum habis!"),
("F041","post","hn_twin_monja_tips",0,1,1,1,"Monja pilihan habis dibeli wajib di-laundry dulu ya ✨ rendam air panas + detergen, baru dipakai. Tips dari pemburu monja Binjai."),

("F042","message","twin_offer_loud",1,1,1,1,"Pak, saya mau lepas 15 bal pakaian bekas impor Korea di gudang Marunda, harga nego, segera hubungi saya."),
("F042","message","hn_twin_hand_over_police",0,1,1,1,"Pak, saya sudah serahkan 15 bal pakaian bekas impor Korea di gudang Marunda ke petugas, tidak saya jual lagi."),
("F205","message","hn_twin_bal_paper",1,1,0,1,"Pak, saya mau lepas 15 bal kertas bekas impor Korea di gudang Marunda buat daur ulang, harga nego, segera hubungi saya."),

("F043","comment","twin_offer_quiet",1,1,1,1,"Sy jual kaos band ori second ex Amrik, mulai 90rb, cek postingan tersemat ya gan 🤘"),
("F043","comment","hn_twin_kaos_band_new",1,0,1,0,"Sy jual kaos band merch baru sablon lokal Bekasi, mulai 90rb, cek postingan tersemat ya gan 🤘"),

("F044","profile","twin_offer_loud",1,1,1,1,"Agen bal thrift se-Jabodetabek 📦 Jepang | Korea | USA | terima reseller & dropship | cek katalog di link bio"),
("F044","profile","hn_twin_profile_researcher",0,1,1,1,"Peneliti rantai pasok bal thrift se-Jabodetabek 📦 Jepang | Korea | USA | data & wawancara pedagang, bukan jual beli"),

("F045","listing","twin_offer_quiet",1,1,1,1,"Selimut & sprei bekas dari karungan, sudah dicuci, 25rb/lembar. Ambil di Gedebage, grosir lebih murah."),
("F045","listing","hn_twin_sprei_new",1,0,1,0,"Selimut & sprei baru jahitan rumahan Majalaya, 25rb/lembar. Ambil di Gedebage, grosir lebih murah."),
("F207","listing","hn_twin_rags",1,1,0,1,"Majun bekas dari karungan, potongan kaos & sprei, sudah dicuci, 25rb/kg buat lap mesin. Ambil di Gedebage."),

("F046","message","twin_offer_quiet",1,1,1,1,"Kak, kemarin nanya jaket denim kan? ada 4 dari bundle Thailand, bekas tapi tebel, 65rb aja, mau yg mana?"),
("F046","message","hn_twin_ask_back",0,1,1,1,"Kak, kemarin kamu beli jaket denim dari bundle Thailand ya? bekas tapi tebel gitu? di mana belinya, aku mau juga."),
]
