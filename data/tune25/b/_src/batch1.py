# Illegal spoken records, part 1. Tuple: (kind, category, offer, used, clothing, abroad, text)
RECORDS = [
("live", "live_bale_opening",1,1,1,1,
"""oke kakak-kakak yang baru gabung selamat malam ya ini kita baru buka bal korea nih masih anget
isinya jaket semua gais ada hoodie ada parka yang mau langsung ketik mau aja ya
[chat] dinda_22: mauu kak yg ijo
nah yang ijo buat kak dinda ya seratus dua puluh rebu aja kak langsung checkout keranjang nomor empat
[chat] rkyaa: bal nya dari mana kak
dari korea kak bal korea asli bukan campuran"""),
("live", "live_bale_opening",1,1,1,1,
"""halo halo gais kita live lagi malam ini pecah bale jepang eh bal maksudnya hehe
ini karungnya masih disegel liat ya saya gunting sekarang
wah isinya kemeja flanel semua guys ada uniqlo ada gu
harga rata goceng eh bukan goceng ya tiga puluh lima ribu satu kemeja
[chat] mamah_fira: spill yg kotak2 merah kak
yang kotak merah ukuran L ya kak, ketik mau nanti admin kunci"""),
("live", "live_spoken_pricelist",1,1,1,1,
"""nah buat yang nanya harga aku sebutin ulang ya
kaos ceban, kemeja dua puluh lima, jaket mulai gocap sampe seratus
semuanya barang second impor dari jepang ya kak bukan barang baru
kondisi aku sebutin satu satu kalau ada noda aku bilang jujur
[chat] ayu.prtw: kak celana ada?
celana besok ya kak baru dateng karung celananya"""),
("live", "live_admin_chat",1,1,1,1,
"""[chat] admin_gudangthrift: ready kak langsung co keranjang kuning ya
[chat] putri_lnd: kak ini bekas korea?
[chat] admin_gudangthrift: iya kak semua dari bal korea grade A, aman no bolong
[chat] putri_lnd: ukuran M ada?
[chat] admin_gudangthrift: M tinggal dua kak yg cream sama yg navy, buruan ya"""),
("message", "voice_note_supplier",1,1,1,1,
"""bang ini aku rekamin aja ya biar cepet
stok yang kemarin bang tanya udah masuk, bal jaket korea grade A dua ratus potong per bal
harganya bang enam juta dua, kalo ambil dua bal aku kasih enam juta rata
barangnya dari batam masuk lewat kapal minggu lalu, udah di gudang cibaduyut
kabarin aja bang mau ambil kapan, aku tahan sampe jumat"""),
("message", "voice_note_supplier",1,1,1,1,
"""kak halo ini mbak Rina yang kemarin ya
jadi gini kak kalau mau jadi reseller ambilnya per karung aja, satu karung isi sekitar seratus lima puluh potong campur
ada kaos ada kemeja ada celana pendek, bekas jepang semua
modal satu setengah juta kak, dijual lagi ceban sampe dua puluh ribu udah untung
nomor admin aku 0812xxxx ya kak chat aja kalau jadi"""),
("post", "reel_stall_promo",1,1,1,1,
"""[subtitle] guys kalian harus ke sini sih
[subtitle] ini lapaknya bang Ucok di Pajak Melati lantai bawah
[subtitle] semua baju monza dari karungan langsung dibongkar di depan kita
[subtitle] aku dapet jaket levis tiga puluh ribu doang gila
[subtitle] kiosnya yang ada tulisan Melati Jaya ya, bilang aja dari konten aku"""),
("post", "creator_recommends_seller",1,1,1,1,
"""[subtitle] oke jadi kemarin banyak yang nanya aku beli jaket ini di mana
[subtitle] ini dari akun @lapakbekas.sby ya gais
[subtitle] mereka tiap kamis live buka bal dari korea
[subtitle] harganya masuk akal banget, jaket north face bekas dua ratus rebuan
[subtitle] cek aja ya link di bio aku"""),
("live", "live_bale_opening",1,1,1,1,
"""ayo ayo merapat kakak-kakak malam jumat kita buka balik, eh bal, bal thailand isinya tas
tas wanita semua ini guys ada coach ada kate spade
kita mulai dari lima puluh ribu ya lelang ya siapa cepat dia dapat
[chat] nurul_a: 50
[chat] bunda.ken: 60 kak
enam puluh dari bunda ken, ada lagi? tujuh puluh? oke terjual ke bunda ken ya"""),
("live", "live_regional_code_word",1,1,1,1,
"""assalamualaikum saudara saudari live cakar malam ini dari Makassar
cakar baru naik dari karung tadi sore, kemeja, blus, rok
harganya murah mi, sepuluh ribu dua puluh ribu
[chat] ani_mks: kak yg batik coklat berapa
yang batik coklat lima belas ribu ji kak, ketik ambil nah"""),
("live", "live_spoken_pricelist",1,1,1,1,
"""oke ini celana jeans ya semua levis ex jepang
harga aku sebut ya jangan tanya lagi
yang biru tua delapan puluh
yang belel enam puluh lima
yang cutbray seratus sepuluh
semua second kondisi sembilan puluh persen
[chat] raka_jkt: kak 501 size 32 ada
ada kak yang kedua dari kiri, mau? ketik ambil ya"""),
("message", "voice_note_supplier",1,1,1,1,
"""halo kak ini dari gudang ya aku cuma mau info
minggu depan masuk kontainer dari Port Klang, isi balpres sepatu
ada nike ada adidas ada converse, bekas semua tapi bagus bagus
per bal isi seratus pasang, harga nanti aku kirim lewat chat
yang mau booking duluan DP dulu setengah ya kak"""),
("live", "live_bale_opening",1,1,1,1,
"""gais gais liat ini ya baru gua potong talinya
bal UK nih bal inggris, grade S katanya, kita buktiin bareng
wah anjir sweater semua gais, ada ralph lauren
oke oke tenang satu satu, sweater seratus dua puluh lima, yang polos delapan puluh
[chat] k3vin: mauuu yg RL
[chat] sintia: kak yg abu
kevin yang RL ya, sintia yang abu, admin catet ya"""),
("post", "reel_stall_promo",1,1,1,1,
"""[subtitle] pagi pagi udah di Gedebage nih
[subtitle] langsung ke kios teh Neneng blok C nomor dua puluh tiga
[subtitle] baru buka karung korea katanya, masih rapet
[subtitle] ini kardigan lima belas rebu, asli aku borong lima
[subtitle] buka dari jam tujuh ya, gaskeun"""),
("live", "live_admin_chat",1,1,1,1,
"""ya yang di chat nanya ukuran itu L ya kak, lebar dada lima puluh lima
ini jaket denim bekas korea, ada sobek dikit di saku aku tunjukin nih
makanya aku kasih murah enam puluh lima ribu
[chat] tiara_zz: mau kak
oke kak tiara aku kunci ya, checkout di keranjang nomor dua belas
[chat] admin_ikafashion: sudah dikunci kak tiara, batas bayar 15 menit ya"""),
("message", "voice_note_reseller_recruit",1,1,1,1,
"""assalamualaikum ibu-ibu grup reseller
saya mau kabari ya bal baru dari malaysia sudah sampai di Entikong kemarin
isinya baju anak anak, bekas tapi bersih-bersih
yang mau jadi reseller ambil minimal setengah bal ya bu, harga sejuta delapan
nanti saya kirim ke Pontianak pakai bus, ongkir ditanggung pembeli"""),
("live", "live_spoken_pricelist",1,1,1,1,
"""selamat sore kakak semua ini live ketiga hari ini ya
hari ini kita jual per kilo ya bukan per potong
sortiran kemeja kantor, sekilo enam puluh ribu, dapet kira-kira empat lima potong
[chat] rosa.ok: minimal brp kilo kak
minimal tiga kilo kak, yang mau ketik KILO terus jumlahnya ya"""),
("post", "creator_recommends_seller",1,1,1,1,
"""[subtitle] thrift haul kali ini aku beli semuanya di satu toko
[subtitle] namanya Toko Abah Seken di Pasar Senen blok tiga lantai dua
[subtitle] baju bekas impor, mostly dari jepang sama korea
[subtitle] sweater ini cuma empat puluh lima ribu
[subtitle] abahnya baik banget, bilang aja kenal aku dapet diskon"""),
("live", "live_bale_opening",1,1,1,1,
"""oke cek cek suara kedengeran ya
nah malam ini spesial kita unboxing karungan dari Tanjungbalai
dalemnya katanya jaket kulit, kita liat ya
buset berat bener karungnya gais
[chat] ardi_mdn: gas bang
[chat] lia.lia: hmm bau apek ga tuh
nanti dilaundry kak aman, harga jaket kulitnya seratus lima puluh aja ya yang mau ketik mau"""),
("live", "live_regional_code_word",1,1,1,1,
"""sugeng ndalu lur live awul-awul bareng cak Dul
iki awul-awul anyar teko karung, kaos karo celana
regane murah lur, limang ewu sampek limolas ewu
[chat] bayu_sby: cak kaos band onok?
onok lur iki metallica, rong puluh ewu ae wis, ketik jupuk"""),
("live", "live_spoken_pricelist",1,1,1,1,
"""yang baru masuk kakak-kakak ini kita lagi jual sepatu second impor ya
semua dari bal vietnam eh bukan bal korea, maaf ya kak
air force satu size empat dua tiga ratus lima puluh
new balance lima tujuh empat dua ratus
vans old skool seratus tujuh puluh lima
[chat] zaki.id: kak sol nya masih tebel?
masih kak, aku zoom nih liat"""),
("message", "voice_note_supplier",1,1,1,1,
"""Ko ini saya Hendra dari Medan ya
barang yang koko pesan itu sudah naik dari Belawan, lima koli
isinya jaket sama sweater bekas Korea, sudah disortir grade A
nanti sampai Jakarta kira-kira seminggu lagi, koko siapkan sisa pembayaran ya
kalau ada yang mau nambah koli bilang cepat, stok tinggal sedikit"""),
("live", "live_admin_chat",1,1,1,1,
"""[chat] admin_balkita: halo kak yg baru join, live hari ini buka bal jepang ya
[chat] admin_balkita: harga mulai 25rb, kemeja & outer
[chat] nanda99: kak ada size XL?
[chat] admin_balkita: ada kak, tunggu host angkat ya, langsung ketik no barang
[chat] host_reza: nah ini XL kak nanda, outer corduroy, empat puluh ribu"""),
("post", "reel_stall_promo",1,1,1,1,
"""[subtitle] halo gaes aku lagi di Pasar Tungging Manado nih
[subtitle] ini lapak om Yopi, pakaian rombengan dari karung semua
[subtitle] om Yopi bilang baru buka dua karung pagi ini
[subtitle] jaket sepuluh ribu, sweater lima belas, cakep kan
[subtitle] om Yopi buka tiap hari kecuali minggu ya"""),
("live", "live_bale_opening",1,1,1,1,
"""kak kak ini liat karungnya masih ada tulisan made in china sama stiker korea
berarti bal korea ya ini, isinya sweater rajut
aku ambil satu satu ya
ini sweater krem tiga puluh ribu
ini yang motif norwegian empat puluh
[chat] gita_kiw: mau yg krem kak
oke gita dapet yang krem"""),
("live", "live_spoken_pricelist",1,1,1,1,
"""eh gais yang nanya lagi ini bekas apa baru ya, ini second ya bekas impor jepang
tapi udah kita cuci semua, wangi
harga paket aja biar cepet ya
paket A tiga kaos seratus rebu
paket B dua kemeja satu celana seratus dua puluh
[chat] fitri_pbr: paket A kak
paket A buat kak fitri ya, co sekarang"""),
("message", "voice_note_supplier",1,1,1,1,
"""oi bro jadi gini bro yang lu tanya soal bal campur
gua ada stok bal campur korea, isi kaos kemeja celana, kira-kira tiga ratus potong
satu bal lima juta, ambil di gudang gua di Bekasi
jangan share nomor gua ke sembarang orang ya bro lagi rawan
kalo jadi transfer dulu DP sejuta"""),
]
