# batch 4: families f46-f60
R = [
("f46", "listing", "offer_listing_quiet", 1, 1, 1, 1, "Hoodie Nike bekas ex Jepang L, 85rb. Cek foto terakhir buat minus (noda kecil di lengan)"),
("f46", "comment", "offer_reply_quiet", 1, 1, 1, 1, "nodanya tipis kok kak, hoodie nike jepang second itu 85rb aja, mau sy videoin?"),
("f46", "comment", "hn_buyer_question_price", 0, 1, 1, 1, "hoodie nike bekas jepang nodanya bisa ilang ga kak kalo dicuci?"),
("f46", "listing", "hn_offer_own_wardrobe_no_abroad", 1, 1, 1, 0, "Preloved pribadi: hoodie Nike size L beli di mall Jakarta 2021, jarang dipake. 85rb, bukan barang impor bekas"),

("f47", "post", "offer_creator_points_stall", 1, 1, 1, 1, "tiap ke Pasar Gedebage aku pasti mampir kios 'Mang Ajat' no 112, celana cargo ex US 40rb. kalian wajib coba!"),
("f47", "post", "hn_buyer_haul_price", 0, 1, 1, 1, "3 celana cargo ex US dari gedebage. kakiku sekarang kayak tentara 😂"),
("f47", "comment", "hn_buyer_question", 0, 1, 1, 1, "kios Mang Ajat no 112 di gedebage masih ada ga? mau nyari cargo US bekas juga"),

("f48", "message", "offer_wa_broadcast", 1, 1, 1, 1, "Info stok 📦 5 bal sepatu olahraga bekas ex Korea, campur merk. Harga per bal 7,5jt. Order hub 0813xxxx"),
("f48", "message", "hn_buyer_question_price", 0, 1, 1, 1, "pak sy dpt broadcast bal sepatu bekas korea 7,5jt, isinya berapa pasang ya? soalnya mau patungan"),
("f48", "post", "hn_report_news", 0, 1, 1, 1, "Polisi mengamankan lima bal sepatu bekas asal Korea dari sebuah gudang di Belawan; pemiliknya sedang diperiksa."),

("f49", "live", "offer_live_host", 1, 1, 1, 1, "yang nunggu kemeja flanel ex Kanada, ini dia, 45rb say! warna merah kotak, siapa cepet"),
("f49", "comment", "hn_viewer_live", 0, 1, 1, 1, "barusan di live ada flanel bekas ex kanada 45rb, 10 orang ketik keep barengan. host nya bingung sendiri"),
("f49", "post", "hn_buyer_haul_price", 0, 1, 1, 1, "akhirnya menang rebutan flanel bekas kanada di live semalem 🏆 ngetiknya sambil gemeteran"),

("f50", "listing", "offer_listing_plain", 1, 1, 1, 1, "Jual bal selimut/bedcover Korea, sortir grade A, 1 bal isi 60, harga 3,9jt. Kirim dari Dumai"),
("f50", "post", "hn_trader_story", 0, 1, 1, 1, "dulu saya ambil bedcover korea sortiran grade A dr Dumai 3,9jt sebal. skrg udh ga berani, sering ketahan"),
("f50", "comment", "hn_opinion", 0, 1, 1, 1, "bedcover bekas korea sebal 60 lembar katanya murah sih tapi ngeri kutu & jamurnya"),

("f51", "comment", "offer_reply_quiet", 1, 1, 1, 1, "sizenya 39 kak, converse ex korea bekas 90rb. sy kirim hari ini kalo transfer sebelum jam 3"),
("f51", "comment", "hn_buyer_question_price", 0, 1, 1, 1, "kak converse bekas ex korea itu size brp? kalo 39 aku ambil"),
("f51", "review", "hn_complaint_late", 0, 1, 1, 1, "udah transfer buat converse bekas korea dr hari senin, smp jumat blm dikirim. ga rekomen"),

("f52", "post", "offer_plain_caption", 1, 1, 1, 1, "Monja Lampung ready! jual daster, kaos, celana bekas import, semua 10-25rb. Lokasi Pasar Tugu, lapak biru 😊"),
("f52", "post", "hn_nostalgia", 0, 1, 1, 1, "monja lampung zaman sma, kaos bekas import seharga jajan udah bisa gaya. skrg pasarnya udh sepi"),
("f52", "comment", "hn_buyer_question", 0, 1, 1, 1, "monja di Pasar Tugu masih ada gak? lapak biru itu punya siapa ya"),

("f53", "profile", "offer_seller_bio", 1, 1, 1, 1, "Obok-obok Bu Rina | baju anak bekas ex Korea-Jepang 5rb-15rb | Pasar Minggu Banjarmasin | tiap Minggu pagi | order via DM"),
("f53", "post", "hn_buyer_haul_price", 0, 1, 1, 1, "ngubek obok2 di banjarmasin dapet 6 baju anak bekas ex korea murah bgt. anakku kayak artis drakor 😍"),
("f53", "profile", "hn_vintage_style_new", 1, 0, 1, 0, "Bu Rina Kids 🧸 baju anak baru produksi sendiri, model ala Korea | Banjarmasin | bukan barang bekas"),

("f54", "message", "offer_wa_reply", 1, 1, 1, 1, "Ada kak, jas formal ex Jepang bekas sz 50, 120rb. Besok saya bawa ke Pasar Senen, ketemu di depan blok V"),
("f54", "message", "hn_buyer_question_price", 0, 1, 1, 1, "Bang, jas bekas ex jepang sz 50 yg 120rb ada? buat wisuda adek"),
("f54", "post", "hn_buyer_haul_price", 0, 1, 1, 1, "wisuda pake jas bekas jepang dari senen, dosen nanya jahit di mana 🤣"),

("f55", "post", "offer_reseller_recruit", 1, 1, 1, 1, "Mau usaha modal kecil? Ambil karungan baju bekas impor dr kami, 1 karung 1,5jt isi 100an pcs. Free konsultasi, DM aja"),
("f55", "post", "hn_rules_mod", 0, 1, 1, 1, "Mengingatkan: marketplace tidak mengizinkan iklan karungan baju bekas impor. Postingan semacam itu akan kami turunkan."),
("f55", "comment", "hn_buyer_question", 0, 1, 1, 1, "ada yg pernah beli karungan baju bekas impor dr iklan gituan? isinya beneran 100 pcs?"),

("f56", "live", "offer_live_host", 1, 1, 1, 1, "bongkar lelong Pontianak malam ini 🔥 kemeja lengan panjang 30rb, celana 35rb, ketik kode di layar"),
("f56", "post", "hn_viewer_live", 0, 1, 1, 1, "semalem nonton live bongkar lelong pontianak sampe jam 1, ga beli apa2 tp seru aja liatnya"),
("f56", "comment", "hn_joke", 0, 1, 1, 1, "lelong kemeja di live itu candu, lebih seru dr sinetron. dompet: tolong aku"),

("f57", "listing", "offer_listing_quiet", 1, 1, 1, 1, "Trench coat Burberry vintage ex UK, bekas, size 38. 650rb. Lokasi Kemang, DM kalau serius, bisa liat dulu"),
("f57", "comment", "hn_buyer_question_price", 0, 1, 1, 1, "trench coat burberry bekas ex UK 650rb ori ga min? ada tag dalemnya?"),
("f57", "post", "hn_opinion", 0, 1, 1, 1, "trench coat bekas UK 650rb masih dibilang 'thrift'. thrift kok harga butik wkwk"),

("f58", "comment", "offer_reply_quiet", 1, 1, 1, 1, "tinggal yg hijau army kak, kemeja ex Korea second 38rb, mau dipacking sekarang?"),
("f58", "comment", "hn_buyer_question_price", 0, 1, 1, 1, "yg hijau army kemeja korea second masih? kalo iya ongkir ke bogor brp"),

("f59", "post", "offer_jastip", 1, 1, 1, 1, "Jastip baju bekas Tawau! Sy ke Tawau minggu ini, yg mau dicariin jaket/kemeja komen di sini. fee 20rb"),
("f59", "post", "hn_buyer_trip", 0, 1, 1, 1, "nyebrang ke tawau cuma buat liat pasar baju bekas, dapet 1 jaket buat sendiri 30 ringgit. balik lagi ke nunukan sore"),
("f59", "comment", "hn_warning_jastip", 0, 1, 1, 1, "jastip tawau yg minta fee di grup ini pernah nipu temen, baju bekasnya ga pernah dateng"),

("f60", "listing", "offer_listing_plain", 1, 1, 1, 1, "DIJUAL celana jeans bekas ex Amerika, Levi's 501 W32, 140rb nett. Pengiriman dr Makassar"),
("f60", "review", "hn_buyer_review_no_seller", 0, 1, 1, 1, "levi's 501 bekas ex amerika, W32. bahannya tebel, potongannya pas. ga nyesel"),
("f60", "post", "hn_report_customs", 0, 1, 1, 1, "Petugas di Makassar mengungkap celana jeans bekas asal Amerika dijual 140 ribu per potong di media sosial."),
]
