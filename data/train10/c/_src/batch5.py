# Hand-written one-liners, batch 5. Tuple: (family, category, kind, offer, used, clothing, abroad, text)
DATA = [
("F069", "twin_live_quiet", "live", 1, 1, 1, 1, "Rek, iki kaos oblong ex Australia, wis tau dipake tapi apik, 15 ewu, ketik 'jupuk' nek gelem"),
("F069", "hn_twin_not_clothing", "live", 1, 1, 0, 1, "Rek, iki helm motor bekas ex Australia, wis tau dienggo tapi apik, 150 ewu, ketik 'jupuk' nek gelem"),

("F070", "twin_post_loud", "post", 1, 1, 1, 1, "Thrift market Minggu ini di Lapangan Merdeka! 30 tenant baju bekas impor, masuk gratis 🎪 #thriftmarketmedan"),
("F070", "hn_twin_rule", "article", 0, 1, 1, 1, "Pemko Medan: acara thrift market yang menjual baju bekas impor di Lapangan Merdeka tidak lagi diberi izin"),

("F071", "hn_twin_new_goods", "review", 1, 0, 1, 1, "Jaket bomber dari @gudangjaket.id ini import China, baru, bahannya tebel, pas buat motoran ⭐⭐⭐⭐⭐"),
("F071", "twin_review_seller", "review", 1, 1, 1, 1, "Bomber dari @gudangjaket.id ini ex China tapi second, bahannya masih tebel, enak buat motoran ⭐⭐⭐⭐"),

("F072", "twin_tweet_loud", "post", 1, 1, 1, 1, "thrift haul dari Pasar Tungging, dapet 6 kemeja, mau gue jual lagi 25rb/pcs, cek reply ya"),
("F072", "hn_twin_buyer_question", "post", 0, 1, 1, 1, "ada yg tau lapak thrift di Pasar Tungging yg kemejanya 25rb/pcs? mau hunting 6 biji buat ngantor"),

("F073", "twin_listing_quiet", "listing", 1, 1, 1, 1, "Kemeja Flanel Grade A Per Paket 20 Pcs, 500rb, Kondisi 90%, Kirim Seluruh Indonesia"),
("F073", "hn_twin_local_source", "listing", 1, 1, 1, 0, "Kemeja Flanel Bekas Seragam Lama Pabrik Kami Sendiri, 20 Pcs/Paket, 500rb, Kondisi 90%"),

("F074", "twin_message_loud", "message", 1, 1, 1, 1, "Mas, baju bal Jepang yg lewat Dumai udah nyampe gudang, 12 bal, mau ambil berapa buat lapak Pekanbaru?"),
("F074", "hn_twin_not_clothing", "message", 1, 1, 0, 1, "Mas, mesin diesel bekas Jepang yg lewat Dumai udah nyampe gudang, 12 unit, mau ambil berapa buat bengkel?"),
("F074", "hn_twin_refusal", "message", 0, 1, 1, 1, "Mas, maaf aku udah gak ambil baju bal Jepang yg lewat Dumai, 12 bal itu tawarin ke orang lain aja ya"),

("F075", "twin_comment_quiet", "comment", 1, 1, 1, 1, "Teh, abdi gaduh parka TNF seken ti Korea, 200 rebu, tiasa COD di Kebon Kalapa"),
("F075", "hn_twin_new_goods", "comment", 1, 0, 1, 1, "Teh, abdi gaduh parka TNF anyar ti Korea, masih segel, 900 rebu, tiasa COD di Kebon Kalapa"),

("F076", "hn_twin_news", "article", 0, 1, 1, 1, "Polisi menyita 3 truk pakaian bekas impor dari Malaysia yang masuk lewat Entikong menuju Pontianak"),
("F076", "hn_twin_news_not_clothing", "article", 0, 1, 0, 1, "Polisi menyita 3 truk ponsel bekas impor dari Malaysia yang masuk lewat Entikong menuju Pontianak"),
("F076", "twin_message_quiet", "message", 1, 1, 1, 1, "3 truk pakaian bekas dari Malaysia udah lolos Entikong, yg mau ambil di gudang Pontianak kabari malam ini ya"),

("F077", "twin_profile_quiet", "profile", 1, 1, 1, 1, "Bundle Corner Jogja | second import Jepang-Korea | jaket, hoodie, kemeja | open reseller | DM for price"),
("F077", "hn_twin_new_thrift_style", "profile", 1, 0, 1, 0, "Corner Jogja | jaket & hoodie model vintage tapi baru, jahitan sendiri | open reseller | DM for price"),

("F078", "twin_live_loud", "live", 1, 1, 1, 1, "Cakar baru bongkar ini hari, kemeja & celana 10 ribu ji, langsung komen mi ukurannya nah"),
("F078", "hn_twin_chat_live", "live", 0, 1, 1, 1, "Tidak ada ji jualan cakar ini malam, cuma mau cerita ka pengalaman belanja di Toddopuli, santai mi nah"),

("F079", "twin_post_quiet", "post", 1, 1, 1, 1, "Koleksi coat wol ex UK buat musim hujan ☔ 150k, ada pemakaian wajar, COD Jaksel #coatwol #outerwear"),
("F079", "hn_twin_new_goods", "post", 1, 0, 1, 1, "Koleksi coat wol import UK buat musim hujan ☔ 650k, brand new with tag, COD Jaksel #coatwol #outerwear"),

("F080", "twin_review_seller", "review", 1, 1, 1, 1, "Belanja di Toko Kemeja Tua Ancol, kemeja bekas Korea 3 cuma 50rb, penjualnya ramah bgt 👍"),
("F080", "hn_twin_review_no_seller", "review", 0, 1, 1, 1, "Kemeja bekas Korea yg 3 cuma 50rb ternyata enak dipake kerja, adem, ga nyesel nyoba 👍"),

("F081", "twin_listing_quiet", "listing", 1, 1, 1, 1, "Sepatu Safety Ex Jepang Kondisi Pakai, Size 39-44, 90rb/pasang, Ambil Per Karung Lebih Murah"),
("F081", "hn_twin_not_clothing", "listing", 1, 1, 0, 1, "Alat Ukur Proyek Ex Jepang Kondisi Pakai, Lengkap Kotak, 90rb/pcs, Ambil Per Karung Lebih Murah"),

("F082", "twin_tweet_quiet", "post", 1, 1, 1, 1, "siapa mau jaket jeans ex Jepang L 50rb, bekas tp msh kece, ambil di Depok"),
("F082", "hn_twin_giveaway_friends", "post", 0, 1, 1, 1, "siapa mau jaket jeans ex Jepang L gratis? bekas tp msh kece, temen kos yg butuh ambil aja di Depok"),
("F082", "hn_twin_giveaway_own", "post", 0, 1, 1, 0, "ada yg mau jaket jeans bekasku size L? gratis, dulu beli di Ramayana, masih kece, ambil aja di Depok"),

("F083", "twin_message_quiet", "message", 1, 1, 1, 1, "Bu, gamis & mukena seken dari Jeddah udah saya pisahin 10 potong, 350rb semua, transfer aja ya"),
("F083", "hn_twin_local_source", "message", 1, 1, 1, 0, "Bu, gamis & mukena seken peninggalan almarhumah nenek udah saya pisahin 10 potong, 350rb semua ya"),

("F084", "hn_twin_not_clothing", "post", 1, 1, 0, 1, "iPhone ex Jepang second mulus, 2,3jt nego, COD Cengkareng 📱 #iphonesecond #exjepang"),
("F084", "twin_post_quiet", "post", 1, 1, 1, 1, "Jaket Uniqlo ex Jepang second mulus, 90rb nego, COD Cengkareng 🧥 #uniqlosecond #exjepang"),

("F085", "twin_comment_loud", "comment", 1, 1, 1, 1, "Buruan kak, baju bal Thailand di lapakku tinggal dikit, 3 potong 50rb, dikirim dari Nunukan"),
("F085", "hn_twin_report", "comment", 0, 1, 1, 1, "Min, akun ini jualan baju bal Thailand 3 potong 50rb dari Nunukan, udah aku report, yg lain ikut report ya"),

("F086", "twin_live_quiet", "live", 1, 1, 1, 1, "Ini kemeja kantor ex Singapura kak, ada tanda dipake di kerah, 25 ribu, nomor 7 ya"),
("F086", "hn_twin_factory_reject", "live", 1, 0, 1, 0, "Ini kemeja kantor reject ekspor kak, cacat jahit di kerah, belum pernah dipake, 25 ribu, nomor 7 ya"),
]
