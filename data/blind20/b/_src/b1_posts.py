# Batch 1: posts (threads, captions, tweets) - written by hand
# each entry: (kind, category, (offer, used, clothing, abroad), text)
B1 = [
("post", "hn_buyer_haul", (0, 1, 1, 1), """ngawul tipis2 di Senen tadi siang 🥲
dapet kemeja flanel Uniqlo 20rb, celana cargo 35rb, sama jaket parasut yg bau apeknya masya allah
total 75rb doang. sekarang lagi direndem air panas + detergen, doain baunya ilang ya guys"""),

("post", "hn_memory_awul", (0, 1, 1, 1), """Dulu tiap Sekaten bapak selalu ngajak aku ke lapak awul-awul di alun-alun lor.
Aku kecil cuma duduk di atas tumpukan baju sambil makan arum manis, bapak sibuk bongkar nyari jaket buat kerja di sawah.
Sekarang bapak udah nggak ada, dan jaket Jepang bekas itu masih kugantung di lemari. Baunya udah hilang, kenangannya belum."""),

("post", "plain_offer_thread", (1, 1, 1, 1), """🧵 thread hidden gem minggu ini, semua dari bal Jepang yg baru dibuka kemarin
1. hoodie Champion reverse weave, size L, minus noda kecil di lengan - 145rb
2. kemeja denim Levi's, kondisi 9/10 - 120rb
3. coach jacket Stussy oldschool - 210rb
yg mau langsung reply "mau" + nomor, nanti admin DM. first come first serve ya, gaada keep2an"""),

("post", "hn_opinion_ban_support", (0, 1, 1, 1), """Unpopular opinion: gw setuju larangan impor baju bekas.
Konveksi kecil di Bandung sama Solo itu megap2 bersaing sama balpres yg masuk lewat Batam dengan harga nggak masuk akal.
Lo beli jaket bekas 30rb, ada penjahit lokal yg kehilangan order. Silakan hujat wkwk"""),

("post", "hn_opinion_ban_against", (0, 1, 1, 1), """pemerintah tuh kalo mau berantas thrifting impor ya kasih solusi dulu buat pedagangnya
temen bapakku udah 15 taun dagang di Pasar Senen, tiba2 disuruh ganti barang lokal. modal dari mana?? 
yg nyelundupin kontainer ditangkep aja, jangan yg kecil2 diobrak-abrik 😤"""),

("post", "hn_joke_meme", (0, 1, 1, 1), """POV: beli kaos thrift 15rb di Gedebage, pas dicuci ternyata ada bordiran "Takahashi Kenji kelas 3-B" di kerahnya 💀
sekarang aku resmi jadi Kenji. maaf ya Kenji-kun, kaosmu sudah sampai di Cimahi 🙏
#thriftfinds #ngawul #kenjiwhereareyou"""),

("post", "hn_tips_washing", (0, 1, 1, 1), """Tips dari aku yang udah 6 taun ngawul baju bal:
- jangan langsung dipake, rendem dulu air panas min. 1 jam
- campur sedikit cuka / pembersih lantai buat bunuh kutu & jamur
- jemur di bawah matahari langsung, jangan diangin2in doang
- jaket kulit jangan direndem, lap pake alkohol aja
Semoga ngebantu yg baru mulai thrifting ✨"""),

("post", "hn_buyer_question", (0, 1, 1, 1), """Guys ada yg tau gak sih tempat ngawul di Surabaya yg masih buka sejak razia kemarin?
Dulu langganan di Pasar Gembong tapi kata temen lapaknya banyak yg tutup.
Pengen nyari jaket varsity bekas Jepang buat kado ultah cowo aku 😭 tolong dibantu"""),

("post", "haul_with_handle", (1, 1, 1, 1), """haul hari ini dari lapaknya @kaloka.thrift, mereka baru bongkar karung Korea 🤍
cardigan rajut 40rb, rok plisket 35rb, tas kanvas 25rb
pelayanannya ramah, barangnya udah disortir jadi gak terlalu kucel. kalo mau cek langsung aja ke ignya, mereka live tiap malem jam 8"""),

("post", "hn_trader_story", (0, 1, 1, 1), """Curhat dikit di grup ini ya bapak ibu.
Saya dagang cakar di Pasar Terong sudah dari 2009. Dulu seminggu bisa buka 4 karung, sekarang sebulan satu karung saja susah.
Harga karung naik terus, pembeli sepi, anak sudah mau masuk SMA. Bukan mau melawan aturan, cuma mau tanya kami makan dari mana?"""),

("post", "restock_story", (1, 1, 1, 1), """RESTOCK CAKAR 🔥🔥
baru turun 6 karung campur ex Korea, isinya jaket, kemeja, celana jeans
sisa 3 karung belum dibongkar, yg mau borong per karung japri aja
lapak buka jam 4 sore di depan Pasar Daya, Makassar. WA 0812xxxx"""),

("post", "hn_news_quote", (0, 1, 1, 1), """"Harga satu bal sekarang tembus 7 juta, kapal udah sebulan gak dateng"
kutipan pedagang Senen di berita pagi ini bikin sedih. 
yg paling kasian ya yg kecil2, modal sekali buka bal terus gak balik. btw gw tetep gak setuju impor sampah tekstil, tapi transisinya harus manusiawi"""),

("post", "hn_preloved_own", (0, 1, 1, 0), """Lagi beres2 lemari sebelum pindahan ke Balikpapan, ternyata banyak baju yg udah gak muat 🥲
kemeja kerja, 2 blazer, dress kondangan yg cuma dipake sekali
semuanya punya aku sendiri, beli di mall dulu. rencananya mau aku kasih ke sepupu2 dulu, sisanya ke panti. ada saran panti di Bekasi yg nerima pakaian layak?"""),

("post", "hn_new_thrift_style", (1, 0, 1, 0), """NEW DROP "Vintage Campus" 🎓
crewneck dengan wash ala thrift, sablon retak yang sengaja dibikin lawas
100% baru, diproduksi di workshop kami sendiri di Bandung, bukan barang bekas ya kak
PO dibuka sampai Jumat, estimasi kirim 10 hari kerja. link di bio"""),

("post", "hn_report_seller", (0, 1, 1, 1), """@KemendagRI @beacukaiRI ini akun @bal.murah.id terang2an jualan "balpres Jepang grade A 5jt per bal, kirim dari Tanjungbalai" di TikTok.
udah ratusan video, live tiap hari. katanya dilarang tapi kok dibiarin?
mohon ditindak min, bukan iri, cuma pengen aturan ditegakin merata."""),

("post", "hn_gen_z_opinion", (0, 1, 1, 1), """Thread kecil soal Gen Z dan thrifting:
1/ kita bilangnya sustainable, padahal beli 10 baju seken per minggu karena murah. itu ya konsumtif juga
2/ sebagian besar bal yg masuk ke sini tuh sisa buangan negara maju, yg gak laku dibuang lagi di TPA kita
3/ bukan berarti ngawul itu dosa. tapi jangan sok paling peduli lingkungan aja gitu"""),

("post", "hn_donation_flood", (0, 1, 1, 0), """📢 Open donasi pakaian layak pakai untuk korban banjir Demak
Terima: baju anak, sarung, selimut, pakaian dalam BARU (khusus pakaian dalam wajib baru)
Drop point: Sekretariat Karang Taruna RW 04, Jl. Melati Gg. 3, Semarang
Mohon dicuci dan dilipat rapi. Bukan untuk dijual, semua langsung dikirim ke posko."""),

("post", "hn_other_goods_phone", (1, 1, 0, 1), """iPhone 11 ex Singapore, second mulus, BH 86%
fullset box, imei aman terdaftar beacukai
harga 4,3 nego tipis, COD area Batam Center aja ya
minat dm, no php"""),

("post", "live_promo_caption", (1, 1, 1, 1), """malam ini jam 8 kita BONGKAR KARUNG JEPANG 🇯🇵 live di TikTok
isinya jaket winter, sweater, celana chino, semua 1 harga 35rb
checkout lewat keranjang kuning, ongkir subsidi buat Jawa
jangan lupa pasang alarm bestie!! #bongkarbal #thriftjepang"""),

("post", "hn_buyer_complaint", (0, 1, 1, 1), """Kapok beli baju bal di pasar malem 😭
Jaket corduroy 50rb, pas dirumah baru sadar jahitan ketiaknya sobek panjang dan ada bekas noda kayak oli. 
Udah direndem 3x, bau lembabnya masih nempel. Pelajaran: cek di bawah lampu terang, jangan tergoda harga murah aja."""),

("post", "hn_upcycle_local", (0, 1, 1, 0), """Proyek weekend: rework celana jeans bekas punya kakak jadi tote bag + pouch 🧵
Pake mesin jahit nenek, pola bikin sendiri dari kardus.
Hasilnya gak sempurna sih, tapi seneng bisa manfaatin yang ada di rumah daripada dibuang. Next mau bikin bucket hat dari sisa kainnya."""),

("post", "hn_smuggling_opinion", (0, 1, 1, 1), """Yg lucu tuh gini: tiap taun ada berita "ribuan bal pakaian bekas dimusnahkan di Entikong", tapi di pasar sini stoknya gak pernah abis.
Artinya yg ketangkep cuma sebagian kecil.
Kalo serius ya benahi dulu jalur tikus di perbatasan Kalbar, jangan cuma seremoni bakar2 buat foto."""),

("post", "reseller_recruit", (1, 1, 1, 1), """Dicari reseller & dropshipper baju thrift Korea 🙌
- modal mulai 500rb udah dapet 1/4 karung grade B
- foto katalog kami sediain, tinggal posting
- bisa kirim ke seluruh Indonesia via ekspedisi
minat komen "join", nanti admin kirim format daftar"""),

("post", "hn_charity_bazaar", (1, 1, 1, 0), """Bazar amal SMA Tunas Bangsa hari Sabtu ini! 🎪
Ada pakaian layak pakai sumbangan alumni & orang tua murid, harga mulai 5rb
Semua hasil penjualan untuk beasiswa adik2 kelas X
Jam 8 pagi - 2 siang di lapangan basket sekolah, Jl. Kenanga 12, Malang"""),

("post", "hn_ceker_food", (1, 0, 0, 0), """Cakar ayam pedas level 5 ready lagi hari ini 🌶️🔥
porsi jumbo 15rb, bisa tambah kerupuk
antar area Panakkukang gratis min. 3 porsi
order WA 0812xxxx ya daeng, jangan sampe kehabisan kayak kemarin"""),

("post", "hn_swap", (0, 1, 1, 0), """Ada yg mau tuker baju? 👗↔️👕
Aku punya 3 blouse preloved size M (dari lemari sendiri), pengen dituker sama celana kulot atau rok panjang.
Gak pake uang ya, murni barter. Area Depok / Jaksel ketemuan di stasiun."""),

("post", "hn_student_blog_thread", (0, 1, 1, 1), """Buat skripsi aku wawancara 12 pedagang pakaian bekas di Pasar Kodim Pekanbaru.
Hampir semua bilang barangnya dari Malaysia, masuk lewat Dumai pake kapal kayu, dibungkus karung goni.
Yang bikin aku kaget, banyak dari mereka gak tau itu dilarang. Mereka taunya "barang owol-owol" ya dari dulu memang begitu."""),

("post", "jastip_offer", (1, 1, 1, 1), """JASTIP SENEN BLOK III minggu depan ✈️
aku mau ngawul hari Selasa, kalian titip mau cari apa: jaket, kemeja, denim, dll
fee jastip 15rb/pcs, harga barang ngikutin lapak
kirim request + budget ke DM, aku kabarin foto2 langsung dari tkp"""),

("post", "hn_lecturer_note", (0, 1, 1, 1), """Catatan kuliah Ekonomi Pembangunan hari ini:
Perdagangan pakaian bekas impor punya rantai panjang: pengepul di luar negeri, kontainer, pelabuhan kecil, gudang, lalu pedagang eceran.
Larangannya tercantum di Permendag 18/2021 yang diubah dengan Permendag 40/2022.
Tugas: diskusikan dampaknya terhadap UMKM tekstil dan konsumen berpendapatan rendah. Max 3 halaman."""),

("post", "hn_kereta_recond", (1, 1, 0, 1), """Kereta recond Jepun masuk lagi bang!
Honda Dio, Yamaha Jog, Suzuki Lets, barang dari Port Klang
mesin sehat, surat lengkap proses, bisa kredit
singgah kedai kami kat Jalan Sudirman, Tanjungpinang. tanya2 boleh DM"""),

("post", "hn_thrift_pride_caption", (0, 1, 1, 1), """outfit hari ini full hasil ngawul 🤎
kemeja Ralph Lauren 25rb (Kebon Kalapa), celana Dickies 40rb (Gedebage), sepatu Clarks 90rb (lupa tempatnya wkwk)
total under 200rb tp dipuji dosen "rapi sekali nak"
#ootdthrift #ngawulstyle"""),

("post", "story_stock_offer", (1, 1, 1, 1), """📦 story update: koli ex Thailand udah sampai gudang
isi: kaos band, kemeja pantai, celana pendek
eceran mulai 20rb, ambil per kilo 60rb/kg
yang mau nongki liat langsung, gudang kami di belakang Pajak Melati Medan. chat admin di 0812xxxx"""),

("post", "hn_hygiene_opinion", (0, 1, 1, 1), """Yang bilang baju bal aman2 aja, coba baca penelitian BPOM/Kemendag dulu soal jamur & bakteri di sampel pakaian bekas impor.
Saya gak ngelarang orang ngawul, itu hak masing2. Tapi tolong jangan dipakein langsung ke bayi dan anak kecil.
Rendam, cuci, setrika panas. Minimal itu."""),

("post", "hn_nitip_jual_friend", (1, 1, 1, 0), """Nitip jual punya temen kosku yg mau pulang kampung ke Pontianak ya 🙏
rice cooker, rak sepatu, sama 5 kemeja preloved (dipake dia sendiri, masih bagus)
kemeja 30rb semua, ambil di kos daerah Jatinangor
yg minat reply aja nanti aku sambungin ke anaknya"""),

("post", "hn_buyer_haul_market_trip", (0, 1, 1, 1), """Tadi pagi nemenin mama ke Pasar Tungging di Bandar Lampung, niatnya beli sayur eh malah mampir ke lorong baju bekas 😂
mama dapet 3 gamis 50rb, aku dapet jaket denim Lee 45rb
tukang parkirnya bilang dulu ramenya kayak lebaran tiap hari, sekarang setengah lapaknya udah tutup"""),

("post", "open_bal_tweet", (1, 1, 1, 1), """open bal lagi guys!! korea grade A, isinya mostly blouse & outer cewe
harga mulai 25rb, bisa bundling 3 pcs 65rb
cek katalog & order lewat link di bio ya, slot terbatas krn 1 bal doang 🙏"""),

("post", "hn_rombengan_memory", (0, 1, 1, 1), """Masa kecil di Probolinggo: tiap Minggu ikut mbah putri ke rombengan deket stasiun.
Mbah selalu milih sweater wol buat dipake ke kebun tembakau pagi2.
Katanya "kain londo iki awet, le". Dan bener, sweater itu masih dipake mbah sampe 10 taun kemudian."""),

("post", "hn_local_brand_promo", (1, 0, 1, 0), """Daripada beli baju bekas impor yang gak jelas asal usulnya, yuk dukung produk lokal 🇮🇩
Kemeja flanel kami dijahit penjahit rumahan di Pekalongan, bahan katun lembut, harga 89rb
Baru, bukan sisa ekspor, bukan reject.
Order via Shopee "Sandang Pesisir" ✨"""),

("post", "hn_thread_reply_debate", (0, 1, 1, 1), """Replying to @rezaaa_m
bro lo bilang thrifting nyelametin bumi, tapi bal yg dikirim ke Indonesia itu 30-40% isinya gak layak jual. ujung2nya dibakar atau dibuang ke kali.
bukan gw yg ngomong, itu pengakuan pedagang Gedebage sendiri di liputan tv kemarin."""),

("post", "haul_recommend_wa", (1, 1, 1, 1), """Rekomendasi buat kalian yg cari baju kerja murah tp berkualitas 👇
aku langganan sama Kak Sinta, dia buka karung Jepang tiap Kamis. blazer2nya bagus2 banget, 40-60rb aja
biasanya aku japri langsung ke WA-nya 0812xxxx, bilang aja dari aku biar dikasih foto duluan 🤭"""),

("post", "hn_monza_medan_memory", (0, 1, 1, 1), """Anak Medan pasti tau rasanya nyari monza di Pajak Simalingkar pas mau masuk kuliah 😆
Kemeja ala2 Korea, celana kain, semua 10rb-an. Baunya khas karung kali.
Sekarang udah kerja di Jakarta, tiap pulang masih sempetin lewat situ walau cuma liat2."""),
]
