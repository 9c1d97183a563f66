# Batch 2: hand-written long-form records.
RECORDS = [
("listing", "hn_furniture", (1, 1, 0, 0), """Rak Baju Besi Bekas + 40 Gantungan Baju
Bekas dipakai di butik, tinggi 160 cm panjang 120 cm, roda lengkap.
Ada karat sedikit di kaki, bisa dicat ulang.
Cocok buat yang mau mulai buka lapak atau toko kecil.
Paket 350rb, ambil di Pondok Gede."""),

("post", "plain_offer", (1, 1, 1, 1), """Open lapak kak, kemeja batik & kemeja kantor second dari Hongkong, potongan slimfit bagus buat kerja.
Semua sudah disetrika, size di caption foto.
1 potong 35rb, 3 potong 90rb.
Ambil di rumah (Sidoarjo kota) atau kirim J&T.
Chat aja kalau ada yang cocok, stoknya satuan."""),

("article", "hn_campaign", (0, 1, 1, 1), """#BanggaPakaiLokal: ajakan dari komunitas penjahit UMKM Jawa Barat
Kami paham kenapa banyak orang memburu baju bal dari Korea dan Jepang: murah dan bermerek.
Tapi setiap karung pakaian bekas impor yang masuk berarti ada pesanan yang hilang dari penjahit di kampung kami.
Minggu ini kami membuka pameran produk lokal di Alun-alun Cimahi dengan harga mulai 40 ribu.
Datang, coba, dan bandingkan sendiri kualitasnya."""),

("live", "live_sale_call", (1, 1, 1, 1), """Halo-halo yang baru masuk live, selamat datang 👋
Ini kita lagi bongkar bal Jepang nomor 3 ya, isinya kebanyakan outer sama kemeja linen.
Yang ini Muji, size M, mulus, 40rb aja. Ketik M3 kalo mau.
Yang barusan ketik 'mau' tapi nggak sebut kode, ulang ya kak biar admin gampang catet.
Tap keranjang kuning buat checkout, jangan lewat DM."""),

("listing", "hn_korea_new", (1, 0, 1, 1), """Sepatu Korea Wanita Slip On Rajut Import Grade Premium
Barang baru, bukan bekas. Dikirim dari gudang Jakarta, sudah masuk resmi lewat importir terdaftar.
Ukuran 36-40, warna hitam, abu, krem.
Bahan rajut lembut, sol karet anti licin.
Harga 129rb, beli 2 gratis ongkir."""),

("comment", "hn_buyer_question", (0, 1, 1, 1), """min mau nanya, di Surabaya sebelah mana sih yang jual baju bekas impor gitu?
aku cari jaket bomber bekas tapi yang masih layak pakai, budget 100rb
kalau ada rekomendasi pasar yang rame boleh dibalas ya
thanks banget"""),

("message", "broadcast_wa", (1, 1, 1, 1), """Assalamualaikum, info dari Gudang Berkah Pekanbaru 🙏
Ready karungan campur ex Malaysia:
1. Kaos dewasa 100kg – 4,2jt
2. Celana anak 50kg – 2,3jt
3. Sprei & selimut bekas 80kg – 3,1jt
Barang turun dari Dumai Senin kemarin. Bisa dicek di gudang, bisa juga video call.
Pemesanan hubungi 0821xxxx (Haji Usman)."""),

("post", "hn_local_upcycle", (1, 1, 1, 0), """Project upcycle bulan ini ♻️
Aku kumpulin jeans bekas dari keluarga dan tetangga, lalu kujahit jadi tote bag dan pouch.
Setiap tas bentuknya beda karena kainnya dari celana yang beda-beda.
Harga tote 85rb, pouch 35rb. Bisa pesan custom dari celanamu sendiri juga.
Semua dijahit tangan di rumah, Malang."""),

("article", "hn_news", (0, 1, 1, 1), """Ratusan bal pakaian bekas yang diduga masuk dari Malaysia lewat perbatasan Entikong diamankan petugas gabungan di sebuah gudang di Pontianak.
Barang itu rencananya akan dikirim ke Jawa dan Sulawesi menggunakan truk ekspedisi.
Pemilik gudang mengaku hanya dititipi dan tidak tahu isi karung, kata penyidik.
Petugas masih mendalami jaringan distribusinya, termasuk dugaan keterlibatan penjual daring.
Barang bukti direncanakan dimusnahkan setelah proses hukum selesai."""),

("profile", "profile_shop_bio", (1, 1, 1, 1), """thrift.gang.sby 🖤
used clothing | ex japan & korea | curated
all items 1 of 1, no restock
drop tiap Sabtu 19.00 WIB
ship dari Surabaya • shopee & tiktok link ⬇️"""),

("listing", "hn_factory_reject", (1, 0, 1, 0), """Kaos Polos Sisa Ekspor Reject Pabrik Cotton Combed 30s
BARU ya kak, bukan bekas. Reject karena jahitan label miring atau sedikit belang, tidak kelihatan dipakai.
Produksi pabrik garmen di Sukabumi, sisa order buyer luar negeri.
Harga grosir 18rb/pcs min 1 lusin.
Bisa campur ukuran dan warna."""),

("post", "evasive_spelling", (1, 1, 1, 1), """ready lagii 🌚 kemeja flanel & outer b-e-k-a-s impor (ya kalian tau lah 🤫)
ambil dari k.a.r.u.n.g jpg (jepang) minggu ini, isinya lumayan banget
harga ramah dompet, 30-65rb
cek story buat detail & ukuran, jgn tanya di komen pls 🙏"""),

("review", "hn_review_no_seller", (0, 1, 1, 1), """Udah 3 tahun aku langganan baju second impor buat kerja kantoran.
Pros: bahan wol dan katun dari Jepang itu awet, potongannya rapi, harga sepertiga barang baru.
Cons: susah nyari ukuran besar, sering ada noda kuning di ketiak, dan harus sabar milih.
Sekarang aku mulai kurangin karena tahu barangnya masuk secara ilegal dan nggak ada jaminan kebersihan.
Kalau mau, mending belanja preloved dari orang langsung."""),

("listing", "hn_bal_other", (1, 0, 0, 0), """Kapas Dakron Per Bal 15kg untuk Isi Bantal dan Boneka
Kapas sintetis baru, putih bersih, mengembang.
Harga 420rb per bal, ecer per kilo juga ada 32rb.
Banyak dipakai konveksi bantal dan pengrajin boneka.
Kirim dari Tasikmalaya, ongkir sesuai ekspedisi."""),

("comment", "comment_reply_offer", (1, 1, 1, 1), """Halo kak, yang kakak tanya di video kemarin (jaket parka hijau) sudah sold ya 🙏
Tapi besok kita buka karung baru dari Korea, banyak parka juga.
Link toko ada di bio, atau langsung WA 0819xxxx biar dikabari duluan."""),

("post", "hn_preloved_own", (1, 1, 1, 0), """Jual preloved gaun pengantin adat modern, cuma dipakai sekali di akad kami Februari lalu.
Jahit sendiri di penjahit langganan di Palembang, payet full tangan.
Ukuran LD 88, panjang 140. Bonus hijab dan bros.
Dari 4jt aku lepas 1,5jt, sayang kalau cuma disimpan di lemari.
Bisa lihat langsung di Palembang atau video call."""),

("message", "reseller_recruit", (1, 1, 1, 1), """Kak, kemarin kakak komen mau jadi reseller kan? Ini detailnya ya:
- Ambil minimal 10 potong dari katalog, harga reseller 20% lebih murah
- Barang second impor ex Korea & Jepang, sudah dicuci dan disetrika
- Bisa dropship pakai nama toko kakak sendiri
- Katalog update tiap bal dibuka
Kalau oke, aku masukin ke grup Telegram reseller ya."""),

("article", "hn_tutorial", (0, 1, 1, 1), """Cara mencuci baju bekas dari bal supaya aman dipakai
1. Rendam dulu di air panas (minimal 60 derajat) selama 30 menit.
2. Tambahkan cairan antiseptik atau cuka untuk membunuh bakteri dan jamur.
3. Cuci seperti biasa dengan deterjen, lalu jemur di bawah matahari langsung.
4. Setrika dengan suhu tinggi, terutama di bagian ketiak dan kerah.
Ingat, pakaian bekas impor tidak melalui sterilisasi apa pun sebelum dijual."""),

("listing", "regional_code_word", (1, 1, 1, 1), """MONZA MURAH AMBIL DI SIMALINGKAR
Kemeja, celana kain, blazer wanita. Pecah kawat tadi subuh!
Harga 10rb-50rb, kalau ambil banyak bisa kurang.
Kak, bang, mamak-mamak, dipilih lah dulu, barang bagus ini.
Tanya-tanya bisa lewat WA 0812xxxx ya."""),

("post", "hn_impor_new", (1, 0, 1, 1), """Sepatu running import dari distributor resmi 👟
Semua barang BARU, lengkap box & tag, ada invoice dan dokumen impor.
Tersedia Asics, Mizuno, New Balance seri terbaru.
Garansi keaslian 100%, uang kembali kalau terbukti palsu.
Kunjungi toko kami di Kelapa Gading atau belanja lewat marketplace."""),

("listing", "plain_offer", (1, 1, 1, 1), """Tas Bekas Branded Ex Jepang Longchamp Le Pliage Ori
Kondisi 80%, kulit handle ada kusam, bagian dalam bersih.
Didapat dari bal tas Jepang, bukan KW.
Harga 180rb. Cek foto detail, yang serius aja ya.
Lokasi Bandung, bisa COD Gedebage."""),

("post", "hn_report", (0, 1, 1, 1), """Hati-hati sama akun IG yang jualan "balpres Korea langsung dari kontainer, DP 50%".
Aku udah DP 3 juta, terus nomornya blokir aku. Pas aku cari nama rekeningnya, ternyata udah banyak korban lain.
Aku udah bikin laporan ke polisi dan ke bank.
Please jangan tergiur harga murah ya, apalagi barangnya juga barang terlarang."""),

("comment", "hn_joke", (0, 1, 1, 1), """bapakku tiap lewat Pasar Senen selalu bilang "ini baju bekas bule, kamu mau pake baju orang mati?" 
terus besoknya dia beli jaket kulit di situ 80rb 🙃
sekarang jaketnya dipake tiap ronda, katanya paling anget se-RT"""),

("listing", "hn_appliance", (1, 1, 0, 0), """Setrika Uap Bekas Philips + Papan Setrika
Dipakai setahun, masih panas normal, uap keluar lancar.
Papan setrika kaki besi, sarungnya sedikit gosong di ujung.
Jual paketan 250rb karena mau pindah ke kos yang sudah ada laundry.
Ambil di Rawamangun ya."""),

("post", "haul_with_shop", (1, 1, 1, 1), """HAUL SEPATU SECOND DI CIMOL GEDEBAGE 👟
Total 4 pasang cuma 400rb: Converse, Vans, Onitsuka, sama boots kulit.
Kiosnya namanya Kios Jaya Abadi blok B no. 17, ownernya ramah banget, mereka ambil bal sepatu dari Thailand katanya.
Ada yang perlu dijahit dikit tapi sisanya mulus.
Besok aku bikin video cara bersihin sepatu second ya!"""),

("article", "hn_opinion", (0, 1, 1, 1), """Thread: kenapa gue berhenti beli baju thrift impor (1/5)
Dulu gue bangga banget bisa dapet jaket Patagonia 60rb di lapak bal.
Terus gue baca soal gunungan pakaian bekas di Gurun Atacama dan pasar Kantamanto di Ghana. Ternyata kita cuma tempat buang sisa konsumsi negara kaya.
Di sini, barang yang nggak laku dari karung juga akhirnya ke TPA.
Gue nggak mau menghakimi, tapi pengen kalian tau aja ceritanya di balik harga murah itu."""),

("live", "live_sale_call", (1, 1, 1, 1), """Live sore ini jam 4 ya guys!
Kita obok-obok karung kaos band dan kaos vintage Amerika, harga mulai 25 ribu.
Yang lucu-lucu bakal aku tunjukin satu-satu, yang mau tinggal komen nomor.
Ada giveaway 2 kaos buat yang share live ke 3 temannya 🎁"""),

("listing", "hn_majun", (1, 1, 0, 1), """Kain Majun Perca Bekas Per Karung 20kg
Majun dari potongan kaos dan kain katun bekas impor, sudah dipotong ukuran lap.
Untuk bengkel, pabrik, percetakan (lap oli dan tinta). Bukan untuk dipakai sebagai baju.
Harga 7rb/kg, minimal 1 karung.
Kirim area Jabodetabek dan Karawang."""),

("post", "hn_news", (0, 1, 1, 1), """Info warga Tanjungbalai: kemarin malam kapal kayu yang bawa ratusan karung baju bekas dari Port Klang diamankan Polairud di perairan Teluk Nibung.
Kabarnya ABK sempat lompat ke laut waktu dikejar.
Ramai orang nonton di dermaga pas karungnya diturunkan.
Semoga yang di atas juga diusut, jangan cuma kurir kecil yang kena."""),

("message", "bale_wholesale", (1, 1, 1, 1), """Bos, ini pricelist terbaru ya:
Bal Korea grade S (pilihan, brand bagus) 11jt
Bal Korea grade A 8,5jt
Bal campur grade B 5jt
Semua 100kg, press rapi, label asli dari pengepul Busan.
Pengiriman dari gudang Tanjungpinang, estimasi 5 hari ke Jakarta. Kabari kalau mau ambil, stok grade S sisa 4."""),

("profile", "hn_thrift_name_new", (1, 0, 1, 0), """Thrift & Co. Official
Brand pakaian lokal Yogyakarta sejak 2020 ✂️
Semua produk BARU, dijahit di workshop kami sendiri
Kemeja, outer, tote bag dari kain sisa produksi (zero waste)
Shopee • Tokopedia • Offline store Jl. Kaliurang km 7"""),

("post", "regional_code_word", (1, 1, 1, 1), """Rombengan sore di pasar kaget Banjarmasin 🛒
Ulun jual baju rombeng dari karung Malaysia, ada jaket, baju kaos, celana.
Murah haja, 10 ribu dapat dua.
Parak pasar terapung, cari haja tenda biru.
Kawa jua pesan lewat WA kalo handak dikirim."""),

("comment", "hn_donation", (0, 1, 1, 0), """Mohon bantuannya teman-teman 🙏
Kami dari Rumah Singgah Peduli di Bogor sedang menerima donasi pakaian bekas layak pakai untuk anak usia 5-15 tahun.
Bisa dikirim ke alamat yang ada di bio atau dijemput untuk area Bogor kota.
Mohon pakaiannya sudah dicuci ya. Terima kasih banyak."""),

("listing", "hn_vehicle", (1, 1, 0, 1), """Toyota Alphard 2015 Bekas Ex Jepang Recond
Unit import CBU, jarak tempuh 68rb km, service record lengkap.
Interior kulit bersih, sunroof berfungsi.
Harga 430jt nego, bisa kredit via leasing rekanan.
Showroom kami di Jl. Fatmawati, Jakarta Selatan."""),

("article", "hn_guideline", (0, 1, 1, 1), """Aturan Grup "Thrift & Preloved Jogja" (wajib baca sebelum posting)
1. Boleh jual pakaian bekas milik pribadi, sebutkan kondisi dengan jujur.
2. DILARANG posting jualan bal, karungan, atau pakaian bekas impor dalam jumlah besar.
3. Dilarang menyamarkan kata (b@l, k4rung, dll). Admin tetap akan hapus.
4. Sertakan foto asli, bukan ambil dari internet.
Pelanggar akan dikeluarkan tanpa peringatan."""),

("message", "jastip_import", (1, 1, 1, 1), """Open jastip thrift Bangkok 🇹🇭
Tanggal 3-7 bulan depan aku ke Chatuchak & Talad Rot Fai.
Bisa titip jaket jeans bekas, kaos vintage, sneakers second.
Fee 25rb per item + ongkir koper 100rb/kg.
Format titip: foto contoh + budget max. Barang diterima di Jakarta 2 minggu setelah pulang."""),

("post", "hn_seller_stopped", (0, 1, 1, 1), """Jujur aja, aku tutup lapak thrift-ku bukan karena sepi.
Waktu itu supplier bal langganan di Bekasi digerebek, dan aku sadar kalau aku lanjut, aku juga ikut ngedarin barang selundupan.
Sisa stok udah aku sumbangin ke panti, bukan aku jual lagi.
Sekarang aku kerja di konveksi temen. Gajinya nggak segede untung thrift, tapi tidur lebih tenang."""),

("listing", "hashtag_glued", (1, 1, 1, 1), """hoodie champion abu size L
kondisi 9/10, ada sedikit pilling di lengan
75k aja, free ongkir pulau jawa
#secondimportjepang #balanjepang #ukaythrift #hoodiebekasori #cimolgedebage"""),

("review", "hn_review_no_seller", (0, 1, 1, 1), """Sebagai warga Makassar, aku udah biasa belanja cakar dari kecil.
Yang bikin kesel sekarang harganya makin mahal, katanya karena karung dari Malaysia makin susah masuk.
Dulu 20rb dapat dua, sekarang satu baju aja bisa 50rb.
Kualitasnya juga makin random, sering dapat yang ada noda.
Mungkin memang udah waktunya beralih."""),
]
