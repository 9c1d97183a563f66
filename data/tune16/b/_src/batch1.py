# Batch 1: offers of imported used clothing written past the keyword filter (all four elements 1).
# Each entry: (kind, category, (offer, used, clothing, abroad), text). Hand-written one by one.
I = (1, 1, 1, 1)

RECORDS = [
("listing", "logistics_unit_offer", I, """Jaket Gunung Campur Isi 100 Pcs - Buka Ikat Langsung dari Gudang
Isi: windbreaker, parka, fleece, sebagian ada hoodie tebal.
Kondisi rata2 8/10, ada yg minus noda kecil, resleting aman semua.
Harga 1 ikat 4,2jt, belum ongkir. Tidak bisa pilih isi ya kak, sesuai rejeki.
Kirim dari Pekanbaru, ekspedisi kargo truk."""),

("post", "container_arrival_offer", I, """Alhamdulillah kapal udah sandar semalem 🚢
Gudang penuh lagi, yg kemarin nanya kemeja flanel sama celana kargo sekarang ready banyak.
Barang pilihan dari tumpukan, dicuci dan disetrika dulu sebelum dipajang.
Toko buka jam 9, Jl. Merpati no 14 belakang pasar ikan.
Reseller ambil per goni dapet harga khusus, chat admin aja."""),

("listing", "condition_word_offer", I, """Levi's 501 Vintage 1998 Made in USA W32 L30
Label udah pudar, ada fading alami di paha & lutut, no sobek.
1 pcs only ya, ukuran cuma ini.
Datang bareng kiriman koli minggu lalu dari seberang, udah laundry.
Harga 385rb nett. COD area Pontianak kota, luar kota JNE."""),

("message", "reseller_recruit_offer", I, """Assalamualaikum kak, maaf ganggu 🙏
Saya Rini dari gudang sortir di Tanjungbalai. Kami buka kemitraan buat reseller baju branded harga miring.
Sistemnya ambil per karung 50 kg atau per kilo minimal 10 kg, grade A dan B dipisah.
Isi karung kebanyakan kaos, kemeja, celana bahan, kondisi layak pakai.
Kalau kakak berminat nanti saya kirim video buka ikatnya dulu. WA 0812xxxx ya kak."""),

("live", "live_sale_offer", I, """LIVE JAM 8 MALAM NANTI GAISS 🔥🔥
Malam ini kita buka 3 ikatan baru: sweater rajut, crewneck, sama kemeja korduroi.
Semua 1 pcs 1 size, siapa cepat dia dapat, ketik "mau" + nomor gantungan.
Harga mulai 25rb, ada yg minus dikit pasti aku tunjukin di kamera.
Pembayaran max 1x24 jam, lewat dari itu lempar ke antrian berikutnya."""),

("profile", "shop_profile_offer", I, """Gudang Kain Seberang | Medan 📍Pajak Melati los 7
Jaket, kemeja, jeans pilihan langsung dari goni, bukan stok pabrik.
Grosir per goni / eceran per pcs
Buka Selasa, Jumat, Minggu 🕗 08.00-16.00
Order luar kota: WA 0813xxxx (admin Butet)"""),

("listing", "grade_letter_offer", I, """DIJUAL: Campuran kaos anak grade S, 1 koli isi ±250 pcs
Kondisi bersih, sudah disortir tangan, yang sobek/noda berat sudah dibuang.
Cocok buat yang mau buka lapak di pasar kaget.
Harga 2,8jt/koli. Gudang di Dumai, bisa dikirim pake kapal ke Batam atau truk ke Pekanbaru.
Info lengkap & video isi: DM aja."""),

("post", "border_route_offer", I, """Stok dari Entikong masuk lagi bosku 😁
Jaket kulit, sepatu boots, tas selempang kulit asli. Kondisi masih tebal, ada yang sol sudah diganti.
Semua barang sudah dijemur dan disemprot, bau gudangnya hilang.
Lapak buka sore di Jl. Tanjungpura depan ruko biru.
Yang mau titip cari ukuran tertentu, komen di bawah."""),

("comment", "pointer_offer", I, """@vina.rahma kak ukuran L masih ada 2 lagi yg model sama, satu warna navy satu abu. Yg navy kerahnya agak kusam tapi bahannya masih tebel banget.
Cek katalog di highlight "STOK MINGGU INI" ya, nanti info lengkap di WA 0857xxxx. Barang 1 pcs doang, gak restock kak."""),

("listing", "invented_slang_offer", I, """[OPEN] Paket Si Gendut Isi Kemeja Kantor 80 pcs
Si gendut baru turun dari kapal kemarin sore, masih diikat tali biru.
Merek campur: Uniqlo, Giordano, Arrow, Van Heusen, dll.
Kondisi layak pakai, kerah & ketiak sudah dicek satu2.
Harga 2,1jt per gendut. Ambil 3 gratis ongkir Jabodetabek."""),

("post", "regional_flavour_offer", I, """Horas kawan! Barang baru buka goni tadi pagi di lapak awak 💪
Celana jeans pria, ukuran 28 sampai 36, semua merek kuat. Masih tebal kali bahannya, bukan kaleng-kaleng.
Ada yang sedikit kupas di saku belakang, itu awak kasih murah 35rb.
Yang mulus 60-90rb. Pajak Melati, los tengah dekat penjual kopi.
Gak sempat datang? Inbox, awak kirim pake JNT."""),

("message", "wholesale_price_list", I, """Pricelist minggu ini (gudang Batam):
- Kaos campur: 38rb/kg
- Kemeja & blus: 45rb/kg
- Jaket tebal: 65rb/kg
- Sepatu sport sepasang-pasang: 400rb/karung kecil
Minimal order 25 kg. Kondisi layak pakai, sortiran tangan.
Pengiriman lewat pelabuhan Sekupang, nyebrang ke Dumai atau langsung kargo ke Jakarta.
Konfirmasi ke Bang Heri 0811xxxx."""),

("live", "live_sale_offer", I, """Oke bunda-bunda yang baru join, selamat datang di live gudang ya 🙏
Ini yang di tangan aku jaket denim merek Lee, ukuran M, ada sedikit noda di lengan kiri, lihat ya aku zoom.
Harga 45 ribu aja. Ketik "LEE" kalau mau.
Habis ini aku buka karung yang warna biru, isinya dress musim dingin, tebal-tebal, cocok buat yang mau ke Jepang atau naik gunung.
Jangan lupa follow ya biar dapet notif tiap kapal dateng."""),

("post", "condition_word_offer", I, """Sepatu lari pilihan minggu ini 👟
Nike Pegasus 37 size 42 - sol 80%, upper bersih
Asics Gel Nimbus size 41 - ada kerut di toe box, masih empuk
New Balance 574 size 43 - warna agak kusam, lem aman
Semua sudah dicuci, dikasih deodorizer. Datangnya rombongan sama goni jaket kemarin.
Order via link di bio / DM. Cuma ada sepasang per model."""),

("listing", "logistics_unit_offer", I, """Selimut & Bedcover Tebal Per Karung (isi 30-35 lembar)
Motif campur, ada yang polos, ada karakter, ada quilt.
Barangnya bukan stok toko, ada yang sudah ditambal jahitan tangan tapi masih kuat.
Harga per karung 1,6jt. Lokasi gudang Nunukan, bisa diantar ke Tarakan pakai speedboat.
Hubungi Pak Amir 0852xxxx."""),

("article", "shop_advertorial", I, """Berburu Jaket Musim Dingin Murah di Lapak Mak Ijah, Kebon Kalapa
Bagi warga Bandung yang butuh jaket tebal buat naik gunung, lapak Mak Ijah di lantai dua Pasar Kebon Kalapa bisa jadi tujuan. Setiap Kamis, barang yang baru datang dari pelabuhan dibuka di depan pembeli.
Harganya mulai Rp40 ribu untuk parka dengan sedikit noda, sampai Rp300 ribu untuk jaket bulu angsa merek luar yang masih mengembang.
"Saya pilihin dari tumpukan, yang sobek nggak saya gantung," kata Mak Ijah.
Lapak buka pukul 08.00 sampai 17.00. Pemesanan jarak jauh bisa lewat Instagram @lapakmakijah.kk."""),

("post", "emoji_abbrev_offer", I, """🧥🧥 READY STOK FRESH DR KPL 🧥🧥
crwnck 35k | hdie 45k | jkt 60-120k
kond 8-9/10, minus dicantumin 🙏
no tawar sadis ya kk, udh murmer
📦 krm tiap hr kcl mgg
📲 cek katalog di WA bisnis, ketik #KPL"""),

("listing", "grade_letter_offer", I, """Tas Wanita Campur Grade A Per Koli (isi 60)
Merek: Coach, Guess, Michael Kors, Furla, dll (tidak bisa request).
Kondisi: kulit masih lentur, beberapa ada lecet di sudut, tali lengkap.
Grade B juga ada, isi 80 per koli, kondisi lebih lelah.
Barang kirim dari Tanjungpinang. Harga & video isi kirim via chat."""),

("profile", "shop_profile_offer", I, """ruang_jemuran.id 🌿
pakaian yg udah punya cerita, dibersihin lagi buat kamu
📦 barang datang dr pelabuhan tiap 2 minggu
🔍 1 item 1 size, detail minus selalu ditulis
🛒 order: shopee "ruangjemuran" / DM
Reseller welcome, ambil per 50 pcs harga beda"""),

("message", "dropship_recruit_offer", I, """Halo kak 👋 Mau jualan baju branded tanpa stok?
Kami supply dari gudang di Belawan, barang asli merek luar harga mulai 15rb.
Kakak cukup upload foto dari katalog kami, order masuk kami yang kirim atas nama toko kakak.
Barangnya bukan baru ya kak, tapi semua sudah kami cuci, setrika, dan kasih plastik.
Gabung grup dropshipper: balas "IKUT" nanti admin add."""),

("post", "haul_recommendation_offer", I, """Haul minggu ini dari lapak Bang Ucok di Pasar Tungging 😍
Dapet 4 kemeja linen, 1 blazer wol, sama celana palazzo. Total cuma 180rb!!
Blazernya ada noda kecil di lining tapi gak keliatan pas dipake.
Katanya barangnya baru sampe dari kapal hari Senin, jadi pilihan masih banyak.
Lapaknya di deretan ketiga, cari yang ada terpal oranye. Recommended parah."""),

("listing", "logistics_unit_offer", I, """Celana Jeans Campur 1 Tumpukan ±120 Potong
Baru buka ikat, belum dipilih sama sekali.
Ada Levi's, Wrangler, Lee, Edwin, sisanya merek Eropa macam-macam.
Sebagian ada robek di ujung kaki, sebagian mulus.
Harga satu tumpukan 3,5jt, ambil di gudang Parepare atau kirim kapal ke Makassar."""),

("live", "live_sale_offer", I, """[Transkrip siaran toko] Selamat sore kakak-kakak, gudang lagi bongkar nih!
Dress ini merek Zara ukuran S, ada sisa bordir yang dicabut di dada, jadi aku kasih 30 ribu aja.
Yang ini cardigan rajut tangan, tebel, warnanya agak luntur dikit.
Kiriman dari Port Klang minggu ini isinya banyak cardigan, jadi yang suka gaya korea merapat.
Checkout lewat keranjang kuning ya, nomor barang sesuai yang aku sebut."""),

("post", "regional_flavour_offer", I, """Sampurasun! Barang anyar ti gudang, masih seungit kapal 😅
Jaket varsity, kemeja flanel, jeung celana chino. Kondisi mulus-mulus, aya sababaraha nu minus kancing.
Harga mimiti 30 rebu. Bisa didatangan ka Gedebage blok C, atawa dikirim.
Nu hoyong ngajual deui, aya harga borongan per karung.
Info: WA 0822xxxx a Dede"""),

("comment", "seller_reply_offer", I, """Bisa kak, kita kirim ke Kupang juga. Untuk yg per kilo minimal 20kg ya, campur kaos dan kemeja. Harga 40rb/kg belum ongkir.
Barang masih dari kiriman Dumai bulan ini, sudah kita pisah yang noda berat. Kalau mau yang pilihan (bersih, merek jelas) beda harga, 60rb/kg. Lanjut di DM ya kak biar gak tenggelam."""),

("listing", "condition_word_offer", I, """Ralph Lauren Oxford Shirt Size L Slim Fit
Kondisi 9/10, no defect, kerah masih kaku.
Bagian dalam kerah ada nama pemilik sebelumnya ditulis spidol (tidak kelihatan dari luar).
Barang pilihan dari kiriman koli minggu ini, tinggal 1.
115rb, free ongkir Jawa. Bisa nego tipis."""),

("message", "broadcast_offer", I, """📢 BROADCAST GUDANG PAK HARUN 📢
Kiriman kapal dari Tawau sudah masuk gudang Nunukan kemarin malam.
Isi: jaket, kaos, celana panjang, sepatu anak, sedikit selimut.
Yang sudah DP minggu lalu, karung bisa diambil mulai besok pagi.
Yang belum pesan, sisa 14 karung campur, harga 2,3jt per karung.
Yang mau datang lihat langsung boleh, asal janjian dulu."""),

("post", "invented_slang_offer", I, """Bocil-bocil udah nyampe 🥹 (bocil = karung kecil 20kg ya bestie)
Isinya kaos band, kaos tur, kaos kampus, pokoknya yang gambar-gambar lucu.
Tahun 90an-2000an, sablon ada yang retak, itu justru seninya.
Per bocil 1,2jt, ambil 2 bocil diskon 100rb.
Buat yang mau eceran, ntar malem aku pajang satu-satu di IG."""),

("profile", "shop_profile_offer", I, """Lapak Daeng Ical - Pasar Senggol Parepare
Pakaian luar pilihan, baju anak, celana kain, jaket.
Barang datang tiap ada kapal, diturunkan langsung dari pelabuhan Cappa Ujung.
Buka ba'da ashar sampai jam 11 malam.
Bisa kirim ke Makassar, Pinrang, Sidrap. WA 0853xxxx"""),

("listing", "logistics_unit_offer", I, """Sepatu Campur 1 Goni Isi 40 Pasang (Pria/Wanita)
Sneakers, pantofel, boots, sandal gunung. Merek tidak bisa dipilih.
Ada beberapa pasang yang beda ukuran kiri-kanan (jarang), itu risiko ya.
Dicuci? Belum, masih keadaan dari gudang.
Rp2.750.000 / goni. Pickup gudang Tanjungbalai, atau titip truk ke Medan."""),

("review", "shop_review_recommendation", I, """Bintang 5 buat @gudang.kainlama 🌟
Pesan 10 kg kemeja campur, datangnya 11 kg lebih dikit. Isinya 70% layak jual, ada 3 yg sobek, 2 yg kuning di ketiak, sisanya oke banget.
Ada Uniqlo, Muji, sama beberapa merek Jepang yg aku gak kenal tapi bahannya bagus.
Adminnya fast respon, kirim video pas karungnya dibuka.
Bakal order lagi bulan depan buat lapak aku."""),

("post", "emoji_abbrev_offer", I, """ OPEN PO KARUNG BLN DEPAN 🚢📦
kuota cm 20 krg ya
👕 kaos campur 2,1jt
👖 jeans campur 3,4jt
🧥 jkt tebal 3,9jt
dp 50% skrg, sisa pas krg sampe gudang. brg dtg dr seberang, bkn pabrik lokal
dm utk slot"""),

("live", "live_sale_offer", I, """Live di lapak Senen nih guys, sambil rapiin barang yang baru dateng 😆
Ini jaket bomber Alpha Industries, ukuran XL, lengannya ada sedikit tambalan, harga 150.
Ini kemeja Hawaii, motif bunga, warnanya masih cerah, 40 aja.
Yang di Jakarta mau dateng langsung boleh, lapak di Blok III lantai dasar.
Yang luar kota, screenshot terus DM, aku kirim hari ini juga."""),

("message", "pointer_offer", I, """Kak, stok yang kakak tanya kemarin (coat panjang wanita) sudah masuk dari kapal hari ini.
Ada 6 potong ukuran M-L, warna camel, hitam, abu. Dua ada noda kecil di kerah, sudah kami coba bersihkan tapi masih samar.
Harga 120-175rb tergantung merek.
Foto lengkap saya kirim di WA ya, biar kakak pilih dulu sebelum dilempar ke grup."""),

("post", "regional_flavour_offer", I, """Baju anak-anak dari kapal, masih dalam ikatan, ulun buka di rumah hari Sabtu, Martapura 🙏
Ada kaos, celana pendek, piyama, baju hangat. Kondisi macam-macam, yang masih bagus dipisah.
Harga satuan 5 ribu sampai 20 ribu, bila handak borong per karung ada harga lain.
Parkiran ada di halaman. Kada usah takut kehabisan, stok banyak ai."""),
]
