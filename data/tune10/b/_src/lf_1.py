DATA = [
("post","plain_offer",1,1,1,1,"""Akhirnya bal Korea yang ditunggu-tunggu sampai juga 😭🙏
Isinya kebanyakan cardigan rajut & blouse, kondisi 80-95%.
Harga 25rb-45rb, yang ada minus dikit aku tulis di foto.
Order lewat DM ya, jangan di komen biar ga rebutan.
#thrift #bekasimpor #cardiganrajut"""),
("listing","plain_offer",1,1,1,1,"""JAKET BEKAS IMPOR JEPANG - READY 15 PCS
Merk: Uniqlo, GU, Muji, Nano Universe (random)
Ukuran: M - XL (detail LD/PB di foto ke-2)
Harga: 60rb - 95rb
Kondisi: second, sudah dicuci & disetrika
Pengiriman: JNE/J&T dari Depok, bisa instant Jabodetabek"""),
("message","bale_grade_wholesale",1,1,1,1,"""*PRICE LIST MINGGU INI* 📦
Bal kaos Korea 100kg : 6,8jt
Bal kemeja Jepang 100kg : 7,2jt
Karung celana campur 50kg : 3,1jt
Sortiran grade A jaket per 10 pcs : 550rb
Gudang Batam Center, bisa kirim kargo laut ke seluruh Indonesia.
Info & booking: 0812xxxx (WA only)"""),
("message","reseller_recruitment",1,1,1,1,"""Assalamualaikum kakak2 🙏
Mau nambah penghasilan dari rumah? Kami buka reseller baju monja (second impor).
Ga perlu stok, tinggal share foto dari grup, harga modal 15rb-30rb, jual bebas.
Barang dikirim langsung dari gudang Medan.
Minat ketik RESELLER ke 0813xxxx"""),
("comment","seller_comment_reply",1,1,1,1,"""@rinaa.w: kak ini bekas ya? kok murah
@lapak_kakdea: iya kak second impor dari Jepang, makanya murah 😊 tapi udah kami cuci dan cek satu-satu
@rinaa.w: yg coklat size berapa?
@lapak_kakdea: L kak, LD 56. masih ready, langsung checkout aja"""),
("live","live_sale",1,1,1,1,"""🔴 LIVE MALAM INI JAM 19.30 🔴
Kita buka 2 karung sekaligus: hoodie Korea & jaket parasut Jepang!
Semua harga 35rb flat, ongkir mulai 9rb.
Cara ikut: ketik nama + nomor barang di kolom komentar.
Jangan lupa follow biar dapet notif ya geng 🫶"""),
("profile","shop_bio",1,1,1,1,"""Cakar Daeng Baso 🛍️
Langganan orang Makassar sejak 2009.
Kemeja, celana, tas, sepatu — semua dari karung, dipilih satu-satu.
📍 Jl. Sungai Saddang, dekat Pasar Terong
⏰ Buka 08.00-17.00, Jumat libur
WA 0852xxxx"""),
("post","creator_haul",1,1,1,1,"""Weekend kemarin aku ke Pasar Senen Blok 3 dan ini hasilnya 👇
1. Jaket varsity 80rb
2. Kemeja corduroy 45rb
3. Celana Levi's 501 110rb
Semua di toko nomor 27 punya Bang Ipul, orangnya ramah dan bisa ditawar.
Barangnya bekas impor tapi bersih, recommended buat yang mau hunting!"""),
("post","code_word_regional",1,1,1,1,"""Ngawul yuk Lur! 🙌
Lapak awul-awul kami di Sekaten sudah buka mulai hari ini, nomer 14 dekat wahana kora-kora.
Kaos 10rb, kemeja 15rb, jaket 25rb, bisa milih sepuasnya.
Barang baru buka karung tadi pagi, masih banyak yang bagus-bagus."""),
("post","route_port",1,1,1,1,"""Info buat kawan-kawan di Kalbar 📢
Lelong minggu ini masuk dari Entikong hari Rabu.
Yang mau ambil per karung bisa pesan dulu, harga sama seperti kemarin.
Eceran buka di kios kami Pasar Flamboyan mulai Kamis pagi."""),
("listing","dodge_spacing",1,1,1,1,"""B3K4S 1MP0R K0R3A ✨
Sweater rajut tebal, muat sampai LD 110
Harga cuma 55k, kondisi 9/10
Pengiriman dari Bekasi, bisa cod area sekitar
Tanya-tanya boleh, PHP jangan ya kak 🙏"""),
("post","dodge_emoji",1,1,1,1,"""📦➡️🇯🇵➡️🏠 stok hari ini 😍
🧥 coat panjang 85k
👖 celana kain 40k
👜 tas kulit 70k
♻️ semua udah dipake orang sono ya, kondisi di foto
📩 ketik 'mau' + nomor"""),
("post","dodge_english_abbrev",1,1,1,1,"""Restock day!! 🇯🇵 2nd bale items
- Carhartt work jacket sz L 180k
- Patagonia fleece sz M 150k
- Levi's trucker sz S 130k
All pre-owned, ex-JPN, washed. Ship from Jakarta, DM to claim 🫡"""),
("post","dodge_hashtag",1,1,1,1,"""Jaket kulit ini cuma 120rb lho, kulit asli dan masih lemes banget 🤎
Sisa 2 yaa, yang satu ada lecet dikit di lengan.
#balpresmurah #secondimportjakarta #jaketkulitbekas #thriftimportori"""),
("comment","seller_comment_reply",1,1,1,1,"""Pembeli: min barangnya lokal atau impor?
Admin: Impor kak, dari koli Hongkong, makanya merknya jarang ada di sini.
Pembeli: bisa nego?
Admin: maaf kak udah harga pas, 40rb sudah paling murah 🙏"""),
("listing","market_of_trade",1,1,1,1,"""Celana Jeans Pria Second — Ambil Langsung dari Gedebage
Merk campur: Levi's, Lee, Wrangler, Edwin
Size 28-36, harga 50rb - 120rb tergantung merk & kondisi
Bisa video call buat lihat barang sebelum transfer.
Kirim dari Bandung tiap hari kerja."""),
("post","plain_offer",1,1,1,1,"""Kalian sering nanya kenapa thrift di lapak kami lebih murah.
Jawabannya simpel: kami ambil langsung per bal dari importir, bukan dari tangan ketiga.
Hari ini ready kemeja flanel 30rb & jaket denim 65rb.
Datang aja ke Jl. Kapten Muslim No. 8, Medan, atau chat 0821xxxx"""),
("post","code_word_regional",1,1,1,1,"""Kupang punya cerita: setiap Sabtu pagi orang antri di Pasar Inpres buat cari roma.
Kami juga ikut meramaikan, hari ini buka 1 karung celana panjang & kemeja pria.
Harga 15-30 ribu, ambil banyak dapat diskon.
Stand Mama Yuli, sebelah penjual sirih pinang."""),
# legal
("listing","hn_new_thrift_style",1,0,1,0,"""KEMEJA FLANEL 'THRIFT LOOK' — 100% BARU
Banyak yang nanya, ini bukan barang bekas ya kak.
Kami produksi sendiri di Bandung pakai bahan flanel katun, motifnya memang dibuat vintage.
Size S-XXL, harga 95rb, beli 3 gratis ongkir.
#flanellokal #vintagestyle #bukanthrift"""),
("listing","hn_own_preloved",1,1,1,0,"""Declutter lemari sebelum pindahan 📦
Semua barang pribadi, dibeli sendiri di mall (struk beberapa masih ada):
- Blazer Mango hitam size S 150rb
- Dress H&M bunga size M 90rb
- Sepatu Vans Old Skool 38 200rb
Dipakai beberapa kali aja, COD area Kelapa Gading."""),
("post","hn_donation",0,1,1,0,"""Teman-teman, posko kami di Cianjur masih butuh pakaian bekas layak pakai, terutama baju anak dan selimut.
Mohon dicuci dan dilipat rapi, masukkan ke kardus dengan label ukuran.
Pengantaran bisa ke Sekretariat Karang Taruna RW 05 setiap hari jam 9-16.
Terima kasih atas kepedulian semua 🙏"""),
("listing","hn_charity_bazaar",1,1,1,0,"""BAZAR AMAL SMP KRISTEN HARAPAN 🎉
Sabtu, 14 Desember, jam 08.00-12.00 di halaman sekolah.
Menjual pakaian, sepatu dan buku bekas sumbangan orang tua murid, harga 2rb-20rb.
Seluruh hasil untuk beasiswa siswa kurang mampu.
Ajak keluarga ya!"""),
("listing","hn_nonclothing_karung",1,1,0,0,"""Jual Kardus Bekas Per Bal
Isi ± 60 kg per bal, kondisi kering dan bersih.
Harga 2.800/kg, minimal ambil 5 bal.
Lokasi gudang Sidoarjo, angkut pakai truk sendiri.
Hubungi Pak Hadi 0857xxxx"""),
("listing","hn_used_vehicle",1,1,0,1,"""DIJUAL MOTOR BEKAS IMPOR JEPANG
Yamaha Serow 225 tahun 2004, eks impor CBU.
Mesin kering, kelistrikan normal, surat BPKB STNK lengkap.
Harga 32jt nego tipis, lokasi Bogor.
Serius silakan langsung survei."""),
("article","hn_news",0,1,1,1,"""Petugas Bea Cukai Kepulauan Riau mengamankan sebuah kapal kayu yang membawa 450 bal pakaian bekas dari Malaysia di perairan Pulau Batam.
Nakhoda dan empat anak buah kapal diperiksa.
Menurut keterangan petugas, muatan itu rencananya dibawa ke Jambi sebelum disebar ke pasar-pasar di Sumatra.
Barang bukti akan dimusnahkan setelah putusan pengadilan."""),
("article","hn_news",0,1,1,1,"""Sejumlah pedagang pakaian bekas impor di Pasar Senen mengaku omzet turun lebih dari separuh sejak razia digencarkan.
Sebagian pedagang mulai mencampur dagangan dengan baju baru produksi Tanah Abang.
'Kami ini cuma pengecer, bukan importir,' kata seorang pedagang yang sudah berjualan belasan tahun.
Pemerintah menegaskan larangan berlaku pada impor, namun peredarannya juga diawasi."""),
("post","hn_opinion",0,1,1,1,"""Unpopular opinion: thrifting di Indonesia sekarang udah bukan soal sustainable lagi.
Kalau barangnya datang dari bal impor yang masuk lewat jalur tikus, itu sama aja kita nampung sampah tekstil negara lain.
Mau ramah lingkungan? Pakai baju yang udah ada di lemari, tukeran sama temen, atau beli preloved orang lokal.
Silakan debat di kolom komentar 🙂"""),
("post","hn_report_complaint",0,1,1,1,"""Mau cerita pengalaman ketipu 😞
Aku lihat iklan di FB: 'JUAL BAL KOREA GRADE A ISI 200 PCS HANYA 1,8JT'.
Udah transfer DP 900rb, adminnya bilang barang masih di Tanjungbalai.
Seminggu kemudian nomornya ga aktif.
Tolong jangan ada yang kena lagi ya, screenshot akunnya di kolom komentar."""),
("comment","hn_buyer_question",0,1,1,1,"""Halo kak, mau tanya dulu sebelum order 🙏
Ini barang dari bal atau preloved sendiri?
Kalau dari bal, udah dicuci belum? Anakku alergi, jadi aku harus hati-hati.
Terus bisa kirim ke Palembang kan?"""),
("review","hn_review",0,0,1,0,"""⭐⭐⭐⭐⭐
Beli kemeja linen di toko ini udah ketiga kalinya.
Bahannya adem, jahitan rapi, warnanya sama persis kayak foto.
Paket dikirim besoknya, dibungkus rapi pakai plastik dan kardus.
Bakal langganan terus sih ini."""),
("post","hn_joke",0,1,1,1,"""Aku: mau hemat bulan ini, ga beli baju.
Algoritma TikTok: 'BONGKAR BAL JEPANG ISI JAKET SEMUA 20RB' 🙃
Aku, 5 menit kemudian: ...
Untung saldo tinggal 12rb, selamat aku 😂"""),
("listing","plain_clothing_listing",1,0,1,0,"""Gamis Rayon Polos Premium
Bahan rayon twill adem, jatuh, tidak menerawang.
Pilihan warna: sage, dusty pink, navy, hitam.
Ukuran M, L, XL (LD 100-116).
Harga 115rb, reseller welcome. Kirim dari Pekalongan."""),
("post","hn_guideline",0,1,1,1,"""📌 PENGUMUMAN ADMIN GRUP JUAL BELI
Mulai hari ini postingan yang menawarkan pakaian bekas impor (bal, ballpress, karungan, sortiran, 'second Korea/Jepang') akan langsung dihapus.
Ini sesuai aturan Permendag yang melarang impor pakaian bekas.
Preloved pribadi masih boleh, asal jelas barang sendiri.
Terima kasih atas pengertiannya."""),
("post","hn_job_vacancy",0,0,1,0,"""LOWONGAN KERJA
Dibutuhkan penjahit dan helper untuk konveksi kaos di Sukoharjo.
Syarat: bisa jahit obras/overdeck, jujur, tidak merokok di area produksi.
Gaji mingguan + uang makan.
Lamaran langsung datang ke alamat di gambar."""),
("listing","hn_new_import",1,0,1,1,"""Dress Korea Import Premium ✨ BARU
Bahan crinkle airflow, model A-line dengan tali pinggang.
Barang baru impor dari Guangzhou, tag & plastik masih lengkap.
All size fit to L. Harga 89rb.
Order via Shopee link di bio."""),
("listing","hn_factory_reject",1,0,1,0,"""Kaos Sisa Ekspor BARU - Reject Minor
Produksi pabrik garmen Semarang, ada cacat kecil (benang lari/sablon tipis).
Belum pernah dipakai, masih wangi pabrik.
Harga 20rb/pcs, ambil 1 lusin 200rb.
Cocok buat dijual lagi di pasar kaget."""),
("comment","hn_swap",0,1,1,0,"""Ada yang mau swap?
Aku punya jaket jeans Levi's bekas pakai sendiri size M, beli di Grand Indonesia 2 tahun lalu.
Mau tukeran sama jaket ukuran L, model apa aja asal tebel.
Area Jaksel ya, COD."""),
("post","hn_local_upcycle",1,1,1,0,"""Project bulan ini: tas dari celana jeans bekas bapak 👖➡️👜
Semua jahit tangan sendiri, bagian kantong belakang sengaja aku pertahankan.
Ada 3 tas yang jadi, mau aku lepas 85rb per tas.
Yang minat bisa DM, bisa juga request bikin dari jeans kalian sendiri."""),
("listing","hn_nonclothing_karung",1,0,0,0,"""Gabah kering panen per karung
Varietas Ciherang, kadar air sudah 14%.
Isi ± 50 kg, harga mengikuti pasar, bisa ambil di gudang desa Tegalwaru.
Pembelian partai besar hubungi 0819xxxx"""),
("review","hn_review",0,1,1,1,"""Pengalaman pertama ke Pajak Melati Medan.
Tempatnya rame banget, deretan kios monza penuh jaket dan jeans bekas impor.
Harganya memang murah, tapi kita harus pinter milih dan sabar bongkar tumpukan.
Aku pribadi cuma lihat-lihat, soalnya agak ga nyaman sama baunya."""),
]
