# Hand-written one-liners, batch 7. Tuple: (family, category, kind, offer, used, clothing, abroad, text)
DATA = [
("F105", "twin_live_loud", "live", 1, 1, 1, 1, "Bismillah live perdana, buka bal Korea campur, sweater & cardigan bekas 25rb, komen 'keep' + nomor ya"),
("F105", "hn_twin_not_clothing", "live", 1, 1, 0, 1, "Bismillah live perdana, buka bal Korea isi boneka & mainan bekas, 25rb aja, komen 'keep' + nomornya ya"),
("F105", "hn_twin_new_goods", "live", 1, 0, 1, 1, "Bismillah live perdana, buka paket sweater & cardigan baru impor Korea, 95rb, komen 'keep' + nomor ya"),

("F106", "twin_post_loud", "post", 1, 1, 1, 1, "Thrift store kita pindah ke Jl. Kaliurang! stok baju bekas impor fresh tiap Jumat 🔥 #thriftjogja #bajubekasimpor"),
("F106", "hn_twin_local_source", "post", 1, 1, 1, 0, "Preloved store kita pindah ke Jl. Kaliurang! isinya baju bekas titipan warga Jogja, bukan impor 🔥 #prelovedjogja"),

("F107", "twin_review_seller", "review", 1, 1, 1, 1, "Toko Cakar Daeng Lala recommended, blazer bekas impor 30 ribu ji, jahitannya masih kuat 👍👍"),
("F107", "hn_twin_not_clothing", "review", 1, 1, 0, 1, "Toko Daeng Lala recommended, kipas angin bekas impor Jepang 130 ribu ji, mesinnya masih kuat 👍👍"),

("F108", "twin_tweet_loud", "post", 1, 1, 1, 1, "restock thrift: kemeja hawaii bekas impor, 8 motif, 35rb-an, link di bio yaa 🌺"),
("F108", "hn_twin_new_goods", "post", 1, 0, 1, 1, "restock: kemeja hawaii baru asli dari Honolulu, 8 motif, 350rb-an, link di bio yaa 🌺"),

("F109", "twin_message_loud", "message", 1, 1, 1, 1, "Kak, sisa 2 karung baju bekas impor dari Tanjungpinang, mau aku lepas 1,5jt/karung, ambil di Batam ya"),
("F109", "hn_twin_office_donation", "message", 1, 1, 1, 0, "Kak, sisa 2 karung baju bekas hasil donasi kantor, kulepas 150rb/karung buat kas panti, ambil di Sekupang ya"),
("F109", "hn_twin_not_clothing", "message", 1, 1, 0, 1, "Kak, sisa 2 karung kabel tembaga bekas dari Tanjungpinang, mau aku lepas 1,5jt/karung, ambil di Batam ya"),

("F110", "hn_twin_new_goods", "comment", 1, 0, 1, 1, "Sepatu lari ex Jepang ready kak, baru box, size 41-43, 650rb, kirim hari ini"),
("F110", "twin_comment_quiet", "comment", 1, 1, 1, 1, "Sepatu lari ex Jepang ready kak, second mulus, size 41-43, 150rb, kirim hari ini juga"),

("F111", "twin_listing_loud", "listing", 1, 1, 1, 1, "Pakaian Bekas Impor Per Bal 100 Kg Ex Jepang Korea, Harga Gudang, Free Ongkir Jabodetabek"),
("F111", "hn_twin_donation_news", "article", 0, 1, 1, 0, "Dinas Sosial menyalurkan 100 kg pakaian bekas donasi warga Bekasi untuk korban banjir di Jabodetabek"),

("F112", "twin_live_loud", "live", 1, 1, 1, 1, "Halo kakak2, malam ini special jaket gunung bekas impor, 80-150rb, yang udah keep jangan lupa bayar ya"),
("F112", "hn_twin_tutorial_live", "live", 0, 1, 1, 1, "Halo kakak2, malam ini aku gak jualan jaket gunung bekas impor dulu ya, mau bahas cara bedain yang asli & KW aja"),

("F113", "twin_post_quiet", "post", 1, 1, 1, 1, "Sepatu bot karet ex Korea dari koli kemarin, bekas tapi ga bocor, 45rb, cocok buat ke sawah 🌾 #sepatubot"),
("F113", "hn_twin_not_clothing", "post", 1, 1, 0, 1, "Cangkul & sabit ex Korea dari koli kemarin, bekas tapi masih tajam, 45rb, cocok buat ke sawah 🌾 #alattani"),

("F114", "twin_review_seller", "review", 1, 1, 1, 1, "Thanks @lemari.luar, coat ex Jepang-nya mulus, pemakaian dikit banget, worth 180rb"),
("F114", "hn_twin_own_wardrobe", "review", 1, 1, 1, 0, "Thanks @lemari.tante, coat bekas pribadinya mulus, dipake dikit banget, worth 180rb, bukan dari karungan"),

("F115", "twin_tweet_quiet", "post", 1, 1, 1, 1, "lepas 20 kaos polos ex Bangkok, udah pernah dipake, 12rb/pcs, ambil semua, Bekasi"),
("F115", "hn_twin_new_goods", "post", 1, 0, 1, 1, "lepas 20 kaos polos made in Bangkok, baru belum dibuka, 32rb/pcs, ambil semua, Bekasi"),

("F116", "twin_profile_loud", "profile", 1, 1, 1, 1, "Kedai Bundle Aceh | barang bekas impor Jepang & Korea | kemeja, jaket, sepatu | Banda Aceh"),
("F116", "hn_twin_new_goods", "profile", 1, 0, 1, 1, "Kedai Aceh | barang baru impor Jepang & Korea, resmi ber-SNI | kemeja, jaket, sepatu | Banda Aceh"),

("F117", "twin_listing_quiet", "listing", 1, 1, 1, 1, "Sprei & Sarung Bantal Ex Hotel Singapura, Layak Pakai, 40rb/Set, Min 5 Set"),
("F117", "hn_twin_local_source", "listing", 1, 1, 1, 0, "Sprei & Sarung Bantal Ex Hotel Kami di Bukittinggi (Renovasi), Layak Pakai, 40rb/Set, Min 5 Set"),

("F118", "twin_message_loud", "message", 1, 1, 1, 1, "Kak, 50 kg jaket bal yang dari Dumai sudah ditimbang, jadi 2,4jt ya, kapan diambil?"),
("F118", "hn_twin_not_clothing", "message", 1, 1, 0, 1, "Kak, 50 kg besi tua yang dari Dumai sudah ditimbang, jadi 400rb ya, kapan mau diambil?"),

("F119", "twin_comment_loud", "comment", 1, 1, 1, 1, "Kami grosir baju bal Taiwan, ecer juga bisa, 20rb 3 potong, cek katalog di bio kak"),
("F119", "hn_twin_new_goods", "comment", 1, 0, 1, 1, "Kami grosir baju baru import Taiwan, ecer juga boleh, 60rb 3 potong, cek katalog di bio kak"),
("F119", "hn_twin_not_clothing", "comment", 1, 1, 0, 1, "Kami grosir bal plastik bekas Taiwan buat daur ulang, ecer juga bisa, 20rb 3 kilo, cek katalog di bio kak"),

("F120", "hn_twin_family_clearout", "post", 1, 1, 1, 0, "Garage sale rumah eyang 🏡 jarik, kebaya, kemeja lawas, semua bekas keluarga, 10-50rb, Minggu di Kotagede #garagesale"),
("F120", "twin_post_quiet", "post", 1, 1, 1, 1, "Garage sale gudang 🏡 kemeja lawas, blazer, rok, semua dari koli minggu lalu, 10-50rb, Minggu di Kotagede #garagesale"),
]
