# Hand-written multi-line records, legal (part C: real-world registers).
# (kind, category, elements "offer used clothing abroad", text)
LONG_LEGAL_C = [
# ---------------- realworld_tweet (8)
("post", "realworld_tweet", "0111", """
thread ttg kenapa gue berhenti thrifting impor 🧵
1. pernah beli jaket bau apek, 5x cuci ga ilang
2. baca berita ttg tumpukan limbah tekstil di negara2 penerima
3. sadar brand lokal temen gue pada gulung tikar
skrg beli lokal aja walau lebih mahal dikit
"""),
("post", "realworld_tweet", "0111", """
td liat live tiktok org bongkar bal korea, penontonnya 3rb an
padahal jelas2 dilarang ya?? kok bisa santai bgt
ga ada yg report kah
mana katanya platform udh larang jualan begituan
"""),
("post", "realworld_tweet", "1110", """
WTS preloved pribadi, bukan barang impor ya 🙏
- hoodie erigo L 80k
- kemeja kantor uniqlo (beli di mall taman anggrek) 70k
- sneakers compass 41 250k
lokasi jaksel, cod blok m
"""),
("post", "realworld_tweet", "0111", """
nostalgia bgt liat berita sekaten. dulu tiap tahun ngawul sm bapak, dpt jaket 15rb udh seneng setengah mati 😭
skrg katanya awul2 udh gaada ya? atau ganti jualan baju baru?
"""),
("post", "realworld_tweet", "0111", """
mamak aku tiap pulang dr pajak melati bawa monza sekantong, trus dicuci pake air panas semua wkwk
katanya biar kumannya mati. skrg mamak ngeluh harganya naik trs
"""),
("post", "realworld_tweet", "0110", """
yuk tukeran baju sm anak2 kos lt 2 😆
aku ada 6 kaos ukuran m yg udh bosen, siapa mau tuker?
gratis ya bukan jualan, sisanya nanti aku donasiin
kumpul di ruang tamu kos jumat malem
"""),
("post", "realworld_tweet", "0010", """
kaos "vintage washed" yg lg viral di olshop itu ternyata baru ya, bukan bekas
bahannya lumayan sih tp harga 150an buat kaos pudar kok kemahalan 😅
kalian ada rekomendasi brand lokal yg mirip tp lebih murah?
"""),
("post", "realworld_tweet", "0111", """
org nnk pasti ngerti: dulu beli sepatu seken tawau itu biasa bgt, skrg tiap minggu ada berita karung ditangkap di sebatik
pedagang kecil pd bingung mau jual apa
semoga ada solusi yg adil lah
"""),
# ---------------- realworld_review (7)
("review", "realworld_review", "0111", """
⭐⭐ Jaket second impor yg aku beli ternyata ada noda tinta di dalam saku, gak disebut di deskripsi.
Bau apeknya juga nempel banget.
Buat yg mau beli barang kayak gini, mending liat langsung dulu.
"""),
("review", "realworld_review", "0010", """
⭐⭐⭐⭐⭐ Kemeja flanel baru, jahitan rapi, warnanya persis kayak di foto.
Modelnya vintage tapi bahannya fresh, gak ada bau gudang sama sekali.
Bakal order warna lain bulan depan.
"""),
("review", "realworld_review", "0110", """
Beli dress preloved di toko ini, sellernya jujur, cacat kecil di kancing disebutin di deskripsi.
Katanya baju pribadi beli di mall, masih wangi parfum 😂
Pengiriman 2 hari sampai. Terima kasih kak!
"""),
("review", "realworld_review", "0111", """
★☆☆☆☆ Beli setengah karung "grade A" buat dijual lagi, ternyata banyak yang gak layak.
Dari 120 potong, yang bisa dijual paling 50.
Seller gak mau tanggung jawab. Jangan tergiur harga murah ya.
"""),
("review", "realworld_review", "0111", """
Jasa laundrynya oke banget 👍
Aku bawa 5 kg baju hasil belanja di pasar RB, pulangnya wangi dan rapi.
Bau kapur barus hilang total. Harga juga masuk akal.
"""),
("review", "realworld_review", "0111", """
Tempatnya rame tapi panas banget, siap2 keringetan.
Barang di Cimol Gedebage makin dikit sih sekarang, banyak kios tutup.
Dapet jaket 1 doang, itu pun lama nyarinya. 3/5
"""),
("review", "realworld_review", "0101", """
Kamera bekas dari Jepang yang aku beli di toko ini berfungsi normal.
Lensa ada jamur tipis tapi gak ngaruh ke hasil foto.
Seller responsif, packing pakai bubble wrap tebal. 4/5
"""),
# ---------------- realworld_news (12)
("article", "realworld_news", "0111", """
VIRAL! Emak-emak di Medan Protes Razia Pakaian Bekas: "Kami Makan dari Monza"
Video seorang pedagang perempuan yang menangis saat lapaknya didatangi petugas beredar luas di media sosial.
Dalam video itu, ia meminta pemerintah memberi waktu untuk menghabiskan stok.
Warganet terbelah antara yang bersimpati dan yang mendukung penegakan aturan.
"""),
("article", "realworld_news", "0111", """
Heboh Ratusan Karung Baju Bekas 'Nyasar' di Kebun Sawit Sebatik, Pemiliknya Misterius
Warga yang hendak memanen sawit kaget melihat tumpukan karung putih di pinggir kebun.
Setelah dilaporkan, petugas memastikan isinya pakaian bekas dari Malaysia.
Hingga kini belum ada yang mengaku sebagai pemilik.
"""),
("article", "realworld_news", "0111", """
Pedagang Lelong Pontianak Curhat: Sejak Larangan, Omzet Tinggal Sepertiga
Di kawasan Jeruju, deretan lapak yang biasanya penuh pembeli saat akhir pekan tampak lengang.
"Barang susah masuk, kalau ada pun harganya mahal," kata salah satu pedagang.
Beberapa pedagang mencoba berjualan pakaian baru, namun mengaku pembeli belum terbiasa.
"""),
("article", "realworld_news", "0111", """
BREAKING NEWS: Kapal Kayu Bermuatan Ballpress Dicegat di Perairan Selat Malaka
Petugas patroli laut mengamankan sebuah kapal kayu yang diduga membawa ratusan karung pakaian bekas.
Kapal tersebut berlayar tanpa dokumen lengkap.
Awak kapal kini diperiksa di pangkalan terdekat. Berita ini akan terus diperbarui.
"""),
("article", "realworld_news", "0111", """
Bukan Cuma di Kota, RB Juga Jadi Andalan Warga Desa di Flores
Setiap hari Minggu, pasar dadakan pakaian bekas muncul di dekat dermaga.
Warga datang selepas ibadah untuk membeli ikan sekaligus melihat-lihat pakaian.
Harga mulai lima ribu rupiah, membuatnya terjangkau bagi nelayan dan petani.
"""),
("article", "realworld_news", "0111", """
Gara-gara Konten 'Pecah Bal', Pedagang Thrift Saling Tuding di Media Sosial
Sejumlah pedagang lama menyalahkan penjual baru yang kerap memamerkan pembongkaran karung pakaian impor lewat siaran langsung.
Menurut mereka, konten seperti itu membuat aparat semakin gencar melakukan razia.
Pedagang baru membalas bahwa semua pihak sama-sama menjual barang yang sama.
"""),
("article", "realworld_news", "0111", """
Jelang Lebaran, Pasar Cakar di Parepare Diserbu Pembeli
Puluhan lapak pakaian bekas di pasar tradisional dipadati warga yang mencari baju untuk hari raya.
Pembeli mengaku memilih cakar karena harga lebih murah dan merek luar negeri.
Pedagang menyebut stok tahun ini lebih sedikit dari tahun lalu.
"""),
("article", "realworld_news", "0111", """
Pemusnahan Pakaian Bekas Impor Disiarkan Langsung, Bea Cukai: Biar Gak Ada Isu Dijual Lagi
Petugas menyobek, membakar, dan menyiram karung-karung pakaian bekas dengan oli bekas di tempat pembuangan akhir.
Langkah itu diambil untuk menepis kabar bahwa barang sitaan digali dan dijual kembali.
Warga sekitar ikut menyaksikan dari kejauhan.
"""),
("article", "realworld_news", "0111", """
Cerita Anak Muda Bandung Berburu Jaket di Gedebage: "Sensasinya Kayak Cari Harta Karun"
Meski kabar larangan impor pakaian bekas makin santer, sebagian anak muda tetap datang ke pasar ini tiap akhir pekan.
Mereka mengaku mencari model langka yang tak dijual di toko.
Pedagang sendiri mengaku khawatir dengan kelanjutan usahanya.
"""),
("article", "realworld_news", "0111", """
Sopir Truk Ngaku Cuma Dibayar Rp 9 Juta Angkut Puluhan Karung Baju Bekas
Dalam pemeriksaan, sopir mengaku tidak mengenal pemilik barang dan hanya diminta mengantar ke sebuah gudang.
Polisi masih menelusuri jaringan di balik pengiriman tersebut.
Ini disebut sebagai pengiriman ketiga yang dilakukan sopir itu.
"""),
("article", "realworld_news", "0111", """
Dulu Sumbangan Gereja, Kini Burjer Jadi Dagangan di Onan-onan Tapanuli
Istilah burjer, singkatan dari 'buruk-buruk ni Jerman', sudah dikenal sejak puluhan tahun lalu.
Awalnya pakaian bekas datang sebagai bantuan, lalu berkembang menjadi bisnis di pasar mingguan.
Kini pedagang burjer ikut terdampak larangan impor pakaian bekas.
"""),
("article", "realworld_news", "0111", """
Pasar Kodim Pekanbaru Lantai 3 Sepi, Pedagang Pakaian Bekas Mengaku Tak Tahu Ada Larangan
Sejumlah kios tutup, sementara yang buka hanya didatangi segelintir pembeli.
Beberapa pedagang mengaku baru mendengar soal larangan setelah ramai diberitakan.
Mereka berharap ada sosialisasi sebelum penindakan.
"""),
]
