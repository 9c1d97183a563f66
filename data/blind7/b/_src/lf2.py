R = [
("listing","famous_word_offer",1,1,1,1,"""BUKA BAL HARI INI 🔥🔥
Thrift import Korea, isinya kemeja & blouse cewek.
Harga 20rb–45rb, first come first serve.
Lokasi: lapak kami di belakang Pasar Cimol Gedebage, blok D.
Yang gak bisa datang, bisa video call pilih barang.""","std"),
("article","hn_feature_article",0,1,1,1,"""Senen pada hari Minggu pagi terasa seperti festival. Di lantai atas, rak-rak besi menampung ribuan jaket yang, menurut para pedagang, datang dari Jepang dan Korea lewat perantara di Bandung.
Aldi, mahasiswa desain, mengaku datang dua minggu sekali. "Cari denim lama, yang potongannya udah nggak diproduksi," katanya.
Namun sejak wacana penindakan menguat, sebagian kios memilih menutup rolling door lebih awal.""","std"),
("listing","regional_offer",1,1,1,1,"""Sampurasun! Aya kiriman anyar ti Batam, jaket jeung hoodie seken Korea 🧥
Kualitas alus, aya nu masih kawas anyar.
Harga 35 rebu dugi ka 80 rebu.
Mangga ka lapak di Pasar Kebon Kalapa, milarian A Dede nu kaos hideung.
Tiasa ogé dikintun ka luar kota.""","su"),
("post","hn_official_guideline",0,1,1,1,"""Pedoman Konten Penjual — Bagian 7: Barang Dilarang
Kami tidak mengizinkan produk pakaian, alas kaki, dan tas bekas yang berasal dari luar negeri.
Contoh judul yang akan diturunkan: "kemeja second ex Jepang", "jaket preloved import Korea", "per karung grade A", "buka goni".
Preloved milik pribadi yang dibeli di dalam negeri tetap boleh, dengan mencantumkan keterangan asal pembelian.""","std"),
("message","wa_broadcast",1,1,1,1,"""Assalamualaikum rekan reseller 🙏
Update harga mulai 1 bulan depan:
- Kemeja seken Jepang per koli (isi 150) naik jadi 3,2 jt
- Celana panjang ex Korea per koli (isi 120) 2,9 jt
- Sepatu campur per koli (isi 40 pasang) 4 jt
Kenaikan karena ongkos kapal dari Batam naik. Terima kasih atas pengertiannya.""","std"),
("post","hn_forum_thread",0,1,1,1,"""Thread: Pengalaman beli lelong di Pontianak
#1 awang_kapuas: dolok aku sering ke pasar Flamboyan nyarek jaket lelong, murah-murah gilak
#2 siti_ptk: sekarang dah jarang, orang takot jual sebab razia
#3 awang_kapuas: iye ke? padahal kualitas barang dari Kuching tu bagus
#4 siti_ptk: bagus tapi tetap ilegal bang, aku pun dah tak beli lagi""","ptk"),
("listing","hn_new_import",1,0,1,1,"""Jastip Uniqlo & GU Tokyo ✈️
Semua BARANG BARU, beli langsung di toko, struk dilampirkan.
Titip paling lambat tanggal 12, barang sampai Jakarta tanggal 20.
Fee 10% dari harga toko.
Bukan preloved ya kak, jadi jangan tanya barang second.""","std"),
("live","live_script",1,1,1,1,"""Halo semua, selamat malam dari lapak Bang Togar! 🙌
Malam ni kita buka karung kemeja seken dari Jepang, baru kali datang dari Belawan.
Yang ini kemeja kotak-kotak, ukuran L, dua puluh lima ribu aja nya. Cemana, mau? Ketik 'ambil'.
Yang kedua ada jaket parasut, empat puluh ribu. Cepat, jangan kelamaan kelen mikir!""","mdn"),
("post","hn_opinion_oped",0,1,1,1,"""Thrifting, Gaya Hidup Hijau atau Sampah Kiriman?
Banyak anak muda membela belanja pakaian second impor sebagai aksi ramah lingkungan. Argumen itu tidak sepenuhnya keliru, tetapi perlu dilihat dari sisi negara asal yang sebenarnya sedang mengekspor masalah limbah tekstil.
Sebagian isi karung yang tiba di pelabuhan tikus tidak layak pakai dan berakhir dibakar.
Gaya hidup hijau yang sungguhan bisa dimulai dari lemari sendiri: tukar, perbaiki, dan jual ulang pakaian yang sudah ada di dalam negeri.""","std"),
("listing","hn_factory_reject",1,0,1,0,"""OBRAL SISA EKSPOR 🏷️
Jaket hoodie fleece sisa order buyer Eropa, BARU, bukan bekas.
Ada cacat minor (benang lepas/sablon miring), makanya murah.
Harga 60rb, ambil 10 jadi 500rb.
Langsung dari pabrik di Cikarang.""","std"),
("listing","regional_offer",1,1,1,1,"""Bubuhan, barang seken Malaysia hanyar datang dari pelabuhan 🚢
Baju kaos, kemeja, celana jins, bungas-bungas bujur.
Rega mulai 10 ribu haja, kawa ditawar.
Datangi haja lapak ulun di Pasar Sudimampir, ingat cari Acil Imah.""","bjn"),
("comment","hn_buyer_question",0,1,1,1,"""Mau nanya dong buat yang ngerti hukum.
Kalau aku beli jaket second dari Jepang di Pasar Senen terus dipakai sendiri, itu melanggar aturan nggak sih?
Soalnya yang dilarang katanya impornya. Aku nggak mau jual lagi kok, cuma pakai.""","std"),
("listing","wholesale_bulk",1,1,1,1,"""DIJUAL PARTAI BESAR
Pakaian seken campur asal Korea Selatan — 6 ton, sudah di gudang Batam Center.
Isi dominan kemeja, blus, celana panjang. Persentase layak jual ±80%.
Harga per kilo nego untuk pengambilan di atas 1 ton.
Serius hubungi Pak Hendra 0811xxxx. Tidak melayani tanya-tanya saja.""","std"),
("post","hn_joke_meme",0,1,1,1,"""Wong Jowo nek tuku klambi seken Jepang:
"Iki bekas e wong Tokyo lho, dadi aku saiki wis rodo Jepang" 😎
Padahal mangan yo tetep sego pecel 🤣
Sing pernah kulakan neng Pasar Senen mesthi ngerti rasane.""","jv"),
("article","hn_news",0,1,1,1,"""JAKARTA — Direktorat Jenderal Bea dan Cukai mencatat penindakan atas lebih dari 2.000 koli pakaian bekas impor sepanjang semester pertama.
Sebagian besar barang masuk melalui pelabuhan-pelabuhan kecil di pesisir timur Sumatra dan perairan Kepulauan Riau.
Petugas mengimbau masyarakat tidak tergiur harga murah karena barang tersebut tidak melalui pemeriksaan kesehatan.""","std"),
("listing","creator_haul",1,1,1,1,"""Collab sama @toko.nipponclo 🤝
Mereka jual kemeja & outer thrift 2nd asal Jepang yang udah dicuci & disetrika, jadi tinggal pakai.
Pakai kode RAINA10 buat diskon 10% sampai Minggu.
Koleksi favoritku: cardigan rajut krem 55rb.
#racunbelanja #ootdharian""","std"),
("listing","hn_school_bazaar",1,1,1,0,"""Bazar Amal SMP Harapan Bangsa 🎪
Sabtu, 14 Juni, pukul 08.00–12.00
Menjual baju bekas layak pakai hasil donasi orang tua murid, buku bekas, dan makanan.
Harga mulai Rp2.000. Seluruh hasil untuk renovasi perpustakaan.""","std"),
("message","dm_offer",1,1,1,1,"""Bos, barang dari Parepare sudah masuk mi di gudang.
Ada 4 karung kemeja ex Malaysia, satu karung celana pendek.
Kalau mau ambil semua, sa kasih 6 juta saja ji. Kalau eceran, datang ki ke Pasar Butung besok pagi.
Kabari ka nah.""","mks"),
("post","hn_blog_history",0,1,1,1,"""Sejarah singkat kata "monza" di Medan
Dulu, pakaian bekas dari luar negeri dijual di Jalan Mongonsidi, sehingga orang menyebutnya Mongonsidi Plaza atau monza.
Lama-kelamaan kata itu dipakai untuk barang seken apa saja, dari sepatu sampai tas.
Tulisan ini hanya catatan sejarah kota, bukan ajakan membeli.""","std"),
("listing","bio_profile",1,1,1,1,"""🌸 Sakura Closet 🌸
Kurasi pakaian 2nd hand langsung dari Jepang
📦 restock tiap Kamis
🚚 kirim ke seluruh Indonesia
💬 order lewat DM, no COD
Admin fast respon jam 9–17""","std"),
("post","hn_report",0,1,1,1,"""Keluhan pembeli:
Saya beli paket "mystery box 5 baju second Korea" seharga 150 ribu dari sebuah akun di aplikasi.
Yang datang dua kaos robek, satu celana berjamur, dan dua kain lap.
Saat komplain, penjual bilang "namanya juga barang karungan, untung-untungan".
Saya sudah ajukan pengembalian dana dan melapor ke pusat bantuan.""","std"),
("listing","hn_used_vehicle_phone",1,1,0,1,"""DIJUAL Honda CR-V bekas eks impor Jepang
Tahun 2015, CBU, kilometer 78 ribu
Pajak hidup, surat lengkap, tangan pertama
Harga 235 jt nego
Lokasi Surabaya, bisa inspeksi""","std"),
("listing","evasive_spelling",1,1,1,1,"""🅿️🆁🅴🅻🅾🆅🅴🅳 J.P.N ready
jaket outdoor 70rb
kemeja kerja 35rb
celana kain 40rb
brg dtg tiap 2 mgg dr pelabuhan, jd stok ganti terus
order via wa, nmr di bio""","std"),
("post","hn_official_statement",0,1,1,1,"""PENGUMUMAN DINAS PERDAGANGAN KOTA
Kepada seluruh pedagang di Pasar Tungging dan Pasar Kodim, diberitahukan bahwa penjualan pakaian bekas asal luar negeri dilarang.
Pedagang diberi waktu tiga bulan untuk beralih komoditas.
Dinas siap memfasilitasi akses pinjaman usaha dan pelatihan bagi yang ingin beralih ke produk lokal.""","std"),
("listing","hn_own_preloved",1,1,1,0,"""Jual preloved punya sendiri yo rek 😁
Kemeja flanel tuku neng Matahari Tunjungan, dienggo pas kuliah, saiki wis gak muat.
Kondisi apik, gak ono bolong. Rego 60 ewu, iso nego tipis.
COD Surabaya Timur.""","jv"),
("listing","market_stall",1,1,1,1,"""Lapak 27 – Pasar Senen Blok III 🧥
Spesialis jaket kulit & jaket denim seken ex Jepang
Buka Selasa–Minggu, jam 10 pagi sampai 5 sore
Tiap Rabu buka goni baru, datang pagi biar dapat yang bagus
Tanya stok: 0857xxxx""","std"),
("post","hn_tutorial",0,1,1,0,"""Tips dari ulun gasan nang handak bajual baju bekas sorangan di marketplace:
Foto di cahaya siang, tulis ukuran lengkap, wan sabutakan cacatnya.
Jangan tulis "impor" atau "ex luar" mun barangnya kada matan luar negeri, kaina diturunkan.
Baju nang dibeli di toko lokal aman haja dijual ulang.""","bjn"),
("listing","hn_upcycling",1,1,1,0,"""Reworked by Tenun Kita 🧵
Kami mengolah kemeja bekas dari lemari pelanggan sendiri menjadi outer patchwork.
Kirim 3 kemeja lamamu, kami jahit jadi 1 outer unik.
Biaya jasa 175rb, pengerjaan 2 minggu.
Berbasis di Yogyakarta, 100% kerja tangan penjahit lokal.""","std"),
("listing","live_sale",1,1,1,1,"""JADWAL LIVE MINGGU INI 📺
Senin – sepatu seken Thailand
Rabu – tas wanita ex Hongkong
Jumat – jaket gunung ex Jepang
Minggu – sale semua 25rb!
Live di TikTok jam 19.30 WIB, jangan sampai kelewatan ya kak""","std"),
("comment","hn_opinion_oped",0,1,1,1,"""Kita pe pendapat, orang di pasar Manado so lama bajual pakaian cakar dari Filipina deng Malaysia.
Kalo pemerintah mo larang, kase jalan jo dulu for dorang pe usaha laeng.
Jang cuma razia kong dorang pe anak nda bisa skolah.""","mnd"),
]
