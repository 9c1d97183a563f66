# Batch 1: plain illegal offers (famous words used openly) + first legal hard negatives.
# Tuple: (kind, category, offer, used, clothing, abroad, text)
RECORDS = [
("listing", "plain_offer", 1, 1, 1, 1, """Jaket Bekas Impor Korea Grade A Murah Meriah Ready Stok
Kondisi 90% up, no bolong no noda, sudah dilaundry wangi.
Ukuran M-XL campur, merk The North Face, Columbia, Uniqlo.
Harga 85rb/pcs, ambil 5 bonus 1. Kirim dari Bekasi tiap hari."""),
("post", "plain_offer", 1, 1, 1, 1, """BONGKAR BAL HARI INI JAM 7 MALAM 🔥🔥
Bal kemeja flanel ex Jepang baru turun, isi kurang lebih 250 pcs.
Siapa cepat dia dapat, keep max 1x24 jam ya kak.
Order DM atau WA 0813xxxx #thrift #bongkarbal #flanelbekas"""),
("live", "plain_live", 1, 1, 1, 1, """Halo halo yang baru masuk live, selamat malam!
Malam ini kita buka karungan hoodie bekas impor dari Korea, semua 50 ribu flat.
Mau yang mana tinggal ketik nomor di kolom komen, contoh: H12 size L.
Jangan lupa follow dulu biar dapet notif kalau kita bongkar bal lagi besok."""),
("profile", "plain_shop_bio", 1, 1, 1, 1, """📦 Gudang Thrift Mbak Rina
Supplier baju bekas impor ballpress Korea & Jepang sejak 2017
Jual bal utuh / eceran / per kilo
Lokasi Cibinong, bisa COD Jabodetabek
Order: 0857xxxx"""),
("message", "plain_broadcast", 1, 1, 1, 1, """Assalamualaikum kak, info stok minggu ini dari Gudang Sejahtera:
1. Bal celana jeans ex Korea 100kg - 9,5jt
2. Bal kaos campur Jepang grade A - 7jt
3. Bal jaket winter China - 11jt
Harga belum ongkir, kirim pakai ekspedisi ke seluruh Indonesia.
Yang minat langsung balas chat ini ya, stok terbatas."""),
("comment", "plain_comment_reply", 1, 1, 1, 1, """@dewi.ayu masih ada kak, sweater bekas Jepang yang abu-abu size L.
Harga 65rb nett, kondisi mulus cuma ada serabut dikit di lengan.
Checkout di keranjang kuning aja ya biar aman 🙏"""),
("listing", "plain_offer", 1, 1, 1, 1, """KEMEJA SECOND IMPORT BRANDED - GRADE A - 35RB
Langsung dari bal, pilihan motif kotak, polos, batik jepang.
Ukuran rata-rata L, cocok buat kerja atau nongkrong.
Pembelian grosir min 20 pcs harga 25rb. Stok di Pasar Senen blok III."""),
("post", "plain_haul_named", 1, 1, 1, 1, """Haul thrifting hari Minggu di Gedebage 🛍️
Dapet coat wol ex Korea 120rb, celana cargo 40rb, sama tas kulit 75rb.
Kiosnya namanya "Aa Dedi Thrift" lorong dua dari parkiran motor, yang jaga ramah banget dan bisa ditawar.
Kalau mau hidden gems dateng pagi pas baru buka bal ya!"""),
("listing", "plain_offer", 1, 1, 1, 1, """Sepatu Bekas Impor Original Nike Adidas Vans Size 39-44
Barang dari bal Thailand, sudah dicuci dan disol ulang sebagian.
Harga mulai 150rb, detail foto tanya admin.
Bisa nego tipis buat yang ambil 2 pasang."""),
("message", "plain_reseller_recruit", 1, 1, 1, 1, """Dicari reseller baju thrift import!
Modal mulai 1,5jt sudah dapat 1 karung kecil (±80 pcs) campur kaos dan kemeja Korea.
Gak perlu stok banyak, kami bantu foto produk dan caption.
Untung bisa 2x lipat kalau jual satuan di marketplace.
Minat? Chat admin Tono 0821xxxx"""),
("post", "plain_offer", 1, 1, 1, 1, """Restock baju bekas impor! ✨
Blouse wanita ex Jepang, bahan adem, motif bunga-bunga lucu.
Harga 30-45rb aja, tinggal pilih di highlight IG.
Pengiriman Senin & Kamis dari Surabaya.
#bajubekasimpor #thriftsurabaya #preloveimport"""),
("live", "plain_live", 1, 1, 1, 1, """Oke kak, ini aku angkat satu-satu ya dari karung.
Ini jaket denim Levi's bekas dari Amerika, size M, kondisinya masih tebel. 95 ribu siapa cepat!
Yang ketik "mau" pertama aku kunci. Habis ini ada parka army ex Korea, stay ya jangan kemana-mana."""),
("listing", "plain_offer", 1, 1, 1, 1, """Tas Branded Second Import Jepang Coach/Kate Spade/Longchamp
Sumber dari lelang bal Osaka, bukan KW.
Kondisi variatif, ada foto real tiap tas. Harga 250rb - 900rb.
Toko Berkah Tas Seken, Pasar Baru lantai 2."""),
("comment", "plain_comment_reply", 1, 1, 1, 1, """Yang nanya bal isi berapa: bal kaos 100kg isinya sekitar 400-450 potong kak, semuanya bekas Korea campur size.
Harga 6,8jt franko gudang Tangerang. Kalau mau sortiran grade A aja beda harga, DM ya."""),
("profile", "plain_shop_bio", 1, 1, 1, 1, """Lapak Seken Import Bang Ucok
Spesialis jaket kulit & jeans bekas luar negeri 🇯🇵🇰🇷🇺🇸
Buka Selasa–Minggu 09.00–17.00
Shopee: seken.bangucok | WA 0812xxxx"""),
("post", "plain_offer", 1, 1, 1, 1, """Baju bekas impor per kilo, cuma 60rb/kg! 🤯
Campur kaos, kemeja, celana pendek, cocok buat yang mau coba jualan online.
Minimal ambil 5 kilo. Barang ready di gudang Medan Johor.
Info lengkap hubungi 0852xxxx (WA only)"""),
("listing", "plain_offer", 1, 1, 1, 1, """Gaun Pesta Bekas Korea Murah - Thrift Import Original
Warna navy, bahan satin, panjang semata kaki, size S.
Cuma dipakai sekali sama pemilik sebelumnya di Seoul katanya, jadi masih kinclong.
120rb aja, free bubble wrap."""),
("message", "plain_broadcast", 1, 1, 1, 1, """[INFO BAL MASUK]
Bos, besok pagi kontainer kedua dari Korea bongkar di gudang Cikarang.
Isi: bal jaket, bal sweater, bal celana training, bal anak.
Yang sudah DP duluan diprioritaskan, sisanya first come first serve.
Konfirmasi ke saya malam ini juga."""),
("post", "plain_recommendation", 1, 1, 1, 1, """Buat kalian yang nanya tempat thrift enak di Jogja, coba ke @kiosawul.pakjarwo deh.
Barangnya bekas impor semua, sering dapet kemeja Uniqlo 25rb, dan tiap Jumat ada bongkar bal baru.
Aku bukan endorse ya, cuma langganan dari jaman kuliah 😂"""),
("live", "plain_live", 1, 1, 1, 1, """Selamat sore semua, live kita hari ini khusus celana jeans second import ya.
Semua dari bal Jepang, ada Edwin, Levi's, Big John.
Satu celana 70, dua 130. Ketik nomor celana plus ukuran pinggang, nanti admin rekap.
Pembayaran maksimal jam 9 malam, lewat dari itu dilepas ke yang lain."""),
("listing", "plain_offer", 1, 1, 1, 1, """Hoodie Thrift Import Murah Pria Wanita Oversize
Ready 40 pcs dari bal Korea, warna random.
Harga 55.000 / pcs, grosir 10 pcs 450rb.
Kondisi bekas layak pakai, minus kecil sudah difoto."""),
("comment", "plain_comment_reply", 1, 1, 1, 1, """Bisa kak, kirim ke Palembang. Karungan kaos bekas impor yang 50kg ongkirnya sekitar 400rb via kargo laut.
Nanti aku kirim video pas karungnya dibuka biar kakak gak ragu."""),

# ---- legal hard negatives ----
("listing", "hn_new_thrift_style", 1, 0, 1, 0, """Kemeja Flanel Motif Kotak Vintage Look - BARU
Produksi konveksi sendiri di Bandung, bukan barang bekas.
Bahan katun tebal, jahitan rapi, tersedia S sampai XXL.
Harga 89rb, tag dan plastik masih lengkap."""),
("post", "hn_own_preloved", 1, 1, 1, 0, """Declutter lemari nih gais 🧺
Preloved pribadi, semua dibeli sendiri di mall, dipakai 1-3 kali:
- Blazer Zara hitam size S 150rb
- Rok plisket Uniqlo 80rb
- Sneakers Converse 38 200rb
Lokasi Depok, COD Margonda atau kirim."""),
("article", "hn_news", 0, 1, 1, 1, """Bea Cukai Batam kembali menggagalkan penyelundupan pakaian bekas impor.
Sebanyak 120 bal berisi baju, celana dan sepatu bekas ditemukan di sebuah kapal kayu yang merapat tanpa dokumen di perairan Pulau Buluh, Rabu malam.
Menurut petugas, barang tersebut diduga berasal dari Malaysia dan akan dikirim ke Jakarta.
Seluruh barang bukti kini diamankan untuk dimusnahkan sesuai Permendag 40 tahun 2022."""),
("listing", "hn_non_clothing_karung", 1, 1, 0, 0, """Jual Kardus Bekas Per Bal - Siap Angkut
Kardus bekas bersih, sudah dipres, 1 bal sekitar 50 kg.
Cocok untuk pengepul dan pabrik kertas daur ulang.
Harga 2.800/kg, lokasi Cakung, Jakarta Timur."""),
("post", "hn_opinion", 0, 1, 1, 1, """Unpopular opinion: larangan impor baju bekas itu masuk akal.
Sebagian isi bal ujung-ujungnya dibuang ke TPA karena gak layak jual, dan penjahit lokal susah bersaing harga.
Tapi pemerintah juga harus kasih jalan buat pedagang kecil yang udah puluhan tahun hidup dari situ. Jangan cuma razia."""),
("message", "hn_buyer_question", 0, 1, 1, 1, """Permisi min, mau tanya.
Kemarin saya beli kemeja di lapak thrift dekat stasiun, katanya bekas Jepang.
Gimana cara nyucinya yang aman biar kuman hilang? Perlu direndam air panas dulu gak?
Terima kasih sebelumnya."""),
("post", "hn_donation", 1, 1, 1, 0, """BAZAR AMAL SMP Tunas Harapan 🎉
Sabtu, 14 September, di aula sekolah.
Menjual baju layak pakai sumbangan orang tua murid, mulai 5 ribu.
Seluruh hasil untuk beasiswa siswa kurang mampu. Ayo datang!"""),
("listing", "hn_new_import", 1, 0, 1, 1, """Sweater Rajut Korea Import BNWT
Barang baru, masih ada tag harga dari toko di Dongdaemun.
Kami jastip langsung dari Seoul tiap bulan, bukan barang bekas ya kak.
Warna cream, free size, harga 215rb."""),
("comment", "hn_complaint", 0, 1, 1, 1, """Hati-hati sama akun @thriftmurah.idd. Iklannya "bal kaos Korea grade A 100kg", aku transfer 3 juta DP, barang gak dikirim-kirim dan nomornya langsung blokir.
Udah lapor ke bank dan ke polisi siber. Jangan sampai ada korban lagi."""),
("listing", "hn_used_vehicle", 1, 1, 0, 0, """Dijual Motor Bekas Honda Beat 2019
Pajak hidup, surat lengkap, mesin halus, ban baru ganti.
Pemakaian pribadi, bukan bekas ojol.
Harga 11,5jt nego halus. Lokasi Sidoarjo, hubungi 0838xxxx."""),
("post", "hn_joke", 0, 1, 1, 1, """Aku: pengen tampil kayak orang Korea
Dompet: ya udah ke thrift aja
Aku di lapak: dapet jaket yang ada nama orang Jepang dijahit di kerahnya 💀
Siapa kamu Takahashi-san, semoga kau baik-baik saja"""),
("article", "hn_guideline", 0, 1, 1, 1, """Panduan Komunitas: Barang Terlarang
Platform ini tidak mengizinkan penjualan pakaian bekas yang berasal dari impor, termasuk penjualan dalam bentuk bal atau karung.
Penjualan pakaian bekas milik pribadi tetap diperbolehkan selama dijelaskan asalnya.
Pelanggaran dapat menyebabkan produk diturunkan dan akun dibatasi."""),
("listing", "hn_plain_clothing", 1, 0, 1, 0, """Gamis Ceruti Premium Busui Friendly
Bahan jatuh, tidak menerawang, ada resleting depan.
Warna sage, mocca, hitam. Size M, L, XL.
Harga 135rb, produk UMKM Tanah Abang."""),
("review", "hn_review", 0, 1, 1, 1, """⭐⭐⭐ Lumayan sih.
Beli kaos bekas impor buat iseng, katanya grade A tapi ada noda kuning di ketiak.
Bahan sih tebel, enak dipakai tidur. Penjualnya gak aku sebut ya, udah aku chat dan dia mau ganti setengah harga."""),
("post", "hn_upcycle_local", 1, 1, 1, 0, """Project upcycle bulan ini: tote bag dari celana jeans lama milik keluargaku sendiri 👖➡️👜
Dijahit tangan, tiap tas unik karena beda warna belel.
Open order cuma 10 pcs, 95rb. DM kalau mau!"""),
("message", "hn_job_vacancy", 0, 1, 1, 1, """LOWONGAN KERJA
Dibutuhkan 2 orang tenaga sortir di gudang pakaian bekas, Tangerang.
Tugas: memilah baju dari bal sesuai grade, melipat, mengepak.
Gaji harian, makan siang ditanggung. Kirim CV ke HRD via WA 0896xxxx."""),
("listing", "hn_non_clothing_karung", 1, 0, 0, 0, """Beras Pandan Wangi Karungan 25kg
Panen baru dari Cianjur, pulen dan wangi.
Harga 340rb per karung, gratis antar area Bogor kota min 2 karung.
Warung dan katering bisa langganan bulanan, harga khusus."""),
("post", "hn_own_preloved_bale_denial", 1, 1, 1, 0, """Jual preloved koleksi pribadi aja nih, bukan ambil dari bal ya 🙏
Coat camel size M, beli sendiri di Uniqlo Grand Indonesia tahun lalu, udah jarang kepake.
Harga 300rb, lokasi Bintaro."""),
("article", "hn_report", 0, 1, 1, 1, """Warga Tanjungbalai Keluhkan Razia Pakaian Bekas
Sejumlah pedagang monza di Pasar Tanjungbalai mengaku kehilangan pelanggan setelah razia pekan lalu.
Mereka meminta pemerintah daerah menyediakan modal usaha alternatif, sementara aparat menegaskan pasokan yang masuk lewat jalur laut dari Malaysia tetap akan ditindak."""),
]
