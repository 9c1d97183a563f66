# Longform, legal records. Part C. Each text written by hand.
# Tuple: (kind, category, offer, used, clothing, abroad, text)

R = [
# ---- opinion ----
("article", "opinion", 0, 1, 1, 1, """Thrifting, Limbah, dan Ilusi Hijau
Banyak anak muda membela thrifting dengan alasan ramah lingkungan. Argumen itu masuk akal bila yang dibeli adalah pakaian bekas dari lemari tetangga. Namun bal yang masuk dari Korea, Jepang, atau Eropa sesungguhnya adalah limbah tekstil yang gagal dijual di negara asalnya.
Ketika sebuah bal dibuka dan separuh isinya tidak layak jual, sisa itu tidak kembali ke Seoul atau Osaka. Ia berakhir di TPA kita.
Jadi sebelum menyebut thrifting impor sebagai gaya hidup hijau, tanyakan dulu: hijau untuk siapa?"""),

("post", "realworld_tweet", 0, 1, 1, 1, """Unpopular opinion (thread) 🧵
1/ Larangan impor pakaian bekas itu penting, tapi eksekusinya timpang.
2/ Yang dirazia selalu lapak kecil di pasar, ibu-ibu yang jualan 20 potong sehari.
3/ Sementara gudang yang nyimpen ribuan bal dan kapal yang bongkar di Tanjungbalai seolah tak tersentuh.
4/ Kalau mau serius, putus rantainya di hulu: pelabuhan tikus, pemodal, dan jalur distribusinya.
5/ Dan kasih pedagang kecil opsi: pelatihan, akses barang lokal murah. Jangan cuma digusur."""),

("article", "opinion", 0, 1, 1, 1, """Cakar dan Ingatan Kota
Bagi banyak keluarga di Makassar, cakar bukan sekadar pakaian murah. Ia adalah seragam pertama kerja, gaun wisuda, dan jaket yang dipakai merantau.
Saya tidak menolak larangan impor pakaian bekas; saya paham industri tekstil kita tertekan. Tetapi kebijakan yang baik juga harus menjawab pertanyaan sederhana dari seorang ibu di Pasar Terong: "Kalau tidak ada cakar, anak saya pakai baju apa lebaran?"
Jawaban itu tidak bisa hanya berupa razia."""),

("post", "opinion", 0, 1, 1, 1, """Sebagai pemilik konveksi kecil di Klaten, saya mau cerita sedikit.
Tahun 2019 kami punya 15 penjahit. Sekarang tinggal 6.
Pelanggan bilang "kaos kamu bagus, tapi di live sebelah jaket Jepang second cuma 35 ribu".
Saya tidak menyalahkan pembeli. Tapi saya berharap orang sadar, harga 35 ribu itu murah karena barangnya masuk tanpa bea, tanpa standar, dan seringkali tanpa izin.
Produk lokal bukan tidak bisa bersaing. Kami hanya butuh lapangan yang rata."""),

("article", "opinion", 0, 1, 1, 1, """Menimbang Ulang Larangan
Setiap kali pemerintah menegaskan larangan pakaian bekas impor, perdebatan yang sama berulang: UMKM tekstil melawan pedagang kecil thrifting. Padahal keduanya sama-sama rakyat kecil.
Pemerintah sebaiknya memetakan jumlah pedagang eceran di Senen, Gedebage, Pasar Terong, Sambu, hingga Nunukan, lalu menyiapkan masa transisi dan skema pembiayaan untuk beralih ke barang lokal.
Tanpa peta jalan seperti itu, larangan hanya akan memindahkan perdagangan dari lapak terbuka ke grup WhatsApp dan siaran langsung."""),

("post", "realworld_tweet", 0, 1, 1, 1, """Gue mau ngomong soal "hidden gems" content 🫠
Bukan mau nyinyir, tapi kreator yang tiap hari bikin video "nemu Carhartt 50rb dari bal" itu secara ga langsung jadi iklan gratis buat perdagangan yang udah dilarang.
Followers lo ratusan ribu, banyak yg masih SMA. Mereka mikir ini legal & keren.
Boleh kok bikin konten fashion murah. Coba angkat preloved lokal atau brand kecil, banyak yang bagus."""),

("article", "opinion", 0, 1, 1, 1, """Perbatasan dan Perut
Di Sebatik dan Nunukan, jarak ke Tawau hanya setengah jam dengan speedboat. Di sana, baju bekas Malaysia sudah lama menjadi bagian dari ekonomi sehari-hari, bukan sekadar tren.
Penegakan hukum di perbatasan tidak bisa disamakan dengan razia di mal Jakarta. Warga perbatasan bergantung pada barang dari seberang karena pasokan dari dalam negeri mahal dan lambat.
Selama logistik nasional belum menjangkau mereka dengan harga wajar, larangan akan terus kalah oleh kebutuhan."""),

("post", "opinion", 0, 1, 1, 1, """Awul-awul itu kenangan masa kecilku 🥲
Tiap Sekaten, ibu ngajak ke lapak awul-awul, milih baju sekolah buat aku & adik. Lima ribu dapat dua.
Sekarang aku ngerti kenapa dilarang: barangnya bekas impor, masuknya ilegal, dan bikin penjahit lokal susah.
Tapi aku juga ngerti kenapa ibu milih ke sana: gaji bapak ga cukup.
Dua-duanya benar, dan itu yang bikin isu ini ga sesederhana "dukung lokal" vs "thrifting"."""),

("article", "opinion", 0, 1, 1, 1, """Platform Harus Lebih dari Filter Kata
Pedagang pakaian bekas impor di marketplace sudah lama menemukan cara mengelabui sistem: menulis "b4l", memberi titik di antara huruf, atau menyebutnya "pakaian nostalgia negeri sakura". Ada pula yang hanya menulis "cek wa" di kolom komentar.
Filter kata kunci sederhana tak akan mampu mengejar kreativitas ini. Platform perlu menggabungkan analisis gambar, pola transaksi, dan laporan pengguna. Tanpa itu, larangan hanya memindahkan kosakata, bukan perdagangannya."""),

# ---- official_statement ----
("article", "official_statement", 0, 1, 1, 1, """SIARAN PERS
Kementerian Perdagangan menegaskan kembali bahwa pakaian bekas dan barang bekas lainnya dengan pos tarif HS 6309 termasuk barang yang dilarang impor sebagaimana diatur dalam Permendag Nomor 18 Tahun 2021 sebagaimana telah diubah dengan Permendag Nomor 40 Tahun 2022.
Pelaku usaha yang mengimpor, mengedarkan, atau memperdagangkan pakaian bekas impor dapat dikenai sanksi sesuai ketentuan peraturan perundang-undangan.
Masyarakat diimbau untuk tidak membeli pakaian bekas impor dan beralih ke produk dalam negeri."""),

("article", "official_statement", 0, 1, 1, 1, """Pengumuman Bea dan Cukai
Dalam rangka pengawasan barang larangan dan/atau pembatasan, Bea dan Cukai meningkatkan patroli laut di perairan Selat Malaka, Kepulauan Riau, dan perbatasan Kalimantan Utara.
Masyarakat yang mengetahui adanya pemasukan pakaian bekas (balpres) tanpa dokumen kepabeanan dapat melaporkan melalui kontak layanan resmi.
Identitas pelapor dijamin kerahasiaannya."""),

("article", "official_statement", 0, 1, 1, 1, """Pemerintah Kabupaten Nunukan menyampaikan bahwa perdagangan pakaian bekas asal Malaysia tetap tunduk pada larangan nasional. Namun, pemerintah daerah akan menempuh pendekatan bertahap melalui sosialisasi, pendataan pedagang, dan pelatihan usaha alternatif.
"Kami tidak ingin ada warga kehilangan mata pencarian secara tiba-tiba," ujar Sekretaris Daerah dalam rapat koordinasi di Kantor Bupati.
Pendataan pedagang roma dijadwalkan berlangsung selama dua bulan."""),

("article", "official_statement", 0, 1, 1, 1, """Kementerian Koperasi dan UKM mendorong pedagang pakaian bekas impor untuk beralih menjual produk dalam negeri. Kementerian menyiapkan program kemitraan dengan sentra konveksi di Bandung, Solo, dan Pekalongan agar pedagang eceran bisa memperoleh barang dengan harga grosir.
Menurut Kementerian, perdagangan pakaian bekas impor ilegal menggerus pangsa pasar UMKM tekstil dan garmen, serta membawa risiko kesehatan bagi konsumen."""),

("article", "official_statement", 0, 1, 1, 1, """Kepolisian Daerah Sumatera Utara menyampaikan hasil operasi selama tiga bulan terakhir: sebanyak 783 bal pakaian bekas diamankan dari kapal motor di perairan Labuhanbatu dan Tanjungbalai.
Nilai barang bukti ditaksir lebih dari Rp2 miliar. Lima orang ditetapkan sebagai tersangka, termasuk pemilik kapal.
Polda mengimbau pedagang di Medan dan sekitarnya tidak menampung barang hasil penyelundupan."""),

("article", "official_statement", 0, 1, 1, 1, """Dinas Kesehatan mengingatkan masyarakat tentang risiko pakaian bekas impor yang tidak melalui proses sterilisasi. Hasil uji laboratorium terhadap sampel pakaian bekas dari pasar menunjukkan adanya bakteri dan jamur yang dapat menyebabkan iritasi kulit.
Bagi warga yang sudah terlanjur membeli, Dinkes menyarankan mencuci pakaian dengan air panas minimal 60 derajat dan deterjen sebelum digunakan."""),

("article", "official_statement", 0, 1, 1, 1, """Pernyataan Asosiasi Pertekstilan
Kami mengapresiasi langkah pemerintah memperketat pengawasan impor pakaian bekas. Masuknya jutaan potong pakaian bekas melalui bal dan karung telah menekan utilisasi industri garmen dalam negeri, terutama skala kecil dan menengah.
Kami meminta penegakan hukum tidak berhenti di tingkat pengecer, melainkan menyasar importir dan jaringan distribusi, termasuk penjualan daring melalui siaran langsung."""),

# ---- platform_guideline ----
("post", "platform_guideline", 0, 1, 1, 1, """KEBIJAKAN PRODUK TERLARANG - Pakaian Bekas Impor
Penjual dilarang mengunggah, mempromosikan, atau menjual pakaian, alas kaki, dan tas bekas yang berasal dari impor.
Contoh judul/deskripsi yang melanggar (termasuk variasi ejaan):
• "bal Korea", "ballpress", "karungan", "goni", "koli"
• "thrift impor", "second import Jepang"
• "cakar", "monza", "awul-awul", "RB", "roma", "lelong" (bila merujuk pakaian bekas impor)
• "b4l", "b.a.l", "s3k0nd 1mp0r"
Pelanggaran berulang dapat mengakibatkan penonaktifan toko."""),

("post", "platform_guideline", 0, 1, 1, 1, """Pedoman Siaran Langsung (LIVE) untuk Penjual
Siaran langsung yang menampilkan pembukaan bal atau karung pakaian bekas impor ("bongkar bal", "buka karung", "unboxing bale") akan dihentikan secara otomatis.
Host yang membacakan atau merespons komentar yang menawarkan barang tersebut juga dianggap melanggar.
Penjualan preloved pribadi dalam jumlah wajar tetap diperbolehkan, selama bukan hasil kulakan dari bal impor."""),

("post", "platform_guideline", 0, 1, 1, 1, """FAQ Penjual: "Kenapa produk saya diturunkan?"
T: Saya jual jaket bekas, kenapa dihapus?
J: Jika deskripsi menyebut asal impor (misalnya "ex Jepang", "dari bal Korea"), produk termasuk pakaian bekas impor yang dilarang.
T: Saya jual baju baru model vintage, kenapa kena?
J: Sistem bisa keliru. Ajukan banding dan cantumkan keterangan "baru", merek, serta lokasi produksi.
T: Saya jual baju bekas pribadi?
J: Boleh, asalkan bukan barang kulakan dari karung/bal impor."""),

("post", "platform_guideline", 0, 1, 1, 1, """Panduan Kreator Afiliasi - Konten Fashion
✅ Boleh: review pakaian baru, brand lokal, preloved pribadi, tutorial mix & match
❌ Tidak boleh: konten "haul" atau "hidden gems" yang mengarahkan penonton ke toko penjual pakaian bekas impor, termasuk menaruh link di bio, kode diskon, atau menyebut nama toko
❌ Tidak boleh: ajakan menjadi reseller/dropshipper bal
Konten yang melanggar akan dikeluarkan dari program afiliasi."""),

("post", "platform_guideline", 0, 1, 1, 1, """Aturan Grup Jual Beli "Pasar Warga Bekasi Utara" 📌
1. Dilarang jualan barang ilegal, termasuk pakaian bekas impor (bal, karungan, thrift impor).
2. Preloved milik sendiri boleh, sebutkan "milik pribadi".
3. Dilarang promosi rekrutmen reseller/dropship tanpa izin admin.
4. Komentar "cek wa", "link di bio" di postingan orang lain = dihapus.
5. Pelanggaran 2x = dikeluarkan dari grup.
Terima kasih, admin."""),

("post", "platform_guideline", 0, 1, 1, 1, """Catatan untuk Tim Moderasi (internal, versi ringkas)
Tandai sebagai pelanggaran pakaian bekas impor bila memenuhi SEMUA: (a) ada penawaran/penjualan, (b) barang bekas pakai, (c) berupa pakaian/alas kaki/tas/tekstil, (d) berasal dari impor (negara asal, bal/karung, pelabuhan/jalur perbatasan, istilah daerah).
Jangan tandai: berita, keluhan pembeli, laporan, pertanyaan, pakaian baru bergaya vintage, preloved pribadi, mobil/mesin bekas impor, beras/tembakau per karung atau per bal.
Jika ragu, eskalasi ke reviewer senior."""),

("post", "platform_guideline", 0, 1, 1, 1, """Ketentuan Iklan Berbayar - Kategori Fesyen
Iklan tidak boleh mempromosikan:
- pakaian, sepatu, atau tas bekas yang berasal dari luar negeri;
- paket usaha, pelatihan, atau kemitraan yang melibatkan penjualan bal/karung pakaian bekas impor;
- siaran langsung pembukaan bal.
Iklan untuk pakaian baru dengan gaya retro/vintage diizinkan dengan mencantumkan kata "baru" dan identitas produsen."""),

("post", "platform_guideline", 0, 1, 1, 1, """Glosarium Istilah Daerah (untuk peninjau konten)
• cakar / cakbo = cap karung, cakar bongkar (Sulawesi, Maluku)
• monza / monja = pakaian bekas impor (Sumatera Utara)
• awul-awul = pakaian bekas digelar di lapak (Jawa Tengah, DIY)
• RB = rombengan (Sultra, NTT, Malut)
• roma = rombengan Malaysia (Kaltara)
• lelong = pakaian bekas Malaysia/Singapura (Kalbar)
• burjer = "buruk-buruk Jerman" (Tapanuli)
Perhatikan konteks: "cakar ayam", "Monza" (sirkuit), "Roma" (kota) bukan pelanggaran."""),

# ---- used_nonclothing_import ----
("listing", "used_nonclothing_import", 1, 1, 0, 1, """Dijual Toyota Vellfire 2.5 ZG 2018
Eks impor Jepang (CBU), masuk resmi, dokumen lengkap
Km 48.000, servis rutin di bengkel resmi
Pajak hidup sampai Agustus, plat B
Warna putih mutiara, interior mulus
Harga 780jt nego, lokasi showroom Kelapa Gading"""),

("listing", "used_nonclothing_import", 1, 1, 0, 1, """MESIN JAHIT INDUSTRI BEKAS EX JEPANG
- Juki DDL-8700 high speed, 10 unit
- Brother obras 4 benang, 5 unit
- Siruba overdeck, 2 unit
Kondisi sudah servis, siap pakai, cocok untuk konveksi
Harga satuan mulai 2,2jt, borong nego
Gudang Tangerang, bisa dicoba dulu"""),

("listing", "used_nonclothing_import", 1, 1, 0, 1, """HP Second Inter (ex Singapura & Hongkong) ✅
• iPhone 12 128GB - BH 85% - 5,1jt
• Samsung S21 FE - mulus - 3,6jt
• Pixel 6 - layar ada shadow tipis - 2,9jt
IMEI sudah terdaftar resmi (bea cukai), garansi toko 1 bulan
Bisa COD di ITC Roxy"""),

("listing", "used_nonclothing_import", 1, 1, 0, 1, """Excavator bekas Komatsu PC200-8
Eks proyek Singapura, masuk resmi dengan dokumen remanufaktur
Hour meter 9.200, undercarriage 60%
Mesin & hidrolik normal, siap kerja
Harga 850jt, unit di Batam
Bisa inspeksi langsung"""),

("post", "used_nonclothing_import", 1, 1, 0, 1, """Koleksi kamera film bekas dari Jepang baru sampai 📷
Canon AE-1 Program, Nikon FM2, Olympus Trip 35, Pentax K1000
Semua sudah dites dengan roll, light seal diganti
Harga mulai 1,5jt
Barang dikirim lewat jasa resmi, ada dokumen pembelian dari toko di Tokyo"""),

("listing", "used_nonclothing_import", 1, 1, 0, 1, """Forklift Bekas Toyota 3 Ton - ex Jepang
Tahun 2012, diesel, tinggi angkat 3 meter
Ban masih tebal, rem & hidrolik normal
Dokumen impor lengkap (barang modal bukan baru)
Harga 165jt, bisa kirim se-Jawa"""),

("listing", "used_nonclothing_import", 1, 1, 0, 1, """Sepeda Road Bike bekas import Eropa
Frame carbon, groupset Shimano 105, size 54
Dibeli dari kolektor di Belanda, dibawa sebagai barang pindahan
Kondisi 85%, ada baret kecil di top tube
Harga 12jt nego
Lokasi Bintaro"""),

("post", "used_nonclothing_import", 1, 1, 0, 1, """Ready piano upright bekas Jepang 🎹
Yamaha U1 & U3, Kawai KU-3, tahun 80-90an
Sudah stem & regulasi, suara masih jernih
Harga mulai 22jt, gratis antar Jabodetabek
Kunjungi showroom kami di Fatmawati untuk mencoba"""),

("listing", "used_nonclothing_import", 1, 1, 0, 1, """Laptop bekas ex kantor Jepang - partai kecil
Panasonic Let's Note & Dell Latitude, i5 gen 8, RAM 8GB, SSD 256
Keyboard layout Jepang, sudah install Windows original
Harga 2,7jt/unit, ambil 5 unit 2,5jt
Garansi toko 2 minggu, Glodok"""),

("listing", "used_nonclothing_import", 1, 1, 0, 1, """Kursi roda & tempat tidur pasien bekas ex Jepang
Kursi roda lipat aluminium 900rb
Bed pasien manual 2 engkol 3,5jt
Bersih, sudah disanitasi, rangka kokoh
Cocok untuk perawatan di rumah, lokasi Surabaya"""),

# ---- other_goods_per_bale ----
("listing", "other_goods_per_bale", 1, 0, 0, 0, """TEMBAKAU RAJANGAN TEMANGGUNG - PER BAL
Panen tahun ini, grade C-D, aroma kuat
1 bal ±40 kg (dibungkus keranjang bambu & tikar)
Harga menyesuaikan grade, minimal 2 bal
Langsung dari petani di lereng Sumbing
Bisa kirim ke pabrik rokok di Kudus & Kediri"""),

("listing", "other_goods_per_bale", 1, 0, 0, 0, """Beras Cianjur Pandan Wangi
Kemasan karung 25 kg dan 50 kg
Panen baru, pulen & wangi
Harga karung 25kg: 335rb, 50kg: 660rb
Gratis antar area Cianjur kota, luar kota via ekspedisi
Pesan minimal 2 karung untuk reseller"""),

("listing", "other_goods_per_bale", 1, 1, 0, 0, """Kardus bekas press per bal 📦
Hasil pengepulan dari toko & pabrik sekitar Bekasi
1 bal 40-60 kg, sudah dipres & diikat
Harga per kg mengikuti harga pabrik kertas minggu ini
Pengambilan pakai truk sendiri, muat di lapak"""),

("listing", "other_goods_per_bale", 1, 0, 0, 1, """Kapas serat impor (raw cotton) per bal
Asal Australia & Brasil, baru dari gin
1 bal ±227 kg, dokumen impor lengkap
Untuk pabrik pemintalan benang
Harga menyesuaikan kurs, minimal order 20 bal"""),

("listing", "other_goods_per_bale", 1, 1, 0, 0, """Kain Majun untuk Bengkel & Pabrik
Dibuat dari kaos & kain bekas lokal yang sudah dipotong-potong, dicuci, dan dikeringkan
Daya serap oli tinggi
Dikemas per karung 10 kg dan 25 kg
Harga 8rb/kg, grosir lebih murah
Bukan untuk dipakai sebagai baju ya 😄"""),

("listing", "other_goods_per_bale", 1, 0, 0, 0, """Jerami padi kering per bal 🐄
Dipres mesin, ukuran 40x50x90 cm, berat ±15 kg
Cocok untuk pakan sapi & alas kandang
Harga 18rb/bal, ambil di lokasi Delanggu, Klaten
Antar pakai pikap untuk minimal 100 bal"""),

("post", "other_goods_per_bale", 1, 0, 0, 0, """Stok gabah dan beras dari penggilingan kami di Sidrap 🌾
Beras premium karung 50 kg 650rb
Beras medium karung 50 kg 590rb
Dedak per karung 40 kg 120rb
Kirim ke Makassar dan Parepare pakai truk tiap Selasa & Jumat."""),

("listing", "other_goods_per_bale", 1, 1, 0, 0, """Plastik PET bekas press per bal ♻️
Botol air mineral bekas yang sudah dipilah & dipres
1 bal ±50 kg, bersih dari tutup & label
Untuk pabrik daur ulang biji plastik
Harga per kg, hubungi bank sampah kami di Depok"""),

("listing", "other_goods_per_bale", 1, 0, 0, 0, """Kopi Arabika Kerinci - green bean
Kemasan goni 60 kg, panen terbaru
Proses full wash, kadar air 12%
Harga per kg untuk pembelian 1 goni ke atas
Sampel 200 gr tersedia untuk roastery"""),
]
