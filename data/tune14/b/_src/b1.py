# Batch 1: illegal offers written past the keyword filter (hand-written, one by one).
# Tuple: (kind, category, (offer, used, clothing, abroad), text)
RECORDS = [
("listing", "unit_lot_offer", (1, 1, 1, 1), """Jaket Campur Per Goni 45kg Siap Kirim
Isi jaket parasut, hoodie, windbreaker. Sortiran gudang, bukan buka ikat random.
Grade A kondisi rata2 8-9/10, ada sedikit yang minus noda kecil.
Harga nego tipis buat ambil 3 goni ke atas. Ekspedisi ke luar Jawa bisa.
Chat dulu sebelum order ya kak, stok cepat pindah tangan."""),

("post", "route_port_offer", (1, 1, 1, 1), """Barang baru mendarat dari Tawau semalam 🚤
Kemeja flanel, celana kargo, jaket kanvas, semua sudah dicuci kering wangi.
Yg mau langsung pilih dtg ke gudang Jl. Hasanuddin (samping bengkel las) jam 9 pagi.
Yang jauh bisa video call, kita bongkar pelan2 di depan kamera.
Harga eceran 25-60rb, borongan tanya aja."""),

("listing", "condition_wear_offer", (1, 1, 1, 1), """Levi's 505 Made in USA tahun 90an, tag kertas sudah pudar
Ukuran W32 L30, cuma 1 pcs ini aja ya
Kondisi 8/10: lutut agak tipis, warna fade alami, ga ada sobek
Barang pilihan dari tumpukan minggu kemarin, udah laundry + setrika
280rb nett. Ongkir dari Pekanbaru.
No retur karena kondisi sudah dijelaskan."""),

("message", "reseller_recruit", (1, 1, 1, 1), """Assalamualaikum bapak ibu reseller 🙏
Minggu ini kiriman kapal masuk lagi lewat Dumai, jadwal bongkar Kamis sore.
Paket reseller: 1 karung kaos campur ±300 pcs, atau 1/2 karung kemeja wanita.
Kualitas layak pakai semua, yang rusak dipisah gratis buat lap.
Khusus anggota grup dapat harga lama. Ketik KEEP + nama + jenis.
Admin Nining 0812xxxx"""),

("live", "live_sale_opening", (1, 1, 1, 1), """LIVE jam 8 malam nanti!! 🔥🔥
Buka ikat goni sweater musim dingin, fresh belum dijamah siapa2
Satu-satu diangkat di depan kamera, yang komen pertama "ambil" dia yang dapet
Harga 35k-75k, kondisi kita sebut jujur (ada bolong/noda pasti bilang)
Jangan lupa follow @lemari.seberang biar dapat notif ya geng"""),

("profile", "invented_code_word", (1, 1, 1, 1), """LEMARI PAKDHE SAMUDRA 🌊
Spesialis "baju nyebrang" - datang tiap Selasa dari pelabuhan
Jaket | denim | kemeja kerja | sepatu kulit
Semua pilihan tangan dari koli, dicuci ulang sebelum dikirim
Order via DM / Shopee link di bio
Gudang: Tanjung Uncang, Batam"""),

("post", "market_kiosk_promo", (1, 1, 1, 1), """Kios kami pindah ya kak! Sekarang di Pasar Senen Blok III lantai 2, los no. 14 (dekat tangga)
Jaket kulit, trench coat, blazer wanita tetep yang sama, langsung diambil dari tumpukan tiap buka ikat hari Senin
Harga mulai 50rb, tawar boleh asal sopan 😄
Kalo ga sempet dateng, WA aja nanti difotoin satu satu"""),

("listing", "unit_lot_offer", (1, 1, 1, 1), """JUAL KILOAN CELANA PENDEK ANAK 
Rp 45.000/kg, minimal ambil 10 kg
Asal stok: pecahan goni kiriman bulan ini, udah dipilih yg masih bagus
Bahan katun, jeans, training. Merk campur (ada Gap Kids, Carter's, H&M)
Cocok buat yang mau buka lapak kecil2an di pasar malam
Lokasi gudang Binjai, bisa COD Medan sekitarnya"""),

("comment", "pointer_elsewhere", (1, 1, 1, 1), """@dian.rahma kak yg kemeja corduroy itu msh ada 1, size L, kondisi 9/10 cuma kancing atas beda warna
yg lain udah laku semua dr koli kemarin 😭
next batch dtg minggu dpn, cek katalog di highlight "KAPAL 12" ya
info harga lengkap di WA, link di bio 👆"""),

("post", "invented_code_word", (1, 1, 1, 1), """Si Gendut datang lagi guys 🐘📦
Kali ini isinya jaket gunung & fleece, beratnya pas 100 kilo pas ditimbang
Buka jam 4 sore, siapa cepat dia dapat. Mulai 40rb.
Yang nanya si Gendut itu apa, ya itu, bungkusan kesayangan kita yang diikat tali biru dari pelabuhan 🤭
Lokasi: lapak Ko Ahong, Pasar Sambu"""),

("listing", "condition_wear_offer", (1, 1, 1, 1), """Sepatu Dr. Martens 1460 Ori Size 41 | Kondisi 7,5/10
Sol masih tebal, kulit ada creasing & baret halus di ujung
Insole sudah diganti baru, tali asli
Dapet dari sortiran koli sepatu minggu lalu, cuma 1 pasang ini
Harga 650rb, ga nego. Foto detail minus bisa minta
Kirim dari Pontianak"""),

("message", "route_port_offer", (1, 1, 1, 1), """Bos, barang dari Entikong sudah lolos, sekarang di gudang Sanggau.
Ada 40 karung: 15 kaos campur, 10 celana jins, 8 jaket, 7 baju anak.
Harga per karung sama kayak bulan lalu, jaket naik dikit karna jarang.
Kalau mau ambil, DP 50% dulu, sisanya pas truk sampai Pontianak.
Kabari sebelum Jumat, yang dari Singkawang juga udah antre."""),

("post", "pointer_elsewhere", (1, 1, 1, 1), """OPEN ORDER BATCH 7 ✨
📦 jaket varsity + coach jacket
📏 1 size 1 pcs (jgn minta size lain ya beb)
🧼 washed & steam, ada minus? ditulis di caption tiap foto
💸 45-120k
📍 barang udah nyampe gudang Belawan, kirim H+2
cek album "batch 7" di IG kita, klaim via WA 0813xxxx"""),

("listing", "unit_lot_offer", (1, 1, 1, 1), """Partai Kemeja Flanel 100 Pcs Sortir Grade B
Isi 100 pcs flanel cowok/cewek campur ukuran
Grade B: masih layak pakai, sebagian kancing kurang atau ada noda samar
Cocok buat dijual lagi harga 20-35rb
Harga paket 1,3jt, ambil 2 paket gratis ongkir Jabodetabek
Gudang di Cakung, bisa liat barang dulu"""),

("review", "market_kiosk_promo", (1, 1, 1, 1), """⭐⭐⭐⭐⭐ Langganan di sini udah 3 tahun. Pemiliknya, Bang Ucok, tiap Selasa-Jumat-Minggu buka tumpukan baru dari kapal, jadi selalu ada yang seger.
Aku biasa ambil jaket buat dijual lagi di Siantar, harganya masih masuk.
Kiosnya di Pajak Melati deretan belakang, cat hijau. Bilang aja kenal dari ulasan ini, suka dikasih bonus kaos kaki 😂"""),

("live", "live_sale_opening", (1, 1, 1, 1), """Halo halo yang baru masuk live, selamat malam!
Ini kita lagi buka koli tas wanita ya, ada Coach, Kate Spade, Guess, sama tas kulit tanpa merk
Kondisi mayoritas mulus, ada beberapa yang sudutnya ngelupas, nanti kakak liat sendiri di kamera
Mau yang mana ketik nomor urut + "mau", checkout lewat keranjang kuning nomor 3
Stok sekali datang aja ya, ga bisa restock model yang sama"""),

("post", "invented_code_word", (1, 1, 1, 1), """Ibuk2 Banjarmasin merapat, "paket tongkang" sudah sampai lagi 🚢
Bahan daster, gamis, blus kantor, semua dipilih dari gunungan, dicuci wangi
Harga ecer 15-40rb, borong satu ikat 100 lembar bisa dinego
Lokasi di rumah ulun, Jl. Veteran gang Sepakat, buka habis ashar
Jangan tanya asalnya dari mana, pokoknya dari seberang 🤫"""),

("listing", "condition_wear_offer", (1, 1, 1, 1), """Vintage Harley Davidson Tee 1998 Single Stitch
Size XL (p 76 x l 58)
Sablon retak alami, kerah sedikit melar, ada 1 lubang kecil di ketiak (foto ke-5)
Label jahitan "Made in U.S.A." masih kebaca
Diambil langsung dari tumpukan waktu buka ikat di gudang Gedebage
IDR 350k / bisa rekber"""),

("message", "reseller_recruit", (1, 1, 1, 1), """Info buat teman2 yang mau usaha sampingan:
Kami cari dropshipper & reseller baju branded harga miring.
Barang diambil dari gudang Tanjungbalai, sudah disortir dan dicuci, kondisi 8/10 ke atas.
Kamu cukup jualin fotonya, kami yang kirim atas nama tokomu.
Margin bebas, minimal ambil 20 pcs per bulan.
Minat? Balas pesan ini, nanti dimasukin grup katalog."""),

("post", "route_port_offer", (1, 1, 1, 1), """Kapal dari Port Klang sandar kemarin, barang kami ikut 🙏
Isinya mantel panjang & sweater rajut, cocok buat yang mau ke Dieng atau Bromo
Kondisi layak pakai, sebagian masih wangi kamper pemilik lama hehe
Ambil di toko Jl. Sisingamangaraja Medan atau pesan lewat DM
1 pcs 60-150rb"""),

("comment", "unit_lot_offer", (1, 1, 1, 1), """Masih bisa kak, sisa 6 goni celana campur sama 2 goni sepatu olahraga.
Celana 1,8jt per goni isi ±180 potong, sepatu 2,5jt isi 60 pasang.
Semua grade A, barang kiriman terakhir sebelum pengawasan diperketat.
Kirim lewat kargo kapal ke Makassar bisa, biaya ditanggung pembeli.
DM ya, jangan nego di kolom komentar."""),

("listing", "invented_code_word", (1, 1, 1, 1), """Paket "Mamak Laut" Kemeja Kantor Wanita 50 pcs
Blus, kemeja, tunik. Campur warna, ukuran M-XL
Dapet dari karung yang dibuka tadi pagi, udah aku pisahin yg mulus2
Harga 750rb satu paket, cocok buat modal jualan di TikTok
Yang belum tau "mamak laut" itu apa, tanya aja sama reseller lama 😁
COD Parepare / Pinrang"""),

("post", "pointer_elsewhere", (1, 1, 1, 1), """new drop sabtu ini 🌚
outer wool, cardigan nenek, rok plisket
semua 1 of 1, fit ga bisa diulang
ada yg tipis2 pilling, ada yg nemu tiket bioskop di saku (bonus nostalgia wkwk)
asal barang: ya kamu tau lah, dr pelabuhan sebelah
link katalog & cara klaim di story 📌"""),

("listing", "condition_wear_offer", (1, 1, 1, 1), """Tas Ransel Jansport Klasik | Kondisi Layak Pakai
Warna navy, resleting lancar semua
Minus: bagian bawah agak kusam & ada tulisan nama pemilik sebelumnya pakai spidol di dalam (bisa dihapus alkohol)
Datang bareng sortiran tas minggu ini dari koli Batam
Harga 85rb. Ada 12 ransel lain, cek katalog toko"""),

("message", "route_port_offer", (1, 1, 1, 1), """Kak, barang dari Nunukan masuk Parepare Senin depan.
Mau ambil berapa ikat? Sekarang ada pilihan: jaket, celana panjang, baju anak, sama selimut.
Jaket lagi mahal, 3,2jt per ikat. Selimut 2jt.
Tolong konfirmasi sebelum kapal sandar ya, nanti langsung kami antar ke Pasar Terong.
Pembayaran transfer ke rekening yang biasa."""),

("post", "market_kiosk_promo", (1, 1, 1, 1), """Kamisan di Deli Tua buka lagi besok pagi!
Lapak Kak Rosma bawa stok jaket & celana korduroi yang baru keluar dari tumpukan.
Kondisi dipilih, yang robek kami sisihkan.
Jam 7 udah gelar, jam 10 biasanya tinggal sisa.
Bisa titip pesan lewat WA 0852xxxx kalau mau disisihkan ukuran tertentu."""),

("listing", "unit_lot_offer", (1, 1, 1, 1), """Sepatu Sneakers Campur Per Koli 50 Pasang
Nike, Adidas, New Balance, Converse, Vans (merk acak)
Kondisi 6-9/10, sebagian perlu dicuci
Koli segel belum dibuka, jadi isinya rezeki masing2 ya
Harga 4,5jt/koli, ambil 2 koli 8,6jt
Lokasi Tanjungpinang, kirim via kapal barang ke Jakarta/Surabaya"""),

("post", "invented_code_word", (1, 1, 1, 1), """Pagi dulur2! Si Bantal Gede karek teka subuh mau 🛻
Isine kaos oblong lan kemeja, wes tak pilihi sing apik2.
Regane 10 ewu sak biji, telung biji 25 ewu wae.
Lapak neng pojok Pasar Kliwon, cedak tukang pentol.
Sing adoh iso pesen lewat WA, tak kirim pake JNE."""),

("review", "condition_wear_offer", (1, 1, 1, 1), """Ulasan buat toko @gudang.ombak: barang sesuai deskripsi, kemeja Ralph Lauren-nya memang ada noda kecil di kerah kayak yang ditulis, kondisi keseluruhan 8/10.
Seller jujur, bilang ini pilihan dari goni yang datang lewat Batam, ukurannya cuma satu.
Packing rapi, dikirim dalam plastik vakum.
Udah repeat order 4x, bakal balik lagi waktu stok baru masuk. Recommended!"""),

("live", "live_sale_opening", (1, 1, 1, 1), """[LIVE JAM 20.00 WIB]
malam ini kita bongkar 1 karung jaket jeans di depan kalian 👖
aturannya: admin angkat 1 pcs, sebutin ukuran & minus, yg ketik "BELI" duluan menang
pembayaran max 1x24 jam, lewat dr itu lelang ulang
harga buka 50rb, yg ada patch/bordir ditawar lebih tinggi
see u, ajak temen2nya ya 💙"""),

("profile", "pointer_elsewhere", (1, 1, 1, 1), """🌿 ruang.lawas.id
one size one piece • washed • no refund
restock tiap kapal datang (biasanya 2 minggu sekali)
tas • jaket • kemeja oversize
📍 Pekanbaru — barang kami jalan dari Dumai
order: cek katalog di linktree, DM buat nanya minus"""),

("message", "unit_lot_offer", (1, 1, 1, 1), """Ini list sortiran minggu ini bang:
- Grade S (mulus kayak baru): 3 karung
- Grade A: 7 karung
- Grade B (ada noda/bolong kecil): 12 karung
Isinya campur kaos, kemeja, jaket tipis.
Harga S 3,5jt, A 2,4jt, B 1,2jt per karung.
Bisa dilihat di gudang Tanjung Priok, janjian dulu 1 hari sebelumnya."""),

("post", "condition_wear_offer", (1, 1, 1, 1), """Kemeja Hawaii motif nanas, tahun 80an kalau liat labelnya 🍍
Ukuran L, bahan rayon adem, satu kancing diganti
Udah dicuci dan disetrika, siap pakai ke pantai
Ini dapet pas milih-milih di tumpukan kiriman dari Tanjungbalai, cuma nemu satu
Mahar 120rb. DM ya"""),

("comment", "route_port_offer", (1, 1, 1, 1), """Bisa kak, kita ready kirim ke Kupang. Barang kami datang dari Dili lewat Atambua, dipilih di Atapupu terus dikirim.
Ada jaket hoodie, celana training, baju kerja.
Harga ecer 30-70rb, kalau ambil per ikat beda lagi.
Nanti saya kirim foto2nya lewat DM ya kak 🙏"""),

("listing", "invented_code_word", (1, 1, 1, 1), """Baju "Bule Pensiun" Paket Usaha 30 Pcs
Isi sweater, kardigan, blazer dari kiriman bulan ini
Dipilih yang masih bagus, dicuci, tinggal gantung di lapak
Harga 600rb/paket, bonus 5 pcs kaos
Nama paket jangan ditanya artinya kak, pokoknya pemilik sebelumnya orang jauh 😅
Pengiriman dari Batam, aman sampai tujuan"""),

("post", "market_kiosk_promo", (1, 1, 1, 1), """Weekend ini main ke Gedebage? Mampir ke kios kita di blok C nomor 112 😎
Baru turun: jaket Carhartt workwear, kemeja western, celana Dickies
Semua diambil dari ikatan yang baru dibuka Jumat, kondisi kita labelin di hanger
Bisa bayar QRIS, bisa titip kirim ke luar kota
IG: @kios112.gdbg"""),

("message", "pointer_elsewhere", (1, 1, 1, 1), """Halo kak, terima kasih sudah tanya 😊
Untuk stok jaket kulit ukuran M sekarang ada 3, semuanya kondisi 8/10 (ada retak halus di lipatan).
Barang masuk dari koli minggu lalu, sekali datang gak bisa pesan ulang.
Katalog lengkap + video detail aku kirim lewat WA ya, biar ga penuh di sini.
Keep maksimal 1x24 jam 🙏"""),

("listing", "unit_lot_offer", (1, 1, 1, 1), """Tumpukan Jaket Musim Dingin - Jual Per Kilo
Rp 70rb/kg, minimal 5 kg (biasanya 4-6 jaket)
Isi: puffer, parka, mantel wol. Banyak merk Uniqlo & Muji
Kondisi campur, harus pintar milih, makanya murah
Datang lewat jalur Belawan, gudang kami di Medan Marelan
Ambil sendiri atau kirim cargo"""),
]
