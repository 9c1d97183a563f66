# Hand-written near-twin families, batch 2.
RECORDS = [
    ("f018", "listing", "twin_offer_loud", "1111", "BAJU BEKAS IMPOR per kilo 45rb, campur kaos/kemeja/celana, min 10kg. Gudang Bekasi, bisa kirim ekspedisi"),
    ("f018", "listing", "hn_twin_not_clothing", "1101", "Besi tua bekas impor per kilo 4,5rb, campur plat/pipa/baut, min 100kg. Gudang Bekasi, bisa kirim ekspedisi"),

    ("f019", "post", "twin_offer_loud", "1111", "Ada yang cari jaket gunung? Baru turun bal dari Entikong, semua second tapi resleting aman. 65rb, mampir ke lapak Jl. Tanjungpura ya"),
    ("f019", "post", "hn_twin_own_wardrobe", "1110", "Ada yang cari jaket gunung? Punyaku sendiri dari jaman kuliah, second tapi resleting aman. 65rb, ambil di Jl. Tanjungpura ya"),

    ("f020", "comment", "twin_offer_quiet", "1111", "kak yg kemeja flanel ex Taiwan masih ada 4, 2nd tapi bersih. 30rb/pc, checkout aja di etalase ya"),
    ("f020", "comment", "hn_twin_not_clothing", "1101", "kak yg kipas angin ex Taiwan masih ada 4, 2nd tapi bersih. 30rb/pc, checkout aja di etalase ya"),

    ("f021", "article", "hn_twin_news", "0111", "Pedagang rombengan di Pasar Tungging Medan mengaku omzet turun separuh sejak kiriman karung dari Port Klang diperketat."),
    ("f021", "listing", "twin_offer_regional", "1111", "Rombengan Pasar Tungging, kiriman karung Port Klang baru buka: kemeja 5rb, celana 8rb. Datang pagi biar dapat yg bagus"),

    ("f022", "message", "twin_offer_loud", "1111", "[BROADCAST] Bal Jepang kualitas super 🇯🇵 isi jaket musim dingin 60pcs, harga 3,2jt + ongkir. Stok terbatas, WA 0813xxxx"),
    ("f022", "message", "hn_twin_new_goods", "1011", "[BROADCAST] Jaket musim dingin import Jepang 🇯🇵 baru BNWT, 1 lusin 3,2jt + ongkir. Stok terbatas, WA 0813xxxx"),
    ("f022", "message", "hn_twin_swap", "0111", "[Grup Tukeran] Aku punya 3 jaket musim dingin dari bal Jepang 🇯🇵, mau tuker sama yg ukuran L. Gak dijual ya, tuker aja"),

    ("f023", "listing", "twin_offer_quiet", "1111", "Sepatu kets sortiran, kondisi 85%, ukuran 39-43, 70rb sepasang. Ambil di Pasar Senen blok III lt. 1"),
    ("f023", "listing", "hn_twin_denial_import", "1110", "Sepatu kets hasil beli putus dari tetangga, bukan sortiran impor, kondisi 85%, ukuran 39-43, 70rb sepasang. COD Senen"),

    ("f024", "post", "hn_twin_haul_no_seller", "0111", "Haul thrift hari ini 🛍️ 3 kemeja linen Jepang + 1 rok plisket, total 90rb. Kalian suka yg mana? #thrifthaul"),
    ("f024", "post", "twin_haul_with_shop", "1111", "Haul thrift hari ini 🛍️ 3 kemeja linen Jepang + 1 rok plisket total 90rb, semua dari @kaisar.thrift, link di bio! #thrifthaul"),

    ("f025", "live", "twin_live_sale", "1111", "Yang join live sekarang, koli baru dibongkar nih! Cardigan & sweater 2nd 20rb, kode S12, buruan sebelum keduluan"),
    ("f025", "live", "hn_twin_not_clothing", "1101", "Yang join live sekarang, koli baru dibongkar nih! Buku & komik 2nd 20rb, kode S12, buruan sebelum keduluan"),

    ("f026", "message", "twin_offer_quiet", "1111", "Permisi bu, stok cawat, BH, daster ex Malaysia datang via Nunukan, layak pakai, 1 ikat 100rb isi 15"),
    ("f026", "message", "hn_twin_sisa_ekspor", "1011", "Permisi bu, stok daster & BH sisa ekspor Malaysia datang via Nunukan, baru semua, 1 ikat 100rb isi 15"),

    ("f027", "comment", "hn_twin_report", "0111", "Udah aku report akun @obral.bundle99 ya, jelas2 jual bundle karungan Korea di marketplace. Ikut report biar diturunin"),
    ("f027", "comment", "twin_recommend_handle", "1111", "Cek akun @obral.bundle99 deh, jual bundle karungan Korea di marketplace, murah2. Aku udah beli 2x aman"),

    ("f028", "listing", "twin_offer_loud", "1111", "Selimut & bed cover bekas impor Jepang, pakai tapi bersih udah laundry, 45rb. Kirim dari Batam pakai kapal"),
    ("f028", "listing", "hn_twin_local_donation", "1110", "Selimut & bed cover sumbangan warga, pakai tapi bersih udah laundry, 45rb. Hasil untuk korban banjir Batam"),
    ("f028", "listing", "hn_twin_new_goods", "1011", "Selimut & bed cover ex Jepang, baru masih plastik, 45rb. Kirim dari Batam pakai kapal"),

    ("f029", "post", "twin_offer_loud", "1111", "Baju Batam murah meriah 😍 kaos bekas impor 3 pcs 20rb, cek story buat pilih, COD Pekanbaru"),
    ("f029", "post", "hn_twin_joke", "0111", "Baju Batam 3 pcs 20rb, abis itu nyokap nanya 'ini baju siapa' 😂 padahal bekas impor katanya anak gaul"),

    ("f030", "article", "hn_twin_news", "0111", "Polisi menyita 18 koli pakaian bekas di gudang Belawan yang rencananya dikirim ke pedagang di Kota Medan."),
    ("f030", "article", "hn_twin_news_not_clothing", "0101", "Polisi menyita 18 koli mesin jahit bekas di gudang Belawan yang rencananya dikirim ke pengusaha di Kota Medan."),

    ("f031", "listing", "twin_offer_quiet", "1111", "Celana cargo grade A, bekas pakai tapi tebal, 35k. Kirim dari Tawau tiap Jumat, order lewat WA 0812xxxx"),
    ("f031", "listing", "hn_twin_po_new", "1011", "PO celana cargo grade A import Tawau, baru jahit pabrik, 35k. Barang masuk tiap Jumat, order lewat WA 0812xxxx"),

    ("f032", "comment", "hn_twin_buyer_question", "0111", "Gan, di Gedebage masih ada yg jual jaket kulit bekas impor gak? nyari yg ukuran XL, budget 150an"),
    ("f032", "comment", "twin_offer_loud", "1111", "Gan, di Gedebage kita masih jual jaket kulit bekas impor, ukuran XL ada 3, 150an. Kios 27 blok C"),

    ("f033", "profile", "twin_bio_shop", "1111", "Preloved fashion 🇰🇷 thrift pilihan dari bal Korea | ukuran S-XL | order via DM | Makassar"),
    ("f033", "profile", "hn_twin_own_wardrobe", "1110", "Preloved fashion 🌸 isi lemari sendiri & adik | ukuran S-XL | order via DM | Makassar"),

    ("f034", "message", "twin_offer_quiet", "1111", "Halo kak, lanjutan yg kemarin: kemeja & blus ex Korea layak pakai per karung 1,9jt, barang di Tanjung Priok"),
    ("f034", "message", "hn_twin_not_clothing", "1101", "Halo kak, lanjutan yg kemarin: laptop & monitor ex Korea layak pakai per karung 1,9jt, barang di Tanjung Priok"),

    ("f035", "post", "hn_twin_rule", "0111", "Peraturan grup: dilarang posting jualan baju bekas impor / bal / balpres. Postingan akan dihapus admin tanpa peringatan."),
    ("f035", "post", "hn_twin_rule_used_new", "0011", "Peraturan grup: dilarang posting jualan baju impor ilegal walau baru segel. Postingan akan dihapus admin tanpa peringatan."),

    ("f036", "listing", "twin_offer_quiet", "1111", "Hoodie Champion second ex Amerika, size M, warna pudar dikit. 85rb, dari Pasar Kebon Kalapa Bogor"),
    ("f036", "listing", "hn_twin_new_goods", "1011", "Hoodie Champion ori ex Amerika, size M, baru ada hangtag. 185rb, toko di Kebon Kalapa Bogor"),

    ("f037", "review", "hn_twin_review_no_seller", "0111", "Pertama kali coba beli cakar di Makassar, ternyata jaket-jaketnya masih bagus, cuma wajib rendam air panas dulu"),
    ("f037", "review", "twin_review_with_shop", "1111", "Pertama kali beli cakar di Toko Lestari Sentral Makassar, jaket masih bagus, cuma wajib rendam air panas. Mampir kesana deh"),
]
