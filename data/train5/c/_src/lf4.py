RECS = [
("post","seller_sounds_buyer",1,1,1,1,"""Ga nyangka banget hari ini nemu coat camel kayak gini di tumpukan dari Korea 😭
Bahannya wol 80%, lining masih bagus, cuma kancing satu beda warna.
Aku ga muat sih, jadi siapa yang mau angkat aja, 90rb sudah sama ongkir Jabodetabek. First DM dapet."""),
("post","buyer_sounds_seller",0,1,1,1,"""Update koleksi pribadi: 12 jaket seken Jepang, 8 kemeja Korea, 3 coat.
Semua hasil hunting di Senen dan Gedebage selama setahun.
Ada yang nanya mau dijual ga? Nggak ya, ini buat dipakai sendiri, maaf 🙏
Aku cuma seneng aja nyusun dan fotoin."""),
("listing","listing_english_mix",1,1,1,1,"""Vintage Japan Denim Jacket (pre-owned)
Size: M fit L, pit to pit 57 cm, length 66 cm
Condition: 8/10, natural fading, no holes
Price: 185k, include bubble wrap
Shipping from Jakarta every weekday, DM for more pics. No hold without DP ya."""),
("article","feature_vendor_switch",0,1,1,1,"""SENEN — Tiga tahun lalu, Agus (45) masih membongkar karung berisi jaket asal Jepang setiap subuh. Kini ia memajang kaos sablon buatan Bandung.
"Untung lebih kecil, tapi tidur lebih tenang," katanya.
Menurut Agus, dari 30 pedagang di lorongnya, tinggal sepertiga yang masih menjual pakaian bekas luar negeri.
Ia berharap pemerintah memberi akses modal bagi pedagang yang beralih."""),
("post","forum_seller_answer_decides",1,1,1,1,"""Thread: harga wajar kemeja seken Jepang berapa sih?
- nadia.r: di Senen 25–40rb biasanya
- fajar_a: online lebih mahal, 50an
- rumah.kemeja.jpn: kalau mau yang udah dicuci & setrika, di tempatku 35rb flat kak, cek katalog di bio 🙂
- nadia.r: oh oke"""),
("post","forum_no_seller",0,1,1,1,"""Thread: harga wajar jaket seken Korea di Medan berapa?
- bobby_s: di Pajak Melati 50–100 tergantung merk
- rika.mdn: kalau North Face bisa 200an
- bobby_s: iya, kadang ada yang ngaku ori padahal KW
- tono88: aku nawar sampe setengah harga biasanya dikasih
Thread bermanfaat, makasih semua!"""),
("post","store_announcement_price_change",1,1,1,1,"""Pengumuman penyesuaian harga 🙏
Karena ongkos kapal dari Singapura naik, mulai bulan ini harga per ikat sortiran kami naik 10%.
Harga eceran di lapak Jodoh Batam tetap sama untuk kemeja dan kaos.
Terima kasih atas pengertiannya, mitra semua."""),
("post","complaint_long_quote_ad2",0,1,1,1,"""Panjang, tapi tolong dibaca biar ga ada korban lagi.
Iklan yang aku lihat: "Karung Jepang sortir premium, isi jaket bermerk, berat 30kg, dijamin ga ada sampah. Harga 1,7jt."
Aku bayar lunas karena penjualnya kasih video gudang yang meyakinkan.
Isi karungnya: banyak kaos sobek, handuk, bahkan gorden bekas. Jaket bermerk cuma 2.
Waktu aku minta tukar, nomorku diblokir. Bukti transfer dan chat sudah aku serahkan ke polisi siber."""),
("review","review_store_experience_negative",0,1,1,1,"""Review jujur toko fisik seken impor di Jalan Cihampelas yang lagi viral:
Tempatnya bagus, ber-AC, barang digantung rapi per warna.
Tapi harganya kayak butik, kemeja Jepang 150rb. Menurutku ga sebanding.
Aku keluar tanpa beli apa-apa. Bintang 3 buat suasana, bintang 1 buat harga."""),
("message","broadcast_sold_next",1,1,1,1,"""Update dari Lapak Nami 📢
Batch jaket Jepang kemarin SOLD OUT dalam 2 jam, makasih banyak ya 🥹
Batch berikutnya: Jumat malam jam 8, isi sweater dan cardigan.
Yang mau diingatkan, balas pesan ini dengan 'INGATKAN'."""),
("live","live_reseller_session",1,1,1,1,"""Sesi khusus reseller malam ini ya!
Yang sudah terdaftar bisa ambil harga grosir: kemeja ex Jepang 18rb, celana 22rb, minimal 20 potong.
Barang diambil langsung dari koli yang baru turun dari Tanjungbalai.
Yang belum daftar, chat admin dulu, jangan langsung komen."""),
("post","hn_new_clothes_thrift_name",1,0,1,0,"""Namanya memang 'Thrift Vibes', tapi semua produk kami baru 🙌
Kemeja flanel, celana corduroy, rajutan ala nenek, dijahit konveksi kami di Majalaya.
Kami tidak menjual barang bekas atau barang impor.
Promo gajian: beli 2 gratis totebag."""),
("post","hn_own_preloved_kid",1,1,1,0,"""Lungsuran anak sudah kekecilan semua 🥲 (preloved)
Baju anak usia 2–3 tahun, beli di Matahari dan toko lokal, kondisi 80–90%.
Dijual satu paket 15 potong 100rb, bisa ambil di Sidoarjo.
Sekalian buat yang butuh, harga bisa kurang kalau untuk panti."""),
("article","news_platform_takedown",0,1,1,1,"""Sebuah platform e-commerce mengklaim telah menurunkan lebih dari 10 ribu produk pakaian bekas impor dalam enam bulan terakhir.
Menurut perwakilan platform, penjual kerap mengganti istilah, seperti menulis "2nd ex JPN", "goni", atau menyisipkan titik di antara huruf, untuk mengelabui sistem.
Platform mengaku terus memperbarui daftar kata kunci bersama Kementerian Perdagangan."""),
("post","tutorial_bargain",0,1,1,1,"""Tips nawar di pasar seken impor kayak Senen atau Gedebage:
1. Jangan langsung bilang suka, nanti harga naik.
2. Ambil 3–4 barang sekaligus, tawar per paket.
3. Tunjukin minusnya dengan sopan.
4. Datang pagi pas barang baru dibuka, atau sore pas pedagang mau pulang.
Tapi ingat, pedagang juga cari makan, jangan nawar kelewatan ya."""),
("post","creator_collab_shop",1,1,1,1,"""Kolaborasi bareng @sepatu.seken.osaka 👟
Aku dikirimin 3 pasang sneakers seken Jepang buat di-review, dan jujur kondisinya kayak baru.
Buat kalian yang mau, mereka kasih diskon 15% pakai kode RAKAxOSAKA sampai akhir bulan.
Link toko ada di story aku ya."""),
("post","hypothetical_business_plan",0,1,1,1,"""Rencana bisnis tugas kuliah kewirausahaan:
Kelompok kami awalnya mau bikin simulasi 'toko seken impor Jepang' karena lagi tren.
Tapi dosen mengingatkan bahwa baju seken dari luar itu dilarang masuk, jadi kami ganti ide jadi jasa laundry khusus jaket.
Lumayan, tetap nyambung sama pasar yang sama 😄"""),
("comment","seller_reply_comment_chain",1,1,1,1,"""@fanny.ls masih kak! yang abu-abu tinggal 1, yang hitam udah diambil kakak di atas.
Sweater ex Korea ini bahannya tebel, cocok buat ke Bandung.
Aku tandain buat kakak sampai jam 9 ya."""),
("post","over_sale_reflection",0,1,1,1,"""Refleksi 5 tahun pernah jadi penjual kemeja seken impor:
Aku belajar memilih, mencuci, memotret, dan melayani pembeli.
Tapi aku juga belajar bahwa usaha yang bergantung pada barang selundupan itu rapuh.
Sejak tahun lalu aku sudah tidak jual lagi. Ilmunya aku pakai buat jualan produk konveksi teman."""),
("article","op_ed_waste",0,1,1,1,"""Indonesia kerap menjadi tujuan akhir pakaian bekas dari negara-negara kaya. Sebagian memang sampai di Gedebage atau Senen dan dipakai kembali, tetapi sebagian lain tak layak jual dan berakhir sebagai sampah.
Larangan impor adalah langkah penting, namun perlu diikuti pengelolaan limbah tekstil yang sudah terlanjur masuk."""),
("post","reseller_recruit_ig",1,1,1,1,"""Yuk jadi agen! 🙌
Kami suplai kemeja & celana seken ex Korea, kualitas pilihan, sudah di-sortir.
Agen dapat harga 20% lebih murah + boleh retur yang cacat.
Berlaku untuk area Sulawesi. Info lengkap di WA 0811xxxx (chat only)."""),
("post","hn_bazaar_campus",1,1,1,0,"""Garage Sale Himpunan Mahasiswa Teknik 🎪
Barang bekas milik anggota: jaket himpunan, buku kuliah, kalkulator, sepatu.
Semua barang dari anggota sendiri, uangnya untuk dana dies natalis.
Kamis–Jumat di selasar gedung C, jam 10–15."""),
("post","hn_used_sacks_seller",1,1,0,1,"""Karung bekas impor ex tepung Australia, kondisi bersih, tidak sobek.
Cocok untuk wadah gabah, pasir, atau kerajinan.
Harga 2.500/lembar, minimal 200 lembar. Lokasi Surabaya."""),
("message","chat_delivery_status",1,1,1,1,"""Kak, paket celana seken Jepang nya sudah aku kirim tadi sore ya, resi JP12xxxx.
Sekalian info, besok malam ada bongkaran baru, kalau mau aku fotoin duluan sebelum upload, kabari aja."""),
("post","buyer_question_size",0,1,1,1,"""Pertanyaan untuk yang sering beli seken Jepang:
Ukuran L Jepang itu setara M Indonesia ya?
Aku mau nyari jaket buat suami di Gedebage minggu depan, takut salah ukuran karena ga bisa coba.
Makasih infonya!"""),
("post","parent_humor",0,1,1,1,"""Bapakku 60 tahun, baru tau istilah 'koli Jepang' dari cucunya.
Terus dia bilang, "Lah, dulu jaman Bapak muda di Tanjungpriok itu namanya barang rombengan, bukan koli."
Sekarang dia pake jaket seken Korea hadiah cucunya tiap ronda malam 😂"""),
("post","job_vacancy_photographer",0,1,1,1,"""Dicari fotografer produk freelance untuk toko online pakaian seken asal Jepang.
Tugas: foto 100 potong per minggu, editing ringan.
Lokasi studio di Depok. Fee per foto.
Kirim portofolio ke email (tidak melayani telepon)."""),
("listing","listing_ton_wholesale",1,1,1,1,"""Tersedia 2 ton sortiran campur dari Jepang & Korea
Dikemas per 100 kg, kondisi layak jual 70%
Lokasi gudang: Belawan, siap muat
Harga per ton nego, survey gudang boleh, serius hubungi via DM"""),
("post","researcher_fieldnote2",0,1,1,1,"""Observasi Pasar Cakar Makassar, pukul 09.00–11.00.
Terlihat kurang lebih 40 lapak aktif. Barang didominasi pakaian asal Korea, beberapa Jepang.
Pedagang membuka karung di depan pembeli untuk menunjukkan barang 'baru bongkar'.
Catatan: beberapa pedagang menolak difoto setelah tahu saya peneliti."""),
("comment","seller_reply_availability_regional_banjar",1,1,1,1,"""Ada haja pian, jaket seken Korea nang hirang ukuran XL masih ada dua.
Ulun kirimakan lewat JNE ka Martapura kawa, ongkir 12 ribu.
Bayar lewat DANA atau BRI kawa jua."""),
("post","hn_used_appliance_import",1,1,0,1,"""Kulkas & mesin cuci second ex Jepang, barang dari kontainer baru sampai
Voltase sudah disesuaikan, garansi servis 3 bulan
Lokasi: Jl. Raya Bogor km 30
Harga mulai 1,2jt"""),
("post","stall_directions_bandung",1,1,1,1,"""Buat yang kemarin nanya lewat DM:
Kios kami di Gedebage, blok jaket, masuk dari gerbang utama lurus sampai ketemu warung kopi, belok kanan, kios ke-5.
Jaket seken Korea dan Jepang, harga mulai 40rb.
Buka setiap hari jam 8, kecuali Senin."""),
("article","official_socialization",0,1,1,1,"""Dinas Perdagangan Kota mengadakan sosialisasi kepada pedagang pasar mengenai larangan impor pakaian bekas.
Dalam sosialisasi, petugas menjelaskan bahwa istilah seperti "karung", "koli", atau "ex Korea" dalam iklan daring dapat menjadi dasar penurunan konten.
Pedagang diberi informasi soal program pelatihan dan pinjaman lunak untuk beralih ke produk lokal."""),
("post","buyer_haul_shop_named_negative",0,1,1,1,"""Ngebahas kios Ko Hendra di Pajak Melati yang katanya legend itu.
Aku ke sana kemarin, ternyata pilihannya dikit, jaket Korea yang bagus udah diambil reseller pagi-pagi.
Aku ga beli apa-apa. Mungkin lain kali datang lebih subuh."""),
("live","live_giveaway",1,1,1,1,"""Malam ini sambil bongkar koli Jepang, kita bagi-bagi giveaway!
Syaratnya gampang: share live ini dan komen 'semangat'.
Hadiahnya satu jaket varsity pilihan penonton.
Jangan lupa juga belanjain yang lain ya, semua 35 ribu, ketik nomor gantungan."""),
("post","complaint_report_quote_bio",0,1,1,1,"""Sudah aku laporkan akun ini ke platform.
Di bionya tertulis: "Supplier karung seken Korea & Jepang, kirim dari Batam, harga tangan pertama."
Menurutku jelas melanggar aturan Permendag soal barang dilarang impor.
Kalau kalian lihat akun serupa, laporkan juga ya."""),
("post","hn_rejected_export",1,0,1,0,"""Factory outlet kami menjual kaos dan celana sisa ekspor dari pabrik garmen di Bogor.
Barang baru, label brand luar dipotong, ada cacat kecil di beberapa potong.
Harga mulai 20rb, buka setiap hari.
Bukan pakaian bekas ya kak."""),
("comment","buyer_asks_seller_in_comment",0,1,1,1,"""Kak, ini jaket Jepangnya ready ga? Aku lihat di story kemarin ada yang warna krem.
Kalau ada, bisa COD di Stasiun Bogor?
Kalau ukuran M aku ambil dua.
Ditunggu balasannya ya kak 🙏"""),
("post","store_closing_final_sale",1,1,1,1,"""Kabar sedih: toko kami tutup akhir bulan ini 😢
Sebelum tutup, semua stok seken Jepang & Korea diskon 50%, jaket, kemeja, celana.
Datang langsung ke toko di Jl. Veteran, Malang, atau order via WA.
Terima kasih sudah menemani 6 tahun ini."""),
("post","hn_preloved_designer_local",1,1,1,0,"""Preloved koleksi pribadi dari desainer lokal:
- Outer tenun NTT, 1x pakai, 500rb
- Dress batik tulis Pekalongan, 650rb
Dibeli langsung dari butik mereka di Jakarta. Kondisi 95%.
Minat serius DM."""),
]
