RECS = [
("listing","listing_coats_shipping",1,1,1,1,"""COAT PANJANG SEKEN KOREA — stok 4
1) Wol abu, bahu 44, panjang 105 — 160rb
2) Camel, bahu 46, panjang 100 — 175rb
3) Hitam tweed, bahu 42 — 140rb
4) Navy double breasted, bahu 45 — 150rb
Kirim pakai kardus + plastik vakum. Dari Cirebon, JNE/Anteraja, pengiriman Selasa & Jumat."""),
("post","seller_story_student",1,1,1,1,"""Mahasiswa semester 6, nyambi jualan buat bayar UKT.
Tiap dua minggu aku ke gudang di Bekasi, milih kemeja dari karung Jepang satu-satu, bawa pulang naik KRL.
Malamnya nyuci, paginya setrika sebelum kuliah.
Kalau kamu butuh kemeja buat magang, mampir ke akun ini, harga mahasiswa kok 🙏"""),
("post","buyer_story_seller_cameo",0,1,1,1,"""Ada momen lucu tadi di Senen.
Aku lagi milih jaket seken Korea, terus pedagangnya nyeletuk, "Mbak, itu jaket mantan saya juga punya."
Kami ketawa bareng. Aku akhirnya beli jaket lain, karena yang itu kebesaran.
Pasar ini selalu punya cerita."""),
("article","news_feature_online_shift",0,1,1,1,"""Setelah beberapa kali razia di pasar fisik, sebagian pedagang pakaian seken impor berpindah ke siaran langsung di media sosial.
"Di live, pembeli bisa dari seluruh Indonesia," ujar seorang mantan pedagang kios di Gedebage yang kini bekerja sebagai host.
Pengamat ekonomi digital menilai perpindahan ini menyulitkan pengawasan karena konten siaran langsung cepat hilang.
Platform mengaku memakai kombinasi moderasi otomatis dan laporan pengguna."""),
("post","forum_thread_buyer_recommends_shop",1,1,1,1,"""Thread: rekomendasi toko online seken Jepang yang amanah?
- sinta.r: aku langganan @kanto.closet, barang selalu sesuai foto, packing rapi
- bayu.kz: @kanto.closet juga? sama! mereka restock tiap Kamis
- sinta.r: iya, recommended pokoknya
- lia.mu: oke dicatat, makasih"""),
("post","forum_thread_buyer_warns_shop",0,1,1,1,"""Thread: pengalaman buruk beli seken impor online?
- sinta.r: akun @tokyolemari.id, barang beda sama foto, 3 kali
- bayu.kz: aku juga pernah sama akun itu, ngaku jaket Jepang ternyata lokal
- sinta.r: mending jangan beli di sana
- lia.mu: makasih infonya, jadi waspada"""),
("post","store_announcement_branch",1,1,1,1,"""Cabang kedua kami resmi buka! 🎉
Setelah di Pasar Senen, sekarang kami hadir di Ruko Harapan Indah, Bekasi.
Koleksi kemeja, blazer, dan tas seken dari Jepang dan Korea.
Opening: 3 hari diskon 30%, jam 10 pagi sampai 9 malam."""),
("post","complaint_quote_ad_long2",0,1,1,1,"""Postingan ini buat ngingetin diri sendiri dan kalian.
Iklan yang aku klik: "Tas branded preloved ex Jepang, 100% original, harga miring, stok dari lelang Tokyo."
Aku beli tas 900rb. Setelah dicek di tempat autentikasi, tas itu palsu.
Penjual berdalih "barang preloved tidak bisa dijamin".
Sudah aku laporkan ke marketplace dan bank. Jangan mudah percaya kata 'lelang Tokyo'."""),
("review","review_coat_blog",0,1,1,1,"""Review: coat wol seken Korea untuk musim hujan Bandung
Kelebihan: hangat, potongan rapi, tahan angin.
Kekurangan: berat saat basah, butuh 2 hari kering.
Harga yang kubayar 95rb di pasar. Setelah dry clean 40rb, rasanya seperti beli baru.
Rating 8/10, tanpa rekomendasi penjual karena aku lupa kiosnya."""),
("message","broadcast_price_update",1,1,1,1,"""BROADCAST — Lapak Seken Hana
Update harga mulai Senin:
Kemeja pria ex Jepang 30rb (sebelumnya 25rb)
Celana chino 40rb
Jaket 65–120rb
Harga naik karena biaya kirim dari Batam naik. Terima kasih pengertiannya 🙏"""),
("live","live_question_answer",1,1,1,1,"""Iya kak Rini, yang itu ada ukuran L juga, tunggu aku ambil dari rak.
Nah ini, kemeja oxford Jepang biru muda, panjang 74.
Tiga puluh lima ya kak, komen 'deal' kalau mau.
Yang lain jangan ke mana-mana, habis ini kita buka karung yang baru."""),
("post","hn_new_japanese_brand",1,0,1,1,"""Ready stock produk Uniqlo & GU langsung dari Jepang (jastip Tokyo)!
Barang baru dengan tag dan struk, dibeli langsung di store.
Open jastip sampai tanggal 15, estimasi sampai akhir bulan.
Bukan barang seken ya kak."""),
("post","hn_own_preloved_bundle_local",1,1,1,0,"""Beberes sebelum nikah, jual baju-baju pribadi 🌸
Preloved dari brand lokal (Erigo, Cotton Ink, Heyla), semuanya dibeli online di Indonesia.
Harga 25–80rb, kondisi masih bagus.
List lengkap di highlight 'PRELOVED'."""),
("post","tutorial_storage",0,1,1,1,"""Cara nyimpen koleksi outer seken Jepang biar ga bau apek lagi:
- Gantung, jangan dilipat di lemari lembap
- Kasih silica gel atau kapur barus di rak
- Angin-anginkan sebulan sekali
- Cuci ulang sebelum musim hujan
Jaket dari pasar biasanya sudah lama di karung, jadi perlu perawatan ekstra."""),
("post","creator_shop_shoutout",1,1,1,1,"""Shoutout buat Mbak Yayuk, pedagang seken Korea di Pasar Tungging yang selalu nyisihin jaket ukuran besar buat aku 🥹
Kalau kalian ke Bandar Lampung, mampir ke kiosnya di lorong belakang, nomor 14.
Harganya jujur dan barangnya bersih."""),
("post","hypothetical_exam_case",0,1,1,1,"""Soal studi kasus UAS Hukum Dagang:
"A membeli 20 karung pakaian bekas dari Malaysia melalui Dumai, lalu menjualnya ke B yang membuka kios di Pekanbaru. Analisis tanggung jawab hukum A dan B."
Ada yang punya referensi selain Permendag 40/2022? Mau diskusi."""),
("comment","seller_reply_restock_soon",1,1,1,1,"""Yang itu udah habis kak 😢
Tapi Kamis ini aku bongkar goni Korea lagi, biasanya ada model serupa.
Aku catat nama kakak di list tunggu ya, nanti aku chat duluan sebelum upload ke feed."""),
("post","over_sale_shop_turned_local",0,1,1,1,"""Dulu toko kami 100% jual jaket seken ex Jepang dan Korea.
Sejak awal tahun kami berhenti total dan tidak ambil barang dari karung lagi.
Sekarang rak kami kosong, sedang menunggu kiriman produk konveksi lokal pertama.
Doakan transisinya lancar ya."""),
("article","op_ed_border_trade",0,1,1,1,"""Warga Entikong dan Nunukan sudah lama hidup dari perdagangan lintas batas, termasuk pakaian bekas dari Malaysia.
Menutup jalur tanpa menyediakan alternatif ekonomi hanya akan mendorong perdagangan makin tersembunyi.
Pemerintah pusat dan daerah perlu duduk bersama warga perbatasan, bukan hanya mengirim aparat."""),
("post","reseller_recruit_reels_caption",1,1,1,1,"""Modal 300 ribu bisa mulai usaha? Bisa! 💸
Kami sediakan paket reseller kemeja & kaos seken dari Korea, 15 potong siap jual.
Bonus materi foto dan cara live.
Khusus 20 pendaftar pertama minggu ini, chat 'RESELLER' ke WA 0819xxxx."""),
("post","hn_used_machines",1,1,0,1,"""Mesin jahit industri bekas ex Korea, merk Juki dan Brother.
Sudah servis, siap pakai untuk konveksi.
Harga 2,5–4jt per unit. Gudang di Bandung, bisa antar."""),
("post","hn_donation_collection_local",0,1,1,0,"""Gerakan 'Lemari Berbagi' mengumpulkan baju bekas layak pakai dari warga Surabaya untuk dibagikan gratis di kampung nelayan.
Kami tidak menjual apa pun dan tidak menerima barang dari karung impor.
Titik kumpul di balai kelurahan setiap Sabtu."""),
("message","chat_seller_negotiate_regional_sunda",1,1,1,1,"""Pembeli: Kang, jaket Jepang nu hideung sabaraha?
Penjual: 80 wae, A. Masih mulus, ngan kancing saku hiji leungit.
Pembeli: 60 tiasa?
Penjual: 70 pas, tos dicuci, tinggal dianggo. Kirim ka Tasik tiasa ti isuk."""),
("post","buyer_question_import_allowed",0,1,1,1,"""Sebenarnya jaket seken Jepang yang dijual di Gedebage itu boleh dibeli ga sih?
Aku baca beritanya yang dilarang itu impornya.
Tapi kalau aku beli buat pakai sendiri, apakah itu ikut mendukung perdagangan ilegal?
Pengen pendapat kalian, jangan ngegas ya 🙏"""),
("post","parent_student_story",0,1,1,1,"""Anak saya pulang sekolah membawa kemeja seken Korea yang ia beli di pasar dekat terminal.
Katanya teman-temannya juga banyak yang beli di sana, karena murah.
Saya jelaskan soal aturan larangan impornya, tapi juga bilang bahwa membeli sesekali tidak membuatnya penjahat.
Bagaimana Bapak/Ibu di sini menyikapi?"""),
("post","job_vacancy_admin_online",0,1,1,1,"""Lowongan Admin Chat
Toko online pakaian seken dari Jepang membutuhkan admin untuk membalas chat pelanggan dan membuat invoice.
Kerja dari rumah, shift 09–17.
Kirim CV ke email di bio. (Postingan lowongan, bukan untuk pembelian)"""),
("listing","listing_sack_spacing",1,1,1,1,"""g o n i   K o r e a   isi  h o o d i e
berat ± 45 kg, campur warna
lokasi gudang Tanjungpinang
harga tanya via chat, pengiriman kapal ke Jakarta/Surabaya"""),
("comment","seller_reply_instagram_keep",1,1,1,1,"""Siap kak, celana corduroy ex Jepang ukuran 30 aku keep sampai jam 8 malam ya.
Kalau lewat jam itu belum ada kabar, aku lepas ke antrian berikutnya.
Total 55rb + ongkir ke Depok 10rb."""),
("post","hn_used_shoes_local_repair",1,1,1,0,"""Jasa reparasi dan jual sepatu bekas hasil tukar tambah pelanggan.
Semua sepatu dari warga sekitar Bekasi, kami ganti sol dan cat ulang.
Harga mulai 80rb. Bengkel sepatu kami di Jl. Kartini."""),
("post","stall_directions_tanjungpinang",1,1,1,1,"""Yang dari Batam atau Bintan mau ke lapak kami:
Naik ke lantai dua Pasar Baru Tanjungpinang, cari kios paling ujung dekat tangga darurat.
Kemeja, jaket, dan tas seken dari Singapura, harga mulai 15 ribu.
Buka jam 8 pagi, tutup sebelum asar."""),
("article","official_press_release",0,1,1,1,"""Siaran Pers
Tim gabungan melakukan pengawasan di sejumlah pasar di Jawa Barat terkait peredaran pakaian bekas asal luar negeri.
Petugas mendata pedagang dan memberikan sosialisasi mengenai larangan impor.
Pedagang yang bersedia beralih akan difasilitasi mengikuti pameran produk lokal."""),
("post","buyer_haul_mentions_seller_neutral_location",0,1,1,1,"""Haul kecil-kecilan dari Pajak Melati hari ini:
kemeja batik Malaysia 20rb, jaket jeans Korea 45rb.
Pedagangnya bapak-bapak yang sabar banget ngeladenin aku nyoba sampe 10 kali.
Nggak tau namanya, tapi semoga dagangannya laris... eh, atau semoga cepet dapat usaha lain yang lebih aman."""),
("live","live_thankyou_next",1,1,1,1,"""Terima kasih yang udah checkout malam ini 🙏
Semua paket dikirim besok siang.
Minggu depan kita live lagi Senin & Kamis, isinya kemeja flanel dari Jepang sama celana cargo Amerika.
Follow biar dapet notif!"""),
("post","complaint_report_telegram",0,1,1,1,"""Saya menemukan channel Telegram yang menawarkan pakaian bekas per ikat dari Malaysia, dengan istilah "stok lelong terbaru, kirim dari Dumai".
Sudah saya laporkan ke Telegram dan ke kanal pengaduan Kemendag.
Kalau ada yang tahu cara lapor lebih efektif, tolong bagi infonya."""),
("post","hn_new_bundle_fabric",1,0,0,1,"""Kain katun impor Jepang per gulung, motif bunga kecil, baru dari pabrik.
Cocok untuk konveksi daster dan kemeja.
Harga per meter 38rb, per gulung 50m diskon.
Gudang di Cigondewah."""),
("post","vendor_reported_speech_blog",0,1,1,1,"""Catatan blog: ngobrol dengan pedagang tas seken di Pasar Senen.
Beliau bilang tas-tas bermerk asal Jepang paling dicari mahasiswi, tapi sekarang harganya makin mahal karena barang susah masuk.
Dia juga mengaku tidak tahu dari pelabuhan mana barangnya datang, "yang penting ada yang kirim".
Aku cuma beli air mineral di sana."""),
("post","store_birthday_giveaway",1,1,1,1,"""🎉 Giveaway 1.000 followers! 🎉
Hadiah: 3 jaket seken Korea pilihan pemenang dari stok toko.
Cara ikut: follow akun ini, like, tag 2 teman.
Pemenang diumumkan Jumat. Sambil nunggu, cek katalog kami ya, semua ready."""),
("post","seller_story_grandma_end_offer",1,1,1,1,"""Nenek saya jualan baju rombengan di Pasar Kliwon sejak tahun 80-an, barangnya katanya dari kapal di Semarang.
Saya cucu ketiga yang meneruskan, sekarang sambil jualan online.
Hari ini ada 20 kebaya dan batik seken dari Malaysia, siap dikirim.
Yang berminat, hubungi saya di WA 0856xxxx."""),
("post","hn_phone_import_new",1,0,0,1,"""HP impor baru segel, garansi distributor, bukan second.
Xiaomi, Realme, Infinix. Stok banyak.
Toko kami di ITC Roxy Mas lantai dasar, buka setiap hari jam 10–18."""),
("post","hn_travel_near_market",0,1,1,1,"""Itinerary Medan 2 hari 1 malam:
Hari 1: Istana Maimun, Masjid Raya, lalu jalan ke Pajak Melati buat lihat-lihat baju monza dari Korea (ga beli, cuma lihat suasana).
Malamnya kuliner di Merdeka Walk.
Hari 2: Tjong A Fie Mansion, makan durian Ucok, pulang."""),
("post","hn_food_near_senen",0,1,1,1,"""Rekomendasi makan setelah capek ngubek coat bekas Jepang di Senen:
1. Soto Betawi di belakang stasiun
2. Es cendol di pinggir jalan Kramat
3. Nasi goreng kambing malam hari
Aku ga nyebut toko baju ya, cuma makanannya."""),
("comment","seller_reply_late",1,1,1,1,"""Maaf baru bales kak, semalam bongkar koli sampe subuh 🙏
Kemeja Jepang yang kakak tanya masih ada, ukuran M dan L.
Hari ini terakhir harga 40rb, besok naik jadi 45rb.
Mau aku kirim video detailnya?"""),
("post","hn_upcycle_import_denied",1,1,1,0,"""Koleksi tas patchwork kami dibuat dari kain sisa dan baju bekas yang dikumpulkan dari warga Solo.
Tidak memakai pakaian dari karung impor.
Setiap tas unik, harga 85–150rb. Tersedia di bazar kreatif minggu ini."""),
("listing","listing_preloved_korea_sizes",1,1,1,1,"""Preloved Korea — Knit & Cardigan (update Minggu)
#1 cardigan pink, LD 96 — 45rb
#2 knit vest abu, LD 90 — 35rb
#3 sweater turtleneck krem, LD 100 — 50rb
Semua dari satu batch karung, kondisi baik
Kirim dari Yogyakarta, pengiriman tiap hari kerja"""),
("post","researcher_question_forum",0,1,1,1,"""Halo, saya mahasiswa S2 yang sedang meneliti rantai pasok pakaian seken asal luar negeri di Sumatera.
Saya mencari responden yang pernah bekerja sebagai penyortir atau pengangkut karung di Tanjungbalai atau Dumai.
Identitas dijamin anonim. Ini bukan ajakan jual-beli."""),
]
