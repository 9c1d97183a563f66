# long-form batch 1: illegal listings and captions
DATA = [
("""JUAL BAL PAKAIAN BEKAS IMPOR KOREA GRADE A 🇰🇷
Isi campur: kaos, kemeja, blouse, celana, dress
Berat ±100 kg, isi kurang lebih 400-450 pcs
Harga 4.750.000 franko gudang Bandung
Kirim via kargo ke seluruh Indonesia, ongkir ditanggung pembeli
Bisa video call sebelum transfer
WA 0812xxxx (Admin Rani)""", "listing", "bale_wholesale", 1,1,1,1),
("""Kemeja Flanel Uniqlo Second Import Jepang
Size: L (LD 112, panjang 74)
Kondisi: 90%, tidak ada noda, tidak ada sobek
Sudah dicuci & disetrika
Harga 65rb, nego tipis ya kak
Barang thrift = 1 pcs saja, siapa cepat dia dapat""", "listing", "multiline_listing", 1,1,1,1),
("""Bongkar bal jaket korea malam ini jam 20.00 🔥🔥
Live di tiktok @lapak.jaket.bekas
Harga mulai 35rb, semua bekas impor original
Yg mau titip keep langsung komen size + warna
Pengiriman besok pagi ya guys
#thrift #thriftindonesia #jaketkorea #bongkarbal""", "live", "live_sale_call", 1,1,1,1),
("""Cakar Medan Pajak Melati 💯
Ready tiap hari jam 08.00-17.00, lantai 1 los 45
Kemeja 15rb, celana 20rb, jaket mulai 30rb
Grosiran per karung juga bisa, tanya harga dulu
Kirim ke luar kota pakai JNE/J&T
Follow dulu biar gak ketinggalan stok baru""", "profile", "shop_bio", 1,1,1,1),
("""OPEN RESELLER THRIFT IMPOR 📢
Kamu mau punya usaha sampingan modal kecil?
✅ Barang second import Korea & Jepang grade A
✅ Harga reseller mulai 12rb/pcs
✅ Foto katalog siap pakai, tinggal posting
✅ Minimal ambil 20 pcs
Ga perlu stok, bisa dropship juga
DM atau WA 0813xxxx""", "post", "reseller_recruit", 1,1,1,1),
("""haul thrifting di Pasar Senen blok 3 😍
budget 300rb dapet:
- jaket varsity 85rb
- kemeja linen 40rb
- 2 kaos band 50rb
- celana cargo 60rb
semua bekas impor, kios nya Bang Fikri lantai 2 deket tangga. sabtu pagi masih sepi jadi enak milih
#hauls #thrifthaul #pasarsenen""", "post", "creator_haul", 1,1,1,1),
("""Daftar harga bal minggu ini:
Korea campur A: 4,6jt
Jepang jaket premium: 6,8jt
Sweater rajut: 5,2jt
Celana jeans pria: 3,9jt
Sepatu campur (80 psg): 3,5jt
Harga bisa berubah sewaktu-waktu. Ambil 5 bal free ongkir Jabodetabek.""", "message", "bale_price_list", 1,1,1,1),
("""Jual karungan baju bekas Malaysia, baru turun dari kapal Tanjungbalai
Isi satu karung ±50kg, campur pria wanita anak
1 karung 1,3jt, ambil 3 karung 3,6jt
Bisa ambil di gudang atau kirim pakai truk
Serius aja yang chat ya""", "listing", "port_route", 1,1,1,1),
("""Jaket Bomber Alpha Industries Thrift Original USA 🇺🇸
Size M fit L
Warna sage green, kondisi 8.5/10 (ada pudar di lengan, lihat foto 4)
Harga 175rb
Bekas impor asli bukan KW, dijamin ori
Pengiriman dari Yogyakarta""", "listing", "multiline_listing", 1,1,1,1),
("""Awul-awul Jogja buka lagi Minggu besok 🙌
Lokasi: depan GOR Amongrogo, mulai jam 6 pagi
Semua barang dari bal, harga 5rb-25rb
Ada kemeja, kaos, rok, celana, sepatu juga
Bawa kantong sendiri ya biar ramah lingkungan""", "post", "regional_code_word", 1,1,1,1),
("""Hoodie Champion Reverse Weave Second Import
Size XL
Kondisi: mulus, ada sedikit pilling wajar
Harga: 120rb
Barang thrift, tidak bisa retur ya
Bisa COD Depok Margonda
Cek akun untuk stok lain, masih banyak hoodie impor""", "listing", "multiline_listing", 1,1,1,1),
("""Mau mulai usaha thrift tapi bingung ambil barang di mana?
Kami supplier ballpress langsung dari gudang Batam.
- Bal kecil (balan pendek) 200 pcs: 2,2jt
- Bal full 450 pcs: 4,5jt
Sortiran ulang tersedia (grade A only) dengan harga beda.
Pengiriman aman, sudah ribuan reseller yang jadi pelanggan.""", "post", "bale_wholesale", 1,1,1,1),
("""Live sale pukul 19.00 WIB 🔴
Hari ini bongkar karungan cardigan & sweater Korea
Harga flat 30rb!!
Caranya: ketik KODE + SIZE di kolom komentar
Transfer maksimal 1x24 jam, lewat dari itu dilempar ke waiting list""", "live", "live_sale_call", 1,1,1,1),
("""Sepatu Nike Air Force 1 Second Import ORI
Size 42 (26,5 cm)
Insole masih ada, outsole tebal
Kondisi 80%, sedikit kuning di midsole
Harga 250rb no nego
Didapat dari bal Thailand, cek keaslian di foto tag""", "listing", "multiline_listing", 1,1,1,1),
("""Toko kami jual baju monza sejak 2010.
Barang masuk tiap minggu dari Belawan, dibongkar langsung di toko.
Kemeja kerja, celana bahan, jaket, semua ada.
Harga eceran mulai 10rb.
Alamat: Jl. Sutomo, dekat Pajak Sambu, Medan.""", "profile", "shop_bio", 1,1,1,1),
("""✨ DROP HARI INI ✨
15 kemeja vintage ex Jepang
8 jaket denim Levis & Lee
10 rok midi korea
Semua hasil sortiran dari bal, sudah laundry.
Harga 35rb-90rb, link katalog ada di bio.
#thriftshop #vintagejapan #preloved""", "post", "plain_offer", 1,1,1,1),
("""Jastip Gedebage Sabtu ini 🛍️
Aku ke Gedebage jam 8 pagi, bisa titip cari:
jaket, kemeja flanel, celana kargo, tas
Fee 10rb/pcs + harga barang
Spill kebutuhan kalian max Jumat jam 9 malam
Video call bisa kalau mau pilih sendiri""", "post", "jastip_thrift", 1,1,1,1),
("""Kak ready bal sepatu campur?
→ Ready kak, bal Thailand isi 80-90 pasang, grade A, 3,4jt. Kalau grade B 2,6jt. Mau dikirim ke mana kak? Biasanya sampai 3-4 hari pakai kargo darat.""", "comment", "comment_reply_seller", 1,1,1,1),
("""Gamis & Tunik Bekas Malaysia Sortiran
Kondisi 85-95%, sudah dicuci bersih wangi
Ukuran campur M-XXL
Harga 25rb/pcs, ambil 10 jadi 200rb
Cocok buat reseller di kampung
Pengiriman dari Pontianak""", "listing", "multiline_listing", 1,1,1,1),
("""Paket Usaha Thrift Pemula 🔥
Isi 50 pcs pakaian bekas impor campur (kaos, kemeja, jaket)
Sudah sortir, tinggal jual lagi
Modal 750rb, potensi omzet 2jt
Bonus plastik kemasan + hanger
Stok terbatas, chat admin dulu sebelum checkout""", "listing", "reseller_recruit", 1,1,1,1),
("""rekomendasi thrift shop online yang barangnya beneran bagus:
1. @ruang.bekas — jaket jepang, harga 50-150rb
2. @lemaribal.id — kemeja flanel, sering live
3. @sekondtangan — sepatu impor second
aku udah beli di ketiganya dan aman. bukan endorse ya, murni suka""", "post", "creator_haul", 1,1,1,1),
("""Celana Jeans Levis 505 Second USA
W33 L32
Warna dark blue, belum pudar
Ada bekas jahitan di kantong, bukan cacat
Harga 140rb
Thrift import asli, bisa cek tag""", "listing", "multiline_listing", 1,1,1,1),
("""Pakaian bekas impor grosir per kilo
Grade A: 55rb/kg
Grade B: 35rb/kg
Minimal pembelian 20 kg
Lokasi gudang: Cikarang, bisa lihat barang langsung
Pesan sekarang, stok datang terus tiap minggu""", "listing", "bale_wholesale", 1,1,1,1),
("""Rombengan Pasar Sentral buka sampai sore 🙏
Baru buka 3 karung, isinya blus, celana panjang, baju anak.
Harga mulai 5rb.
Yang di luar Makassar bisa pesan lewat WA 0852xxxx, kami kirim pakai kapal/pesawat kargo.""", "post", "regional_code_word", 1,1,1,1),
("""Tas Coach Preloved Impor Jepang 👜
Model: shoulder bag kulit
Warna coklat tua
Kondisi: 85%, ada lecet halus di sudut
Kode produksi masih terbaca
Harga 380rb, nett
Dari bal Jepang, bukan titipan""", "listing", "multiline_listing", 1,1,1,1),
]
