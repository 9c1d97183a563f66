# Batch 01 - hand-written. (family, kind, category, elements OUCA, text)
RECORDS = [
("f01", "listing", "twin_offer_loud", "1111", "Jual balpres kaos campur ex Korea grade A, isi ±100 pcs, 3,8jt/bal. Gudang Cileungsi, WA 0812xxxx"),
("f01", "listing", "hn_twin_new_goods", "1011", "Jual kaos Korea baru segel plastik, impor resmi ada PIB, isi 100 pcs per bal, 3,8jt. Gudang Cileungsi, WA 0812xxxx"),

("f02", "post", "twin_offer_quiet", "1111", "Jaket gunung ex Jepang baru pecah karung tadi pagi 🔥 mulai 45rb, langsung ke lapak kami Pasar Senen blok III ya kak"),
("f02", "comment", "hn_twin_buyer_question", "0111", "kak ada yg tau lapak jaket gunung ex Jepang yg baru pecah karung di Senen blok III? lg nyari yg 45rb-an"),
("f02", "post", "hn_twin_not_clothing", "1101", "Kompor portable & nesting ex Jepang baru pecah karung tadi pagi 🔥 mulai 45rb, mampir lapak kami Pasar Senen ya kak"),

("f03", "live", "twin_offer_loud", "1111", "Live jam 8 malam! Bongkar bal cakar ex Malaysia, kemeja 25rb, ketik CO + nomor ya say 🛍️"),
("f03", "live", "hn_twin_own_wardrobe", "1110", "Live jam 8 malem! Bongkar lemari sendiri, kemeja preloved 25rb, bukan cakar ya say, ketik CO + nomor 🛍️"),

("f04", "message", "twin_offer_quiet", "1111", "Bos, stok celana jeans sortiran grade B masih 14 karung, 1,2jt per karung, ambil 5 free ongkir Pekanbaru"),
("f04", "message", "hn_twin_not_clothing", "1101", "Bos, stok kardus bekas impor sortiran grade B masih 14 bal, 1,2jt per bal, ambil 5 gratis ongkir sekitar Pekanbaru"),

("f05", "review", "hn_twin_complaint", "0111", "Kapok beli di @lapak.vintage.rio, katanya jaket ex Jepang second grade A, datang bolong2 & bau apek. Jangan ketipu guys"),
("f05", "post", "twin_offer_recommendation", "1111", "Rekomen bgt @lapak.vintage.rio, jaket second ex Jepang grade A, datang wangi ga ada bolong. Order lagi deh 🫶"),
("f05", "review", "hn_twin_complaint_local", "0110", "Nyesel beli di @lapak.vintage.rio, katanya jaket second dari lemari pribadi dia, eh datang bolong2 & apek. Hati2 guys"),

("f06", "listing", "twin_offer_loud", "1111", "BAJU THRIFT 15RB SEMUA MODEL | kemeja flanel, kaos band, sweater | kirim dari Bandung | checkout sekarang"),
("f06", "listing", "hn_twin_own_wardrobe", "1110", "PRELOVED 15RB SEMUA MODEL | flanel, kaos band, sweater dari lemari aku sendiri, bukan barang bal | kirim dari Bandung"),

("f07", "comment", "twin_offer_quiet", "1111", "Yg nyari sepatu, mampir kios Bu Rina di Pajak Melati, Nike 2nd mulai 120rb, baru turun goni kemarin"),
("f07", "comment", "hn_twin_memory", "0111", "Dulu aku sering beli Nike 2nd turunan goni di Pajak Melati, sekarang kios2nya pada tutup ya? sedih"),

("f08", "profile", "twin_offer_loud", "1111", "Supplier bal pakaian bekas impor Korea & Jepang | open reseller seluruh Indonesia | gudang Tanjungpinang | DM for pricelist"),
("f08", "profile", "hn_twin_stopped", "0111", "Dulu supplier bal pakaian bekas impor Korea & Jepang, sejak Permendag berhenti total. Akun ini sekarang cuma arsip foto"),
("f08", "profile", "hn_twin_new_import", "1011", "Supplier bal garmen BARU impor Korea & Jepang, masih ada tag | open reseller | gudang Tanjungpinang | DM pricelist"),

("f09", "message", "twin_offer_quiet", "1111", "Pagi kak, koli celana kargo ex Taiwan udah nyampe Belawan, mau ambil berapa? 1 koli 2,5jt isi campur"),
("f09", "message", "hn_twin_not_clothing", "1101", "Pagi kak, koli sparepart motor bekas ex Taiwan udh sampe Belawan, mau ambil brp? 1 koli 2,5jt isi campur"),

("f10", "post", "twin_offer_loud", "1111", "Awul-awul Sekaten buka lagi lur! Kaos, jaket, rok, semua seken impor 10rb-an, lapak kami deket pintu utara 🙌"),
("f10", "post", "hn_twin_nostalgia", "0111", "Kangen awul-awul Sekaten jaman kuliah, kaos & jaket seken impor 10rb-an. Skrg katanya udah dilarang ya lur 🥲"),

("f11", "listing", "twin_offer_quiet", "1111", "Tas wanita ex Jepang, kondisi 85%, Coach & Kate Spade, 1 karung isi 60 pcs, 4jt nego tipis. COD Batam Center"),
("f11", "listing", "hn_twin_new_goods", "1011", "Tas wanita dari Jepang, kondisi baru 100% ada tag, Coach & Kate Spade, 1 dus isi 60 pcs, 4jt nego. COD Batam Center"),
("f11", "listing", "hn_twin_not_clothing", "1101", "Panci & teflon ex Jepang, kondisi 85%, Tiger & Zojirushi, 1 karung isi 60 pcs, 4jt nego tipis. COD Batam Center"),

("f12", "article", "hn_twin_news", "0111", "Polisi menyita 300 karung pakaian bekas asal Malaysia di Pelabuhan Dumai yang rencananya akan diedarkan ke Pekanbaru."),
("f12", "message", "twin_offer_loud", "1111", "Bang, 300 karung pakaian bekas Malaysia udah sandar di Dumai, siap jalan ke Pekanbaru, yg mau ambil japri 0812xxxx"),
("f12", "article", "hn_twin_news_tyres", "0101", "Petugas menyita 300 karung ban bekas asal Malaysia di Pelabuhan Dumai yang diduga akan dijual ke Pekanbaru."),

("f13", "live", "twin_offer_quiet", "1111", "Yg baru join, ini hoodie Champion dari sortiran Korea, 55rb aja, siapa cepat dia dapat, ketik 'mau' ya"),
("f13", "live", "hn_twin_new_goods", "1011", "Yg baru masuk live, ini hoodie Champion baru dari outlet Seoul, masih segel, 255rb, siapa cepat dapat, ketik 'mau'"),

("f14", "post", "twin_offer_loud", "1111", "Open reseller baju bekas import Thailand 🇹🇭 modal 500rb dapat 30 pcs, bisa dropship, kirim dari Surabaya #thrift"),
("f14", "post", "hn_twin_local_consignment", "1110", "Open reseller baju preloved titipan warga Surabaya, modal 500rb dapat 30 pcs, bisa dropship. No import ya #preloved"),

("f15", "comment", "hn_twin_buyer_question", "0111", "Bang, lelong kemeja yg kemaren masih ada gak? Aku mau ambil 3 buat lebaran, bisa antar ke Kubu Raya?"),
("f15", "comment", "twin_offer_quiet", "1111", "Lelong kemeja masih ada 3 lusin bang, 20rb sehelai, bise antar ke Kubu Raya sore ni"),

("f16", "listing", "twin_offer_loud", "1111", "Sepatu bekas impor Korea, Vans/Converse, size 39-44, 1 karung 80 pasang, 6,5jt. Bisa kirim luar pulau"),
("f16", "listing", "hn_twin_collector", "1110", "Sepatu bekas koleksi pribadi 10 tahun, Vans/Converse, size 39-44, 80 pasang, 6,5jt semua. Bisa kirim luar pulau"),
("f16", "listing", "hn_twin_not_clothing", "1101", "HP bekas impor Korea, Samsung/LG, mesin normal, 1 koli 80 unit, 6,5jt. Bisa kirim luar pulau"),

("f17", "message", "twin_offer_loud", "1111", "BC: Bal cakar Pare-Pare baru masuk, celana pendek campur 1 bal 1,8jt, khusus pelanggan lama dulu ya 🙏"),
("f17", "message", "hn_twin_refusal", "0111", "Maaf bu, sy sdh tdk ambil bal cakar dari Pare-Pare lagi, celana pendek campur jg habis, cari yg lain dulu 🙏"),

("f18", "post", "twin_offer_quiet", "1111", "Kemeja kerja Uniqlo/Muji ex Jepang, layak pakai, 35rb/pcs, ambil di Pasar Gembong atau kirim. DM aja"),
("f18", "post", "hn_twin_haul_no_seller", "0111", "Haul hari ini: kemeja kerja Uniqlo/Muji ex Jepang, layak pakai, cuma 35rb/pcs, dapet 5 biji. Puas walau nyarinya lama"),
("f18", "post", "hn_twin_jastip_new", "1011", "Jastip Jepang batch 3: kemeja kerja Uniqlo/Muji baru ada tag, 135rb/pcs, close Jumat. DM aja"),
("f18", "post", "hn_twin_own_wardrobe", "1110", "Kemeja kerja Uniqlo/Muji punyaku sendiri, layak pakai, 35rb/pcs, udh ga muat sejak hamil. Ambil Surabaya atau kirim"),

("f19", "listing", "twin_offer_quiet", "1111", "Selimut & bed cover seken Jepang, tebal, per kilo 28rb, minimal 10 kg. Gudang Bekasi"),
("f19", "listing", "hn_twin_majun", "1101", "Majun kaos campur ex Jepang buat lap mesin bengkel, per kilo 8rb, minimal 10 kg. Gudang Bekasi"),

("f20", "comment", "twin_offer_loud", "1111", "Sist, aku jual thrift korea jaket puffer 90rb aja, cek story ya 💕"),
("f20", "comment", "hn_twin_joke", "0111", "Sist, jaket puffer thrift korea 90rb punyaku kalo dicuci malah ngembang kayak roti 😂 ga nyesel sih"),
]
