# Batch 7: legal: job vacancies, homonyms of code words, plain listings, hauls of new clothes, regional registers.
RECORDS = [
# job vacancies (offer 0)
("post", "hn_job_vacancy", "Lowongan: dicari tenaga sortir dan setrika di toko baju bekas, pria/wanita, area Cibinong", 0, 1, 1, 0),
("post", "hn_job_vacancy", "Dibutuhkan admin live streaming untuk brand fashion muslim, gaji UMR + bonus, Sidoarjo", 0, 0, 1, 0),
("message", "hn_job_vacancy", "Info loker penjahit borongan di konveksi Cipulir, bisa bawa mesin sendiri, hub 0812xxxx", 0, 0, 1, 0),
("post", "hn_job_vacancy", "Butuh kuli angkut karung di gudang beras Karawang, harian 120rb, makan siang ditanggung", 0, 0, 0, 0),
("post", "hn_job_vacancy", "Loker host live jualan hijab, min. SMA, berpengalaman 6 bulan, kirim CV via email", 0, 0, 1, 0),
# homonyms of code words
("post", "hn_homonym", "Lelong kereta terpakai di Johor minggu ni, Proton Saga 2012 harga buka RM5,000", 1, 1, 0, 1),
("post", "hn_homonym", "Baru pulang dari Roma, Colosseum ternyata lebih besar dari yang kubayangkan", 0, 0, 0, 0),
("comment", "hn_homonym", "Monza itu sirkuit F1 di Italia bro, bukan nama pasar wkwk", 0, 0, 0, 0),
("post", "hn_homonym", "Resep ceker ayam pedas a.k.a cakar ayam, cocok buat teman nasi anget", 0, 0, 0, 0),
("post", "hn_homonym", "Bola basket bekas dijual, masih kenceng, ambil di Tanjungbalai Karimun", 1, 1, 0, 0),
("listing", "hn_homonym", "Bal Sepak Bola Size 5 Baru Latihan Sekolah Grosir Isi 10", 1, 0, 0, 0),
("comment", "hn_homonym", "pondasi cakar ayam itu temuan insinyur Indonesia lho, Prof. Sedijatmo", 0, 0, 0, 0),
("listing", "hn_homonym", "Kunci Roda Cakar Ayam Bekas Bengkel Masih Kuat 35rb", 1, 1, 0, 0),
# Batam/port words without used clothing
("listing", "hn_port_new_goods", "Parfum Batam Original Baru Segel, Kirim Dari Tanjung Uncang", 1, 0, 0, 1),
("post", "hn_port_new_goods", "Ferry Batam-Singapura jadwal pagi penuh terus, mending pesan tiket dari jauh hari", 0, 0, 0, 0),
("listing", "hn_port_new_goods", "Sepatu Sneakers Baru Stok Batam Import Box Lengkap Size 39-44", 1, 0, 1, 1),
("message", "hn_port_new_goods", "Bang, kontainer dari Belawan isinya spare part mesin sawit, bukan baju, jangan ngaco", 0, 0, 0, 1),
# hauls of new clothes naming shops (offer 1, used 0, clothing 1, abroad 0)
("post", "hn_new_haul", "Haul lebaran dari toko @butik.ayunda, gamis baru semua, jahitannya rapi, rekomen!", 1, 0, 1, 0),
("post", "hn_new_haul", "Review kemeja kerja baru dari brand lokal Sejiwa, beli di tokonya di Malioboro, nyaman", 1, 0, 1, 0),
("post", "hn_new_haul", "Outfit hari ini ala thrift tapi semua baru dari toko lokal @kainkita.id, kode diskon di bio", 1, 0, 1, 0),
# regional register, legal
("comment", "hn_plain_listing", "Baju kurung baru ini ada, kak. Bahan songket palsu ji, tapi cantik. Singgah mi di toko", 1, 0, 1, 0),
("post", "hn_personal", "Mak aku nyuruh sortir baju lama, katanya bagi ke sepupu di kampung aja daripada numpuk", 0, 1, 1, 0),
("comment", "hn_buyer_question", "Punten, ari kaos polos nu hideung aya keneh ukuran XL? hoyong dua", 0, 0, 1, 0),
("post", "hn_opinion", "Awakmu kok senengane tuku klambi anyar terus, lemarine wis kebak ngono lho", 0, 0, 1, 0),
("comment", "hn_buyer_question", "Bah, kemeja yang kotak-kotak itu masih ada? Kalo ada kau simpan satu untukku lah", 0, 0, 1, 0),
("post", "hn_opinion", "Jujur ya, gue lebih respect sama yang pake baju lungsuran daripada yang flexing tiap hari", 0, 1, 1, 0),
# plain listings and misc
("listing", "hn_plain_listing", "Jaket Bomber Pria Bahan Taslan Waterproof Baru Produksi Bandung 120rb", 1, 0, 1, 0),
("listing", "hn_plain_listing", "Mukena Katun Jepang Baru Bordir Pinggir Tas Serut Ready 4 Warna", 1, 0, 1, 0),
("listing", "hn_plain_listing", "Tas Anyaman Pandan Kerajinan Tasikmalaya Handmade Baru", 1, 0, 1, 0),
("profile", "hn_plain_listing", "Sepatu kulit handmade Cibaduyut 👞 custom ukuran | semua baru | kirim seluruh Indonesia", 1, 0, 1, 0),
("post", "hn_new_thrift_style", "Kaos distro motif retro 'Thrift Club' edisi terbatas, baru dicetak, pre-order sampai Jumat", 1, 0, 1, 0),
("listing", "hn_plain_listing", "Handuk Hotel Baru Grosir Per Lusin Katun Tebal 70x140", 1, 0, 1, 0),
("post", "hn_school_uniform", "Koperasi sekolah menjual seragam baru tahun ajaran ini, bisa dicicil lewat wali kelas", 1, 0, 1, 0),
("listing", "hn_own_preloved", "Jas Hujan Bekas Pakai Sendiri Masih Rapat Tidak Bocor Ukuran XL", 1, 1, 1, 0),
("comment", "hn_denied_import", "Ini baju second dari lemari mamaku, bukan barang karungan ya kak, bisa cek fotonya satu-satu", 1, 1, 1, 0),
("post", "hn_news", "Produsen tekstil minta pemerintah perketat pengawasan pelabuhan dari pakaian bekas ilegal", 0, 1, 1, 1),
("article", "hn_news", "Penjualan baju lebaran di Tanah Abang naik 30 persen dibanding tahun lalu", 0, 0, 1, 0),
("post", "hn_guideline", "Sekolah kami melarang siswa memakai jaket di kelas kecuali sedang hujan", 0, 0, 1, 0),
("comment", "hn_opinion", "Kalau semua karung dari luar disetop, pedagang kecil mau jual apa? pemerintah harus kasih solusi", 0, 1, 0, 1),
("post", "hn_swap", "Grup tukar baju anak se-Surabaya: baju kekecilan ditukar ukuran lebih besar, gratis", 0, 1, 1, 0),
]
