# Batch 2: comment chains and WhatsApp messages, written by hand.
RECORDS = [
("comment", "hn_reply_thread", 0, 1, 1, 1, """@rinaa_sb: kak jaketnya bagus bgt beli di mana?
@dimasprtm: di pasar awul2 Kotagede kak, tp itu udah 2 taun lalu, lapaknya udah tutup kayanya
@rinaa_sb: yahh sayang bgt, makasih kak infonya"""),
("comment", "hn_reply_thread", 0, 1, 1, 1, """> "thrifting itu ramah lingkungan"
ramah lingkungan apanya kalau sepertiga isi bal akhirnya dibuang ke TPA karena sobek & ga laku?
gue pernah bantu om gue sortir karungan, yg bener2 layak jual paling cuma setengah"""),
("comment", "hn_opinion_ban", 0, 1, 1, 1, """Setuju sama mas yg di atas. Pedagang di Senen itu bukan mafia, mereka cuma ujung rantai.
Yang masukin kontainer lewat Batam itu yg harusnya dikejar.
Kasihan liat bapak2 kios nangis di berita tadi pagi."""),
("comment", "comment_ready_wa", 1, 1, 1, 1, """@ayuu.putri: kak yg kemeja hijau size M masih ada?
@thrift.karungan.sby: ready kak 🙏 masih ada 2 warna, cek wa ya 0812xxxx, bal Jepang baru dibuka tadi
@ayuu.putri: oke kak meluncur"""),
("comment", "comment_ready_wa", 1, 1, 1, 1, """harga per kilo berapa min?
↳ sortiran grade A 85rb/kg kak, grade B 50rb/kg, minimal ambil 5 kilo. Barang ex Korea semua, karungan baru sampe dari Tanjungpinang. detail japri aja ya kak 🙏"""),
("comment", "hn_joke_meme", 0, 1, 1, 1, """wkwkwk tiap ke monza pulangnya bawa 3 jaket padahal cuma niat beli 1 kaos
dompet nangis, lemari penuh, emak ngomel "kau mau buka toko kah?" 😂
@bonar_s: sama bang, pajak melati itu jebakan"""),
("comment", "hn_buyer_question", 0, 1, 1, 1, """Mau nanya dong, kalau kita beli dari bal terus jual lagi itu kena pasal ga sih?
Atau yg dilarang cuma yg impor doang? Bingung soalnya di pasar deket rumah masih banyak yg jual terang2an.
@hukumsantai: yg dilarang impornya, tapi dagangnya juga bisa kena kalau barangnya selundupan"""),
("comment", "hn_reply_thread", 0, 1, 1, 1, """Ini mah bukan hasil thrift, ini hasil jodoh 😭
Aku juga pernah dapet coat wool Uniqlo 20rb di cakaran Sukodono, dipake ke kondangan malah dipuji.
Sampe sekarang masih awet"""),
("comment", "hn_complaint_quality", 0, 1, 1, 1, """Kak hati2 kalau beli sepatu bekas dari karungan, aku kemaren kena kutu air 😭
Udah disikat, udah dijemur, ternyata masih ada jamur di dalem.
Sekarang aku selalu semprot antiseptik + masukin freezer semalam"""),
("comment", "comment_ready_wa", 1, 1, 1, 1, """@mrs.wulan: masih open ga kak yg sekarung campur?
@balpres.solo: masih kak, karung Thailand isi kaos anak 100kg, tinggal 2 karung. DM atau WA di bio ya kak, bisa dikirim pake ekspedisi
@mrs.wulan: siap kak"""),
("comment", "hn_reply_thread", 0, 1, 1, 1, """Fun fact: di Palembang dulu nyebutnya BJ, "buruan Jambi", soalnya baju bekasnya masuk lewat Jambi.
Di Lampung nyebutnya baju Batam. Di Makassar cakar.
Satu barang, seribu nama 😂"""),
("comment", "hn_opinion_hygiene", 0, 1, 1, 1, """Dokter kulit di sini mau ngingetin aja ya 🙏
Pakaian bekas impor bisa bawa jamur, bakteri, bahkan kutu. Bukan buat nakut2in, tapi cuci dengan air panas & jemur matahari itu wajib.
Bayi dan orang dengan kulit sensitif sebaiknya hindari pakaian dalam bekas."""),
("comment", "hn_report_seller", 0, 1, 1, 1, """Admin tolong take down akun ini 🙏
Dia nulis "open PO bal Korea 2,5jt/karung, DP 50%" tapi udah 3 minggu barang gak pernah dikirim, banyak korban di grup.
Screenshot udah aku kirim ke DM admin."""),
("comment", "hn_trader_story", 0, 1, 1, 1, """Saya dulu juga pedagang bal di Gedebage, mas. Mulai 2009.
Pas 2023 razia gede, saya rugi hampir 40 juta, karung disita semua.
Sekarang pindah jualan kaos sablon lokal. Untung tipis, tapi tidur tenang."""),
("comment", "haul_names_seller", 1, 1, 1, 1, """kak ini crewneck Champion-nya aku beli di @lelong.kuching.id, barang bundle dari Malaysia, harganya cuma 55rb 😍
dia open tiap malam jam 7, siap2 war ya kak"""),
("comment", "hn_reply_thread", 0, 1, 1, 1, """@fadlyrizky: abang2 ini kenapa sih bangga banget pake baju bekas orang luar
@nadya.kw: ya daripada beli fast fashion yang dibuang 3 bulan lagi
@fadlyrizky: lah baju bekas luar juga dateng dr fast fashion mereka kan 🤔
@nadya.kw: ...oke itu poin bagus"""),
("comment", "hn_other_goods_used", 0, 1, 0, 1, """bang kalau kereta recond itu maksudnya motor bekas dari Jepang yang dirakit ulang kan?
kawan saya di Tawau beli satu, katanya mesinnya awet bgt.
tapi yg di Indonesia susah ngurus surat2nya ya"""),
("comment", "recommendation_with_wa", 1, 1, 1, 1, """Buat yang nyari sepatu running bekas impor, aku biasa ambil di Bang Rudi, kiosnya di Pasar Tungging Tanjungpinang. Barangnya dari karung Singapura, banyak Asics & Nike.
Nomornya 0812xxxx, bilang aja rekomendasi dari grup ini 👍"""),
("comment", "hn_news_reaction", 0, 1, 1, 1, """Baca berita 600 bal disita di Nunukan, terus mikir: pas dimusnahin, itu dibakar kan?
Berapa ton asap polusi dari baju yang sebenarnya masih bisa dipake?
Ga ada opsi lain apa, misalnya diolah jadi majun atau dicacah buat isi kasur?"""),
("comment", "hn_buyer_haul", 0, 1, 1, 1, """Ini jaket denim Lee dapet di lelong Kuching pas liburan ke rumah tante, cuma RM12 😭
Dibawa pulang lewat Entikong di tas sendiri, buat dipake sendiri kok, bukan dijual wkwk"""),
("message", "wa_broadcast", 1, 1, 1, 1, """Assalamualaikum bapak ibu pelanggan setia 🙏
Besok Kamis bongkar 5 bal baru dari Korea:
▪️ jaket wanita
▪️ celana anak
▪️ selimut & bedcover
Harga ecer mulai 10rb, grosir per koli bisa nego.
Lokasi gudang Cibaduyut gang 3. Share ke grup lain ya 🙏"""),
("message", "hn_family_chat", 0, 1, 1, 1, """Mak, jaket yang kemarin aku beli di cakar Pasar Sentral ternyata bagus bgt, tebel, merknya North Face.
Cuma 60rb. Udah aku rendam semalaman pake Dettol.
Nanti lebaran aku bawain juga satu buat Bapak ya, yang kotak2 merah itu"""),
("message", "hn_family_chat", 0, 1, 1, 1, """Dek, jangan lupa besok kita ke Gedebage ya, anterin Mama cari gorden sama sprei bekas yang masih bagus.
Kata Bu RT di sana banyak, murah, dari Jepang.
Jam 7 berangkat biar ga panas 🌞"""),
("message", "wa_broadcast", 1, 1, 1, 1, """*READY STOCK BALPRES* 📦
✅ Mix Jepang grade A - 4,8jt/bal (100kg)
✅ Korea kaos wanita - 3,9jt/bal
✅ Sepatu campur - 5,5jt/karung
Kirim seluruh Indonesia via kargo, aman sampai tujuan.
Serius order chat 0812xxxx (Pak Hendra)"""),
("message", "hn_group_chat", 0, 1, 1, 1, """[Grup Arisan Ibu2 Perumahan]
Bu Lina: Ibu2 ada yg tau bazar baju bekas impor di lapangan kemaren kok dibubarin polisi?
Bu Ratna: katanya ga ada izin bu, barangnya dari karung selundupan
Bu Lina: owalah, padahal saya udah pilih 3 daster 😅"""),
("message", "hn_own_preloved", 1, 1, 1, 0, """Gaes aku mau jual2in baju kerja lamaku, soalnya sekarang WFH terus 😂
Ada 12 kemeja & 5 celana bahan, semua size M, ga ada yg rusak.
Satu item 30rb, ambil semua 300rb. Kalian duluan sebelum aku post di Marketplace"""),
("message", "hn_nitip_jual", 1, 1, 1, 0, """Mbak Sari, aku nitip jual sepatu bekasku di grup kantor ya 🙏
Adidas Samba size 40, dipake setahun, beli di toko resmi Grand Indonesia.
Harga 500rb nego. Fotonya nanti aku kirim"""),
("message", "wa_broadcast", 1, 1, 1, 1, """Info bongkaran 🔔
Lelong baru masuk dari Port Klang, isi jaket musim dingin & sweater 🧥
Ecer 25-80rb, borong per karung harga khusus
Datang langsung ke gudang belakang terminal Dumai atau order via WA ini
Stok terbatas, siapa cepat dia dapat!"""),
("message", "hn_work_chat", 0, 1, 1, 1, """Pak, laporan hasil liputan tadi:
Narasumber pedagang di Pasar Senen bilang harga bal naik dari 5 ke 7 juta sejak pengetatan.
Dia minta nama disamarkan. Foto kios sudah saya kirim ke folder redaksi.
Naskah saya setor jam 4 sore ya pak."""),
("message", "hn_donation", 0, 1, 1, 0, """Teman2 alumni, minggu ini kita kumpulin baju bekas layak pakai buat anak2 panti asuhan di Sukabumi 🙏
Terutama seragam sekolah, sepatu, dan jaket.
Bisa dititip ke rumahku atau kantor Dina sampai tanggal 20.
Jangan kirim yg robek ya"""),
("message", "jastip_thrift", 1, 1, 1, 1, """Halo kak, aku mau ke Pasar Cimol Gedebage Sabtu ini 🛍️
Yang mau jastip jaket atau flanel bekas impor, kirim contoh model + size + budget.
Fee 15rb per item, bayar setelah barang dapet. Aku kirimin video pilihan di lapak langsung"""),
("message", "hn_family_chat", 0, 1, 1, 1, """Bu, Budi tadi lewat pasar rombengan dekat terminal, udah sepi sekali, tinggal 2 lapak.
Kata penjualnya barang sudah susah masuk dari pelabuhan.
Padahal dulu ibu sering belikan Budi celana di sana ya"""),
("message", "wa_broadcast", 1, 1, 1, 1, """📢 OPEN RESELLER CAKAR MAKASSAR
Karung Korea & Jepang langsung dari gudang Paotere.
Paket reseller 1 karung kecil (25kg) 1,2jt, sudah disortir.
Gabung grup khusus reseller: ketik DAFTAR ke 0812xxxx"""),
("message", "hn_other_goods_used", 1, 1, 0, 0, """Selamat pagi Bapak/Ibu 🙏
Kami menjual majun (kain lap bekas) untuk bengkel & pabrik, bersih, sudah dipotong.
Harga 9rb/kg, minimal 50kg. Asli dari limbah konveksi & pakaian bekas lokal.
Pengiriman area Tangerang & Cikarang."""),
("message", "hn_buyer_question", 0, 1, 1, 1, """Kak maaf ganggu, aku lihat story kakak kemarin pakai jaket coklat.
Itu thrift ya? Kalau boleh tau dari pasar mana? Aku lagi cari yang mirip buat kado 😅
Gapapa kalau ga inget kak"""),
("comment", "hn_reply_thread", 0, 1, 1, 1, """Mbak yang bilang "thrift itu bukan baju bekas, itu vintage" 😭 dengerin ya
baju dari bal itu ya bekas, wkwk. namanya aja yg dibikin keren
tapi aku tetep beli sih, murah 🙃"""),
("comment", "hn_charity_bazaar", 1, 1, 1, 0, """Kak kami dari OSIS SMPN 4 lagi ngadain bazar baju bekas sumbangan guru & siswa, hasilnya buat korban gempa Cianjur 🙏
Jumat-Sabtu di halaman sekolah, harga 3rb-20rb.
Mampir ya kak kalau lewat!"""),
("comment", "hn_trader_story", 0, 1, 1, 1, """Bang, saya pedagang monza di Simpang Limun. Jujur sekarang sepi kali.
Bal yang dulu 3 juta sekarang 6 juta lebih, itu pun kadang isinya jelek.
Anak muda sekarang belinya online, kami yang di pajak ini makin tercekik"""),
]
