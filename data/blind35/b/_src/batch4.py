# Legal hard negatives, part 2: new goods (thrift look, new imports), own preloved,
# bazaars, domestic second-hand, donations, swaps, produce, plain listings.
RECORDS = [
# --- new imported clothing ---
("listing", "hn_new_import", "1011", """Jaket Windbreaker Import Bangkok - BARU, Bukan Second
Masih segel plastik, tag lengkap. Bahan parasut anti air.
Warna: hitam, navy, olive. Size M-XXL.
Harga 95rb, grosir 10 pcs 850rb.
Barang impor resmi, ada faktur dari distributor."""),

("post", "hn_new_import_jastip", "1011", """OPEN JASTIP SEOUL 🇰🇷 tgl 12-18 bulan depan!
Bisa titip baju baru dari Dongdaemun, Myeongdong, Hongdae. Semua barang BARU ya, bukan preloved.
Fee 15% dari harga barang, min. titip 300rb.
Pembayaran full di muka, kirim ke Indonesia lewat kargo udara.
List request di DM, slot terbatas."""),

("listing", "hn_new_import", "1011", """Kaos Polos Cotton Combed Impor Vietnam BNWT
Brand new with tag, stok gudang distributor resmi.
Isi 1 dus 60 pcs, harga 1,8jt (30rb/pcs).
Cocok buat sablon atau jual lagi. Tersedia 12 warna.
Kirim dari Surabaya."""),

("post", "hn_new_thrift_style_import", "1011", """Koleksi "Retro Tokyo" udah landing 🗼
Kemeja corak vintage yang kami produksi di pabrik mitra di Guangzhou, semua BARU, jahitan rapi.
Look-nya kayak thrift tapi gak perlu takut bau apek atau noda 😉
Harga 129rb, launching Jumat jam 12 siang di website."""),

("listing", "hn_new_import", "1011", """Sepatu Running Import Original Baru - Box Lengkap
Artikel 2024, dibeli langsung dari outlet resmi Singapura.
Tersedia size 40, 41, 43. Harga 1,35jt.
Bukan bekas, bukan reject, bukan KW.
Bisa cek keaslian di toko resmi sebelum bayar."""),

("message", "hn_new_import_wholesale", "1011", """Selamat pagi kak, kami distributor hijab & gamis import Turki.
Semua produk baru, berlabel, dan ada dokumen impor lengkap.
Harga reseller mulai 85rb/pcs dengan minimal order 12 pcs campur model.
Katalog terbaru kami kirim via WA bila kakak berminat."""),

("post", "hn_new_import_jastip", "1011", """Jastip Bangkok Pratunam Market 🇹🇭 balik minggu depan!
Sisa slot 8 orang. Item populer: kaos oversize, celana kulot, dress satin — BARU semua, masih plastik.
Harga barang + fee 20rb/pcs + ongkir dari Jakarta.
Form order di link bio."""),

("listing", "hn_new_import", "1011", """Coat Wanita Korea Style Import Baru (Ready Stock)
Bahan wol campuran, furing full, model double breasted.
Barang baru dari supplier China, bukan preloved dan bukan thrift.
Warna cream & camel, size S-L. Harga 289rb.
Pengiriman H+1 setelah pembayaran."""),

# --- new clothing, domestic or no trade word ---
("listing", "hn_new_thrift_style", "1010", """Kemeja Flanel Vintage Look - Produksi Sendiri (BARU)
Motif kotak ala 90an, dibuat di konveksi kami di Bandung.
Warna sengaja dibuat washed supaya keliatan kayak thrift, padahal baru dan bersih.
Harga 110rb, size S-XXL.
Support lokal! 🇮🇩"""),

("post", "hn_new_thrift_style", "1010", """Suka gaya thrift tapi males ngubek pasar? 😆
Brand kami bikin kaos "faded" dengan sablon retak yang bikin kesan vintage, tapi semuanya baru keluar dari jahitan tim kami di Solo.
Drop hari Sabtu, 50 pcs per desain.
#vintagestyle #brandlokal #thriftlook"""),

("listing", "hn_factory_reject", "1010", """Celana Chino Pria Reject Pabrik - Murah Meriah
Reject minor (benang loncat, warna sedikit belang), semuanya baru, belum pernah dipakai.
Produksi pabrik garmen Semarang.
Harga 45rb/pcs, ambil 1 lusin 480rb.
Bukan barang bekas ya kak."""),

("listing", "hn_sisa_ekspor", "1010", """Sisa Ekspor Kemeja Kerja Pria - Kualitas Butik
Stok lebih dari pesanan buyer luar negeri, diproduksi di pabrik Sukabumi.
Label brand sudah dipotong. Baru, bukan second.
Harga 75rb, size 15-17. Cocok buat seragam kantor."""),

("listing", "hn_plain_clothing", "1010", """Gamis Katun Rayon Motif Bunga - Ukuran All Size
Bahan adem, jatuh, tidak menerawang. Panjang 138 cm, lingkar dada 110 cm.
Warna: dusty pink, sage, mocca, navy.
Harga 89rb, beli 2 gratis ongkir.
Ready stock, kirim dari Pekalongan setiap hari."""),

("listing", "hn_plain_clothing", "1010", """Seragam SD Putih Merah Lengkap Ukuran 8-14
Kain tebal, jahitan rapi, kancing kuat.
Kemeja 55rb, rok/celana 60rb. Paket lengkap 110rb.
Bisa bordir nama anak +10rb.
Toko Seragam Mawar, Jl. Pemuda no. 7, Klaten."""),

("post", "hn_plain_clothing", "1010", """Batik tulis Lasem motif latohan, dikerjakan 3 bulan sama ibu-ibu pembatik di desa kami 🌿
Satu kain 1,2jt, satu kemeja jadi 650rb.
Setiap pembelian ikut membantu regenerasi pembatik muda.
Pesan lewat DM, pengiriman dari Rembang."""),

("live", "hn_plain_clothing", "1010", """Selamat malam semuanyaa, live kita malam ini khusus daster rayon Bali ya, semuanya baru!
Yang motif bunga kuning ini 45 ribu aja. Yang polos 40 ribu.
Ketik "daster" + warna, nanti admin kirim link checkout.
Stok ada 200 pcs, jangan sampai kehabisan."""),

("listing", "hn_plain_clothing", "1010", """Sandal Jepit Karet Tebal Grosir — Produksi Lokal Sidoarjo
Isi 1 karung 120 pasang campur ukuran 38-43.
Harga 1 karung 1,3jt. Barang baru, cocok untuk warung dan toko kelontong.
Kirim se-Jawa Timur."""),

# --- own preloved / domestic second-hand ---
("listing", "hn_own_preloved", "1110", """Preloved pribadi, jual karena udah ga muat pasca lahiran 🥲
1. Blouse Zara size S, dipakai 2x — 80rb
2. Celana kulot H&M — 60rb
3. Dress batik Danar Hadi — 150rb
Semua beli sendiri di mall Jakarta, bukan dari bal atau karungan.
COD Tebet atau kirim via Gosend."""),

("post", "hn_own_preloved", "1110", """Beres-beres lemari menjelang pindahan 📦
Aku jual baju-baju bekasku sendiri, kondisi masih bagus, harga 20-50rb.
Kebanyakan kemeja kerja dan rok, size M. Semua beli di Matahari & Uniqlo lokal kok.
Cek foto di highlight "LEMARI", DM yg mau."""),

("listing", "hn_own_preloved", "1110", """Jaket Kulit Pria Second Pemakaian Sendiri
Dibeli di Garut tahun 2020, baru dipakai beberapa kali karena kebesaran.
Kondisi 90%, kulit domba asli Garut.
Harga 450rb nego. Lokasi Cimahi, bisa COD."""),

("message", "hn_own_preloved", "1110", """Hai kak, aku liat postingan kakak nyari gaun wisuda. Aku ada kebaya brokat bekas wisudaku tahun lalu, cuma kepake sekali.
Dijahit di penjahit langganan di Padang, ukuran M.
Mau aku lepas 175rb aja. Kalau mau aku kirim foto lengkapnya ya."""),

("post", "hn_own_preloved", "1110", """#PrelovedMurah dari lemariku sendiri ✨
Sepatu kets Compass size 40 (dipakai 6 bulan) — 250rb
Tas ransel Eiger (dipakai kuliah) — 180rb
Kemeja flanel Erigo — 90rb
Bukan barang thrift impor ya, murni punya sendiri. Surabaya, COD Tunjungan."""),

("post", "hn_school_bazaar", "1110", """BAZAR AMAL SMP Tunas Harapan 🎪
Sabtu ini pukul 08.00-13.00 di aula sekolah.
Dijual pakaian layak pakai hasil sumbangan orang tua murid, harga 5rb-20rb.
Seluruh hasil penjualan untuk membantu siswa kurang mampu membeli seragam.
Yuk ramaikan!"""),

("post", "hn_church_sale", "1110", """Warta Jemaat: Pasar Murah Pakaian Bekas
Komisi Diakonia mengadakan penjualan pakaian bekas layak pakai hasil persembahan jemaat, Minggu 3 Maret setelah ibadah kedua.
Harga seikhlasnya mulai 2.000.
Hasil penjualan untuk korban banjir di Kabupaten Bandung."""),

("post", "hn_charity_bazaar", "1110", """Garage sale komplek Griya Asri RW 09 🏡
Warga jual baju, sepatu, dan tas bekas koleksi masing-masing, ada juga mainan anak.
Hari Minggu pagi di lapangan voli, sekalian senam.
20% hasil penjualan disumbangkan ke kas masjid."""),

("listing", "hn_domestic_second", "1110", """Baju Bekas Lokal Kiloan - BUKAN IMPOR
Kami mengumpulkan pakaian bekas dari warga sekitar Yogyakarta, dicuci dan disortir ulang.
Dijual per kilo 25rb untuk pengrajin, penjual eceran, atau yang butuh baju kerja lapangan.
Semua dokumentasi asal barang tersedia."""),

("profile", "hn_domestic_second", "1110", """Lemari Bersama • preloved dari warga untuk warga
Kami menjual titipan pakaian bekas dari orang-orang Malang, sistem konsinyasi.
Tidak menerima dan tidak menjual barang bal/impor.
Buka Rabu-Minggu, Jl. Bunga Merak 12.
Mau titip jual? DM kami."""),

("post", "hn_domestic_second", "1110", """Sejak larangan balpres, aku ganti konsep toko: sekarang cuma jual preloved titipan orang lokal.
Stoknya lebih sedikit, tapi aku tahu asal setiap potong.
Hari ini masuk 30 kemeja dan 12 rok dari pelanggan di Bekasi.
Cek katalog di story!"""),

("listing", "hn_upcycle", "1110", """Tas Tote dari Jeans Bekas - Upcycle Handmade
Dibuat dari celana jeans bekas sumbangan teman-teman, dijahit tangan di Bogor.
Setiap tas unik, ukuran 35x40 cm.
Harga 120rb. Sebagian keuntungan untuk bank sampah RT."""),

("post", "hn_upcycle", "1110", """Karya teman-teman difabel di workshop kami: jaket patchwork dari baju bekas layak pakai sumbangan warga Semarang ✂️
Tidak ada dua jaket yang sama. Harga 250-400rb.
Pameran & penjualan hari Sabtu di Kota Lama."""),

("comment", "hn_own_preloved", "1110", """@dina_ayu_ iya kak, itu sweater bekasku sendiri, belinya di Uniqlo Grand Indonesia tahun 2021.
Masih bagus cuma agak melar dikit di lengan. 70rb aja, bisa COD di stasiun Sudirman."""),

# --- donations and swaps ---
("post", "hn_donation", "0110", """Open donasi baju layak pakai untuk korban banjir di Demak 🙏
Yang dibutuhkan: baju anak, sarung, pakaian dalam baru, selimut.
Drop point: Posko Mahasiswa, Jl. Kaligawe no. 3, Semarang.
Mohon dicuci dulu dan dimasukkan kantong plastik ya. Terima kasih orang baik."""),

("message", "hn_donation", "0110", """Bu, kalau ada baju bekas anak-anak yang sudah tidak terpakai, panti asuhan kami sedang membutuhkan untuk usia 5-12 tahun.
Bisa diantar langsung atau kami jemput di wilayah Cibinong.
Semoga menjadi amal jariyah. Terima kasih."""),

("post", "hn_donation", "0110", """Gerakan #SatuLemariSatuDonasi bulan ini mengumpulkan 2.300 potong pakaian bekas layak pakai dari warga Jakarta Timur.
Semuanya sudah disalurkan ke pesantren dan panti jompo di Kabupaten Lebak.
Terima kasih untuk semua yang sudah ikut menyumbang!"""),

("post", "hn_swap", "0110", """Clothes swap party lagi di kafe kami! 👚🔁👕
Bawa maksimal 5 baju bekas layak pakai, tukar dengan 5 baju lain. Gratis, gak ada jual beli.
Minggu 14.00-17.00, Jl. Gejayan, Jogja.
Sisa baju yang nggak ketuker akan didonasikan."""),

("comment", "hn_swap", "0110", """Ada yang mau tukeran? Aku punya kemeja bekas ukuran L (beli di Executive), pengen tukar sama ukuran M soalnya kegedean.
Gak dijual ya, tukeran aja. Area Makassar, ketemuan di Pantai Losari."""),

# --- produce, furniture, appliances ---
("listing", "hn_produce_karung", "1001", """Bawang Putih Impor China Per Karung 20kg
Umbi besar, kering, tahan lama. Harga hari ini 540rb/karung.
Melayani pedagang pasar & rumah makan.
Gudang di Pasar Induk Kramat Jati, los C."""),

("listing", "hn_produce_karung", "1000", """Beras Pandan Wangi Cianjur Per Karung 25kg
Panen baru, pulen dan wangi.
Harga 340rb/karung, ambil 10 karung dapat harga 330rb.
Antar gratis area Cianjur kota."""),

("listing", "hn_used_furniture", "1100", """Lemari Pakaian Jati Bekas 3 Pintu
Kayu jati Jepara, kondisi kokoh, ada goresan kecil di pintu.
Ukuran 160x55x190 cm. Harga 2,3jt (belum termasuk ongkos angkut).
Lokasi Kudus, pindahan rumah jadi dilepas."""),

("listing", "hn_used_appliance", "1100", """Mesin Cuci Bekas 2 Tabung Merk Sharp 8kg
Pemakaian 3 tahun, masih normal, pengering berfungsi.
Harga 850rb. Bisa dicoba di rumah.
Area Pontianak Selatan, hubungi 0812xxxx."""),

("article", "hn_news_new_import", "0011", """Lonjakan impor pakaian jadi baru dari China membuat asosiasi pertekstilan meminta pemerintah memperketat pengawasan di pelabuhan.
Menurut asosiasi, banyak produk masuk dengan nilai yang dilaporkan jauh di bawah harga wajar.
Kemendag menyatakan sedang mengevaluasi kebijakan safeguard untuk produk garmen.
Pelaku industri berharap langkah itu diambil sebelum musim Lebaran."""),
]
