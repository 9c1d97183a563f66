# Batch 4, families F067-F089
ROWS = [
("F067","listing","offer_quiet_bale_cream",1,1,1,1,"Kemeja putih pernah pakai, sortiran krem ex Jepang, 1 karung ±120 pcs, 3,6jt. Gudang Sidoarjo"),
("F067","listing","hn_twin_karung_gula",1,0,0,1,"Gula rafinasi ex Thailand, 1 karung 50 kg, 650rb. Gudang Sidoarjo, min order 20 karung"),
("F067","listing","hn_twin_kemeja_church",1,1,1,0,"Kemeja putih pernah pakai sumbangan jemaat, 1 karung ±120 pcs dijual murah buat kas gereja. Sidoarjo"),
("F067","listing","hn_twin_kemeja_seragam_new",1,0,1,0,"Kemeja putih seragam sekolah baru jahitan konveksi Sidoarjo, 1 karung ±120 pcs, 3,6jt"),

("F068","post","offer_loud_thrift_haul_link",1,1,1,1,"Haul thrift impor hari ini 😍 semua dari @gudang.kaos.lawas, link toko di bio, pake kode AMEL5"),
("F068","post","hn_twin_haul_unnamed",0,1,1,1,"Haul thrift impor hari ini 😍 nemu di pasar pagi, lupa nama lapaknya, pokoknya puas banget"),

("F069","comment","offer_quiet_ex_hk_reply",1,1,1,1,"Bisa kak, yg jaket bomber ex Hongkong sisa 2, pernah dipake tp bersih, 70rb, chat aja"),
("F069","comment","hn_twin_bomber_local_brand",1,1,1,0,"Bisa kak, yg jaket bomber brand lokal Bandung punyaku sendiri sisa 2, pernah dipake tp bersih, 70rb, chat aja"),

("F070","message","offer_loud_goni_nunukan",1,1,1,1,"Bang, goni baju bekas impor dr Tawau masuk lagi via Nunukan, 40 goni, 1,1jt/goni, transfer DP dulu ya"),
("F070","message","hn_twin_goni_gas",1,0,0,1,"Bang, tabung gas Malaysia dr Tawau masuk lagi via Nunukan, 40 tabung, 1,1jt/10 tabung, transfer DP dulu ya"),

("F071","article","hn_news_kemendag",0,1,1,1,"Kemendag ingatkan pedagang: menjual pakaian bekas impor dari bal Korea dan Jepang bisa berujung sanksi"),
("F071","post","offer_loud_bal_kj",1,1,1,1,"Pedagang merapat: pakaian bekas impor dari bal Korea & Jepang, stok gudang kami masih aman, DM harga"),

("F072","listing","offer_quiet_per_kilo_kids",1,1,1,1,"Baju anak pakai-an campur 45rb per kilo, ex Korea, min 5 kg. Pick up Kebon Kalapa Bandung"),
("F072","listing","hn_twin_kilo_plastic",1,1,0,1,"Cacahan plastik PET bekas 4,5rb per kilo, ex Korea, min 5 ton. Pick up Kebon Kalapa Bandung"),

("F073","review","review_loud_bundle_shop",1,1,1,1,"Jaket kulit bundle bekas impor dari Toko Dika Cimol enak banget dipake, udah 2 kali beli di sana 👍"),
("F073","review","hn_twin_review_not_clothing_helmet",1,1,0,1,"Helm bekas impor Jepang dari Toko Dika Cimol enak banget dipake, udah 2 kali beli di sana 👍"),

("F074","live","live_quiet_route_live",1,1,1,1,"Barang yg nyebrang dr Port Klang minggu ini: kardigan seken 35rb, siapa mau ketik K1"),
("F074","live","hn_twin_live_cardigan_new",1,0,1,1,"Barang yg nyebrang dr Port Klang minggu ini: kardigan baru ber-tag 35rb, bea masuk beres, ketik K1"),

("F075","profile","bio_quiet_ex_jpn",1,1,1,1,"Outer & jaket ex Jepang, pernah dipakai, dicuci ulang 🫧 order Shopee: nagoya.rack"),
("F075","profile","hn_twin_bio_own_closet",1,1,1,0,"Outer & jaket lemari sendiri, dulu beli di mal Depok, pernah dipakai, dicuci ulang 🫧 order Shopee: nagoya.closet"),

("F076","comment","offer_loud_awul_solo",1,1,1,1,"Awul-awul Klewer lapak kami tiap Minggu pagi mas, kaos bekas impor 5rb, rame pol"),
("F076","comment","hn_twin_awul_memory",0,1,1,1,"Awul-awul Klewer jaman kuliah dulu tiap Minggu pagi mas, kaos bekas impor 5rb, rame pol"),

("F077","listing","offer_quiet_lelong_sintang",1,1,1,1,"Lelong Sintang, seluar jeans 25rb, baju kurung 20rb, ambek di lapak Mak Yati simpang pasar"),
("F077","listing","hn_twin_lelong_auction",1,1,0,1,"Lelang Sintang, motor bekas Malaysia 2,5jt, genset 2jt, ambek di halaman kantor camat"),

("F078","message","offer_loud_balpres_cikampek",1,1,1,1,"Kak, balpres pakaian bekas impor dari Korea sdh di gudang Cikampek, mau ambil 2 bal kapan?"),
("F078","message","hn_twin_train_import",1,1,0,1,"Kak, gerbong KRL bekas impor dari Jepang sdh di Cikampek, jadwal serah terima 2 unit kapan?"),

("F079","post","offer_quiet_ex_aussie",1,1,1,1,"Fresh from Sydney sack 🇦🇺 kemeja pernah dipakai 40rb-an, link di bio, first come first serve"),
("F079","post","hn_twin_aussie_trip",0,1,1,1,"Fresh from Sydney 🇦🇺 kemeja pernah dipakai ini tetep kubawa pulang, kenangan kerja di sana, bukan buat dijual"),

("F080","listing","offer_loud_cakar_kendari",1,1,1,1,"Cakar Kendari, jaket & hoodie bekas impor 35rb, bisa kirim ke Baubau. Pesan sekarang sebelum habis"),
("F080","listing","hn_twin_cakar_ayam",1,0,0,0,"Ceker ayam Kendari, frozen 35rb/kg, bisa kirim ke Baubau. Pesan sekarang sebelum habis"),

("F081","review","review_quiet_kodi",1,1,1,1,"Ambil 2 kodi kaos polo second dari kios Bang Ucok Pajak Melati, kualitas 80% mulus, puas"),
("F081","review","hn_twin_polo_konveksi",1,0,1,0,"Ambil 2 kodi kaos polo dari konveksi Bang Ucok di Medan Johor, jahitan baru, kualitas mulus, puas"),

("F082","comment","offer_loud_thrift_batam",1,1,1,1,"Thrift Batam termurah di sini kak, kemeja flanel bekas 25rb, spill di highlight"),
("F082","comment","hn_twin_thrift_batam_ask",0,1,1,1,"Thrift Batam termurah dimana ya kak? nyari kemeja flanel bekas 25rb-an buat ngampus"),

("F083","message","offer_quiet_entikong_bags",1,1,1,1,"Tas ransel seken lewat Entikong udah sampai, 25 pcs, 60rb satu, kirim foto dulu ya kak"),
("F083","message","hn_twin_entikong_ransel_new",1,0,1,1,"Tas ransel baru lewat Entikong udah sampai, dokumen lengkap, 25 pcs, 60rb satu, kirim foto dulu ya"),
("F083","message","hn_twin_entikong_hp",1,1,0,1,"HP seken lewat Entikong udah sampai, 25 unit, 600rb satu, kirim foto dulu ya kak"),

("F084","article","hn_news_raid_gedebage",0,1,1,1,"Petugas gabungan sita ratusan bal pakaian bekas impor dari gudang di sekitar Gedebage, Bandung"),
("F084","listing","offer_loud_gedebage_bal",1,1,1,1,"Ratusan bal pakaian bekas impor ready di gudang Gedebage, Bandung. Grosir/eceran, hubungi kami"),

("F085","live","live_quiet_pemakaian",1,1,1,1,"Dress ex pemakaian dari Korea nomor 7, mulus banget ini, 45rb! siapa cepat ketik 7"),
("F085","live","hn_twin_dress_brandnew",1,0,1,1,"Dress impor Korea nomor 7 brand new, 45rb! siapa cepat ketik 7"),

("F086","post","offer_loud_bal_campur_story",1,1,1,1,"Open bal bekas impor campur tiap Sabtu di garasi 📦 alamat di highlight, bawa kantong sendiri"),
("F086","post","hn_twin_garage_sale_own",1,1,1,0,"Garage sale tiap Sabtu di garasi 📦 baju bekas sekeluarga, bukan impor, alamat di highlight, bawa kantong sendiri"),

("F087","listing","offer_quiet_selimut",1,1,1,1,"Selimut & bed cover seken ex Jepang per koli isi 20, bersih, 900rb/koli. Jakarta Utara"),
("F087","listing","hn_twin_koli_ceramics",1,1,0,1,"Piring & mangkok seken ex Jepang per koli isi 20, bersih, 900rb/koli. Jakarta Utara"),

("F088","comment","offer_loud_bekas_impor_reply",1,1,1,1,"Ready kak baju bekas impornya, yg grade A 30rb, grade B 15rb. cek DM ya"),
("F088","comment","hn_twin_report_reply",0,1,1,1,"Udah sy laporin kak, akun itu jual baju bekas impor grade A 30rb grade B 15rb, ilegal"),

("F089","message","offer_quiet_johor",1,1,1,1,"Pak Haji, sarung & mukena pernah dipakai kiriman Johor, 1 karung 800rb, bisa kirim ke Tembilahan"),
("F089","message","hn_twin_mukena_donasi",0,1,1,0,"Pak Haji, sarung & mukena pernah dipakai hasil donasi jamaah, 1 karung mau dibagi ke Tembilahan, gratis"),
]
