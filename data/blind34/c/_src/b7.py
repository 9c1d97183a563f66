# Batch 7, written by hand: third members for some pairs, and two last families.
R = [
(84, "article", "hn_twin_news_shoe_bales", 0,1,1,1, "Polisi menemukan 40 bal sepatu bekas asal Thailand di sebuah ruko di Sidoarjo, isinya sekitar 100 pasang per bal."),
(90, "comment", "hn_twin_ask_paket_usaha", 0,1,1,1, "Ada yg pernah beli paket usaha baju bekas impor Korea 50 pcs? isinya layak jual semua ga sih?"),
(99, "comment", "hn_twin_bag_buyer_ask", 0,1,1,1, "Cari tas Coach 2nd ex Singapore budget 300an, ada yg punya info lapak terpercaya? 🙏"),
(104, "post", "hn_twin_ski_story", 0,1,1,1, "Jaket ski ex Korea 2nd yg kubeli 95rb tahun lalu ternyata kuat dipake ke Semeru, ga rembes sama sekali ⛰️"),
(112, "comment", "hn_twin_hoodie_complaint", 0,1,1,1, "Katanya hoodie ex Australia second kondisi 90%, pas sampe bolong di ketiak. Seller ga bales chat."),
(118, "post", "hn_twin_ootd_no_seller", 0,1,1,1, "OOTD hari ini full ex Jepang second, total cuma 80rb 😌 hasil ngubek pasar sama bestie"),
(123, "article", "hn_twin_news_live_sales", 0,1,1,1, "Penjualan coat bekas Eropa lewat siaran langsung marak, pembeli diminta transfer lalu menyebut nama."),
(131, "comment", "hn_twin_question_grade", 0,1,1,1, "Bedanya kemeja flanel 2nd import grade A sama grade B apa ya? Mau beli tapi takut zonk"),
(134, "message", "wa_loud_trawl_bag", 1,1,1,1, "Bu, sepatu & sandal anak bekas impor Malaysia, 1 karung campur 800rb, ambil di Pelabuhan Dumai"),
(134, "message", "hn_twin_karung_fishing_net", 1,1,0,1, "Bu, jaring ikan bekas ex Malaysia, 1 karung campur 800rb, ambil di Pelabuhan Dumai"),
(135, "post", "caption_loud_thrift_mks", 1,1,1,1, "Thrift Makassar 🌊 jaket denim bekas impor 60rb, kemeja 25rb, lapak kami dekat Pantai Losari"),
(135, "post", "hn_twin_mks_denim_fabric", 1,0,0,1, "Toko kain Makassar 🌊 kain denim impor 60rb/m, katun 25rb/m, toko kami dekat Pantai Losari"),
]
