# Batch 1: offers of imported used clothing written without the famous keywords.
# Each entry: (kind, category, (offer, used, clothing, abroad), text)

RECORDS = [
("listing", "logistics_units", (1, 1, 1, 1), """Jaket Outdoor Campur Merk Gunung | Per Goni 60kg | Grade A Buka Ikat Di Tempat
Barang baru turun dari kapal minggu ini, goni masih diikat tali biru.
Isi rata-rata 90-110 pcs, campur windbreaker, parka, fleece.
Kondisi mayoritas 8-9/10, ada yg minus dikit wajar pemakaian.
Ambil di gudang Medan Tuntungan, bisa kirim via ekspedisi. WA 0812xxxx"""),

("post", "condition_words", (1, 1, 1, 1), """Restock Jumat 🔥🔥
Kemeja flanel cowok, semua udah dicuci + disetrika, kondisi 8/10 ke atas, ada yg tag-nya udah pudar (tanda umur, bukan cacat ya kak 🙏).
1 pcs only per motif, ukuran cuma yg di foto.
Barang pilihan dari tumpukan kiriman seberang, gak ada stok ulang.
Harga & size cek katalog highlight ✨ order DM / WA 0813xxxx
#flanelmurah #kemejaflanel #ootdcowok #medanfashion"""),

("message", "reseller_recruit", (1, 1, 1, 1), """Assalamualaikum kakak2 reseller 🙏
Minggu depan koli baru masuk lewat Dumai, isi celana jeans cewek campur, grade A sortiran.
Harga reseller per koli 100 pcs, boleh patungan 2 org.
Kondisi layak pakai, noda ringan udah kami pisah di koli grade B.
Yg minat list nama ya, DP 50% paling lambat Rabu. Info lengkap WA 0852xxxx"""),

("live", "live_sale_border", (1, 1, 1, 1), """LIVE JAM 8 MALAM NANTI 📢📢
Kita buka ikat goni sepatu lari langsung di depan kamera, siapa cepat dia dapat.
Semua ukuran satu-satunya, kondisi sol masih tebal, ada yg upper-nya agak kusam.
Barang nyebrang dari Tawau, baru sampai Nunukan kemarin sore.
Ketik SIKAT + nomor rak di kolom komentar, checkout max 1x24 jam."""),

("comment", "market_pointer", (1, 1, 1, 1), """Masih ada kak, yg hoodie abu itu tinggal 1, size L, pit to pit 58.
Kondisi 9/10, cuma ada bulu-bulu halus di lengan, wajar kok.
Stok kami ambil langsung dari tumpukan yg datang tiap Selasa di Pajak Melati, jadi cepet ganti.
Cek sorotan 'READY' ya, atau WA 0812xxxx biar dibantu admin 😊"""),

("listing", "title_stuffed_condition", (1, 1, 1, 1), """Celana Cargo Pria Army Ori Vintage 90an Size 32 Kondisi 8/10 Bukan Baru Murah Medan
Deskripsi:
- warna olive pudar natural, jahitan aman
- ada noda kecil di paha kiri (lihat foto 5)
- label dalam udah tipis, tahun produksi sekitar 1996
- barang pilihan sortiran gudang Belawan, cuma 1
Harga 85rb nett, no tukar. Ongkir dari Medan."""),

("profile", "shop_bio_neighbour", (1, 1, 1, 1), """🧺 LEMARI TANTE SEBERANG 🧺
Baju2 pilihan tangan, nyebrang dari negeri jiran tiap 2 minggu
✔ udah dicuci wangi ✔ kondisi dijelaskan jujur ✔ 1 model 1 size
Open reseller per kilo (min 10kg)
📍 Pontianak | WA 0821xxxx | Shopee: lemaritanteseberang"""),

("post", "regional_code_word", (1, 1, 1, 1), """Dari pada ke pajak panas2, sini aku bantu pilihin 😄
Monja cewek: blouse, rok plisket, cardigan rajut, semua udah aku laundry.
Ada yg minus kancing 1 atau noda tipis, aku tulis di tiap foto.
Harga 25rb-60rb, ambil di Padang Bulan atau COD USU.
Format order: nama/no foto/alamat ke WA 0813xxxx"""),

("message", "container_arrival", (1, 1, 1, 1), """Bos, kontainer yang dari Port Klang sudah sandar. Isi campur: jaket 12 koli, jeans 9 koli, tas 5 koli.
Grade A 4,2jt per koli, grade B 2,8jt. Yg mau duluan saya pisahkan koli yang masih utuh talinya.
Barang semua sudah pernah dipakai tapi bersih, sortiran rapi.
Transfer DP, ambil di gudang Batam Center. 0811xxxx"""),

("review", "review_names_shop", (1, 1, 1, 1), """Bintang 5. Beli kemeja linen di toko 'Gudang Pak Ucok' (IG @gudangpakucok_mdn), kondisinya beneran kaya dijelasin: 9/10, cuma ada benang lepas di ujung kerah.
Penjual bilang barangnya dari goni yg baru dibuka pagi itu, makanya masih bau gudang dikit, setelah dicuci hilang.
Ukuran pas, harga 45rb. Bakal balik lagi pas buka goni minggu depan."""),

("listing", "market_pointer_sundanese", (1, 1, 1, 1), """Sweater Rajut Wanita Campur Warna – Borongan 30 Pcs
Punten, ieu langsung ti lapak Gedebage, meunang milih tina tumpukan énjing tadi.
Kondisi rata-rata 8/10, aya nu rada kusut saeutik, tos dikumbah.
Borong 30 pcs 750rb, teu tiasa milih warna.
Kirim ti Bandung, WA 0857xxxx"""),

("post", "invented_code_word", (1, 1, 1, 1), """Bantal raksasa kita baru turun dari kapal guys 🛳️📦
Kali ini isinya full celana pendek & kemeja pantai, ukuran campur, kondisi mostly 8-9/10, yg robek udah disisihin.
Dibuka Sabtu jam 10 di gudang, first come first serve, pilih sendiri 3 pcs 100k.
Yg gak bisa dateng, tunggu live IG jam 7 malamnya.
Lokasi share loc via DM. Gak terima keep lebih dari sehari ya."""),

("message", "port_route", (1, 1, 1, 1), """Ready bang, sortiran jaket kulit 1 goni isi 40-45 pcs.
Kulit asli semua, ada yg retak dikit di siku, ada yg cuma kusam. Harga 6,5jt per goni, gak bisa pilih.
Barang masuk lewat Tanjungbalai, ambil di Kisaran atau kirim bus ke Pekanbaru.
Kalau mau liat video buka ikatnya saya kirim abis Maghrib."""),

("live", "live_sale_market", (1, 1, 1, 1), """Halo halo yang baru masuk, tap love dulu dong 😆
Ini jaket denim, liat ya, ada pudar di bahu, itu justru nilainya, umurnya udah tua ni barang.
Nomor 14, ukuran L, 75 ribu aja. Yang ini nomor 15, kancing lengkap, minus noda tinta kecil.
Semua stok gue pilihin dari lapak lantai 2 Senen pagi tadi, fresh dari buka ikat.
Ketik mau + nomor, pembayaran lewat keranjang kuning ya."""),

("listing", "english_mix", (1, 1, 1, 1), """Vintage Varsity Jacket Wool x Leather – 1 of 1
Fits like L. Wool body ada 2 titik moth hole kecil, leather sleeves sedikit cracking – honest condition 7.5/10.
Picked straight from the stack yang baru nyampe via Batam, no restock.
IDR 420k, nego tipis. DM or WA 0812xxxx. Ship from Jakarta Barat."""),

("comment", "port_route_makassar", (1, 1, 1, 1), """Ada ji kak, itu kemeja motif pantai masih banyak, baru dibuka karungnya tadi pagi di Parepare.
Kondisinya bagus-bagus ji, ada satu dua yg luntur sedikit.
Ambil mi 3 pcs 50 ribu, kalau mau dikirim ke Makassar bisa ji lewat bus malam.
Chat mki di 0853xxxx nah"""),

("article", "advertorial_border", (1, 1, 1, 1), """Tempat Cari Jaket Gunung Murah di Pontianak: Kenalan sama Lapak Bang Jali
Kalau kamu suka naik gunung tapi kantong pas-pasan, lapak Bang Jali di Jalan Pahlawan wajib dicoba. Stoknya datang dari Entikong hampir tiap minggu, masih dalam goni putih yang diikat tali rafia.
Kondisinya beragam. Ada yang hampir mulus, ada yang resletingnya perlu diganti. Bang Jali jujur soal minus, dan biasanya sudah dicuci sebelum dipajang.
Harga mulai 50 ribuan. Lapak buka jam 9 pagi, dan hari Kamis biasanya paling lengkap karena goni baru dibuka.
Kontak Bang Jali: 0822xxxx (chat dulu, sering sibuk)."""),

("post", "emoji_abbrev", (1, 1, 1, 1), """📦➡️🚢➡️🏪 lgsg ke km
kmj kntr cwo, kond 8/10 up, udh cuci strika
🔖 lbl pudar = brg lama, bkn cacat
35k/pc, 3 = 100k
📍 Tg Pinang, brg turun plbhn tiap Rabu, krm seluruh Indo
wa 0812xxxx / ck ktlg di hl"""),

("listing", "per_kilo_lot", (1, 1, 1, 1), """Kaos Oblong Campur Dewasa Per Kilo – Sortiran Gudang
Harga 55rb/kg, minimal ambil 20 kg. 1 kg isi 4-5 pcs.
Ini hasil pilah dari karung yg datang lewat Belawan, sudah dibuang yg sobek parah.
Masih ada yg noda kecil / kerah sedikit melar, cocok buat dijual ulang di pasar kaget.
Lokasi Marelan, Medan. Bisa video call pas timbang."""),

("message", "regional_flavour_banjar", (1, 1, 1, 1), """Pian handak jaket lawan baju kaos kah? Ulun ada sortiran hanyar, datang dari seberang lewat Nunukan.
Kondisi bagus haja, ada nang kada tapi mulus, ulun tulis di foto.
Rega 40 sampai 80 ribu, borongan kawa kurang.
Ambil di Banjarmasin atau ulun kirimakan, WA 0851xxxx"""),

("profile", "shop_bio_port", (1, 1, 1, 1), """Rak Pelabuhan Store
Pilihan tangan dari tumpukan yang turun di Dumai, tiap minggu.
Semua pernah ada yg punya sebelumnya, jadi kami cuci, setrika, foto minusnya.
Grosir per koli & ecer. Live tiap Rabu jam 20.00.
WA admin 0812xxxx • Pekanbaru"""),

("post", "regional_code_word", (1, 1, 1, 1), """Baju roma hanyar dibuka tadi petang 😍
Gaun-gaun panjang, tunik, dan kulot, banyak yg modelnya gak ada di toko sini.
Ada minus dikit di beberapa, udah ditandai peniti merah.
Lapak di Sungai Pinyuh, buka sampai jam 9 malam. Yg jauh bisa VC pilih sendiri.
Tanya-tanya boleh ke 0813xxxx"""),

("listing", "grade_letter_shoes", (1, 1, 1, 1), """Sepatu Basket Campur Merk Grade S - Paket 20 Pasang
Grade S artinya sol masih tebal, upper bersih, insole ada semua.
Paket campur ukuran 40-44, tidak bisa pilih, isi dari koli yg baru dibuka.
Harga paket 3,9jt. Grade A (ada kusam/lem lepas sedikit) 2,6jt.
Kirim dari Pekanbaru, bisa kargo. 0812xxxx"""),

("comment", "seller_reply_ship", (1, 1, 1, 1), """@nurul_a99 ready sis, size M yg motif bunga itu. Pemakai sebelumnya rapi jadi kondisi 9/10, cuma kancing ke-3 beda warna dikit.
Barangnya dari kiriman kapal minggu lalu, kalau gak keburu besok bisa hilang 😅
Langsung checkout aja di etalase 'Dress A1' ya"""),

("message", "invented_code_word", (1, 1, 1, 1), """[INFO KUE LAPIS MASUK] 🍰
Lapis jaket musim dingin 6 ikat, lapis celana anak 4 ikat.
Satu ikat isi ±120 pcs, kondisi campur, rata2 layak pakai.
Harga teman lama sama kayak bulan lalu, yg baru tanya dulu.
Kirim dari Tanjungbalai ke seluruh Sumatera. Balas pesan ini kalau mau dicatat."""),

("review", "review_names_shop_javanese", (1, 1, 1, 1), """Rating 4/5. Tuku rok jeans ning lapake Mbak Tutik (Pasar Gedebage, los nomer 7, IG @tutik.gdbg).
Kondisine apik, mung ana luntur sithik neng kanthong mburi. Jare mbake iki metu saka tumpukan anyar sing lagi dibukak esuk kuwi.
Regane 35 ewu, murah banget. Sing penting dikumbah dhisik sakdurunge dienggo."""),

("listing", "household_textiles", (1, 1, 1, 1), """Bed Cover & Selimut Tebal Campur – Per Goni
Isi ±35 lembar, ukuran queen & king, beberapa masih ada tag laundry hotel luar.
Kondisi 7-9/10, ada bercak yang hilang kalau direndam.
Harga 2,1 jt per goni. Barang lewat Entikong, ambil di Sanggau atau Pontianak.
Hubungi 0822xxxx"""),

("post", "jastip_market", (1, 1, 1, 1), """JASTIP SENEN BLOK 3 – Sabtu ini!
Aku ke lantai 2 jam 9 pagi pas tumpukan baru dikeluarin. Titip kriteria (misal: kemeja oversize, 3 pcs, max 50rb/pcs), nanti aku VC dari lapak.
Fee 10rb/pcs. Barang kondisi apa adanya, aku cek noda & lubang sebelum bayar.
Slot cuma 15 orang, isi form di link bio. Kirim Senin dari Depok."""),

("live", "live_sale_medan", (1, 1, 1, 1), """Kam liat dulu lah ini, celana jeans kulot, kancing masih kuat, pudarnya alami bah.
Ukuran 29, harganya 60 aja, nomor 22.
Ini barang Pamela Jumat kemarin, aku sendiri yg bongkar-bongkar dari goni.
Yg mau ketik 22 MAU, jangan cuma liat-liat aja kam 😂"""),

("listing", "condition_words", (1, 1, 1, 1), """Workwear Jacket Canvas Brown – Pudar Natural
Size tag XL, fit ke L. Canvas tebal, ada sobekan kecil udah dijahit tangan di saku kanan (lihat foto).
Diambil dari sortiran gudang pelabuhan, barang ga bakal ada kembarannya.
450k, harga mati karena kondisi sudah dijelasin lengkap.
DM @gudangpelabuhanjkt atau WA 0812xxxx"""),

("message", "dropship_recruit", (1, 1, 1, 1), """Halo kak, terima kasih sudah tanya soal dropship 🙏
Sistemnya: kakak jualin foto katalog kami, kami yang kirim. Barang tiap minggu dari tumpukan yg nyebrang dari Tawau ke Nunukan, pilihan kondisi 8/10 ke atas.
Harga dropship 30-50rb/pcs, kakak bebas markup.
Karena tiap barang cuma 1, wajib konfirmasi stok dulu sebelum transfer.
Gabung grup WA: ketik DS#nama ke 0812xxxx"""),

("post", "english_mix", (1, 1, 1, 1), """New drop tonight 8PM 🌙
Old school sweatshirts, all washed & steamed. Faded prints, some cracking on graphics — that's the charm.
Each piece 1/1, sizes vary, measurements in caption of each pic.
Sourced from this week's sacks via Batam, first DM first served.
Payment via transfer, ship next day from Jaksel."""),

("comment", "market_pointer", (1, 1, 1, 1), """Kak yg cari jaket kulit murah, coba ke lapak aku di Pasar Tungging ya, baru buka ikat kemarin.
Ada yg masih lemes kulitnya, ada yg agak pecah di kerah, harga sesuai kondisi 80-250rb.
Los C nomor 14, tanya aja Uda Rizal. Bisa kirim, WA 0812xxxx"""),

("listing", "port_route_bags", (1, 1, 1, 1), """Tas Kulit Wanita Merk Campur Sortir Tangan – Ecer & Paket
Paket 10 tas 650rb, ecer 60-150rb.
Kondisi: kulit ada baret halus, sudut ada yg menipis, isi dalam bersih (sudah dilap & dijemur).
Barang baru turun di Pelabuhan Parepare, saya pilih yg masih layak.
Lokasi Pinrang, WA 0853xxxx"""),

("post", "thread_stock_update", (1, 1, 1, 1), """[THREAD] Update stok minggu ini 🧵
1/ Goni windbreaker dibuka Senin, sisa 18 pcs. Rata2 ada jejak pemakaian ringan, resleting aman.
2/ Koli kemeja kotak2 masuk Rabu, 100 pcs, harga 25rb flat buat reseller.
3/ Rak sepatu diisi ulang Jumat dari kiriman Dumai.
4/ Order lewat WA 0812xxxx, ambil di Rumbai. Yg jauh bisa kirim."""),
]
