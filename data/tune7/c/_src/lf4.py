# (kind, category, offer, used, clothing, abroad, text)
DATA = [
("article", "hn_news_destruction", 0, 1, 1, 1, """Kementerian Perdagangan memusnahkan 824 karung pakaian bekas hasil sitaan di sebuah lapangan di Cikarang, Selasa. Pemusnahan dilakukan dengan cara dibakar dalam insinerator.
Barang-barang itu disita dari gudang di Bekasi dan Tangerang selama tiga bulan terakhir.
Sejumlah aktivis mempertanyakan mengapa barang tidak didaur ulang saja. Kemendag menyatakan barang tersebut berpotensi membawa bakteri dan jamur."""),
("message", "wa_broadcast", 1, 1, 1, 1, """Bismillah, open PO gelombang 5 🛳️
Kemeja batik & blus sutra tangan kedua dari Malaysia dan Brunei
Estimasi tiba 10 hari, barang masuk lewat Pontianak
DP 50%, pelunasan saat barang sampai
Harga PO: 30rb/pcs (min 10 pcs)
Format: NAMA_ALAMAT_JUMLAH kirim ke admin"""),
("post", "hn_moderation_guideline", 0, 1, 1, 1, """[Pinned] Aturan grup "Preloved Emak-Emak Surabaya" ✅
Boleh: jual baju bekas pribadi, barang anak, seragam sekolah.
Tidak boleh: jual baju "import second", "ex-Korea", "kiriman Batam", stok per karung/goni, atau jualan dari live orang lain.
Admin akan hapus postingan dan keluarkan anggota yang melanggar dua kali. Terima kasih 🙏"""),
("listing", "multi_line_listing", 1, 1, 1, 1, """👟 SNEAKERS 2ND ORIGINAL – KIRIMAN TOKYO
1. Asics Gel-Kayano | 42 | 8/10 | 280rb
2. New Balance 574 | 40 | 7/10 | 230rb
3. Onitsuka Tiger | 39 | 9/10 | 320rb
4. Nike Cortez | 41 | 8/10 | 250rb
Semua sudah deep clean. Ongkir dari Medan. Rekber ok."""),
("post", "hn_op_ed_consumer", 0, 1, 1, 1, """Saya ingin menanggapi teman-teman yang bilang "baju bekas impor itu satu-satunya cara tampil gaya dengan murah".
Itu tidak sepenuhnya salah. Tapi kita juga perlu jujur: produk lokal sekarang banyak yang murah dan bagus, dan pasar preloved dalam negeri juga tumbuh.
Yang dilarang itu impornya, bukan gaya hidup hemat. Pilihan lain masih banyak."""),
("live", "live_script", 1, 1, 1, 1, """Script host – Live IG "Jumat Borong"
• Buka: "Guys yang baru join, halo! Malam ini kita bongkar kiriman Shanghai ya."
• Tunjukin per item: label, ukuran, kondisi (semuanya second, ada yang minus dikit).
• Harga spesial live: 3 item 100rb.
• Cara ambil: komen 'ambil + nomor item', admin DM untuk pembayaran.
• Tutup jam 22.00."""),
("article", "hn_news_customs", 0, 1, 1, 1, """Bea Cukai Dumai menggagalkan upaya penyelundupan pakaian bekas di Sungai Mesjid. Dari kapal kayu KM Harapan Baru diamankan 520 koli berisi baju, celana dan sepatu bekas.
Petugas menyebut kapal berangkat dari Port Klang dan berniat menurunkan muatan di dermaga tidak resmi.
Dalam tiga bulan terakhir, ini penindakan keempat di wilayah yang sama."""),
("post", "ig_caption_offer", 1, 1, 1, 1, """Kemeja flanel season is here 🍁
Flannel bekas Amerika & Kanada, tebal, warna-warna hangat
S–XXL, mulai 55rb
Belanja langsung di store kami: Jl. Cihampelas 118 (lantai 2)
Atau DM untuk katalog online
#flannelshirt #secondusa #bandungstore #ootdcowok #fallvibes"""),
("listing", "hn_own_preloved", 1, 1, 1, 0, """Preloved jaket motor pribadi 🏍️
Beli di Planet Ban/toko resmi di Jogja tahun 2022, dipakai harian ±1 tahun
Size L, pelindung siku & punggung lengkap
Harga 350rb (beli 800rb)
Alasan jual: sudah dapat jaket kantor. Lokasi Sleman."""),
("message", "telegram_group_offer", 1, 1, 1, 1, """@semua yg cari stok buat lebaran:
ada 4 koli gamis & tunik seken Arab Saudi, masuk lewat Batam minggu lalu
isi per koli ±70 pcs, campur ukuran
harga 2,2 jt per koli, ambil di Tanah Abang blok F belakang
kalau mau liat video isinya PM aja"""),
("post", "hn_report", 0, 1, 1, 1, """Laporan warga 🚨
Setiap malam sekitar jam 2, ada truk masuk ke gudang di belakang rumah saya di Kelurahan Sagulung, Batam, menurunkan karung-karung besar. Dari sobekan karung kelihatan isinya baju bekas.
Saya sudah foto platnya. Ke mana saya harus melapor? Bea Cukai atau polisi?"""),
("listing", "supplier_web_page", 1, 1, 1, 1, """TENTANG KAMI
Rumah Sandang Dunia adalah pemasok pakaian second grade ekspor dari Jepang dan Korea. Kami bekerja sama langsung dengan pengepul di Osaka dan Busan.
LAYANAN
- Penjualan per koli (80–120 pcs)
- Paket mix untuk pemula
- Pengiriman dari gudang Batu Ampar, Batam
Kontak pemesanan: 0812xxxx"""),
("post", "hn_tutorial", 0, 1, 1, 1, """Tips buat kamu yang baru pertama berburu baju bekas ke Pajak Melati Medan:
• Datang hari Selasa, Jumat atau Minggu, waktu pedagang bongkar barang baru.
• Pakai baju nyaman, siap berkeringat.
• Cek resleting & kancing sebelum bayar.
• Tawar 30–40% dari harga awal.
Ingat, ini panduan jalan-jalan, bukan promosi lapak tertentu."""),
("listing", "market_stall", 1, 1, 1, 1, """Lapak Kak Ros – Pasar Kebon Kalapa Bandung 🛍️
Hari ini fresh: blus & rok bekas asal Korea, harga 20–45rb
Ada juga kemeja pria Jepang 30rb
Buka 08.00 – 17.00, parkir di belakang pasar
Lewat jam 3 biasanya tinggal sisa ya"""),
("post", "hn_school_bazaar", 1, 1, 1, 0, """Market Day Kelas 5 SD Cahaya Bangsa 🌈
Anak-anak belajar berjualan! Mereka membawa pakaian bekas, buku dan mainan layak pakai dari rumah masing-masing.
Harga 1.000–10.000. Hasil dibagi untuk kas kelas dan donasi ke panti.
Jumat, 08.00–10.00 di lapangan sekolah."""),
("post", "tiktok_caption_offer", 1, 1, 1, 1, """jersey bola bekas dari Eropa ⚽🔥
Inter, Juventus, Ajax, PSV – musim lawas
harga 75–200rb, ada yang lengkap dengan nama pemain
spill size di komen, cek di keranjang
#jerseyvintage #jerseybekas #europejersey #fyp #bolaindonesia"""),
("article", "hn_news_protest", 0, 1, 1, 1, """Ratusan pedagang monza di Medan mendatangi kantor DPRD Sumut, Senin. Mereka membawa pakaian bekas dan menggantungkannya di pagar gedung sebagai simbol protes.
"Jangan matikan rezeki kami," teriak salah seorang orator.
Pedagang meminta pemerintah memberi izin khusus atau menunda penindakan hingga ada solusi usaha pengganti. Ketua komisi berjanji menyampaikan aspirasi ke pusat."""),
("message", "wholesale_ton", 1, 1, 1, 1, """Selamat siang boss.
Update posisi barang:
• 1 kontainer 40ft pakaian tangan kedua ex Jepang, ±22 ton, sudah sandar di Belawan
• Harga per ton 18 jt, bisa ambil sebagian minimal 2 ton
• Bongkar di gudang Martubung, bisa lihat isi sebelum bayar
Mohon konfirmasi minat hari ini."""),
("review", "hn_review_no_seller", 0, 1, 1, 1, """Pengalaman beli kemeja bekas asal Jepang: kualitas bahannya beda jauh sama kemeja murah baru. Katunnya padat, jahitan rapi.
Tapi setelah baca soal larangan impor dan limbah tekstil, aku jadi mikir ulang.
Untuk sekarang aku cukupkan koleksi, mau fokus rawat yang sudah ada. 4/5 untuk kualitas."""),
("listing", "evasive_emoji", 1, 1, 1, 1, """Dr💃ss vintage 2️⃣nd 🇰🇷
motif bunga, bahan adem
size fit to L, 45k
🛵 kirim dari Bekasi tiap sore
DM "DRESS" untuk list lengkap
stok cuma 9, tiap model 1 pcs"""),
("post", "hn_charity_bazaar", 1, 1, 1, 0, """Jumat Berkah – Pasar Murah Masjid Nurul Huda 🕌
Pakaian bekas layak pakai sumbangan jamaah, semua dijual 2 ribu–10 ribu.
Ada juga sembako murah.
Hasil penjualan untuk renovasi tempat wudu.
Bakda Jumat di halaman masjid."""),
("profile", "seller_bio", 1, 1, 1, 1, """Kedai Borneo Second 🌿
jaket & kemeja seken dari Kuching, Sarawak
📍 Pontianak – Singkawang
🚚 antar sendiri tiap Sabtu
📝 pesan via WA 0813xxxx
💸 harga grosir untuk ambil 20 pcs ke atas"""),
("listing", "hn_other_goods_karung", 1, 1, 0, 1, """JUAL KARUNG GONI BEKAS IMPOR
Karung goni kopi dari Brasil & Vietnam, bekas pakai gudang
Cocok untuk dekorasi kafe, kerajinan, atau media tanam
Harga 7rb/lembar, grosir 5rb min 100 lembar
Ready Medan"""),
("article", "hn_official_statement", 0, 1, 1, 1, """Bea Cukai mengingatkan masyarakat agar tidak membawa pakaian bekas dalam jumlah besar sebagai barang bawaan penumpang dari luar negeri.
Barang bawaan pribadi dalam jumlah wajar tidak dipermasalahkan. Namun koper berisi puluhan potong pakaian bekas untuk dijual kembali akan dianggap impor komersial dan dapat disita.
Informasi lebih lanjut dapat diperoleh di kantor pelayanan terdekat."""),
("comment", "thread_reply_offer", 1, 1, 1, 1, """Ini kak contoh stok yang kakak tanya:
tas wanita bekas Eropa – Longchamp, Coach, Furla
harga 150rb–600rb, ada sertifikat? engga ya kak, tapi dijamin ori.
Lokasi Jakarta Utara, bisa lihat dulu.
Mau aku kirim video per tas?"""),
("post", "hn_diary", 0, 1, 1, 1, """Jurnal belanja #12
Hari ini pertama kali ke awul-awul di Jogja sama Sekar. Aku pikir bakal jijik, ternyata seru. Orang-orang bongkar tumpukan kayak main game.
Aku nggak jadi beli karena inget artikel soal larangan impor.
Sekar beli rok 15rb, bilang "satu aja kok". Kita ketawa di parkiran."""),
("listing", "port_route_offer", 1, 1, 1, 1, """Ready di gudang Tanjungpinang 🚢
Pakaian bekas layak pakai kiriman Singapura
Jaket, celana, kemeja kerja, dress
Bisa kirim ke Jakarta, Palembang, Jambi via kapal Pelni atau kargo
Minimal 1 koli, harga tergantung isi"""),
("post", "hn_joke_meme", 0, 1, 1, 1, """Teman: "Jaketmu keren, beli di mana?"
Aku: "Senen."
Teman: "Senen hari apa?"
Aku: "... Pasar Senen, bukan hari Senin 😭"
Padahal jaketnya bekas orang Jepang, dan dia tetap minta alamat kiosnya.
#jokesbapak #baju #senen"""),
("listing", "code_word_roma", 1, 1, 1, 1, """Roma bagus-bagus mi ini, baru dibongkar tadi pagi 🙏
Kemeja lengan panjang 15 ribu
Jaket parasut 35 ribu
Celana kain 20 ribu
Singgah ki di lapak depan Pasar Senggol Parepare, dekat pelabuhan"""),
("post", "hn_upcycle_story", 0, 1, 1, 0, """Project akhir pekan: mengubah kaos bekas jadi tali rajut untuk keranjang 🧺
Kaos-kaos ini dulunya seragam panitia acara kantor, tinggal dibuang.
Caranya gampang: gunting spiral, tarik, lalu rajut dengan hakpen besar.
Hasilnya bisa jadi tempat mainan anak. Siapa mau tutorial lengkap?"""),
("message", "wa_group_offer", 1, 1, 1, 1, """Kawan-kawan ARISAN, maaf numpang jualan ya 🙏
Suami pulang dari Jeddah bawa 2 kardus abaya second dari kenalan, masih bagus2
Harga 50rb – 120rb
Bisa lihat langsung di rumah saya hari Minggu setelah pengajian."""),
("post", "hn_job_vacancy", 0, 1, 1, 1, """Lowongan Relawan Riset
Kami mencari 5 relawan untuk survei pedagang pakaian bekas di Pasar Senen dan Pasar Baru tentang dampak larangan impor.
Waktu: 2 minggu, uang transport disediakan.
Syarat: mahasiswa, komunikatif, bisa bahasa Betawi/Sunda jadi nilai plus."""),
("listing", "plain_offer_country", 1, 1, 1, 1, """Coat panjang bekas dari Inggris 🇬🇧
Bahan wool 70%, warna camel
Size M, panjang 105 cm
Kondisi 9/10, lining utuh
Harga 320rb, bisa COD Kemang
Cuma 1 pcs, no keep tanpa DP"""),
("listing", "hn_new_thrift_style", 1, 0, 1, 0, """Rilis "Pasar Loak Collection" 🧥
Jaket corduroy model lawas, 100% baru, diproduksi di Bandung
Terinspirasi gaya baju yang biasa ditemukan di pasar second
Harga 249rb, pre-order 14 hari
#localbrand #vintagestyle #thriftinspired"""),
("article", "hn_news_interview", 0, 1, 1, 1, """Di Tanjungbalai, aktivitas bongkar muat pakaian bekas yang dulu ramai di pelabuhan kini jauh berkurang.
Seorang mantan buruh angkut, Syahrial (52), mengatakan dulu ia bisa memikul 30 goni sehari dari kapal-kapal asal Malaysia. "Sekarang sepi, paling kerja serabutan," ujarnya.
Pemerintah kota menyebut sedang menyiapkan program pelatihan kerja bagi warga terdampak."""),
("listing", "hn_used_phone", 1, 1, 0, 1, """Samsung Galaxy S10 second ex Korea
Layar ada shadow tipis, fungsi normal
Kelengkapan: unit + charger
Harga 1,6 jt, harga pas
COD di Roxy Square, hari kerja saja"""),
("post", "creator_haul_shop", 1, 1, 1, 1, """Outfit kondangan budget 100rb challenge ✅
Blazer Korea bekas (45rb) + rok satin Jepang (35rb) + tas (20rb)
Semuanya beli di @lemari.seoul, tokonya di Bekasi tapi bisa kirim
Kalian tim beli baru atau tim second? 👇
#outfitchallenge #budgetoutfit #secondkorea"""),
("comment", "hn_complaint", 0, 1, 1, 1, """Kecewa berat sama penjual kiriman Batam yang live kemarin malam.
Katanya jaket second Korea kondisi 9/10, pas datang ada bolong di lengan dan bau rokok.
Sudah komplain malah diblokir. Teman-teman hati-hati ya."""),
("listing", "bale_grade_listing", 1, 1, 1, 1, """KELAS BARANG (update stok)
• Super: pilihan tangan, hampir seperti baru – 65rb/pcs
• Kelas 1: layak jual tanpa cacat – 35rb/pcs
• Kelas 2: minus ringan – 18rb/pcs
Semua pakaian seken asal Taiwan & Hongkong
Minimal ambil 30 pcs, kirim dari Batam"""),
("post", "hn_tutorial", 0, 1, 1, 0, """Cara aman jual preloved pribadi di marketplace tanpa melanggar aturan:
1. Jual barang milikmu sendiri, bukan stok kulakan.
2. Sebutkan asal barang (misal: beli di toko X di Indonesia).
3. Foto asli dan jujur soal cacat.
4. Jangan pakai kata-kata seperti "impor second" kalau memang bukan.
Semoga membantu!"""),
("message", "reseller_recruit", 1, 1, 1, 1, """📣 Dicari agen di Sulawesi!
Kami suplai baju second tangan pertama dari Hongkong via Bitung
Paket agen: 2 koli + materi promosi
Keuntungan bisa sampai 3x modal
Hubungi admin wilayah Timur: 0852xxxx"""),
("listing", "hn_used_machine", 1, 1, 0, 1, """Forklift Toyota eks Jepang, bekas pakai gudang
Merk Toyota, kapasitas 2,5 ton, tahun 2008
Cocok untuk gudang ekspedisi
Jam kerja mesin 11.000, ban depan baru diganti
Harga 95 jt, lokasi Cikarang, bisa dicoba di tempat"""),
]
