# Batch 05 - hand-written. (family, kind, category, elements OUCA, text)
RECORDS = [
("f83", "listing", "twin_offer_quiet", "1111", "Jaket parasut & windbreaker ex Korea per kilo 60rb, min. ambil 5 kg, gudang Pasar Senen, bisa video call"),
("f83", "listing", "hn_twin_not_clothing", "1101", "Kabel & charger laptop ex Korea per kilo 60rb, bekas tp normal, min. ambil 5 kg, Pasar Senen, bisa video call"),

("f84", "post", "twin_offer_loud", "1111", "Ready bal thrift Korea grade A+ 💯 isi kaos, kemeja, celana, 100 kg 4,5jt. Kirim seluruh Sulawesi #balthrift"),
("f84", "post", "hn_twin_not_clothing", "1101", "Ready bal sepeda lipat bekas Korea grade A+ 💯 isi 10 unit, 4,5jt. Kirim seluruh Sulawesi #sepedabekas"),

("f85", "message", "twin_offer_quiet", "1111", "Koh, ada sepatu lari second dr Singapura 20 pasang, 75 sepasang, ambil semua 1,3jt. Antar ke Pasar Jodoh"),
("f85", "message", "hn_twin_new_goods", "1011", "Koh, ada sepatu lari baru dr Singapura 20 pasang, dus lengkap, 375 sepasang. Antar ke Pasar Jodoh"),

("f86", "comment", "hn_twin_joke", "0111", "Beli baju monza di Pamela tuh kayak gacha, kadang dapet Ralph Lauren kadang dapet kaos partai Jepang 😭"),
("f86", "comment", "twin_offer_loud", "1111", "Jual baju monza kak, kayak gacha, kadang ada Ralph Lauren 😂 lapak kami di Pamela blok C, datanglah"),

("f87", "live", "twin_offer_quiet", "1111", "Masih banyak kak, tinggal pilih kemeja motif dari karungan Taiwan, 30rb ajah, sebut nomor gantungan"),
("f87", "live", "hn_twin_not_clothing", "1101", "Masih banyak kak, tinggal pilih mug & gelas bekas dari karungan Taiwan, 30rb ajah, sebut nomor rak"),

("f88", "listing", "twin_offer_loud", "1111", "Baju Batam second branded, Zara/H&M, size S-L, 35rb, cuci bersih dulu. Kirim dari Pekanbaru"),
("f88", "listing", "hn_twin_new_goods", "1011", "Baju Batam branded BARU ada tag, Zara/H&M, size S-L, 135rb, kirim dari Pekanbaru"),

("f89", "post", "hn_twin_donation_call", "0111", "Yuk bantu, kami kumpulkan jaket bekas ex Jepang bahan tebal untuk warga Dieng. Bisa diantar ke posko"),
("f89", "post", "twin_offer_quiet", "1111", "Ready jaket bekas ex Jepang bahan tebal, cocok buat naik ke Dieng, 70rb. Ambil di posko toko kami Wonosobo"),

("f90", "message", "twin_offer_loud", "1111", "Ready stok thrift impor: 300 pcs celana jeans bekas, harga borongan 9jt. Lokasi Bandung. Hubungi 0857xxxx"),
("f90", "message", "hn_twin_not_clothing", "1101", "Ready stok impor: 300 pcs velg mobil bekas, harga borongan 9jt. Lokasi Bandung. Hubungi 0857xxxx"),
("f90", "message", "hn_twin_new_goods", "1011", "Ready stok impor: 300 pcs celana jeans baru, lengkap label, harga borongan 19jt. Lokasi Bandung. Hubungi 0857xxxx"),

("f91", "review", "twin_offer_recommendation", "1111", "Belanja di kios Uda Rafi Pasar Raya Padang, kemeja seken ex Korea, 4 helai 50rb. Mantap, sering2 kesini"),
("f91", "review", "hn_twin_not_clothing", "1101", "Belanja di kios Uda Rafi Pasar Raya Padang, piring seken ex Korea, 4 biji 50rb. Mantap, sering2 kesini"),

("f92", "profile", "twin_offer_quiet", "1111", "Kemeja & celana kerja 2nd asal Jepang 🇯🇵 | pengiriman harian dari Surabaya | WA 0812xxxx"),
("f92", "profile", "hn_twin_new_goods", "1011", "Kemeja & celana kerja asal Jepang 🇯🇵 brand new, stok resmi | pengiriman harian dari Surabaya | WA 0812xxxx"),

("f93", "listing", "twin_offer_quiet", "1111", "Seprai & bed cover bekas hotel Singapura, dicuci ulang, 1 karung 40 set 1,6jt. Karimun"),
("f93", "listing", "hn_twin_not_clothing", "1101", "Kulkas mini & TV bekas hotel Singapura, dicek ulang, 1 kontainer 40 unit 16jt. Karimun"),

("f94", "comment", "twin_offer_loud", "1111", "aku jual bundle2an import kak, kaos band & jaket, cek highlight 'BUNDLE' ya, ongkir dari Bandung"),
("f94", "comment", "hn_twin_swap", "0111", "aku ada bundle2an import kaos band & jaket, mau tuker aja sama celana cargo, ga dijual ya kak"),

("f95", "post", "twin_offer_quiet", "1111", "Pagi2 udah rame 🔥 kaos anak dari koli Korea 3 lembar 20rb, lapak samping Indomaret Jl. Veteran"),
("f95", "post", "hn_twin_not_clothing", "1101", "Pagi2 udah rame 🔥 buku cerita anak bekas dari koli Korea 3 biji 20rb, lapak samping Indomaret Jl. Veteran"),

("f96", "listing", "twin_offer_loud", "1111", "Sepatu thrift impor: Adidas Samba second 2 psg, Puma Speedcat 1 psg. Harga di foto, COD Tangerang"),
("f96", "listing", "hn_twin_new_goods", "1011", "Sepatu impor: Adidas Samba BNIB 2 psg, Puma Speedcat 1 psg, BNWT. Harga di foto, COD Tangerang"),

("f97", "message", "twin_offer_quiet", "1111", "Pak, gorden & karpet ex Dubai udah masuk Belawan 5 koli, bapak jadi ambil? 1 koli 1,9jt"),
("f97", "message", "hn_twin_not_clothing", "1101", "Pak, kurma & minyak zaitun ex Dubai udah masuk Belawan 5 koli, bapak jadi ambil? 1 koli 1,9jt"),

("f98", "article", "hn_twin_news", "0111", "Razia di Gedebage menemukan ratusan bal pakaian bekas impor yang dijual bebas di los-los pedagang."),
("f98", "post", "twin_offer_loud", "1111", "Ratusan bal pakaian bekas impor kami ready di los Gedebage, dijual bebas eceran/grosir, mampir gaes"),

("f99", "live", "twin_offer_quiet", "1111", "Ini sling bag Porter ex Jepang ya, ada baret dikit, 150, ketik P150 kalau mau"),
("f99", "live", "hn_twin_own_purchase", "1110", "Ini sling bag Porter punyaku sendiri, beli di Grand Indonesia 2019, ada baret dikit, 150, ketik P150 kalau mau"),
("f99", "live", "hn_twin_new_goods", "1011", "Ini sling bag Porter ex Jepang ya, baru dari toko Tokyo, plastik belum dibuka, 1,15jt, ketik P115 kalau mau"),

("f100", "comment", "twin_offer_loud", "1111", "Baju rombengan impor ready kak, satuan 10rb-20rb, di Pasar Gembong lantai bawah"),
("f100", "comment", "hn_twin_not_clothing", "1101", "Barang rombengan impor ready kak, radio & kipas bekas 10rb-20rb, di Pasar Gembong lantai bawah"),

("f101", "listing", "twin_offer_quiet", "1111", "Tas ransel anak sekolah ex Malaysia, bekas tp masih kuat, 25rb, ambil di Entikong atau kirim Sanggau"),
("f101", "listing", "hn_twin_new_goods", "1011", "Tas ransel anak sekolah ex Malaysia, baru pabrik, 75rb, ambil di Entikong atau kirim Sanggau"),

("f102", "post", "twin_offer_loud", "1111", "Gudang pakaian bekas impor Jakarta Utara buka untuk umum Sabtu ini 🛒 per kilo 40rb, bawa karung sendiri"),
("f102", "post", "hn_twin_not_clothing", "1101", "Gudang barang bekas impor Jakarta Utara buka untuk umum Sabtu ini 🛒 keramik & kaca per kilo 40rb"),

("f103", "review", "hn_twin_complaint", "0111", "Udah transfer 500rb ke penjual karungan Korea di FB, katanya baju second grade A, barang ga dikirim. Penipu"),
("f103", "message", "twin_offer_quiet", "1111", "Udah aku siapkan 1 karungan Korea isi baju second grade A, transfer 500rb, langsung kirim hari ini"),
]
