# (family, kind, category, offer, used, clothing, abroad, text)
RECS = [
(1,"post","twin_offer_loud",1,1,1,1,"Bal Korea baru bongkar pagi ini 🔥 jaket, hoodie, kemeja mulai 25rb. Langsung DM ya kak #thriftbandung #balkorea"),
(1,"post","hn_twin_new_goods",1,0,1,1,"Jaket Korea baru datang pagi ini 🔥 hoodie, kemeja, semua masih segel mulai 85rb. Langsung DM ya kak #importkorea #ootdbandung"),
(1,"post","hn_twin_buyer_question",0,1,1,1,"Ada yg tau bal Korea bongkar di mana hari ini? pengen cari jaket sama hoodie yg 25rb-an #thriftbandung #nanya"),

(2,"live","twin_live_quiet",1,1,1,1,"Yg barusan join, ini koli Jepang ya kak, kemeja flanel 35rb, ketik FL + nomor, gercep sebelum diambil orang!"),
(2,"live","hn_twin_local_source",1,1,1,0,"Yg barusan join, ini lemari kakakku sendiri ya, kemeja flanel 35rb, ketik FL + nomor, gercep sebelum diambil orang!"),

(3,"listing","twin_offer_quiet",1,1,1,1,"Sweater rajut ex Jepang, grade A, LD 52 PJ 64, 45rb nett, COD Cimahi"),
(3,"listing","hn_twin_not_clothing",1,1,0,1,"Rice cooker ex Jepang, grade A, 220V sudah dikonversi, 145rb nett, COD Cimahi"),

(4,"article","hn_twin_news",0,1,1,1,"Bea Cukai Batam gagalkan penyelundupan 240 balpres pakaian bekas asal Malaysia di perairan Pulau Rempang"),
(4,"post","twin_offer_loud",1,1,1,1,"Stok balpres baju bekas Malaysia masuk lagi via Batam, 240 bal siap kirim, reseller merapat 0812xxxx #balpres #grosirthrift"),
(4,"article","hn_twin_not_clothing_news",0,1,0,1,"Bea Cukai Batam gagalkan penyelundupan 240 karung ban bekas asal Malaysia di perairan Pulau Rempang"),

(5,"review","twin_review_named_seller",1,1,1,1,"Order ketiga di @lemari.sapporo gak pernah zonk, celana cargo second Jepang mulus, wajib cek ig nya guys ⭐⭐⭐⭐⭐"),
(5,"review","hn_twin_review_no_seller",0,1,1,1,"Celana cargo second Jepang yg kubeli minggu lalu ternyata mulus bgt, gak nyesel nunggu lama ⭐⭐⭐⭐⭐"),

(6,"message","twin_broadcast_quiet",1,1,1,1,"Bosku, karungan Taiwan campur anak masuk Sabtu, 1 karung ±100 pcs 2,7jt. Mau ambil brp? Japri 0813xxxx"),
(6,"message","hn_twin_not_clothing",1,1,0,1,"Bosku, karungan kardus bekas Taiwan masuk Sabtu, 1 karung ±40 kg 180rb. Mau ambil brp? Japri 0813xxxx"),
(6,"message","hn_twin_two_fail",1,1,0,0,"Bosku, kardus bekas dari gudang Cikarang masuk Sabtu, 1 ikat ±40 kg 150rb. Mau ambil brp? Japri 0813xxxx"),

(7,"comment","twin_comment_offer",1,1,1,1,"Aku ada kak, monza Medan masih banyak, blazer 20rb aja. Cek sorotan ya"),
(7,"comment","hn_twin_buyer_question",0,1,1,1,"Ada yg jual monza Medan ga sih di sini? nyari blazer yang 20rb-an"),

(8,"post","twin_offer_loud",1,1,1,1,"Thrift shop kami buka lagi! Baju thrift impor mulai 15rb, Jl. Dago bawah, depan warkop 🛍️ #thriftshopbandung"),
(8,"post","hn_twin_local_source",1,1,1,0,"Garage sale kami buka lagi! Baju bekas pakai sekeluarga mulai 15rb, bukan barang impor, Jl. Dago bawah depan warkop 🛍️ #garagesale"),
(8,"post","hn_twin_new_goods",1,0,1,0,"Toko kami buka lagi! Kaos sablon produksi sendiri mulai 45rb, Jl. Dago bawah, depan warkop 🛍️ #localbrand"),

(9,"profile","twin_bio_quiet",1,1,1,1,"Sortiran Tawau | kemeja, dress, jeans | kirim seluruh Kaltara | order WA 0852xxxx"),
(9,"profile","hn_twin_new_goods",1,0,1,1,"Grosir Tawau | kemeja, dress, jeans BNWT | kirim seluruh Kaltara | order WA 0852xxxx"),

(10,"post","twin_tweet_quiet",1,1,1,1,"jual cepet: 3 kemeja Uniqlo ex Jepang, size M, pemakaian wajar, 100rb dapet semua. dm aja"),
(10,"post","hn_twin_local_source",1,1,1,0,"jual cepet: 3 kemeja Uniqlo punyaku sendiri, size M, pemakaian wajar, beli di Grand Indonesia dulu, 100rb dapet semua. dm aja"),

(11,"article","hn_twin_news",0,1,1,1,"Pedagang cakar di Pasar Terong Makassar mengaku stok dari Malaysia makin susah masuk sejak razia bulan lalu"),
(11,"post","twin_offer_loud",1,1,1,1,"Cakar Malaysia ready di lapak Pasar Terong 🙌 jaket 30rb kemeja 15rb, datang maki' sebelum habis #cakarmakassar"),

(12,"listing","twin_offer_quiet",1,1,1,1,"Tas kulit Coach preloved dari Tanjungbalai, kondisi 85%, 350rb, tanpa dustbag"),
(12,"listing","hn_twin_new_goods",1,0,1,1,"Tas kulit Coach baru dari Tanjungbalai, lengkap dustbag dan tag, 1,3jt"),
(12,"listing","hn_twin_local_source",1,1,1,0,"Tas kulit Coach preloved koleksi pribadi, kado ultah 2019, kondisi 85%, 350rb, tanpa dustbag"),

(13,"live","twin_live_loud",1,1,1,1,"LIVE jam 8 malam! Bongkar bal Jepang campur wanita, semua 20rb, yg pertama ketik 'keep' dapet 👍"),
(13,"post","hn_twin_joke",0,1,1,1,"tiap jam 8 malam: niat tidur. realita: nonton live orang bongkar bal Jepang sampe jam 1 😭"),

(14,"listing","twin_offer_quiet",1,1,1,1,"Per kilo 38rb, campuran kaos & celana pendek, minimal 10 kg, gudang Belawan"),
(14,"listing","hn_twin_not_clothing",1,1,0,1,"Per kilo 8rb, plastik bekas campur PET, minimal 100 kg, gudang Belawan"),

(15,"post","twin_offer_loud",1,1,1,1,"Baju bekas impor Singapura ready di Tanjungpinang, harga grosir utk reseller, DM for pricelist 📩 #bajubekasimpor"),
(15,"post","hn_twin_rule",0,1,1,1,"Mengingatkan: jual baju bekas impor Singapura di Tanjungpinang melanggar Permendag 18/2021, jangan mau jadi reseller 📩 #edukasi"),

(16,"review","twin_review_named_seller",1,1,1,1,"Beli goni Korea di toko Kak Mira (Pontianak) isinya jaket semua, layak pakai, mantap bah. Recommended!"),
(16,"review","hn_twin_not_clothing",1,1,0,1,"Beli goni isi mainan bekas Korea di toko Kak Mira (Pontianak), masih bagus semua, mantap bah. Recommended!"),

(17,"post","twin_offer_quiet",1,1,1,1,"Sepatu Nike Air Max 90 2nd dari karungan, sol masih tebel, size 42, 280rb aja, chat ya #sneakers"),
(17,"post","hn_twin_new_goods",1,0,1,1,"Sepatu Nike Air Max 90 BNIB impor resmi, size 42, 1,7jt, chat ya #sneakers"),

(18,"message","twin_wa_quiet",1,1,1,1,"Kak, yg ex Hongkong kmrn masih ada 2 dress seken, 40rb satu, mau sy fotoin?"),
(18,"message","hn_twin_local_source",1,1,1,0,"Kak, dress punya mama yg kmrn masih ada 2, 40rb satu, mau sy fotoin?"),

(19,"article","hn_twin_news",0,1,1,1,"Pemkot Pekanbaru minta pedagang monza di Pasar Kodim habiskan stok balpres sebelum akhir tahun"),
(19,"listing","twin_offer_loud",1,1,1,1,"Jual monza balpres Pekanbaru, sisa stok Pasar Kodim, campur pria, borong murah, WA 0811xxxx"),

(20,"post","twin_offer_quiet",1,1,1,1,"Nemu flanel seken lucu-lucu di lapak Gedebage, lapak no. 14 punya Teh Rina 😍 murah pisan #hunting"),
(20,"post","hn_twin_haul_no_seller",0,1,1,1,"Hasil muter Gedebage 3 jam: 4 flanel seken lucu, total 60rb 😍 capek tapi puas #hunting"),
]
