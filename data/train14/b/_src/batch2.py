# Batch 2: families F16-F30 (3 members each). Hand-written.
R = [
("F16", "comment", "offer_reply_quiet", (1,1,1,1), """@yuliarahma: blazer korea abu2 itu ada size M? buat interview 🙏
@metro4.blazerseken: ada kak, M pas, kondisi 90% cuma kancing manset satu ganti. 60rb
@metro4.blazerseken: kami di Metro Pasar Baru lantai 4 kios ujung deket tangga darurat, buka sampe jam 5
@yuliarahma: oke kak besok pagi aku kesana"""),
("F16", "post", "hn_buyer_haul_price", (0,1,1,1), """nyari blazer buat interview modal tipis: Metro Pasar Baru lantai 4 jawabannya 🙌
blazer korea seken abu2 60rb, celana bahan 35rb
tinggal laundry + setrika, jadi deh kayak anak kantoran
doain lolos interview ya gaes 🤞"""),
("F16", "post", "hn_haul_new_stock_used0", (0,0,1,1), """btw gak semua di Metro Pasar Baru itu barang seken ya
blazer korea yg aku beli minggu lalu 145rb itu BARU, masih ada tag & plastiknya, impor dari Guangzhou kata tokonya
lantai 4 emang campur, ada kios seken ada kios barang baru
jadi kalo mau yg bener2 baru tanya dulu aja"""),

("F17", "post", "offer_creator_points_stall", (1,1,1,1), """windbreaker season 🌬️ spill tempat aku biasa dapet windbreaker ex Jepang murah:
Kebon Kalapa, masuk dari pintu samping, lapak Kang Dede no. 34 (yg spanduknya kuning)
kemarin aku ambil 2 masing2 85rb, mulus semua
bilang "dari Raka" nanti dikasih diskon 5rb 🤭
#kebonkalapa #thriftbandung"""),
("F17", "post", "hn_buyer_haul", (0,1,1,1), """hunting di Kebon Kalapa pagi tadi, panasnya ampun ☀️
windbreaker nike ex jepang, warna ungu-tosca retro
sebenernya mau cari yg hitam tp keduluan bapak2
pulang naik angkot sambil meluk kresek kayak nemu harta karun"""),
("F17", "post", "hn_viewer_tiktok_joke", (0,1,1,1), """fyp aku isinya cowok2 bandung pamer windbreaker dari Kebon Kalapa semua 😂
tiap video caption nya "spill? kebon kalapa bro"
aku di Kalimantan cuma bisa nonton sambil ngiler
plis algoritma, kasih aku konten lain"""),

("F18", "listing", "offer_listing_plain", (1,1,1,1), """[BUNDLE BATAM] Kaos band vintage
- Nirvana In Utero, single stitch, size L, 120rb
- Guns N Roses tour tee, size XL, 135rb
- Pearl Jam, pudar natural, size M, 110rb
Jual satuan, semua ex bundle Batam, bukan reprint. Kirim dari Batam Centre, estimasi 3-5 hari ke Jawa."""),
("F18", "post", "hn_forum_question", (0,1,1,1), """[ASK] Cara bedain kaos band vintage bundle Batam asli vs reprint?
gan, saya nemu Nirvana single stitch di marketplace katanya dari bundle Batam
takut ketipu reprint Bangkok yg dibikin lusuh
ciri2 tag & jahitannya apa aja ya? thanks sebelumnya 🙏"""),
("F18", "comment", "hn_customer_warning", (0,1,1,1), """saran aja buat yang mau beli kaos band "bundle Batam" di akun @batam.bandtees
aku beli Guns N Roses 135rb, pas dateng tag-nya Gildan Softstyle, itu reprint jelas
ditanya malah bilang "namanya barang bundle kak"
jangan asal checkout ya"""),

("F19", "post", "offer_post_price_place", (1,1,1,1), """obok-obok malam minggu is back 🔦
semua baju 15rb ambil sepuasnya, baru belah 3 bal balpres tadi sore
tempat: pasar malam lapangan Sempur, tenda paling ujung deket odong2
bawa kresek sendiri ya kak, kita lagi kurangin plastik 🌱"""),
("F19", "post", "hn_buyer_diary", (0,1,1,1), """malam minggu kemarin iseng ke pasar malam Sempur, ada obok-obok baju balpres
ibu2 pada nyemplung ke tumpukan, aku kebagian tempat di pojok doang 😂
dapet 2 kemeja linen sama 1 celana kulot
capek tapi seru, kayak lomba 17an"""),
("F19", "post", "hn_school_bazaar_abroad0", (0,1,1,0), """Terima kasih ayah bunda yang sudah mendonasikan baju layak pakai untuk bazar amal kelas 4 kemarin 🙏
Tumpukan baju dari rumah-rumah wali murid ternyata ramai diobok-obok, semua laku.
Seluruh hasilnya sudah kami serahkan ke panti asuhan.
Foto-foto kegiatan ada di grup kelas ya."""),

("F20", "live", "offer_live_host", (1,1,1,1), """host: selamat malam kakak2, karung celana jeans ke-3 kita belah yaa ✂️
host: levis 501 W31 pudar cakep 55rb, ketik 01
host: kak @bayu.p ketik 01 duluan, masuk ya kak, bayar di keranjang max 15 menit
host: lanjut wrangler W34 55rb ketik 02
host: yang mau spill ukuran tulis di komen, nanti aku cariin di karung"""),
("F20", "live", "hn_viewer_live_chat", (0,1,1,1), """viewer lines dari live bongkar karung jeans tadi yg aku screenshot 🤣
"kak W36 ada?" "kak itu levis asli?" "01 01 01" "yah keduluan"
"kak pinggang 29 adaa??" "kak bisa kurang gak"
aku sendiri cuma nonton, gak punya duit wkwk, tp komennya lebih seru dari sinetron"""),
("F20", "post", "hn_buyer_review_live", (0,1,1,1), """review celana levis 501 dari live bongkar karung minggu lalu
bayar 55rb, datang dalam 4 hari
jahitan masih aman, pinggang sesuai W31, ada bekas sobek dijahit di saku belakang (gak disebut pas live)
buat harga segitu oke lah, tp kalian kalau ikut live minta close up dulu"""),

("F21", "message", "offer_wa_broadcast", (1,1,1,1), """Assalamualaikum agan2 reseller
koli jaket gunung grade S ready lagi: TNF, Columbia, Patagonia, Montbell ex Korea
1 koli isi ±80 pcs, 7,8jt, sudah sortir, minus sedikit
ambil 2 koli free ongkir Jabodetabek
order & konfirmasi sebelum Kamis, slot terbatas"""),
("F21", "post", "hn_trader_story", (0,1,1,1), """curhat pedagang jaket gunung 🥲
dulu sebulan bisa habisin 4 koli grade S ex Korea, sekarang 1 koli aja 3 bulan belum kosong
harga koli naik terus, yang beli malah nawar jaket TNF setengah harga
lagi mikir mau ganti usaha, tp modal udh nyangkut di stok"""),
("F21", "comment", "hn_buyer_question_price", (0,1,1,1), """bang kalau jaket gunung grade S yg di koli itu per potongnya kira2 berapa ya kalo eceran?
aku bukan reseller, cuma butuh 1 TNF size L buat naik Rinjani
budget 200rb
kalau ada yg tau lapak yg jual eceran di Jakarta kabarin ya"""),

("F22", "listing", "offer_listing_quiet", (1,1,1,1), """Jual kemeja Uniqlo oxford ex Jepang, kiriman Dumai
biru muda L / putih M / salur XL
masing2 45rb, 3 pcs 120rb
kondisi 95%, kerah tidak kuning
Pekanbaru bisa COD Jl. Sudirman"""),
("F22", "post", "hn_buyer_haul", (0,1,1,1), """isi lemari kerja aku 80% kemeja Uniqlo seken ex Jepang 😆
dapetnya di Pekanbaru, katanya barang masuk dari Dumai
udah 2 tahun dipake ngantor masih bagus
kolega pada ngira aku belanja di mall"""),
("F22", "post", "hn_local_preloved_abroad0", (0,1,1,0), """kemeja Uniqlo oxford yg aku pake di video kemarin itu preloved dari lemari abangku sendiri ya, bukan beli impor bekas
dia beli baru di Uniqlo Pekanbaru, kekecilan, dilempar ke aku 🤣
jadi yg nanya "beli dmn kak?" jawabannya: gratis, modal jadi adik"""),

("F23", "message", "offer_reply_quiet", (1,1,1,1), """Pak, sepatu boots yang bapak tanya masih ada 2 pasang
Timberland size 43 dan Dr Martens size 42, dua2nya barang Tawau
yang Timberland 250, Dr Martens 300, sol masih bagus
saya di Nunukan, bisa titip speedboat ke Tarakan besok pagi"""),
("F23", "message", "hn_group_chat_buyer", (0,1,1,1), """[Grup Keluarga Tarakan]
Om Rudi: kata teman kantor di Nunukan banyak boots Timberland bekas Tawau, ada yg pernah beli?
Tante Mei: itu asli kah? jangan2 KW
Om Rudi: ndak tau juga, belum pernah lihat langsung
Adik Lia: mending jangan om, itu barang bekas selundupan kan"""),
("F23", "post", "hn_opinion", (0,1,1,1), """orang Tarakan pasti paham: boots Timberland bekas dari Tawau itu udah kayak "seragam" anak muda sini
harganya jauh di bawah yg baru, solnya masih tebal
tapi makin kesini makin banyak yg KW dicampur ke karung
menurutku udah saatnya kita dukung brand boots lokal yg kualitasnya juga oke"""),

("F24", "message", "offer_marketplace_chat_seller", (1,1,1,1), """Penjual: Halo kak, untuk dress vintage korea motif bunga masih tersedia ya
Penjual: bahan sifon, LD 96, panjang 118, ada noda samar di ketiak sudah dicuci
Penjual: harga 65rb, silakan order sekarang, kami packing jam 3
Penjual: barang second import ya kak, mohon dipahami minusnya"""),
("F24", "message", "hn_marketplace_chat_buyer", (0,1,1,1), """Pembeli: halo kak, dress vintage korea motif bunga yang 65rb itu masih ada?
Pembeli: LD nya berapa ya? aku biasanya M
Pembeli: noda di ketiak keliatan jelas gak kak? soalnya buat kondangan
Pembeli: kalau bisa minta video ya kak, makasih"""),
("F24", "review", "hn_review_no_seller", (0,1,1,1), """⭐⭐⭐⭐ dress vintage korea second import
bahan sifon adem, motif bunganya manis bgt
noda ketiak memang ada tapi samar, ketutup kalo pake cardigan
pengiriman cepat. minusnya bau lemari, harus angin2in 2 hari"""),

("F25", "message", "offer_group_chat_keep", (1,1,1,1), """[Grup Arisan Thrift Bu RT]
Bu Wati: ibu2 barang karungan korea yg kemarin sudah saya pilah ya 🙏
Bu Wati: cardigan 30rb, blus 25rb, rok 20rb, foto di atas tinggal sebut nomor
Bu Ani: no 7 keep bu
Bu Wati: siap bu Ani, no 7 sudah saya tandai, ambil di rumah sore"""),
("F25", "message", "hn_group_chat_gossip", (0,1,1,1), """[Grup Arisan Thrift Bu RT]
Bu Ani: ibu2 cardigan karungan korea yg saya pake kemarin banyak yg nanya 😄
Bu Yuli: wah itu dari karung yg dibuka bu Wati kan?
Bu Ani: iya, tp kata bu Wati karungnya udah habis, dia gak ambil lagi
Bu Yuli: yahh padahal mau cari rok"""),
("F25", "message", "hn_family_warning", (0,1,1,1), """Mah, aku liat di grup RT ada yang nawarin baju karungan korea
jangan beli dulu ya mah, aku baca di berita barang bekas impor itu dilarang & banyak jamurnya
kemarin temen kantorku gatal2 abis pake blus karungan
kalo mau cardigan nanti aku beliin yang baru aja"""),

("F26", "listing", "offer_listing_plain", (1,1,1,1), """Tas ransel anak SD (randoseru) second dari Jepang
Kulit sintetis merah, kondisi 80%, gesper lengkap, lecet normal pemakaian
Harga 250.000
Dari bal tas Jepang, kami bersihkan & semprot antiseptik
Stok 4 warna: merah, hitam, coklat, navy, DM untuk foto tiap warna. Pengiriman dari Bekasi"""),
("F26", "post", "hn_buyer_question", (0,1,1,1), """mom2 ada yg pernah beli randoseru bekas Jepang buat anak? banyak di marketplace
kuat gak sih buat anak SD sini yg bukunya tebel2?
takut bau atau kotor dalamnya
kalau ada pengalaman sharing dong 🙏"""),
("F26", "post", "hn_parent_story", (0,1,1,1), """anakku pake randoseru second Jepang dari kelas 1, sekarang kelas 3 masih kuat 💪
dulu belinya di online shop, katanya dari bal tas Jepang
temen sekelasnya pada nanya itu tas apa, dikira tas mahal
yang penting dicuci bersih dulu sebelum dipake"""),

("F27", "message", "offer_wa_broadcast", (1,1,1,1), """JUAL BAL BED COVER & SELIMUT ex Korea 🛏️
1 bal ±60 lembar, campur single & queen, 2,9jt
eceran di toko selimut 50rb, bed cover 75rb
cocok buat kos2an & penginapan
alamat gudang: Jl. Ahmad Yani, dekat terminal Parepare"""),
("F27", "post", "hn_hygiene_warning", (0,1,1,1), """serius deh, mikir dua kali sebelum beli bed cover bal korea
aku beli satu, dicuci 3x masih ada noda kuning & bau apek
akhirnya malah gatal2 satu rumah
barang bekas impor gitu gak jelas riwayatnya, mending beli baru yg lokal"""),
("F27", "post", "hn_donation_request_abroad0", (0,1,1,0), """Posko banjir Kelurahan kami membutuhkan selimut & bed cover bekas layak pakai 🙏
Silakan antar ke balai kelurahan, sudah dicuci ya.
Bukan untuk dijual, langsung dibagikan ke 40 KK terdampak.
Terima kasih warga sekalian."""),

("F28", "post", "offer_forum_wts", (1,1,1,1), """[WTS] Jaket varsity preloved ex USA - Jakarta
Letterman wool + kulit lengan, size L, patch "Ohio 1987", kondisi 8/10
Price: 350rb nett
Lokasi Tebet, COD stasiun sekitar, luar kota JNE
Barang dari bal USA, cuma 1 pcs, minat DM, no PHP ya gan"""),
("F28", "post", "hn_forum_wtb", (0,1,1,1), """[WTB] Jaket varsity preloved ex USA size L
budget max 350rb, lebih suka wool + kulit lengan
kalau ada yg nemu di Senen atau thrift shop online tolong mention saya ya gan
domisili Tebet"""),
("F28", "post", "hn_forum_reply_history", (0,1,1,1), """Re: [WTS] Jaket varsity preloved ex USA
sekedar info buat yg lagi nyari, varsity "Ohio 1987" itu pernah saya lihat juga di Senen, ternyata emang satu bal isinya banyak varsity sekolah Amerika
jadi jangan percaya kalau disebut "cuma 1 pcs langka"
saya sendiri bukan penjual, cuma kolektor"""),

("F29", "post", "offer_stall_promo_quiet", (1,1,1,1), """jersey bola seken impor baru naik ke gantungan ⚽
Inter 2010, Dortmund 2012, Arsenal away 2006, rata2 35rb
yg kondisi mulus & nama pemain 60rb
Cimol Gedebage blok jersey, lapak Mang Asep no. 9
sabtu minggu buka dari subuh"""),
("F29", "post", "hn_collector_story", (0,1,1,1), """koleksi jersey aku 40an biji, 90% dari Cimol Gedebage 🥹
dulu jersey seken impor murah bgt, sekarang yg ada nama pemain harganya udah naik
yg paling berharga: Arsenal away 2006, nemu nyelip di tumpukan jersey futsal
kapan2 bikin konten spill koleksi deh"""),
("F29", "comment", "hn_buyer_question_price", (0,1,1,1), """mang, jersey Dortmund 2012 yg 35rb masih ada size M?
aku di Jatinangor, minggu baru bisa ke Gedebage
kalo masih ada tolong sisihin ya, tapi aku belum pasti ambil sih hehe
btw ada Liverpool 2005 gak?"""),

("F30", "message", "offer_importer_pitch", (1,1,1,1), """Partner usaha thrift yang budiman,
Kami melayani pengiriman balpres pakaian bekas dari Port Klang ke Belawan dan Dumai, full kontainer maupun per bal.
Pilihan: kaos campur, jaket, jeans, sepatu. Harga kontainer 40ft dan biaya "jalur" kami jelaskan langsung via telepon.
Pengalaman 8 tahun, barang aman sampai gudang Anda. Order dan konsultasi hubungi admin 0811xxxx."""),
("F30", "article", "hn_news_report", (0,1,1,1), """BELAWAN — Aparat gabungan memeriksa sebuah kontainer dari Port Klang yang dalam dokumennya tertulis kain perca, namun ternyata berisi ratusan balpres pakaian bekas.
Menurut petugas, pemilik barang berencana mendistribusikannya ke gudang di Medan dan Dumai.
Pakaian bekas merupakan barang dilarang impor berdasarkan Permendag 18/2021 sebagaimana diubah Permendag 40/2022."""),
("F30", "post", "hn_ex_importer_stopped", (0,1,1,1), """dulu saya ngurus kiriman balpres dari Port Klang ke Belawan, sebulan bisa 3 kontainer
2023 kena periksa, satu kontainer ditahan, rugi hampir semua tabungan
sekarang udah berhenti total, kerja ikut kapal sebagai ABK
buat yg masih main di situ, risikonya gak sebanding"""),
]
