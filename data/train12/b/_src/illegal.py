# Illegal records: the same social-media voice used to offer imported used clothing.
# Tuple: (kind, category, offer, used, clothing, abroad, text)
RECORDS = [
("post", "seller_tweet_bal", 1, 1, 1, 1, """open bal lagi guys 🔥🔥
korea grade A, isinya jaket & hoodie musim dingin, udah aku sortir sendiri
harga mulai 45rb, yg cepet dia dapet
link di bio ya, jangan DM nanya "masih?" kalau belum cek katalog 🙏"""),

("live", "live_bongkar_karung", 1, 1, 1, 1, """LIVE JAM 8 MALAM NANTI ‼️
bongkar karung Jepang fresh, belum dibuka sama sekali 📦
isi campur: kemeja, celana, kardigan, dress
harga live 25rb–60rb, ketik "mau" + nomor barang, checkout keranjang kuning
jangan sampai ketinggalan, karung berikutnya baru minggu depan!"""),

("post", "hidden_gem_thread", 1, 1, 1, 1, """🧵 hidden gems thrift Jakarta yg jarang orang tau (part 3)
1. kios @senen.blok3.arif — spesialis jaket kulit ex-Jepang, 80rb-an udah dapet bagus
2. lapak Mas Yoyo deket tangga lantai 2, kemeja flanel amerika 30rb
3. @gudangbal.kemayoran — jual per karung juga buat yg mau usaha
bilang aja tau dari thread ini biar dikasih diskon 😉"""),

("comment", "reply_ready_wa", 1, 1, 1, 1, """ready kak 🙏 jaket yg di video itu masih ada 2, size L sama XL
barang bal Korea, kondisi 90% no minus
cek wa 0812xxxx ya kak biar aku kirim foto detailnya"""),

("post", "story_restock_cakar", 1, 1, 1, 1, """restock cakar hari ini!! 🛍️
sisa 3 karung dari Tawau, isi celana jeans campur & jaket parasut
yang mau borong per karung bisa, yang mau ecer silakan datang ke lapak belakang Pasar Butung
buka jam 7 pagi, siapa cepat dia dapat 💨"""),

("post", "haul_with_handle", 1, 1, 1, 1, """Haul hari ini dari @kioskita.thrift 🥰
3 kemeja linen ex-Jepang, 1 blazer wool, totalnya cuma 150rb
kondisi bagus banget, baunya juga gak apek karena udah dicuci sama sellernya
kalian kalo mau, langsung aja chat @kioskita.thrift, mereka baru buka bal baru kemarin!"""),

("comment", "buyer_reco_wa", 1, 1, 1, 1, """kak kalau mau cari baju bekas impor yg bagus, aku langganan sama Bang Rudi di Pajak Melati
barangnya monza pilihan dari Belawan, harga miring
ini WA nya 0812xxxx, bilang aja temennya Sinta 😊"""),

("post", "reseller_recruit", 1, 1, 1, 1, """OPEN RESELLER & DROPSHIPPER THRIFT 💸
Ambil barang dari kami, bal Jepang & Korea sudah disortir grade A/B.
Modal mulai 500rb, foto katalog kami sediakan, kamu tinggal posting.
Pengiriman dari gudang Bandung ke seluruh Indonesia.
Minat? Isi form di link bio, admin fast response jam 9–21."""),

("listing", "fb_group_bal_price", 1, 1, 1, 1, """[JUAL] Balpres campur ex-Korea, 1 bal ±100 kg
Isi: kaos, kemeja, celana panjang, rata2 200–250 pcs
Harga 5,8jt, belum termasuk ongkir ekspedisi dari Batam
Bisa juga ambil setengah bal. Yang serius saja, komen "minat" nanti saya inbox.
#balpres #bajubekasimpor #grupthriftnusantara"""),

("live", "tiktok_caption_live", 1, 1, 1, 1, """Lagi live nih bestie 🔴
ngabisin karung ketiga dari Jepang, isinya rok & dress musim panas
semua 30rb aja, ongkir flat se-Jawa
klik profil → live sekarang → ketik nomor barang 👗
#thrifting #bajuthrift #bongkarkarung"""),

("post", "jastip_senen", 1, 1, 1, 1, """JASTIP SENEN minggu ini 🛒
Aku ke Blok III hari Sabtu, kamu tinggal kirim request: jaket, kemeja, celana, sepatu ex-Jepang/Korea.
Fee 15rb/pcs + harga barang, kirim foto dulu sebelum bayar.
Slot terbatas 20 orang, list via DM.
Yang luar kota bisa, ongkir dari Jakarta."""),

("post", "seller_ig_caption", 1, 1, 1, 1, """New arrival 🍂 Vintage Japanese Cardigan
bahan rajut tebal, dari bal Jepang batch Oktober
kondisi 9/10, size fit to L
price: 95k
cara order: DM "cardigan 12" atau klik link bio ✨
#preloved #thriftindonesia #ootdthrift"""),

("comment", "reply_harga_karung", 1, 1, 1, 1, """@andi.mks iye masih ada karungan kak, cakar campur Malaysia
yg isi celana 1 karung 1,8jt, yg isi jaket 2,5jt
bisa dikirim ke Bone atau Sinjai pake truk langganan
hubungi sy di 0812xxxx nah"""),

("post", "story_sisa_stok", 1, 1, 1, 1, """sisa stok bal Amerika tinggal dikit ges 😭
sweater college & hoodie tebel 40–70rb
abis ini susah dapet lagi karena pengiriman dari pelabuhan lagi ketat
yang mau mampir ke lapak kami di Pasar Baru Bandung lantai dasar, buruan sebelum habis"""),

("post", "regional_code_word", 1, 1, 1, 1, """Baju Batam murah meriah Bandar Lampung 🏷️
baru bongkar koli pagi ini, isinya baju kerja wanita & celana bahan
harga 10rb–35rb, pilih sendiri di lapak kami depan Pasar Tugu
buka sampe magrib, ada tempat parkir motor"""),

("post", "awul_lapak_promo", 1, 1, 1, 1, """Awul-awul Mbak Tini buka lagi 🎉
lokasi sebelah timur alun-alun, tiap sore jam 3 sampai jam 10 malam
barang impor seken pilihan, 5rb, 10rb, 20rb, tumpuk sendiri sak senengmu
wis pokoke mampir, sopo ngerti nemu jaket branded 😁"""),

("post", "lelong_offer", 1, 1, 1, 1, """Baju lelong baru sampai dari Kuching lewat Entikong 🇲🇾
ada jaket, kemeja lengan panjang, kaos olahraga
per karung atau ecer, harga bisa bincang
datang saja ke gudang kami di Pasar Flamboyan belakang, atau telpon 0812xxxx"""),

("listing", "bale_grade_offer", 1, 1, 1, 1, """Stok sortiran grade S & A 🔝
- Kemeja premium ex-Jepang, per kilo 120rb
- Jaket outdoor campur, per kilo 95rb
- Kaos band/vintage, per pcs 35rb
Min order 5 kg, bisa kirim ke luar pulau via kargo
Siap bantu yang mau mulai usaha thrift, tanya-tanya dulu boleh"""),

("post", "monza_fb_post", 1, 1, 1, 1, """Horas kawan! Monza pilihan udah sampai di kios kami Pajak Simalingkar 🙌
karung baru dari Tanjungbalai, isinya jaket jeans & celana cargo
harga kawan, mulai 20rb
datang lah pagi-pagi, kalau siang udah dikerubuti inang-inang pedagang 😆"""),

("comment", "buyer_reco_handle", 1, 1, 1, 1, """Kak beli aja di @rumahbal.sby, aku udah langganan 2 tahun
mereka jual cakaran Korea per karung & ecer, kirim dari Surabaya
kemarin aku order 1 karung kecil buat jualan di kampus, isinya bagus bagus
DM aja mereka, ramah kok"""),

("post", "thrift_shop_promo", 1, 1, 1, 1, """GRAND OPENING thrift shop kami di Malang 🎈
barang impor second dari Korea & Jepang, udah dicuci dan disetrika
diskon 20% buat 50 pembeli pertama
Jl. Soekarno-Hatta (depan kampus), buka 10.00–21.00
follow IG kami buat info bongkar bal tiap Jumat!"""),

("message", "broadcast_wa", 1, 1, 1, 1, """*BROADCAST* 📢
Selamat pagi kakak2 pelanggan setia.
Hari ini kami bongkar 4 koli baru ex-Jepang: outer, kemeja, dress.
Harga khusus member 15% off.
Order balas chat ini dengan kode barang. Pengiriman jam 3 sore.
Terima kasih 🙏 — Thrift Nusa"""),

("post", "karung_kecil_offer", 1, 1, 1, 1, """Buat yang mau coba jualan thrift tapi modal kecil 👇
kami jual karung kecil 25 kg isi campur (ex-Korea), sekitar 60–80 pcs
harga 1,2jt sudah termasuk ongkir Jabodetabek
udah banyak reseller yang balik modal di minggu pertama
chat admin: 0812xxxx"""),

("post", "tiktok_comment_seller", 1, 1, 1, 1, """Yang nanya jaket di video aku dapet di mana: itu dari lapak aku sendiri hehe 😅
aku jual thrift dari bal Jepang, tiap Rabu & Sabtu live
yang mau langsung order bisa klik keranjang kuning, stok jaket kayak gitu masih 5
follow biar gak ketinggalan live ya"""),

("post", "seller_vent_but_sell", 1, 1, 1, 1, """Pedagang kecil curhat dikit: harga bal naik gila2an, sekarang 1 bal Korea udah 7 juta 😮‍💨
tapi kami tetap usahakan harga eceran gak naik.
jaket 50rb, kemeja 25rb, celana 30rb masih sama kayak kemarin
mampir ke kios 47 Blok III Senen ya, bantu kami bertahan 🙏"""),

("post", "obok_obok_promo", 1, 1, 1, 1, """Obok-obok Surabaya buka tiap Minggu pagi di lapangan belakang pasar 🌞
karungan baru dari Jepang, dituang langsung ke terpal, ngubek sepuasnya
semua 10rb! kecuali jaket 25rb
monggo mampir rek, nggawa tas dewe"""),

("listing", "marketplace_listing", 1, 1, 1, 1, """Kemeja flanel vintage import USA — second original
Kondisi 8,5/10, ada sedikit pudar di kerah
Ukuran: LD 116, panjang 76
Barang dari bal Amerika, sudah laundry
Harga 65.000, stok 1, klik beli sekarang sebelum keduluan"""),

("post", "hauling_offer_group", 1, 1, 1, 1, """Admin grup izin promo ya 🙏
Saya ada stok sepatu second ex-Korea (Nike, Adidas, New Balance), dari koli kiriman kemarin
harga 150rb–350rb, kondisi 80–95%
foto lengkap di album, pembayaran bisa COD area Pekanbaru
tanya2 silakan komen atau inbox"""),

("comment", "reply_grosir", 1, 1, 1, 1, """@mila_olshop bisa kak, kami juga layani grosir per bal
bal Jepang campur 6,2jt, bal Korea khusus jaket 7,5jt
kirim dari gudang Batam, estimasi 5–7 hari ke Jawa
untuk order mohon japri aja ya"""),

("post", "rombengan_stall", 1, 1, 1, 1, """Lapak rombengan Pak Samsul pindah tempat! 📍
Sekarang di sebelah SPBU pasar Cileungsi, buka tiap hari
baju impor bekas: jaket, kemeja, celana, tas
harga mulai 5 ribu, yang beli banyak dikasih bonus kantong
mampir ya, stok baru dibongkar tadi subuh"""),

("post", "cakar_makassar_promo", 1, 1, 1, 1, """CAKAR MURAH di Toddopuli 🔥
baru buka 2 karung jaket parasut & hoodie dari Malaysia
harga 20–50 ribu, ambil 3 dapat potongan
lokasinya di lorong sebelah masjid, ada spanduk kuning
datanki' sebelum habis nah!"""),

("post", "preorder_bal", 1, 1, 1, 1, """PO BAL JEPANG batch November 📦
Bal masih di perjalanan dari Port Klang, estimasi sampai gudang tanggal 20
DP 30% untuk amankan slot, sisa dilunasi saat barang ready
isi campur (kemeja, outer, dress), berat ±90 kg
slot tinggal 4, hubungi admin di bio"""),

("post", "hidden_gem_thread", 1, 1, 1, 1, """Rekomendasi tempat ngawul Jogja versi aku, ada yang jual online juga:
🟢 Awul-awul Gejayan (lapak Mas Budi) — barang impor second, kemeja 15rb
🟢 @thrift.mbakwati — tiap Kamis upload katalog bal baru dari Korea, bisa kirim luar kota
🟢 lapak kaki lima depan Sekaten kalau lagi musim
kalau ke Mas Budi, bilang aja dari twitter, dikasih bonus kaos 😁"""),

("comment", "reply_restock_dm", 1, 1, 1, 1, """halo kak, untuk hoodie champion yg kakak tanya udah sold ya 🙏
tapi besok kita restock dari karung Amerika yg baru dateng, biasanya banyak hoodie
nanti aku kabarin lewat DM, atau pantengin story kita jam 7 malam"""),

("post", "seller_thread_ig", 1, 1, 1, 1, """Kenapa harus belanja thrift di tempat kami? 🤔
1. Semua barang dari bal impor pilihan Jepang & Korea, gak asal ambil
2. Dicuci ulang pakai air panas + disinfektan sebelum dikirim
3. Foto asli, minus ditulis jujur
4. Pengiriman tiap hari dari Bekasi
Cek highlight "katalog" dan order via WA 0812xxxx"""),

("message", "reseller_offer_dm", 1, 1, 1, 1, """Halo kak, lihat kakak jualan baju di Shopee ya 😊
Kami supplier bal second import (Jepang, Korea, Thailand) langsung dari gudang Tanjungpinang.
Kalau minat jadi reseller, harga bal mulai 4,9jt, bisa pecah karung juga.
Boleh aku kirim katalog lengkapnya kak?"""),

("post", "regional_banjar_offer", 1, 1, 1, 1, """Baju bekas luar datang pulang lah di lapak ulun, pasar Antasari lantai bawah 🙌
karungan hanyar dari Tawau, ada jaket, kemeja, baju kaos
rega murah ai, mulai 10 ribu haja
kada usah takutan, sudah dipilihi nang bagus-bagus. singgah lah bubuhan!"""),
]
