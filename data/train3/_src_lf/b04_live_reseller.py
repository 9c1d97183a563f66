from common import R
RECORDS = [
# ---- live open-sack (22)
R("live", "illegal_live_open_sack", "1111", """
LIVE JAM 8 MALAM NANTI!! 🔴
Kita BUKA KARUNG baru, belum ada yang liat isinya, kalian yang pertama!
Sistem: aku angkat barang, kalian ketik "MAU + nomor", yang pertama ketik dapet.
Harga dibuka 25rb, jaket 50rb.
Pembayaran max 1x24 jam, lewat dari itu lempar ke yang antri.
Jangan lupa share live-nya biar rame ya guys 🙏
Sedikit bocoran isi karung malam ini: dari labelnya sih kiriman Korea, beratnya hampir 50 kilo.
Kemarin karung sebelumnya isinya banyak cardigan rajut & rok plisket, semoga yang ini juga bagus-bagus 🤞
Buat yang sering kehabisan, tipsnya: ketik dulu "MAU", baru tanya ukuran, nanti kita cek bareng.
Yang udah checkout tapi ternyata ukurannya nggak muat, boleh lempar ke teman, asal kabarin admin.
Pengiriman tiap Senin & Kamis ya, bukan tiap hari.
"""),
R("live", "illegal_live_open_sack", "1111", """
🔴 Bongkar bal Jepang part 2 malam ini, 20.30 WIB
Part 1 kemarin isinya banyak knit & coat, sisa setengah bal lagi.
Yang kemarin belum kebagian, stand by ya!
Rules: ketik kode barang, cek di keranjang kuning, checkout maks 15 menit.
Ongkir subsidi 10rb buat pembelian di atas 3 pcs.
"""),
R("live", "illegal_live_open_sack", "1111", """
Halo halo yang baru masuk live, selamat datang! 👋
Ini kita lagi buka karung nomor 3 ya, isinya mayoritas kemeja dan celana.
Nah yang ini kemeja linen, size L, kondisi mulus, buka harga 40 ya.
Yang ini celana chino krem, pinggang 32, 45.
Ketik MAU aja, nanti admin catat. Follow dulu biar dapet notif live berikutnya!
Oke ini ada lagi, jaket coach hitam, tulisannya bahasa Jepang di punggung, ukuran M, kondisi masih oke, 65 ya.
Wah langsung ada yang MAU, kak @dinda_rsy dapet ya!
Next, rok jeans panjang, pinggang 27, 35 ribu.
Buat yang nanya kenapa bajunya agak kusut: ini kan baru keluar dari karung, nanti sebelum dikirim kita laundry semua kok.
Sabar ya, karungnya masih setengah, masih banyak banget.
"""),
R("live", "illegal_live_open_sack", "1111", """
MALAM JUMAT SPESIAL: BONGKAR 2 BAL SEKALIGUS 🎉
Bal 1: sweater & cardigan Korea
Bal 2: celana jeans campur
Mulai jam 19.00 sampai habis. Ada giveaway 3 pcs buat yang paling rajin komen.
Admin ada 2 orang, jadi pesanan kalian aman tercatat.
"""),
R("live", "illegal_live_open_sack", "1111", """
Live sore ini kita "pecah kawat" langsung dari lapak, guys 🔨
Jadi kalian bisa liat bal-nya masih utuh, diikat kawat, terus kita potong di depan kamera.
Isinya campur, belum tau apa aja, seru kan?
Harga flat 35rb semua kecuali jaket tebal.
Jam 4 sore ya, jangan telat!
"""),
R("live", "illegal_live_open_sack", "1111", """
Yuk merapat yuk! Live buka goni sekarang 🔴
Goni pertama isi jaket, kita lempar satu-satu ya.
Jaket parasut hijau army, XL, 55.
Jaket jeans belel, M, 60.
Yang nanya ongkir ke Kalimantan: aman, kita pakai kargo laut, murah.
Ketik "JP + nomor" buat jaket ya.
"""),
R("live", "illegal_live_open_sack", "1111", """
Besok jam 10 pagi kami live dari gudang!
Ada 6 karung baru datang dari pelabuhan semalam, belum dibuka sama sekali.
Live-nya bakal lama, bisa 4 jam, jadi siapin cemilan 🍿
Ada sesi lelang juga buat barang bermerk, start dari 50rb.
Catat jamnya, pasang alarm!
Biar nggak kecewa, baca aturan dulu:
• Barang yang dilelang harus dibayar dalam 2 jam setelah live selesai.
• Barang reguler dibayar max besok jam 12 siang.
• Yang tiga kali nggak bayar, kami blokir dari live selanjutnya.
Kami juga bakal tunjukin label & tag tiap barang di kamera, jadi yang cari merk tertentu bisa lihat jelas.
Gudang kami dekat pelabuhan, jadi barang datang langsung tanpa lewat tangan banyak orang.
"""),
R("live", "illegal_live_open_sack", "1111", """
Kakak-kakak yang sudah gabung, kita mulai ya 😊
Malam ini kita buka bal anak, isinya baju anak umur 2-8 tahun.
Harga satu potong 15rb, tiga potong 40rb.
Ketik "ANAK + nomor" untuk ambil. Nomor ada di kertas yang ditempel di baju.
Nanti yang sudah ambil, admin DM total belanja ya.
"""),
R("live", "illegal_live_open_sack", "1111", """
LIVE SHOPEE JAM 9 🔴 BUKA BALL US
Kaos band, kaos tur, flanel, workwear. Barang tua-tua, vintage 90an.
Harga mulai 75rb, yang langka kita lelang.
Ingat: NO CANCEL, NO COMPLAIN size, semua ukuran kita sebut pas live.
Yuk ramein!
"""),
R("live", "illegal_live_open_sack", "1111", """
Live sekarang dari Pasar Terong, lapak kami 🎥
Hari Minggu "buka baru" nih kakak, karung baru dibuka, langsung kita tunjuk-tunjukkan.
Mau gaun? Mau cardigan? Ketik saja di komen.
Harga gaun 50, cardigan 35.
Kirim ke seluruh Sulsel.
"""),
R("live", "illegal_live_open_sack", "1111", """
Guys maaf live kemarin putus karena sinyal, hari ini kita ulang ya 🙏
Jam 7 malam, lanjut buka karung yang kemarin baru setengah.
Isinya hoodie & sweatshirt, ada beberapa brand kampus Amerika.
Harga mulai 60rb. Yang kemarin udah ketik MAU tapi belum bayar, admin hubungi lagi.
Ada beberapa yang udah kita sisihin dari kemarin: hoodie Champion abu-abu, sweatshirt Harvard navy, crewneck Russell hijau.
Itu bakal kita lempar di awal live, jadi siap-siap jam 7 teng.
Sinyal udah aman, kita pindah pakai wifi tetangga 😂 (udah izin kok).
Maaf sekali lagi buat yang kemarin udah nunggu lama, nanti ada voucher ongkir buat semua yang checkout malam ini.
"""),
R("live", "illegal_live_open_sack", "1111", """
🔴 ON AIR: Unboxing karungan seken langsung dari Batam
Saya angkat, saya sebut merk & ukuran, kakak langsung klaim.
Kemeja pria 30, celana kain 35, blazer 50.
Yang beli 5 dapat 1 gratis pilihan admin.
Live sampai jam 11 malam ya.
"""),
R("live", "illegal_live_open_sack", "1111", """
Besok sore ada LIVE BONGKAR BALL khusus sepatu 👟
Kita buka 1 ball isi ±90 pasang, campur running, basket, boots.
Sistem cepat-cepatan, harga 150-400rb.
Pastikan ukuran kaki kalian dalam cm ya, biar nggak salah.
Jam 4 sore, tiktok @sepatu.lorong.
"""),
R("live", "illegal_live_open_sack", "1111", """
Horas kawan! Malam ini live monza 🔴
Baru pecah kawat tadi siang di pajak, langsung kubawa pulang buat live.
Jaket kulit, kemeja flanel, celana kargo.
Harga 40 sampai 150, tergantung barang.
Ketik "AMBIL" terus nomor barang. Kirim ke seluruh Sumut.
Barang ini kubawa sendiri dari pajak Melati tadi, satu goni penuh, belum sempat kupilah.
Jadi kita pilah sama-sama di live ya kawan, kalian lihat langsung kondisinya.
Yang kulitnya ada mengelupas kusebut, yang kancingnya lepas kusebut, jujur-jujur aja kita.
Bayar transfer atau COD Medan kota, yang luar kota kirim Senin.
Bah, rame kali yang masuk, selamat datang semuanya!
"""),
R("live", "illegal_live_open_sack", "1111", """
Live cakar jam 7 malam ini ki' 🔴
Buka karung baru kiriman Pare, isinya dress pesta, kebaya modern, blazer.
Pas untuk acara nikahan, harga 40-120rb.
Yang mau, ketik "KEEP + kode". Transfer paling lambat besok siang nah.
"""),
R("live", "illegal_live_open_sack", "1111", """
LIVE BONGKAR 🧨 jam 21.00
Part spesial: "karung misteri" 50rb per paket.
Tiap paket isi 3 baju random dari karung yang kita buka langsung.
Gak bisa pilih, gak bisa tukar, tapi dijamin layak pakai.
Kuota 100 paket. Siap-siap!
"""),
R("live", "illegal_live_open_sack", "1111", """
Selamat pagi, live pagi ini dari lapak awul-awul Sekaten ya 🎡
Kotak-kotak baru kita isi, baru bongkar bal subuh tadi.
Yang nonton dari luar Jogja, bisa pesan lewat live, kita pilihkan sesuai ukuran.
Kaos 10rb, jaket 35rb, celana 25rb.
Ketik ukuran + warna.
Kami juga punya kotak khusus jaket dan kemeja flanel, cocok buat yang mau naik Merapi atau Merbabu.
Kalau kalian nonton dari rumah, tinggal sebut ukuran, nanti mas-mas di sini nyariin langsung di kotak.
Pembayaran transfer, kirim besok pagi pakai ekspedisi yang dekat alun-alun.
Ayo yang dari Klaten, Magelang, Solo, biasanya paling rajin pesan hehe.
"""),
R("live", "illegal_live_open_sack", "1111", """
Kami LIVE di IG jam 8 malam 🎬
Bongkar "balan pendek" isi ±200 pcs kemeja wanita.
Harga flat 30rb, ambil 4 jadi 100rb.
Bayar via transfer, packing besok pagi.
Mention teman kalian yang lagi cari kemeja kantor!
"""),
R("live", "illegal_live_open_sack", "1111", """
Malam Minggu live ya guys 🔴 tema: BAL EROPA WINTER
Coat wol, parka, sweater tebal. Cocok buat yang mau ke Jepang/Korea atau yang tinggal di daerah dingin.
Harga 120-350rb.
Ada sesi tanya jawab cara rawat bahan wol juga.
Live jam 8 di TikTok.
"""),
R("live", "illegal_live_open_sack", "1111", """
Gaes, live dadakan! 😆
Karung roma yang baru sampai tadi siang langsung kita buka sekarang.
Ada jaket tebal banyak sekali, cocok buat yang kerja di kebun sawit pagi-pagi.
Harga 40-80rb. Ketik "ROMA + nomor".
Live dari Nunukan, kirim ke mana saja di Kaltara.
"""),
R("live", "illegal_live_open_sack", "1111", """
Live hari ini agak beda ya kak 😁
Kita nggak cuma bongkar, tapi juga ajarin cara sortir: mana kepala, mana badan, mana kaki.
Abis itu barang kepala langsung kita lempar di live, 50rb-an.
Cocok buat yang mau belajar buka lapak juga.
Jam 7 malam, jangan lupa bawa catatan!
Agenda live:
1. Buka karung di depan kamera (kira-kira 15 menit)
2. Sortir bareng, kita jelasin alasan tiap barang masuk kategori apa
3. Lempar barang kepala, harga flat 50rb
4. Tanya jawab soal cari supplier bal yang jujur
Kalau ada yang mau beli bal langsung buat usaha, bisa konsultasi setelah live.
Setiap peserta live yang beli barang kepala dapat bonus 1 barang badan gratis.
Jangan lupa follow dan nyalakan lonceng biar dapat notif.
"""),
R("live", "illegal_live_open_sack", "1111", """
Bapak ibu, jam 2 siang kita live dari gudang Tiban 🏚️
Baru turun 4 ball dari pelabuhan, isinya campur pakaian kerja.
Cocok buat yang cari kemeja kantor & celana bahan murah.
30rb per potong, 4 potong 100rb.
Live-nya di Facebook grup Jual Beli Batam.
"""),
# ---- reseller / dropship recruitment (20)
R("post", "illegal_reseller_recruit", "1111", """
DICARI RESELLER & DROPSHIPPER 📣
Jualan baju bekas luar tanpa modal stok!
Kamu cukup share foto dari katalog kami, dapat orderan, kirim ke admin, kami yang packing & kirim atas nama tokomu.
Untung per pcs 10-30rb.
Syarat: punya HP & mau belajar. Gratis join, gabung grup WA.
Alur kerjanya simpel:
1. Kamu posting foto dari katalog harian di grup (kemeja, jaket, celana dari bal Korea-Jepang).
2. Pembeli transfer ke kamu, kamu transfer harga modal ke kami plus ongkir.
3. Kami kirim pakai nama tokomu, resi dikirim sore.
Sudah ada ibu rumah tangga di Cilacap yang bisa dapet 3 juta sebulan cuma dari share status WA.
Nggak ada target, nggak ada denda. Mulai kapan aja.
"""),
R("post", "illegal_reseller_recruit", "1111", """
Mau punya usaha thrift sendiri tapi bingung mulai dari mana? 🤔
Kami supplier bal Korea & Jepang sejak 2016.
Paket reseller: ambil minimal 1 balan pendek, kami kasih harga agen + materi foto + bimbingan jualan online.
Sudah 300+ reseller di seluruh Indonesia.
Daftar sekarang, kuota bulan ini 20 orang.
Kenapa kuota dibatasi? Karena stok bal tiap bulan terbatas, kami mau reseller kebagian barang bagus semua.
Harga agen balan pendek Korea 4,2 jt, Jepang 6,5 jt, bisa kirim ke luar pulau pakai kargo.
Reseller juga dapat template caption, preset foto, dan akses kelas live jualan tiap Rabu malam.
Testimoni reseller bisa dilihat di highlight, ada yang dari Kupang, Ternate, sampai Sorong.
"""),
R("post", "illegal_reseller_recruit", "1111", """
OPEN MITRA LAPAK 🤝
Kamu punya teras/garasi kosong? Jadikan lapak!
Kami kirim 1 karung barang seken impor (±60 kg), kamu jual, bagi hasil 60:40.
Barang yg tidak laku dalam 1 bulan boleh dikembalikan.
Area: Jawa Tengah & DIY dulu.
Info lengkap: DM "MITRA".
Tiap mitra dapat:
- 1 karung isi campur (kemeja, kaos, celana, jaket)
- 40 hanger dan 1 rak besi pinjaman
- Spanduk kecil "Sandang Murah"
Mitra cukup setor laporan penjualan tiap Minggu lewat WA.
Sudah 35 mitra jalan di Klaten, Boyolali, Sleman, dan Bantul.
Yang di luar area itu masih bisa daftar antre, kami buka wilayah baru tiap 3 bulan.
Karung dikirim pakai ekspedisi darat, sampai 2-4 hari.
"""),
R("post", "illegal_reseller_recruit", "1111", """
Reseller grosir dibutuhkan! 🚛
Kami gudang di Tanjungbalai, kirim ke seluruh Sumatera.
Harga khusus reseller: karung campur 2,8 jt, karung jaket 3,5 jt.
Pembelian pertama min 2 karung, selanjutnya bebas.
Serius? Inbox dengan format: NAMA / KOTA / RENCANA JUMLAH.
"""),
R("post", "illegal_reseller_recruit", "1111", """
Gabung jadi DROPSHIPPER thrift 💸
✔ Tanpa stok
✔ Foto produk disediakan
✔ Packing polos tanpa nama supplier
✔ Barang seken Jepang-Korea pilihan
Margin kamu tentukan sendiri. Admin fast respon.
Link grup ada di bio.
"""),
R("post", "illegal_reseller_recruit", "1111", """
Kak, mau penghasilan tambahan dari HP? 📱
Kami butuh 50 reseller jualan live TikTok.
Barang kami yang siapin: karung seken dari luar, kamu yang live & jualan.
Fee 20% dari penjualan, dibayar tiap minggu.
Bimbingan cara live juga kami kasih.
Daftar: ketik "LIVE" di komentar.
"""),
R("post", "illegal_reseller_recruit", "1111", """
Buat kamu yang jualan di kampung: kami cari agen cakar per kecamatan 🗺️
Kami kirim karung dari Makassar, kamu jual di pasar mingguan.
Agen dapat harga khusus & hak eksklusif per kecamatan.
Sudah ada agen di Bone, Wajo, Soppeng.
Daerah lain masih terbuka, hubungi kami.
Agen cukup punya tempat simpan karung dan kendaraan untuk ke pasar.
Karung kami kirim pakai truk ekspedisi ke kota kabupaten, agen ambil di sana.
Harga agen lebih murah 15% dari harga pedagang biasa, dan bisa bayar setengah di depan.
Karung yang isinya banyak rusak bisa kami ganti setengah, asal difoto waktu dibuka.
Hubungi kami lewat pesan, sebutkan nama kecamatan dan pasar mingguan yang biasa didatangi.
"""),
R("post", "illegal_reseller_recruit", "1111", """
LOKER: Admin live + packer 🧑‍💻
Toko thrift kami butuh:
1. Host live (cewek/cowok), pede di kamera
2. Packer, teliti & rapi
3. Sortir karung, kuat angkat-angkat
Gaji + bonus penjualan. Lokasi Cibubur.
Kami jual barang dari bal impor, jadi kerjaan utamanya buka & sortir bal.
Kirim CV ke DM.
Detail:
- Jam kerja 09.00-17.00, host live 18.00-22.00
- Libur 1 hari per minggu, bisa tukar jadwal
- Makan siang ditanggung
- Bonus tiap bal habis terjual
Yang sudah punya pengalaman jualan thrift atau pernah kerja di lapak Senen diutamakan.
Gudang kami di dekat pintu tol Cibubur, dekat halte, gampang dijangkau angkutan umum.
Proses rekrutmen: kirim CV, interview singkat, lalu training 3 hari.
"""),
R("post", "illegal_reseller_recruit", "1111", """
Modal 1 juta bisa mulai usaha? Bisa! 💪
Paket starter reseller: 12 kg pakaian seken impor pilihan + 20 hanger + banner kecil.
Harga 1 juta pas, free ongkir Jawa.
Tinggal jual ulang 20-40rb per pcs, balik modal cepat.
Order paket starter di link bio.
"""),
R("post", "illegal_reseller_recruit", "1111", """
Halo kakak-kakak, saya supplier roma dari Nunukan 🙏
Mau cari kawan reseller di Makassar, Parepare, Palu, Kendari.
Kita kirim karungan pakai kapal, harga lebih murah dari beli di agen Makassar.
Reseller lama sudah banyak yang buka kios sendiri.
Hubungi saya di inbox, kita atur ongkos kirim bersama.
Karungan saya ambil langsung di Tawau, naik speed ke Nunukan, lalu kapal ke Parepare atau Makassar.
Reseller cukup tunggu di pelabuhan, saya kirim foto isi karung sebelum naik kapal.
Harga per karung 2,2-3,5 juta, tergantung isinya jaket atau kaos.
Yang mau coba dulu boleh ambil setengah karung.
Saya juga bisa bantu urus karung sampai ke pelabuhan tujuan.
"""),
R("post", "illegal_reseller_recruit", "1111", """
PELUANG USAHA LEBARAN 🌙
Jadi reseller baju anak import second. Harga reseller 10rb/pc, jual lagi 25-35rb.
Minimal ambil 50 pcs (kita pilihkan campur umur).
Barang datang dari ball Korea yang kita buka sendiri.
Slot terbatas, yang cepat dapat.
"""),
R("post", "illegal_reseller_recruit", "1111", """
Cari partner patungan bal 🤝
Aku mau ambil 1 bal Jepang 14 jt tapi modal cuma 7 jt.
Siapa mau patungan 50:50? Nanti isi bal kita bagi dua adil, aku yang urus sortir & foto.
Domisili Bandung timur diutamakan biar gampang ambil barang.
Serius saja, DM.
"""),
R("post", "illegal_reseller_recruit", "1111", """
Open member RESELLER VIP 👑
Benefit:
- Akses duluan ke bal baru sebelum di-publish
- Harga 15% lebih murah
- Retur barang cacat
- Grup khusus info barang masuk dari pelabuhan
Biaya member 250rb/tahun.
Daftar via link bio.
"""),
R("post", "illegal_reseller_recruit", "1111", """
Dicari dropshipper cabo se-Sulut 📣
Ngana cuma share foto di status WA, torang yang kirim barang.
Untung per potong 5-15 ribu, bayar tiap hari Sabtu.
Barang dari torang pe gudang dekat pelabuhan Bitung.
Minat? Japri jo.
"""),
R("post", "illegal_reseller_recruit", "1111", """
Kelas online "Sukses Jualan Thrift dari Bal" 🎓
Materi: cara pilih supplier bal, hitung HPP per pcs, foto & caption, live jualan.
Bonus: akses grup supplier bal Korea-Jepang harga agen.
Biaya 149rb, sekali bayar seumur hidup.
Batch berikutnya mulai Senin.
Peserta batch sebelumnya sudah ada yang omzetnya 15 juta sebulan, testimoni di highlight.
Kelas diadakan lewat Zoom tiap Senin & Kamis jam 8 malam, rekaman bisa ditonton ulang.
Kamu juga dapat daftar kontak supplier di Batam, Bandung, dan Tanjungbalai yang sudah kami cek.
Materi bonus: cara aman kirim karung lewat ekspedisi tanpa ribet.
Slot batch ini 40 orang, sisa 12.
"""),
R("post", "illegal_reseller_recruit", "1111", """
Dicari reseller monza luar Medan 🙌
Kami kirim karung ke Aceh, Riau, Sumbar, sampai Jawa.
Harga reseller per karung 2,5-4 jt tergantung isi.
Bisa juga ambil ecer dulu buat tes pasar, min 20 pcs.
Hubungi admin di 0821xxxx.
"""),
R("post", "illegal_reseller_recruit", "1111", """
WANTED: Agen awul-awul untuk pasar malam & sekaten 🎪
Kami siapkan barang per bal, kotak kayu, dan terpal.
Agen tinggal jaga lapak, bagi hasil per hari.
Cocok buat yang sudah biasa dagang keliling.
Wilayah: Jateng, DIY, Jatim bagian barat.
"""),
R("post", "illegal_reseller_recruit", "1111", """
Jadi supplier thrift buat tokomu sendiri? Bisa! 📦
Kami jual "paket toko": 200 pcs pilihan dari bal Korea, sudah dicuci & dihanger, tinggal pajang.
Harga 6 jt. Cocok buat yang mau buka toko offline di mall kecil.
Bisa bayar DP dulu 50%.
"""),
R("post", "illegal_reseller_recruit", "1111", """
Kamu ibu rumah tangga? Gabung tim reseller kami 🤍
Jualan cukup dari rumah, lewat WA & FB.
Barang seken luar negeri, kualitas bagus, kami kirim langsung ke pembeli kamu.
Tanpa modal, tanpa stok, untung langsung masuk rekening.
Yuk chat admin Nisa.
"""),
R("post", "illegal_reseller_recruit", "1111", """
Perekrutan sub-agen ballpress wilayah Kalbar 📍
Stok masuk rutin dari Kuching, gudang di Sanggau.
Sub-agen dapat harga khusus & prioritas stok menjelang hari raya.
Pengiriman bisa sampai Sintang, Putussibau, Ketapang.
Info lanjut hubungi kami via pesan.
"""),
]
