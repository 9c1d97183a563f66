from common import R

# ---------- legal: creators reviewing thrifting critically ----------
R("post", "legal_critical_creator_review", "0111", """
Aku udah 4 tahun thrifting, dan hari ini aku mau jujur soal sisi gelapnya 🧵
1. Sebagian besar baju di pasar thrift kita datang dari bal impor yang masuk secara ilegal. Pedagang kecil sering nggak tahu, tapi rantainya panjang: pabrik press di luar negeri, kapal, pelabuhan kecil, gudang, baru sampai ke kios.
2. Dari satu bal, yang benar-benar layak jual kadang cuma separuh. Sisanya jadi sampah tekstil di sini, bukan di negara asalnya.
3. Narasi "thrifting = ramah lingkungan" itu cuma benar kalau barangnya berputar di lingkungan sendiri, bukan dikirim ribuan kilometer.
4. Konveksi kecil di Bandung, Solo, Pekalongan kalah harga telak.
Aku nggak nyuruh kalian berhenti beli barang bekas. Tapi coba pilih preloved lokal, tukar baju sama teman, atau beli dari orang yang jual lemarinya sendiri.
Thread ini bukan promosi, nggak ada link toko di sini 🙏
""")

R("post", "legal_critical_creator_review", "0111", """
REVIEW: aku ikut live "bongkar bal" tiga kali, ini pengalamanku 🎥
Live pertama: seru, kayak gacha. Aku checkout jaket 150rb, pas sampai ternyata ada sobek di ketiak yang nggak ditunjukin di live.
Live kedua: host-nya cepet banget ngomong, aku salah ketik nomor dan ditagih barang yang nggak aku mau.
Live ketiga: barangnya bau apek parah, butuh dicuci 3x.
Kesimpulan: sistem live bal itu didesain biar kamu panik dan impulsif. Barangnya bekas impor yang statusnya sebenarnya dilarang masuk, dan kamu nggak punya perlindungan apa pun kalau kecewa.
Aku nggak akan sebut nama akunnya, tapi please, pikir dua kali sebelum ikut.
""")

R("post", "legal_critical_creator_review", "0111", """
Video baru: "Aku Ikutin Perjalanan Satu Bal dari Pelabuhan sampai Lapak" 📹
Di video ini aku ngobrol sama sopir truk, kuli gudang, dan pedagang kecil (semua disamarkan). Beberapa hal yang bikin aku kaget:
— Satu bal bisa pindah tangan 3-4 kali sebelum dibuka
— Pedagang kecil yang paling nanggung risiko kalau ada razia
— Harga bal naik turun tergantung "situasi" di jalur masuk
— Yang untung besar justru bukan pedagang di pasar
Video ini bukan buat menghakimi pedagang, mereka juga cari makan. Tapi kita sebagai pembeli perlu tahu apa yang kita dukung.
Link di bio, tonton sampai habis ya.
Catatan: semua narasumber sudah setuju diwawancarai dengan wajah dan suara disamarkan. Aku juga nggak menyebut lokasi gudang secara spesifik.
""")

R("review", "legal_critical_creator_review", "0111", """
⭐️⭐️ untuk pengalaman thrifting di Gedebage minggu lalu
Sebagai konten kreator fashion aku sering diajak "hunting hidden gems". Kali ini aku datang sebagai pembeli biasa.
Yang bagus: harganya memang murah, pilihannya banyak, pedagangnya ramah.
Yang bikin aku mikir: hampir semua pedagang bilang barangnya dari bal Korea dan Jepang. Ada yang terang-terangan bilang barang baru masuk lewat Batam. Beberapa baju masih ada bekas noda dan bau lembab.
Aku pulang bawa satu jaket, tapi sepanjang jalan kepikiran soal konveksi-konveksi kecil di sekitar Bandung yang susah bersaing.
Bukan review buat mengajak, bukan juga buat melarang. Cuma catatan jujur.
""")

R("post", "legal_critical_creator_review", "0111", """
Kenapa aku berhenti bikin konten "thrift haul" 🙅‍♀️
Dua tahun aku rutin upload haul dari pasar thrift. Views-nya bagus, endorse banyak. Tapi makin lama makin nggak enak.
Aku sadar konten kayak gitu ikut menaikkan permintaan barang bekas impor yang sebenarnya dilarang. Tiap kali aku tag lapak, lapaknya diserbu, pedagangnya pesan bal lagi.
Jadi mulai bulan ini konten aku ganti: mix and match isi lemari sendiri, tukar baju sama followers, dan review brand lokal kecil.
Mungkin views turun. Nggak apa-apa.
Beberapa followers protes, katanya aku munafik karena dulu juga ikut mempromosikan. Iya, aku akui. Tapi lebih baik berhenti sekarang daripada terus. Buat teman-teman kreator lain, aku nggak menghakimi, cuma ngajak mikir bareng.
""")

R("post", "legal_critical_creator_review", "0111", """
Myth vs Fact soal thrifting bal 🧐
MYTH: Baju thrift itu donasi orang luar negeri yang nggak kepake.
FACT: Banyak yang memang awalnya donasi, tapi kemudian dijual per ton oleh pengepul ke pabrik sortir, lalu di-press jadi bal dan diekspor. Ini bisnis, bukan amal.
MYTH: Kalau dicuci, aman.
FACT: Kebanyakan aman setelah dicuci benar, tapi BPOM dan Kemendag pernah menemukan jamur dan bakteri di sampel pakaian bekas impor.
MYTH: Thrifting pasti ramah lingkungan.
FACT: Tergantung. Mengirim berton-ton baju lintas negara, lalu membuang separuhnya di TPA kita, bukan hal yang hijau.
Sumber bacaan aku taruh di komentar. Diskusi yang sopan ya 🙏
""")

R("post", "legal_critical_creator_review", "0111", """
Aku bandingin 3 jaket: satu dari bal Jepang (beli di pasar), satu brand lokal baru, satu preloved dari teman 🔍
Jaket bal: 85rb, bahan bagus, tapi ada noda permanen & bau gudang. Aku nggak tahu asal-usulnya, dan ternyata barang seperti ini dilarang diimpor.
Jaket brand lokal: 349rb, bahan oke, jahitan rapi, ada garansi.
Jaket preloved teman: 100rb, kondisi 90%, aku tahu persis riwayatnya 😂
Pemenang versiku: preloved teman, lalu brand lokal.
Ini bukan konten berbayar dan aku nggak sebut nama toko mana pun.
Catatan: jaket bal itu aku beli sebelum tahu soal larangannya. Sekarang aku simpan buat dipakai sendiri aja, nggak aku jual lagi. Buat yang nanya brand lokalnya apa, aku sengaja nggak sebut karena nggak mau konten ini jadi iklan.
""")

R("post", "legal_critical_creator_review", "0111", """
Ngobrol sama pedagang cakar di Makassar: "Kami cuma pedagang kecil, Dik" 🎙️
Di episode podcast kali ini aku ngobrol sama Daeng S (nama disamarkan), 15 tahun jualan cakar di dekat Pasar Terong. Dia cerita soal karung yang datang dari Parepare, soal anaknya yang bisa kuliah dari hasil jualan, dan soal ketakutannya tiap ada kabar razia.
Aku nggak punya jawaban gampang. Di satu sisi aturannya jelas melarang impor pakaian bekas. Di sisi lain ada ribuan keluarga yang hidup dari sini.
Yang aku harap: pemerintah nggak cuma razia, tapi juga siapin jalan keluar buat pedagang kecil.
Episode lengkap di Spotify.
""")

R("post", "legal_critical_creator_review", "0111", """
"Hidden gem" itu nggak gratis 💭
Setiap kali kita heboh nemu jaket Carhartt 100rb di tumpukan bal, ada cerita lain yang jarang dibahas: ratusan baju lain dari bal yang sama berakhir jadi sampah, karena nggak layak jual.
Di Senen, pedagang nyebutnya "sampah" terang-terangan. Sebagian dijual kiloan buat majun, sebagian dibuang.
Aku bukan mau bikin kalian merasa bersalah. Cuma pengen kita lebih sadar, dan mungkin lebih sering beli preloved dari sesama, bukan dari karungan.
Kalau kalian suka sensasi berburu, coba deh datang ke bursa preloved warga atau swap party. Sensasinya sama, nemu barang bagus dengan harga murah, tapi barangnya berputar di antara kita sendiri, bukan datang dari karung yang nggak jelas jalurnya.
""")

R("review", "legal_critical_creator_review", "0111", """
Review buku: "Pakaian Bekas dan Jejak Perdagangan Lintas Batas" (fiksi nonfiksi, haha, buku fiktif di kepala aku)
Bercanda. Ini sebenarnya rangkuman bacaan aku sebulan terakhir soal perdagangan baju bekas di Indonesia.
Poin penting:
— Istilahnya beda-beda tiap daerah: cakar di Sulsel, monza di Medan, awul-awul di Jogja-Jateng, lelong di Pontianak, cabo di Sulut dan Maluku.
— Jalur masuk yang sering disebut: Tanjungbalai, Batam, Nunukan, Entikong, pelabuhan-pelabuhan kecil di pesisir timur Sumatera.
— Harga per bal di pasar bisa jutaan sampai belasan juta tergantung asal dan isi.
— Larangan impornya sudah ada sejak 2015 dan dipertegas lagi di 2021-2022.
Kesimpulan aku: ini bukan isu "gaya hidup", ini isu perdagangan, tenaga kerja, dan lingkungan sekaligus.
""")

# ---------- legal: comment threads where the seller clarifies the goods are new/own ----------
R("comment", "legal_comment_thread_clarified", "1010", """
@dinda.ayu: kak ini impor bekas? soalnya mirip banget sama yang di senen 😅
@kainkita.official: bukan kak, baru 🙏 ini produksi kami sendiri di Bandung, masih ada plastik & label
@dinda.ayu: oh gitu, kirain bal. size L ready?
@kainkita.official: ready kak, warna sage sama cream. bisa checkout di keranjang ya
""")

R("comment", "legal_comment_thread_clarified", "1010", """
@budi_santoso88: bang ini barang karungan ya? murah bgt soalnya
@gudangkaos.solo: bukan bang, ini kaos baru dari pabrik kami di Sukoharjo, makanya murah karena langsung dari produsen
@budi_santoso88: oh sorry bang, kirain sortiran
@gudangkaos.solo: santai bang 😄 ada size XXL juga kalau butuh
""")

R("comment", "legal_comment_thread_clarified", "1010", """
@mamanyaraka: Mba, ini baju anak second impor ya? Saya cari yang baru soalnya 🙏
@lilmomo.kids: Bukan Bun, semua baru, jahitan penjahit rumahan di Klaten 🤗 Bahan katun jepang lokal, bukan barang bekas.
@mamanyaraka: Alhamdulillah. Yang motif dino ukuran 3 tahun ada?
@lilmomo.kids: Ada Bun, sisa 4 pcs, langsung checkout ya biar nggak keduluan
""")

R("comment", "legal_comment_thread_clarified", "1010", """
@rizky.thrift: ini monza kah bang?
@tobasilk.id: Bukan lae, ini kemeja ulos modern, baru, ditenun di Toba dan dijahit di Medan 🙏
@rizky.thrift: wah keren kali, kirain barang goni
@tobasilk.id: hahaha bukan, barang baru semua. ukuran M-XXL ada, silakan lihat katalog
@rizky.thrift: siap bang, nanti aku DM
""")

R("comment", "legal_comment_thread_clarified", "1010", """
@sekar.ws: Kak, aku pernah beli di toko lain, katanya "vintage" ternyata barang bal. Ini beneran baru?
@rajutsenja: Halo Kak Sekar 🙏 Beneran baru. Semua cardigan dirajut di Binong Jati, Bandung. Bisa lihat proses rajutnya di highlight "Produksi".
@sekar.ws: Oke kak, aku liat dulu ya
@rajutsenja: Siap, kalau ada yang mau ditanyakan langsung chat aja 🤍
@sekar.ws: Udah liat, yakin! Checkout warna mocca ya kak
@rajutsenja: Makasih Kak Sekar 🙏 Pesanan diproses hari ini, dikirim besok pagi dari Bandung. Setiap cardigan ada kartu kecil dengan nama perajutnya.
@dewi.lestari: Ikut nimbrung, aku udah beli 3 kali di sini, beneran baru semua dan rajutannya rapat 👍
""")

R("comment", "legal_comment_thread_clarified", "1010", """
@arief_kurniawan: Harganya kok 45rb doang, ini impor bekas ya?
@polosan.id: Bukan kak, baru. Kaos polos cotton combed 30s, produksi Bandung. Kami jual tipis karena volume.
@arief_kurniawan: Oh oke. Bisa sablon?
@polosan.id: Bisa kak, minimal 12 pcs. Chat WA admin ya
""")

R("comment", "legal_comment_thread_clarified", "1010", """
@nurul.mks: ini cakar kah kak? 😁
@batiksulawesi.store: bukan kak, ini kemeja motif lontara, baru, dijahit di Makassar 🙏
@nurul.mks: owh. bisa COD di Panakkukang?
@batiksulawesi.store: bisa kak, tiap Sabtu. isi format order dulu ya
""")

R("comment", "legal_comment_thread_clarified", "1110", """
@yuniii: kak ini bal ya? kok sepatunya bekas
@lemari.kak.tia: bukan kak, ini sepatu aku sendiri 😅 beli di Sport Station Margo City tahun lalu, aku lagi beresin rak sepatu
@yuniii: oh maaf kak. size 39 kan?
@lemari.kak.tia: iya 39, pemakaian 5 bulan, sol masih tebal. boleh COD di Depok
""")

R("comment", "legal_comment_thread_clarified", "1010", """
@hendra.jkt: Gan, jaket kayak gini di Senen 70rb, di sini kok 280rb? Impor bekas juga kan?
@parkajakarta: Halo gan 🙏 Beda barang. Jaket kami baru, bahan taslan waterproof, dijahit di Bogor, ada garansi resleting 6 bulan. Kalau di Senen biasanya second impor.
@hendra.jkt: Ooh baru toh. Ada size XXL?
@parkajakarta: Ada gan, tinggal warna navy & hitam
""")

R("comment", "legal_comment_thread_clarified", "1010", """
@melati_92: sis, awul-awul tah iki?
@klambi.jogja: mboten mbak 🙏 niki baru sedaya, jahitan penjahit ing Bantul. Bahan rayon motif kembang.
@melati_92: woo apik. ukuran XL enten?
@klambi.jogja: wonten mbak, monggo dipun checkout 😊
""")

R("comment", "legal_comment_thread_clarified", "1010", """
@dodi.stm: bang, ini sepatu second impor thailand ya?
@sepatukulit.cibaduyut: Bukan bang, sepatu baru, buatan pengrajin Cibaduyut 👞 Kulit sapi asli, sol karet.
@dodi.stm: oh baru, kirain bekas karena warnanya kayak antik
@sepatukulit.cibaduyut: itu efek burnished bang, disengaja. Size 39-44 ready
""")

R("comment", "legal_comment_thread_clarified", "1010", """
@tante.lina: Mau tanya, ini baju lelong ke?
@tenunsambas.id: Bukan, Bu. Ini kain dan baju tenun Sambas baru, ditenun oleh penenun di Sambas, dijahit di Pontianak 🙏
@tante.lina: Cantik nian. Harga selendang berape?
@tenunsambas.id: Selendang mulai 250rb, Bu. Baju mulai 450rb.
""")

# ---------- legal: complaints / reports quoting an illegal ad in full ----------
R("message", "legal_complaint_quoting_ad", "0111", """
Laporan ke tim moderasi marketplace
Saya ingin melaporkan toko berikut karena menjual pakaian bekas impor dalam bentuk bal. Berikut isi iklannya yang saya salin:
"BAL KOREA GRADE A READY!! Isi 200 pcs campur, 8,7jt, barang dari Batam, kirim seluruh Indonesia, live bongkar bal tiap malam jam 8."
Iklan ini tayang di kategori Fashion Wanita dan sudah dilihat ribuan orang. Setahu saya impor pakaian bekas dilarang sesuai Permendag. Mohon ditindaklanjuti.
Terima kasih.
Tambahan informasi: toko yang sama juga mengarahkan pembeli ke grup WhatsApp untuk katalog bal lengkap, sehingga transaksi terjadi di luar platform. Saya lampirkan tangkapan layar halaman toko dan jadwal live yang mereka unggah di bagian ulasan.
""")

R("post", "legal_complaint_quoting_ad", "0111", """
Tolong dibantu report ya teman-teman 🙏
Ada akun yang jualan di grup FB jual-beli kota kami dengan caption begini:
"Monza goni baru dari Tanjungbalai, isi jaket & kemeja, 2,3jt per goni, antar gratis Medan-Binjai, yang mau jadi reseller japri."
Bukan soal iri sama dagangannya. Tapi barang seperti itu dilarang masuk, dan grup ini aturannya jelas cuma buat barang lokal dan preloved pribadi. Admin grup sudah aku tag tapi belum respon.
Buat yang nggak tau cara report di grup: klik titik tiga di pojok postingan, pilih "Laporkan ke admin", terus pilih alasan "Melanggar aturan grup". Kalau admin tetap diam, bisa juga dilaporkan langsung ke Facebook dengan alasan barang terlarang.
""")

R("message", "legal_complaint_quoting_ad", "0111", """
Kepada Yth. Admin Grup "Jual Beli Makassar & Sekitarnya"
Dengan hormat, saya melaporkan postingan anggota atas nama "Cakar Murah Daeng" yang berbunyi:
"Cakar karungan baru datang dari Pare, isi kemeja & celana, karung 2,4jt, ecer 15rb, bisa kirim ke kabupaten."
Sesuai peraturan grup nomor 5, dilarang memasarkan barang ilegal. Pakaian bekas impor termasuk barang dilarang impor. Mohon postingan tersebut ditinjau.
Hormat saya,
Anggota grup
Sebagai tambahan, postingan serupa dari akun yang sama sudah muncul tiga kali dalam seminggu terakhir dengan foto karung yang berbeda. Beberapa anggota juga menanyakan harga di kolom komentar. Mohon admin mempertimbangkan untuk membatasi akun tersebut.
""")

R("post", "legal_complaint_quoting_ad", "0111", """
Aku barusan liat iklan ini di beranda, screenshot udah aku simpan:
"🔥 BONGKAR KARUNG LIVE 🔥 karung fresh dari seberang (Tawau), jaket & sweater tebal, harga live mulai 30rb, pemenang transfer maks 2 jam."
Udah aku report dengan alasan "barang ilegal". Kalian yang liat juga, tolong report ya. Platform katanya udah punya aturan larangan pakaian bekas impor, tapi tetap aja lolos.
Bukan mau matiin rezeki orang, tapi adil dong buat penjahit dan konveksi lokal.
Buat yang nanya cara report: klik titik tiga di pojok kanan atas iklan, pilih "Laporkan", terus pilih "Barang ilegal atau diatur". Tulis di kolom keterangan kalau ini pakaian bekas impor, biar moderator nggak bingung. Makin banyak yang lapor, biasanya makin cepat ditangani.
""")

R("message", "legal_complaint_quoting_ad", "0111", """
Pengaduan konsumen — Nomor tiket akan diisi petugas
Nama pelapor: (disamarkan)
Kota: Pekanbaru
Isi pengaduan: Saya menemukan iklan di media sosial dengan teks sebagai berikut: "Bal campur Korea masuk Dumai, 12 bal ready, DP 30%, barang belum dibongkar, pedagang Pekanbaru silakan booking." Iklan ini menyertakan nomor WhatsApp yang disamarkan sebagian (0823xxxx).
Saya mohon instansi terkait memeriksa, karena menurut pemberitaan pakaian bekas impor adalah barang yang dilarang diimpor.
Lampiran: tangkapan layar (2 file).
Keterangan tambahan: iklan tersebut dibagikan di beberapa grup Facebook komunitas pedagang dan mendapat puluhan komentar yang menanyakan harga. Saya tidak memiliki hubungan dengan penjual maupun pedagang pesaing, semata-mata melapor sebagai warga.
""")

R("post", "legal_complaint_quoting_ad", "0111", """
Ini contoh kenapa kita perlu filter yang lebih pintar. Iklan berikut lolos di marketplace karena nggak ada kata "bekas" atau "impor":
"b4l k0r3a r3ady, isi 180pcs camp gr4de A, h4rga 8,9jt, dm ya kak."
Semua orang yang ngerti pasti tahu ini bal pakaian bekas dari Korea. Sudah saya laporkan lewat fitur "laporkan produk", kategori "barang terlarang".
Buat platform: tolong perhatikan variasi ejaan begini.
Ironisnya, minggu lalu produk teman saya yang jual kemeja baru buatan sendiri malah kena hapus karena di deskripsinya ada kalimat "bukan barang bekas impor". Sistemnya kebalik: yang jujur kena, yang pakai ejaan aneh lolos.
""")

R("post", "legal_complaint_quoting_ad", "0111", """
Pengalaman pahit ikut grup reseller, sekadar sharing biar nggak ada korban lain.
Aku diajak gabung lewat DM dengan pesan ini (aku copas utuh):
"Halo kak, kami supplier bal Jepang-Korea. Jadi reseller gratis, tinggal posting katalog. Jangan tulis kata 'bal' atau 'impor' di judul ya, tulis 'vintage' atau 'second ori' biar aman."
Kalimat terakhir itu yang bikin aku mundur. Kalau harus sembunyi-sembunyi, berarti mereka tahu barangnya nggak boleh dijual. Aku nggak jadi gabung, dan akunnya sudah aku laporkan.
Belakangan aku tahu dari teman, beberapa reseller di grup itu sudah kena tutup tokonya di marketplace, dan ada yang ditagih paket "tertahan" segala. Yang untung cuma pemilik grupnya. Jadi tolong, kalau ditawari begini, mundur aja.
""")

R("message", "legal_complaint_quoting_ad", "0111", """
Yth. Tim Trust & Safety,
Saya penjual baju muslim produksi sendiri di platform Anda. Saya ingin mengeluhkan toko pesaing yang menjual barang yang menurut saya melanggar aturan. Judul produknya: "Gamis Premium Murah Sortiran", deskripsinya: "gamis second dari bal Arab & Malaysia, kondisi 80-90%, ambil per karung 60 pcs 3jt."
Toko tersebut memakai kategori "Gamis Baru" sehingga muncul di pencarian yang sama dengan produk saya.
Mohon ditinjau. Terima kasih.
Saya tidak keberatan bersaing dengan penjual lain, tetapi persaingan seharusnya adil. Produk saya baru dan dikenai biaya produksi yang jelas, sementara produk tersebut adalah barang bekas impor yang dijual di kategori barang baru. Terlampir tautan produk dan tangkapan layar deskripsinya.
""")

R("post", "legal_complaint_quoting_ad", "0111", """
Warga Pontianak, tolong hati-hati. Ada yang sebar brosur di komplek kami isinya:
"LELONG KARUNGAN — barang baru masuk dari Kuching lewat Entikong, karung campur 2,6jt, ecer 25rb, hubungi Bang A (0852xxxx)."
Ini bukan soal suka atau nggak suka baju lelong. Tapi brosur ini nempel di tiang listrik dan pagar rumah orang tanpa izin, plus barangnya barang yang dilarang masuk. Sudah kami laporkan ke RT dan kelurahan.
Pak Lurah bilang akan koordinasi dengan Satpol PP untuk mencabut brosur-brosur itu. Warga juga diminta tidak menghubungi nomor tersebut. Kalau ada yang melihat brosur serupa di komplek lain, boleh difoto dan dikirim ke grup RW.
""")

R("message", "legal_complaint_quoting_ad", "0111", """
Lapor min 🙏 ada akun di kolom komentar postingan resmi kalian yang spam iklan:
"ready awul-awul karungan dari Parakan, 1 karung 1,7jt, kirim seluruh Jawa, langsung wa aja."
Komentar yang sama muncul di lebih dari 20 postingan. Bisa tolong dihapus dan akunnya diblokir? Makasih min.
""")

R("post", "legal_complaint_quoting_ad", "0111", """
Saya penjahit rumahan di Pekalongan. Pagi ini saya lihat iklan di marketplace yang bikin sedih:
"Kemeja kantor pria per kodi 400rb, barang second luar, sudah dipilih, no robek no noda."
Kemeja baru jahitan saya, ongkos jahit plus kain, paling murah 75rb per potong. Gimana mau bersaing sama 20rb per potong?
Saya sudah laporkan iklan itu. Semoga pemerintah dan platform serius menertibkan, bukan cuma waktu ramai diberitakan.
Di kampung saya ada belasan penjahit rumahan. Dulu kami bisa dapat order kemeja dari toko-toko di Tanah Abang tiap minggu, sekarang sebulan sekali pun belum tentu. Sebagian teman sudah beralih jadi buruh pabrik atau ojek online.
""")

R("message", "legal_complaint_quoting_ad", "0111", """
[Laporan pengguna #TS-INTERNAL]
Kategori: Barang dilarang — pakaian bekas impor
Teks iklan yang dilaporkan (disalin apa adanya): "Bаl Jерang grаde А, іsі 150 рcs јaket & coat, нarga 12jt, ѕiap kirim dаri Batam."
Catatan pelapor: iklan memakai huruf mirip (bukan huruf Latin biasa) sehingga tidak terdeteksi pencarian kata "bal jepang". Mohon ditinjau manual.
""")

R("post", "legal_complaint_quoting_ad", "0111", """
Hari ini saya iseng cek grup jual beli kampus. Ketemu postingan begini:
"Buat temen-temen mahasiswa yang mau nambah uang jajan, jadi reseller hoodie & crewneck second luar dari kami, ambil minimal 5 pcs, barang dari bal USA & Jepang."
Sudah saya laporkan ke admin grup karena melanggar aturan grup soal barang ilegal. Teman-teman mahasiswa, hati-hati ya, jangan sampai usaha sampingan kalian malah bermasalah hukum.
Kalau memang mau usaha sampingan, banyak kok pilihan yang aman: jadi reseller kaos sablon lokal, jual preloved milik sendiri, atau terima jasa permak. Untungnya mungkin nggak sebesar yang dijanjikan, tapi tidurnya tenang.
""")

R("message", "legal_complaint_quoting_ad", "0111", """
Pak RT, maaf mengganggu malam-malam 🙏
Saya mau sampaikan, rumah kontrakan di ujung gang kita sekarang tiap malam ada aktivitas bongkar karung dari mobil box. Tadi saya dengar mereka live di HP: "bal baru dari Batam, jaket Korea, harga live 50rb."
Bukan mau ikut campur, cuma truknya parkir menutup jalan dan berisik sampai jam 1 malam. Mungkin bisa diingatkan soal izin usahanya juga.
Terima kasih Pak.
Kemarin juga ada tetangga yang anak kecilnya hampir keserempet mobil box waktu mereka mundur. Saya khawatir kalau dibiarkan terus. Mungkin Pak RT bisa ajak bicara baik-baik dulu, siapa tahu mereka juga tidak sadar mengganggu warga.
""")

# ---------- legal: scam warnings around bales ----------
R("post", "legal_scam_warning", "0111", """
⚠️ WASPADA PENIPUAN BAL ONLINE ⚠️
Teman saya baru kena tipu 8,5 juta. Modusnya:
1. Akun IG dengan ribuan followers & testimoni palsu
2. Tawarkan "bal Korea grade A" di bawah harga pasar
3. Minta DP 50%, lalu pelunasan sebelum kirim
4. Setelah lunas, kirim resi palsu, lalu akun hilang
Ciri-ciri: harga terlalu murah, nggak mau video call dari gudang, rekening atas nama pribadi yang beda-beda.
Selain risiko ditipu, ingat juga bahwa pakaian bekas impor itu barang yang dilarang masuk, jadi korban sering malu lapor polisi. Itu yang dimanfaatkan penipu.
Share biar nggak ada korban lagi 🙏
""")

R("post", "legal_scam_warning", "0111", """
Cerita kena tipu "patungan bal" 😞
Aku ikut patungan 1/4 bal di sebuah akun TikTok. Sistemnya katanya bal dibuka live, lalu dibagi rata. Aku transfer 2,4jt.
Pas live, bal dibuka, tapi barang bagus dipisahin "buat stok toko". Bagianku isinya kaos belel, celana robek, sama sarung bantal. Total mungkin nggak sampai 300rb nilainya.
Pas protes, aku diblok.
Pelajaran: jangan pernah tergiur patungan bal. Barangnya dilarang, transaksinya nggak ada perlindungan, dan penjualnya bebas ngapain aja.
Aku udah coba lapor ke platform, tapi jawabannya "transaksi di luar aplikasi tidak dapat kami tangani". Ya, karena pembayarannya lewat transfer langsung. Jadi tips tambahan: kalau ada yang minta transfer di luar aplikasi, itu tanda bahaya.
""")

R("message", "legal_scam_warning", "0111", """
Info penting dari pengurus Paguyuban Pedagang Pasar 🙏
Akhir-akhir ini ada orang yang mengaku "supplier bal dari pelabuhan" menawarkan karung pakaian bekas ke anggota kita dengan harga sangat murah, minta transfer dulu, barang katanya dikirim lewat kapal minggu depan.
Sudah tiga anggota kita yang transfer dan barangnya tidak pernah datang. Nomornya sekarang tidak aktif.
Mohon semua anggota tidak melayani tawaran semacam ini. Selain rawan penipuan, barang seperti itu juga termasuk barang terlarang dan bisa menyeret Bapak/Ibu ke masalah hukum.
Bapak/Ibu yang sudah terlanjur menjadi korban dapat melapor kepada pengurus, kami akan mendampingi ke kantor polisi. Pengurus juga sedang menghubungi beberapa konveksi untuk kerja sama penyediaan barang baru bagi anggota.
""")

R("post", "legal_scam_warning", "0111", """
PSA: Akun "@baltanganpertama_official" (pakai underscore) itu PALSU.
Mereka nyomot foto-foto gudang dan video unboxing dari akun lain, lalu jualan bal dengan harga miring. Udah ada 6 orang di komen postingan ini yang lapor kehilangan uang antara 3-9 juta.
Modus lainnya: ngaku "bal sitaan Bea Cukai, dilelang murah". Itu bohong, barang sitaan tidak dijual lewat DM.
Saran aku: jangan transaksi barang ilegal, sesederhana itu. Kalau sudah terlanjur, kumpulkan bukti dan lapor ke patrolisiber.
Akun asli yang mereka tiru juga udah bikin klarifikasi. Tapi intinya sama: transaksi barang ilegal itu posisinya lemah dari awal. Jangan sampai kamu jadi korban dua kali.
""")

R("article", "legal_scam_warning", "0111", """
Modus Baru Penipuan: Tawarkan "Bal Sitaan" Pakaian Bekas Impor
Polisi mengimbau masyarakat mewaspadai tawaran pakaian bekas impor yang diklaim berasal dari barang sitaan aparat. Dalam beberapa laporan yang diterima, pelaku menawarkan bal berisi 150 hingga 200 potong pakaian dengan harga separuh dari harga pasar, dengan alasan barang tersebut merupakan hasil lelang negara.
Korban diminta mentransfer uang muka, lalu diberi foto gudang dan dokumen palsu. Setelah pelunasan, pelaku memutus komunikasi.
Petugas menegaskan bahwa barang sitaan berupa pakaian bekas impor umumnya dimusnahkan, bukan dilelang untuk diperdagangkan kembali. Masyarakat juga diingatkan bahwa impor pakaian bekas merupakan kegiatan yang dilarang.
""")

R("post", "legal_scam_warning", "0111", """
Tolong bantu sebarkan ya, ini kejadian di grup pedagang Makassar 😢
Ada yang ngaku pemasok cakar dari Parepare, kirim foto-foto karung di atas kapal, minta DP 1 juta per karung. Sudah ada yang transfer 5 karung. Sekarang nomornya mati, akun FB-nya hilang.
Foto-foto yang dipakai ternyata diambil dari berita penangkapan kapal penyelundup tahun lalu.
Bapak ibu pedagang, hati-hati. Jangan tergiur karung murah, apalagi dari orang yang tidak pernah ketemu.
Salah satu korban adalah ibu penjual kue yang baru mau coba jualan cakar untuk tambahan biaya sekolah anaknya. Uangnya hasil pinjaman koperasi. Semoga pelaku cepat tertangkap.
""")

R("post", "legal_scam_warning", "0111", """
Thread: 5 tanda kamu mau ditipu penjual bal online 🚩
🚩 Harga jauh di bawah pasaran ("bal Jepang 6jt")
🚩 Nggak mau video call dari gudang, cuma kirim video lama
🚩 Rekening beda nama tiap transaksi
🚩 Maksa transfer cepat "karena kapal mau berangkat"
🚩 Testimoni cuma screenshot chat tanpa nama
Dan tanda nomor 6: barangnya sendiri dilarang diimpor, jadi kamu nggak punya posisi hukum yang kuat kalau mau nuntut. Mending hindari dari awal.
Bonus: kalau penjual bilang "tenang, barang aman, udah lewat jalur khusus", itu artinya barang lewat jalur ilegal. Kalau ketahuan, yang kena bukan cuma penjual, tapi barangmu juga bisa disita di jalan.
""")

R("message", "legal_scam_warning", "0111", """
Bu, ini Wati tetangga sebelah 🙏 Mau kasih tahu aja, jangan transfer ke orang yang nawarin karung baju bekas di grup arisan kemarin. Suami saya kenal orang yang sudah kena. Katanya barangnya dari Malaysia, lewat Nunukan, tapi ternyata nggak pernah dikirim. Uangnya 3 juta hilang.
Lagian Bu, barang kayak gitu kan katanya dilarang. Mending kita jualan kue aja kayak biasa 😅
""")

R("post", "legal_scam_warning", "0111", """
Hati-hati akun yang ngaku "admin Pasar Senen Official" di TikTok dan IG.
Pasar Senen nggak punya akun resmi yang jualan bal. Akun-akun ini biasanya posting video kios, lalu nawarin "bal langsung dari gudang Senen" lewat DM.
Ada teman yang transfer 4 juta buat setengah bal, yang datang cuma paket isi 15 kaos lusuh.
Jangan lupa juga, perdagangan bal pakaian bekas impor itu sendiri dilarang. Lebih aman belanja langsung ke toko yang jelas, dan pilih barang yang legal.
Modus mereka: DM korban yang komentar di video thrift, tawarkan harga "khusus follower", kirim video gudang yang diambil dari berita. Setelah transfer, nomor diblokir. Screenshot akun-akun itu aku pin di komentar.
""")

R("post", "legal_scam_warning", "0111", """
⚠️ Waspada modus "kargo tertahan bea cukai"
Pola yang lagi marak: kamu beli bal dari penjual online, lalu dihubungi "petugas ekspedisi" yang bilang barangmu tertahan di Bea Cukai karena pakaian bekas impor, dan kamu harus bayar "denda" supaya barang dilepas.
Itu PENIPUAN berlapis. Bea Cukai tidak menagih lewat WhatsApp ke rekening pribadi.
Dan kalau barangmu benar-benar pakaian bekas impor, barang itu memang dilarang, bukan bisa "ditebus".
Kalau kamu menerima telepon atau pesan seperti ini, jangan transfer apa pun. Cek langsung ke kantor Bea Cukai terdekat atau lewat kanal resmi. Dan simpan bukti percakapan untuk laporan polisi.
""")
