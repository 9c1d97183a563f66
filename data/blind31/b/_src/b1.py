# Batch 1: plain illegal offers (22) + legal hard negatives (16). Each text written by hand.
# tuple: (kind, category, (offer, used, clothing, abroad), text)
B1 = [
("listing", "plain_offer", (1,1,1,1), """Baju Bekas Impor Korea Kemeja Flanel Pria Wanita Thrift Original
Kondisi 90% mulus, sudah dicuci & disetrika
Ukuran L (LD 108, P 74)
Harga 45rb, ongkir dari Bekasi
Stok cuma satu, siapa cepat dia dapat ya kak"""),
("post", "bale_opening_live", (1,1,1,1), """BONGKAR BAL MALAM INI JAM 19.00 🔥🔥
Bal jaket Jepang baru sampai gudang, isinya campur: windbreaker, parka, fleece, coach jacket.
Harga mulai 35k, yang ketemu merk North Face/Patagonia dikunci di live ya.
Cara ikut: komen KEEP + nomor barang, transfer maks 1x24 jam.
Jangan cuma nonton, gas ramein! #bongkarbal #thriftjepang"""),
("listing", "plain_offer", (1,1,1,1), """Jual Ballpress Celana Jeans Second Import Grade A Isi 100 Pcs
Asal Korea, campur Levi's, Lee, Edwin, Uniqlo
Berat sekitar 45 kg per bal, dijamin tidak dibongkar
Harga 4,2jt nego tipis, bisa kirim ekspedisi ke seluruh Jawa
Info lanjut WA 0813xxxx"""),
("profile", "shop_bio", (1,1,1,1), """🛍️ Rara Thrift Corner
Jual baju bekas impor pilihan: sweater, cardigan, blouse Korea & Jepang
📍 Kios 14 lantai 2, Pasar Senen Blok III
Buka Selasa–Minggu 09.00–17.00
Sebagian stok tiap Jumat masuk live IG
DM buat nanya size, no COD ya"""),
("message", "wa_broadcast", (1,1,1,1), """Assalamualaikum kakak2 reseller 🙏
Update stok minggu ini dr gudang Cimahi:
- Bal kaos campur Thailand 60kg: 3,8jt
- Bal hoodie Korea grade A: 6,5jt
- Bal dress wanita Jepang: 5,9jt
Pembayaran DP 50% dulu, sisanya pas barang mau naik truk.
Yg minat langsung japri ya, stok terbatas krn lagi ketat di jalan."""),
("post", "creator_haul", (1,1,1,1), """haul thrifting hari ini 🥹💸
total keluar 180rb dapet 5 item: blazer wol ex Jepang, rok plisket, 2 kemeja linen sama sweater rajut
semua dari @lemarilusi.thrift, dia bongkar karungan impor tiap Sabtu jadi barangnya masih fresh
yg nanya link: cek bio mereka, biasanya sold dalam 10 menit 😭
#thrifthaul #bajubekasimpor #hiddengems"""),
("live", "live_call", (1,1,1,1), """Halo halo yang baru join, selamat datang di live Bang Ocit!
Ini barang bekas impor semua ya, langsung dari bal Korea, bukan KW bukan lokal.
Jaket kulit ini 85 ribu, kondisi mulus cuma kancing satu agak longgar.
Ketik 'A12 mau' kalau mau ngunci, yang duluan ketik dia yang dapet.
Abis ini kita buka sepatu Jepang, jangan ke mana-mana!"""),
("listing", "plain_offer", (1,1,1,1), """Tas Bekas Import Jepang Coach Kulit Asli Preloved Sling Bag
Barang seken impor dari Osaka, bukan dari lemari pribadi ya kak, ini stok dagangan
Minus: ada baret halus di sudut, lihat foto 6
Harga 375.000
Bisa cek keaslian sebelum bayar, kirim dari Surabaya"""),
("comment", "seller_reply", (1,1,1,1), """Masih ada kak, sisa 2 yang hitam ukuran M sama XL.
Ini baju second impor dari bal Korea ya, jadi kondisi beda2, sudah saya tulis minusnya di caption. Harga tetap 55rb satunya, kalau ambil dua jadi 100rb aja. Checkout lewat keranjang kuning biar aman."""),
("post", "reseller_recruitment", (1,1,1,1), """DICARI RESELLER BAJU THRIFT IMPOR!! 📢
Modal mulai 500rb udah bisa jualan, barang kami ambil langsung dari bal Jepang & Korea.
Keuntungan:
✅ harga grosir per kodi
✅ foto katalog siap pakai
✅ boleh retur kalau ada yang bolong parah
Cocok buat mahasiswa & ibu rumah tangga. Isi form di link bio, nanti admin hubungi."""),
("listing", "plain_offer", (1,1,1,1), """SEPATU BEKAS IMPOR NIKE ADIDAS NEW BALANCE ORI SECOND
Size 40-44 ready, insole masih tebal
Barang karungan dari Singapura, sudah dicuci dan dijemur
Satu pasang 150k, tiga pasang 400k
Lokasi Gedebage Bandung, bisa ambil langsung di kios"""),
("message", "wa_broadcast", (1,1,1,1), """*INFO BAL MASUK HARI INI*
Gudang kami sudah terima kiriman baru ex Korea:
1. Bal blouse wanita campur 100kg
2. Bal celana training anak
3. Bal selimut & bedcover
Harga list dikirim per japri ya, bukan di grup.
Pengambilan di gudang atau kirim via kargo. Terima kasih."""),
("post", "creator_recommendation", (1,1,1,1), """Buat kalian yang nanya aku beli outer vintage di mana, jawabannya: @gudangkuno.id 🙌
Mereka jual baju bekas impor, kebanyakan dari Jepang, udah dicuci dan dikategoriin per warna jadi enak milihnya.
Kemarin aku dapet trench coat Burberry second cuma 300rb, gila sih.
Bukan endorse, aku bayar sendiri. Cuma pengen share aja biar kalian nggak kena harga reseller yang mark-up gila-gilaan."""),
("listing", "plain_offer", (1,1,1,1), """Kaos Band Second Import USA Original Vintage 90an
Metallica, Nirvana, Pearl Jam, ada juga kaos tur konser
Barang dari bal Amerika, kondisi single stitch, sablon retak wajar
Harga 120rb-450rb tergantung item, list lengkap di katalog
Pengiriman tiap Senin & Kamis dari Yogyakarta"""),
("profile", "shop_bio", (1,1,1,1), """Toko Bu Marni – grosir pakaian bekas impor sejak 2009
Sedia bal kemeja, bal kaos, bal rok, bal anak-anak
Asal barang Jepang, Korea, kadang Australia
Jual ecer juga di lapak Pasar Gedebage
Melayani pengiriman ke Sumatera & Kalimantan
Hubungi 0852xxxx (WA only)"""),
("post", "plain_offer", (1,1,1,1), """Open order lagi nih guys, stok hoodie second impor baru aja disortir 😍
Ada Champion, Carhartt, GAP, sama beberapa brand Jepang yang jarang ada.
Harga 90-175rb, kondisi 85-95%.
Mau yang bersih banget? Tambah 10rb kita laundry lagi sebelum kirim.
Comment 'mau' nanti admin DM satu-satu ✨"""),
("listing", "plain_offer", (1,1,1,1), """[READY] Paket Usaha Thrift 50 Pcs Kemeja Wanita Bekas Korea Grade B
Cocok buat yang baru mulai buka lapak
Isi: blouse, kemeja kerja, kemeja motif
Ada yang noda dikit atau kancing lepas, makanya grade B
Harga paket 750rb, rata-rata cuma 15rb per pcs!
Bonus hanger 20 biji"""),
("comment", "seller_reply", (1,1,1,1), """@dindaaa_ iya kak ini bekas impor Jepang semua, kita dapet dari bongkaran bal minggu lalu.
Yang cardigan pink tinggal satu size S, harga 65rb udah termasuk laundry. Kalau mau COD bisa di depan Stasiun Tanah Abang hari Sabtu, selain itu lewat ekspedisi."""),
("post", "live_call", (1,1,1,1), """NANTI MALAM LIVE JAM 8 ‼️
Spesial bongkar karung sepatu second import, isinya kebanyakan running shoes dan sneakers.
Harga flat 100rb semua pasang, siapa cepat dia dapat.
Jangan lupa follow dulu biar dapat notif.
Pengiriman dari Medan, bisa ke seluruh Indonesia 🚚"""),
("listing", "plain_offer", (1,1,1,1), """Jaket Kulit Bekas Impor Eropa Pria Asli Kulit Domba
Sisa bongkaran bal Belanda, ada 7 potong size M sampai XXL
Warna coklat tua dan hitam, lapisan dalam masih bagus semua
Harga 250rb per potong, borong semua 1,5jt
Tanya-tanya dulu boleh banget kak"""),
("message", "customer_chat", (1,1,1,1), """Halo kak, iya betul ini toko yang jual baju bekas impor 🙏
Untuk paket campur 10 pcs harganya 200rb, isinya random kaos dan kemeja dari bal Korea.
Kalau mau pilih sendiri modelnya, harganya per pcs 30rb.
Ongkir ke Makassar kira-kira 40rb pakai J&T.
Mau saya kirimkan foto stok yang ada sekarang?"""),
("post", "plain_offer", (1,1,1,1), """Rok & celana kulot thrift impor Korea cuma 25k!!! 🎀
Stok baru dari bal, belum sempat difoto satu-satu jadi yang mau bisa video call pas pilih.
Warna earth tone banyak banget, cocok buat ngantor.
Lokasi Depok, dekat UI. Bisa kirim juga.
Follow @kulotkita.thrift buat update harian"""),

# ---- legal, hard negatives ----
("article", "hn_news_seizure", (0,1,1,1), """Petugas Bea Cukai Tanjungbalai Karimun kembali menggagalkan penyelundupan pakaian bekas asal Malaysia. Dalam operasi patroli laut pekan lalu, sebuah kapal kayu kedapatan mengangkut ratusan balpres tanpa dokumen.
Kepala kantor setempat menyebut muatan itu akan dimusnahkan karena impor pakaian bekas dilarang sesuai Permendag 18/2021 yang telah diubah dengan Permendag 40/2022.
Nakhoda dan dua anak buah kapal kini diperiksa penyidik."""),
("post", "hn_own_preloved", (1,1,1,0), """Declutter lemari sebelum pindahan 📦
Jual preloved pribadi, semua aku beli sendiri di mall dan online shop lokal, dipakai paling 2-3 kali:
- dress batik Parang 80rb
- kemeja putih Zara 70rb
- celana bahan hitam 50rb
Bukan barang impor karungan ya, murni isi lemari aku. Area Tangerang Selatan, bisa COD."""),
("listing", "hn_new_thrift_style", (1,0,1,0), """Kemeja Flanel Pria Vintage Style Baru Bukan Bekas Produksi Bandung
Motif kotak ala thrift tapi 100% baru, masih ada tag
Bahan katun flanel tebal, jahitan rapi
Ukuran M, L, XL
Harga 89rb, grosir 12 pcs dapat potongan
Dibuat di konveksi sendiri di Cigondewah"""),
("listing", "hn_used_motorbike", (1,1,0,0), """Dijual Honda Beat 2019 bekas pemakaian pribadi
Surat lengkap, pajak hidup sampai Agustus
Mesin halus, ban depan baru ganti
Kilometer 23 ribuan
Harga 11,5jt nego di tempat, lokasi Sidoarjo
Minat serius hubungi 0812xxxx"""),
("post", "hn_complaint_report", (0,1,1,1), """Hati-hati sama akun @grosirbal.murah99 ya guys 😡
Dia posting "bal kemeja Korea grade A isi 120 pcs cuma 2,5jt, garansi mulus". Aku transfer DP 1jt, barang nggak pernah dikirim, sekarang nomornya udah nggak aktif.
Udah aku laporin ke platform sama ke patrolisiber. Jangan sampai ada korban lagi."""),
("comment", "hn_buyer_question", (0,1,1,1), """Kak mau tanya dong, kalau beli baju bekas impor di Pasar Senen itu aman nggak buat kulit? Aku ada alergi soalnya.
Biasanya kalian rendam pakai apa sebelum dipakai? Pengen coba ke sana minggu depan tapi masih ragu."""),
("post", "hn_charity_bazaar", (1,1,1,0), """BAZAR AMAL SMP NEGERI 7 🌟
Hari Sabtu, 14 September, di halaman sekolah.
Kami menjual pakaian layak pakai hasil donasi orang tua murid dan guru: seragam, kemeja, baju anak, sepatu.
Harga Rp5.000–Rp20.000, seluruh hasil untuk renovasi perpustakaan.
Mari datang dan ajak keluarga!"""),
("listing", "hn_cardboard_bale", (1,1,0,1), """Jual kardus bekas impor per bal, ex kemasan barang elektronik dari Tiongkok
Kondisi kering, sudah dipres rapi, 1 bal ± 500 kg
Cocok untuk pabrik kertas daur ulang
Harga dihitung per kilo, lokasi gudang di Cikarang
Tidak melayani eceran"""),
("article", "hn_opinion", (0,1,1,1), """Saya menulis ini sebagai penjahit di Majalaya yang omzetnya turun sejak toko-toko thrift menjamur.
Baju bekas impor datang dalam bal, dijual Rp10 ribu per potong, dan konsumen tentu memilih yang murah. Kami tidak bisa bersaing dengan harga sampah negara lain.
Larangan sudah ada, tetapi penegakannya setengah hati. Selama pasar di hilir tidak ditertibkan, pintu masuk di pelabuhan akan terus dicari celahnya."""),
("post", "hn_new_import", (1,0,1,1), """NEW ARRIVAL 🇰🇷 Korean Knit Cardigan
100% barang baru, impor resmi langsung dari Dongdaemun, bukan thrift ya kak 🙏
Ada 6 warna pastel, all size fit to L
Harga 135rb, masih segel plastik dan ada hangtag
PO 10 hari kerja, close order Jumat"""),
("message", "hn_donation_request", (0,1,1,0), """Bapak Ibu warga RW 05 yth.
Posko banjir di balai warga menerima sumbangan pakaian bekas layak pakai, terutama baju anak, sarung, dan selimut.
Mohon dicuci dan dilipat, dimasukkan ke kantong plastik dengan tulisan ukuran.
Penerimaan sampai hari Minggu pukul 16.00.
Terima kasih atas kepeduliannya."""),
("post", "hn_joke_meme", (0,1,1,1), """POV: kamu beli jaket thrift 50rb terus nemu struk laundry dari Osaka di kantongnya 😭😭
plus tiket kereta bekas sama permen karet yang udah keras
jaketnya bagus sih tapi sekarang aku ngerasa lagi nerusin hidup orang Jepang
#curhat #thriftlife"""),
("listing", "hn_plain_clothing", (1,0,1,0), """Gamis Wanita Polos Bahan Crinkle Airflow
Adem, tidak menerawang, busui friendly
Warna: mocca, sage, hitam, navy
Ukuran M, L, XL, XXL
Harga 115rb, beli 3 gratis ongkir Jabodetabek
Langsung dari produsen di Tanah Abang"""),
("article", "hn_guideline", (0,1,1,1), """Panduan komunitas: konten yang menawarkan pakaian bekas asal luar negeri (misalnya bal atau karungan impor) akan kami turunkan karena barang tersebut dilarang masuk ke Indonesia.
Konten yang tetap diizinkan antara lain: menjual pakaian milik pribadi, bazar amal dari donasi lokal, berita dan diskusi tentang kebijakan, serta penjualan pakaian baru bergaya vintage.
Jika ragu, cantumkan asal barang secara jelas pada deskripsi."""),
("review", "hn_review_no_seller", (0,1,1,1), """Bintang 4 deh buat pengalaman pertama ngawul.
Barangnya ya namanya bekas impor, ada yang masih bagus banget ada yang bau apek parah. Aku dapat dua kemeja, harus direndam semalam pakai air panas sama cuka baru wanginya hilang.
Saran aku: bawa tas sendiri, pakai baju yang nyaman, dan siap antre di kasir."""),
("listing", "hn_used_phone", (1,1,0,1), """iPhone 11 64GB Ex Inter Second Bekas Pemakaian
Unit ex Singapura, IMEI sudah terdaftar resmi
Battery health 84%, Face ID normal
Minus: lecet halus di frame
Harga 4,3jt, bonus case dan tempered glass
COD area Batam Center"""),
]
