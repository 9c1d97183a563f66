# Batch B: illegal offers without the famous words (hand-written, one by one)
# tuple: (kind, category, offer, used, clothing, abroad, text)

RECORDS = [
("listing", "logistics_unit_offer", 1, 1, 1, 1,
"""Celana Jeans Pria Wanita Campur Per 100 Potong Levi's Wrangler Lee Edwin
Satu ikatan isi 100 potong, ukuran 27-38 acak
Kondisi: ±70 potong bagus, ±20 perlu jahit ringan, ±10 sobek lutut (bisa dijual model ripped)
Harga 3,6jt per ikat, ambil 3 ikat dapat 10,2jt
Gudang di Dumai, armada sendiri ke Pekanbaru/Padang
No retur ya, sistem untung-untungan"""),

("post", "condition_word_offer", 1, 1, 1, 1,
"""Trench coat Burberry warna khaki, panjang selutut ☔
Lining tartan masih cakep, ada 1 titik noda tinta di saku dalam (foto terakhir)
Label leher agak pudar, jahitan semua aman
Ukuran 10 UK ≈ M
Dipilih dari tumpukan yang datang via Belawan minggu ini
Harga 450rb, bisa 2x transfer
#trenchcoat #burberry #mantelwanita #ootdhijab"""),

("message", "wholesale_broadcast", 1, 1, 1, 1,
"""Dulur2 langganan, gudang Bang Jefri buka lagi mulai Senin
Stok baru: 25 karung kaos, 15 karung celana training, 8 karung tas
Datang dari pelabuhan tikus dekat Bengkalis, aman sampai gudang
Harga karung kaos 2,9jt, training 3,3jt, tas 4jt
Isi karung udah kami timbang: rata-rata 95-100 kg
Yg mau survei dulu boleh, asal janjian
0812xxxx"""),

("post", "invented_code_word", 1, 1, 1, 1,
"""Kapal selam dari seberang nongol lagi 🫧🫧🫧
3 unit kapal selam isi jaket bomber & coach jacket, campur brand
Bongkar muatan hari Rabu jam 1 siang di lapak, jangan telat
Harga nyelam: 30-80rb/pcs, yg spesial dipajang terpisah
Kondisi pasti ada plus minus, namanya juga hasil nyelam 😆
Lokasi: belakang terminal Leuwi Panjang, tanya aja Kang Dadan"""),

("listing", "condition_word_offer", 1, 1, 1, 1,
"""Tas Ransel Jansport Original Warna Navy Kondisi 8/10 Layak Pakai
Resleting lancar semua, tali bahu masih tebal
Minus: logo sedikit terkelupas, ada noda tip-ex kecil di bagian bawah kantong depan
Dipilih dari tumpukan tas yang masuk lewat Batam
Harga 95rb, bonus gantungan kunci"""),

("review", "haul_names_seller", 1, 1, 1, 1,
"""Review jujur belanja di @karungcerialapak 🌟🌟🌟🌟
Pesan paket 10 potong random ukuran M, yang datang: 4 kemeja, 3 kaos, 2 celana, 1 rompi
Semua wangi, ada 2 yang warnanya sudah pudar tapi masih layak banget
Kata adminnya mereka buka ikatan tiap Jumat setelah barang turun dari kapal di Tanjungpinang
Bakal repeat order sih, harganya cuma 150rb sepaket"""),

("live", "live_sale", 1, 1, 1, 1,
"""LIVE JAM 9 MALAM 🔴 TIKTOK SHOP @lapakbangroy
Tema malam ini: KEMEJA HAWAII & KEMEJA PANTAI
Semua dari 1 goni khusus yang kita sisihkan dari muatan kemarin
Motif random, kondisi rata-rata 85-95%
Harga flat 39rb, checkout keranjang nomor 3
Yang ada minus kita sebut di live, no drama"""),

("comment", "regional_flavour_offer", 1, 1, 1, 1,
"""Kalo mau yang kayak gitu cari aja ke lapak Mama Ina di Pasar Sentral, dia kan tiap minggu dapat kiriman dari Tawau lewat Pare
Saya kemarin beli kemeja 3 lembar 50 ribu, masih bagus, cuma satu ada noda di ketiak
Dia juga terima pesan lewat wa, 0853xxxx bilang saja dari Irma"""),

("listing", "grade_offer", 1, 1, 1, 1,
"""Hoodie Champion Reverse Weave Grade A Abu Misty
Ukuran XL, panjang 74 lebar 64
Ada pilling di lengan dan sedikit lusuh di ujung karet, wajar umur barang
Barang sortir pilihan, tidak ada bolong
Harga 210rb
Masuk per koli dari Tanjungbalai, foto asli barang yang dikirim"""),

("post", "english_mix_offer", 1, 1, 1, 1,
"""weekend restock 🧺 fresh from the sacks that crossed over last night
we got: 40+ windbreakers, 20 fleece, 15 denim jackets
condition 7-10, every flaw is written on the tag
open store sat-sun 10am-6pm, Jl. Sumatera (ask for Kak Vey)
online order via dm, pay first ship later
no bargain on grade S pieces pls 🙏"""),

("message", "reseller_recruit", 1, 1, 1, 1,
"""Kak, kalau mau jadi reseller sistemnya begini ya:
1. Ambil minimal setengah karung (±50 kg), harga 25rb/kg
2. Barang kami kirim dari gudang Entikong ke Pontianak tiap Rabu
3. Isi campur kaos, celana, jaket, bisa request dominan satu jenis
4. Kondisi tidak semuanya mulus, rata-rata 70% layak jual
5. Bayar lunas sebelum barang naik mobil
Nanti kakak bisa jual lagi eceran, untungnya lumayan"""),

("post", "vintage_year_offer", 1, 1, 1, 1,
"""Jersey Bola Inter Milan 1997/98 Home Pirelli 🔵⚫
Nomor punggung sudah hilang, tersisa jejak lem (keterangan jujur)
Bahan masih adem, jahitan aman, ukuran L
Dapet dari goni yang masuk Dumai bulan ini, sekarung isinya jersey semua
Yang lain ada juga: Arsenal 2002, Bayern 96, PSV 99
Harga mulai 175rb, DM untuk list lengkap"""),

("listing", "logistics_unit_offer", 1, 1, 1, 1,
"""Selimut Tebal & Bedcover Per Kilo 30rb Minimal 20 Kg
Selimut fleece, quilt, bedcover tebal, dominan ukuran queen
Datang per karung, sudah kami sortir: robek dan jamur dipisah
Sebagian masih ada noda, disarankan dicuci ulang sebelum dijual
Lokasi pengambilan: gudang dekat pelabuhan Parepare"""),

("comment", "pointer_offer", 1, 1, 1, 1,
"""Buat yg nanya2 ini dari mana: rahasia dapur ya 🤫 yang jelas bukan konveksi, datangnya naik kapal, dan tiap potong pernah punya pemilik sebelumnya
Stok jaket yg di video masih 17, update tiap malam di story
Order format: NAMA / KODE JAKET / ALAMAT kirim ke WA 0812xxxx"""),

("profile", "shop_profile", 1, 1, 1, 1,
"""Rumah Jaket Uda Fikri | Bukittinggi
Jaket gunung, parka & sweater pilihan dari kiriman pelabuhan Teluk Bayur 🏔️
Kondisi disebut per item (9/10, 8/10, dst), no tipu2
Harga mulai 50rb, grosir 20 pcs up harga khusus
Lapak: Pasar Ateh lt. 2
WA 0811xxxx"""),

("post", "invented_code_word", 1, 1, 1, 1,
"""Mohon maaf, lapak tutup 2 hari karena "paket kado" kami tertahan di pelabuhan, kapalnya telat sandar 😭
Kemungkinan kado baru sampai Kamis sore, langsung kita buka Jumat pagi
Isinya (kata supplier) dress & blouse, cocok buat kondangan murah meriah
Seperti biasa ada yang mulus ada yang minus, pilih sendiri ya ibu-ibu
Harga tetap 25rb-60rb"""),

("listing", "condition_word_offer", 1, 1, 1, 1,
"""Sepatu Dr Martens 1460 Cherry Red UK 8 Kondisi 80% Masih Gagah
Upper ada creasing wajar, kulit masih lentur setelah disemir
Sol karet menipis sedikit di tumit, jahitan kuning masih utuh
Tanpa box, tanpa tali cadangan
Keluar dari karung sepatu yang tiba di Tanjungbalai kemarin
Harga 625rb, COD Medan bisa"""),

("message", "border_route_offer", 1, 1, 1, 1,
"""Pagi bos, barang dari Sebatik sudah nyampe Tarakan jam 5 tadi
12 karung: 6 kaos campur, 4 celana, 2 sepatu
Bos kemarin pesan 4 karung kaos kan? mau diantar ke toko atau diambil?
Kondisi sama kayak kiriman lalu, sebagian perlu dicuci
Transfer sisa pelunasan 6,4jt ke rek biasa ya bos"""),

("review", "haul_names_seller", 1, 1, 1, 1,
"""Haul hari ini dari Kios Bang Togar, Pasar Simpang Limun 🛍️
- kemeja corduroy 40rb (ada noda dikit di saku, ilang pas dicuci)
- jaket kulit 150rb (retak halus di kerah, masih kece)
- 2 kaos polos Hanes 20rb
Kios nya buka karung baru tiap Selasa, barangnya turun dari Belawan. Kalau mau yg bagus datang jam 8 pagi!"""),

("post", "abbrev_emoji_offer", 1, 1, 1, 1,
"""🚢➡️📦➡️🏠 rdy lg gaes!!
jkt denim, flnl, crgo pnts, smua dah dicuci
cond 7-9/10, tiap pcs ada ket. minus
hrg 45-150k
krm tiap hr kcuali mgg
📍 dkt plbhn Dumai
cek ktlg 👉 link bio"""),

("listing", "grade_offer", 1, 1, 1, 1,
"""Kaos Anak Grade B Paket 50 Pcs Usia 2-10 Tahun Murah Buat Jualan
Grade B: ada noda kecil / karet agak longgar / sablon retak
Cocok buat jualan pasar malam harga 10rb an
Harga paket 400rb (8rb/pcs)
Tersedia juga Grade A 50 pcs 650rb
Dikirim dari gudang kami di Nunukan"""),

("comment", "regional_flavour_offer", 1, 1, 1, 1,
"""Sampeyan golek jaket kulit? nang lapakku akeh, mas 😁
Iki mau isuk buka karung anyar teko Tanjung Perak, onok sing wis rodok mlenuk tapi isih apik
Rego 75 ewu sampek 200 ewu, iso ditawar
Langsung wae mrene, Pasar Gembong blok D, utawa WA 0857xxxx"""),

("message", "preorder_route_offer", 1, 1, 1, 1,
"""Jastip lapak Kuching dibuka lagi 🙌
Aku nyebrang dari Entikong tanggal 20, ke gudang langganan yg jual per karung sama satuan
Kalau mau nitip satuan: sebut jenis, ukuran, budget, nanti aku video call pas milih
Fee jastip 15rb/pcs, per kilo kena 20rb/kg
Barangnya semua sudah pernah dipakai ya, tapi aku pilihin yang masih bagus
Rekap order ditutup tanggal 18"""),

("post", "condition_word_offer", 1, 1, 1, 1,
"""Cardigan mohair warna lilac 💜
Bulunya masih lembut, ada sedikit benang tarik di bagian perut (lihat video)
Sudah dicuci tangan pakai sabun wol, ga bau apek lagi
Satu-satunya yang warna ini dari tumpukan terakhir, ga akan ada kembarannya
Harga 135rb, ukuran fit to L
Pengiriman dari Tanjungpinang tiap Senin & Kamis"""),

("listing", "logistics_unit_offer", 1, 1, 1, 1,
"""Karpet & Gorden Per Karung | Isi Campur | Siap Jual
Karpet lantai, keset tebal, gorden panjang, taplak meja
Karung 80-90 kg, sudah buka ikat & cek jamur
Noda & pudar di sebagian item, wajar barang pakai
Harga 1,9jt per karung, ambil 5 bonus 1 karung kecil
Ready di gudang Tanjungpinang, kirim ekspedisi laut ke Jawa"""),

("post", "invented_code_word", 1, 1, 1, 1,
"""Wkwk "roti tawar" yang kemarin ternyata isinya kemeja flanel semua gaes 😂
Lumayan lah, flanel tebel-tebel, cuma beberapa yang udah belel di siku
Siapa mau? 55rb satu, 3 potong 150rb
Roti tawar berikutnya datang 2 minggu lagi, katanya isi jaket
Order ketik FLANEL di DM"""),

("live", "live_sale", 1, 1, 1, 1,
"""🔴 LIVE SHOPEE 19.00 WIB — Sepatu Anak Sekolah Murah Meriah
Stok dari karung sepatu yang baru kita buka, semua sudah disikat & dijemur
Ada yang solnya masih tebal, ada yang ujungnya lecet, semua ditunjukin di kamera
Harga mulai 25rb, ukuran 28-38
Buat emak-emak yang cari sepatu buat anak main, cocok banget!"""),

("message", "pointer_offer", 1, 1, 1, 1,
"""Info buat grup: katalog minggu ini sudah naik ya 📸
Tema: mantel wol & coat panjang, semua sisa musim dingin negeri orang 😄
Tiap foto ada kode, ukuran, kondisi (ada yg lepas kancing, ada yg bolong ngengat kecil)
Harga 90-300rb
Keep max 1x24 jam, lewat itu lepas
Barang dikirim dari Batam"""),

("post", "regional_flavour_offer", 1, 1, 1, 1,
"""Urang Banjar nang handak baju murah, mampir ka lapak ulun di Pasar Sentra Antasari lah 🙏
Baju datang kiriman kapal matan Tawau, ada kemeja, celana, jaket
Ada nang sudah pudar, ada jua nang masih bungas banar
Rega mulai 10 ribu haja
Buka pagi sampai sanja"""),

("listing", "vintage_year_offer", 1, 1, 1, 1,
"""Windbreaker Nike ACG Era 90an Warna Teal Ungu Langka
Ukuran M, fit oversize
Ada jahitan ulang kecil di ketiak, warna sedikit kusam di bahu karena sinar matahari
Label dalam masih terbaca, made in 1996
Dari tumpukan jaket yang masuk minggu ini, satu-satunya yg motif begini
Harga 275rb"""),

("comment", "jakarta_slang_offer", 1, 1, 1, 1,
"""Min yg jaket varsity merah itu masih ga? size berapa?
Jawab admin: masih kak! size L, panjang 70. kondisinya 8/10, ada noda tipis di lengan kanan sama emblemnya rada ngelupas. baru keluar dari karung kiriman Priok kemarin. 180rb udah termasuk ongkir Jabodetabek ya"""),

("post", "english_mix_offer", 1, 1, 1, 1,
"""✨ curated weekly, sourced from the port ✨
this week's pick: 12 silk scarves, 8 leather belts, 5 handbags
all pre-owned, cleaned by hand, flaws photographed
scarves 45k, belts 60k, bags 150-400k
ship nationwide from Tanjungpinang, dm to claim"""),

("message", "wholesale_broadcast", 1, 1, 1, 1,
"""Assalamualaikum ibu2 pedagang pasar kaget 🙏
Paket usaha dari kami:
• Paket Mini 1 goni kecil (±40 kg) 1,2jt
• Paket Sedang 1 goni besar (±90 kg) 2,5jt
• Paket Juragan 3 goni besar 7jt
Isi pakaian dewasa campur, semua sudah lewat tangan orang, jadi wajar ada minus
Barang tiba di Pelabuhan Dumai tiap akhir bulan
Minat hubungi Bu Yanti 0813xxxx"""),
]
