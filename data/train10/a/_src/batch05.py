# Hand-written near-twin families, batch 05. First member of each family is its base text.
FAMILIES = [
    [
        ("listing", "twin_offer_quiet", 1, 1, 1, 1, "Kaos oblong rombengan, 5rb/pcs, ambil banyak lebih murah, Manado"),
        ("listing", "hn_twin_campus_leftover", 1, 1, 1, 0, "Kaos oblong bekas panitia acara kampus, 5rb/pcs, ambil banyak lebih murah, Manado"),
        ("comment", "hn_twin_nostalgia", 0, 1, 1, 1, "Kaos oblong rombengan 5rb di pasar Bersehati, dulu sering beli, skrg masih ada gak ya?"),
    ],
    [
        ("comment", "twin_offer_quiet", 1, 1, 1, 1, "Kemeja linen ex Jepang pemakaian ringan, 45rb kak, ada 5 warna, cek album"),
        ("comment", "hn_twin_new_goods", 1, 0, 1, 1, "Kemeja linen import Jepang baru, 145rb kak, ada 5 warna, cek album"),
        ("comment", "hn_twin_family_item", 1, 1, 1, 0, "Kemeja linen pemakaian ringan punya suami, 45rb kak, ada 5 warna, cek album"),
    ],
    [
        ("message", "twin_offer_loud", 1, 1, 1, 1, "Mak, sy lagi di Pasar Kebon Kalapa ambil rok jeans thrift buat dijual lagi, mau brp? 20rb/pcs"),
        ("message", "hn_twin_family_clearout", 1, 1, 1, 0, "Mak, sy lagi beberes gudang, nemu rok jeans second anak2, 20rb/pcs, mau ambil brp?"),
    ],
    [
        ("live", "twin_offer_quiet", 1, 1, 1, 1, "Kita lanjut kemeja kotak-kotak ex Korea, sisa pemakai sebelumnya tapi bersih, 35 ribu ya"),
        ("live", "hn_twin_new_goods", 1, 0, 1, 1, "Kita lanjut kemeja kotak-kotak ex Korea, masih plastik dari pabrik, 95 ribu ya"),
    ],
    [
        ("message", "twin_offer_quiet", 1, 1, 1, 1, "Bu, sepatu sekolah second kiriman Tanjungbalai ada 30 psg, 25rb, buat dijual lagi bisa"),
        ("message", "hn_twin_school_sale", 1, 1, 1, 0, "Bu, sepatu sekolah second lungsuran murid kelas 6 ada 30 psg, 25rb, uangnya buat kas komite"),
        ("message", "hn_twin_not_clothing", 1, 1, 0, 1, "Bu, sepeda anak second kiriman Tanjungbalai ada 30 unit, 250rb, buat dijual lagi bisa"),
    ],
    [
        ("comment", "twin_offer_quiet", 1, 1, 1, 1, "Karungan Korea buka tiap Selasa kak, jaket 40rb-an, alamat di bio"),
        ("comment", "hn_twin_question_legality", 0, 1, 1, 1, "Karungan Korea yg buka tiap Selasa deket rumahku tuh boleh gak sih secara hukum? jaketnya 40rb-an"),
    ],
    [
        ("listing", "twin_offer_loud", 1, 1, 1, 1, "Jaket Supreme thrift ex USA, size M, kondisi 8/10, 350rb"),
        ("listing", "hn_twin_bnwt", 1, 0, 1, 1, "Jaket Supreme ex USA BNWT, size M, kondisi 10/10, 1,35jt"),
    ],
    [
        ("post", "twin_offer_quiet", 1, 1, 1, 1, "Garage sale di rumah aja 🏡 baju seken dari karungan Batam 10-30rb, Sabtu jam 9 #garagesale #bekasi"),
        ("post", "hn_twin_family_garage_sale", 1, 1, 1, 0, "Garage sale di rumah aja 🏡 baju seken kami sekeluarga 10-30rb, Sabtu jam 9 #garagesale #bekasi"),
        ("post", "hn_twin_not_clothing", 1, 1, 0, 1, "Garage sale di rumah aja 🏡 piring & mug seken dari karungan Batam 10-30rb, Sabtu jam 9 #garagesale #bekasi"),
    ],
    [
        ("message", "twin_offer_loud", 1, 1, 1, 1, "Ci, topi & syal bekas impor Hongkong ready 2 karung, 5rb-an, mau lihat dulu?"),
        ("message", "hn_twin_new_goods", 1, 0, 1, 1, "Ci, topi & syal baru dari Hongkong ready 2 dus, 9rb-an, mau lihat contohnya dulu?"),
    ],
    [
        ("comment", "twin_offer_quiet", 1, 1, 1, 1, "Masih kak, sweater rajut seken grade A sisa 3, 30rb, ongkir dr Pekanbaru"),
        ("comment", "hn_twin_handmade_local", 1, 1, 1, 0, "Masih kak, sweater seken rajutan nenek sy sendiri sisa 3, 30rb, ongkir dr Pekanbaru"),
    ],
    [
        ("article", "hn_twin_news_market", 0, 1, 1, 1, "Jelang Lebaran, lapak pakaian bekas impor di Pasar Simalingkar Medan kembali ramai pembeli, kata pengelola pasar."),
        ("post", "twin_offer_loud", 1, 1, 1, 1, "Jelang Lebaran lapak kami di Pasar Simalingkar ramai lg, pakaian bekas impor 10rb dapat 3, mampir ya kak"),
    ],
    [
        ("listing", "twin_offer_quiet", 1, 1, 1, 1, "Sandal Birkenstock second Jerman, size 40, 250rb"),
        ("listing", "hn_twin_new_goods", 1, 0, 1, 1, "Sandal Birkenstock new ex Jerman, size 40, box & nota, 1,25jt"),
    ],
    [
        ("listing", "twin_offer_quiet", 1, 1, 1, 1, "Rok span kantor preloved, ex Tiongkok, 30rb, Bekasi"),
        ("listing", "hn_twin_own_wardrobe", 1, 1, 1, 0, "Rok span kantor preloved, punya sendiri abis resign, 30rb, Bekasi"),
        ("comment", "hn_twin_opinion", 0, 1, 1, 1, "Rok span kantor preloved ex Tiongkok 30rb di Bekasi? mending beli baru deh, jahitannya suka lepas"),
    ],
    [
        ("comment", "twin_offer_quiet", 1, 1, 1, 1, "Ready gan celana cargo ex tentara Belanda, bekas dinas, 120rb, L-XL"),
        ("comment", "hn_twin_new_goods", 1, 0, 1, 1, "Ready gan celana cargo tentara Belanda, stok baru belum dibagikan, tag lengkap, 220rb, L-XL"),
    ],
    [
        ("message", "twin_offer_loud", 1, 1, 1, 1, "Info: bazar thrift Minggu di halaman masjid, pakaian ambil dari Pasar Senen, 10rb-an"),
        ("message", "hn_twin_mosque_bazaar", 1, 1, 1, 0, "Info: bazar pakaian second Minggu di halaman masjid, barang sumbangan warga RW 05, 10rb-an"),
    ],
    [
        ("comment", "twin_offer_loud", 1, 1, 1, 1, "Jaket denim monza sisa 2, 50rb aja, cus yg cepet"),
        ("comment", "hn_twin_giveaway", 0, 1, 1, 1, "Jaket denim monza sisa 2 di lemariku, kukasih gratis buat yg komen paling lucu 😆"),
    ],
    [
        ("profile", "twin_offer_quiet", 1, 1, 1, 1, "🇰🇷 Korean preloved outfit | ambil langsung dr Seoul | ship from Jakarta | order via DM"),
        ("profile", "hn_twin_jastip_new", 1, 0, 1, 1, "🇰🇷 Korean new outfit | jastip langsung dr Seoul | ship from Jakarta | order via DM"),
    ],
    [
        ("listing", "twin_offer_loud", 1, 1, 1, 1, "Sarung tangan & kupluk bal bekas, kiriman Belawan, 3rb/pcs grosir"),
        ("listing", "hn_twin_own_project", 1, 1, 1, 0, "Sarung tangan & kupluk bekas pemakaian proyek kami sendiri, 3rb/pcs grosir"),
    ],
    [
        ("message", "twin_offer_loud", 1, 1, 1, 1, "Bos, awul-awul udah ready 4 bal di Lombok, isinya kaos & celana, kapan mau cek?"),
        ("message", "hn_twin_not_clothing", 1, 1, 0, 1, "Bos, bal kardus bekas ex Malaysia udah ready 4 bal di Lombok, kapan mau cek?"),
    ],
    [
        ("live", "twin_offer_loud", 1, 1, 1, 1, "Sesi tas ya kak, tas branded thrift Jepang, mulai 80rb, yang ngetik duluan dapet"),
        ("live", "hn_twin_new_goods", 1, 0, 1, 1, "Sesi tas ya kak, tas branded baru import Jepang, mulai 380rb, yang ngetik duluan dapet"),
    ],
]
