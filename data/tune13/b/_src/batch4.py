# Batch 4: hand-written long-form records.
RECORDS = [
("live", "live_sale_call", (1, 1, 1, 1), """Bismillah, live pagi ini buat ibu-ibu yang cari baju anak 👶
Karung baju anak dari Korea baru dibuka, ada rompi, piyama, jaket tipis.
Semua 15rb, ambil 10 gratis ongkir.
Ketik 'ambil' + warna, nanti admin rekap dan kirim tagihan lewat chat.
Live sampai jam 11 ya bunda."""),

("profile", "profile_shop_bio", (1, 1, 1, 1), """Bundle Cihampelas since 2012 🧥
Jaket & flanel seken impor, kualitas pilihan
Aya nu ti Jepang, Korea, Amerika
Buka unggal dinten 10.00-21.00
Pesen online? klik link di handap 👇"""),

("comment", "comment_reply_offer", (1, 1, 1, 1), """Iya kak ready 👍 yang di video itu dari karungan Hongkong, masih ada 4 potong lagi ukuran M sama L.
Harga udah tertera di keranjang kuning ya.
Kalau mau ambil banyak buat dijual lagi, chat aja nanti dikasih harga reseller."""),

("listing", "hn_denied_import", (1, 1, 1, 0), """Baju Bekas Layak Pakai Dewasa Paket 10 pcs (BUKAN IMPOR)
Semua baju dari lemari keluarga dan tetangga di kompleks kami, bukan dari bal atau karung luar negeri.
Isi campur kaos, kemeja, celana panjang, ukuran M-XL.
Sudah dicuci dan dilipat rapi. Harga paket 75rb.
Cocok buat baju kerja di kebun atau bengkel."""),

("post", "evasive_spelling", (1, 1, 1, 1), """ada yg nyari "b.e.r.u.a.n.g" lg? 🐻🐻
jaket2 & sweater ex negri ginseng 🇰🇷 br turun dr kapal
masih wangi g0n1 😂 tp udh dicuci kok tenang
25 - 80rb, ambil di gudang kami atau kirim
komen "🐻" aja nanti aku chat duluan"""),

("article", "hn_news", (0, 1, 1, 1), """Harga pakaian bekas impor di pasar tradisional Bukittinggi naik hingga dua kali lipat dalam sebulan terakhir.
Pedagang menyebut pasokan karung dari Dumai tersendat setelah patroli laut diperketat.
Sebagian pedagang mulai mencampur dagangannya dengan pakaian baru produksi konveksi Padang untuk bertahan.
Pembeli yang ditemui mengaku masih memilih pakaian bekas karena mereknya, walau harganya sudah tidak semurah dulu."""),

("listing", "hashtag_glued", (1, 1, 1, 1), """JAKET PARKA BEKAS IMPORT THE NORTH FACE ORI SECOND BALL KOREA MURAH COWOK CEWEK
Ukuran L, warna hitam, resleting normal semua.
Ada noda kecil di lengan kiri (lihat foto 4).
Harga 230rb
#jaketbekas #ballkorea #tnfsecond #thriftgunung"""),

("post", "hn_preloved_own", (1, 1, 0, 0), """Preloved stroller Cocolatte + car seat, dipakai anak pertamaku sampai umur 2 tahun.
Roda masih mulus, rem berfungsi, kain sudah dicuci semua.
Beli di toko bayi di Surabaya tahun 2022.
Lepas 900rb paketan, bisa COD Gresik/Surabaya.
Yang serius langsung DM ya moms 🤍"""),

("message", "broadcast_wa", (1, 1, 1, 1), """📢 Telegram Channel: Koli Tanjungpinang
Stok koli hari ini:
- koli 1: kemeja pria mix (38 pcs) 1,1jt
- koli 2: dress & rok (45 pcs) 1,3jt
- koli 3: sepatu wanita (20 pasang) 1,5jt
Barang dari Singapura, dipilih tangan. Pengiriman via kapal Pelni ke Jakarta/Surabaya.
Reply channel ini tidak dibaca, order langsung ke admin 👉 @adminkoli_tpi"""),

("review", "hn_review_no_seller", (0, 1, 1, 1), """Sepatu boots bekas impor yang aku beli ternyata solnya langsung mangap setelah seminggu dipakai hujan-hujanan.
Pas dibawa ke tukang sol, katanya lemnya udah getas karena umur, wajar untuk barang dari bal.
Habis 60rb buat benerin, total jadi hampir sama kayak beli sepatu baru lokal.
Bukan nyalahin penjualnya, tapi ya ini risiko beli barang tua dari luar negeri."""),

("post", "regional_code_word", (1, 1, 1, 1), """Baju Batam ready bang, kak 🛍️
Stok baru nyampe Pekanbaru kemarin sore. Kemeja, celana, jaket, ada juga baju kondangan.
Harga mulai 20 ribu, boleh ditawar asal wajar.
Lapak kami di Pasar Bawah lantai dasar, tanya aja kios Pak Ucok.
Luar kota bisa kirim, chat dulu."""),

("comment", "hn_buyer_question", (0, 1, 1, 1), """Kak, aku lihat di grup ada yang jual "per kilo sortiran" 40rb. Itu maksudnya bisa campur milih sendiri atau random isinya?
Terus kalau beli begituan, bisa kena masalah hukum nggak sih buat pembelinya?
Aku cuma mau buat dipakai sendiri, bukan buat jual. Tolong pencerahannya."""),

("live", "live_sale_call", (1, 1, 1, 1), """HALO GAISSS live spesial jaket kulit vintage 🧥🔥
Semua dari bal Eropa, ada yang dari tahun 80-90an, kulit sapi dan domba.
Mulai 150rb, yang ketik paling cepat yang dapat.
Mohon maaf yang cuma ngetik doang nggak checkout langsung kami blacklist ya.
Admin standby sampai jam 12 malam."""),

("listing", "hn_korea_cosmetics", (1, 0, 0, 1), """Paket Skincare Korea Original Import BPOM (Toner + Serum + Sunscreen)
Semua produk baru, segel utuh, expired 2027.
Kami distributor resmi, ada nomor notifikasi BPOM di setiap kemasan.
Harga paket 210rb, hemat 60rb dibanding beli satuan.
Dikirim dari gudang Jakarta Barat setiap hari kerja."""),

("post", "hidden_gems_offer", (1, 1, 1, 1), """hidden gems alert 💎
barusan nemu kemeja Polo Ralph Lauren sama knit Comme des Garçons di karungan Jepang yg baru kita buka
dua-duanya mulus, size M
yang mau langsung checkout di toko aku (link bio), harga udah aku pasang
first come first served ya, gak bisa keep"""),

("article", "hn_opinion", (0, 1, 1, 1), """Ada yang aneh dengan debat soal thrifting di media sosial.
Yang dirazia lapak-lapak kecil di Senen dan Gedebage, padahal karung-karung itu pasti lewat pelabuhan dulu sebelum sampai ke pasar.
Kalau pengawasan di Batam, Dumai, dan perairan Selat Malaka tidak diperbaiki, barang akan terus mengalir.
Menghukum pedagang eceran saja rasanya seperti memotong ranting tapi membiarkan akarnya.
Setuju atau tidak, silakan berpendapat di kolom komentar."""),

("message", "reseller_recruit", (1, 1, 1, 1), """Halo kak, ini info join dropship ya 🙏
Kakak cukup posting foto dari katalog kita (baju second ex Jepang & Korea), tentukan harga sendiri.
Kalau ada orderan, kakak transfer harga modal + ongkir, kita yang packing dan kirim atas nama toko kakak.
Tidak perlu stok, tidak perlu gudang.
Katalog baru dikirim setiap ada karung yang dibuka."""),

("listing", "hn_fabric_roll", (1, 0, 0, 1), """Kain Roll Import Korea Bahan Scuba Premium
Kain baru per roll (±25 yard), lebar 150cm, stretch 4 arah.
Cocok untuk konveksi hijab, dress, dan rok.
Tersedia 18 warna. Harga 1,6jt per roll, ecer 70rb per yard.
Toko kami di Pasar Cipadu, Tangerang."""),

("post", "plain_offer", (1, 1, 1, 1), """Sedia celana jeans second import, sudah disortir dari bal Amerika 👖
Levi's, Lee, Wrangler, Carhartt. Waist 28-38.
Harga 60-150rb tergantung merek dan kondisi.
Lokasi lapak di Pasar Senen blok III lantai 1, atau order online dengan ukur pinggang dulu.
Kirim setiap hari kecuali Minggu."""),

("comment", "hn_seller_stopped", (0, 1, 1, 1), """Buat yang nanya kenapa toko aku udah nggak ada stok bal lagi: aku memang udah berhenti.
Terakhir ambil karung Korea bulan Maret, habis itu nggak lagi.
Sekarang aku fokus jual kaos sablon bikinan sendiri, nanti aku share link tokonya kalau udah siap.
Makasih yang udah langganan selama ini 🙏"""),

("profile", "hn_preloved_profile", (1, 1, 1, 0), """Lemari Kakak Adik
Preloved pribadi dua kakak beradik di Bogor 👭
Isinya baju kuliah, kerja, dan sepatu yang udah jarang dipake
Semua barang milik kami sendiri, dibeli di toko lokal
DM buat tanya ukuran & ongkir"""),

("post", "regional_code_word", (1, 1, 1, 1), """Pakaian bekas dari Entikong sudah sampai Sanggau, siap dijual ecer dan borong 🙌
Isi karung kebanyakan jaket, kemeja lengan panjang, celana training.
Ecer 10-30rb, borong per karung tanya langsung.
Alamat dekat terminal, rumah cat hijau.
Pembeli dari Sintang dan Sekadau bisa kami titip ke bis."""),

("listing", "hn_bal_other", (1, 0, 0, 0), """Bola Voli Mikasa V200W Original + Pompa
Baru, segel, lengkap dengan sertifikat FIVB.
Dijual per bola atau per bal isi 10 untuk klub dan sekolah.
Harga satuan 1,1jt, per bal (10 bola) 10,5jt.
Free bordir nama klub untuk pembelian per bal."""),

("article", "hn_campaign", (0, 1, 1, 0), """Gerakan Lemari Berbagi di Kecamatan Lowokwaru resmi dimulai.
Warga bisa menaruh pakaian bekas layak pakai milik sendiri di lemari kayu di depan kantor kelurahan, dan siapa pun boleh mengambilnya gratis.
Pengurus menegaskan lemari ini hanya menerima donasi warga, bukan untuk dijual kembali.
Dalam dua minggu, sudah lebih dari 300 potong pakaian berpindah tangan."""),

("message", "evasive_spelling", (1, 1, 1, 1), """Kak, list ready hari ini (maaf pakai singkatan ya, biar gak ke-detect):
- jkt mshim dngn jp (jaket musim dingin jepang) 70rb
- sptu s3k0nd th4i 120rb
- kmj krg (kemeja karungan) 3 = 100rb
Bayar ke rekening di bio, kirim dari Batam.
Jangan kirim kata aslinya di chat ya kak 🙏"""),

("review", "hn_review_no_seller", (0, 1, 1, 1), """Baru pertama kali coba awul-awul di Sekaten. Pengalaman yang lumayan chaos hahaha.
Ratusan orang berebut tumpukan baju dari karungan, aku cuma dapet satu kemeja corduroy yang ternyata ada sobek di ketiak.
Tapi seru sih, suasananya kayak berburu harta karun.
Pulang-pulang langsung rendam air panas semalaman."""),

("post", "hn_thrift_school", (1, 1, 1, 0), """THRIFT DAY SMPN 4 Salatiga 🎒
Anak-anak kelas 8 mengumpulkan seragam, sepatu, dan buku bekas dari kakak kelas dan alumni.
Dijual murah di kantin sekolah hari Jumat ini, seragam 10rb, sepatu 15rb.
Uang yang terkumpul untuk study tour siswa yang kurang mampu.
Orang tua juga boleh datang belanja!"""),

("listing", "bale_wholesale", (1, 1, 1, 1), """Jual Bal Sepatu Second Import Campur Isi 100 Pasang Asli Thailand
Isi sneakers, pantofel, sandal gunung. Ukuran campur 36-44.
Dibuka di depan pembeli (boleh video), tidak bisa retur.
Harga 8,7jt, gudang Surabaya dekat Tanjung Perak.
Borong 3 bal dapat potongan 1jt."""),

("comment", "hn_report", (0, 1, 1, 1), """Min tolong dicek ya, postingan atas nama "Thrift Murah Gaskeun" itu isinya jualan bal Korea 100kg dan karung per kilo.
Aku udah report dua kali tapi masih nongol terus di grup.
Bukannya aturan grup nggak boleh jual barang impor bekas? Makasih min."""),

("post", "haul_with_shop", (1, 1, 1, 1), """thrifting di Pasar Tungging Lampung ternyata worth it banget 😭
dapet 3 kemeja Uniqlo sama 1 jaket Columbia total 110rb
lapaknya namanya "Abang Bal Ronin", pojok dekat tangga, dia buka karung Jepang tiap Rabu
kalau kalian ke sana bilang aja tau dari akun ini, siapa tau dikasih diskon hehe"""),

("listing", "hn_impor_new", (1, 0, 1, 1), """Tas Wanita Import Italia Kulit Asli BARU Full Set
Lengkap dengan dust bag, kartu garansi, dan invoice pembelian dari butik di Milan.
Sudah lewat bea cukai resmi, ada bukti pembayaran pajak impor.
Belum pernah dipakai, cuma display di rumah.
Harga 6,5jt, bisa cek keaslian di Jakarta Selatan."""),

("live", "hn_live_preloved_own", (1, 1, 1, 0), """Live garage sale lemari aku sendiri ya gengs 🏠
Isinya baju-baju kerja, dress kondangan, sama sepatu yang udah nggak muat.
Semua aku beli sendiri dulu di mall sini, bukan barang bal.
Harga 20-100rb, ketik nomor barang buat ambil.
Jam 9 malam aku tutup, sisanya mau aku donasikan."""),

("message", "jastip_import", (1, 1, 1, 1), """Kak, open jastip ukay-ukay Malaysia minggu depan 🇲🇾
Aku ke bundle shop di Kuala Lumpur & Johor Bahru, banyak jaket dan kemeja seken bermerek.
Fee 20rb/pcs, barang aku bawa pulang lewat Batam.
Kirim referensi mau cari apa, nanti aku fotoin di lokasi.
Pembayaran setelah barang dikonfirmasi."""),

("article", "hn_news", (0, 1, 1, 1), """Sejumlah lapak penjual baju bekas impor di Pasar Senen Blok III tampak sepi setelah imbauan pemerintah soal larangan impor pakaian bekas.
Pedagang mengaku stok yang tersisa merupakan sisa bal lama yang dibeli sebelum razia.
Mereka meminta waktu untuk menghabiskan stok dan berharap ada pendampingan jika harus beralih usaha.
Pengelola pasar menyatakan akan mendata pedagang yang terdampak."""),

("post", "hn_vehicle_jepang", (1, 1, 0, 1), """Dijual motor trail bekas Yamaha Serow 250 ex Jepang, dokumen impor lengkap.
Mesin orisinil, kaki-kaki baru ganti, siap adventure.
Sudah plat Bali, pajak baru bayar bulan lalu.
Harga 38jt nego halus. Lokasi Denpasar."""),
("review", "haul_with_shop", (1, 1, 1, 1), """⭐⭐⭐⭐⭐ Udah langganan 5x di toko @karungkorea.official dan nggak pernah kecewa.
Sweater dari bal Korea yang aku pesan mulus semua, cuma 1 yang kancingnya copot.
Adminnya fast respon dan mau kirim video sebelum packing.
Buat yang cari baju second impor murah tapi rapi, aku rekomen banget di sini."""),
]
