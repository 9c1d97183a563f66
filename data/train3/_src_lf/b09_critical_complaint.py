from common import R
RECORDS = [
# ---- critical creator reviews of thrifting (14)
R("post", "legal_critical_review", "0111", """
Aku mau jujur soal thrifting, setelah 4 tahun jadi "anak thrift" 🧵
Dulu aku bangga banget tiap dapet jaket branded 50rb dari tumpukan bal. Aku bikin konten haul, dapet ribuan view.
Sampai suatu hari aku ngobrol sama penjahit di Majalaya yang konveksinya tutup. Dia bilang pesanan turun drastis sejak lapak-lapak karungan menjamur.
Aku juga baru sadar, banyak isi bal itu sebenarnya "sampah" negara lain. Pedagang di Senen sendiri bilang setengah isi bal kadang nggak layak jual dan ujungnya dibuang di sini.
Jadi "sustainable"-nya di mana? Sampahnya cuma pindah alamat.
Aku nggak nge-judge yang masih beli, aku tau harga baju baru makin mahal. Tapi aku berhenti bikin konten haul bal, dan sekarang lebih fokus ke preloved lokal, tukar baju, dan permak.
Kalian gimana? Boleh diskusi dengan sopan di komen 🙏
"""),
R("post", "legal_critical_review", "0111", """
REVIEW: "Hidden gems" di lapak bal itu nggak se-gems itu 😅
Aku coba eksperimen: 3 minggu berturut-turut datang ke lapak bongkar bal di Bekasi, catat semua yang aku lihat.
Minggu 1: dari ±300 potong yang dibongkar, cuma sekitar 40 yang menurutku layak dipakai tanpa perbaikan.
Minggu 2: banyak noda kuning di ketiak, bau apek yang susah hilang walau udah direndam dua kali.
Minggu 3: nemu 2 barang bagus, tapi harganya udah dinaikin karena "brand".
Kesimpulanku: yang viral di TikTok itu hasil kurasi ketat. Realitanya lebih banyak zonk, dan sisanya jadi sampah di sini.
Plus, impor pakaian bekas itu dilarang (HS 6309). Jadi makin susah buat aku merekomendasikan.
Video lengkap di channel, tanpa link toko mana pun.
"""),
R("post", "legal_critical_review", "0111", """
Thread 🧵 kenapa aku berhenti beli baju dari karung impor:
1/ Harga murah itu ada alasannya. Pakaian itu dikumpulkan di Korea, Jepang, atau Eropa sebagai barang buangan, dipres jadi bal, lalu diselundupkan lewat Batam, Tanjungbalai, atau perbatasan Kalimantan.
2/ Karena lewat jalur gelap, nggak ada pemeriksaan kesehatan. Dulu pernah ada uji lab yang nemu jamur dan bakteri di sampel pakaian bekas impor.
3/ Penjahit & UMKM tekstil kita kalah harga. Satu kemeja lokal nggak mungkin dijual 15rb.
4/ "Thrifting" di luar negeri itu beli barang donasi lokal di charity shop. Di sini, yang dijual kebanyakan barang buangan negara lain.
5/ Aku masih suka barang second, tapi sekarang cuma preloved dari orang sini atau tukar-tukaran.
Kalau kalian punya pendapat lain, aku terbuka.
"""),
R("post", "legal_critical_review", "0111", """
Aku ke Pasar Senen lagi buat bikin konten, tapi kali ini bukan haul. Aku mau lihat "belakang layar"-nya.
Di lantai 2 Blok III, aku ngobrol sama seorang pedagang yang udah 15 tahun di sana (namanya aku samarkan). Dia cerita modal satu bal Korea sekarang bisa 9 jutaan, bal Jepang lebih mahal lagi, naik sejak sidak-sidak 2023.
Dia juga ngaku nggak semua isi bal bisa dijual. Yang rusak ditumpuk, kadang dibuang, kadang dijual kiloan buat majun.
Yang bikin aku mikir: dia sendiri bilang anaknya lebih suka beli baju baru di mall 😅
Video ini bukan buat nyuruh kalian belanja di sana. Aku cuma mau nunjukin kalau industri "thrift impor" itu rantai panjang yang ilegal dari hulunya, dan pedagang kecil di ujung rantai itu juga yang paling rentan kena razia.
"""),
R("review", "legal_critical_review", "0111", """
Ulasan jujur setelah ikut 5 kali live "buka karung" di TikTok ⭐⭐
Pro: seru, kayak judi kecil-kecilan, host-nya lucu.
Kontra:
- 2 dari 7 barang yang aku menangin ternyata bolong, padahal di live bilang "mulus".
- Ukuran yang disebut di live sering beda dengan aslinya.
- Bau karungnya nempel, harus laundry 2 kali.
- Nggak ada retur, "no complain" katanya.
- Dan setelah aku baca-baca, barang-barang ini ternyata impor bekas yang masuknya ilegal.
Total aku keluar 430rb buat 7 barang, yang kepake cuma 3.
Aku nggak akan ikut lagi. Nggak rekomendasi.
Catatan tambahan: waktu aku tanya asal barang di komentar, host-nya jawab "dari bal Jepang kak, lewat Batam". Dan komentarku langsung dihapus 😶
Jadi buat kalian yang lagi kepo pengen ikut, pikir-pikir lagi ya.
"""),
R("post", "legal_critical_review", "0111", """
Sebagai fashion content creator, aku sering dapat tawaran endorse dari toko "thrift import" ✋
Biasanya mereka kasih barang gratis + fee, minta aku bilang "hidden gems", "kualitas Jepang", dan kasih link toko.
Aku tolak semuanya sejak tahun lalu. Alasannya:
• Impor pakaian bekas dilarang sejak lama, sekarang diatur di Permendag 18/2021 yang diubah Permendag 40/2022.
• Aku nggak bisa jamin barangnya bersih dan aman.
• Aku nggak mau ikut bikin UMKM konveksi lokal makin tercekik.
Jadi kalau kalian lihat creator yang review bal dan ngarahin ke toko, ingat: itu iklan.
Aku lebih milih kerja sama dengan brand lokal kecil, walau fee-nya jauh lebih kecil.
"""),
R("post", "legal_critical_review", "0111", """
Eksperimen: aku beli 5 kaos dari lapak cakar dan 5 kaos lokal baru, lalu aku pakai & cuci 20 kali 🧪
Hasil kaos cakar (impor bekas): 2 melar di leher setelah 8 kali cuci, 1 warnanya pudar parah, 2 masih oke.
Hasil kaos lokal baru (combed 30s dari brand Bandung): semua masih oke, 1 sedikit menyusut.
Harga rata-rata cakar 20rb, lokal 75rb.
Kalau dihitung per kali pakai, bedanya nggak sejauh yang dibayangkan.
Aku juga nggak nyaman tahu barang cakar masuk lewat jalur ilegal dari Malaysia via Nunukan ke Parepare.
Bukan berarti semua barang bekas buruk, tapi mitos "cakar pasti lebih awet" itu nggak selalu benar.
"""),
R("post", "legal_critical_review", "0111", """
Nonton video unboxing bal Jepang 2 jam di YouTube kemarin, dan aku mau kasih catatan kritis.
1. Creator-nya nggak pernah nyebut kalau impor pakaian bekas itu dilarang. Penonton yang masih SMA bisa mikir ini bisnis aman.
2. Di akhir video dia kasih link supplier dan "kode diskon". Jelas ini promosi.
3. Barang yang sobek, berjamur, ada noda darah (iya, noda darah 😶) dilempar ke "karung sampah" dan nggak dibahas lagi mau dibuang ke mana.
4. Komentar penuh orang yang nanya "modal berapa bang buat mulai".
Aku paham ekonomi lagi susah. Tapi konten kayak gini ngarahin banyak anak muda ke usaha yang berisiko hukum tinggi.
Semoga platform lebih tegas.
"""),
R("post", "legal_critical_review", "0111", """
Sebagai orang Medan, aku besar dengan monza. Mamak dulu beliin baju lebaran dari Pajak Melati, dan aku nggak malu.
Tapi setelah kerja di LSM lingkungan, aku lihat sisi lain: monza itu barang buangan yang masuk lewat pelabuhan-pelabuhan kecil di pantai timur, nggak diperiksa, dan sisanya jadi sampah di sungai kita.
Aku nggak mau menyalahkan inang-inang pedagang di pajak, mereka cari makan. Yang harus ditindak itu jaringan penyelundupnya.
Buat yang masih belanja monza: pilihan kalian, tapi tahu juga risikonya.
Buat yang bikin konten haul monza: tolong jangan glorifikasi, apalagi kasih alamat lapak untuk "hidden gems".
"""),
R("review", "legal_critical_review", "0111", """
Ulasan buku: "Pakaian Kedua" – reportase tentang jalur pakaian bekas dari Asia Timur ke Indonesia ⭐⭐⭐⭐
Penulisnya menelusuri rute dari gudang pengumpulan di Busan, ke pelabuhan di Malaysia, masuk lewat Batam dan Tanjungbalai, sampai ke lapak di Senen dan Gedebage.
Bab paling menarik soal "bahasa rahasia" pedagang: kepala-badan-kaki, balan pendek, pecah kawat.
Kelemahannya: kurang suara dari penjahit lokal yang terdampak.
Cocok buat yang mau paham kenapa thrifting impor itu masalah, bukan sekadar tren.
"""),
R("post", "legal_critical_review", "0111", """
Kemarin aku diundang jadi pembicara di kampus soal "Thrifting: Tren atau Masalah?" 🎤
Aku bawa data sederhana: barang bekas impor masuk dalam bentuk bal 100 kg, dijual ke pedagang 5-14 juta per bal, lalu dijual eceran 10-150rb per potong.
Mahasiswa banyak yang kaget kalau semua itu ilegal sejak awal masuk.
Ada yang nanya: "Kak, kalau aku beli buat dipakai sendiri, salah nggak?" Jawabanku: yang dilarang itu impor dan perdagangannya; sebagai pembeli, kamu ikut menjaga permintaan tetap ada.
Diskusinya seru. Makasih BEM FEB yang udah ngundang!
Beberapa mahasiswa juga cerita pernah ikut "patungan bal" dan rugi. Ada yang isinya setengah sampah, ada yang koordinatornya kabur.
Aku tutup sesi dengan ajakan: kalau suka barang second, cari preloved lokal atau ikut swap, dan dukung konveksi lokal yang bikin baju baru dengan harga wajar.
"""),
R("post", "legal_critical_review", "0111", """
Tanggapan buat yang bilang "thrifting impor itu ramah lingkungan" 🌍
Menurutku itu cuma setengah benar. Memperpanjang umur pakaian memang baik. Tapi bal impor itu dikirim ribuan kilometer pakai kapal, diselundupkan, lalu sebagian besar isinya nggak layak dan jadi sampah di negara kita.
Negara asalnya dapat citra "daur ulang", kita dapat sisa sampahnya.
Kalau mau benar-benar ramah lingkungan: beli lebih sedikit, rawat pakaian, beli preloved dari orang sekitar, tukar baju, permak.
Bukan borong karungan Jepang karena murah.
Dan satu lagi: jangan lupa, pakaian impor bekas juga masuk tanpa pemeriksaan kesehatan apa pun.
Jadi "ramah lingkungan" versi karungan itu sebenarnya memindahkan masalah, bukan menyelesaikannya.
"""),
R("post", "legal_critical_review", "0111", """
Review jujur tempat thrift viral di Bandung (tidak disebut namanya) 📝
Tempatnya rapi, ada AC, barang digantung per warna, estetik banget buat foto.
Tapi waktu aku tanya asal barangnya, mbaknya jawab polos: "dari bal Korea kak, ambil dari Gedebage".
Harganya 3-4x lipat dari harga lapak Gedebage.
Jadi pada dasarnya ini barang impor bekas yang sama, cuma dikemas ulang dengan lighting bagus.
Aku nggak belanja, dan aku nggak akan merekomendasikan tempat ini.
"""),
R("post", "legal_critical_review", "0111", """
Kenapa aku hapus semua video "bongkar bal" lama di channelku 🗑️
Tahun 2021-2022 aku bikin 30+ video bongkar bal. Views tinggi, tapi komentar paling banyak: "supplier-nya di mana bang?".
Aku sadar, aku jadi corong iklan buat perdagangan yang ilegal. Beberapa supplier yang dulu aku tag juga akhirnya kena razia.
Aku minta maaf ke penonton yang rugi karena ikut-ikutan beli bal dan ternyata isinya sampah.
Mulai sekarang channel ini fokus ke perawatan pakaian, permak, dan brand lokal.
Beberapa video lama masih bisa ditemukan di akun re-upload orang lain, dan aku sudah minta mereka menurunkan.
Kalau ada supplier yang masih pakai cuplikan videoku untuk promosi, tolong kabari.
"""),
# ---- complaints / reports quoting an illegal ad in full (18)
R("message", "legal_complaint_quote", "0111", """
Yth. Tim Pusat Bantuan,
Saya ingin melaporkan iklan di marketplace Anda yang menurut saya menjual pakaian bekas impor. Berikut isi iklannya saya salin apa adanya:
"READY BAL KOREA GRADE A 🇰🇷 isi ±450 pcs, kaos campur 8,5 jt, kemeja 9 jt, kirim via ekspedisi tertutup, chat aja kak"
Nama toko: (saya lampirkan di tangkapan layar). Iklan ini sudah tayang lebih dari 2 minggu.
Setahu saya impor pakaian bekas dilarang berdasarkan Permendag 18/2021 jo. Permendag 40/2022.
Mohon ditindaklanjuti. Terima kasih.
Sebagai tambahan, akun yang sama juga membuat unggahan lain dengan kata "balan pendek ±200 pcs" dan "ready koli 60 kg", yang saya pahami juga merupakan penjualan pakaian bekas impor dalam bentuk bal.
Saya siap memberikan informasi tambahan jika diperlukan.
"""),
R("post", "legal_complaint_quote", "0111", """
Guys, aku udah report akun ini tapi masih belum diturunin 😤
Ini caption yang dia pakai, aku copas:
"BONGKAR BAL MALAM INI JAM 8 🔴 isi jaket & sweater Jepang, harga mulai 35rb, ketik MAU di live, transfer max 1x24 jam"
Dia live tiap malam dan jelas-jelas jual barang bekas impor.
Tolong bantu report ya, biar cepat ditindak. Jangan beli, jangan share.
"""),
R("message", "legal_complaint_quote", "0111", """
Laporan konten – kategori: barang terlarang
Tautan: [disensor]
Teks unggahan yang dilaporkan:
"monza pilihan kak, kemeja flanel 45rb, jaket parasut 60rb, baru pecah kawat tadi pagi di pajak, COD Medan, luar kota JNT"
Alasan laporan: "monza" adalah sebutan pakaian bekas impor di Medan; "pecah kawat" artinya bal baru dibuka. Unggahan ini menawarkan pakaian bekas impor secara eceran.
Pelapor: pengguna terverifikasi.
"""),
R("post", "legal_complaint_quote", "0111", """
Saya penjahit rumahan di Sukabumi. Saya mau tunjukkan kenapa usaha kami makin sepi.
Ini iklan yang muncul terus di beranda saya:
"Kemeja import second mulai 15rb!! langsung dari karung Jepang, kualitas jauh di atas lokal 😎 free ongkir min 3 pcs"
"Kualitas jauh di atas lokal", katanya. Saya jahit kemeja dengan upah 25rb per potong, belum bahan.
Bagaimana kami bisa bersaing dengan barang buangan yang masuk secara ilegal?
Saya sudah laporkan iklan itu. Mohon pemerintah dan platform serius.
Buat teman-teman sesama penjahit, ayo kita laporkan juga kalau ketemu iklan seperti ini. Dan buat pembeli, coba bandingkan: kemeja kami memang lebih mahal, tapi baru, ukurannya pas, dan uangnya berputar di kampung sendiri.
"""),
R("message", "legal_complaint_quote", "0111", """
Halo CS, saya mau tanya sekaligus melapor.
Kemarin saya nemu grup di aplikasi kalian yang isinya rekrut reseller. Ini pesan yang dikirim admin grup ke saya:
"Kak mau penghasilan tambahan? Gabung reseller thrift, barang seken luar dari bal Korea & Jepang, tanpa modal, kami yang kirim atas nama toko kakak. Untung 10-30rb per pcs."
Saya tidak ikut. Tapi saya khawatir banyak ibu-ibu yang tergiur tanpa tahu barangnya ilegal.
Apakah grup seperti ini boleh? Mohon dicek.
"""),
R("post", "legal_complaint_quote", "0111", """
Aduan warga 📣
Setiap Sabtu pagi ada truk bongkar karung di gang kami (Kelurahan Sei Harapan), lalu siangnya ada yang live jualan di garasi. Ini tulisan di spanduknya, saya foto dan ketik ulang:
"BALPRES BATAM – ECER & GROSIR – KAOS 10RB DAPAT 3 – JAKET 25RB"
Selain parkir truk bikin macet, warga juga khawatir soal kebersihan karena karung ditumpuk sampai ke selokan.
Kami sudah sampaikan ke RT, mohon dinas terkait meninjau.
"""),
R("message", "legal_complaint_quote", "0111", """
Kepada Admin Grup FB Jual Beli Makassar,
Mohon dihapus postingan berikut karena melanggar aturan grup poin 7 (barang terlarang):
"Cakar pilihan ki', kemeja 25rb ji, stok baru dari Pare tiap minggu, karungan baru dibuka Minggu di Antang, DM ki"
Sudah tiga kali akun yang sama memposting hal serupa.
Terima kasih, Rahmat (member).
"""),
R("post", "legal_complaint_quote", "0111", """
Hati-hati sama akun yang pakai kata-kata samar begini. Aku copas caption-nya persis:
"Ready 'sandang luar' 🌏 yang tau tau aja 😉 karung baru buka, isi jaket & sweater, borong per karung nego, kirim luar pulau aman"
"Sandang luar" + "karung" itu kode buat pakaian bekas impor. Mereka sengaja nggak pakai kata "bekas" atau "impor" biar nggak kena filter.
Aku udah lapor, kalian juga bisa bantu lapor kalau ketemu.
"""),
R("message", "legal_complaint_quote", "0111", """
Formulir pengaduan konsumen – Direktorat Tertib Niaga
Nama pelapor: (dirahasiakan)
Lokasi kejadian: toko daring di platform video pendek
Uraian: Penjual menayangkan siaran langsung berjudul "BUKA KARUNG JEPANG PART 3" dengan deskripsi: "isi coat & knit bekas Jepang, harga 50-150rb, ketik kode barang, no retur". Saya membeli 2 barang, barang yang datang berjamur.
Saya baru tahu bahwa perdagangan pakaian bekas impor dilarang. Mohon ditindaklanjuti terhadap penjual tersebut.
Lampiran: tangkapan layar, bukti transfer.
Tambahan keterangan: saat saya menghubungi penjual untuk meminta pengembalian dana, penjual menjawab "barang bal memang untung-untungan, no retur" lalu memblokir akun saya.
Saya berharap laporan ini dapat membantu mencegah korban lain.
"""),
R("post", "legal_complaint_quote", "0111", """
Ini contoh kenapa moderasi otomatis sering kecolongan 🤦
Iklan di bawah ini lolos seminggu:
"b.a.l j.e.p.a.n.g baru tiba 📦 isi c.o.a.t, k.n.i.t, k.e.m.e.j.a, harga per bal & ecer, barang s.e.k.e.n pilihan #thriftjepang"
Kata-katanya dipisah titik, jadi filter kata kunci nggak nangkep.
Padahal manusia yang baca langsung ngerti: ini jualan bal pakaian bekas impor.
Semoga tim trust & safety baca ini.
"""),
R("message", "legal_complaint_quote", "0111", """
Pak Lurah yang kami hormati,
Kami warga RW 09 ingin menyampaikan keberatan atas kegiatan di gudang bekas pabrik tahu di ujung jalan. Setiap malam ada orang membongkar karung dan memasang spanduk bertuliskan:
"GROSIR BAL IMPOR – KOREA/JEPANG – TERIMA RESELLER – BUKA 24 JAM"
Selain suara bising hingga dini hari, kami khawatir kegiatan ini melanggar aturan dan mengundang masalah di lingkungan kami.
Mohon bapak dapat berkoordinasi dengan pihak berwenang.
Hormat kami, perwakilan warga.
Tembusan: Ketua RT 03, Ketua RT 04, Babinsa, dan Bhabinkamtibmas kelurahan.
Terlampir foto spanduk, video aktivitas bongkar muat, dan daftar tanda tangan 37 kepala keluarga.
"""),
R("post", "legal_complaint_quote", "0111", """
Kemarin adik saya (kelas 2 SMA) hampir transfer 1 juta ke akun ini buat "paket usaha pemula". Ini iklannya:
"PAKET USAHA PEMULA 💼 1 karung unsortir ±80 kg = 3,5 jt, 1 karung sortiran A = 4,7 jt, cicil bisa, barang ex luar bukan pabrik lokal"
Untung dia nanya saya dulu. Saya jelaskan itu barang bekas impor yang dilarang, belum lagi risiko penipuan.
Buat kakak-kakak yang punya adik remaja, tolong diawasi ya. Iklan begini banyak banget di beranda mereka.
"""),
R("message", "legal_complaint_quote", "0111", """
Dear Trust & Safety team,
Reporting the following listing (Indonesian) as prohibited goods – used clothing imports:
"ROMA PILIHAN BAH 👖 celana jeans Levi's & Lee ori 70-120rb, barang baru turun Jumat dibongkar Sabtu, lapak di Pasar Baru Nunukan, kirim ke Tarakan & Tanjung Selor bisa"
Context: "roma" = rombengan Malaysia, used clothing smuggled from Tawau. "Barang baru turun" refers to a new sack arriving, not new goods.
Please review. Thanks.
Additional note: the same seller also posts live sessions titled "buka karung roma" every Friday evening, and tags a shipping contact for Tarakan and Parepare.
Screenshots attached.
"""),
R("post", "legal_complaint_quote", "0111", """
Lapor Pak Polisi 🙏 @humas.polres (mohon izin tag)
Akun ini terang-terangan iklan begini di grup kota kita:
"Masuk via Kuala Tungkal, sampai Jambi kota hari Kamis 🚚 stok kemeja kantor, celana bahan, jas, tas kerja, ruko Jalan Wonogiri"
Kalau baca beritanya, jalur Kuala Tungkal itu memang sering dipakai menyelundupkan pakaian bekas dari Singapura dan Malaysia.
Semoga bisa ditindaklanjuti.
"""),
R("message", "legal_complaint_quote", "0111", """
Kepada Yth. Pengelola Marketplace,
Kami dari asosiasi pengusaha konveksi kecil wilayah Priangan menyampaikan daftar 12 toko yang diduga menjual pakaian bekas impor. Sebagai contoh, salah satu deskripsi produk berbunyi:
"THRIFT IMPORT SECOND ORIGINAL 💯 semua barang bekas pakai dari Jepang & Korea, bukan KW, bukan lokal, jaket 60-150rb, free ongkir min 300rb"
Daftar lengkap dan tautan kami lampirkan. Kami berharap platform menindaklanjuti sesuai kebijakan barang terlarang dan peraturan perundang-undangan.
Hormat kami, Sekretariat Asosiasi.
Kami juga menemukan bahwa beberapa toko menggunakan nama merek lokal untuk mengelabui pembeli, padahal deskripsi barang menyebut "ex bal Korea" atau "karungan Jepang".
Kami siap berdiskusi dan membantu penyusunan daftar istilah yang sering dipakai penjual.
"""),
R("post", "legal_complaint_quote", "0111", """
Laporan komunitas pemerhati UMKM minggu ini 📊
Kami memantau 50 unggahan berhashtag #thrift di satu platform. 31 di antaranya secara eksplisit atau terselubung menjual pakaian bekas impor. Contoh kutipan:
– "ready b4l k0r3a, ecer & grosir" (ejaan diubah)
– "awuI-awuI onIine, barang bongkaran baIan tiap minggu" (huruf l diganti I)
– "ballpress asal Malaysia, ambil di Sanggau"
Semua sudah kami laporkan lewat fitur report. Sampai hari ini 9 diturunkan.
"""),
R("post", "legal_complaint_quote", "0111", """
Unpopular opinion tapi aku harus bilang 😮‍💨
Tadi scroll dan nemu postingan seleb kota ini yang nulis: "Thrift haul dari gudang @xxx yang baru buka bal Eropa, coat wol 120rb, besok mereka buka lagi jam 9, DM aku buat alamat."
Itu jelas-jelas ngarahin orang ke penjual bal impor. Followers-nya 200 ribu.
Aku udah report. Dan aku harap kita berhenti normalisasi beginian cuma karena dibungkus kata "hidden gems".
"""),
R("message", "legal_complaint_quote", "0111", """
Min, ini ada yang jualan pakai akun toko olahraga tapi isinya begini:
"Sepatu per bal 👟 asal Thailand, isi 80-100 pasang, grade A 9 jt/bal, grade B 6,5 jt, minat borong hubungi admin"
Itu sepatu bekas impor kan min? Bukannya dilarang juga?
Tolong dicek ya, soalnya toko ini juga banyak iklan di beranda.
"""),
]
