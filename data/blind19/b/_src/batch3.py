# Batch 3: legal hard negatives with no offer (news, opinion, complaints, jokes, buyers, rules) (hand-written)
RECORDS = [
# --- news reports
("article", "hn_news_report", 0, 1, 1, 1, """
Petugas Gagalkan Penyelundupan 212 Balpres di Perairan Asahan
TANJUNGBALAI — Tim patroli laut menghentikan sebuah kapal kayu bermuatan 212 balpres pakaian bekas impor pada Selasa dini hari. Anak buah kapal melarikan diri ke kawasan bakau saat petugas mendekat.
Menurut petugas, karung-karung itu diduga dibawa dari Port Klang dan hendak dibongkar di sebuah tangkahan kecil. Barang bukti kini diamankan di kantor pengawasan setempat sambil menunggu proses pemusnahan.
Impor pakaian bekas dilarang berdasarkan Permendag 18/2021 sebagaimana diubah Permendag 40/2022.
"""),
("article", "hn_news_report", 0, 1, 1, 1, """
Ratusan Bal Baju Bekas Dimusnahkan, Pedagang Senen Mengeluh Sepi
Pemusnahan 400 bal pakaian bekas impor hasil sitaan di Kalimantan Barat pekan lalu berdampak ke pasar di Jakarta. Sejumlah pedagang thrift di Pasar Senen mengaku pasokan karungan dari Entikong macet dan harga per bal naik hampir dua kali lipat.
"Dulu satu bal jaket tiga jutaan, sekarang bisa lima," kata seorang pedagang yang minta namanya tidak ditulis.
Kementerian Perdagangan menegaskan larangan tetap berlaku dan meminta pedagang beralih ke produk lokal.
"""),
("article", "hn_news_report", 0, 1, 1, 1, """
Jalur Tikus Perbatasan Masih Jadi Pintu Masuk Monza
MEDAN — Meski razia digencarkan, pakaian monza masih mudah ditemukan di Pajak Melati. Penelusuran redaksi menemukan barang masuk lewat pelabuhan-pelabuhan kecil di pesisir timur Sumatera sebelum didistribusikan dengan truk.
Seorang pengamat perdagangan menyebut rantai pasok balpres sulit diputus karena melibatkan banyak pemain kecil.
Ia mengusulkan pengawasan difokuskan pada gudang transit, bukan pedagang eceran.
"""),
("article", "hn_news_report", 0, 1, 1, 1, """
Bea Cukai Batam Tindak 3 Kontainer Pakaian Bekas Asal Korea
Tiga kontainer berisi pakaian dan sepatu bekas yang diberitahukan sebagai "kain perca" diamankan di Pelabuhan Batu Ampar. Setelah diperiksa, isinya ternyata ratusan koli baju second siap jual.
Petugas menyebut modus salah pemberitahuan jenis barang kerap dipakai untuk menyamarkan impor pakaian bekas.
Kasus ini sedang didalami untuk mengungkap pemilik barang.
"""),
("article", "hn_news_report", 0, 1, 1, 1, """
Cakar Jelang Lebaran: Pasar Terong Padat, Pengawasan Longgar
Menjelang Idulfitri, lorong-lorong penjual cakar di Pasar Terong Makassar dipenuhi pembeli. Warga berburu gaun, jas, dan sepatu bekas impor yang harganya mulai belasan ribu.
Dinas Perdagangan setempat mengakui belum melakukan penertiban karena menyangkut mata pencaharian ribuan pedagang. "Kami utamakan sosialisasi dulu," ujar seorang pejabat.
"""),
("article", "hn_news_report", 0, 1, 1, 1, """
Nunukan: Satgas Amankan Speedboat Bermuatan Pakaian Bekas dari Tawau
Satgas pengamanan perbatasan mengamankan sebuah speedboat yang membawa 35 karung pakaian bekas dari Tawau, Malaysia. Motoris mengaku hanya dibayar untuk mengantar barang ke dermaga rakyat.
Barang bukti diserahkan ke Bea Cukai Nunukan. Aparat mengimbau warga tidak tergiur upah mengangkut barang larangan impor.
"""),
("article", "hn_news_report", 0, 1, 1, 1, """
Tren Thrifting di Kalangan Mahasiswa Yogyakarta
Berburu pakaian thrift kini jadi gaya hidup sebagian mahasiswa. Di pasar awul-awul saat Sekaten, mereka rela mengubek tumpukan demi jaket merek luar negeri seharga puluhan ribu.
Namun pakar tekstil mengingatkan bahwa sebagian besar barang berasal dari bal impor ilegal. "Konsumen perlu tahu bahwa tren ini berdampak pada konveksi kecil," ujarnya.
Beberapa mahasiswa yang ditemui mengaku tidak tahu soal larangan impor itu.
"""),
("article", "hn_news_report", 0, 1, 1, 1, """
Polisi Bongkar Gudang Ballpress di Bekasi, Ribuan Karung Disita
Aparat menggerebek sebuah gudang di kawasan Bekasi yang diduga menjadi tempat penimbunan pakaian bekas impor. Di dalamnya ditemukan sekitar 1.200 karung balpres yang belum dibuka.
Pemilik gudang berdalih barang tersebut dibeli dari pemasok di Dumai. Penyidik masih menelusuri jalur masuknya dari luar negeri.
"""),
("article", "hn_news_report", 0, 1, 1, 1, """
Kemendag: Jual Beli Thrift Online Akan Diawasi Bersama Platform
Kementerian Perdagangan menyatakan akan bekerja sama dengan marketplace untuk menurunkan iklan pakaian bekas impor. Kata kunci seperti "bal", "bekas impor", dan "thrift karungan" disebut sudah masuk daftar pantauan.
Pengamat menilai penjual akan berganti istilah sehingga penyaringan kata kunci saja tidak cukup.
"""),
("article", "hn_news_report", 0, 1, 1, 1, """
Pedagang Gedebage Minta Masa Transisi Sebelum Larangan Diperketat
BANDUNG — Puluhan pedagang pakaian bekas di Pasar Gedebage menggelar audiensi dengan DPRD. Mereka meminta pemerintah memberi waktu untuk menghabiskan stok bal yang sudah terlanjur dibeli.
"Kami bukan importir, kami cuma beli karungan dari pengepul," kata koordinator pedagang. Dewan berjanji menyampaikan aspirasi itu ke kementerian.
"""),
# --- opinion
("post", "hn_opinion", 0, 1, 1, 1, """
Unpopular opinion: thrifting bukan gaya hidup ramah lingkungan kalau barangnya bal impor 🙃
Yang kebuang di gudang itu 30-40% dari tiap karung. Negara asal buang sampah tekstilnya ke kita, kita bayar, terus kita bangga "sustainable".
Mau beneran ramah lingkungan? Rawat baju yang udah ada, atau tukeran sama temen.
"""),
("post", "hn_opinion", 0, 1, 1, 1, """
Gue ngerti pedagang monza di Medan pada marah soal razia. Tapi coba lihat dari sisi penjahit kecil di Binjai yang ordernya anjlok karena orang lebih milih baju bekas Korea 20 ribuan.
Solusinya bukan cuma bakar bal. Harus ada program alih usaha yang nyata, bukan cuma spanduk.
"""),
("post", "hn_opinion", 0, 1, 1, 1, """
Thread: kenapa larangan impor pakaian bekas susah ditegakkan 🧵
1/ Garis pantai kita panjang. Dari Selat Malaka sampai Kalimantan, banyak dermaga kecil tanpa petugas.
2/ Permintaan tinggi. Orang suka baju branded murah.
3/ Pedagang eceran tidak merasa melanggar karena mereka "cuma beli karungan".
4/ Istilah di medsos terus berubah.
Jadi yang perlu dikejar itu gudang transit dan pemodal, bukan ibu2 di pasar.
"""),
("comment", "hn_opinion", 0, 1, 1, 1, """
Menurut saya berlebihan kalau pembeli baju cakar disalahkan.
Orang kampung beli cakar bukan karena gaya, tapi karena baju baru di toko mahal. Yang salah sistem impornya, bukan ibu-ibu yang cari baju sekolah anak di pasar Sabtu. 
Kalau mau hentikan, kasih alternatif murah dulu.
"""),
("post", "hn_opinion", 0, 1, 1, 1, """
Jujur aku udah berhenti beli baju thrift sejak tahu kebanyakan barangnya dari bal selundupan. Dulu tiap bulan pasti ke Blok M cari jaket vintage.
Sekarang aku lebih sering beli dari brand lokal yang produksinya kecil. Lebih mahal dikit, tapi aku tahu uangnya ke siapa.
Gak nyuruh kalian ikut, cuma cerita aja ✌️
"""),
("review", "hn_opinion", 0, 1, 1, 1, """
Ulasan buku "Rantai Karung": reportase yang bagus tentang perjalanan pakaian bekas impor dari gudang di Malaysia sampai lapak awul-awul di Jawa.
Penulis mengikuti satu bal dari pelabuhan sampai dijual per potong. Bab tentang tukang sortir paling menyentuh.
Kekurangannya, data angka kurang diperbarui. Tetap layak dibaca, 4/5.
"""),
# --- complaints / reports quoting ads
("post", "hn_complaint_report", 0, 1, 1, 1, """
HATI-HATI PENIPUAN 🚨
Akun @balpres.murah.sumut nawarin "1 bal jaket grade A isi 100 pcs cuma 2jt, kirim dari Tanjungbalai". Saya transfer DP 1jt, terus nomornya langsung blokir.
Sudah saya laporkan ke bank dan ke platform. Tolong share biar gak ada korban lain. Ini screenshot iklannya di kolom komentar.
"""),
("review", "hn_complaint_report", 0, 1, 1, 1, """
⭐ Kecewa berat.
Iklannya bilang "thrift impor Jepang kondisi 9/10, no minus". Yang datang kemeja bolong di ketiak dan bau apek. Penjual bilang "namanya juga barang bekas kak".
Kalau memang bekas dan ada minus, tulis dong di deskripsi. Gak akan beli lagi.
"""),
("message", "hn_complaint_report", 0, 1, 1, 1, """
Kepada Tim Moderasi,
Saya melaporkan toko "Karungan Jaya 88" yang secara terang-terangan memasang iklan "Jual bal pakaian bekas impor Korea, per bal 100 kg, ready stok Batam". Setahu saya barang tersebut dilarang diimpor.
Terlampir tautan dan tangkapan layar iklan. Mohon ditindaklanjuti.
Hormat saya, seorang pengguna
"""),
("post", "hn_complaint_report", 0, 1, 1, 1, """
Ini yg bikin males belanja online: beli "hidden gems thrift" katanya sweater Ralph Lauren, pas dateng labelnya dijahit ulang, jelas KW. Pas komplain, sellernya ngeles "kan thrift, kami juga dapat dari bal, ga tau ori atau bukan".
Lah terus kenapa nulis ORI di judul? 😤
"""),
("comment", "hn_complaint_report", 0, 1, 1, 1, """
Min, kok iklan kayak gini masih lolos?
"BONGKAR BAL JUMAT! Monza ex Korea grade A, ambil karungan lebih murah".
Udah saya report tiga kali tapi masih muncul di beranda. Katanya dilarang impor pakaian bekas, tapi iklannya bebas berkeliaran.
"""),
("post", "hn_complaint_report", 0, 1, 1, 1, """
Pengalaman beli 1 karung sortiran dari seller di Pekanbaru: katanya grade A isi 100 potong layak jual. Setelah dibuka, 40 potong sobek, 15 jamuran, sisanya lumayan.
Ini bukan promosi ya, justru peringatan buat yang mau mulai usaha baju bekas impor. Jangan percaya video unboxing, kebanyakan udah disusun di atas yang bagus.
"""),
("review", "hn_complaint_report", 0, 1, 1, 1, """
Ulasan untuk lapak seken di pasar malam dekat alun-alun: penjualnya ramah, tapi jaket yang saya beli ternyata ada bekas lem di bagian dalam, ketahuan setelah dicuci. Katanya barang "ex Jepang", tapi tidak ada label sama sekali.
Bintang 2, semoga ke depan lebih teliti sortirnya.
"""),
("message", "hn_complaint_report", 0, 1, 1, 1, """
Pak RT, saya mau lapor. Rumah kosong di ujung gang sekarang dipakai jadi gudang karung-karung baju bekas, katanya kiriman dari Dumai. Tiap malam ada truk bongkar muat, debunya kemana-mana dan anak saya batuk terus.
Mohon dicek, apa ada izinnya. Terima kasih.
"""),
# --- jokes / memes
("post", "hn_joke_meme", 0, 1, 1, 1, """
POV: kamu beli jaket thrift 35rb, terus nemu struk laundry dari Osaka di kantongnya 😭
Sekarang aku kepikiran siapa pemilik jaket ini, lagi ngapain dia, masih sedih gak kehilangan jaketnya
#thrifting #ceritathrift
"""),
("post", "hn_joke_meme", 0, 1, 1, 1, """
Tipe2 orang di pasar awul-awul:
1. Yang ngubek 2 jam, ga beli apa2
2. Yang bilang "ini pasti ori" tiap nemu logo
3. Yang nawar 10rb jadi 3rb
4. Yang alergi debu tapi tetep dateng
5. Kamu, yang baca ini sambil pake kaos bal 15rb 🤣
"""),
("comment", "hn_joke_meme", 0, 1, 1, 1, """
Wkwkwk relate banget.
Mamaku tiap liat aku pulang bawa baju cakar langsung bilang "itu baju orang mati dari luar negeri ya?"
Terus pas aku bilang harganya 15 ribu, dia ikut minta dibeliin dua 😂 Emak-emak memang fleksibel.
"""),
("post", "hn_joke_meme", 0, 1, 1, 1, """
Me: mau hemat bulan ini
Also me: "cuma liat2 doang" ke lapak monza
Also me 3 jam kemudian: pulang bawa 2 kantong kresek, 1 jaket kulit, 1 kemeja hawaii, dan penyesalan
Karung-karung itu punya ilmu pelet, sumpah 😩
"""),
("post", "hn_joke_meme", 0, 1, 1, 1, """
Pantun hari ini 🎤
Beli ikan di Pelabuhan Ratu,
Ikannya segar baru diangkat.
Baju bal dari negeri satu,
Dipakai abang jadi semangat.
(Bukan iklan, cuma lagi nunggu hujan reda di depan lapak baju seken)
"""),
# --- buyers: questions, diaries
("post", "hn_buyer_question", 0, 1, 1, 1, """
Halo warga, mau tanya dong. Aku pengen nyoba cari jaket denim di pasar thrift Bandung, tapi belum pernah. Mending ke Gedebage atau Kebon Kalapa? Jam berapa biasanya bongkar bal baru?
Terus tips biar ga ketipu harga apa ya? Makasih sebelumnya 🙏
"""),
("comment", "hn_buyer_question", 0, 1, 1, 1, """
Kak, mau nanya, baju bekas impor yang dari karungan itu aman ga sih buat kulit sensitif?
Aku pengen banget beli sweater di pasar, tapi takut gatal atau ada kutu. Biasanya kakak cuci pakai apa? Direndam air panas cukup atau harus pakai disinfektan?
"""),
("post", "hn_buyer_question", 0, 1, 1, 1, """
Diary belanja hari Minggu 📓
Bangun jam 6, langsung ke pasar awul-awul dekat stadion. Dapat 2 kemeja flanel (20rb & 25rb), 1 celana cargo 30rb, 1 sweater yang ada bolong kecil tapi motifnya lucu, 10rb.
Pulang langsung rendam pakai air panas dan deterjen. Total belanja 85rb, dompet masih selamat ✨
"""),
("message", "hn_buyer_question", 0, 1, 1, 1, """
Bro, lo kan sering ke Senen.
Gue mau cari jas buat nikahan sepupu, budget 200rb, ukuran 50. Kira2 dapet ga di lapak baju bekas impor? Terus kalau dapet, ribet ga ngecilin di tukang jahit?
Kabarin ya, Sabtu gue mau ke sana.
"""),
("post", "hn_buyer_question", 0, 1, 1, 1, """
Ada yg pernah beli 1 karung sortiran buat dipakai sendiri sekeluarga? Anak aku 4, baju cepet kekecilan, kepikiran beli karungan baju anak aja daripada tiap bulan beli baru.
Tapi katanya ilegal ya barang impor begitu? Jadi ragu. Mohon pencerahan ibu2 🙏
"""),
("post", "hn_buyer_question", 0, 1, 1, 1, """
Haul kecil-kecilan dari pasar cakar kemarin 🛍️
Gaun brokat (masih ada label laundry luar), rok midi, dan tas anyaman. Semuanya kurang dari 100rb.
Ga bakal spill lapaknya ya, soalnya aku juga ga inget namanya, pokoknya di lorong dekat kanal 😆
"""),
("comment", "hn_buyer_question", 0, 1, 1, 1, """
Saya pernah beli sepatu boot seken impor di Pajak Melati tahun lalu, masih awet sampai sekarang.
Tapi waktu itu sempat jamuran di dalam karena lama di karung. Ada yang tahu cara ngilangin bau jamur di sepatu kulit? Sudah dijemur tapi baunya masih.
"""),
("post", "hn_buyer_question", 0, 1, 1, 1, """
Pengakuan: lemari saya 70% isinya baju thrift hasil berburu di Pasar Senen selama kuliah. Sekarang sudah kerja, mulai ganti pelan-pelan ke baju lokal.
Ada yang punya saran mau diapain baju-baju lama ini? Mau donasi, tapi takut dikira ngasih sampah.
"""),
# --- rules / tutorials
("article", "hn_rules_tutorial", 0, 1, 1, 1, """
Pedoman Komunitas: Produk Terlarang (Pakaian)
Kami tidak mengizinkan iklan pakaian bekas impor, termasuk bal, balpres, karungan, atau istilah setempat seperti cakar, monza, lelong, dan awul-awul.
Penjual boleh menjual pakaian pribadi yang pernah dipakai (preloved) yang dibeli di dalam negeri, dengan mencantumkan kondisi.
Pelanggaran berulang dapat mengakibatkan penutupan toko.
"""),
("article", "hn_rules_tutorial", 0, 1, 1, 1, """
Cara Mencuci Baju Thrift Biar Bersih dan Aman 🧼
1. Pisahkan berdasarkan bahan dan warna.
2. Rendam di air panas (±60°C) selama 30 menit untuk bahan katun.
3. Gunakan deterjen plus sedikit cuka untuk menghilangkan bau gudang bal.
4. Jemur langsung di bawah matahari.
5. Setrika dengan suhu tinggi sebelum dipakai.
Untuk bahan wol atau kulit, lebih aman dibawa ke laundry.
"""),
("article", "hn_rules_tutorial", 0, 1, 1, 1, """
Panduan Moderator: Mengenali Iklan Pakaian Bekas Impor Terselubung
Perhatikan satuan dagang seperti "per karung", "per koli", atau "per kilo" untuk pakaian, grade huruf, serta penyebutan pelabuhan dan kota perbatasan.
Penjual sering mengganti kata "bekas" dengan deskripsi kondisi, misalnya "kondisi 8/10".
Bedakan dengan penjualan baju pribadi, pakaian baru bergaya vintage, dan barang non-pakaian yang dijual per karung.
"""),
("post", "hn_rules_tutorial", 0, 1, 1, 0, """
Tips membedakan jaket vintage asli vs jaket baru yang di-"vintage"-kan, buat kalian yang suka berburu di lapak seken:
- Cek label: label lama biasanya dijahit, bukan dicetak.
- Resleting: merek YKK lama bentuknya beda.
- Jahitan single stitch di kaos biasanya tanda produksi sebelum 2000-an.
Semoga membantu, bukan endorse lapak mana pun ya 🙏
"""),
]
