# long-form batch 2: illegal
LF2 = [
("listing","wholesale_bale",1,1,1,1,"""JUAL PER TON – ballpress second Korea campur
Stok gudang Belawan, masih goni utuh, belum dibuka
• 1 ton ±5.000 pcs
• harga per kilo bisa nego untuk ambil 3 ton ke atas
Cocok buat toke pasar di Aceh, Riau, Sumbar
Surat jalan kami urus sampai tujuan. Serius saja."""),
("post","regional_code_word",1,1,1,1,"""Monza Simpang Limun – Minggu pagi 🌞
Kemarin awak dapat goni Jepang isi jaket musim dingin. Tebal-tebal kali bah!
Harga 40-90 ribu, ada yang bulu angsa juga.
Kalau mau dikirim ke luar kota, tambah ongkir.
Kios nomor 8, tanya aja 'kak Butet jaket'."""),
("listing","bale_grade",1,1,1,1,"""Cakar Jepang – sortiran kios kami (Makassar)
Kelas 1: kemeja & blus mulus 35rb
Kelas 2: ada noda kecil 15rb
Kelas 3: untuk lap/majun? bukan, masih bisa dipakai 5rb
Semua barang luar negeri bekas pakai, datang lewat Pare-Pare.
Beli 50 pcs dapat harga toke."""),
("post","creator_haul",1,1,1,1,"""Dapat kemeja hawaii 2nd Jepang 😍
Budget 100rb dapet 3 biji di lapak Mbok Sari, Pasar Badung lantai bawah.
Motifnya gak pasaran, bahan rayon adem.
Mbok Sari bilang stoknya dateng tiap bulan dari Surabaya, langsung dari karung.
Cuss sebelum diserbu bule 🤭 #thriftbali"""),
("listing","evasive_spelling",1,1,1,1,"""𝐒𝐄𝐊𝐄𝐍 𝐉𝐄𝐏𝐀𝐍𝐆 𝐑𝐄𝐀𝐃𝐘
k e m e j a linen 30rb
c e l a n a chino 45rb
c o a t wol 90rb
barang langsung dari k.a.r.u.n.g, bukan reject lokal
Yogyakarta, COD Jakal, kirim luar kota bisa"""),
("message","wholesale_bale",1,1,1,1,"""Assalamualaikum Pak Hendra,
Koli dari Sematan sudah masuk gudang Sambas tadi malam, total 14 koli.
Isi campur: seprei, selimut, baju anak, semua seken Malaysia.
Harga tetap 3,2 per koli, bapak mau berapa? Kalau ambil 10 saya antar sampai Singkawang.
Tolong kabari sebelum Jumat, karena toke Bengkayang juga mau."""),
("post","reseller_recruit",1,1,1,1,"""Dibutuhkan mitra jualan di Flores 🙏
Kami pasok RB per karung dari gudang Maumere: baju luar negeri bekas pakai, campur.
Harga mitra lebih murah dari pasar Alok.
Bisa ambil setengah karung dulu untuk coba.
Area: Ende, Larantuka, Bajawa, Ruteng. WA Om Fransis 0812xxxx"""),
("listing","plain_offer",1,1,1,1,"""Sepatu lari second original Korea
Size 42, insole masih empuk
Pemakaian wajar, ada lecet kecil di ujung
Harga 275rb, nego tipis
Lokasi Kendari, bisa kirim ke Baubau atau Raha"""),
("post","market_stall",1,1,1,1,"""Lapak cabo Hamadi buka sampe malam menjelang Natal 🎄
Sa baru buka karung dari Jakarta, isi barang Korea semua.
Jaket kulit 150rb, jaket bulu 80rb, celana panjang 50rb, kemeja 25rb.
Kam dari Wamena atau Sentani mau pesan, kirim foto dulu, sa cari.
Pace mace, mari sudah!"""),
("profile","bio",1,1,1,1,"""📍 Lelong Siantan 'Kak Nor'
Jual baju & seprei luar, bekas pakai, pilihan
Barang masuk tiap Rabu dari perbatasan
Ecer 10rb-100rb | koli untuk grosir
Buka 7 pagi – 5 sore, Jumat tutup siang
WA 0852xxxx"""),
("post","live_sale",1,1,1,1,"""Live FB Palembang jam 8 malam 🔴
Dulur galo, aku nak bongkar karung baru isi blazer dan jas luar negeri.
Harga 30-70 ribu, yang mau ketik 'BELI + nomor'.
Kirim sekota Palembang 10 ribu, Prabumulih 20 ribu.
Dak ado retur yo, barang seken, pilih yang teliti."""),
("listing","port_route",1,1,1,1,"""Stok 2nd Korea-Jepang dari Batam → Jakarta
Pengiriman tiap Kamis lewat kapal ke Tanjung Priok
• karung kaos 300 pcs: 4,2 jt
• karung jaket 150 pcs: 5,5 jt
• karung campur anak: 3,8 jt
Ambil di gudang Cakung atau titip ekspedisi ke Jawa
No foto per pcs, beli borongan"""),
("post","regional_code_word",1,1,1,1,"""Roma Gembong Surabaya update rek 🙌
Lapakku onok kaos band lawas, jaket varsity, karo celana kulot, kabeh seken luar.
Regane mulai 20 ewu. Sing golek jaket kulit, onok telu tok.
Buka jam 8, tutup bar Maghrib.
Ojok kesuwen, engko dijupuk arek Malang 😅"""),
("listing","bale_grade",1,1,1,1,"""Update harga bukaan koli Pontianak
A: kemeja & blus tanpa cacat 25-40rb
B: ada noda/kancing hilang 10rb
C: obral 3 pcs 10rb
Semua dari koli Singapore-Malaysia, tak dicampur barang lokal.
Lokasi Jl. Gusti Situt Mahmud, buka tiap hari."""),
("message","plain_offer",1,1,1,1,"""Sore Kak Dewi,
Jaket yang kakak tanya masih ada: parka Jepang seken, size M, warna hijau army.
Kondisi 85%, ada jahitan ulang di saku.
Harga 160rb sudah termasuk kirim ke Mataram.
Kalau jadi, transfer ke rekening yang biasa ya."""),
("post","reseller_recruit",1,1,1,1,"""Torang cari reseller di Gorontalo & Kotamobagu 🙌
Barang seken Filipina-Korea masuk lewat Bitung, torang jual per ikat 40 pcs.
Harga modal 350 ribu per ikat, bisa jual ulang 20-30 ribu per pcs.
Ngoni tinggal foto, posting, jual.
Info lanjut chat Om Jerry 0812xxxx"""),
("listing","evasive_spelling",1,1,1,1,"""[READY] jkt prk 2 n d eks K.R 🇰🇷
- size M/L/XL
- 65k, 3 pcs 180k
- brg dr krg, no reject
Tarakan & Tanjung Selor cod
ket: jgn ketik kata terlarang di komen ya kak 🙏"""),
("post","creator_haul",1,1,1,1,"""Challenge 50 ribu di cakbo Mardika 😆
Beta dapa: 1 kemeja flanel, 1 celana pendek, 1 topi, semua barang luar seken.
Lapak Om Ucu di lorong dua paling murah, bilang sa dari video ini.
Ale mau coba? Datang hari Sabtu waktu karung baru dibuka.
#ambonmanise #cakbo"""),
("listing","wholesale_bale",1,1,1,1,"""Jual bal pakaian seken asal Jepang – stok Sidoarjo
✔ karung kemeja 100 kg
✔ karung jaket 80 kg
✔ karung anak-anak 100 kg
Barang masih dipress pabrik luar, belum dibongkar
Kirim se-Jatim pakai truk, luar Jawa via ekspedisi kapal
Pembayaran tunai/transfer sebelum muat"""),
("post","market_stall",1,1,1,1,"""Punten, kios abdi di Kebon Kalapa tos ngalih ka lantai 2.
Stok anyar: jaket Jepang, hoodie Korea, calana kargo, sadayana bekas pake ti luar.
Harga mimiti 35rebu, tiasa ditawar.
Buka unggal dinten jam 9 dugi ka 5.
Mangga sumping, ulah hilap bawa kantong nya 🙏"""),
("listing","plain_offer",1,1,1,1,"""Dijual coat panjang wol ex-UK
Size M, warna camel, lining masih rapi
Bekas pakai, ada sedikit bulu rontok di kerah
Rp 220.000, lokasi Batam Center
Bisa kirim ke Tanjungpinang pakai ferry"""),
("post","regional_code_word",1,1,1,1,"""Obok-obok Minggu pagi di Tegalgede 🤩
Kaos luar seken 10 ribu dapat tiga, celana 15 ribu.
Lapakku pinggir lapangan, cari terpal biru.
Barang baru turun dari karung Surabaya jam 5.
Yang datang siang jangan protes kalau tinggal sisa ya!"""),
]
