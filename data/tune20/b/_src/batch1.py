# Batch 1: posts (threads, captions, FB group posts). Hand-written, one entry each.
# (kind, category, offer, used, clothing, abroad, text)
RECORDS = [
("post", "seller_post", 1, 1, 1, 1, """open bal lagi guys 🔥 kali ini korea grade A, isinya kebanyakan hoodie sama crewneck tebel
harga mulai 45rb, yg oversize 60an
slot keep cuma sampe jam 9 malem ya, lewat itu lepas
link katalog di bio, dm buat tanya size jgn spam"""),

("post", "haul_or_reco_names_seller", 1, 1, 1, 1, """🧵 hidden gems minggu ini dari karungan Jepang yg baru dibongkar kemaren, aku fotoin satu2:
1. kemeja corduroy coklat, lebar ketiak 56, mulus no noda — 85k
2. cardigan rajut wol ala dosen, ada sedikit bulu kucing wkwk — 70k
3. celana chino Uniqlo pinggang 32 — 60k
4. jaket varsity bordiran nama sekolah Osaka, ini unik bgt — 150k
semua ready di @gudangsandang.lawas, first chat first serve
ongkir dari Bekasi ya kak 🙏"""),

("post", "haul_or_reco_names_seller", 1, 1, 1, 1, """haul hari ini dari Senen 🥹 dapet 3 kemeja flanel, 1 jaket denim Lee, 1 sweater Champion, total cuma 210rb
yang nanya terus: aku langganan di blok III lantai 2 kios Bang Ucok no. 47, dia bongkar bal Korea tiap Selasa & Jumat pagi
bilang aja temennya Nisa biar dikasih harga anak kuliahan hehe
datengnya pagi ya, jam 10 udah diaduk-aduk orang"""),

("post", "regional_code_word", 1, 1, 1, 1, """RESTOCK CAKAR nah ini dia 😎
baru turun dari Pare, sisa 3 karung mi yang belum dibuka, isi celana jins campur jaket gunung
mau ambil per karung atau eceran bisa ji, datang langsung di lapak depan Pasar Toddopuli
atau DM ki, jangan cuma tanya harga na menghilang 😂"""),

("post", "regional_code_word", 1, 1, 1, 1, """Monza terbaru masuk kios kami di Pajak Melati lorong 3 🛍️
Tas kulit, boots, mantel panjang, semua dari bal yang baru turun di Belawan minggu ini.
Buka Selasa, Jumat, Minggu dari jam 1 siang.
Yang jauh bisa video call, kami pilihkan, kirim JNE.
#monzamedan #pajakmelati #monzabranded"""),

("post", "seller_post", 1, 1, 1, 1, """DICARI RESELLER & DROPSHIPPER baju thrift impor!!
Barang ambil per koli (±100 pcs) campur kaos, kemeja, celana, asal Korea & Jepang
Reseller dapet harga gudang + foto katalog siap posting
Dropship tanpa modal, kami yang packing atas nama kamu
Minat komen "MAU", nanti admin japri 👇"""),

("post", "jastip", 1, 1, 1, 1, """JASTIP GEDEBAGE sabtu ini 🚗
aku ke Gedebage jam 7 pagi, kalian tinggal request: jaket parasut, kemeja flanel, jeans levis, sepatu kets second
fee jastip 15rb/pcs, barang dibayar sesuai harga lapak + ongkir
aku kirim video pas ngubek biar kalian milih sendiri
close order jumat malem, format: nama/barang/size/budget"""),

("post", "regional_code_word", 1, 1, 1, 1, """Kawan2 grup, lelong baru masok dari Entikong, baju budak sekolah, jaket, sepatu 👟
Kamek buka lapak di Jalan Tanjungpura deket simpang, mulai pukul 4 sore
Harge ecer 10rb-35rb, nak borong sekarung pun boleh, bisa nego
Yang mau tanye-tanye inbox jak ye"""),

("post", "regional_code_word", 1, 1, 1, 1, """Minggu pagi kita gelar lagi awul-awul di lapangan belakang Pasar Beringharjo 🙌
Stok anyar dari karungan Jepang: sweater, kemeja, rok, ada juga tas kanvas
Rego mulai 10ewu, sing digantung 25-50ewu
Monggo mampir, ngawul sepuasnya, bawa tas belanja dhewe nggih 🙏
#awulawul #awuljogja"""),

("post", "haul_or_reco_names_seller", 1, 1, 1, 1, """Banyak yg nanya jaket coach yg aku pake di video kemarin beli di mana 😅
Itu dari abang-abang di Tanjungpinang, dia tiap Kamis buka bal dari Singapur, jual online juga kok
WA-nya 0813xxxx, atas nama Bang Riko, bilang aja liat dari tiktok aku
Harganya masih 50-100rb an, ramah bgt orangnya"""),

# ---- legal posts ----
("post", "hn_buyer_haul_review", 0, 1, 1, 1, """dapet kemeja flanel merah kotak2 di Senen tadi 20rb doang 😭
kancingnya kurang satu sih tapi gapapa, nanti minta tolong ibu jahitin
lagi seneng aja soalnya udah nyari yg model begini dari bulan lalu
oke sekarang rendam dulu pake air panas + detergen, trauma kemarin gatel2"""),

("post", "hn_buyer_haul_review", 0, 1, 1, 1, """Hasil ngubek Gedebage hari Minggu:
– parka army hijau, kebesaran dikit tapi justru enak
– 2 kaos band lawas yg sablonnya udah retak2 (itu yg bikin mahal ternyata)
– celana cargo 35rb
Kaki pegel, tangan item kena debu, tapi hati puas. Next time mau ajak adek biar ada yg bawain kantong 😂"""),

("post", "hn_buyer_haul_review", 0, 1, 1, 1, """Cerita sikit ya kawan. Semalam aku ke Pajak Melati sama kakak, niatnya cuma nemenin.
Eh pulang-pulang aku yang bawa tas kulit coklat 3 biji, monza semua, harga total 180 ribu.
Satu ada bekas tinta pulpen di dalamnya, yang satu lagi talinya mau putus.
Tapi kulitnya masih lembut kali, entah dari Korea entah dari mana, pokoknya aku senang."""),

("post", "hn_buyer_story", 0, 1, 1, 1, """Tiap Sekaten dulu bapak pasti ngajak aku ke awul-awul. Aku umur 9 tahun, disuruh nyari jaket buat sekolah, bapak ngaduk tumpukan paling tinggi.
Kami pulang naik sepeda, aku dibonceng sambil meluk karung plastik isi tiga jaket bau kapur barus.
Sekarang bapak udah nggak ada, dan awul-awul di alun-alun juga makin jarang.
Kadang kangen bau gudang baju itu. Aneh ya, kangen sama bau."""),

("post", "hn_buyer_story", 0, 1, 1, 1, """waktu SD mamaku selalu belikan baju lebaran di cakar Pasar Terong 😂
dia jago sekali menawar, dari 30 ribu bisa turun jadi 15, penjualnya sampe geleng-geleng
saya dulu malu kalau ditanya teman "baju baru ko?" padahal itu bekas orang Jepang
sekarang malah anak muda bangga pake cakar, dunia berputar memang"""),

("post", "hn_buyer_story", 0, 1, 1, 1, """Thread: kenapa aku suka ngawul sejak kuliah (dan belum berhenti) 🧵
1/ Uang saku 600rb sebulan. Beli kemeja di mall = makan mie seminggu. Awul-awul Jogja nyelametin hidupku.
2/ Sensasinya kayak gacha. Kadang dapet Burberry KW, kadang dapet kemeja Jepang yg jahitannya rapi banget.
3/ Aku jadi ngerti bahan: mana katun, mana poliester, mana wol yg gatel.
4/ Sekarang udah kerja, tetep ke lapak tiap bulan. Bukan karena pelit, tapi karena seru.
5/ Tapi ya aku tau barangnya dari mana dan aturannya gimana. Nggak nutup mata kok."""),

("post", "hn_hygiene_tips", 0, 1, 1, 0, """Tips nyuci baju second biar aman (dari pengalaman pribadi yg pernah gatal sebadan):
1. Jangan langsung dipake, apalagi langsung dilipat masuk lemari.
2. Rendam air panas (bukan mendidih) + sedikit cuka atau pembersih lantai yg aman kain, 1-2 jam.
3. Kucek bagian ketiak & kerah, di situ kotoran paling betah.
4. Jemur di bawah matahari langsung sampai kering betul.
5. Setrika suhu tinggi kalau bahannya kuat.
Bau apek biasanya hilang setelah 2x cuci. Kalau masih, ya ikhlaskan 🙃"""),

("post", "hn_complaint", 0, 1, 1, 1, """jujur kapok dulu. beli 2 sweater dari karungan di pasar deket kos, dicuci 3x baunya masih kayak gudang lembab
terus pas dipake malemnya leherku bentol-bentol merah
ga nyalahin siapa2, emang risiko barang bal ya. cuma buat kalian yg baru mau nyoba, jangan males rendam
sekarang dua sweater itu jadi keset kaki wkwk"""),

("post", "hn_question", 0, 1, 1, 1, """Halo warga Bandung, numpang nanya 🙏
Di mana sih tempat ngawul yang masih buka setelah banyak razia kemarin? Kebon Kalapa katanya udah sepi, Gedebage masih rame nggak?
Aku cuma mau nyari jaket gunung buat naik ke Papandayan bulan depan, budget tipis.
Bukan mau borong atau jualan ya, beneran buat dipake sendiri."""),

("post", "hn_trader_story", 0, 1, 1, 1, """Izin curhat di grup ini, sesama pedagang pakaian bekas pasti ngerti.
Dulu saya bisa buka 6 bal seminggu, sekarang 1 bal aja nunggunya dua minggu, harganya naik hampir dua kali.
Pembeli juga takut, ada yang nanya "ini legal gak pak?" saya jawab apa coba.
Anak saya dua masih SMP. Kalau lapak ini tutup, kami mau makan dari mana.
Bukan minta dikasihani, cuma pengen pemerintah juga liat kami, kasih jalan keluar yang jelas."""),

("post", "hn_opinion", 0, 1, 1, 1, """Unpopular opinion: aku setuju larangan impor baju bekas.
Temen-temen konveksi di Soreang pada gulung tikar, kalah harga sama balpres yang masuk lewat jalur tikus.
Kita bilang "cinta produk lokal" tapi tiap weekend ngubek karungan dari luar. Kontradiktif.
Silakan thrifting, tapi mending yg preloved orang sini, jangan sampah negara lain."""),

("post", "hn_opinion", 0, 1, 1, 1, """Menurutku yg harus diberantas itu penyelundup besarnya, bukan ibu-ibu yg jual cakar di pinggir jalan.
Mereka beli bal dari pengepul, nggak tau-menahu soal izin impor. Yg punya kontainer di Batam aman-aman aja tuh.
Terus pembeli awul-awul itu kebanyakan buruh, ojol, mahasiswa. Disuruh beli baju baru 200rb? ya nggak mampu.
Atur aja, kasih cukai, kasih standar kebersihan. Jangan asal sita lalu bakar."""),

("post", "hn_joke", 0, 1, 1, 1, """baju thrift ternyata ada bordir nama orangnya: "TANAKA HIROSHI - KELAS 3-B" 💀
jadi sekarang aku pake seragam olahraga anak SMP Jepang ke kantor
temen kantor manggil aku Hiroshi-san seharian
pelajaran: cek bagian dada sebelum bayar 🙏
#ngawul #thriftfail"""),

("post", "hn_news_media", 0, 1, 1, 1, """"Ribuan balpres pakaian bekas impor disita dari gudang di Bandung"
> nah ini yg harusnya dari dulu. tapi kira2 berapa lama sampe gudang baru buka lagi di tempat lain? 🤔
> btw yang dibakar itu nilainya ratusan miliar, bayangin kalau uangnya muter buat UMKM tekstil
> tetep kasian pedagang eceran yg udah terlanjur kulakan"""),

("post", "hn_opinion", 0, 1, 1, 1, """Orang Batam tau lah, karung-karung baju bekas dari Singapura dan Malaysia itu masuk lewat pelabuhan rakyat malam-malam, bukan rahasia lagi.
Dari sini naik kapal ke Tanjungbalai, Dumai, terus disebar sampai Jawa.
Yang ketangkep paling sopir truk sama kuli angkut. Bos-bosnya? Entah di mana.
Kalau mau serius, benahi pengawasan pelabuhan, jangan cuma razia lapak kecil di Senen."""),

("post", "hn_opinion", 0, 1, 1, 1, """Kadang lucu liat Gen Z bangga thrifting katanya "sustainable", padahal tiap minggu beli 10 potong dari bal impor, dipake sekali buat konten, terus numpuk di lemari.
Itu sih fast fashion juga, cuma bekas.
Sustainable beneran itu pake baju yg udah ada sampe rusak, tambal, jahit, tuker sama temen.
Bukan ngelarang ya, cuma ngajak mikir dikit sebelum checkout karungan."""),

("post", "hn_report", 0, 1, 1, 1, """⚠️ HATI-HATI penipuan a.n. akun @balpres.murahmeriah
Iklannya: "1 karung Korea grade A 50kg cuma 1,5jt, free ongkir Jawa". Aku transfer DP 700rb, akun langsung ngeblok.
Udah lapor ke bank dan patroli siber. Tolong bantu share biar nggak ada korban lain.
Dan jujur ini pelajaran juga buatku, beli barang yg emang dilarang masuk, pas ketipu mau ngadu ke siapa coba 😞"""),

("post", "hn_own_preloved", 1, 1, 1, 0, """Beres-beres lemari sebelum pindahan, jadi aku lepas baju-baju pribadiku ya 🧺
Semua preloved sendiri, dipake 1-3 kali, dicuci bersih:
• blouse putih brokat M 40k
• rok plisket mocca 35k
• kemeja linen size L 50k
Lokasi Depok, bisa COD Margonda. Swipe buat foto detail 👉"""),

("post", "hn_swap_donation", 0, 1, 1, 0, """Ada yg mau tukeran baju? 🙋‍♀️
Aku punya 2 celana kulot (size S, udah kekecilan) sama 1 jaket jeans dari lemari kakakku.
Pengen tuker sama kemeja oversize atau sweater polos, size M/L.
Tanpa uang ya, murni barter aja. Area Surabaya Timur, ketemuan di taman kota weekend ini."""),

("post", "hn_swap_donation", 0, 1, 1, 0, """Posko Karang Taruna RW 05 menerima donasi pakaian layak pakai untuk warga terdampak banjir di Bekasi Utara.
Yang paling dibutuhkan: baju anak, sarung, selimut, pakaian dalam BARU.
Baju bekas tolong dicuci dan dilipat, jangan yang robek.
Antar langsung ke balai warga jam 8-17, konfirmasi ke Mas Adit 0857xxxx. Terima kasih orang baik 🤍"""),

("post", "hn_charity_sale", 1, 1, 1, 0, """BAZAR AMAL OSIS SMAN 4 🎪
Jual baju, sepatu, dan tas layak pakai sumbangan dari siswa, guru, dan alumni. Harga 5rb–30rb!
Seluruh hasil untuk beasiswa teman-teman yang kesulitan biaya.
Sabtu 10.00–14.00 di aula sekolah. Bawa teman, bawa kantong sendiri ya 💚"""),

("post", "hn_local_upcycling", 1, 1, 1, 0, """Project minggu ini: 12 celana jeans bekas dari tetangga & donasi jemaah masjid kami ubah jadi tote bag dan apron dapur 🧵
Dijahit sendiri di rumah sama ibu-ibu PKK.
Tote 55rb, apron 65rb, bisa pesan dengan bordir nama.
Bahan 100% dari lingkungan sekitar, nggak ada yg beli karungan.
Order lewat DM atau datang ke rumah jahit kami di Kotagede."""),

("post", "hn_new_thrift_style", 1, 0, 1, 0, """Kaos "vintage wash" drop ke-3 udah ready ✨
Ini BARU ya kak, bukan thrift. Bahannya cotton combed 24s, diwarnai pudar manual biar kelihatan kayak kaos lawas 90an.
Produksi konveksi sendiri di Bandung, sablon plastisol retak-retak sengaja.
Harga 99k, size S–XXL. Order via link di bio."""),

("post", "hn_other_goods_used", 1, 1, 0, 1, """Kereta recond Jepang masuk lagi, lae! 🏍️
Honda CB tahun 90an, mesin sehat, surat lengkap pengurusan baru.
Bisa dilihat langsung di bengkel kami Jl. Setia Budi, Medan. Tukar tambah pun boleh.
Info lanjut telepon 0812xxxx a/n Bang Tigor."""),

("post", "hn_ceker", 1, 0, 0, 0, """Cakar ayam bumbu kacang pedas level 5 ready lagi 🔥🐔
Cakarnya fresh dari peternak Maros, direbus sampai lembut, tulangnya gampang lepas.
Seporsi 15 ribu, paket keluarga 50 ribu.
Order lewat DM atau langsung ke warung depan kampus UNM yah, buka sampe jam 10 malam."""),

("post", "hn_new_import", 1, 0, 1, 1, """PO sepatu dan jaket dari Bangkok batch Maret 🇹🇭
Semua BARU, BNWT, lengkap dengan tag dan kardus, dibeli langsung di outlet Pratunam.
DP 50%, estimasi sampai 3 minggu, pajak ditanggung pembeli kalau kena.
List & harga di highlight "PO BKK", ditunggu orderannya kak 🙏"""),

("post", "hn_own_preloved", 1, 1, 1, 0, """Temen kantorku nitip jual baju-baju bayinya yg udah kekecilan 👶
Jumper, bodysuit, sama sepatu prewalker, semua bekas pakai anaknya sendiri, bersih wangi.
Harga 15–40rb, rombongan 150rb dapet semua.
Kabarin aku ya kalau minat, nanti aku sambungin ke orangnya. Area Jaksel."""),

("post", "hn_new_local_or_reject", 1, 0, 1, 0, """Factory outlet kami lagi cuci gudang! 🏷️
Kemeja dan celana sisa ekspor, produksi pabrik garmen Semarang, masih baru dengan label, ada cacat tipis di jahitan.
Harga mulai 30 ribu, beli 3 gratis 1.
Lokasi Jl. Pemuda, buka jam 9–21. Bukan barang bekas ya kak, ini reject pabrik lokal."""),
]
