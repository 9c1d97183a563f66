from common import r

# batch 1: plain illegal offers
RECORDS = [
r("listing", "plain_offer", 1, 1, 1, 1, """Jaket Bekas Impor Korea Original Murah Meriah
Kondisi 90% mulus, no bolong no noda
Merk campur: The North Face, Columbia, Uniqlo
Harga 85rb/pcs, ambil 3 jadi 230rb
Stok baru bongkar kemarin, siapa cepat dia dapat
Kirim dari Bekasi, COD area Jabodetabek"""),

r("post", "plain_haul_named_seller", 1, 1, 1, 1, """haul thrift minggu ini 🛍️✨
dapet kemeja flanel Uniqlo 35rb, celana cargo Dickies 60rb, sama tote bag Muji 20rb. semuanya second impor Jepang dan masih bagus bangeet
belinya di lapak @lemaripakdhe_thrift di Blok III Senen lantai 2, bilang aja tau dari aku biar dikasih bonus kaos kaki wkwk
#thrifthaul #thriftjakarta #senenthrift"""),

r("message", "plain_wholesale_broadcast", 1, 1, 1, 1, """*BROADCAST GUDANG SEJAHTERA*
Ready bal baru masuk minggu ini:
- Bal kemeja pria Korea, isi ±400 pcs, 6,2jt
- Bal kaos campur Jepang, isi ±500 pcs, 5,5jt
- Bal jaket musim dingin, isi ±180 pcs, 7,8jt
Semua baju bekas impor layak jual, sudah tekan press.
Pengiriman via ekspedisi ke seluruh Jawa & Sumatera.
Hubungi Koh Aseng 0813xxxx (WA only)"""),

r("live", "plain_live_call", 1, 1, 1, 1, """LIVE JAM 8 MALAM GUYS!!! 🔴
Malam ini kita bongkar bal sweater import langsung di depan kalian, fresh belum dipilih siapa-siapa
Mulai 25rb aja, ketik "KEEP + nomor" di kolom komen
Yang menang rebutan langsung checkout ya, max 1x24 jam
Jangan lupa follow biar dapet notif 🔔"""),

r("profile", "plain_shop_bio", 1, 1, 1, 1, """Rumah Thrift Cimahi 🌿
Jual pakaian second import Jepang & Korea, dikurasi satu-satu
Open reseller & dropship, harga khusus partai
Buka Senin-Sabtu 10.00-21.00
📍 Jl. Kebon Melati (dekat alun-alun), Cimahi
WA 0857xxxx"""),

r("listing", "plain_offer", 1, 1, 1, 1, """Sepatu Running Bekas Impor Ori Size 42-44
Nike Pegasus, Asics Gel, Adidas Ultraboost
Semua second luar negeri, sol masih tebal, sudah dicuci deep clean
Harga mulai 175rb - 350rb tergantung kondisi
Tanya stok dulu sebelum checkout kak, barang cuma 1 per model
Bisa nego tipis buat yang ambil 2"""),

r("comment", "plain_comment_reply", 1, 1, 1, 1, """@rinaa_dwi masih ada kak yang coat krem itu, ukuran L, bekas Jepang kondisi 95%.
harganya 120rb belum ongkir. kalau mau langsung DM aja ya, aku tahan sampai nanti malam"""),

r("post", "plain_offer", 1, 1, 1, 1, """Open PO bal balpres dari Korea batch Juli 📦
Sistem DP 50% dulu, sisa pas barang tiba di gudang Cikarang
Pilihan isi: kaos anak, celana jeans, hoodie, atau campur
Estimasi sampai 3-4 minggu
Cocok buat kamu yang mau mulai usaha thrift dari nol, modal kecil untung lumayan 💸
Kuota terbatas, isi form di link bio"""),

r("message", "plain_reseller_recruit", 1, 1, 1, 1, """Halo kak, kami lagi cari reseller baju bekas impor untuk wilayah Jawa Tengah 🙏
Kakak tinggal share foto ke grup atau story, barang kami yang kirim langsung ke pembeli.
Untung per pcs bisa 15-40rb. Semua stok second Jepang/Korea grade A.
Gratis join, tanpa minimal order.
Kalau minat balas "GABUNG" ya, nanti saya masukkan ke grup katalog."""),

r("listing", "plain_offer", 1, 1, 1, 1, """Tas Branded Second Import - Coach, Kate Spade, Furla
Semua barang preloved ex Jepang, asli bukan KW
Kondisi: bagian dalam bersih, kulit ada lecet halus wajar pemakaian
Harga 275rb - 650rb
Foto real pict, bisa video call sebelum beli
Pengiriman dari Surabaya"""),

r("post", "plain_offer", 1, 1, 1, 1, """Bongkar bal hari Sabtu ini di lapak kami, Pasar Gedebage blok C!!
Isinya celana chino & jeans second dari Jepang, banyak Levi's sama Edwin
Harga buka bal 30rb-50rb, siang turun jadi 20rb
Datang pagi biar dapat yang terbaik ya kawan-kawan 🙌"""),

r("live", "plain_live_call", 1, 1, 1, 1, """Halo halo yang baru gabung, selamat datang di live Thrifty Nona!
Ini kita lagi buka karungan dress impor Korea, semua second tapi masih cakep-cakep
Yang ini nih, dress floral, bahan adem, 45rb aja
Komen "MAU 7" kalau mau yang nomor tujuh
Ongkir flat 10rb seluruh Jawa malam ini doang"""),

r("review", "plain_review_named_seller", 1, 1, 1, 1, """Bintang 5. Paket sampai cepat, packing rapi. Sweater bekas impornya wangi laundry dan sesuai foto, cuma ada bulu-bulu dikit wajar. Ini udah belanja ketiga kali di toko Gudang Bekas Jakarta Timur, 
Seller ramah, recommended banget buat yang cari thrift murah. Bakal repeat lagi"""),

r("post", "plain_haul_named_seller", 1, 1, 1, 1, """Rekomendasi tempat thrifting di Jogja versi aku 👇
1. Lapak Mas Bimo di Pasar Beringharjo lantai 3, banyak kemeja batik jadul tapi juga jaket second impor
2. @kolongjogja.thrift — jual celana jeans Jepang bekas, 40-90rb
3. Gudang Ngawul Sleman, buka tiap Minggu, semua dari bal
Selamat berburu hidden gems!"""),

r("listing", "plain_offer", 1, 1, 1, 1, """PAKET USAHA THRIFT 100 PCS - Kaos Bekas Import Campur Grade A
Cocok untuk pemula yang mau jualan online/offline
Isi acak: kaos polos, kaos band, kaos olahraga
Rata-rata harga modal cuma 9rb/pcs, jual lagi 25-35rb
Kirim pakai karung, sudah termasuk packing
Pembelian 2 paket gratis ongkir Jabodetabek"""),

r("message", "plain_wholesale_broadcast", 1, 1, 1, 1, """Bos, stok bal campur Jepang lagi banyak nih. Kemarin kontainer masuk, barang bagus, jarang yang sobek.
Harga per bal 4,8jt loco gudang. Kalau ambil 5 bal lebih dapat potongan 200rb per bal.
Bisa video unboxing dulu sebelum transfer biar bos percaya.
Kabarin ya kalau mau diamankan."""),

r("comment", "plain_comment_reply", 1, 1, 1, 1, """Iya kak ready, ini kemeja linen bekas Jepang, lingkar dada 108cm.
Harga 55rb, kalau ambil sama celana yg td jadi 100rb aja. Bisa COD di stasiun Bogor hari Kamis 👍"""),

r("post", "plain_offer", 1, 1, 1, 1, """Baju Bekas Import Murah Bandar Lampung 🔥🔥
Buka setiap hari di Jl. Teuku Umar dekat bundaran
Kemeja 25rb, kaos 15rb, jaket mulai 50rb
Baru buka bal senin kemarin, masih banyak pilihan
Ayo buibu bapak-bapak mampir sebelum diserbu"""),

r("profile", "plain_shop_bio", 1, 1, 1, 1, """secondhand.sunday 🧺
used import clothing from Japan • handpicked setiap minggu
drop katalog tiap Minggu jam 7 malam
shopee & tiktok shop: secondhandsunday
NO REFUND kalau bukan kesalahan kami
Malang, Jatim"""),

r("listing", "plain_offer", 1, 1, 1, 1, """Celana Jeans Levis 501 Second USA Original
W32 L30, warna biru pudar natural, ada robek kecil di lutut (malah keren)
Dapet dari bal Amerika, jarang ada yang sebagus ini
Harga 210rb, nego tipis
Lokasi Denpasar, bisa kirim"""),

r("post", "plain_haul_named_seller", 1, 1, 1, 1, """Aku baru belanja di Pasar Kodim Pekanbaru, surganya baju bekas impor 😭
Dapet 2 hoodie Champion + 1 kemeja Ralph Lauren total 150rb doang. Yang jual namanya Bang Ucok, kiosnya paling ujung deket parkiran, barangnya langsung dari karung yang baru dibuka
Worth it parah, next time mau bawa koper kosong"""),

r("message", "plain_reseller_recruit", 1, 1, 1, 1, """Mau jualan baju thrift tapi nggak punya modal gede?
Gabung jadi dropshipper kami. Stok 3000+ pcs pakaian bekas luar negeri (Jepang, Korea, Taiwan) siap kirim setiap hari.
Kamu cukup posting, kami yang packing dan kirim atas nama tokomu.
Pendaftaran gratis, materi foto disediakan.
Chat admin Wulan 0821xxxx"""),

r("live", "plain_live_call", 1, 1, 1, 1, """🔴 LIVE SALE Bekas Impor Korea — sesi 2
Malam ini khusus outer & cardigan, stok baru sampai siang tadi
Harga 30-60rb, semua masih layak dan wangi
Cara ikut: tulis kode barang + nama, admin rekap, bayar max besok jam 12
Yang ghosting masuk blacklist ya kak, mohon maaf 🙏"""),
]
