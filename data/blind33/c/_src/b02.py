# (family, kind, category, offer, used, clothing, abroad, text)
RECS = [
("F017","listing","twin_offer_quiet",1,1,1,1,"Kemeja batik pria preloved ex Malaysia, L, warna pudar dikit, 35rb. Ambil di Entikong atau kirim JNT."),
("F017","listing","hn_twin_family_clearout",1,1,1,0,"Kemeja batik pria preloved almarhum bapak, L, warna pudar dikit, 35rb saja. Ambil di Sanggau atau kirim JNT."),
("F017","listing","hn_twin_fabric_roll",1,0,0,1,"Kain batik ex Malaysia per roll 50 meter, motif pudar dikit krn sisa gudang, 35rb/meter. Ambil di Entikong atau kirim JNT."),

("F018","post","twin_offer_loud",1,1,1,1,"Thrifting hari ini bareng geng 🛒 semua dari bal Korea, kaos mulai 10k! Spill lapaknya: @ngawul.solo, DM aja!"),
("F018","post","hn_twin_haul_no_seller",0,1,1,1,"Thrifting hari ini bareng geng 🛒 semua dari bal Korea, kaos mulai 10k! Lapaknya lupa namanya, pokoknya seru bgt."),

("F019","message","twin_offer_quiet",1,1,1,1,"Pagi pak, bundle jaket musim dingin sudah turun dari Belawan, per ikat 20 pcs 1,8jt, minat langsung transfer."),
("F204","message","hn_twin_tires",1,1,0,1,"Pagi pak, ban bekas truk ex Jepang sudah turun dari Belawan, per ikat 4 biji 1,8jt, minat langsung transfer."),
("F019","message","hn_twin_new_jacket_local",1,0,1,0,"Pagi pak, jaket musim dingin baru produksi konveksi Bandung sudah siap kirim, per ikat 20 pcs 1,8jt, minat langsung transfer."),

("F020","comment","hn_twin_report",0,1,1,1,"@kemendag ini akun @monza.sumut.murah jualan baju bekas impor per bal terang2an, tolong ditindak ya."),
("F020","comment","twin_reverse_promo",1,1,1,1,"Yang mau baju bekas impor per bal, langsung aja ke @monza.sumut.murah, aku reseller mereka, terang2an harga miring."),

("F021","live","twin_offer_loud",1,1,1,1,"Live bongkar karung thrift Jepang malam ini jam 8! Celana cargo 50rb, yang cepet dapet, siap-siap ketik nomor ya!"),
("F021","live","hn_twin_cargo_new",1,0,1,0,"Live malam ini jam 8! Celana cargo baru jahitan kami sendiri 50rb, yang cepet dapet size favorit, siap-siap ketik nomor ya!"),
("F021","live","hn_twin_live_pants_parts",1,1,0,1,"Live bongkar karung sparepart motor bekas Jepang malam ini jam 8! Knalpot 50rb, yang cepet dapet, siap-siap ketik nomor ya!"),

("F022","article","hn_twin_news_market",0,1,1,1,"Di Pasar Kodim Pekanbaru, pedagang pakaian bekas dari Malaysia mengeluh omzet turun separuh sejak pengawasan jalur Dumai diperketat."),
("F022","article","hn_twin_news_local_second",0,1,1,0,"Di Pasar Kodim Pekanbaru, pedagang pakaian bekas lokal hasil titipan warga mengeluh omzet turun separuh sejak musim hujan."),

("F023","listing","twin_offer_quiet",1,1,1,1,"Celana Levi's 501 original, kondisi 85%, dapet dari koli Hong Kong minggu lalu. W32. 175rb. Bisa cek dulu di Tanah Abang."),
("F023","listing","hn_twin_levis_new",1,0,1,1,"Celana Levi's 501 original baru, dapet dari outlet Hong Kong minggu lalu, label kertas masih ada. W32. 975rb. Bisa cek di Tanah Abang."),

("F024","profile","twin_offer_quiet",1,1,1,1,"Ngawul Store Klaten | sepatu & tas seken pilihan dari balan | pengiriman seluruh Indonesia | Shopee: ngawulstore"),
("F024","profile","hn_twin_profile_no_abroad",1,1,1,0,"Ngawul Store Klaten | sepatu & tas seken titipan warga sekitar, bukan barang balan | pengiriman seluruh Indonesia | Shopee: ngawulstore"),
("F209","profile","hn_twin_profile_fan",0,1,1,1,"Pemburu sepatu & tas seken dari balan sejak 2015 | cuma pamer hasil ngawul, bukan jual ya 🙏 | Klaten"),

("F025","message","twin_offer_loud",1,1,1,1,"BC: Ready bal pakaian bekas impor Korea & Jepang, grade super, harga grosir, gudang Jakut. Serius order WA 0812xxxx"),
("F025","message","hn_twin_bc_rice",1,0,0,1,"BC: Ready beras impor Thailand & Vietnam, grade super, harga grosir, gudang Jakut. Serius order WA 0812xxxx"),

("F026","review","twin_offer_quiet",1,1,1,1,"Toko @rombengan.klewer oke, blazer second wolnya tebel, cuma 40rb, kirimnya cepet. Bakal balik lagi."),
("F026","review","hn_twin_review_new_blazer",1,0,1,0,"Toko @rapih.klewer oke, blazer baru wolnya tebel, cuma 140rb, jahitan rapi, kirimnya cepet. Bakal balik lagi."),
("F026","review","hn_twin_review_nowhere",0,1,1,1,"Blazer second rombengan wolnya tebel, cuma 40rb, tapi lapaknya udah tutup kemarin pas ada razia. Sayang banget."),

("F027","comment","twin_offer_quiet",1,1,1,1,"Ready jersey bola lawas 2nd ex UK, ukuran M-XL, 80rb-an. Cek highlight ig kami ya kak 🙌"),
("F027","comment","hn_twin_jersey_new_grade_ori",1,0,1,1,"Ready jersey bola baru grade ori impor Thailand, ukuran M-XL, 80rb-an. Cek highlight ig kami ya kak 🙌"),

("F028","post","twin_offer_loud",1,1,1,1,"Cakar Makassar paling murah ada di lapakku Pasar Toddopuli 😍 celana jeans 20rb, jaket 35rb. Datang maki!"),
("F028","post","hn_twin_meme_cakar",0,1,1,1,"Orang Makassar: ke mall cuma liat-liat, ke cakar Toddopuli pulang bawa 3 kantong 😍 siapa yang relate, angkat tangan!"),
("F028","post","hn_twin_cakar_kitchenware",1,1,0,1,"Panci & wajan bekas impor paling murah ada di lapakku Pasar Toddopuli 😍 panci 20rb, wajan 35rb. Datang maki!"),

("F029","message","twin_offer_quiet",1,1,1,1,"Dek, titipan sepatu running bekas dari Tawau sudah kakak bawa, 6 pasang, 150 sepasang, ambil di Nunukan ya."),
("F029","message","hn_twin_new_shoes_jastip",1,0,1,1,"Dek, titipan sepatu running baru dari Tawau sudah kakak bawa, 6 pasang masih di box, 650 sepasang, ambil di Nunukan ya."),
("F029","message","hn_twin_not_selling_gift",0,1,1,1,"Dek, sepatu running bekas dari Tawau yang kakak bawa itu buat kalian aja, 6 pasang, gratis, ambil di Nunukan ya."),

("F030","listing","twin_offer_loud",1,1,1,1,"Karungan thrift Jepang 50kg isi kaos & kemeja, tanpa sortir, 2,5jt. Gudang Cakung, bisa kirim kargo."),
("F030","listing","hn_twin_karung_goni",1,1,0,1,"Karung goni bekas impor Bangladesh 50kg isi 100 lembar, tanpa sortir, 250rb. Gudang Cakung, bisa kirim kargo."),

("F031","article","hn_twin_rule",0,1,1,1,"Marketplace melarang listing pakaian bekas impor, termasuk yang ditulis 'bal', 'karungan' atau 'ex Korea'; akun pelanggar bisa dibekukan."),
("F031","article","hn_twin_rule_allowed",0,1,1,0,"Marketplace tetap mengizinkan listing pakaian preloved milik pribadi selama foto asli dan kondisi cacat ditulis jujur."),

("F032","live","twin_offer_quiet",1,1,1,1,"Kakak2 ini cardigan rajut dari lelong, masih tebel, 30rb, siapa cepat dia dapat, ketik 'mau' ya!"),
("F032","live","hn_twin_live_new_cardigan",1,0,1,0,"Kakak2 ini cardigan rajut baru rajutan ibu2 binaan kami, masih anget dari mesin, 30rb, ketik 'mau' ya!"),
]
