# Batch 03 - hand-written. (family, kind, category, elements OUCA, text)
RECORDS = [
("f41", "listing", "twin_offer_quiet", "1111", "Borongan kemeja lengan panjang grade S, sekarung 200 pcs, harga 5,5jt, siap kirim dari Tanjungbalai"),
("f41", "listing", "hn_twin_not_clothing", "1101", "Borongan mesin jahit bekas grade S, 1 lot 20 unit, harga 5,5jt, siap kirim dari Tanjungbalai, ex Taiwan"),

("f42", "post", "twin_offer_loud", "1111", "RESTOCK THRIFT 🧺 baju bekas impor Jepang cuma 20rb! order lewat WA 0812xxxx, kirim seluruh Kaltim #thriftsamarinda"),
("f42", "post", "hn_twin_charity_sale", "1110", "RESTOCK 🧺 baju bekas layak pakai dari donatur Samarinda cuma 20rb! hasilnya buat panti, order WA 0812xxxx #preloved"),
("f42", "post", "hn_twin_not_clothing", "1101", "RESTOCK 🧺 piring & mangkok bekas impor Jepang cuma 20rb! order lewat WA 0812xxxx, kirim seluruh Kaltim #perabotsamarinda"),

("f43", "message", "twin_offer_quiet", "1111", "Ko, yg handuk & sprei ex Hongkong udah dipres lagi, 1 karung 70kg, 2,1jt, kapan mau diangkut?"),
("f43", "message", "hn_twin_new_goods", "1011", "Ko, handuk & sprei baru ex Hongkong udah dateng lagi, masih segel, 1 dus 70 pcs, 2,1jt, kapan mau diangkut?"),

("f44", "live", "twin_offer_quiet", "1111", "Ready ya dompet & tas selempang ex Korea, bekas tapi mulus, 40rb-75rb, langsung sebut warnanya"),
("f44", "live", "hn_twin_not_clothing", "1101", "Ready ya charger & powerbank ex Korea, bekas tapi mulus, 40rb-75rb, langsung sebut warnanya"),

("f45", "article", "hn_twin_news_quote", "0111", "\"Saya ambil bal dari Batam, satu bal isinya kaos campur,\" kata Rudi, pedagang pakaian bekas di Pasar Senen, Senin (3/6)."),
("f45", "message", "twin_offer_loud", "1111", "Saya ambil bal dari Batam, satu bal isinya kaos bekas campur, yang mau beli eceran datang aja ke kios saya Senen"),
("f45", "article", "hn_twin_news_quote_cardboard", "0101", "\"Saya ambil bal kardus bekas dari Batam, satu bal campur,\" kata Rudi, pengepul di Pasar Senen, Senin (3/6)."),

("f46", "comment", "twin_offer_quiet", "1111", "Jual sepatu boots ex Jerman, size 42, sol masih tebal, 150rb, COD Jogja. Barang karungan tapi awet"),
("f46", "comment", "hn_twin_not_clothing", "1101", "Jual teropong ex Jerman bekas, lensa masih jernih, 150rb, COD Jogja. Barang karungan tapi awet"),

("f47", "listing", "twin_offer_loud", "1111", "Balpres selimut Korea bekas 🔥 isi 40 lembar, tebal2, harga 2,3jt/bal, reseller welcome"),
("f47", "listing", "hn_twin_not_clothing", "1101", "Balpres plastik PET bekas Korea 🔥 isi 400 kg, bersih, harga 2,3jt/bal, pengepul welcome"),
("f47", "listing", "hn_twin_new_goods", "1011", "Selimut Korea baru dalam plastik 🔥 isi 40 lembar per bal, tebal, harga 4,3jt/bal, reseller welcome"),

("f48", "post", "twin_offer_quiet", "1111", "Kios kami di Pajak Sambu lantai 2 dapat kiriman celana kain dari Port Klang, 25rb sehelai, datanglah kelen"),
("f48", "post", "hn_twin_not_clothing", "1101", "Kios kami di Pajak Sambu lantai 2 dapat kiriman onderdil mobil bekas dari Port Klang, 25rb sebiji, datanglah kelen"),

("f49", "profile", "twin_offer_loud", "1111", "Jual bal pakaian bekas (bale) Korea/Japan/UK | grade A, B, cream | kirim kontainer & ecer | Medan"),
("f49", "profile", "hn_twin_not_clothing", "1101", "Jual bal kertas bekas (waste paper) Korea/Japan/UK | grade A, B | kirim kontainer & ecer | Medan"),

("f50", "review", "twin_offer_recommendation", "1111", "Makasih kak @roma.kalbar, jaket roma yg aku beli kemarin pas banget, bekasnya ga kerasa. Yg mau cek IG nya"),
("f50", "review", "hn_twin_complaint", "0111", "Jaket roma yg aku beli kemarin dari seller IG ternyata sobek di ketiak, bekasnya parah. Udah komplain ga dibales"),

("f51", "message", "twin_offer_quiet", "1111", "Pak, kaus kaki & sarung tangan ex Jepang campur 1 goni 900rb, barang sortir, kirim hari Rabu"),
("f51", "message", "hn_twin_not_clothing", "1101", "Pak, karung beras plastik bekas ex Jepang campur 1 goni 900rb, barang sortir, kirim hari Rabu"),

("f52", "listing", "twin_offer_loud", "1111", "Koper & ransel second import Singapore, roda lancar, 80rb-200rb, ambil di Tos 3000 Jodoh Batam"),
("f52", "listing", "hn_twin_new_goods", "1011", "Koper & ransel import Singapore BARU, roda lancar, garansi toko, 280rb-600rb, ambil di Jodoh Batam"),

("f53", "post", "hn_twin_tutorial", "0111", "Tips nyuci baju bekas karungan Korea biar ga bau apek: rendam air panas + cuka 1 jam, jemur di matahari langsung"),
("f53", "post", "twin_offer_loud", "1111", "Baju bekas karungan Korea kami udah dicuci air panas + cuka, dijamin ga bau apek, 1 jam lagi live ya"),

("f54", "live", "twin_offer_quiet", "1111", "Sesi terakhir malam ini, gorden & taplak ex Belanda, masih bagus, 3 lembar 100, ketik 'gorden'"),
("f54", "live", "hn_twin_not_clothing", "1101", "Sesi terakhir malam ini, lampu meja & jam dinding ex Belanda, masih nyala, 3 biji 100, ketik 'lampu'"),

("f55", "comment", "hn_twin_buyer_question", "0111", "Kak mau tanya, jeans Edwin ex Jepang yg second grade A biasanya berapaan ya di Pasar Senen? biar ga ketipu"),
("f55", "comment", "twin_offer_quiet", "1111", "Kak jeans Edwin ex Jepang second grade A ada di aku, 85rb, lebih murah dr Pasar Senen. Cek IG aku"),

("f56", "listing", "twin_offer_loud", "1111", "THRIFT BAG IMPORT 👜 tas bekas branded Eropa, 1 karung 50 pcs campur, 3,5jt, kirim JNE trucking"),
("f56", "listing", "hn_twin_not_clothing", "1101", "KARUNG IMPORT 👜 karung jute bekas kopi Eropa, 1 bal 50 pcs, 350rb, kirim JNE trucking, cocok buat dekor"),

("f57", "post", "twin_offer_quiet", "1111", "Kiriman Tawau sampai, jaket & kemeja ayah2an 10-30rb, lapak depan terminal Nunukan, buka jam 7"),
("f57", "post", "hn_twin_not_clothing", "1101", "Kiriman Tawau sampai, kipas angin & rice cooker bekas 100-300rb, lapak depan terminal Nunukan, buka jam 7"),
("f57", "post", "hn_twin_local_source", "1110", "Jaket & kemeja ayah2an bekas hasil bersih2 gudang RT kami 10-30rb, lapak depan terminal Nunukan, buka jam 7"),

("f58", "message", "twin_offer_loud", "1111", "Pesanan bal baju bekas Jepang 2 bal udah naik kapal Pak, bayar sisa DP 50% ya, estimasi 5 hari sampe"),
("f58", "message", "hn_twin_not_clothing", "1101", "Pesanan 2 unit genset bekas Jepang udah naik kapal Pak, bayar sisa DP 50% ya, estimasi 5 hari sampe"),

("f59", "review", "hn_twin_review_no_seller", "0111", "Pertama kali beli sepatu cakar, ternyata ex Korea masih bagus bgt. Asli ga nyesel, solnya tebel"),
("f59", "post", "twin_offer_recommendation", "1111", "Pertama kali beli sepatu cakar ex Korea di lapak Daeng Ical Pasar Butung, masih bagus bgt, solnya tebel. Ke sana mi"),
("f59", "review", "hn_twin_not_clothing_review", "0101", "Pertama kali beli panci cakar, ternyata ex Korea masih bagus bgt. Asli ga nyesel, pantatnya tebel"),

("f60", "listing", "twin_offer_quiet", "1111", "Seragam sekolah Jepang (seifuku) seken, 10 set, 750rb all, cocok buat cosplay, langsung dari Osaka"),
("f60", "listing", "hn_twin_new_goods", "1011", "Seragam sekolah Jepang (seifuku) baru jahitan pabrik Osaka, 10 set, 1,75jt all, cocok buat cosplay"),

("f61", "post", "twin_offer_loud", "1111", "Jual baju bekas impor per karung, isi 100 kg, grade campur, 2 juta saja, gudang Sidoarjo, ayo dulur"),
("f61", "post", "hn_twin_not_clothing", "1101", "Jual kaleng & botol bekas impor per karung, isi 100 kg, grade campur, 2 juta saja, gudang Sidoarjo"),

("f62", "comment", "twin_offer_quiet", "1111", "Blazer wanita second ex UK masih ada 6, 45 aja kak, barang Tanjungpinang, kirim JNT"),
("f62", "comment", "hn_twin_new_goods", "1011", "Blazer wanita ex UK masih ada 6, baru ada tag & hanger, 145 aja kak, stok Tanjungpinang, kirim JNT"),
]
