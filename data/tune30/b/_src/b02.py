# Batch 2, families F023-F044
ROWS = [
("F023","listing","offer_quiet_pajak_melati",1,1,1,1,"Celana chino second dari Pajak Melati, pinggang 30-34, 45rb/pcs, ongkir dari Medan ditanggung pembeli"),
("F023","listing","hn_twin_chino_new",1,0,1,0,"Celana chino baru jahitan Medan, pinggang 30-34, 45rb/pcs, ongkir dari Medan ditanggung pembeli"),
("F023","comment","hn_twin_chino_asking",0,1,1,1,"Ada yg jual celana chino second dari Pajak Melati ga? pinggang 32, mau dikirim ke Pekanbaru"),

("F024","message","offer_loud_bal_sumut",1,1,1,1,"Pak, bal monza campur dewasa masih ada 12 bal di Belawan, 3,8jt per bal, ambil semua kasih 3,5"),
("F024","message","hn_twin_fertiliser",1,0,0,1,"Pak, pupuk NPK impor masih ada 12 ton di Belawan, 3,8jt per ton, ambil semua kasih 3,5"),

("F025","post","offer_quiet_route_tpi",1,1,1,1,"Kiriman dr Tanjungpinang udh mendarat 🚢 jaket denim pre-owned 50rb, stok dikit, langsung DM"),
("F025","post","hn_twin_news_line",0,1,1,1,"Warga: kiriman jaket denim pre-owned dr Tanjungpinang masih sering mendarat tiap malam di dermaga kecil 🚢"),

("F026","listing","offer_loud_thrift_jkt",1,1,1,1,"BAJU THRIFT 15RB SEMUA! Kemeja, kaos, blouse. Lapak Pasar Baru Jakarta depan musala, tiap sore"),
("F026","listing","hn_twin_charity_bazaar",1,1,1,0,"BAJU LAYAK PAKAI 15RB SEMUA! sumbangan jemaat, hasil buat panti asuhan. Bazar gereja HKBP tiap sore"),
("F026","listing","hn_twin_new_promo",1,0,1,0,"BAJU BARU 15RB SEMUA! Kemeja, kaos, blouse cuci gudang konveksi Bandung. Lapak Pasar Baru depan musala"),

("F027","comment","offer_quiet_reply_price",1,1,1,1,"@nia_ratna itu yg sortiran UK kak, pakaian lama tp mulus, 65rb free ongkir Jawa"),
("F027","comment","hn_twin_phone_reply",1,1,0,1,"@nia_ratna itu yg ex UK kak, HP lama tp mulus, 650rb free ongkir Jawa"),

("F028","review","review_quiet_kebon_kalapa",1,1,1,1,"Jaket gunung dari kios Mang Ujang di Kebon Kalapa mantap, bekasnya ga keliatan. Bakal balik lagi"),
("F028","review","hn_twin_review_new_jacket",1,0,1,0,"Jaket gunung baru dari kios Mang Ujang di Cibaduyut mantap, jahitannya rapi. Bakal balik lagi"),

("F029","post","offer_open_roma",1,1,1,1,"Roma Pare-pare masuk lagi, kemeja & celana bekas luar 10-25rb, mampir ke lapak Ibu Sina ya 🙏"),
("F029","post","hn_twin_roma_rule",0,1,1,1,"Pengumuman pasar: pedagang roma (baju bekas luar) dilarang gelar lapak di area parkir mulai Senin 🙏"),

("F030","listing","offer_quiet_grade_s",1,1,1,1,"Hoodie grade S, mulus kyk baru, ex Korea. 1 kodi 800rb. Pengiriman dr Surabaya"),
("F030","listing","hn_twin_hoodie_factory",1,0,1,0,"Hoodie kualitas grade S buatan pabrik Sidoarjo, 1 kodi 800rb. Pengiriman dr Surabaya"),

("F031","message","offer_loud_dropship",1,1,1,1,"Cari dropshipper baju bekas impor Jepang, foto udah disiapin, untung 10-20rb/pcs. Minat balas 'YA'"),
("F031","message","hn_twin_vacancy",0,1,1,1,"Lowongan sortir baju bekas impor Jepang di gudang, gaji harian 100rb, tanpa pengalaman. Minat balas 'YA'"),

("F032","live","live_quiet_ex_taiwan",1,1,1,1,"Nomor 14 nih kak, kemeja linen ex Taiwan, preloved, 30rb aja, yg pertama ketik 'ambil' dapet"),
("F032","live","hn_twin_live_used_fabric",1,1,0,1,"Nomor 14 nih kak, kain linen sisa roll ex Taiwan, 30rb per meter, yg pertama ketik 'ambil' dapet"),

("F033","profile","bio_loud_thrift",1,1,1,1,"👕 Thrift impor termurah se-Banjarmasin | restock tiap Kamis | shopee: baras.thrift | COD"),
("F033","profile","hn_twin_bio_preloved_own",1,1,1,0,"👕 Preloved lemari sendiri, bukan barang impor | update tiap Kamis | shopee: baras.preloved | COD"),

("F034","comment","hn_twin_joke",0,1,1,1,"Gaji UMR tapi lemari isinya brand Jepang semua, makasih karungan Batam 😭"),
("F034","comment","offer_quiet_batam_reply",1,1,1,1,"Lemari isinya brand Jepang semua? bisa kak, tinggal ambil di lapak karungan Batam kami, 20rb-an 😭"),

("F035","listing","offer_open_goni",1,1,1,1,"Goni isi kemeja lengan panjang bekas, 200 pcs, asal Hongkong. Dijual 2,5jt. Lokasi Dumai"),
("F035","listing","hn_twin_goni_empty",1,1,0,1,"Goni bekas kosong asal Hongkong 200 lembar, buat wadah kopra. Dijual 2,5jt. Lokasi Dumai"),

("F036","post","offer_quiet_tokyo",1,1,1,1,"Kimono & yukata pernah dipakai langsung dari Tokyo, tiap piece beda motif. Cek highlight 'READY' 🌸"),
("F036","post","hn_twin_kimono_new",1,0,1,1,"Kimono & yukata langsung dari Tokyo, gress belum pernah dipakai, tiap piece beda motif. Cek highlight 'READY' 🌸"),
("F036","post","hn_twin_kimono_gift",0,1,1,1,"Kimono & yukata bekas dr Tokyo ini dikasih tante, tiap piece beda motif. Lagi dirapiin buat dipajang aja 🌸"),

("F037","message","offer_loud_container",1,1,1,1,"Ada 1 kontainer pakaian bekas dari Korea siap bongkar di Surabaya, tawar per bal, serius aja"),
("F037","message","hn_twin_container_cars",1,1,0,1,"Ada 1 kontainer spare part mobil bekas dari Korea siap bongkar di Surabaya, tawar per palet, serius aja"),

("F038","review","review_loud_thrift_seller",1,1,1,1,"Langganan thrift di @kedai_bundle.mks, bal Jepang mereka isinya bersih. 5 bintang buat adminnya"),
("F038","review","hn_twin_complaint_seller",0,1,1,1,"Kecewa sama @kedai_bundle.mks, bal Jepang yg dijual isinya apek dan robek. Jangan beli di sana"),

("F039","listing","offer_quiet_ex_singapore",1,1,1,1,"Kemeja kantor bekas pakai ex Singapore, size M-XL, 5 pcs 100rb. Bisa COD Batam Center"),
("F039","listing","hn_twin_kemeja_own",1,1,1,0,"Kemeja kantor bekas pakai sendiri, pensiun kerja, size M-XL, 5 pcs 100rb. Bisa COD Batam Center"),

("F040","article","hn_news_trader_quote",0,1,1,1,"\"Sekarang bal dari Malaysia susah masuk,\" kata Rudi, pedagang monza di Pasar Simpang Limun Medan"),
("F040","post","offer_loud_monza_medan",1,1,1,1,"Bal dari Malaysia masuk lagi! Monza Simpang Limun lapak Rudi, kemeja 10rb-an, datang cepat"),

("F041","listing","offer_quiet_ex_china_shoes",1,1,1,1,"Sepatu lari second ex China, size 39-44, sol masih tebal, 90rb. Ready Jakarta Timur"),
("F041","listing","hn_twin_sepatu_local",1,1,1,0,"Sepatu lari second koleksi pribadi, dibeli di Sport Station, size 42, sol masih tebal, 90rb. Ready Jakarta Timur"),

("F042","comment","offer_loud_bundle_bdg",1,1,1,1,"Bundle Bandung paling murah di kami kak, jaket kulit bekas impor 80rb, cek katalog di bio"),
("F042","comment","hn_twin_bundle_opinion",0,1,1,1,"Bundle Bandung tuh emang surganya jaket kulit impor second, sayang sekarang dilarang ya kak"),

("F043","live","live_open_karung_korea",1,1,1,1,"Kita buka karung Korea yg kedua yaa, isinya celana bekas, 25rb flat, komen nomor"),
("F043","live","hn_twin_karung_beras",1,0,0,1,"Kita buka karung beras Korea yg kedua yaa, isinya 10 kg, 250rb flat, komen nomor"),

("F044","message","offer_quiet_koli_bags",1,1,1,1,"Tas wanita pakai-an Eropa 2 koli tersisa, isi campur 70 pcs, 2,8jt. Kirim via kargo ke Kupang bisa"),
("F044","message","hn_twin_tas_po",1,0,1,1,"Tas wanita PO Eropa 2 koli tersisa, isi campur 70 pcs baru, 2,8jt. Kirim via kargo ke Kupang bisa"),
]
