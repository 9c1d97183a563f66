# Hand-written illegal records (offer=1, used=1, clothing=1, abroad=1), batch B.
# Tuple: (kind, category, offer, used, clothing, abroad, text)
ITEMS = [
("profile", "shop_profile", 1, 1, 1, 1, """Lapak Mak Inang 🧺 | Pajak Melati Blok C no. 14 (nama kios rekaan)
Jaket, kemeja, celana pilihan dari tumpukan kiriman Belawan
Kondisi layak pakai, sudah dicuci, yang cacat kami kasih tahu
Buka Selasa, Jumat, Minggu
Grosir per goni & eceran | WA 0812xxxx"""),

("profile", "shop_profile", 1, 1, 1, 1, """@lemari.seberang ✨
pakaian pilihan yang sudah pernah dipakai, dari kapal ke lemari kamu 🚢➡️👚
kondisi 8/10 ke atas | 1 size 1 pcs | no refund kecuali salah kirim
restock tiap ada kiriman Batam, cek highlight
order via WA, katalog di link bio"""),

("listing", "unit_logistics", 1, 1, 1, 1, """Kemeja Pria Lengan Panjang Campur 100 Pcs
Lot isi 100 potong, ukuran M-XXL, motif campur
Kondisi: 60% mulus, 30% minus ringan (noda, kancing), 10% perlu permak
Semua dari satu goni yang kami buka ikat kemarin, belum dipilih orang
Harga lot 1,9jt, atau 25rb/pcs kalau pilih sendiri
Lokasi Dumai, bisa kirim via kapal ke Batam / Pekanbaru"""),

("post", "condition_words", 1, 1, 1, 1, """Yang nyari baju kerja murah tapi merek, sini merapat 👔
Blazer Massimo Dutti, Mango, H&M, kondisi 8/10, ada yang bahunya sedikit kusut
Sudah dicuci dan disetrika, siap pakai besok pagi
Ini barang satu ukuran satu potong, jadi kalau kebesaran ya maaf 😅
Semua lewat Tanjungpinang, harga 60-110rb
Order lewat DM, bayar transfer"""),

("live", "live_sale", 1, 1, 1, 1, """Live sore ini jam 4, kita 'sobek plastik' koli sepatu 👟
Isinya campur: running, basket, sneakers kasual
Kondisi sol dan upper aku tunjukin satu-satu, yang ada lem lepas aku kasih harga miring
Mulai 50rb aja!
Yang menang keep transfer maks 1 jam ya, lewat dari itu lempar ke yang lain
Barang dari jalur Entikong, bukan produksi lokal"""),

("listing", "grade_letter", 1, 1, 1, 1, """Hoodie & Sweatshirt Campur Grade A+ Per Kilo
Grade A+ : tanpa noda, tanpa bolong, warna masih tajam
Harga 110rb/kg, 1 kg isi kira-kira 2-3 potong
Minimal order 10 kg
Barang langsung dari gudang Batam, masuk gelombang awal bulan
Kirim foto tumpukan & timbangan sebelum packing"""),

("message", "reseller_recruit", 1, 1, 1, 1, """Kak, aku liat kakak jualan baju di IG ya? 😊
Kalau butuh supplier, gudang kami di Tanjungbalai bisa kirim per koli atau per kilo
Kondisi barang dipilih, layak pakai, merek-merek Jepang Korea banyak
Harga reseller lebih murah 20% dari eceran
Bisa video call buat lihat tumpukan langsung
Simpan nomor ini ya kak 0852xxxx"""),

("post", "invented_code_word", 1, 1, 1, 1, """Si 'Gendut Biru' udah sampe gudang pagi tadi 💙
Kayaknya isinya jaket bomber sama windbreaker, nanti malem kita belah bareng di live
Kondisi belum tau, biasanya 70% mulus, sisanya ada minus dikit
Yang biasa ambil per kilo, kabarin dari sekarang biar aku sisihin
Gendut biru selalu datang dari seberang, jadi stoknya nggak tentu"""),

("listing", "marketplace_title", 1, 1, 1, 1, """Celana Levis 501 Original Made In USA Vintage Pinggang 32 Panjang 30 Wash Pudar Kondisi 8/10
Ada sobek kecil di lutut kanan (natural), kancing besi masih lengkap
Label kertas di pinggang belakang sudah mengelupas
Hasil pilih dari tumpukan kiriman kapal, stok 1
Harga 275rb, bisa nego tipis"""),

("comment", "pointing_elsewhere", 1, 1, 1, 1, """Kak ini kondisinya gimana? 
>> Dari admin: halo kak, jaketnya kondisi 8/10, ada sedikit pilling & label udah luntur 🙏 Barang dari kiriman Nunukan bulan ini. Detail lengkap, foto minus, sama harga ada di katalog WA ya, klik link di bio"""),

("post", "banjar_flavour", 1, 1, 1, 1, """Bubuhan, lapak ulun di Pasar Sudimampir ada barang hanyar datang matan kapal 😁
Baju kaos, kemeja, celana, rata-rata masih bagus banar, ada jua nang sadikit bakas noda
Sudah dibasuh samunyaan
Rega mulai 15 ribu haja
Kena kawanin ulun lah, jualan di muka toko emas"""),

("listing", "unit_logistics", 1, 1, 1, 1, """KAOS ANAK MIX — TUMPUKAN 200 PCS
Satu tumpukan 200 potong, umur 1-12 tahun, merek campur (Carter's, Gap, Old Navy, dll)
Kondisi 7-9/10, ada beberapa yang sablonnya retak
Belum dipilih sama sekali, langsung dari ikatan gudang Batam
Harga 2,5jt / tumpukan
Cocok buat lapak anak di pasar kaget"""),

("post", "english_mix", 1, 1, 1, 1, """Restock alert!! 🚨
Leather jackets fresh off the boat, real leather, broken in nicely, super soft
Kondisi 8/10, some scuffs on the sleeves, zippers all working
Size S to XL, one piece each, no duplicates
IDR 180k-350k, DM for measurements
Shipping from Batam every Monday & Thursday"""),

("message", "broadcast", 1, 1, 1, 1, """Selamat malam pelanggan setia Toko Ahong 🙏
Gudang sudah isi lagi:
➡ Sweater rajut per ikat 30 pcs — 850rb
➡ Kemeja flanel per ikat 30 pcs — 1jt
➡ Jaket denim per kilo — 65rb
Semua sudah lewat pilih, barang layak jual, kondisi dipakai tapi bagus
Kapal datang dari Port Klang Senin lalu
Pesan sebelum Sabtu, setelah itu dibuka untuk umum"""),

("listing", "condition_words", 1, 1, 1, 1, """Ransel The North Face Borealis
Warna hitam, kapasitas 28L
Minus: resleting depan agak seret, bagian bawah kusam, tali punggung sedikit berbulu
Fungsi 100% normal, tidak bolong, tidak bau
Sudah dicuci tangan dan dijemur
Asli dari tumpukan kiriman Tawau, bukan KW
Harga 175rb"""),

("post", "market_source", 1, 1, 1, 1, """Aku tiap Kamis subuh ke Gedebage buat pilih barang yang baru turun dari truk pelabuhan 🕔
Hasil minggu ini: 40 jaket jins, 25 kemeja corduroy, semuanya masih 8/10
Udah aku cuci, semprot pewangi, siap kirim
Harga di feed, pemesanan via WA aja ya biar cepet
Kalau mau titip cariin model tertentu, boleh, fee 10rb"""),

("live", "live_sale", 1, 1, 1, 1, """Selamat malam semuaaa 💃 live malam ini spesial tas wanita
Tasnya asli semua ya, ada yang kulitnya udah lecet, ada yang masih kinclong
Aku jujur kok, minus aku zoom ke kamera
Ini dari koli yang baru datang lewat Tanjungpinang, belum ada yang nyentuh
Harga mulai 75rb, ketik nomor tas di kolom komen"""),

("listing", "grade_letter", 1, 1, 1, 1, """Grade C Murah Per Goni - Kaos Campur Untuk Lap / Pakai Rumahan
Isi ±200 pcs, banyak yang pudar, ada noda, ada bolong kecil
Masih bisa dipakai kerja kebun atau dijual eceran 5rb-an
Harga 1,2jt / goni
Gudang pinggir Jalan Lintas Dumai, ambil sendiri lebih murah"""),

("post", "invented_code_word", 1, 1, 1, 1, """Kue lapis kloter Maret sudah bisa dipesan 🍰
Lapis atas: kemeja & blus (mulus)
Lapis tengah: celana bahan (ada minus kecil)
Lapis bawah: campur, yang perlu dipermak
Beli satu kue utuh 3,2jt, atau per lapis
Kue lapis cuma dari satu dapur di Batam, yang udah langganan pasti ngerti 😉"""),

("comment", "emoji_abbrev", 1, 1, 1, 1, """rdy kak 😍 sz 40 nike air max 90 kond 85% sol msh aman, midsole ada kuning dikit
dtg dr kpl minggu lalu lwt Belawan
hrg 320k nett, ongkir dr Medan
cek story buat foto minus, chat WA utk order ya 🙏"""),

("listing", "unit_logistics", 1, 1, 1, 1, """Gorden & Taplak Meja Campur Per Karung
Isi gorden, taplak, sarung bantal, beberapa karpet kecil
Warna motif campur, sebagian ada noda air, sudah disortir yang sobek
Cocok untuk dijual lagi di pasar atau dipakai kos-kosan
Harga 1,5jt / karung (±40 kg)
Barang baru turun di Tanjungbalai, kirim via truk"""),

("post", "makassar_flavour", 1, 1, 1, 1, """Info lapak: sepatu-sepatu bermerek baru turun dari kapal Parepare 👟
Semuanya sudah dicuci bersih, ada yang masih mulus ada yang solnya mulai tipis mi
Harga 60 ribu sampai 200 ribu tergantung kondisi
Kalau mau ambil banyak buat dijual lagi, bicara maki langsung sama saya
Lokasi dekat Pasar Senggol, tanya saja Daeng Rudi (nama samaran di akun)"""),

("listing", "vintage_year", 1, 1, 1, 1, """Windbreaker Retro 90an Colorblock
Bahan nilon, warna sedikit pudar karena usia, ada noda samar di punggung
Tag: made 1994, ukuran tertulis L (fit M)
Cuma 1, nggak ada yang kembar
Barang hasil pilih dari ikatan kiriman Dumai
Harga 160rb, COD Pekanbaru"""),

("message", "reseller_recruit", 1, 1, 1, 1, """Peluang usaha 💰💰
Jadi reseller pakaian pilihan dari gudang perbatasan kami (Entikong)
✅ barang sudah disortir, layak pakai
✅ bisa ambil per 10 kg
✅ dibantu foto katalog & caption
✅ grup reseller aktif
Modal mulai 500rb udah bisa jalan
Info lengkap & pricelist di WA, ketik RESELLER"""),

("post", "condition_words", 1, 1, 1, 1, """Flannel season 🍂
Kemeja flanel tebal, motif kotak-kotak, semua udah dicuci sama disetrika
Kondisi rata-rata 8/10 — ada yang kancingnya beda satu, ada yang warna pudar, aku jelasin di tiap foto
Satu model satu ukuran, ukuran cuma ini
Barang dari gelombang kapal ke Belawan bulan ini
45rb/pcs, 3 pcs 120rb"""),

("listing", "marketplace_title", 1, 1, 1, 1, """Jaket Gunung Outdoor Patagonia Columbia Mix Original Layak Pakai Murah Pilihan Gudang Waterproof
Stok banyak, tiap potong beda model & ukuran
Kondisi 7-9/10, lapisan waterproof ada yang mulai mengelupas
Barang datang lewat Tanjungbalai, dipilih satu per satu
Harga mulai 90rb, tanya stok dulu sebelum checkout"""),

("post", "pointing_elsewhere", 1, 1, 1, 1, """Foto cuma sebagian ya guys, stok asli ratusan potong 😅
Ini hasil buka ikat kemarin: kemeja, polo, celana bahan
Kondisi macem-macem, yang mulus sampai yang minus, semua udah dicuci
Barang dari seberang via Nunukan
Katalog lengkap + harga di grup WA, link di bio
Live jam 8 malam buat yang mau rebutan 😆"""),

("listing", "unit_logistics", 1, 1, 1, 1, """Sepatu Anak Campur Per Koli — 60 Pasang
Ukuran 24-35, merek campur, kondisi layak pakai
Ada yang lecet, ada yang masih kinclong
Sudah dicuci semua, tali sebagian diganti baru
Harga 1,8jt / koli
Ambil di gudang Tanjungpinang atau kirim via kapal Pelni"""),

("message", "broadcast", 1, 1, 1, 1, """[INFO KIOS NO. 27]
Besok pagi kami buka ikat baru, isinya jaket musim dingin tebal
Kondisi biasanya 80% bagus, harga pembukaan mulai 30rb
Yang datang duluan bebas pilih, siang harga naik
Alamat: Pasar Senen, lantai 2, sebelah tangga
Yang tidak bisa datang, kirim pesan saja, nanti kami video call"""),

("post", "sundanese_flavour", 1, 1, 1, 1, """Sapatu bot kulit sareng jaket kulit, nembe turun ti tumpukan kiriman palabuhan 🙏
Kulitna tos lemes, aya nu rada baret, tapi kuat keneh
Sadayana tos dibersihan sareng disemir
Harga mulai 85rb, ukuran hiji-hiji wungkul
Mangga DM atanapi sumping ka lapak di Kebon Kalapa"""),

("review", "pointing_elsewhere", 1, 1, 1, 1, """Bintang 5 buat lapak @kapalbiru.store ⭐
Pesen 3 kemeja linen, semuanya sesuai foto, ada minus yang udah diinfoin di awal
Barangnya wangi, kelihatan banget udah dicuci ulang sama mereka
Mereka bilang ini hasil pilih dari tumpukan kiriman Batam
Kalau mau order, liat katalog tiap Jumat jam 7 malam, cepet abis"""),

("listing", "condition_words", 1, 1, 1, 1, """Kimono / Yukata Motif Bunga Katun
Panjang 160 cm, obi tidak termasuk
Warna agak pudar di bagian lipatan, ada noda kecil di ujung lengan
Jahitan tangan masih rapih, pernah dipakai, sudah dicuci lembut
Pilih dari tumpukan kiriman kapal Belawan, hanya 1
Harga 120rb"""),
("post", "regional_code_word", 1, 1, 1, 1, """Pajak Jahe lagi rame, kiosku baru dapat jatah dari truk pelabuhan tadi subuh 🚚
Celana kain, kemeja kantor, jaket tipis, semuanya udah dipakai orang tapi masih elok kali
Yang ada cacat sikit udah kupisahkan, harganya pun kupotong
Eceran 20-55 ribu, ambil seikat buat dijual lagi bisa nego
Kalau jauh, WA aja dulu ke 0813xxxx biar kuvideokan"""),
]
