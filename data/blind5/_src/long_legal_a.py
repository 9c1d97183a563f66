# Hand-written multi-line records, legal (part A).
# (kind, category, elements "offer used clothing abroad", text)
LONG_LEGAL_A = [
# ---------------- new_thrift_style (9)
("listing", "new_thrift_style", "1010", """
✨ NEW DROP: "Retro Campus" Collection ✨
Kaos boxy dengan efek pudar ala barang thrift, tapi 100% BARU dari konveksi kami di Bandung.
Bahan cotton combed 24s, sablon plastisol.
Size S - XXL, harga 89rb.
Bukan barang bekas ya kak, jadi ada label & hangtag.
"""),
("listing", "new_thrift_style", "1010", """
Kemeja flanel motif kotak gaya 90-an
Baru, dijahit di workshop sendiri (Sukoharjo)
Tampilan kayak hasil hunting tapi bahannya fresh
Harga satuan 110rb, grosir 6 pcs 95rb/pcs
Pengiriman setiap hari kecuali Minggu
"""),
("post", "new_thrift_style", "1010", """
Banyak yang DM nanya "ini barang second ya kak?" 😅
Jawabannya BUKAN. Semua jaket denim kami baru, sengaja di-wash supaya kelihatan vintage.
Produksi lokal Tangerang, jahitan dobel.
Harga 189rb, ready warna light blue & dark wash.
"""),
("listing", "new_thrift_style", "1011", """
Sweater rajut "grandpa style" NEW
Impor dari pabrik di Guangzhou, masih dalam plastik per pcs
Motif argyle & cable knit, cocok buat look thrift-core
Grosir min 10 pcs, 65rb/pcs
Stok di gudang Jakarta Barat
"""),
("post", "new_thrift_style", "1010", """
Behind the scene produksi "Vintage Look Series" kami 🧵
1. Kain katun dipotong pola oversize
2. Dicelup dan di-stone wash biar warnanya pudar
3. Disablon desain ala kaos konser jadul
Hasilnya kayak barang thrift, padahal baru keluar dari mesin jahit. PO dibuka Senin!
"""),
("listing", "new_thrift_style", "1010", """
Rok plisket motif bunga kecil ala butik jadul
Baru, bahan sifon lapis furing
Made in Bandung, bukan preloved
Panjang 80 cm, all size pinggang karet
Harga 75.000
"""),
("post", "new_thrift_style", "1010", """
Sugeng enjing! Kaos "lawas" edisi anyar sampun ready 🙏
Sanajan katon kados barang bekas, niki sedaya enggal saking konveksi Klaten.
Rego 70 ewu, saged kirim sak Indonesia.
Monggo pesen lewat WA admin.
"""),
("listing", "new_thrift_style", "1010", """
Celana cargo parasut model Y2K
Baru, produksi UMKM Depok
Banyak yang bilang mirip barang hasil ngawul, tapi ini fresh & wangi pabrik 😄
Warna hitam, army, krem. 135rb.
"""),
("post", "new_thrift_style", "1010", """
Koleksi Lebaran tahun ini kami bikin nuansa vintage 🌙
Kemeja koko motif retro & gamis warna pastel pudar.
Semuanya baru, dijahit penjahit rumahan di Pekalongan.
Harga mulai 120rb, open reseller harga khusus.
"""),
# ---------------- new_import_clothing (9)
("listing", "new_import_clothing", "1011", """
BAJU IMPOR KOREA — NEW ARRIVAL 🇰🇷
Dress midi knit, label Dongdaemun masih nempel
Warna: cream, mocha, sage
Harga 185rb, grosir 3 pcs 165rb/pcs
Barang baru, bukan second. Ready Jakarta.
"""),
("post", "new_import_clothing", "1011", """
Jastip Tokyo batch April ✈️
Uniqlo, GU, Muji — semua BARU dari toko, struk disertakan.
Fee 12% dari harga, kurs mengikuti hari belanja.
Close order 10 April, barang sampai Jakarta ±2 minggu.
"""),
("listing", "new_import_clothing", "1011", """
Grosir kaos polos impor China
Cotton 30s, 12 warna, size S-XXL
1 lusin 170rb, 1 kodi 270rb
Barang baru dari importir resmi, ada dokumen
Gudang di Pasar Tanah Abang blok A
"""),
("listing", "new_import_clothing", "1011", """
Gamis Turki brand lokal Istanbul (NEW)
Bahan crepe tebal, tidak menerawang
Impor langsung, ada label & packaging asli
Harga 425rb, free hijab untuk 20 pembeli pertama
"""),
("post", "new_import_clothing", "1011", """
Pamit ke Bangkok minggu depan, buka jastip Pratunam & Platinum 🛍️
Kaos, dress, celana, tas — barang baru semua, harga grosir sana + fee 20rb/pcs.
Bisa titip sesuai foto/link.
Close order Sabtu malam.
"""),
("listing", "new_import_clothing", "1011", """
Jaket winter impor Korea (baru)
Padding tebal, tahan sampai -10°C
Cocok buat trip ke Jepang/Korea musim dingin
Size M-XXL, 450rb
Bisa sewa juga kalau cuma butuh seminggu, tanya admin
"""),
("listing", "new_import_clothing", "1011", """
Sepatu lari impor resmi, garansi distributor
Semua barang BARU dalam dus, nomor seri bisa dicek
Diskon 20% untuk model tahun lalu
Toko kami di Mall Kelapa Gading lt. 2
"""),
("post", "new_import_clothing", "1011", """
Restock hijab & inner impor Malaysia 💕
Bahan jersey premium, tidak panas
Baru semua, dikirim langsung dari Kuala Lumpur lewat jalur resmi
Harga ecer 55rb, reseller 45rb (min 10 pcs)
"""),
("listing", "new_import_clothing", "1011", """
Kimono & yukata asli Jepang, kondisi baru
Diimpor dari toko di Kyoto, lengkap dengan obi
Cocok untuk cosplay, foto prewedding, atau festival
Harga 650rb - 1,2jt
Bisa lihat langsung di showroom Kemang
"""),
# ---------------- own_preloved (9)
("listing", "own_preloved", "1110", """
PRELOVED PRIBADI — bukan barang impor / bukan dari karung ya 🙏
Dress batik beli di Alun-Alun GI, dipakai kondangan 2x
Ukuran M, kondisi 95%
Harga 180rb, nego tipis
COD area Kebayoran
"""),
("post", "own_preloved", "1110", """
Beberes lemari sebelum pindahan 📦
Semua baju pribadi saya, beli di mall & toko lokal:
- Blazer kerja 2 pcs @100rb
- Kemeja putih 3 pcs @40rb
- Celana kulot 2 pcs @50rb
Bisa diambil di kos, Jl. Kaliurang km 5
"""),
("post", "own_preloved", "1110", """
Punten, abdi bade ngajual baju urut pribados.
Sanes barang impor, sadayana meser di Pasar Baru sareng toko online lokal.
Kameja 35 rebu, rok 40 rebu, jaket 75 rebu.
Tiasa COD di alun-alun Sumedang.
"""),
("post", "own_preloved", "1110", """
Dodolan klambi urut dhewe, dudu barang impor lan dudu saka bal karungan 🙏
Klambi sekolah SMP, seragam pramuka, kaos olahraga.
Kabeh isih apik, rego 15 ewu sak potong.
Sing butuh monggo mampir omah, cedhak balai desa Sumberejo.
"""),
("listing", "own_preloved", "1110", """
Sepatu futsal pribadi, Specs size 41
Beli di Sport Station Bekasi tahun lalu, baru dipakai sekitar 10x
Alasan jual: kaki sudah tidak muat
Harga 200rb, bonus kaos kaki
"""),
("post", "own_preloved", "1110", """
Lungsuran anak pertama, masih bagus2 🤍
Baju bayi 0-12 bulan, 30 potong, beli di Mothercare & toko grosir lokal
Dijual sekaligus 250rb
Lokasi Sidoarjo, bisa kirim pakai Gosend
"""),
("listing", "own_preloved", "1110", """
Jas + celana wisuda, dipakai 1x doang
Jahit di penjahit langganan Pasar Baru Jakarta
Warna hitam, ukuran badan 170/65
Harga 300rb, kondisi bersih baru dry clean
"""),
("post", "own_preloved", "1110", """
Info penting sebelum beli ya kak:
Semua di akun ini barang PRIBADI, bukan thrift impor, bukan dari bal.
Aku beli sendiri di toko & marketplace lokal, dipakai, lalu aku jual karena bosan.
Cek highlight buat bukti pembelian.
"""),
("listing", "own_preloved", "1110", """
Kebaya modern + kain batik, bekas acara lamaran
Dijahit di Solo, bahan brokat Prancis (beli kain di toko kain Pasar Klewer)
Lingkar dada 88 cm
Harga 450rb, sudah laundry
"""),
# ---------------- complaint_report (9)
("post", "complaint_report", "0111", """
Mau cerita sekaligus ngingetin.
Minggu lalu aku beli 10 kaos bekas impor dari live TikTok, katanya "grade A".
Pas datang, 6 ada noda kuning, 2 bolong, baunya apek banget walaupun udah dicuci 3x.
Chat penjualnya sekarang diblok. Hati-hati ya semua.
"""),
("post", "complaint_report", "0111", """
Lapor admin grup 🙏
Ada anggota baru yang tiap hari posting jualan karung pakaian bekas Korea, padahal aturan grup udah jelas melarang.
Sudah saya screenshot, mohon ditindak.
Terima kasih.
"""),
("review", "complaint_report", "0111", """
★☆☆☆☆
Pesan 1 koli tas seken Korea, dijanjikan grade A.
Isinya setengah rusak, resleting macet, kulit mengelupas.
Seller cuma bilang "namanya juga barang bekas kak".
Rugi hampir 2 juta, tidak akan beli lagi.
"""),
("message", "complaint_report", "0111", """
Selamat siang Pak Lurah,
Kami warga RT 03 ingin melaporkan gudang di ujung gang yang tiap malam bongkar muat karung baju bekas dari Malaysia.
Truk parkir di badan jalan sampai jam 2 pagi dan sampah plastiknya dibuang sembarangan.
Mohon ditindaklanjuti. Hormat kami, warga.
"""),
("post", "complaint_report", "0110", """
Kulitku gatal-gatal dan muncul bentol merah habis pakai kemeja bekas yang kubeli di pasar.
Udah dicuci sekali pakai detergen biasa.
Kata dokter kemungkinan jamur.
Pelajaran: rendam air panas dulu, jangan langsung dipakai!
"""),
("post", "complaint_report", "0111", """
Penipuan berkedok jual lelong online!
Saya transfer 1,5 juta untuk setengah karung kemeja, katanya dikirim dari Pontianak.
Sudah 3 minggu resi tidak bisa dilacak, nomor penjual tidak aktif.
Nama rekening: A****** S*****. Tolong jangan sampai ada korban lagi.
"""),
("post", "complaint_report", "0111", """
Kenapa sih di Shopee masih banyak toko jual baju bekas impor terang-terangan?
Saya sudah report 5 toko, sampai sekarang masih jualan.
Katanya dilarang pemerintah, tapi kok dibiarkan?
"""),
("review", "complaint_report", "0111", """
Beli jaket di kios cimol yang katanya "sudah dicuci bersih".
Sampai rumah bau kapur barus campur apek, di saku ada pasir dan kertas tulisan Korea.
Harga 150rb, gak sebanding.
Next time mending beli baru aja.
"""),
("post", "complaint_report", "0011", """
Kecewa sama jastip Bangkok kemarin 😤
Kaos baru yang aku pesan ternyata beda warna dan ukurannya salah semua.
Pas komplain, jastipernya malah nyalahin toko di sana.
Uang fee gak dikembalikan sama sekali.
"""),
# ---------------- buyer_question (9)
("post", "buyer_question", "0111", """
Halo kakak-kakak, mau nanya dong 🙏
Aku rencana mulai jualan baju bekas impor online.
Lebih baik ambil bal Korea atau Jepang ya buat pemula?
Terus biasanya isi satu bal berapa potong yang bisa dijual?
Makasih sebelumnya.
"""),
("post", "buyer_question", "0111", """
Numpang tanya kawan-kawan Pontianak,
lelong yang bagus buat cari sepatu lari di mana ya?
Komplek UK atau Jalan Sutomo?
Hari apa biasanya barang baru datang?
"""),
("comment", "buyer_question", "0111", """
Kak, mau tanya sebelum checkout:
1. Ini jaketnya bekas impor atau preloved pribadi?
2. Sudah dicuci belum?
3. Ada cacat yang tidak kelihatan di foto?
Thanks kak.
"""),
("post", "buyer_question", "0111", """
Horas, mau nanya:
Masih adakah penjual burjer di onan Tarutung setelah ada razia?
Mamak saya mau cari jas ukuran besar untuk pesta adat.
Mauliate.
Boi do diboan tu Sipoholon molo adong.
"""),
("post", "buyer_question", "0111", """
Ada yang tau kenapa di Kupang disebut RB?
Terus pasar RB paling lengkap di mana ya? Oebobo atau Kuanino?
Beta baru pindah dari Jawa, mau cari jaket buat naik ke Soe.
"""),
("post", "buyer_question", "0111", """
Mau tanya buat yang pengalaman:
kalau beli karung pakaian seken secara grosir, biasanya ada jaminan isi?
Pernah dapat karung yang isinya mostly rusak gak?
Takut rugi soalnya modal pas-pasan.
"""),
("message", "buyer_question", "0010", """
Selamat sore kak,
kemeja flanel yang di katalog itu barang baru atau second?
Kalau baru, ada ukuran XXL?
Saya butuh 5 pcs untuk seragam komunitas.
Kalau bisa dikirim ke Bogor minggu ini.
"""),
("post", "buyer_question", "0111", """
Teman-teman Medan, mau nanya:
Pajak Melati atau Simalingkar yang lebih murah buat monza jaket?
Terus jam berapa paling pas datangnya?
Rencana ke sana hari Jumat.
"""),
("post", "buyer_question", "0111", """
Apakah membeli pakaian bekas impor untuk dipakai sendiri juga melanggar hukum?
Atau cuma penjual/importirnya yang kena?
Soalnya saya sering beli di Pasar Senen.
Mohon pencerahan yang paham aturan.
"""),
# ---------------- news_report (9)
("article", "news_report", "0111", """
NUNUKAN — Tim gabungan TNI dan Bea Cukai mengamankan 38 karung pakaian bekas asal Malaysia di sebuah jalan setapak di Kecamatan Sebatik Tengah, Selasa dini hari.
Karung-karung itu ditemukan tertutup terpal di tepi kebun sawit.
Petugas tidak menemukan pemiliknya di lokasi.
Barang bukti diserahkan ke kantor Bea Cukai untuk diproses lebih lanjut.
"""),
("article", "news_report", "0111", """
PONTIANAK — Pedagang lelong di kawasan Jeruju mengeluhkan pasokan yang makin sulit sejak pengawasan di perbatasan diperketat.
Seorang pedagang, sebut saja Rahmah (47), mengatakan stok kemeja dan sepatu kini datang dua minggu sekali.
"Harga ambil naik, pembeli maunya tetap murah," ujarnya.
Sebagian pedagang mulai menjual pakaian baru dari Jawa.
"""),
("article", "news_report", "0111", """
Pemerintah memusnahkan 612 bal pakaian bekas impor hasil penindakan di sejumlah gudang di Jawa Barat.
Pemusnahan dilakukan dengan cara dibakar di halaman kantor pemerintah setempat.
Nilai barang ditaksir mencapai belasan miliar rupiah.
Pejabat yang hadir menegaskan bahwa penindakan akan terus dilakukan terhadap importir.
"""),
("article", "news_report", "0111", """
MAKASSAR — Aktivitas "buka baru" di Pasar Terong terlihat lebih sepi dari biasanya pada Minggu pagi.
Pedagang mengaku ragu membuka karung baru setelah kabar razia pakaian bekas impor.
Beberapa lapak hanya menjual sisa stok lama.
Pembeli yang datang kebanyakan mahasiswa dan pegawai yang mencari pakaian kerja murah.
"""),
("article", "news_report", "0111", """
Polisi mengungkap penyelundupan pakaian bekas melalui jalur laut di pesisir timur Sumatera.
Sebuah kapal kayu berisi 210 karung ballpress dicegat di perairan dekat Bagansiapiapi.
Nakhoda dan dua anak buah kapal diamankan.
Menurut keterangan awal, barang berasal dari Malaysia dan akan dibawa ke Medan.
"""),
("article", "news_report", "0111", """
BANDUNG — Ratusan kios di Pasar Cimol Gedebage kembali buka setelah sempat ditutup sementara.
Pedagang diminta hanya menjual stok yang sudah ada dan tidak mendatangkan barang impor baru.
Pengelola pasar mendata jumlah stok tiap kios.
Sejumlah pedagang mengaku akan beralih ke produk konveksi lokal.
"""),
("article", "news_report", "0111", """
KUPANG — Penjual RB di Pasar Oebobo mengaku pendapatan turun drastis.
"Kadang pulang kosong," kata seorang pedagang perempuan.
Ia menyebut polisi sempat datang dan meminta pedagang menghabiskan barang yang ada tanpa membeli stok baru dari luar negeri.
Pakaian yang dijual antara lain kemeja, blus, dan celana jeans.
"""),
("article", "news_report", "0111", """
Direktorat Jenderal Bea dan Cukai mencatat penindakan pakaian bekas meningkat dibanding tahun sebelumnya.
Titik rawan meliputi pesisir timur Sumatera, Kepulauan Riau, serta perbatasan darat di Kalimantan Barat.
Modus yang sering ditemukan adalah menyelipkan pakaian bekas di antara barang lain yang tidak dilarang.
Barang hasil tegahan umumnya dimusnahkan.
"""),
("article", "news_report", "0111", """
MEDAN — Pedagang monza di Pajak Melati menggelar pertemuan dengan pemerintah kota terkait larangan impor pakaian bekas.
Mereka meminta masa transisi agar dapat menghabiskan stok.
Pemerintah kota berjanji memfasilitasi pelatihan bagi pedagang yang ingin beralih usaha.
Pertemuan berlangsung hingga sore hari.
"""),
# ---------------- official_statement (9)
("article", "official_statement", "0111", """
SIARAN PERS
Kementerian Perdagangan menegaskan kembali bahwa pakaian bekas termasuk barang yang dilarang diimpor berdasarkan Permendag Nomor 18 Tahun 2021 sebagaimana diubah dengan Permendag Nomor 40 Tahun 2022.
Importir yang melanggar dapat dikenai sanksi administratif maupun pidana sesuai UU Perdagangan.
Masyarakat diimbau melaporkan peredaran pakaian bekas impor melalui kanal pengaduan resmi.
"""),
("article", "official_statement", "0111", """
Pengumuman Kantor Bea Cukai:
Sehubungan dengan meningkatnya upaya pemasukan pakaian bekas melalui pelabuhan tidak resmi, petugas akan meningkatkan patroli laut di wilayah pengawasan.
Setiap barang bawaan penumpang berupa pakaian bekas dalam jumlah tidak wajar akan ditegah.
Terima kasih atas kerja samanya.
"""),
("article", "official_statement", "0111", """
Dalam konferensi pers, Kapolda menyampaikan bahwa jajarannya telah diperintahkan memperketat pengawasan di pos lintas batas.
"Kami tidak akan mentoleransi penyelundupan pakaian bekas," ujarnya.
Ia juga meminta kepala desa di wilayah perbatasan aktif melapor bila melihat aktivitas bongkar muat karung di jalur tidak resmi.
"""),
("article", "official_statement", "0111", """
Surat Edaran Dinas Perdagangan Kota
Kepada seluruh pedagang pakaian bekas di pasar tradisional:
1. Pedagang diberi kesempatan menghabiskan stok yang ada.
2. Dilarang membeli atau menerima pasokan pakaian bekas dari luar negeri.
3. Pemerintah kota menyediakan program pendampingan beralih ke produk lokal.
Demikian untuk dipatuhi.
"""),
("article", "official_statement", "0111", """
Menteri Koperasi dan UKM menyatakan impor pakaian bekas ilegal telah menekan produsen tekstil dan konveksi kecil.
Ia meminta platform digital menurunkan iklan yang menawarkan pakaian bekas impor.
Kementerian juga menyiapkan program kemitraan agar pedagang eks pakaian bekas dapat menjual produk UMKM.
"""),
("article", "official_statement", "0111", """
Kepala Kantor Bea Cukai menegaskan bahwa ballpress hasil penindakan tidak pernah dijual kembali.
"Semua barang dimusnahkan, disobek, dibakar, dan dicampur oli sehingga tidak bisa dipakai lagi," katanya.
Pemusnahan disaksikan unsur pemerintah daerah, aparat penegak hukum, dan wartawan.
"""),
("article", "official_statement", "0111", """
Bupati mengeluarkan imbauan kepada warga di kecamatan perbatasan.
Warga diminta tidak menerima titipan karung berisi pakaian bekas dari seberang dengan imbalan apa pun.
"Yang dititipi juga bisa ikut diproses hukum," tegasnya.
Imbauan ini disampaikan melalui camat dan kepala desa.
"""),
("article", "official_statement", "0111", """
Kementerian Kesehatan merilis hasil uji laboratorium terhadap sampel pakaian bekas impor yang diambil dari beberapa pasar.
Ditemukan jamur dan bakteri yang berpotensi menimbulkan iritasi kulit.
Masyarakat yang terlanjur membeli diimbau mencuci dengan air panas dan detergen sebelum dipakai.
"""),
("article", "official_statement", "0111", """
Gubernur menyampaikan bahwa perdagangan lelong telah lama menjadi mata pencaharian warga.
Namun pemasukan pakaian bekas dari Malaysia tetap melanggar aturan pusat.
Pemprov akan berkoordinasi dengan kementerian untuk mencari solusi bagi pedagang kecil, termasuk pelatihan dan akses modal.
"""),
# ---------------- opinion (9)
("post", "opinion", "0111", """
Unpopular opinion: thrifting impor itu bukan gaya hidup ramah lingkungan.
Negara maju buang sampah tekstilnya ke kita, kita bayar pula.
Yang ramah lingkungan itu pakai baju yang udah ada selama mungkin.
Silakan debat di kolom komentar 🙂
"""),
("post", "opinion", "0111", """
Saya orang Pontianak, dari kecil pakai lelong.
Bukan karena gaya, tapi karena harga baju baru di toko memang mahal buat keluarga kami.
Kalau mau dilarang, tolong sediakan pakaian lokal yang terjangkau dulu.
Jangan cuma razia pedagang kecil.
"""),
("article", "opinion", "0111", """
KOLOM — Larangan impor pakaian bekas sudah ada sejak lama, tetapi penegakannya naik-turun.
Setiap kali viral, razia digelar; setelah sepi, pasar kembali ramai.
Tanpa pengawasan konsisten di pelabuhan dan perbatasan, larangan hanya menjadi seremoni.
Pemerintah juga perlu membedah mengapa konsumen memilih barang bekas ketimbang produk lokal.
"""),
("comment", "opinion", "0111", """
Ambo raso, pedagang monza tu indak salah sapanuahnyo.
Nan salah tu nan mamasuakan barang dari lua, nan punyo gudang gadang.
Kok nak dibarantian, barantian di pelabuhan, jan di pasa.
"""),
("post", "opinion", "0111", """
Jujur aku sedih liat brand lokal pada tutup.
Kaos lokal 120rb dibanding kaos bekas impor 20rb, jelas orang pilih yang murah.
Tapi kalau kita terus beli yang dari karung, industri kita gak akan pernah tumbuh.
Mulai sekarang aku coba beli lokal, walaupun cuma 1-2 potong setahun.
"""),
("post", "opinion", "0111", """
Burjer itu bagian dari sejarah kita orang Batak.
Dulu pakaian bekas dari Jerman datang lewat gereja untuk orang miskin.
Sekarang jadi dagangan besar dan dilarang pemerintah.
Menurutku perlu ada jalan tengah, jangan langsung hapus mata pencaharian orang kampung.
"""),
("post", "opinion", "0110", """
Buat yang bilang "gak thrifting = gak peduli lingkungan":
Kamu bisa beli preloved lokal, tukeran sama teman, atau jahit ulang baju lama.
Gak harus ngubek karung dari luar negeri.
Sustainable itu soal kebiasaan, bukan soal tren.
"""),
("comment", "opinion", "0111", """
Kalau beta pikir, RB itu tolong orang kecil di NTT.
Gaji pas-pasan, anak banyak, mau beli baju baru di toko sonde cukup.
Pemerintah omong larang, tapi solusi apa par katong?
"""),
("post", "opinion", "0111", """
Nggak ngerti kenapa live bongkar bal masih rame aja di TikTok.
Udah jelas ilegal, tapi yang nonton ribuan, yang beli juga banyak.
Kita sebagai konsumen juga ikut andil lho.
Stop normalisasi belanja barang selundupan.
"""),
]
