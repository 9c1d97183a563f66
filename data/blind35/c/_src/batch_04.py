# batch 04: families F061-F080, written by hand
RECORDS = [
    ("F061", "listing", "twin_offer_quiet", "Dijual 5 karung campuran baju musim dingin dari Korea, kondisi bekas bagus, cocok buat lapak pegunungan. Malang", 1, 1, 1, 1),
    ("F061", "listing", "hn_twin_not_clothing", "Dijual 5 karung campuran kabel tembaga bekas dari Korea, kondisi bersih, cocok buat pengepul logam. Malang", 1, 1, 0, 1),
    ("F061", "listing", "hn_twin_rice", "Dijual 5 karung beras ketan dari Thailand, kondisi bagus, cocok buat usaha kue. Malang", 1, 0, 0, 1),

    ("F062", "post", "twin_offer_loud", "Lapak cakar Parepare 📍 depan Pasar Senggol, sepatu & tas branded 2nd mulai 25rb, buka sampai magrib", 1, 1, 1, 1),
    ("F062", "post", "hn_twin_not_clothing", "Lapak barang 2nd Parepare 📍 depan Pasar Senggol, HP & charger bekas Malaysia mulai 25rb, buka sampai magrib", 1, 1, 0, 1),

    ("F063", "message", "twin_offer_quiet", "Mbak, jilbab & mukena bekas dari Johor kondisi layak, 10 potong 150rb, mau dipaketin sekarang?", 1, 1, 1, 1),
    ("F063", "message", "hn_twin_not_clothing", "Mbak, wajan & dandang dari Johor kondisi layak pakai, 10 biji 150rb, mau dipaketin sekarang?", 1, 1, 0, 1),

    ("F064", "review", "hn_twin_review_no_seller", "Baju2 dari karungan Jepang emang awet ya, kemeja yg aku beli 3 thn lalu masih bagus sampe skrg", 0, 1, 1, 1),
    ("F064", "review", "twin_offer_quiet", "Baju2 dari karungan Jepang di toko @ruang.lawas awet banget, kemejaku dr sana 3 thn masih bagus. Order lagi ah", 1, 1, 1, 1),

    ("F065", "article", "hn_twin_news", "Kemendag musnahkan ratusan balpres pakaian bekas impor sitaan dari gudang di Bandung, nilainya ditaksir miliaran rupiah.", 0, 1, 1, 1),
    ("F065", "post", "twin_offer_loud", "Yang disita Kemendag cuma sebagian 😏 balpres pakaian bekas impor dari gudang Bandung masih ada di kami, harga miring, DM", 1, 1, 1, 1),

    ("F066", "profile", "twin_offer_loud", "🧥 Grosir bal jaket ex Korea & Jepang | min 1 bal | Gudang Tanjung Priok | no COD, tf dulu", 1, 1, 1, 1),
    ("F066", "profile", "hn_twin_not_clothing", "🔩 Grosir mesin bubut ex Korea & Jepang bekas pakai | min 1 unit | Gudang Tanjung Priok | no COD, tf dulu", 1, 1, 0, 1),

    ("F067", "comment", "twin_offer_quiet", "Ada kak, selimut ex Korea yg tebel itu, bekas tapi udh laundry, 65rb. Aku di Kupang, bisa kirim via kapal", 1, 1, 1, 1),
    ("F067", "comment", "hn_twin_new_goods", "Ada kak, selimut ex Korea yg tebel itu, baru masih dus, 265rb. Aku di Kupang, bisa kirim via kapal", 1, 0, 1, 1),

    ("F068", "live", "twin_offer_quiet", "Ayo ayo, celana anak dari koli Singapur, 10rb tiga, bunda2 yg nonton langsung ketik ambil ya", 1, 1, 1, 1),
    ("F068", "live", "hn_twin_not_clothing", "Ayo ayo, mainan anak bekas dari koli Singapur, 10rb tiga, bunda2 yg nonton langsung ketik ambil ya", 1, 1, 0, 1),
    ("F068", "live", "hn_twin_new_goods", "Ayo ayo, celana anak baru produksi Solo, 10rb tiga cuci gudang, bunda2 yg nonton langsung ketik ambil ya", 1, 0, 1, 0),
    ("F068", "live", "hn_twin_new_sing", "ayo ayo, celana anak baru dari Singapur, sisa ekspor masih ada label, 10rb tiga, bunda2 langsung ketik ambil", 1, 0, 1, 1),

    ("F069", "message", "hn_twin_report", "Pak RT, ini gudang di gang sebelah tiap malam bongkar karung baju bekas dari Batam, izinnya ada ga ya?", 0, 1, 1, 1),
    ("F069", "message", "twin_offer_quiet", "Pak RT, saya buka gudang di gang sebelah, tiap malam bongkar karung baju layak pakai dari Batam, kalau warga mau beli boleh mampir", 1, 1, 1, 1),

    ("F070", "listing", "twin_offer_loud", "Awul-awul Lombok, kaos oblong murah 5rb/pcs min ambil 20 pcs, lokasi Pasar Kebon Roek", 1, 1, 1, 1),
    ("F070", "listing", "hn_twin_new_goods", "Grosir Lombok, kaos oblong polos baru 15rb/pcs min ambil 20 pcs, sablon lokal, lokasi Pasar Kebon Roek", 1, 0, 1, 0),
    ("F070", "listing", "hn_twin_local_wardrobe", "Lungsuran keluarga Lombok, kaos oblong bekas 5rb/pcs ambil semua 20 pcs, bukan awul-awul, lokasi dekat Kebon Roek", 1, 1, 1, 0),

    ("F071", "post", "twin_offer_quiet", "Cuma hari ini: coat wol eks Inggris, dipakai pemilik lama, 120rb aja, stok di Jl. Veteran Semarang", 1, 1, 1, 1),
    ("F071", "post", "hn_twin_not_clothing", "Cuma hari ini: mesin rajut eks Inggris, dipakai pemilik lama, masih jalan, 1,2jt aja, stok di Jl. Veteran Semarang", 1, 1, 0, 1),

    ("F072", "comment", "twin_offer_loud", "Yg mau thrift murmer, lelong Jambi di tempat aku 10rb-an, Pasar Angso Duo lantai bawah", 1, 1, 1, 1),
    ("F072", "comment", "hn_twin_joke", "yg mau thrift murmer ke lelong Jambi, tapi siap2 bersin 3 hari 🤧 pengalaman pribadi", 0, 1, 1, 1),

    ("F073", "message", "twin_offer_quiet", "Kiriman via Entikong minggu ini: 30 ikat celana pendek bekas, harga ikat 450rb, Sintang bisa antar", 1, 1, 1, 1),
    ("F073", "message", "hn_twin_not_clothing", "Kiriman via Entikong minggu ini: 30 ikat rotan bekas anyaman, harga ikat 450rb, Sintang bisa antar", 1, 1, 0, 1),

    ("F074", "listing", "hn_twin_local_charity", "Sepatu sekolah bekas layak pakai, hasil donasi alumni SMP 2 Jambi, 20rb sepasang, uangnya untuk beasiswa", 1, 1, 1, 0),
    ("F074", "listing", "twin_offer_quiet", "Sepatu sekolah bekas layak pakai, partai dari Port Klang, 20rb sepasang, grosir lebih murah, Jambi", 1, 1, 1, 1),

    ("F075", "post", "twin_offer_loud", "Ready thrift ex Korea 💜 blouse 30rb 3 pcs, jastip dari Pasar Baru Bandung tiap weekend", 1, 1, 1, 1),
    ("F075", "post", "hn_twin_new_goods", "Ready jastip ex Korea 💜 blouse baru 3 pcs 300rb, dari Dongdaemun langsung, tiap weekend", 1, 0, 1, 1),

    ("F076", "article", "hn_twin_trader_quoted", "Pedagang di Pasar Gembong Surabaya menyebut pembeli baju bekas impor kini didominasi mahasiswa, bukan lagi buruh pabrik.", 0, 1, 1, 1),
    ("F076", "article", "hn_twin_trader_new", "Pedagang di Pasar Gembong Surabaya menyebut pembeli baju baru produksi lokal kini didominasi mahasiswa, bukan lagi buruh pabrik.", 0, 0, 1, 0),
    ("F076", "article", "hn_twin_trader_local_used", "Pedagang di Pasar Gembong Surabaya menyebut pembeli baju bekas hasil titip jual warga kini didominasi mahasiswa.", 0, 1, 1, 0),
    ("F076", "post", "twin_offer_loud", "Mahasiswa merapat 📚 baju bekas impor di kios kami Pasar Gembong Surabaya, 3 potong 50rb", 1, 1, 1, 1),

    ("F077", "message", "twin_offer_quiet", "Kak mau reseller? Ambil dari aku per karung 55kg, sweater & cardigan Jepang campur, untung bisa 3x lipat", 1, 1, 1, 1),
    ("F077", "message", "hn_twin_new_goods", "Kak mau reseller? Ambil dari aku per lusin, sweater & cardigan rajut baru impor Jepang, untung bisa 2x lipat", 1, 0, 1, 1),
    ("F077", "message", "hn_twin_job", "Kak mau kerja? Gudang kami butuh tukang sortir karung 55kg isi sweater & cardigan Jepang bekas, gaji harian", 0, 1, 1, 1),

    ("F078", "comment", "twin_offer_quiet", "Yang di Manado, baju RB dari Tawau ada di aku, kemeja 15rb, celana 20rb, chat aja", 1, 1, 1, 1),
    ("F078", "comment", "hn_twin_complaint", "Yang di Manado hati2, beli baju RB dari Tawau di akun itu, kemeja 15rb datengnya robek semua, chat ga dibalas", 0, 1, 1, 1),

    ("F079", "listing", "twin_offer_loud", "Karung goni isi baju bekas impor, 1 goni 100 kg, harga nego, lokasi Medan Belawan", 1, 1, 1, 1),
    ("F079", "listing", "hn_twin_jute_sack", "Karung goni bekas kosong ex India, 1 ikat 100 lembar, harga nego, lokasi Medan Belawan", 1, 1, 0, 1),

    ("F080", "post", "hn_twin_swap_event", "Swap party hari Sabtu 🌿 bawa 3 baju bekas lemari sendiri, tukar dengan punya teman, gratis masuk, Kopi Tepi Kali Semarang", 0, 1, 1, 0),
    ("F080", "post", "hn_twin_swap_market_local", "Pasar tukar & jual hari Sabtu 🌿 bawa 3 baju bekas lemari sendiri, yg mau jual boleh gelar lapak, Kopi Tepi Kali Semarang", 1, 1, 1, 0),
    ("F080", "post", "twin_offer_quiet", "Pasar jual hari Sabtu 🌿 gelar lapak baju bekas karungan Batam, 3 potong 50rb, Kopi Tepi Kali Semarang", 1, 1, 1, 1),
]
