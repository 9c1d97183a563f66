ROWS = [
("F019","listing","twin_offer_quiet",1,1,1,1,"Jual borongan 1 koli blouse wanita campur, ±250 pcs, 3,8jt. Bisa cek barang di gudang Belawan"),
("F019","listing","hn_twin_not_clothing",1,1,0,1,"Jual borongan 1 koli sparepart motor bekas campur, ±250 pcs, 3,8jt. Bisa cek barang di gudang Belawan"),
("F019","listing","hn_twin_local_source",1,1,1,0,"Jual borongan blouse wanita bekas ±250 pcs, 3,8jt, kumpulan donasi warga kompleks buat kas yayasan. Bisa cek di Medan Johor"),

("F020","post","twin_offer_loud",1,1,1,1,"thrift haul ala anak kos 💸 semua dari bal Korea di @lapak.ucok, kemeja 20rb, jaket 50rb. link di bio ya"),
("F020","post","hn_twin_haul_no_seller",0,1,1,1,"thrift haul ala anak kos 💸 semua dari tumpukan bal Korea di pasar, kemeja 20rb, jaket 50rb. lupa nama lapaknya sumpah"),

("F021","message","twin_offer_quiet",1,1,1,1,"Pagi kak, jaket parasut ex Jepang yg kakak tanya masih ada 3, kondisi 85-90%, 55rb/pc. Mau dikirim hari ini?"),
("F021","message","hn_twin_new_goods_konveksi",1,0,1,0,"Pagi kak, jaket parasut yg kakak tanya masih ada 3, baru dari konveksi kami di Bandung, 155rb/pc. Mau dikirim hari ini?"),
("F021","message","hn_twin_new_import",1,0,1,1,"Pagi kak, jaket parasut import Jepang yg kakak tanya masih ada 3, baru ada tag, 255rb/pc. Mau dikirim hari ini?"),

("F022","comment","twin_offer_loud",1,1,1,1,"Bang aku jual baju bekas impor per karung, 1 karung 100 kg, harga grosir. cek story"),
("F022","comment","hn_twin_not_clothing",1,1,0,1,"Bang aku jual beras impor per karung 50 kg, harga grosir, stok Vietnam. cek story"),

("F023","article","hn_twin_news",0,1,1,1,"Bea Cukai Batam gagalkan penyelundupan 70 koli pakaian bekas dari Port Klang, kapal kayu ditahan di dermaga"),
("F023","message","twin_offer_quiet",1,1,1,1,"70 koli dari Port Klang sudah sampai, isi kemeja & celana campur, siapa mau ambil eceran per koli kabari saya"),

("F024","live","twin_offer_quiet",1,1,1,1,"Guys yg nomer 14 ini celana chino Uniqlo seken ex Jepang, pinggang 32, pudar dikit, 35rb, ketik 14 ya"),
("F024","live","hn_twin_own_wardrobe",1,1,1,0,"Guys yg nomer 14 ini celana chino Uniqlo bekas suamiku, pinggang 32, beli di mall Grand Indonesia, pudar dikit, 35rb, ketik 14"),

("F025","review","hn_twin_review_no_seller",0,1,1,1,"Jaket denim second ex Jepang yg aku dapet minggu lalu awet banget, udah dicuci 5x ga luntur. Harga 70rb worth it"),
("F025","review","twin_offer_quiet",1,1,1,1,"Jaket denim second ex Jepang dari Toko Sekar Ayu awet bgt, dicuci 5x ga luntur. 70rb worth it, langganan aku di sana"),

("F026","post","twin_offer_loud",1,1,1,1,"Monza Pajak Melati paling lengkap, baju bekas bal Korea mulai 5rb! buka Selasa Jumat Minggu, cari lapak Kak Butet 🧥"),
("F026","post","hn_twin_not_clothing",1,1,0,1,"Perabot bekas ex Korea di Pajak Melati, panci & rice cooker mulai 5rb! buka Selasa Jumat Minggu, cari lapak Kak Butet 🍳"),
("F026","post","hn_twin_bazaar_local",1,1,1,0,"Baju bekas sumbangan alumni mulai 5rb di bazar amal SMA 2 Medan Minggu ini! hasilnya buat beasiswa, cari meja Kak Butet 🧥"),

("F027","listing","twin_offer_quiet",1,1,1,1,"Hoodie Champion ori, dari sortiran Kebon Kalapa, kondisi 8/10, 90rb. Real pict, kirim dari Bandung"),
("F027","listing","hn_twin_new_import",1,0,1,1,"Hoodie Champion ori import USA, baru lengkap tag, 390rb. Real pict, kirim dari Bandung"),
("F027","listing","hn_twin_factory_reject",1,0,1,0,"Hoodie polos reject pabrik Majalaya, jahitan miring dikit, belum pernah dipakai, 40rb. Real pict, kirim dari Bandung"),

("F028","comment","hn_twin_buyer_question",0,1,1,1,"min ada yg jual cakar per bal gak di Makassar? yg isi baju anak2, buat dijual lagi di kampung"),
("F028","comment","twin_offer_loud",1,1,1,1,"min aku jual cakar per bal di Makassar, ada yg isi baju anak2, cocok buat dijual lagi di kampung. DM"),

("F029","message","twin_offer_quiet",1,1,1,1,"Assalamualaikum bu, gamis second ex Malaysia ready 20 pcs, harga 25rb, bisa kirim ke Pekanbaru"),
("F029","message","hn_twin_new_goods",1,0,1,1,"Assalamualaikum bu, gamis baru produksi Malaysia ready 20 pcs, masih berplastik, 125rb, bisa kirim ke Pekanbaru"),

("F030","post","twin_offer_loud",1,1,1,1,"Baju bekas impor grade A ready! tiap hari bongkar karung di Pasar Senen blok 3, yg mau reseller merapat 🙌"),
("F030","post","hn_twin_rule",0,1,1,1,"Grup ini DILARANG posting jualan baju bekas impor grade A, karungan Pasar Senen, atau cari reseller. Langsung kick ⛔"),

("F031","listing","twin_offer_quiet",1,1,1,1,"Selimut & bedcover bekas hotel Korea, tebal, sudah laundry, 60rb per lembar, stok per karung"),
("F031","listing","hn_twin_local_source",1,1,1,0,"Selimut & bedcover bekas hotel di Lembang yg renovasi, tebal, sudah laundry, 60rb per lembar, stok terbatas"),

("F032","live","twin_offer_loud",1,1,1,1,"Bal baru kebuka nih bestie, thrift Jepang semua, yg mau jaket ketik J, celana ketik C, harga 40rb flat"),
("F032","live","hn_twin_not_clothing",1,1,0,1,"Bal baru kebuka nih bestie, mainan bekas Jepang semua, yg mau robot ketik R, mobilan ketik M, harga 40rb flat"),

("F033","profile","twin_offer_quiet",1,1,1,1,"Jastip pasar Gedebage 🛍 cariin outer, jeans, sepatu second sesuai request | fee 10rb/item | Bandung"),
("F033","comment","hn_twin_buyer_question",0,1,1,1,"ada yg buka jastip Gedebage gak? pengen dicariin outer, jeans, sepatu second, fee 10rb/item gapapa, aku di Cimahi"),

("F034","comment","twin_offer_quiet",1,1,1,1,"kak kalau mau jeans Levi's ex Amerika aku ada 6, second kondisi variatif 60-80rb, cek sorotan ya"),
("F034","comment","hn_twin_joke",0,1,1,1,"kak jeans Levi's ex Amerika 60rb itu pasti bekas koboi, makanya bau kuda 🐴🤣 becanda"),

("F035","article","hn_twin_news",0,1,1,1,"Pedagang lelong di Pontianak mengeluh pasokan dari Entikong tersendat sejak razia, harga jaket naik"),
("F035","post","twin_offer_quiet",1,1,1,1,"Jaket lelong kiriman Entikong masuk lagi walau razia, harga naik dikit ya. Mampir kios Ahui depan Pasar Flamboyan"),
]
