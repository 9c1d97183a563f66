# Batch 6, families F113-F135
ROWS = [
("F113","listing","offer_loud_balpres_mix",1,1,1,1,"Balpres pakaian bekas campur Jepang-Korea, 100 kg, 4,5jt. Free bongkar di gudang Marunda"),
("F113","listing","hn_twin_balpres_kardus",1,1,0,1,"Balpres kardus bekas campur Jepang-Korea, 1 ton, 4,5jt. Free bongkar di gudang Marunda"),
("F113","listing","hn_twin_balpres_local_donasi",1,1,1,0,"Balpres pakaian bekas hasil donasi warga Jakarta Utara, 100 kg, 4,5jt buat pengepul, gudang Marunda"),
("F113","article","hn_twin_balpres_news",0,1,1,1,"Polisi dalami pemilik 100 balpres pakaian bekas campur Jepang-Korea di gudang Marunda"),

("F114","post","offer_quiet_tanjungbalai_story",1,1,1,1,"Stok baru nyebrang dari Tanjungbalai 🌊 sweater seken 40rb, cek katalog WA"),
("F114","post","hn_twin_tjb_ikan",1,1,0,1,"Stok baru nyebrang dari Tanjungbalai 🌊 jaring ikan seken 40rb/meter, cek katalog WA"),

("F115","comment","offer_loud_thrift_bogor",1,1,1,1,"Thrift Bogor kak, lapak kami dekat Stasiun, kemeja bekas impor 20rb-an 😊"),
("F115","comment","hn_twin_thrift_bogor_own",1,1,1,0,"Preloved Bogor kak, lapak kami dekat Stasiun, kemeja bekas dari lemari sekeluarga 20rb-an, bukan impor 😊"),

("F116","message","offer_quiet_ex_korea_bags",1,1,1,1,"Bu, koper & travel bag pernah pakai ex Korea ada 8, 120rb/pcs, bisa diambil di Cengkareng"),
("F116","message","hn_twin_koper_pribadi",1,1,1,0,"Bu, koper & travel bag pernah pakai dari liburan keluarga kami ada 8, 120rb/pcs, bisa diambil di Cengkareng"),
("F116","message","hn_twin_kulkas_korea",1,1,0,1,"Bu, kulkas & mesin cuci pernah pakai ex Korea ada 8, 1,2jt/unit, bisa diambil di Cengkareng"),

("F117","live","live_open_karungan_jepang",1,1,1,1,"Karungan Jepang baru dibuka nih gengs, celana bekas 30rb, komen C + nomor"),
("F117","live","hn_twin_karung_toys",1,1,0,1,"Karungan Jepang baru dibuka nih gengs, figur & mainan bekas 30rb, komen C + nomor"),

("F118","review","review_quiet_tpi",1,1,1,1,"Order 20 kemeja seken kiriman Tanjungpinang dari @rak.laut, semua wangi & rapi. Mantul"),
("F118","review","hn_twin_review_tpi_kain",1,0,0,1,"Order 20 meter kain songket kiriman Tanjungpinang dari @rak.laut, semua rapi. Mantul"),

("F119","article","hn_news_monza_drop",0,1,1,1,"Pedagang monza di Medan mengaku omzet turun karena pasokan bal dari Port Klang tersendat"),
("F119","post","offer_loud_monza_portklang",1,1,1,1,"Pasokan bal dari Port Klang lancar lagi! Monza kami di Medan buka, pakaian bekas mulai 10rb"),

("F120","listing","offer_quiet_kilo_jaket",1,1,1,1,"Jaket campur per kilo 80rb, sortiran rapi, pakai-an luar negeri, min 20 kg. Semarang"),
("F120","listing","hn_twin_kilo_jaket_domestic",1,1,1,0,"Jaket campur per kilo 80rb, hasil pengepul rumah tangga Jateng, bukan impor, min 20 kg. Semarang"),

("F121","profile","bio_quiet_karungan",1,1,1,1,"Karungan langsung, tanpa perantara 🤝 kemeja • kaos • jeans | Pontianak | DM buat katalog"),
("F121","profile","hn_twin_bio_karungan_beras",1,0,0,0,"Beras karungan langsung petani, tanpa perantara 🤝 | Pontianak | DM buat harga"),

("F122","comment","offer_loud_cakar_reply",1,1,1,1,"Cakar Toddopuli kami ada kak, kemeja bekas impor 15rb, mampir sblm jam 5"),
("F122","comment","hn_twin_cakar_opini",0,1,1,1,"Cakar Toddopuli dulu rame kak, kemeja bekas impor 15rb, skrg sepi sejak dirazia"),

("F123","message","offer_quiet_hongkong_mukena",1,1,1,1,"Teh, kemeja & rok pernah dipakai dari Hongkong 1 koli sisa, 1,8jt, ongkir ke Tasik dibagi dua ya"),
("F123","message","hn_twin_personal_no_offer",0,1,1,1,"Teh, kemeja & rok bekas kakak waktu kerja di Hongkong udah dipake sendiri di rumah, ga usah dikirim ke Tasik"),

("F124","listing","offer_loud_bekas_impor_sepatu2",1,1,1,1,"Sepatu bekas impor original Nike & Adidas, 150-250rb, COD Medan. Barang dari bal sortiran"),
("F124","listing","hn_twin_sepatu_bnwt",1,0,1,1,"Sepatu impor original Nike & Adidas BNWT, 150-250rb, COD Medan. Barang dari distributor resmi"),
("F124","listing","hn_twin_sepatu_own",1,1,1,0,"Sepatu bekas pribadi original Nike & Adidas, beli di mal Medan, 150-250rb, COD Medan"),

("F125","post","offer_quiet_route_post_sby",1,1,1,1,"Yang dari Tanjung Perak udah dipilah 👀 outer seken 35rb, spill di reels"),
("F125","post","hn_twin_perak_mesin",1,1,0,1,"Yang dari Tanjung Perak udah dipilah 👀 mesin jahit seken 3,5jt, spill di reels"),

("F126","live","live_quiet_grade_live",1,1,1,1,"Grade B tapi masih cakep kak, kaos pernah pakai 12rb, tinggal ketik B12"),
("F126","live","hn_twin_grade_live_kaos_new",1,0,1,0,"Kualitas B tapi masih cakep kak, kaos cacat jahit pabrik Bandung 12rb, ketik B12"),

("F127","review","review_loud_thrift_shop_jkt",1,1,1,1,"Thrift shop impor di Blok M ini juara, jaket bekas 70rb mulus banget, pasti balik lagi"),
("F127","review","hn_twin_review_thrift_nostore",0,1,1,1,"Thrift impor emang juara, jaket bekas 70rb mulus banget, tapi aku ga nyebut toko ya biar ga kena razia"),

("F128","listing","offer_quiet_ex_inggris",1,1,1,1,"Kemeja formal ex Inggris, used, lengan panjang, 6 pcs 180rb. Pengiriman dari Bekasi"),
("F128","listing","hn_twin_kemeja_inggris_new",1,0,1,1,"Kemeja formal ex Inggris, new in box, lengan panjang, 6 pcs 180rb. Pengiriman dari Bekasi"),
("F128","listing","hn_twin_laptop_inggris",1,1,0,1,"Laptop ex Inggris, used, core i5, 1 unit 1,8jt. Pengiriman dari Bekasi"),

("F129","message","offer_loud_bal_kupang",1,1,1,1,"Kak, bal baju bekas dari Timor Leste udah masuk Atambua, 2jt/bal, mau berapa?"),
("F129","message","hn_twin_atambua_sapi",1,0,0,1,"Kak, sapi dari Timor Leste udah masuk Atambua, 12jt/ekor, mau berapa?"),

("F130","post","offer_quiet_story_cebu",1,1,1,1,"Kiriman Filipina via Tahuna sudah sampai 🙏 baju anak ex pakai 10rb, chat admin"),
("F130","post","hn_twin_tahuna_ikan",1,0,0,1,"Kiriman Filipina via Tahuna sudah sampai 🙏 ikan asin 10rb/ons, chat admin"),

("F131","comment","offer_open_baju_batam_reply",1,1,1,1,"Baju Batam ready kak, bekas tapi masih layak banget, 25rb aja, cek IG kami"),
("F131","comment","hn_twin_baju_batam_local",1,1,1,0,"Bekas tapi masih layak banget kak, bukan baju Batam, ini lungsuran anak-anak aku sendiri, 25rb aja"),

("F132","listing","offer_quiet_lelong_kuching",1,1,1,1,"Baju lelong dari Kuching, kemeja & seluar, 20rb-40rb, COD Sanggau"),
("F132","listing","hn_twin_lelong_kuching_motor",1,1,0,1,"Barang lelong dari Kuching, spare part motor bekas, 20rb-40rb, COD Sanggau"),

("F133","message","offer_loud_gudang_bal_bdg",1,1,1,1,"Gudang bal impor bekas Bandung buka order, 1 bal jaket 5jt, kirim ke luar Jawa juga"),
("F133","message","hn_twin_gudang_bal_kapas",1,0,0,1,"Gudang bal kapas impor Bandung buka order, 1 bal 5jt, kirim ke luar Jawa juga"),

("F134","post","offer_quiet_ex_jepang_kids",1,1,1,1,"Seragam TK & SD ex Jepang, pernah dipakai, 35rb/stel 🎒 order via link di bio"),
("F134","post","hn_twin_seragam_bazar",1,1,1,0,"Seragam TK & SD lungsuran kakak kelas, pernah dipakai, 35rb/stel 🎒 bazar sekolah Jumat ini"),

("F135","live","live_loud_thrift_last",1,1,1,1,"Sisa 5 jaket thrift impor, 25rb aja gaes biar cepat habis, ketik angka 1-5"),
("F135","live","hn_twin_thrift_stop",0,1,1,1,"Sisa 5 jaket thrift impor aku gak jual lagi gaes, mulai sekarang stop jualan barang impor bekas"),

# added to earlier families (F013, F020, F030, F041, F057, F085)
("F013","comment","hn_twin_karungan_question",0,1,1,1,"Ada yg pernah ambil karungan sepatu bekas China isi 30 pasang 1,2jt? katanya COD Pontianak, aman ga sih?"),
("F020","listing","hn_twin_kamera_jepang",1,1,0,1,"Kamera bekas ex Jepang, Canon & Fuji, kondisi 85%, 350rb nego tipis, lensa kit. Lokasi Tangerang"),
("F030","listing","hn_twin_hoodie_anak_kos",1,1,1,0,"Hoodie bekas grade S dari anak-anak kos yg pindahan, mulus kyk baru, 1 kodi 800rb. Barang Surabaya sendiri"),
("F041","listing","hn_twin_raket_china",1,1,0,1,"Raket badminton second ex China, senar masih kencang, 90rb. Ready Jakarta Timur"),
("F057","article","hn_twin_batam_customs_quote",0,1,1,1,"Bea Cukai: baju Batam bekas yang dijual 35rb-an di Pekanbaru umumnya masuk lewat pelabuhan tikus"),
("F085","live","hn_twin_vas_korea",1,1,0,1,"Vas bunga ex pemakaian dari Korea nomor 7, mulus banget ini, 45rb! siapa cepat ketik 7"),
]
