# Batch 3: legal hard negatives full of the trade's famous words, each failing at least one element.
# Element tuples: (offer, used, clothing, abroad).

RECORDS = [
("article", "hn_news_report", (0, 1, 1, 1), """Bea Cukai Musnahkan 412 Bal Pakaian Bekas Impor di Batam
Batam - Petugas Bea Cukai Batam memusnahkan ratusan bal pakaian bekas impor hasil penindakan di perairan Kepulauan Riau selama tiga bulan terakhir.
Ballpress tersebut diangkut kapal kayu dari Malaysia dan rencananya akan dibawa ke Jakarta dan Bandung.
Pemusnahan dilakukan dengan cara dibakar di tempat pembuangan akhir.
Kepala kantor menegaskan impor pakaian bekas dilarang berdasarkan Permendag 18/2021 sebagaimana diubah Permendag 40/2022."""),

("post", "hn_complaint_quoting_ad", (0, 1, 1, 1), """Hati-hati guys sama akun yang jualan "bal thrift grade A isi 100 pcs Korea". Aku udah transfer 2,5jt, yang dateng cuma karung isinya kaos sobek sama lap 😭
Iklannya bilang "bongkar bal fresh dari Batam, no zonk". Zonk semua!
Udah aku laporin ke marketplace, semoga gak ada korban lain.
Screenshot iklan sama bukti transfer ada di slide berikut."""),

("post", "hn_new_thrift_style", (1, 0, 1, 0), """NEW DROP: Koleksi "Thrift Era" 🌼
Kemeja flanel dan crewneck gaya thrift vintage, tapi 100% BARU ya kak, bukan bekas.
Produksi konveksi sendiri di Bandung, bahan cotton fleece 280 gsm.
Washed effect biar keliatan kayak hasil thrifting, tapi bersih, wangi, masih ada tag.
Harga 129rb, pre-order 7 hari kerja. Order di link bio."""),

("listing", "hn_own_preloved", (1, 1, 1, 0), """Preloved Pribadi - Gamis & Hijab Ibu (Lemari Beres-Beres)
Dijual baju-baju pribadi, dibeli sendiri di toko di Surabaya, dipakai 1-3 kali saja.
Gamis Zoya ukuran L 150rb, hijab segi empat 25rb, tunik 60rb.
Bukan barang thrift impor ya, semua koleksi pribadi, nota masih ada beberapa.
COD Sidoarjo atau kirim via JNE."""),

("post", "hn_school_bazaar", (1, 1, 1, 0), """📣 BAZAR AMAL SD Harapan Bangsa
Sabtu, 14 September, jam 07.00-12.00 di halaman sekolah.
Menjual baju layak pakai sumbangan wali murid: seragam, kaos, sepatu, tas sekolah.
Harga 2.000-15.000. Semua hasil untuk renovasi perpustakaan.
Bukan barang impor, semua dari lemari keluarga kita sendiri 😊 Ayo ajak tetangga!"""),

("listing", "hn_other_goods_per_karung", (1, 1, 0, 1), """HP Bekas Impor Jepang Per Karung (Untuk Part)
Isi 80-100 unit HP rusak/mati total, berbagai merek, ex Jepang.
Cocok buat tukang servis ambil LCD, kamera, dan mesin.
Harga per karung 3,5jt. Barang di Batam.
Tidak ada garansi, beli sesuai kondisi."""),

("comment", "hn_buyer_question", (0, 1, 1, 1), """Kak mau tanya dong, kalau beli bal thrift dari Gedebage itu satu balnya isinya berapa potong ya? 
Terus aman gak sih buat dijual lagi di TikTok? Soalnya denger-denger baju bekas impor dilarang. Takut udah modal gede malah diturunin semua 🥲"""),

("post", "hn_joke_meme", (0, 1, 1, 1), """Aku: mau nabung bulan ini
Juga aku pas lewat pasar Senen liat tulisan "BONGKAR BAL HARI INI": 🏃‍♀️💨
Pulang-pulang bawa 6 kemeja thrift, 2 jaket, sama bau karung yang nempel di rambut.
Tabungan: 📉
Lemari: 📈
#thriftaddict #anakthrift #bongkarbal"""),

("article", "hn_opinion", (0, 1, 1, 1), """Opini: Larangan Pakaian Bekas Impor Jangan Hanya Menyasar Pedagang Kecil
Oleh seorang warga Medan
Setiap kali isu baju monza mencuat, yang paling cepat kena adalah pedagang di Pajak Melati. Padahal ballpress tidak jalan sendiri dari Malaysia ke Medan; ada kapal, gudang, dan pemodal.
Saya setuju impor pakaian bekas dilarang demi industri tekstil dalam negeri. Tetapi penegakannya harus dimulai dari hulu, bukan dari lapak berukuran dua meter.
Pemerintah juga perlu menyiapkan jalan keluar bagi ribuan pedagang yang sudah puluhan tahun hidup dari usaha ini."""),

("post", "hn_donation_request", (0, 1, 1, 0), """Open donasi pakaian layak pakai untuk korban banjir di Kabupaten Bandung 🙏
Kami terima baju bekas anak, selimut, sarung, mukena, dan seragam sekolah.
Mohon dicuci dan dilipat, masukkan ke kardus atau karung.
Drop point: Masjid Al-Ikhlas Jl. Cikutra, setiap hari jam 08.00-20.00.
Tidak diperjualbelikan, semua disalurkan langsung."""),

("listing", "hn_new_import", (1, 0, 1, 1), """Kaos Polos Cotton Combed Impor Bangkok BARU Per Lusin
Bukan thrift, bukan bekas, segel plastik per pcs.
Warna lengkap, ukuran S-XXL. Harga 420rb per lusin.
Barang masuk resmi, ada faktur.
Cocok buat sablon, seragam komunitas, atau dijual lagi."""),

("message", "hn_buyer_question", (0, 1, 1, 1), """Bang, saya lihat di grup katanya abang jual karungan dari Tanjungbalai. Saya mau tanya dulu bukan mau beli ya bang: kalau monza grade A itu kondisinya kayak apa? Terus kalau dibawa ke Aceh pake bus, suka diperiksa nggak? 
Saya baru mau belajar dulu sebelum buka usaha."""),

("post", "hn_buyer_diary", (0, 1, 1, 1), """Hari ke-3 di Makassar, akhirnya ke Pasar Terong juga buat cari cakar 😆
Deretan lapaknya panjang banget, karung putih ditumpuk di mana-mana.
Dapet kemeja linen 25rb sama celana kulot 30rb, lumayan buat ganti baju selama trip.
Kata ibu penjualnya barang cakar ini datang dari luar negeri lewat Parepare.
Besok mau cari coto, bukan baju lagi 🤣"""),

("listing", "hn_other_goods_per_karung", (1, 1, 0, 0), """Kardus Bekas Per Kilo / Per Bal - Pekalongan
Kardus bekas pabrik, bersih, kering, sudah dipres jadi bal 50 kg.
Harga Rp2.300/kg, ambil minimal 1 ton.
Asal dari pabrik di sekitar Pekalongan dan Batang, bukan impor.
Hubungi Bu Titin 0823xxxx."""),

("article", "hn_tutorial", (0, 1, 1, 1), """Cara Mencuci Baju Thrift Biar Bebas Kuman dan Bau Gudang
1. Rendam dulu dengan air panas (60°C) dan deterjen selama 30 menit. Baju dari bal impor biasanya sudah berbulan-bulan di karung.
2. Tambahkan cuka atau disinfektan khusus kain.
3. Cuci terpisah dari pakaian lain.
4. Jemur di bawah matahari langsung, bolak-balik.
5. Setrika dengan suhu tinggi untuk bahan yang tahan panas.
Untuk jaket kulit dan sepatu, jangan direndam; lap dengan alkohol 70% dan angin-anginkan."""),

("post", "hn_local_upcycling", (1, 1, 1, 0), """Dari jeans lama jadi tote bag 💙
Semua tas di koleksi ini dibuat dari celana jeans bekas sumbangan teman-teman di Jogja, bukan dari bal impor.
Dipotong, dijahit ulang, dikasih lapisan kanvas di dalam.
Tiap tas unik karena warna jeans-nya beda-beda.
Harga 85rb, bisa pesan custom. DM ya!"""),

("review", "hn_review_no_seller", (0, 1, 1, 1), """Pengalaman pertama beli baju thrift di pasar, jujur campur aduk.
Plus: harganya murah banget, jaket kulit cuma 70rb, bahannya tebal.
Minus: baunya parah, harus dicuci 3 kali. Ada satu kemeja yang ternyata ada noda di balik kerah.
Pedagangnya bilang barangnya dari bal Korea, tapi labelnya banyak tulisan Jepang.
Overall 7/10. Tips: bawa masker dan jangan buru-buru bayar."""),

("listing", "hn_ordinary_listing", (1, 0, 1, 0), """Kemeja Flanel Pria Lengan Panjang Kotak-Kotak
Bahan flanel katun tebal, jahitan rapi, produksi Bandung.
Ukuran M, L, XL, XXL. Warna merah, hijau, biru navy, abu.
Harga 89.000, beli 2 jadi 160.000.
Barang baru, dikirim dengan plastik dan hangtag.
Pengiriman setiap hari kecuali Minggu."""),

("post", "hn_rules_guideline", (0, 1, 1, 1), """PENGUMUMAN ADMIN GRUP JUAL BELI KOTA 📌
Mulai hari ini dilarang posting jualan:
- pakaian bekas impor / bal / ballpress / karungan
- barang "thrift bal" atau "bongkar bal"
- obat keras, rokok tanpa cukai
Postingan akan dihapus dan akun dikeluarkan tanpa peringatan.
Jual preloved pribadi masih boleh, asal tulis jelas kondisinya."""),

("listing", "hn_factory_reject", (1, 0, 1, 0), """Sisa Ekspor Kaos Anak Reject Ringan - Per Kodi
Barang BARU, sisa produksi pabrik garmen di Bogor, batal ekspor.
Reject ringan: sablon geser sedikit atau benang lebih. Tidak pernah dipakai.
Harga 150rb/kodi isi 20 pcs. Size 2-12 tahun.
Bukan thrift, bukan bekas, bukan bal."""),

("message", "hn_swap", (0, 1, 1, 0), """Halo kak, aku liat postingan kakak di grup tukar baju. Aku punya dress batik bekasku, size M, masih bagus, dipakai 2 kali ke kondangan.
Mau aku tukar sama rok plisket kakak yg warna sage, boleh? Gak pake uang ya, tukeran aja.
Kita ketemu di stasiun Bogor hari Minggu gimana?"""),

("article", "hn_news_report", (0, 1, 1, 1), """Polisi Amankan Truk Bermuatan 230 Karung Pakaian Bekas di Jalan Lintas Sumatera
Pekanbaru - Aparat menghentikan sebuah truk boks yang membawa 230 karung pakaian bekas asal luar negeri. Muatan itu diduga masuk lewat pelabuhan tikus di pesisir Dumai.
Sopir mengaku hanya disuruh mengantar karung ke gudang di Padang.
Barang bukti kini diamankan untuk diserahkan ke Bea Cukai. Polisi mengimbau masyarakat tidak membeli maupun memperdagangkan pakaian bekas impor."""),

("post", "hn_buyer_diary", (0, 1, 1, 1), """Confession: aku pegawai bank yang tiap Sabtu pagi nyari jas kerja di Pasar Senen 😅
Temen kantor pada ngira blazer aku dari butik, padahal hasil bongkar bal thrift 35 ribu.
Rahasianya: dateng pagi pas karung baru dibuka, bawa kantong sendiri, cek ketiak sama kerah.
Tapi sekarang mulai mikir juga sih soal larangan impor baju bekas... dilema."""),

("listing", "hn_other_goods_per_karung", (1, 0, 0, 1), """Bawang Putih Kating Impor Per Karung 20 kg
Asal Tiongkok, kering, siung besar.
Harga grosir Rp560.000/karung, eceran per kilo juga ada.
Gudang di Pasar Induk Kramat Jati, blok B.
Pesan 10 karung gratis antar Jakarta Timur."""),

("post", "hn_own_preloved", (1, 1, 1, 0), """Declutter lemari sebelum pindahan 📦
Jual preloved pribadi: sepatu Converse size 39 (dipakai 1 tahun), tas ransel Eiger, dan 5 kemeja kerja ukuran S.
Semua dibeli sendiri di mall di Semarang, bukan thrift bal ya.
Harga total 350rb kalau diambil semua, satuan nego.
Ambil di kos daerah Tembalang."""),

("comment", "hn_opinion", (0, 1, 1, 1), """Menurut saya yang salah bukan anak mudanya yang suka thrifting. Baju bekas impor itu ada karena negara maju buang sampah tekstil ke sini. 
Kalau mau tegas, tutup jalurnya di pelabuhan, jangan cuma razia lapak kecil di Gedebage atau Pasar Senen. Kasihan juga pedagang yang cuma ambil 2-3 karung buat makan."""),

("live", "hn_new_thrift_style", (1, 0, 1, 1), """LIVE malam ini: kaos oversized "vintage wash" import Guangzhou 💥
Guys ini BUKAN thrift ya, semua masih baru, masih di plastik, cuma modelnya dibikin kayak kaos band 90an.
Sablon crack sengaja, warna pudar sengaja.
Harga 55rb, 3 pcs 150rb.
Ketik warna + size di kolom komentar, nanti admin rekap."""),

("article", "hn_news_report", (0, 1, 1, 1), """Pedagang Cakar di Parepare Mengaku Stok Menipis
Parepare - Sejumlah pedagang pakaian cap karung (cakar) di Pasar Senggol mengeluhkan sulitnya mendapatkan pasokan baru. Biasanya karung-karung pakaian bekas dari luar negeri datang lewat pelabuhan setiap dua minggu.
"Sekarang sudah sebulan belum ada kiriman," kata seorang pedagang yang enggan disebut namanya.
Pemerintah daerah menyatakan akan mendata pedagang dan mencari solusi bersama sesuai aturan larangan impor pakaian bekas."""),

("listing", "hn_majun", (1, 1, 0, 0), """Majun Kain Perca / Kain Lap Industri Per Karung 25 kg
Dari potongan kain sisa konveksi dan kaos bekas yang sudah dipotong-potong.
Untuk bengkel, pabrik, percetakan. Daya serap oli bagus.
Harga Rp6.500/kg. Pengiriman seluruh Jawa Tengah.
Hubungi CV Lap Bersih 0856xxxx."""),

("post", "hn_joke_meme", (0, 1, 1, 1), """Tebak-tebakan anak thrift:
Q: Apa bedanya kamu sama baju di bal grade A?
A: Baju grade A masih ada yang milih, kamu enggak 😭
Q: Kenapa baju monza wangi?
A: Karena udah direndam sama emak 3 hari 🤣
Tag temen yang suka bongkar karung di Pajak Melati!"""),

("message", "hn_job_vacancy", (0, 1, 1, 1), """LOKER: Dibutuhkan 5 orang tenaga sortir di gudang pakaian bekas impor, daerah Cibinong.
Tugas: buka bal, pilah grade A/B, lipat, timbang.
Gaji harian 90rb + makan siang. Jam kerja 08.00-17.00.
Tidak perlu pengalaman, diutamakan laki-laki.
Lamaran kirim via WA 0819xxxx."""),

("post", "hn_denial_of_import", (1, 1, 1, 0), """Jual baju second layak pakai hasil kumpulan dari tetangga dan keluarga 🌻
Kami tegaskan ini BUKAN barang impor, bukan bal, bukan karungan luar negeri.
Semua dari lemari warga RW 05 yang mau beres-beres, hasilnya sebagian untuk kas RW.
Harga 5rb-20rb, lapak di pos ronda tiap Minggu pagi."""),

("review", "hn_review_no_seller", (0, 1, 1, 1), """Ulasan jujur soal baju lelong di Pontianak:
Kualitasnya memang jauh di atas baju pasar biasa. Jaket merek luar yang aku beli 3 tahun lalu masih awet.
Tapi makin ke sini aku makin mikir, ini sebenarnya pakaian buangan dari Malaysia dan Singapura. Kalau sakit kulit siapa yang tanggung?
Buat yang mau coba: cuci air panas, jangan langsung pakai."""),

("listing", "hn_other_goods_per_karung", (1, 1, 0, 1), """Karung Goni Bekas Impor Ex Kopi Brasil
Karung goni bekas wadah biji kopi, ada cetakan logo perkebunan.
Cocok buat dekorasi kafe, tanaman, atau kerajinan.
Harga 25rb/lembar, ambil 50 lembar 20rb.
Dikirim dari Surabaya."""),

("article", "hn_explainer", (0, 1, 1, 1), """Mengenal Istilah di Dunia Jual Beli Pakaian Bekas Impor
Bal atau ballpress: paket pakaian yang dipres dan diikat, biasanya 100 kg atau 200-an potong.
Grade A, B, C: tingkatan kondisi hasil sortir, A paling bagus.
Monza (Medan), cakar (Sulawesi), lelong (Kalimantan Barat), awul-awul (Jawa): sebutan daerah untuk pakaian bekas dari luar negeri.
Bongkar bal: acara membuka karung baru di depan pembeli.
Semua kegiatan impor pakaian bekas ini dilarang oleh Permendag 18/2021 jo. 40/2022."""),

("post", "hn_complaint_quoting_ad", (0, 1, 1, 1), """Min @tiktokshop tolong ditindak akun yang live tiap malam dengan caption "bongkar karung fresh dari kapal, baju luar grade S"!!
Udah jelas-jelas jual pakaian bekas impor, terus barang yang aku terima bau apek dan ada kutu.
Aku upload video unboxing-nya, jangan sampai ada yang ketipu lagi."""),

("listing", "hn_ordinary_listing", (1, 0, 1, 0), """Seragam Sekolah SD Putih Merah Lengkap - Konveksi Sendiri
Kemeja putih + rok/celana merah, bahan drill, jahitan kuat.
Ukuran 6 sampai 16. Harga mulai 65rb per stel.
Bisa bordir nama dan logo sekolah, tambah 10rb.
Lokasi toko: Pasar Klewer lantai 1, Solo."""),

("post", "hn_buyer_question", (0, 1, 1, 1), """Ada yang tau gak di Jogja sekarang masih ada yang jual awul-awul dari bal? Dulu di Sekaten banyak, sekarang kok sepi.
Aku cari jaket jeans Levi's lama buat tugas kostum teater. Kalau ada info pasar atau lapaknya tolong kasih tau ya, makasih 🙏"""),

("article", "hn_news_report", (0, 1, 1, 1), """KKP Sita Kapal Pengangkut Pakaian Bekas di Perairan Tanjungbalai Asahan
Kapal kayu tanpa nama yang membawa 180 bal pakaian bekas berhasil dihentikan tim patroli laut. Muatan diduga berasal dari Port Klang, Malaysia.
Nakhoda dan dua ABK diperiksa. Petugas menyebut modus yang dipakai adalah bongkar muat di tengah laut lalu dibawa ke pantai dengan perahu kecil.
Barang bukti akan dimusnahkan setelah putusan pengadilan."""),

("listing", "hn_other_goods_per_karung", (1, 1, 0, 1), """Mesin Jahit Bekas Ex Jepang Juki DDL Per Unit / Per Kontainer
Kondisi normal, sudah diservis, motor servo tersedia.
Harga 2,4jt per unit, borong 20 unit ada harga khusus.
Barang ada di gudang Cakung.
Cocok buat konveksi yang mau tambah mesin."""),

("post", "hn_new_thrift_style", (1, 0, 1, 0), """Buat kalian yang suka look thrift tapi jijik sama baju bekas, ini solusinya 😎
Koleksi kemeja "Thrifted Feel" dari brand lokal kami: bahan rayon, motif retro 70an, semua baru dan dijahit di Solo.
Gak ada bau gudang, gak ada noda misterius.
Harga 99rb, free ongkir min 2 pcs. Cek Shopee "Lemari Retro Solo"."""),
]
