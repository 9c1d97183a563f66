R = [
("listing","plain_offer",1,1,1,1,"""READY STOCK minggu ini 🧥
Jaket windbreaker seken Jepang
- The North Face M 120rb
- Columbia L 100rb
- Mizuno XL 85rb
Kondisi 85-95%, minus difoto jelas.
Kirim dari Jakarta Timur, JNE/J&T.
Chat 0812xxxx (Mas Dimas)""","std"),
("article","hn_news",0,1,1,1,"""TANJUNGBALAI — Aparat gabungan menyita 214 koli pakaian bekas asal Malaysia dari sebuah kapal kayu yang bersandar di muara sungai, Selasa dini hari.
Nakhoda kapal berinisial RS (41) diamankan, sementara dua anak buah kapal melarikan diri.
Menurut keterangan petugas, muatan itu rencananya dibawa ke Medan dan Pekanbaru menggunakan truk berpenutup terpal.""","std"),
("post","live_script",1,1,1,1,"""Lur, mengko bengi jam 8 aku live maneh yo 🙏
Kiriman anyar teko Batam, kemeja lengen dowo seken Jepang, apik-apik tenan.
Rega mulai 25 ewu, sing cepet komen 'tak pek' langsung tak kekno.
Ojo lali follow disik ben ora ketinggalan. Matur nuwun!""","jv"),
("post","hn_opinion_oped",0,1,1,1,"""Opini: Larangan Pakaian Bekas Impor dan Nasib Penjahit Kampung
Setiap kali razia balpres diberitakan, yang paling sering dibicarakan adalah pedagang yang kehilangan stok. Jarang ada yang menengok penjahit rumahan di Majalaya yang selama ini kalah harga.
Kebijakan pelarangan baru akan terasa adil jika pemerintah juga memberi jalan bagi produk konveksi kecil masuk ke lapak-lapak yang kini kosong.
Tanpa itu, pasar hanya akan berpindah ke jalur gelap.""","std"),
("listing","hn_own_preloved",1,1,1,0,"""Dijual preloved pribadi nya 🙏
Gamis hideung, meser di Pasar Baru Bandung taun kamari, nembe dianggo dua kali.
Ukuran L, teu aya cacad, bau parfum wungkul 😅
Harga 90 rebu, tiasa COD di Cimahi.""","su"),
("post","hn_forum_thread",0,1,1,1,"""[TANYA] Apakah jualan baju second impor di marketplace sekarang pasti di-takedown?
> user_kopisusu: iya gan, punyaku kena pas nulis 'ex Korea' di judul
> bayu_rds: bukan cuma judul, deskripsi juga discan. Mending jangan jual barang gituan, udah jelas dilarang
> user_kopisusu: noted, ane balik jualan kaos sablon aja lah""","std"),
("listing","reseller_recruit",1,1,1,1,"""Dibuka kemitraan lapak 🔥
Kami suplai pakaian seken dari Hongkong & Taiwan per goni (±100 kg).
Mitra dapat:
✅ harga agen
✅ materi foto & video
✅ bantuan buka lapak di pasar kaget
Area prioritas: Kalimantan Selatan & Tengah.
Minat? WA admin 0821xxxx""","std"),
("article","hn_feature_article",0,1,1,1,"""Di lorong sempit lantai dua sebuah pasar di Medan, Butet (52) sudah tiga puluh tahun membuka goni demi goni berisi pakaian dari negeri jiran. Ia ingat masa ketika pembeli datang dengan mobil dan menawar kemeja bermerek seperti membeli kerupuk.
Kini, katanya, kiriman dari Tanjungbalai makin jarang. "Orang takut bawa, razia di mana-mana," ujarnya sambil melipat jins.
Anak-anaknya sudah ia minta mencari kerja lain.""","mdn"),
("message","wa_broadcast",1,1,1,1,"""*BROADCAST PELANGGAN*
Barang masuk hari Kamis:
• 3 koli kemeja cowok ex Jepang
• 2 koli dress ex Korea
• 1 koli jaket musim dingin campur
Yang mau pesan per koli tolong DP paling lambat Rabu sore.
Eceran dibuka Sabtu di gudang Cipinang.""","std"),
("post","hn_official_statement",0,1,1,1,"""SIARAN PERS
Kementerian Perdagangan menegaskan bahwa pakaian bekas merupakan barang yang dilarang impor berdasarkan Permendag Nomor 18 Tahun 2021 sebagaimana diubah dengan Permendag Nomor 40 Tahun 2022.
Masyarakat diimbau untuk tidak membeli maupun memperjualbelikan pakaian bekas asal luar negeri dan melaporkan temuan melalui kanal pengaduan konsumen.""","std"),
("listing","regional_offer",1,1,1,1,"""Horas kawan! Pakaian seken ex Malaysia baru sampek dari Teluk Nibung 🚚
Kemeja, jins, jaket, pokoknya lengkap lah.
Harga mulai 15 ribu, borong banyak kukasih murah kali.
Datang aja ke lapak kami di Simpang Limun, cari si Ucok baju merah.""","mdn"),
("post","hn_tutorial",0,1,1,0,"""5 Cara Merawat Baju Preloved Supaya Awet
1. Cuci terpisah pada pencucian pertama.
2. Hindari pengering mesin untuk bahan wol.
3. Jahit ulang kancing yang longgar.
4. Simpan dengan kamper alami, bukan plastik rapat.
5. Jangan setrika langsung bagian sablon.
Tips ini berlaku untuk baju second dari lemari sendiri maupun hasil tukar dengan teman.""","std"),
("live","live_script",1,1,1,1,"""[Skrip live jam 20.00]
Halo-halo kakak semua yang baru gabung! Malam ini kita buka paket dari Osaka ya, isinya kemeja linen sama celana kulot, semua seken pilihan.
Nomor 1 kemeja putih, size M, 35 ribu. Nomor 2 kulot coklat, 40 ribu.
Ketik nomor + 'ambil', admin rekap. Checkout maksimal 1 jam ya kak!""","std"),
("comment","hn_complaint_scam",0,1,1,1,"""Dih, hati-hati ko sama itu akun jual cakar ex Malaysia.
Sa transfer 500 ribu, katanya kirim sekarung kemeja, tapi sampe sekarang tidak ada ji barangnya.
Sa chat diblokir mi. Jangan mi kalian tertipu kayak saya, Makassar ini banyak mi penipu begini.""","mks"),
("listing","hn_new_thrift_style",1,0,1,0,"""NEW DROP ✨ "Kota Tua" series
Kemeja rayon motif retro, gaya thrift tapi 100% BARU, dijahit tim kami sendiri di Pekalongan.
Ukuran S–XXL, 4 warna.
Harga 129rb, pre-order 10 hari kerja.
#ootdretro #brandlokal #bukanbekas""","std"),
("listing","bale_grade",1,1,1,1,"""Info stok gudang:
Grade A (mulus) — kemeja & kaos wanita ex Korea, 120 pcs/karung
Grade B (noda tipis) — campur pria wanita, 200 pcs/karung
Grade C — buat lap / vermak, harga per kilo
Barang diambil di Bekasi, bisa dibantu ekspedisi ke luar Jawa.""","std"),
("post","hn_donation",0,1,1,0,"""Sanak barataan, kami di Posko Relawan Martapura menerima sumbangan baju bekas nang masih layak pakai gasan korban banjir.
Kada usah nang hanyar, asal bersih haja.
Antar ke posko di halaman masjid, atau kontak Amang Rusli 0852xxxx.
Makasih banyak lah!""","bjn"),
("listing","creator_haul",1,1,1,1,"""Haul minggu ini 🛍️
Tiga kemeja linen seken Jepang + satu cardigan Korea, total 150rb doang!
Semua dari lapak @lemari_shibuya, dia live tiap Selasa & Jumat.
Kondisi 9/10, cuma kancing satu yang longgar.
Yang nanya link, cek highlight aku ya ❤️
#haulseken #ootd""","std"),
("article","hn_news",0,1,1,1,"""PONTIANAK — Petugas di Pos Lintas Batas Negara Entikong kembali menggagalkan masuknya puluhan karung pakaian bekas dari Sarawak.
Barang itu disembunyikan di bawah muatan sayur dalam sebuah truk bak terbuka.
Warga perbatasan menyebut barang semacam itu sebagai "lelong" dan sudah lama beredar di pasar-pasar Kalimantan Barat.""","ptk"),
("listing","port_route",1,1,1,1,"""Open PO kiriman Tanjungpinang 📦
Isi: jaket, hoodie, sweater seken Korea & Jepang.
Kapal berangkat Senin, sampai Jakarta ±5 hari.
PO minimal 1 goni, pembayaran 2x (DP 50%, pelunasan saat barang di gudang).
Slot terbatas, tanya-tanya dulu boleh.""","std"),
("post","hn_joke_meme",0,1,1,1,"""Meme hari ini:
Aku: "ma, ini jaket baru lho"
Mama: "baru dari mana, bau goni Senen gini"
Aku: 🤡
Yang pernah ketahuan beli jaket second impor pasti relate 😂""","std"),
("listing","hn_other_goods_bulk",1,1,0,0,"""Jual karung bekas ukuran 50 kg 📦
- karung beras bekas: Rp1.500/lembar
- karung gula bekas: Rp2.000/lembar
- karung terigu bekas: Rp1.800/lembar
Ambil minimal 500 lembar. Gudang di Kudus, bisa kirim pakai truk.""","std"),
("message","dm_offer",1,1,1,1,"""Kaka, kita ada barang baru dari Tawau noh, jaket deng kemeja seken, bagus-bagus skali.
Harga mulai 20 ribu sampe 60 ribu.
Kalo mo ambe banyak kita kase murah, boleh COD di Pasar Bersehati.
Mo kita kirim foto?""","mnd"),
("post","hn_report",0,1,1,1,"""Kepada tim moderasi,
Saya melaporkan akun @gudangsekenmurah yang secara terbuka menawarkan "kiriman langsung dari Port Klang, per goni 100 kg".
Dalam live semalam ia juga menyebut akan membuka 10 goni baru.
Mohon ditindaklanjuti karena melanggar larangan impor pakaian bekas. Tangkapan layar terlampir.""","std"),
("listing","evasive_spelling",1,1,1,1,"""K3M3J4 cowok s3k3n 🇯🇵 mulus
👕 flanel 40k
👕 oxford 45k
👕 denim 60k
brg bru dtg dr Btm, stok trbatas
kondisi 8-9/10, ada yg noda kcl di kerah, cek foto
bs cod area Tebet & Pancoran
dm/wa 0813xxxx""","std"),
]
