# Batch 1: illegal, plain (famous words used openly). Hand-written.
# Each entry: (kind, category, (offer, used, clothing, abroad), text)
RECORDS = [
("listing", "plain_offer", (1, 1, 1, 1), """JUAL BAJU BEKAS IMPOR KOREA - KEMEJA FLANEL CAMPUR - READY 40 PCS
Kondisi 90% up, sudah dicuci dan disetrika.
Harga satuan 25rb, ambil 10 potong jadi 200rb aja.
Barang asli bekas Korea, bukan KW, bukan konveksi.
Chat dulu buat cek stok ya kak, tidak terima COD luar kota."""),

("post", "plain_offer", (1, 1, 1, 1), """Bongkar bal hari ini jam 7 malem di lapak kami ✨
Isinya jaket outdoor + hoodie ex Jepang, bal baru datang tadi pagi.
Yang mau first pick langsung merapat, siapa cepat dia dapat.
Harga mulai 35rb, hidden gems biasanya keluar di setengah jam pertama 🔥
#bongkarbal #thriftjakarta #hiddengems"""),

("message", "plain_offer", (1, 1, 1, 1), """[BROADCAST] Assalamualaikum kakak-kakak reseller 🙏
Stok balpres minggu ini sudah masuk gudang:
- Bal kaos campur Korea 100 kg
- Bal celana jeans Jepang 45 kg
- Bal sweater Eropa 50 kg
Harga grosir, tidak bisa pilih isi, tidak terima retur.
Order via WA 0812xxxx (admin Rini), kirim pakai ekspedisi pilihan kakak."""),

("live", "plain_offer", (1, 1, 1, 1), """Halo guys selamat datang di live kita malem ini!
Hari ini kita buka karungan second import isinya dress-dress cantik ya kak.
Yang mau, ketik nomor gantungan plus "mau" di kolom komentar.
No 1 dress bunga ex Korea 45rb, no 2 blazer item 60rb.
Jangan lupa follow dulu biar dapat info karungan berikutnya ya 😘"""),

("profile", "plain_offer", (1, 1, 1, 1), """🌿 Lemari Nenek Thrift 🌿
Thrift shop online sejak 2019 | pakaian second import pilihan
Restock tiap Jumat jam 8 malam
Pengiriman dari Bekasi ke seluruh Indonesia
Order cuma lewat DM atau Shopee: lemarinenek.thrift
No booking, no hold, no drama 🙅‍♀️"""),

("post", "creator_haul", (1, 1, 1, 1), """Haul thrifting kemarin di Pasar Senen, total cuma 180rb dapet 6 item 😭
Jaket denim Levi's bekas, kemeja Uniqlo, 2 kaos band, celana kargo, sama tas kanvas.
Semua second impor, katanya dari bal Jepang yang baru dibongkar Sabtu.
Kiosnya di Blok III lantai atas, namanya Kios Bang Ucok, bilang aja dari aku wkwk.
Next video aku kasih tips milih biar ga dapet yang bolong ya!"""),

("listing", "plain_offer", (1, 1, 1, 1), """Sepatu Second Import Original Nike Air Max Size 42 Kondisi 85%
Barang bekas pakai dari Jepang, sol masih tebal, ada lecet dikit di toe box (lihat foto 4).
Box sudah tidak ada, hanya sepatu saja.
Harga 320rb nego tipis, bisa cek di tempat area Depok.
Kirim seluruh Indonesia via JNE."""),

("comment", "plain_reply", (1, 1, 1, 1), """@dewi.ratna iya kak masih ada, yang cardigan rajut krem itu bekas Korea kondisi mulus.
Harganya 40rb belum ongkir.
Kalau mau checkout aja di etalase toko kita, nama produknya "cardigan thrift import #17".
Stoknya cuma satu ya kak, jadi siapa cepat."""),

("listing", "plain_wholesale", (1, 1, 1, 1), """Karungan Baju Bekas Import Grade A – Isi Campur Wanita – 1 Karung ±100 Potong
Cocok untuk yang mau mulai usaha thrift dari rumah.
Isi: blouse, kemeja, rok, dress, sedikit celana.
Sudah dipilih grade A, tidak ada robek besar.
Harga per karung 1,7 juta, bisa kirim kargo ke luar pulau.
Tanya-tanya dulu boleh, no PHP ya."""),

("post", "plain_offer", (1, 1, 1, 1), """OPEN RESELLER THRIFT IMPORT 📢
Kamu mau jualan tapi modal pas-pasan? Ambil dari kami aja.
Baju bekas impor dari Korea & Jepang, harga reseller mulai 12rb/pcs, minimal ambil 20 pcs.
Foto produk kami kasih, tinggal upload ulang di akunmu.
Dropship juga bisa, nama pengirim pakai nama tokomu.
DM @gudangthrift.bekasi buat price list lengkap."""),

("message", "plain_offer", (1, 1, 1, 1), """Bosku, bal jaket winter ex Korea sudah sampai ya.
Isi kurang lebih 60 potong, berat 45 kg, mayoritas puffer & parka.
Harga 4,2 jt per bal, belum ongkir.
Mau saya keep satu? DP 1 juta, sisa lunas pas barang dikirim.
Kabari cepat soalnya tinggal 3 bal lagi di gudang."""),

("review", "plain_haul_review", (1, 1, 1, 1), """Bintang 5 ⭐⭐⭐⭐⭐
Beli paket thrift 5 kaos bekas impor di toko ini, semua sesuai deskripsi.
Ada bau gudang dikit tapi sekali cuci hilang.
Tiap baju ada label Jepang/Korea, bukan barang lokal yang ngaku-ngaku.
Pasti repeat order di Toko Sandang Kedua, adminnya ramah fast respon."""),

("post", "plain_offer", (1, 1, 1, 1), """Weekend ini kita buka lapak di CFD Dago ya teman-teman!
Bawa 3 rak baju thrift import: kemeja, outer, rok plisket, sama jaket kulit second.
Harga 20rb – 150rb, semua impor asli dari bal, udah kita laundry.
Lokasi depan minimarket, cari tenda hijau.
Bawa tas belanja sendiri ya, kita kurangin plastik 🌱"""),

("listing", "plain_offer", (1, 1, 1, 1), """Tas Branded Second Import Japan – Coach Signature Shoulder Bag
Kondisi: bekas pakai, kulit masih bagus, lining bersih, ada noda kecil di dalam.
Asal barang: lelang Jepang, masuk lewat bal tas campur.
Harga: 550.000 (bisa nego buat yang serius)
Gratis ongkir Jabodetabek minggu ini."""),

("live", "plain_offer", (1, 1, 1, 1), """Live jam 9 ya bun!! Malam ini khusus baju anak bekas impor dari Korea 👶
Kita buka 2 karung langsung di depan kamera, jadi semua lihat isinya fresh.
Harga pukul rata 15rb per potong, 10 potong 130rb.
Rekap pesanan di-DM setelah live, transfer maksimal jam 12 siang besok.
Yang ga transfer masuk blacklist ya bun, maaf tegas 🙏"""),

("post", "creator_recommendation", (1, 1, 1, 1), """3 Thrift Shop di Jogja yang wajib kamu datengin 🧥
1. @gudanglawas.jogja – jaket vintage impor, sering dapet brand Jepang
2. Kios Mbak Sri di Pasar Beringharjo lantai 3 – kemeja bekas impor 15rb-an
3. @rumahsecond.id – khusus celana bekas impor, semua sudah dicuci
Catatan: datang pagi, barang dari bal baru biasanya digelar jam 9.
Save dulu biar ga lupa!"""),

("listing", "plain_offer", (1, 1, 1, 1), """Jual Kemeja Batik?? BUKAN 😅 ini kemeja flanel bekas impor USA
Ukuran L-XL, total 15 potong, warna campur kotak-kotak.
Dibuka langsung dari ballpress kemarin, sudah dipilih yang bersih.
Harga 30rb per potong atau 400rb borong semua.
Lokasi Tangerang Selatan, bisa ambil langsung atau kirim."""),

("message", "plain_offer", (1, 1, 1, 1), """Halo kak, terima kasih sudah bertanya 🙂
Untuk bal second impor kami ada 3 pilihan:
1) Bal campur pria (kaos, kemeja, celana) 2,5 jt
2) Bal campur wanita 2,8 jt
3) Bal anak 2 jt
Semua isi barang bekas dari luar, tidak bisa request merek.
Kalau kakak baru mulai, saran saya ambil yang campur wanita dulu, paling cepat laku."""),

("post", "plain_offer", (1, 1, 1, 1), """Restock hari ini 🛍️
Outer rajut, cardigan, sweater second dari Jepang, total 35 pcs.
Semua pre-loved impor, bukan baru, jadi mohon maklum kalau ada pilling tipis.
Harga 35k-85k, keterangan minus di tiap foto.
Slide sampai habis, order ketik "mau" + nomor foto di komen.
#thriftshop #secondimport #preloved"""),

("comment", "plain_reply", (1, 1, 1, 1), """Buat yang nanya-nanya di komen: iya, semua barang di toko aku bekas impor, dari bal yang aku beli di supplier Bandung.
Aku gak jual baju baru sama sekali.
Harga mulai 20rb, update stok di story tiap Selasa dan Jumat.
Pengiriman dari Cimahi ya."""),

("listing", "plain_wholesale", (1, 1, 1, 1), """PAKET USAHA THRIFT – 50 PCS KAOS BEKAS IMPOR GRADE A
Cocok buat bazar, lapak online, atau titip di distro.
Isi campur merek, ukuran M sampai XXL, kondisi layak jual.
Harga paket 650rb (jadi 13rb per potong).
Bonus 5 hanger dan tips foto produk.
Stok terbatas, pesan lewat chat toko."""),

("post", "creator_haul", (1, 1, 1, 1), """Unboxing paket dari @thrift.kampungbaru 📦
Aku beli mystery box 250rb isinya 5 baju second impor Korea.
Dapet kemeja oversize, rok denim, dua blouse, sama cardigan — cuma satu yang kekecilan.
Overall worth it sih, bahannya tebel-tebel khas baju Korea bekas.
Link tokonya ada di bio aku ya!"""),
]
