# Batch 3: hand-written spoken long-form records
R = dict
RECORDS = [
R(kind="live", cat="live_bale_opening", e=(1,1,1,1), t="""[shopee live] sore kak, cuaca mendung cocok banget buat pake sweater
dan kebetulan nih barusan kita robek bal sweater dari Hokkaido, iya Jepang utara kak
tebel tebel semua, ada uniqlo heattech juga
yang rajut kita kasih empat puluh, yang fleece lima puluh lima
klik keranjang oranye nomor satu sampai dua puluh ya kak, udah aku upload semua"""),

R(kind="message", cat="supplier_voice_note", e=(1,1,1,1), t="""[VN] Kak Lina, barang dari Tawau udah nyebrang tadi malem, sekarang di gudang Nunukan
ada sepuluh karung, tiga karung isinya sepatu, sisanya baju perempuan
kalau kak Lina mau ambil semua aku kasih harga dua puluh delapan juta
kalau cuma mau yang sepatu, satu karungnya tiga setengah
aku tunggu kabar sampe besok siang ya kak"""),

R(kind="post", cat="hn_haul_no_seller", e=(0,1,1,1), t="""[caption otomatis vlog] hai semuanya selamat datang kembali
hari ini aku mau nunjukin hasil berburu baju second di Gedebage minggu lalu
aku sengaja gak nyebut kiosnya ya soalnya aku juga gak inget, muter muter doang
yang paling aku suka ini trench coat krem, katanya dari bal Korea
bayarnya seratus dua puluh, aku tawar dari seratus lima puluh
oh iya kalo kalian mau ke sana jangan lupa bawa masker, debunya banyak"""),

R(kind="live", cat="live_with_chat", e=(1,1,1,1), t="""host: hallo yang di Palembang, yang di Lampung, selamat datang
[chat] meri_plg: kak ada rok jeans?
host: ada kak meri, ini rok jeans bekas Korea baru keluar dari karung tadi siang
host: panjangnya selutut, warna biru muda, empat puluh ribu
[chat] meri_plg: ukuran pinggang?
host: tujuh puluh dua senti kak
[chat] meri_plg: ambil kak
host: oke meri udah dicatet ya, langsung transfer"""),

R(kind="article", cat="hn_reporter_standup", e=(0,1,1,1), t="""[transkrip laporan langsung]
reporter: saya berada di pintu gerbang Pelabuhan Dumai, tempat petugas gabungan tadi pagi mencegat sebuah truk
di dalam truk ditemukan sekitar delapan puluh bal pakaian bekas yang diduga diselundupkan dari Port Klang
sopir truk sudah dimintai keterangan dan barang bukti dibawa ke gudang bea cukai
kami akan terus memantau perkembangannya, saya Rina melaporkan dari Dumai"""),

R(kind="post", cat="creator_recommendation", e=(1,1,1,1), t="""[subtitle reel] spill toko thrift langganan aku di Jogja part dua
yang ini namanya Lawas Lurik, kiosnya di Jalan Kaliurang kilometer lima
mereka ambil bal dari Korea sama Amrik, terus disortir lagi, jadi yang dipajang bagus-bagus
kemeja corduroy aku ini cuma enam puluh lima ribu
mereka juga jualan di shopee, cari aja lawaslurik.jog"""),

R(kind="live", cat="hn_used_car_live", e=(1,1,0,0), t="""[live dealer mobil] oke teman teman kita lagi di showroom mobil bekas di Serpong
ini Avanza dua ribu delapan belas, tangan pertama, servis rutin di bengkel resmi
harganya seratus enam puluh lima juta nego
yang mau test drive bisa janjian dulu sama admin ya
[chat] reza.avz: bisa tukar tambah?
bisa bang reza bawa aja mobilnya"""),

R(kind="message", cat="jastip_voice", e=(1,1,1,1), t="""[voice note grup jastip]
hai kak kak, jastip Jepang batch Maret udah buka ya
aku bakal mampir ke toko secondhand di Osaka kayak 2nd Street sama Book Off
yang nitip tas bekas branded atau jaket vintage tulis nama dan budget di grup
fee dua puluh persen dari harga barang, dikirim pake kargo laut sekitar sebulan
dp lima puluh persen ya kak"""),

R(kind="comment", cat="hn_buyer_complaint", e=(0,1,1,1), t="""[komentar panjang di video live]
kak ini bekas impor ya? kok bau banget pas aku buka paketnya
bau apek campur kamper gitu, udah aku cuci dua kali masih ada
terus di kerahnya ada tulisan bahasa jepang, katanya kemarin di live "barang lokal"
gak jujur banget sih seller nya
aku cuma mau ngingetin aja yang lain jangan tertipu"""),

R(kind="live", cat="regional_code_word", e=(1,1,1,1), t="""[transkrip live, Pekanbaru]
oke kawan-kawan lelong baru masuk dari Selat Panjang
kemeja lelong lima belas ribu, jaket lelong tiga puluh
ini barang Malaysia Singapur semua, bukan barang sini
yang mau ambil banyak datang ke gudang kami di Rumbai
[chat] andika_pku: bang cod simpang tiga bisa?
bisa bang, sore jam lima ya"""),

R(kind="live", cat="hn_host_refuses", e=(1,1,1,0), t="""[chat] zizi.thrift: kak ini dari karungan?
host: gak kak, ini bukan dari karung atau bal, aku gak berani
host: ini preloved punya aku sama kakak aku, dari lemari rumah sendiri di Depok
host: makanya jumlahnya dikit, cuma sekitar tiga puluh potong
[chat] zizi.thrift: oh oke kak, yang kardigan ungu berapa
host: tiga puluh lima aja kak"""),

R(kind="post", cat="reel_stall_promo", e=(1,1,1,1), t="""[subtitle reel]
yang lagi di Medan sini merapat ke Pajak Melati
lapak Kak Tiur nomor empat belas lagi buka bal baru dari Korea
jaket kulit, jaket jeans, semua di bawah seratus ribu
pagi pagi datang ya biar bisa milih, kalo siang udah diserbu
bilang aja liat dari video ini"""),

R(kind="article", cat="hn_podcast", e=(0,1,1,1), t="""[potongan podcast, dua host]
A: gue penasaran, kenapa sih orang masih pada beli baju bal padahal udah dilarang
B: ya karena harganya ga masuk akal murahnya bro, jaket merk luar empat puluh ribu
A: tapi kan lo gak tau itu bekas siapa, dari mana
B: iya, makanya gue sekarang lebih milih preloved dari temen atau garage sale
A: nah itu lebih jelas asal usulnya, oke lanjut ke segmen berikutnya"""),

R(kind="live", cat="spoken_price_list", e=(1,1,1,1), t="""(suara pedagang direkam kreator) ayo ayo dipilih dipilih, seratus ribu tiga, seratus ribu tiga
barang Korea barang Jepang, baru turun dari karung pagi ini
kaos goceng goceng yang di ember, kemeja gocap
jaket jaket cepek cepek
(kreator) bang ini dari mana barangnya
(pedagang) dari Batam bang, langganan, mau ambil banyak?"""),

R(kind="post", cat="hn_vlog_market_visit", e=(0,1,1,1), t="""[subtitle vlog jalan jalan] oke jadi kita lagi di Pasar Senen lantai dua
rame banget ya, semua orang kayak lagi berburu harta karun
di sini hampir semua kios jual baju bekas impor, katanya dari Korea, Jepang, Amerika
tapi aku hari ini cuma liat liat aja karena lagi nabung
next kita coba kuliner sekitar Senen ya"""),

R(kind="live", cat="stt_error_offer", e=(1,1,1,1), t="""[auto sub] kakak ini bal pres korea baru dateng ya bal pres korea
atasan cewek cewek lucu semua ini kakak
yang kuning lima belas ribu, yang bunga bunga dua puluh
yang mau ketik mau plus warnanya ya kak
balpres nya udah kita cuci kak jadi wangi
[chat] tiara.wd: mau kuning"""),

R(kind="live", cat="hn_new_clothes_live", e=(1,0,1,0), t="""ayo kak yang nyari seragam sekolah baru
ini seragam SD SMP SMA jahitan sendiri dari konveksi kami di Sukabumi
kemeja putih lengan pendek ukuran sepuluh sampai delapan belas, harga mulai tiga puluh ribu
rok abu abu dan celana biru juga ada
[chat] mama_naya: bisa bordir nama?
bisa kak tambah lima ribu"""),

R(kind="message", cat="reseller_recruit", e=(1,1,1,1), t="""[voice note] hai kak, kamu yang kemarin komen mau jadi reseller ya
jadi sistemnya kita kirim paket usaha isi lima puluh potong baju second import korea, campur cewek cowok
harga paketnya satu juta dua ratus, kamu bisa jual lagi tiga puluh sampai lima puluh per potong
kita juga ajarin cara live nya
kalau minat, kirim alamat lengkap ya kak"""),

R(kind="post", cat="hn_meme_audio", e=(0,1,1,1), t="""[subtitle meme, audio viral]
aku: mau beli baju baru buat lebaran
dompet: gak bisa
aku: oke ke Senen aja cari bal
berita: pemerintah larang baju bekas impor
aku: ya udah pake baju tahun lalu
#relate #thrift"""),

R(kind="live", cat="live_bale_opening", e=(1,1,1,1), t="""[live fb] oke yang dari Tarakan, Bulungan, Malinau, ayo merapat
ini kita buka ballpres dari Tawau yang baru datang pake speedboat
isinya selimut sama bed cover bekas, tebel tebel
selimut tiga puluh lima ribu, bed cover delapan puluh
[chat] ibu_yuli: bed cover king ada?
ada bu ini ada dua"""),

R(kind="article", cat="hn_radio_talkshow", e=(0,1,1,1), t="""[siaran radio komunitas Makassar]
penyiar: pendengar, kita bahas cakar di Pasar Toddopuli
narasumber: begini pak, cakar itu singkatan cap karung, baju bekas dari luar negeri yang datang karungan
penyiar: kenapa dilarang padahal banyak yang suka
narasumber: karena impor pakaian bekas memang dilarang, alasannya industri dan kesehatan
penyiar: baik, kita dengar dulu penelepon berikutnya"""),

R(kind="comment", cat="admin_chat_lines", e=(1,1,1,1), t="""[chat admin saat live]
admin.sasa: kak yang tanya celana no 15, itu dari bal jepang kak, pinggang 30
admin.sasa: kondisi 9/10 kak ada pudar dikit
admin.sasa: harga 45rb ya kak
admin.sasa: link checkout ada di keranjang, pilih varian no 15
admin.sasa: yang cod cuma bisa Jabodetabek ya"""),

R(kind="post", cat="hn_school_bazaar", e=(1,1,1,0), t="""[subtitle reel sekolah]
hari ini bazar baju bekas di SMA Negeri tiga Bogor
semua bajunya sumbangan dari siswa dan guru, bukan barang kulakan
harganya dua ribu sampai sepuluh ribu aja
uangnya buat renovasi mushola sekolah
yuk dateng sampai jam dua siang"""),

R(kind="live", cat="creator_recommendation", e=(1,1,1,1), t="""[live kreator fashion] eh sebelum tutup aku mau spill satu toko ya
yang sering aku pake jaket jaketnya itu dari @bundlekorea.sby
mereka jual bekas impor korea, tiap selasa jumat bongkar karung baru
harga mulai tiga puluh ribu, kualitasnya oke
bukan endorse ya, beneran aku suka aja"""),

R(kind="live", cat="hn_phone_accessories", e=(1,0,0,0), t="""oke gais live aksesoris hp ya
case iphone mulai lima belas ribu, tempered glass sepuluh ribu
ada juga charger fast charging original
[chat] dewi_lp: case motif kotak kotak ada?
ada kak dewi, nomor delapan di keranjang
yang beli tiga dapet gantungan kunci gratis"""),

R(kind="message", cat="supplier_voice_note", e=(1,1,1,1), t="""[VN 0:39] Mas Agus, stok karung ex Korea di gudang Bekasi tinggal tujuh ya
yang isi jaket tinggal dua, sisanya campur
saya kasih harga khusus buat mas, lima juta per karung, biasanya lima tiga
kalo mau ambil minggu ini tolong kabari, minggu depan katanya razia lagi
barang bisa dijemput malem biar aman"""),

R(kind="post", cat="hn_history_explainer", e=(0,1,1,1), t="""[subtitle video edukasi]
tahukah kamu, di Medan pakaian bekas impor disebut monza atau monja
asal usul namanya banyak versi, tiap orang yang kutanya ceritanya lain lain
di daerah lain sebutannya beda beda, ada cakar, lelong, awul-awul, rombengan
semuanya merujuk ke barang yang datang lewat bal dari luar negeri
follow buat fakta unik lainnya"""),

R(kind="live", cat="live_with_chat", e=(1,1,1,1), t="""[chat] hendra_ptk: kak dari Entikong?
host: iya bang hendra, kiriman dari Kuching lewat Entikong, karung ketiga bulan ini
host: ini kemeja batik Malaysia bekas, kemeja kerja, sama jaket
host: kemeja dua puluh lima, jaket lima puluh
[chat] hendra_ptk: bang jaket yg kulit 1
host: siap bang hendra, aku simpen ya"""),

R(kind="comment", cat="hn_viewer_jokes", e=(0,1,1,1), t="""[chat penonton live, setelah host buka bal]
mira_sm: ya ampun isinya kaos partai pemilu amerika wkwkwk
ozan.ar: vote for bob 2016 😂
mira_sm: beli ah buat kenang kenangan
ozan.ar: kak ada bekas seragam pemadam kebakaran jepang gak
fian99: kalian mau belanja atau ngelawak"""),

R(kind="live", cat="hn_thrift_look_new", e=(1,0,1,0), t="""halo sobat retro, live kali ini kita jual kaos graphic gaya tahun sembilan puluhan
ini bukan thrift ya, baru semua, sablon plastisol, bahan cotton twenty four s
kita sengaja bikin efek cracking biar kayak kaos vintage bekas band
harga sembilan puluh ribu, dua seratus enam puluh
[chat] reyhan.r: ini dari bal?
bukan kak reyhan, produksi sendiri di Bandung, tag kita ada"""),

R(kind="message", cat="hn_job_vacancy", e=(0,1,1,1), t="""[voice note lowongan, diteruskan ke grup]
dicari dua orang buat sortir baju di gudang daerah Cileungsi
kerjanya milah milah baju dari bal impor, dipisah grade A sama B
gaji harian delapan puluh ribu plus makan siang
yang minat datang aja besok jam delapan, bawa KTP
ini info dari temen ya, saya cuma nerusin"""),

R(kind="post", cat="reel_stall_promo", e=(1,1,1,1), t="""[subtitle reel, Bandung]
punten ah ngiring promosi, kios abdi di Pasar Kebon Kalapa lantai dua
nembe buka bal ti Korea, seueur sweater jeung hoodie
harga mimiti dua puluh rebu
sok mangga sumping wae, buka tabuh salapan"""),

R(kind="article", cat="hn_news_bulletin", e=(0,1,1,1), t="""[subtitle berita online]
Kementerian Perdagangan kembali menegaskan larangan impor pakaian bekas
Menurut pejabat terkait, barang bekas yang masuk dalam bentuk balpres mengganggu industri garmen lokal
Pedagang eceran diminta menghabiskan stok lama dan tidak membeli pasokan baru
Sementara itu asosiasi pedagang meminta masa transisi yang lebih panjang"""),

R(kind="live", cat="live_bale_opening", e=(1,1,1,1), t="""[transkrip live] gaes gaes sudah mulai ya, ini malam jumat kita buka karung spesial
karung sepatu running dari Jepang, nike, asics, mizuno
ini asics gel kayano ukuran empat puluh dua, solnya masih tebel
seratus delapan puluh ya gaes, lebih murah dari harga di mall yang baru
siapa cepat dia dapat, ketik gel"""),

R(kind="post", cat="hn_haul_own_wardrobe", e=(0,1,1,0), t="""[subtitle vlog] hari ini aku beresin lemari mama
ternyata ada kebaya tahun delapan puluhan yang masih bagus banget
aku coba pake, cocok, jadi aku simpen buat acara nikahan sepupu
sisanya baju yang udah gak muat aku kasih ke panti asuhan dekat rumah
seru juga ya nostalgia baju lama"""),

R(kind="live", cat="stt_error_offer", e=(1,1,1,1), t="""[auto caption] halo temen temen baru join yuk yuk tap tap
kita ada trip thing jaket dari karung an jepang ya jaket jepang
bomber ma one ini seratus ribu kak ma one asli
yang dari karung an korea ada juga nanti habis ini
ketik B ya kalau mau bomber"""),

R(kind="comment", cat="hn_buyer_questions", e=(0,1,1,1), t="""[pertanyaan di kolom chat live]
sari_bks: kak ini beneran dari bal korea atau bal china?
sari_bks: soalnya kalau china biasanya bahannya tipis
dedi.gpr: kak kalau bekas impor gitu boleh dijual lagi gak sih, takut kena razia
sari_bks: iya kak sama aku juga takut
dedi.gpr: jawab dong kak"""),

R(kind="message", cat="spoken_price_list", e=(1,1,1,1), t="""[pesan suara ke pelanggan setia] pagi bu Ratih, ini Wati yang di pasar Gembong
hari ini ada baju Batam baru datang, blouse dua puluh, gamis bekas tiga puluh lima, cardigan dua lima
kalau ibu ambil sepuluh potong saya kasih seratus delapan puluh aja
saya tahan dulu sampe jam dua ya bu"""),

R(kind="post", cat="hn_reaction_video", e=(0,1,1,1), t="""[subtitle video reaksi podcast]
jadi tadi ada mantan pedagang bal yang cerita, katanya satu bal isinya bisa setengahnya gak layak
ada baju robek, noda, bahkan baju dalam bekas
gue kaget sih, selama ini gue kira semua barangnya bagus
ini jadi pelajaran buat gue juga
tonton full podcastnya di channel aslinya ya"""),

R(kind="live", cat="hn_local_secondhand", e=(1,1,1,0), t="""halo kak ini live toko Berkah Second Solo
kami jual baju bekas lokal ya, bukan impor, semua dari titipan warga dan rumah donatur
kemeja lima belas ribu, celana dua puluh, kaos anak lima ribu
[chat] yuniar.s: beneran bukan bal kak?
beneran kak, kita gak ambil barang luar, liat aja merknya merk lokal semua"""),

R(kind="live", cat="live_with_chat", e=(1,1,1,1), t="""host: selamat pagi Bu ibu, live pagi ini khusus daster sama baju tidur second
host: dari bal Hongkong kak, lembut lembut bahannya
[chat] ibu_nurma: kak yg motif bunga biru berapa
host: dua puluh ribu bu nurma
[chat] ibu_nurma: ambil 2
host: siap bu, dua ya, nanti total sama ongkir aku kirim di chat"""),
R(kind="article", cat="hn_radio_psa", e=(0,1,1,1), t="""[iklan layanan masyarakat, radio]
suara wanita: Bu, jaket murah ini dari mana ya?
suara pria: dari karung impor Bu, bekas luar negeri
narator: tahukah Anda, impor pakaian bekas dilarang dan dapat membawa jamur serta bakteri
narator: mari dukung produk tekstil dalam negeri. Pesan ini disampaikan oleh Kementerian Perdagangan Republik Indonesia"""),

R(kind="message", cat="hn_own_preloved", e=(1,1,1,0), t="""[voice note ke teman] Nis, kamu jadi lahiran bulan depan kan
baju baju bayi bekas Kenzo masih aku simpen, ada sekitar empat puluh potong, jumper, bedong, kaos kaki
kalau kamu mau aku lepas tiga ratus ribu semuanya, itu aku beli di Mothercare sama pasar Tanah Abang dulu
udah aku cuci setrika, tinggal pake
kabarin ya kalau mau, nanti aku anter ke rumah"""),
]
