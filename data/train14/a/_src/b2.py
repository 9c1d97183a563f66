# batch 2: families f16-f30
R = [
("f16", "post", "offer_plain_caption", 1, 1, 1, 1, "awul-awul Jogja buka lagi nih! jaket gunung bekas impor mulai 50rb, ada di lapak kami belakang Pasar Beringharjo 🙌"),
("f16", "post", "hn_nostalgia", 0, 1, 1, 1, "dulu pas kos di jogja, jaket gunung bekas impor dari awul-awul itu penyelamat musim hujan. skrg entah di mana jaketnya"),

("f17", "comment", "offer_reply_quiet", 1, 1, 1, 1, "yg coat wool ex korea ukuran M ada 2 kak, 120rb. DM alamatnya, sy keep smp besok siang"),
("f17", "comment", "hn_buyer_question_price", 0, 1, 1, 1, "coat wool bekas korea ada yg M ga min? tolong keepin dulu ya, gajian besok 🙏"),
("f17", "post", "hn_buyer_haul_price", 0, 1, 1, 1, "coat wool korea bekas ternyata tebel bgt, winter in Bandung vibes. pertama kali beli second import dan ga nyesel"),

("f18", "listing", "offer_listing_quiet", 1, 1, 1, 1, "Sepatu boots Dr. Martens second ex UK, size 40, kulit mulus. 450rb, jual cepat. Ambil di Pasar Baru Bandung lt 3"),
("f18", "post", "hn_complaint_no_handle", 0, 1, 1, 1, "pernah beli docmart second katanya ex UK di pasar baru, seminggu dipake jahitan sol lepas. hati2 yg mau beli"),
("f18", "comment", "hn_buyer_question_price", 0, 1, 1, 1, "docmart bekas UK size 40 harga 450rb kemahalan ga? yg baru kan 2jt an"),

("f19", "message", "offer_wa_group_seller", 1, 1, 1, 1, "Stok baru masuk dr Tanjungbalai 🔥 bal jaket kulit 50 pcs, bs ecer 150rb. Foto cek album grup, order japri"),
("f19", "message", "hn_group_chat_buyer", 0, 1, 1, 1, "td aku liat di album grup jaket kulit dr tanjungbalai 150rb, ada yg udh beli? bagus ga kulitnya"),
("f19", "post", "hn_report_news", 0, 1, 1, 1, "Bea Cukai menggagalkan penyelundupan puluhan bal jaket kulit bekas dari Malaysia yang hendak masuk lewat Tanjungbalai."),

("f20", "live", "offer_live_host", 1, 1, 1, 1, "ini tas ransel JanSport bekas ex Amrik ya bund, 70rb, resleting aman. nomor 7, siapa mau?"),
("f20", "comment", "hn_viewer_live", 0, 1, 1, 1, "live tadi ransel jansport ex amrik langsung sold dalam 3 detik, aku cuma bisa ketik 'yah'"),
("f20", "review", "hn_buyer_review_no_seller", 0, 1, 1, 1, "ransel jansport second amerika. jahitan kuat, warnanya agak pudar. cukup buat kuliah"),

("f21", "post", "offer_jastip", 1, 1, 1, 1, "Minggu depan ke Gedebage, buka jastip baju bekas impor yaa. order titip kriteria + budget di DM, fee 15%"),
("f21", "post", "hn_buyer_plan", 0, 1, 1, 1, "minggu depan mau ke gedebage nyari baju bekas impor buat foto prewed konsep 90an. ada tips nawar?"),
("f21", "comment", "hn_warning_jastip", 0, 1, 1, 1, "hati2 jastip gedebage di fb yg minta DP 50% dulu, temenku titip baju bekas impor ga pernah dikirim"),

("f22", "listing", "offer_listing_plain", 1, 1, 1, 1, "Dijual bal campuran Jepang 'jaket & hoodie' 100kg, harga 6jt. Gudang Tanjungpinang, siap kirim ke Jawa"),
("f22", "post", "hn_stopped_seller", 0, 1, 1, 1, "gudang tanjungpinang kami tutup. terima kasih yg dulu langganan bal jaket jepang, sekarang saya bertani aja"),
("f22", "message", "hn_buyer_question_price", 0, 1, 1, 1, "Pak, bal jepang jaket hoodie 100kg 6jt itu sdh termasuk ongkir ke Surabaya? atau beda lagi"),

("f23", "profile", "offer_seller_bio", 1, 1, 1, 1, "Rombengan Ibu Siti 🧺 daster & gamis bekas dr Malaysia | Pasar Sentral Nunukan kios 21 | terima order kirim se-Kaltara"),
("f23", "post", "hn_report_news", 0, 1, 1, 1, "Di Nunukan, rombengan asal Malaysia masih mudah ditemui; daster bekas dijual mulai 10 ribu per helai, kata warga."),
("f23", "comment", "hn_nostalgia", 0, 1, 1, 1, "mama dulu langganan rombengan dari malaysia di nunukan, dasternya awet2 smp sekarang masih dipake"),

("f24", "comment", "offer_reply_quiet", 1, 1, 1, 1, "udh restock kak 🙏 kemeja linen ex jepang 35rb, warna krem & navy. cek highlight 'NEW'"),
("f24", "comment", "hn_buyer_question", 0, 1, 1, 1, "kapan restock kemeja linen bekas jepang lagi kak? yg krem kmrn udh abis duluan"),
("f24", "post", "hn_buyer_outfit_price", 0, 1, 1, 1, "kemeja linen bekas jepang + celana bahan ibu, jadilah ootd kondangan low budget 😌"),

("f25", "post", "offer_creator_points_stall", 1, 1, 1, 1, "review jujur: bundle di Jl. Dewi Sartika bener2 murah, jaket varsity bekas Korea 85rb. toko 'Loka Bundle' samping bakso, mampir!"),
("f25", "post", "hn_buyer_review_no_seller", 0, 1, 1, 1, "review jujur bundle di bandung: jaket varsity bekas korea, kondisi 8/10. murah, tapi harus sabar ngubek"),
("f25", "comment", "hn_buyer_question_price", 0, 1, 1, 1, "varsity bekas korea 85rb di bundle mana kak? aku di bandung jg"),

("f26", "message", "offer_wa_broadcast", 1, 1, 1, 1, "PROMO AKHIR BULAN 📣 semua celana cargo bekas ex UK 40rb, beli 3 gratis ongkir. Langsung chat admin"),
("f26", "message", "hn_forwarded_scam_warning", 0, 1, 1, 1, "ada yg dapet broadcast promo cargo bekas ex UK gratis ongkir? itu nomor penipu ya, aku udh transfer ga dikirim"),
("f26", "post", "hn_meme", 0, 1, 1, 1, "aku: mau hemat bulan ini / broadcast WA: cargo ex UK bekas 40rb beli 3 free ongkir / aku: 🫠"),

("f27", "listing", "offer_listing_quiet", 1, 1, 1, 1, "Sprei & bedcover bekas import Jepang, bersih sudah laundry, 45rb/set. Kios 3 Pasar Tungging Bogor, jual online juga"),
("f27", "post", "hn_buyer_haul_price", 0, 1, 1, 1, "ga nyangka sprei bekas import jepang sekualitas ini. mama ketagihan mau balik lagi ke pasar tungging"),

("f28", "post", "offer_reseller_recruit", 1, 1, 1, 1, "cari dropshipper thrift import! gak perlu stok, foto dr kami, kamu posting aja, order masuk kami yg kirim. untung 10-20rb per pcs 🤝"),
("f28", "post", "hn_job_question", 0, 1, 1, 1, "ada yg pernah jd dropshipper thrift import? katanya untungnya lumayan, tapi risikonya apa aja ya"),
("f28", "comment", "hn_opinion", 0, 1, 1, 1, "dropship thrift import itu ngejual barang yg masuknya aja udah ilegal, ntar kena razia kamu yg repot"),

("f29", "live", "offer_live_host", 1, 1, 1, 1, "karung kedua dibuka gaes! celana chino ex Jepang semua 35rb, kalo mau ketik CO + warna"),
("f29", "post", "hn_viewer_live", 0, 1, 1, 1, "nemenin ibu nonton live bongkar karung chino ex jepang, beliau teriak 'CO CO' padahal bukan dia yg ngetik 😂"),

("f29", "comment", "offer_reply_quiet", 1, 1, 1, 1, "chino ex jepang second yg krem sisa 1 kak, 35rb. CO aja sebelum live ditutup"),

("f30", "comment", "offer_reply_quiet", 1, 1, 1, 1, "bisa kak, jaket parasut second import sisa 3, 45rb. alamat kirim sini aja"),
("f30", "comment", "hn_buyer_complaint_reply", 0, 1, 1, 1, "kak jaket parasut second import 45rb yg aku bayar minggu lalu blm dikirim2, resi mana? 😡"),
("f30", "review", "hn_buyer_review_no_seller", 0, 1, 1, 1, "jaket parasut bekas import, ringan, anti angin lumayan. buat motoran ok"),
]
