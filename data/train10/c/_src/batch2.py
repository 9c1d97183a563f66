# Hand-written one-liners, batch 2. Tuple: (family, category, kind, offer, used, clothing, abroad, text)
DATA = [
("F017", "twin_post_quiet", "post", 1, 1, 1, 1, "Ready kemeja linen grade A per kilo 120rb, isi ±6 pcs, boleh campur warna. Order via DM ✨ #grosirbaju #resellerwelcome"),
("F017", "hn_twin_church_donation", "post", 1, 1, 1, 0, "Kemeja linen bekas hasil donasi jemaat, dijual per kilo 120rb buat renovasi gereja, boleh campur warna. DM ✨ #bazargereja"),

("F018", "twin_live_loud", "live", 1, 1, 1, 1, "Oke guys lanjut, ini sepatu Nike bekas impor Thailand size 42, sol masih tebel, 180 aja, yang mau ketik NIKE42!"),
("F018", "hn_twin_new_goods", "live", 1, 0, 1, 1, "Oke guys next, Nike Air baru original Thailand size 42, box lengkap, 780 aja, yang minat ketik NIKE42!"),
("F018", "hn_twin_buyer_question", "comment", 0, 1, 1, 1, "Bang sepatu Nike bekas impor Thailand size 42 yg td masih ada? solnya tebel beneran gak? nanya dulu ya"),

("F019", "twin_tweet_quiet", "post", 1, 1, 1, 1, "yang nyari celana chino ex Korea 25rb-an, mampir lapak gue di Senen blok 3 lt 2, sabtu minggu buka sampe magrib"),
("F019", "hn_twin_opinion", "post", 0, 1, 1, 1, "celana chino ex Korea 25rb-an di Senen blok 3 tuh emang gila murahnya, tapi kasian penjahit lokal kalo gini terus"),

("F020", "twin_broadcast_loud", "message", 1, 1, 1, 1, "BC: Bal Korea kode KR-07 isi jaket musim dingin campur, 9,5jt/bal, gudang Tanjung Priok, yg serius japri 0812xxxx"),
("F020", "hn_twin_not_clothing", "message", 1, 1, 0, 1, "BC: Mesin jahit bekas Korea kode KR-07 isi 10 unit, 9,5jt/lot, gudang Tanjung Priok, yg serius japri 0812xxxx"),

("F021", "twin_review_seller", "review", 1, 1, 1, 1, "Celana kulot dari @rara.seken ini katanya ex Hongkong, ada noda tipis tapi udah aku cuci bersih, 4/5 lah"),
("F021", "hn_twin_new_goods", "review", 1, 0, 1, 1, "Kulot dari @rara.store import Hongkong, baru banget masih wangi toko, jahitannya rapi, 5/5 deh"),

("F022", "twin_post_loud", "post", 1, 1, 1, 1, "Thrift shop kami buka cabang baru di Jl. Dago! Hoodie, crewneck, varsity semua 50rb-an ✌️ #thriftshopbandung #bekasimpor"),
("F022", "hn_twin_consignment_local", "post", 1, 1, 1, 0, "Preloved corner kami buka di Jl. Dago! Hoodie & varsity titipan warga sekitar, 50rb-an, bukan impor ✌️ #prelovedlokal"),
("F022", "hn_twin_news", "article", 0, 1, 1, 1, "Sebuah thrift shop di Jalan Dago disegel, petugas menyita hoodie dan varsity bekas impor yang dijual 50 ribuan"),

("F023", "twin_comment_loud", "comment", 1, 1, 1, 1, "Ready kak, blazer wanita thrift dari Jepang, pemakaian wajar, 45rb, kirim dari Semarang"),
("F023", "hn_twin_own_wardrobe", "comment", 1, 1, 1, 0, "Ready kak, blazer punyaku jaman kerja dulu, pemakaian wajar, 45rb, kirim dari Semarang"),

("F024", "twin_listing_quiet", "listing", 1, 1, 1, 1, "Tas Kulit Wanita Ex Eropa Sortiran Grade B, Ada Lecet Halus, 65rb/pcs, Ambil 10 Gratis 1"),
("F024", "hn_twin_not_clothing", "listing", 1, 1, 0, 1, "Sepeda Lipat Ex Eropa Sortiran Grade B, Ada Lecet Halus, 650rb/unit, Ambil 10 Gratis 1"),

("F025", "twin_live_quiet", "live", 1, 1, 1, 1, "Lanjut ya bun, kemeja Uniqlo 2nd dari Jepang, masih kinclong, 40 ribu, komen kode U40 yang mau"),
("F025", "hn_twin_complaint", "comment", 0, 1, 1, 1, "Kmrn ikut live, beli kemeja Uniqlo 2nd dari Jepang 40 ribu, dateng sobek ketiak. Admin ga bales. Kesel"),

("F026", "hn_twin_family_clearout", "post", 1, 1, 1, 0, "Beberes lemari mama, ada 15 kebaya & blus lama masih bagus, 30rb aja kondisi bekas, ambil di Tembalang ya 🌸"),
("F026", "twin_post_quiet", "post", 1, 1, 1, 1, "Beberes stok karungan Batam, ada 15 blus lawas masih bagus, 30rb aja kondisi bekas, ambil di Tembalang ya 🌸"),

("F027", "twin_profile_loud", "profile", 1, 1, 1, 1, "Awul-awul Mbak Sri 🛍️ baju bekas luar negeri mulai 5rb | Pasar Beringharjo lt 3 | buka 08.00-16.00"),
("F027", "hn_twin_news", "article", 0, 1, 1, 1, "Pedagang awul-awul di Beringharjo mengaku baju bekas luar negeri masih laku meski sudah dilarang pemerintah"),

("F028", "twin_review_seller", "review", 1, 1, 1, 1, "Sepatu boots kulit ex Italia dari Toko Jaya Cakar, ada baret dikit tapi solnya awet, mantap gan 👍"),
("F028", "hn_twin_not_clothing", "review", 1, 1, 0, 1, "Laptop second ex Italia dari Toko Jaya Komputer, ada baret dikit tapi baterainya awet, mantap gan 👍"),
("F028", "hn_twin_rule", "comment", 0, 1, 1, 1, "Admin grup: dilarang promosi boots ex Italia atau barang cakar di sini, langsung kick tanpa peringatan 👍"),

("F029", "twin_tweet_loud", "post", 1, 1, 1, 1, "thrifting haul tapi gue jual lagi 😆 5 jersey bola bekas impor, 70rb-an, link shopee di bio #thrifthaul"),
("F029", "hn_twin_new_goods", "post", 1, 0, 1, 1, "haul tapi gue jual lagi 😆 5 jersey bola baru impor Thailand, 70rb-an, masih plastik, link shopee di bio #jerseybola"),

("F030", "twin_message_loud", "message", 1, 1, 1, 1, "Mbak, stok rok plisket dari bal kemarin sisa 8, 25rb-an, kalo mau aku kirim via JNE besok pagi"),
("F030", "hn_twin_school_bazaar", "message", 1, 1, 1, 0, "Mbak, rok plisket bekas sisa bazar sekolah (sumbangan wali murid) tinggal 8, 25rb-an, kalo mau aku kirim JNE besok"),

("F031", "twin_live_quiet", "live", 1, 1, 1, 1, "Gas bongkar karung Korea nomer 3! isinya selimut & bedcover bekas, 45rb aja, yang cepet yang dapet"),
("F031", "hn_twin_not_clothing", "live", 1, 1, 0, 1, "Gas bongkar karung Korea nomer 3! isinya panci & wajan bekas, 45rb aja, yang cepet yang dapet"),

("F032", "twin_comment_quiet", "comment", 1, 1, 1, 1, "Aku jual jaket musim dingin ex Kanada, masih anget, 55rb, tinggal 4, siapa mau japri"),
("F032", "hn_twin_donation_request", "comment", 0, 1, 1, 1, "Ada yg punya jaket bekas musim dingin ex Kanada nganggur? mau kami bawa ke posko pendakian, butuh 4 lagi 🙏"),

("F033", "twin_listing_loud", "listing", 1, 1, 1, 1, "Sepatu Converse Bekas Impor Bal Korea Size 37-43 Harga 60rb, Kondisi 80-90%, Stok Banyak"),
("F033", "hn_twin_denial_import", "listing", 1, 1, 1, 0, "Sepatu Converse Bekas Pakai Sendiri, Bukan Barang Bal, Size 40, 60rb, Kondisi 85%"),
("F033", "hn_twin_new_goods", "listing", 1, 0, 1, 1, "Sepatu Converse Baru Impor Korea Size 37-43 Harga 360rb, Segel Box, Stok Banyak"),
]
