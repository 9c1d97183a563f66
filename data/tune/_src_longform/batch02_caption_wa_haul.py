from common import R

RECORDS = [
# ---------------- social_caption (illegal) ----------------
R("social_caption", "post", """
Senin gini enaknya upload koleksi baru 🥹✨
Crewneck Korea fresh dari bal minggu ini, warna pastel semua, kondisi 8-9/10.
Harga mulai 45k aja, first come first serve yaa 🙏
DM "MAU + nomor foto" buat keep, keep cuma 1x24 jam.
Detail ukuran tiap crewneck ada di slide terakhir, kalau bingung tanya aja, admin fast respon kok.
Pengiriman Senin-Sabtu, packing rapi pakai plastik zip + kardus kecil.
#thriftshopindonesia #thriftbandung #crewneckkorea #thriftstore #preloved #ootdindo
"""),
R("social_caption", "post", """
POV: kamu nemu jaket Carhartt di tumpukan cakar 😭🔥
Ini bukan endorse, ini beneran dapet di lapak kami sendiri, Pasar Terong lantai 2.
Masih ada 6 jaket kerja lain dari karung yang sama, harga 150-350rb.
Cus mampir atau chat admin buat video call 📲
Buka jam 9 pagi sampai magrib, hari Minggu tetap buka.
Bisa kirim ke Gowa, Maros, Takalar pakai kurir langganan.
#cakarmakassar #cakarmurah #makassarthrift #workwear #carhartt
"""),
R("social_caption", "post", """
Dapat kiriman dari Korea lagi bestie 🫶
Cardigan rajut, rok plisket, blouse renda — semua second tapi kinclong.
Sudah kami cuci pakai air panas + pewangi, tinggal pakai.
Size S-L, harga 35-70k. Link Shopee di bio (nama toko ganti, cari "lemarisaudari").
Untuk ukuran, aku tulis di caption tiap foto ya kak, LD & panjang.
Keep max 1x24 jam, lewat dari itu aku lepas ke antrean berikutnya 🙏
#ootdhijab #secondkorea #bajukorea #tokobajumurah #ngethrift
"""),
R("social_caption", "post", """
Monza day! 🛍️ Selasa-Jumat-Minggu kami buka di Pajak Melati blok C, kios nomor 17.
Kemarin baru pecah karung, isinya blazer sama kemeja kerja Jepang, rapi-rapi kali 👔
Yang nggak sempat datang, bisa order lewat WA, kirim ke seluruh Sumut.
Buat yang baru dengar: monza itu baju bekas impor yang dijual di pajak-pajak Medan, kualitas luar harga kawan.
Harga kemeja 35-60rb, blazer 50-90rb, bisa tawar asal sopan 😁
#monzamedan #pajakmelati #medanhits #kemejakerja #monzamurah
"""),
R("social_caption", "post", """
Ngawul di lapak kita aja, nggak usah nunggu Sekaten 😎
Stok awul-awul baru datang dari Batam: jaket denim, flanel, hoodie, semuanya ori luar.
Harga 25k-100k, Sabtu Minggu buka sampai jam 9 malam.
Lokasi: Jl. Kaliurang km 7, sebelah angkringan Mbah Dar.
Parkir motor gratis, ada mushola di belakang lapak.
Buat yang luar kota, bisa video call pilih barang, nanti kami kirim.
#awulawul #jogjamurah #awulawuljogja #ootdcowok #jaketdenim
"""),
R("social_caption", "post", """
LELONG BARU MASUK 🧥🧥🧥
Jaket tebal, sweater, mantel — pas untuk yang mau umroh musim dingin atau kerja di Korea.
Semua dari karung Malaysia, sudah disortir, tinggal cuci.
Lapak kami di Jl. Komyos Sudarso, buka Sabtu-Minggu pagi.
Semua jaket lelong ini barang bekas impor tapi kondisi masih cantik, sudah dicuci & dijemur.
Harga 40-150 ribu, ada yang bulu angsa asli.
#lelongpontianak #lelongmurah #pontianakhits #jaketwinter #kalbar
"""),
R("social_caption", "post", """
3 hari lalu: karung baru turun dari Tawau 📦
Hari ini: udah kami pilih, setrika, gantung rapi ✨
Kaos 15rb, kemeja 25rb, celana jeans 35rb. Sepatu mulai 60rb.
RB Nunukan - Jl. TVRI, dekat simpang. Buka tiap hari jam 8-5.
Bisa kirim ke Tarakan & Malinau pakai speedboat, ongkos ditanggung pembeli.
#rbnunukan #cakarnunukan #kaltara #bajumurah #sepatumurah
"""),
R("social_caption", "post", """
Spill isi karung minggu ini 👀
- 40% kemeja flanel (Uniqlo, GU, Muji)
- 30% celana chino
- 20% jaket parka
- 10% random (ada kimono satu biji lol)
Asli Jepang semua, kondisi mulus. Harga grosir untuk reseller mulai 10 pcs.
Reseller ambil 10 pcs harga 30rb/pcs, 25 pcs harga 25rb/pcs, boleh campur.
Tulis "impor second Jepang" aja di caption kalian, jangan sebut karung 😉
#spillkarung #japanesestyle #uniqlo #resellerbaju #bajujepang
"""),
R("social_caption", "post", """
Kata orang beli BJ itu malu, kata kami mah hemat + gaya 😌
Rak depan lapak hari ini: gamis, tunik, kemeja batik luar, celana bahan.
Semua eks Singapura, masuk dari Jambi, layak pakai, harga mulai 20rb.
Pasar 16 Ilir, lantai dasar, tanya "Ayuk Lena".
Pembeli dari OKI dan Prabumulih biasanya datang Sabtu, jadi datang Jumat biar dapat yang paling bagus.
#bajuBJ #palembang #wongkito #gamismurah #bajulebaran
"""),
R("social_caption", "post", """
Vintage hunters, this one's for you 🇺🇸
Fresh bale from the States just opened: 90s sweatshirts, college tees, Harley tees, Levi's orange tab.
Prices in IDR start at 150k. DM for the full rack video.
Shipping from Jakarta, worldwide ok.
#vintageindonesia #thriftjakarta #90svintage #levis #collegetee
"""),
R("social_caption", "post", """
Biar irit tapi tetep kece buat lebaran 🥰
Baju anak ex Jepang: dress, setelan koko, kemeja kotak, celana pendek.
Harga 15-40rb/pcs, beli 5 gratis 1.
Kondisi dijamin layak, kami cuci semua sebelum pajang.
Kios "Rezeki Bunda" Pasar Alok Maumere, tiap Sabtu Minggu.
Baju anak bekas impor memang lebih awet jahitannya, banyak mama-mama yang sudah buktikan.
Bayar bisa tunai atau transfer BRI.
#maumere #bajuanakmurah #sikka #lebaranhemat #ntt
"""),
R("social_caption", "post", """
Kalau nemu tas kayak gini di mall, harganya bisa bikin pingsan 💸
Di kami? 175rb saja. Coach bucket bag, ex Japan, kulit masih halus.
Masih ada 12 tas lain dari karung yang sama, foto lengkap di story.
Cek keaslian boleh, kami kasih garansi uang kembali kalau terbukti palsu.
Pengiriman dari Yogyakarta, bisa COD area UGM.
#tasbranded #coachbag #tasmurahori #japanbag #prelovedbag
"""),
R("social_caption", "post", """
Sepatu running ex Korea, update Jumat berkah 🏃‍♂️👟
Asics, Mizuno, New Balance, sol masih tebal semua, udah deep cleaning.
Size 39-44, harga 180-350rb.
Pengiriman dari Bandung. Bisa COD di Gedebage area parkir selatan.
Setiap pasang sudah kami cek lem & jahitan, kalau ada minus kami tulis jujur.
#sepaturunning #sepatuori #asics #runnerbandung #sepatusecond
"""),
R("social_caption", "post", """
Hati-hati ketagihan 😂
Pertama beli 1 kemeja di kami, sekarang udah langganan tiap pecah bal.
Terima kasih buat kak @rin*** udah repeat order ke-12! Kemeja kantornya Jepang semua, rapi jali.
Next pecah bal Kamis, pantengin story ya.
Yang mau ikut antrean kemeja Jepang minggu depan: ketik "IKUT" di komentar, nanti admin masukkan ke daftar WA.
Reminder: ini kemeja bekas impor pilihan, bukan kemeja baru, tapi rapi banget sampai dikira baru.
#testimoni #kemejakantor #pecahbal #tokoonline #kemejajepang
"""),
R("social_caption", "post", """
Rombengan Selatpanjang naik kelas ✨
Dulu cuma di lorong pasar, sekarang udah bisa order online!
Stok eks Singapura: kemeja, celana jeans, jaket, tas. Kami kirim pakai kapal ke Pekanbaru, Batam, Tanjung Pinang.
Format order: nama - barang - alamat.
Kapal ke Pekanbaru berangkat tiap pagi, jadi pesanan sebelum jam 8 malam dikirim besok.
#selatpanjang #meranti #rombengan #riau #bajumurah
"""),
R("social_caption", "post", """
Mantel bulu? Ada. Jas kantor? Ada. Gaun pengantin? Yap, ada juga 😳
Bal Eropa campur baru kami buka, isinya random banget tapi seru.
Gaun pengantin putih size M cuma 350rb, silakan yang mau foto prewed hemat.
Gaun dan jas pesta lainnya: 50-an potong, foto di album "Pesta".
#baleurope #gaunpengantin #prewedhemat #vintagebridal #jakartathrift
"""),
R("social_caption", "post", """
Ready stok kemeja PDH & PDL militer luar (Jerman, Belanda, Swiss)
Barang layak pakai, kain tebal, jahitan kokoh, cocok buat anak mapala & pecinta outdoor 🏕️
Harga 85-150rb. Dari karung militer yang kami ambil di Batam.
Ini barang bekas militer impor asli ya, bukan replika konveksi.
Tersedia juga ransel militer Belanda & parka Swiss, tanya stok.
#militaryvintage #outdoorindonesia #mapala #celanapdl #bajumiliter
"""),
R("social_caption", "post", """
Tiap Minggu subuh lapak kami udah rame 🙌
Tarakan, siapa yang belum pernah ke cakar di Jl. Gajah Mada? Barang Malaysia masuk tiap Kamis.
Jaket, seluar, baju anak, kasut. Tawar-menawar boleh, asal jangan sadis hehe.
Ada juga sepatu sekolah & tas anak, cocok buat persiapan tahun ajaran baru.
#cakartarakan #tarakan #kaltara #jaketmurah
"""),
R("social_caption", "post", """
Giveaway 🎁 rayakan 10rb followers!
Hadiah: 3 hoodie pilihan dari bal Korea terbaru (size bebas).
Cara ikut: follow, like, tag 3 teman, share ke story.
Sambil nunggu pengumuman, jangan lupa belanja ya — restock crewneck tiap Rabu.
Pemenang diumumkan Minggu malam lewat live IG. Good luck semua 🍀
#giveawayindonesia #hoodiekorea #thriftshop #tokobajuonline
"""),
R("social_caption", "post", """
Ada yang nyari denim jacket Levi's type III? 👖
Barang Jepang, fading cakep, ukuran M. 400rb aja.
Sekalian ada 30-an jaket denim lain, kami pilih dari 2 bal jaket yang baru datang.
Cek highlight "DENIM" ya.
Semua jaket denim bekas impor ini sudah dicuci, tapi fading aslinya kami pertahankan.
Pengiriman dari Bekasi, COD area Jakarta Timur.
#denimjacket #levis #jeansvintage #jaketjeans #denimlovers
"""),
R("social_caption", "post", """
Sunday haul di lapak kita sendiri, kok bisa sebagus ini 😭
Blouse sutra Korea 40rb, rok midi 35rb, trench coat 120rb.
Semua second ori luar, udah kami steam. Buka sampe jam 3 di Pasar Senen blok III lantai 4.
Nggak sempat ke Senen? Kami juga terima order lewat WA, kirim video pilihan barang dulu.
#pasarsenen #senenhunting #ootdkorea #trenchcoat #bloussutra
"""),
R("social_caption", "post", """
Baju Batam masuk Lampung lagi! 📣
Kemeja, kaos, celana, jaket, tas — rapi, wangi, layak pakai.
Harga 10rb-75rb, grosir untuk warung baju di kampung bisa per karung juga.
Lokasi Pasar Tugu Bandar Lampung, tanya Mas Heri.
Karung datang tiap Senin dari Bakauheni, jadi Selasa pagi barang paling lengkap.
#bajubatam #lampung #bandarlampung #grosirbaju
"""),

# ---------------- wa_broadcast (illegal) ----------------
R("wa_broadcast", "message", """
Assalamualaikum kakak2 pelanggan setia 🙏
Alhamdulillah barang baru pecah bal hari ini:
🧥 jaket Jepang 40 pcs (60-150rb)
👕 kemeja flanel 35 pcs (45rb)
👖 jeans wanita 25 pcs (55rb)
Foto lengkap di katalog WA, yg minat langsung balas "KEEP + kode".
Transfer max jam 9 malam ya, lewat itu dilepas.
Semua barang bekas impor pilihan, sudah kami cuci dan setrika.
Ongkir flat 10rb se-kota, luar kota sesuai ekspedisi.
Terima kasih sudah setia belanja di kami 🙏
"""),
R("wa_broadcast", "message", """
*INFO STOK CAKAR MINGGU INI*
Karung Korea wanita sudah dibongkar. Ada dress, blouse, rok, cardigan.
Harga eceran 20-60rb. Reseller ambil 20 pcs ke atas dapat 15rb/pcs.
Ambil di rumah (Antang) atau kirim gojek.
Balas pesan ini untuk foto.
Kalau mau yang kondisi paling bagus, datang jam 8 pagi sebelum pedagang lain ambil.
"""),
R("wa_broadcast", "message", """
Selamat pagi bapak/ibu 🌞
Reminder: besok Kamis kami buka bal Jepang anak (100 kg).
Buat yg mau ikut "open bal" online: 50rb/pcs, pilih dari live video WA grup jam 7 malam.
Yang belum masuk grup, klik link di bawah. Admin tidak melayani keep lewat telepon.
Setiap sesi kami batasi 150 peserta supaya adil.
Barang yang sudah dipilih dikirim maksimal 2 hari setelah pembayaran.
"""),
R("wa_broadcast", "message", """
Halo kak, ini Dita dari Lemari Seken 👋
Mau info aja, minggu ini kami restock tas & sepatu ex Korea. Kondisi 8-9, harga 90-400rb.
Katalog: wa.me/c/xxxx
Kalau kakak sudah tidak mau dapat broadcast, balas STOP ya. Terima kasih 🙏
PS: semua tas & sepatu bekas impor kami sudah dibersihkan dan difoto asli tanpa filter.
"""),
R("wa_broadcast", "message", """
📢 Lelong update Sabtu ini
Barang masuk dari Entikong: sweater, jaket, seluar jeans, kasut sukan.
Harga mulai 20 ribu. Yang nak booking boleh balas nama + barang.
Ambil di rumah kami Siantan, atau COD depan Ayani Mega Mall.
Kalau nak hantar, ongkos 10 ribu dalam kota.
"""),
R("wa_broadcast", "message", """
Kulo nuwun, bapak ibu. Awul-awul premium sampun rawuh saking Batam 🙏
Jaket, kemeja, kaos, celana. Regi mulai 20 ewu.
Saged mendhet langsung teng griya (Bantul, cedhak Pasar Niten) utawi dikirim.
Matur nuwun.
Menawi badhe mirsani rumiyin, saged video call sonten.
"""),
R("wa_broadcast", "message", """
*PROMO AKHIR BULAN* 🔥
Semua stok lama dari bal kemarin (Korea campur) kami obral:
- kaos 10rb
- kemeja 15rb
- jaket 35rb
Beli 10 pcs gratis ongkir Jabodetabek.
Setelah tanggal 30, sisa stok masuk karung lagi buat dijual kiloan.
Ingat ya kak, barang bekas impor stoknya cuma satu per model, jadi jangan tunggu besok.
"""),
R("wa_broadcast", "message", """
Bosku, ini list harga bal per hari ini (update tiap Senin):
Korea campur 100kg — 3,7jt
Jepang anak — 4,3jt
UK jaket — 6jt
Sepatu campur — 5,4jt
Barang di gudang Cikarang. Forward ke kawan pedagang yg butuh ya 🙏
Pengambilan Senin-Sabtu jam 8-16, bawa kendaraan sendiri atau pakai ekspedisi rekanan.
"""),
R("wa_broadcast", "message", """
Assalamualaikum ibu-ibu arisan ✨
Sesuai janji kemarin, ini foto-foto gamis & abaya eks Malaysia yg saya bawa dari Batam.
Layak pakai semua, sudah laundry, ada yg masih ada tag laundry sana.
Harga 75-150rb. Boleh cicil 2x sampai arisan bulan depan.
Balas nomor fotonya ya bu.
Insyaallah barangnya bersih bu, walaupun bekas impor tapi saya rendam dan setrika sendiri.
Yang sudah pesan bisa saya antar sekalian waktu arisan.
"""),
R("wa_broadcast", "message", """
🛎️ Pengumuman: lapak Monza "Kak Rut" pindah!
Mulai Minggu depan kami di Pasar Sambu, lantai 1 sebelah tukang jahit.
Stok jaket Korea & kemeja Jepang tetap lengkap, karung baru datang tiap Selasa.
Pelanggan lama dapat diskon 10% selama pindahan.
Jangan salah lapak ya, spanduk kami tetap warna hijau.
"""),
R("wa_broadcast", "message", """
Selamat malam kak ✨
Bal hoodie USA yang ditunggu-tunggu sudah datang (vintage 90an-2000an).
Open PO pilih dari video: Jumat jam 8 malam.
DP 50% untuk ikut sesi pilih. Harga 120-450rb tergantung grafis & kondisi.
Sisa pembayaran setelah barang dipilih, dikirim maksimal 3 hari.
"""),
R("wa_broadcast", "message", """
*BC UNTUK RESELLER*
Ready paket 20 pcs mix kemeja-kaos (dari karungan Korea), 320rb/paket.
Minimal ambil 3 paket. Kirim dari Medan, bisa JNT cargo.
Foto real isi paket dikirim sebelum transfer.
Cara order: ketik PAKET#jumlah#alamat, kirim ke nomor ini.
Pembayaran ke rekening atas nama toko, bukan pribadi.
Catatan: jangan tulis asal barang di caption jualan kalian ya, biar aman di marketplace 😉
Tulis aja "preloved" atau "second branded", jangan "bekas impor", nanti kena takedown.
"""),
R("wa_broadcast", "message", """
Hai kak 😊 ini broadcast dari "Sepatu Seken Cuan".
Stok baru masuk dari bal sepatu Jepang:
- Onitsuka Tiger size 40-42 (250rb)
- Adidas Samba 41 (320rb)
- Converse Chuck 70 (180rb)
Semua sudah deep clean & unyellowing. Mau video detail? Balas "VIDEO".
Pembayaran transfer atau COD Surabaya Timur.
"""),
R("wa_broadcast", "message", """
Info grup pedagang pasar kaget Jateng:
karung campur Korea turun di Semarang Jumat ini, harga 3,5 jt.
Bisa dikirim ke Kudus, Pati, Demak pakai colt. Ongkir patungan.
Yang mau ikut patungan bal juga boleh, sistem bagi 4 (1 bal = 4 orang), pembagian pakai undian.
Undian disiarkan live di grup supaya transparan.
"""),
R("wa_broadcast", "message", """
Kak, kemarin kan nanya jaket kulit ya?
Hari ini ada 5 jaket kulit asli dari karung Korea, size M-XL, 350-550rb.
Saya kirim foto dan ukuran di bawah. Kalau cocok langsung transfer, barang saya kirim besok pagi.
Kulitnya asli ya kak, ini jaket bekas impor Korea, bukan kulit sintetis.
"""),
R("wa_broadcast", "message", """
Aslkm sanak. Bal jaket gunung baru dari Dumai, ado Columbia, TNF, Eiger luar.
Harga 120-300rb, ambiak di Pasar Lereng Bukittinggi atau dikirim ka Padang.
Stok tabateh, capek pasan.
Bisa juo dikirim ka Payakumbuh jo Solok.
Bayia DP dulu 50%, sisonyo kalau barang alah sampai.
"""),
R("wa_broadcast", "message", """
📣 Bazaar Pecah Bal — Sabtu 09.00, gudang kami Jl. Cisaranten
Kami buka 10 bal sekaligus (Korea, Jepang, UK) di depan pengunjung.
Tiket masuk gratis, bawa kantong sendiri.
Ada food truck dan DJ dari jam 10, jadi bisa sekalian nongkrong 🎶
Parkir motor di lapangan sebelah gudang, mobil di pinggir jalan besar.
Harga flat: 20rb/pcs untuk 1 jam pertama, setelah itu 3 pcs 50rb.
Sebarkan ke teman-teman ya!
Catatan: semua barang adalah pakaian bekas impor pilihan, jadi tiap model cuma ada satu.
Parkir mobil tersedia di halaman gudang.
"""),
R("wa_broadcast", "message", """
Pesan ini dikirim ke pelanggan Cakar Online Kendari.
Minggu ini ada stok jaket sekolah Jepang (gakuran) & seragam sailor, cocok buat cosplay atau koleksi.
Harga 90-160rb. Juga ada sepatu pantofel kulit ex Korea 120rb.
Kirim se-Sultra, COD Kendari kota.
Stok terbatas, biasanya habis dua hari.
"""),
R("wa_broadcast", "message", """
Mohon maaf broadcast 🙏
Buat yang tanya kemarin: karung kaki (sisa sortir) Korea masih ada 4 karung.
Cocok untuk jual obral 5rb-10rb atau lap/kain majun? tidak, masih layak pakai kok, kaos sama celana.
Harga 1,2 jt per karung 90 kg. Ambil sendiri di Tangerang.
Isinya tetap pakaian bekas impor yang masih bisa dipakai, cuma sisa pilihan.
"""),
R("wa_broadcast", "message", """
Kabar gembira untuk ibu-ibu di Sebatik & Nunukan 🌸
Barang dari Tawau masuk lagi: baju kurung, tudung, jubah budak, kasut sekolah.
Semua layak pakai, harga mulai 10 ribu.
Ambil di rumah Ibu Hj. Sitti, Aji Kuning, belakang masjid.
Boleh juga pesan lewat telepon, nanti diantar pakai motor.
"""),

# ---------------- creator_haul (illegal) ----------------
R("creator_haul", "post", """
HAUL bongkar bal 50 kg pertama aku!! 😭📦
Isi dominan kaos & kemeja Jepang, dapet 2 jaket Patagonia dan 1 cardigan Comme des Garcons (ga nyangka).
Jujur 20% ga layak, sisanya oke.
Semua hasil bongkaran aku jual di toko, link di bio ya. Yang mau ikut patungan bal bulan depan, komen "IKUT".
Btw timbangan bal-nya pas 50 kg, supplier-nya aku tag di story (yang nanya mulu 😆).
#haul #bongkarbal #thrifthaul #hiddengems
"""),
R("creator_haul", "post", """
Hidden gems part 7 ✨
Hari ini aku ngubek Pasar Senen blok III dan nemu:
1. Blazer Max Mara 120rb (!!)
2. Rok tweed Korea 45rb
3. Tas kulit Furla 200rb
Semua dari lapak langganan aku, Bang Tigor lantai 4. Bilang dari aku, dapat diskon 10% 😘
Tips: datang jam 10 pagi pas barang baru diturunkan, dan bawa uang pas.
#hiddengems #senenhunting #thriftwithme #vintagefashion
"""),
R("creator_haul", "post", """
Unboxing karung 45 kg dari Batam — worth it ga? 🤔
Modal 3,2 juta. Isi: 168 pcs.
Rincian: 52 kaos, 38 kemeja, 27 celana, 21 jaket, 18 dress, 12 random (topi, syal, tas kecil).
Yang rusak: 37 pcs, sebagian noda kuning, sebagian bolong, 3 pcs resleting rusak.
Waktu sortir: 4 jam berdua sama adikku, sambil nahan bau gudang 😷
Yang layak jual: 131 pcs, rata-rata aku jual 40rb → potensi 5,2 juta.
Yang bagus-bagus udah aku upload di toko (nama toko di bio).
Next video: cara milih supplier bal biar nggak zonk. Follow biar ga ketinggalan!
Disclaimer: ini pengalamanku sendiri, hasil bisa beda tergantung supplier. Barang bekas impor itu untung-untungan.
#unboxing #bisnisbaju #resellerpemula #bal
"""),
R("creator_haul", "post", """
Thrift haul spesial ramadhan 🌙
Gamis & abaya ex Timur Tengah dari bal campur, total 12 potong cuma 400rb!
Aku review satu-satu di video, dan 8 di antaranya aku jual lagi di live jam 9 malam nanti (nggak muat di lemari hihi).
Kode voucher: HAULRAMADHAN
Link live ada di bio, jangan telat ya!
#thrifthaul #gamismurah #abaya #ramadhanoutfit
"""),
R("creator_haul", "post", """
Ngawul challenge: budget 100rb di Sekaten 💸
Hasil: 1 jaket corduroy Jepang (35rb), 1 kemeja flanel (15rb), 2 kaos band (20rb), 1 topi (10rb), sisa 20rb buat wedang ronde 😆
Btw lapak paling oke itu yang sebelah barat, yg pedagangnya dari Parakan. Besok aku ke sana lagi, titip list kalian di komen, aku carikan + ongkir!
Jastip fee 15rb/item, ongkir menyesuaikan.
#awulawul #sekaten #jogja #budgetchallenge
"""),
R("creator_haul", "post", """
Review jujur: ikut "open bal" online di 3 toko berbeda 📦
Toko A (Bandung) — bal Korea, 85% bagus ⭐⭐⭐⭐⭐
Toko B (Medan) — bal Jepang, 70% bagus ⭐⭐⭐⭐
Toko C (Surabaya) — bal UK, zonk, banyak noda ⭐⭐
Rekomendasiku Toko A, akunnya aku tag di slide terakhir. Mereka buka lagi Jumat.
Bukan endorse, aku bayar sendiri semua.
#reviewjujur #openbal #thriftonline
"""),
R("creator_haul", "post", """
Day in my life jadi penjual cakar di Makassar 🫶
05.00 ambil karung di gudang (baru turun dari Parepare)
07.00 sortir: kepala, badan, kaki
10.00 foto & upload
12.00 makan siang coto dekat pasar, wajib hukumnya
14.00 packing pesanan kemarin, 23 paket
16.00 live jualan
20.00 rekap pesanan & balas chat sampai ngantuk
Hari ini dapat 3 jaket TNF dari 1 karung, rejeki anak soleh. Yang mau, sisa 1, cek live nanti ya!
Cakar itu baju bekas impor ya buat yang belum tahu, di sini singkatan "cap karung".
#dayinmylife #cakar #makassar #jualanonline
"""),
R("creator_haul", "post", """
Cowok wajib punya 5 item ini, dan aku dapet semuanya di monza dengan total < 300rb 👀
1) coach jacket, 2) oxford shirt, 3) chino, 4) cardigan, 5) loafers kulit.
Semua ex Korea/Jepang, kondisi 8-9.
Kalau mau yang persis kayak di video, toko temanku @mon****_mdn masih ada stok, bilang aja dari aku.
Outfit lengkap di video ini total 280rb.
#monza #medan #fashioncowok #capsulewardrobe
"""),
R("creator_haul", "post", """
Vlog: berburu lelong di Pontianak sampai Sambas 🚗
Pasar lelong Sambas tuh surga jaket gunung, aku dapat 4 jaket Columbia 50rb-an.
Aku bawa pulang 2 karung buat dijual lagi di toko aku (Jakarta). Drop tanggal 5, set alarm ya!
Semua barang sudah aku laundry sebelum dijual.
#lelong #pontianak #sambas #jaketgunung #vlogjualan
"""),
R("creator_haul", "post", """
Tried on haul: 10 dress Korea dari satu bal wanita 👗
Favorit aku nomor 3 (linen, warna sage) dan nomor 7 (slip dress satin).
Semua dress di video ini dijual lewat toko aku, size & harga ada di pinned comment.
Yang nggak aku jual: nomor 3, itu buat aku sendiri hehe.
Semua dress bekas impor ini sudah aku laundry dan steam sebelum difoto.
#triedonhaul #dresskorea #bal #fashionhaul
"""),
R("creator_haul", "post", """
Spill tempat beli sepatu second ori paling murah se-Bandung 👟
Gedebage gedung belakang, lapak nomor 88, bapaknya ambil langsung bal sepatu dari Korea.
Aku dapat New Balance 990 cuma 350rb.
Ini bukan iklan, tapi kalau kalian beli pakai kode ku "RAKA", aku dapat komisi dikit 😅
Parkir di area belakang, lapaknya dekat tangga.
#sepatusecond #gedebage #newbalance #spilltoko
"""),
R("creator_haul", "post", """
Bongkar karung Jepang bareng adik 🤭📦
Isinya kebanyakan kemeja salaryman, celana slacks, dan 3 jas!
Yang mau jas hitam ukuran L buat wisuda/kondangan, 150rb saja, komen "JAS" aku DM.
Hasil bongkar lainnya aku posting di katalog toko.
Siapa yang mau part 2? Karung berikutnya isi sweater!
#bongkarkarung #bajujepang #jasmurah #wisuda
"""),
R("creator_haul", "post", """
Jujur ya, kenapa aku masih belanja di awul-awul padahal bisa beli baru? 🧵
1. Kualitas bahan luar jauh lebih awet
2. Unik, nggak kembaran
3. Murah
Dan sekarang aku malah buka usaha kecil-kecilan: tiap bulan ambil 1 bal dari supplier Batam, aku pilih, aku jual di IG. Katalog di highlight ya!
Semua barang di toko aku pakaian bekas impor pilihan, sudah dicuci dan difoto apa adanya.
#awulawul #slowfashion #bisnisrumahan
"""),
R("creator_haul", "post", """
Haul di RB Tarakan: 200rb dapat 9 item 😳
Tiga kaos Uniqlo, dua kemeja, satu jaket fleece, satu rok, dua celana pendek.
Barang Malaysia katanya, masuk tiap minggu.
Aku juga jastip buat kalian yang di luar Kaltara, fee 10rb per item, list tulis di komen!
Jastip dibuka sampai Jumat, kirim hari Senin.
#rbtarakan #haul #jastip #tarakan
"""),
]
