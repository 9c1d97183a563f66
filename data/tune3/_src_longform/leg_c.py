from common import R
ROWS = [
# ---------------- new_not_used_not_import (15) 1010 ----------------
R("listing","new_not_used_not_import","1010","""
KAOS POLOS COTTON COMBED 30s — BUKAN BEKAS, BUKAN IMPOR
100% produksi konveksi kami di Solo
Size S-XXXL, 25 warna
Harga ecer 35rb, lusinan 360rb
Ready stock, kirim hari ini
"""),
R("post","new_not_used_not_import","1010","""
Buat yang nanya terus: barang kami bukan bekas, bukan impor, bukan sortiran bal 🙅
Semua kemeja dijahit baru di Pekalongan, motif batik cap asli
Size M-XXL, harga 95rb-150rb
Bisa cek langsung ke workshop kami
#batikpekalongan #produklokal #bukanthrift
"""),
R("listing","new_not_used_not_import","1010","""
Jaket Parasut Outdoor — Baru, Lokal, Bergaransi
Bukan barang second, bukan barang luar
Dijahit di Bandung, bahan taslan waterproof
Size M, L, XL, XXL
Rp185.000, garansi jahitan 30 hari
"""),
R("profile","new_not_used_not_import","1010","""
Konveksi Sumber Rejeki — Sidoarjo
Produsen seragam sekolah, kantor, & kaos event
Semua barang baru produksi sendiri, bukan barang bekas / bukan impor
Terima pesanan min 24 pcs
WA 0857xxxx
"""),
R("listing","new_not_used_not_import","1010","""
Gamis Katun Rayon Motif Bunga — NEW
Jahitan rapi, busui friendly, resleting depan
Produksi rumahan Tasikmalaya, bukan barang import atau preloved
All size fit XL, panjang 138
Rp98.000
"""),
R("post","new_not_used_not_import","1010","""
Sepatu kulit handmade Cibaduyut 👞
Dibuat baru per pesanan, bukan sepatu bekas luar negeri yang dicat ulang
Ukuran 38-45, pengerjaan 7 hari
Rp350rb, garansi sol 6 bulan
#cibaduyut #sepatukulit #buatanindonesia
"""),
R("listing","new_not_used_not_import","1010","""
CELANA CHINO PRIA — BARANG BARU, BUKAN SISA BAL
Bahan twill stretch, jahitan rantai
Size 27-38 lengkap
Produksi Jakarta (Tanah Abang - konveksi sendiri)
Rp110.000, beli 2 Rp200.000
"""),
R("post","new_not_used_not_import","1010","""
Aku sering ditanya: "kak ini barang karungan ya? murah banget" 😅
Bukan! Ini produksi sendiri di Klaten, kaos lurik & outer tenun
Harga murah karena langsung dari penjahit, tanpa perantara
Baru semua, ada label, ukuran lengkap
Cek katalog di highlight
"""),
R("listing","new_not_used_not_import","1010","""
Seragam Sekolah SD Putih Merah — BARU
Bahan tetoron katun, tidak menerawang
Ukuran 6-16, lengkap celana/rok
Produksi lokal Bandung, bukan bekas & bukan barang luar
Rp65.000 / stel
"""),
R("listing","new_not_used_not_import","1010","""
Hijab Segi Empat Voal Premium — Produk Baru
Bukan reject, bukan impor, bukan preloved
Dijahit tepi laser di Bandung
Ukuran 115x115, 30 warna
Rp35.000, grosir 1 kodi Rp600.000
"""),
R("post","new_not_used_not_import","1010","""
Disclaimer toko kami 📌
1. Semua barang baru (bukan bekas/seken)
2. Semua produksi dalam negeri (bukan impor)
3. Ukuran lengkap & bisa tukar size
Sekarang lagi promo jaket bomber lokal 149rb dari 199rb
Yuk checkout!
"""),
R("listing","new_not_used_not_import","1010","""
Kemeja Tenun Ikat NTT — Baru, Jahitan Penjahit Kupang
Kain tenun asli Sumba, dijahit jadi kemeja modern
Bukan barang bekas dan bukan barang impor
Size M-XXL
Rp375.000
"""),
R("listing","new_not_used_not_import","1010","""
Sandal Jepit Karet Lokal — BARU
Namanya aja "sandal Jepang", padahal buatan Tangerang 😄
Bukan bekas, bukan impor, grosir per kodi
Ukuran 36-44
Rp8.000/pasang, 1 kodi Rp150.000
"""),
R("post","new_not_used_not_import","1010","""
Kenalan sama brand kami yuk 👋
Kami jual denim raw & selvedge, dijahit di Jogja
Bukan barang thrift, bukan barang bekas, bukan impor ulang
Size 28-40, ada jasa potong panjang gratis
Mulai 425rb
#denimlokal #selvedgeindonesia
"""),
R("listing","new_not_used_not_import","1010","""
Baju Koko Anak — Produk Baru Konveksi Pekalongan
Bahan katun toyobo, bordir rapi
Usia 2-12 tahun
Bukan barang second, bukan barang impor
Rp55.000, grosir min 12 pcs Rp45.000
"""),
# ---------------- market_trip_caption (15) 0111 ----------------
R("post","market_trip_caption","0111","""
Akhirnya kesampaian juga main ke Pasar Senen Blok III 😆
Panas, sesak, tapi seru banget liat tumpukan jaket dan orang-orang nawar
Aku cuma beli 1 kemeja flanel buat diri sendiri, 40rb
Next time mau datang pagi biar gak terlalu rame
#pasarsenen #jalanjalan #jakartadiary
"""),
R("post","market_trip_caption","0111","""
Pertama kali ke Pajak Melati, Medan 📍
Ternyata luas banget, isinya lapak-lapak monza sampai ke gang-gang
Aku gak beli apa-apa sih, cuma foto-foto dan makan mie balap di depan
Seru liat ibu-ibu nawar sampai setengah harga 😂
#medantrip #pajakmelati
"""),
R("post","market_trip_caption","0111","""
Liburan ke Makassar, diajak sepupu ke Pasar Terong 🛍️
Dia cerita soal cakar alias cap karung, katanya dulu semua datang dari Parepare
Aku beli satu jaket buat kenang-kenangan, dipakai sendiri di Jakarta
Pulangnya makan coto, mantap!
#makassar #kulinermakassar #cakar
"""),
R("post","market_trip_caption","0111","""
Weekend trip ke Bandung: Gedebage edition 🚗
Datang jam 8, parkiran udah penuh. Ratusan kios, baju digantung sampai atap
Aku dapat 2 celana buat dipakai sendiri, total 90rb
Tips: bawa uang pas, pakai baju tipis, dan siap antre fitting 😅
#bandungtrip #gedebage
"""),
R("post","market_trip_caption","0111","""
Jalan-jalan ke Nunukan, mampir ke Pasar Baru lihat rombengan 🙈
Katanya hari Jumat-Sabtu ramai karena "buka baru"
Aku cuma lihat-lihat, beli sepatu olahraga buat dipakai lari pagi di sini
Besok lanjut nyebrang ke Sebatik, lihat patok perbatasan
#kaltara #nunukan #travel
"""),
R("post","market_trip_caption","0111","""
Diary KKN hari ke-20 di Sikka 📝
Minggu pagi ikut mama tuan rumah ke pasar dekat TPI Alok
Ada lapak RB di pinggir jalan, ramai sekali
Beli kemeja 15 ribu buat dipakai acara perpisahan desa
Ternyata belanja RB itu budaya juga di sini ya
"""),
R("post","market_trip_caption","0111","""
Ngetrip ke Pontianak 🌉
Tugu Khatulistiwa ✅, Sungai Kapuas ✅, dan sempat lewat deretan toko baju lelong di Jalan PM Yamin
Gak beli, koper udah penuh oleh-oleh lempok 😂
Pengen balik lagi pas Cap Go Meh
#pontianak #kalbar
"""),
R("post","market_trip_caption","0111","""
Nostalgia Sekaten di Alun-alun Utara dulu 🎡
Ada kora-kora, arum manis, dan lapak awul-awul yang isinya baju-baju karungan
Dulu ibu beliin aku jaket di situ, 10 ribu, dipakai sampai SMP
Sekarang suasananya udah beda, tapi kenangannya masih
#jogja #sekaten #nostalgia
"""),
R("post","market_trip_caption","0111","""
Vlog kecil: nemenin adik cari jaket buat kuliah di Malang 🎒
Kita ke Pasar Senen, muter 2 jam, dapat jaket varsity 85rb
Adik seneng banget, aku yang capek 😮‍💨
Abis itu makan soto di depan stasiun
#vlog #pasarsenen #adikkakak
"""),
R("post","market_trip_caption","0111","""
Hari ini ikut tour "Pasar Tradisional Medan" bareng komunitas foto 📸
Rutenya Pajak Petisah, Pajak Sambu, terus Pajak Melati
Banyak objek menarik: tumpukan jaket monza, pedagang nyortir karung, anak kecil main di antara rak
Hasil foto aku upload di album
#fotografijalanan #medan
"""),
R("post","market_trip_caption","0111","""
Mampir ke Blok M Square lantai basement 🛒
Deretan kios jaket kulit dan kemeja dari Jepang-Korea, pedagangnya ramah
Aku cuma beli topi buat diri sendiri, 35rb
Lumayan buat ngadem sambil cuci mata
#blokm #jakartaselatan
"""),
R("post","market_trip_caption","0111","""
Jalan pagi di Kupang, lewat Pasar Kasih yang ramai lapak RB 🌅
Mama-mama pilih baju di atas terpal, anak-anak lari-lari
Beta beli kemeja satu buat pi gereja hari Minggu
Kupang selalu hangat 🧡
#kupang #ntt
"""),
R("post","market_trip_caption","0111","""
Throwback waktu tugas di Tanjungbalai 🚢
Dekat Teluk Nibung ada pasar TPO yang terkenal pakaian bekas luar
Sering ke sana beli celana kerja buat dipakai sendiri, murah dan awet
Sekarang sudah pindah tugas, kangen mi gomak-nya
#tanjungbalai #sumut
"""),
R("post","market_trip_caption","0111","""
Hari kedua di Batam 🌊
Pagi ke Jembatan Barelang, siang nyari oleh-oleh, sore lewat area toko barang second di Jodoh
Rame banget yang nyari tas branded, aku sih cuma lihat-lihat
Malam makan gonggong di Kelong, enak!
#batam #kepri #jalanjalan
"""),
R("post","market_trip_caption","0111","""
Kami ke Parepare nganter nenek kondangan, sempat mampir ke Pasar Lakessi 🛍️
Ada blok khusus cakar, baju-baju digantung panjang sekali
Mama beli dua rok buat dipake sendiri, sa beli kaos satu
Parepare kota cinta, memang ramah orangnya
#parepare #sulsel
"""),
# ---------------- fake_goods_tutorial (15) offer0 used0 clothing1 abroad varies ----------------
R("article","fake_goods_tutorial","0011","""
Cara Membedakan Sepatu Nike Asli dan KW
1. Cek label ukuran di dalam lidah sepatu: font harus rapi dan kode produk sesuai dengan kotak.
2. Perhatikan jahitan swoosh: sepatu asli rapi, tidak ada benang berlebih.
3. Cium bau lem: KW biasanya berbau lem kuat.
4. Cek kode di situs resmi.
Banyak sepatu KW asal China dijual sebagai "ori impor", jadi teliti sebelum membeli.
"""),
R("article","fake_goods_tutorial","0011","""
Tutorial: Mengenali Tas Branded Palsu
- Logo: huruf pada logo palsu sering lebih tebal atau jaraknya tidak rata.
- Kulit: kulit asli punya pori alami, imitasi terasa licin dan plastik.
- Nomor seri: cocokkan dengan database resmi.
- Harga: kalau terlalu murah untuk barang "baru dari luar negeri", hampir pasti replika.
Simpan tips ini sebelum belanja online!
"""),
R("post","fake_goods_tutorial","0010","""
Thread: 5 ciri jersey bola KW 🧵
1/ Logo klub dibordir kasar atau disablon tebal.
2/ Bahan panas, tidak ada lubang ventilasi.
3/ Tag dalam tidak ada kode produk.
4/ Font nama & nomor beda dari jersey resmi.
5/ Harga di bawah 100rb untuk "jersey original baru".
Semoga gak ketipu lagi ya!
"""),
R("article","fake_goods_tutorial","0011","""
Panduan Cek Keaslian Jaket The North Face
Jaket asli memiliki tag hologram pada beberapa seri terbaru, logo bordir rapi, dan resleting merek YKK atau sejenis dengan grafir logo.
Waspadai jaket "ori impor" harga Rp150 ribuan dalam kondisi baru: kemungkinan besar produksi pabrik tiruan.
Bandingkan foto produk dengan katalog resmi di situs brand.
"""),
R("post","fake_goods_tutorial","0010","""
Tips cek celana Levi's asli atau palsu 👖
• Red tab: huruf "e" di Levi's kecil (pada beberapa seri) dan rapi
• Kancing bertuliskan kode pabrik di belakangnya
• Kertas label di pinggang (patch) sesuai seri
• Jahitan arcuate di saku belakang simetris
Jangan percaya cuma karena penjual bilang "ori"
#tipsbelanja #levis
"""),
R("article","fake_goods_tutorial","0011","""
Mengapa Banyak Barang KW Mengaku "Impor"?
Banyak penjual menempelkan label "impor" agar barang palsu terlihat bernilai.
Periksa apakah produk memiliki label SNI (untuk kategori tertentu), nama importir terdaftar, dan informasi negara pembuat.
Barang impor resmi biasanya menyertakan label berbahasa Indonesia.
Waspadai harga yang jauh di bawah harga pasar.
"""),
R("post","fake_goods_tutorial","0010","""
Video edukasi: cara bedain kaos band asli & bootleg 🎸
Cek tag: kaos lama pakai tag merek seperti Hanes atau Fruit of the Loom, jahitan single stitch.
Cek tanggal tur di punggung.
Bootleg sering pakai sablon digital tipis.
Aku bukan jualan ya, cuma berbagi ilmu 😊
"""),
R("article","fake_goods_tutorial","0011","""
Cara Mendeteksi Sepatu Adidas Palsu dari Kode Produk
Setiap sepatu Adidas memiliki kode artikel (misal: GY1234) di tag dalam.
Ketik kode tersebut di mesin pencari: hasil harus sesuai warna dan model.
Sepatu palsu sering memakai kode dari model lain.
Barang tiruan buatan luar negeri ini banyak dijual dengan klaim "BNIB ori import".
"""),
R("post","fake_goods_tutorial","0010","""
Edukasi konsumen dari YLKI cabang daerah 📢
Cara cek keaslian batik tulis vs printing:
1. Lihat bagian belakang kain, batik tulis warnanya tembus.
2. Motif tulis tidak pernah 100% sama.
3. Bau malam (lilin) masih samar.
Jangan tertipu label "batik tulis" untuk kain printing pabrik.
"""),
R("article","fake_goods_tutorial","0011","""
Panduan Belanja Aman Jam Tangan & Aksesori Fashion
Meski bukan pakaian, ikat pinggang dan dompet branded sering dipalsukan.
Ciri ikat pinggang asli: gesper berat, grafir halus, kulit tebal berlapis.
Penjual "barang luar" yang tidak bisa menunjukkan nota pembelian patut dicurigai.
Gunakan rekening bersama atau fitur escrow marketplace.
"""),
R("post","fake_goods_tutorial","0010","""
Pengalaman kena tipu beli sepatu "ori" di marketplace 😭 plus tips biar kalian gak kena:
- Minta video unboxing dari penjual, bukan foto katalog
- Cek ulasan dengan foto asli pembeli
- Bandingkan berat sepatu (KW biasanya lebih ringan)
- Beli di official store kalau ragu
Semoga bermanfaat
"""),
R("article","fake_goods_tutorial","0011","""
Jaket Kulit Asli vs Sintetis: Tes Sederhana di Rumah
1. Tes air: kulit asli menyerap sedikit air, sintetis tidak.
2. Tes bau: kulit asli beraroma khas, sintetis berbau plastik.
3. Tes tepi: potongan kulit asli berserat kasar.
Banyak jaket "leather import" ternyata PU. Teliti sebelum membeli.
"""),
R("post","fake_goods_tutorial","0010","""
Quiz! Mana yang tas asli? 👜
A) Jahitan miring, logo sedikit terkelupas
B) Jahitan rapi dan jumlahnya konsisten per sisi
C) Resleting tanpa merek
Jawab di komen, besok aku bahas jawabannya + cara cek kode produksi
#quizfashion #edukasi
"""),
R("article","fake_goods_tutorial","0011","""
Modus Penjualan Sepatu Replika dengan Label "Sortiran Pabrik Vietnam"
Sebagian penjual mengklaim sepatu replika sebagai "reject pabrik Vietnam" atau "sisa ekspor".
Faktanya, pabrik resmi memusnahkan produk reject.
Cek detail jahitan, insole, dan kode produk sebelum percaya.
"""),
R("post","fake_goods_tutorial","0010","""
Tips dari aku yang 5 tahun kerja di toko sepatu resmi 👟
Sepatu asli: lem rapi, tidak ada sisa lem kuning di pinggir sol.
Insole ada cetakan logo yang tidak mudah pudar.
Kardus punya stiker dengan barcode & ukuran sesuai.
Kalau ragu, bawa ke toko resmi untuk dicek.
"""),
# ---------------- new_imported_clothes (15) 1011 ----------------
R("listing","new_imported_clothes","1011","""
JAKET WINDBREAKER IMPORT KOREA — BARU (BNWT)
Label & hangtag lengkap, masih dalam plastik
Size M, L, XL, warna hitam/krem/hijau
Rp175.000
Barang impor resmi, bukan bekas, bukan sortiran bal
Kirim dari Jakarta
"""),
R("listing","new_imported_clothes","1011","""
Dress Import Bangkok — New Arrival
Bahan katun crinkle, motif bunga kecil
All size fit to L, baru dengan label
Rp145.000, PO 10 hari kerja
Kami belanja langsung di Pratunam, dikirim via cargo resmi
"""),
R("post","new_imported_clothes","1011","""
PO Uniqlo Jepang batch Desember ✈️
Jastip barang BARU langsung dari store Tokyo
Heattech, ultra light down, kaos UT
Harga = harga store + fee 15% + ongkir kg
Close PO tanggal 10, barang tiba ± 3 minggu
#jastipjepang #uniqlojapan
"""),
R("listing","new_imported_clothes","1011","""
Sepatu Running Import Vietnam — Baru, Box Lengkap
Produk baru dari distributor resmi, bukan bekas, bukan replika
Size 39-45
Rp620.000, garansi keaslian
Toko resmi di Surabaya
"""),
R("listing","new_imported_clothes","1011","""
Hoodie Import China Premium — NEW
Bahan cotton fleece 380 gsm, tebal
Size M-XXL, barang baru dari pabrik Guangzhou
Dokumen impor resmi, berlabel Bahasa Indonesia
Rp165.000
"""),
R("post","new_imported_clothes","1011","""
Jastip Singapore 🇸🇬 minggu depan!
Aku belanja baju BARU di Bugis Street & Orchard
Fee 10% dari harga barang
Bukan preloved ya kak, semuanya baru dengan tag
Slot terbatas 20 orang
"""),
R("listing","new_imported_clothes","1011","""
Blouse Korea Import (Baru) — Dongdaemun Collection
Bahan chiffon, kancing mutiara
All size fit M-L
Rp135.000 / pcs
Barang baru langsung dari wholesaler Seoul, bukan seken
"""),
R("listing","new_imported_clothes","1011","""
Kaos Polo Import Turki — Baru
Katun pique 100%, jahitan rapi
Size S-XXL, 6 warna
Rp210.000
Distributor resmi Jakarta, barang baru berlabel
Bukan barang second, tukar size maksimal 7 hari
"""),
R("listing","new_imported_clothes","1011","""
Abaya Import Dubai (Baru)
Bahan jetblack premium, bordir tangan
Size 52-58
Rp650.000, barang baru dari butik Dubai, ada tag
Pengiriman dari Bekasi, bisa COD Jabodetabek
Bukan preloved, semua baru
"""),
R("post","new_imported_clothes","1011","""
Restock jaket puffer import Korea 🧥❄️
Baru semua, masih wangi pabrik 😁
Size S sampai XXL, cocok buat liburan musim dingin
Rp395.000, gratis ongkir Jabodetabek
#jaketwinter #importkorea #bukanbekas
"""),
R("listing","new_imported_clothes","1011","""
Sepatu Boots Import Thailand — NEW (Bukan Second)
Kulit sintetis, sol karet tebal
Ukuran 36-41
Rp285.000
Barang baru dari pabrik Bangkok, ada box
Kirim dari Medan, COD tersedia
"""),
R("listing","new_imported_clothes","1011","""
Mukena Import Malaysia — Baru
Bahan silk premium, bordir halus, tas serut
All size
Rp375.000
Barang baru dari Kuala Lumpur, resmi, masih bersegel plastik
Cocok untuk hadiah lebaran, kirim dari Pekanbaru
"""),
R("post","new_imported_clothes","1011","""
Hai kak, toko kami jual baju import BARU dari Guangzhou & Bangkok
Bukan thrift, bukan sortiran karung, semuanya masih ada label
Dress, blouse, celana kulot
Mulai 85rb, grosir untuk reseller
"""),
R("listing","new_imported_clothes","1011","""
Jersey Original Adidas — BNWT Import
Dibeli dari retailer resmi Eropa, dikirim baru dengan tag
Size M & L
Rp1.100.000
Bisa cek keaslian dengan kode produk
"""),
R("listing","new_imported_clothes","1011","""
Kaos Kaki Import Jepang (Baru) — Paket 5 Pasang
Bahan katun, motif lucu
Free size
Rp89.000/paket
Barang baru dari Osaka, dibawa lewat jastip resmi
Stok terbatas, kirim dari Jakarta Timur
"""),
# ---------------- other_meaning (15) ----------------
R("listing","other_meaning","1000","""
CAKAR AYAM BERSIH SIAP MASAK
Sudah dibuang kuku & kulit arinya
Kemasan 1 kg, Rp28.000
Beku, tahan 1 bulan di freezer
Kirim area Makassar pakai kurir instan
Cocok buat sop, bakso cakar, dan seblak
"""),
R("article","other_meaning","0000","""
Sejarah Sirkuit Monza di Italia
Autodromo Nazionale Monza dibangun tahun 1922 dan dikenal sebagai "Kuil Kecepatan".
Sirkuit ini menjadi tuan rumah Grand Prix Italia hampir setiap musim Formula 1.
Tikungan Parabolica dan lintasan lurus panjang membuat mobil mencapai kecepatan di atas 350 km/jam.
"""),
R("listing","other_meaning","1000","""
Bal (bola) sepak kulit sintetis size 5 — BARU
Jahitan tangan, cocok untuk latihan dan turnamen antar kampung
Rp125.000, beli 10 bal Rp1.100.000
Kirim dari Majalengka
"""),
R("post","other_meaning","1100","""
Lelong kereta terpakai oleh mahkamah 🚗
Lelongan awam: Proton Saga 2015, Perodua Myvi 2017
Tarikh: 15 hb ini, di Kuching
Syarat penyertaan: deposit 10%
Hubungi pejabat lelong untuk maklumat lanjut
"""),
R("post","other_meaning","0000","""
Resep seblak cakar pedas level 5 🔥
Bahan: 500 gr cakar ayam, kerupuk, kencur, bawang putih, cabai rawit
Rebus cakar sampai empuk, tumis bumbu, masukkan kerupuk yang sudah direndam
Tambahkan air, masak sampai kental
Selamat mencoba!
"""),
R("article","other_meaning","0000","""
Balpres dalam Dunia Pertanian
Istilah "balpres" atau bale press juga dipakai untuk mesin pengepres jerami dan rumput pakan.
Mesin ini memadatkan jerami menjadi balok berukuran seragam agar mudah diangkut dan disimpan.
Petani di Karawang mulai menggunakan mesin baler sejak beberapa tahun terakhir.
"""),
R("post","other_meaning","1000","""
Jasa Pasang Pondasi Cakar Ayam 🏗️
Untuk rumah 2 lantai, ruko, dan gudang di tanah lunak
Sudah berpengalaman 15 tahun di Kalimantan Selatan
Survey gratis area Banjarmasin & Banjarbaru
Hubungi 0813xxxx
"""),
R("post","other_meaning","0000","""
Mengenal Teknik "Thrift" dalam Ekonomi Rumah Tangga
Kata "thrift" dalam bahasa Inggris berarti hemat.
Paradoks penghematan (paradox of thrift) menjelaskan bahwa jika semua orang menabung lebih banyak saat resesi, permintaan agregat justru turun.
Konsep ini dipelajari di kelas makroekonomi semester tiga.
"""),
R("listing","other_meaning","1000","""
Karung plastik baru 50 kg (karung beras) — per bal
1 bal isi 500 lembar
Rp1.250/lembar
Produksi pabrik Sidoarjo, cocok untuk beras, jagung, pakan
Bisa sablon nama toko, minimal 5 bal
"""),
R("post","other_meaning","1000","""
Monza Coffee & Eatery buka cabang baru! ☕
Menu andalan: kopi gula aren, nasi goreng kampung, roti bakar
Lokasi Jl. Setia Budi Medan, buka jam 10 pagi sampai 11 malam
Promo grand opening beli 2 gratis 1
"""),
R("article","other_meaning","0000","""
Kuis Bahasa Daerah: Apa Arti Kata Berikut?
1. "Pajak" dalam bahasa Medan sehari-hari = ...
2. "Cakar" dalam konteks sop = ...
3. "Lelong" dalam bahasa Melayu = ...
4. "Goni" = ...
Jawaban: pasar; kaki ayam; lelang; karung serat.
"""),
R("listing","other_meaning","1100","""
Lelang kendaraan dinas bekas Pemkab
Daftar: 5 unit sepeda motor, 2 mobil pikap, 1 ambulans
Penawaran tertulis lewat KPKNL sampai akhir bulan
Jaminan penawaran 20% dari nilai limit
Detail di situs lelang resmi
"""),
R("post","other_meaning","0000","""
Main bal-balan sore ini di lapangan kampung ⚽
Tim RT 03 lawan RT 05, yang kalah traktir es teh
Jangan lupa bawa sepatu bola dan air minum
Kumpul jam 4 sore
"""),
R("post","other_meaning","1000","""
Jual Kerupuk Cakar Ayam Khas Garut
Camilan renyah dari cakar ayam yang digoreng kering
Kemasan 250 gr Rp25.000
Tanpa pengawet, kirim seluruh Indonesia
"""),
R("article","other_meaning","0000","""
"Roma" Bukan Hanya Kota di Italia
Di kalangan penggemar sepak bola, Roma merujuk klub AS Roma yang bermarkas di Stadio Olimpico.
Klub berjuluk Giallorossi ini didirikan tahun 1927.
Pendukung Roma di Indonesia rutin menggelar nonton bareng di Jakarta.
"""),
# ---------------- donation_swap (15) 0110 ----------------
R("post","donation_swap","0110","""
Open donasi pakaian layak pakai untuk korban banjir Grobogan 🙏
Yang dibutuhkan: baju anak, sarung, selimut, pakaian dalam BARU
Tolong dicuci & dilipat rapi sebelum dikirim
Drop point: posko Karang Taruna Jl. Melati 12
Terima kasih orang baik!
"""),
R("post","donation_swap","0110","""
Clothing Swap Party 👗🔁
Bawa maksimal 5 baju dari lemarimu sendiri, tukar dengan punya orang lain
Tidak ada transaksi uang, murni tukar
Sisa baju didonasikan ke panti asuhan
Sabtu, 14.00 di Taman Literasi Blok M
#clothingswap #sustainablefashion
"""),
R("post","donation_swap","0110","""
Gereja kami menerima sumbangan pakaian bekas layak pakai untuk jemaat di pedalaman Papua
Pakaian anak & dewasa, sepatu, selimut
Kumpul di kantor sekretariat sampai akhir bulan
Mohon jangan kirim pakaian rusak atau kotor
"""),
R("post","donation_swap","0110","""
Kami dari Rumah Zakat Relawan menyalurkan 2.000 potong pakaian hasil donasi warga Bandung ke korban gempa
Terima kasih untuk semua donatur yang sudah mencuci dan memilah pakaian 🙏
Penyaluran berikutnya ke Lombok Utara bulan depan
"""),
R("post","donation_swap","0110","""
Tukar Seragam Sekolah — gratis!
Orang tua murid SDN 3 bisa menukar seragam anak yang sudah kekecilan dengan ukuran lebih besar
Semua seragam hasil sumbangan wali murid
Bawa ke ruang komite setiap Sabtu pagi
"""),
R("post","donation_swap","0110","""
Rak Berbagi di depan masjid 🤲
Siapa saja boleh taruh baju layak pakai, siapa saja boleh ambil yang dibutuhkan
Mohon baju dicuci dan dilipat
Mari saling membantu tetangga
"""),
R("post","donation_swap","1110","""
Lemariku kepenuhan, ada 1 karung baju anak yang sudah gak muat 😅
Aku kasih gratis ke yang butuh, cukup ambil sendiri di Ciledug
Baju-baju beli di Indonesia, masih bagus
Prioritas keluarga yang anaknya banyak
"""),
R("post","donation_swap","0110","""
Program "Jaket untuk Pendaki Porter" 🏔️
Komunitas pendaki mengumpulkan jaket dan sepatu gunung bekas milik anggota untuk porter di Rinjani
Titip di basecamp komunitas sampai tanggal 20
Jaket harus masih hangat dan resleting berfungsi
"""),
R("post","donation_swap","0110","""
Donasi baju untuk warga terdampak kebakaran Kampung Bandan
Sudah terkumpul 30 karung pakaian dari warga sekitar
Relawan butuh bantuan memilah pakaian di posko sore ini
Yang bisa bantu merapat ya
"""),
R("post","donation_swap","0110","""
Swap meet mahasiswa kos-kosan Jatinangor 🔄
Tukar jaket, kaos, buku kuliah, peralatan masak
Bukan jual beli, semua barang pribadi
Minggu pagi di lapangan kampus
"""),
R("post","donation_swap","0110","""
Terima kasih kepada Ibu-ibu PKK Kelurahan Oebobo
Sudah terkumpul 12 karung pakaian layak pakai untuk warga Sabu yang terkena badai
Pengiriman via kapal hari Selasa
Semoga bermanfaat 🙏
"""),
R("post","donation_swap","0110","""
Bank Pakaian Sekolah Kami 🎒
Alumni dan wali murid menitipkan seragam, sepatu, dan tas bekas yang masih layak
Siswa yang membutuhkan bisa mengambil gratis dengan surat dari wali kelas
Lokasi: ruang BK
"""),
R("post","donation_swap","0110","""
Mau buang baju? Jangan dibuang! 🌏
Kami terima donasi pakaian bekas untuk didaur ulang jadi keset & lap, dan yang layak disalurkan ke panti
Drop box ada di 5 titik di Surabaya
Info lokasi di highlight
"""),
R("post","donation_swap","0110","""
Info dari posko banjir Kalsel: pakaian sudah cukup banyak 🙏
Yang masih sangat dibutuhkan: pakaian dalam baru, pembalut, selimut, popok
Pakaian bekas mohon disortir dulu, jangan kirim yang sobek
Terima kasih warga Banjarmasin atas kepeduliannya
"""),
R("post","donation_swap","0110","""
Tukar baju lebaran anak antar tetangga 🌙
Baju lebaran tahun lalu yang sudah kekecilan bisa ditukar di rumah Bu RW
Tidak ada uang, cukup saling tukar
Sampai H-5 lebaran
"""),
# ---------------- upcycling_tailoring (15) 1110 ----------------
R("post","upcycling_tailoring","1110","""
Jasa permak jeans & jaket ✂️
Potong panjang, kecilin pinggang, ganti resleting, tambal sobek
Mulai 15rb
Bawa baju lamamu ke kios kami di Pasar Kosambi, jadi 1-2 hari
#permakjeans #jasajahit
"""),
R("post","upcycling_tailoring","1110","""
Upcycle project 🧵 Kemeja-kemeja lama bapakmu bisa kami ubah jadi tote bag, scrunchie, atau outer patchwork
Bahan dari kamu, kami yang jahit
Tarif mulai 50rb per item
Kirim lewat ekspedisi ke workshop kami di Jogja
#upcycle #slowfashion
"""),
R("listing","upcycling_tailoring","1110","""
Jasa Reparasi Sepatu & Tas
Ganti sol, jahit ulang, repaint kulit, ganti resleting tas
Harga mulai 35rb, pengerjaan 3-5 hari
Terima kiriman dari luar kota
Bengkel sepatu kami di Cibaduyut
"""),
R("post","upcycling_tailoring","1110","""
Dari jeans lama jadi rok patchwork 👖➡️👗
Aku terima pesanan upcycle: kamu kirim 3-4 jeans bekas milikmu, aku jahit jadi rok/tas
Ongkos jahit 120rb
Slot bulan ini tinggal 8
#upcycledenim #jahitrumahan
"""),
R("post","upcycling_tailoring","1110","""
Jasa Vermak Levis Pak Darmo 🪡
Melayani permak celana, kemeja, gamis
Potong 10rb, kecilin 20rb, obras 5rb
Lokasi depan Pasar Beringharjo
Buka 08.00-17.00
"""),
R("listing","upcycling_tailoring","1110","""
Custom Bordir di Jaket Milik Sendiri
Kirim jaket/kemeja lamamu, kami bordir nama, logo, atau gambar
Mulai 45rb per titik
Pengerjaan 3 hari, kirim balik ke alamatmu
Workshop di Tasikmalaya
"""),
R("post","upcycling_tailoring","1110","""
Kelas Upcycling Fashion 🧵
Belajar mengubah baju lama jadi barang baru: tote bag, outer, dompet
Peserta bawa 2 baju bekas dari rumah
Biaya 150rb termasuk alat & snack
Sabtu, 10.00-14.00 di Ruang Kreatif Malang
"""),
R("post","upcycling_tailoring","1110","""
Sulap baju almarhum orang tua jadi selimut kenangan (memory quilt) 🤍
Kirim 15-20 kemeja/kaos, kami jahit jadi selimut 150x200 cm
Rp650rb, pengerjaan 3 minggu
Banyak yang nangis pas terima hasilnya 🥲
"""),
R("post","upcycling_tailoring","1110","""
Jasa Dyeing / Celup Ulang Pakaian 🎨
Kaos pudar, jeans kusam, kemeja kuning? Celup ulang jadi warna baru
Mulai 30rb per potong
Terima dari pelanggan seluruh Bali, workshop di Gianyar
"""),
R("listing","upcycling_tailoring","1110","""
Jasa Ganti Resleting & Kancing Jaket
Resleting YKK ori, kancing logam
Jaket parka, bomber, denim
Mulai 25rb
Kios jahit Bu Siti, Pasar Minggu lt. 2
Bisa ditunggu kalau antrean sepi
"""),
R("post","upcycling_tailoring","1110","""
Tas dari karung goni + sisa kain batik 🌿
Kami terima pesanan custom pakai kain batik lamamu
Ongkos jahit 90rb per tas
Produk UMKM binaan Dekranasda, pengerjaan 5 hari
Kirim ke seluruh Indonesia
"""),
R("post","upcycling_tailoring","1110","""
Reworked jacket commission open 🔥
Kirim jaket denim lamamu, aku tambahin patch, lukisan, atau studs
Harga mulai 200rb tergantung desain
Antrian 2 minggu
#reworked #customjacket
"""),
R("post","upcycling_tailoring","1110","""
Permak gaun pengantin bekas keluarga 👰
Kebaya ibu atau nenek bisa disesuaikan ukurannya dan dimodernkan
Konsultasi gratis, biaya mulai 350rb
Butik jahit kami di Palembang
"""),
R("post","upcycling_tailoring","1110","""
Jahit ulang sarung & kain lama jadi gamis 🧕
Bawa kain sarung tenun milikmu, kami jahit jadi gamis modern
Ongkos 150rb, pengerjaan seminggu
Penjahit rumahan di Samarinda
"""),
R("post","upcycling_tailoring","1110","""
Jasa cuci & restorasi sneakers 👟✨
Deep clean 45rb, unyellowing sol 60rb, repaint 150rb
Antar-jemput area Makassar
Sepatu milik pelanggan, kami hanya merawat
"""),
]
