# Batch 3: families F041-F060
RECORDS = [
    ("F041", "twin_offer_regional_word", "post", 1, 1, 1, 1, "Lelong Tawau ready lagi, blouse & celana panjang cewek, 10rb dapat 1, 50rb dapat 6. Lokasi Tarakan dekat pelabuhan"),
    ("F041", "hn_twin_new_goods", "post", 1, 0, 1, 1, "Stok baru dari Tawau ready lagi, blouse & celana panjang cewek masih berplastik, 25rb dapat 1, 100rb dapat 5. Tarakan dekat pelabuhan"),

    ("F042", "twin_offer_regional_word", "profile", 1, 1, 1, 1, "Distro bundle Jl. Sukajadi ✨ jaket varsity, kemeja denim, topi import second, mulai 40rb. Buka sampai jam 10 malam"),
    ("F042", "hn_twin_new_import", "profile", 1, 0, 1, 1, "Distro Jl. Sukajadi ✨ jaket varsity, kemeja denim, topi import Korea rilisan baru ori, mulai 40rb. Buka sampai jam 10 malam"),
    ("F042", "hn_twin_community_consign", "profile", 1, 1, 1, 0, "Distro preloved Jl. Sukajadi ✨ jaket varsity, kemeja denim, topi titipan member komunitas sendiri, bukan impor. Mulai 40rb"),

    ("F043", "twin_offer_loud", "message", 1, 1, 1, 1, "Pak, sepatu safety bekas impor Korea yg bapak tanya ada 20 pasang, uk 40-44, 85rb/psg, ambil semua 1,5jt"),
    ("F043", "hn_twin_new_in_box", "message", 1, 0, 1, 1, "Pak, sepatu safety ex Korea baru dus yg bapak tanya ada 20 pasang, uk 40-44, 185rb/psg, ambil semua 3,5jt"),

    ("F044", "twin_offer_quiet", "post", 1, 1, 1, 1, "Obral kemeja & rok bekas 5rb/potong di lapangan kelurahan Sabtu jam 8, barang kiriman goni dari Batam 🙌"),
    ("F044", "hn_twin_school_sale", "post", 1, 1, 1, 0, "Obral seragam & rok bekas 5rb/potong di lapangan SDN 3 Sabtu jam 8, semua lungsuran kakak kelas, hasil buat kas sekolah 🙌"),

    ("F045", "twin_offer_quiet", "comment", 1, 1, 1, 1, "Ukuran M sisa 2 kak, hoodie ini sortiran Korea kondisi 9/10, 70rb, mau yang abu atau navy?"),
    ("F045", "hn_twin_restock_new", "comment", 1, 0, 1, 1, "Ukuran M sisa 2 kak, hoodie ini restock gres dari Korea, 70rb, mau yang abu atau navy?"),

    ("F046", "twin_offer_quiet", "message", 1, 1, 1, 1, "Toke, goni Jepang isi celana pendek anak udah sampai Dumai, 700rb/goni, kapal masuk Rabu, jgn lupa transfer dp"),
    ("F046", "hn_twin_bicycle_parts", "message", 1, 1, 0, 1, "Toke, goni Jepang isi onderdil sepeda bekas udah sampai Dumai, 700rb/goni, kapal masuk Rabu, jgn lupa dp"),
    ("F046", "hn_twin_tagged_new", "message", 1, 0, 1, 1, "Toke, dus Jepang isi celana pendek anak baru ber-tag udah sampai Dumai, 700rb/dus, kapal masuk Rabu, jgn lupa dp"),

    ("F047", "hn_twin_news", "article", 0, 1, 1, 1, "Kemendag: penjualan baju bekas impor lewat siaran langsung media sosial masih marak, 12 akun diblokir pekan ini."),
    ("F047", "twin_offer_live", "live", 1, 1, 1, 1, "Live jam 8 malam guys, baju bekas impor fresh dari bal, 12 model baru buka, checkout sebelum akun ini keblokir 😅"),

    ("F048", "twin_offer_loud", "listing", 1, 1, 1, 1, "Jeans Uniqlo thrift Jepang, bekas pakai, minus noda tipis di paha, waist 30, 60rb, Makassar"),
    ("F048", "hn_twin_factory_reject", "listing", 1, 0, 1, 1, "Jeans Uniqlo reject pabrik Jepang, belum pernah dipakai, minus noda tipis di paha, waist 30, 60rb, Makassar"),

    ("F049", "twin_offer_quiet", "comment", 1, 1, 1, 1, "Sepatu boots kulit ini dari koli Hongkong kak, uk 38, solnya masih bagus, 110rb nett"),
    ("F049", "hn_twin_own_purchase", "comment", 1, 1, 1, 0, "Sepatu boots kulit ini punyaku sendiri kak, dibeli di Matahari 2 thn lalu, uk 38, sol masih bagus, 110rb nett"),

    ("F050", "twin_offer_handle", "post", 1, 1, 1, 1, "Tersedia jaket kulit bekas impor Korea di lapak @kulitbekas.mks, 150-300rb, COD Panakkukang, langsung DM"),
    ("F050", "hn_twin_complaint", "post", 0, 1, 1, 1, "Hati2 lapak @kulitbekas.mks, jaket kulit bekas impor Korea yg kubeli 300rb ternyata sintetis, mengelupas semua 😡"),
    ("F050", "hn_twin_complaint_new_goods", "post", 0, 0, 1, 1, "Hati2 lapak @kulitbekas.mks, jaket kulit baru 'impor Korea' yg kubeli 300rb ternyata sintetis, seminggu udah ngelupas 😡"),

    ("F051", "twin_offer_quiet", "message", 1, 1, 1, 1, "Pak, 40 karung Thailand sudah di gudang Pontianak, isi kemeja & celana layak pakai, mau diambil kapan?"),
    ("F051", "hn_twin_used_appliances", "message", 1, 1, 0, 1, "Pak, 40 unit mesin cuci bekas Thailand sudah di gudang Pontianak, masih nyala semua, mau diambil kapan?"),

    ("F052", "hn_twin_personal_preloved", "post", 1, 1, 1, 0, "Preloved koleksi pribadi 🌸 cardigan, kulot, blazer, semua dari lemariku, harga 35rb-75rb, DM ya"),
    ("F052", "twin_offer_regional_word", "post", 1, 1, 1, 1, "Burjer pilihan 🌸 cardigan, kulot, blazer, bongkaran Pajak Sambu minggu ini, 35rb-75rb, DM ya"),

    ("F053", "twin_offer_loud", "listing", 1, 1, 1, 1, "Grosir baju bekas impor Korea per kilo 80rb, campur kemeja, kaos, celana, minimal 5kg, kirim dari Bandung"),
    ("F053", "hn_twin_wholesale_new", "listing", 1, 0, 1, 1, "Grosir kaos gres impor Korea per lusin 480rb, campur warna, minimal 5 lusin, kirim dari Bandung"),

    ("F054", "twin_offer_loud", "post", 1, 1, 1, 1, "Bal Jepang isi kimono & yukata bekas, 1 bal 60 potong, 3jt, ambil di Tanjung Perak Surabaya"),
    ("F054", "hn_twin_ceramics", "post", 1, 1, 0, 1, "Bal Jepang isi piring keramik & mangkok bekas, 1 bal 60 biji, 3jt, ambil di Tanjung Perak Surabaya"),

    ("F055", "twin_offer_live", "live", 1, 1, 1, 1, "Yang ini jaket kulit thrift Belanda kak, udah dipakai tapi kulitnya masih lembut, 250rb, ketik JK1"),
    ("F055", "hn_twin_heirloom_sale", "live", 1, 1, 1, 0, "Yang ini jaket kulit peninggalan almarhum opa kak, jahitan penjahit Garut, kulitnya masih lembut, 250rb, ketik JK1"),
    ("F055", "hn_twin_heirloom_keep", "post", 0, 1, 1, 0, "Jaket kulit peninggalan almarhum opa, jahitan penjahit Garut, kulitnya masih lembut. Ga bakal kujual berapapun 🥹"),

    ("F056", "twin_offer_loud", "post", 1, 1, 1, 1, "Koleksi thrift pilihan 🍂 cardigan rajut ex Jepang, 45rb aja, cek katalog di bio"),
    ("F056", "hn_twin_thrift_look_new", "post", 1, 0, 1, 1, "Koleksi thrift look 🍂 cardigan rajut baru impor Jepang, bukan bekas ya, 95rb aja, cek katalog di bio"),

    ("F057", "twin_offer_quiet", "message", 1, 1, 1, 1, "Sis, sepatu anak ini koli Singapur ya, kondisi 85%, 4 pasang 120rb, COD Batam Center bisa"),
    ("F057", "hn_twin_denial", "message", 1, 1, 1, 0, "Sis, sepatu anak ini bekas anakku sendiri ya, bukan koli2an, kondisi 85%, 4 pasang 120rb, COD Batam Center bisa"),

    ("F058", "twin_offer_loud", "post", 1, 1, 1, 1, "Jual cepat jas & blazer bekas impor Korea, 60rb aja, cocok buat wisuda, Semarang"),
    ("F058", "hn_twin_swap", "post", 0, 1, 1, 1, "Tukeran yuk, aku punya jas & blazer bekas impor Korea, cocok buat wisuda, mau kutukar sama kebaya, Semarang"),

    ("F059", "hn_twin_used_machine", "listing", 1, 1, 0, 1, "Mesin obras bekas ex Taiwan, masih halus, 1,3jt, bisa lihat dulu di Cigondewah"),
    ("F059", "twin_offer_quiet", "listing", 1, 1, 1, 1, "Kemeja & blus bekas ex Taiwan, bahannya masih halus, 1 karung 1,3jt, bisa lihat dulu di Cigondewah"),

    ("F060", "twin_offer_quiet", "comment", 1, 1, 1, 1, "Tas ransel Jansport seken Amrik, masih kokoh, 75rb kak, bisa kirim ke Kendari"),
    ("F060", "hn_twin_new_original", "comment", 1, 0, 1, 1, "Tas ransel Jansport ori Amrik baru, lengkap tag, 375rb kak, bisa kirim ke Kendari"),
    ("F060", "hn_twin_camping_gear", "comment", 1, 1, 0, 1, "Tenda dome Jansport seken Amrik, frame masih kokoh, 75rb kak, bisa kirim ke Kendari"),
]
