# Legal records, batch B: traders' accounts, opinions, jokes, news, blogs, reports about sellers.
# Tuple: (kind, category, offer, used, clothing, abroad, text)
RECORDS = [
("post", "hn_trader_story", 0, 1, 1, 1, """Curhat pedagang kecil.
Saya sudah 11 tahun jualan pakaian bekas impor di Blok III Senen. Dulu seminggu bisa buka 4 bal, sekarang sebulan aja belum tentu dapat 2.
Harga satu bal Korea yang dulu 5 juta sekarang tembus 7 juta lebih. Jual eceran gak bisa naik, pembeli kabur.
Kalau memang mau ditutup, kasih kami jalan. Anak saya masih sekolah, kami mau makan dari mana."""),

("post", "hn_trader_story", 0, 1, 1, 1, """Vlog hari ini aku cuma mau cerita, bukan jualan ya.
Lapak monza almarhum ayah di Pajak Melati udah 3 minggu gak buka karung baru. Kiriman dari Tanjungbalai macet semua sejak razia.
Yang tersisa tinggal baju2 sisa sortir yang kurang laku.
Terima kasih yang masih mampir cuma buat nanya kabar 🙏"""),

("comment", "hn_trader_story", 0, 1, 1, 1, """Saya pedagang cakar di Pasar Sentral Parepare, mau ikut jawab.
Omzet turun hampir 70% dari tahun lalu. Dulu sekali datang kapal dari Tawau kami ambil 10 karung, sekarang 2 karung pun rebutan.
Banyak teman sudah alih jual baju baru dari Tanah Abang tapi untungnya tipis sekali."""),

("post", "hn_opinion_pro_ban", 0, 1, 1, 1, """Aku dukung larangan impor baju bekas, walaupun dulu aku juga hobi thrifting.
Coba deh lihat: konveksi di Bandung & Solo banyak yang PHK, sementara tiap minggu ribuan bal masuk lewat pelabuhan tikus di pesisir Sumatra.
Kita beli jaket bekas 50rb, yang kehilangan kerjaan tetangga sendiri.
Mulai sekarang aku coba beli brand lokal atau preloved teman aja."""),

("post", "hn_opinion_anti_ban", 0, 1, 1, 1, """Pemerintah larang thrifting impor dengan alasan lindungi UMKM.
Lah, pedagang di Senen, Gedebage, Pasar Baru itu juga UMKM pak.
Yang harusnya dikejar itu importir besar yang masukin kontainer balpres, bukan emak2 yang jualan 3 karung di pinggir jalan.
Kebijakan kayak gini selalu tajam ke bawah."""),

("post", "hn_news_headline", 0, 1, 1, 1, """[BERITA] Bea Cukai Batam gagalkan penyelundupan 412 bal pakaian bekas asal Singapura dan Malaysia di perairan Pulau Galang. Barang akan dimusnahkan, dua awak kapal diamankan.
Bagaimana pendapat kalian soal penindakan ini? Tulis di kolom komentar 👇
#beritabatam #balpres"""),

("article", "hn_news_short", 0, 1, 1, 1, """Pedagang Thrifting Gedebage Mengeluh Stok Menipis
BANDUNG — Sejumlah pedagang pakaian bekas impor di Pasar Gedebage mengeluhkan pasokan yang seret sejak pengawasan di pelabuhan diperketat. Seorang pedagang, sebut saja Ujang (41), mengatakan ia kini hanya membuka satu karung per minggu dari sebelumnya empat.
"Barang dari Jepang sama Korea udah jarang, yang ada sisa-sisa," katanya. Ia berharap pemerintah memberi waktu bagi pedagang kecil untuk menghabiskan stok lama."""),

("post", "hn_joke_meme", 0, 1, 1, 1, """Pemerintah: dilarang impor baju bekas
Anak Senen: oke
Baju bekas jepang: *tiba-tiba muncul di lapak dengan bau karung yang sama kayak tahun lalu*
Anak Senen: ini stok lama pak sumpah 🙂
#thriftingindonesia #meme"""),

("post", "hn_opinion_hygiene", 0, 1, 1, 1, """Ngomongin higienitas baju bekas impor, aku pernah ikut penelitian kampus.
Dari 20 sampel baju yang diambil dari beberapa pedagang bal, sebagian besar ditemukan jamur dan bakteri.
Bukan berarti kalian langsung sakit, tapi jangan remehkan cuci air panas.
Yang punya kulit sensitif, pikir2 dulu sebelum beli dari karungan."""),

("post", "hn_report_seller", 0, 1, 1, 1, """HATI-HATI PENIPUAN!!
Akun @bal*******grosir di FB ngaku jual balpres Korea grade A, katanya "1 bal isi 100 pcs, ready gudang Batam, DP 50%".
Aku transfer 2,5 juta, barang gak pernah dikirim, nomor WA 0812xxxx langsung blokir.
Tolong share biar gak ada korban lain. Sudah aku laporkan ke polisi siber."""),

("comment", "hn_report_seller", 0, 1, 1, 1, """Min tolong tindak akun ini. Dia tiap malem live "bongkar karung Jepang" padahal jelas barang impor bekas ilegal.
Aku screenshot captionnya: "restock bal Korea, murah meriah, cek keranjang kuning".
Platform kalian katanya udah larang, kok masih dibiarin?"""),

("post", "hn_boycott_call", 0, 1, 1, 1, """Ayo stop beli thrift impor, minimal satu tahun aja.
Bukan karena benci pedagangnya, tapi selama kita masih beli, importir besar tetap masukin kontainer balpres lewat Dumai dan Batam.
Ganti ke preloved lokal, tukar baju sama temen, atau beli dari brand kecil.
Siapa yang ikut? Quote tweet pakai #TahunTanpaBalpres"""),

("post", "hn_opinion_genz", 0, 1, 1, 1, """Lucu ya, Gen Z ngerasa thrifting itu ramah lingkungan.
Padahal baju bekas yang kalian beli itu dikirim pakai kapal ribuan kilo dari Korea, terus sepertiganya gak laku dan akhirnya dibakar atau dibuang ke TPA di sini.
Kita cuma jadi tempat sampah fashion negara lain.
Bukan nyalahin, cuma ngajak mikir."""),

("comment", "hn_opinion_reply", 0, 1, 1, 1, """@nadiaecofashion setuju sebagian kak. Tapi buat banyak orang di kampung saya, baju monza itu satu-satunya cara punya jaket tebel buat kerja malam.
Jangan cuma lihat dari sudut anak kota yang thrifting buat gaya.
Larangan boleh, tapi harga baju lokal juga harus terjangkau."""),

("article", "hn_blog_student", 0, 1, 1, 1, """Catatan kuliah Ekonomi Pembangunan: rantai pasok pakaian bekas impor
Dari wawancara kecil saya dengan tiga pedagang di Pasar Senen, barang umumnya tiba sebagai bal tertutup dari Jepang, Korea, dan Amerika. Pedagang tidak bisa memilih isi bal, sehingga ada istilah "untung-untungan".
Satu bal seberat sekitar 100 kg biasanya dibagi jadi tiga kelas: grade A dijual mahal, B sedang, sisanya kiloan.
Menariknya, semua pedagang tahu barang itu dilarang, tapi merasa tidak punya alternatif pekerjaan."""),

("post", "hn_news_quote", 0, 1, 1, 1, """Quote tweet berita "Menteri ancam denda dan blacklist importir balpres":
Bagus sih, tapi yang ditangkap selama ini kan cuma sopir truk sama kuli angkut di Tanjungbalai.
Bosnya aman-aman aja, stoknya tetep nyampe ke pasar.
Kita lihat aja 6 bulan lagi beneran ada bos yang kena atau gak."""),

("post", "hn_trader_story", 0, 1, 1, 1, """Saya mamak-mamak penjual rombengan di pasar Bekasi, diajari anak bikin akun buat cerita.
Dulu saya beli karungan dari agen, bongkar di rumah, dicuci, disetrika, baru dijual.
Sejak ramai berita larangan, agen saya hilang, nomornya gak aktif.
Sekarang saya jualan gorengan dulu sambil nunggu kabar. Doakan ya."""),

("post", "hn_smuggling_opinion", 0, 1, 1, 1, """Yang bikin heran, perbatasan Entikong itu dijaga ketat, tapi baju lelong dari Malaysia tetap aja banyak di pasar Pontianak.
Katanya lewat jalan tikus, dipikul pakai motor trail lewat kebun sawit.
Kalau rakyat kecil bisa tembus, apalagi yang punya modal.
Masalahnya bukan di pembeli, tapi di pengawasan."""),

("post", "hn_joke_meme", 0, 1, 1, 1, """Ciri-ciri kamu anak awul-awul sejati:
✅ hafal bau kapur barus dari jarak 5 meter
✅ bisa bedain katun jepang sama katun cina cuma dengan diremas
✅ pernah nemu uang yen di kantong jaket
✅ tiap liat karung goni deg-degan
✅ lemari penuh, dompet kosong
Tag temenmu yang begini 😂"""),

("comment", "hn_joke_reply", 0, 1, 1, 1, """Aku pernah nemu tiket kereta Shinkansen sama struk Family Mart di kantong coat hasil cakaran 😭
sempet mikir ini pemilik lamanya lagi ngapain ya sekarang.
baju bekas luar emang ada ceritanya sendiri wkwk"""),

("post", "hn_local_industry", 0, 1, 1, 1, """Sebagai pemilik konveksi kecil di Pekalongan, aku mau jujur.
Tiap kali orang banggain "jaket thrift 50rb dapet Uniqlo", kami yang bikin jaket baru dengan harga pokok 75rb cuma bisa diam.
Kami gak minta kalian berhenti belanja hemat, tapi tolong ingat pabrik kecil di sini juga butuh pembeli.
Bal bekas impor masuk tanpa bayar apa-apa, kami bayar semua."""),

("post", "hn_forum_question", 0, 1, 1, 0, """[Tanya Hukum] Apakah jual baju preloved pribadi itu melanggar Permendag?
Saya mau jual 15 baju saya sendiri yang sudah gak muat di marketplace. Semua beli baru di mall dalam negeri.
Takutnya ikut kena aturan larangan pakaian bekas. Ada yang paham?
Terima kasih para suhu."""),

("comment", "hn_forum_answer", 0, 1, 1, 1, """Setahu saya yang dilarang itu impornya, bang, jadi pakaian bekas yang didatangkan dari luar negeri (bal, karungan, balpres).
Jual baju bekas milik sendiri yang dibeli di sini gak termasuk.
Tapi kalau abang beli 1 bal Korea terus dijual lagi, itu yang bermasalah.
Bukan nasihat hukum resmi ya, cuma pemahaman saya dari baca Permendag 40/2022."""),

("article", "hn_blog_lecturer", 0, 1, 1, 1, """Tentang "cakar" di Sulawesi dan cara kita memandangnya
Di Makassar, kata cakar (cap karung) sudah menjadi bagian dari bahasa sehari-hari. Pakaian bekas itu datang dari Malaysia melalui Tawau dan Nunukan, lalu dipasarkan di pasar-pasar kabupaten.
Larangan impor sering dibaca sebagai urusan pusat, padahal bagi keluarga nelayan di pesisir, cakar adalah satu-satunya akses ke jaket hujan yang layak.
Kebijakan yang baik mestinya menyediakan pengganti, bukan sekadar razia."""),

("post", "hn_report_seller", 0, 1, 1, 1, """Lapor ke @bea_cukai dan @kemendag:
Di jalan dekat terminal ada gudang yang tiap malam bongkar muat karung baju bekas, truknya plat luar kota.
Warga sekitar sudah lama curiga, kadang pagi ada bau menyengat dan sisa karung dibakar.
Mohon dicek, kami gak mau lingkungan jadi gudang barang selundupan."""),

("post", "hn_trader_story", 0, 1, 1, 1, """Dulu saya jualan lelong di Nunukan, barangnya datang dari Tawau sekali seminggu.
Waktu itu satu karung isi 70 sampai 90 potong, untungnya bisa buat bayar sekolah 3 anak.
Sekarang sudah berhenti, sejak ada penangkapan di pelabuhan saya gak berani lagi.
Saya ceritakan ini supaya orang tahu, kami dulu bukan penjahat, cuma cari makan."""),

("post", "hn_news_headline", 0, 1, 1, 1, """📰 Kabar pagi:
Petugas gabungan memusnahkan ratusan karung pakaian bekas impor di Kabupaten Karimun. Pakaian tersebut diduga masuk dari Malaysia menggunakan kapal kayu.
Menurut petugas, nilai barang mencapai miliaran rupiah.
Sumber: rilis resmi, diolah redaksi.
#karimun #kepri"""),

("post", "hn_opinion_mixed", 0, 1, 1, 1, """Thread pendapat pribadi soal thrifting impor (panjang, maaf):
1/ Aku gak setuju kalau pembelinya disalahkan. Kebanyakan orang gak tahu bajunya datang dari bal ilegal.
2/ Tapi aku juga gak setuju kalau dibilang ini "ekonomi rakyat" murni. Yang paling untung importir di atas.
3/ Solusinya: tindak di pelabuhan, bantu pedagang eceran pindah ke barang lokal, turunkan harga produk dalam negeri.
4/ Dan kita pembeli, pelan2 beralih ke preloved dalam negeri."""),

("comment", "hn_report_quote", 0, 1, 1, 1, """Ini iklan yang kemarin lewat di beranda aku:
"OPEN RESELLER BAL JEPANG, modal 3jt udah bisa jualan, free ongkir Jawa"
Udah aku report sebagai barang ilegal. Kok bisa ya iklan kayak gini lolos? Ayo teman2 report juga."""),

("post", "hn_joke_meme", 0, 1, 1, 1, """Aku: mau hemat, gak beli baju bulan ini
Aku 10 menit kemudian di Pasar Baru Bandung: "Teh, ini jaket gunung ex-Korea berapa?"
Dompetku: 💀
Pemerintah: itu barang impor ilegal loh
Aku: ...tapi warnanya oranye teh 😭"""),

("post", "hn_opinion_hygiene", 0, 1, 1, 1, """PSA dari seorang perawat:
Baju bekas dari karung impor itu disimpan berbulan-bulan di gudang lembab, kadang sudah kena air laut di kapal.
Saya pernah menangani pasien anak dengan scabies yang ternyata pakai baju hasil ngawul tanpa dicuci dulu.
Kalau tetap mau beli, tolong rendam air panas & setrika. Apalagi untuk anak-anak."""),

("post", "hn_trader_story", 0, 1, 1, 1, """Pak Darto (nama samaran), kami ngobrol di warung kopi belakang Pasar Kodim Pekanbaru.
"Zaman dulu, bongkar 1 ball di sini ramai kayak konser, orang rebutan dari subuh," katanya.
Sekarang dia cuma menjual sisa stok dan sebagian sudah pindah jadi tukang parkir.
Kiriman dari Dumai katanya hampir berhenti. Rekamannya akan kami unggah di kanal kami minggu depan."""),

("post", "hn_quote_news", 0, 1, 1, 1, """RT @infosumut: Polisi amankan truk berisi 150 bal pakaian bekas di jalan lintas Sumatera, diduga dari Tanjungbalai menuju Pekanbaru.
-- 
komentar saya: tiap bulan ada berita begini, tapi Pajak Melati tetep penuh. jadi yang ketangkap ini yang sial aja apa gimana"""),

("post", "hn_opinion_genz", 0, 1, 1, 1, """Jadi anak kos yang suka fashion itu dilema.
Mau beli brand lokal, 1 kaos 150rb. Mau thrifting, takut bajunya dari bal ilegal dan bau.
Akhirnya aku pilih tukeran baju sama temen kos tiap akhir bulan.
Tapi jujur kalau lewat Senen masih suka ngelirik tumpukan jaket jepang itu 😔"""),

("article", "hn_blog_history", 0, 1, 1, 1, """Sejarah singkat "Monza" di Medan
Nama Monza sering disebut berasal dari Mongonsidi Plaza, kawasan tempat pedagang pakaian bekas berkumpul di tahun 80-an.
Barangnya kebanyakan masuk dari Malaysia dan Singapura lewat Belawan serta pelabuhan kecil di Asahan.
Kini istilah itu dipakai untuk semua pakaian bekas impor di Sumatera Utara, dan sudah jadi bagian dari cerita kota ini, suka atau tidak."""),

("comment", "hn_trader_reply", 0, 1, 1, 1, """Bang, saya juga pedagang, saya setuju sama abang.
Kami yang kecil ini cuma beli sisa dari bandar. Harga per bal Jepang sekarang gila, untung per potong paling 5-10 ribu.
Kalau mau ditertibkan ya silakan, tapi jangan sampai kios kami disegel sementara gudang bandar aman di pinggir pelabuhan."""),
]
