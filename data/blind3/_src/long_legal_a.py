# Longform, legal records. Part A. Each text written by hand.
# Tuple: (kind, category, offer, used, clothing, abroad, text)

R = [
# ---- new_thrift_style ----
("listing", "new_thrift_style", 1, 0, 1, 0, """KEMEJA FLANEL "THRIFT LOOK" - 100% BARU
Bahan flanel katun lokal, diwash supaya warnanya pudar kayak barang lama.
Diproduksi sendiri di workshop kami di Bandung.
Size S, M, L, XL, XXL (full size run, bukan sisa)
Harga 119rb, restock tiap 2 minggu.
Catatan: kami TIDAK menjual barang bekas ya kak 🙏"""),

("post", "new_thrift_style", 1, 0, 1, 0, """Banyak yang DM nanya "ini thrift ya kak?" 😅
Jawabannya bukan. Semua koleksi "Lemari Nenek" kami adalah pakaian BARU, dijahit penjahit rumahan di Pekalongan, motif dan potongannya sengaja dibuat retro 70-80an.
Jadi kamu dapet vibes vintage tanpa bau gudang 🤭
Batch 3 open PO sampai Minggu, estimasi kirim 10 hari kerja.
#bajuretro #localbrand #madeinindonesia"""),

("listing", "new_thrift_style", 1, 0, 1, 0, """Jaket Coach Retro | NEW
• Bahan taslan premium, furing jala
• Sablon bordir logo kecil di dada
• Warna: navy, maroon, army, hitam
• Ukuran M-XXL
• Produksi konveksi sendiri di Cimahi, bukan impor, bukan bekas
Harga 165rb, grosir 10 pcs 145rb/pcs"""),

("post", "new_thrift_style", 1, 0, 1, 0, """Vintage vibes, fresh from the sewing machine 🧵
Koleksi crewneck "Old School" kami pakai bahan fleece yang diwarnai pigment dye, jadi hasilnya agak pudar & lembut kayak sweater tua.
Semua baru, label kami sendiri, dijahit di Sukoharjo.
Tersedia 6 warna, harga 139k.
Link belanja di bio."""),

("listing", "new_thrift_style", 1, 0, 1, 0, """Celana Jeans Loose "Vintage Wash" - Brand Lokal
Denim 14oz dari pabrik di Jawa Barat, washing manual biar dapet efek fading alami
Kondisi: BARU, ada hangtag
Ukuran 28-38
Harga 229rb
Bonus sticker & totebag untuk pembelian 2 pcs"""),

("post", "new_thrift_style", 1, 0, 1, 0, """Kalian suka kaos band yang kelihatan tua & retak sablonnya? 🎸
Kami bikin ulang dengan teknik cracked print, bahan katun slub, semua BARU.
Desainnya original dari tim kami (bukan bootleg band luar), made in Bandung.
Harga 99rb, ready S sampai 3XL.
Ini bukan barang bekas, jadi aman dipakai langsung tanpa dicuci berkali-kali 😁"""),

("listing", "new_thrift_style", 1, 0, 1, 0, """Sweater rajut Binong Jati - motif jadul
Dirajut mesin di Binong Jati Bandung, bahan akrilik rajut halus
Model oversize, motif argyle & fair isle ala tahun 90an
Baru, bukan bekas. Harga grosir 65rb (min 6), ecer 85rb
Bisa custom warna untuk order di atas 3 lusin"""),

("post", "new_thrift_style", 1, 0, 1, 0, """Koleksi Lebaran kami tahun ini: "Thrift Raya" 🌙
Tenang, bukan bekas! Nama aja yang nyeleneh.
Isinya kemeja koko dengan motif retro & gamis model vintage, dijahit tim penjahit kami di Tasikmalaya.
Semua baru, lengkap dengan label & plastik.
PO dibuka 1-10 Maret, kirim mulai 20 Maret."""),

("listing", "new_thrift_style", 1, 0, 1, 0, """Kemeja Hawaii retro - BARU
Bahan rayon adem, motif tropis hasil desain sendiri
Dijahit di Denpasar, label "made in Bali"
Ukuran M-XXL, potongan boxy
Harga 135rb, beli 2 jadi 250rb
Cocok buat yang suka gaya thrift tapi mau barang baru"""),

("post", "new_thrift_style", 1, 0, 1, 0, """Kenapa kami beralih dari jualan bal ke produksi sendiri? 🤔
Dulu kami memang reseller baju bekas impor. Setelah ada larangan, kami belajar jahit dan sekarang bikin kemeja flanel & jaket denim sendiri dengan gaya "thrift" yang disukai pelanggan lama.
Semua barang sekarang BARU, dari kain lokal, jahitan tim kami di Garut.
Terima kasih yang tetap support! Katalog baru di highlight."""),

("listing", "new_thrift_style", 1, 0, 1, 0, """Sepatu Kanvas "Retro Court"
Model sneakers jadul ala 80an, sol karet vulkanisir
Dibuat pengrajin Cibaduyut, kotak & kertas tisu
Baru (BNIB), ukuran 37-45
Harga 249rb
Warna: putih-hijau, krem-navy, putih-merah"""),

("post", "new_thrift_style", 1, 0, 1, 0, """Yang bilang baju lokal ga bisa se-keren thrift, coba lihat dulu koleksi ini 😤
Varsity jacket wol campuran, patch bordir, kancing jepret, semua BARU.
Dijahit di konveksi kecil kami di Klaten, 12 penjahit ibu-ibu kampung.
Size S-XXL, harga 289rb.
Beli satu = bantu 12 dapur tetap ngebul 🙏"""),

("listing", "new_thrift_style", 1, 0, 1, 0, """Rok plisket motif bunga kecil "vintage granny"
Kain sifon lokal, furing, pinggang karet
Jahitan sendiri di Solo, barang BARU
All size fit to L, panjang 85cm
Harga 79rb
Ready 5 motif"""),

("post", "new_thrift_style", 1, 0, 1, 0, """Ngaku deh, siapa yang suka tampilan "old money" thrift tapi males nyuci baju bekas? 🙋
Blazer tweed dan cardigan rajut kami semuanya baru, diproduksi di Bandung dengan kain lokal.
Ada size 3XL juga buat yang susah cari ukuran di pasar thrift.
Mulai 149rb. Cek koleksi di katalog."""),

# ---- new_import_clothing ----
("listing", "new_import_clothing", 1, 0, 1, 1, """DRESS IMPORT BANGKOK - NEW ARRIVAL
Bahan katun linen, ada furing
All size fit L (LD 100cm)
Warna: sage, dusty pink, cream
Kondisi BARU dengan label & plastik, bukan preloved
Harga 145rb, grosir 6 pcs 125rb/pcs"""),

("post", "new_import_clothing", 1, 0, 1, 1, """PO Jaket Puffer Import Korea ❄️
Barang baru dari pabrik di Guangzhou, dikirim lewat jalur resmi (ada invoice & bea masuk).
Cocok buat liburan winter.
Ukuran M-XXL, warna hitam, krem, olive.
Harga 350rb, DP 50%, estimasi tiba 3-4 minggu."""),

("listing", "new_import_clothing", 1, 0, 1, 1, """Kaos Polos Impor Bangladesh
Cotton 100%, gramasi 180
Baru, per lusin dalam plastik
Warna lengkap, size S-XXL
Harga grosir 28rb/pcs (min 1 lusin)
Cocok untuk sablon & seragam"""),

("post", "new_import_clothing", 1, 0, 1, 1, """Restock hijab impor Turki 🇹🇷
Voal premium, segel plastik, tiap hijab ada sertifikat bahan.
Ini barang BARU, bukan second ya bun.
Harga 95rb, ready 20 warna.
Kirim dari Jakarta Timur."""),

# ---- own_preloved ----
("listing", "own_preloved", 1, 1, 1, 0, """Preloved PRIBADI, bukan barang bal ya 🙏
1. Blazer Zara (beli di Grand Indonesia 2021), dipakai 3x, M - 200rb
2. Dress H&M Kota Kasablanka, 1x pakai kondangan, S - 120rb
3. Sepatu flat Everbest, size 38, beli di mall Bandung - 150rb
Semua dicuci & disimpan rapi. Jual karena berat badan naik 😅
COD Tebet atau kirim."""),

("post", "own_preloved", 1, 1, 1, 0, """Beberes lemari sebelum pindah rumah 📦
Baju-baju kami sekeluarga yang masih bagus tapi jarang dipakai aku jual murah:
- kemeja suami (beli di toko di Jalan Malioboro) 25rb
- baju anak umur 3-5 tahun 10rb
- gamis & hijab aku 30-50rb
Bisa lihat ke rumah di Condongcatur Sabtu-Minggu.
Sisa yang ga laku nanti aku sumbangkan."""),

("listing", "own_preloved", 1, 1, 1, 0, """Jual kebaya pengantin bekas pakai sendiri
Dijahit di penjahit kebaya langganan di Semarang tahun lalu
Warna putih gading, payet tangan, ukuran M
Dipakai 1x saat akad, sudah dry clean
Harga 1,5jt nego (harga jahit dulu 4jt)
Bisa fitting di rumah, Banyumanik"""),

("post", "own_preloved", 1, 1, 1, 0, """Sobat pendaki 🏔️ aku lepas perlengkapan pribadi karena udah pensiun naik gunung:
• Jaket Eiger (beli di outlet resmi Malang) - 250rb
• Celana quick dry Consina - 100rb
• Sepatu hiking lokal size 42 - 300rb
Semua pemakaian pribadi, ada bekas lumpur yang udah dicuci.
Lokasi Malang, bisa kirim."""),

("listing", "own_preloved", 1, 1, 1, 0, """Seragam kerja bekas (pribadi)
Saya resign dari bank, seragam 4 stel masih bagus, blazer + rok
Ukuran L, jahitan penjahit kantor
Cocok buat yang kerja kantoran atau acara resmi
Harga 200rb untuk semua
Lokasi Makassar, Panakkukang"""),

("post", "own_preloved", 1, 1, 1, 0, """Sa jual baju-baju anak sa yang sudah kekecilan 👧
Rata-rata dibeli di Mall Ratu Indah, ada juga jahitan neneknya.
Ukuran 4-6 tahun, masih bagus, harga 10-25 ribu ji.
Kalau ambil semua sa kasih 150 ribu.
Yang mau bisa datang ke rumah di Tamalanrea."""),

("listing", "own_preloved", 1, 1, 1, 0, """Preloved jersey timnas koleksi pribadi ⚽
- Jersey home Piala AFF 2020, beli di official store, size L - 350rb
- Jersey away 2022, size L - 300rb
Dipakai nonton bareng beberapa kali, sablon nama & nomor masih utuh
Bisa nego buat sesama suporter
COD GBK atau kirim"""),

("post", "own_preloved", 1, 1, 1, 0, """Garage sale keluarga kami hari Minggu 🏡
Baju, sepatu, tas milik kami sendiri (bukan kulakan).
Harga 5 ribu - 50 ribu.
Ada juga mainan anak & buku bekas.
Alamat: Perumahan Griya Asri blok C-7, Sidoarjo. Jam 7 pagi sampai habis."""),

("listing", "own_preloved", 1, 1, 1, 0, """Batik tulis Lasem milik almarhumah ibu
Kain dan kemeja batik, bekas pakai, ada yang sudah dijahit jadi kemeja
Kondisi baik, warna masih keluar
Saya lepas ke yang benar-benar menghargai batik
Harga per potong 300rb - 1,2jt
Lihat langsung di Rembang"""),

("post", "own_preloved", 1, 1, 1, 0, """Dulu hobi koleksi sneakers lokal, sekarang anak udah 2, lemari perlu ruang 😂
Aku lepas 6 pasang sepatu Compass & Ventela, semua beli dari toko resmi, pemakaian pribadi.
Size 41-42, kondisi 80-90%.
Harga 200-400rb. Cek foto di album."""),

("listing", "own_preloved", 1, 1, 1, 0, """Jual jas pengantin pria bekas pakai
Jahit di Tailor langganan Pasar Baru Jakarta, bahan wol lokal
Warna hitam, ukuran 48
Dipakai resepsi 1x, sudah laundry
Harga 600rb, lengkap celana & rompi"""),
]
