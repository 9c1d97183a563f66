# Batch 4: legal hard negatives failing one element (new goods, own wardrobe, charity, other goods, ordinary, swaps) (hand-written)
RECORDS = [
# --- new clothes in thrift style
("listing", "hn_new_thrift_style", 1, 0, 1, 0, """
Kemeja Flanel Thrift Look Oversize - Produksi Sendiri Bandung
BARU, bukan bekas! Kami jahit sendiri dengan bahan flanel tebal, dicuci enzim biar kelihatan kayak barang thrift vintage
Ukuran M, L, XL. Harga 129rb
Bisa reseller, minimal 12 pcs
"""),
("post", "hn_new_thrift_style", 1, 0, 1, 0, """
Suka gaya thrifting tapi males ngubek karungan? 😆
Koleksi "Awul Series" kami: kaos washed, jeans faded, jaket corduroy. Semua BNWT, produksi konveksi sendiri di Pekalongan.
Vibes-nya kayak hasil bongkar bal, tapi barangnya baru dan wangi toko.
Order via link di bio
"""),
("listing", "hn_new_thrift_style", 1, 0, 1, 0, """
Celana Jeans Vintage Style 90s Baggy - Baru Segel - Bukan Second
Efek pudar & sobek dibuat mesin, bahan denim 14oz lokal
Ukuran 27-36, warna light blue & dark blue
Harga 175rb, grosir lusinan lebih murah
Dikirim dari gudang kami di Tangerang
"""),
("post", "hn_new_thrift_style", 1, 0, 1, 1, """
Restock sweater rajut "thrift vibes" 🧶
Ini barang baru ya kak, PO langsung dari pabrik di Guangzhou, masih plastik & ada tag. Motifnya sengaja dibikin kayak sweater nenek jadul biar aesthetic ala preloved.
Harga 89rb, bisa COD area Surabaya.
"""),
("listing", "hn_new_thrift_style", 1, 0, 1, 0, """
Kaos Band Vintage Look Single Stitch Reprint - NEW
Bukan barang bal ya kak, ini reprint baru, sablon sengaja dibikin crack
Bahan cotton combed 24s, jahitan single stitch biar mirip kaos 90an
Size S-XXL, 99rb
Bisa custom desain sendiri
"""),
("listing", "hn_new_thrift_style", 1, 0, 1, 0, """
Sisa Ekspor Jaket Bomber Pria - Baru - Reject Minor
Barang sisa ekspor pabrik di Semarang, BARU, bukan seken atau barang bal
Ada reject minor (jahitan miring dikit), makanya murah
Harga 110rb, 3 pcs 300rb
Ready warna hitam, army, navy
"""),
("post", "hn_new_thrift_style", 1, 0, 1, 0, """
Buat kalian yang takut beli baju bekas impor karena ilegal, ini alternatifnya 🙌
Toko kami jual kemeja motif retro 70an, tapi BARU semua, jahitan UMKM Solo. Tampilannya ala thrift shop, tapi legal dan dukung penjahit lokal.
Cek katalog di link bio, ada diskon 10% minggu ini.
"""),
("live", "hn_new_thrift_style", 1, 0, 1, 0, """
LIVE JAM 7: "Monza Rasa Baru" 😂
Tenang bestie, ini bukan monza beneran. Semua blouse & rok di live kami barang baru produksi Medan, modelnya aja yang kita bikin kayak koleksi vintage.
Harga live 45rb-80rb, checkout di keranjang
Ada giveaway 3 pcs buat yang share live!
"""),
("listing", "hn_new_thrift_style", 1, 0, 1, 0, """
Tote Bag Kanvas Motif Thrift Store | Baru | Handmade Jogja
Desain sablon tulisan "THRIFT STORE 1989" gaya lawas
Bahan kanvas tebal, ada kantong dalam
Bukan barang preloved ya kak, semuanya bikinan sendiri
45rb per pcs, grosir min 20 pcs
"""),
# --- own preloved (own wardrobe, domestic source)
("listing", "hn_own_preloved", 1, 1, 1, 0, """
Preloved Pribadi - Blazer Zara Size S
Beli sendiri di Zara Grand Indonesia tahun 2022, dipakai 3x buat interview
Kondisi 9/10, ga ada noda, sudah dry clean
Jual karena badan udah ga muat 😅
Harga 250rb, COD Jaksel
"""),
("post", "hn_own_preloved", 1, 1, 1, 0, """
Declutter lemari! Semua barang pribadi, bukan barang bal / bukan impor karungan ya 🙏
- Dress batik Danar Hadi, dipakai kondangan 2x, 150rb
- Cardigan rajut dari Pasar Baru, 50rb
- Sepatu flat Everbest 38, 120rb
Minat komen atau DM, prioritas COD Bandung
"""),
("listing", "hn_own_preloved", 1, 1, 1, 0, """
Jual Seken Jaket Kulit Asli Garut Punya Sendiri
Dibeli langsung di Sukaregang tahun 2019, dipakai touring beberapa kali
Kondisi 8/10, kulit masih lentur, ada lecet kecil di siku
Ukuran L, harga 600rb nego
Ganti ukuran karena naik berat badan
"""),
("post", "hn_own_preloved", 1, 1, 1, 0, """
Bismillah, jual preloved gamis & mukena punya saya sendiri, masih layak banget. Dulu beli di Thamrin City dan butik di Tanah Abang.
Gamis ukuran L 3 pcs (80-150rb), mukena katun 2 set (100rb).
Dijual karena mau pindah ke Balikpapan, ga muat dibawa.
Bisa diambil di rumah, Bekasi Timur.
"""),
("listing", "hn_own_preloved", 1, 1, 1, 0, """
Second Pribadi Sepatu Futsal Specs Ukuran 42
Beli di toko olahraga Malang akhir tahun lalu, baru dipakai 5x sparing
Sol masih tebal, ga ada sobek
Harga 180rb (beli 350rb)
Alasan jual: cedera lutut, berhenti main dulu
"""),
("comment", "hn_own_preloved", 1, 1, 1, 0, """
Kak, aku juga ada preloved baju hamil punya sendiri, masih bagus2, dipakai pas hamil anak pertama doang.
Belinya di toko perlengkapan ibu dekat rumah di Depok. Ada 6 potong, aku lepas 200rb semuanya kalau kakak mau.
Ini bukan barang karungan ya, murni lemari sendiri 😊
"""),
("post", "hn_own_preloved", 1, 1, 1, 0, """
Buka lapak preloved kecil2an di garasi rumah, Sabtu ini jam 9-15 🏡
Isinya baju anak-anakku yang udah kekecilan, jaket suami, tas-tas yang jarang kupakai. Semua beli di mall & toko lokal, ga ada barang bal.
Harga 5rb-75rb. Alamat di DM, daerah Sleman.
"""),
("listing", "hn_own_preloved", 1, 1, 1, 0, """
Kebaya Wisuda Bekas Pakai 1x - Jahit Sendiri di Penjahit Langganan Solo
Brokat warna dusty pink, lengkap dengan kain jarik
Ukuran LD 88, panjang 60
Kondisi mulus, sudah laundry
Harga 300rb (biaya jahit dulu 750rb)
"""),
("post", "hn_own_preloved", 1, 1, 1, 0, """
Jual cepat hoodie band lokal bekas pribadi 🎸
Beli langsung di merch booth konser Jakarta 2023, dipakai paling 10 kali. Sablon masih bagus, cuma warna hitamnya agak turun.
Size XL, 175rb. Bukan thrift dari bal ya, ini koleksi sendiri yang udah ga kepake.
"""),
# --- donation / charity / school sale
("post", "hn_donation_school_sale", 1, 1, 1, 0, """
BAZAR AMAL SMP NEGERI 4 📚
Hari Sabtu di aula sekolah, kami menjual pakaian bekas layak pakai hasil sumbangan wali murid dan guru. Harga 2rb-20rb.
Seluruh hasil untuk renovasi perpustakaan.
Tidak ada barang dari pedagang atau karungan, semuanya donasi warga sekolah.
"""),
("post", "hn_donation_school_sale", 0, 1, 1, 0, """
Open donasi pakaian layak pakai untuk korban banjir di Demak 🙏
Kami menerima baju bekas bersih (dewasa & anak), selimut, dan sarung. Mohon dicuci dan dilipat, dimasukkan ke karung atau kardus.
Drop point: Masjid Al-Ikhlas, Jl. Kenanga. Terakhir hari Minggu.
"""),
("post", "hn_donation_school_sale", 1, 1, 1, 0, """
Garage Sale Gereja HKBP Resort — Minggu setelah ibadah
Jemaat menyumbangkan baju, sepatu, dan tas bekas pribadi untuk dijual murah. Hasilnya untuk beasiswa anak sekolah minggu.
Kaos 5rb, kemeja 10rb, jaket 15rb. Semua dari lemari jemaat sendiri.
Ayo mampir, sekalian berbagi 💛
"""),
("message", "hn_donation_school_sale", 0, 1, 1, 0, """
Assalamualaikum ibu-ibu arisan, panti asuhan Nurul Hikmah sedang butuh seragam sekolah bekas ukuran SD dan SMP, juga sepatu hitam. Kalau ada yang anaknya sudah lulus, seragam lamanya bisa disumbangkan ke sini.
Barang bisa dititip ke rumah saya, nanti saya antar hari Jumat. Jazakumullah khair.
"""),
("post", "hn_donation_school_sale", 1, 1, 1, 0, """
Pasar Murah Karang Taruna RW 07 🎪
Ada lapak baju preloved hasil donasi warga: baju kerja, baju anak, gamis, sepatu. Harga seikhlasnya mulai seribu.
Uangnya buat acara 17-an. Ini bukan baju thrift karungan, semua barang warga sendiri, sudah dicuci panitia.
Minggu pagi di lapangan voli.
"""),
("post", "hn_donation_school_sale", 0, 1, 1, 0, """
Update penyaluran: alhamdulillah 23 karung pakaian bekas donasi warga Jogja sudah sampai di posko pengungsian Cianjur. Terima kasih buat semua yang menyumbang.
Bajunya dibagikan gratis, bukan dijual. Kami masih butuh pakaian dalam baru dan selimut, info di bio.
"""),
("listing", "hn_donation_school_sale", 1, 1, 1, 0, """
Charity Sale OSIS SMA Tunas Bangsa - Baju & Jaket Alumni
Alumni menyumbangkan hoodie angkatan, jaket almamater, dan baju pribadi bekas. Dijual 10rb-40rb.
Hasil penjualan untuk bantuan siswa kurang mampu.
Bisa diambil di ruang OSIS tiap istirahat kedua.
"""),
# --- other goods per karung / bal / kilo
("listing", "hn_other_goods", 1, 1, 0, 1, """
HP Bekas Ex Jepang Per Koli - Campur Merk Sharp, Kyocera, Sony
1 koli isi 50 unit, kondisi mati/hidup campur, cocok buat tukang servis ambil part
Harga per koli 4jt, ready di Batam
Tanpa charger & dus. Tidak menerima retur
"""),
("listing", "hn_other_goods", 1, 1, 0, 0, """
Jual Kardus Bekas Per Bal - Press Rapi Siap Angkut
1 bal ± 80 kg, kardus coklat bekas toko & gudang
Harga 2.800/kg, minimal 5 bal
Lokasi lapak Cikarang, bisa antar pakai pick-up
Juga terima kertas HVS & koran bekas
"""),
("listing", "hn_other_goods", 1, 1, 0, 0, """
Majun Kaos Per Karung 25 kg - Kain Lap Industri
Potongan kain perca & kaos yang sudah dipotong kotak, siap pakai untuk bengkel dan pabrik
Bukan untuk dipakai sebagai baju ya
Harga 7.500/kg, karung 25 kg
Gudang Bantul, kirim truk ke Jateng - Jatim
"""),
("listing", "hn_other_goods", 1, 1, 0, 1, """
Karung Goni Bekas Import India - Kuat, Bersih, Untuk Kopi & Kakao
Karung goni jute ex kemasan biji kopi impor, ukuran 70x110
Harga 8rb/lembar, minimal 100 lembar
Cocok untuk kemasan hasil tani atau dekorasi kafe
Lokasi Surabaya
"""),
("post", "hn_other_goods", 1, 1, 0, 1, """
Bongkar kontainer mesin jahit bekas Jepang 🧵
Brother, Juki, Singer high speed, kondisi normal siap pakai, garansi setting 1 bulan. Cocok buat usaha konveksi rumahan.
Harga mulai 2,5jt per unit. Gudang di Cakung, silakan datang cek.
"""),
("listing", "hn_other_goods", 1, 0, 0, 0, """
Jual Bawang Merah Brebes Per Karung 50 kg
Panen minggu ini, kering, umbi besar
Harga per karung mengikuti pasar, hari ini 1,2jt
Bisa kirim Jabodetabek pakai engkel
Juga ada cabai rawit per karung
"""),
("listing", "hn_other_goods", 1, 0, 0, 1, """
Kain Katun Rayon Import Per Roll - Motif Bunga Thrift Vibes
1 roll ± 90 yard, kain baru impor dari China, belum dipotong
Cocok untuk konveksi daster & kemeja motif vintage
Harga 1,4jt per roll, ready 30 roll di Cigondewah
Bukan baju jadi ya kak, ini kain meteran
"""),
("post", "hn_other_goods", 1, 1, 0, 0, """
Jual plastik bekas per karung: botol PET, gelas plastik, dan kresek bersih. Hasil pilahan bank sampah RW 03.
Per karung ±15 kg, harga 45rb. Pengepul silakan hubungi pengurus, bisa diambil tiap Kamis.
"""),
("listing", "hn_other_goods", 1, 1, 0, 1, """
Sepeda Lipat Bekas Jepang Per Bal Isi 10 Unit
Brompton KW, Dahon, Tern campur, kondisi perlu servis ringan
Harga per bal 9jt, masuk dari pelabuhan Batam
Ban & rantai sebagian perlu ganti
Bisa lihat di gudang Sei Panas
"""),
("listing", "hn_other_goods", 1, 1, 0, 0, """
Furnitur Bekas Kantor - Kursi & Meja Per Lot
Ex kantor bank di Jakarta Pusat yang pindah gedung
1 lot = 20 kursi + 10 meja, kondisi 80%
Harga lot 7,5jt, bongkar dan angkut sendiri
Lokasi gudang Pulogadung
"""),
# --- ordinary new clothing
("listing", "hn_ordinary_clothing", 1, 0, 1, 0, """
Seragam SD Putih Merah Lengkap - Baru - Konveksi Lokal Klaten
Kemeja lengan pendek + rok/celana, bahan adem tidak menerawang
Ukuran 6-14, harga 85rb per set
Grosir untuk koperasi sekolah, minimal 2 lusin
"""),
("post", "hn_ordinary_clothing", 1, 0, 1, 0, """
New arrival koleksi Lebaran 🌙
Gamis ceruti motif bunga, 4 pilihan warna (sage, mocca, lilac, navy). Jahitan rapi, ada saku, busui friendly.
Harga 189rb, PO 7 hari kerja. Produksi butik kami sendiri di Tasikmalaya.
Order via admin ya kak.
"""),
("listing", "hn_ordinary_clothing", 1, 0, 1, 0, """
Sepatu Kulit Pria Cibaduyut Pantofel Formal - Baru Original
Kulit sapi asli, sol karet anti licin
Ukuran 38-44, warna hitam & coklat
Garansi jahitan 3 bulan
Harga 325rb
"""),
("post", "hn_ordinary_clothing", 1, 0, 1, 0, """
Kaos polos cotton combed 30s, ready stok lusinan! 👕
Cocok untuk sablon, seragam event, atau dipakai harian. 20 warna tersedia, ukuran S sampai 3XL.
Harga 28rb ecer, 25rb per lusin. Gudang di Bandung, pabrik sendiri.
"""),
("listing", "hn_ordinary_clothing", 1, 0, 1, 0, """
Sarung Tenun Samarinda Asli - Baru, Tenun Tangan
Motif belang hatta, kain sutra campur
Dibuat pengrajin di Tenun Samarinda Seberang
Harga 450rb, sertifikat asli tersedia
Bisa jadi oleh-oleh khas Kaltim
"""),
# --- swap / job vacancy
("post", "hn_swap_job", 0, 1, 1, 0, """
Swap party bulan ini! 🔁
Bawa 3-5 baju bekas pribadi yang masih layak (dicuci dulu ya), tukar dengan baju peserta lain. Tidak ada jual beli, tidak ada uang.
Tempat: perpustakaan kota, Minggu jam 10. Gratis, tapi daftar dulu lewat link.
"""),
("post", "hn_swap_job", 0, 1, 1, 1, """
LOWONGAN KERJA: Tukang sortir dan admin online untuk usaha baju thrift (barang dari bal impor) di Medan.
Syarat: laki-laki/perempuan, maks 30 th, teliti, tahan debu. Gaji UMR + makan siang.
Kirim CV ke email yang ada di bio. (Info ini lowongan, bukan jualan.)
"""),
]
