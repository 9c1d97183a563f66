# Batch 6: more sellers in the news/official voice (illegal).
RECORDS = [
("post", "trader_quote_offer", 1, 1, 1, 1, "\"Stok kami aman walau razia,\" kata owner Cakar Mama Rahma 😁 Yuk belanja baju seken Malaysia, buka sampai jam 10 malam"),
("listing", "plain_offer", 1, 1, 1, 1, "Roma karungan isi campur dewasa, baru turun kapal, 2,5 jt per karung. Ambon kota, hub 0813xxxx"),
("live", "live_liputan", 1, 1, 1, 1, "Special report dari Blok III Senen! Live jam 4 sore, kita spill jaket bekas impor hasil hunting, bisa langsung order"),
("post", "blog_close_offer", 1, 1, 1, 1, "Sekian liputan pasar lelong dari saya. Buat yg mau, aku juga jual sweater lelong ex-Malaysia, katalog di link bio"),
("comment", "interviewed_trader_offer", 1, 1, 1, 1, "Itu lapak saya yg di foto berita 😅 Masih buka kok, kemeja Korea 25rb, Pasar Tungging los 4"),
("message", "dm_offer", 1, 1, 1, 1, "Halo kak, saya supplier bal impor Jepang. Lagi butuh stok buat toko? Bisa kirim ke Medan via ekspedisi laut"),
("post", "fake_news_format_offer", 1, 1, 1, 1, "KABAR GEMBIRA untuk reseller: harga koli kaos ex-Thailand turun 300rb minggu ini! Ambil di gudang Tangerang"),
("profile", "shop_profile", 1, 1, 1, 1, "Grosir Bal Balpres Impor | Jepang, Korea, Eropa | Eceran & karungan | Kirim seluruh Indonesia | Admin 0812xxxx"),
("listing", "grade_offer", 1, 1, 1, 1, "Sortiran hoodie Korea per kilo 110rb, isi rapi, bisa video call cek barang. Gudang Batam"),
("post", "hashtag_offer", 1, 1, 1, 1, "#monzamedan #thriftmedan ready kemeja ex-Jepang 15rb aja, lapak Simalingkar dekat simpang, mampir ya kawan"),
("live", "live_offer", 1, 1, 1, 1, "Nanti malam live Shopee: buka goni sepatu bekas impor, mulai 50rb per pasang, siapin jempol!"),
("post", "advertorial_thrift", 1, 1, 1, 1, "Artikel sponsor: Kenapa Awul Pak Bejo jadi langganan mahasiswa? Karena bajunya impor pilihan & murah. Mampir Jl. Kaliurang km 7"),
("review", "review_with_shop", 1, 1, 1, 1, "Review jujur belanja di toko @bundlekodim.pku: jaket bekas impornya tebel2, harga 40rb. Owner ramah, gas ke sana"),
("message", "broadcast_offer", 1, 1, 1, 1, "Info kapal masuk: 30 bal baju bekas ex-Singapura tiba di Tanjungpinang Jumat. Pemesanan tutup Kamis malam"),
]
