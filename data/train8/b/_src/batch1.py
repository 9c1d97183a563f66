# batch 1 - hand written, one record each: (kind, category, offer, used, clothing, abroad, text)
RECS = [
("listing", "hn_new_cheap_offer", 1, 0, 1, 0, """
Kemeja Flanel Pria Lengan Panjang Kotak-Kotak Murah Premium / Kemeja Cowok Casual
Bahan flanel katun tebal, adem, tidak luntur. Barang baru, dijahit sendiri di konveksi kami di Bandung.
Ukuran M, L, XL, XXL (lingkar dada 104-122 cm).
Warna: merah maroon, navy, hijau army, abu.
Harga 69rb, beli 2 jadi 125rb. Ready stok, kirim hari ini kalau order sebelum jam 3 sore.
"""),
("listing", "plain_bale_offer", 1, 1, 1, 1, """
KEMEJA FLANEL CAMPUR 1 KARUNG
isi kurang lebih 180-200 pcs, berat 100 kg
masih segel dari gudang, belum dibongkar
campur merk, ukuran acak, kondisi ada yang mulus ada yang kurang
ambil di gudang Tanjungbalai atau kirim ekspedisi ke seluruh Sumatra
harga 4,2 jt nego tipis. wa 0812xxxx
"""),
("post", "hn_new_wholesale", 1, 0, 1, 0, """
Grosir kaos polos cotton combed 30s langsung dari konveksi Majalaya 🙌
✅ harga per lusin 270rb (campur warna boleh)
✅ per kodi 440rb
✅ ukuran S sampai XXL, XXXL tambah 5rb
Stok baru tiap minggu, jahitan rantai, label bisa dilepas buat yang mau sablon sendiri.
Reseller & dropship welcome, minimal order 1 lusin.
#kaospolos #grosirkaos #konveksimajalaya #kaospolosmurah
"""),
("message", "hn_live_sale_new", 1, 0, 1, 0, """
Assalamualaikum kakak2 pelanggan setia Nayla Hijab 🌸
Nanti malam jam 19.30 kita LIVE di TikTok ya, ada flash sale pashmina ceruty babydoll cuma 19rb (harga normal 35rb) 😍
Stok terbatas 200 pcs aja, warna pastel baru datang dari penjahit kemarin.
Jangan lupa checkout pakai voucher gratis ongkir.
Sampai ketemu nanti malam kak 🙏
"""),
("live", "live_bale_opening", 1, 1, 1, 1, """
Oke guys kita buka ikat karung kedua ya malam ini, ini jaket dari Korea semua
langsung aja yang mau ketik 'mau' plus nomor urut, yang ini nomor 14 hoodie abu, ada noda dikit di lengan, 45rb
nomor 15 jaket parasut hitam, mulus 9/10, 60rb
yang nanya masih bau gudang? dicuci dulu ya di rumah kak, ini barang bongkaran langsung
lanjut nomor 16...
"""),
("listing", "hn_own_used", 1, 1, 1, 0, """
Jual baju-baju sendiri, mau pindah ke Balikpapan ikut suami jadi lemari dikosongin 😅
- dress batik ukuran M, dipakai 2x kondangan, 75rb
- blazer hitam kerja, dipakai beberapa kali, 90rb
- celana kulot krem, masih bagus, 40rb
Semua dicuci bersih & disetrika. COD daerah Tebet aja ya, atau kirim pakai ongkir pembeli.
"""),
("post", "hn_factory_stock", 1, 0, 1, 0, """
CUCI GUDANG sisa produksi kaos anak 🧒
Kami produsen baju anak di Gang Pasantren Pagarsih. Ada kelebihan order dari pelanggan toko, motif kartun & dino.
Barang baru, masih dalam plastik, ada sedikit cacat sablon di beberapa pcs (dipisah & harga lebih murah).
Umur 1-8 tahun, harga 8rb-12rb per potong, ambil 1 kodi dapet harga 7rb.
Alamat produksi di Pagarsih, bisa datang langsung Senin-Sabtu.
"""),
("listing", "sortir_grade_offer", 1, 1, 1, 1, """
Ready sortiran kaos branded grade A
isi 50 pcs per paket, sudah dipilih yang bersih tanpa bolong
merek campur (Nike, Adidas, Champion, Uniqlo dll)
barang dari bal Jepang, dipisah sendiri di gudang Gedebage
harga paket 850rb, cocok buat yang mau buka lapak thrift online
grade B juga ada, 550rb / 50 pcs
"""),
("review", "hn_review_new_purchase", 0, 0, 1, 0, """
Review jujur: beli gamis di toko oren harga 89rb, awalnya ragu karena murah banget.
Ternyata bahannya wolfis, jahitan rapi, ukuran sesuai size chart. Cuma warnanya agak lebih gelap dari foto.
Sudah dicuci 3x belum luntur. Buat harga segitu worth it sih, apalagi buat dipakai harian.
Bintang 4 dari aku ⭐⭐⭐⭐
"""),
("listing", "hn_new_import_legal", 1, 0, 1, 1, """
Dress Korea Import Baru Bahan Crinkle Airflow / Dress Wanita Kekinian
Barang impor China, baru 100%, masih ada label dan plastik, masuk resmi lewat distributor Jakarta.
All size fit to L, panjang 120 cm, lingkar dada 100 cm.
Warna: sage, dusty pink, hitam, mocca.
Harga 115rb, grosir min 6 pcs 98rb. Bisa COD.
"""),
("post", "border_route_offer", 1, 1, 1, 1, """
Barang baru masuk dari Entikong, baju lelong anak-anak 1 karung 🙏
Isinya campur: kaos, celana pendek, dress kecil, ada juga sweater. Semua pakai, tapi banyak yang masih bagus.
Mau dijual per karung atau ecer 5rb-15rb per potong di lapak saya Jl. Tanjung Raya, Pontianak.
Yang jauh bisa ambil per karung, ongkos kirim sendiri ya.
"""),
("message", "hn_uniform_order", 1, 0, 1, 0, """
Selamat siang Bapak/Ibu pengurus sekolah 🙏
Kami dari Konveksi Sinar Abadi Klaten menerima pesanan seragam sekolah tahun ajaran baru: seragam putih-merah, putih-biru, pramuka, batik sekolah, dan kaos olahraga.
Bahan drill & tetoron, bordir logo sekolah gratis untuk minimal 100 stel.
Estimasi pengerjaan 3-4 minggu. Kami bisa kirim contoh bahan ke sekolah.
Info harga: 0812xxxx (Bu Ratna)
"""),
("listing", "hn_marketplace_title", 1, 0, 1, 0, """
Celana Chino Pria Panjang Slimfit Stretch / Celana Chinos Cowok Kerja Kantor Santai Murah Termurah
Bahan katun twill stretch, nyaman dipakai seharian.
Size 28-38, tersedia 7 warna (khaki, hitam, navy, cream, abu, olive, coklat).
Produk lokal buatan Cipulir, barang baru bukan sisa.
Harga 79.900, beli 3 gratis ongkir. Pengiriman dari Jakarta Selatan.
"""),
("post", "plain_offer_kilo", 1, 1, 1, 1, """
Jual baju bekas per kilo buat yang mau jualan lagi
kaos, kemeja, celana, campur dewasa & anak
40rb/kg, minimal ambil 10 kg
barang impor bukan sisa lokal, bongkaran karung minggu ini
lokasi gudang Cikarang, bisa lihat-lihat dulu sebelum ambil
"""),
("comment", "hn_buyer_question", 0, 0, 1, 0, """
Kak mau tanya, yang kaos oversize warna broken white masih ada ukuran XL nggak?
Kemarin aku beli L kekecilan di badan 😭
Terus kalau tukar size ongkirnya ditanggung siapa ya? Makasih kak
"""),
("post", "hn_donation_bazaar", 1, 1, 1, 0, """
BAZAR AMAL SD Tunas Harapan 🎉
Sabtu, 12 Oktober, jam 8 pagi sampai habis, di halaman sekolah.
Menjual pakaian layak pakai sumbangan dari orang tua murid: baju anak, seragam lama, sepatu, tas.
Harga mulai 2rb! Semua hasil penjualan untuk renovasi perpustakaan.
Ajak keluarga dan tetangga ya Bapak Ibu 🙏
"""),
("listing", "market_of_trade", 1, 1, 1, 1, """
Jaket Jeans Vintage Levi's
kondisi 8/10, ada pudar alami di kerah, jahitan aman
LD 112 PJ 68
diambil langsung dari los langganan di Pasar Senen, pilihan tangan sendiri
harga 185rb, no return karena barang second
cek highlight ig buat detail foto
"""),
("post", "hn_sablon_custom", 1, 0, 1, 0, """
Terima order kaos custom buat acara kantor, komunitas, reuni, 17-an 👕
Sablon plastisol / DTF, bahan cotton combed 24s atau 30s, warna bebas.
Minimal 12 pcs, harga mulai 55rb sudah termasuk sablon 1 sisi.
Pengerjaan 7-10 hari kerja, bisa kirim seluruh Indonesia.
Workshop kami di Sukoharjo, dekat Solo Baru.
#kaoscustom #sablonkaos #kaosreuni
"""),
("listing", "regional_code_word", 1, 1, 1, 1, """
CAKAR PAREPARE MASUK LAGI 🔥
celana jeans cowok/cewek 30rb-60rb
jaket dan sweater 35rb-75rb
sepatu kets campur 50rb ke atas
baru dibuka karungnya tadi pagi di lapak ta di Pasar Senggol
mampir mki sebelum dipilih-pilih orang
"""),
("post", "hn_batik_offer", 1, 0, 1, 0, """
Kemeja batik pria lengan pendek motif parang & kawung, langsung dari pengrajin Pekalongan.
Bahan katun primisima, batik cap kombinasi tulis, ukuran M-XXL.
Harga ecer 135rb, reseller minimal 5 pcs 110rb.
Cocok buat seragam kantor atau kondangan. Bisa custom motif untuk pesanan 50 pcs ke atas.
"""),
("listing", "hn_factory_reject", 1, 0, 1, 0, """
Jual reject pabrik garmen Semarang — celana training & jogger
Barang baru, cacat ringan (jahitan miring sedikit, benang lepas, noda pabrik yang hilang dicuci).
Dijual per pack isi 10 pcs ukuran campur, 150rb per pack.
Tidak bisa pilih warna. Yang cari barang mulus jangan ambil ya.
"""),
("message", "reseller_recruit_bale", 1, 1, 1, 1, """
Open reseller thrift! 👋
Kami suplai baju second impor dari bal Korea & Jepang, kamu tinggal foto dan jual lagi.
Paket reseller 30 pcs mulai 600rb, sudah disortir dan dicuci.
Barang dikirim dari gudang kami di Batam, ongkir murah via kargo.
Minat? Balas chat ini atau hubungi admin 0812xxxx
"""),
("article", "hn_news", 0, 1, 1, 1, """
Petugas Bea Cukai Tanjungpinang menggagalkan penyelundupan ratusan karung pakaian bekas dari Malaysia yang diangkut kapal kayu pada Selasa malam.
Barang bukti berupa 320 karung balpres diamankan di dermaga dan akan dimusnahkan.
Pakaian bekas impor termasuk barang dilarang impor sesuai Permendag Nomor 40 Tahun 2022.
Petugas masih memeriksa nakhoda kapal dan dua anak buah kapal.
"""),
("post", "hn_kebaya_rental", 1, 0, 1, 0, """
Sewa Kebaya Wisuda & Lamaran – Bu Tika Collection 💐
Kebaya modern brokat, kebaya kutubaru, dan beskap untuk pria.
Sewa 3 hari mulai 150rb, sudah termasuk selendang & dry clean.
Bisa fitting dulu di rumah kami daerah Condongcatur, Sleman.
Booking minimal seminggu sebelum acara ya kak.
"""),
("listing", "condition_word_offer", 1, 1, 1, 1, """
Sweater rajut oversize ex Jepang
layak pakai, ada bulu-bulu dikit khas rajut
tag luar masih nempel (GU)
ukuran L fit XL
harga 55rb aja, sisa 3 warna
barang sortiran karungan, bukan baru ya kak mohon dimaklumi
"""),
("post", "hn_new_cheap_offer", 1, 0, 1, 0, """
Murmer tapi gak murahan 😎
Kaos oversize distro lokal cuma 45rb, sablon DTF awet, bahan cotton 24s.
Ready S-XXL, 6 desain baru bulan ini.
Toko kami di Jl. Trunojoyo Bandung, bisa juga order online, kirim via JNT/SiCepat.
#distrobandung #kaosoversize #murah
"""),
("listing", "hn_new_wholesale", 1, 0, 1, 0, """
GROSIR DASTER RAYON BALI MOTIF (baru)
Harga per kodi (20 pcs) 560rb, ecer 35rb
Motif campur, tidak bisa pilih, ukuran jumbo LD 120
Barang dari konveksi Pekalongan, stok selalu ada
Kirim via kargo ke luar pulau bisa, minimal 2 kodi.
"""),
("comment", "hn_complaint_quote", 0, 1, 1, 1, """
Hati-hati sama akun ini, aku pesan 'paket karung campur 25 kg' katanya barang impor grade A.
Begitu datang isinya banyak yang sobek, bau apek, bahkan ada celana yang resletingnya rusak.
Sudah chat minta retur cuma diread. Jangan ketipu kayak aku ya guys.
"""),
("post", "hn_own_used", 1, 1, 1, 0, """
Preloved lemari sendiri ✨ (bukan barang thrift impor ya, ini punyaku pribadi)
1. Cardigan rajut cream size M — 45rb, dipakai 3x
2. Rok plisket hitam — 35rb, masih kinclong
3. Tas selempang kanvas — 50rb
Nett, no nego. Kirim dari Depok. DM aja
"""),
("listing", "near_pair_kids_bale", 1, 1, 1, 1, """
Baju anak campur (second)
isi per goni 60 kg, ada kaos, dress, celana, piyama
barang Korea, kondisi rata-rata 80%
goni bisa dibuka di depan pembeli, harga 2,8 jt
lokasi Pasar Tungging Batam, kirim pakai kapal ke Jawa bisa diatur
"""),
("listing", "hn_near_pair_kids_new", 1, 0, 1, 0, """
Baju anak campur (baru)
isi per karung 100 pcs, kaos, dress, celana, piyama
produksi rumahan Bandung, jahitan rapi, masih dalam plastik
harga 1,1 jt per karung, bisa kirim ke luar Jawa
karung cuma buat packing ya, bukan barang karungan 😄
"""),
("post", "hn_sportswear", 1, 0, 1, 0, """
Jersey futsal printing full custom 🔥
Nama + nomor punggung gratis, logo tim bebas.
Bahan milano / dryfit, harga 95rb per set (baju + celana), minimal 1 tim (10 set).
Produksi sendiri di Tasikmalaya, jadi 10 hari.
Langsung chat admin ya, sertakan desain atau minta dibuatkan.
"""),
("post", "local_pickup_trade", 1, 1, 1, 1, """
Baru pulang dari Gedebage ngangkut 3 karung, besok pagi lapak buka jam 7 📦
Isinya celana cargo, kemeja flanel, sama jaket parasut. Sudah aku pilih yang bagus-bagus.
Harga 25rb-70rb, masih bekas semua ya jadi cek teliti sebelum bayar.
Lokasi lapak samping Indomaret Sukabirus.
"""),
("message", "hn_laundry_promo", 1, 0, 1, 0, """
Promo Laundry Wangi Bersih 🧺
Cuci + setrika 7rb/kg, express 6 jam 12rb/kg.
Bed cover & selimut 25rb per pcs, sepatu 30rb per pasang.
Antar jemput gratis minimal 5 kg area Ciputat.
Berlaku sampai akhir bulan ya kak!
"""),
("review", "hn_review_no_seller", 0, 1, 1, 1, """
Pengalaman pertama thrifting di pasar loak luar negeri? Nggak, ini di Pasar Senen 😂
Aku dapet jaket denim bekas 80rb, kondisinya lumayan, cuma harus direndam 2x karena baunya kuat banget.
Tipsnya: datang pagi, bawa masker, dan jangan malu nawar.
Overall seru, tapi aku nggak nyebut kios mana ya.
"""),
("listing", "hn_school_uniform_secondhand", 1, 1, 1, 0, """
Dijual seragam SMA bekas anak saya, baru lulus tahun ini.
Kemeja putih 2 pcs, rok abu panjang 2 pcs, seragam batik sekolah 1, ukuran L.
Masih bagus, warna putihnya belum kusam. Semua 100rb, lokasi Rungkut Surabaya.
Cocok buat adik-adik SMA Negeri 17 yang motif batiknya sama.
"""),
("listing", "plain_offer_balpres", 1, 1, 1, 1, """
Ready balpres celana jeans pria
1 bal = 100 kg, isi ±200 pcs
asal Korea, barang campur merk
harga bal 5,5 jt
sistem ambil di gudang, bisa video call buat lihat sebelum transfer
"""),
("post", "hn_thrift_style_new", 1, 0, 1, 0, """
Kemeja vintage look motif retro 70-an 🌼
Ini BUKAN barang thrift bekas ya kak, semua baru kami jahit sendiri dari kain rayon motif.
Potongan boxy ala kemeja jadul, kancing tempurung.
Ukuran M-XL, 99rb, restock tiap Jumat.
#vintagelook #kemejaretro #lokalpride
"""),
]
