# Long-form batch 4: legal - reports, complaints, news, guidelines, tutorials, jokes, questions, vacancies
DATA = [
("message", "hn_report", 0, 1, 1, 1, """Yth. Tim Pengaduan Konsumen Kemendag,
Saya ingin melaporkan toko online bernama "Gudang Seoul Bekasi" di marketplace.
Toko tersebut menjual pakaian second ex Korea per goni (±400 pcs) dengan harga 5,5jt dan menyebut barangnya masuk lewat Batam.
Tangkapan layar dan tautan produk saya lampirkan.
Mohon ditindaklanjuti. Terima kasih."""),
("comment", "hn_report", 0, 1, 1, 1, """@ShopeeID min tolong dicek toko ini.
Judulnya ditulis "pr3l0v3d k0r34" biar ga ketahuan, isinya kemeja bekas luar negeri per koli.
Udah 3x aku laporin tapi listing-nya muncul lagi dengan nama beda.
Ini jelas ngakalin aturan larangan pakaian bekas impor."""),
("review", "hn_complaint", 0, 1, 1, 1, """⭐ 1/5
Beli "jaket second Jepang grade A" 3 pcs, yang dateng 2 bolong di ketiak, 1 ada noda cat.
Bau gudangnya nyengat banget, dicuci 3 kali masih apek.
Pas komplain, seller bilang "namanya juga barang koli kak".
Kapok, mending beli baru produk lokal."""),
("post", "hn_scam_warning", 0, 1, 1, 1, """⚠️ THREAD PENIPUAN BAL ⚠️
1/ Ada akun FB ngaku importir di Tanjungbalai, nawarin bal kemeja Korea 3jt (jauh di bawah harga pasar).
2/ Minta DP 50% dulu, kirim foto gudang & video bal yang ternyata nyomot dari YouTube.
3/ Setelah transfer, nomor WA langsung ganti.
4/ Teman saya rugi 4,5jt. Jangan tergiur harga murah, apalagi barangnya memang ilegal."""),
("article", "hn_news", 0, 1, 1, 1, """Petugas gabungan menggagalkan pengiriman ratusan koli pakaian bekas asal Malaysia di perairan Selat Malaka, Rabu malam.
Kapal kayu tanpa nama itu diduga hendak merapat ke pelabuhan tikus di pesisir Bengkalis.
Dari lambung kapal ditemukan 412 karung berisi jaket, kemeja, dan celana bekas.
Nakhoda dan tiga anak buah kapal kini diperiksa.
Barang bukti akan dimusnahkan sesuai ketentuan larangan impor pakaian bekas."""),
("article", "hn_news", 0, 1, 1, 1, """Sejak platform belanja daring menurunkan listing pakaian bekas impor, sebagian pedagang Pasar Senen mengaku omzet turun hingga separuh.
"Dulu bisa kirim 50 paket sehari, sekarang paling sepuluh," kata seorang pedagang kemeja di Blok III.
Menurut pedagang, istilah di judul produk pun berganti: dari "thrift" menjadi "seken", "2nd", atau sekadar nama negara.
Kementerian Perdagangan menyatakan pengawasan kata kunci akan terus diperbarui."""),
("article", "hn_oped", 0, 1, 1, 1, """Opini: Romantisme Thrifting dan Biaya yang Tak Terlihat
Banyak anak muda melihat baju bekas impor sebagai pilihan hemat dan ramah lingkungan.
Padahal sebagian isi bal yang tiba di Indonesia adalah sampah tekstil yang tak laku di negara asalnya.
Sisanya berakhir di TPA kita, sementara penjahit rumahan kehilangan pesanan.
Larangan saja tidak cukup; produk lokal yang terjangkau harus lebih mudah ditemukan."""),
("post", "hn_official_statement", 0, 1, 1, 1, """SIARAN PERS
Pemerintah menegaskan kembali bahwa pakaian bekas termasuk barang dilarang impor sesuai Permendag 18/2021 sebagaimana diubah dengan Permendag 40/2022.
Masyarakat diimbau tidak membeli pakaian bekas asal luar negeri, termasuk yang dijual per bal, per karung, maupun melalui siaran langsung.
Pelaku usaha yang masih memperdagangkannya akan dikenai sanksi sesuai peraturan."""),
("post", "hn_rule_guideline", 0, 1, 1, 1, """Pedoman Moderasi Listing — Kategori Fashion
Listing berikut WAJIB diturunkan:
• pakaian/sepatu/tas bekas dengan asal luar negeri (ex-JP, ex-KR, import second)
• penjualan per bal, balpres, karungan, goni, koli
• istilah daerah: cakar, monza, awul-awul, lelong, rombengan, roma
Tidak diturunkan: barang baru bergaya vintage, preloved pribadi produk lokal, sisa ekspor baru."""),
("post", "hn_tutorial", 0, 1, 1, 1, """Cara membedakan barang seken impor dan barang baru "thrift look" di marketplace:
1. Cek label: barang baru punya tag utuh & label ukuran Indonesia.
2. Lihat foto asli, bukan katalog: barang bekas biasanya ada bulu/pudar tidak merata.
3. Waspada judul berisi nama negara + 2nd/seken atau kata koli/goni.
4. Tanyakan nota atau dokumen impor kalau penjual mengaku barang baru."""),
("post", "hn_tutorial", 0, 1, 1, 0, """Tips merawat pakaian preloved milik sendiri biar awet:
- Cuci terpisah dengan air dingin di awal
- Rendam larutan cuka putih untuk hilangkan bau lemari
- Jemur terbalik biar warna tidak pudar
- Simpan dengan kapur barus alami/ daun pandan
Baju lama yang dirawat lebih hemat daripada beli terus."""),
("post", "hn_joke", 0, 1, 1, 1, """Tipe-tipe orang di Pasar Senen 😂
1. Yang bilang "cuma liat-liat" lalu pulang bawa 6 kemeja
2. Yang nawar grade kepala pakai harga kaki
3. Yang nyium-nyium jaket kayak sommelier
4. Yang dateng jam 7 pagi nungguin bal dibuka
Kamu yang mana? 🤣"""),
("post", "hn_meme", 0, 1, 1, 1, """Aku: mau hemat bulan ini
Juga aku: "cuma mampir" ke Gedebage
Dompet: 📉📉📉
Isi lemari: 12 flanel ex Jepang yang warnanya sama semua
Ibu: "itu baju orang lain, Nak" 💀
#memethrift #relate"""),
("post", "hn_buyer_question", 0, 1, 1, 1, """Mau tanya ke yang paham nih 🙏
Saya baru mau mulai usaha baju, ditawari teman ambil 1 goni kemeja seken Korea dari Batam harga 4jt.
Apa itu legal ya? Takut nanti barangnya disita atau toko online saya diblokir.
Kalau ada alternatif yang aman (misal sisa ekspor lokal) boleh share infonya."""),
("comment", "hn_buyer_question", 0, 1, 1, 1, """Kak aku liat di TikTok banyak yang live buka karungan baju Jepang.
Itu beneran dari Jepang atau cuma gimmick?
Terus kalau beli satuan dari live gitu pembelinya bisa kena masalah juga ga?
Penasaran aja soalnya murah banget."""),
("review", "hn_review_no_seller", 0, 1, 1, 1, """Review jujur setelah 2 tahun pakai kemeja second ex Jepang 👔
+ bahan katunnya tebal, jahitan kuat
+ potongannya pas buat badan kecil
- beberapa ada bercak kuning di kerah yang susah hilang
- ukurannya Jepang, jadi L sana = M sini
Overall awet, tapi sekarang aku pilih beli produk lokal aja."""),
("post", "hn_donation", 0, 1, 1, 0, """Open Donasi Pakaian Layak Pakai 🙏
Untuk warga terdampak longsor di Cibeber, Cianjur.
Dibutuhkan: jaket, selimut, baju anak, pakaian dalam BARU.
Mohon pakaian bekas sudah dicuci dan dilipat.
Drop point: Posko Karang Taruna Jl. Siliwangi no. 12, setiap hari jam 8-20."""),
("post", "hn_swap", 0, 1, 1, 0, """SWAP DAY: Tukar Baju, Bukan Beli 👚👕
Bawa maksimal 5 pakaian preloved milikmu, tukar dengan kupon, pilih baju lain.
Tidak ada transaksi uang. Sisa barang didonasikan ke panti.
Minggu 9 Juni, Taman Literasi Blok M.
Ayo kurangi sampah tekstil dari lemari sendiri."""),
("post", "hn_job_vacancy", 0, 1, 1, 1, """LOWONGAN KERJA
Dibutuhkan segera:
- 4 orang tukang sortir (pisah grade A/B/C)
- 2 orang admin stok
Lokasi gudang koli pakaian di Medan Marelan.
Syarat: laki-laki, usia 18-35, siap kerja shift.
Gaji harian + makan siang."""),
("post", "hn_job_vacancy", 0, 0, 1, 0, """Lowongan: Content creator untuk brand fashion lokal bergaya vintage/thrift look.
Tugas: bikin video OOTD dan live jualan produk BARU kami.
Tidak ada barang bekas yang dijual.
Domisili Bandung, WFO 3 hari seminggu.
Kirim portofolio ke email rekrutmen kami."""),
("post", "hn_travel_food", 0, 0, 0, 0, """Itinerary santai ke Pasar Gedebage Bandung 🚗
07.30 sarapan kupat tahu di depan pasar
08.00 keliling lorong, cuma window shopping
10.00 ngopi di warkop dekat terminal
12.00 makan siang nasi timbel di Jl. Soekarno-Hatta
Tips: pakai sendal, jalanan becek kalau habis hujan."""),
("post", "hn_travel_food", 0, 0, 0, 0, """Ngabuburit di sekitar Pasar Senen tuh seru ternyata.
Abis liat-liat lapak baju, jalan ke arah Kramat buat beli kue putu & es selendang mayang.
Ramenya ga ketulungan, mending naik KRL turun di Stasiun Pasar Senen.
Rekomendasi takjil lain di sekitar situ boleh dong."""),
("post", "hn_history", 0, 1, 1, 1, """Sedikit sejarah: istilah "cakar" di Makassar sering diartikan sebagai "cap karung", karena barangnya datang dalam karung.
Di Medan orang menyebutnya monza, di Jogja awul-awul, di Pontianak lelong.
Namanya beda-beda, barangnya sama: pakaian bekas dari luar negeri.
Menarik gimana satu komoditas punya banyak nama lokal."""),
("comment", "hn_opinion", 0, 1, 1, 1, """Jujur aku setuju razia bal-balan di pelabuhan.
Tapi pedagang kecil di Pasar Tungging jangan langsung dimatikan,
kasih waktu & modal buat ganti jualan produk lokal.
Banyak yang udah 20 tahun cuma tahu dagang roma."""),
("message", "hn_complaint", 0, 1, 1, 1, """Mas, saya mau komplain.
Minggu lalu saya beli 1 koli campuran Jepang dari mas, katanya isinya 80% layak jual.
Setelah dibuka isinya kebanyakan kaos robek & celana jamuran, paling 30 potong yang bisa dipakai.
Saya minta sebagian uang dikembalikan, kalau tidak saya laporkan ke polisi."""),
("post", "hn_upcycling_workshop", 0, 1, 1, 0, """Workshop Upcycle: Ubah Kemeja Bekas Jadi Apron 🧵
Sabtu 20 Juli, Ruang Kreatif Kota Malang
Bawa 1 kemeja bekas milik sendiri, bahan lain kami sediakan.
Gratis untuk 25 peserta pertama, daftar lewat link di bio.
Bersama komunitas jahit lokal, no jual beli."""),
("article", "hn_news", 0, 1, 1, 1, """Balikpapan — Dinas Perdagangan menemukan belasan toko yang masih menjual kemeja dan jaket bekas asal Korea di kawasan Gunung Sari.
Petugas memberi teguran tertulis dan meminta pemilik toko menghentikan pembelian barang dari pemasok di Bandung dan Batam.
Sebagian pedagang mengaku tidak tahu barangnya dilarang.
Pemkot berencana menggelar pelatihan agar pedagang beralih ke produk konveksi lokal."""),
]
