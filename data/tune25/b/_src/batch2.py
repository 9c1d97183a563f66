# Illegal spoken records, part 2.
RECORDS = [
("live", "live_stt_errors",1,1,1,1,
"""halo teman teman tiga fting live malam ini kita ada stok baru dari bale jepang
bale nya isi hoodie semua jadi yang mau hoodie merapat
hoodie champion empat lima hoodie gap tiga lima
jangan lupa tap tap layarnya biar rame
[chat] yoga_a: bale jepang tuh bal ya kak
iya kak bal hehe subtitle nya ngaco"""),
("live", "live_regional_code_word",1,1,1,1,
"""horas kawan kawan live bundle dari Medan ini
bundle baru bongkar dari goni tadi pagi, jaket jeans semua ini
lae, harganya lima puluh ribu ajanya, bagus kali barangnya
[chat] tigor_s: ada yg size S bang?
ada lae yang kecil ini, ketik mau lah biar kukunci"""),
("live", "live_regional_code_word",1,1,1,1,
"""halo bubuhan Samarinda live lelong malam ini
baju lelong baru datang dari Tawau, karung kemarin belum sempat dibuka
ini kaos polo satu dua puluh ribu, kemeja dua puluh lima
yang mau langsung ketik nama sama nomor barang lah
[chat] ijah.smd: kak yg ungu ya
siap ka ijah ungu ya"""),
("post", "reel_stall_promo",1,1,1,1,
"""[subtitle] ini tempat rahasia aku kalau nyari baju roma di Batam
[subtitle] di belakang Pasar Jodoh, kiosnya kak Melly
[subtitle] dia ambil langsung dari karung yang masuk pelabuhan
[subtitle] jaket bomber ini cuma tiga puluh lima ribu
[subtitle] bukanya sore ya, mampir aja"""),
("live", "live_bale_opening",1,1,1,1,
"""oke bismillah live perdana toko kami
kita buka koli pertama ya kakak isinya dress
dress bekas korea, banyak yang panjang buat kondangan
dress pertama ini warna sage seratus ribu
[chat] mega_03: kak ada yg ga bolong kan
dicek satu satu kok kak, kalau bolong aku bilang
[chat] mega_03: mau yg sage"""),
("live", "live_admin_chat",1,1,1,1,
"""[chat] admin_karungan.id: info kak: semua barang bekas impor, no retur ya
[chat] admin_karungan.id: pembayaran via keranjang kuning / transfer
[chat] lulu_ww: kak topi ada?
[chat] admin_karungan.id: topi lagi dibongkar dr karung kak, 10 menit lagi
[chat] lulu_ww: oke aku tunggu
topi nya udah ya kak lulu, topi new era lima puluh ribu"""),
("message", "voice_note_supplier",1,1,1,1,
"""pak Haji ini Udin dari Dumai
kapal kecil nanti malam bongkar di pelantar, isinya dua puluh bal baju bekas
yang bapak pesan sepuluh bal sudah saya pisah, ada label merah
harga sama kayak kemarin pak, tiga juta delapan per bal
nanti mobil bapak suruh datang jam tiga subuh ya biar aman"""),
("live", "live_spoken_pricelist",1,1,1,1,
"""selamat siang kakak ini live kita jual tas branded second ya
semua ex jepang, ada brand off juga
longchamp le pliage dua ratus lima puluh ribu
michael kors tote tiga ratus
charles and keith seratus delapan puluh
[chat] vanya.x: kak ori ga?
original kak bekas pakai orang jepang, ada bukti dari bal nya"""),
("post", "creator_recommends_seller",1,1,1,1,
"""[subtitle] jadi kalian yang di Jogja wajib mampir ke sini
[subtitle] namanya Gudang Mas Tri di Sleman, deket ring road
[subtitle] dia buka karungan impor tiap sabtu
[subtitle] obok obok ceban sepotong, bebas pilih
[subtitle] aku dapet tiga jaket sama kemeja, total enam puluh ribu"""),
("live", "live_bale_opening",1,1,1,1,
"""gais ini bal amerika pertama kita ya, bal USA
kita intip isinya, wah kaos band vintage gais
harley davidson, nirvana, wah ini mahal nih
kaos band mulai dua ratus ya karena langka
kaos polos bal yang sama tiga puluh ribu aja
[chat] dimasbdg: nirvana brp bang
nirvana tiga ratus lima puluh bang, mau?"""),
("message", "voice_note_reseller_recruit",1,1,1,1,
"""halo teman-teman yang mau cari penghasilan tambahan
kita buka dropship baju thrift impor ya, kalian cukup posting foto dari kita
kalau ada yang beli, kita yang kirim dari gudang Bandung
harga modal kaos lima belas ribu, kalian jual berapa aja terserah
daftar chat admin di 0813xxxx, gratis gak pake deposit"""),
("live", "live_spoken_pricelist",1,1,1,1,
"""ini live nya kita pakai sistem obral ya gais
semua di meja ini dua puluh ribu
ada kemeja, blus, celana kain, semua seken dari karung korea
di meja sebelah sepuluh ribu
siapa cepat dia dapat, sebut nomor sama warna
[chat] mia.rp: meja 20rb yg kuning
[chat] sherly: kak celana kain ukuran 30 ada?"""),
("live", "live_bale_opening",1,1,1,1,
"""bos bos baru join ya kita lagi buka balpres kedua malam ini
balpres jaket gunung dari jepang, ada the north face, columbia, montbell
ini montbell biru dua ratus dua puluh
columbia abu seratus delapan puluh
[chat] adventure_rian: mau montbell bang
montbell bang rian ya, checkout segera"""),
("post", "reel_stall_promo",1,1,1,1,
"""[subtitle] POV kamu nemu toko thrift di Kebon Kalapa Bogor
[subtitle] Kang Asep bongkar karung di depan kios
[subtitle] semua barang impor second, kemeja lima belas ribu
[subtitle] aku ambil ini kemeja pendleton cuma tiga puluh
[subtitle] lokasi ada di komen paling atas ya"""),
("live", "live_regional_code_word",1,1,1,1,
"""halo halo pemirsa monza live dari Siantar
monza baru dari Tanjungbalai, ada jaket, ada celana training
harganya miring kawan, dua puluh lima ribu sama tiga puluh lima ribu
yang mau langsung ketik, nanti dikirim pakai JNT
[chat] butet_sp: bang training adidas ada?
ada lah, ini hitam tiga puluh lima"""),
("message", "voice_note_supplier",1,1,1,1,
"""mbak ini Yanti yang dari Tanjungpinang ya
mbak mau ambil lagi yang sprei bekas itu? baru datang lagi dari Singapura
sprei sama bedcover, masih bagus mbak, seken hotel katanya
satu karung isi enam puluh lembar, harganya dua juta
mbak kabari saya, nanti saya kirim lewat ekspedisi laut"""),
("live", "live_admin_chat",1,1,1,1,
"""oke sambil nunggu ya aku bacain chat
[chat] sasa.p: kak bekas ya ini?
iya kak bekas, preloved orang korea, dari bal
[chat] sasa.p: oke deh kak sweater pink
sweater pink empat puluh ya kak sasa, keranjang nomor tujuh
[chat] admin_sunnythrift: sudah kami kunci kak sasa 🙏"""),
("live", "live_spoken_pricelist",1,1,1,1,
"""kakak-kakak ibu-ibu ini live khusus baju anak ya
baju anak bekas jepang semua, masih lucu lucu
kaos anak sepuluh ribu, dress anak lima belas, jaket anak dua puluh
bal nya dari jepang asli kak banyak merk uniqlo sama nishimatsuya
[chat] bunda_alya: umur 3 th ada kak?
banyak bunda, nanti aku angkat satu satu"""),
("post", "creator_recommends_seller",1,1,1,1,
"""[subtitle] kemarin aku nanya ke kalian di mana nyari sepatu bekas murah
[subtitle] dan kalian rekomendasi toko @sepatuseken.plg di Palembang
[subtitle] jadi aku samperin, ternyata dia buka bal sepatu dari thailand
[subtitle] aku dapet nike cortez seratus dua puluh
[subtitle] recommended parah, makasih buat yang rekomendasi"""),
("live", "live_bale_opening",1,1,1,1,
"""ya kita lanjut karung nomor dua, ini katanya grade B ya jadi lebih murah
grade B ini kaos sama singlet, ada yang agak kusem
jadi aku jual lima ribu aja per potong, ambil sepuluh lima puluh ribu
[chat] opik_kdr: ambil 10 kak
[chat] retno11: aku 10 juga
oke opik sepuluh retno sepuluh, aku pilihin yang bagus"""),
("message", "voice_note_supplier",1,1,1,1,
"""iya jadi gini kakak, kita jual per karung ya bukan per bal
satu karung isi jaket korea sekitar delapan puluh potong
karung grade A dua juta tujuh, grade B satu juta setengah
barang di Cikarang, bisa COD atau kirim cargo
kalau mau sampel foto saya kirimin abis ini ya"""),
("live", "live_stt_errors",1,1,1,1,
"""selamat malam guys trifting malam ini kita buka balik korea isi kemeja
balik nya baru sampai tadi sore dari batam jadi masih fresh
kemeja flanel lima puluh, kemeja polos tiga puluh
[chat] w1nda: balik itu apa kak
bal kak maksudnya, subtitle nya salah
[chat] w1nda: ooh mau flanel merah"""),
("live", "live_spoken_pricelist",1,1,1,1,
"""ini mas mas yang nyari kemeja kerja ya
aku ada kemeja ex Jepang semua, formal, bahan katun
kemeja putih tiga puluh ribu, kemeja garis garis tiga puluh lima
celana bahan ex korea empat puluh
semua bekas tapi udah disetrika rapi
[chat] bayu.kerja: 3 kemeja putih size L
siap mas bayu, aku paketin ya"""),
("post", "reel_stall_promo",1,1,1,1,
"""[subtitle] buat yang di Surabaya kalian wajib ke Pasar Gembong
[subtitle] ini lapak Cak Mat baju impor bekas dari karung
[subtitle] sepatu juga ada, bal thailand katanya
[subtitle] aku beli ini adidas samba seratus lima puluh
[subtitle] jangan lupa nawar ya rek"""),
("live", "live_bale_opening",1,1,1,1,
"""bismillah pecah bal jaket korea ke lima minggu ini
kemarin banyak yang nggak kebagian, makanya sekarang kita ambil dua bal
semua jaket harga rata seratus ribu ya, mau puffer mau parka sama
[chat] ocha.ocha: kak aku mau puffer hitam
[chat] yudha_k: parka ijo army kak
ocha puffer hitam, yudha parka, ayo yang lain"""),
("message", "voice_note_supplier",1,1,1,1,
"""bu Siti, saya sudah di Nunukan ini
barang dari Tawau sudah saya ambil, dua karung baju bekas sama satu karung sepatu
besok saya naik kapal ke Tarakan, ibu tunggu di pelabuhan ya
yang baju ibu bayar satu juta dua, sepatunya delapan ratus
jangan lupa bawa uang tunai bu"""),
("live", "live_admin_chat",1,1,1,1,
"""yang baru masuk, ini live gudang ya bukan toko
kita jual per bal juga buat reseller, bal korea campur lima juta dua
kalau eceran jaket enam puluh ribuan
[chat] reseller_tasik: kak bal bisa kirim ke tasik?
bisa kak, pakai cargo, chat admin ya
[chat] admin_gudang88: kak reseller_tasik silakan DM ya 🙏"""),
]
