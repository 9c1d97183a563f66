# Batch 7 - last hand-written pairs.
R = [
 ("F133","post","twin_offer_quiet",1,1,1,1,"Kemeja batik seken ex Kuala Lumpur 🌺 motif cantik, 35rb, titik ambil Pasar Flamboyan Pontianak"),
 ("F133","post","hn_twin_own_wardrobe",1,1,1,0,"Kemeja batik seken koleksi almarhum bapak 🌺 motif Pekalongan, 35rb, titik ambil Pasar Flamboyan Pontianak"),

 ("F134","message","twin_offer_loud",1,1,1,1,"Lur, awul-awul Solo isi jaket jeans ready 25 biji, 45rb, mau tak kirim via JNE?"),
 ("F134","message","hn_twin_local_source",1,1,1,0,"Lur, jaket jeans bekas punya anak2 kos yg pindahan ready 25 biji, 45rb, mau tak kirim via JNE?"),

 ("F135","listing","twin_offer_quiet",1,1,1,1,"Sepatu kulit pantofel ex Italia, resol baru, bekas pakai 1 tahun, 42, 210rb, Bandung"),
 ("F135","listing","hn_twin_local_craft",1,1,1,0,"Sepatu kulit pantofel buatan Cibaduyut, resol baru, bekas pakai 1 tahun, 42, 210rb, Bandung"),

 ("F136","comment","hn_twin_denial_import",1,1,1,0,"Ini bukan dari bal ya kak, semua preloved pribadi, kaos & kemeja 25rb, ongkir dari Makassar"),
 ("F136","comment","twin_offer_loud",1,1,1,1,"Ini dari bal ya kak, semua preloved pilihan, kaos & kemeja 25rb, ongkir dari Makassar"),

 ("F137","live","twin_offer_loud",1,1,1,1,"Ayo merapat, thrift sortiran grade S cardigan cewek 40rb, udah dicuci steam, langsung ketik 'ambil'"),
 ("F137","live","hn_twin_family_clearout",1,1,1,0,"Ayo merapat, cardigan cewek bekas kakak2 aku sendiri 40rb, udah dicuci steam, langsung ketik 'ambil'"),

 ("F138","listing","twin_offer_loud",1,1,1,1,"Thrift jaket varsity ex USA, patch bordir asli, sedikit pudar, L, 140rb, Tangerang"),
 ("F138","listing","hn_twin_new_thrift_style",1,0,1,1,"Jaket varsity gaya thrift, baru impor USA, patch bordir, L, 340rb, Tangerang"),

 ("F139","post","hn_twin_new_goods",1,0,1,1,"Kaos band ex Bangkok 🤘 baru cetak ulang, sablon tebel, 85rb, ready M-XL, order via WA 0812xxxx"),
 ("F139","post","twin_offer_quiet",1,1,1,1,"Kaos band ex Bangkok 🤘 bekas konser, sablon retak dikit, 85rb, ready M-XL, order via WA 0812xxxx"),
]
