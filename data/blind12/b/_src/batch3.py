from common import r

# batch 3: filter dodging (spacing, leetspeak, emoji, English mix, glued hashtags)
RECORDS = [
r("listing", "dodge_spacing", 1, 1, 1, 1, """J a k e t  b 3 k a s  i m p 0 r  K 0 r e a
kondisi mulus 9/10, size L, bahan parasut lapis dakron
harga 70k aja, tinggal 4 pcs (hitam 2, navy 1, maroon 1)
chat ya jangan komen harga disini, nanti kena hapus"""),

r("post", "dodge_hashtag", 1, 1, 1, 1, """restock malam ini jam 7 ✨ kemeja, outer, rok midi, semua pilihan tangan aku sendiri
harga 25-60rb, cek highlight buat cara order
#thriftimportmurah #balpresjepang #secondkoreamurah #bajubekasimportbandung #thriftbdg"""),

r("post", "dodge_emoji", 1, 1, 1, 1, """👕👖🧥 s3k3n ♻️ dari 🇯🇵🇰🇷 baru 📦 dibuka
💸 mulai 20k
📍 Depok, bisa 🛵 COD
👚 kemeja, 🧶 rajut, 👗 dress semua ada
📩 DM buat katalog, yang cepet yang dapet 🏃‍♀️
⏰ buka tiap hari jam 4 sore"""),

r("listing", "dodge_abbrev", 1, 1, 1, 1, """Hoodie 2nd ex-JPN ORI | Champion Reverse Weave
Size M, PL 60 LD 56, kondisi 8.5/10 ada pilling dikit
IDR 185k, no nego
Ship from Sby, pengiriman tiap hari kerja"""),

r("message", "dodge_spacing", 1, 1, 1, 1, """kak, stok b.a.l.p.r.e.s kemeja wanita masih ada 3 ya. isi 350an.
harga sama kyk kmrn. mau diamankan satu? nnti aku kirim video buka s3gel karungnya biar jelas. transfer bisa dicicil 2x"""),

r("live", "dodge_english_mix", 1, 1, 1, 1, """Guys welcome to our live! Tonight we're dropping pre-loved japan imports, super curated 🥹
Outer 45k, knitwear 35k, bottoms 40k
Drop the number in komen, first come first serve ya
Payment max 2 jam, kalau telat barang lanjut ke next buyer"""),

r("listing", "dodge_misspelling", 1, 1, 1, 1, """Jual Baju Bkas Inport Kore Murh Meriah
kemaja, kaus, jakt, clana, rok jg ad
smua bagus2 gk ad yg bolong, 15rb - 50rb
lokasi Tasik dket terminal Indihiang, blh datang lgsg ke rumah"""),

r("post", "dodge_hashtag", 1, 1, 1, 1, """New arrival! Coat wool 3 warna, harga 95k/pcs, bahan tebal cocok buat yang mau ke negara 4 musim 🧳
Order via WA di bio
#thrifting #seken #sekenimport #bekasjepang #preloveduniqlo #coatthrift"""),

r("comment", "dodge_abbrev", 1, 1, 1, 1, """Ka ini brg sec imp ya?
👉 iya kak, 2nd imp JP smua, lgsg dr bal. yg kmrn kk tanya sisa 2, ukuran M & XL. 65k. mau yg mana? bs kirim hr ini klo tf sblm jam 3"""),

r("listing", "dodge_spacing", 1, 1, 1, 1, """T-H-R-I-F-T  PACKAGE 50 PCS kaos dewasa
s3ken 1mport campur merk
cocok buat mulai usaha
harga 650rb, kirim pake karung
(baca deskripsi sampe habis sebelum checkout)"""),

r("post", "dodge_emoji", 1, 1, 1, 1, """🎌 ➡️ 📦 ➡️ 🏠
sepatu ✌️nd kondisi 👌 size 39-43
👟 NB, Asics, Onitsuka mulai 150k
🧼 udah dicuci + semprot antibakteri
📲 WA 0895xxxx
kode rahasia: ketik 🍙 pas chat dapat diskon 10rb"""),

r("profile", "dodge_english_mix", 1, 1, 1, 1, """✦ kloset.kampung ✦
curated 2nd hand from Osaka & Seoul warehouses 🇯🇵🇰🇷
weekly drop every Friday 8PM
reseller welcome, DM for wholesale price list
based in Sidoarjo • ship nationwide"""),

r("message", "dodge_misspelling", 1, 1, 1, 1, """Bos blpress jakt parka ad 4 lg, isi 150an. brg korea smua.
6,5jt nett. klo mao hr ini aku kasi 6,3 aj.
gudang di cikarang bisa lht dlu, tp kabarin sehari sblmnya y bos"""),

r("listing", "dodge_hashtag", 1, 1, 1, 1, """Kemeja Oversize Vintage Pria Wanita 40rb
Bahan katun, motif random, kondisi bagus
Stok satu-satu, tidak bisa pilih motif
#bajubekasimpor #thrifthunter #ballpressbandung #secondbranded"""),

r("live", "dodge_spacing", 1, 1, 1, 1, """malam ini live k.a.r.u.n.g.a.n tas cewek ya bestie 👜
stoknya dari n3gara ginseng, bekas tapi banyak yang kayak baru
harga 30-80k
ketik KEEP + warna, admin cepet rekap"""),

r("post", "dodge_english_mix", 1, 1, 1, 1, """Selling some japan used denim I got from the bale this week 🙏
Levi's 505, Edwin, Big John. Waist 28-34
IDR 120-220k each, ongkir sendiri
Pickup in Kemang or ship via Gojek sameday
DM me, serious buyers only"""),

r("comment", "dodge_emoji", 1, 1, 1, 1, """kak yg 🧥 itu masih?
— masih kak 😊 ♻️ dari 🇰🇷, LD 58, kondisi 9/10. 75k, bisa kirim besok pagi. DM aja ya biar aku kasih rekening
— oke kak, aku DM sekarang 🙏"""),

r("listing", "dodge_abbrev", 1, 1, 1, 1, """[READY] Paket Reseller 25pcs Knit Cardigan 2nd Imp KR
grd A 80%, grd B 20%
Hrg 575rb/paket
Free ongkir Jawa min 2 paket
Stok terbatas, restock tiap 2 mgg"""),

r("post", "dodge_misspelling", 1, 1, 1, 1, """Ada yg nyari baju trip? eh maksudnya tr1ft hehe. Aku jual celana kulot, blus, rok, semuanya dari karung jepang, murah bgt 20-45 rb.
Lokasi Bekasi Utara, ambil ditempat atau kirim. Chat 0813xxxx"""),

r("message", "dodge_english_mix", 1, 1, 1, 1, """Hi ka, this week we have a fresh bale from Japan, mostly women's blouse & knit.
Bisa ambil per 10 pcs aja buat reseller, 270k per 10. Kalau mau full bale kita kasih price list lengkap ya. Thank u 🙏"""),

r("post", "dodge_hashtag", 1, 1, 1, 1, """Jaket Windbreaker 50rb, Fleece 40rb, Outdoor pants 60rb 🏕️
Kondisi layak, sudah dicuci
Order di toko oranye: GunungSecond
#gunungsecondimport #outdoorbekasjepang #jaketgunungthrift"""),

r("listing", "dodge_spacing", 1, 1, 1, 1, """Sepatu Boots Kulit W4nita s3c0nd ex. J@pan
size 37-38, hak 5cm, warna coklat tua
kondisi 85%, ujung agak tergores
155rb, nego tipis ya
lokasi Semarang"""),
]
