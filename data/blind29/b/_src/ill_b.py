# Illegal records, batch B: dodging keyword filters (spacing, leet, emoji, English mix, hashtags).
# tuple: (kind, category, offer, used, clothing, abroad, text)
R = [
("listing", "evasion_leet", 1, 1, 1, 1, """J4ket B3k4s 1mp0r K0r3a Mul0s
Size L, warna hitam, resleting aman
Hrg 70k aja kak, ready 1
Chat dulu sblm co ya
Dikirim dr Bogor, packing rapi. Y6 minat ketik 'mau' di kolom k0m3n"""),
("post", "evasion_spaced", 1, 1, 1, 1, """t.h.r.i.f.t drop malam ini 🌙
b.e.k.a.s j.e.p.a.n.g semua, sweater & knit
mulai 35k
link katalog di bio, jangan di-report ya plis 🙏
pengiriman jnt/sicepat tiap jam 2 siang, packing double plastik"""),
("post", "evasion_emoji", 1, 1, 1, 1, """🧥👖👟 dari 🇰🇷🇯🇵 baru sampe 📦📦
kondisi ♻️ 2nd tapi 💯 kece
💸 mulai 20rb
📲 DM buat list, 🚚 kirim seluruh 🇮🇩
⏰ spill jam 9 malem, 🏃 yang cepet yang dapet
🙅 no keep-keep, bayar max 2 jam setelah dikonfirmasi admin"""),
("profile", "evasion_hashtag", 1, 1, 1, 1, """Lapak online Rara 💕
#thriftimportmurah #bajubekasimporbandung #bukabal
Restock tiap Kamis, COD Bandung kota
Order: DM aja, fast respon
Bukan barang baru ya sayang, cek kondisi di caption"""),
("listing", "evasion_abbrev", 1, 1, 1, 1, """Hoodie 2nd ex-JPN Champion Reverse Weave Sz M
Cond 8/10, ada pilling dikit di lengan
IDR 180k, nego santai
Ship from Jkt, bisa COD Senayan
More stock in highlight, tiap minggu ganti"""),
("message", "evasion_english_mix", 1, 1, 1, 1, """Hi sis, our new batch of pre-loved imported jackets from Korea is ready 😊
Mostly padding & wool coats, condition 85% up
Price start 90k, reseller price available
Kalau mau list lengkap reply YES ya"""),
("post", "evasion_misspelling", 1, 1, 1, 1, """Baju bks imprt murh bgt cuy 😭
kmeja 15, celna 20, jkt 40
lokasi rmh aq di Cimahi, blh ambil lgsg
yg mau dkirim jg bs
pokoknya gas aja dtg, aq buka tiap sore sampe isya"""),
("live", "evasion_code_letters", 1, 1, 1, 1, """Oke kak kita buka "BB" yang kemarin ya, isinya full outer "pernah dipakai" dari negeri ginseng
Yang ngerti ngerti aja 😉 no nyebut kata terlarang di komen biar live aman
Harga 40-85, ketik kode gantungan
Gaskeun!"""),
("listing", "evasion_vague_title", 1, 1, 1, 1, """Kemeja Pria Kece Murah Bukan Baru Bukan Lokal 😉
Ex negeri sakura, masih tebel bahannya
Ukuran M–XL ada
35rb per pcs, ambil 5 jadi 160rb
Yang minat langsung chat, jangan tanya 'masih ada' kalo iklan masih tayang"""),
("post", "evasion_spaced", 1, 1, 1, 1, """Ada b a l baru masuk kak 😍
isinya k a o s b a n d & h a r l e y, seken luar semua
harga start 50
cek sorotan "READY" ya
kirim dr Solo, bisa COD stasiun Purwosari"""),
("comment", "evasion_seller_reply", 1, 1, 1, 1, """ready kak yg itu 😁 barang 'luar' ya bukan lokal, tp udah dipakai sblmnya
ga usah nulis kata2 aneh di komen ya kak nanti ketake down, DM aja 🙏
bayar bisa transfer atau COD ya"""),
("message", "evasion_leet", 1, 1, 1, 1, """PR0M0 B4LL PR3SS 🔥
K4ret 100kg kaos c4mpur: 6,8jt
K4ret jaket: 8,5jt
semua s3k3n 1mp0r, ready gudang Bekasi
hub 0896xxxx
pengiriman pakai kargo laut ke luar Jawa, estimasi seminggu"""),
("post", "evasion_hashtag", 1, 1, 1, 1, """Spill isi karungan minggu ini 😆 banyak flanel & denim
Harga 25-70rb, info lengkap cek katalog
#thriftshopindonesia #baleimportjepang #secondimportori #bongkarkarung"""),
("listing", "evasion_english_mix", 1, 1, 1, 1, """Vintage Used Levi's 501 Made in USA W32 L30
Sourced from US bale, authentic, well-worn fade
Rp 350.000 firm
Serious buyer only, no PHP
Ada robek kecil di saku belakang, justru nambah karakter. Bisa kirim video detail"""),
("profile", "evasion_emoji", 1, 1, 1, 1, """👕 ♻️ 🇯🇵 | 🛒 open PO tiap 📦 dateng
📍 Semarang 🚛 all Indo
💬 WA 0877xxxx
❌ no retur, barang 2nd
👗 kaos, kemeja, outer, celana
⭐ testi di highlight, 1000+ paket terkirim"""),
("post", "evasion_code_phrase", 1, 1, 1, 1, """Barang "negeri jiran" baru nyampe kak, yang tau pasti tau 🤫
Jaket gunung, celana cargo, topi
Kondisi pakai, bukan segel
Mulai 30rb, DM buat video
Ambil di rumah Pekanbaru atau kirim lewat travel"""),
("listing", "evasion_misspelling", 1, 1, 1, 1, """Sptu Secon Imprt Adidas Samba Sz 41
kondsi 80%, bwh agak tipis
dpt dr karungan thailnd
185rb nett
lokasi Kudus, bs kirim ato ambil lgsg
no tuker, no retur ya kak"""),
("message", "evasion_dot_separated", 1, 1, 1, 1, """Kak ini k.a.r.u.n.g.a.n baru: s.e.c.o.n.d k.o.r.e.a
isi gamis & tunik wanita ±300 pcs
borong 4,5jt atau eceran 25rb
lokasi Palembang
kalau mau ambil sebagian juga boleh, minimal 20 potong"""),
("post", "evasion_english_mix", 1, 1, 1, 1, """New drop! Secondhand Japan imports, hand-picked from the bale 🙌
Knitwear, corduroy pants, workwear jackets
Prices 60k–150k, first DM first serve
Pickup Kemang atau kirim via instant courier"""),
("live", "evasion_emoji", 1, 1, 1, 1, """yang ini 🔄 dari 🇯🇵 ya kak, bukan 🆕
📦 baru dibuka tadi sore
💰 55 aja, ketik 🙋 + nomor
next next!
🧥 bahannya tebel, pas buat naik gunung
📦 kirim besok pagi"""),
("listing", "evasion_abbrev", 1, 1, 1, 1, """PRELOVED EX-KR Cardigan Rajut Wanita Allsize
Dr bale KR, kondisi 9/10
45K | bs COD Jaksel
SBM = siapa bayar menang
Warna krem & hijau sage, LD 100 PJ 60
Order via DM aja ya"""),
("post", "evasion_glued", 1, 1, 1, 1, """#bajubekasimpor #monzamedan #balpresmurah
Open reseller, harga grosir mulai 10rb/pcs
Stok di Medan, kirim seluruh Sumatera
Wa.me/62812xxxx
Mitra lama dapat prioritas bongkar duluan"""),
("comment", "evasion_seller_reply", 1, 1, 1, 1, """@dimas_kw yg kmrn udh sold kak, tp ada lg dr karung yg baru, sama2 ex jepang, warna army
sekali pakai2nya kliatan dikit di kerah, harga sama 60. mau kak?"""),
("post", "evasion_spaced", 1, 1, 1, 1, """Lagi nyari baju i m p o r murah? 👀
Koleksi s e c o n d kita banyak yang masih bagus pol
Kaos 15, kemeja 25, jaket 50
Toko offline di Bekasi Timur, cari plang 'Lemari Tetangga'"""),
]
