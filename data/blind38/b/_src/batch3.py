# Batch 3: legal records (hard negatives and ordinary texts). Hand-written one by one.
ITEMS = [
("listing", "hn_used_machine_import", "1101", """Mesin Jahit Juki DDL-8700 Bekas Ex Jepang
Unit rekondisi, meja & dinamo lengkap, jahitan rapi
Cocok buat konveksi rumahan, garansi 1 bulan
Harga 2,75jt, kirim pakai kargo ke luar kota
Showroom kami di Jl. Jamika, Bandung"""),

("listing", "hn_used_phone_import", "1101", """iPhone 11 64GB Second Ex Japan (bukan inter)
Battery health 84%, face ID normal, layar original
Ada bekas pemakaian halus di frame, fullset dus
Harga 4,6jt, bisa cek IMEI dulu
COD di Mall Ambasador, Jakarta"""),

("listing", "hn_used_furniture", "1100", """Dijual lemari pakaian kayu jati bekas 3 pintu
Masih kokoh, kunci lengkap, ada goresan kecil di pintu kiri
Pindahan rumah jadi harus dilepas cepat
Harga 1,8jt, angkut sendiri
Lokasi Banyumanik, Semarang"""),

("post", "hn_sisa_ekspor", "1010", """Sisa ekspor pabrik garmen, BARU semua ya kak 🙌
Celana chino pria, jahitan rapi, ada sedikit cacat produksi di label saja
Harga 55rb, 2 pcs 100rb
Bukan barang bekas, bukan impor, ini produksi pabrik di Semarang yang gagal kirim
Ready size 28-38"""),

("listing", "hn_factory_reject", "1010", """Kaos Polos Reject Pabrik Cotton Combed 30s
Reject minor: warna sedikit belang / jahitan miring
Kondisi baru, belum pernah dipakai
Harga 12rb/pcs, min 1 lusin
Gudang Pekalongan, kirim seluruh Indonesia"""),

("post", "hn_own_preloved", "1110", """Bersih-bersih lemari sebelum pindah kos 🧹
Aku jual baju-baju pribadiku, semua dibeli di mall / toko online lokal, dipakai beberapa kali aja
Kemeja Erigo 60rb, rok Cotton Ink 75rb, sneakers Compass 250rb
Bukan barang impor bekas ya, murni lemariku sendiri
DM kalau minat, COD sekitar UGM"""),

("post", "hn_local_upcycle", "1110", """Totebag dari celana jeans bekas? Bisa! ✂️
Kami di Studio Tambal Sulam ngumpulin jeans bekas dari warga sekitar Kotagede, lalu dijahit ulang jadi tas dan pouch.
Tas 85rb, pouch 35rb, tiap produk unik beda-beda.
Semua bahan lokal, nggak ada yang dari karungan impor.
Pesan via DM atau datang ke workshop hari Sabtu."""),

("post", "hn_guideline", "0111", """Panduan komunitas: produk yang tidak boleh dijual di platform kami
1. Pakaian bekas asal luar negeri, termasuk yang dijual per bal atau per karung
2. Produk yang menyebut "thrift impor", "balpres", atau "second import" sebagai asal barang
3. Narkotika, senjata, dan satwa dilindungi
Pelanggaran akan dihapus dan akun dapat dibatasi. Pakaian preloved pribadi tetap diperbolehkan."""),

("article", "hn_news", "0111", """Ratusan karung pakaian bekas dimusnahkan di Pekanbaru
Kantor Bea Cukai setempat membakar barang sitaan berupa baju, celana dan sepatu bekas yang masuk melalui perairan Dumai tanpa dokumen.
Menurut petugas, barang tersebut diduga berasal dari Malaysia dan hendak dikirim ke Padang dan Medan.
Pemusnahan disaksikan perwakilan kejaksaan dan pemerintah daerah.
Pakaian bekas termasuk barang yang dilarang impor sesuai peraturan Menteri Perdagangan."""),

("review", "hn_review", "0111", """⭐⭐ Kecewa.
Katanya "second Korea grade A" tapi pas dibuka bau apek banget dan ada noda kuning di kerah.
Udah dicuci dua kali baunya masih ada.
Lain kali mending beli baru aja deh, ga usah tergiur harga murah."""),

("post", "hn_complaint", "0111", """Hati-hati guys sama akun yang ngaku jual "bal Jepang isi 300 pcs cuma 3 juta".
Aku udah transfer DP 1,5jt, terus nomornya ngilang.
Dia bilang barangnya nyangkut di Tanjungpinang dan harus bayar "biaya bea" dulu. Klasik banget.
Semoga ga ada korban lain. Sudah lapor ke patrolisiber."""),

("comment", "hn_buyer_question", "0111", """Permisi mau tanya, kalau beli bal bekas Korea buat usaha kecil-kecilan itu legal ga sih?
Soalnya lihat di TikTok banyak yang jual, tapi temen bilang udah dilarang.
Kalau dilarang, kok masih banyak lapak di Senen?"""),

("post", "hn_swap", "0110", """Swap party kecil-kecilan di kos Melati hari Minggu 🔁
Bawa 3 baju yang udah ga kamu pakai, tukar sama 3 baju punya anak kos lain.
Ga ada jual beli, murni tukeran.
Sisa yang ga laku kita sumbangin ke panti asuhan dekat pasar."""),

("post", "hn_trip_no_goods", "0010", """Weekend kemarin jalan-jalan ke Seoul, niatnya mau hunting vintage di Dongmyo 😆
Ternyata capek muter-muter, akhirnya cuma foto-foto sama makan tteokbokki.
Pulang ke Jakarta koper isinya cuma oleh-oleh snack.
Next trip mungkin coba lagi, kali ini bawa koper kosong wkwk"""),

("listing", "legal_plain_listing", "1010", """Gamis Wanita Bahan Wolfis Premium Busui Friendly
Warna: mocca, navy, olive, hitam
Ukuran M, L, XL (LD 100-116 cm)
Harga 135rb, grosir 6 pcs 720rb
Jahitan rapi, produksi konveksi Tanah Abang"""),

("listing", "legal_plain_listing", "1010", """Seragam SD Putih Merah Lengkap Baru
Kemeja lengan pendek + celana/rok, bahan oxford tidak panas
Ukuran 6 - 14, harga mulai 75rb per stel
Bordir logo sekolah bisa request, tambah 10rb
Toko Seragam Ceria, Pasar Baru Bekasi"""),

("post", "hn_church_sale", "1110", """Jemaat GKJ Kalam Kudus yang dikasihi,
Minggu depan selepas ibadah ada Pasar Murah Diakonia di halaman gereja.
Dijual pakaian layak pakai hasil sumbangan jemaat, harga 2rb-15rb.
Seluruh hasilnya untuk biaya sekolah anak asuh gereja.
Terima kasih atas kepedulian saudara sekalian."""),

("post", "hn_joke_meme", "0111", """Nyokap: "kamu beli baju bekas orang Korea? nanti ketempelan arwahnya lho"
Gue: "ma, ini jaket 40rb, kalo ada arwahnya ya anggap aja bonus"
Nyokap: *nyiram jaketnya pake air garam*
wkwkwk ada yg pernah ngalamin juga?"""),

("message", "hn_buyer_question", "0111", """Pak, maaf mengganggu. Saya lihat bapak sering posting soal baju monza.
Saya mau tanya, kalau beli di Pajak Melati biasanya harganya berapa untuk jaket?
Mau beliin anak saya yang kuliah di Berastagi, di sana dingin.
Terima kasih sebelumnya pak."""),

("post", "hn_opinion", "0111", """Thread: kenapa gue udah berhenti beli baju dari bal impor 🧵
1/ Dulu gue addicted banget, tiap minggu ke Senen.
2/ Terus baca soal gunungan baju bekas di Ghana sama Chile, ternyata yang sampai ke kita itu sisa-sisa dari sana juga.
3/ Plus, penjahit di kampung nyokap pada tutup.
4/ Sekarang gue beli preloved dari temen atau brand lokal aja. Ga sempurna, tapi at least gue tau asalnya."""),

("review", "hn_review", "0110", """Review jujur setelah 6 bulan pakai jaket parka hasil berburu barang seken:
+ bahannya tebal, resleting YKK masih lancar
+ cocok buat naik motor malam
- warnanya agak pudar di bahu
Overall worth it untuk harga segitu. Tips: rendam pakai cuka sebelum dicuci biar baunya hilang."""),

("listing", "hn_used_vehicle", "1101", """Toyota Alphard 2013 Eks Jepang (CBU), bekas pakai pribadi
Km 89rb, servis record, pajak panjang
Interior captain seat original, kaca film baru
Harga 295jt nego, bisa tukar tambah
Showroom Kelapa Gading, Jakarta Utara"""),

("post", "hn_new_import", "1011", """Open PO sepatu running baru dari Jepang 🇯🇵
Asics Gel-Kayano & Mizuno Wave Rider, BNWT dus original
Estimasi datang 3 minggu, DP 50%
Harga mulai 1,6jt tergantung size & warna
Bukan barang second, ambil langsung dari toko resmi di Osaka"""),

("comment", "hn_report", "0111", """Udah aku screenshot kak. Caption dia: "monza fresh dari Tanjungbalai, jaket 50rb" 
Itu jelas jual pakaian bekas impor. Aku laporin pake kategori barang terlarang ya.
Semoga cepet diturunin."""),

("post", "hn_donation_request", "0110", """Butuh bantuan 🙏
Panti asuhan Kasih Ibu di Cimahi sedang butuh pakaian bekas layak pakai ukuran anak 5-12 tahun, juga selimut dan handuk.
Sumbangan dari warga sekitar bisa diantar ke Jl. Sukarasa no. 3.
Tidak menerima uang tunai, hanya barang.
Terima kasih orang-orang baik."""),

("article", "hn_explainer", "0111", """Apa itu "cakar", "monza" dan "awul-awul"?
Ketiganya adalah sebutan daerah untuk pakaian bekas yang didatangkan dari luar negeri.
Cakar (cap karung) lazim dipakai di Sulawesi Selatan, monza di Medan, dan awul-awul di Yogyakarta.
Barangnya biasanya tiba dalam karung atau bal yang dipres, lalu dibongkar di pasar.
Sejak 2015 impor pakaian bekas dilarang, dan aturan itu dipertegas lagi lewat Permendag 18/2021 yang diubah dengan Permendag 40/2022."""),

("listing", "legal_plain_listing", "1010", """Jaket Bomber Pria Bahan Parasut Waterproof
Baru, lapisan dalam dakron hangat
Warna hitam, army, maroon
M / L / XL / XXL, harga 99rb
Produk UMKM Bandung, bisa grosir"""),

("post", "hn_new_thrift_style", "1010", """Koleksi "Thrift Vibes" kami akhirnya rilis! 🤎
Kemeja corduroy, rompi rajut, celana high-waist, semua dijahit baru di workshop kami di Yogyakarta.
Tampilan vintage tanpa perlu bongkar tumpukan baju bekas.
Harga mulai 119rb, pre-order sampai 30 Juni.
Link di bio."""),

("message", "hn_produce_per_karung", "1000", """Pak Haji, stok beras Cianjur premium udah ready lagi
Per karung 25 kg, harga 340rb, per karung 50 kg 670rb
Bisa antar ke warung bapak hari Kamis
Kalau ambil 10 karung ke atas saya kasih diskon 5rb per karung
Kabari ya pak"""),

("live", "hn_new_thrift_style", "1010", """Halo semuanya, selamat malam! Ini live launching koleksi baru kami ya
Semua kemeja & celana di rak ini BARU, dijahit di konveksi kami sendiri di Cimahi, cuma modelnya dibuat ala thrift 90-an
Jadi jangan tanya "ini bekas dari mana", bukan bekas kak 😅
Kemeja 99rb, celana 129rb, checkout lewat keranjang kuning, gratis ongkir malam ini"""),

("comment", "hn_opinion", "0111", """Jujur ya, aku ngerti aturannya, tapi pedagang thrift di pasar itu juga cari makan.
Harusnya yang ditangkap importir besar yang masukin kontainer, bukan emak-emak yang jual 20 potong di lapak.
Kasih solusi dulu, baru larang."""),

("listing", "hn_own_preloved", "1110", """Jual cepat baju anak preloved, bekas anak sendiri
Usia 1-2 tahun, 15 pcs (kaos, celana, piyama), beli di Carter's & Mothercare Indonesia
Kondisi 80-90%, sudah dicuci
Harga paket 150rb
Ambil di Bintaro sektor 9"""),

("post", "hn_tutorial", "0110", """Tips merawat baju seken biar awet & wangi 🧼
1. Rendam air hangat + sedikit cuka selama 30 menit
2. Cuci terpisah dari baju lain di pencucian pertama
3. Jemur di bawah matahari langsung untuk mengusir bau
4. Cek jahitan & kancing, perbaiki sebelum dipakai
Berlaku untuk baju lungsuran saudara juga ya!"""),

("post", "hn_job_vacancy", "0111", """[LOWONGAN] Admin live streaming untuk toko pakaian second import di Medan
Kerja 6 hari, shift malam 18.00-24.00
Syarat: bisa ngomong di depan kamera, paham TikTok Shop
Gaji pokok + bonus penjualan
Kirim lamaran ke DM, cantumkan domisili"""),
]
