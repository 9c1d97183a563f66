# Hand-written legal records, batch B: own preloved, bazaars, news, complaints, questions, opinions. Tuple: (kind, category, offer, used, clothing, abroad, text)
ITEMS = [
("post", "hn_own_preloved", 1, 1, 1, 0, """Preloved lemari sendiri, mau bebenah sebelum pindahan 📦
1. Dress midi floral, dipakai 2x kondangan, 90rb
2. Blazer hitam kerja, masih kaku, 120rb
3. Rok plisket mocca, ada benang ketarik dikit, 40rb
Semua beli di mal di Surabaya, dicuci & disetrika sebelum dikirim
Nego tipis, COD Rungkut"""),
("post", "hn_family_clearout", 1, 1, 1, 0, """Bunda-bunda, aku lagi beresin baju bayi si kecil yang udah kekecilan 👶
Jumper, bedong, kaos kaki, topi, total ada 1 kardus besar
Bekas anakku sendiri, kondisi masih bagus, ada beberapa yg kena noda susu dikit
Mau aku lepas 150rb sekardus aja, ambil di Cimahi ya
Lebih suka kalau ke yang beneran butuh"""),
("post", "hn_school_bazaar", 1, 1, 1, 0, """BAZAR AMAL SMP NEGERI 3 SALATIGA 🎗️
Sabtu, 14 September, pukul 08.00-13.00 di aula sekolah
Menjual baju layak pakai sumbangan wali murid dan guru: seragam, kemeja, sepatu, tas
Harga mulai 5.000 rupiah
Seluruh hasil penjualan untuk beasiswa siswa kurang mampu. Ajak keluarga ya!"""),
("post", "hn_church_bazaar", 1, 1, 1, 0, """Warta Jemaat: Bazar pakaian bekas layak pakai akan diadakan Minggu depan setelah ibadah kedua di halaman gereja.
Barang berasal dari persembahan jemaat, sudah dicuci dan dipilah oleh Komisi Wanita.
Harga 5-25 ribu, ada juga sepatu anak dan selimut.
Hasilnya untuk pembangunan pastori di Pos Pelayanan Desa Waimital. Tuhan memberkati."""),
("post", "hn_donation_request", 0, 1, 1, 0, """Kami dari Rumah Singgah Harapan Bunda membuka donasi pakaian bekas layak pakai untuk anak usia 5-15 tahun.
Terutama kami butuh jaket, celana panjang, dan sandal.
Mohon dicuci terlebih dahulu dan dimasukkan ke plastik per ukuran.
Bisa diantar langsung ke Jl. Anggrek 7, Bogor, atau kami jemput untuk wilayah kota.
Terima kasih orang baik 🙏"""),
("post", "hn_swap", 0, 1, 1, 0, """Swap party edisi #4 di co-working Ruang Temu, Malang! 👗🔄
Bawa maksimal 5 baju bekas kamu sendiri yang masih layak, tukar dengan punya peserta lain.
Gak ada jual beli ya, murni tukeran.
Sisa baju yang gak ketuker kita donasikan ke panti.
Daftar gratis, kuota 40 orang."""),
("article", "hn_report", 0, 1, 1, 1, """Petugas gabungan kembali menahan puluhan koli pakaian bekas di terminal kedatangan pelabuhan ferry Batam Centre pekan ini.
Barang yang dibawa penumpang dari Singapura itu dikemas dalam koper dan ransel berukuran seragam agar tampak seperti bawaan pribadi.
Menurut petugas, jumlahnya tidak wajar untuk keperluan sendiri sehingga langsung ditegah dan disegel.
Impor pakaian bekas dilarang dalam Permendag 40/2022. Pemilik barang masih dicari untuk dimintai keterangan."""),
("article", "hn_report", 0, 1, 1, 1, """SANGGAU - Sebuah truk bermuatan karung berisi pakaian bekas asal Malaysia dihentikan aparat tak jauh dari PLBN Entikong.
Sopir mengaku hanya disuruh mengantar barang ke sebuah gudang di Pontianak dan tidak tahu pemiliknya.
Di lokasi, petugas menghitung sedikitnya 130 karung. Barang kemudian dibawa ke kantor pabean untuk diperiksa.
Pedagang lelong di Pontianak mengaku pasokan tersendat sejak pengawasan diperketat."""),
("post", "hn_complaint", 0, 1, 1, 1, """Hati-hati sama akun @grosirbal.murah ya guys 😤
Iklannya tulis "1 bal kaos grade A ex Jepang isi 100 cuma 1,5jt", aku transfer DP 500rb, terus akunnya ngilang.
Nomornya 0812xxxx sekarang gak aktif.
Udah aku laporin ke platform dan bank. Semoga gak ada korban lain.
Screenshot chat ada di slide berikutnya."""),
("post", "hn_buyer_question", 0, 1, 1, 1, """Mau nanya dong buat yang udah lama di bisnis ini 🙏
Kalau mau ambil karungan baju bekas buat dijual lagi, biasanya orang ambil di mana ya? Katanya di Gedebage atau Pasar Senen?
Terus aman gak sih secara hukum? Aku baca-baca kok katanya dilarang.
Modal aku cuma 2-3 juta, takut salah langkah. Makasih yang mau jawab."""),
("post", "hn_opinion", 0, 1, 1, 1, """Unpopular opinion: tren thrifting baju impor bekas itu bukan "sustainable fashion" kalau ujung-ujungnya bikin penjahit kampung gulung tikar.
Bal-balan dari luar negeri masuk, dijual 10 ribuan, konveksi kecil gak bisa saingan.
Aku gak nyalahin pembeli, dompet semua orang lagi tipis.
Tapi coba deh sesekali cek brand lokal, banyak yang harganya masuk akal juga."""),
("post", "hn_tutorial", 0, 1, 1, 0, """Cara mencuci baju preloved yang baru kamu dapat dari lemari saudara atau teman:
1. Rendam dulu di air panas (bukan mendidih) + deterjen 30 menit
2. Tambahkan cuka sedikit buat ngilangin bau apek
3. Cuci biasa, lalu jemur di bawah matahari langsung
4. Setrika dengan suhu tinggi sesuai bahan
Aman, bersih, dan bajunya siap dipakai lagi ✨"""),
("article", "hn_rules", 0, 1, 1, 1, """Kebijakan Produk Terlarang - Pakaian Bekas Impor
Penjual dilarang mengunggah produk pakaian, alas kaki, atau tas bekas yang berasal dari impor, termasuk yang dijual dalam bentuk bal, karung, atau per kilo.
Produk preloved milik pribadi tetap boleh dijual dengan mencantumkan kondisi dan foto asli.
Pelanggaran dapat berakibat penurunan produk hingga penutupan toko.
Laporkan produk yang melanggar melalui tombol "Laporkan"."""),
("post", "hn_job_vacancy", 0, 0, 1, 0, """LOKER KONVEKSI - CIPULIR 🧵
Dibutuhkan segera:
- Penjahit celana (2 orang), pengalaman min 1 tahun
- Tukang potong kain (1 orang)
- Helper/QC (2 orang)
Gaji mingguan, borongan per pcs, mess tersedia
Datang langsung bawa KTP ke Konveksi Dua Saudara, Jl. Ciledug Raya gang Mawar"""),
("post", "hn_joke", 0, 1, 1, 0, """Emak gue tiap tahun ngumpulin baju bekas keluarga buat dikasih ke sepupu di kampung 😂
Terus tahun depannya sepupu gue dateng lebaran pake kaos SMA gue, lengkap sama tulisan "KELAS XII IPS 3".
Terus adiknya pake jaket OSIS kakak gue.
Ini baju udah keliling satu RT, lebih jauh perjalanannya daripada gue."""),
("post", "hn_own_preloved", 1, 1, 1, 0, """Preloved hijab koleksi pribadi 🌷
Pashmina silk, square voal, bergo instan, total 12 pcs
Dipakai 1-5 kali, ada yang baru dicoba sekali doang
Dijual 20-45rb, paket 5 pcs 150rb
Alasan jual: lemari penuh, mau ganti gaya. Kirim dari Makassar"""),
("post", "hn_denial_of_import", 1, 1, 1, 0, """Jual baju second ya, tapi ini BUKAN barang impor/balpres ✋
Semua isi lemari aku dan adik, dulu beli di Zara, H&M, sama toko online lokal.
Kaos 30rb, kemeja 45rb, celana jeans 60rb
Foto kondisi asli, minus aku tulis jujur di tiap foto
Kirim dari Depok"""),
("profile", "hn_local_thrift", 1, 1, 1, 0, """Thrift Amal Sahabat Kita 💚
Toko barang bekas hasil donasi warga Bekasi, bukan barang impor
Baju, sepatu, tas, mainan anak, harga mulai 5rb
100% keuntungan untuk program makan siang anak jalanan
Buka Sabtu-Minggu, 09.00-15.00, Jl. Pramuka Bekasi"""),
("post", "hn_own_preloved", 1, 1, 1, 0, """Melepas kebaya akad nikah aku 🤍
Kebaya brokat putih + kain songket, custom di penjahit langganan di Palembang tahun lalu
Dipakai sekali, sudah dry clean
Ukuran LD 92, bisa dikecilkan
Harga 1,2 juta (dulu bikin 3,5 juta). Serius minat DM ya"""),
("listing", "hn_own_preloved", 1, 1, 1, 0, """Sepatu Anak Bekas Pakai Sendiri - Size 28 Sneakers Velcro
Anak saya cuma pakai 3 bulan, keburu kakinya tumbuh
Sol masih tebal, ada lecet dikit di ujung
Beli di toko sepatu di Matahari Sidoarjo
Harga 75rb, bonus kaos kaki baru"""),
("post", "hn_hand_me_down_group", 1, 1, 1, 0, """[LUNGSURAN] Baju anak cewek usia 3-4 th, bekas anak kedua saya.
Ada 8 dress, 5 legging, 3 piyama, semua layak, sudah dicuci
Saya lepas 100rb semua, atau boleh barter sama baju anak cowok usia 6 th
Ambil di Sleman ya bu, males kirim hehe
Komen "mau" nanti saya DM"""),
("article", "hn_report", 0, 1, 1, 1, """Pedagang di Pasar Gedebage, Bandung, mengaku bingung menghadapi razia pakaian bekas impor yang kembali digelar.
Sebagian besar kios di blok pakaian bekas hari itu memilih tutup lebih awal.
"Kami cuma pedagang kecil, ambil barang dari pemasok," kata seorang pedagang yang tidak mau disebut namanya.
Dinas setempat menyatakan akan mendata pedagang dan menawarkan pelatihan beralih ke produk lokal."""),
("article", "hn_explainer", 0, 1, 1, 1, """Cakar, singkatan dari "cap karung", adalah sebutan orang Makassar untuk pakaian bekas impor yang datang dalam karung.
Selama puluhan tahun barang ini masuk lewat jalur Malaysia dan Nunukan, lalu diteruskan ke Parepare dan Makassar.
Bagi banyak warga, cakar pernah menjadi cara berpakaian layak dengan uang sedikit.
Namun pemerintah kini menegaskan larangan impor pakaian bekas, dan para pedagang didorong beralih usaha."""),
("post", "hn_trip_no_goods", 0, 0, 1, 0, """Ke Singapura 3 hari dan yang gue lakuin cuma jalan kaki di Orchard ngeliatin etalase 😭
Ga beli apa-apa, koper pulang sama ringannya kayak pas berangkat.
Baju yang gue pake foto-foto juga ya baju lama dari Jakarta.
Next time nabung dulu baru liburan. Ada yang sama?"""),
("post", "hn_complaint", 0, 1, 1, 0, """Kecewa banget belanja di toko online X 😢
Di deskripsi tulis "baru, bukan bekas", pas datang celananya ada noda keringat di pinggang dan bau parfum orang.
Jelas banget udah pernah dipakai terus dikembaliin pembeli lain.
Udah aku ajuin retur, semoga diproses. Teliti sebelum beli ya."""),
("post", "hn_buyer_question", 0, 1, 1, 1, """Permisi admin, mau tanya soal aturan. Kalau Permendag 40/2022 melarang impor pakaian bekas, berarti toko-toko thrift yang jualan baju bal di Instagram itu semuanya melanggar ya?
Terus kalau aku beli buat dipakai sendiri, pembeli kena juga gak?
Soalnya aku suka beli jaket thrift. Mohon penjelasannya, terima kasih."""),
("review", "hn_review_no_seller", 0, 1, 1, 1, """Pengalaman pertama thrifting di pasar baju bekas impor: capek tapi seru.
Harus sabar bongkar tumpukan, banyak yang noda atau bolong.
Dapat jaket denim lumayan, tapi pas dicuci baunya susah hilang, harus direndam dua kali.
Jujur setelah baca soal larangan impornya, aku mikir-mikir lagi buat balik."""),
("post", "hn_local_upcycle", 1, 1, 1, 0, """Tas tote dari celana jeans bekas 👖➡️👜
Jeansnya kami kumpulkan dari donasi teman-teman dan lemari sendiri, lalu dijahit ulang di studio kecil kami di Malang
Tiap tas beda motif sobekan, jadi unik
Harga 85rb, ada yang pakai tambahan bordir 110rb
Yuk kurangi limbah tekstil bareng"""),
("post", "hn_own_preloved", 1, 1, 1, 0, """Dijual seragam SMA bekas anak saya yang sudah lulus, SMAN 1 Bukittinggi.
Baju putih 2, rok abu-abu 2, baju batik sekolah 1, baju pramuka lengkap.
Masih bagus, cuma agak kekuningan dikit di kerah.
Semua 120 ribu, cocok buat adik kelas yang baru masuk. Hubungi saya di 0812xxxx"""),
("post", "hn_garage_sale", 1, 1, 1, 0, """GARAGE SALE PINDAHAN RUMAH 🏠
Minggu 8 Oktober, jam 7 pagi, Perumahan Griya Asri blok C-12, Tangerang
Ada baju bekas sekeluarga, sepatu, tas, sprei, gorden, sampai panci
Semua barang pribadi kami, harga mulai 5rb
Datang pagi biar dapat yang bagus, jam 12 kami tutup"""),
("article", "hn_report", 0, 0, 1, 1, """Industri tekstil dalam negeri kembali mengeluhkan banjir pakaian jadi impor baru dari China yang masuk dengan harga sangat rendah.
Asosiasi pertekstilan menyebut beberapa pabrik di Jawa Barat sudah mengurangi shift kerja.
Pemerintah mempertimbangkan bea masuk tambahan untuk produk pakaian jadi.
Sementara itu pedagang Tanah Abang mengaku harga jual mereka sulit bersaing dengan toko daring."""),
("article", "hn_explainer", 0, 1, 1, 1, """Apa beda "sisa ekspor" dan "balpres"? Sering disamakan, padahal jauh berbeda.
Sisa ekspor adalah pakaian BARU buatan pabrik dalam negeri yang batal dikirim atau tidak lolos QC. Legal dijual.
Balpres adalah pakaian BEKAS dari luar negeri yang dipres dalam bal, dan impornya dilarang.
Jadi kalau ada yang bilang "sisa ekspor" tapi bajunya ada bekas pakai dan bau gudang, patut curiga."""),
("post", "hn_report_to_platform", 0, 1, 1, 1, """Barusan aku report 5 akun yang jualan "karungan baju bekas ex Korea" di marketplace.
Caranya: buka produk, klik titik tiga, pilih "barang dilarang".
Beberapa jam kemudian produknya udah turun 👍
Ayo bantu bersihin marketplace biar UMKM lokal dapat ruang."""),
("post", "hn_seller_question", 0, 1, 1, 0, """Bingung mau jual baju-baju lama aku di mana ya? 🤔
Ada 2 karung gede, isinya baju kerja dan gamis yang udah gak muat sejak hamil.
Mau dijual online males foto satu-satu, mau didonasikan juga bingung ke mana.
Ada rekomendasi tempat penampung di Semarang?"""),
("post", "hn_own_preloved", 1, 1, 1, 0, """Selling my preloved sneakers, size 41 🏃‍♂️
- New Balance 574 grey, worn around 10 times, 450k
- Adidas Samba, some creasing, 600k
- Converse 70s high, dirty sole tapi udah dicuci, 300k
All bought from official stores in Jakarta, receipts still ada
COD area Kemang or shipping via Sicepat"""),
("post", "hn_own_preloved", 1, 1, 1, 0, """Bismillah, jual koleksi tas pribadi ya 👜
Semua beli sendiri di Plaza Indonesia dan Senayan City, ada struk & kartu garansi
Furla Metropolis 1,3jt, Coach Tabby 2,8jt
Kondisi 90%, ada sedikit goresan di hardware
Bukan barang jastip, bukan barang impor bekas ya, pemakaian pribadi"""),
("post", "hn_joke", 0, 1, 1, 1, """Grup WA alumni tiba-tiba rame bahas awul-awul jaman kuliah 😂
"Inget gak kita rebutan jaket di lapak Sunmor terus ternyata ada nama orang Jepang di kerahnya"
"Aku masih nyimpen kemeja itu lho, 15 ribu dulu"
Sekarang semua udah pada jadi bapak-bapak, ngomongnya cicilan."""),
("article", "hn_report", 0, 1, 1, 1, """Menteri Perdagangan kembali menegaskan bahwa impor pakaian bekas dilarang dan pelaku usahanya akan ditindak.
Ia meminta marketplace menurunkan iklan yang menawarkan bal dan karungan pakaian bekas dari luar negeri.
Pedagang eceran diberi waktu menghabiskan stok sambil diarahkan untuk menjual produk lokal.
Pemerintah juga menyiapkan program kemitraan dengan konveksi dalam negeri."""),
("comment", "hn_comment_denial_new", 1, 0, 1, 0, """@bimo_ar bukan kak 🙏 ini bukan bekas impor sama sekali.
Semua kemeja kami baru, dijahit di workshop sendiri di Sukabumi, makanya tiap model ada label brand kami.
Kesannya vintage karena bahannya kami washing dulu.
Ready size M-XXL, 125rb. Kalau ragu boleh video call lihat gudangnya kak"""),
("post", "hn_own_preloved", 1, 1, 1, 0, """Mukena peninggalan almarhumah ibu saya, saya jual ke yang mau merawat.
Bahan katun jepang, bordir tangan dari Tasik, dipakai ibu tiap Ramadan.
Ada 3 set, kondisi masih bagus, wangi lemari.
Saya lepas 100rb per set, atau lebih baik kalau untuk masjid silakan ambil gratis."""),
("post", "hn_donation_request", 0, 1, 1, 0, """Posko Peduli Banjir Demak menerima donasi:
- pakaian bekas layak pakai (dewasa & anak)
- selimut dan sarung
- pakaian dalam BARU (tidak menerima yang bekas)
Barang dikumpulkan di Balai Desa Karanganyar sampai Jumat.
Mohon dikemas per jenis supaya mudah dibagikan. Terima kasih."""),
("post", "hn_own_preloved", 1, 1, 1, 0, """Lapakan isi lemari ponakan yg udah SMP 😅 dulu dibeliin neneknya di Ramayana
Kaos anak cowok 10 pcs, celana pendek 6 pcs, jaket 2
Bekas pakai, ada yg pudar dikit
Semua 175rb aja, lokasi Lamongan, bisa kirim
Ga bisa ecer ya, sekalian biar lemari lega"""),
("comment", "hn_buyer_question", 0, 1, 1, 1, """Kak, ini jaket yang di foto kedua barang bekas dari bal ya? Kok ada noda di kerahnya.
Aku cuma mau yang baru soalnya buat kado.
Kalau memang bekas impor aku gak jadi deh, takut juga katanya dilarang. Makasih kak."""),
("article", "hn_explainer", 0, 1, 1, 1, """Monza, sebutan pakaian bekas di Medan, konon berasal dari nama toko atau singkatan "Mongonsidi Plaza".
Barangnya dulu masuk lewat Belawan dan Tanjungbalai dari Malaysia dan Singapura.
Pajak Melati menjadi salah satu pusat penjualan yang dikenal hingga luar kota.
Kini pedagang menghadapi pengawasan yang lebih ketat setelah larangan impor diperkuat."""),
]
