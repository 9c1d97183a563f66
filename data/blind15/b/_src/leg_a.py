# Legal hard negatives, batch A (no offer). Tuple: (kind, category, offer, used, clothing, abroad, text)
RECORDS = [
("article", "hn_news", 0, 1, 1, 1, """Petugas Bea Cukai Kembali Gagalkan Penyelundupan Ratusan Bal Pakaian Bekas di Perairan Tanjungbalai
Sebuah kapal motor kayu yang mengangkut 420 bal pakaian bekas impor dari Port Klang dicegat tim patroli laut pada Rabu dini hari.
Nakhoda dan dua anak buah kapal diamankan untuk pemeriksaan lebih lanjut.
Menurut petugas, muatan rencananya dibongkar di sebuah gudang tak resmi di pinggir Sungai Asahan sebelum diedarkan ke pasar-pasar di Medan.
Barang bukti akan dimusnahkan sesuai Permendag 40/2022."""),

("article", "hn_news", 0, 1, 1, 1, """Jelang Lebaran, Pasar Cakar di Parepare Dipadati Pembeli
Lapak-lapak pakaian cakar di Pasar Lakessi ramai sejak pagi.
Sebagian warga mengaku memilih cakar karena harga lebih murah dibanding pakaian baru, meski sadar barang tersebut berasal dari karung impor yang sebenarnya dilarang.
Dinas Perdagangan setempat menyatakan akan melakukan sosialisasi aturan larangan impor pakaian bekas kepada pedagang setelah Lebaran."""),

("post", "hn_opinion", 0, 1, 1, 1, """Unpopular opinion: thrifting itu bukan gaya hidup ramah lingkungan kalau barangnya balpres impor.
Coba pikir, satu bal dikirim nyebrang laut, setengah isinya sampah yang akhirnya dibuang di TPA kita.
Negara maju buang limbah tekstil, kita yang bayar buat nerima.
Mending beli brand lokal atau tukeran baju sama temen.
Silakan debat di kolom komentar 🙏"""),

("post", "hn_report_quoting_ad", 0, 1, 1, 1, """⚠️ HATI-HATI PENIPUAN ⚠️
Akun @bal.murah.medan nawarin 'balpres grade A ex Korea, 1 bal 2,5jt, ready kirim'.
Aku udah transfer DP 1jt, terus nomorku diblokir.
Screenshot chat & bukti transfer ada di slide 2-5.
Tolong bantu report akunnya ya gaes biar ga ada korban lain. Jangan gampang tergiur harga bal murah!"""),

("post", "hn_joke", 0, 1, 1, 1, """Ibu: "Baju baru dari mana?"
Aku: "Thrift di Senen, Bu, cuma 30 ribu"
Ibu: "Oh baju bekas orang luar negeri?"
Aku: "Bukan bekas Bu, preloved"
Ibu: "Ya sama aja, cuci 3 kali pakai air panas" 😭😭
#thrifting #emakemak #senen"""),

("post", "hn_buyer_diary", 0, 1, 1, 1, """Hasil hunting di Gedebage hari ini 🛍️
- Jaket corduroy ex Jepang 85rb
- Kemeja flanel 25rb
- Celana Levi's 501 bekas 120rb (nawar mati-matian wkwk)
Capek muter-muter tumpukan baju bekas impor 4 jam tapi puas banget.
Kalian kalau ke Gedebage biasanya berburu apa?"""),

("post", "hn_buyer_question", 0, 1, 1, 1, """Mau nanya dong, ada yang tau pasar awul-awul di Jogja yang masih buka setelah ada larangan impor baju bekas?
Dulu aku sering ke Sekaten, sekarang bingung.
Aku cuma mau nyari jaket kerja lapangan, yang tebel & murah.
Makasih infonya 🙏"""),

("article", "hn_news", 0, 1, 1, 1, """Kemendag: Impor Pakaian Bekas Tetap Dilarang, Pedagang Diminta Beralih ke Produk Lokal
Kementerian Perdagangan menegaskan bahwa pakaian bekas termasuk barang yang dilarang impor.
Pelaku usaha yang kedapatan memasukkan balpres dapat dikenai sanksi.
Pemerintah juga menyiapkan program pendampingan bagi pedagang thrift di sejumlah pasar agar bisa menjual produk UMKM dalam negeri."""),

("post", "hn_rules", 0, 1, 1, 1, """📌 PERATURAN GRUP JUAL BELI FASHION KOTA MEDAN (update)
1. Dilarang posting jualan monza / bal / pakaian bekas impor dalam bentuk apa pun.
2. Boleh jual pakaian pribadi (preloved) dengan foto asli & keterangan jelas.
3. Dilarang link ke grup WA lain.
4. Pelanggar akan dikeluarkan tanpa peringatan.
Aturan ini dibuat karena grup sempat ditangguhkan platform. Terima kasih atas pengertiannya."""),

("comment", "hn_opinion", 0, 1, 1, 1, """Saya pedagang pasar juga, Pak. Jujur modal bal sekarang naik terus, sekali kapal ditangkap kita yang rugi.
Makanya saya udah mulai pelan-pelan ganti ke konveksi lokal.
Memang untung lebih tipis, tapi tidur lebih tenang.
Semoga pemerintah beneran bantu yang mau beralih."""),

("article", "hn_news", 0, 1, 1, 1, """Ratusan Karung Pakaian Bekas Asal Malaysia Disita di Entikong
Aparat gabungan menyita 236 karung pakaian bekas yang diangkut truk melalui jalur tikus di sekitar PLBN Entikong, Kabupaten Sanggau.
Sopir mengaku hanya dibayar untuk mengantar barang ke Pontianak.
Pihak berwenang masih menelusuri pemilik barang."""),

("post", "hn_buyer_diary", 0, 1, 1, 1, """Dear diary,
Hari ini aku nemu kardigan rajut di tumpukan cakar Pasar Terong, merk Uniqlo, 20 ribu doang 😭
Ada noda kecil di lengan tapi udah aku rendam pakai soda kue, ilang!
Ini bukti kalau sabar ngubek karung pasti dapet harta karun.
Besok mau balik lagi cari celana."""),

("post", "hn_tutorial", 0, 1, 1, 1, """Cara mencuci baju thrift supaya aman dipakai 🧼
1. Rendam air panas (±60°C) 30 menit, tambah deterjen.
2. Bilas, lalu rendam lagi dengan cairan disinfektan.
3. Jemur di bawah matahari langsung.
4. Setrika dengan suhu tinggi.
Baju bekas impor dari bal kadang bawa jamur & bakteri, jadi jangan langsung dipakai ya.
Simpan tips ini buat hunting berikutnya!"""),

("message", "hn_buyer_question", 0, 1, 1, 1, """Permisi bang, saya lihat di TikTok abang sering review lapak thrift di Pasar Senen.
Saya mau tanya, kalau beli balpres langsung buat dijual lagi itu risikonya apa aja ya secara hukum?
Saya baru mau mulai usaha, takut salah langkah.
Makasih sebelumnya bang."""),

("article", "hn_opinion", 0, 1, 1, 1, """Monza, Identitas yang Sulit Dilepas Warga Medan
Bagi sebagian warga Medan, membeli monza bukan sekadar soal murah.
Pajak Melati dan Pajak Sambu sudah menjadi tempat berburu merek luar negeri sejak puluhan tahun.
Namun, larangan impor pakaian bekas membuat budaya itu berada di persimpangan.
Pemerintah perlu jalan tengah: menertibkan penyelundupan tanpa mematikan ribuan pedagang kecil secara mendadak."""),

("post", "hn_report_quoting_ad", 0, 1, 1, 1, """Min, tolong ditindak akun ini. Dia terang-terangan posting 'BONGKAR BAL KOREA MALAM INI, barang impor second grade A, PO koli dari Batam'.
Bukannya udah dilarang ya? Kok masih bebas live tiap malam.
Sudah saya laporkan lewat fitur report, tapi belum ada tindakan.
@marketplace_official mohon dicek 🙏"""),

("post", "hn_joke", 0, 1, 1, 1, """Level kecanduan thrifting:
Lv 1: beli 1 jaket bekas di Senen
Lv 3: hafal jadwal bongkar bal tiap lapak
Lv 5: bisa nebak isi karung dari baunya
Lv 10: dompet kosong, lemari penuh, pacar pergi 🥲
Kalian udah level berapa? 😂"""),

("review", "hn_review_no_seller", 0, 1, 1, 1, """⭐⭐⭐ Pengalaman pertama beli jaket second impor di pasar.
Kualitas bahannya memang jauh lebih tebal dari jaket baru harga sama.
Tapi pas sampai rumah baunya luar biasa, harus dicuci 3 kali.
Resleting juga agak macet.
Kesimpulan: worth it kalau sabar milih, tapi jangan beli pas buru-buru."""),

("post", "hn_job_vacancy", 0, 1, 1, 1, """LOWONGAN KERJA - Toko Thrift Bandung
Dibutuhkan 2 orang admin live & 1 orang tukang sortir baju dari bal.
Syarat: jujur, teliti, bisa kerja shift malam.
Gaji UMR + bonus.
Lamaran kirim ke email hrd.lapakbandung@contoh.id, tidak melayani telepon."""),

("post", "hn_swap", 0, 1, 1, 0, """Swap party bulan ini! 👚🔁👖
Bawa maksimal 5 baju preloved dari lemari sendiri (bersih & layak pakai), tukar dengan punya peserta lain.
Tidak ada jual-beli, tidak ada uang.
Tempat: aula RW 05 Tebet, Minggu jam 9.
Tujuannya biar kita gak tergantung sama baju thrift bal impor 😉"""),

("post", "hn_donation", 0, 1, 1, 0, """Kami dari Posko Peduli Banjir Demak menerima donasi pakaian layak pakai (bekas tidak apa-apa, asal bersih).
Prioritas: baju anak, pakaian dalam baru, selimut, sarung.
Mohon tidak mengirim baju robek atau kotor.
Barang bisa diantar ke Masjid Al Ikhlas atau dijemput relawan, hubungi 0812xxxx."""),

("article", "hn_news", 0, 1, 1, 1, """Pedagang Pasar Senen Keluhkan Stok Menipis Setelah Kapal Pengangkut Bal Dihentikan
Sejumlah pedagang baju thrifting di Blok III Pasar Senen mengaku hanya menjual sisa stok lama.
"Sudah sebulan tidak ada kiriman," kata seorang pedagang jaket yang enggan disebut namanya.
Harga satu bal kini disebut naik hingga lebih dari Rp6 juta."""),

("comment", "hn_buyer_question", 0, 1, 1, 1, """Kak itu jaketnya dapet di lapak mana? Aku juga pengen nyari yang model gitu, tapi takut dapet barang bekas impor yang bau apek.
Kalau di Pasar Baru Bandung ada ga ya yang bagus?
Share dong tips milihnya 🙏"""),

("post", "hn_opinion", 0, 1, 1, 1, """Thread: kenapa baju bekas impor lebih murah dari baju lokal baru? 🧵
1/ Karena di negara asal barang itu limbah. Mereka bayar supaya dibuang.
2/ Masuk lewat bal-bal yang diselundupkan, tanpa bea.
3/ Di sini dijual lagi per potong, untungnya besar buat importirnya, bukan buat pedagang kecil.
4/ Industri konveksi kita kalah bersaing.
Jadi sebelum bilang "thrift itu keren", pikir dulu rantai pasoknya."""),

("message", "hn_buyer_question", 0, 1, 1, 1, """Pak, saya mau tanya dulu sebelum beli. Karung yang Bapak jual itu isinya pakaian bekas dari luar negeri atau dari lokal?
Soalnya saya dengar kalau dari luar kena razia.
Saya cuma butuh untuk majun bengkel sebenarnya.
Tolong dijawab jujur ya Pak, terima kasih."""),

("article", "hn_news", 0, 1, 1, 1, """Polres Nunukan Amankan Speedboat Bermuatan Pakaian Bekas dari Tawau
Speedboat tanpa nama yang membawa 80 karung pakaian bekas dicegat di perairan Sebatik.
Barang tersebut diduga akan dikirim ke Parepare menggunakan kapal penumpang.
Kapolres menyebut jalur Tawau-Nunukan masih menjadi pintu utama masuknya cakar ke Sulawesi."""),

("post", "hn_buyer_diary", 0, 1, 1, 1, """Vlog kecil-kecilan: jalan-jalan ke Pajak Melati, pusatnya monza Medan 🛍️
Barang-barangnya emang gila, Ralph Lauren, Patagonia, Carhartt, semua hasil bongkar bal luar.
Aku cuma beli 2 kemeja, totalnya 70 ribu.
Tips: datang pagi pas baru buka karung, dan bawa uang pas.
Video lengkapnya di YouTube ya, link di bio."""),

("post", "hn_report_quoting_ad", 0, 1, 1, 1, """Barusan dapet DM spam gini:
"Halo kak, kami supplier balpres import Jepang Korea, harga mulai 3jt/bal, bisa PO per koli, kirim aman tanpa razia 😉"
Gila ya, udah jelas dilarang malah promo 'aman tanpa razia'.
Aku gak bales, langsung blokir & report. Kalian kalau dapet yang begini juga report aja."""),

("comment", "hn_opinion", 0, 1, 1, 1, """Aku setuju larangan impor pakaian bekas, tapi jangan cuma pedagang kecil di pasar yang dirazia.
Yang bawa kontainer dari luar itu siapa? Kenapa lolos terus di pelabuhan?
Tangkap dulu bos-bos bal-nya baru adil."""),

("article", "hn_explainer", 0, 1, 1, 1, """Mengenal Istilah-Istilah Pakaian Bekas Impor di Berbagai Daerah
Di Medan dikenal sebagai monza, di Makassar dan Parepare disebut cakar (cap karung), di Yogyakarta ada awul-awul, sementara di Kalimantan Barat sering disebut lelong.
Semua istilah itu merujuk pada pakaian bekas yang masuk dalam bal dari luar negeri.
Meski namanya berbeda, status hukumnya sama: impor pakaian bekas dilarang sejak 2022."""),

("post", "hn_buyer_diary", 0, 1, 1, 1, """Weekend haul 🧺
Ke Pasar Kebon Kalapa Bogor pagi tadi, sekarang udah jarang lapak yang buka bal baru.
Dapet celana chino ex Jepang sama sweater rajut, totalnya 90rb.
Pedagangnya bilang stok makin susah karena kapal ditahan.
Kasihan juga sih, tapi ya aturan tetap aturan."""),

("message", "hn_complaint", 0, 1, 1, 1, """Selamat siang kak, saya mau komplain ke kakak sebagai admin grup.
Ada anggota yang jual 'karungan baju bekas impor grade A' terus barang yang dikirim isinya baju sobek semua & basah.
Saya sudah minta refund tapi tidak direspon.
Mohon orang ini dikeluarkan dari grup dan diumumkan supaya yang lain tidak tertipu."""),

("post", "hn_meme", 0, 1, 1, 1, """POV: kamu ke Pasar Senen niatnya cuma lihat-lihat 👀
*3 jam kemudian*
bawa pulang 4 jaket bekas impor, 2 celana, 1 tas yang gak butuh sama sekali
dompet: 📉
lemari: 📈
mama: 😡
#thriftingsenen #pasarsenen #impulsivebuying"""),

("article", "hn_news", 0, 1, 1, 1, """Gudang Balpres di Bandung Digerebek, 1.200 Bal Pakaian Bekas Disegel
Tim gabungan menyegel sebuah gudang di kawasan Gedebage yang menyimpan sekitar 1.200 bal pakaian bekas impor.
Barang diduga masuk melalui pelabuhan di Batam sebelum dikirim lewat jalur darat.
Pemilik gudang dijadwalkan menjalani pemeriksaan pekan depan."""),

("post", "hn_opinion", 0, 1, 1, 1, """Sebagai orang Pontianak, lelong itu bagian dari masa kecilku.
Baju lebaran, seragam olahraga, sepatu bola, semuanya dari lelong yang datang dari Malaysia lewat Entikong.
Sekarang dilarang, ada rasa sedih juga.
Tapi aku paham alasannya: industri tekstil kita harus hidup.
Semoga ada solusi buat pedagang lelong yang sudah puluhan tahun cari makan di situ."""),

("post", "hn_buyer_question", 0, 1, 1, 1, """Guys ada yang pernah beli 'bal tester' dari online shop gak?
Katanya isinya 20 pcs random baju second import buat nyoba sebelum beli bal penuh.
Aku curiga ini penipuan atau barangnya jelek semua.
Share pengalaman kalian dong sebelum aku transfer."""),

("review", "hn_review_no_seller", 0, 1, 1, 1, """Review jujur kemeja flanel monza yang aku beli waktu ke Medan:
Bahan tebal, jahitan rapi, warna masih bagus setelah 10x cuci.
Kekurangan: ada bolong kecil di saku yang gak aku lihat waktu beli.
Overall 8/10, tapi lain kali aku mau coba beli flanel brand lokal aja biar aman."""),

("post", "hn_tutorial", 0, 1, 1, 1, """Tips membedakan jaket thrift asli bal impor vs jaket baru yang 'dibikin vintage':
- Label: barang bal biasanya labelnya pudar, ada tulisan laundry asing.
- Bau: bal punya bau khas gudang.
- Harga: jaket 'vintage look' baru biasanya seragam ukurannya.
Ini cuma buat edukasi ya, bukan ajakan beli barang impor bekas yang dilarang."""),

("comment", "hn_joke", 0, 1, 1, 1, """Temen gw beli jaket cakar di Makassar, pas dirogoh sakunya ada tiket kereta Osaka tahun 2009 😂😂
Katanya 'bonus sejarah'.
Sekarang tiketnya dibingkai di kamar kosnya."""),

("post", "hn_rules", 0, 1, 1, 1, """Kebijakan Konten Toko Kami (wajib dibaca seller baru):
Produk yang dilarang: pakaian bekas impor, balpres, karungan, sepatu bekas luar negeri, termasuk yang diberi label 'thrift' atau 'preloved' tapi berasal dari bal.
Produk yang boleh: pakaian baru, pakaian bekas milik pribadi, produk daur ulang lokal.
Listing yang melanggar akan diturunkan otomatis."""),
("comment", "hn_opinion", 0, 1, 1, 1, """Iye, dulu waktu kecil sa selalu dibelikan cakar sama mama di Pasar Terong, tidak ada malunya itu.
Tapi sekarang sa baca berita, katanya karung-karung dari luar itu banyak isinya sampah, dibuang ji akhirnya.
Jadi bingung mi, mau bela pedagang cakar atau bela penjahit lokal.
Semoga ada jalan tengahnya pemerintah, kodong."""),
]
