# Hand-written one-liners, batch 3. Tuple: (family, category, kind, offer, used, clothing, abroad, text)
DATA = [
("F034", "twin_live_quiet", "live", 1, 1, 1, 1, "Lelong baru masuk dari Tawau bah, kemeja kerja 15 ribu, komen 'mau' + warna ya kakak"),
("F034", "hn_twin_not_clothing", "live", 1, 1, 0, 1, "Barang baru masuk dari Tawau bah, kompor gas bekas 150 ribu, komen 'mau' + merk ya kakak"),
("F034", "hn_twin_new_goods", "live", 1, 0, 1, 1, "Baju baru masuk dari Tawau bah, kemeja kerja Malaysia masih berplastik, 65 ribu, komen 'mau' + warna ya kakak"),

("F035", "twin_post_quiet", "post", 1, 1, 1, 1, "Rombengan Pasar Klitikan buka tiap Minggu pagi, baju luar 10rb dapat 2, bawa kresek sendiri ya 🙏 #rombengan"),
("F035", "hn_twin_joke", "post", 0, 1, 1, 1, "Ke rombengan niat beli 1 baju luar 10rb, pulang bawa 2 kresek, dompet nangis 😭 #rombengan #curhat"),

("F036", "twin_broadcast_loud", "message", 1, 1, 1, 1, "Info stok: 3 bal jaket anak masuk Senin, harga per bal 2,1jt, reseller Bekasi dapet diskon 5% 👍"),
("F036", "hn_twin_not_clothing", "message", 1, 1, 0, 1, "Info stok: 3 bal mainan anak bekas masuk Senin, per bal 2,1jt, reseller Bekasi dapet potongan 5% 👍"),

("F037", "twin_tweet_loud", "post", 1, 1, 1, 1, "masih jual baju bal ex Jepang kok, cuma skrg gak di pasar lagi, order lewat DM aja ya cuy"),
("F037", "hn_twin_stopped_selling", "post", 0, 1, 1, 1, "udh gak jual baju bal ex Jepang lagi ya cuy, takut razia, yg DM nanya stok maaf gak dibales 🙏"),

("F038", "twin_review_seller", "review", 1, 1, 1, 1, "Puas belanja di kios Bang Tigor Pajak Melati, jaket denim ex Jepang 45rb, bekas tapi kayak baru"),
("F038", "hn_twin_local_source", "review", 1, 1, 1, 0, "Puas belanja di kios Bang Tigor, jaket denim bekas titipan warga kampung 45rb, kayak baru, bukan monza"),

("F039", "twin_listing_quiet", "listing", 1, 1, 1, 1, "Kaos Polo Campur Merk, Sortir Grade S, 15 pcs/kodi, 300rb/kodi, Kirim dari Bandung"),
("F039", "hn_twin_factory_reject", "listing", 1, 0, 1, 0, "Kaos Polo Reject Pabrik Majalaya, Cacat Jahit Minor, 20 pcs/kodi, 300rb/kodi, Kirim dari Bandung"),
("F039", "hn_twin_not_clothing", "listing", 1, 1, 0, 1, "Majun Kaos Bekas Sortir Grade S, 15 kg/karung, 300rb/karung, Buat Lap Bengkel, Kirim dari Bandung"),

("F040", "hn_twin_buyer_question", "comment", 0, 1, 1, 1, "Min, cardigan rajut ex Korea yg di foto kedua masih ada? bekasnya parah gak? mau nanya ukuran dulu"),
("F040", "twin_comment_quiet", "comment", 1, 1, 1, 1, "Cardigan rajut ex Korea di foto kedua masih ada ya kak, ukuran M, bekas tapi bersih, 38rb, langsung co aja"),

("F041", "twin_post_loud", "post", 1, 1, 1, 1, "Drop baru! Jeans Levi's bekas impor bal USA, waist 30-34, 85k/pcs, DM buat keep 🌿 #levisbekas #thriftjakarta"),
("F041", "hn_twin_local_upcycle", "post", 1, 1, 1, 0, "Drop baru! Tote bag jahitan penjahit Cempaka Putih dari jeans bekas tetangga, 85k/pcs, DM buat keep 🌿 #upcyclelokal"),

("F042", "hn_twin_news", "article", 0, 1, 1, 1, "Bea Cukai Batam menggagalkan penyelundupan 200 bal pakaian bekas asal Singapura di perairan Belakang Padang"),
("F042", "hn_twin_news_not_clothing", "article", 0, 1, 0, 1, "Bea Cukai Batam menggagalkan penyelundupan 200 ban mobil bekas asal Singapura di perairan Belakang Padang"),
("F042", "twin_listing_loud", "listing", 1, 1, 1, 1, "Dijual 200 bal pakaian bekas asal Singapura, bongkar di Belakang Padang, harga nego, hub 0812xxxx"),

("F043", "twin_live_quiet", "live", 1, 1, 1, 1, "Yuk merapat, obok-obok jaket seken Jepang semua 30rb, pilih sendiri di keranjang, live sampe jam 10!"),
("F043", "hn_twin_new_goods", "live", 1, 0, 1, 1, "Yuk merapat, cuci gudang jaket baru impor Jepang sisa toko, semua 99rb masih ada tag, live sampe jam 10!"),

("F044", "twin_profile_loud", "profile", 1, 1, 1, 1, "🌟 Sinar Cakar 🌟 celana & kemeja pilihan dari karungan | ecer & per karung | Pasar Toddopuli Makassar"),
("F044", "hn_twin_not_clothing", "profile", 1, 1, 0, 1, "🌟 Sinar Karung 🌟 karung beras & terpal bekas impor | ecer & per bal | Pasar Toddopuli Makassar"),

("F045", "twin_tweet_quiet", "post", 1, 1, 1, 1, "baru pulang dari Port Klang bawa 2 karung kemeja bekas, yg mau 30rb-an japri aja ya, Medan area"),
("F045", "hn_twin_trip_no_goods", "post", 1, 1, 1, 0, "baru pulang dari Port Klang, kemeja lama di lemari mau aku lepas 30rb-an biar lega, japri ya, Medan area"),

("F046", "twin_recruit_loud", "comment", 1, 1, 1, 1, "Dicari reseller baju bal Korea, modal 500rb udah bisa ambil 1 koli kecil, dibimbing jualan online 🙌"),
("F046", "hn_twin_job_vacancy", "comment", 0, 1, 1, 1, "Dicari karyawan sortir baju bal Korea di gudang, gaji UMR, bukan jualan ya, langsung datang ke kantor 🙌"),

("F047", "twin_review_seller", "review", 1, 1, 1, 1, "Beli sepatu Adidas second ex Vietnam di toko oren 'KickBekas', mulus 90%, packing aman, makasih seller!"),
("F047", "hn_twin_new_goods", "review", 1, 0, 1, 1, "Beli Adidas baru made in Vietnam di toko oren 'KickStore', segel box, packing aman, makasih seller!"),
("F047", "hn_twin_review_no_seller", "review", 0, 1, 1, 1, "Sepatu Adidas second ex Vietnam ini awet parah, udah 2 taun dipake masih mulus, lupa beli dimana wkwk"),

("F048", "twin_message_loud", "message", 1, 1, 1, 1, "Bos, barang dari Entikong udah sampai Pontianak, 40 karung baju bekas impor campur, mau ambil berapa?"),
("F048", "hn_twin_not_clothing", "message", 1, 1, 0, 1, "Bos, barang dari Entikong udah nyampe Pontianak, 40 karung aki bekas, mau ambil berapa?"),

("F049", "twin_post_quiet", "post", 1, 1, 1, 1, "Sweater natal ex Inggris udah ready 🎄 25rb doang, kondisi layak pakai, order sblm tgl 20 ya #christmassweater"),
("F049", "hn_twin_joke", "post", 0, 1, 1, 1, "Pake sweater natal bekas ex Inggris ke kantor, dikira mau jadi sinterklas 🎄😂 #christmassweater"),

("F050", "twin_listing_quiet", "listing", 1, 1, 1, 1, "Gamis Arab Ex Saudi, Pemakaian Ringan, All Size, 75rb, Bisa COD Bangil"),
("F050", "hn_twin_new_goods", "listing", 1, 0, 1, 1, "Gamis Arab Import Saudi, Baru Gres Masih Plastik, All Size, 175rb, Bisa COD Bangil"),
]
