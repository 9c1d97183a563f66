# Hand-written texts: illegal offers, plain wording + first code-word ones.
# Tuple: (kind, category, offer, used, clothing, abroad, text)

RECORDS = [
("listing", "plain_offer", 1, 1, 1, 1, """Jaket Bomber Bekas Impor Korea Original Size L Mulus
Kondisi 9/10, tidak ada noda, resleting lancar.
Lingkar dada 58 cm, panjang 70 cm.
Barang second impor ya kak, bukan baru. Harga 85rb nego tipis.
Kirim dari Bekasi, bisa COD area Jatiasih."""),

("post", "plain_offer", 1, 1, 1, 1, """BONGKAR BAL HARI INI JAM 7 MALAM 🔥🔥
Bal Jepang isi kemeja & blouse wanita, katanya sih grade A
Yang mau titip keep langsung komen nomor urut ya
Harga mulai 20rb aja, siapa cepat dia dapat
Live di akun ini, jangan lupa follow @lemari.kinan_thrift"""),

("profile", "plain_shop_bio", 1, 1, 1, 1, """Kinan Thrift Store 🧺
Jual baju bekas impor pilihan, dicuci & disetrika sebelum kirim
Drop tiap Selasa & Jumat, bal langsung dari Korea
Order via DM / WA 0812xxxx
Lokasi: Pasar Gedebage blok C no. 14 (bukan cabang mana2)"""),

("message", "wholesale_broadcast", 1, 1, 1, 1, """Assalamualaikum bapak ibu reseller,
Stok ballpress minggu ini sudah masuk gudang:
- Bal celana jeans campur, 100 kg, 6,8 jt
- Bal kaos anak Korea, 45 kg, 3,9 jt
- Bal jaket winter, isi kurang lebih 120 pcs, 7,5 jt
Bisa kirim ekspedisi ke seluruh Indonesia, ongkir ditanggung pembeli.
Minat hubungi admin Pak Darto 0813xxxx. Terima kasih."""),

("live", "live_sale_call", 1, 1, 1, 1, """Halo halo yang baru join, selamat datang di live Bang Jaka!
Malam ini kita buka karung baru, thrift impor dari Jepang, isinya hoodie sama crewneck
Yang mau ketik "mau" plus nomor ya, nanti aku sebutin ukurannya
Semua 35 ribu, yang ada brand kayak Champion atau Uniqlo 50 ribu
Checkout lewat keranjang kuning maksimal 10 menit abis aku sebut nama kamu"""),

("post", "creator_haul_named_seller", 1, 1, 1, 1, """Hasil berburu di Pasar Senen kemarin, total cuma habis 210rb 😭
1. Kemeja flanel Eddie Bauer — 40rb
2. Celana cargo Dickies — 55rb
3. Jaket parka bekas Jepang — 75rb
4. Dua kaos band — 40rb
Semuanya baju bekas impor, tinggal laundry aja. Kiosnya Bang Udin di blok 3 lantai atas ya, bilang aja dari aku biar dikasih harga temen.
#thrifting #pasarsenen #haul"""),

("comment", "seller_reply_to_buyer", 1, 1, 1, 1, """@dinda.rah iya kak masih ada, itu sweater second import dari Korea ukurannya M
Kondisi bagus cuma ada sedikit pilling di lengan, udah aku foto di slide 3
Harga 65rb belum ongkir, kalau ambil 2 jadi 120rb
Langsung DM aja ya biar aku kirim form ordernya"""),

("listing", "plain_offer", 1, 1, 1, 1, """Sepatu Bekas Impor Nike Air Max 90 Size 42 Ex Jepang
Minus: sol agak menguning, insole sudah diganti baru.
Upper masih bagus, sudah deep clean.
Harga 350.000 — tidak terima tukar tambah.
Ready di Medan, pengiriman J&T atau SiCepat."""),

("message", "reseller_recruitment", 1, 1, 1, 1, """OPEN RESELLER BAJU THRIFT IMPOR 📢
Modal mulai 500rb sudah dapat 25 pcs campur (kaos, kemeja, celana)
Barang dari bal Korea & Jepang, kami sortir dulu jadi nggak zonk
Reseller dapat grup WA khusus, foto katalog, dan harga coret
Cocok buat mahasiswa / ibu rumah tangga yang mau jualan online
Daftar chat 0857xxxx (Mbak Yuli)"""),

("post", "plain_offer", 1, 1, 1, 1, """Restock kemeja batik... eh bukan 😂 kemeja vintage bekas Amerika!
Motif hawaii, bahan rayon adem, cocok buat ngopi sore
Ukuran L sampai XXL, harga 45-70rb tergantung kondisi
Semua barang second impor, jadi wajar ada sedikit minus, nanti aku info satu-satu
Slot order dibuka jam 8 malam di highlight story"""),

("listing", "plain_offer", 1, 1, 1, 1, """PAKET USAHA BAJU BEKAS IMPOR 50 PCS CAMPUR GRADE A
Isi: kaos, kemeja, blouse, rok, celana pendek (acak)
Cocok buat yang mau mulai buka lapak thrift
Rata-rata 14rb per pcs, dijamin layak jual
Harga paket Rp700.000, free karung plastik
Stok terbatas, barang dari bal Korea terbaru"""),

("post", "creator_recommendation", 1, 1, 1, 1, """Buat kalian yang nanya terus "kak beli jaket kulitnya di mana?" 👇
Aku langganan di @gudang.jaketlawas, mereka spesialis jaket kulit bekas impor dari Eropa
Harga mulai 150an, ada yang masih mulus banget
Bukan endorse ya, beneran beli pakai duit sendiri
Tips: minta video detail jahitan sebelum transfer"""),

("message", "customer_chat_seller", 1, 1, 1, 1, """Kak, ini list yang ready hari ini ya:
- dress bekas Korea motif bunga, M, 55rb
- cardigan rajut cream, allsize, 40rb
- rok plisket hitam, pinggang 70, 35rb
Semuanya thrift impor, udah aku laundry wangi
Kalau jadi langsung transfer ke BCA a.n. Sinta Maharani, nanti aku packing sore ini"""),

("live", "live_sale_call", 1, 1, 1, 1, """Guys guys, stop scroll dulu! 🛑
Ini jaket Columbia second dari bal Amerika, cuma ada satu, size XL
Kondisi 90 persen, cuma ada bekas lipatan
Harga di live 120rb, lewat live balik 150rb
Siapa cepat dia dapat, klik keranjang nomor 7 sekarang!"""),

("profile", "plain_shop_bio", 1, 1, 1, 1, """🧥 Lapak Mas Bowo — Baju Bekas Impor Semarang
Buka tiap hari 09.00-21.00 di Pasar Johar sebelah parkiran
Spesialis jaket, kemeja flanel, & celana jeans second impor
Grosir & eceran, harga bersahabat
WA 0878xxxx | Shopee: lapakmasbowo"""),

("post", "plain_offer", 1, 1, 1, 1, """HIDDEN GEMS ALERT 💎
Barusan bongkar karung dan nemu tas kulit Coach bekas, impor Amerika, masih kokoh
Ada juga 3 tas Longchamp second (ada minus di sudut)
Harga Coach 275rb, Longchamp 150rb per biji
Yang minat DM duluan, aku reply sesuai urutan chat"""),

("comment", "seller_reply_to_buyer", 1, 1, 1, 1, """Buat yang nanya di kolom komentar: iya, semua barang di toko kami baju bekas impor ya, bukan baru.
Asalnya dari Korea dan sebagian dari Jepang. Tiap potong sudah kami cek lubang dan noda.
Ukuran lengkap bisa dilihat di katalog, link ada di bio.
Pengiriman setiap hari kecuali Minggu."""),

("listing", "plain_offer", 1, 1, 1, 1, """[READY] Celana Jeans Levi's 501 Second Import USA
W32 L30, warna biru pudar alami, tidak ada sobek
Label dalam masih terbaca jelas
Harga 180rb, bonus ikat pinggang kulit bekas
Bisa cek barang langsung di Cibubur, janjian dulu ya"""),

("message", "wholesale_broadcast", 1, 1, 1, 1, """📦 INFO STOK GUDANG 📦
Bal impor kedatangan baru:
Korea mix wanita premium — 3,5 jt
Jepang kaos pria — 4,2 jt
Eropa jaket musim dingin — 6,9 jt
Barang ambil di gudang Cikarang atau kirim via kargo.
Pembayaran DP 50%, pelunasan sebelum barang naik truk.
Hubungi Koh Andre 0812xxxx."""),

("post", "creator_haul_named_seller", 1, 1, 1, 1, """Thrift haul Bandung edition ✨
Pagi-pagi ke Gedebage, sore ke Cimol. Dapet:
- blazer wool ex Jepang 60rb
- sweater Ralph Lauren 85rb
- rok jeans 30rb
Lapak favorit aku namanya "Teh Euis Second", blok D, orangnya ramah dan mau nawar.
Barangnya katanya dari bal Korea yang baru dibuka minggu itu."""),

("live", "live_sale_call", 1, 1, 1, 1, """Selamat malam kakak-kakak, ini sesi lelang sepatu bekas impor ya
Nomor 1: Adidas Samba size 40, start 100rb, kelipatan 10rb
Nomor 2: Converse 70s size 41, start 90rb
Semua dari karungan Singapura yang baru datang tadi siang
Pemenang transfer max 1x24 jam, kalau nggak, gugur"""),

("listing", "plain_offer", 1, 1, 1, 1, """Tas Ransel Bekas Impor Jepang Anak Sekolah (Randoseru) Kulit Asli
Warna merah, ada lecet tipis di tutup atas
Masih kokoh, semua kancing magnet berfungsi
Harga 250rb, asli bekas pakai anak SD di Jepang
Lokasi Surabaya, bisa kirim ke luar kota"""),

("post", "plain_offer", 1, 1, 1, 1, """Baju second import Jepang khusus anak udah ready lagi, Bun! 🧸
Isi bal kali ini banyak piyama, jumper, dan celana legging ukuran 1-6 tahun
Semua sudah dicuci pakai deterjen bayi dan dijemur matahari
Harga 10-25rb per potong, min. beli 5 potong
Order via WA admin Bunda Rara 0838xxxx, pengiriman dari Sleman"""),

# --- code words & trade geography ---
("post", "regional_code_word", 1, 1, 1, 1, """Cakar baru turun, Daeng! 🔥
Lapak kami di Pasar Butung lantai 2 dekat tangga
Kemeja kantor 25rb, jaket 50rb, celana kain 30rb
Barang baru dibuka dari karung tadi subuh, masih banyak pilihan
Singgah mi ki' sebelum habis"""),

("message", "regional_code_word", 1, 1, 1, 1, """Monza ready lagi bang 👇
Karung baru dari Tanjungbalai, masuk Medan kemarin malam
Isinya kemeja lengan panjang pria, banyak merk bagus
Ecer 20-40 ribu, borong satu karung bisa nego
Lapak kami di Pajak Melati, tanya aja lapak Butet Sinaga"""),

("post", "regional_code_word", 1, 1, 1, 1, """Awul-awul Sekaten buka lagi malam ini, lur!
Gelar lapak di samping panggung utama, jam 18.00 sampai habis
Jaket, kemeja, rok, mulai 10 ewu ae
Barange anyar teko bal, isih wangi gudang 😁
Sing kepengen milih santai, teko sore luwih apik"""),

("listing", "bale_grade_wholesale", 1, 1, 1, 1, """Jual Sortiran Grade A Kaos Pria Per Kilo
Harga 65rb/kg, minimal ambil 10 kg
Sortiran dari koli Korea, sudah buang yang bolong & luntur
Grade B juga ada, 40rb/kg, cocok buat lapak pasar malam
Gudang di Tanjungpinang, kirim pakai kapal ke Jawa bisa diatur"""),

("message", "wholesale_price_list", 1, 1, 1, 1, """PRICELIST KOLI MINGGU INI
Koli campur ladies — 2,8 jt (kurleb 250 pcs)
Koli kemeja pria — 3,1 jt
Koli anak-anak — 2,5 jt
Koli jaket/hoodie — 4,4 jt
Barang turun di Dumai, bisa langsung antar ke Pekanbaru & Padang
Order sebelum Kamis biar ikut muatan berikutnya"""),

("post", "regional_code_word", 1, 1, 1, 1, """Lelong Pontianak buka cabang baru di Jalan Tanjungpura 👀
Barang langsung dari Kuching lewat Entikong
Jaket dan sepatu lelong harga miring, kemeja kerja 15rb dapat 2
Buka pukul 08.00, Minggu tetap buka
Parkir luas, bawa keluarga sekalian"""),

("comment", "regional_code_word", 1, 1, 1, 1, """Kalau cari rombengan yang bagus ke tempat aku aja kak, di Pasar Sambu lapak 47
Baru masuk karung dari Belawan, kemeja & celana bahan masih tebal
Harga ecer 25rb, ambil 5 jadi 100rb
Chat dulu biar aku sisihkan ukurannya"""),

("live", "regional_code_word", 1, 1, 1, 1, """Live bongkar goni spesial malam Jumat!
Goni kali ini isinya sweater & cardigan, asal Korea katanya
Gak ada nomor, ketik aja warna yang kamu mau, aku angkat satu-satu
Semua 30 ribu, ongkir flat Jabodetabek 10 ribu
Yang udah menang jangan ghosting ya say"""),

("profile", "regional_code_word", 1, 1, 1, 1, """Roma Kupang — Pakaian Roma Pilihan
Barang turun dari kapal tiap dua minggu, lewat Atambua
Jaket, kemeja, celana jeans, sepatu
Lokasi: Pasar Kasih Naikoten, los 3
Bisa pesan dari luar kota, hubungi Mama Yeni 0821xxxx"""),

("message", "reseller_recruitment", 1, 1, 1, 1, """Dicari mitra lapak untuk barang babebo!
Kami suplai per karung ke seluruh Kalimantan Utara, barang masuk dari Tawau via Nunukan
Mitra cukup sediakan tempat jualan, barang boleh bayar separuh dulu
Untung per karung bisa 1-2 juta kalau pintar milih
Info lanjut ke Pak Hamdan 0852xxxx"""),
]
