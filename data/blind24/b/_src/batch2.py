# Batch 2: hand-written spoken long-form records
R = dict
RECORDS = [
R(kind="live", cat="live_bale_opening", e=(1,1,1,1), t="""[live tiktok, transkrip otomatis]
halo halo yang baru masuk jangan lupa follow dulu biar dapet notif
kita mau unboxing bale US nih gais bale US isinya hoodie sama crewneck
wih liat nih carhartt, ini carhartt beneran kak bukan kw
hoodie ini kita kasih harga sembilan puluh sembilan ribu
[chat] kevin_jkt: spill yg ijo
yang ijo ya ini nih nike swoosh ijo army, tujuh lima
[chat] kevin_jkt: gas"""),

R(kind="article", cat="hn_news_bulletin", e=(0,1,1,1), t="""[transkrip buletin berita sore]
Pemerintah Kota Pontianak bersama Bea Cukai memusnahkan empat ratus karung pakaian bekas asal Malaysia yang masuk melalui jalur Entikong
Barang bukti dibakar di halaman kantor dengan disaksikan aparat dan perwakilan pedagang
Kepala kantor menyebut nilai barang mencapai lebih dari satu miliar rupiah
Pedagang setempat berharap ada solusi bagi mereka yang sudah puluhan tahun bergantung pada usaha tersebut"""),

R(kind="message", cat="supplier_voice_note", e=(1,1,1,1), t="""[pesan suara 0:57] bro, ini aku Hendra dari Pasuruan
yang kemarin kamu tanya sepatu ball itu ada, ex Thailand, satu karung isi sekitar seratus dua puluh pasang
campur sneakers sama sepatu kerja, sortiran grade B
harga tiga jutaan, tapi kalo ambil dua karung aku kasih dua koma delapan per karung
gudangnya di Bangil ya, bisa ambil sendiri atau aku kirim pake truk"""),

R(kind="post", cat="hn_new_thrift_style", e=(1,0,1,0), t="""[subtitle reel brand lokal]
banyak yang ngira ini baju thrift, padahal ini koleksi baru kita, Retro Series
kita bikin pake teknik washed biar warnanya kayak pudar vintage gitu
diproduksi di Bandung sama penjahit lokal, semua masih baru dengan tag
drop jumat jam tujuh malam di website dan shopee kita
dukung brand lokal ya gais"""),

R(kind="live", cat="live_with_chat", e=(1,1,1,1), t="""host: ayo ayo bapak ibu monza Medan murah meriah
[chat] butet.sihombing: bang itu kemeja batik bekas jg?
host: iya kak butet itu kemeja orang Jepang, dari ball Port Klang masuk Belawan
host: tiga puluh ribu aja, bahannya adem
[chat] jojo_pardede: ada celana panjang bang?
host: ada bang jojo sebentar saya gali dulu karungnya
host: nah ini dickies bekas ukuran tiga dua, empat lima ribu"""),

R(kind="comment", cat="hn_viewer_jokes", e=(0,1,1,1), t="""[chat live, komentar penonton]
gilang_p: kak itu jaket bekas presiden amerika ya wkwk
nadia.rz: jangan jangan bekas artis korea, aku beli deh biar glowing
gilang_p: bau nya bau salju wkwkwk
rendyy: ini live jualan apa stand up comedy
nadia.rz: udah ah nonton aja, duit abis buat makan"""),

R(kind="live", cat="regional_code_word", e=(1,1,1,1), t="""[live fb, logat Lombok] oke nak dengan semua yang nonton, awul-awul baru datang ini
ini karung dari Surabaya, isinya baju jepang korea, masih bagus bagus
lima ribu lima ribu yang di tumpukan kiri, yang digantung lima belas
yang di Mataram bisa ambil ke lapak dekat pasar Cakranegara
yang di luar kota transfer dulu baru kirim ya
[chat] inaq.saepul: ada baju anak?
ada inaq, nanti saya pilihkan"""),

R(kind="live", cat="hn_cosmetics_live", e=(1,0,0,1), t="""hai beauties selamat datang di live skincare
hari ini kita ada serum dari Korea, impor resmi sudah BPOM ya
ini bukan barang bekas ya kak, segel semua
harga normal dua ratus ribu, di live cuma seratus empat puluh sembilan
[chat] tika.mua: kak buat kulit berminyak cocok?
cocok banget kak tika, langsung co aja"""),

R(kind="post", cat="reel_stall_promo", e=(1,1,1,1), t="""[subtitle reel] pasar Tungging Banjarmasin tiap hari Minggu, siapa yang belum pernah ke sini
aku lagi di lapak Acil Salmah, dia baru buka karung baju impor bekas
kemeja polo ralph lauren dua puluh lima ribu, gila murah banget
acil juga jual per karung kalau kalian mau jualan lagi
datang sebelum jam sembilan pagi ya kalau mau dapet yang bagus"""),

R(kind="article", cat="hn_podcast", e=(0,1,1,1), t="""[podcast Bincang Sandang]
host 1: gue baca data, katanya impor baju bekas itu ngancem konveksi kecil di Jawa Barat
host 2: iya, tapi di sisi lain kan pembeli thrift itu bilang mereka gak sanggup beli baju baru yang bagus
host 1: nah makanya solusinya bukan cuma larang, tapi bikin produk lokal yang murah dan keren
host 2: setuju, dan thrift lokal, maksudnya preloved dari dalam negeri, itu kan gak masalah
host 1: betul, yang bermasalah itu bal-bal dari luar"""),

R(kind="message", cat="hn_donation_request", e=(0,1,1,0), t="""[voice note di grup RT] bapak ibu warga RT lima selamat sore
kami dari karang taruna lagi ngumpulin baju bekas layak pakai buat saudara kita di Cianjur yang kena gempa
kalau ada baju, selimut, atau sepatu yang udah gak dipake tolong dikumpulin di pos ronda sampai hari Sabtu
mohon dicuci dulu dan dilipat ya
terima kasih banyak sebelumnya"""),

R(kind="live", cat="stt_error_offer", e=(1,1,1,1), t="""[teks otomatis] kakak kakak ini three fting spesial jaket kulit dari bale italy ya
bale italy masih tersegel tadi kita buka di depan kamera
jaket kulit domba ini dua ratus lima puluh ribu kondisi delapan setengah dari sepuluh
kalau mau nego di chat aja jangan malu malu
[chat] fadli_moto: 200 bisa?
dua ratus dua puluh deh kak fadli deal ya"""),

R(kind="post", cat="hn_haul_no_seller", e=(0,1,1,1), t="""[subtitle vlog] thrift haul under seratus ribu part tiga
oke jadi ini aku beli di pasar loak waktu lagi ke Medan, barang monza katanya
ada kaos band nirvana bekas, ada topi new era, sama kemeja flanel
total aku keluarin delapan puluh lima ribu
aku gak inget nama lapaknya jadi jangan tanya ya hehe"""),

R(kind="live", cat="live_bale_opening", e=(1,1,1,1), t="""okay teman teman ini live dari gudang kami di Tanjungpinang
kita lagi sortir balpres baru dari Singapur, liat tumpukannya tinggi banget
yang ini tumpukan grade A, yang sana grade B
grade A dua puluh lima ribu per potong, grade B sepuluh ribu
yang mau borong per kilo juga bisa, tanya admin
[chat] sinta_btm: bisa cod?
cod khusus Tanjungpinang sama Batam ya kak sinta"""),

R(kind="post", cat="hn_factory_surplus", e=(1,0,1,0), t="""[subtitle reel] gais ini bukan barang thrift ya, ini sisa ekspor pabrik garmen di Cikarang
baru semua, masih ada label brand luarnya karena tadinya mau dikirim ke Eropa
ada cacat dikit di jahitan jadi gak lolos QC
makanya harganya murah, kemeja tiga puluh lima, celana chino lima puluh
bisa beli di toko kami di Bekasi Timur atau online"""),

R(kind="live", cat="creator_recommendation", e=(1,1,1,1), t="""[cuplikan live kreator] eh yang nanya aku langganan thrift dimana
aku tuh biasa beli di tokonya Bang Rizal di Pasar Baru Jakarta, lantai atas, nama kiosnya Rizal Vintage
dia ambil langsung balan dari Korea jadi barangnya fresh
kalian bisa DM IG nya @rizalvintage.pb, bilang aja aku yang rekomen
udah ya lanjut kita main game"""),

R(kind="comment", cat="hn_report_seller", e=(0,1,1,1), t="""[komentar di kolom live] min tiktok tolong ditindak akun ini
dia live bongkar bal impor tiap malem, ngomongnya sendiri "ini barang dari karung Malaysia masuk lewat Nunukan"
padahal katanya udah dilarang
udah aku report tiga kali tapi masih live terus
tolong ya biar adil buat pedagang yang jual barang lokal"""),

R(kind="message", cat="jastip_voice", e=(1,1,1,1), t="""[VN] beb minggu depan aku ke Bangkok lagi ya, ke Chatuchak sama pasar Rot Fai
yang mau nitip baju vintage bekas sama sepatu second bilang dari sekarang
fee nya lima puluh rebu per item, barang nanti aku bawa pulang lewat bagasi
kemarin banyak yang nyesel gak nitip kan, jaket varsity bekasnya murah murah di sana
list titipan tulis di grup ya, aku close rabu"""),

R(kind="live", cat="hn_jute_sack_live", e=(1,1,0,1), t="""halo pak bu selamat siang, kita jual karung goni bekas ya
karung goni eks kopi impor dari Brazil sama Vietnam, cocok buat tanaman, dekorasi, atau karung pasir
satu lembar delapan ribu, ambil seratus lembar tujuh ribu
[chat] pak_tani88: ukurannya berapa pak
kurang lebih seratus kali tujuh puluh senti pak"""),

R(kind="post", cat="reel_stall_promo", e=(1,1,1,1), t="""[subtitle short video Bali]
ciee yang lagi nyari baju second murah di Denpasar
mampir ke lapak kita di pasar Kodok Tabanan ya, kita baru dapet bal dari Australia
isinya kaos surfing, boardshort, sama jaket hoodie
kaos dua puluh ribu, boardshort tiga puluh lima
buka jam delapan sampai jam lima sore"""),

R(kind="article", cat="hn_radio_talkshow", e=(0,1,1,1), t="""[talkshow radio Surabaya]
penyiar: rek, topik kita pagi ini soal baju bekas impor di pasar Gembong
pendengar Cak Mat: aku wes sepuluh tahun jualan kono mas, saiki dodolan sepi
penyiar: lho kenapa Cak
pendengar Cak Mat: barang seko Batam angel mlebu, polisi nyegat ning pelabuhan
penyiar: oke Cak terima kasih, semoga ada jalan keluarnya ya"""),

R(kind="live", cat="hn_host_refuses", e=(1,0,1,0), t="""[chat] gerry.w: bang ada yg bekas impor gak
host: waduh gak ada bang, kita gak main barang bal
host: toko kita jual jaket kulit baru produksi Garut, kulit domba asli
host: harga memang beda bang, mulai enam ratus ribu, tapi awet
[chat] gerry.w: oke bang nanya doang
host: siap bang santai, mampir aja liat-liat"""),

R(kind="message", cat="reseller_recruit", e=(1,1,1,1), t="""[voice note broadcast] halo kak, ini admin Kharisma Thrift ya
kita lagi buka dropshipper baru, gak perlu stok, kamu tinggal upload foto dari katalog kita
barang kita bekas impor semua dari bal Jepang, kondisinya udah kita sortir
komisi dua puluh persen per transaksi, pengiriman dari gudang kita di Bekasi
daftar langsung balas pesan ini aja kak"""),

R(kind="post", cat="hn_comedy_sketch", e=(0,1,1,1), t="""[subtitle sketsa]
Pembeli: bang, ini celana kok ada tulisan size tiga puluh enam tapi kecil banget
Penjual: itu ukuran orang Korea bang, beda
Pembeli: terus kenapa ada kertas tiket bioskop Seoul di kantongnya
Penjual: bonus bang, bonus
[narator] begitulah pengalaman belanja barang bal, penuh kejutan"""),

R(kind="live", cat="spoken_price_list", e=(1,1,1,1), t="""ya ya mari bapak ibu rombengan Jogja baru datang dari Cilacap, karungan jepang
atasan sepuluh ribu, bawahan lima belas, jaket dua puluh lima, tas tiga puluh
semua di bawah lima puluh ribu ya pak bu
[chat] mbak_sekar: ongkir ke Klaten berapa mas
ke Klaten sepuluh ribu mbak, atau cod di Pasar Beringharjo sore"""),

R(kind="article", cat="hn_lecture", e=(0,1,1,1), t="""[subtitle webinar]
narasumber: limbah tekstil global itu banyak yang berakhir di negara berkembang
Indonesia menerima sebagian lewat perdagangan bal pakaian bekas dari Jepang, Korea dan Amerika
sebagian besar isi bal tidak layak jual dan akhirnya jadi sampah
karena itu larangan impor juga terkait isu lingkungan, bukan hanya ekonomi
oke ada pertanyaan dari peserta silakan"""),

R(kind="live", cat="hn_own_preloved", e=(1,1,1,0), t="""halo temen-temen, aku lagi cuci gudang ya, ini baju-baju aku sama suami
sepatu lari ini aku beli di Sport Station Grand Indonesia, baru dipake lari tiga kali, jual dua ratus rebu
kemeja suami ini ukuran XL, dia sekarang udah kurus jadi gak muat haha
[chat] dinda_run: ukuran sepatunya berapa kak
tiga puluh delapan kak dinda"""),

R(kind="comment", cat="admin_chat_lines", e=(1,1,1,1), t="""[chat live @gudangballbdg]
admin1: kak yang mau borong per ball ex korea bisa chat wa 0812xxxx
admin1: satu ball isi kurleb 300 pcs campur
admin1: harga ball mulai 4,5 jt tergantung grade
admin2: live hari ini sampai jam 11 ya kak, besok buka ball baru
admin1: yg udah transfer kirim bukti ke wa ya"""),

R(kind="post", cat="hn_reaction_video", e=(0,1,1,1), t="""[subtitle reaksi] oke jadi ada video seller yang bilang barang balnya impor tapi aman karena udah di-laundry
hmm sorry tapi laundry gak bikin barangnya jadi legal ya gais
aturannya jelas impor pakaian bekas itu dilarang
aku bukan mau ngejatohin orang, cuma biar kalian paham aja
kalian pernah beli dari live kayak gitu gak"""),

R(kind="live", cat="hn_majun_live", e=(1,1,0,0), t="""selamat siang bapak, kita jual kain majun ya buat bengkel dan pabrik
ini majun dari potongan kaos sama kain perca konveksi, sudah dicuci
harga per kilo sembilan ribu, minimal order lima puluh kilo
bisa kirim ke kawasan industri Cikarang, Karawang, sama Jababeka
[chat] pt_sinarlogam: bisa faktur pajak pak?
bisa pak, hubungi admin"""),

R(kind="message", cat="supplier_voice_note", e=(1,1,1,1), t="""[VN 0:41] halo kak Dinda, ini Siska yang di Pekanbaru
karung yang kakak pesen udah mau dikirim, ex Jepang grade A, isinya blouse sama cardigan
satu karung seratus kilo, harga per kilonya empat puluh ribu
kalau kakak setuju aku kirim hari kamis lewat travel ke Padang
pembayaran lunas ya kak sebelum barang naik"""),

R(kind="post", cat="hn_thrift_swap", e=(0,1,1,0), t="""[subtitle reel acara] minggu lalu komunitas kita bikin swap party di Taman Suropati
konsepnya kalian bawa baju bekas dari lemari sendiri, terus tukar sama punya orang lain
gak ada jual beli sama sekali, gratis
ada sekitar delapan ratus potong yang ketuker
bulan depan kita bikin lagi, pantau IG komunitas ya"""),

R(kind="live", cat="live_with_chat", e=(1,1,1,1), t="""[chat] wulan_mks: kak cakar jaket masih ada?
host: ada kak wulan, ini jaket bomber cakar dari Pare-pare, barangnya korea
host: lima puluh ribu kak, ukuran M
[chat] wulan_mks: kirim ke Gowa bisa?
host: bisa sekali kak, gratis ongkir kalau ambil tiga
[chat] andi.tenri: aku juga mau yg merah"""),

R(kind="article", cat="hn_podcast", e=(0,1,1,1), t="""[podcast bisnis, menit 12]
tamu: dulu saya memang reseller baju bal, ambil dari Gedebage lalu jual online
host: terus sekarang gimana bang
tamu: sejak razia saya berhenti, sekarang saya bikin brand kaos sendiri, produksi di Bandung
host: berat gak transisinya
tamu: berat lah, margin turun, tapi tidur lebih tenang haha"""),

R(kind="live", cat="hn_new_clothes_live", e=(1,0,1,0), t="""halo kak selamat malam, live gamis baru ya produksi sendiri di Tanah Abang
bahan crinkle airflow, adem, gak nerawang
harga grosir mulai tiga lusin ya kak, satuan juga boleh delapan puluh sembilan ribu
[chat] umi_aisyah: ada warna mocca?
ada umi, mocca, dusty pink, sage, hitam"""),

R(kind="post", cat="regional_code_word", e=(1,1,1,1), t="""[subtitle video pendek, Kupang]
eh kaka dong, RB baru masuk ni, rombengan dari Timor Leste pung jalur
baju kaos sepuluh ribu sa, celana jins dua puluh
lokasi di pasar Oeba belakang, cari beta pung lapak yang tenda biru
beta buka sampe sore e"""),

R(kind="comment", cat="hn_buyer_questions", e=(0,1,1,1), t="""[chat live, pertanyaan pembeli]
rahma_bdg: kak ini beneran dari bal jepang?
rahma_bdg: soalnya aku pernah beli yang katanya jepang ternyata lokal
irwan.z: kak ada jaminan gak luntur?
rahma_bdg: kak kok gak dijawab
irwan.z: kayaknya host nya lagi sibuk ngitung duit wkwk"""),

R(kind="live", cat="live_bale_opening", e=(1,1,1,1), t="""nah gais nah kita buka karung yang keempat malam ini
ini katanya isinya celana cargo semua dari Amerika, yuk kita liat
wah beneran cargo, ada yang army, ada yang hitam
kita lempar ke chat tiga puluh ribu aja yang pertama kali ketik
[chat] bayu_skt: 30
[chat] lutfi_ps: 30
bayu duluan ya gais selamat bayu"""),
]
