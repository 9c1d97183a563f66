p='b01_buried.py'; s=open(p).read()
adds = [
("Suami bilang sabar aja, rezeki udah ada yang ngatur, insyaallah.\n", "Tetangga sebelah juga baik banget, tadi nganterin bubur ayam sama teh anget buat si kakak.\nKadang yang begini ini yang bikin betah tinggal di perumahan kecil, saling jaga.\n"),
("Jualan frozen food, lumayan tapi capek.\n", "Pernah juga jadi driver online 4 bulan, pinggang rasanya mau copot.\n"),
("Sekarang udah pada nyebar, ada yang di Batam, ada yang balik Lampung, ada yang nikah duluan.\n", "Dulu tiap tanggal tua kita patungan beli mie instan sekardus, masak rame-rame pake magic com pinjeman.\nTerus kalau ada yang dapet kiriman dari rumah, satu kos langsung pesta rendang.\n"),
("Kadang kita terlalu fokus sama yang kurang, lupa bersyukur sama yang udah ada.\n", "Tadi juga sempet ngobrol sama bapak tukang parkir di ruko, beliau puasa sambil kerja di bawah terik, malu rasanya aku ngeluh.\n"),
("Akhirnya gue beli earplug, lumayan lah bisa tidur walau masih kedengeran bass-nya.\n", "Istri gue malah udah kebal, dia bilang anggap aja konser gratis 🙃\nTapi anak gue yang masih bayi sering kebangun, kasian.\n"),
("Budget total sekitar 11 juta, lebih dikit dari rencana karena ganti wastafel.\n", "Lesson learned: selalu siapin dana cadangan 15%, pasti ada aja yang meleset.\n"),
("Ngopi dulu lur ☕\n", "Wingi bengi udan deres, genteng pawon bocor maneh, kudu munggah ndandani.\n"),
("Awan mengko ono arisan RT nang omahe Pak Darto, kudu teko soale giliran aku sing nyiapke snack.\n", "Snack-e paling lemper karo risoles, tuku nang Bu Sri wae, ra sempet gawe dewe.\n"),
("Selamat malam warga grup Jual Beli Sidoarjo Kota.\n", "Izin admin, saya member lama yang jarang posting, hari ini mau sedikit berbagi.\n"),
("Mari kita jaga grup ini sama-sama, jangan posting hoaks dan jangan saling hujat.\n", "Kalau ada transaksi, usahakan COD atau pakai rekening bersama biar sama-sama aman.\n"),
("Aku juga suka banget jalan kaki pagi di sekitar Cimahi Techno Park.\n", "Makanan favorit: cireng isi ayam pedas sama seblak kering, jangan tanya soal diet ya 😅\n"),
("Hari ketiga turun ke Sibolga lewat jalur berkelok, sampe jam 4 sore, langsung ke pantai Pandan.\n", "Di Sibolga sempat makan ikan bakar dan mi gomak, kenyang kali, harga pun masuk akal.\n"),
("Yang paling kena buatku: jangan jual murah karena takut nggak laku, hitung dulu modal dan tenaga.\n", "Kita juga diajarin bikin pembukuan sederhana pakai buku tulis aja, pisahin uang usaha sama uang dapur.\n"),
("Km 7 sempet mau nyerah, betis kram, tapi ada ibu-ibu di pinggir jalan bagi-bagi jeruk, auto semangat lagi.\n", "Finish line-nya rame banget, ada yang bawa anak, ada yang bawa poster lucu buat pasangannya.\n"),
("Minusnya cuma satu: antri lama karena yang masak cuma satu orang.\n", "Tempat duduknya juga terbatas, jadi siap-siap makan sambil berdiri kalau jam makan siang.\nEs jeruknya seger, manisnya pas, nggak pakai gula cair.\n"),
("Terima kasih juga buat Bu Lina yang sudah menyumbang air mineral 3 dus.\n", "Mohon anak-anak diingatkan pakai topi dan sunblock, rute jalannya lumayan panas.\n"),
("Ternyata satu kaos butuh ribuan liter air buat diproduksi. Terus sisa produksi yang nggak laku banyak yang dibakar.\n", "Belum lagi soal upah buruh garmen di beberapa negara yang jauh dari layak.\n"),
("5. Banyak kerjaan di sektor tambang dan perikanan\n", "6. Kalau malam minggu, kuliner di sekitar Gusher rame, ada coto, ada bakso, ada sate\n"),
("Jadi bapak-bapak itu ternyata harus serba tau ya. Harus bisa benerin genteng, ganti lampu, jelasin fisika, sama jadi ojek pribadi.\n", "Minggu lalu dia nanya kenapa ikan nggak tenggelam, gw googling diem-diem di kamar mandi wkwk.\n"),
("Lucu ya, zaman berubah. Yang dulu dianggap miskin sekarang dianggap keren.\n", "Ibu dulu rajin banget nyuci dan nyetrika baju-baju itu sampai kelihatan kayak baru, biar aku nggak minder.\nAku baru sadar sekarang betapa besar usaha beliau.\n"),
("Aku udah jalanin 2 bulan, efeknya pelan tapi kerasa. Mood lebih stabil, kerjaan lebih fokus.\n", "Kuncinya jangan langsung semua, pilih satu dulu, jalanin seminggu, baru tambah yang lain.\n"),
("Kami juga nerima titipan kue basah dari ibu-ibu sekitar, bagi hasil 80:20.\n", "Bulan depan rencananya mau tambah freezer buat es batu dan minuman dingin, doakan lancar.\nBuat yang tanya bisa bayar pakai QRIS, sekarang sudah bisa ya.\n"),
("Dari beliau aku belajar: kerja jujur, jangan utang kalau nggak kepepet, dan selalu bantu tetangga.\n", "Setiap subuh beliau sudah di dermaga, pulang magrib bawa pisang goreng buat kami berempat.\n"),
("Makanannya juara: nasi liwet, pepes ikan, sama es cendol. Pulang-pulang kekenyangan.\n", "Ada juga sesi foto keluarga besar yang makan waktu hampir sejam karena nunggu uwa dari Tasik telat datang 😂\n"),
("Aku suka cara penulis bergantian sudut pandang, bikin kita ngerasain dua sisi duka.\n", "Ada satu adegan soal makan malam keluarga yang selalu menyisakan satu piring kosong, itu bikin sesek banget.\n"),
("Harga ikan di TPI naik karena tangkapan sepi.\n", "Kawan-kawan yang biasa angkut rumput laut juga banyak yang libur dulu, tunggu laut tenang.\n"),
]
for a,b in adds:
    assert s.count(a)==1, a
    s=s.replace(a,a+b)
open(p,'w').write(s)
