# long-form, batch 3 (legal hard negatives: reports, news, opinion, guidelines, jokes)
DATA = [
("post", "hn_report", "0111", """@Kemendag @bea_cukai_ri mohon perhatiannya 🙏
Di Pasar ___ (nggak usah disebut ya) tiap Selasa pagi ada mobil boks nurunin puluhan goni pakaian bekas.
Labelnya tulisan Jepang sama Korea, pedagang bilang "barang baru turun dari Batam".
Bukannya ini udah dilarang sejak Permendag 18/2021?
Saya ada foto & video, siap kirim kalau dibutuhkan."""),
("post", "hn_report", "0111", """Laporan ke tim @tiktok_id:
Akun @xxx tiap malam live jualan "seken Korea per karung", bahkan bongkar karungnya di depan kamera.
Sudah saya report lewat fitur lapor 5 kali, alasannya "barang terlarang", tapi jawabannya selalu "tidak melanggar pedoman".
Tolong dicek ulang, ini jelas impor pakaian bekas."""),
("article", "hn_news", "0111", """Petugas Bea dan Cukai menggagalkan penyelundupan 450 koli pakaian bekas dari Malaysia di perairan Tanjungbalai, Asahan.
Barang tersebut diangkut menggunakan kapal kayu tanpa dokumen kepabeanan.
Menurut keterangan petugas, muatan rencananya akan didistribusikan ke sejumlah pasar di Medan dan Pekanbaru.
Nakhoda dan dua anak buah kapal kini menjalani pemeriksaan.
Seluruh barang bukti akan dimusnahkan setelah ada putusan."""),
("article", "hn_news", "0111", """Pedagang pakaian bekas di Pasar Senen, Jakarta Pusat, mengeluhkan harga bal yang terus naik.
Seorang pedagang menyebut harga satu bal pakaian asal Jepang yang dulu Rp5 juta kini bisa mencapai Rp7 juta.
Kenaikan terjadi karena pasokan dari pelabuhan tersendat setelah pengetatan pengawasan.
Meski begitu, pedagang tidak berani menaikkan harga eceran karena khawatir pembeli beralih."""),
("post", "hn_opinion_oped", "0111", """Opini singkat soal thrifting 🧵
1. Suka atau tidak, pakaian bekas impor itu ilegal sejak lama, bukan aturan baru.
2. Yang diuntungkan paling besar bukan pedagang kecil di Senen, tapi importir besar yang main di pelabuhan.
3. Konveksi lokal di Bandung dan Solo yang kena imbas langsung.
4. Solusinya bukan cuma razia, tapi bikin produk lokal murah yang bisa bersaing.
Setuju gak?"""),
("article", "hn_official_guideline", "0111", """Pedoman Moderasi Produk Terlarang – Pakaian Bekas Impor
Produk berikut tidak boleh ditayangkan:
• pakaian, sepatu, dan tas bekas yang berasal dari luar negeri
• listing yang memakai istilah: bal, balpres, karungan, goni, koli, "ex Jepang", "ex Korea", monza, lelong, cakar, awul-awul
• penjualan per karung/per ton pakaian bekas
Yang masih diperbolehkan: preloved pribadi dari pembelian dalam negeri, pakaian baru bergaya vintage."""),
("post", "hn_group_rules", "0111", """📌 PERATURAN GRUP JUAL BELI PRELOVED BANDUNG (mohon dibaca)
1. Hanya untuk barang preloved pribadi.
2. DILARANG posting jualan bal / karungan / sortiran luar negeri. Langsung kick.
3. Dilarang pakai kata "ex Japan", "import second" dsb untuk mengakali admin.
4. Sertakan harga dan lokasi.
Terima kasih, admin."""),
("post", "hn_joke_thread", "0111", """Jenis-jenis orang kalau lagi di lapak baju bekas Gedebage 🧵😂
1. Yang bongkar tumpukan kayak nyari harta karun
2. Yang nemu jaket bagus terus pura-pura gak tertarik biar bisa nawar
3. Yang cuma nganter pacar tapi pulang bawa 5 kemeja Jepang
4. Yang tiap nemu label Korea langsung teriak "ORI NIH"
Kalian yang nomor berapa?"""),
("post", "hn_joke_meme", "0111", """Aku: gamau beli baju lagi bulan ini 🙅‍♀️
Aku setelah lewat Pajak Melati:
*pulang bawa 3 kantong kresek isi monza*
Dompet: 💀
Mamak: "itu baju bekas orang Jepang dibawa-bawa pulang, cuci dulu!" """),
("post", "hn_tutorial", "0111", """Cara aman nyuci baju bekas impor sebelum dipakai 🧼
1. Rendam air panas minimal 30 menit (cek label dulu kalau wol)
2. Tambah cuka atau disinfektan pakaian
3. Cuci terpisah dari baju lain
4. Jemur di bawah matahari langsung
5. Setrika suhu tinggi biar kuman dan tungau mati
Baju dari karung itu kita gak tau riwayatnya, jadi jangan malas ya."""),
("post", "hn_buyer_question_forum", "0111", """[TANYA] Bedanya grade di dunia bal pakaian itu apa sih?
Sering baca ada grade A, B, cream, super, tapi gak ngerti.
Saya bukan mau jualan, cuma penasaran karena ada tetangga yang usaha lapak seken impor.
Katanya grade cream itu paling bagus ya? Mohon pencerahan suhu 🙏"""),
("review", "hn_review_no_seller", "0111", """⭐⭐⭐ (3/5) – review jaket seken Jepang yang aku dapet
Bahan wolnya tebel dan hangat, cocok buat naik gunung.
Tapi ada bau lemari yang susah ilang, udah dicuci 3x.
Kancingnya ada yang copot satu.
Worth it buat harganya, tapi harus telaten ngerawatnya."""),
("post", "hn_scam_warning", "0111", """⚠️ WASPADA PENIPUAN ⚠️
Ada akun FB yang ngaku "supplier tangan pertama pakaian second Korea, gudang di Batam".
Minta DP 50% buat 1 karung, setelah transfer nomor kita diblokir.
Foto gudang yang mereka pakai ternyata diambil dari berita penggerebekan Bea Cukai 😑
Korban udah belasan orang di grup ini. Tolong share biar gak nambah korban."""),
("message", "hn_complaint", "0111", """Kak, aku mau komplain ya.
Beli 1 koli isi kemeja ex Jepang dari live kalian, katanya grade A.
Pas dibuka, 40% noda, sobek, bahkan ada yang basah dan jamuran.
Udah chat dari 3 hari lalu gak dibales.
Kalau gini aku bakal laporin ke polisi dan ke platform."""),
("post", "hn_news_retweet", "0111", """"Ratusan karung pakaian bekas asal Singapura dimusnahkan di Batam" 
Tiap tahun beritanya sama, tiap tahun lapaknya tetep rame.
Yang dibakar mungkin cuma sebagian kecil dari yang lolos.
Kalau hulunya gak diberesin, ya gini-gini aja."""),
("post", "hn_opinion", "0111", """Gue orang Pontianak dan jujur lelong itu udah kayak bagian dari hidup.
Dari SD baju sekolah, jaket, sepatu, semuanya dari lapak lelong Pasar Dahlia.
Tapi sekarang gue paham kenapa dilarang: barangnya masuk ilegal lewat Entikong, gak bayar pajak, dan bikin pedagang baju baru gulung tikar.
Dilema sih, tapi aturan ya aturan."""),
("article", "hn_official_statement", "0111", """Kementerian Perdagangan kembali menegaskan bahwa pakaian bekas termasuk barang yang dilarang impor sesuai Permendag Nomor 18 Tahun 2021 jo. Permendag Nomor 40 Tahun 2022.
Masyarakat diminta tidak memperjualbelikan pakaian bekas asal luar negeri, baik secara langsung maupun melalui platform digital.
Kegiatan thrifting produk lokal tidak termasuk dalam larangan tersebut."""),
("post", "hn_sarcasm", "0111", """Seller: "ini bukan barang bekas impor kak, ini VINTAGE CURATED" 
Barangnya: kemeja Jepang bau karung, label laundry kanji, masih ada sisa tisu di kantong 🙂
Ganti nama doang, isinya sama.
Kalian kira algoritma gak bisa baca?"""),
("post", "hn_history", "0111", """Sedikit sejarah monza buat yang bukan orang Medan 🧵
Kata "monza" awalnya dari Mongonsidi Plaza, tempat jualan pakaian seken dari luar negeri.
Lama-lama kata itu dipakai buat semua barang bekas impor, bahkan "sepatu monza" artinya sepatu bekas.
Barangnya dulu masuk lewat Belawan dan Tanjungbalai.
Sekarang istilahnya masih hidup walau perdagangannya dilarang."""),
("post", "hn_job_vacancy", "0111", """LOWONGAN KERJA 📢
Dicari 3 orang tenaga sortir dan lipat pakaian di gudang bal area Gedebage.
Syarat: pria/wanita, usia 18-35, kuat berdiri lama, tidak alergi debu.
Gaji harian + makan siang.
Datang langsung hari Senin jam 8 pagi bawa fotokopi KTP."""),
("post", "hn_buyer_question", "0111", """Mau nanya buat yang orang Makassar 🙏
Pasar cakar yang masih buka dan rame di mana ya sekarang?
Katanya Pasar Toddopuli udah sepi karena razia.
Aku cuma mau cari jaket buat dipakai sendiri ke Malino, bukan buat jualan."""),
("post", "hn_research", "0111", """Lagi nyusun penelitian tentang perilaku konsumen baju seken impor di Jawa Barat 📚
Butuh responden usia 17-30 yang pernah belanja di Gedebage, Cimol, atau Kebon Kalapa.
Kuesioner cuma 10 menit, link di bio.
Data dijamin anonim. Makasih banyak yang udah bantu 🙏"""),
("comment", "hn_opinion", "0111", """Gue gak setuju kalau pedagang kecil di Senen yang disalahin terus.
Mereka cuma beli bal dari pemasok, gak ngerti urusan impor.
Yang harus dikejar tuh yang masukin kontainer ke pelabuhan.
Tapi ya tetep, beli baju bekas luar negeri itu memang melanggar, kita sebagai pembeli juga harus sadar."""),
("post", "hn_joke_meme", "0111", """Plot twist hidup gue:
Jaket "vintage Jepang" yang gue beli 150rb di lapak ternyata ada nama pemilik aslinya dijahit di dalem: "Tanaka Hiroshi, kelas 3-B" 😭
Sekarang gue merasa kayak maling seragam anak SMA Jepang.
Maaf ya Tanaka-kun, jaketmu aman di Bekasi 🙏"""),
("post", "hn_complaint", "0111", """Review jujur belanja di pasar awul-awul kemarin:
Panas, sumpek, dan barangnya banyak yang rusak.
Dapet 1 kemeja Jepang bagus, tapi pas di rumah ketauan ada lubang rokok.
Gak bakal ke sana lagi sih, mending nabung beli baru."""),
("article", "hn_news", "0111", """Aparat gabungan di Kalimantan Barat mengamankan sebuah truk bermuatan 120 karung pakaian bekas di jalur perbatasan Entikong.
Sopir mengaku hanya disuruh mengantar barang ke Pontianak dan tidak mengetahui pemiliknya.
Pakaian bekas itu diduga berasal dari Malaysia dan akan dijual di pasar lelong.
Kasus ini masih dalam pengembangan."""),
("post", "hn_tutorial", "0111", """Tips buat yang suka berburu jaket kulit seken dari luar 🧥
- Cek bagian ketiak dan kerah, biasanya paling cepat rusak
- Kulit asli baunya khas, sintetis bau plastik
- Pastikan resleting masih lancar
- Minta diskon kalau ada noda, biasanya penjual mau
Ingat, ini tips buat pembeli ya, bukan promosi lapak mana pun."""),
("post", "hn_official_guideline", "0111", """Kamus istilah yang sering dipakai penjual pakaian bekas impor (untuk relawan pemantau konten):
• bal / balpres / ballpress = bungkusan pakaian bekas yang dipres
• goni, karung, koli = satuan kemasan
• monza/monja (Medan), lelong (Kalbar), cakar (Makassar), awul-awul (Jawa)
• "ex Japan", "2nd import", "sortiran grade A"
Laporkan konten yang menawarkan barang tersebut."""),
]
