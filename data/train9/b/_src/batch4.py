# Batch 4: live announcements, bios (profile), more posts and comments, written by hand.
RECORDS = [
("live", "live_bongkar_karung", 1, 1, 1, 1, """🔴 LIVE MALAM INI JAM 8!
Bongkar karung Jepang isi jaket & outer musim dingin 🧥
Harga mulai 25rb, yang cepat ketik "mau" langsung dapet
Jangan sampai telat ya guys, ketemu di live!"""),
("live", "live_bongkar_karung", 1, 1, 1, 1, """Live jam 7 pagi besok, buka bal baru ex Korea 🇰🇷
Kaos, kemeja, celana campur, semua satu harga 20rb
Checkout lewat keranjang kuning, yg telat bayar otomatis batal ya kak
#thriftingmurah #balpres #liveshopping"""),
("live", "live_bongkar_karung", 1, 1, 1, 1, """OTW LIVE 🔥🔥
Malam ini kita sortir 2 koli cakar dari Tawau, isi sepatu & tas
Siapin jari, siapin saldo
Aku live dari gudang, biar kalian liat sendiri barangnya masih dalam karung segel"""),
("live", "live_bongkar_karung", 1, 1, 1, 1, """Pengumuman‼️ Live lelong Sabtu jam 9 malam
Barang bundle UK & Jepang, jaket kulit, blazer, coat wool
Harga awal 30rb, siapa paling tinggi dapet
Link live di bio, jangan lupa follow dulu biar dapet notif"""),
("live", "live_bongkar_karung", 1, 1, 1, 1, """Bestie2 nanti jam 4 sore kita live obok-obok ya 😆
Ada 3 karungan baru sampe dari Surabaya, aslinya barang Korea
Yang kemarin minta daster & blouse, banyak nih
Ongkir bisa digabung kalau checkout lebih dari 3"""),
("live", "live_bongkar_karung", 1, 1, 1, 1, """LIVE SEKARANG 🎥 Monza Corner
Lagi buka bal Amrik isi kemeja flanel & kaos band
Satu item 40rb, ambil 3 jadi 100rb
Ketik kode di komen, admin catat, bayar via transfer"""),
("live", "hn_live_preloved", 1, 1, 1, 0, """Live jam 8 malam: cuci gudang lemari pribadi 👗
Aku jual baju2ku sendiri yg udah ga muat abis lahiran, bukan barang bal ya.
Dress, blouse, celana kulot, harga 20-60rb
Nonton aja juga boleh, sambil ngobrol2 😊"""),
("live", "hn_live_new_goods", 1, 0, 1, 0, """LIVE 19.00 WIB 🔴
Launching koleksi "Vintage Feel" dari konveksi kami di Pekalongan.
Kemeja motif retro, barang BARU dengan tag, bukan thrift.
Promo khusus live: beli 2 gratis ongkir!"""),
("live", "hn_live_other_goods", 1, 1, 0, 1, """Live jam 9 malam: HP second ex Jepang & ex Singapore 📱
iPhone XR, 11, 12, kondisi 90-95%
Semua sudah dicek teknisi, garansi toko 1 bulan
Nego tipis di live ya kak"""),
("live", "hn_live_talk", 0, 1, 1, 1, """Live ngobrol santai malam ini jam 8 🎙️
Topik: "Nasib pedagang thrift setelah larangan impor"
Bintang tamu: Pak Anto, 20 tahun jualan bal di Gedebage, bakal cerita suka dukanya.
Ini bukan live jualan ya, murni diskusi. Bawa pertanyaan kalian!"""),
("live", "hn_charity_bazaar", 1, 1, 1, 0, """Live lelang amal Minggu jam 3 sore 💛
Barang: jaket & sepatu bekas sumbangan para musisi lokal Bandung, lengkap dengan tanda tangan.
Seluruh hasil untuk korban longsor di Garut.
Ikut bid ya teman2, sekalian berbagi"""),
("live", "hn_live_talk", 0, 1, 1, 1, """Nonton live reporter kita dari Pelabuhan Tanjung Priok ya 📺
Jam 10 pagi ini ada pemusnahan ratusan bal pakaian bekas hasil sitaan.
Kami juga wawancara pedagang Senen soal dampaknya.
Saksikan di kanal YouTube kami"""),
("profile", "shop_bio", 1, 1, 1, 1, """🧥 Thrift Karungan Jogja
Bal Jepang & Korea dibuka tiap Senin-Kamis
Ecer / grosir / reseller welcome
📍 Jl. Parangtritis gg. Mawar
WA 0812xxxx | COD & kirim seluruh Indonesia"""),
("profile", "shop_bio", 1, 1, 1, 1, """Cakar Premium Makassar 🛍️
Sortiran grade A dari karung Korea
Live tiap malam jam 9 🔴
Order? klik link di bawah 👇
Pengiriman ke seluruh Sulawesi & Maluku 🚚"""),
("profile", "shop_bio", 1, 1, 1, 1, """Supplier balpres terpercaya sejak 2016 ✅
Mix Jepang, Korea, Thailand, Eropa
Kirim via kargo laut & darat ke seluruh kota
Testimoni di highlight • Admin: 0812xxxx"""),
("profile", "shop_bio", 1, 1, 1, 1, """lelong.bdg 🇲🇾➡️🇮🇩
bundle jacket • flanel • boots
open order tiap restock, ikutin story biar ga ketinggalan
DM for price, no COD
resi dikirim H+1 setelah transfer 📦"""),
("profile", "hn_personal_bio", 0, 1, 1, 1, """Mahasiswi Sosiologi UGM 📚
Suka ngawul sejak SMA, koleksi kaos band bekas 40+ 🎸
Nulis soal budaya thrifting & limbah tekstil
Bukan olshop ya, ga jual apa2 🙏"""),
("profile", "hn_community_bio", 0, 1, 1, 1, """Komunitas Pencinta Thrift Surabaya 👕
Sharing hasil cakaran, tips nyuci, & info pasar
❌ Dilarang jualan & promosi olshop di grup
❌ Dilarang spam link
Admin berhak kick tanpa peringatan 🙏"""),
("profile", "hn_personal_bio", 1, 1, 1, 0, """Rina | ibu 2 anak | Bekasi 🏡
Sesekali jual preloved pribadi & baju anak yg udah kekecilan
Semua barang dari lemari sendiri, bukan impor
Info di highlight "PRELOVED\""""),
("profile", "hn_upcycling", 1, 1, 1, 0, """Tambal Sulam Studio ✂️
Rework & upcycle dari baju bekas lokal dan sisa kain warga
Tas, jaket patchwork, topi, satu desain satu barang
Workshop tiap bulan • Made in Malang"""),
("profile", "hn_reporter_bio", 0, 1, 1, 1, """Jurnalis ekonomi 📰
Meliput perdagangan, pelabuhan & penyelundupan pakaian bekas di Sumatra
Tips liputan? DM terbuka
Pendapat pribadi, bukan sikap kantor"""),
("profile", "hn_new_thrift_style", 1, 0, 1, 0, """RETROLOKAL 🇮🇩
Baju gaya thrift tapi BARU, jahitan penjahit lokal Bogor
Bukan bekas • Bukan impor
Shopee & Tokopedia: Retrolokal Official
Setiap pembelian bantu 12 penjahit rumahan 🧵"""),
("post", "plain_offer", 1, 1, 1, 1, """buat yg nanya2 terus: iya bang, kami masih jual bal.
kecil2an aja sekarang, per karung 50kg isi kemeja & celana ex Thailand
harga japri, kirim lewat ekspedisi biasa
yg serius aja ya 🙏"""),
("post", "regional_code_word", 1, 1, 1, 1, """Babebo masuk lagi Genteng 🎉
Jaket, hoodie, celana jeans, banyak yg masih mulus
Mulai 15rb, buka jam 8 pagi sampe habis
Toko pojok barat lampu merah, ditunggu lur!"""),
("comment", "comment_ready_wa", 1, 1, 1, 1, """@yoga_pras: bang roma yg kemeja pantai kemarin udah abis?
@roma.pasarbersehati: masih ada bang, baru buka karung lagi pagi ini dari Filipina. Mampir lapak atau wa 0812xxxx biar tak kirim foto2nya"""),
("post", "hn_buyer_haul", 0, 1, 1, 1, """dapet coat panjang abu2 di rombengan Pasar Kliwon, 50rb doang 🥹
labelnya dari toko di Osaka, ada sobek dikit di kantong tapi bisa dijahit
cocok bgt buat ke Dieng minggu depan
next weekend ngawul lagi ah"""),
("post", "hn_opinion_ban", 0, 1, 1, 1, """Gen Z: "thrifting itu sustainable"
Juga Gen Z: checkout 15 kaos dari bal Korea seminggu, 10 nganggur di lemari 🙃
Sustainable itu soal seberapa lama dipakai, bukan seberapa murah dibeli.
Self-reminder juga buat aku sendiri"""),
("post", "hn_trader_story", 0, 1, 1, 1, """Vlog hari ini: nemenin Mak Ijah beres-beres lapaknya di Pasar Cimol.
Dulu tiap Jumat dia buka 3 bal baru, sekarang tinggal ngabisin sisa karung lama.
"Kalau habis, ya pulang kampung," katanya sambil ngelipet jaket.
Sedih tapi dia tetep ketawa. Respect 🙏"""),
("comment", "hn_report_seller", 0, 1, 1, 1, """Guys jangan ketipu ya, akun @grosir.bal.murah itu nipu.
Postingannya "bal Jepang 1,5jt free ongkir Sumatera" padahal harga pasaran 5jt-an.
Temenku udah transfer, sekarang nomornya ga aktif.
Kalau harganya ga masuk akal, ya memang ga masuk akal."""),
("post", "hn_other_goods_used", 1, 1, 0, 1, """Jual motor Vario recond ex Jepang, bekas tangan 1 dari importir
tahun 2019, mesin halus, surat lengkap (katanya 😅)
harga 14jt nego
lokasi Batam, bisa liat langsung
📞 0812xxxx"""),
("post", "hn_other_goods_used", 1, 1, 0, 0, """Dijual karung goni bekas gudang beras, masih kuat, cocok buat tanam sayur atau karung pasir.
100 lembar 150rb, sumbernya dari penggilingan padi di Karawang.
Ambil di tempat ya 🙏"""),
("post", "hn_buyer_question", 0, 1, 1, 1, """Anak Banjarmasin, masih ada kah yang jual baju bekas di Pasar Sudimampir lawan di Kelayan?
Ulun handak mancari jaket kulit gasan abah, nang murah ai.
Kada kawa beli nang hanyar, duit kada cukup 😅"""),
("post", "hn_joke_meme", 0, 1, 1, 1, """POV: beli kemeja thrift Jepang, pas dipake ke kantor ada bos Jepang tamu 😳
dia liat label dalem kerahku terus bilang "ini seragam SMA di kota saya"
ternyata itu seragam sekolah beneran
aku mau menghilang dari bumi"""),
("comment", "hn_reply_thread", 0, 1, 1, 1, """kalo di Manado torang bilang "roma" for baju cakar, so dari dulu.
mama dulu tiap hari Sabtu pigi di Pasar Bersehati cari roma buat torang samua.
skarang so jarang, katanya kapal dari Filipina so nda maso"""),
("post", "recommendation_with_wa", 1, 1, 1, 1, """Buat ibu2 di grup yg nanya baju anak bekas impor yang bagus: aku langganan di Bu Yuni, dia buka karung Korea tiap Rabu di rumahnya deket Pasar Kebon Kalapa.
Baju bayi, jumper, jaket anak, 5rb-25rb.
WA beliau 0812xxxx, bilang aja kenal dari grup Bunda Bandung 🥰"""),
("post", "hn_swap", 0, 1, 1, 1, """Ada yg mau tukeran? 🔄
Aku punya kemeja Hawaii hasil thrifting dari Senen, size XL, kegedean.
Pengen tukar sama kemeja size M model apa aja.
Ga dijual ya, murni barter. Area Jaksel"""),
("message", "wa_broadcast", 1, 1, 1, 1, """Pagi kak 🙏 update stok hari ini:
Sepatu second impor ex Singapore masuk 1 koli
Nike, Adidas, Converse, mulai 150rb
Foto lengkap di katalog WA, yg minat langsung reply nomor barang ya"""),
("post", "hn_news_reaction", 0, 1, 1, 1, """Quote tweet berita "pedagang thrifting Senen kehilangan omzet 50%":
Semoga ada jalan tengah. Aku besar dari baju cakar, seragam SD-ku pun dulu bekas dari karung.
Tapi aku juga ngerti temen2 konveksi yang teriak karena pasar mereka digerus."""),
("article", "hn_forum_question", 0, 1, 1, 0, """[Forum Hukum Online] Tanya: Saya mau jual baju-baju lama saya sendiri di marketplace, sekitar 30 potong, semuanya dibeli baru di mal dalam negeri.
Apakah ini termasuk melanggar aturan larangan pakaian bekas? Takut kena blokir atau sanksi.
Terima kasih atas jawabannya."""),
("review", "hn_review_no_seller", 0, 1, 1, 1, """3/5 buat jeans Levi's 505 hasil cakaran di Pasar Kodok
Warnanya udah pudar rata, justru bagus. Tapi pinggangnya pernah dipermak orang, jahitannya mencong.
Ada tulisan tangan "size 32 USA" di kantong dalam, lucu juga.
Ga nyesel, tapi next time cek jahitan dulu."""),
("profile", "hn_community_bio", 0, 1, 1, 1, """Arsip Monza Medan 📷
Mendokumentasikan pajak-pajak monza, pedagangnya, dan cerita pembelinya sejak 1990an
Akun sejarah & budaya, BUKAN toko
Kirim foto lama kalian lewat DM"""),
]
