# (kind, category, offer, used, clothing, abroad, text)
DATA = [
("message", "regional_palembang", 1, 1, 1, 1, """Wong kito galo, ado baju seken dari Malaysia baru sampe 🙏
Kemeja, celano, jaket, murah nian
Mampir bae ke lapak aku di Pasar 16 Ilir lantai 3
Kalu nak pesen, WA bae, aku kirimke ke Plaju samo Kertapati"""),
("article", "hn_news_raid", 0, 1, 1, 1, """Satreskrim Polres Kepulauan Meranti menghentikan sebuah pompong yang membawa 90 goni pakaian bekas di perairan Selat Air Hitam.
Menurut polisi, barang dibeli dari Batu Pahat, Malaysia, untuk dijual kembali di Selatpanjang dan Pekanbaru.
Dua orang diamankan. Polisi masih memburu pemilik modal yang disebut tinggal di Bengkalis."""),
("post", "ig_caption_offer", 1, 1, 1, 1, """New batch just landed ✈️
Pre-loved Korean office wear: blazers, slacks, silk blouses
IDR 40k–95k
Shop our store in Kemang (Jl. Kemang Raya 3) or order via WhatsApp
#koreanofficewear #prelovedkorea #workoutfit #jakartastore #slowfashion"""),
("post", "hn_moderation_guideline", 0, 1, 1, 1, """Contoh kasus untuk pelatihan moderator:
A) "Jual jaket bekas punyaku, beli di Eiger Bandung" → tayang.
B) "Ready jaket seken Korea 1 koli, kirim dari Batam" → turunkan.
C) "Ada yang tahu kenapa jaket Korea bekas di Gedebage mahal sekarang?" → tayang.
D) Berita razia baju bekas di Pasar Senen → tayang.
Catat alasan keputusan di kolom catatan."""),
("listing", "famous_word_karungan", 1, 1, 1, 1, """Jual KARUNGAN Jepang isi kemeja pria 🇯🇵
±110 pcs, berat 40-an kg
Harga 3,7 jt, bonus ongkir Jabodetabek
Barang sudah di gudang Cakung, bisa cek langsung
Stok cuma 6 karungan, first pay first get"""),
("article", "hn_op_ed_industry", 0, 1, 1, 1, """Ketua sebuah asosiasi konveksi di Solo mengatakan kepada saya bahwa omzet anggotanya mulai naik sejak pasokan karung dari luar negeri tersendat.
Namun ia juga mengakui, tanpa bahan baku murah dan mesin baru, konveksi kecil tetap sulit bersaing.
Larangan impor pakaian bekas memberi ruang bernapas, tetapi bukan obat mujarab. Pemerintah perlu mendorong pembiayaan dan pelatihan desain."""),
("live", "live_script", 1, 1, 1, 1, """[Catatan host live – Sabtu]
- Opening: sapa kota-kota penonton, bacakan 5 nama pembeli terakhir
- Buka 2 koli isi celana & rok tangan kedua asal Korea, bahas kondisi jujur
- Harga live: 20rb semua item selama 30 menit pertama
- Ajak penonton share untuk dapat voucher 5rb
- Ingatkan: pembayaran maksimal 1x24 jam"""),
("post", "hn_tutorial", 0, 1, 1, 1, """Mau bikin konten "thrift haul" tanpa mempromosikan barang impor ilegal? Coba ini:
• Belanja di bazar preloved lokal atau swap party.
• Tunjukkan baju lama keluarga yang di-styling ulang.
• Kalau review pasar seperti Senen, fokus ke cerita dan sejarah, jangan sebut kontak penjual.
Konten tetap seru, aman dari pelanggaran."""),
("listing", "multi_line_listing", 1, 1, 1, 1, """TAS BRANDED 2ND – KIRIMAN HONGKONG
▪️ Coach Tabby – 9/10 – 1,2 jt
▪️ Michael Kors Jet Set – 8/10 – 650rb
▪️ Kate Spade – 8/10 – 550rb
▪️ Furla Metropolis – 9/10 – 900rb
Semua ori, bisa cek di tempat (Kelapa Gading)
Pengiriman asuransi wajib"""),
("post", "hn_report", 0, 1, 1, 1, """Kepada Yth. Direktorat Tertib Niaga
Saya ingin melaporkan grup Telegram "Kulakan Sandang Sumatra" yang setiap hari membagikan daftar harga pakaian bekas per ton dengan asal "eks Korea" dan "eks Jepang", serta lokasi gudang di Dumai.
Tautan grup dan tangkapan layar terlampir. Terima kasih."""),
("message", "wa_broadcast", 1, 1, 1, 1, """📢 KHUSUS PELANGGAN LAMA
Besok Kamis buka 3 goni baru kiriman Kaohsiung
isi: jaket windbreaker, kaos olahraga, training
kondisi seken bagus, harga 15–50rb
Yang mau booking duluan balas pesan ini sebelum jam 9 malam ya 🙏
Lokasi tetap: Pasar Kodim Pekanbaru"""),
("listing", "hn_own_preloved", 1, 1, 1, 0, """Jual sepatu hiking bekas pakai sendiri 🥾
Beli di toko outdoor di Bandung 2021, dipakai naik 4 gunung
Size 41, sol masih bagus, ada lecet di ujung
Harga 300rb, lokasi Cimahi
Bukan barang impor second ya, ini punya pribadi."""),
("article", "hn_news_customs", 0, 1, 1, 1, """Petugas PLBN Entikong memeriksa sebuah truk yang mengaku membawa sayuran dari Malaysia. Di balik tumpukan kol ditemukan 60 karung berisi pakaian bekas.
Sopir truk diserahkan ke Bea Cukai Entikong untuk pemeriksaan lebih lanjut.
Kepala PLBN mengatakan penyelundupan lewat pos lintas batas resmi kini jarang, tetapi jalur tikus di sekitar perbatasan masih rawan."""),
("profile", "seller_bio", 1, 1, 1, 1, """Bundle Kuching Store 🛍️
jaket, hoodie, kemeja kiriman Sarawak
📍 Singkawang | buka tiap hari
📦 antar Pontianak & Sambas
☎️ 0813xxxx (WA)
🕘 tutup hari Jumat siang"""),
("post", "hn_diary", 0, 1, 1, 1, """Tadi pagi aku nganter Mamak ke Pajak Melati. Mamak cari selimut bekas dari Korea karena katanya lebih tebal.
Aku nungguin di depan, makan lontong sambil lihat orang bongkar goni.
Pulang-pulang Mamak nggak jadi beli, katanya harganya naik semua. "Dulu 20 ribu, sekarang 50," keluhnya."""),
("listing", "famous_word_cakar", 1, 1, 1, 1, """CAKAR SUPER Pasar Butung 🔥
jaket, kemeja, celana – baru buka karung pagi ini
15 ribu – 50 ribu ji
datang mki langsung di lantai dasar blok B
atau WA untuk video barang"""),
("post", "hn_school_bazaar", 1, 1, 1, 0, """Pondok Pesantren Al-Falah mengadakan bazar pakaian bekas layak pakai dari wali santri 🧕
Harga 5–20 ribu, hasil untuk pembangunan asrama putri
Tanggal 20–21 Januari, halaman pondok
Terbuka untuk umum"""),
("post", "tiktok_caption_offer", 1, 1, 1, 1, """jaket varsity bekas asli US college 🏈
tebel, wool + kulit di lengan
size M–XL, 180–300rb
cuma 7 pcs, langsung checkout di etalase ya
#varsityjacket #vintageus #secondamerica #fyp #ootd"""),
("review", "hn_review_no_seller", 0, 1, 1, 1, """Aku iseng beli sweater bekas asal Jepang di pasar pas jalan-jalan ke Medan.
Kualitasnya mantap, sudah 2 tahun nggak melar. Tapi aku sekarang sadar soal aturan larangan impor, jadi ini mungkin pembelian terakhirku.
Ulasan ini cuma soal kualitas barang, bukan ngajak beli."""),
("listing", "code_word_baju_batam", 1, 1, 1, 1, """Baju Batam fresh 🙌
Kemeja kerja, blazer & rok span
Semua dari Singapura, kondisi bagus
20–45 ribu
Lapak Pasar Jodoh, Batam, atau kirim ke Riau daratan"""),
("post", "hn_charity_bazaar", 1, 1, 1, 0, """Garage Sale Komunitas Ibu Menyusui 🍼
Pakaian bayi & ibu bekas dari anggota komunitas, semua dibeli di dalam negeri
Harga 5–40rb, sebagian hasil untuk donasi ASI perah
Minggu pagi di taman kota Bekasi"""),
("comment", "thread_reply_offer", 1, 1, 1, 1, """Buat yang nanya di story: iya, masih ada 3 jaket kulit tangan kedua dari Italia.
Harga 450rb, 500rb, 650rb tergantung model.
Bisa lihat di toko kami di Jl. Gejayan, atau minta video call.
Reply ini atau DM langsung ya 🙏"""),
("article", "hn_official_statement", 0, 1, 1, 1, """Kementerian Koperasi dan UKM menyatakan akan membantu pedagang pakaian bekas impor beralih usaha dengan menyediakan akses ke produk konveksi lokal.
Pedagang di Pasar Senen dan Gedebage akan dipertemukan dengan produsen dalam negeri dalam program business matching.
Kementerian juga menyiapkan skema pembiayaan ringan bagi pedagang yang terdaftar."""),
("listing", "hn_other_goods_sortir", 1, 1, 0, 1, """Velg & ban bekas impor Jepang sortiran 🛞
Velg R15–R17, ban tahun 2020 ke atas
Harga mulai 600rb/set
Bengkel kami di Jl. Raya Bogor km 28
Bisa pasang di tempat"""),
("message", "reseller_recruit", 1, 1, 1, 1, """Buka mitra jualan di Kalimantan Timur!
Stok kami: pakaian seken dari Tawau & Kota Kinabalu
Mitra ambil 1 koli, kami kirim ke Samarinda/Balikpapan
Harga mitra 30% di bawah harga pasar
Balas pesan ini untuk info paket mitra"""),
("post", "hn_joke_meme", 0, 1, 1, 1, """Bapak-bapak Medan ditanya istri: "Kenapa baju Abang banyak kali?"
"Monza, Dek, murah nya."
"Kenapa lemari kita penuh kali?"
"...Monza juga." 😭
#medanlucu #monza #bapakbapak"""),
("listing", "port_route_offer", 1, 1, 1, 1, """Barang masuk Rabu via Tanjung Uban 🛥️
Pakaian second campur (Korea, Jepang) ±60 koli
Yang dari Jambi & Palembang bisa order, kami atur kirim pakai truk
Bayar setelah barang dicek
Kontak: Bang Rian 0812xxxx"""),
("post", "hn_upcycle_story", 1, 1, 1, 0, """Dari baju bekas seragam pabrik jadi boneka edukasi 🧸
Kami kelompok ibu-ibu di Sidoarjo mengolah kain sisa seragam yang disumbangkan pabrik sekitar.
Boneka bisa dipesan untuk PAUD dan TK, 35rb/pcs.
Hasil penjualan untuk koperasi kelompok."""),
("article", "hn_news_interview", 0, 1, 1, 1, """Di Kota Tarakan, sejumlah kios yang dulu menjual pakaian bekas asal Malaysia kini beralih menjual produk lokal dari Surabaya.
"Untungnya lebih kecil, tapi tidak was-was," ujar Hasnah (44), pedagang di Pasar Tenguyun.
Ia mengatakan pelanggannya masih sering bertanya kapan "barang Tawau" masuk lagi."""),
("listing", "plain_offer_ex", 1, 1, 1, 1, """Ex-Australia kids wear 🦘
kaos, celana pendek, piyama anak
second kondisi 85–95%
10rb–30rb, beli 10 gratis 1
kirim dari Kupang / Atambua
pesan lewat DM, stok berganti tiap minggu"""),
("post", "hn_job_vacancy", 0, 1, 1, 0, """Lowongan: Staf Gudang Bank Pakaian
Yayasan Sandang Peduli mencari 3 staf untuk mengelola donasi pakaian bekas dari warga Jakarta.
Tugas: menerima, menyortir, mencuci, dan mendistribusikan ke panti dan daerah bencana.
Gaji sesuai UMP, kirim lamaran via email."""),
("listing", "evasive_homoglyph", 1, 1, 1, 1, """Ϳaket denim 2nd USΑ 🇺🇸
wash biru tua, size L
kondisi 9/10, 120k
ready di Bekasi, kirim hari ini
spesial buat yang DM duluan
bonus tote bag kecil
masih ada 2 model lain di highlight"""),
("comment", "hn_complaint", 0, 1, 1, 1, """Min, aku pesan "paket reseller seken Jepang" di toko kalian bulan lalu, isinya cuma 20 dari 40 pcs yang dijanjikan.
Sudah chat 5x nggak dibalas. Aku bakal lapor ke marketplace kalau hari ini belum ada jawaban."""),
("post", "hn_news_summary", 0, 1, 1, 1, """RINGKASAN PEKAN INI 📰
• Bea Cukai Batam sita 410 koli pakaian bekas
• Pedagang Gedebage minta masa transisi 6 bulan
• Kemendag: larangan tetap berlaku, bantuan peralihan disiapkan
• Ekonom: permintaan pindah ke penjualan online
Ikuti terus akun ini untuk update kebijakan perdagangan."""),
("listing", "famous_word_thrift", 1, 1, 1, 1, """thrift ex-Japan drop 🌿
kemeja linen & kulot katun, ukuran S–L
35–60rb
booking via komen, pembayaran lewat DM
ongkir dari Malang, reseller welcome
stok restock tiap Jumat"""),
("post", "hn_op_ed", 0, 1, 1, 1, """Saya tinggal di Batam selama 12 tahun dan sudah biasa melihat karung-karung baju bekas keluar masuk pelabuhan kecil.
Larangan pemerintah baru terasa serius beberapa tahun terakhir. Masalahnya, warga kecil yang bekerja sebagai buruh angkut tak punya alternatif.
Penegakan hukum perlu jalan bersama pembukaan lapangan kerja di pulau-pulau perbatasan."""),
("listing", "hn_new_thrift_style", 1, 0, 1, 0, """Koleksi "Gedebage Memories" 👕
Kaos graphic print ala kaos lawas Amerika, BARU, sablon manual di Bandung
Bahan cotton combed 24s
Harga 99rb, diskon 10% minggu ini
Bukan barang bekas atau impor."""),
("message", "telegram_group_offer", 1, 1, 1, 1, """Ada yang cari selimut & bed cover bekas dari Korea?
Sisa 2 koli, isi ±35 lembar, tebal-tebal
1 koli 1,4 jt, kirim dari Medan
Cocok buat dijual lagi di kampung, laku keras musim hujan"""),
("comment", "hn_buyer_question", 0, 1, 1, 1, """Bang, kalau mau bikin tugas foto jurnalistik di pasar lelong Pontianak, boleh foto-foto pedagang nggak ya? Takutnya mereka sensitif setelah ada razia.
Saya cuma mau dokumentasi, nggak beli."""),
("listing", "hn_used_phone", 1, 1, 0, 1, """Lepas iPad Air 3 bekas ex Jepang
Wifi only, 64GB, iCloud aman
Layar mulus, battery 88%
Harga 3,1 jt, bonus case & tempered glass
COD di Mall Ambassador, bisa cek dulu"""),
("post", "creator_haul_shop", 1, 1, 1, 1, """Belanja di Pajak Melati bareng adek 🛍️
Dapat kemeja linen Jepang 2nd 20rb, rok denim Korea 25rb, tas rotan 30rb
Semua dari lapak Kak Butet blok B, barisan ketiga dari pintu masuk
Next video: cara styling outfit pajak ala Korea!
#pajakmelati #medan #haul #secondkorea"""),
("article", "hn_news_raid", 0, 1, 1, 1, """Polda Sulawesi Selatan menyita 3.500 karung cakar dari sebuah gudang di Kabupaten Maros. Barang diduga masuk melalui Pelabuhan Parepare dengan kapal kayu dari Malaysia.
Kapolda mengatakan penyidikan difokuskan pada pemodal, bukan pedagang eceran.
Pedagang di Pasar Butung Makassar mengaku pasokan langsung tersendat setelah penggerebekan."""),
("post", "hn_tutorial", 0, 1, 1, 0, """Mau jual baju lama di bazar preloved kampus? Ini checklist-nya:
✅ cuci dan setrika
✅ foto di tempat terang
✅ tulis ukuran dan minus
✅ pasang harga realistis (30–50% harga beli)
Semua barang harus milik pribadi ya, panitia menolak stok kulakan."""),
("listing", "wholesale_ton", 1, 1, 1, 1, """PENAWARAN GUDANG – PEKAN INI
Lokasi: Tanjungpinang
Stok: 12 ton pakaian tangan kedua dari Korea & Hongkong
Kemasan: goni 45–50 kg, sudah sortir kasar
Harga: nego sesuai volume, minimal 1 ton
Pembayaran: tunai atau transfer, tanpa DP tidak dilayani"""),
("message", "regional_medan", 1, 1, 1, 1, """Lae, kawan-kawan, sini dulu kubilang 📣
Barang Tanjungbalai udah masuk ke gudang awak di Marelan, semua kiriman dari Port Klang.
Jaket kulit, kemeja, celana kain – seken tapi mantap kali, macam baru.
Ecer 15 ribu sampai 60 ribu, borong ada harga kawan.
Datang aja langsung, atau WA awak biar kusimpankan dulu."""),
("listing", "hn_other_goods_karung", 1, 0, 0, 0, """Jual bawang merah Brebes per karung
Karung 50 kg, kering, siap masak
Harga grosir hari ini 1,65 jt/karung
Antar Jakarta & Bekasi
Pesan sebelum jam 5 sore"""),
]
