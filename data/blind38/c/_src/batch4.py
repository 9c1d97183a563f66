# Batch 4: families F061-F080
RECORDS = [
    ("F061", "twin_offer_regional_word", "post", 1, 1, 1, 1, "Obok-obok 10rb pilih sendiri! Kaos & kemeja dewasa baru buka karung, lapak kami depan Pasar Tungging, buka sampai magrib"),
    ("F061", "hn_twin_news", "article", 0, 1, 1, 1, "Di depan Pasar Tungging, pembeli mengerubungi tumpukan obok-obok 10 ribuan yang baru dibuka dari karung, pantauan Minggu pagi."),

    ("F062", "twin_offer_loud", "message", 1, 1, 1, 1, "Kontena dari Port Klang sampai minggu depan, isi bal jaket musim dingin pemakaian, 3,8jt per 100 kg, slot tinggal 6"),
    ("F062", "hn_twin_new_stock", "message", 1, 0, 1, 1, "Kontena dari Port Klang sampai minggu depan, isi jaket musim dingin stok toko, baru semua, 3,8jt per 20 pcs, slot tinggal 6"),
    ("F062", "hn_twin_used_tyres", "message", 1, 1, 0, 1, "Kontena dari Port Klang sampai minggu depan, isi ban truk pemakaian, 3,8jt per 10 biji, slot tinggal 6"),

    ("F063", "hn_twin_own_wardrobe", "post", 1, 1, 1, 0, "Mau lepas baju2 kerja yg udah ga muat abis lahiran 😅 blazer, celana bahan, kemeja, 20rb-an semua, Bekasi"),
    ("F063", "twin_offer_short_bale", "post", 1, 1, 1, 1, "Mau lepas isi balan pendek yg baru kubuka 😅 blazer, celana bahan, kemeja kerja, 20rb-an semua, Bekasi"),

    ("F064", "twin_offer_quiet", "listing", 1, 1, 1, 1, "Topi & beanie ex Jepang second, 15rb/pcs, ambil lusinan 150rb, Cimahi"),
    ("F064", "hn_twin_new_old_stock", "listing", 1, 0, 1, 1, "Topi & beanie ex Jepang new old stock, belum pernah dipakai, 35rb/pcs, ambil lusinan 350rb, Cimahi"),

    ("F065", "twin_offer_review_handle", "review", 1, 1, 1, 1, "Udah 5x order baju thrift impor di @thrift.cuan.sby, selalu sesuai foto, packing rapi ⭐⭐⭐⭐⭐"),
    ("F065", "hn_twin_review_no_seller", "review", 0, 1, 1, 1, "Udah 5x beli baju thrift impor, hasilnya untung-untungan, kadang sesuai kadang zonk parah ⭐⭐⭐"),
    ("F065", "hn_twin_personal_closet_shop", "review", 1, 1, 1, 0, "Udah 5x order baju preloved di @lemari.bunda.sby, isinya lemari pribadi si bunda, selalu sesuai foto ⭐⭐⭐⭐⭐"),

    ("F066", "twin_offer_loud", "message", 1, 1, 1, 1, "Ready bal cakar campur isi 200 potong, harga 2,5jt, kirim pakai kapal ke Kendari & Baubau"),
    ("F066", "hn_twin_waste_paper", "message", 1, 1, 0, 1, "Ready bal koran & majalah bekas impor isi 200 kg, harga 2,5jt, kirim pakai kapal ke Kendari & Baubau"),

    ("F067", "twin_offer_quiet", "post", 1, 1, 1, 1, "Seken Jepang datang lagi 😍 kemeja linen 30rb, celana chino 35rb, cek story buat yang mau keep"),
    ("F067", "hn_twin_meme", "post", 0, 1, 1, 1, "POV: mau nabung tapi temen kirim foto seken Jepang, kemeja linen 30rb, chino 35rb 😭 dompet auto nangis"),

    ("F068", "twin_offer_loud", "comment", 1, 1, 1, 1, "Sneakers Nike thrift Amerika 2nd, uk 43, insole baru diganti, 200rb, bisa cek fisik di Blok M"),
    ("F068", "hn_twin_preorder", "comment", 1, 0, 1, 1, "PO sneakers Nike dari Amerika, uk 36-45, estimasi 3 minggu, DP 200rb, bisa ambil di Blok M"),

    ("F069", "twin_offer_loud", "listing", 1, 1, 1, 1, "Selimut tebal thrift Jepang, double size, sudah laundry, 65rb, Malang kota"),
    ("F069", "hn_twin_moving_out", "listing", 1, 1, 1, 0, "Selimut tebal seken dari rumah sendiri, double size, sudah laundry, mau pindah kos, 65rb, Malang kota"),

    ("F070", "hn_twin_news", "article", 0, 1, 1, 1, "Polisi menyita 90 karung baju bekas kiriman Malaysia di gudang Entikong, pemiliknya diduga pemasok pasar-pasar di Sanggau."),
    ("F070", "twin_offer_partai", "message", 1, 1, 1, 1, "Ada 90 karung baju bekas kiriman Malaysia di gudang Entikong, pemasok pasar Sanggau silakan ambil, harga nego"),
    ("F070", "hn_twin_news_not_clothing", "article", 0, 1, 0, 1, "Polisi menyita 90 karung botol plastik bekas kiriman Malaysia di gudang Entikong, diduga untuk pengepul di Sanggau."),

    ("F071", "twin_offer_quiet", "post", 1, 1, 1, 1, "Daster Bangkok pemakaian sebentar, adem, 3 pcs 50rb, ongkir dari Banjarmasin"),
    ("F071", "hn_twin_new_goods", "post", 1, 0, 1, 1, "Daster Bangkok baru, adem, bahan rayon, 3 pcs 50rb, ongkir dari Banjarmasin"),

    ("F072", "twin_offer_loud", "message", 1, 1, 1, 1, "Bang saya ada stok bal Korea 10 bal, mau ambil berapa? Harga bisa diatur"),
    ("F072", "hn_twin_refuses_order", "message", 0, 1, 1, 1, "Maaf bang, saya udah ga terima pesanan bal Korea lagi, ga mau ambil resiko, cari yg lain aja ya"),

    ("F073", "twin_offer_live", "live", 1, 1, 1, 1, "Gaes tas selempang kulit thrift Italia ini bekas pakai tapi mulus, 180rb, yang serius ketik TS"),
    ("F073", "hn_twin_spouse_item", "live", 1, 1, 1, 0, "Gaes tas selempang kulit ini bekas pakai istriku, dulu beli di Sarinah, mulus, 180rb, yang serius ketik TS"),

    ("F074", "hn_twin_used_phone", "listing", 1, 1, 0, 1, "iPhone XR ex Jepang second, bh 82%, 2,4jt, Medan Johor"),
    ("F074", "twin_offer_quiet", "listing", 1, 1, 1, 1, "Coat panjang ex Jepang second, wol 80%, 240rb, Medan Johor"),

    ("F075", "twin_offer_market_source", "post", 1, 1, 1, 1, "Ambilan langsung Gedebage ✨ kemeja oversize bekas 35rb, free totebag tiap beli 3, cek IG @lemari.ambilan"),
    ("F075", "hn_twin_decor_items", "post", 1, 1, 0, 1, "Ambilan langsung Gedebage ✨ vas & pajangan keramik bekas 35rb, free bubble wrap tiap beli 3, cek IG @lemari.ambilan"),
    ("F075", "hn_twin_opinion_question", "post", 0, 1, 1, 1, "Dapet kemeja oversize bekas 35rb ambilan langsung Gedebage, menurut kalian worth it ga? 🤔"),

    ("F076", "twin_offer_loud", "listing", 1, 1, 1, 1, "Celana training Adidas bekas impor Korea, pinggang karet, 40rb, ready 8 pcs, Bogor"),
    ("F076", "hn_twin_new_goods", "listing", 1, 0, 1, 1, "Celana training Adidas ex Korea baru, pinggang karet, 140rb, ready 8 pcs full tag, Bogor"),

    ("F077", "twin_offer_regional_word", "comment", 1, 1, 1, 1, "Rombengan dari kapal baru turun kak, kemeja & batik, 20rb dapet 3, lapaknya depan masjid raya"),
    ("F077", "hn_twin_mosque_bazaar", "comment", 1, 1, 1, 0, "Rombengan warga kompleks kak, kemeja & batik sumbangan buat bazar masjid, 20rb dapet 3, lapaknya depan masjid raya"),

    ("F078", "twin_offer_quiet", "message", 1, 1, 1, 1, "Per koli 50kg ex Taiwan, isi kaos oblong bekas masih layak, 1,2jt, franco Belawan"),
    ("F078", "hn_twin_majun", "message", 1, 1, 0, 1, "Per koli 50kg ex Taiwan, isi majun potongan kaos bekas buat lap mesin, 600rb, franco Belawan"),

    ("F079", "hn_twin_buyer_question", "comment", 0, 1, 1, 1, "Ada yg tau tempat jual jaket gunung bekas Korea di Malang? Budget 100rb"),
    ("F079", "twin_offer_reply_handle", "comment", 1, 1, 1, 1, "Jaket gunung bekas Korea ready di tempatku kak, Malang, 100rb dapet, cek IG @outdoorseken.mlg"),

    ("F080", "twin_offer_profile", "profile", 1, 1, 1, 1, "Kedai Monja Bu Rita | Simalingkar B | jaket, kemeja, tas, sepatu pilihan monja | buka tiap Kamis & Minggu"),
    ("F080", "hn_twin_new_import", "profile", 1, 0, 1, 1, "Kedai Bu Rita | Simalingkar B | jaket, kemeja, tas, sepatu baru impor Guangzhou | buka tiap Kamis & Minggu"),
    ("F080", "hn_twin_closed_shop", "post", 0, 1, 1, 1, "Kedai Monja Bu Rita di Simalingkar B udah tutup permanen ya kawan, jaket & tas monja udah ga dijual lagi"),
]
