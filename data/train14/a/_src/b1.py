# batch 1: families f01-f15. tuple = (family, kind, category, offer, used, clothing, abroad, text)
R = [
("f01", "listing", "offer_listing_quiet", 1, 1, 1, 1, "Jual jaket denim Levi's ex Jepang, second mulus, LD 110. 75rb. Lapak Gedebage blok C no 14, bisa cod Bandung"),
("f01", "comment", "hn_buyer_question_price", 0, 1, 1, 1, "kak yg jaket denim levis ex jepang 75rb masih ada? aku LD 112 muat ga ya 🥲"),
("f01", "comment", "offer_reply_quiet", 1, 1, 1, 1, "masih kak, levis second jepangnya tinggal 1. 75rb, mau dikirim apa ambil di lapak?"),
("f01", "post", "hn_buyer_haul_price", 0, 1, 1, 1, "dapet levis bekas ex jepang pas ke gedebage kemarin, murah bgt, kancing masih ori. rezeki anak sholeh"),

("f02", "live", "offer_live_host", 1, 1, 1, 1, "oke bal korea dibuka yaa, hoodie pertama 40rb, siapa cepat ketik KEEP + nomor 🔥"),
("f02", "post", "hn_viewer_live", 0, 1, 1, 1, "abis nonton live bongkar bal korea, hoodie nya direbutin, chatnya isinya KEEP semua wkwk"),
("f02", "comment", "hn_viewer_joke", 0, 1, 1, 1, "tiap buka bal korea di live rasanya kayak nonton undian, jempol gue kalah cepet mulu ngetik keep 😭"),

("f03", "message", "offer_wa_broadcast", 1, 1, 1, 1, "Assalamualaikum kak, besok jam 9 bongkar 3 koli kemeja ex Jepang grade A, 25rb/pc. Order/booking lgsg balas pesan ini ya"),
("f03", "message", "hn_buyer_question_price", 0, 1, 1, 1, "bu, kemeja jepang yg 25rb itu dari koli baru ya? sy mau liat dulu sebelum ambil, besok buka jam brp?"),
("f03", "message", "hn_group_chat_memory", 0, 1, 1, 1, "inget ga dulu kita rebutan kemeja ex jepang pas koli dibongkar di Pasar Senen, skrg udh naik semua"),

("f04", "profile", "offer_seller_bio", 1, 1, 1, 1, "🌿 thrift import Korea & Jepang | bal dibongkar tiap Jumat | ongkir dari Bekasi | order via DM, cek sorotan utk stok"),
("f04", "post", "hn_stopped_seller", 0, 1, 1, 1, "udah setahun gak jualan baju bal korea jepang lagi, capek kena razia & stok makin mahal. pamit dr dunia thrift"),
("f04", "comment", "hn_buyer_question", 0, 1, 1, 1, "ini akun thrift import korea yg bongkar tiap jumat kan? kok story nya sepi, udh tutup kah"),

("f05", "post", "offer_creator_points_stall", 1, 1, 1, 1, "hunting thrift di Pasar Senen blok III, kemeja flanel ex US 30rb-an. lapaknya Bang Ucok lantai 2, bilang dari aku biar dapet diskon 😆"),
("f05", "post", "hn_buyer_haul_price", 0, 1, 1, 1, "hari ini thrifting di senen, bawa pulang 4 flanel bekas US. pegel tapi puas"),
("f05", "comment", "hn_buyer_question", 0, 1, 1, 1, "kak flanel bekas US nya di senen sebelah mana? pengen nyari juga minggu ini"),

("f06", "listing", "offer_listing_plain", 1, 1, 1, 1, "JUAL sepatu Nike bekas import Singapura, size 42, sol masih tebal. 180rb nego tipis. wa 0812xxxx"),
("f06", "review", "hn_complaint_quality", 0, 1, 1, 1, "beli nike bekas katanya import singapura, dateng solnya mangap. bintang 1 aja lah"),
("f06", "post", "hn_warning_handle", 0, 1, 1, 1, "gaes jangan order sepatu bekas import di @solbekas.id, bilangnya ex singapura ternyata lem semua, udah chat gak dibales"),

("f07", "post", "offer_jastip", 1, 1, 1, 1, "jastip cakar Pasar Terong Makassar minggu ini! titip cari jaket / kemeja, fee 10rb per pcs, order list di komen"),
("f07", "comment", "hn_buyer_question", 0, 1, 1, 1, "ada yg tau cakar di pasar terong buka jam brp? mau nyari jaket kulit bekas buat kado"),
("f07", "post", "hn_nostalgia", 0, 1, 1, 1, "jaman kuliah di makassar tiap gajian pasti ke cakar pasar terong, jaket murah udah keren bgt"),

("f08", "listing", "offer_listing_quiet", 1, 1, 1, 1, "balpres celana jeans campur ex Korea, ±100 pcs, 4,2jt. lokasi gudang Tanjung Priok, serius DM, bisa cek isi sample"),
("f08", "post", "hn_report_news", 0, 1, 1, 1, "petugas menyita balpres celana jeans bekas asal Korea di gudang kawasan Tanjung Priok, diduga masuk tanpa dokumen"),
("f08", "comment", "hn_buyer_question_price", 0, 1, 1, 1, "bang, balpres jeans korea 4,2jt itu isinya kebanyakan cewek apa cowok? takut nyangkut gak laku"),

("f09", "comment", "offer_reply_quiet", 1, 1, 1, 1, "ready kak sweater Uniqlo ex jepang yg abu, 55rb. klik keranjang kuning aja 🙏"),
("f09", "comment", "hn_buyer_question_price", 0, 1, 1, 1, "min sweater uniqlo ex jepang abu-abu ada ukuran L ga? kalo ada mau bgt"),
("f09", "review", "hn_buyer_review_no_seller", 0, 1, 1, 1, "sweater uniqlo bekas jepang, bau apek dikit tp ilang sekali cuci. lumayan lah buat di kantor"),

("f10", "post", "offer_reseller_recruit", 1, 1, 1, 1, "open reseller baju bal Korea! ambil min 20 pcs harga modal 12rb, jual lagi terserah. join grup WA, link di bio"),
("f10", "post", "hn_rules_mod", 0, 1, 1, 1, "[NOTE ADMIN] postingan cari reseller / jual baju bal Korea dihapus ya, grup ini cuma buat diskusi fashion"),
("f10", "post", "hn_opinion", 0, 1, 1, 1, "modal 12rb per pcs dari bal korea trus dijual 60rb, terus bilang bantu umkm? umkm konveksi lokal yg mati dong"),

("f11", "live", "offer_live_host", 1, 1, 1, 1, "kaos band vintage ex US ini 65rb aja say, cek jahitan single stitch, yg mau komen 'ambil'"),
("f11", "comment", "hn_viewer_live", 0, 1, 1, 1, "td liat di live ada kaos band bekas US single stitch, udh keburu diambil org. nyesel mikir kelamaan"),
("f11", "post", "hn_meme", 0, 1, 1, 1, "host live thrift: 'single stitch kak, ex US' / aku yg ga ngerti single stitch tapi tetep ketik ambil 🤡"),

("f12", "message", "offer_wa_reply", 1, 1, 1, 1, "Sy ada 1 karung tas branded bekas ex Malaysia kak, rata2 80rb. Mau difoto satu2 dulu sebelum order?"),
("f12", "message", "hn_buyer_question", 0, 1, 1, 1, "Pak, yg karungan tas bekas malaysia kemarin sisa berapa ya? sy cari yg kulit asli aja"),
("f12", "post", "hn_trader_story", 0, 1, 1, 1, "curhat: sekarung tas bekas ex malaysia separuhnya rusak. sewa tempat naik lagi bulan ini. pusing"),

("f13", "profile", "offer_seller_bio", 1, 1, 1, 1, "Lapak Monza Pajak Melati No. 88 ✨ kemeja, jaket, celana impor bekas | buka Sel-Min 9.00-17.00 | order online DM"),
("f13", "review", "hn_buyer_review_no_seller", 0, 1, 1, 1, "monza di Pajak Melati emang surga, dapet jaket parasut bekas impor murah meriah. pulang bau matahari semua 😂"),
("f13", "post", "hn_report_news", 0, 1, 1, 1, "Pedagang monza di Pajak Melati Medan mengaku omzet turun setelah pasokan pakaian bekas impor dari Tanjungbalai dibatasi."),

("f14", "post", "offer_creator_points_stall", 1, 1, 1, 1, "outfit hari ini full thrift import 😎 semua dr @lemaribal.jkt, kemeja 45rb celana 60rb. kalian cek aja etalasenya"),
("f14", "post", "hn_buyer_outfit_price", 0, 1, 1, 1, "outfit hari ini full thrift import, kemeja 45rb celana 60rb, total ga nyampe 110rb 😎 #ootd #thriftfinds"),
("f14", "comment", "hn_buyer_question_handle", 0, 1, 1, 1, "kak beli kemeja thrift import 45rb di mana? @lemaribal.jkt bukan? aku pernah liat mirip"),

("f15", "listing", "offer_listing_plain", 1, 1, 1, 1, "Jual per kilo baju anak bekas sortiran grade A, 65rb/kg, minimal ambil 5 kilo. Kirim dari Batam"),
("f15", "comment", "hn_buyer_question_price", 0, 1, 1, 1, "grade A baju anak sortiran 65rb per kilo itu wajar ga sih? mau coba jualan tp takut rugi"),
("f15", "post", "hn_researcher_quote", 0, 1, 1, 1, "Di Batam, seorang pedagang menyebut baju anak bekas sortiran grade A dilepas 65 ribu per kilo ke pembeli dari Jawa."),
]
