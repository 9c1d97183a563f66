# Batch 07 - hand-written. (family, kind, category, elements OUCA, text)
RECORDS = [
("f120", "listing", "twin_offer_quiet", "1111", "Kemeja linen Muji, second, bawaan koli Osaka, M/L, 70rb. Pengiriman dari Depok"),
("f120", "listing", "hn_twin_new_goods", "1011", "Kemeja linen Muji, baru belum dipakai, titipan koper dari Osaka, M/L, 270rb. Pengiriman dari Depok"),
("f120", "listing", "hn_twin_not_clothing", "1101", "Rak & kotak penyimpanan Muji, second, bawaan koli Osaka, 70rb. Pengiriman dari Depok"),

("f121", "post", "twin_offer_loud", "1111", "Open PO bal thrift Jepang batch Juli! 1 bal 100 kg baju bekas campur, DP 50%, estimasi tiba Batam 2 minggu"),
("f121", "post", "hn_twin_new_po", "1011", "Open PO baju Jepang batch Juli! 1 dus 100 pcs baju baru campur, DP 50%, estimasi tiba Batam 2 minggu"),
("f121", "post", "hn_twin_not_clothing", "1101", "Open PO bal mesin cuci bekas Jepang batch Juli! 1 lot 10 unit, DP 50%, estimasi tiba Batam 2 minggu"),
("f121", "post", "hn_twin_news_repost", "0111", "Repost berita: ada yg open PO bal thrift Jepang 100 kg baju bekas campur via Batam, udah diciduk polisi"),

("f122", "message", "twin_offer_quiet", "1111", "Teh, kerudung & gamis ex Turki masih 18 potong, layak pakai semua, 25rb sepotong, mau diambil kapan?"),
("f122", "message", "hn_twin_new_goods", "1011", "Teh, kerudung & gamis ex Turki masih 18 potong, baru semua dari Istanbul, 125rb sepotong, mau diambil kapan?"),

("f123", "comment", "hn_twin_buyer_question", "0111", "Ada yg jual sepatu monza size 44 ga di Medan? Cari yg second ex Korea, budget 150"),
("f123", "comment", "twin_offer_quiet", "1111", "Ada sepatu size 44 second ex Korea di aku bang, 150 pas, kios Simalingkar no 21, datanglah"),
("f123", "comment", "hn_twin_buyer_question_new", "0011", "Ada yg jual sepatu size 44 ga di Medan? Cari yg baru ex Korea, budget 450"),

("f124", "live", "twin_offer_loud", "1111", "Live thrift impor Korea jam 7! Coat & blazer bekas mulai 50rb, yang share live dapat diskon 10rb 🎉"),
("f124", "live", "hn_twin_new_goods", "1011", "Live fashion impor Korea jam 7! Coat & blazer BARU musim ini mulai 250rb, yang share live diskon 10rb 🎉"),
("f124", "live", "hn_twin_not_clothing", "1101", "Live barang impor Korea jam 7! Rice cooker & blender bekas mulai 50rb, yang share live diskon 10rb 🎉"),

("f125", "listing", "twin_offer_quiet", "1111", "Handuk tebal bekas hotel Jepang, per kilo 32rb, stok 200 kg, truk ke Semarang bisa"),
("f125", "listing", "hn_twin_new_goods", "1011", "Handuk tebal baru grade hotel, impor Jepang, per kilo 92rb, stok 200 kg, truk ke Semarang bisa"),

("f126", "post", "twin_offer_loud", "1111", "PAKAIAN BEKAS IMPOR MURAH!!! Jaket, hoodie, sweater 20-40rb. Toko kami Jl. Sisingamangaraja Medan"),
("f126", "post", "hn_twin_not_clothing", "1101", "BARANG BEKAS IMPOR MURAH!!! Laptop, printer, monitor 200-400rb. Toko kami Jl. Sisingamangaraja Medan"),
("f126", "post", "hn_twin_own_store_new", "1011", "PAKAIAN IMPOR MURAH!!! Jaket, hoodie, sweater BARU 120-140rb. Toko kami Jl. Sisingamangaraja Medan"),

("f127", "review", "twin_offer_recommendation", "1111", "Langganan di Bu Sri Pasar Senen, baju bekas karungan Korea selalu ada yg bagus. Bilang aja dari aku 😄"),
("f127", "review", "hn_twin_not_clothing", "1101", "Langganan di Bu Sri Pasar Senen, buku bekas karungan Korea selalu ada yg bagus. Bilang aja dari aku 😄"),

("f128", "message", "twin_offer_quiet", "1111", "Ko, yg kemeja dari Tanjungbalai itu 2 karung saya jadi ambil ya, transfer sore"),
("f128", "message", "hn_twin_buyer_cancel", "0111", "Ko, yg kemeja dari Tanjungbalai 2 karung itu saya batal ambil ya, takut ada razia"),

("f129", "comment", "twin_offer_loud", "1111", "Jual balpres bekas Korea per karung isi celana campur, harga bersahabat, chat aja gan"),
("f129", "comment", "hn_twin_new_goods", "1011", "Jual celana Korea baru per dus isi campur, masih berlabel, harga bersahabat, chat aja gan"),

("f130", "listing", "twin_offer_quiet", "1111", "Sepatu bola 2nd ex Eropa, Nike & Adidas, size 40-43, 90rb, barang Tanjung Priok"),
("f130", "listing", "hn_twin_not_clothing", "1101", "Bola & raket 2nd ex Eropa, Nike & Adidas, 90rb, barang Tanjung Priok"),

("f131", "post", "hn_twin_meme", "0111", "Kalau ditanya bajunya beli di mana, jawab aja 'Paris'. Padahal balpres ex Korea di Pasar Senen 🤣"),
("f131", "post", "twin_offer_loud", "1111", "'Bajunya beli di mana?' 'Paris' 🤣 padahal balpres ex Korea di lapak kita Pasar Senen. Yuk mampir"),

("f132", "live", "twin_offer_quiet", "1111", "Ini tas kulit ex Italia, second, jahitan masih rapi, 210rb, yang mau ketik 'tas'"),
("f132", "live", "hn_twin_new_goods", "1011", "Ini tas kulit ex Italia, gres belum dipakai, jahitan rapi, 1,2jt, yang mau ketik 'tas'"),

("f133", "message", "twin_offer_loud", "1111", "Halo kak, ini info grosir pakaian bekas impor Jepang: 1 bal 100 kg 5jt, eceran 40rb. Minat?"),
("f133", "message", "hn_twin_job_vacancy", "0111", "Halo kak, grosir pakaian bekas impor Jepang butuh 2 orang buat sortir bal, gaji harian 100rb. Minat?"),

("f134", "listing", "twin_offer_quiet", "1111", "Kaos band vintage asli 90an, tangan kedua, bawaan Thailand, 150rb, COD Blok M"),
("f134", "listing", "hn_twin_repro_new", "1011", "Kaos band vintage look, reprint baru impor Thailand, 150rb, COD Blok M"),

("f135", "post", "twin_offer_loud", "1111", "Pecah bal cakar hari ini 🔥 baju bekas impor Korea 10rb-30rb, lapak kami dekat Pasar Terong Makassar"),
("f135", "post", "hn_twin_not_clothing", "1101", "Pecah bal hari ini 🔥 elektronik bekas impor Korea 100rb-300rb, lapak kami dekat Pasar Terong Makassar"),
("f135", "post", "hn_twin_school_sale", "1110", "Bazar baju bekas alumni hari ini 🔥 10rb-30rb, bukan cakar, lapak kami dekat Pasar Terong Makassar"),
]
