# Batch 2: code words / geography illegal (22) + legal hard negatives (16).
B2 = [
("post", "regional_code_word", (1,1,1,1), """Monza baru turun dari Tanjungbalai, bah! 🔥
Jaket parasut, kemeja kotak-kotak, celana cargo, semuanya masih wangi karung.
Lapak kami di Pajak Melati blok C, dekat tukang mie sop.
Harga mulai 20 ribu, kalau borong bisa kurang lah.
Datang pagi biar dapat yang bagus, lewat jam 11 udah dikorek orang."""),
("listing", "regional_code_word", (1,1,1,1), """Baju Cakar Makassar Kaos Polo Campur Merk
Stok cakar baru buka karung kemarin, ada Polo Ralph Lauren, Lacoste, Uniqlo
Harga 25rb-60rb per lembar
Lapak di Pasar Butung lantai dasar
Bisa kirim ke Kendari, Palu, sama Ambon"""),
("message", "wholesale_price_list", (1,1,1,1), """Daftar harga per koli minggu ini (harga gudang):
▪ Kemeja pria sortiran A: 3,1jt
▪ Kaos campur: 2,4jt
▪ Jaket musim dingin: 5,8jt
▪ Sepatu per karung 40 pasang: 4,5jt
Barang masuk lewat Dumai, estimasi sampai Pekanbaru 2 hari.
Minimal ambil 2 koli. Hubungi admin 0821xxxx."""),
("post", "regional_code_word", (1,1,1,1), """Awul-awul buka maneh neng alun-alun kidul, rek! 🙌
Sesuk Minggu mulai jam 7 isuk, karung anyar teko Batam.
Klambi 10 ewu, jaket 25 ewu, celana jins 20 ewu.
Ngawul bareng yuk, sing teko gasik oleh sing apik.
Lapak Mas Darto, cedak tukang wedang ronde."""),
("listing", "regional_code_word", (1,1,1,1), """Lelong Pontianak Sprei & Bedcover Ex Malaysia
Baru sampai dari Entikong, kondisi bersih, motif bunga dan polos
Sprei single 35rb, queen 55rb, bedcover 90rb
Ambil di toko Jl. Gajah Mada depan apotek
Atau kirim ke Singkawang & Sintang"""),
("profile", "shop_bio", (1,1,1,1), """Roma Jaya Baju Ramah
Jual rombengan pilihan: jaket, sweater, celana jins, tas
Barang datang tiap Rabu dari pelabuhan Tanjungpinang
Toko buka jam 8 pagi - 6 sore, Jl. Merdeka Sungai Penuh
Ecer dan grosir, ditunggu kunjungannya"""),
("message", "wa_broadcast", (1,1,1,1), """Selamat pagi bos-bos 🙏
Kiriman dari Tawau sudah bongkar di Nunukan.
Karung kaos anak 35kg, karung celana pendek, karung sepatu sekolah.
Harga per karung tetap sama seperti bulan lalu, belum naik.
Kapal berikutnya tanggal 21. Yang mau titip order, kabari sebelum tanggal 18."""),
("post", "reseller_recruitment", (1,1,1,1), """Lowongan reseller sortiran grade S 👕
Kami punya gudang di Bandung, stok masuk rutin dari Port Klang.
Reseller ambil minimal 20 kg, harga per kilo 85rb untuk grade S, 60rb untuk grade A.
Barang sudah dipilah, bisa langsung difoto dan dijual ulang.
Tertarik? Isi formulir, slot terbatas untuk 15 orang bulan ini."""),
("listing", "bale_grade_offer", (1,1,1,1), """Jual Sortiran Jaket Per Kilo Grade A Campur Brand
Minimal 10 kg, harga 95rb/kg
Isi: jaket denim, jaket bomber, windbreaker
Sudah dipisah dari yang rusak, tinggal gantung di lapak
Gudang Kebon Kalapa Bandung, bisa dikirim ke luar kota"""),
("post", "regional_code_word", (1,1,1,1), """Obok-obok Gembong buka sampai malam hari ini 🌙
Karung baru masuk pagi tadi, celana kain kantor, kemeja, blus ibu-ibu.
Dijamin murah pol, mulai 10rb dapat 1, 25rb dapat 3.
Lokasi di gang belakang Pasar Gembong Surabaya.
Monggo mampir sak durunge entek!"""),
("message", "wholesale_price_list", (1,1,1,1), """Bang, ini list barang masuk dari Belawan:
- 5 goni celana jins campur, 3,2jt per goni
- 3 goni jaket kulit, 6,5jt per goni
- 10 goni kaos, 2,1jt per goni
Stok yang kemarin udah habis diangkut orang Siantar.
Kalau abang mau, transfer dulu setengah, sisanya pas barang sampai di Medan."""),
("post", "creator_recommendation", (1,1,1,1), """Rekomendasi tempat ngawul di Jogja versi aku 🧥
Lapak Mbak Tari di Pasar Beringharjo lantai 3 tuh selalu ada karung baru dari Korea tiap Kamis.
Jaket 30-50rb, kemeja 15rb, kadang ketemu Uniqlo sama GU.
Yang penting datang pagi dan bawa uang pas.
Save dulu postingan ini biar nggak lupa!"""),
("listing", "regional_code_word", (1,1,1,1), """Baju Batam Lampung Kemeja Kerja Pria
Stok baju Batam datang langsung via kapal, ukuran M-XXL
Harga 35rb, 3 potong 90rb
Kondisi rata-rata 90%, ada beberapa kerah menguning dikit
Lapak Pasar Bambu Kuning, Bandar Lampung"""),
("comment", "seller_reply", (1,1,1,1), """Ada kak, ini sisa dari koli kemarin. Yang kotak-kotak merah ukuran L, harga 40rb.
Barang masuk lewat Tanjungbalai jadi kadang agak bau, saya sarankan rendam pakai pewangi dulu. Bisa kirim ke Padang, ongkir sekitar 25rb."""),
("post", "bale_grade_offer", (1,1,1,1), """Grosir per karung buat kamu yang mau buka lapak 💼
Karung kaos grade B 50kg: 1,9jt
Karung celana anak grade A 45kg: 2,6jt
Karung sweater grade A 40kg: 3,4jt
Barang dari Batam, dikirim pakai truk ke Jawa tiap Selasa.
Tanya-tanya silakan, bisa kunjungi gudang di Cikampek dengan janji dulu."""),
("live", "live_call", (1,1,1,1), """Oke oke sabar ya, karungnya lagi dibuka nih! 😆
Ini karung babebo isi celana jins, dari Batam kemarin sore sampai.
Aku angkat satu-satu ya, yang mau ketik nomornya.
Nomor 1, Levi's 505, pinggang 32, harga 70rb.
Nomor 2, Wrangler, pinggang 30, 55rb. Siapa cepat!"""),
("listing", "regional_code_word", (1,1,1,1), """BJ Palembang Jaket Gunung Murah
Barang BJ alias buruan Jambi, masuk minggu ini
The North Face, Columbia, Eiger impor, semua size dewasa
Harga 80rb sampai 200rb
Ambil di Pasar 16 Ilir, los belakang"""),
("profile", "shop_bio", (1,1,1,1), """Gudang Burjer Sejahtera
Grosir burjer & monja per bal untuk pedagang pasar dan online
Ex Korea, Jepang, Taiwan
Pengiriman dari Pekanbaru ke seluruh Sumatera
Minimal order 1 bal, harga sesuai grade
Admin: 0811xxxx"""),
("message", "customer_chat", (1,1,1,1), """Kak maaf baru bales.
Untuk cakar sepatu sekarang tersisa satu karung isi campur 35 pasang, ada sneakers, pantofel, sama sepatu anak. Harga karungnya 2,8jt.
Kalau kakak di Parepare bisa ambil langsung di gudang kami belakang Pasar Lakessi, kalau di luar kota kami kirim lewat ekspedisi laut."""),
("post", "trade_market_offer", (1,1,1,1), """Pasar Tungging Pontianak lagi rame-ramenya nih 🛍️
Lapak Bang Hendri buka lelong anyar dari Malaysia: sepatu, tas, handuk, selimut.
Harga bersahabat, mulai 15rb.
Yang mau titip beliin juga bisa, tinggal WA aja, nanti dikirim pakai ekspedisi.
Buruan sebelum dipilih duluan sama orang lain!"""),
("listing", "bale_grade_offer", (1,1,1,1), """Bal Sortiran Kemeja Wanita Grade A Plus 100kg
Hasil sortir pertama, belum diambil yang bagus-bagus
Merek campur: Uniqlo, H&M, Zara, Muji
Harga 8,5jt per bal, bisa ambil setengah bal
Gudang di Gedebage, buka jam 7 pagi"""),
("comment", "seller_reply", (1,1,1,1), """Masih kak, yang monja celana cargo sisa 4 potong ukuran 30-34. Harganya 45rb per potong, bisa nego kalau ambil semua.
Ini barang langsung dari Pajak Melati, saya yang angkat sendiri tadi pagi. Mau dikirim ke mana kak?"""),

# ---- legal ----
("listing", "hn_used_furniture", (1,1,0,0), """Dijual Lemari Pakaian Kayu Jati Bekas Pakai
Ukuran 2 pintu, tinggi 180 cm
Kondisi kokoh, hanya cat pudar di sisi kanan
Harga 1,2jt, pembeli angkut sendiri
Lokasi Kudus, dekat Menara
Alasan jual: pindah rumah"""),
("article", "hn_news_market", (0,1,1,1), """Para pedagang di Pasar Senen mengaku penjualan menurun sejak razia pakaian bekas impor digencarkan.
Beberapa kios memilih menutup rolling door lebih awal. Seorang pedagang menyebut pasokan bal dari gudang di Jawa Barat tersendat karena pemasok takut disita.
Kementerian Perdagangan menegaskan bahwa pakaian bekas tetap termasuk barang dilarang impor dan meminta pemerintah daerah ikut mengawasi."""),
("post", "hn_produce_karung", (1,0,0,0), """Jual beras pandan wangi per karung 25kg 🌾
Panen baru dari Cianjur, pulen dan wangi
Harga 360rb per karung, ambil 5 karung bonus 1 kg gula
Antar gratis area Sukabumi kota
Pesan sekarang sebelum stok habis!"""),
("listing", "hn_majun", (1,1,0,0), """Kain Majun Perca Putih Per Karung 25 kg
Cocok untuk lap mesin bengkel dan pabrik
Bahan katun menyerap minyak, sudah dipotong ukuran tangan
Harga 180rb per karung
Kirim ke Cikarang, Karawang, Purwakarta"""),
("comment", "hn_buyer_question", (0,1,1,1), """Bang, monza di Medan sekarang yang masih buka di mana ya?
Dulu aku sering ke Pajak Melati tapi katanya banyak yang tutup. Mau cari jaket buat anak kuliah di Bandung, pengen yang tebal tapi murah."""),
("post", "hn_opinion_tweet", (0,1,1,1), """unpopular opinion: orang yang bangga pakai baju thrift impor tapi ngomel soal UMKM lokal mati itu agak lucu ya 🙃
gue juga suka thrift dulu, tapi pas tau karungan itu banyakan sampah dari luar yang sengaja dibuang ke sini, jadi mikir lagi.
sekarang mending beli preloved orang lokal atau brand kecil."""),
("listing", "hn_new_import", (1,0,1,1), """Sepatu Sneakers Wanita Import Korea New Original Box
Barang baru, bukan second, masih lengkap dengan box dan tag
Ukuran 36-40
Warna putih cream dan abu
Harga 245rb, dikirim dari Jakarta Barat
Impor resmi lewat distributor, ada faktur"""),
("message", "hn_swap", (0,1,1,0), """Halo teman-teman komunitas! Minggu depan kita adakan swap party di kafe Ruang Temu, Malang.
Bawa maksimal 5 baju bekas milikmu yang masih layak, tukar dengan baju peserta lain. Tidak ada jual beli ya, murni tukaran.
Sisa baju yang tidak tertukar akan kami donasikan ke panti asuhan."""),
("article", "hn_news_seizure", (0,1,1,1), """Aparat gabungan menyita puluhan koli pakaian bekas di sebuah gudang di Kecamatan Sei Beduk, Batam. Barang tersebut diduga masuk dari Singapura menggunakan kapal kecil pada malam hari.
Pemilik gudang mengaku hanya menyewakan tempat. Polisi masih menelusuri siapa pemilik barang dan ke mana rencananya barang akan dikirim."""),
("listing", "hn_used_machine", (1,1,0,1), """Mesin Jahit Juki Bekas Ex Jepang High Speed
Unit rekondisi, dinamo servo, suara halus
Cocok buat konveksi rumahan
Harga 2,8jt per unit, garansi 3 bulan
Lokasi Cipadu Tangerang
Bisa kirim luar kota via kargo"""),
("post", "hn_complaint_report", (0,1,1,1), """Nemu iklan begini di grup FB jual beli kota kita:
"Open PO karungan sepatu second Korea, isi 40 pasang, dijamin layak jual"
Ini kan jelas-jelas barang impor yang dilarang ya? Udah aku report ke admin grup dan ke Facebook.
Buat teman-teman, mending jangan ikut PO yang begini, rawan penipuan juga."""),
("listing", "hn_plain_clothing", (1,0,1,0), """Celana Chino Pria Slim Fit Stretch
Bahan twill cotton, tidak gampang kusut
Warna krem, hitam, navy, olive
Size 28 sampai 38
Harga 99rb, grosir min 6 pcs 85rb
Produksi konveksi Bandung"""),
("post", "hn_job_vacancy", (0,1,1,1), """LOKER: Dibutuhkan 3 orang penyortir untuk toko thrift di Bekasi.
Tugas: memilah baju dari bal impor, melipat, dan memfoto produk.
Syarat: pria/wanita, usia 18-30, teliti, tidak alergi debu.
Gaji UMR, makan siang ditanggung.
Kirim CV ke email rekrut.tokoku@xmail.com"""),
("review", "hn_review_no_seller", (0,1,1,0), """Review jujur setelah setahun pakai jaket preloved dari kakak sepupu:
bahan masih tebal, resleting aman, cuma warnanya agak pudar di bagian bahu. Lumayan banget sih buat yang nggak mau beli baru.
Intinya, preloved itu nggak selalu jelek asal kita pilih yang kondisinya masih bagus."""),
("post", "hn_joke_meme", (0,1,1,1), """Kata ibuku: "Ngapain beli baju bekas impor, kayak orang nggak mampu."
Juga ibuku: *pulang dari Gedebage bawa 6 blus, 2 rok, 1 tas*
"Ini mah beda, ini mah merk luar" 🤡
ya udah bu, terserah bu"""),
("listing", "hn_used_tires", (1,1,0,1), """Ban Bekas Import Jepang Ring 15 Kembangan Tebal
Merek Bridgestone dan Dunlop, tahun produksi 2021
Harga 350rb per biji, sepasang 650rb
Sudah dicek, tidak ada benjolan atau tambalan
Lokasi bengkel di Jalan Raya Bogor"""),
]
