# Batch 2: families F021-F040
RECORDS = [
    ("F021", "twin_offer_quiet", "listing", 1, 1, 1, 1, "Sweater rajut Jepang grade S, per potong 35rb, ambil 10 pcs 300rb, Kebon Kalapa lt 2 no 41"),
    ("F021", "hn_twin_toys", "listing", 1, 1, 0, 1, "Boneka & mainan kayu Jepang grade S, per biji 35rb, ambil 10 jadi 300rb, Kebon Kalapa lt 2 no 41"),

    ("F022", "hn_twin_closet_clearance", "post", 1, 1, 1, 0, "Cuci gudang lemari sendiri 🧹 dress, blus, rok span, semua preloved pribadi, 25-60rb. Ongkir dari Pontianak ya #preloved"),
    ("F022", "twin_offer_quiet", "post", 1, 1, 1, 1, "Cuci gudang 🧹 dress, blus, rok span dari karungan Kuching, 25-60rb, pilih sendiri. Ongkir dari Pontianak ya #preloved"),
    ("F022", "hn_twin_giveaway_friends", "post", 0, 1, 1, 0, "Beres2 lemari sendiri 🧹 dress, blus, rok span preloved pribadi aku kasih gratis ke anak kos, ambil di Pontianak ya"),

    ("F023", "twin_offer_regional_word", "message", 1, 1, 1, 1, "Baju Batam murah bosku, kemeja branded 3 helai 100rb, kirim JNE seluruh Indonesia, order WA 0812xxxx"),
    ("F023", "hn_twin_used_electronics", "message", 1, 1, 0, 1, "Elektronik second Batam murah bosku, speaker & powerbank 3 biji 100rb, kirim JNE seluruh Indonesia, order WA 0812xxxx"),

    ("F024", "twin_offer_loud", "listing", 1, 1, 1, 1, "Tas kulit wanita bekas impor Jepang, pemakaian wajar, ada lecet dikit di sudut, 150rb, Pekanbaru"),
    ("F024", "hn_twin_domestic_made", "listing", 1, 1, 1, 0, "Tas kulit wanita buatan pengrajin Garut, pemakaian wajar 1 thn, lecet dikit di sudut, 150rb, Pekanbaru"),

    ("F025", "twin_offer_loud", "comment", 1, 1, 1, 1, "Ready kak, sepatu bekas impor Thailand uk 39-44, 90rb sepasang, cek highlight 'sepatu' ya"),
    ("F025", "hn_twin_motor_parts", "comment", 1, 1, 0, 1, "Ready kak, velg & knalpot motor bekas impor Thailand, 90rb satuan, cek highlight 'part' ya"),

    ("F026", "twin_offer_live", "live", 1, 1, 1, 1, "Malam ini live bongkar balpres Jepang, 1 bal isi ±400 potong, ada kemeja, celana, jaket. Yg mau ambil borongan ketik BORONG"),
    ("F026", "hn_twin_new_import_live", "live", 1, 0, 1, 1, "Malam ini live buka dus stok baru impor Jepang, 1 dus isi ±400 pcs kaos polos segel. Yg mau ambil borongan ketik BORONG"),
    ("F026", "hn_twin_trader_quoted", "article", 0, 1, 1, 1, "“Satu bal Jepang isinya bisa 400 potong, sekarang susah dapatnya,” kata Ujang, pedagang di Gedebage, saat ditemui Senin."),

    ("F027", "twin_offer_loud", "post", 1, 1, 1, 1, "Kiriman bal dari Tawau udah nyampe Nunukan 📦 celana jeans & kemeja kerja, kondisi 90an, 30rb-an aja, DM ya"),
    ("F027", "hn_twin_new_goods", "post", 1, 0, 1, 1, "Kiriman dari Tawau udah nyampe Nunukan 📦 celana jeans & kemeja kerja baru, masih berlabel, 30rb-an aja, DM ya"),

    ("F028", "twin_offer_loud", "listing", 1, 1, 1, 1, "Thrift shop Bandung 🛍️ kemeja flanel 25rb, jaket parasut 40rb, bisa COD Dipatiukur"),
    ("F028", "hn_twin_alumni_donation", "listing", 1, 1, 1, 0, "Thrift shop kampus 🛍️ isinya donasi alumni sendiri, kemeja flanel 25rb, jaket parasut 40rb, bisa COD Dipatiukur"),

    ("F029", "twin_offer_loud", "message", 1, 1, 1, 1, "Stok per bal 25 kg ex Korea ready gudang Belawan, isi atasan campur bekas pakai, 1,1jt/bal, minimal ambil 5"),
    ("F029", "hn_twin_plastic_scrap", "message", 1, 1, 0, 1, "Stok per bal 25 kg ex Korea ready gudang Belawan, isi kresek & botol plastik bekas buat giling, 1,1jt/bal, minimal ambil 5"),

    ("F030", "twin_offer_profile", "profile", 1, 1, 1, 1, "Toko Roma Mama Ijah, Pasar Ciroyom 🧺 pakaian roma pilihan, grosir & ecer, buka 7 pagi tiap hari"),
    ("F030", "hn_twin_stopped_selling", "post", 0, 1, 1, 1, "Mama Ijah Ciroyom pamit 🙏 udah ga jualan pakaian roma lagi sejak razia kemarin, makasih langganan semua"),

    ("F031", "hn_twin_vintage_look_new", "listing", 1, 0, 1, 0, "Kemeja motif 90an oversize, vintage look tapi bahan baru, dijahit penjahit langganan, 79rb, kirim dari Surabaya"),
    ("F031", "hn_twin_personal_collection", "listing", 1, 1, 1, 0, "Kemeja motif 90an oversize, koleksi pribadi bekas pakai, masih enak dipake, 79rb, kirim dari Surabaya"),
    ("F031", "twin_offer_loud", "listing", 1, 1, 1, 1, "Kemeja motif 90an oversize, thrift pilihan ex Jepang, masih enak dipake, 79rb, kirim dari Surabaya"),

    ("F032", "twin_offer_quiet", "listing", 1, 1, 1, 1, "Sprei & bedcover seken ex Korea, per ikat 10 lembar 350rb, cocok buat kos-kosan, Tanah Abang"),
    ("F032", "hn_twin_cardboard", "listing", 1, 1, 0, 1, "Kardus bekas ex Korea, per ikat 10 lembar 35rb, cocok buat pindahan kos-kosan, Tanah Abang"),

    ("F033", "hn_twin_review_no_seller", "review", 0, 1, 1, 1, "Jaket bomber bekas impor yang kubeli ternyata resletingnya macet, sayang bgt. Ga kapok hunting tapi harus teliti"),
    ("F033", "twin_offer_review_kiosk", "review", 1, 1, 1, 1, "Jaket bomber bekas impor dari kios Bang Ucok Pasar Senen mulus, resleting lancar. Ga kapok belanja di situ"),

    ("F034", "hn_twin_charity_sale", "comment", 1, 1, 1, 0, "Baju bekas layak pakai hasil galang donasi warga RT 04, dijual 5rb-10rb di pos ronda, uangnya buat korban banjir"),
    ("F034", "twin_offer_loud", "comment", 1, 1, 1, 1, "Baju bekas impor sekarungan dari Tanjungpinang, dijual 5rb-10rb di depan pos ronda, siapa cepat dapat"),

    ("F035", "twin_offer_loud", "listing", 1, 1, 1, 1, "Kaos band lawas dari bal Amerika single stitch, pit to pit 52, ada pudar di kerah, 150rb"),
    ("F035", "hn_twin_new_repro", "listing", 1, 0, 1, 1, "Kaos band official ex Amerika repro baru, single stitch, pit to pit 52, masih segel, 150rb"),
    ("F035", "hn_twin_wtb", "post", 0, 1, 1, 1, "WTB kaos band lawas ex Amerika single stitch p2p 52, ga masalah pudar di kerah, budget 150rb. Ada yg punya?"),

    ("F036", "twin_offer_quiet", "message", 1, 1, 1, 1, "Mbak, gamis & tunik ini stok gudang Entikong, masih bagus layak pakai, 3 pcs 100rb ya, kirim besok pagi"),
    ("F036", "hn_twin_hand_me_down", "message", 1, 1, 1, 0, "Mbak, gamis & tunik ini lungsuran kakak saya, bukan stok gudang mana2, layak pakai, 3 pcs 100rb, kirim besok pagi"),

    ("F037", "twin_offer_partai", "post", 1, 1, 1, 1, "150 bal sepatu bekas dari Malaysia baru lolos ke Karimun, grosir silakan merapat, harga toke"),
    ("F037", "hn_twin_used_tyres", "post", 1, 1, 0, 1, "150 bal ban bekas dari Malaysia baru lolos ke Karimun, bengkel silakan merapat, harga toke"),

    ("F038", "twin_offer_live", "live", 1, 1, 1, 1, "Kak ini rok tutu anak dari bal Korea, bekas pakai sekali dua kali, 25rb, ada 6 warna, ketik warna + jumlah"),
    ("F038", "hn_twin_new_goods", "live", 1, 0, 1, 1, "Kak ini rok tutu anak ex Korea baru datang, full size 2-8 tahun, 25rb, ada 6 warna, ketik warna + jumlah"),

    ("F039", "twin_offer_upcycle_import", "post", 1, 1, 1, 1, "Tote bag dari jeans bekas impor, dijahit ulang, 65rb, ready 12 pcs 🌱 #slowfashion"),
    ("F039", "hn_twin_local_upcycle", "post", 1, 1, 1, 0, "Tote bag dari jeans bekas keluarga sendiri, dijahit ulang penjahit kampung, 65rb, ready 12 pcs 🌱 #slowfashion"),

    ("F040", "twin_offer_broadcast", "message", 1, 1, 1, 1, "Broadcast 📢 bal monza campur grade B masuk via Tanjungbalai, 5,5jt/bal, dp 50% kirim ke seluruh Sumut"),
    ("F040", "hn_twin_scrap_metal", "message", 1, 1, 0, 1, "Broadcast 📢 besi tua bekas campur grade B masuk via Tanjungbalai, 5,5jt/ton, dp 50% kirim ke seluruh Sumut"),
    ("F040", "hn_twin_citizen_report", "post", 0, 1, 1, 1, "Warga resah, katanya bal monza grade B masih masuk via Tanjungbalai 5,5jt/bal, dijual bebas ke seluruh Sumut. Mana aparat?"),
]
