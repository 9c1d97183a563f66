# Illegal records, batch 3: dodging keyword filters (written by hand)
RECORDS = [
("listing", "filter_evasion", (1,1,1,1), """Kemeja Pria b3k4s imp0r Korea L/XL Mulus
Kondisi 9/10, kancing lengkap.
Harga 40k, bisa gabung ongkir sama item lain di toko.
Jangan tanya baru ya kak 🙏"""),
("post", "filter_evasion", (1,1,1,1), """t.h.r.i.f.t jaket jepang dateng lagi 🔥
semua 2nd, udah laundry, wangi.
harga mulai 60an.
slot terbatas, dm aja jangan komen harga biar ga kena take down 🙏"""),
("listing", "filter_evasion", (1,1,1,1), """Hoodie ex-JPN Preloved Size M Champion Abu
Dari b@l Jepang, sablon masih jelas, ada pilling dikit di ketiak.
Harga 95rb nett.
Stok foto real, bisa video call."""),
("post", "emoji_code", (1,1,1,1), """🎒👟👕 dari 🇰🇷🇯🇵 baru turun 📦📦📦
kondisi ♻️ tapi masih 💯
mulai 2️⃣5️⃣k
lokasi 📍Depok, bisa kirim 🚚
DM ➡️ @lemarisoonja
⏰ 🔚 Minggu, 🙅 ✨baru✨ ya, semua udah ada 👤 yg pake sebelumnya"""),
("message", "filter_evasion", (1,1,1,1), """Kak ready b*l sw34ter K0rea lagi nih.
Isi 100 pcs, grade A semua.
Harga sama kayak kemarin, 4jt pas.
Jangan sebut kata b-a-l di chat marketplace ya kak, takut akun kena banned, lanjut WA aja 0812xxxx"""),
("comment", "abbreviation", (1,1,1,1), """Ready kak, yg ini 2nd imp Korea, bkn lokal.
Sz 38 fit 39, sole msh tebel.
Hrg 110rb blm ongkir. Mau dikeep? Bls aja 'keep'.
Kl mau liat video kondisi sole bs minta via chat, kirim dr Bogor."""),
("post", "hashtag_glued", (1,1,1,1), """Restock malam ini jam 7 di story!
Rok plisket, cardigan, kemeja oversize.
Semua bekas layak pakai, harga 25-50rb.
#thriftimportmurah #balkorea #secondimportjakarta #thriftshopbekasi"""),
("listing", "english_mix", (1,1,1,1), """Vintage Preloved Windbreaker Imported From Japan — Rare Find!
Pre-owned, good condition, minor stain on the back (see pic 5).
Straight from a Japan bale, only one piece.
IDR 175k, ship from Jogja.
No refund ya, barang second."""),
("post", "filter_evasion", (1,1,1,1), """s e c o n d   i m p o r t
kemeja linen, celana kulot, blazer cewek
harga 30 - 70 rb
pengiriman dr Surabaya tiap hari
chat admin ya say, jangan checkout langsung 🫶"""),
("live", "filter_evasion", (1,1,1,1), """Guys aku gak bisa nyebut kata itu ya di live, nanti live-ku diputus 🤐
Pokoknya ini "baju tidur" dari negara ginseng, bukan baru, udah pernah dipake orang sana.
Ngerti lah ya maksudku hehe.
Semua 35k, ketik angka di kolom komentar!"""),
("listing", "misspelling", (1,1,1,1), """Jaket Bekaz Inport Japan Parasut Merk Mizuno Uk L
Kondisi bagus, warna masih cerah.
Bahan adem gk gerah, cocok buat olahraga.
Harga 70rb, stok 1.
Tanya2 silakan."""),
("message", "abbreviation", (1,1,1,1), """List bpi hr ini:
- kmj flanel 35
- jkt jeans 80
- cln cargo 45
bpi = b*ju p*ke imp*r ya kak wkwk, kondisi 2nd semua, dr karungan kmrn.
Ongkir dr Cimahi."""),
("post", "hashtag_glued", (1,1,1,1), """Ada yang nyari kemeja kerja murah? Ini semua 20rb-an 🥲
Fresh dari karung minggu ini, kondisi mulus.
Order lewat link di bio.
#bajubekasimpor #bekaskorea #kemejaseconds #gradeA #thriftbandung"""),
("comment", "english_mix", (1,1,1,1), """Hi kak! Yes this one still available. It's second hand from Korea bale, not new ya.
Size M, pit to pit 52cm.
Harga 65k, you can checkout di Shopee link bio 😊"""),
("listing", "filter_evasion", (1,1,1,1), """S3patu Bek4s Ori Ex Korea Size 42 Running Asics
Masih enak dipake lari, insole udah diganti baru.
Dapet dari karungan, cuma 1 pasang.
Harga 150k, bisa nego kalau ambil hari ini."""),
("post", "emoji_code", (1,1,1,1), """🧥🧥🧥 winter coat ✈️ dari 🇯🇵
♻️ 2nd hand, 9/10
📦 buka karung kemarin sore
💰 120k – 250k
📍 lapak @coat_gudang_mlg Malang, cod area kota
🧺 udah 🧼 & 🌞, tinggal pake buat naik ke Bromo ⛰️"""),
("message", "english_mix", (1,1,1,1), """Hello sis, weekend ini we're opening a new bale dari Japan ya.
Mostly kids' wear & baby clothes, all preloved but clean.
Prices start 10k. Mau aku masukin ke grup VIP biar dapet first pick?
Reply YES ya 💕"""),
("listing", "abbreviation", (1,1,1,1), """Celana Chino Pria 2nd Imp Ex-UK Uk 32 Navy
Kondisi VGC (very good cond), no noda, no bolong.
Lingkar pinggang 84cm, panjang 100cm.
Rp 55.000. Kirim hr ini kalau bayar sblm jam 3."""),
("post", "misspelling", (1,1,1,1), """Bundel korea ready lagi yah kk, kmrn abis dlm sehari 😍
Sweter, kaos, celana pendek cwok, smua second tp bersih.
Harga mulai 15rb, bisa tawar kalau ambl bnyak.
Kami di Pasar Tungging Lampung, lapak no 21."""),
("comment", "filter_evasion", (1,1,1,1), """Kalau nyari yang b-e-k-a-s dari luar, cek aja etalase "koleksi lama" di toko kami kak.
Isinya ambil dari k4rungan Malaysia.
Di judul emang gak ditulis biar aman, tapi deskripsinya jelas kok.
Harga mulai 30rb."""),
("live", "english_mix", (1,1,1,1), """Welcome to live sale malam Jumat!
Tonight: preloved branded bags from Japan — Longchamp, MCM, Samantha Thavasa.
All authentic, second condition, harga mulai 180k.
Claim by typing "MINE + nomor", payment max 2 jam ya, else auto cancel."""),
("post", "filter_evasion", (1,1,1,1), """Sp1ll harga:
jkt = 50
kmj = 30
cln = 35
dr "gudang sebrang" 🚢 kalian pasti tau lah asalnya dari mana 😉 bukan brg baru, udh pernah dipake.
Order DM ya, kirim dari Batam."""),
("listing", "misspelling", (1,1,1,1), """Sweeter Rajut Wanita Secon Impot Korea Warna Krem Ukuran Alsize
Bahan tebal, ga melar, kondisi 90%.
Cocok buat musim hujan.
Harga 45rb aja kak, stok cuma 2."""),
]
