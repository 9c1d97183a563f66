# Hand-written texts: illegal offers, more code words + filter-dodging spellings.
# Tuple: (kind, category, offer, used, clothing, abroad, text)

RECORDS = [
("listing", "bale_grade_wholesale", 1, 1, 1, 1, """Karungan Jaket Winter Campur — Per Karung Isi ±80 pcs
Grade: A/B campur, tidak dibuka, tidak disortir
Harga 3,6 jt per karung, ambil 3 karung free ongkir Jawa Barat
Pengambilan di gudang Bandung timur, dekat Gedebage
Hubungi admin untuk jadwal bongkar muat"""),

("post", "market_of_trade", 1, 1, 1, 1, """Kebon Kalapa lagi banyak barang anyar euy 😍
Tadi pagi aya nu muka karung, eusina jaket jeans jeung kemeja
Hargana 20-an nepi ka 60-an rebu
Lapak abdi di lantai dasar, caket panto kidul, ngaranna "Kang Asep Second"
Mangga mampir, tiasa ditawar"""),

("message", "wholesale_price_list", 1, 1, 1, 1, """Bos, ini harga terbaru dari Batam ya:
Bale cream (paling bagus) 5,2 jt
Bale A 4 jt
Bale B 2,7 jt
Semua 100 kg, packing press rapi
Kirim pakai kapal ke Tanjung Priok atau via ekspedisi darat dari Pekanbaru
Stok cepat habis, kabarin sebelum Sabtu"""),

("post", "regional_code_word", 1, 1, 1, 1, """Burjer lagi murah-murahnya nih di pasar Tarakan
Kemeja lengan panjang cuma 15 ribu, jaket kulit 80 ribu
Barang dari seberang, masuk lewat Nunukan minggu lalu
Lapak aku dekat terminal, cari tenda biru "Acil Noor"
Buka sampai maghrib"""),

("comment", "seller_reply_to_buyer", 1, 1, 1, 1, """Bisa kak, saya jual per koli atau ecer. Kalau ecer ambil minimal 10 potong.
Sortiran ini dari Port Klang, transit dulu di Batam sebelum ke sini.
Saya kirim foto dan video isinya via WA biar kakak yakin.
WA saya 0811xxxx, sebut aja dari komen ini."""),

("post", "market_of_trade", 1, 1, 1, 1, """Pasar Tungging Mataram hari ini rame banget 🛍️
Aku jualan di lapak paling ujung, baru buka karung kaos anak sama celana training
Kaos anak 5 ribu, training 15 ribu, sepatu mulai 40 ribu
Barang bekas luar semua, dipilih yang masih layak
Datang pagi biar dapet yang bagus"""),

("listing", "wholesale_price_list", 1, 1, 1, 1, """GROSIR MONJA MEDAN — UPDATE HARGA
Karung kemeja pria: 2,9 jt
Karung celana jeans: 3,8 jt
Karung campur wanita: 2,4 jt
Eceran sortir: 10rb / 15rb / 25rb
Gudang di Medan Tembung. Kirim ke Aceh, Riau & Sumbar.
Barang rutin masuk dari Tanjungbalai, tiap minggu ada."""),

("message", "regional_code_word", 1, 1, 1, 1, """Dik, mau ambil cakar lagi ndak?
Ada satu bal dari Pare-Pare baru tiba, isinya blus sama rok kerja
Saya kasi 2,3 juta ji kalau ambil semua, isinya kira-kira 180 lembar
Kalau cuma mau setengah, bisa ji, bagi dua dengan Kak Ani
Kabari sebelum sore nah"""),

("post", "bale_grade_wholesale", 1, 1, 1, 1, """Buka lapak tiap hari, sortiran grade S khusus hoodie dan jaket
Semua pilihan dari bal Korea & Jepang, langsung dibongkar di depan pembeli
Harga per potong 45-90rb, beli 5 dapat bonus tote bag
Lapak di Pasar Gembrong lama, sebelah penjual mainan
IG: @sortiranS.gembrong"""),

("listing", "bale_grade_wholesale", 1, 1, 1, 1, """Kiloan Sepatu Second Import Campur — Per Kilo 55 Ribu
Satu karung isi ±40 pasang (campur sneakers & formal)
Beli per kilo minimal 5 kg, atau satu karung utuh 1,9 juta
Kondisi bervariasi, cocok untuk dijual ulang di pasar kaget
Lokasi gudang: Tanjungbalai Karimun"""),

("profile", "regional_code_word", 1, 1, 1, 1, """Rumah Awul Bu Tini 🧺
Jual awul-awul pilihan, barang dari karung Singapura
Buka Sabtu-Minggu di halaman rumah, Gang Melati 3, Klaten
Kaos & kemeja 10rb, jaket 35rb
Bisa pesan online lewat WA 0896xxxx, dikirim tiap Senin"""),

# --- dodging the filters ---
("listing", "dodge_spacing", 1, 1, 1, 1, """Kemeja Flanel Pria b3k4s 1mp0r Korea Size L Mulus
Kondisi 9/10, kancing lengkap
Bahan tebal, cocok buat naik gunung
Harga 55rb, free stiker
Note: ini t.h.r.i.f.t ya kak, bukan barang baru"""),

("post", "dodge_emoji", 1, 1, 1, 1, """👕👖🧥 dari 🇯🇵🇰🇷 udah sampe gudang 📦📦📦
♻️ pre-loved semua, dipilih satu2
💸 mulai 25k
📍 Depok, bisa COD Margonda
📩 DM buat pricelist lengkap, slot terbatas ya kak 🙏"""),

("comment", "dodge_abbreviation", 1, 1, 1, 1, """Ready kak, ini 2nd ex-JPN ya, sz M, LD 52 PJ 68
Kondisi 8,5/10, ada sdkt noda di kerah tp udh dicuci
Harga 60k blm ongkir, bs nego dkit
Klo mau lgsg chat aja"""),

("post", "dodge_hashtag", 1, 1, 1, 1, """Jaket denim oversize, warna medium wash, cuma ada 1 😍
Harga 95rb aja, size L fit XL
Tulis "mine" di komen buat keep
#thriftimportmurah #bajubekasimport #thriftjakarta #preloveimport #jaketdenimthrift"""),

("live", "dodge_misspelling", 1, 1, 1, 1, """Masih ada yg baru masuk nih bestie, barang trifting dari Korea, ada 2 karung lagi yang belum aku buka
Tiap brg 35rb, yang ada brand 55rb
Ketik "kep" sama nomor ya, nanti aku fotoin detail
Kalo udah di-kep wajib checkout ya, jangan PHP"""),

("message", "dodge_spacing", 1, 1, 1, 1, """Halo kak, katalog minggu ini:
B-a-l-p-r-e-s kaos campur 95 kg, 4,6 jt
Celana kulot s3k0nd, per karung isi 150 pcs, 3,2 jt
Asal barang: J-P-N & K-R
Mohon jangan tulis kata aslinya di chat marketplace ya kak, nanti akun kena banned. Lanjut ke WA 0812xxxx"""),

("listing", "dodge_english_mix", 1, 1, 1, 1, """Vintage Carhartt Work Jacket — Pre-owned, Imported from US
Size XL, faded brown, some wear on cuffs (normal for vintage)
Authentic, sourced from US bale, not reproduction
Price 450k, no swap
Ships from Jakarta Selatan, bisa COD di MRT Blok M"""),

("post", "dodge_emoji", 1, 1, 1, 1, """🎒 Tas 2️⃣nd dari 🇺🇸 baru ☝️ karung dibuka
Kanken, Jansport, Herschel — semua ✅ layak pakai
Harga 💰 mulai 75 rb
Nego tipis di DM 📩
Cek 📍Malang kota, bisa kirim seluruh 🇮🇩"""),

("comment", "dodge_spacing", 1, 1, 1, 1, """yg nanya barangnya baru atau b e k a s: ini b e k a s i m p o r ya kak 🙏
asalnya dr k o r e a, kita sortir sendiri
cek IG kita @ruangsortir.id buat liat semua stok, order lewat link di bio"""),

("listing", "dodge_abbreviation", 1, 1, 1, 1, """Kaos Band Vtg 2nd Imp USA Metallica Sz L
Single stitch, tag Giant, sablon crack (wajar utk usia)
LD 54 x P 72, cotton tipis adem
Hrg 275rb, fixed
Brg asli dr bal US, bkn repro"""),

("post", "dodge_misspelling", 1, 1, 1, 1, """Open oder bajuh bkas inport korea gaes!
Kaos, kemeja, celana, lengkap smua ukuran
Harga muraaah mulai 15rb
Bisa kirim kemana aja, pembayaran lwt transfer atw cod
Pm aja buat liat foto brg nya"""),

("message", "dodge_english_mix", 1, 1, 1, 1, """Hi sis! Restock update from our Korea bale 💕
All items pre-loved, checked one by one, no stains
Cardigan 45k, blouse 35k, midi skirt 40k
Please pay within 2 hours after confirm ya, then we ship next day
Our store: @closet.seoulsecond"""),

("profile", "dodge_hashtag", 1, 1, 1, 1, """Seken Closet Jogja 🌿
Curated #bekaskorea #bekasjepang since 2021
Drop every Wednesday 7PM on IG Live
Shipping ke seluruh Indonesia
Order: link di bawah 👇 #thriftjogja #secondimportjogja"""),

("live", "dodge_spacing", 1, 1, 1, 1, """ok kita lanjut ya, ini kemeja dari k@rung J3p4ng, size S
harganya 40 aja, yang mau ketik nomor 12
abis ini aku buka b@l yang satunya, isinya kaos2 brand sport
yang share live ini aku kasih free ongkir satu orang"""),

("comment", "dodge_abbreviation", 1, 1, 1, 1, """Sis ready yg ini: sepatu NB 550 2nd ex-KR, sz 39, insole ori
Kondisi 85%, ada creasing, sol msh tebal
130k nett, COD Tangsel only
Klo mau cek foto real lgsg DM ya, jgn di kolom komen"""),

("post", "dodge_emoji", 1, 1, 1, 1, """Yang kemarin nanyain 🧥❄️ dari 🇯🇵 second, udah ada lagi nih!
Ukuran M sampai XXL, 📦 baru dibuka jam 4 sore
💵 150-200 aja
🚚 Kirim hari ini kalo transfer sebelum jam 8 malam
Tag temen yang mau liburan ke tempat dingin 😆"""),

("listing", "dodge_misspelling", 1, 1, 1, 1, """Sepatu Bots Kulit Sekon Imprt Eropa Ukrn 43
Kulit asli, sol karet masi tebel
Sedikit lecet di bagian ujung, bisa disemir
Harga 220rb nego
Barang dr karungan bekas luar, bkn kw"""),

("message", "dodge_spacing", 1, 1, 1, 1, """Bro, stok t.h.r.i.f.t dari Jepang udh dateng
Jaket coach, windbreaker, sama varsity, total 34 pcs
Borong semua gue lepas 2,2 jt, ecer 80an
Barang gue simpen di kos, lo ambil aja ke sini kapan bisa
Jangan share ke grup yg ada adminnya marketplace ya wkwk"""),

("post", "dodge_english_mix", 1, 1, 1, 1, """Weekend drop is here 🍂
Secondhand knitwear straight from a Korean bale, hand-picked by us
Each piece washed & steamed before shipping
Prices start at 55k, limited 1 piece per design
Checkout via link in bio, slot open Saturday 10AM WIB"""),

("comment", "dodge_hashtag", 1, 1, 1, 1, """Mau kak? ini masih ada, sisa 2 😊
Harga 45k, langsung chat WA di bio ya
Jangan lupa follow biar dapat info drop berikutnya
#ballpressmurah #bajubekasimpor #thriftshopbekasi"""),

("live", "dodge_misspelling", 1, 1, 1, 1, """Halloo kaka2 yg baru gabung, kita lagi bongkar balpress, eh ballpres, pokoknya ini karung dari korea yah
jaket parasut 40, jaket tebel 60, celana trening 25
pilih aja trus sebutin warnanya, nanti mimin catet
yg belum pernah belanja sini, gratis tote bag satu"""),

("listing", "dodge_abbreviation", 1, 1, 1, 1, """Hoodie Champion Rev Weave 2nd Imp JP Sz XL Grey
Cond 8/10, cuff agak melar, no hole
LD 62 PJ 70, tebal bgt cocok buat musim hujan
Brg dr koli JP batch kmrn, udh laundry
IDR 185k, bs COD Bintaro / kirim via JNE"""),
]
