# (kind, category, offer, used, clothing, abroad, text)
DATA = [
("message", "regional_manado", 1, 1, 1, 1, """Sobat, kita ada baju cakar ley dari Filipina, baru turun di Bitung kemarin 🙏
Kemeja 15 ribu, jaket 35 ribu, sepatu 50 ribu.
Datang jo ke rumah di Kelurahan Titiwungen, dekat gereja.
Kalu mo pesan dari Tomohon, bole kirim pake oto, ongkos tanggung sandiri."""),
("article", "hn_news_raid", 0, 1, 1, 1, """Polres Pelabuhan Palembang mengamankan sebuah truk bermuatan 160 karung pakaian bekas di Jalan Lintas Timur, Ogan Ilir. Sopir mengaku hanya diupah mengantar barang dari Jambi ke Pasar 16 Ilir.
Dari dokumen yang ditemukan, pakaian itu diduga berasal dari Malaysia dan masuk lewat pesisir Kuala Tungkal.
Kasus ini kini ditangani Ditreskrimsus Polda Sumsel."""),
("post", "ig_caption_offer", 1, 1, 1, 1, """ORIGINAL JAPANESE DENIM 👖🇯🇵
pre-owned, selvedge, fade-nya natural banget
W28–W34 | 120–250k
tiap pcs ada video detail di story
open order sampai Minggu jam 9 malam, kirim dari Solo
#japanesedenim #selvedgedenim #preownedjapan #denimhead #indigo"""),
("post", "hn_moderation_guideline", 0, 1, 1, 1, """Kebijakan Marketplace – Barang Terlarang (kutipan untuk penjual)
Kami tidak mengizinkan penjualan:
• pakaian bekas yang berasal dari luar negeri (mis. "second impor", "ex-Korea", "per karung", "sortiran kapal")
• tas dan sepatu bekas impor
Yang diperbolehkan: pakaian bekas milik pribadi atau hasil pengumpulan dalam negeri, dan pakaian impor baru yang memiliki dokumen resmi.
Pelanggaran berulang dapat menyebabkan toko dinonaktifkan."""),
("listing", "multi_line_listing", 1, 1, 1, 1, """KODE: SWT-17
Item: sweater crewneck campus USA
Kondisi: second 8/10, ada pilling ringan
Size: L (lebar 58, panjang 70)
Harga: 95rb
Ongkir: dari Bekasi
Note: stok ex-Amerika cuma 1, siapa cepat dia dapat"""),
("article", "hn_op_ed_environment", 0, 1, 1, 1, """Setiap kali berita razia baju bekas impor muncul, perdebatan selalu berputar di soal ekonomi. Padahal ada sisi lain: apa yang terjadi pada sisa sortiran?
Di sebuah desa di Bandung timur, saya melihat tumpukan kain dari karung-karung yang tak laku dijual, dibakar di lahan kosong. Asapnya masuk ke rumah warga.
Larangan impor harus dibarengi sistem pengelolaan limbah tekstil. Kalau tidak, kita hanya mengganti satu masalah dengan masalah lain."""),
("live", "live_announcement", 1, 1, 1, 1, """🔴 LIVE MALAM INI 🔴
Jam 20.00 WIB di akun TikTok kami
Bongkar kiriman terbaru dari Sapporo: coat, sweater, syal musim dingin
Semua second tapi layak banget
Harga mulai 20rb, ada giveaway 3 syal buat yang share live
Jangan lupa follow biar dapat notif!"""),
("post", "hn_tutorial", 0, 1, 1, 0, """Panduan merawat jaket kulit second yang kamu dapat dari lemari orang tua:
1. Lap dengan kain lembap, jangan direndam.
2. Oleskan conditioner kulit tipis-tipis.
3. Angin-anginkan di tempat teduh.
4. Simpan pakai hanger lebar.
Jaket bapakku dari tahun 1998 sekarang masih kupakai tiap naik motor."""),
("comment", "thread_reply_offer", 1, 1, 1, 1, """@rizkyananda ready bang, sepatu boots kulit 2nd Jerman ukuran 43, sol masih bagus.
220rb nett, bisa COD di Stasiun Bogor Sabtu.
Stok lain: boots Inggris 41 & 42, info via DM ya biar gak penuh kolom komentar."""),
("article", "hn_news_interview", 0, 1, 1, 1, """"Kami tahu dilarang, tapi perut tidak bisa menunggu," kata Ujang (47), pedagang di Pasar Gedebage. Ia sudah berjualan pakaian bekas sejak 2002.
Menurutnya, sejak razia Maret lalu, harga satu karung dari pemasok naik hampir dua kali lipat karena risiko pengiriman.
Pembeli pun makin sepi. "Sekarang banyak yang cuma foto-foto untuk konten," ujarnya."""),
("listing", "hn_own_preloved", 1, 1, 1, 0, """Preloved Baju Hamil 🤰
Bekas pakai sendiri waktu hamil anak pertama, beli di toko ibu & bayi di Bekasi.
- 3 dress menyusui (M) – 60rb/pcs
- 2 celana hamil – 40rb/pcs
Semua sudah dicuci & disetrika. Ambil semua 250rb. Lokasi Bekasi Timur."""),
("message", "wa_broadcast", 1, 1, 1, 1, """‼️INFO RESTOCK‼️
Pakaian kerja wanita seken Hongkong sudah landing di gudang Batam 🛳️
blazer • rok span • kemeja satin
harga reseller mulai 18rb
pre-order ditutup Rabu malam, kirim Jumat
Balas "MAU" untuk dapat katalog PDF"""),
("post", "hn_joke_meme", 0, 1, 1, 1, """Orang Pontianak kalau ditanya "baju baru ya?"
Jawabannya: "ndak lah, lelong" 😂
Orang Medan: "monza ini"
Orang Makassar: "cakar ji"
Orang Jakarta: "thrift dong"
Satu barang, empat bahasa. #budayaindonesia"""),
("listing", "supplier_web_page", 1, 1, 1, 1, """Beranda | Produk | Cara Order | Kontak
KOREA SECOND CENTER
Spesialis sortiran premium pakaian, tas dan sepatu bekas dari Seoul & Incheon.
✔ Foto asli setiap koli
✔ Garansi jumlah sesuai
✔ Pengiriman ke seluruh pelabuhan Indonesia
Harga grosir hanya untuk member. Daftar gratis hari ini!"""),
("review", "hn_review_no_seller", 0, 1, 1, 1, """Review 3 bulan pakai jaket bekas asal Jepang:
Awalnya ragu, tapi ternyata jahitannya kuat dan tidak luntur.
Satu catatan: ukuran lengan pendek untuk orang tinggi.
Aku tidak sebut penjualnya karena sekarang sudah tidak jualan lagi. Nilai 4/5."""),
("listing", "port_route_offer", 1, 1, 1, 1, """Kapal dari Tawau sandar Selasa di Nunukan.
Ada titipan 40 koli pakaian bekas campur: kemeja, celana, jaket anak.
Siapa yang mau ambil, bisa langsung di dermaga atau kami antar ke Tarakan.
Harga per koli tergantung isi, tanya dulu tidak apa-apa."""),
("post", "hn_school_bazaar", 1, 1, 1, 0, """Pengumuman Wali Kelas 6B 📣
Minggu depan ada bazar seragam bekas untuk adik kelas.
Seragam, sepatu, dan tas dari kakak-kakak kelas 6 yang sudah lulus, harga 5rb–20rb.
Uangnya untuk kas kenang-kenangan perpisahan.
Tempat: depan perpustakaan, jam istirahat pertama."""),
("listing", "bale_grade_listing", 1, 1, 1, 1, """PRICE LIST (update Senin)
🇯🇵 Japan Mix Premium – 100 pcs – Rp4.500.000
🇰🇷 Korea Outer A – 80 pcs – Rp3.600.000
🇺🇸 USA Jeans B – 70 pcs – Rp2.800.000
🇨🇳 China Kids Mix – 150 pcs – Rp1.900.000
Barang tangan kedua, sudah sortir. Ready gudang Tanjungpinang.
Min order 1 koli per jenis."""),
("article", "hn_news_customs", 0, 1, 1, 1, """Petugas Bea dan Cukai Teluk Bayur mengamankan dua unit truk di Kabupaten Pesisir Selatan yang membawa 180 karung pakaian bekas.
Barang diduga diturunkan dari kapal kecil di perairan Mentawai setelah berlayar dari Malaysia.
Kepala Kantor mengatakan pihaknya akan menelusuri jaringan pemasok di Padang dan Bukittinggi."""),
("post", "tiktok_caption_offer", 1, 1, 1, 1, """unboxing paket dari gudang Batam 📦
isinya kemeja kantor second Singapore, 90% mulus
harga ecer 30rb, grosir 22rb min 20 pcs
mau? klik profil, link toko ada di sana
#unboxing #secondsingapore #kemejakantor #jualanonline #fyp"""),
("post", "hn_report", 0, 1, 1, 1, """Min @layanankonsumen, mohon ditinjau akun @tiga_koli yang menjual "pakaian seken kapal Malaysia" dengan harga per goni.
Iklannya menyebut kirim dari Tanjungbalai.
Bukankah ini dilarang menurut Permendag? Terima kasih atas perhatiannya."""),
("listing", "code_word_obok", 1, 1, 1, 1, """Obok-obok murah meriah di depan Pasar Beringharjo 🛒
Semua barang asal kiriman Singapura
Ambil 1 = 10rb, ambil 5 = 40rb
Buka tiap Sabtu & Minggu sore
Siapkan mental buat milih ya 😂"""),
("post", "hn_diary", 0, 1, 1, 1, """Hari pertama kerja jadi jurnalis magang. Ditugasi liputan ke Pasar Senen soal razia baju bekas.
Suasananya tegang, beberapa kios tutup, pedagang bisik-bisik soal karung yang disita.
Aku wawancara tiga orang, semuanya minta namanya disamarkan.
Pulang bawa banyak catatan dan sedikit sakit kepala."""),
("message", "telegram_channel_drop", 1, 1, 1, 1, """🧥 WINTER DROP – batch 3
📍 asal: Vladivostok & Harbin
📦 isi: 30 coat wol, 18 jaket bulu, 25 sweater
semua pre-owned, dicek satu2
harga mulai 60rb, coat panjang 150rb
Cara booking: reply foto + "BOOK"
Pengiriman dari Medan via kargo"""),
("listing", "hn_other_goods_bale", 1, 1, 0, 1, """Jual plastik bekas impor per bal (PET press)
Asal: Jepang, sudah dipres
1 bal ±300 kg
Untuk pabrik daur ulang, wajib punya izin
Lokasi gudang: Cilegon"""),
("profile", "seller_bio", 1, 1, 1, 1, """Uncle Sam's Wardrobe 🇺🇸
workwear • flannel • military jacket
pre-owned asli Amerika, no replika
📦 ship from Surabaya
⏰ slow respon jam kerja
order: link di bawah ⬇️"""),
("article", "hn_official_statement", 0, 1, 1, 1, """Pernyataan Bersama Asosiasi Pedagang Pasar
Kami menghormati larangan impor pakaian bekas sebagaimana diatur Permendag 40/2022. Namun kami meminta pemerintah membedakan importir besar dengan pedagang eceran yang hanya membeli satu-dua karung.
Kami juga meminta pendataan ulang pedagang di Pasar Senen, Gedebage, dan Pajak Melati agar program bantuan tepat sasaran."""),
("listing", "evasive_spacing", 1, 1, 1, 1, """k.e.m.e.j.a   k.o.r.e.a
tangan ke-2, masih kinclong
20 pcs sisa stok kemarin
25k/pcs, ambil semua 400k
lokasi Pasar Kodim Pekanbaru, lapak depan tangga"""),
("post", "hn_charity_bazaar", 1, 1, 1, 0, """🎁 Bazar Preloved untuk Palestina
Alumni SMA 3 mengumpulkan baju bekas layak pakai dari anggota.
Semua barang dari lemari sendiri, harga 10–50rb.
📍 Kafe Teras Kopi, Jl. Diponegoro 12, Malang
🗓️ Sabtu, 11.00–17.00"""),
("comment", "hn_buyer_question", 0, 1, 1, 1, """Bang, saya dari Banjarmasin mau tanya.
Di sini ada pasar yang jual baju bekas dari luar ngga ya? Dulu katanya di Pasar Sudimampir banyak.
Mau cari jaket buat ke Malang, cuma nanya tempatnya saja."""),
("listing", "regional_banjar", 1, 1, 1, 1, """Ulun jual baju bekas kiriman Malaysia, bagus-bagus wan murah 🙏
kemeja 20 ribu, jaket 40 ribu
kawa singgah ke rumah ulun di Kelayan, Banjarmasin
atau pesan lewat WA, ulun kirimakan"""),
("article", "hn_news_economy", 0, 1, 1, 1, """Ekonom Universitas Padjadjaran menilai larangan impor pakaian bekas berdampak ganda bagi Bandung. Di satu sisi, konveksi lokal di Cigondewah berpeluang merebut pasar. Di sisi lain, ribuan pedagang di Gedebage dan Kebon Kalapa kehilangan pemasukan.
"Yang dibutuhkan adalah masa transisi dan insentif," katanya.
Ia menyarankan pemerintah daerah memfasilitasi pedagang menjual produk lokal di lapak yang sama."""),
("listing", "hn_new_import", 1, 0, 1, 1, """NEW ARRIVAL 🇰🇷
Cardigan rajut import Korea, BARU, masih ada tag Dongdaemun
Warna: cream, sage, dusty pink
Harga 145rb
Barang resmi, bukan second. Bisa COD Jakarta Selatan."""),
("post", "creator_haul_shop", 1, 1, 1, 1, """Keliling Pasar Senen demi kemeja Hawaii 🌴
Nemu 4 kemeja bekas asal Amerika, total cuma 120rb!
Semua dari kios Bang Jali lantai 2, yang jualnya ramah dan mau ditawar.
Video lengkapnya di channel, jangan lupa subscribe 🙌
#senenhunt #kemejahawaii #secondusa"""),
("post", "hn_upcycle_story", 1, 1, 1, 0, """Kami UMKM di Garut yang mengolah baju bekas donasi warga jadi keset, tas dan boneka 🧶
Semua bahan dari dalam negeri, dikumpulkan dari bank sampah desa.
Produk bisa dibeli di Shopee toko kami atau langsung ke workshop.
#upcycleindonesia #ekonomisirkular #umkmgarut"""),
("message", "wa_group_offer", 1, 1, 1, 1, """Dulur, abdi gaduh baju bekas ti Korea, masih saé pisan.
Jaket 40 rébu, kaos 15 rébu.
Tiasa dicandak di bumi, caket Pasar Cicadas.
Mangga upami aya nu peryogi, japri wae."""),
("post", "hn_job_vacancy", 0, 1, 1, 0, """DICARI: Penjahit & staf sortir
Usaha preloved lokal di Depok, barang dari titipan pelanggan dalam kota.
Tugas: sortir, perbaiki jahitan lepas, setrika.
Gaji 3,2 jt + makan siang. Pengalaman di bidang pakaian bekas jadi nilai tambah."""),
("listing", "plain_offer_ex", 1, 1, 1, 1, """Jual ex-Jepang:
- Kimono sutra lama, 2nd, warna merah – 350rb
- Obi bordir – 200rb
- Geta kayu ukuran 24 – 120rb
Cocok untuk koleksi atau properti foto.
Rekber boleh, Jakarta Barat."""),
("review", "hn_review_market", 0, 1, 1, 1, """Trip ke Pasar Baru lantai 4 buat lihat-lihat baju second impor.
Penjualnya banyak, harga jaket 50–150rb. Sayang beberapa kios tutup setelah razia.
Tempatnya panas dan tangga lumayan curam.
Sebagai tempat wisata belanja unik, 3/5."""),
("post", "hn_op_ed", 0, 1, 1, 1, """Saya pernah menjadi pembeli setia baju bekas impor. Sekarang saya berhenti.
Bukan karena takut aturan, tapi karena sadar bahwa sebagian besar karung yang masuk lewat Batam membawa limbah yang akhirnya kita tanggung.
Mari dukung brand lokal dan budayakan tukar baju dengan teman. Lemari kita sudah cukup penuh."""),
("listing", "leet_spelling", 1, 1, 1, 1, """✨ t4s br4nd3d 2nd 3x J4p4n ✨
kulit asli, ada tanda pemakaian di sudut
150–400k tergantung model
cek foto detail di highlight
kirim dari Surabaya
DP 50% untuk keep"""),
("listing", "hn_used_machine", 1, 1, 0, 1, """Dijual mesin jahit bekas impor Jepang, Juki DDL-8700
Sudah servis, jalan halus
Cocok untuk usaha konveksi rumahan
Bonus sepatu jahit & 10 jarum
Harga 2,3 jt, Bandung, ambil di tempat"""),
("message", "reseller_recruit", 1, 1, 1, 1, """Join komunitas reseller "Lemari Asia" yuk 💼
Kami suplai pakaian second Jepang, Korea & Taiwan, sudah dicuci.
Paket starter 30 pcs = 750rb
Bonus: template caption & foto katalog
Daftar lewat link di bio, slot terbatas tiap bulan."""),
]
