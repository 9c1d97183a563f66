# Batch 1: families F001-F020. Tuple: (family, category, kind, offer, used, clothing, abroad, text)
RECORDS = [
    ("F001", "twin_offer_quiet", "listing", 1, 1, 1, 1, "Jaket denim Levi's uk L, grade A karungan Tanjungbalai, mulus no noda. 85rb aja, COD seputaran Medan kota"),
    ("F001", "hn_twin_new_goods", "listing", 1, 0, 1, 1, "Jaket denim Levi's ukuran L, baru BNWT masuk lewat Tanjungbalai, kancing & label lengkap. 185rb, COD seputaran Medan kota"),

    ("F002", "twin_offer_loud", "post", 1, 1, 1, 1, "Bongkar bal Korea hari ini jam 4 sore gaes 🔥 kemeja, hoodie, celana kulot mulai 20rb. Lokasi Gedebage blok C, langsung serbu!"),
    ("F002", "hn_twin_not_clothing", "post", 1, 1, 0, 1, "Bongkar bal Korea jam 4 sore gaes 🔥 isinya kardus bekas, duplex, kertas HVS sisa kantor, mulai 2rb/kg. Gudang Gedebage blok C"),
    ("F002", "hn_twin_haul_no_seller", "post", 0, 1, 1, 1, "Abis ikut bongkar bal Korea tadi sore 🔥 dapet kemeja, hoodie, kulot cuma 20rban. Capek desak2an tapi puas, nanti aku review satu2"),

    ("F003", "twin_offer_quiet", "message", 1, 1, 1, 1, "Bu, koli Jepang yg campur anak sdh dtg. Per koli 100 kg 4,2jt, isi kaos, celana pendek, daster. Mau ambil brp? 0812xxxx"),
    ("F003", "hn_twin_household_goods", "message", 1, 1, 0, 1, "Bu, koli Jepang yg isi panci, teflon & rice cooker second sdh dtg. Per koli 4,2jt campur merk. Mau ambil brp? WA 0812xxxx"),

    ("F004", "hn_twin_buyer_question", "comment", 0, 1, 1, 1, "Kak masih ada baju thrift bekas impor ukuran XL ga? Aku nyari yg flanel kotak2, mau beli 2"),
    ("F004", "twin_offer_loud", "comment", 1, 1, 1, 1, "Masih ada kak baju thrift bekas impor ukuran XL, flanel kotak2 tinggal 2, langsung checkout aja di keranjang kuning ya"),

    ("F005", "twin_offer_quiet", "profile", 1, 1, 1, 1, "Lapak Uda Rizal 🧥 Pajak Melati los 12 | jaket & sepatu ex Korea, kondisi 85-95% | buka Selasa, Jumat, Minggu | DM utk video"),
    ("F005", "hn_twin_new_stock", "profile", 1, 0, 1, 1, "Lapak Uda Rizal 🧥 Pajak Melati los 12 | jaket & sepatu ex Korea, baru semua, label & box lengkap | buka Selasa, Jumat, Minggu | DM"),
    ("F005", "hn_twin_local_source", "profile", 1, 1, 1, 0, "Lapak Uda Rizal 🧥 Tanjung Anom | jaket & sepatu titipan tetangga sekampung, kondisi 85-95%, bukan barang kapal | DM utk video"),

    ("F006", "hn_twin_news", "article", 0, 1, 1, 1, "Petugas Bea Cukai Batam menggagalkan masuknya 320 koli pakaian bekas dari Singapura yang disembunyikan di bawah muatan kelapa, Selasa malam."),
    ("F006", "twin_offer_partai", "message", 1, 1, 1, 1, "Ready 320 koli pakaian bekas impor dari Singapura, baru turun Batam Selasa malam. Yang mau ambil partai japri, harga miring buat toke"),

    ("F007", "twin_offer_review_handle", "review", 1, 1, 1, 1, "Beli 3 kemeja di @lemari.kak.ros, katanya sortiran Jepang, wanginya ga apek, jahitan aman. Bakal order lagi!"),
    ("F007", "hn_twin_new_import_review", "review", 1, 0, 1, 1, "Beli 3 kemeja di @lemari.kak.ros, produk Jepang baru, masih ada tag harga yen, jahitan rapi. Bakal order lagi!"),

    ("F008", "twin_offer_live", "live", 1, 1, 1, 1, "Oke yang ini hoodie Champion bal Amrik grade A ya kak, 75rb, ketik MAU plus nomor 7, siapa cepat dia dapat!"),
    ("F008", "hn_twin_own_wardrobe", "live", 1, 1, 1, 0, "Oke yang ini hoodie Champion preloved punya adekku sendiri ya kak, dipake 2x doang, 75rb, ketik MAU plus nomor 7!"),

    ("F009", "twin_offer_loud", "post", 1, 1, 1, 1, "Cakar baru buka karung di Pasar Toddopuli, celana jeans 15rb, kemeja 10rb, datang mki sebelum habis 😁 #cakarmakassar"),
    ("F009", "hn_twin_joke", "post", 0, 1, 1, 1, "Kalau ada yg tanya kenapa gajiku habis: cakar buka karung, jeans 15rb, kemeja 10rb, siapa yg tahan coba 😭 #cakarmakassar"),
    ("F009", "hn_twin_new_goods", "post", 1, 0, 1, 1, "Buka karung stok baru di Toddopuli: celana jeans impor Guangzhou 45rb, kemeja 35rb, masih plastik semua 😁 datang mki"),

    ("F010", "twin_offer_broadcast", "message", 1, 1, 1, 1, "Info reseller 📢 baju thrift layak pakai per kilo ex Malaysia masuk Kamis, 45rb/kg min 10kg, atasan cewek dominan. Format: nama-alamat-jml"),
    ("F010", "hn_twin_majun", "message", 1, 1, 0, 1, "Info reseller 📢 majun kaos layak pakai per kilo ex Malaysia masuk Kamis, 9rb/kg min 10kg, buat bengkel & pabrik. Format: nama-alamat-jml"),

    ("F011", "hn_twin_complaint", "comment", 0, 1, 1, 1, "Min tolong cek lapak @ootd.seken.jkt, jual kemeja bekas impor katanya bersih taunya bau kapur barus & ada jamur. Jgn beli di situ"),
    ("F011", "twin_offer_recommend", "comment", 1, 1, 1, 1, "Rekomen lapak @ootd.seken.jkt, kemeja bekas impornya bersih wangi ga ada jamur, harga 30an. Langsung cek aja guys"),

    ("F012", "twin_offer_quiet", "listing", 1, 1, 1, 1, "Sepatu lari Asics uk 42 ex Jepang, sol masih tebal 80%, 120rb nego tipis, Surabaya bisa kirim"),
    ("F012", "hn_twin_own_purchase", "listing", 1, 1, 1, 0, "Sepatu lari Asics uk 42 beli sendiri di Tunjungan Plaza, baru kepake 3 bulan, kekecilan. 120rb nego tipis, Surabaya bisa kirim"),

    ("F013", "twin_offer_reseller", "post", 1, 1, 1, 1, "Open reseller baju awul-awul Jogja, ambil per karung 50kg dapat harga 1,8jt, free sortir. DM buat gabung grup 🙏"),
    ("F013", "hn_twin_group_rule", "post", 0, 1, 1, 1, "Aturan grup: dilarang promosi baju awul-awul, jualan per karung atau open reseller di sini. Yang nekat langsung kick 🙏"),
    ("F013", "hn_twin_jute_sack", "post", 1, 1, 0, 1, "Open reseller karung goni bekas ex India, per bendel 50 lembar 180rb, cocok buat gudang beras & pasir. DM buat gabung grup 🙏"),

    ("F014", "hn_twin_news", "article", 0, 1, 1, 1, "Pedagang di Pasar Senen Blok III mengaku stok jaket bekas impor menipis sejak pasokan bal dari Bandung tersendat."),
    ("F014", "twin_offer_stall", "post", 1, 1, 1, 1, "Stok jaket bekas impor di kios kami Senen Blok III masih ada walau bal dari Bandung tersendat, mampir kak, buka jam 9"),

    ("F015", "twin_offer_quiet", "message", 1, 1, 1, 1, "Kak td nanya gamis ya, ini ada 5 pcs dr karung Dumai kemarin, ada yg kancing copot 1, 40rb/pc. Ambil semua 180 aja"),
    ("F015", "hn_twin_denial", "message", 1, 1, 1, 0, "Kak td nanya gamis ya, ini 5 pcs bekas lebaran punya ibu sy sendiri, bukan dr karung, ada yg kancing copot 1, 40rb/pc. Semua 180"),

    ("F016", "hn_twin_used_phone", "live", 1, 1, 0, 1, "Lanjut kak, ini HP second ex Jepang Pixel 6, batre 87%, 1,9jt aja, yang mau ketik P6!"),
    ("F016", "twin_offer_loud", "live", 1, 1, 1, 1, "Lanjut kak, ini coat wol bekas impor Jepang merk Uniqlo, mulus 90%, 95rb aja, yang mau ketik C6!"),

    ("F017", "twin_offer_quiet", "message", 1, 1, 1, 1, "Bang stok lewat Entikong sudah masuk gudang, jaket kulit & sweater seken, per karung 2,3jt. Ambil 2 karung diskon ongkos ke Sintang"),
    ("F017", "hn_twin_buyer_question", "message", 0, 1, 1, 1, "Bang, katanya jaket kulit & sweater seken lewat Entikong sudah masuk gudang ya? Per karung berapa skrg? Sy tanya2 dulu"),
    ("F017", "hn_twin_used_machine", "message", 1, 1, 0, 1, "Bang stok lewat Entikong sudah masuk gudang, mesin jahit seken merk Juki, per unit 2,3jt. Ambil 2 diskon ongkos ke Sintang"),

    ("F018", "hn_twin_haul_no_seller", "post", 0, 1, 1, 1, "Haul monza minggu ini 🛍️ blazer wol 35rb, rok plisket 20rb, tas kulit 60rb. Puas kali hunting pagi2 #monzamedan"),
    ("F018", "twin_offer_haul_link", "post", 1, 1, 1, 1, "Haul monza minggu ini 🛍️ blazer wol 35rb, rok plisket 20rb, tas kulit 60rb, semua dari @monza.kak.butet, link di bio ya #monzamedan"),

    ("F019", "twin_offer_loud", "listing", 1, 1, 1, 1, "Celana cargo thrift import Korea, all size 28-34, 55rb/pcs, beli 3 free ongkir Jabodetabek"),
    ("F019", "hn_twin_new_import", "listing", 1, 0, 1, 1, "Celana cargo import Korea barang baru, all size 28-34, tag lengkap, 89rb/pcs, beli 3 free ongkir Jabodetabek"),

    ("F020", "twin_offer_loud", "comment", 1, 1, 1, 1, "Sabtu ini buka lapak di CFD Dago ya, jaket gunung thrift Korea, udah dicuci semua, 50-90rb, cari tenda biru"),
    ("F020", "hn_twin_church_bazaar", "comment", 1, 1, 1, 0, "Sabtu ini bazar gereja di halaman GKI Dago ya, jaket gunung preloved sumbangan jemaat, udah dicuci, 50-90rb, hasil buat panti"),
]
