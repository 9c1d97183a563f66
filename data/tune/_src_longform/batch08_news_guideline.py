from common import R

RECORDS = [
# ---------------- news_opinion (legal) ----------------
R("news_opinion", "article", """
DUMAI — Tim patroli laut Bea Cukai menghentikan sebuah kapal kayu bermuatan 214 karung pakaian bekas di perairan Sungai Kemeli, Selasa dini hari.
Kapal tersebut diduga berangkat dari Malaysia dan hendak membongkar muatan di pelabuhan tidak resmi.
Petugas mengamankan lima awak kapal untuk pemeriksaan lebih lanjut. Seluruh muatan dibawa ke gudang pabean.
Pakaian bekas termasuk barang yang dilarang impor berdasarkan Permendag 18/2021 sebagaimana diubah Permendag 40/2022.
Kepala kantor setempat mengatakan, sepanjang tahun ini pihaknya sudah belasan kali menindak penyelundupan serupa, sebagian besar di jalur laut pada malam hari.
Ia mengimbau masyarakat pesisir melapor bila melihat aktivitas bongkar muat mencurigakan di pelabuhan rakyat.
"""),
R("news_opinion", "article", """
Pemerintah memusnahkan ribuan bal pakaian bekas impor hasil sitaan di kawasan pergudangan Cikarang, Kamis (14/3).
Pemusnahan dilakukan dengan cara dibakar di tungku khusus dan sebagian dicacah.
Pejabat Kementerian Perdagangan menyebut nilai barang diperkirakan mencapai puluhan miliar rupiah.
"Impor pakaian bekas merugikan industri tekstil dan UMKM, serta berisiko bagi kesehatan," ujarnya dalam keterangan pers.
Barang sitaan itu berasal dari sejumlah penindakan di Jakarta, Jawa Barat, dan Banten sepanjang enam bulan terakhir.
Sebagian bal masih tersegel dan bertuliskan kode negara asal, sementara yang lain sudah dibongkar di gudang pengecer.
"""),
R("news_opinion", "article", """
Ratusan pedagang pakaian bekas di Pasar Senen menggelar aksi damai di depan gedung DPR, Rabu.
Mereka meminta pemerintah memberi masa transisi dan solusi permodalan sebelum penertiban menyeluruh.
"Kami sudah puluhan tahun hidup dari sini," kata salah satu koordinator aksi.
Perwakilan Kementerian UMKM menyatakan siap memfasilitasi pedagang untuk beralih menjual produk lokal.
Para pedagang juga meminta kejelasan nasib stok lama yang masih tersimpan di kios mereka.
Aksi berlangsung tertib dan selesai sebelum pukul 15.00.
"""),
R("news_opinion", "article", """
OPINI | Thrifting, Antara Gaya Hidup dan Pelanggaran Hukum
Oleh: Dr. R. Wicaksono, dosen ekonomi pembangunan
Tren berburu pakaian bekas impor di kalangan anak muda sering dibingkai sebagai gaya hidup ramah lingkungan. Namun, sebagian besar barang itu masuk melalui jalur ilegal dan menekan industri garmen kecil.
Lebih jauh, negara pengekspor sebenarnya sedang "membuang" sisa konsumsinya ke negara berkembang. Bal yang tidak laku berakhir di tempat pembuangan kita.
Klaim ramah lingkungan menjadi kabur ketika sepertiga isi bal ternyata sampah tekstil.
Jika ingin ramah lingkungan, dorong ekonomi sirkular domestik: tukar baju, perbaikan, dan preloved lokal.
Pemerintah daerah bisa memfasilitasi pasar preloved warga, bank sampah tekstil, dan pelatihan jahit ulang.
Dengan begitu, semangat berhemat tetap terjaga tanpa membuka pintu bagi barang selundupan.
"""),
R("news_opinion", "article", """
MAKASSAR — Menjelang Lebaran, lapak cakar di kawasan Pasar Terong kembali ramai pembeli meski larangan impor pakaian bekas masih berlaku.
Seorang pedagang mengaku stoknya tinggal sisa lama karena pasokan dari Parepare tersendat setelah patroli diperketat.
Dinas Perdagangan setempat menyatakan akan melakukan sosialisasi dan pendataan pedagang sebelum mengambil langkah penertiban.
"""),
R("news_opinion", "article", """
Analisis: Mengapa Penjual Pakaian Bekas Impor Sulit Diberantas di Marketplace
Setelah puluhan ribu tautan diturunkan, penjual beradaptasi: kata "bal" diganti "karungan", "bekas" diganti "preloved", foto karung diganti foto per potong.
Sebagian memindahkan transaksi ke grup WhatsApp dan siaran langsung.
Dalam penelusuran kami, satu akun bisa berganti nama tiga kali dalam sebulan. Katalognya tetap sama: kemeja dan jaket bertumpuk, ukuran beragam, dan foto latar gudang.
Istilah daerah seperti cakar, monza, atau lelong juga dipakai karena sistem otomatis sering tidak mengenalnya.
Di sisi lain, penjual produk baru bergaya vintage mengeluh produknya ikut diturunkan hanya karena memakai kata "thrift" di judul.
Pakar menilai deteksi berbasis kata kunci saja tidak cukup; platform perlu membaca konteks seperti asal barang, satuan penjualan, dan pola stok.
"""),
R("news_opinion", "article", """
MEDAN — Pedagang monza di Pajak Melati mengeluhkan penurunan omzet hingga 60 persen sejak razia gudang di kawasan Belawan.
"Pembeli masih ada, tapi barang tidak masuk," kata Boru Sinaga, pedagang sejak 2009.
Pemko Medan menyiapkan pelatihan bagi pedagang yang ingin beralih menjual produk konveksi lokal.
Pembeli yang ditemui mengaku masih mencari monza karena harganya jauh lebih murah dibanding toko.
"""),
R("news_opinion", "article", """
Editorial: Larangan Saja Tidak Cukup
Larangan impor pakaian bekas sudah ada sejak lama, tetapi karung-karung terus lolos lewat pelabuhan tikus di pesisir timur Sumatera dan perbatasan Kalimantan.
Penegakan di hulu harus diiringi pasokan pakaian lokal yang terjangkau. Tanpa itu, konsumen berpenghasilan rendah akan terus mencari alternatif murah.
Industri garmen dalam negeri juga perlu didorong memproduksi lini pakaian murah untuk pasar domestik, bukan hanya mengejar pesanan ekspor.
Pada akhirnya, pembeli tidak peduli istilah hukum; mereka peduli harga dan kualitas. Di situlah negara harus hadir.
"""),
R("news_opinion", "article", """
NUNUKAN — Satgas pengamanan perbatasan menemukan tujuh karung pakaian bekas asal Tawau yang disembunyikan di kebun sawit dekat patok batas, Sebatik.
Karung-karung itu ditutup pelepah sawit agar tidak mencurigakan. Pemiliknya melarikan diri saat didekati petugas.
Barang bukti diserahkan ke Bea Cukai untuk proses lebih lanjut.
Patroli di jalur tikus perbatasan diperketat setelah laporan warga tentang aktivitas malam hari.
"""),
R("news_opinion", "article", """
Menteri Keuangan menyatakan pemerintah akan menambah sanksi denda bagi importir balpres, selain pidana dan pemusnahan barang.
"Selama ini negara justru keluar biaya untuk memusnahkan," katanya kepada wartawan.
Ia juga menyebut pelaku yang terbukti mengimpor pakaian bekas akan dimasukkan ke daftar hitam impor.
Kebijakan ini disambut industri tekstil, namun dikritik sebagian pedagang yang meminta solusi transisi.
"""),
R("news_opinion", "article", """
Kolom Kesehatan: Risiko Pakaian Bekas yang Tak Jelas Asal-usulnya
Uji laboratorium pada sampel pakaian bekas impor beberapa tahun lalu menemukan jamur dan bakteri seperti Staphylococcus aureus.
Dokter kulit menyarankan mencuci dengan air panas, namun menegaskan risiko tetap ada.
Yang lebih penting, konsumen perlu tahu bahwa pakaian bekas impor adalah barang yang dilarang masuk ke Indonesia.
Bagi yang ingin berhemat, pakaian preloved dari keluarga atau tetangga tetap menjadi pilihan yang lebih aman.
"""),
R("news_opinion", "article", """
PONTIANAK — Pasar lelong di Jalan Komyos Sudarso tetap ramai setiap akhir pekan.
Sebagian pedagang mengaku barang didatangkan dari Malaysia melalui jalur darat. Petugas Bea Cukai Entikong menyatakan terus melakukan pengawasan di PLBN dan jalur tidak resmi.
Warga menilai lelong sudah menjadi bagian dari budaya belanja masyarakat Kalbar, sehingga penertiban perlu dilakukan dengan pendekatan persuasif.
"""),
R("news_opinion", "article", """
Opini Mahasiswa: Kami Suka Thrifting, Tapi...
Sebagai mahasiswa, saya mengerti daya tarik thrifting: murah dan unik. Namun setelah membaca aturan, saya sadar sebagian besar barang di thrift shop adalah impor ilegal.
Saya memilih thrifting yang legal: tukar baju dengan teman, beli preloved pribadi, atau belanja di brand lokal yang sedang diskon.
"""),
R("news_opinion", "article", """
MAUMERE — Aparat gabungan mengamankan ratusan karung pakaian rombengan di sebuah pantai di Kecamatan Waigete.
Barang diduga dikirim dari Singapura melalui Timor Leste menggunakan kapal kayu, lalu dibongkar di pantai sepi untuk menghindari pemeriksaan.
Hingga berita ini diturunkan, belum ada pihak yang mengaku sebagai pemilik muatan.
Warga sekitar menyebut pembongkaran karung biasanya dilakukan lewat tengah malam dan langsung diangkut truk.
"""),
R("news_opinion", "article", """
Siaran Pers Kementerian Perdagangan
Kemendag bersama asosiasi e-commerce sepakat memperkuat pengawasan terhadap penjualan pakaian bekas impor secara daring.
Platform diminta menurunkan tautan yang teridentifikasi, menindak akun berulang, dan melaporkan penjual ke aparat.
Masyarakat dapat melapor melalui layanan pengaduan konsumen. Perdagangan pakaian bekas lokal milik pribadi tidak termasuk dalam larangan impor.
"""),
R("news_opinion", "article", """
Kilas Balik: Dari Cibadak Mall ke Gedebage
Istilah "cimol" lahir di Bandung era 1990-an ketika pedagang pakaian bekas impor memenuhi Jalan Cibadak. Setelah beberapa kali relokasi, mereka menempati Pasar Gedebage sejak 2004.
Kini, di tengah larangan dan razia, sebagian pedagang mulai menambah porsi produk lokal di lapaknya.
"Dulu 100 persen seken, sekarang 30 persen baru dari konveksi Bandung," kata seorang pedagang jaket.
Pemerintah kota menyatakan terus membuka ruang dialog dengan paguyuban pedagang.
"""),
R("news_opinion", "article", """
JAMBI — Polisi air menggagalkan penyelundupan 160 bal pakaian bekas di perairan Kuala Tungkal.
Kapal motor bermuatan pakaian bekas itu diduga berasal dari Singapura dan akan didistribusikan ke Jambi dan Palembang, tempat pakaian jenis ini dikenal sebagai baju BJ.
Nakhoda dan dua ABK diamankan beserta barang bukti.
Penyidik masih menelusuri pemilik barang yang diduga merupakan jaringan penyelundup lama di wilayah pesisir timur Sumatera.
"""),
R("news_opinion", "article", """
Podcast "Ngobrol Ekonomi" episode 48 membahas polemik thrifting.
Narasumber dari asosiasi pertekstilan menyebut banjir pakaian bekas impor memukul penjahit kecil.
Sementara narasumber dari komunitas pedagang meminta pemerintah membedakan pedagang eceran dengan importir besar.
Keduanya sepakat perlu ada kampanye belanja produk lokal.
Episode lengkap dapat didengarkan di kanal podcast kami.
"""),
R("news_opinion", "post", """
Utas wartawan: Saya menelusuri rute balpres dari Port Klang ke pasar di Jawa 🧵
1/ Karung dimuat kapal kayu, bongkar di pantai sepi di Riau.
2/ Diangkut truk ke gudang transit di Pekanbaru, lalu ke Jakarta dan Bandung.
3/ Di pasar, karung dijual per bal ke pedagang, lalu diecer.
4/ Setiap mata rantai tahu barang ini dilarang, tapi permintaan tetap tinggi. Liputan lengkap terbit besok.
"""),
R("news_opinion", "article", """
KUPANG — Bea Cukai Atambua memperketat pemeriksaan di PLBN Motaain setelah menemukan karung pakaian bekas di bagasi kendaraan pelintas batas.
Petugas mengimbau warga tidak membawa pakaian bekas dari Timor Leste untuk diperjualbelikan.
Pelanggaran dapat dikenai sanksi sesuai ketentuan kepabeanan.
Sebelumnya, aparat perbatasan juga menemukan karung serupa di jalur tikus dekat sungai perbatasan.
"""),
R("news_opinion", "article", """
Riset: Konsumen Muda dan Pakaian Bekas
Survei terhadap 800 responden usia 17-30 tahun menunjukkan 62 persen pernah membeli pakaian bekas impor, sebagian besar tanpa tahu larangannya.
Setelah diberi informasi soal asal-usul barang, 41 persen menyatakan akan beralih ke preloved lokal atau produk baru lokal.
Alasan utama membeli pakaian bekas impor adalah harga (71 persen), merek (48 persen), dan keunikan (39 persen).
Hanya 18 persen responden yang mengetahui bahwa impor pakaian bekas dilarang sejak lama.
Peneliti merekomendasikan edukasi konsumen yang tidak menghakimi.
Survei dilakukan secara daring di lima kota besar dengan margin of error 3,5 persen.
"""),
R("news_opinion", "article", """
YOGYAKARTA — Panitia Pasar Malam Perayaan Sekaten menyatakan tidak lagi memberi izin lapak khusus pakaian bekas impor tahun ini.
Lapak pakaian diprioritaskan bagi UMKM lokal penjual batik, lurik, dan kaos buatan Jogja.
Sebagian pengunjung mengaku kehilangan "awul-awul" yang selama ini jadi ikon, namun mendukung produk lokal.
"""),
R("news_opinion", "article", """
Opini: Jangan Salahkan Pembeli
Orang membeli cakar bukan karena tidak cinta produk dalam negeri, melainkan karena upah minimum tak cukup untuk baju baru setiap tahun.
Negara wajib menutup jalur penyelundupan, tapi juga wajib menyediakan sandang murah yang layak.
Program seragam gratis, subsidi untuk konveksi kecil, dan pasar preloved warga bisa menjadi jalan tengah.
"""),
R("news_opinion", "article", """
BATAM — Petugas gabungan menyita 90 koli pakaian bekas dari sebuah gudang di Batu Aji.
Barang tersebut diduga akan dikirim ke Jakarta dengan dokumen yang menyebut isinya "tekstil campuran".
Pemilik gudang kini diperiksa penyidik. Petugas mengingatkan perusahaan ekspedisi untuk memeriksa isi kiriman.
Menurut petugas, koli-koli itu dikemas ulang dengan karung plastik baru agar terlihat seperti kiriman tekstil biasa.
"""),
R("news_opinion", "article", """
Tanya Pakar Hukum: Apakah Pembeli Pakaian Bekas Impor Bisa Dipidana?
Menurut pengajar hukum dagang, ancaman pidana dalam UU Perdagangan ditujukan kepada importir yang memasukkan barang dilarang.
Pedagang eceran dapat dikenai penertiban dan sanksi administratif sesuai aturan daerah. Pembeli perorangan umumnya tidak dipidana, namun disarankan tidak ikut menyuburkan pasar ilegal.
"""),
R("news_opinion", "article", """
SURABAYA — Puluhan lapak pakaian bekas di sekitar Tugu Pahlawan yang biasa buka akhir pekan tampak sepi setelah sosialisasi Satpol PP.
Sebagian pedagang beralih menjual kaos sablon lokal. "Untungnya tipis, tapi tidak was-was," kata Rohman, pedagang asal Madura.
Dinas Koperasi dan UMKM menawarkan pelatihan pemasaran digital bagi pedagang yang beralih usaha.
"""),
R("news_opinion", "article", """
Laporan Khusus: Ekonomi Karung di Parepare
Sejak 1980-an, Parepare dikenal sebagai pintu masuk cakar dari Nunukan ke Sulawesi Selatan. Di kota ini, ribuan orang hidup dari rantai bongkar muat, sortir, dan eceran.
Buruh angkut di pelabuhan, penyortir yang dibayar per karung, tukang cuci, hingga pengemudi truk antarkabupaten bergantung pada arus karung itu.
Seorang penyortir mengaku bisa memilah 15 karung sehari dengan upah Rp25 ribu per karung.
Penertiban tanpa alternatif dikhawatirkan menimbulkan pengangguran, sementara pembiaran merugikan industri. Pemerintah daerah diminta menyusun peta jalan transisi.
"""),

# ---------------- moderation_guideline (legal) ----------------
R("moderation_guideline", "article", """
PEDOMAN MODERASI — Kategori: Pakaian Bekas Impor (HS 6309)
Turunkan (remove) jika listing menawarkan pakaian/sepatu/tas bekas yang berasal dari luar negeri, termasuk penjualan per bal, karung, koli, atau kilo.
Sinyal kuat: "bal Korea", "karungan Jepang", "grade kepala/badan/kaki", "segel", "press", nama gudang di Batam/Dumai/Tawau.
JANGAN turunkan: pakaian baru bergaya vintage, preloved pribadi yang dibeli di dalam negeri, kain perca baru, atau barang non-pakaian yang dijual per bal.
Jika ragu, periksa foto (karung, tumpukan, label laundry asing) dan riwayat toko sebelum memutuskan.
"""),
R("moderation_guideline", "article", """
Daftar istilah daerah yang sering dipakai untuk pakaian bekas impor (untuk referensi reviewer):
- cakar (cap karung) — Sulawesi Selatan, Kaltara
- monza — Medan/Sumut
- awul-awul — Yogyakarta, Jawa Tengah
- lelong, roma — Kalimantan Barat
- BJ (burukan/bekas Jambi) — Sumsel, Jambi
- RB/rombengan — Kaltara, NTT, Riau
- cimol — Bandung
- BI (Batam impor), baju Batam — Jawa Timur, Lampung
- burukan — beberapa daerah Sumatera
- bundle — Malaysia; ukay-ukay — Filipina
Catatan: istilah ini juga punya arti lain (cakar ayam, Sirkuit Monza, camilan cimol, lelong = lelang). Selalu baca konteks.
"""),
R("moderation_guideline", "article", """
Contoh kasus untuk pelatihan moderator:
1) "Kemeja flanel ex Jepang, dari karungan minggu ini" → TURUNKAN (bekas + luar negeri + pakaian + ditawarkan).
2) "Kemeja flanel ala thrift, baru, konveksi Bandung" → BIARKAN.
3) "Berita: Bea Cukai sita 200 bal pakaian bekas" → BIARKAN (berita, bukan penawaran).
4) "Jual mesin jahit bekas Jepang" → BIARKAN (bukan pakaian).
5) "Saya jual baju bekas anak saya sendiri" → BIARKAN (bukan impor).
6) "Open agen bal Korea, modal 3 jt" → TURUNKAN (rekrut reseller barang terlarang).
7) "Cakar ayam frozen per karung" → BIARKAN (makanan).
8) "Ulasan: jaket ex Jepang dari toko X mantap, recommended" → TURUNKAN (promosi penjual).
9) "Saya melaporkan toko X yang jual balpres" → BIARKAN (laporan).
10) "Jastip Uniqlo Tokyo barang baru" → BIARKAN (baru, bukan bekas).
"""),
R("moderation_guideline", "article", """
Kebijakan Komunitas Grup "Jual Beli Kota Kita"
Dilarang memposting: narkoba, senjata, satwa dilindungi, obat keras, dan pakaian bekas impor (bal/karungan/cakar/monza/lelong).
Boleh: pakaian bekas pribadi, barang bekas rumah tangga, kendaraan bekas dengan surat lengkap.
Pelanggaran pertama: postingan dihapus. Kedua: anggota dikeluarkan.
Anggota yang melihat pelanggaran silakan lapor ke admin lewat pesan pribadi, bukan komentar.
"""),
R("moderation_guideline", "article", """
Panduan Live Shopping untuk Seller
Siaran langsung yang menampilkan pembukaan bal/karung pakaian bekas dari luar negeri melanggar Kebijakan Produk Terlarang.
Termasuk yang memakai istilah pengganti seperti "open karung", "pecah segel", atau menyensor kata "bekas".
Seller yang melanggar akan mengalami penghentian siaran, penghapusan produk, dan pembatasan akun.
"""),
R("moderation_guideline", "article", """
SOP Eskalasi — Tim Trust & Safety
Jika listing memuat: (a) satuan bal/karung/koli/kg untuk pakaian, DAN (b) sinyal asal luar negeri (negara, pelabuhan, kota perbatasan, istilah daerah), maka kirim ke antrean "Barang Terlarang – Prioritas Tinggi".
Jika hanya salah satu sinyal, lakukan pemeriksaan manual: lihat foto, deskripsi stok, dan riwayat toko.
Contoh sinyal asal luar negeri: "ex Korea", "Japan", "UK", "Port Klang", "Tawau", "Batam", "Dumai", "Tanjung Balai", "Entikong".
Contoh satuan: "bal", "balpres", "karung", "goni", "koli", "per kilo", "kepala/badan/kaki".
Dokumentasikan alasan keputusan di kolom catatan.
Jangan menghubungi penjual secara langsung; semua komunikasi melalui template resmi.
"""),
R("moderation_guideline", "article", """
FAQ Penjual: Apakah saya boleh menjual baju bekas?
Boleh, jika itu pakaian milik pribadi atau dibeli dari dalam negeri (misalnya preloved lemari sendiri).
Tidak boleh, jika pakaian bekas itu berasal dari impor (misalnya dari bal/karung luar negeri), meskipun Anda bukan importirnya.
Tulis asal barang dengan jujur. Listing yang menyesatkan dapat diturunkan.
"""),
R("moderation_guideline", "article", """
Catatan Kalibrasi Reviewer (minggu 12)
Kesalahan yang sering terjadi:
- Menurunkan listing "balpres kardus" dan "jerami balpres" — ini bukan pakaian, jangan diturunkan.
- Membiarkan listing "preloved Korea stok ratusan" — kalau stok banyak & asal luar negeri, kemungkinan besar bal impor.
- Menurunkan berita dan utas edukasi yang menyebut kata "thrifting" — bukan penawaran.
"""),
R("moderation_guideline", "article", """
Kebijakan Iklan: Produk Tekstil dan Fesyen
Iklan yang mempromosikan pakaian, alas kaki, atau tas bekas yang diimpor tidak diizinkan, termasuk iklan untuk kemitraan reseller, kelas "bisnis bal", dan supplier karungan.
Iklan produk baru (lokal maupun impor resmi) diizinkan dengan tetap mematuhi kebijakan klaim.
Pengiklan yang berulang kali melanggar dapat ditangguhkan akun iklannya.
"""),
R("moderation_guideline", "article", """
Kamus Kata Samaran (internal, jangan dibagikan ke seller)
"karungan", "ballpress/balpres", "press pabrik", "segel ori", "kepala/badan/kaki", "grade A/B/C", "ex Korea/ex Japan", "barang luar", "layak pakai", "tangan kedua", "seken ori", "BJ", "RB", "PJ".
Kata-kata ini bukan bukti tunggal; kombinasikan dengan jenis barang (pakaian/sepatu/tas) dan tanda penawaran.
"""),
R("moderation_guideline", "article", """
Pedoman untuk Moderator Relawan Forum
Kami mengizinkan diskusi tentang thrifting, termasuk kritik terhadap larangan impor, selama tidak ada penawaran jual beli pakaian bekas impor.
Hapus postingan yang memuat harga bal, kontak supplier, atau ajakan patungan bal.
Biarkan postingan yang bertanya, mengeluh, atau melaporkan penjual.
Jika ragu, tandai untuk moderator senior dan jangan hapus dulu.
"""),
R("moderation_guideline", "article", """
Aturan Bazar Kampus 2024
Tenant dilarang menjual pakaian bekas impor dalam bentuk apa pun (termasuk "thrift" hasil bal).
Tenant preloved diperbolehkan dengan syarat barang milik pribadi/donasi warga kampus dan menyertakan pernyataan asal barang.
Panitia berhak menutup lapak yang melanggar tanpa pengembalian biaya sewa.
Contoh yang diperbolehkan: preloved pribadi, hasil donasi alumni, produk baru UMKM mahasiswa.
Contoh yang dilarang: barang dari supplier bal, karungan, atau pedagang cakar/monza.
"""),
R("moderation_guideline", "article", """
Rubrik Penilaian Anotasi (dataset moderasi)
offer = penulis menawarkan/menjual/mempromosikan
used = barangnya bekas
clothing = pakaian, alas kaki, tas, tekstil pakai
abroad = berasal dari luar negeri (negara asal, impor, bal, pelabuhan/perbatasan, istilah daerah)
Label "ilegal" hanya jika keempatnya terpenuhi. Contoh: berita sitaan bal → offer=0 → legal.
"""),
R("moderation_guideline", "article", """
Pedoman Moderasi Marketplace (ringkas)
Contoh judul yang DILARANG: "Bal Jepang 100kg segel", "Karung Korea Mix Grade A", "Jaket Monza Medan ori luar", "Lelong Malaysia per karung".
Contoh judul yang DIIZINKAN: "Kemeja Vintage Look (Baru)", "Preloved Pribadi Zara", "Balpres Kardus Bekas per Ton", "Cakar Ayam Frozen 1 kg".
"""),
R("moderation_guideline", "article", """
Template Pesan Penolakan Produk
"Produk Anda kami turunkan karena terindikasi sebagai pakaian bekas impor, yang dilarang berdasarkan peraturan perdagangan yang berlaku. Jika produk Anda adalah barang baru atau pakaian bekas milik pribadi, silakan ajukan banding dengan melampirkan bukti (nota, foto produksi, atau foto label)."
"""),
R("moderation_guideline", "article", """
Panduan Penanganan Komentar
Komentar pembeli seperti "kak ini dari bal mana?" tidak otomatis melanggar.
Balasan penjual yang mengonfirmasi asal luar negeri dan menawarkan barang (misal "dari karung Korea kak, masih ready") menjadikan percakapan itu penawaran terlarang.
Tindak akun penjual, bukan akun penanya.
Simpan tangkapan layar percakapan sebagai bukti sebelum menghapus.
"""),
R("moderation_guideline", "article", """
Kebijakan Kreator Konten
Video "haul" atau "bongkar bal" yang menyertakan tautan toko, kode diskon, ajakan patungan, atau promosi supplier pakaian bekas impor dianggap promosi barang terlarang.
Video edukasi, liputan, atau opini tentang thrifting tanpa ajakan membeli tetap diperbolehkan.
Kreator yang ragu dapat mengajukan tinjauan sebelum mengunggah.
"""),
R("moderation_guideline", "article", """
Pembaruan Daftar Pemicu Otomatis
Ditambahkan: "pecah karung", "open goni", "bale Korea", "bundle Jepun", "ukay".
Dihapus dari pemicu otomatis (terlalu banyak false positive): "cakar" tunggal, "monza" tunggal, "press" tunggal, "grade A" tunggal.
Istilah yang dihapus tetap dipakai sebagai sinyal pendukung untuk peninjauan manual.
Alasan: "cakar" banyak dipakai untuk produk ayam beku, "monza" untuk berita balap, "press" untuk jasa sablon dan kemasan.
"""),
R("moderation_guideline", "article", """
Pedoman untuk Admin Grup WhatsApp Pedagang Pasar
Demi keamanan grup, anggota dilarang membagikan daftar harga bal, info kapal masuk, atau lokasi gudang karungan luar negeri.
Info yang boleh: jadwal pasar, harga sewa lapak, info pelatihan UMKM, dan penawaran produk lokal.
Admin berhak mengeluarkan anggota yang melanggar tanpa peringatan.
"""),
R("moderation_guideline", "article", """
Checklist Cepat Reviewer
[ ] Apakah penulis menawarkan sesuatu?
[ ] Apakah barangnya pakaian/sepatu/tas/tekstil pakai?
[ ] Apakah bekas (second, preloved, layak pakai, pecah bal)?
[ ] Apakah dari luar negeri (negara, bal, pelabuhan, istilah daerah)?
Semua dicentang → barang terlarang. Jika ragu, eskalasi ke reviewer senior.
Ingat: berita, laporan, pertanyaan, dan kutipan tidak dihitung sebagai penawaran.
"""),
R("moderation_guideline", "article", """
Kebijakan Konten Berita & Edukasi
Publisher berita yang memuat foto tumpukan bal pakaian sitaan tidak melanggar.
Iklan yang ditempel di dalam artikel tetap diperiksa terpisah.
Mohon tidak menurunkan konten jurnalistik hanya karena memuat kata "balpres", "cakar", atau "thrifting".
Kesalahan penurunan konten berita wajib dipulihkan dalam 24 jam setelah banding diterima.
"""),
R("moderation_guideline", "article", """
Peraturan Pasar Online Desa (BUMDes)
Produk yang boleh dijual: hasil tani, kerajinan, makanan olahan, pakaian baru, dan barang bekas milik warga.
Produk yang dilarang: pakaian bekas dari luar negeri (termasuk yang dibeli dari pedagang karungan di kota), barang tanpa izin edar.
Pengelola berhak menghapus produk tanpa pemberitahuan.
Warga yang ragu boleh bertanya ke pengelola sebelum mengunggah produk.
"""),
]
