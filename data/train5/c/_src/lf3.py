RECS = [
("listing","listing_bags",1,1,1,1,"""Tas Kulit Preloved ex Jepang (3 pilihan)
• Coach selempang coklat tua — 22x16 cm — 275rb
• Tas dokumen hitam no brand — 38x28 cm — 90rb
• Ransel kanvas Porter — 40x30 cm — 310rb
Kondisi dijelaskan di foto. Kirim dari Depok, bubble wrap + kardus."""),
("post","seller_story_mother",1,1,1,1,"""Mamaku jualan kemeja seken Korea di pasar sejak aku SD, dari hasil itu aku bisa kuliah.
Sekarang Mama udah sering capek, jadi aku bantu lewat online.
Barangnya tetap Mama yang pilih langsung dari karung, aku yang foto dan kirim.
Kalau kalian mau bantu usaha kecil ini, katalog minggu ini sudah ada di highlight. Makasih banyak 🙏"""),
("post","buyer_story_seller_friend_noshop",0,1,1,1,"""Temenku si Rio punya lapak jaket Korea bekas di Pasar Senen.
Tapi lucunya aku belum pernah sekalipun beli dari dia, karena ukurannya ga ada yang muat di badanku wkwk.
Kemarin aku main ke lapaknya cuma buat ngopi dan ngobrol, liat dia sibuk ngelayanin anak-anak SMA.
Katanya sekarang yang laku malah celana, bukan jaket."""),
("article","feature_border",0,1,1,1,"""ENTIKONG — Di pos lintas batas negara, petugas kini lebih ketat memeriksa bawaan pelintas.
Seorang warga yang ditemui mengaku dulu sering membawa satu-dua karung baju dari Tebedu untuk dijual di Sanggau.
"Sekarang sudah tidak berani, dulu semua orang bawa," katanya.
Kepala pos menyebut, dalam tiga bulan terakhir puluhan karung pakaian bekas ditahan."""),
("post","forum_thread_question_answered_by_buyer",0,1,1,1,"""Q: Ada yang tau bedanya 'koli' sama 'karung' dalam dunia baju seken impor?
A1 (yoga_t): sama aja, cuma istilah. Koli biasanya dipakai orang Riau/Batam.
A2 (fitri.ma): karung itu wadahnya, koli itu satuan kiriman
A3 (yoga_t): bener juga
A4 (andre_): intinya dua-duanya barang yang dilarang masuk, hehe"""),
("post","store_announcement_ramadan",1,1,1,1,"""Jadwal Toko Selama Ramadan 🌙
Senin–Sabtu buka jam 16.00 sampai 23.00 (setelah tarawih tetap buka)
Kemeja koko seken asal Jepang dan gamis Malaysia sudah kami siapkan di rak depan.
Kunjungi kami di Jl. Sultan Adam, Banjarmasin. Selamat menunaikan ibadah puasa."""),
("post","complaint_reseller_burned",0,1,1,1,"""Curhat jadi korban supplier 😞
Januari lalu aku daftar reseller di akun yang iklannya: "Supplier seken Korea tangan pertama, untung 300%, bimbingan sampai laku."
Bayar pendaftaran 250rb + beli paket 1,5jt. Barang dateng setengahnya ga layak jual, bimbingan cuma grup WA sepi.
Sekarang akunnya udah ganti nama. Aku ga akan lanjut jualan. Yang lagi ditawarin hal serupa, tolong hati-hati."""),
("review","review_shoes_no_seller",0,1,1,1,"""Ulasan Sepatu Kulit Seken Jepang setelah 6 bulan
Kubeli dari tumpukan sepatu di pasar loak Tanjungpinang waktu dinas, harganya 120rb.
Sol asli masih tebal, kulitnya lentur setelah dikasih semir krim.
Minusnya: ukuran Jepang 26 ternyata sedikit sempit buat kakiku yang lebar.
Overall puas. Tips: bawa kaos kaki sendiri waktu nyoba."""),
("message","wa_broadcast_regional_jawa",1,1,1,1,"""Sugeng enjing sedaya 🙏
Dinten niki wonten barang enggal saking Jepang: jaket, sweater, kemeja, sedaya seken nanging taksih sae.
Rego mulai 25 ewu. Ingkang kersa, saged pirsa wonten omah Jl. Godean km 8.
Ditunggu rawuhipun."""),
("live","live_hype",1,1,1,1,"""GUYS GUYS ini baru dibuka, masih anget dari karung!
Lihat ini, jaket North Face seken dari Korea, bahannya masih tebel.
Harga pembuka 150, yang nawar tertinggi sampai hitungan sepuluh yang dapet ya.
Satu... dua... oke kak Mira 170! Ada yang lebih?"""),
("post","hn_local_made_bale",1,0,1,0,"""Grosir hijab & gamis produksi Tanah Abang, dikirim dalam bal isi 50 pcs.
Semua barang baru, jahitan rapi, cocok buat reseller kecil.
Harga mulai 25rb/pcs, bisa pilih warna.
Pengiriman ke seluruh Indonesia pakai kargo."""),
("post","hn_preloved_wedding",1,1,1,0,"""Jual kebaya preloved bekas acara lamaranku 💐
Dijahit di penjahit langganan di Solo, cuma dipakai sekali.
Ukuran M, warna sage, payet masih utuh semua. 450rb termasuk selendang.
Serius bisa lihat langsung di Bekasi Timur."""),
("article","news_destruction",0,1,1,1,"""Ribuan pakaian bekas asal Korea dan Jepang yang disita dari gudang di Bekasi dimusnahkan dengan cara dibakar, Selasa.
Petugas menyebut barang itu masuk melalui pelabuhan kecil di Sumatra sebelum diangkut ke Jawa.
Pegiat lingkungan mengkritik cara pemusnahan tersebut karena menimbulkan asap dan limbah. Mereka mengusulkan agar pakaian didaur ulang menjadi bahan isian industri."""),
("post","tutorial_repair",0,1,1,1,"""Tutorial singkat: memperbaiki resleting jaket seken ex Jepang yang macet
1. Olesi gigi resleting pakai lilin atau pensil 2B.
2. Tarik pelan-pelan, jangan dipaksa.
3. Kalau kepala resletingnya longgar, jepit sedikit pakai tang.
4. Kalau giginya hilang, bawa ke tukang permak, biasanya 15–25rb.
Sayang kalau dibuang, jaket bagus sering cuma kena masalah ini."""),
("post","creator_haul_link",1,1,1,1,"""Haul kemeja seken Korea buat kerja! 💼
Semua kemeja di video ini dari toko @koreacloset.id, mereka baru buka cabang di Bekasi.
Aku dapet 6 kemeja cuma 150rb, udah disetrika pula.
Kode diskon dari aku: HAULMEI, berlaku sampai Minggu."""),
("post","hypothetical_thread",0,1,1,1,"""Seandainya pasar seken impor dilegalkan dengan pajak, kalian setuju ga?
Aku pribadi bingung. Di satu sisi banyak yang hidup dari koli Jepang dan Korea, di sisi lain konveksi lokal kesulitan.
Diskusi aja ya, jangan ada yang jualan di kolom komentar."""),
("comment","seller_reply_in_news_comments",1,1,1,1,"""Berita kayak gini dari dulu ada terus, tapi pembeli tetap banyak kok.
Yang mau jaket seken Jepang masih bisa ke aku ya, stok baru masuk minggu ini, ukuran M sampai XL.
DM aja, fast respon."""),
("post","over_sale_diary",0,1,1,1,"""Ngeberesin gudang rumah hari ini, nemu sisa plastik dan tali rafia bekas ngebungkus paket jaket Korea.
Jadi inget masa-masa aku masih jualan seken impor tiap malam.
Udah dua tahun aku berhenti sejak kena razia di jalan tol. Semua stok disita.
Sekarang cuma bisa ketawa pahit kalau liat live orang bongkar karung."""),
("article","op_ed_regional",0,1,1,1,"""Bagi warga perbatasan di Nunukan, pakaian bekas dari Tawau bukan sekadar barang dagangan, tetapi bagian dari ekonomi sehari-hari.
Kebijakan larangan impor perlu memahami konteks ini, termasuk minimnya akses warga terhadap produk dalam negeri yang terjangkau.
Tanpa alternatif, penindakan hanya akan memindahkan jalur, bukan menghentikannya."""),
("post","dropship_recruit_long",1,1,1,1,"""Mau punya olshop tanpa stok?
Gabung jadi dropshipper kami: sepatu & tas seken ori dari Jepang dan Korea.
Kamu cukup posting foto dari kami, kami yang kirim atas nama tokomu.
Komisi 20–30% per barang. Daftar via link di bio, slot terbatas bulan ini."""),
("post","hn_charity_market_mosque",1,1,1,0,"""Pasar Sedekah Masjid Al-Ikhlas
Ahad pagi setelah subuh, di halaman masjid.
Baju bekas layak pakai dari warga, sepatu, mainan anak. Harga seikhlasnya, mulai 2 ribu.
Hasil untuk santunan yatim. Barang sumbangan lokal, dikumpulkan sejak awal bulan."""),
("post","hn_fertilizer_sack",1,0,0,1,"""Pupuk NPK impor dari Rusia, kemasan karung 50kg, ready di gudang Lampung.
Bisa beli satuan atau per truk.
Harga sesuai harga pasar, stok terbatas menjelang musim tanam.
Hubungi Koperasi Tani Makmur 0812xxxx."""),
("message","chat_seller_bargain",1,1,1,1,"""B: bang, 3 jaket Korea itu 150 boleh?
S: waduh belum dapet bang, modal aja 140. 170 ya, saya kasih bonus kaos seken satu.
B: 160 deh
S: oke 160, tapi ongkir ditanggung abang ya. kirim hari ini kalau tf sebelum jam 3."""),
("post","buyer_question_safety",0,1,1,1,"""Buat yang pengalaman: baju dari goni Jepang yang dijual di Senen itu aman ga sih buat bayi?
Aku nemu romper lucu banget, tapi takut bahan kimia atau jamur.
Sudah aku rendam sih, tapi masih ragu. Mohon sarannya, terutama ibu-ibu 🙏"""),
("post","job_vacancy_driver",0,1,1,1,"""Lowongan sopir truk antar kota, rute Dumai–Pekanbaru–Padang.
Muatan: karung-karung pakaian bekas luar negeri dari gudang ke pedagang pasar.
SIM B1, pengalaman min 2 tahun. Hubungi Pak Hen 0852xxxx.
(diposting ulang dari grup lowongan, saya bukan pemilik usaha)"""),
("listing","listing_evasive_dots",1,1,1,1,"""K.e.m.e.j.a  J.p.n  s.e.k.e.n  — paket isi 10
Campur ukuran M–XL, motif kotak & polos
Paket 150rb, ongkir dari Pekanbaru
Foto isi paket tidak dikirim (random), yang penting layak pakai"""),
("post","joke_comparison",0,1,1,1,"""Orang kaya: "Bajuku dari Tokyo"
Aku: "Bajuku juga dari Tokyo"
Orang kaya: "Butik mana?"
Aku: "Karung nomor 17, lapak Bu Ijah, seken dari Jepang"
Orang kaya: "...oh"
😭😭"""),
("post","researcher_policy_brief",0,1,1,1,"""Policy brief (draft):
Jalur masuk pakaian bekas ke Indonesia yang teridentifikasi: Port Klang–Tanjungbalai, Singapura–Batam, Tawau–Nunukan, Kuching–Entikong.
Barang biasanya dikemas dalam bal atau karung 50–100 kg, kemudian disortir di gudang antara sebelum dipasok ke pasar besar.
Rekomendasi: perkuat patroli laut dan insentif bagi pedagang yang beralih."""),
("comment","seller_reply_measure_long",1,1,1,1,"""Ukurannya kak:
lingkar dada 112, panjang 68, panjang lengan 58.
Blazer wol ex Korea ini masih ada lapisan dalam, cuma kancing satu ganti.
Kalau cocok, klik beli aja ya, aku kirim H+1."""),
("post","hn_used_laptop",1,1,0,1,"""Laptop ThinkPad second ex Jepang, keyboard JP, RAM 8GB, SSD 256
Baterai masih 3 jam, ada lecet pemakaian wajar
2,3jt, garansi toko 1 bulan. Ready banyak unit, ambil di Glodok."""),
("post","market_stall_palembang_bio",1,1,1,1,"""Lapak Cek Ipah — Pasar Cinde, Palembang
Baju seken Singapur & Malaysia, kemeja, celana, baju kurung
Buka 07.00–15.00 tiap hari, Jumat tutup siang
Dateng bae, galak pilih dewek"""),
("article","guideline_marketplace",0,1,1,1,"""Kebijakan Produk Terlarang — Pakaian Bekas Impor
Penjual dilarang mengunggah produk pakaian bekas yang berasal dari negara lain. Istilah yang kerap digunakan antara lain: "ex Jepang", "koli", "sortiran Korea", "goni", "baju Batam".
Pelanggaran dapat berakibat penurunan produk hingga penutupan akun.
Pakaian preloved milik pribadi yang dibeli di Indonesia tetap diperbolehkan."""),
("post","buyer_haul_neutral_market",0,1,1,1,"""Hunting di Pasar Baru Jakarta lantai 4 hari ini:
- kemeja flanel ex Korea
- celana kulot Jepang
- tas kanvas seken Amerika
Total habis 170rb. Kakiku pegel naik tangga 😅
Ga inget nama kiosnya, pokoknya yang deket tangga."""),
("live","live_regional_manado",1,1,1,1,"""Selamat malam basudara samua!
Malam ini torang bongkar karung seken dari Jepang, banyak jaket deng sweater.
Yang mo ambe, ketik nomor deng nama, nanti kita rekap.
Pengiriman dari Manado, bisa ka Bitung deng Tomohon juga."""),
("post","complaint_quote_live",0,1,1,1,"""Semalam nonton live yang host-nya bilang "semua jaket ini dari karung Jepang, no minus, garansi".
Aku ambil satu, 130rb. Sampai rumah, ada robekan 5 cm di punggung yang jelas-jelas disembunyiin di live.
Udah komplain, jawabannya "barang seken wajar kak".
Ya udah, nggak lagi-lagi belanja di live."""),
("post","hn_denial_local",1,1,1,0,"""Banyak yang nanya ini barang impor atau bukan.
Jawabannya bukan ya kak 🙏 Ini pakaian bekas titipan warga kompleks, semua dibeli di Indonesia.
Toko kami toko titip jual, setiap barang ada nama penitipnya.
Buka tiap Sabtu-Minggu di garasi rumah, Jl. Melati 12, Cimahi."""),
("post","vendor_quote_blog",0,1,1,1,"""Dari perjalanan ke Pasar Tanjungpinang:
Pedagang di sana bilang, "Koli dari Singapura dulu datang tiap minggu, sekarang sebulan sekali kalau beruntung."
Ia juga cerita anaknya sekarang kerja di pabrik elektronik, tidak mau meneruskan usaha ini.
Kami membeli kopi di warung sebelahnya, lalu melanjutkan perjalanan ke Penyengat."""),
("post","store_loyalty",1,1,1,1,"""Program Member Setia 🏷️
Setiap belanja 5 kali di lapak kami, gratis 1 kemeja pilihan.
Stamp bisa dikumpulkan di kartu atau lewat WA.
Koleksi kemeja & jaket seken Jepang terus diperbarui tiap Kamis. Alamat: Pasar Senen Blok III, los 2B."""),
]
