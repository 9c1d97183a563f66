# Hand-written illegal records (offer=1, used=1, clothing=1, abroad=1), batch A.
# Tuple: (kind, category, offer, used, clothing, abroad, text)
ITEMS = [
("listing", "unit_logistics", 1, 1, 1, 1, """JAKET CAMPUR SORTIRAN GRADE A PER GONI
Isi kurang lebih 90-110 pcs, berat 45 kg
Kondisi rata-rata 8/10, sudah disortir dari tumpukan, noda berat dibuang
Cocok buat yang mau buka lapak di pasar malam
Harga goni tertutup 3,4jt, buka ikat di gudang nambah 200rb
Ambil di Tanjungbalai atau kirim ekspedisi, ongkir tanggung pembeli"""),

("post", "border_route", 1, 1, 1, 1, """Kiriman dari seberang sudah sandar semalam kak 🚢
Celana jins, kemeja flanel, hoodie, semua layak pakai, sudah dicuci 2x
Yang pesan lewat Nunukan kemarin, barangnya sudah di lapak ya, tinggal ambil
Eceran 25rb-60rb, borong per koli bisa nego
WA 0812xxxx (Bu Sari)"""),

("listing", "condition_words", 1, 1, 1, 1, """Kemeja Flanel Uniqlo Original Kondisi 8/10 Ada Minus Noda Kecil Di Saku
Ukuran L, cuma 1 pcs, ukuran cuma ini
Label agak pudar, jahitan aman, no bolong
Barang pilihan dari tumpukan kiriman Batam minggu ini
Harga 45rb, COD area Pekanbaru, kirim luar kota bisa"""),

("live", "live_sale", 1, 1, 1, 1, """LIVE JAM 8 MALAM!!! 🔥🔥
Malam ini kita buka ikat goni jaket musim dingin, fresh baru turun dari kapal
Semua kondisi masih mulus, ada yang minus dikit nanti aku tunjukin di kamera
Harga mulai 35rb, ketik 'mau' + nomor hanger
Jangan lupa follow biar dapet notif, stok 1 pcs doang per model"""),

("message", "reseller_recruit", 1, 1, 1, 1, """Assalamualaikum kak, mau info aja
Kami gudang di Batam, terima reseller untuk kaos & celana pilihan per kilo
Grade A 85rb/kg, grade B 55rb/kg, minimal ambil 20 kg
Barang sudah disortir, rata2 layak pakai, yang rusak parah kami pisah
Pengiriman lewat kapal barang ke Jakarta/Medan tiap Kamis
Kalau minat bales aja, nanti saya kirim video isi koli"""),

("post", "invented_code_word", 1, 1, 1, 1, """Roti tawar gelombang 3 udah landing guys 🍞🍞
Isinya sweater rajut sama cardigan, wangi lemari orang tapi udah aku laundry
Ada yang sedikit berbulu, wajar ya namanya udah dipake
Harga 30rb-75rb, keep max 1x24 jam
Yang nanya roti tawar itu apa, pokoknya kalian tau lah 😂 dari seberang"""),

("listing", "marketplace_title", 1, 1, 1, 1, """Sepatu Lari Asics Gel Nimbus Size 42 Kondisi 85% Sol Masih Tebal Layak Pakai Original Bukan KW
Ada lecet halus di ujung kiri, insole sudah diganti baru
Barang turunan kiriman kapal dari Port Klang, dicuci bersih dan disemprot anti bakteri
1 pasang only
Harga 210rb nett"""),

("post", "market_source", 1, 1, 1, 1, """Baru pulang belanja dari Pajak Melati, dapet 60 potong kemeja batik lengan panjang buat lapak
Pilih satu-satu dari tumpukan, kondisi 8-9/10, beberapa ada kancing hilang udah aku ganti
Semua udah dicuci sama disetrika rapi
Dijual 35rb per potong, ambil 5 jadi 150rb
DM atau datang ke lapak kami di Jalan Setia Budi, buka sore"""),

("listing", "unit_logistics", 1, 1, 1, 1, """DIJUAL PER KOLI — CELANA PENDEK ANAK CAMPUR
±150 pcs / koli, ukuran 2-10 tahun
Kondisi layak pakai, mayoritas mulus, ada sebagian pudar warnanya
Koli baru masuk lewat Dumai, belum dibuka, masih diikat tali dari tempat sortir
Harga 2,1jt / koli, ambil 3 koli potong 150rb
Kontak admin gudang 0813xxxx"""),

("comment", "pointing_elsewhere", 1, 1, 1, 1, """@rinda.aprilia kak yg jaket corduroy itu masih ada, kondisi 9/10 cuma ada sedikit noda di lengan, udah aku foto close up 🙏
Barang datang dari Entikong tiap dua minggu, jadi stoknya random
Cek katalog lengkap di highlight 'STOK MINGGU INI' ya kak, atau langsung WA"""),

("post", "emoji_abbrev", 1, 1, 1, 1, """🧥🧥 JKT WINTER ori 100% 🧥🧥
kond: 8/10 - 9/10, no sobek, ada yg minus resleting ✔️ dicek satu2
asal: 🚢 dr sbrg, bkn lokal
hrg: 50-120k, grosir 20pc++ dpt hrg khusus
ord: chat aja, fast resp jm 9-21
#jaketwinter #jaketmurah #ootdcowok #pekanbaru"""),

("listing", "vintage_year", 1, 1, 1, 1, """Kaos Band Vintage 1996 Single Stitch Original
Tag sudah pudar hampir tidak terbaca, sablon retak natural
Ukuran tertulis XL, real pit to pit 56 cm
Kondisi 7/10, ada lubang kecil di ketiak sudah dijahit
Barang ini hasil pilihan dari tumpukan kiriman Belawan, cuma 1, tidak ada restock
Harga 380rb, no nego no drama"""),

("post", "javanese_flavour", 1, 1, 1, 1, """Lur, gudangku lagi bukak goni anyar, isine jaket kulit karo jaket jins
Kondisine apik-apik, rata-rata wolung puluh persen, sing ono cacat tak pisah dhewe
Wes tak kumbah kabeh, ora mambu
Regane mulai 40 ewu, borong 10 luwih murah
Nggone cedhak terminal, nek arep mampir WA sik 0857xxxx
Barang teko kapal, dudu produksi kene"""),

("live", "live_sale", 1, 1, 1, 1, """Halo halo yang baru join live, selamat datang di lapak Kak Ucok 🙌
Ini kita lagi bongkar tumpukan kiriman Belawan, isinya blazer sama coat cewek
Semua udah dipake orang ya, tapi kualitasnya masih juara, jahitan rapih
Harga aku sebut di layar, yang cepet ketik 'keep' + angka
Pembayaran transfer, kirim besok pagi, jangan lupa share live nya ya beb"""),

("listing", "unit_logistics", 1, 1, 1, 1, """Tas Wanita Branded Campur Sortiran Tangan Pertama Per Karung
1 karung isi 40-50 tas, merek campur (Coach, Kate Spade, Guess, non brand)
Kondisi bervariasi, ada yang mulus banget ada yang kulitnya mengelupas sedikit
Rasio barang bagus kurang lebih 70%
Harga 4,5jt per karung, ready di gudang Tanjungpinang
Tersedia video unboxing sebelum transfer"""),

("message", "broadcast", 1, 1, 1, 1, """*BROADCAST PELANGGAN*
Kapal Kamis kemarin sudah sampai, stok kami:
- kemeja kerja pria 120 pcs (kondisi 8/10)
- celana chino 80 pcs (ada beberapa yang pudar)
- sweater 60 pcs (sudah dicuci, wangi)
Harga grosir per kilo, eceran bisa datang ke kios
Yang mau titip ambil barang sebelum Minggu, karena kapal berikutnya agak lama
Info lengkap di WA ya, jangan di komen"""),

("post", "medan_flavour", 1, 1, 1, 1, """Woi kawan, kios awak udah buka lagi di Pajak Melati lantai bawah
Jaket kulit, kemeja, sampe sepatu pun ada, semua dari tumpukan yg baru masuk lewat Tanjungbalai
Kondisinya masih bagus kali, ada yg cacat sikit awak kasih tau
Harga ramah lah, mulai 20 ribu
Singgah lah kelen, jangan cuma nengok dari jauh 😄"""),

("listing", "grade_letter", 1, 1, 1, 1, """Kaos Polo Campur Grade S Pilihan
Grade S = mulus hampir tanpa cacat, label masih terbaca jelas
Dijual per ikat isi 25 pcs, 750rb / ikat
Grade A per ikat 500rb (minus tipis, pudar sedikit)
Semua barang baru dari koli, belum dipajang sama sekali
Gudang di Parepare, kirim ke seluruh Sulawesi via ekspedisi laut"""),

("post", "invented_code_word", 1, 1, 1, 1, """Paket 'bantal guling' minggu ini isinya celana kargo semua 😍
Pinggang 28-36, kondisi masih oke, beberapa pernah dipermak pinggangnya
Harga 45rb flat, bebas pilih
Yang mau titip beli buat dijual lagi, japri aja, bisa ambil satu bantal utuh
Bantal dateng dari pelabuhan tiap tanggal 10"""),

("review", "pointing_elsewhere", 1, 1, 1, 1, """Rating toko: ⭐⭐⭐⭐⭐
Beli jaket hiking dari toko @gudangsebrang.id, kondisinya 9/10 sesuai deskripsi, cuma ada noda dikit di kerah yang hilang setelah dicuci
Katanya ini barang kiriman kapal dari Port Klang yang dipilih satu-satu
Kalau mau yang murah tapi merek bagus, cek katalog mereka tiap Jumat, stoknya cepet habis"""),

("listing", "marketplace_title", 1, 1, 1, 1, """Hoodie Champion Reverse Weave Original Layak Pakai Warna Abu Size M Murah Meriah Cowok Cewek Unisex
Kondisi 8/10, ada pilling tipis di bagian perut
Logo jahitan masih utuh, label leher pudar
Stok hasil sortir gelombang kapal terakhir dari Batam
Harga 95rb, gratis ongkir area Batam"""),

("post", "sundanese_flavour", 1, 1, 1, 1, """Wilujeng enjing baraya 🙏
Lapak abdi di Gedebage nembe muka tumpukan anyar, jaket sareng kameja seueur pisan
Kaayaanana sae keneh, aya nu rada luntur saeutik, tos diumbah sadayana
Harga mulai ti 25rb, upami ngiring ngecer kanggo dijual deui tiasa per kilo
Mangga sumping atanapi WA heula ka 0821xxxx"""),

("message", "reseller_recruit", 1, 1, 1, 1, """Buat yang mau usaha modal kecil 👇
Kami buka slot dropship & reseller sepatu sneaker pilihan
Semua sneaker sudah dicuci, sol dicek, kondisi 80-95%
Barang masuk dari jalur Tawau-Nunukan, dipilih dari tumpukan di gudang kami
Reseller dapat harga khusus mulai 10 pasang, dropship cukup upload foto katalog
Gabung grup WA reseller: ketik DAFTAR ke admin"""),

("listing", "condition_words", 1, 1, 1, 1, """Coat Wol Panjang Wanita Merek Zara
Ukuran EUR 38, warna camel
Kondisi: bagian bawah ada noda samar, furing sedikit sobek di saku dalam, sudah dilaundry kering
Sekali pakai pasti kelihatan mewah, cocok buat ke Korea/Jepang
Dari tumpukan kiriman Dumai, barang satu-satunya
Harga 150rb, bisa COD di Bengkalis"""),

("post", "jastip_market", 1, 1, 1, 1, """JASTIP PASAR SENEN BLOK III — Sabtu ini!
Aku ke lantai atas yang jualan jaket & kemeja dari tumpukan kiriman
Kondisi dipilihin yang masih 8/10 ke atas, noda/bolong aku skip
Fee jastip 15rb per potong, belum termasuk ongkir
List request maksimal Jumat malam, kirim foto referensi ya
DM atau WA 0811xxxx"""),

("listing", "unit_logistics", 1, 1, 1, 1, """Selimut & Bedcover Campur Per Kilo
Selimut tebal, bedcover, sprei, handuk besar
Sudah lewat sortir, yang sobek & jamur dibuang
Kondisi layak pakai, beberapa motif sudah agak pudar
Harga 28rb/kg, minimal 30 kg
Gudang dekat Pelabuhan Sekupang, barang baru turun dari kapal"""),

("comment", "emoji_abbrev", 1, 1, 1, 1, """msh ada kak 🙋‍♀️ yg kemeja linen putih sz L kond 8/10 ada noda kcl di ujung lengan, bs ilang kl direndem
brg dr kpl bln ini, dipilihin sm tim kami
hrg 40k blm ongkir, cek DM ya sayang 💌"""),

("post", "invented_code_word", 1, 1, 1, 1, """'Martabak manis' edisi cewek mendarat 🥞✨
Dress, rok, blus, semua lembut dan masih bagus, pernah dipake tapi dirawat
Aku kasih label warna: hijau = mulus, kuning = ada minus kecil, merah = perlu permak
Harga mulai 20rb
Martabak manis cuma datang sebulan sekali dari pelabuhan, jadi jangan kelamaan mikir"""),

("listing", "grade_letter", 1, 1, 1, 1, """SEPATU BOOTS KULIT CAMPUR GRADE B — 1 IKAT 20 PASANG
Merek campur: Dr. Martens, Timberland, Red Wing, non merek
Kondisi 6-8/10, kulit lecet, beberapa sol perlu diganti
Cocok untuk yang punya jasa refurbish sepatu
Harga 2,8jt per ikat, stok tinggal 4 ikat
Barang di gudang Belawan, bisa lihat langsung"""),

("post", "makassar_flavour", 1, 1, 1, 1, """Daeng-daeng, lapakku di Pasar Butung buka maki lagi 🙏
Ada kemeja dengan jaket baru datang dari kapal Parepare, dipilih dari tumpukan
Bagus ji kondisinya, ada sedikit yang kusam tapi masih bisa dipake ki
Harga 15 ribu sampai 50 ribu ji
Datang maki sebelum habis nah, ini barang cuma satu-satu ukurannya"""),

("listing", "vintage_year", 1, 1, 1, 1, """Jaket Varsity Vintage 80an Wool Body Lengan Kulit
Patch huruf sudah mengelupas sebagian, kulit lengan retak halus
Label produksi tahun 1987 masih ada tapi buram
Ukuran cuma ini (setara L), 1 pcs only
Dipilih dari tumpukan koli di gudang Tanjungbalai, dicuci dan dijemur 2 hari
Harga 650rb, serius tanya saja"""),

("message", "broadcast", 1, 1, 1, 1, """Pagi bosku 🙏
Info stok gudang Entikong minggu ini:
1. Jaket parka — per goni 3jt (isi ±70)
2. Kaos campur — per kilo 40rb
3. Celana jins — per ikat 30 pcs 900rb
Kondisi semua layak pakai, sudah sortir, bukan barang rusak
Ongkir ke Pontianak kami bantu carikan truk
Bales 'MINAT + nomor' kalau mau diamankan"""),

("post", "english_mix", 1, 1, 1, 1, """New drop this weekend 🌿 Curated outerwear, all pre-worn but in great shape
Condition 8/10 and up, every piece washed & steamed, flaws noted in the caption
Sourced straight from the harbour lots in Batam, hand-picked one by one
Prices 85k-250k, first come first served, no hold without DP
Slide to see details, order via link in bio"""),
]
