# Batch 5: legal hard negatives (news, opinion, rules, reports, questions, jokes, reviews, jobs). Hand-written.
RECORDS = [
("article", "hn_news", (0, 1, 1, 1), """Petugas gabungan menggagalkan masuknya ratusan bal pakaian bekas di perairan Bengkalis, Riau, Selasa dini hari.
Kapal kayu tanpa nama itu diduga berangkat dari Malaysia dan hendak merapat ke pelabuhan tidak resmi di pesisir Dumai.
Menurut keterangan petugas, muatan terdiri atas pakaian, sepatu, dan tas bekas yang dikemas dalam karung plastik.
Dua awak kapal diamankan untuk pemeriksaan lebih lanjut, sementara barang bukti dibawa ke kantor Bea Cukai setempat.
Impor pakaian bekas dilarang berdasarkan Permendag 18/2021 yang diubah dengan Permendag 40/2022."""),

("article", "hn_news", (0, 1, 1, 1), """Pedagang pakaian bekas di Pasar Senen mengaku omzetnya turun sejak razia digencarkan.
"Sekarang pembeli takut, barang juga susah masuk," kata Rudi (nama samaran), yang sudah 15 tahun berjualan di blok tersebut.
Ia menyebut pasokan bal dari Sumatra kini datang tidak menentu dan harganya naik hampir dua kali lipat.
Pemerintah daerah menyatakan akan mendata pedagang dan menawarkan pelatihan beralih ke produk lokal.
Sebagian pedagang menilai tawaran itu belum jelas karena modal untuk barang baru jauh lebih besar."""),

("article", "hn_news", (0, 1, 1, 1), """Bea Cukai Batam memusnahkan 300 koli pakaian bekas asal Singapura dan Malaysia hasil penindakan sepanjang semester pertama.
Pemusnahan dilakukan dengan cara dibakar di tempat pembuangan akhir Telaga Punggur dan disaksikan perwakilan kepolisian serta kejaksaan.
Pejabat setempat menyebut modus penyelundupan umumnya menyelipkan karung pakaian di antara muatan barang lain.
Masyarakat diminta melapor jika mengetahui gudang penimbunan."""),

("article", "hn_explainer", (0, 1, 1, 1), """Kenapa sih baju cakar dilarang? Ini penjelasan singkatnya.
1. Impor pakaian bekas masuk daftar barang dilarang impor di Permendag 18/2021 jo. 40/2022.
2. Alasan yang sering disebut: kesehatan (jamur, bakteri), limbah tekstil, dan persaingan dengan industri garmen kecil.
3. Yang dilarang adalah importasinya; menjual barang bekas milik sendiri tetap boleh.
4. Di berbagai daerah namanya beda-beda: cakar di Sulsel, monza di Medan, lelong di Kalbar, awul-awul di Jogja.
Semoga membantu memahami duduk perkaranya."""),

("post", "hn_opinion", (0, 1, 1, 1), """Jujur aku galau soal larangan thrift impor.
Di satu sisi, aku ngerti industri garmen lokal kalah saing sama baju bal yang harganya 10 ribuan.
Di sisi lain, banyak temenku yang hidupnya dari jualan seken di Gedebage, dan pembelinya juga orang yang gak mampu beli baju baru.
Menurutku pemerintah harus kasih jalan keluar yang nyata, bukan cuma bakar-bakar karung di TV.
Kalian tim mana?"""),

("post", "hn_opinion", (0, 1, 1, 1), """Thread: pengalaman 10 tahun jadi penjahit konveksi kecil di Bandung 🧵
Dulu pesanan kemeja rame terus. Sejak baju bekas impor membanjir lewat pelabuhan kecil, pelanggan pasar pada pindah.
Kemeja kami 70rb, di lapak sebelah kemeja bekas Korea 15rb.
Saya gak benci pedagangnya, mereka juga cari makan.
Tapi tolong, yang berwenang jaga pintu masuknya, jangan cuma razia pedagang kecil."""),

("post", "hn_guideline", (0, 1, 1, 1), """KEBIJAKAN KOMUNITAS – Produk yang Dilarang
Mulai 1 April, penjual dilarang menawarkan pakaian, sepatu, dan tas bekas asal impor, termasuk yang disebut 'bal', 'karungan', atau 'thrift import'.
Listing yang terdeteksi akan diturunkan dan akun dapat dibatasi.
Penjualan barang bekas milik pribadi dan pakaian baru bergaya vintage tetap diperbolehkan.
Jika ragu, hubungi Pusat Bantuan Penjual."""),

("article", "hn_guideline", (0, 1, 1, 1), """Panduan singkat untuk moderator grup jual-beli:
- Hapus postingan yang menawarkan 'bal', 'balpres', atau pakaian bekas ex luar negeri.
- Jangan hapus: jual baju preloved pribadi, baju baru model vintage, info donasi.
- Kalau penjual menyamarkan kata (misalnya b@l, imp0r), tetap perlakukan sebagai impor bekas.
- Catat nama akun yang berulang kali melanggar dan laporkan ke admin utama."""),

("post", "hn_report", (0, 1, 1, 1), """Mau laporin akun ini ke admin marketplace 😤
Dia posting: "BAL JAKET KOREA 100KG SIAP KIRIM, HARGA GROSIR, DM AJA".
Aku beli 2 kilo katanya grade A, yang datang sobek-sobek dan bau apek parah.
Udah chat berkali-kali gak dibales, sekarang malah di-block.
Ada yang pernah kena juga? Tolong share biar gak ada korban lagi."""),

("post", "hn_report", (0, 1, 1, 1), """[PERINGATAN] Hati-hati penipuan karungan thrift!
Akun dengan nama 'Gudang Bal Amanah' menawarkan "karungan second Jepang 1 juta isi 150 pcs".
Saya sudah transfer 1 juta tiga minggu lalu, barang tidak pernah dikirim, nomor WA tidak aktif.
Sudah saya laporkan ke polisi dan ke bank.
Mohon admin grup blokir akun tersebut."""),

("review", "hn_complaint", (0, 1, 1, 1), """Bintang 1 ⭐
Di deskripsi ditulis "kemeja bekas impor Jepang kondisi 95%", yang sampai kemeja sobek di ketiak dan ada noda kuning besar.
Pas komplain, penjual bilang "namanya juga barang bal kak, untung-untungan".
Kecewa banget, gak akan beli lagi.
Tolong yang lain lebih teliti sebelum checkout."""),

("message", "hn_report", (0, 1, 1, 1), """Selamat siang tim Trust & Safety,
Saya ingin melaporkan toko yang terus memasang iklan "sepatu seken ex Korea, bongkar karung tiap Jumat".
Judul produknya diganti-ganti jadi "sptu 2nd imp" agar lolos filter.
Tangkapan layar saya lampirkan di email ini.
Mohon ditindaklanjuti. Terima kasih."""),

("post", "hn_buyer_question", (0, 1, 1, 1), """Mau tanya dong guys 🙏
Di Makassar sekarang masih ada gak sih pasar cakar yang jual jaket tebal? Aku mau ke Jepang bulan depan dan butuh coat murah.
Dulu sering ke Pasar Butung, tapi katanya sekarang sepi.
Kalau ada rekomendasi tempat atau tips milih barang bekas impor yang bersih, share ya.
Makasih!"""),

("comment", "hn_buyer_question", (0, 1, 1, 1), """Kak mau tanya, jaket di video ini beli di mana ya? Keliatan kayak jaket bekas dari bal Jepang gitu.
Aku udah keliling Pasar Baru Bekasi gak nemu yang modelnya sama.
Kalo kakak gak keberatan kasih tau nama toko atau akunnya.
Makasih kak, konten kakak selalu inspiratif 🙌"""),

("post", "hn_buyer_question", (0, 1, 1, 1), """Ada yang tahu cara bedain baju bekas impor sama reject pabrik lokal?
Kemarin beli kemeja di pasar, penjualnya bilang "ini barang karungan Korea", tapi tag-nya tulisan Indonesia.
Apa mungkin dia bohong biar kelihatan lebih mahal?
Pencerahan dong yang paham dunia per-thrift-an."""),

("post", "hn_joke_meme", (0, 1, 1, 1), """Gue: mau hemat bulan ini, gak beli baju dulu.
Juga gue, 2 jam kemudian: pulang dari Gedebage bawa 7 jaket bekas ex Korea 🤡
Dompet: 💀
Lemari: udah gak bisa ditutup
Ibu: "itu baju bekas orang mana lagi??" 😭"""),

("post", "hn_joke_meme", (0, 1, 1, 1), """Tingkatan anak thrift:
Level 1: beli kaos 10rb di lapak cakar
Level 2: nyari brand di tumpukan monza
Level 3: hafal jadwal bongkar bal tiap pasar
Level 4: ngerti bedanya grade A, B, S cuma dari bau karung
Level 5: dompet kosong, lemari penuh, masih bilang 'cuma lihat-lihat' 😌"""),

("post", "hn_tweet", (0, 1, 1, 1), """dulu malu banget kalo ketauan pake baju awul-awul, skrg orang malah pamer "ini thrift loh, asli jepang" 😭
zaman emang cepet berubah ya
btw aku masih punya jaket awul dari sekaten 2015, masih awet sampe sekarang
kualitas baju jadul emang beda"""),

("post", "hn_tweet", (0, 1, 1, 1), """kemarin nonton berita bal baju bekas dibakar di Karawang
sedih sih liat ratusan jaket kebakar gitu, tapi ya gimana itu barang selundupan
semoga aja industri garmen kita beneran bangkit, bukan cuma diganti baju impor baru yang murah dari China
#bajubekasimpor #larangannthrift"""),

("review", "hn_review_no_seller", (0, 1, 1, 1), """Pengalaman pertama beli baju bekas impor:
Jaket denimnya bagus dan tebal, tapi baunya butuh tiga kali rendam air panas plus cuka baru hilang.
Ada label bahasa Jepang di dalam, jadi kayaknya bener dari sana.
Buat harga 40 ribu, menurutku sepadan, asal siap repot nyucinya.
Skor pribadi: 7/10."""),

("review", "hn_review_no_seller", (0, 1, 1, 1), """Review jujur setelah 1 tahun pakai sepatu seken dari karungan Korea:
Sol mulai getas di bulan ke-8, sepertinya karena umur lem.
Upper kulitnya masih oke banget, tinggal semir.
Kesimpulan: kalau beli sepatu bekas impor, cek lem dan sol dulu, jangan tergoda merek doang.
Gak akan sebut tokonya, karena memang risiko barang bekas."""),

("post", "hn_job_vacancy", (0, 1, 1, 0), """LOWONGAN KERJA – Toko Barang Preloved 'Lemari Kedua' Yogyakarta
Dibutuhkan 2 orang staf sortir & foto produk.
Tugas: memilah baju bekas titipan warga, mencuci, menyetrika, dan memfoto.
Syarat: teliti, bisa pakai HP untuk foto, domisili Sleman.
Gaji UMR + makan siang. Kirim CV ke email kami paling lambat 30 Juni."""),

("post", "hn_job_vacancy", (0, 0, 1, 0), """Dicari: Host Live Streaming Fashion (Wanita, 20–28 th)
Produk yang dijual: gamis, hijab, dan outer baru produksi sendiri.
Jadwal 2 shift, 4 jam per shift, di studio kami daerah Pondok Gede.
Pengalaman live jualan jadi nilai plus.
Gaji pokok + bonus penjualan. Lamaran via DM."""),

("article", "hn_tutorial", (0, 1, 1, 0), """Cara mencuci baju preloved supaya aman dipakai:
1. Rendam dengan air panas (sekitar 60°C) selama 30 menit.
2. Tambahkan cuka putih atau deterjen antibakteri.
3. Sikat bagian kerah dan ketiak.
4. Jemur di bawah matahari langsung sampai benar-benar kering.
5. Setrika dengan suhu tinggi sesuai bahan.
Cara ini berlaku untuk baju bekas dari mana pun, termasuk lungsuran saudara."""),

("post", "hn_haul_no_seller", (0, 1, 1, 1), """Haul thrifting bulan ini, total 5 item 🛍️
Coat wol abu, kemeja flanel, rok plisket, tas kulit, dan sweater rajut — semuanya bekas impor dari bal Jepang.
Gak akan aku spill tempatnya ya, soalnya sekarang udah dilarang dan aku gak mau ikut promosi.
Cuma mau share styling-nya aja, lihat slide berikutnya!
Kalian suka yang mana?"""),

("post", "hn_trip", (0, 0, 1, 0), """Catatan perjalanan ke Osaka 🇯🇵
Hari ketiga aku jalan-jalan ke Amerikamura, surganya toko vintage di sana.
Cuma lihat-lihat dan foto-foto, soalnya koper udah penuh dan aku gak berniat bawa pulang apa-apa.
Jaket-jaket denim lama dipajang rapi dengan harga ribuan yen.
Seru juga melihat budaya baju jadul di negeri orang."""),

("article", "hn_news", (0, 1, 1, 1), """Ratusan pedagang pakaian bekas di Pasar Kodim Pekanbaru menggelar aksi damai di depan kantor DPRD, Kamis.
Mereka meminta kelonggaran waktu untuk menghabiskan stok sebelum penertiban diberlakukan.
Koordinator pedagang menyebut sebagian besar stok berupa bal yang dibeli sebelum larangan diperketat.
Perwakilan dewan berjanji menyampaikan aspirasi ke pemerintah pusat.
Aksi berlangsung tertib dan dibubarkan sekitar pukul 13.00."""),

("article", "hn_news", (0, 0, 1, 1), """Kementerian Perdagangan mencatat impor pakaian jadi baru dari China naik signifikan pada kuartal lalu.
Asosiasi pertekstilan meminta pengawasan diperketat karena produk murah tersebut menekan pabrik dalam negeri.
Pemerintah menyatakan sedang mengkaji penerapan bea masuk tindakan pengamanan untuk sejumlah pos tarif pakaian.
Pengamat menilai kebijakan itu perlu dibarengi peningkatan daya saing industri lokal."""),

("post", "hn_opinion", (0, 1, 1, 0), """Unpopular opinion: thrifting paling etis itu ya beli preloved dari orang sekitar kita sendiri.
Barang lemari tetangga, garage sale komplek, bazar sekolah.
Gak perlu nunggu baju dikapalin dari luar negeri buat bisa gaya dan hemat.
Lemari kita sendiri udah kebanyakan isi kok 😅"""),

("comment", "hn_report_quote", (0, 1, 1, 1), """Min, ini akun @baltrusted.id udah berkali-kali dilaporin tapi masih jalan terus.
Caption terakhirnya: "open po balpres korea, dp 50%, barang masuk via Batam".
Kenapa masih belum di-take down ya?
Takutnya makin banyak yang ketipu."""),

("post", "hn_buyer_question", (0, 1, 1, 0), """Halo ibu-ibu grup, mau tanya 🙏
Anak saya masuk SD tahun ini, ada yang punya info bazar seragam bekas di sekitar Cibubur?
Kalau ada yang mau lungsurin seragam anaknya yang sudah kekecilan, saya juga mau beli dengan harga pantas.
Ukuran anak saya sekitar 7 tahun. Terima kasih."""),

("post", "hn_joke_meme", (0, 0, 1, 0), """POV: kamu beli baju baru di mal tapi temen nanya "thrift di mana?"
Aku: ini baru, bestie, harganya 300 ribu 😭
Temen: "oh vibes-nya kayak thrift sih"
Moral: gaya kusam itu mahal, guys.
#relate #fashionstruggle"""),

("post", "hn_donation", (0, 1, 1, 0), """Alhamdulillah, donasi pakaian dari warga Perumahan Griya Asri sudah terkumpul 14 kardus 🙏
Isinya baju anak, mukena, sarung, dan sepatu bekas layak pakai.
Hari Sabtu akan kami antar ke posko pengungsian di Cianjur.
Terima kasih untuk semua yang sudah berbagi, semoga berkah."""),

("article", "hn_news", (0, 1, 1, 1), """Di Parepare, perdagangan pakaian bekas yang dikenal dengan sebutan cakar masih ramai menjelang hari raya.
Sejumlah pembeli mengaku memilih cakar karena harganya jauh di bawah pakaian baru dan mereknya dikenal.
Dinas perdagangan kota menyatakan akan melakukan sosialisasi larangan impor pakaian bekas kepada pedagang di Pasar Senggol.
Sebagian pedagang mengaku belum tahu soal ancaman sanksi."""),

("post", "hn_opinion", (0, 1, 1, 1), """Ngobrol sama bapak ojol tadi, dia cerita dulu kerja jadi kuli angkut karung di pelabuhan Tanjungbalai.
Katanya tiap malam ada kapal dari Malaysia yang bongkar karung baju bekas, dan itu yang bikin kampungnya hidup.
Sekarang dia pindah ke Medan karena kerjaan di sana sudah sepi.
Kadang kebijakan itu baik di atas kertas, tapi ada orang kecil yang kena imbasnya juga."""),

("message", "hn_report", (0, 1, 1, 1), """Pak RT, maaf mengganggu malam-malam.
Saya mau kasih info, gudang di ujung gang sebelah musala sering bongkar karung besar tengah malam, isinya baju-baju bekas, katanya dari Batam.
Truk keluar masuk bikin jalan rusak dan berisik.
Mungkin bisa dibahas di rapat warga minggu depan? Terima kasih Pak."""),

("post", "hn_tweet", (0, 1, 1, 1), """plot twist: kaos "vintage" yang aku beli 200rb di thrift store hits ternyata cuma baju bal 10 ribuan yang dicuci & difoto estetik 🙃
ya gapapa sih, aku yang kurang riset
note to self: jangan kemakan narasi "curated" 😂"""),

("article", "hn_explainer", (0, 1, 1, 1), """Glosarium singkat istilah pakaian bekas impor di Indonesia:
• Bal / balpres: paket pakaian bekas yang dipres dan diikat, biasa 45–100 kg.
• Koli: satuan kemasan dalam pengiriman.
• Grade A/B/S: tingkat kondisi hasil sortiran.
• Monza (Medan), cakar (Sulsel), lelong (Kalbar), awul-awul (Jogja), rombengan (Sumatra): sebutan daerah.
Glosarium ini disusun untuk bahan pelatihan moderator, bukan untuk promosi."""),

("comment", "hn_buyer_question", (0, 1, 1, 1), """Kak, kalau mau beli balpres buat usaha itu sekarang masih legal gak sih?
Aku lihat banyak yang jualan di TikTok, tapi katanya impornya dilarang.
Takut udah keluar modal malah disita.
Ada yang bisa jelasin?"""),

("post", "hn_swap", (0, 1, 1, 0), """Tukeran yuk! 🔄
Aku punya 3 kemeja kerja ukuran M (bekas pakai sendiri, beli di Erigo & Uniqlo Indonesia) yang udah gak kepake.
Mau aku tukar sama celana kulot atau rok midi ukuran yang sama.
Gak jual ya, cuma tukar.
Area Tangsel, bisa ketemuan di stasiun."""),

("review", "hn_review_no_seller", (0, 0, 1, 0), """Review kemeja 'gaya thrift' dari brand lokal:
Bahan corduroy-nya tebal, warnanya dibuat pudar biar kelihatan jadul.
Jahitan rapi, ini barang baru jadi gak ada bau apek sama sekali.
Minusnya, harga 250rb agak mahal untuk kemeja.
Tetap rekomen buat yang suka look vintage tapi gak mau beli bekas."""),
("listing", "hn_sisa_ekspor", (1, 0, 1, 0), """Jaket Windbreaker Sisa Ekspor Pabrik Boyolali – Baru, Label Dipotong
Barang kelebihan produksi order luar negeri, tidak lolos kuota kirim, kondisi 100% baru.
Bahan taslan anti air, ada furing jaring.
Ukuran L–XXL, harga 85rb, grosir 10 pcs 750rb.
Bukan second, bukan barang bal, jadi tidak perlu dicuci dulu."""),
]
