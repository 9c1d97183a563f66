# batch 01: families F001-F020, written by hand
# (family, kind, category, text, offer, used, clothing, abroad)
RECORDS = [
    ("F001", "listing", "twin_offer_quiet", "Kemeja flanel seken ex Jepang, kondisi 90% ada noda tipis di kerah, 35rb aja. COD Cimahi ya kak", 1, 1, 1, 1),
    ("F001", "listing", "hn_twin_new_goods", "Kemeja flanel ex Jepang, masih baru segel plastik, 135rb aja. COD Cimahi ya kak, stok dikit", 1, 0, 1, 1),
    ("F001", "comment", "hn_twin_buyer_question", "ada yg jual kemeja flanel seken ex jepang kondisi 90an di cimahi? budget 35rb, bisa cod", 0, 1, 1, 1),

    ("F002", "post", "twin_offer_loud", "Buka karung baru hari ini! Balpres Korea isi jaket & hoodie, 100rb dapet 3, langsung ke lapak kami blok C Gedebage 🔥", 1, 1, 1, 1),
    ("F002", "post", "hn_twin_not_clothing", "Buka kontainer baru hari ini! Onderdil motor bekas copotan Jepang, 100rb dapet 3 item, langsung ke lapak kami blok C 🔧", 1, 1, 0, 1),

    ("F003", "message", "twin_offer_quiet", "Jaket outdoor grade A per koli, isi 120an pcs, siap kirim dari Pekanbaru. Minat japri 0812xxxx", 1, 1, 1, 1),
    ("F003", "message", "hn_twin_own_wardrobe", "Jaket outdoor bekas pakai sendiri, 12 pcs, masih layak, siap kirim dari Pekanbaru. Minat japri 0812xxxx", 1, 1, 1, 0),

    ("F004", "post", "twin_offer_loud", "Thrift haul mingguan 🔥 semua dari bal Jepang, mulai 20rb. Cek katalog di @lemari.kaia_ yaa", 1, 1, 1, 1),
    ("F004", "post", "hn_twin_haul_no_seller", "Thrift haul mingguan 🔥 nemu dari bal Jepang pas ke pasar, cuma 20rb-an. Puas bgt sama hasilnya hehe", 0, 1, 1, 1),
    ("F004", "post", "hn_twin_new_goods", "Haul restock mingguan 🔥 kaos Uniqlo baru BNWT titipan dari Jepang, mulai 89rb. Cek katalog di @lemari.kaia_ yaa", 1, 0, 1, 1),

    ("F005", "live", "twin_offer_quiet", "Live jam 8 malem ya guys, bongkar karungan Korea, dress sama blouse 25rb, ketik CO + nomor", 1, 1, 1, 1),
    ("F005", "live", "hn_twin_not_clothing", "live jam 8 malem guys, bongkar kardus isi panci & teflon bekas Korea, 25rb-an, ketik CO + nomor ya", 1, 1, 0, 1),

    ("F006", "message", "twin_offer_loud", "Bos, stok cakar Pare baru masuk, sweater anak per ikat 150rb, mau diambil brp ikat?", 1, 1, 1, 1),
    ("F006", "message", "hn_twin_quit", "Bos, cakar Pare sy udah ga jual lagi ya, kapok kena sweeping kemarin. Cari ke yg lain aja", 0, 1, 1, 1),

    ("F007", "listing", "twin_offer_quiet", "Celana cargo army ex Amerika, seken mulus, 85rb, ukuran campur 30-34, kirim dari Tangerang", 1, 1, 1, 1),
    ("F007", "listing", "hn_twin_new_goods", "Celana cargo army ex Amerika, baru dengan tag, 185rb, ukuran 30-34 lengkap, kirim dari Tangerang", 1, 0, 1, 1),
    ("F007", "listing", "hn_twin_new_and_local", "Celana cargo model army, baru dari konveksi sendiri di Tangerang, 85rb, ukuran 30-34 lengkap", 1, 0, 1, 0),

    ("F008", "profile", "twin_offer_loud", "Supplier bal thrift Batam 🇸🇬🇯🇵 | ecer & grosir | kirim seluruh Indonesia | WA 0813xxxx", 1, 1, 1, 1),
    ("F008", "profile", "hn_twin_upcycle", "Jahit ulang baju bekas jadi tas & outer 🪡 | bahan dari lemari pelanggan sendiri | Batam | WA 0813xxxx", 1, 1, 1, 0),

    ("F009", "comment", "twin_offer_quiet", "Masih ada kak, sisa 3 dari koli yg kemarin, hoodie Champion size L 60rb. Cek DM", 1, 1, 1, 1),
    ("F009", "comment", "hn_twin_new_goods", "Masih ada kak, sisa 3 dari restock kemarin, hoodie Champion ori baru ex USA size L 460rb. Cek DM", 1, 0, 1, 1),

    ("F010", "article", "hn_twin_news", "Petugas di Tanjungbalai menyita 230 karung pakaian bekas asal Malaysia dari kapal kayu tanpa dokumen, Selasa dini hari.", 0, 1, 1, 1),
    ("F010", "article", "hn_twin_news_not_clothing", "Petugas di Tanjungbalai menyita 230 koli ponsel bekas asal Malaysia dari kapal kayu tanpa dokumen, Selasa dini hari.", 0, 1, 0, 1),
    ("F010", "post", "twin_offer_quiet", "Ready 230 karung pakaian bekas Malaysia, baru sandar di Tanjungbalai. Harga grosir, tanya2 dulu boleh 🙏", 1, 1, 1, 1),

    ("F011", "listing", "twin_offer_quiet", "Sepatu lari Asics size 42, ex Jepang, sol masih tebel, bekas pemakaian wajar. 150rb nego tipis", 1, 1, 1, 1),
    ("F011", "listing", "hn_twin_own_wardrobe", "Sepatu lari Asics size 42, beli sendiri di Grand Indonesia, sol masih tebel, bekas pemakaian wajar. 150rb nego", 1, 1, 1, 0),

    ("F012", "review", "hn_twin_review_no_seller", "Beli jaket dari bal Korea di pasar, bau apek tp setelah direndam 2x udah wangi. Bahannya tebel ✨", 0, 1, 1, 1),
    ("F012", "review", "twin_offer_loud", "Jaket dari bal Korea di @gudang.ruri bau apek dikit tp setelah direndam wangi. Bahan tebel, recommended seller ✨", 1, 1, 1, 1),

    ("F013", "message", "twin_offer_quiet", "Ready roma Singapura campur, per karung 50 kg, 3,2jt sampe Pontianak, minat langsung tf DP ya", 1, 1, 1, 1),
    ("F013", "message", "hn_twin_not_clothing", "Ready kardus bekas Singapura campur, per karung 50 kg, 320rb sampe Pontianak, minat langsung tf DP ya", 1, 1, 0, 1),

    ("F014", "post", "twin_offer_loud", "OPEN PO bal thrift Jepang isi 200 pcs 👕 DP 50% close Jumat, kirim dari gudang Bekasi", 1, 1, 1, 1),
    ("F014", "post", "hn_twin_new_goods", "OPEN PO kaos polos Jepang isi 200 pcs 👕 baru semua masih plastik, DP 50% close Jumat, kirim dari gudang Bekasi", 1, 0, 1, 1),

    ("F015", "comment", "hn_twin_joke", "dompet: tipis. lemari: penuh baju 2nd ex Korea. mamak: 'ini kau beli dari orang mati kah?' 😭", 0, 1, 1, 1),
    ("F015", "comment", "twin_offer_quiet", "dompet tipis? lemari tetap penuh, baju 2nd ex Korea mulai 15rb di lapak kami Pasar Melati, datang aja kak 😁", 1, 1, 1, 1),

    ("F016", "listing", "twin_offer_quiet", "Tas kulit wanita second, lungsuran Hongkong, jahitan rapi, resleting aman. 90rb, free bubble wrap", 1, 1, 1, 1),
    ("F016", "listing", "hn_twin_family_source", "Tas kulit wanita second, punya almarhumah tante, jahitan rapi, resleting aman. 90rb, free bubble wrap", 1, 1, 1, 0),

    ("F017", "live", "twin_offer_loud", "Yang baru join, ini bal Jepang grade super ya, satu 35rb, sisa 8 kemeja, gas ketik mau!", 1, 1, 1, 1),
    ("F017", "live", "hn_twin_not_clothing", "yang baru join, ini HP second dari Jepang grade super ya, satu 350rb, sisa 8 unit, gas ketik mau!", 1, 1, 0, 1),

    ("F018", "post", "hn_twin_rule", "Grup ini tidak menerima iklan baju bekas dari luar negeri (balpres). Postingan akan dihapus admin tanpa peringatan.", 0, 1, 1, 1),
    ("F018", "post", "twin_offer_loud", "Grup sebelah hapus2 iklan balpres, di sini aman 😎 Baju bekas luar negeri mulai 10rb, japri 0857xxxx", 1, 1, 1, 1),

    ("F019", "message", "twin_offer_quiet", "Kak ini foto2 kemeja dari Tawau, masih layak pakai semua, 40rb per lembar ya, ongkir ke Tarakan 15rb", 1, 1, 1, 1),
    ("F019", "message", "hn_twin_church_bazaar", "Kak ini foto2 kemeja sumbangan jemaat, masih layak pakai semua, 10rb per lembar buat bazar gereja Tarakan ya", 1, 1, 1, 0),

    ("F020", "article", "hn_twin_trader_quoted", "'Sekarang ambil dari Entikong susah, barang sering ketahan,' kata Yanti, pedagang pakaian bekas di Pontianak.", 0, 1, 1, 1),
    ("F020", "message", "twin_offer_quiet", "Barang dari Entikong udah sampe kak, pakaian layak pakai campur, 20rb per potong, mau diambil sekarang?", 1, 1, 1, 1),
]
