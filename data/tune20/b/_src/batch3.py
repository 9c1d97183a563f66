# Batch 3: reviews and WhatsApp messages (+1 article). Hand-written.
# (kind, category, offer, used, clothing, abroad, text)
RECORDS = [
("review", "haul_or_reco_names_seller", 1, 1, 1, 1, """⭐⭐⭐⭐⭐ Udah 4x belanja di @thriftgudang.cimahi dan belum pernah kecewa.
Jaket ex Jepang yg aku beli kemarin cuma ada noda kecil di lengan, selebihnya mulus, bau juga udah wangi karena dicuci dulu sama sellernya.
Dia buka bal tiap Kamis malam via live, yang mau cepet langsung WA aja 0821xxxx.
Recommended banget buat kalian yg cari outer murah!"""),

("review", "haul_or_reco_names_seller", 1, 1, 1, 1, """Rating 5/5 buat Kak Lusi lapak cakar di Pasar Butung 🫶
Saya ambil 2 karungan sortiran celana dari dia buat dijual lagi di kampung, isinya sesuai video, yang rusak cuma 4 biji.
Pengiriman ke Bulukumba 2 hari. Kalau mau order cari saja akun FB "Lusi Cakar Butung", aktif tiap malam."""),

# ---- legal reviews ----
("review", "hn_buyer_haul_review", 0, 1, 1, 1, """Review jaket gunung hasil ngawul di Gedebage (65rb):
+ bahan gore-tex asli, tahan gerimis pas ke Tangkuban Perahu
+ resleting lancar semua
– ada bau apek, hilang setelah direndam 2x
– tali hoodie udah nggak ada, aku ganti tali sepatu wkwk
Overall 8/10, worth it untuk harga segitu."""),

("review", "hn_buyer_haul_review", 0, 1, 1, 1, """★★★☆☆ Pasar Senen Blok III
Tempatnya pengap dan sempit, naik tangga ke lantai atas lumayan bikin ngos-ngosan.
Tapi pilihan pakaian bekas impornya masih banyak walau nggak serame dulu, dari jas kerja sampai jaket kulit.
Saran: datang pagi, bawa masker, jangan pakai baju putih. Toiletnya perlu diperbaiki."""),

("review", "hn_complaint", 0, 1, 1, 0, """Bintang 2. Beli kemeja preloved di marketplace, katanya "kondisi 95%, cuma dipakai dua kali".
Datang-datang ada noda kuning di kerah dan ketiak, dicuci tiga kali nggak hilang.
Penjual bilang mungkin kena cahaya waktu difoto. Ya sudahlah, buat pelajaran minta video dulu sebelum bayar."""),

("review", "hn_new_thrift_style", 0, 0, 1, 0, """Review kaos "vintage wash" yang lagi rame di tiktok:
warnanya beneran pudar kayak kaos lawas, tapi ini baru ya, masih wangi pabrik dan ada label lokal.
Bahannya adem, jahitan rapi, ukurannya agak kecil jadi mending naik satu size.
Buat yg pengen gaya thrift tapi jijik sama barang bekas, ini solusi 👍"""),

("review", "hn_other_goods_used", 0, 1, 0, 1, """Review HP second ex Jepang yang saya beli waktu ke Batam:
Baterai masih 86%, kamera normal, tapi ada bekas jatuh di pojok.
Sempat was-was soal IMEI, ternyata aman setelah didaftarkan di bandara.
Untuk harga setengah dari harga baru, saya puas."""),

("review", "hn_new_local_or_reject", 0, 0, 1, 0, """Beli 3 celana chino reject pabrik di outlet daerah Ungaran, masing-masing 40 ribu.
Cacatnya ada di jahitan kantong belakang yang agak miring, nggak kelihatan kalau dipakai.
Masih baru, ada label ekspornya. Kualitas jauh lebih bagus dari celana murah di pasar, recommended kalau lewat sana."""),

("review", "hn_buyer_haul_review", 0, 1, 1, 1, """Boots kulit monza yang kubeli bulan lalu ternyata awet kali 👢
Solnya udah kuganti di tukang sol dekat rumah, 60 ribu, jadi kayak baru.
Merk Dr. Martens asli, kubeli cuma 250 ribu di Pajak Melati.
Kekurangannya cuma satu: kegedean setengah nomor, jadi pake kaos kaki dobel."""),

("review", "hn_other_goods_used", 0, 1, 0, 0, """Beli 10 buku bekas di pasar buku Kwitang, total 150rb.
Kondisi rata-rata masih bagus, ada coretan stabilo di dua buku, satu bukunya ada tanda tangan pemilik lama dan tulisan "pinjam = kembalikan!!" 😂
Buat yang suka baca, ini surganya. Cuma siap-siap bersin karena debu."""),

("review", "hn_buyer_haul_review", 0, 1, 1, 1, """Akhirnya nyobain awul-awul di Sekaten tahun ini.
Penjualnya ramah, tumpukannya setinggi pinggang, dan aku nemu sweater rajut Jepang 20rb yg rajutannya rapi banget.
Minusnya: panas, debu, desak-desakan, dan sweaternya bau kapur barus parah.
Pengalaman 9/10, barangnya 7/10."""),

("review", "hn_news_media", 0, 1, 1, 1, """Nonton dokumenter pendek tentang jalur balpres dari Malaysia ke Sumatera di YouTube semalam.
Visualnya bagus, wawancara sama kuli angkut di pelabuhan kecil bikin merinding.
Sayang durasinya cuma 20 menit, bagian soal dampak ke konveksi lokal kurang digali.
Tetap layak ditonton buat yang hobi thrifting biar tahu barangnya datang dari mana."""),

("review", "hn_local_upcycling", 0, 1, 1, 0, """Tote bag dari jeans bekas yang aku beli di bazar UMKM kemarin bagus banget 😍
Jahitannya kuat, ada kantong kecil dalam, dan katanya dibuat dari celana sumbangan warga kampung sendiri.
Muat laptop 14 inch plus botol minum. Harga 60rb menurutku fair."""),

("review", "hn_other_goods_used", 0, 1, 0, 1, """Sudah 6 bulan pakai kereta recond Jepang yang kubeli di Medan.
Mesin halus, irit, cuma sekali ganti kampas rem.
Yang bikin pusing pengurusan surat, lama kali, tapi untunglah selesai juga.
Kalau mau beli jenis begini pastikan dokumennya lengkap dari awal."""),

("review", "hn_buyer_haul_review", 0, 1, 1, 1, """Celana Levi's 501 dari karungan Korea, 45rb. Review jujur:
Warna masih biru tua, pinggang pas, tapi ada robek kecil di selangkangan yang baru ketahuan pas sampai rumah.
Udah ditambal tukang jahit 10rb. Jadi total 55rb untuk celana yang aslinya 1 juta lebih. Gak nyesel."""),

("review", "hn_buyer_haul_review", 0, 1, 1, 1, """Coba laundry khusus cuci jaket thrift setelah beli parka dari bal Jepang yang baunya kayak karung basah.
Hasilnya mantap, baunya hilang total dan bulu di tudungnya jadi mengembang lagi.
Harganya agak mahal, 35rb per jaket, tapi daripada jaketnya nggak kepake."""),

("review", "hn_charity_sale", 0, 1, 1, 0, """Datang ke bazar amal gereja kemarin sore. Barangnya pakaian bekas sumbangan jemaat, dipilah rapi sesuai ukuran.
Aku dapat dua dress anak dan satu kemeja batik total 40 ribu.
Suka banget suasananya, panitianya ramah, dan tahu uangnya buat anak-anak sekolah minggu."""),

("review", "hn_complaint", 0, 1, 1, 1, """1 bintang untuk pengalaman ngawul kali ini 😩
Selimut tebal dari karungan, dibawa pulang, malamnya badan gatal semua.
Ternyata ada tungau. Sekarang satu kasur harus dijemur dan disemprot.
Pelajaran: barang tebal dari bal wajib direndam air panas sebelum masuk kamar."""),

# ---- messages ----
("message", "bale_wholesale", 1, 1, 1, 1, """*BROADCAST GUDANG SANDANG JAYA* 📦
Bal masuk minggu ini:
- Korea campur grade A 100kg: 4,5jt
- Jepang jaket winter: 6jt
- Sortiran kemeja ex Taiwan per koli: 1,2jt
Stok terbatas, yg mau keep DP dulu 50%. Kirim dari gudang Cakung.
Balas chat ini buat order ya bosku 🙏"""),

("message", "bale_wholesale", 1, 1, 1, 1, """Selamat pagi reseller kesayangan 🌞
Info hari ini: karung Jepang batch 7 udah dibongkar, foto katalog saya kirim habis ini, harga reseller 30rb/pcs flat.
Yang mau ambil 1 karung utuh tinggal 2 slot, sisa orderan kemarin dikirim siang.
Jangan lupa posting di akun masing2, caption bebas tapi jangan sebut gudang ya 🙏"""),

("message", "seller_reply", 1, 1, 1, 1, """Iya kak, masih ada 👍
Jaket kulit ex Korea yg coklat size M, panjang 68 lebar 54, ada goresan dikit di siku.
Harga 180rb belum ongkir, bisa kirim ke Semarang.
Kalau jadi, transfer ke rekening yg tadi ya kak, nanti aku kirim resi. Sore ini aku buka bal baru, mau dikirimin fotonya?"""),

("message", "regional_code_word", 1, 1, 1, 1, """[Diteruskan] STORY WA Mak Yati:
"Lelong baru masuk pagi ni, baju anak, tudung, kain, kasut sekolah. Barang dari Kuching, kondisi elok.
Datang ke rumah Mak Yati belakang masjid Jagoi Babang, atau pesan bah, hantar sampai Bengkayang."
Yang mau cari baju buat anak sekolah, coba tanya Mak Yati."""),

("message", "jastip", 1, 1, 1, 1, """Halo kak, aku buka JASTIP SENEN lagi hari Sabtu 🙌
Aku bakal live video dari dalam lapak bal, kakak tinggal tunjuk yang mau.
Fee 10rb/barang, barang + ongkir dibayar setelah fix.
Format order: nama - item - ukuran - budget. Balas ke nomor ini sebelum Jumat jam 9 malam ya."""),

("message", "bale_wholesale", 1, 1, 1, 1, """Konfirmasi pesanan:
1 koli sortiran kaos anak ex Jepang (±150 pcs) - Rp1.350.000
Ongkir kargo Tanjungpinang–Pontianak - Rp180.000
Total Rp1.530.000, pembayaran full sebelum barang naik kapal hari Rabu.
Terima kasih sudah order lagi bu, semoga laris manis di pasar 🙏"""),

# ---- legal messages ----
("message", "hn_buyer_story", 0, 1, 1, 1, """Dek, besok jadi ikut ke Pasar Kebon Kalapa? Mama mau cari jaket buat Om Dedi, katanya di sana masih ada yang jual baju bal.
Berangkat jam 7 ya, biar belum panas. Bawa uang kecil, jangan bawa dompet tebel, rawan copet.
Nanti pulangnya mampir beli surabi. 😊"""),

("message", "hn_complaint", 0, 1, 1, 1, """Ibu-ibu grup arisan, sekadar mengingatkan 🙏
Anak saya kemarin gatal-gatal setelah pakai baju karungan yang saya beli di pasar, ternyata belum saya cuci bersih.
Kata dokter jamur kulit. Jadi kalau beli baju bekas impor tolong direndam air panas dulu, jangan langsung dipakai anak.
Semoga bermanfaat, bukan untuk menakut-nakuti."""),

("message", "hn_news_media", 0, 1, 1, 1, """[Forwarded many times]
Berita hari ini: polisi sita puluhan bal pakaian bekas impor di gudang dekat Pasar Gedebage.
Ini link beritanya ya, biar nggak kaget kalau lapak di sana pada tutup minggu ini.
Ngeri juga, semoga pedagang kecilnya nggak ikut diproses."""),

("message", "hn_own_preloved", 1, 1, 1, 0, """Guys aku lagi sortir lemari, ada beberapa baju kantor yg udah gak muat sejak hamil 😅
Blazer hitam M, 2 kemeja putih, rok span abu, semua bekas pakai sendiri, kondisi bagus.
Mau aku lepas 150rb semua aja buat temen kantor dulu. Kalo ada yg mau, japri ya, bisa ambil di meja aku."""),

("message", "hn_charity_sale", 1, 1, 1, 0, """Assalamualaikum Bapak/Ibu wali murid kelas 5 🙏
Sabtu depan sekolah mengadakan bazar pakaian layak pakai hasil donasi orang tua, harga Rp5.000–Rp25.000.
Hasil penjualan untuk membantu korban kebakaran di Kampung Cempaka.
Yang mau menyumbang pakaian bisa dititipkan ke wali kelas paling lambat Kamis. Terima kasih."""),

("message", "hn_trader_story", 0, 1, 1, 1, """Bang, pasar sepi kali minggu ini. Bal dari Tanjungbalai belum datang juga, katanya ketahan di jalan.
Stok lama tinggal celana-celana yang gak laku.
Kalau bulan ini gak ada barang, kurasa aku ikut kau kerja bangunan dulu di Pekanbaru.
Jangan bilang mamak dulu ya, nanti dia pikiran."""),

("message", "hn_buyer_story", 0, 1, 1, 1, """Ma, baju yang dibeli di cakar kemarin ada nama orang di kerahnya, tulisan Korea 😂
Terus ada karcis bus di kantongnya, boleh aku simpan tidak?
Aku sudah rendam semua di ember biru kayak yang Mama bilang."""),

("message", "hn_ceker", 1, 0, 0, 0, """Pesanan ceker mercon untuk arisan hari Minggu:
3 kg ceker ayam, bumbu pedas sedang, dibungkus 30 porsi mika.
Total Rp360.000, DP dulu Rp150.000 ya bu.
Diantar jam 10 pagi ke rumah Bu RT. Terima kasih 🙏"""),

("message", "hn_new_local_or_reject", 1, 0, 1, 0, """Ready baju baru grosir Tanah Abang kak 🛍️
Gamis, tunik, kemeja koko, semua baru produksi konveksi Bandung & Jakarta, bukan barang thrift ya.
Harga reseller mulai 45rb, min 6 pcs campur model.
Katalog lengkap saya kirim kalau kakak minat."""),

("message", "hn_report", 0, 1, 1, 1, """Nov, jangan beli dari akun yang kemarin kamu kirim itu.
Temenku udah transfer buat "1 karung thrift Jepang grade A", barang nggak pernah datang, nomornya nggak aktif.
Mending kita ke Senen langsung aja kalau mau liat-liat, setidaknya barangnya keliatan."""),

("message", "hn_job_vacancy", 0, 1, 1, 1, """Info loker dari tetangga:
Dibutuhkan 5 orang tenaga sortir di gudang pakaian bekas impor daerah Cikarang, tugasnya memilah isi bal per jenis dan grade.
Gaji harian 100rb, kerja jam 8–16, diutamakan yang tahan debu.
Aku cuma nerusin aja ya, gak tau legalitasnya, hati-hati."""),

("message", "hn_swap_donation", 0, 1, 1, 0, """Gaes, Minggu ini jadi kan swap party di kos Mela? 👗
Masing-masing bawa 3–5 baju layak pakai dari lemari sendiri, dicuci dan dilipat.
Gak ada jual beli, cuma tukeran. Yang sisa nanti kita sumbangin ke panti.
Aku bawa jajan, kalian bawa gantungan baju ya."""),

("message", "hn_swap_donation", 0, 1, 1, 0, """Ada yang butuh baju bayi 0–6 bulan? Gratis 🙏
Bekas anakku, masih layak, ada sekitar 20 potong plus gendongan kain.
Diutamakan yang benar-benar butuh, boleh diambil ke rumah di Sleman. Kabari aku dulu ya."""),

("message", "hn_other_goods_used", 1, 1, 0, 0, """Mas, HP saya yang lama mau saya jual.
Samsung A52, pemakaian 2 tahun, dus lengkap, baterai masih awet, ada lecet dikit di belakang.
Beli resmi di gerai Erafone dulu, IMEI terdaftar. Harga 2,3 juta nego tipis, bisa COD di Malang."""),

# ---- one more article ----
("article", "hn_question", 0, 1, 1, 0, """Pertanyaan: Saya ibu rumah tangga, mau jual baju-baju anak saya yang sudah kekecilan di grup Facebook. Apakah ini termasuk melanggar larangan thrifting?
Jawaban: Larangan dalam Permendag 18/2021 jo. 40/2022 menyasar impor pakaian bekas, bukan penjualan kembali barang milik pribadi yang dibeli di dalam negeri.
Selama barang itu milik Ibu sendiri dan tidak berasal dari bal impor, menjualnya kembali bukan persoalan impor.
Tetap pastikan pakaian bersih dan deskripsi kondisinya jujur."""),
]
