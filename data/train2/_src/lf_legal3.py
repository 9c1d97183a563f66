# Hand-written long-form legal texts, batch 3: charity, donation, upcycling, quoted offers, more news.
DATA = r"""
@@ post|charity_sale_long|1110
BAZAR AMAL SD SANTA URSULA 🎗️
Sabtu, 10.00-14.00 di aula sekolah.
Menjual pakaian bekas layak pakai, buku, dan mainan hasil sumbangan orang tua murid.
Harga 5rb-25rb, seluruh hasil untuk beasiswa siswa kurang mampu.
Tidak menerima titipan dagangan dari luar sekolah.
@@ post|charity_sale_long|1110
Garage Sale Amal Jemaat GPIB
Pakaian, sepatu, dan tas bekas sumbangan jemaat sudah kami sortir dan cuci.
Dijual murah mulai Rp3.000 setelah ibadah Minggu di halaman gereja.
Hasil penjualan untuk renovasi sekolah minggu.
Tuhan memberkati.
@@ post|charity_sale_long|1110
Thrift Day OSIS SMAN 5 🌱
Kami mengumpulkan baju bekas dari siswa dan guru, lalu menjualnya kembali di kantin sekolah.
Tujuannya mengurangi sampah fesyen dan menggalang dana untuk korban banjir.
Semua barang lokal dari lemari warga sekolah, bukan barang bal.
Harga 5-20 ribu, bawa tas belanja sendiri ya!
@@ post|charity_sale_long|1110
Pasar Murah Masjid Al-Ikhlas
Tersedia gamis, koko, mukena, dan pakaian anak bekas layak pakai sumbangan jamaah.
Harga 5.000-15.000, hasil untuk santunan yatim.
Bertempat di halaman masjid setelah sholat Jumat.
@@ post|charity_sale_long|1110
Charity Thrift Sale by Alumni ITB '05
All items are preloved clothing donated by our alumni members.
Proceeds go to the scholarship fund for first-generation students.
Saturday 9 AM - 3 PM, Sabuga lobby. Cash & QRIS accepted.
@@ post|charity_sale_long|1110
Bazar Rohani Pura Desa: kain, kebaya, dan pakaian bekas sumbangan krama.
Hasil untuk upacara odalan bulan depan.
Harga seikhlasnya mulai 5 ribu.
Dibuka pagi di wantilan desa.
@@ post|charity_sale_long|1110
Bazar Dharma Wanita Persatuan kantor kami:
Pakaian kerja bekas pegawai, sepatu, dan tas, semuanya masih layak.
Hasil penjualan disumbangkan ke panti werdha.
Dibuka Jumat pagi di lobi kantor, harga 10-30 ribu.
@@ post|donation_drive_long|0110
📦 DONASI PAKAIAN UNTUK KORBAN GEMPA
Kami menerima pakaian layak pakai: baju anak, selimut, jaket, sarung.
Mohon dicuci dan dilipat, masukkan ke kantong plastik terpisah per jenis.
Drop point: kantor kelurahan setiap hari 08.00-16.00.
Pakaian akan diantar relawan ke posko minggu ini.
@@ post|donation_drive_long|0110
Panti Asuhan Kasih Bunda membuka penerimaan donasi pakaian bekas layak pakai.
Kebutuhan mendesak: seragam sekolah SD/SMP, sepatu, dan baju tidur anak.
Bisa diantar langsung atau dijemput untuk wilayah Bekasi.
Terima kasih atas kebaikan Bapak/Ibu.
@@ post|donation_drive_long|0110
Gerakan 1.000 Jaket untuk Anak Pegunungan
Komunitas kami di Jayapura mengumpulkan jaket bekas layak pakai dari warga kota untuk anak-anak sekolah di Lanny Jaya.
Kirim ke sekretariat di Abepura paling lambat akhir bulan.
Jaket baru juga sangat diterima.
@@ post|donation_drive_long|0110
Kotak Baju Berbagi 🧺
Di depan pos ronda RW 07 sekarang ada kotak donasi pakaian.
Warga boleh menaruh baju bekas yang masih layak, dan siapa saja boleh mengambil gratis.
Mohon jangan taruh baju robek atau basah. Jaga kebersihan bersama ya.
@@ post|donation_drive_long|0110
Sedekah Baju Lebaran 1446 H
Yuk bersihkan lemari dan sumbangkan pakaian layak pakai untuk santri di pesantren pelosok Lombok Timur.
Koleksi dibuka sampai H-10 Lebaran di sekretariat remaja masjid.
Sertakan juga mukena dan sarung jika ada.
@@ post|clothing_swap_long|0110
Clothing Swap Party 👗🔄
Minggu depan di taman kota, jam 8-11 pagi.
Bawa maksimal 5 baju layak pakai dari lemarimu, tukarkan dengan baju lain yang kamu suka.
Tidak ada jual beli, semua gratis.
Sisa baju yang tidak tertukar akan didonasikan ke bank pakaian.
@@ post|upcycle_long|1110
Jeans lama jangan dibuang! 👖
Kami menerima jasa upcycle celana jeans bekas milikmu menjadi tas tote, pouch, atau apron.
Harga mulai 75rb tergantung desain.
Kirim ke workshop kami di Kotagede, Yogyakarta, pengerjaan 2 minggu.
Kami tidak menjual bahan dari bal impor, semua dari pakaian pelanggan.
@@ post|upcycle_long|1110
Jasa Permak & Vermak "Mas Joko" - Pasar Klewer lantai 2
Kecilin celana, potong, ganti resleting, tambal, ubah model kemeja.
Bawa baju lamamu, kami buat kayak baru.
Harga mulai 10 ribu, bisa ditunggu.
@@ post|upcycle_long|1110
Workshop Upcycling Batik: ubah kemeja batik ayahmu jadi outer modern.
Peserta membawa 1 kemeja bekas dari rumah.
Biaya 200rb sudah termasuk bahan tambahan dan snack.
Sabtu ini di studio kami, Pekalongan.
@@ post|upcycle_long|1110
Kaos-kaos kenangan (kaos event, kaos kampus, kaos band) bisa kami jadikan quilt atau selimut.
Minimal 12 kaos, ukuran jadi 120x150 cm.
Harga mulai 350rb, pengerjaan 3 minggu.
Kirim kaosmu ke alamat kami di Depok.
@@ post|tailoring_long|1010
Penjahit rumahan terima pesanan kemeja, blus, gamis, dan kebaya.
Bahan dari pelanggan atau bisa kami belikan di Pasar Baru.
Bisa buat model ala kemeja vintage Jepang atau Korea sesuai foto contoh.
Ongkos jahit kemeja 85rb, gamis 150rb. Lokasi Medan Johor.
@@ post|tailoring_long|1110
Jasa reparasi jaket kulit: ganti lining, resleting, jahit ulang bagian yang lepas, semir ulang.
Jaket peninggalan bapak atau jaket lamamu bisa awet lagi.
Harga mulai 100 ribu, lokasi Bandung dekat Cihampelas.
@@ post|quoted_offer_report|0111
Sekadar info buat admin grup: tadi ada member yang posting
"bal korea isi 300 pcs 4,5jt, DM aja, bisa kirim ke Kalimantan"
Bukankah itu termasuk barang terlarang? Saya sudah screenshot dan mohon postingannya dihapus.
Terima kasih min.
@@ post|quoted_offer_report|0111
Hasil penelusuran kami di marketplace minggu ini:
Ditemukan 42 listing dengan judul seperti "kemeja second import grade A", "karungan jepang 45kg", dan "sortiran bal US".
Seluruhnya telah dilaporkan ke platform dan 37 sudah diturunkan.
Laporan lengkap kami kirim ke Kementerian Perdagangan.
@@ article|quoted_offer_report|0111
Dalam sebuah siaran live yang dipantau redaksi, seorang penjual berkata, "Oke guys karung kedua dibuka, ini jaket Jepang, ketik MAU."
Ia menawarkan puluhan jaket bekas dengan harga Rp75 ribu per potong.
Saat dikonfirmasi, pihak platform menyatakan akun tersebut telah ditangguhkan.
Pengamat menilai moderasi live masih tertinggal dibanding modus penjual.
@@ post|quoted_offer_report|0111
PSA: jangan tertipu akun yang bio-nya "drop tiap Jumat dari Osaka, per bal & ecer".
Aku udah beli dua kali dan barangnya jauh dari foto.
Selain itu, itu barang ilegal, jadi kalau ketipu susah lapor polisi.
Sudah aku laporkan akunnya ke platform.
@@ post|quoted_offer_report|0111
Contoh pesan broadcast yang beredar di grup WA pedagang:
"Kiriman Batu Pahat Kamis ini, yang mau titip order kabari malam ini."
Pesan semacam ini menunjukkan masih berjalannya rantai pasok pakaian bekas dari Malaysia.
Kami meminta aparat menindaklanjuti sumbernya.
@@ post|moderation_training|0111
Studi kasus moderasi #14
Teks: "Ready monza jepang, jaket kulit 250, kirim se-Sumatera."
Keputusan: turunkan (penawaran, bekas, pakaian, asal luar negeri).
Teks pembanding: "Dulu saya sering beli monza di Medan, sekarang pakai brand lokal."
Keputusan: biarkan (cerita pribadi, tidak menawarkan).
@@ post|moderation_training|0111
Latihan anotasi untuk tim:
A) "Cakar ayam segar 28rb/kg" → bukan pakaian, aman.
B) "Cakar korea 3 seratus ribu, mampirki" → penawaran pakaian bekas impor, turunkan.
C) "Bazar amal baju bekas sumbangan jemaat" → bukan impor, aman.
D) "Mesin jahit bekas eks Jepang" → bukan pakaian, aman.
@@ post|moderation_training|0111
Catatan reviewer: ejaan tersamar yang sering muncul bulan ini.
"b4l", "k@rungan", "s3k3n", emoji 🅱️ di tengah kata, serta tagar yang disambung dengan karakter tak terlihat.
Juga istilah baru: "barang kapal", "kiriman seberang", "oleh-oleh Sakura".
Mohon diperhatikan saat meninjau listing pakaian.
@@ article|news_trader_quotes|0111
KENDARI - Sejumlah pedagang pakaian bekas di Pasar Sentral Kota Kendari mengaku stok makin menipis.
"Dulu karung datang dari Makassar tiap minggu, sekarang tidak menentu," ujar Wa Ode (45).
Harga kemeja yang biasanya Rp20 ribu kini naik menjadi Rp30 ribu.
Pemerintah kota mendorong pedagang beralih menjual tenun Buton dan produk konveksi lokal.
@@ article|news_trader_quotes|0111
PEKANBARU - Pedagang owol-owol di sekitar Pasar Cik Puan menyatakan kesulitan mendapatkan barang dari Dumai.
"Biasanya kami ambil per karung dari agen, sekarang agennya takut," kata Syamsul (39).
Ia mengaku menjual sisa stok dengan harga miring agar modal kembali.
Bea Cukai Dumai mencatat penindakan balpres meningkat dibanding tahun sebelumnya.
@@ article|news_trader_quotes|0111
AMBON - Pasar Mardika masih menjadi tujuan warga mencari pakaian RB.
"Beta su jual sejak 2010, barang datang dari Surabaya pake kapal," tutur Mama Yance, pedagang setempat.
Ia menjual kemeja dan rok kantor seharga Rp10 ribu hingga Rp40 ribu.
Disperindag Maluku berjanji mendata pedagang sebelum penertiban.
@@ article|news_trader_quotes|0111
BANDUNG - Kawasan Cimol Gedebage kembali disorot setelah polisi menyita ratusan bal pakaian bekas dari sebuah gudang.
"Kami hanya pengecer, beli per bal dari bandar," kata Asep (37), pedagang di los belakang.
Menurutnya satu bal kemeja Korea dibeli sekitar Rp4 juta dan dijual eceran Rp25 ribu hingga Rp75 ribu.
Pemkot Bandung menyatakan akan memfasilitasi pedagang yang ingin beralih ke produk lokal.
@@ article|news_trader_quotes|0111
LAMPUNG - Istilah "baju Batam" masih melekat di kalangan warga Bandar Lampung untuk menyebut pakaian bekas impor.
"Namanya baju Batam karena dulu barangnya lewat Batam," kata Yuni, pedagang di Pasar Bambu Kuning.
Ia kini lebih banyak menjual pakaian baru dari Tanah Abang karena pasokan barang bekas tersendat.
@@ article|news_trader_quotes|0111
ATAMBUA - Pasar Baru Atambua di dekat perbatasan Motaain dikenal sebagai tempat warga membeli pakaian rombengan.
"Barang dari Dili dan Surabaya, kami beli per karung," kata Maria (41).
Aparat perbatasan menyatakan pengawasan pos lintas batas diperketat setelah beberapa penindakan.
Warga berharap ada pasar tenun ikat yang lebih besar sebagai alternatif.
@@ article|news_trader_quotes|0111
SORONG - Pedagang pakaian bekas di Pasar Remu mengaku omzet turun sejak razia.
"Dong bilang baju RB ini ilegal, tapi kami sudah jual lama," kata Ibu Fransina.
Ia menyebut satu karung dibeli dari agen seharga Rp2,5 juta dengan isi campuran.
Pemerintah kota belum memutuskan langkah lanjutan.
@@ article|news_trader_quotes|0111
PALU - Lapak baju cap karung di Pasar Masomba berkurang drastis.
"Sekarang tinggal beberapa yang jual, sisanya beralih ke baju baru," ujar Rahmat, pedagang setempat.
Ia mengatakan barang dulu dikirim dari Parepare dan Makassar melalui jalur darat.
Dinas Koperasi Sulteng menawarkan kredit usaha untuk pedagang yang beralih.
@@ article|news_trader_quotes|0111
PONTIANAK - Warga perbatasan di Jagoi Babang mengaku sering menyeberang ke pasar Serikin di Sarawak.
"Di sana banyak barang murah, tapi sekarang kami tidak berani bawa pakaian bekas pulang," kata Anton (29).
Petugas di PLBN menyatakan barang pribadi dalam jumlah wajar diperbolehkan, namun pakaian bekas untuk diperdagangkan akan disita.
@@ article|news_trader_quotes|0111
JAMBI - Pedagang pakaian bekas di Pasar Angso Duo menyatakan masih memiliki stok lama.
"Bal terakhir saya beli sebelum Lebaran, Rp3,8 juta isi 400 lembar," kata Harun (50).
Ia berharap pemerintah tidak langsung menyita stok yang sudah dibeli.
@@ article|news_seizure|0111
TARAKAN - Polisi menggagalkan pengiriman 40 karung pakaian bekas dari Nunukan yang disembunyikan di antara muatan sayur.
Sopir truk mengaku dibayar Rp1 juta untuk mengantar barang ke gudang di Juata.
Barang bukti diserahkan ke Bea Cukai untuk proses lebih lanjut.
@@ article|news_seizure|0111
MERAUKE - Petugas gabungan memusnahkan puluhan karung pakaian bekas impor di halaman kantor Bea Cukai.
Barang diduga masuk melalui jalur laut dari Papua Nugini.
Pemusnahan dilakukan dengan cara dibakar disaksikan perwakilan pedagang.
@@ article|news_seizure|0111
SELAT PANJANG - Kapal pompong bermuatan 120 bal pakaian bekas dicegat di perairan Kepulauan Meranti.
Barang diduga berasal dari Batu Pahat, Johor.
Nakhoda dan dua ABK diamankan untuk pemeriksaan lebih lanjut.
@@ post|opinion_long|0111
Sebagai penjahit di Majalaya, saya merasakan dampak bal impor selama bertahun-tahun.
Order kaos dan kemeja dari pedagang pasar turun karena mereka lebih untung jual barang karungan.
Saya tidak membenci pedagang kecil, tapi rantai impornya harus dihentikan.
Semoga larangan ini dibarengi bantuan modal bagi pedagang yang mau jual produk lokal.
@@ post|opinion_long|0111
Jujur, aku masih suka pakai jaket monza yang kubeli 8 tahun lalu, awet banget.
Tapi sekarang aku gak beli lagi, karena tahu itu barang selundupan.
Aku lebih pilih thrift dari teman-teman sendiri atau bazar amal.
Semoga pedagang-pedagang di Medan dapat solusi yang adil.
@@ post|opinion_long|0111
Thread pendek soal "hidden gems":
Istilah itu bikin bongkar bal terlihat seperti berburu harta karun.
Padahal di balik satu jaket bagus ada puluhan kilo yang berakhir jadi sampah di TPA kita.
Mari ubah gaya belanja: preloved lokal, tukar baju, atau beli baru dari UMKM.
@@ post|forum_question|0111
Pak, Bu, mau tanya. Di kampung saya di Sambas, banyak yang jual baju dari Kuching.
Apakah kalau saya beli untuk dipakai sendiri itu juga melanggar?
Saya tidak berniat jual lagi.
Mohon penjelasan dari yang paham aturan.
@@ post|forum_question|0111
Halo, aku lagi riset buat konten edukasi.
Ada yang tahu kenapa pakaian bekas di Makassar disebut "cakar"?
Dan apakah istilah itu juga dipakai di Kendari dan Palu?
Makasih sebelumnya 🙏
@@ post|forum_question|0111
Saya baru pindah ke Medan.
Teman kantor bilang "beli saja di monza, murah".
Monza itu pasar, merek, atau apa ya? Dan apakah legal?
Mohon pencerahan orang Medan.
@@ post|buyer_complaint_new|1010
Kecewa sedikit: aku beli "jaket denim thrift style" di toko ini, barangnya baru sih, tapi warnanya beda dari foto.
Seller bilang karena efek washing tiap batch beda.
Overall kualitas oke, bahannya tebal, bukan bekas.
Bintang 4 karena responsnya cepat.
@@ post|new_clothes_promo_long|1010
Koleksi "Senen Nostalgia" dari brand kami ✨
Terinspirasi jaket dan kemeja yang dulu diburu anak muda di Pasar Senen.
Semua BARU, dijahit di Bogor, bahan katun twill dan corduroy.
Harga 180-350rb, launching Jumat jam 7 malam di website.
@@ post|new_clothes_promo_long|1010
Konsep toko kami: "Lapak Karung" — tapi isinya baju baru semua 😄
Kami tata baju di tumpukan seperti awul-awul biar pembeli merasakan serunya ngawul.
Semua produk sisa produksi konveksi lokal dan baru, harga 25-60rb.
Buka tiap malam di Jalan Kaliurang.
@@ post|new_clothes_promo_long|1011
PO Jastip Tokyo Batch 3 — khusus barang BARU
Uniqlo, GU, Muji, Workman: kaos, jaket, kaos kaki.
Tidak menerima titipan barang second/preloved ya, hanya baru dengan tag.
Close order hari Minggu, barang sampai Jakarta ±3 minggu.
@@ post|new_clothes_promo_long|1011
Grosir pakaian import Bangkok BARU, langsung dari Pratunam.
Model kaos oversize, dress, dan celana kulot.
Kami impor resmi, ada dokumen, bukan barang bal bekas.
Minimal order 1 seri (4 pcs), reseller welcome.
@@ listing|own_preloved_multilang|1110
Preloved punyaku sendiri 🌷
Dress kondangan (beli di butik lokal Malang), dipakai 1x, 120rb.
Rok plisket (beli di Shopee Mall brand lokal), 50rb.
Kemeja linen (beli di Uniqlo Malang Town Square), 80rb.
Semua pribadi, bukan barang bal. COD Malang kota.
@@ listing|own_preloved_multilang|1110
Jual jaket gunung pribadi, beli di Consina store Jakarta 2020.
Dipakai mendaki 3x, kondisi masih bagus, resleting lancar.
Harga 400rb nego. Bukan barang impor bekas, ada nota pembelian.
@@ post|own_preloved_multilang|1110
Urang bade ngical baju barudak urang anu tos alit.
Sadayana meser di Yogya Dept Store, sanes barang karung ti luar.
5 setel 100 rebu. Tiasa dicandak di Cimahi.
@@ post|own_preloved_multilang|1110
Aku arep ngedol sepatu lan tas pribadi, tuku neng Paragon Semarang.
Dudu barang bal, dudu impor bekas.
Sepatu 150 ewu, tas 100 ewu, iso COD Simpang Lima.
@@ listing|bulk_other_goods_long|1000
Cengkeh kering per karung asal Minahasa.
Kadar air 12%, bersih dari gagang.
Satu karung ±50 kg, harga mengikuti pasar Kudus.
Melayani pabrik rokok dan pengepul.
@@ listing|bulk_other_goods_long|1000
Gula aren cetak per karung 25 kg, produksi petani Lebak.
Tanpa campuran, warna coklat alami.
Cocok untuk kedai kopi dan produsen kecap.
Kirim ke Jabodetabek menggunakan truk sendiri.
@@ listing|bulk_other_goods_long|1000
Sabut kelapa press per bal 100 kg (cocofiber) untuk ekspor dan industri jok.
Diproduksi di Ciamis, kadar air rendah, serat panjang.
Kapasitas 20 ton per bulan, siap kontrak.
@@ listing|imported_used_nonclothing_long|1101
Mobil bekas eks Singapura? Hati-hati, kebanyakan tidak bisa didaftarkan.
Unit kami ini Honda Odyssey eks Jepang yang masuk lewat impor resmi, dokumen lengkap.
Tahun 2014, kilometer 90 ribu.
Harga 275 juta, Surabaya.
@@ listing|imported_used_nonclothing_long|1101
Genset bekas eks Korea 150 kVA, silent type.
Cocok untuk pabrik atau hotel, jam kerja rendah.
Dokumen impor barang modal bukan baru tersedia.
Lokasi Cikarang, bisa uji jalan.
@@ post|other_meaning_long|0000
Fondasi cakar ayam adalah temuan insinyur Indonesia, Sedijatmo, untuk membangun di tanah lunak.
Teknik ini memakai pelat beton yang ditopang pipa-pipa beton di bawahnya.
Sampai sekarang banyak dipakai untuk landasan pacu dan jalan tol di daerah rawa.
@@ post|other_meaning_long|0000
Kenapa anak-anak Medan menyebut main bola "main bal"?
Karena kata "bal" diserap dari bahasa Belanda "bal" yang artinya bola.
Begitu juga "bal-balan" di Jawa.
Jadi jangan kaget kalau ada yang bilang "aku beli bal baru" — bisa jadi itu bola 😄
"""
