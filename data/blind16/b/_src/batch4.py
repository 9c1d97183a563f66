# Batch 4 - hand-written long-form records. Tuple: (kind, category, "offer used clothing abroad", text)
RECORDS = [
("listing", "plain_offer", "1111", """Selimut & Bed Cover Bekas Impor Jepang Tebal
Cocok untuk daerah dingin, bahan bulu lembut, sudah dicuci laundry
Ukuran queen dan king, motif polos & bunga
Harga 85-140rb per lembar, bongkaran bal Jepang minggu ini
Toko kami di Lembang, bisa kirim ke luar kota"""),

("post", "plain_offer", "1111", """Cuci gudang akhir tahun!! Semua baju thrift di toko diskon 30% 🎊
Stok terakhir dari bal Korea sebelum kami ganti ke bal Jepang
Kemeja 25rb, celana 35rb, jaket 60rb
Berlaku Sabtu-Minggu ini di toko offline Jl. Dago atas
Tunjukkan postingan ini di kasir dapat gantungan kunci gratis"""),

("live", "plain_offer", "1111", """Yuk merapat, live bongkar bal sepatu bekas impor Korea jam segini spesial buat kalian yang insomnia 😂
Ini New Balance 574 ukuran 42, masih empuk, 160
Ini Converse tinggi putih, agak kuning di sol, 90
Semua sepatu udah aku semprot disinfektan ya
Komen angka barangnya, cepet-cepetan"""),

("comment", "plain_offer", "1111", """@dimas_prtm boleh bang, kalau mau borong buat dijual lagi ada paketan 50 potong kaos bekas impor Amerika 1,2jt
Isinya random tapi layak semua, aku jamin gak ada yang sobek
Bisa aku fotoin satu-satu dulu
Lanjut WA aja biar enak ngobrolnya"""),

("listing", "regional_code_word", "1111", """Jaket Burjer Murah Meriah Langsung Dari Karung!
Lapak kami di Pasar Sentral Polewali, barang baru turun
Jaket kulit, jaket jeans, parka, harga 30-120 ribu
Pembeli dari Mamuju dan Majene bisa pesan lewat telpon
Dijamin murah, tanpa perantara"""),

("message", "regional_code_word", "1111", """Bos, monja yang kemarin bos tanya udah datang 🙏
Ada 2 karung kemeja lengan panjang sama 1 karung celana bahan
Barang bagus, banyak merk Jepang
Harga satu karung 2,5jt, bos ambil tiga aku kasih 7jt
Bisa kirim hari Kamis pake truk ke Siantar"""),

("post", "market_geography", "1111", """Sering ditanya barang kami dari mana? Jujur aja ya kak, semua ambil langsung dari agen besar di Pasar Senen, asalnya bal Jepang
Makanya kualitasnya beda sama yang di pasar malam biasa
Sekarang ready 100+ kemeja linen, 45 ribu per potong
Order via DM, dikirim tiap sore dari Depok"""),

("message", "wholesale_price_list", "1111", """📋 LIST HARGA SORTIRAN PER KILO (update Senin)
Kaos dewasa sortir A .......... 55rb/kg
Kemeja wanita sortir A ........ 70rb/kg
Celana anak campur ............ 40rb/kg
Jaket & sweater ............... 85rb/kg
Min order 10 kg per jenis. Pengiriman karung dari Surabaya
Admin: 0811xxxx"""),

("post", "reseller_recruitment", "1111", """Lowongan reseller (bukan karyawan ya!) 📣
Kami supplier koli pakaian bekas dari Port Klang, cari reseller di Riau dan Sumbar
Harga khusus reseller, barang bisa diambil di Bengkalis
Modal minimal 1 koli, kami ajari cara sortir dan jual online
Minat? Isi form di link, admin akan hubungi"""),

("listing", "port_route", "1111", """Pakaian Bekas Via Tanjungpinang - Karungan Pilihan
Kemeja, blus, rok, celana, ukuran Asia
Karung masuk dari Singapura, sudah kami buka dan sortir ulang
Jual per karung kecil 20kg: 1,1jt
Pengiriman ke seluruh Kepri dan Sumatera"""),

("listing", "dodge_spacing", "1111", """J@ket B-e-k-@-s K-0-r-e-@ Tebal Musim Dingin
kondisi 85-95%, ada yg masih kayak baru
asal dr b@l langsung, bukan lokal
harga 70-150k tergantung merk
ready bnyk, cek etalase 'J4K3T'"""),

("post", "dodge_english_mix", "1111", """Curated used clothing from Japan 🇯🇵, hand-picked from each bale we open
No fast fashion, no new stock, only pre-worn pieces with character
Weekly drop every Friday 8PM on our IG live
Harga mulai 50rb, shipping ke seluruh Indonesia
Follow & turn on notif biar gak kehabisan ✨"""),

("comment", "dodge_misspelling", "1111", """iya sis ini tripting impor asli, bkn produk lokal
dapet dari bal jpg yg kemaren kita bongkar
ada yg warna mustard jg ukuran M
65rb aja, order lwt chat y sis"""),

("profile", "dodge_abbreviation", "1111", """WTS 2nd ex-JPN/KR/US 🧥👖👟
Grd A/B, brand campur, no KW
Sby based, kirim ke mana aja
Rekber ok, COD Sby pusat
Tag #tokobkskurasi buat testi
Restock tiap Rabu & Sabtu, slot keep max 2 jam"""),

("post", "dodge_emoji", "1111", """ada yg nyari 👖 denim 🔁 dari 🇺🇸?
baru 🔓 1 🎒 isi ±300 pcs
💵 45k-75k, 🎁 beli 3 free ongkir
📍 kirim dr Solo, DM 👉 sekarang
⚠️ foto asli, minus dijelasin jujur di caption"""),

("live", "dodge_spacing", "1111", """oke gais ini kita live dari gudang ya, barang hari ini k 4 r u n g a n dari negeri ginseng
yg mau dress panjang ketik D, yg mau kemeja ketik K
harga disebut di layar ya, gak boleh aku sebut di mulut 🤐
semua barang second tapi wangi, udh aku laundry
yg udah ketik tunggu dipanggil"""),

# ---------------- legal ----------------
("article", "hn_news", "0111", """Ratusan Koli Pakaian Bekas Disita di Pelabuhan Batam Centre
Petugas Bea Cukai Batam mendapati puluhan koper penumpang kapal dari Singapura berisi pakaian bekas.
Modus yang digunakan adalah menitipkan bagasi kepada kurir dan porter, sehingga pemilik barang tidak terlihat.
Sepanjang bulan ini tercatat belasan surat bukti penindakan diterbitkan.
Barang sitaan akan dimusnahkan setelah ditetapkan sebagai barang milik negara."""),

("article", "hn_feature", "0111", """Kisah Pedagang Awul-awul yang Beralih Jual Batik
Selama 12 tahun, Pak Harjo (nama samaran) berjualan pakaian bekas impor di berbagai pasar malam di Jawa Tengah.
Sejak penertiban, ia kesulitan mendapat karung dari agen langganannya.
Kini ia menjual batik cap dari perajin di Pekalongan, meski untungnya lebih tipis.
"Pelanggan lama masih suka nanya awul-awul, saya jawab sudah tidak ada," katanya."""),

("post", "hn_opinion", "0111", """Unpopular opinion: konten 'haul thrifting' di medsos itu iklan gratis buat penyelundup balpres.
Setiap video 'dapet jaket North Face 50 ribu di Senen' bikin permintaan naik.
Aku gak nyalahin pembeli kecil, tapi kreator besar harus sadar pengaruhnya.
Coba deh bikin konten haul brand lokal, banyak yang bagus dan harganya masuk.
Oke, silakan serang aku di komen."""),

("comment", "hn_buyer_question", "0111", """Ada yang pernah beli per bal langsung? Aku mau coba usaha tapi takut ketipu
Berapa sih kira-kira harga 1 bal kemeja Korea sekarang? Terus legal gak?
Soalnya temen bilang sekarang banyak yang ditangkap
Mohon pencerahan suhu-suhu"""),

("listing", "hn_new_thrift_style", "1010", """Kardigan Rajut Oversize 'Thrift Vibes' - Brand New
Model kayak hasil thrifting di Jepang, tapi ini baru lengkap dengan plastik
Rajutan tebal, kancing kayu, warna earth tone
Harga 99rb, bisa COD
Bukan barang bekas dan bukan impor, dibuat di Pekalongan"""),

("post", "hn_own_preloved", "1110", """Jual koleksi kebaya preloved milik pribadi 🌸
Dipakai wisuda dan lamaran, masing-masing sekali saja
Ada 4 kebaya brokat + kain batik tulis
Harga 150-300rb, ukuran M-L
Lokasi Surakarta, bisa fitting di rumah dengan janji dulu"""),

("listing", "hn_used_vehicle", "1100", """Sepeda Lipat Bekas Brompton Look, Bukan Ori
Dipakai bike to work 1 tahun, rem dan gir masih bagus
Harga 1,6 juta, bonus lampu dan bel
Lokasi Jakarta Selatan, cek langsung boleh
Alasan jual: pindah ke luar kota"""),

("listing", "hn_bulk_produce", "1000", """Pupuk Kandang Kambing Fermentasi Per Karung
Karung 25 kg, sudah kering dan tidak bau
Cocok untuk sayur, buah, dan tanaman hias
Harga 25rb per karung, minimal 20 karung gratis antar area Malang
Hubungi Pak Rudi 0857xxxx"""),

("post", "hn_donation", "0110", """Open donasi baju layak pakai untuk santri Pondok Pesantren Nurul Huda 🤲
Terutama sarung, baju koko, dan gamis ukuran remaja
Kami juga terima baju bekas bersih dari warga sekitar
Penjemputan gratis wilayah Kudus kota, hubungi panitia 0821xxxx
Jazakumullah khairan"""),

("message", "hn_school_bazaar", "1110", """Info dari Komite Sekolah SDN Cempaka 3:
Bazar pakaian bekas layak pakai akan diadakan tanggal 5 Mei di aula
Barang dari sumbangan orang tua murid, dijual murah 3-15 ribu
Hasilnya untuk membeli rak buku kelas
Yang mau menyumbang baju bisa dititip ke wali kelas masing-masing"""),

("review", "hn_review", "0111", """Review buku 'Jejak Karung: Ekonomi Pakaian Bekas di Sumatera'
Penulis menelusuri perjalanan bal dari pelabuhan kecil di Malaysia hingga pasar monza di Medan.
Bagian paling menarik: wawancara dengan buruh bongkar dan pedagang kecil.
Sayangnya datanya sebagian besar sebelum 2020.
Nilai 4/5, cocok buat yang tertarik isu perdagangan dan tekstil."""),

("comment", "hn_report", "0111", """Lapor admin, grup ini dipakai buat jualan baju bekas impor
Ada member posting 'ready koli Korea, harga gudang, kirim dari Belawan'
Padahal rules grup no jualan barang ilegal
Mohon di-kick dan postingannya dihapus"""),

("post", "hn_joke", "0111", """Orang Medan: "beli di monza"
Orang Makassar: "beli cakar"
Orang Jogja: "ngawul"
Orang Jakarta: "thrifting bestie 💅"
Bea Cukai: "kalian semua ikut saya" 🚔"""),

("message", "hn_job_vacancy", "0000", """Dicari Sopir Truk Ekspedisi Rute Medan - Pekanbaru
Muatan: barang kelontong, sembako, dan elektronik
Wajib SIM B1 umum, pengalaman min 2 tahun
Gaji borongan per rit + uang jalan
Lamaran ke kantor PT Lintas Jaya, Jl. Sisingamangaraja"""),

("listing", "hn_plain_clothing", "1010", """Sepatu Sneakers Wanita Casual - Ringan dan Empuk
Bahan kanvas, sol karet anti licin
Ukuran 36-40, warna putih, krem, hitam
Harga 149rb, garansi tukar ukuran 7 hari
Dikirim dari gudang kami di Cibaduyut"""),

("listing", "hn_used_machine", "1101", """Forklift Bekas Eks Jepang Kapasitas 3 Ton
Merek Toyota, tahun 2012, mesin diesel sehat
Unit impor resmi, dokumen lengkap
Harga 135 juta, siap uji di gudang Cikarang
Bisa bantu pengiriman ke luar pulau"""),

("post", "hn_guideline", "0111", """Pengumuman Pengelola Pasar:
Mulai bulan depan, kios di Blok C tidak diperbolehkan menjual pakaian bekas dari bal impor.
Pedagang yang ingin tetap berjualan pakaian diarahkan ke produk dalam negeri.
Dinas menyediakan pelatihan dan pinjaman modal lunak untuk pedagang yang beralih.
Informasi lebih lanjut di kantor pengelola lantai dasar."""),

("post", "hn_new_import", "1011", """Open PO tas kulit import Korea (baru, bukan second) 👜
Model simpel cocok buat kerja, 5 warna
Estimasi sampai 14-21 hari kerja
Harga 210rb, DP 100rb
Tag teman kamu yang lagi cari tas kerja"""),

("comment", "hn_buyer_question", "0010", """Kak, kaos yang di foto ini bahannya apa ya? 
Tebel gak kalau buat sehari-hari di Surabaya yang panas?
Terus size L itu lingkar dadanya berapa cm?
Aku mau beli 2 buat kado suami"""),

("post", "hn_tutorial", "0110", """Cara merawat baju bekas biar awet dan bersih 🧺
1. Rendam dengan air hangat dan sedikit cuka selama 1 jam
2. Cuci terpisah dari baju lain untuk cucian pertama
3. Jemur di bawah sinar matahari langsung
4. Setrika dengan suhu sesuai bahan
Berlaku juga buat lungsuran keluarga atau preloved dari teman ya!"""),

("post", "hn_own_preloved", "1110", """Bismillah, jual jaket ojol bekas suami, sudah dicuci bersih
Masih tebal, logo aplikasinya masih jelas
Suami sudah pindah kerja jadi gak kepake
50rb saja, ambil di Ciputat"""),
]
