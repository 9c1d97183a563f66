# batch 7: families f89-f100
R = [
("f89", "listing", "offer_listing_quiet", 1, 1, 1, 1, "Polo shirt golf ex Jepang bekas, Munsingwear/Pearly Gates, 65rb. Ada 14 pcs, dijual di lapak Pasar Santa lt 1"),
("f89", "comment", "offer_reply_quiet", 1, 1, 1, 1, "munsingwear jepang yg putih M masih pak, 65rb, bisa sy simpen sampai sabtu"),
("f89", "comment", "hn_buyer_question_price", 0, 1, 1, 1, "polo golf bekas jepang 65rb di pasar santa ada yg size XL? buat bapak saya"),

("f90", "live", "offer_live_host", 1, 1, 1, 1, "nah ini yg ditunggu, goni celana anak ex Korea, 15rb semua!! komen ukuran anaknya ya mom"),
("f90", "live", "offer_live_host", 1, 1, 1, 1, "mom yg komen 'size 4' sudah aku keepin 3 celana korea second ya, total 45rb, CO di keranjang"),
("f90", "comment", "hn_viewer_live", 0, 1, 1, 1, "live goni celana anak korea tadi chaos, semua mom ketik size bareng2 😂"),

("f91", "message", "offer_wa_broadcast", 1, 1, 1, 1, "Selamat pagi, kami jual & supply bal pakaian bekas Jepang/Korea grade A & B untuk toko thrift, pengiriman ke seluruh Jawa"),
("f91", "message", "offer_wa_reply", 1, 1, 1, 1, "Grade B pak, isinya 200an pcs campur, 3,2jt per bal, bisa kirim ke Kediri lewat ekspedisi"),
("f91", "post", "hn_rules_mod", 0, 1, 1, 1, "Aturan grup: dilarang share broadcast supply bal pakaian bekas Jepang/Korea. Pelanggar langsung dikeluarkan."),
("f91", "listing", "hn_sorted_domestic_source", 1, 1, 1, 0, "Baju bekas sortiran grade A hasil donasi warga Kediri, bukan impor, 10rb/pcs, untuk dana masjid"),

("f92", "post", "offer_plain_caption", 1, 1, 1, 1, "Toko Cakar 'Daeng Kulle' pindah ke Pasar Butung lt 2 ya! Kemeja & blus bekas impor tetap 20rb 🙏"),
("f92", "comment", "hn_buyer_question", 0, 1, 1, 1, "daeng kulle pindah ke butung lt 2 toh? pantesan dicari di tempat lama gak ada. blus cakarnya masih 20rb?"),
("f92", "post", "hn_thrift_tutorial_no_offer", 0, 1, 1, 1, "tips thrifting di cakar makassar: datang pagi, bawa kantong sendiri, cek ketiak & kerah baju bekas impor sebelum bayar"),

("f93", "comment", "offer_reply_quiet", 1, 1, 1, 1, "jaket kulit ex Turki second ready kak, 240rb, tinggal 1 warna coklat"),
("f93", "comment", "hn_buyer_question_price", 0, 1, 1, 1, "jaket kulit second turki masih ada yg coklat? boleh cicil 2x ga"),
("f93", "listing", "hn_offer_domestic_leather_new", 1, 0, 1, 0, "Jaket kulit domba produksi Garut, baru, warna coklat, 650rb. Bisa custom ukuran"),

("f94", "listing", "offer_listing_plain", 1, 1, 1, 1, "Jual hoodie & crewneck bekas ex Kanada, 1 karung 80 pcs 2,8jt, ecer 45rb. Gudang Cikarang"),
("f94", "post", "hn_trader_story", 0, 1, 1, 1, "karung hoodie bekas ex kanada yg kubeli ternyata isinya separuh crewneck robek. pelajaran buat pemula"),
("f94", "listing", "hn_offer_non_clothing", 1, 1, 0, 1, "Jual mesin jahit bekas ex Jepang merk Juki, masih normal, 2,8jt. Gudang Cikarang"),

("f95", "post", "offer_creator_points_stall", 1, 1, 1, 1, "cardigan ini 35rb doang, bekas korea 🤍 tokonya di tiktok shop 'lemarinenek.id' yaa, ku tag"),
("f95", "post", "hn_buyer_outfit_price", 0, 1, 1, 1, "cardigan bekas korea + rok plisket ibu = ootd pergi ngaji. murah meriah 🤍"),
("f95", "post", "hn_thrift_look_new", 1, 0, 1, 0, "cardigan rajut BARU 'thrift look' buatan konveksi Bandung, 79rb, ada 6 warna. checkout di etalase"),

("f96", "message", "offer_wa_reply", 1, 1, 1, 1, "masih ada bu, daster bekas Malaysia tinggal 9, 12rb satunya. saya antar ke rumah"),
("f96", "message", "hn_buyer_question_price", 0, 1, 1, 1, "bu daster bekas malaysia masih ada yg motif bunga? mau 3"),
("f96", "post", "hn_nostalgia", 0, 1, 1, 1, "nenekku dulu langganan daster bekas malaysia dari pedagang keliling, sampe kebawa ke foto2 lebaran"),

("f97", "comment", "offer_reply_quiet", 1, 1, 1, 1, "sepatu boots kerja ex Jepang bekas ukuran 41 ada bang, 130rb, mau liat langsung boleh"),
("f97", "comment", "hn_buyer_question_price", 0, 1, 1, 1, "boots kerja bekas jepang ukuran 41 ada? 130rb boleh deh"),

("f98", "live", "offer_live_host", 1, 1, 1, 1, "balpres ex Inggris dibuka! kemeja kotak 28rb, cardigan 33rb, order ketik 'mau' + nomor barang"),
("f98", "post", "hn_viewer_live", 0, 1, 1, 1, "nonton live balpres inggris semalem, cardigannya langsung habis. aku sibuk screenshot doang"),
("f98", "listing", "hn_offer_non_clothing_cardboard", 1, 1, 0, 1, "Jual kardus bekas import ex Inggris, kokoh, 2rb/pcs, cocok untuk pindahan"),

("f99", "post", "offer_reseller_recruit", 1, 1, 1, 1, "Open mitra thrift! sistem ambil 1 koli (50 pcs ex Jepang) 900rb, kami bantu foto & caption. DM admin"),
("f99", "post", "hn_job_vacancy_no_offer", 0, 1, 1, 1, "Lowongan: butuh admin packing di gudang thrift import, sortir baju bekas dari koli Jepang. gaji UMR"),

("f100", "listing", "offer_listing_quiet", 1, 1, 1, 1, "Kemeja kerja bekas ex Belanda, katun tebal, 25rb, 3 pcs 65rb. Dijual di Pasar Senen blok VI"),
("f100", "comment", "hn_buyer_question_price", 0, 1, 1, 1, "kemeja kerja belanda bekas 3 pcs 65rb itu bisa campur ukuran kak?"),
("f100", "post", "hn_news_no_used", 0, 0, 1, 1, "Impor kemeja baru dari Belanda naik tahun ini, kata asosiasi ritel; harganya di mal sekitar 400 ribu."),
]
