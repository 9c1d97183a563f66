# Batch 4: more legal records (guidelines, studies, local trade, ordinary), plus one offer
R = [
("article", "hn_guideline", (0, 1, 1, 1), """Pedoman Komunitas: Penjualan Pakaian Bekas
Kami tidak mengizinkan konten yang menawarkan pakaian bekas yang diimpor dari luar negeri, termasuk penjualan per bal, karung, atau koli.
Penjualan pakaian bekas milik pribadi atau hasil donasi lokal tetap diperbolehkan, selama tidak menyebut asal impor.
Contoh yang dilarang: "bal Korea grade A ready, reseller welcome".
Akun yang berulang kali melanggar dapat dibatasi atau dinonaktifkan."""),
("article", "hn_study", (0, 1, 1, 1), """Abstrak — Penelitian ini mengkaji persepsi konsumen muda terhadap pakaian bekas impor di Kota Malang.
Data dikumpulkan melalui kuesioner kepada 212 mahasiswa yang pernah membeli baju thrift dalam satu tahun terakhir.
Hasil menunjukkan harga dan merek menjadi alasan utama pembelian, sedangkan pengetahuan tentang larangan impor masih rendah (hanya 31% responden).
Penelitian merekomendasikan sosialisasi aturan yang lebih luas melalui media sosial."""),
("post", "hn_campaign", (0, 1, 1, 1), """#BanggaBuatanIndonesia 🇮🇩
Setiap karung baju bekas impor yang masuk diam-diam adalah pesanan yang hilang dari penjahit di kampung kita.
Yuk mulai lirik konveksi dan brand lokal, banyak yang harganya juga terjangkau.
Kalau mau hemat dan ramah lingkungan, tukar atau beli baju bekas dari teman dan tetangga sendiri.
Bagikan kalau kamu setuju!"""),
("post", "hn_seller_stopped", (0, 1, 1, 1), """Pengumuman untuk pelanggan setia 🙏
Mulai bulan ini toko kami berhenti menjual baju bekas impor dari bal, sesuai aturan pemerintah.
Sisa stok sudah habis minggu lalu dan kami tidak akan restock karungan lagi.
Ke depan kami fokus jual kaos sablon produksi sendiri, nanti kami kabari launching-nya.
Terima kasih sudah mendukung selama 6 tahun ini."""),
("post", "hn_domestic_secondhand", (1, 1, 1, 0), """Buka lapak baju bekas di garasi rumah hari Minggu ini 🏠
Semua dari lemari keluarga kami sendiri: baju anak, seragam SD, kemeja bapak, kebaya ibu
Bukan barang impor dan bukan dari karung ya, jadi jumlahnya terbatas
Harga 5-30rb, yang penting lemari lega
Alamat Perum Griya Asri blok F no 9, Sleman"""),
("post", "hn_local_upcycle", (1, 1, 1, 0), """Tote bag upcycle dari celana jeans bekas 👖➡️👜
Jeansnya kami kumpulkan dari donasi teman-teman di Yogyakarta, dicuci, lalu dijahit ulang oleh ibu-ibu binaan di Bantul
Setiap tas unik, tidak ada yang sama
Harga 85rb, 10% hasil penjualan untuk kelas menjahit gratis
Pesan lewat DM atau Shopee: jeansbaruhidup"""),
("listing", "hn_factory_reject", (1, 0, 1, 0), """Kaos Polos Reject Pabrik Garmen Semarang, Grosir per Kodi
Cacat ringan: jahitan miring sedikit, sablon tipis, atau salah ukuran label
Barang BARU, belum pernah dipakai, bukan bekas
Harga 250rb per kodi (20 pcs) campur warna
Cocok buat kaos kerja bakti atau seragam acara"""),
("listing", "hn_sisa_ekspor", (1, 0, 1, 0), """Celana Chino Sisa Ekspor Produksi Bandung
Baju baru dengan tag, dibuat di pabrik lokal untuk pasar Eropa, sisanya dijual di dalam negeri
Ukuran 28-38, warna khaki, olive, navy
Harga 95rb, beli 3 cuma 260rb
Bukan barang thrift, bukan bekas ya kak"""),
("post", "hn_trip", (0, 0, 0, 0), """Trip ke Seoul kemarin seru banget 🇰🇷
Sempat mampir ke Dongmyo flea market, banyak kakek-kakek jualan barang antik dan piringan hitam
Aku gak beli apa-apa sih, cuma foto-foto dan jajan hotteok
Next time mau ke Busan, ada rekomendasi tempat makan?
Btw koperku balik tetap kosong wkwk"""),
("post", "hn_ordinary", (0, 0, 1, 0), """Ootd hari ini simple aja: kemeja putih, celana bahan hitam, sepatu loafers 🤍
Kemejanya dari brand lokal favoritku, jahitannya rapi dan adem dipakai seharian
Lagi belajar gaya minimalis biar gak bingung tiap pagi
Kalian tim warna netral atau tim warna terang?"""),
("post", "hn_ordinary", (0, 0, 0, 0), """Hari ini cuaca Jakarta panas banget, 35 derajat di aplikasi tapi rasanya kayak 40 😮‍💨
Rencana ke pasar ditunda sampai sore
Sambil nunggu, bikin es teh manis dulu
Semoga kalian semua tetap terhidrasi ya"""),
("comment", "hn_buyer_question", (0, 1, 1, 1), """Kak, mau tanya dong, ini beneran bekas impor Jepang atau cuma diaku-aku aja?
Soalnya aku pernah beli di toko lain katanya "ex Jepang" tapi labelnya tulisan Cina semua 😅
Terus ukurannya gimana, apa lebih kecil dari ukuran Indo?
Belum mau order, mau tanya-tanya dulu"""),
("post", "hn_news_market", (0, 1, 1, 1), """Pedagang cakar di Makassar mengeluhkan penurunan pembeli sejak razia pakaian bekas impor kembali digencarkan.
Seorang pedagang di Pasar Toddopuli mengatakan ia kini hanya menjual sisa stok lama yang dibelinya tahun lalu.
Ia berharap pemerintah memberi solusi seperti bantuan modal untuk beralih ke produk lokal.
Dinas Perdagangan setempat menyebut akan mendata pedagang terdampak dalam waktu dekat."""),
("article", "hn_explainer", (0, 1, 1, 1), """Apa Bedanya Thrifting Legal dan Ilegal?
Membeli dan menjual pakaian bekas itu sendiri tidak dilarang. Yang dilarang adalah pakaian bekas yang berasal dari impor.
Jadi, baju bekas dari lemari sendiri, dari tetangga, atau dari bazar sekolah boleh diperjualbelikan.
Sebaliknya, baju bekas yang datang dalam bentuk bal atau karung dari Korea, Jepang, atau negara lain masuk kategori barang dilarang impor.
Kalau ragu, tanyakan asal barang kepada penjual sebelum membeli."""),
("post", "hn_korea_new", (1, 0, 1, 1), """Grosir Baju Korea Impor Baru Guangzhou 🧥
Bukan thrift, bukan bekas: semua baru dengan label, diimpor resmi dengan dokumen lengkap
Model kekinian, restock tiap minggu di Tanah Abang Blok A lantai 5
Minimal ambil 3 seri, harga khusus reseller
Chat admin 0812xxxx"""),
("listing", "hn_new_shoes_import", (1, 0, 1, 1), """Sepatu Running Asics Gel Original Impor Vietnam BNWT
Brand new with box, tag masih menempel
Size 40-44, warna hitam-putih
Garansi uang kembali kalau tidak ori
Harga 1,1jt, bisa cicilan 0% di marketplace"""),
("post", "hn_hay_bale", (1, 0, 0, 1), """Rumput Alfalfa Impor Amerika per Bal untuk Kelinci & Kuda 🐇
1 bal ±25 kg, kering dan harum, tidak berdebu
Dokumen karantina lengkap
Harga 650rb per bal, bisa repack 1 kg buat pemilik kelinci rumahan
Toko kami di Cibubur, kirim ke seluruh Jabodetabek"""),
("listing", "hn_rice_bal", (1, 0, 0, 0), """Beras Pandan Wangi Cianjur per Bal (5 x 10 kg)
Panen baru, pulen dan wangi
Harga 680rb per bal, gratis antar area Cianjur kota
Melayani rumah makan dan warung
Hubungi Bu Eti 0813xxxx"""),
("post", "hn_cardboard", (1, 1, 0, 0), """Terima dan jual kardus bekas per kilo 📦
Kardus bekas pindahan, bekas minimarket, semua diterima asal kering
Kami juga jual karung plastik bekas untuk wadah sampah
Harga beli 2.500/kg, harga jual tanya langsung
Lapak rongsok Pak Min, dekat terminal Kampung Rambutan"""),
("post", "hn_preloved_bag_own", (1, 1, 1, 0), """Preloved tas kerja pribadi, mau ganti gaya 👜
Charles & Keith hitam, beli di Grand Indonesia tahun 2022, dipakai kantor setahun
Sudut agak aus, bagian dalam bersih
Harga 250rb, kelengkapan dustbag
Bisa ketemu di MRT Blok M"""),
("post", "hn_personal_story", (0, 1, 1, 1), """Dulu waktu kuliah aku hidup dari jaket-jaket bal Gedebage. Satu semester cuma modal 100rb udah bisa gonta-ganti gaya 😂
Sekarang pas tahu barang-barang itu masuknya gimana dan dampaknya ke penjahit lokal, jadi mikir-mikir juga
Bukan mau menghakimi yang masih beli ya, cuma cerita aja
Ada yang punya pengalaman sama?"""),
("comment", "hn_complaint", (0, 1, 1, 1), """Kak, aku pesan kemeja "second import Korea" di toko ini tanggal 3, sampai sekarang belum dikirim, chat gak dibales
Udah transfer 150rb lho
Yang lain hati-hati ya sebelum beli di sini
Kalau ada yang kenal adminnya tolong kabarin"""),
("article", "hn_news_seizure", (0, 1, 1, 1), """Polairud dan Bea Cukai menggagalkan penyelundupan 340 koli pakaian bekas di perairan Dumai.
Barang yang dikemas dalam karung besar itu dimuat di kapal motor tanpa dokumen dan diduga berasal dari Port Klang, Malaysia.
Petugas juga menemukan sejumlah sepatu dan tas bekas di antara muatan.
Kasus ini kini ditangani penyidik, sementara barang bukti disimpan di gudang kantor Bea Cukai setempat."""),
("post", "hn_meme", (0, 1, 1, 1), """Level-level orang thrifting:
🥉 beli satu kaos di Senen
🥈 hafal jadwal bongkar bal tiap lapak
🥇 bisa nebak negara asal baju cuma dari bau karungnya
💎 udah gak thrifting lagi karena lemari penuh
Kalian di level mana? 😂"""),
("post", "hn_buyer_question", (0, 1, 1, 1), """Halo warga grup 👋
Saya mau buka usaha kecil-kecilan, ada yang tahu apakah sekarang masih boleh jualan baju bekas impor dari bal? Takut kena razia.
Kalau gak boleh, alternatif usaha pakaian modal kecil apa ya yang aman?
Mohon pencerahannya, terima kasih"""),
("post", "hn_regional_term_explainer", (0, 1, 1, 1), """Tahukah kamu? Sebutan baju bekas impor beda-beda tiap daerah 🗺️
Di Medan disebut monza, di Makassar cakar, di Yogyakarta dan Jawa Timur awul-awul, di Pontianak lelong, di Palembang BJ.
Di Bandung orang bilang cimol, dan di Banjarmasin ada istilah roma.
Namanya lucu-lucu, tapi barangnya sama: pakaian bekas dari karung impor.
Daerahmu nyebutnya apa? 👇"""),
("post", "hn_thrift_store_name", (1, 0, 1, 0), """Grand opening toko "Thrift & Thread" di Jl. Dago! 🎉
Kami bukan toko baju bekas ya, tapi toko kain dan baju rajut handmade
Semua rajutan dibuat oleh perajin di Garut dari benang baru
Diskon 20% untuk 50 pembeli pertama hari Sabtu
Sampai jumpa!"""),
("post", "hn_software_bundle", (1, 0, 0, 0), """Adobe Creative bundle untuk pelajar dan mahasiswa diskon 60% 💻
Photoshop, Illustrator, Premiere dalam satu paket lisensi resmi
Verifikasi pakai email kampus
Berlaku sampai akhir semester
Info detail di situs resmi, jangan beli crack ya guys"""),
("post", "hn_preloved_baby", (1, 1, 1, 0), """Preloved baju bayi 0-6 bulan, anak kedua sudah kebesaran 👶
Isi 15 potong: jumper, celana, bedong, topi
Merk lokal (Libby, Velvet Junior), dicuci pakai deterjen bayi
Borong 100rb aja, lokasi Cimahi
Mau dipakai lagi sama adek bayi lain biar berguna"""),
("message", "hn_chat_no_offer", (0, 1, 1, 1), """Bu, kemarin saya lewat Pasar Senen, yang lapak-lapak baju bekas impor di lantai atas itu banyak yang tutup ya
Katanya lagi ada sidak dari kementerian
Untung kita udah gak ambil karungan lagi dari sana
Nanti sore jadi ke rumah kan? Bawa kue yang kemarin ya 😁"""),
("post", "hn_domestic_secondhand", (1, 1, 1, 0), """Jual seragam sekolah bekas SMP Negeri 2 Purwokerto 🏫
Ada kemeja putih, celana biru, rok biru, dan batik sekolah
Semua bekas anak saya dan sepupunya, masih layak pakai
Harga 15rb per potong, bisa tukar tambah seragam SMA
Bukan dari karungan, cuma punya keluarga sendiri"""),
("post", "hn_vintage_furniture", (1, 1, 0, 1), """Barang antik Belanda koleksi almarhum kakek, dilepas satu per satu
Lemari pakaian kayu jati dengan ukiran, kaca patri asli
Sudah ada sejak zaman kolonial, dibawa dari Den Haag oleh keluarga pemilik sebelumnya
Hanya untuk kolektor serius, harga via telepon
Lihat barang di Magelang"""),
("post", "hn_opinion", (0, 1, 1, 1), """Jujur aku setuju larangan impor baju bekas, tapi pemerintah juga harus adil.
Yang dikejar jangan cuma pedagang kecil di pasar, tapi juga yang masukin kontainer-kontainer itu lewat pelabuhan.
Dan kasih jalan keluar buat ribuan orang yang hidup dari lapak cakar dan monza.
Kalau cuma razia tanpa solusi, besok juga muncul lagi."""),
("review", "hn_review_no_seller", (0, 1, 1, 1), """Udah dua tahun jadi pembeli setia baju bekas impor, ini catatanku:
+ bahan denim Jepang memang juara, tebal dan warnanya makin bagus kalau pudar
+ harga jauh lebih murah dari beli baru
- sering dapat barang yang ternyata ada noda permanen
- ukuran sering gak pas
Overall 7/10, tapi sekarang susah nyarinya karena banyak lapak tutup."""),
("post", "hn_laundry_service", (1, 0, 0, 0), """Laundry kiloan Bersih Wangi sekarang terima cuci bed cover, karpet, dan boneka 🧺
Harga cuci setrika 7rb/kg, selesai 2 hari
Express 1 hari tambah 3rb/kg
Antar jemput gratis radius 3 km dari Jl. Kaliurang km 7
WA 0812xxxx"""),
("post", "hn_korea_new", (1, 0, 1, 1), """Hanbok anak untuk sewa & jual, didatangkan baru dari Korea 🇰🇷
Cocok buat foto studio, ulang tahun, atau acara sekolah
Sewa 150rb/3 hari, beli baru 650rb
Semua masih bagus karena baru datang batch kemarin
Studio di Kelapa Gading, booking via DM"""),
("post", "hn_ex_japan_tools", (1, 1, 0, 1), """Mesin jahit obras Juki bekas ex Jepang, bekas pabrik garmen
Kondisi 80%, sudah dites jahit kain jeans dan kaos lancar
Dinamo servo, hemat listrik
Cocok buat usaha konveksi rumahan
Harga 2,3jt, lokasi Majalaya"""),
("article", "hn_health_warning", (0, 1, 1, 1), """Dinas Kesehatan mengimbau warga yang membeli pakaian bekas impor agar mencucinya dengan air panas sebelum dipakai.
Uji laboratorium pada sampel pakaian dari beberapa bal sitaan menemukan jamur dan bakteri yang dapat memicu gatal-gatal dan infeksi kulit.
Warga yang mengalami ruam setelah memakai pakaian bekas disarankan segera memeriksakan diri ke puskesmas.
Imbauan ini disampaikan bersamaan dengan kampanye dukung produk tekstil dalam negeri."""),
("post", "hn_preloved_kebaya", (1, 1, 1, 0), """Preloved kebaya wisuda brokat warna sage 💐
Dijahit di penjahit langganan di Solo, dipakai sekali pas wisuda S1
Size S, LD 84, lengan 7/8, lengkap dengan selendang
Harga 300rb, bisa kirim atau ambil di Solo Baru
Semoga jadi kebaya keberuntungan buat yang wisuda berikutnya 🎓"""),
("post", "hn_thrift_event_local", (1, 1, 1, 0), """Pasar Loak Kampus 2024 🎪
Mahasiswa boleh buka lapak jualan barang bekas milik sendiri: baju, buku, sepatu, alat kos
Panitia melarang penjualan baju bekas impor dan barang karungan ya
Pendaftaran lapak gratis, kuota 60 lapak
Tempat: parkiran timur Gedung Rektorat, Sabtu 08.00-14.00"""),
("post", "hn_ordinary", (1, 0, 1, 0), """Restock kaos polos Oversize Premium 30s, jahitan rantai 🧵
Produksi konveksi sendiri di Bogor
Ada 8 warna baru: mocca, sage, lilac, dan lainnya
Harga 55rb, grosir 45rb min 12 pcs
Order via Shopee: kaosoversizebogor"""),
("listing", "hn_laptop", (1, 1, 0, 1), """Laptop ThinkPad X280 Second Import Jepang Mulus Siap Pakai
Keyboard layout JIS, sudah diinstal Windows 11 Pro original
RAM 8GB, SSD 256GB, baterai tahan 4-5 jam
Garansi toko 1 bulan, bonus tas dan mouse
Harga 3,4jt, toko kami di Mangga Dua Mall lt. 3"""),
("listing", "plain_offer", (1, 1, 1, 1), """Kemeja Flanel Uniqlo Bekas Ex Jepang (Thrift) Size M
Motif kotak merah-hitam, bahan masih lembut
Minus kancing kedua diganti kancing mirip
Diambil dari karung Jepang bulan ini
65rb, kirim dari Cirebon via JNE"""),
]
