# Batch 4 - hand-written near-twin families (more clothing flips).
R = [
 ("F066","message","twin_offer_loud",1,1,1,1,"Gan, bal thrift celana training ex Korea 80 kg sisa 2 bal, harga lama 5,2jt, gudang Batu Ampar, bisa lihat dulu"),
 ("F066","message","hn_twin_not_clothing",1,1,0,1,"Gan, bal laptop bekas ex Korea 80 unit sisa 2 bal, harga lama 52jt, gudang Batu Ampar, bisa lihat dulu"),

 ("F067","listing","twin_offer_loud",1,1,1,1,"Grade A campur pria 1 bal ±100 kg, isi kemeja & kaos, 3,8jt franco Jakarta"),
 ("F067","listing","hn_twin_not_clothing",1,0,0,1,"Grade A beras Thailand 1 karung 50 kg, pulen, 780rb franco Jakarta"),
 ("F067","listing","hn_twin_rice_used_sack",1,1,0,1,"Grade A karung beras bekas ex Thailand 1 bal isi 1000 lembar, bersih, 3,8jt franco Jakarta"),

 ("F068","post","hn_twin_not_clothing",1,1,0,1,"Ready HP second inter ex Singapore 📱 iPhone XR, 11, 12 mulus, harga miring, Batam Nagoya Hill lt dasar"),
 ("F068","post","twin_offer_loud",1,1,1,1,"Ready sneakers thrift ex Singapore 👟 Nike, Adidas, NB mulus, harga miring, Batam Nagoya Hill lt dasar"),

 ("F069","live","hn_twin_not_clothing",1,1,0,1,"Lanjut ya kak, dari bal Batam ada mainan anak bekas, Lego campur, 25rb sekantong, keranjang 9"),
 ("F069","live","twin_offer_loud",1,1,1,1,"Lanjut ya kak, dari bal Batam ada baju anak bekas, campur cewek cowok, 25rb sekantong, keranjang 9"),

 ("F070","comment","twin_offer_quiet",1,1,1,1,"Ada sis, sweater ex Korea yg kemarin masih 4, semua udah kepake tapi bulunya aman, 45rb"),
 ("F070","comment","hn_twin_not_clothing",1,1,0,1,"Ada sis, rice cooker ex Korea yg kemarin masih 4, semua udah kepake tapi pancinya aman, 145rb"),

 ("F071","article","hn_twin_news",0,1,1,1,"Petugas gabungan menggagalkan penyelundupan ratusan bal pakaian bekas dari Malaysia lewat jalur tikus di Entikong."),
 ("F071","article","hn_twin_news_not_clothing",0,1,0,1,"Petugas gabungan menggagalkan penyelundupan ratusan unit ponsel bekas dari Malaysia lewat jalur tikus di Entikong."),
 ("F071","post","twin_offer_loud",1,1,1,1,"Ratusan bal pakaian bekas Malaysia lolos Entikong, siap kirim ke Pontianak & Sintang, order minimal 1 bal ya bos"),

 ("F072","listing","twin_offer_loud",1,1,1,1,"Selimut & handuk bekas impor Jepang sekarung campur, layak pakai, 600rb, Surabaya Kapasan"),
 ("F072","listing","hn_twin_majun",1,1,0,1,"Majun handuk bekas impor Jepang sekarung, potong2 buat lap oli, 600rb, Surabaya Kapasan, pabrik & bengkel"),

 ("F073","message","twin_offer_loud",1,1,1,1,"Cak, tas & dompet kulit seken Tanjungbalai masuk 2 bal, mau diambil semua atau separo?"),
 ("F073","message","hn_twin_not_clothing",1,1,0,1,"Cak, gulungan kabel tembaga seken Tanjungbalai masuk 2 bal, mau diambil semua atau separo?"),

 ("F074","post","hn_twin_not_clothing",1,1,0,1,"Kursi & meja cafe bekas ex Jepang baru turun kontainer 🪑 30 set, 450rb/set, gudang Marunda"),
 ("F074","post","twin_offer_loud",1,1,1,1,"Jaket & coat musim dingin thrift Jepang baru turun kontainer 🧥 30 kg, 45rb/pc, gudang Marunda"),

 ("F075","listing","hn_twin_fabric_roll",1,1,0,1,"Kain denim gulungan sisa, ex Korea, ±40 meter, warna pudar dikit, 900rb, Bandung Cigondewah"),
 ("F075","listing","twin_offer_loud",1,1,1,1,"Celana denim thrift ex Korea, 40 potong, warna pudar dikit, 900rb semua, Bandung Cigondewah"),

 ("F076","review","hn_twin_review_no_seller",0,1,1,1,"Sepatu boots kerja ex Jepang yg kubeli bekas masih kuat dipake ke proyek, solnya tebel parah, 10/10"),
 ("F076","review","hn_twin_review_not_clothing",0,1,0,1,"Genset bekas ex Jepang yg kubeli masih kuat dipake ke proyek, mesinnya halus parah, 10/10"),

 ("F077","comment","twin_offer_loud",1,1,1,1,"Kak aku jual cakar jg, sepatu futsal & jersey bola, pengiriman dari Pare-Pare, cek story"),
 ("F077","comment","hn_twin_not_clothing",1,1,0,1,"Kak aku jual cakar jg tapi elektronik, kipas angin & blender, pengiriman dari Pare-Pare, cek story"),

 ("F078","profile","twin_offer_loud",1,1,1,1,"Agen bal ex-Jepang Semarang | kemeja, celana bahan, jas kantor bekas | grosir & ecer | COD Johar"),
 ("F078","profile","hn_twin_not_clothing",1,1,0,1,"Agen ex-Jepang Semarang | sepeda lipat & sepeda gunung bekas | grosir & ecer | COD Johar"),

 ("F079","message","hn_twin_not_clothing",1,1,0,1,"Info: karungan pupuk bekas kemasan ex China 500 lembar ready Gresik, 1,5rb/lembar, buat petani"),
 ("F079","message","twin_offer_loud",1,1,1,1,"Info: karungan kaos bekas impor China 500 potong ready Gresik, 6rb/potong, buat lapak pasar kaget"),

 ("F080","post","twin_offer_loud",1,1,1,1,"Hari ini buka 2 bal thrift import: outer cewek & celana kulot 🤍 30-60rb, datang langsung ke Ruko Galaxy Bekasi"),
 ("F080","post","hn_twin_own_wardrobe",1,1,1,0,"Hari ini aku keluarin isi 2 koper lemari sendiri: outer & celana kulot 🤍 30-60rb, datang ke rumah Galaxy Bekasi"),

 ("F081","listing","hn_twin_not_clothing",1,1,0,1,"Spare part Vespa bekas ex Italia sekoli, lengkap karbu & kopling, 2,2jt, Denpasar"),
 ("F081","listing","twin_offer_quiet",1,1,1,1,"Jaket Vespa club bekas ex Italia sekoli, 25 pcs campur ukuran, 2,2jt, Denpasar"),

 ("F082","live","twin_offer_loud",1,1,1,1,"Bal cakar baru pecah nih 🔥 kemeja kantor branded 25 ribu aja, yg mau sebutin nomor gantungan"),
 ("F082","live","hn_twin_not_clothing",1,1,0,1,"Bal buku bekas baru pecah nih 🔥 komik Jepang 2,5 ribu aja, yg mau sebutin nomor raknya"),

 ("F083","message","hn_twin_complaint",0,1,1,1,"Min, saya beli bal celana ex Thailand 2,5jt katanya grade A, buka isinya banyak noda, mau saya laporkan"),
 ("F083","message","twin_offer_loud",1,1,1,1,"Min, bal celana ex Thailand 2,5jt grade A udah ready, noda udah disortir, tinggal transfer ya"),

 ("F084","article","hn_twin_news",0,1,1,1,"Kementerian Perdagangan menegaskan penjualan pakaian bekas impor di lokapasar akan diturunkan bersama platform."),
 ("F084","listing","twin_offer_loud",1,1,1,1,"Pakaian bekas impor mix brand, paket 10 pcs 150rb, stok Malaysia, jangan sampai kehabisan kak"),

 ("F085","post","hn_twin_not_clothing",1,1,0,1,"Sepeda onthel bekas ex Belanda, dibeli dr kolektor Surabaya via Tanjung Perak, orisinil, 3,5jt"),
 ("F085","post","twin_offer_quiet",1,1,1,1,"Mantel wol bekas ex Belanda, datang via Tanjung Perak, masih tebal, orisinil, 350rb"),
 ("F085","post","hn_twin_stopped_selling",0,1,1,1,"Mantel wol bekas ex Belanda yg via Tanjung Perak udah nggak kami tawarkan, sori ya yg nanya2, stok ditarik"),
]
