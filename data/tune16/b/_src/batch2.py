# Batch 2: more offers of imported used clothing past the keyword filter (all four elements 1).
I = (1, 1, 1, 1)

RECORDS = [
("listing", "logistics_unit_offer", I, """Kemeja Batik & Kemeja Pantai Campur | 1 Ikat Isi 100
Pas buka ikat kemarin ternyata banyak kemeja Hawaii sama aloha, motifnya rame.
Kondisi campur, 60-70% bagus, sisanya ada luntur/noda.
Harga 1,9jt per ikat, bisa COD di Belawan atau kirim ekspedisi laut ke Jawa.
Catatan: kami tidak jual satuan untuk listing ini."""),

("post", "code_word_invented_offer", I, """Si Putih datang lagi sodara-sodara 🤍
Kali ini 40 ekor Si Putih, isinya kaos polos dan kaos kerah merek sport.
Yg udah langganan tau lah kualitas Si Putih ini, jarang zonk.
1 ekor 1,7jt, DP dulu baru diantar dari dermaga.
Barang terbatas, kemarin Si Putih abis dalam 3 hari."""),

("message", "wholesale_price_list", I, """Info harga gudang Jambi hari ini bos:
Sweater/rajut A = 55rb/kg, B = 30rb/kg
Celana pendek campur = 28rb/kg
Tas & dompet (pilihan, resleting aman) = 90rb/kg
Barang dari kapal yang sandar Senin, belum banyak dicomot orang.
Mau ambil besok kasih kabar malam ini, biar kami sisihkan."""),

("live", "live_sale_offer", I, """SESI 2 LIVE MALAM INI 🌙
Kita lanjut buka karung hijau ya, isinya dress dan rok.
Semua satu-satu, ukurannya aku tulis di kertas yang aku tempel.
Dress Mango ini ada jahitan lepas dikit di pinggang, bisa dijahit sendiri, harga 35.
Rok plisket ini mulus, 28 aja.
Sabar ya yg nunggu sepatu, besok malam karung sepatunya aku buka."""),

("listing", "vintage_year_offer", I, """Kaos Tour Metallica 1994 Single Stitch Original
Ukuran tag XL (fit L). Sablon retak rata, warna hitam udah jadi abu keunguan.
Ada lubang kecil 2 di bagian punggung bawah, lihat foto 6.
Datang dari tumpukan kiriman kapal akhir bulan, pilihan tangan.
Harga 650rb. Tidak terima tukar."""),

("post", "border_route_offer", I, """Update lapak Bu Sri, Sanggau 🙏
Baju kiriman lewat Entikong sudah nyampe tadi subuh.
Banyak seragam kerja, kemeja panjang, jaket hujan, sepatu safety.
Cocok buat yang kerja di kebun atau tambang, barang kuat-kuat.
Harga eceran 10-50rb, ambil banyak bisa kurang."""),

("profile", "shop_profile_offer", I, """⚓ Pelabuhan Lemari | jaket & coat musim dingin
barang sampai tiap kapal datang, disortir di Tanjungpinang
kondisi selalu jujur: noda, lubang, bulu rontok kami tulis
grosir per koli / satuan
📍 kirim seluruh Indonesia
order: link di bawah 👇"""),

("listing", "grade_letter_offer", I, """Gorden, Taplak & Sarung Bantal Grade A 1 Karung
Motif renda, polos, kotak-kotak. Beberapa gorden masih ada ring besi, ada yang warnanya agak pudar kena matahari.
Sudah dicuci, yang robek dibuang.
Cocok buat lapak perlengkapan rumah di pasar malam.
Harga 1,1jt/karung isi ±70 lembar. Lokasi Batam, kirim lewat kapal Pelni."""),

("comment", "seller_reply_offer", I, """Halo kak @dinda.ws, yang sweater hijau itu masih ada tapi ada bulu-bulu (pilling) di bagian lengan, harga jadi 40rb. Yang krem mulus, 65rb.
Semua barang kami dari kiriman kapal, jadi tiap item beda kondisi, makanya tiap foto kami kasih keterangan.
Mau ambil yang mana kak? Bisa langsung checkout di etalase "Rajut 2"."""),

("article", "shop_advertorial", I, """Kisah Toko Sinar Loak: Dari Satu Karung Jadi Tiga Kios
Medan - Sepuluh tahun lalu Pak Togar memulai usahanya dengan satu karung kemeja yang ia beli dari kapal di Belawan. Kini ia punya tiga kios di Jalan Sisingamangaraja dan ratusan pelanggan online.
Setiap Rabu, karung-karung baru dibuka di depan kios. Pembeli boleh ikut memilih, namun barang terbaik biasanya sudah disisihkan untuk pelanggan tetap.
Kemeja dijual Rp20 ribu sampai Rp80 ribu, jaket kulit bisa sampai Rp600 ribu.
"Kalau ada noda, saya bilang ada noda. Orang balik lagi karena itu," katanya.
Pemesanan dapat dilakukan melalui akun @sinarloak.mdn atau langsung datang ke kios."""),

("post", "condition_word_offer", I, """Coat wol panjang, warna charcoal, merek Max Mara (label dalam sudah agak pudar, tapi jahitan asli).
Lebar dada 56, panjang 110. Ada 1 kancing pengganti yang beda warna dikit.
Kondisi 8.5/10, sudah dry clean.
Satu-satunya, ukuran cuma ini.
Masuk bareng kiriman seberang minggu lalu. 450rb, serius aja ya kak."""),

("listing", "logistics_unit_offer", I, """Handuk & Sprei Hotel Campur Per Karung 45 kg
Isi: handuk mandi, handuk kecil, sprei putih, sarung bantal.
Sebagian ada logo hotel bordir, sebagian polos. Ada yang tipis, ada noda kuning kecil.
Harga 1,35jt per karung. Gudang Tanjung Uban, bisa kirim lewat kargo kapal.
Cocok buat laundry kiloan, salon, atau dijual satuan."""),

("message", "reseller_recruit_offer", I, """Mau usaha modal kecil? 💸
Kami gudang pakaian pilihan di Pekanbaru, barang datang dari Dumai tiap 10 hari.
Paket pemula: 5 kg campur (kaos, kemeja, celana) cuma 250rb, udah termasuk plastik packing.
Barang layak pakai, udah disortir, tinggal foto dan jual di TikTok/Shopee.
Banyak mitra kami yang modal 250rb jadi untung 600rb. Join grup WA: balas PEMULA."""),

("post", "haul_recommendation_offer", I, """Thread: lapak langganan aku buat cari jaket kulit 🧵
1. Kios Apak Yon, lantai 2 Pasar Aur Kuning - stok dari kapal yg masuk lewat Dumai, harga mulai 150.
2. Lapak Uni Rita, sebelah musala - lebih murah tapi harus sabar milih dari tumpukan.
3. IG @kulittua.bkt - kalau males ke pasar, dia live tiap Jumat.
Semua jaket di sana ada bau gudang, rendam pake cuka + jemur 2 hari beres."""),

("live", "live_sale_offer", I, """Hai hai yang baru masuk, aku lagi buka tumpukan topi & kupluk nih 🧢
Ini topi New Era, ada sedikit noda keringat di dalam, 25k.
Ini kupluk rajut tebel, buat yang mau ke Dieng, 15k.
Semua dari karung yang baru dateng dari pelabuhan Jumat kemarin.
Ketik nomor topi yang diangkat ya, aku catat di papan."""),

("listing", "invented_slang_offer", I, """[READY] Paket Kopi Susu 🤎 - Isi Sweater & Cardigan Warna Earth Tone
Kopi susu = karung 30kg kesayangan kita, isinya dipilih yang warna coklat, krem, beige.
Kondisi rata-rata bagus, ada 10-15% minus (pilling/noda).
Harga 1,5jt per paket kopi susu.
Pengiriman dari gudang Batam tiap Selasa & Jumat."""),

("post", "regional_flavour_offer", I, """Kita punya barang baru datang dari kapal e, ada jaket, kemeja, celana jeans.
Kondisi masih bagus sekali, ada yang sedikit noda tapi bisa dicuci ji.
Datang mi langsung di lapak di Pasar Terong, belakang penjual sayur, tanya saja Daeng Tiro.
Harga mulai 15 ribu, jaket 50 ribu. Borongan per karung juga bisa, nanti kita bicara harga.
Kirim ke Gowa, Maros juga bisa."""),

("message", "pointer_offer", I, """Kak, ini link katalog terbaru ya: (link grup)
Semua foto di katalog itu barang asli dari kiriman koli terakhir, bukan foto internet.
Kode A = mulus, kode B = ada minus kecil, kode C = ada minus jelas (difoto).
Order tinggal tulis kode + nomor foto. Pembayaran transfer, pengiriman dari gudang Tanjungbalai.
Info lengkap & ongkir tanya di WA 0813xxxx."""),

("profile", "shop_profile_offer", I, """Kios No. 22 Pasar Senen Blok III
Kemeja kerja, blazer, celana bahan buat yang mau interview hemat 👔
barang datang dari pelabuhan, disortir & dicuci
harga mulai 20rb
buka Senin-Sabtu 08.00-16.00
IG/TikTok: @kios22senen"""),

("listing", "condition_word_offer", I, """The North Face Nuptse 700 Hitam Size M
Bulu masih ngembang, ada jahitan perbaikan kecil di bahu kanan (rapi).
Resleting YKK lancar, tali pinggang lengkap.
Kondisi 8/10. Layak pakai buat naik gunung atau musim dingin.
Barang pilihan, datang dari kiriman koli Batam. 1,25jt nego. Cek foto detail minus."""),

("post", "emoji_abbrev_offer", I, """ready gan 🔥 jeans cwk hi waist
sz 25-30 campur, mrk: levis, zara, hnm, topshop
kond 7-9/10 ➡️ yg ada noda ditulis
hrg 30-75k
ambil 10 pcs 250k aja
dtg kmrn dr krg pelabuhan, msh fresh
chat klik lnk bio 📲"""),

("comment", "seller_reply_offer", I, """Gaada di toko offline kak, kita cuma gudang. Tapi bisa datang ke gudang di Tanjungbalai hari Sabtu, bebas milih dari tumpukan, per kilo 35rb.
Kalau mau yang udah dipilih, kita jual per potong di akun ini. Barang langsung dari kapal yang sandar di Teluk Nibung, jadi memang tiap minggu ganti."""),

("review", "shop_review_recommendation", I, """Review jujur @lemari.seberang: ⭐⭐⭐⭐
Ini kedua kalinya aku beli per karung dari mereka. Karung kedua lebih bagus, isinya banyak jaket olahraga Adidas & Puma, beberapa masih ada nama sekolah luar di dadanya 😂
Minusnya packing karung kadang sobek pas nyampe, jadi ada yg kotor.
Tapi untuk harga 1,8jt isi 60an potong, untung lumayan buat lapak aku di pasar kaget.
Recommended buat yang mau mulai jualan."""),

("listing", "logistics_unit_offer", I, """JUAL PER KOLI: Baju Tidur & Daster Wanita (isi ±150)
Bahan katun dan satin, kebanyakan motif bunga.
Ada yang warna pudar, ada yang masih cerah. Tidak ada yang baru, semua sudah pernah dipakai tapi masih layak.
Harga 1,4jt/koli. Barang di gudang Dumai.
Minat serius hubungi 0811xxxx (Pak Ridwan)."""),

("post", "container_arrival_offer", I, """Kontainer ke-3 bulan ini sudah dibongkar 🙌
Isi: jaket ski, celana salju, sarung tangan, sepatu boots.
Pas banget buat yang mau liburan musim dingin tapi nggak mau beli baru.
Semua item sudah kami cek, yang bolong ditambal, yang noda dicuci ulang.
Mampir ke gudang kami di Cikarang atau order online, link di bio."""),

("live", "live_sale_offer", I, """Hayuk merapat, live rajutan! 🧶
Aku sebut harga, kalian ketik kode ya:
R1 sweater nenek motif salju, ada benang ketarik dikit - 30
R2 cardigan abu kancing kayu, mulus - 45
R3 vest rajut hijau army, sedikit pilling - 25
Ini semua baru kebuka dari ikatan yang turun di pelabuhan Sekupang.
Ongkir dihitung pas rekap setelah live ya."""),

("message", "broadcast_offer", I, """Selamat pagi mitra 🌞
Info kapal: jadwal sandar mundur ke Kamis karena cuaca.
Yang sudah booking karung jaket dan karung jeans tetap aman, urutan tidak berubah.
Buat yang masih cari, kami masih terima 8 slot karung campur (kaos + kemeja), DP 500rb.
Isi tetap seperti biasa: layak pakai, sudah dipilah, noda berat dibuang.
Terima kasih, Admin Gudang Dermaga Biru."""),

("article", "shop_advertorial", I, """Belanja Hemat di Pasar Pagi Tawangmangu: Lapak Mbak Endang
Lapak kecil di ujung pasar ini terkenal di kalangan pendaki. Mbak Endang menjual jaket gunung, celana kargo, dan sepatu trekking yang ia ambil per goni dari pemasok di Jakarta yang mendapat barang dari kiriman kapal.
Kondisinya bermacam-macam; ada yang tampak baru, ada yang solnya sudah tipis. "Saya tulis kondisinya di kertas kecil, biar pembeli tidak kecewa," ujarnya.
Harga jaket mulai Rp50 ribu. Lapak buka setiap Minggu pagi, dan pesanan bisa dilakukan lewat WhatsApp 0857xxxx."""),

("listing", "vintage_year_offer", I, """Jaket Varsity College 1987 Wol + Lengan Kulit
Bordir huruf "M" di dada, nama "Jenkins" di dalam kerah.
Lengan kulit ada retak halus, wol ada 1 lubang ngengat kecil di punggung.
Barang langka, cuma 1. Dapat dari tumpukan kiriman terbaru.
Harga 900rb. Pengiriman dari Bandung."""),

("post", "code_word_invented_offer", I, """Guling-guling pekan ini tinggal 5 😭
(buat yang baru follow: guling = ikatan 100 pcs isi kaos)
Minggu depan ada guling rasa jaket, yang mau antre komen "JAKET".
Guling kaos 1,5jt, dikirim dari pelabuhan langsung ke rumah kakak.
Rejeki isi guling no komplain ya, tapi rata-rata layak jual semua."""),

("profile", "shop_profile_offer", I, """Toko Ama Sumba 🌾 Waingapu
Jual pakaian pilihan dari kapal: kemeja, kaos, celana, baju anak.
Kondisi dipilih, layak pakai, sudah dicuci.
Harga bersahabat, bisa borong per karung untuk kios di kampung.
Lokasi: dekat pelabuhan lama, tanya saja Ama Lende.
Telp/WA 0813xxxx"""),

("comment", "seller_reply_offer", I, """Buat yang nanya-nanya di kolom komentar: iya, ini bukan barang baru ya. Semuanya dari kiriman kapal, dipilih satu-satu, dicuci, disetrika.
Makanya harganya 20-60rb. Kalau mau barang segel ya ke mall 😅
Masih ada 30an potong kemeja flanel di etalase, langsung checkout aja, stok real."""),

("listing", "grade_letter_offer", I, """Sepatu Anak Grade S Per Karung Kecil (isi 50 pasang)
Size 24-34, sneakers, sepatu sekolah hitam, sandal.
Grade S = sol hampir tidak ada tanda dipakai, tanpa sobek.
Harga 1,7jt. Grade A juga ready 1,2jt (sol agak tipis).
Gudang Tanjungpinang, bisa dikirim kapal ke Jakarta atau Pontianak."""),
]
