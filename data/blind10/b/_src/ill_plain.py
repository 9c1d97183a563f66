# Illegal, plain: the famous words used openly. Hand-written, one by one.
I = (1, 1, 1, 1)
RECORDS = [
("listing", "plain_offer", I, """
JAKET DENIM BEKAS IMPOR JEPANG - Levi's Type 3
Kondisi 9/10, no bolong no noda
Size L (LD 112, P 64)
Harga 185rb nego tipis
Kirim dari Bekasi, bisa JNE / SiCepat
Barang thrift pilihan, stok cuma 1 ya kak
"""),
("post", "plain_bongkar_bal", I, """
BONGKAR BAL HARI INI JAM 7 MALAM 🔥🔥
Bal kemeja flanel ex Korea, baru nyampe dari gudang
Harga mulai 25rb - 60rb, siapa cepat dia dapat
Live di akun ini ya guys, jangan sampai kelewatan
#bongkarbal #thriftmurah #flanelkorea
"""),
("message", "plain_wa_broadcast", I, """
Assalamualaikum kakak2 reseller 🙏
Ready lagi balpres campur Jepang, isi ±100 kg, grade A
Isinya kaos, kemeja, celana pendek, jaket tipis
Harga 6,5jt/bal franco gudang Cikarang
Minat japri 0812xxxx (Bu Rini)
Stok terbatas, yang kemarin DP duluan yang diprioritaskan
"""),
("profile", "plain_shop_bio", I, """
🌿 Lemari Tua Thrift 🌿
Baju bekas import pilihan, dicuci & disetrika sebelum kirim
Open order tiap Senin & Kamis via live
Lokasi: Sleman, Jogja | COD area UGM
WA admin 0857xxxx
"""),
("live", "plain_live_sale", I, """
Malam ini kita LIVE jam 8 ya bestie!
Yang dibuka: 2 karung hoodie & sweater second import dari Korea
Semua 35rb rata, ada Champion, Uniqlo, GU, sama brand kampus US
Cara beli: ketik "mau + nomor" di kolom komentar, checkout maksimal 1x24 jam
Sampai ketemu nanti!! 🧥🧥
"""),
("listing", "plain_offer", I, """
Sepatu running second import - Asics Gel Kayano 27
Ukuran 42,5 / insole 27 cm
Sol masih tebel, upper bersih, ada sedikit kerutan di toebox
Asal barang dari bal Jepang, sudah dicuci pakai sabun khusus sepatu
Harga 320rb, ongkir ditanggung pembeli
Cek foto detail ya sebelum tanya2
"""),
("post", "plain_creator_haul", I, """
Haul thrifting minggu ini 🛍️ total cuma 210rb dapat 6 potong!
1. Kemeja linen Muji – 40rb
2. Cardigan rajut vintage – 35rb
3. Rok plisket Jepang – 30rb
... sisanya cek slide ya
Semua aku beli di lapak Bang Jo, Pasar Senen Blok 3 lantai atas, barang bal Jepang dan Korea, dia buka bal tiap Selasa. Bilang aja tau dari aku, kali aja dikasih diskon 😆
"""),
("comment", "plain_seller_reply", I, """
@nadiaa_ht halo kak, yang celana cargo itu masih ada kok 🙏
Barangnya second import dari Jepang, ada sedikit pudar di lutut tapi gak kelihatan pas dipakai
Lingkar pinggang 80cm, panjang 100
Harga 95rb, kalau ambil 2 jadi 170rb
Langsung checkout di keranjang kuning aja ya
"""),
("listing", "plain_wholesale", I, """
JUAL BALPRES BAJU BEKAS IMPORT MURAH!!
- Bal kaos Korea 100kg: 5,8jt
- Bal jaket winter Jepang 45kg: 7,2jt
- Bal celana jeans campur 100kg: 6jt
Barang dijamin original impor, bukan sortiran lokal
Pengiriman ke seluruh Indonesia via ekspedisi / kargo laut
Pembayaran: DP 50%, pelunasan saat barang sampai
"""),
("post", "plain_hidden_gems", I, """
hidden gems hari ini nemu jaket Carhartt detroit 😭😭 cuma 150rb
yang mau nyari juga, toko @kedai.awul.sby masih banyak stok barang impor second, tadi mereka baru buka 3 bal US
thrift is life fr
#hiddengems #thriftsurabaya
"""),
("message", "plain_reseller_recruit", I, """
DICARI RESELLER & DROPSHIPPER BAJU THRIFT IMPORT
✔️ Barang ambil langsung dari bal Korea & Jepang
✔️ Harga reseller mulai 12rb/pcs
✔️ Foto katalog dikasih, tinggal posting
✔️ Tanpa modal buat dropship
Gabung grup WA: ketik DAFTAR ke 0813xxxx
Kuota tiap bulan terbatas 50 orang aja ya
"""),
("listing", "plain_offer", I, """
Tas kulit second Coach ex Amerika
Model crossbody warna coklat tua, kulit asli masih lentur
Kekurangan: ada goresan halus di pojok bawah, tali aman
Dimensi 24 x 17 x 6 cm
Dapat dari bal tas US, sudah dibersihkan dan dikondisioner
Harga 275rb fix, no nego ya kak
"""),
("post", "plain_offer", I, """
Sale akhir bulan!! Semua kemeja batik? bukan dong 😂 semua kemeja Hawaii bekas impor dari Jepang
Harga 45rb aja, beli 3 gratis ongkir se-Jabodetabek
Ukuran M sampai XXL, motifnya random
Order via DM atau Shopee (link di bio)
"""),
("live", "plain_live_sale", I, """
Guys jam 1 siang nanti kita live dari gudang ya
Kita buka bal baru: outdoor jacket (North Face, Patagonia, Columbia) second import, semua ready size L-XL
Harga dibanderol 90rb - 250rb tergantung kondisi
Yang sudah antri di list kemarin tolong standby, kita panggil satu per satu
"""),
("article", "plain_blog_promo", I, """
Kenapa Harus Belanja di Toko Kami?
Toko Kami sudah 6 tahun berjualan pakaian bekas impor dari Korea, Jepang, dan Hongkong. Setiap bal yang masuk kami sortir sendiri, lalu dicuci dengan mesin laundry industri dan disemprot disinfektan.
Kami menjual eceran di toko offline di Jalan Kaliurang km 7, dan grosir per karung untuk pedagang di luar Jawa.
Kunjungi kami setiap hari pukul 10.00–21.00, atau pesan lewat WA 0878xxxx.
"""),
("listing", "plain_offer", I, """
Sweater rajut nenek (granny cardigan) second Korea
Warna krem, kancing kayu, wol campur akrilik
PxL 62x50, cocok buat badan S-M
Harga 70rb
Barang impor bekas ya kak, wajar ada bulu2 halus sedikit
Kirim dari Bandung tiap hari kecuali Minggu
"""),
("post", "plain_offer", I, """
Baru datang! Karungan anak-anak dari Jepang 👶👕
Isi: baju tidur, kaos, celana, dress, ada beberapa sepatu kecil juga
Aku jual ecer 10rb-25rb per potong, cocok buat mama2 yang anaknya cepet gede
Lokasi Depok, bisa ambil langsung ke rumah atau kirim via Gosend
Yang mau lihat-lihat DM dulu ya
"""),
("comment", "plain_seller_reply", I, """
Iya kak ini balpres asli, kita ambil dari importir di Jakarta Utara, bukan barang lokal.
Isinya mix kemeja, kaos, dan celana. Grade A maksudnya 80% layak jual, sisanya ada cacat kecil.
Kalau mau ambil setengah bal juga bisa, harga 3,2jt, ongkos kirim ke Makassar kita hitungkan lewat kargo.
"""),
("profile", "plain_shop_bio", I, """
SECOND IMPORT SNEAKERS 👟
Nike • Adidas • NB • Onitsuka – semua bekas original ex Japan/Korea
Cuci bersih sebelum kirim ✨
Shopee & Tokopedia: ruangsneakr2nd
Offline store buka Sabtu-Minggu, Ruko Gading Serpong blok C
"""),
("message", "plain_wa_broadcast", I, """
Info stok minggu ini dari Gudang Pak Anwar:
📦 Bal selimut & bedcover bekas Korea – 2,9jt
📦 Bal gorden Jepang – 3,1jt
📦 Bal handuk hotel Eropa – 2,5jt
Semua barang impor, belum disortir, langsung dari kontainer
Pengambilan di gudang Medan, bisa kirim ke Aceh & Riau
Hub 0821xxxx
"""),
("post", "plain_creator_reco", I, """
Rekomendasi tempat thrift di Medan buat kalian yang baru pindah 👇
Toko @monzakita.mdn di Jl. Setia Budi – baju impor bekas paling rapi, udah disetrika semua
Harganya ramah, kaos mulai 15rb, jaket mulai 60rb
Aku udah langganan 2 tahun, jarang dapet barang rusak
Save dulu postingan ini biar gak lupa!
"""),
("listing", "plain_offer", I, """
[THRIFT] Kemeja flanel Uniqlo second
Size XL Jepang (setara L lokal)
Warna merah-hitam kotak2
Kondisi: mulus, kancing lengkap
Harga: 60.000
Barang bekas impor, bukan reject ya. Sudah laundry.
Pengiriman dari Pekanbaru
"""),
("post", "plain_offer", I, """
GRADE A KOREA JUST ARRIVED 🇰🇷
kita baru bongkar 5 bal blouse & dress second, warnanya pastel semua, vibes-nya soft girl banget
harga 35k-75k
open order mulai jam 9 pagi besok lewat link di bio, first come first serve
NO KEEP, NO CANCEL
"""),
("live", "plain_live_sale", I, """
Live jam 9 malem ya!
Malam ini spesial celana jeans second import dari USA
Levi's 501, 505, 550, Wrangler, Lee
Harga 80 ribuan semua, ukuran 28 sampai 38
Cara pesen tinggal komen kode barang + ukuran
Pengiriman hari Senin
"""),
("message", "plain_supplier_chat", I, """
Pak, saya ada barang masuk lagi minggu depan, bal kaos band Amerika 50 kilo, pilihan semua.
Kalau Bapak mau ambil seperti bulan lalu, harganya naik sedikit jadi 4,8jt karena dolar naik.
Tolong kabari hari Jumat ya, soalnya yang antri ada 3 toko.
"""),
("post", "plain_offer", I, """
Mau buka usaha baju bekas tapi bingung mulai dari mana? 🤔
Kami jual paket usaha: 1 bal pakaian bekas impor (±300 pcs) + rak gantung + 50 hanger
Harga paket 5,5jt saja
Kami bantu juga cara sortir & menentukan harga jual
Chat admin: 0896xxxx
"""),
("listing", "plain_offer", I, """
Coat wol panjang bekas Jepang merk Beams
Warna abu tua, lining utuh, tidak ada ngengat
Size M Jepang, pundak 44, panjang 105
Harga 230rb, masih bisa nego pas COD
COD sekitar Tebet & Kuningan
"""),
("comment", "plain_seller_reply", I, """
Buat yang nanya stok di kolom ini: iya kak, kita jual baju bekas import, tiap minggu restok dari bal baru.
Jaket, hoodie, kaos band, celana kargo ada semua.
Lokasi toko di Cimahi, tapi kirim ke luar kota juga bisa.
Cek sorotan "PRICELIST" di profil ya 🙏
"""),
("post", "plain_offer", I, """
Tas ransel bekas impor ex Korea datang 2 karung! 🎒
Jansport, Kanken, Eastpak, Outdoor Products
Harga 50-150rb
Sudah dicuci dan dikeringkan, resleting aman semua
Lokasi toko: Pasar Kodim, Pekanbaru, los 14
Buka jam 9 sampai 17
"""),
("message", "plain_wa_broadcast", I, """
Promo Ramadhan 🌙
Gamis & abaya second import dari Arab & Malaysia, kondisi bagus
Harga 55rb-120rb
Bisa request warna, nanti kami carikan dari bal yang baru datang
Transfer dulu baru kirim ya, no COD
Info: 0852xxxx
"""),
]
