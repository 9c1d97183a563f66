# Batch 1: illegal records, plain words + first code-word records. Hand-written.
# tuple: (kind, category, offer, used, clothing, abroad, text)
R = [
("listing", "plain_offer", 1, 1, 1, 1, """
Baju Bekas Impor Korea Campur Kemeja Kaos Jaket Murah Meriah
Kondisi 90% layak pakai, sudah dicuci bersih dan disetrika.
Harga mulai 15rb/pcs, ambil 10 pcs bonus 1.
Ready banyak ukuran M sampai XXL, tanya stok dulu via chat ya kak.
"""),
("post", "plain_offer", 1, 1, 1, 1, """
BONGKAR BAL HARI INI JAM 7 MALAM 🔥🔥
Bal jaket Jepang isi 100an potong, grade A semua katanya, kita buktiin bareng di live.
Siapa cepat dia dapat, keep cukup komen "mau + nomor".
Ongkir ditanggung pembeli, COD khusus area Cimahi.
#bongkarbal #jaketjepang #thrift
"""),
("listing", "plain_offer", 1, 1, 1, 1, """
JUAL BALPRES BAJU BEKAS IMPOR ASLI - KEMEJA PRIA MIX
Berat bal sekitar 100 kg, isi kurang lebih 400-450 pcs.
Asal barang Korea, belum dibuka sama sekali, segel karung masih utuh.
Cocok buat yang mau mulai usaha thrift di rumah.
Harga nego tipis, lokasi gudang Bekasi, bisa kirim pakai ekspedisi.
"""),
("message", "plain_offer", 1, 1, 1, 1, """
Assalamualaikum kakak2 reseller 🙏
Stok karungan minggu ini sudah sampai di gudang:
- karung celana jeans ex Jepang
- karung hoodie ex Korea
- karung mix anak ex Taiwan
Sistem beli per karung, tidak bisa pilih isi ya. Minat japri 0812xxxx (Bu Ratmi).
"""),
("post", "plain_offer", 1, 1, 1, 1, """
Hidden gems dari Pasar Senen kemarin akhirnya dirilis di toko kita 😍
Ada Carhartt, Uniqlo, Polo Ralph Lauren, semua second import pilihan.
Harga 45k - 120k, drop jam 8 malam di akun @gudangsenen.id
Jangan lupa set alarm, biasanya habis dalam 10 menit!
"""),
("profile", "plain_offer", 1, 1, 1, 1, """
🌿 Rumah Thrift Kinanti 🌿
Baju bekas impor kurasi tangan sendiri, dicuci & disetrika sebelum kirim.
Sumber barang bal Jepang & Korea, bukan KW.
Open Selasa-Minggu jam 10.00-21.00 | Shopee: kinanti.thrift
Pengiriman seluruh Indonesia 📦
"""),
("live", "plain_offer", 1, 1, 1, 1, """
Halo halo yang baru masuk live, selamat datang!
Ini semua kemeja flanel bekas Amerika ya, langsung dari bal yang tadi siang dibuka.
Harga di keranjang kuning cuma 35 ribu, ada yang 50 ribu kalau merek bagus.
Mau yang mana tulis angkanya, nomor 7 ini Pendleton, wah jarang ini teman-teman.
Checkout sekarang sebelum diambil orang!
"""),
("comment", "plain_offer", 1, 1, 1, 1, """
@vinaaa_r masih ada kak, jaket second import yang coklat itu ukurannya L, lebar dada 58.
Harga 85rb belum ongkir, bisa langsung checkout di etalase toko kami ya.
Kalau mau lihat video detail noda, DM aja nanti aku kirim.
"""),
("listing", "plain_offer", 1, 1, 1, 1, """
Sepatu Bekas Impor Original Nike Adidas New Balance Grade A
Dipilih dari karungan sepatu ex Singapura, sol masih tebal, sudah dicuci.
Size 39-44 tersedia, tiap pasang beda kondisi, cek foto asli.
Harga 150rb-350rb per pasang. Tidak terima tukar karena barang second.
"""),
("post", "plain_offer", 1, 1, 1, 1, """
Haul thrift 200 ribu dapet 6 barang!! 🥹
1. cardigan rajut Jepang 30k
2. rok plisket 25k
3. kemeja linen 35k
4-6. kaos band vintage
Semua beli di Gedebage blok belakang, kios Teh Imas, yang tumpukan 10 ribuan juga ada. Worth it banget buat yang budget mahasiswa.
#haulthrift #gedebage #thriftbandung
"""),
("listing", "plain_offer", 1, 1, 1, 1, """
Tas Branded Second Import Jepang - Coach, Kate Spade, Furla
Semua asli, kondisi pemakaian wajar, ada minus kecil di sudut.
Datang dari bal tas Jepang bulan ini, jumlah terbatas.
Harga mulai 275rb. Bisa COD Jakarta Timur, luar kota via JNE.
"""),
("message", "plain_offer", 1, 1, 1, 1, """
*INFO RESTOCK* 📢
Bal baju bekas Korea isi dress wanita sudah mendarat.
Harga per bal 4,2 jt (isi ±300 pcs), setengah bal bisa, 2,3 jt.
Bonus 5 kg kalau ambil 2 bal.
Pembayaran DP 50%, sisanya pas barang mau dikirim.
Admin 1: 0813xxxx
"""),
("post", "plain_offer", 1, 1, 1, 1, """
Kamu pengen usaha tapi modal kecil? Coba jualan thrift!
Kami supply baju bekas impor grade A langsung dari gudang, reseller dapat harga khusus mulai 10rb/pcs.
Tanpa minimal order untuk pembelian pertama.
Join grup reseller, link di bio ya kak 💸
"""),
("review", "plain_offer", 1, 1, 1, 1, """
Bintang 5. Kemeja bekas Jepangnya sesuai foto, bau apek hampir nggak ada, jahitan rapi.
Pengiriman 3 hari ke Makassar. Buat yang nyari, tokonya "Lemari Tokyo Second" ya, adminnya ramah banget.
Bakal repeat order buat jaket musim dingin bulan depan.
"""),
("listing", "plain_offer", 1, 1, 1, 1, """
Celana Jeans Levis Bekas Impor USA Original 501 505
Harga 90.000 / pcs, ambil 5 pcs jadi 400.000
Ukuran pinggang 28-38, panjang beda-beda, tanya dulu.
Barang hasil sortir bal Amerika, bukan lokal.
Stok: 37 pcs.
"""),
("post", "plain_offer", 1, 1, 1, 1, """
Jangan ngaku anak thrift kalau belum mampir ke lapak kita di Pasar Senen Blok III lantai dasar 😎
Jaket kulit, blazer, sweater, semua barang bekas impor pilihan.
Sabtu-Minggu diskon 20% buat yang pakai kaos band.
Lokasi di pin, tanya jalan tinggal sebut "Lapak Bang Tigor".
"""),
("live", "plain_offer", 1, 1, 1, 1, """
Gaes kita mulai ya, malam ini bongkar bal kaos Thailand.
Dari bal ini biasanya banyak yang bagus, print masih jelas.
Satu potong 20 ribu, tiga potong 50 ribu, tulis "ambil" plus nomor baju.
Yang tadi nanya, ini semua second ya, bukan baru.
"""),
("message", "plain_offer", 1, 1, 1, 1, """
Halo kak, ini katalog second import minggu ini ya.
Hoodie Champion ex USA 95rb
Windbreaker Nike ex Jepang 110rb
Sweater rajut ex Korea 60rb
Sudah laundry semua. Kalau jadi, transfer ke rekening yang di bio lalu kirim bukti.
"""),
("profile", "plain_offer", 1, 1, 1, 1, """
SUPPLIER BALPRES MURAH | Gudang Cikarang
Bal baju, bal sepatu, bal tas, bal selimut - semua second import
Melayani partai besar & kecil, reseller welcome
Order via admin, jam operasional 08.00-17.00
"""),
("comment", "plain_offer", 1, 1, 1, 1, """
Buat yang nanya di atas: iya bener kami jual baju bekas impor juga, bukan cuma yang baru.
Ada etalase khusus namanya "SECOND LINE", isinya hasil sortir bal Jepang.
Silakan dicek, harga mulai 25rb aja.
"""),
("post", "plain_offer", 1, 1, 1, 1, """
OPEN JASTIP THRIFT PASAR SENEN 🛍️
Minggu ini aku ke Senen hari Sabtu, yang mau nitip kemeja, jaket, atau celana bekas impor bisa isi format di bawah:
Nama / barang / ukuran / budget
Fee jastip 10rb per barang. Dikirim Senin dari Depok.
"""),
("listing", "plain_offer", 1, 1, 1, 1, """
Selimut Bekas Impor Jepang Tebal Hangat (Dari Karungan)
Ukuran queen, bahan bulu lembut, sudah dicuci pakai mesin.
Ada 12 lembar motif beda, foto di galeri.
Rp 65.000 per lembar. Pengiriman dari Pontianak.
"""),
# ---- code words and geography ----
("post", "regional_code_word", 1, 1, 1, 1, """
Monza baru pecah kawat pagi ini di Pajak Melati, kios kami nomor 14 ya kakak-kakak 🙌
Kemeja tiga 100, jaket mulai 40.
Pilih sendiri, bongkar aja tumpukannya, jangan malu-malu.
Buka sampai jam 6 sore.
"""),
("message", "wholesale_price_list", 1, 1, 1, 1, """
Daftar harga minggu ini (per koli):
- Kemeja pria sortiran A: 3,8 jt
- Kaos campur sortiran B: 2,1 jt
- Celana panjang grade S: 5,5 jt
Barang naik dari Tanjungbalai, sampai Medan hari Kamis.
Pemesanan paling lambat Selasa malam. Hub. Pak Ucok 0812xxxx
"""),
("post", "regional_code_word", 1, 1, 1, 1, """
Lur, awul-awul teko maneh nang lapakku Pasar Klithikan! 😁
Jaket, kemeja, celana, regane mulai 5 ewu.
Bukak Setu-Minggu, jam 8 nganti jam 3.
Sing seneng ngawul mangga mampir, ra usah isin.
"""),
("listing", "regional_code_word", 1, 1, 1, 1, """
CAKAR MAKASSAR - Jaket Parka Cakar Pilihan
Barangnya dari pelabuhan, langsung kami sortir, kondisi rata-rata masih mulus.
Harga 35rb-70rb, ambil lusinan ada harga khusus.
Lokasi lapak dekat Pasar Butung, atau kirim keluar kota via cargo.
"""),
("post", "regional_code_word", 1, 1, 1, 1, """
Buka lelong hari ni kat gerai Pasar Tanjungpinang! 📣
Baju lelong baru tiba semalam, kemeja & seluar mulai 10 ribu.
Ada jaket musim sejuk tebal, sesuai untuk yang nak ke luar negeri.
Datang awal sebelum orang Batam borong.
"""),
("message", "reseller_recruitment", 1, 1, 1, 1, """
Dicari reseller & dropshipper rombengan!
Kami gudang di Pontianak, barang masuk rutin via Entikong tiap minggu.
Sistem ambil per karung (50 kg), isi campur baju & celana.
Reseller dapat potongan 10%, dropshipper tinggal share foto.
Minat? Balas pesan ini.
"""),
("listing", "bale_grade", 1, 1, 1, 1, """
Sortiran Kemeja Flanel Grade A Per Kilo
Rp 85.000/kg, minimal ambil 5 kg.
Isi 1 kg kira-kira 3-4 pcs, semua layak jual ulang.
Bisa campur grade B kalau mau lebih murah (Rp 55.000/kg).
Gudang Sidoarjo, pengiriman pakai cargo darat.
"""),
("post", "port_route", 1, 1, 1, 1, """
Barang dari Tawau sudah lewat Nunukan, insyaallah Jumat sampai Tarakan 🚢
Yang sudah pesan koli jaket & kemeja tunggu kabar ya.
Yang belum pesan masih ada sisa 8 koli, isi campur pria wanita.
Harga sama kayak bulan lalu.
"""),
("live", "regional_code_word", 1, 1, 1, 1, """
Ayo ayo merapat, live monja dari gudang Medan!
Ini karung baru dibuka, isinya blouse sama rok, kualitas mantap.
Ambil satu 25, ambil lima 100, pilih nomor di layar.
Pembayaran transfer, kirim hari Senin.
"""),
("comment", "market_route", 1, 1, 1, 1, """
Kalau mau yang murah langsung ke Kebon Kalapa aja kak, kios saya di lantai 2 dekat tangga.
Kemeja 20rb, jaket 50rb, semua barang baru turun dari karung.
Tanya aja Kang Dede, semua orang kenal.
"""),
("message", "wholesale_price_list", 1, 1, 1, 1, """
Pricelist goni Batam update:
Goni kemeja wanita 45kg 2,9jt
Goni kaos anak 45kg 2,4jt
Goni jaket 45kg 4,1jt
Kirim via kapal ke Jakarta, estimasi 5-7 hari. Harga belum termasuk ongkos bongkar.
"""),
("post", "regional_code_word", 1, 1, 1, 1, """
Roma Pasar Terong datang lagi saudara-saudara 😄
Baju roma pilihan, kemeja kantor 15 ribu, celana kain 20 ribu.
Kami buka dari subuh, siapa cepat dia dapat barang bagus.
Ditunggu di lapak Daeng Rani, samping penjual ikan kering.
"""),
]
