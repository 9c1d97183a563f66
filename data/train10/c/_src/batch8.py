# Hand-written one-liners, batch 8. Tuple: (family, category, kind, offer, used, clothing, abroad, text)
DATA = [
("F121", "twin_live_loud", "live", 1, 1, 1, 1, "Masuk nomor 21 ya, rok span thrift ex Jepang, pemakaian sedikit, 30 ribu, ketik R21 buat ambil"),
("F121", "hn_twin_new_goods", "live", 1, 0, 1, 1, "Masuk nomor 21 ya, rok span baru dari Jepang, masih ada tag, 130 ribu, ketik R21 buat ambil"),
("F121", "hn_twin_own_wardrobe", "live", 1, 1, 1, 0, "Lanjut nomor 21, rok span punyaku pribadi, pemakaian sedikit, 30 ribu, ketik R21 kalau mau"),

("F122", "twin_post_loud", "post", 1, 1, 1, 1, "Ballpress Jepang open! kemeja 15k, celana 20k, jaket 35k 🔥 lokasi Pasar Gedebage blok D #ballpress #thriftbandung"),
("F122", "hn_twin_not_clothing", "post", 1, 1, 0, 1, "Bongkar kontainer Jepang open! rice cooker 150k, dispenser 200k 🔥 bekas tapi nyala, lokasi Gedebage #barangjepang"),
("F122", "hn_twin_family_preloved", "post", 1, 1, 1, 0, "Preloved keluarga open! kemeja 15k, celana 20k, jaket 35k 🔥 semua dari lemari sendiri, lokasi Antapani #prelovedbandung"),

("F123", "twin_review_seller", "review", 1, 1, 1, 1, "Order di @karung.korea_sby, 5 blus cuma 75rb, ada yg kancingnya lepas tapi overall oke, fast respon"),
("F123", "hn_twin_complaint", "review", 0, 1, 1, 1, "Jangan order di @karung.korea_sby, 5 blus bekas 75rb, kancing lepas, bau apek, chat cuma diread"),
("F123", "hn_twin_not_clothing", "review", 1, 1, 0, 1, "Order di @karung.korea_sby, 5 mangkok keramik bekas 75rb, ada yg gompal dikit tapi overall oke, fast respon"),

("F124", "twin_message_loud", "message", 1, 1, 1, 1, "Mbak, celana jeans cakar dari Nunukan udah aku cuci semua, 25 potong, 30rb/potong, kirim via Pelni ya"),
("F124", "hn_twin_alumni_donation", "message", 1, 1, 1, 0, "Mbak, celana jeans bekas sumbangan alumni udah aku cuci semua, 25 potong, 30rb/potong buat kas, kirim via Pelni ya"),

("F125", "twin_comment_quiet", "comment", 1, 1, 1, 1, "Bisa kak, yang jaket kulit ex Korea itu masih ada, bekas tapi mulus, 120rb nett"),
("F125", "hn_twin_not_clothing", "comment", 1, 1, 0, 1, "Bisa kak, yang dashcam ex Korea itu masih ada, bekas tapi mulus, 120rb nett"),
("F125", "hn_twin_local_new", "comment", 1, 0, 1, 0, "Bisa kak, jaket kulit produksi Garut itu masih ada, baru gress, 420rb nett"),

("F126", "twin_message_quiet", "message", 1, 1, 1, 1, "Ratusan karung pakaian bekas dari Malaysia siap di gudang Dumai, pedagang luar kota silakan ambil, harga miring"),
("F126", "hn_twin_news", "article", 0, 1, 1, 1, "Ratusan karung pakaian bekas dari Malaysia ditemukan di gudang kawasan Dumai, petugas masih menelusuri pemiliknya"),

("F127", "twin_tweet_quiet", "post", 1, 1, 1, 1, "btw aku lagi lepas koleksi sneakers ex Singapur, semua udah kepake, 200-400rb, DM aja"),
("F127", "hn_twin_new_goods", "post", 1, 0, 1, 1, "btw aku lagi lepas koleksi sneakers baru dari Singapur, semua deadstock, 900rb-1,4jt, DM aja"),
("F127", "hn_twin_local_store", "post", 1, 1, 1, 0, "btw aku lagi lepas sneakers yg dulu kubeli di Grand Indonesia, semua udah kepake, 200-400rb, DM aja"),

("F128", "twin_listing_quiet", "listing", 1, 1, 1, 1, "Handuk Ex Hotel Jepang Grade A, Sudah Laundry, 15rb/Lembar, Min 1 Lusin"),
("F128", "hn_twin_not_clothing", "listing", 1, 1, 0, 1, "Piring Ex Hotel Jepang Grade A, Sudah Dicuci, 15rb/Pcs, Min 1 Lusin"),

("F129", "twin_post_quiet", "post", 1, 1, 1, 1, "Baju Batam masuk lagi bun! kaos anak 10rb, dress 25rb, bisa kirim ke Tanjung Uban 💕 #bajubatam"),
("F129", "hn_twin_hand_me_down", "post", 1, 1, 1, 0, "Baju lungsuran si kakak mau aku lepas bun, kaos anak 10rb, dress 25rb, bisa kirim ke Tanjung Uban 💕 #lungsuran"),

("F130", "twin_live_loud", "live", 1, 1, 1, 1, "Yang kemarin nanya, iya ini thrift asli bal Jepang, jaket denim 65rb, komen DENIM ya"),
("F130", "hn_twin_new_thrift_look", "live", 1, 0, 1, 0, "Yang kemarin nanya, ini bukan thrift ya, jaket denim baru jahitan kami sendiri, 165rb, komen DENIM ya"),
("F130", "hn_twin_not_clothing", "live", 1, 1, 0, 1, "Yang kemarin nanya, iya ini asli bal Jepang, tapi isinya kamera analog bekas, 650rb, komen KAMERA ya"),

("F131", "twin_review_seller", "review", 1, 1, 1, 1, "Makasih Bu Tuti, sarung & mukena ex Brunei yg seken kemarin bersih, wangi, harga 50rb pas ⭐⭐⭐⭐⭐"),
("F131", "hn_twin_mosque_donation", "review", 1, 1, 1, 0, "Makasih Bu Tuti, sarung & mukena seken sumbangan jamaah masjid kemarin bersih, wangi, 50rb pas ⭐⭐⭐⭐⭐"),

("F132", "twin_comment_loud", "comment", 1, 1, 1, 1, "Kalau mau baju bekas impor murah ke lapakku aja kak di Cimol Gedebage, 5rb-an juga ada"),
("F132", "hn_twin_new_goods", "comment", 1, 0, 1, 1, "Kalau mau baju baru impor China murah ke lapakku aja kak di Tanah Abang, 25rb-an juga ada"),
("F132", "hn_twin_neighbourhood_sale", "comment", 1, 1, 1, 0, "Kalau mau baju bekas murah dari lemari warga sekitar, ke lapak RT kami aja kak, 5rb-an juga ada"),

("F133", "twin_message_loud", "message", 1, 1, 1, 1, "Bang, 3 bal jaket kulit bekas dari Port Klang dah sampai, 4jt per bal, jadi ambil?"),
("F133", "hn_twin_new_goods", "message", 1, 0, 1, 1, "Bang, 3 koli jaket kulit baru dari Port Klang dah sampai, bertag semua, 14jt per koli, jadi ambil?"),

("F134", "twin_post_quiet", "post", 1, 1, 1, 1, "Topi & kupluk ex Korea 2nd, 10k dapet 3, ambil di Kebon Kalapa ya kak 🧢 #topimurah"),
("F134", "hn_twin_not_clothing", "post", 1, 1, 0, 1, "Casing HP & charger ex Korea 2nd, 10k dapet 3, ambil di Kebon Kalapa ya kak 📱 #aksesorimurah"),
("F134", "hn_twin_new_goods", "post", 1, 0, 1, 1, "Topi & kupluk baru import Korea, 35k dapet 2, ambil di toko Kebon Kalapa ya kak 🧢 #topimurah"),

("F135", "twin_tweet_loud", "post", 1, 1, 1, 1, "sekalian promo: gue jual baju bekas impor 15rb-an di Surabaya, kirim seluruh Indo, DM aja ✌️"),
("F135", "hn_twin_opinion_local", "post", 0, 1, 1, 0, "sekalian curhat: gue lebih milih beli baju bekas dari lemari temen di Surabaya drpd yg impor ✌️"),
]
