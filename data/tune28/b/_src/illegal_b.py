# Illegal records, batch B.

RECORDS = [
dict(kind="live", cat="live_lelong_border", e=(1, 1, 1, 1), t="""
selamat malam semua dari Nunukan
ini lelong baru sampai dari Tawau kemarin ya, masih dalam karung ni
saya buka sekarang depan kamera biar kalian nampak
baju kurung ada, blouse ada, seluar jeans pun ada
sehelai dua puluh ribu je, ambil lima saya kasih sembilan puluh
[chat] hajah_nur: sy mau blouse ungu
okey hajah blouse ungu, nanti admin dm ya
"""),
dict(kind="post", cat="street_vendor_filmed", e=(1, 1, 1, 1), t="""
[subtitle video kreator, lokasi Pasar Gembong Surabaya]
kreator: cak ini barang dari mana cak
pedagang: iki teko karung, impor mas, korea karo jepang
kreator: berapa ini jaketnya
pedagang: sewidak ewu, enam puluh, tapi sampeyan tak kasih seket
pedagang: monggo mampir kabeh, buka tiap dino jam wolu
kreator: oke guys jadi kalau mau ke sini langsung aja ya ke lapaknya cak Mad
"""),
dict(kind="message", cat="voice_note_dropship_recruit", e=(1, 1, 1, 1), t="""
[voice note broadcast]
halo kak, kamu yang kemarin nanya soal dropship ya
jadi sistemnya kamu gak perlu stok, cukup share foto barang thrift dari katalog aku
semua barang bekas impor ya, dari bal korea yang udah aku sortir, kualitas grade A
kamu markup sendiri, aku yang packing dan kirim atas nama toko kamu
gabung grup dropshipper gratis, tinggal isi form yang aku kirim abis ini
"""),
dict(kind="live", cat="live_bale_opening", e=(1, 1, 1, 1), t="""
gaes gaes tunggu tunggu jangan scroll dulu
ini kita mau pecah bal sekarang, bal amerika isinya hoodie doang
satu dua tiga... nah keliatan kan, ini carhartt ini, ini nike, ini ada yang polos juga
semua hoodie di sini lima puluh ribu flat gaes flat
ada yang bolong dikit aku kasih tau, gak aku umpetin
[chat] raffi.jkt: bang carhartt size berapa
XL raff, kalo mau langsung ketik carhartt
"""),
dict(kind="live", cat="live_rombengan", e=(1, 1, 1, 1), t="""
rek ayo rek, rombengan anyar teko Tanjung Perak iki
sing biasane nunggu, saiki wis teko
kaos sepuluh ewu, kemeja limolas, jaket selawe
onok sing kepengen ta, ketik nang kolom komen
[chat] andik_wr: cak ongkos kirim nang sidoarjo piro
sidoarjo ceban ae ndik, sekalian tak bungkus sing rapi
kabeh barang bekas luar negeri yo rek, dudu barang anyar
"""),
dict(kind="post", cat="reel_shop_promo", e=(1, 1, 1, 1), t="""
[teks dan suara reel Instagram @baju.batam.murah]
baju Batam baju Batam, siapa yang nyari baju Batam
kita ready stok tiap hari, barang langsung dari Batam dikirim ke Pekanbaru
dress mulai tiga puluh ribu, kemeja cowok dua puluh lima ribu
gak ada yang baru ya, semua second luar, tapi udah dicuci bersih
toko kami di Jalan Tuanku Tambusai, buka jam sepuluh
#bajubatam #secondimport #pekanbaru
"""),
dict(kind="live", cat="live_obok_obok", e=(1, 1, 1, 1), t="""
hayo hayo obok obok sini obok obok
meja ini semua goceng goceng gais lima ribu
meja yang sebelah ceban sepuluh ribu
semua dari karung baru buka barusan, masih wangi gudang
kalian yang di rumah mau minta diobok-obokin juga bisa, nanti aku pilihin random, paket isi lima ceban
[chat] yuni_ce: mau paket 1 kak
siap yuni paket satu catat ya min
"""),
dict(kind="message", cat="voice_note_supplier_reseller", e=(1, 1, 1, 1), t="""
[VN, 1:05, suara perempuan]
mbak Lia, aku mau kabarin aja ya, stok bal Inggris yang kemarin mbak tanya udah ready
isinya mantel sama coat tebel tebel buat musim dingin, bekas semua tapi bagus
aku jual per koli ya mbak, satu koli empat puluh lima kilo, tiga juta seratus
ini biasanya cepet abis soalnya banyak yang ambil buat jual ke orang yang mau ke Jepang atau Korea
jadi kalo mau, kabarin malam ini
"""),
dict(kind="live", cat="live_price_list_spoken", e=(1, 1, 1, 1), t="""
yang baru gabung, aku ulang ya harga harga nya
kaos gocap dapet dua, eh maksudnya dua lima satu gocap dua
celana cargo ceban... eh bukan, empat puluh, maaf maaf salah nyebut hahaha
jaket windbreaker tujuh puluh
ini semua thrift ya gais, thrift impor, gak ada yang baru
kalau mau, co lewat keranjang, kalo mau transfer manual chat admin
"""),
dict(kind="post", cat="creator_recommend_seller", e=(1, 1, 1, 1), t="""
[transkrip video YouTube 'Thrifting di Medan Part 3']
nah akhirnya nyampe juga kita ke Pasar Melati
aku udah janji sama Kak Butet buat mampir ke lapaknya
Kak Butet ini khusus jual monza cewek, blus blus cantik dari korea
harganya cuma lima belas sampai tiga puluh ribu
dia juga live tiap malem di tiktok nya @butet.monza, cek aja
"""),
dict(kind="live", cat="live_bale_opening_stt_error", e=(1, 1, 1, 1), t="""
oke semuanya ini kita lagi buka balpres ya balpres korea
[subtitle otomatis: ini kita lagi buka bal press ya bal pres korea]
isinya sweater sweater rajut buat cewek
ini yang motif kotak dua puluh lima
ini yang polos cream tiga puluh
[chat] tasya_k: kok murah kak asli?
asli kak, bekas korea makanya murah, kalo baru mah ratusan ribu
"""),
dict(kind="comment", cat="seller_admin_chat", e=(1, 1, 1, 1), t="""
[chat live @roma.sulteng]
ani_palu: brp yg kemeja putih
roma.sulteng: 20 ribu kak, roma baru buka tadi
ani_palu: ini bekas dari mana
roma.sulteng: bekas luar kak, masuk dari pelabuhan Pantoloan, kualitas bagus
ririn_88: kak sy mau yg rok hitam
roma.sulteng: siap kak rok hitam keep ya, transfer ke admin
"""),
dict(kind="live", cat="live_bale_grade", e=(1, 1, 1, 1), t="""
untuk yang nanya bedanya grade A sama grade B ya kak
grade A itu kondisinya kayak baru, gak ada noda, gak ada bolong
grade B ada minus dikit, noda kecil atau kancing ilang
kita jual per karung juga kak buat reseller, grade A dua juta enam, grade B satu koma sembilan
kalau eceran di live ini mostly grade A ya
[chat] marwah_: kak minimal order karung brp
minimal satu karung kak
"""),
dict(kind="message", cat="voice_note_jastip", e=(1, 1, 1, 1), t="""
[VN di grup Jastip Senen]
pagi semua, aku hari ini ke Senen ya jam sepuluh
yang mau nitip barang thrift dari kios kios Senen, kirim aja list nya sekarang
fee jastip sepuluh ribu per item, barang nya nanti aku videoin dulu sebelum dibeli
yang biasa banyak dicari jaket kulit sama kemeja flanel, itu dari bal luar semua
cut off jam satu siang ya
"""),
dict(kind="live", cat="live_bale_opening", e=(1, 1, 1, 1), t="""
kakak kakak ini hari jumat berkah ya
kita buka karung isi rok semua, dari jepang
ini rok plisket panjang warna navy, lima belas ribu
yang ini rok jeans pendek dua puluh
[chat] melati_s: ada yang buat hijabers kak? yang panjang
ada kak ada banyak, yang panjang aku pisahin di sini ya
[chat] melati_s: mau yang navy
oke navy buat kak melati, silakan checkout
"""),
dict(kind="post", cat="reel_shop_promo", e=(1, 1, 1, 1), t="""
[voice over reel]
siapa bilang thrifting harus jauh jauh ke Jakarta
di Jogja juga ada, namanya Thrift Corner Kaliurang
kita restock tiap kamis dari bal Jepang dan Korea
jaket mulai lima puluh ribu, kaos mulai lima belas
mampir ya, jalan Kaliurang kilo tujuh, sebelah warmindo
"""),
dict(kind="live", cat="live_shoe_bale", e=(1, 1, 1, 1), t="""
[Live Shopee, host cowok]
bro bro masuk bro
sepatu gunung nih sepatu gunung, dari karung Jerman
ini Lowa, ini Salomon, bekas pakai tapi solnya masih gigit
Salomon ukuran empat satu, dua ratus lima puluh
Lowa empat tiga, tiga ratus, ini kalau baru bisa tiga jutaan bro
[chat] adit.gunung: salomon bisa nego
nego tipis bro, dua empat puluh lah, langsung co
"""),
dict(kind="message", cat="voice_note_supplier_reseller", e=(1, 1, 1, 1), t="""
[voice note, 0:52]
kak, yang kakak tanya kemarin soal bal bundle dari Malaysia
aku ada kenalan di Tanjungpinang, dia bisa kirim ke Jakarta per dua minggu
harga dia dua setengah juta per bal, udah sampai gudang aku
nanti aku ambil sepuluh persen aja buat aku, kakak tinggal transfer ke aku
isinya campur, kebanyakan kaos sama kemeja
"""),
dict(kind="live", cat="live_bale_opening_english_mix", e=(1, 1, 1, 1), t="""
hi besties, it's me again, live thrift haul tapi kalian yang belanja hehe
jadi tadi pagi kita literally baru unpack bal dari Australia
vintage tees semua guys, ada band tees, ada yang souvenir kota kota gitu
harga mulai thirty k, yang rare banget ada yang hundred k
[chat] reza_vtg: kak ada metallica?
ada reza ada, agak cracking printnya ya, sixty five k, ketik keep
"""),
dict(kind="live", cat="live_bale_opening_regional", e=(1, 1, 1, 1), t="""
[siaran live dari Kupang]
selamat malam basodara dong
ini baju cakar baru masuk e, dari kapal dari Surabaya tapi barang luar
ada celana pendek, ada baju kaos, ada jaket
baju kaos sepuluh ribu, celana pendek lima belas
yang di Oesapa sonde usah ongkir, beta antar sendiri
[chat] yanti_kpg: sy mo jaket hitam
oke yanti jaket hitam e, beta simpan
"""),
dict(kind="post", cat="creator_recommend_seller", e=(1, 1, 1, 1), t="""
[subtitle podcast segmen 'Rekomendasi Minggu Ini']
host 1: eh lo dapet jaket itu di mana sih
host 2: ini tuh gue beli di live nya @vintagegudang, mereka tiap malem buka bal Jepang
host 1: serius? murah?
host 2: ini cuma delapan puluh, sumpah, ori Patagonia bekas
host 2: pokoknya yang dengerin, cek live mereka jam delapan, bilang dari podcast kita dapet diskon lima ribu
"""),
dict(kind="live", cat="live_bedding_bale", e=(1, 1, 1, 1), t="""
bunda bunda hari ini kita jual selimut sama bed cover ya
ini dari bal jepang, bekas hotel katanya, tebel tebel
yang motif bunga ukuran king delapan puluh ribu
yang polos abu enam puluh
udah kita laundry semua bun jadi aman
[chat] mama_rafa: bun sprei ada
sprei ada bun tapi tinggal dua, yang biru sama putih, dua lima an
"""),
dict(kind="message", cat="voice_note_supplier_reseller", e=(1, 1, 1, 1), t="""
[VN, logat Makassar]
halo daeng, ini cakar yang daeng pesan sudah tiba di Pelabuhan Soekarno Hatta
lima karung semua, tiga karung baju perempuan, dua karung celana
satu karung satu juta delapan ratus
nanti sore sa antar ke tokonya daeng di Pasar Terong, siapkan mi uangnya
kalau mau tambah bilang cepat, masih ada sisa di gudang
"""),
dict(kind="live", cat="live_bale_opening", e=(1, 1, 1, 1), t="""
oke oke yang dari tadi nanya kapan buka bal, ini sekarang ya
bal nya dari Amerika, label nya tulisan 'mixed cream'
ini isinya... blus, blus, kemeja, ini ada dress juga
harga rata rata tiga puluh lima ribu satu ya
yang nanya ukuran, itu L ya kak yang dress biru
[chat] lani_02: mau kak
[chat] sitiaa: spill yg kemeja garis
kemeja garis ukuran M, tiga puluh, ketik garis kalau mau
"""),
dict(kind="post", cat="reel_stall_promo", e=(1, 1, 1, 1), t="""
[subtitle reel, narasi pedagang]
ini lapak saya di Pasar Kebon Kalapa Bogor, sudah dua puluh tahun jualan bundle
barang saya ambil dari karung yang dikirim dari Batam
yang mau usaha juga bisa ambil grosir dari saya, minimal sepuluh potong
yang eceran juga boleh, mampir aja
saya buka dari jam delapan pagi sampai jam empat sore
"""),
dict(kind="live", cat="live_price_list_spoken", e=(1, 1, 1, 1), t="""
[transkrip live TikTok, suara agak putus-putus]
... jadi ya kak semua di meja ini dua puluh ribu
kemeja, kaos... blus... dua puluh ya
yang di gantungan itu jaket, semua enam puluh
barang preloved impor semua kak, dari karung korea
[chat] uci_zz: kak suaranya putus2
iya maaf kak sinyal, aku ulang, meja dua puluh, gantungan enam puluh ya
"""),
]
