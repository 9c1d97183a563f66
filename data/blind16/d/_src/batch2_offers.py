# Batch 2: more offers of imported used clothing without the famous keywords.
# Each entry: (kind, category, (offer, used, clothing, abroad), text)

RECORDS = [
("listing", "lot_100_pieces", (1, 1, 1, 1), """Baju Anak Campur Usia 2-8 Th – Borongan 100 Pcs
Cocok buat modal dagang di pasar pagi. Semua sudah dipilah dari tumpukan, yang sobek dan noda parah dibuang.
Sisa yg wajar: warna agak pudar, karet pinggang agak kendor.
Harga 1,2 jt / 100 pcs, dari gudang dekat pelabuhan Dumai.
Tanya stok: 0813xxxx"""),

("post", "market_pointer_sundanese", (1, 1, 1, 1), """Sabtu kamari ngubek Gedebage, hasilna dipajang di dieu nya 😁
Jaket jeans, kemeja korduroi, sareng 2 sweater rajut. Sadayana tos dikumbah, kaayaan 8/10.
Hiji model ngan hiji, ukuran tingali di foto.
Mangga DM atanapi WA 0857xxxx, COD di Antapani.
#jaketjeans #bandungfashion #korduroi"""),

("message", "invented_code_word", (1, 1, 1, 1), """Sapi Jumat udah dateng bos 🐄
2 ekor isi jaket, 1 ekor isi campur cewek. Per ekor ±90 kg.
Kondisi kayak biasa, noda & robek disisihin, pilih A dapet sekitar 60%.
Harga per ekor 7,5 / 5,8 / 5,2. Yg mau ambil langsung ke gudang Batu Ampar, jangan telat ya."""),

("live", "live_sale_makassar", (1, 1, 1, 1), """Ayo mi kak, masih live ki' kita, barusan dibuka lagi satu goni kaos oblong.
Liat mi ini, sablonnya retak-retak sedikit tapi kainnya tebal ji. Ukuran XL, 20 ribu.
Yang ini sudah agak luntur, 15 ribu saja. Barangnya naik dari Parepare tadi subuh.
Ketik nomornya di komentar nah, jangan lupa follow."""),

("listing", "title_stuffed_condition", (1, 1, 1, 1), """Kemeja Hawaii Pria Rayon Motif Pantai Jadul Retro Original Kondisi Mulus 9/10 Cuma 1
Kemeja Hawaii rayon, jahitan original, kancing batok kelapa lengkap.
Ada jejak setrika mengkilap sedikit di kerah belakang, selebihnya mulus.
Label produksi lama, tulisan negara di label sudah hampir hilang.
Stok pilihan dari sortiran koli, ga ada kembaran. Harga 120rb. Lokasi Surabaya."""),

("comment", "market_pointer_jaksel", (1, 1, 1, 1), """Ini mah bukan beli di mall bang, gue ambil di lapak langganan gue pas karungnya baru dibuka di Senen 😎
Kalo lu mau juga, minggu ini gue ada sisa 6 kemeja ukuran M-L, kondisi masih oke, ada 1 yg kancing copot.
35rb aja satu, DM gue."""),

("profile", "shop_bio_koli", (1, 1, 1, 1), """Koli Kecil Kita 🧳
Jual ecer dari koli yg dibuka tiap Kamis (barang nyebrang, bukan produksi lokal).
Semua item sudah dicuci. Minus selalu difoto close-up.
No keep, no tukar, ukuran cuma yg ada.
Order via form di link | Cikarang"""),

("message", "english_mix", (1, 1, 1, 1), """Hi kak, for the trench coat: size tag UK 12, fits M. There's a small stain near the hem & lining sedikit sobek di ketiak, already washed.
It came in the latest sack from Port Klang, jadi cuma 1 ya.
Price 275k incl. ongkir Jawa. Kalau deal, I'll send rekening."""),

("post", "koli_shoes", (1, 1, 1, 1), """Sepatu gunung kulit, sol vibram masih gigit 👣
Ada lecet di ujung kanan & tali sudah diganti baru. Insole udah dicuci.
Nomor 42, satu-satunya. Ambil dari koli sepatu yg baru dibuka Selasa.
Rp 275.000, COD Malang kota.
#sepatugunung #hikingboots #malangjualbeli"""),

("listing", "regional_code_word", (1, 1, 1, 1), """Baju Lelong Pilihan – Jaket, Sweater, Hoodie
Dipilih satu-satu dari tumpukan yg baru tiba dari Entikong.
Kondisi 8/10 rata-rata, ada yg benang ketarik atau noda kecil di lengan, semua dijelaskan.
Ecer 35-90rb, ambil 10 pcs potong 10%.
Lapak di Pasar Flamboyan, Pontianak. WA 0896xxxx"""),

("message", "order_confirmation", (1, 1, 1, 1), """Kak, pesanan sudah saya siapkan: 2 dress batik pantai + 1 cardigan krem.
Dress yang biru ada noda samar di belakang, sudah saya foto ulang biar kakak lihat, kalau keberatan bisa ganti.
Semuanya dari tumpukan seberang yang saya pilih Kamis lalu, sudah dicuci 2x.
Total 145rb + ongkir 18rb. Rekening saya kirim terpisah ya."""),

("article", "catalogue_grades", (1, 1, 1, 1), """Katalog Minggu Ini – Toko Bu Rosma
Jaket kulit (12 pcs), jaket denim (20 pcs), kemeja flanel (35 pcs).
Semua barang pilihan dari kiriman kapal lewat Belawan, sudah kami laundry.
Penilaian kondisi: A = nyaris mulus, B = ada minus kecil, C = minus jelas (difoto).
Harga A mulai 90rb, B mulai 50rb, C 25rb.
Kunjungi lapak kami di Pajak Sambu lantai bawah, atau pesan lewat 0812xxxx."""),

("post", "port_route_lowercase", (1, 1, 1, 1), """open stok! sweater rajut oma-oma 🧶
rajutan tangan, ada yg bulunya udah nge-pil dikit, 1-2 ada bolong kecil udah aku jahit.
ambilnya dari ikatan baru yg dateng via tg balai, jd cuma ada 1 tiap model.
40-65rb, reply/DM aja. mutualan boleh nego"""),

("live", "english_mix", (1, 1, 1, 1), """OK guys welcome to the live, today we open 2 sacks straight from the boat 🚢
Jacket section first ya: nomor 1 parka hijau, zipper aman, ada pilling di lengan, 150k.
Nomor 2 fleece hitam, warna udah agak fade, 70k.
Comment 'claim + number', payment within 30 minutes or we pass to next."""),

("comment", "seller_reply_origin", (1, 1, 1, 1), """Iya kak, semua dari tumpukan yg nyebrang, bukan bikinan sini, makanya modelnya beda2 😁
Kondisi gak ada yg gress ya kak, tapi kita pilih yg masih layak dan udah dicuci.
Katalog lengkap di highlight, harga mulai 20rb."""),

("listing", "household_textiles", (1, 1, 1, 1), """Gorden & Taplak Meja Campur – Per Kilo 30rb
Isi campur: gorden jendela, taplak renda, sarung bantal sofa. Semua sudah pernah terpasang, ada yg pudar kena matahari.
Dipilah dari goni rumah tangga yang datang lewat Tanjungpinang.
Min 5 kg. Ambil di Batam atau kirim kargo.
WA 0812xxxx"""),

("message", "wholesale_goni", (1, 1, 1, 1), """Bang Rahmat, ini Iwan dari Kisaran. Barang Selasa jadi turun 3 goni: 2 celana panjang, 1 jaket.
Aku udah buka satu, isinya bagus-bagus, 70% layak jual A, sisanya noda sama resleting rusak.
Kalau abang mau ambil yg jaket utuh belum dibuka, 6,8 aja. Kabari sebelum Kamis, ada orang Siantar juga nanya."""),

("post", "condition_words", (1, 1, 1, 1), """Dress-dress cantik ini udah ngantri buat dipinang 💐
Semua udah melewati tangan orang lain sebelumnya, tapi masih cantik banget, dicuci & disetrika rapi.
Ukuran & minus di tiap slide. Harga 45-85rb.
Stok dari pengiriman seberang minggu ini, gak akan restock model yg sama.
DM for order • kirim dari Tanjungpinang"""),

("listing", "lot_koli_shoes", (1, 1, 1, 1), """Paket Usaha Sepatu Anak – 1 Koli Isi 50 Pasang
Campur sneaker, sandal gunung, sepatu sekolah. Ukuran 25-34.
Sudah disortir: yg jebol dipisah. Sisanya layak pakai, ada yg lecet & tali kumal.
1 koli 1,45 jt. Barang dari gudang Batam, kirim pakai kapal Pelni ke seluruh pelabuhan.
Tanya: 0812xxxx"""),

("review", "review_names_shop", (1, 1, 1, 1), """5/5 — Bought a wool coat from @kolikecil.id. Condition exactly as described (small moth nibble on the back, barely visible). Seller said it came from the newest sack through Batam and it still smelled a bit like storage, but one wash fixed it.
Fast response, honest photos. Will buy again when they restock on Thursday."""),

("message", "regional_code_word", (1, 1, 1, 1), """Horas lae. Monja jaket yg lae tanya kemarin udah datang, 1 goni isi 50an.
Kondisi rata-rata bagus, ada 5-6 yg resleting macet, kupisahkan.
Kalo lae ambil semua goni, 4,5 juta. Ecer 90 ribu/potong.
Datang aja ke Simalingkar, atau kukirim pake bus ke Siantar."""),

("live", "live_sale_javanese", (1, 1, 1, 1), """Lur, iki koli anyar teko Dumai, tak buka langsung yo 📦
Isine celana chino, warnane rodo pudar nanging jahitane isih kuat. 30 ewu thok.
Sing minat komen 'aku' terus nomer, tak cathet.
Ra iso tukar, ukurane mung siji-siji, kabeh wis tau dienggo wong."""),

("listing", "vintage_years", (1, 1, 1, 1), """Jersey Bola Jadul Era 90-2000an – Pilihan Koli
Jersey klub & timnas era lama, sebagian ada sablon nama & nomor pemain yg udah retak.
Kondisi 7-9/10, ada bau lemari tipis (udah dicuci tapi masih nempel dikit).
Harga 85-300rb tergantung klub & kondisi.
Semua dari koli yg lewat Tanjungbalai. Cek katalog lengkap di IG @jerseylamakisaran"""),

("post", "invented_code_word", (1, 1, 1, 1), """Om Kapal mampir lagi 🛳️👴
Oleh-olehnya kali ini: kemeja kantor cowok & celana bahan, total 3 ikat.
Kondisi udah dicek satu-satu, yg ada noda tinta / kerah kumal dijual 10rb aja.
Grade bagus 30rb, ambil 10 gratis ongkir Jabodetabek.
Chat WA 0812xxxx, pengambilan dekat Tanjung Priok."""),

("comment", "marketplace_qa", (1, 1, 1, 1), """Penjual: Halo kak, untuk jaket ini bukan barang baru ya, sudah ada pemakaian tapi kondisinya 9/10, tidak ada sobek.
Asal barang dari sortiran koli kiriman luar, jadi labelnya bahasa asing semua.
Ukuran sesuai deskripsi, stok cuma 1. Terima kasih sudah bertanya 🙏"""),

("message", "regional_code_word", (1, 1, 1, 1), """Kawan-kawan, roma Sabtu ini masuk 8 goni, campur bah.
Ada jaket, kemeja, celane panjang, sepatu sikit. Kondisi macam biase, ade yang kusam ade yang mulus.
Kite buka jam 7 pagi di gudang belakang pasar, siape cepat die dapat.
Yang mau borong 1 goni utuh, pesan sekarang, lapan ratus ribu DP."""),

("listing", "lot_100_pieces", (1, 1, 1, 1), """Kemeja Seragam Kerja Pabrik Campur Logo – 100 Pcs Per Ikat
Kemeja kerja bordir logo perusahaan luar, kondisi layak pakai, beberapa ada nama tertulis di dalam kerah.
Cocok buat baju kerja bengkel / kebun.
Per ikat 100 pcs 900rb. Gudang di Dumai, kirim ke Riau-Sumbar."""),

("post", "market_pointer_tiktok", (1, 1, 1, 1), """POV: kamu nemu jaket kulit asli cuma 120rb 🤯
Kulitnya udah 'matang', lentur, ada retak halus di kerah tapi justru itu karakternya.
Ini dari tumpukan Kamisan di Deli Tua, aku pilihin yg paling layak buat kalian.
Cek keranjang kuning, stok 4 aja. #jaketkulit #medan #fyp"""),

("article", "advertorial_port", (1, 1, 1, 1), """Mengenal 'Ruang Tua', Toko Pakaian Pilihan di Tanjungpinang
Di sebuah ruko dua lantai di Batu 8, Sari (nama samaran pemilik) menata ratusan potong pakaian yang datang bergelombang dari pelabuhan. Setiap potong ia cuci, setrika, dan beri kartu kecil berisi catatan kondisi: 'noda samar di saku', 'resleting diganti', 'warna pudar alami'.
Harga di tokonya dimulai dari 25 ribu rupiah. Pembeli dari Batam sering datang akhir pekan, dan Sari juga melayani grosir per koli untuk pedagang pasar.
Toko buka setiap hari pukul 10.00–21.00. Pemesanan: 0812xxxx."""),

("message", "price_list_grades", (1, 1, 1, 1), """PRICE LIST MINGGU INI (khusus pelanggan)
• Jaket campur grade A – 5,9jt/koli
• Kaos campur grade B – 2,2jt/koli
• Sepatu grade A – 3,7jt/koli 20 psg
Semua barang pakai, sortiran gudang, kondisi sesuai grade.
Muat dari Tanjungbalai, ongkos kirim ditanggung pembeli. Konfirmasi ke 0813xxxx"""),

("review", "review_names_shop", (1, 1, 1, 1), """Saya membeli tiga kemeja flanel di lapak Kak Widya (Pasar Tungging, blok B). Ketiganya jelas pernah dipakai, namun bersih dan tidak berbau. Satu kemeja memiliki kancing yang berbeda warna, dan penjual memberi potongan lima ribu karena itu.
Menurut penjual, stoknya datang dari goni yang dibongkar setiap Rabu. Harga sangat bersahabat, 30 ribu per potong. Rekomendasi untuk yang mencari flanel murah."""),

("profile", "shop_bio_ship", (1, 1, 1, 1), """🌊 SEBERANG CLOSET 🌊
barang pilihan dari kiriman kapal, bukan konveksi
kondisi jujur • foto minus • 1 pcs 1 size
live tiap Senin & Kamis jam 19.00
grosir per kilo buat pedagang, DM aja
📍 Dumai – kirim ke seluruh Indonesia"""),
]
