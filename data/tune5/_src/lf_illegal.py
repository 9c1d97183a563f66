# Hand-written illegal long-form texts. Each entry:
# (kind, category, text, offer, used, clothing, abroad) -- all four elements are 1.

LF_ILLEGAL = [
    # ---------------- WhatsApp broadcasts / messages ----------------
    ("message", "bale_grade", """*INFO STOK MINGGU INI* 📦
Assalamualaikum kakak-kakak reseller 🙏
Ready di gudang Cibitung:
▪️ Kepala Korea campur (kaos, kemeja): 150 pcs — 4,8jt
▪️ Goni jaket Jepang 100 pcs — 7jt
▪️ Kaki celana panjang per kg 35rb
Bisa video call pas dibuka. Pengiriman via ekspedisi langganan, aman.
Balas *MAU* untuk keep.""", 1, 1, 1, 1),
    ("message", "port_route_offer", """Selamat pagi bos2 semua
Kapal dari Pasir Gudang sudah masuk tadi subuh di Tanjung Balai Karimun.
Isi kali ini banyak jaket musim dingin, sweater, dan sepatu second, kondisi bagus.
Harga grosir per koli ada di foto berikut, ecer bisa datang ke gudang jam 10.
Yang mau kirim ke Jawa lewat kapal Pelni, bilang sekarang biar disiapkan.""", 1, 1, 1, 1),
    ("message", "regional_code_word", """Halo kakak, ini broadcast dari Lelong Mak Yati 🙋‍♀️
Minggu ni barang baru masuk dari Kuching:
- seluar jeans lelaki 30rb
- baju kurung & blouse 20rb
- cadar/sprei 45rb
Kedai buka pukul 8 pagi, Jalan Sultan Abdurrahman belakang masjid.
Tak boleh simpan lama, siapa cepat dia dapat ye.""", 1, 1, 1, 1),
    ("message", "bale_grade", """Bro, ini list yang lo minta kemarin:
1. Karung Jepang full jaket 45kg — 8,5jt
2. Karung Korea campur 100kg — 7,2jt
3. Balan pendek crewneck ±200 pcs — 5jt
Barang di Bekasi, bisa ambil malam. DP 30% dulu biar gue keep.
Jangan disebar ya listnya, khusus langganan.""", 1, 1, 1, 1),
    ("message", "reseller_recruit", """*OPEN RESELLER BATCH 5* 🔥
Mau punya usaha pakaian second branded tanpa ribet?
✅ Barang kami langsung dari Senen, sortiran Korea & Jepang
✅ Modal mulai 750rb dapat 15 pcs
✅ Foto katalog + caption disiapkan
✅ Grup bimbingan jualan online
Kuota cuma 30 orang. Chat admin: 0812xxxx""", 1, 1, 1, 1),
    ("message", "plain_offer", """Kak, ini foto-foto stok sepatu yg td ditanya ya:
- Nike Air Force 1 second Korea, size 42, 180rb
- Adidas Stan Smith second Jepang, size 40, 150rb
- Vans Old Skool second, size 41, 120rb
Semua udah dicuci & diberi pewangi. Ongkir ke Solo sekitar 15rb. Mau yg mana kak?""", 1, 1, 1, 1),
    ("message", "regional_code_word", """Info buat langganan RB di Ternate & Tidore 📣
Hari Kamis kapal dari Bitung bawa barang Singapur, kami buka di Pasar Higienis lantai 2 jam 8 pagi.
Ada jaket, kemeja, celana jeans, sepatu.
Harga mulai 10 ribu. Datang pagi e, supaya dapa yang bagus.""", 1, 1, 1, 1),
    ("message", "evasive_spelling", """p kak, ini katalog 'b4rang g*ni' minggu ini ya
jkt j3pang 60k, kmja k0rea 30k, hoodie 45k
smw s3k0n tp msh mulus
jgn tulis kata2 aneh di komen, lgsg WA aj 0821xxxx
yg srius aj ya kak 🙏""", 1, 1, 1, 1),
    ("message", "market_offer", """Pagi Bu Ani, ini stok lapak kita di Pasar Kodim hari ini ya bu:
jaket parasut second Korea 10 biji, kemeja kantor second Jepang 25 biji, celana bahan 15.
Kalau ibu mau ambil borong buat dijual lagi di Siak, saya kasih 20rb/pcs rata.
Nanti saya titip ke travel sore, ongkos ibu yang tanggung.""", 1, 1, 1, 1),
    ("message", "port_route_offer", """Salam bos, barang dari Tawau sudah nyebrang semalam.
Kami tunggu di gudang Nunukan: jaket kulit, sepatu kerja, tas ransel, semua second luar.
Mau ambil per karung atau per lusin terserah.
Untuk Tarakan dan Berau bisa kami titip kapal kayu hari Jumat.""", 1, 1, 1, 1),

    # ---------------- captions / listings ----------------
    ("listing", "market_offer", """🛍️ JASTIP SENEN WEEKEND 🛍️
Sabtu ini admin hunting ke Blok III lagi!
Request bisa: jaket Korea, kemeja flanel Jepang, celana cargo US, sepatu second.
Fee jastip 15rb/pcs, ongkir dari Kwitang.
Komen 'REQ + barang + size' di bawah ya 👇
#jastipsenen #secondbranded #preloved""", 1, 1, 1, 1),
    ("listing", "bale_grade", """OPEN BAL KOREA – BATCH JANUARI 🇰🇷
Isi ±350 pcs, campur kaos, kemeja, dress, outer.
Grade A, sortir pertama, BUKAN sisa sortiran.
Harga 8,9jt, bisa patungan 2 orang.
Pengiriman dari gudang Tangerang via ekspedisi truk.
DM untuk video isi bal sebelumnya 📹
#balkorea #bisnisthrift #grosirthrift""", 1, 1, 1, 1),
    ("listing", "regional_code_word", """MONZA TERBARU 🔥 LANGSUNG DARI TANJUNGBALAI
Jaket kulit, coat, sweater rajut, celana jeans.
Harga mulai 35rb, bisa kirim ke seluruh Sumut & Aceh.
Lapak kami di Pasar Melati blok C, buka tiap hari kecuali Senin.
Lae, eda, datanglah! 😄
#monzamedan #pasarmelati""", 1, 1, 1, 1),
    ("listing", "plain_offer", """Hi guys! 👋
Restock preloved branded collection:
• Ralph Lauren oxford shirt (ex-Japan) — 95k
• Carhartt workjacket (ex-USA) — 450k
• Patagonia fleece (ex-Korea) — 320k
All pieces secondhand, washed & steamed.
Ship from Jakarta, DM to order. First come first served!""", 1, 1, 1, 1),
    ("listing", "port_route_offer", """Barang baru turun dari kapal Dumai 🚢
Stok kali ini:
👕 kaos & kemeja second Jepang 15–35rb
🧥 jaket gunung second Korea 60–120rb
👟 sepatu second campur 50–150rb
Gudang kami di Pekanbaru Jl. Kaharuddin Nasution, bisa grosir per goni atau ecer.
Sms/WA 0813xxxx""", 1, 1, 1, 1),
    ("listing", "regional_code_word", """CAKAR JEPANG BARU BUKA 🇯🇵
Lokasi: depan Pasar Daya, Makassar
Kemeja 20rb, jaket 45rb, celana 25rb, tas 30rb
Buka mulai jam 3 sore sampai malam.
Datang mki cepat sebelum habis, tabe!
#cakarmakassar #cakarjepang""", 1, 1, 1, 1),
    ("listing", "evasive_spelling", """✨ 'Vintage curated' ✨
Barang pilihan 'dari seberang' 🌊 — sekali pakai dari pemilik lama di Jepun & Korea.
Kami ambil dari 'gudang besar' di Batam, dipilih satu-satu.
Jaket 85k, kemeja 45k, rok 40k.
Caption sengaja disamarkan ya kak, tanya lengkap via DM saja 🤫""", 1, 1, 1, 1),
    ("listing", "bale_grade", """Dijual per karung, belum dibuka:
• Karung jaket Korea 45 kg (isi ±90 pcs) — 6,2jt
• Karung kemeja Jepang 100 kg (isi ±400 pcs) — 9,5jt
• Karung sprei & selimut Singapura 60 kg — 5,8jt
Semua pakaian pakai / second. Lokasi gudang Cakung, loading pakai pick up sendiri.""", 1, 1, 1, 1),
    ("listing", "regional_code_word", """Lelong Pontianak update 🧥👖
Hari ini buka karung baru dari Malaysia:
seluar jeans Levi's & Lee 45rb, jaket kulit 120rb, baju kurung 25rb.
Kedai kami di Jl. Tanjungpura simpang lampu merah.
Boleh kirim ke Singkawang & Sambas, ongkos ditanggung pembeli.""", 1, 1, 1, 1),
    ("listing", "market_offer", """Gedebage Corner 🧡
Lapak kami di Pasar Gedebage blok D no. 17.
Tiap Kamis buka barang baru datang: hoodie, crewneck, jaket varsity second Korea & Jepang.
Harga mulai 25rb, sebagian bisa dicicil lewat shopee paylater.
Mangga kaluhur, teu kudu nawar lila-lila 😄""", 1, 1, 1, 1),
    ("listing", "port_route_offer", """Ready stok via Entikong 🇲🇾➡️🇮🇩
Sepatu second Malaysia: Nike, Adidas, New Balance, Asics
Size 38–45, harga 90rb–250rb tergantung kondisi.
Barang di Sanggau, bisa COD Pontianak tiap Sabtu.
Foto real, no edit, no tipu.""", 1, 1, 1, 1),
    ("listing", "regional_code_word", """Baju Batam ready lagi di Tanjung Karang! 🙌
Kemeja flanel 25rb, jaket parasut 40rb, celana jeans 35rb.
Semua barang pakai dari Singapur & Korea, sudah kami cuci.
Lapak kami pinggir jalan Kartini, buka jam 4 sore.
Yang di Metro & Pringsewu bisa pesan via WA, kirim travel.""", 1, 1, 1, 1),
    ("listing", "regional_code_word", """Si Rom Mataram 🌴
Karang Sukun lapak 23, buka Minggu pagi:
jaket jeans, kemeja lengan panjang, rok, tas kulit, semua barang luar, second pilihan.
Harga 15rb–100rb.
Bisa kirim ke Sumbawa via ekspedisi, bayar di tempat.""", 1, 1, 1, 1),
    ("listing", "market_offer", """Toko kami di Pasar Baru Metro lantai 4 ✨
Koleksi tas branded second Korea & Jepang: Coach, MK, Longchamp.
Harga mulai 150rb, kondisi 80–95%, sudah dibersihkan.
Bisa video call untuk cek detail.
Instagram & TikTok: @tasduapasarbaru (buka jam 10–18).""", 1, 1, 1, 1),
    ("listing", "bale_grade", """Sortiran kepala Jepang 🇯🇵 khusus coat & jas
Pick 10 pcs: 850rb
Pick 20 pcs: 1,5jt
Kelas badan: 45rb/pcs
Kelas kaki: borong per kg 25rb
Gudang Cikarang, lihat barang dulu boleh. Ongkir tanggung pembeli.""", 1, 1, 1, 1),

    # ---------------- live sales ----------------
    ("live", "live_sale", """🔴 LIVE MALAM INI JAM 20.00 🔴
Bongkar goni jaket Korea isi 120 pcs langsung di depan kamera!
Harga flat 35rb, yang ketik duluan dia yang dapat.
Format: NAMA – NOMOR BARANG – KOTA
Pembayaran max 1x24 jam, lewat dari itu lempar ke waiting list.
Jangan lupa follow & share live ya kak 🙏""", 1, 1, 1, 1),
    ("live", "live_sale", """Oke kakak-kakak yang baru join, selamat datang di live Lapak Dua Saudara 🙌
Ini barang dari karung Jepang yang baru kita buka, lihat nih tebalnya.
Nomor 14 kemeja Uniqlo 30rb, nomor 15 jaket GU 45rb.
Ketik 'ambil 14' kalau mau, nanti admin rekap.
Yang di luar Jawa ongkirnya beda ya kak.""", 1, 1, 1, 1),
    ("live", "live_sale", """LIVE SEKARANG 🔴 — buka karung lelong Malaysia
Komen nomor barang + 'keep', bayar dalam 2 jam.
Seluar 30rb, baju 20rb, jaket 50rb, cadar 40rb.
Kami dari Sambas, kirim ke seluruh Kalbar.
Tolong share ke kawan-kawan ye 😁""", 1, 1, 1, 1),
    ("live", "live_sale", """Live TikTok jam 9 malam 📲
Kita sortir kepala Korea bareng: hoodie, crewneck, cardigan.
Checkout lewat keranjang kuning, pilih varian sesuai nomor di gantungan.
Stok terbatas, gak ada restock yang sama.
Barang second semua ya, deskripsi minus dibacakan satu-satu.""", 1, 1, 1, 1),
    ("live", "live_sale", """Malam ni lagi kita live di FB, buka karung RB kiriman dari Tawau 🔴
Jaket, kemeja, celana jeans, sepatu.
Harga mulai 10rb, siapa cepat dia dapat.
Sa ulang, ketik nomor barang di kolom komentar, transfer ke rekening yang di pin.
Kirim se-Kaltara, Sulawesi juga bisa.""", 1, 1, 1, 1),
    ("live", "live_sale", """🔴 LIVE JUALAN AWUL-AWUL IMPOR 🔴
Mangga pinarak kakak-kakak, iki barang anyar teko Batam.
Kaos 10rb, kemeja 15rb, jaket 35rb.
Tulis nomer karo jeneng ning kolom komen, admin langsung ngerekap.
Ongkir mulai 9rb se-Jawa Tengah.""", 1, 1, 1, 1),

    # ---------------- profiles ----------------
    ("profile", "market_offer", """🏬 Kios Bang Ucok — Pasar Senen Blok III Lt. 2 No. 45
Jaket, kemeja, celana second branded Korea & Jepang
Grosir & ecer • Jastip buka tiap hari
📍 Buka 09.00–17.00
📲 WA 0812xxxx
🛒 Shopee: kiosbangucok""", 1, 1, 1, 1),
    ("profile", "regional_code_word", """Lelong Kuching Official 🇲🇾
Barang second pilihan dari Malaysia 🧥👖👟
Kedai: Jl. Gajah Mada, Pontianak
Kirim ke seluruh Kalbar 🚚
Order: DM / WA 0852xxxx
#lelongpontianak""", 1, 1, 1, 1),
    ("profile", "bale_grade", """GUDANG SORTIR BEKASI | supplier pakaian second
• Kepala / badan / kaki Korea & Jepang
• Per karung, per koli, per kg
• Reseller & pedagang pasar welcome
• Pengiriman seluruh Indonesia
Link katalog 👇""", 1, 1, 1, 1),
    ("profile", "evasive_spelling", """v1nt4ge j3pun & k0rea 🌸
brg 'seken' pilihan dr gudang btm
rok • kmj • jkt • tas
ord3r? dm aj, jgn tnya di k0men
h4rga 30k–90k, ready tiap j4m'at
ship from Btm 🚢 se-Indo""", 1, 1, 1, 1),
    ("profile", "regional_code_word", """RB Passo Ambon 🛍️
Pakeang RB Jepang deng Korea, barang bagus, harga murah
Buka tiap hari di Passo, dekat terminal
Antar se-Kota Ambon, beta siap layani 🙏
WA 0813xxxx""", 1, 1, 1, 1),

    # ---------------- comment threads with a seller reply ----------------
    ("comment", "plain_offer", """@nana.pratiwi: kak jaket coklat yg no 7 masih ada?
@secondhouse.jkt: masih kak, second Jepang merk Nano Universe, size M, 85rb aja
@nana.pratiwi: ada noda gak kak?
@secondhouse.jkt: ada dikit di manset, udah aku fotoin di highlight. Kalau mau, checkout di link bio ya kak 🙏""", 1, 1, 1, 1),
    ("comment", "port_route_offer", """@arif_bkl: bang ini barang darimana?
@gudang.sembilan: dari Selatpanjang bang, kiriman kapal Malaysia, second semua tapi bersih
@arif_bkl: ada yg per goni?
@gudang.sembilan: ada bang, goni campur 6jt, goni jaket 7,5jt. DM aja biar saya kirim video""", 1, 1, 1, 1),
    ("comment", "regional_code_word", """@daeng_rudi: berapa ini kemeja cakar ta?
@cakarmks.official: 35rb ji kak, cakar Jepang, masih tebal bahannya
@daeng_rudi: bisa antar ke Gowa?
@cakarmks.official: bisa kak, tambah 10rb ongkir, transfer dulu nah""", 1, 1, 1, 1),
    ("comment", "market_offer", """@ririn_bdg: teh ini di Gedebage kios mana?
@teh.imas.second: kios 44 deket mushola neng 😊 hoodie Korea nu ieu 40rb
@ririn_bdg: tiasa dikirim ka Garut teu?
@teh.imas.second: tiasa neng, JNE atanapi J&T, ongkir 12rb. WA wae ka 0857xxxx""", 1, 1, 1, 1),
    ("comment", "bale_grade", """@pedagangpasar_lmj: om kepala Korea yg kemarin masih ready?
@sortir.jaya: ready om, sisa 3 pack isi 20 pcs, 650rb per pack
@pedagangpasar_lmj: kaki nya ada?
@sortir.jaya: kaki habis om, minggu depan buka karung baru. Mau saya keep kepala 2 pack?""", 1, 1, 1, 1),

    # ---------------- reseller recruitment / creator promo ----------------
    ("post", "reseller_recruit", """Kamu ibu rumah tangga dan pengen penghasilan tambahan? 💸
Gabung jadi reseller pakaian second impor kami!
- Barang dari Korea & Jepang, dipilih yg layak
- Bisa dropship, nama toko kamu sendiri
- Komisi 20–40% per barang
Tinggal share foto ke status WA, sisanya kami urus.
Daftar: ketik RESELLER ke 0812xxxx""", 1, 1, 1, 1),
    ("post", "reseller_recruit", """Dicari mitra pedagang RB untuk wilayah Kolaka, Bau-Bau, dan Raha 🤝
Barang Singapur kami kirim dari Kendari per karung, bisa bayar setengah dulu.
Cocok buat yang punya lapak di pasar atau mau jualan keliling kampung.
Hubungi Pak La Ode: 0813xxxx""", 1, 1, 1, 1),
    ("post", "reseller_recruit", """Bisnis modal 2 juta balik 5 juta?? Bisa! 💯
Ambil 1 koli kepala Jepang dari kami, jual ulang di marketplace atau live.
Kami ajarin cara foto, bikin caption aman, dan harga jual.
Sudah 200+ reseller dari Sabang sampai Merauke.
Link grup di bio 👆""", 1, 1, 1, 1),
    ("post", "creator_promo", """THRIFT HAUL SENEN 🛍️ total cuma 320rb!
1. Jaket Carhartt second 150rb
2. Kemeja flanel Uniqlo eks Jepang 45rb
3. Celana cargo second 60rb
4. Topi Polo 30rb
5. Kaos band 35rb
Semua dari kios Bang Jul, Blok III lantai 2 nomor 88, bilang aja dari aku biar dapet diskon 😉
#thrifthaul #pasarsenen""", 1, 1, 1, 1),
    ("post", "creator_promo", """Yang nanya aku beli coat ini di mana, ini jawabannya 👇
Semuanya dari lapak lelong @lelongsungairaya, barang Malaysia second tapi kayak baru.
Harga coat cuma 70rb, jaket kulit 150rb.
Mereka juga kirim ke luar Pontianak. Buruan sebelum habis! #lelongpontianak #ootd""", 1, 1, 1, 1),
    ("review", "creator_promo", """Review toko @gudangkorea.bdg ⭐⭐⭐⭐⭐
Beli 5 hoodie second Korea, semuanya sesuai foto, bau apek dikit doang.
Adminnya fast response, packing rapi.
Kalau kalian cari crewneck murah buat dijual lagi, recommended banget di sini, harga grosirnya masuk!""", 1, 1, 1, 1),
    ("post", "creator_promo", """Spill tempat belanja babebo favoritku di Solo 🤫
Lapaknya di belakang Pasar Klithikan Notoharjo, yang tendanya biru.
Barang Korea & Singapur, kemeja 10rb, jaket 25rb.
Mbak e ramah, boleh milih sak jam ora diseneni 😂
Datang Selasa atau Jumat pas barang anyar dibuka.""", 1, 1, 1, 1),

    # ---------------- forum posts ----------------
    ("post", "plain_offer", """[WTS] Jaket Gunung Second Import – Jakarta
Gan, ane jual beberapa jaket gunung second dari Korea:
- The North Face Summit Series, size L, 550rb
- Columbia Omni-Heat, size M, 350rb
- Mont-bell Storm Cruiser, size M, 600rb
Kondisi 85–90%, no bolong. Bisa COD Depok/Jaksel atau kirim.
PM aja gan, fast respon.""", 1, 1, 1, 1),
    ("post", "port_route_offer", """[JUAL] Tas & sepatu second Singapura – ambil di Batam
Barang baru masuk lewat pelabuhan Sekupang minggu ini.
Tas kulit wanita 80–200rb, sepatu kerja pria 100–180rb.
Minimal ambil 10 item untuk harga grosir, pengiriman ke Jawa via kargo.
Serius minat silakan PM, yang cuma tanya-tanya mohon maaf slow respon.""", 1, 1, 1, 1),
]
