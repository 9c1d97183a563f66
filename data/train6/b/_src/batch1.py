# Batch 1: hand-written long-form records. Each entry: (kind, category, (offer, used, clothing, abroad), text)
RECORDS = [
("listing", "plain_offer", (1, 1, 1, 1), """Kemeja Flanel Second Import Jepang Original Uniqlo Muji Thrift Murah Grade A
Kondisi 85-95%, sudah dicuci & disetrika, bebas noda besar
Ukuran M-XL (cek detail LD/PB di foto ke-3)
Harga 45rb/pcs, ambil 5 bonus 1
Barang dari bal Jepang, bukan lokal ya kak
Pengiriman tiap hari kecuali Minggu"""),

("post", "plain_offer", (1, 1, 1, 1), """BONGKAR BAL HOODIE KOREA MALAM INI 🔥🔥
Isinya campur: Nike, Adidas, Champion, sama merk Korea yang jarang ada
jam 19.30 mulai, first come first serve, yg cepet dia dapet
harga mulai 35k aja 😭
#bongkarbal #hoodiekorea #thriftindonesia #thriftbekasi #hiddengems"""),

("message", "wholesale_bale", (1, 1, 1, 1), """*INFO STOK GUDANG* 📦
Bal Korea campur (kaos, kemeja, celana) ±100 kg — 5,8jt
Bal Jepang jaket musim dingin ±45 kg — 7,2jt
Bal short / balan pendek isi ±200 pcs — 3,5jt
Barang masuk lewat Batam, kirim ke seluruh Indo via ekspedisi langganan
Reseller baru dapat potongan 200rb utk order pertama
Minat japri Koh Andre 0812xxxx (chat aja, no call)"""),

("profile", "shop_bio", (1, 1, 1, 1), """THRIFT MONZA SIMPANG LIMUN 🇯🇵🇰🇷
second import pilihan • jaket, kemeja, celana bahan
buka tiap hari 10.00-21.00, lapak belakang Pajak Melati
open reseller & dropship, kirim se-Sumut
WA admin 0813xxxx"""),

("live", "live_sale", (1, 1, 1, 1), """Halo halo yang baru masuk langsung tap love dulu yaaa 💕
Ini karungan baru dibuka barusan, jaket parasut semua, dari Jepang
Yang mau tinggal ketik nomor gantungannya, misal J12, nanti admin catat
Ini J12 merk Mizuno, ada noda dikit di lengan, 60 ribu aja
J13 The North Face, size L, 150, udah jarang nih
Checkout max 1x24 jam ya, lewat dari itu kita lepas ke yang lain"""),

("comment", "comment_reply_offer", (1, 1, 1, 1), """@dinda.rmz: kak sepatu bekas yg kemarin masih ada ga? ukuran 39
@gudang.sepatu.tjb: masih kak, baru turun 2 koli lagi dari kapal, ada nb sm asics ukuran 39 👍 cek dm yaa
@dinda.rmz: oke kak udah aku dm
@ryan_ptk: aku juga dong ukuran 43 kak"""),

("listing", "evasion_leet", (1, 1, 1, 1), """k4os v1nt4ge s3k3n 1mp0r 🇺🇸 ex-USA
band tee, harley, nascar, kondisi 80an% (ada pudar wajar)
harga 75-150rb tergantung model, ready ±40 pcs
bukan barang lokal, asli hasil bongk4r b4l
order via chat, jgn nawar sadis ya"""),

("post", "regional_code_word", (1, 1, 1, 1), """Cakar baru masuk di lapakku, Pasar Terong lantai 3 😍
Ada gamis, blus, celana kulot, sweater. Baru buka karung tadi pagi, masih fresh ki semua
Harga mulai 10rb, yang branded 30-50rb ji
Singgahmi sebelum diambil orang nah
#cakarmakassar #cakarmurah #bajukarung"""),

("post", "regional_code_word", (1, 1, 1, 1), """Monza ballpress baru bongkar, lae! Jaket kulit, jas, celana jeans Levis sama Lee.
Barang Korea kebanyakan, ada 2-3 Jepang.
Datanglah ke lapak kami di Pasar Simalingkar, dekat loket angkot, tanya aja kios Bang Togar.
Harga damai, bisa nego kalau ambil banyak."""),

("message", "reseller_recruitment", (1, 1, 1, 1), """[Channel Telegram: Pusat Thrift Grosir]
📢 DIBUKA RESELLER GELOMBANG 3
Modal mulai 1,5jt kamu sudah dapat 1/4 karung sortiran grade A (±60 pcs)
Barang ex Jepang & Korea, kami sortir di gudang Tangerang
Foto katalog dikirim tiap Senin & Kamis, tinggal posting ulang
Tidak perlu stok, bisa dropship juga
Daftar: ketik DAFTAR ke admin @pusthrift_admin"""),

("listing", "bale_trade_shoes", (1, 1, 1, 1), """Sepatu Bekas Import Per Koli Sortiran Tanjungbalai
1 koli isi ±40 pasang, campur sneakers & kets (Nike, Vans, Converse, Puma)
Sortiran B, kondisi layak pakai, sebagian perlu dicuci
Harga 2,3jt/koli, belum ongkir
Kirim dari Tanjungbalai Asahan, bisa via Medan"""),

("post", "haul_with_seller", (1, 1, 1, 1), """Thrift haul Gedebage edisi gajian 🛍️
1. Sweater Ralph Lauren — 40rb
2. Cardigan rajut Jepang — 35rb
3. Celana cargo Dickies — 55rb
Semua dari kios @cimol.kang.ujang blok C no 17, kang nya baik banget, ga maksa
Katanya barang baru turun bal minggu ini, jadi masih banyak pilihan
Save buat kalian yang mau hunting weekend ini ya! #thrifthaul #gedebage #thriftbandung"""),

("listing", "bale_trade_shoes", (1, 1, 1, 1), """BAL SEPATU THAILAND ISI 25 PASANG
sepatu olahraga & casual, bekas pakai, kondisi rata-rata 70-85%
langsung dari Bangkok, sudah di gudang Jakarta Utara
harga 2,9 jt per bal (tidak bisa pilih isi)
siap kirim hari ini, pembayaran transfer atau COD gudang"""),

("live", "evasion_spacing", (1, 1, 1, 1), """Jangan lupa follow dulu gengs, akun lama kena tutup 🥲
Malam ini kita b u k a  k a r u n g, isinya kemeja + blazer cewek, barang negeri sakura 🌸🗾
Bekas tapi bersih, udah disortir
Yang mau komen "mau" + nomor, harga 25-40an
Pembayaran ke rekening yang di-pin di atas ya"""),

("post", "regional_code_word", (1, 1, 1, 1), """Awul-awul buka lagi nih di alun-alun utara selama Sekaten! 🎪
Kami bawa 30 karung baru, baju impor campur: kaos, jaket, celana, baju anak
Harga 5rb, 10rb, 15rb. Tinggal ngawul aja sepuasnya
Stand nomer 48 sebelah penjual wedang ronde
Monggo mampir, mumpung lagi rame"""),

("listing", "border_route", (1, 1, 1, 1), """Baju Bundle Tawau Siap Kirim Nunukan & Tarakan
Jaket, kemeja, kaos berkerah bekas pakai, dipilih satu-satu
Barang nyeberang dari Tawau tiap minggu
Harga ecer 20-60rb, grosir per karung nego
Info & pesan: Bu Hasnah 0852xxxx"""),

("message", "price_list_sortiran", (1, 1, 1, 1), """Selamat pagi agan-agan reseller 🙏
Update harga per kilo minggu ini:
- Sortiran A kaos branded: 95rb/kg
- Sortiran B campur: 55rb/kg
- Jaket & hoodie: 120rb/kg
- Celana jeans: 85rb/kg
Min order 10 kg, sisa bal Korea yg kemarin tinggal dikit
Yg mau booking transfer DP 50% dulu"""),

("listing", "hn_furniture", (1, 1, 0, 0), """Lemari Baju Bekas 3 Pintu Kayu Jati Jepara
Masih kokoh, kunci lengkap, cermin pintu tengah ada retak halus
Ukuran 150 x 55 x 190 cm
Pindahan rumah jadi dilepas 1,8jt nego tipis
Lokasi Semarang Barat, ambil sendiri ya"""),

("listing", "hn_machine_abroad", (1, 1, 0, 1), """Mesin Jahit Bekas Juki Jepang Highspeed DDL-8700
Eks konveksi, masih normal dipakai jahit kaos & kemeja
Dinamo servo baru ganti, meja & kaki lengkap
Harga 2,6jt, bisa dicoba di tempat (Cipayung, Jakarta Timur)
Bukan jual baju ya kak, ini mesin jahit"""),

("article", "hn_news", (0, 1, 1, 1), """Polisi Sita Ratusan Bal Pakaian Bekas Impor di Gudang Kawasan Senen
Aparat gabungan menyita ratusan bal pakaian bekas yang diduga masuk tanpa dokumen dari luar negeri. Gudang itu selama ini memasok para pedagang di Pasar Senen.
Menurut petugas, barang-barang tersebut melanggar larangan impor pakaian bekas yang diatur dalam Permendag 18/2021 yang telah diubah dengan Permendag 40/2022.
Sejumlah pedagang mengaku kini sulit mendapat stok. "Gudang pada tutup, takut," ujar seorang pedagang celana, sebut saja Rahmat.
Barang sitaan akan dimusnahkan setelah proses penyidikan selesai."""),

("post", "hn_opinion", (0, 1, 1, 1), """Jujur gue bingung sama debat thrifting ini.
Di satu sisi baju bekas impor emang ngerusak pasar konveksi lokal, UMKM garmen pada teriak.
Di sisi lain, banyak anak muda yang cuma sanggup beli kemeja bagus ya dari bal-balan Senen.
Menurut gue solusinya bukan razia pedagang kecil, tapi tutup jalur masuknya di pelabuhan.
Kalian tim mana?"""),

("listing", "hn_new_import", (1, 0, 1, 1), """Blouse Korea Import Premium BARU Bahan Sifon
Impor resmi, ada label & hangtag, dokumen PIB lengkap
Warna: sage, dusty pink, cream
All size fit to L, LD 104
Harga 129rb, ready stok gudang Jakarta
Bukan barang second / bukan thrift ya kak"""),

("post", "hn_preloved_own", (1, 1, 1, 0), """Preloved lemariku sendiri 🧺 (declutter sebelum pindah kos)
- tunik batik beli di Thamrin City, sekali pakai - 60rb
- rok plisket hitam, size M - 40rb
- sneakers putih lokal ukuran 38 - 120rb
Semua barang pribadi, bukan barang bal ya. Bisa COD area Depok
DM aja kalau minat"""),

("post", "hn_charity_bazaar", (1, 1, 1, 0), """📣 THRIFT DAY SMAN 3 — Bazar Amal Kelas XII
Hari Sabtu, lapangan basket sekolah, jam 08.00-13.00
Yang dijual: baju, celana, tas, sepatu bekas sumbangan siswa, guru, dan alumni
Harga 5rb-30rb, seluruh hasil buat renovasi mushola dan bantu teman yg butuh biaya ujian
Ajak keluarga ya, sekalian jajan di stand kuliner 🍢"""),

("listing", "hn_bal_other", (1, 0, 0, 0), """Jerami Padi Per Bal untuk Pakan Sapi & Media Jamur
1 bal ±15 kg, sudah kering dan dipress rapi
Harga 18rb/bal, ambil di atas 100 bal harga khusus
Lokasi Klaten, bisa antar pakai pick up
Stok banyak habis panen"""),

("review", "hn_new_thrift_style", (0, 0, 1, 0), """Review jujur kemeja "thrift look" yang lagi viral di FYP
Bahannya corduroy tebal, warnanya dibikin agak pudar biar kelihatan vintage, padahal baru dan masih ada tag.
Jahitan rapi, ukuran sesuai chart. Cuma kancingnya kurang kuat, satu sempat lepas pas dicuci.
Overall 4/5, cocok buat yang suka gaya thrifting tapi males hunting dan ga mau barang bekas."""),

("comment", "hn_complaint", (0, 1, 1, 1), """Hati-hati sama akun yang nulis "bal Korea grade A isi 300 pcs cuma 2jt" itu ya.
Aku udah transfer 2 minggu lalu, barang ga pernah datang, nomornya sekarang ga aktif.
Udah aku laporin ke platform sama ke bank. Semoga ga ada korban lain 🙏
Screenshot bukti transfer ada di slide 2"""),

("message", "hn_buyer_question", (0, 1, 1, 1), """Assalamualaikum kak, maaf ganggu
aku mau mulai jualan online kecil-kecilan, biasanya yang jual bal Jepang itu di mana ya?
katanya ada yang dari Batam, tapi aku takut ketipu
terus sekarang boleh ga sih sebenernya? soalnya kemarin denger ada razia
makasih sebelumnya 🙏"""),

("article", "hn_guideline", (0, 1, 1, 1), """Kebijakan Produk Terlarang: Pakaian Bekas Impor
Penjual tidak diperkenankan menawarkan pakaian, alas kaki, dan tas bekas yang berasal dari luar negeri, termasuk penjualan dalam bentuk bal, karung, atau per kilo.
Contoh yang akan diturunkan: "bal Korea", "sortiran grade A per kilo", "second import Jepang".
Yang tetap diperbolehkan: pakaian bekas milik pribadi, barang hasil produksi dalam negeri, dan barang impor baru yang dilengkapi dokumen.
Pelanggaran berulang dapat berakibat pada pembatasan atau penutupan toko."""),

("listing", "hn_phone", (1, 1, 0, 1), """Samsung Galaxy S21 Second Ex Korea Mulus
RAM 8/256, baterai health 89%, no minus, sinyal aman (sudah IMEI terdaftar)
Kelengkapan: unit + charger original
Harga 3,4jt, garansi toko 1 minggu
Toko HP Gemilang, ITC Roxy Mas lt. dasar"""),

("post", "hn_seller_stopped", (1, 0, 1, 0), """Pengumuman dari kami 🙏
Mulai bulan ini toko kami sudah TIDAK menjual baju bekas impor lagi. Semua stok lama sudah habis dan kami tidak ambil bal lagi.
Sekarang kami fokus jual kaos & kemeja baru buatan konveksi sendiri di Soreang.
Desainnya tetap vintage kok, harga mulai 69rb.
Terima kasih yang sudah setia dari awal, yuk dukung produk lokal!"""),

("listing", "hn_vehicle", (1, 1, 0, 1), """Honda Freed 2012 Eks Jepang Tangan Pertama
Bekas pakai keluarga, AC dingin, pintu geser normal
Pajak hidup sampai Agustus, BPKB ada
Harga 128jt nego, bisa dilihat di Sidoarjo
Serius hubungi 0811xxxx"""),

("post", "hn_swap", (0, 1, 1, 0), """Clothing Swap Party vol. 4 🔁👗
Bawa maksimal 5 baju layak pakai dari lemarimu, tukar dengan baju orang lain.
Tidak ada jual beli, tidak ada uang. Sisa baju akan didonasikan ke panti.
Minggu, 10.00 di Taman Baca Kenanga, Malang.
Daftar lewat link di bio komunitas kami."""),

("message", "hn_donation", (0, 1, 1, 0), """Bapak/Ibu warga RT 05 yang budiman,
Kami dari karang taruna menerima donasi pakaian bekas layak pakai untuk korban banjir di Dayeuhkolot.
Utamanya baju anak, sarung, selimut, dan handuk.
Bisa diantar ke pos ronda sampai hari Jumat sore.
Terima kasih atas kepeduliannya."""),

("listing", "hn_bundle_other", (1, 0, 0, 0), """Bundle Software Desain Grafis Lisensi Resmi 1 Tahun
Isi paket: aplikasi edit foto, vektor, dan font premium 200+
Aktivasi langsung ke email, bukan akun sharing
Harga bundle 350rb (hemat 40%)
Cocok untuk pelajar & UMKM"""),

("listing", "hn_grade_other", (1, 0, 0, 0), """Telur Ayam Negeri Grade A Per Peti
1 peti = 15 kg, ukuran besar seragam, kulit bersih
Harga hari ini 395rb/peti, harga ikut pasar
Kirim area Blitar & Kediri pakai mobil box
Langsung dari kandang, fresh tiap pagi"""),

("article", "hn_study", (0, 1, 1, 1), """Ringkasan penelitian: Mikroba pada Pakaian Bekas Impor di Pasar Tradisional
Tim peneliti mengambil 30 sampel pakaian dari pedagang yang membuka bal impor di tiga pasar.
Hasilnya, sebagian besar sampel mengandung jamur dan bakteri yang dapat memicu gatal dan iritasi kulit.
Peneliti menyarankan konsumen mencuci dengan air panas dan deterjen sebelum memakai, serta mendorong pengawasan lebih ketat di pintu masuk barang.
Studi ini tidak menyebut nama pedagang atau lokasi kios secara rinci."""),

("listing", "hn_majun", (1, 1, 0, 0), """Kain Majun Perca Kaos Putih Per Karung
Majun dari sisa kaos bekas & potongan konveksi, sudah dipotong siap pakai
Untuk lap mesin bengkel, pabrik, percetakan
1 karung ±25 kg harga 225rb
Bukan untuk dipakai, ini lap industri. Lokasi Cikarang"""),
]
