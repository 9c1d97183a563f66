# Illegal records, batch B. (kind, category, (offer, used, clothing, abroad), text)
ENTRIES = [
("post", "invented_code_word", (1, 1, 1, 1), """Si gendut coklat datang lagi 3 ekor 🐻🐻🐻
Isinya jaket & sweater, udah dipake orang bule, wangi kapal masih nempel wkwk
Mau beli utuh per ekor atau ecer bisa
Utuh 3,8jt, ecer 30-90rb
Lokasi Bekasi Timur, COD stasiun"""),

("listing", "invented_code_word", (1, 1, 1, 1), """BBS (Baju Bule Sortir) Kemeja Flanel Pria 50 Pcs
Paket usaha, tiap pcs sudah dicek: tidak sobek, noda minimal, pernah dipakai
Ukuran campur, warna campur, merk campur
Datang per kotak padat 45kg dari gudang Batam
Harga paket Rp 1.750.000"""),

("post", "invented_code_word", (1, 1, 1, 1), """roti tawar jumbo baru dipotong pagi ini 🍞✂️
isinya celana jeans cewe, highwaist, mom jeans, kulot denim
semua udah ada yg punya sebelumnya, tapi banyak yang kondisi 9
per roti 100 pcs 3,3jt, ecer 40rb
yg ngerti2 aja, DM"""),

("message", "invented_code_word", (1, 1, 1, 1), """Bro, barang "paket laut" yang lu tanya ready.
Isinya hoodie & crewneck, sekitar 90 potong, semua udah dipake pemilik sana tapi masih tebel.
Satu paket 3,2 juta, gua kirim via kargo dari Dumai ke Pekanbaru.
Kalo jadi bilang aja, stok cuma 4 paket."""),

("post", "invented_code_word", (1, 1, 1, 1), """Batik? Bukan. Ini BASE — Baju Seberang 😎
Minggu ini ada jaket bomber, windbreaker, coach jacket. Pernah dipake semua tapi rapi, resleting jalan.
Lapak buka jam 4 sore di depan Indomaret Jl. Kaliurang km 7.
Cash atau QRIS, no nego kalau udah murah"""),

("live", "invented_code_word", (1, 1, 1, 1), """🔴 BONGKAR KADO DARI SEBERANG jam 7 malam!
Satu kado segede kulkas, isinya dress & blus cewek, udah dipake tapi cakep-cakep.
Kita buka sama-sama di live, kalian rebutan pakai keyword "KADO + nomor".
Harga flat 25rb semua.
Jangan lupa follow biar dapat notif."""),

("post", "invented_code_word", (1, 1, 1, 1), """Update si Kotak Padat minggu ini 📦
Isi: kaos olahraga dri-fit, celana training, jersey bola liga luar
Udah dipake pemain-pemain sana, ada nomor punggung dan nama orang asing 🤣
Per kotak (±80kg) 4,5jt, buka di gudang Cakung, bisa lihat dulu isinya sebelum transfer"""),

("comment", "invented_code_word", (1, 1, 1, 1), """ready kak, "bantal guling" edisi mantel wol baru mendarat dari Tanjung Priok.
kondisi beda2, ada yg kayak baru ada yg kancingnya ilang.
1 guling isi 45 mantel 4jt, kalau mau ecer mampir lapak Senen lantai 3."""),

("post", "invented_code_word", (1, 1, 1, 1), """Ada yg nanya "baju mamang kapal" itu apa.
Ya pokoknya baju yang numpang kapal dari sana, sudah dipakai orang, kita pilihin yang bagus.
Hari ini ready kemeja flanel, polo golf, celana chino, 20rb - 60rb.
Lapak kami di Pasar Cimol Gedebage, los 12. Mangga sumping 🙏"""),

("listing", "invented_code_word", (1, 1, 1, 1), """Paket "Kardus Gajah" Sepatu Campur 30 Pasang
Sneakers, running, boots, casual, ukuran 38-44 acak
Kondisi pemakaian normal, sol masih bisa dipakai lama
Barang datang dari pelabuhan per kardus besar, tanpa sortir
Rp 2.400.000 / kardus, lokasi Surabaya (Pasar Gembong)"""),

("post", "emoji_abbrev_english", (1, 1, 1, 1), """🧥🧥 outerwear szn is here!!
not new, we call it pre-adventured 😌 all pieces came off the boat last week, sorted by hand
condition 8-9/10, minor flaws disclosed in pics
IDR 85k - 250k, DM to claim, first come first serve
📍 ship from Bandung"""),

("post", "emoji_abbrev_english", (1, 1, 1, 1), """R E S T O C K 📦🚢
Jkt wol, crwnck, flnl, jns
cond 7-9/10, no reject
srtrn A only
1 pcs 50k / 3 pcs 135k
wa 0812xxxx, ongkir dr Medan
min 5 pcs utk grosir, dtg tiap 2 mgg pas kapal masuk"""),

("listing", "emoji_abbrev_english", (1, 1, 1, 1), """Authentic Vtg Nike Windbreaker 90s Spellout Sz L
Cond: 8/10, small stain on the hem, zipper smooth
Pit to pit 62, length 70
Sourced from our weekly sack opening, 1 of 1 only
IDR 320k, no swap, no COD
Ships from Jakarta"""),

("comment", "emoji_abbrev_english", (1, 1, 1, 1), """kak ini grd A ya? 😍
→ iya kak grd A, msh 9/10, abis dicuci jg 🫧
brp kak?
→ 60k aj kak, dr koli kmrn, tgl 2 pcs lg
oke ambil! kirim ke Depok ya kak
→ siap, tf dulu ya 🙏"""),

("post", "emoji_abbrev_english", (1, 1, 1, 1), """👗👗👗 ladies dress drop!
sdh pernah dipake tp masih 😍😍
floral, satin, midi, maxi — all from the container last Thurs 🚢
30rb-75rb, cek story utk list lengkap
📍 pick up Tebet / kirim se-Indo"""),

("live", "emoji_abbrev_english", (1, 1, 1, 1), """LIVE 20.00 WIB 🎥
🧺 1 sack = 1 show, we open it in front of u
👕 tees, 🧥 jackets, 👖 denim — all pre-worn, cond disclosed
💸 start 15k
🏃 keyword "A1, A2..." ketik cepet2
see u tonight bestie"""),

("post", "emoji_abbrev_english", (1, 1, 1, 1), """gudang vibes 📦✨ today we got 2 koli of Japanese school uniforms (seifuku) + cardigan
udah ada pemiliknya sebelumnya, kondisi mostly great, some have name tags stitched inside
cosplayer & collectors merapat!
150k/set, cardigan 70k"""),

("message", "emoji_abbrev_english", (1, 1, 1, 1), """Hi kak, ini pricelist minggu ini 🙏
Jacket denim – 95k (cond 9)
Sweater knit – 55k (cond 8, pilling)
Cargo pants – 70k (cond 8, fading)
All from the new batch, off the ship Monday
Interested reply w/ item + qty 🥰"""),

("post", "pointer_elsewhere", (1, 1, 1, 1), """Karung biru udah kita buka semalam, hasilnya gila sih 🤯
Banyak jaket branded kondisi mulus, beberapa ada minus kecil.
Semua list, foto, minus & harga udah di katalog WA ya, nggak kita posting di sini.
Klik link di bio, pilih "Katalog Gudang" 🙏"""),

("post", "pointer_elsewhere", (1, 1, 1, 1), """Sengaja nggak kutulis detail di sini ya kak 🤫
Intinya: barang dari kapal minggu lalu, pakaian pernah pakai, udah disortir, ada grade A & B.
Harga per karung & per pcs beda.
Info lengkap cuma di WA 0812xxxx atau live Jumat jam 8."""),

("post", "pointer_elsewhere", (1, 1, 1, 1), """Yang nanya stok jaket gunung: ADA. Yang nanya kondisinya: pernah dipakai, rata-rata 8/10.
Yang nanya asalnya: lewat Tanjungbalai, paham lah ya 😉
Yang nanya harga: cek highlight "PRICELIST" di profil.
Yang nanya bisa COD: bisa, area Medan kota."""),

("profile", "pointer_elsewhere", (1, 1, 1, 1), """📦 Gudang Sandang Seberang | est. 2019
Kiriman kapal tiap 2 minggu, sortir tangan, pakaian pernah pakai kualitas ekspor
Grosir per karung & ecer per pcs
Live Selasa & Jumat 20.00
Katalog 👉 link di bawah | Lokasi: Batam Center"""),

("live", "pointer_elsewhere", (1, 1, 1, 1), """Guys maaf live tadi kepotong 🙏 Sisa karung kemeja yang belum kebuka kita lanjut besok jam 8 malam ya.
Yang udah ketik keyword tapi belum dapet invoice, chat admin di nomor yang ada di bio.
Semua barang kondisi udah disebut di live, yang minus dikasih diskon."""),

("profile", "pointer_elsewhere", (1, 1, 1, 1), """Rak Kedua Store 🪝
Baju dengan cerita dari negeri orang 🌍
semua 1 of 1, kondisi jujur, dicuci sebelum kirim
ambil dari sortiran karung tiap minggu
order via WA admin (klik link), live tiap Kamis"""),

("post", "pointer_elsewhere", (1, 1, 1, 1), """Udah ada yang nanya "kak stok kemarin masih?" — Masih, tapi sisanya tinggal yg di album "Sortir Minggu 3" di FB kita.
Itu isinya baju wanita yang pernah dipakai, datang dari Parepare.
Harga di caption tiap foto, komen di fotonya langsung ya, bukan di sini."""),

("message", "pointer_elsewhere", (1, 1, 1, 1), """[BC] Selamat pagi pelanggan setia 🌞
Kiriman sekoli baju anak pernah pakai udah nyampe.
Foto lengkap saya kirim di grup "Reseller Kecil" jam 10, silakan pilih di sana.
Yang belum masuk grup, balas pesan ini dengan "GABUNG"."""),

("post", "reseller_recruit", (1, 1, 1, 1), """OPEN RESELLER 💼 Tanpa modal stok!
Kamu cukup upload foto dari katalog kami, kami kirim langsung dari gudang.
Barang: pakaian pernah pakai sortiran A, datang per karung dari pelabuhan tiap minggu.
Untung per pcs 10-30rb.
Daftar: DM "RESELLER" atau WA 0857xxxx"""),

("post", "reseller_recruit", (1, 1, 1, 1), """Dicari mitra jualan di kota kamu! 🤝
Kami supply kiriman per koli 😅 baju kapal pilihan, udah dipakai tapi kondisi bagus.
Minimal ambil 1 koli pertama, selanjutnya bebas.
Dapet grup mentoring live jualan juga.
Info: link bio"""),

("message", "reseller_recruit", (1, 1, 1, 1), """Halo kak, tertarik jadi dropshipper jaket gunung kami?
Barangnya dari tumpukan kiriman Batam, pernah pakai, grade A, foto kami kasih lengkap.
Kakak tinggal jual harga bebas, kami kirim atas nama toko kakak.
Modal nol, cukup daftar di form."""),

("post", "reseller_recruit", (1, 1, 1, 1), """Mak, mau nambah uang dapur dari rumah?
Jadi agen baju sortiran kami aja. Baju pernah dipake orang luar, udah dipilih, dicuci, tinggal jual ke tetangga.
Ambil paket 25 pcs 500rb, jual lagi 35rb satuan, untungnya lumayan kan.
Wilayah Cirebon & Kuningan prioritas."""),

("post", "market_nickname", (1, 1, 1, 1), """Yang belum tau, "Sentul" di tongkrongan kita itu bukan Sentul Bogor ya, tapi Senen Tulen 😂
Kita ambil langsung dari lapak lantai atas, pilih satu-satu yang kondisi 9/10.
Sekarang ready 40 jaket kulit, 65rb-300rb.
DM buat list foto."""),

("post", "market_nickname", (1, 1, 1, 1), """Hasil ngubek "Pamel" kemarin 🔥 (Pajak Melati buat yg bukan orang Medan)
Udah kupilih yg masih bagus, ada kemeja linen, jaket jeans, sama rok plisket.
Kondisi pernah pakai, udah dicuci ulang.
Aku jual lagi mulai 35rb, cek IG @lemarisumut.id"""),

("listing", "market_nickname", (1, 1, 1, 1), """Kulakan Tungging Pilihan - Paket 20 Kaos Band
Langsung dari Pasar Tungging Bandar Lampung, kami pilih yang sablonnya masih oke
Kondisi pakai, ada retak sablon wajar
Paket 20 pcs Rp 600.000, bisa kirim ke seluruh Sumatera bagian selatan"""),
]
