# Batch D: legal records / hard negatives, hand-written
RECORDS = [
("listing", "hn_new_thrift_style", 1, 0, 1, 0, """Celana Kargo Baggy Washed 'Thrift Vibes' Unisex - Produk Baru
Efek pudar dibuat dengan proses stone wash, bukan karena bekas pakai.
Jahitan rantai, 6 kantong, bahan drill tebal. Made in Bandung.
Harga 159rb, size 28-36."""),

("live", "hn_new_thrift_style", 1, 0, 1, 0, """Halo semuanya, malam ini kita live jualan kemeja motif retro ala thrift ya, tapi inget, ini BARU semua, jahitan konveksi kita di Pekalongan.
Harga live 65 ribu, normalnya 95.
Ketik 'retro' plus ukuran, nanti admin masukin keranjang."""),

("profile", "hn_new_thrift_style", 1, 0, 1, 0, """Bekasan Studio 🧵
Brand lokal, desain ala barang bekasan tahun 80-90an, tapi semua produk baru.
Made to order, produksi 7 hari kerja.
Tokopedia & Shopee: Bekasan Studio | Jakarta Timur"""),

("listing", "hn_new_import", 1, 0, 1, 1, """Sepatu Running Asics Gel-Kayano Original Import Jepang - BNIB
Baru, box lengkap, dibeli dari distributor resmi Jepang.
Bukan second, bukan rekondisi. Garansi keaslian uang kembali 2x.
Size 40-44, harga 2,1jt."""),

("post", "hn_jastip_new", 1, 0, 1, 1, """Jastip Bangkok minggu depan 🇹🇭
Bisa titip baju dan tas baru dari Platinum Mall & Chatuchak (yang baru ya, aku nggak ambil barang bekas).
Fee 25rb per item, ongkir dari Jakarta ditanggung pembeli.
Close order Jumat jam 9 malam."""),

("post", "hn_own_preloved", 1, 1, 1, 0, """Preloved mom & baby 🍼 semua punya anakku sendiri, kepake cuma beberapa bulan karena cepet banget gedenya.
Jumper, bodysuit, selimut bedong, gendongan. Dibeli baru di toko perlengkapan bayi di Surabaya.
Harga 10-75rb. COD Sidoarjo atau kirim."""),

("comment", "hn_own_preloved", 1, 1, 1, 0, """Masih ada kak, itu dress punyaku sendiri, beli di Matahari dua tahun lalu, dipakai kondangan sekali.
Kondisi 95%, nggak ada noda. Harga 70rb aja, bisa COD di stasiun Bogor."""),

("post", "hn_school_bazaar", 1, 1, 1, 0, """Garage sale OSIS SMA 3 Makassar 💙
Jual baju dan sepatu bekas sumbangan alumni & guru, harga mulai 3 ribu.
Sabtu ini di lapangan basket sekolah, jam 7 sampai habis.
Dana untuk kegiatan bakti sosial ke Pulau Barrang Lompo."""),

("message", "hn_donation_request", 0, 1, 1, 0, """Assalamualaikum bapak ibu, Panti Asuhan Nurul Hikmah membuka penerimaan sedekah pakaian layak pakai menjelang Ramadan.
Kebutuhan terbanyak: baju koko, gamis anak, dan mukena.
Bisa diantar langsung ke panti atau kami jemput untuk wilayah Tangerang Selatan.
Konfirmasi ke pengurus di 0821xxxx. Jazakumullah khairan."""),

("listing", "hn_used_vehicle", 1, 1, 0, 1, """Toyota Alphard 2012 Ex Japan Recondition
Mobil bekas impor Jepang, masuk resmi, surat lengkap atas nama pribadi.
Interior terawat, captain seat, sunroof.
Harga 385jt nego, bisa kredit. Lokasi showroom Batam Center."""),

("listing", "hn_used_machine", 1, 1, 0, 1, """Forklift Bekas Ex Singapore Kapasitas 3 Ton Diesel
Unit eks gudang logistik, jam kerja 8.000 jam, kondisi siap kerja.
Dokumen impor barang modal lengkap.
Harga 145jt, lokasi Cikarang."""),

("listing", "hn_karung_produce", 1, 0, 0, 0, """Bawang Merah Brebes per Karung 50 kg Super
Kering, umbi besar, hasil panen minggu ini.
Harga grosir 1,6jt per karung, eceran per kilo 35rb.
Pengiriman ke pasar induk Jakarta setiap hari."""),

("listing", "hn_cardboard_bale", 1, 1, 0, 0, """Kertas HVS Bekas Kantor per Bal
Kertas arsip bekas sudah dihancurkan (shredded), dipress jadi bal ± 80 kg.
Cocok untuk pabrik daur ulang kertas.
Harga 3.500/kg, lokasi Surabaya, minimal angkut 1 ton."""),

("listing", "hn_jute_sack", 1, 1, 0, 1, """Karung Goni Bekas Ex Import Kopi
Goni rami bekas wadah biji kopi, ukuran 70x100 cm, tebal.
Cocok untuk dekorasi kafe, pembungkus bibit tanaman, atau kerajinan.
Harga 12rb per lembar, beli 50 lembar 10rb."""),

("article", "hn_news_report", 0, 1, 1, 1, """Polisi Amankan Truk Bermuatan 120 Karung Pakaian Bekas di Jalan Lintas Sumatera
Truk yang berangkat dari Tanjungbalai itu diberhentikan petugas di wilayah Kabupaten Batubara. Sopir tidak bisa menunjukkan dokumen asal barang.
Karung-karung berisi jaket, celana, dan kemeja bekas diduga berasal dari Malaysia.
Kasus ini dilimpahkan ke Bea Cukai untuk penyelidikan lebih lanjut."""),

("article", "hn_news_report", 0, 1, 1, 1, """Pedagang Cakar di Parepare Minta Solusi, Bukan Hanya Larangan
Puluhan pedagang pakaian bekas di Pasar Lakessi mendatangi kantor DPRD setempat. Mereka meminta pemerintah memberi masa transisi dan modal usaha.
Menurut mereka, cakar sudah puluhan tahun menjadi sumber nafkah warga pesisir.
Anggota dewan berjanji meneruskan aspirasi tersebut ke pemerintah provinsi."""),

("post", "hn_opinion", 0, 1, 1, 1, """Aku sih tim beli lokal sekarang.
Dulu hobi banget berburu second import, tapi setelah baca soal limbah tekstil negara maju yang 'dibuang' ke negara berkembang, rasanya aneh aja.
Kita bangga dapet jaket branded 50 ribu, padahal itu sampah orang lain yang dikirim pakai kontainer.
Nggak nge-judge yang masih suka ya, cuma sharing."""),

("article", "hn_guideline", 0, 1, 1, 1, """FAQ Penjual: Bolehkah saya menjual baju thrift?
Boleh, jika baju tersebut milik pribadi atau dibeli dari sumber dalam negeri.
Tidak boleh, jika baju tersebut berasal dari impor bekas, misalnya dibeli per bal dari pemasok Batam atau ditulis 'bekas Korea/Jepang'.
Listing yang menggunakan istilah seperti 'karungan', 'balpres', atau 'monza' akan kami periksa secara manual."""),

("post", "hn_report_complaint", 0, 1, 1, 1, """Aku laporin toko ini ke CS tapi katanya 'akan ditinjau' doang 🙄
Di live mereka terang-terangan bilang 'ini bal baru dari Korea gaes, bongkar malam ini'.
Nggak cuma satu, ada 4 akun dengan nama mirip.
Gimana platform mau serius kalau yang kayak gini dibiarin?"""),

("comment", "hn_report_complaint", 0, 1, 1, 1, """Lho kak, di caption kakak tulis 'preloved pribadi', tapi di story tadi pagi kakak unboxing karung dari Batam.
Jangan nipu pembeli dong, bilang aja kalau itu barang bal."""),

("message", "hn_buyer_question", 0, 1, 1, 1, """Permisi pak, saya dapat info bapak supplier cakar di Makassar.
Saya mau tanya dulu, kalau beli per karung isinya campur atau bisa pilih jenis? Dan barangnya dari negara mana saja?
Belum pesan ya pak, mau hitung-hitung modal dulu."""),

("post", "hn_joke_meme", 0, 1, 1, 1, """Temen: wih jaketnya keren, beli di mana?
Gue: di mal
Temen: mal mana?
Gue: Mongonsidi Plaza 😌
Temen (anak Medan): oalah monza ternyata 🤣
#anakmedan #jujurajalah"""),

("post", "hn_joke_meme", 0, 1, 1, 1, """Level ketekunan anak thrift:
🥉 Bronze: nyari di Instagram
🥈 Silver: ke Pasar Senen jam 10
🥇 Gold: nungguin karung dibuka jam 6 pagi
💎 Diamond: kenal sopir truk dari Dumai 😭
Kalian level apa?"""),

("review", "hn_review", 0, 1, 1, 1, """Review jujur kemeja bekas Jepang yang aku beli tahun lalu:
Bahan oxford-nya awet banget, udah 50x dicuci masih kokoh.
Minusnya, ukuran Jepang agak kecil, L mereka sama dengan M kita.
Sekarang aku nggak beli lagi karena tahu itu barang selundupan, tapi kualitasnya memang tidak bohong."""),

("listing", "hn_job_vacancy", 0, 1, 1, 1, """Dicari: Host Live Streaming untuk Toko Pakaian
Toko kami sebelumnya jualan second import, sekarang beralih 100% produk lokal baru.
Kriteria: komunikatif, bisa live 4 jam/hari, domisili Bandung.
Gaji pokok + komisi. Kirim CV ke email HRD (bukan DM)."""),

("post", "hn_swap", 0, 1, 1, 0, """Tukar baju yuk warga kompleks Griya Asri! 🔄
Minggu pagi di balai RW, bawa baju anak yang sudah kekecilan, tukar dengan ukuran yang pas.
Tidak ada jual beli, semua gratis.
Baju sisa akan dikumpulkan untuk panti asuhan."""),

("post", "hn_local_thrift_denial", 1, 1, 1, 0, """Lapak kami isinya barang titipan mahasiswa yang mau lulus & pindah kos 🎓
Bukan bal, bukan karungan, bukan impor. Cuma baju, tas, dan sepatu bekas pemilik asli di Jatinangor.
Harga ditentukan pemilik, kami ambil komisi 15%.
Buka setiap Sabtu di depan gerbang kampus."""),

("listing", "hn_factory_reject", 1, 0, 1, 0, """Jaket Outdoor Sisa Ekspor Brand Luar - Baru Reject Minor
Produksi pabrik di Semarang untuk pasar Eropa, ada sedikit cacat jahitan sehingga tidak lolos QC.
Barang baru, belum pernah dipakai, label brand dipotong.
Harga 120rb, size S-XL."""),

("post", "hn_trip", 0, 0, 0, 0, """Barusan nganter Bapak ke Pelabuhan Batam Center, beliau nyebrang ke Singapura buat urusan kantor dua hari.
Pelabuhannya sekarang bagus banget ya, ruang tunggunya adem, banyak tempat duduk.
Titip salam buat teman-teman di Batam, kapan-kapan kita kopdar di Nagoya Hill 😊"""),

("post", "hn_upcycling", 1, 1, 1, 0, """Koleksi patchwork terbaru 🧩
Setiap jaket kami jahit dari potongan kemeja bekas yang dikumpulkan dari laundry kiloan di Yogyakarta (yang tidak diambil pemiliknya lebih dari 6 bulan).
Satu jaket, satu desain. Harga 280rb. Pre-order 10 hari."""),

("listing", "plain_clothing_listing", 1, 0, 1, 0, """Batik Tulis Lasem Motif Latohan - Kemeja Pria Lengan Panjang
Dikerjakan pembatik Lasem, pewarna alam.
Furing katun, kancing batok kelapa. Ukuran M, L, XL.
Harga 475rb. Sertifikat keaslian disertakan."""),

("listing", "plain_clothing_listing", 1, 0, 1, 0, """Seragam SD Merah Putih Lengkap Set Baru
Kemeja putih + celana/rok merah, bahan tetoron tidak panas.
Ukuran 6-14, harga 85rb per set, sudah termasuk bordir nama gratis.
Pesan sebelum tahun ajaran baru ya bun, antrean bordir mulai panjang."""),

("article", "hn_opinion", 0, 1, 1, 1, """Di kampung saya di Nunukan, baju bekas dari Tawau itu sudah jadi pemandangan biasa sejak saya kecil.
Orang tidak menyebutnya impor, hanya 'barang seberang'. Kalau sekarang dilarang, warga perbatasan harus beradaptasi.
Menurut saya pemerintah perlu hadir dengan toko pakaian baru yang harganya terjangkau di wilayah perbatasan. Kalau tidak, larangan hanya akan melahirkan jalur tikus baru."""),

("comment", "hn_buyer_question", 0, 1, 1, 1, """Yang biasa ke Kebon Kalapa, sekarang masih rame nggak ya lapak bekas impornya? Katanya abis razia pada tutup.
Mau ke sana weekend bareng adek, takut zonk udah jauh-jauh dari Cimahi 😅"""),

("message", "hn_new_import", 1, 0, 1, 1, """Halo kak, kami distributor resmi tas wanita impor China.
Semua barang BARU, bukan second, dilengkapi dokumen PIB dan SNI untuk produk tertentu.
Grosir minimal 1 lusin per model, katalog PDF bisa kami kirim.
Silakan hubungi CS di 0811xxxx jam kerja."""),

("post", "hn_donation_handover", 0, 1, 1, 0, """Terima kasih untuk 38 donatur yang ikut program 'Lemari Berbagi' bulan ini 🙏
Total terkumpul 9 karung pakaian dan 40 pasang sepatu bekas layak pakai dari warga Depok.
Minggu depan kami salurkan ke kampung nelayan di Muara Angke.
Foto penyerahan menyusul di story."""),

("post", "hn_news_commentary", 0, 1, 1, 1, """Rangkuman berita minggu ini soal thrifting 🧵
- Bea Cukai Batam amankan kontainer berisi bal pakaian bekas
- Menteri tegaskan tidak ada legalisasi meski pedagang mau bayar pajak
- Beberapa pasar di Bandung mulai gelar produk UMKM sebagai alternatif
Kalian setuju nggak sama kebijakan ini? Tulis di kolom komentar."""),

("listing", "hn_used_appliance", 1, 1, 0, 1, """Mesin Cuci Bekas Ex Jepang 100V Hitachi 7 kg
Barang second eks rumah tangga Jepang, perlu trafo step-down 220-100V (bonus).
Kondisi normal, pengering berfungsi.
Harga 1,1jt, lokasi Tanjungpinang, tidak melayani kirim luar pulau."""),

("post", "hn_new_thrift_style", 1, 0, 1, 1, """Koleksi 'Tokyo Flea' dari brand kami sudah rilis 🗼
Terinspirasi dari pasar loak di Tokyo, tapi semua kemeja dan vest-nya BARU ya, kami impor resmi dari pabrik mitra di Vietnam.
Tersedia di website dan offline store Kemang.
Stok tiap artikel cuma 60 pcs."""),

("post", "hn_own_preloved", 1, 1, 1, 0, """Jual jaket kulit peninggalan almarhum ayah 🤍 beliau beli di Pasar Baru Jakarta tahun 1998, dirawat terus sampai sekarang.
Kondisi masih lemas, lapisan dalam sudah diganti.
Harga 600rb, saya harap jatuh ke tangan yang mau merawat."""),
("post", "hn_joke_meme", 0, 0, 0, 0, """Gajian kemarin niatnya mau borong karungan di Senen.
Eh pas nyampe rumah diingetin emak: 'beras abis, gas abis, token listrik bunyi'.
Jadi ya, karungan yang kebeli ya karungan beras 25 kilo 🥲
Adulting emang begini ya guys."""),
]
