# Batch 2: hand-written long-form records. Each entry: (kind, category, (offer, used, clothing, abroad), text)
RECORDS = [
("listing", "keyword_stuffed_title", (1, 1, 1, 1), """Jaket Jeans Levis Second Original Import Bundle Vintage Thrift Jaket Denim Bekas Korea Pria Wanita
Stok acak, foto sesuai barang yang dikirim (real pict)
Kondisi 80-90%, wash pudar alami
Ukuran S sampai XXL, tanya stok dulu sebelum checkout
Harga 89rb, free stiker"""),

("post", "evasion_emoji", (1, 1, 1, 1), """b👕ju b3k4s pilihan dari 🇯🇵 udah nyampe gudang 🚢📦
kemeja, outer, rok panjang, celana kulot
📍 bisa ambil di tempat (Cibubur) / kirim
harga 20-50 ribuan, sortiran A semua
info lengkap 👉 l!nk d! b!0
#thr1ftsh0p #sek3n #prel0v3dimport"""),

("profile", "importer_bio", (1, 1, 1, 1), """Importir Tangan Pertama Balpres 📦
Korea • Jepang • Taiwan • USA
Grosir mulai 1 bal, gudang di Batam & Bekasi
Pengiriman aman ke seluruh Indonesia, ratusan reseller aktif
Testimoni di highlight ✔️ | Admin: 0819xxxx"""),

("comment", "comment_reply_offer", (1, 1, 1, 1), """@fajarptr__ bang itu kemeja kotak2 yg di video masih ada?
↳ @kiosthrift.kemayoran ada bang, yg ukuran L tinggal 2. semua barang second Jepang, link di bio ya, atau mampir aja ke lapak Senen blok 3
↳ @fajarptr__ siap bang otw besok"""),

("message", "regional_code_word", (1, 1, 1, 1), """Barang lelong baru sampai dari Entikong, kawan 🙌
Isi karung kali ini banyak jaket tebal sama baju kantor perempuan
Kami jual ecer di Jalan Pahlawan, depan toko emas, mulai jam 3 sore
Ada juga yang borong satu karung, tanya harga langsung
Yang jauh bisa kirim lewat bus ke Sanggau & Sintang"""),

("live", "live_sale", (1, 1, 1, 1), """Wilujeng wengi baraya! Live deui ti lapak Kebon Kalapa 🙏
Ieu nembe muka bal anyar, kaos polo sareng kemeja ti Korea
Anu hoyong ketik "abdi" + nomer, engke ku teteh dicatet
Harga 25 rebu, anu branded 45 rebu
Ongkir ditanggung pembeli, COD Bandung kota oge tiasa"""),

("post", "glued_hashtag", (1, 1, 1, 1), """dijual cepat 2 bal korea campur belum dibuka, segel dari gudang
isi kaos, kemeja, jaket, celana ±400 pcs
harga 6,5 per bal, nego di DM aja
lokasi bogor, bisa kirim pakai cargo
#balkoreamurah #jualbalpres #balpresbekasi #grosirthrift #secondimport"""),

("listing", "bags_import", (1, 1, 1, 1), """Tas Branded Second Jepang Ex Bal Pilihan — Coach, Longchamp, Kate Spade
Semua tas bekas impor, kondisi 75-90%, kulit ada lecet wajar di sudut
Tidak ada sertifikat/struk, dijamin asli dari bal Jepang
Harga 180-450rb sesuai model
Foto detail cacat bisa diminta di chat"""),

("post", "reseller_recruitment", (1, 1, 1, 1), """Cerita reseller kami: Mbak Rini dari Purwokerto mulai dengan 1/2 bal Korea, sekarang sudah ambil 3 bal per bulan 👏
Kamu juga bisa!
✅ barang second import dipilih, minim reject
✅ dapat materi foto & caption
✅ bimbingan jualan live
Slot reseller bulan ini tinggal 15. Klik WA di bio, bilang "mau jadi reseller"."""),

("listing", "household_textile", (1, 1, 1, 1), """Selimut & Bedcover Bekas Korea Per Karung
Isi ±35-40 lembar, bahan tebal (bulu, katun, quilting)
Kondisi layak pakai, tidak disortir, ada yang bernoda
Harga 1,75jt/karung, kirim dari Pekanbaru
Cocok untuk jual ecer di pasar kaget"""),

("message", "preorder_bale", (1, 1, 1, 1), """OPEN PO BAL JEPANG KEDATANGAN AKHIR BULAN
Isi: coat & jaket musim dingin, ±70 kg per bal
Harga PO 6,9jt (setelah datang naik jadi 7,5jt)
DP 2jt, pelunasan saat barang tiba di gudang Cikarang
Estimasi tiba minggu ke-4, kalau mundur kami kabari
Yang berminat balas "PO" ya"""),

("post", "regional_code_word", (1, 1, 1, 1), """Baju roma datang lagi ee! Tiga karung dari kapal, jaket deng kemeja laki-laki.
Tempat biasa, samping terminal Kupang, mulai pagi jam 7.
Satu 15 ribu, ambil tiga 40 ribu sa.
Bawa karung sendiri ko mau borong banyak 😁"""),

("listing", "regional_code_word", (1, 1, 1, 1), """OBOK-OBOK MURAH 10RB SEMUA!!
baju bekas impor campur dari karung, kaos anak sampai jaket dewasa
cari sendiri sepuasnya, tiap Selasa & Jumat restock
lokasi: Pasar Minggu belakang, lapak tenda biru
grosir per kilo juga bisa, tanya aja bapaknya"""),

("post", "jastip", (1, 1, 1, 1), """JASTIP PASAR SENEN sabtu ini 🛒
Aku keliling lantai thrift, kalian request mau dicariin apa (kemeja, jaket, celana corduroy, dll)
Fee jastip 15rb/item + harga barang
Barangnya second import, aku fotoin dulu sebelum dibeli
Slot 20 orang aja, isi form di bio ya"""),

("live", "regional_code_word", (1, 1, 1, 1), """Ayo mi kakak-kakak, live cakar anak-anak ini!
Baju anak dari karung Korea, umur 1 sampai 8 tahun
Ketik CK + nomor, contoh CK7, langsung kita keep
CK7 ini dress bunga-bunga, mulus, 15 ribu ji
CK8 jaket kecil ada hoodie, 25 ribu
Kirim keluar Makassar bisa, pake J&T"""),

("listing", "market_source", (1, 1, 1, 1), """Celana Chino & Kargo Bekas Pilihan Pasar Tungging
Barang bal yang kami pilih sendiri di lapak, merk Uniqlo, Dockers, Gap
Pinggang 28-36, sudah dicuci laundry
Harga 50rb/pcs, 3 pcs 135rb
Pengiriman dari Medan tiap sore"""),

("message", "wholesale_bale", (1, 1, 1, 1), """Bos, stok dari Port Klang sudah bongkar di Dumai kemarin.
Ada 40 bal campur, 12 bal jaket, 8 bal tas & sepatu.
Harga sama kayak bulan lalu, tapi ongkos truk ke Pekanbaru naik 300.
Kalau jadi ambil, kabari sebelum Kamis, mau diatur muatnya.
Jangan telpon, chat saja."""),

("listing", "hn_furniture", (1, 1, 0, 0), """Rak Baju Besi & Gantungan Baju Bekas Toko
Sisa tutup toko: 6 rak stainless beroda, 200 hanger plastik, 2 manekin
Kondisi masih bagus, ada karat dikit di 1 rak
Borongan 1,2jt, ecer bisa
Lokasi Cimahi, angkut sendiri"""),

("listing", "hn_appliance", (1, 1, 0, 0), """Setrika Uap Philips Bekas Masih Normal
Dipakai 1 tahun, uap kenceng, alas tidak ada goresan
Dijual karena dapat kado setrika baru
Harga 175rb, bisa tes di tempat
COD Gubeng / Darmo Surabaya"""),

("listing", "hn_appliance", (1, 1, 0, 0), """Mesin Cuci Bekas 2 Tabung Sharp 8 Kg
Pengering dan pencuci normal, selang baru ganti
Body ada baret, wajar pemakaian 4 tahun
Harga 650rb, free antar area Tangerang Kota
Garansi 1 minggu dari kami, Toko Elektronik Berkah"""),

("listing", "hn_bal_other", (1, 1, 0, 0), """Dijual bal sepak bola bekas latihan SSB 10 biji
ukuran 5, masih bulet, ada yang kulitnya ngelupas dikit
cocok buat latihan anak-anak kampung
satu 40 ribu, borong 350
Magelang kota, monggo WA 0857xxxx"""),

("listing", "hn_bal_other", (1, 0, 0, 0), """Kapas Dakron Per Bal 20 Kg Isian Bantal Boneka
Dakron super putih, lembut, tidak menggumpal
Cocok untuk produsen bantal, guling, boneka
Harga 780rb/bal, bisa eceran per kilo 42rb
Gudang di Pekalongan, kirim via kargo"""),

("post", "hn_korea_cosmetics", (1, 0, 0, 1), """Ready stok skincare Korea ori, impor resmi ber-BPOM ✨
Toner, serum, sunscreen, sheet mask
Semua masih segel, exp tahun depan
Order sebelum jam 3 sore dikirim hari ini
#skincarekorea #koreaoriginal #reseller"""),

("post", "hn_japan_snacks", (1, 0, 0, 1), """JASTIP JEPANG batch Desember 🇯🇵🍫
Kitkat matcha, Tokyo Banana, Pocky edisi musim dingin, Royce
Close PO tanggal 15, barang sampai Jakarta awal Januari
Fee 10% dari harga barang
Bukan jastip baju ya, khusus makanan & snack"""),

("review", "hn_review_market", (0, 1, 1, 1), """Pertama kali ke lantai thrift Pasar Senen, ini kesanku:
Barangnya banyak banget, campur dari Korea sama Jepang, harganya memang murah.
Tapi baunya lumayan apek, dan harus sabar milih karena banyak yang sobek atau noda.
Aku akhirnya cuma beli satu jaket, pulang langsung aku rendam air panas.
Pengalaman seru, tapi mungkin ga bakal sering-sering ke sana."""),

("article", "hn_opinion", (0, 1, 1, 1), """Opini: Industri Tekstil Kita Tidak Bisa Bersaing dengan Harga Karungan
Sebuah kemeja bermerek dari bal impor bisa dijual Rp 20 ribu, sedangkan ongkos produksi kemeja baru di konveksi kecil saja di atas Rp 50 ribu.
Selisih ini bukan soal efisiensi, melainkan karena barang bekas itu masuk hampir tanpa biaya dan tanpa bea.
Jika pemerintah serius, penindakan harus difokuskan pada importir dan jalur penyelundupan, sambil memberi pedagang kecil jalan untuk beralih ke produk lokal.
Penulis adalah peneliti ekonomi industri di sebuah universitas swasta di Bandung."""),

("post", "hn_joke", (0, 1, 1, 1), """orang makassar kalau ditanya beli baju di mana:
"di mall" ❌
"di cakar" ✅
terus bangga pula nemu jaket merk luar yang tinggal dicuci 3 kali baru hilang baunya karung 😭😭
tag temanmu yang paling jago ngecakar"""),

("listing", "hn_preloved_own", (1, 1, 1, 0), """Preloved Gaun Pengantin Putih Ekor Panjang
Dipakai sekali waktu akad & resepsi saya sendiri, sudah laundry khusus
Ukuran M, payet lengkap, veil termasuk
Beli di butik Jakarta 6jt, dilepas 2,5jt
Bisa fitting di rumah (Bekasi Timur)"""),

("listing", "hn_preloved_nonclothing", (1, 1, 0, 0), """Preloved Stroller Bayi Merk Lokal, Bisa Dilipat Satu Tangan
Pemakaian anak pertama 1,5 tahun, roda lancar, kanopi lengkap
Ada sedikit noda di bantalan, sudah dicuci
Harga 450rb, COD Jogja (Sleman)"""),

("post", "hn_sisa_ekspor", (1, 0, 1, 0), """Kaos polos SISA EKSPOR pabrik Sukoharjo 💯
Barang baru, bukan bekas, ada yang cacat jahit dikit (reject)
Merk luar tapi produksi pabrik sini, labelnya dipotong
Harga 25rb, beli 1 lusin 270rb
Ready S-XXL, warna campur"""),

("message", "hn_job_vacancy", (0, 1, 1, 1), """LOWONGAN KERJA
Dibutuhkan 3 orang tenaga sortir pakaian bekas impor di gudang area Cakung
Tugas: membuka bal, memilah grade A/B, melipat & menimbang
Syarat: pria/wanita 18-35, kuat berdiri lama, tidak alergi debu
Gaji UMR + uang makan. Kirim lamaran via WA 0896xxxx"""),

("comment", "hn_tutorial", (0, 1, 1, 1), """Tips dari aku buat yang baru beli baju thrift:
1. jangan langsung dipakai, rendam air panas + sedikit cuka 30 menit
2. cuci pakai deterjen, bilas dua kali
3. jemur di bawah matahari langsung sampai kering total
4. kalau masih bau karung, ulangi dan pakai pewangi
Aman deh dari jamur & gatal-gatal"""),

("post", "hn_bundle_other", (1, 0, 0, 0), """Promo BUNDLE kuota malam + internet siang 50GB cuma 55rb!
Berlaku 30 hari, semua jaringan 4G
Bisa isi lewat aku, proses 1 menit, bayar pakai e-wallet
Yang mau tinggal chat nomor HP kamu
#pulsamurah #bundlekuota"""),

("article", "hn_campaign", (0, 1, 1, 1), """Kampanye #PakaiLokal: Ajak Anak Muda Tinggalkan Baju Karungan
Dinas perdagangan bersama komunitas desainer muda menggelar pameran busana produk dalam negeri di alun-alun kota.
Panitia menyebut tujuan acara adalah memperlihatkan bahwa gaya vintage bisa didapat dari produk lokal, tanpa harus membeli pakaian bekas impor.
Ada juga sesi edukasi tentang aturan larangan impor pakaian bekas dan dampaknya pada penjahit rumahan.
Pameran berlangsung tiga hari dan tidak dipungut biaya."""),

("post", "hn_travel_vlog", (0, 1, 1, 0), """Vlog hari ke-3 di Tokyo 🇯🇵: thrifting di Shimokitazawa!
Tokonya rapi banget, kayak butik, baju bekas disusun per warna
Aku cuma liat-liat sama nyobain, ga beli apa-apa karena koper udah penuh 😂
Yang bikin kagum, harga vintage di sana malah lebih mahal dari baju baru.
Full video di channel ya"""),

("listing", "hn_grade_other", (1, 0, 0, 0), """Kulit Sapi Lembaran Grade A untuk Pengrajin
Kulit nabati (vegtan) tebal 2-2,2 mm, lokal Garut
Ukuran 1 lembar ±2,5 feet persegi per potong
Harga 55rb/feet, cocok buat dompet, ikat pinggang, tali jam
Bisa kirim seluruh Indonesia"""),

("post", "hn_preloved_own", (1, 1, 1, 0), """Lungsuran anak pertama, dilepas buat yang butuh 👶
Baju bayi 0-12 bulan, 1 kantong isi 30 pcs (jumper, celana, kaos dalam)
Semua bekas pakai anak saya sendiri, dibeli di toko perlengkapan bayi di Solo
Harga satu kantong 150rb saja
Ambil di Kartasura ya Bun"""),
("profile", "hn_community_bio", (0, 1, 1, 1), """Komunitas Pecinta Vintage Lokal Surabaya 🧵
Tempat diskusi soal gaya vintage, merawat baju lama, dan jahit ulang
Di sini dilarang jualan, apalagi promosi bal atau barang bekas impor
Kumpul tiap bulan di taman kota, gratis
Admin: @vintagelokal.sby"""),
]
