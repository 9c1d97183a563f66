# Hand-written legal long-form texts, families 1-3.
DATA = r"""
@@ 0111 P C1
Kepada Yth. Tim Trust & Safety marketplace,
Saya ingin melaporkan toko "Gudang Thrift Nusantara" yang sampai hari ini masih memasang iklan: "BAL KOREA GRADE A 100KG Rp4.850.000 – isi jaket, hoodie, kemeja, langsung dari gudang Gedebage, bisa kirim ke seluruh Indonesia".
Di deskripsinya juga tertulis "barang ex Korea asli, bukan lokal, sortiran pertama" dan mereka menawarkan "harga khusus reseller ambil 3 bal".
Setahu saya impor pakaian bekas dilarang berdasarkan Permendag 18/2021 jo. Permendag 40/2022. Saya sudah klik tombol laporkan dua kali sejak 3 Maret tetapi listing masih tayang dan bahkan sekarang muncul di halaman promo.
Mohon ditindak dan diberi kabar hasil tinjauannya. Tangkapan layar saya lampirkan.
Hormat saya, Rini A., Cimahi
@@ 0111 P C1
THREAD 🧵 pengalaman ketipu supplier bal, biar ga ada korban lagi.
1/ Bulan lalu aku liat iklan di FB "BAL JEPANG SUPER 45KG 2,4JT, isi 180-200 pcs, 90% layak jual, garansi video bongkar". Adminnya ramah banget, kirim video gudang di Cikarang.
2/ Aku transfer full karena katanya kalau DP antrean lama. Resi dikirim, ekspedisinya ga jelas. Tiga minggu baru nyampe.
3/ Pas dibongkar: isinya gorden, taplak, kaos kaki ganjil, kaos bolong, bau apek parah. Yang layak jual paling 15 potong.
4/ Nomor 0821xxxx langsung blokir aku. Grup reseller juga dikunci.
5/ Udah lapor polisi & patrolisiber. Pelajaran: dagangan ini emang dilarang, jadi ga ada perlindungan apa-apa buat pembeli. Jangan tergiur "modal kecil untung besar".
@@ 0111 R C1
⭐ 1/5
Pesan "Paket thrift ex Jepang 5 pcs random 120rb" karena di video live kelihatan bagus-bagus. Yang datang 3 kaos melar, 1 kemeja noda kuning di kerah, 1 celana resleting copot. Chat ke seller dibales "barang bal memang untung-untungan kak, no retur".
Saya baru tahu ternyata jual beli pakaian bekas impor itu dilarang. Sudah saya laporkan ke CS aplikasi. Jangan beli di sini.
@@ 0111 M C1
Assalamualaikum Pak RT,
Mohon maaf mengganggu malam-malam. Rumah kontrakan no. 14 di gang kita sejak dua bulan ini dipakai jadi gudang karung pakaian bekas. Tiap Selasa dan Jumat subuh ada truk colt diesel bongkar 30-40 karung, katanya "monza kiriman Tanjung Balai". Jalannya jadi ketutup, anak-anak mau sekolah susah lewat, dan baunya apek sampai ke rumah saya.
Tadi saya tanya ke sopirnya, dia bilang barangnya mau dikirim ke Pajak Melati dan Simalingkar.
Kami warga tidak mau ada masalah hukum di lingkungan kita. Mohon Bapak bisa bicarakan dengan pemilik rumah atau lapor ke kelurahan. Terima kasih.
@@ 0111 C C1
Bang @tiktokshop_id tolong cek live akun "cakar.ayu.mks" tiap malam jam 10. Dia buka karung di depan kamera, bilang "ini karung Korea baru sampai Soekarno-Hatta, satu kemeja 25 ribu, checkout kode C1-C40".
Saya sudah report 5x, jawabannya "tidak ditemukan pelanggaran". Padahal jelas-jelas cakar = cap karung, bekas impor. Tolong moderatornya belajar istilah Makassar juga.
@@ 0111 P C1
Curhat pedagang pasar kecil di Kendari:
Saya jualan baju baru produksi Bandung dan Tanah Abang di Pasar Mandonga. Sejak lapak sebelah buka "cakar Korea" dengan harga 15 ribu tiga, dagangan saya sepi sekali. Mereka tiap Minggu buka karung, orang antre dari subuh. Katanya karungnya datang naik kapal dari Makassar, aslinya dari Korea dan Jepang.
Saya tidak iri, cuma minta keadilan. Kami bayar retribusi, kami jual barang legal. Tolong Dinas Perdagangan Sultra turun. Sudah saya kirim surat ke kantor dinas tanggal 12 kemarin, tapi belum ada balasan.
@@ 0111 R C1
Review jujur buat toko IG "awulawul.premium":
Mereka iklan "ngawul online, bal Jepang dibuka tiap Kamis, 1 pcs 35rb, free pilih". Aku pesen 6 kemeja. Yang sampai cuma 4, dua lainnya diganti kaos lusuh tanpa konfirmasi. Refund ditolak, alasannya "sudah kebijakan toko".
Aku ga akan rekomendasiin. Buat yang nanya, aku udah laporkan akunnya ke Instagram dengan kategori "penjualan barang ilegal", karena setelah aku baca-baca, pakaian bekas impor itu memang dilarang dijual di Indonesia.
@@ 0111 P C1
Laporan warga ke Posko Pengaduan Bea Cukai:
Lokasi: dermaga kayu belakang Pasar Inhutani, Nunukan.
Waktu: hampir tiap malam antara pukul 23.00-02.00.
Kejadian: speedboat dari arah Tawau merapat, menurunkan karung-karung putih bertulisan "USED CLOTHING" dan "B GRADE". Karung diangkut motor ke beberapa kios di Jalan Lingkar. Besoknya muncul tulisan "ROMBENG BARU BUKA" di kios-kios itu.
Permintaan: mohon patroli ditingkatkan. Identitas pelapor mohon dirahasiakan.
@@ 0111 C C1
Maaf min grup "Jual Beli Online Sidoarjo", kenapa postingan mbak Ratna yang jualan "karungan ex Jepang 25 kg 1,35jt siap kirim" dibiarin 3 hari?
Aturan grup nomor 7 kan jelas: dilarang jualan barang terlarang termasuk pakaian bekas impor. Aku report juga ga ditanggepin. Kalau grup ini kena suspend gara-gara itu, kita semua yang rugi.
@@ 0111 P C1
Dear netizen Pontianak, hati-hati dengan akun FB "Lelong Murah Kalbar".
Saya pesan "1 guni lelong Malaysia 70kg campur, 3,1jt, antar sampai Sungai Raya". Sudah transfer 3,1 juta ke rekening atas nama pribadi. Dijanjikan barang datang lewat Entikong dua hari. Sudah dua minggu, akun saya diblokir.
Saya sadar barang lelong itu sebenarnya tidak boleh diperjualbelikan, dan saya menyesal ikut-ikutan. Tapi penipuan tetap penipuan. Laporan polisi sudah saya buat di Polresta. Semoga tidak ada yang jadi korban berikutnya.
@@ 0111 R C1
Ulasan ⭐⭐: "Celana cargo ex US dari bale import, kondisi 95%" — nyatanya jahitan selangkangan sudah lepas dan ada bercak cat. Harga 145rb + ongkir 22rb.
Seller bilang kondisi 95% itu "menurut standar bale". Ya sudahlah. Catatan buat diri sendiri: berhenti beli barang bekas impor, selain kualitas untung-untungan, ternyata memang ilegal.
@@ 0111 P C1
Open letter untuk @kemendag dan @beacukaiRI:
Saya tinggal di Batam. Setiap pagi jam 5, jalan depan Pasar Pagi Jodoh ditutup pedagang ballpres. Mereka bongkar karung dari Singapura, baju 10 ribu tiga, celana 15 ribu dua. Ada juga yang jual per koli ke pedagang dari Tanjungpinang dan Karimun.
Saya tidak melarang orang cari makan, tapi kenapa aturan hanya keras di Jakarta? Di sini semua orang tahu, dari RT sampai aparat. Tolong ada penegakan yang adil dan solusi alih usaha buat pedagang kecil, bukan cuma razia musiman menjelang rapat.
@@ 0111 M C1
Pak, saya mau melaporkan ke layanan pengaduan konsumen. Saya pesan lewat WA "bal celana jeans ex Jepang 50 kg" dari penjual di Gedebage seharga 3,2 juta, yang datang 38 kg dan setengahnya celana anak.
Penjual beralasan "susut timbangan karung". Bisakah saya minta uang kembali? Saya juga baru tahu barangnya dilarang, jadi saya bingung harus ke mana.
@@ 0111 C C1
Serius deh, tiap aku cari "kemeja flanel" di aplikasi, yang muncul malah "FLANEL THRIFT EX JEPANG DARI BAL 39RB" sama "KARUNGAN FLANEL 25KG".
Aku udah report satu-satu. Mohon algoritmanya dibenerin, aku cari yang baru buat seragam kantor, bukan bekas impor.
@@ 0111 P C1
Cerita dari Ambon: Beta pung tetangga ada buka usaha "baju bekas Korea" di rumah, ambil karung dari kapal yang masuk Pelabuhan Yos Sudarso. Awalnya katong senang, murah. Tapi minggu lalu beta pung anak gatal-gatal seluruh badan abis pakai jaket dari situ.
Dokter bilang kemungkinan jamur dari pakaian yang disimpan lama dalam karung lembab. Beta su kasi tahu tetangga, dia bilang "itu su biasa, cuci air panas saja". Beta lapor ke Dinas Kesehatan dan Disperindag Kota Ambon, semoga ada tindakan dan edukasi.
@@ 0111 R C1
Bintang 1 buat toko "Bundle Pekanbaru 88". Iklannya: "jaket kulit second ex Korea, dari karung pilihan, 250rb".
Yang datang kulit sintetis mengelupas. Pas aku protes, seller jawab "namanya juga barang monza bang". Males. Udah kulaporin, biar platform yang urus.
@@ 0111 P C1
Saya anggota koperasi penjahit di Solo. Kami sampaikan keberatan kepada pengelola pameran UMKM kota: tenant nomor 21 menjual "vintage import" yang ternyata pakaian bekas dari bal Jepang dan Korea, dipajang di sebelah stan kami yang menjual produk jahitan sendiri.
Di spanduknya tertulis "ex Japan – 1 bal dibuka tiap hari, mulai 30rb". Ini pameran UMKM lokal yang didanai pemerintah daerah. Mohon panitia meninjau ulang tenant tersebut. Kami lampirkan foto spanduk dan daftar harga yang mereka pasang.
@@ 0111 C C1
Min, aku mau lapor. Ada kreator yang bikin konten "tebak isi karung 🇯🇵" tiap hari, di akhir video selalu bilang "yang mau, klik keranjang kuning, stok dari gudang kita di Bekasi".
Itu kan promosi jualan pakaian bekas impor ya? Mohon ditinjau videonya, udah 2 juta views.
@@ 0111 P C1
Pengaduan tertulis kepada Kepala Pasar Cimol Gedebage.
Kami pembeli grosir dari Tasikmalaya merasa dirugikan oleh kios "Jaya Bal" blok E. Kami membeli 2 bal berlabel "KOREA A" seharga total Rp10.400.000. Setelah dibuka di Tasik, isinya tidak sesuai label: separuh lebih barang rusak dan bukan pakaian dewasa.
Kami sadar perdagangan ini bermasalah secara hukum, namun kami menuntut pertanggungjawaban atas penipuan label. Kami juga menyampaikan bahwa kios tersebut masih menerima bal baru setiap Rabu malam, silakan pengelola menertibkan.
@@ 0111 C C1
kak @ShopeeID ini gimana sih, aku report listing "AWUL AWUL IMPOR PAKET 10 PCS 150RB" malah dapet notif "laporan ditolak".
padahal di fotonya ada karung bertulisan "CREAM KOREA 45KG". tolong training reviewernya ya 🙏
@@ 0111 P C1
Buat yang sering beli "rombengan Dili" di Atambua: hati-hati. Abang sepupu saya beli satu karung 2,5 juta di perbatasan, katanya isi jaket dan celana bagus. Sampai di Kupang, karung dibuka, isinya banyak pakaian basah dan berjamur karena disimpan lama di gudang pinggir pantai. Rugi besar.
Sudah lapor ke Polres Belu, tapi karena barangnya ilegal, dia malah ikut diperiksa. Jadi pelajaran buat kita semua: jangan main barang karungan dari luar, risikonya dobel.
@@ 1010 L C2
KEMEJA FLANEL "VINTAGE TOKYO" — 100% BARU, BUKAN THRIFT
Bahan flanel katun 200gsm, di-washing enzyme supaya warnanya pudar ala barang bal, tapi ini jahitan baru dari konveksi kami sendiri di Bandung.
Size chart: M (LD 104, P 72) | L (LD 110, P 74) | XL (LD 116, P 76) | XXL (LD 122, P 78)
Harga: 149rb, beli 2 jadi 270rb. Reseller min. 1 lusin harga khusus.
Disclaimer: nama "Tokyo" cuma nama seri ya kak, bukan barang ex Jepang. Semua produk ada label produksi kami.
#flanellokal #madeinbandung #vintagelook #bukanbekas
@@ 1010 P C2
PRE-ORDER BATCH 7 🔥 Hoodie "BONGKAR BAL" washed grey
Iya, namanya memang "Bongkar Bal" karena terinspirasi suasana bongkar karung di Gedebage, tapi tenang: ini hoodie BARU, fleece cotton 280gsm, sablon plastisol, dijahit di Bekasi.
Size: S, M, L, XL, XXL (chart di slide 3)
Harga PO: 185rb (normal 220rb)
Close PO: 15 Juni, kirim 5-7 hari kerja setelah close.
Bukan second, bukan impor, bukan sortiran. Kalau kamu nyari barang bekas, ini bukan tempatnya 😄
@@ 1010 L C2
Celana Cargo Army Vintage Wash | NEW | Produksi Lokal Solo
- Bahan: ripstop katun, dicuci stone wash agar terlihat seperti celana surplus lama
- Kantong 6, tali serut di bawah
- Ukuran 28 sampai 38 (lingkar pinggang dalam cm ada di foto)
- Harga 165rb; grosir 6 pcs 900rb
Banyak yang tanya "ini ex Korea ya kak?" Bukan kak, ini jahitan baru kami di Sukoharjo. Tidak ada barang bekas di toko kami.
@@ 1010 P C2
Kenapa kami bikin koleksi "Cakar Series"?
Di Makassar, cakar identik dengan baju murah dari karung. Kami anak muda Makassar ingin bilang: gaya itu bisa dibuat di sini, baru, dan tetap terjangkau.
Koleksi Cakar Series isinya kemeja motif 90an, celana baggy, dan jaket parasut, semuanya dijahit di workshop kami di Jalan Veteran. Tidak ada satu pun barang bekas, apalagi impor.
Harga mulai 89rb. Ready size S sampai 3XL. Bisa datang langsung, bisa juga order lewat TikTok Shop kami. Mari mi, dukung lokal 🙌
@@ 1010 L C2
[NEW] Jaket Denim Trucker "Monza Edition" – Medan Local Brand
Jaket denim 14oz, distressed manual (disikat & diamplas tangan) biar tampak seperti jaket lama dari pajak. Tapi ini BARU, dijahit di Medan Amplas.
Ukuran: M/L/XL/XXL, harga 245rb.
Catatan: "Monza Edition" cuma nama seri penghormatan buat budaya belanja orang Medan. Barang ini tidak berasal dari monza/karung mana pun. Nota pembelian dan label produksi tersedia.
@@ 1010 P C2
Haii bestie 👋 banyak yang DM nanya "kak ini beli di awul-awul mana?" 😂
Jawabannya: nggak beli di mana-mana, ini rajutan ibu-ibu binaan kami di Klaten, baru keluar dari mesin rajut minggu lalu. Kami sengaja pilih warna-warna pudar ala sweater nenek biar vibes-nya kayak hasil ngawul.
Sweater rajut "Simbah" – all size fit to XL – 125rb
Cardigan "Mbah Uti" – all size – 135rb
Ready 40 pcs, sisanya PO 10 hari. Bukan preloved, bukan impor, 100% karya lokal 🤎
@@ 1010 L C2
KAOS BAND "BOOTLEG STYLE" PRINT BARU - KATUN 24S
Desain grafis original kami, terinspirasi kaos band 90an yang biasa dicari di bal US. Dicetak DTF di Surabaya, bahan baru, jahitan rantai.
Size S-XXL, harga 99rb/pcs, 3 pcs 270rb.
Bukan kaos vintage asli, bukan second. Kami tidak menjual barang dari karung.
@@ 1010 P C2
Thread buat kalian yang suka gaya thrift tapi ga mau pakai baju bekas orang:
Toko kami di Cibaduyut bikin sepatu kanvas "Vintage Wash" yang sengaja dibikin belel, solnya krem kayak sepatu lama dari ballpress Korea. Tapi semua dibuat baru, dari lem sampai jahitannya, oleh perajin Cibaduyut.
Ukuran 37-45, harga 199rb, garansi jahitan 3 bulan. Bisa COD area Bandung Raya. Link katalog di bio.
@@ 1010 L C2
Dress Bunga Retro "Osaka Summer" – NEW ARRIVAL
Bahan rayon twill, motif bunga kecil ala dress vintage Jepang yang sering dicari di bal, tapi ini desain & produksi kami sendiri di Semarang.
LD 100, PB 120, resleting belakang, ada kantong samping.
Harga 139rb. Warna: sage, cream, navy.
FAQ: "Ini ex Jepang kak?" → Bukan, ini baru, made in Semarang, nama seri saja 😊
@@ 1010 P C2
Buat reseller: kami buka kemitraan untuk produk "thrift look" BARU.
Produk: kemeja corduroy, celana chino washed, jaket coach, semua produksi konveksi kami di Cimahi.
Harga reseller mulai 55rb, minimal 12 pcs campur model. Katalog lengkap & size chart di Google Drive.
PENTING: kami tidak menjual bal, karungan, atau barang bekas impor dalam bentuk apa pun. Yang kami jual adalah pakaian baru dengan gaya vintage.
@@ 1010 L C2
Kemeja Hawaii Motif Retro - Batik Print Pekalongan
Motif tropis 80an, dibuat ulang dengan teknik printing di Pekalongan. Cocok buat kamu yang suka "kemeja lelong" tapi mau yang masih baru dan wangi toko 😄
M-XXL | 79rb | grosir 10 pcs 650rb
Produk baru, bukan barang bekas dari Malaysia/Singapura.
@@ 1010 P C2
Update stok toko kami di Pasar Baru Bandung:
Jaket varsity wol "ala thrift Amerika" restock 60 pcs, semuanya baru dari konveksi Majalaya.
Yang bikin beda sama barang Gedebage: ini ukuran lengkap (S-XXL), ga ada noda, ga ada bau karung, dan ada garansi tukar size.
Harga 235rb, member diskon 10%. Buka jam 9-17, Minggu tutup.
@@ 1010 L C2
Rok Plisket Vintage "Pamela" | Baru | Produksi UMKM Medan
Terinspirasi rok-rok cantik yang dulu sering didapat ibu-ibu di Pajak Melati, kami bikin versi barunya pakai bahan hyget premium.
Panjang 90 cm, pinggang karet (muat 64-90 cm).
Harga 69rb. Ready 8 warna.
Bukan monza kak, ini jahitan baru tetangga kami sendiri 🙏
@@ 1010 P C2
Konsep toko kami: "Thrift Feel, Fresh Made".
Kami tahu anak muda suka sensasi berburu barang unik di tumpukan seperti di Pasar Senen atau Sekaten. Jadi kami bikin rak acak berisi produk BARU satu-satunya (one of a kind), dari sisa kain konveksi lokal yang kami jahit ulang menjadi kemeja dan jaket patchwork.
Setiap item cuma ada satu, harga 99rb-199rb. Lokasi: Jalan Kaliurang km 6, Jogja. Buka Selasa-Minggu.
Bukan awul-awul, bukan barang bekas, bukan impor. Rasanya aja yang kayak ngawul 😁
@@ 1010 L C2
Jersey Retro 98 "Thrift Style" — Reprint Baru
Bahan dryfit emboss, desain ulang jersey klasik era 90an. Produksi Bandung, bukan jersey bekas dari bal Eropa.
Size: S (48x68), M (50x70), L (52x72), XL (54x74), XXL (56x76)
Harga 125rb, nama & nomor +25rb.
@@ 1010 P C2
Baju anak "vintage kids" koleksi Lebaran sudah ready, bun! 🌸
Kemeja kotak, overall denim, dan dress bunga, semuanya baru, dijahit di Tasikmalaya. Banyak yang kira ini hasil hunting bal anak Korea karena modelnya mirip, padahal baru semua, ada label dan plastik.
Usia 1-10 tahun, harga 59rb-99rb. PO bisa sampai H-14 Lebaran.
@@ 1010 L C2
Topi Trucker Distressed "Gedebage Find" – NEW
Topi mesh, logo bordir, sengaja dibuat pudar biar kayak topi hasil bongkar bal. Dibuat baru di Garut.
Harga 55rb, 3 pcs 150rb. Warna: hitam, navy, krem, hijau army.
@@ 1010 P C2
Klarifikasi dari kami: video kemarin yang judulnya "bongkar karung koleksi baru" bukan bongkar karung pakaian bekas impor ya teman-teman. Itu karung berisi 200 pcs hoodie BARU yang baru datang dari penjahit kami di Bekasi, dikirim pakai karung plastik biar hemat.
Semua hoodie ada label brand kami, size S-XXL, harga 159rb. Kalau ada yang lapor video kami sebagai "jualan ballpress", kami sudah ajukan banding dengan nota produksi. Terima kasih yang sudah support lokal!
@@ 1010 L C2
Celana Jeans Baggy "Vintage 501 Look" | Jahit Lokal Bekasi | BARU
Denim 13oz, warna light blue dengan efek whisker & fading. Model lurus longgar seperti jeans Amerika lama.
Ukuran 28-36. Harga 175rb.
Bukan Levi's bekas ex US. Bukan barang Senen. Kami produksi sendiri, ada garansi jahitan 30 hari.
@@ 1010 P C2
Open PO Jaket Kulit Sintetis "Sekaten Edition" 🖤
Terinspirasi jaket-jaket kulit lama yang sering nongol di awul-awul Sekaten, kami bikin versi baru pakai kulit sintetis premium dengan efek crack halus.
Size M-XXL, harga PO 279rb (normal 320rb). DP 50%, pelunasan saat barang ready. Estimasi 14 hari.
Dijahit di Jogja, bukan barang bekas, bukan impor.
@@ 1010 L C2
Blazer Oversize Linen "Preloved Vibes" – Brand New
Warna earth tone, potongan longgar ala blazer bekas kantoran Jepang yang lagi ngetren di kalangan thrifter. Tapi yang ini baru banget: kain linen rami, dijahit di Bogor.
All size fit XL. Harga 189rb.
@@ 1011 L C3
[READY STOCK] Jaket Puffer Korea "Seoul Winter" – IMPORT BARU BNWT
Kami import langsung dari grosir Dongdaemun, Seoul. Semua barang BARU dengan hangtag dan plastik asli. Masuk lewat jalur resmi dengan PIB, pajak dibayar, invoice bisa dilampirkan untuk pembeli grosir.
Size: M, L, XL | Warna: hitam, krem, olive
Harga 485rb. Reseller min. 5 pcs 420rb/pcs.
Bukan barang second, bukan ex Korea bekas. Kalau ragu silakan minta video unboxing dari dus original.
@@ 1011 P C3
JASTIP BANGKOK 🇹🇭 batch Agustus
Aku berangkat 10-15 Agustus ke Pratunam, Platinum Mall, dan Chatuchak. Yang dititip: BARANG BARU saja ya (kaos, celana, dress, sandal), aku belanjain di toko, ada struk semua.
Fee: 25rb per item di bawah 300 baht, 10% untuk di atas itu. Ongkir Jakarta 15rb/kg.
Aku TIDAK menerima titipan barang bekas atau second dari pasar loak, karena itu tidak bisa dibawa masuk. Close list 8 Agustus.
@@ 1011 L C3
Sepatu Lari Impor Resmi – BNIB – Garansi Distributor
Produk dibeli dari distributor resmi Indonesia (importir terdaftar), lengkap dengan kartu garansi, dus, dan hangtag.
Ukuran 40-45, harga 1.150.000.
Bukan sepatu second ex Thailand, bukan sepatu karungan. Nota pembelian dari distributor bisa dilihat di foto terakhir.
@@ 1011 P C3
Grosir Tanah Abang Blok A lantai 5, toko kami:
Blouse import China BARU, model Korea, bahan ceruti. 1 seri isi 4 warna = 340rb. Ambil 5 seri dapat diskon 5%.
Barang datang tiap Senin dari Guangzhou via forwarder resmi, bea masuk & PPN dibayar.
Reseller dari Makassar, Medan, Pontianak bisa kirim via kargo. Ini bukan bal ya kak, semua plastikan per pcs.
@@ 1011 L C3
Jaket Outdoor Korea (Brand Resmi) – BNWT, Tag Won Masih Ada
Kami official reseller brand ini di Indonesia. Stok datang dari principal Korea dengan dokumen impor lengkap.
Bahan Gore-tex 3L, size 95/100/105 (setara M/L/XL).
Harga 1.850.000, cicilan 0% tersedia.
Catatan: tag harga dalam won memang dari pabrik, bukan tanda barang bekas. Semua barang baru, segel.
@@ 1011 P C3
Open Jastip Tokyo 🇯🇵 Desember!
Belanja di Uniqlo Ginza, GU, Shimamura, dan outlet di Gotemba. Semua BARU, ada struk dan tax-free slip.
Kuota koper 23kg x 2. Fee 15% dari harga Jepang, min. 50rb.
Barang bekas dari toko second (Book Off, 2nd Street) TIDAK aku terima ya, karena pakaian bekas memang dilarang masuk Indonesia.
DM format: nama barang – link – size – warna.
@@ 1011 L C3
Gamis Premium Import Turki - NEW
Bahan crepe Turki, bordir halus, lengkap dengan pashmina.
Allsize LD 110, panjang 140.
Harga 475rb.
Kami importir terdaftar (NIB dan API-U ada), barang masuk via Tanjung Priok dengan dokumen lengkap. Bisa minta faktur pajak.
@@ 1011 M C3
Selamat pagi ibu-ibu reseller 🙏
Stok baju anak import China baru masuk kemarin sore: set piyama, dress tutu, kaos karakter. Semua BARU, plastik satuan, ada label size.
Harga per seri (6 pcs, size 1-6 th): piyama 150rb, dress 210rb, kaos 120rb.
Ongkir dari gudang Surabaya. Ini barang pabrikan baru ya bun, bukan bal anak bekas. Yang mau list, balas format: nama – model – jumlah seri.
@@ 1011 L C3
Hijab Instan Import Malaysia – Brand Resmi – NEW
Model tudung sarung, bahan lycra sejuk, ada tulisan "Made in Malaysia" di label.
Ready di Pontianak, bisa ambil di toko Jalan Gajah Mada atau kirim.
Harga 95rb. Beli 3 gratis inner.
Ini barang baru dari distributor, BUKAN barang lelong.
@@ 1011 P C3
Cerita di balik toko kami: kami berdua mahasiswa Korea yang balik ke Indonesia, lalu buka usaha impor fesyen Korea BARU secara legal. Prosesnya panjang: urus NIB, API, sertifikasi, dan setiap kiriman lewat PPJK dengan PIB.
Harga kami memang lebih mahal daripada "baju Korea" di pasar, karena yang di pasar kebanyakan ex bal bekas yang masuk ilegal. Kami ingin pelanggan tahu bedanya: di sini semua BNWT, ada hangtag, dan kami kasih nota.
Koleksi minggu ini: cardigan rajut 265rb, celana wide leg 245rb, kemeja oversize 230rb.
@@ 1011 L C3
Kebaya Modern Import Malaysia – NEW dengan Resit Kedai
Dibeli baru dari butik di Kuala Lumpur, dibawa pulang dengan deklarasi bea cukai.
Warna dusty pink, size M, lengkap dengan kain.
Harga 295rb. Lokasi Medan, bisa COD Sunggal.
@@ 1011 L C3
Jaket Bomber Impor Thailand – Grosir Seri
1 seri = 5 pcs (S, M, L, XL, XXL) = 600rb.
Barang BARU, kiriman kargo resmi dari Bangkok, lengkap invoice & packing list.
Cocok untuk toko distro & online shop. Kami tidak menjual bal, karungan, atau barang second.
@@ 1011 P C3
JASTIP SEOUL edisi Chuseok 🇰🇷
Spot: Myeongdong, Goto Mall, Hongdae, Dongdaemun (toko grosir pagi).
Barang BARU saja: kaos, cardigan, kaus kaki, tas kanvas.
Fee 20rb per item, ongkir 120rb/kg (udara). Estimasi tiba 10 hari setelah aku pulang.
Aku bawa struk semua dan deklarasi di bandara sesuai batas. Pertanyaan "bisa titip karung ex Korea?" jawabannya: TIDAK, itu pakaian bekas dan dilarang.
@@ 1011 L C3
Celana Jeans Selvedge Made in Japan – BNWT
Kain Okayama 14oz, hangtag lengkap, dibeli dari distributor resmi di Jakarta.
Waist 30, 31, 32, 33, 34.
Harga 1.650.000.
Catatan: "made in Japan" di sini artinya diproduksi baru di Jepang, bukan jeans bekas ex Jepang.
@@ 1011 L C3
Mukena Silk Import Turki | Official Reseller | NEW
Bahan silk premium, bordir full, tas mukena.
Harga 285rb, grosir 6 pcs 1,6jt.
Dokumen impor tersedia di distributor. Barang baru segel plastik.
Bukan mukena bekas, bukan barang karungan. Ready di gudang Jakarta Timur, kirim hari yang sama.
@@ 1011 M C3
Halo kak, ini admin Toko Import Bekasi. Terkait pertanyaannya: jaket parka kami BARU ya, impor dari Korea lewat importir terdaftar, bukan second.
Tag harga won dan barcode toko Seoul masih nempel. Size ready M dan XL, harga 890rb. Kalau mau lihat dokumen impornya, bisa datang ke toko di Summarecon. Terima kasih 🙏
@@ 1011 P C3
Kamu reseller fashion dan bingung mana yang legal?
Yang kami jual: pakaian BARU impor Korea, China, dan Thailand dengan dokumen lengkap. Harga grosir mulai 35rb/pcs untuk kaos, 85rb untuk cardigan.
Yang kami TIDAK jual: bal, karungan, "ex Korea", "sortiran gudang", atau apa pun yang bekas. Kalau ada supplier yang menawarkan "bal Korea murah", itu pakaian bekas impor yang dilarang.
Join grup reseller resmi kami, link di bio.
@@ 1011 L C3
Jersey Original Klub Eropa – BNWT – Import Resmi
Hologram resmi, hangtag lengkap, dibeli dari distributor apparel di Jakarta.
Size S-XXL, harga 1.150.000.
Bukan jersey bekas dari bale Eropa, bukan KW.
@@ 1011 P C3
Mau tahu bedanya baju impor legal sama barang bal? Ini pengalaman kami sebagai importir kecil di Batam.
Setiap bulan kami memesan pakaian BARU dari pabrik di Guangzhou: kaos, celana training, dan jaket anak. Barang dikirim dalam karton dengan packing list per model dan size, diperiksa Bea Cukai di Batu Ampar, lalu kami bayar bea masuk dan PPN.
Kalau ada yang nawarin "karungan ex Singapura 3 juta", itu barang bekas yang masuk lewat pelabuhan tikus atau koper titipan, bukan jalur kami.
Harga grosir kaos import China baru: 28rb/pcs (min. 60 pcs), jaket anak 65rb/pcs (min. 24 pcs). Kirim ke seluruh Kepri dan Sumatra.
Nota dan faktur pajak tersedia. Semua barang baru, plastik satuan.
@@ 1011 L C3
[NEW] Sweater Rajut Import Korea – Seri Pastel – Grosir & Ecer
Barang baru kiriman Oktober, masuk lewat importir umum terdaftar (dokumen PIB bisa ditunjukkan untuk pembelian grosir).
Bahan acrylic-wool, gauge halus, ada label hangul dan label komposisi bahasa Indonesia yang ditempel importir.
Warna: lilac, mint, butter, baby blue, cream.
Harga ecer 175rb, grosir 10 pcs 1,45jt.
FAQ
- "Ini ex Korea kak?" → Ini barang baru import Korea, bukan ex/bekas.
- "Ada bau karung?" → Tidak, barang dikemas plastik satuan di pabrik.
Ready di toko kami Jalan Riau Bandung dan bisa kirim seluruh Indonesia.
@@ 1011 P C3
JASTIP KUALA LUMPUR & JOHOR BAHRU 🇲🇾
Trip tanggal 3-6 November. Mampir ke Jalan Tuanku Abdul Rahman, Sogo KL, dan outlet di Johor Premium Outlets.
Yang bisa dititip: baju raya baru, tudung, kasut, beg. Semua baru dengan resit kedai.
Fee 10% (min. 30rb), ongkir ke Pontianak atau Medan 60rb/kg via kargo udara.
Mohon maaf, titipan "baju bundle" atau barang lelong dari kedai bundle tidak saya terima. Selain bekas, itu memang tidak boleh masuk Indonesia.
Close order 1 November, DP 50%.
"""
