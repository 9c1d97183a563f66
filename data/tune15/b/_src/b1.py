# Batch 1: illegal offers that avoid the famous words (hand-written, one by one).
# Tuple: (kind, category, "offer used clothing abroad" bits, text)
RECORDS = [
("listing", "logistics_unit_offer", "1111", """KARUNG JAKET CAMPUR 45 KG - SORTIRAN TANGAN PERTAMA
Isi kurang lebih 90-110 pcs, dominan parka, windbreaker, fleece
Grade A kondisi 8-9/10, minus kecil wajar
Barang baru sandar minggu ini, gudang Cilincing
Harga karung utuh 4,2jt, buka ikat di tempat boleh tapi ambil semua
Tanya2 langsung WA 0812xxxx (Bang Toyib)"""),
("post", "emoji_code_offer", "1111", """📦🚢 kiriman kapal udah mendarat gaes!!
kemeja flanel, cardigan rajut, celana kargo, semua hasil pilih dari tumpukan 🔥
1 pcs only yaa, size cuma segitu, jangan tanya restock 😅
sdh dicuci + disetrika, tinggal pake
mulai 25k - 85k
DM / cek katalog di highlight "DROP 14"
#ootdmurah #jaketvintage #kemejaflanel #pasarpagi"""),
("live", "live_transcript_offer", "1111", """[LIVE 20.03] kak yang baru join halo halooo 👋
ini nomer 27 ya, hoodie abu merk lama, label udah pudar tapi jahitan aman, ketiak ada noda dikit banget
dari goni yang kemarin kita buka, isinya rata2 tebel2
ketik 27 + ukuran ya kak, yang pertama ketik yang dapet
nomer 28 jaket denim, kancing lengkap, ada minus di kerah, 65 aja
checkout lewat keranjang kuning ya"""),
("message", "broadcast_reseller", "1111", """*INFO STOK MASUK - KHUSUS RESELLER*
Koli baru dari Tanjungbalai sudah di gudang Medan (Jl. Pelajar Timur, belakang bengkel)
- Koli kemeja cowok: 3,1jt
- Koli dress/rok cewek: 3,6jt
- Koli campur anak: 2,4jt
Per koli 50 kg lebih kurang. Barang segar, belum dibongkar siapa pun
Bisa kirim via ekspedisi ke seluruh Sumatera
Minat japri 0812xxxx, TF DP dulu baru kita tandai"""),
("profile", "shop_profile_code", "1111", """🧥 Lemari Nenek Eropa 🧥
Jaket, coat wol, sweater rajut pilihan satu-satu dari kiriman seberang
Semua one of a kind, kondisi dicantumkan jujur (ada noda = ditulis)
📍 Lapak Blok C no 12, Pasar Baru Bandung
🕗 Senin libur
Order: WA di link bio, bisa COD sekitar Bandung"""),
("listing", "marketplace_title_stuffed", "1111", """Jaket Gunung Outdoor Pria Wanita Waterproof Original Merk Luar Murah Grade A Sortir Vintage 90an
Detail: 1 pcs, LD 112 PJ 74, kondisi 8/10 (ada sisa lem velcro di lengan kiri, lihat foto 4)
Label asli masih ada walau tulisan agak luntur
Barang dari tumpukan kiriman Belawan, sudah laundry
Tidak terima retur karena barang satuan, teliti foto dulu ya kak"""),
("post", "border_route_offer", "1111", """Yang di Pontianak dan sekitarnya, barang Entikong masuk lagi nih 🙌
Sekarung kaos cowok campur isi ±150 lembar, ada polo sama kaos band lawas juga
Mau ecer juga bisa, 10rb-30rb per lembar, pilih sendiri di teras rumah (Siantan, dekat masjid)
Buka jam 3 sore sampai magrib
Bawa kantong sendiri ya"""),
("listing", "kilo_price_offer", "1111", """Jual per kilo tas wanita campur
Isi tas selempang, totebag kulit sintetis, ransel kecil
Asal kiriman pelabuhan Dumai, masuk gudang 2 hari lalu
Harga 55rb/kg, minimal ambil 20 kg
Ada yang sobek di dalam, ada yang mulus, namanya juga untung-untungan 😁
Lokasi Pekanbaru, ambil sendiri atau kirim kargo"""),
("comment", "seller_comment_offer", "1111", """@rina.kds kak kalau mau yang kayak gitu ada di lapak aku, kemarin baru buka ikat 2 goni dress motif bunga2 lawas
kondisi rata2 layak pakai, ada yg ada minus kancing aja
harga 35-60rb, aku kirim fotonya ya lewat DM, atau mampir IG @rakbajunenek"""),
("message", "chat_exchange_offer", "1111", """Pembeli: kak yg kemeja hawai masih ada?
Penjual: masih kak, 4 lagi. semua dr sortiran minggu lalu, ada yg warnanya udh agak pudar krn umur
Pembeli: ada yg ukuran L?
Penjual: L tinggal 1, motif nanas, ada noda kecil di saku, 45rb aja
Pembeli: ok ambil
Penjual: siap, tf ke rek BRI a.n. Sus*** ya, ongkir ke Bekasi 12rb"""),
("listing", "grade_letter_lot", "1111", """PAKET USAHA 100 PCS - KAOS ANAK GRADE A/B
Cocok buat yang mau buka lapak di pasar kaget
Isi: kaos anak umur 2-10 th, campur cowok cewek
Grade A ±70%, sisanya B (ada noda/belel)
Semua dari kiriman Tanjungpinang, bukan konveksi
Harga 1,35jt nett, gratis kirim Jabodetabek"""),
("post", "invented_slang_offer", "1111", """BANTAL GEMOY landing lagi 🛬 (yang ngerti ngerti aja 🤫)
isinya full jaket kulit sama blazer, baunya masih bau kapal wkwk nanti kita cuci dulu
yg mau nitip pilih duluan sebelum dipajang, DP 50rb
slot cuma 10 orang
info lengkap di WA, link di bio 👆
#blazerwanita #jaketkulit #ootdkantor"""),
("live", "live_announcement", "1111", """‼️NANTI MALAM JAM 8‼️
Live bongkar goni kemeja kantor + celana bahan
Semua dari tumpukan yang baru naik dari Parepare kemarin
Harga mulai 15rb, yang ada cacat kita kasih tau pas live
Mainkan jempolnya, jangan cuma nonton 😆
See you di live, follow dulu biar dapet notif"""),
("review", "haul_names_seller", "1111", """Haul minggu ini dari lapak Kak Udin di Pajak Melati 🛍️
- jaket jeans belel biru tua, 40rb, cuma ada lubang kecil di kantong
- sweater rajut krem, 25rb, masih tebel
- kemeja kotak2, 20rb, label lamanya masih kebaca
Total 85rb dapet 3! Kak Udin buka ikat tiap Selasa, mending dateng pagi sebelum diserbu
Lapaknya lorong tengah, yang terpalnya biru"""),
("message", "whatsapp_broadcast", "1111", """Assalamualaikum pelanggan setia 🙏
Stok Tawau masuk ke Nunukan kemarin sore, ada:
• selimut & bedcover tebal (kondisi 80-90%)
• sprei campur
• handuk besar
Per karung 1,8jt, satuan juga bisa 35rb-75rb
Yang mau antar ke Tarakan kita titip ke speed sore
Info 0812xxxx, siapa cepat dia dapat"""),
("listing", "vintage_year_offer", "1111", """Kaos Band Tour 1994 Single Stitch — 1 pcs only
Ukuran M (tag sudah keriting), pit to pit 51
Warna hitam sudah jadi abu karena usia, retak sablon wajar
Ini nemu sendiri waktu nyortir koli di gudang Batam, langsung saya simpan
Harga 450rb, nego tipis
Bisa rekber, domisili Jakarta Timur"""),
("post", "english_mix_offer", "1111", """new drop tonight!! 🌙
curated outerwear from the latest boat in at Batam, all pieces hand-picked from the pile
condition 7-9/10, flaws disclosed in slide 3
sizes mostly L-XL, one size only each
price range IDR 60k-180k
first come first served, payment within 1 hour or next in line
DM "MAU" to get the list ✨"""),
("article", "advertorial_stall_guide", "1111", """Tips Berburu Jaket Murah di Pasar Kebon Kalapa Bogor (Versi Lapak Kami)
Datanglah hari Kamis, saat karung-karung baru dibuka. Barang yang masih di atas tumpukan biasanya paling bersih.
Periksa ketiak dan kerah, karena di situ noda paling sering bersembunyi. Kondisi 8/10 ke atas kami taruh di gantungan depan.
Harga di lapak kami 30 sampai 120 ribu tergantung merk dan tebal tipisnya.
Mampir ke Kios Bang Jalu, lantai dasar blok B, atau pesan lewat WhatsApp 0812xxxx bila tak sempat datang."""),
("listing", "container_arrival_offer", "1111", """CONTAINER 40 FEET BARU SANDAR - PRE-ORDER RESELLER
Isi campur pakaian dewasa, sepatu, tas
Kita pecah per goni 100 kg, bisa pilih kategori
Harga per goni mulai 5,5jt (kategori sepatu beda harga)
Estimasi keluar gudang 7-10 hari
Tidak melayani eceran. Serius saja, hubungi admin"""),
("post", "regional_flavour_medan", "1111", """Horas kawan! Barang Belawan udah sampe di kedai awak 🤙
Macam-macam lah ini: celana jeans, jaket, kemeja kantor, semua udah awak pilih yang bagus-bagus
Minusnya awak bilang terus terang, tak ada yang ditutup-tutupi
Datang aja ke Simpang Limun, cari kedai "Tulang Sihol"
Harga kawan, bisa kurang kalo ambil banyak"""),
("message", "group_chat_offer", "1111", """[Grup Reseller Jateng]
Admin: rekan2, karung sepatu dari Semarang pelabuhan masuk 6 goni
isi sneakers campur, sol rata2 masih tebel, ada yg ngelupas dikit
per goni ±60 pasang, 3,8jt
kalo mau sistem pilih satuan 40rb-150rb/pasang
yg mau booking reply nomor goni: G1-G6
ongkir tanggung sendiri ya"""),
("listing", "condition_only_offer", "1111", """Coat Wol Panjang Wanita Warna Camel
Kondisi layak pakai, ada bulu bulu halus (pilling) di lengan, sudah di-dry clean
Label dalam bahasa asing, made in the 80s katanya (ngga ada tahun pasti)
Ukuran setara L, panjang 105 cm
Dapet dari tumpukan kiriman Batam, cuma ada satu ini
Harga 175rb"""),
("profile", "reseller_recruitment_profile", "1111", """GUDANG KOLI SUMUT | Supplier pakaian pilihan sejak 2016
✅ Kiriman rutin dari seberang tiap 2 minggu
✅ Menerima reseller & dropship se-Indonesia
✅ Bisa per koli, per kilo, atau paket 100 pcs
📍 Tanjungbalai - Asahan
📞 Admin 1: 0812xxxx | Admin 2: 0813xxxx
Testimoni di sorotan ya kak"""),
("live", "live_transcript_sunda", "1111", """Mangga kasep geulis, ieu nu nomer 12 nya, rok plisket panjang, warnana hejo lumut
tina goni anu kamari dibuka, kondisina 8 per 10, aya noda sakedik di handap
harga 30 rebu wae
nu nomer 13 blus renda bodas, rada koneng saeutik kusabab umur, 25 rebu
ketik nomer + "jadi" nya, ulah ngan ukur nonton atuh 😄"""),
("post", "kid_clothing_offer", "1111", """Mom2 yang cari baju anak branded harga miring 💕
Baru aja sortir tumpukan dari Batam, banyak merk yg biasanya di mall
Kondisi kita grade-in:
A = kayak baru, 35rb
B = ada noda/pudar, 15rb
Foto lengkap di katalog WA, ketik "KATALOG ANAK" ke 0812xxxx
Bisa COD Depok & Cibubur"""),
("listing", "bag_lot_offer", "1111", """Lelang Tas Kulit Ex-Kiriman Singapura - 20 pcs
Isi: tas kerja, clutch, slingbag, semuanya sudah dipakai orang tapi masih kokoh
Beberapa ada goresan di sudut dan pudar di pegangan
Buka harga 1,2jt untuk 20 pcs, kelipatan 50rb
Lelang tutup malam ini jam 21.00
Pemenang wajib transfer maksimal 2 jam"""),
("comment", "reply_price_offer", "1111", """Ready kak 🙏 yang jaket coach itu dari sortiran minggu kemarin, size L, warna hijau army.
Ada jahitan lepas dikit di saku dalam tp ngga keliatan dari luar. 70rb aja kak, bisa kirim hari ini kalau transfer sebelum jam 3. Mau dicek video aslinya? aku kirim via DM ya"""),
("message", "supplier_price_list", "1111", """Daftar harga per goni minggu ini (gudang Tanjung Priok, belakang dermaga):
1. Kemeja panjang lelaki - 4,4jt
2. Kaos campur - 3,8jt
3. Celana jeans - 5,2jt
4. Jaket tebal musim dingin - 6,1jt
5. Pakaian dalam & kaos kaki - TIDAK ADA
Berat rata2 100 kg, isi menyesuaikan
Sistem: DP 30%, pelunasan saat barang diambil"""),
("post", "thread_style_offer", "1111", """1/ Gue mau cerita dikit soal lapak gue, sekalian promosi 😅
2/ Tiap bulan gue ambil 3 goni dari pemasok di Senen, isinya jaket sama kemeja dari negeri seberang
3/ Gue pilihin satu satu, yang kondisinya masih 8/10 ke atas gue cuci dan foto
4/ Sisanya gue jual per kilo ke pedagang lain
5/ Kalo mau liat koleksi yang udah dipilih, cek IG @lemarisanjo, update tiap Jumat"""),
("listing", "footwear_offer", "1111", """Sepatu Boots Kulit Pria Size 42 - Pilihan Tumpukan
Sol sudah pernah dipakai tapi masih tebal, kulit ada lecet halus di ujung
Barang 1 pasang saja, ukuran tidak bisa ditukar
Masuk bareng kiriman dari Pelabuhan Dumai, sudah disemir ulang
Harga 220rb
Lokasi Bukittinggi, bisa kirim JNE"""),
("post", "makassar_flavour_offer", "1111", """Eh sodara, barang Parepare masuk lagi di lapak ta' 😁
jaket parasut, kemeja kotak-kotak, celana pendek, banyak sekali mi
kondisi bagus semua ji, kalo ada cacat kukasitau ji
mampir ki di Pasar Butung, lantai 1 sebelah tangga
ato WA ki dulu 0812xxxx, bisa dikirim ke Gowa"""),
("message", "dropship_offer", "1111", """Halo kak, kami buka dropship untuk pakaian pilihan dari tumpukan koli (bukan konveksi)
Kakak cukup share foto dari katalog kami, kami yang kirim atas nama toko kakak
Harga modal 20-60rb, kakak bebas jual berapa
Kondisi layak pakai, minus selalu kami foto
Stok satuan, jadi wajib cek ketersediaan dulu sebelum closing
Katalog update tiap Senin & Kamis setelah buka ikat
Gabung grup: ketik DROPSHIP ke 0812xxxx"""),
("listing", "household_textile_offer", "1111", """Gorden & Taplak Meja Renda Lawas - Per Ikat 10 pcs
Dari kiriman pelabuhan, motif klasik ala rumah tua, warna putih gading
Kondisi ada yg kuning dimakan waktu, ada yg masih bersih, rata2 layak pakai
Per ikat 180rb, cocok buat dekor kafe atau studio foto
Banjarmasin, kirim lewat kapal ke Jawa juga bisa"""),
("post", "banjar_flavour_offer", "1111", """Barang hanyar datang dari Tawau, lewat Nunukan 🚤
Baju kaos, kemeja, celana panjang, banyak nang bagus-bagus
Kondisi rata-rata masih layak, ada nang ada noda saikit
Harga murah haja, mulai 10 ribu
Singgahi lapak ulun di Pasar Sudimampir, lantai bawah
Kada usah malu menawar 😄"""),
("live", "tiktok_live_script", "1111", """Live hari ini tema "MUSIM DINGIN" ❄️
Semua puffer, coat, sweater tebel dari goni nomer 3 yg baru datang
Aturan: harga flat 50rb, kecuali yang aku sebut spesial
Aku kasih liat minusnya di kamera, jadi jangan komplain belakangan ya
Yang menang ketik "SAH" dan checkout max 10 menit
Ayo yang mau ke Jepang atau Korea, modal jaketnya di sini aja wkwk"""),
("listing", "sortir_reject_offer", "1111", """Sisa sortiran layak pakai dijual murah!
Kaos, kemeja, celana campur ± 300 lembar
Ini lapisan bawah dari goni2 yang kami buka bulan ini, ada yang belel, ada noda, ada yang masih bagus
Cocok buat dijual lagi 5rb-10rb di pasar kaget
Ambil semua 600rb, lokasi Gedebage"""),
("review", "recommend_stall_review", "1111", """Buat yang tinggal di Jogja, coba deh ke lapak Mas Bimo di Pasar Beringharjo lantai 3. Barangnya dari kiriman seberang, dipilihin dan dicuci dulu.
Aku dapet blazer wol abu 60rb, kancingnya lengkap cuma ada bintik kecil di lapisan dalam. Dia juga ngasih tau kalo ada noda sebelum kita bayar, jujur orangnya.
Buka ikat barang baru biasanya Sabtu pagi ⭐⭐⭐⭐⭐"""),
("post", "abbrev_heavy_offer", "1111", """OPN PO GONI KMJ & CLN 🚨
est dtg 2mgg, via TBA
1 goni ±100kg, isi 250-300 pcs
hrg 4,6jt (DP 50%)
bs patungan 2 org, 1 org 50kg
sy kabari tgl sandar
sry no nego, no PHP 🙏
cek lgkp di story"""),
("message", "private_offer_followup", "1111", """Kak Dewi, ini aku Rara dari lapak yang kemarin kakak tanya.
Sesuai janji, aku sisihin 5 kemeja linen dari goni baru, ukurannya M semua.
Kondisinya: 3 mulus, 1 ada noda kecil di ujung lengan, 1 agak pudar di punggung.
Semua 150rb, udah aku cuci dan setrika.
Kalau mau aku kirim hari Senin bareng paket lain, ongkir ke Solo 15rb ya kak 🙏"""),
]
