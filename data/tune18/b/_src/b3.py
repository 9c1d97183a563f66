# Batch 3: illegal offers dodging keyword filters (spacing, leetspeak, emoji, English mix, hashtags).
B3 = [
("post", "filter_dodge", 1, 1, 1, 1, """t.h.r.i.f.t drop malam ini jam 8 🕗
kemeja flanel, knit, jaket jeans, semua b3k4s i.m.p.o.r pilihan
harga 35-90k, ukuran di slide
dm aja jangan komen harga ya kak, nanti akun kena 🙏
#ootdcewek #thriftimportmurah"""),
("listing", "filter_dodge", 1, 1, 1, 1, """Kemeja Pria Preloved Ex-JPN Uniqlo Muji Mix Murah Meriah
kondisi 2nd, no bolong no noda
asal: 🇯🇵 langsung dari karung, bukan lokal
harga 45rb, bs nego klo ambil banyak
ready stock, kirim dr Bekasi"""),
("post", "emoji_code", 1, 1, 1, 1, """🇰🇷👕♻️ ready lagi nih gengs
isinya baju yang udah "pernah dipake oppa" 😉
kondisi 90%, sudah dicuci, wangi
20k-50k, cek highlight PRICE
order lewat DM, COD Depok aja"""),
("message", "filter_dodge", 1, 1, 1, 1, """kak stok bl korea udh dtg ya 👌
isi ±300 pcs kaos n kmj, kondisi sken
hrg 5,5jt/bl, blm ongkir
klo mo ambil sblm jumat bs dp dl
btw jgn sebut2 kata itu di chat marketplace ya kak, pake wa aja 0812xxxx"""),
("listing", "filter_dodge", 1, 1, 1, 1, """Jaket Vintage 2nd Imp0rt USA Carhartt Detroit Original
Kondisi pemakaian wajar, ada faded alami di lengan.
Ukuran L, lebar 62 panjang 70.
Barang dari k4rung US, bukan replika, bukan baru.
Harga 350k fix."""),
("post", "filter_dodge", 1, 1, 1, 1, """Preloved bukan dari lemari aku ya, ini hasil bukak B.A.L 🤫
Sweater, cardigan, vest rajut dari 🇯🇵, kondisi 85-95%
Harga 30rb-70rb aja
Checkout lewat link bio, stok cuma satu-satu
#thrifting #thriftjakarta #ballpressjakarta"""),
("comment", "filter_dodge", 1, 1, 1, 1, """@putri.amelia masi ready kak 🙏
yg itu s3k3n korea ya, bkn brg baru
hrg 65 aja, udh termasuk laundry
mau aku keep? klo iya dm aja soalnya ga boleh tulis harga disini"""),
("live", "filter_dodge", 1, 1, 1, 1, """Oke gaes kita lanjut, ini barang "tanda kutip" ya, kalian paham lah dari mana asalnya, negeri sakura 🌸
Dipake orang sebelumnya tapi masih bagus banget, liat jahitannya.
Harga aku sebut pake kode ya: "dua lima" berarti dua puluh lima ribu.
Ketik mau, nanti admin chat satu-satu."""),
("listing", "english_mix", 1, 1, 1, 1, """Used Branded Jacket from Korea - Hidden Gem Collection
Pre-owned, good condition, washed & steamed.
Size M fits S-M, pit to pit 55 cm.
Price IDR 120k, free ongkir Jabodetabek.
We restock from bales every week, follow our page for updates."""),
("post", "filter_dodge", 1, 1, 1, 1, """Buka lapak "baju bule" lagi di rumah, jalan Flamboyan gang 3 😂
yang ngerti ngerti aja lah, barang luar, udah dipake tapi masih kece.
Kaos 10rb, kemeja 20rb, jaket 40rb
Datang langsung, ga ada online"""),
("message", "filter_dodge", 1, 1, 1, 1, """Halo reseller 🙌
Paket "kado dari Seoul" ready lagi 😉
1 paket = 25 kg pakaian pakai, sortir atas
Harga 1,75 jt include karung, kirim dari Batam
Yang kemarin antre silakan konfirmasi ulang ya"""),
("post", "hashtag_glued", 1, 1, 1, 1, """Blouse putih renda, lengan balon, manis banget buat ngampus 🤍
Kondisi 9/10, udah pernah dipakai pemilik sebelumnya, ada bekas jahit di kerah.
Harga 35k aja
DM to order, first come first serve
#bajubekasimpormurah #thriftkoreaoriginal #bongkarbaljakarta #preloveddress"""),
("listing", "filter_dodge", 1, 1, 1, 1, """Celana Jeans B-e-k-a-s I-m-p-o-r Levi's 501 Made in USA
Waist 32, panjang 100 cm, bahan masih tebal.
Kondisi pakai, ada sedikit sobek di lutut (lihat foto 5).
Harga 175rb
Pembelian lebih dari 3 pcs dapat potongan."""),
("comment", "filter_dodge", 1, 1, 1, 1, """Kak ini barang baru apa gmn?

Balasan penjual: bukan baru kak, ini brg 2nd dr negara ginseng 😁 makanya murah. Kualitas masih oke banget, 45rb aja, mau aku fotoin detailnya?"""),
("post", "english_mix", 1, 1, 1, 1, """Secondhand Japan outerwear drop 🍂
Wool coat, duffle coat, trench, semua pre-loved dari Tokyo & Osaka bales.
Price range 95k-250k, limited pieces only.
Shopping via web, link di bio. Payday promo: buy 2 get 10% off.
#secondhandjapan #thriftindo"""),
("profile", "filter_dodge", 1, 1, 1, 1, """ʙᴀᴊᴜ ᴋᴀʀᴜɴɢ ᴍᴜʀᴀʜ
👕 2nd 🇰🇷🇯🇵 | eceran & grosir
🚚 kirim seluruh Indo
💬 order via DM, no comment harga
📍 Cianjur, gudang dekat terminal Pasirhayam
⏰ update stok tiap Senin & Kamis malam"""),
("message", "filter_dodge", 1, 1, 1, 1, """Sdh ada brg "tdk baru" utk lebaran kak 🙏
Gamis, tunik, blus, asli dr Malaysia & Brunei, kondisi pakai 1-2x
Hrg mulai 30rb
Bs kirim k semua kota, ongkir sndri
Info: 0852xxxx"""),
("listing", "filter_dodge", 1, 1, 1, 1, """T-SHIRT BAND VINTAGE (ori bkn reprint) BKS IMPR THAILAND
Metallica 1996, Nirvana, Pearl Jam
Kondisi pakai, sablon retak alami
Harga 150-300rb per pcs
Keterangan size & cacat ada di tiap foto
Bukan barang baru, sudah dipakai pemilik lama"""),
("post", "emoji_code", 1, 1, 1, 1, """📦➡️🚢➡️🏪 restock udah nyampe gaes
👖👗🧥 semua ✌️nd hand dari 🇯🇵
💰 mulai 25k
📍 toko kami Jl. Margonda, buka 10-21
🗣️ bilang "kode sakura" dapet diskon 5k
🚫 no keep, no tawar di komen"""),
("live", "english_mix", 1, 1, 1, 1, """Welcome to the live guys! Malam ini kita open bal again, full sweatshirt dari US.
This one, crewneck Harvard, pre-owned, size L, kondisi 8/10.
Harga forty five k only, ketik "mine" kalau mau.
Payment max 1x24 jam ya, lewat dari itu kita lempar ke next buyer."""),
("comment", "filter_dodge", 1, 1, 1, 1, """buat yg nanya kenapa captionnya aneh: kita emang jual t-h-r-1-f-t impor kak, tp kalo ditulis lengkap postingannya ilang 😅
order tetap lewat wa 0813xxxx ya, harga mulai 20an
stok baru masuk tiap selasa"""),
("listing", "english_mix", 1, 1, 1, 1, """Secondhand Korean Knitwear | Cardigan Wanita Oversize | Ready
Condition: used, very good, no pilling.
Color: sage green, size free fits S-L.
Harga 55rb, beli 2 jadi 100rb.
Pengiriman dari Bogor, packing aman pakai bubble."""),
]
