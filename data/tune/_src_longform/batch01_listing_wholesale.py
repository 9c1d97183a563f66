from common import R

RECORDS = [
# ---------------- marketplace_listing (illegal) ----------------
R("marketplace_listing", "listing", """
JAKET VARSITY KOREA SECOND ORI - WOL + KULIT SINTETIS
Kondisi 8.5/10, ada noda kecil di lengan kiri (lihat foto 5), resleting aman.
Size chart (cm): LD 58 | Panjang 70 | Lengan 62 -> fit L Indo
Barang pilihan dari bal Korea yang baru kami buka minggu ini, sudah dicuci & disetrika.
Ready 1 pcs saja, no rijek setelah barang diterima.
Kirim dari Bandung (Gedebage) via JNE/J&T, pengiriman Senin-Sabtu jam 3 sore.
Pembayaran: transfer / COD area Bandung Timur.
Bisa juga ambil langsung di kios kami, gedung C lantai 1 no. 45 (Sabtu-Minggu rame, mending weekday).
Tanya-tanya dulu boleh banget, admin online 08.00-21.00.
Cek juga etalase "Jaket Korea" buat model lain: coach jacket, bomber, parka.
#jaketvarsity #thriftbandung #secondori #gedebage
"""),
R("marketplace_listing", "listing", """
Kemeja Flanel Uniqlo Kotak Merah | ex Jepang | Size M (Japan)
LD 52, panjang 71, bahu 45.
Kondisi 9/10: no bolong, no noda, kancing lengkap, warna masih tajam.
Dapet dari karungan Jepang, pilihan kepala jadi kualitasnya di atas rata-rata.
Harga 85rb nett. Ongkir ditanggung pembeli, berat 400 gr.
Catatan: ukuran Jepang lebih kecil satu nomor dari lokal ya kak, cek LD dulu.
Perawatan: cuci terbalik, jangan diperas terlalu kencang biar bulu flanelnya awet.
Mau 3 kemeja sekaligus? Ada paket 3 flanel 230rb (pilih motif dari album "Flanel Jepang").
Pengiriman tiap hari jam 4 sore dari Depok, resi diupdate malamnya.
"""),
R("marketplace_listing", "listing", """
Sepatu Nike Air Max 90 Original Second - Size 42 (27 cm)
Asal: Korea, masuk lewat bal sepatu campur.
Kondisi: upper 85%, sol 80%, insole sudah diganti baru, sudah deep clean.
Tanpa box. Bonus tali cadangan.
Harga 450rb, nego tipis di chat.
Cek keaslian bebas, kode artikel masih terbaca di lidah sepatu.
Kirim dari Pekanbaru, packing double dus.
Note: ini sepatu bekas impor ya kak, bukan baru, jadi wajar ada tanda pemakaian.
Bisa video call untuk cek detail sebelum bayar.
Retur hanya jika barang tidak sesuai foto, wajib video unboxing.
"""),
R("marketplace_listing", "listing", """
PAKET RESELLER 10 PCS KAOS VINTAGE USA (MIX)
Isi acak: kaos band, kaos kampus, kaos souvenir, single stitch kalau beruntung.
Semua dari bal Amerika, sudah kami sortir, yang bolong parah sudah disingkirkan.
Ukuran campur M-XXL. Kondisi 7-9/10.
Harga paket 250rb (rata-rata 25rb/pcs), cocok buat yang mau mulai jualan online.
Tidak bisa pilih motif. Foto hanya contoh isi paket sebelumnya.
Ekspedisi dari Jakarta Pusat (dekat Senen). Order di atas 5 paket dapat potongan.
Kenapa beli paket? Modal kecil, risiko kecil, kalian bisa tes pasar dulu sebelum ambil per bal.
Tips jualan: foto di manekin, tulis ukuran lengkap, kasih caption cerita tentang barangnya.
Bonus: template caption & daftar harga jual rekomendasi untuk tiap jenis kaos.
Pembayaran via transfer BCA/BRI atau e-wallet.
"""),
R("marketplace_listing", "listing", """
Tas Coach Signature Shoulder Bag — preloved ex Japan
Ukuran 28 x 18 x 8 cm, tali bahu 55 cm.
Kondisi: kulit trim agak kusam di sudut, lining bersih, creed masih jelas.
Tas ini datang di karung tas Jepang yang kami ambil dari pemasok langganan.
Authentic guarantee, kalau terbukti palsu uang kembali.
Harga 675rb. Bisa COD Jogja (Jl. Magelang).
Kami kurasi tas branded second dari Jepang tiap bulan, biasanya 20-30 tas per batch.
Semua tas sudah dibersihkan bagian dalam & dilap leather cleaner.
Bisa cicil 3x via paylater.
"""),
R("marketplace_listing", "listing", """
Levi's 501 Made in USA — cakar Parepare pilihan
W32 L32 (ukur ulang: lingkar pinggang 82 cm, panjang 104 cm, paha 30 cm)
Warna medium wash, ada fading alami, jahitan kaki sudah dipotong (uncut tidak).
Kondisi 8/10, tidak ada sobek.
Kami ambil langsung di Lakessi tiap minggu, barang baru pecah karung.
Harga 275rb. Kirim dari Makassar, bisa via kapal kargo untuk luar pulau.
Chat dulu sebelum checkout ya, stok cepat habis.
Yang nanya asli atau bukan: asli, ini celana bekas impor yang masuk lewat Parepare, bukan KW Tanah Abang.
Ukuran lain (W28-W36) tersedia, cek album "Jeans Cakar".
"""),
R("marketplace_listing", "listing", """
Hoodie Champion Reverse Weave Abu - Size L
Barang monza Medan, kondisi mulus, bahan tebal, logo C di lengan masih rapat.
LD 60 | P 72 | lengan 60
Minus: karet ujung lengan agak longgar.
Harga 220rb. Kirim dari Medan Tuntungan, JNT/Sicepat.
Bisa ambil langsung di lapak kami Pajak Melati hari Selasa, Jumat, Minggu.
Monza = baju bekas impor versi Medan ya kak, buat yang dari luar Sumut 😄
Lapak kami di lorong kedua dari pintu masuk, cari spanduk kuning.
"""),
R("marketplace_listing", "listing", """
Blazer Wanita Korea Paket 5 Pcs (Kantoran)
Warna netral: krem, hitam, abu, navy, coklat muda.
Size S-M (LD 86-96). Kondisi 8-9/10, sudah laundry kiloan + setrika uap.
Asal barang: bal blazer Korea, kami pilihkan yang modelnya masih kekinian.
Harga paket 300rb, satuan 70rb.
Pengiriman dari Surabaya, packing plastik + kardus.
Tidak menerima komplain ukuran, mohon cek detail.
Rincian ukuran per blazer ada di foto ke-6 sampai 10.
Paket ini cocok buat fresh graduate yang baru masuk kerja, hemat banget dibanding beli baru.
Stok paket tinggal 4.
"""),
R("marketplace_listing", "listing", """
Dress Anak Perempuan ex Jepang 2-4 tahun (lelong Pontianak)
Bahan katun lembut, motif bunga kecil, ada kantong depan.
Panjang 55 cm, LD 60 cm.
Kondisi 9/10, tidak ada noda, sudah dicuci air panas.
Satu model saja, ready 1.
Harga 35rb, beli 3 item anak bebas ongkir Pontianak kota.
Toko kami juga jual baju anak lelong lainnya: piyama, jaket, celana legging, semua ex Jepang & Korea.
Pembayaran bisa transfer atau bayar di tempat (Siantan & Pontianak Kota).
Tanya ukuran dulu ya bun, baju Jepang agak kecil.
"""),
R("marketplace_listing", "listing", """
SWEATER RAJUT "NENEK" MOTIF KOREA — AWUL-AWUL PREMIUM
Rajutan tebal, motif norwegian, warna maroon-krem.
Free size, LD 108 cm, panjang 64 cm.
Kondisi 8/10, ada sedikit pilling wajar.
Kami ngawul langsung dari tumpukan bal yang baru datang dari Korea, cuma yang layak yang kami upload.
Harga 65rb. Kirim dari Jogja, tiap hari kecuali Minggu.
Khusus mahasiswa tunjukkan KTM pas COD, dapat potongan 5rb 😄
#awulawul #thriftjogja #sweaterrajut #ngawul
"""),
R("marketplace_listing", "listing", """
Jaket Windbreaker The North Face Hitam-Kuning size M
Barang RB Tarakan, kondisi 8/10, jahitan masih kuat, resleting YKK normal.
Lapisan dalam jaring, tidak lengket, tidak bau.
Detail: LD 56, panjang 68.
Harga 185rb. Kirim dari Tarakan, estimasi Jawa 5-7 hari.
Ready juga model lain, cek etalase "Jaket Luar".
Buat yang belum tahu, RB itu sebutan orang Tarakan untuk barang rombengan dari Malaysia.
Semua jaket sudah kami cuci & semprot disinfektan sebelum dikirim.
Packing pakai plastik + lakban, aman dari hujan.
"""),
R("marketplace_listing", "listing", """
Long Coat Wol Musim Dingin — Made in Japan, layak pakai
Warna camel, panjang selutut, kancing tanduk lengkap.
Size tag 11 (setara L wanita), LD 100, panjang 105.
Kondisi 9/10, lining sedikit ada noda kuning di ketiak.
Cocok untuk yang mau liburan ke negara 4 musim.
Harga 350rb. Barang dari Batam, dikirim via pesawat kargo.
Coat bekas luar negeri seperti ini jarang ada yang kondisi 9, jadi siapa cepat dia dapat.
Bisa titip simpan (keep) 2 hari dengan DP 50rb.
"""),
R("marketplace_listing", "listing", """
Jersey Bola Vintage 90an (Home) — dari bal Eropa
Tag asli masih ada, bahan polyester tebal khas era 90an.
Size XL, LD 60, panjang 76.
Minus: nomor punggung sudah retak-retak (lihat foto).
Harga 400rb, barang kolektor.
Kami tidak jual KW. Semua jersey di toko ini pecah bal langsung, bukan ambil dari reseller.
Kirim dari Depok. Asuransi wajib.
Sebagian besar jersey kami dari bal UK & Italia, makanya banyak tim Eropa.
Cek juga jersey lain: klub Serie A, Premier League, dan timnas Jerman 96.
Harga nego halus ya, jangan tawar setengah 🙏
"""),
R("marketplace_listing", "listing", """
Yukata / Kimono Katun Second Jepang (Wanita)
Panjang 160 cm, lebar lengan 48 cm, obi tidak termasuk.
Motif kipas biru di dasar putih. Ada bekas lipatan, tidak ada sobek.
Asli dari Jepang, masuk di karung kimono campur.
Cocok untuk cosplay, foto, atau dekor.
Harga 150rb. Kirim dari Jakarta Barat.
Kalau mau beberapa sekaligus, kami ada 15 yukata lain dan 5 haori, semua bekas impor Jepang.
Obi dijual terpisah 60rb.
"""),
R("marketplace_listing", "listing", """
Boots Kulit Dr. Martens 1460 Cherry Red — UK 8
Dari bal sepatu Korea, kondisi upper 85%, creasing wajar, sol 90%.
Sudah dibersihkan dan disemir ulang.
Panjang insole 27,5 cm.
Harga 850rb, harga toko barunya tiga kali lipat.
Pengiriman dari Medan atau ambil di Pasar Sambu (janjian dulu).
Boots second asli luar, bukan rekondisi lokal.
Size lain: UK 6, 7, 9 (tanya ketersediaan).
Kirim pakai JNE YES atau Paxel.
"""),
R("marketplace_listing", "listing", """
KAOS ANAK PER KILO — RANDOM 1 KG (±8-10 PCS)
Langsung dari karung Korea, belum disortir motif, tapi yang rusak sudah dibuang.
Ukuran campur 2-10 tahun.
Harga 60rb / kg. Maks 5 kg per order.
Cocok buat stok harian anak atau jualan lagi di pasar pagi.
Kirim dari Bekasi. Tidak bisa request ukuran.
Kaos-kaos ini bekas pakai anak-anak di Korea, kondisi campur, makanya dijual kiloan.
Kalau dapat yang bolong lebih dari 2, kirim foto, kami ganti di order berikutnya.
"""),
R("marketplace_listing", "listing", """
Mom Jeans Wanita ex Jepang — waist 28 (71 cm)
Brand: Earth Music & Ecology. High waist, potongan lurus.
Panjang 98 cm, lingkar paha 56 cm.
Kondisi 9/10, warna biru muda, no noda.
Stok dari karung jeans wanita Jepang, tiap minggu update.
Harga 95rb. Kirim dari Semarang.
Brand lain yang sering datang: Uniqlo, GU, Lowrys Farm, Moussy.
Size wanita Jepang biasanya lebih kecil, mohon ukur celana di rumah dulu untuk perbandingan.
Ongkir Pulau Jawa mulai 9rb.
"""),
R("marketplace_listing", "listing", """
Kemeja Aloha Hawaiian Vintage (Rayon) — size L
Motif bunga hibiscus, kancing batok kelapa asli.
LD 60, panjang 76. Label Made in USA.
Kondisi 8/10, ada sedikit benang lepas di kerah.
Asal: bal Amerika campur kemeja. Barang langka untuk kolektor.
Harga 225rb. Bisa bundling 2 pcs 400rb.
#vintageshirt #aloha #thriftstore #kemejapantai
"""),
R("marketplace_listing", "listing", """
Tas Ransel JanSport Klasik — barang cakar, layak pakai
Warna navy, muat laptop 14".
Kondisi: bahan masih tebal, resleting lancar, ada pudar di bagian bawah.
Kami jual apa adanya, sudah dicuci sabun dan dijemur.
Harga 120rb. Ada juga warna merah dan hitam (tanya stok).
Lokasi Kendari, kirim ke seluruh Sultra.
Tas bekas impor begini awet banget, jahitannya beda sama tas pasar.
Yang di Kendari kota bisa COD depan MTQ.
"""),
R("marketplace_listing", "listing", """
Gaun Pesta Satin Panjang — rombengan Batam pilihan
Warna emerald, belahan samping, ada furing.
Size S (LD 84, pinggang 68, panjang 140).
Kondisi 9/10, dipakai pemilik sebelumnya di luar negeri mungkin sekali dua kali.
Harga 180rb. Kirim dari Batam (Jodoh), gratis ongkir Batam kota.
Gaun lain: ada 40-an gaun pesta di album "Rombengan Premium", harga 120-350rb.
Hanya jual, tidak sewa.
Pengiriman luar Batam pakai pesawat, 2-3 hari.
"""),
R("marketplace_listing", "listing", """
Kaos Band Vintage Single Stitch — barang luar, bukan reprint
Tag paper-thin, jahitan single di lengan & bawah.
Band: band metal Amerika tur 1991, grafis depan-belakang, sablon tebal.
Size M (LD 50, P 70). Sablon retak khas umur.
Kondisi 7/10, ada 2 lubang kecil (pinhole) di punggung.
Kami dapat di bal USA kiriman terakhir. Yang serius aja ya.
Harga 600rb. Nego sampai deal di DM.
Kami bisa kasih foto tag & jahitan close up untuk autentikasi.
Mohon serius, barang kolektor bukan buat ditawar setengah harga.
"""),
R("marketplace_listing", "listing", """
Celana Cargo Militer Jerman (Flecktarn) — barang BJ
Size 7 (setara 32-34), pinggang ada tali serut.
Kondisi 8/10, kain masih tebal, semua kancing ada.
Barang dari karung militer yang masuk lewat Tanjung Balai, kami pilih yang terbaik.
Harga 140rb. Kirim dari Palembang.
Stok ukuran lain tinggal 3 pcs.
BJ itu istilah Palembang buat baju bekas impor ya kak, kualitas luar harga lokal.
"""),
R("marketplace_listing", "listing", """
Jaket Kulit Domba Asli Korea — Size M, kondisi bagus
Kulit lembut, warna hitam, zip depan metal.
LD 54, P 64, lengan 61.
Kondisi 8.5/10: tidak ada retak, sedikit pudar di kerah.
Asal: karungan jaket kulit Korea, sudah kami oles conditioner.
Harga 480rb. COD Bekasi/Jakarta Timur.
Kalau kurang yakin, bisa minta video bau & tekstur kulit 😄 dijamin nggak apek.
Size lain ada S & L.
"""),
R("marketplace_listing", "listing", """
Paket Sepatu Anak 3 Pasang (size 28-30) ex Jepang
Isi: 1 sneakers, 1 sandal gunung, 1 sepatu sekolah hitam.
Kondisi 7-9/10, sol masih tebal, sudah dicuci.
Dari karung sepatu anak Jepang, merk campur (Moonstar, IFME, dll).
Harga 150rb per paket. Tidak bisa pilih model.
Kirim dari Malang.
Paket sepatu anak bekas impor Jepang ini favorit ibu-ibu karena solnya tebal.
"""),
R("marketplace_listing", "listing", """
LOT SYAL WOL & SCARF EROPA — 20 PCS
Campur motif tartan, polos, rajut. Panjang 150-190 cm.
Kondisi 7-9/10, ada beberapa yang berbulu halus (pilling).
Dari bal musim dingin Eropa, belum dipilih per pcs.
Harga lot 400rb (20rb/pcs). Cocok untuk reseller hijab & aksesoris.
Kirim dari Tangerang Selatan.
Syal & scarf bekas dari musim dingin Eropa biasanya bahan wol/kasmir campur.
Cocok dijual lagi 45-75rb per pcs.
"""),

# ---------------- wholesale_supplier (illegal) ----------------
R("wholesale_supplier", "listing", """
READY BAL KOREA MIX WANITA 100 KG — SEGEL UTUH
Isi ±280-320 pcs: blouse, dress, cardigan, rok, celana.
Grade A (kepala), persentase jual 85-90%.
Harga 7,2 jt per bal, free bongkar di gudang.
Lokasi gudang: Cikarang. Kirim via truk / ekspedisi, ongkir ditanggung pembeli.
Video saat buka bal wajib untuk klaim.
Chat 0812xxxx (Bang Ucok).
Barang bekas impor tidak bisa diretur, kecuali beda timbangan.
Catatan pengiriman: truk berangkat Senin & Kamis, pastikan ada orang di gudang tujuan untuk bongkar.
"""),
R("wholesale_supplier", "message", """
Karungan Jepang kemeja pria 45 kg press, isi 170-190 lembar.
Kode karung 108 = jaket, 212 = kemeja, 315 = celana kain.
Barang turun minggu ini, ready 30 karung.
Harga kemeja 4,1 jt, jaket 5,3 jt, celana 3,6 jt.
Bisa kirim ke Bandung, Jogja, Solo. Minimal ambil 2 karung.
Karung yang sudah dibuka tidak bisa ditukar.
Foto contoh isi per kode karung bisa diminta lewat WA.
"""),
R("wholesale_supplier", "post", """
Kabar untuk kawan-kawan pedagang Pekanbaru dan sekitarnya:
barang turun di Dumai tiap Kamis malam, Jumat pagi sudah bisa diambil di gudang kami.
Ready goni Korea campur, goni Jepang anak, dan goni sepatu.
Goni campur 3,5 jt, anak 4 jt, sepatu 5,5 jt (isi 60-70 pasang).
Mau aman? Ambil malam, jangan siang.
Hubungi Pak Ridwan 0812xxxx.
Bawa mobil sendiri lebih murah, kalau pakai truk kami tambah 100rb per goni.
Harga bisa berubah tergantung kapal masuk.
"""),
R("wholesale_supplier", "message", """
Cakar grade kepala ready di Parepare, kiriman Tawau–Nunukan minggu lalu.
Kepala (pilihan paling atas) 4,5 jt
Badan 3 jt
Kaki 1,5 jt
Isi per karung ±90 kg, segel masih dari sana.
Bisa titip kirim ke Makassar, Palopo, Bone pakai truk langganan.
Transfer dulu 50%, sisanya pas barang naik truk.
Stok terbatas, yang pesan duluan yang dapat kepala.
"""),
R("wholesale_supplier", "listing", """
Goni campur Korea — minimal ambil 3 goni
Isi: kaos, kemeja, celana, jaket tipis. Berat 95-100 kg/goni.
Kualitas campur (A/B), cocok untuk pasar kaget dan lapak Minggu.
Harga 3 goni 9 jt, 5 goni 14,5 jt.
Gudang Medan Marelan, pengiriman seluruh Sumut.
Pedagang Siantar, Kisaran, Rantauprapat biasa ambil tiap Senin pagi.
Jangan lupa bawa tali & terpal buat yang angkut pakai pick up.
"""),
R("wholesale_supplier", "listing", """
KOLI JAKET WINTER JEPANG — 1 koli ±50 kg (±60-70 pcs)
Isi: puffer, parka, coat wol, down jacket.
Grade A, sudah sortir di sana, jarang ada sobek.
Harga 6,5 jt/koli. Stok 12 koli.
Lokasi Batam, kirim ke Jakarta via kapal 4-6 hari.
Bisa video call saat buka koli.
Musim hujan begini jaket paling laku, apalagi buat pedagang daerah dingin.
Harga khusus 10 koli ke atas: 6,1 jt.
"""),
R("wholesale_supplier", "post", """
Penjelasan grade untuk yang baru mau ambil bal di kami:
KEPALA = lapisan atas/pilihan, barang branded, kondisi 9-10.
BADAN = campur, masih layak jual, sedikit noda.
KAKI = sisa, cocok jual 10rb-an atau per kilo.
Kenapa kepala mahal? Karena dari satu bal utuh, pedagang di sana sudah pisahkan lapisan terbaik.
Pemula sebaiknya mulai dari badan, risikonya kecil dan masih bisa jual 25-50rb/pcs.
Kaki cocok buat pasar kaget kampung atau dijual per kilo ke pengrajin keset.
Semua dari Korea & Jepang, press pabrik, ada label berat.
Harga hari ini: kepala 6 jt, badan 3,8 jt, kaki 1,7 jt per 100 kg.
Tanya-tanya boleh, PHP jangan.
Buat yang tanya legal nggak: kami cuma jual, urusan impor bukan di kami.
Lokasi gudang dikirim setelah DP masuk.
"""),
R("wholesale_supplier", "listing", """
Balpres China crewneck & sweater — 100 kg ±230 pcs
Tahun musim dingin kemarin, warna cerah, banyak brand lokal sana.
Harga 4,8 jt. Ready 15 bal di gudang Tangerang.
Ambil 5 bal gratis antar Jabodetabek.
Foto isi bal contoh ada di highlight IG kami.
Warna-warni cocok buat pasar anak muda, biasanya habis dalam 2 minggu.
"""),
R("wholesale_supplier", "listing", """
Per kilo — kaos anak Korea 35rb/kg, min 20 kg
Celana anak 30rb/kg
Jaket anak 55rb/kg
Barang dari karung, sudah dibongkar jadi bisa ditimbang sesuai pesanan.
Kirim dari Bekasi via Indah Cargo.
Timbangan digital, foto angka timbangan dikirim sebelum paket diberangkatkan.
Untuk pedagang pasar pagi dan jualan online, harga tangan pertama.
"""),
R("wholesale_supplier", "profile", """
Supplier tangan pertama — muatan langsung dari Port Klang.
Kami bukan reseller, kapal kami bongkar di pesisir Riau dua kali sebulan.
Sedia bal Korea, Jepang, UK, dan campur Malaysia.
Minimal order 10 bal. Harga khusus untuk agen daerah.
Hubungi admin jam 20.00–23.00 saja.
Banyak thrift shop online di Jawa ambil dari kami, tanya saja reputasi kami di grup pedagang.
Tidak melayani tanya-tanya lewat komentar.
"""),
R("wholesale_supplier", "listing", """
BAL SEPATU CAMPUR — isi 60-70 pasang
Sneakers, pantofel, sepatu gunung, heels. Sudah diikat per pasang.
Asal Korea, kondisi 70% layak jual langsung, 20% perlu dicuci, 10% afkir.
Harga 5,8 jt. Ready 8 bal di Sidoarjo.
Kirim Jawa Timur bisa pakai pick up kami.
Sepatu yang perlu sol ulang kami pisahkan di karung sendiri, bisa dibeli terpisah.
"""),
R("wholesale_supplier", "listing", """
Bal tas wanita Korea — ±120-150 pcs per bal
Isi: shoulder bag, totebag kulit, clutch, ransel kecil.
Ada peluang brand besar nyelip (Coach, MK, Longchamp).
Harga 6,9 jt/bal, segel.
Gudang Jakarta Utara. Bisa lihat langsung, janjian dulu.
Tas-tas ini rata-rata jual lagi 75-300rb, jadi modal cepat balik.
"""),
R("wholesale_supplier", "message", """
Info stok hari ini ya bosku:
bal segel belum dibuka — Jepang kemeja 4 bal, Korea dress 6 bal, UK jaket 3 bal.
Semua bisa video unboxing live di WA sebelum pelunasan.
Harga sama kayak minggu lalu, belum naik.
Yang dari Gedebage sama Senen biasa ambil Selasa, jadi amankan dari sekarang.
Reseller thrift Jogja juga sering ambil di sini, jadi jangan kelamaan mikir.
"""),
R("wholesale_supplier", "post", """
OPEN AGEN & RESELLER BAL — sistem titip
Modal kecil? Ambil 1 bal dulu, bayar 60% di depan, sisanya setelah laku 2 minggu.
Barang: bal Korea & Jepang campur, 100 kg, segel.
Kami bantu foto katalog & caption jualan.
Simulasi: 1 bal 3,8 jt → ±280 pcs → jual rata-rata 25rb → omzet ±7 jt.
Agen aktif dapat prioritas stok kepala tiap kapal masuk.
Grup WA agen berisi info harga harian & jadwal kapal.
Syarat: punya lapak atau akun jualan aktif, KTP, dan alamat gudang.
Daftar ke admin 0812xxxx.
Sudah 120 agen bergabung dari Aceh sampai Kupang.
Kami kirim bal ke alamat agen, pembeli agen ambil di sana.
"""),
R("wholesale_supplier", "message", """
Bah, lae, karung yang dari Tanjung Balai udah sampai gudang Medan.
Isinya jaket sama kemeja, Korea semua, ada juga satu dua karung Jepang.
Untuk pedagang Siantar, Kabanjahe, Tebing bisa kita antar pakai L300.
Harga karung jaket 5 jt, kemeja 4 jt. Kalau ambil lima kurang lah sikit.
Kabari cepat, barang ini tak lama.
Kalau mau karung campur pun ada, lebih murah, 3,5 jt.
"""),
R("wholesale_supplier", "post", """
Sedia lelong grosir, masuk jalur Aruk minggu ini.
Karung Malaysia campur: baju, seluar, jaket, kasut.
Sekarung dalam 80 kilo, harga 3,2 jt ambil di Sambas.
Kalau hantar ke Pontianak tambah 150rb per karung.
Yang nak ambil banyak boleh nego, cakap terus dengan Bang Long.
Tak payah risau, barang sampai dengan selamat, dah bertahun kami buat.
"""),
R("wholesale_supplier", "listing", """
Stok Batam — kirim kapal ke Tanjung Priok tiap Rabu
Bal ex Singapura & Malaysia: kemeja kantor, celana bahan, dress, baju anak.
Berat 90-100 kg, harga 3,9–5,5 jt tergantung isi.
Dokumen kami yang urus sampai gudang Jakarta, pembeli terima beres.
Minimal 5 bal per pengiriman.
Pembayaran: 30% saat pesan, 70% saat bal tiba di gudang Jakarta.
"""),
R("wholesale_supplier", "listing", """
BAL SELIMUT & JAKET TEBAL KOREA — cocok musim hujan
Isi selimut bulu, bed cover, jaket tebal. 100 kg.
Harga 4,2 jt. Barang banyak dicari pedagang daerah dingin (Dieng, Berastagi, Malang).
Ready di gudang Semarang, kirim pakai ekspedisi truk.
Stok cuma sampai akhir bulan, setelah itu ganti musim barang tipis.
"""),
R("wholesale_supplier", "post", """
Mau ambil bal dari Jepang tapi bingung grade?
Grade A: kondisi 9-10, brand menengah-atas, cacat maks 5%.
Grade B: kondisi 7-8, brand campur, cacat 10-15%.
Grade C: untuk obral 5-10rb, cacat bisa 30%.
Kami jual ketiganya, ready di Surabaya (Jl. Semut). A 6,3 jt, B 4 jt, C 2,1 jt.
Tanya stok lewat DM, transaksi di gudang.
(Harga di atas untuk pakaian bekas impor campur per 100 kg, bukan sortiran per jenis.)
"""),
R("wholesale_supplier", "message", """
Assalamualaikum bapak ibu pedagang Gedebage.
Ready 40 bal minggu ini, harga bisa nego untuk langganan lama.
Rinciannya: 15 bal Korea mix, 10 bal Jepang celana, 10 bal UK jaket, 5 bal sepatu.
Barang turun dari Batam hari Sabtu, Senin sudah di gudang Rancaekek.
Silakan japri untuk booking, DP 1 jt per bal.
Yang belum lunas sampai Senin, bal dialihkan ke pembeli berikutnya.
"""),
R("wholesale_supplier", "listing", """
"CREAM" PICK EROPA — hasil sortir 5% teratas
Bukan bal asal-asalan: ini pilihan dari 20 bal Eropa yang kami bongkar sendiri.
Isi 40 kg: jaket kulit, coat wol, knitwear brand, denim premium.
Harga 8,5 jt (sekitar 90-110 pcs).
Cocok untuk butik vintage dan toko online yang jual di atas 200rb/pcs.
Pengiriman dari Bogor.
Setiap karung kami sertakan foto isi per lapisan.
Minat serius saja, stok sortir terbatas 6 karung per bulan.
"""),
R("wholesale_supplier", "listing", """
Bal Amerika — hoodie & sweatshirt vintage
Campur kampus, olahraga, souvenir; banyak tahun 90an-2000an.
±150 pcs per 100 kg. Kondisi rata-rata 7-8.
Harga 7,8 jt. Ada potongan untuk yang ambil 3 bal ke atas.
Gudang Jakarta Barat, bisa kirim ke seluruh Indonesia via kargo laut.
Isi hoodie kampus Amerika paling dicari anak muda, jual lagi bisa 150-400rb.
"""),
R("wholesale_supplier", "message", """
Buat kawan-kawan yang buka lapak pasar kaget:
kami bisa dropship langsung per bal ke alamat lapak, nggak usah ke gudang.
Pilihan: Korea campur 3,6 jt, Jepang anak 4,2 jt, sepatu campur 5,4 jt.
Pengiriman Jawa 2-4 hari, luar Jawa 5-10 hari.
Pembayaran full sebelum kirim, foto timbangan kami lampirkan.
Nama pengirim di paket kami samarkan jadi "tekstil" biar aman.
"""),
R("wholesale_supplier", "post", """
Bundle bale Korea ready di Johor, boleh hantar terus ke Batam.
Satu bale 100 kg, grade A, harga RM 1,050. Grade B RM 720.
Pembeli Indonesia boleh bayar rupiah, kami ada wakil di Batam Centre.
Penghantaran bot dua kali seminggu. Minimum 10 bale.
PM untuk senarai harga penuh.
Barang sampai Batam dua hari, boleh terus sambung kapal ke Jakarta.
"""),
R("wholesale_supplier", "message", """
Jasa titip karung dari Tawau ke Sebatik, lanjut Nunukan.
Sekali jalan bisa 20 karung, ongkos 250rb per karung sampai Tunon Taka.
Kami juga jual langsung karung baju layak pakai dari gudang Tawau, 2,8 jt per karung sampai tangan.
Langganan kami pedagang cakar di Nunukan dan Tarakan: baju, sepatu, tas, selimut.
Berangkat malam, sampai subuh.
"""),
]
