# Hand-written near-twin families, batch 03. First member of each family is its base text.
FAMILIES = [
    [
        ("listing", "hn_twin_new_goods", 1, 0, 1, 1, "Kemeja flanel Uniqlo BNWT stok Jepang, S-XL, 89rb, ready Makassar"),
        ("listing", "twin_offer_loud", 1, 1, 1, 1, "Kemeja flanel Uniqlo cakar Jepang, S-XL, 39rb, ready di Makassar"),
        ("comment", "hn_twin_buyer_new_goods", 0, 0, 1, 1, "Ada yg jual kemeja flanel Uniqlo BNWT stok Jepang S-XL di Makassar? budget 89rb"),
    ],
    [
        ("message", "twin_offer_loud", 1, 1, 1, 1, "Mas, sy ada 2 bal celana chino seken, masuk via Dumai, 15rb rata, mau ambil semua?"),
        ("message", "hn_twin_local_source", 1, 1, 1, 0, "Mas, sy ada 2 dus celana chino seken sisa preloved teman2 kantor, 15rb rata, mau ambil semua?"),
    ],
    [
        ("comment", "twin_offer_quiet", 1, 1, 1, 1, "Iya kak blazer ex Korea semua bekas pakai tp rapi, 65rb, tinggal 4 warna krem"),
        ("comment", "hn_twin_new_goods", 1, 0, 1, 1, "Iya kak blazer ex Korea semua baru, label masih nempel, 165rb, tinggal 4 yg warna krem"),
    ],
    [
        ("listing", "twin_offer_quiet", 1, 1, 1, 1, "Sepatu futsal second, sortiran Pasar Tungging, 40-43, 60rb"),
        ("listing", "hn_twin_own_team", 1, 1, 1, 0, "Sepatu futsal second bekas tim futsal kantor sendiri, 40-43, 60rb"),
    ],
    [
        ("profile", "twin_offer_quiet", 1, 1, 1, 1, "Jual kemeja vintage 2nd hand ex Amerika 🇺🇸 | open tiap malam via live | Medan"),
        ("profile", "hn_twin_reproduction_new", 1, 0, 1, 1, "Jual kemeja vintage reproduksi baru ex Amerika 🇺🇸 | open tiap malam via live | Medan"),
    ],
    [
        ("message", "twin_offer_quiet", 1, 1, 1, 1, "Bu Ros, baju Batam yg ibu pesan sdh sampe, 3 blus 2 rok, total 85rb ya"),
        ("message", "hn_twin_church_donation", 1, 1, 1, 0, "Bu Ros, baju bekas sumbangan jemaat yg ibu pesan sdh sy sisihkan, 3 blus 2 rok, total 85rb ya"),
    ],
    [
        ("listing", "twin_offer_loud", 1, 1, 1, 1, "Tas ransel Jansport thrift ex USA, 60rb, resleting normal"),
        ("listing", "hn_twin_new_goods", 1, 0, 1, 1, "Tas ransel Jansport ori import USA baru, 260rb, resleting YKK"),
        ("listing", "hn_twin_own_wardrobe", 1, 1, 1, 0, "Tas ransel Jansport second punya sendiri dari jaman SMA, 60rb, resleting normal"),
    ],
    [
        ("post", "twin_offer_loud", 1, 1, 1, 1, "Unboxing bal ex Jepang part 2 🎁 isinya kimono & yukata, list harga di highlight ya"),
        ("post", "hn_twin_not_clothing", 1, 1, 0, 1, "Unboxing bal ex Jepang part 2 🎁 isinya mainan & figure bekas, list harga di highlight ya"),
    ],
    [
        ("comment", "twin_offer_loud", 1, 1, 1, 1, "Celana jeans monza 35rb, 29-34 lengkap, yg minat langsung chat aja bang"),
        ("comment", "hn_twin_swap", 0, 1, 1, 1, "Celana jeans monza 29-34 punyaku mau tukeran aja sama jaket, gak dijual ya bang"),
    ],
    [
        ("live", "twin_offer_quiet", 1, 1, 1, 1, "Oke masuk ke rak sepatu, Converse second ex Korea, 75rb, kondisi sol masih tebal"),
        ("live", "hn_twin_new_goods", 1, 0, 1, 1, "Oke masuk ke rak sepatu, Converse baru import Korea, 575rb, box lengkap"),
    ],
    [
        ("comment", "twin_offer_quiet", 1, 1, 1, 1, "Ready jilbab & gamis second dari karungan Arab kak, 20rb-an, Pekanbaru"),
        ("comment", "hn_twin_local_donation", 1, 1, 1, 0, "Ready jilbab & gamis second titipan ibu2 pengajian kak, 20rb-an, Pekanbaru"),
        ("comment", "hn_twin_new_goods", 1, 0, 1, 1, "Ready jilbab & gamis baru import Arab kak, 120rb-an, Pekanbaru"),
    ],
    [
        ("listing", "twin_offer_loud", 1, 1, 1, 1, "Jual jaket gunung bekas impor via Tanjungpinang, 25rb/pcs, bisa grosir"),
        ("listing", "hn_twin_own_club", 1, 1, 1, 0, "Jual jaket gunung bekas, koleksi pribadi anak mapala, 25rb/pcs"),
    ],
    [
        ("message", "twin_offer_quiet", 1, 1, 1, 1, "Sist aku kirim foto koleksi dress seken Korea ya, 45rb-an, yg mau keep balas nomornya"),
        ("message", "hn_twin_preorder_new", 1, 0, 1, 1, "Sist aku kirim foto koleksi dress PO Korea ya, 145rb-an, yg mau keep balas nomornya"),
    ],
    [
        ("article", "hn_twin_news_market", 0, 1, 1, 1, "Warga Tarakan mengaku masih mudah menemukan roma asal Tawau di pasar, meski lapak sudah berulang kali dirazia."),
        ("post", "twin_offer_quiet", 1, 1, 1, 1, "Roma asal Tawau masih lengkap di lapak kami pasar Tarakan, silakan mampir walau sering dirazia 😅"),
    ],
    [
        ("listing", "twin_offer_loud", 1, 1, 1, 1, "Kemeja putih cakar grade A, 10rb/pcs, ambil per lusin"),
        ("listing", "hn_twin_school_sale", 1, 1, 1, 0, "Kemeja putih bekas hasil donasi alumni, 10rb/pcs, ambil per lusin, dana masuk kas sekolah"),
    ],
    [
        ("review", "twin_offer_quiet", 1, 1, 1, 1, "Order kaos band seken UK di @rakvintage.bdg, tiba 2 hari, sablon retak dikit wajar. recommended"),
        ("review", "hn_twin_new_goods", 1, 0, 1, 1, "Order kaos band baru rilisan UK di @rakvintage.bdg, tiba 2 hari, sablon rapi. recommended"),
    ],
    [
        ("message", "twin_offer_loud", 1, 1, 1, 1, "Ko, balpres Korea isi celana training minggu ini 4,5jt/bal, mau dikeep brp?"),
        ("message", "hn_twin_not_clothing", 1, 1, 0, 1, "Ko, balpres Korea isi kertas HVS bekas minggu ini 4,5jt/bal, mau dikeep brp?"),
    ],
    [
        ("post", "twin_offer_quiet", 1, 1, 1, 1, "Buka lapak di CFD Minggu ini ✨ kemeja & rok seken dari Pajak Melati, 20rb aja, cari tenda biru"),
        ("post", "hn_twin_own_wardrobe", 1, 1, 1, 0, "Buka lapak di CFD Minggu ini ✨ kemeja & rok seken koleksiku sendiri, 20rb aja, cari tenda biru"),
    ],
    [
        ("comment", "twin_offer_quiet", 1, 1, 1, 1, "Masih bang, jaket army ex Jerman bekas ukuran L, 95rb, ada noda dikit di lengan"),
        ("comment", "hn_twin_surplus_new", 1, 0, 1, 1, "Masih bang, jaket army ex Jerman surplus baru gudang ukuran L, 195rb, mulus"),
    ],
    [
        ("listing", "twin_offer_loud", 1, 1, 1, 1, "Obral sepatu bekas impor per karung ex Malaysia, isi 40 pasang, 1,5jt"),
        ("listing", "hn_twin_not_clothing", 1, 1, 0, 1, "Obral ban motor bekas per karung ex Malaysia, isi 40 pcs, 1,5jt"),
        ("article", "hn_twin_news_price", 0, 1, 1, 1, "Pedagang di Entikong menyebut sepatu bekas asal Malaysia kini dihargai Rp1,5 juta per karung isi 40 pasang."),
    ],
]
