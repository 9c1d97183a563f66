from common import r

# batch 5: legal non-offers (news, opinion, rules, reports, questions, jokes, reviews, jobs, swaps)
RECORDS = [
r("article", "hn_news", 0, 1, 1, 1, """Petugas Bea Cukai Batam menggagalkan penyelundupan 312 bal pakaian bekas dari Malaysia yang diangkut kapal kayu tanpa dokumen di perairan Pulau Galang, Selasa dini hari.
Dua awak kapal diamankan untuk pemeriksaan lebih lanjut. Menurut petugas, muatan itu rencananya akan dibawa ke Sumatera sebelum disebar ke pasar-pasar tradisional.
Barang sitaan akan dimusnahkan sesuai ketentuan larangan impor pakaian bekas."""),

r("article", "hn_news", 0, 1, 1, 1, """MAKASSAR — Kios-kios cakar di kawasan Pasar Terong terlihat lebih sepi dari biasanya sejak razia pekan lalu.
Sejumlah pedagang mengaku stok dari Pare-Pare tersendat karena pengiriman karungan diperiksa ketat. "Biasanya tiap Kamis barang datang, sekarang sudah dua minggu kosong," kata seorang pedagang yang enggan disebut namanya.
Dinas Perdagangan setempat menyatakan akan mendata pedagang untuk diarahkan menjual produk lokal."""),

r("article", "hn_news", 0, 1, 1, 1, """Kementerian Perdagangan kembali memusnahkan ribuan bal pakaian bekas impor hasil penindakan di sejumlah gudang di Jawa Barat.
Dalam keterangannya, pejabat kementerian menegaskan bahwa larangan impor pakaian bekas diatur dalam Permendag 18/2021 yang diubah dengan Permendag 40/2022.
Selain alasan kesehatan, pemerintah menilai masuknya balpres menekan industri tekstil dan UMKM konveksi dalam negeri."""),

r("article", "hn_news", 0, 1, 1, 1, """Warga perbatasan di Entikong mengaku masih sering melihat karung berisi pakaian bekas dibawa melintas dari Sarawak menggunakan mobil bak terbuka.
Aparat gabungan menyebut pengawasan jalur tikus sulit dilakukan karena banyaknya jalan setapak di sepanjang perbatasan.
Sepanjang tahun ini, sudah ada 14 kasus penyitaan lelong dengan total lebih dari 600 karung."""),

r("post", "hn_news", 0, 1, 1, 1, """[THREAD] Kenapa thrifting impor itu dilarang? Rangkuman singkat buat yang baru tahu 🧵
1/ Aturannya: Permendag 18/2021 jo. 40/2022, pakaian bekas masuk daftar barang dilarang impor.
2/ Bal dari Jepang/Korea/AS biasanya masuk lewat pelabuhan kecil di Sumatera & Kepri, lalu ke gudang di Bandung dan Jakarta.
3/ Alasan pemerintah: kesehatan, sampah tekstil, dan industri lokal.
4/ Yang legal: jual baju bekas punyamu sendiri, barang donasi lokal, atau brand lokal."""),

r("article", "hn_news", 0, 1, 1, 1, """Polres Tanjungbalai mengamankan truk bermuatan 90 goni monza di jalan lintas Kisaran. Sopir mengaku hanya diupah untuk mengantar barang ke sebuah gudang di Medan dan tidak mengetahui pemiliknya.
Kapolres menyebut penyelidikan masih berlangsung untuk mencari pemodal yang membiayai pengiriman dari Malaysia tersebut."""),

r("article", "hn_news", 0, 1, 1, 1, """Pedagang awul-awul di Yogyakarta memprotes rencana penertiban menjelang Sekaten. Paguyuban pedagang meminta pemerintah memberi masa transisi agar mereka bisa beralih ke barang lokal.
"Kami bukan importir, cuma beli dari pengepul di Bandung," ujar ketua paguyuban. Pemkot menyatakan akan memfasilitasi pelatihan dan akses pemasok konveksi lokal."""),

r("post", "hn_opinion", 0, 1, 1, 1, """Unpopular opinion: yang bikin konveksi kecil kolaps itu bukan cuma baju bal impor, tapi juga barang baru murah dari China yang masuk lewat e-commerce.
Ngelarang thrifting doang sementara pintu impor baju baru dibuka lebar ya sama aja. Pedagang Senen disasar, importir besar aman-aman aja."""),

r("post", "hn_opinion", 0, 1, 1, 1, """Jujur aku dulu bangga pakai baju hasil ngawul, berasa anti mainstream. Tapi setelah baca soal gunungan sampah tekstil di Ghana dan Chile, aku mikir lagi.
Baju bekas impor itu sebenarnya limbah negara maju yang dikirim ke negara kayak kita. Sekarang aku lebih milih tukar baju sama temen atau beli brand lokal. Bukan ngehakimin yang masih suka, cuma sharing."""),

r("article", "hn_opinion", 0, 1, 1, 1, """Kolom: Lelong dan Ekonomi Perbatasan
Di Sambas dan Sanggau, lelong bukan sekadar gaya hidup, melainkan bagian dari ekonomi rumah tangga. Warga membeli jaket dan sepatu bekas dari Malaysia karena toko pakaian baru jauh dan mahal.
Larangan impor pakaian bekas perlu diiringi akses barang lokal yang terjangkau. Tanpa itu, penindakan hanya memindahkan jalur penyelundupan ke jalan tikus yang lain."""),

r("comment", "hn_opinion", 0, 1, 1, 1, """Menurut saya pemerintah benar soal balpres. Adik saya kerja di konveksi Majalaya, 
pesanan turun terus karena pasar dibanjiri baju bekas Korea yang jualnya 10rb-an. Gimana lokal mau bersaing kalau lawannya sampah orang lain yang dijual murah"""),

r("post", "hn_guideline", 0, 1, 1, 1, """PENGUMUMAN KEBIJAKAN PRODUK
Mulai bulan depan, listing pakaian bekas impor, balpres, karungan, dan sejenisnya akan diturunkan dan akun penjual dapat dibatasi.
Penjual tetap boleh menjual pakaian bekas milik pribadi atau hasil produksi dalam negeri.
Detail aturan ada di Pusat Edukasi Penjual bagian Produk Terlarang."""),

r("article", "hn_guideline", 0, 1, 1, 1, """Panduan moderasi (internal) — kategori pakaian:
Turunkan konten yang menawarkan baju bekas impor, termasuk istilah daerah seperti cakar, monza, lelong, awul-awul, dan roma, serta penjualan per bal atau per karung.
Jangan turunkan: berita, edukasi, baju preloved milik sendiri, bazar amal, dan produk baru bergaya vintage.
Jika ragu, eskalasi ke tim kebijakan."""),

r("post", "hn_guideline", 0, 1, 1, 1, """Aturan grup Jual Beli Fashion Bogor (wajib baca) 📌
1. Dilarang posting jualan baju second impor / bal / karungan. Langsung kick.
2. Preloved pribadi boleh, sebutkan asal barang & kondisi.
3. Jualan baju baru wajib foto real.
4. Tidak boleh spam lebih dari 2 postingan per hari.
Admin berhak hapus tanpa pemberitahuan."""),

r("message", "hn_guideline", 0, 1, 1, 1, """Info dari pengelola pasar untuk seluruh pedagang Blok C: mulai tanggal 1, kios yang masih menjual pakaian bekas luar negeri akan didata dan diberi teguran tertulis.
Bagi yang ingin beralih ke pakaian baru produksi lokal, silakan daftar pendampingan di kantor pengelola. Terima kasih atas kerja samanya."""),

r("post", "hn_report", 0, 1, 1, 1, """Hati-hati penipuan!! Akun @grosir.bal.murah ngiklan "bal kemeja Korea isi 400 pcs cuma 2jt, free ongkir". Aku udah transfer DP 1jt, sekarang nomornya nggak aktif dan akunnya ganti nama.
Tolong bantu report ya teman-teman biar nggak ada korban lain 🙏"""),

r("comment", "hn_report", 0, 1, 1, 1, """Sudah saya laporkan ke admin marketplace. Penjual ini masih pasang judul "Baju Bekas Impor Jepang Grade A Murah", padahal kan sudah dilarang.
Kok listingnya masih tayang berminggu-minggu ya? Tolong ditindak."""),

r("review", "hn_report", 0, 1, 1, 1, """Bintang 1. Katanya "preloved Jepang kondisi 95%", yang datang jaket bau apek, ada jamur di kerah, dan ternyata banyak sobek.
Pas aku komplain, penjual bilang itu wajar karena barang dari karung. Jangan percaya foto di etalase, kecewa berat."""),

r("post", "hn_report", 0, 1, 1, 1, """Lapor min, ada live di aplikasi ini yang terang-terangan buka "karungan dari Tawau" tiap malam dan teriak-teriak "baju roma murah". 
Aku screenshot beberapa. Bukannya itu barang selundupan? Kenapa dibiarkan?"""),

r("message", "hn_report", 0, 1, 1, 1, """Selamat sore, saya ingin melaporkan toko "Thrift Mania 88". 
Di deskripsinya tertulis 'stok langsung dari bal balpres Korea, ready per kilo'. Sesuai aturan Permendag, barang tersebut dilarang. Mohon ditinjau. Tautan produk sudah saya lampirkan."""),

r("post", "hn_report", 0, 1, 1, 1, """Kesel banget. Beli "sepatu 2nd ex-Japan ori" 350rb, sampai rumah ternyata KW dan solnya mengelupas. Penjualnya langsung blokir.
Pelajaran buat aku, jangan gampang tergiur barang bekas impor yang katanya ori 😤 Screenshot chat ada di slide 2."""),

r("post", "hn_buyer_question", 0, 1, 1, 1, """Nanya dong, kalau mau cari baju monza yang bagus di Medan selain Pajak Melati di mana ya? 
Aku lagi di Medan 3 hari, pengen bawa pulang jaket kulit. Budget 300an. Thanks sebelumnya 🙏"""),

r("comment", "hn_buyer_question", 0, 1, 1, 1, """Kak mau tanya, baju thrift impor itu aman nggak sih buat kulit sensitif? Aku pernah gatal-gatal habis pakai jaket dari karungan.
Apa harus direndam air panas dulu? Atau pakai cairan apa gitu?"""),

r("post", "hn_buyer_question", 0, 1, 1, 1, """Ada yang tau nggak, lelong di Pontianak sekarang masih ramai nggak setelah ada larangan?
Bulan depan aku mau ke sana, pengen cari sepatu gunung bekas Malaysia. Kalau udah tutup semua mending aku nggak usah bawa koper besar 😂"""),

r("message", "hn_buyer_question", 0, 1, 1, 1, """Pak, saya mau tanya. Kalau saya beli satu karung baju bekas impor buat dipakai sekeluarga, bukan buat dijual,
itu juga melanggar hukum nggak ya? Saya belum paham aturannya. Terima kasih."""),

r("comment", "hn_buyer_question", 0, 1, 1, 1, """Bang, kalo beli hoodie second Korea di Gedebage, biasanya harga wajarnya berapa ya?
Biar aku nggak kemahalan pas nawar. Soalnya pertama kali ke Bandung"""),

r("post", "hn_joke_meme", 0, 1, 1, 1, """Aku: niat ke Pasar Senen cuma mau beli satu kemeja
Aku 3 jam kemudian: bawa 2 kantong kresek, kaos band Jepang yang nggak tau band apa, sama jaket yang ada tisu bekas orang Korea di sakunya 🤡
#ceritathrifting"""),

r("post", "hn_joke_meme", 0, 1, 1, 1, """Di Makassar kalau ada yang bilang "mauka beli cakar", jangan langsung mikir sop ayam ya guys 😭
Itu cap karung, baju bekas impor. Aku dulu pertama pindah malah nanya cakar ayamnya direbus atau digoreng. Malu sampai sekarang"""),

r("comment", "hn_joke_meme", 0, 1, 1, 1, """Lemariku isinya 70% monza, 20% baju lebaran yang cuma dipakai setahun sekali, 10% kaos partai 😂
Kalo ada razia baju, aku duluan yang ditangkap. Tolong jangan bilang-bilang petugas ya"""),

r("post", "hn_joke_meme", 0, 1, 1, 1, """Tingkatan pemburu awul-awul:
Level 1: datang jam 10, dapet sisaan
Level 2: datang subuh, rebutan sama emak-emak
Level 3: kenal sama yang buka karung
Level 4: udah nggak ngawul lagi karena lemari penuh dan dimarahin ibu 😅"""),

r("review", "hn_review_no_seller", 0, 1, 1, 1, """Pengalaman pertama beli sweater bekas impor: bahan bagus, rajutan masih rapat, tapi baunya nempel banget walau udah dicuci 3x.
Akhirnya aku rendam pakai cuka dan baking soda semalaman baru hilang. Worth sih buat harga segitu, tapi ribet."""),

r("post", "hn_review_no_seller", 0, 1, 1, 1, """Review jujur jaket kulit hasil ngelelong tahun lalu:
✅ kulit asli, makin lama makin lemas enak dipakai
✅ jahitan kuat, belum ada yang lepas
❌ lapisan dalam robek dikit, aku jahit sendiri
❌ ukurannya ukuran orang Eropa, lengannya kepanjangan
Overall 8/10, masih kupakai tiap naik motor"""),

r("review", "hn_review_no_seller", 0, 1, 1, 1, """Celana Levi's second USA yang aku beli di pasar loak waktu kuliah ternyata awet banget, udah 6 tahun masih kepake.
Jahitan dobel, warnanya makin pudar makin bagus. Beda jauh sama celana baru murah yang 2 bulan udah melar."""),

r("post", "hn_job_vacancy", 0, 1, 1, 1, """LOWONGAN KERJA — Gudang di Bekasi
Dicari 5 orang tenaga sortir pakaian bekas impor (pria/wanita)
Tugas: membuka bal, memilah sesuai grade, melipat
Jam kerja 08.00-17.00, gaji harian
Kirim lamaran ke WA 0838xxxx"""),

r("post", "hn_job_vacancy", 0, 0, 1, 0, """Lowongan operator jahit untuk konveksi kaos di Pekalongan 🧵
Syarat: bisa mesin obras & jahit lurus, jujur, tidak merokok di area kerja
Gaji borongan, mess tersedia
Datang langsung dengan membawa fotokopi KTP ke Jl. Jlamprang gang 3"""),

r("message", "hn_job_vacancy", 0, 1, 1, 1, """Ada yang butuh kerja? Toko thrift teman saya di Jogja butuh admin live dan tukang foto produk. Barangnya baju second dari karungan Jepang gitu. 
Gaji UMR plus bonus. Kalau minat japri saya, nanti saya kenalin ke owner."""),

r("post", "hn_swap", 0, 1, 1, 0, """SWAP PARTY Sabtu ini di taman kota Bogor 🔄
Bawa maksimal 5 baju bekas layak pakai dari lemari sendiri, tukar dengan punya peserta lain
Tidak ada jual beli, tidak ada uang
Sisa baju yang tidak tertukar akan didonasikan ke panti"""),

r("comment", "hn_swap", 0, 1, 1, 0, """Mau tukeran aja kak? Aku punya blazer hitam ukuran M bekas kerja, masih bagus.
Mau kutuker sama rok plisket kakak yang warna sage itu. Nggak usah pakai uang, ketemuan di Tunjungan Plaza aja"""),

r("post", "hn_travel_trip", 0, 1, 1, 0, """Vlog hari ke-4 di Tokyo: seharian thrifting di Shimokitazawa! 🇯🇵
Toko second di sana rapi banget, kayak butik, dan harganya ternyata nggak murah-murah amat. Aku cuma coba-coba doang, nggak beli karena koper udah penuh oleh-oleh.
Nonton full video di channel buat tour keliling 8 toko."""),

r("post", "hn_travel_trip", 0, 1, 1, 0, """Liburan ke Seoul kemarin sempat mampir ke Gwangjang Market, ada lantai khusus baju vintage bekas.
Seru lihat ahjumma milihin jaket, tapi aku cuma foto-foto aja. Nggak beli apa-apa, takut overweight bagasi 🥲"""),

r("article", "hn_tutorial", 0, 1, 1, 1, """Cara mencuci pakaian bekas impor supaya aman dipakai:
1. Rendam dengan air panas minimal 60°C selama 30 menit untuk membunuh kuman dan tungau.
2. Tambahkan deterjen dan sedikit cuka untuk menghilangkan bau gudang.
3. Jemur di bawah sinar matahari langsung sampai benar-benar kering.
4. Setrika dengan suhu tinggi sesuai bahan.
Penelitian pernah menemukan jamur dan bakteri pada sampel baju dari bal, jadi jangan langsung dipakai."""),

r("post", "hn_tutorial", 0, 1, 1, 1, """Tips bedain jaket bekas impor asli vs KW buat yang suka ngawul (bukan promosi, aku nggak jualan):
- cek label dalam, biasanya ada kode produksi dan tulisan Jepang/Korea
- jahitan ori rapi & rata
- resleting merek YKK biasanya tanda barang bagus
- kalau harganya terlalu murah buat merek besar, curigai
Semoga membantu!"""),
]
