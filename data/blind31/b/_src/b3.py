# Batch 3: filter-dodging illegal (22) + legal (15).
B3 = [
("listing", "obfuscated_spelling", (1,1,1,1), """K3m3ja Fl4nel b3k4s 1mp0r Jpg Kondisi Mulus
Ready size M L XL, harga 50an
Stok dr b.a.l kmrn, dicuci bersih wangi
No ribet, cek katalog dulu ya kak
Kirim tiap hari dr Bekasi"""),
("post", "obfuscated_spelling", (1,1,1,1), """t.h.r.i.f.t drop hari ini jam 7 malem 🧺
isi: 30 jaket ex 🇯🇵 + 20 hoodie ex 🇰🇷, s3k0nd semua tp kondisi 85-95%
harga 40-120k
gak usah nanya "ori ga kak", semua dari ka.rung.an langsung, bukan lokal
cara order: DM kode barang, first come first serve"""),
("listing", "english_mix", (1,1,1,1), """Vintage 2nd Hand Windbreaker Ex-JPN Authentic
Preowned from Japan bale, good condition 8/10
Size tag L fits M-L Indo
Price 85k only, nego tipis
Free bubble wrap, ship from Jakarta"""),
("post", "emoji_substitution", (1,1,1,1), """👕👖🧥 second 🇯🇵🇰🇷 ready lagi bestie!!
📦➡️🏠 baru buka 🎒 (yang gede itu loh 🤫) tadi siang
💸 mulai 25k
📍 lapak di belakang pasar, yg udah langganan pasti tau
DM aja jangan komen, biar aman ✌️"""),
("listing", "hashtag_glued", (1,1,1,1), """Sweater Rajut Cewek Motif Bunga Ready 1
LD 100 P 60, warna krem, ada sedikit bulu halus pemakaian
45rb aja kak
#thriftimportmurah #bajubekaskorea #balkoreaori #thriftshopjakarta #preloveimport"""),
("comment", "abbreviation_dodge", (1,1,1,1), """ready kak, yg itu 2nd imp JP, dr bongk4ran minggu lalu. 60k blm ongkir.
mau aku kirimin video detail minusnya? soalnya ada noda tipis di lengan kiri. kl jadi lgsg co di shopee aja biar aman ya, link di bio"""),
("message", "coded_broadcast", (1,1,1,1), """📣 info bos
"barang B" sdh sampe dr seberang, 12 "paket besar" isi atasan campur, b.k.s smua tp pilihan
yg kmrn pesan utk lapak Tanah Abang, ambil di tmpt biasa mlm ini
harga sama kyk bulan lalu, per pkt 3,5
jgn sebut2 di grup ya, jpri aja"""),
("listing", "obfuscated_spelling", (1,1,1,1), """Jaket Kulit Pria Bkas Imp0rt Eropa Asli
Sisa b@l kemarin, tinggal 3 pcs
Ukuran L, XL, XXL
Harga 2xx rb per pcs, nego via chat aja
Kondisi mulus, kancing lengkap"""),
("post", "english_mix", (1,1,1,1), """Restock alert!! 🚨 Fresh batch dari Korea bales, mostly cardigans & knitwear.
All pre-loved, washed & steamed before shipping.
Prices start from IDR 35k, bundles of 3 for 95k.
Shop via the link in bio or DM us. Based in Bandung, ships nationwide 🇮🇩"""),
("live", "obfuscated_spelling", (1,1,1,1), """hai hai yg baru masuk, ini live b.e.k.a.s 1mp0r ya, jgn ditanya lagi 😅
kita lagi bongkar k0l1 tas kulit, ada Coach, Furla, Kate Spade
nomor 7 ini 150 aja, ketik '7 keep'
yg udah keep bayar max besok jam 12
nanti aku spill satu2 yg ada cacatnya, sabar"""),
("listing", "keyword_stuffed_title", (1,1,1,1), """Thrift Thrifting Baju Second Bekas Impor Korea Jepang Murah Grosir Ecer Kaos Kemeja Hoodie Jaket Original Vintage Hidden Gem
Harga 20rb-100rb sesuai item
Silakan chat sebelum order untuk cek stok
Pengiriman dari Bogor"""),
("post", "misspelling", (1,1,1,1), """Ready tris bekas inport korea 🙏 baju cwk murah2 cmn 20 ribu aj
ada blus, kardigan, rok panjang
brg dr bal, jd kondisi beda2 ya bunda, tanya dulu sebelum tf
lokasi Cilacap, bisa ktmuan di alun2"""),
("message", "abbreviation_dodge", (1,1,1,1), """Kak, list 2nd ex-KR hari ini:
A1 coat wol abu L 120
A2 cardi pink M 55
A3 jeans HW 28 60
B1 tas selempang hitam 75
smua dr bongkaran kmrn. blm laundry, kalo mau laundry +5k/item. balas kode aja ya"""),
("post", "hashtag_glued", (1,1,1,1), """Outfit kerja under 100rb, semuanya dari lapakku sendiri 🤍
blazer 60rb, kemeja 25rb, celana 15rb
yang mau, cek highlight "READY" di profil ya
#thriftbekasimpor #bajubekasjepang #bongkarballkorea #thriftindonesia #ootdthrift"""),
("listing", "english_mix", (1,1,1,1), """USED Levi's 501 Made in USA Straight Fit
Direct dari US bale, not my own, stok toko
W32 L32, fading natural, no holes
IDR 275k, serious buyer only
Meet up Kemang or ship via JNE"""),
("post", "emoji_substitution", (1,1,1,1), """Sepatu 👟 bukan baru tp dr 🇯🇵 langsung, masih kinclong 😍
size 38-43, merk2 yg kamu tau lah ✔️
harga cuma 1 lembar biru 💙 + dikit
stok dr 📦 besar kemarin, skrg tinggal 15 pasang
klik 🛒 di bio atau DM"""),
("comment", "misspelling", (1,1,1,1), """masi kak, baju bkas imprt yg kotak2 itu masih 2, ukuran M sama L. harganya 35 rbu, ongkir ke Solo 12 rbu.
ini brg dr karng baru kmrn dateng, klo mau aku fotoin ulang yg lebih jelas"""),
("profile", "obfuscated_spelling", (1,1,1,1), """🌿 thr1ft.l4ngit
s3c0nd ex jpn / kr / tw
drop tiap sabtu 19.00
📍 Malang (kirim seluruh indo)
⛔ no hit n run, no cancel
order via DM, cek highlight aturan"""),
("post", "english_mix", (1,1,1,1), """Guys I just opened my first bale from Japan and omg 😭
Found 3 Uniqlo cardigans, 1 Muji coat and a vintage Comme des Garçons shirt.
Everything will be up for sale tonight at 8 on my IG live (@closetkiri).
Prices 30-250k. Come early yaa"""),
("listing", "abbreviation_dodge", (1,1,1,1), """Hoodie Champion 2nd ex-US Bale Ori Size L
Kondisi 9/10, tali lengkap, sablon tebal
Harga 110rb, bisa COD Jaksel
Barang toko ya kak, bukan punya pribadi
Ready juga yg warna abu, cek etalase"""),
("message", "coded_broadcast", (1,1,1,1), """Malam bos. Yg "kain lama dr utara" udah masuk gudang Cikarang, 8 gulung besar isi baju dewasa campur, 4 isi baju anak.
Harga per gulung 4,8, ambil minimal 2.
Bukan yg baru ya, ini kondisi pakai, tp pilihan.
Kalau setuju tf DP, besok subuh truk jalan."""),
("post", "obfuscated_spelling", (1,1,1,1), """B A J U   B 3 K 4 S   K O R E A 🇰🇷
cardigan, sweater, turtleneck, semua 30k
stok dari b-a-l yang baru dibuka
yg minat komen "mau" + size
ditunggu yaa, sebelum dipindah ke lapak offline di Gedebage"""),

# ---- legal ----
("post", "hn_new_thrift_style", (1,0,1,0), """Koleksi baru kami: Kemeja Corduroy Thrift Look 🤎
Tampilan vintage tapi BARU, dijahit di workshop kami sendiri di Solo.
Warna coklat tembakau, hijau lumut, dan krem.
Harga 149rb. Bukan barang bekas, bukan impor ya kak!
Order via link di bio."""),
("article", "hn_news_policy", (0,1,1,1), """Pemerintah menegaskan kembali larangan impor pakaian bekas. Menurut Permendag 18 Tahun 2021 yang diubah dengan Permendag 40 Tahun 2022, pakaian bekas termasuk barang yang dilarang masuk ke Indonesia.
Asosiasi pertekstilan menyambut baik langkah itu, sementara sejumlah pedagang thrifting meminta masa transisi agar bisa menghabiskan stok.
Pemerintah menawarkan program kemitraan agar pedagang beralih menjual produk lokal."""),
("listing", "hn_used_stroller", (1,1,0,1), """Stroller Bayi Bekas Ex Jepang Merk Combi
Ringan, bisa dilipat satu tangan
Kondisi 85%, roda masih lancar
Harga 650rb, lokasi Surabaya Barat
Alasan jual: anak sudah besar"""),
("post", "hn_own_preloved", (1,1,1,0), """Preloved milik pribadi, kubeli di Uniqlo Grand Indonesia sebelum berangkat kuliah, dan sudah kupakai bertahun-tahun.
Coat wol Uniqlo warna navy, size M, kondisi 90%.
Harga 250rb, bisa COD di Semarang.
Cuma satu ini aja ya, bukan jualan rutin."""),
("comment", "hn_buyer_question", (0,1,1,1), """Min, bener nggak sih kalau baju thrift impor itu harus direndam air panas dulu?
Aku baru beli 3 kemeja di Gedebage kemarin, belum berani pakai. Takut ada jamur atau kutu 😅"""),
("message", "hn_church_sale", (1,1,1,0), """Syalom jemaat terkasih,
Komisi Diakonia GKI akan mengadakan penjualan pakaian bekas layak pakai hasil persembahan jemaat pada hari Minggu setelah ibadah kedua.
Harga mulai Rp3.000. Hasil penjualan untuk beasiswa anak sekolah minggu.
Silakan membawa tas belanja sendiri. Tuhan memberkati."""),
("listing", "hn_fabric_roll", (1,0,0,1), """Kain Katun Jepang Per Roll Motif Sakura
Impor asli Jepang, lebar 110 cm, panjang 40 yard per roll
Cocok untuk gamis, kemeja, dan dress
Harga 2,1jt per roll, eceran 65rb per meter
Toko kain di Cipadu, buka setiap hari"""),
("post", "hn_joke_meme", (0,1,1,1), """Anak thrift: "ini hidden gems, Carhartt ori cuma 50rb!"
Tukang laundry: "mas ini nodanya nggak bisa ilang"
Anak thrift: "itu namanya karakter, bang" 😤
#ngakakthrift"""),
("article", "hn_tutorial", (0,1,1,0), """Cara merawat baju preloved agar awet:
1. Cuci terpisah dengan deterjen lembut pada pencucian pertama.
2. Hindari pengering bersuhu tinggi untuk bahan rajut.
3. Jahit ulang kancing yang longgar sebelum dipakai.
4. Simpan di lemari dengan silica gel agar tidak lembap.
Tips ini berlaku untuk pakaian bekas dari mana pun, termasuk warisan keluarga."""),
("listing", "hn_sisa_ekspor", (1,0,1,0), """Kaos Polos Sisa Ekspor Cotton Combed 30s Baru
Barang baru dari pabrik garmen di Boyolali, reject label saja
Tidak ada cacat jahitan, kondisi segel plastik
Harga 25rb, min 1 lusin 22rb
Warna campur, ukuran S-XXL"""),
("post", "hn_complaint_report", (0,1,1,1), """Barusan ada yang DM aku nawarin "lelong premium dari Kuching, harga per bal 7 juta, bisa kirim ke Jawa". Aku tolak dan udah aku screenshot.
Akun aku cuma buat pamer outfit, nggak ada hubungan sama bal-balan. Tolong jangan spam DM kayak gini lagi ya."""),
("listing", "hn_used_clothing_local", (1,1,1,0), """Seragam SD Bekas Kakak, Dijual Murah
Kemeja putih 3 pcs, celana merah 2 pcs, ukuran 8-10 tahun
Dipakai satu tahun ajaran, masih layak
Harga 60rb semuanya
Ambil di Perum Griya Asri, Cibinong, tanpa kirim"""),
("post", "hn_opinion", (0,1,1,1), """Jujur aku dilema soal larangan baju bekas impor.
Di satu sisi aku tahu industri tekstil kita lagi susah, banyak pabrik di Jawa Barat PHK. Di sisi lain, buat mahasiswa kayak aku, jaket thrift 40rb itu penyelamat pas musim hujan.
Mungkin solusinya bukan cuma razia, tapi bikin produk lokal yang harganya masuk akal juga."""),
("listing", "hn_jute_sack", (1,1,0,1), """Karung Goni Bekas Impor India Ukuran Besar
Cocok untuk wadah kopi, kakao, atau kerajinan
Kondisi kuat, tidak sobek
Harga 7rb per lembar, min 100 lembar
Gudang di Medan, bisa kirim ke luar kota"""),
]
