# Legal spoken records, part 1 (hard negatives).
RECORDS = [
("post", "hn_haul_no_seller",0,1,1,1,
"""[subtitle] oke jadi hari ini aku thrifting di Pasar Senen ya
[subtitle] budget cuma dua ratus ribu dan ini hasilnya
[subtitle] kemeja linen jepang, sweater abu, sama celana cargo
[subtitle] jujur Senen tuh capek banget tapi seru
[subtitle] menurut kalian yang paling worth it yang mana"""),
("post", "hn_haul_no_seller",0,1,1,1,
"""[subtitle] thrift haul di Gedebage, part dua
[subtitle] aku nggak inget nama kiosnya jadi jangan tanya ya hehe
[subtitle] pokoknya lorong yang banyak jaket korea
[subtitle] ini jaket varsity, bekas tapi masih tebel
[subtitle] total belanja seratus tujuh puluh lima ribu
[subtitle] next video aku bahas cara nyuci baju thrift biar nggak apek"""),
("article", "hn_podcast_ban",0,1,1,1,
"""HOST 1: jadi bro, lo setuju nggak sih baju bekas impor dilarang
HOST 2: hmm gue sih ngerti alasannya ya, industri tekstil lokal kan lagi megap-megap
HOST 1: tapi anak muda tuh suka banget thrifting, bal dari korea jepang itu murah
HOST 2: nah itu, murahnya kan karena itu sampah negara lain yang dikirim ke kita
HOST 1: wah keras juga lo
HOST 2: ya faktanya Permendag udah larang dari dulu, cuma baru rame pas viral aja"""),
("article", "hn_radio_talkshow",0,1,1,1,
"""PENYIAR: pendengar, kita sambung lagi obrolan sore ini soal pakaian bekas impor
PENYIAR: di studio sudah ada Ibu dari dinas perdagangan, selamat sore bu
NARASUMBER: selamat sore, jadi perlu kami tegaskan impor pakaian bekas itu dilarang sejak lama
NARASUMBER: balpres yang masuk lewat pelabuhan kecil itu ilegal, dan kami dorong masyarakat beralih ke produk lokal
PENYIAR: ada penelepon nih, silakan pak
PENELEPON: iya mbak saya cuma mau tanya, kalau saya beli di pasar itu salah nggak ya"""),
("article", "hn_reporter_standup",0,1,1,1,
"""[REPORTER] saya saat ini berada di Blok Tiga Pasar Senen, Jakarta Pusat
[REPORTER] di belakang saya, kios-kios pakaian bekas impor terlihat lebih sepi dari biasanya
[REPORTER] sejumlah pedagang mengaku pasokan bal dari luar negeri tersendat sejak pengetatan di pelabuhan
[REPORTER] beberapa kios bahkan memilih tutup sementara
[REPORTER] demikian laporan dari Pasar Senen, kembali ke studio"""),
("live", "hn_new_clothes_live",1,0,1,0,
"""halo kakak-kakak selamat datang di live konveksi kami dari Bandung
ini kaos polos cotton combed tiga puluh s, baru semua ya kak, bukan thrift
harganya tiga puluh lima ribu, ambil selusin tiga ratus delapan puluh
[chat] rina.s: kak bekas bukan?
baru kak, jahitan sendiri, masih ada plastik nya nih liat
[chat] rina.s: oke mau hitam 3"""),
("live", "hn_host_refuses",1,0,1,0,
"""gais aku jawab ya yang nanya terus di chat
kita gak jual barang bal ya gais, kita gak jual bekas impor
ini semua baru, produksi konveksi di Solo, model nya aja yang vintage
kemeja corduroy ini seratus dua puluh ribu
[chat] aldi.v: yaah kirain thrift
hehe iya kak maaf, tapi kualitasnya dijamin"""),
("live", "hn_own_preloved_live",1,1,1,0,
"""halo teman-teman ini live pertama aku jualan preloved ya
semua baju dari lemari aku sendiri, udah kekecilan habis lahiran hehe
dress ini aku beli di mall dulu, pakai dua kali, aku lepas delapan puluh ribu
blazer ini lima puluh
[chat] tika_m: kak ini bukan thrift bal kan?
bukan kak, punya aku pribadi semua, bisa liat di foto foto lama aku"""),
("live", "hn_other_goods_live",1,1,0,1,
"""oke lanjut ya bro, ini hape second ya
iphone sebelas, batre delapan puluh tujuh persen, mulus
harga empat juta dua, nego tipis
yang samsung a lima empat dua juta delapan ratus
[chat] fajar.id: bang ada bekas impor ga?
hape nya ex inter bro tapi resmi, IMEI terdaftar semua, aman"""),
("live", "hn_other_goods_live",1,0,0,0,
"""bapak ibu live kita sore ini jual beras per karung ya
beras pandan wangi dari Cianjur, karung dua puluh lima kilo
harga tiga ratus empat puluh ribu per karung
yang mau ambil lima karung saya kasih gratis ongkir Bandung raya
[chat] bu_iyah: karung 10 kilo ada?
ada bu, seratus empat puluh ribu"""),
("comment", "hn_buyer_chat_complaint",0,1,1,1,
"""[chat] nabila_xx: kak ini bekas impor ya? kok bau
[chat] nabila_xx: kemarin aku beli di live kakak jaketnya ada noda sama bau apek banget
[chat] nabila_xx: katanya grade A dari bal korea tapi begini
[chat] dewi.r: sama kak aku juga, kancingnya copot dua
[chat] nabila_xx: udah aku laporin ke platform ya kak, kecewa"""),
("post", "hn_comedy_sketch",0,1,1,1,
"""[subtitle] IBU: nak itu baju siapa kok kayak baju orang
[subtitle] ANAK: ini thrift bu, dari bal jepang, keren kan
[subtitle] IBU: bal jepang? jadi ini baju bekas orang jepang?
[subtitle] ANAK: ya... iya sih
[subtitle] IBU: ibu kasih kamu uang jajan buat beli baju bekas orang jepang??
[subtitle] #komedi #thrift #ibuibu"""),
("post", "hn_song",0,1,1,1,
"""[lirik] bangun pagi ke pasar senen
[lirik] cari jaket dari bal jepang
[lirik] duit cuma goceng di kantong
[lirik] pulang bawa kaos belang
[lirik] oh balpres oh balpres, dilarang tapi dicari orang
#lagulucu #thrifting"""),
("post", "hn_reaction_video",0,1,1,1,
"""[subtitle] oke gais aku nonton video orang buka bal korea ya
[subtitle] astaga liat itu isinya banyak yang sobek
[subtitle] terus dia jual seratus ribu?? berani banget
[subtitle] makanya ya gais bal itu untung untungan, kadang isinya sampah
[subtitle] aku sih udah stop beli dari live live begitu"""),
("live", "hn_new_vintage_style",1,0,1,0,
"""halo semuanya welcome to live brand kita
koleksi terbaru ini namanya retro series ya, vibes nya kayak thrift tapi baru
bahan denim washing, dijahit di Bekasi
jaket denim retro dua ratus empat puluh ribu
[chat] lala.ui: kak ini thrift?
bukan kak, baru dan lokal, cuma gaya thrift look aja"""),
("article", "hn_lecture",0,1,1,1,
"""DOSEN: jadi mahasiswa sekalian, kasus thrifting ini menarik dari sisi ekonomi
DOSEN: pakaian bekas dari negara maju dikemas dalam bal lalu dikirim ke negara berkembang
DOSEN: di Indonesia jalurnya sering lewat pelabuhan tikus di Sumatra dan Kalimantan
DOSEN: dampaknya ke UMKM konveksi itu nyata, harga jadi tidak bisa bersaing
MAHASISWA: pak, tapi kalau dilarang total penjual kecilnya gimana pak
DOSEN: pertanyaan bagus, itu yang akan kita diskusikan minggu depan"""),
("live", "hn_charity_bazaar",1,1,1,0,
"""halo kakak-kakak ini live bazar amal OSIS SMA kami ya
semua baju di sini sumbangan dari guru, siswa, sama orang tua murid
harganya lima ribu sampai dua puluh ribu, hasilnya buat korban banjir
[chat] alumni_2015: kak boleh nyumbang juga?
boleh banget kak, DM akun osis aja ya
ini kemeja sumbangan pak kepala sekolah lima belas ribu hehe"""),
("message", "hn_voice_note_buyer",0,1,1,1,
"""kak maaf ganggu aku mau tanya aja
kemarin aku liat kakak live buka bal jepang
itu barangnya masih ada nggak ya yang jaket coklat
terus kalau mau retur bisa nggak kak soalnya kemarin temen aku dapet yang sobek
ditunggu balasannya ya kak makasih"""),
("post", "hn_news_reaction",0,1,1,1,
"""[subtitle] berita hari ini gais: ratusan bal pakaian bekas disita di Batam
[subtitle] katanya dari Malaysia, mau dikirim ke Jakarta
[subtitle] jujur aku kaget, segitu banyaknya yang masuk
[subtitle] kalian masih suka thrifting nggak setelah tau ini?
[subtitle] tulis di komen ya"""),
("live", "hn_import_new_goods",1,0,1,1,
"""kak selamat malam, live kita jual baju import baru dari Guangzhou ya
semua masih segel plastik, ada label
blus korean style lima puluh lima ribu
celana kulot enam puluh
[chat] sherin_ss: kak ini bekas?
baru kak, impor resmi, bukan bal ya
[chat] sherin_ss: oke mau kulot cream"""),
("live", "hn_other_goods_live",1,1,0,0,
"""yak lanjut live showroom motor bekas ya gan
ini vario seratus lima puluh tahun dua ribu sembilan belas, pajak hidup
harga sembilan belas juta lima nego
ini beat street dua ribu dua puluh, tiga belas juta
[chat] ojan_bks: surat lengkap gan?
lengkap gan BPKB STNK, bisa cek fisik di showroom Bekasi"""),
("post", "hn_tutorial",0,1,1,1,
"""[subtitle] tips nyuci baju thrift dari bal biar aman
[subtitle] satu rendam air panas campur deterjen minimal satu jam
[subtitle] dua cuci terpisah sama baju lain
[subtitle] tiga jemur di bawah matahari langsung
[subtitle] soalnya baju bekas impor tuh kita nggak tau bekas siapa dan disimpen di mana"""),
("live", "hn_new_clothes_live",1,0,1,0,
"""sugeng sonten ibu-ibu, live batik dari Pekalongan
batik cap baru semua ya bu, bukan bekas
kemeja batik pria seratus dua puluh, daster batik enam puluh lima
[chat] bu_harti: bu daster ukuran jumbo ada?
ada bu, ini yang jumbo warna biru
[chat] bu_harti: mau 2 bu"""),
("article", "hn_podcast_ban",0,1,1,1,
"""A: lo tau nggak monza di Medan tuh udah ada dari zaman bokap gue muda
B: serius? dari kapan emang
A: dari tahun delapan puluhan kali ya, barangnya masuk dari Malaysia lewat Tanjungbalai
B: terus sekarang dilarang, orang Medan gimana
A: ya rame, banyak yang bilang itu budaya, tapi kan tetep aja ilegal
B: wah topik berat nih buat episode ini"""),
("live", "hn_host_refuses",1,0,1,0,
"""ada yang nanya kak bisa cariin bal jepang nggak
maaf ya kak kita nggak terima pesanan bal, itu dilarang
toko kita cuma jual kemeja baru produksi sendiri
ini flanel baru delapan puluh lima ribu, bahan tebel
[chat] gilang.w: yaudah kak flanel merah XL
siap kak gilang"""),
("comment", "hn_viewer_joke",0,1,1,1,
"""[chat] bagas_123: kak bal nya kayak kado ulang tahun, isinya surprise semua wkwk
[chat] nadia.l: isinya kaos kaki sebelah 😂
[chat] bagas_123: kemarin ada yg dapet celana dalam bekas korea wkwk
[chat] rio_aja: anjir jorok
[chat] nadia.l: ini live atau stand up comedy sih"""),
("live", "hn_own_preloved_live",1,1,1,0,
"""selamat malam semua aku mau decluttering lemari nih
semua sepatu punya aku sendiri, dulu beli di Grand Indonesia sama online resmi
nike air max ini aku pakai setahun, aku lepas empat ratus
sandal birkenstock dua ratus lima puluh
[chat] jovi.a: kak ada nota pembelian?
ada kak, yang nike ada notanya"""),
("article", "hn_radio_talkshow",0,1,1,1,
"""PENYIAR: sobat radio, hari ini kita bahas cakar di Makassar
PENYIAR: kita telepon langsung Daeng Rusli, pedagang lama di Pasar Toddopuli, halo daeng
NARASUMBER: halo, iya sekarang sepi mi, karung dari luar susah masuk
PENYIAR: jadi pembeli berkurang ya daeng
NARASUMBER: berkurang sekali, banyak teman sudah pindah jual baju baru
PENYIAR: baik terima kasih daeng, sobat radio kita lanjut setelah jeda ini"""),
("post", "hn_vlog_no_seller",0,1,1,1,
"""[subtitle] vlog jalan-jalan ke Pasar Jodoh Batam
[subtitle] di sini banyak banget baju roma, alias baju bekas dari luar
[subtitle] katanya dulu paling rame tahun dua ribuan
[subtitle] aku cuma liat-liat aja sih, nggak beli
[subtitle] abis ini kita kuliner ke Nagoya ya"""),
("live", "hn_other_goods_live",1,1,0,1,
"""halo bos bos ini live laptop bekas ex Jepang
thinkpad x dua delapan puluh, core i lima, ram delapan, satu juta sembilan ratus
dell latitude dua juta satu
semua barang second import, sudah dicek, garansi toko sebulan
[chat] deni.tech: bos ada yang ram 16?
ada bos thinkpad t empat delapan puluh"""),
("comment", "hn_report_seller",0,1,1,1,
"""[chat] kak_lia: @platform tolong cek live ini ya, dia jual baju bekas impor
[chat] kak_lia: hostnya bilang sendiri 'bal korea grade A seratus ribu'
[chat] kak_lia: udah aku report dari tadi
[chat] andri.p: ngapain sih lapor lapor
[chat] kak_lia: ya karena dilarang kak, kasian konveksi lokal"""),
("live", "hn_new_clothes_live",1,0,1,0,
"""eh kalian kok pada nanya bekas atau baru terus
ini baru ya kakak, hoodie sablon kita sendiri, produksi Tangerang
hoodie fleece tebel seratus lima ribu, size M sampai XXL
yang pre order warna maroon jadi tanggal dua puluh
[chat] hasan_22: PO maroon XL kak
oke kak hasan PO maroon XL dicatat"""),
("message", "hn_voice_note_swap",0,1,1,0,
"""say ini aku voice note aja ya males ngetik
jadi sabtu nanti kita jadi kan tukeran baju di rumah Nia
bawa aja baju yang udah nggak kepake, minimal lima ya
nggak ada jual beli ya say, tukeran doang
sisanya nanti kita sumbangin ke panti"""),
]
