# Batch B: illegal records, hand-written (filter dodging, mixed code words)
RECORDS = [
("listing", "dodge_spaced", 1, 1, 1, 1, """B.a.j.u B.e.k.a.s I.m.p.o.r Jaket Parasut Korea
Kondisi 90%, resleting lancar, tidak ada sobek.
Harga 65rb, bisa cek video real pic di chat.
Stok cuma satu, jangan cuma tanya kak 🙏"""),

("post", "dodge_leet", 1, 1, 1, 1, """Kaos b3k4s 1mp0r dari J3p4ng, tebel & adem 🔥
Harga 30k/pcs, ambil 4 jadi 100k.
Spill warna & ukuran di story ya, DM buat order.
#th r1ft #b4l #k4osmurah"""),

("post", "dodge_hashtag", 1, 1, 1, 1, """New arrival minggu ini 🛍️ kemeja corduroy, sweater rajut, cardigan nenek.
Satu harga 40k, COD Semarang kota.
Link order di bio ya kak.
#thriftimportmurah #bekaskoreaori #balpresjaket #preloveimport #thriftsemarang"""),

("message", "dodge_emoji", 1, 1, 1, 1, """📦🇰🇷 👕👖 2️⃣nd ✅
Stok 🆕 dari 🚢 baru 🔓 kemarin, harga 💸 mulai 20rb.
Minat ketik 🙋 + nomor foto, nanti aku kirim 🧾
Ambil di 🏠 Jl. Sidomulyo atau kirim via kurir."""),

("listing", "dodge_abbrev", 1, 1, 1, 1, """Jkt Bomber 2nd ex-JPN Sz L
Kondisi 8/10, lining aman, ada pudar dikit di kerah.
Dr bal JPN batch Maret. Hrg 95k nett.
Brg sdh laundry, siap kirim hr ini."""),

("post", "dodge_spaced", 1, 1, 1, 1, """Yg nyari t.h.r.i.f.t kemeja kantoran, ini dia ✨
Semua s3k3n dari k4rung Korea, pilih yang masih bagus aja.
Harga 25rb, 5 potong 110rb. Bisa COD Bekasi Timur.
Tanya stok lewat DM ya, komen sering ketimbun."""),

("comment", "dodge_english_mix", 1, 1, 1, 1, """Hi sis, this one is still available! It's preloved from a Japan bale, not local stuff.
Size M, pit to pit 50, minus tiny hole near hem (check last pic).
Price 55k exclude shipping, kalau mau langsung aku keep sampai besok malam."""),

("post", "dodge_misspelling", 1, 1, 1, 1, """Ready baju bkas impot korea kualitas Oke!!
Ada kmeja, kaos, jaket, clana panjang, hrga miring bgt.
Yang mau jdi reseler juga bisa, hub admin di no 0821xxxx.
Gudang kami di Cianjur, buka setiap hari."""),

("post", "dodge_hashtag", 1, 1, 1, 1, """Part 3 hasil bongkaran kemarin 😍 kebanyakan blouse motif bunga & rok panjang.
Ready semua sampai habis, harga di caption foto.
#secondimportbdg #bekasjepangori #karunganmurah #hiddengems #thriftbandung"""),

("live", "dodge_spaced", 1, 1, 1, 1, """Gaes live ini khusus b a l jaket ya, barang i m p o r dari korsel.
Harga 60-120 tergantung kondisi, aku jelasin minusnya satu-satu.
Komen 'ambil' + kode, jangan ghosting setelah checkout please 🙏"""),

("message", "dodge_abbrev", 1, 1, 1, 1, """Bos, BP mix summer KR masuk 3 koli, grade A/B.
Hrg A 4jt, B 2,6jt. FOB Btm, kirim via JNE trucking / kargo kapal.
Yg mau ambil ½ koli bisa gabung sm reseller lain, chat aja."""),

("post", "dodge_emoji", 1, 1, 1, 1, """Bukan 🆕 tapi vibes-nya 💯 👀
👟 second dari 🇯🇵, size 40-43, masih empuk banget solnya.
💰 150k - 220k, bisa 🤝 nego dikit.
Order via DM, COD area Malang 🚗 atau kirim pakai kurir langganan."""),

("listing", "dodge_english_mix", 1, 1, 1, 1, """Vintage Used Sweater Korea Bale - Super Soft, Oversized Fit
Condition: 9/10, no stain, no hole. Color: dusty pink.
Dapet pas unboxing bale minggu lalu, cuma ada satu yang warna ini.
Price 70k, free bubble wrap. DM for measurement."""),

("post", "dodge_leet", 1, 1, 1, 1, """Bund, ada r0mb3ng4n bayi baru datang nih 🍼
Dari k4rung Malaysia, isinya jumper, romper, kaos kaki, topi kupluk.
8rb-15rb saja per potong. Order WA 0878xxxx ya bund, bisa kirim ke luar kota."""),

("comment", "dodge_abbrev", 1, 1, 1, 1, """@ayu_nd ready kak, ini 2nd ex-KR dr bal batch kmrn.
LD 52 PJ 68, kondisi 9/10. Hrg 45k blm ongkir.
Klo mau lgsg co aja di lapak oren kami, nama tokonya sama kyk akun ini."""),

("message", "dodge_english_mix", 1, 1, 1, 1, """Hello kak, we have new stock of second hand jackets from Japan!
Mostly puffer & fleece, condition 80-95%.
Harga grosir 50k/pc kalau ambil minimal 30 pcs, retail 85k.
Interested? Just reply this broadcast ya 😊"""),

("post", "dodge_hashtag", 1, 1, 1, 1, """Siapa yang lagi cari celana cargo buat naik gunung? 🏔️
Baru buka karung, ada Eiger, Columbia, Uniqlo, rata-rata 50rb.
Langsung chat WA di bio, keep maks 1x24 jam.
#karungancargo #bekasimportmedan #monzamedan #thriftmedan"""),

("listing", "dodge_misspelling", 1, 1, 1, 1, """Jual Balpres Kaos Oblong Mix Merk Korea Tipis Adem 1 Bal
Pliss baca deskripsi dulu sebelum order ya.
Isi +- 500 pcs, sudah termasuk cacat ringan 5-10%, barang sekend luar.
Ongkir dihitung manual admin setelah order masuk. Kirim dari Pekanbaru."""),

("post", "dodge_spaced", 1, 1, 1, 1, """Cuci gudang!! Semua kemeja k o r e a s e k e n harga 15rb 😱
Cuma sampai Minggu, setelah itu ganti stok baru.
Toko kami di Pasar Kebon Kalapa, lantai 2 pojok kiri, cari spanduk ijo.
Bisa juga order online, format: nama-alamat-kode barang."""),

("live", "dodge_english_mix", 1, 1, 1, 1, """Okay next item, this is a wool coat from UK bale, second but still premium.
Harga 150, siapa mau? Komen 'mine' ya guys.
Yang belum follow, follow dulu biar dapet notif unboxing bale minggu depan!"""),

("message", "dodge_emoji", 1, 1, 1, 1, """Halo kakak langganan 🙌
Minggu ini 🎒👜 bekas 🇰🇷🇯🇵 baru masuk dari 🚢, kondisi mulus.
Harga 💵 75rb - 200rb, ada video 📹 kalau mau lihat detail.
Balas pesan ini dengan kode tas yang mau diambil ya ✨"""),

("post", "dodge_leet", 1, 1, 1, 1, """Btw yang nanya mulu, iya kita jual c4k4r ya bukan baju baru.
Baru turun dari Parepare, isinya kemeja & celana kain bapak-bapak.
Harga 10-30rb, lokasi lapak di Pasar Terong, buka pagi sampe dhuhur."""),

("comment", "dodge_misspelling", 1, 1, 1, 1, """Masih kak, itu jakett tbal dari bal jepang, sekon tapi bgus bgt.
Harga 85rb nett, stok tinggal 2. Mau aku bungkus?
Pembayaran bisa transfer atau e-wallet, nomornya aku kirim di DM."""),

("listing", "dodge_abbrev", 1, 1, 1, 1, """[PO BAL] Mix Winter JP 45kg - Close tgl 20
Isi est. 120 pcs (coat, sweater, hoodie). Brg 2nd import, grade campur.
DP 1jt, sisa pas brg sampai gudang Jkt. Estimasi ETA 2 minggu.
Slot terbatas 8 org."""),

("post", "dodge_english_mix", 1, 1, 1, 1, """Thrift haul but make it affordable 💸 semua di bawah 50k!
Brands: Zara, H&M, Gap, all second import from the same supplier.
Mau tau supplier-nya? Aku open reseller kok, DM aja, kita kerja sama.
#thrifthaul #supplierbal"""),

("message", "grade_sortiran", 1, 1, 1, 1, """Sortiran per kilo siap kirim:
- Sortiran kaos 1 (paling bagus) 90rb/kg
- Sortiran kaos 2 60rb/kg
- Sisa sortiran (cacat) 20rb/kg
Minimal 10 kg, bisa gabung jenis. Kirim dari Bandung, via kargo atau ambil sendiri."""),

("post", "code_word_regional", 1, 1, 1, 1, """Burjer is back di lapak kami, yang kangen ngubek jeans merapat 👖
Karung jeans dari Jepang baru dibongkar Sabtu, masih banyak selvedge.
Harga 60-150rb, lokasi Pasar Tungging Palembang los depan.
Datang pagi biar dapet yang bagus, jangan siang udah diserbu tukang lapak lain."""),

("live", "border_route", 1, 1, 1, 1, """Halo kawan-kawan dari Kalbar, ini barang dari seberang yang masuk lewat Entikong ya.
Jaket, kemeja, sweater musim dingin, semua bekas tapi layak banget.
Harga live 30-70rb, kirim dari Pontianak. Ketik 'ambil' sama warna yang mau."""),

("profile", "shop_bio", 1, 1, 1, 1, """🧺 Karung Ajaib | thrift & lelong Kalbar
Barang pilihan hasil bongkar goni Malaysia, update setiap Rabu.
Offline: Pasar Sentral Pontianak / Online: Shopee & TikTok Shop.
CS: 0811xxxx (chat only)"""),

("post", "port_route", 1, 1, 1, 1, """Langsung dari Dumai ke gudang kami di Pekanbaru 🚛
Kiriman kali ini: 25 karung celana dan 10 karung jaket.
Buat agen dan pengecer, harga per karung mulai 1,8jt, eceran per kilo juga bisa.
Hubungi admin, pesan dulu sebelum kehabisan."""),

("message", "reseller_recruitment", 1, 1, 1, 1, """Bun mau tambah penghasilan dari rumah? Join jadi reseller baju anak preloved impor kami 👧👦
Barang dari bal Korea, udah kami cuci dan sortir, tinggal foto & jual lagi.
Paket starter 30 pcs cuma 350rb, untung bisa 100%.
Daftar lewat WA 0838xxxx, ada grup bimbingan."""),

("post", "market_of_trade", 1, 1, 1, 1, """Lagi di Pasar Senen nih, lapak langganan baru bongkar bal kaos band 🤘
Aku jastip ya, kaos band vintage bekas impor 80-250rb + fee 20rb.
List foto aku upload di story 10 menit lagi, reply cepat dapat duluan."""),

("article", "plain_offer", 1, 1, 1, 1, """Tips Memilih Jaket Bekas Impor dari Toko Kami
Banyak pelanggan bertanya bagaimana cara memilih jaket second Korea yang awet. Pertama, cek resleting dan kancing. Kedua, cium baunya, jaket yang baru keluar dari bal biasanya agak apek tapi hilang setelah dicuci.
Ketiga, pilih bahan yang tidak mudah berbulu.
Semua jaket di Toko Sandang Kedua sudah melewati tiga langkah ini sebelum kami pajang. Silakan mampir ke toko kami di Jl. Veteran, Solo, atau belanja lewat katalog online."""),
]
