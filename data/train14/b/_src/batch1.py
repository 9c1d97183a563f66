# Batch 1: families F01-F15 (3 members each: 1 offer + 2 no-offer). Hand-written.
# tuple: (family, kind, category, (offer, used, clothing, abroad), text)
R = [
("F01", "comment", "offer_reply_quiet", (1,1,1,1), """@nadiaa.rr: kak jaket denim levis yg di foto ke-3 masih ada gak? lingkar dada brp?
@senen.denimcorner: masih ada kak 🙏 LD 56, panjang 68, kondisi 9/10 ex Jepang. 75rb aja, mau dikirim ato ambil di Blok III lt 2?
@nadiaa.rr: kirim ke Depok bisa?
@senen.denimcorner: bisa kak, ongkir 12rb, total 87rb ya"""),
("F01", "comment", "hn_buyer_question_price", (0,1,1,1), """kak yg jaket denim levis bekas jepang 75rb di postingan kemarin masih ada?? 😭 aku udh DM tp blm dibales
ukuranku L, LD sekitar 54
kalo masih ada tolong kabarin ya, aku bisa ke Senen Blok III sabtu
@rizkaa_ kamu dapet info gak dia buka jam brp"""),
("F01", "post", "hn_buyer_haul_price", (0,1,1,1), """haul kecil2an dari Senen kemarin 🧥
naik KRL turun Kramat, langsung naik ke lantai 2 Blok III, muter2 hampir 3 jam
dapet jaket denim levis ex jepang 75rb (nawar dari 110), kemeja oxford 35rb, sama topi 20rb
bau karungnya masih nempel wkwk jd langsung kurendem pake pewangi semalem
#haulsenen #thriftingjakarta #denimbekas"""),

("F02", "message", "offer_wa_broadcast", (1,1,1,1), """*INFO STOK MINGGU INI* 📦
Bal kaos campur Korea grade A, isi ±450 pcs — 4,5jt
Bal jaket musim dingin Jepang (balan pendek ±200 pcs) — 6,2jt
Bal celana jeans campur — 3,8jt
Barang baru turun dari kontainer, gudang Bekasi Timur.
Bisa kirim via ekspedisi ke luar kota, DP 50% dulu.
Order & tanya stok WA Bang Tigor 0812xxxx"""),
("F02", "message", "hn_trader_stopped", (0,1,1,1), """buat yg masih nanya2 di grup ini ya: saya udah GAK jualan bal lagi sejak gudang di Bekasi kena sita bulan lalu
dulu emang bal kaos Korea grade A saya yg paling laku, tapi skrg stoknya nol, gudangnya kosong
jangan chat saya lagi minta list harga, saya sekarang bantu istri jualan nasi uduk aja 🙏
semoga yang lain juga sehat2"""),
("F02", "post", "hn_report_quotes_ad", (0,1,1,1), """Lapor ke admin marketplace 🚩
Akun "Gudang Bal Bekasi Jaya" masih pasang iklan begini: "Bal kaos campur Korea grade A isi 450 pcs 4,5jt, barang baru turun kontainer".
Itu pakaian bekas impor, jelas dilarang Permendag 40/2022. Sudah saya report lewat fitur laporkan produk tapi iklannya masih tayang 3 hari.
Mohon ditindak ya min, screenshot terlampir."""),

("F03", "post", "offer_creator_points_stall", (1,1,1,1), """monza hunting part 7 🔥 Pajak Melati emang gak ada lawan
flanel uniqlo ex Jepang 35rb, kemeja hawaii 40rb, jaket corduroy 65rb
semua dr lapak Bang Ucok no. 117 lorong belakang, bilang aja dari konten aku biar dikasih harga temen 😆
buka jam 8 pagi, selasa & jumat barang baru bongkar
#monzamedan #pajakmelati #thriftmedan"""),
("F03", "post", "hn_nostalgia_price", (0,1,1,1), """jaman kuliah di USU tahun 2009, tiap gajian kiriman ortu langsung ke Pajak Melati 🥲
flanel monza 10rb, kalo pinter nawar 3 potong 25rb. sekarang katanya udh 35rb satu
bau karung khas monza itu masih kuingat sampe skrg, dicuci 3x baru ilang
kalian angkatan berapa yg masih sempet ngerasain harga segitu?"""),
("F03", "post", "hn_buyer_haul_price", (0,1,1,1), """hasil monza hari minggu 🧺
3 flanel (35rb, 35rb, 28rb), 1 jaket corduroy coklat 65rb, total 163rb
Pajak Melati rame bgt, harus sikut2an sama abang2 yg ngorek tumpukan
flanel merah kotak2 ternyata Uniqlo Jepang, bonus kancing copot satu, nanti jahit sendiri lah
#monza #ootdmedan"""),

("F04", "live", "offer_live_host", (1,1,1,1), """[LIVE] bongkar bal hoodie Jepang malam ini guyss 📦🔪
host: ini hoodie champion abu, LD 58, mulus, 50rb aja, yg mau ketik KEEP 1
host: oke kak @dinda_ss dapet ya, keep 1 buat kakak, checkout di keranjang kuning no 4
host: lanjut ini hoodie navy GAP, 50rb juga, ketik KEEP 2
host: stok bal ini tinggal 30an pcs, yang belum follow follow dulu biar tau jadwal bongkar berikutnya"""),
("F04", "post", "hn_viewer_live", (0,1,1,1), """td abis nonton live bongkar bal hoodie jepang sampe jam 1 pagi 😭
orang2 rebutan ketik keep, begitu host sebut harga langsung kolom komennya banjir KEEP KEEP KEEP
aku cuma nonton doang sih, ga checkout, seru aja liat karungnya dibelah pake cutter
ada yg sering nonton live2 bongkar begini juga ga? adiktif bgt"""),
("F04", "post", "hn_joke_meme", (0,1,1,1), """tanda2 kebanyakan nonton live bongkar bal:
1. mama nanya "mau makan apa?" kamu jawab "KEEP 1"
2. liat karung beras di dapur langsung pengen belah pake cutter
3. hafal LD semua hoodie jepang tp gak hafal NIM sendiri
4. liat saldo langsung ngitung bisa dapet berapa hoodie champion
😭😭 #relate #bongkarbal"""),

("F05", "listing", "offer_listing_plain", (1,1,1,1), """Nike Air Max 90 cakar ex Korea size 42
Kondisi 85%, sol masih tebal, insole original, ada noda tipis di mesh kiri (lihat foto 5)
Harga 120.000 nego tipis
Ambil di lapak kami dekat Pasar Sentral Makassar atau kirim JNE
Barang cakaran ya kak, bukan baru, mohon maklum kalau ada minus kecil"""),
("F05", "review", "hn_complaint_handle", (0,1,1,1), """⭐ 1/5
jangan order di @cakarsepatu.mks guys. beli Nike cakar 120rb katanya kondisi 85%, sampe rumah sol kiri nganga, lemnya udah kering
di foto rapi bgt, ternyata sudah diedit. chat komplain cuma di-read
cakar emang untung2an, tapi ya jujur dong kondisinya"""),
("F05", "post", "hn_buyer_question", (0,1,1,1), """nanya dong warga Makassar 🙏
ada rekomendasi tempat cakar sepatu yg bagus selain sekitar Pasar Sentral? cari running shoes bekas korea size 42
soalnya yg kemarin kubeli solnya ambrol seminggu 🥲
boleh juga kalo ada yg tau hari apa biasanya karung baru dibuka"""),

("F06", "post", "offer_jastip_open", (1,1,1,1), """OPEN JASTIP GEDEBAGE 🛍️ sabtu 14 ini
aku berangkat pagi, kalian tinggal request: kemeja, jaket, celana, tas, sepatu seken impor
fee 10rb/pcs, harga barang sesuai harga lapak (kemeja biasanya 25rb-an)
video call pas milih bisa banget
slot 15 orang aja ya, order lewat form di bio 💌"""),
("F06", "post", "hn_buyer_diary", (0,1,1,1), """diary sabtu: akhirnya ke Gedebage sendiri tanpa titip siapa2 🥹
berangkat jam 7 dari Antapani, jam 9 udah keringetan di lorong kemeja
dapet 5 kemeja sama 1 jaket parka, dompet aman
pulang2 kaki pegel tp puas. next time bawa masker, debu karungnya parah"""),
("F06", "post", "hn_mod_rule", (0,1,1,1), """📌 PENGUMUMAN ADMIN GRUP
Mulai hari ini postingan jastip barang bekas impor DIHAPUS tanpa peringatan.
Contoh yg tidak boleh: "open jastip Gedebage fee 10rb/pcs, kemeja seken 25rb".
Grup ini khusus diskusi fashion & jual beli barang lokal. Pelanggar 2x di-kick.
Terima kasih atas pengertiannya 🙏"""),

("F07", "post", "offer_reseller_recruit", (1,1,1,1), """DICARI RESELLER & DROPSHIPPER 🙌
Baju seken import Korea-Jepang, stok langsung dari bal, kami yang sortir grade A
Reseller ambil min 20 pcs, harga modal 18rb/pcs, jual lagi 40-60rb terserah kamu
Dropship tanpa modal, foto katalog kami kasih
Cocok buat mahasiswa & ibu rumah tangga 😊 DM aku buat link grup WA nya"""),
("F07", "article", "hn_researcher_quote", (0,1,1,1), """Dalam wawancara kami, seorang pemasok di Bekasi menjelaskan skema resellernya: pakaian bekas dari bal Korea dan Jepang disortir, lalu dilepas ke reseller minimal 20 potong dengan harga modal sekitar Rp18 ribu.
Reseller, kebanyakan mahasiswa, menjual kembali di media sosial seharga Rp40–60 ribu.
Temuan ini menunjukkan rantai distribusi pakaian bekas impor yang makin terfragmentasi sehingga sulit diawasi."""),
("F07", "post", "hn_opinion", (0,1,1,1), """hati2 sama postingan "dicari reseller baju seken import" yg lagi rame di FB
temenku ikut, ambil sekodi dari stok bal, yg layak jual cuma 8, sisanya bolong & noda
belum lagi itu barang impor bekas yg dilarang, kalau kena razia ya rugi sendiri
mending jualan produk lokal deh menurutku"""),

("F08", "post", "offer_stall_promo_quiet", (1,1,1,1), """Minggu pagi kita gelar lagi 🌤️
awul-awul sweater & cardigan, baru buka 2 karung kiriman kemarin
sweater 20rb, cardigan rajut 25rb, ambil 3 bonus tote bag
lokasi biasa: trotoar samping Alun-alun Kidul, tenda biru, jam 6 sampai habis
yang kemarin titip ukuran XL sudah kami sisihkan ya"""),
("F08", "post", "hn_nostalgia", (0,1,1,1), """jaman maba di Jogja, tiap minggu pagi sarapan gudeg terus nyari awul-awul
modal duit jajan sehari udh dapet sweater tebel, katanya barang Korea
kosanku dingin tiap musim hujan dan sweater awul2 itu yg nyelametin aku 3 tahun 🥲
sekarang udah kerja di Jakarta, kangen ngorek tumpukan sambil nawar"""),
("F08", "post", "hn_buyer_haul_price", (0,1,1,1), """awul2 haul 🧶 minggu ini
cardigan rajut krem 25rb, sweater hijau botol 20rb, rok plisket 15rb
habis 60rb doang, langsung laundry kiloan karena bau gudang
yg krem ada tag Jepang nya, kondisi masih bagus bgt
#awulawul #jogjathrift"""),

("F09", "profile", "offer_seller_bio", (1,1,1,1), """Lelong Kapuas 88 🧥👟
Jual barang lelong pilihan langsung dari Entikong, jaket kulit, boots, tas
Lapak: Jl. Tanjungpura gang sebelah toko emas, buka 09-17
COD Pontianak kota, luar kota kirim ekspedisi
Admin: 0813xxxx (WA only)"""),
("F09", "article", "hn_news_report", (0,1,1,1), """PONTIANAK — Perdagangan pakaian lelong masih terlihat di sejumlah lapak di pusat kota meski impor pakaian bekas telah dilarang.
Seorang pedagang yang enggan disebut namanya mengaku mendapat barang dari jalur Entikong dan menjual jaket kulit seharga Rp150 ribu per potong.
"Pembeli paling banyak cari jaket sama boots," katanya. Dinas terkait menyebut akan melakukan pendataan."""),
("F09", "comment", "hn_buyer_question", (0,1,1,1), """min ada jaket kulit lelong ukuran XL gak?
kemarin liat di lapak Jl Tanjungpura tp yg XL udah diambil orang
aku di Siantan, kalo ada kabarin ya, bisa ketemuan
btw ini masih barang Entikong kan? 🙏"""),

("F10", "message", "offer_reply_quiet", (1,1,1,1), """Kak Sinta 🙏 tas Coach yang kakak tanya kemarin masih ready
preloved ex Singapore, kulit masih lentur, ada lecet kecil di pojok bawah (sudah saya foto)
350 sudah termasuk ongkir dari Batam ke Surabaya
kalau oke transfer aja, resi saya kirim sore ini"""),
("F10", "review", "hn_complaint_handle", (0,1,1,1), """Pengalaman buruk beli tas Coach seken dari Batam di akun @batamluxe.preloved
bayar 350rb, katanya ex Singapore, sampai rumah jahitan miring & logo C-nya beda
chat komplain malah diblok 😤
tolong yg mau beli tas "baju batam" hati2 ya, minta video detail dulu"""),
("F10", "message", "hn_buyer_tells_friend", (0,1,1,1), """beb liat deh aku dapet tas Coach seken dari Batam 😍
katanya ex Singapore gitu, lecet dikit di pojok doang
padahal kalo baru di mall harganya bikin pingsan
nanti kalo ketemu aku bawa ya, kamu pasti pengen juga wkwk"""),

("F11", "listing", "offer_listing_quiet", (1,1,1,1), """Cargo Dickies rombengan
waist 32, panjang 100, warna khaki, kondisi 8/10
40k
lapak Gembong blok C no 21, sebelah penjual sabuk
ada 6 cargo lain size 30-36, tinggal tanya"""),
("F11", "post", "hn_trader_story", (0,1,1,1), """cerita dikit dari lapak.. udah 12 tahun saya dagang rombengan di Gembong
sewa lapak naik terus tiap tahun, barang dari karung makin jelek, satu karung paling yg layak separuh
cargo dulu sehari bisa laku 20 potong, sekarang 5 aja syukur
bukan ngeluh, cuma pengen cerita aja sama kalian yg sering lewat Gembong"""),
("F11", "post", "hn_joke_meme", (0,1,1,1), """pacarku: "celana cargo kamu bagus, beli dmn?"
aku: "butik"
butik yg aku maksud: tumpukan rombengan di Gembong, bonus bau karung 3 hari 🤣
tolong jgn kasih tau dia
#surabaya #rombengan"""),

("F12", "message", "offer_wa_broadcast", (1,1,1,1), """📢 karungan ready guys
kaos campur grade B, 45rb/kg, minimal ambil 10kg
jaket campur 65rb/kg
barang masuk dr Tanjungbalai kemarin malam, masih segel karung
order japri, pick up gudang Medan Marelan atau kirim, ongkir tanggung pembeli"""),
("F12", "post", "hn_buyer_question", (0,1,1,1), """ada yg pernah beli karungan kaos per kilo? katanya grade B
worth it gak buat dipake sendiri + bagi2 ke sodara?
takut isinya kaos bolong semua 😅
share pengalaman dong, terutama yg barangnya lewat Tanjungbalai"""),
("F12", "article", "hn_customs_news", (0,1,1,1), """Petugas Bea Cukai menggagalkan penyelundupan ratusan koli pakaian bekas asal Malaysia di perairan Tanjungbalai.
Dalam muatan kapal kayu itu ditemukan karung berisi kaos dan jaket yang, menurut keterangan awak kapal, akan dijual per kilogram kepada pedagang di Medan.
Barang bukti kini diamankan untuk proses lebih lanjut."""),

("F13", "post", "offer_creator_haul_handle", (1,1,1,1), """haul vintage tee bulan ini 🤘
harley davidson 90s, band tee metallica, sama single stitch USA
semuanya dari @kolong.vintagetee, mereka baru bongkar bal USA minggu lalu
range harga 150-180rb, cek sendiri aja, link di bio 🔗
#vintagetee #thriftshopindo"""),
("F13", "post", "hn_buyer_haul_price", (0,1,1,1), """finally kebeli juga band tee single stitch ex USA 🥹
180rb, kondisi ada pudar dikit di kerah tp malah makin vibes
nyari dari lama di thrift shop online, sering keduluan orang
dipake buat nonton konser bulan depan"""),
("F13", "post", "hn_opinion", (0,1,1,1), """unpopular opinion: harga vintage tee thrift skrg udah ga masuk akal
itu barang dari bal impor yg modalnya cuma belasan ribu per potong
tiap ada label "USA single stitch" harga langsung dikali 10
dulu thrift itu buat hemat, sekarang jadi ajang flexing 🙃"""),

("F14", "profile", "offer_seller_bio", (1,1,1,1), """👟 SENEN KICKS 2ND
Jual sepatu bekas original ex Thailand & Korea
Kios lt. 2 Blok III Pasar Senen no. 58
Range 150rb - 600rb, ready size 38-45
Buka tiap hari kecuali Jumat siang
Nitip cari model tertentu? tinggal chat"""),
("F14", "article", "hn_reporter_line", (0,1,1,1), """Di lantai dua Blok III Pasar Senen, deretan kios sepatu bekas impor masih ramai pengunjung.
Seorang pedagang menyebut sepatunya datang dalam bal dari Thailand, lalu dibersihkan dan dijual mulai Rp200 ribu.
"Yang dicari anak muda itu running sama sepatu basket," ujarnya sambil menyikat sol sepatu.
Kemendag menyatakan larangan impor pakaian dan alas kaki bekas tetap berlaku."""),
("F14", "review", "hn_review_no_seller", (0,1,1,1), """review jujur sepatu bekas impor Thailand yg kubeli bulan lalu:
+ upper masih tebel, solnya awet dipake jalan 2 bulan
+ bau udah ilang setelah dicuci 2x
- insole tipis, harus ganti sendiri
- size ternyata setengah nomor lebih kecil
overall 7/10, lumayan buat harga segitu"""),

("F15", "post", "offer_post_price_place", (1,1,1,1), """Baju roma anak2 baru buka karung 🧒👧
kaos & celana pendek 10rb dapat 3, jaket anak 15rb
masih wangi kapur barus dari Tawau hehe
rumah cat hijau samping masjid Al-Ikhlas Nunukan, sore jam 4 sampai magrib"""),
("F15", "post", "hn_nostalgia", (0,1,1,1), """dulu waktu anak2 masih kecil, tiap bulan saya ke pasar beli baju roma
sekantong kaos murah meriah, barangnya dari Malaysia lewat Tawau
anak sulung saya sampai SD pakai baju roma semua, awet2 kok
sekarang mereka sudah SMA, ketawa kalau lihat foto lama itu 😄"""),
("F15", "comment", "hn_buyer_question", (0,1,1,1), """bu yang baju roma anak kemarin masih ada ukuran 4-5 tahun?
kalau masih ada jaket anak juga sy mau
sy di Nunukan Selatan, bisa ambil sore
mohon infonya bu, terima kasih 🙏"""),
]
