# batch 6: families f76-f88
R = [
("f76", "listing", "offer_listing_quiet", 1, 1, 1, 1, "Kimono & haori bekas asli Jepang, 90-150rb, kondisi bervariasi. Dijual di showroom kecil Jl. Braga, weekend only"),
("f76", "comment", "offer_reply_quiet", 1, 1, 1, 1, "haori jepang second yg hitam polos 110rb kak, besok saya di Braga jam 11"),
("f76", "post", "hn_buyer_haul_price", 0, 1, 1, 1, "haori bekas asli jepang jadi outer favorit. dipake ke kafe, berasa lagi di kyoto 🍵"),
("f76", "post", "hn_costume_rent_no_used", 1, 0, 1, 0, "Sewa kostum kimono baru jahitan lokal buat cosplay & wisuda, 75rb/hari, studio kami di Braga"),

("f77", "message", "offer_wa_broadcast", 1, 1, 1, 1, "Halo kak 👋 koleksi bag ex Korea second minggu ini udh upload di katalog WA, 60-120rb, order bisa COD Depok"),
("f77", "message", "hn_buyer_question_price", 0, 1, 1, 1, "kak aku liat katalog tas second korea yg 60rb, itu masih ada ga? cod depok di mana"),

("f78", "live", "offer_live_host", 1, 1, 1, 1, "bal Jepang ketiga! celana kulot 30rb, tunic 25rb, cepetan komen kode sebelum diambil orang"),
("f78", "live", "offer_live_host", 1, 1, 1, 1, "kulot ex jepang sisa 2, 30rb, yg komen tadi belum CO aku lempar ke yg lain ya"),
("f78", "post", "hn_meme", 0, 1, 1, 1, "host live bal jepang: 'aku lempar ke yg lain ya' / aku yg baru selesai transfer kulot 30rb: 😐"),

("f79", "post", "offer_plain_caption", 1, 1, 1, 1, "Rombeng Sorong buka sore ini 🙌 kaos, kemeja, jaket bekas dari luar, semua dijual 15rb. depan terminal"),
("f79", "post", "hn_nostalgia", 0, 1, 1, 1, "rombeng sorong depan terminal dulu tempat beli seragam olahraga bekas dari luar negeri. kenangan SMP"),
("f79", "comment", "hn_buyer_question", 0, 1, 1, 1, "rombeng yg depan terminal sorong masih ada ga? bajunya masih kiriman luar?"),

("f80", "listing", "offer_listing_plain", 1, 1, 1, 1, "Jual baju renang & rashguard bekas ex Australia, anak & dewasa, 25rb. Denpasar, Pasar Kumbasari"),
("f80", "review", "hn_buyer_review_no_seller", 0, 1, 1, 1, "rashguard bekas ex australia, buat les renang anak. karetnya masih kenceng"),
("f80", "post", "hn_offer_new_local", 1, 0, 1, 0, "rashguard anak produksi Bali, baru, bahan lycra, 95rb. bisa dikirim se-Indonesia"),

("f81", "comment", "offer_reply_quiet", 1, 1, 1, 1, "jaket denim ex US ukuran XL ada kak, 90rb, mau dicek videonya?"),
("f81", "comment", "hn_buyer_question_price", 0, 1, 1, 1, "jaket denim bekas US ada yg XL? 90rb oke kalo ada"),
("f81", "post", "hn_swap_no_offer", 0, 1, 1, 1, "ada yg mau tukeran jaket denim bekas ex US XL sama yg L? sama2 thrift, gak jual ya"),

("f82", "message", "offer_wa_reply", 1, 1, 1, 1, "Bisa pak, ordernya 2 koli seragam kerja ex Jepang saya kirim lewat kapal ke Ambon, 2,4jt semuanya"),
("f82", "message", "hn_buyer_question_price", 0, 1, 1, 1, "pak, 2 koli seragam kerja jepang 2,4jt itu sudah sama ongkir kapal ke Ambon?"),
("f82", "post", "hn_report_news", 0, 1, 1, 1, "Koli berisi seragam kerja bekas dari Jepang ditemukan di kapal tujuan Ambon, kata petugas pelabuhan."),

("f83", "post", "offer_creator_points_stall", 1, 1, 1, 1, "kalian yg nanya aku beli sneakers seken import di mana: toko 'Sneakbal' Pasar Baroe, no 8. harga 120rb-an"),
("f83", "post", "hn_buyer_haul_price", 0, 1, 1, 1, "unboxing sneakers seken import, sol masih 80%. ga nyangka dapet asics"),
("f83", "comment", "hn_complaint_handle", 0, 1, 1, 1, "jangan ke Sneakbal pasar baroe, sneakers seken import 120rb dibilang ori ternyata repaint"),

("f84", "listing", "offer_listing_quiet", 1, 1, 1, 1, "Jual dress pesta ex Korea, second, payet utuh, 75rb. Ada 5 model. COD Bekasi Timur"),
("f84", "comment", "offer_reply_quiet", 1, 1, 1, 1, "yang pink masih ka, dress korea second 75rb. aku ke bekasi timur sabtu"),
("f84", "comment", "hn_buyer_question_price", 0, 1, 1, 1, "dress korea second yg pink udah laku belum kak? buat kondangan minggu"),

("f85", "profile", "offer_seller_bio", 1, 1, 1, 1, "@karunganbdg 🧥 baju karungan impor bekas | grosir & ecer | Gedebage blok A | order DM, no DP-DP club"),
("f85", "post", "hn_report_platform", 0, 1, 1, 1, "Saya laporkan akun @karunganbdg, menjual baju karungan impor bekas grosir & ecer, melanggar aturan impor"),
("f85", "comment", "hn_buyer_question_handle", 0, 1, 1, 1, "@karunganbdg itu akun asli bukan? mau nanya aja soal baju karungan bekas, takut tipu"),

("f86", "message", "offer_wa_group_seller", 1, 1, 1, 1, "Stok lelong dari Entikong udah sampe rumah, jaket hoodie 40rb, yg deket Pontianak ambil langsung, luar kota order japri"),
("f86", "message", "hn_group_chat_buyer", 0, 1, 1, 1, "kmrn aku ambil jaket lelong dari tetangga, katanya dr entikong. bagus sih tp bau kapur barus"),
("f86", "message", "hn_donation_request_no_offer", 0, 1, 1, 0, "ibu2 ada yg punya jaket bekas ga kepake? mau kumpulin buat anak2 panti di Pontianak, gratis aja ya"),

("f87", "comment", "offer_reply_quiet", 1, 1, 1, 1, "kak celana kulot ex korea nya ready all size, 35rb, mau dikirim hari ini?"),
("f87", "comment", "hn_buyer_question_price", 0, 1, 1, 1, "celana kulot ex korea bekas ada allsize ya kak? aku bb 60 muat?"),

("f88", "post", "offer_jastip", 1, 1, 1, 1, "Jastip pasar baju bekas Kebon Kalapa Bogor Sabtu ini, titip aja list barang + budget, fee 10%"),
("f88", "post", "hn_buyer_trip", 0, 1, 1, 1, "sabtu ke kebon kalapa bogor nyari baju bekas impor, pulang bawa 3 kemeja. kaki gempor"),
("f88", "comment", "hn_school_bazaar_no_abroad", 1, 1, 1, 0, "Bazar baju bekas donasi wali murid SD kami Sabtu ini, 5-20rb, hasilnya untuk renovasi perpus 🙏"),
]
