# long-form, batch B: legal hard negatives
ITEMS = [
("post","hn_report",0,1,1,1,"""Kepada Yth. @kemendag dan @beacukaiRI
Saya warga Kecamatan Tanjungbalai Selatan ingin melaporkan aktivitas bongkar muat karung pakaian bekas dari Malaysia yang hampir tiap malam terjadi di dermaga kecil dekat rumah kami.
Karung-karung itu diangkut pakai pick-up ke sebuah gudang, lalu besok paginya dikirim ke Medan.
Saya sudah punya beberapa foto dan video, siap diserahkan bila diperlukan.
Mohon identitas saya dirahasiakan. Terima kasih."""),
("comment","hn_report_thread",0,1,1,1,"""Reply di postingan viral "pecah bal Jepang isi 500 pcs":
@yudhis_ak: ini bukannya barang yg dilarang ya?
@ratna.hs: iya, udah jelas di caption "langsung dari kontainer"
@yudhis_ak: @TikTokSupportID tolong ditinjau
@ratna.hs: aku juga udah report via fitur "barang terlarang"
@mas.benny: biarin aja sih orang cari makan
@ratna.hs: cari makan boleh, tapi jangan yg nyelundup bang. kasian penjahit lokal"""),
("post","hn_scam_warning",0,1,1,1,"""🚨 MODUS PENIPUAN RESELLER BAJU SEKEN 🚨
Polanya hampir selalu sama:
1️⃣ Iklan "paket usaha 1 karung ex Korea cuma 1,8jt, untung 3x lipat"
2️⃣ Testimoni palsu screenshot chat
3️⃣ Minta DP 50% + "biaya bea cukai" 400rb
4️⃣ Kirim foto gudang (hasil nyolong dari akun lain)
5️⃣ Setelah lunas, nomor ganti & akun dihapus
Temanku rugi hampir 3 juta. Selain kena tipu, barangnya juga ilegal dari awal. Jangan tergiur ya."""),
("article","hn_news",0,1,1,1,"""Pedagang Pasar Senen Mengeluh Stok Menipis
Sejumlah pedagang pakaian bekas di lantai dua Pasar Senen, Jakarta Pusat, mengatakan pasokan dari luar negeri nyaris berhenti sejak beberapa pekan terakhir.
"Biasanya seminggu bisa buka dua sampai tiga bal, sekarang satu pun susah," ujar seorang pedagang kemeja yang meminta namanya tidak ditulis.
Sebagian pedagang memilih menghabiskan sisa stok, sementara yang lain mulai menjajal produk konveksi lokal.
Pengelola pasar menyebut kunjungan masih ramai, terutama anak muda pada akhir pekan."""),
("post","hn_opinion",0,1,1,1,"""Hot take dari orang Medan 🔥
Monza itu bagian budaya kita. Dari jaman bapakku kuliah, jaket kulit & celana jeans dari kapal udah jadi andalan.
TAPI. Budaya bukan alasan buat nutup mata.
Barangnya masuk tanpa cukai, kadang ga higienis, dan tukang jahit di Pasar Sukaramai makin sepi.
Yang perlu dipikirin: gimana pedagang monza bisa pindah ke usaha lain tanpa jatuh miskin.
Bukan sekadar razia terus foto-foto bakar barang."""),
("post","hn_joke_meme",0,1,1,1,"""Percakapan di rumah tiap aku pulang dari Gedebage:
Mamah: beli naon deui?
Aku: jaket ex Korea, mah, murah pisan ngan 35rebu
Mamah: meni bau kitu, tina karung nya?
Aku: iya, tapi kan brand
Mamah: brand naon, nu aya kutu na 😤
*10 menit kemudian mamah make jaket eta ka pasar*
😂😂 #emaksunda #gedebagehaul"""),
("post","hn_tutorial",0,1,1,1,"""Cara merawat jaket kulit second (terutama yg dari luar, biasanya kering & kaku):
1. Lap debu pakai kain lembab, jangan direndam!
2. Oles leather conditioner tipis-tipis, diamkan semalam
3. Gantung di tempat teduh, jangan kena matahari langsung
4. Kalau bau apek, masukin kantong isi kopi bubuk 2 hari
5. Jahitan lepas → bawa ke tukang permak, jangan dilem
Aku nulis ini karena banyak yg nanya di DM. Ini bukan promosi toko mana pun ya."""),
("post","hn_guideline",0,1,1,1,"""INFO RESMI – Larangan Impor Pakaian Bekas
Pakaian bekas dan barang bekas lainnya termasuk barang dilarang impor berdasarkan Permendag 18/2021 sebagaimana diubah Permendag 40/2022.
Platform digital diminta menurunkan konten yang menawarkan pakaian bekas asal luar negeri, termasuk yang menggunakan istilah: bal, balpres, karungan, sortiran impor, ex Korea/Jepang, dan sebutan daerah seperti monza, cakar, lelong, awul-awul.
Masyarakat dapat melaporkan temuan melalui kanal pengaduan konsumen.
Mari dukung industri tekstil dalam negeri 🇮🇩"""),
("review","hn_review_no_seller",0,1,1,1,"""★★★★★
Jujur aku skeptis beli sepatu second yg katanya ex Thailand, takut solnya getas.
Ternyata:
– sol masih empuk, cuma tumit agak tipis
– dalemnya bersih, insole udah diganti baru
– box ga ada (wajar lah)
Pengiriman 3 hari ke Makassar. Overall puas, tapi catatan buat diri sendiri: kalau bisa cari yg lokal aja lain kali."""),
("listing","hn_new_thrift_style",1,0,1,0,"""RETRO WINDBREAKER 90s – NEW
Terinspirasi jaket-jaket yang biasa kamu temukan di tumpukan pasar, tapi ini dibuat BARU oleh konveksi kami di Bandung.
• Bahan taslan anti air
• Furing jaring, resleting metal
• Colorblock 5 pilihan
• Size S–XXL
Rp189.000 | free stiker
Ada tulisan "Made in Indonesia" di label, bukan second, bukan import 😉"""),
("post","hn_jastip_new",1,0,1,1,"""✈️ JASTIP KOREA – Batch Mei ✈️
Berangkat ke Seoul 10–17 Mei, bisa titip:
• Baju & aksesoris BARU dari Myeongdong, Hongdae, Dongdaemun
• Skincare & snack
❌ Tidak menerima titipan barang bekas / vintage shop ya
Fee 10% dari harga, min 30rb
DP 50% saat konfirmasi, pelunasan setelah barang di tangan
Close order 9 Mei. DM untuk list!"""),
("listing","hn_factory_reject",1,0,1,0,"""[OBRAL] Jaket Outdoor BS Ekspor – BARU
Produksi pabrik garmen di Bogor yang harusnya dikirim ke Eropa, tapi ditolak QC karena:
- warna sedikit belang
- logo bordir geser
- beberapa resleting diganti lokal
Kondisi baru, belum pernah dipakai, label masih terpotong.
Harga 95rb (harga toko luar negeri bisa 1jt+).
Stok terbatas ±70 pcs."""),
("post","hn_local_preloved",1,1,1,0,"""Kenalan dulu yuk sama @lemari.titip 👋
Kami toko preloved berbasis titip jual di Yogyakarta.
Barang yang kami jual 100% milik pribadi orang Indonesia: dari lemari mahasiswa, ibu-ibu arisan, sampai pegawai kantor yang declutter.
Tiap barang kami cek, cuci, dan foto sendiri. Asal barang jelas, bukan dari bal atau karung impor.
Mau titip jual? Datang ke toko kami di Jl. Kaliurang km 6, buka 10–20 WIB."""),
("post","hn_own_preloved",1,1,1,0,"""Lepas koleksi pribadi 😢
Jaket bomber Alpha Industries (beli resmi di Plaza Senayan tahun 2019), dipakai paling 10 kali, size L.
Kondisi 95%, resleting lancar, tidak ada sobek.
Nota pembelian masih ada.
Harga 700rb, nego tipis.
Lokasi Bekasi, COD stasiun Bekasi atau kirim JNE."""),
("post","hn_donation",0,1,1,0,"""Update donasi pakaian untuk warga terdampak banjir rob di Pekalongan 🙏
Terkumpul: 42 kardus pakaian bekas layak pakai, 18 kardus selimut.
Masih dibutuhkan: seragam sekolah bekas (SD & SMP), sandal, jas hujan.
Mohon TIDAK mengirim pakaian robek atau kotor ya, karena kami tidak punya tenaga untuk menyortir.
Drop point: sekretariat Karang Taruna Kelurahan Panjang Wetan."""),
("listing","hn_majun",1,1,0,0,"""Jual Majun / Kain Lap Industri
Bahan: potongan kain kaos & katun sisa konveksi, sudah dipotong ukuran 30x30 cm
Kemasan: per karung 20 kg
Cocok untuk bengkel, percetakan, pabrik, SPBU
Warna campur / putih (harga beda)
Pengiriman se-Jabodetabek, minimal 5 karung
Gudang Cakung, hub 0821xxxx"""),
("listing","hn_used_phone",1,1,0,1,"""HP Second Ex Jepang – Bergaransi Toko
Sony Xperia 5 II, eks pasar Jepang
Kondisi 92%, layar mulus, baterai 85%
IMEI sudah terdaftar Bea Cukai, aman dipakai kartu Indo
Kelengkapan: unit + charger
Rp2,3jt, garansi 1 bulan mesin
Toko di Roxy Square lt. dasar"""),
("post","hn_job_vacancy",0,1,1,0,"""LOWONGAN KERJA 📌
Toko preloved lokal "Sahabat Lemari" (Surabaya) mencari:
1. Staff foto & upload produk (paham Shopee & IG)
2. Staff laundry & steam pakaian
Syarat: jujur, teliti, domisili Surabaya Timur
Gaji UMK + bonus penjualan
Catatan: kami hanya menjual pakaian bekas titipan warga lokal, tidak ada barang impor.
Kirim CV ke DM sebelum akhir bulan."""),
("post","hn_travel_food",0,0,0,0,"""Itinerary sehari di Bandung tanpa belanja baju 😆
08.00 sarapan kupat tahu deket Gedebage (pasar baju seken-nya ramai banget, aku cuma lewat)
10.00 museum Geologi
12.00 batagor Kingsley
15.00 ngopi di Dago atas
19.00 makan malam di Braga
Total pengeluaran 250rb, dompet aman karena ga mampir ke lapak jaket 🤣"""),
("post","hn_swap",0,1,1,1,"""SWAP MEET – Komunitas Pecinta Jaket Vintage Jogja 🔄
Minggu, 22 Juni, Taman Budaya
Aturan:
• Bawa koleksi jaket/kemeja second milikmu (boleh hasil awul-awul jaman dulu)
• Tukar 1:1 atau sesuai kesepakatan
• DILARANG jual beli, DILARANG bawa stok dagangan
Tujuannya supaya baju yg udah ada di lemari tetap dipakai, bukan nambah barang baru dari luar.
Gratis, tinggal datang!"""),
]
