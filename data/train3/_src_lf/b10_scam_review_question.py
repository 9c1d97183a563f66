from common import R
RECORDS = [
# ---- scam warnings (12)
R("post", "legal_scam_warning", "0111", """
⚠️ WASPADA PENIPUAN "BAL MURAH" ⚠️
Modusnya begini: akun baru, foto gudang penuh bal (fotonya nyomot dari berita razia Bea Cukai 🤦), harga bal Korea cuma 3 juta padahal pasaran 8-9 juta.
Korban diminta transfer DP 50%, lalu "ongkir ekspedisi tertutup", lalu "biaya pengawalan biar aman dari razia". Setelah itu nomor diblokir.
Teman saya di Palembang rugi 6,2 juta.
Ingat: selain rawan penipuan, jual beli bal pakaian bekas impor itu sendiri ilegal. Nggak ada pihak yang bisa kalian laporkan dengan tenang kalau kena tipu.
Jangan tergiur. Share biar nggak ada korban lagi.
Ciri-ciri akun penipu yang kami rangkum dari para korban:
- akun baru, follower dibeli, komentar dimatikan
- minta transfer ke rekening pribadi yang namanya beda dengan nama toko
- selalu buru-buru ("stok tinggal 1 bal", "kapal berangkat besok")
"""),
R("message", "legal_scam_warning", "0111", """
*INFO PENTING GRUP PEDAGANG PASAR* 🙏
Bapak ibu, ada orang yang menghubungi beberapa anggota mengaku "agen resmi bal dari pelabuhan Dumai", menawarkan karungan murah 2 juta per karung dengan syarat transfer dulu.
Sudah 3 anggota grup yang jadi korban, totalnya 14 juta lebih.
Nomor yang dipakai berganti-ganti, foto profil pakai gambar truk kontainer.
Jangan percaya, jangan transfer. Kalau ada yang menghubungi, screenshot dan kirim ke admin.
Dan sekadar mengingatkan, dagangan karungan impor itu memang barang terlarang, jadi risikonya dobel.
Buat yang sudah jadi korban, kumpulkan bukti chat dan transfer, nanti kita lapor bersama-sama ke kantor polisi dan bank.
Admin juga sudah minta koperasi pasar buat bikin sosialisasi.
"""),
R("post", "legal_scam_warning", "0111", """
Kisah pahit: aku kena tipu "reseller bal" 😞
Jadi aku ikut program "reseller tanpa modal" yang katanya jual baju bekas Jepang. Di awal lancar, 3 orderan dikirim.
Terus admin bilang: "Kak, biar bisa ambil harga agen, wajib deposit 2 juta, bisa ditarik kapan aja."
Aku deposit. Seminggu kemudian grup bubar, admin hilang.
Setelah cari tahu, ternyata banyak korban dengan pola sama. Dan aku baru sadar barang yang aku jual itu impor bekas yang dilarang.
Pelajaran buat aku: kalau terlalu manis, pasti ada yang nggak beres.
Aku juga sempat ditawari jadi "leader" kalau bisa ngajak 5 orang deposit. Untung aku nggak mau.
Sekarang aku fokus jualan kue kering, kecil-kecilan tapi jelas.
Kalau kalian ditawari program serupa, tolong hati-hati.
"""),
R("post", "legal_scam_warning", "0111", """
🚨 Modus baru: "karung misteri isi barang branded"
Ada akun yang jual "karung misteri" 250rb, katanya isi 5 pakaian branded bekas impor (Uniqlo, Zara, Nike).
Yang datang: 5 kaos lusuh tanpa merek, satu bahkan robek besar.
Waktu komplain, jawabannya "namanya juga misteri kak".
Ini bukan cuma soal rugi 250rb, tapi penjual kayak gini sengaja main di area abu-abu karena tahu pembeli nggak berani lapor barang ilegal.
Jangan beli, cukup aku aja yang rugi.
"""),
R("post", "legal_scam_warning", "0111", """
Hati-hati kalau dapat chat begini 👇
"Halo kak, saya supplier ballpress dari Batam. Ada 3 bal Jepang nyangkut di gudang karena pemilik sebelumnya batal. Saya lepas 4 juta per bal, harus cepat karena gudang mau dipindah."
Polanya: mendesak, harga jauh di bawah pasar, minta transfer ke rekening atas nama pribadi yang beda dengan nama akun.
Itu penipuan. Dan ingat, ballpress itu barang selundupan, jadi penipunya tahu korban akan malu melapor.
Tolong sebarkan ke grup keluarga juga.
"""),
R("post", "legal_scam_warning", "0111", """
Peringatan dari komunitas pedagang kecil Gedebage:
Ada oknum yang datang ke lapak-lapak mengaku petugas dan minta "uang koordinasi" supaya lapak aman dari razia barang bekas impor. Nominalnya 500rb-2 juta.
Petugas resmi tidak pernah minta uang seperti itu.
Kami paham banyak teman pedagang cemas dengan penertiban pakaian bekas impor, tapi jangan jadi korban pemerasan.
Laporkan ke pengelola pasar atau ke kantor polisi terdekat.
"""),
R("post", "legal_scam_warning", "0111", """
Thread pengalaman beli "bal Korea grade A" online yang ternyata zonk 🧵
Aku beli 1 balan pendek dari toko di marketplace, di foto kelihatan rapi, katanya 85% layak jual.
Pas dateng: isinya 60% kaos pudar, 20% robek, sisanya celana training bau apek.
Toko langsung tutup akun 3 hari kemudian.
Aku nggak bisa klaim ke marketplace karena barangnya memang kategori terlarang.
Jadi tolong, jangan tergiur "modal kecil untung besar" dari bal. Risiko hukumnya ada, risiko ditipu juga besar.
Buat yang nanya nama tokonya: aku nggak mau sebut di sini karena sudah ganti nama 3 kali. Intinya, hati-hati dengan toko baru yang cuma jual "bal" dengan foto gudang dari internet.
Aku juga sudah lapor ke platform, tapi responnya lambat.
"""),
R("message", "legal_scam_warning", "0111", """
Pesan berantai 🔁 dari Koperasi Pedagang Pasar Sentral:
Anggota dimohon waspada terhadap pesan WhatsApp yang mengatasnamakan koperasi dan menawarkan "program pengadaan karung cakar bersubsidi" dengan setoran awal 1,5 juta.
Koperasi tidak pernah mengadakan program tersebut.
Koperasi juga tidak terlibat dalam perdagangan pakaian bekas impor dalam bentuk apa pun.
Apabila menerima pesan serupa, mohon tidak ditanggapi dan dilaporkan ke pengurus.
"""),
R("post", "legal_scam_warning", "0111", """
Bahaya "kelas bisnis thrift" abal-abal 🎓❌
Banyak iklan kelas online yang janji "omzet 50 juta sebulan dari jualan bal". Bayar 149rb-1 juta, isinya cuma video template dan "daftar supplier".
Supplier-nya? Nomor-nomor penjual bal yang sebagian menipu, sebagian lagi memang penyelundup.
Kalian bukan cuma bayar kelas tanpa isi, tapi juga digiring masuk ke bisnis pakaian bekas impor yang dilarang.
Kalau mau belajar jualan online, banyak kelas gratis dari dinas koperasi yang jauh lebih jelas.
Kalau masih penasaran, cek dulu siapa mentornya, minta bukti usaha nyata, dan jangan pernah transfer ke rekening pribadi tanpa kontrak.
Dan ingat, bisnis yang diajarkan itu sendiri melanggar larangan impor.
"""),
R("post", "legal_scam_warning", "0111", """
Ibu-ibu di Nunukan, Tarakan, Tawau 🙏 hati-hati nah.
Ada yang tawarkan "titip karung roma lewat kapal, bayar separuh dulu", lalu barang tak pernah sampai, alasannya "kena tahan di pelabuhan".
Sudah ada 5 orang yang kena di kampung kami.
Jangan percaya janji barang lewat jalur begitu. Selain dilarang, kalau hilang atau ditipu tak ada yang bisa tanggung.
"""),
R("post", "legal_scam_warning", "0111", """
Klarifikasi: akun @gudangbal.resmi.id BUKAN milik kami.
Kami toko pakaian baru di Bandung yang sering dicatut fotonya. Akun palsu itu memakai foto toko kami lalu menawarkan "bal Jepang 5 juta" dan meminta transfer.
Kami tidak pernah menjual bal, karungan, atau pakaian bekas impor.
Jika sudah menjadi korban, silakan laporkan akun tersebut dan lapor ke bank untuk pemblokiran rekening.
Mohon bantu sebarkan 🙏
"""),
R("post", "legal_scam_warning", "0111", """
PSA buat pedagang pemula 📌
"Jasa pengiriman bal aman tanpa razia" itu nggak ada.
Kami sering lihat iklan ekspedisi yang menjanjikan "karungan dari Batam sampai Jakarta dijamin lolos". Ujungnya: barang ditahan, biaya tebusan diminta, atau pengirim kabur.
Kalau dipikir, siapa pun yang menjanjikan lolos dari pemeriksaan itu sudah mengaku terlibat penyelundupan.
Jangan mau.
"""),
# ---- buyer reviews of a bale (14)
R("review", "legal_buyer_review_bale", "0111", """
⭐⭐ Ulasan pembelian 1 bal "Korea mix grade A"
Saya beli untuk coba buka lapak di depan rumah. Harga 8,7 juta termasuk ongkir ke Cirebon.
Isi setelah disortir:
- Layak jual bagus: ±140 potong
- Layak tapi minus (noda, pudar): ±190 potong
- Rusak/sampah: ±120 potong
Jadi "grade A" itu jauh dari kenyataan. Bau apek kuat, harus dicuci dua kali, ongkos laundry saja hampir 600rb.
Modal balik tapi untungnya tipis sekali, dan capeknya luar biasa.
Saya tidak akan beli lagi dan tidak merekomendasikan penjualnya.
Satu catatan lagi: waktu saya tanya kenapa isinya jauh dari foto, penjual menjawab "bal itu acak bu, namanya juga barang luar".
Sisa yang tidak laku saya jadikan lap dan sebagian saya berikan ke tetangga.
"""),
R("review", "legal_buyer_review_bale", "0111", """
Review jujur: bongkar bal Jepang pertamaku 😵
Harga 13,5 jt, katanya isi coat dan knit.
Realita: coat-nya banyak, tapi setengahnya ada noda jamur di lapisan dalam, mungkin kena lembap di kapal.
Knit-nya banyak yang berbulu dan melar.
Yang beneran bagus mungkin 70-80 potong dari sekitar 300.
Aku rugi sekitar 4 juta setelah hitung ongkos cuci dan tenaga.
Nggak lagi-lagi. Dan setelah baca aturan, aku juga baru ngeh ini semua barang terlarang.
"""),
R("review", "legal_buyer_review_bale", "0111", """
Ulasan netral soal "balan pendek" yang saya beli bulan lalu.
Isi ±200 pcs kemeja wanita, harga 4,3 jt.
Kondisi: 55% bagus, 30% perlu dicuci/disetrika serius, 15% tidak layak.
Penjual jujur soal isi, fotonya sesuai.
Tapi saya memutuskan tidak melanjutkan usaha ini karena tetangga mengingatkan soal larangan impor pakaian bekas dan razia di pasar kami.
Sisa stok saya sumbangkan ke panti.
"""),
R("review", "legal_buyer_review_bale", "0111", """
⭐ Bintang satu. Beli "karung jaket ex Tawau" 3,4 jt.
Dijanjikan 60 jaket tebal layak jual. Datang: 38 jaket, 11 di antaranya resleting rusak, sisanya kaos tipis buat nambahin berat.
Penjual cuma bilang "isi karung memang acak kak".
Kapok. Nggak usah coba-coba kalian.
"""),
R("review", "legal_buyer_review_bale", "0111", """
Catatan pribadi setelah 6 bulan jualan dari bal (sudah berhenti) 📓
Total beli: 5 bal (3 Korea, 2 Jepang), modal ±52 juta.
Total penjualan: ±61 juta. Kelihatannya untung 9 juta.
Tapi belum dihitung: sewa kios 6 bulan (9 juta), laundry (3 juta), plastik & hanger (1,2 juta), tenaga sendiri yang tiap hari sortir sampai malam.
Hasil bersih: nyaris nol.
Ditambah was-was tiap ada kabar razia di Pasar Senen.
Saya tulis ini bukan buat menjelekkan siapa-siapa, cuma biar yang mau mulai tahu realitanya.
Dan satu lagi: stok yang numpuk di rumah bikin istri saya alergi debu. Sekarang saya jualan sembako saja.
"""),
R("review", "legal_buyer_review_bale", "0111", """
Review beli sepatu per bal (asal Thailand) – ⭐⭐
Isi 84 pasang, bukan 100 seperti yang dijanjikan.
Sekitar 30 pasang sol-nya sudah getas, begitu ditekuk langsung retak.
Ukuran kebanyakan kecil (37-39), susah dijual ke pembeli cowok.
Beberapa pasang bagus sekali (running shoes merek besar), tapi tidak cukup menutup kerugian.
Tidak saya rekomendasikan.
"""),
R("review", "legal_buyer_review_bale", "0111", """
Ulasan: ikut "patungan bal" di grup FB 🤝❌
Lima orang patungan 2 juta-an buat 1 bal Jepang. Koordinatornya yang ambil barang dan bagi isi.
Pembagiannya nggak adil, yang bagus-bagus diambil koordinator duluan, kami dapat sisa.
Waktu protes, jawabannya "itu risiko patungan".
Pengalaman buruk. Dan karena barangnya barang terlarang, kami nggak bisa menuntut ke mana-mana.
"""),
R("review", "legal_buyer_review_bale", "0111", """
Beli karungan cakar 2,5 juta dari agen di Parepare, kirim ke Mamuju 📦
Isinya lumayan ji, banyak kemeja dan celana kain. Tapi bau sekali, dan ada beberapa baju yang ada bercak seperti darah kering 😷
Saya buang semua yang mencurigakan.
Setelah dihitung, cuma setengah yang bisa dijual.
Saya tidak mau ulang lagi, lebih baik jualan baju baru dari Makassar saja walau untungnya kecil.
"""),
R("review", "legal_buyer_review_bale", "0111", """
Rating untuk "paket starter reseller 12 kg thrift impor" ⭐⭐⭐ (netral)
Dapat 47 potong, kebanyakan kaos dan kemeja.
Kualitas campur, sekitar 25 potong bagus.
Hanger dan banner kecil dikirim sesuai janji.
Penjual responsif.
Tapi saya baru tahu setelah beli bahwa menjual barang seperti ini melanggar aturan impor, jadi saya tidak meneruskan. Review ini sekadar informasi bagi yang penasaran isinya.
"""),
R("review", "legal_buyer_review_bale", "0111", """
Pengalaman ambil 1 goni monza dari kawan di Tanjungbalai, lae 😤
Goni 2,8 juta, katanya isi jaket kulit dan flanel.
Jaket kulitnya ada 9, itu pun 4 kulitnya pecah-pecah. Flanel banyak, tapi kebanyakan ukuran kecil.
Kawan itu sekarang susah dihubungi.
Kalian jangan gampang percaya, walaupun kawan sendiri.
"""),
R("review", "legal_buyer_review_bale", "0111", """
Review: beli 10 kg "kiloan Korea kids" buat jualan lebaran.
Harga 120rb/kg, total 1,2 juta.
Isi sekitar 70 potong baju anak. Kondisi lumayan, tapi banyak yang ukurannya nggak ketahuan karena labelnya bahasa Korea dan sudah pudar.
Laku sekitar 40 potong. Sisanya aku kasih ke tetangga.
Biasa aja, nggak rugi banyak, nggak untung juga. Nggak bakal ulang.
"""),
R("review", "legal_buyer_review_bale", "0111", """
⭐⭐ Review pembelian dari live "buka bal Eropa"
Menang lelang coat wol 280rb.
Di live kelihatan mulus, pas datang ada lubang ngengat di punggung dan bau kapur barus menyengat.
Penjual bilang "di live sudah ditunjukkan kak".
Sudah ditunjukkan dari depan doang.
Buat aku cukup sekali ini aja.
"""),
R("review", "legal_buyer_review_bale", "0111", """
Laporan pengalaman (bukan promosi): bongkar 1 bal USA isi kaos band & flanel.
Modal 11,8 juta lewat perantara di Bandung.
Ada sekitar 12 kaos yang benar-benar vintage 90an dan laku mahal (300rb-1,2 jt), itu yang menyelamatkan modal.
Tapi 60% sisanya kaos biasa yang susah laku bahkan 15rb.
Kesimpulan: judi. Dan aku pribadi nggak nyaman lagi main di barang ilegal setelah ada teman yang kena sita.
"""),
R("review", "legal_buyer_review_bale", "0111", """
Review toko "balan pendek" di marketplace ⭐
Pesan 1 balan pendek kemeja pria, yang datang setengahnya celana training anak.
Chat penjual, dibalas "stok habis, diganti yang ada".
Minta refund, ditolak.
Toko sekarang sudah ganti nama. Tolong hati-hati.
"""),
# ---- questions to the platform / about rules (10)
R("message", "legal_platform_question", "0111", """
Halo tim kebijakan,
Saya mau tanya: kenapa postingan saya yang membahas razia pakaian bekas impor di Pasar Senen ikut diturunkan? Saya jurnalis warga, dan tulisan saya justru mengkritik perdagangan bal dari Batam.
Di tulisan itu saya menyebut harga bal Korea 9 juta dan bal Jepang 14 juta, tapi itu kutipan pedagang, bukan penawaran.
Mohon ditinjau ulang. Terima kasih.
"""),
R("message", "legal_platform_question", "0110", """
Selamat siang CS,
Saya ingin menjual pakaian bekas milik saya sendiri (beli di mall di Surabaya, dipakai beberapa kali). Apakah boleh saya pakai kata "thrift" atau "preloved" di judul?
Saya khawatir produk saya diturunkan karena dianggap barang bekas impor.
Terima kasih atas jawabannya.
"""),
R("post", "legal_platform_question", "0111", """
Pertanyaan buat platform (dan mungkin teman-teman yang paham hukum) 🤔
Kalau saya bikin video edukasi yang menunjukkan cara membedakan barang thrift impor (label bahasa Jepang/Korea, bau karung, bekas lipatan press), apakah itu termasuk promosi barang terlarang?
Niat saya justru supaya orang tahu dan tidak beli.
Video saya yang lama kena peringatan, padahal tidak ada link toko sama sekali.
"""),
R("message", "legal_platform_question", "0010", """
Halo admin, brand saya jual kaos BARU bergaya vintage dan kami sering pakai hashtag #thriftstyle dan #thriftlook.
Minggu ini 3 produk kami diturunkan dengan alasan "barang bekas impor".
Kami punya bukti produksi sendiri (foto konveksi, nota bahan).
Apakah hashtag itu dilarang? Bagaimana cara banding?
"""),
R("post", "legal_platform_question", "0111", """
Tanya dong, apakah istilah "monza" atau "cakar" otomatis bikin postingan kena hapus? 🤷
Aku nulis artikel sejarah tentang Pasar Monza di Medan dan asal-usul istilah "cakar" (cap karung) di Makassar, tapi artikelku dilabeli "menjual barang terlarang".
Padahal nggak ada harga, nggak ada kontak, cuma sejarah dan wawancara.
Gimana cara sistem membedakan?
"""),
R("message", "legal_platform_question", "0111", """
Yth. Tim Dukungan Penjual,
Apakah laporan terhadap toko yang menjual bal pakaian bekas impor bisa dilakukan secara massal? Kami dari komunitas UMKM tekstil menemukan lebih dari 40 toko dengan pola iklan yang sama ("ready bal Korea", "bongkar bal", "karungan Jepang").
Jika ada jalur khusus untuk laporan seperti ini, mohon informasinya.
"""),
R("post", "legal_platform_question", "0111", """
Min, aku mau nanya serius 🙏
Aku pedagang kecil yang dulu jualan barang bal di pasar. Sekarang aku mau berhenti dan sisa stok mau aku sumbangkan saja.
Apakah kalau aku posting "sisa stok pakaian bekas impor, gratis untuk panti asuhan" itu juga kena hapus?
Aku nggak jual, cuma mau kasih. Mohon arahannya.
"""),
R("message", "legal_platform_question", "0111", """
Hi, I run a research account documenting smuggling routes of used clothing into Indonesia (Batam, Tanjungbalai, Entikong, Nunukan). My posts include photos of bales and price lists collected from traders.
Several posts were removed as "sale of prohibited goods". Is there a way to label research content so it is not treated as a listing?
Thank you.
"""),
R("post", "legal_platform_question", "0111", """
Pertanyaan polos: kenapa akun yang jelas-jelas live "buka karung" tiap malam nggak pernah diturunin, tapi postingan ibu-ibu yang jual baju bekas anaknya sendiri malah kena? 😶
Aku nggak ngerti gimana cara moderasi kalian bekerja.
Tolong jelaskan ke publik kriteria "pakaian bekas impor" itu apa.
"""),
R("message", "legal_platform_question", "0111", """
Halo, saya mahasiswa yang sedang menulis skripsi tentang perdagangan pakaian bekas impor lewat media sosial.
Apakah platform bisa berbagi data agregat (tanpa identitas) tentang jumlah konten yang diturunkan karena menjual ballpress atau bal pakaian bekas?
Data ini hanya untuk keperluan akademik.
Terima kasih.
"""),
]
