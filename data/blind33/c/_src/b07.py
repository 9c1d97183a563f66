# (family, kind, category, offer, used, clothing, abroad, text)
RECS = [
("F207","listing","twin_offer_quiet_handuk",1,1,1,1,"Handuk hotel bekas ex Jepang, tebal, wangi habis laundry, 10rb/lembar, min 50 lembar, ambil di gudang Soreang."),
("F208","post","twin_reverse_lebaran_batam",1,1,1,1,"Dulu emak yang belanja baju Batam 15rb-an tiap lebaran, sekarang anaknya yang jualan 🤑 mampir ke los 8 Pasar Bambu Kuning ya!"),

("F110","listing","twin_offer_quiet",1,1,1,1,"Jaket windbreaker second, grade A, 10 pcs 350rb, cocok buat modal jualan. Kirim dari Bandung."),
("F110","listing","hn_twin_grade_a_laptop",1,1,0,1,"Laptop Thinkpad second ex Jepang, grade A, 10 unit 35jt, cocok buat modal jualan. Kirim dari Bandung."),

("F111","post","twin_offer_loud",1,1,1,1,"Thrifting di lapak kami di Pasar Senen dijamin puas 😎 baju bekas impor Jepang & Korea, harga pelajar!"),
("F111","post","hn_twin_senen_books",1,1,0,0,"Belanja di lapak kami di kios buku Pasar Senen dijamin puas 😎 buku bekas kuliah & novel, harga pelajar!"),

("F112","message","twin_offer_quiet",1,1,1,1,"Kak, kemeja kerja seken ex Korea 5 potong aku bungkus ya, 100rb, transfer BCA a.n. Sinta."),
("F112","message","hn_twin_kemeja_kerja_baru_ex_korea",1,0,1,1,"Kak, kemeja kerja baru ex Korea 5 potong aku bungkus ya, masih plastik, 400rb, transfer BCA a.n. Sinta."),

("F113","live","twin_offer_loud",1,1,1,1,"Bal Korea udah dibelah di depan kalian ya! Baju bekas impor 15rb semua! Ketik angka sekarang!!"),
("F113","live","hn_twin_live_ricecooker",1,1,0,1,"Kardus dari Korea udah dibelah di depan kalian ya! Rice cooker bekas impor 150rb semua! Ketik angka sekarang!!"),

("F114","review","twin_offer_quiet",1,1,1,1,"Sepatu Converse dari sortiran Senen yang dijual @sepatu.senen.24 masih kuat dipake 1 tahun. 60rb doang!"),
("F114","review","hn_twin_converse_review_no_seller",0,1,1,1,"Sepatu Converse dari sortiran Senen yang kubeli tahun lalu masih kuat dipake sampai sekarang. 60rb doang!"),

("F115","article","hn_twin_news_cargo",0,1,1,1,"Petugas menemukan 50 koli pakaian bekas dalam kapal barang yang bersandar di Pelabuhan Tanjungpinang."),
("F115","article","hn_twin_news_cargo_cigarettes",0,0,0,1,"Petugas menemukan 50 koli rokok tanpa cukai dalam kapal barang yang bersandar di Pelabuhan Tanjungpinang."),

("F116","comment","twin_offer_quiet",1,1,1,1,"buat yg nanya, kaos band seken ku dapet dari bongkaran Gedebage, aku jual lagi 60rb, dm"),
("F116","comment","hn_twin_kaos_band_tips",0,1,1,1,"buat yg nanya, kaos band seken dari bongkaran Gedebage itu biasanya 60rb, tawar aja, aku ga jual ya"),

("F117","profile","twin_offer_quiet",1,1,1,1,"Lemari Kedua Makassar | barang cakar pilihan, sudah dilaundry | open order tiap Sabtu | cek highlight"),
("F117","profile","hn_twin_profile_electronics",1,1,0,1,"Lemari Kedua Makassar | HP & tablet second ex Jepang pilihan, sudah diservis | open order tiap Sabtu | cek highlight"),

("F118","listing","twin_offer_loud",1,1,1,1,"Grosir pakaian bekas impor karungan, 1 karung 2jt, isi 200 pcs, lokasi Jakarta Utara. Bisa kirim ke luar pulau."),
("F118","listing","hn_twin_grosir_pupuk",1,0,0,1,"Grosir pupuk NPK impor karungan, 1 karung 450rb, isi 50kg, lokasi Jakarta Utara. Bisa kirim ke luar pulau."),

("F119","message","twin_offer_quiet",1,1,1,1,"Pak, celana kain 2nd dari Belawan sdh sampai Siantar, 3 ikat, harga tetap ya 600rb/ikat."),
("F119","message","hn_twin_celana_kain_belawan_roll",1,0,0,1,"Pak, kain celana impor dari Belawan sdh sampai Siantar, 3 roll, harga tetap ya 600rb/roll."),

("F120","post","twin_offer_quiet",1,1,1,1,"Tas kulit seken dari lelong Sambas, 10 biji, mulai 70rb. Cepat sebelum dipinang orang 😍"),
("F120","post","hn_twin_lelong_perabot",1,1,0,1,"Panci presto & termos seken dari lelong Sambas, 10 biji, mulai 70rb. Cepat sebelum dipinang orang 😍"),

("F121","live","twin_offer_quiet",1,1,1,1,"Jeans Levi's ini dari koli kemarin, ada sobek dikit di lutut, 60 aja ya kak!"),
("F121","live","hn_twin_live_jeans_own",1,1,1,0,"Jeans Levi's ini punyaku pas SMA, ada sobek dikit di lutut, 60 aja ya kak!"),

("F122","comment","twin_offer_loud",1,1,1,1,"DM aja kak, aku jual bal thrift Jepang isi jaket semua, 1 bal 5jt"),
("F122","comment","hn_twin_bal_thrift_scam_warning",0,1,1,1,"hati2 kak, akun yg DM jual bal thrift Jepang isi jaket 5jt itu penipu, uangku ga balik"),

("F123","review","twin_offer_quiet",1,1,1,1,"Tas ransel Jansport dari karung di Kios Bu Sri Pajak Sambu awet banget, 60rb doang. Mantap bu!"),
("F123","review","hn_twin_sewing_machine",1,1,0,1,"Mesin jahit bekas dari karung impor di Kios Bu Sri Pajak Sambu awet banget, 600rb doang. Mantap bu!"),

("F124","listing","twin_offer_quiet",1,1,1,1,"Mantel wol wanita preloved, ex Hong Kong, panjang selutut, 150rb. Lokasi Batam Center."),
("F124","listing","hn_twin_mantel_carpet",1,1,0,1,"Karpet wol preloved, ex Hong Kong, 2x3 meter, 150rb. Lokasi Batam Center."),

("F125","post","twin_offer_loud",1,1,1,1,"Thrift shop kami dibuka lagi di Jl. Diponegoro Samarinda 🔥 stok cakar impor fresh, kemeja mulai 15rb!"),
("F125","post","hn_twin_shop_closed_announcement",0,1,1,1,"Thrift shop kami di Jl. Diponegoro Samarinda tidak dibuka lagi 🔥 stok cakar impor sudah diangkut petugas, terima kasih semua."),

("F126","message","twin_offer_quiet",1,1,1,1,"Kak, aku ada jaket kulit ex Jepang, bekas pakai, harga 200rb, mau?"),
("F126","message","hn_twin_jaket_kulit_own",1,1,1,0,"Kak, aku ada jaket kulit bekas pakai papaku, dibeli di Bandung, harga 200rb, mau?"),

("F127","listing","twin_offer_loud",1,1,1,1,"Bal pakaian bekas ex Korea grade B, 100kg, 3,5jt, ready Medan."),
("F127","listing","hn_twin_bal_kapas",1,0,0,1,"Bal kapas ex Australia grade B, 100kg, 3,5jt, ready Medan."),

("F128","comment","twin_offer_quiet",1,1,1,1,"sepatu boots second ex Korea ada 3 pasang, 180rb, mau yg size brp kak?"),
("F128","comment","hn_twin_boots_new_mall",1,0,1,0,"sepatu boots baru dari mall ada 3 pasang, 380rb, mau yg size brp kak?"),

("F129","profile","twin_offer_loud",1,1,1,1,"Agen Balpres Monza Medan | pakaian bekas impor | kirim seluruh Sumatera | WA 0812xxxx"),
("F129","profile","hn_twin_agen_balpres_karet",1,0,0,1,"Agen Balpres Karet Medan | ekspor-impor karet mentah | kirim seluruh Sumatera | WA 0812xxxx"),

("F130","post","twin_offer_quiet",1,1,1,1,"Sudah datang! Cardigan rajut dari goni Korea, 30rb-an 🤍 cek story!"),
("F130","post","hn_twin_cardigan_goni_meme",0,1,1,1,"Cardigan rajut dari goni Korea, 30rb-an 🤍 tapi ibu bilang 'baju bekas kok bangga' 😭"),

("F131","review","hn_twin_review_bazaar",1,1,1,0,"Bazar baju bekas di SD Santa Maria tadi murah banget, 10rb/pcs, hasil donasi orang tua murid. Seru!"),
("F131","review","twin_reverse_bazaar_import",1,1,1,1,"Bazar baju bekas di halaman Ruko Harapan tadi murah banget, 10rb/pcs, isinya balpres Korea. Seru!"),

("F209","profile","twin_reverse_profile_seller",1,1,1,1,"Pemburu sepatu & tas seken dari balan sejak 2015 | sekarang hasil ngawulku kulepas lagi, cek katalog di link 👇 | Klaten"),
]
