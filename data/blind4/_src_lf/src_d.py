# Hand-written long-form records, part D: news, op-eds, tweets, official statements,
# platform guidelines, used non-clothing imports.
R = []
def add(kind, cat, el, text):
    R.append(dict(kind=kind, category=cat, el=el, text=text.strip("\n")))

# --- news paragraphs (real-world style) ---
add("article", "rw_news", "0111", """
BATAM — Petugas gabungan mengamankan 212 koli pakaian bekas dari sebuah kapal kayu yang bersandar di pelabuhan rakyat di kawasan Sekupang, Rabu dini hari. Muatan diduga berasal dari Malaysia dan hendak dikirim ke Jambi.
Kepala seksi penindakan setempat mengatakan, karung-karung itu dikemas rapat dan ditumpuk di bawah muatan sembako untuk mengelabui petugas. "Dari luar terlihat seperti muatan beras dan minyak goreng. Setelah dibongkar, di lapisan bawah seluruhnya karung pakaian," ujarnya.
"Nakhoda dan dua anak buah kapal sedang kami periksa," tambahnya.
Menurut petugas, kapal tersebut sudah beberapa kali terpantau keluar-masuk perairan Batam pada malam hari tanpa melapor ke syahbandar.
Pemasukan pakaian bekas dilarang berdasarkan Permendag Nomor 40 Tahun 2022. Barang bukti akan dimusnahkan setelah perkara berkekuatan hukum tetap.
""")

add("article", "rw_news", "0111", """
JAKARTA — Sejumlah pedagang di Blok III Pasar Senen mengaku omzet mereka turun hingga separuh sejak razia digencarkan. Seorang pedagang, Rendi (34), mengatakan harga satu bal kemeja dari pemasok naik dari Rp 8 juta menjadi hampir Rp 11 juta.
"Barang makin susah, yang jual online makin banyak," katanya.
Pedagang lain, Wati (51), berharap pemerintah menyediakan pelatihan dan akses produk lokal bagi pedagang yang ingin beralih.
Kementerian Perdagangan menegaskan impor pakaian bekas tetap dilarang.
""")

add("article", "rw_news", "0111", """
NUNUKAN — Prajurit Satgas Pamtas menemukan 27 karung pakaian bekas tanpa pemilik di jalur setapak dekat patok perbatasan di Pulau Sebatik, Senin sore. Karung diduga baru diseberangkan dari Tawau menggunakan perahu kecil.
Temuan itu diserahkan ke Kantor Bea Cukai Nunukan. Warga setempat menyebut jalur tersebut biasa dipakai untuk membawa barang kebutuhan sehari-hari dari Malaysia.
""")

add("article", "rw_news", "0111", """
Kantor Bea Cukai di Kepulauan Riau memusnahkan 1.460 bal pakaian bekas impor hasil penindakan sepanjang semester pertama dengan cara dibakar di lahan milik negara, Kamis (12/6).
Nilai barang ditaksir mencapai Rp 4,1 miliar. Selain pakaian bekas, turut dimusnahkan sepatu dan tas bekas.
Pemusnahan disaksikan perwakilan kejaksaan, kepolisian, dan pemerintah daerah.
""")

add("article", "rw_news", "0111", """
Kementerian Perdagangan bersama sejumlah platform e-commerce menurunkan lebih dari 2.300 tautan yang menawarkan pakaian bekas impor dalam dua pekan terakhir. Kata kunci yang dipantau antara lain 'bal', 'ballpress', 'karungan', dan 'thrift impor'.
Pejabat yang membidangi tertib niaga menyebut sebagian penjual mengakali sistem dengan menulis 'b4l' atau menyisipkan emoji di tengah kata.
Platform diminta memperkuat penyaringan dan menindak akun yang berulang kali melanggar.
""")

add("article", "rw_news", "0111", """
Indonesian authorities seized 74 bales of used clothing at a warehouse in Medan on Tuesday, police said, in the latest operation against the illegal trade in secondhand imports.
The bales, believed to have entered through small ports near Tanjungbalai, contained mostly jackets and jeans from South Korea and Japan. Importing used clothing is banned under trade ministry rules reaffirmed in 2022.
Traders say demand remains strong among young buyers who call the practice "thrifting".
""")

add("article", "rw_news", "0111", """
Asosiasi pertekstilan menyambut baik pengetatan terhadap impor pakaian bekas. Menurut ketua asosiasi, sektor konveksi kecil di Bandung, Solo, dan Pekalongan kehilangan pasar karena pakaian bekas impor dijual jauh di bawah harga produksi.
"Kami ingin anak muda tetap bisa bergaya vintage, tapi dengan produk buatan dalam negeri," katanya.
Asosiasi berencana meluncurkan program kurasi yang menampilkan puluhan jenama lokal bergaya retro.
""")

add("article", "rw_news", "0111", """
MAKASSAR — Lapak-lapak cakar di sepanjang Jalan Gunung Bawakaraeng tampak lengang sepekan terakhir. Sejumlah pedagang memilih menutup lapak setelah beredar kabar razia.
"Stok karung tinggal sedikit, kiriman dari Parepare belum masuk," kata seorang pedagang yang enggan disebut namanya. Ia mengaku harga satu karung kini mencapai Rp 5 juta.
Dinas Perdagangan kota menyatakan akan mendata pedagang untuk program alih usaha.
""")

add("article", "rw_news", "0111", """
Pengadilan Negeri Tanjung Selor menjatuhkan vonis lima bulan penjara kepada seorang pengangkut yang terbukti membawa 70 karung pakaian bekas dari Tawau tanpa dokumen kepabeanan. Barang bukti dirampas untuk dimusnahkan.
Dalam persidangan, terdakwa mengaku hanya dibayar Rp 1,5 juta untuk sekali angkut menggunakan speedboat.
""")

add("article", "rw_news", "0111", """
Petugas di terminal feri internasional Batam Center kembali menggagalkan upaya memasukkan pakaian bekas melalui bagasi penumpang. Sebanyak 31 koper dan tas jinjing berisi baju, celana, dan sepatu bekas ditinggalkan pemiliknya setelah diminta hadir untuk pemeriksaan.
Modus titip bagasi kepada porter disebut makin sering digunakan sejak pengawasan di pelabuhan barang diperketat.
""")

add("article", "rw_news", "0111", """
Hasil uji laboratorium terhadap 30 sampel pakaian bekas impor yang dibeli dari pasar di tiga kota menemukan cemaran jamur dan bakteri pada sebagian besar sampel. Peneliti menyarankan konsumen mencuci pakaian bekas dengan air panas dan merendamnya sebelum dipakai.
Pemerintah kembali mengingatkan bahwa impor pakaian bekas dilarang, sementara pakaian bekas milik pribadi atau hasil donasi dalam negeri tetap boleh diperjualbelikan.
""")

add("article", "rw_news", "0111", """
Puluhan pedagang roma di Nunukan mendatangi kantor DPRD, meminta kelonggaran agar tetap bisa berjualan. Mereka menyebut sebagian besar warga perbatasan bergantung pada barang dari Tawau.
"Kami dari tahun 90-an jual ini. Kalau dilarang total, kami mau makan apa?" kata Sitti (49), salah satu pedagang.
DPRD berjanji menyampaikan aspirasi tersebut ke pemerintah pusat.
""")

add("article", "rw_news", "0111", """
MEDAN — Menjelang Lebaran, harga pakaian monza di Pajak Melati ikut naik. Pedagang menyebut satu goni jaket kini dibeli Rp 7 juta dari pemasok, naik Rp 1 juta dibanding bulan lalu.
"Kapal dari Malaysia jarang masuk, razia ketat," ujar Rosmaida (47), pedagang yang sudah 15 tahun berjualan.
""")

# --- op-eds ---
add("article", "op_ed", "0111", """
Opini | Thrifting dan Ilusi Gaya Hidup Berkelanjutan
Banyak anak muda membela thrifting sebagai pilihan ramah lingkungan. Niatnya baik. Memakai ulang pakaian memang lebih hemat sumber daya ketimbang membeli baru setiap musim.
Namun pakaian bekas impor yang datang dalam bal sebenarnya adalah limbah negara lain yang dialihkan ke pasar kita. Pedagang sendiri mengakui, sebagian isi bal tak layak jual dan berakhir di tempat sampah kita, bukan di tempat sampah negara asalnya.
Ada pula ongkos yang tak terlihat: konveksi rumahan yang gulung tikar, penjahit yang beralih jadi pengemudi ojek, dan pasar tekstil lokal yang kehilangan pembeli muda.
Saya sempat mengikuti seorang pedagang muda di Bandung membuka bal 'grade A' yang ia beli Rp 9 juta. Dari sekitar 300 potong, kurang dari 180 yang bisa ia jual dengan harga layak. Sisanya ia jual kiloan ke pengepul majun, sebagian lagi ia buang karena berjamur. Ia tertawa getir: 'Yang ramah lingkungan cuma di caption.'
Di negara asal, pakaian itu tercatat sebagai sumbangan atau barang daur ulang. Sesampainya di sini, ia menjadi komoditas, lalu sebagian menjadi sampah yang biaya penanganannya ditanggung pemerintah daerah kita, bukan pengirimnya.
Berkelanjutan yang sebenarnya adalah memakai pakaian lebih lama, memperbaiki, bertukar, dan membeli produk lokal yang dibuat dengan adil. Pasar pakaian bekas dalam negeri, dari lemari ke lemari, justru perlu didukung.
Larangan impor bukan musuh anak muda; yang perlu dibenahi adalah harga dan akses produk lokal yang layak.
Penulis adalah peneliti ekonomi sirkular.
""")

add("article", "op_ed", "0111", """
Kolom: Jangan Hanya Menyalahkan Pedagang Kecil
Setiap kali isu pakaian bekas impor mencuat, yang jadi sasaran adalah inang-inang di pajak dan anak muda yang live di TikTok. Padahal mereka ujung dari rantai panjang: kapal dari Port Klang, gudang di Tanjungbalai, truk di lintas Sumatra.
Saya pernah duduk seharian di sebuah kede monza di Pajak Melati. Pemiliknya, seorang ibu yang sudah 20 tahun berdagang, bercerita bahwa ia membeli goni dari 'agen' yang tak pernah ia temui. Uang ditransfer, barang datang dengan truk malam hari. Ia tidak tahu kapal mana yang membawanya, apalagi siapa yang mengurus 'jalur'-nya.
Ketika razia datang, yang tertangkap kamera adalah ibu itu, bukan agennya. Ketika akun TikTok ditutup, yang kehilangan nafkah adalah anak muda yang menjual sepuluh jaket per malam, bukan pemilik gudang yang mengisi ratusan bal.
Kalau negara serius, kejar importir besar dan oknum yang membekingi. Pedagang kecil butuh jalan keluar, bukan cuma razia: kredit murah untuk mengganti stok, akses ke konveksi lokal, dan masa transisi yang masuk akal.
Tanpa itu, larangan hanya akan memindahkan pasar dari los ke layar ponsel, dan dari Medan ke kota berikutnya.
(Penulis adalah jurnalis di Medan)
""")

add("article", "op_ed", "0110", """
Esai: Dari Lemari ke Lemari
Saya tumbuh dengan baju lungsuran kakak. Kemeja ayah yang kebesaran jadi seragam pramuka saya, rok ibu dipotong jadi rok adik. Tidak ada yang memalukan dari pakaian bekas.
Kini kita punya banyak cara untuk meneruskan budaya itu: bazar sekolah, toko donasi gereja dan masjid, grup tukar baju di kompleks, sampai penjahit langganan yang bisa mengecilkan celana warisan.
Pakaian bekas yang berputar di dalam komunitas kita sendiri tidak membanjiri pasar, tidak merugikan siapa pun, dan membuat lemari kita lebih jujur.
""")

add("article", "op_ed", "0111", """
OPINION: Indonesia's thrift ban needs a better exit ramp
The government is right that secondhand clothing imports undercut local garment makers, but enforcement alone has not worked. Bales still move through Batam, Tanjungbalai and the Sebatik border every week.
A smarter policy would pair crackdowns with cheap credit for traders to switch to local stock and a clear legal path for domestic secondhand resale.
Until then, the market will simply move from the stall to the livestream.
""")

add("article", "op_ed", "0111", """
Tajuk Redaksi: Kampus dan Demam 'Hidden Gems'
Di kampus kita, hampir setiap minggu ada stan 'thrift' di depan kantin. Sebagian menjual preloved milik mahasiswa sendiri, sebagian lagi ternyata kulakan dari bal impor.
Redaksi mengajak panitia acara untuk lebih selektif: beri ruang untuk preloved pribadi dan jenama lokal mahasiswa, tolak lapak yang jelas-jelas memasok barang bal.
""")

# --- tweets / replies (real-world style, slang) ---
add("post", "rw_tweet", "0111", """
gue ga ngerti kenapa org marah thrifting dilarang. yg dilarang itu IMPOR bal nya bro, bukan lo jual kemeja bekas lo sendiri 🙃
baca dulu permendagnya baru ngegas
""")

add("post", "rw_tweet", "0111", """
1/ thread kenapa harga thrift makin mahal padahal barang bekas 🧵
2/ dulu 1 bal korea di senen 5-6jt, skrg bisa 9-10jt. alasannya razia makin sering + jalur masuk makin susah
3/ jadi yg jual eceran naikin harga, crewneck yg dulu 25rb skrg 60rb
4/ ironis, 'thrifting' yg katanya hemat jadi ga hemat lagi
5/ mending beli lokal sekalian, kualitas udah bagus2 kok
""")

add("comment", "rw_tweet", "0111", """
@ardi_ganteng: thrifting itu hak rakyat kecil buat pakai baju bagus murah
@nadiraaa_: rakyat kecil yg beli crewneck 150rb di live tiktok? 😭
@ardi_ganteng: ya kan ada yg 10rb juga di pasar
@nadiraaa_: iya tp tetap itu barang selundupan dr bal impor, konveksi lokal yg kecil2 yg kena imbasnya
""")

add("post", "rw_tweet", "0111", """
pas ke jepang kemarin mampir ke toko second di shibuya, dapet jaket denim vintage 3000 yen 😭 beli buat dipakai sendiri ya bukan buat dijual, jd aman kan? wkwk
btw di sana org2 jual baju bekas tuh rapi bgt, dicuci, disetrika, dikategoriin
""")

add("post", "rw_tweet", "0111", """
cowok gue tiap diajak ke mall malah belok ke lapak cakar 😭
katanya 'sayang, ini hidden gem'. hidden gem apaan itu jaket bau kapal
terus tiap pulang pasti bawa satu lagi, lemari udah kayak gudang karungan 🙃
""")

add("post", "rw_tweet", "0010", """
konveksi kecil di rumah kami dulu 12 penjahit, sekarang tinggal 4.
gak nyalahin pembeli, semua orang cari murah. tapi tolong, kalau mau gaya vintage, ada banyak brand lokal yg bikin kemeja flanel & kaos washed. baru, harga masuk akal, dan ngidupin tetangga sendiri 🙏
""")

add("post", "rw_tweet", "0111", """
baru baca: 1.460 bal baju bekas dimusnahin di Kepri, nilainya 4 M 😳
sebanyak itu yg ketangkep, yg lolos berapa?
tiap minggu fyp gue masih aja isinya live bongkar bal 🫠
""")

add("post", "rw_tweet", "0111", """
dari SD aku udah pake monza, kakak ku pun, mamak pun. baru sekarang diributin sama orang jakarta krn namanya ganti jadi 'thrifting' 😂
tapi memang sekarang harga monza udah ga masuk akal lagi, jaket biasa pun 150
""")

add("comment", "rw_tweet", "0111", """
@raisa_ptr: 'bal jepang 100kg grade A 11jt, free ongkir jawa' — min ini legal ga sih? bukannya udah dilarang 😬
@gudangbal_88: kak ini kan thrift, bukan narkoba 😅
@raisa_ptr: ya sama2 barang dilarang impor min wkwk, udah ku report ya
@bimo.arya: lah kenapa di-report, kasian orang cari makan
@raisa_ptr: gue juga kasian sama penjahit konveksi yg tutup mas. lagian tinggal jual yg lokal
@bimo.arya: lokal mahal, kualitas belum tentu
@dewi.kartika_: lokal skrg banyak yg bagus kok, flanel 120an tebel. thrift 'murah' itu jg skrg udah ga murah
@bimo.arya: ya itu selera masing2 lah
@raisa_ptr: selera boleh, tp yg dijual di post itu 100kg per bal bro, itu bukan lemari pribadi lagi 🙃
""")

add("post", "rw_tweet", "0111", """
td di flea market dongmyo seoul, jaket2 bekas 5000 won numpuk kyk gunung 😭 beli 2 buat gue sendiri, sisanya cuma liat2
pantes aja bal korea banyak di indo, di sini aja segini banyak
""")

add("post", "rw_tweet", "0111", """
orang medan denger 'monza' mikirnya baju bekas, orang lain mikirnya sirkuit F1 😂
semalem gue nonton GP monza sambil pake jaket monza. sinergi
jaketnya beli di pajak melati taun lalu, 60rb, masih awet sampe skrg 🏎️
""")

# --- official statements ---
add("article", "official_statement", "0111", """
SIARAN PERS
Kementerian Perdagangan Republik Indonesia
Pemerintah kembali menegaskan bahwa pakaian bekas dan barang bekas lainnya dengan pos tarif HS 6309 termasuk barang dilarang impor sebagaimana diatur dalam Permendag Nomor 18 Tahun 2021 jo. Permendag Nomor 40 Tahun 2022.
Masyarakat diimbau tidak membeli maupun memperdagangkan pakaian bekas asal impor, termasuk melalui media sosial dan lokapasar.
Penjualan pakaian bekas milik pribadi atau hasil donasi dalam negeri tidak termasuk larangan impor ini.
Sepanjang tahun berjalan, pengawasan bersama aparat penegak hukum telah menindak ratusan koli pakaian bekas di sejumlah pintu masuk, antara lain perairan Kepulauan Riau, pesisir timur Sumatra, dan perbatasan darat di Kalimantan.
Pemerintah juga bekerja sama dengan penyelenggara lokapasar dan media sosial untuk menurunkan tautan serta siaran langsung yang menawarkan pakaian bekas impor, termasuk yang menggunakan istilah atau ejaan yang disamarkan.
Bagi pedagang yang ingin beralih usaha, pemerintah daerah bersama kementerian terkait menyiapkan pendampingan, pelatihan pemasaran digital, dan akses kepada pemasok produk tekstil dalam negeri.
Pemerintah mengapresiasi masyarakat yang telah melaporkan dugaan peredaran barang dilarang dan mengajak konsumen untuk mengutamakan produk buatan dalam negeri.
Informasi dan pengaduan dapat disampaikan melalui layanan pengaduan konsumen.
Jakarta, Biro Hubungan Masyarakat
""")

add("article", "official_statement", "0111", """
Pengumuman Kantor Pelayanan Bea dan Cukai
Sehubungan maraknya modus penitipan pakaian bekas melalui bagasi penumpang, kami mengingatkan bahwa barang bawaan dalam jumlah tidak wajar akan diperiksa. Pakaian bekas asal luar negeri dalam jumlah komersial akan ditegah dan dapat diproses sesuai ketentuan pidana kepabeanan.
Masyarakat yang mengetahui adanya aktivitas penyelundupan dapat melapor melalui layanan resmi kami.
""")

add("article", "official_statement", "0111", """
SURAT EDARAN Wali Kota tentang Penertiban Perdagangan Pakaian Bekas Impor
1. Pedagang dilarang menjual pakaian bekas asal impor (cakar/RB) di pasar tradisional milik Pemerintah Kota.
2. Pedagang diberi waktu 60 hari untuk menghabiskan stok dan beralih ke komoditas lain.
3. Dinas Perdagangan menyediakan pendampingan alih usaha dan akses ke pemasok produk lokal.
Demikian untuk dilaksanakan.
""")

add("article", "official_statement", "0111", """
Polda setempat mengamankan dua truk bermuatan 140 bal pakaian bekas di jalur lintas timur Sumatra.
Kabid Humas menyampaikan bahwa muatan berasal dari gudang di pesisir timur dan akan didistribusikan ke Palembang dan Lampung. Sopir dan kernet kini berstatus saksi, sementara pemilik barang masih dicari.
""")

# --- platform guidelines ---
add("article", "platform_guideline", "0111", """
Panduan Komunitas — Barang Dilarang: Pakaian Bekas Impor
Kami tidak mengizinkan penjualan pakaian, sepatu, dan tas bekas asal impor, termasuk dalam bentuk bal, karungan, koli, atau eceran dari bal.
Contoh kata yang sering dipakai dan akan ditinjau: 'bal', 'ballpress', 'karungan', 'bongkar bal', 'thrift impor', 'sekon luar', 'cakar', 'monza', 'RB'. Ejaan yang disamarkan (mis. 'b4l', 'b.a.l') juga ditinjau.
Yang tetap diizinkan:
• preloved milik pribadi (sertakan foto asli),
• pakaian baru bergaya vintage (cantumkan 'baru' dan asal produksi),
• penjualan amal barang donasi dalam negeri,
• berita, ulasan, dan diskusi tentang aturan ini.
Contoh yang DITURUNKAN:
– 'Ready bal Jepang 45kg, isi 200 pcs, kirim seluruh Indo'
– 'Live jam 8 bongkar karung Korea, ketik KEEP'
– bio toko yang menulis 'supplier bal impor, open reseller'
– komentar 'cek wa ya kak, stok karungan baru masuk'
Contoh yang TIDAK diturunkan:
– 'Kemeja flanel gaya vintage, baru, produksi Bandung'
– 'Preloved pribadi, beli di mal, dipakai 2x'
– 'Tembakau Temanggung per bal 40 kg'
– laporan pengguna yang mengutip iklan penjual bal
Akun yang berulang kali melanggar dapat dibatasi atau ditangguhkan.
""")

add("article", "platform_guideline", "0111", """
Kebijakan Siaran Langsung
Kreator tidak boleh menayangkan siaran langsung yang menjual pakaian bekas impor, seperti 'buka bal', 'bongkar karung', atau lelang isi bal.
Pelanggaran pertama: siaran dihentikan dan fitur live dibatasi 7 hari.
Pelanggaran berulang: akun dapat ditangguhkan permanen.
Konten edukasi atau berita tentang larangan impor pakaian bekas tetap diperbolehkan.
""")

add("article", "platform_guideline", "0111", """
Moderator notes — Used clothing imports (ID market)
Remove: listings/lives offering bales or items from bales of imported secondhand clothing; seller bios advertising 'bal'/'karungan'; comments directing buyers to WA for bale stock.
Keep: news, complaints, reports; own preloved; new clothes described as 'thrift style'; used cars/electronics from abroad; per-bal goods that aren't clothing (tobacco, cotton, paper).
When unsure, escalate with a screenshot.
""")

add("article", "platform_guideline", "0111", """
FAQ Seller: Kenapa produk saya diblokir?
Produk dengan kata kunci seperti 'bal thrift', 'karungan impor', atau 'bekas impor' otomatis ditinjau karena pakaian bekas impor termasuk barang dilarang.
Jika produk Anda adalah pakaian BARU bergaya vintage, cantumkan 'baru' dan asal produksi di deskripsi, lalu ajukan banding.
Jika produk Anda preloved milik pribadi, lampirkan foto barang dan keterangan asal pembelian.
""")

add("post", "platform_guideline", "0111", """
📌 PERATURAN GRUP JUAL BELI KOTA KENDARI
1. Dilarang posting barang ilegal: narkoba, senjata, satwa dilindungi, RB/pakaian bekas impor karungan.
2. Preloved pribadi boleh, wajib foto asli.
3. Dilarang spam lebih dari 3x sehari.
4. Pelanggar langsung dikeluarkan tanpa peringatan.
Admin berhak menghapus postingan tanpa pemberitahuan.
""")

add("article", "platform_guideline", "0111", """
Daftar istilah pantauan (internal, v3)
bal / ball / balpres / ballpress / karungan / goni / koli
cakar / cabo / cakbo / RB / rombengan / roma / monza / monja / awul-awul / burjer / BJ / lelong / baju Batam
Variasi: b4l, b@l, bal!, k@rung, s3k0nd, emoji di tengah kata
Catatan: 'cakar ayam', 'bal sepak', 'Monza' (sirkuit), 'tembakau per bal' bukan pelanggaran.
""")

# --- used non-clothing imports ---
add("listing", "used_nonclothing_import", "1101", """
Dijual Toyota Vellfire 2.5 ZG 2018 ex-Jepang 🇯🇵
Mobil bekas impor, dokumen lengkap, pajak hidup
KM 48rb, interior mulus, sunroof
Harga 780jt nego halus
Unit di showroom kami Kelapa Gading
Bisa kredit, DP 30%
""")

add("article", "used_nonclothing_import", "0101", """
Operator kereta komuter menerima tambahan rangkaian KRL bekas dari Jepang yang tiba di Pelabuhan Tanjung Priok pekan ini. Kereta-kereta itu sebelumnya melayani jalur di wilayah Tokyo dan akan menjalani pemeriksaan serta penyesuaian sebelum beroperasi.
Pengamat transportasi menilai pengadaan kereta bekas masih menjadi pilihan untuk menambah kapasitas dengan cepat, meski produksi dalam negeri terus didorong.
""")

add("listing", "used_nonclothing_import", "1101", """
READY Excavator bekas impor Jepang 🇯🇵
Komatsu PC200-8, tahun 2014, HM 9.800
Kondisi siap kerja, undercarriage 70%
Harga 685jt (nego)
Lokasi Surabaya, bisa dikirim dengan trailer
Dokumen impor lengkap
""")

add("listing", "used_nonclothing_import", "1101", """
iPhone 13 Pro 256GB ex inter (bekas pakai dari Singapura) 📱
IMEI sudah terdaftar Bea Cukai, aman dipakai kartu Indo
BH 88%, fullset box, mulus no dent
Harga 9,2jt
COD Batam Center atau kirim
""")

add("listing", "used_nonclothing_import", "1101", """
Sepeda lipat bekas Jepang baru bongkar kontainer 🚲
Merk Dahon, Bridgestone, Panasonic, ukuran 16-20 inch
Kondisi 80-90%, sudah servis ringan
Harga 1,1jt - 2,8jt
Lokasi gudang Cikarang, kirim via kargo
""")

add("listing", "used_nonclothing_import", "1101", """
Mesin jahit high speed JUKI bekas Jepang 🧵
Rekondisi, siap pakai buat konveksi
Tipe DDL-8700, 3,2jt/unit, ambil 5 unit 15jt
Ada juga mesin obras & overdeck bekas Taiwan
Garansi servis 1 bulan, lokasi Bandung
""")

add("listing", "used_nonclothing_import", "1101", """
Forklift bekas Jepang Toyota 3 ton, diesel, tahun 2012
Unit baru turun dari kapal, sudah dicek mekanik
Harga 165jt sampai Jakarta
Tersedia juga Mitsubishi 2,5 ton
Hubungi sales kami untuk survei unit
""")

add("listing", "used_nonclothing_import", "1101", """
Vespa PX 150 1984 ex Italia, bekas, surat lengkap (plat B)
Mesin original, cat ulang warna biru, siap touring
Harga 38jt, nego tipis
Garasi di Tebet, silakan cek langsung
""")

add("listing", "used_nonclothing_import", "1101", """
Laptop bekas ex-kantor Singapura 💻
ThinkPad T480 i5 gen 8, RAM 8GB, SSD 256GB
Kondisi 85-90%, baterai awet 3 jam
Harga 3,4jt, garansi toko 1 bulan
Ready 40 unit buat kebutuhan sekolah/kantor
Toko kami di Mangga Dua lt. 3
""")

add("listing", "used_nonclothing_import", "1101", """
Lensa Canon FD 50mm f/1.4 ex Japan, bekas kolektor
Dapat dari lelang online Jepang, dikirim langsung ke Jakarta
Kaca bersih, no jamur no fog
Harga 1,2jt + adapter
COD Cikini
""")
