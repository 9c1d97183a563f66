# Batch 04 - hand-written. (family, kind, category, elements OUCA, text)
RECORDS = [
("f63", "listing", "twin_offer_quiet", "1111", "Kemeja flanel Uniqlo ex Jepang, size M, pudar dikit, 45rb. Bisa ambil di Kebon Kalapa"),
("f63", "listing", "hn_twin_own_wardrobe", "1110", "Kemeja flanel Uniqlo punya sendiri (beli di Uniqlo PVJ), size M, pudar dikit, 45rb. Ambil di Buah Batu"),

("f64", "post", "twin_offer_loud", "1111", "Haiii, toko thrift kami buka cabang baru di Denpasar! Baju bekas impor Aussie & Jepang mulai 25k, see u 💚"),
("f64", "post", "hn_twin_local_upcycle", "1110", "Haiii, toko preloved kami buka cabang baru di Denpasar! Baju bekas donasi warga Bali kami jahit ulang, mulai 25k 💚"),

("f65", "message", "twin_offer_quiet", "1111", "Kak, sisa kemeja pantai dari koli Bangkok tinggal 9, aku kasih 300rb semua ya, ongkir aku tanggung"),
("f65", "message", "hn_twin_new_goods", "1011", "Kak, sisa kemeja pantai titipan belanja Bangkok tinggal 9, baru semua, aku kasih 900rb ya, ongkir aku tanggung"),

("f66", "comment", "twin_offer_loud", "1111", "yang cari awul2 murah, aku jual baju bekas impor di Malioboro belakang Ramai Mall, 10rb dapet 2 😁"),
("f66", "comment", "hn_twin_local_secondhand", "1110", "yang cari baju bekas murah, aku jual lungsuran keluarga di Malioboro belakang Ramai Mall, bukan awul2, 10rb dapet 2 😁"),

("f67", "live", "twin_offer_quiet", "1111", "Oke lanjut, ini dress brokat ex Hongkong, ada noda kecil di bawah, 35rb, ambil? Yang komen duluan"),
("f67", "live", "hn_twin_new_goods", "1011", "Oke lanjut, ini dress brokat ex Hongkong, baru restock, full size run, 135rb, ambil? Yang komen duluan"),

("f68", "article", "hn_twin_news", "0111", "Dinas Perdagangan Makassar mencatat ratusan pedagang cakar di Pasar Butung masih menjual pakaian bekas impor."),
("f68", "article", "hn_twin_news_local", "0110", "Dinas Perdagangan Makassar mencatat ratusan pedagang di Pasar Butung menjual pakaian bekas dari pengepul lokal, bukan cakar."),
("f68", "post", "twin_offer_loud", "1111", "Pedagang cakar Pasar Butung di sini 🙋 pakaian bekas impor ready, lapak D-12, datang mi sebelum habis"),

("f69", "listing", "twin_offer_quiet", "1111", "Sweater rajut vintage, asal Korea, 2nd, 4 pcs 100rb, kirim dr Bekasi"),
("f69", "listing", "hn_twin_own_wardrobe", "1110", "Sweater rajut vintage, 2nd, semua dari lemari kakakku sendiri, 4 pcs 100rb, kirim dr Bekasi"),

("f70", "profile", "twin_offer_loud", "1111", "@bundle.batam.official 🧥 pakaian bundle ex Singapore & Malaysia | ecer & grosir | COD Nagoya Batam"),
("f70", "profile", "hn_twin_new_goods", "1011", "@batam.outlet.official 🧥 pakaian baru ex Singapore & Malaysia, sisa stok butik | ecer & grosir | COD Nagoya"),

("f71", "message", "twin_offer_quiet", "1111", "Bang, celana training ex Korea karungan kemarin mau aku tambah 2 karung lagi, kirim ke Lubuklinggau ya"),
("f71", "message", "hn_twin_buyer_order_cancel", "0111", "Bang, celana training ex Korea karungan kemarin ga jadi aku ambil ya, kualitasnya kurang, maaf 🙏"),

("f72", "post", "twin_offer_quiet", "1111", "Rezeki pagi 🙏 pecah goni baru: jaket jeans & rompi, 50rb-an, mampir lapak Pasar Aksara"),
("f72", "post", "hn_twin_local_source", "1110", "Rezeki pagi 🙏 bongkar lemari almarhumah nenek: jaket jeans & rompi bekas, 50rb-an, mampir rumah di Aksara"),

("f73", "review", "twin_offer_recommendation", "1111", "Rekomen tempat thrift di Surabaya: @sby.gudangthrift, jaket impor bekas nya bagus-bagus & murah ⭐"),
("f73", "review", "hn_twin_local_thrift", "1110", "Rekomen tempat thrift di Surabaya: @sby.lemaribersama, isinya titipan preloved arek2 kampus, bukan impor ⭐"),

("f74", "listing", "twin_offer_loud", "1111", "BAL OBOK-OBOK SPESIAL ANAK, ex Korea 100 kg, 3jt nett, kirim ekspedisi. Hub 0813xxxx"),
("f74", "listing", "hn_twin_new_goods", "1011", "BAL BAJU ANAK SISA EKSPOR, produk Korea baru 100 kg, 3jt nett, kirim ekspedisi. Hub 0813xxxx"),

("f75", "comment", "twin_offer_quiet", "1111", "@rinta_ Ready sist, sepatu Onitsuka ex Jepang 39, masih 85%, 250rb aja, cek DM"),
("f75", "comment", "hn_twin_own_wardrobe", "1110", "@rinta_ Ready sist, sepatu Onitsuka punyaku sendiri size 39, dipakai 3x, 250rb aja, cek DM"),

("f76", "message", "twin_offer_loud", "1111", "Assalamualaikum, untuk paket reseller thrift import 50 pcs 750rb, 100 pcs 1,4jt. Minat balas ya"),
("f76", "message", "hn_twin_refusal", "0111", "Waalaikumsalam, maaf kak aku bukan reseller thrift import lagi, paket 50 pcs & 100 pcs udh ga ada. Makasih ya"),

("f77", "listing", "twin_offer_quiet", "1111", "Jas & celana bahan formal, eks Eropa via Port Klang, layak pakai, 120rb/set. Medan Johor"),
("f77", "listing", "hn_twin_new_goods", "1011", "Jas & celana bahan formal, impor Eropa via Port Klang, baru pres, 820rb/set. Medan Johor"),

("f78", "post", "twin_offer_loud", "1111", "🔥 Rombengan Jawa Tengah buka lagi! baju bekas impor 5rb-15rb, lapak pojok Pasar Klewer 🔥"),
("f78", "post", "hn_twin_charity_bazaar", "1110", "🔥 Bazar amal SMA 2 buka lagi! baju bekas sumbangan alumni 5rb-15rb, lapak depan aula sekolah 🔥"),

("f79", "live", "twin_offer_quiet", "1111", "Yang nanya tadi, ini sepatu boots kulit dari karungan Jepang, size 41, 180 ya kak, tulis 'ambil'"),
("f79", "live", "hn_twin_new_goods", "1011", "Yang nanya tadi, ini sepatu boots kulit impor Jepang, baru dus segel, size 41, 380 ya kak, tulis 'ambil'"),

("f80", "comment", "hn_twin_report", "0111", "Min tolong cek akun @lelongpontianak, dia jual baju lelong bekas Malaysia terang2an, kan dilarang"),
("f80", "comment", "twin_offer_loud", "1111", "Mampir ke @lelongpontianak, jual baju lelong bekas Malaysia, murah2 kak, aku langganan di sana"),

("f81", "listing", "twin_offer_quiet", "1111", "Hoodie & crewneck ex Amerika, kondisi 8-9/10, 60k ambil 2 100k. Ready di Gedebage"),
("f81", "listing", "hn_twin_donation", "0111", "Hoodie & crewneck ex Amerika kondisi 8-9/10, GRATIS buat adik2 panti, bukan dijual ya, kumpul di Gedebage"),

("f82", "post", "twin_offer_loud", "1111", "Bongkar balpres pakaian wanita impor Jepang hari ini, bisa pilih satuan 20rb, lokasi Tanjungpinang KM 9"),
("f82", "post", "hn_twin_family_clearout", "1110", "Bongkar lemari keluarga hari ini, pakaian wanita bekas bisa pilih satuan 20rb, bukan balpres, lokasi Tanjungpinang KM 9"),
]
