# Batch 4: legal hard negatives (news, opinion, rules, reports, questions, jokes, reviews, jobs). Hand-written.
RECORDS = [
("article", "hn_news", (0, 1, 1, 1), """Bea Cukai Gagalkan Penyelundupan Ratusan Bal Pakaian Bekas di Perairan Bengkalis
Petugas patroli laut menghentikan sebuah kapal kayu yang membawa 312 bal pakaian bekas dari Port Klang, Malaysia, Selasa dini hari.
Nakhoda dan dua anak buah kapal diamankan untuk pemeriksaan lebih lanjut.
Menurut petugas, muatan tersebut rencananya akan dibongkar di pelabuhan tikus sebelum dikirim ke Pekanbaru dan Medan.
Impor pakaian bekas dilarang berdasarkan Permendag 18/2021 sebagaimana diubah Permendag 40/2022."""),
("article", "hn_news", (0, 1, 1, 1), """Pedagang Pasar Senen Mengeluh Sepi Setelah Razia Balpres
Sejumlah pedagang pakaian bekas impor di Pasar Senen mengaku omzet turun drastis sejak razia gudang balpres bulan lalu.
"Barang susah masuk, harga karung naik hampir dua kali," kata seorang pedagang yang enggan disebut namanya.
Sebagian pedagang mulai beralih menjual pakaian baru produksi konveksi lokal.
Pemerintah menyatakan akan menyiapkan program pendampingan bagi pedagang yang beralih usaha."""),
("article", "hn_news", (0, 1, 1, 1), """Ribuan Koli Pakaian Bekas Dimusnahkan di Batam
Pemusnahan dilakukan dengan cara dibakar di lahan milik pemerintah kota, disaksikan aparat dan perwakilan instansi terkait.
Barang bukti merupakan hasil penindakan sepanjang semester pertama, sebagian besar berasal dari Singapura dan Malaysia.
Kepala kantor setempat mengimbau masyarakat tidak tergiur membeli pakaian bekas impor karena berisiko bagi kesehatan dan industri tekstil dalam negeri."""),
("article", "hn_news", (0, 1, 1, 1), """Polisi Ungkap Gudang Pakaian Bekas Impor di Bandung
Aparat menemukan ratusan balpres dalam sebuah gudang di kawasan Bandung timur.
Pemilik gudang berinisial HS (45) mengaku membeli karung-karung tersebut dari pemasok di Tanjungbalai Asahan.
Barang bukti disegel, dan pemilik dijerat aturan larangan impor barang bekas.
Kasus ini masih dikembangkan untuk menelusuri jaringan pemasok di Sumatera Utara."""),
("article", "hn_news", (0, 1, 1, 1), """Tren Thrifting Anak Muda dan Larangan Impor Pakaian Bekas
Di balik populernya kegiatan berburu baju bekas bermerek, ada persoalan hukum yang jarang disadari pembeli.
Pakaian bekas dari luar negeri yang dijual di banyak lapak thrift masuk lewat jalur ilegal, karena impornya dilarang sejak 2015 dan dipertegas pada 2021.
Ekonom menilai permintaan tinggi membuat penyelundupan sulit diberantas hanya dengan razia.
Edukasi konsumen dan penguatan produk lokal dinilai sama pentingnya."""),
("article", "hn_news", (0, 1, 1, 1), """Warga Perbatasan Entikong Masih Andalkan Pakaian Bekas Malaysia
Di perbatasan Kalimantan Barat, pakaian bekas dari Malaysia sudah lama menjadi bagian dari keseharian warga.
Harganya jauh lebih murah dibanding pakaian baru yang didatangkan dari Pontianak.
Pemerintah daerah menyebut pengawasan terus dilakukan, namun panjangnya garis perbatasan menjadi tantangan.
Tokoh masyarakat berharap ada solusi ekonomi agar warga tidak bergantung pada barang selundupan."""),
("article", "hn_news", (0, 0, 1, 0), """Industri Tekstil Lokal Minta Perlindungan dari Banjir Produk Murah
Asosiasi pertekstilan meminta pemerintah memperketat pengawasan barang jadi yang masuk ke pasar domestik.
Menurut asosiasi, utilisasi pabrik garmen di Jawa Barat turun hingga di bawah 60 persen.
Pemerintah menyatakan sedang mengkaji kebijakan safeguard tambahan untuk produk pakaian jadi.
Sejumlah pabrik di Majalaya dan Sukabumi dilaporkan sudah mengurangi shift kerja."""),
("post", "hn_opinion", (0, 1, 1, 1), """Unpopular opinion: larangan baju bekas impor tuh bener, tapi jangan cuma lapak kecil yang dirazia.
Yang punya gudang ribuan bal di pelabuhan kok jarang kedengeran ditangkep?
Pedagang kecil di Gedebage cuma beli karungan buat makan sehari-hari.
Kalau mau serius, tutup jalurnya dari hulu. Sekalian kasih modal buat mereka pindah ke produk lokal."""),
("post", "hn_opinion", (0, 1, 1, 1), """Aku dulu rajin banget thrifting, hampir tiap bulan ke Pasar Senen.
Tapi setelah baca soal penumpukan limbah tekstil di negara-negara penerima baju bekas, aku jadi mikir ulang.
Banyak isi bal yang akhirnya dibuang karena rusak. Jadi sebenarnya kita juga nampung sampah negara lain.
Sekarang aku lebih milih beli preloved langsung dari orangnya, atau beli baru dari brand lokal yang jujur."""),
("post", "hn_opinion", (0, 1, 1, 1), """Thread soal kenapa baju thrift impor itu gak sesederhana 'murah dan ramah lingkungan' 🧵
1. Barangnya masuk ilegal, jadi gak ada kontrol kesehatan.
2. Konveksi kecil di kampung kalah harga, banyak yang gulung tikar.
3. Limbah dari isi bal yang gak laku akhirnya dibakar atau dibuang di TPA kita.
Bukan nyalahin yang beli, tapi kita perlu tahu rantai pasoknya."""),
("post", "hn_opinion", (0, 1, 1, 0), """Orang tua kita dulu biasa pakai baju lungsuran kakak, sepupu, tetangga. Gak ada yang malu.
Sekarang namanya jadi 'preloved', harganya malah naik 😂
Intinya sih pakai barang bekas itu gak salah, selama asalnya jelas dan gak nyelundup.
Lemari saudara sendiri jauh lebih aman daripada karung dari luar negeri."""),
("post", "hn_guideline", (0, 1, 1, 1), """Pengumuman Kebijakan Toko di Platform Kami
Mulai 1 bulan depan, penjual dilarang mengunggah produk pakaian, sepatu, dan tas bekas yang berasal dari impor, termasuk yang dijual per bal, per karung, atau disebut 'thrift impor'.
Penjualan barang bekas pribadi milik penjual tetap diperbolehkan, dengan mencantumkan kondisi secara jujur.
Produk yang melanggar akan diturunkan dan akun dapat dibatasi."""),
("article", "hn_guideline", (0, 1, 1, 1), """Panduan Singkat: Apa yang Boleh dan Tidak Boleh Dijual di Kategori Fashion
BOLEH: pakaian baru produksi lokal atau impor resmi, pakaian bekas pribadi, hasil daur ulang lokal.
TIDAK BOLEH: pakaian bekas impor dalam bentuk apa pun, termasuk eceran dari bal, karungan, atau 'sortiran grade A'.
Jika ragu, cantumkan asal barang di deskripsi. Tim moderasi berhak meminta bukti pembelian."""),
("post", "hn_guideline", (0, 1, 1, 1), """Aturan grup Jual Beli Baju Sleman (baca sebelum posting):
1. Hanya boleh jual barang pribadi atau produksi sendiri.
2. Dilarang posting jualan bal, karungan, atau baju bekas impor. Langsung kick.
3. Wajib cantumkan harga, jangan 'harga di DM'.
4. Tidak ada promosi grup atau link lain.
Admin berhak hapus postingan tanpa pemberitahuan."""),
("post", "hn_report", (0, 1, 1, 1), """Lapor min, ada akun @gudang.lemari.seberang yang jualan terang-terangan: "ballpress Korea 4,5jt, kirim seluruh Indo".
Sudah aku report dari aplikasi tapi postingannya masih ada sampai sekarang.
Bukannya itu dilarang ya? Mohon ditindak, soalnya akunnya sering ganti nama juga."""),
("message", "hn_report", (0, 1, 1, 1), """Selamat siang tim CS. Saya mau melaporkan toko 'Rak Kedua Official' di marketplace ini.
Di deskripsinya mereka tulis 'baju b3k4s 1mp0r, langsung dr bal'. Mereka jelas sengaja ngakalin filter.
Saya lampirkan tangkapan layar tiga produknya. Mohon dicek, terima kasih."""),
("review", "hn_complaint", (0, 1, 1, 1), """Bintang 1. Di judul tulisnya 'kemeja second import Jepang kondisi 95%', yang datang kemeja bau apek, ada noda kuning di kerah dan kancing hilang dua.
Chat ke penjual cuma dibales 'namanya juga barang bal kak, untung-untungan'.
Kapok, mending beli baru sekalian."""),
("post", "hn_complaint", (0, 1, 1, 1), """Hati-hati guys sama lapak yang ngaku 'sortiran grade A' di live. Aku beli paket 10 pcs 250rb, yang dateng 6 pcs bolong-bolong.
Pas aku protes, katanya 'itu memang isi karungnya begitu kak'. Terus aku diblokir 🙃
Screenshot udah aku simpan, mau aku laporin ke platform."""),
("comment", "hn_report", (0, 1, 1, 1), """Min ini akun 'thrift.sinarbahagia' kok masih aktif sih?
Dia tulis 'pesan bal jaket ex-Jepang hub admin' di setiap postingan. Aku udah report 3 kali tapi belum ada hasil. Katanya aturannya udah gak boleh jualan begituan."""),
("post", "hn_buyer_question", (0, 1, 1, 1), """Mau tanya dong, ada yang tau gak sekarang masih ada yang jual baju bekas impor di Pasar Gedebage?
Aku kemarin lewat kayaknya banyak lapak yang tutup.
Pengen cari jaket musim dingin buat ke Korea, tapi budget pas-pasan. Atau ada saran tempat lain?"""),
("comment", "hn_buyer_question", (0, 1, 1, 1), """Kak, ini baju bekas impor ya? Aku takut alergi soalnya kulit aku sensitif.
Biasanya dicuci pakai apa biar aman? Terus boleh tau asalnya dari negara mana? Belum mau beli sih, nanya dulu aja."""),
("post", "hn_buyer_question", (0, 1, 1, 1), """Numpang tanya buat yang paham bisnis thrift: katanya 1 bal isinya bisa 200 potong ya?
Berapa persen sih biasanya yang rusak atau gak bisa dijual? Terus legal gak sebenernya?
Saya lagi riset buat tugas kuliah kewirausahaan, bukan mau jualan. Terima kasih sebelumnya 🙏"""),
("message", "hn_buyer_question", (0, 1, 1, 1), """Mas, kemarin temen aku bilang mas suka ke Tanjungbalai. Di sana beneran banyak monza ya?
Aku pengen ke sana liburan sekalian lihat-lihat, bukan buat kulakan kok.
Kira-kira pasarnya buka hari apa aja? Nanti aku traktir kopi deh kalau mau nemenin."""),
("post", "hn_buyer_question", (0, 0, 1, 0), """Butuh rekomendasi toko seragam kerja yang bisa bordir logo di daerah Tangerang dong.
Kantor kami mau pesan 40 kemeja dan 40 polo, bahan yang adem.
Kalau ada yang pernah pesan dan puas, share ya. Budget sekitar 120rb per potong."""),
("post", "hn_joke_meme", (0, 1, 1, 1), """Aku: pengen hemat, beli baju thrift aja
Aku setelah 3 jam di Pasar Senen: beli 9 baju, 2 jaket, 1 tas, dan es teh 3 gelas
Dompet: 💀
Lemari: udah gak muat, tolong
#thrifting #relate"""),
("post", "hn_joke_meme", (0, 1, 1, 1), """Dulu ibu bilang 'jangan pakai baju bekas orang, gak tau itu bekas siapa'
Sekarang aku pakai jaket bekas orang Jepang seharga 80 ribu dan dipuji temen sekantor 😭
Bu maaf, anakmu sudah jadi bagian dari ekonomi karung"""),
("post", "hn_joke_meme", (0, 1, 1, 0), """Level kekeluargaan di rumahku:
Kaos SMA kakak ➡️ jadi kaos tidur aku ➡️ jadi kaos kerja bapak ➡️ jadi lap motor ➡️ jadi keset
Sustainable fashion sebelum jadi tren 😎♻️"""),
("review", "hn_review_no_seller", (0, 1, 1, 1), """Review jujur setelah setahun pakai jaket thrift ex-Jepang: jahitannya masih awet banget, bahan tebal, gak luntur.
Yang bikin gak nyaman cuma bau gudangnya di awal, harus direndam pakai cuka dulu dua kali.
Overall worth it untuk harganya, tapi sekarang aku sadar juga soal legalitasnya jadi gak beli lagi."""),
("review", "hn_review_no_seller", (0, 0, 1, 0), """Kemeja linen ini nyaman banget dipakai di cuaca Jakarta. Bahannya adem, jahitannya rapi, ukurannya sesuai size chart.
Cuma warnanya agak beda dari foto, lebih krem daripada putih. Pengiriman 2 hari.
Bintang 4, bakal beli warna lain."""),
("review", "hn_review_no_seller", (0, 1, 1, 1), """Pengalaman pertama ke pasar cakar di Makassar: seru sih, kayak berburu harta karun.
Tapi harus sabar bongkar tumpukan, dan banyak yang kondisinya jelek.
Kalau kalian alergi debu, bawa masker. Aku dapat 2 kemeja, sisanya cuma lihat-lihat aja."""),
("post", "hn_job_vacancy", (0, 0, 1, 0), """LOWONGAN KERJA: Penjahit dan Tukang Potong
Konveksi Berkah Jaya di Bandung membutuhkan 5 penjahit mesin high speed dan 2 tukang potong.
Syarat: pengalaman min. 1 tahun, domisili Bandung dan sekitarnya.
Gaji UMR + lembur, makan siang disediakan. Kirim lamaran ke HRD, atau datang langsung Senin-Jumat."""),
("post", "hn_job_vacancy", (0, 1, 1, 0), """Dicari admin live untuk toko preloved kami (barang konsinyasi dari pemilik pribadi, bukan impor).
Tugas: host live 4 jam sehari, foto produk, balas chat.
Syarat: komunikatif, punya HP dengan kamera bagus, domisili Jakarta Selatan.
Gaji pokok + komisi. Kirim CV ke email toko ya."""),
("post", "hn_job_vacancy", (0, 0, 0, 0), """Loker Gudang Ekspedisi Cikarang
Dibutuhkan helper gudang untuk bongkar muat karung dan kardus.
Laki-laki, usia 18-35, kuat angkat beban, siap shift malam.
Gaji harian 150rb, dibayar mingguan. Datang langsung bawa KTP dan fotokopi ijazah."""),
("article", "hn_tutorial", (0, 1, 1, 0), """Cara Mencuci Baju Bekas Agar Bersih dan Bebas Kuman
1. Rendam dengan air panas dan deterjen selama 30 menit.
2. Tambahkan cuka putih untuk menghilangkan bau apek.
3. Sikat bagian kerah dan ketiak dengan sabun batang.
4. Bilas dua kali, lalu jemur di bawah sinar matahari langsung.
5. Setrika dengan suhu tinggi sesuai bahan. Tips ini berlaku juga untuk baju lungsuran keluarga."""),
("article", "hn_tutorial", (0, 1, 1, 0), """Tutorial: Ubah Kemeja Lama Jadi Crop Top Lucu ✂️
Bahan: kemeja bekas kamu yang sudah gak dipakai, gunting, jarum, benang.
Langkah: potong bagian bawah 15 cm, lipat dan jahit pinggiran, lalu ikat bagian depan.
Hasilnya bisa dipadukan dengan rok high waist. Hemat dan gak perlu beli baru!"""),
("post", "hn_trip_no_goods", (0, 0, 0, 0), """Baru pulang dari Osaka, capek tapi seneng banget 🥹
Sempat jalan-jalan ke Amerikamura, banyak toko vintage lucu, tapi aku cuma foto-foto aja karena koper udah penuh oleh-oleh makanan.
Next trip pengen ke Kyoto pas musim gugur. Ada yang punya rekomendasi penginapan?"""),
("post", "hn_opinion", (0, 1, 1, 1), """Kenapa sih orang masih nyari 'baju Batam'? Padahal sekarang brand lokal banyak yang murah dan bagus.
Aku ngerti dulu baju dari Singapura itu simbol gaya, tapi sekarang jamannya udah beda.
Yuk dukung penjahit dan konveksi di kota kita sendiri."""),
("article", "hn_news", (0, 1, 1, 1), """Satgas Temukan Pakaian Bekas Dijual Online dengan Kata Samaran
Tim pengawasan perdagangan menemukan ratusan akun yang menjual pakaian bekas impor dengan istilah samaran seperti angka pengganti huruf dan emoji bendera.
Kementerian meminta platform e-commerce memperbarui sistem deteksi.
Pihak platform menyatakan telah menurunkan ribuan produk sepanjang tahun ini."""),
("comment", "hn_buyer_question", (0, 1, 1, 0), """Kak ini sepatunya bekas pakai kakak sendiri kan? Aku cuma mau pastiin ukurannya, kaki aku 25,5 cm.
Kalau pas aku ambil, tapi tanya dulu ya boleh nego gak, soalnya buat adikku masuk sekolah."""),
("listing", "hn_used_vehicle", (1, 1, 0, 1), """Mobil Bekas Toyota Alphard 2012 Ex Import Jepang
CBU, surat lengkap, pajak hidup, atas nama pribadi.
Interior rapi, mesin kering, AC dingin. Odometer 98 ribu km.
Harga 285jt nego. Lokasi showroom Kelapa Gading."""),
("listing", "hn_karung_produce", (1, 0, 0, 0), """Jual Bawang Merah Brebes Per Karung
Bawang merah kering, ukuran sedang, siap kirim.
1 karung isi 50kg, harga mengikuti pasar, hari ini 32rb/kg.
Pengiriman ke Jakarta, Bandung, dan Semarang setiap hari."""),
("message", "hn_personal_chat", (0, 1, 1, 0), """Dek, baju-baju kamu yang udah kekecilan di lemari belakang mau ibu kasih ke anaknya Bu Tini ya.
Kemarin dia cerita anaknya baru masuk SD dan bajunya tinggal dua.
Kalau ada yang masih mau kamu simpan, pisahkan dulu sebelum Sabtu."""),
("post", "hn_history", (0, 1, 1, 1), """Sedikit cerita soal awul-awul di Jogja. Dulu tahun 2000-an, ayahku sering ajak ke lapangan tempat orang jual baju-baju bekas yang ditumpuk di terpal.
Katanya barangnya datang dari karung-karung kiriman luar pulau.
Sekarang lapangannya udah jadi taman, dan kenangan itu tinggal foto-foto lama."""),
("article", "hn_explainer", (0, 1, 1, 1), """Apa Itu Balpres? Penjelasan Singkat
Balpres adalah singkatan dari bal press, yaitu pakaian bekas yang dipadatkan dalam karung besar dengan mesin press.
Satu bal umumnya seberat 100 kg dan berisi ratusan potong pakaian campuran.
Di Indonesia, barang ini umumnya masuk dari Malaysia, Singapura, Korea, dan Jepang lewat pelabuhan kecil.
Perdagangannya melanggar larangan impor pakaian bekas."""),
("post", "hn_local_upcycle", (0, 1, 1, 0), """Workshop gratis minggu depan: belajar sashiko untuk menambal jeans bekas kamu sendiri 🧵
Bawa celana atau jaket yang sobek dari rumah, benang dan jarum kami sediakan.
Tempat terbatas 20 orang, daftar lewat link di bio. Lokasi perpustakaan kota Malang."""),
("live", "hn_new_live_sale", (1, 0, 1, 0), """Halo kakak-kakak, live malam ini khusus koleksi baru dari konveksi kita sendiri ya!
Bukan barang thrift, semuanya masih segel plastik.
Ini kemeja oversize warna sage, bahan rayon, 79 ribu. Ketik 'sage' kalau mau, nanti masuk keranjang.
Ada bonus bros buat 20 pembeli pertama 🥰"""),
]
