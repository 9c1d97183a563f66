# Batch 4: hand-written long-form records (kind, category, offer, used, clothing, abroad, text)
R = [
("article", "hn_news_market_visit", 0, 1, 1, 1, """Pajak Melati, Minggu Pagi
Bau kamper langsung menyergap begitu memasuki lorong Pajak Melati. Lapak-lapak monza berjajar, sebagian pedagang masih mengeluarkan pakaian dari bal yang dibelah dengan pisau.
"Ini barang Korea, Kak, masih bagus-bagus," seru seorang pedagang kepada pengunjung yang lewat. Kemeja dijual Rp 20 ribu, jaket gunung mulai Rp 90 ribu.
Rosmawati (55), pedagang yang ditemui di sela aktivitasnya, mengaku sudah mendengar kabar razia. "Kami dengar juga, tapi mau bilang apa. Namanya cari makan," katanya."""),

("article", "hn_other_goods_news", 0, 0, 0, 1, """Impor Sampah Kertas Tercampur Plastik Dikembalikan ke Negara Asal
Bea Cukai Tanjung Perak mengembalikan 12 kontainer kertas bekas asal Australia yang ternyata tercampur sampah plastik dan limbah rumah tangga.
Importir, sebuah pabrik kertas di Jawa Timur, mengaku tidak mengetahui kondisi muatan. Pemerintah menegaskan impor bahan baku kertas bekas harus bersih dari kontaminan."""),

("article", "hn_other_goods_news", 0, 1, 0, 1, """Razia Majun Ilegal di Cirebon: Ternyata Potongan Kain dari Pakaian Bekas Impor
Petugas menemukan tumpukan majun di sebuah gudang di Cirebon yang diduga berasal dari pakaian bekas impor yang dicacah. Majun tersebut dijual ke bengkel dan pabrik sebagai kain lap industri.
Pihak berwenang masih menyelidiki apakah bahan bakunya masuk sebagai pakaian bekas dari Malaysia sebelum diolah menjadi lap.
Pemilik gudang mengaku hanya membeli potongan kain dari pengepul lokal."""),

("post", "hn_new_thrift_style", 1, 0, 1, 0, """NEW ARRIVAL ✨ Koleksi "Vintage Daily"
Kemeja motif retro dan celana corduroy gaya thrift, tapi 100% BARU, dijahit sendiri di workshop kami di Bandung.
Bukan barang bekas, bukan impor, jadi aman & wangi dari awal 😌
Harga 129-189rb, ready S-XL. Order via link di bio.
#thriftlook #lokalpride #vintagestyle"""),

("post", "hn_local_upcycling", 1, 1, 1, 0, """Proyek upcycling bulan ini: jaket denim bekas dari lemari keluarga kami jahit ulang jadi tote bag & outer patchwork 🧵
Semua bahan dari donasi tetangga dan kerabat di Solo, bukan dari karung impor.
Tersedia 8 tote bag (85rb) dan 3 outer (250rb). Pesan lewat DM, dikirim dari Solo."""),

("comment", "hn_news_comment", 0, 1, 1, 1, """Yang nulis artikel ini pasti belum pernah ke Kebon Kalapa. Di sana pedagangnya terbuka kok bilang barang dari bal Korea, ga ada yang ngaku-ngaku barang lokal.
Masalahnya bukan pedagangnya bohong, tapi aturan yang baru ditegakkan setengah-setengah. Saya setuju dengan komentar di atas soal pentingnya nutup jalur masuknya."""),

("article", "hn_dpr_opinion", 0, 1, 1, 1, """Anggota DPRD Provinsi Riau, Hj. Nurhayati, meminta pemerintah pusat mempertimbangkan nasib ribuan pedagang lelong di Pekanbaru, Dumai dan Bengkalis.
"Lelong ini sudah jadi bagian dari ekonomi rakyat pesisir sejak zaman kakek kita. Kalau mau ditutup, harus ada gantinya," ujarnya di gedung dewan.
Ia mengusulkan agar pemerintah memberikan masa transisi dua tahun disertai pelatihan bagi pedagang."""),

("article", "hn_thesis_abstract", 0, 1, 1, 1, """RINGKASAN SKRIPSI
Judul: Strategi Bertahan Pedagang Pakaian Bekas Impor di Pasar Senen Pasca Penertiban
Penelitian kualitatif ini mewawancarai 9 pedagang di Blok III Pasar Senen. Hasilnya menunjukkan tiga strategi: mengurangi frekuensi pembukaan bal, mencampur dagangan dengan produk baru, dan memindahkan penjualan ke siaran langsung di media sosial.
Pedagang menilai strategi ketiga paling berisiko karena lebih mudah dipantau aparat."""),

("article", "hn_police_release", 0, 1, 1, 1, """Polda Kalbar Amankan Truk Pengangkut 120 Karung Pakaian Bekas di Jalur Entikong-Sosok
Truk berpelat KB itu diberhentikan saat razia rutin. Sopir mengaku muatannya adalah kardus berisi kebutuhan rumah tangga, namun petugas menemukan karung pakaian bekas asal Malaysia di balik tumpukan kardus.
Barang bukti dan sopir telah diserahkan kepada penyidik Bea Cukai untuk proses lebih lanjut."""),

("article", "hn_lecturer_blog", 0, 1, 1, 1, """Kuliah Tamu: "Dari Karung ke Keranjang Kuning"
Hari ini kami mengundang seorang mantan pedagang bal yang kini beralih ke bisnis konveksi. Ia bercerita bagaimana dulu mengambil bal dari Batam, lalu menjualnya lewat siaran langsung.
"Dulu saya pikir ini cuma dagang biasa, belakangan saya tahu dampaknya ke penjahit di kampung saya," katanya di depan mahasiswa.
Rekaman kuliah tamu ini tersedia untuk civitas akademika melalui portal kampus."""),

("post", "hn_swap_event", 0, 1, 1, 0, """🔁 SWAP PARTY di Taman Kota Malang, Minggu depan!
Bawa maksimal 5 baju/sepatu bekas layak pakai dari lemari sendiri, tukar dengan punya peserta lain. Gratis, tanpa jual beli.
Mohon tidak membawa barang dagangan dari karung atau bal, ini acara tukar pribadi.
Daftar lewat form di bio ya 🌱"""),

("message", "hn_buyer_question", 0, 1, 1, 1, """Min, mau tanya, di berita katanya bal Jepang paling bagus. Kalau aku mau cari jaket dari bal Jepang di Jakarta selain Senen ada di mana lagi ya? Cuma buat pakai sendiri kok, bukan buat jual.
Soalnya baca berita katanya Senen lagi sering razia, takut ke sana.
Makasih sebelumnya."""),

("article", "hn_customs_release", 0, 1, 1, 1, """Pangkalan PSO Bea Cukai Tanjung Balai Karimun mengamankan 2 kapal kayu bermuatan total 730 bal pakaian bekas di perairan Selat Durian.
Kapal pertama membawa 410 bal asal Pasir Gudang, sementara kapal kedua membawa 320 bal asal Batu Pahat. Keduanya diduga akan dibongkar di pelabuhan tidak resmi di pesisir Riau.
Sebanyak 9 awak kapal diamankan untuk dimintai keterangan."""),

("article", "hn_new_garment_news", 0, 0, 1, 0, """Pabrik Sepatu di Tangerang Jual "Reject" ke Pasar Lokal
Sejumlah pabrik sepatu olahraga di Tangerang mulai menjual produk reject kepada pedagang lokal. Produk tersebut baru, namun memiliki cacat kecil seperti jahitan miring atau warna tidak rata.
Pedagang di Pasar Baru Tangerang menyebut permintaan sepatu reject meningkat setelah pasokan sepatu bekas impor berkurang.
Barang reject tidak termasuk dalam larangan impor karena diproduksi di dalam negeri."""),

("post", "hn_news_share_thread", 0, 1, 1, 1, """Buat kamu yang bilang "thrift itu ramah lingkungan", coba baca laporan ini dulu.
Sepertiga isi bal impor katanya tidak layak jual dan akhirnya dibuang. Di Batam ada pantai yang penuh baju bermerek.
Aku ga nyuruh kalian berhenti suka pakaian bekas, tapi mungkin mulai dari tukar baju sama teman atau beli preloved dari orang lokal."""),

("article", "hn_trader_quote", 0, 1, 1, 1, """Pedagang pakaian bekas di Pasar Baru Bandung, Yayat (39), mengaku kini hanya menjual sisa stok dari bal terakhir yang dibelinya dua bulan lalu.
"Bal Korea terakhir saya beli Rp 7 juta, isinya 230 potong. Ayeuna tinggal 40-an potong," tutur Yayat sambil merapikan gantungan.
Ia mengatakan belum memutuskan apakah akan beralih menjual pakaian baru. Menurutnya, modal untuk membeli stok pakaian baru dari Tanah Abang jauh lebih besar."""),

("article", "hn_regional_circular", 0, 1, 1, 1, """Instruksi Kepala Dinas Perdagangan Kota Medan
Dalam rangka penegakan Permendag Nomor 40 Tahun 2022, seluruh pengelola pajak (pasar) di Kota Medan diinstruksikan untuk:
a. mendata kios yang menjual pakaian bekas impor (monza);
b. melarang bongkar muat bal pakaian bekas di area pasar;
c. menyampaikan laporan mingguan kepada dinas.
Instruksi ini berlaku sejak tanggal ditetapkan."""),

("review", "hn_review_no_seller", 0, 1, 1, 1, """Review film dokumenter "Bal" (2024) ★★★★★
Dokumenter pendek ini mengikuti satu bal pakaian dari gudang di Port Klang sampai tumpah di lapak Pasar Tungging. Kameranya sabar, tidak menghakimi.
Adegan paling kuat: seorang ibu pedagang yang menangis karena bal yang dibelinya ternyata berisi pakaian basah dan berjamur.
Wajib tonton buat yang tertarik isu perdagangan dan lingkungan."""),

("article", "hn_oped", 0, 1, 1, 1, """Surat Pembaca: Pedagang Lelong Juga Warga Negara
Saya pedagang lelong di Dumai selama 17 tahun. Saya membaca berita bahwa pemerintah akan menutup semua kios yang menjual pakaian bekas dari Malaysia.
Saya tidak membela penyelundup. Tetapi saya memohon, sebelum kios kami ditutup, berikan kami pilihan usaha lain. Kami bukan penjahat, kami ibu-ibu yang menyekolahkan anak.
Hormat saya, Rosnah, Dumai."""),

("article", "hn_podcast_summary", 0, 1, 1, 1, """Show notes: Ngobrol Ekonomi Eps. 112
Topik: Apakah larangan impor pakaian bekas benar-benar melindungi industri tekstil?
Narasumber kami, ekonom dari sebuah universitas di Semarang, menjelaskan bahwa volume balpres yang masuk hanya sebagian kecil dibanding impor pakaian baru murah dari China.
Namun balpres memukul segmen yang sama dengan konveksi rumahan, yaitu pakaian di bawah Rp 50 ribu.
Dengarkan selengkapnya, link di deskripsi."""),

("profile", "hn_local_preloved_sale", 1, 1, 1, 0, """👗 Lemari Kedua Mama Rina
Preloved pribadi & titipan tetangga komplek, semua dari lemari sendiri
❌ bukan bal, bukan impor
📍 Sidoarjo, COD area Waru
Update tiap Sabtu, DM untuk tanya ukuran"""),

("live", "hn_charity_bazaar", 1, 1, 1, 0, """🔴 LIVE BAZAR AMAL Yayasan Kasih Bunda 🔴
Malam ini kami live menjual pakaian bekas layak pakai hasil donasi jemaat dan warga sekitar.
Harga 10-50rb, seluruh hasil untuk biaya sekolah anak asuh panti.
Ketik nama barang + "mau" di kolom komentar. Terima kasih sudah berbagi 💛"""),

("comment", "hn_news_comment", 0, 1, 1, 1, """Hmm, di video berita itu kelihatan jelas karungnya bertuliskan huruf Korea. Jadi klaim pedagang yang bilang "ini barang lokal" agak susah dipercaya ya.
Tapi ya sudahlah, yang penting sekarang solusinya. Jangan cuma berita pembakaran terus tiap tahun."""),

("article", "hn_tv_script", 0, 1, 1, 1, """NASKAH FEATURE — "Kisah Pedagang Rombengan di Palembang"
NARASI: Setiap pagi, Pak Umar membuka lapaknya di Pasar 16 Ilir. Karung-karung berisi pakaian bekas dari Singapura ia buka satu per satu.
SOT: "Dulu saya kerja di kapal, tahu barang ini dari mana. Sekarang saya cuma jual, tak pernah lagi ikut bawa."
NARASI: Pak Umar kini mulai mencampur dagangannya dengan kaus lokal, bersiap jika larangan benar-benar ditegakkan."""),

("article", "hn_ngo_report", 0, 1, 1, 1, """Infografis (versi teks): Ke Mana Perginya Pakaian yang Kamu Sumbangkan di Jepang?
1. Dikumpulkan di kotak donasi dan toko barang bekas.
2. Yang tidak laku dipres menjadi bal dan dijual ke eksportir.
3. Bal dikirim ke Malaysia untuk dipilah, sebagian diteruskan ke Indonesia secara ilegal.
4. Sisa yang tidak laku di pasar Indonesia berakhir di tempat pembuangan.
Sumber: kompilasi riset organisasi lingkungan."""),

("article", "hn_market_report", 0, 1, 1, 1, """Catatan Pasar Mingguan — Pasar Senen
Lalu lintas pengunjung akhir pekan: padat, terutama lantai 2.
Kisaran harga eceran: kaus Rp 20-50 ribu, kemeja Rp 30-70 ribu, jaket Rp 80-250 ribu, sepatu Rp 100-400 ribu.
Pasokan: pedagang melaporkan jeda kedatangan bal sekitar 3-4 minggu. Harga bal dari agen Bandung disebut naik Rp 500 ribu hingga Rp 1 juta.
Catatan: data dihimpun dari wawancara, tidak mewakili seluruh pasar."""),

("post", "hn_quote_tweet", 0, 1, 1, 1, """"Polisi Bongkar Gudang Sepatu Bekas Impor di Bekasi, 8.000 Pasang Disita"
8 ribu pasang?? itu mah udah level pabrik 😳 dan katanya dari Thailand lewat kontainer.
pantes di marketplace banyak "sepatu second original" harga miring. hati-hati ya guys, banyak juga yg jamuran katanya."""),

# ---- illegal ----
("post", "news_voice_offer", 1, 1, 1, 1, """📰 KABAR PASAR KEBON KALAPA 📰
Meski ramai diberitakan soal penataan, lapak kami di lantai dasar masih jualan seperti biasa!
Baru buka bal Korea hari Rabu: jaket, windbreaker, celana chino.
Harga 35-120rb. Kalau ga sempat datang, bisa video call pilih barang, kirim via ojol se-Bogor. WA 0812xxxx."""),

("article", "seller_blog_order_link", 1, 1, 1, 1, """Review Jujur: Bal Jepang vs Bal Korea (dari pedagang, bukan teori)
Setelah buka lebih dari 300 bal, saya simpulkan bal Jepang unggul di jaket dan kemeja, sedangkan bal Korea unggul di kaus dan pakaian wanita.
Kelemahannya, bal Jepang lebih mahal dan lebih sering ditahan di pelabuhan.
Buat pembaca blog ini, kami sediakan kedua jenis bal dengan harga khusus: Jepang Rp 8,5 juta, Korea Rp 6,9 juta.
Pemesanan melalui tombol "Pesan Sekarang" di bawah artikel."""),

("live", "live_as_liputan", 1, 1, 1, 1, """📺 "LIPUTAN EKSKLUSIF" malam ini di akun kami!
Kita akan masuk ke gudang sortir di Tanjungpinang dan tunjukin proses buka bal Malaysia dari awal sampai dipajang.
Sambil liputan, barang langsung bisa dibeli: kemeja 20rb, dress 30rb, jaket 50rb.
Mulai jam 20.00 WIB, siapin saldo ya 😁"""),

("post", "interview_with_invitation", 1, 1, 1, 1, """Kemarin ada mahasiswa yang wawancara saya buat skripsi soal pedagang awul-awul. Seneng juga bisa cerita pengalaman 20 tahun jualan.
Sekalian saya kabari, karung baru dari Batam sudah datang, isinya banyak jaket dan kemeja bagus.
Lapak saya di Pasar Klithikan, buka jam 9. Yang dari luar kota bisa pesan ke 0812xxxx, nanti saya fotokan."""),

("message", "ban_headline_urgency", 1, 1, 1, 1, """Pak/Bu reseller, sudah lihat berita soal denda untuk importir balpres? 😬
Kemungkinan besar bulan depan barang makin susah. Sebelum itu, kami tawarkan stok terakhir: 25 bal campur ex Korea dan 10 koli sepatu ex Thailand.
Harga lama masih berlaku sampai Jumat. Konfirmasi pesanan lewat chat ini."""),

("listing", "news_voice_offer", 1, 1, 1, 1, """DIJUAL — sesuai yang diberitakan, harga bal lagi naik, tapi ini masih harga lama:
• Bal roma campur ex Tawau, ±90 kg — 4,3 jt
• Bal anak ex Malaysia, ±60 kg — 3,8 jt
Lokasi gudang Tarakan, bisa kirim ke Palu, Tolitoli, Gorontalo.
Serius order hubungi 0812xxxx, no PHP."""),

("article", "advertorial_import_thrift", 1, 1, 1, 1, """Advertorial — Rumah Lelong Pekanbaru Tawarkan Belanja Nyaman Ber-AC
Rumah Lelong hadir sebagai alternatif bagi warga Pekanbaru yang ingin berbelanja pakaian lelong tanpa panas dan berdesakan.
Semua barang berasal dari bal Singapura yang dipilih dan dicuci ulang, lalu ditata per ukuran.
Kunjungi kami di Jalan Tuanku Tambusai, buka setiap hari pukul 09.00-21.00. Pesan antar: 0812xxxx."""),
("article", "hn_history_encyclopedia", 0, 1, 1, 1, """Baju Batam
Di berbagai daerah di Jawa dan Kalimantan, sebutan "baju Batam" pernah lazim dipakai untuk pakaian bekas impor, karena sebagian besar barang tersebut masuk melalui Pulau Batam dari Singapura dan Malaysia.
Istilah ini muncul pada era 1990-an ketika Batam berkembang sebagai kawasan perdagangan bebas. Pedagang di pasar-pasar kecamatan menjual "baju Batam" secara eceran setelah membeli karungan dari pengepul.
Kini istilah tersebut mulai tergeser oleh kata "thrift" dan "bal" yang populer di media sosial."""),
]
