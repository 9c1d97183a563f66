# Batch 7: families F121-F135 (pairs)
RECORDS = [
    ("F121", "twin_offer_live", "live", 1, 1, 1, 1, "Awul-awul Jogja live sore ini 🎥 kemeja pantai & kaos 15rb, yang mau komen AW + nomor"),
    ("F121", "hn_twin_shopping_tips", "article", 0, 1, 1, 1, "Tips belanja awul-awul di Jogja: datang pagi, bawa tas sendiri, kemeja pantai & kaos 15 ribuan masih bisa ditawar."),

    ("F122", "twin_offer_jastip", "comment", 1, 1, 1, 1, "@jastip.senen siap jastip ke Pasar Senen Sabtu ini, titip jaket bekas impor fee 10rb/pcs"),
    ("F122", "hn_twin_trip_invite", "comment", 0, 1, 1, 1, "Ada yg mau bareng ke Pasar Senen Sabtu ini? Mau cari jaket bekas impor, patungan ongkos grab"),

    ("F123", "twin_offer_loud", "post", 1, 1, 1, 1, "Baru dapet setengah bal dari Batam, isinya kemeja kantor, aku lepas 20rb-an ke temen2 kantor, japri"),
    ("F123", "hn_twin_giveaway_friends", "post", 0, 1, 1, 1, "Dapet setengah bal dari Batam, isinya kemeja kantor, aku bagi2 gratis ke temen2 kantor aja deh 😄"),

    ("F124", "twin_offer_quiet", "message", 1, 1, 1, 1, "Halo kak, stok abaya ex Arab Saudi bekas pakai, 50rb/pcs, ready 30 pcs, kirim dari Medan"),
    ("F124", "hn_twin_report_question", "message", 0, 1, 1, 1, "Halo kak, di grup ada yg jual abaya ex Arab Saudi bekas pakai 50rb/pcs, itu boleh ga ya? Mau kulaporin"),

    ("F125", "twin_offer_market_source", "listing", 1, 1, 1, 1, "Celana jogger ex Korea bekas, size M-L, 30rb, ambil di Pasar Gembrong"),
    ("F125", "hn_twin_new_goods", "listing", 1, 0, 1, 1, "Celana jogger ex Korea baru, size M-L, 89rb, ambil di Pasar Gembrong"),

    ("F126", "twin_offer_grade", "post", 1, 1, 1, 1, "Grade A Jepang ready 🌸 blus & rok midi, 40rb-an, DM buat list, Cirebon"),
    ("F126", "hn_twin_new_import", "post", 1, 0, 1, 1, "Kualitas premium Jepang ready 🌸 blus & rok midi baru, 140rb-an, DM buat list, Cirebon"),

    ("F127", "twin_offer_quiet", "message", 1, 1, 1, 1, "Koli Malaysia isi jaket & celana bekas udah di Nunukan, 1 koli 2jt, siapa mau?"),
    ("F127", "hn_twin_gas_stoves", "message", 1, 1, 0, 1, "Koli Malaysia isi kompor gas & tabung bekas udah di Nunukan, 1 koli 2jt, siapa mau?"),

    ("F128", "twin_offer_loud", "listing", 1, 1, 1, 1, "Sepatu sekolah anak bekas impor Jepang, uk 30-35, 20rb/psg, Karawang"),
    ("F128", "hn_twin_kids_bikes", "listing", 1, 1, 0, 1, "Sepeda roda tiga anak seken ex Jepang, 200rb/unit, Karawang"),

    ("F129", "twin_offer_regional_word", "post", 1, 1, 1, 1, "Monja Pajak Petisah datang lagi 🙌 jaket hoodie 25rb, tas 40rb, lapak sebelah tukang bakso"),
    ("F129", "hn_twin_small_appliances", "post", 1, 1, 0, 1, "Monja Pajak Petisah datang lagi 🙌 rice cooker & blender 75rb, lapak sebelah tukang bakso"),

    ("F130", "twin_offer_live", "live", 1, 1, 1, 1, "Per karung 25kg grade B campur jaket, 900rb, live stok gudang Cikarang, ketik KRG"),
    ("F130", "hn_twin_scrap_cans", "live", 1, 1, 0, 1, "Per karung 25kg grade B kaleng aluminium bekas, 900rb, live stok gudang Cikarang, ketik KRG"),

    ("F131", "twin_offer_loud", "message", 1, 1, 1, 1, "Kak, kiriman lewat Entikong udah aman, isi 20 bal kerudung & mukena seken, ambil malam ini"),
    ("F131", "hn_twin_plastic_sacks", "message", 1, 1, 0, 1, "Kak, kiriman lewat Entikong udah aman, isi 20 bal karung plastik bekas, ambil malam ini"),

    ("F132", "twin_offer_quiet", "comment", 1, 1, 1, 1, "Jaket varsity second ini masuk via Dumai kak, ukuran L, 120rb"),
    ("F132", "hn_twin_school_jacket", "comment", 1, 1, 1, 0, "Jaket varsity second ini bekas OSIS SMA aku kak, bikinan konveksi lokal, ukuran L, 120rb"),

    ("F133", "twin_offer_loud", "listing", 1, 1, 1, 1, "Kemeja linen thrift Jepang pemakaian, putih gading, 55rb, Denpasar"),
    ("F133", "hn_twin_tailor_made", "listing", 1, 1, 1, 0, "Kemeja linen pemakaian sendiri, dijahit di penjahit Denpasar, putih gading, 55rb"),

    ("F134", "twin_offer_market_source", "post", 1, 1, 1, 1, "Pilihan Gedebage minggu ini 👗 dress motif & rok tutu bekas, 30rb, cek highlight"),
    ("F134", "hn_twin_sister_wardrobe", "post", 1, 1, 1, 0, "Pilihan lemari kakakku minggu ini 👗 dress motif & rok tutu bekas, 30rb, cek highlight"),

    ("F135", "twin_offer_quiet", "message", 1, 1, 1, 1, "Bu, rok & celana sekolah seken dari goni Tanjungbalai ada 30 pcs, 10rb/pcs, mau?"),
    ("F135", "hn_twin_school_committee", "message", 1, 1, 1, 0, "Bu, rok & celana sekolah seken hasil kumpulan wali murid ada 30 pcs, 10rb/pcs buat kas komite, mau?"),
]
