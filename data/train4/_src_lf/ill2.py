from common import R

# ---------- illegal: routes, ports, markets ----------
R("listing", "illegal_route_market", "1111", """
Barang turun Batu Ampar tiap Selasa 🚢
Kemeja & kaos campur, bal 100 kg, belum dibuka
Harga 6,5jt loco gudang Batam, kirim ke Jawa bisa via ekspedisi laut (ongkir terpisah)
Minimal order 2 bal
Yang dari Sumatera bisa lewat kapal roro, kami bantu urus sampai pelabuhan tujuan.
Bal dipacking ulang pakai karung plastik dobel biar nggak basah di jalan.
Konfirmasi pesanan paling lambat Senin sore.
""")

R("listing", "illegal_route_market", "1111", """
Jalur Tawau - Nunukan - Parepare, aman sampai tujuan 🙏
Kami terima pesanan karung campuran (jaket, celana, kemeja)
Estimasi 10-14 hari sampai Makassar
Harga per karung 2,8jt sudah termasuk kapal
Pesanan ditutup tiap tanggal 20
""")

R("post", "illegal_route_market", "1111", """
Yg di Kalbar mana suaranya 🙋‍♂️
Barang lewat Entikong udah masuk gudang Sanggau, sweater sama jaket tebel dari Kuching.
Ecer 30-80rb, per karung bisa nego.
Kirim ke Pontianak pake travel, 1 hari sampai.
""")

R("listing", "illegal_route_market", "1111", """
STOK SENEN BLOK III LT 2 🧥
Jaket, crewneck, hoodie — langsung dari kios, bukan foto internet
Ambil ecer 50rb-an, kodian juga bisa (20 pcs)
Bisa video call sebelum beli
Pengiriman tiap hari jam 4 sore
Lagi banyak crewneck kampus Amerika dan jaket varsity, cocok buat yang cari gaya vintage.
Kondisi tiap barang aku tulis jujur, ada noda kecil pasti aku foto close-up.
Mau dateng langsung juga boleh, chat dulu biar aku tandain kiosnya.
""")

R("post", "illegal_route_market", "1111", """
Kulakan Gedebage tanpa harus ke Bandung? Bisa 😁
Kami wakilin pilih langsung di pasar, kirim per karung atau per kodi ke kotamu.
Jaket, celana, sepatu second luar, semua bisa request.
Fee jasa 10% dari nilai belanja. DM untuk daftar antrian minggu ini.
""")

R("listing", "illegal_route_market", "1111", """
Goni dari Teluk Nibung sudah di gudang Kisaran
Isi kemeja kerja, celana kain, rok panjang
Satu goni sekitar 120-150 lembar
Harga 2,3jt, kirim ke Rantau Prapat/Padang Sidempuan pakai truk langganan
Goni masih utuh, belum dibuka sama sekali, timbangan rata-rata 95-100 kilo.
Pembayaran setengah di depan, setengah lagi pas goni diturunkan dari truk.
Yang mau lihat dulu silakan datang ke gudang, tanya Pak Ucok.
""")

R("post", "illegal_route_market", "1111", """
Yang dari Sebatik tanya-tanya tempo hari, barang sudah nyebrang ya 🙏
5 karung jaket sama celana anak, semua dari seberang.
Ambil di rumah atau kami antar sampai pelabuhan Nunukan.
Harga karung 2,5jt, setengah karung juga boleh.
""")

R("listing", "illegal_route_market", "1111", """
Kiriman Singapura via Tanjung Pinang
Tas kulit, dompet, sepatu pantofel
Kondisi bekas pakai, mulus
Borong 1 koli (±60 item) 4,2jt
Kirim dari Bintan ke seluruh Indonesia
Merk campur: Coach, Guess, Charles & Keith, Fossil, ada juga tas tanpa merk.
Beberapa dompet masih ada struk belanja lama di dalamnya 😄
Pembelian ecer juga dilayani, tas mulai 85rb, sepatu mulai 120rb.
""")

R("post", "illegal_route_market", "1111", """
Info barang masuk dari Port Klang ke Dumai minggu ini 📦
Ada 12 bal campur dewasa, 4 bal anak-anak.
Pedagang Pekanbaru, Duri, Bangkinang silakan booking, DP 30% dulu.
Barang sampai gudang langsung kami kabari.
""")

R("listing", "illegal_route_market", "1111", """
Langsung dari Pasar Tanah Abang? Bukan. Ini dari Pasar Cimol Gedebage 😄
Celana jeans Levi's bekas, 501 & 505, size 29-38
Harga 120-180rb
Bisa kirim, bisa COD Bandung timur
Semua barang aku pilih sendiri dari kios-kios di sana, dicuci, baru difoto.
Yang 501 banyak yang made in USA, cek aja foto tag-nya.
Stok berubah tiap hari, jadi kalau cocok jangan kelamaan mikir.
""")

R("post", "illegal_route_market", "1111", """
Lapak kami di Pasar Lakessi udah buka lagi abis lebaran ✨
Karung baru turun dari kapal tadi subuh, masih bau laut 😂
Kemeja, jaket, tas selempang, semua murah.
Bagi yang dari Pinrang sama Sidrap, mampir mi.
""")

R("listing", "illegal_route_market", "1111", """
Jasa titip Pasar Senen 🛍️
Aku ke Blok III tiap Rabu & Sabtu
Bisa request: jaket varsity, crewneck, kemeja flanel, celana kargo
Fee 15rb/item atau 250rb per kodi
Barang dipilih sesuai foto & size yang kamu mau
""")

R("post", "illegal_route_market", "1111", """
Kapal dari Johor sandar di Selat Panjang, barang aman 👍
Kami siap suplai pedagang Riau daratan: bal kemeja, bal celana, bal campur.
Harga bersaing, barang belum dibongkar.
Hubungi admin 0823xxxx.
Rute lanjut ke Tembilahan dan Pekanbaru pakai speedboat dan truk, sudah biasa.
Bal campur rata-rata isi 200 potong, bal kemeja 170 potong.
Pedagang lama dapat prioritas, pedagang baru wajib DP.
""")

R("listing", "illegal_route_market", "1111", """
Sepatu second ex-Bangkok, masuk lewat Belawan
Nike, Adidas, New Balance, Converse
Size 39-45, grade bagus
Harga 150-400rb per pasang, grosir per karung (30 pasang) 5jt
Gudang di Medan Labuhan
Sepatu sudah dicuci dan disemprot disinfektan sebelum dipajang.
Bisa datang langsung cobain ukuran, buka jam 9 pagi sampai jam 6 sore.
Kirim luar kota pakai ekspedisi, packing dus.
""")

R("post", "illegal_route_market", "1111", """
Bos-bos pedagang pasar Sukaramai dan Aksara, barang Langkat masuk lagi malam ini.
Besitang aman, truk jalan jam 2 pagi.
Bal celana jins 3,8jt, bal kemeja 3,2jt.
Yang mau ambil langsung ke gudang, jangan telepon lama-lama.
""")

R("listing", "illegal_route_market", "1111", """
Baju Batam grosir 💥
Kaos distro luar, polo shirt, kemeja flanel
Kondisi second, layak pakai
Per kilo 60rb, minimal 10 kilo
Kirim dari Batam Center, resi keluar H+1
Satu kilo rata-rata dapat 4-5 kaos atau 3 polo.
Barang tidak bisa dipilih satu-satu, tapi dijamin tidak ada yang sobek besar.
Yang sudah langganan boleh minta dipisahkan per ukuran, tambah biaya sortir 5rb/kg.
""")

R("post", "illegal_route_market", "1111", """
Kuala Tungkal - Jambi - Palembang, jalur kami tiap minggu 🚛
Karungan campur dewasa dan anak, harga pedagang.
Yang di Lubuk Linggau dan Muara Enim bisa titip sopir kami.
Harga tergantung isi, japri ya.
""")

R("listing", "illegal_route_market", "1111", """
Bal kiriman Hongkong (via Tanjung Priok, aman)
Isi jaket musim dingin, 80-100 pcs
Harga 9,5jt per bal
Lokasi gudang Cakung, bisa cek isi sampel sebelum bayar
Ada juga bal sweater rajut dan bal celana jeans, harga beda.
Pembelian 3 bal ke atas dapat potongan 500rb per bal.
Kirim pakai truk ke seluruh Jawa, Bali, dan Sumatera bagian selatan.
""")

R("post", "illegal_route_market", "1111", """
Pasar Senen lagi sepi? Nggak buat kami 😎
Masih ada stok lama di lantai 2 dan kami jual online juga.
Kemeja Jepang 45rb, jaket Korea 70rb, kaos vintage 55rb.
Order sebelum jam 2, kirim hari ini juga.
Banyak yang kira barang udah abis semua gara-gara razia, padahal masih banyak kok di kios-kios.
Aku juga bisa cariin request kalian, misal kemeja linen atau celana kulot.
Semua barang dicuci dulu sebelum dikirim.
""")

R("listing", "illegal_route_market", "1111", """
Ready barang Entikong, tas dan sepatu bekas Malaysia
Tas 40-150rb, sepatu 70-250rb
Bisa ambil partai: tas per karung 30 pcs
Lokasi Sanggau, bisa kirim ke Sintang & Sekadau
Tas kebanyakan merk dari mal-mal Kuching, ada yang kulit asli.
Sepatu ada sepatu kerja, sepatu sekolah, dan sepatu olahraga.
Pembayaran bisa transfer atau tunai, bisa ambil di rumah di Jalan Sudirman.
""")

# ---------- illegal: bale grades and units ----------
R("listing", "illegal_bale_grade_unit", "1111", """
BAL GRADE A SUPER - KOREA 🇰🇷
Isi ±180 pcs kaos & kemeja wanita
Kepala banyak, minim cacat
Harga 9,2jt
Grade B (isi 220 pcs) 7jt
Ready 5 bal, siapa cepat dia dapat
Bal diambil langsung dari gudang importir, segel press masih utuh.
Sebelum bayar boleh minta video timbang dan foto label bal.
Pengiriman ke luar Jawa lewat kargo laut, estimasi seminggu.
""")

R("listing", "illegal_bale_grade_unit", "1111", """
Balan pendek ready ✅
Isi ±200 helai, campur kaos, kemeja, celana
Cocok buat yang baru mulai lapak
Harga 3,5jt
Bisa lihat video unboxing bal sejenis sebelum transfer
Kalau baru pertama kali jualan, balan pendek paling aman karena modalnya kecil.
Isinya tetap dari bal Korea yang sama, cuma dipecah di gudang kami.
Bonus: tabel harga jual yang kami sarankan per jenis barang.
""")

R("listing", "illegal_bale_grade_unit", "1111", """
JUAL PER KILO 🔖
Jaket & hoodie: 85rb/kg
Kemeja: 65rb/kg
Kaos campur: 50rb/kg
Min. 20 kg, barang dari bal jepang yang sudah dibuka
Sortiran kepala dijual terpisah
Kiloan ini sudah kami pisahkan dari kepala, jadi isinya badan dan kaki campur.
Timbang di depan pembeli, bisa video call.
Cocok buat pedagang pasar malam atau lapak 10 ribuan.
""")

R("post", "illegal_bale_grade_unit", "1111", """
Ada yang nanya bedanya kepala, badan, kaki?
Kepala = barang terbaik dari bal, bermerek, mulus. Badan = layak, ada minus dikit. Kaki = sisa, buat kiloan.
Nah minggu ini kami jual KEPALA SAJA hasil sortir 6 bal jepang, 150rb-350rb per item.
Badan & kaki dijual borongan ke pedagang, tanya admin.
""")

R("listing", "illegal_bale_grade_unit", "1111", """
Bal 45 kg | Kaos anak campur | 2,1jt
Bal 100 kg | Celana jeans dewasa | 7,8jt
Bal 100 kg | Jaket ski & parka | 11jt
Semua bal segel, belum pernah dibuka
Asal Jepang & Korea
Ongkir dihitung per berat
Bal 60 kg | Sweater & cardigan | 5,4jt
Tiap bal ada label berat dari gudang asal, tidak kami buka ulang.
Pemesanan minimal 1 bal, pembayaran lunas sebelum kirim.
""")

R("listing", "illegal_bale_grade_unit", "1111", """
Satu koli tas branded campur
Isi 60-70 tas: selempang, ransel, tote
Grade AB
4,8jt per koli
Bisa dikirim ke luar pulau, packing karung dobel
Merk yang sering keluar: Coach, Kate Spade, Longchamp, Furla, MK.
Isi koli tidak bisa dipilih, tapi kami jamin minimal 40% bermerek.
Cocok buat reseller tas second di IG dan marketplace.
""")

R("post", "illegal_bale_grade_unit", "1111", """
UNSORTIR vs SORTIR, pilih mana? 🤔
Unsortir: isi apa adanya dari pabrik press, harga 6jt, untung bisa gede kalau hoki.
Sortir: kami buka dulu, kepala kami pisah, harga 4jt tapi isinya badan semua.
Dua-duanya ready minggu ini. Chat untuk slot.
""")

R("listing", "illegal_bale_grade_unit", "1111", """
Kemeja kantor pria, per kodi
1 kodi = 20 pcs, 400rb
5 kodi = 1,8jt
Barang second luar, sudah dipilih, no robek no noda
Size M-XL dominan
Mayoritas dari bal Jepang, jadi ukuran agak kecil, M Jepang setara S lokal.
Bahan katun dan campuran polyester, banyak yang non-iron.
Pengiriman dalam plastik vakum biar hemat ongkir.
""")

R("listing", "illegal_bale_grade_unit", "1111", """
BAL CROWNECK USA 🇺🇸
±150 pcs per bal
Champion, Russell, Gildan, Hanes, banyak print kampus
Grade A/B mix
Harga 10,5jt
Bonus 5 pcs kaos band lawas kalau ambil 2 bal
Isi bal tidak kami buka, jadi murni untung-untungan, tapi dari pengalaman pelanggan rata-rata dapat 20-30 kepala.
Tersedia 4 bal, 1 bal sudah di-booking.
DP 3jt untuk keep maksimal 5 hari.
""")

R("listing", "illegal_bale_grade_unit", "1111", """
Karung jas & blazer
Isi 100-120 pcs, dominan wol
Cocok untuk toko formal & wisuda
Harga 6,8jt per karung
Kondisi: 70% mulus, 30% perlu dry clean
Banyak yang merk Jepang dan Eropa, ada juga beberapa jas lengkap dengan celana.
Kalau buka lapak dekat kampus, biasanya laku keras menjelang musim wisuda.
Bisa ambil setengah karung dengan harga 3,6jt.
""")

R("post", "illegal_bale_grade_unit", "1111", """
Info harga minggu ini (per bal, loco gudang):
🇯🇵 Jepang campur: 13,5jt
🇰🇷 Korea campur: 9jt
🇹🇼 Taiwan kemeja: 7,5jt
🇨🇳 China: tidak kami sediakan (nggak laku)
Sistem: DP 50%, pelunasan saat bal siap kirim.
""")

R("listing", "illegal_bale_grade_unit", "1111", """
Sepatu per karung 👟
Isi 30 pasang campur merk
Grade A (ukuran 39-44) 5,5jt
Grade B (ada minus sol) 3,2jt
Semua dari Thailand, sudah di gudang
Isi karung campur sneakers, sepatu kerja, dan sandal gunung.
Setiap pasang sudah diikat talinya biar nggak ketuker.
Karung grade B cocok buat yang mau restorasi sepatu sendiri lalu dijual lagi.
""")

R("listing", "illegal_bale_grade_unit", "1111", """
1/4 bal, 1/2 bal, full bal - semua bisa 🙌
Buat yang modalnya terbatas, kami buka sistem patungan bal:
1/4 bal (±50 pcs) 2,4jt
1/2 bal (±100 pcs) 4,6jt
Full bal (±200 pcs) 8,9jt
Isi campur Korea, dibagi rata di depan kamera
""")

R("listing", "illegal_bale_grade_unit", "1111", """
Bal pakaian dalam wanita (bra & cd)
Isi ±800 pcs
Grade A, banyak merk Jepang
Harga 7jt
Khusus pedagang, tidak melayani ecer
Barang dari bal Jepang, banyak yang masih elastis dan bersih.
Pembelian minimal 1 bal, tidak bisa dipecah.
Pengiriman tertutup, karung dilapisi plastik hitam.
""")

R("listing", "illegal_bale_grade_unit", "1111", """
Bal selimut & bed cover
Isi 40-50 lembar, tebal
Cocok daerah dingin
Harga 3,9jt
Ex-Korea, ada yang masih wangi laundry sana 😄
Kebanyakan ukuran double dan king, motif polos dan kotak-kotak.
Biasanya laku di daerah pegunungan seperti Dieng, Malang, Berastagi.
Bisa juga ambil per lusin kalau belum sanggup satu bal.
""")

R("post", "illegal_bale_grade_unit", "1111", """
Kilo-kiloan jaket denim! 💙
Rp 95.000/kg, rata-rata 1 kg dapat 1-2 jaket
Boleh pilih sendiri di gudang, ditimbang di kasir
Semua dari bal USA yang baru dibuka kemarin
Gudang buka jam 9-17, Sabtu sampai jam 14
""")

R("listing", "illegal_bale_grade_unit", "1111", """
Kaki-kakian borongan
Sisa sortir 8 bal (±600 pcs)
Ada yang robek, noda, kancing hilang
Cocok buat majun, rework, atau jual 5rb-an
Harga 2jt semuanya, ambil di gudang
Karung sisa ini dari bal Korea dan Jepang yang kami buka bulan lalu.
Tidak bisa pilih, tidak bisa retur.
Pembeli yang mau ambil rutin tiap bulan bisa daftar ke admin.
""")

R("listing", "illegal_bale_grade_unit", "1111", """
BAL PREMIUM 'NO MINUS' 🏆
Khusus outer: trench coat, blazer wool, cardigan
Isi 90 pcs
Grade A+ (QC ulang di gudang)
Harga 14jt
Pengiriman dengan box, bukan karung
Tiap item sudah kami cek satu per satu, kancing, resleting, lapisan dalam.
Banyak merk Eropa: Max Mara, Burberry, Aquascutum (tidak dijamin ada di setiap bal).
Hanya tersedia 2 bal per bulan, sistem inden.
""")

R("post", "illegal_bale_grade_unit", "1111", """
Bal ganti kemasan ya gaes, sekarang pakai karung putih polos, bukan goni coklat lagi.
Isi tetap sama: 200 pcs campur Korea grade A/B, harga 8,7jt.
Yang udah DP minggu lalu, bal dikirim Kamis.
Makasih yang udah sabar 🙏
""")

R("listing", "illegal_bale_grade_unit", "1111", """
Celana anak per lusin
12 pcs = 180rb
Ukuran 2-10 tahun
Barang second eks Jepang, dipilih yang layak
Ambil 10 lusin dapat harga 1,6jt
Model campur: jeans, celana kain, legging, celana pendek.
Kondisi layak, sudah dipisahkan yang robek.
Banyak dicari pedagang pasar menjelang tahun ajaran baru dan lebaran.
""")

# ---------- illegal: live 'buka karung' announcements ----------
R("live", "illegal_live_bongkar", "1111", """
🔴 LIVE MALAM INI JAM 8!
Bongkar 2 bal jepang fresh, belum ada yang nyentuh
Sistem: spill barang, yang komen "AMBIL + nomor" paling cepat yang dapat
Harga 35-150rb, checkout maks 1x24 jam
Yuk nyalain notif biar nggak ketinggalan 🔔
""")

R("live", "illegal_live_bongkar", "1111", """
BUKA KARUNG LIVE 🎥
Jam 19.30 WIB di akun ini
Karung korea isi sweater & cardigan
Open keep, tapi pelunasan max besok siang
Yang ghosting masuk blacklist ya kak 🙏
Isi karung kebanyakan rajutan warna pastel, cocok buat yang suka gaya soft girl.
Harga live mulai 35rb, ada juga yang 20rb kalau minus.
Jangan lupa follow akun biar dapat notif pas live mulai 🔔
""")

R("live", "illegal_live_bongkar", "1111", """
Halo halo yang baru join live, selamat datang 👋
Ini kita lagi bongkar bal kedua ya, tadi bal pertama udah abis sold
Jaket ini north face, minus di resleting dikit, 175 aja
Yang mau ketik 175 ya, nanti admin catat
Next, kemeja flanel uniqlo, 60
Jangan lupa share live-nya biar rame 🔥
""")

R("live", "illegal_live_bongkar", "1111", """
⚡️ BONGKAR BAL SERIBU-AN ⚡️
Sabtu jam 10 pagi, live di TikTok
Semua item mulai Rp 1.000, lelang naik per 5rb
Isi bal: campur Korea-Jepang, ada jaket, kemeja, dress
Tiap 30 menit ada flash sale 10rb
Pemenang lelang wajib transfer maksimal 1 jam setelah live selesai.
Kalau lewat, barang dilempar ke pemenang kedua.
Ongkir dihitung terpisah, bisa gabung dengan lelang berikutnya dalam 3 hari.
""")

R("live", "illegal_live_bongkar", "1111", """
LIVE NGAWUL BARENG 🧺
Kita ngawul karung baru dari Parakan langsung di depan kamera
Kamu tinggal bilang mau cari apa, kita carikan
Harga spesial live: kaos 15rb, jaket 45rb
Mulai jam 9 malam, jangan tidur dulu 😴
""")

R("live", "illegal_live_bongkar", "1111", """
Kakak-kakak, jadwal live minggu ini:
Senin: bal kemeja pria Jepang
Rabu: bal dress & rok Korea
Jumat: bal sepatu Thailand
Minggu: sisa-sisa, semua 25rb
Live jam 8 malam, link di bio ✨
Sistem: komen "keep" + kode barang, invoice dikirim lewat DM.
Pembayaran maksimal 1x24 jam, pengiriman tiap Selasa dan Jumat.
Yang mau ikut grup reseller, klik link di highlight.
""")

R("live", "illegal_live_bongkar", "1111", """
pas live kemarin banyak yg nanya ini karung dari mana
jawabannya ya luar lah kak, kalau lokal mah nggak perlu dibuka di live 😂
malam ini buka lagi 1 karung jaket eropa
mulai 20.00, harga buka 50rb, lelang naik 10rb
pemenang transfer maks 2 jam
""")

R("live", "illegal_live_bongkar", "1111", """
🔴 ON AIR
Bongkar bal "misteri" isi 150 pcs
Kita belum tau isinya apa, kamu juga belum tau, seru kan 😆
Yang komen pertama pas barang diangkat, dapet harga 30rb
Sisanya 50rb
Ongkir flat 15rb se-Jawa
Isi bal dibuka pelan-pelan, satu per satu diangkat ke kamera.
Barang yang cacat tetap kami tunjukkan, harganya dipotong.
Live sampai bal habis, biasanya sekitar 3 jam.
""")

R("live", "illegal_live_bongkar", "1111", """
Live buka goni jam 7 malam di FB grup "Jaket Murah Sumut"
Goni baru dari Tanjungbalai, isi jaket & sweater
Sistem: komen "mau" + ukuran, admin kirim invoice via messenger
Yang ambil 3 gratis 1 kaos 🎁
Bagi yang belum gabung grup, minta undangan ke admin dulu ya.
Pembayaran transfer atau COD untuk Medan kota.
Goni berikutnya isi celana cargo, dibuka hari Sabtu.
""")

R("live", "illegal_live_bongkar", "1111", """
Guys stay ya, ini bal ketiga malam ini 🙌
Di tangan aku ada jaket coach vintage, tag masih made in USA
Minus cuma dikit di kerah, harga live 120
Ketik "120 JAKET" kalau mau
Next aku ambil dari tumpukan kiri, kayaknya kemeja flanel
Jangan lupa tap tap layarnya biar live kita naik 💗
""")

R("live", "illegal_live_bongkar", "1111", """
SPECIAL LIVE 12.12 🛍️
Unboxing 3 bal Jepang grade A
Jam 12 siang sampai jam 12 malam, gantian host
Voucher toko 12rb buat checkout di keranjang kuning
Barang pilihan akan di-pin, cepat-cepatan ya
Tiap jam ada undian hadiah jaket gratis buat yang checkout.
Stok dari bal yang sama kami bagi per sesi, jadi tiap sesi ada barang bagus.
Pengiriman mulai tanggal 14, urut sesuai waktu checkout.
""")

R("live", "illegal_live_bongkar", "1111", """
Live bongkar karungan cakar khusus anak 👶
Kamis jam 4 sore
Baju bayi, overall, jaket kecil, sepatu anak
3 item 50rb selama live
Bisa COD Makassar kota
Karung ini isinya banyak baju musim dingin anak, cocok buat yang mau liburan ke luar negeri.
Ibu-ibu yang mau ambil banyak buat dijual lagi, bilang saja di kolom komentar.
Sampai jumpa di live ya bunda-bunda 🤗
""")

R("live", "illegal_live_bongkar", "1111", """
Halo pemirsa setia 🙏 malam ini kita buka karung monza yang katanya isinya kemeja batik Malaysia
Nah, ini dia... wah bagus-bagus ini, ada yang motif songket
Harga live 45rb, 3 lembar 120rb
Siapa cepat dia dapat, komen nama sama nomor lapak
""")

R("live", "illegal_live_bongkar", "1111", """
REMINDER ⏰
Live buka bal lelong jam 8 malam ini
Isi jaket kulit & sepatu boots
Lelong harga mulai 50rb
Pemenang bisa ambil di kedai atau kirim ke seluruh Kalbar
Barang lelong baru sampai dari Kuching kemarin sore, belum ada yang pilih.
Yang menang lelang bayar tunai atau transfer.
Jangan lupa ajak kawan-kawan, makin ramai makin seru.
""")

R("live", "illegal_live_bongkar", "1111", """
bongkar bal tiap hari jam 9 malem!!
hari ini: hoodie & sweater korea
besok: celana cargo & jeans
sistem keranjang kuning, harga sama kayak di live
klo ga kebagian jgn marah ya beb, besok ada lagi 😘
ongkir flat 10rb se-jabodetabek, luar kota sesuai ekspedisi
bisa gabung checkout dari live beda hari, asal maks 3 hari
follow dulu biar dapet notif live 🔔
""")

R("live", "illegal_live_bongkar", "1111", """
🎬 Live YouTube "Buka Karung Bareng Bang Oji"
Episode 47: karung sepatu bola bekas dari Jepang
Harga tertera di layar, chat "KEEP" + nomor
Pembayaran ke rekening toko, kirim H+1
Subscribe biar tau jadwal berikutnya 🙏
""")

R("live", "illegal_live_bongkar", "1111", """
Temen-temen, ini live pertama kita setelah sebulan libur 😭
Stok sempet kosong karena kapal telat, tapi sekarang udah masuk 4 bal
Malam ini kita bongkar yang isi jaket gunung dulu
Harga live mulai 75rb, admin siap catat
Yang kangen, hayuk merapat!
""")

R("live", "illegal_live_bongkar", "1111", """
LIVE LELANG BAL MALAM JUMAT 🌙
Satu bal utuh dilelang di live, buka harga 5jt
Kelipatan 100rb
Isi: campur dewasa ex-Korea, 180 pcs
Pemenang bisa ambil di gudang Bekasi atau dikirim
Sebelum lelang kami tunjukkan label berat dan kondisi segel bal.
Pemenang wajib DP 50% malam itu juga.
Kalau tidak ada yang menawar di atas 5jt, bal ditarik dan dibongkar minggu depan.
""")

R("live", "illegal_live_bongkar", "1111", """
Live sore ini di IG 📱 jam 16.00
Buka karung tas & dompet branded second Jepang
Coach, Kate Spade, Longchamp, MK
Harga live mulai 95rb
DP via DM, pelunasan setelah live selesai
Semua tas asli, bukan KW, dan kami tunjukkan kode produksi di live.
Tas yang belum laku di live masuk ke katalog highlight.
Yang mau reseller dapat harga khusus mulai 5 tas.
""")

R("live", "illegal_live_bongkar", "1111", """
Kita live dari lapak langsung ya, di belakang saya ini tumpukan dari bal yang baru dibuka tadi siang
Kamera saya arahin ke sini... nah ini jaket-jaket kulit, semua 150
Di kanan ada kemeja, semua 40
Yang mau, tulis di kolom komentar, nanti anak saya yang catat 👍
Live sampai jam 10 ya
""")
