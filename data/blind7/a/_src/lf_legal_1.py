R = [
("article", "hn_news", 0, 1, 1, 1, """
Bea Cukai Gagalkan Penyelundupan 150 Koli Pakaian Bekas di Perairan Karimun
Petugas patroli laut menghentikan sebuah speedboat tanpa nama yang melaju dari arah Johor menuju pesisir Karimun pada Selasa dini hari.
Di dalam lambung kapal ditemukan 150 koli berisi pakaian bekas yang dikemas rapat dengan plastik hitam.
Dua awak kapal diamankan, sementara nakhoda melompat ke laut dan masih dalam pencarian.
Barang bukti dibawa ke kantor Bea Cukai Tanjung Balai Karimun untuk diperiksa lebih lanjut.
"""),
("article", "hn_news", 0, 1, 1, 1, """
Pedagang Pakaian Bekas di Pasar Senen Minta Masa Transisi
Puluhan pedagang yang menggantungkan hidup dari jualan jaket dan kemeja seken impor mendatangi kantor kelurahan, Rabu.
Mereka meminta pemerintah memberi waktu untuk menghabiskan stok sebelum razia kembali digelar.
"Modal kami sudah tertanam di barang, kalau disita ya habis semua," ujar seorang pedagang yang sudah berjualan sejak 2008.
Pemerintah kota berjanji memfasilitasi pelatihan untuk beralih ke produk lokal.
"""),
("article", "hn_news", 0, 1, 1, 1, """
Gudang Penimbunan Balpres di Sidoarjo Digerebek
Tim gabungan menemukan sekitar 800 bal pakaian bekas di sebuah gudang bekas pabrik kerupuk.
Menurut penyidik, barang diduga berasal dari Malaysia dan masuk melalui pelabuhan kecil di Kalimantan sebelum dikapalkan ke Jawa Timur.
Pemilik gudang berinisial HS dijerat dengan UU Perdagangan dan terancam lima tahun penjara.
Seluruh barang akan dimusnahkan setelah ada putusan pengadilan.
"""),
("post", "hn_official_statement", 0, 1, 1, 1, """
📢 PENGUMUMAN RESMI
Sesuai Permendag No. 18 Tahun 2021 jo. Permendag No. 40 Tahun 2022, pakaian bekas termasuk barang yang dilarang impor.
Masyarakat diimbau tidak membeli maupun memperdagangkan pakaian bekas asal luar negeri, baik di pasar maupun secara daring.
Laporan dapat disampaikan melalui layanan pengaduan konsumen atau WhatsApp resmi kami.
#StopBalpres #CintaProdukLokal
"""),
("article", "hn_official_statement", 0, 1, 1, 1, """
Panduan Moderasi Konten – Produk Terlarang (Pakaian Bekas Impor)
Konten dan listing akan dihapus bila menawarkan pakaian, sepatu, atau tas bekas yang berasal dari luar negeri.
Contoh kata yang kerap dipakai: bal, balpres, karungan, "ex Korea", "second import", cakar, monza, awul-awul, lelong, rombengan.
Penjualan pakaian preloved milik pribadi yang dibeli di dalam negeri tetap diperbolehkan.
Pelanggaran berulang dapat menyebabkan penutupan toko.
"""),
("post", "hn_report", 0, 1, 1, 1, """
Kepada Yth. Tim Trust & Safety,
Saya ingin melaporkan akun @gudang.seoul.murah yang setiap malam live menjual pakaian seken asal Korea per karung.
Di live tanggal 3 kemarin mereka menyebut barang "baru mendarat dari Busan" dan menawarkan grosir 1 karung 4 juta.
Terlampir tangkapan layar dan tautan live. Mohon ditindaklanjuti sesuai kebijakan.
Terima kasih.
"""),
("post", "hn_report", 0, 1, 1, 1, """
Mau tanya ke @KemendagRI, ini gimana ya?
Di Pasar Kodim Pekanbaru tiap pagi ada mobil box bongkar goni berisi baju seken dari Malaysia, trus langsung dijual di lapak.
Katanya barang kayak gitu udah dilarang, tapi kok tetap jalan terus?
Aku lampirin foto dari depan ruko ya. Semoga ditindak 🙏
"""),
("post", "hn_scam_warning", 0, 1, 1, 1, """
⚠️ WASPADA PENIPUAN SUPPLIER BAL ⚠️
Akun FB "Grosir Bal Langsung Gudang Batam" minta DP 50% buat 2 bal Korea.
Udah transfer 4,5jt, dikirimin resi palsu, terus nomornya ga aktif.
Ternyata korbannya udah belasan orang di grup reseller.
Tolong share biar ga ada korban lagi. Rekening pelaku: BRI a.n. S*****o
"""),
("review", "hn_buyer_complaint", 0, 1, 1, 1, """
⭐☆☆☆☆
Beli "karung Jepang grade A isi 50 pcs" katanya semua layak pakai.
Yang dateng cuma 38 pcs, 12 di antaranya sobek atau ada noda kuning, ada yg bau solar juga.
Chat penjual dibales seminggu kemudian, katanya "namanya juga barang bal kak".
Ga recommended, mending cari yang pasti.
"""),
("post", "hn_buyer_complaint", 0, 1, 1, 1, """
Curhat dikit ya 😮‍💨
Aku kemarin ikut live jualan jaket seken Korea, menang lelang jaket puffer 95rb.
Pas sampai, jaketnya beda sama yang di live, bulunya rontok dan ada bolong di lengan.
Pas komplain malah aku diblok.
Pelajaran: jangan gampang kepancing harga murah di live.
"""),
("post", "hn_tutorial", 0, 1, 1, 1, """
Cara mencuci pakaian seken impor supaya aman dipakai 🧺
1. Rendam air panas 60°C minimal 30 menit untuk membunuh kuman & tungau.
2. Tambahkan deterjen dan sedikit cuka untuk menghilangkan bau apek.
3. Bilas dua kali, jemur di bawah matahari langsung.
4. Setrika dengan suhu tinggi sesuai bahan.
Catatan: sebaiknya beli pakaian lokal atau preloved dalam negeri ya!
"""),
("post", "hn_tutorial", 0, 1, 1, 1, """
Glosarium dunia baju seken (biar ga bingung baca berita) 📖
• Balpres/bal: pakaian bekas yg dipadatkan dalam karung besar
• Cream/grade A/B: kelas mutu isi bal
• Monza (Medan), cakar (Makassar), awul-awul (Jawa), lelong (Kalbar): sebutan lokal
• Ex Korea/Jepang: negara asal barang
Semua istilah ini terkait barang impor yang dilarang diperdagangkan.
"""),
("post", "hn_opinion", 0, 1, 1, 1, """
Opini: Larangan Baju Bekas Impor Jangan Cuma Menyasar Pedagang Kecil
Setiap kali razia, yang jadi korban adalah ibu-ibu yang menjual lima potong jaket di lapak kaki lima.
Sementara kontainer demi kontainer tetap lolos dari pelabuhan besar.
Kalau pemerintah serius melindungi industri tekstil, kejar importir dan jaringan distribusinya di Batam dan Kalimantan.
Dan beri pedagang alternatif usaha, bukan hanya ancaman.
"""),
("post", "hn_opinion", 0, 1, 1, 1, """
Thread pendapat pribadi soal thrifting impor 🧵
1/ Thrifting itu awalnya keren: hemat, unik, ngurangin limbah.
2/ Tapi kalau bajunya dari karung impor, sebenernya kita jadi tempat buang limbah negara lain.
3/ Konveksi lokal di Bandung & Solo banyak yang gulung tikar.
4/ Jadi aku sekarang lebih milih preloved lokal atau brand lokal. Kalian gimana?
"""),
("post", "hn_joke_meme", 0, 1, 1, 1, """
Tingkatan anak thrift:
Level 1: beli 1 jaket di Senen
Level 2: hafal jadwal bongkar goni
Level 3: bisa bedain Korea sama Jepang dari baunya
Level 4: ngomongin "grade cream" di kondangan
Level 99: dicari satpol PP 😭
#meme #anakthrift
"""),
("post", "hn_joke_meme", 0, 1, 1, 1, """
Ibu: "Nak, itu bajumu kok bekas orang?"
Aku: "Ini vintage Bu, ex Jepang."
Ibu: "Ya sama aja bekas orang Jepang."
Aku: ...
Ibu menang telak hari ini 🤣🤣
"""),
("post", "hn_buyer_question", 0, 1, 1, 1, """
Halo warga grup, mau nanya serius 🙏
Aku rencana ke Medan bulan depan, pengen cari jaket monza buat naik gunung.
Masih ada ga sih lapak di Pajak Melati atau Simalingkar? Katanya banyak yang tutup karena razia.
Kalau udah ga ada, ada rekomendasi outdoor lokal yang murah?
Makasih sebelumnya!
"""),
("comment", "hn_buyer_question", 0, 1, 1, 1, """
Kak, aku mau tanya dulu sebelum checkout.
Ini jaket seken ex Korea beneran atau cuma tulisan di caption?
Soalnya aku pernah beli di toko lain, pas dateng tag-nya dipotong dan bahannya tipis.
Terus kondisinya udah dicuci belum ya?
"""),
("review", "hn_review_no_seller", 0, 1, 1, 1, """
Jujur awalnya ragu pakai jaket seken Jepang, takut gatal atau bau.
Setelah aku rendam air panas dan cuci dua kali, ternyata nyaman banget dan hangat.
Sudah dipakai hampir setahun buat kerja naik motor, resleting masih aman.
Tapi ya tetap harus rajin cuci karena bahannya tebal.
"""),
("listing", "hn_new_thrift_style", 1, 0, 1, 0, """
NEW COLLECTION – "Thrift Vibes" by Rajut Kita 🧶
Sweater rajut motif retro yang terinspirasi dari hasil thrifting, tapi 100% BARU.
Dirajut oleh pengrajin di Bandung, bahan akrilik lembut.
Tersedia 5 warna, all size fit to L.
Harga launching 129rb (normal 159rb).
"""),
("post", "hn_new_thrift_style", 1, 0, 1, 0, """
Banyak yang DM nanya: "kak ini barang seken ya?" 😅
Bukan ya guys! Semua kemeja kami baru, dijahit di workshop kami di Klaten.
Kami sengaja pakai bahan washed & motif jadul biar kesannya kayak barang thrift.
Jadi aman, bersih, dan mendukung penjahit lokal 🇮🇩
Order via Shopee: retro.klaten
"""),
("listing", "hn_new_import", 1, 0, 1, 1, """
READY STOCK – Jaket Puffer Import Korea (BARU)
Masih segel plastik, tag lengkap, ada invoice toko Dongdaemun
Warna hitam, cream, olive
Size S-XL, harga 289rb
Barang dikirim resmi lewat ekspedisi impor berizin, bukan barang seken/bal.
"""),
("post", "hn_new_import", 1, 0, 1, 1, """
JASTIP JEPANG – BATCH MARET ✈️
Titip belanja baru dari Uniqlo, GU, Muji, Onitsuka langsung dari toko di Osaka.
Semua barang BARU dengan struk, bukan second.
Fee jastip 10% dari harga, min 50rb.
Close order 15 Maret, barang sampai Jakarta akhir bulan.
"""),
("listing", "hn_sisa_ekspor", 1, 0, 1, 0, """
Grosir Kaos Sisa Ekspor – Produksi Pabrik Semarang
Barang BARU, kelebihan order buyer luar negeri (overrun)
Label merek dipotong, kualitas ekspor
Dijual per karung isi 120 pcs, harga 1,9jt
Bukan pakaian bekas, bisa dicek dulu di gudang
"""),
("listing", "hn_factory_reject", 1, 0, 1, 0, """
CELANA REJECT PABRIK – Murah meriah
Celana chino & cargo baru dari pabrik garmen di Bawen
Cacat kecil: jahitan miring, warna belang sedikit
Harga 25rb/pcs, ambil 1 karung (100 pcs) jadi 2,2jt
Cocok untuk dijual lagi di pasar atau online
"""),
("post", "hn_own_preloved", 1, 1, 1, 0, """
Declutter lemari 🧺
Preloved pribadi, semua dibeli sendiri di mall & toko online lokal:
- Blazer Zara (beli di Central Park) 150rb
- Dress H&M 90rb
- Celana kulot Erigo 60rb
Kondisi 90%, dicuci bersih. COD Jakbar atau kirim.
"""),
("listing", "hn_own_preloved", 1, 1, 1, 0, """
Sepatu Adidas Ultraboost PRELOVED punya sendiri
Dibeli di Adidas store Senayan City 2022 (struk masih ada)
Size 42, dipakai lari ±6 bulan, sol masih bagus
Harga 650rb nego, lokasi Tangerang Selatan
Bukan barang import second ya kak
"""),
("post", "hn_donation", 0, 1, 1, 0, """
Open Donasi Pakaian Bekas Layak Pakai 🤝
Untuk warga terdampak gempa Cianjur, kami menerima:
- pakaian anak & dewasa (sudah dicuci)
- selimut & sarung
- sepatu/sandal layak pakai
Drop point: Sekretariat Karang Taruna RW 07, setiap hari jam 9-17.
Tidak menerima pakaian dalam bekas. Terima kasih orang baik!
"""),
("post", "hn_school_bazaar", 1, 1, 1, 0, """
BAZAR AMAL SMP Tunas Bangsa 🎉
Sabtu, 14 Juni, jam 8-12 di lapangan sekolah
Menjual pakaian & sepatu bekas hasil donasi orang tua murid dan guru
Harga 5rb – 25rb, seluruh hasil untuk renovasi perpustakaan
Ayo datang dan ajak keluarga!
"""),
("listing", "hn_other_goods_bale", 1, 1, 0, 0, """
Jual kardus bekas (karton) per bal
Berat per bal ±60kg, kondisi kering & bersih
Cocok untuk pabrik kertas atau pengepul daur ulang
Harga 2.800/kg, minimal ambil 1 ton
Lokasi gudang Cikupa, Tangerang
"""),
("listing", "hn_other_goods_bale", 1, 0, 0, 1, """
Beras Impor Vietnam – Grosir
Kemasan karung 50kg, beras pulen kualitas premium
Harga 640rb/karung, min order 10 karung
Pengiriman wilayah Jabodetabek
Dokumen impor lengkap (Bulog)
"""),
("listing", "hn_used_vehicle", 1, 1, 0, 1, """
DIJUAL: Mitsubishi Pajero Sport bekas eks Jepang (CBU) 2014
Tangan pertama, servis rutin di bengkel resmi
Kilometer 98 ribu, pajak hidup sampai November
Harga 285jt nego tipis, lokasi Medan
Hanya untuk pembeli serius
"""),
("listing", "hn_used_phone", 1, 1, 0, 1, """
iPhone 14 Pro Second ex Inter (Hongkong)
Storage 256GB, warna Deep Purple
Battery health 89%, Face ID normal, IMEI sudah terdaftar Bea Cukai
Fullset box & kabel, harga 11,5jt
COD Bandung, bisa cek dulu sepuasnya
"""),
("post", "hn_upcycling", 1, 1, 1, 0, """
Dari kemeja bekas jadi tas belanja cantik 🌿
Kami mengolah pakaian bekas donasi warga Jogja menjadi tote bag, pouch, dan keset.
Semua dijahit oleh ibu-ibu PKK di kampung kami.
Tote bag 45rb, pouch 20rb, keset 30rb.
Pesan via DM atau datang ke bazar Car Free Day Minggu pagi.
"""),
("post", "hn_job_vacancy", 0, 1, 1, 0, """
LOWONGAN KERJA – Toko Preloved "Sisa Lemari" Depok
Dibutuhkan:
1. Admin live TikTok (perempuan, 18-28 th)
2. Staf sortir & laundry pakaian
Gaji UMR + bonus penjualan, kerja 6 hari
Kirim CV ke email toko, paling lambat akhir bulan
"""),
("post", "hn_travel_food", 0, 0, 0, 0, """
Jalan-jalan ke Gedebage Bandung ✨
Selain terkenal sebagai pasar, sekitar Gedebage ternyata banyak kuliner enak.
Favoritku: seblak ceker di dekat gerbang timur dan es goyobod di seberang masjid.
Kalau bawa anak, mampir ke taman kecil di dekat stadion GBLA.
Parkir motor 3rb, mobil 5rb.
"""),
("post", "hn_travel", 0, 0, 0, 0, """
Trip singkat Batam – Singapura 🚢
Naik ferry dari Pelabuhan Batam Centre, cuma sekitar 1 jam.
Jangan lupa paspor aktif minimal 6 bulan dan isi SG Arrival Card online.
Di sana kami cuma jalan-jalan ke Gardens by the Bay dan makan chicken rice.
Pulangnya ga beli apa-apa, dompet aman 😂
"""),
("post", "hn_fb_group_rules", 0, 1, 1, 1, """
📌 PERATURAN GRUP JUAL BELI FASHION MEDAN
1. Dilarang memposting jualan pakaian bekas impor (monza, bal, karungan, ex Korea/Jepang).
2. Preloved pribadi boleh, wajib foto asli & sebut asal pembelian.
3. No link judi/pinjol.
4. Pelanggar langsung dikeluarkan tanpa peringatan.
Terima kasih, Admin.
"""),
("message", "hn_wa_broadcast_warning", 0, 1, 1, 1, """
Selamat pagi Bapak/Ibu pedagang Pasar Baru,
Diberitahukan bahwa minggu depan akan ada pemeriksaan gabungan terkait penjualan pakaian bekas asal impor.
Pedagang diharap mematuhi aturan dan tidak memajang barang eks bal maupun karung dari luar negeri.
Informasi lebih lanjut hubungi kantor pengelola pasar.
Hormat kami, Pengurus Pasar.
"""),
("post", "hn_swap", 0, 1, 1, 0, """
CLOTHES SWAP PARTY 👗👕
Minggu, 20 Juli, di Taman Kota Bekasi
Bawa maksimal 5 potong pakaian preloved bersih, tukar dengan punya orang lain
Tidak ada jual beli, semuanya tukar
Sisa pakaian akan didonasikan ke panti
Yuk kurangi limbah fashion!
"""),
("post", "hn_denial_local", 1, 1, 1, 0, """
Klarifikasi untuk followers 🙏
Toko kami TIDAK menjual barang bal/impor bekas.
Semua pakaian adalah titipan preloved dari warga sekitar Surabaya, kami cek & cuci satu per satu.
Setiap item ada nama penitip dan asal belinya.
Terima kasih sudah terus dukung usaha kecil kami.
"""),
("article", "hn_research", 0, 1, 1, 1, """
Riset: Mengapa Anak Muda Tetap Memburu Pakaian Bekas Impor
Survei terhadap 400 mahasiswa di Bandung dan Yogyakarta menemukan 58 persen pernah membeli pakaian bekas impor.
Alasan utama adalah harga murah dan merek luar negeri yang sulit didapat.
Hanya 21 persen yang mengetahui bahwa impor pakaian bekas dilarang.
Peneliti menyarankan kampanye edukasi yang lebih dekat dengan bahasa anak muda.
"""),
]
