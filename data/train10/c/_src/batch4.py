# Hand-written one-liners, batch 4. Tuple: (family, category, kind, offer, used, clothing, abroad, text)
DATA = [
("F051", "twin_live_quiet", "live", 1, 1, 1, 1, "Kak ini kemeja flanel dari Gedebage ya, ada pemakaian, 30 ribu aja, yang mau langsung checkout keranjang 5"),
("F051", "hn_twin_own_wardrobe", "live", 1, 1, 1, 0, "Kak ini flanel koleksi suamiku sendiri ya, ada pemakaian, 30 ribu aja, mau langsung checkout keranjang 5"),

("F052", "twin_post_loud", "post", 1, 1, 1, 1, "Jaket varsity bekas Amerika masuk lagi! 120rb, size L-XL, first come first serve 🏈 #varsityjacket #thriftsurabaya"),
("F052", "hn_twin_new_goods", "post", 1, 0, 1, 1, "Jaket varsity baru import Amerika masuk lagi! 320rb, lengkap tag, size L-XL, siapa cepat dia dapat 🏈 #varsityjacket"),

("F053", "twin_review_seller", "review", 1, 1, 1, 1, "Lapak @monza.kak_ros amanah, kemeja monza 3 biji 50rb, wangi pula udah dicuci, next order lagi 🥰"),
("F053", "hn_twin_local_source", "review", 1, 1, 1, 0, "Lapak @preloved.kak_ros amanah, kemeja bekas anak-anaknya 3 biji 50rb, wangi pula, next order lagi 🥰"),

("F054", "twin_tweet_loud", "post", 1, 1, 1, 1, "butuh duit, lepas 4 jaket korduroi thrift ex Jepang, 60an, bekas tp tebel, Bogor COD"),
("F054", "hn_twin_denial_import", "post", 1, 1, 1, 0, "butuh duit, lepas 4 jaket korduroi bekas kakakku, bukan impor ya, dulu beli di Pasar Baru, 60an, Bogor COD"),

("F055", "twin_listing_loud", "listing", 1, 1, 1, 1, "Bal Sepatu Campur Ex Thailand ±50 Pasang, Thrift Quality, 4,5jt, Gudang Medan"),
("F055", "hn_twin_not_clothing", "listing", 1, 1, 0, 1, "Bal Velg Mobil Campur Ex Thailand ±50 Pcs, Bekas Pakai, 4,5jt, Gudang Medan"),
("F055", "hn_twin_new_goods", "listing", 1, 0, 1, 1, "Paket Sepatu Campur Import Thailand ±50 Pasang, Baru Semua Ada Box, 9jt, Gudang Medan"),

("F056", "twin_message_quiet", "message", 1, 1, 1, 1, "Say, jadi ambil 1 kodi rok bekas Korea? harga tetep 400rb ya, aku kirim besok lewat J&T"),
("F056", "hn_twin_new_goods", "message", 1, 0, 1, 1, "Say, jadi ambil 1 kodi rok baru impor Korea? masih plastik semua, tetep 900rb ya, kukirim besok lewat J&T"),

("F057", "twin_comment_loud", "comment", 1, 1, 1, 1, "Aku reseller thrift Senen, kaos band vintage 75rb, asli bekas impor, tinggal cek highlight kak"),
("F057", "hn_twin_own_wardrobe", "comment", 1, 1, 1, 0, "Aku lepas kaos band lama koleksi pribadi 75rb, kenang-kenangan nonton konser di Jakarta, cek highlight kak"),

("F058", "twin_live_quiet", "live", 1, 1, 1, 1, "Nah ini tas Coach 2nd kak, barang Jepang, ada lecet di sudut, 250 aja, yang serius ketik COACH"),
("F058", "hn_twin_new_goods", "live", 1, 0, 1, 1, "Nah ini tas Coach new kak, barang Jepang, lengkap dustbag & kartu, 1,8 juta, yang serius ketik COACH"),

("F059", "twin_post_loud", "post", 1, 1, 1, 1, "Sale baju bekas impor di garasi rumah Sabtu ini! semua 10-20rb, dari bal Korea terbaru 🛒 #garagesale #bajubekas"),
("F059", "hn_twin_school_bazaar", "post", 1, 1, 1, 0, "Bazar baju bekas SD Tunas Harapan Sabtu ini! semua 10-20rb, dari sumbangan orang tua murid 🛒 #bazarsekolah"),

("F060", "twin_review_seller", "review", 1, 1, 1, 1, "Kemeja Ralph Lauren ex USA dari Bundle Kedai Anto, seken tapi kerahnya masih kaku, recommended!"),
("F060", "hn_twin_new_goods", "review", 1, 0, 1, 1, "Kemeja Ralph Lauren import USA dari Kedai Anto, baru masih plastik, kerahnya kaku, recommended pokoknya!"),

("F061", "twin_tweet_loud", "post", 1, 1, 1, 1, "buka slot bal kecil baju bekas Jepang 25kg, DP 50%, dateng via Batam 2 minggu, sisa 3 slot"),
("F061", "hn_twin_not_clothing", "post", 1, 1, 0, 1, "buka slot bal kecil buku bekas Jepang 25kg, DP 50%, nyampe via Batam 2 minggu, sisa 3 slot lagi"),

("F062", "twin_post_loud", "post", 1, 1, 1, 1, "Lagi beres-beres stok bal dari Tanjungpinang, rok jeans seken 35rb, kaos anak 10rb, mampir ya bu ibu 🌼"),
("F062", "hn_twin_family_clearout", "post", 1, 1, 1, 0, "Lagi beres-beres lemari anak, rok jeans seken 35rb, kaos anak 10rb, semua dari rumah sendiri, mampir ya bu ibu 🌼"),

("F063", "twin_live_quiet", "live", 1, 1, 1, 1, "Roma masuk lagi nih, celana training bekas Malaysia 20rb, ambil 5 jadi 90, yang mau klik pin ya"),
("F063", "hn_twin_new_goods", "live", 1, 0, 1, 1, "Barang masuk lagi nih, celana training baru dari Malaysia, 45rb, ambil 5 jadi 200, yang mau klik pin ya"),

("F064", "twin_comment_loud", "comment", 1, 1, 1, 1, "Kak aku jual juga gaun pesta bekas impor Hongkong, 1x pake, 90rb, pengiriman dari Balikpapan"),
("F064", "hn_twin_complaint", "comment", 0, 1, 1, 1, "Kak aku beli gaun pesta bekas impor Hongkong 1x pake di akun ini 90rb, sampe skrg gak dikirim, Balikpapan sini, tolong"),

("F065", "twin_profile_quiet", "profile", 1, 1, 1, 1, "Lemari Mbak Nis 👗 dress & outer ex Korea per karung | ecer ok | kirim se-Jawa | cek katalog di highlight"),
("F065", "hn_twin_own_wardrobe", "profile", 1, 1, 1, 0, "Lemari Mbak Nis 👗 dress & outer pribadi, layak pakai | ecer ok | kirim se-Jawa | bukan barang karungan"),

("F066", "twin_listing_quiet", "listing", 1, 1, 1, 1, "Selimut Tebal Ex Jepang Bekas Hotel, Dicuci Bersih, 85rb/lembar, Grosir Minimal 20"),
("F066", "hn_twin_not_clothing", "listing", 1, 1, 0, 1, "Kursi Lipat Ex Jepang Bekas Hotel, Sudah Dibersihkan, 185rb/unit, Grosir Minimal 20"),

("F067", "hn_twin_swap", "message", 0, 1, 1, 1, "Jeng, kita tukeran aja yuk, jaket bulu ex Korea punyaku sama sweater seken punyamu, ga usah bayar2an"),
("F067", "twin_message_quiet", "message", 1, 1, 1, 1, "Jeng, jaket bulu ex Korea yang kamu tanya kemarin aku lepas 70rb ya, seken tapi masih lembut"),

("F068", "hn_twin_church_bazaar", "post", 1, 1, 1, 0, "Bazar Natal Gereja St. Yosef: pakaian layak pakai sumbangan umat, 5-15rb, hasilnya untuk panti 🎁 #bazarnatal"),
("F068", "twin_post_loud", "post", 1, 1, 1, 1, "Obral Natal di ruko kami: baju bekas impor dari koli Batam, 5-15rb, buruan sebelum habis 🎁 #obralnatal"),
]
