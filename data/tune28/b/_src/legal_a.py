# Legal records, batch A: talk about the trade, hauls with no seller, other goods, new clothes.

RECORDS = [
dict(kind="post", cat="hn_haul_no_seller", e=(0, 1, 1, 1), t="""
[subtitle vlog 'thrift haul bulan ini']
hai guys jadi minggu lalu aku ke Senen, muter muter hampir tiga jam
aku dapet lima item, ini flanel, ini cardigan, dan tiga kaos
total cuma seratus dua puluh ribu, lumayan kan
aku gak inget nama kiosnya sih jujur, asal masuk aja yang rame
tips dari aku: pagi pagi dateng, pas baru bongkar karung, pilihannya masih banyak
"""),
dict(kind="article", cat="hn_podcast_ban", e=(0, 1, 1, 1), t="""
[transkrip podcast 'Ngobrol Ekonomi' episode 41]
A: jadi sebenernya yang dilarang itu apa sih, impornya atau jualannya
B: di Permendag delapan belas tahun dua ribu dua puluh satu yang diubah Permendag empat puluh, pakaian bekas masuk barang dilarang impor
A: tapi di pasar masih banyak ya, Senen, Gedebage, itu gimana
B: nah itu, barangnya kan masuk lewat jalur tikus, dari Malaysia lewat pelabuhan kecil di Riau
A: berarti pedagang kecil di ujung rantai ini yang paling kena ya
B: betul, makanya perlu ada masa transisi buat mereka
"""),
dict(kind="live", cat="hn_live_new_konveksi", e=(1, 0, 1, 0), t="""
halo kakak kakak selamat datang di live Konveksi Berkah Bandung
semua barang di sini baru ya kak, jahit sendiri di Cigondewah
kaos oversize cotton combed tiga puluh s, empat puluh lima ribu
hoodie fleece tujuh puluh lima
[chat] ayu_ayu: kak ini thrift?
bukan kak, ini baru, kita produksi sendiri, ada label kita di leher
yang mau pesen lusinan buat komunitas juga bisa ya kak
"""),
dict(kind="comment", cat="hn_buyer_complaint_chat", e=(0, 1, 1, 1), t="""
[chat di bawah live]
fikri_d: kak ini bekas impor ya? kok bau banget pas nyampe
fikri_d: udah dicuci 3x masih apek
lulu_: sama kak aku jg kemaren beli jaketnya ada noda ga disebut
fikri_d: kalo tau dr bal gini mending beli baru aja
nanda.p: laporin aja ke platform, barang bal kan dilarang
"""),
dict(kind="article", cat="hn_reporter_standup", e=(0, 1, 1, 1), t="""
[naskah stand-up reporter, liputan sore]
Pemirsa, saya saat ini berada di Pasar Senen, Jakarta Pusat
Di belakang saya, kios-kios pakaian bekas impor masih buka seperti biasa, meskipun larangan sudah berlaku sejak tahun lalu
Sejumlah pedagang mengaku stok mereka berasal dari karung yang dikirim lewat Batam
Mereka berharap pemerintah memberi waktu untuk menghabiskan barang yang sudah dibeli
Dari Pasar Senen, saya Rizal Pratama melaporkan
"""),
dict(kind="live", cat="hn_live_own_preloved", e=(1, 1, 1, 0), t="""
hai temen temen, ini live pertama aku, deg degan hehe
jadi aku mau beberes lemari, baju baju aku sendiri yang udah jarang dipake
ini dress dari zara beli di mall Grand Indonesia dua tahun lalu, dipake dua kali doang
seratus ribu aja ya
ini blazer juga punya aku, beli di Bandung, enam puluh
bukan barang bal ya guys, ini beneran punya pribadi, bisa liat foto aku pake di ig
"""),
dict(kind="live", cat="hn_live_used_motorbike", e=(1, 1, 0, 0), t="""
[live showroom motor bekas, Depok]
oke bos bos semua ini unit nya baru masuk
Vario seratus lima puluh tahun dua ribu sembilan belas, pajak hidup, surat lengkap
mesin halus bos, kilometer masih tiga puluh ribuan
harga dua belas setengah nego tipis
[chat] hendra_m: bisa kredit?
bisa bos, DP dua juta aja, langsung chat admin
"""),
dict(kind="post", cat="hn_comedy_sketch", e=(0, 1, 1, 1), t="""
[sketsa komedi, subtitle]
istri: bang, jaket ini beli di mana kok ada tulisan nama orang jepang di dalemnya
suami: itu... itu limited edition dek, namanya Tanaka edition
istri: bang ini dari karung monza kan, ngaku
suami: ya masa suamimu pake barang bekas orang jepang
istri: ini ada struk laundry osaka di kantongnya bang!!
[tawa penonton]
"""),
dict(kind="live", cat="hn_host_refuses", e=(1, 0, 1, 0), t="""
[chat] dini_99: kak ada barang bal gak?
enggak ya kak, kita gak jual barang bal ya gais, ini semua baru
kita ambil dari pabrik di Tangerang, ada label, ada plastiknya
[chat] dini_99: kok modelnya kaya thrift
iya modelnya emang vintage style kak tapi barangnya baru semua
kemeja motif retro ini lima puluh sembilan ribu, ada M sampai XXL
yang mau checkout keranjang nomer tiga
"""),
dict(kind="article", cat="hn_radio_talkshow", e=(0, 1, 1, 1), t="""
[transkrip radio, acara 'Kopi Pagi' 98,6 FM]
penyiar: pendengar, pagi ini kita bahas baju bekas impor ya, banyak yang tanya kenapa dilarang
narasumber: yang pertama soal industri tekstil kita, bal bal dari luar itu harganya murah sekali, konveksi lokal gak bisa bersaing
penyiar: terus dari sisi kesehatan?
narasumber: dulu BPOM pernah uji, ditemukan jamur dan bakteri, jadi kalau ada yang sudah beli, cuci dengan air panas
penyiar: oke, telepon pertama dari Pak Joko di Solo, silakan
"""),
dict(kind="live", cat="hn_live_batik", e=(1, 0, 1, 0), t="""
monggo ibu ibu, live batik Pekalongan asli ya
ini kain batik cap udah dijahit jadi kemeja, baru semua
ukuran L seratus dua puluh lima ribu, ukuran XL seratus tiga puluh
ini motif jlamprang, warnanya biru sogan
[chat] bu_wiwik: bu ini batik tulis?
bukan bu, ini cap, yang tulis nanti sesi kedua ya, harganya beda
ayo dicheckout bu sebelum habis
"""),
dict(kind="post", cat="hn_reaction_video", e=(0, 1, 1, 1), t="""
[subtitle video reaction]
oke jadi aku nemu video orang pecah bal di tiktok, kita tonton bareng ya
... wah itu isinya sepatu semua, bekas dari eropa katanya
jujur aku agak ngeri ya, ini kan barang masuk dari kontainer yang gak jelas
kata temen aku yang kerja di bea cukai, banyak yang disita di Batam
kalian gimana, masih mau thrifting gak setelah tau ini? tulis di komen
"""),
dict(kind="live", cat="hn_live_rice_sack", e=(1, 0, 0, 0), t="""
[live toko sembako, Karawang]
bapak ibu, beras premium Karawang per karung dua puluh lima kilo ya
hari ini tiga ratus tiga puluh ribu per karung
ada juga yang lima kilo, enam puluh delapan ribu
[chat] mak_ijah: karungnya baru kan
baru bu, karung baru, berasnya juga panen bulan ini
kirim area Karawang Bekasi gratis ongkir minimal dua karung
"""),
dict(kind="live", cat="hn_live_new_import_clothes", e=(1, 0, 1, 1), t="""
halo halo kak, live hari ini baju import Bangkok ya, baru semua
kita kulakan langsung di Pratunam, masih ada plastik dan hangtag
dress satin ini delapan puluh lima ribu, all size fit to L
[chat] vira_: bukan bekas kan kak?
bukan kak, kita gak jual second, semua new, ada video unboxing nya di highlight
yang mau ketik dress satin ya kak
"""),
dict(kind="comment", cat="hn_viewer_joke", e=(0, 1, 1, 1), t="""
[chat live kreator lain]
bonbon_: bang jaket lu kaya dari bal korea wkwk
rizky_kr: emang bal bang, bal nya mantan gw di seoul 😭
gilang.s: wkwkwk mantan kirim sekarung
bonbon_: bang bajunya masih ada nama kim ji hoon di label
rizky_kr: udah lah jangan bongkar aib gw di live
"""),
dict(kind="message", cat="hn_voice_note_donation", e=(0, 1, 1, 0), t="""
[voice note ke grup RT 05]
ibu ibu, assalamualaikum
buat korban banjir di Dayeuhkolot kita buka posko baju layak pakai ya
yang punya baju bekas anak atau dewasa yang masih bagus, tolong dicuci dulu, dilipat, masukin kardus
taruh di rumah saya paling lambat hari sabtu
gak usah beli baru, yang ada di lemari aja, terima kasih ibu ibu
"""),
dict(kind="live", cat="hn_charity_bazaar", e=(1, 1, 1, 0), t="""
[live Instagram OSIS SMA 3]
halo teman teman, ini live bazar amal OSIS ya
semua baju di sini sumbangan dari siswa dan guru, bekas tapi masih layak
harganya lima ribu sampai dua puluh ribu
hasilnya buat renovasi perpustakaan sekolah
yang di luar sekolah juga boleh beli, DM aja, nanti diambil di sekolah
"""),
dict(kind="article", cat="hn_lecture", e=(0, 1, 1, 1), t="""
[transkrip kuliah Ekonomi Internasional, pertemuan 9]
baik, jadi kalau kita lihat kasus pakaian bekas impor
rantainya begini, pakaian bekas dikumpulkan di negara asal, dipres jadi bal, masuk kontainer
lalu masuk lewat pelabuhan kecil atau perbatasan, misalnya dari Port Klang ke Dumai
di pasar tujuan bal dibuka dan disortir, grade A dijual mahal, sisanya dijual kiloan
pertanyaannya buat tugas minggu depan: siapa yang menanggung biaya eksternalitasnya?
"""),
dict(kind="live", cat="hn_live_used_phone_import", e=(1, 1, 0, 1), t="""
[live toko HP, Batam]
bro sis iPhone second ex Singapore ready lagi ya
iPhone tiga belas seratus dua puluh delapan giga, battery health delapan puluh sembilan persen
harga tujuh setengah, iCloud aman, mulus
[chat] andre_hp: imei aman bang?
imei sudah terdaftar bro, bisa dicek di beacukai
langsung chat admin buat COD di Nagoya Hill
"""),
dict(kind="post", cat="hn_song_parody", e=(0, 1, 1, 1), t="""
[lirik lagu parodi, subtitle video]
🎵 bajuku bekas dari negeri seberang
datang sekarung lewat kapal malam
dibuka di Senen, dipilih seharian
harganya ceban, gaya bak bangsawan 🎵
🎵 tapi kata pak menteri itu dilarang
pabrik di Bandung banyak yang pulang 🎵
#parodi #thrifting #lagu
"""),
dict(kind="live", cat="hn_live_sisa_ekspor", e=(1, 0, 1, 0), t="""
oke gaes ini live sisa ekspor ya, barang baru dari pabrik garmen di Semarang
jadi ini barang yang gak jadi dikirim ke buyer luar, masih baru ada label nya
ada kemeja uniqlo reject, ada celana chino
reject nya cuma jahitan miring dikit, gak keliatan
kemeja tiga puluh lima, chino lima puluh
[chat] fadil_: ini bukan bekas kan bang
bukan dil, baru, gak pernah dipake orang
"""),
dict(kind="comment", cat="hn_buyer_question_chat", e=(0, 1, 1, 1), t="""
[komentar di bawah video 'pecah bal']
tiara_nn: ini beli bal nya di mana ya kak? pengen coba usaha
hadi.s: kak gak takut kena razia?
tiara_nn: aku di Palembang kak ada yang tau supplier karung korea?
ikhsan_: setau aku udah dilarang deh impor baju bekas
tiara_nn: oh gitu ya kak, baru tau aku
"""),
dict(kind="live", cat="hn_live_cosmetics", e=(1, 0, 0, 1), t="""
[live skincare]
halo beautiful, hari ini flash sale skincare korea ya, semua ori, BPOM ada
toner ini dari Seoul, seratus dua puluh ribu tinggal sembilan puluh sembilan
serum niacinamide delapan puluh lima
[chat] sella_: kak ini bekas testeran gak
ya ampun enggak kak, semua segel, baru
yang mau bundling toner serum dapet pouch gratis
"""),
dict(kind="post", cat="hn_tutorial_wash", e=(0, 1, 1, 1), t="""
[subtitle tutorial]
tutorial nyuci baju thrift biar gak apek
langkah pertama, rendam air panas minimal tiga puluh menit, apalagi yang dari karung impor ya
kedua, kasih cuka atau baking soda
ketiga, cuci biasa pakai deterjen, jangan dicampur sama baju lain dulu
terakhir jemur di bawah matahari langsung
aku gak jual apa apa ya di video ini, cuma berbagi
"""),
dict(kind="message", cat="hn_voice_note_swap", e=(0, 1, 1, 0), t="""
[VN grup komunitas 'Tukar Baju Surabaya']
rek, minggu depan kita ada acara swap lagi di taman Bungkul
aturannya sama: bawa maksimal lima potong baju kalian sendiri yang udah gak dipake
kondisinya harus bersih, gak sobek
nanti tukar pake kupon, gak ada jual beli ya
jam tujuh pagi sampai jam sepuluh
"""),
dict(kind="live", cat="hn_live_new_vintage_style", e=(1, 0, 1, 0), t="""
yuk yuk mampir, live koleksi 'Retro Vibes' dari brand lokal kita
ini kemeja bowling motif api, bahan rayon, baru ya bukan thrift
kita bikin di konveksi sendiri di Solo
jaket varsity ini kita bordir sendiri, seratus enam puluh ribu
[chat] yoga_: kok mirip barang thrift kak
emang terinspirasi gaya thrift kak, tapi baru, harga bersaing lah sama thrift hehe
"""),
dict(kind="article", cat="hn_news_segment_raid", e=(0, 1, 1, 1), t="""
[transkrip berita TV, segmen siang]
Petugas gabungan menyita ratusan bal pakaian bekas impor di sebuah gudang di kawasan Dumai, Riau
Barang tersebut diduga diselundupkan dari Malaysia melalui jalur laut
Menurut petugas, pakaian bekas itu rencananya akan dikirim ke Pekanbaru dan Medan
Pemilik gudang kini dimintai keterangan
Pemirsa, pemerintah mengimbau masyarakat tidak membeli pakaian bekas impor
"""),
dict(kind="live", cat="hn_live_majun", e=(1, 1, 0, 0), t="""
[live pabrik majun, Bekasi]
bapak bapak yang punya bengkel, pabrik, percetakan
kita jual majun ya, kain lap potongan dari kaos bekas, sudah dipotong potong
bahannya kita kumpulin dari pengepul lokal sama sisa konveksi sekitar sini, bukan barang impor
per karung sepuluh kilo seratus dua puluh ribu
kaos katun semua, nyerap oli bagus
[chat] bengkel_jaya: kirim ke cikarang bisa
bisa pak, minimal lima karung gratis ongkir
"""),
dict(kind="post", cat="hn_haul_no_seller", e=(0, 1, 1, 1), t="""
[subtitle TikTok 'GRWM pake outfit monza']
get ready with me hari ini full outfit monza ya gengs
kemeja ini aku dapet di Medan pas mudik, tiga puluh ribu
celana kulot ini juga monza, lupa harganya
sepatu? ini beli baru kok hehe
pokoknya monza itu seru, kayak berburu harta karun, cuma kadang baunya itu loh
"""),
dict(kind="live", cat="hn_live_new_clothes_kids", e=(1, 0, 1, 0), t="""
mom mom ini live baju anak ya, baru semua dari konveksi Tanah Abang
setelan kaos celana motif dino tiga puluh lima ribu
gamis anak lima puluh
[chat] bunda_azka: kak kalau bal jepang ada gak
gak ada mom, kita gak jualan bal, takut juga mom, baju anak mending yang baru aja
ini bahannya adem, gak luntur
"""),
dict(kind="message", cat="hn_voice_note_report", e=(0, 1, 1, 1), t="""
[voice note ke admin pengaduan marketplace]
selamat siang mbak, saya mau lapor ya
ada akun namanya @thrift.gudangkorea tiap malam live buka bal pakaian bekas impor
di live nya dia bilang 'barang baru masuk dari kontainer Korea, grade A dua ratus ribu sekarung'
saya sudah screenshot, nanti saya kirim lewat form
tolong ditindak ya mbak, karena setahu saya itu sudah dilarang
"""),
dict(kind="article", cat="hn_podcast_history", e=(0, 1, 1, 1), t="""
[transkrip podcast sejarah 'Jejak Kota']
jadi istilah cakar di Makassar itu katanya singkatan cap karung
kenapa? karena bajunya datang dalam karung dari luar negeri, dulu banyak lewat pelabuhan Parepare
di Medan namanya monza, ada yang bilang dari kata 'Mongonsidi Plaza'
di Jawa Timur awul-awul, di Kalimantan lelong
lucunya satu barang punya nama beda beda di tiap pulau
"""),
]
