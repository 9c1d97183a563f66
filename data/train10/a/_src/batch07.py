# Hand-written near-twin families, batch 07. First member of each family is its base text.
FAMILIES = [
    [
        ("listing", "hn_twin_thrift_look_new", 1, 0, 1, 1, "Kemeja oversize thrift look, baru, stok import Korea, 55rb, Tangerang"),
        ("listing", "twin_offer_loud", 1, 1, 1, 1, "Kemeja oversize thrift beneran, bekas, stok karungan Korea, 35rb, Tangerang"),
        ("listing", "hn_twin_new_local_made", 1, 0, 1, 0, "Kemeja oversize thrift look, baru, jahitan konveksi sendiri di Tangerang, 55rb"),
    ],
    [
        ("message", "twin_offer_quiet", 1, 1, 1, 1, "Kak, pesanan kemeja seken dari Pajak Sambu udh aku packing, total 6 pcs, ongkir 18rb ya"),
        ("message", "hn_twin_family_item", 1, 1, 1, 0, "Kak, pesanan kemeja seken dari lemari abangku udh aku packing, total 6 pcs, ongkir 18rb ya"),
    ],
    [
        ("comment", "twin_offer_loud", 1, 1, 1, 1, "Ready kak, tas & koper bekas impor Jepang per koli, harga di katalog"),
        ("comment", "hn_twin_not_clothing", 1, 1, 0, 1, "Ready kak, perkakas tukang bekas ex Jepang per koli, harga di katalog"),
    ],
    [
        ("listing", "twin_offer_quiet", 1, 1, 1, 1, "Hoodie Champion seken ex USA, XL, 110rb, Semarang"),
        ("listing", "hn_twin_new_goods", 1, 0, 1, 1, "Hoodie Champion baru ex USA, XL, tag & nota, 510rb, Semarang"),
        ("listing", "hn_twin_bought_locally", 1, 1, 1, 0, "Hoodie Champion seken, dulu kubeli sendiri di mall Semarang, XL, 110rb"),
    ],
    [
        ("comment", "twin_offer_quiet", 1, 1, 1, 1, "Masih sis, gamis seken grade A 40rb, tinggal ukuran L"),
        ("comment", "hn_twin_own_wardrobe", 1, 1, 1, 0, "Masih sis, gamis seken bekas lebaran tahun lalu, punyaku sendiri, 40rb, tinggal ukuran L"),
    ],
    [
        ("message", "twin_offer_loud", 1, 1, 1, 1, "Om, bal sepatu second ex Korea 1 bal 60 psg, 3jt, bisa kirim ke Kupang"),
        ("message", "hn_twin_not_clothing", 1, 1, 0, 1, "Om, bal botol kaca bekas ex Korea 1 bal 60 kg, 300rb, bisa kirim ke Kupang"),
        ("message", "hn_twin_buyer_question", 0, 1, 1, 1, "Om, bal sepatu second ex Korea 1 bal 60 psg 3jt itu kemahalan gak? ada yg tawarin ke sy di Kupang"),
    ],
    [
        ("post", "twin_offer_quiet", 1, 1, 1, 1, "New drop 🛍️ 25 dress preloved dari Osaka, 60-90k, checkout via Shopee link di bio #preloveddress"),
        ("post", "hn_twin_new_goods", 1, 0, 1, 1, "New drop 🛍️ 25 dress baru dari Osaka, 160-190k, checkout via Shopee link di bio #dressimport"),
    ],
    [
        ("listing", "twin_offer_loud", 1, 1, 1, 1, "Jaket hoodie bekas, awul-awul Jogja, 20rb/pcs"),
        ("listing", "hn_twin_class_merch", 1, 1, 1, 0, "Jaket hoodie bekas angkatan SMA kami sendiri, 20rb/pcs, Jogja"),
    ],
    [
        ("live", "twin_offer_loud", 1, 1, 1, 1, "Gaes yg ini bal dari Port Klang, jaket kulit second, 90rb, komen JK"),
        ("live", "hn_twin_not_clothing", 1, 1, 0, 1, "Gaes yg ini dari Port Klang, HP second Oppo, 900rb, komen HP"),
        ("live", "hn_twin_new_sealed", 1, 0, 1, 1, "Gaes yg ini dari Port Klang, jaket kulit baru masih segel, 290rb, komen JK"),
    ],
    [
        ("message", "twin_offer_quiet", 1, 1, 1, 1, "Bang, rompi & kemeja kerja ex Jepang bekas pakai 50 pcs, 12rb/pcs, butuh?"),
        ("message", "hn_twin_new_stock", 1, 0, 1, 1, "Bang, rompi & kemeja kerja ex Jepang sisa stok baru 50 pcs, 32rb/pcs, butuh?"),
    ],
    [
        ("comment", "twin_offer_quiet", 1, 1, 1, 1, "Ada kak jaket anak second ex Jepang 25rb, ukuran 4-8 th, pengiriman dr Batam"),
        ("comment", "hn_twin_family_item", 1, 1, 1, 0, "Ada kak jaket anak second punya anak2 sy 25rb, ukuran 4-8 th, pengiriman dr Bekasi"),
    ],
    [
        ("article", "hn_twin_news_seizure", 0, 1, 1, 1, "Polisi di Dumai menyita empat truk bermuatan karung pakaian bekas asal Malaysia yang hendak dikirim ke Pekanbaru."),
        ("message", "twin_offer_loud", 1, 1, 1, 1, "Msh bisa kirim bal pakaian bekas asal Malaysia dari Dumai ke Pekanbaru bos, 4 truk seminggu, japri"),
    ],
    [
        ("listing", "twin_offer_loud", 1, 1, 1, 1, "Sepatu & sandal thrift campur ex Taiwan, per kilo 25rb, Medan"),
        ("listing", "hn_twin_not_clothing", 1, 1, 0, 1, "Onderdil sepeda bekas campur ex Taiwan, per kilo 25rb, Medan"),
    ],
    [
        ("post", "twin_offer_loud", 1, 1, 1, 1, "Thrift market weekend di Blok M 🛍️ kemeja seken 25k dari bal pilihan, cari booth @bajubekasjkt"),
        ("post", "hn_twin_community_preloved", 1, 1, 1, 0, "Preloved market weekend di Blok M 🛍️ kemeja seken 25k dari lemari member komunitas, cari booth @lemarikomunitas"),
    ],
    [
        ("comment", "twin_offer_quiet", 1, 1, 1, 1, "Bisa COD kak, sweater Uniqlo ex Jepang bekas pakai, 50rb, Jaksel"),
        ("comment", "hn_twin_new_goods", 1, 0, 1, 1, "Bisa COD kak, sweater Uniqlo ex Jepang baru segel, 150rb, Jaksel"),
    ],
    [
        ("message", "twin_offer_quiet", 1, 1, 1, 1, "Bu RT, obok-obok di lapangan sore ini baju2nya kiriman dari Tanjungpinang, 5rb-an"),
        ("message", "hn_twin_local_donation", 1, 1, 1, 0, "Bu RT, obok-obok di lapangan sore ini baju2nya sumbangan warga sendiri, 5rb-an buat kas"),
    ],
    [
        ("listing", "twin_offer_loud", 1, 1, 1, 1, "Koli seprei & bed cover bekas impor Jepang, 20kg, 650rb, Surabaya"),
        ("listing", "hn_twin_not_clothing", 1, 1, 0, 1, "Koli kabel & stop kontak bekas Jepang, 20kg, 650rb, Surabaya"),
    ],
    [
        ("comment", "twin_offer_quiet", 1, 1, 1, 1, "Rombengan Tawau ready lagi di lapak kami Pasar Yunus, kemeja 10rb dpt 2"),
        ("comment", "hn_twin_joke", 0, 1, 1, 1, "Kata mamakku rombengan Tawau itu kemeja 10rb dpt 2, tapi nyucinya 3 hari 😂"),
    ],
]
