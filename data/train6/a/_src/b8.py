# Batch 8 - hand-written one-liners (illegal offers, written to bring the legal share to ~55%).
# Tuple: (kind, category, offer, used, clothing, abroad, text)
RECORDS = [
    ("listing", "logistics_offer", 1, 1, 1, 1, "Handuk & Selimut Hotel Campur Per Karung 50 Kg Sudah Dipilih Bersih Kiriman Via Tanjungbalai"),
    ("post", "invented_code", 1, 1, 1, 1, "Gaes 'tahu bulat' udah mendarat dari seberang 🟤 isinya jaket puffer, digoreng dadakan eh dibuka dadakan, japri!"),
    ("comment", "seller_comment", 1, 1, 1, 1, "Kak ini ukuran terakhir ya, dari koli yg masuk lewat Belawan, ada benang lepas dikit di bawah, 35rb"),
    ("message", "plain_offer", 1, 1, 1, 1, "Mbak Rini, celana jeans anak dari goni Entikong udah kupilihin 40 potong, rata-rata mulus, 900rb semua ya"),
    ("live", "live_logistics", 1, 1, 1, 1, "Halo yg baru masuk, ini masih ikatan Tawau yaa, gamis panjang, ada 1-2 yg pudar aku infoin, 40rb"),
    ("profile", "profile_code", 1, 1, 1, 1, "Rumah Koli Pekanbaru 🏠 barang pilihan dari Dumai tiap minggu • ecer mulai 10rb • reseller ambil per 50"),
    ("review", "review_names_seller", 1, 1, 1, 1, "Kemarin mampir lapak Pak Darto di Pasar Tungging, kemeja dari karung baru dibuka, bersih & murah, balik lagi deh"),
    ("listing", "english_mix", 1, 1, 1, 1, "Bulk 50 Pcs Mixed Knitwear Pre-Worn Good Cond Pilihan Tangan Ready Kirim Dari Tanjungpinang"),
    ("listing", "grade_offer", 1, 1, 1, 1, "Celana Jeans Pria Grade A Per 20 Pcs Rp 700rb Ada Whisker Asli Pemakaian Bukan Pabrik"),
    ("post", "makassar_offer", 1, 1, 1, 1, "Sini meki ke lapakku di Pasar Terong, baru dibukami karung Parepare tadi pagi, jaketnya mantap-mantap ji"),
    ("message", "broker_offer", 1, 1, 1, 1, "Koh, kapal dari Port Klang sandar Senin, saya bisa alokasikan 15 ikat jaket buat koh, DP via rekening biasa"),
    ("comment", "typo_offer", 1, 1, 1, 1, "msh ad kak, swter rajut dri tmpukan kpal, udh dicuci, no bolong, 45 ribu aj"),
    ("live", "live_code_word", 1, 1, 1, 1, "Sesi 'buka kado laut' part 2 ya kak 🎀 kali ini sepatu kets, rata-rata 8/10, langsung ketik kode"),
    ("post", "pointing_offer", 1, 1, 1, 1, "Goni hari Selasa udah kupilah per ukuran, harga per potong & video tiap item ada di grup WA, link minta via DM"),
    ("listing", "condition_offer", 1, 1, 1, 1, "Kemeja Oxford Ralph Lauren Size L Kerah Agak Menguning Kondisi 8/10 Satu-Satunya Dari Tumpukan Koli"),
    ("profile", "profile_code", 1, 1, 1, 1, "Mak Lampir Gudang 👻 turunan kapal Nunukan-Parepare • ikatan utuh & ecer • kirim ke seluruh Sulawesi"),
]
