# Batch 3: hand-written long-form records.
RECORDS = [
("live", "live_sale_call", (1, 1, 1, 1), """🔴 LIVE NOW di akun kedua kita ya, akun utama lagi kena pembatasan 😅
Malam ini kita buka 2 karung celana cargo & jeans dari Jepang.
Harga 40rb-90rb, yang mau tinggal ketik kode di kemasan.
Pembayaran lewat link yang admin kirim ke DM, jangan bayar ke rekening lain ya.
Share live ini biar makin rame, makasih!"""),

("profile", "hn_preloved_profile", (1, 1, 1, 0), """Lemari Mama Nisa 👚
Preloved pakaian anak & ibu dari lemari kami sendiri
Semua dipakai sendiri, dicuci bersih, kondisi ditulis jujur
Bukan reseller, bukan barang bal
📍 Cirebon • COD area kota"""),

("comment", "comment_reply_offer", (1, 1, 1, 1), """Bisa kak! Kita kirim ke seluruh Indonesia, termasuk Papua.
Untuk yang tanya per kilo: baju campur sortiran Korea 45rb/kg, minimal 5kg.
Kalau ambil 1 karung utuh harganya lebih miring.
Link katalog di bio ya, atau WA yang tertera di highlight."""),

("review", "hn_review_no_seller", (0, 1, 1, 1), """Review jujur setelah 2 kali beli bal sendiri buat dijual lagi:
bal pertama isinya lumayan, sekitar 60% bisa dijual dengan harga bagus.
bal kedua parah, banyak yang sobek, bau, bahkan ada baju yang lengket kena cairan.
Modal 6 juta, balik cuma 4 juta. Nggak ada garansi, nggak bisa komplain ke siapa-siapa.
Sekarang aku nggak mau main bal lagi, risikonya gede dan barangnya ilegal juga."""),

("listing", "hn_furniture", (1, 1, 0, 1), """Lemari Pakaian Antik Bekas Ex Belanda Kayu Jati Ukir
Peninggalan keluarga, diperkirakan dibuat tahun 1930-an, dibawa dari Belanda oleh kakek.
Kondisi kokoh, ukiran masih tajam, kunci asli masih ada.
Cocok untuk kolektor atau dekorasi rumah bergaya kolonial.
Harga 9,5jt, lokasi Malang. Serius hubungi via chat."""),

("post", "bale_wholesale", (1, 1, 1, 1), """📦 OPEN PO BAL BULAN DEPAN 📦
Kontainer dari Inggris merapat ke Belawan tanggal 10.
Tersedia bal jaket musim dingin, bal kaos, bal sepatu, bal tas.
Harga PO lebih murah 500rb per bal dibanding ready stock.
Kuota terbatas 60 bal. Slot diamankan dengan DP 2jt.
Daftar: isi format nama/kota/jenis bal dan kirim ke admin."""),

("article", "hn_news", (0, 1, 1, 1), """Kementerian Perdagangan memusnahkan ratusan bal pakaian bekas impor hasil pengawasan di wilayah Jawa Barat.
Barang-barang tersebut antara lain jaket, celana, sepatu, dan tas yang diduga berasal dari Korea Selatan, Jepang, dan Tiongkok.
Pejabat kementerian menyebut nilai barang yang dimusnahkan mencapai miliaran rupiah.
Ia mengingatkan pelaku usaha bahwa pakaian bekas termasuk barang yang dilarang diimpor.
Konsumen juga diimbau lebih memilih produk dalam negeri."""),

("message", "evasive_spelling", (1, 1, 1, 1), """Halo kak, katalog 👇
🅱️🅰️🅻 jaket 🇯🇵 (90kg) – 6,8
🅱️🅰️🅻 kaos 🇰🇷 (100kg) – 4,5
🅱️🅰️🅻 sepatu 🇹🇭 – 8,9
dalam jt ya kak. Barang ✌️nd semua, dipress rapi.
Kirim pakai ekspedisi langganan, nama barang ditulis 'kain' biar aman."""),

("post", "hn_korea_new", (1, 0, 1, 1), """Baju Korea ready stock, langsung dari Namdaemun market! 🇰🇷
Semua barang baru, aku belanja sendiri waktu trip ke Seoul kemarin.
Ada knit vest, pleated skirt, cardigan crop. Harga 150-260rb.
Masih ada tag harga won-nya, jadi kalian bisa lihat sendiri.
Komen "mau" + nomor foto, aku DM satu-satu."""),

("listing", "plain_offer", (1, 1, 1, 1), """Jaket Kulit Asli Bekas Impor Eropa Size XL Pria
Kulit domba, tebal, warna coklat tua. Lapisan dalam ada jahitan ulang.
Didapat dari bal Italia, cek foto untuk kondisinya.
Harga 320rb nett. Bisa kirim ke luar pulau.
Stok jaket kulit second lain ada sekitar 15 pcs, tanya aja."""),

("comment", "hn_buyer_question", (0, 1, 1, 1), """Guys, ada yang tau nggak bedanya grade A, grade B sama grade S di bal baju bekas?
Aku liat di TikTok orang jualan "sortiran grade A" tapi harganya beda-beda banget.
Bukan mau beli bal sih, cuma penasaran aja gimana cara mereka nyortirnya.
Kalau ada yang pernah kerja di gudang, cerita dong."""),

("post", "haul_with_shop", (1, 1, 1, 1), """ootd kondangan full thrift 💅
blazer: lapak Uni Rita, Pajak Melati (monza ex Korea, 45rb)
celana kulot: @monzalovers.mdn
sepatu: lapak bal sepatu di Simalingkar, lupa namanya tp sebelah tukang es
total cuma 150rb dan dipuji tante2 😂 kalian mampir deh ke sana"""),

("listing", "hn_grade_other", (1, 0, 0, 1), """Kurma Ajwa Grade A Import Madinah 1 kg
Kurma asli Madinah, panen terbaru, kemasan vakum.
Grade A = ukuran besar dan seragam, tekstur lembut.
Dilengkapi izin edar BPOM dan label halal.
Harga 195rb/kg, cocok untuk oleh-oleh umroh dan hampers."""),

("post", "hn_opinion", (0, 1, 1, 1), """Dilema pedagang kecil. Paman saya sudah 20 tahun jualan rombengan di pasar Tanah Abang lama. Dari situ dia nyekolahin tiga anaknya sampai kuliah.
Karungnya datang dari Batam, itu semua orang tau.
Sekarang dengan razia di mana-mana, dia bingung mau kerja apa di umur 55.
Larangan itu mungkin benar, tapi harus ada jalan keluar buat orang-orang seperti paman saya."""),

("message", "broadcast_wa", (1, 1, 1, 1), """[BROADCAST] Grup Reseller Thrift Nusantara
Update stok Kamis:
✅ Bal hoodie Korea (grade A) – sisa 3
✅ Karung kemeja Jepang 50kg – sisa 7
✅ Koli tas wanita ex Hongkong – sisa 2
❌ Bal sepatu – sold out, next batch akhir bulan
Pengiriman dari Batam ke Jakarta pakai kargo laut, estimasi 6 hari.
Order format: NAMA#JENIS#JUMLAH kirim ke admin."""),

("review", "hn_review_product_new", (0, 0, 1, 1), """Beli kemeja linen import Korea di toko online, barangnya baru dan sesuai foto.
Jahitannya rapi, kainnya adem, cuma ukurannya agak kecil jadi mending naik satu size.
Pengiriman cepat, packing pakai bubble wrap.
Buat harga 170rb worth it sih. Recommended buat ke kantor."""),

("post", "regional_code_word", (1, 1, 1, 1), """Roma Kupang sudah buka ee! 🙌
Lapak beta di Pasar Kasih, karung baru masuk dari Dili.
Baju anak, celana jeans, jaket, semua 15 ribu sa.
Datang pagi supaya dapat yang bagus, siang su habis.
Yang di luar kota boleh pesan lewat WA, beta kirim pake kapal."""),

("article", "hn_guideline", (0, 1, 1, 1), """Tips aman belanja pakaian bekas untuk pemula
Pertama, bedakan pakaian preloved dari orang langsung dengan pakaian bekas impor dari bal. Yang kedua dilarang masuk ke Indonesia.
Kedua, selalu cek noda, bau, dan kerusakan di bagian jahitan.
Ketiga, cuci dengan air panas sebelum dipakai.
Keempat, hindari membeli pakaian dalam bekas dalam kondisi apa pun."""),

("listing", "hn_jute_sack", (1, 1, 0, 0), """Karung Goni Bekas Ukuran Besar Kapasitas 50-100kg
Bekas karung kopi dan biji kakao, sudah dikebas, ada sedikit sobek di ujung.
Cocok buat karung pasir, media tanam, atau dekorasi kafe rustic.
Harga 4rb per lembar, ambil 100 lembar jadi 3,5rb.
Lokasi gudang Lampung Selatan."""),

("post", "reseller_recruit", (1, 1, 1, 1), """Mau punya usaha thrift sendiri tapi bingung mulai dari mana? 🤔
Kami bimbing dari nol! Paket usaha mulai 2jt sudah dapat:
- 1 karung sortiran Jepang 30kg
- 20 hanger + plastik packing
- template konten & caption
- akses grup supplier
Barang kami ambil langsung dari pengepul di Batam, bukan tangan ketiga.
DM 'MULAI' untuk info lengkap."""),

("comment", "hn_joke", (0, 1, 1, 1), """Pacar: "sayang aku beliin kamu sweater, limited edition dari Jepang lho"
Aku: wah makasihh
*buka kado, ada tulisan spidol di label "Yamada Hiroshi"*
ternyata limited editionnya bekas punya om Hiroshi dari bal 😭😭"""),

("listing", "hashtag_glued", (1, 1, 1, 1), """Kemeja Hawaii Pria Motif Bunga Second
Bahan rayon, adem, kondisi 8.5/10. Lebar dada 58cm.
Harga 55rb, cek etalase lain kak
#kemejahawaiibekas #baljepangori #thriftimport #kemejabekasimport #secondbranded"""),

("post", "hn_swap", (0, 1, 1, 0), """Clothing Swap Party vol. 3 di Taman Literasi Blok M! 👗🔁👔
Bawa maksimal 5 baju bekas layak pakai dari lemarimu, tukar dengan baju peserta lain.
Tanpa uang, tanpa jual-beli. Sisa baju yang tidak tertukar kami donasikan ke bank pakaian lokal.
Minggu 22 Juni, jam 10-15. Gratis, daftar lewat link di bio."""),

("message", "jastip_import", (1, 1, 1, 1), """Update jastip Singapore 🇸🇬
Aku lagi di Salvation Army Thrift Store & Refash di Bugis, banyak banget blazer dan dress branded.
Ini list foto yang aku kirim ke grup, harganya udah termasuk fee ya.
Yang mau langsung reply nomor fotonya. Barang masuk koper, pulang lewat Batam Sabtu ini.
Pembayaran full sebelum aku checkout."""),

("article", "hn_study", (0, 1, 1, 1), """Catatan lapangan kuliah Ekonomi Pembangunan: rantai pasok pakaian bekas impor di Sumatra Utara
Karung-karung berisi pakaian bekas masuk lewat pelabuhan kecil di pesisir timur, lalu dibawa ke gudang di sekitar Medan.
Dari gudang, pedagang monza membeli per bal dan membongkarnya sendiri.
Kami mewawancarai 12 pedagang; hampir semua menyebut margin terbesar ada pada barang pilihan di lapisan atas karung.
Laporan lengkap akan dipresentasikan di seminar jurusan."""),

("live", "hn_live_new_clothes", (1, 0, 1, 0), """Live jam 7 malem bareng tim konveksi kita 🧵
Kita bakal tunjukin proses jahit kemeja flanel edisi terbaru, langsung dari workshop di Bandung.
Semua barang baru ya, bukan thrift. Yang order selama live dapat potongan 20rb.
Jangan lupa pencet keranjang kuning buat lihat warna yang tersedia."""),

("post", "plain_offer", (1, 1, 1, 1), """Lagi beberes stok, dilepas murah ✨
Dress bekas impor Korea, mostly brand lokal sana (8seconds, SPAO, Mixxo).
Size S-M, kondisi 85-95%.
Harga 40rb, ambil 5 jadi 180rb.
Pengiriman dari Pekanbaru tiap Senin & Kamis. Minat komen aja."""),

("listing", "hn_appliance", (1, 1, 0, 1), """Mesin Jahit Bekas Juki Industri Ex Jepang
Mesin high speed, kondisi normal, baru servis.
Dinamo servo hemat listrik, meja dan kaki lengkap.
Cocok buat konveksi kecil atau usaha jahit rumahan.
Harga 3,2jt, Solo, bisa kirim pakai ekspedisi kargo."""),

("comment", "hn_report", (0, 1, 1, 1), """Ini akun yang sama yang kemarin promosi "balpress Jepang murah cuma 3jt" terus minta transfer ke rekening pribadi.
Aku udah report ke platform, kalian juga report ya biar cepet di-takedown.
Jangan sampai ada korban lagi."""),

("profile", "profile_shop_bio", (1, 1, 1, 1), """CAKAR ONLINE PAREPARE
📦 buka karung tiap Jumat
👗 baju, tas & sepatu bekas luar negeri
🚚 kirim se-Sulawesi
☎️ WA di highlight, no chat di komen
🏷️ ecer mulai 10rb, borongan per karung bisa nego"""),

("post", "hn_news", (0, 1, 1, 1), """Polisi di Nunukan menahan sebuah speedboat yang membawa karung-karung pakaian bekas dari Tawau tanpa dokumen.
Menurut warga, jalur laut itu sudah lama dipakai untuk membawa barang kebutuhan sehari-hari dari Malaysia.
Petugas menyatakan penindakan dilakukan karena pakaian bekas termasuk barang yang dilarang diimpor.
Awak kapal kini diperiksa untuk mengetahui pemilik barang."""),

("review", "haul_with_shop", (1, 1, 1, 1), """Rekomendasi toko thrift di Jogja versi aku 🥰
1. Lapak Mas Dimas di Pasar Beringharjo lt. 3 – banyak kemeja flanel ex Jepang, 25-50rb.
2. @awulawul.jogja – online, live tiap Rabu, isinya bal Korea.
3. Kios Bu Tarmi di Klithikan – jaket kulit bekas impor, bisa nego.
Semua barang second ya, jadi siap mental milih-milih."""),

("listing", "hn_bundle_other", (1, 0, 0, 0), """Bundle Paket Data Internet 50GB + Telpon 100 Menit
Paket combo berlaku 30 hari untuk semua operator jaringan 4G.
Aktif otomatis setelah pembayaran, kirim nomor HP di catatan.
Harga promo 65rb, hemat dibanding beli satuan.
Proses maksimal 10 menit di jam kerja."""),

("message", "hn_job_vacancy", (0, 1, 1, 1), """Lowongan kerja! Dicari 5 orang penyortir di gudang pakaian bekas impor daerah Bekasi.
Tugas: membuka karung, memilah baju berdasarkan grade, dan mengemas ulang.
Gaji harian 120rb, jam kerja 08.00-17.00.
Minat kirim CV dan foto KTP ke nomor HRD."""),

("post", "regional_code_word", (1, 1, 1, 1), """Buka lelong baru kat Pontianak ni 🙌
Barang dari seberang, baru sampai dari Kuching semalam. Ada baju kurung, jaket, seluar jeans, kasut.
Harga dari 10 ribu je.
Lapak kami dekat Pasar Flamboyan, buka pagi sampai petang.
Nak order dari jauh, WhatsApp je."""),
]
