# Batch 02 - hand-written. (family, kind, category, elements OUCA, text)
RECORDS = [
("f21", "listing", "twin_offer_quiet", "1111", "Rok plisket & dress wanita, kiriman Entikong, 100rb dapat 4, bisa COD Pontianak Kota"),
("f21", "listing", "hn_twin_new_goods", "1011", "Rok plisket & dress wanita baru dari Kuching, masih berlabel, 100rb dapat 2, bisa COD Pontianak Kota"),
("f21", "listing", "hn_twin_family_clearout", "1110", "Rok plisket & dress wanita second lungsuran kakak2 saya, 100rb dapat 4, bisa COD Pontianak Kota"),

("f22", "post", "twin_offer_loud", "1111", "Cakar Makassar masih gasss 💪 kemeja, celana, daster second impor, lapak kami di Pasar Toddopuli tiap Minggu pagi"),
("f22", "post", "hn_twin_church_bazaar", "1110", "Bazar gereja tiap Minggu pagi di Toddopuli 💪 kemeja, celana, daster second sumbangan jemaat, hasilnya buat panti"),

("f23", "message", "twin_offer_quiet", "1111", "Kak, sweater rajut Korea yg second udah aku pisahin 12 pcs ya, total 540rb, transfer hari ini bisa langsung kirim"),
("f23", "message", "hn_twin_new_goods", "1011", "Kak, sweater rajut Korea yg BNWT udah aku pisahin 12 pcs ya, total 1,2jt, transfer hari ini langsung kirim"),

("f24", "live", "twin_offer_loud", "1111", "Guys ini bal monza jaket kulit yg barusan aku buka di live, 1 bal dari Tanjungbalai, satuan mulai 70rb, gas ketik nomor!"),
("f24", "live", "hn_twin_new_goods", "1011", "Guys ini jaket kulit baru stok pabrik Vietnam aku buka di live, ada tag, satuan mulai 170rb, gas ketik nomor!"),
("f24", "live", "hn_twin_own_wardrobe", "1110", "Guys ini jaket kulit bekas koleksi abangku sendiri aku jual di live, bukan monza, satuan mulai 70rb, ketik nomor!"),

("f25", "comment", "twin_offer_quiet", "1111", "Ready lagi kemeja Hawaii ex Jepang, kondisi 9/10, 65k, DM ya kak"),
("f25", "comment", "hn_twin_local_source", "1110", "Ready lagi kemeja Hawaii second dari warga sekitar kos, kondisi 9/10, 65k, DM ya kak. Semuanya barang lokal"),

("f26", "article", "hn_twin_news", "0111", "Bea Cukai Nunukan gagalkan penyelundupan 120 balpres pakaian bekas dari Tawau menggunakan speedboat."),
("f26", "message", "twin_offer_loud", "1111", "Ready 120 balpres pakaian bekas dari Tawau, masuk lewat Nunukan minggu ini, yg mau order japri ya"),

("f27", "listing", "twin_offer_quiet", "1111", "Celana chino Dickies ex US, size 30-36, kondisi 8/10, borongan 50 pcs 2,2jt. Kirim dari Gedebage"),
("f27", "listing", "hn_twin_new_goods", "1011", "Celana chino Dickies ex US, size 30-36, baru lengkap tag, borongan 50 pcs 6,2jt. Kirim dari Bandung"),

("f28", "post", "twin_offer_loud", "1111", "Obral baju bekas impor 5rb-10rb!! Stok gudang harus abis minggu ini, alamat Jl. Kenari Gg 4 Jember 📍"),
("f28", "post", "hn_twin_clearance_new", "1011", "Obral baju impor sisa ekspor 5rb-10rb!! Baru semua, stok gudang harus abis minggu ini, Jl. Kenari Gg 4 Jember 📍"),
("f28", "post", "hn_twin_school_sale", "1110", "Obral baju bekas layak pakai 5rb-10rb di SD Kenari 4 Jember! Sumbangan wali murid, uangnya buat study tour 📍"),

("f29", "review", "hn_twin_review_no_seller", "0111", "Jaket varsity ex Korea yg aku dapet di karungan ternyata masih tebel banget, bekas tapi kayak baru. Worth it"),
("f29", "post", "twin_offer_recommendation", "1111", "Jaket varsity ex Korea dari karungan masih tebel bgt, bekas tp kayak baru. Belinya di @gudangvarsity.id, cus"),

("f30", "message", "twin_offer_quiet", "1111", "Tawaran hari ini: kaos anak sortiran campur per kilo 35rb, barang Korea, bisa ambil 25 kg. Lokasi Kebon Kalapa"),
("f30", "message", "hn_twin_not_clothing", "1101", "Tawaran hari ini: mainan anak bekas campur per kilo 35rb, barang Korea, bisa ambil 25 kg. Lokasi Kebon Kalapa"),

("f31", "profile", "twin_offer_loud", "1111", "thrift shop bandung 🌿 second branded impor | new drop tiap Jumat | COD Cimol | shopee: raka.thrift"),
("f31", "profile", "hn_twin_brand_new_vintage", "1011", "vintage style shop bandung 🌿 model retro tp BARU semua, impor langsung Guangzhou | new drop tiap Jumat | shopee: raka.retro"),

("f32", "comment", "twin_offer_quiet", "1111", "Mbak masih ada stok hoodie Jepang di lapak Pasar Baru? Ada kak, sisa 4, 80rb, kondisi ada sedikit pudar"),
("f32", "comment", "hn_twin_own_purchase", "1110", "Mbak masih ada hoodie itu? Ada kak sisa 4, 80rb, bekas pakai aku & adik, belinya dulu di Matahari"),

("f33", "live", "twin_offer_loud", "1111", "Thrifting live bareng Bang Jo! Jeans Levi's bekas dari Singapore 99rb, yang cepet dapet 🔥🔥"),
("f33", "live", "hn_twin_new_goods", "1011", "Live bareng Bang Jo! Jeans Levi's new original dari Singapore 599rb, ada struk, yang cepet dapet 🔥🔥"),

("f34", "listing", "twin_offer_quiet", "1111", "Kemeja batik Malaysia, seken, motif bunga, L-XL, 3 helai 50rb, ambil kat Pasar Tungging je"),
("f34", "listing", "hn_twin_family_clearout", "1110", "Kemeja batik seken peninggalan almarhum bapak, L-XL, 3 helai 50rb, ambil di rumah Kampung Lalang je"),

("f35", "post", "hn_twin_rule", "0111", "Aturan grup: DILARANG posting jualan baju bekas impor, karungan, sortiran grade atau bal apa pun. Langsung kick."),
("f35", "post", "twin_offer_loud", "1111", "Gaes aku jualan baju bekas impor karungan, ada sortiran grade A & B, bal utuh juga bisa. Cek katalog di highlight"),
("f35", "post", "hn_twin_rule_sacks", "0101", "Aturan grup: DILARANG posting jualan karung goni bekas impor, sortiran grade apa pun, bal utuh juga. Langsung kick."),

("f36", "message", "twin_offer_quiet", "1111", "Mas, seragam kerja & wearpack bekas ex Australia ready 3 koli, cocok buat bengkel, 1 koli 1,5jt"),
("f36", "message", "hn_twin_local_source", "1110", "Mas, seragam kerja & wearpack bekas karyawan pabrik kami di Cikarang ready 3 dus, cocok buat bengkel, 1 dus 1,5jt"),
("f36", "message", "hn_twin_not_clothing", "1101", "Mas, helm proyek & kacamata safety bekas ex Australia ready 3 koli, cocok buat bengkel, 1 koli 1,5jt"),

("f37", "comment", "hn_twin_question_stock", "0111", "Ada yg tau gudang sortiran Jepang yg bisa ecer per kilo di Bogor? Bukan buat jual, buat dipake sendiri"),
("f37", "comment", "twin_offer_quiet", "1111", "Gudang sortiran Jepang kami di Bogor bisa ecer per kilo kak, buat dipake sendiri jg boleh, alamat di bio"),

("f38", "listing", "twin_offer_loud", "1111", "[BAL] Sepatu olahraga second Korea campur 50 psg, 3jt, no retur, kirim via cargo Batam"),
("f38", "listing", "hn_twin_club_clearout", "1110", "Sepatu olahraga second koleksi klub futsal kami sendiri, campur 50 psg, 3jt, no retur, kirim via cargo"),

("f39", "post", "twin_offer_quiet", "1111", "Nemu ini di lapak abang Medan, blus second Hongkong cuma 15rb, lapaknya di Simalingkar sebelah tukang tahu"),
("f39", "post", "hn_twin_haul_no_seller", "0111", "Nemu blus second Hongkong cuma 15rb pas jalan2 ke Medan, seneng bgt. Ada yg suka belanja ginian juga?"),

("f40", "review", "twin_offer_recommendation", "1111", "Buat yg nanya, jaket kulit second UK-ku beli di @kulit.tua.dps, ready banyak, adminnya fast resp ⭐⭐⭐⭐⭐"),
("f40", "review", "hn_twin_new_goods", "1011", "Buat yg nanya, jaket kulit UK-ku beli baru di @kulit.tua.dps, ready banyak, adminnya fast resp ⭐⭐⭐⭐⭐"),
]
