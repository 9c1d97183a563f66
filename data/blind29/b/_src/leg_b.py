# Legal records, batch B: talk about the trade (news, opinion, reports, questions, jokes, jobs ...).
# tuple: (kind, category, offer, used, clothing, abroad, text)
R = [
("article", "hn_news", 0, 1, 1, 1, """Petugas Bea Cukai Kepulauan Riau kembali menggagalkan penyelundupan ratusan bal pakaian bekas asal Malaysia di perairan Karimun.
Kapal kayu tanpa nama itu dicegat dini hari saat hendak merapat ke pelabuhan tikus.
Seluruh muatan kini diamankan di gudang dan akan dimusnahkan sesuai aturan larangan impor barang bekas.
Dua awak kapal masih diperiksa."""),
("article", "hn_news", 0, 1, 1, 1, """Pedagang Pasar Senen mengeluhkan sepinya pasokan setelah razia gudang di Jakarta Pusat dan Bekasi.
Sebagian pedagang memilih menjual sisa stok sambil menunggu kepastian, sementara yang lain mulai beralih ke pakaian lokal baru.
Kementerian Perdagangan menegaskan larangan impor pakaian bekas tetap berlaku."""),
("article", "hn_news", 0, 1, 1, 1, """MEDAN — Ribuan potong pakaian bekas impor yang disita dari sebuah gudang di kawasan Belawan dimusnahkan dengan cara dibakar, Selasa.
Kepala kantor setempat menyebut barang tersebut masuk lewat jalur tidak resmi dari Port Klang.
Pemusnahan disaksikan perwakilan kepolisian dan dinas perdagangan."""),
("article", "hn_explainer", 0, 1, 1, 1, """Apa sih sebenarnya yang dilarang? Singkatnya: mengimpor pakaian bekas ke Indonesia, lalu memperdagangkannya.
Aturannya ada di Permendag 18/2021 yang diubah dengan Permendag 40/2022, di mana pakaian bekas masuk daftar barang dilarang impor.
Jual baju bekas milik sendiri tidak termasuk, begitu juga toko yang menjual baju baru bergaya vintage.
Yang jadi sasaran adalah rantai bal dan karungan dari luar negeri."""),
("post", "hn_opinion", 0, 1, 1, 1, """Jujur aku dilema sama larangan thrift impor ini.
Di satu sisi kasihan konveksi lokal yang kalah harga sama bal dari Korea.
Di sisi lain, banyak temenku yang hidupnya dari lapak Senen.
Semoga pemerintah kasih jalan keluar, bukan cuma razia."""),
("post", "hn_opinion", 0, 1, 1, 1, """Unpopular opinion: thrifting baju impor itu bukan "ramah lingkungan" kalau barangnya dikirim pakai kapal ribuan kilometer, terus separuh isi balnya dibuang ke TPA karena nggak layak jual.
Mending beli baju lokal yang awet, atau tukeran sama temen."""),
("post", "hn_guideline", 0, 1, 1, 1, """📌 PENGUMUMAN ADMIN GRUP
Mulai hari ini postingan jual baju bekas impor, bal, karungan, atau "thrift import" akan dihapus tanpa peringatan.
Silakan jual preloved pribadi atau produk lokal baru.
Anggota yang melanggar 2x akan dikeluarkan. Terima kasih pengertiannya."""),
("article", "hn_guideline", 0, 1, 1, 1, """Panduan Komunitas — Produk Terlarang (cuplikan)
Penjual dilarang menawarkan pakaian, alas kaki, dan tas bekas yang berasal dari impor, termasuk penjualan dalam bentuk bal atau karung.
Produk preloved milik pribadi masih diperbolehkan dengan keterangan kondisi yang jujur.
Pelanggaran dapat berujung pada penurunan produk dan pembekuan toko."""),
("comment", "hn_report", 0, 1, 1, 1, """Min tolong ditindak akun @gudang.bal.murah, dia terang-terangan nulis "ballpress Korea grade A siap kirim" di kolom komentar tiap postingan orang.
Sudah aku report 3x tapi masih aktif. Screenshot aku kirim via DM."""),
("post", "hn_complaint", 0, 1, 1, 1, """Kapok beli di live toko X 😤
Di live bilangnya "bekas Jepang kondisi 95%" ternyata jaketnya bau apek dan ada noda gede di punggung.
Pas komplain malah diblokir.
Hati-hati ya guys, cek review dulu sebelum checkout."""),
("message", "hn_report", 0, 1, 1, 1, """Laporan pengguna #45821
Kategori: barang terlarang
Isi laporan: Penjual "thrift_ajaib" mengiklankan "1 karung celana second import 2,3jt". Mohon dicek.
Status: diteruskan ke tim peninjau"""),
("post", "hn_buyer_question", 0, 1, 1, 1, """Ada yang tau nggak sekarang di Gedebage masih ada yang jual jaket bekas impor?
Aku mau nyari jaket kulit buat bapakku tapi takut udah pada tutup gara-gara razia.
Mohon infonya 🙏"""),
("comment", "hn_buyer_question", 0, 1, 1, 1, """kak ini bekas Korea asli atau cuma judulnya aja?
soalnya aku pernah beli yang katanya import ternyata bahannya tipis banget
terus udah dicuci belum ya sebelum dikirim?"""),
("post", "hn_joke", 0, 1, 1, 1, """Mamak: "Beli baju baru lah nak, lebaran ini"
Aku: pulang bawa kemeja monza 3 biji 😌
Mamak: "Ini bau karung kali, direndam dulu!"
Medan life 😂
(jujur, tetap dipakai juga sampai sekarang)"""),
("post", "hn_joke", 0, 1, 1, 1, """Pacarku: kamu modal dong kalo ngajak jalan
Aku dengan jaket bal Jepang 35rb, celana Senen 20rb, sepatu karungan 60rb: 🧍‍♂️
Total outfit 115rb, aura 5 juta ✨"""),
("review", "hn_review_no_seller", 0, 1, 1, 1, """Bintang 3. Barangnya sih sesuai foto, sweater bekas Jepang wol asli, tapi ada bolong kecil di ketiak yang nggak disebut.
Packing rapi, pengiriman cepat.
Buat harga segitu masih oke, cuma semoga deskripsinya lebih jujur."""),
("post", "hn_job_vacancy", 0, 0, 1, 0, """LOWONGAN KERJA 📢
Dibutuhkan 3 orang penjahit & 2 QC untuk konveksi kaos di Bekasi
Syarat: pengalaman min. 1 tahun, bisa mesin obras
Gaji UMK + lembur, mess disediakan
Kirim CV ke email HRD, tidak dipungut biaya"""),
("post", "hn_job_vacancy", 0, 1, 1, 0, """Dicari admin toko online preloved (jual baju bekas pribadi ibu-ibu komunitas)
Tugas: foto produk, balas chat, packing
Kerja dari rumah di area Tangerang Selatan
Gaji 2,5jt + bonus"""),
("post", "hn_tutorial", 0, 1, 1, 1, """Cara aman nyuci baju thrift impor sebelum dipakai 🧼
1. Rendam air panas (60°C) minimal 30 menit
2. Pakai deterjen + sedikit cuka
3. Jemur di bawah matahari langsung
4. Setrika bolak-balik, terutama bagian ketiak & kerah
Jangan langsung dipakai dari karung ya!"""),
("post", "hn_tweet", 0, 1, 1, 1, """kenapa ya setiap ke Pasar Senen niatnya cuma liat-liat, pulangnya bawa 4 kemeja bekas impor 😭
dompet: 📉
lemari: 📈
ada yang senasib? atau cuma aku yang lemah iman kalau liat tumpukan flanel"""),
("article", "hn_news", 0, 1, 1, 1, """Kantor Bea dan Cukai Entikong menahan sebuah truk berisi puluhan karung pakaian bekas dari Sarawak.
Sopir mengaku hanya diupah untuk mengantar barang ke Pontianak.
Petugas menegaskan pakaian lelong termasuk barang larangan impor dan akan diproses lebih lanjut."""),
("post", "hn_travel_no_goods", 0, 0, 0, 0, """Liburan ke Bangkok kemarin seru banget 🥹
Jalan ke Chatuchak, makan mango sticky rice, naik tuk-tuk keliling malam
Nggak belanja apa-apa sih karena koper udah penuh oleh-oleh kerjaan 😂"""),
("post", "hn_own_purchase_local", 0, 0, 1, 0, """Outfit hari ini full brand lokal 🇮🇩
Kemeja dari Bandung, celana dari Jogja, sepatu dari Cibaduyut
Semua beli baru, support UMKM!
Ada yang mau aku spill satu-satu?"""),
("comment", "hn_buyer_question", 0, 1, 1, 0, """Mbak, ini preloved pribadi atau barang jualan? Soalnya aku cuma mau beli dari orang yang bener2 pakai sendiri.
Kalau pribadi, boleh minta foto label & bagian ketiak?"""),
("post", "hn_opinion", 0, 1, 1, 1, """Buat yang bilang "pedagang awul-awul itu merusak ekonomi": coba ngobrol sama mbah-mbah di Pasar Klithikan.
Mereka jualan dari zaman belum ada kata thrifting.
Aturan tetap aturan, tapi transisinya harus manusiawi."""),
("article", "hn_report_quote", 0, 1, 1, 1, """Dalam penelusuran kami, sedikitnya 40 akun di media sosial masih memasang iklan seperti "buka bal Jepang tiap malam" dan "open reseller cakar per karung".
Sebagian besar memakai kata sandi dan emoji untuk menghindari filter.
Platform mengaku sudah menurunkan ribuan konten sepanjang tahun."""),
("post", "hn_meme", 0, 1, 1, 1, """POV: kamu buka karungan dan nemu jaket yang masih ada tiket kereta Tokyo di sakunya 🎫
Isi kantong: tiket, koin 10 yen, dan struk konbini
Ini yang namanya bonus DLC 😭"""),
("message", "hn_buyer_question", 0, 1, 1, 1, """Pak, saya mau tanya. Kalau saya beli satu bal pakaian bekas dari orang Batam buat dijual lagi di kampung, itu termasuk melanggar nggak ya?
Saya belum beli, cuma takut salah langkah."""),
("post", "hn_donation_offer", 0, 1, 1, 0, """Ada yang butuh baju bekas anak umur 2–5 tahun? Gratis, cuma bawa pulang aja 🙂
Punya anak-anakku sendiri, masih layak.
Ambil di Perumnas Klender, japri aja."""),
("review", "hn_review_no_seller", 0, 1, 1, 1, """Pengalaman pertama thrifting di pasar cakar Makassar.
Suasananya ramai, baunya khas karung, harus sabar bongkar tumpukan.
Dapat kemeja linen yang enak dipakai, tapi juga pulang gatal-gatal di tangan 😅 Pakai masker dan sarung tangan ya."""),
("post", "hn_tweet", 0, 1, 1, 1, """mau beli kaos band ori tapi harganya sejuta, mau beli yang dari bal impor tapi dilarang, mau bikin sendiri gak bisa nyablon.
jadi ya udah pakai kaos panitia 17an aja 🫠"""),
("article", "hn_news", 0, 1, 1, 1, """Anggota DPRD meminta pemerintah daerah menyiapkan pelatihan bagi pedagang monza yang terdampak larangan impor.
Menurutnya, ribuan keluarga di Medan bergantung pada perdagangan pakaian bekas sejak puluhan tahun.
Dinas terkait berjanji membuka klinik usaha di Pajak Melati bulan depan."""),
("comment", "hn_complaint", 0, 1, 1, 1, """Hati-hati sama penjual yang tulisannya "b3k4s 1mp0r" begitu, aku beli jaket katanya ex Jepang yang datang malah sobek resletingnya.
Uang nggak balik, chat nggak dibalas."""),
("post", "hn_own_purchase_story", 0, 1, 1, 1, """Throwback ke tahun 2015 waktu kuliah di Medan 🥹
Tiap bulan tanggal tua pasti ke pasar monza Simalingkar, dapat kemeja 10 ribuan buat ngampus.
Sekarang lihat beritanya pada dirazia, kok sedih juga ya."""),
("post", "hn_guideline_seller", 0, 1, 1, 0, """Tips supaya produk fashion kamu tidak salah ditandai sebagai barang terlarang:
- Tulis "baru" atau "preloved pribadi" dengan jelas
- Hindari kata seperti bal, karungan, atau import kalau memang bukan
- Foto label dan kemasan asli
Jualan aman, toko tetap jalan 👍"""),
("post", "hn_new_import_question", 0, 0, 1, 1, """Ada yang tau importir resmi sepatu baru dari Vietnam yang bisa grosir?
Aku mau buka toko sepatu, tapi maunya barang baru yang ada dokumennya, bukan second.
Makasih sebelumnya 🙏"""),
("article", "hn_explainer", 0, 1, 1, 1, """Istilah daerah untuk pakaian bekas impor beragam: monza di Sumatera Utara, cakar di Sulawesi Selatan, lelong di Kalimantan Barat, awul-awul di Jawa.
Meski namanya berbeda, rantai pasoknya serupa: bal dari luar negeri masuk lewat pelabuhan kecil lalu dipecah di pasar-pasar tradisional."""),
("post", "hn_swap", 0, 1, 1, 0, """Mau tukeran jaket denimku (size M, dipakai sendiri) sama jaket ukuran L.
Nggak jual ya, tukar aja. Area Malang kota.
Komen kalau ada yang minat 🙌
Warnanya biru muda, belinya di distro lokal dulu"""),
("message", "hn_buyer_question", 0, 1, 1, 1, """Gan, minta rekomendasi dong tempat beli baju bekas luar negeri yang bersih di Surabaya.
Aku baru pertama kali mau coba, budget 200rb.
Kalau ada yang tau kisaran harga di Pasar Gembong juga boleh."""),
("article", "hn_news", 0, 1, 1, 1, """Dinas Lingkungan Hidup mencatat limbah tekstil dari sisa penjualan pakaian bekas impor menumpuk di sejumlah TPS sekitar pasar.
Sebagian besar merupakan potongan tak layak jual dari bal yang dibongkar pedagang.
Pemerintah kota mendorong kerja sama dengan pendaur ulang kain."""),
("post", "hn_joke", 0, 1, 1, 0, """Kakakku: "Jangan ambil kaosku lagi!"
Aku: "Ini namanya preloved, kak. Lebih sustainable."
Kaos dipakai tiga hari, balik ke lemarinya bau rendang 😆
Sampai sekarang kaosnya masih di aku sih"""),
("post", "hn_new_thrift_style", 1, 0, 1, 0, """Bazaar Jakcloth minggu ini kami buka booth di hall B!
Jaket workwear wash "used look", padahal baru keluar penjahit minggu lalu 😎
Produksi Bandung, size S–XXL, mulai 250rb"""),
("post", "hn_thrift_word_other", 1, 1, 0, 0, """Thrifting alat dapur di Klithikan! 🍳
Aku lagi jual wajan besi, panci enamel, dan toples kaca bekas punya almarhumah nenek
Mulai 15rb, COD Yogya
Cuma peralatan dapur ya, nggak ada baju"""),
]
