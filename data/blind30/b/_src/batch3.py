RECORDS = [
# ---------- illegal, dodging the filters ----------
("listing", "filter_dodge", (1,1,1,1), """J4k3t B3k4s 1mp0r K0r34 Mur4h
Kondisi mulus, tinggal pakai
Ukuran L & XL, 60rb/pcs, ada 9 warna
Stok baru tiap Selasa, kirim dari Cengkareng
Chat aja kak, fast respon 😊"""),
("post", "filter_dodge", (1,1,1,1), """t.h.r.i.f.t drop hari ini jam 7 malam 🕖
semua barang dari b.a.l ex-JPN, kemeja & outer
harga 35-80rb
cek highlight 'DROP' di profil, booking via DM
#t_h_r_i_f_t #kemejaoversize"""),
("post", "emoji_code", (1,1,1,1), """🇰🇷🧥 baru dibuka dari 📦📦 tadi pagi
kondisi ♻️ tapi masih kece parah
harga mulai 💸45k
yang mau langsung DM, jangan cuma 👀 doang ya
lokasi kirim dari Jakarta Timur 🚚"""),
("listing", "abbreviation_2nd", (1,1,1,1), """Outer 2nd ex-JPN Uniqlo Fleece
Sz M (LD 56, PJ 68), warna krem, cond 9/10
IDR 85k, bisa nego tipis, bundling 2 pcs 150k
Ship from Depok, same day sblm jam 3"""),
("post", "hashtag_glued", (1,1,1,1), """Restock tiap Jumat, yang kemarin kehabisan jangan sedih 🥹
Kaos band, kemeja, sweater, semuanya pilihan terbaik kami
DM buat tanya size, ongkir kita bantu subsidi
#thriftimportmurah #balkoreajepang #bajusekenimport #thriftjakarta"""),
("post", "english_mix", (1,1,1,1), """New batch just dropped!! 🔥
All pieces are pre-loved imported from Japan, handpicked dari bale grade A
Harga start from 50k, ada vintage windbreaker, corduroy pants, sama knit vest
First come first serve, slide to DM ya bestie 💌"""),
("listing", "filter_dodge", (1,1,1,1), """Sepatu Sekon Imporr Size 40-43
Ada Adidas, Nike, Vans, Converse, dari k4rung jepang
Harga 120-250rb tergantung kondisi
Semua udah dicuci & disol ulang kalau perlu
Lokasi Semarang, COD Simpang Lima"""),
("message", "filter_dodge", (1,1,1,1), """kak, b@l kmrn udh di bngkr
isinya kemeja & celana, asal kor
1 b@l 3,4jt, eceran 25rb/pc, min 10pc
mau ambil brp? sy kirim foto dl, stok tinggal dkt
wa 0812xxxx"""),
("post", "emoji_code", (1,1,1,1), """Jaket 🇯🇵 second 🔥 cuma 70 ribuan
Dapet dari 🛳️ kemarin, 🎒 tas juga ada
📍 Lapak Malioboro ujung, sore sampe malam
Yang mau dikirim 📲 WA 0813xxxx
#jaketjepang #sekenmurah"""),
("live", "filter_dodge", (1,1,1,1), """oke ini yg dari k-a-r-u-n-g kedua ya guyss
semua 'barang mantan' dari negeri ginseng wkwk 😂
hoodie 55k, cardigan 45k, celana 40k
klik kranjang kuning no 5-20, langsung checkout biar ga kehabisan"""),
("listing", "abbreviation_2nd", (1,1,1,1), """PL ex-KR Hoodie Nike Vintage Big Logo
Sz XL (LD 62, P 70), cond 8.5/10, pudar dikit
Rp 130rb (no nego), free bubble wrap
Dari bale KR minggu lalu, 1 pcs only
#pl #exkr #vintagenike"""),
("post", "misspelling", (1,1,1,1), """Jual bajuu bekaz impot murahh!!
Kemejaa, kaoss, celanaa semua adaa
Harga 20rbu an ajaa, pokoknya dijamin puass
Dari balpress koreaa, baru dibongkarr
Minat langsung inbokss yaa kakaa"""),
("post", "english_mix", (1,1,1,1), """Thrift haul di Gedebage minggu ini! 🛍️✨
Got this oversized blazer for only 40k, plus two vintage tees for 25k each
The seller is @cimol.corner, they restock from new bales every Wednesday
Highly recommend, tapi dateng pagi ya soalnya rame banget
Tips dari aku biar gak capek pas ngubek:
• Bawa tas kain sendiri, biar gampang bawa-bawa
• Pakai baju tipis, karena di dalam panas & harus coba-coba
• Cek ketiak & kerah, itu spot noda yang paling sering
• Tawar 20-30% dulu, sellernya biasanya masih mau
Next week aku mau coba lapak sebelahnya yang spesialis jaket kulit, nanti aku review juga 😉"""),
("message", "filter_dodge", (1,1,1,1), """Broadcast ✨
Barang "impor-impor'an" yg kemarin ditanya udah ready lagi
Kode: KJ (kemeja jepang), SK (sweater korea), CA (celana amerika)
Semua p.r.e.l.o.v.e.d, bukan baru
Harga sesuai list di katalog WA, ketik kode + jumlah"""),
("comment", "seller_reply", (1,1,1,1), """@andreas.tm ready kak 🙌 ini 2nd dr j.e.p.a.n.g, msh mulus bgt
ukuran L, lebar 55 panjang 70, 65k aja
kl mau lsg co di link bio ya, ntar aku kasih bonus sticker 😁"""),
("listing", "filter_dodge", (1,1,1,1), """TAS BRANDED PRELOVED EX SG (S1ngapur4)
Michael Kors, Charles & Keith, Furla
Mulai 175rb, semua udah dibersihkan pakai cleaner khusus
Bisa tanya foto detail, kirim dari Batam atau Jakarta"""),
("post", "hashtag_glued", (1,1,1,1), """Sisa 6 pcs lagi dari bongkaran Senin 🤏
Ambil 3 gratis ongkir se-Jawa
Lokasi toko Ciputat, bisa juga via Shopee (link di bio)
#balpresmurah #kemejabekasjepang #thriftshopciputat #secondbranded"""),
("post", "emoji_code", (1,1,1,1), """Yang nyari 👖 Levi's ♻️ ex 🇺🇸 🙋‍♀️
Baru dapet 1 🧺 full, ukuran 28-36
Semua 💯 original, harga 60-110k
Langsung ke 🏪 kita di Pasar Minggu los C, atau DM buat kirim"""),
("post", "english_mix", (1,1,1,1), """Open for resellers! 🤝
We supply 2nd hand apparel from Korea & Japan, sorted by grade (A/B)
Min order 30 pcs, harga khusus buat kamu yang jual online
Free training cara foto & caption biar laris
Text us: 0857xxxx (Admin Vina)"""),
("live", "misspelling", (1,1,1,1), """gaiss ini kita lagi buka balll, isinya kemeja koria semua 😍
skon tapi masi kinclong gaiss
25rb aja yg ini, komen 'kemeja 1' nanti diiket
jangan lupa follow, besok bongkar yg jepang"""),
("listing", "abbreviation_2nd", (1,1,1,1), """[2ND IMP] Jaket Varsity USA College Patch
LD 58, PJ 68, ada sedikit robek di saku dalam
Harga 175k, COD Bintaro & BSD
Barang dr bale US, stok sangat terbatas"""),
("message", "filter_dodge", (1,1,1,1), """Selamat siang kak 🙏
Kami dari toko online, mau tawarkan "barang luar" kondisi b-e-k-a-s layak pakai
Ada kemeja, jaket & celana, per pak isi 25 pcs
Harga 400-650rb per pak, barang asal Kor & Jep
Minat ketik YA"""),
# ---------- legal ----------
("post", "hn_opinion", (0,1,1,1), """Jujur aku bingung sama orang yang bangga banget pakai baju bekas impor tapi ngeremehin produk lokal.
Brand lokal kita sekarang bagus-bagus, harganya juga banyak yang masuk akal.
Bukan nyalahin yang beli, tapi coba deh sekali-kali dukung UMKM 🙏
Aku dulu juga hobi banget ngubek pasar, sampai satu lemari isinya jaket dan kemeja dari luar semua.
Terus suatu hari temanku yang punya konveksi kecil cerita, dia harus PHK dua penjahit karena pesanan sepi. Dari situ aku mikir, kok aku bangga banget pakai baju buangan negara lain padahal tetangga sendiri susah jualan.
Sekarang aku campur: beli lokal kalau butuh baju baru, dan tuker-tukeran preloved sama teman kalau mau hemat. Nggak harus ekstrem, yang penting sadar."""),
("comment", "hn_report", (0,1,1,1), """Ini lapak yang tadi ngiklan "b3k4s 1mp0r k0r34" pakai angka biar nggak ketahuan sistem.
Tolong platform lebih teliti dong, masa cara begitu aja lolos. Sudah aku laporkan via fitur report."""),
("listing", "hn_non_clothing", (1,1,0,1), """Mobil Bekas Impor Toyota Alphard 2015 CBU Japan
Kilometer 80rb, service record lengkap
Interior mulus, pajak panjang, ban baru ganti
Harga 430jt nego, Jakarta Barat"""),
("post", "hn_new_import", (1,0,1,1), """Jastip Korea batch April ✈️🇰🇷
Aku berangkat ke Seoul tgl 12, bisa titip baju & sepatu BARU dari Myeongdong & Hongdae
Fee 15% dari harga barang, pembayaran full di depan
Slot terbatas, DM buat list"""),
("message", "hn_buyer_question", (0,1,1,0), """Mba, aku mau cari baju preloved buat anakku yang baru umur 2 tahun, ada grup jual-beli di sekitar Cirebon nggak ya?
Yang penting bersih dan masih layak, nggak harus branded."""),
("article", "hn_news", (0,1,1,1), """Kementerian Perdagangan memusnahkan ribuan balpres pakaian bekas impor hasil sitaan di sebuah gudang di Bogor.
Pemusnahan dilakukan dengan cara dicacah dan dibakar di fasilitas khusus.
Menteri menegaskan tidak ada kuota impor untuk pakaian bekas, meski sejumlah pedagang sempat mengusulkannya.
Barang sitaan tersebut berasal dari beberapa gudang milik distributor yang selama ini memasok pedagang eceran di Jawa Barat dan Jakarta. Para pemilik gudang dikenai sanksi penutupan usaha dan diwajibkan menanggung biaya pemusnahan.
Dalam keterangannya, pemerintah menyebut langkah ini untuk melindungi industri tekstil dan UMKM dalam negeri, sekaligus mencegah Indonesia menjadi tempat pembuangan limbah tekstil negara lain.
Pengamat ekonomi menilai penindakan di hulu lebih efektif dibanding razia di pasar, namun mengingatkan bahwa jalur pelabuhan kecil di pesisir timur Sumatra masih sulit diawasi.
Kementerian juga membuka program pendampingan bagi pedagang yang ingin beralih menjual produk lokal."""),
("post", "hn_joke", (0,1,1,1), """Pasar Senen adalah satu-satunya tempat di mana kamu bisa ketemu jaket musim dingin Norwegia tapi yang jual nanya "mau ditawar berapa, Bang?" 😂
Globalisasi level maksimal 🌍"""),
("listing", "hn_non_clothing", (1,1,0,1), """Kulkas Bekas Jepang 2 Pintu Sharp (Bahasa Jepang)
Voltase sudah diubah ke 220V, dingin normal
Diimpor bersama barang pindahan keluarga dari Nagoya
Harga 1,6jt, ambil sendiri di Bekasi"""),
("post", "hn_donation", (0,1,1,0), """Posko banjir RW 07 masih menerima sumbangan pakaian layak pakai untuk warga terdampak 🙏
Terutama baju anak, selimut, dan pakaian dalam baru
Drop di balai warga, jam 08.00-20.00
Terima kasih atas kepeduliannya"""),
("review", "hn_review", (0,0,1,1), """Beli jaket impor baru (masih ada tag & segel plastik) dan ternyata ukurannya kecil banget, ukuran Asia.
Bahan bagus, jahitan rapi, cuma sayang aku harus jual lagi karena kekecilan.
Saran: selalu minta ukuran detail dalam cm sebelum beli."""),
("post", "hn_own_preloved", (1,1,1,0), """Lelang baju lama sendiri, jangan kaget ya, ini BUKAN lelong 😂
Isinya dress kondangan yang cuma dipakai sekali, semua beli di Thamrin City
Bid mulai 50rb, naik kelipatan 5rb
Penutupan nanti malam jam 9"""),
("listing", "hn_plain_clothing", (1,0,1,0), """Seragam SD Putih Merah Lengkap
Kemeja putih lengan pendek + rok/celana merah
Ukuran 6-12, bahan drill tidak panas
Harga satu set 95rb, bisa bordir nama"""),
("message", "hn_swap", (0,1,1,0), """Swap meet komunitas Ibu-ibu Kompleks Griya Asri ✨
Bawa baju anak yang sudah kekecilan (bersih & layak), tukar dengan ukuran yang pas
Tidak ada jual beli, murni tukar
Minggu jam 9 di taman bermain blok D"""),
("article", "hn_news", (0,1,1,1), """Sejumlah pedagang di Gedebage mengaku omzet turun drastis sejak razia bal diperketat.
Sebagian mulai menjual produk konveksi lokal, namun pembeli setia masih mencari baju impor bekas yang dianggap lebih awet.
Pemerintah daerah menjanjikan bantuan modal bagi pedagang yang beralih."""),
("post", "hn_trip_no_goods", (0,1,1,0), """Liburan ke Tokyo kemarin aku sempat mampir ke toko thrift di Shimokitazawa 🇯🇵
Seru lihat-lihat, tapi aku nggak beli apa-apa karena koper udah penuh oleh-oleh makanan 😂
Suasananya beda sih, rapi dan bersih banget"""),
("listing", "hn_non_clothing", (1,1,0,1), """Sepeda Lipat Bekas Jepang Per Kontainer
Merk campur (Bridgestone, Panasonic, dll), kondisi 70-90%
Harga grosir 650rb/unit, minimal 20 unit
Gudang di Surabaya, bisa lihat langsung"""),
("comment", "hn_buyer_question", (0,1,1,1), """Kak, yang jual baju roma di Kupang masih ada yang buka nggak?
Aku cuma mau tanya harga buat tugas kuliah tentang ekonomi pasar tradisional, bukan mau beli kok 😅"""),
("post", "hn_new_thrift_style", (1,0,1,0), """Mau gaya thrift tanpa takut barang bekas? 🤔
Kami jual kaos "vintage washed" baru, warnanya sengaja dibuat pudar biar kelihatan lawas
Bahan cotton 24s, jahitan rantai
Harga 79rb, tersedia 8 warna"""),
]
