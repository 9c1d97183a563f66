RECS = [
("listing","multiline_listing",1,1,1,1,"""JAKET WINDBREAKER JEPANG (seken, kondisi 8,5/10)
Merk: Mizuno
LD 58 / PJ 69 / lengan 60
Minus: noda samar di manset kiri (lihat foto 4)
Harga 95rb, belum ongkir
Pengiriman dari Bekasi tiap Senin & Kamis, J&T / SiCepat"""),
("post","seller_story_offer",1,1,1,1,"""Tahun 2019 aku cuma pegawai minimarket, gaji pas-pasan.
Iseng ikut temen ke gudang di Tanjungpinang, liat orang sortir kemeja dari koli Korea, dari situ mulai kepikiran.
Sekarang udah 5 tahun, dari satu meja lipat jadi satu ruko kecil.
Makasih buat semua pelanggan yang sabar nunggu paket.
Minggu ini ada 2 koli baru, kemeja & celana kain, yang mau dikirimin list foto tinggal chat 0812xxxx ya 🙏"""),
("post","buyer_story_mention_seller",0,1,1,1,"""Cerita dikit soal jaket ini.
Aku nemu di lapak pinggir jalan deket Pasar Senen, penjualnya bapak2 yang katanya udah dagang dari 90-an.
Jaketnya seken Jepang, wol, bau gudang banget waktu dibeli. Aku rendam 2 hari, jemur, sekarang wangi.
Harganya 70rb, nawar dari 120.
Ga tau bapaknya masih di situ apa nggak, soalnya pas aku lewat lagi lapaknya kosong."""),
("article","news_feature_vendor",0,1,1,1,"""BANDUNG — Siang itu deretan kios di Pasar Gedebage tampak lebih sepi dari biasanya.
Rohman (bukan nama sebenarnya), 41 tahun, duduk di antara tumpukan jaket yang ia sebut "barang Korea". Ia mengaku pasokan dari pemasok di Jakarta tersendat sejak awal bulan.
"Dulu seminggu bisa datang lima karung, sekarang satu pun susah," katanya.
Pemerintah menegaskan bahwa impor pakaian bekas tetap dilarang. Sejumlah pedagang berharap ada masa transisi agar mereka bisa beralih ke produk lokal."""),
("post","forum_thread_voices",0,1,1,1,"""[Thread] Koli Jepang vs koli Korea, mending mana buat dipake sendiri?
> user_raka: Jepang ukurannya kecil2, cocok badan kita. Korea lebih trendi.
> mbak_tia: aku pernah ikut patungan koli Korea sama temen kos, isinya 60% kepake, sisanya dikasih ke tetangga
> si_jono: kalian sadar ga sih ini barang yang dilarang masuk? wkwk
> user_raka: sadar bro, makanya cuma nanya, ga jualan
Mod: thread ini dikunci, dilarang promosi lapak di sini."""),
("post","store_announcement",1,1,1,1,"""📢 PENGUMUMAN TOKO
Mulai 1 Juni kami pindah dari los B ke los D no. 7, masih di Pajak Melati lantai bawah.
Jam buka tetap 08.00–17.30, Jumat tutup jam 11–13.
Stok kemeja & jaket luar negeri seken tetap masuk tiap Rabu.
Terima kasih pelanggan setia, sampai jumpa di tempat baru!"""),
("post","complaint_quote_ad",0,1,1,1,"""Mau sharing pengalaman kurang enak.
Bulan lalu aku lihat iklan di FB: "Koli campur Korea 25kg, isi jaket & hoodie grade A, harga 1,2jt, kirim dari Batam." 
Aku transfer setengah dulu. Yang dateng malah 25kg kaos tipis sobek-sobek, banyak yang bernoda.
Pas aku komplain, adminnya bilang "namanya juga untung-untungan kak".
Udah kulaporin ke marketplace-nya. Buat yang mau coba-coba, mending pikir ulang deh."""),
("review","blog_review_no_seller",0,1,1,1,"""Review Jujur: 3 Bulan Pakai Kemeja Linen Bekas Jepang
Aku beli kemeja ini di pasar loak waktu liburan, penjualnya aku juga lupa yang mana.
Kelebihan: bahannya adem, jahitan kerah masih kuat, warnanya cuma pudar sedikit.
Kekurangan: kancing kedua sempat copot, dan ukurannya agak sempit di bahu.
Skor: 7,5/10. Kalau kalian nemu yang mirip di pasar, cek bagian ketiak dulu sebelum bayar."""),
("message","wa_broadcast",1,1,1,1,"""Selamat pagi kakak-kakak reseller 🙏
Info stok hari ini dari gudang Cikarang:
- Sweater rajut ex Jepang 40 pcs @35rb
- Jeans US campur 25 pcs @45rb
- Coat panjang Korea 12 pcs @80rb
Pemesanan ditutup jam 15.00, kirim sore via kargo. Balas format: NAMA#BARANG#JUMLAH"""),
("live","live_script",1,1,1,1,"""Halo halo yang baru masuk, selamat malam!
Ini kita lagi bongkar karung dari Korea ya, isinya kebanyakan jaket bomber sama parka.
Yang ini nomor 12, parka hijau army, lingkar dada 60, mulus. Enam puluh lima ribu aja.
Yang mau, ketik "12 ambil". Jangan lupa checkout di keranjang kuning maksimal jam 12 malam."""),
("post","hn_new_thrift_style_shop",1,0,1,0,"""Banyak yang DM nanya: "ini barang bekas ya kak?"
Bukan ya 😊 Semua kemeja di toko kami jahitan baru, kainnya kami pilih yang motif retro biar kesannya kayak hasil berburu di pasar.
Diproduksi di Cigondewah, dijahit penjahit rumahan.
Koleksi 'Retro Senja' restock hari Jumat, size S–XXL."""),
("post","hn_own_preloved_story",1,1,1,0,"""Declutter lemari sebelum pindah ke Balikpapan.
Semua barang ini punyaku sendiri, dibeli di mall Jakarta dan beberapa dari brand lokal, bukan barang impor bekas ya.
1. Blazer hitam, 2x pakai, 120rb
2. Rok plisket krem, 60rb
3. Sepatu flat, 80rb
Preloved, harga nett, ambil di Tebet atau kirim."""),
("article","news_seizure_long",0,1,1,1,"""Petugas gabungan menggagalkan masuknya 312 koli pakaian bekas di perairan dekat Tanjungbalai Asahan, Sumatera Utara.
Barang yang diduga berasal dari Port Klang, Malaysia itu diangkut menggunakan kapal kayu tanpa dokumen.
Menurut keterangan petugas, pakaian tersebut rencananya akan didistribusikan ke sejumlah pasar di Medan dan Pekanbaru.
Dua awak kapal kini diperiksa. Seluruh barang bukti akan dimusnahkan sesuai ketentuan."""),
("post","tutorial_long",0,1,1,1,"""Cara aku nyuci jaket seken dari Jepang yang baru dibeli di pasar:
1. Kebas dulu di luar rumah, jangan langsung masuk kamar.
2. Rendam air panas (bukan mendidih) + deterjen + sedikit pemutih khusus warna, 3–4 jam.
3. Sikat bagian kerah dan ketiak.
4. Bilas 3x, terakhir pakai pewangi.
5. Jemur di bawah matahari langsung, dibalik.
Kalau masih bau, ulangi langkah 2. Jangan pernah langsung dipakai ya."""),
("post","buyer_haul_names_shop",1,1,1,1,"""HAUL SABTU 🛍️
Hari ini aku mampir ke @gudang.sakura.2nd yang di Cibubur, tempatnya enak, barangnya ditata per ukuran.
Dapet: kemeja oxford Jepang 35rb, cardigan 40rb, celana wol 45rb.
Recommended banget buat kalian yang suka seken Jepang, bilang aja tau dari aku pasti dilayanin ramah hehe."""),
("post","hypothetical_seller_plan",0,1,1,1,"""Lagi mikir-mikir nih.
Temenku nawarin ikut patungan ambil koli dari Batam, katanya bisa dijual lagi di kampus, untungnya lumayan.
Tapi aku baca aturannya, baju seken dari luar negeri itu dilarang masuk. Takut juga kalau kena razia.
Jadi sampai sekarang belum aku iyain. Ada yang pernah di posisi ini?"""),
("comment","thread_reply_seller",1,1,1,1,"""@dinaaa_ aku ada kak, hoodie ex Korea ukuran M warna abu, kondisi mulus.
Cek story highlight "HOODIE" ya, nomor 8. 55rb aja.
Kalau jadi langsung DM alamat, kirim besok pagi."""),
("post","over_sale_story",0,1,1,1,"""Tiga tahun aku jualan jaket second Korea di marketplace.
Awalnya seru, orderan lancar, tiap minggu bongkar karung di garasi rumah.
Tapi pas akun kena takedown dua kali dan supplier di Batam ketangkep, aku putusin berhenti.
Sekarang aku kerja kantoran lagi. Stok terakhir udah aku kasih ke saudara, ga ada yang dijual lagi."""),
("post","opinion_blog",0,1,1,1,"""Opini: Kenapa Larangan Baju Bekas Impor Terasa Setengah Hati
Setiap kali razia, yang terkena selalu pedagang kecil di Senen atau Gedebage. Sementara kapal-kapal dari Malaysia tetap bisa merapat di pelabuhan kecil.
Kalau pemerintah serius, pengawasan harus dimulai dari hulu, bukan dari lapak ibu-ibu yang menjual 10 kemeja sehari.
Di sisi lain, konsumen juga perlu paham bahwa produk lokal kehilangan pasar karena barang ini."""),
("post","reseller_recruitment_long",1,1,1,1,"""Lowongan jadi mitra reseller 💼
Kami distributor kemeja dan celana second asal Jepang & Korea, gudang di Medan.
Keuntungan:
✅ harga tangan pertama
✅ bisa ambil eceran min 10 pcs
✅ foto produk disediakan
Pendaftaran gratis, cukup isi form di link bio atau chat admin 0813xxxx."""),
("post","hn_charity_bazaar",1,1,1,0,"""BAZAR AMAL GEREJA ST. YOSEF 🧺
Minggu, 14 Juli, halaman gereja, jam 08.00–12.00
Menjual baju bekas layak pakai hasil sumbangan jemaat, mainan, dan buku.
Semua hasil penjualan untuk biaya sekolah anak asuh.
Harga mulai 3rb. Bawa tas belanja sendiri ya!"""),
("post","hn_rice_per_karung",1,0,0,0,"""Info buat warung-warung sekitar Cianjur:
Beras pandan wangi panen baru sudah ready, dikemas per karung 25kg dan 50kg.
Bisa antar pakai pick up, min 5 karung.
Harga menyesuaikan, tanya aja ke Pak Ujang 0812xxxx. Bukan beras impor, hasil sawah sendiri."""),
("message","chat_seller_answer",1,1,1,1,"""Pembeli: kak, ini jaket corduroy beneran dari Jepang?
Penjual: iya kak, dari koli Jepang yang saya bongkar minggu lalu. Label masih ada, bisa saya fotoin.
Pembeli: ada minus?
Penjual: ada bekas jahitan kecil di lengan, udah saya foto di slide terakhir. Harga 85, bisa jadi 80 kalau ambil hari ini."""),
("post","buyer_question_long",0,1,1,1,"""Mau nanya ke yang lebih paham 🙏
Aku baru pindah ke Pontianak, katanya ada baju lelong dari Malaysia yang murah.
Biasanya di pasar mana ya? Dan kalau mau beli buat dipakai sendiri, ada risiko apa?
Bukan mau jualan kok, cuma penasaran karena temen kantor banyak yang pake."""),
("post","parent_warning_long",0,1,1,1,"""Pesan Mama di grup keluarga pagi ini:
"Nak, Mama liat kamu sering beli baju dari karung Korea di pasar. Tolong dicuci air panas dulu, jangan langsung dipakai. Tetangga kita ada yang gatal-gatal seminggu gara-gara jaket bekas."
Iya Ma, udah aku rendam kok 😅"""),
("post","job_vacancy_long",0,1,1,1,"""DICARI: 3 orang penyortir pakaian
Lokasi: gudang di kawasan Tanjung Priok
Tugas: membuka karung kiriman dari seberang, memilah kemeja/jaket/celana per grade
Syarat: pria/wanita, 18–35 th, tahan debu
Gaji mingguan + makan siang. Lamaran via WA 0857xxxx (chat saja, tidak terima telepon)"""),
("listing","wholesale_grade_table",1,1,1,1,"""PRICE LIST GROSIR (per karung ±45kg)
Korea campur grade A … 4,2jt
Korea campur grade B … 3,1jt
Jepang kemeja pria … 4,8jt
Jepang jaket musim dingin … 5,5jt
Ambil di gudang Pekanbaru, bisa kirim kargo ke Jawa. DP 30%, sisanya sebelum muat."""),
("post","joke_long",0,1,1,1,"""Tingkatan pemburu baju seken impor:
Level 1: "cuma liat-liat kok"
Level 2: tau beda goni Jepang dan Korea dari baunya
Level 3: hafal jadwal bongkar di Senen
Level 4: pacarnya ngira dia kerja di gudang ekspedisi
Level 5: lemarinya udah ga bisa ditutup
Kalian level berapa? 😂"""),
("post","researcher_note_long",0,1,1,1,"""Catatan penelitian, Pasar Kebon Kalapa, Bogor.
Hari ini saya mewawancarai empat pedagang. Tiga mengaku barangnya datang dalam karung dari Jakarta, satu menyebut Batam.
Semua informan menyatakan tahu tentang larangan impor, tetapi berpendapat yang dilarang hanya pengimpornya.
Rata-rata harga jaket di tingkat eceran Rp40–90 ribu. Perlu dicek silang dengan data razia 2023."""),
("comment","seller_reply_to_complaint",1,1,1,1,"""Mohon maaf kak atas kendalanya 🙏 untuk celana ex Jepang yang robek di jahitan, kami ganti dengan yang baru dibongkar ya.
Silakan pilih di katalog minggu ini (link di bio), ongkir kirim balik kami tanggung.
Terima kasih sudah belanja di toko kami."""),
("post","hn_phone_used_import",1,1,0,1,"""Ready iPhone 12 Pro second ex Singapura
Kondisi: 92% BH, layar mulus, ada lecet halus di frame
Kelengkapan: unit + kabel
Harga 6,8jt nego halus. COD area Batam Center, luar kota kirim ekspedisi dengan asuransi."""),
("post","stall_directions_long",1,1,1,1,"""Yang nanya lokasi, ini ya:
Masuk Pasar Butung dari pintu samping dekat masjid, naik tangga ke lantai 2, belok kiri.
Lapak kami nomor 47, ada spanduk kuning "Daeng Baju Korea".
Buka jam 8 sampai magrib, Minggu juga buka. Kemeja & celana seken Korea mulai 20 ribu."""),
("article","official_guideline",0,1,1,1,"""Pedoman Moderasi Konten (ringkas)
Konten berikut tidak diperbolehkan: penawaran pakaian bekas yang berasal dari luar negeri, termasuk yang memakai istilah koli, karung, goni, "ex Jepang", "ex Korea", atau nama pasar tertentu sebagai kode.
Konten yang diperbolehkan: berita, diskusi, ulasan tanpa penjual, serta penjualan barang bekas pribadi yang dibeli di dalam negeri."""),
("post","buyer_haul_with_shop_negative",0,1,1,1,"""Jujur kecewa sama belanja kemarin.
Aku beli 5 kemeja ex Jepang dari kios Bang Oji di Kebon Kalapa, pas di rumah baru ketahuan 2 ada bolong di punggung.
Bukan salah siapa-siapa sih, aku yang kurang teliti. Tapi buat pelajaran aja: periksa di bawah lampu, jangan buru-buru."""),
("live","live_closing",1,1,1,1,"""Oke teman-teman, live hari ini kita tutup ya.
Makasih yang udah borong jaket Jepang secondnya, total 57 pcs laku.
Yang belum bayar, invoice udah aku kirim. Besok malam kita lanjut bongkar karung Korea, isinya katanya banyak coat.
Sampai jumpa jam 8 ya!"""),
("post","buyer_diary_trip_regional",0,1,1,1,"""Pulang kampung ke Makassar, wajib mampir Pasar Cakar Toddopuli.
Dulu waktu SMA sering ke sini sama sepupu, sekarang bawa anak.
Anakku dapat jaket jeans seken Korea, aku dapat rok lipit. Total belanja cuma 70 ribu.
Abis itu makan coto di dekat pasar. Nostalgia tipis-tipis 🥹"""),
("post","vendor_interview_ban",0,1,1,1,"""Dalam wawancara dengan radio lokal, seorang pedagang di Pasar Tungging Lampung mengatakan sudah 15 tahun menjual pakaian dari karung impor.
Ia meminta pemerintah memberi pelatihan jika pedagang diminta beralih ke produk lokal.
"Kami ini cuma cari makan," ujarnya. Dinas terkait berjanji akan mendata pedagang yang terdampak."""),
("comment","seller_reply_regional_sunda",1,1,1,1,"""Aya keneh teh, jaket urut Korea nu beureum, ukuran L.
Ngan aya noda saeutik dina saku, tos difoto.
Harga 60, tiasa dikirim ka Garut isukan. Mangga WA atuh."""),
("post","hn_upcycle_workshop",1,1,1,0,"""Workshop Upcycle Denim 🧵
Bawa jeans bekas kamu sendiri dari lemari, kita ubah jadi tote bag atau apron.
Sabtu 10.00 di Ruang Kreatif Malang, HTM 75rb sudah termasuk benang & alat.
Bukan jualan baju bekas ya, ini kelas keterampilan. Kuota 20 orang."""),
("post","scam_warning_long",0,1,1,1,"""⚠️ HATI-HATI PENIPUAN ⚠️
Ada akun IG yang pakai foto gudang orang lain, ngaku supplier goni Jepang di Dumai.
Modusnya: kasih harga murah banget (karung 50kg cuma 900rb), minta DP 50%, terus ngilang.
Teman saya sudah jadi korban 1,5 juta. Sudah dilaporkan ke polisi siber.
Tolong share biar ga ada korban lagi."""),
("post","forum_thread_seller_sneaks",1,1,1,1,"""Thread: Pasar thrift di Surabaya yang masih buka?
- adit99: Gembong masih ada sih tapi sepi
- rina.sby: Pasar Turi kayaknya udah jarang
- lapakmas_bram: kak aku ada lapak online, isinya kemeja seken Jepang langsung dari Tanjungperak, cek IG @bram.kemeja2nd ya 🙏
- adit99: yah jualan 🙄"""),
("post","hn_new_import_store",1,0,1,1,"""Grand opening toko kami di Mangga Dua!
Semua barang BARU impor dari Guangzhou dan Bangkok: dress, kemeja, celana kulot.
Ada label dan plastik, bukan barang bekas/seken.
Diskon 20% sampai akhir bulan."""),
("post","memory_long",0,1,1,1,"""Tiba-tiba keingetan almarhum Bapak.
Setiap awal musim hujan, beliau ngajak aku naik angkot ke Pasar Senen buat nyari jaket "yang dari luar".
Katanya jaket Jepang lebih tahan hujan dibanding yang di toko. Aku masih nyimpen satu, parka biru, kebesaran banget waktu itu.
Sekarang udah pas di badan. Kangen, Pak."""),
]
