# Batch 4: legal hard negatives from sellers: new goods in thrift style, new imports, own preloved, local sources, charity sales.
RECORDS = [
# new clothes in thrift/vintage style (offer 1, used 0, clothing 1, abroad 0)
("listing", "hn_new_thrift_style", "Kemeja Flanel Vintage Look Baru Produksi Konveksi Sendiri Bandung Bukan Thrift", 1, 0, 1, 0),
("post", "hn_new_thrift_style", "Suka gaya thrift tapi maunya baru? Koleksi jaket washed kami dijahit di Solo, masih segel plastik", 1, 0, 1, 0),
("listing", "hn_new_thrift_style", "Kaos Oversize Thrift Style Cotton Combed 30s BARU Sablon Retro 65rb", 1, 0, 1, 0),
("profile", "hn_new_thrift_style", "Brand lokal rasa vintage ✨ semua produk baru, jahitan Bekasi, bukan barang bekas", 1, 0, 1, 0),
("comment", "hn_new_thrift_style", "Bukan thrift kak, ini baru semua, cuma modelnya emang dibikin kayak 90an. Label kami sendiri", 1, 0, 1, 0),
# new imports (offer 1, used 0, clothing 1, abroad 1)
("listing", "hn_new_import", "Jaket Puffer Import China Baru BNWT Ready Stock Jakarta Size S-XXL", 1, 0, 1, 1),
("post", "hn_new_import", "PO sneakers dari Korea, barang baru segel box, estimasi 3 minggu sampai. DP 50%", 1, 0, 1, 1),
("message", "hn_new_import", "Jastip Uniqlo Tokyo tanggal 12-18, titip baju baru masih ada tag, fee 10% dari harga", 1, 0, 1, 1),
("listing", "hn_new_import", "Dress Wanita Import Bangkok Brand New With Tag Bahan Katun Adem", 1, 0, 1, 1),
("live", "hn_new_import", "Ini semua baju baru impor Guangzhou ya kak, bukan bekas, masih ada label dan plastiknya", 1, 0, 1, 1),
("profile", "hn_new_import", "Jastip Singapore & KL 🛫 tas, sepatu, baju NEW only | open tiap akhir bulan", 1, 0, 1, 1),
# factory reject / sisa ekspor (offer 1, used 0, clothing 1, abroad 0)
("listing", "hn_factory_reject", "Celana Chino Sisa Ekspor Pabrik Tangerang Reject Minor Baru 55rb", 1, 0, 1, 0),
("post", "hn_factory_reject", "Barang reject pabrik garmen Semarang, baru semua, cacat jahitan dikit. Dijual per kodi", 1, 0, 1, 0),
("comment", "hn_factory_reject", "ini sisa ekspor kak bukan second, belum pernah dipakai, cuma labelnya dipotong", 1, 0, 1, 0),
("listing", "hn_factory_reject", "Kaos Polos Overrun Garmen Lokal Per Lusin 180rb Baru", 1, 0, 1, 0),
# own preloved (offer 1, used 1, clothing 1, abroad 0)
("listing", "hn_own_preloved", "Preloved Gamis Pribadi Dipakai 2x Kondisi 95% Lemari Sendiri 120rb", 1, 1, 1, 0),
("post", "hn_own_preloved", "Beberes lemari! Jual baju-baju aku sendiri yang udah kekecilan, preloved murah, cek foto", 1, 1, 1, 0),
("comment", "hn_own_preloved", "punya pribadi kak, belinya di Matahari tahun lalu, baru dipake kondangan sekali", 1, 1, 1, 0),
("listing", "hn_own_preloved", "Sepatu Futsal Bekas Pakai Sendiri Ukuran 41 Masih Layak 90rb Nego", 1, 1, 1, 0),
("post", "hn_own_preloved", "Jual seragam SMA bekas anak saya, sudah lulus. Ukuran L, masih bagus, ambil di Cimahi", 1, 1, 1, 0),
("listing", "hn_own_preloved", "Baju Bayi Preloved Pemakaian Pribadi 1 Set 10 Pcs Harga 75rb", 1, 1, 1, 0),
("message", "hn_own_preloved", "Sis, aku mau lepas tas kulitku yg dulu dibeli di mall, bekas tapi mulus. Mau 250?", 1, 1, 1, 0),
("profile", "hn_own_preloved", "Isi lemari sendiri, bukan kulakan 🙏 preloved pribadi & keluarga | Depok", 1, 1, 1, 0),
("post", "hn_own_preloved", "Kebaya wisuda saya cuma dipake sekali, dijual lagi 200rb. Bekas pribadi, bukan impor ya", 1, 1, 1, 0),
# edge: owner's own coat bought abroad; by the conventions all four elements are 1, so the label derives as illegal (see README doubts)
("listing", "edge_personal_item_bought_abroad", "Coat Pribadi Dibeli Waktu Kuliah di Jepang, Bekas Pakai Sendiri, Size M", 1, 1, 1, 1),
# charity/school/church sales (offer 1, used 1, clothing 1, abroad 0)
("post", "hn_charity_bazaar", "Bazar baju layak pakai hasil donasi jemaat, Sabtu di aula gereja, semua 5rb untuk kas sosial", 1, 1, 1, 0),
("post", "hn_charity_bazaar", "Garage sale OSIS SMPN 4! Seragam & baju bekas sumbangan alumni, hasil untuk korban banjir", 1, 1, 1, 0),
("message", "hn_charity_bazaar", "Ibu-ibu, bazar pakaian bekas PKK RW 05 Minggu pagi ya, barang dari warga sendiri", 1, 1, 1, 0),
("profile", "hn_charity_bazaar", "Toko amal Yayasan Kasih Ibu | baju bekas sumbangan warga | hasil untuk panti", 1, 1, 1, 0),
("post", "hn_charity_bazaar", "Pasar murah masjid: baju koko & mukena bekas donasi jamaah, 10 ribu, uang masuk infak", 1, 1, 1, 0),
# local upcycling (offer 1, used 1, clothing 1, abroad 0)
("listing", "hn_local_upcycle", "Tote Bag Upcycle Dari Jeans Bekas Warga Lokal Jahit Tangan 60rb", 1, 1, 1, 0),
("post", "hn_local_upcycle", "Kami olah seragam bekas sekolah jadi tas dan pouch, bahan dari donasi lokal. Pesan via DM", 1, 1, 1, 0),
# local second-hand with denial of import (offer 1, used 1, clothing 1, abroad 0)
("listing", "hn_denied_import", "Kemeja Bekas Lokal Bukan Impor Titipan Tetangga Layak Pakai 20rb", 1, 1, 1, 0),
("comment", "hn_denied_import", "bukan dari bal kak, ini titipan jualan dari ibu-ibu komplek, baju mereka sendiri", 1, 1, 1, 0),
# new clothing plain, no trade word (offer 1, used 0, clothing 1, abroad 0)
("listing", "hn_plain_listing", "Gamis Polos Bahan Ceruti Baby Doll Busui Friendly All Size 99rb", 1, 0, 1, 0),
("listing", "hn_plain_listing", "Seragam Sekolah SD Merah Putih Lengkap Ukuran 8-12 Harga Grosir", 1, 0, 1, 0),
("post", "hn_plain_listing", "Restock kemeja linen warna earth tone, produksi sendiri, open reseller se-Jawa Tengah", 1, 0, 1, 0),
("live", "hn_plain_listing", "Kak yang baru gabung, daster rayon 35rb, 3 potong 100rb, ketik 'daster' ya", 1, 0, 1, 0),
("listing", "hn_plain_listing", "Sandal Jepit Karet Grosir Per Kodi Murah Untuk Warung", 1, 0, 1, 0),
("profile", "hn_plain_listing", "Konveksi Mitra Jaya • terima pesanan kaos, PDH, jaket komunitas • Pekalongan", 1, 0, 1, 0),
("message", "hn_plain_listing", "Kak, kemeja batik tulis baru datang dari pengrajin Lasem, mau aku kirim katalog?", 1, 0, 1, 0),
("listing", "hn_new_thrift_style", "Celana Cutbray Model Vintage 70an Baru Bahan Denim Stretch Lokal", 1, 0, 1, 0),
]
