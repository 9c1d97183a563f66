# Batch 3: legal hard negatives and ordinary texts. Hand-written.
R = [
("listing", "hn_new_thrift_style", 1, 0, 1, 0, """
Kemeja Flanel Vintage Look - BARU, Produksi Sendiri Bandung
Bukan thrift ya kak, ini jahitan baru konveksi kami, cuma modelnya dibuat mirip flanel era 90an.
Bahan katun, ukuran M-XXL, harga 89rb.
Masih ada plastik dan label, bisa tukar ukuran.
"""),
("post", "hn_new_import", 1, 0, 1, 1, """
Restock hoodie import Korea BNWT 🇰🇷
Barang baru, masih lengkap tag dan plastik, masuk resmi lewat distributor.
Warna cream, sage, navy. Harga 165rb.
PO tutup hari Minggu, estimasi tiba 2 minggu.
"""),
("post", "hn_own_preloved", 1, 1, 1, 0, """
Beberes lemari sebelum pindahan, jadi aku lepas beberapa baju pribadi 🥲
- blazer hitam, dipakai 2x wisuda adik, 70rb
- dress batik, 50rb
- sneakers putih size 38, 120rb
Semua punyaku sendiri, beli di mal Surabaya. Yang minat komen aja.
"""),
("article", "hn_news", 0, 1, 1, 1, """
Petugas Bea Cukai Batam menggagalkan pengiriman ratusan koli pakaian bekas dari Malaysia yang diangkut kapal kayu pada Selasa dini hari.
Muatan ditemukan di perairan sekitar Pulau Galang dan langsung ditarik ke dermaga.
Kepala kantor menyebut barang tersebut melanggar Permendag 40/2022 yang melarang impor pakaian bekas.
Nakhoda dan dua awak kapal kini diperiksa penyidik.
"""),
("post", "hn_donation_request", 0, 1, 1, 0, """
Teman-teman, posko banjir di Kelurahan Cawang butuh pakaian layak pakai untuk anak dan lansia 🙏
Baju bekas boleh, asal bersih dan tidak robek.
Tolong jangan kirim pakaian dalam bekas.
Bisa diantar ke masjid Al Ikhlas sampai Jumat sore.
"""),
("listing", "hn_used_nonclothing", 1, 1, 0, 0, """
Dijual Motor Bekas Honda Beat 2019 Mulus Pajak Hidup
Kilometer 23 ribu, mesin halus, surat lengkap BPKB.
Harga 11,5 juta nego. Lokasi Sleman.
Serius hubungi 0812xxxx, tidak melayani tukar tambah.
"""),
("listing", "hn_produce_karung", 1, 0, 0, 0, """
Jual Bawang Merah Brebes Per Karung
1 karung isi 50 kg, kualitas super, kering panen minggu lalu.
Harga 1,6 jt per karung, bisa ambil setengah.
Kirim ke Jabodetabek pakai truk sendiri.
"""),
("article", "hn_opinion", 0, 1, 1, 1, """
Saya paham kenapa anak muda suka thrifting. Harga murah, merek luar, dan ada sensasi berburu.
Tapi kita juga perlu jujur: sebagian besar barang di lapak itu datang dari bal impor yang masuk secara ilegal, dan konveksi kecil di Bandung atau Solo yang kena imbasnya.
Mungkin sudah waktunya kita lebih bangga pakai brand lokal, atau preloved dari lemari teman sendiri.
"""),
("comment", "hn_buyer_question", 0, 1, 1, 1, """
Min mau nanya, kalau beli baju bekas impor di Gedebage sekarang masih boleh nggak sih?
Soalnya aku denger ada razia terus, takut barangnya disita pas dikirim 😟
Ada yang tahu aturannya gimana?
"""),
("post", "hn_report", 0, 1, 1, 1, """
Hati-hati ya, aku udah laporin akun @bal.murah.jkt ke platform.
Mereka pasang iklan "BALPRES KOREA 2,5 JT ISI 400 PCS", aku transfer DP, terus nomornya hilang.
Ternyata banyak korban lain di kolom komentar.
Jangan tergiur harga karungan murah, kebanyakan penipuan.
"""),
("post", "hn_joke_meme", 0, 1, 1, 1, """
Pacar: "Kamu kok wangi Jepang?"
Aku: "Iya, jaketnya monza dari Pajak Melati" 😭
Pacar: "Oh pantes ada tulisan nama Tanaka di kerahnya"
Ternyata selama ini aku jalan-jalan pakai identitas orang lain wkwkwk
"""),
("post", "hn_guideline", 0, 1, 1, 1, """
Kebijakan Komunitas: Barang Terlarang
Penjual dilarang menayangkan produk pakaian, sepatu, dan tas bekas yang berasal dari impor, termasuk bal atau balpres, sesuai Permendag 18/2021 jo. 40/2022.
Produk preloved milik pribadi dan produk baru tetap diperbolehkan.
Pelanggaran berulang dapat menyebabkan toko dinonaktifkan.
"""),
("listing", "hn_job_vacancy", 0, 0, 1, 0, """
LOWONGAN KERJA - Penjahit & Quality Control
Konveksi kaos lokal di Cimahi membutuhkan:
1. Penjahit obras (2 orang)
2. QC finishing (1 orang)
Gaji UMK, lembur dibayar. Kirim lamaran ke HRD, paling lambat akhir bulan.
"""),
("post", "hn_school_sale", 1, 1, 1, 0, """
BAZAR AMAL SMP Tunas Harapan 🎉
Sabtu ini di halaman sekolah, kami jual seragam bekas, baju, tas dan sepatu donasi dari orang tua murid.
Harga 5rb-25rb, seluruh hasil untuk beasiswa siswa kurang mampu.
Mulai jam 7 pagi, ajak keluarga ya!
"""),
("review", "hn_review_no_seller", 0, 1, 1, 1, """
Jujur pengalaman pertama ngawul di Sekaten lumayan seru, tapi capek juga.
Baju-bajunya dari karung impor, banyak yang bau apek, harus dicuci dua kali pakai pelembut.
Dapat jaket denim bagus sih, tapi kayaknya aku lebih nyaman beli baru aja ke depannya.
"""),
("listing", "plain_clothing_listing", 1, 0, 1, 0, """
Gamis Wanita Katun Rayon Polos Adem Busui Friendly
Tersedia warna mocca, dusty pink, army, hitam.
Ukuran L dan XL, panjang 140 cm.
Harga 115.000. Produksi Tanah Abang, kirim hari ini kalau order sebelum jam 3.
"""),
("listing", "hn_sisa_ekspor", 1, 0, 1, 0, """
Kaos Polos Sisa Ekspor Cotton Combed 30s - Baru
Bukan barang bekas, ini kelebihan produksi pabrik Sukabumi untuk pesanan luar.
Label dipotong, kondisi baru 100%.
Harga 25rb/pcs, lusinan 270rb.
"""),
("listing", "hn_majun", 1, 1, 0, 0, """
Jual Majun Kain Perca Bekas Per Kilo untuk Bengkel
Kain lap dari potongan baju bekas, sudah dipotong, daya serap oli bagus.
Harga 7.000/kg, minimal 50 kg.
Kirim area Karawang-Bekasi, cocok buat pabrik dan bengkel.
"""),
("post", "hn_local_upcycle", 1, 1, 1, 0, """
Rework series #4 ♻️
Kemeja bekas bapak-bapak dari lemari keluarga kami, dijahit ulang jadi outer patchwork.
Tiap piece cuma ada satu, dikerjakan tangan di Yogyakarta.
Harga 185rb, DM untuk ukuran.
"""),
("message", "hn_swap", 0, 1, 1, 0, """
Halo kak, aku lihat kamu ikut grup tukar baju. Aku punya cardigan rajut bekas pakai sendiri ukuran M, mau aku tukar sama rok atau celana kulot.
Nggak pakai uang ya, murni swap.
Bisa ketemuan di stasiun Bogor hari Minggu?
"""),
("article", "hn_news", 0, 1, 1, 1, """
Kementerian Perdagangan kembali memusnahkan ratusan balpres pakaian bekas impor hasil sitaan di Cikarang.
Barang-barang itu dibakar di kawasan industri dengan disaksikan aparat kepolisian dan bea cukai.
Menurut pejabat Kemendag, pakaian bekas impor merugikan industri tekstil dan berisiko bagi kesehatan.
Pedagang di sejumlah pasar mengaku stok mereka mulai menipis sejak razia digencarkan.
"""),
("listing", "hn_used_nonclothing", 1, 1, 0, 1, """
HP Bekas Ex Jepang iPhone 12 Pro 128GB Mulus
Barang second ex Jepang, shutter sound aktif, BH 86%.
Harga 6,3 jt, bisa cek langsung di toko kami Mangga Dua.
Garansi toko 7 hari mesin.
"""),
("listing", "hn_cardboard_bal", 1, 1, 0, 0, """
Terima & Jual Kardus Bekas Per Bal
Kardus sudah dipres, per bal ±80 kg.
Harga beli 2.300/kg, harga jual tanya admin.
Gudang di Sidoarjo, bisa ambil di lokasi.
"""),
("post", "hn_church_sale", 1, 1, 1, 0, """
Rummage sale Gereja St. Yosef minggu depan 🙌
Ada pakaian bekas layak pakai, mainan, buku, dan sepatu sumbangan umat.
Semua dijual 2rb-20rb, hasilnya buat renovasi atap aula.
Setelah misa pagi, di aula belakang.
"""),
("comment", "hn_buyer_question", 0, 1, 1, 1, """
Ada yang tau nggak toko cakar yang bagus di Makassar sekarang di mana? Dulu sering ke Pasar Butung tapi katanya udah sepi.
Mau cari jaket buat naik gunung, budget 100rb.
Makasih infonya kawan-kawan 🙏
"""),
("article", "hn_explainer", 0, 1, 1, 1, """
Apa itu balpres? Istilah ini merujuk pada pakaian bekas yang dipadatkan dengan mesin press lalu diikat dalam bal seberat puluhan hingga ratusan kilo.
Sebagian besar bal masuk lewat pelabuhan tikus di pesisir timur Sumatra dan perbatasan Kalimantan.
Sejak 2015 impor pakaian bekas dilarang, dan aturan terakhirnya adalah Permendag 40/2022.
Pembeli eceran biasanya tidak tahu dari mana asal bal itu.
"""),
("post", "hn_own_preloved", 1, 1, 1, 0, """
Preloved anak 👶 semua bekas anakku sendiri, sekarang udah nggak muat.
Jumper bayi 3 pcs 30rb, sepatu prewalker 20rb, gendongan 75rb.
Kondisi bersih, bebas noda. COD Bekasi Timur aja ya.
"""),
("post", "hn_opinion", 0, 1, 1, 1, """
Thread: kenapa larangan baju bekas impor gagal terus? 🧵
1/ Permintaan tinggi, karena harga baju baru nggak sebanding dengan upah minimum.
2/ Jalur masuknya banyak: pelabuhan kecil, kapal kayu, perbatasan darat.
3/ Penindakan lebih sering di hilir (pedagang kecil) daripada di hulu (pemasok bal).
4/ Selama tiga hal ini nggak dibenahi, razia cuma jadi tontonan.
"""),
("listing", "hn_new_thrift_style", 1, 0, 1, 0, """
Celana Kulot Jeans Wanita Washed "Thrift Vibes" - Barang Baru
Bahan denim tebal, efek pudar dari pabrik, bukan bekas pakai.
Size 27-34, harga 99rb.
Produksi konveksi lokal, ready stock gudang Jakarta.
"""),
("post", "hn_report", 0, 1, 1, 1, """
Aku screenshot iklan ini: "Jual karungan baju bekas Jepang, kirim dari Batam, 3,9jt/karung" 😑
Udah aku report karena jelas-jelas jualan barang impor bekas, padahal platform katanya udah melarang.
Yang lain tolong ikut report juga ya biar cepet diturunin.
"""),
("listing", "hn_factory_reject", 1, 0, 1, 0, """
Jaket Parasut Reject Pabrik (Cacat Ringan) Baru
Cacatnya di jahitan dalam atau sedikit belang warna, tidak kelihatan kalau dipakai.
Harga 55rb, normalnya 180rb.
Stok dari pabrik garmen Semarang, masih baru dan wangi.
"""),
("article", "hn_news", 0, 1, 1, 1, """
Ratusan pedagang pakaian bekas di Pasar Senen menggelar aksi damai menuntut kelonggaran waktu menghabiskan stok.
Mereka mengaku sudah membeli bal sebelum razia dan kini modal mereka tertahan.
Perwakilan pedagang meminta pemerintah menyediakan pasokan alternatif dari produsen lokal.
Pemerintah berjanji akan memfasilitasi pelatihan dan pinjaman usaha.
"""),
("post", "hn_joke_meme", 0, 1, 1, 1, """
POV: kamu beli bal isi "jaket musim dingin", pas dibuka isinya:
- 40 sweater natal bergambar rusa
- 1 kostum maskot ayam
- celana ski ukuran raksasa
Modal 3 juta, untung pengalaman 💀
#thrifthumor
"""),
("listing", "hn_used_nonclothing", 1, 1, 0, 0, """
Dijual Mesin Jahit Bekas Juki High Speed
Masih normal, baru ganti dinamo bulan lalu. Dipakai konveksi rumahan, sekarang usaha tutup.
Harga 2,8 jt, meja dan lampu ikut.
Lokasi Bandung, ambil di tempat.
"""),
("message", "plain_clothing_listing", 1, 0, 1, 0, """
Selamat pagi Ibu-ibu 🌸
Koleksi mukena baru edisi Ramadan sudah bisa dipesan:
- Mukena katun Jepang motif bunga 175rb
- Mukena travel parasut 95rb
Produksi sendiri di Tasikmalaya. Pesan sebelum tanggal 20 ya.
"""),
("post", "hn_guideline", 0, 1, 1, 1, """
Tips untuk penjual baru di marketplace kami:
✅ Boleh: baju baru produksi sendiri, preloved milik pribadi (jelaskan kondisinya)
❌ Tidak boleh: pakaian bekas impor, bal/balpres, "second import", barang ex-luar negeri yang sudah dipakai
Produk yang melanggar akan dihapus tanpa pemberitahuan.
"""),
("comment", "hn_buyer_question", 0, 1, 1, 1, """
Kak, ini jaket yang kamu pakai di video beli di mana? Kok keliatan kayak second import Jepang gitu.
Aku pengen cari yang mirip tapi takut beli di toko online asal-asalan.
"""),
("article", "hn_news", 0, 1, 1, 1, """
Polres Nunukan mengamankan sebuah truk bermuatan puluhan karung pakaian bekas asal Tawau, Malaysia.
Sopir mengaku hanya dibayar untuk mengantar karung itu ke gudang di pinggir kota.
Polisi masih menelusuri pemilik barang dan jaringan penyalurnya ke Sulawesi.
"""),
("listing", "hn_domestic_used", 1, 1, 1, 0, """
Baju Bekas Lokal Layak Pakai Per Kilo - BUKAN IMPOR
Hasil kumpulan dari warga sekitar Bantul, sudah dipilah dan dicuci.
Rp 20.000/kg, cocok buat yang butuh baju kerja ladang atau baju rumah.
Tidak ada barang dari luar negeri di sini ya.
"""),
("post", "hn_new_import", 1, 0, 1, 1, """
Ready sneakers import original BNIB 👟
Nike Dunk Low, New Balance 530, Asics Gel-1130.
Semua baru, lengkap box dan nota pembelian dari Singapura.
Harga mulai 1,4 jt, bisa cek keaslian pakai aplikasi.
"""),
("review", "hn_review_no_seller", 0, 1, 1, 1, """
Pengalaman belanja monza pertama kali di Medan: murah banget, tapi kudu sabar bongkar tumpukan.
Aku dapat kemeja Lacoste 25 ribu, tapi ternyata ada bolong kecil di ketiak.
Overall seru buat jalan-jalan, asal siap cuci bersih begitu sampai rumah.
"""),
("post", "hn_donation_drive", 0, 1, 1, 0, """
Komunitas kami buka donasi pakaian bekas layak pakai untuk warga terdampak gempa Cianjur.
Kumpulkan di titik drop: kantor kelurahan Cibeunying, hari Senin-Kamis.
Mohon dicuci dan dilipat, pisahkan pakaian anak & dewasa ya 🙏
"""),
]
