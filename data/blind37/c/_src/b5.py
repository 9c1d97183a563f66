ROWS = [
("F074","profile","twin_offer_quiet",1,1,1,1,"Preloved ex Jepang & Korea 🌸 dicuci, disetrika, difoto sendiri | open reseller | Samarinda"),
("F074","profile","hn_twin_own_wardrobe",1,1,1,0,"Preloved isi lemariku sendiri 🌸 dicuci, disetrika, difoto sendiri | bukan barang karungan | Samarinda"),

("F075","listing","twin_offer_loud",1,1,1,1,"Bal thrift Korea grade S, isi 80 pcs jaket winter, 5,5jt, gratis ongkir Jawa-Bali"),
("F075","listing","hn_twin_new_goods",1,0,1,1,"Paket grosir jaket winter impor Korea baru, isi 80 pcs, 15,5jt, gratis ongkir Jawa-Bali"),
("F075","listing","hn_twin_not_clothing",1,1,0,1,"Bal kardus bekas Korea grade S, isi 80 kg, 550rb, gratis ongkir Jawa-Bali"),

("F076","message","twin_offer_quiet",1,1,1,1,"Dek, kemeja kantor second ex Jepang yg kamu mau masih 7, 40rb aja krn ada kancing copot 1, ambil semua 250rb"),
("F076","message","hn_twin_new_goods",1,0,1,1,"Dek, kemeja kantor import Jepang yg kamu mau masih 7, baru semua ada kancing cadangan, 140rb, ambil semua 900rb"),

("F077","post","twin_offer_quiet",1,1,1,1,"Kiriman Tawau datang lagi 🙌 kemeja, celana, jaket bekas campur, 10-35rb. Lapak kami di Pasar Inhutani Nunukan"),
("F077","post","hn_twin_not_clothing",1,1,0,1,"Kiriman Tawau datang lagi 🙌 panci, wajan, termos bekas campur, 10-35rb. Lapak kami di Pasar Inhutani Nunukan"),

("F078","comment","twin_offer_loud",1,1,1,1,"aku reseller thrift impor, ambil bal di Bandung, jual eceran di Garut, yg mau ikut jadi dropship japri"),
("F078","comment","hn_twin_job_vacancy",0,1,1,1,"dicari karyawan jaga lapak thrift impor di Garut, tugas sortir bal & setrika, gaji mingguan. Lamaran japri ke Teh Ani"),

("F079","live","twin_offer_quiet",1,1,1,1,"Kak ini daster & kemeja tidur second ex Korea, satu ikat 5 pcs 50rb, yang minat komen 'ikat'"),
("F079","live","hn_twin_new_goods",1,0,1,0,"Kak ini daster & kemeja tidur jahitan sendiri, baru, satu ikat 5 pcs 150rb, yang minat komen 'ikat'"),
("F079","live","hn_twin_local_source",1,1,1,0,"Kak ini daster & kemeja tidur bekas pakai aku & adik, masih layak, satu ikat 5 pcs 50rb, yang minat komen 'ikat'"),

("F080","article","hn_twin_news",0,1,1,1,"Satgas menemukan gudang penimbunan balpres di Cikarang berisi pakaian bekas asal Korea dan Jepang"),
("F080","article","hn_twin_news_not_clothing",0,1,0,1,"Satgas menemukan gudang penimbunan ban bekas asal Korea dan Jepang di Cikarang yang diimpor tanpa izin"),
("F080","message","twin_offer_quiet",1,1,1,1,"Gudang Cikarang masih nyimpen stok ex Korea dan Jepang, pakaian campur per karung, yg mau ambil cepet sebelum disidak"),

("F081","review","twin_offer_quiet",1,1,1,1,"Langganan beli jeans bekas di kios Uda Rizal Pasar Aur Kuning, barangnya kiriman Dumai, pilihannya banyak, bisa nawar 👍"),
("F081","review","hn_twin_import_denied",1,1,1,0,"Langganan beli jeans bekas di kios Uda Rizal Pasar Aur Kuning, bukan kiriman Dumai, titipan warga sekitar aja, bisa nawar 👍"),

("F082","listing","twin_offer_quiet",1,1,1,1,"Tas golf & tas travel ex Jepang, ada bekas pakai di roda, 150rb. Ambil di Batam Kota atau kirim"),
("F082","listing","hn_twin_own_wardrobe",1,1,1,0,"Tas travel bekas pakai sendiri, dulu beli di Ace Hardware, ada lecet di roda, 150rb. Ambil di Batam Kota atau kirim"),

("F083","post","twin_offer_loud",1,1,1,1,"Bundle Jogja update! jaket ex Jepang dari bal awul-awul kurasi kami, 45rb. Alamat toko di bio 📍"),
("F083","post","hn_twin_upcycle_local",1,1,1,0,"Update Jogja! jaket denim bekas donatur kami rombak jadi tote & outer patchwork, 45rb, dijahit di Kotagede. Alamat toko di bio 📍"),

("F084","message","twin_offer_loud",1,1,1,1,"Info bal baju bekas ready di Pontianak: grade A 4jt, grade B 2,8jt, kirim ke Sintang Sanggau aman"),
("F084","message","hn_twin_not_clothing_sacks",1,1,0,1,"Info bal karung goni bekas ready di Pontianak: grade A 4jt, grade B 2,8jt per bal, kirim ke Sintang Sanggau aman"),

("F085","comment","hn_twin_complaint",0,1,1,1,"Hati2 sama akun yg jual 'kemeja ex Jepang kondisi 95%' itu, aku transfer 200rb barangnya ga pernah dikirim"),
("F085","comment","twin_offer_quiet",1,1,1,1,"Kemeja ex Jepang kondisi 95% ready lagi kak, 40rb, transfer dulu baru kirim ya, resi aku kasih malamnya"),

("F086","listing","twin_offer_quiet",1,1,1,1,"Sarung tangan & syal wol grade A asal Eropa, 10rb per item, minimal 10. Gudang kami di Tanjung Priok"),
("F086","listing","hn_twin_new_goods",1,0,1,1,"Sarung tangan & syal wol impor Eropa, baru lengkap label, 70rb per item, minimal 10. Gudang kami di Tanjung Priok"),

("F087","live","twin_offer_loud",1,1,1,1,"Good evening! malam ini live bongkar 2 bal monza, full celana jeans, mulai 20rb, jangan kabur dulu"),
("F087","live","hn_twin_not_clothing",1,1,0,1,"Good evening! malam ini live bongkar 2 karung HP bekas ex Hongkong, full Android, mulai 200rb, jangan kabur dulu"),

("F088","post","hn_twin_tutorial",0,1,1,1,"Tips milih jaket di pasar cakar: cek ketiak, resleting, sama bau apek. Jaket impor karungan kadang ada jamur 🙅"),
("F088","post","twin_offer_loud",1,1,1,1,"Jaket cakar di kios kami udah dicek ketiak, resleting, bau apek, aman dari jamur. Karungan impor, 45rb. Pasar Butung lt 1"),

("F089","profile","twin_offer_loud",1,1,1,1,"Grosir baju bekas impor Surabaya 📦 per bal / per karung | melayani kirim Indonesia Timur | WA 0821xxxx"),
("F089","profile","hn_twin_new_goods",1,0,1,0,"Grosir baju baru Surabaya 📦 produksi konveksi Gresik | per kodi / per lusin | melayani kirim Indonesia Timur | WA 0821xxxx"),
("F089","profile","hn_twin_new_import",1,0,1,1,"Grosir baju baru impor Surabaya 📦 per kodi / per lusin | barang resmi ber-SNI | kirim Indonesia Timur | WA 0821xxxx"),

("F090","message","twin_offer_quiet",1,1,1,1,"Say, rok & blus dari lelong Sambas masih ada sisa 30an, aku kasih 8rb/pcs kalau ambil semua"),
("F090","message","hn_twin_local_source",1,1,1,0,"Say, rok & blus bekas arisan tukar baju kemarin masih ada sisa 30an, aku kasih 8rb/pcs kalau ambil semua, uangnya buat kas"),

("F091","comment","twin_offer_quiet",1,1,1,1,"Yg sepatu boots ex Korea size 38 masih ada kak, sol agak aus, 70rb nett ya"),
("F091","comment","hn_twin_not_clothing",1,1,0,1,"Yg rice cooker ex Korea 1,8L masih ada kak, panci agak baret, 70rb nett ya"),

("F092","listing","twin_offer_loud",1,1,1,1,"[BAL THRIFT] Kemeja flanel USA 100 pcs, campur size, 6jt, lokasi Medan. Bisa video call lihat barang"),
("F092","listing","hn_twin_new_goods",1,0,1,0,"[GROSIR] Kemeja flanel buatan konveksi Bandung 100 pcs, campur size, baru, 6jt. Bisa video call lihat barang"),
("F092","listing","hn_twin_new_import_flanel",1,0,1,1,"[IMPOR] Kemeja flanel dari USA 100 pcs baru lengkap tag, campur size, 16jt, lokasi Medan. Bisa video call lihat barang"),

("F093","article","hn_twin_news",0,1,1,1,"Dinas Perdagangan Makassar imbau pedagang cakar di Pasar Butung habiskan stok dan beralih ke produk lokal"),
("F093","post","twin_offer_loud",1,1,1,1,"Cakar Pasar Butung cuci gudang, stok karung impor harus habis bulan ini! semua 10rb, datang ke kios Daeng Baso"),

("F094","review","twin_offer_quiet",1,1,1,1,"Sweater preloved ex Jepang dari @kiosakira bagus, tebel, cuma ada noda kecil di lengan, sesuai deskripsi. Packing rapi"),
("F094","review","hn_twin_not_clothing",1,1,0,1,"Piring keramik preloved ex Jepang dari @kiosakira bagus, tebel, cuma ada gompal kecil di pinggir, sesuai deskripsi. Packing rapi"),

("F095","live","twin_offer_quiet",1,1,1,1,"Ayo bu ibu, mukena & gamis bekas kiriman Johor, masih wangi, 30rb! kalau ambil 3 jadi 80rb"),
("F095","live","hn_twin_bazaar_local",1,1,1,0,"Ayo bu ibu, mukena & gamis bekas sumbangan jamaah masjid, masih wangi, 30rb! uangnya buat renovasi TPA"),

("F096","post","twin_offer_quiet",1,1,1,1,"Celana kerja Dickies ex USA, pinggang 30-36, kondisi 80%, ada yg pudar, 55rb. COD stasiun Bogor, ongkir luar kota ditanggung pembeli"),
("F096","post","hn_twin_new_goods",1,0,1,1,"Celana kerja Dickies impor USA, pinggang 30-36, baru ada tag, 355rb. COD stasiun Bogor, ongkir luar kota ditanggung pembeli"),

("F097","comment","hn_twin_buyer_question",0,1,1,1,"Tanya dong, balpres Korea yg isi jaket anak biasanya berapa per bal skrg? mau buka lapak di Bekasi"),
("F097","comment","hn_twin_not_clothing_question",0,1,0,1,"Tanya dong, bal kertas koran bekas Korea biasanya berapa per ton skrg? mau buat usaha bungkus gorengan di Bekasi"),
("F097","comment","twin_offer_loud",1,1,1,1,"balpres Korea isi jaket anak aku jual 3,5jt per bal, pas buat yg mau buka lapak di Bekasi, cek DM"),

("F098","listing","twin_offer_quiet",1,1,1,1,"Gorden & taplak ex Belanda, motif klasik, masih tebal, 40rb/set, ada 12 set, dari sortiran minggu ini"),
("F098","comment","hn_twin_buyer_question",0,1,1,1,"Ada yg tau yg jual gorden & taplak ex Belanda motif klasik gini? dari sortiran 40rb/set, aku cari 12 set buat homestay"),
("F098","listing","hn_twin_local_source",1,1,1,0,"Gorden & taplak bekas rumah oma di Menteng, motif klasik, masih tebal, 40rb/set, ada 12 set, pindahan rumah"),

("F099","message","twin_offer_loud",1,1,1,1,"Cakar per karung ready di gudang Parepare, 1 karung 1,7jt isi celana anak. Kapal ke Kendari Sabtu"),
("F099","message","hn_twin_not_clothing_sacks",1,1,0,1,"Goni bekas per karung ready di gudang Parepare, isi 100 lembar karung ex Bangladesh, 1,7jt. Kapal ke Kendari Sabtu"),

("F100","post","twin_offer_quiet",1,1,1,1,"Outer batik modern? bukan. Ini kimono asli second ex Jepang, agak pudar, 65rb. Cek katalog di highlight 🌸"),
("F100","post","hn_twin_own_wardrobe",1,1,1,0,"Outer batik modern? bukan. Ini kimono yg mama beli di pameran budaya di JCC dulu, udah jarang aku pakai, agak pudar, 65rb. DM ya 🌸"),
]
