# Batch 4: live announcements and bios. Hand-written.
# (kind, category, offer, used, clothing, abroad, text)
RECORDS = [
("live", "live_sale", 1, 1, 1, 1, """LIVE JAM 8 MALAM 🔴 bongkar karung Jepang langsung di depan kamera!
Isinya belum kami intip sama sekali, jadi kita sama-sama kaget 😆
Harga dibacakan per potong, ketik "AMBIL + nomor" di kolom komentar, checkout keranjang kuning maks 15 menit.
Jangan lupa follow biar dapet notif, see you guys!"""),

("live", "live_sale", 1, 1, 1, 1, """Nanti malam IG live jam 19.30 ya bestie ✨
Buka 1 bal Korea isi dress dan blouse, ukurannya kebanyakan S–M.
Sistem: siapa cepat komen "mine" dia dapat, pembayaran maks 1x24 jam, lewat = auto cancel.
Yang dari luar Pulau Jawa tetap bisa, ongkir dihitung setelah rekap."""),

("live", "live_sale", 1, 1, 1, 1, """SIARAN LANGSUNG FACEBOOK sore ini pukul 4 dari kios monza kami di Pajak Simalingkar 📹
Barang baru turun dari Belawan: jaket kulit, sweater, sepatu boots, tas ransel.
Tulis nomor barang di komentar, nanti admin hubungi lewat Messenger.
Bisa kirim sampai Siantar, Kabanjahe, Rantau. Mari, kawan!"""),

("live", "live_sale", 1, 1, 1, 1, """🔴 Live Shopee mulai 21.00 – THRIFT IMPOR PILIHAN
Stok dari sortiran ex Taiwan dan Hongkong, kemeja flanel, hoodie, cardigan, celana kulot.
Voucher gratis ongkir berlaku selama live, flash sale 19rb tiap 30 menit!
Yang nunggu restock kemeja corduroy, malam ini ada 20 potong."""),

("live", "live_sale", 1, 1, 1, 1, """Malam ni kami live TikTok dari gudang lelong di Sanggau, mulai jam 8 🔴
Buka karung baru dari Malaysia, banyak jaket sama seluar jeans.
Harge mulai 15 ribu, komen jak nombor barang, nanti admin WA kitak.
Jangan lupa share ke kawan-kawan ye!"""),

("live", "live_sale", 1, 1, 1, 1, """Live ki nanti habis isya di Tiktok 🙏
Bongkar 2 karung cakar kemeja kantoran, cocok untuk yang baru masuk kerja, ambil ji 20 ribu saja per biji.
Kalau dari luar Makassar bisa dikirim, ongkir sendiri na.
Tag temanmu yang suka cari baju murah!"""),

("live", "live_sale", 1, 1, 1, 1, """Sesuk sore jam 4 live neng IG, awul-awul online! 🎥
Karungan Jepang anyar, isine sweater, jaket windbreaker, kaos olahraga.
Koe tinggal komen nomer, tak wenehi rego, transfer, tak kirim. Gampang to?
Sing COD iso neng Alun-Alun Kidul malem Minggu."""),

# ---- legal live ----
("live", "hn_own_preloved", 1, 1, 1, 0, """Live IG jam 8 malam: aku lepas isi lemariku sendiri 🧺
Baju-baju preloved pribadi, kebanyakan dipakai ke kantor dan kondangan, semua sudah dicuci dan disetrika.
Harga 25–100rb, yang tertarik tinggal komen, aku reply DM satu-satu.
Bukan barang karungan ya, murni punyaku sendiri."""),

("live", "hn_charity_sale", 1, 1, 1, 0, """🔴 LIVE LELANG AMAL Minggu jam 7 malam
Pakaian dan tas bekas donasi para alumni SMA 2 Cirebon akan dilelang langsung di Instagram.
Seluruh hasil untuk membantu biaya operasi adik kelas kami, Fajar.
Tawar lewat kolom komentar, pemenang dihubungi panitia. Ayo ikut berbagi 💛"""),

("live", "hn_new_thrift_style", 1, 0, 1, 0, """LIVE TIKTOK jam 7: launching kemeja flanel ala vintage 90an 🔥
Semuanya BARU, produksi konveksi kami di Solo, warnanya sengaja dibuat kusam biar mirip barang thrift.
Size M–XXL, harga live 89rb (normal 129rb).
Cuma malam ini ya, jangan sampai ketinggalan."""),

("live", "hn_other_goods_used", 1, 1, 0, 1, """Live jam 9 malam: HP second ex Jepang & Singapura, semua sudah cek IMEI 📱
iPhone XR, Pixel 4a, Galaxy S10, lengkap dengan garansi toko 1 bulan.
Spesifikasi dan minus tiap unit dibacain satu-satu.
Toko kami di Batam Center, pembeli luar kota bisa kirim asuransi."""),

("live", "hn_new_import", 1, 0, 1, 1, """Live special malam ini: sneakers & jaket BARU dari Korea 🇰🇷
Semua barang segel, lengkap tag dan nota pembelian dari toko di Seoul, masuk lewat jalur resmi.
Ready stock 40 pasang, size 37–44.
Komen "CEK + size" untuk tanya stok. See you jam 20.00!"""),

("live", "hn_other_goods_used", 1, 1, 0, 0, """Live jualan buku bekas malam ini jam 8 📚
Novel lawas, komik, buku kuliah teknik, semua koleksi pribadi yang udah numpuk di rumah.
Harga 10–50rb, bundling 5 buku 100rb.
Tulis judul yang kamu mau di komentar, nanti aku cek."""),

("live", "hn_news_media", 0, 1, 1, 1, """Live diskusi Kamis jam 20.00 WIB: "Thrifting dilarang, terus gimana?" 🎙️
Ngobrol bareng Bang Jali (pedagang pakaian bekas di Senen sejak 2002), Mbak Sari dari komunitas penjahit lokal, dan dosen ekonomi.
Kita bahas dari larangan impor balpres, nasib pedagang kecil, sampai pilihan baju murah produksi dalam negeri.
Tonton di akun kami, boleh kirim pertanyaan lewat komentar."""),

("live", "hn_news_media", 0, 1, 1, 1, """Kami sedang siaran langsung dari Pasar Gedebage, Bandung, pagi ini.
Suasana lebih sepi dibanding bulan lalu, banyak kios pakaian bekas impor yang tutup setelah operasi gabungan pekan kemarin.
Sejumlah pedagang yang kami temui mengaku masih menjual sisa stok lama sambil menunggu kepastian.
Ikuti terus laporan kami di kanal ini."""),

("live", "hn_majun", 1, 1, 0, 0, """Live jam 3 sore: majun kiloan untuk bengkel & pabrik 🛠️
Kain perca dan kaos bekas lokal yang sudah dipotong, bersih, daya serap oli bagus.
Harga 8rb/kg, minimal order 50 kg, kirim se-Jawa Tengah.
Tanya-tanya langsung di komentar ya."""),

# ---- profiles ----
("profile", "seller_bio", 1, 1, 1, 1, """📦 Supplier Bal Thrift Import | Korea • Jepang • Taiwan
Grade A/B/S, per karung & per koli, kirim seluruh Indonesia
🏠 Gudang Cakung – Jakarta Timur
📲 WA admin 0878xxxx (slow respon hari Minggu)
Testimoni di highlight ⬇️"""),

("profile", "seller_bio", 1, 1, 1, 1, """Monza Kak Ros 🛍️
Kios lorong 2 Pajak Melati, Medan
Tas, sepatu, jaket bekas branded dari luar, buka Selasa-Jumat-Minggu
Bisa kirim luar kota, tanya dulu lewat DM"""),

("profile", "seller_bio", 1, 1, 1, 1, """Grosir Cakar Daeng Ancu
Jual karungan & eceran, barang masuk dari Pare-Pare tiap minggu
📍 Pasar Terong, Makassar
Order luar daerah bisa, chat dulu ya 🙏 0813xxxx"""),

("profile", "seller_bio", 1, 1, 1, 1, """THRIFTY TUESDAY.ID 🧥
100% thrift impor Jepang & Korea, hand-picked dari bal
Drop baru tiap Selasa 19.00 | shipping from Malang
Order via link di bawah ⬇️ no keep no drama"""),

("profile", "bale_wholesale", 1, 1, 1, 1, """Pusat Dropship Baju Bekas Import 🌏
Foto katalog gratis, tanpa stok, tanpa modal
Barang ex bal Jepang/Korea dikirim atas nama kamu
Gabung grup reseller: link di bio 🔗"""),

# ---- legal profiles ----
("profile", "hn_news_media", 0, 1, 1, 1, """Kabar Thrift Nusantara 📰
Berita, cerita pedagang, dan diskusi soal pakaian bekas impor, awul-awul, monza, cakar, lelong.
Bukan akun jualan. Kami tidak menerima endorse lapak.
Kirim cerita kalian lewat DM."""),

("profile", "hn_buyer_story", 0, 1, 1, 1, """Rina | 29 | Jogja
Pemburu awul-awul sejak kuliah, sekarang lebih sering jadi penonton 😅
Posting hasil ngawul, tips nyuci, dan curhat soal gatal-gatal.
Bukan olshop, jangan tanya harga ya 🙏"""),

("profile", "hn_own_preloved", 1, 1, 1, 0, """Lemari Nadia 👗
Preloved pribadi, bukan barang bal/karungan
Dipakai sendiri, dicuci bersih, kondisi jujur di tiap foto
COD area Bekasi & Jaktim | DM untuk tanya"""),

("profile", "hn_local_upcycling", 1, 1, 1, 0, """Sulam Ulang Studio ♻️
Rework jaket & kemeja bekas jadi barang baru, bahan dari donasi warga sekitar Kotagede
Dikerjakan tangan oleh ibu-ibu penjahit lokal
Custom order dibuka tiap awal bulan"""),

("profile", "hn_new_thrift_style", 1, 0, 1, 0, """Retro Rasa Lokal 🇮🇩
Kaos & kemeja gaya thrift 90an, tapi BARU
Diproduksi di Bandung, bahan katun lokal
Shopee/Tokopedia: retrorasalokal
Restock tiap tanggal 5, size S–XXL"""),

("profile", "hn_other_goods_used", 1, 1, 0, 1, """Nagoya Gadget Second 📱
HP bekas ex Jepang, Singapura, Hongkong
IMEI aman, garansi toko 30 hari
Ruko Nagoya Hill, Batam | kirim ke seluruh Indonesia
Tukar tambah HP lama bisa 🔄"""),

("profile", "hn_new_local_or_reject", 1, 0, 1, 0, """Outlet Sisa Ekspor Ungaran
Celana, kemeja, jaket baru reject & overrun pabrik garmen Jawa Tengah
Bukan barang bekas, bukan impor
Buka tiap hari 09.00–21.00"""),

("profile", "hn_news_media", 0, 1, 1, 1, """Dosen & peneliti ekonomi perdagangan.
Sedang menulis tentang rantai pasok balpres dari Port Klang ke pasar-pasar di Sumatera dan Jawa.
Pedagang yang mau berbagi cerita (anonim) silakan DM.
Pandangan pribadi."""),

("profile", "hn_majun", 1, 1, 0, 0, """CV Majun Sejahtera
Supplier kain majun & kain lap bekas kiloan untuk bengkel, pabrik, dan percetakan
Sumber bahan: limbah konveksi dan kaos bekas lokal
📍 Pekalongan | WA 0852xxxx"""),

("profile", "hn_swap_donation", 0, 1, 1, 0, """Lemari Berbagi Surabaya 🤲
Menerima donasi pakaian layak pakai dari warga untuk panti, korban bencana, dan pemulung
Drop point: 6 masjid & 2 gereja di Surabaya
Tidak diperjualbelikan. Laporan penyaluran tiap bulan."""),

("profile", "hn_new_import", 1, 0, 1, 1, """Seoul Closet Import 🇰🇷
Fashion wanita BARU langsung dari Dongdaemun
Impor resmi, bea cukai lunas, ada nota & tag
PO tiap 2 minggu | reseller welcome
Bukan preloved, bukan thrift 🙅‍♀️"""),
]
