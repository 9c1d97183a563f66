# Hand-written long-form records, batch E. (kind, category, offer, used, clothing, abroad, text)
DATA = [
("message", "wa_broadcast", 1, 1, 1, 1, """🌟 Katalog Minggu Ini — Toko Kak Lia 🌟
Kategori: tas wanita second import (Jepang & Hongkong)
- Coach, Furla, Kate Spade, Longchamp
- Harga 180rb–650rb
- Semua sudah dibersihkan & dicek jahitannya
Mau lihat foto? Balas dengan nomor kategori:
1 tas selempang / 2 tote / 3 dompet
Pengiriman dari Medan setiap hari kerja."""),
("message", "wa_broadcast", 1, 1, 1, 1, """Info buat teman-teman pedagang pasar:
Minggu ini truk dari Dumai bawa 30 guni campur (baju dewasa & anak) + 10 guni selimut Jepang.
Turun di Bukittinggi hari Rabu, lanjut ke Padang Kamis.
Harga guni campur 1,7jt, selimut 2,1jt.
Pesan lewat Da Rizal, DP minimal 30%."""),
("listing", "supplier_page", 1, 1, 1, 1, """PT (dalam proses) Mitra Pakaian Asia
✔️ Supply pakaian second premium dari Korea Selatan
✔️ Pengalaman 8 tahun, gudang 2.000 m² di Kabupaten Bandung
✔️ Pilihan paket: Starter 25kg, Reseller 50kg, Juragan 100kg
✔️ Bonus pelatihan jualan online & foto produk
Jadwal kunjungan gudang: Selasa & Sabtu, wajib janjian."""),
("listing", "multiline_listing", 1, 1, 1, 1, """Kaos Olahraga Seken Thailand 🇹🇭
Merek: Nike Dri-Fit, Adidas, Under Armour
S — 6 pcs / M — 10 pcs / L — 8 pcs / XL — 4 pcs
Harga 28rb, ambil selusin 300rb.
Cocok buat seragam futsal atau dijual lagi.
Kirim dari Medan, JNT cargo."""),
("listing", "multiline_listing", 1, 1, 1, 1, """STOK SELIMUT & BEDCOVER 2ND JEPANG 🛏️
• Selimut bulu single — 60rb
• Selimut bulu double — 95rb
• Bedcover katun queen — 120rb
• Sarung bantal (set isi 2) — 25rb
Semua sudah laundry, wangi, tidak ada noda.
Ambil di Palembang atau kirim."""),
("post", "caption_hashtags", 1, 1, 1, 1, """Rainy season essentials ☔
Jaket anti air second Jepang merek Mont-bell & Snow Peak 🏔️
Size S-XL, harga 150k-300k.
Kondisi semua 90% up, lapisan waterproof masih oke 💧
Slide foto untuk detail ➡️
Order via WA di bio!
#jaketgunung #montbell #snowpeak #outdoorgear #jaketanti air #hikingindonesia"""),
("post", "caption_hashtags", 1, 1, 1, 1, """Bapak-bapak kantoran merapat 👔
Kemeja formal pria seken ex-Singapura & Hongkong, merek G2000, Giordano, Uniqlo.
Semua 45rb, 5 potong 200rb.
Kirim dari Pekanbaru ke seluruh Indonesia.
#kemejakantor #kemejapria #kemejamurah #bajukerja #pekanbaru"""),
("live", "live_script", 1, 1, 1, 1, """Catatan host untuk live Sabtu:
- Tunjukkan label "Made in Korea" di setiap barang, pembeli suka.
- Sebut barang "second pilihan dari gudang Batam, udah dicuci".
- Harga: kaos 20, kemeja 35, jaket 70.
- Kalau ada yang tanya "legal gak", jawab "kita jual barang layak pakai kak" lalu lanjut barang berikutnya.
- Target 150 order."""),
("live", "live_script", 1, 1, 1, 1, """Ayo ayo ibu-ibu, ini gamis bekas Malaysia, masih cantik bener 😍
Bahan jersey adem, panjang 140.
Ini mau saya lepas 45 ribu, ada yang minat?
Bu Ratna dari Banjarbaru, oke dicatat ya bu!
Sekarang saya buka karung yang kedua, isinya kerudung & tunik."""),
("live", "live_announcement", 1, 1, 1, 1, """🔴 Nanti malam LIVE SPESIAL JERSEY BOLA 🔴
Jersey bekas original dari Eropa & Jepang: Liverpool, Barcelona, Juventus, J-League.
Mulai 75rb!
Jam 20.00 di Shopee Live toko "Bola Lawas Id".
Dapatkan voucher ongkir untuk 50 pembeli pertama ⚽"""),
("message", "reseller_recruitment", 1, 1, 1, 1, """Mbak/mas yang pengen usaha dari rumah 🏠
Kami buka paket reseller baju anak seken dari Korea.
Paket isi 50 potong, harga 600rb (rata-rata 12rb/potong).
Bisa dijual 25-35rb, untung bisa 2x lipat.
Pengiriman dari Solo, paket dikemas rapi per ukuran."""),
("post", "creator_promo", 1, 1, 1, 1, """Thread rekomendasi toko jaket seken Jepang yang udah aku coba 🧵
1. @jaketnippon.bdg — banyak jaket gunung, respons cepat
2. Lapak Pak Ucok di Pajak Melati lantai 2 — harga paling miring
3. @tokyoarchive.jkt — barang kurasi, agak mahal tapi bersih banget
Semua aman, barang sesuai foto. Nanti aku update lagi!"""),
("listing", "market_stall", 1, 1, 1, 1, """Lapak Celana Pasar Senen Blok III lantai dasar 👖
Jins & chino bekas impor Jepang-Korea.
Harga satuan 40rb, 3 potong 100rb.
Bisa fitting di tempat, ada cermin.
Buka tiap hari jam 9 pagi sampai Maghrib."""),
("listing", "regional_medan", 1, 1, 1, 1, """Bah, barang baru ini lae! 😄
Jaket kulit Korea bekas pun masih mantap kali, kami jual di Pajak Simpang Limun.
Harga 120 sampe 250, tergantung kulitnya.
Kalau jauh, kirim pun bisa, ongkir kau tanggung.
Tanyak aja Bang Sitorus."""),
("listing", "regional_makassar", 1, 1, 1, 1, """Halo semua, barang baru masuk di lapak kodong 🙏
Baju kaos sama celana bekas dari luar, ada yang Jepang ada yang Korea.
Murah ji, 10 ribu satu, 50 ribu enam.
Datang mako di Pasar Butung pintu dua, tanya Daeng Ngai.
Nda ada ongkir, ambil sendiri saja."""),
("listing", "evasive_spelling", 1, 1, 1, 1, """K.o.l.i  K.o.r.e.a masuk lagi 📦
isi 100kg, c a m p u r
kemeja, kaos, celana
hrg bs nego utk langganan
lokasi gudang: rahasia, COD titik aman aja 🤫
yg serius aja, pembeli iseng auto blokir"""),
("listing", "evasive_spelling", 1, 1, 1, 1, """ɪᴍᴘᴏʀᴛ ᴊᴀᴘᴀɴ ᴜsᴇᴅ ᴊᴇᴀɴs 👖
Edwin, Uniqlo, Levi's
W28-W36, 55k-120k
kondisi bekas pakai tapi layak
kirim dr Bogor, bs cod
foto real pict, ukuran pinggang ada di caption slide"""),
("post", "famous_word_caption", 1, 1, 1, 1, """Thrift Haul Korea langsung dari karungan! 🤩
Hari ini kita jual 80 potong dress & rok, masing-masing 35rb.
Ambil di toko @karunganseoul atau checkout di shopee.
#thrifthaul #karungan #thriftkorea #bajuthrift"""),
("listing", "famous_word_offer", 1, 1, 1, 1, """Monza jaket kulit asli Korea 🧥
Harga 180rb–350rb, kondisi bagus.
Lapak di Pajak Melati, buka Selasa, Jumat, Minggu.
Bisa kirim ke Aceh, Riau, Jawa.
Tanya-tanya dulu boleh, Kak Mei siap balas."""),
("listing", "famous_word_offer", 1, 1, 1, 1, """Baju cakar Parepare murah meriah 😍
Baru turun karung dari kapal Malaysia.
Kaos 5rb, kemeja 10rb, sweater 20rb.
Buka pagi sampai sore di Pasar Senggol."""),
# legal
("article", "hn_news", 0, 1, 1, 1, """Menteri Perdagangan meninjau Pasar Senen dan bertemu perwakilan pedagang pakaian bekas impor.
Pemerintah memberi waktu agar stok yang ada dihabiskan, namun menegaskan tidak boleh ada barang baru yang masuk.
Pedagang meminta kepastian sumber dagangan pengganti, sementara pemerintah menawarkan pendampingan beralih ke produk lokal."""),
("article", "hn_news", 0, 1, 1, 1, """Kapal kayu bermuatan ratusan goni pakaian bekas kandas di perairan Bengkalis.
Awak kapal melarikan diri sebelum petugas tiba, meninggalkan muatan yang sebagian basah terendam air laut.
Petugas menduga kapal berangkat dari pelabuhan kecil di Johor.
Barang diangkut ke gudang Bea Cukai Dumai."""),
("article", "hn_opinion", 0, 1, 1, 1, """Mengapa Anak Muda Suka Baju Bekas Impor?
Survei kampus kami menemukan tiga alasan: harga murah, merek terkenal, dan rasa "unik".
Namun hanya 18 persen responden yang tahu impor pakaian bekas itu dilarang.
Edukasi perlu masuk lewat kreator, bukan sekadar spanduk di pasar."""),
("article", "hn_guideline", 0, 1, 1, 1, """Materi Sosialisasi Dinas Perdagangan untuk Pedagang Pasar
Yang DILARANG: menjual pakaian bekas asal impor (sering disebut balpres, karungan, monza, cakar, lelong, roma).
Yang BOLEH: pakaian bekas dari dalam negeri, pakaian baru produksi lokal, barang impor baru yang resmi.
Informasi dan pendampingan: kantor UPT Pasar setempat."""),
("article", "hn_statement", 0, 1, 1, 1, """Pernyataan Ikatan Pedagang Pasar Gedebage
Kami menghormati aturan pemerintah soal larangan impor pakaian bekas.
Namun ribuan pedagang menggantungkan hidup dari usaha ini. Kami memohon masa transisi, bantuan modal, dan akses pemasok pakaian lokal.
Kami siap berdialog dengan pemerintah kota dan kementerian."""),
("post", "hn_report", 0, 1, 1, 1, """Saya mau lapor konten di beranda saya: video seorang kreator bongkar karung "baju ex-Jepang" lalu mengajak penonton beli lewat link di bio.
Videonya sudah ditonton 2 juta kali.
Saya lampirkan tautan dan tangkapan layar.
Mohon dicek apakah melanggar aturan barang terlarang."""),
("post", "hn_scam_warning", 0, 1, 1, 1, """Pengalaman ditipu "jastip karung Senen" 😔
Aku titip 2 karung campur buat modal jualan di kampung.
Uang 3jt sudah kukirim, katanya barang sudah naik kapal ke Kupang.
Sampai sekarang 2 bulan nggak ada kabar.
Tolong hati-hati sama akun yang pakai foto gudang orang lain."""),
("review", "hn_buyer_complaint", 0, 1, 1, 1, """Komplain: beli 3 jaket seken ex-Korea lewat live.
1 jaket ukurannya beda dari yang disebut, 1 ada bolong rokok, 1 bau kapur barus parah.
Admin cuma balas "barang second kak, harap maklum".
Nggak akan ulang lagi."""),
("post", "hn_tutorial", 0, 1, 1, 1, """Cara menghitung ukuran baju seken dari Eropa 📏
Label EU pakai angka: 36 ≈ S, 38 ≈ M, 40 ≈ L, 42 ≈ XL (wanita).
Untuk pria: 48 ≈ M, 50 ≈ L, 52 ≈ XL.
Selalu ukur lebar dada & panjang baju, jangan percaya label saja."""),
("post", "hn_tutorial", 0, 1, 1, 0, """Merawat jaket kulit bekas biar awet 🧴
1. Lap dengan kain lembap, jangan direndam.
2. Oles leather conditioner tiap 3 bulan.
3. Gantung di hanger lebar, jauh dari matahari langsung.
4. Kalau jamuran, lap dengan campuran alkohol & air.
Jaket kulit bekas ayahku umur 20 tahun masih kinclong pakai cara ini."""),
("post", "hn_meme_joke", 0, 1, 1, 1, """Tebak-tebakan receh 😂
Q: Baju apa yang paling banyak jalan-jalan?
A: Baju seken impor. Dari Osaka ke Busan, ke Port Klang, ke Dumai, baru ke lemari kamu.
Capek banget pasti jadi dia 🫡"""),
("post", "hn_buyer_question", 0, 1, 1, 1, """Bingung nih 🤔
Di marketplace ada yang jual "preloved Korea", ada yang jual "second import".
Bedanya apa ya? Kalau aku beli buat dipakai sendiri, yang beli kena aturan juga nggak?
Mohon pencerahan dari yang ngerti hukum."""),
("review", "hn_review_no_seller", 0, 1, 1, 1, """Pengalamanku pakai sepatu lari bekas Jepang:
Outsole masih tebal, tapi busa midsole udah keras, jadi kaki cepat pegal.
Kesimpulan: sepatu bekas untuk gaya oke, untuk olahraga serius mending beli baru.
Nggak akan sebut tempat belinya, soalnya sekarang udah tutup."""),
("listing", "hn_new_thrift_style", 1, 0, 1, 0, """Kaos Band Bootleg Style — NEW
Sablon plastisol dengan efek retak (cracked) biar kelihatan kayak kaos thrift 90an.
Bahan cotton combed 20s, jahitan single stitch.
Produksi Bandung, baru, ada label.
Harga 120rb."""),
("listing", "hn_factory_reject", 1, 0, 1, 0, """Outlet Sisa Ekspor Bandung 🏷️
Kemeja, celana, dan jaket sisa produksi untuk brand luar negeri.
Semua baru, dibuat di pabrik lokal, beberapa ada cacat kecil.
Harga mulai 50rb. Buka setiap hari di Jl. Riau."""),
("listing", "hn_new_import", 1, 0, 1, 1, """Sepatu Safety Impor China — BARU
Model Jogger, Krisbow, Cheetah KW1.
Ukuran 38-46, per dus isi 10 pasang.
Barang masuk legal, ada faktur pajak.
Bukan bekas, bukan rekondisi."""),
("listing", "personal_import_preloved", 1, 1, 1, 1, """Preloved pribadi dari Jepang 🇯🇵
Dulu aku kuliah di Osaka, ini jaket & coat yang aku pakai sendiri di sana, ikut kebawa pulang di koper.
Coat wol abu 300rb, puffer hitam 250rb.
Bukan barang dagangan impor ya, cuma 2 potong milikku.
COD Semarang."""),
("post", "hn_donation_drive", 0, 1, 1, 0, """Buka Posko Pakaian untuk Korban Kebakaran Pasar Minggu 🔥
Butuh: pakaian bekas layak pakai ukuran dewasa & anak, sarung, selimut, handuk.
Antar ke Masjid Al-Falah mulai jam 7 pagi.
Mohon jangan kirim pakaian robek atau kotor 🙏"""),
("post", "hn_school_sale", 1, 1, 1, 0, """Pengumuman Komite Sekolah TK Bintang 🌟
Pasar Seragam Bekas kembali digelar!
Orang tua bisa menjual atau membeli seragam bekas TK ukuran kecil–besar.
Harga 10rb–25rb, 10% hasil untuk kas sekolah.
Rabu, 3 Juli, jam 08.00–10.00 di ruang serbaguna."""),
("listing", "hn_other_goods_bal", 1, 1, 0, 1, """Kertas koran bekas impor per bal (untuk bungkus & daur ulang)
Ex Australia & Jepang, bersih, tidak basah.
1 bal ±500kg, harga 3.900/kg.
Pengiriman dari gudang Tanjung Perak.
Cocok untuk pabrik kertas dan pedagang ikan."""),
("listing", "hn_used_vehicle", 1, 1, 0, 1, """Sepeda bekas impor Jepang 🚲
Mamachari & sepeda lipat Daihatsu/Bridgestone, datang per kontainer.
Harga 700rb–1,8jt.
Showroom di Jl. Kaliurang km 7, Yogyakarta.
Cek kondisi langsung sebelum beli."""),
("message", "hn_job_vacancy", 0, 1, 1, 0, """Dibutuhkan relawan sortir pakaian donasi 🙋
Kami menerima ribuan potong pakaian bekas dari warga untuk disalurkan ke daerah bencana.
Butuh 20 relawan untuk memilah ukuran & kelayakan, tiap Sabtu-Minggu.
Lokasi gudang BPBD kota. Ada sertifikat & konsumsi."""),
]
