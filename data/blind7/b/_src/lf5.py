R = [
("listing","famous_word_offer",1,1,1,1,"""Ready balpres kemeja ex Korea 🔥
Isi ±400 pcs, bal segel belum dibuka
Harga 5,8 jt, bisa kirim kargo
Gudang di Bekasi, boleh lihat dulu asal janjian
Reseller lama dapat harga khusus""","std"),
("post","hn_opinion_oped",0,1,1,1,"""Mengapa "Baju Batam" Tidak Akan Hilang dengan Razia Saja
Selama permintaan tinggi dan selisih harga besar, jalur masuk akan terus mencari celah, dari pelabuhan rakyat sampai perbatasan darat.
Penegakan hukum perlu, tetapi perlu juga edukasi konsumen dan dukungan bagi industri pakaian jadi nasional agar harga bersaing.
Tanpa itu, kita hanya memindahkan pasar dari lapak ke layar ponsel.""","std"),
("listing","regional_offer",1,1,1,1,"""Wilujeng enjing baraya! 🌞
Nembe dongkap kiriman ti Tanjungpinang: sweater rajut seken Jepang, warna-warnana lucu pisan.
Harga 40 rebu, meser tilu janten 100 rebu.
Tiasa dicandak di bumi, Cibiru, atanapi dikintun ku ojol.""","su"),
("article","hn_news",0,1,1,1,"""SURABAYA — Ditreskrimsus Polda Jawa Timur membongkar gudang penyimpanan pakaian bekas impor di kawasan Margomulyo.
Di lokasi ditemukan sekitar 600 karung berisi pakaian, sepatu, dan tas yang diduga berasal dari Jepang dan Korea Selatan.
Pemilik gudang mengaku barang dikirim lewat jalur laut dari Kepulauan Riau.""","std"),
("comment","hn_complaint_scam",0,1,1,1,"""Kawan-kawan, jangan kelen beli sama akun yang ngaku jual monza per karung murah kali itu.
Aku udah transfer 2 juta, katanya dikirim dari Tanjungbalai, sampe sekarang gak datang-datang.
Nomornya pun udah gak aktif. Aku udah lapor polisi, semoga gak ada korban lain.""","mdn"),
("listing","plain_offer",1,1,1,1,"""🧣 SALE AKHIR BULAN 🧣
Semua barang 2nd ex Korea & Jepang
• Sweater 35rb
• Cardigan 40rb
• Kemeja 30rb
• Coat 90rb
Belanja 300rb free ongkir Jabodetabek
Barang thrift datang per bal, jadi stok cepat berganti""","std"),
("post","hn_official_guideline",0,1,1,0,"""FAQ Penjual: Bolehkah saya menjual pakaian bekas?
Boleh, jika pakaian itu milik Anda sendiri atau diperoleh di dalam negeri (misalnya baju yang sudah tidak muat).
Tidak boleh, jika pakaian bekas itu diimpor dari luar negeri, baik per satuan maupun dalam karung/bal.
Cantumkan kondisi dan asal pembelian secara jujur di deskripsi.""","std"),
("listing","hn_new_thrift_style",1,0,1,0,"""Kaos gaya jadul, desain retro, tapi anyar kabeh lho rek, dudu seken! 😄
Digawe konveksi dewe nang Sidoarjo, bahan katun 30s.
Rego 65 ewu, nek tuku 3 dadi 180.
Ojo kliru, iki dudu barang awul-awul.""","jv"),
("listing","reseller_recruit",1,1,1,1,"""Kita cari reseller di Minahasa deng Bitung 🙌
Barang seken dari Filipina, kemeja deng celana, kualitas bagus.
Ngana cuma jual, kita kirim. Kalo mo ambe sandiri per karung, harga lebe murah.
Mo tanya-tanya, chat jo ke 0822xxxx.""","mnd"),
("listing","hn_other_goods_bulk",1,0,0,0,"""Dijual kain katun rayon per roll 🧵
Panjang ±90 meter per roll, lebar 150 cm
Motif bunga, cocok buat daster dan gamis
Kain baru dari pabrik, bukan sisa atau bekas
Harga 12rb/meter, ambil roll dapat harga grosir
Gudang di Pekalongan""","std"),
("live","live_script",1,1,1,1,"""[Naskah host live – sesi 2]
Host: "Oke kak, sekarang kita masuk ke rak sepatu! Semua ini dari kiriman Thailand minggu lalu, seken tapi masih gagah."
Host: "Nike Air Force ukuran 40, 160 ribu. Vans slip-on 41, 95 ribu."
Host: "Yang mau, komen nomor dan ukuran, admin langsung kasih link checkout."
Host: "Ingat, barang satu-satunya, no restock!\"""","std"),
("post","hn_forum_thread",0,1,1,1,"""Kaskus-style thread: [DISKUSI] Thrifting setelah larangan, beralih ke mana?
Agan1: ane sekarang hunting preloved lokal di grup FB, asal-usulnya jelas.
Agan2: ane ke swap party tiap bulan, gratis dan seru.
Agan3: ane masih liat lapak ex Jepang di Senen, tapi males beli, takut barangnya bermasalah.
Agan4: setuju, mending dukung brand lokal yang bikin gaya vintage.""","std"),
("listing","hn_used_vehicle_phone",1,1,0,1,"""Sparepart mobil copotan ex Jepang 🔧
Lampu, spion, velg, dan jok bekas dari mobil eks impor.
Datang per kontainer, dijual eceran di gudang Cikarang.
Harga tergantung kondisi, silakan datang cek sendiri.""","std"),
("listing","creator_haul",1,1,1,1,"""OOTD kampus minggu ini 🎒
Kemeja garis seken Jepang (25rb) + celana cargo 2nd Korea (45rb)
Dua-duanya dari @ruangsortir.jkt, yang live tiap malam Rabu.
Mereka juga terima reseller loh kalau kamu mau jualan.
#ootdkampus #budgetfashion""","std"),
("article","hn_feature_article",0,1,1,1,"""Di sudut Pasar Flamboyan, Pontianak, Wak Leman (63) masih menyimpan timbangan tua yang dulu ia pakai untuk menjual baju lelong per kilo.
"Dolok, barang dari Sarawak tu masok tiap minggu lewat Entikong," katanya.
Kini lapaknya berisi kaos baru dari Jakarta. Ia mengaku untungnya lebih tipis, tapi tidurnya lebih tenang.""","ptk"),
("message","dm_offer",1,1,1,1,"""Halo kak, ini toko Daeng Baju 🙏
Barang cakar ex Malaysia baru masuk mi, ada blus cewek 30 lembar.
Harga 15 ribu ji satu, kalau ambil semua sa kasih 350.
Bisa kirim JNE ke Kendari atau Palu.""","mks"),
("post","hn_tutorial",0,1,1,1,"""Tips untuk moderator konten: tanda-tanda listing pakaian bekas impor
1. Menyebut negara asal: "ex Jepang", "Korea", "HK"
2. Menyebut satuan karung/goni/koli atau berat (100 kg)
3. Menyebut grade atau "buka karung"
4. Ejaan disamarkan: s3k3n, 2nd, pr3loved
Catatan: preloved pribadi tanpa asal luar negeri tetap diizinkan.""","std"),
("listing","bale_grade",1,1,1,1,"""Barang rombengan ex Korea, wis disortir rek:
Kelas 1 – kaos cewek, mulus, 300 ewu per 10 kilo
Kelas 2 – campur, ono noda titik, 200 ewu per 10 kilo
Ambil nang gudang Gresik utowo dikirim.
Hubungi Pak Yanto.""","jv"),
("listing","hn_own_preloved",1,1,1,0,"""Jual preloved punya sendiri lah ya 😁
Kebaya pesta beli di Sun Plaza, cuma dipake sekali waktu pesta kawan.
Ukuran M, warna hijau botol, masih cantik kali.
Harga 200 ribu, COD Medan Johor.""","mdn"),
("post","hn_news",0,1,1,1,"""MANADO — Petugas Bea Cukai Bitung menahan sebuah kapal motor yang membawa puluhan karung pakaian bekas dari Filipina selatan.
Warga pesisir mengenal barang semacam itu sebagai "cakar" dan sering dijual di pasar-pasar tradisional.
Kapal beserta muatan kini diamankan di dermaga untuk pemeriksaan lanjutan.""","mnd"),
("listing","port_route",1,1,1,1,"""Barang masuk via Dumai ⛴️
Isi: kemeja, celana, jaket seken Malaysia & Singapura
Diturunkan malam, pagi sudah bisa diambil di gudang Bagan Besar
Agen Riau daratan dan Sumbar silakan booking slot
Pembayaran tunai saat ambil""","std"),
("listing","hn_school_bazaar",1,1,1,0,"""Bazar Sekolah Dasar Negeri 3 Banjarbaru 🎈
Bubuhan wali murid menyumbang baju bekas nang masih bagus gasan dijual murah.
Rega mulai 2 ribu sampai 10 ribu. Hasilnya gasan tamasya anak kelas 6.
Sabtu ini di halaman sekolah, datangi lah!""","bjn"),
("listing","evasive_spelling",1,1,1,1,"""💥 ₚᵣₑₗₒᵥₑd ᴊᴘɴ 💥
outer linen 50k
kemeja oversize 35k
rok midi 40k
dr gdg langsung, brg tiap minggu dtg dr prlbhn
kondisi 8/10, minus ditulis di caption
cuss dm sblm kehabisan, COD Cilandak""","std"),
("comment","hn_opinion_oped",0,1,1,1,"""Abdi mah satuju pisan sareng larangan baju bekas impor.
Seueur tukang jait di Majalaya nu leungiteun pesenan kusabab baju seken ti luar langkung mirah.
Mugia pamarentah ngabantosan produk lokal supados tiasa bersaing.""","su"),
("listing","plain_offer",1,1,1,1,"""Tas kulit wanita seken ex Eropa 👜
Furla, Coach, Kate Spade
Kondisi 80–90%, ada lecet wajar
Harga 250rb–450rb
Original, dibawa dari gudang di Batam
Cek foto lengkap di katalog""","std"),
("post","hn_joke_meme",0,1,1,1,"""Urang Banjar mun tulak ka pasar:
Mama: "tukarakan baju hanyar gasan lebaran"
Anak: balik mambawa jaket seken Korea
Mama: "hanyar kah ini?"
Anak: "hanyar datang matan kapal, ma" 🤣""","bjn"),
("listing","market_stall",1,1,1,1,"""LAPAK NO. 112 – PASAR GEMBONG SURABAYA
Kaos, kemeja, dan jaket ex Jepang, langsung dari karung
Harga mulai 10rb
Buka tiap hari kecuali Jumat siang
Grosir buat pedagang pasar kaget juga melayani""","std"),
("listing","hn_new_import",1,0,1,1,"""Kaka, kita jual sepatu impor dari China, samua baru, masih dalam dos.
Bukan cakar neh, jadi jang tanya kalo ada yang seken.
Ukuran 38 sampe 44, harga 150 ribu.
Boleh datang di toko Pasar 45 lantai 1.""","mnd"),
("post","hn_report",0,1,1,1,"""Kepada Yth. Direktorat Tertib Niaga
Dengan hormat, kami warga RW 05 melaporkan adanya aktivitas bongkar muat karung berisi pakaian bekas dari truk berpelat luar daerah di sebuah gudang dekat pemukiman kami.
Pekerja menyebut barang itu berasal dari Korea dan dikirim dari Batam.
Mohon pemeriksaan lebih lanjut. Hormat kami, Ketua RW.""","std"),
("listing","wholesale_bulk",1,1,1,1,"""Tersedia 40 koli pakaian seken ex Taiwan & Hongkong 📦
Isi campur: blus, rok, celana anak, jaket tipis
Harga per koli 2,5 jt, ambil 10 koli 23 jt
Barang di gudang Medan, kirim via truk atau kapal
Serius saja, no PHP""","std"),
]
