# Hand-written long-form texts, batch 1. Each entry: (family, kind, category, "offer used clothing abroad", text)
RECORDS = [
# F01 flannel listing
("F01", "listing", "twin_offer_quiet", "1111", """Kemeja Flanel Uniqlo ex Jepang - size L
Kondisi 9/10, kancing lengkap, warna masih tajam
LD 112 / PJ 74
Harga 65rb aja, bisa COD area Cawang
Barang cuma 1, siapa cepat dia dapat ya kak"""),
("F01", "listing", "hn_twin_new_goods", "1101", """Kemeja Flanel Uniqlo ex Jepang - size L
Kondisi BARU, masih segel plastik + tag toko, beli sendiri pas liburan ke Osaka kemarin
LD 112 / PJ 74
Harga 265rb, bisa COD area Cawang
Cuma 1 pcs, kekecilan buat suami jadi dilepas"""),
("F01", "comment", "hn_twin_buyer_question", "0111", """Kak mau nanya dong, ada yg jual kemeja flanel Uniqlo ex Jepang size L gak?
Yang bekas gpp asal kondisi 9/10, kancing lengkap
LD minimal 112 ya
Budget aku cuma 60-70rb, area Cawang biar bisa COD
Mohon infonya 🙏"""),

# F02 WA broadcast bales
("F02", "message", "twin_offer_loud", "1111", """*READY BAL BARU BUKA* 🔥🔥
Balpres campur Korea grade A, 100kg
Isi kaos, kemeja, celana, jaket tipis
Harga 7,8jt/bal, bisa kirim ekspedisi seluruh Indo
Stok di gudang Tanjungbalai, yg serius japri 0812xxxx
No PHP, no tanya2 doang 🙏"""),
("F02", "message", "hn_twin_not_clothing", "1011", """*READY BAL BARU BUKA* 🔥🔥
Majun perca campur Korea grade A, 100kg, udah dipotong siap pakai buat lap mesin bengkel & pabrik
Bukan buat dipakai ya, ini kain lap industri
Harga 1,1jt/bal, bisa kirim ekspedisi seluruh Indo
Stok di gudang Tanjungbalai, yg serius japri 0812xxxx
No PHP 🙏"""),

# F03 Pontianak seller bio
("F03", "profile", "twin_bio_regional_name", "1111", """🛍️ Lelong Kak Ros | Pontianak
Baju lelong pilihan, sortir sendiri tiap datang barang
Kemeja kerja, blus, jaket, seprai lelong juga ada
Buka tiap hari 09.00-17.00 Jl. Gajah Mada gg. kecil samping warung kopi
Order DM / WA 0812xxxx"""),
("F03", "profile", "hn_twin_own_wardrobe", "1110", """🛍️ Lemari Kak Ros | Pontianak
Preloved pribadi, bukan lelong, bukan barang karungan. Semua isi lemari saya & adek2 yg udah gak muat
Kemeja kerja, blus, jaket, seprai bekas kamar anak juga ada
Update tiap Minggu, COD seputaran Jl. Gajah Mada
Order DM / WA 0812xxxx"""),

# F04 live sale
("F04", "live", "twin_live_loud", "1111", """LIVE JAM 8 MALAM GUYS!! 📣
Kita obok-obok karungan Korea yg baru turun dari Belawan
Kaos 15rb, hoodie 45rb, celana jeans 35rb
Ketik "ambil" + nomor barang di kolom komen, admin rekap
Transfer max 1x24 jam ya, kalau nggak di-lempar ke next buyer"""),
("F04", "article", "hn_twin_news_report", "0111", """Pantauan kami Selasa malam, sebuah akun di Medan menggelar siaran langsung yang disebut "obok-obok karungan Korea".
Penjual mengklaim barang baru turun dari Belawan. Kaos dipatok 15 ribu, hoodie 45 ribu, jeans 35 ribu.
Dinas Perdagangan setempat menyatakan akan menelusuri akun tersebut karena impor pakaian bekas dilarang."""),
("F04", "live", "hn_twin_not_clothing", "1011", """LIVE JAM 8 MALAM GUYS!! 📣
Kita bongkar karungan HP second Korea yg baru turun dari Belawan
Galaxy A series 350rb, tablet 600rb, casing & charger bonus
Ketik "ambil" + nomor unit di kolom komen, admin rekap
Transfer max 1x24 jam ya"""),

# F05 jacket listing
("F05", "listing", "twin_offer_loud", "1111", """Jaket Bundle Grade A - Impor Korea
Varian: bomber, parka, windbreaker
Size M-XL campur, ada yg minus dikit (noda/jahitan) dibilang di foto
Harga mulai 55rb, beli 3 potong free ongkir
Pengiriman dari Bandung tiap hari kerja"""),
("F05", "listing", "hn_twin_new_goods", "1101", """Jaket Vintage Look - New Import Korea
Varian: bomber, parka, windbreaker
Size M-XL lengkap, semua BARU dari grosir Dongdaemun, jahitan rapi dicek QC
Harga mulai 155rb, beli 3 potong free ongkir
Pengiriman dari Bandung tiap hari kerja
Bukan barang bundle ya kak, ini new stock"""),

# F06 seller quits
("F06", "post", "twin_post_quiet", "1111", """Barang baru masuk dari Tawau, 3 goni isi jaket jeans & kemeja 😍
Udah aku sortir, yg mulus aku foto di highlight
Harga 40-90rb, bisa nego dikit kalau ambil banyak
Nunukan & sekitarnya bisa ambil langsung, luar kota kirim J&T
#nunukan #jaketjeans #murahmeriah"""),
("F06", "post", "hn_twin_seller_stopped", "0111", """Dulu tiap bulan aku ambil 3 goni dari Tawau, isinya jaket jeans & kemeja 😔
Mulai bulan ini aku stop total ya, gak jual lagi, udah ada razia dan aku mau buka usaha lain
Yg masih nanya harga, maaf gak ada stok & gak terima pesanan
Makasih pelanggan Nunukan yg udah setia bertahun2
#nunukan #pamit"""),

# F07 kids clothes bazaar
("F07", "message", "twin_broadcast_quiet", "1111", """Assalamualaikum bunda2 🙏
Ada baju anak ex Singapore masuk lagi, 1 koli udah dibuka
Rata2 masih bagus, merk Carter's, OshKosh, H&M kids
Harga 10rb-25rb aja, ambil di rumah Batu Aji
Japri ya bun, 0812xxxx"""),
("F07", "message", "hn_twin_school_bazaar", "1110", """Assalamualaikum bunda2 🙏
Bazar amal TK Al-Ikhlas Sabtu ini! Baju anak bekas sumbangan wali murid udah kami pilah
Rata2 masih bagus, ada Carter's, OshKosh, H&M kids yg dulu dibeli ortu di mall
Harga 5rb-15rb, hasilnya untuk renovasi kelas
Lokasi halaman sekolah Batu Aji, info 0812xxxx"""),
("F07", "message", "hn_twin_swap_between_friends", "0111", """Assalamualaikum bunda2 🙏
Aku nemu 1 koli baju anak ex Singapore di gudang almarhum papa, kayaknya dulu beliau titipan orang
Rata2 masih bagus, ada Carter's, OshKosh
Gak aku jual ya, mau tukeran aja sama mainan anak / buku, atau dibawa pulang gratis buat yg butuh
Kabari di grup aja"""),

# F08 shoes Thailand
("F08", "listing", "twin_offer_loud", "1111", """SEPATU BEKAS IMPOR THAILAND - BAL SEPATU CAMPUR
Isi ±60 pasang, Nike, Adidas, Vans, Converse
Grade B+, sol masih tebel, beberapa perlu dicuci
Harga 4,5jt per bal / eceran mulai 85rb
Gudang Pasar Senen blok III, ambil langsung atau kirim kargo"""),
("F08", "listing", "hn_twin_not_clothing", "1011", """BAN BEKAS IMPOR THAILAND - BAL BAN CAMPUR
Isi ±60 biji, ring 14-17, Bridgestone, Michelin, Dunlop
Grade B+, tapak masih tebel, beberapa perlu ditambal
Harga 4,5jt per bal / eceran mulai 85rb
Gudang Cakung, ambil langsung atau kirim kargo"""),

# F09 Makassar cakar
("F09", "post", "twin_post_regional", "1111", """Cakar baru datang di lapak ta' Pasar Toddopuli 🤩
Kemeja kantoran mulus2 ji, celana kain juga banyak
Ada yang 20 ribu, ada yang 35, tergantung barangnya
Datang mki cepat sebelum habis diborong reseller
#cakarmakassar #lapakdaeng"""),
("F09", "post", "hn_twin_opinion_no_seller", "0111", """Cakar itu memang penyelamat anak kos di Makassar dulu 😅
Kemeja kantoran 20 ribu, celana kain 35, tapi sekarang sudah ada larangan impornya
Sa cuma mau cerita nostalgia ji, bukan promosi, bukan jualan
Siapa di sini yang baju wisudanya dari cakar? ngaku 😂
#nostalgia #anakkos"""),

# F10 thrift shop caption
("F10", "post", "twin_offer_loud", "1111", """THRIFT SHOP DROP #27 ✨
Tema minggu ini: Y2K & cardigan rajut
Semua barang thrift impor pilihan, udah laundry & setrika
Harga 35k-120k, checkout via link di bio
Drop jam 19.00, slot keep cuma 1x24 jam ya bestie
#thriftbandung #thriftshop #y2k"""),
("F10", "post", "hn_twin_new_goods", "1101", """THRIFT LOOK DROP #27 ✨
Tema minggu ini: Y2K & cardigan rajut
Semua barang BARU, impor dari pabrik rajut di Guangzhou, model terinspirasi katalog Jepang 90an
Harga 135k-220k, checkout via link di bio
Drop jam 19.00, slot keep 1x24 jam ya bestie
#vintagestyle #newarrival #y2k"""),

# F11 lots per kilo
("F11", "message", "twin_broadcast_quiet", "1111", """Info stok minggu ini 📦
Sortiran campur per kilo 45rb, min ambil 20kg
Khusus celana jeans & kemeja, lumayan buat modal lapak
Barang turun Senin dari Dumai, kirim pakai truk ke Pekanbaru
Berminat langsung transfer DP 50%, sisanya pas barang sampai"""),
("F11", "message", "hn_twin_not_clothing", "1011", """Info stok minggu ini 📦
Kardus bekas sortiran per kilo 4,5rb, min ambil 200kg
Khusus karton box ekspor tebal, lumayan buat packing toko online
Barang turun Senin dari Dumai, ex gudang Malaysia, kirim pakai truk ke Pekanbaru
Berminat langsung transfer DP 50%, sisanya pas barang sampai"""),
("F11", "message", "hn_twin_domestic_source", "1110", """Info stok minggu ini 📦
Sortiran campur per kilo 45rb, min ambil 20kg
Khusus celana jeans & kemeja, ini hasil pengumpulan dari rumah2 warga Pekanbaru, bukan barang impor
Ada yg sobek dikit, bisa buat bahan upcycle
Berminat langsung transfer DP 50%, sisanya pas barang diambil"""),

# F12 reseller recruiting
("F12", "post", "twin_recruit_reseller", "1111", """DICARI RESELLER & DROPSHIPPER 📢
Kami supplier bal baju bekas impor dari Jepang & Korea, gudang di Gedebage
Reseller dapet harga khusus per bal, dropship tinggal posting foto
Tanpa modal besar, bisa mulai 1 karung
Gabung grup WA: ketik DAFTAR ke 0812xxxx"""),
("F12", "post", "hn_twin_job_vacancy", "0111", """LOWONGAN KERJA 📢
Gudang di Gedebage butuh 3 orang tenaga sortir & angkut
Pekerjaan: bongkar karung baju bekas impor Jepang-Korea, pisahin grade, timbang
Gaji harian 90rb, makan siang ditanggung
Kirim lamaran ke 0812xxxx (tidak melayani pembelian barang)"""),

# F13 review
("F13", "review", "twin_review_shop", "1111", """⭐⭐⭐⭐⭐ Puas banget belanja di @lemaritokyo.id
Kemejanya ex Jepang bener, ada tag laundry pakai huruf kanji
Kondisi second tapi bersih, wangi, gak apek
Packing rapi, dikirim dari Batam cuma 3 hari ke Jakarta
Langganan deh, kak admin ramah 🥰"""),
("F13", "review", "hn_twin_review_no_seller", "0111", """⭐⭐⭐⭐ Jujur kemeja ex Jepang yg aku dapet bulan lalu awet banget
Tag laundry-nya pakai huruf kanji, kondisi second tapi bersih
Belinya di pasar pas jalan2, aku lupa nama lapaknya dan gak inget jalannya
Cuma mau share aja, bahan Jepang emang tebel dan gak gampang melar
Kalian pernah dapet yang begini juga?"""),
("F13", "review", "hn_twin_review_new_goods", "1101", """⭐⭐⭐⭐⭐ Puas banget belanja di @lemaritokyo.id
Kemejanya import Jepang baru, tag harga toko masih nempel, plastik segel
Gak ada bekas pakai sama sekali, wangi pabrik
Packing rapi, dikirim dari Batam cuma 3 hari ke Jakarta
Langganan deh, kak admin ramah 🥰"""),

# F14 Medan pajak melati
("F14", "message", "twin_broadcast_market", "1111", """Kawan2 grup, aku baru pulang dari Pajak Melati bawa 2 karung jaket & sweater 👇
Pilihan semua, merk2 Jepang Korea, harga lapak 30-60rb
Yang mau, ambil di rumah Padang Bulan atau kukirim pakai Paxel
Cepat ya, besok sisanya kubawa ke lapak Sabtu"""),
("F14", "message", "hn_twin_not_clothing", "1011", """Kawan2 grup, aku baru pulang dari Pajak Melati bawa 2 karung spare part motor bekas Jepang 👇
Pilihan semua, karbu, kampas, lampu Honda-Yamaha, harga lapak 30-60rb
Yang mau, ambil di rumah Padang Bulan atau kukirim pakai Paxel
Cepat ya, besok sisanya kubawa ke lapak Sabtu"""),

# F15 Bali/Awul-awul Jogja
("F15", "post", "twin_post_regional", "1111", """Awul-awul Sekaten balik lagi nih 😍
Lapak Mas Dimas buka di depan alun-alun, kaos 10rb, kemeja 15rb, jaket 30rb
Ambil sepuasnya, pilih-pilih sendiri, dibantu mbak kasir
Buka jam 4 sore sampai tengah malam
#awulawul #jogja #murahbanget"""),
("F15", "post", "hn_twin_joke", "0111", """Awul-awul tuh level ekstremnya berburu jodoh: ngubek-ngubek 2 jam, dapet satu yang cocok, ternyata kancingnya ilang 🤣
Kaos 10rb, kemeja 15rb, jaket 30rb, tapi sakit punggung gratis
Cuma bercanda ya gaes, bukan promosi lapak siapa-siapa
#awulawul #jogja #relate"""),

# F16 church bazaar vs abroad
("F16", "message", "hn_twin_church_bazaar", "1110", """Syalom bapak/ibu jemaat 🙏
Bazar pakaian layak pakai GKI Pontianak digelar Minggu depan setelah ibadah kedua
Semua barang sumbangan jemaat, sudah dicuci & disetrika oleh komisi wanita
Harga 5rb-20rb, hasil untuk beasiswa anak sekolah minggu
Info hubungi Ibu Yohana 0812xxxx"""),
("F16", "message", "twin_broadcast_quiet", "1111", """Syalom bapak/ibu 🙏
Baju layak pakai kiriman Kuching datang lagi, masuk lewat Entikong kemarin sore
Sudah saya pilah, kemeja, dress, celana panjang
Harga 5rb-20rb, ambil di rumah Jl. Tanjungpura
Hubungi Ibu Yohana 0812xxxx"""),

# F17 train/bus
("F17", "listing", "twin_listing_quiet", "1111", """Mantel wol panjang ex Eropa (Zara, Mango, H&M)
Stok 14 pcs, semua pemakaian tapi masih layak, wol tebal
Cocok buat trip ke Korea / Jepang musim dingin
Harga 175rb/pcs, 3 pcs 480rb
Kirim dari Tanjungpinang, 2-4 hari ke Jawa"""),
("F17", "listing", "hn_twin_new_goods", "1101", """Mantel wol panjang ex Eropa (Zara, Mango, H&M) - NEW
Stok 14 pcs, belum pernah dipakai, label masih nempel, stok lama butik di Amsterdam yg dibawa pulang kakak
Cocok buat trip ke Korea / Jepang musim dingin
Harga 275rb/pcs, 3 pcs 780rb
Kirim dari Tanjungpinang, 2-4 hari ke Jawa"""),
]
