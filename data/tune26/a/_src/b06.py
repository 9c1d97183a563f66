# Hand-written near-twin families, batch 6.
RECORDS = [
    ("f095", "listing", "twin_offer_loud", "1111", "Kemeja linen thrift Jepang, used good condition, M-XL, 38rb. Dikirim dari Batam tiap Senin & Kamis"),
    ("f095", "listing", "hn_twin_own_wardrobe", "1110", "Kemeja linen bekas lemari sendiri, used good condition, M-XL, 38rb. Dikirim dari rumah di Batam tiap Senin & Kamis"),

    ("f096", "message", "twin_offer_quiet", "1111", "Info stok bang: jeans Levi's second asli Amrik, 25 potong, 85rb/pcs. Sisa dari karungan kemarin"),
    ("f096", "message", "hn_twin_local_collector", "1110", "Info stok bang: jeans Levi's second, 25 potong, 85rb/pcs. Sy kumpulin dari loakan kampung sekitar Klaten, bukan impor"),

    ("f097", "post", "twin_offer_loud", "1111", "Open PO karung thrift Korea 🇰🇷 close Jumat! 1 karung ±100 pcs kaos & kemeja, 1,4jt, estimasi 10 hari sampai"),
    ("f097", "post", "hn_twin_po_new", "1011", "Open PO kaos & kemeja Korea 🇰🇷 close Jumat! 1 pak 100 pcs baru polos, 1,4jt, estimasi 10 hari sampai"),

    ("f098", "comment", "twin_offer_regional", "1111", "Roma Siantar masuk lagi bang, jaket & sweater 20rb-an, datang aja ke lapak kami di Pasar Horas"),
    ("f098", "comment", "hn_twin_haul_no_seller", "0111", "Roma Siantar masuk lagi, tadi dapat jaket & sweater 20rb-an, senang kali awak hunting di Pasar Horas"),

    ("f099", "listing", "twin_offer_quiet", "1111", "Tas gunung Deuter ex Jerman, kondisi pakai, resleting normal, 150rb. Ambil di Pasar Senen atau kirim"),
    ("f099", "listing", "hn_twin_new_goods", "1011", "Tas gunung Deuter import Jerman, baru segel, resleting normal, 1,2jt. Ambil di toko Jakpus atau kirim"),

    ("f100", "live", "twin_live_sale", "1111", "Live shopee jam 7 ya, bongkar kiriman Tawau: kemeja kerja & celana bahan 2nd, semua 15rb, siap-siap war!"),
    ("f100", "live", "hn_twin_not_clothing", "1101", "Live shopee jam 7 ya, bongkar kiriman Tawau: panci & rice cooker 2nd, semua 15rb, siap-siap war!"),

    ("f101", "message", "twin_offer_loud", "1111", "Mau jadi dropshipper baju bekas impor? Foto & caption dari kami, kamu tinggal posting, untung 10rb/pcs. Daftar WA 0821xxxx"),
    ("f101", "message", "hn_twin_new_goods", "1011", "Mau jadi dropshipper baju impor baru? Foto & caption dari kami, kamu tinggal posting, untung 10rb/pcs. Daftar WA 0821xxxx"),

    ("f102", "post", "twin_offer_quiet", "1111", "Kaos band vintage asli, bekas, sablon retak2 justru keren 🤘 didatangkan dari Amerika, 120rb. DM @rock.reliks"),
    ("f102", "post", "hn_twin_own_collection", "1110", "Kaos band vintage, bekas koleksi sendiri dari SMA, sablon retak2 justru keren 🤘 120rb. DM @rock.reliks"),

    ("f103", "listing", "twin_offer_quiet", "1111", "Jual per karung: kemeja putih ex Jepang 40kg, sudah disortir, 1,6jt. Gudang Medan Marelan"),
    ("f103", "listing", "hn_twin_not_clothing", "1101", "Jual per karung: kopi robusta ex Jepang 40kg, sudah disortir, 1,6jt. Gudang Medan Marelan"),

    ("f104", "comment", "hn_twin_buyer_question", "0111", "Min, sepatu bekas impor yg di video tadi masih ada ga? yg Nike size 41, mau aku beli kalau masih"),
    ("f104", "comment", "twin_offer_loud", "1111", "Sepatu bekas impor yg di video tadi masih ada ya kak, Nike size 41, 180rb, langsung checkout aja 🙏"),

    ("f105", "profile", "twin_bio_shop", "1111", "Lapak Bang Tigor 🧥 jaket & kemeja seken dari Port Klang | Pajak Sambu Medan | buka jam 9-5"),
    ("f105", "profile", "hn_twin_bio_local_used", "1110", "Lapak Bang Tigor 🧥 jaket & kemeja seken titipan warga | Pajak Sambu Medan | buka jam 9-5"),

    ("f106", "post", "twin_offer_quiet", "1111", "Dress pesta ex Hongkong, dipakai sekali, payet utuh, 90rb. Ambil di toko kami Tanah Abang blok F"),
    ("f106", "post", "hn_twin_sisa_ekspor", "1011", "Dress pesta sisa ekspor Hongkong, belum dipakai, payet utuh, 90rb. Ambil di toko kami Tanah Abang blok F"),

    ("f107", "message", "twin_offer_quiet", "1111", "Bu, jilbab & pashmina ex Malaysia layak pakai, 1 ikat 20 lembar 100rb, muat kapal ke Tarakan Kamis"),
    ("f107", "message", "hn_twin_not_clothing", "1101", "Bu, terpal & tikar ex Malaysia layak pakai, 1 ikat 20 lembar 100rb, muat kapal ke Tarakan Kamis"),

    ("f108", "article", "hn_twin_news", "0111", "Ratusan bal pakaian bekas dari Malaysia dimusnahkan di Entikong, petugas menyebut isinya jaket dan celana jeans."),
    ("f108", "article", "hn_twin_news_local", "0110", "Ratusan karung pakaian bekas sumbangan warga Sanggau dibagikan ke korban banjir, isinya jaket dan celana jeans."),

    ("f109", "listing", "twin_offer_loud", "1111", "BAJU CAKAR MURAH ✨ kemeja & blus 10rb, jaket 25rb, langsung dari bal baru buka. Lapak Pasar Terong Makassar"),
    ("f109", "listing", "hn_twin_not_clothing", "1101", "PERABOT CAKAR MURAH ✨ piring & gelas 10rb, termos 25rb, langsung dari karung baru buka. Lapak Pasar Terong Makassar"),

    ("f110", "comment", "twin_offer_quiet", "1111", "Kak, hoodie ex Korea second size L tinggal 1, 60rb. Kalau jadi aku kirim dari Batam hari ini"),
    ("f110", "comment", "hn_twin_new_goods", "1011", "Kak, hoodie ex Korea baru size L tinggal 1, 160rb. Kalau jadi aku kirim dari Batam hari ini"),

    ("f111", "post", "hn_twin_tutorial", "0111", "Tips cuci baju dari bal impor: rendam air panas + garam 1 jam, jemur di terik, baru setrika. Biar jamur & kutu hilang 🧺"),
    ("f111", "post", "twin_offer_tip_shop", "1111", "Baju dari bal impor kami sudah direndam air panas + garam & disetrika, bebas jamur 🧺 Order langsung di @loakan.rapi"),

    ("f112", "listing", "twin_offer_loud", "1111", "Sepatu pantofel kulit bekas impor Italia, kondisi 80%, size 40-44, 70rb. Ready di Pasar Kebon Kalapa"),
    ("f112", "listing", "hn_twin_local_cobbler", "1110", "Sepatu pantofel kulit second, dipoles ulang tukang sol di Cibaduyut, size 40-44, 70rb. Ready di bengkel kami"),

    ("f113", "message", "twin_offer_quiet", "1111", "Bang, celana training ex Thailand udah dibongkar, layak pakai semua, 7rb sepotong min 30. Dari Tanjungbalai"),
    ("f113", "message", "hn_twin_not_clothing", "1101", "Bang, velg & knalpot ex Thailand udah dibongkar, layak pakai semua, 70rb sepotong min 30. Dari Tanjungbalai"),

    ("f114", "post", "twin_offer_loud", "1111", "Thrifting di toko kami aja ✨ kemeja oversize impor second cuma 25rb, lokasi Jl. Cihampelas 102 Bandung"),
    ("f114", "post", "hn_twin_new_thrift_style", "1011", "Thrift look tanpa bekas ✨ kemeja oversize baru impor Guangzhou cuma 25rb, lokasi Jl. Cihampelas 102 Bandung"),
]
