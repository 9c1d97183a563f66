# Hand-written one-liners, batch 1. Tuple: (family, category, kind, offer, used, clothing, abroad, text)
DATA = [
("F001", "twin_post_loud", "post", 1, 1, 1, 1, "Bal baru dibongkar guys! Kemeja flanel ex Korea 35rb aja, cek story ya 🔥 #thriftbandung #bajuimpor #preloved"),
("F001", "hn_twin_new_goods", "post", 1, 0, 1, 1, "Restock kemeja flanel impor Korea, BNWT masih lengkap tag, 85rb aja, cek story ya kak 🔥 #flanelkorea #importasli"),
("F001", "hn_twin_not_clothing", "post", 1, 1, 0, 1, "Karung goni bekas ex Vietnam baru dibongkar guys! 3rb/lembar, cocok buat kopi & pasir, cek story ya 🔥 #karunggoni"),

("F002", "twin_live_loud", "live", 1, 1, 1, 1, "Yang ini jaket parka thrift ex Jepang kak, kondisi 90%, 75 ribu, ketik 'ambil 12' di kolom komen ya"),
("F002", "hn_twin_own_wardrobe", "live", 1, 1, 1, 0, "Yang ini parka dari lemari aku sendiri kak, bukan barang karungan, kondisi 90%, 75 ribu, ketik 'ambil 12' ya"),

("F003", "twin_review_seller", "review", 1, 1, 1, 1, "Beli 3 kaos band second dari @lapak_rombeng99, katanya ex Thailand, bahan masih tebel, rekomen bgt ⭐⭐⭐⭐⭐"),
("F003", "hn_twin_review_no_seller", "review", 0, 1, 1, 1, "Dapet 3 kaos band second ex Thailand pas iseng ke pasar, bahan masih tebel, sayang lupa nama lapaknya ⭐⭐⭐⭐"),

("F004", "twin_listing_loud", "listing", 1, 1, 1, 1, "BALPRES CELANA JEANS KOREA GRADE A 100KG ISI ±400 PCS, READY GUDANG BATAM, HUB 0812xxxx"),
("F004", "hn_twin_not_clothing", "listing", 1, 1, 0, 1, "BALPRES KARDUS BEKAS IMPOR KOREA GRADE A 100KG, READY GUDANG BATAM, KHUSUS PABRIK KERTAS, HUB 0812xxxx"),
("F004", "hn_twin_export_surplus", "listing", 1, 0, 1, 0, "Paket celana jeans sisa ekspor 100kg, baru semua masih label, dari pabrik Cikarang, minat hub 0812xxxx"),

("F005", "twin_comment_loud", "comment", 1, 1, 1, 1, "Kak aku ada stok hoodie Uniqlo bekas impor Jepang, mulus, 60rb, DM aja ya"),
("F005", "hn_twin_buyer_question", "comment", 0, 1, 1, 1, "Ada yg jual hoodie Uniqlo bekas impor Jepang gak sih? nyari yg mulus, budget 60rb, pls info"),

("F006", "twin_post_loud", "post", 1, 1, 1, 1, "Abis bongkar karungan di Gedebage, dapet 20 jaket kulit, mau aku lepas 150an aja. DM yaa #thrifting #gedebage"),
("F006", "hn_twin_giveaway_friends", "post", 0, 1, 1, 1, "Temen abis bongkar karungan di Gedebage, dapet 20 jaket kulit, katanya mau dibagi gratis ke anak kos wkwk #gedebage"),

("F007", "twin_live_loud", "live", 1, 1, 1, 1, "Live malam ini buka bal Jepang fresh, semua celana cargo 50rb, siapa cepat dia dapat, spill nomor aja!"),
("F007", "hn_twin_new_goods", "live", 1, 0, 1, 1, "Live malam ini unboxing celana cargo baru impor Jepang, masih segel plastik, semua 89rb, spill nomor aja!"),
("F007", "hn_twin_not_clothing", "live", 1, 1, 0, 1, "Live malem ini buka bal Jepang isinya HP bekas & charger, semua 150rb, siapa cepat dia dapat, spill nomor ya!"),

("F008", "twin_message_quiet", "message", 1, 1, 1, 1, "Pagi bu, koli minggu ini udah masuk, isi blouse campur, ambil per koli 3,5jt ya, kabari kalau jadi 🙏"),
("F008", "hn_twin_not_clothing", "message", 1, 1, 0, 1, "Pagi bu, koli minggu ini udh masuk, isinya sparepart motor copotan, per koli 3,5jt, kabari aja kalo jadi 🙏"),

("F009", "twin_post_loud", "post", 1, 1, 1, 1, "Monza Pajak Melati buka lagi kawan, kemeja 20rb dapat 3, singgah ke lapak kami blok C ya #monzamedan"),
("F009", "hn_twin_news", "article", 0, 1, 1, 1, "Petugas razia lapak monza di Pajak Melati, seorang pedagang mengaku kemeja dijual 20 ribu dapat tiga"),

("F010", "twin_profile_quiet", "profile", 1, 1, 1, 1, "Kios Ucok | celana & jaket seken via Tanjungbalai | grosir & ecer | Pajak Simalingkar Medan"),
("F010", "hn_twin_new_goods", "profile", 1, 0, 1, 1, "Kios Ucok | celana & jaket baru impor Malaysia, dokumen lengkap | grosir & ecer | Pajak Simalingkar Medan"),

("F011", "twin_review_seller", "review", 1, 1, 1, 1, "Order 2 kg sortiran kaos dari toko Berkah Bal, isinya 14 pcs, 2 bolong, masih worth it lah. Makasih kak admin!"),
("F011", "hn_twin_not_clothing", "review", 1, 1, 0, 1, "Order 2 kg sortiran mainan bekas ex Jepang dari toko Berkah Bal, isinya 14 pcs, 2 rusak, masih worth it lah"),
("F011", "hn_twin_complaint", "review", 0, 1, 1, 1, "Hati² sama toko Berkah Bal, order 2 kg sortiran kaos isinya cuma 14 pcs, 6 bolong & bau apek. Kapok!"),

("F012", "twin_post_quiet", "post", 1, 1, 1, 1, "Dress Zara ex Singapur, cuma 2x pakai, 120k nego tipis, COD Panam Pekanbaru 💕 #prelovedpku"),
("F012", "hn_twin_own_wardrobe", "post", 1, 1, 1, 0, "Preloved dress Zara belinya di mall sini, baru 2x pakai, 120k nego tipis, COD Panam Pekanbaru 💕 #declutter"),

("F013", "twin_tweet_loud", "post", 1, 1, 1, 1, "jual cepet: 5 kemeja hawaii seken dari bal Australia, 40rb/pcs, ongkir dr Surabaya. rt ya bestie 🙏"),
("F013", "hn_twin_new_goods", "post", 1, 0, 1, 1, "jual cepet: 5 kemeja hawaii BNWT import Australia, 95rb/pcs, kirim dr Surabaya. bantu rt ya bestie 🙏"),

("F014", "twin_live_quiet", "live", 1, 1, 1, 1, "Sist sweater rajut ini dari karungan Korea ya, ada noda dikit di lengan, 35 aja, klik keranjang kuning"),
("F014", "hn_twin_stopped_selling", "live", 0, 1, 1, 1, "Sist aku udah stop jual sweater karungan Korea ya, sisanya disumbangin, live ini cuma ngobrol santai aja"),

("F015", "twin_listing_quiet", "listing", 1, 1, 1, 1, "Jaket Gunung Columbia Ex Jepang Size L, Kondisi 85% Ada Bekas Pemakaian, Kirim dari Pontianak"),
("F015", "hn_twin_new_goods", "listing", 1, 0, 1, 1, "Jaket Gunung Columbia Original Import Jepang Size L, Baru Segel Lengkap Tag, Kirim dari Pontianak"),
("F015", "hn_twin_local_source", "listing", 1, 1, 1, 0, "Jaket Gunung Columbia Size L Pakaian Pribadi, Dulu Beli di Mall Ayani Pontianak, Kondisi 85%"),

("F016", "twin_comment_loud", "comment", 1, 1, 1, 1, "Masih ada 2 karung cakar campur di gudang Makassar, mau ambil sekarung 2,8jt bisa kak, WA 0812xxxx"),
("F016", "hn_twin_not_clothing", "comment", 1, 1, 0, 1, "Masih ada 2 ton karung goni bekas impor India di gudang Makassar, ambil semua 2,8jt bisa kak, WA 0812xxxx"),
]
