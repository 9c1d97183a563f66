# Hand-written one-liners, batch 6. Tuple: (family, category, kind, offer, used, clothing, abroad, text)
DATA = [
("F087", "twin_post_loud", "post", 1, 1, 1, 1, "Awul-awul Kuta buka lagi sore ini, kemeja pantai 25k, celana pendek 15k, mampir bro 🌴 #balilife"),
("F087", "hn_twin_not_clothing", "post", 1, 1, 0, 1, "Lapak Kuta buka lagi sore ini, papan selancar bekas ex Australia 750k, leash 50k, mampir bro 🌴 #balilife"),

("F088", "twin_tweet_quiet", "post", 1, 1, 1, 1, "baju2 di lapakku semua ex Korea dan udah pernah dipake ya, makanya 20-40rb aja, cek pinned"),
("F088", "hn_twin_new_thrift_look", "post", 1, 0, 1, 1, "baju2 di lapakku semua baru dari Korea, cuma modelnya thrift look aja ya, 80-120rb, cek pinned"),

("F089", "twin_review_seller", "review", 1, 1, 1, 1, "Recommended lapak @bajuluar_pku, roma ex Malaysia pilihannya bagus, 3 celana bekas 60rb 👌"),
("F089", "hn_twin_review_no_seller", "review", 0, 1, 1, 1, "Celana bekas ex Malaysia yg kubeli 3 biji 60rb di Pekanbaru awet juga ya, udah setahun masih oke 👌"),
("F089", "hn_twin_review_new_no_seller", "review", 0, 0, 1, 1, "Celana baru made in Malaysia yg kubeli 3 biji 160rb pas liburan awet juga, udah setahun masih oke 👌"),

("F090", "twin_message_quiet", "message", 1, 1, 1, 1, "Pak, baju bekas ex Korea 10 karung siap kirim dari Belawan, 2,5jt/karung, DP dulu ya"),
("F090", "hn_twin_not_clothing", "message", 1, 1, 0, 1, "Pak, botol plastik bekas ex Korea 10 karung siap kirim dari Belawan, 250rb/karung, DP dulu ya"),

("F091", "twin_live_loud", "live", 1, 1, 1, 1, "Malem bestie, hari ini stok bal dari Tanjungbalai, blus kerja second 20an, checkout sebelum jam 11 ya"),
("F091", "hn_twin_stopped_selling", "live", 0, 1, 1, 1, "Malem bestie, aku berhenti ambil stok bal dari Tanjungbalai ya, blus second sisanya kubagi gratis ke yg kenal aja"),

("F092", "twin_listing_loud", "listing", 1, 1, 1, 1, "JAKET KULIT BEKAS IMPOR TURKI ASLI, SIZE M-XL, 175RB, BONUS GANTUNGAN, READY JAKTIM"),
("F092", "hn_twin_new_goods", "listing", 1, 0, 1, 1, "JAKET KULIT BARU IMPOR TURKI ASLI, SIZE M-XL, 975RB, LENGKAP TAG, READY JAKTIM"),
("F092", "hn_twin_domestic_used", "listing", 1, 1, 1, 0, "JAKET KULIT GARUT ASLI BEKAS PAKAI PRIBADI, SIZE L, 175RB, MASIH LEMAS, READY JAKTIM"),

("F093", "twin_post_quiet", "post", 1, 1, 1, 1, "Tas jinjing kanvas ex Jepang, pernah dipakai, 30k aja, stok banyak 👜 #tasjepang #grosirtas"),
("F093", "hn_twin_gift_resale", "post", 1, 1, 1, 0, "Tas jinjing kanvas kado dari temen kantor, pernah dipakai, 30k aja, tinggal 1 👜 #prelovedbag"),

("F094", "twin_comment_quiet", "comment", 1, 1, 1, 1, "Dek, mampir ke lapak ibu di Senen, celana bahan bekas Korea 35 ribu dapet 2, masih banyak"),
("F094", "hn_twin_news", "article", 0, 1, 1, 1, "'Celana bahan bekas Korea 35 ribu dapat dua,' ujar seorang pedagang Pasar Senen yang mengaku omzetnya turun"),

("F095", "twin_tweet_quiet", "post", 1, 1, 1, 1, "stok baru dari Jepang dateng lagi gaes, 300 kg jaket & sweater bekas, yg mau borong DM sekarang"),
("F095", "hn_twin_not_clothing", "post", 1, 1, 0, 1, "stok baru dari Jepang dateng lagi gaes, 300 kg suku cadang kereta bekas, bengkel yg mau borong DM sekarang"),

("F096", "hn_twin_new_goods", "comment", 1, 0, 1, 1, "Kak, kemeja flanel Korea yang ini baru ya, masih ada tag, 120rb, kirim dari Cimahi"),
("F096", "twin_comment_quiet", "comment", 1, 1, 1, 1, "Kak, kemeja flanel Korea yang ini ex pemakaian ya, tag udah ilang, 40rb, kirim dari Cimahi"),

("F097", "twin_profile_quiet", "profile", 1, 1, 1, 1, "Kios Monja Bu Rina | celana & blus pilihan per karung | Pasar Simpang Limun | order WA 0812xxxx"),
("F097", "hn_twin_community_profile", "profile", 0, 1, 1, 1, "Komunitas Pecinta Monja Medan | berbagi cerita & tips nyuci celana monja | bukan jualan, no promosi"),

("F098", "twin_live_quiet", "live", 1, 1, 1, 1, "Ayo ayo, kemeja bekas per kilo 80 ribu, barang dari Belawan, timbang langsung di depan kamera"),
("F098", "hn_twin_not_clothing", "live", 1, 1, 0, 1, "Ayo ayo, kardus bekas per kilo 3 ribu, barang dari Belawan, ditimbang langsung di depan kamera"),

("F099", "twin_review_seller", "review", 1, 1, 1, 1, "Beli 2 hoodie seken ex Korea di @ngabubundle, ukurannya pas, ada noda kecil tapi ilang dicuci ⭐⭐⭐⭐"),
("F099", "hn_twin_local_consignment", "review", 1, 1, 1, 0, "Beli 2 hoodie seken titipan mahasiswa di @titip.kampus, ukurannya pas, noda kecil ilang dicuci ⭐⭐⭐⭐"),

("F100", "twin_broadcast_loud", "message", 1, 1, 1, 1, "📢 Ready bal sepatu Korea grade B isi 40 pasang, 3jt/bal, ongkir ditanggung pembeli, slot terbatas"),
("F100", "hn_twin_new_goods", "message", 1, 0, 1, 1, "📢 Ready paket sepatu Korea baru isi 40 pasang, box semua, 12jt/paket, ongkir ditanggung pembeli, slot terbatas"),

("F101", "twin_post_quiet", "post", 1, 1, 1, 1, "Dress vintage ex Belanda, pernah dipakai, 95k, cocok buat prewed ✨ DM ya #vintagedress"),
("F101", "hn_twin_new_thrift_style", "post", 1, 0, 1, 0, "Dress vintage style jahitan butik kami sendiri, baru, 195k, cocok buat prewed ✨ DM ya #vintagedress"),

("F102", "twin_comment_quiet", "comment", 1, 1, 1, 1, "Ada kak, jaket anak ex Korea layak pakai, 35rb/pcs, ambil 10 dapet harga 30"),
("F102", "hn_twin_new_goods", "comment", 1, 0, 1, 1, "Ada kak, jaket anak baru impor Korea, lengkap label, 85rb/pcs, ambil 10 dapet harga 75"),

("F103", "twin_tweet_loud", "post", 1, 1, 1, 1, "yg nyari celana cargo bekas impor, gue ada 12 biji ex Jepang, 40rb aja, Tangerang COD"),
("F103", "hn_twin_buyer_question", "post", 0, 1, 1, 1, "ada yg jual celana cargo bekas impor ex Jepang di Tangerang? butuh 12 biji buat anak2 touring, 40rb-an"),

("F104", "twin_listing_quiet", "listing", 1, 1, 1, 1, "Kaos Kaki Wol Ex Jepang Bekas, Sudah Dicuci, Isi 10 Pasang, 45rb/Paket"),
("F104", "hn_twin_homemade", "listing", 1, 1, 1, 0, "Kaos Kaki Wol Rajutan Ibu Sendiri, Pernah Dipakai Sekali, Isi 10 Pasang, 45rb/Paket"),
]
