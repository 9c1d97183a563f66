# Hand-written near-twin families, batch 5.
RECORDS = [
    ("f076", "listing", "twin_offer_quiet", "1111", "Blazer wanita ex Korea, pernah dipakai, potongan slim, 45rb. Cek di lapak Pasar Baru Trade Center Bandung lt. 3"),
    ("f076", "listing", "hn_twin_new_goods", "1011", "Blazer wanita ex Korea, stok baru belum dipakai, potongan slim, 145rb. Cek di lapak Pasar Baru Trade Center Bandung lt. 3"),

    ("f077", "message", "twin_offer_quiet", "1111", "Sy kirim foto isi koli ya bu: kaos anak campur, layak pakai, 70 potong. Kalau cocok transfer, barang jalan dari Batam besok"),
    ("f077", "message", "hn_twin_own_kids", "1110", "Sy kirim foto isi kardus ya bu: kaos anak-anak sy sendiri, layak pakai, 70 potong. Kalau cocok transfer, sy kirim dari Batam besok"),

    ("f078", "post", "twin_offer_loud", "1111", "Ready bal sepatu Korea 🇰🇷 isi 80 pasang campur merk, 4,8jt. Lokasi gudang Cikampek, survey boleh. #balsepatu"),
    ("f078", "post", "hn_twin_not_clothing", "1101", "Ready bal ban motor bekas Korea 🇰🇷 isi 80 pcs campur merk, 4,8jt. Lokasi gudang Cikampek, survey boleh."),

    ("f079", "comment", "hn_twin_buyer_question", "0111", "Ada yg pernah order karungan ex Jepang dari Batam? Isinya bener jaket semua ga sih? mau coba tp takut zonk"),
    ("f079", "comment", "twin_offer_quiet", "1111", "Aku jual karungan ex Jepang dari Batam kak, isinya jaket semua dijamin ga zonk, bisa video call pas bongkar. DM aja"),

    ("f080", "listing", "twin_offer_quiet", "1111", "Kemeja batik pria, bekas pakai, motif Malaysia & Brunei, 20rb. Masuk lewat Entikong, ambil di Sanggau"),
    ("f080", "listing", "hn_twin_new_goods", "1011", "Kemeja batik pria, baru jahit konveksi Kuching, motif Malaysia & Brunei, 60rb. Masuk lewat Entikong, ambil di Sanggau"),

    ("f081", "live", "twin_live_sale", "1111", "Malam ini kita buka koli ketiga ya bun, gamis & tunik second, harga 15-35rb, yg mau tinggal komen kode"),
    ("f081", "live", "hn_twin_new_goods", "1011", "Malam ini kita buka koli ketiga ya bun, gamis & tunik baru impor Turki, harga 55-85rb, yg mau tinggal komen kode"),
    ("f081", "live", "hn_twin_giveaway", "0111", "Malam ini bukan jualan ya bun, cuma giveaway gamis & tunik second dari koli kemarin buat 3 penonton beruntung"),

    ("f082", "article", "hn_twin_news", "0111", "Pedagang cakar di Pasar Butung Makassar menyebut harga satu bal kini tembus Rp6 juta akibat pengetatan di Pare-pare."),
    ("f082", "listing", "twin_offer_regional", "1111", "Cakar Pasar Butung: satu bal masih Rp6 juta, isi kemeja & celana. Siap antar ke Gowa & Maros"),

    ("f083", "post", "twin_offer_loud", "1111", "Topi & beanie thrift Kanada, pemakaian, bersih sudah dicuci, 15rb tiga. Barang ada di kios kami Pajak Melati"),
    ("f083", "post", "hn_twin_own_collection", "1110", "Topi & beanie koleksi pribadi, pemakaian, bersih sudah dicuci, 15rb tiga. Barang ada di rumah, Padang Bulan Medan"),

    ("f084", "message", "twin_offer_loud", "1111", "Grosir baju thrift impor per kilo 🔥 celana jeans 60rb/kg, kaos 40rb/kg, min 5kg, gudang Sidoarjo"),
    ("f084", "message", "hn_twin_not_clothing", "1101", "Grosir karung goni bekas impor per kilo 🔥 goni besar 60rb/kg, goni kecil 40rb/kg, min 5kg, gudang Sidoarjo"),

    ("f085", "profile", "twin_bio_shop", "1111", "✨ jualan baju second dari Jepang, dipilih satu-satu | ig-only | restock tiap Selasa | Surabaya"),
    ("f085", "profile", "hn_twin_bio_new", "1011", "✨ jualan baju baru dari Jepang, dipilih satu-satu | ig-only | restock tiap Selasa | Surabaya"),

    ("f086", "review", "hn_twin_review_no_seller", "0111", "Celana cargo bekas impor ini enak dipake naik gunung, kantongnya banyak. Saran aja, cuci pake deterjen + cuka dulu"),
    ("f086", "review", "hn_twin_review_new", "0011", "Celana cargo impor baru ini enak dipake naik gunung, kantongnya banyak. Saran aja, cuci dulu sebelum dipakai"),

    ("f087", "listing", "twin_offer_loud", "1111", "Seragam SD bekas impor grade B, putih merah, 5rb/stel. Dari gudang Belawan, min ambil 20"),
    ("f087", "listing", "hn_twin_school_sale", "1110", "Seragam SD second hasil kumpulan alumni, putih merah, 5rb/stel. Dijual di koperasi sekolah, min ambil 2"),

    ("f088", "comment", "twin_offer_quiet", "1111", "Yg di Pontianak bisa mampir, daster & baju tidur ex Malaysia, pemakaian, 10rb/pcs. Lapak Parit Tokaya"),
    ("f088", "comment", "hn_twin_not_clothing", "1101", "Yg di Pontianak bisa mampir, piring & gelas ex Malaysia, pemakaian, 10rb/pcs. Lapak Parit Tokaya"),

    ("f089", "post", "twin_offer_loud", "1111", "Bundle UK & USA kemeja flanel 🔥 kondisi bekas layak, 35rb/pcs. Order via shopee 'flanel.rantau', kirim dr Jakarta"),
    ("f089", "post", "hn_twin_stopped_selling", "0111", "Pengumuman: kami STOP jual bundle UK & USA kemeja flanel bekas mulai bulan ini. Shopee 'flanel.rantau' ditutup, makasih semua"),

    ("f090", "message", "twin_offer_quiet", "1111", "Koh, handuk & sprei hotel ex Singapore udah sampai Tanjungpinang, pakai tapi bersih, 12rb per lembar. Mau berapa ikat?"),
    ("f090", "message", "hn_twin_not_clothing", "1101", "Koh, majun dari kain bekas ex Singapore udah sampai Tanjungpinang, buat lap mesin bengkel, 12rb per kilo. Mau berapa ikat?"),

    ("f091", "listing", "twin_offer_quiet", "1111", "Jaket kulit second Taiwan, grade A, size M-L, 180rb. Bisa lihat langsung di Pasar Senen blok V"),
    ("f091", "listing", "hn_twin_denial_import", "1110", "Jaket kulit second koleksi almarhum ayah, bukan barang Senen apalagi impor, size M-L, 180rb. COD Jaktim"),

    ("f092", "comment", "hn_twin_complaint", "0111", "Tolong hati2 sama penjual bal Korea di grup ini, saya transfer 2jt, barang ga pernah sampe ke Dumai"),
    ("f092", "comment", "hn_twin_complaint_not_clothing", "0101", "Tolong hati2 sama penjual bal kardus bekas Korea di grup ini, saya transfer 2jt, barang ga pernah sampe ke Dumai"),

    ("f093", "post", "twin_offer_loud", "1111", "Sarung tangan & syal wol bekas impor Eropa, cocok buat yg mau ke Dieng 🥶 10rb aja, mampir lapak Malioboro"),
    ("f093", "post", "hn_twin_new_goods", "1011", "Sarung tangan & syal wol ex Eropa, baru ada tag, cocok buat yg mau ke Dieng 🥶 40rb aja, mampir lapak Malioboro"),

    ("f094", "listing", "twin_offer_loud", "1111", "Jual 1 bal pakaian bekas Jepang kualitas A, isi dress & rok, 3jt nego. Lokasi Tanjungbalai Asahan"),
    ("f094", "listing", "hn_twin_not_clothing", "1101", "Jual 1 bal kertas bekas Jepang kualitas A, isi koran & majalah, 3jt nego. Lokasi Tanjungbalai Asahan"),
]
