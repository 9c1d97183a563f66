RECS = [
(119,"post","twin_offer_loud",1,1,1,1,"Karungan baju bekas impor Korea dibuka hari ini di Pasar Kebon Kalapa, kios 22 🙌 #thriftbogor"),
(119,"post","hn_twin_new_goods",1,0,1,1,"Karton baju baru impor Korea dibuka hari ini di Pasar Kebon Kalapa, kios 22, masih plastik 🙌 #bogor"),

(120,"live","twin_live_quiet",1,1,1,1,"Nih ada tas ransel dari koli Jepang, resleting aman, ada lecet, 55rb aja, langsung klik keranjang"),
(120,"live","hn_twin_not_clothing",1,1,0,1,"Nih ada rice cooker dari koli Jepang, tombol aman, ada lecet, 55rb aja, langsung klik keranjang"),
(120,"live","hn_twin_new_goods",1,0,1,1,"Nih ada tas ransel impor Jepang baru, resleting aman, masih segel, 255rb, langsung klik keranjang"),

(121,"listing","twin_offer_quiet",1,1,1,1,"Sarung bantal & sprei ex Hongkong, 1 karung campur, 850rb, Surabaya Utara"),
(121,"listing","hn_twin_not_clothing",1,1,0,1,"Majun kain bekas ex Hongkong untuk lap bengkel, 1 karung campur, 85rb, Surabaya Utara"),

(122,"review","twin_review_named_seller",1,1,1,1,"Kemeja flanel bal Kanada dari @flanelbal.mks tebal banget, udah dicuci 5x masih oke. Recommended seller 🙌"),
(122,"review","hn_twin_new_goods",1,0,1,1,"Kemeja flanel impor Kanada dari @flanelbal.mks tebal banget, baru pertama dipakai, masih kaku. Recommended seller 🙌"),

(123,"message","twin_wa_loud",1,1,1,1,"Stok bal baju bekas impor Jepang tinggal 2 ya bun, yg mau booking DP 500rb dulu"),
(123,"message","hn_twin_not_clothing",1,1,0,1,"Stok bal sepeda lipat bekas impor Jepang tinggal 2 ya bun, yg mau booking DP 500rb dulu"),

(124,"post","twin_offer_quiet",1,1,1,1,"Jaket jeans seken dari lelong Kuching, masih kaku, ukuran M, 65rb, posisi Sintang 🙂 #olshopsintang"),
(124,"post","hn_twin_local_source",1,1,1,0,"Jaket jeans seken, punya adek yg udah kekecilan, masih kaku, ukuran M, 65rb, posisi Sintang 🙂 #olshopsintang"),

(125,"comment","twin_comment_offer",1,1,1,1,"Sini kak, cakar anak-anak dari Malaysia 5rb-an, banyak yg masih bagus, aku di Pasar Butung"),
(125,"comment","hn_twin_new_goods",1,0,1,1,"Sini kak, baju anak-anak baru dari Malaysia, masih tag, 25rb-an, aku di Pasar Butung"),
(125,"comment","hn_twin_not_clothing",1,1,0,1,"Sini kak, mainan anak-anak bekas dari Malaysia 5rb-an, banyak yg masih bagus, aku di Pasar Butung"),

(126,"profile","twin_bio_loud",1,1,1,1,"Supplier thrift impor 📦 bal Korea, Jepang, USA | harga agen | reseller welcome | Batam - seluruh Indonesia"),
(126,"profile","hn_twin_new_goods",1,0,1,1,"Supplier pakaian impor 📦 Korea, Jepang, USA | barang baru BNWT | reseller welcome | Batam - seluruh Indonesia"),

(127,"post","twin_tweet_quiet",1,1,1,1,"lepas 4 kemeja Hawaii second dari Bangkok, motifnya rame banget, 50rb satu, bisa cod Kemang"),
(127,"post","hn_twin_new_goods",1,0,1,1,"lepas 4 kemeja Hawaii baru oleh-oleh Bangkok, motifnya rame banget, 90rb satu, bisa cod Kemang"),

(128,"listing","twin_offer_loud",1,1,1,1,"Baju bekas impor balpres campur, per bal 4,2jt, isi ±300, siap kirim dari Pekanbaru"),
(128,"listing","hn_twin_not_clothing",1,1,0,1,"Karung plastik bekas impor balpres, per bal 420rb, isi ±300 lembar, siap kirim dari Pekanbaru"),
(128,"listing","hn_twin_local_source",1,1,1,0,"Baju bekas pengepul kampung, bukan impor, per karung 420rb, isi ±300, siap kirim dari Pekanbaru"),

(129,"live","twin_live_loud",1,1,1,1,"Live spesial bal Korea musim dingin!! long coat bekas mulai 80rb, share ke temen kalian ya"),
(129,"live","hn_twin_new_goods",1,0,1,1,"Live spesial koleksi Korea musim dingin!! long coat baru impor mulai 280rb, share ke temen kalian ya"),

(130,"review","twin_review_named_seller",1,1,1,1,"Jaket kulit lelong dari Kedai Pak Hasan, Tanjungpinang, mantap lah, 3 tahun masih awet. Singgah ke situ"),
(130,"review","hn_twin_local_source",1,1,1,0,"Jaket kulit bekas titipan warga di Kedai Pak Hasan, Tanjungpinang, bukan lelong, 3 tahun masih awet. Singgah ke situ"),

(131,"message","twin_broadcast_quiet",1,1,1,1,"Pagi bosku 🙏 ex Korea ladies mix minggu ini 2,9jt/karung, kids mix 2,4jt. Kirim JNE cargo"),
(131,"message","hn_twin_not_clothing",1,1,0,1,"Pagi bosku 🙏 ex Korea alat dapur mix minggu ini 2,9jt/karung, mainan mix 2,4jt. Kirim JNE cargo"),

(132,"post","twin_offer_quiet",1,1,1,1,"Sepatu lari Asics 2nd, dari karung Jepang, insole udah diganti, size 41, 180rb #sepatulari #preloved"),
(132,"post","hn_twin_local_source",1,1,1,0,"Sepatu lari Asics 2nd, punyaku buat marathon Jakarta 2023, insole udah diganti, size 41, 180rb #sepatulari"),
(132,"post","hn_twin_new_goods",1,0,1,1,"Sepatu lari Asics baru impor Jepang, size 41, box lengkap, 1,2jt #sepatulari"),

(133,"listing","twin_offer_quiet",1,1,1,1,"Handuk & selimut bayi ex Jepang, per kilo 30rb, min 5 kg, Bandung"),
(133,"listing","hn_twin_new_goods",1,0,1,1,"Handuk & selimut bayi impor Jepang baru, per lusin 300rb, min 1 lusin, Bandung"),

(134,"comment","twin_comment_offer",1,1,1,1,"Baju karungan Batam ready kak di lapakku, Tanjung Uban, 15rb-an"),
(134,"comment","hn_twin_not_clothing",1,1,0,1,"Barang karungan Batam ready kak di lapakku, TV tabung & radio bekas, Tanjung Uban, 150rb-an"),

(135,"post","twin_offer_loud",1,1,1,1,"Buka lapak baju bekas impor Korea malam ini di CFD Makassar 🔥 harga mulai 10rb #cakar #makassar"),
(135,"post","hn_twin_new_goods",1,0,1,1,"Buka lapak kaos baru impor Korea malam ini di CFD Makassar 🔥 masih tag, harga mulai 40rb #kaoskorea #makassar"),

(136,"live","twin_live_quiet",1,1,1,1,"Kak, kemeja ini dari sortiran Dumai ya, kancing lengkap, 28rb, ketik 'ambil' kalau mau"),
(136,"live","hn_twin_not_clothing",1,1,0,1,"Kak, kipas angin ini dari sortiran Dumai ya, baling lengkap, 28rb, ketik 'ambil' kalau mau"),

(137,"post","twin_offer_quiet",1,1,1,1,"Tas selempang kulit, bawaan kontainer Korea, dipakai tapi masih rapi, 60rb 👜 #tasbekas"),
(137,"post","hn_twin_new_goods",1,0,1,1,"Tas selempang kulit, bawaan kontainer Korea, baru masih segel, 160rb 👜 #tasimpor"),

(119,"post","hn_twin_local_source",1,1,1,0,"Karungan baju bekas donasi warga dibuka hari ini di halaman balai RW 03, hasilnya buat kas kampung 🙌 #bazarwarga"),
(136,"live","hn_twin_local_source",1,1,1,0,"Kak, kemeja ini dari lemari suami ya, kancing lengkap, 28rb, ketik 'ambil' kalau mau"),
]
