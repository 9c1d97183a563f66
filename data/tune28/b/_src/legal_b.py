# Legal records, batch B: more hard negatives in spoken form.

RECORDS = [
dict(kind="live", cat="hn_live_own_preloved", e=(1, 1, 1, 0), t="""
[live IG, suara cowok]
bro jadi gue mau lepas koleksi sneakers gue sendiri ya, udah kebanyakan di rak
ini Jordan satu beli di Foot Locker Senayan City, udah gue pake mungkin sepuluh kali
dua juta nego
ini Adidas Samba, beli di Zalora, pake tiga kali doang, delapan ratus
ini punya gue semua, ada nota nya, bukan barang karungan
[chat] taufik_: samba size brp bro
empat dua fik
"""),
dict(kind="article", cat="hn_talkshow_tv", e=(0, 1, 1, 1), t="""
[transkrip talk show TV 'Suara Rakyat']
moderator: Pak, pedagang di Gedebage bilang mereka tidak punya pilihan lain
perwakilan kementerian: kami paham, makanya ada program pendampingan untuk beralih ke produk lokal
pedagang (via telepon): Pak, kami ini cuma beli bal dari bandar, yang masukin kontainer itu bukan kami
moderator: jadi menurut Bapak siapa yang harus ditindak?
pedagang: yang di hulu lah pak, yang di pelabuhan
"""),
dict(kind="comment", cat="hn_buyer_complaint_chat", e=(0, 1, 1, 1), t="""
[chat live, beberapa penonton]
mia.rmd: kak aku kemaren beli dari live ini jaketnya sobek di ketiak
mia.rmd: katanya grade A sortiran korea kok begini
kevin_: sama aku dapet celana bolong
mia.rmd: udah chat admin gak dibales 3 hari
anisa_o: hati hati ya gais beli barang second impor lewat live, gak bisa retur
"""),
dict(kind="live", cat="hn_live_used_sewing_machine", e=(1, 1, 0, 1), t="""
[live toko mesin jahit, Surabaya]
ibu ibu penjahit, ini mesin jahit bekas Jepang ya, Juki high speed
masih halus, sudah kita servis, jarumnya baru
dua juta tujuh ratus, garansi servis tiga bulan
[chat] bu_ratna: bisa buat jahit jeans?
bisa bu, jeans tebel juga kuat
pengiriman pakai kargo, packing kayu
"""),
dict(kind="post", cat="hn_meme_video", e=(0, 1, 1, 1), t="""
[subtitle video meme]
POV: kamu beli jaket thrift dari bal
jaket: *ada tiket kereta Tokyo di saku*
jaket: *ada permen karet bekas di saku lain*
jaket: *ada nama Yamamoto dijahit di kerah*
kamu: wah vintage
ibu: buang itu, bau
#meme #thrift #relate
"""),
dict(kind="live", cat="hn_live_new_hijab", e=(1, 0, 1, 0), t="""
assalamualaikum ukhti ukhti sholehah
live hijab segi empat voal baru ya, motif bunga bunga
satu dua puluh lima ribu, ambil empat cuma sembilan puluh
ini produksi sendiri di Bandung ya ukh, printing digital
[chat] nisa_h: ada warna sage?
ada ukh sage, ini dia, cantik kan
checkout di keranjang nomer tujuh
"""),
dict(kind="message", cat="hn_voice_note_buyer_question", e=(0, 1, 1, 1), t="""
[VN dari pembeli ke teman]
Rin, kamu kan sering beli di live thrift itu
aku pengen beli jaket dari bal korea tapi takut ketipu
barangnya beneran bagus gak sih, atau banyak yang rusak?
terus kamu pernah gatel gatel gak abis pake
kabarin ya, aku masih mikir mikir
"""),
dict(kind="live", cat="hn_live_cardboard", e=(1, 1, 0, 0), t="""
[live pengepul rongsok, Tangerang]
yang punya usaha online, kardus bekas nih murah
kardus bekas packing, masih tebel, per kilo tiga ribu lima ratus
ada juga kertas HVS bekas per kilo dua ribu
[chat] olshop_ratu: bisa kirim ke serpong
bisa kak, minimal lima puluh kilo ya
bukan kardus impor ya, ini kita kumpulin dari toko toko sekitar
"""),
dict(kind="article", cat="hn_reporter_standup", e=(0, 1, 1, 1), t="""
[subtitle liputan TV lokal Medan]
reporter: saya sekarang berada di Pajak Melati, pusat monza di Medan
reporter: pedagang di sini mengaku dagangan mereka turun sejak razia bulan lalu
pedagang: dulu sehari bisa buka dua bal, sekarang satu aja belum habis bang
reporter: para pedagang berharap ada solusi dari pemerintah kota
reporter: kembali ke studio
"""),
dict(kind="live", cat="hn_live_upcycle_local", e=(1, 1, 1, 0), t="""
hai kak, ini live upcycle dari studio kecil kita di Yogyakarta
kita ambil jeans bekas dari donasi warga sekitar, terus dijahit ulang jadi tote bag
satu tas satu jeans, jadi motifnya gak ada yang sama
harga delapan puluh lima ribu
[chat] lala_: jeans nya dari thrift impor kak?
bukan kak, semua dari donasi lokal, ada catatan nya kok
"""),
dict(kind="post", cat="hn_creator_opinion", e=(0, 1, 1, 1), t="""
[subtitle video opini]
oke aku mau ngomongin soal thrifting, tapi bukan buat promosi ya
banyak yang bilang thrifting itu ramah lingkungan
tapi kalau bajunya dateng sekarung sekarung dari luar negeri, terus setengahnya gak layak dan dibuang di sini
itu bukan ramah lingkungan, itu pindahin sampah
menurut aku lebih baik preloved lokal atau tukar baju sama temen
"""),
dict(kind="live", cat="hn_live_new_shoes_local", e=(1, 0, 1, 0), t="""
[live Shopee, sepatu lokal Cibaduyut]
kak kak, sepatu kulit asli Cibaduyut, baru ya kak baru
pantofel pria ini dua ratus lima puluh, ukuran tiga sembilan sampai empat empat
[chat] roni_: kak ada yang bekas impor gak, lebih murah
gak ada kak, kita cuma jual produksi pengrajin sini
kualitasnya gak kalah sama merk luar, jahitannya kuat
"""),
dict(kind="comment", cat="hn_viewer_joke", e=(0, 1, 1, 1), t="""
[chat live masak]
dedi_cook: bang celemek nya lucu beli dmn
chef_amri: celemek ini hadiah dari istri, katanya dari monza wkwk
dedi_cook: wkwk celemek monza
sari_m: bang fokus masak bang jangan spill baju bekas medan
chef_amri: oke oke balik ke rendang ya
"""),
dict(kind="live", cat="hn_live_jastip_new_korea", e=(1, 0, 1, 1), t="""
[live jastip dari Seoul]
annyeong gais, aku lagi di Dongdaemun nih
yang mau nitip, ini hoodie baru, masih ada tag nya, harga di sini tiga puluh ribu won
jadi sekitar tiga ratus lima puluh ribu udah sama fee
bukan second ya, ini toko grosir baju baru
[chat] meyy_: kak yg abu ada L?
ada mey, aku ambilin ya
"""),
dict(kind="article", cat="hn_customs_explainer", e=(0, 1, 1, 1), t="""
[transkrip video edukasi Bea Cukai]
halo sobat, kali ini kita jelaskan kenapa pakaian bekas tidak boleh masuk Indonesia
pakaian bekas, karung bekas, dan kantong bekas termasuk barang yang dilarang impor
biasanya diselundupkan dalam bentuk bal yang dipadatkan, masuk lewat Batam, Tanjungbalai, atau Entikong
kalau ditemukan, barang akan dimusnahkan
jadi sobat, jangan ikut memesan ya
"""),
dict(kind="live", cat="hn_live_school_bazaar", e=(1, 1, 1, 0), t="""
[live Facebook, SD Tunas Harapan]
bapak ibu wali murid, ini bazar seragam bekas ya
seragam merah putih dan batik sekolah dari kakak kelas yang sudah lulus
semua sudah dicuci, harganya lima ribu sampai sepuluh ribu
uangnya masuk kas komite buat kegiatan anak
yang mau titip dipilihkan, komen ukuran anaknya
"""),
dict(kind="message", cat="hn_voice_note_job", e=(0, 1, 1, 1), t="""
[VN info loker di grup warga]
info loker ya guys, ada gudang di Bekasi butuh tukang sortir baju
kerjanya milah milah baju dari bal, yang bagus sama yang rusak dipisah
gaji harian seratus ribu, masuk jam delapan
aku cuma nerusin info ya, yang minat nanti aku kasih kontak orangnya
"""),
dict(kind="live", cat="hn_live_kaos_polos", e=(1, 0, 1, 0), t="""
oke kak live kaos polos ya, kaos polos cotton combed dua puluh empat s
semua warna ready, hitam putih navy maroon
satu lusin dua ratus empat puluh ribu, ecer dua puluh dua ribu
buat sablon, buat seragam kantor, cocok
[chat] raka_sablon: kak ini baru kan bukan sisa bal
baru kak, masih di plastik per lusin, dari pabrik Bandung
"""),
dict(kind="post", cat="hn_haul_no_seller", e=(0, 1, 1, 1), t="""
[subtitle YouTube 'Berburu Cakar di Makassar']
jadi ini hari kedua aku di Makassar, dan aku penasaran sama yang namanya cakar
ternyata itu baju bekas dari luar, dijual di lapak lapak pinggir jalan
aku dapet kemeja dua puluh ribu, kondisinya oke
aku gak sebut tempatnya ya soalnya aku juga lupa, banyak banget lapaknya
seru sih, tapi siap siap panas hehe
"""),
dict(kind="live", cat="hn_live_fabric_roll", e=(1, 0, 0, 1), t="""
[live toko kain Cipadu]
ibu ibu penjahit, kain roll baru masuk ya
katun jepang motif sakura, impor langsung, per roll lima puluh yard
harga per yard tiga puluh dua ribu, ambil roll lebih murah
[chat] jahit_sari: bisa ecer meteran?
bisa bu, minimal dua meter
kain ya bu, bukan baju jadi
"""),
dict(kind="comment", cat="hn_own_preloved_chat", e=(1, 1, 1, 0), t="""
[chat live preloved]
hani_zz: kak ini barang thrift bal?
host_preloved: bukan kak, ini lemari pribadi aku sama adik aku
hani_zz: oh kirain bal
dika_: kak jaket no 2 dipake brp kali
host_preloved: paling lima kali dik, beli di Uniqlo PIM
"""),
dict(kind="article", cat="hn_lecture_sociology", e=(0, 1, 1, 1), t="""
[transkrip seminar kampus 'Fesyen dan Identitas']
pembicara: kenapa anak muda suka thrifting? bukan cuma soal murah
pembicara: ada unsur eksklusif, satu model cuma satu, dari bal Jepang atau Korea
pembicara: tapi kita juga perlu lihat, ini barang yang dilarang impor, dan ada dampaknya ke UMKM
peserta: Bu, kalau saya beli di pasar, saya ikut salah gak?
pembicara: pertanyaan bagus, kita diskusikan setelah rehat
"""),
dict(kind="live", cat="hn_live_used_laptop", e=(1, 1, 0, 1), t="""
[live toko laptop second, Glodok]
gaes laptop bekas ex Jepang ya, ThinkPad X dua ratus tujuh puluh
core i lima, RAM delapan, SSD dua lima enam
dua juta sembilan ratus, keyboard udah kita ganti layout US
[chat] ogi_: baterai awet bang?
masih dua jam lebih gi, bisa tambah baterai baru tiga ratus
"""),
dict(kind="post", cat="hn_comedy_sketch", e=(0, 1, 1, 1), t="""
[sketsa komedi 'Ibu vs Anak Thrift']
anak: bu, aku beli jaket ini tujuh puluh ribu, bekas Korea
ibu: tujuh puluh ribu beli baju bekas orang? ibu dulu pake baju baru dari pasar
anak: ini vintage bu
ibu: vintage itu bahasa inggrisnya bau gudang ya?
anak: BU...
[teks layar: share ke temen yang suka ke Senen]
"""),
dict(kind="message", cat="hn_voice_note_refuse_supplier", e=(0, 1, 1, 1), t="""
[VN balasan ke supplier]
makasih ya bang udah nawarin bal nya
tapi saya udah gak mau main barang bekas impor lagi bang
kemarin toko sebelah saya kena razia, stok disita semua
saya sekarang ambil baju baru aja dari Tanah Abang
jadi gak usah dikirim ya bang, makasih
"""),
dict(kind="live", cat="hn_live_new_clothes_chat_ask", e=(1, 0, 1, 0), t="""
[live TikTok butik kecil, Samarinda]
selamat malam bunda, ini gamis baru koleksi lebaran ya
bahan ceruti, ada furing, tiga ratus ribu
[chat] ummu_: kak ini lelong ya?
bukan bun, bukan lelong, ini baru jahitan penjahit kita di Samarinda
kalau lelong itu kan bekas dari Malaysia, kita gak jual itu bun
"""),
dict(kind="article", cat="hn_podcast_trader_story", e=(0, 1, 1, 1), t="""
[transkrip podcast 'Cerita Pedagang']
host: Pak Ujang udah berapa lama jualan di Gedebage?
tamu: dari tahun sembilan puluh delapan, kang, dulu mah barang bundle dateng dari Batam pake truk
tamu: sekarang mah udah beda, saya udah pindah jualan sandal baru
host: kenapa pindah pak?
tamu: ya takut, anak saya juga bilang udah bapak berhenti aja
"""),
dict(kind="live", cat="hn_live_secondhand_furniture", e=(1, 1, 0, 0), t="""
[live barang bekas rumah tangga, Malang]
mas mbak, ini kulkas dua pintu bekas, masih dingin
satu juta dua ratus, bisa lihat langsung di Sukun
ada juga kipas angin, rice cooker, setrika, semua bekas pakai rumah sendiri, pindahan
[chat] rara_mlg: rice cooker brp
rice cooker seratus ribu mbak, merk Miyako
"""),
dict(kind="comment", cat="hn_viewer_reports_in_chat", e=(0, 1, 1, 1), t="""
[chat di live orang lain]
hukum_itu_perlu: kak ini barang bal impor kan? udah dilarang loh
hukum_itu_perlu: Permendag 40 tahun 2022
pembeli_setia: biarin aja lah kak orang cari makan
hukum_itu_perlu: aku report ya live ini
bagas.p: ribut mulu di kolom chat
"""),
dict(kind="post", cat="hn_explainer_terms", e=(0, 1, 1, 1), t="""
[subtitle video edukasi 'Kamus Thrift']
bal itu apa? bal itu gumpalan baju bekas yang dipres, biasanya datang dari luar negeri
balpres sama aja, bal yang dipres mesin
grade A B C itu kualitas hasil sortiran
monza, cakar, awul-awul itu nama daerah buat baju bekas impor
video ini cuma penjelasan ya, aku gak jual apa apa
"""),
dict(kind="live", cat="hn_live_pre_order_new", e=(1, 0, 1, 0), t="""
kak ini live PO ya, pre order jaket coach custom
kita produksi setelah PO tutup, estimasi dua minggu
bahan taslan, bisa sablon nama komunitas
harga seratus sepuluh ribu, minimal dua belas pcs
[chat] komunitas_vespa: bisa warna army?
bisa kak, isi form PO di link bio ya
"""),
dict(kind="message", cat="hn_voice_note_mother", e=(0, 1, 1, 1), t="""
[VN ibu ke anak]
nak, ibu liat di berita katanya baju bekas dari luar negeri itu bisa bawa penyakit kulit
kamu kan suka beli yang di Senen itu
dicuci yang bener ya, pake air panas
jangan langsung dipake, ibu khawatir
nanti lebaran ibu beliin baju baru aja ya
"""),
dict(kind="live", cat="hn_live_batik_preloved_family", e=(1, 1, 1, 0), t="""
[live FB, ibu-ibu]
ini saya jual koleksi kebaya sama kain batik almarhumah ibu saya ya
sebagian sudah dipakai, tapi dirawat, disimpan pakai kapur barus
kebaya brokat ini seratus lima puluh
kain batik tulis Lasem ini empat ratus
bukan barang impor ya, ini semua barang keluarga
"""),
dict(kind="article", cat="hn_news_radio_flash", e=(0, 1, 1, 1), t="""
[berita kilat radio, 30 detik]
Kota Pontianak. Aparat menggagalkan penyelundupan dua puluh karung pakaian bekas dari Malaysia di Pos Lintas Batas Entikong kemarin sore
Karung karung itu disembunyikan di bawah muatan sayur
Sopir truk kini diperiksa
Sekian berita kilat, kembali ke lagu lagu pilihan Anda
"""),
]
