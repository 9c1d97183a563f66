# Batch 1: hand-written spoken long-form records (transcripts, voice notes, subtitles)
R = dict
RECORDS = [
R(kind="live", cat="live_bale_opening", e=(1,1,1,1), t="""oke kakak kakak selamat malam yang baru join langsung tap tap layarnya ya
ini baru kita buka nih bal korea isinya jaket semua gais jaket semua
nah ini yang pertama parasut warna navy ukuran L kondisi mulus banget
[chat] rina_0s: mau kak
[chat] dede.kurniawan: spill yg kedua dong
oke kak rina langsung ketik mau dapet ya ini tujuh puluh lima rebu aja
yang kedua nih puffer hitam merk uniqlo seratus dua puluh ya kak sekali pakai ini mah"""),

R(kind="message", cat="supplier_voice_note", e=(1,1,1,1), t="""[voice note 0:48] halo bang Yusuf ini saya Ferdi yang di Tanjungbalai ya
jadi gini bang barang minggu ini udah masuk gudang, ada balpres ex jepang campur kemeja sama kaos, ada juga yang khusus celana kargo
harga per bal masih sama kayak kemaren, enam juta dua ratus yang kemeja, celana agak naik dikit jadi enam setengah
kalau abang ambil tiga bal saya kasih ongkir setengah ke Pekanbaru
kabarin aja ya bang, soalnya yang Medan udah pada nanya, takut keburu abis"""),

R(kind="post", cat="reel_stall_promo", e=(1,1,1,1), t="""[subtitle reel]
guys kalau kalian main ke Gedebage mampir ke lapak Teh Nining ya lorong tiga deket tangga
ini tiap kamis buka karung baru langsung dari Batam
kemaren aku dapet kemeja flanel cuma dua puluh lima rebu kondisinya masih bagus pisan
sweater rajut juga banyak, ada yang merk GAP ada yang zara
pokonya dateng pagi biar kebagian yang grade A nya
link lokasi aku taruh di bio ya"""),

R(kind="post", cat="hn_haul_no_seller", e=(0,1,1,1), t="""[subtitle vlog] jadi hari ini aku ke Pasar Senen buat thrifting sendirian
aku gak bakal sebutin tokonya ya karena lagi rame kasus larangan itu
overall aku dapet tiga barang, jaket denim, kemeja linen, sama rok plisket
totalnya seratus empat puluh rebu, lumayan lah
tapi jujur tadi baunya lumayan nyengat, jadi sampe rumah langsung aku rendem air panas
next video aku bahas cara nyuci baju thrift biar gak gatel ya"""),

R(kind="live", cat="live_with_chat", e=(1,1,1,1), t="""host: yang nanya ukuran itu L ya kak lingkar dada lima puluh empat
[chat] mamah_arka: kak ini second ya
host: iya kak ini second semua dari bale thailand baru sampe kemarin sore
[chat] yogi_pratama: co gmn kak
host: checkout lewat keranjang kuning nomer dua belas ya kak, kodenya TB12
host: oke next ada hoodie champion abu-abu, gocap aja gocap
[chat] nurul.aini: mauuu"""),

R(kind="article", cat="hn_podcast", e=(0,1,1,1), t="""[transkrip podcast Obrolan Pasar eps 41]
Dimas: jadi menurut lo larangan impor baju bekas itu tepat gak sih
Sarah: hmm gue sih ngerti alasannya ya, industri tekstil kita kan lagi megap-megap, terus bal-bal dari luar itu kadang separuhnya sampah
Dimas: tapi kan banyak anak muda yang hidupnya dari jualan thrift
Sarah: nah itu dia, pemerintah harusnya juga mikirin transisinya, jangan cuma razia terus bakar karung di pelabuhan
Dimas: oke kita break dulu bentar abis ini kita bahas soal limbah tekstil"""),

R(kind="live", cat="hn_new_clothes_live", e=(1,0,1,0), t="""halo gais selamat datang di live konveksi Bu Rahma dari Pekalongan
hari ini kita obral kaos polos cotton combed tiga puluh s ya, baru semua fresh dari jahitan
warna ada hitam putih navy maroon sama sage
satu potong tiga puluh lima rebu, ambil selusin jadi tiga ratus delapan puluh
[chat] ayu_shop: reseller bisa kak?
bisa banget kak minimal dua lusin nanti harganya beda ya, chat admin aja"""),

R(kind="message", cat="hn_buyer_voice_note", e=(0,1,1,1), t="""[VN 0:32] kak maaf aku mau nanya aja ya, kemarin aku liat di live kakak ada jaket kulit yang dari bal itu
itu beneran bekas impor apa gimana kak, soalnya temen aku bilang sekarang gak boleh
terus kalau dicuci itu aman gak sih buat kulit, aku agak alergi soalnya
makasih kak dijawab kapan kapan aja"""),

R(kind="live", cat="spoken_price_list", e=(1,1,1,1), t="""oke kita ulang harga ya buat yang baru masuk
kaos oblong monza ceban dua, kemeja gocap, celana jins enam puluh
jaket mulai dari seratus ribu ya itu udah dicuci semua
barangnya dari karungan Belawan ya kak bukan barang lokal
yang mau ambil banyak buat dijual lagi japri aja nanti dikasih harga koli
[chat] parlin.s: bg ukuran XL ada
ada bang banyak itu XL orang luar kan besar-besar badannya"""),

R(kind="post", cat="hn_reporter_standup", e=(0,1,1,1), t="""[transkrip liputan TV] pemirsa saya saat ini berada di lantai dua Blok tiga Pasar Senen Jakarta Pusat
seperti yang bisa anda lihat di belakang saya, kios-kios pakaian bekas impor masih buka meski ada larangan dari Kementerian Perdagangan
sejumlah pedagang mengaku stok mereka hanya sisa bal lama dan pasokan baru belum masuk
sebagian pembeli yang kami temui mengaku tidak tahu soal aturan tersebut
demikian laporan dari Pasar Senen, kembali ke studio"""),

R(kind="live", cat="stt_error_offer", e=(1,1,1,1), t="""[auto caption] oke kakak kakak ini trifting kita hari ini dari balik jepang ya balik jepang
isinya dress dress cewek semua kak bahan sifon sama rayon
yang ini lima puluh ribu yang itu empat puluh lima
ini pecah balik live ya kak jadi gak tau isinya apa aja haha seru kan
yang udah ketik mau admin catet ya nanti transfer ke rekening yang di pin"""),

R(kind="live", cat="hn_host_refuses", e=(1,0,1,0), t="""[chat] bimo_rx: kak ini barang bal ya? kok murah banget
host: bukan kak, kita gak jual barang bal ya gais, ini semua baru
host: kita ambil dari pabrik di Majalaya, cuma modelnya aja kita bikin kayak vintage gitu
host: jadi kalau ada yang bilang ini thrift, bukan ya, tag nya masih nempel semua nih liat
[chat] sisil.a: oh pantes wanginya wangi baru
host: nah betul kak, kemeja corduroy ini delapan puluh lima ya"""),

R(kind="message", cat="reseller_recruit", e=(1,1,1,1), t="""[voice note grup reseller] assalamualaikum teman teman reseller semua
info ya minggu depan ada kiriman goni dari Malaysia lewat Entikong, isinya campur jaket sama kemeja
yang mau ikut jadi reseller bisa langsung daftar ke saya, modal awal satu juta aja udah dapet dua puluh potong pilihan
foto-foto nya nanti saya kirim ke grup, kalian tinggal posting ulang
untung per potong bisa dua puluh sampai tiga puluh rebu, lumayan kan buat tambahan"""),

R(kind="article", cat="hn_radio_talkshow", e=(0,1,1,1), t="""[siaran radio pagi] penyiar: pendengar, tadi ada telepon dari Pak Gultom di Medan soal pajak Melati
Pak Gultom: iya dek, saya udah dua puluh tahun belanja monza di sana, kenapa sekarang dibilang ilegal
penyiar: nah pak, menurut narasumber kita dari dinas perdagangan, yang dilarang itu impornya, barang masuk dari luar negeri dalam bentuk bal
narasumber: betul, dan kita juga dorong pedagang pelan-pelan beralih ke produk lokal
penyiar: oke terima kasih Pak Gultom, kita lanjut satu lagu dulu"""),

R(kind="post", cat="creator_recommendation", e=(1,1,1,1), t="""[subtitle tiktok]
jadi banyak yang nanya aku beli sepatu hiking ini dimana
ini aku beli di akun @gudangkaki.bdg mereka spesialis sepatu second import dari korea sama jepang
harganya tiga ratus lima puluh padahal barunya bisa dua juta lebih
mereka live tiap malem jam delapan, stoknya ganti terus soalnya tiap minggu bongkar bal baru
pokoknya kalian cek aja, ini bukan endorse ya aku beli sendiri"""),

R(kind="live", cat="hn_own_preloved", e=(1,1,1,0), t="""hai hai teman teman ini live pertama aku jualan preloved lemari sendiri
jadi aku mau pindahan ke Balikpapan dan gak mungkin bawa semua baju
ini blouse yang aku beli di mall tahun lalu baru dipake dua kali, dua puluh lima rebu aja deh
ini rok kerja, ini celana kulot, semua ukuran M ya karena badan aku M
[chat] vina_mk: kak masih layak semua?
masih kak, aku pakenya jarang kok, pokonya yang mau ketik nama barangnya"""),

R(kind="comment", cat="admin_chat_lines", e=(1,1,1,1), t="""[chat live @lapakbundle.sby]
admin_lapak: ready kak langsung co keranjang kuning ya
admin_lapak: yang tanya asal barang, ini bundle korea kak dari karungan Tanjung Perak
admin_lapak: kemeja kotak kotak no 7 sisa satu ukuran M
admin_lapak: ongkir ke luar pulau dihitung per kilo ya kak
admin_lapak: yang udah co harap bayar maksimal 1x24 jam ya biar gak cancel"""),

R(kind="post", cat="hn_comedy_sketch", e=(0,1,1,1), t="""[sketsa komedi subtitle]
Emak: Jang, ini jaket kamu kok ada nama orang lain di kerahnya, Kimberly Johnson
Ujang: itu dari bal amrik mak, thrift, keren kan
Emak: keren apanya, jangan-jangan si Kimberly itu nyariin jaketnya sekarang
Ujang: ya ampun mak, Kimberly udah ikhlas
Emak: pokonya cuci tujuh kali, pake tanah sekalian
[tawa penonton]"""),

R(kind="message", cat="jastip_voice", e=(1,1,1,1), t="""[voice note] say aku besok jadi ke Batam ya, mau ke gudang baju bundle yang di Jodoh itu
yang kemarin nitip coat panjang sama sweater, aku cariin ya, fee jastip aku goceng per potong aja
kalo ada yang mau nitip juga bilangin, sekalian aku bawa koper gede
biasanya disana satu potong dua puluh sampe lima puluh ribu, udah bekas sih tapi masih bagus bagus"""),

R(kind="post", cat="hn_reaction_video", e=(0,1,1,1), t="""[subtitle video reaksi]
oke jadi aku mau react ke video viral orang bongkar bal baju bekas di gudang
ya ampun liat itu isinya, ada baju yang bolong, ada yang ada noda darah
gais ini yang bikin pemerintah akhirnya larang impor baju bekas, karena banyak yang sebenernya sampah
aku dulu juga suka beli thrift, tapi sekarang mikir-mikir lagi
kalian gimana, komen di bawah"""),

R(kind="live", cat="live_bale_opening", e=(1,1,1,1), t="""bismillah ya semoga laris hari ini kita pecah karung baru dari Tawau
nah ini karung tas kak isinya tas tas cewek semua, ada longchamp, ada coach, ini asli semua bekas pakai orang Malaysia sana
ini yang coach coklat dua ratus rebu kak, mulus cuma ada lecet dikit di sudut
[chat] lia.nunukan: kak itu yang hitam kecil berapa
itu yang hitam delapan puluh lima ya kak lia, ambil?
[chat] lia.nunukan: ambil kak"""),

R(kind="live", cat="hn_used_motorbike_live", e=(1,1,0,0), t="""oke bro selamat sore kita live dari showroom motor bekas di Cibinong
unit pertama Vario seratus lima puluh tahun dua ribu sembilan belas, pajak hidup, surat lengkap
harga sembilan belas setengah masih bisa nego tipis
unit kedua Nmax warna abu doff kilometer baru dua puluh ribu
[chat] anton_rider: bisa kredit bang?
bisa bro, DP mulai tiga juta, chat admin di bio aja ya"""),

R(kind="live", cat="hn_batik_live", e=(1,0,1,0), t="""monggo monggo bapak ibu, live batik tulis dan cap langsung dari Laweyan Solo
ini kemeja batik cap motif parang, katun primisima, baru semua ya bu
harga seratus tiga puluh lima ribu, yang tulis tangan beda lagi mulai empat ratus
[chat] bu_harjo: ada ukuran jumbo mas?
ada bu sampai XXXL, pesen lewat keranjang aja nanti kita kirim dari Solo"""),

R(kind="post", cat="regional_code_word", e=(1,1,1,1), t="""[subtitle reel makassar]
eh bosku yang cari cakar murah datang mi ke lapak ta di Pasar Butung lantai dasar
baru buka ball ini hari, celana jins levis banyak sekali
sepuluh ribu ji yang biasa, yang bagus-bagus tiga puluh lima
jangan lama-lama nah, habis itu nanti sore"""),

R(kind="article", cat="hn_lecture", e=(0,1,1,1), t="""[transkrip kuliah Ekonomi Internasional, pertemuan 9]
dosen: jadi contoh yang dekat dengan kalian itu perdagangan pakaian bekas impor
barang datang dari Jepang, Korea, Amerika dalam bentuk bal, masuk lewat pelabuhan-pelabuhan kecil di pantai timur Sumatera
pemerintah melarangnya lewat Permendag delapan belas tahun dua ribu dua puluh satu
pertanyaannya, siapa yang diuntungkan dan siapa yang dirugikan oleh larangan itu
silakan diskusikan dengan kelompok, lima menit"""),

R(kind="comment", cat="hn_buyer_complaint", e=(0,1,1,1), t="""[komentar di bawah rekaman live]
aku kemarin co jaket di live ini katanya grade A mulus ternyata resletingnya rusak
pas aku tanya, adminnya cuma bilang namanya juga barang bal kak, gak ada retur
terus baunya apek banget padahal katanya udah dilaundry
hati hati ya guys, mending cari yang jelas aja"""),

R(kind="message", cat="supplier_voice_note", e=(1,1,1,1), t="""[VN 1:05] iya bu Erna ini dari Dumai, barang yang ibu pesen kemarin kosong bu, kapal belum masuk
tapi saya ada pengganti, bal campuran ex Korea isinya baju anak-anak, kurang lebih lima ratus potong
harganya empat juta delapan, bisa saya kirim lewat ekspedisi ke Jambi lusa
kalo ibu mau, transfer DP dulu satu juta ke rekening yang biasa
fotonya udah saya kirim barusan ya bu, liat dulu aja"""),

R(kind="post", cat="hn_tutorial_wash", e=(0,1,1,1), t="""[subtitle tutorial]
step satu, baju thrift kalian rendam air panas minimal tiga puluh menit
soalnya baju dari bal impor itu kita gak tau disimpan di mana aja, bisa ada jamur atau kutu
step dua, kasih detergen plus sedikit cuka
step tiga, jemur di bawah matahari langsung, jangan di dalem
udah deh aman dipake, jangan lupa like ya"""),

R(kind="live", cat="live_with_chat", e=(1,1,1,1), t="""[chat] bang_ucok: lanjut bang
host: sabar bang ucok ini lagi dilipat
host: oke ini kemeja Burberry second dari ball Singapur, bahannya masih tebel
host: seratus lima puluh aja ya yang mau ketik BB
[chat] arya.thrift: BB
[chat] ikhsan_07: BB juga
host: arya duluan ya, ikhsan tunggu ada satu lagi kayaknya di karung
host: nah ini nah satu lagi warna biru, ikhsan ambil ya"""),

R(kind="post", cat="hn_upcycle_local", e=(1,1,1,0), t="""[subtitle reel] jadi ini celana jins bekas punya bapak aku yang udah gak kepake
aku potong, aku jahit ulang jadi tote bag sama bucket hat
semua bahannya dari lemari keluarga sendiri ya bukan dari bal
yang mau pesen bisa DM, tote bag nya enam puluh lima, bucket hat lima puluh
stoknya terbatas karena celana bapak aku cuma segini haha"""),

R(kind="live", cat="hn_other_goods_live", e=(1,1,0,1), t="""selamat malam kakak, live hp second ex inter ya, iPhone sebelas sama dua belas
ini unit dari Singapura, imei aman sudah terdaftar bea cukai
battery health delapan puluh enam persen, mulus tanpa dent
harga lima juta tiga ratus kak sudah sama charger
[chat] fitri.h: kak garansi?
garansi toko satu bulan ya kak fitri"""),

R(kind="message", cat="spoken_price_list", e=(1,1,1,1), t="""[voice note ke grup pelanggan] pagi semua, update harga awul-awul hari ini ya
kaos sepuluh ribu tiga, celana pendek sepuluh ribu dua, jaket dua puluh lima
ini baru bongkar dari karung Surabaya kemarin malam, barang jepang semua
yang mau datang langsung ke lapak di pasar Kliwon Jember buka jam tujuh
yang mau dikirim juga bisa, chat aja 0813xxxx"""),

R(kind="post", cat="hn_song_meme", e=(0,1,1,1), t="""[lirik lagu parodi, subtitle]
baju baru alhamdulillah, tapi ku tak sanggup beli
ke Senen aku pergi, cari bal dari negeri seberang
jaket bekas orang Jepang, hangat di badan hati senang
tapi kata pak menteri, itu barang terlarang
oh thrift oh thrift, kenapa kau begitu murah"""),

R(kind="live", cat="hn_rice_live", e=(1,0,0,0), t="""oke bapak ibu kita live jualan beras ya langsung dari penggilingan di Sidrap
ini beras premium karungan dua puluh lima kilo, harga tiga ratus tiga puluh ribu
yang lima kilo juga ada, tujuh puluh ribu
[chat] daeng_rudi: karungnya bisa ditukar?
bisa daeng karung kosongnya bawa aja nanti dipotong lima ribu"""),

R(kind="comment", cat="admin_chat_lines", e=(1,1,1,1), t="""[chat live, akun admin toko]
min_hanthrift: kak yang no 3 sweater second dari bal korea, LD 56 P 68
min_hanthrift: kondisinya 9/10 kak ada bulu-bulu dikit wajar
min_hanthrift: harga 65rb belum ongkir
min_hanthrift: kalau mau keep ketik KEEP + nomor, keep max sampai live selesai"""),

R(kind="article", cat="hn_customs_interview", e=(0,1,1,1), t="""[transkrip wawancara radio]
reporter: pak, berapa banyak ballpress yang berhasil diamankan bulan ini
petugas bea cukai: ada sekitar seratus dua puluh karung pakaian bekas asal Malaysia yang kami tangkap di perairan Karimun
reporter: lalu barangnya mau diapakan
petugas: sesuai aturan akan dimusnahkan, kami juga imbau masyarakat tidak membeli barang-barang seperti itu
reporter: baik terima kasih pak"""),

R(kind="live", cat="hn_charity_bazaar", e=(1,1,1,0), t="""halo ayah bunda, kami dari OSIS SMP Harapan Bangsa lagi live bazar amal ya
semua baju di sini donasi dari orang tua murid, bekas tapi masih layak
kaos anak lima ribu, kemeja sepuluh ribu, seragam bekas juga ada
hasilnya semua buat korban banjir di Demak
[chat] bunda_rafa: bisa kirim ke Semarang?
bisa bunda, ongkir ditanggung pembeli ya"""),

R(kind="post", cat="creator_recommendation", e=(1,1,1,1), t="""[subtitle youtube short] oke kalian yang di Bandung wajib ke kios Kang Dadan di Cimol Gedebage blok C
dia tuh tiap minggu buka bal dari korea sama jepang, jaket outdoor nya gila sih
aku dapet Arc'teryx bekas cuma dua ratus ribu, aslinya tujuh jutaan
bilang aja dari channel ini pasti dikasih diskon
atau kalo jauh, dia juga terima kirim, nomor nya aku tulis di deskripsi"""),

R(kind="post", cat="hn_vlog_denial", e=(1,1,1,0), t="""[subtitle vlog] jadi aku buka thrift shop kecil kecilan di depan rumah
tapi aku tegasin ya isinya bukan barang impor, aku gak ambil dari bal sama sekali
semua baju bekas ini titipan tetangga sama temen-temen kampus yang mau beresin lemari
sistemnya konsinyasi, mereka dapet tujuh puluh persen
yang mau mampir ke Sukoharjo, alamatnya di highlight IG ya"""),
]
