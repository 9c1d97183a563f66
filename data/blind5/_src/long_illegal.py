# Hand-written multi-line records, illegal (all four elements present).
# (kind, category, elements "offer used clothing abroad", text)
LONG_ILLEGAL = [
# ---------------- plain_offer (8)
("listing", "plain_offer", "1111", """
👕 BAJU BEKAS IMPOR KOREA — READY STOCK
Kondisi 85-95%, sudah dicuci & disetrika
• Kemeja kerja pria: 35rb
• Blus wanita: 30rb
• Jaket parasut: 65rb
Ongkir dari Cibinong, bisa COD sekitar Bogor.
Pemesanan: DM atau WA 0813xxxx
"""),
("message", "plain_offer", "1111", """
Assalamualaikum ibu-ibu grup arisan 🙏
Saya lagi jualan baju bekas impor dari Jepang, kualitasnya bagus2, banyak merk.
Gamis 45rb, tunik 30rb, celana kulot 25rb.
Bisa diantar ke rumah kalau masih satu kecamatan.
Yang mau lihat foto japri saya ya, terima kasih.
"""),
("listing", "plain_offer", "1111", """
DIJUAL: Jaket kulit bekas impor Eropa (Italia)
Ukuran L, warna coklat tua, lapisan dalam masih utuh
Ada sedikit lecet di siku kanan (lihat foto 4)
Harga 650.000, nego tipis
Lokasi Semarang, bisa kirim pakai kargo
"""),
("post", "plain_offer", "1111", """
Dear all, sy buka lapak kecil2an jual pakaian second luar negeri (mostly Korea & Jepang).
Harga bersahabat buat anak kos: kaos 15k, hoodie 55k, celana 35k.
Lokasi dekat kampus Unhas, pintu 1.
Jam buka 4 sore - 9 malam. Mampir ki!
"""),
("listing", "plain_offer", "1111", """
Sepatu bekas impor Amerika ORIGINAL
- Nike Air Max 90, size 42, insole baru
- Adidas Samba, size 41, sol 80%
- New Balance 574, size 43
Harga mulai 280rb. Foto real, bukan ambil dari internet.
Kirim dari Malang via JNT / SiCepat.
"""),
("post", "plain_offer", "1111", """
Wilujeng enjing 🌞
Abdi gaduh baju bekas impor ti Korea, kaos, kemeja, jaket, sadayana masih sae.
Kaos 20 rebu, kemeja 35 rebu, jaket 70 rebu.
Tiasa dikintun ka Garut, Tasik, Ciamis. Mangga japri.
"""),
("post", "plain_offer", "1111", """
Horas! Kami ada jual pakaian bekas Eropa, jas dan kemeja lengan panjang, ukuran besar-besar.
Jas mulai 80 ribu, kemeja 30 ribu.
Lokasi Siantar, dekat gereja. Datang saja langsung, bisa tawar.
"""),
("listing", "plain_offer", "1111", """
Pre-loved imported clothes from Japan 🇯🇵
Cardigan, knitwear, pleated skirts — hand-picked, washed, ready to wear.
Prices 40k - 120k, bundle 3 pcs get 10% off.
Shipping from Yogyakarta every Mon/Thu.
Order via DM only.
"""),
# ---------------- evasive_spelling (8)
("post", "evasive_spelling", "1111", """
R3ADY B4JU B3K4S 1MP0R 🇰🇷
k3m3ja 30rb | j4k3t 60rb | c3l4n4 40rb
st0k terb4t4s, s1l4hk4n DM
jgn tulis k4t4 asli di k0l0m k0m3n ya biar aman 🙏
k1r1m d4r1 S3r4ng t1ap h4r1
"""),
("listing", "evasive_spelling", "1111", """
Jual ｂａｌ ｋｏｒｅａ isi kaos & kemeja
Berat ±100 kg, segel belum dibuka
Harga 4,5 jt, lokasi Bekasi
Pengiriman pakai ekspedisi langganan, aman
Bisa juga ambil eceran, kaos 15rb per potong
"""),
("post", "evasive_spelling", "1111", """
Tнrιfт ιмpor new drop hari ini ✨
jaket denim 90k, flanel 45k, sweater 50k
semua b*kas luar, tp kondisi mulus
order lewat link di bio ya guys
stok cuma 1 per model, jadi gercep 🏃‍♀️
"""),
("post", "evasive_spelling", "1111", """
k a r u n g a n   j e p a n g   masuk lagi!!
isi campur: kaos, celana, jaket
ambil 1 karung 3,2 jt / eceran 20rb per pcs
lokasi Tangerang, japri serius
"""),
("post", "evasive_spelling", "1111", """
🅱🅰🅻🅻🅿🆁🅴🆂🆂 ready kak
kemeja wanita Korea, isi sekitar 280 pcs
bisa bagi dua sama temen
info lanjut lewat WA ya, jgn di kolom komen
harga 5,2 jt, lokasi gudang Sukabumi
"""),
("listing", "evasive_spelling", "1111", """
c.a.k.a.r  m.u.r.a.h  Makassar
blus, rok, celana jeans, semua seken dari Korea
10 ribu - 50 ribu
lokasi dekat Pasar Daya, chat saja dulu
bisa antar ke Antang & Tamalanrea
"""),
("post", "evasive_spelling", "1111", """
Baju b3k4s 1mp0rт lagi diskon 😍
Buat yg nanya "ini dari mana kak?" → j3p4ng & k0r34 ya
Kaos 3 ambil 50rb
Kirim se-Jabodetabek
Yg mau liat video real pict chat admin aja
"""),
("post", "evasive_spelling", "1111", """
m0nz4 r3ady kawan 🔥
jaket gunung ex k0re4 75rb
celana cargo 45rb
pajak kami buka Selasa, Jumat, Minggu
chat aja kalo mau dikirim
ongkir ke Binjai & Lubuk Pakam murah
"""),
# ---------------- regional_code_word (8) - mostly without famous words
("post", "regional_code_word", "1111", """
Lelong minggu ini banyak yang cantik!
Kemeja kantor 20 ribu, celana jeans 35 ribu, sepatu sport mulai 90 ribu.
Kedai buka dari jam 8 pagi, Jalan Serdam gang sebelah warung kopi.
Yang mau dikirim ke Kubu Raya bisa, ongkos sikit je.
"""),
("post", "regional_code_word", "1111", """
Burjer na denggan sian Jerman dohot Belanda! 😄
Jas 100 ribu, kemeja lengan panjang 25 ribu, rok inang 30 ribu.
Onan Balige hari Jumat, lapak dekat penjual ikan mas.
Boi do dipasahat tu Laguboti.
"""),
("listing", "regional_code_word", "1111", """
BAJU BJ LEBARAN 🌙
Gamis dewasa 35rb, koko anak 20rb, setelan balita 15rb
Kualitas pilihan, bukan sisa
Lapak kami di shopping center lantai bawah, Kayuagung
Pesen lewat WA juga biso, kirim ke Tanjung Raja
"""),
("post", "regional_code_word", "1111", """
Baju Batam datang lagi bu ibu 🙋‍♀️
Daster, blus, celana panjang, semua layak dan wangi habis dicuci.
10 ribu - 35 ribu.
Rumah saya di belakang SD Inpres, Metro Pusat. Bisa titip ke kurir kampung.
"""),
("post", "regional_code_word", "1111", """
RB baru buka hari ini e 🥳
Dress 35, kemeja 25, jeans 45 (ribu).
Katong pung lapak di Oebobo los depan, dekat tukang kelapa muda.
Sonde ada ongkir kalau ambil sendiri.
"""),
("listing", "regional_code_word", "1111", """
Barang roma pilihan dari Kalbar
Kemeja, blazer, seprei dan gorden
Semua sudah dipilah, yang sobek tidak dijual
Harga kemeja 25 ribu, blazer 60 ribu
Bisa kirim ke Ketapang pakai bus malam
"""),
("post", "regional_code_word", "1111", """
Butik euy 😁 (butut saeutik)
Jaket kulit 150 rebu, kemeja flanel 35 rebu, jeans 45 rebu
Dijamin teu aya nu sami, hiji model hiji wungkul
Nu hoyong langsung ka lapak abdi di Tegallega, unggal Minggu
"""),
("listing", "regional_code_word", "1111", """
Baju BI stok terbaru, langsung dari pengepul Batam
Kemeja 25rb, kaos 15rb, celana 30rb
Bisa COD Blitar kota & Wlingi
Pesanan luar kota dikirim tiap Selasa
"""),
# ---------------- market_name_offer (8) - mostly without famous words
("post", "market_name_offer", "1111", """
Jastip Pajak Melati hari Jumat 🛍️
Kakak tinggal kirim request (ukuran, warna, model), aku yang ngubek.
Fee 15rb/pcs, barang seken dicuci dulu sebelum dikirim.
Close request Kamis malam jam 9.
"""),
("listing", "market_name_offer", "1111", """
Seken pilihan dari Pasar Terong, pas buka baru hari Minggu
- Cardigan rajut 45 ribu
- Dress pesta 90 ribu
- Celana jeans wanita 50 ribu
Kirim ke Gowa & Maros bisa, luar Sulsel pakai JNE
"""),
("post", "market_name_offer", "1111", """
Aku baru pulang dari Karang Sukun bawa sekarung barang seken 😅
Isinya jaket, hoodie, sama kemeja bermerk. Semua dicuci dulu ya.
Harga 25k - 100k, mulai dijual besok jam 10 di IG.
Pengiriman dari Mataram.
"""),
("post", "market_name_offer", "1111", """
OPEN JASTIP POKONCOL (Poncol Senen)
Sabtu pagi aku ke sana, kalian titip apa?
Jaket, kemeja, sepatu seken luar — sebut budget, aku cariin.
Fee 10% dari harga barang, min 10rb.
"""),
("listing", "market_name_offer", "1111", """
Koleksi seken dari Pasar Kodim lantai 3 Pekanbaru
Celana chino 40rb, kemeja linen 45rb, jaket bomber 85rb
Semua barang satuan, siapa cepat dia dapat
COD depan Mal SKA atau kirim ke Dumai, Duri, Bangkinang
"""),
("post", "market_name_offer", "1111", """
Minggu pagi di Simpang Limun dapat banyak barang seken bagus kawan!
Kujual lagi di rumah, Jl. Karya Wisata, mulai jam 4 sore.
Jaket 60 ribu, kemeja 25 ribu, tas 70 ribu.
Datang aja, jangan lupa bawa kantong sendiri 🙏
"""),
("listing", "market_name_offer", "1111", """
Stok dari Pasar Higienis Ternate, lantai 2
Blus kantor, rok span, gaun pesta — semua seken luar negeri
Blus tiga seratus ribu, gaun 120 ribu
Kirim ke Tidore & Sofifi pakai speed pagi
"""),
("post", "market_name_offer", "1111", """
Jastip Gedebage tiap Sabtu ✨
List request: jaket kulit, windbreaker, sepatu boots seken
Aku video call langsung dari kios biar kakak bisa pilih
Fee 20rb per barang, kirim dari Bandung hari Senin
"""),
# ---------------- port_route_offer (8) - mostly without famous words
("post", "port_route_offer", "1111", """
Barang baru sampai dari Tawau, diseberangkan ke Sebatik tadi subuh.
Isinya pakaian seken campur: kemeja, kaos, celana, sedikit sepatu.
Harga eceran 10-30 ribu, ambil satu karung bisa nego.
Yang di Nunukan bisa saya antar pakai motor.
"""),
("listing", "port_route_offer", "1111", """
PAKAIAN SEKEN SINGAPURA — jalur Batam
Stok gudang Batu Aji, siap kirim ke Jawa dan Sumatera
Kemeja kerja 25rb, jaket 55rb, celana bahan 30rb
Harga grosir untuk ambil 1 koli ke atas
Pengiriman pakai kapal barang, estimasi 5-7 hari
"""),
("post", "port_route_offer", "1111", """
Kawan-kawan Sanggau, barang seken dari Kuching sudah lewat Entikong.
Jaket, sweater, sepatu kulit, tas kerja.
Sepatu mulai 100 ribu, jaket 70 ribu.
Ambil di rumah, Jalan Kartini, atau minta antar sore hari.
"""),
("listing", "port_route_offer", "1111", """
Barang masuk via Tanjungbalai Asahan dari Port Klang
Pakaian seken Jepang & Korea, sudah dipilah
- Kemeja 20rb, kaos 12rb, jaket 50rb
- Ambil per goni lebih murah, tanya harga
Kirim ke Kisaran, Rantauprapat, Medan
"""),
("post", "port_route_offer", "1111", """
Barang dari seberang (Johor) sampai Karimun semalam.
Yang mau ambil pakaian second untuk jualan lagi, stok ada 14 karung.
Per karung isi ±200 potong, harga beda tergantung isi.
Hubungi Bang Rudi, WA 0852xxxx, jangan telepon malam.
"""),
("listing", "port_route_offer", "1111", """
Sepatu & tas seken Malaysia lewat Jagoi Babang 🚚
Sepatu kulit kerja 120 ribu, sneakers 150 ribu, tas selempang 60 ribu
Barang dibersihkan dulu sebelum dijual
Toko kami di Bengkayang, buka tiap hari kecuali Minggu
"""),
("post", "port_route_offer", "1111", """
Speed dari Nunukan baru sandar di Tengkayu, bawa pakaian seken dari Tawau.
Kemeja kantor, celana panjang, baju anak.
Yang mau ambil eceran atau sekoli, datang ke gudang belakang pelabuhan.
Bayar tunai, tidak bisa utang.
"""),
("listing", "port_route_offer", "1111", """
Kiriman pakaian seken dari Singapura via Dumai
Musim hujan: jaket tebal & sweater banyak
Jaket 45rb, sweater 35rb, celana 25rb
Pengiriman ke Pekanbaru tiap hari pakai travel
"""),
# ---------------- bale_grade_wholesale (7)
("listing", "bale_grade_wholesale", "1111", """
DAFTAR HARGA KARUNG (update minggu ini)
• Kaos Korea grade A, ±280 pcs — 4,3 jt
• Kemeja wanita Jepang grade A — 4,8 jt
• Jaket campur grade B — 3,6 jt
• Celana anak Korea — 2,9 jt
Gudang Cileungsi, ambil sendiri atau kirim ekspedisi. Minimal order 1 karung.
"""),
("listing", "bale_grade_wholesale", "1111", """
Goni seken Korea segel, berat 100 kg
Grade sortir: SS / A / B
SS isi barang branded 70%, A isi 50%, B campuran
Harga: SS 7jt, A 5jt, B 3,2jt
Franco Medan, ongkir ke luar kota ditanggung pembeli
"""),
("listing", "bale_grade_wholesale", "1111", """
Jual bal sepatu import campuran
Isi 25-30 pasang per bal, grade A (mayoritas layak jual)
Harga 4 jt/bal, ambil 3 bal harga 3,7 jt/bal
Lokasi gudang Sidoarjo, pengiriman seluruh Jawa
"""),
("listing", "bale_grade_wholesale", "1111", """
Kiloan pakaian seken Jepang — bisa ambil sedikit!
Harga 50rb/kg untuk grade A, 35rb/kg grade B
Min 10 kg, campur model bebas
Cocok buat yang baru mulai jualan online
Ambil di Karawang atau kirim pakai kargo darat
"""),
("listing", "bale_grade_wholesale", "1111", """
Karung jaket winter seken Eropa
Isi ±60 pcs: coat, parka, puffer
Kualitas cream, minim cacat
Harga 6,5 jt per karung, stok 8 karung
Serius hubungi admin gudang, tidak melayani tanya-tanya saja
"""),
("listing", "bale_grade_wholesale", "1111", """
Grosir koli tas seken Korea
1 koli ± 50 tas (selempang, ransel, tote)
Grade A: 3,8 jt | Grade B: 2,6 jt
Video isi koli dikirim sebelum transfer
Kirim dari Tangerang ke seluruh Indonesia
"""),
("listing", "bale_grade_wholesale", "1111", """
Ready ballpress baju anak buda-buda, isi 300-350 potong
Grade super, layak semua untuk dijual eceran 10 ribuan
Harga 3 juta satu ball, ambil dua dapat potongan
Lokasi Sengkang, kirim ke Sidrap & Soppeng
"""),
# ---------------- live_bongkar_bal (7)
("live", "live_bongkar_bal", "1111", """
🔴 LIVE MALAM INI JAM 19.30 WIB
Bongkar bal kemeja Jepang segel baru!
Cara beli: ketik nomor hanger + ukuran di komentar, admin catat, checkout via keranjang.
Semua item 35rb, jaket 60rb.
Yang join dari awal dapat voucher ongkir 👀
"""),
("live", "live_bongkar_bal", "1111", """
Besok jam 10 pagi kita live bongkar karung seken dari Korea ya!
Isinya kata supplier banyak hoodie dan kaos kampus.
Harga buka 20rb, yang beli 5 pcs gratis 1.
Nyalain notif biar gak ketinggalan 🔔
"""),
("live", "live_bongkar_bal", "1111", """
LIVE TIKTOK – PECAH GONI SEPATU
Jam 8 malam, goni baru dari Tawau kita buka bareng
Size 39-44, harga 80-200rb tergantung merk
Sebut 'mau' + nomor, yang pertama komen yang dapat
"""),
("live", "live_bongkar_bal", "1111", """
Live IG sesi sore 🎥
Kita buka goni RB isi dress & rok, langsung dari Kupang
Dress 30 ribu, rok 20 ribu
Bayar transfer maksimal 1 jam setelah live, lewat dari itu dilepas ya
"""),
("live", "live_bongkar_bal", "1111", """
⚠️ Reminder live jam 9 malam
Bongkar ballpress jaket kulit Eropa, cuma ada 1 ball jadi stok terbatas
Harga mulai 150rb
Live di Shopee, pastikan sudah follow toko
"""),
("live", "live_bongkar_bal", "1111", """
Live Facebook malam Minggu bersama Mak Ijah 😄
Kita bongkar lelong yang baru masuk dari Singkawang
Kemeja 15 ribu, celana 20 ribu, sepatu 70 ribu
Tulis nama dan nomor barang di komentar, nanti Mak Ijah yang hitung
"""),
("live", "live_bongkar_bal", "1111", """
LIVE BUKA KARUNG JEPANG 🇯🇵
Minggu jam 4 sore, rekam dari segel dibuka sampai habis
Isi: kaos, kemeja, jaket — seken semua, sudah kami cek tidak ada yang basah
Semua harga 25rb, jaket 50rb
Yang menang kuis dapat 1 kaos gratis
"""),
# ---------------- haul_to_shop (7)
("post", "haul_to_shop", "1111", """
HAUL GEDEBAGE 🛍️ (part 3)
Dapet 14 item: 6 jaket, 5 kemeja, 3 celana.
Favoritku jaket corduroy warna mustard, cuma nemu satu!
Semua udah dicuci dan siap dijual lagi di toko aku, link di bio.
Drop jam 8 malam ya, first come first serve.
"""),
("post", "haul_to_shop", "1111", """
Weekend kemarin ngubek Pajak Melati sampai sore, ini hasilnya 👇
- 3 tas kulit
- 4 blazer wanita
- 2 jaket denim
Semua aku post di akun jualan @lemari.kedua.mdn, harga mulai 45k.
"""),
("post", "haul_to_shop", "1111", """
Haul lelong Komplek UK ✨
Dapat sepatu lari 6 pasang, hampir semua masih empuk.
Sudah aku cuci pakai sabun khusus, siap pakai.
Yang minat bisa cek katalog di WA Business aku, harga 120-250rb.
"""),
("post", "haul_to_shop", "1111", """
Hasil ngawul Sekaten tahun ini lumayan 😆
12 kaos band, 4 flanel, 2 jaket varsity.
Aku jual lagi di Shopee, nama tokonya ada di bio.
Yang di Jogja bisa COD di Alun-alun Kidul.
"""),
("post", "haul_to_shop", "1111", """
RB haul dari Pasar Alok hari Minggu 🌴
Banyak dress bunga-bunga dan kemeja linen.
Aku pilih yang bagus, cuci, setrika, lalu foto ulang.
Mulai dijual besok di story, harga 30-60 ribu. Kirim ke Ende & Larantuka bisa.
"""),
("post", "haul_to_shop", "1111", """
Haul Poncol hari ini cuma 3 jam tapi dapet banyak 😭
Jaket outdoor merk terkenal 3 biji, celana cargo 4, topi 5.
Semua masuk toko TikTok aku malam ini jam 7.
Kode diskon buat followers: PONCOL10
"""),
("post", "haul_to_shop", "1111", """
Pulang dari Pasar Kodim bawa sekantong penuh 🙈
Celana kulot, blus, cardigan — seken tapi mulus.
Aku jual lagi lewat grup WA "Lemari Pekanbaru", yang mau gabung DM.
Harga ramah, 20-50 ribu.
"""),
# ---------------- reseller_recruitment (7)
("post", "reseller_recruitment", "1111", """
📢 DICARI RESELLER & DROPSHIPPER
Produk: pakaian bekas impor Korea-Jepang (sudah disortir & dicuci)
Keuntungan:
✅ Harga reseller mulai 12rb/pcs
✅ Foto & video produk disediakan
✅ Bisa dropship tanpa stok
Daftar gratis, isi form di link bio.
"""),
("post", "reseller_recruitment", "1111", """
Mau punya usaha lelong sendiri di kampung?
Kami sediakan barang dari gudang Pontianak, bisa ambil setengah karung dulu.
Dibantu cara milih harga & cara pajang.
Sudah ada agen di Sambas, Mempawah, Landak. Daerah lain masih kosong!
"""),
("post", "reseller_recruitment", "1111", """
OPEN MITRA KARUNG SEKEN 🇰🇷
Modal mulai 2,5 jt sudah dapat 1 karung grade B + pelatihan jualan live.
Mitra dapat harga khusus & prioritas stok baru.
Terbatas 20 mitra per provinsi.
Info: admin Mbak Wulan (chat only)
"""),
("post", "reseller_recruitment", "1111", """
Rekrut agen RB untuk Flores Timur dan Lembata
Barang kiriman dari Makassar via kapal, per goni isi 250an potong
Agen dapat harga lebih murah 10% dari harga grosir
Syarat: punya tempat jualan tetap
Hubungi kami di nomor di bawah ini 👇 0821xxxx
"""),
("post", "reseller_recruitment", "1111", """
Buat kamu yang mau jualan baju bekas luar tapi gak punya modal:
👉 Join jadi dropshipper kami
👉 Tinggal posting foto, kami yang kirim
👉 Untung 15-25rb per barang
Barang dari gudang Batam, dikirim tiap hari kerja.
"""),
("post", "reseller_recruitment", "1111", """
Ajakan usaha untuk ibu-ibu rumah tangga 🙏
Jual monza dari rumah, ambil barang dari kami di Pajak Sambu.
Bisa ambil per lusin, dipilih sendiri.
Ada grup belajar jualan online tiap Rabu malam, gratis.
"""),
("post", "reseller_recruitment", "1111", """
PELUANG USAHA — Reseller sepatu seken Tawau
Area: Tarakan, Malinau, Tanjung Selor, Berau
Sistem: ambil per kardus (20 pasang), bayar setengah di depan
Kirim lewat speed reguler, aman sampai
Info lengkap japri Pak Haris
"""),
# ---------------- seller_bio (7)
("profile", "seller_bio", "1111", """
🌿 Lemari Kedua Pontianak 🌿
Lelong pilihan sejak 2015
📍 Jl. Gusti Situt Mahmud, Pontianak Utara
🕗 Sabtu & Minggu 08.00-15.00
📦 Kirim ke seluruh Kalbar
💬 Tanya stok lewat WA
"""),
("profile", "seller_bio", "1111", """
Supplier bal Korea, Jepang, Thailand
Gudang: Bekasi & Medan
Melayani grosir (min 1 bal) & reseller
Testimoni di sorotan ⭐
Admin fast respon jam kerja
Retur hanya untuk bal rusak saat pengiriman
"""),
("profile", "seller_bio", "1111", """
RB Mama Yuli 🌺 Kendari
Baju, celana, sepatu seken luar negeri
Lantai 2 Pasar Sentral Kota Lama, los 14
Buka baru tiap Rabu & Sabtu
Pesanan dari Kolaka & Konawe dikirim lewat travel
"""),
("profile", "seller_bio", "1111", """
thrift.kita.id
curated second import (japan/korea) 🇯🇵🇰🇷
drop tiap jumat 8pm | no keep no rewel
pengiriman dari Depok
semua barang dicuci & disetrika sebelum dikirim
"""),
("profile", "seller_bio", "1111", """
Toko Burjer Ompu Sitanggang
Jas, kemeja, sweater dari Eropa
Onan Dolok Sanggul (Jumat) & Siborongborong (Selasa)
Terima pesanan ukuran besar
Bisa titip kirim lewat bus ke Medan
"""),
("profile", "seller_bio", "1111", """
Cimol Corner by Kang Asep 👖
Jeans & jaket seken pilihan, kios blok D no 27 Gedebage
Buka tiap hari 09.00-16.00
Pemesanan online via WA, kirim seluruh Indonesia
"""),
("profile", "seller_bio", "1111", """
Gudang Goni Sebatik
Pakaian & sepatu seken Malaysia, grosir/eceran
Ambil di Aji Kuning atau kirim ke Nunukan & Tarakan
Bayar tunai / transfer
Buka setiap hari kecuali Jumat siang
"""),
# ---------------- comment_reply_offer (7)
("comment", "comment_reply_offer", "1111", """
@tasya.nrl: kak jaket yg kuning masih ada?
@lapak.senja: Masih kak 🙏 itu bekas impor Jepang, ukuran M, 85rb. Aku DM foto detailnya ya
@tasya.nrl: oke kak ditunggu
"""),
("comment", "comment_reply_offer", "1111", """
Pertanyaan: "Bang, lelong sepatu yang minggu lalu masih ada yang 42?"
Jawab: Ada dua lagi bang, Adidas sama Puma, 130 ribu satu. Datang aja ke kedai atau saya kirim.
"""),
("comment", "comment_reply_offer", "1111", """
> bisa ambil setengah karung aja gak min?
Bisa kak, karung Korea kami bisa dibagi 50 kg, harganya 2,4 jt. Nanti admin yang atur pembagiannya 😊
> oke min, aku transfer DP dulu ya
"""),
("comment", "comment_reply_offer", "1111", """
@rinamarpaung: dmn belinya ito?
@monza_sianturi: Di lapak kami ito, Pajak Melati blok B. Jaket itu seken Korea, 75 ribu, masih ada tiga warna. Bisa kirim juga.
"""),
("comment", "comment_reply_offer", "1111", """
Ibu Marthen tanya: RB anak masih ada ka?
Balas: Ada ibu, goni baru buka kemarin. Baju anak 10 ribu, celana 15 ribu. Beta antar ke rumah sore nanti e.
Ibu Marthen: Oke, beta tunggu e, danke.
"""),
("comment", "comment_reply_offer", "1111", """
"grade A-nya isi apa aja kak?"
→ Isinya kaos, kemeja, dan sweater seken dari Jepang kak, 90% layak jual. Satu koli 4,1 juta. Video isi bisa dikirim dulu.
"""),
("comment", "comment_reply_offer", "1111", """
@fajar.bgr: cod bogor bisa?
@gudangbal.bgr: Bisa kak, ambil bal di gudang Cibinong atau COD stasiun Bogor. Untuk eceran juga ada, 25rb/pcs.
@fajar.bgr: sip, besok saya ke gudang
"""),
# ---------------- buried_offer (7)
("post", "buried_offer", "1111", """
Alhamdulillah hari ini si kecil udah bisa jalan 3 langkah 🥹
Tadi pagi juga sempat ke posyandu, berat badannya naik.
Oh ya buat yang nanya kemarin, karung seken Korea masih ada satu, 3 jt.
Malamnya kita makan bakso rame-rame, seneng banget.
"""),
("post", "buried_offer", "1111", """
Catatan hari Rabu:
- Servis motor di bengkel Pak Udin, ganti oli.
- Jemput ibu dari pengajian.
- Lelong kemeja 20 ribu masih ada 6, yang mau WA.
- Bayar listrik sebelum tanggal 20.
"""),
("post", "buried_offer", "1111", """
Musim duren sudah mulai di Sidikalang, harganya masih mahal.
Jalanan ke Dairi lagi diperbaiki, hati-hati yang lewat.
Burjer jas sama kemeja baru datang, mampir ke kios kami.
Semoga panen kopi tahun ini bagus.
"""),
("post", "buried_offer", "1111", """
Tadi malam hujan angin kencang, atap dapur bocor lagi 😩
Anak-anak tetap semangat belajar meski lampu mati.
Sekalian info, RB goni baru dari Makassar sudah buka, blus 15 ribu.
Besok mau panggil tukang buat betulin genteng.
"""),
("post", "buried_offer", "1111", """
Review singkat film semalam: alurnya bagus tapi endingnya gantung.
Popcorn di bioskop sekarang 60rb, mahal amat.
By the way, bal kaos Jepang ready 2, yang minat chat.
Minggu depan mau nonton yang horor.
"""),
("post", "buried_offer", "1111", """
Selamat hari guru untuk semua guru di SD 12 🙏
Terima kasih sudah sabar mengajar anak-anak kami.
Barang PJ jaket & celana seken masih ada, 40 ribuan.
Semoga sehat selalu, bapak ibu guru.
"""),
("post", "buried_offer", "1111", """
Latihan voli sore ini pindah ke lapangan kantor camat.
Iuran bulan ini 20 ribu, bayar ke bendahara ya.
Yang cari sepatu seken Tawau buat main, saya ada 5 pasang, 100 ribu.
Jangan terlambat, mulai jam 4 tepat.
"""),
# ---------------- realworld_tweet (6, threads)
("post", "realworld_tweet", "1111", """
thread jualan 🧵 semua seken import, harga udh termasuk laundry
1. jaket varsity navy L 85k
2. flanel merah kotak M 40k
3. hoodie abu XL 60k
dm aja, first dm first get. rt sangat membantu ya 🙏
"""),
("post", "realworld_tweet", "1111", """
gaes aku buka jastip pasar senen tiap sabtu mulai minggu ini
budget bebas, sebut aja mau apa (jaket/kemeja/celana seken)
fee 10k/pcs, kirim dari jakpus
quote tweet ini buat list kalian ya
"""),
("post", "realworld_tweet", "1111", """
gue sm temen patungan ambil 1 bal kaos korea, ternyata isinya kebanyakan 😭
jadi kita jual lagi aja ya, semua 20k, ada 60an pcs
mau liat foto reply aja nanti gue kirim
"""),
("post", "realworld_tweet", "1111", """
yg di pontianak & sekitarnya, lelong aku restock hari ini 😊
kemeja linen, celana bahan, sepatu kerja
buka di rumah jl. tanjung raya 2 mulai jam 3 sore
wa aja lebih cepet
"""),
("post", "realworld_tweet", "1111", """
bismillah buka lapak lagi stlh sempet tutup gara2 razia
sepatu seken dari tawau, size lengkap
cek foto di akun sebelah, harga 100-180rb
bisa kirim ke tarakan & berau
"""),
("post", "realworld_tweet", "1111", """
wts karung jepang sisa 1, belom dibuka, segel
harga 3,3jt nett, lokasi tangsel
cuma buat yg beneran mau ya, bukan yg nanya2 doang terus ngilang 🙃
bisa cek isi pake video call dulu
"""),
# ---------------- realworld_review (5)
("review", "realworld_review", "1111", """
⭐⭐⭐⭐ Barang sesuai, jaketnya tebal walau ada noda kecil di lengan.
Balasan Penjual: Terima kasih kak sudah belanja 🙏 namanya second import ya kak, kadang ada noda pemakaian. Karung Jepang baru masuk hari Jumat, cek etalase lagi ya, ada voucher buat pembeli lama.
"""),
("review", "realworld_review", "1111", """
Ulasan: ngirimnya cepet, kemejanya wangi krn udh dilaundry. Packing rapi.
Tanggapan toko: Makasih kak! Goni Korea minggu depan isinya kebanyakan blus kantor, pas buat kakak. Langsung chat aja kalau mau dikeep duluan.
"""),
("review", "realworld_review", "1111", """
5/5 pokoknya langganan di sini.
Buat yg di Medan, lapaknya di Pamela blok C, jualannya seken Korea semua, harga bersahabat. Selasa sm Jumat biasanya buka barang baru, dateng pagi biar dapet yg bagus.
"""),
("review", "realworld_review", "1111", """
★★★☆☆ ukurannya kekecilan, label Jepang beda sama ukuran lokal.
Respon penjual: Mohon maaf kak 🙏 untuk barang bekas luar kami gak bisa retur, tapi kakak bisa tukar ukuran kalau masih ada stok. Kiloan grade A juga ready kalau kakak mau ambil buat jualan.
"""),
("review", "realworld_review", "1111", """
Rekomen bgt buat anak Bandung yg males ke Gedebage!
Seller ini ngambil langsung dari sana, udah dicuci, tinggal pake. Harga cuma beda dikit. Aku udah beli 4x, tokonya "Kios Ceu Enok" di Shopee. Jaketnya pada bagus2.
"""),
]
