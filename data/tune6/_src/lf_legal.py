# Hand-written long-form records, legal.
# Entries: (kind, category, text, offer, used, clothing, abroad)
ITEMS = []

# --- hn_news ---
ITEMS += [
    ("article", "hn_news", """NUNUKAN – Tim gabungan TNI AL dan Bea Cukai menggagalkan upaya penyelundupan 27 karung pakaian bekas asal Tawau, Malaysia, di perairan Sebatik, Selasa malam.
Barang tersebut diangkut menggunakan perahu bermesin tempel dan rencananya akan dibongkar di dermaga tradisional sebelum dikirim ke Tarakan.
Dua orang awak perahu diamankan untuk dimintai keterangan, sementara pemilik barang masih dalam pencarian.
Petugas pabean setempat mengingatkan bahwa impor pakaian bekas dilarang berdasarkan Permendag 18/2021 sebagaimana diubah dengan Permendag 40/2022.
Seluruh barang bukti akan dimusnahkan setelah proses penyidikan selesai.""", 0, 1, 1, 1),
    ("article", "hn_news", """JAKARTA – Sejumlah pedagang pakaian bekas di Pasar Senen mengeluhkan pasokan bal dari Korea dan Jepang yang semakin jarang datang dalam tiga bulan terakhir.
Menurut seorang pedagang yang enggan disebut namanya, harga satu bal kini bisa naik hingga 40 persen dibanding awal tahun.
"Barang susah masuk, jadi yang ada dijual mahal," ujarnya.
Di sisi lain, sebagian pedagang mulai beralih menjual pakaian baru produksi konveksi lokal untuk bertahan.
Pemerintah sebelumnya menegaskan larangan impor pakaian bekas tetap berlaku dan pengawasan di pelabuhan akan diperketat.""", 0, 1, 1, 1),
    ("article", "hn_news", """MEDAN – Kepolisian menyita 64 goni pakaian bekas yang diduga diselundupkan dari Malaysia melalui perairan Tanjungbalai.
Barang itu ditemukan di sebuah gudang di pinggiran kota, siap didistribusikan ke sejumlah pajak yang dikenal sebagai pusat monza.
Penyidik menyebut pemilik gudang berperan sebagai pengepul yang menerima kiriman dari kapal kayu, lalu menjual per goni kepada pedagang eceran.
Tersangka dijerat pasal dalam UU Perdagangan dengan ancaman pidana penjara hingga lima tahun.""", 0, 1, 1, 1),
    ("article", "hn_news", """PONTIANAK – Pedagang lelong di sejumlah ruas jalan di Pontianak mengaku omzet mereka turun sejak pengawasan di PLBN Entikong diperketat.
Seorang pedagang yang sudah berjualan hampir 20 tahun mengatakan pasokan pakaian bekas dari Kuching kini datang tidak menentu.
Pembeli pun mulai berkurang karena harga naik.
Dinas perdagangan setempat menyatakan akan mendata para pedagang dan menawarkan pelatihan untuk beralih ke produk lokal.
Namun sebagian pedagang menilai program itu belum jelas bentuknya.""", 0, 1, 1, 1),
    ("article", "hn_news", """Ringkasan berita ekonomi hari ini:
• Kementerian Perdagangan memusnahkan ratusan bal pakaian bekas impor hasil sitaan di sebuah kawasan industri di Jawa Barat. Nilai barang ditaksir mencapai belasan miliar rupiah.
• Asosiasi e-commerce menyebut ribuan tautan produk bertajuk thrift impor diturunkan sepanjang kuartal ini, sebagian besar memakai ejaan tersamar untuk menghindari filter.
• Pengusaha tekstil meminta pengawasan jalur laut di pesisir timur Sumatra dan perbatasan Kalimantan diperketat karena karung pakaian bekas masih masuk lewat pelabuhan kecil.
• Pedagang pasar di Bandung meminta masa transisi sebelum razia lanjutan dan berharap ada pinjaman modal untuk beralih ke produk lokal.
• Pemerintah daerah di Kalimantan Utara menyiapkan posko pengaduan bagi warga yang melihat aktivitas bongkar muat pakaian bekas di dermaga tradisional.""", 0, 1, 1, 1),
]

# --- hn_opinion ---
ITEMS += [
    ("article", "hn_opinion", """Larangan Impor Pakaian Bekas: Jangan Berhenti di Razia Lapak
Setiap kali isu thrifting impor ramai, yang paling cepat terlihat adalah foto tumpukan bal yang dibakar dan pedagang kecil yang kehilangan dagangan. Padahal mata rantai terbesar justru ada di hulu: jalur laut dari Malaysia dan Singapura, gudang transit, dan pemodal yang jarang tersentuh.
Pedagang di Senen atau Gedebage hanyalah ujung distribusi. Mereka membeli per bal dari pengepul, menanggung risiko isi bal yang separuhnya tak layak jual, lalu menjadi sasaran penertiban.
Jika pemerintah serius melindungi industri tekstil dalam negeri, penegakan hukum harus dimulai dari pelabuhan tikus dan importir, sambil menyiapkan program peralihan usaha bagi pedagang kecil.
Tanpa itu, larangan hanya akan memindahkan pasar dari lapak ke siaran langsung di media sosial.""", 0, 1, 1, 1),
    ("post", "hn_opinion", """1/ thread soal kenapa aku berhenti beli baju second impor, bukan buat ngehakimin ya
2/ dulu tiap bulan pasti ngawul di Jogja atau checkout jaket Korea di live, murah & unik
3/ terus baca kalau 30-40% isi bal itu ga layak jual dan ujungnya dibuang di sini. jadi kita yang nanggung sampahnya
4/ belum lagi penjahit & konveksi kecil yang kalah harga
5/ sekarang aku lebih milih preloved lokal atau brand kecil. ga sempurna, tapi setidaknya ga ikut muter rantai selundupan""", 0, 1, 1, 1),
    ("post", "hn_opinion", """Aku orang Medan, dari SMP udah biasa pakai monza. Jujur aja, hampir semua kawan aku lemarinya penuh barang Pajak Melati.
Tapi makin ke sini aku mikir juga. Barang itu masuknya lewat jalur yang tak resmi, pajaknya tak ada, dan yang untung besar bukan pedagang kecil.
Aku tak setuju kalau pedagang langsung dirazia tanpa solusi. Tapi aku juga tak bisa pura-pura ini legal.
Menurut kelen gimana? Ada jalan tengahnya tak?""", 0, 1, 1, 1),
    ("comment", "hn_opinion", """@rendy_ekonom: Orang beli baju second Korea karena daya beli turun. Larang impornya boleh, tapi perbaiki dulu harga baju lokal.
@sari.konveksi: Bang, harga lokal susah turun kalau pasar dibanjiri bal murah. Kami kalah di hulu.
@rendy_ekonom: Makanya pengawasan di Batam & Dumai yang harus jalan, bukan cuma razia Senen.
@ulin_nuha: Setuju dua-duanya. Pembeli juga perlu tahu barang itu selundupan.
@sari.konveksi: Nah itu, edukasi konsumen juga penting.""", 0, 1, 1, 1),
    ("article", "hn_opinion", """Catatan Pinggir: Cakar dan Kita
Di Makassar, hampir setiap keluarga punya cerita tentang cakar. Jaket untuk anak yang mau kuliah di Jawa, kemeja untuk wawancara kerja pertama, sepatu untuk upacara sekolah, semuanya bisa didapat dengan harga belasan ribu.
Saya pun begitu. Jas pertama saya, yang saya pakai saat wisuda, berasal dari tumpukan cakar di pasar dekat rumah.
Namun di balik kenangan itu ada fakta yang jarang dibicarakan: barang-barang ini datang lewat jalur gelap dari Tawau dan Malaysia, tanpa pemeriksaan kesehatan, tanpa bea, dan sering kali disertai sampah tekstil yang akhirnya dibuang di kota kita sendiri.
Para penjahit kecil di lorong-lorong juga merasakan dampaknya. Siapa yang mau memesan kemeja jahitan jika kemeja bermerek bekas bisa dibeli seharga sepiring coto?
Mencintai cakar tidak harus berarti membela penyelundupannya. Kita bisa mendorong pasar pakaian bekas lokal yang sah, tempat warga menjual lagi pakaian mereka sendiri, sekaligus memberi ruang bagi penjahit dan konveksi kecil untuk bertahan.""", 0, 1, 1, 1),
]

# --- hn_report ---
ITEMS += [
    ("message", "hn_report", """Laporan Pelanggaran Produk
Nama toko: @gudangbalmurah88
Jenis pelanggaran: menjual pakaian bekas impor (barang dilarang)
Keterangan: Toko ini menjual "paket karung Korea isi 100 pcs" dan sering live membuka bal. Judul produk disamarkan dengan tulisan "s3c0nd" dan "k0rea".
Bukti: 4 tangkapan layar terlampir.
Mohon ditindaklanjuti sesuai kebijakan platform.""", 0, 1, 1, 1),
    ("post", "hn_report", """Lapor ke kementerian dan platform terkait 🙏
Ada akun yang tiap malam live bongkar goni pakaian bekas yang katanya dari Tawau.
Di captionnya terang-terangan nulis "barang nyebrang Sebatik".
Udah aku laporin 3x lewat fitur report tapi masih aktif.
Mohon bantu RT biar ditindak, nama akunnya aku kirim lewat DM ke admin.""", 0, 1, 1, 1),
    ("comment", "hn_report", """@andika_p: ini jual bal Jepang terang-terangan, ga takut apa
@riri.sustain: udah aku report ke TikTok Shop, kategori barang terlarang
@andika_p: aku juga barusan report
@modkomunitas.jb: Terima kasih laporannya. Postingan penjualan pakaian bekas impor tersebut sudah kami hapus dan akunnya dikeluarkan dari grup.""", 0, 1, 1, 1),
    ("message", "hn_report", """Yth. Direktorat Pengawasan Barang Beredar,
Saya ingin melaporkan aktivitas penjualan pakaian bekas impor di sebuah gudang di pinggiran Medan. Setiap Selasa pagi ada truk menurunkan puluhan goni yang menurut warga berasal dari kapal di Tanjungbalai.
Pedagang dari beberapa pajak datang mengambil barang secara grosir.
Saya bersedia memberikan keterangan tambahan. Identitas mohon dirahasiakan.
Hormat saya, warga sekitar""", 0, 1, 1, 1),
    ("post", "hn_report", """PSA buat anggota forum: beberapa hari ini ada akun baru yang spam thread "jual kemeja seken Jepang murah" dengan link WA.
Ini jelas barang bekas impor yang dijual partai, bukan barang pribadi. Sudah saya laporkan ke moderator dan ke layanan aduan konsumen.
Tolong jangan ditanggapi dan jangan transfer apa pun, beberapa member sudah ada yang kena tipu juga.""", 0, 1, 1, 1),
]

# --- hn_complaint ---
ITEMS += [
    ("review", "hn_complaint", """⭐☆☆☆☆
Beli paket 20 pcs kemeja second Korea, di deskripsi "grade A, minim cacat".
Yang datang: 7 kemeja ada noda kuning, 3 sobek di ketiak, 2 kancingnya habis.
Pas komplain, penjual bilang "namanya juga barang bal kak, untung-untungan".
Kalau untung-untungan kenapa ditulis grade A? Kapok, uang 400rb melayang.""", 0, 1, 1, 1),
    ("post", "hn_complaint", """Curhat panjang, semoga jadi pelajaran buat yang lain.
Bulan lalu aku ikut patungan satu karung pakaian bekas Jepang sama 4 temen kantor. Masing-masing nyetor 1,2 juta, totalnya 6 juta termasuk ongkir.
Penjualnya kirim video "bukaan karung" yang isinya jaket-jaket bagus, katanya karung kita isinya sama persis.
Pas dateng dan dibuka, isinya jauh dari video. Banyak baju anak, kaos kaki, handuk hotel, bahkan ada seragam kerja pabrik.
Yang layak jual paling 30%, sisanya kotor atau sobek.
Waktu kita protes, penjual ngeles katanya "isi karung memang acak, risiko ditanggung pembeli". Dua hari kemudian nomornya udah ga aktif dan akunnya hilang.
Kita udah lapor ke layanan aduan, tapi belum ada kabar.
Pelajaran mahal banget. Jangan gampang percaya video bukaan karung di TikTok, dan jangan transfer penuh ke orang yang ga jelas.""", 0, 1, 1, 1),
    ("comment", "hn_complaint", """@yuliana.k: kak paketku kok belum sampai? udah 3 minggu, katanya dikirim dari Batam
@sitimrn: sama kak, aku juga nunggu jaket second Korea dari toko yang sama
@yuliana.k: chat ga dibales, status WA-nya masih promo terus
@sitimrn: kayaknya kita ketipu, aku mau lapor ke polisi siber aja
@bangdoni: aku dulu juga kena, barangnya kerahan semua jelek""", 0, 1, 1, 1),
    ("message", "hn_complaint", """Mbak, saya mau komplain soal pesanan kemarin.
Jaket kulit bekas Jepang yang katanya "kulit asli, kondisi 95%" ternyata kulit sintetis dan sudah mengelupas di bagian kerah dan lengan.
Di video live mbak bilang bisa retur kalau tidak sesuai. Saya minta refund penuh, ongkir balik saya tanggung.
Kalau tidak ada tanggapan sampai besok, terpaksa saya buat ulasan dan laporan ke platform.""", 0, 1, 1, 1),
    ("post", "hn_complaint", """Kecewa ka sama penjual cakar online yang kemarin. Katanya jaket Korea tebal, ternyata tipis sekali ji, ada bolong di kantong.
Saya transfer 150 ribu, ongkir 20 ribu. Pas saya tanya, na blokir ma.
Hati-hati ki semua, jangan percaya foto saja, apalagi yang minta transfer dulu.""", 0, 1, 1, 1),
]

# --- hn_rule ---
ITEMS += [
    ("article", "hn_rule", """Kebijakan Barang Dilarang: Pakaian Bekas Impor
Sesuai Permendag No. 18 Tahun 2021 sebagaimana diubah dengan Permendag No. 40 Tahun 2022, pakaian bekas termasuk barang yang dilarang diimpor.
Penjual dilarang mengunggah produk, video, atau siaran langsung yang menawarkan pakaian, sepatu, atau tas bekas asal luar negeri, termasuk penjualan per bal, karung, atau koli.
Penggunaan ejaan tersamar (misalnya angka pengganti huruf) untuk menghindari sistem deteksi dianggap pelanggaran berat.
Pelanggaran dapat berakibat penurunan produk, pembatasan fitur live, hingga penutupan toko.""", 0, 1, 1, 1),
    ("post", "hn_rule", """📌 PERATURAN GRUP JUAL BELI PAKAIAN (WAJIB DIBACA)
1. Boleh jual preloved pribadi, sertakan foto asli & alasan jual.
2. DILARANG jual bal, karung, koli, atau "bukaan" pakaian second dari luar negeri.
3. Dilarang promosi live bongkar karung Korea/Jepang.
4. Postingan dengan kata tersamar (b4l, s3c0nd, dll.) langsung dihapus.
5. Pelanggar 2x dikeluarkan dari grup.
Terima kasih, admin.""", 0, 1, 1, 1),
    ("article", "hn_rule", """Panduan Moderasi Internal – Pakaian Bekas (versi 3)
Tujuan: menurunkan penawaran pakaian bekas impor tanpa mengganggu pengguna yang sah.
Tandai sebagai pelanggaran jika sebuah unggahan memenuhi SEMUA unsur berikut:
1. Ada penawaran: jual, PO, jastip, rekrut reseller/dropshipper, promosi toko atau live, atau rekomendasi yang menyebut tempat membeli.
2. Barangnya bekas: bekas, second, seken, preloved, atau istilah dagang seperti bal, karung, monza, lelong, cakar, awul-awul.
3. Barangnya pakaian, alas kaki, tas, atau tekstil rumah tangga.
4. Ada petunjuk asal luar negeri: nama negara, kata impor, perdagangan bal/karung/koli, pelabuhan atau jalur perbatasan, atau istilah daerah untuk barang bekas impor.
JANGAN tandai: berita, opini, keluhan pembeli, laporan pengguna, pertanyaan, tutorial, pakaian baru bergaya vintage, barang reject pabrik lokal, preloved pribadi yang dibeli di dalam negeri, donasi, atau barang bukan pakaian yang dijual per karung.
Perhatikan ejaan tersamar (angka pengganti huruf, spasi, emoji di tengah kata); nilai maknanya, bukan ejaannya.
Bila ragu, eskalasi ke tim kebijakan dan sertakan alasan per unsur.""", 0, 1, 1, 1),
    ("message", "hn_rule", """PENGUMUMAN PENGELOLA PASAR
Kepada seluruh pemilik kios di Blok C,
Mulai bulan depan, kios dilarang menerima, menyimpan, dan memperdagangkan pakaian bekas asal impor dalam bentuk bal maupun eceran.
Pemeriksaan akan dilakukan bersama dinas terkait.
Pedagang yang ingin beralih usaha dapat mendaftar program pendampingan di kantor pengelola.
Terima kasih atas kerja samanya.""", 0, 1, 1, 1),
    ("post", "hn_rule", """Aturan buat host live di agensi kami (tolong dipatuhi ya):
- Jangan pernah live jualan pakaian second dari karung impor, walaupun klien maksa.
- Produk pakaian bekas yang deskripsinya menyebut ex Korea, ex Jepang, bal, atau nama pelabuhan otomatis kami tolak.
- Kalau klien jual preloved pribadi, minta bukti beli dalam negeri.
- Pelanggaran bikin akun brand kena banned, dan fee kamu ikut hangus.""", 0, 1, 1, 1),
]

# --- hn_tutorial ---
ITEMS += [
    ("post", "hn_tutorial", """Cara aku nyuci jaket second Jepang biar bersih & ga apek 🧼
1. Rendam air panas (bukan mendidih) + 2 sdm cuka, 1 jam
2. Bilas, lalu rendam deterjen semalaman
3. Sikat bagian kerah & ketiak pakai sikat gigi bekas
4. Jemur terbalik di bawah matahari langsung
5. Semprot pewangi + setrika uap
Hasilnya wangi kayak baru, bau gudang hilang.""", 0, 1, 1, 1),
    ("article", "hn_tutorial", """Panduan Singkat: Mengenali Pakaian Bekas Impor yang Dijual sebagai Barang Baru
Beberapa penjual menyamarkan pakaian bekas dari bal dengan memasang label baru atau plastik kemasan. Sebagai pembeli, kamu berhak tahu apa yang kamu beli. Perhatikan tanda berikut:
1. Label ukuran dalam bahasa Korea atau Jepang yang sudah pudar, sementara label merek tampak baru dijahit.
2. Bekas lipatan lama, serat yang menipis di siku dan lutut, atau noda samar di kerah dan ketiak.
3. Bau kapur barus atau bau gudang yang kuat meskipun katanya barang baru.
4. Harga jauh di bawah harga wajar untuk merek tersebut.
5. Stok satu model hanya satu ukuran, tidak ada pilihan warna.
6. Tidak ada nota atau keterangan asal barang ketika ditanya.
Jika menemukan tanda-tanda itu, tanyakan langsung ke penjual dan simpan bukti percakapan. Kamu juga bisa melaporkan produk lewat fitur laporan di platform.""", 0, 1, 1, 1),
    ("post", "hn_tutorial", """Tips ngawul ben ra kecelik, lur:
Sepisan, gowo kresek dhewe lan masker, amarga tumpukan klambi Jepang kuwi akeh bledug.
Pindho, cek jahitan ketiak lan resleting sadurunge bayar.
Ketelu, klambi sing dituku langsung direndam banyu panas, ojo dinggo sik.
Kapat, tawar sing sopan, bakule yo golek rejeki.
Iki dudu promosi lapak, mung tips saka pengalamanku ngawul wis 10 taun.""", 0, 1, 1, 1),
    ("comment", "hn_tutorial", """@mamahnara: kak cara ngilangin noda kuning di kemeja second Korea gimana ya?
@rara.bersihin: rendam pakai air hangat + pemutih oksigen 2 jam kak, jangan pemutih klorin
@mamahnara: kalau bau apek?
@rara.bersihin: tambahin cuka putih sesendok, lalu jemur di matahari langsung
@dewiputri: aku pakai baking soda juga manjur kak""", 0, 1, 1, 1),
    ("post", "hn_tutorial", """Tutorial baca label ukuran baju second dari Jepang & Korea 📏
Jepang: S/M/L Jepang biasanya 1 tingkat lebih kecil dari ukuran kita. Lihat angka tinggi badan (mis. 170) di label.
Korea: angka 90/95/100/105 itu lingkar dada dalam cm.
Eropa & USA: cek tabel, biasanya lebih besar.
Jadi sebelum bilang kekecilan, cek label dulu ya. Simpan postingan ini biar ga lupa!""", 0, 1, 1, 1),
]

# --- hn_question ---
ITEMS += [
    ("post", "hn_question", """[TANYA] Aman ga sih beli baju lelong buat anak kecil?
Halo semua, aku baru pindah ke Pontianak ikut suami. Di sini tetangga-tetangga pada beli baju anak di lelong, murah banget, kaos 5-10 ribu, jaket 25 ribu.
Aku tergoda juga, apalagi anakku cepat banget tambah besar.
Tapi aku khawatir soal kebersihan, kan katanya bekas dari Malaysia dan Singapura, ga tahu dulu dipakai siapa.
Pertanyaanku:
1. Biasanya kalian cuci pakai apa? Cukup air panas atau perlu disinfektan?
2. Ada penyakit kulit yang perlu diwaspadai ga?
3. Kalau untuk bayi di bawah 1 tahun, mending hindari aja ya?
Terima kasih sebelumnya, maaf kalau pertanyaannya polos 🙏""", 0, 1, 1, 1),
    ("message", "hn_question", """Halo kak, saya lihat postingan jaket second Korea di grup.
Mau tanya dulu ya:
1. Ukuran L itu LD berapa?
2. Ada noda atau sobek ga?
3. Bisa COD di Depok?
Kalau cocok saya ambil satu, tapi mau lihat video aslinya dulu ya kak.""", 0, 1, 1, 1),
    ("post", "hn_question", """gaes nanya serius, kalo aku beli sepatu second ex Singapore di marketplace terus ternyata barang selundupan, aku sebagai pembeli bisa kena masalah ga?
soalnya barusan liat berita razia di Batam 😬
yang ngerti hukum tolong jelasin dong""", 0, 1, 1, 1),
    ("comment", "hn_question", """@aldi.mlg: ada yang tau di Malang tempat awul-awul masih buka ga sekarang?
@rahmaww: setahuku banyak yang tutup mas sejak razia
@aldi.mlg: oh gitu, aku cuma butuh jaket tebel buat ke Bromo
@rahmaww: coba tanya di grup warga dulu mas, siapa tau ada yang mau minjemin""", 0, 1, 1, 1),
    ("post", "hn_question", """Mau nanya kawan-kawan, aku rencana buka usaha kecil-kecilan jual monza di rumah.
Kira-kira satu goni isinya berapa potong dan modalnya berapa?
Terus, kalau ketahuan razia, apa yang kena pedagangnya juga atau cuma yang masukkan barang dari Tanjungbalai?
Aku masih ragu, takut rugi dan takut masalah hukum.""", 0, 1, 1, 1),
]

# --- hn_joke ---
ITEMS += [
    ("post", "hn_joke", """tingkatan pemburu baju bekas Korea:
lvl 1: beli 1 kaos di live, deg-degan
lvl 2: ngawul tiap weekend
lvl 3: hafal jadwal bongkar bal Senen
lvl 4: ngerti bedanya grade A, kepala, badan, kaki
lvl 5: lemari penuh, bikin konten hidden gems, dipanggil bestie sama abang-abang pasar
kalian di level berapa wkwk""", 0, 1, 1, 1),
    ("comment", "hn_joke", """@kevinanjay: bro jaket lu keren, beli di mana?
@rio_sht: rahasia bro, pokoknya monza 50rb, tapi dapet bonus struk laundry dari Seoul wkwk
@kevinanjay: anjir, internasional banget jaketnya
@rio_sht: iya, lebih banyak cap paspornya daripada gue 😭
@nandaaa: jaket lu udah pernah ke luar negeri, lu belum""", 0, 1, 1, 1),
    ("post", "hn_joke", """Meme hari ini:
Foto 1: Mama beli baju baru di mall
Foto 2: Aku beli jaket cakar yang ternyata merknya lebih mahal
Foto 3: Mama: "itu baju bekas orang Korea nak"
Foto 4: aku, tetap pakai ke kondangan 😎
#memeindonesia #anakcakar""", 0, 1, 1, 1),
    ("post", "hn_joke", """Abdi: "Mah, ieu jaket Jepang asli, merek mahal!"
Mamah: "Kunaon bau karung kitu?"
Abdi: "...Wangi Jepang, Mah."
Mamah: "Jepang naon, eta mah bekas ti Gedebage, kumbah heula sateuacan dianggo!" 🤣
Pelajaran: teu tiasa ngabohong ka indung.""", 0, 1, 1, 1),
]

# --- hn_review ---
ITEMS += [
    ("review", "hn_review", """⭐⭐⭐⭐⭐
Jaketnya sesuai foto, tebal dan hangat. Memang jaket second dari Jepang jadi ada sedikit pudar di lengan, tapi masih sangat layak.
Sudah saya rendam air panas & cuci 2x, bau gudangnya hilang total.
Ukuran L pas untuk tinggi 172 cm, berat 68 kg.
Overall puas untuk harga segini.""", 0, 1, 1, 1),
    ("post", "hn_review", """Review jujur setelah 2 tahun pakai sepatu lari second ex Singapore.
Beli dalam kondisi 85%, sol masih tebal. Sekarang sudah dipakai lari kurang lebih 600 km.
Plus: bantalan masih empuk, upper kuat, nyaman buat kaki lebar.
Minus: insole awalnya agak bau, harus diganti. Tali sudah aus.
Kesimpulan: barang bekas luar memang awet, tapi cek kondisi sol & bau sebelum beli.""", 0, 1, 1, 1),
    ("review", "hn_review", """⭐⭐⭐ Blouse second Korea-nya cantik dan adem, tapi ada noda kecil di belakang yang tidak kelihatan di foto.
Untuk 30 ribu masih oke, semoga lain kali deskripsinya lebih detail.""", 0, 1, 1, 1),
    ("post", "hn_review", """Rangkuman barang monza yang aku pakai paling lama:
1. Jaket jins Korea – 5 tahun, masih kuat, cuma warnanya makin pudar (malah bagus).
2. Tas ransel Jepang – 4 tahun, resleting diganti sekali.
3. Kemeja flanel – 3 tahun, kancing copot 2.
4. Sepatu kulit – 1 tahun, sol lepas, gagal total.
Intinya barang bekas luar itu untung-untungan, tapi kalau dapat yang bagus bisa awet banget.""", 0, 1, 1, 1),
]

# --- hn_new_thrift_style ---
ITEMS += [
    ("listing", "hn_new_thrift_style", """KEMEJA FLANEL "THRIFT LOOK" – 100% BARU
Diproduksi sendiri oleh konveksi kami di Bandung
Bahan katun flanel tebal, warna dibuat sedikit pudar biar kayak barang vintage
Size: M, L, XL, XXL
Harga 99rb, beli 2 jadi 185rb
Bukan barang bekas, bukan bal impor. Label brand lokal kami sendiri 🇮🇩""", 1, 0, 1, 0),
    ("post", "hn_new_thrift_style", """Suka gaya vintage tapi ga mau pakai baju bekas? Kami jawabannya ✨
Koleksi Retro Drop kami dijahit di Yogyakarta, semua baru, washing khusus biar warnanya kayak hasil thrifting.
Kaos oversize 89rb, celana cargo 149rb, jaket coach 189rb.
Order lewat link di bio, pengiriman 1-2 hari kerja.""", 1, 0, 1, 0),
    ("profile", "hn_new_thrift_style", """Vintage Vibes Studio
Brand lokal Klaten ✂️ – gaya thrift, kualitas baru
• Semua produk baru, jahit sendiri, bukan barang second
• Kaos washed, kemeja retro, rok plisket
• Reseller welcome
• Katalog di highlight, order via DM""", 1, 0, 1, 0),
    ("comment", "hn_new_thrift_style", """@icha_ootd: kak ini thrift ya? kok warnanya kayak pudar gitu
@retroharian.id: bukan kak, ini baru semua, sengaja dibikin efek vintage 😊 produksi Bekasi
@icha_ootd: oh pantes ukurannya lengkap
@retroharian.id: iya kak, S sampai XXL ada, 79rb aja
@meylanie: aku udah beli, bahannya enak kok""", 1, 0, 1, 0),
]

# --- hn_new_import ---
ITEMS += [
    ("post", "hn_new_import", """JASTIP SEOUL 15-22 BULAN DEPAN ✈️🇰🇷
Bisa titip baju baru dari Dongdaemun, Myeongdong, dan outlet brand lokal Korea.
Fee jastip 10% dari harga barang (min 50rb).
DP 50%, pelunasan saat barang sampai Jakarta.
Semua barang BARU dengan tag & struk, bukan barang second ya kak.
Slot terbatas 25 orang, isi form di link bio.""", 1, 0, 1, 1),
    ("listing", "hn_new_import", """Sweater Rajut Import Korea – NEW ARRIVAL
Barang baru, masih dengan tag dan plastik
Bahan wol campur, tebal, cocok untuk ke luar negeri
Warna: cream, navy, maroon
Size: All size fit to L
Harga 185rb
Masuk lewat importir resmi, bukan barang bekas.""", 1, 0, 1, 1),
    ("live", "hn_new_import", """Halo kakak-kakak, selamat datang di live PO batch 4 👋
Malam ini aku tunjukin sampel baju anak import Thailand yang bisa kakak pesan.
Semua barang BARU langsung dari pabrik di Bangkok, masih pakai plastik dan tag, bukan sisa bal atau barang second ya.
Ini kaos anak motif dino, bahannya lembut, 45 ribu.
Ini piyama set lengan panjang, 65 ribu, ada ukuran 2 sampai 8 tahun.
Ini dress kuning, 85 ribu, favorit batch kemarin.
Cara pesan: ketik kode produk plus ukuran di komen, nanti admin kirim link pembayaran DP.
PO ditutup Sabtu, estimasi barang sampai 3 minggu setelah close.""", 1, 0, 1, 1),
    ("post", "hn_new_import", """Grosir gamis & outer import Turki 🇹🇷
Barang baru, segel, masuk lewat importir terdaftar.
Harga reseller mulai ambil 3 pcs, harga agen mulai 1 koli (50 pcs).
Ready di gudang Jakarta, kirim seluruh Indonesia.
Ini bukan pakaian bekas ya kak, semua masih berlabel dan berplastik.""", 1, 0, 1, 1),
]

# --- hn_factory_reject ---
ITEMS += [
    ("listing", "hn_factory_reject", """KAOS POLOS SISA EKSPOR – REJECT RINGAN
Produksi pabrik garmen di Sukabumi untuk order luar negeri
Barang BARU, belum pernah dipakai, bukan barang bekas/bal
Cacat ringan: sablon label miring, benang lebih, atau beda warna tipis
Harga 18rb/pcs, 1 lusin 190rb
Size S-XXL, warna campur""", 1, 0, 1, 0),
    ("live", "hn_factory_reject", """Oke kak lanjut ya, sekarang celana chino & jogger sisa produksi order Jepang 🇯🇵
Ini dijahit di pabrik Semarang, barang BARU, belum pernah dipakai, bukan second.
Cacatnya kecil-kecil: ada jahitan saku yang miring, ada yang warnanya beda shade sama pasangannya.
Coba aku zoom ya, kelihatan kan miringnya cuma sedikit.
Harga 45 ribu, ambil 3 jadi 120 ribu, ketik 'chino' plus ukuran.""", 1, 0, 1, 0),
    ("message", "hn_factory_reject", """Selamat pagi Bu, stok BS pabrik sepatu minggu ini sudah ready.
Sneakers kanvas sisa ekspor, produksi Tangerang, BARU semua, reject karena lem sedikit keluar atau warna belang.
Harga grosir 65rb per pasang, minimal 12 pasang.
Bukan barang seken impor ya Bu, ada surat jalan dari pabrik.
Mau saya kirimi foto per model?""", 1, 0, 1, 0),
    ("comment", "hn_factory_reject", """@ayu_kdr: kak ini barang bal ya? kok ada label brand luar
@grosirrejectsolo: bukan kak, ini reject pabrik garmen Solo yang ngerjain order brand luar, BARU semua 🙏
@ayu_kdr: oh jadi bukan bekas?
@grosirrejectsolo: bukan kak, belum pernah dipakai, cuma cacat jahitan dikit. 35rb aja
@ayu_kdr: oke kak aku ambil 2""", 1, 0, 1, 0),
]

# --- hn_own_preloved ---
ITEMS += [
    ("post", "hn_own_preloved", """Decluttering lemari 🧺 semua preloved PRIBADI ya, bukan barang jualan partai.
1. Blazer hitam, beli di mall Kelapa Gading, size M, dipakai 3x – 120rb
2. Dress batik, jahit di penjahit langganan, size S – 80rb
3. Sepatu flat, beli di toko resmi, size 38 – 90rb
Semua beli di Indonesia, bukan impor bekas. COD Jakarta Utara atau kirim.""", 1, 1, 1, 0),
    ("listing", "hn_own_preloved", """Preloved Kebaya Wisuda Pribadi – Jahitan Penjahit Solo
Dipakai 1x saat wisuda, sudah dry clean
Warna sage, bahan brokat, lingkar dada 88 cm
Harga 250rb (beli 700rb)
Barang pribadi, bukan barang bekas impor
Ambil di Solo atau kirim ekspedisi""", 1, 1, 1, 0),
    ("comment", "hn_own_preloved", """@putriannisa: kak ini dari bal ya? murah banget
@wulan.prelovedd: bukan kak 😊 ini baju aku sendiri, belinya di distro Bandung pas kuliah, sekarang udah ga muat
@putriannisa: oh gitu, kondisinya gimana?
@wulan.prelovedd: 90% kak, ga ada noda, 60rb aja
@putriannisa: oke aku ambil ya kak""", 1, 1, 1, 0),
    ("live", "hn_own_preloved", """Halo bunda-bunda, live beberes lemari anak ya hari ini 🙏
Ini semua baju anak bekas pakai sendiri, bukan barang bal atau impor, belinya di toko perlengkapan bayi di mall Bekasi, ada juga yang kado.
Paket A: 10 kaos size 3-4 tahun, 100 ribu.
Paket B: 5 celana + 2 piyama, 70 ribu.
Kondisinya bersih, ada yang pudar dikit karena sering dicuci.
Yang mau ketik paket A atau B, ambil di rumah atau kirim ya bun.""", 1, 1, 1, 0),
]

# --- hn_donation ---
ITEMS += [
    ("post", "hn_donation", """📢 OPEN DONASI PAKAIAN LAYAK PAKAI
Untuk warga terdampak banjir bandang di kampung kami.
Yang dibutuhkan: pakaian anak, sarung, selimut, pakaian dalam baru, seragam sekolah bekas yang masih layak.
Mohon dicuci & dilipat, masukkan kantong terpisah per ukuran.
Drop point: pos ronda RT 03 atau posko masjid, setiap hari jam 8-17.
Terima kasih orang baik 🙏""", 0, 1, 1, 0),
    ("post", "hn_donation", """Clothing Swap Day kampus 🌱
Bawa maksimal 5 baju preloved milikmu yang masih layak, tukar dengan 5 baju lain.
Tidak ada transaksi uang, semua gratis.
Baju yang tersisa di akhir acara akan didonasikan ke panti asuhan.
Catatan: tidak menerima barang dagangan atau barang dari karung/bal, khusus pakaian pribadi.""", 0, 1, 1, 0),
    ("message", "hn_donation", """Assalamualaikum bapak ibu wali murid 🙏
Bazar amal SD kita akan diadakan Sabtu depan.
Kami menjual baju, sepatu dan tas bekas sumbangan orang tua murid, harga 5-25 ribu.
Seluruh hasil penjualan untuk beasiswa siswa kurang mampu.
Bagi yang ingin menyumbang pakaian preloved, bisa dititipkan ke wali kelas paling lambat Kamis.""", 1, 1, 1, 0),
    ("comment", "hn_donation", """@panti_kasihbunda: Kami sedang butuh jaket & selimut bekas layak pakai untuk adik-adik, cuaca sedang dingin 🙏
@lia.marlina: kak aku ada 3 jaket anak bekas anakku, boleh diantar ke mana?
@panti_kasihbunda: bisa diantar langsung ke panti kak, atau kami jemput di area Lembang
@hendra_wj: aku ada selimut 2, nanti aku antar Minggu""", 0, 1, 1, 0),
]

# --- hn_other_goods ---
ITEMS += [
    ("listing", "hn_other_goods", """Kardus Bekas Impor per Bal – Bahan Baku Daur Ulang
Kardus ex kemasan elektronik dari Jepang & Korea
Berat per bal ±500 kg, sudah dipress
Harga Rp 2.800/kg, minimal 2 bal
Gudang di Cikarang, bisa survei
Untuk pabrik kertas & pengepul, bukan eceran""", 1, 1, 0, 1),
    ("post", "hn_other_goods", """Ready bawang putih impor China per karung 🧄 ukuran kating, 1 karung 20 kg, harga grosir 540rb.
Stok di gudang pasar induk, ambil sendiri atau kirim Jabodetabek, pesan via WA 0812xxxx.""", 1, 0, 0, 1),
    ("message", "hn_other_goods", """Pak, untuk pesanan karung goni bekas impor kemarin sudah siap ya.
Isi 1 bal 100 lembar, bekas kemasan biji kopi dari Vietnam & Brazil.
Kondisi bersih, tidak sobek, cocok buat kerajinan atau karung pasir.
Harga 1,1 jt per bal, kirim dari Surabaya.
Kalau Bapak setuju saya kirim besok pagi.""", 1, 1, 0, 1),
    ("listing", "hn_other_goods", """Majun Lap Industri per Karung
Isi: potongan kaos bekas lokal yang sudah dipotong jadi lap, campur warna
Berat 1 karung ±25 kg
Cocok untuk bengkel, percetakan, pabrik
Harga 6rb/kg, bukan pakaian, tidak bisa dipilih
Kirim area Jawa Tengah""", 1, 1, 0, 0),
]

# --- hn_used_vehicle ---
ITEMS += [
    ("listing", "hn_used_vehicle", """Dijual Motor Sport 250cc Bekas Eks Impor Jepang (unit CBU)
Tahun 2016, km 21.000, mesin halus, cat original
Surat lengkap BPKB & STNK, pajak hidup
Ban baru ganti, kampas rem baru
Harga 46 jt nego tipis
Lokasi Surabaya, bisa cek di tempat""", 1, 1, 0, 1),
    ("post", "hn_used_vehicle", """Jual cepat iPhone 12 Pro second ex Singapore 📱
IMEI terdaftar resmi, battery health 86%, Face ID normal
Fullset box, charger original
Minus: lecet halus di frame
Harga 7,2 jt, COD Batam Center""", 1, 1, 0, 1),
    ("message", "hn_used_vehicle", """Pak, mesin jahit bekas Jepang yang Bapak tanya masih ada 3 unit.
High speed, sudah diservis, dinamo halus.
Harga 2,3 jt per unit, ambil 3 jadi 6,5 jt.
Cocok buat konveksi rumahan.
Bisa saya kirim ke Tasikmalaya via ekspedisi, ongkir sekitar 150rb per unit.""", 1, 1, 0, 1),
    ("comment", "hn_used_vehicle", """@yogi_otomotif: bang mobil bekas impor Singapura plat Batam bisa dibawa ke Jawa ga?
@showroombatamjaya: bisa bang tapi harus mutasi & urus bea masuk, prosesnya panjang
@yogi_otomotif: oh, kalau unit yang di postingan itu udah mutasi?
@showroombatamjaya: itu udah plat Jakarta bang, aman, harga 185 jt nego
@yogi_otomotif: oke bang besok aku lihat""", 1, 1, 0, 1),
]

# --- hn_upcycle ---
ITEMS += [
    ("post", "hn_upcycle", """Dari lemari ke karya ✂️
Koleksi tas tote kami dibuat dari jeans bekas yang dikumpulkan dari warga Jogja lewat program tukar celana.
Setiap tas unik, tidak ada yang sama.
Kami tidak memakai bahan dari bal impor, semua jeans lokal bekas pakai.
Harga 85-150rb, order lewat DM.""", 1, 1, 1, 0),
    ("post", "hn_upcycle", """Workshop gratis di balai RW: Kaos Bekas Jadi Keset & Tas Belanja 🧶
Bawa 3-5 kaos bekas dari rumah dan gunting.
Dipandu ibu-ibu PKK, cocok untuk anak & dewasa.
Tujuannya mengurangi sampah tekstil di lingkungan kita sendiri.
Minggu, jam 9 pagi, gratis tanpa daftar.""", 0, 1, 1, 0),
    ("profile", "hn_upcycle", """Rupa Ulang Studio 🌿
Upcycle fashion dari Bandung
♻️ Jaket & rok patchwork dari kemeja bekas donasi lokal
♻️ Tidak memakai barang bal/impor bekas
♻️ Terima pesanan custom dari baju lama kamu sendiri
📩 Order via DM""", 1, 1, 1, 0),
    ("comment", "hn_upcycle", """@nadia_sust: kak bahan jaket patchwork ini dari mana?
@jahitulang.id: dari kemeja bekas bapak-bapak di kompleks kak, mereka donasi, bukan dari karung impor
@nadia_sust: keren! bisa custom dari baju aku sendiri?
@jahitulang.id: bisa kak, ongkos jahit 150rb, kirim baju bekasnya ke workshop kami""", 1, 1, 1, 0),
]

# --- hn_job ---
ITEMS += [
    ("post", "hn_job", """LOWONGAN KERJA – TENAGA SORTIR PAKAIAN
Gudang di Bekasi membutuhkan 5 orang untuk sortir, lipat, dan packing pakaian second dari bal impor.
Syarat: pria/wanita 18-40 tahun, tidak alergi debu, siap shift.
Gaji harian 110rb + makan siang.
Lamaran langsung datang ke gudang, bawa KTP.""", 0, 1, 1, 1),
    ("post", "hn_job", """Dicari host live streaming untuk toko baju preloved pribadi (bukan barang impor).
Jam kerja 3 jam per hari, bisa dari rumah.
Syarat: komunikatif, punya HP dengan kamera bagus, paham TikTok.
Gaji pokok + komisi per barang terjual.
Kirim CV & video perkenalan 1 menit ke email yang tertera.""", 0, 1, 1, 0),
    ("message", "hn_job", """Permisi Pak, saya dengar dari teman kios Bapak di Pajak Melati butuh orang untuk jaga lapak monza.
Saya umur 24 tahun, pernah kerja di toko pakaian 2 tahun, bisa hitung cepat dan melayani pembeli.
Kalau masih ada lowongan, saya siap datang Selasa pagi untuk wawancara.
Terima kasih, Pak.""", 0, 1, 1, 1),
    ("post", "hn_job", """Dibutuhkan ki 2 orang penjahit permak untuk kios cakar di pasar.
Kerjanya ganti resleting, kecilkan celana, pasang kancing baju bekas Korea yang lepas.
Gaji mingguan, makan siang ditanggung.
Kalau minat, datang mi langsung ke pasar, tanya kios nomor 17.""", 0, 1, 1, 1),
]

# --- hn_travel_food ---
ITEMS += [
    ("post", "hn_travel_food", """Jalan pagi di sekitar Pasar Senen, sarapan bubur ayam depan stasiun terus ngopi tubruk di warung belakang blok.
Ga belanja apa-apa, cuma jalan kaki lihat bangunan tua dan kereta lewat, pulangnya kehujanan 🌧️""", 0, 0, 0, 0),
    ("post", "hn_travel_food", """Mampir lah ke Warung Mie Aceh Bang Usman, pas di simpang masuk Pajak Melati 🍜
Mie Aceh kepiting, martabak telur, teh tarik, semua ada.
Buka dari jam 10 pagi sampai jam 11 malam, Selasa-Jumat-Minggu paling rame.
Capek muter-muter pajak? Duduk dulu di sini, dijamin kenyang.""", 1, 0, 0, 0),
    ("post", "hn_travel_food", """Catatan perjalanan ke Nunukan minggu lalu ⛴️
Dari pelabuhan kami sempat lihat kapal-kapal penumpang yang menyeberang ke Tawau.
Makanan favorit: coto Makassar di pasar malam dan kepiting saus padang dekat dermaga.
Perbatasan ternyata ramai sekali, banyak warga yang bolak-balik kerja di Malaysia.
Pengalaman yang seru, pengen balik lagi.""", 0, 0, 0, 0),
    ("post", "hn_travel_food", """Malam Sekaten kemarin ramai banget 🎡
Kami cuma naik bianglala, makan telur gulung, beli kapal othok-othok buat adik, terus pulang.
Stan awul-awul penuh orang, tapi kami ga mampir karena udah kemaleman.
Tips: parkir motor di luar alun-alun, jalan kaki lebih cepat.""", 0, 1, 1, 1),
]
