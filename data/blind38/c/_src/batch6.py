# Batch 6: families F101-F120
RECORDS = [
    ("F101", "twin_offer_quiet", "listing", 1, 1, 1, 1, "Kemeja flanel Uniqlo second Jepang, 3 warna, 45rb, bisa bayar di tempat area Bekasi Timur"),
    ("F101", "hn_twin_new_with_tag", "listing", 1, 0, 1, 1, "Kemeja flanel Uniqlo new with tag dari Jepang, 3 warna, 145rb, bisa bayar di tempat area Bekasi Timur"),

    ("F102", "twin_offer_quiet", "post", 1, 1, 1, 1, "Hasil sortir karungan Medan 🧺 jaket parka & sweater, 40rb/pcs, COD Binjai"),
    ("F102", "hn_twin_kitchenware", "post", 1, 1, 0, 1, "Hasil sortir karungan Medan 🧺 panci, wajan & termos bekas, 40rb/pcs, COD Binjai"),
    ("F102", "hn_twin_family_clearout", "post", 1, 1, 1, 0, "Hasil sortir lemari keluarga besar 🧺 jaket parka & sweater bekas, 40rb/pcs, COD Binjai"),

    ("F103", "twin_offer_quiet", "message", 1, 1, 1, 1, "Kak kemeja batik & kaftan ini aku ambil dr pengepul Tanjungbalai, seken mulus, 3 helai 90rb"),
    ("F103", "hn_twin_bazaar_resale", "message", 1, 1, 1, 0, "Kak kemeja batik & kaftan ini aku ambil dr bazar masjid kemarin, sumbangan warga, seken mulus, 3 helai 90rb"),

    ("F104", "twin_offer_regional_word", "message", 1, 1, 1, 1, "Goni Korea campur siap kirim ke Sulawesi, isi pakaian bekas dewasa, 100kg 4jt, dp dulu"),
    ("F104", "hn_twin_jute_sack", "message", 1, 1, 0, 1, "Goni Korea kosong bekas siap kirim ke Sulawesi, 100 lembar 400rb, cocok buat karung beras, dp dulu"),

    ("F105", "twin_offer_live", "live", 1, 1, 1, 1, "Ini dress Zara bal Eropa kak, bekas tapi jahitan utuh semua, 60rb, yang mau ketik Z1"),
    ("F105", "hn_twin_new_with_tag", "live", 1, 0, 1, 1, "Ini dress Zara ori Eropa kak, baru, tag gantung masih lengkap, 260rb, yang mau ketik Z1"),

    ("F106", "twin_offer_review_handle", "review", 1, 1, 1, 1, "Langganan thrift shop @gudang.bal.mdn, baju impor bekasnya bersih & murah, adminnya ramah 👍"),
    ("F106", "hn_twin_review_new_goods", "review", 1, 0, 1, 1, "Langganan olshop @gudang.baju.mdn, baju impor Bangkok barunya rapi & murah, adminnya ramah 👍"),
    ("F106", "hn_twin_complaint", "review", 0, 1, 1, 1, "Jangan langganan thrift shop @gudang.bal.mdn, baju impor bekasnya kotor, apek, adminnya galak 👎"),

    ("F107", "twin_offer_quiet", "listing", 1, 1, 1, 1, "Tas ransel anak ex Jepang (randoseru) bekas, warna merah, 300rb, Jakarta Selatan"),
    ("F107", "hn_twin_own_purchase", "listing", 1, 1, 1, 0, "Tas ransel anak randoseru bekas, dulu kubeli di Aeon BSD, warna merah, 300rb, Jakarta Selatan"),

    ("F108", "twin_offer_quiet", "post", 1, 1, 1, 1, "Cuci gudang stok seken Jepang 🧥 coat & blazer 50rb, kirim dari Tangerang, DM aja"),
    ("F108", "hn_twin_bicycles", "post", 1, 1, 0, 1, "Cuci gudang stok seken Jepang 🚲 sepeda lipat & frame 500rb, kirim dari Tangerang, DM aja"),

    ("F109", "twin_offer_quiet", "comment", 1, 1, 1, 1, "Ini celana kulot ex Korea yg baru datang dr karungan kak, ada 2 yg noda dikit, 25rb"),
    ("F109", "hn_twin_new_goods", "comment", 1, 0, 1, 1, "Ini celana kulot ex Korea yg baru datang kak, gres, masih plastik, ga ada cacat, 55rb"),

    ("F110", "twin_offer_quiet", "listing", 1, 1, 1, 1, "Handuk & bathrobe seken hotel ex Singapura, 15rb/pcs, ambil 50 pcs 600rb, Batam"),
    ("F110", "hn_twin_hotel_new_linen", "listing", 1, 0, 1, 1, "Handuk & bathrobe hotel ex Singapura baru, belum pernah dipakai, 25rb/pcs, ambil 50 pcs 1jt, Batam"),
    ("F110", "hn_twin_toiletries", "listing", 1, 0, 0, 1, "Sabun & shampoo hotel ex Singapura baru, belum dibuka, 2rb/pcs, ambil 500 pcs 800rb, Batam"),

    ("F111", "twin_offer_loud", "post", 1, 1, 1, 1, "Sepatu gunung thrift Korea, uk 42, vibram masih tebal, 250rb, Malang, bisa kirim"),
    ("F111", "hn_twin_own_purchase", "post", 1, 1, 1, 0, "Sepatu gunung seken punyaku sendiri, beli di Eiger Malang, uk 42, sol masih tebal, 250rb, bisa kirim"),

    ("F112", "twin_offer_loud", "comment", 1, 1, 1, 1, "Kak jaket denim bekas impor grade A masih ready 4, 75rb, langsung DM ya"),
    ("F112", "hn_twin_care_question", "comment", 0, 1, 1, 1, "Kak jaket denim bekas impor grade A tuh dicuci pakai apa ya biar ga bau? Aku baru beli 4"),

    ("F113", "twin_offer_quiet", "listing", 1, 1, 1, 1, "Sarung bantal & seprai seken ex Jepang, per kilo 45rb, Surabaya"),
    ("F113", "hn_twin_books", "listing", 1, 1, 0, 1, "Buku & komik seken ex Jepang, per kilo 45rb, Surabaya"),

    ("F114", "twin_offer_quiet", "post", 1, 1, 1, 1, "Jaket bomber ex Amrik bekas pakai, 85rb, 6 warna, kirim dari Makassar 🔥"),
    ("F114", "hn_twin_new_import", "post", 1, 0, 1, 1, "Jaket bomber ex Amrik baru, 185rb, 6 warna, kirim dari Makassar 🔥"),
    ("F114", "hn_twin_export_surplus", "post", 1, 0, 1, 0, "Jaket bomber sisa ekspor pabrik Semarang, baru, 85rb, 6 warna, kirim dari Makassar 🔥"),

    ("F115", "twin_offer_regional_word", "message", 1, 1, 1, 1, "Ini daster & kaos rumahan lelong Sabah ya bu, seken bersih, 10rb per helai, kirim ke Sambas"),
    ("F115", "hn_twin_church_charity", "message", 1, 1, 1, 0, "Ini daster & kaos rumahan sumbangan jemaat ya bu, seken bersih, 10rb per helai buat renovasi gereja, Sambas"),

    ("F116", "twin_offer_live", "live", 1, 1, 1, 1, "Tas branded bekas impor Hongkong, kulit asli, Coach & Kate Spade, 350rb, ketik TAS"),
    ("F116", "hn_twin_watches", "live", 1, 1, 0, 1, "Jam tangan branded seken ex Hongkong, Seiko & Casio, 350rb, ketik JAM"),

    ("F117", "twin_offer_quiet", "comment", 1, 1, 1, 1, "Ada kak, kemeja Polo Ralph ex Amerika second, size L, 65rb"),
    ("F117", "hn_twin_restock_new", "comment", 1, 0, 1, 1, "Ada kak, kemeja Polo Ralph ex Amerika, restock baru kemarin, size L, 265rb"),

    ("F118", "twin_offer_regional_word", "post", 1, 1, 1, 1, "Bundle Bandung open order 🛒 kemeja corduroy & jaket jeans bekas, 50-80rb, kirim seluruh Indonesia"),
    ("F118", "hn_twin_own_wardrobe", "post", 1, 1, 1, 0, "Preloved Bandung open order 🛒 kemeja corduroy & jaket jeans bekas dari lemariku & temen kos, 50-80rb"),

    ("F119", "twin_offer_quiet", "message", 1, 1, 1, 1, "Mas, 5 koli ex Jepang isi jaket & celana panjang siap kirim, total 18jt, transfer dulu baru jalan ya"),
    ("F119", "hn_twin_machine_parts", "message", 1, 1, 0, 1, "Mas, 5 koli ex Jepang isi sparepart mesin jahit bekas siap kirim, total 18jt, transfer dulu baru jalan ya"),
    ("F119", "hn_twin_buyer_question", "message", 0, 1, 1, 1, "Mas, saya mau tanya 5 koli ex Jepang isi jaket & celana panjang totalnya berapa? Kalau cocok transfer besok"),

    ("F120", "twin_offer_loud", "listing", 1, 1, 1, 1, "Baju thrift import Jepang, kemeja anak 12rb, minimal 10 pcs, Cikarang"),
    ("F120", "hn_twin_new_import", "listing", 1, 0, 1, 1, "Baju import Jepang, kemeja anak baru 32rb, minimal 10 pcs, Cikarang"),
]
