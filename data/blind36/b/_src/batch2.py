# Batch 2: illegal records dodging keyword filters (23) + first legal hard negatives (22). Hand-written.
RECORDS = [
("listing", "dodge_leetspeak", (1, 1, 1, 1), """J4k3t B3k4s 1mp0r K0r34 Tebel Anget
ukuran L, kondisi 9/10
harga 75k aja
barang dr b4l, bkn baru ya kak biar ga kecewa
masih ada 3 warna lain: item, coklat, navy
cek katalog lain di etalase"""),
("post", "dodge_spaced_word", (1, 1, 1, 1), """t.h.r.i.f.t d.r.o.p malam ini jam 8 🌙
semua item s e c o n d dari K-O-R-E-A
kemeja 30, rok 25, outer 40
yg mau langsung dm, jangan komen harga di sini ya nanti postingan di-take down 🙏"""),
("post", "dodge_emoji", (1, 1, 1, 1), """🇯🇵➡️🇮🇩 📦 baru dibuka hari ini
👕 20k | 🧥 45k | 👖 40k | 👟 70k
♻️ semua pre-owned, bukan barang baru ya
📍 lapak deket stasiun Bogor, dm buat share loc
🛵 bisa kirim ojol"""),
("profile", "dodge_hashtag_glued", (1, 1, 1, 1), """Sisca's Closet | 2nd hand ex-JPN & ex-KOR curated 🌸
restock tiap Jumat, order via DM
COD Semarang kota, luar kota JNE
#thriftimportmurah #bajusecondkorea #baleopening #preloveimport"""),
("listing", "dodge_abbrev", (1, 1, 1, 1), """Hoodie 2nd ex-USA Champion Reverse Weave
kond 8.5/10, ada pilling dikit
LD 62 P 70
IDR 165k nett, no nego
brg dr bale grade A, bkn reject pabrik
DM for more pics"""),
("live", "dodge_english_mix", (1, 1, 1, 1), """guys live tonite 9pm!! we're opening a fresh bale straight from Japan 🇯🇵
all items preloved, harga 25k-80k
sistem nya: comment 'keep' + nomor, payment max besok pagi
no drama please, barang used jadi pasti ada minor flaws"""),
("post", "dodge_misspelling", (1, 1, 1, 1), """Jual baju bkas imfort murah meriah
kaos 15rb, kemeja 25rb, jeket 50rb
barang dr karungan korea, bagus2 pokonya
lapak di pasar pagi tiap minggu, atau wa aja 0857xxxx
dijamin puas gan"""),
("message", "dodge_abbrev", (1, 1, 1, 1), """Sist, stok ready:
- 1 koli kmj cwk ex-KR (±180 pcs)
- 1 koli celpen cwo ex-JP
- 1/2 koli jkt campur
hrg nego, yg serius aja
ambil sndr di gdg Cakung atau kirim via kargo"""),
("post", "dodge_spaced_word", (1, 1, 1, 1), """Ready B.a.l.p.r.e.s kaos dewasa
isi 250-300 pcs, asal T a i w a n
harga nego di DM, no php
kirim seluruh Indonesia, udah biasa kirim ke Kalimantan & Sulawesi"""),
("comment", "dodge_comment_code", (1, 1, 1, 1), """@rara_nadila ada kak, yg 'b-e-k-a-s' k0rea masih sisa 3 potong
warna krem, hijau army, sama item
30rb aja satunya
cek dm ya aku kirim fotonya, disini ga boleh sebut harga 🤫"""),
("post", "dodge_hashtag_glued", (1, 1, 1, 1), """Cardigan rajut lucu2 cuma 25rb 🧶
stok dateng dr karung, satu model cuma satu
klik link di bio buat order
#bajubekasimpor #thriftbandung #cardiganthrift #balkorea #hiddengemsthrift"""),
("listing", "dodge_leetspeak", (1, 1, 1, 1), """K3m3j4 Fl4n3l 5ec0nd J3p4ng Uniqlo
Size M-L, warna campur
35rb/pc, 3 pc 100rb
dri b4l, cuci bersih, udh disetrika jg
kirim dr Bdg, tiap hari kecuali Minggu
keep max 1 hari ya"""),
("post", "dodge_english_mix", (1, 1, 1, 1), """Restock alert 🚨 vintage pieces straight from the US bales
Carhartt detroit jacket (worn, faded) – 650k
Levi's 501 made in USA – 300k
Ralph Lauren knit – 180k
Everything is secondhand & sold as is. DM to claim, ship from Jakarta"""),
("message", "dodge_wa_code", (1, 1, 1, 1), """Barang 'kaleng' udah landing di Batam bos 👍
isi campur jaket, kemeja, celana, semua seken
per ikat 50 pcs harga biasa
yang mau ikut ambil kabarin malam ini, besok pagi langsung kita naikin ke kapal
jangan bahas di grup, japri aja"""),
("listing", "dodge_misspelling", (1, 1, 1, 1), """Sepatu Sekon Inport Ori 100% Converse Vans Nike
kondisi bervariasi 7-9/10
harga 60-150rb
barang bal dari luar, dijamin ori bukan kw
ukuran 38-44 ada
kirim dr Makassar, packing kardus biar aman"""),
("post", "dodge_emoji", (1, 1, 1, 1), """🧥🧥🧥 dari 🇰🇷 udh sampe
bukan 🆕 ya guys, ini ♻️ jadi harga 💸 banget
mulai 35rb
👉 ketik 'info' di komen, nanti aku dm
📍Surabaya, bisa kirim luar pulau
⏰ slot terbatas"""),
("profile", "dodge_abbrev", (1, 1, 1, 1), """Grosir 2nd ex-KR/JP/TW • ecer & koli
Gudang: Medan – Tanjung Morawa
Kirim seluruh Indo 🚚
Order: DM / WA 0821xxxx
Bukan brg baru, bkn reject, murni 2nd"""),
("post", "dodge_spaced_word", (1, 1, 1, 1), """o p e n   o r d e r  🧺
k a r u n g a n   s e p a t u   a n a k
isi 80-100 pasang, harga 2,5 jt
dari luar, s e c o n d semua
u k u r a n   2 4 - 3 4
d m   a j a ,   j a n g a n   k o m e n"""),
("comment", "dodge_english_mix", (1, 1, 1, 1), """@kevin.wjy yes bro still available! it's a used one from a japan bale, small stain on the back but barely visible
price 120k, can ship tomorrow
check my highlight 'stock' for more jackets"""),
("listing", "dodge_leetspeak", (1, 1, 1, 1), """T4s R4ns3l 2nd 1mp0rt Jansport Eastpak
kondisi layak, ada noda dikit
45rb satuan, borong 10 jadi 400rb
brg dr k4rung, ready di Jakarta Timur
bisa kirim instan, chat dulu buat cek stok"""),
("post", "dodge_hashtag_glued", (1, 1, 1, 1), """Dress-dress cantik buat kondangan, cuma 40rb an 💃
semua pilihan dari bongkaran minggu ini
DM aja kak, fast respon
#secondimportmurah #thriftjakarta #bekaskorea #dresskondanganthrift"""),
("message", "dodge_wa_code", (1, 1, 1, 1), """Pak, yg "paket JP" kemarin masih ada 2 iket
isinya kemeja kantor bekas pakai, rapi semua
harga 1,1 jt per iket isi 60
kalau jadi, transfer dulu, besok kami antar ke lapak bapak di Kiaracondong"""),
("post", "dodge_misspelling", (1, 1, 1, 1), """trift impot korea ready lagiii 😍
blus, rok, kardigan, dres
harga mulai 20rb, kondisinya masi bagus2 bgt
yg mau bs dateng lgsg ke rumah di Cimahi, atw cek tiktok @deesthrift.cmh"""),
# ---- legal hard negatives ----
("listing", "hn_new_thrift_style", (1, 0, 1, 0), """Kemeja Flanel Vintage Style Thrift Look - BARU
Produksi konveksi sendiri di Bandung, bahan katun flanel tebal
Sengaja dibuat dengan warna pudar biar kelihatan kayak barang thrift
Size S-XXL, harga 89rb
Bukan barang bekas, masih ada tag & plastik"""),
("post", "hn_own_preloved", (1, 1, 1, 0), """Declutter lemari sebelum pindahan 📦
Semua preloved pribadi, dibeli di mall Jakarta, dipakai 1-3 kali
Blazer Zara 150rb, dress Cotton Ink 120rb, sepatu Charles & Keith 200rb
Harga nett, COD Tebet atau kirim Gosend
Sisa yang gak laku bakal aku donasikan"""),
("article", "hn_news_seizure", (0, 1, 1, 1), """Petugas Bea Cukai menggagalkan penyelundupan puluhan bal pakaian bekas di perairan Bengkalis, Riau.
Kapal kayu tanpa nama itu diduga berangkat dari Malaysia dan hendak menurunkan muatan di pelabuhan tidak resmi.
Nakhoda dan dua ABK kini diperiksa. Barang bukti akan dimusnahkan sesuai ketentuan larangan impor pakaian bekas dalam Permendag 40/2022.
Petugas mengimbau pedagang tidak lagi membeli barang dari jalur ilegal."""),
("post", "hn_donation_drive", (0, 1, 1, 0), """Posko Peduli Banjir RW 07 menerima donasi pakaian layak pakai 🙏
Khususnya baju anak, selimut, dan sarung
Mohon sudah dicuci dan dilipat rapi
Bisa diantar ke rumah Pak RT (Jl. Melati 3 no. 9) sampai hari Jumat
Terima kasih warga semua"""),
("post", "hn_school_bazaar", (1, 1, 1, 0), """Bazar Amal OSIS SMA Harapan Bangsa 🎉
Menjual baju & sepatu bekas sumbangan wali murid dan alumni
Harga 5rb-30rb, seluruh hasil untuk beasiswa siswa kurang mampu
Sabtu 14 Juni, jam 08.00-13.00, di aula sekolah
Ajak keluarga ya!"""),
("listing", "hn_used_vehicle", (1, 1, 0, 0), """Dijual Motor Bekas Honda Beat 2019 Plat B
Pajak hidup, surat lengkap, mesin halus
Ban belakang baru ganti bulan lalu
Harga 11,5 jt nego tipis
Lokasi Bekasi Utara, bisa cek unit dulu"""),
("listing", "hn_cardboard_bale", (1, 1, 0, 0), """Jual Kardus Bekas Press Per Bal
Berat per bal ±40 kg, kardus coklat bersih
Harga 2.800/kg, minimal ambil 10 bal
Cocok untuk pengepul & pabrik daur ulang
Gudang di Sidoarjo, bisa kirim truk"""),
("comment", "hn_buyer_question", (0, 1, 1, 1), """kak mau tanya dong, ini baju bekas impor ya? aman gak sih dipake?
soalnya aku pernah beli di lapak deket rumah terus gatel-gatel
terus cara nyucinya gimana biar kumannya ilang?
makasih kak 🙏"""),
("post", "hn_opinion_ban", (0, 1, 1, 1), """Jujur aku dilema soal larangan baju bekas impor ini.
Di satu sisi, aku paham industri tekstil lokal keteteran, apalagi konveksi kecil di kampungku di Pekalongan.
Di sisi lain, banyak orang cuma mampu beli baju dari lapak karungan.
Mungkin yang perlu dibenahi bukan cuma larangannya, tapi harga baju lokal juga.
Gimana menurut kalian?"""),
("post", "hn_report_seller", (0, 1, 1, 1), """Min, mau lapor akun @grosirbal.medan99 ya
Dia jualan terang-terangan, captionnya "bal kemeja Korea grade A 3,8 jt siap kirim"
Bukannya itu dilarang? Udah aku report juga lewat fitur laporkan
Semoga ditindak 🙏"""),
("listing", "hn_new_import", (1, 0, 1, 1), """Sweater Rajut Korea Import BARU Premium Quality
Barang baru, bukan bekas, impor resmi lewat distributor
Bahan knit lembut, tidak gatal
Warna: cream, sage, dusty pink
Harga 135rb, ready stok Jakarta"""),
("post", "hn_swap_event", (0, 1, 1, 0), """Clothing Swap Day di taman kota hari Minggu! 🔁👚
Bawa maksimal 5 baju layak pakai dari lemari kalian, tukar dengan punya peserta lain
Gratis, tanpa jual beli sama sekali
Baju yang tersisa akan disumbangkan ke panti
Yuk kurangi sampah fashion bareng"""),
("article", "hn_tutorial", (0, 1, 1, 0), """Cara merawat jaket denim bekas supaya awet:
1. Cuci terbalik dengan air dingin, jangan pakai pemutih.
2. Kalau ada bau apek, rendam dengan campuran cuka dan air selama 30 menit.
3. Jemur di tempat teduh, jangan langsung kena matahari terik.
4. Jahit ulang jahitan yang mulai lepas sebelum makin parah.
Jaket lama pun bisa tampil kayak baru!"""),
("listing", "hn_factory_reject", (1, 0, 1, 0), """Kaos Polos Sisa Ekspor Reject Minor Cotton Combed 30s
Barang baru hasil pabrik garmen Sukabumi, reject minor (jahitan miring / noda sablon kecil)
Harga 18rb/pc, lusinan 190rb
Bukan barang bekas, masih baru semua
Cocok untuk sablon"""),
("post", "hn_joke_meme", (0, 1, 1, 1), """Temen: "bajumu bagus, beli dimana?"
Aku: "ehe... dari pasar"
Temen: "pasar mana?"
Aku: "pokoknya pasar"
Padahal dapet dari tumpukan karungan Gedebage 15rb 🤡
#relate #anakthrift"""),
("post", "hn_job_vacancy", (0, 0, 1, 0), """LOWONGAN KERJA
Dicari 2 orang penjaga toko baju di Jl. Gajah Mada, Jember
Syarat: wanita, usia 18-30, jujur, bisa hitung cepat
Toko menjual baju muslim baru produksi lokal
Gaji UMR + bonus penjualan
Lamaran antar langsung ke toko"""),
("listing", "hn_plain_clothing", (1, 0, 1, 0), """Gamis Katun Rayon Motif Bunga All Size
Bahan adem, jatuh, tidak menerawang
Busui friendly, resleting depan
Harga 95rb, beli 2 jadi 180rb
Ready 6 warna, kirim dari Solo"""),
("listing", "hn_used_phone", (1, 1, 0, 1), """iPhone 11 64GB Second Ex Singapore
Fullset, battery health 84%, face ID aman
Bekas pemakaian sendiri, mulus tanpa dent
Harga 4,3 jt, bisa COD Jaksel
Beli dulu waktu kerja di sana, IMEI sudah terdaftar resmi"""),
("article", "hn_guideline", (0, 1, 1, 1), """Pedoman Komunitas: Penjualan Pakaian
Kami tidak mengizinkan penawaran pakaian bekas asal luar negeri, termasuk bal, karungan, dan sortiran impor.
Pakaian bekas milik pribadi tetap boleh dijual selama asal barangnya jelas.
Pelanggaran akan berujung penghapusan konten dan pembatasan akun."""),
("review", "hn_review_no_seller", (0, 1, 1, 1), """Bintang 3 aja deh.
Jaket bekas Jepang yang aku beli bahannya bagus, tapi baunya kuat banget, udah dicuci 3x masih apek.
Harganya emang murah, tapi next time mending beli yang baru aja.
Buat kalian yang mau coba, siapin budget laundry 😅"""),
("post", "hn_upcycle_local", (1, 1, 1, 0), """Tas totebag dari jeans bekas 💙
Aku jahit sendiri dari celana-celana lama keluarga dan sumbangan tetangga
Tiap tas unik, cuma satu model
Harga 65rb, hasil penjualan sebagian buat beli mesin jahit baru
Order via DM ya"""),
("post", "hn_produce_karung", (1, 0, 0, 0), """Jual beras Cianjur pandan wangi per karung 25 kg
Panen baru, pulen dan wangi
Harga 345rb/karung, antar gratis area Cianjur kota
Pesan minimal 2 karung, hubungi 0812xxxx"""),
]
