# (kind, category, offer, used, clothing, abroad, text)
DATA = [
("listing", "famous_word_balpres", 1, 1, 1, 1, """READY BALPRES KOREA 🇰🇷
Isi: jaket & hoodie campur
Berat ±100 kg / bal
Harga 6,5 jt (grade A), 4,8 jt (grade B)
Bisa video call saat bongkar
Kirim seluruh Indonesia dari gudang Bekasi, DM for price list lengkap"""),
("article", "hn_news_raid", 0, 1, 1, 1, """Bareskrim Polri membongkar jaringan penyelundup pakaian bekas yang beroperasi dari Batam ke Jakarta. Dalam operasi di tiga lokasi, polisi menyita 2.300 balpres dan menangkap empat orang.
Modusnya, barang dipindahkan dari kapal besar ke kapal kecil di perairan perbatasan, lalu dikirim ke Jakarta menggunakan kontainer berdokumen palsu.
Para tersangka dijerat pasal berlapis, termasuk UU Kepabeanan."""),
("post", "hn_moderation_guideline", 0, 1, 1, 1, """Daftar kata pemicu tinjauan (untuk tim Trust & Safety):
thrift impor, balpres, ballpress, karungan, cakar, monza, monja, awul-awul, lelong, roma, rombengan, baju Batam, ex-Korea, ex-Jepang, grade A/B per karung.
Kata-kata ini BUKAN alasan otomatis menurunkan konten. Periksa apakah ada penawaran (harga, kontak, toko) dan apakah barangnya bekas dari luar negeri.
Berita, keluhan, dan pertanyaan pembeli tetap dibiarkan."""),
("message", "wa_broadcast", 1, 1, 1, 1, """Assalamualaikum, update toko Bu Neneng 🌸
Hari ini buka karung baru isi blus & tunik dari Jepang, bekas pakai tapi masih rapi
Harga 15rb–35rb
Toko di Pasar Gedebage blok A no. 22
Yang mau dipilihkan lewat video call juga bisa, nanti dikirim pakai JNT"""),
("post", "hn_op_ed_youth", 0, 1, 1, 1, """Generasi saya tumbuh dengan tren thrifting. Kami bangga bisa tampil beda dengan uang sedikit.
Tapi setelah tahu bahwa sebagian besar baju di lapak thrift datang dari karung yang diselundupkan, dan sisa sortirannya jadi sampah di sini, saya mulai bertanya: apakah ini benar-benar gaya hidup berkelanjutan?
Mungkin jawabannya ada pada swap party dan preloved lokal, bukan pada kapal dari luar negeri."""),
("listing", "famous_word_thrift", 1, 1, 1, 1, """THRIFT SHOP KAMI BUKA LAGI 🎉
Barang import second dari Jepang & Amerika
Kemeja, jaket, celana, tas
Mulai 25rb aja
📍 Jl. Margonda Raya 210, Depok (sebelah fotokopi)
Buka 10.00–21.00, juga bisa order via DM"""),
("post", "hn_diary", 0, 1, 1, 0, """Minggu ini aku jual 12 baju lamaku di aplikasi preloved. Semuanya beli di Indonesia, dari Matahari sampai Zara Plaza Senayan.
Rasanya lega lihat lemari lebih longgar. Dapat uang 540 ribu juga, lumayan buat bayar kursus.
Pelajaran: belanja lebih sedikit, rawat lebih lama."""),
("live", "live_announcement", 1, 1, 1, 1, """⏰ NANTI JAM 7 MALAM ⏰
Live spesial bongkar karungan Jepang isi 100% outer!
Trench coat, blazer, cardigan – semua second pilihan
Start 25rb, ada flash sale 5rb tiap 15 menit
Live di akun ini, jangan sampai kelewatan ya bestie 💖"""),
("article", "hn_news_customs", 0, 1, 1, 1, """Bea Cukai Belawan menahan dua kontainer yang diberitahukan berisi "kain perca" dari Korea Selatan. Setelah diperiksa, isinya ternyata pakaian bekas yang sudah dipres dalam ball.
Importir kini diperiksa karena memberikan keterangan palsu dalam dokumen pabean.
Petugas menyebut modus salah pemberitahuan semacam ini semakin sering ditemukan."""),
("listing", "hn_own_preloved", 1, 1, 1, 0, """Preloved koleksi kebaya pribadi 👘
Dijahit di penjahit langganan di Solo, dipakai 1–2 kali untuk wisuda & kondangan.
- Kebaya brokat hijau sage, M – 200rb
- Kebaya kutubaru, L – 150rb
Bukan barang impor, bukan kulakan. Lokasi Solo Baru."""),
("message", "telegram_group_offer", 1, 1, 1, 1, """Info gudang:
sisa 9 karung cakar campur dari Sabah, isi kebanyakan celana & kemeja
per karung 1,8 jt, ambil semua 15 jt
posisi di Makassar, bisa kirim ke Kendari & Palu
PM kalau serius"""),
("post", "hn_report", 0, 1, 1, 1, """Teruntuk tim moderasi marketplace:
Toko "Lapak_Tokyo99" menjual "karung campur ex Jepang 45kg" dengan deskripsi "aman dari razia". Ini jelas pakaian bekas impor.
Saya lampirkan tangkapan layar. Mohon ditinjau, karena saya pedagang konveksi lokal yang harganya kalah jauh."""),
("listing", "multi_line_listing", 1, 1, 1, 1, """📌 JAKET KULIT EROPA – STOK TERBATAS
Merk: campuran (Schott, AllSaints, tanpa merk)
Kondisi: pernah dipakai, kulit lembut, ada retak halus di 2 pcs
Ukuran: M–XL
Harga: 350–700rb
Barang asli dari Belanda & Jerman, ready di Bintaro
Bisa fitting langsung, janjian dulu"""),
("post", "hn_tutorial", 0, 1, 1, 1, """Cara membersihkan baju bekas yang kamu beli di pasar loak supaya aman dipakai:
1) Rendam air panas 60°C minimal 30 menit.
2) Cuci dengan deterjen + disinfektan pakaian.
3) Jemur di bawah matahari langsung.
4) Setrika panas.
Terutama kalau barangnya dari karung kiriman luar negeri yang tidak jelas penyimpanannya."""),
("listing", "famous_word_monza", 1, 1, 1, 1, """MONZA PILIHAN – Pajak Sambu lt. 2 🛍️
Kemeja flanel, jaket jeans, tas kulit
Harga 15–80 ribu
Tiap Jumat barang baru turun
Bisa pesan dari luar Medan, kami kirim pakai Pos"""),
("post", "hn_school_bazaar", 1, 1, 1, 0, """PENSI & BAZAR OSIS SMA 8 🎶
Stand "Lemari Berbagi": seragam bekas, jaket angkatan, sepatu olahraga hasil sumbangan alumni
Harga 5k–25k, semua untuk dana beasiswa adik kelas
Sabtu, 09.00–15.00. Ajak temen & keluarga!"""),
("article", "hn_news_protest", 0, 1, 1, 1, """Pedagang awul-awul di Pasar Sentir, Yogyakarta, melakukan mogok berjualan sehari sebagai bentuk protes atas rencana penertiban.
Mereka menilai pemerintah hanya menyasar pedagang kecil, sementara pemasok besar di pelabuhan tidak tersentuh.
Paguyuban pedagang menyatakan siap berdialog dan meminta pendampingan untuk beralih ke produk lokal."""),
("profile", "seller_bio", 1, 1, 1, 1, """👕 VINTAGE ATLANTIC
kaos band & kaos promo bekas asli USA 80s–00s
setiap item dikurasi, bukan repro
📍 Jakarta Selatan (by appointment)
🌐 katalog lengkap di web kami"""),
("review", "hn_review_no_seller", 0, 1, 1, 1, """Sudah 5 kali beli paket "karung Jepang" buat jualan lagi. Hasilnya naik turun: kadang 70% layak, kadang cuma 40%.
Sekarang aku berhenti karena sadar itu melanggar larangan impor dan risikonya besar.
Buat yang masih mikir mau mulai, mending pikir ulang. Review ini tanpa menyebut penjual."""),
("listing", "evasive_spacing", 1, 1, 1, 1, """c e l a n a   j e a n s
s-e-k-e-n   a-m-e-r-i-k-a
W29–W36, 50k an
stok banyak, ambil 10 bonus 1
COD Tangerang Kota / kirim
foto real di highlight "JEANS" ya"""),
("post", "hn_charity_bazaar", 1, 1, 1, 0, """Bazar Natal Gereja St. Yosef 🎄
Pakaian bekas layak pakai sumbangan umat, harga mulai 3 ribu
Juga tersedia kue kering dan tanaman hias
Hasil bazar untuk program beasiswa anak asuh
Minggu, 15 Desember, setelah misa kedua"""),
("message", "reseller_recruit", 1, 1, 1, 1, """Halo Kak 👋 kami distributor thrift import tangan pertama.
Cari reseller di Jawa Tengah & DIY.
Modal awal 2 juta dapat 1 karung (±80 pcs) campur Korea/Jepang
Kami bantu foto & strategi jualan. Chat kami ya kalau tertarik!"""),
("article", "hn_official_statement", 0, 1, 1, 1, """SURAT EDARAN
Kepada seluruh pengelola pasar di lingkungan Perumda Pasar Jaya
Sehubungan dengan larangan impor pakaian bekas, pengelola pasar diminta:
1. Mendata kios yang menjual pakaian bekas asal impor.
2. Tidak menerbitkan izin sewa baru untuk usaha sejenis.
3. Berkoordinasi dengan Dinas PPKUKM untuk program peralihan usaha.
Demikian untuk dilaksanakan."""),
("post", "tiktok_caption_offer", 1, 1, 1, 1, """pov: kamu nemu Burberry asli di tumpukan 😱
trench coat bekas dari London, cuma 250rb
masih ada 3 lagi di etalase, siapa cepat
order lewat link di bio ya, kirim dari Jakarta
#burberry #secondlondon #luxuryfind #fypシ #outfitinspo"""),
("post", "hn_joke_meme", 0, 1, 1, 1, """Nyokap: "Baju bekas orang kok dibeli?"
Gue: "Ini vintage, Ma, dari Jepang."
Nyokap: "Bau lemari nenek gitu kok vintage."
Gue: 🧍
#thriftproblems #relate #anakjaksel"""),
("listing", "hn_other_goods_bale", 1, 1, 0, 0, """Terima & jual kertas HVS bekas kantor per bal
Bal press ±80 kg
Harga beli 2.800/kg, harga jual ke pabrik 3.400/kg
Wilayah Jakarta Timur, bisa jemput
Pengepul Berkah Jaya"""),
("comment", "thread_reply_offer", 1, 1, 1, 1, """@nanaaa_ iya kak yang hoodie abu masih, itu kiriman Seoul, kondisi bekas tapi gak ada cacat.
80rb ya, bisa dikirim besok pagi.
Sekalian lihat yang kemeja oversized di post sebelumnya, ada diskon kalau ambil 2 🙏"""),
("article", "hn_news_interview", 0, 1, 1, 1, """Nurhayati (55) sudah 20 tahun berjualan rombengan di Pasar Gembong, Surabaya. Ia mengaku kini lebih banyak menjual pakaian bekas titipan warga sekitar.
"Dulu barang datang dari Batam, sekarang susah dan mahal," katanya.
Menurutnya, pembeli tetap ada, terutama buruh dan mahasiswa yang mencari jaket murah."""),
("listing", "plain_offer_country", 1, 1, 1, 1, """Gaun anak bekas pakai dari Australia 👗
Merk Cotton On Kids, Seed, dll
Usia 2–8 tahun, 25rb–60rb
Kondisi bersih, ada yang masih kaku kayak baru
Kirim dari Denpasar"""),
("post", "hn_upcycle_story", 1, 1, 1, 0, """Kenalan dengan @jahitulang.studio 🪡
Kami menerima baju bekasmu sendiri untuk diubah jadi model baru: kemeja jadi crop, celana jadi rok, dress jadi tote.
Biaya jasa mulai 50rb.
Kami tidak menjual stok kulakan, hanya jasa rework barang milik pelanggan."""),
("message", "wa_group_offer", 1, 1, 1, 1, """Mbak2 grup kos, aku bawa koper isi baju seken dari Taiwan titipan temenku yg kerja di sana
blus, celana kulot, sweater, 20–50rb
aku taruh di ruang tamu kos ya, silakan pilih
bayar transfer aja biar gampang"""),
("post", "hn_job_vacancy", 0, 0, 1, 0, """We're hiring! 🧵
Brand lokal "Rajut Senja" (Yogyakarta) membuka lowongan:
• Desainer knitwear (style vintage/thrift look)
• Quality control produksi
Semua produk kami baru dan dibuat di Indonesia. Kirim portofolio lewat email sebelum akhir bulan."""),
("listing", "port_route_offer", 1, 1, 1, 1, """Info kiriman:
Kapal barang Tanjungbalai – Port Klang PP tiap 10 hari
Yang mau titip ambil pakaian second dari gudang Klang bisa bareng kami
Ongkos per koli 250rb sampai Tanjungbalai
Bisa sekalian kami jualkan di Kisaran"""),
("post", "hn_opinion_thread", 0, 1, 1, 1, """🧵 Soal larangan baju bekas impor, aku mau kasih perspektif lain:
1. Produk lokal kalah bukan cuma karena baju bekas, tapi juga banjir impor baru yang murah.
2. Pedagang di Senen dan Gedebage sudah lama jadi bagian ekonomi kota.
3. Penegakan yang hanya razia pasar tidak menyentuh jaringan di pelabuhan.
Jadi, aturannya perlu, tapi caranya harus lebih adil."""),
("listing", "famous_word_awul", 1, 1, 1, 1, """AWUL-AWUL SEMBILAN RIBUAN 😆
Kaos, kemeja, celana – kiriman Hongkong
Sak tumpuk ambil sesukamu, semua 9rb!
Lapak di Jl. Parangtritis km 3,5 Bantul, buka Sabtu–Minggu
Nggak usah bawa pacar biar fokus milih"""),
("comment", "hn_buyer_question", 0, 1, 1, 1, """Numpang tanya ya, di Palembang ada yang tau lokasi jual baju bekas dari luar negeri? Katanya dulu di Pasar 16 Ilir lantai atas.
Aku mau survei buat tugas kuliah soal dampak larangan impor, bukan buat beli."""),
("listing", "hn_new_import", 1, 0, 1, 1, """Barang baru impor Thailand 🇹🇭
Kaos oversize motif gajah, bahan katun
Grosir per kodi 800rb, ecer 45rb
Dokumen lengkap, bukan barang bekas
Toko di Pasar Atom Surabaya"""),
("post", "creator_haul_shop", 1, 1, 1, 1, """Nemu harta karun di Pasar Baru lantai 4 ✨
Cardigan Uniqlo Jepang (25rb), coat wol Korea (90rb), dan sepatu Dr. Martens bekas (200rb)!
Kiosnya "Mamah Ela" nomor 48, bilang aja tau dari video ini 😉
#pasarbaruhunt #secondjepang #cardigan"""),
("review", "hn_review_market", 0, 1, 1, 1, """Pasar Senen Blok III setelah razia: masih ada beberapa kios yang buka, tapi jauh lebih sepi.
Harga jaket bekas dari luar negeri naik jadi 80–200rb.
Buat yang cuma mau lihat-lihat dan nostalgia masih oke. Toilet kurang bersih. 3/5."""),
("listing", "leet_spelling", 1, 1, 1, 1, """k3m3j4 fl4n3l 3x USA
s3k3n, t3b4l, w4rn4 m3r4h-h1t4m
40k / 3 pcs 100k
r34dy P4s4r S3n3n bl0k 3
j4ng4n t4ny4 h4rg4 d1 k0m3n ya
DM aja, fast resp pagi–sore"""),
("article", "hn_news_economy", 0, 1, 1, 1, """Kenaikan harga pakaian bekas di pasar-pasar tradisional pascalarangan menunjukkan bahwa pasokan memang menyusut, kata seorang peneliti INDEF.
Namun ia mencatat permintaan tidak hilang, melainkan berpindah ke penjualan online yang lebih sulit diawasi.
Ia menyarankan kerja sama pemerintah dan platform digital untuk mendeteksi iklan pakaian bekas impor."""),
("listing", "hn_used_vehicle", 1, 1, 0, 1, """Yamaha Serow 225 bekas, unit eks Jepang
Motor trail legendaris, tahun 1999, rakitan Jepang
Surat lengkap (bea balik nama sudah)
Harga 28 jt, Malang
Bisa test ride"""),
("message", "wholesale_ton", 1, 1, 1, 1, """Bos, ini daftar stok bulan ini:
- 8 ton campuran Korea (outer 40%, kaos 30%, celana 30%)
- 4 ton sepatu Jepang
- 2 ton tas Eropa
Semua tangan kedua, gudang di Dumai
Harga spesial untuk pelanggan lama, hubungi nomor biasa"""),
("post", "hn_statement_platform", 0, 1, 1, 1, """Pengumuman dari tim platform 📢
Mulai 1 Juli, kami akan menurunkan listing yang menawarkan pakaian bekas impor, termasuk yang memakai istilah "second Korea", "per karung", atau "kiriman Batam".
Penjual preloved pribadi tidak terdampak selama barangnya tidak berasal dari impor.
Pertanyaan dapat diajukan melalui Pusat Bantuan."""),
]
