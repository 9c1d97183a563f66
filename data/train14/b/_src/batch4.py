# Batch 4: families F39-F45 (4 members each: 2 offers + 2 no-offer). Hand-written.
R = [
("F39", "post", "offer_post_price_place", (1,1,1,1), """Bunda2, karung celana anak Korea baru saya buka 👖
jeans anak, jogger, celana pendek, usia 2-10 thn
7rb satuan, 50rb dapat 8
rumah pagar putih Gg. Melati 3 Kel. Sukajadi, buka habis ashar"""),
("F39", "message", "offer_reply_quiet", (1,1,1,1), """Iya bun, jogger anak yang abu2 ukuran 6 thn masih ada 2
dari karung Korea kemarin, bersih kok sudah saya cuci
7rb satu, kalau mau dua 14rb aja
bunda ambil di rumah atau mau saya titip ke sekolah TK besok?"""),
("F39", "post", "hn_mom_haul_price", (0,1,1,1), """haul celana anak buat si kembar 🥰
8 celana 50rb, dari karungan Korea yang dibuka tetangga
ada 2 yg resletingnya macet, sisanya bagus
lumayan banget buat anak yg tiap bulan naik ukuran"""),
("F39", "post", "hn_factory_reject_used0_abroad0", (0,0,1,0), """info aja bunda: celana anak yg aku beli kemarin ternyata BUKAN karungan bekas
itu barang baru sisa ekspor dari pabrik garmen di Bawen, ada cacat jahit dikit
label masih nempel, belum pernah dipakai
jadi gak perlu khawatir soal kebersihan"""),

("F40", "post", "offer_jastip_open", (1,1,1,1), """jastip SENEN open lagi 🛒 jumat depan
Blok III lt 2: kemeja, jaket, celana, sepatu second impor
fee 15rb/pcs (di bawah 50rb), 20rb/pcs (di atas 50rb)
order via komen: jenis, warna, ukuran, budget
video call dibuka jam 10-12"""),
("F40", "post", "offer_jastip_update", (1,1,1,1), """update jastip Senen: slot sisa 3 orang lagi ya 🙏
yang udah req jaket varsity & kemeja flanel udh aku catat
yg baru mau ikut langsung komen "ikut" + requestnya
transfer DP setelah barang aku temuin"""),
("F40", "review", "hn_complaint_jastiper", (0,1,1,1), """kapok ikut jastip Senen akun @titipsenen.aja
fee 15rb + harga kemeja 45rb, katanya kondisi 9/10
pas dateng ketiaknya kuning dan ada bolong rokok
jastipernya cuma bilang "namanya barang second impor kak" 🙄"""),
("F40", "post", "hn_buyer_asks_for_jastip", (0,1,1,1), """ada yg bisa bantu jastip dari Senen gak? 🥺
aku di Palembang, pengen jaket varsity second impor
bukan nyari jastip profesional sih, siapa tau ada temen yg mau ke sana
nanti aku ganti ongkir & kopi"""),

("F41", "listing", "offer_listing_plain", (1,1,1,1), """Jual yukata bekas Jepang, motif kembang api biru navy
Panjang 160cm, obi tidak termasuk
Kondisi bersih, sedikit pudar di lipatan
Harga 85.000
Dari bal kimono Jepang, stok ada 12 motif, tanya aja"""),
("F41", "post", "offer_creator_haul_handle", (1,1,1,1), """cosplay matsuri look pake yukata second Jepang 85rb 🎆
dapetnya di @kimonobekas.id, mereka bongkar bal kimono tiap awal bulan
motifnya lucu2, ada yg kucing juga
kalian pesen aja langsung, sebut dari aku biar dapet bonus kipas 🪭"""),
("F41", "post", "hn_cosplay_haul_price", (0,1,1,1), """akhirnya punya yukata asli Jepang walaupun second, 85rb 🥲
motif kembang api navy, pas dipake ke festival Jepang di kampus
banyak yg minta foto bareng
ada bau lemari jadul gitu tapi ilang setelah dijemur"""),
("F41", "post", "hn_new_local_used0_abroad0", (0,0,1,0), """yukata yang aku pake di event kemarin bukan bekas Jepang ya
dijahit baru sama penjahit langganan di Bandung, kain katun motif dari Pasar Baru
kainnya katun Jepang-look, jahitnya seminggu
yg nanya link, aku gak jualan, ini cuma buat dipake sendiri"""),

("F42", "message", "offer_wa_broadcast", (1,1,1,1), """Jual grosir flanel seken impor per kodi 📦
1 kodi (20 pcs) campur motif & ukuran — 400rb
1 kodi grade A pilihan (Uniqlo, Gap, Old Navy) — 650rb
stok dari bal Korea, diambil di Senen atau kirim ekspedisi
order min 1 kodi, siap jadi modal lapak pasar malam kamu"""),
("F42", "listing", "offer_listing_quiet", (1,1,1,1), """Flanel kotak second impor / kodian
20 pcs campur ukuran
400rb per kodi
foto di atas contoh isi, tidak bisa pilih motif
pengiriman dari Jakarta Pusat, resi H+1"""),
("F42", "post", "hn_small_trader_story", (0,1,1,1), """jualan pasar malam tiap Sabtu, modal awal aku 1 kodi flanel seken impor dari Senen
dari 20 potong, 4 gak layak, sisanya habis dalam sebulan
untung tipis, tapi dari situ aku belajar dagang
sekarang udah pindah jualan kaos sablon sendiri"""),
("F42", "post", "hn_business_question_domestic_used0_abroad0", (0,0,1,0), """mau tanya untuk yg jualan flanel:
aku lagi cari supplier kemeja flanel BARU produksi konveksi lokal, sistem kodian
udah coba Tanah Abang, harganya masih berat buat margin
ada rekomendasi konveksi Bandung atau Pekalongan?"""),

("F43", "post", "offer_forum_wts", (1,1,1,1), """[WTS] Red Wing 875 Moc Toe bekas Jepang, size 9D
leather oro legacy, sol crepe baru diganti, upper patina natural
harga 1,15jt nego halus
barang dari bal boots Jepang, lokasi Bekasi, bisa COD weekend
minat DM, serius aja ya gan"""),
("F43", "comment", "offer_reply_quiet", (1,1,1,1), """@dimasb.boots: moc toe yg 9D masih ada bang?
@bootsjepang.bks: masih bang, sol crepe baru, 1,15jt bisa kurang dikit kalo COD
@bootsjepang.bks: ada juga iron ranger 8.5 ex Jepang 1,3jt kalo minat
@dimasb.boots: oke bang sabtu sy kabarin"""),
("F43", "post", "hn_collector_review", (0,1,1,1), """Review Red Wing 875 second Jepang setelah 1 tahun:
beli 1,15jt, sekarang patina makin cakep
sol crepe cepat kotor, harus rajin sikat
kalau dibanding beli baru 5jt lebih, ini worth banget buat pemula yg pengen nyoba heritage boots"""),
("F43", "post", "hn_joke_meme", (0,1,1,1), """pecinta boots Jepang bekas:
beli Red Wing second ✅
beli minyak kulit ✅
beli sikat kuda ✅
beli sepatu trees dari kayu cedar ✅
beli makan siang? nanti dulu, boots harus dirawat dulu 🥲"""),

("F44", "post", "offer_stall_promo_quiet", (1,1,1,1), """Polo golf Jepang baru turun dari bal ⛳
Munsingwear, Callaway, Pearly Gates
30rb semua ukuran, ada yang 50rb kondisi mulus
Pasar Kodim Pekanbaru, los tengah, kios Bang Amri"""),
("F44", "post", "offer_creator_points_stall", (1,1,1,1), """bapak2 yang suka golf tapi gak mau bangkrut, ini jawabannya 😎
polo golf Jepang 30rb di Pasar Kodim, los tengah, kios Bang Amri
aku ambil 4, kondisi masih bagus, warna pastel semua
kasih tau bapakmu, dijamin langsung ngajak ke Kodim"""),
("F44", "post", "hn_buyer_haul_price", (0,1,1,1), """ayah ulang tahun, kado dari aku: 3 polo golf Jepang 😂
belinya di Pasar Kodim 30rb-an, seken tapi masih bagus
ayah senang banget, langsung dipake main golf mini
kadang kado gak harus mahal"""),
("F44", "post", "hn_opinion", (0,1,1,1), """aku ngerti kenapa orang suka polo golf bekas di Pasar Kodim, murah & awet
tapi coba pikir, bal dari Jepang itu masuk lewat jalur gak resmi dan mematikan penjahit lokal
ada brand polo Pekanbaru yg kualitasnya juga oke
pilihan di tangan kita masing2"""),

("F45", "listing", "offer_listing_plain", (1,1,1,1), """Jual kaos surf Quiksilver, Billabong, Rip Curl bekas ex Australia
Size M-XL, kondisi 80-90%
40rb per pcs, 3 pcs 100rb
Dari bal Australia, tersedia 25 pcs
Lokasi Denpasar, bisa COD area Renon & Sanur"""),
("F45", "message", "offer_reply_quiet", (1,1,1,1), """Bli, kaos Rip Curl yang hijau size L masih ada
kondisi 85%, sablon belakang masih jelas
40 saja, kalau ambil sama Billabong putih jadi 75
saya di Renon, bisa ketemu sore dekat lapangan"""),
("F45", "post", "hn_surfer_nostalgia", (0,1,1,1), """tahun 2005 aku di Kuta, kaos surf bekas Australia numpuk di awul-awul pinggir jalan
sekarang katanya masih ada tapi udah jarang
waktu itu semua anak surf pake kaos Quiksilver gede2 kayak daster 😂
indah banget masa2 itu"""),
("F45", "post", "hn_own_wardrobe_abroad0", (0,1,1,0), """bongkar lemari nemu kaos Quiksilver jaman SMA 🥲
beli baru di outlet Kuta tahun 2008, udah dipake 15 tahun, bolong di ketiak
gak dijual ya, cuma nostalgia
mau aku jadiin kain lap, tapi sayang"""),
]
