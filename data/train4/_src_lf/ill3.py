from common import R

# ---------- illegal: reseller / dropship recruitment ----------
R("post", "illegal_reseller_recruitment", "1111", """
📢 OPEN RESELLER & DROPSHIPPER BATCH 7 📢
Kamu pengen punya usaha sampingan tapi modal tipis? Sini gabung!
✅ Tanpa stok: foto & video dari kami, kamu tinggal posting
✅ Harga reseller dari bal Korea/Jepang, kamu bebas markup
✅ Dropship: kami yang kirim atas nama tokomu
✅ Mau stok sendiri? Bisa ambil 1/4 bal dulu
Syarat: punya akun IG/TikTok aktif, fast respon, nggak baperan 😄
Daftar: isi form di link bio, admin hubungi max 2x24 jam.
Kuota cuma 30 orang per batch, batch 6 kemarin penuh dalam 2 hari!
""")

R("post", "illegal_reseller_recruitment", "1111", """
Dicari mitra pedagang di kabupaten-kabupaten Sulsel 🤝
Kami pemasok cakar karungan langsung dari Parepare, sudah 12 tahun jalan.
Keuntungan jadi mitra:
- Harga karung khusus mitra (lebih murah 200-300rb)
- Boleh tukar karung kalau isinya rusak lebih dari 30%
- Dikirim pakai truk kami, aman sampai lapak
Wilayah yang dibutuhkan: Bone, Wajo, Soppeng, Bulukumba, Selayar.
Hubungi Pak Haji Ancu di 0813xxxx, sebutkan nama pasar tempat jualan.
Sedikit cerita: usaha ini dimulai almarhum bapak tahun 2011 dengan satu perahu kecil yang bolak-balik ke pelabuhan. Sekarang kami sudah punya gudang sendiri dan dua truk. Prinsip kami dari dulu sama: isi karung tidak kami acak-acak, pedagang dapat apa adanya dari sumbernya.
Kami juga bantu mitra baru soal cara menata lapak dan menentukan harga jual per lembar supaya cepat balik modal.
""")

R("message", "illegal_reseller_recruitment", "1111", """
Halo kak, makasih udah follow 🙏
Kami lihat kakak suka posting OOTD vintage, kebetulan lagi cari reseller nih.
Sistemnya gini: kakak pilih barang dari katalog (semua second impor hasil sortir bal), posting di akun kakak, kalau ada yang order kakak tinggal transfer harga reseller ke kami + data pembeli, kami yang packing dan kirim.
Margin biasanya 30-60rb per item, ada yang sampe 100rb kalau jaket branded.
Gratis gabung, nggak ada deposit. Kalau tertarik bales "MAU" ya kak, nanti kami kirim link katalog & grup.
Oh iya, semua barang udah kami sortir dari bal, jadi yang masuk katalog cuma yang layak jual, nggak ada yang bolong atau noda parah. Foto katalog boleh kakak pakai, tapi tolong jangan hapus watermark kecil di pojok ya, biar nggak dicomot toko lain.
Kalau kakak butuh contoh caption, kami juga punya template yang udah terbukti laris.
""")

R("post", "illegal_reseller_recruitment", "1111", """
Usaha modal 3 juta, balik modal 2 minggu? Bisa!
Kami buka kemitraan "Lapak Thrift Starter Pack":
📦 1 balan pendek (±200 pcs campuran Korea)
🪝 50 hanger + rak besi lipat
🏷️ 200 tag harga + stiker
📲 Materi promosi siap posting
Total cuma 3,9jt (harga normal 4,5jt)
Bonus: konsultasi cara sortir kepala-badan-kaki & cara nentuin harga.
Ratusan mitra sudah buka lapak di CFD, pasar malam, dan kos-kosan. Giliran kamu!
Testimoni mitra:
"Baru buka lapak di depan kampus, 3 hari udah laku 120 pcs" — Dinda, Purwokerto
"Awalnya ragu, sekarang udah ambil bal ke-4" — Pak Sutris, Klaten
Pengiriman paket ke seluruh Indonesia, estimasi 3-7 hari kerja. Pembayaran bisa dicicil 2x untuk mitra yang sudah punya lapak tetap.
""")

R("post", "illegal_reseller_recruitment", "1111", """
Lowongan: reseller monza area Sumut & Aceh
Barang kami ambil langsung dari pelabuhan, belum lewat tangan kedua.
Reseller dapat:
1. Harga goni paling murah se-Medan (ada daftar harga)
2. Boleh ambil setengah goni
3. Gratis antar untuk Medan-Binjai-Deli Serdang
Chat ke admin 2 (Kak Lidya) 0812xxxx. Jangan telepon, chat aja ya, kami sering di gudang.
Buat yang di Aceh, kami kirim lewat truk ke Langsa dan Lhokseumawe tiap Kamis, ongkos dibagi dengan pedagang lain biar ringan.
Reseller yang rutin ambil 5 goni sebulan dapat bonus satu goni kemeja gratis tiap tiga bulan.
Kami sudah 10 tahun di usaha ini, tanya saja pedagang Pasar Sambu, pasti kenal.
""")

R("post", "illegal_reseller_recruitment", "1111", """
Mau jadi distributor bal di kotamu? 🏙️
Kami cari 1 distributor tiap kota/kabupaten di Jawa Timur & Bali.
Distributor wajib ambil minimal 10 bal per bulan, kami kasih:
- harga pabrik press (tangan pertama)
- eksklusif wilayah, tidak ada distributor lain di kotamu
- dukungan iklan & live bareng
Persyaratan: punya gudang atau ruko, modal awal minimal 80jt.
Presentasi lengkap via Zoom tiap Kamis malam, daftar ke DM.
Kenapa harus kami? Karena kami ambil langsung dari pabrik press di luar, bukan dari agen kedua atau ketiga. Setiap bal punya nomor dan label berat asli. Distributor juga boleh retur bal yang isinya rusak lebih dari 25% dengan bukti video pembukaan tanpa potong.
Saat ini kota yang sudah terisi: Surabaya, Malang, Denpasar. Kota lain masih terbuka.
""")

R("message", "illegal_reseller_recruitment", "1111", """
[Broadcast Grup Reseller Thrift Nusantara]
Selamat pagi rekan-rekan reseller 🌞
Katalog minggu ini udah diupload di album grup, kode barang mulai JK-301 sampai JK-420 (jaket), KM-150 sampai KM-230 (kemeja).
Harga reseller sudah termasuk packing, tinggal tambah ongkir.
Ingat: jangan posting foto dengan karung di background ya, crop dulu. Tulis aja "preloved" atau "second original".
Cut off order jam 15.00, lewat itu dikirim besok.
Semangat jualan! 💪
Catatan tambahan: kemarin ada 2 akun reseller yang di-banned marketplace karena nulis "bal" dan "impor" di judul. Tolong lebih hati-hati ya, kita semua rugi kalau toko kena tutup. Pakai kata "vintage", "preloved", atau "second ori" aja.
Reseller terbaik bulan lalu: @rumahthrift.ambar (312 pcs) 🏆, bonus 1/4 bal sudah dikirim.
""")

R("post", "illegal_reseller_recruitment", "1111", """
Emak-emak di rumah, mau penghasilan tambahan? 👩‍👧
Jualan baju anak second impor dari HP aja!
Kami suplai baju anak eks-Jepang yang udah dicuci & disetrika, kamu tinggal jual di grup WA sekolah atau komplek.
Modal awal 500rb dapat 25 pcs, harga jual bisa 35-50rb/pcs.
Nggak laku? Boleh tukar model dalam 14 hari.
Info: ketik "EMAK" ke WA 0857xxxx.
Cerita Bu Wulan dari Sidoarjo: awalnya cuma iseng jual ke temen arisan, sekarang tiap bulan ambil 150 pcs dan punya reseller sendiri di tiga RT.
Barang kami pilih dari bal Jepang yang isinya baju anak, jadi ukuran dan modelnya lucu-lucu, banyak karakter kartun Jepang yang anak-anak suka.
Pengiriman dari gudang Sidoarjo setiap hari kerja.
""")

R("post", "illegal_reseller_recruitment", "1111", """
OPEN JASTIP PARTNER — Pasar Senen x Seluruh Indonesia
Kami cari partner di daerah buat jualan lagi barang yang kami ambil dari kios-kios Blok III.
Kamu dapat harga kulakan + kami bantu kurasi barang sesuai pasar kotamu.
Pengiriman per kodi atau per karung, bisa campur kategori.
Partner aktif dapat prioritas barang "kepala" tiap buka bal.
Isi form: nama, kota, pengalaman jualan, target per bulan.
Kami sudah kerja sama dengan lebih dari 15 kios di Blok III, jadi barang yang kami kirim selalu dari bal yang baru dibuka, bukan sisa seminggu.
Pembayaran ke kami sistem deposit, minimal 1jt, nanti dipotong tiap pengiriman.
Partner di Indonesia timur kami bantu carikan ekspedisi laut paling murah.
""")

R("post", "illegal_reseller_recruitment", "1111", """
Mau punya toko online thrift tanpa nyetok? Coba sistem kami 👇
1. Daftar jadi dropshipper (gratis)
2. Dapat akses ke 2.000+ produk second luar negeri, update tiap hari dari bal yang kami buka
3. Upload ke marketplace kamu
4. Ada order → input di dashboard → kami kirim pakai nama tokomu
Profit kamu: selisih harga jual & harga dropship.
Sudah 1.400+ dropshipper aktif. Link daftar di bio 🔗
FAQ:
Q: Barangnya dari mana? A: Dari bal impor yang kami buka tiap hari di gudang Tangerang, lalu difoto satu per satu.
Q: Kalau barang sudah laku di toko lain? A: Stok di dashboard update real-time, jadi aman.
Q: Boleh tulis "impor" di judul? A: Sebaiknya jangan, pakai "vintage" atau "second original".
""")

R("post", "illegal_reseller_recruitment", "1111", """
Tawaran kerja sama buat pedagang pasar di Kalimantan Utara & Timur.
Kami penyalur karung dari seberang, sudah punya jalur tetap lewat Nunukan.
Bisa kirim sampai Tarakan, Berau, Samarinda, Balikpapan.
Sistem: bayar setengah di depan, setengah saat barang sampai.
Pedagang baru kami kasih harga perkenalan untuk 3 karung pertama.
Hubungi kami lewat inbox, jangan komentar di sini.
Barang yang biasa kami bawa: karung campur dewasa, karung jaket, karung celana jeans, karung baju anak, karung sepatu. Setiap karung kami beri tanda warna supaya pedagang tahu isinya sebelum dibuka.
Kami juga terima titipan dari pedagang yang sudah langganan di seberang, tinggal sebut nama tokonya.
""")

R("message", "illegal_reseller_recruitment", "1111", """
Bang, abang yang jualan di CFD Dago tiap Minggu kan? Saya lihat lapak abang rame terus 👍
Saya supplier dari Gedebage, bisa kirim jaket sama kemeja sortiran per karung ke abang, harga jauh di bawah harga kios.
Kalau abang mau, saya kasih sampel 1/4 bal dulu, bayar setelah laku separuh.
Nomor saya 0821xxxx, nama Asep. Nuhun bang.
Barang saya ambil dari importir yang sama dengan kios-kios besar di Gedebage, jadi kualitasnya sama, cuma saya potong jalur, nggak lewat kios.
Kalau abang butuhnya jaket doang atau kemeja doang juga bisa, saya pisahin. Saya juga bisa antar ke kos atau rumah abang pakai mobil bak.
Silakan dipikir dulu bang, nggak usah buru-buru.
""")

R("post", "illegal_reseller_recruitment", "1111", """
KELAS ONLINE + STOK: "Jadi Juragan Bal dalam 30 Hari" 🎓
Materi:
• Cara cari pemasok bal yang jujur
• Cara nilai isi bal dari berat & bau 😅
• Teknik live bongkar bal biar closing
• Cara ngatur harga kepala-badan-kaki
Peserta langsung dapat 1/2 bal Korea grade A (ongkir ditanggung peserta).
Biaya 5,5jt. Kuota 20 orang. Daftar di link bio.
Jadwal kelas: 4x pertemuan Zoom (Selasa malam) + 1x kunjungan gudang di Bekasi (opsional).
Mentor: Koh Aming, 15 tahun jadi agen bal di Senen & Gedebage, pernah punya 12 kios.
Alumni angkatan sebelumnya: 87 orang, sebagian sudah jadi supplier untuk reseller baru.
NB: stok 1/2 bal dikirim setelah pertemuan kedua.
""")

R("post", "illegal_reseller_recruitment", "1111", """
Dibutuhkan: agen karung RB di Lombok, Sumbawa, Flores.
Barang kami kirim dari Surabaya pakai kapal, sampai di pelabuhan tinggal ambil.
Agen dapat komisi per karung + bonus bulanan kalau tembus 20 karung.
Barang campur, mayoritas kemeja & celana, ada juga jaket.
Yang serius silakan kirim foto lapak atau tempat usaha ke DM.
Kami sudah kirim ke Bima, Ende, dan Labuan Bajo sejak 2019. Biasanya barang sampai 5-8 hari tergantung cuaca dan jadwal kapal.
Agen juga boleh request isi karung khusus, misalnya karung kemeja lengan panjang untuk pegawai, atau karung baju anak menjelang tahun ajaran baru.
Pembayaran pertama tunai, setelah 3 kali order bisa tempo 2 minggu.
""")

R("post", "illegal_reseller_recruitment", "1111", """
Buat temen-temen mahasiswa yang mau nambah uang jajan 🎒
Jadi reseller hoodie & crewneck second luar dari kami!
Ambil minimal 5 pcs, harga reseller 55rb, harga jual di kampus bisa 90-120rb.
Barangnya pilihan, dari bal USA & Jepang, tinggal dicuci aja.
Lokasi ambil di Jatinangor & Dipatiukur, atau kami kirim.
Tips dari reseller kampus kami: jual pas jam istirahat di depan kantin atau pas ada event fakultas, bawa rak gantung kecil, pasang harga di kertas. Biasanya hoodie sama crewneck print kampus Amerika paling cepet habis.
Kalau ada yang nggak laku dalam 2 minggu, boleh tukar sama model lain.
""")

R("post", "illegal_reseller_recruitment", "1111", """
🔥 Program "Satu Desa Satu Lapak Awul" 🔥
Kami bantu kamu buka lapak awul-awul di desamu dengan modal ringan.
Paket mulai 2,5jt sudah dapat 1 karung campuran + terpal + gantungan.
Barang dikirim dari gudang Temanggung.
Sudah ada 60+ lapak binaan di Jateng & DIY.
Kontak koordinator wilayah, nomor ada di komentar pertama.
Kenapa awul? Karena di desa, orang lebih suka baju yang murah tapi awet. Baju awul dari luar negeri bahannya tebal, cocok buat kerja di sawah atau kebun.
Kami juga kasih pelatihan singkat cara nata lapak dan cara ngawul yang rapi biar pembeli betah.
Karung berikutnya dikirim sesuai pesanan, bayar setelah barang sampai untuk mitra lama.
""")

R("message", "illegal_reseller_recruitment", "1111", """
Selamat siang bapak/ibu, kami dari UD Sinar Karung Jaya.
Kami melihat toko bapak/ibu di marketplace menjual pakaian preloved. Kami bisa menyuplai barang serupa dalam jumlah besar: bal campur Jepang-Korea, bal khusus jaket, bal khusus anak.
Untuk pembelian pertama kami beri harga khusus dan gratis ongkir ke Pulau Jawa.
Apabila berminat, mohon balas pesan ini, kami kirimkan daftar harga terbaru.
Terima kasih.
Sebagai gambaran, bal campur Korea kami saat ini berisi sekitar 200 potong dengan harga 8,4jt, sedangkan bal Jepang khusus jaket berisi 90 potong dengan harga 13jt. Kami juga menyediakan bal khusus kemeja pria bagi toko yang fokus ke pakaian kerja.
Kami melayani pengiriman ke seluruh Indonesia dan sudah bekerja sama dengan lebih dari 300 toko.
""")

R("post", "illegal_reseller_recruitment", "1111", """
Dicari 10 host live + reseller 💃🕺
Tugas: bantu live bongkar bal di akun kami 3x seminggu, sambil jualan di akunmu sendiri pakai stok kami.
Gaji pokok host 75rb/sesi + komisi 5%.
Reseller pakai harga khusus, bisa ambil per 10 pcs.
Lokasi studio: gudang kami di Ciputat.
Kirim video perkenalan 30 detik ke DM.
Kriteria host: bisa ngomong cepat tapi jelas, tahan duduk 3 jam, ngerti merek-merek fashion (minimal tau bedanya Uniqlo sama GU 😂).
Pengalaman live jualan jadi nilai plus. Nggak harus cantik/ganteng, yang penting rame dan luwes.
Selama live kamu bakal bongkar bal Korea & Jepang yang baru datang, jadi siap-siap tangan pegel.
""")

# ---------- illegal: creator hauls that point to a shop ----------
R("post", "illegal_creator_haul", "1111", """
THRIFT HAUL 300RB DAPET APA AJA? 🛍️
1. Jaket varsity wool, tag made in Japan, 85rb
2. Kemeja flanel Uniqlo, 40rb
3. Cardigan rajut oversize, 55rb
4. Celana cargo Dickies, 70rb
5. Tote bag kanvas, 25rb
Total 275rb, sisa 25rb buat beli es kopi 🤭
Semua dari @lapak.kepala.bal, mereka baru buka bal Jepang kemarin, buruan sebelum diambil orang. Kode HAUL10 diskon 10%!
#thrifthaul #hiddengems #thriftimportmurah
Detail kondisi: jaket varsity ada noda kecil di lengan (udah ilang pas dicuci), kemeja flanel mulus, cardigan ada benang ketarik dikit, celana Dickies kayak baru, tote bag ada tulisan nama toko buku di Kyoto 🥹
Next haul mau coba bal Korea, request mau liat apa?
""")

R("post", "illegal_creator_haul", "1111", """
POV: kamu nyari hidden gem di tumpukan bal dan nemu jaket Carhartt detroit harga 120rb 😭😭
Aku nggak nyangka banget sih, soalnya biasanya yang beginian udah diambil duluan sama pedagang.
Tempatnya di Senen lantai 2, kios Bang Rizal (nomor 2xx, cari aja yang ada spanduk kuning). Dia bongkar bal tiap Rabu pagi, datang jam 8 biar dapet kepala.
Kalian mau aku bikin video full tour-nya? Komen "MAU" 👇
Tips dari aku: bawa tas sendiri, pakai baju yang nyaman, dan jangan malu nawar. Bang Rizal orangnya asik, kadang kalau beli banyak dikasih bonus kaos.
Terus kalau nemu barang bagus jangan ditaruh dulu, pegang terus, karena orang lain bakal langsung ambil 😂
""")

R("post", "illegal_creator_haul", "1111", """
Vlog Gedebage part 3 udah tayang! 🎬
Kali ini aku ngajak kalian ke kios langganan aku, Teh Euis, yang baru dapet kiriman karung dari Korea. Aku borong 8 item cuma 350rb.
Link video di bio, dan buat yang mau belanja online di Teh Euis, nomornya aku tulis di deskripsi video ya (dia bisa kirim ke luar kota).
Makasih Teh, sok atuh ditunggu bal berikutnya 🤍
Di video ini juga aku bahas cara bedain jaket asli sama KW dari label dalam, cara cek resleting YKK, sama cara nyuci jaket kulit hasil thrifting biar nggak kaku.
Buat yang nanya part 4: rencananya ke Cimol yang di luar gedung, tempat pedagang bongkar karung pagi-pagi.
""")

R("post", "illegal_creator_haul", "1111", """
haul cakar minggu ini 🧺
- blazer coklat ala-ala dark academia 30rb
- rok plisket 20rb
- kemeja putih yang bahannya adem banget 15rb
- sepatu loafers kulit 60rb (size pas!!)
semua dari lapak kak Nurul di pasar Terong, dia tiap Sabtu bongkar karung. yg mau titip beli bisa lewat dia langsung, ig-nya @cakar.nurul.mks ✨
btw tips buat yang baru mau nyoba: datang pagi pas karung baru dibuka, jangan siang, udah diacak-acak orang. bawa air minum soalnya panas banget di sana 🥵 dan siapin uang pecahan kecil biar gampang bayar.
oh iya, semua barang langsung aku rendam air panas + deterjen + pewangi semalaman sebelum dipakai.
""")

R("post", "illegal_creator_haul", "1111", """
Ternyata beli 1/4 bal itu seru banget!! 📦
Aku patungan sama 3 temen, ambil dari @balpatungan.id, isinya 52 pcs Korea campur.
Hasil bagi-bagi: aku dapet 13 item, favoritku sweater argyle & trench coat beige.
Jujur lebih hemat daripada beli satuan. Mereka buka slot patungan tiap minggu, link di story aku ya 🔗
Video unboxing lengkap di reels sebelumnya!
Yang bikin aku suka: pembagiannya adil, mereka live pas bal dibuka dan dibagi pake sistem giliran, jadi semua kebagian kepala. Ada juga pilihan 1/2 bal kalau kalian mau jual lagi.
Buat yang mau ajak aku patungan lagi bulan depan, komen di bawah, aku butuh 3 orang 🙋‍♀️
""")

R("post", "illegal_creator_haul", "1111", """
Monza haul 200rb, lae-lae! 🔥
Dapat jaket jeans Levi's, kaos band Metallica lawas, sama sepatu boots.
Semua dari lapak Kak Butet di Pasar Melati, dia juga bisa kirim ke luar kota, aku tag di foto terakhir.
Bilang aja dari aku, siapa tau dikasih kurang 😆
Jaket jeans-nya Levi's trucker, kondisi 90%, cuma ada bekas jahitan di saku. Kaos Metallica itu yang bikin aku teriak di pasar, tag-nya masih tag lama 🤘
Sepatu boots-nya aku pakai kerja di lapangan, kuat.
Next mau ke Tanjungbalai langsung, katanya lebih murah di sana.
""")

R("post", "illegal_creator_haul", "1111", """
GRWM pakai baju dari live bongkar bal semalam 💄👗
Dress midi floral (40rb), cardigan cream (35rb), tas selempang kulit (50rb).
Banyak yang nanya tokonya: @karung.korea.official, live tiap jam 8 malam. Serius seru banget, kayak gacha tapi hadiahnya baju 😂
Outfit total di bawah 150rb, siapa bilang gaya harus mahal?
Tips ikutan live mereka: siapin jari, karena barang bagus bisa habis dalam hitungan detik. Aku biasanya ketik komen "keep" dulu, baru liat detail minusnya. Kalau ternyata nggak cocok, bilang cancel dengan sopan ya, jangan ghosting.
Minggu depan aku mau coba live bal jaket, doain dapet trench coat!
""")

R("post", "illegal_creator_haul", "1111", """
Sepatu lari second dari Thailand, worth it nggak? 🏃‍♂️
Aku beli 3 pasang: Asics, Mizuno, Nike Pegasus. Kondisi sol 70-85%.
Total 480rb. Setelah dicuci, dipakai lari 10K, masih enak.
Tokonya @sepatu.karung.bkk, mereka buka karung baru tiap awal bulan. Nggak di-endorse, cuma puas aja.
Plus: harganya sepertiga harga baru, modelnya banyak yang udah nggak dijual di toko.
Minus: ukuran kadang beda, insole bau (tinggal ganti), dan nggak ada garansi.
Kesimpulan: buat pelari pemula yang pengen coba sepatu bagus tanpa bangkrut, worth it. Tanya aja stoknya ke mereka, bilang ukuran kaki dalam cm.
""")

R("post", "illegal_creator_haul", "1111", """
Bikin kompetisi sama adik: siapa yang bisa dapet outfit paling keren cuma modal 100rb di awul-awul Sekaten 😂
Aku: jaket corduroy + celana chino + topi bucket.
Adik: kemeja Hawaii + celana pendek + sandal gunung.
Vote di komen siapa menang! Lapaknya di pojok barat daya alun-alun, yang spanduknya "Awul Pak Mu'in", mampir selagi Sekaten masih buka.
Jujur aku kaget, harga di sana masih murah banget dibanding thrift shop online. Kaos mulai 5rb, jaket paling mahal 65rb.
Tips ngawul: datang abis magrib, pas lampu udah nyala semua, dan jangan pake baju yang ribet soalnya bakal keringetan. Pak Mu'in juga terima pesanan per karung buat yang mau jual lagi di kampung.
""")

R("post", "illegal_creator_haul", "1111", """
Tiap bulan aku beli 1 karung dari supplier langganan, terus aku sortir sendiri buat lemari aku & dijual lagi sisanya 📦
Bulan ini isinya banyak outer wanita Jepang, cakep-cakep 😍
Banyak yang nanya supplier-nya: @grosirbal.jkt. Kalian bisa minta video isi sebelum bayar. Aku udah 8 bulan langganan, aman.
Swipe buat liat favorit aku bulan ini ➡️
Cara aku sortir: pertama pisahin yang cacat, terus pilih 5-10 buat aku sendiri, sisanya foto dan upload di akun jualan kecil aku. Biasanya dalam 2 minggu udah balik modal.
Kalau kalian mau aku bikin video detail soal cara milih supplier dan cara sortir, kasih tau di komen ya!
""")

R("post", "illegal_creator_haul", "1111", """
"Thrifting itu jorok" — ya makanya dicuci dulu bestie 😌
Ini haul aku dari lelong Pontianak minggu lalu: 2 jaket kulit, 1 sweater cashmere, 1 tas Coach.
Semua udah aku rendam air panas + dry clean.
Buat warga Kalbar, kedainya di Jalan Tanjungpura, mereka ada IG juga @lelong.borneo.
Cara aku nyuci: rendam air panas 30 menit, cuci pakai deterjen + cairan antiseptik, bilas dua kali, jemur di bawah matahari. Buat jaket kulit, lap pakai kain basah campur cuka, terus kasih leather conditioner.
Kedainya juga jual per karung buat yang mau buka lapak, tanya aja ke Bang Ahok yang jaga kasir.
""")

R("post", "illegal_creator_haul", "1111", """
Hunting jersey bola vintage di cabo Bitung ⚽️
Dapat jersey Jepang J-League 1998 harga 35rb, gila sih.
Om Jemmy yang punya lapak bilang karung jersey baru masuk tiap dua minggu. Dia terima pesanan lewat WA, ngana tinggal bilang mo klub apa.
Nomornya sengaja nggak aku tulis di sini, DM aku aja nanti aku kasih 🙏
Selain jersey, di lapaknya ada juga sepatu futsal, training jacket, dan syal klub. Om Jemmy bilang yang paling cepat laku itu jersey tim Eropa dan jersey timnas Jepang.
Oh iya, harga bisa lebih murah lagi kalau beli borongan, ada teman aku yang ambil 30 jersey buat dijual di Ternate.
""")

R("post", "illegal_creator_haul", "1111", """
Review jujur beli bal pertama kali buat konten 📹
Harga 8,5jt, isi 190 pcs. Yang bisa dijual lagi: 140 pcs. Yang "kepala": 22 pcs.
Untung bersih setelah dijual semua: sekitar 3,1jt.
Worth it? Buat aku iya. Supplier-nya @baltanganpertama, bilang dari channel ini dapet diskon 250rb.
Video lengkapnya di YouTube, link di bio.
Yang aku pelajari:
- Jangan tergiur harga bal murah banget, biasanya isinya sampah
- Minta video timbang sebelum bayar
- Siapin tempat luas buat sortir, satu bal itu banyak banget ternyata
- Kepala langsung upload, badan jual bundling, kaki kiloin
Next video: aku coba beli bal Jepang, bandingin sama Korea.
""")

R("post", "illegal_creator_haul", "1111", """
Mini haul kemeja kerja buat magang 👔
Lima kemeja, total 125rb. Semuanya dari Jepang, jahitannya rapi banget, ada yang masih ada nama laundry-nya di kerah wkwk.
Belinya di lapak online @kemeja.karungan, mereka spesialis kemeja pria dari bal.
Kalau kalian fresh graduate, coba deh, lumayan hemat.
Tips: cek bagian ketiak dan kerah sebelum beli, biasanya noda kuning di situ. Kalau ada noda, rendam pakai baking soda + cuka semalaman, biasanya hilang.
Mereka juga jual per kodi kalau kalian mau beli bareng temen seangkatan, lebih murah lagi.
""")

R("post", "illegal_creator_haul", "1111", """
Gimana caranya dapet mantel wol cuma 90rb? 🧥
Jawabannya: datang pas bal baru dibuka. Aku ikut open bal di gudang @bal.eropa.sby hari Minggu jam 7 pagi, antrinya udah panjang tapi worth it.
Dapet mantel wol Zara, blazer Massimo Dutti, sama syal kasmir.
Mereka umumin jadwal open bal di story, pantengin ya!
Suasana open bal itu kayak rebutan diskon Black Friday versi lokal 😂 Begitu karung dibuka, orang langsung nyerbu. Ada yang bawa kantong plastik gede, ada yang bawa koper.
Tips: tentuin target dulu, misal "hari ini cari outer", biar nggak kalap. Dan jangan lupa sarapan.
""")

# ---------- illegal: evasive spellings ----------
R("listing", "illegal_evasive_spelling", "1111", """
r3ady b4l k0r3a 🇰🇷
isi 180pcs camp, gr4de A
h4rga 8,9jt nego tipis
kirim se-indo, ongk1r tgg pembeli
dm ya kak, j4ngan koment harga
b4l d4ri gud4ng imp0rtir langsung, s3gel masih utuh
bisa vid3o call s3belum tr4nsfer
sl0t t3rbatas, s1apa c3pat d1a dapat
""")

R("listing", "illegal_evasive_spelling", "1111", """
B.a.l J.e.p.a.n.g masuk lagi
isi j.a.k.e.t & s.w.e.a.t.e.r
harga? d.m aja 🤫
siap kirim dari gudang Bekasi
k.e.p.a.l.a banyak, minus dikit
bisa 1/2 b.a.l buat yang modal tipis
jangan ketik kata-kata yang bikin postingan ke-take down ya 🙏
""")

R("post", "illegal_evasive_spelling", "1111", """
Sekarung "baju amal" 😉 dari negeri sakura baru sampe
Isinya kemeja & kaos, kondisi pernah dipakai tapi masih bagus
Kalau mau "berdonasi" 1,5jt, karungnya aku kirim ke rumahmu
Yang ngerti ngerti aja ya
""")

R("listing", "illegal_evasive_spelling", "1111", """
th rift imp ort ready 🔥
k a r u n g a n j a k e t
1 k a r u n g = 65 pcs
h r g 4,2 j t
lokasi Tangerang
b a r a n g d a r i k o r e a
b i s a v c s e b e l u m b a y a r
d m a j a y a k a k 🙏
""")

R("listing", "illegal_evasive_spelling", "1111", """
#thriftimportmurah #balkoreamurah #karunganjepang #bongkarbalmalamini
Ready lagi nih, campur jaket, kemeja, dress
Harga per karung cek katalog
Ecer juga bisa mulai 25rb
#thriftshopindonesia #preloved #secondimport #baljepang
Live bongkar bal tiap malam jam 8, link di bio.
Reseller welcome 🤝
""")

R("listing", "illegal_evasive_spelling", "1111", """
P B 1 m p 0 r (pakbek, ngerti kan 😏)
Kemeja & celana per k0di
1 k0di 380rb
Second 0ri dari luar, bukan lokal
Chat admin aja ya
Ada juga per k4rung (isi 80-100 pcs)
Bisa kirim ke luar pulau, packing rapat
Jangan komen di kolom publik ya, langsung chat biar akun aman
""")

R("listing", "illegal_evasive_spelling", "1111", """
Bаl Jерang grаde А 🇯🇵
Іsі 150 рcs јaket & coat
Нarga 12jt
Ѕiap kirim dаri Batam
Ѕegel mаsih utuh, bеlum dіbuka
Рembayaran DР 50% dulu
Вisa vіdeo cаll sеbelum kіrim
Ѕlot tіnggal 2
""")

R("post", "illegal_evasive_spelling", "1111", """
Barang "b*kas luar" masuk lagi, yang biasa langganan pasti paham 🤭
Jaket, celana, tas, sepatu.
Harga ecer 30-100rb, grosir per k*rung.
Jangan tulis kata-kata aneh di komen ya, langsung DM aja biar aman.
""")

R("listing", "illegal_evasive_spelling", "1111", """
b🅰️l k🅾️re🅰️ re🅰️dy
isi k🅰️os & kemej🅰️ w🅰️nit🅰️
200 pcs, 8,5jt
kirim se-Jawa 3 hari
b🅰️ny🅰️k merk Jep🅰️ng & Kore🅰️
bis🅰️ 1/2 b🅰️l
DM untuk det🅰️il, j🅰️ng🅰️n komen h🅰️rg🅰️ di sini 🙏
""")

R("listing", "illegal_evasive_spelling", "1111", """
Ready "bahan sandang ex-luar" per ball 📦
Keterangan: pakaian layak pakai, pernah dipakai pemilik sebelumnya
Asal: Korea
Isi: ±190 lembar
Harga: 8,8jt
Bisa video call cek isi karung
Catatan: kami tidak menjual per satuan, hanya per ball.
Pengiriman pakai ekspedisi kargo, ditulis "bahan kain".
Pembayaran lunas sebelum kirim.
""")

R("listing", "illegal_evasive_spelling", "1111", """
Preloved imp0rt per g0ni 🎒
Ransel, tas selempang, waist bag
Rata2 kondisi 80%
1 g0ni isi 40 tas, 3,3jt
COD Jakarta Timur
Merk camp: Anello, Jansport, North Face, Herschel, ada juga yang tanpa merk
Tidak bisa pilih, isi g0ni random
Bisa ambil setengah g0ni 1,8jt
""")

R("post", "illegal_evasive_spelling", "1111", """
Yang nanya "b-a-l" udah ada belum: udah ya beb 🥰
Jenis: J-K-T (jaket), K-M-J (kemeja), C-L-N (celana)
Asal: K-R-A (you know lah)
Harga masing-masing beda, japri aja
Harga J-K-T paling mahal karena isinya kebanyakan outer tebal.
Slot minggu ini tinggal 3, yang minat langsung chat.
Jangan tanya di komen, nanti postingan aku dihapus lagi 😭
""")

R("listing", "illegal_evasive_spelling", "1111", """
SECON IMPORT PERKARUNG!!!
BAJU2 LUAR NEGRI KUALITAS BAGUS
ISI CAMPUR JAKET KAOS KEMEJA
HRG 1 KRG 1JT8
SMS/WA 0815xxxx
ADA JUGA PERKILO 40RB
BARANG BAGUS2 MASIH LAYAK PAKE
BISA KIRIM KELUAR KOTA
HUB PAK YANTO
""")

R("listing", "illegal_evasive_spelling", "1111", """
𝗕𝗔𝗟 𝗝𝗘𝗣𝗔𝗡𝗚 𝗥𝗘𝗔𝗗𝗬
𝘐𝘴𝘪 𝘫𝘢𝘬𝘦𝘵 𝘰𝘶𝘵𝘥𝘰𝘰𝘳 ±90 𝘱𝘤𝘴
𝘏𝘢𝘳𝘨𝘢 13𝘫𝘵
𝘒𝘪𝘳𝘪𝘮 𝘥𝘢𝘳𝘪 𝘉𝘢𝘯𝘥𝘶𝘯𝘨
𝘉𝘢𝘯𝘺𝘢𝘬 𝘮𝘦𝘳𝘬 𝘰𝘶𝘵𝘥𝘰𝘰𝘳: 𝘔𝘰𝘯𝘵-𝘣𝘦𝘭𝘭, 𝘛𝘩𝘦 𝘕𝘰𝘳𝘵𝘩 𝘍𝘢𝘤𝘦, 𝘊𝘰𝘭𝘶𝘮𝘣𝘪𝘢
𝘚𝘦𝘨𝘦𝘭 𝘮𝘢𝘴𝘪𝘩 𝘶𝘵𝘶𝘩
𝘋𝘔 𝘶𝘯𝘵𝘶𝘬 𝘣𝘰𝘰𝘬𝘪𝘯𝘨 🙏
""")

R("listing", "illegal_evasive_spelling", "1111", """
ready "kain perca" sekarung 😌 (isinya kaos & kemeja utuh, bekas pakai, dari luar)
kalau ditanya kurir bilang kain perca ya kak
1 karung 60 pcs, 1,9jt
kirim pake kargo
barang dari bal korea yang udah kami pecah jadi karung kecil
bisa ambil 2 karung 3,6jt
pembayaran transfer, no cod
""")

R("listing", "illegal_evasive_spelling", "1111", """
m0nz4 0nline 🛒
j4ket, k3meja, cel4na
h4rga m4sih s4ma kaya di p4sar
k1rim d4ri M3dan
g0ni ut0h juga ad4, tany4 admin
pembay4ran tr4nsfer atau C0D Medan
j4ngan k0men h4rga di sini ya b0s
""")

R("listing", "illegal_evasive_spelling", "1111", """
Thrlft bаle korеa (baca: bal)
Іsі 200 рcs
Мurаh, lаngsung dаri gudаng
DM ya
Ιsі саmpur kаos, kеmeja, drеss
Нarga 8,7јt
Βisa 1/2 bаle
Кirіm sе-Indоnesia
""")

R("post", "illegal_evasive_spelling", "1111", """
"barang titipan saudara dari Malay" 😉 sekarung lagi ya kak
isi jaket & kemeja bekas, bagus-bagus
ambil semua 2jt, ecer 35rb
wa 0819xxxx, jangan telp
karung sebelumnya habis dalam sehari, jadi jangan kelamaan mikir
bisa COD di sekitar Dumai
yang serius aja, no PHP
""")

R("listing", "illegal_evasive_spelling", "1111", """
#thr1ftjepang #b4lmurah #karung4n #sek3nluar
jual per bal & per kodi
update stok tiap senin
klik link di bio buat katalog
stok minggu ini: b4l jaket 2, b4l kemeja 3, b4l c4mpur 5
harga sudah turun dikit dari minggu lalu
reseller dapet harga khusus mulai 2 b4l
""")

R("listing", "illegal_evasive_spelling", "1111", """
C@K@R K@RUNG@N
b@ju & cel@n@ second d@ri luar
1 karung 2,4jt
lokasi Mks, kirim ke daerah
@d@ k@rung j@ket, kemej@, d@n b@ju @n@k
bis@ @mbil set@ngah k@rung
k@b@ri duluan seb@lum d@t@ng ke gud@ng
""")

# ---------- illegal: WhatsApp broadcasts ----------
R("message", "illegal_whatsapp_broadcast", "1111", """
*INFO STOK GUDANG* 📦
Update Senin, 09.00 WIB

*Bal Korea*
• Campur wanita (±200 pcs) — 8,7jt — sisa 3
• Kemeja pria (±170 pcs) — 8,2jt — sisa 1
*Bal Jepang*
• Jaket outdoor (±90 pcs) — 13,5jt — sisa 2
• Campur anak (±350 pcs) — 7,9jt — sisa 4

Pembayaran: DP 50% untuk booking, pelunasan sebelum kirim.
Pengiriman: ekspedisi langganan atau ambil di gudang.
Balas pesan ini dengan *KODE + JUMLAH* untuk pesan.
_Pesan ini dikirim ke pelanggan terdaftar. Balas STOP untuk berhenti._
Catatan: stok bisa berubah sewaktu-waktu karena pelanggan lain juga sedang memesan. Bal yang sudah dibooking tetapi belum dilunasi dalam 3 hari akan kami lepas ke antrian berikutnya.
Untuk pelanggan baru, mohon kirim nama toko dan alamat lengkap saat memesan.
""")

R("message", "illegal_whatsapp_broadcast", "1111", """
Assalamualaikum wr wb 🙏
Bapak/Ibu pelanggan setia, alhamdulillah kapal sudah sandar, barang dari seberang masuk gudang tadi malam.
Tersedia:
- Karung campur dewasa 2,7jt
- Karung celana jeans 3,1jt
- Karung baju anak 2,4jt
Yang sudah DP mohon pelunasan paling lambat Jumat.
Terima kasih atas kepercayaannya. Wassalam.
— Hj. Maryam, Nunukan
Untuk pengiriman ke Parepare dan Makassar ikut kapal hari Rabu. Bapak/Ibu di Tarakan dan Berau bisa ambil langsung di gudang atau kami titipkan lewat speedboat langganan.
Mohon maaf kalau harga karung naik sedikit dibanding bulan lalu, ongkos di seberang juga naik.
""")

R("message", "illegal_whatsapp_broadcast", "1111", """
🔥🔥 BROADCAST PROMO 🔥🔥
Khusus hari ini:
BELI 2 BAL GRATIS ONGKIR SE-JAWA!!
Bal tersedia: Korea campur, Jepang jaket, USA crewneck
Stok terbatas, yang transfer duluan yang dapet
Balas "MAU" sekarang juga
⏰ Promo berakhir jam 23.59
Syarat promo:
1. Berlaku untuk pengiriman ke Pulau Jawa saja
2. Pembayaran lunas hari ini
3. Tidak bisa digabung dengan voucher lain
Untuk luar Jawa, diskon ongkir 50% tetap berlaku.
Terima kasih sudah jadi pelanggan kami 🙏
""")

R("message", "illegal_whatsapp_broadcast", "1111", """
Selamat sore rekan-rekan pedagang Pasar Senggol & Pasar Pagi 🙏
Minggu ini kami dapat barang bagus dari Johor, jaket-jaket tebal, cocok buat musim hujan.
Harga per goni 2,9jt (isi ±70 pcs). Setengah goni 1,5jt.
Antar gratis untuk wilayah kota Tanjungbalai, luar kota tambah ongkos truk.
Pesan balas pesan ini saja.
Selain jaket, ada juga goni celana jeans dan goni kemeja kerja, harga sama. Goni dari Johor biasanya isinya lebih bersih dan jarang yang robek.
Pesanan ditutup hari Kamis, truk berangkat Jumat subuh.
""")

R("message", "illegal_whatsapp_broadcast", "1111", """
📣 *JADWAL BUKA BAL BULAN INI* 📣
Sabtu 1: Bal kemeja Jepang
Sabtu 2: Bal dress Korea
Sabtu 3: Bal jaket USA
Sabtu 4: Bal sepatu Thailand
Lokasi: gudang kami, Jl. Raya Bogor km 2x (lihat maps di bio)
Jam 07.00 - selesai
Pengunjung wajib bawa kantong sendiri ♻️
Info lanjutan di grup, link undangan balas "GRUP".
Aturan open bal:
- Antri sesuai nomor yang dibagikan jam 06.30
- Tiap orang maksimal ambil 15 item di putaran pertama
- Pembayaran tunai atau QRIS
- Barang yang sudah dibayar tidak bisa ditukar
Sampai jumpa di gudang!
""")

R("message", "illegal_whatsapp_broadcast", "1111", """
Kak, lanjutan chat kemarin ya 😊
Ini daftar karung cakar yang ready:
1. Karung kemeja wanita — 2,3jt
2. Karung rok & celana — 2,1jt
3. Karung baju pesta — 3jt (banyak payet)
4. Karung tas — 2,8jt
Semua karung segel dari Parepare, belum dibuka.
Kalau mau, saya bisa kirim foto karung + berat timbangannya.
Untuk pengiriman ke Kendari dan Baubau kami pakai kapal Pelni, ongkos dihitung per karung.
Kalau kakak ambil 3 karung atau lebih, saya kasih potongan 100rb per karung.
Ditunggu kabarnya ya kak 🙏
""")

R("message", "illegal_whatsapp_broadcast", "1111", """
*[BROADCAST KHUSUS MEMBER VIP]*
Hai member VIP 💎
Sebelum dibuka untuk umum, kami tawarkan dulu ke kalian:
3 bal Jepang 'high grade' (isi banyak brand: Beams, Journal Standard, Comme Ca)
Harga member 14,5jt (umum 16jt)
Booking berlaku 24 jam sejak pesan ini dikirim.
Balas *VIP-BOOK* + jumlah bal.
Member VIP juga berhak request video unboxing tanpa potong untuk setiap bal yang dibeli. Kalau ada item rusak di atas 20%, kami ganti dengan kredit belanja.
Terima kasih sudah jadi bagian dari keluarga kami 💛
""")

R("message", "illegal_whatsapp_broadcast", "1111", """
Salam sejahtera 🙏
Buat ibu-ibu jemaat yang kemarin tanya, barang monza untuk persiapan Natal sudah datang.
Kemeja batik, jas, dress, sepatu anak.
Bisa lihat langsung di rumah, Jl. Sisingamangaraja gang 4.
Bisa ambil per lusin atau satu goni untuk dijual lagi.
Tuhan memberkati.
Untuk yang dari Tarutung, Balige, dan Siborong-borong, bisa dititipkan ke bus Sampri atau KBT, ongkos kirim ditanggung pembeli.
Harga per lusin kemeja 420rb, jas 900rb.
Sampai jumpa di kebaktian Minggu 🙏
""")

R("message", "illegal_whatsapp_broadcast", "1111", """
UPDATE HARGA BAL (berlaku mulai hari ini)
Karena kiriman makin susah, harga naik sedikit ya:
Korea campur: 8,5 → 9,3jt
Jepang campur: 13 → 14,2jt
Balan pendek: 3,5 → 4jt
Yang sudah DP sebelum hari ini tetap pakai harga lama.
Mohon pengertiannya 🙏
Kenaikan ini karena jalur kiriman lagi diperketat, kapal sering tertahan dan ongkos angkut naik.
Kami tetap usahakan kualitas isi bal sama seperti biasa.
Kalau ada pertanyaan silakan chat, admin standby sampai jam 10 malam.
""")

R("message", "illegal_whatsapp_broadcast", "1111", """
Pagi juragan-juragan lapak! ☀️
Gudang kami di Cakung baru terima 20 bal, campur Korea-HK.
Buat yang mau cek isi, datang hari ini sampai jam 3 sore, boleh pilih bal (nggak boleh buka ya 😄).
Yang nggak bisa datang, kami kirimkan video timbangan & bau-nya juga wkwk.
Harga mulai 7,9jt.
Bal yang tersedia hari ini:
- 8 bal campur Korea
- 6 bal jaket HK
- 4 bal celana jeans
- 2 bal sepatu
Parkir mobil bak di belakang gudang, ada kuli angkut yang bisa bantu naikkan bal.
""")

R("message", "illegal_whatsapp_broadcast", "1111", """
Pemberitahuan ke pelanggan: nomor lama sudah tidak aktif, simpan nomor baru ini ya 🙏
Kami tetap jual bal seperti biasa: Korea, Jepang, Taiwan, USA.
Katalog & harga terbaru ada di status.
Pengiriman tetap dari gudang Tangerang.
Terima kasih sudah setia belanja.
Kalau ada yang menghubungi atas nama kami dari nomor lain dan minta transfer ke rekening pribadi, itu bukan kami. Rekening kami tetap atas nama toko.
Pelanggan yang masih punya DP di nomor lama, silakan kirim bukti transfer ke nomor ini, akan kami proses.
""")

# ---------- illegal: seller bios ----------
R("profile", "illegal_seller_bio", "1111", """
🧥 Jaket & Outer Second Impor
📦 Supplier bal Korea/Jepang sejak 2017
🚚 Kirim seluruh Indonesia | Grosir & ecer
🔴 Live bongkar bal tiap Rabu & Sabtu 20.00
📍 Gudang: Bekasi Timur
👇 Katalog & order
⭐ 4.9 dari 3.200+ ulasan
💬 Fast respon 08.00-22.00
🤝 Reseller & dropship welcome
""")

R("profile", "illegal_seller_bio", "1111", """
CAKAR ANDI 🛍️
Pedagang cakar karungan | Pasar Terong Mks
Karung mentah & sortiran
Kirim ke seluruh Sulawesi
Senin-Sabtu 07.00-17.00
Spesialis karung jaket & kemeja
Terima pesanan dari Kendari, Palu, Gorontalo
Tanya harga karung via DM
""")

R("profile", "illegal_seller_bio", "1111", """
Monza Jaya Abadi
Penyalur goni langsung Tanjungbalai
Grosir only (min 1 goni)
📞 admin via WA di bawah
Melayani pedagang sejak 2009
Goni kemeja, goni jeans, goni jaket, goni campur
Kirim ke seluruh Sumut & Aceh pakai truk sendiri
Gudang Jl. Sei Kera, Medan
""")

R("profile", "illegal_seller_bio", "1111", """
✨ thrift pilihan, vibes vintage ✨
📦 dari bal jepang & usa, dicuci sebelum kirim
🎥 live buka bal tiap malam jumat
💌 no cancel, no ghosting
📍 jogja | awul kurasi
🧺 ecer & 1/4 bal buat reseller
📮 kirim tiap senin & kamis
🔗 katalog & jadwal live di link
""")

R("profile", "illegal_seller_bio", "1111", """
Lelong Borneo 🌴
Sepatu, tas, jaket ex Malaysia & Singapura
Kedai: Jl. Tanjungpura, Pontianak
Online: kirim se-Kalbar & Jawa
Grosir karung tersedia
Barang baru masuk tiap dua minggu dari seberang
Buka setiap hari 09.00-18.00, Minggu setengah hari
Tanya stok dulu via WA
""")

R("profile", "illegal_seller_bio", "1111", """
BALPATUNGAN.ID 🤝
Beli bal rame-rame, bagi rata di depan kamera
1/4 | 1/2 | full bal
Korea • Jepang • USA
Slot dibuka tiap Senin
Isi bal dibagi acak, adil, disaksikan live
Pengiriman dari gudang Bekasi
2.000+ peserta patungan sejak 2022
""")

R("profile", "illegal_seller_bio", "1111", """
Toko Cabo Om Ferry 🏪
Cakar bongkar langsung dari karung
Pasar Bersehati, Manado
Ecer & borongan, kirim ke pulau-pulau
Karung baru masuk tiap akhir bulan
Terima pesanan dari Sangihe, Talaud, Ternate
Tanya-tanya jo di DM
""")

R("profile", "illegal_seller_bio", "1111", """
Senen Finds 🔎
Kios lt.2 Blok III sejak 2012
Jaket • Crewneck • Denim
Ready stock dari bal baru tiap minggu
Jastip & grosir kodian ✔️
📦 Kirim seluruh Indonesia
🎥 Video call sebelum beli boleh
🕘 Kios buka 09.00-17.00, Senin libur
""")

R("profile", "illegal_seller_bio", "1111", """
👟 sepatu.karung.bkk
Sepatu second Thailand per pasang & per karung
Sol 70-95% | Foto asli
Resi H+1 | COD Jabodetabek
Restock awal bulan
Karung isi 30 pasang buat reseller
Semua sudah dicuci & disinfektan
Tanya size via DM, no komen
""")

R("profile", "illegal_seller_bio", "1111", """
Grosir Baju Batam 🚢
Pakaian second luar negeri per kilo / per bal
Kirim dari Batam ke seluruh Indonesia
Jam operasional 08.00-20.00
Bukan barang lokal, bukan KW
Bal Korea, bal Jepang, bal campur
Reseller & pedagang pasar dilayani
Pembayaran transfer, ambil di gudang Batu Aji juga bisa
""")
