# Hand-written long-form records, illegal (offer=1, used=1, clothing=1, abroad=1).
# Entries: (kind, category, text, offer, used, clothing, abroad)
ITEMS = []

# --- plain_offer ---
ITEMS += [
    ("listing", "plain_offer", """JAKET WINDBREAKER SECOND KOREA ORIGINAL 🔥 READY 40 PCS
Kondisi 90-95%, sudah dicek satu-satu: no bolong, no noda, resleting lancar
Bahan parasut tipis, lapisan jaring di dalam, cocok buat motoran & hiking ringan
Size & harga:
- M (LD 108 / P 68) 75rb
- L (LD 114 / P 70) 80rb
- XL (LD 120 / P 72) 85rb
- XXL (LD 126 / P 74) 90rb
Warna random sesuai stok: hitam, navy, army, abu
Barang bekas pakai dari Korea ya kak, BUKAN baru. Sudah dicuci, disemprot disinfektan & disetrika uap
Pengiriman H+1 dari Bekasi, bisa instan/sameday area Jabodetabek
Beli 3 pcs gratis 1 kaos second random
Tanya stok warna dulu sebelum checkout biar ga dibatalkan 🙏""", 1, 1, 1, 1),
    ("post", "plain_offer", """Jual batik? bukan kak 😅 ini kemeja kerja second Jepang, 14 pcs, M-XL, 35rb/pcs, ambil 3 jadi 90rb.
Lokasi Sleman, COD seputaran kampus, WA 0878xxxx. Barang bekas luar ya, yang cari baru jangan kecewa 🙏""", 1, 1, 1, 1),
    ("message", "plain_offer", """Assalamualaikum kakak2 pelanggan setia 🌸
Stok minggu ini sudah ready:
👗 Dress second Korea 45rb
🧥 Cardigan rajut Jepang bekas 35rb
👖 Kulot & celana bahan dari Korea juga 30rb
Semua sudah dilaundry, foto real ada di status WA.
Yang mau keep balas chat ini dengan kode barangnya ya, maksimal keep 1x24 jam.
Ongkir luar kota ditanggung pembeli. Terima kasih 🙏""", 1, 1, 1, 1),
    ("profile", "plain_offer", """🌿 Sekar Preloved Ex Japan 🌿
Jual pakaian & tas bekas pilihan dari Jepang sejak 2019
📍 Kota Malang (kirim seluruh Indonesia)
🕘 Open order 09.00-21.00
🛒 Katalog di highlight, harga di link
❌ No rewel, barang bekas pasti ada minus kecil
💬 Order: DM / WA 0813xxxx""", 1, 1, 1, 1),
    ("listing", "plain_offer", """Sepatu Boots Kulit Second Original Eropa Size 43
Deskripsi:
Boots kulit asli bekas pakai, didatangkan dari Eropa (Jerman/Belanda)
Sol masih tebal, jahitan aman, kulit sudah disemir ulang
Insole 28 cm
Harga 350.000 nett
Kondisi bekas, foto adalah barang asli. Dijual apa adanya, tidak ada retur kecuali salah kirim.""", 1, 1, 1, 1),
    ("post", "plain_offer", """New drop Jumat ini 🖤
Coat wol & trench second dari Jepang, cocok buat kalian yang mau liburan musim dingin tapi nggak mau beli mahal-mahal.
Range harga 120-280rb tergantung kondisi.
Slot DM dibuka jam 7 malam, first come first serve, no hold.
#preloved #coatjepang #secondjepang #winteroutfit #jualcoat""", 1, 1, 1, 1),
    ("comment", "plain_offer", """@dinda.rmd: kak masih ada jaket yang di video?
@gudangkemejamurah: masih kak, itu jaket bekas Korea, tinggal ukuran L sama XL
@dinda.rmd: harganya berapa kak
@gudangkemejamurah: 85rb kak, ambil dua 160rb free ongkir Jabodetabek
@rizkyw: ada yang buat cowok ga bang
@gudangkemejamurah: ada bang, cek katalog di bio ya, semua second dari Korea""", 1, 1, 1, 1),
]

# --- evasive_spelling ---
ITEMS += [
    ("listing", "evasive_spelling", """K3MEJA PR1A S3C0ND J3PANG 🇯🇵 – UPDATE STOK MINGGU INI
Ready 20 pcs campur motif (polos, garis, kotak kecil)
Size M-L-XL, detail LD x P di foto ke-2 tiap variasi
Harga 3O rb / pcs (tiga puluh ribu), ambil 5 jadi 13Ork
B4rang b3k4s pakai ya kak, bukan baru, minus kecil wajar
Kerah sudah dicek, yang kuning sudah kami sisihkan
Bahan katun & katun campur, adem dipakai kerja
K1r1m dari Bogor setiap hari kecuali Minggu, resi malam
Kalau judulnya hilang lagi, cari nama toko kami aja ya, kami ganti kata-katanya 😉
Chat dulu sebelum checkout biar admin cek ukuran
Terima kasih sudah setia belanja di toko kecil ini 🙏""", 1, 1, 1, 1),
    ("post", "evasive_spelling", """spill stok minggu ini 👀 jak3t p4r4sut & h00die dari k o r e a, kondisi masih oke banget
harga mulai 4Ork
yg mau langsung klik link di bio sebelum ke-take down lagi 😭
#ootdcowok #jaketmurah #k0reaaa #s3c0ndhand""", 1, 1, 1, 1),
    ("message", "evasive_spelling", """Halo kak, aku kirim katalog ya ✨
Semua barang pr3l0v3d 1mp0rt (k0rea & j3pang)
1. Blazer krem LD 100 - 55k
2. Sweater rajut hijau LD 110 - 40k
3. Rok plisket hitam - 35k
4. Cardigan ungu LD 96 - 35k
Kalau mau ketik nomornya aja, nanti aku hitungin ongkir""", 1, 1, 1, 1),
    ("listing", "evasive_spelling", """Pаkaian Sеcond Impоrt Thаiland - Kaos Band & Tee Vintage
Kondisi 85-95%, sebagian ada cutting kecil
Harga satuan 45rb, 3 pcs 120rb
Ukuran tertera di foto (LD x P)
Barang sеken luar, cek foto sebelum beli ya""", 1, 1, 1, 1),
    ("post", "evasive_spelling", """Update stok b.4.l.p.r.e.s (tau kan maksudnya 🤫)
isi kemeja jepang pakai, buka malam ini di gudang
eceran 25rb, lusinan 250rb
yang serius aja chat, jangan komen harga di sini nanti akunnya kena lagi""", 1, 1, 1, 1),
    ("comment", "evasive_spelling", """@vina_kuy: kak ini baru apa s e c o n d?
@lapak.mbakrara: s3c0nd kak dari j*p*ng, makanya murah 🤭
@vina_kuy: oke ukuran S ada?
@lapak.mbakrara: ada 2 kak, 30k aja, cek keranjang ya""", 1, 1, 1, 1),
    ("listing", "evasive_spelling", """Jaket Kulit 🅱️ekas 🇯🇵 Asli Kulit Sapi
Warna coklat tua, size L (LD 112, P 68)
Lapisan dalam masih bagus, resleting lancar
Harga 275rb nego tipis
Kirim aman pakai kardus, bisa COD Jaksel""", 1, 1, 1, 1),
]

# --- regional_code_word ---
ITEMS += [
    ("post", "regional_code_word", """Horas kawan! Monza baru bongkar di lapak kami, Pajak Melati lorong tengah.
Jaket kulit, kemeja flanel, celana jins, ada semua lah.
Harga mulai 25 ribu, kalau borong bisa kurang lagi.
Selasa, Jumat, Minggu kami buka dari pagi.
Yang di luar Medan bisa kirim, inbox aja lae, jangan malu-malu.""", 1, 1, 1, 1),
    ("post", "regional_code_word", """Barang lelong baru masok dari Kuching, kamek bongkar pagi tadi 😁
Kali ni banyak barang musim dingin: jaket tebal, sweater, syal, sarung tangan. Seprei, selimut, ngan sarung bantal pon ade, barang rumah orang Malaysia punye.
Harge bersahabat:
- Jaket tebal 35-70 ribu
- Sweater 25 ribu
- Seprei set 60 ribu
- Selimut tebal 75 ribu
Sepatu pon ade, kebanyakan size besar, 50 ribu sepasang.
Kalau nak tengok langsung, datang ke kios kamek, dekat simpang yang ade pohon ketapang tu, buka dari jam 8 pagi sampai magrib.
Nak kirim luar kota pon bisa, Singkawang, Sambas, Ketapang, titip travel atau ekspedisi. Japri jak, jangan segan 🙏""", 1, 1, 1, 1),
    ("post", "regional_code_word", """Assalamualaikum daeng, cakar baru dibuka hari ini di lapak ta' 🙏
Ada jaket Korea, kemeja, celana kain, baju anak-anak juga ada ji.
Murah sekali mi, mulai 10 ribu.
Singgah ki kalau lewat, atau kirim ki pesan kalau mau dikirimkan ke Maros atau Gowa.
WA 0852xxxx""", 1, 1, 1, 1),
    ("post", "regional_code_word", """Awul-awul anyar wis teko, lur! 🙌
Jaket Jepang, hoodie Korea, kemeja flanel, kabeh pilihan.
Rego mulai 15 ewu, sing apik-apik 50 ewu.
Lapak buka jam 4 sore nganti jam 10 bengi, cedhak ringroad.
Sing adoh iso pesen online, tak kirim nganggo ekspedisi.
Monggo diserbu, ojo kesuwen, entek ra tanggung 😄""", 1, 1, 1, 1),
    ("post", "regional_code_word", """Kawan-kawan, baju BJ baru dibongkar di toko kami.
Blazer, kemeja kantoran, rok span dari Korea, galo-galo pacak dipake ke kantor.
Regonyo murah nian, 25 ribu be.
Dak percayo? Datang be ke toko, dekat pasar, buka dari jam 8.
Bisa jugo pesen lewat WA, kito kirim pakai ojol.""", 1, 1, 1, 1),
    ("post", "regional_code_word", """Halo torang pe langganan samua 🙏
Baju RB so bongkar tadi pagi, banyak jaket deng sweater dari Korea deng Jepang.
Harga mulai 20 ribu, jaket kulit 100an.
Kalo mo lia-lia, datang jo ke lapak di pasar, tu yang dekat terminal.
Nyanda bisa datang? Kirim pesan jo, kita antar pake ojek.""", 1, 1, 1, 1),
    ("post", "regional_code_word", """Rek, obok-obok edisi Jumat wis siap!
Barang rombengan Jepang karo Korea, kaos, kemeja, celana kargo, jaket.
Rego sak biji 10 ewu nganti 40 ewu, sing apik ono pisan.
Lokasi nang garasi omahku, Rungkut, mulai jam 3 sore.
Sing ga iso teko, DM ae, tak kirimi video.""", 1, 1, 1, 1),
]

# --- port_route_offer ---
ITEMS += [
    ("message", "port_route_offer", """📢 INFO STOK MASUK 📢
Kiriman dari Batam sudah sampai gudang Jakarta semalam.
Isi: kemeja & kaos second ex Singapura, kondisi rata-rata 90%.
Harga eceran 20-35rb, lusinan lebih murah.
Bisa ambil di gudang (Cakung) atau kirim ekspedisi.
Pemesanan via WA 0812xxxx, fast respon jam kerja.""", 1, 1, 1, 1),
    ("post", "port_route_offer", """Barang Tawau sudah nyebrang bah 🚤
Baju seken Malaysia campur, baru tiba semalam di dermaga: jaket, kemeja, celana panjang, baju budak, ada juga tas sekolah.
Harga mulai 10 ribu, kemeja 20 ribu, jaket 35 ribu, tas 30 ribu.
Ambil di rumah, dekat dermaga, Nunukan Selatan. Buka dari jam 7 pagi.
Mau kirim ke Tarakan atau Tanjung Selor bisa, titip di kapal reguler, ongkos titip 25 ribu per kantong.
Barang tidak banyak, kalau sudah habis tunggu kiriman minggu depan.
Info lanjut inbox saja, jangan tanya di kolom komentar.""", 1, 1, 1, 1),
    ("listing", "port_route_offer", """Paket Usaha Jaket Second Jalur Tanjungbalai 📦
Buat kamu yang mau mulai jualan tapi bingung ambil barang di mana, kami sediakan paket siap jual.
Isi paket:
- 25 pcs jaket campur (parasut, jeans, kulit sintetis, fleece)
- Asal barang Korea & Jepang, transit Malaysia lalu masuk lewat Tanjungbalai
- Kondisi layak jual, sudah disortir 1x, yang bolong besar sudah dibuang
- Bonus 5 pcs kaos random
Harga paket 900rb, ongkir dari Medan dihitung sesuai berat (±12 kg)
Estimasi modal kembali kalau kamu jual 50-70rb per pcs: untung bisa 2x lipat
Pembayaran transfer, barang dikirim 1-2 hari setelah lunas
Tidak bisa pilih model satu-satu, karena langsung dari goni
Mau ambil 2 paket? harga jadi 1,7 jt
Info & video unboxing paket ada di highlight, atau WA 0813xxxx""", 1, 1, 1, 1),
    ("post", "port_route_offer", """Barang dari Pasir Gudang dah sampai Dumai, kite bongkar petang ni.
Baju kurung, blouse, kemeja, semua second dari Malaysia ngan Singapura.
Harge runcit 15 ribu, borong lagi murah.
Datang je ke gudang, atau WA dulu biar tak tertunggu-tunggu.
Stok tak banyak, siape cepat die dapat.""", 1, 1, 1, 1),
    ("post", "port_route_offer", """Update kiriman Entikong hari ini ✅
Sweater, cardigan, jaket musim dingin, semua bekas pakai dari Kuching.
Harga 25rb - 75rb, kualitas masih bagus.
Kirim ke Pontianak, Sanggau, Sintang bisa via travel.
Yang mau lihat video barangnya DM aja ya, jangan komen harga.""", 1, 1, 1, 1),
    ("comment", "port_route_offer", """@ariefb_pku: bang stok kemeja Jepang ada lagi?
@lapakseken.dumai: ada bang, kapal masuk Dumai kemarin, 2 karung kemeja second
@ariefb_pku: harga berapa bang per pcs
@lapakseken.dumai: 20rb bang, ambil 50 pcs jadi 17rb
@mega_oktav: bisa kirim ke Pekanbaru bang?
@lapakseken.dumai: bisa kak, ongkir travel 30rb""", 1, 1, 1, 1),
    ("live", "port_route_offer", """Selamat malam semuanya, langsung aja ya, ini barang turun dari kapal di Belawan tadi siang.
Isinya jaket-jaket second dari Korea, lihat nih, tebal-tebal.
Nomor 1 jaket bomber hijau, 60 ribu.
Nomor 2 jaket denim, 75 ribu, ada sedikit pudar di lengan.
Yang mau ketik nomor plus CO ya, nanti admin rekap.
Ongkir ke seluruh Sumut kita bantu murah.""", 1, 1, 1, 1),
]

# --- market_offer ---
ITEMS += [
    ("post", "market_offer", """Spill isi lapak kita minggu ini di Pasar Senen Blok III 🛍️
Semua kemeja, blouse & celana second Korea, baru dibongkar Senin pagi.
Yang paling banyak kali ini:
• Kemeja linen & katun, 25-40rb
• Blouse motif bunga, 15-30rb
• Celana kulot & bahan, 30-45rb
• Beberapa blazer, 50-60rb
Yang ga bisa dateng, kita terima pesanan online. Kirim pakai ojol (Jakarta) atau ekspedisi (luar kota).
Bisa video call, kita tunjukin barangnya satu-satu sebelum kamu bayar.
Lantai 2, cari aja spanduk kuning tulisan Ko Ahan, sebelah tangga.
DM buat jadwal video call ya, jam 10 pagi sampai 4 sore 🙏""", 1, 1, 1, 1),
    ("message", "market_offer", """Wilujeng enjing, Teh, Kang 🙏
Barang ti Gedebage nembe sumping, jaket second Korea sareng Jepang.
Hargi mulai 30 rebu, jaket kulit 120 rebu.
Tiasa dikirim ka Cimahi, Sumedang, Garut.
Mangga upami bade ningali poto lengkep, bales wae pesen ieu.""", 1, 1, 1, 1),
    ("post", "market_offer", """Yang cari jaket monza bagus tapi malas ke pajak, sini kubantu.
Aku belanja langsung di Pajak Melati tiap Selasa sama Jumat, kupilih yang kondisi paling bagus.
Jaket kulit, jaket jins, sweater, semua bekas luar.
Harga kuambil untung sikit aja, 50-150 ribu.
Kirim ke seluruh Indonesia, inbox lah.""", 1, 1, 1, 1),
    ("listing", "market_offer", """Kemeja Flanel Second Ex Blok M Square Pilihan
Semua barang bekas impor Jepang & Korea, dipilih satu-satu dari kios langganan
Size S-XXL tersedia, cek variasi
Harga 45rb/pcs
Sudah dicuci & disetrika, wangi
Pengiriman dari Jakarta Selatan""", 1, 1, 1, 1),
    ("post", "market_offer", """Pakaian bekas Korea di Pasar Tungging kada sempat ikam datangi? Ulun jualkan online haja.
Jaket, kemeja, baju kaos, celana kain, sama sepatu jua ada.
Harga mulai 15 ribu, murah banar.
Pesan lewat WA, antar ke rumah sekitar Banjarmasin, Banjarbaru ongkir beda.
Barang sedikit-sedikit, siapa dulu haja.""", 1, 1, 1, 1),
    ("post", "market_offer", """Pagi ini buka baru di lapak Pasar Mandonga 🙏
Isi campuran dari Singapura, semua bekas pakai: kemeja, rok, celana jins, kaos kaki juga ada.
Harga 5 ribu sampai 50 ribu.
Yang mau pilih duluan datang sebelum jam 8 nah.
Bisa juga titip pesanan, nanti saya kirim foto lewat WA.""", 1, 1, 1, 1),
    ("comment", "market_offer", """@nurul_mks: kak barangnya dari mana?
@cakarsentral88: dari pasar cakar Toddopuli kak, kita pilihkan yang masih bagus, jaket Korea semua
@nurul_mks: ada ukuran besar ji?
@cakarsentral88: ada XL kak, 40 ribu ji, mau ki?
@rian.dg: bisa antar ke Sudiang?
@cakarsentral88: bisa kak, ongkir 10 ribu""", 1, 1, 1, 1),
]

# --- bale_grade ---
ITEMS += [
    ("listing", "bale_grade", """BAL KEMEJA PRIA KOREA GRADE A
Berat ±100 kg, isi 280-320 pcs
Kondisi: layak jual 90% ke atas, minim noda
Asal: Korea, bukan sortiran ulang
Harga: 7,8 jt / bal (nego untuk ambil 3 bal ke atas)
Pengiriman ekspedisi laut/darat, ongkir ditanggung pembeli
Bisa lihat video pembukaan bal sebelumnya di highlight IG""", 1, 1, 1, 1),
    ("message", "bale_grade", """Bos, update harga minggu ini ya:
Kepala Jepang (jaket & coat) 1 karung 4,5 jt
Badan Jepang (kemeja & kaos) 1 karung 2,9 jt
Kaki (celana, campur) 1 karung 1,7 jt
Semua pakaian second, karung 90-100 kg.
Kalau ambil paket kepala + badan dapet potongan 300rb.
Stok kepala tinggal 3, yang badan masih 11.""", 1, 1, 1, 1),
    ("article", "bale_grade", """Mengenal Grade Karung Pakaian Second Korea – Panduan untuk Pelapak Pemula
Banyak calon pelapak bingung membedakan grade saat membeli karung pakaian second. Berikut penjelasan singkat dari gudang kami berdasarkan pengalaman membuka ratusan karung asal Korea.
Grade A: pakaian kondisi 90% ke atas, cacat maksimal 5%, cocok untuk dijual satuan di toko online.
Grade B: kondisi 75-85%, ada noda ringan atau kancing lepas, cocok untuk lapak pasar.
Grade C: campuran, sebaiknya dijual borongan per kilo.
Selain grade, perhatikan juga isi: kepala (jaket, coat), badan (kemeja, kaos), dan kaki (celana).
Harga di gudang kami saat ini:
- Grade A: 6,5 jt per karung 100 kg
- Grade B: 4 jt per karung
- Grade C: 2,2 jt per karung
Pemesanan minimal 1 karung dengan DP 30%, sisanya dibayar sebelum barang dikirim.
Hubungi admin gudang melalui tombol WhatsApp di pojok kanan bawah halaman ini.""", 1, 1, 1, 1),
    ("listing", "bale_grade", """Koli Sepatu Second Thailand Grade Super
Isi 40-45 pasang sneakers & running
Kondisi mulus, size campur 38-44
Harga 4,2 jt/koli
Ready 6 koli di gudang Tangerang
Barang bekas impor, harap paham sebelum order""", 1, 1, 1, 1),
    ("post", "bale_grade", """Buka goni jaket parasut Jepang grade A hari ini, hasilnya mantap 🔥
Dari 1 goni 100 kg dapet 210 jaket second, yang cacat cuma 9.
Kita jual lagi per goni utuh 5,2 jt atau per lusin 450rb.
Yang mau mulai usaha bisa ambil setengah goni dulu.
Info DM, no PHP.""", 1, 1, 1, 1),
    ("comment", "bale_grade", """@hendra_sby: bal 88 itu isinya apa bang?
@gudangsetiajaya: campuran Jepang bang, kemeja kaos jaket, grade AB
@hendra_sby: berapa pcs satu bal?
@gudangsetiajaya: 350an pcs, berat 100 kg, harga 5,5 jt
@hendra_sby: bisa kirim Surabaya?
@gudangsetiajaya: bisa, ekspedisi 3-4 hari""", 1, 1, 1, 1),
    ("post", "bale_grade", """Buat yang modalnya masih tipis, kita sediakan balan pendek.
Isi kurang lebih 200 helai blouse & dress second Korea, grade A.
Harga 3,9 jt, sudah termasuk karung & tali.
Cocok buat lapak kecil atau jualan online.
Stok terbatas, minggu ini cuma 5 bal.""", 1, 1, 1, 1),
]

# --- live_sale ---
ITEMS += [
    ("live", "live_sale", """Halo halo yang baru masuk, selamat datang di live malam Jumat 🙌
Malam ini kita bongkar karung Jepang yang baru sampai tadi sore, isinya hoodie sama sweater.
Semua second ya kak, kondisi udah aku cek satu-satu di depan kalian, kalau ada minus aku bilang.
Ini nomor 1, hoodie hitam polos LD 118, 50 ribu.
Nomor 2 sweater rajut krem, ada sedikit serat ketarik di lengan, jadi 30 ribu aja.
Nomor 3 hoodie abu-abu LD 112, 45 ribu.
Yang mau langsung ketik 'mau' plus nomornya, yang pertama ketik dia yang dapet.
Kak Nisa ambil nomor 2 ya, oke aku catet.
Kak Bima nanya ongkir ke Jogja, kira-kira 18 ribu kak, nanti dihitung admin.
Pembayaran maksimal 1 jam setelah live selesai, lewat itu barang aku lempar lagi ke live berikutnya.
Tap tap layarnya dong biar rame, habis ini kita buka karung kedua isinya jaket parasut.
Jangan lupa follow dulu biar dapet notif live besok.""", 1, 1, 1, 1),
    ("post", "live_sale", """🔴 LIVE BESOK JAM 19.00 🔴
Bongkar 2 bal kemeja Korea fresh, belum dibuka sama sekali!
Harga pembukaan mulai 10rb, ada lelang jaket kulit juga.
Tonton di akun TikTok kami, keranjang kuning langsung aktif.
Share ke temen-temen kalian yang suka berburu ya 🔥""", 1, 1, 1, 1),
    ("live", "live_sale", """Oke kawan-kawan, masih di live kita ya, ini monza baru turun tadi pagi.
Jaket jins Korea, lihat jahitannya, masih rapi kali.
Harga 85 ribu, yang mau ketik 'ambil jins'.
Eh ada Kak Sondang dari Siantar, terima kasih udah mampir kak.
Ongkir ke Siantar 15 ribu aja, aman kita kirim besok pagi.""", 1, 1, 1, 1),
    ("live", "live_sale", """Mangga nu nembe lebet, wilujeng sumping di live urang 🙏
Ayeuna urang buka goni ti Korea, eusina cardigan sareng blus, sadayana second.
Ieu nomer 8, cardigan pink, 35 rebu wae.
Saha nu bade, ketik 'cios 8' di komen.
Engke ku admin dicatet, pembayaran maksimal sajam saatos live.""", 1, 1, 1, 1),
    ("live", "live_sale", """Kak kak, jangan tulis kata yang aneh-aneh di komen ya, nanti live kita diputus lagi 🙏
Pokoknya ini barang luar, bekas pakai, dari negeri ginseng, kalian paham lah.
Blazer hitam nomor 2, 50 ribu, mulus.
Kemeja putih nomor 3, 30 ribu.
Tulis nomornya aja, nanti aku DM buat alamat.""", 1, 1, 1, 1),
    ("post", "live_sale", """Terima kasih buat yang ikut live bongkar karung semalam 🙏
Total 187 jaket second Jepang laku dalam 3 jam!
Yang belum kebagian, sisa 24 pcs kita pajang di etalase toko, harga sama kayak di live.
Live berikutnya Minggu sore, isinya celana kargo & jins dari Korea.
Pasang alarm ya gaes ⏰""", 1, 1, 1, 1),
    ("live", "live_sale", """Assalamualaikum semua, masuk mi di live ta 🙏
Cakar Korea baru dibuka, banyak jaket tebal, cocok ki buat naik gunung.
Nomor 1 jaket gunung merah, 65 ribu ji.
Nomor 2 jaket parasut hitam, 40 ribu.
Kalau mau ketik mi nomornya, nanti saya hitungkan ongkir ke kota ta.""", 1, 1, 1, 1),
]

# --- reseller_recruit ---
ITEMS += [
    ("post", "reseller_recruit", """OPEN RESELLER BATCH 7 🚀
Kamu mau punya usaha pakaian tapi modal terbatas? Gabung jadi reseller kami!
✅ Stok pakaian second Korea & Jepang, update tiap minggu dari karung baru
✅ Harga reseller mulai 12rb/pcs, bisa kamu jual lagi 35-50rb
✅ Dapat foto produk, template caption, dan bimbingan jualan di grup WA
✅ Minimal ambil 20 pcs, boleh campur kategori
✅ Reseller aktif dapat prioritas pilih barang grade A sebelum dibuka ke umum
Testimoni: banyak reseller kami yang sekarang sudah punya lapak sendiri di pasar dan di marketplace.
Cara daftar:
1. Isi form di link bio
2. Transfer deposit awal 300rb (dipotong dari order pertama)
3. Masuk grup & mulai pilih barang
Pendaftaran via WA 0822xxxx, kuota 30 orang aja!""", 1, 1, 1, 1),
    ("message", "reseller_recruit", """Halo kak, terima kasih sudah tanya soal kemitraan 🙏
Sistemnya begini:
1. Kakak ambil paket mitra 50 pcs pakaian second campur (asal Jepang), harga 1,2 jt
2. Kami kirim beserta katalog digital
3. Kakak jual lagi, harga bebas, rata-rata mitra untung 100-150%
4. Restock bisa kapan saja dengan harga mitra
Kalau cocok, kakak isi form pendaftaran di link yang aku kirim ya.""", 1, 1, 1, 1),
    ("post", "reseller_recruit", """Dicari dropshipper se-Indonesia!
Ga perlu stok, ga perlu modal besar. Kamu cukup posting katalog baju bekas impor kami (Korea, Jepang, Thailand) di sosmed kamu.
Ada orderan, kamu teruskan ke admin, kami yang kirim atas nama tokomu.
Keuntungan 10-20rb per pcs langsung masuk ke kamu.
Minat? Komen 'DROP' nanti kami DM.""", 1, 1, 1, 1),
    ("post", "reseller_recruit", """Mas, Mbak, sing pengin usaha sampingan, ayo dadi reseller awul-awul Jepang bareng aku.
Barang tak kirim saka gudang Klaten, pilihan kabeh, wis dicuci.
Rego reseller 15 ewu, iso mbok dol 40 ewu.
Cukup modal 300 ewu kanggo paket awal 20 biji.
Sing minat langsung WA wae, tak jelaske carane.""", 1, 1, 1, 1),
    ("profile", "reseller_recruit", """KARUNG BERKAH SUPPLIER 🇯🇵🇰🇷
Supplier pakaian second impor untuk reseller & pelapak
📦 Paket reseller mulai 20 pcs
📦 Paket agen mulai 1 karung
🎓 Kelas gratis: cara foto, cara live, cara packing
📍 Gudang Bandung, kirim seluruh Indonesia
Join grup reseller: link di bawah 👇""", 1, 1, 1, 1),
    ("comment", "reseller_recruit", """@fitri.olshop: kak mau tanya, kalau jadi reseller harus beli berapa?
@pusatrombengan.id: minimal 15 pcs kak, pakaian second Korea campur, 13rb/pcs
@fitri.olshop: boleh pilih model ga?
@pusatrombengan.id: paket awal random kak, mulai order kedua bisa pilih
@dimas_kdr: ada reseller di Kediri belum?
@pusatrombengan.id: belum ada kak, ayo jadi yang pertama, DM ya""", 1, 1, 1, 1),
]

# --- creator_promo ---
ITEMS += [
    ("post", "creator_promo", """HIDDEN GEMS JAKET JEPANG 35RB?! 😱
Hari ini aku main ke toko online langganan aku, @tokoseken.hikaru, dan dapet 5 jaket second Jepang kondisi mulus.
Total cuma 175rb, gila sih.
Mereka live tiap Selasa & Kamis jam 8, stoknya fresh dari karung.
Link toko ada di bio aku ya, bilang aja tau dari aku biar dapet diskon 10% 🤫
#hiddengems #secondjepang #jaketmurah #haul""", 1, 1, 1, 1),
    ("post", "creator_promo", """Thrift haul Pasar Senen edisi Lebaran 🛍️
Slide 2: blazer Korea 40rb
Slide 3: rok midi Jepang 25rb
Slide 4: kemeja linen 30rb
Semua bekas pakai dari kios Bang Roni di Blok III lantai 2, nomor kiosnya di video terakhir.
Kalau ke sana bilang temennya Caca ya, biasanya dikasih harga teman hehe""", 1, 1, 1, 1),
    ("post", "creator_promo", """Di video kali ini aku ikut bongkar bal langsung di gudang @baledirect.id, dan serius isinya di luar ekspektasi.
Dari 1 bal kemeja Korea, lebih dari 80% layak jual, ada beberapa merk mahal juga yang kalau di toko aslinya bisa ratusan ribu.
Aku juga ngobrol sama pemilik gudangnya soal cara milih bal biar ga zonk, cek bagian akhir video.
Buat kalian yang mau mulai usaha, mereka jual per bal atau setengah bal, dan katanya bisa kirim ke luar pulau.
Kontak gudangnya ada di bawah, bilang aja tau dari channel ini biar dapet potongan ongkir.
Timestamp:
00:00 intro
02:15 buka bal pertama
09:40 hasil sortir & hitung yang layak jual
14:20 harga & cara order ke gudang
17:05 tips milih bal dari owner
Jangan lupa like, subscribe, dan share ke temen kalian yang lagi cari peluang usaha 🙏""", 1, 1, 1, 1),
    ("post", "creator_promo", """Kawan-kawan, ari ni aku ajak kitak ke kedai lelong langganan aku, @lelongkeren.ptk 😍
Jaket Korea 30 ribu, sepatu 50 ribu, sempat dapat tas kulit 60 ribu.
Barang baru masok tiap Sabtu dari Kuching.
Yang di luar Pontianak bisa pesan online, die kirim.
Jangan lupa tag aku kalau beli ye!""", 1, 1, 1, 1),
    ("review", "creator_promo", """⭐⭐⭐⭐⭐ Ulasan Google untuk Toko Karung Ceria, Gedebage
Sudah langganan 2 tahun di sini. Jaket & kemeja second Korea-nya dipilihin, kondisinya bagus-bagus, harganya jauh lebih murah dari online.
Pemiliknya ramah, boleh pilih lama, dan kalau beli banyak dikasih harga reseller.
Tiap Senin & Kamis ada bukaan karung baru, datang pagi biar dapat yang terbaik.
Buat yang cari barang bekas Korea di Bandung, wajib mampir ke sini!""", 1, 1, 1, 1),
    ("comment", "creator_promo", """@bellaootd: outfit kamu bagus banget kak, beli di mana?
@tasyasaraswati: ini semua preloved ex Korea kak, dari @kloset.daegu 🤍
@bellaootd: mahal ga?
@tasyasaraswati: atasan 35rb, rok 30rb, murah kok. Mereka restock tiap Jumat
@kloset.daegu: makasih kak Tasya udah rekomen 🥰 yuk kak Bella cek katalog kita""", 1, 1, 1, 1),
]

# --- wholesale ---
ITEMS += [
    ("profile", "wholesale", """Sumber Karung Jaya (bukan PT ya 😄)
Importir & distributor pakaian second Korea, Jepang, Thailand
🔹 Jual per bal (100 kg) & per kontainer
🔹 Gudang: Batam & Bekasi
🔹 Melayani pedagang pasar seluruh Indonesia sejak 2012
🔹 Harga tangan pertama, bisa survei gudang
📞 0811xxxx (Koh Liem)""", 1, 1, 1, 1),
    ("message", "wholesale", """Selamat sore para pedagang 🙏
Kontainer bulan ini sudah sandar dan sudah masuk gudang, isi 240 bal pakaian second Jepang & Korea.
Rincian stok:
- Kemeja campur 80 bal (isi ±300 pcs/bal)
- Jaket & coat 60 bal (isi ±150 pcs/bal)
- Kaos & polo 70 bal (isi ±400 pcs/bal)
- Celana jins & bahan 30 bal (isi ±250 pcs/bal)
Harga grosir per bal 4-8 jt tergantung isi dan grade.
Pemesanan minimal 5 bal, boleh campur isi.
Pembayaran DP 50%, pelunasan sebelum barang naik truk.
Pengiriman ke Medan, Padang, Palembang, Lampung via ekspedisi langganan kami, estimasi 5-9 hari.
Yang mau lihat video pembukaan sampel silakan balas pesan ini.
Stok jaket biasanya habis duluan, jadi yang mau kunci barang segera konfirmasi ya.
Terima kasih, salam dagang.""", 1, 1, 1, 1),
    ("post", "wholesale", """Jual pakaian bekas Korea per kilo buat pelapak & reseller!
Harga 30rb/kg untuk campuran, 55rb/kg untuk pilihan jaket.
Minimal order 25 kg.
Gudang kami di Cibitung, bisa datang langsung pilih sendiri (per kilo pilihan harga beda).
Kirim ke luar pulau pakai kapal, ongkir dihitung per koli.""", 1, 1, 1, 1),
    ("post", "wholesale", """Pedagang monza di Sumut, kami siap suplai!
Barang masuk rutin lewat Tanjungbalai tiap minggu, dari Malaysia.
Jual per goni: jaket, kemeja, celana, sepatu.
Harga per goni mulai 3 juta, antar sampai Pajak Melati, Sambu, Simalingkar, Kisaran, Rantau.
Hubungi kami, bisa bayar setengah dulu.""", 1, 1, 1, 1),
    ("message", "wholesale", """Pak Haji, barang sudah siap di Tawau, 80 karung pakaian bekas campur.
Kapal berangkat malam Kamis ke Nunukan, lanjut ke Parepare minggu depan.
Harga per karung 3,2 juta sampai Parepare, sudah termasuk ongkos kapal.
Kalau mau ambil semua saya kasih 3 juta rata.
Tolong kabari paling lambat Rabu siang.""", 1, 1, 1, 1),
    ("article", "wholesale", """Supplier Pakaian Second Impor Terpercaya untuk Distributor dan Pemilik Gudang
Mencari pemasok pakaian second dalam jumlah besar memang tidak mudah. Banyak pedagang tertipu isi kontainer yang tidak sesuai janji. Karena itu kami membuka layanan penjualan per kontainer dengan sistem survei barang sebelum transaksi.
Yang kami tawarkan:
- Kontainer 20 feet berisi ±200 bal campur (Korea 60%, Jepang 30%, lainnya 10%)
- Pilihan isi khusus: jaket & coat, kemeja, kaos, atau celana
- Gudang transit dekat Tanjung Priok, bisa dikunjungi dengan janji temu
- Pengiriman lanjutan ke Sumatra, Kalimantan, dan Sulawesi lewat ekspedisi laut
Harga nego sesuai isi dan kurs bulan berjalan. Kami hanya melayani pembeli serius dengan minimal pembelian 1 kontainer atau 50 bal.
Untuk konsultasi, isi formulir di halaman Kontak atau hubungi WhatsApp yang tertera di profil.""", 1, 1, 1, 1),
]
