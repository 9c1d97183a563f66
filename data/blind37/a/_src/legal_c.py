# Legal hard negatives, batch C. (kind, category, text, offer, used, clothing, abroad)
ROWS = [
# reviews naming no seller
("review", "hn_review", "Jaket bekas yang kubeli bulan lalu ternyata awet, dicuci 5x warnanya gak luntur. Puas", 0, 1, 1, 0),
("review", "hn_review", "Kaos baru ini bahannya tipis banget, beda sama foto. Kecewa, gak akan repeat order", 0, 0, 1, 0),
("review", "hn_review", "Sepatu lokal ini nyaman dipake jalan jauh, jahitannya rapi, ukurannya pas", 0, 0, 1, 0),
("review", "hn_review", "Pengalaman pertama ngawul: capek ngubek tumpukan tapi dapet kemeja wol bagus 😅", 0, 1, 1, 1),
("review", "hn_review", "Tas impor yang kupesan baru datang, kulitnya wangi dan jahitan rapi, sesuai deskripsi", 0, 0, 1, 1),
# job vacancies
("post", "hn_job_vacancy", "Lowongan: dicari penjaga toko baju di Pasar Baru Bandung, shift pagi, gaji UMR", 0, 0, 1, 0),
("post", "hn_job_vacancy", "Dibutuhkan penjahit permak celana & vermak jeans, berpengalaman, area Cempaka Putih", 0, 0, 1, 0),
("message", "hn_job_vacancy", "Info loker admin online shop fashion muslim, bisa WFH, kirim CV ke email kami", 0, 0, 1, 0),
("post", "hn_job_vacancy", "Loker gudang sortir baju bekas donasi di yayasan kami, Surabaya, laki2 max 35 th", 0, 1, 1, 0),
# plain clothing listings, no trade word
("listing", "plain_clothing_listing", "Gamis Wanita Bahan Wolfis Premium Busui Friendly All Size Fit XL", 1, 0, 1, 0),
("listing", "plain_clothing_listing", "Kemeja Batik Pria Lengan Panjang Motif Parang Katun Halus", 1, 0, 1, 0),
("listing", "plain_clothing_listing", "Celana Chino Slim Fit Pria Stretch Warna Khaki Navy Hitam", 1, 0, 1, 0),
("listing", "plain_clothing_listing", "Sandal Jepit Karet Anak Karakter Lucu Anti Licin Size 24-30", 1, 0, 1, 0),
("listing", "plain_clothing_listing", "Sprei Katun Motif Bunga Ukuran 160x200 Lengkap Sarung Bantal", 1, 0, 1, 0),
("post", "plain_clothing_listing", "Seragam SD merah putih ready semua ukuran, jahitan rapi, bisa bordir nama 🙌", 1, 0, 1, 0),
("listing", "plain_clothing_listing", "Hoodie Polos Fleece Tebal Unisex Banyak Warna Bisa Sablon Custom", 1, 0, 1, 0),
("listing", "plain_clothing_listing", "Mukena Rayon Bali Adem Motif Cap Tas Serut Gratis", 1, 0, 1, 0),
# local upcycling
("post", "hn_local_upcycle", "Proyek upcycle: celana jeans bekas punya bapak kujadikan tote bag, tutorial di video", 0, 1, 1, 0),
("listing", "hn_local_upcycle", "Tas Patchwork Dari Kain Sisa Dan Baju Bekas Warga, Dijahit Ibu-ibu PKK Sleman", 1, 1, 1, 0),
("profile", "hn_local_upcycle", "studio upcycle Malang ♻️ baju bekas donasi lokal diolah jadi outer baru • workshop tiap bulan", 1, 1, 1, 0),
# explicit denial of import
("listing", "hn_local_secondhand_denial", "Kemeja Bekas Layak Pakai Lungsuran Keluarga, Bukan Impor, Dicuci Bersih Semua", 1, 1, 1, 0),
("post", "hn_local_secondhand_denial", "Baju seken di lapak kami hasil titip jual warga sekitar, BUKAN barang impor ya", 1, 1, 1, 0),
("comment", "hn_local_secondhand_denial", "ini bekas lokal kak, titipan tetangga, gak ada yang dari luar negeri", 1, 1, 1, 0),
# factory reject / sisa ekspor
("listing", "hn_reject_overrun", "Celana Jeans Sisa Ekspor Pabrik Semarang Baru Ada Cacat Minor Harga Miring", 1, 0, 1, 0),
("listing", "hn_reject_overrun", "Kaos Reject Pabrik Garmen Tangerang Baru Per Kodi, Cacat Sablon Sedikit", 1, 0, 1, 0),
("post", "hn_reject_overrun", "obral kaos overrun pabrik lokal, barang baru, bukan thrift, 3 cuma 50rb", 1, 0, 1, 0),
# trips, no goods travel
("post", "hn_travel", "Liburan ke Tokyo, sempat mampir ke toko baju bekas di Shimokitazawa tapi gak beli apa2, cuma liat", 0, 1, 1, 1),
("post", "hn_travel", "vlog jalan2 ke pasar loak Bangkok, rame banget, tapi aku cuma jajan mangga ketan", 0, 1, 1, 1),
# Jakarta slang / tweets
("post", "hn_tweet", "gue heran orang2 sekarang bangga banget pake baju bekas, zaman bokap gue mah malu", 0, 1, 1, 0),
("post", "hn_tweet", "baju lebaran tahun ini beli di Tanah Abang aja, yang baru, gak mau ribet", 0, 0, 1, 0),
("post", "hn_tweet", "Lagi mikir apa yang lebih susah: nyari jaket pas di thrift atau nyari kerja 😩", 0, 1, 1, 1),
("comment", "hn_tweet", "anjir jaket lo keren bgt, dapet dari mana? jangan bilang hasil ngebal", 0, 1, 1, 1),
# swaps
("post", "hn_swap", "Tukeran baju yuk! bawa 3 baju bekas layak pakai, bawa pulang 3 juga, Minggu di taman kota", 0, 1, 1, 0),
("comment", "hn_swap", "mau swap rok bekasku sama kemejamu gak? gak usah pake uang", 0, 1, 1, 0),
# more non-clothing bekas / import
("listing", "hn_non_clothing", "Mobil Bekas Toyota Avanza 2017 Tangan Pertama Servis Rutin", 1, 1, 0, 0),
("listing", "hn_non_clothing", "Excavator Bekas Ex Jepang Komatsu PC200 Siap Kerja Dokumen Lengkap", 1, 1, 0, 1),
("listing", "hn_non_clothing", "Kopi Arabika Gayo Per Karung 60kg Green Bean Grade 1", 1, 0, 0, 0),
("listing", "hn_non_clothing", "Lemari Jati Bekas Jepara Dua Pintu Masih Kokoh Bisa Kirim", 1, 1, 0, 0),
("message", "hn_non_clothing", "Bang, rongsokan besi sama botol plastik per karung mau saya angkut besok pagi ya", 1, 1, 0, 0),
("listing", "hn_non_clothing", "Kain Batik Cap Per Roll Meteran Untuk Seragam Kantor Harga Grosir", 1, 0, 0, 0),
("listing", "hn_non_clothing", "Handphone Bekas Samsung A52 Garansi Toko 1 Bulan Lecet Pemakaian", 1, 1, 0, 0),
]
