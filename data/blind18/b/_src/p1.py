# Batch 1: illegal offers (all four elements 1) written without the famous keywords.
# Each entry: (kind, category, offer, used, clothing, abroad, text)
RECORDS = [
("listing", "logistics_unit_offer", 1, 1, 1, 1, """Jaket Parka Hoodie Campur Per Karung Isi 100 Pcs Sortiran Grade A
Barang baru turun dari kapal Sabtu kemarin, masih ikatan pabrik seberang.
Kondisi rata-rata 8/10, ada minus dikit wajar pemakaian.
Harga per karung 3,8jt, bisa ambil setengah karung khusus member.
Pengiriman dari gudang Tanjungbalai, ekspedisi bebas."""),
("post", "port_route_offer", 1, 1, 1, 1, """Alhamdulillah kiriman dari Dumai udah sandar 🙏🚢
Isinya kemeja flanel & celana kargo, semua udah dicuci setrika, tinggal pakai.
Yg reseller langsung japri aja, ambil 50 pcs dapet harga gudang.
Stok gak nunggu, siapa cepat dia dapat ya bun
#flanelmurah #kargopants #resellerwelcome"""),
("live", "invented_code_word", 1, 1, 1, 1, """LIVE JAM 8 MALAM NANTI 🔴
Kita buka ikat 3 bantal gendut yang baru mendarat dari Tawau 😍
Isinya campur: sweater, rajut, jaket bomber. Satu pcs mulai 15rb
Ketik 'KEEP' + nomor, checkout max 1x24 jam
Barang pilihan dari tumpukan, minus noda kecil diinfo pas live yaa"""),
("message", "wholesale_reseller_offer", 1, 1, 1, 1, """[BROADCAST] Selamat pagi Bos-bos lapak 🙏
Update stok gudang minggu ini:
- Celana jeans pria grade A, per koli 100 potong = 4,2jt
- Kaos anak campur grade B, per koli = 1,9jt
- Sepatu lari sortir tangan, per goni 40 pasang = 5,5jt
Semua kiriman dari Port Klang via Belawan, tiba Kamis.
Order ketik FORMAT: nama/alamat/jumlah koli. Tf DP 50%. Info lengkap di WA 0812xxxx"""),
("profile", "invented_code_word", 1, 1, 1, 1, """🌊 Lapak Baju Nyebrang Bang Ucok 🌊
Spesialis jaket kulit & mantel musim dingin, pilih satu-satu dari gunungan.
Kondisi jujur, noda/bolong selalu difoto.
📍 Pajak Melati lantai bawah, los 14
Buka 09.00–17.00 | COD Medan kota | cek katalog di sorotan"""),
("comment", "seller_comment", 1, 1, 1, 1, """Masih ada kak, yang kotak-kotak ukuran L cuma 1 pcs, ukurannya cuma ini ya 🙏
Kondisi 9/10, kerah agak pudar dikit karena umur. Barang dari koli minggu lalu, Kak.
Langsung WA aja biar aku kirimin video detail, nomor di bio"""),
("listing", "condition_word_offer", 1, 1, 1, 1, """Kaos Band Vintage 1994 Single Stitch Original Tag Pudar Size XL
Ukuran lebar 56 panjang 73. Ada bolong kecil di ketiak (lihat foto 4), selebihnya aman.
Dapet dari sortiran goni Eropa, 1 pcs only, gak ada kembaran.
Harga 275rb nego tipis, bisa COD Blok M."""),
("post", "market_offer", 1, 1, 1, 1, """Gedbag update 🔥 Lapak kami kebagian jatah buka ikat hari Rabu
Coat wol, blazer wanita, dress panjang, semua pilihan mata elang 👀
Harga satuan 20-80rb, paket 10 pcs 300rb.
Lokasi: Gedebage blok C, cari yang terpal biru. Bisa kirim ke luar kota 📦
#gedebage #bandungmurah #blazerwanita"""),
("live", "live_sale_offer", 1, 1, 1, 1, """Guys guys ini fresh banget baru dibelah dari karung putih 🤍
Yang ini Uniqlo fleece, tanpa minus, 35rb aja. Siapa mau? Ketik 35!
Abis ini aku keluarin hoodie Champion, jangan kemana-mana
Ingat ya, barang dari seberang gak ada restock, satu motif satu orang"""),
("message", "wholesale_reseller_offer", 1, 1, 1, 1, """Halo kak, kenalin aku Rina dari Gudang Pelangi Pontianak 😊
Lagi buka reseller buat baju perempuan kiriman lewat Entikong.
Sistemnya ambil per kilo, 65rb/kg, minimal 20 kg. Isi: blouse, kardigan, rok.
Sudah kami cuci & pilih, sisanya layak pakai semua.
Kalau minat nanti aku masukin grup katalog ya kak"""),
("article", "advertorial_offer", 1, 1, 1, 1, """Mengenal Toko Lemari Laut, Surga Pemburu Jaket di Pekanbaru
Bagi warga Pekanbaru, nama Lemari Laut sudah tidak asing. Toko kecil di Jalan Durian ini setiap minggu membuka muatan yang datang dari Dumai.
Pemiliknya, Pak Hendri (nama disamarkan), mengatakan semua jaket dipilih satu per satu, dicuci, lalu digantung. 'Yang ada noda kami pisahkan, harganya lebih murah,' ujarnya.
Jaket gunung dijual mulai 60 ribu, mantel panjang mulai 90 ribu.
Penasaran? Toko buka setiap hari pukul 10.00 hingga 21.00 dan melayani kirim ke seluruh Riau."""),
("listing", "logistics_unit_offer", 1, 1, 1, 1, """Sepatu Sneakers Nike Adidas Converse Vans Original Campur Sortir Layak Pakai Grosir Per Goni
Isi 1 goni ± 35-40 pasang, size acak 37-44
Kondisi 7-9/10, sol masih tebal, sudah disikat.
Asal barang pelabuhan Dumai, jadi ongkir ke Sumatra murah
Harga 4,5jt/goni. Ecer juga bisa mulai 85rb/pasang"""),
("post", "regional_dialect_offer", 1, 1, 1, 1, """Monggo lur, kiriman kapal Surabaya wis teko 🙏
Klambi batik lengan panjang, kemeja kantor, sing resik-resik tak pilih dhewe.
Regone 25 ewu sak potong, njupuk 4 dadi 90 ewu.
Lapak e neng pasar Klithikan, lorong wetan. Sing adoh iso kirim lewat JNE
Iki barang sak tumpuk langsung saka gudang pelabuhan, ora ono restock"""),
("live", "live_sale_offer", 1, 1, 1, 1, """🔴 LIVE SEKARANG — sesi kemeja cowok
Grade S: no defect, 45rb
Grade A: minus tipis (kancing ilang/noda samar), 30rb
Grade B: buat kerja/kebun, 10rb
Semua dari tumpukan yang baru turun kontainer. Drop nomor di kolom komen, admin catat urut."""),
("message", "invented_code_word", 1, 1, 1, 1, """bang yg kmrn nanya roti tawar masih ada 2 biji
isinya jaket jeans campur, berat ±90kg per biji, baru nyampe dr Batam
1 biji 4,1jt, ambil 2 aku kasih 8jt pas
mau liat foto pas dibelah? aku vcall aja ntar sore"""),
("review", "haul_recommendation", 1, 1, 1, 1, """Haul minggu ini dari @lemarinenek.sby 💕
Dapet 6 kardigan rajut warna pastel, total cuma 180rb. Labelnya udah pudar, tulisan Jepang semua, tapi benangnya masih tebel.
Ada satu yang minus noda teh kecil di lengan, dikasih tau dari awal sama sellernya jadi gak kecewa.
Katanya kiriman kapal baru tiap dua minggu, jadi pantengin storynya ya!"""),
("post", "regional_dialect_offer", 1, 1, 1, 1, """Buka baru ki besok pagi di lods ta, Pasar Terong lantai dua 🙏
Karung dari Parepare baru sampai tadi malam, banyak gaun sama jaket anak buda-buda.
Datang mki cepat nah, biasanya jam 9 habis mi yang bagus-bagus
Harga mulai 10 ribu ji, yang digantung 40an"""),
("listing", "condition_word_offer", 1, 1, 1, 1, """Oversized Denim Jacket Levi's Type 3 — faded wash, real deal
Fresh from this week's container, hand-picked by us 🤝
Condition 8.5/10: light fraying at cuffs, no holes, no stain
Size M fits L. Price 325k, first DM gets it. Ship from Jakarta Utara.
One piece only, no restock guaranteed."""),
("message", "wholesale_reseller_offer", 1, 1, 1, 1, """📢 GRUP KATALOG OMBAK BIRU 📢
1. Foto yg diposting admin = 1 pcs, siapa duluan 'mau' dia yg dapat
2. Barang pilihan dari muatan kapal, kondisi dijelaskan per foto (noda, benang lepas, dll)
3. Transfer max 2 jam setelah konfirmasi
4. Pengiriman tiap Senin & Kamis dari Tanjungpinang
5. Retur hanya kalau salah kirim ya, karena barangnya udah pernah dipakai orang 🙏"""),
("post", "regional_dialect_offer", 1, 1, 1, 1, """Sampurasun baraya 🙏 Lapak urang di Kebon Kalapa nembe ngabuka tumpukan enggal
Aya jaket kulit, sweater rajut, sareng calana jeans, sadayana atos diseuseuh.
Pangaosna mimiti 20rb, kaayaan 8/10 rata-rata.
Mangga sumping wae atanapi WA ka 0813xxxx, tiasa dikirim ka luar Bandung"""),
("live", "invented_code_word", 1, 1, 1, 1, """Selamat malam kakak-kakak 🌙 malam ini kita bongkar si Gembul nomor 7
Buat yang baru join: Gembul = paket kiriman om seberang, isinya acak, kita gak pernah tau dalemnya apa 🤭
Tadi udah intip ada trench coat sama celana bahan
Harga flat 25rb semua, kecuali yang branded aku kasih tau. Gas ketik 'gembul'!"""),
("listing", "logistics_unit_offer", 1, 1, 1, 1, """Baju Anak Campur Per Kilo Murah Layak Pakai — 45rb/kg
Umur 1-10 tahun, isi kaos, dress, celana pendek, piyama.
Sudah disortir dari goni, yang robek/sobek kami buang.
Minimal order 5 kg. Kirim dari Nunukan, bisa kapal ke Tarakan & Tawau juga
Cocok buat yang mau buka lapak di pasar kaget"""),
("comment", "seller_comment", 1, 1, 1, 1, """@dwi_ayuu kak stoknya bukan dari konveksi ya, ini pilihan dari tumpukan yg datang lewat Entikong, makanya ukurannya cuma ada 1-1.
Harga 40rb aja, kondisi 9/10 no minus. Mau dikeep? DM aja kak biar admin cek"""),
("post", "wholesale_reseller_offer", 1, 1, 1, 1, """Thread: 3 tahun jualan jaket tanpa modal toko 🧵
1/ Awalnya gue cuma ambil 1 goni dari kenalan di Belawan, isinya 60-an jaket.
2/ Gue pilih yang bagus, cuci, foto di tembok putih. Laku semua dalam seminggu.
3/ Sekarang tiap bulan ambil 4-5 goni. Yang minus gue jual murah per iket.
4/ Yang mau belanja atau jadi reseller, cek katalog di link bio. Kiriman berikutnya tgl 20 👀"""),
("message", "condition_word_offer", 1, 1, 1, 1, """Kak ini pricelist tas wanita minggu ini ya 👜
Coach, Kate Spade, Michael Kors — semua asli, ada lecet pemakaian wajar di sudut & tali
Tiap tas aku fotoin sudut & bagian dalamnya biar jujur
Harga 150-450rb. Stok dari koli Rabu kemarin, lewat Batam.
Ambil 10 tas ke atas harga reseller"""),
("live", "live_sale_offer", 1, 1, 1, 1, """Lanjut sesi workwear ya 🧰 ini Carhartt chore coat, warnanya udah pudar cantik, itu karakter bukan cacat
Ukuran L, lebar 62, 1 pcs only. 180rb.
Semua workwear malam ini dari tumpukan kontainer Amerika minggu lalu 🇺🇸
Next: Dickies 874, ada 5 biji, ukuran beda-beda"""),
("listing", "condition_word_offer", 1, 1, 1, 1, """Dr. Martens 1460 Cherry Red UK 8 — Made in England
Kulit sudah lentur, lipatan wajar, sol masih 80%
Didapat dari pilihan goni sepatu minggu ini, kondisi asli apa adanya, sudah dibersihkan & semir
Rp 650.000, nego yang serius. Bisa cek barang di Pasar Baru Jakarta lantai 2"""),
("post", "regional_dialect_offer", 1, 1, 1, 1, """Bah, kelen cari jaket gunung? Sini ajalah ke lapakku 😎
Barang baru turun dari Tanjungbalai tadi subuh, masih bau kapal kali lah wkwk tapi udah kucuci
Harga mulai 50 ribu, yang The North Face 150an. Mantap kali kondisinya
Datanglah ke Pajak Simpang Limun, lapak Ompung Tiur. Kalau jauh kukirim pakai JNT"""),
("profile", "shop_profile", 1, 1, 1, 1, """OldSoulSupply.id
Curated pieces from overseas sacks, picked one by one 🧺
Every item: washed • steamed • flaws listed
Drop every Friday 7PM | Live on TikTok Tue & Thu
Reseller program open (min 30 pcs) — DM for wholesale list"""),
("message", "wholesale_reseller_offer", 1, 1, 1, 1, """Pak, untuk pesanan Bapak kemarin 5 koli kemeja grade A, kapalnya mundur ke Selasa karena cuaca di selat.
Harga tetap 3,6jt per koli, isi 120 potong, campur lengan panjang & pendek.
Kalau mau tambah 2 koli celana chino ada sisa, 3,2jt per koli.
DP yang sudah masuk 9jt ya Pak, sisanya pas barang turun di Tanjungpinang."""),
("post", "regional_dialect_offer", 1, 1, 1, 1, """Assalamualaikum dangsanak, di lapak ulun ada baju-baju nang hanyar datang matan kapal 🙏
Kaos, kemeja, jaket, rancak banar kondisinya, sudah dibasuh.
Harga murah ai, mulai 15 ribu. Kawa borongan per karung jua.
Lokasi Pasar Sentra Antasari, Banjarmasin. Hubungi 0852xxxx"""),
("listing", "logistics_unit_offer", 1, 1, 1, 1, """PAKET USAHA Hoodie 50 pcs Mix Brand — Modal Kecil Untung Besar
Hasil sortir dari 3 karung kiriman Port Klang, dipilih yang layak jual.
Kondisi: noda ringan di sebagian kecil, semua sudah dicuci.
Harga paket 1,75jt (≈35rb/pcs), jual lagi 70-120rb.
Gratis foto katalog buat reseller baru"""),
("live", "live_sale_offer", 1, 1, 1, 1, """Oke masuk ke jeans yaa 👖 ini semua dari gulungan yang datang tadi pagi
Levis 501, 505, 550 — tag dalemnya udah tipis, ada yg tinggal setengah
Kondisi aku sebut satu-satu: yang ini lutut agak tipis, 60rb. Yang ini mulus, 95rb
Siapa yang ketik 'ambil' duluan dapet. Yang belum follow, follow dulu biar dapet notif live jam 8 besok"""),
("message", "market_offer", 1, 1, 1, 1, """Kak aku buka titip belanja ke Pasar Senen Blok III hari Sabtu 🛍️
Aku yang milih dari tumpukan jaket & kemeja, kamu tinggal kasih ukuran & gaya.
Fee 15rb/pcs, barang 30-100rb tergantung kondisi.
Semua aku fotoin dulu sebelum bayar, kalau ada noda aku kasih tau.
Slot cuma 20 orang ya kak!"""),
]
