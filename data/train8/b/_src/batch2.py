# batch 2 - hand written: (kind, category, offer, used, clothing, abroad, text)
RECS = [
("post", "hn_new_cheap_offer", 1, 0, 1, 0, """
Monggo dipilih lur, sarung tenun Gresik anyar, mung 85ewu 🙏
Motif kotak lan songket, kaine alus, ora panas nek dinggo jumatan.
Wonten ijo, biru dongker, abang ati. Tumbas 3 ajeng 240ewu mawon.
Kirim saking Gresik, saged COD wilayah Lamongan-Gresik.
"""),
("listing", "regional_code_word", 1, 1, 1, 1, """
Monza Pajak Melati stok Jumat 🛍️
kemeja kantor cowok 20rb-35rb
blus cewek 15rb-30rb
celana kain 25rb
udah dipilih yg bersih, sisanya masih di bal, datang aja ke los kami lorong 3
bah, cepatlah kelen sebelum habis diborong toke dari Siantar
"""),
("message", "hn_reseller_recruit_new", 1, 0, 1, 0, """
Halo kak! Kami lagi buka reseller untuk brand hijab instan lokal *Aisyah Daily* 🌷
Produk baru, produksi sendiri di Tasik.
Harga reseller 32rb (jual 49rb), minimal ambil 6 pcs campur warna.
Dropship juga bisa, foto katalog & video produk disediakan.
Kalau tertarik balas "RESELLER" ya kak.
"""),
("listing", "hn_marketplace_title", 1, 0, 1, 0, """
Sepatu Sneakers Pria Wanita Casual Sekolah Kuliah Putih Polos / Sepatu Kets Murah Termurah Unisex
Barang baru lengkap dengan box, sol karet jahit keliling.
Ukuran 36-44, warna putih, hitam, putih list hitam.
Produksi home industry Cibaduyut, harga 119rb.
Gratis kaos kaki untuk pembelian hari ini.
"""),
("post", "border_route_offer", 1, 1, 1, 1, """
Pakaian Tawau baru sampai di Nunukan, lapak Jl Lingkar buka sampai magrib
ada kemeja kerja, jaket, selimut, seprei, tas sekolah
harga mulai 10 ribu, ada juga borongan per karung buat yang mau jual lagi ke Tarakan
sudah pakai semua, pilih sendiri ya bapak ibu
"""),
("article", "hn_news", 0, 0, 1, 0, """
Menjelang Lebaran, Pasar Tanah Abang Blok A dipadati pembeli sejak pagi. Pedagang gamis dan baju koko mengaku omzetnya naik dua kali lipat dibanding bulan biasa.
Sebagian besar barang yang dijual merupakan produksi konveksi dari Jakarta, Bandung, dan Solo.
Pengelola pasar menambah petugas keamanan dan membuka kantong parkir tambahan di sekitar Jatibaru.
"""),
("listing", "sortir_grade_offer", 1, 1, 1, 1, """
Sortiran jaket outdoor (TNF, Columbia, Patagonia, dll)
Grade S: mulus no minus 150rb/pcs
Grade A: minus tipis 95rb/pcs
Grade B: ada noda/rusak resleting 40rb/pcs
diambil dari bal USA, sortir sendiri
ambil min 10 pcs dapat harga grosir, lokasi Bandung
"""),
("post", "hn_tailor", 1, 0, 1, 0, """
Penjahit Bu Warsini menerima jahitan baju baru dan permak 🧵
- jahit gamis/kebaya dari kain sendiri mulai 120rb
- permak celana (potong, kecilin pinggang) 15rb-25rb
- ganti resleting 10rb
Lokasi Perumnas Klender, buka setiap hari kecuali Minggu.
Bisa antar kain dulu, ukur di tempat.
"""),
("listing", "hn_own_used", 1, 1, 1, 0, """
Jual kebaya wisuda bekas pakai sendiri 1x pas wisuda bulan lalu 🎓
Brokat warna sage, size M (LD 92), ada furing.
Dijahit di penjahit langganan di Yogya, jadi modelnya nggak pasaran.
Harga 250rb termasuk rok batik lilit. Lokasi Jakal km 7, COD/ambil.
"""),
("comment", "hn_buyer_question", 0, 1, 1, 1, """
Bang, ini baju thrift di lapakmu dari bal mana biasanya? Korea atau Jepang?
Aku mau beli jaket yang di video tadi tapi takut ukurannya kecil.
Terus udah dicuci atau belum ya sebelum dikirim?
"""),
("listing", "plain_offer_karung", 1, 1, 1, 1, """
Dijual karungan sepatu second mix
1 karung isi ±50 pasang, campur ukuran dan merek
barang luar, kondisi 60-90%
harga 3 jt/karung, tidak bisa pilih
kirim dari Dumai, bisa via truk ke Pekanbaru
"""),
("post", "hn_new_import_legal", 1, 0, 1, 1, """
Baju Bangkok ready lagi cuyy 🇹🇭✨
Blouse & dress impor Thailand, BARU, masih ada hangtag, masuk lewat importir resmi.
Bahan katun linen adem, size all size fit L.
Harga 85rb-140rb. Reseller minimal 5 pcs diskon 15%.
Toko di Thamrin City lt 4, bisa juga order online.
"""),
("listing", "hn_factory_stock", 1, 0, 1, 0, """
Overrun kemeja kerja pria — produksi pabrik garmen Sukoharjo
Ini kelebihan produksi dari pesanan brand lokal, barang BARU, label brand sudah dipotong.
Bahan oxford, ukuran 15-17, warna putih dan biru muda.
Harga 60rb/pcs, 10 pcs 550rb.
Ambil di toko kami Pasar Klewer lantai 2 blok D.
"""),
("live", "hn_live_sale_new", 1, 0, 1, 0, """
Halo halo, selamat datang di live Dinda Fashion! Yang baru join tap love dulu ya 💕
Ini tunik rayon baru, warna terracotta, size L sama XL, cuma 49rb khusus live.
Kak Rina ketik L? oke kak dikunci ya, checkout di keranjang nomor 7.
Stok sisa 12, habis ini kita lanjut ke rok plisket.
"""),
("message", "wa_broadcast_bale", 1, 1, 1, 1, """
*INFO STOK GUDANG MINGGU INI*
- bal kaos anak Korea 45 kg: 2,3 jt
- bal celana pendek cowok campur 50 kg: 2,6 jt
- bal sweater/hoodie 45 kg: 3,8 jt
barang sudah sampai dari Belawan, bisa dibuka dan difoto sebagian buat pelanggan lama
pesan paling lambat Kamis, kirim Sabtu
"""),
("post", "hn_opinion", 0, 1, 1, 1, """
Unpopular opinion: thrifting baju impor bekas itu bukan solusi ramah lingkungan kalau ujung-ujungnya kita beli 10 jaket sebulan cuma buat konten.
Barangnya tetap datang dari karung-karung yang dikirim dari luar, dan separuh isinya akhirnya dibuang di sini.
Lebih baik beli secukupnya, rawat baju yang ada, atau beli produk lokal yang awet.
"""),
("listing", "hn_marketplace_title", 1, 0, 1, 0, """
Setelan Piyama Anak Perempuan Katun Motif Lucu 1-10 Tahun / Baju Tidur Anak Murah Grosir
Bahan katun jepang (nama jenis kain ya bun, bukan dari Jepang 😊), adem dan lembut.
Ecer 38rb, grosir 6 pcs 33rb, per kodi 620rb.
Produksi rumahan Solo, barang baru siap kirim.
"""),
("post", "condition_word_offer", 1, 1, 1, 1, """
Kemeja hawaii second ex Jepang restock 🌺
semua layak pakai, sudah dilaundry
ada yg minus kancing lepas / noda kecil → udah ditulis di caption foto masing2
harga 35rb-60rb, sistem siapa cepat dia dapat
barang sortiran dari karung, jadi tiap pcs cuma 1
"""),
("post", "hn_donation_bazaar", 1, 1, 1, 0, """
Garage Sale Gereja St. Yohanes 💒
Minggu 3 November setelah misa kedua, di aula paroki.
Ada pakaian layak pakai, sepatu, mainan, dan buku sumbangan umat.
Harga 5rb-30rb, seluruh hasil untuk beasiswa anak-anak di Lingkungan Fransiskus.
Yang mau menyumbang barang masih bisa antar ke sekretariat sampai Jumat.
"""),
("listing", "hn_hijab_wholesale", 1, 0, 1, 0, """
Grosir bergo maryam jersey premium ☪️
per lusin 240rb (20rb/pcs), ecer 28rb
warna lengkap 18 pilihan, bisa campur
barang baru langsung dari produsen Bandung, kami ambil di Pasar Baru lt 3
minimal order grosir 1 lusin, dropship dilayani
"""),
("listing", "near_pair_jeans_bale", 1, 1, 1, 1, """
Celana jeans pria merk campur harga 45rb
bekas pakai, pilihan dari bal Jepang, ada yang pudar alami
size 28-36, panjang masih original belum dipotong
ambil 10 pcs 400rb, boleh pilih
lokasi Jl Kebon Kalapa, Bandung
"""),
("listing", "hn_near_pair_jeans_new", 1, 0, 1, 0, """
Celana jeans pria harga 45rb
baru, produksi konveksi Cipulir, bahan denim stretch
size 28-36, panjang standar 100 cm
ambil 10 pcs 400rb, boleh campur ukuran
toko kami di Pasar Cipulir lantai dasar blok B
"""),
("post", "hn_tutorial", 0, 1, 1, 0, """
Cara merawat baju bekas biar awet & nggak bau 🧼
1. Rendam dulu pakai air hangat + cuka 30 menit
2. Cuci terpisah dari baju lain untuk pertama kali
3. Jemur di bawah sinar matahari langsung
4. Setrika suhu sedang biar kuman mati
Simpan dan share buat yang suka beli baju preloved!
"""),
("listing", "hn_new_cheap_offer", 1, 0, 1, 0, """
OBRAL AKHIR TAHUN Toko Sandang Jaya, Pasar Beringharjo 🎊
Kaos Jogja sablon 25rb, 4 cuma 90rb
Daster batik cap 30rb
Celana pendek bali 20rb
Semua barang baru dari pengrajin Jogja & Solo, stok banyak.
Buka jam 8-17, lantai 1 los 44.
"""),
("message", "jastip_market_trade", 1, 1, 1, 1, """
Jastip Pasar Senen weekend ini 🛒
aku ke los-los thrift lantai atas hari Sabtu, bisa titip cari jaket, kemeja, celana kulot
fee jastip 10rb/pcs, harga barang sesuai lapak (biasanya 20-100rb)
aku kirim foto langsung dari kios, kamu pilih, aku bayarin
barang bekas ya, kondisi aku cek dulu
"""),
("post", "hn_work_uniform", 1, 0, 1, 0, """
Wearpack & seragam kerja lapangan ⛑️
Bahan american drill, scotlight reflektor, bordir nama dan logo perusahaan.
Harga mulai 165rb/stel untuk minimal 20 stel.
Sudah langganan kontraktor & tambang di Kalsel. Workshop di Banjarbaru.
Ulun siap bantu desain gratis, hubungi admin ja.
"""),
("listing", "live_bale_opening", 1, 1, 1, 1, """
NANTI MALAM LIVE BUKA BAL JAM 8 📢
bal baru dari Korea isi tas-tas wanita campur
harga mulai 25rb, kondisi disebutkan satu-satu pas live (ada yang minus, ada yang mulus)
yang sudah checkout ga bisa cancel ya
follow akun ini biar dapat notif
"""),
("comment", "hn_complaint_seller", 0, 0, 1, 0, """
Kak aku udah transfer 2 hari lalu buat 3 kaos polos ukuran L tapi belum dikirim juga 😔
Chat nggak dibalas, pesanan di marketplace masih status "dikemas".
Tolong diproses ya kak, kalau memang stok kosong bilang aja aku minta refund.
"""),
("listing", "hn_factory_stock", 1, 0, 1, 0, """
Sisa ekspor sweater rajut — BARU, produksi pabrik di Bawen
Ini lebihan order buyer luar negeri yang nggak ikut dikirim, jadi masih baru dan berlabel.
Rajutan tebal, ukuran L & XL (ukuran Eropa agak besar).
65rb per pcs, 5 pcs 300rb. Lokasi toko di Ungaran.
"""),
("post", "plain_offer_kilo", 1, 1, 1, 1, """
bongkar karung dr Tanjungpinang, jual kiloan aja biar cepet
kaos & kemeja dewasa 35rb/kg
baju anak 45rb/kg
jaket tebal 60rb/kg
minimal 5 kg, campur boleh. cek dulu di gudang Batu Aji sblm ambil
"""),
("listing", "hn_children_new", 1, 0, 1, 0, """
Jumper bayi motif hewan, katun bambu lembut 👶
Ukuran newborn-12 bulan, kancing jepret depan.
Harga 42rb, paket 3 pcs 115rb.
Produk lokal kami sendiri, sudah lulus uji SNI.
Pengiriman dari Sidoarjo setiap hari kerja.
"""),
("post", "hn_swap", 0, 1, 1, 0, """
Ada yang mau tukeran baju? 🔄
Aku punya 2 kemeja kerja ukuran S (bekas pakai sendiri), mau tuker sama celana bahan ukuran 27.
Area Bekasi Timur, ketemuan di stasiun aja.
Ga jual ya, cuma tuker.
"""),
("listing", "market_of_trade", 1, 1, 1, 1, """
hoodie Champion reverse weave, second
LD 60 PJ 70, ada sedikit pilling di ketiak
diambil dari Pasar Gedebage, satu-satunya ukuran segini
225rb, bisa COD Bandung atau kirim
ga terima komplain kondisi karena udah dijelasin di foto
"""),
("message", "hn_new_wholesale", 1, 0, 1, 0, """
Pagi kak, ini update harga grosir koko kurta dari toko kami di Tanah Abang Blok B 🙏
Koko kurta polos: 55rb (min 1 kodi)
Koko bordir: 75rb (min setengah kodi)
Ukuran M, L, XL. Warna putih, hitam, sage, maroon.
Barang baru stok lebaran, kirim via Lion Parcel / kargo.
"""),
("listing", "regional_code_word", 1, 1, 1, 1, """
Awul-awul Sekaten ora, iki awul-awul sak goni 😁
isine kaos lan kemeja, ono sing apik ono sing kudu dijahit
mung 15 ewu sak potong, nek borong sak goni rego nego
lapak ku ning pasar tiban Minggu esuk, cedak alun-alun Jember
"""),
("post", "hn_upcycling", 1, 1, 1, 0, """
Tas totebag dari jeans bekas, dijahit ulang sama ibu-ibu PKK Kampung Jahit ♻️
Jeansnya dari sumbangan warga sekitar, dipotong dan dijahit jadi tas dengan lapisan kain batik.
Harga 65rb, tiap tas beda-beda motifnya.
Hasil penjualan buat kas kelompok. Order lewat DM.
"""),
("listing", "near_pair_jacket_border", 1, 1, 1, 1, """
Jaket kulit pria 250rb
kulit asli, bekas, lembut, lapisan dalam ada sobek kecil
barang Malaysia masuk lewat Entikong, tinggal 2
ukuran L dan XL
bisa kirim dari Sanggau
"""),
("listing", "hn_near_pair_jacket_new", 1, 0, 1, 0, """
Jaket kulit pria 250rb
kulit domba asli, baru, jahitan rapi, lapisan dalam dakron
produksi pengrajin Garut, bisa pesan ukuran
tersedia M sampai XXL
kirim dari Sukaregang Garut
"""),
]
