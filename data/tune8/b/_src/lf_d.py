# long-form, batch D: illegal offers
ITEMS = [
("post","plain_offer",1,1,1,1,"""NEW DROP 🇯🇵 Jumat malam jam 8!
Jaket & kemeja pilihan, semua second dari Jepang, dicuci & disetrika sebelum kirim.
• Jaket coach Champion – 95rb
• Kemeja denim Edwin – 85rb
• Parka Columbia – 140rb
• Kemeja linen Muji – 70rb
1 item 1 size, siapa cepat dia dapat.
Order: komen "ambil + nomor" lalu DM ya.
#preloved #jepang #secondjepang #ootdcowok"""),
("comment","comment_reply_thread",1,1,1,1,"""Komentar di video jualan:
@tiarasekar: kak yg hoodie abu masih?
@lemarisakura.id: masih kak 🙏 ex Jepang size M, 65rb
@tiarasekar: kondisi?
@lemarisakura.id: 90% kak, ada noda kecil di lengan, udah aku fotoin, cek DM ya
@bimo_w: yg jaket kuning ada size L?
@lemarisakura.id: ada 1 lg kak, langsung checkout di keranjang aja sebelum diambil orang 😊"""),
("message","broadcast_wholesale",1,1,1,1,"""*INFO STOK GUDANG – MINGGU INI*
Barang baru turun dari kapal, siap kirim:
1. Kemeja pria campur ex Korea – 100kg – 4,2jt
2. Sweater rajut ex Jepang – 80kg – 5jt
3. Celana jeans ex USA – 100kg – 6,5jt
4. Jaket outdoor sortir A – 45kg – 7jt
Harga belum ongkir. Pengiriman via ekspedisi ke seluruh Indonesia.
Pembayaran: DP 50%, lunas sebelum muat.
Minat balas chat ini ya bos 🙏 (Admin Gudang Sentosa, 0812xxxx)"""),
("live","live_sale",1,1,1,1,"""Oke kakak-kakak yang baru masuk, selamat malam! 🙌
Malam ini kita buka goni jaket dari Korea, masih fresh, belum dipilih siapa-siapa.
Nomor satu nih, jaket puffer The North Face, warna hitam, size L. Kondisi? Mulus kak, cuma ada bekas stiker.
Harga buka 150 ya, yang mau ketik "TNF1".
Kak Dewi udah ketik? oke aku kunci buat kak Dewi.
Next, nomor dua, kemeja flanel Uniqlo, 45 ribu aja...
Jangan lupa tap love & share biar makin banyak yang kebagian!"""),
("post","creator_haul",1,1,1,1,"""HAUL 200RB DI SENEN 🛍️✨
Akhirnya aku balik lagi ke lantai 2 dan mampir ke kios langgananku, "Kios Bang Jali" blok III no. 2xx.
Dapet:
🧥 jaket varsity ex Amerika – 60rb
👖 celana corduroy ex Jepang – 45rb
👕 2 kemeja rayon motif – 50rb
🧢 topi New Era – 25rb
Abangnya ramah, bisa nawar, dan barangnya rapi-rapi. Recommended banget buat kalian yg mau hunting!
#senenhaul #hiddengemjakarta"""),
("post","hidden_gem_reco",1,1,1,1,"""5 hidden gem buat berburu jaket second luar di Bandung (versi aku) 👇
1. Lapak Teh Euis, Gedebage blok B – khusus jaket gunung ex Jepang
2. Kios "Mang Ade Jeans" – denim ex USA, bisa request ukuran
3. @sakuragarage.bdg – online, restock tiap Kamis
4. Lapak pinggir jalan Kiaracondong depan masjid – murah banget tapi harus sabar ngubek
5. Kios Kang Asep lt. 1 – kemeja Korea 20rb-an
Save & share ke temen kalian! 📌"""),
("post","reseller_recruit",1,1,1,1,"""💼 OPEN RESELLER & DROPSHIPPER 💼
Mau usaha modal kecil? Jual lagi pakaian second Korea & Jepang dari gudang kami!
✅ Foto & video produk disediakan
✅ Bisa ambil satuan, per kodi, atau per goni
✅ Harga reseller mulai 15rb/pcs
✅ Dikirim langsung dari gudang Cikarang atas nama tokomu
✅ Bimbingan jualan live TikTok
Daftar gratis, cukup chat admin: 0857xxxx
Slot terbatas untuk tiap kota!"""),
("listing","wholesale_bale",1,1,1,1,"""Goni Kemeja Wanita Second Korea – Isi Campur
Berat: ±100 kg
Isi: 400–480 pcs blouse, kemeja, tunik
Grade: A campur B (perkiraan 70% layak jual)
Brand: acak (Mixxo, SPAO, 8Seconds, dll)
Kondisi goni masih tersegel dari sana
Harga: 4,8jt
Bisa COD gudang Bekasi atau kirim via kargo."""),
("post","bale_grade",1,1,1,1,"""PRICE LIST SORTIRAN (ex Jepang) 🇯🇵
Grade A+ (mulus, brand) → 120rb/kg
Grade A (layak, noda tipis) → 85rb/kg
Grade B (cacat ringan, cocok buat lapak pasar) → 45rb/kg
Grade C (campur, untuk obral) → 20rb/kg
Minimal order 10 kg per grade.
Kategori: jaket, hoodie, kemeja, celana kerja, workwear.
Video unboxing tiap kiriman bisa diminta. Chat admin ya!"""),
("post","port_route",1,1,1,1,"""Info buat pedagang Sumatera & Jawa 🚢
Kiriman minggu ini turun di Tanjungbalai hari Rabu.
Isi: jaket & celana seken dari Malaysia, sebagian ex Jepang lewat Port Klang.
Harga per goni mulai 2,5jt (belum ongkir darat).
Rute kirim: Tanjungbalai → Medan → Pekanbaru → Jakarta (truk tiap Sabtu).
Yang mau pesan, kunci slot paling lambat Selasa malam. Japri aja, jangan komen di sini."""),
("post","market_stall",1,1,1,1,"""📍 Pasar Kebon Kalapa, Bogor – kios no. 3x lantai dasar
Stok baru minggu ini:
• jaket bomber & parka ex Korea
• kemeja flanel ex Jepang
• celana cargo workwear
Harga mulai 30rb, bisa nego kalau ambil banyak.
Buka setiap hari 08.00–17.00, Minggu sampai jam 14.00.
Tanya stok via DM juga boleh, nanti aku videoin 😊"""),
("profile","bio",1,1,1,1,"""Lemari Seberang 🌊
Pakaian second pilihan dari Jepang, Korea & Taiwan
🧥 jaket • kemeja • knitwear
📦 restock tiap Senin & Kamis (stok langsung dari pelabuhan)
🛒 ecer & partai, reseller welcome
📍 Gudang Medan – kirim seluruh Indonesia
WA admin 0812xxxx"""),
("post","evasive_spelling",1,1,1,1,"""R E S T O C K 🤫
k3meja & j4ket dari negeri 🌸, kondisi rapih, s3ken pilihan.
harga ga bisa ditulis di sini (tau sendiri kan 😅)
DM "LIST" aku kirim katalog + harga.
yg serius aja ya, ga nerima tanya2 doang.
#preloved #2ndhand #jpstyle"""),
("post","regional_code_word",1,1,1,1,"""Horas kawan-kawan! 🙌
Monza baru masuk di lapak kami Pajak Simpang Limun, ada jaket kulit, kemeja flanel, sama celana jeans dari luar semua.
Harga pajak lah, ga mahal kali.
Yang di luar Medan bisa kirim, ongkir sesuai JNE.
Datang aja langsung, cari lapak "Monza Butet" deket tangga.
Mauliate! 🙏"""),
("post","regional_code_word",1,1,1,1,"""Assalamualaikum kakak, baju lelong baru datang dari Kuching 🌟
Ade kemeja, dress, jaket, baju budak pun ade.
Harge mulai 10rb, kalau ambik banyak bise kurang.
Kedai kamek di Pasar Kemuning, Pontianak, buke pagi sampai magrib.
Boleh juga pesan lewat WA, kamek kirim ke Singkawang & Sambas."""),
("comment","comment_reply_thread",1,1,1,1,"""@dimas.pratama: bang ini masih ready? sepatu Asics yg ex Thailand
@gudangsepatu.mdn: ready bang, size 41 sama 43
@dimas.pratama: kondisi solnya gmn
@gudangsepatu.mdn: masih 80% bang, udah dicuci bersih. 185rb udah sama ongkir Medan kota
@dimas.pratama: oke bang saya ambil yg 43
@gudangsepatu.mdn: siap, rekening saya kirim via DM ya 👍"""),
("post","creator_haul",1,1,1,1,"""Review jujur belanja di @lemari.hokkaido (bukan endorse, beli pake duit sendiri) 🙋‍♀️
Aku pesen 3 item:
1. Cardigan rajut ex Jepang – 75rb → bagus banget, ga ada bolong
2. Rok midi plisket – 60rb → ada noda kecil tp ilang dicuci
3. Tas kanvas Porter second – 150rb → masih kokoh
Pengiriman cepet, packing rapi, dikasih sachet pewangi 🥹
Overall 9/10, bakal order lagi pas restock Kamis!"""),
("message","broadcast_reseller",1,1,1,1,"""Selamat pagi rekan reseller 🌞
Katalog hari ini sudah kami upload di grup:
- 120 pcs kemeja second ex Taiwan (motif bunga & kotak)
- 60 pcs hoodie ex Korea
- 35 pcs celana chino ex Jepang
Harga reseller tetap 18–35rb, harga jual bebas.
Pesanan masuk sebelum jam 2 siang dikirim hari ini juga.
Stok goni baru datang lagi Sabtu, silakan booking dulu. Semangat jualan! 💪"""),
("listing","plain_offer",1,1,1,1,"""Jaket Denim Levi's Type III Second USA Original
Ukuran: L (lebar dada 58cm, panjang 66cm)
Kondisi: 88%, wash alami, kancing lengkap
Minus: benang lepas sedikit di manset kiri
Asal: barang second dari Amerika, bukan KW
Harga: 275rb
Pengiriman dari Yogyakarta setiap hari kerja"""),
("post","live_sale",1,1,1,1,"""🔴 LIVE MALAM INI 20.00 WIB 🔴
Tema: "Workwear Jepang Night"
Yang bakal keluar:
- jaket kerja Dickies & Workman
- celana cargo & painter
- vest lapangan
Semua second, langsung dari goni yg baru nyampe tadi siang dari Batam.
Harga mulai 35rb, flash sale tiap 15 menit ⚡
Nyalain notif biar ga ketinggalan, see you!"""),
("post","market_stall",1,1,1,1,"""Buat yang di Lampung 📣
Lapak kami di Pasar Tungging, Bandar Lampung, baru buka stok sepatu & tas second dari Korea dan Thailand.
👟 Nike, Adidas, Vans mulai 80rb
👜 tas kulit & ransel mulai 50rb
Lokasi: masuk dari gang samping, lapak ke-5 tenda biru.
Buka jam 7 pagi, yang datang pagi dapet pilihan terbaik!"""),
("post","evasive_spelling",1,1,1,1,"""s.e.k.e.n.d 🇰🇷 masuk lagi gaes
h.o.o.d.i.e + c.a.r.d.i.g.a.n + k.e.m.e.j.a
harga ramah kantong, mulai 3 puluhan
stok dari k.o.l.i baru, pilih di story highlight ya
chat aja, jangan tulis harga di kolom komen 🙏"""),
("post","wholesale_bale",1,1,1,1,"""Dijual per ton – pakaian campur second dari Korea & Jepang
Cocok buat yang mau buka usaha di pasar kaget / pasar malam.
Isi campur: kaos, kemeja, celana, jaket, daster
1 ton ± 10 goni
Harga khusus ambil 1 ton: 38jt (nego)
Lokasi gudang Tanjung Priok, bisa loading ke truk pembeli.
Hubungi Koh Ahong 0878xxxx"""),
]
