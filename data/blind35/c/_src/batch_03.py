# batch 03: families F041-F060, written by hand
RECORDS = [
    ("F041", "listing", "twin_offer_quiet", "Jual per kilo: kaos & kemeja campur ex Australia, 35rb/kg, min 10 kg, gudang Sidoarjo", 1, 1, 1, 1),
    ("F041", "listing", "hn_twin_not_clothing", "Jual per kilo: majun kaos perca buat lap mesin bengkel, 12rb/kg, min 10 kg, gudang Sidoarjo", 1, 1, 0, 0),
    ("F041", "listing", "hn_twin_majun_import", "Jual per kilo: majun potongan kaos ex Australia buat lap mesin, 12rb/kg, min 10 kg, gudang Sidoarjo", 1, 1, 0, 1),

    ("F042", "post", "twin_offer_loud", "Preloved tapi bukan dari lemari 😆 ini baju bal Korea pilihan, 20-50rb, open order sampai jam 9 malam", 1, 1, 1, 1),
    ("F042", "post", "hn_twin_own_wardrobe", "Preloved dari lemari sendiri ya, bukan baju bal 😆 mulai 20-50rb, open order sampai jam 9 malam", 1, 1, 1, 0),

    ("F043", "message", "twin_offer_quiet", "Pak, barang dari kapal Tanjungbalai isi jas & blazer pria, kondisi pakai, 400 potong, mau berapa?", 1, 1, 1, 1),
    ("F043", "message", "hn_twin_not_clothing", "Pak, barang dari kapal Tanjungbalai isi mesin jahit bekas Taiwan, kondisi pakai, 40 unit, mau berapa?", 1, 1, 0, 1),

    ("F044", "post", "hn_twin_school_bazaar", "Bazar seragam & sepatu bekas layak pakai SDN 3 Cempaka, sumbangan alumni, 5rb-15rb, Sabtu 07.00 di halaman sekolah", 1, 1, 1, 0),
    ("F044", "post", "twin_offer_quiet", "Bazar seragam & sepatu layak pakai, stok karungan Singapura, 5rb-15rb, Sabtu 07.00 di depan ruko Jl. Cempaka", 1, 1, 1, 1),

    ("F045", "comment", "twin_offer_loud", "Kak yg kemarin nanya balpres, aku ada 2 bal jaket Jepang sisa, 3jt nego, DM ya", 1, 1, 1, 1),
    ("F045", "comment", "hn_twin_not_clothing", "kak yg kemarin nanya kertas koran bekas, aku ada 2 bal ex Jepang sisa, 3jt nego, DM ya", 1, 1, 0, 1),

    ("F046", "listing", "twin_offer_quiet", "Sneakers Nike Air Force 1 size 41, 2nd ex Amerika, midsole agak kuning, insole ori. 275rb, Jogja COD", 1, 1, 1, 1),
    ("F046", "listing", "hn_twin_own_wardrobe", "Sneakers Nike Air Force 1 size 41, 2nd pribadi beli di Plaza Ambarrukmo, midsole agak kuning. 275rb, Jogja COD", 1, 1, 1, 0),

    ("F047", "message", "twin_offer_loud", "[INFO STOK] Bal Jepang A+ grade 🇯🇵 100 kg = 9jt, kirim via ekspedisi laut dari Batam ke Makassar", 1, 1, 1, 1),
    ("F047", "message", "hn_twin_not_clothing", "[INFO STOK] Pupuk NPK Jepang 🇯🇵 100 kg = 1,9jt, kirim via ekspedisi laut dari Batam ke Makassar", 1, 0, 0, 1),
    ("F047", "message", "hn_twin_not_clothing_used", "[INFO STOK] Kardus bekas bal Jepang 🇯🇵 100 kg = 900rb, kirim via ekspedisi laut dari Batam ke Makassar", 1, 1, 0, 1),

    ("F048", "review", "twin_offer_quiet", "Jaket denimnya dari kiriman Port Klang, ada sobek di saku tp harga 45rb ya udah worth. Makasih kak @lemari.ucok", 1, 1, 1, 1),
    ("F048", "review", "hn_twin_family_source", "Jaket denimnya lungsuran abangku, ada sobek di saku tp ya udah worth. Mau aku jual 45rb kalo ada yg minat", 1, 1, 1, 0),

    ("F049", "article", "hn_twin_news", "Polisi di Kabupaten Karimun mengamankan truk bermuatan 80 karung pakaian bekas dari Singapura yang hendak dikirim ke Jawa.", 0, 1, 1, 1),
    ("F049", "post", "twin_offer_quiet", "80 karung pakaian bekas pakai dari Singapura siap dikirim ke Jawa, sistem grosir, tanya via DM aja ya 🙏", 1, 1, 1, 1),

    ("F050", "profile", "twin_offer_quiet", "Ecer pakaian seken impor Tawau 🇲🇾 | Nunukan - Tarakan | buka tiap hari 8-5 | COD area kota", 1, 1, 1, 1),
    ("F050", "profile", "hn_twin_profile_local_only", "Ecer pakaian seken hasil titip jual warga 🤝 | Nunukan - Tarakan | bukan barang luar | buka tiap hari 8-5", 1, 1, 1, 0),

    ("F051", "live", "twin_offer_loud", "Ini kemeja monza asli Medan kak, bukan KW, barang pecah kawat tadi pagi, 30rb aja, siapa cepat", 1, 1, 1, 1),
    ("F051", "live", "hn_twin_new_goods", "Ini kemeja buatan Medan baru kak, bukan KW, barang produksi tadi pagi dari konveksi, 30rb aja, siapa cepat", 1, 0, 1, 0),
    ("F051", "live", "hn_twin_new_imported", "ini kemeja baru ex Bangkok kak, bukan KW, barang datang tadi pagi masih plastik, 130rb aja, siapa cepat", 1, 0, 1, 1),

    ("F052", "comment", "hn_twin_buyer_question", "Di Pontianak yg jual baju lelong grosiran di mana ya? Mau buka lapak kecil2an di kampung", 0, 1, 1, 1),
    ("F052", "comment", "twin_offer_quiet", "Di Pontianak yg cari baju lelong grosiran, sini kak ke gudang kami Jl. Tanjung Raya, mau buka lapak kecil2an juga bisa", 1, 1, 1, 1),

    ("F053", "message", "twin_offer_quiet", "Selamat pagi kak, rok dan blus wanita bekas pilihan dari Hongkong, sudah dicuci, 3 potong 100rb, free ongkir Palembang", 1, 1, 1, 1),
    ("F053", "message", "hn_twin_new_goods", "Selamat pagi kak, rok dan blus wanita model Hongkong, jahitan baru penjahit langganan, 3 potong 100rb, free ongkir Palembang", 1, 0, 1, 0),
    ("F053", "message", "hn_twin_local_used", "Selamat pagi kak, rok dan blus wanita bekas pakai anak kost yg pindahan, sudah dicuci, 3 potong 100rb, free ongkir Palembang", 1, 1, 1, 0),

    ("F054", "post", "twin_offer_loud", "Ngethrift tanpa ke Pasar Senen? Bisa 😎 kiriman bal Jepang tiap Selasa, list harga di highlight ya", 1, 1, 1, 1),
    ("F054", "post", "hn_twin_tips", "Ngethrift di Pasar Senen? Tips: dateng pagi pas bal Jepang baru dibuka, bawa kantong sendiri, cuci pakai air panas", 0, 1, 1, 1),

    ("F055", "listing", "twin_offer_quiet", "Koper & ransel ex Jepang kondisi bekas, roda lancar, 4 unit terakhir, 80-150rb. Ambil di Cengkareng", 1, 1, 1, 1),
    ("F055", "listing", "hn_twin_not_clothing", "Kulkas & dispenser ex Jepang kondisi bekas, mesin lancar, 4 unit terakhir, 800rb-1,5jt. Ambil di Cengkareng", 1, 1, 0, 1),

    ("F056", "message", "twin_offer_quiet", "Mas, karungan dari Pasar Tungging ada yang isinya celana jeans semua, mau saya sisihkan 1 karung?", 1, 1, 1, 1),
    ("F056", "message", "hn_twin_seller_refuses", "Mas, maaf saya ga terima titipan jual karungan dari Pasar Tungging lagi, jeans bekas semua kena razia kemarin", 0, 1, 1, 1),

    ("F057", "post", "hn_twin_church_bazaar", "Bazar pakaian layak pakai Gereja Santo Yosef 🙏 hasil donasi umat, semua 10rb, Minggu setelah misa kedua", 1, 1, 1, 0),
    ("F057", "post", "hn_twin_free_giveaway", "Bagi gratis pakaian layak pakai hasil donasi umat Gereja Santo Yosef 🙏 ambil sesukanya, Minggu setelah misa kedua", 0, 1, 1, 0),
    ("F057", "post", "twin_offer_loud", "Bazar pakaian layak pakai 🙏 stok balpres Korea, semua 10rb, Minggu pagi di parkiran samping Gereja", 1, 1, 1, 1),

    ("F058", "comment", "hn_twin_buyer_asks_seller", "Bang, kaos band ori dari Amrik itu masih ada? Yg Metallica hitam, kondisi pudar. 85rb jadi ga?", 0, 1, 1, 1),
    ("F058", "comment", "twin_offer_quiet", "Masih bang, kaos band ori dari Amrik yg Metallica hitam, kondisi pudar, 85rb jadi. Transfer ke rek di bio ya", 1, 1, 1, 1),

    ("F059", "listing", "twin_offer_loud", "Bundle Bandung | jaket parka bekas impor UK 150rb | cek semua foto sebelum checkout", 1, 1, 1, 1),
    ("F059", "listing", "hn_twin_new_goods", "Distro Bandung | jaket parka baru produksi lokal 150rb | cek semua foto sebelum checkout", 1, 0, 1, 0),
    ("F059", "listing", "hn_twin_new_uk", "Outlet Bandung | jaket parka baru impor UK, tag lengkap 450rb | cek semua foto sebelum checkout", 1, 0, 1, 1),

    ("F060", "article", "hn_twin_trader_quoted", "Di Pasar Kodim Pekanbaru, Rudi mengaku stok pakaian dari Malaysia makin langka sejak razia. 'Dulu seminggu dua kali datang,' ujarnya.", 0, 1, 1, 1),
    ("F060", "post", "twin_offer_quiet", "Stok pakaian bekas dari Malaysia udah datang lagi di kios kami Pasar Kodim Pekanbaru 🙌 dua kali seminggu, mampir ya", 1, 1, 1, 1),
]
