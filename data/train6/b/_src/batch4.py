# Batch 4: hand-written long-form records. Each entry: (kind, category, (offer, used, clothing, abroad), text)
RECORDS = [
("listing", "keyword_stuffed_title", (1, 1, 1, 1), """Sweater Rajut Wanita Second Korea Import Thrift Vintage Murah Cardigan Knit Oversize Bekas Premium
READY 60+ model, pilih nomor di katalog foto
Kondisi rata-rata 85%, sebagian ada bulu-bulu halus (pilling)
Harga 39rb, flash sale Jumat jadi 33rb
Dikirim dari Jakarta Pusat (Senen)"""),

("post", "evasion_emoji", (1, 1, 1, 1), """🅱️al 🇰🇷 baru sampe, isinya mostly outer & blazer 🧥
barang s*cond, aman no bolong
mau nanya harga? komen "🙋" aja biar ga kena filter 🤫
kirim seluruh indo, packing rapet
#outerwanita #blazer #hunting #thrftcommunity"""),

("message", "regional_code_word", (1, 1, 1, 1), """Assalamualaikum dangsanak, rombengan hanyar datang dari kapal 🚢
Baju kaos, kemeja lakian, celana panjang, baju kanakan jua ada
Harga 10 ribu sampai 35 ribu haja, kawa ditawar
Lapak kami di Pasar Sudimampir, lantai bawah, dekat tangga
Ayuha singgah, jangan kada"""),

("profile", "shop_bio", (1, 1, 1, 1), """Toko Sahabat Thrift Official 🏪
Menjual pakaian second import Jepang, Korea & Taiwan sejak 2017
100% dari bal, disortir, dicuci, disetrika sebelum dikirim
Grosir & eceran • Gudang Cibinong
Jam operasional chat 08.00-17.00"""),

("comment", "comment_reply_offer", (1, 1, 1, 1), """@wawan_sgu: pak barang lelong yang jaket tebal itu masih ada? kirim ke Sanggau bisa?
@lelong.perbatasan: masih bang, baru masuk dari Entikong kemarin, 1 karung kecil isi 25 jaket 1,1 juta. cek dm, nomor rekening sudah saya kirim
@wawan_sgu: oke pak sudah saya baca"""),

("live", "regional_code_word", (1, 1, 1, 1), """Horas kawan, live kita malam ini bongkar monja, jaket sama kemeja!
Barang Korea, baru datang ke gudang kita di Medan Johor
Siapa mau, ketik "ambil" sama kode di kantongnya, biar kucatat
Ini kode M5, jaket Adidas biru, 85 ribu
Jangan kau nonton aja lae, sikat lah"""),

("review", "haul_with_seller", (1, 1, 1, 1), """Review belanja di lapak Bu Yati, Pasar Beringharjo lantai 3 (yang jualan awul-awul impor)
Aku dapat 4 kemeja flanel cuma 100rb, kondisi bagus semua
Ibunya ramah, mau dicariin ukuran, dan bilang stok karung baru datang tiap Kamis
Kalau ke Jogja wajib mampir sini, bintang 5 ⭐⭐⭐⭐⭐"""),

("listing", "per_kilo_offer", (1, 1, 1, 1), """Baju Anak Bekas Import Per Kilo — Campur Cowok Cewek
Sortiran A dari bal Korea & Jepang, umur 2-10 tahun
Harga 75rb/kg (±8-10 pcs per kg)
Minimal 5 kg, cocok buat jualan di pasar atau live
Kirim dari Semarang tiap hari kerja"""),

("message", "reseller_recruitment", (1, 1, 1, 1), """Hi kak! Thanks udah tertarik jadi dropshipper kami 😊
Cara kerjanya: kamu posting katalog (second import Korea & Jepang), kami yang kirim atas nama tokomu
Margin bebas, rata-rata reseller ambil untung 15-30rb per pcs
Katalog update tiap bal dibuka, sekitar 2x seminggu
Kalau setuju, isi data di link form ya, nanti dimasukin grup WA"""),

("post", "container_vintage", (1, 1, 1, 1), """Container drop dari USA udah dibongkar 🇺🇸🚛
Carhartt double knee, Dickies 874, jaket chore, flanel tebal
Semua bekas pakai tukang beneran, belel dan berkarakter
Mulai 150rb, workwear langka 400rb+
Buka showroom Sabtu jam 1 siang, Kemang"""),

("listing", "household_textile", (1, 1, 1, 1), """Handuk & Sprei Bekas Jepang Per Kilo Grade A
Handuk mandi tebal, sprei katun, sarung bantal motif
Sudah disortir, bolong & noda berat dibuang
55rb/kg, minimal 10 kg
Stok dari bal Jepang, ready di gudang Sidoarjo"""),

("post", "plain_offer", (1, 1, 1, 1), """Restock 🇰🇷 hari ini!
Blus renda, kemeja satin, celana kulot — bekas impor kondisi mulus
kode harga di foto: 45 = 45rb, 65 = 65rb
Yang mau langsung balas di story, max keep 2 jam
Open juga buat reseller, harga khusus ambil 20 pcs up"""),

("listing", "thrift_trade_name", (1, 1, 1, 1), """Baju Thrift 15rb Semua Model Kaos Kemeja Celana
Thrift shop Bandung, update barang tiap minggu
Kondisi bekas layak pakai, ada cacat dikasih tahu di foto
Beli 10 dapat gratis 1, ongkir subsidi 5rb
Toko offline di Jl. Cikapundung, depan mall"""),

("live", "border_route", (1, 1, 1, 1), """Yuk merapat, sepatu second baru nyebrang dari Tanjungpinang!
Malam ini spesial sneakers ukuran besar 42-45
Ketik SP + nomor, ini SP1 Adidas Samba, 275rb
SP2 New Balance 574 abu, 240rb, solnya masih tebel banget
Pembayaran sebelum jam 12 malam ya kak"""),

("post", "x_reply_offer", (1, 1, 1, 1), """replying to @zaskiaaa_
ready kak bal jepang campur, baru buka 2 karung kemarin
kemeja + outer cewe banyak, 30-60rb
dm aja kalo mau liat foto2nya, atau cek akun ig di bio
sold 80% dari batch kemarin, cepet habis"""),

("message", "border_route", (1, 1, 1, 1), """Pengumuman utk pelanggan di Ketapang & Sintang:
Barang dari Kuching lewat Entikong sudah kami terima, ada 15 karung.
Isinya baju kerja wanita, celana jeans, jaket hujan.
Harga karung utuh 1,4jt sampai 2jt, ecer bisa di toko Jl. Gajah Mada
Pesanan dikirim pakai travel, bayar setelah barang sampai"""),

("listing", "per_kilo_offer", (1, 1, 1, 1), """Mantel Winter Coat Bekas Jepang Grade A Per Kilo
Wol, kasmir campur, trench coat — cocok buat yang mau ke luar negeri atau jualan
Harga 140rb/kg, rata-rata 1 coat 1-1,5 kg
Ambil 20 kg dapat diskon 10%
Dari gudang Bekasi, bisa cek barang dulu"""),

("article", "hn_news", (0, 1, 1, 1), """Kemendag Musnahkan Ribuan Bal Pakaian Bekas Hasil Sitaan
Pemerintah memusnahkan ribuan bal pakaian bekas impor yang disita dari gudang di Jawa Barat beberapa bulan lalu.
Menteri menegaskan bahwa impor pakaian bekas dilarang dan importir pelanggar dapat dikenai sanksi administratif hingga penutupan usaha.
Pemusnahan dilakukan bertahap dengan cara dibakar di fasilitas khusus.
Asosiasi tekstil menyambut baik langkah ini dan meminta pengawasan di pelabuhan diperketat."""),

("post", "hn_seller_stopped", (0, 1, 1, 1), """Terima kasih 6 tahun ini 🥹
Lapak thrift kami di Gedebage resmi tutup akhir bulan. Bal impor makin susah masuk dan kami ga mau ambil risiko.
Ga ada cuci gudang, sisa barang sudah diambil saudara.
Doakan usaha baru kami nanti ya, masih mikir mau dagang apa.
Sampai jumpa pelanggan setia!"""),

("listing", "hn_vehicle", (1, 1, 0, 1), """Sepeda Lipat Bekas Ex Jepang Dahon 20 inch
Didatangkan lengkap dengan dokumen oleh importir sepeda
Rangka aluminium, 7 speed, rem masih pakem
Harga 2,1jt, bonus lampu & bel
Lokasi Bintaro sektor 9"""),

("listing", "hn_new_import", (1, 0, 1, 1), """Hanbok Anak Baru Import Korea untuk Foto & Acara
Bahan satin lembut, lengkap rok, atasan, pita rambut
Ukuran 1-7 tahun, stok warna pink & mint
Harga 265rb, baru dan bersegel plastik
Cocok untuk tema Korea di ulang tahun"""),

("live", "hn_new_thrift_style", (1, 0, 1, 0), """Halo yang baru join live! Ini bukan bongkar karung ya, ini koleksi baru kita 😄
Kemeja retro motif kotak, dijahit di konveksi sendiri di Bandung, masih ada tag
Gayanya emang kayak hasil thrifting, tapi barangnya baru semua
Ketik "R" + ukuran, misal R-L, langsung admin buatin keranjang
Harga live 99rb, normalnya 119rb, sampai jam 10 aja"""),

("review", "hn_review", (0, 0, 1, 1), """Review celana wide leg impor Korea yang aku beli di mall:
Bahannya adem, jatuh, pinggang karet belakang bikin nyaman.
Kekurangan: panjangnya pas buat orang tinggi, aku harus potong 5 cm.
Harga 299rb agak mahal, tapi kualitasnya sesuai.
Skor 8/10, bakal beli warna lain."""),

("post", "hn_buyer_question", (0, 1, 1, 1), """Permisi member grup 🙏
Saya cari supplier bal Korea grade A untuk toko di Lampung, ada yang tahu yang amanah?
Sudah 2x ketipu, transfer tapi barang ga datang.
Tolong rekomendasinya lewat PM, jangan di kolom komen biar ga dihapus admin.
Terima kasih"""),

("comment", "hn_joke", (0, 1, 1, 1), """gajian tuh jalurnya: ATM → Senen lantai thrift → pulang bawa 5 kemeja bau karung → nyuci 3 hari 🤡
↳ relate parah, emak gue sampe nanya "ini baju siapa kok baunya kayak gudang"
↳ wkwk yg penting branded bestie
↳ baju Jepang ukuran S tapi di aku jadi croptop 😭"""),

("article", "hn_announcement", (0, 1, 1, 1), """Pengumuman Pemerintah Kota tentang Penertiban Pedagang Pakaian Bekas Impor
Diberitahukan kepada pedagang di kawasan pasar kota bahwa penjualan pakaian bekas dari luar negeri melanggar ketentuan larangan impor.
Pedagang diberi waktu tiga bulan untuk menghabiskan stok dan beralih ke produk dalam negeri.
Dinas akan membuka pendaftaran program pendampingan dan bantuan modal bagi pedagang yang beralih usaha.
Informasi lebih lanjut dapat ditanyakan di kantor pengelola pasar."""),

("listing", "hn_phone", (1, 1, 0, 1), """iPhone 12 128GB Second Ex Jepang (Bunyi Shutter)
Fisik 95%, battery health 86%, Face ID normal
Sudah terdaftar IMEI resmi, pajak sudah dibayar
Harga 5,3jt, kelengkapan unit + kabel
COD Bandung Kota atau kirim asuransi"""),

("listing", "hn_machine", (1, 1, 0, 0), """Mesin Obras Bekas Siruba 4 Benang Industri
Masih jalan halus, pisau baru diasah, dinamo aman
Cocok untuk konveksi rumahan
Harga 1,9jt, tidak termasuk meja
Lokasi Bogor, Ciomas"""),

("post", "hn_preloved_own", (1, 1, 1, 0), """Preloved hijab & gamis pribadi 🌸
Lagi beres-beres lemari, banyak yang jarang kepake:
- pashmina ceruty 5 warna @25rb
- gamis syar'i size L 2 pcs @90rb
Semua beli di toko lokal Tanah Abang, dipakai 1-3 kali
Kirim dari Palembang, ongkir pembeli"""),

("post", "hn_garage_sale", (1, 1, 1, 0), """Garage Sale Komplek Griya Asri blok D 🏡
Sabtu pagi jam 7-11, 12 rumah ikut buka lapak depan pagar
Ada baju, sepatu anak, mainan, alat masak, buku
Semua barang pribadi penghuni, harga mulai 2rb
Datang pagi biar dapet yang bagus!"""),

("listing", "hn_new_local", (1, 0, 1, 0), """PO Baju Lebaran Couple Keluarga Motif Songket
Baru, produksi konveksi kami di Pekalongan
Ayah, ibu, anak — bisa pilih ukuran satu-satu
Close PO 20 hari sebelum Lebaran, estimasi kirim 2 minggu
Harga mulai 95rb per potong"""),

("listing", "hn_bundle_other", (1, 1, 0, 0), """Bundle Buku Bekas Novel Remaja 10 Judul
Kondisi baik, ada yang kertasnya menguning
Tere Liye, Dee, Raditya Dika, dll
Harga bundle 180rb, tidak bisa ecer
Kirim dari Medan, bubble wrap tebal"""),

("post", "hn_complaint", (0, 1, 1, 1), """Curhat dikit. Ikut grup "reseller thrift" yang katanya ambil barang langsung dari karung Jepang.
Setelah bayar 1,5jt, yang dikirim cuma baju sobek, ada yang bolong dan berjamur.
Admin langsung keluarin aku dari grup pas protes.
Jangan gampang percaya testimoni ya guys, kebanyakan editan."""),

("article", "hn_feature", (0, 1, 1, 1), """Cakar, Cap Karung: Sejarah Panjang Pakaian Bekas di Sulawesi Selatan
Istilah cakar akrab di telinga warga Makassar dan Parepare. Kata itu merujuk pada pakaian bekas dari luar negeri yang datang dalam karung besar.
Sejak puluhan tahun lalu, barang-barang ini masuk lewat jalur laut dan dijual di pasar-pasar tradisional.
Bagi sebagian warga, cakar adalah cara berpakaian layak dengan biaya rendah; bagi pemerintah, ia pelanggaran aturan impor.
Tulisan ini merangkum cerita tiga generasi pembeli cakar."""),

("post", "hn_service_alteration", (1, 1, 1, 0), """Permak Jeans & Baju Bekas Biar Pas Lagi ✂️
Potong celana, kecilin pinggang, ganti resleting, tambal sobek
Mulai 15rb, jadi 1 hari
Penjahit Bu Sri, Jl. Kenari gang 3, Kebumen
Bawa baju lamamu, kita bikin kayak baru"""),

("listing", "hn_fabric_roll", (1, 0, 0, 0), """Kain Roll Sisa Produksi Katun Jepang (Motif Lokal)
Nama bahannya aja "katun Jepang", produksi pabrik Bandung
Sisa gulungan 10-30 meter per roll, cocok buat gamis & kemeja
Harga 22rb/meter, borongan lebih murah
Gudang Majalaya"""),

("post", "hn_grade_other", (1, 0, 0, 0), """Mangga Harum Manis Grade A Probolinggo 🥭
Ukuran besar, matang pohon, manis legit
Harga 28rb/kg, kirim pakai ekspedisi buah
Grade B juga ada 18rb/kg buat jus
Pemesanan minimal 5 kg"""),
]
