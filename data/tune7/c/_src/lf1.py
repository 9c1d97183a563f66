# (kind, category, offer, used, clothing, abroad, text)
DATA = [
("message", "wa_broadcast", 1, 1, 1, 1, """*BROADCAST STOK MASUK* 📢
Kiriman dari Busan sudah sampai gudang Cikarang pagi ini.
- Jaket puffer seken Korea: 85rb
- Hoodie polos: 45rb
- Celana training: 30rb
Semua sudah dicuci & disetrika. Keep by transfer max 2 jam, lewat itu lepas ya kak 🙏
Balas format: NAMA#KODE#JUMLAH"""),
("article", "hn_news_raid", 0, 1, 1, 1, """Petugas gabungan Polda Jawa Barat menggerebek sebuah gudang di kawasan Gedebage, Bandung, Selasa pagi. Dari lokasi disita sekitar 740 karung pakaian bekas yang diduga masuk lewat pelabuhan tikus di pesisir timur Sumatra.
Pemilik gudang, seorang pria berinisial RH (41), mengaku membeli barang itu dari pemasok di Pekanbaru. "Saya cuma pengecer besar," katanya kepada penyidik.
Polisi menjerat RH dengan Undang-Undang Perdagangan. Barang bukti rencananya dimusnahkan bulan depan."""),
("post", "ig_caption_offer", 1, 1, 1, 1, """new drop jumat ini 🌸🌸
outer rajut, cardigan, blouse — semua preloved langsung dari Osaka 🇯🇵
harga 35-70rb, size di slide terakhir ya
checkout via link bio, first come first serve ✨
#prelovedjepang #outfitmurah #cardiganjepang #ootdhijab #secondhandstyle #fashionbudget"""),
("post", "hn_moderation_guideline", 0, 1, 1, 1, """PANDUAN MODERASI – Kategori Pakaian (revisi 3)
1. Turunkan iklan yang menawarkan pakaian bekas asal luar negeri, walau penjual memakai istilah samaran seperti "karung Korea", "ex-Jepang", "roma", "lelong", atau "baju Batam".
2. Jangan turunkan ulasan, berita, atau pertanyaan pembeli yang hanya menyebut istilah tersebut.
3. Preloved milik pribadi yang dibeli di dalam negeri boleh tetap tayang.
4. Bila ragu, eskalasi ke tim kebijakan."""),
("listing", "multi_line_listing", 1, 1, 1, 1, """[READY] Paket Usaha – Kemeja Pria Campur
Asal: Jepang (sortiran gudang Batam)
Isi: ±120 pcs / goni
Berat: 45 kg
Kondisi: layak jual 85%, sisanya minus ringan
Harga: 4,2 jt nego tipis
Pengiriman: kapal ke Jakarta / Surabaya, atau ambil di Batu Ampar"""),
("article", "hn_op_ed_economist", 0, 1, 1, 1, """Larangan impor pakaian bekas sering dibela dengan satu argumen: melindungi industri tekstil dalam negeri. Namun ekonom yang saya wawancarai menilai masalahnya lebih rumit.
Pasar baju bekas di Senen atau Gedebage menampung konsumen yang memang tidak sanggup membeli produk konveksi lokal berkualitas. Jika karung dari luar berhenti masuk, sebagian pembeli bukan beralih ke produk lokal, melainkan ke barang impor baru yang murah dari Tiongkok.
Artinya, kebijakan ini perlu dibarengi perbaikan daya saing garmen kita, bukan hanya razia."""),
("message", "telegram_group_offer", 1, 1, 1, 1, """Gaes yang kemarin nanya stok, update ya:
kemeja flanel 2nd USA tinggal 14 pcs, celana chino tinggal 9
harga tetep 40rb, ongkir ditanggung pembeli
yang mau ambil semua sekalian buat jualan lagi aku kasih 32rb/pcs
japri aja jangan di grup, admin suka hapus 😅"""),
("post", "hn_diary", 0, 1, 1, 1, """Catatan Minggu sore.
Tadi jalan ke Pajak Melati sama Bang Tigor. Panasnya minta ampun, debunya juga. Tapi ramai sekali, orang bongkar-bongkar tumpukan kayak cari harta karun.
Aku cuma lihat-lihat, nggak beli apa-apa karena gajian masih seminggu lagi. Bang Tigor dapat jaket kulit yang katanya dulu dari Korea, 60 ribu.
Pulangnya makan mie sop di Jalan Gaharu. Capek tapi senang."""),
("live", "live_script", 1, 1, 1, 1, """Naskah live jam 8 malam (host: Kak Nindy)
Pembuka: "Haiii selamat malam, yang baru masuk tap love dulu ya!"
Sesi 1: buka koli kiriman Tokyo, tunjukkan label & kondisi, semua second tapi mulus.
Sesi 2: flash sale 10 menit, kaos 15rb, kemeja 25rb.
Penutup: ingatkan checkout keranjang kuning sebelum jam 10, kirim besok pagi."""),
("article", "hn_news_customs", 0, 1, 1, 1, """Kantor Bea Cukai Nunukan mencegat sebuah speedboat tanpa nama di perairan Sebatik pada Kamis malam. Di dalamnya ditemukan 212 koli pakaian bekas yang dibungkus plastik hitam.
Menurut Kepala Seksi Penindakan, barang diduga berasal dari Tawau dan hendak dibawa ke Tarakan. Nakhoda dan dua awak kini diperiksa.
Sepanjang tahun ini, kantor tersebut telah menindak 19 kasus serupa."""),
("listing", "hn_own_preloved", 1, 1, 1, 0, """Decluttering lemari 🧺
Aku jual beberapa baju preloved punyaku sendiri, semua beli di mal di Surabaya:
1. Dress katun Zara, S, dipakai 2x – 150rb
2. Kemeja linen H&M, M – 90rb
3. Rok plisket lokal – 60rb
Foto asli, bukan katalog. COD sekitar Gubeng boleh."""),
("listing", "supplier_web_page", 1, 1, 1, 1, """Selamat datang di Gudang Sandang Nusantara
Kami adalah distributor pakaian second pilihan ex-Korea, ex-Jepang dan ex-Eropa sejak 2014.
Produk: jaket, kemeja, celana jeans, tas dan sepatu.
Minimal order 1 goni (±50 kg). Tersedia grade super, grade A dan grade B.
Pengiriman ke seluruh Indonesia melalui ekspedisi laut dari Batam.
Hubungi admin: 0812xxxx (WA only)."""),
("post", "hn_tutorial", 0, 1, 1, 0, """Tutorial: mengubah kemeja bekas jadi tas belanja 👜
Bahan: 1 kemeja bekas (punya sendiri atau dari lemari ayah), gunting, benang, jarum.
1. Potong lengan dan kerah.
2. Jahit bagian bawah kemeja jadi dasar tas.
3. Lubang lengan dijadikan pegangan.
Selesai! Lebih ramah lingkungan daripada kantong plastik. #upcycle #dauurulang"""),
("post", "tiktok_caption_offer", 1, 1, 1, 1, """POV: kamu dapet coat wol Korea cuma 70rb 😳
semua 2nd tapi masih kenceng, cek video sampai habis
mau? langsung ke etalase @laci.nenek ya
#coatkorea #secondkorea #fyp #outfitmurah #winterlook #racunbaju"""),
("article", "hn_news_protest", 0, 1, 1, 1, """Ratusan pedagang pakaian bekas dari Pasar Senen, Gedebage dan Pasar Baru mendatangi gedung DPR, Rabu. Mereka membawa spanduk bertuliskan "Kami Rakyat Kecil, Bukan Penyelundup".
Koordinator aksi menuntut pemerintah memberi waktu menghabiskan stok yang sudah terlanjur dibeli. Banyak di antara mereka mengaku masih menanggung utang untuk modal karung terakhir.
Perwakilan Komisi VI menerima lima orang pedagang untuk berdialog."""),
("message", "reseller_recruit", 1, 1, 1, 1, """OPEN RESELLER 🔥
Modal mulai 1 juta, kamu dapat 40 pcs kaos & kemeja seken Jepang pilihan.
✅ Foto & video siap pakai
✅ Grup bimbingan jualan
✅ Bisa retur kalau cacat berat
Slot bulan ini tinggal 7. Minat ketik RESELLER ke nomor admin 0813xxxx."""),
("listing", "hn_other_goods_bale", 1, 0, 0, 0, """DIJUAL KARDUS BEKAS? Bukan, ini kardus BARU sisa produksi.
Per bal isi 100 lembar, ukuran 40x30x30.
Cocok untuk olshop dan pindahan.
Harga per bal 380rb, ambil di Pulogadung atau kirim via kargo."""),
("post", "hn_report", 0, 1, 1, 1, """Lapor @kemendag.ri 🙏
Akun ini setiap hari live jual pakaian bekas yang katanya "baru turun dari kapal Malaysia". Di deskripsinya tertulis harga per goni dan alamat gudang di Dumai.
Sudah saya report lewat aplikasi tapi masih aktif. Mohon ditindak sesuai Permendag 40/2022."""),
("listing", "bale_grade_listing", 1, 1, 1, 1, """📦 HARGA GROSIR MINGGU INI
Grade Super (kemeja Jepang): 5,5 jt / 100 pcs
Grade A (campur Korea): 3,8 jt / goni
Grade B (jaket & sweater): 2,9 jt / goni
Grade C (kaos sortiran): 1,5 jt / goni
Semua second, bukan baru. Pembayaran 50% di muka, sisanya setelah barang sampai.
Kirim dari Tanjungbalai."""),
("review", "hn_review_no_seller", 0, 1, 1, 1, """⭐⭐⭐☆☆
Jaket bekas Korea yang aku beli ternyata bahannya masih bagus, cuma ada bau lemari yang susah hilang. Sudah dicuci 3x pakai pewangi baru agak mendingan.
Untuk harga 60rb sih worth, tapi jangan berharap kayak baru ya.
Gak akan sebut tokonya, cuma mau sharing pengalaman."""),
("listing", "market_stall", 1, 1, 1, 1, """Toko "Mak Iyah" Pasar Tungging Mataram
Buka tiap hari jam 7 pagi – 5 sore
Spesial: celana jeans second Amerika & jaket Eropa
Harga mulai 20 ribu, borongan lebih murah
Lokasi: lorong kedua dari pintu timur"""),
("article", "hn_news_environment", 0, 1, 1, 1, """Para pegiat lingkungan mengingatkan bahwa sebagian karung pakaian bekas yang masuk dari luar negeri berisi barang yang sudah tak layak pakai. Di sejumlah pasar, sisa sortiran akhirnya dibuang ke TPA atau dibakar.
"Kita jadi tempat sampah tekstil negara maju," ujar seorang peneliti dari sebuah LSM di Yogyakarta.
Ia mendorong penguatan pengawasan di pelabuhan sekaligus program daur ulang tekstil lokal."""),
("post", "ig_caption_offer", 1, 1, 1, 1, """✨ KEMEJA LINEN JEPANG ✨
second premium • warna earth tone • size M–XL
cuma 45rb sampai Minggu!
📍 toko offline: Pasar Kodim Pekanbaru, kios 12
📦 kirim seluruh Indonesia
#linenjepang #kemejapria #secondpremium #pekanbaru #ootdcowok"""),
("post", "hn_school_bazaar", 1, 1, 1, 0, """BAZAR AMAL SMP NEGERI 4 🎪
Sabtu, 14 Oktober, halaman sekolah
Tersedia baju bekas layak pakai, buku, dan mainan hasil donasi siswa dan guru.
Harga 2rb–20rb. Seluruh hasil penjualan untuk korban banjir di Demak.
Ajak keluarga ya! #bazaramal #donasi #preloved"""),
("message", "wa_group_offer", 1, 1, 1, 1, """Assalamualaikum ibu2 grup arisan 🙏
Adik saya baru pulang kerja dari Hongkong bawa 3 koper baju bekas majikan, bagus2 dan bermerk.
Saya jual murah 25rb–75rb. Yang minat besok saya bawa ke rumah Bu RT pas arisan ya.
Bisa juga lihat fotonya di status WA saya."""),
("article", "hn_official_statement", 0, 1, 1, 1, """SIARAN PERS
Kementerian Perdagangan menegaskan bahwa pakaian bekas termasuk barang yang dilarang impor berdasarkan Permendag Nomor 18 Tahun 2021 sebagaimana diubah dengan Permendag Nomor 40 Tahun 2022.
Masyarakat diimbau tidak membeli pakaian bekas impor karena berisiko bagi kesehatan dan merugikan industri dalam negeri.
Pelaku usaha yang kedapatan mengimpor akan dikenai sanksi sesuai peraturan perundang-undangan."""),
("listing", "port_route_offer", 1, 1, 1, 1, """Siap kirim minggu depan!
Rute: Port Klang → Dumai → Pekanbaru
Muatan: pakaian campur tangan kedua, jaket musim dingin, sepatu
Bisa ambil per koli atau sekontainer.
Tanya-tanya dulu boleh, transaksi aman lewat rekening bersama."""),
("post", "hn_job_vacancy", 0, 1, 1, 0, """LOWONGAN KERJA 📋
Toko preloved lokal di Malang mencari 2 orang staf:
- Fotografer produk
- Admin chat & packing
Barang kami berasal dari titipan warga sekitar (konsinyasi), bukan impor.
Kirim CV ke email rekrut.lemaritua@mail.com paling lambat 30 Juni."""),
("listing", "evasive_spacing", 1, 1, 1, 1, """s e k e n   K o r e a   &   J e p a n g
outer, dress, rok
start 30 k
di j u a l  sampai stok habis
pengiriman dari Batam setiap Senin & Kamis
DM buat katalog"""),
("post", "hn_joke_meme", 0, 1, 1, 1, """Aku: mau nabung bulan ini
Juga aku, pas lewat Pasar Senen: "bang, jaket ex Jepang yang itu berapa?"
Tabunganku: 📉📉📉
Dompetku: "kita perlu bicara."
#relate #anaksenen #meme"""),
("comment", "thread_reply_offer", 1, 1, 1, 1, """Balas @dinda.rr: iya kak masih ada, celana kulot seken Korea warna krem size 28.
Harganya 40rb, bisa dikirim hari ini juga kalau transfer sebelum jam 3.
Cek katalog lengkap di highlight "STOK" ya 🙏"""),
("post", "hn_donation_request", 0, 1, 1, 0, """📢 Open Donasi Pakaian Layak Pakai
Komunitas Berbagi Sandang menerima baju bekas anak & dewasa untuk warga terdampak gempa.
Titik kumpul: Masjid Al-Ikhlas, Jl. Kenanga 5, tiap Sabtu jam 9–12.
Mohon dicuci dulu dan dipisah per ukuran. Terima kasih orang baik!"""),
("profile", "seller_bio", 1, 1, 1, 1, """🏷️ Lemari Tetangga Jepang
Pakaian tangan kedua kurasi langsung dari Nagoya
📍 Bandung – kirim ke mana aja
🛍️ Restock tiap Selasa
💬 order: DM / WA 0812xxxx"""),
("review", "hn_review_market", 0, 1, 1, 1, """Review jujur Pasar Kebon Kalapa Bandung:
Barang bekasnya banyak banget, dari jaket gunung sampai kemeja kerja, kebanyakan kelihatan dari luar negeri. Harga mulai 15 ribu.
Minusnya: sempit, panas, dan harus sabar milih. Bawa hand sanitizer.
Overall 7/10, seru buat jalan-jalan sambil lihat-lihat."""),
("listing", "hn_new_import", 1, 0, 1, 1, """READY STOCK – SEPATU IMPORT BARU
Made in Vietnam, original, lengkap dengan box & tag
Size 38–44
Harga 450rb (diskon 10% untuk 2 pasang)
BUKAN barang second ya kak, semua segel."""),
("message", "wholesale_ton", 1, 1, 1, 1, """Pak Haji, stok minggu ini:
3 ton pakaian campur eks Jepang – sudah di gudang Belawan
1,5 ton sepatu eks Korea – masih di laut, estimasi tiba Kamis
Kalau ambil dua-duanya harga bisa saya turunkan. Kabari secepatnya, yang lain juga sudah tanya."""),
("article", "hn_news_interview", 0, 1, 1, 1, """Di sebuah kios sempit di Pasar Senen Blok III, Sari (38) melipat tumpukan jaket yang tak laku sejak razia bulan lalu. Ia mengaku kini hanya berani menjual sisa stok, tanpa menambah barang dari pemasok.
"Dulu seminggu bisa buka dua karung. Sekarang satu karung saja sebulan belum habis," katanya.
Sari berencana beralih menjual pakaian lokal, meski untungnya jauh lebih tipis."""),
("listing", "regional_code_word", 1, 1, 1, 1, """Lelong masok lagi abang kakak! 🔥
Jaket, kemeja, celana, sepatu, semua dari seberang.
Harga mulai 10 ribu
Alamat: Jl. Tanjung Raya 2, samping kedai kopi Ahong, Pontianak Timur
Buka jam 8 pagi sampai magrib"""),
("post", "hn_upcycle_story", 1, 1, 1, 0, """Dari tumpukan jeans bekas keluarga jadi tas 🌿
Aku mulai proyek upcycle ini tahun lalu, semua bahannya baju bekas kami sendiri dan tetangga yang mau dibuang.
Sekarang sudah 30 tas jadi, bisa dipesan lewat DM.
Harga 80–150rb tergantung ukuran. #upcycling #jeansbekas #buatantangan"""),
("comment", "hn_buyer_question", 0, 1, 1, 1, """Maaf mau tanya, kalau beli baju bekas di Pasar Tanjung Pinang yang katanya dari Singapura itu sebenarnya boleh nggak sih? Saya dengar ada larangannya.
Soalnya mau beli buat dipakai sendiri, bukan dijual."""),
("post", "creator_haul_shop", 1, 1, 1, 1, """HAUL 5 ITEM DI BAWAH 200RB 🛍️
1. trench coat Korea 2nd – 65rb
2. rok midi Jepang – 30rb
3. cardigan Uniqlo bekas – 35rb
4. kemeja garis – 25rb
5. tas kulit – 40rb
Semua dari @rumahsandang.id, link di bio. Bukan endorse, aku beli sendiri!"""),
("listing", "hn_used_vehicle", 1, 1, 0, 1, """DIJUAL CEPAT
Honda CBR 150 eks impor Thailand tahun 2011
Kondisi mesin halus, surat lengkap, pajak hidup
Harga 14,5 jt nego
Lokasi Batam Center, bisa lihat unit dulu."""),
("message", "telegram_channel_drop", 1, 1, 1, 1, """📣 DROP #47
Tema: Workwear Amerika
Isi: 22 jaket chore, 15 celana kerja, 9 rompi
Semua second, asli dari kiriman Los Angeles
Harga di masing-masing foto, komen nomor foto untuk booking.
Pengiriman via J&T dari Surabaya."""),
]
