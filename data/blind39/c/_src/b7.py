# Batch 7, written by hand. (family, kind, category, "OUCA", text). First member = family base.
RECORDS = [
    ("l01", "post", "twin_offer_quiet", "1111",
     "Dapet kiriman koli dari Incheon 📦 parka & puffer jacket second, 90rb-150rb, yg mau nanya size langsung DM"),
    ("l01", "post", "hn_twin_new_import", "1011",
     "Dapet kiriman dari Incheon 📦 parka & puffer jacket baru segel, 390rb-550rb, yg mau nanya size langsung DM"),

    ("l02", "listing", "twin_offer_loud", "1111",
     "Mukena & gamis thrift Arab Saudi, bekas jamaah, bersih wangi, 40rb, Palembang bisa COD Pasar 16"),
    ("l02", "listing", "hn_twin_new_import", "1011",
     "Mukena & gamis impor Arab Saudi, baru langsung dari Makkah, 140rb, Palembang bisa COD Pasar 16"),

    ("l03", "message", "twin_grade_quiet", "1111",
     "Bu, celana anak grade B per kilo 30rb, yg grade A 45rb, mau diambil campur atau pisah?"),
    ("l03", "message", "hn_twin_new_import", "1011",
     "Bu, celana anak baru impor China per kodi 300rb, yg premium 450rb, mau diambil campur atau dipisah?"),

    ("l04", "listing", "twin_offer_quiet", "1111",
     "Karungan Korea isi tas & dompet wanita bekas, 1 karung 25kg 2,5jt, kirim dari Batam"),
    ("l04", "listing", "hn_twin_not_clothing", "1101",
     "Karungan Korea isi boneka & mainan bekas, 1 karung 25kg 1,5jt, kirim dari Batam"),

    ("l05", "live", "twin_live_quiet", "1111",
     "Bongkar goni dari Entikong lagi nih, ada kemeja kerja & rok span, 20rb, ketik angka sesuai foto ya"),
    ("l05", "live", "hn_twin_not_clothing", "1101",
     "Bongkar goni dari Entikong lagi nih, isinya tabung gas & regulator bekas Malaysia, 40rb, ketik angka sesuai foto ya"),

    ("l06", "comment", "twin_seller_reply", "1111",
     "Kak, hoodie second-nya asli dari karungan Jepang, makanya bahannya tebal, sisa size M 65rb"),
    ("l06", "comment", "hn_twin_sibling_wardrobe", "1110",
     "Kak, hoodie second-nya punya adikku yg udah lulus, bahannya tebal kok, sisa size M 65rb"),

    ("l07", "listing", "twin_offer_loud", "1111",
     "Gaun pesta & kebaya modern thrift Singapura, sekali pakai, 100rb-250rb, bisa sewa atau beli, Semarang"),
    ("l07", "listing", "hn_twin_own_wardrobe", "1110",
     "Gaun pesta & kebaya modern bekas wisuda & kondangan sendiri, sekali pakai, 100rb-250rb, Semarang"),

    ("l08", "profile", "twin_bio_regional", "1111",
     "roma_pku | baju roma pilihan 🇲🇾 | ecer mulai 10rb | antar se-Pekanbaru | order DM"),
    ("l08", "profile", "hn_twin_own_wardrobe", "1110",
     "preloved_pku | baju preloved dari lemari sendiri | ecer mulai 10rb | antar se-Pekanbaru | order DM"),

    ("l09", "message", "twin_wholesale_quiet", "1111",
     "Sudah sampai Tanjungpinang ya bos, 2 koli baju kerja bekas, saya antar ke kios besok pagi, sisa pelunasan 1,4jt"),
    ("l09", "message", "hn_twin_denial_import", "1110",
     "Sudah sampai ya bos, 2 koli baju kerja bekas dari pengepul Semarang, bukan impor, saya antar ke kios besok, pelunasan 1,4jt"),

    ("l10", "listing", "hn_twin_new_import", "1011",
     "Sandal & sepatu hiking impor Korea, baru dus, size 39-44, 299rb, Malang bisa kirim"),
    ("l10", "listing", "twin_offer_quiet", "1111",
     "Sandal & sepatu hiking ex Korea, bekas 85%, size 39-44, 120rb, Malang bisa kirim"),
    ("l10", "listing", "twin_offer_loud", "1111",
     "Sepatu hiking thrift impor Korea, second 85%, size 39-44, 120rb aja, Malang bisa kirim"),

    ("l11", "post", "hn_twin_not_clothing", "1101",
     "Baru masuk 30 koli ex Taiwan 🎉 blender, microwave, oven bekas, mulai 150rb, gudang Kapuk"),
    ("l11", "post", "twin_offer_quiet", "1111",
     "Baru masuk 30 koli ex Taiwan 🎉 jaket, sweater, celana bekas, mulai 25rb, gudang Kapuk"),
    ("l11", "post", "twin_offer_loud", "1111",
     "Baru masuk 30 bal thrift Taiwan 🎉 jaket, sweater, celana, mulai 25rb, gudang Kapuk"),

    ("l12", "post", "hn_twin_charity_sale", "1110",
     "Pasar murah pakaian layak pakai hasil donasi alumni 🙏 10rb/pcs, hasilnya buat beasiswa, Sabtu di kampus UGM"),
    ("l12", "post", "twin_regional_code_word", "1111",
     "Pasar murah awul-awul 🙏 10rb/pcs, kemeja celana jaket, Sabtu di depan kampus UGM, yuk"),
    ("l12", "post", "twin_offer_quiet", "1111",
     "Pasar murah pakaian layak pakai ex Jepang-Korea 🙏 10rb/pcs, Sabtu di depan kampus UGM, borong juga boleh"),

    ("l13", "message", "hn_twin_family_item", "1110",
     "Sis, tas kulit second yg kamu tanya itu punya ibuku sendiri, dibeli di Sarinah thn 2010, 200rb ya"),
    ("l13", "message", "twin_regional_code_word", "1111",
     "Sis, tas kulit second yg kamu tanya itu barang lelong dari Johor, 200rb ya"),
    ("l13", "message", "twin_offer_quiet", "1111",
     "Sis, tas kulit second yg kamu tanya itu ex Paris, dapet dari karung kiriman minggu lalu, 200rb ya"),

    ("l14", "listing", "twin_offer_loud", "1111",
     "Kaos kaki & sarung tangan rajut bekas impor Jepang, bersih, 5rb/pasang, ambil 50 pasang, Bogor"),
    ("l14", "listing", "hn_twin_new_import", "1011",
     "Kaos kaki & sarung tangan rajut impor Jepang, baru dalam pak, 15rb/pasang, ambil 50 pasang, Bogor"),
    ("l14", "listing", "hn_twin_local_source", "1110",
     "Kaos kaki & sarung tangan rajut bekas panitia acara kantor, bersih, 5rb/pasang, ambil 50 pasang, Bogor"),

    ("l15", "comment", "twin_seller_comment", "1111",
     "Yg kemarin nanya, selimut tebal dari bal Korea masih ada, bekas tapi udah laundry, 45rb"),
    ("l15", "comment", "hn_twin_not_clothing", "1101",
     "Yg kemarin nanya, heater ruangan ex Korea masih ada, bekas tapi normal, 145rb"),
    ("l15", "comment", "hn_twin_new_import", "1011",
     "Yg kemarin nanya, selimut tebal impor Korea masih ada, baru masih plastik, 145rb"),

    ("l16", "listing", "hn_twin_new_import", "1011",
     "Jaket parasut impor Thailand, baru, grosir min 6 pcs, 75rb/pcs, Tanah Abang blok A"),
    ("l16", "listing", "hn_twin_double_fail", "1010",
     "Jaket parasut buatan konveksi Bandung, baru, grosir min 6 pcs, 75rb/pcs, Tanah Abang blok A"),

    ("l17", "message", "hn_twin_not_clothing", "1101",
     "Pak, karung goni bekas ex India sisa 200 lembar, 3rb/lembar, mau diambil semua?"),
    ("l17", "message", "hn_twin_double_fail", "1100",
     "Pak, karung goni bekas dari gudang beras Bulog sisa 200 lembar, 3rb/lembar, mau diambil semua?"),
]
