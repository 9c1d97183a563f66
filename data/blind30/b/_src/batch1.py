RECORDS = [
# ---------- illegal, plain ----------
("listing", "plain_offer", (1,1,1,1), """Jaket Bekas Impor Korea Grade A Murah Meriah
Kondisi 90-95%, sudah dicuci & disetrika
Ukuran L-XL, cek foto ya kak
Harga 65rb/pc, ambil 3 jadi 180rb
Ready stok, kirim dari Bekasi tiap hari kecuali Minggu"""),
("post", "plain_offer", (1,1,1,1), """BONGKAR BAL MALAM INI JAM 8!! 🔥🔥
Bal hoodie ex Jepang baru nyampe, isinya belum kita liat sama sekali, jadi sama-sama kaget ya guys 😂
Harga mulai 35rb, siapa cepat dia dapat
Live di IG @gudangsandang.kita, jangan sampe telat!!
#bongkarbal #thriftindonesia #hoodiebekas"""),
("listing", "plain_offer", (1,1,1,1), """Kemeja Flanel Second Import USA - Uniqlo, Levi's, Wrangler campur
Lingkar dada 54-60 cm, panjang 72-78
Ada minus dikit di beberapa kancing, udah difoto semua
Satu harga 45.000
Bisa COD daerah Cibubur & Cileungsi"""),
("message", "wa_broadcast", (1,1,1,1), """Assalamualaikum kakak2 reseller 🙏
Update stok gudang hari ini:
- Ballpress kaos mix Korea 100kg = 4,2jt
- Ballpress celana jeans USA 50kg = 3,1jt
- Karungan sweater campur = 1,8jt
Barang bekas impor asli, bukan sortiran ulang. Pengiriman via ekspedisi ke seluruh Jawa.
Minat japri 0812xxxx (Bu Narti)"""),
("profile", "shop_bio", (1,1,1,1), """THRIFT ST0RE KAMPUS 🛍️
Jual baju bekas impor pilihan: jaket, kemeja, kaos band, celana kargo
Open tiap Sabtu di depan kos Pondok Melati, Jatinangor
Order online klik link di bio, shipping ke seluruh Indonesia 🇮🇩"""),
("post", "creator_haul", (1,1,1,1), """Haul thrifting kemarin ke Pasar Senen blok III lantai 2! 🤩
Dapet trench coat Burberry (katanya asli, wkwk) cuma 120rb, kemeja linen 35rb, sama tas kulit 80rb.
Kiosnya Bang Rudi no. 214, barangnya bekas impor dari Jepang & Korea, masih bagus-bagus banget.
Kalo kalian ke sana bilang aja liat dari video aku 😆
#thriftinghaul #pasarsenen #hiddengems"""),
("live", "live_sale", (1,1,1,1), """Oke guys yang baru join langsung tap tap love nya ya 😍
Ini kita lagi buka karung jaket bekas Korea, kualitas grade A semua
Yang ini varsity jacket, ukuran M, 85rb aja, ketik 'mau 1' di kolom komentar
Checkout di keranjang kuning nomor 12 ya kakak, stoknya cuma satu!"""),
("listing", "plain_offer", (1,1,1,1), """DIJUAL BAL PAKAIAN BEKAS IMPOR
Isi campur: kaos, kemeja, celana panjang, rok
Berat ±100 kg per bal, asal Malaysia
Cocok buat modal usaha thrift pemula
Harga nego tipis, lokasi gudang Medan Johor"""),
("post", "reseller_recruit", (1,1,1,1), """DICARI RESELLER BAJU THRIFT IMPORT!! 📢
Mau usaha modal kecil? Kami supply baju second import Jepang-Korea harga grosir.
✅ Minimal ambil 20 pcs
✅ Boleh campur model
✅ Dibantu foto produk buat jualan online
Daftar sekarang, slot terbatas. Chat admin 0813xxxx

Kenapa harus gabung sama kami? 🤔
Kami sudah 6 tahun main di bisnis ini, barang diambil langsung dari importir langganan, jadi kualitas lebih terjaga dibanding beli bal sendiri yang untung-untungan.
Reseller juga boleh retur kalau ada barang robek parah atau noda permanen, maksimal 3 pcs per pengambilan.
Testimoni reseller ada di highlight IG, ada yang dari ibu rumah tangga sekarang sudah punya lapak sendiri di pasar malam 🙌
Pembayaran bisa transfer atau COD khusus area Jabodetabek."""),
("comment", "seller_reply", (1,1,1,1), """@rina_pw halo kak, itu masih ada 😊 ukurannya M ya, lebar dada 52
barangnya second import dari Korea, kondisi bersih no noda
harga 70rb belum ongkir, mau diamankan? langsung dm aja ya kak"""),
("listing", "plain_offer", (1,1,1,1), """Sepatu Bekas Import Nike Air Force 1 Size 42 Original
Insole masih tebal, sol bawah botak dikit di tumit
Barang dari bal sepatu Singapore, bukan KW
Harga 275rb, no box
Pengiriman dari Pekanbaru"""),
("post", "creator_recommendation", (1,1,1,1), """REKOMENDASI THRIFT SHOP DI JOGJA versi aku 📍
1. @sandangbekas.jogja - jaket impor Jepang, harga 50-150rb
2. Kios Mas Ipul di Pasar Klithikan - kemeja flanel mulai 25rb
3. @lemari.tua.ygy - kaos band bekas USA
Semuanya barang import second, jadi harus sabar ngubek ya 🤭
Save buat weekend kamu!"""),
("message", "wa_broadcast", (1,1,1,1), """*INFO BONGKAR BAL* 📦
Hari Kamis, 10.00 WIB, gudang kami di Jl. Pahlawan gang 3 Tanjungpinang
Isi bal: blouse wanita bekas Korea grade A
Sistem ambil per kilo 45rb atau per potong 15rb
Reseller prioritas, boleh titip pilih lewat VC
Konfirmasi hadir ke 0852xxxx"""),
("listing", "plain_offer", (1,1,1,1), """Tas Branded Second Import Jepang — Coach, Kate Spade, Longchamp
Semua preloved impor, dicek satu-satu, kondisi 85% ke atas
Coach sling 350rb | Longchamp Le Pliage 280rb | Kate Spade tote 300rb
Stok tiap minggu ganti, follow toko biar gak ketinggalan"""),
("post", "plain_offer", (1,1,1,1), """Open PO karungan kaos bekas import! 🧺
1 karung isi 200-250 pcs, mix ukuran & warna
Dari Korea langsung, belum dibongkar siapa-siapa
DP 50% dulu, sisanya pas barang sampai gudang Surabaya
Harga 2,5jt/karung, terbatas 15 karung aja minggu ini"""),
("live", "live_sale", (1,1,1,1), """HALO HALO YANG BARU MASUK!!! 🙌
Malam ini kita obral celana jeans bekas impor Amerika, Levi's 501 & 505 campur
Semua 50rb, iya 50rb aja, mau yang robek-robek juga ada
Komen 'Levi + ukuran' nanti admin kunci
Jangan lupa follow dulu biar dapet notif live berikutnya ya"""),
("listing", "plain_offer", (1,1,1,1), """Sweater Rajut Vintage Bekas Import UK Wol Tebal
Cocok buat yang mau ke daerah dingin atau naik gunung
Tersedia 12 pcs, ukuran S sampai XL
Harga satuan 55rb, borong semua 550rb
Barang di Malang, bisa ambil langsung"""),
("profile", "shop_bio", (1,1,1,1), """Toko Baju Bekas Impor Bu Endang 🌸
Menjual pakaian second luar negeri sejak 2015
Pasar Cimol Gedebage blok C no. 18, Bandung
Buka 08.00-16.00, Senin libur
Melayani grosir & eceran, bisa kirim ke luar kota"""),
("post", "plain_offer", (1,1,1,1), """Kemarin buka bal kemeja ex Jepang, ternyata isinya bagus2 banget guys 😭
Ada yang masih ada tag laundry Jepangnya, beberapa merk Muji sama GU
Aku foto semua di story highlight 'KEMEJA'
Harga 40-60rb, ketik angka di story buat booking ya
Toko online @rakbekas.id"""),
("comment", "seller_reply", (1,1,1,1), """Halo gan, buat pertanyaan soal stok: minggu ini kita masih ada 8 bal campur ex Korea sama 3 bal jaket ex Jepang.
Harga bal campur 3,8jt, jaket 5jt. Kirim pake kontainer kecil kalau ambil lebih dari 5.
Barang di gudang Cakung, silakan survey dulu kalau ragu."""),
("listing", "plain_offer", (1,1,1,1), """[READY] Hoodie Champion Second Import USA
Size XL fit L, warna abu muda
Ada noda samar di lengan kiri (lihat foto 4)
Harga 95rb nett, tidak terima tukar
#hoodiebekas #secondimport #thriftmurah"""),
("post", "plain_offer", (1,1,1,1), """Yang nanya-nanya jual baju thrift dimana, nih aku kasih tau 😌
Kita buka lapak tiap malem Minggu di CFD Alun-alun Tegal
Barangnya bal Korea-Jepang, harga mulai 10 ribuan
Bawa kantong sendiri ya, kita ngurangin plastik 🌱"""),
# ---------- legal ----------
("listing", "hn_new_thrift_style", (1,0,1,0), """Kemeja Flanel Motif Kotak ala Thrift Look - BARU
Produksi konveksi sendiri di Bandung, bahan katun tebal
Tampilan vintage, tapi 100% barang baru dengan label
Ukuran M-XXL, harga 89rb
Grosir minimal 12 pcs bisa harga khusus"""),
("post", "hn_own_preloved", (1,1,1,0), """Beberes lemari sebelum pindahan, jadi aku lepas beberapa baju pribadi 🙏
Blouse Zara ukuran S (dipakai 2x), rok plisket hitam, dan cardigan rajut beli di mall tahun lalu
Semua punya sendiri, bukan barang impor kiloan ya
Harga 30-75rb, COD sekitar Depok"""),
("article", "hn_news", (0,1,1,1), """Petugas Bea Cukai Batam menggagalkan penyelundupan ratusan balpres pakaian bekas yang diangkut kapal kayu dari Malaysia.
Menurut keterangan petugas, muatan itu rencananya akan dibawa ke pelabuhan tikus di pesisir Sumatra sebelum didistribusikan ke berbagai kota.
Nakhoda dan dua anak buah kapal kini diperiksa. Barang bukti akan dimusnahkan sesuai Permendag 18/2021 yang diubah Permendag 40/2022.
Kepala kantor setempat menjelaskan, modus yang dipakai masih sama seperti tahun-tahun sebelumnya: kapal berangkat malam hari, mematikan lampu navigasi, lalu merapat di dermaga kecil milik warga yang tidak diawasi.
"Muatan seperti ini biasanya dipecah lagi menjadi karung-karung kecil supaya mudah diangkut pakai truk atau mobil bak terbuka," ujarnya.
Ia juga mengingatkan masyarakat bahwa pakaian bekas dari luar negeri berisiko membawa jamur dan bakteri, selain merugikan industri tekstil dalam negeri.
Sepanjang tahun ini, petugas mencatat sudah belasan kali penindakan serupa di wilayah perairan Kepulauan Riau."""),
("listing", "hn_non_clothing", (1,1,0,1), """Motor Bekas Jepang Honda Cub C70 Tahun 1978
Surat-surat lengkap, pajak hidup
Unit impor utuh dari Jepang, mesin halus, cat ulang
Harga 18jt nego, lokasi Yogyakarta"""),
("message", "hn_buyer_question", (0,1,1,1), """Kak mau nanya dong, kalo beli baju bekas impor di pasar itu aman nggak sih buat kulit?
Aku kemarin liat banyak jaket murah di Pasar Senen tapi takut ada kutu atau jamur gitu
Biasanya kalian cuci pakai apa? Makasih sebelumnya 🙏"""),
("post", "hn_donation", (1,1,1,0), """Bazar amal SD Negeri 3 Sukamaju hari Sabtu ini! 🎒
Kami menjual pakaian layak pakai hasil sumbangan wali murid, mulai Rp5.000
Ada seragam, baju anak, sepatu, dan tas
Seluruh hasil untuk renovasi perpustakaan sekolah. Ditunggu kehadirannya, Bapak/Ibu!"""),
("review", "hn_review", (0,1,1,1), """Bintang 3 dari aku. Jaket bekas Jepang yang kubeli ternyata bau apek banget pas dibuka, padahal deskripsinya bilang sudah laundry.
Setelah direndam dua kali baru hilang. Kualitas bahannya sih oke, jahitan kuat.
Intinya kalau beli baju bal gitu harus siap nyuci ekstra."""),
("article", "hn_opinion", (0,1,1,1), """Opini: Larangan impor pakaian bekas seharusnya diikuti dengan jalan keluar bagi pedagang kecil.
Di banyak pasar, ribuan orang menggantungkan hidup dari membuka bal dan menjual eceran.
Menindak di pelabuhan itu perlu, tapi pedagang juga butuh pelatihan dan akses ke produk lokal yang terjangkau agar tidak kembali ke barang selundupan.
Saya pernah berbincang dengan seorang ibu penjual di pasar tradisional. Ia bercerita sudah dua puluh tahun berdagang, menyekolahkan tiga anak dari keuntungan lima ribu sampai sepuluh ribu per potong. Ketika razia datang, yang hilang bukan cuma dagangan, tapi juga rasa aman.
Di sisi lain, konveksi kecil di Bandung dan Solo juga menjerit karena harga mereka kalah jauh. Dua-duanya rakyat kecil.
Karena itu, kebijakan yang adil bukan sekadar melarang, melainkan menyiapkan jembatan: masa transisi yang jelas, kurasi produk lokal dengan harga grosir, dan pendampingan pemasaran digital.
Tanpa itu, larangan hanya akan memindahkan perdagangan dari lapak terbuka ke grup-grup tertutup yang lebih sulit diawasi."""),
("listing", "hn_non_clothing", (1,1,0,1), """Jual Kardus Bekas Per Bal
Kardus bekas ekspedisi & supermarket, sudah dipres rapi
1 bal ± 50 kg, harga 2.300/kg
Siap angkut pakai truk engkel, gudang di Sidoarjo
Cocok buat pengepul & pabrik daur ulang"""),
("comment", "hn_report", (0,1,1,1), """Min tolong akun @obralbalmurah88 ditindak ya, dia terang-terangan nulis "bal kaos Korea 100 kilo ready, kirim dari Batam" di semua postingannya.
Bukannya itu dilarang? Udah aku report tapi masih aktif sampai sekarang."""),
("post", "hn_joke", (0,1,1,0), """Pacar: "kamu beli jaket baru?"
Aku: "iya dong"
Jaketnya: bekas punya kakakku yang dia pake waktu SMA tahun 2012 😭
Thrifting paling hemat adalah ngubek lemari keluarga sendiri 🤣 #ceritareceh"""),
("listing", "hn_plain_clothing", (1,0,1,0), """Gamis Katun Rayon Polos Busui Friendly
Bahan adem, tidak menerawang, resleting depan
Warna: sage, mocca, navy, hitam
All size fit to XL, harga 125rb
Produksi rumahan di Pekalongan, pengiriman tiap hari"""),
("article", "hn_guideline", (0,1,1,1), """Panduan komunitas: konten yang menawarkan pakaian bekas impor, termasuk penjualan per bal, per karung, atau per kilo dari luar negeri, tidak diizinkan di platform ini.
Konten edukasi, liputan berita, dan penjualan pakaian bekas milik pribadi tetap boleh diunggah.
Pelanggaran berulang dapat menyebabkan akun dibatasi."""),
("post", "hn_job_vacancy", (0,0,1,0), """LOWONGAN KERJA 📌
Dibutuhkan 2 orang staf packing untuk toko pakaian online (baju baru, produksi sendiri)
Syarat: pria/wanita 18-30 th, teliti, bisa kerja shift
Lokasi: Sukabumi kota
Kirim CV ke email rekrut.bajukita@mailcontoh.id"""),
("listing", "hn_non_clothing", (1,1,0,1), """HP Second Ex Jepang iPhone XR 64GB
Bekas pemakaian di Jepang, bunyi kamera jepret tidak bisa dimatikan
Baterai 82%, mulus tanpa dent
Harga 3,1jt, garansi toko 1 minggu"""),
("listing", "hn_new_import", (1,0,1,1), """Sweater Rajut Impor Korea BARU dengan Tag
Barang baru, bukan second, datang langsung dari Dongdaemun lewat jasa impor resmi
Motif kabel, warna pastel, bahan lembut
Harga 145rb, ready 40 pcs"""),
("message", "hn_swap", (0,1,1,0), """Halo kak, aku liat postingan swap kamu di grup 😊
Aku punya rok midi hitam ukuran M (punya sendiri, pakai 3x) mau tuker sama cardigan kamu yang ungu
Kalau setuju kita ketemu di stasiun Bogor aja ya hari Minggu"""),
]
