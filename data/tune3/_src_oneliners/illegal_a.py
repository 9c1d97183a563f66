# Hand-written one-liners, illegal side, part A.
# Format: "@ category EEEE" starts a block (EEEE = offer used clothing abroad);
# each following line is "kind | text"; "kind:EEEE | text" overrides elements.
DATA = r"""
@ plain_keyword 1111
listing | Thrift jaket outdoor bekas impor Korea kondisi 90% Rp85rb, COD area Bekasi Timur
listing | BAJU BEKAS IMPOR 1 BAL ISI ±250 PCS CAMPUR KAOS KEMEJA, SIAP KIRIM SELURUH INDONESIA
post | Thrift drop malam ini jam 8! Kemeja flanel bekas impor Jepang 45rb-an, yg cepat dia dapat 🔥 #thriftshop #thriftindonesia
listing | Jual ballpress celana jeans bekas impor grade A, 100kg/bal, harga nego utk reseller
message | Kak stok bal kaos bekas impor Korea ready 3 bal lagi, mau ambil berapa? DP 50% dulu ya
live | Ayo merapat guys, ini thrift bekas impor semua, checkout keranjang kuning nomer 14 jaket parasut 60rb!
listing | Sepatu bekas impor ori Nike Adidas dari bal Jepang, size 40-43, 150rb/pasang, no retur
post | Thrifting haul hasil buka bal impor minggu ini, masih ada 20 hoodie bekas Korea, DM buat keep ya ✨
listing | Grosir pakaian bekas impor karungan, isi campur pria wanita, kirim via ekspedisi dari Bandung
comment | Bal impor bekas masih ada gan, 4,5jt/bal isi kemeja, wa aja 0813xxxx
listing | Tas bekas impor branded dari bal Eropa, kondisi mulus, mulai 120rb, foto real pict
post | Open PO ballpress bekas impor kedatangan akhir bulan, kuota 10 bal aja, siapa cepat dia dapat
listing | Thrift kemeja batik Jepang bekas (yukata & hanten), impor langsung, 70rb/pcs
message | Pak, bekas impor yang grade B tinggal 2 bal, kalau ambil dua saya kasih 7jt nett
listing | Celana kargo bekas impor US army ex bal, size 32-36, kondisi 85%, 95rb
live | Yang nanya bal impor bekas, iya ini barang luar semua ya kak, baru dibuka tadi pagi, silakan pilih
post | Stok thrift impor bekas buat lebaran udah datang, gamis & tunik bekas dari Timur Tengah 📦 link di bio
listing | Jaket kulit bekas impor Korea thrift, size L, ada sedikit noda, 175rb nego tipis
comment | Kak bal bekas impor yang isi anak-anak masih? aku mau 1 bal buat jual di kampung
listing | Paket usaha thrift: 1 bal bekas impor + rak gantung + hanger 50 pcs, cocok pemula
listing | Sweater rajut bekas impor Jepang, ambil per 10 pcs 350rb, thrift grosir
post | Thrift bekas impor Jepang ready, kondisi sudah dilaundry wangi, kirim hari ini juga 🧺
message | Barang bekas impor Malaysia baru masuk kak, mau saya fotokan isinya satu-satu?
listing | THRIFT BEKAS IMPOR SEPATU BOOTS KULIT EX EROPA 1 KARUNG ISI 40 PASANG
review | Belanja thrift bekas impor di toko ini puas banget, bal-nya fresh, recommended seller 👍

@ evasive_spelling 1111
listing | Thr1ft j4ket b3k4s 1mp0r Korea, kondisi ok, 80rb aja
post | t.h.r.i.f.t drop malam ini, b.a.l korea baru pecah, cek story 👀
listing | Kaos thrifft b e k a s impoort jepang, ambil 5 gratis ongkir
listing | bje impr grade A 1 bl 4jt, siap kirim — dm aja
comment | Mau tanya kk b4l kemeja masih ada? yg 1mp0rt itu
post | 𝐓𝐇𝐑𝐈𝐅𝐓 𝐃𝐑𝐎𝐏 — b@l korea isi hoodie, harga miring, sikat! #thr1ft
listing | Sepatu t-h-r-i-f-t ex 1mport, ukuran 41, kondisi 90%, harga 130k
listing | ВАL kemeja flanel (eks luar), 100kg, harga reseller, chat sebelum order
post | Thrif7 haul 🛍️ dari b 4 l jepang, sisa 5 pcs, komen "mau" ya
listing | kaos 2nd 1mp0r tanpa nama brand, per iket 10pcs 150rb, kirim dr Medan
message | kk ini barang b*k*s 1mp*r ya, jgn tulis di chat shopee nanti kena take down
live | guys jangan ketik kata t-ri-f-t di komen ya, ketik 'baju mama' aja, ini dari karung korea semua
listing | Jaket 'pre-l0ved' eks Jepang asli, dapat dr karung, 85rb, bukan lokal
post | bekas? bkn. 'B3K@S' 😉 impor jepang baru buka, dm utk katalog
listing | celana jeans sekon 1mprt (bukan KW) ex bale US, size 30-34
comment | min yg kmrn live b-a-l-an itu masih ada? yg isi jaket
listing | Ｔｈｒｉｆｔ ｋｏｒｅａ 1 bal isi 200an, siap kirim JNE cargo
post | Baru dtg: 'tas m@m@' dari karung ＪＰ, harga mulai 50rb, cek sorotan
listing | kemeja 2nd hnd eks korea ✈️📦 per pcs 35rb, grosir lebih murah
message | bang barang 'ex kontainer' nya udh nyampe? aku mau 2 karung kaos
listing | J@ket s3k3n 1mp0rt, dari gudang Batam, kirim seluruh indo
post | #thr1ftshop #b3k4s1mp0r kemeja vintage ex japan, open order sampe jam 9
listing | s.e.k.e.n impor jpn: outer, blazer, cardigan 40rb/pcs, min 5
live | yg baru join, ini barang karung luar ya, jangan sebut kata b-e-k-a-s di komen biar gak di-banned
comment | Sis aku order b@l anak 1 ya, transfer udah
listing | Hoodie 'sk3n' korea eks b a l e, warna random, 3 pcs 100rb
listing | PR3L0V3D jaket ski ex Korea asli karung, size M-XL, 110rb
post | ⚠️ akun lama kena banned, lanjut di sini! barang karung JPN masih sama, harga sama 🙏
message | Kirimnya pakai nama barang 'kain perca' aja ya kak biar aman, isinya tetep kemeja ex jepang
listing | Sweater 'vintage' impr, dibuka dari kar*ng jepang, 45rb, tanpa retur
listing | s3p4tu 2nd ex Eropa (sortiran karung), size 38-44, mulai 90rb

@ code_word_regional 1111
listing | Monza Medan ready! Kemeja lengan panjang 35rb, jaket 60rb, kirim dari Medan
post | Baru pecah kawat pagi ini, monza celana jeans masih banyak, singgah lah ke lapak kami 😄
listing | Cakar Makassar buka baru: dress, cardigan, blazer mulai 25rb, bisa COD Panakkukang
live | Cakar bongkar malam ini ya mace pace, kaos 10 ribu tiga, langsung ketik 'ambil'
listing | Cabo Manado baru bongkar, jaket parasut & kemeja, 20rb-an, kirim via JNT
post | Cakbo Ambon dapa barang baru dari karung, beta jual murah, mari sini bakuambil 😁
listing | Cakbor Sentani ready: celana pendek 15rb, kemeja 25rb, bisa antar Waena
listing | RB Maumere baru turun kapal, baju perempuan 10rb-20rb, pesan lewat WA 0852xxxx
post | Rombengan baru datang dari Tawau, celana jeans 150 jak, buru ke Jalan Lingkar 🏃‍♀️
listing | ROMA (rombengan malaysia) Nunukan: sepatu sport ori mulai 100rb, kirim ke Tarakan bisa
listing | Baju lelong Pontianak, kemeja & seprei eks Malaysia, 30-55rb, alamat Jl PM Yamin
post | Stok lelong baru masuk bang, kaos 3 sekeping 50rb, datang cepat sebelum abis 😎
listing | Awul-awul Jogja online: kaos 15rb, jaket 40rb, ngawul dari rumah aja kak
live | Yok ngawul bareng! Semua barang dari tumpukan karung luar, 10 ribuan, sebut nomor baju ya
listing | Baju BJ Palembang grosir, isi kemeja & hoodie, per karung atau ecer, kirim ke Lampung
post | BJ baru buka di 16 Ilir, jaket parasut 25rb ajo, lekaslah datang wong kito 😆
listing | Barang PJ Pekanbaru: jaket, sepatu, topi eks luar, harga miring, bisa kirim ke Duri
listing | Baju Batam murah Bandar Lampung, karungan baru tiba, kemeja mulai 15rb
post | Barang kapal hari Ahad ni ada banyak, jaket gunung, baju kaos, ayo ke Pasar Lima 😄
listing | Butik Gedebage (butut saeutik 😅) kemeja flanel 30rb, kirim se-Jabar
listing | Bundle Jepun gred A, jaket denim Rp95rb, barang dari Kuching, kirim ke Pontianak & Sintang
post | Owol-owol baru sampai, ambiklah sebelum habih, lapak dekat simpang 👕
listing | Cakar buda-buda (baju anak) 1 karung campur, cocok buat jualan, Sengkang
comment | Cakar buka baru hari Minggu ya ndi, datang pagi-pagi ki supaya dapat yang bagus
listing | Pakaian pajakan Banjar: kemeja, celana, jaket, ecer & karungan, hubungi 0821xxxx
post | Monza Siantar baru buka goni, jaket kulit mantap, siapa cepat lah itu 👀
message | Kak, monza yang kepala masih ada? Saya mau ambil 50 pcs buat lapak di Binjai
listing | Cabo Bitung murah meriah, kaos 10rb, celana 20rb, siap antar Girian
live | RB Kupang, ini kain dong dari luar, satu 15 ribu saja, sapa mau angkat tangan 🙋
listing | Lelong Singkawang: jaket tebal eks Jepang, 75rb, COD Pasar Hongkong
post | Cakar Palu buka baru Sabtu pagi di Lasoani, kita tunggu ee 🙏
listing | Roma Sebatik: tas wanita eks Sabah, 50rb-150rb, bisa titip kapal ke Tarakan
listing | Monza grosir per iket, kemeja 20 pcs 300rb, kirim dari Medan ke Aceh
comment | Cakbo di Mardika ada yang jual per karung kah? beta mau ambil untuk jual di Masohi
post | Stok awul2 Sekaten versi online 😂 kaos band vintage karung Jepang, 50rb/pcs
listing | Baju RB Flores: kemeja lengan panjang 3 lembar 25rb, kirim dari Ende
listing | BJ Kayuagung: gamis & setelan anak buat lebaran, dari karung baru, 15-40rb
post | Cakar Parepare baru buka karung di Senggol, ayo mi ke sini 😄
listing | PJ Kuala Tungkal ecer/grosir, jaket & kemeja kiriman Batam, harga kawan
message | Bos, cabo Korea yang isi jaket masih ada 2 karung? kirim ke Gorontalo bisa?
listing | Cakar Kendari fresh dari karung, blouse 20rb, jeans 35rb, pesan via DM
post | Lelong Sanggau baru datang, sepatu bola eks Malaysia murah bah 👟
listing | Monza bayi & anak 1 iket 25 pcs 200rb, kirim dari Pematangsiantar
listing | Rombengan Ternate, pakaian luar negeri kiriman baru, kios Pasar Higienis lt 2
post | Barang Batam baru masuk Bengkulu 😍 kemeja 10rb-an, Pasar Panorama blok belakang
live | Cakar live! ini jaket Korea barang karung, 35 ribu, ketik C1 untuk ambil
listing | Roma jaket musim dingin eks Korea, Nunukan, 120rb, kirim via Pelni ke Parepare
comment | Kak lelong yang isi seprei Malaysia masih? aku mau 1 karung buat dijual lagi
post | Cakbor Timika baru buka karung, celana jeans 50 ribu, datang Pasar Lama e 🙌
listing | BJ Jambi kiriman langsung, jaket & celana per karung, kode 108 ready
"""
