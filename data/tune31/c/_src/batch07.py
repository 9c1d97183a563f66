# Batch 07: hand-written legal one-liners that replace 12 surplus illegal ones. Tuple: (kind, category, offer, used, clothing, abroad, text)
RECORDS = [
    ("post", "hn_report_quoting_ad", 0, 1, 1, 1, "Iklan yg viral kemarin bunyinya 'open bal Korea, aman kirim se-Indonesia'. Akunnya udah hilang setelah diberitakan"),
    ("comment", "hn_buyer_question", 0, 1, 1, 1, "kak yg jual bal Jepang di live semalem namanya apa ya? mau aku laporin, barangnya beda sama di video"),
    ("post", "hn_trader_story", 0, 1, 1, 1, "Pedagang awul di Sekaten cerita ke aku: dulu sehari laku 300 potong, sekarang 50 pun sudah syukur"),
    ("post", "hn_opinion_anti_ban", 0, 1, 1, 1, "lucu, tas bekas impor dilarang, tp tas KW baru dari luar bebas dipajang di mall. pilih kasih"),
    ("post", "hn_domestic_used_trader", 1, 1, 1, 0, "Thrift lokal 100%: semua baju titipan warga Depok, dicuci & disetrika ulang, bukan bal impor. Buka tiap Sabtu"),
    ("post", "hn_new_import", 1, 0, 1, 1, "Jaket parka baru impor China, masih tag & plastik, grosir min 6 pcs, 95rb/pc"),
    ("article", "hn_news_headline", 0, 1, 1, 1, "Pemkot Medan data ulang pedagang monza, janjikan pelatihan usaha alternatif"),
    ("message", "hn_friend_chat", 0, 1, 1, 1, "bro flanel yg km pake kmrn dari Gedebage ya? keren sih, minggu depan aku mau ngubek2 ke sana sendiri"),
    ("post", "hn_joke_meme", 0, 1, 1, 1, "nyokap: 'itu baju bekas orang meninggal di luar negeri!' / aku yg baru pulang dari awul-awul: 🧍"),
    ("review", "hn_review_no_seller", 0, 1, 1, 1, "Dompet kulit bekas impor dari pasar loak, jahitan masih kuat, ada inisial 'J.M.' diukir. Suka ceritanya"),
    ("post", "hn_other_goods_ceker", 0, 0, 0, 0, "tiap ke Solo wajib makan cakar ayam bumbu kecap, bukan cakar yg baju ya guys wkwk"),
    ("post", "hn_hygiene_opinion", 0, 1, 1, 1, "yg bilang balpres itu bersih, coba sekali2 ikut bongkar karung di gudang. debu & bau lembabnya masya Allah"),
]
