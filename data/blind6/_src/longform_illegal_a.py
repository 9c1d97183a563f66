# Hand-written multi-line records, ILLEGAL side, part A.
# Tuple: (kind, category, offer, used, clothing, abroad, text)

RECORDS = [
    # ---- plain offers ----
    ("listing", "plain_offer", 1, 1, 1, 1, """Jaket Gunung The North Face Second Original Jepang
Kondisi: 88%, ada noda kecil di lengan kiri (lihat foto 4)
Ukuran: L Asia (LD 118, panjang 72)
Bahan: nylon + lapisan dalam fleece, resleting YKK normal
Harga: Rp265.000 (nego tipis buat yang serius)
Pengiriman dari Cimahi, JNE/J&T/SiCepat
Barang second ya kak, bukan baru. Tidak terima komplain setelah barang diterima tanpa video unboxing."""),
    ("post", "plain_offer", 1, 1, 1, 1, """Selamat pagi kakak-kakak 🌞
Hari ini kami posting 15 kemeja kerja second eks Korea, semua sudah dicuci dan disetrika.
Ukuran S sampai XL, harga 45rb–70rb tergantung merk.
Cara order: screenshot foto + sebut nomor, kirim ke DM.
Pembayaran transfer atau COD area Bogor kota.
Barang second layak pakai, detail minus kami tulis jujur di tiap foto ya 🙏"""),
    ("message", "plain_offer", 1, 1, 1, 1, """*INFO STOK TOKO BU WATI* 📢
Selimut & bed cover second Jepang baru datang kemarin sore
- Selimut tebal motif polos: 85rb
- Bed cover queen: 120rb
- Sarung bantal isi 4: 25rb
Semua sudah dilaundry, wangi, siap pakai.
Yang mau lihat langsung, rumah kami di Perum Griya Asri blok C7.
Balas pesan ini dengan nama barang ya bu-ibu."""),
    ("listing", "plain_offer", 1, 1, 1, 1, """Sepatu Adidas Samba second ex Jepang
Size 41 (26 cm), insole masih ada, sol bawah tebal ±70%
Kulit atas ada creasing wajar pemakaian
Harga 340rb, sudah termasuk cuci deep cleaning
Bisa COD Stasiun Depok Baru sore hari
Bukan barang baru ya kak, cocok buat yang cari model lawas harga masuk akal."""),
    ("post", "plain_offer", 1, 1, 1, 1, """OPEN ORDER 🧥🧥
Jaket kulit second asli Eropa (Jerman & Belanda), dipilih satu-satu
Harga mulai 180rb – 350rb
Kondisi 80–95%, tiap jaket sudah di-oles leather balm
Stok cuma 9 potong, yang duluan transfer yang dapat
Kirim dari Malang ke seluruh Indonesia 🚚"""),
    ("listing", "plain_offer", 1, 1, 1, 1, """Tas Ransel Anello Second Jepang (original)
Warna navy, kanvas, resleting lancar semua
Minus: tali kanan sedikit kusam
Ukuran 40x28x14 cm
Harga Rp95.000
Lokasi Semarang, kirim hari yang sama kalau transfer sebelum jam 2 siang"""),
    ("profile", "plain_offer", 1, 1, 1, 1, """Rak Seken Mbak Tari 👗
Baju second eks Jepang & Korea, dipilih satu per satu, dicuci sebelum kirim
📍 Sleman, Yogyakarta (pengambilan by appointment)
🕐 Posting stok tiap Senin & Kamis jam 19.00
💬 Order: DM atau WA 0856xxxx
❌ Tidak ada keep tanpa DP"""),
    ("post", "plain_offer", 1, 1, 1, 1, """Kemeja Hawaii Second Amerika 🌺
Kebetulan dapet 12 potong kemeja rayon lawas dari Amrik, motifnya rame-rame semua.
Size M–XXL, harga flat 75rb.
Beberapa ada kancing diganti, nanti aku kasih tau satu-satu.
Siapa cepat dia dapat ya, nggak ada restock karena dapetnya cuma segini."""),

    # ---- evasive spelling ----
    ("listing", "evasive_spelling", 1, 1, 1, 1, """READY STOCK b4l hoodie k0rea
Isi ±130 pcs, berat 100kg
Grade: A / A-
Harga 6,2jt (ongkir ditanggung pembeli)
Yang serius aja ya, foto isi bisa dikirim via WA 0812xxxx
Kata kunci sengaja dibikin aneh biar ga ke-takedown, paham lah ya 😅"""),
    ("post", "evasive_spelling", 1, 1, 1, 1, """th.r.i.f.t jepang vibes 🇯🇵
jaket parka, kemeja oxford, celana chino
semua s3c0nd, dicuci dulu sebelum kirim
harga 35–90k, ongkir dari Bekasi
DM aja ya bestie, komen suka ilang"""),
    ("message", "evasive_spelling", 1, 1, 1, 1, """Halo kak, ini list b-a-l yg masih ada minggu ini:
1. k-a-o-s korea campur 100kg → 5,8jt
2. celana pendek jepang 45kg → 2,6jt
3. jaket winter 100kg → 7,4jt
Semua segel, belum dibuka. DP 30% buat keep.
Kirim lewat ekspedisi kargo, nama barang ditulis 'tekstil' ya."""),
    ("post", "evasive_spelling", 1, 1, 1, 1, """ｋａｒｕｎｇａｎ ｊｅｐａｎｇ masuk lagi 🔥
Isi campur: sweater, kemeja, dress
Jual ecer mulai 25rb, yang mau ambil seikat juga bisa
Lokasi Tangerang Selatan
Chat di WA ya, bukan di sini"""),
    ("post", "evasive_spelling", 1, 1, 1, 1, """Ｓｅｃｏｎｄ Ｉｍｐｏｒ Ｋｏｒｅａ 🇰🇷
Blouse & cardigan lucu-lucu, semua preloved
Harga 40k flat, beli 5 gratis ongkir Jabodetabek
Link katalog ada di bio, barang yang udah sold aku coret"""),
    ("listing", "evasive_spelling", 1, 1, 1, 1, """Jual c\u0430kar sepatu Korea per goni
Isi 50 pasang campur ukuran 37–44
Kondisi 70–90%, ada merk Nike, Puma, New Balance
Harga 2,9jt, bisa video call buat lihat isi
Makassar dan sekitarnya bisa antar sendiri"""),
    ("post", "evasive_spelling", 1, 1, 1, 1, """🅢🅔🅒🅞🅝🅓 🅙🅐🅟🅐🅝 restock!
Jaket denim, jaket coach, varsity, semua pre-owned dari Osaka & Nagoya
Kondisi bagus, harga 70–150rb
Cek video full di highlight 'NEW', order via DM
Kirim dari Jakarta Barat tiap hari kerja"""),
    ("comment", "evasive_spelling", 1, 1, 1, 1, """@vina.art kak ini b*l apa ecer?
@lapak_seken_ika ecer kak, tapi kalau mau b*lnya juga ada, korea isi 120 pcs 5jt
@vina.art ok kak aku DM ya
@lapak_seken_ika siap, aku kirim video isinya"""),
    ("listing", "evasive_spelling", 1, 1, 1, 1, """M-O-N-Z-A pilihan 👕
Kaos band & kaos brand lawas ex USA, second semua
Harga 30–65rb, ambil 10 potong harga reseller
Lokasi Medan Tembung, bisa antar pakai ojol
Ketik 'list' buat dapet katalog lengkap"""),
    ("post", "evasive_spelling", 1, 1, 1, 1, """b a r a n g   l u a r   s e k e n 😉
kemeja flanel jepang 50k
celana cargo korea 60k
sweater rajut 45k
semua pre-used, dicuci bersih
no tawar ya kak, udah murah"""),

    # ---- regional code words ----
    ("post", "regional_codeword", 1, 1, 1, 1, """Assalamualaikum warga Kendari 🙏
RB baru buka hari ini jam 9 pagi di lapak kami, campuran jaket, kemeja, sama rok.
Harga jaket RB mulai 35 ribu, kemeja 15 ribu saja.
Yang mau ditahankan barangnya, telepon dulu di 0813xxxx.
Lokasi: Pasar Mandonga, masuk dari pintu samping, lapak ketiga."""),
    ("post", "regional_codeword", 1, 1, 1, 1, """Cabo Torang Pe Toko 🧥
Ada cabo baru bongkar dari Jakarta tadi malam, jaket Korea mulai 45 ribu, celana jeans 50.
Kalo mo beli banyak bisa kurang, tanya jo.
Buka dari jam 8 pagi sampe jam 9 malam.
Alamat di Jalan Sam Ratulangi, sebelah toko emas."""),
    ("post", "regional_codeword", 1, 1, 1, 1, """Beta mau kasih tau basudara samua e 🙏
Cakbo baru bongkar di Mardika, barang bagus-bagus, jaket parasut, celana kargo, sapatu.
Harga mulai 20 ribu sa.
Datang pagi-pagi jua, jang talat nanti abis.
Kalau seng bisa datang, bisa WA beta di 0821xxxx"""),
    ("post", "regional_codeword", 1, 1, 1, 1, """Baju Lelong Kak Ani 🛍️
Barang lelong baru turun dari Malaysia, jaket gunung sama sweater tebal.
Harga 40–85 ribu, bisa tawar kalau ambil banyak.
Toko kamek di Jalan Tanjungpura, depan warung kopi.
Dari Sanggau atau Sintang bisa kirim pakai bus, ongkos ditanggung pembeli."""),
    ("post", "regional_codeword", 1, 1, 1, 1, """Owol-owol anyar mas mbak! 🔥
Kamis sore barang teka, isine jaket, kemeja flanel, karo celana jeans.
Rego mulai 20 ewu, jaket paling larang 75 ewu.
Nggon biasane, Jalan Saubari Parakan, toko cat ijo.
Sing saka Wonosobo utawa Magelang monggo pinarak."""),
    ("post", "regional_codeword", 1, 1, 1, 1, """Cakbor baru buka di Pasar Pharaa Sentani 🙌
Mama-mama dorang, ada baju anak, celana, deng jaket tebal buat ke gunung.
Harga 5 ribu sampe 40 ribu.
Sa buka dari pagi sampe sore, kalo mo pesan karung juga bisa.
Tanya-tanya sa di komentar ka, sa balas."""),
    ("post", "regional_codeword", 1, 1, 1, 1, """BJ (Buruan Jambi) Masuk Lagi Wong Kito! 🎉
Kemeja, celana bahan, blus kantor, galo-galo masih bagus.
Rego mulai 15 ribu, jaket 50 ribu.
Lapak kami di Pasar 16 Ilir lantai 2 dekat tangga jalan.
Idak biso keep, siapa cepet dio dapet."""),
    ("message", "regional_codeword", 1, 1, 1, 1, """Sampurasun, ieu aya barang Cimol anyar ti Gedebage 🙏
Jaket kulit 70 rebu, kameja flanel 35 rebu, calana jeans 45 rebu.
Sadayana second, tos dikumbah.
Upami bade, WA wae ka 0857xxxx.
Tiasa dikirim ka Garut, Tasik, Sumedang."""),
    ("post", "regional_codeword", 1, 1, 1, 1, """Cakaran Gembong update rek! 👀
Kaos band lawas 15 ewu, jaket parasut 40 ewu, sepatu 60 ewu.
Barange nembe dibongkar isuk iki.
Lapak Cak Man, sebelah penjual soto.
Sing adoh iso tak kirim, bayar transfer sik."""),
    ("post", "regional_codeword", 1, 1, 1, 1, """Monza Pilihan Kak Rosdiana 🙏
Blus kantor, kemeja, rok plisket, semua second dari Korea.
Harga 25 sampai 60 ribu aja nya, kak.
Datang lah ke Pajak Simalingkar, kios 21, buka tiap hari kecuali Senin.
Bisa juga kirim ke Binjai dan Deli Serdang."""),
    ("post", "regional_codeword", 1, 1, 1, 1, """Baju Malaysia Kak Ijah 💐
Baru turun dari Tawau malam tadi, jaket dan kemeja bagus-bagus.
Kemeja 20 ribu, jaket 45 ribu, selimut 60 ribu.
Lapak di Jalan Lingkar, dekat pangkalan ojek.
Orang Sebatik juga bisa pesan, nanti dikirim pakai speed."""),
    ("post", "regional_codeword", 1, 1, 1, 1, """RB Ama Frans Kupang 🙏
Beta baru bongkar karung RB, isi jaket, celana jeans, deng baju anak.
Harga mulai 10 ribu sa, jaket tebal 50 ribu.
Datang sa ke Oebobo, rumah pagar biru dekat gereja.
Kalau mau ambil satu karung untuk jual lagi, omong langsung deng beta."""),

    # ---- market-name offers ----
    ("post", "market_offer", 1, 1, 1, 1, """📍 Pasar Senen Blok III, Lantai 1, Los C-14
Kios Bang Jaya buka lagi setelah libur!
Stok jaket varsity & bomber second Jepang, 85–150rb.
Ada juga celana kargo second Korea 60rb.
Buka jam 9 pagi sampai 5 sore, Senin libur.
Yang mau video call lihat barang, chat dulu ya."""),
    ("post", "market_offer", 1, 1, 1, 1, """Hari Minggu ke Pasar Kodok yuk! 🐸
Lapak Bli Wayan di blok B udah buka lagi.
Kemeja second Jepang 30k, jaket jeans 75k, celana pendek 25k.
Bawa tas sendiri ya, kita kurangi plastik.
Dari Denpasar cuma 40 menit kok."""),
    ("listing", "market_offer", 1, 1, 1, 1, """Gedebage Online – Lapak A. Rohman
Sumber barang langsung dari kios kami di Pasar Gedebage Bandung
• Jaket kulit second 150–300rb
• Hoodie second 60rb
• Celana jeans second 50rb
Semua dicuci ulang sebelum dikirim.
Kirim ke seluruh Indonesia, resi dikirim malam hari."""),
    ("post", "market_offer", 1, 1, 1, 1, """Blok M Square, lantai basement, deretan kios baju second 🛒
Kios Uda Rizal nomor 31:
- Blazer second Korea 65rb
- Trench coat second Jepang 120rb
- Kemeja kerja 35rb, 3 potong 90rb
Buka jam 10 sampai tutup mal. Ditunggu ya!"""),
    ("post", "market_offer", 1, 1, 1, 1, """Pasar Terong lantai 2 📍
Lapak Daeng Ratna buka setiap hari, gaun pesta, kebaya modern, blus kantor, semua second impor.
Harga 30 sampai 120 ribu, tawar ji.
Pengantin yang cari gaun murah, singgah mki.
Kalau dari Maros atau Gowa, bisa dikirim lewat ekspedisi."""),
    ("post", "market_offer", 1, 1, 1, 1, """Malam Minggu ke Pasar Padduppa! 🌙
Lapak kami di bantaran sungai, dekat penjual sarabba.
Sepatu second luar negeri 50–150 ribu, tas 30 ribu, jaket 40 ribu.
Buka dari habis magrib sampai tengah malam.
Dari Sidrap dan Soppeng banyak yang datang, jangan kalah cepat."""),
    ("profile", "market_offer", 1, 1, 1, 1, """Toko Istana Seken – Jalan Sugiono, Manado
Stok baru pakaian second Korea sudah digantung semua.
Jaket 50 ribu, dress 35 ribu, celana jeans 45 ribu.
Menjelang Natal buka sampe jam 10 malam.
Ditunggu di toko, ada parkir motor di depan."""),
    ("post", "market_offer", 1, 1, 1, 1, """Lantai 2 Pasar Hamadi masih ada kitorang 🙏
Lapak Mama Siti: baju second dari luar, celana, jaket, kemeja, mulai 10 ribu.
Naik tangga sebelah kanan, lapak nomor 8.
Kalau ada yang mau ambil banyak untuk jual lagi di Sentani atau Arso, bisa dapat harga khusus."""),

    # ---- port / border route offers ----
    ("message", "route_offer", 1, 1, 1, 1, """Selamat malam bos, info barang minggu ini:
Kapal dari Port Klang sandar di Dumai hari Rabu.
Isi pakaian second Malaysia campur, per koli 45kg.
Harga 2,4jt/koli, ambil minimal 5 koli.
Pengiriman lanjut ke Pekanbaru pakai truk, ongkos kita bagi dua.
Konfirmasi sebelum Selasa siang ya."""),
    ("post", "route_offer", 1, 1, 1, 1, """Barang perbatasan baru masuk 🙏
Pakaian second dari Oecusse, sudah sampai Kefa tadi pagi.
Beta jual per karung (isi ±60 potong campur) 900 ribu, ecer juga bisa.
Kalau mau dikirim ke Kupang, beta titip di bus malam.
WA 0852xxxx, jangan telepon siang."""),
    ("message", "route_offer", 1, 1, 1, 1, """Update stok jalur Batam:
- Jaket second eks Singapura, per karung 80 pcs: 3,2jt
- Sepatu second campur per goni 40 pasang: 2,5jt
Barang nyebrang ke Tanjung Pinang dulu baru lanjut kapal ke Jakarta.
Estimasi sampai Priok 5–7 hari.
Pembayaran 50% di depan, sisa setelah barang sampai gudang."""),
    ("post", "route_offer", 1, 1, 1, 1, """Langsung dari Tawau ke Nunukan 🚤
Kemeja, kaos, celana jeans, semua second Malaysia pilihan.
Ecer 15–40 ribu, per karung bisa nego.
Pengiriman ke Tarakan dan Tanjung Selor setiap Kamis pakai kapal.
Lapak di Jalan Lingkar buka jam 7 pagi."""),
    ("listing", "route_offer", 1, 1, 1, 1, """Pakaian Second Singapura via Wanci
Barang dibawa kapal kayu dari Singapura, turun di Wanci lalu ke Kendari.
Isi per karung campur: jaket, kemeja, celana panjang (±250 potong).
Harga per karung 4,5jt.
Cocok buat pedagang pasar Mandonga dan Baubau.
Pemesanan sebelum kapal berangkat, DP 1jt."""),
    ("message", "route_offer", 1, 1, 1, 1, """Pak Haji, barang dari Entikong sudah di gudang Sungai Raya.
Isinya pakaian second Malaysia 14 karung, jaket sama sweater paling banyak.
Per karung 2,8jt, kalau ambil semua saya kasih 2,6jt.
Truk bisa antar ke Singkawang hari Sabtu.
Kabari secepatnya, ada pembeli lain dari Ketapang."""),
    ("post", "route_offer", 1, 1, 1, 1, """Kiriman Tanjungbalai sampai Medan 🚛
Baju second Malaysia per goni, campur kemeja & celana, 90kg.
Harga goni 4,1jt, ecer di gudang 20 ribuan.
Gudang kami di Belawan, buka Senin–Sabtu.
Pengiriman ke Pematangsiantar dan Kisaran tersedia."""),
    ("message", "route_offer", 1, 1, 1, 1, """Ibu, kapal dari Dili baru sandar di Maumere tadi subuh.
Pakaian second campur (baju, celana, tas) per karung 1,1 juta.
Saya sisakan 6 karung untuk Ibu seperti bulan lalu.
Kalau jadi, transfer DP 2 juta dulu, sisanya waktu ambil di gudang Waioti.
Mohon jangan disebar ke grup ya Bu."""),
]
