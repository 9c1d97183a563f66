# Illegal records, batch A: live-sale transcripts, voice notes, reel subtitles.
# Each entry: kind, category, elements (offer, used, clothing, abroad), text.
# Written by hand, one by one.

RECORDS = [
dict(kind="live", cat="live_bale_opening", e=(1, 1, 1, 1), t="""
oke kakak-kakak yang baru join selamat malam ya
ini baru kita buka nih bal korea isinya jaket semua jaket semua ya gais
nah ini ada yang puffer warnanya hitam ukuran L mulus banget gak ada minus
yang mau ketik mau aja ya kak ketik mau
[chat] rina_0203: mau kak
[chat] dewi.ss: kak itu tebal gak
tebel kak tebel ini buat ke Lembang aman lah
seratus dua puluh ribu aja ya yang pertama ketik langsung aku kunci
"""),
dict(kind="live", cat="live_bale_opening_stt_error", e=(1, 1, 1, 1), t="""
halo gaes balik lagi sama kita di live malem jumat
jadi ini tadi siang baru dateng balik dari jepang eh bal maksudnya bal jepang ya hahaha
isinya kemeja flanel sama kaos band vintage
ini uniqlo flanel ukuran M gocap aja gocap
yang kaos band ini agak pudar dikit di ketiak ya aku jujur aja dua lima
[chat] bimo_skrt: spill yg no 4 kak
no 4 itu hoodie champion kak warnanya abu ada noda dikit di lengan ceban aja deh ceban tambahin ongkir
"""),
dict(kind="message", cat="voice_note_supplier_reseller", e=(1, 1, 1, 1), t="""
[voice note 0:48]
bang ini saya Rudi yang dari gudang Cikarang ya
minggu ini ada masuk lagi karungan dari korea sama jepang isinya campur
yang grade A saya kasih dua juta tiga ratus per karung, beratnya kurang lebih seratus kilo
kalau abang ambil tiga karung saya kasih potongan lah
barang nya fresh bang belum dibongkar siapa siapa, nanti kirim pake ekspedisi yang biasa aja
kabarin ya bang secepatnya soalnya reseller yang lain udah pada nanya
"""),
dict(kind="post", cat="reel_stall_promo", e=(1, 1, 1, 1), t="""
[subtitle reel 0:00-0:35]
gais kalian harus ke sini sih sumpah
ini lapaknya bang Togar di Pajak Melati lantai dua blok C
dia tiap selasa bongkar goni baru langsung dari Belawan
aku dapet jaket kulit cuma delapan puluh ribu masih bagus banget kan
yang mau titip bisa chat ig nya @monza.togar ya bilang aja dari aku
#monzamedan #pajakmelati #thriftmedan
"""),
dict(kind="live", cat="live_price_list_spoken", e=(1, 1, 1, 1), t="""
oke list harga ya kakak semua dengerin baik baik
kemeja dua puluh lima rebu
celana jeans levis yang asli impor empat puluh lima
jaket parka tujuh puluh lima
sepatu yang di rak belakang itu mulai seratus ya mulai seratus tergantung merk
semua ini barang second dari karung korea ya kak bukan barang baru jadi ada minus dikit wajar
yang udah ketik mau tolong langsung checkout keranjang kuning nomer satu sampe dua puluh
"""),
dict(kind="comment", cat="seller_admin_chat", e=(1, 1, 1, 1), t="""
[chat live @thrift.gudangbatam]
nadya_pw: kak yg kardigan pink ukuran apa
admin_gudangbatam: all size kak ready langsung co keranjang kuning no 12 ya
yusuf88: ini second kak?
admin_gudangbatam: iya kak second import dari bal hongkong, kondisi 90% kak
nadya_pw: ongkir ke makassar brp
admin_gudangbatam: cek di keranjang kak otomatis, buruan kak tinggal 1
"""),
dict(kind="live", cat="live_bale_opening_regional", e=(1, 1, 1, 1), t="""
assalamualaikum ibu ibu bapak bapak yang nonton dari Makassar sampe Pare pare
ini baru ta buka cakar baru masuk dari Parepare tadi pagi
ada gamis ada blus ada celana kulot semua bekas luar
gamis ini bagus sekali bahannya, tiga puluh ribu ji
[chat] indah_mks: kak yg coklat sy mau
iye iye yang coklat punya kak indah ya dicatat mi
yang lain ketik mau nah jangan cuma nonton
"""),
dict(kind="message", cat="voice_note_reseller_recruit", e=(1, 1, 1, 1), t="""
[transkrip VN grup Reseller Thrift Nusantara]
selamat pagi temen temen reseller semuanya
jadi gini, kita buka lagi slot reseller baru ya khusus bulan ini cuma sepuluh orang
modal awal cukup satu bal kecil isi lima puluh potong, itu campur kaos kemeja jaket semua dari jepang
harganya satu koma dua juta udah sama ongkir ke pulau jawa
nanti kalian jual lagi lewat live, aku ajarin cara live nya, cara foto nya
yang minat langsung japri aku aja di 0812xxxx ya jangan di grup
"""),
dict(kind="live", cat="live_shoe_bale", e=(1, 1, 1, 1), t="""
yo yo yo live lagi nih brader
malam ini spesial sepatu ya sepatu semua dari karungan eropa
ini ada nike air force satu ukuran empat dua solnya masih tebel
ini new balance lima tujuh empat ukuran empat puluh agak kuning dikit lemnya
yang nike seratus delapan puluh yang en be seratus lima puluh
[chat] ferdi_sneakers: NB masih ada bang?
masih masih ferdi langsung co aja jangan kelamaan ntar diambil orang
"""),
dict(kind="post", cat="creator_recommend_seller", e=(1, 1, 1, 1), t="""
[subtitle video TikTok]
jadi kemarin aku nemu tempat thrift yang murah banget di deket Gedebage
namanya Kios Neng Ela nomer empat belas, yang ada spanduk kuning
mereka tiap minggu buka bal baru dari korea sama taiwan
aku dapet tiga sweater cuma seratus ribu dong serius
kalau kalian ke sana bilang aja liat dari video aku, nanti dikasih diskon katanya
"""),
dict(kind="live", cat="live_sack_auction", e=(1, 1, 1, 1), t="""
nah sekarang kita masuk ke sesi lelang ya gais sesi lelang
ini jaket north face yang dari goni tadi, warnanya merah
open bid lima puluh ribu lima puluh
[chat] arga.id: 55
[chat] sinta_kw: 60
enam puluh dari sinta, ada yang berani tujuh puluh?
ini barang impor gais bekas tapi masih kinclong, di mall baru nya jutaan
oke tujuh puluh dari arga, satu... dua... sold ke arga ya
"""),
dict(kind="message", cat="voice_note_supplier_port", e=(1, 1, 1, 1), t="""
[voice note, logat Medan]
lae, barang dari Tanjungbalai udah sampe tadi malam
ada lima belas bal, yang korea delapan yang jepang tujuh
kau mau ambil berapa, kemaren kau bilang dua kan
satu bal nya dua juta setengah lah sama kau, jangan bilang-bilang sama yang lain
kalau mau lihat dulu datang aja ke gudang, jangan siang kali, sore aja biar aman
"""),
dict(kind="live", cat="live_kids_clothes_bale", e=(1, 1, 1, 1), t="""
mom mom sekalian selamat sore
hari ini live khusus baju anak ya baju anak bekas impor dari bal jepang
banyak yang masih bagus loh mom ini ada dress gambar bunga buat umur tiga tahun
lima belas ribu aja mom lima belas
terus ini ada jaket anak merk gap masih lengkap resletingnya dua lima
[chat] bunda_kenzo: ada yg buat 6 thn kak
ada mom sebentar ya aku bongkar dulu karung yang satunya
"""),
dict(kind="post", cat="reel_warehouse_tour", e=(1, 1, 1, 1), t="""
[subtitle reel, suara narator]
welcome to gudang kita guys
ini semua bal yang baru turun dari kontainer minggu ini
yang warna biru itu bal korea, yang putih itu dari jepang
kita jual per bal buat yang mau usaha, bisa juga ecer per kilo
per kilo mulai delapan puluh ribu tergantung grade
lokasi di Bekasi, info lengkap cek link di bio ya
"""),
dict(kind="live", cat="live_bale_opening_code_word", e=(1, 1, 1, 1), t="""
mari mari yang baru masuk mari
ini awul awul baru turun tadi subuh ya mbak mas
jaket jeans lee ini dua puluh lima ribu wae wis
kaos kaos sepuluh ewu dapat tiga tak kasih
[chat] tika_sby: mas kirim ke gresik bisa
bisa mbak bisa, lewat J&T ya, transfer dulu nanti tak kirim resi
barangnya seken semua ya mbak dari karung, jadi ojo protes nek ada bolong sitik
"""),
dict(kind="message", cat="voice_note_price_list", e=(1, 1, 1, 1), t="""
[VN dari Kak Mira, 1:12]
halo kak Sari, ini update harga minggu ini ya
bal kaos korea satu koma delapan
bal jaket campur dua koma empat, isinya sekitar empat puluh sampai lima puluh pcs
bal celana jeans dua koma satu
semua barang second ya kak seperti biasa, untuk retur gak bisa kalo sudah dibuka
kalau mau langsung transfer ke rekening yang kemarin, nanti kirim lewat kargo dari Batam
"""),
dict(kind="live", cat="live_bale_opening_english_mix", e=(1, 1, 1, 1), t="""
okay guys welcome back to the live, kita unboxing bal baru dari Jepang ya
literally ini isinya cardigan semua, vibes nya cute banget
this one warna cream, bahan knit, no defect sama sekali, harganya forty five k
empat lima ribu ya buat yang nanya
[chat] kayla.thrift: mauuu
[chat] jessicaa_: size?
size M ya jess fit to L, okay kayla dapet yang cream, yang lain next ya
"""),
dict(kind="post", cat="reel_stall_promo", e=(1, 1, 1, 1), t="""
[subtitle vlog jalan-jalan]
nah ini dia guys Pasar Senen blok tiga yang terkenal itu
aku langganan sama kios Bang Ucok, dia selalu buka karung baru tiap rabu
kemeja kemeja branded dari amerika cuma tiga puluh lima ribuan
kalian bisa juga order online, dia bisa video call milihin
nomernya aku taro di kolom komentar ya 0813xxxx
"""),
dict(kind="live", cat="live_bag_bale", e=(1, 1, 1, 1), t="""
kakak kakak ini malem ini tas semua ya tas second import
baru kita buka bal tas dari hongkong, ada coach ada kate spade ada yang no brand juga
ini yang coach warna coklat, kulitnya masih lemes, ada goresan dikit di pojok
dua ratus rebu dua ratus
[chat] lia_lia: ori kak?
ori kak ori, kita gak jual kw, ini bekas luar ya makanya murah
yang mau ketik tas satu
"""),
dict(kind="live", cat="live_per_kilo_bale", e=(1, 1, 1, 1), t="""
jadi sistemnya gini ya gais buat yang baru
kita jual per kilo, sekilo tujuh puluh lima ribu
kalian pilih sendiri dari tumpukan ini, ini semua sortiran grade A
nanti kita timbang depan kamera biar fair
[chat] putri_ndut: min bisa campur celana sama kaos?
bisa kak bisa campur, yang penting sekilo ya minimal
ini barang dari bal korea semua, bekas tapi bersih kok udah kita sortir
"""),
dict(kind="message", cat="voice_note_reseller_order", e=(1, 1, 1, 1), t="""
[VN ke grup reseller, 0:37]
temen-temen yang kemarin ikut PO bal Jepang ya
barang udah nyampe gudang, besok mulai aku kirim
yang belum pelunasan tolong dilunasin hari ini maksimal jam sembilan malam
isinya nanti sekitar enam puluh potong baju bekas campur, jangan kaget ada yang kurang bagus ya, namanya juga bal
ongkir dihitung terpisah
"""),
dict(kind="live", cat="live_bale_opening_regional", e=(1, 1, 1, 1), t="""
horas kawan kawan sekalian
monja baru dibongkar, masih bau kapal ini hahaha
lihat ini jaket denim bagus kali, cuma empat puluh ribu
ini kemeja kotak kotak dua puluh, ambil tiga lima puluh
[chat] rosi.sinaga: bang kirim ke siantar bisa?
bisa kak, kirim lewat travel aja besok pagi sampe
monja ini barang luar semua ya, dari korea, gak ada yang lokal
"""),
dict(kind="post", cat="creator_haul_with_shop", e=(1, 1, 1, 1), t="""
[subtitle YouTube, menit 3:10]
oke jadi total haul aku hari ini ada tujuh item
semua aku beli di satu tempat yaitu di Cimol Gedebage, kiosnya Teh Imas yang paling pojok
dia ambil dari bal korea dan jepang, jadi barangnya unik unik
paling mahal jaket ini seratus dua puluh, paling murah kaos sepuluh ribu
buat yang mau, teh imas juga bisa kirim ke luar kota, ig nya @imas.thriftgdbg
"""),
dict(kind="live", cat="live_bale_opening_stt_error", e=(1, 1, 1, 1), t="""
oke teman teman three fting malam ini kita ada stok baru
baru buka bale dari thailand nih, bale ya bale bukan bali hehe
isinya kaos bola jersey bekas, ada yang liga inggris ada liga jepang
jersey ini tiga puluh lima ribu, yang ada nama pemainnya empat puluh
[chat] dimas_mu: ada mu kak
ada dimas, mu yang musim lama ya, no 7, co aja
"""),
dict(kind="comment", cat="seller_admin_chat", e=(1, 1, 1, 1), t="""
[kolom chat live Shopee]
hanum.rr: kak ini bekas ya
admin_lapakroma: iya kak preloved import dari bal jepang
hanum.rr: ada noda gak
admin_lapakroma: no 5 ada noda kecil di kerah kak sudah disebut host tadi, yg lain aman
ikbal_: kak lapaknya dmn
admin_lapakroma: offline di Pasar Tungging Bandar Lampung kak, online cukup co di sini
"""),
dict(kind="message", cat="voice_note_supplier_border", e=(1, 1, 1, 1), t="""
[voice note, dari Pontianak]
bang, barang dari Entikong masuk lusa
ada dua puluh karung campur, baju anak, baju perempuan, sepatu juga ada sikit
karung sepatu mahal dikit bang, tiga juta
kalau abang mau ambil kasih tahu dari sekarang biar aku sisihkan
uangnya transfer separuh dulu, sisanya pas barang sampai
"""),
]
