# Batch 4: more legal hard negatives (famous words, at least one element fails).
# Element tuples: (offer, used, clothing, abroad).

RECORDS = [
("post", "hn_jastip_new", (1, 0, 1, 1), """JASTIP JEPANG 🇯🇵 batch Oktober
Aku berangkat ke Osaka tanggal 12, bisa titip Uniqlo, GU, Muji, Onitsuka.
Semua barang BARU dari toko resmi, nota dilampirkan. Bukan thrift, bukan barang second.
Fee 15% dari harga, DP 50%. Barang sampai Jakarta akhir bulan.
Slot terbatas, DM sebelum tanggal 8."""),

("listing", "hn_other_goods_per_karung", (1, 0, 0, 0), """Jerami Padi Kering Per Bal - Untuk Pakan & Media Jamur
Dipres rapi, 1 bal ±15 kg. Dari sawah sendiri di Karawang.
Harga 18rb/bal, ambil 100 bal harga 15rb.
Bisa antar pakai pickup area Karawang-Bekasi.
Telp Pak Oman 0857xxxx."""),

("article", "hn_history", (0, 1, 1, 1), """Sejarah Singkat Pasar Awul-Awul di Yogyakarta
Sebelum kata thrifting populer, warga Yogyakarta sudah akrab dengan awul-awul: tumpukan pakaian bekas di atas terpal yang diacak-acak pembeli. Sebagian besar barang berasal dari bal pakaian bekas impor yang masuk lewat pelabuhan di Sumatera dan Kepulauan Riau, lalu diangkut truk ke Jawa.
Pasar ini sempat ramai di area Sekaten dan beberapa pasar malam. Setelah pemerintah memperketat larangan impor pakaian bekas, banyak pedagang beralih ke barang sisa ekspor atau pakaian lokal."""),

("message", "hn_report_to_authority", (0, 1, 1, 1), """Yth. Admin Pengaduan Konsumen,
Saya ingin melaporkan akun @grosir.karung88 yang menjual "bal pakaian bekas impor Korea grade A, isi 100 kg, 4,5jt" lewat WhatsApp.
Menurut yang saya baca, barang ini dilarang masuk Indonesia. Selain itu barang yang diterima teman saya sangat kotor.
Bukti tangkapan layar iklan saya lampirkan. Mohon ditindaklanjuti. Terima kasih."""),

("post", "hn_church_bazaar", (1, 1, 1, 0), """Bazar Kasih Paroki St. Yosef 🙏
Minggu, 3 Maret setelah misa kedua, di aula paroki.
Dijual pakaian layak pakai sumbangan umat: kemeja, kebaya, jas, sepatu, mainan anak.
Semua dari umat paroki sendiri, bukan barang impor.
Hasil penjualan untuk beasiswa anak-anak di stasi."""),

("listing", "hn_other_goods_per_karung", (1, 1, 0, 1), """Laptop Second Ex Singapore Per Koli (10 Unit)
ThinkPad T470/T480 campur, RAM 8GB, SSD 256GB. Baterai drop sebagian.
Fisik 80-90%, ada lecet pemakaian.
Harga per koli 28jt. Bisa cek dulu di ruko kami di Batam Center.
Garansi toko 1 minggu."""),

("comment", "hn_opinion", (0, 1, 1, 1), """Jujur aku dukung larangan bal impor. Aku penjahit rumahan, dulu dapet orderan bikin kemeja buat warung-warung, sekarang kalah sama kemeja monza 10 ribuan.
Tapi ya pemerintah juga harus kasih jalan, banyak tetanggaku yang hidup dari jual cakar. Serba salah."""),

("listing", "hn_fabric_roll", (1, 0, 0, 1), """Kain Linen Impor Per Roll - Korea Premium
Lebar 150 cm, 1 roll ±50 yard. Warna: sage, cream, terracotta, navy.
Baru, langsung dari distributor, cocok buat konveksi dan butik.
Harga 38rb/yard, per roll 1,75jt.
Toko kain di Cigondewah, Bandung."""),

("post", "hn_buyer_diary", (0, 1, 1, 1), """Vlog diary: Sabtu pagi keliling Gedebage sama pacar 🛍️
Dari jam 7 udah rame banget, banyak yang pada nunggu bongkar bal.
Aku dapet crewneck Champion 45rb, dia dapet celana Dickies 60rb.
Sempet ngobrol sama akang penjualnya, katanya barang thrift-nya sekarang makin mahal karena bal impor susah masuk.
Pulang bau karung, tapi happy."""),

("listing", "hn_new_vintage_reproduction", (1, 0, 1, 0), """Kaos Band Vintage Style (Reproduksi) - Nirvana, Queen, Guns N' Roses
Bukan barang thrift atau second, ini kaos BARU sablon DTF, bahan combed 24s.
Efek retak dan pudar dibuat pakai teknik wash di workshop kami di Bekasi.
Harga 95rb, size M-XXL.
Ready stok, kirim hari ini."""),

("article", "hn_news_report", (0, 1, 1, 1), """Menteri Perdagangan: Pakaian Bekas Impor Ganggu UMKM Tekstil
Jakarta - Menteri Perdagangan kembali menegaskan bahwa impor pakaian bekas dilarang karena merugikan industri tekstil dan UMKM dalam negeri.
Menurutnya, pemerintah akan memperketat pengawasan di pelabuhan, perbatasan, dan platform belanja daring yang masih menayangkan iklan bal pakaian bekas.
Kementerian juga mendorong pedagang untuk beralih menjual produk lokal."""),

("message", "hn_donation_dispatch", (0, 1, 1, 0), """Update dari tim Peduli Sumba 🙏
Terima kasih untuk semua yang sudah menyumbang. Hari ini 24 karung pakaian bekas layak pakai sudah kami kirim lewat kapal ke Waingapu.
Isinya baju anak, seragam, selimut, dan sepatu dari warga Surabaya.
Barang ini tidak dijual, akan dibagikan di tiga desa minggu depan."""),

("post", "hn_consignment_local", (1, 1, 1, 0), """Toko titip jual "Lemari Kedua" sekarang buka di Malang 🌷
Barang di toko kami adalah preloved milik warga Malang yang dititipkan, bukan bal thrift impor.
Setiap baju ada nama penitip dan tanggal masuk.
Mau titip? Bawa max 20 potong, bersih dan layak pakai, bagi hasil 70:30.
Jl. Soekarno Hatta no. 17, buka 10.00-20.00."""),

("listing", "hn_ordinary_listing", (1, 0, 1, 0), """Sepatu Sneakers Lokal Kanvas - Made in Bandung
Sol karet vulkanisir, upper kanvas 12 oz, insole empuk.
Ukuran 36-45, warna putih, hitam, hijau olive.
Harga 249rb, garansi jahitan 6 bulan.
BARU, dalam box, bisa tukar ukuran."""),

("post", "hn_joke_meme", (0, 1, 1, 1), """POV: kamu bilang ke ibu "ini jaket 600rb, Bu" padahal dapet dari karung cakar 25rb 🤫
Ibu: kok ada nama orang di kerahnya? "Kim Min-jun"
Aku: ...itu nama desainernya Bu
#cakarmakassar #thriftlife #ketahuan"""),

("listing", "hn_other_goods_per_karung", (1, 1, 0, 0), """Botol Plastik Bekas Per Karung (PET Bening)
Sudah dipilah, tanpa tutup & label. 1 karung ±8 kg.
Harga 4.500/kg. Dari bank sampah kampung kami di Depok.
Cocok buat pengepul dan pabrik cacahan.
Minat hubungi 0812xxxx (Bank Sampah Mawar)."""),

("review", "hn_review_no_seller", (0, 1, 1, 1), """Setelah 2 tahun rutin belanja monza di Medan, ini penilaianku:
- Jaket & jeans: juara, awet banget.
- Kaos: untung-untungan, sering melar.
- Sepatu: hati-hati, sering lem-nya udah getas.
Barang dari bal Jepang dan Korea biasanya lebih bersih dibanding yang lain.
Tapi tetep cuci dulu semua sebelum dipakai, jangan males!"""),

("post", "hn_rules_guideline", (0, 1, 1, 1), """Kebijakan Produk Terlarang - Update
Penjual dilarang menayangkan produk pakaian bekas impor, termasuk produk dengan kata kunci "bal", "ballpress", "thrift impor", "karungan", atau sejenisnya.
Produk preloved pribadi diperbolehkan selama asal-usul jelas dan bukan hasil impor.
Pelanggaran berulang dapat menyebabkan toko dinonaktifkan.
Terima kasih atas kerja samanya."""),

("listing", "hn_own_preloved", (1, 1, 1, 0), """Jual Baju Bayi Bekas Anak Sendiri (0-12 bulan) 👶
Jumper, bedong, kaos kaki, topi. Dibeli di Mothercare & toko perlengkapan bayi di Bekasi.
Kondisi bersih, ada yang masih dipakai sekali dua kali.
Paket 30 pcs 200rb.
Ambil di Harapan Indah ya moms."""),

("message", "hn_buyer_question", (0, 1, 1, 1), """Min, saya mau tanya serius. Kalau saya beli 1 bal pakaian bekas di Pasar Senen terus saya jual lagi di kampung, apa saya bisa kena pidana? 
Yang impor kan bukan saya. Mohon penjelasannya, biar saya nggak salah langkah. Terima kasih."""),

("article", "hn_research_abstract", (0, 1, 1, 1), """Abstrak: Persepsi Mahasiswa terhadap Pakaian Bekas Impor di Kota Bandung
Penelitian ini mengkaji motif mahasiswa membeli pakaian thrift yang berasal dari bal impor di Pasar Gedebage dan toko daring. Data dikumpulkan melalui kuesioner kepada 212 responden.
Hasilnya, harga murah dan merek terkenal menjadi alasan utama, sementara kesadaran akan larangan impor pakaian bekas masih rendah.
Penelitian menyarankan edukasi kesehatan dan hukum bagi konsumen muda."""),

("post", "hn_new_import", (1, 0, 1, 1), """Restock Hoodie Impor Korea 🇰🇷 Original BNWT
Masih lengkap tag, plastik, dan paper bag.
Bukan hasil thrift, bukan bongkar bal, ini barang baru jalur resmi.
Ukuran S-XL, warna pastel. Harga 210rb.
Order via Shopee atau DM."""),

("comment", "hn_buyer_question", (0, 1, 1, 1), """Kak ini thrift bal dari Jepang ya? Aku bukan mau beli, cuma nanya aja.
Biasanya baju Jepang ukurannya kecil-kecil kan? Aku badan XL susah banget nemu di lapak thrift 😩"""),

("listing", "hn_other_goods_per_karung", (1, 0, 0, 1), """Kapas Impor Per Bal (Raw Cotton) - Untuk Pemintalan
Asal Australia, 1 bal ±220 kg, serat panjang.
Dokumen impor lengkap, gudang di Semarang.
Harga sesuai kurs, minta penawaran via email perusahaan.
Hanya melayani pembelian industri."""),

("post", "hn_own_preloved", (1, 1, 1, 0), """Preloved kebaya wisuda aku 🥹
Dijahit di penjahit langganan di Solo tahun lalu, dipakai sekali waktu wisuda.
Warna dusty pink, ukuran M, lengkap dengan selendang.
Harga 300rb (dulu bikinnya 800rb).
Bukan thrift luar ya, ini punya pribadi. Bisa COD di Solo Baru."""),

("article", "hn_news_report", (0, 1, 1, 1), """Nunukan: Pedagang Ballpress Minta Kelonggaran
Nunukan - Puluhan pedagang pakaian bekas asal Tawau, Malaysia, di Nunukan meminta pemerintah memberi waktu untuk menghabiskan stok yang sudah ada di lapak.
Mereka mengaku sudah berjualan ballpress sejak lama dan menggantungkan hidup dari usaha tersebut.
Bea Cukai setempat menyatakan tetap akan melakukan penindakan terhadap pemasukan baru melalui jalur laut."""),

("listing", "hn_other_goods_per_karung", (1, 1, 0, 0), """Buku Pelajaran Bekas Per Karung - Kurikulum 2013
Isi ±60 buku SD-SMP, kondisi masih bisa dibaca, ada coretan.
Harga 150rb per karung. Lokasi Tasikmalaya.
Cocok buat taman baca atau pengepul kertas."""),

("post", "hn_thrift_style_tips", (0, 0, 1, 0), """5 Cara Dapet Look Thrift Tanpa Beli Baju Bekas ✨
1. Pilih warna earth tone dan motif retro.
2. Padukan kemeja oversized dengan celana wide leg.
3. Cari brand lokal yang jual kaos washed effect.
4. Pakai aksesoris vintage dari lemari orang tua.
5. Gulung lengan dan ujung celana, jadi deh gaya anak thrift.
Simpan postingan ini buat inspirasi OOTD kamu!"""),

("message", "hn_swap", (0, 1, 1, 1), """Gaes ada yang mau tukeran? Aku punya jaket varsity hasil thrifting dari bal Korea di Senen, size L, kebesaran di aku.
Mau aku tuker sama jaket denim size M, kondisi bebas yang penting gak sobek.
Gak jual ya, murni tukeran. Domisili Jaksel."""),

("listing", "hn_ordinary_listing", (1, 0, 1, 0), """Daster Rayon Motif Bunga Jumbo - Grosir Pekalongan
Bahan rayon adem, LD 120 cm, panjang 115 cm.
Harga eceran 35rb, grosir min 1 kodi 28rb/pcs.
Barang baru, produksi rumahan Pekalongan.
Kirim via JNE/J&T setiap hari."""),

("post", "hn_buyer_diary", (0, 1, 1, 1), """Cerita ke Pajak Melati pertama kali 😅
Aku kira cuma beberapa kios, ternyata satu kawasan penuh monza! Ibu-ibu bongkar goni, jins ditumpuk setinggi pinggang.
Dapet jaket Levi's 80rb setelah nawar lama. Kata abangnya barang ini dari bal Malaysia.
Kaki pegel, dompet tipis, tapi puas."""),

("listing", "hn_tas_karung_new", (1, 0, 1, 0), """Tas Karung Goni Handmade - Motif Batik Kawung
Tas jinjing dari bahan goni BARU dengan lapisan kain katun.
Dibuat pengrajin di Yogyakarta, cocok buat suvenir dan seminar kit.
Ukuran 35x40 cm, harga 45rb, minimal order 50 pcs untuk sablon logo.
Bukan barang bekas, bukan impor."""),

("article", "hn_customs_statement", (0, 1, 1, 1), """Siaran Pers: Penindakan Pakaian Bekas di Perbatasan Entikong
Petugas gabungan di PLBN Entikong menggagalkan pemasukan 95 karung pakaian bekas yang disembunyikan di bawah muatan sayur dari Sarawak.
Barang tersebut melanggar ketentuan larangan impor pakaian bekas. Sopir truk telah dimintai keterangan.
Masyarakat diimbau tidak membawa atau membeli pakaian bekas dari luar negeri, termasuk yang dikenal sebagai baju lelong."""),

("post", "hn_denial_of_import", (1, 1, 1, 0), """Klarifikasi dari toko kami 🙏
Banyak yang DM nanya "kak ini baju thrift bal ya?" Jawabannya BUKAN.
Semua barang di toko kami adalah preloved titipan warga Bandung sendiri, jelas pemiliknya, dan kami tidak pernah beli karungan impor.
Stok minggu ini: kemeja kerja, rok midi, dan blazer. Harga 30-90rb.
Alamat: Jl. Dago Atas, samping warung kopi."""),

("comment", "hn_opinion", (0, 1, 1, 1), """Yang lucu, orang ribut larangan thrift impor, tapi pas lebaran tetep aja ramai beli cakar di Pasar Senggol.
Menurutku masalahnya harga baju baru lokal terlalu mahal buat keluarga kecil. Benahi itu dulu baru larangan bisa jalan."""),

("listing", "hn_other_goods_per_karung", (1, 1, 0, 1), """Sparepart Motor Bekas Ex Malaysia Per Kilo
Campuran gear, kampas, velg, dan knalpot motor bebek.
Dari bengkel tutup di Johor, masuk lewat jalur resmi kargo.
Harga 25rb/kg, minimal 50 kg. Lokasi gudang di Tanjungpinang."""),

("post", "hn_donation_request", (0, 1, 1, 0), """Butuh bantuan teman-teman 🙏
Panti asuhan kami di Ambon kekurangan seragam sekolah dan sepatu untuk 40 anak.
Kalau ada seragam bekas atau sepatu layak pakai di rumah, bisa dikirim ke alamat panti.
Kami tidak menerima uang tunai lewat DM, hanya barang.
Alamat lengkap di highlight ya."""),

("live", "hn_new_thrift_style", (1, 0, 1, 0), """Live sore ini jam 4! 🎬
Kita launching jaket corduroy "old money thrift look" produksi sendiri, 100% baru, dijahit di Cimahi.
Yang nanya ini bekas apa bukan: BUKAN ya, masih wangi kain baru 😂
Harga promo live 149rb, normal 199rb.
Ketik size di komen, admin langsung bikinin link checkout."""),

("article", "hn_news_report", (0, 1, 1, 1), """Pedagang Lelong di Pontianak Beralih ke Pakaian Lokal
Pontianak - Sebagian pedagang baju lelong di Jalan Pattimura mulai menjual pakaian baru produksi Jawa setelah pasokan pakaian bekas dari Malaysia berkurang drastis.
"Dulu satu minggu bisa datang 10 karung dari perbatasan, sekarang tidak ada," ujar seorang pedagang.
Dinas perdagangan kota menawarkan pelatihan dan akses modal bagi pedagang yang beralih."""),

("message", "hn_buyer_question", (0, 1, 1, 1), """Assalamualaikum bu, maaf saya cuma tanya-tanya dulu. 
Adik saya mau buka usaha jual pakaian bekas, katanya ambil bal dari Batam lebih murah. Tapi saya khawatir itu melanggar aturan impor. Ibu kan pernah jualan, dulu barangnya dari mana? Mohon sarannya."""),

("post", "hn_local_upcycling", (1, 1, 1, 0), """Patchwork jacket dari sisa kain & kemeja bekas keluarga 🧵
Proyek tugas akhir aku di sekolah mode, sekarang aku buka pesanan terbatas.
Bahannya dari lemari keluarga dan kain perca penjahit di Pekalongan, bukan dari bal thrift.
Tiap jaket satu-satunya, harga mulai 350rb.
DM untuk pesan, antrean 3 minggu."""),
]
