# Hand-written long-form records, batch D. (kind, category, offer, used, clothing, abroad, text)
DATA = [
("listing", "regional_javanese", 1, 1, 1, 1, """Sugeng enjing lur 🙏
Lapakku ing Pasar Klithikan Notoharjo buka maneh.
Klambi seken saka Jepang karo Korea, jaket, hem, kathok jins.
Regane mulai 15 ewu, sing apik 50 ewu.
Monggo pinarak, iso ditawar sak cukupe."""),
("listing", "regional_sundanese", 1, 1, 1, 1, """Wilujeng enjing baraya! 🙌
Kios urang di Gedebage nembe buka karung ti Korea, eusina jaket jeung kameja.
Hargana mirah pisan, 35 rebu wae.
Ulah hilap mampir, blok E nomer 9, caket mushola.
Tiasa oge dikirim ka luar kota."""),
("listing", "jakarta_slang_offer", 1, 1, 1, 1, """Bro sis, gue baru dapet kiriman jaket seken dari Jepang nih, tebel-tebel parah 🥶
Cocok buat yang mau naik gunung atau ke luar negeri.
Harga gocap sampe cepek, tergantung merek.
Mampir aja ke lapak gue di Senen blok 3, tanya "Bang Jali".
Atau chat, gue kirim pake ojol."""),
("listing", "english_mix_offer", 1, 1, 1, 1, """Curated secondhand from Tokyo 🗼✨
Every piece hand-picked dari gudang kami, washed & steamed.
This week: 15 cardigans, 8 trench coats, 20 knit vests.
Price range 80k–250k, shipping from Jakarta.
Open order every Friday 7pm, link in bio!"""),
("post", "caption_hashtags", 1, 1, 1, 1, """GIVEAWAY + SALE 🎁🎉
Rayain 10rb followers, semua kemeja seken Korea diskon 20% sampai Minggu!
Plus 3 pemenang dapat jaket gratis 🧥
Cara ikut: follow, like, tag 3 teman.
Belanja langsung lewat link di bio ya 💕
#giveawayindonesia #kemejakorea #bajuseken #olshopmurah #diskon #followers10k"""),
("listing", "bale_grade_wholesale", 1, 1, 1, 1, """Pilihan grade sepatu per karung (60 pasang):
🅰️ Grade A — siap jual, minus tipis: 6,5jt
🅱️ Grade B — perlu dicuci/lem ringan: 4jt
🅲 Grade C — campur, ada yang rusak: 2,2jt
Asal: Korea & Jepang, masuk lewat Batam.
Bisa lihat video unboxing sebelum bayar."""),
("listing", "bale_grade_wholesale", 1, 1, 1, 1, """Jual partai besar: 5 ton pakaian bekas asal Eropa (Belgia & Jerman)
Kondisi belum sortir, dikemas press per 45kg.
Cocok untuk pengepul atau pemilik gudang sortir.
Harga per ton dibicarakan, barang di gudang Surabaya.
Serius saja, tidak melayani tanya-tanya."""),
("message", "wa_broadcast", 1, 1, 1, 1, """Selamat malam 🌙
Info untuk mitra: stok karung Jepang dewasa tersisa 14.
Karung anak-anak sudah habis, kiriman berikutnya tanggal 20.
Ongkir ke Kalimantan sekarang lewat kapal dari Surabaya, 5-7 hari.
Silakan booking dengan transfer DP 500rb per karung."""),
("message", "group_chat_offer", 1, 1, 1, 1, """Gaes grup jual beli Kediri 🙏 izin promo:
Celana kulot & rok seken dari Korea, baru buka goni semalam.
Semua 25rb, 4 potong 90rb.
Ambil di rumah (Jl. Dhoho gang 4) atau COD alun-alun.
Terima kasih admin 🙏"""),
("live", "live_script", 1, 1, 1, 1, """Pembukaan live (baca pelan):
"Selamat datang di Lemari Tokyo! Semua barang di sini adalah pakaian second dari Jepang yang sudah kami cuci dan setrika."
Segmen 1 (20 menit): kemeja pria, 40rb.
Segmen 2 (20 menit): dress & rok, 55rb.
Segmen 3: flash sale 5 jaket, 1 jaket 1 menit.
Penutup: ingatkan bayar maksimal besok jam 10."""),
("live", "live_script", 1, 1, 1, 1, """Nah ini dia yang ditunggu-tunggu, sweater rajut Korea! 😍
Bekas tapi nggak ada bulu-bulu, liat nih aku zoom.
Ukuran LD 110, muat sampai XL. 60 ribu.
Kakak Dina dari Palu udah ketik duluan, selamat ya kak!
Yang kalah cepat tenang, masih ada 12 lagi di goni."""),
("listing", "supplier_page", 1, 1, 1, 1, """UD Karya Sandang — Distributor Pakaian Layak Pakai
Didirikan 2009 di Pekanbaru.
Produk: pakaian bekas impor kualitas ekspor ulang dari Malaysia, Singapura, Jepang.
Sistem: per guni (±80kg) atau per kilo untuk pemula (min 10kg).
Armada sendiri ke seluruh Riau & Sumbar.
Kantor: Jl. Riau Ujung, jam kerja 08.00–16.00."""),
("listing", "market_stall", 1, 1, 1, 1, """Kios "Mbak Tari" — Pasar Gembong Surabaya 🌸
Kemeja kantor wanita seken ex-Korea, rapi & sopan.
Harga 30-45rb, beli 5 dapat diskon.
Ada juga rok span dan blazer untuk kerja.
Buka jam 8 pagi, kios paling ujung dekat pintu timur."""),
("post", "creator_haul", 1, 1, 1, 1, """Outfit kondangan budget 100rb? bisa! 💃
Blazer seken Jepang 45rb + rok satin Korea 35rb + tas kulit bekas 20rb, semua dari lapak @sandangkuno di Pasar Beringharjo lantai 3.
Total 100rb pas, masih bisa beli es dawet 😆
Link tokonya udah aku taruh di bio ya."""),
("profile", "shop_profile", 1, 1, 1, 1, """Seoul Closet Banjarmasin 🇰🇷
Menjual pakaian wanita bekas impor Korea yang sudah dipilih & dicuci.
Update barang tiap Selasa, live Jumat malam.
Pengiriman ke seluruh Kalimantan.
Lokasi toko: dekat Pasar Lama, bisa datang langsung."""),
("listing", "evasive_spelling", 1, 1, 1, 1, """𝗝𝗮𝗸𝗲𝘁 𝘀𝗲𝗸𝗲𝗻 𝗲𝘅-𝗝𝗮𝗽𝗮𝗻 ready 🧥
M, L, XL — 65k aja
No minus berat, cuma pudar dikit
Kirim dari Bandung
DM "JAKET" buat list lengkap
barang diambil langsung dr gudang, jd stok cepet ganti"""),
("listing", "evasive_spelling", 1, 1, 1, 1, """Hoodie 🅱️ekas 🇰🇷 murah meriah
warna pastel, unisex
40rb / pcs, 3 pcs 100rb
barang dari k@rung fresh, belum dipilih2
order di keranjang kuning yak
stok cuma 30an, abis ya abis 🙏"""),
("listing", "famous_word_offer", 1, 1, 1, 1, """Thrift shop Pekanbaru 🛍️ barang lelong Malaysia
Kemeja, kaos, jaket, celana.
Semua barang dari karungan, kami cuci dulu sebelum dijual.
Harga mulai 15k, toko di Jl. Tuanku Tambusai."""),
("post", "famous_word_caption", 1, 1, 1, 1, """BUKA BAL JAKET JEPANG LIVE SEKARANG 🔴
Isi 1 bal kira-kira 120 jaket, semua kita buka di depan kalian.
Harga 35k-150k.
Join sekarang di TikTok @balpresjakarta!
#bukabal #jaketjepang #thriftjakarta"""),
("listing", "famous_word_offer", 1, 1, 1, 1, """Jual bal celana jeans import Korea 🇰🇷
1 bal isi 120-150 pcs, campur pria/wanita.
Harga 3,2jt belum ongkir.
Gudang di Cikarang, bisa ambil langsung.
Khusus reseller & pemilik toko."""),
# legal
("post", "hn_travel_diary", 0, 1, 1, 1, """Jurnal perjalanan — Tanjungbalai, Asahan 🌊
Kota pelabuhan kecil, bau laut bercampur bau ikan asin.
Sopir angkot cerita dulu banyak kapal kayu datang malam bawa goni baju dari Malaysia, sekarang katanya lebih sepi karena patroli.
Aku sendiri cuma ke sana untuk makan kerang rebus dan lihat matahari terbenam di muara."""),
("post", "hn_travel_post", 0, 0, 0, 0, """Tips ke Pasar Beringharjo buat wisatawan 🗺️
Lantai 1 batik, lantai 2 jamu & bumbu, lantai 3 macam-macam.
Datang sebelum jam 10 biar belum panas.
Setelah belanja, jalan kaki ke Malioboro, makan gudeg di Jalan Wijilan.
Jangan lupa bawa kantong sendiri 🌿"""),
("article", "hn_news", 0, 1, 1, 1, """Kantor Bea Cukai Nunukan memusnahkan 1.100 bal pakaian bekas asal Malaysia yang disita sepanjang tahun.
Barang-barang itu sebelumnya diangkut dengan speedboat dari Tawau dan rencananya dipasarkan ke Tarakan dan Tanjung Selor.
Sebagian warga menyayangkan pemusnahan dan mengusulkan agar pakaian disumbangkan, namun aturan tidak memungkinkan."""),
("article", "hn_news", 0, 1, 1, 1, """Survei kecil kami di lima pasar tradisional Bandung menunjukkan pedagang pakaian bekas impor mulai mencampur dagangan dengan produk konveksi lokal.
"Kalau cuma jual seken, takut dirazia," kata seorang pedagang di Gedebage.
Sebagian lain memilih berjualan lewat media sosial dengan istilah samaran."""),
("article", "hn_opinion", 0, 1, 1, 1, """Editorial: Menutup Pintu, Bukan Sekadar Menyita
Tiap kali razia baju bekas impor, yang tampak di televisi adalah tumpukan karung dibakar. Tetapi kapal-kapal kayu di pesisir Riau terus berlayar.
Pemerintah perlu memperkuat patroli laut, menindak pemodal, dan memberi alternatif nyata bagi jutaan orang yang bergantung pada pasar ini."""),
("article", "hn_guideline", 0, 1, 1, 1, """FAQ Penjual: "Apakah saya boleh menjual baju preloved?"
Boleh, jika itu pakaian milik pribadi atau dibeli di dalam negeri.
Tidak boleh, jika barang berasal dari impor pakaian bekas (misalnya disebut "ex-Korea", "karungan", "koli", "bal", atau dibeli dari agen di pelabuhan).
Listing yang melanggar akan diturunkan tanpa pemberitahuan."""),
("article", "hn_statement", 0, 1, 1, 1, """Klarifikasi toko @rumahpreloved.id
Menanggapi laporan yang beredar, kami tegaskan: kami TIDAK menjual pakaian bekas impor.
Seluruh barang kami berasal dari titipan konsumen di Jabodetabek dan dilengkapi data pemilik.
Kami juga tidak pernah membeli karung atau koli dari agen mana pun."""),
("post", "hn_report", 0, 1, 1, 1, """Laporan warga untuk Disperindag Kota:
Toko di Ruko Sentosa blok A setiap pagi menurunkan goni besar dari truk berpelat Riau.
Papan tokonya tertulis "Pakaian Korea Murah", isinya baju bekas.
Kami minta dicek apakah barang tersebut legal. Terima kasih."""),
("post", "hn_scam_warning", 0, 1, 1, 1, """Update kasus penipuan "supplier koli Batam" 🧾
Polisi sudah menerima laporan dari 23 korban dengan total kerugian sekitar 87 juta rupiah.
Pelaku memakai lima akun berbeda dan selalu menyebut barangnya "Korea cream tanpa sortir".
Kalau kamu korban juga, silakan hubungi pengacara grup di kolom komentar."""),
("review", "hn_buyer_complaint", 0, 1, 1, 1, """Ulasan untuk diri sendiri: berhenti beli karung "Jepang campur" online 😤
Dua kali beli, dua kali zonk. Yang layak jual cuma sepertiga.
Sisanya robek, bernoda, bahkan ada yang basah.
Ternyata bisnis ini nggak semudah video-video motivasi."""),
("post", "hn_tutorial", 0, 1, 1, 0, """Cara memulai usaha preloved yang legal ✅
1. Kumpulkan titipan dari teman, keluarga, dan tetangga.
2. Catat nama pemilik & harga yang disepakati.
3. Foto barang di cahaya alami, sebut minus dengan jujur.
4. Jangan ambil stok dari agen karung impor — itu dilarang.
5. Bagi hasil 70:30 dengan pemilik barang."""),
("post", "hn_tutorial", 0, 1, 1, 1, """Kenapa baju seken luar negeri sering bau "khas"? 🤔
Biasanya karena disimpan lama di karung dan gudang lembap, plus disemprot fumigan waktu pengiriman.
Cara hilangkan: rendam baking soda semalam, cuci dengan deterjen enzim, lalu jemur 2 hari.
Kalau masih bau, sebaiknya dijadikan lap saja."""),
("post", "hn_meme_joke", 0, 1, 1, 1, """Pacarku: "kamu kok bajunya bagus-bagus?"
Aku: "iya, dari Jepang" 😎
Pacarku: "wah keren, ke Jepang kapan?"
Aku: (beli di Gedebage 25rb) 🫠
#bajujepang #kejujuran"""),
("post", "hn_buyer_question", 0, 1, 1, 1, """Permisi, mau tanya ke anak Medan: istilah "monza" sama "monja" itu sama nggak sih?
Terus kenapa disebut begitu? Aku penasaran karena di Jakarta kita bilangnya "baju Senen" 😄
Makasih yang mau jelasin!"""),
("review", "hn_review_no_seller", 0, 1, 1, 1, """Review trench coat seken ex-Korea yang aku beli 2 tahun lalu:
Bahannya gabardin tebal, potongan rapi, cuma kancingnya aku ganti.
Kalau dihitung per pemakaian, jauh lebih hemat dari beli baru.
Catatan: ukuran Korea lebih kecil, pilih satu size di atas."""),
("listing", "hn_new_thrift_style", 1, 0, 1, 0, """Kemeja "Ala Jepang" NEW ARRIVAL 🌸
Motif bunga kecil, bahan rayon, model oversize.
Diproduksi di Pekalongan, 100% baru, bukan second.
Size S–XL, 85rb.
Cocok buat kamu yang suka gaya ngethrift tanpa repot nyuci baju bekas."""),
("listing", "hn_domestic_used", 1, 1, 1, 0, """Toko Baju Bekas Lokal "Berbagi Lagi" 🌱
Semua barang kami berasal dari donasi & titipan warga Surabaya, bukan impor, bukan karung.
Harga 5rb–40rb, hasilnya untuk menggaji ibu-ibu penjahit di kampung.
Buka Selasa–Minggu di Jl. Kalibokor."""),
("listing", "hn_own_preloved", 1, 1, 1, 0, """Pindahan rumah, jual isi lemari ✨
Kemeja kerja suami (beli di Uniqlo Kota Kasablanka) 6 potong 200rb.
Jaket kulit (Pasar Baru Bandung, produksi lokal) 300rb.
Sepatu boots Bata 150rb.
Semua pribadi, ambil di Kemang."""),
("post", "hn_donation_drive", 0, 1, 1, 0, """🙏 PANGGILAN KEMANUSIAAN 🙏
Warga Sigi masih butuh selimut, jaket, dan pakaian anak.
Kami terima pakaian bekas layak pakai yang bersih.
Kumpulkan di posko mahasiswa Untad atau kirim via ekspedisi gratis (kode BANTUSIGI).
Semua dibagikan cuma-cuma."""),
("post", "hn_charity_sale", 1, 1, 1, 0, """Bazar Ramadhan Panti Asuhan Nurul Iman 🌙
Menjual baju bekas layak pakai & mukena sumbangan donatur, 5rb–25rb.
Setiap pembelian membantu biaya lebaran adik-adik panti.
Tempat: halaman panti, Jl. Merpati 12, setiap sore selama Ramadhan."""),
("listing", "hn_other_goods_sortir", 1, 0, 0, 1, """Bawang putih impor China — sortiran per karung
Karung 20kg, ukuran sedang, kering.
Grade A 580rb, Grade B 500rb.
Langsung dari importir terdaftar di Surabaya.
Melayani pedagang pasar & restoran."""),
("listing", "hn_used_phone", 1, 1, 0, 1, """Laptop bekas impor (ex-kantor Jepang) — ThinkPad X280
i5 gen 8, RAM 8GB, SSD 256GB, keyboard US.
Kondisi 90%, baterai 3 jam.
Harga 3,6jt, garansi toko 1 bulan.
Toko di Harco Mangga Dua lt. 2."""),
("message", "hn_job_vacancy", 0, 1, 1, 1, """Info loker dari teman: gudang di Cileungsi cari tukang setrika & packing untuk baju seken ex-Jepang yang dijual online.
Gaji 100rb/hari.
Tapi hati-hati ya, aku dengar bisnis beginian sering dirazia.
Kalau masih mau, nanti aku kasih nomor mandornya."""),
("post", "hn_upcycling", 1, 1, 1, 0, """Dari kaos bekas jadi keset 🧶
Aku kumpulin kaos-kaos lama keluarga, potong jadi tali, terus dianyam.
Sekarang aku terima pesanan keset ukuran 40x60, 35rb.
Bisa juga kamu kirim kaos sendiri, aku anyam jadi keset kenangan 🥹
DM ya!"""),
]
