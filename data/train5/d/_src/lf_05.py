R = [
("post","price_list",1,1,1,1,"""DAFTAR HARGA LAPAK 'TANTE LIN' – PASAR 45 MANADO
Kemeja cabo Jepang: 25–40 rebu
Jaket Korea: 50–90 rebu
Celana jins Levi's/Lea: 60–120 rebu
Sepatu: mulai 100 rebu
Harga bisa baku tawar, mar jang kelewatan 😅
Buka tiap hari jam 9, Minggu libur."""),
("message","chat_thread",1,1,1,1,"""Pembeli: Ulun handak tanya, jaket Korea nang habang tu masih kah?
Penjual: Masih ading, ukuran L, barang kapal hanyar datang.
Pembeli: Kawa kurang kah? 60 kada?
Penjual: 70 haja lah, sudah murah banar.
Pembeli: Inggih, ulun ambil Ahad di Tungging.
Penjual: Ulun simpankan, datang sebelum jam 10 lah."""),
("post","soldout_next_batch",1,1,1,1,"""Terima kasih semua, RB Korea kemarin habis dalam 3 jam! 🙏
Yang belum kebagian jangan sedih, koli berikut dari Surabaya tiba Jumat.
Isinya jaket, rok, dan baju anak.
Sabtu pagi beta buka lapak Pasar Alok, tempat biasa dekat penjual sirih.
Sampai ketemu!"""),
("post","fb_group_post",1,1,1,1,"""Selamat siang warga grup Jual Beli Ambon 🙏
Beta ada 1 koli kecil baju seken Singapura, isi kemeja kantor dan dress nona-nona.
Mau lepas per lembar 15 ribu, ambil banyak beta kasih murah.
Lokasi Mardika, dekat terminal.
Sapa mau, inbox sa."""),
("post","haul_names_shop",1,1,1,1,"""Outfit kondangan modal 100 ribu? Bisa! 🤩
Blazer Jepang 45k, kemeja Korea 25k, celana bahan US 30k.
Semua aku dapet dari lapaknya Kak Mira, Pasar Baru Bandung lantai 4, barang seken impor tapi rapi banget.
Dia juga buka COD lewat WA kalau kamu males ke pasar.
Tag temen yang butuh outfit murah!"""),
("profile","seller_bio",1,1,1,1,"""Kios Cakar Daeng Tompo 🇯🇵🇰🇷
✔ Barang Jepang & Korea pilihan
✔ Pasar Senggol Parepare, buka ba'da asar
✔ Terima pesanan dari Pinrang, Sidrap, Barru
✔ Kirim lewat mobil travel
Tanya stok? DM saja ki'."""),
("post","grade_offer",1,1,1,1,"""Penjelasan grade barang kami biar ga salah paham 🙏
Grade A: seken Korea/Jepang kondisi 90% ke atas, layak langsung jual.
Grade B: ada noda atau minus kecil, cocok untuk lapak murah.
Grade C: sortiran akhir, cocok untuk kiloan.
Semua dijual per karung 80–100 kg dari gudang Cikarang.
Silakan pesan lewat admin, kirim ke seluruh Jawa."""),
("post","wa_broadcast",1,1,1,1,"""Info buat langganan di Sengkang 📢
Malam Rabu ini kami gelar lagi di Terminal Calaccu.
Ada buda-buda seken Korea 5 ribu, kemeja dewasa 15 ribu, jaket 40 ribu.
Buka dari magrib sampai jam 11 malam.
Bawa senter ki' kalau mau pilih di tumpukan."""),
("post","thrift_word_offer",1,1,1,1,"""Thrift Jepang di Jogja 🇯🇵
Kami buka lapak tiap Sabtu di Pasar Klithikan, isinya kemeja workwear, jaket denim, coat wol.
Semua dari bal Jepang yang baru dibongkar pagi itu.
Harga 30–150 ribu.
Kalau mau titip cari item tertentu, DM ukuran dan budget."""),
("comment","seller_reply_comment",1,1,1,1,"""@ayu.sby sepatunya masih kak 🙏
Itu Onitsuka seken Jepang size 38, sol 80%, kanan ada lecet dikit.
Harga 210, bisa ditawar dikit kalau ambil di lapak Gembong.
Kalau mau dikirim, ongkos sekitar 15 dalam kota.
Aku simpen sampai besok siang ya."""),
("live","live_call",1,1,1,1,"""Halo kaka dong di Jayapura 👋
Malam ini sa live dari lapak Youtefa, sa buka karung baju Jepang baru.
Yang mau, tulis nomor baju dan ukuran di komen.
Ambil di lapak besok pagi atau sa antar pakai ojek ke Abepura.
Bayar tunai waktu ambil saja."""),
("post","evasive_spelling",1,1,1,1,"""💯 b4rang k@pal J3p4ng 💯
ad@ j@ket, k3meja, c3lana
h4rga mulai 20
l@pak J.l N.i.a.g.a ahad pagi, d4tangi langsung
jgn tany@ lewat kom3n, ulun kd sempat bales"""),
("listing","hn_new_thrift_style",1,0,1,0,"""Kemeja Flanel 'Ala Cakar' – Produksi Makassar 🧵
Motif kotak-kotak gaya retro, potongan oversize seperti barang cakar kesukaanmu.
Bedanya: ini BARU, dijahit penjahit lokal di Daya.
Harga 110 ribu, ukuran M–XXL.
Dukung UMKM Sulsel!"""),
("post","hn_charity_bazaar",1,1,1,0,"""Rummage sale Pemuda Gereja Jemaat Bethel Ambon 🙏
Katong jual pakaian bekas layak pakai sumbangan anggota jemaat.
Harga 5 sampai 25 ribu, semua untuk biaya retret pemuda.
Sabtu ini jam 9 di halaman gereja.
Ini bukan koli Singapura ya, murni barang jemaat."""),
("listing","hn_used_vehicle_phone",1,1,0,1,"""Genset bekas impor Jepang, merk Yamaha 2.500 watt 🔌
Ex-Jepang, mesin masih halus, cocok untuk lapak malam.
Harga 3,2 juta nego, lokasi Parepare.
Bisa dicoba di tempat.
Bukan cakar ya, ini mesin."""),
("post","hn_buyer_diary",0,1,1,1,"""Pertama kali ke Pasar Senggol Parepare 😍
Jam 5 sore lapak mulai dibuka, karung-karung putih dikeluarkan.
Aku dapat kemeja Jepang 20 ribu dan rok Korea 15 ribu, temanku borong 6 kaos.
Pas magrib makin ramai, susah gerak.
Pulang naik pete-pete sambil bawa kresek besar."""),
("post","hn_buyer_question",0,1,1,1,"""Mohon bantuan kaka dong di Ternate 🙏
Sa mau naik ke Gamalama, perlu jaket tebal dan sepatu gunung.
Di Pasar Higienis lantai 2 masih ada RB Jepang kah?
Kalau ada, harga jaket kira-kira berapa?
Terima kasih."""),
("article","hn_op_ed",0,1,1,1,"""Opini: Pasar RB dan Ekonomi Keluarga di Timur Indonesia
Di Kupang, Ende, hingga Maumere, pasar RB bukan sekadar tempat belanja, tetapi penopang ekonomi ribuan keluarga.
Namun pakaian bekas itu datang dari luar negeri lewat jalur yang tidak resmi, dan larangan impornya jelas.
Pemerintah daerah perlu menyiapkan transisi: pelatihan, modal, dan akses ke produk tenun serta konveksi lokal.
Tanpa itu, razia hanya memindahkan lapak dari pasar ke rumah-rumah."""),
("post","hn_joke",0,1,1,1,"""Ciri-ciri orang Manado abis dari cabo 😂
1. Tangan bau karung.
2. Bawa kresek hitam 3 biji.
3. Bilang 'cuma mo lia-lia' tapi dompet kosong.
4. Pulang langsung rendam baju Korea di ember.
5. Besok pake, ditanya 'beli di mall?' jawab 'iyo'."""),
("post","hn_report",0,1,1,1,"""Laporan untuk Dinas Perdagangan Kota Kupang
Kami warga Oebobo melihat sebuah rumah di RT 05 dijadikan gudang koli pakaian bekas dari luar negeri.
Setiap malam truk datang menurunkan karung, besoknya pedagang RB mengambil barang.
Kami tidak tahu apakah ini resmi atau tidak.
Mohon dicek, terima kasih."""),
("post","hn_research_note",0,1,1,1,"""Catatan wawancara – Pasar Terong, Makassar
Responden 3 (pedagang, 41 th): barang cakar diambil dari distributor, asalnya Korea, Jepang, kadang Eropa.
Istilah 'buka baru' dipakai saat karung dibuka, biasanya Minggu.
Harga pembukaan lebih mahal, turun setelah hari ketiga.
Responden mengaku mengetahui larangan impor tetapi belum ada alternatif usaha."""),
("post","hn_vendor_interview",0,1,1,1,"""Tanta Ros sudah 20 tahun bajual cabo di Pasar Bersehati.
Ia bilang barang Korea paling dicari anak muda, sedangkan ibu-ibu cari sprei dan selimut Jepang.
"Dulu karung masuk lewat Bitung, sekarang so susah," katanya.
Ia tahu ada larangan, tapi katanya belum ada yang kasih jalan lain.
Anaknya kini kuliah dari hasil lapak itu."""),
("post","hn_unanswered_question",0,1,1,1,"""Min @lelong.ptk 🙏
Saye dah DM tiga kali, kasut Asics sekon Jepang size 42 di video semalam masih ade ke?
Kalau ade, saye nak ambik petang ni di Jeruju.
Tolong balas ye, takut diambik orang."""),
("post","hn_hypothetical",0,1,1,1,"""Iseng ngitung-ngitung 🤔
Kalau beli satu karung baju seken Korea 6 juta isi 400 potong, terus dijual 25 ribu, untungnya lumayan.
Tapi risikonya disita, dan katanya itu melanggar Permendag.
Jadi ya cuma ngitung, ga akan aku lakuin.
Mending aku jualan kue lagi."""),
("post","hn_donation_request",0,1,1,0,"""Gerakan Baju untuk Sumba 🤍
Kami menerima pakaian bekas layak pakai dari warga Kupang untuk keluarga di Sumba Timur yang terdampak kekeringan.
Baju dicuci dan dilipat rapi, dimasukkan karung atau kardus.
Drop point di Gereja Kota Baru Kupang.
Tidak diperjualbelikan."""),
]
