# Batch 3: hand-written long-form records. Each entry: (kind, category, (offer, used, clothing, abroad), text)
RECORDS = [
("post", "english_mix_offer", (1, 1, 1, 1), """finally RESTOCK guys 😮‍💨
second import Japan batch 7: oversized shirt, knit vest, pleated skirt
all items handpicked from the bale, washed & steamed
price range 40k-95k, DM to claim (no keep > 1 day)
drop time: tonight 8pm WIB 🕗"""),

("listing", "regional_code_word", (1, 1, 1, 1), """Baju Batam Murah Meriah Pekanbaru
Kemeja kantor, blus, rok, celana bahan — bekas tapi masih bagus
Stok dari Batam masuk tiap Rabu, dipilih yang layak
Harga 15rb-35rb, grosir lusinan bisa
Toko kami di Jl. Kaharuddin Nasution, dekat simpang"""),

("post", "fb_group_offer", (1, 1, 1, 1), """[Jual Beli Thrift Bandung Raya]
Izin admin 🙏
Jual sisa bongkaran bal Korea minggu lalu, kaos & kemeja cowok ±80 pcs
Dilepas borongan 1,6jt, atau ecer 20rb/pcs
Posisi Ujungberung, bisa COD Gedebage
Yang serius aja, komen atau PM"""),

("profile", "shop_bio", (1, 1, 1, 1), """bundle.garage.jkt 🧢
sejak 2019 • vintage tee, workwear, varsity jacket
barang impor pilihan dari US & Jepang
drop tiap Jumat jam 7 malam • shopee & tokped link ⬇️
no refund, cek detail sebelum checkout"""),

("listing", "hidden_gems", (1, 1, 1, 1), """HIDDEN GEMS 💎 Kemeja Rayon Motif Hawaii Vintage Ex-Jepang
Ketemu pas sortir bal kemarin, motifnya langka banget
Size L (LD 112, PB 76), kondisi 9/10, tidak ada bolong
Harga 135rb, first DM first get
Barang thrift asli bukan reproduksi"""),

("live", "regional_code_word", (1, 1, 1, 1), """Sugeng ndalu rek, iki live awul-awul teko lapak Pasar Gembong!
Karung e lagi dibukak, isine jaket karo sweter impor
Sing pengen langsung tulis "jupuk" karo nomer e
Sweter rajut biru iki telungpuluh ewu, jaket gunung seket
Ojo suwe-suwe, sing cepet sing oleh"""),

("comment", "comment_reply_offer", (1, 1, 1, 1), """@rahmaa.kk: kak kalo ambil setengah ballpress bisa ga? mau coba jualan dulu
@grosir.bal.sby: bisa kak 😊 setengah bal Korea campur 3,2jt, udah aku kirim pricelist lengkap, cek dm ya
@rahmaa.kk: udah kebaca kak makasih
@grosir.bal.sby: sama-sama, ditunggu orderannya"""),

("post", "evasion_misspelling", (1, 1, 1, 1), """balpres korea murmer!! trift mantul bgt 🤩
isi 350an pcs, campur cwe cwo
ada jakett, kmeja, celna jins
hrga nego tipis, lokasi Bks, bs kirim
mnt ny langsung wa aja yg di profil"""),

("listing", "jersey_import", (1, 1, 1, 1), """Jersey Bola Bekas Original Import Eropa — Liga Inggris, Italia, Jerman
Hasil sortir karung dari luar, bukan KW
Musim 2010-2018, ada yang sponsor jadul
Kondisi 80-95%, ada nomor punggung di beberapa
Harga 120-300rb, tanya ketersediaan tim favoritmu"""),

("message", "wholesale_bale", (1, 1, 1, 1), """Salam sejahtera,
Kami penyedia pakaian bekas ex-Malaysia, bongkar di Belawan.
Per koli ±50 kg, pilihan: kaos campur, kemeja, celana panjang, baju anak.
Harga mulai 2,1 juta per koli franco gudang Medan.
Minimal ambil 3 koli. Pembayaran tunai atau transfer.
Hubungi Pak Sinaga 0823xxxx"""),

("post", "regional_code_word", (1, 1, 1, 1), """Rombengan Kuta buka sampai malam nggih 🌙
Baru dapet kiriman karung, banyak baju pantai, kemeja linen, celana pendek bule
Harga 20-60rb, bisa tawar kalau ambil banyak
Tempat: gang kecil sebelah laundry, Jalan Raya Kuta
Tourist & local welcome!"""),

("listing", "grade_label", (1, 1, 1, 1), """Jaket Outdoor Grade S Sortiran Pilihan — Columbia, Patagonia, Montbell
Grade S = kondisi paling bagus di bal (90%+), tidak ada cacat
Ukuran M-XL, cocok buat naik gunung
Harga 250-400rb
Stok terbatas, dikirim dari Bandung"""),

("post", "haul_with_seller", (1, 1, 1, 1), """Haul tas kulit second dari Jepang 👜✨
Dapat 3 tas (Coach, Samantha Thavasa, Anello) total cuma 520rb
Belinya di @tas.bekas.nippon, mereka buka bal tiap bulan dan fotonya jujur banget sama cacatnya
Packing rapi, 2 hari nyampe Surabaya
Bukan endorse, aku puas aja hehe
#haultas #tasbekas #thriftjepang"""),

("listing", "hidden_gems", (1, 1, 1, 1), """Sepatu Second Ex-Jepang Onitsuka Tiger Mexico 66 Size 41
Hidden gem dari koli sepatu minggu ini
Sol masih tebal, upper bersih, insole agak kusam
Harga 380rb (harga baru 1,5jt++)
Bisa cek langsung di Depok, Margonda"""),

("live", "live_sale", (1, 1, 1, 1), """Gaes gaes karungan baru nih, baru banget diturunin dari truk 🚚
Isinya celana jins sama cargo, barang Korea semua
Pokoknya yang komen duluan yang dapet, jangan cuma nonton doang ya wkwk
Ini cargo ijo army pinggang 32, goceng... eh salah, goban maksudnya, 50 rebu
Lanjut, ini jins biru belel, 45 aja"""),

("message", "group_split_offer", (1, 1, 1, 1), """Ada yang mau ikut patungan buka bal Jepang? 🙋‍♀️
Aku udah order 1 bal isi ±300 pcs, rencananya dibagi 4 orang
Per orang 1,9jt, nanti dibuka bareng di rumahku (Cilacap) terus diundi per tumpukan
Sisa 2 slot lagi, yang minat chat aku ya"""),

("post", "hn_new_import", (1, 0, 1, 1), """New arrival langsung dari Dongdaemun, Seoul 🇰🇷
Cardigan rajut, rok midi, kemeja oversize — semua BARU, bukan bekas
Kami ke Korea tiap bulan dan urus pajak impornya resmi
Harga 150-280rb, PO 14 hari
#fashionkorea #dongdaemun #importkorea"""),

("article", "hn_news", (0, 1, 1, 1), """Bea Cukai Batam Gagalkan Penyelundupan Puluhan Ton Pakaian Bekas
Petugas menghentikan sebuah kapal kayu di perairan sekitar Batam yang membawa ratusan karung pakaian bekas dari Malaysia.
Barang tersebut rencananya akan dibawa ke daratan Sumatera untuk dijual di pasar-pasar tradisional.
Nakhoda dan dua anak buah kapal diamankan untuk pemeriksaan lebih lanjut.
Pakaian bekas termasuk barang yang dilarang impor sesuai aturan Kementerian Perdagangan."""),

("post", "hn_denied_import", (1, 1, 1, 0), """Banyak yang nanya: "kak ini barang bal ya?" Jawabannya BUKAN 🙅‍♀️
Semua baju di toko kami barang preloved titipan warga Malang, dari lemari mereka sendiri, dan kami cek satu-satu.
Kami tidak ambil barang impor bekas sama sekali.
Harga 25-90rb, toko buka Selasa-Minggu di Jl. Soekarno Hatta.
Mau titip jual juga boleh!"""),

("post", "hn_upcycle", (1, 1, 1, 0), """Dari celana jeans bekas jadi tote bag & bucket hat ♻️
Kami kumpulkan jeans bekas dari warga sekitar Yogyakarta lalu dijahit ulang oleh ibu-ibu penjahit kampung.
Setiap produk unik, tidak ada yang kembar.
Tote bag 95rb, bucket hat 75rb
Order lewat DM, sebagian hasil untuk kas kelompok penjahit"""),

("listing", "hn_laptop", (1, 1, 0, 1), """Laptop Bekas Ex Singapore ThinkPad T480 i5 Gen 8
RAM 16GB, SSD 512, layar FHD, baterai ganda
Bekas kantor Singapura, fisik 90%, keyboard US
Harga 4,2jt, garansi toko 1 bulan
Toko kami di Harco Mangga Dua"""),

("listing", "hn_sacks", (1, 1, 0, 0), """Karung Goni Bekas & Karung Plastik Bekas Beras
Goni ukuran 100 kg, masih kuat, untuk tanam kentang atau wadah kopi
Karung plastik 50 kg, sudah dicuci
Goni 6rb/lembar, plastik 1.500/lembar
Gudang di Sidoarjo, minimal 100 lembar"""),

("listing", "hn_new_import", (1, 0, 1, 1), """Karpet Turki Impor Original Motif Klasik 200x300
Baru, masih plastik pabrik, dilengkapi label impor
Bahan polypropylene tebal, anti selip
Harga 1,45jt, free ongkir Jabodetabek
Tersedia warna merah maroon, krem, abu"""),

("comment", "hn_buyer_question", (0, 1, 1, 1), """kak mau nanya, kaos yang di etalase ini barang bal Korea ya?
aku baca-baca katanya bisa bawa jamur, bener ga sih?
terus kalo beli buat dipake sendiri aman ga secara aturan?
soalnya murah banget, jadi ragu 😅"""),

("review", "hn_review_no_seller", (0, 1, 1, 1), """Udah 6 bulan pakai jaket second Jepang yang aku dapet pas thrifting, review jujur:
Bahan goosedown-nya masih ngembang, resleting YKK aman, cuma lapisan dalamnya mulai tipis.
Total sudah dicuci 5 kali, warna tidak luntur.
Worth it banget buat harganya, walau awalnya bau gudang.
Rating 4,5/5"""),

("article", "hn_tutorial", (0, 1, 1, 0), """Cara Membuka Usaha Preloved Tanpa Melanggar Aturan
1. Ambil barang dari sumber dalam negeri: lemari sendiri, titipan konsinyasi, atau garage sale warga.
2. Hindari membeli bal atau karungan yang asal-usulnya dari luar negeri, karena impor pakaian bekas dilarang.
3. Catat asal setiap barang dan foto kondisinya dengan jujur.
4. Cuci dan setrika semua barang sebelum dijual.
Dengan cara ini usaha kecil tetap jalan dan tidak berurusan dengan razia."""),

("post", "hn_report", (0, 1, 1, 1), """Barusan nemu akun yang captionnya "ready balpres Jepang isi 400, kirim dari Tanjungpinang, harga miring".
Udah aku report dengan alasan barang terlarang.
Kalian kalau nemu begini tolong ikut report juga, biar platformnya cepet nindak.
Bukan iri, cuma kasihan penjahit lokal 🙏"""),

("post", "hn_thrift_name", (1, 0, 1, 0), """THRIFT FEST 2025 — Festival Brand Lokal 🎉
Walau namanya "thrift", semua tenant di sini jual produk BARU dari brand lokal: denim Bandung, batik Pekalongan, sepatu Cibaduyut.
Sabtu-Minggu di Gedung Serbaguna Kampus, tiket masuk gratis
Ada diskon sampai 50% dan live musik"""),

("message", "hn_fabric_roll", (1, 0, 0, 1), """Pagi bos, kain katun impor China sudah masuk gudang.
Bentuk gulungan, lebar 150 cm, per roll ±50 meter
Harga 28rb/meter, minimal ambil 5 roll
Dokumen lengkap, faktur ada
Cocok buat konveksi kemeja & gamis"""),

("listing", "hn_vehicle", (1, 1, 0, 0), """Motor Bekas Yamaha NMAX 2019 Plat B
Km 32 ribu, servis rutin di bengkel resmi, pajak baru bayar
Body mulus, ban belakang baru ganti
Harga 19,5jt nego, BPKB atas nama sendiri
Lokasi Pondok Gede"""),

("post", "hn_explainer", (0, 1, 1, 1), """Thread: yang sering lihat kata "bal" di lapak thrift, itu maksudnya apa? 🧵
1/ Bal = gumpalan pakaian bekas yang dipres dan diikat, biasanya datang dari luar negeri dalam kontainer.
2/ Satu bal bisa isi 200-500 potong, tergantung jenis barangnya.
3/ Pedagang beli bal tanpa tahu isinya persis, makanya ada istilah "untung-untungan".
4/ Perlu diingat, impor pakaian bekas itu dilarang di Indonesia sejak lama."""),

("listing", "hn_yarn_import", (1, 0, 0, 1), """Benang Rajut Impor Turki Milk Cotton 100 gr
Baru, warna lengkap 40 pilihan, lembut untuk baju bayi
Harga 32rb/gulung, beli 10 gratis 1
Dikirim dari Tangerang, diimpor resmi oleh distributor
Cocok untuk pemula merajut"""),

("post", "hn_charity_bazaar", (1, 1, 1, 0), """Bazar Kasih Jemaat GKI 🙏
Menjual pakaian, sepatu, dan tas bekas layak pakai sumbangan jemaat
Harga mulai 3 ribu, hasilnya untuk beasiswa anak sekolah minggu
Minggu depan setelah ibadah kedua, di aula gereja
Terbuka untuk umum"""),

("article", "hn_study", (0, 1, 1, 1), """Kajian Dinas Koperasi: Pedagang Pakaian Bekas Impor Butuh Jalan Keluar
Survei terhadap 120 pedagang di tiga pasar menunjukkan lebih dari separuh sudah berdagang pakaian bekas impor di atas sepuluh tahun.
Sebagian besar mengaku bersedia beralih ke produk lokal jika ada pinjaman modal dan akses ke konveksi.
Kajian merekomendasikan program pendampingan bertahap, bukan hanya penyitaan.
Nama pedagang dalam survei dirahasiakan."""),

("listing", "hn_school_uniform", (1, 1, 1, 0), """Seragam Sekolah Bekas SD Putih Merah Paket 3 Stel
Bekas anak saya, naik kelas sudah tidak muat
Ukuran 10, celana pendek + kemeja, masih putih bersih
Harga 75rb sepaket
Bisa diambil di Karawang Barat"""),

("post", "hn_bal_other", (1, 0, 0, 0), """Jual beras pulen per bal, langsung dari penggilingan Karawang 🌾
1 bal = 10 karung kecil @5 kg
Harga 640rb/bal, antar gratis radius 5 km
Cocok untuk warung & katering
Order lewat komentar atau WA di bio"""),

("profile", "hn_consignment_local", (1, 1, 1, 0), """Lemari Warga Surabaya 👗♻️
Toko titip jual preloved dari lemari warga Surabaya sendiri
TIDAK menerima barang bal / impor bekas
Buka Rabu-Minggu 11.00-20.00, Jl. Dharmawangsa
Mau titip? DM format: nama, jumlah barang, foto"""),
]
