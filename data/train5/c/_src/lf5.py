RECS = [
("post","seller_story_layoff",1,1,1,1,"""Kena PHK bulan Maret, bingung mau ngapain.
Kakakku yang di Pekanbaru bilang coba aja jualan kemeja dari goni Malaysia, dia bantu kirim.
Empat bulan berjalan, alhamdulillah bisa bayar kontrakan.
Buat yang mau bantu, aku posting barang tiap malam jam 7 di grup FB 'Seken Murah Bekasi'. Mampir ya."""),
("post","buyer_story_mentions_stall_no_promo",0,1,1,1,"""Di Pasar Tungging ada satu pedagang tua yang selalu nyanyi lagu Rhoma sambil ngelipat kemeja seken Korea.
Aku ga tau namanya, tapi setiap lewat pasti berhenti sebentar dengerin.
Hari ini dia ga ada. Kata pedagang sebelahnya, beliau sakit.
Semoga cepat sembuh, Pak."""),
("listing","listing_shoes_sizes",1,1,1,1,"""Sepatu seken ex Korea — update stok:
1. New Balance 574 abu, 42 (27cm), insole baru — 210rb
2. Converse hitam high, 40 — 130rb
3. Dr. Martens 1461, UK 8, sol 70% — 480rb
Semua sudah dicuci & disinfeksi. Kirim dari Surabaya pakai kardus double."""),
("article","news_feature_market_day",0,1,1,1,"""Pukul 06.00, truk boks berhenti di belakang Pasar Kebon Kalapa, Bogor. Beberapa pria menurunkan karung-karung besar berisi pakaian bekas.
Pedagang menyebut barang itu didatangkan dari mancanegara, dipasok lewat pengepul di Jakarta.
"Kalau ditanya dari mana persisnya, kami juga tidak tahu, yang penting ada barang," kata seorang pedagang yang meminta namanya tidak ditulis.
Pemerintah kota menyatakan akan berkoordinasi dengan aparat terkait."""),
("post","forum_thread_mod_removes",0,1,1,1,"""[Diskusi] Masih layak ga beli sepatu seken impor?
- riza_k: layak asal dicek sol dan bagian dalem
- momo.chan: aku takut jamur kaki sih
- (komentar dihapus oleh moderator karena berisi promosi toko)
- riza_k: lah ada yang jualan tadi wkwk
- momo.chan: udah dihapus 😆"""),
("post","store_anniversary_offer",1,1,1,1,"""Toko kecil kami ulang tahun ke-3 🎂
Dari satu rak besi di teras, sekarang punya kios sendiri di Pasar Jongkok.
Rayakan bareng: semua kemeja ex Jepang 3 potong 50rb, khusus Sabtu ini.
Terima kasih untuk semua yang sudah percaya."""),
("post","complaint_ministry_letter",0,1,1,1,"""Surat terbuka untuk Kementerian Perdagangan:
Saya pemilik konveksi kecil di Bandung. Omzet kami turun 40% sejak pasar dipenuhi jaket bekas dari Korea dan Jepang yang dijual 30–50 ribu.
Saya mohon penegakan larangan masuknya baju seken dilakukan serius, terutama di jalur Batam dan pelabuhan kecil di Riau.
Kami tidak minta diistimewakan, hanya ingin bersaing secara adil."""),
("review","review_shop_no_name_blog",0,1,1,1,"""Blog: Belanja Seken di Pasar Senen, Worth It?
Pro: pilihan banyak, harga mulai 15 ribu, bisa nawar.
Kontra: panas, sempit, harus teliti cek noda dan bolong.
Aku dapat jas wol Jepang buat wisuda adik, 85 ribu setelah laundry.
Kesimpulan: worth it kalau sabar. Tulisan ini tanpa endorse."""),
("message","wa_chat_seller_offer_first",1,1,1,1,"""Assalamualaikum bu, saya dapat nomor ibu dari grup pengajian.
Saya ada gamis dan tunik seken dari Malaysia, masih bagus-bagus, harga 35–60rb.
Kalau ibu berkenan, saya kirimkan fotonya. Bisa antar ke rumah untuk wilayah Pontianak Kota."""),
("live","live_quick_sale",1,1,1,1,"""Oke oke fokus ya guys, ini kemeja linen Jepang, putih gading, size L.
Kondisi: ada bercak kecil di ujung bawah, ketutup kalau dimasukin.
Dua puluh lima ribu, siapa cepat. Kak Uli dapet! Next!
Nomor 38 celana chino Korea, pinggang 31, tiga puluh ribu..."""),
("post","hn_new_korean_import",1,0,1,1,"""Fashion Korea READY STOCK 🇰🇷
Langsung dari Dongdaemun, barang baru dengan tag, dikirim pakai jasa kargo resmi.
Outer, knit, celana wide leg.
PO batch 2 dibuka sampai Minggu, estimasi datang 3 minggu."""),
("post","hn_own_preloved_jacket_trip",1,1,1,0,"""Jual jaket gunung pribadi, beli di Eiger Bandung tahun 2021.
Pernah dipakai naik Rinjani & Semeru, masih waterproof.
Size L, minus sedikit pudar di bahu. 400rb nego.
Bukan barang impor seken ya, ini punya sendiri."""),
("article","news_raid_warehouse",0,1,1,1,"""Polisi menggerebek sebuah gudang di Karawang yang diduga menjadi tempat penyortiran pakaian bekas impor.
Dari lokasi, petugas menemukan 1.200 karung pakaian, sebagian besar masih tersegel, serta puluhan pekerja yang sedang memilah barang.
Pemilik gudang kini diperiksa. Menurut petugas, barang dipasok ke sejumlah pasar di Jabodetabek dan Bandung."""),
("post","tutorial_deodorize",0,1,1,1,"""Bau khas 'karung' di baju seken impor itu bisa hilang kok:
- Rendam pakai baking soda 2 sdm + air hangat semalaman
- Cuci normal, tambah sedikit cuka di bilasan terakhir
- Jemur di tempat berangin, jangan dilipat sebelum kering total
Sudah kucoba ke 10 kemeja Jepang yang kubeli di pasar, berhasil semua."""),
("post","creator_haul_tiktok_caption",1,1,1,1,"""Budget 200rb dapet 7 item?? 😱
Semua dari live @lapakbudeh tadi malam, isinya seken Jepang dan Korea.
Favoritku jaket denim pudar ini, cuma 35rb!
Mereka live lagi Rabu malam, kalau mau nitip komen di sana ya. #haul #fyp"""),
("post","hypothetical_story",0,1,1,1,"""Kadang aku ngebayangin, kalau dulu aku ngikutin ajakan Om buat buka kios seken impor di Tanjungpinang, mungkin sekarang udah punya gudang.
Atau mungkin malah udah kena sita semua.
Akhirnya aku pilih kuliah. Ga nyesel sih, cuma kadang penasaran aja."""),
("comment","seller_reply_shipping_abroad",1,1,1,1,"""Bisa kak kirim ke Timor Leste, tapi lewat kargo dari Kupang ya.
Untuk 5 kemeja seken Jepang yang kakak pilih totalnya 175rb, ongkir nanti aku cek dulu.
Sambil nunggu, barangnya aku pisahin."""),
("post","over_sale_marketplace",0,1,1,1,"""Buat yang nyari akun lamaku yang jualan jaket second ex Korea: udah aku hapus ya.
Aku berhenti sejak aturan makin ketat, dan jujur aku juga ga nyaman jualan barang yang dilarang.
Terima kasih untuk semua pelanggan. Jangan DM nanyain stok lagi ya, beneran udah ga ada."""),
("article","op_ed_gen_z",0,1,1,1,"""Thrifting menjadi simbol gaya hidup hemat dan ramah lingkungan di kalangan Gen Z. Ironisnya, sebagian besar barang yang dibeli justru datang dari pakaian bekas selundupan yang dilarang.
Penulis mengusulkan agar kampanye 'thrift' dialihkan ke pasar preloved lokal dan tukar-menukar pakaian antarwarga, sehingga semangat keberlanjutan tetap ada tanpa melanggar aturan."""),
("post","reseller_whatsapp_group_invite",1,1,1,1,"""Grup WA 'Grosir 2nd Jepang Bandung' buka anggota baru!
Di grup ini kami share foto koli sebelum dibuka, anggota bisa booking per lot.
Syarat: serius beli, minimal ambil 10kg per bulan.
Klik link di bio, isi nama dan kota."""),
("post","hn_donation_drive",0,1,1,0,"""Open donasi baju bekas layak pakai untuk warga terdampak gempa Cianjur.
Kriteria: bersih, tidak sobek, dilipat rapi. Pakaian anak sangat dibutuhkan.
Drop point: sekretariat karang taruna RW 05, setiap hari jam 9–17.
Kami tidak menerima uang, hanya barang."""),
("post","hn_motor_parts_bale",1,1,0,1,"""Bongkaran motor copot ex Jepang datang lagi, per karung isi campur: karburator, CDI, lampu.
Cocok buat bengkel dan tukang modif.
Lokasi gudang di Tanjung Priok. Ambil langsung atau kirim ekspedisi."""),
("message","chat_seller_stock_correction",1,1,1,1,"""Maaf kak, tadi aku salah info. Celana kulot yang krem udah laku duluan.
Gantinya ada yang warna olive, sama-sama dari karung Korea, ukuran sama.
Harganya aku kurangin 5rb deh sebagai permintaan maaf, gimana?"""),
("post","buyer_asks_group",0,1,1,1,"""Halo grup, ada yang pernah ambil goni Jepang buat dipakai keluarga besar?
Keluarga kami 12 orang, rencana patungan satu goni buat baju kerja kebun.
Ga dijual lagi ya, cuma dipakai. Kira-kira isinya cocok ga buat kerja kasar?"""),
("post","parent_memory_market",0,1,1,1,"""Dulu Ayah kerja sebagai kuli di Pelabuhan Belawan.
Kadang beliau pulang bawa satu-dua jaket dari tumpukan barang bekas luar negeri yang dibagi-bagi mandor.
Jaket-jaket itu yang kami pakai ke sekolah waktu musim hujan.
Sekarang aku paham itu barang selundupan, tapi waktu itu rasanya seperti hadiah."""),
("post","job_vacancy_live_host",0,1,1,1,"""Dicari host live streaming untuk toko pakaian seken Jepang & Korea.
Jadwal malam 19.00–23.00, 5 hari seminggu.
Syarat: komunikatif, tidak malu di kamera, domisili Bekasi.
Gaji pokok + komisi. Kirim CV ke DM (bukan untuk membeli barang)."""),
("listing","listing_koli_leet",1,1,1,1,"""K0R3A m1x 25kg 👕👖
Isi: kemeja, kaos, celana panjang
Grade: A-/B+
Harga 1,1jt free karung, ongkir sesuai lokasi (dari Batam)
Order no basa-basi, DP dulu baru dikirim"""),
("post","joke_seller_buyer_confusion",0,1,1,1,"""Temen: "Kamu jualan baju seken Korea ya? Story-mu isinya jaket semua"
Aku: "Nggak, itu koleksi pribadi"
Temen: "Kok tiap hari ganti?"
Aku: "...aku punya masalah"
Ini bukan toko, ini cry for help 😭"""),
("post","researcher_interview_vendor_quote",0,1,1,1,"""Transkrip ringkas wawancara (Informan P-07, pedagang, Pasar Senen):
"Saya ambil barang dari gudang di Bekasi, per karung. Katanya dari Jepang, saya tidak pernah lihat dokumennya."
"Kalau ada razia, saya tutup kios seminggu."
Informan menolak menyebut nama pemasok. Wawancara dilakukan dengan persetujuan lisan."""),
("comment","seller_reply_question_bundle",1,1,1,1,"""Boleh kak, kalau ambil 5 bisa pilih sendiri dari album 'KEMEJA JPN'.
Satu paket 5 kemeja jadi 120rb, free ongkir Jawa Timur.
Tinggal sebutin nomornya di chat."""),
("post","hn_used_tires",1,1,0,1,"""Ban bekas impor ex Jepang, ring 15 dan 16, ketebalan 70–80%.
Dijual per set 4 ban, harga mulai 800rb.
Bengkel kami di Jl. Pemuda, Semarang. Bisa pasang di tempat."""),
("post","stall_bio_instagram",1,1,1,1,"""🛍️ Lapak Bu Dar, Pasar Senen Blok III lt.2 no.118
Jaket & coat Jepang-Korea, kondisi pilihan
📍 Buka 09.00–17.00, Senin libur
📦 Bisa kirim, tanya dulu ongkirnya"""),
("article","guideline_school",0,1,1,1,"""Edaran untuk Siswa dan Orang Tua:
Dalam rangka kegiatan kewirausahaan sekolah, siswa tidak diperkenankan menjual pakaian bekas yang berasal dari impor (misalnya yang dibeli per karung atau per koli).
Siswa dipersilakan menjual hasil karya sendiri, makanan, atau barang bekas milik pribadi yang dibeli di dalam negeri.
Terima kasih atas perhatiannya."""),
("post","buyer_haul_market_only",0,1,1,1,"""Hari ini ke Pasar Jongkok Batam. Berdesakan, panas, tapi seru!
Dapat 4 kemeja seken dari Singapura, satu celana chino.
Pulangnya mampir makan mi lendir. Besok balik ke Jakarta, koper penuh baju 😅"""),
("live","live_restock_announcement",1,1,1,1,"""Sebelum mulai, pengumuman dulu ya!
Minggu depan kita libur live karena nunggu kiriman karung dari Tanjungpinang.
Hari ini sisa stok: 23 jaket, semua 40 ribu.
Yuk diserbu biar gudang kosong, ketik nomor dan warna."""),
("post","complaint_neighbor",0,1,1,1,"""Tetangga depan rumah tiap malam bongkar karung baju bekas kiriman luar negeri di teras, debunya masuk ke rumah kami.
Sudah saya tegur baik-baik, katanya cuma sebentar. Tapi sudah tiga bulan.
Apakah ada aturan RT soal ini? Saya juga khawatir soal kesehatan anak.
Mohon saran dari warga grup."""),
("post","hn_local_secondhand_market",1,1,1,0,"""Pasar Preloved Warga Kemang 🌿
Sabtu ini di taman kompleks: pakaian bekas milik warga sendiri, buku, perabot kecil.
Semua barang dari rumah peserta, bukan barang kulakan.
Lapak gratis untuk warga, daftar ke pengurus RT."""),
("post","vendor_speech_radio",0,1,1,1,"""Dalam siaran radio pagi ini, seorang pedagang pakaian seken di Pasar 16 Ilir Palembang bercerita bahwa ia menjual barang asal Singapura sejak 2005.
Ia mengaku tahu larangan, tetapi belum mendapat solusi modal untuk beralih.
Penyiar kemudian membacakan imbauan Dinas Perdagangan agar pedagang ikut program pembinaan."""),
("post","store_moved_online",1,1,1,1,"""Karena kios kami terdampak renovasi pasar, mulai bulan ini kami full online dulu.
Koleksi kemeja flanel & jaket ex Korea tetap bisa dipesan lewat Shopee 'Kios Bang Ucok'.
Yang mau lihat langsung, bisa janjian di rumah, Jl. Setia Budi, Medan."""),
("post","hn_preloved_abroad_trip_personal",1,1,1,1,"""Jual koleksi pribadi: coat wol yang aku beli second di Tokyo waktu exchange 2022.
Aku bawa sendiri di koper, cuma satu ini, sekarang ga kepake di Jakarta.
Size S, 350rb nett. Serius DM."""),
]
