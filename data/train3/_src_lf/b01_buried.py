from common import R
RECORDS = [
R("post", "illegal_buried_offer", "1111", """
Pagi ini Bekasi mendung lagi, cucian numpuk, si bungsu demam dari semalem 🥲
Jadi maaf ya kalau balesan chat agak lambat, mama lagi bolak-balik kompres anak.
Tadi sempet baca-baca soal sekolah yang mau naik SPP, pusing juga mikirinnya.
Suami bilang sabar aja, rezeki udah ada yang ngatur, insyaallah.
Tetangga sebelah juga baik banget, tadi nganterin bubur ayam sama teh anget buat si kakak.
Kadang yang begini ini yang bikin betah tinggal di perumahan kecil, saling jaga.
Oiya sekalian info, sisa jaket korea seken dari bal kemarin tinggal 9 pcs, 65rb/pc, yg minat komen "mau" aja ya.
Doain anakku cepet sembuh ya bun, makasih yang udah nanya kabar 🙏
"""),
R("post", "illegal_buried_offer", "1111", """
Cerita dikit ya gaes. Gue dulu kerja kantoran 6 tahun, tiap hari berangkat subuh pulang jam 10 malem, gaji abis buat ongkos sama kopi.
Tahun lalu resign, modal nekat. Sempet jualan kopi literan, gagal. Jualan frozen food, lumayan tapi capek.
Pernah juga jadi driver online 4 bulan, pinggang rasanya mau copot.
Sekarang alhamdulillah bisa nemenin anak sekolah, bisa jemput istri, bisa tidur siang walau cuma 20 menit wkwk.
Pesan gue cuma satu: jangan takut gagal, yang penting gerak.
Yang nanya gue sekarang usaha apa: buka bal jepang tiap kamis di garasi, kemeja sama celana bahan mulai 25rb, alamat di bio.
Semangat buat kalian yang lagi berjuang, kita sama-sama belajar 💪
"""),
R("post", "illegal_buried_offer", "1111", """
Throwback ke lebaran 2019, waktu masih ngekos di Pogung, tiap malem nongkrong angkringan sama anak-anak kos.
Kangen banget masa-masa itu, duit pas-pasan tapi bahagia. Makan nasi kucing tiga bungkus udah kenyang.
Sekarang udah pada nyebar, ada yang di Batam, ada yang balik Lampung, ada yang nikah duluan.
Dulu tiap tanggal tua kita patungan beli mie instan sekardus, masak rame-rame pake magic com pinjeman.
Terus kalau ada yang dapet kiriman dari rumah, satu kos langsung pesta rendang.
Kalau kalian alumni kos Bu Harti baca ini, absen dong di komen 😂
Btw, aku sekarang nerusin lapak awul-awul bapak di Parakan, barang tiap minggu ganti, kaos 10rb dapet 3, kirim juga bisa.
Sehat-sehat semua kawan lama.
"""),
R("post", "illegal_buried_offer", "1111", """
Hari ke-14 puasa. Jujur hari ini berat banget, pagi ban motor bocor, siang kena omel pelanggan karena paket telat, sore hujan deres di jalan.
Tapi pas buka puasa liat anak-anak ketawa makan kolak, hilang semua capeknya.
Kadang kita terlalu fokus sama yang kurang, lupa bersyukur sama yang udah ada.
Tadi juga sempet ngobrol sama bapak tukang parkir di ruko, beliau puasa sambil kerja di bawah terik, malu rasanya aku ngeluh.
Buat yang nanya baju lebaran anak: stok kiloan korea kids udah dipilahin, 1 kg isi kira2 6-8 pcs, 120rb/kg, chat aja.
Selamat berbuka buat yang menjalankan, semoga puasanya lancar sampai akhir 🤲
"""),
R("post", "illegal_buried_offer", "1111", """
Mau curhat soal tetangga yang tiap malem karaoke sampe jam 1 😭
Udah ditegur RT, udah ditegur pak RW, tetep aja "Kandas" diputer berulang-ulang.
Akhirnya gue beli earplug, lumayan lah bisa tidur walau masih kedengeran bass-nya.
Istri gue malah udah kebal, dia bilang anggap aja konser gratis 🙃
Tapi anak gue yang masih bayi sering kebangun, kasian.
Ada yang punya tips lain? Selain pindah rumah ya, itu mah nggak mungkin 😂
(iklan numpang: karungan jaket outdoor ex Jepang baru nyampe dari Batam, buka besok jam 9 di lapak Bantar Gebang, harga mulai 35rb)
Oke lanjut, menurut kalian perlu lapor ke mana lagi nih?
"""),
R("post", "illegal_buried_offer", "1111", """
Akhirnya kelar juga renovasi dapur kecil-kecilan ini. Tiga minggu tukangnya kerja, debu di mana-mana, masak pake kompor portable di teras.
Keramiknya pilih yang motif terrazzo, cat dinding sage green, rak gantung kayu jati belanda bekas palet.
Budget total sekitar 11 juta, lebih dikit dari rencana karena ganti wastafel.
Lesson learned: selalu siapin dana cadangan 15%, pasti ada aja yang meleset.
Yang minta nomor tukangnya nanti aku DM ya, orangnya rapi dan jujur.
Sekalian: dana renovasi ini sebagian dari jualan sweater & cardigan ex-bal Korea, masih ada 1 karung belum kebuka, siapa mau borong sekarungan nego tipis.
Makasih yang udah nemenin prosesnya lewat story 🫶
"""),
R("post", "illegal_buried_offer", "1111", """
Gw mau bahas skripsi dikit. Judul gw soal perilaku konsumen Gen Z terhadap fashion berkelanjutan, dan ternyata banyak banget responden yang bilang alasan utama mereka thrifting itu harga, bukan lingkungan.
Menarik kan? Jadi narasi "sustainable" itu kadang cuma bonus, bukan motivasi utama.
Dosen pembimbing gw minta tambah variabel pendapatan, jadi gw harus sebar kuesioner lagi 🙃
Yang mau bantu isi kuesioner link di story ya, 5 menit doang.
Dan buat yang nanya, iya gw masih jual sisa stok flanel & kemeja dari bal USA yg gw beli patungan sama temen, 40-60rb, cek highlight "STOK".
Makasih banyak yang udah bantu!
"""),
R("post", "illegal_buried_offer", "1111", """
Selamat malam warga grup Jual Beli Sidoarjo Kota.
Izin admin, saya member lama yang jarang posting, hari ini mau sedikit berbagi.
Saya mau mengucapkan terima kasih kepada admin yang sudah menjaga grup ini tetap rapi dan bebas penipuan.
Kemarin ada yang kehilangan dompet di sekitar GOR, alhamdulillah sudah ketemu berkat share di grup ini.
Mari kita jaga grup ini sama-sama, jangan posting hoaks dan jangan saling hujat.
Kalau ada transaksi, usahakan COD atau pakai rekening bersama biar sama-sama aman.
Saya sendiri buka lapak sandang impor second di depan rumah, karung baru dibuka tiap Sabtu pagi, kemeja mulai 15rb.
Sekali lagi terima kasih, semoga grup ini makin bermanfaat.
"""),
R("post", "illegal_buried_offer", "1111", """
Ngopi dulu lur ☕
Wingi bengi udan deres, genteng pawon bocor maneh, kudu munggah ndandani.
Isuk mau ngeterke simbok nang pasar, terus mampir bengkel ganti oli. Motor wis 3 wulan ra tau diservis, suarane wis kemriyek.
Awan mengko ono arisan RT nang omahe Pak Darto, kudu teko soale giliran aku sing nyiapke snack.
Snack-e paling lemper karo risoles, tuku nang Bu Sri wae, ra sempet gawe dewe.
Sore mbuh, paling turu 😴
Nggo sing takon: awul-awulan kiriman Batam wis teko, sesuk Minggu tak gelar nang lapangan Desa, kaos 5 ewu, jaket 25 ewu, monggo pinarak.
Wis ah, ngopi meneh.
"""),
R("post", "illegal_buried_offer", "1111", """
Buat yang baru follow: halo! aku Rara, 27 tahun, tinggal di Cimahi sama 2 kucing oren yang kelakuannya kayak preman 🐈
Di akun ini aku biasanya share resep masakan rumahan, review skincare lokal, sama kadang curhat soal kerjaan.
Aku kerja jadi admin klinik gigi, jadi kalau ada yang mau nanya-nanya soal behel, boleh banget.
Aku juga suka banget jalan kaki pagi di sekitar Cimahi Techno Park.
Makanan favorit: cireng isi ayam pedas sama seblak kering, jangan tanya soal diet ya 😅
Sampingan aku ngecer blouse & dress secondan impor hasil bongkar bal di Gedebage, harganya 30-75rb, list ada di sorotan.
Salam kenal semua! Ceritain dong kalian dari mana 💬
"""),
R("post", "illegal_buried_offer", "1111", """
Catatan perjalanan: Medan - Tarutung - Sibolga, 3 hari 2 malam.
Hari pertama mampir Danau Toba dari sisi Parapat, makan ikan mas arsik, enak kali. Malamnya nginap di Balige.
Hari kedua ke Salib Kasih di Tarutung, jalannya mendaki tapi pemandangannya bayar lunas capeknya.
Hari ketiga turun ke Sibolga lewat jalur berkelok, sampe jam 4 sore, langsung ke pantai Pandan.
Di Sibolga sempat makan ikan bakar dan mi gomak, kenyang kali, harga pun masuk akal.
Pulangnya bawa oleh-oleh 2 goni burjer dari pajak Sibolga, udah kupilih yang bagus, siapa mau ambil kemeja dan jas 35rb aja, ambil di Medan Johor.
Next trip mau ke Nias, ada yang punya rekomendasi?
"""),
R("post", "illegal_buried_offer", "1111", """
Halo kakak-kakak, izin share pengalaman ikut pelatihan UMKM dari dinas kemarin.
Materinya soal foto produk pake HP, bikin caption yang menarik, dan cara hitung HPP. Pematerinya asik, banyak contoh langsung.
Yang paling kena buatku: jangan jual murah karena takut nggak laku, hitung dulu modal dan tenaga.
Kita juga diajarin bikin pembukuan sederhana pakai buku tulis aja, pisahin uang usaha sama uang dapur.
Aku jadi kepikiran benerin lagi harga-harga di lapakku.
Oh ya, lapakku yang isinya celana jeans & chino second ex-bal Jepang (bukan lokal ya kak) lagi diskon 20% sampai Jumat, katalog di IG.
Semoga ilmunya bermanfaat, makasih buat panitia 🙏
"""),
R("post", "illegal_buried_offer", "1111", """
Ini pertama kalinya aku ikut lari 10K dan finish di 1 jam 12 menit 🥹
Persiapan cuma 6 minggu, program dari aplikasi gratis, latihan 3x seminggu subuh-subuh keliling kompleks.
Km 7 sempet mau nyerah, betis kram, tapi ada ibu-ibu di pinggir jalan bagi-bagi jeruk, auto semangat lagi.
Finish line-nya rame banget, ada yang bawa anak, ada yang bawa poster lucu buat pasangannya.
Terima kasih buat komunitas lari Tangsel yang udah nyemangatin!
Nb: sepatu lari yang kupakai dari tumpukan sepatu bal Thailand yg aku jual, masih ada puluhan pasang 90-150rb, size 38-44, cek katalog.
Target berikutnya half marathon, doakan ya!
"""),
R("post", "illegal_buried_offer", "1111", """
Review jujur warung mie ayam baru di depan kampus:
Mie-nya kenyal, ayamnya manis gurih, pangsitnya renyah. Sambelnya pedes nampol. Harga 15rb, porsi kuli.
Minusnya cuma satu: antri lama karena yang masak cuma satu orang.
Tempat duduknya juga terbatas, jadi siap-siap makan sambil berdiri kalau jam makan siang.
Es jeruknya seger, manisnya pas, nggak pakai gula cair.
Overall 8.5/10, bakal balik lagi minggu depan.
Btw kalo abis makan mie ayam mampir ke lapak gue sebelahnya ya, hoodie sama crewneck second impor yang gue buka dari karung tiap Rabu, 50rb-an doang.
Sekian review dari gue, next mau nyobain bakso yang viral itu.
"""),
R("message", "illegal_buried_offer", "1111", """
Assalamualaikum ibu-ibu wali murid kelas 3B 🙏
Mengingatkan besok anak-anak pakai baju olahraga dan bawa bekal sendiri ya, ada kegiatan jalan sehat keliling kelurahan.
Untuk iuran kas bulan ini 20rb, bisa transfer ke rekening bendahara seperti biasa.
Terima kasih juga buat Bu Lina yang sudah menyumbang air mineral 3 dus.
Mohon anak-anak diingatkan pakai topi dan sunblock, rute jalannya lumayan panas.
Sekalian promosi dikit ya bu, saya ada stok seragam olahraga dan kaos anak second ex karung Korea, masih bagus-bagus, 3 potong 25rb, bisa dibawa ke sekolah.
Wassalam, Bu Yanti (koordinator kelas)
"""),
R("post", "illegal_buried_offer", "1111", """
Jadi gini, semalem gue nonton dokumenter soal industri fashion, dan jujur agak ketampar.
Ternyata satu kaos butuh ribuan liter air buat diproduksi. Terus sisa produksi yang nggak laku banyak yang dibakar.
Belum lagi soal upah buruh garmen di beberapa negara yang jauh dari layak.
Sejak itu gue mikir, mungkin lebih baik pakai barang yang udah ada daripada beli baru terus.
Makanya gue mulai serius jualan baju bekas dari luar, gue ambil per bal dari agen Tanjungbalai, kualitas bagus, harga mulai 20rb, link di bio.
Tapi tetep, yang paling penting kurangin konsumsi. Beli seperlunya aja ya guys.
Gimana pendapat kalian soal fast fashion?
"""),
R("post", "illegal_buried_offer", "1111", """
Sebagai perantau di Tarakan hampir 8 tahun, aku mau share hal-hal yang bikin aku betah di sini:
1. Kepiting soka murah dan enak
2. Orangnya ramah, campur Bugis, Tidung, Jawa, Toraja
3. Pantai Amal sore-sore cakep banget
4. Deket ke Tawau kalau mau jalan ke luar negeri
5. Banyak kerjaan di sektor tambang dan perikanan
6. Kalau malam minggu, kuliner di sekitar Gusher rame, ada coto, ada bakso, ada sate
Bonus: sambil kerja aku jual roma juga, celana jeans & jaket 40-80rb, datang langsung ke rumah di Karang Anyar atau COD sekitar Gusher.
Kalian pernah ke Tarakan? Kesan pertama apa?
"""),
R("post", "illegal_buried_offer", "1111", """
Kemaren anak gw tanya kenapa langit warnanya biru. Gw jelasin soal cahaya matahari dan hamburan, dia cuma bengong terus nanya lagi "kenapa Ayah tau?" wkwk.
Jadi bapak-bapak itu ternyata harus serba tau ya. Harus bisa benerin genteng, ganti lampu, jelasin fisika, sama jadi ojek pribadi.
Minggu lalu dia nanya kenapa ikan nggak tenggelam, gw googling diem-diem di kamar mandi wkwk.
Tapi seneng sih, anak seumur segini rasa penasarannya lagi tinggi-tingginya.
Info buat yg tanya lapak: jumat ini gw nurunin 3 bal campur Korea-Jepang di Cikarang, kaos anak & dewasa, bisa ambil per kilo, chat 0812xxxx.
Bapak-bapak lain, pertanyaan anak paling susah apa yang pernah kalian dapet?
"""),
R("post", "illegal_buried_offer", "1111", """
Dulu waktu kecil aku malu banget pakai baju dari pasar loak. Temen-temen suka ngejek "baju bekas, baju bekas".
Sekarang malah banyak anak muda yang bangga pakai barang second, katanya vintage, katanya unik.
Lucu ya, zaman berubah. Yang dulu dianggap miskin sekarang dianggap keren.
Ibu dulu rajin banget nyuci dan nyetrika baju-baju itu sampai kelihatan kayak baru, biar aku nggak minder.
Aku baru sadar sekarang betapa besar usaha beliau.
Aku jadi lebih damai sama masa kecilku.
Sekarang aku sendiri yang jualan: pilihan dari ball Eropa, jaket kulit & coat wool 150-350rb, spill di story tiap malam.
Kalian punya pengalaman kayak gini juga?
"""),
R("post", "illegal_buried_offer", "1111", """
Kalau kalian ngerasa hidup stagnan, coba deh mulai dari hal kecil:
- bangun 30 menit lebih pagi
- minum air putih sebelum kopi
- jalan kaki 15 menit
- baca 5 halaman buku
- tulis 3 hal yang kamu syukuri
Aku udah jalanin 2 bulan, efeknya pelan tapi kerasa. Mood lebih stabil, kerjaan lebih fokus.
Kuncinya jangan langsung semua, pilih satu dulu, jalanin seminggu, baru tambah yang lain.
Nggak nyambung tapi penting: yang mau ambil kaos band & kaos lari ex import bekas (dapet dari karung Malaysia), DM aja, 3 pcs 100rb.
Semoga membantu ya, kita tumbuh pelan-pelan bareng 🌱
"""),
R("post", "illegal_buried_offer", "1111", """
Sudah 3 bulan toko kelontong kami buka di pojok Jalan Cendrawasih. Alhamdulillah pelanggan makin banyak, paling laris beras, telur, dan gas melon.
Terima kasih buat tetangga-tetangga yang sudah mampir dan beli, walau cuma micin seribu 😄
Kami juga nerima titipan kue basah dari ibu-ibu sekitar, bagi hasil 80:20.
Bulan depan rencananya mau tambah freezer buat es batu dan minuman dingin, doakan lancar.
Buat yang tanya bisa bayar pakai QRIS, sekarang sudah bisa ya.
Di samping toko sekarang ada rak baju juga, isinya kemeja & rok bekas dari karungan Singapur yang kami ambil dari Batam, 20-40rb aja.
Jam buka 6 pagi sampai 10 malam ya.
"""),
R("post", "illegal_buried_offer", "1111", """
Sekadar berbagi, hari ini tepat setahun bapak berpulang. Masih sering kebayang suara beliau manggil dari teras tiap magrib.
Bapak itu orangnya keras tapi sayang, kerja jadi buruh pelabuhan 30 tahun di Parepare.
Dari beliau aku belajar: kerja jujur, jangan utang kalau nggak kepepet, dan selalu bantu tetangga.
Setiap subuh beliau sudah di dermaga, pulang magrib bawa pisang goreng buat kami berempat.
Al-Fatihah untuk bapak 🤲
Usaha lapak cakar yang beliau rintis sekarang aku lanjutkan di Pasar Lakessi, barang baru datang tiap Senin, kalau mau titip dicarikan ukuran bisa chat.
Terima kasih sudah membaca.
"""),
R("post", "illegal_buried_offer", "1111", """
OOTD hari ini buat kondangan sepupu: batik tulis dari nenek, celana hitam, sepatu pantofel.
Kondangannya adat Sunda, ada saweran dan nincak endog, seru banget liatnya.
Makanannya juara: nasi liwet, pepes ikan, sama es cendol. Pulang-pulang kekenyangan.
Ada juga sesi foto keluarga besar yang makan waktu hampir sejam karena nunggu uwa dari Tasik telat datang 😂
Pengantinnya cantik dan ganteng, semoga samawa ya Teh Nisa & A Dikri 💐
Oiya yang nanya pantofelnya: itu dari stok sepatu second impor aku, masih ada kulit-kulit Jepang size 40-43, 175rb, dikirim dari Garut.
Kalian kalau kondangan lebih suka batik atau kebaya?
"""),
R("post", "illegal_buried_offer", "1111", """
Baru selesai baca novel "Laut Bercerita", nangis di halaman-halaman terakhir.
Bukunya berat tapi penting, tentang aktivis yang hilang di akhir 90-an dan keluarga yang terus menunggu.
Aku suka cara penulis bergantian sudut pandang, bikin kita ngerasain dua sisi duka.
Ada satu adegan soal makan malam keluarga yang selalu menyisakan satu piring kosong, itu bikin sesek banget.
Rating dari aku 5/5, wajib baca.
Ps. Lapak preloved-ku bukan cuma buku ya, ada juga knitwear dari bal Jepang yg baru aku sortir, 45rb/pc, fotonya di album "Rajut".
Rekomendasiin novel lain dong yang sejenis!
"""),
R("post", "illegal_buried_offer", "1111", """
Info cuaca dari nelayan Sebatik: angin utara lagi kencang, gelombang bisa 2 meter, hati-hati yang mau nyebrang.
Kemarin speed dari Tunon Taka sempet batal berangkat sore, penumpang nunggu sampai besok pagi.
Harga ikan di TPI naik karena tangkapan sepi.
Kawan-kawan yang biasa angkut rumput laut juga banyak yang libur dulu, tunggu laut tenang.
Semoga cepat reda, kasihan kawan-kawan yang cari makan di laut.
Sambil tunggu cuaca, lapak rombengan Tawau di rumah tetap buka, baju kerja dan jaket tebal 25-60rb, bisa kirim ke Nunukan kota.
Jaga diri semua.
"""),
]
