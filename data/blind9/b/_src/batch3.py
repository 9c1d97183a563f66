# Illegal, dodging keyword filters: broken words, emoji, misspellings, English mix, glued hashtags.
RECORDS = [
("post","filter_dodge",1,1,1,1,"""new drop 🔥🔥
jaket b3k4s 1mp0r korea, kondisi 9/10
size L-XL, harga 85k aja
yang minat langsung dm jangan cuma like 😤
kirim tiap hari dr Jaksel
#thr1ft #b4lpr3s #jaketmurah"""),
("listing","filter_dodge",1,1,1,1,"""Kemeja Flanel Uniqlo (s3c0nd 1mp0rt) Size M
Warna merah kotak-kotak, kondisi 90%, no minus.
Lingkar dada 104 cm, panjang 72 cm.
Harga 55.000, kirim dari Depok. Tanya stok dulu sebelum checkout ya kak."""),
("post","filter_dodge",1,1,1,1,"""t.h.r.i.f.t day 🛒
Hari ini kita buka b.a.l isi hoodie, semuanya dr 🇯🇵
harga mulai 40rb, ongkir flat Jawa 10rb
link katalog di bio, order cuma lewat WA ya, DM IG jarang dibuka"""),
("post","filter_dodge",1,1,1,1,"""🧥♻️🇰🇷 = 65k
👖♻️🇯🇵 = 80k
👟♻️🇺🇸 = 150k
udah ngerti lah ya maksudnya 😉
stok terbatas, slot keep 1 hari. spill lokasi? Cipinang, COD di stasiun Jatinegara"""),
("listing","filter_dodge",1,1,1,1,"""Sweater Rajut 2nd Ex-JPN All Size
Bahan tebal, motif nordic, warna navy.
Kondisi preloved bagus, sedikit bulu halus di lengan.
Rp 48rb. Barang ready, kirim dari Solo.
#2nd #exjpn #rajutjepang"""),
("comment","filter_dodge",1,1,1,1,"""ready kak, yg tas kulit ttp 120 ya. itu brg bks imp0rt dr jpg, bkn kw.
klo mau bsk aku kirim, ongkir ke Bogor 9rb.
transfer ke rek yg ada di bio aja 🙏"""),
("post","filter_dodge",1,1,1,1,"""Tiap hari Kamis kita "buka kado" 🎁 (ngerti kan kado apa 🤫📦)
Isinya baju-baju bekas pakai dari negeri ginseng, 100 pcs sekali buka.
Harga 20k - 70k tergantung model.
Nonton live-nya jam 7 malem, checkout lewat link di bio 🛍️
#thriftimportmurah #kadokorea"""),
("listing","filter_dodge",1,1,1,1,"""Jual Cardigan Wanita Preloved 1mport Korea Murah
Ukuran free size fit to L, bahan rajut lembut.
Kondisi 85%, tidak ada bolong.
Harga 35rb saja, beli 3 jadi 95rb.
Pengiriman setiap hari dari Tangerang."""),
("message","filter_dodge",1,1,1,1,"""P 👋
ada restock b@l jaket, ex K0r3a, 90 pcs
harga b@l 3,9
yg mau sharing bal 1/4 jg bisa
bls cpt sblm diambil org
ongkir dr gudang Bekasi, bisa kargo ke luar pulau. sblmnya mksh udh langganan 🙏"""),
("post","filter_dodge",1,1,1,1,"""Not your average thrift shop ✨
We sell carefully curated pre-loved pieces imported straight from Japan & Korea.
Denim, knitwear, outerwear — all washed and steamed.
Prices start from IDR 30K. Order via WhatsApp (link in bio), shipping all over Indonesia 🇮🇩
#secondhandfashion #thriftindo #importedpreloved"""),
("listing","filter_dodge",1,1,1,1,"""Celana Cargo Dickies Sek3n Import Size 32
Warna khaki, kondisi 8/10, ada noda kecil di pinggang belakang.
Panjang 100 cm, lingkar 84 cm.
Harga 90rb. Ready stok 1 doang. Lokasi Semarang."""),
("post","filter_dodge",1,1,1,1,"""#balpresmurah #bajubekasimport #thriftsurabaya #ballpressjatim
sorry ya yg kemarin ketinggalan, malam ini kita bongkar lagi.
barang masuk jumat, kualitas masih sama kayak kemarin.
jam 19.00 di akun yg satunya (link di highlight)"""),
("comment","filter_dodge",1,1,1,1,"""Bisa kak 🙂 yg ini ukurannya XL, harga 75 udh include laundry.
Itu barang "bkas" ex-US ya, bukan baru. Kondisi detail udh aku tulis di caption.
Ketik "mau" di DM biar aku kirimin form order."""),
("post","filter_dodge",1,1,1,1,"""Ready stok 🇯🇵🧥 s e c o n d 🧥🇯🇵
Coat wol panjang, warna camel & abu.
Pas banget buat foto di luar negeri (atau buat gaya aja di mall 🤭)
120k per pcs, 2 pcs 220k. DM for detail!"""),
("listing","filter_dodge",1,1,1,1,"""B4L JAKET CAMPUR A - KOREA - 100 PCS
100% tidak dibuka, segel dari gudang.
Harga 4.100.000, ongkir hitung kargo.
Kirim dari Bekasi, bisa lihat langsung ke gudang dengan janji dulu.
WA 0878xxxx"""),
("post","filter_dodge",1,1,1,1,"""tiktok jangan take down plis 😭🙏
ini cuma baju "pre-lov" dari negri sakura kok, bukan apa-apa
kaos 25, kemeja 35, jaket 60
yg mau komen "spill" aja nanti aku dm"""),
("live","filter_dodge",1,1,1,1,"""LIVE NOW 🔴 bongkar "karung rezeki" part 14
isinya bju bkas dri jepang, ad kemeja, celana, rok
harga dr 15rb
komen "ambil" + no. hanger, pembayaran max 2 jam stlh live
yg ga bayar ku blacklist ya gaes 🙏"""),
("listing","filter_dodge",1,1,1,1,"""Sepatu Adidas Samba OG - Used - Ex Japan
Size 41 1/3, kondisi 80%, midsole sedikit menguning.
Harga 320rb nego halus.
COD Jakarta Selatan atau kirim JNT. #usedsneakers #samba #exjapan"""),
("post","filter_dodge",1,1,1,1,"""Thr!ft 0pen 0rder 🧺
Baju b.e.k.a.s kualitas ekspor, asal 🇹🇼🇨🇳🇰🇷, sudah dicuci & disetrika
ukuran S sampai 3XL
1 pcs 30rb, 4 pcs 100rb
order via shopee (cari: 'rumah baju ayu') atau WA di bio"""),
("message","filter_dodge",1,1,1,1,"""Permisi kak, mau info aja 😊
kita punya stok 2nd impor utk jaket & hoodie, sisa 15 pcs
harga 55-95, ukuran ada foto2nya
klo minat reply aja, kalo gak minat maaf ganggu"""),
("comment","filter_dodge",1,1,1,1,"""@rio_pratama ada bro, masih 3 yang sizenya L. Itu denim jacket Levi's, 2nd hand dari US, bukan replika.
harga 180 net, kalo mau liat langsung gue di Blok M tiap Sabtu sore."""),
("post","filter_dodge",1,1,1,1,"""Kenapa beli baru kalau bisa "reuse" yang dari luar? 🌏♻️
Semua koleksi kami barang pakai dari Korea & Jepang, kami seleksi yang masih bagus banget.
Bantu kurangi limbah fashion sambil hemat 💸
Shop now: link di bio | #reuse #sustainablefashion #thriftkorea"""),
("listing","filter_dodge",1,1,1,1,"""(bkn brg br) Jaket Bomber Alpha Industries Import US
Size M, warna hitam, bahan nilon tebal.
Minus: resleting kantong lengan agak seret.
Harga 210rb, lokasi Bekasi Timur, COD bisa."""),
("post","filter_dodge",1,1,1,1,"""th̶r̶i̶f̶t̶ (sstt) restock sore ini 🤫
kemeja & blouse wanita, barang "sekali pakai" dari Hongkong
25k/pcs, pilih sendiri dari video di story
ongkir ditanggung pembeli yaa"""),
("listing","filter_dodge",1,1,1,1,"""Hoodie Nike Vintage Big Logo Size XL Thriftt Impor
Warna abu-abu, kondisi bekas pakai 8/10, sablon sedikit retak (wajar vintage).
Harga 135rb. Cek video kondisi di highlight IG kami @lemari.kedua.id.
Kirim dari Yogyakarta."""),
("message","filter_dodge",1,1,1,1,"""Gaes info: minggu ini gk ada "paket dari paman" soalnya kapal telat 🚢😂
Tapi sisa stok kemarin masih ada: 20an kemeja sm 10 jaket, bekas tapi bagus.
Harga cuci gudang 20-40rb.
Yg mau langsung ke rumah aja, alamat masih sama (Batam Center)."""),
("post","filter_dodge",1,1,1,1,"""ootd fullset under 100k 😎
kemeja 30k + celana 40k + topi 15k
all from our 2ndimport stock (yes, dari bal 🤫)
yg mau set kayak gini ketik "SET" di komen, nanti admin hubungi
#ootdmurah #2ndimport #thriftootd"""),
("listing","filter_dodge",1,1,1,1,"""Kemeja Polo Ralph Lauren Bkas Imprt
Size L, warna biru muda, kondisi bagus.
Barang ori dari USA, bukan kw.
Harga 70rb, bisa ambil di Cimahi atau kirim.
Reply cepat di jam kerja."""),
("post","filter_dodge",1,1,1,1,"""Hari ini mood aku warna pink 💗
Sekalian info, kita restok skirt & dress pink "preluv" 🇰🇷 ya, 20 pcs aja.
Harga 28-50rb. Kalau mau langsung ketik nomor foto di komentar, aku DM.
#preluv #rokkorea #murahmeriah"""),
("comment","filter_dodge",1,1,1,1,"""iya kak, kita dapet barang dari "sebrang" lewat Batam 😁 jadi kondisi memang bukan baru.
yang kemarin kk tanya (kardigan abu) masih ada, 40rb.
kalau jadi, isi alamat lengkap ya."""),
]
