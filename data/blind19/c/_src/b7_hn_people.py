# Legal: buyer questions, jokes, reviews, trips, plain clothing listings. (kind, category, offer, used, clothing, abroad, text)
R = [
# buyer questions
("comment","hn_buyer_question",0,1,1,1,"Kak ini barang bal atau punya pribadi? Soalnya aku ga mau beli yang impor bekas"),
("post","hn_buyer_question",0,1,1,1,"Ada yg tau di Makassar sekarang masih ada lapak cakar ga ya? Mau cari jaket buat naik gunung"),
("comment","hn_buyer_question",0,1,1,1,"Bang, kalo beli bal korea gitu biasanya berapa persen yang layak jual? mau belajar dulu sebelum mulai"),
("message","hn_buyer_question",0,1,1,1,"Mas, awul-awul di Sekaten tahun ini jadi buka ga? Aku pengin ngajak adikku"),
("post","hn_buyer_question",0,1,1,1,"Nanya dong, baju bekas dari Senen perlu direndam pake apa biar aman buat kulit sensitif?"),
("comment","hn_buyer_question",0,0,1,1,"Ini beneran impor Korea yg baru kak? atau jangan2 bekas? minta foto tag nya dong"),
("post","hn_buyer_question",0,1,1,1,"Warga Pontianak, lelong yg bagus sekarang di mana ya? Jalan PM Yamin masih rame?"),
("comment","hn_buyer_question",0,1,1,0,"Kak, preloved nya dipakai berapa kali? ada cacat ga?"),
("message","hn_buyer_question",0,1,1,1,"Bro, lu pernah beli monza per koli ga? Gimana cara bedain yang sortiran sama yang campur?"),
("post","hn_buyer_question",0,0,1,0,"Rekomendasi brand lokal kemeja flanel yang bahannya tebel dong, budget 200an"),
# jokes / memes
("post","hn_joke",0,1,1,1,"Pacarku bilang bajunya 'vintage exclusive', aku tau itu dari karungan Gedebage 15 rebuan 😭"),
("comment","hn_joke",0,1,1,1,"Ngawul 3 jam dapetnya kaos SMA Korea nama orang 'Kim Minjun', sekarang aku Minjun KW 🤣"),
("post","hn_joke",0,1,1,1,"Emak-emak nawar di monza: 'seratus tiga lah kak', penjual: 'ini sudah dari kapal kak, kasihanilah' 😂"),
("comment","hn_joke",0,0,0,0,"Cakar yang kumaksud tadi cakar ayam buat sop ya, bukan baju cakar, jangan salah paham 🤣"),
("post","hn_joke",0,1,1,1,"Mau sok-sokan thrifting, ujungnya bawa pulang jaket yang ada KTP orang Jepang di sakunya"),
("comment","hn_joke",0,1,1,0,"Lemari gue juga isinya preloved semua, preloved dari kakak gue 🙃"),
("post","hn_joke",0,1,1,1,"Jaman dulu malu pakai baju rombengan, sekarang namanya thrift malah bangga. Rebranding terbaik abad ini"),
# reviews naming no seller
("review","hn_review",0,1,1,1,"Jaket bekas Jepangnya tebal dan hangat, tapi harus dicuci 2x baru wangi. Overall puas"),
("review","hn_review",0,1,1,0,"Preloved dari teman kantor, dress nya masih bagus banget, jahitan rapi"),
("review","hn_review",0,0,1,0,"Kemeja baru ini bahannya adem, ukuran sesuai chart, pengiriman cepat. Bakal order lagi"),
("review","hn_review",0,1,1,1,"Pertama kali beli karungan, isinya 60% layak, sisanya buat lap. Belajar dari pengalaman"),
("review","hn_review",0,0,1,1,"Hoodie import Korea ini masih baru segel, sablonnya tebal, cuma warnanya agak beda dari foto"),
("review","hn_review",0,1,1,0,"Sepatu second ini ternyata solnya udah mau lepas, padahal di foto kelihatan mulus"),
# trips, no goods travel
("post","hn_trip_no_goods",0,1,1,0,"Liburan ke Tokyo kemarin cuma liat-liat toko baju secondhand di Shimokitazawa, ga beli apa-apa, koper udah penuh 😅"),
("post","hn_trip_no_goods",0,1,1,0,"Vlog baru: keliling toko baju bekas di Seoul, cuma window shopping karena bagasi pas-pasan"),
# plain clothing listings, no trade word
("listing","hn_plain_clothing",1,0,1,0,"Kemeja Batik Pria Lengan Panjang Katun Prima Motif Parang"),
("listing","hn_plain_clothing",1,0,1,0,"Gamis Wanita Rayon Polos Busui Friendly Ukuran M L XL"),
("post","hn_plain_clothing",1,0,1,0,"Ready kaos polos combed 30s, warna hitam putih abu, ecer 35rb grosir lebih murah"),
("live","hn_plain_clothing",1,0,1,0,"Kak kak, daster rayon motif bunga cuma 45rb di live, checkout sebelum jam 9"),
("listing","hn_plain_clothing",1,0,1,0,"Sepatu Sneakers Pria Casual Putih Size 39-44 COD"),
("comment","hn_plain_clothing",1,0,1,0,"Masih ready kak, celana kulot nya warna mocca tinggal 2, langsung checkout aja"),
("profile","hn_plain_clothing",1,0,1,0,"Toko Busana Muslim Bu Siti • gamis, khimar, mukena • Pasar Tanah Abang Blok A"),
("message","hn_plain_clothing",1,0,1,0,"Selamat siang, seragam kerja yang dipesan sudah jadi 40 pcs, bisa diambil besok ya Pak"),
]
