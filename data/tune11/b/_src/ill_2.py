# Illegal records, batch 2: filter dodging (spacing, leetspeak, emoji, English mix, hashtags).
# Tuple: (kind, category, offer, used, clothing, abroad, text)
ILL_2 = [
("listing", "dodge_spaced_word", 1, 1, 1, 1, """K.E.M.E.J.A  b.3.k.a.s  i.m.p.0.r  JPN
Kondisi bagus, bahan katun adem, size L
Harga 40k aja kak, bisa COD Cibubur
Stok dari b-a-l baru buka kemarin, cek foto lainnya"""),

("post", "dodge_emoji", 1, 1, 1, 1, """🧥🧥 ready lagi yaa
♻️ = bukan baru 😉
🇰🇷🇯🇵 asalnya
📦 baru dibuka tadi pagi
💸 mulai 30k, ada jaket, kemeja, sweater
🚚 kirim dari Pekanbaru ke seluruh Indo
DM for pricelist, yg ngerti aja 🤫 #thr1ft #j4ket"""),

("comment", "dodge_leetspeak", 1, 1, 1, 1, """ada kak, yg b3k4s k0r34 masih banyak stoknya, harga 25-50rb.
kalo mau liat katalog langsung chat wa 0896xxxx ya, di sini ga bisa nulis lengkap takut kena hapus 🙏"""),

("profile", "dodge_hashtag", 1, 1, 1, 1, """✨ Rak Senja ✨
#thriftimportmurah #secondkoreaoriginal #balpresjogja
Open order tiap Rabu & Sabtu malam
Shopee/Tokped: raksenja_store
Lokasi: Sleman, DIY"""),

("listing", "dodge_abbreviation", 1, 1, 1, 1, """Jkt Denim 2nd ex-JPN Sz M Kondisi 8/10
Brand Edwin, wrn indigo, ada fading natural
Hrg 165rb blm ongkir
Brg dr bal, no retur ya kak
Lok: Tangsel, bs kirim sameday"""),

("message", "dodge_english_mix", 1, 1, 1, 1, """Hi sis! Our new batch of pre-loved Korean blouses already landed 🛬
All from one imported b4le, condition 85% up, no stain.
Price 45k each, 3 for 120k. Shipping from Jakarta Barat.
Reply this chat with 'LIST' to get the full catalog ya 💕"""),

("post", "dodge_misspelling", 1, 1, 1, 1, """Jual bajuu bkas improt korea murahhh bgt gaes
ada dress, kemeja, rok, celana kulot
smua 20an ribu, kondisi msh bgus2
mnt yg mau lsg dm aja yaa, lokasi karawang kota"""),

("live", "dodge_english_mix", 1, 1, 1, 1, """Okay guys welcome to my live! Tonight kita unboxing one full sack of vintage tees dari US
All secondhand, some ada minor flaws, aku kasih tau ya
Harga flat 75k, band tees 120k
Comment 'keep' plus number, payment max 1 jam after live ya guys, shop name Retro Pantry"""),

("listing", "dodge_spaced_word", 1, 1, 1, 1, """S e p a t u  B 3 k a s  V a n s  O l d  S k o o l  4 1
ori dari b@l sepatu thailand, kondisi 80%, insole masih ada
harga 180 rebu, lokasi tangerang
nego santai asal masuk akal"""),

("post", "dodge_hashtag", 1, 1, 1, 1, """Restock Jumat berkah 🙏 kemeja rayon motif bunga, long dress, outer rajut
Yang mau keep komen nomor ya, keep max 2 hari
#ballpresbandung #thriftkorea #preloved_impor #bajubekasbranded #gedebagestyle
Pengiriman dari Cimahi"""),

("comment", "dodge_abbreviation", 1, 1, 1, 1, """ready kak, sz L ad 3 pcs, 2nd imp KR semua, msh bgs, ga ad noda
hrg 35/pc, ambil 3 jd 90. tf dlu br kirim ya, dr sby
kl mau liat dl bs vc, cek hl buat testi 🙏"""),

("message", "dodge_emoji", 1, 1, 1, 1, """Halo kak, katalog 🅱️🅰️🅻 minggu ini:
👕 kaos campur 100kg - 4jt
👖 jeans 90kg - 5jt
🧥 jaket 95kg - 6jt
Asal 🇯🇵🇰🇷 ya kak, sampe 🚢 minggu depan
Fix order ketik FIX + item, nanti admin kirim no rek"""),

("listing", "dodge_leetspeak", 1, 1, 1, 1, """Tas R4NS3L J3P4NG 2nd Anak SD Ori
Warna merah, kondisi 85%, kulit masih kuat
Dari k@rung tas jepang, jahitan aman
Harga 450rb nego, bisa kirim pakai bubble tebal
Lokasi Bekasi Timur, chat dulu sebelum datang"""),

("post", "dodge_english_mix", 1, 1, 1, 1, """Weekend drop incoming 🔥 curated second hand outerwear straight from Japan & Korea bales
Coach jacket, fleece, windbreaker, all under 150k
Drop jam 7 malam di IG story, first DM gets it
Based in Bandung, ship all over Indo @layerup.archive"""),

("listing", "dodge_misspelling", 1, 1, 1, 1, """Kmeja Fanel Secon Inport Murah Meriah Pria Wanita
Ukuran ada S - XL, warna random
Barang dr karungan, sdh d cuci
Harga 25rb/pcs, beli 5 gratis 1
Pengiriman dari Bogor"""),

("message", "dodge_spaced_word", 1, 1, 1, 1, """Kak mau info aja, kita ada t.h.r.i.f.t i.m.p.o.r grade A dan B, bisa ecer atau per k-a-r-u-n-g.
Ga bisa tulis jelas di marketplace soalnya sering ke-takedown.
Kalau minat save nomor ini 0813xxxx terus cek status WA ya kak, update tiap hari."""),

("post", "dodge_emoji", 1, 1, 1, 1, """POV: kamu nemu jaket 🧥 Patagonia 2️⃣nd dari 🎒📦 yang baru dibuka 😭
Harga? Cuma 1️⃣5️⃣0️⃣k
Lokasi? Lapak aku di 📍 Jalan Gejayan
Yang mau sat set ke sini sebelum diambil orang
#ngawul #thrifting #jogja"""),

("comment", "dodge_english_mix", 1, 1, 1, 1, """Sis kalo mau preloved imported branded bags coba cek akun aku @bagvault.jkt, semua second from Japan, ada LV, Gucci, Prada, auth guaranteed.
Harga mulai 2jt-an, bisa installment juga 😊"""),

("listing", "dodge_abbreviation", 1, 1, 1, 1, """BLZR WNT 2ND EX-KR SZ S/M - KOND 9/10
Wrna hitam, bhn wool mix, lining aman
Hrg 95K, bs COD Depok & Jaksel
Cek tkp ada 30+ blazer lain, brg impr pilihan"""),

("post", "dodge_hashtag", 1, 1, 1, 1, """Masih pada cari kemeja kerja yang murah tapi berkelas?
Mampir ke toko @kemejakantor.thrift, koleksinya udah ratusan, ambil dari bal impor tiap minggu 🙌
Harga 30-60rb, ukuran lengkap
#kemejabekasimpor #baljepang #thriftkerja #bajukerjamurah"""),

("live", "dodge_leetspeak", 1, 1, 1, 1, """halo halo live lagi nih, malam ini b0ngk4r k4rung dress w4nita ya
semuanya b3k4s dari korea tapi masih mulus, harga 35 ribu
ketik angka buat keep, admin Vina yang catat
jangan tulis kata aneh-aneh di komen ya biar live ga di-banned, pake kode aja 😅"""),

("listing", "dodge_spaced_word", 1, 1, 1, 1, """Jaket Kulit Asli Pria  —  s e k e n  i m p o r t  E U
Kulit domba, warna coklat tua, size XL
Kondisi 90%, ada bekas pemakaian normal
Harga 550rb, lokasi Malang kota
Fast respon chat"""),

("message", "dodge_misspelling", 1, 1, 1, 1, """Permisi kak, saya jual bal pkaian bkas asal jepan, 1 bal isi 300 pcs kurleb, harga 7 jt nego.
Brng ada di gudang Batam, bisa kirim ke mana aja pake jasa kita.
Kalo ada tmn yg mau usaha baju thrif boleh di share ya, makasih 🙏"""),
]
