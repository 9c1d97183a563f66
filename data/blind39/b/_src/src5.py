# Legal records, batch 5: more hard negatives and ordinary texts (written by hand)
RECORDS = [
("listing", "hn_new_thrift_style", (1,0,1,0), """Hoodie Washed Vintage "Thrift Vibes" – Brand Lokal Jakarta
Baru gress, efek pudar hasil proses stone wash di pabrik kami.
Sablon plastisol retro, cutting boxy.
PO batch 3 tutup hari Minggu, harga early bird 159rb."""),
("post", "hn_new_thrift_style", (1,0,1,0), """Kamu suka tampilan thrift? Kami bikin versi barunya 😎
Kemeja bowling motif 70-an, bahan rayon premium, dijahit penjahit Solo.
Tidak ada barang bekas di toko kami, semuanya fresh produksi.
Cek koleksi di @rumahretro.id"""),
("listing", "hn_new_import", (1,0,1,1), """Dress Korea Import Baru Premium Quality Ready Stock
Barang impor resmi dari Guangzhou, dikirim dalam packing plastik per pcs.
Bukan second, bukan sisa bal.
Tersedia warna lilac, putih, hitam. Harga 139rb."""),
("message", "hn_new_import", (1,0,1,1), """Kak, ini update PO tas dari Bangkok ya.
Semua tas baru, masih ada tag toko Chatuchak, nanti aku bawa di koper pas pulang tanggal 20.
Sisa pelunasan dibayar kalau barang udah di Jakarta.
Makasih udah ikut jastip 🙏"""),
("listing", "hn_own_preloved", (1,1,1,0), """Preloved Sepatu Heels Pantofel Wanita Size 37 Bekas Sekali Pakai Wisuda
Beli di toko sepatu Cibaduyut, cuma dipakai pas wisuda.
Hak 7cm, warna nude, sol masih mulus.
Harga 90rb, kotak masih ada."""),
("post", "hn_own_preloved", (1,1,1,0), """Garage sale di rumah Sabtu ini! 🏠
Kami mau pindah ke Balikpapan jadi jual barang-barang sendiri: baju anak, sepatu, sprei, gorden, mainan.
Semua bekas pakai keluarga kami, harga mulai 5rb.
Alamat: Perum Griya Asri blok D no. 7, Semarang."""),
("comment", "hn_own_preloved", (1,1,1,0), """@rinaayu iya itu kebayaku sendiri kak, cuma dipakai sekali pas nikahan sepupu.
Jahit di penjahit langganan di Pekalongan, bukan beli jadi.
Kalau minat 200rb aja, aku kirim dari Pekalongan."""),
("post", "hn_charity_bazaar", (1,1,1,0), """Bazar Baju Layak Pakai Karang Taruna RW 05 👕👖
Minggu pagi di balai warga, semua barang sumbangan warga sekitar.
Harga cuma 2rb–10rb, hasilnya buat kegiatan 17-an.
Yang masih punya baju lama, boleh titip ke Pak RT."""),
("post", "hn_donation", (0,1,1,0), """Terima kasih untuk semua donatur! 🙏
Minggu ini terkumpul 48 kardus pakaian layak pakai dari warga Surabaya.
Semuanya sudah kami sortir dan bagikan ke korban kebakaran di Kampung Kenjeran.
Donasi masih dibuka sampai akhir bulan."""),
("listing", "hn_nonclothing_bal", (1,0,0,1), """Karung Goni Baru Untuk Kopi – Import India
Karung goni jute ukuran 70x100, cocok untuk green bean kopi dan kakao.
Per bal isi 100 lembar, harga 1,6jt.
Stok di gudang Surabaya, bisa kirim seluruh Indonesia."""),
("listing", "hn_nonclothing_used", (1,1,0,0), """Mesin Jahit Bekas Juki High Speed DDL-8700 Normal
Dipakai konveksi rumahan, tarikan masih halus.
Meja & motor servo lengkap.
Harga 2,9jt, lokasi Majalaya, bisa lihat dan coba dulu."""),
("listing", "hn_nonclothing_used", (1,1,0,0), """Lemari Kayu Jati Bekas 2 Pintu
Masih kokoh, ada goresan kecil di samping.
Ukuran 180 x 90 cm, cermin di pintu masih utuh.
Harga 1,2jt, ambil sendiri di Jepara."""),
("listing", "hn_nonclothing_bal", (1,0,0,0), """Kulit Kopi Kering Per Karung Buat Pupuk Organik
1 karung ±30kg, sudah dijemur.
Cocok buat campuran kompos di kebun.
15rb per karung, ambil di Temanggung."""),
("post", "hn_nonclothing_used", (1,1,0,0), """Bongkar kontainer rice cooker & blender bekas dari Jepang?? NO ❌
Kami jual kulkas dan mesin cuci second lokal hasil tukar tambah, bergaransi 3 bulan.
Servis & cek lengkap sebelum dikirim.
Toko Elektronik Sinar, Jl. Pahlawan, Madiun."""),
("article", "hn_news", (0,1,1,1), """Kementerian Perdagangan memusnahkan ribuan bal pakaian bekas impor hasil penindakan di Jawa Barat.
Barang-barang itu dibakar di sebuah lokasi pemusnahan di Bogor.
Pejabat kementerian menyebut nilai barang mencapai ratusan miliar rupiah.
Pemerintah juga meminta marketplace menurunkan iklan yang menawarkan barang serupa."""),
("article", "hn_news", (0,1,1,1), """Warga Pasar Cimol Gedebage kini banyak yang beralih menjual pakaian baru produksi lokal.
Seorang pedagang menuturkan, sebelumnya ia hanya menjual baju bekas dari karung impor.
"Sekarang saya coba ambil dari konveksi di Soreang, untungnya tipis tapi aman," ujarnya.
Pengunjung pasar mengaku harga barang baru lebih mahal."""),
("article", "hn_guideline", (0,1,1,1), """Panduan Konten Marketplace: Pakaian Bekas
1. Dilarang menawarkan pakaian bekas yang berasal dari impor, termasuk penjualan per bal, karung, atau koli.
2. Pakaian bekas milik pribadi boleh dijual dengan keterangan kondisi yang jujur.
3. Iklan yang melanggar akan diturunkan dan akun dapat dibatasi."""),
("post", "hn_guideline", (0,1,1,0), """Tips jual preloved pribadi yang aman:
- Foto barang asli milikmu di tempat terang.
- Tulis kondisi jujur, sebut minus sekecil apa pun.
- Cuci dan setrika sebelum kirim.
- Jangan pakai foto dari internet.
Barang pribadi bekas pakai sendiri boleh kok dijual!"""),
("post", "hn_opinion", (0,1,1,1), """Thread: kenapa thrifting bal impor itu problematik 🧵
1/ Negara maju 'membuang' baju bekas ke negara berkembang, termasuk kita.
2/ Sebagian isi bal ujung-ujungnya jadi sampah di TPA kita.
3/ Konveksi lokal kalah harga.
4/ Mau tampil vintage? Coba pakai ulang baju sendiri atau tukeran sama teman."""),
("comment", "hn_opinion", (0,1,1,1), """Aku sih tetap beli monza, soalnya bahannya awet dan merek bagus.
Tapi ya paham juga kenapa dilarang, kasian pabrik tekstil.
Semoga ada jalan tengah lah."""),
("post", "hn_report", (0,1,1,1), """Mau spill penjual nakal nih.
Dia pasang iklan "Grade A bal Jepang, isi mulus semua, 3,5jt" di grup FB.
Pas aku transfer DP, dia ngilang, nomor WA diblokir.
Hati-hati ya teman-teman, jangan tergiur harga murah."""),
("message", "hn_report", (0,1,1,1), """Laporan ke tim moderasi:
Toko "Sinar Karunia Fashion" pakai judul produk "kemeja pria" tapi di deskripsi tertulis "ex bal Korea, 2nd, kondisi 8/10".
Sepertinya sengaja menghindari filter.
Mohon ditinjau. Terima kasih."""),
("review", "hn_report", (0,1,1,1), """⭐ 1. Kecewa berat. Di judul ditulis "kemeja baru", tapi yang datang kemeja bekas, kerah menguning, ada label dalam bahasa Jepang.
Pas aku tanya, penjual bilang "memang barang karungan kak, harga segitu mau berharap apa".
Tidak rekomendasi!"""),
("post", "hn_buyer_question", (0,1,1,1), """Guys, beneran gak sih kalau beli baju cakar harus direndam air panas dulu?
Kemarin temenku beli di Pasar Butung terus katanya gatal-gatal.
Aku jadi ragu mau beli atau enggak.
Share pengalaman kalian dong."""),
("message", "hn_buyer_question", (0,0,1,0), """Permisi kak, mau tanya.
Kaos yang warna sage ukuran L masih ada?
Terus bahannya panas gak kalau dipakai siang hari?
Aku mau beli 2 buat seragam arisan."""),
("post", "hn_joke_meme", (0,1,1,1), """Anak thrift sebelum gajian: "Wah hidden gems nih, Carhartt 50rb!"
Anak thrift setelah gajian: beli 7 jaket lagi padahal lemari udah gak bisa ditutup 😭
Sekarang lagi berpikir: aku yang menyelamatkan baju dari bal, atau bal yang menjajah kamarku?"""),
("post", "hn_joke_meme", (0,0,1,0), """Bapakku tiap lebaran: "Baju baru buat apa, yang lama masih bagus."
Juga bapakku: pakai kaos kampanye tahun 2009 yang udah bolong tiga 😂
Legenda tidak butuh baju lebaran."""),
("review", "hn_review", (0,0,1,0), """Bintang 5. Kemejanya sesuai foto, jahitannya rapi dan bahannya gak nerawang.
Ukuran L pas di badan 70kg.
Pengiriman cuma 2 hari ke Makassar.
Bakal repeat order warna lain."""),
("review", "hn_review", (0,1,1,1), """Review jujur pengalaman ngawul di Sekaten kemarin.
Kelebihan: harga murah banget, ada jaket denim bagus cuma 35rb.
Kekurangan: panas, desak-desakan, banyak baju yang udah sobek atau bernoda.
Overall seru buat pengalaman, tapi siapkan kesabaran."""),
("post", "hn_job_vacancy", (0,0,0,0), """Lowongan: Sopir truk ekspedisi rute Surabaya–Makassar via kapal.
Syarat SIM B1 umum, pengalaman minimal 2 tahun, sehat jasmani.
Mengangkut barang kelontong dan material bangunan.
Lamaran dikirim ke kantor kami di Tanjung Perak."""),
("listing", "plain_clothing_listing", (1,0,1,0), """Mukena Katun Rayon Motif Bunga Dewasa Jumbo Bonus Tas
Bahan adem jatuh, tidak panas untuk tarawih.
Panjang atasan 120cm, bawahan 110cm.
Harga 115rb, ready 6 warna."""),
("listing", "plain_clothing_listing", (1,0,1,0), """Sepatu Sekolah Hitam Polos Anak SD-SMP Ukuran 30-40
Sol karet anti licin, bahan kulit sintetis mudah dibersihkan.
Produksi home industry Mojokerto.
Harga grosir mulai 3 pasang: 65rb/pasang."""),
("listing", "hn_sisa_ekspor", (1,0,1,0), """Jaket Parka Sisa Ekspor Brand Eropa – Overproduction Factory
Barang baru, lebih produksi dari pabrik di Boyolali.
Label dipotong sesuai aturan pabrik, kualitas sama dengan yang dikirim ke luar.
Harga 185rb."""),
("listing", "hn_denial_import", (1,1,1,0), """Baju Seken Lokal Titipan Warga — Bukan Barang Karungan
Kami toko konsinyasi: warga titip baju bekas mereka sendiri, kami bantu jualkan.
Setiap barang dicatat nama pemiliknya.
Harga 15–80rb, toko di Jl. Diponegoro Salatiga."""),
("post", "hn_swap", (0,1,1,0), """Swap party bulan ini di perpustakaan kota Bogor 🔄
Bawa maksimal 5 pakaian bekas layak pakai milikmu, tukar dengan milik peserta lain.
Tidak ada jual beli, gratis untuk umum.
Sisa barang akan disumbangkan ke panti."""),
("post", "hn_upcycle", (1,1,1,0), """Workshop daur ulang: bikin sarung bantal dari kaos bekas di rumahmu!
Tiket 75rb sudah termasuk alat jahit dan snack.
Bawa 2 kaos lama sendiri ya.
Lokasi: Ruang Kreatif Semarang, Sabtu jam 1 siang."""),
("post", "hn_trip", (0,1,1,0), """Kemarin main ke Singapura sama keluarga, sempet jalan lewat toko vintage di Haji Lane.
Lucu-lucu banget dekorasinya, tapi harganya bikin mundur teratur 😅
Akhirnya cuma foto-foto dan beli es krim roti.
Next trip mau nabung lebih banyak."""),
("article", "hn_news", (0,1,1,1), """Nelayan di perairan Bengkalis menemukan puluhan karung berisi pakaian bekas mengapung di laut.
Diduga karung-karung itu dibuang dari kapal penyelundup yang dikejar petugas patroli.
Warga kemudian menyerahkan temuan itu ke pos TNI AL terdekat.
Petugas mengimbau warga tidak menjual barang temuan tersebut."""),
("post", "hn_opinion", (0,1,1,0), """Unpopular opinion: preloved pribadi itu solusi fashion paling ramah lingkungan.
Bukan bal impor ya, tapi baju dari lemari kita sendiri yang dijual ke orang lain.
Uangnya muter di lingkungan sendiri, sampahnya berkurang.
Setuju gak?"""),
("message", "hn_buyer_question", (0,1,1,1), """Kak mau tanya, kalau aku beli 1 bal dari luar buat dijual lagi itu sebenarnya boleh gak sih?
Soalnya banyak yang jualan di TikTok tapi katanya ilegal.
Aku gak mau kena masalah, mending tanya dulu."""),
("listing", "hn_nonclothing_bal", (1,0,0,0), """Plastik PET Press Per Bal Siap Angkut
Botol plastik bening sudah dipress, 1 bal ±200kg.
Untuk pabrik daur ulang, minimal 5 bal.
Harga sesuai pasar, lokasi Gresik."""),
("comment", "hn_report", (0,1,1,1), """Itu akun yang live tiap malam ngaku "baju tidur negara ginseng" padahal jelas jual bekas dari karungan Korea.
Udah aku report 3 kali tapi masih live terus.
Platform tolong lebih tegas lah."""),
("post", "hn_local_used_market", (1,1,1,0), """Pasar loak Minggu pagi di Jl. Sriwijaya dibuka lagi!
Warga bawa barang bekasnya sendiri: baju, sepatu, buku, perabot.
Penjual wajib warga kota, tidak menerima barang dari luar daerah.
Datang jam 6, biasanya jam 9 udah sepi."""),
]
