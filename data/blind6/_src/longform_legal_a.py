# Hand-written multi-line records, LEGAL side, part A.
# Tuple: (kind, category, offer, used, clothing, abroad, text)

RECORDS = [
    # ---- new clothes in thrift / vintage style ----
    ("listing", "hn_new_thriftstyle", 1, 0, 1, 0, """Kemeja Flanel 'Thrift Look' – 100% BARU
Produksi konveksi kami sendiri di Cigondewah, Bandung
Bahan flanel katun, motif kotak besar ala kemeja lawas
Ukuran M / L / XL / XXL
Harga 95rb, grosir 6 pcs 510rb
Bukan barang second ya kak, masih ada label & plastik"""),
    ("post", "hn_new_thriftstyle", 1, 0, 1, 0, """OPEN PO: Jaket Coach 'Vintage Japan Style' 🇯🇵✨
Desain terinspirasi jaket-jaket lawas Jepang, tapi ini BARU, dijahit di workshop kami di Depok.
Bahan taslan, furing jaring, kancing snap
PO dibuka sampai 20 Maret, estimasi kirim 14 hari kerja
Harga PO 185rb (normal 220rb)
Kuota terbatas 150 pcs"""),
    ("listing", "hn_new_thriftstyle", 1, 0, 1, 0, """Celana Jeans Baggy Wash Pudar – Gaya Thrift, Produk Baru
Efek pudar dibuat lewat proses washing di pabrik Bandung
Tidak ada bekas pakai, 100% baru
Ukuran 27–36
Harga 139rb
Cocok buat yang suka look thrift tapi mau barang baru"""),
    ("post", "hn_new_thriftstyle", 1, 0, 1, 0, """Banyak yang DM nanya 'ini thrift ya kak?' 😄
Bukan ya, semua sweater rajut di toko kami baru, dirajut di Majalaya.
Kami memang sengaja bikin warna dan motif yang kayak sweater lawas.
Harga 89rb, ada 7 warna.
Kirim dari Bandung tiap hari kerja."""),
    ("listing", "hn_new_thriftstyle", 1, 0, 1, 0, """Kaos Band 'Faded' Made in Sukoharjo
Sablon plastisol + acid wash, hasilnya kayak kaos band lawas
Kaos baru, cotton combed 24s
Ukuran S–XXL, oversize fit
Harga 75rb
Tidak menjual barang bekas, semua produksi kami sendiri"""),
    ("post", "hn_new_thriftstyle", 1, 0, 1, 0, """Koleksi 'Pasar Loak' dari brand kami 🧺
Nama koleksinya memang Pasar Loak, tapi semua bajunya baru ya!
Kemeja motif retro, celana corduroy, rompi rajut.
Dijahit penjahit rumahan di Klaten, kain dari Pekalongan.
Harga mulai 110rb, launching Sabtu jam 7 malam di website."""),
    ("listing", "hn_new_thriftstyle", 1, 0, 1, 0, """Dress Bunga Vintage Look – NEW ARRIVAL
Model lengan balon, kerah renda, bahan katun rayon baru
Dijahit di konveksi Jogja
Panjang 115 cm, LD sampai 100 cm
Harga 120rb
Barang baru, bukan preloved"""),
    ("post", "hn_new_thriftstyle", 1, 0, 1, 0, """PO Batch 2 – Varsity 'Old School' 🏈
Bordir chenille lokal Tasikmalaya
Lengan kulit sintetis, badan wol campur
Baru ya, bukan hasil ngubek pasar 😁
DP 50% saat order, pelunasan sebelum kirim
Size chart di slide terakhir"""),
    ("listing", "hn_new_thriftstyle", 1, 0, 1, 0, """Tas Kanvas Retro (Produk Baru)
Kanvas tebal 12 oz, warna army & krem
Dijahit pengrajin Garut, label kulit timbul nama toko
Ukuran 35x30x10 cm
Harga 85rb
Tampilannya memang kayak tas lawas, tapi ini baru semua"""),
    ("post", "hn_new_thriftstyle", 1, 0, 1, 0, """Hoodie 'Distressed' – 100% Baru dari Pabrik Kami
Bolong-bolong kecil & pudar itu disengaja, bagian dari desain.
Bahan fleece 280 gsm, jahitan rantai.
Harga 165rb, ukuran M–XXL.
Bukan barang second atau barang luar, semua dibuat di Bandung."""),
    ("listing", "hn_new_thriftstyle", 1, 0, 1, 0, """Kemeja Hawaii Retro – Rayon Pekalongan
Motif diambil dari arsip motif lawas, dicetak ulang
100% baru, jahitan rapi, kancing batok
Ukuran S–XXL
Harga 79rb, beli 3 jadi 210rb
Ready stock, kirim hari ini"""),
    ("post", "hn_new_thriftstyle", 1, 0, 1, 0, """Outer Corduroy ala Thrift — Made in Bandung 🤎
Banyak yang suka look thrift tapi takut bau dan jamur.
Makanya kami bikin versi barunya: potongan longgar, warna kalem.
Harga 149rb, tersedia cokelat, hijau botol, dan krem.
100% baru, dikirim dalam plastik segel."""),

    # ---- reports / complaints ----
    ("post", "hn_report_complaint", 0, 1, 1, 1, """Mau lapor ke admin marketplace 🙏
Akun @gudangbal_korea masih pasang iklan begini:
'BAL HOODIE KOREA GRADE A 100PCS 6,5JT, SEGEL, KIRIM SELURUH INDONESIA'
Padahal jelas-jelas pakaian bekas impor dilarang.
Sudah saya report lewat fitur laporan, mohon ditindaklanjuti."""),
    ("review", "hn_report_complaint", 0, 1, 1, 1, """⭐ 1/5
Saya pesan '1 ikat kemeja Jepang grade A' dari toko ini.
Yang datang kemeja lecek, 11 dari 30 sobek atau berjamur.
Waktu saya komplain, penjual malah blokir.
Jangan tertipu kata 'grade A' di iklan. Saya kapok."""),
    ("message", "hn_report_complaint", 0, 1, 1, 1, """Selamat sore Pak Lurah,
Saya warga RT 03 mau melaporkan.
Gudang di belakang rumah kosong milik Pak H. sering didatangi truk malam hari.
Isinya karung-karung pakaian bekas, katanya dari Batam.
Warga terganggu karena jalan jadi macet dan bau.
Mohon dicek, terima kasih."""),
    ("post", "hn_report_complaint", 0, 1, 1, 1, """Thread: kenapa aku berhenti beli di live 'bongkar bal' 🧵
1. Barang yang dikirim beda sama yang ditunjukin di live.
2. Ada dua kali aku dapat jaket bau apek parah.
3. Penjualnya bilang 'grade A', pas sampe ternyata resleting rusak.
4. Refund? Jangan harap.
Intinya hati-hati ya, jangan mudah tergiur harga murah."""),
    ("comment", "hn_report_complaint", 0, 1, 1, 1, """@rina_krt kak, akun yang kakak tag itu jualan cakar Malaysia ya?
@aldi.makassar iya, barusan aku report, harusnya nggak boleh tayang
@rina_krt aku juga udah report, postingannya udah 3 hari nggak diturunin
@aldi.makassar coba lapor lewat form pengaduan konsumen juga kak"""),
    ("post", "hn_report_complaint", 0, 1, 1, 1, """Sebagai penjahit rumahan, saya cuma mau curhat.
Di pasar tempat saya jualan, lapak sebelah jual jaket bekas dari karung Jepang 30 ribuan.
Jaket jahitan saya 150 ribu, jelas kalah.
Sudah lapor ke pengelola pasar, katanya 'nanti ditertibkan'.
Sampai sekarang belum ada apa-apa."""),
    ("post", "hn_report_complaint", 0, 1, 1, 1, """PSA buat grup kita 🙏
Beberapa hari ini ada member yang posting 'info RB baru dari Timor Leste, per karung 900 ribu'.
Postingan itu sudah admin hapus dan membernya kami keluarkan.
Grup ini khusus jual beli barang rumah tangga yang legal.
Kalau lihat postingan serupa, tolong laporkan ke admin."""),
    ("review", "hn_report_complaint", 0, 1, 1, 1, """Pengalaman buruk beli 'kiloan Jepang' ⭐
Beli 15kg dengan harga 40rb/kg.
Pas dibuka, isinya kebanyakan pakaian dalam bekas dan kaos kaki bolong.
Yang bisa dipakai mungkin cuma 4kg.
Saya sudah lapor ke marketplace, semoga penjualnya ditindak."""),
    ("message", "hn_report_complaint", 0, 1, 1, 1, """Kepada Yth. Tim Pengaduan Platform
Saya menemukan akun '@cabo_murah_sulut' yang tiap malam melakukan siaran langsung membongkar karung pakaian bekas dari luar negeri.
Dalam siarannya, penjual menyebut 'barang Korea baru masuk lewat Bitung'.
Mohon akun tersebut ditinjau.
Terlampir tangkapan layar 3 siaran terakhir."""),
    ("post", "hn_report_complaint", 0, 1, 1, 1, """Aku nemu iklan begini di Facebook Marketplace:
'J*al b@l jaket jepang, isi 120, 7jt, serius aja'
Ejaannya sengaja dibikin aneh biar nggak kedetect.
Udah aku laporin. Kalian juga kalau nemu, report aja ya."""),

    # ---- news / opinion ----
    ("article", "hn_news_opinion", 0, 1, 1, 1, """TARAKAN – Petugas gabungan menyita 46 karung pakaian bekas asal Malaysia dari sebuah kapal motor yang bersandar di dermaga rakyat, Selasa (12/3) dini hari.
Nakhoda kapal berinisial RS (41) mengaku hanya dibayar untuk mengangkut barang dari Tawau.
Menurut petugas, karung-karung tersebut rencananya akan dijual ke pedagang di Tarakan dan Tanjung Selor.
Barang bukti kini disimpan di gudang kantor pengawasan setempat sambil menunggu proses hukum."""),
    ("article", "hn_news_opinion", 0, 1, 1, 1, """KUPANG – Polisi menghentikan sebuah bus antarkota di ruas Kefamenanu–Kupang, Kamis malam, setelah menerima laporan warga.
Di bagasi bus ditemukan 29 karung berisi pakaian bekas yang diduga berasal dari Timor Leste.
Sopir bus mengaku karung itu dititipkan seseorang di Napan dengan upah Rp300 ribu.
Kasus ini masih didalami untuk mengungkap pemilik barang."""),
    ("post", "hn_news_opinion", 0, 1, 1, 1, """Opini: Larangan Saja Tidak Cukup
Setiap kali ada razia pakaian bekas impor, yang paling dulu terkena adalah pedagang kecil di pasar.
Sementara pemasok besar yang mendatangkan ratusan bal lewat pelabuhan jarang tersentuh.
Kalau pemerintah serius, penindakan harus dimulai dari hulu.
Pedagang kecil juga perlu diberi jalan keluar: pelatihan, modal, dan akses ke produk lokal."""),
    ("article", "hn_news_opinion", 0, 1, 1, 1, """BATAM – Kantor pengawasan pabean memusnahkan 1.180 bal pakaian bekas hasil penindakan selama enam bulan terakhir.
Pemusnahan dilakukan dengan cara dibakar di lokasi pembuangan akhir, disaksikan perwakilan pemerintah kota.
Barang-barang tersebut sebagian besar berasal dari Singapura dan Malaysia.
Nilai barang ditaksir mencapai Rp4,2 miliar."""),
    ("article", "hn_news_opinion", 0, 1, 1, 1, """Pedagang Pakaian Bekas Pasar Kodok Pilih Tutup Sementara
TABANAN – Sebagian besar lapak di Pasar Kodok tutup sejak Kamis pekan lalu.
Seorang pedagang, Made (47), mengaku takut barang dagangannya disita.
'Kami sudah bertahun-tahun di sini, sekarang bingung mau jual apa,' katanya.
Pemerintah daerah menyatakan sedang mendata pedagang untuk program alih usaha."""),
    ("post", "hn_news_opinion", 0, 1, 1, 1, """Kenapa aku nggak lagi bangga bilang 'ini hasil thrift'?
Dulu aku pikir beli baju bekas itu ramah lingkungan.
Ternyata sebagian besar yang dijual di lapak online itu barang impor bekas yang masuk secara ilegal, dan sisanya yang tidak laku jadi sampah di sini.
Sekarang aku lebih pilih preloved dari teman sendiri atau beli baru dari UMKM lokal.
Bukan menghakimi, cuma berbagi pertimbangan."""),
    ("article", "hn_news_opinion", 0, 1, 1, 1, """MEDAN – Dinas perdagangan kota menggelar sosialisasi larangan perdagangan pakaian bekas impor kepada 85 pedagang di kawasan pasar tradisional.
Dalam pertemuan itu, pedagang mengeluhkan minimnya alternatif usaha.
Kepala bidang perdagangan menjanjikan pelatihan dan akses ke pemasok garmen lokal mulai bulan depan.
Pedagang diberi waktu tiga bulan untuk menghabiskan stok."""),
    ("article", "hn_news_opinion", 0, 1, 1, 1, """Ekonom: Impor Pakaian Bekas Tekan Industri Konveksi Kecil
Sebuah kajian lembaga riset independen memperkirakan peredaran pakaian bekas impor menggerus penjualan konveksi kecil hingga 20 persen di beberapa kota.
Penelitinya menyebut harga satu potong pakaian bekas bisa sepertiga harga produk lokal.
Ia menyarankan penegakan hukum dibarengi insentif bagi produsen dalam negeri."""),
    ("post", "hn_news_opinion", 0, 1, 1, 1, """Catatan dari Pasar Terong
Saya datang ke sana minggu lalu untuk menulis tentang pedagang cakar.
Banyak dari mereka sudah berdagang puluhan tahun dan tidak tahu harus beralih ke mana.
Di sisi lain, penjahit di Makassar juga mengeluh produk mereka tak laku.
Dua-duanya warga kecil. Kebijakan yang baik semestinya memikirkan keduanya."""),
    ("article", "hn_news_opinion", 0, 1, 1, 1, """PONTIANAK – Aparat perbatasan mengamankan sebuah mobil boks bermuatan 37 karung pakaian bekas di jalan lintas Entikong, Sabtu sore.
Pengemudi tidak dapat menunjukkan dokumen barang.
Menurut keterangan awal, barang dibeli di Sarawak dan akan diantar ke pedagang lelong di Pontianak.
Mobil dan barang bukti kini berada di pos pengamanan setempat."""),

    # ---- moderation guidelines ----
    ("article", "hn_guideline", 0, 1, 1, 1, """Pedoman Moderasi Kategori Fashion – Revisi 4
1. Tolak semua iklan pakaian, sepatu, dan tas bekas yang disebut berasal dari luar negeri.
2. Istilah yang wajib diperiksa: bal, balpres, karungan, koli, goni, sortiran, grade A/B.
3. Istilah daerah: cakar, cabo, lelong, RB, monza, awul-awul, BJ.
4. Iklan pakaian BARU bergaya 'thrift' atau 'vintage look' tetap boleh tayang.
5. Preloved milik pribadi yang dibeli di dalam negeri boleh tayang."""),
    ("article", "hn_guideline", 0, 1, 1, 1, """Panduan Singkat untuk Tim Review Live
– Siaran yang menampilkan pembukaan karung atau bal pakaian bekas harus dihentikan.
– Perhatikan ucapan seperti 'buka baru', 'pecah bal', 'barang Korea baru masuk'.
– Jangan hentikan siaran yang menjual pakaian baru hasil konveksi lokal.
– Catat nama akun dan jam siaran untuk laporan mingguan."""),
    ("post", "hn_guideline", 0, 1, 1, 1, """ATURAN GRUP JUAL BELI WARGA (WAJIB DIBACA)
• Dilarang jual pakaian bekas impor (bal, karungan, cakar, dll.)
• Dilarang jual barang selundupan apa pun
• Preloved milik sendiri boleh, sebutkan beli di mana
• Pakaian baru buatan lokal sangat dipersilakan
Pelanggar akan dikeluarkan tanpa peringatan."""),
    ("article", "hn_guideline", 0, 1, 1, 1, """Daftar Variasi Ejaan yang Sering Dipakai Penjual
b4l, b.a.l, b*l, ba1 — bal
thr!ft, tr1ft, thrif — thrift
k4rung, kar*ngan — karungan
c4kar, c.a.k.a.r — cakar
Juga waspadai huruf Sirilik yang mirip huruf Latin dan huruf lebar (fullwidth).
Gunakan daftar ini sebagai bahan pertimbangan, bukan keputusan otomatis."""),
    ("article", "hn_guideline", 0, 1, 1, 1, """Kebijakan Produk Terlarang – Bagian Tekstil
Produk yang termasuk pos tarif 6309 (pakaian bekas, alas kaki bekas, tas bekas, dan tekstil rumah tangga bekas) yang berasal dari impor dilarang diperdagangkan di platform.
Pengecualian: barang pribadi bekas pakai yang dibeli di dalam negeri, donasi, dan produk daur ulang lokal.
Pelanggaran pertama: iklan diturunkan. Pelanggaran berulang: akun dibekukan."""),
    ("article", "hn_guideline", 0, 1, 1, 1, """Contoh Kasus untuk Pelatihan Moderator
Kasus A: 'Kemeja flanel thrift style, 100% baru, made in Bandung' → LOLOS
Kasus B: 'Ready koli kemeja Jepang 45kg' → TOLAK
Kasus C: 'Preloved dress beli di mal, dipakai sekali' → LOLOS
Kasus D: 'Cabo baru bongkar, datang jo ke toko' → TOLAK
Kasus E: 'Kardus bekas per bal 50kg' → LOLOS (bukan pakaian)"""),
    ("post", "hn_guideline", 0, 1, 1, 1, """Pengumuman dari pengelola pasar 📢
Mulai 1 Juli, seluruh pedagang dilarang memajang dan menjual pakaian bekas asal luar negeri.
Petugas pasar akan berkeliling setiap hari Senin dan Kamis.
Pedagang yang ingin beralih ke pakaian baru produksi lokal dapat mendaftar program pendampingan di kantor pasar.
Terima kasih atas kerja samanya."""),

    # ---- tutorials ----
    ("post", "hn_tutorial", 0, 1, 1, 0, """Cara merawat jaket kulit bekas biar awet 🧥
1. Lap debu pakai kain lembap, jangan direndam.
2. Oles leather balm tipis-tipis, diamkan 30 menit.
3. Gantung di hanger lebar, jauh dari sinar matahari langsung.
4. Simpan pakai sarung kain, bukan plastik.
Jaket kulit bekas pakai pun bisa tampil kayak baru kalau dirawat."""),
    ("post", "hn_tutorial", 0, 1, 1, 0, """Tutorial ganti resleting celana jeans sendiri ✂️
Alat: pendedel, resleting YKK 18 cm, benang jeans, mesin jahit.
1. Dedel jahitan lama pelan-pelan.
2. Pasang resleting baru pakai jarum pentul.
3. Jahit dengan sepatu resleting.
4. Setrika hasilnya.
Celana lama kesayangan bisa dipakai lagi tanpa beli baru."""),
    ("post", "hn_tutorial", 0, 1, 1, 0, """Tips beli preloved online biar nggak zonk:
• Minta foto detail label, ketiak, kerah, dan lutut.
• Tanyakan dibeli di mana dan sudah dipakai berapa kali.
• Minta video kalau ragu soal warna.
• Pakai rekber atau fitur pembayaran aman.
• Cek ulasan penjual sebelumnya."""),
    ("post", "hn_tutorial", 0, 1, 1, 0, """Cara menghilangkan noda kuning di kerah kemeja putih 🧼
Bahan: baking soda, air hangat, sikat gigi bekas, sabun cuci piring.
1. Campur baking soda dengan sedikit air sampai jadi pasta.
2. Oles ke kerah, diamkan 20 menit.
3. Sikat pelan, lalu cuci seperti biasa.
Cocok buat kemeja lama yang mulai kusam."""),
    ("post", "hn_tutorial", 0, 1, 1, 0, """Tutorial sulam 'visible mending' buat celana yang bolong di lutut 🪡
Alat: benang sulam, jarum, kain tambalan, ram sulam.
1. Pasang kain tambalan di bagian dalam.
2. Buat jahitan jelujur rapat melintang.
3. Tambahkan jahitan tegak lurus sampai membentuk anyaman.
Hasilnya unik, celana bekas pakai jadi punya karakter baru."""),
    ("post", "hn_tutorial", 0, 0, 1, 0, """Cara membaca size chart di toko online biar nggak salah ukuran 📏
1. Ukur lingkar dada kaos yang paling pas di badanmu (ketiak ke ketiak x2).
2. Bandingkan dengan kolom LD di size chart.
3. Ukur panjang baju dari bahu ke bawah.
4. Kalau di antara dua ukuran, pilih yang lebih besar.
Berlaku untuk semua toko, bukan cuma satu merek."""),
    ("post", "hn_tutorial", 0, 1, 1, 0, """Langkah mencuci pakaian bekas sebelum dipakai 🧺
1. Rendam dengan air panas (±60°C) dan deterjen selama 30 menit.
2. Tambahkan cairan antiseptik sesuai takaran.
3. Kucek bagian ketiak dan kerah.
4. Bilas sampai bersih, jemur di bawah matahari.
5. Setrika dengan suhu tinggi jika bahan memungkinkan.
Berlaku untuk baju lungsuran saudara atau hasil tukar baju."""),

    # ---- own preloved bought locally ----
    ("listing", "hn_own_preloved_local", 1, 1, 1, 0, """Preloved Blazer Zara – Milik Pribadi
Dibeli di Zara Plaza Indonesia tahun 2023
Dipakai 3x untuk acara kantor, kondisi 95%
Ukuran S, warna hitam
Harga 250rb (beli 899rb)
Alasan jual: ukuran sudah tidak muat
COD area Jakarta Pusat"""),
    ("post", "hn_own_preloved_local", 1, 1, 1, 0, """Beberes lemari, lepas beberapa baju pribadi 🙏
1. Gamis Zoya, beli di outlet Bandung, dipakai 2x – 150rb
2. Tunik Elzatta, beli di Matahari Kota Kasablanka – 80rb
3. Kerudung instan Rabbani, beli di toko resmi – 35rb
Semua sudah dicuci & disetrika.
Kirim dari Bekasi, bisa COD stasiun."""),
    ("listing", "hn_own_preloved_local", 1, 1, 1, 0, """Sepatu Compass Gazelle – Preloved Pribadi
Beli langsung di store Compass Bandung, ada nota
Size 42, dipakai ±10 kali
Sol masih tebal, upper bersih
Harga 450rb, box & kertas lengkap
Jual karena kekecilan"""),
    ("post", "hn_own_preloved_local", 1, 1, 1, 0, """Jual seragam sekolah bekas anak 👕
Seragam SD putih-merah (2 setel) dan batik sekolah (1 setel).
Dibeli di koperasi SDN Sukamaju tahun lalu, sekarang anaknya sudah naik ukuran.
Kondisi masih bagus, tidak ada noda.
Semua 60rb, ambil di rumah daerah Cileungsi."""),
    ("listing", "hn_own_preloved_local", 1, 1, 1, 0, """Kebaya Brokat Wisuda – Dipakai Sekali
Dijahit di penjahit langganan di Solo, bahan beli di Pasar Klewer
Warna sage, ukuran M, ada furing
Termasuk rok lilit batik
Harga 300rb (ongkos jahit dulu 650rb)
Cocok buat wisuda atau kondangan"""),
    ("post", "hn_own_preloved_local", 1, 1, 1, 0, """Preloved jaket Eiger punya suami 🧥
Dibeli di Eiger Adventure Store Cihampelas, tahun 2022.
Ukuran XL, warna hijau lumut, dipakai beberapa kali naik gunung.
Masih waterproof, resleting normal.
Harga 350rb, nego tipis.
Lokasi Cimahi."""),
    ("listing", "hn_own_preloved_local", 1, 1, 1, 0, """Tas Buttonscarves Preloved (Pribadi)
Dibeli di butik resmi Senayan City, lengkap dengan dustbag & kartu
Dipakai sekitar 5 kali, tidak ada baret
Harga 900rb
Alasan jual: butuh dana sekolah anak
Bisa cek keaslian di toko resminya"""),
    ("post", "hn_own_preloved_local", 1, 1, 1, 0, """Lepas koleksi kaos konser pribadi 🎸
Semua dibeli di merchandise booth konser di Jakarta dan Bandung (2018–2023).
Ada yang dipakai sekali, ada yang belum dipakai sama sekali.
Harga 75rb–150rb per kaos, list lengkap di foto kedua.
Pengiriman dari Tangerang."""),
    ("listing", "hn_own_preloved_local", 1, 1, 1, 0, """Sepatu Bola Specs Anak – Preloved
Beli di Sport Station Summarecon Mall Bekasi
Ukuran 35, dipakai satu musim latihan SSB
Pul masih bagus, tidak ada sobek
Harga 120rb
Anak sudah ganti ukuran, jadi dilepas"""),
]
