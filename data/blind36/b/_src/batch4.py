# Batch 4: legal records (31). Hand-written.
RECORDS = [
("post", "hn_own_preloved", (1, 1, 1, 0), """Preloved anak 0-2 tahun, semua punya si kecil yang udah kekecilan 👶
Jumper, kaos kaki, topi, selimut bayi
Beli di Mothercare & pasar Klewer, dipake gantian sama kakaknya
Sekarung kecil 150rb aja, ambil semua ya
Solo kota, ambil di rumah"""),
("listing", "hn_new_thrift_style", (1, 0, 1, 0), """Jaket Varsity Retro 'Thrift Vibes' NEW ARRIVAL
Dibuat baru di workshop kami, Bekasi
Bahan wool blend + lengan sintetis kulit
Desain terinspirasi jaket vintage Amerika, tapi 100% barang baru
Pre-order 14 hari, DP 50%"""),
("article", "hn_news_destruction", (0, 1, 1, 1), """Ratusan balpres berisi pakaian bekas asal luar negeri dimusnahkan di kawasan industri Nambo, Bogor.
Barang sitaan itu ditemukan di beberapa gudang di Bandung dan diperkirakan bernilai puluhan miliar rupiah.
Pemerintah menyatakan biaya pemusnahan ditanggung oleh importir dan distributor yang terbukti melanggar.
Usaha para pemilik gudang juga ditutup."""),
("message", "hn_buyer_question", (0, 1, 1, 1), """Kak maaf mau tanya, kalo beli baju second import di marketplace itu bisa kena masalah ga ya buat pembelinya?
Aku lagi bikin tugas kuliah soal thrifting, pengen tau dari sisi hukumnya
Soalnya yang dilarang katanya impornya, bukan pemakainya
Mohon pencerahannya 🙏"""),
("post", "hn_opinion_seller_switch", (1, 0, 1, 0), """Dulu saya jualan baju bal di Pasar Baru, sekarang udah pindah jualan kaos sablon lokal.
Untungnya memang lebih tipis, tapi tidur lebih tenang, nggak takut razia lagi.
Buat teman-teman yang mau mampir, kios saya tetap di lantai 2, sekarang isinya barang baru semua.
Terima kasih pelanggan lama yang masih setia 🙏"""),
("listing", "hn_used_appliance", (1, 1, 0, 1), """Rice Cooker Bekas Jepang Zojirushi 1,8 L
Dibawa sendiri waktu pulang dinas, sudah pakai trafo
Fungsi normal, panci anti lengket masih bagus
Harga 650rb
Lokasi Bintaro"""),
("post", "hn_school_bazaar", (1, 1, 1, 0), """Pasar Murah Seragam Bekas SD Tunas Bangsa
Seragam merah putih, pramuka, batik sekolah, dan sepatu hitam sumbangan kakak kelas
Harga 5 ribu per potong, sepatu 10 ribu
Senin-Rabu minggu depan, di depan ruang TU
Hasilnya untuk kas kegiatan kelas 6"""),
("comment", "hn_complaint_quote", (0, 1, 1, 1), """Nah ini dia akun yang tadi aku bilang 👆
Captionnya "REAL PICT bal jaket Jepang grade A, buka karung di depan kamera"
Pas aku transfer, barangnya gak pernah dikirim, chat diblok
Jangan ada korban lagi ya teman-teman"""),
("listing", "hn_plain_clothing", (1, 0, 1, 0), """Hijab Segi Empat Voal Premium Motif Daun
Ukuran 115 x 115 cm, jahit tepi rapi
Tidak licin, mudah dibentuk
Harga 45rb, beli 3 jadi 120rb
Ready banyak motif, kirim dari Sidoarjo"""),
("post", "hn_tweet_opinion", (0, 1, 1, 1), """hot take: kata "thrift" di Indonesia udah bergeser makna
di luar negeri thrift shop itu toko barang sumbangan
di sini thrift = baju bal impor yang dibeli per karung
makanya pas ada larangan, yg kena bukan toko amal tapi lapak-lapak bal"""),
("listing", "hn_used_phone", (1, 1, 0, 0), """Samsung Galaxy A54 Bekas Garansi Resmi SEIN
Pemakaian pribadi 8 bulan
Layar mulus pakai antigores dari awal
Kelengkapan: dus, charger, nota
Harga 3,6 jt, Palembang"""),
("post", "hn_donation_request", (0, 1, 1, 0), """Panti Asuhan Kasih Ibu membuka kesempatan bagi donatur yang ingin menyumbangkan pakaian bekas layak pakai.
Saat ini kami membutuhkan seragam sekolah ukuran SD-SMP, kaos, dan sandal.
Donasi dapat diantar langsung ke panti setiap hari pukul 08.00-16.00.
Semoga menjadi berkah bagi kita semua."""),
("article", "hn_guideline_marketplace", (0, 1, 1, 1), """Kebijakan Produk Terlarang — Pakaian
Penjual dilarang mengunggah produk pakaian, sepatu, atau tas bekas yang berasal dari impor, termasuk kata kunci seperti bal, karungan, cakar, monza, atau second import.
Produk bekas milik pribadi yang dibeli di dalam negeri tetap diperbolehkan dengan mencantumkan kondisi barang secara jujur.
Listing yang melanggar akan diturunkan tanpa pemberitahuan."""),
("listing", "hn_new_bnwt_import", (1, 0, 1, 1), """Jastip Outlet Singapura Batch Juli ✈️
Barang BARU dari outlet Coach & Charles & Keith, bukan preloved
Harga sesuai katalog + fee jastip 10%
Barang dibawa pulang sesuai batas bebas bea, lebihnya kami bayar pajaknya
Close order 20 Juli"""),
("post", "hn_creator_tips", (0, 1, 1, 1), """Tips biar gak zonk pas thrifting di lapak bal 👇
1. Cek bagian ketiak & kerah, suka ada noda kuning
2. Tarik resleting sampai mentok
3. Bawa meteran sendiri
4. Langsung rendam di rumah pakai deterjen + air panas
Save dulu, nanti berguna"""),
("listing", "hn_used_vehicle", (1, 1, 0, 1), """Mobil Bekas Toyota Alphard 2012 Eks Impor Jepang (CBU)
Surat lengkap, pajak hidup
Interior terawat, mesin kering
Harga 315 jt nego
Showroom Kelapa Gading, bisa test drive"""),
("post", "hn_community_swap", (0, 1, 1, 0), """Grup tukar baju anak kompleks Griya Permai 👧👦
Yang punya baju anak kekecilan, share foto di grup, nanti tukeran sama yang ukuran lebih besar
Bukan jual beli ya, murni barter
Ketemuan di pos satpam tiap Sabtu sore"""),
("review", "hn_review_new_item", (0, 0, 1, 0), """Bintang 5! Kemejanya baru, jahitannya rapi, bahannya adem.
Awalnya ragu karena fotonya kayak baju thrift, ternyata memang desainnya aja yang dibuat vintage.
Ukurannya sesuai size chart.
Bakal repeat order warna lain."""),
("message", "hn_family_chat", (0, 1, 1, 0), """Dek, baju-baju lama Mas yang di lemari atas udah Mas pilih ya
Yang masih bagus kasih ke Pakde, yang agak bladus buat lap aja
Jangan dibuang, sayang
Nanti malam Mas telpon lagi"""),
("listing", "hn_cardboard_bale", (1, 1, 0, 0), """Jual Kertas Koran Bekas Per Bal
Per bal ±25 kg, kering & tidak sobek
Cocok untuk bungkus, kerajinan, atau pengepul
Harga 3.000/kg
Lokasi gudang Medan Amplas"""),
("post", "hn_opinion_ban", (0, 1, 1, 1), """Pedagang cakar di kampungku di Palu rata-rata ibu-ibu yang jualan buat biaya sekolah anak.
Mereka bukan bandar, cuma beli sekarung dua karung dari pengepul.
Kalau mau menertibkan, tolong kejar jalur masuknya, jangan cuma lapak kecilnya yang diangkut.
Semoga pemerintah kasih jalan keluar yang manusiawi."""),
("listing", "hn_new_import", (1, 0, 1, 1), """Kaos Kaki Jepang Import Baru Isi 5 Pasang
Bahan katun lembut, motif lucu
Masih dalam kemasan, bukan barang bekas
Harga 65rb per pack
Ready di Jakarta Utara"""),
("post", "hn_upcycle_workshop", (0, 1, 1, 0), """Workshop Upcycle: Ubah Kemeja Lamamu Jadi Tas Kecil ✂️
Bawa satu kemeja bekas dari rumah, kami sediakan benang, jarum, dan pola
Sabtu, 10.00-13.00 di Perpustakaan Kota Malang
Gratis, kuota 25 orang, daftar lewat link di bio"""),
("article", "hn_news_trial", (0, 1, 1, 1), """Pengadilan Negeri menjatuhkan vonis penjara kepada seorang pengusaha yang terbukti memasukkan ratusan koli pakaian bekas melalui pelabuhan tidak resmi di Kepulauan Riau.
Dalam persidangan terungkap, barang diangkut dari Port Klang menggunakan kapal kayu pada malam hari.
Terdakwa menyatakan akan mengajukan banding."""),
("comment", "hn_buyer_question", (0, 1, 1, 0), """Ini kak jaket preloved punya kakak sendiri ya? Bukan dari karungan kan?
Aku nanya soalnya aku alergi debu, takut kalau barang lama yang belum dicuci
Kalau punya pribadi aku mau ambil kak, masih ada ukuran M?"""),
("post", "hn_used_bag_local", (1, 1, 1, 0), """Lelang amal tas bekas para dosen FEB 👜
Tas kerja, ransel, dan tas laptop yang masih layak, disumbangkan dosen & staf
Penawaran terbuka mulai 25rb, ditutup Jumat jam 15.00
Seluruh dana untuk korban kebakaran di Kampung Baru
Tempat: lobi gedung B"""),
("listing", "hn_plain_clothing", (1, 0, 1, 0), """Setelan Piyama Katun Anak Motif Dinosaurus
Ukuran 2-10 tahun
Bahan adem, tidak bikin gatal
Harga 55rb per set
Buatan UMKM Bandung, ready 200 set
Bisa grosir untuk reseller, harga khusus min. 1 lusin"""),
("post", "hn_tweet_joke", (0, 1, 1, 1), """orang2: fashion itu mahal
gue dengan jaket monza 40rb yg dikira Uniqlo terbaru: 💅
(jangan bilang2 bos gue ya wkwk)
kemarin dia nanya beli dimana, gue jawab 'online' sambil keringet dingin"""),
("post", "hn_report_platform", (0, 1, 1, 1), """Laporan mingguan tim keamanan konten:
Kami menurunkan 1.240 listing yang menawarkan pakaian bekas impor, sebagian besar memakai kata samaran seperti "paket JP", "b4l", atau emoji bendera.
Akun yang berulang kali melanggar telah dibekukan.
Jika menemukan listing serupa, gunakan tombol Laporkan."""),
("post", "hn_thrift_charity_shop", (1, 1, 1, 0), """Toko Amal Yayasan Pelita buka lagi setelah renovasi 🎉
Semua barang di sini sumbangan warga Semarang, bukan barang impor
Baju dewasa 10rb, baju anak 5rb, buku 3rb
Buka Selasa-Minggu 09.00-17.00, Jl. Pandanaran
Keuntungan untuk beasiswa anak asuh"""),
("post", "hn_plain_clothing_sundanese", (1, 0, 1, 0), """Sampurasun baraya! 🙏
Kaos distro anyar ti konveksi urang di Cigondewah, lain barang bekas nya
Bahan cotton combed 30s, sablon rapih, moal luntur
Harga 70 rebu, meser 3 ngan 190 rebu
Kintun ka sadaya kota, mangga DM wae"""),
]
