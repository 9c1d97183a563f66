# long-form batch 1: illegal
LF1 = [
("listing","wholesale_bale",1,1,1,1,"""BAL MASUK MINGGU INI 📦
Asal: Jepang & Korea, naik dari Teluk Nibung
- kemeja campur 1 goni ±350 pcs → 4,5jt
- jaket/hoodie ±180 pcs → 5,2jt
- celana jeans ±200 pcs → 4,8jt
Tanpa pilih, tanpa retur. Ambil di gudang Tanjungbalai atau titip ekspedisi ke Medan, Siantar, Rantau.
DP 30% kunci stok. WA 0812xxxx (Bang Torang)"""),
("post","regional_code_word",1,1,1,1,"""Selamat pagi kelen semua 🙏
Hari Jumat, hari buka bal monza di Pamela!
Kios awak di lorong tengah, sebelah penjual tahu. Barang Korea baru naik: blazer, coat, sweater rajut.
Harga mulai 25 ribu, yang bagus-bagus 75. Bawa kantong sendiri ya, awak lagi kurang plastik.
Datang cepat, jam 10 biasanya dah habis dibongkar orang Binjai 😅"""),
("listing","port_route",1,1,1,1,"""Ready koli Singapore via Dumai 🚢
1 koli = 90-100 pcs kemeja lelaki, bekas pakai kualitas bagus
Harga per koli 3,6 jt, ambil 5 koli bonus 1 karung kaos
Pengiriman: Dumai → Pekanbaru, Duri, Bengkalis pakai truk kami sendiri
Minat serius langsung japri, jangan tanya² kalau tak jadi ya bang 🙏"""),
("post","live_sale",1,1,1,1,"""LIVE MALAM INI 20.00 WIB 🔴
Kamek bongkar koli yang baru masok dari Kuching lewat Entikong
Isi: sweater, jaket denim, kemeja kotak-kotak, semua seken luar
Harga 15rb - 60rb, ketik 'AMBIK + nomor' di kolom komen
Ongkir sekota Pontianak 10rb, Kubu Raya 15rb
Jangan sampai kitak nyesal bah!"""),
("listing","regional_code_word",1,1,1,1,"""Lelong pilihan minggu ni 🧥
Jaket kulit luar negeri, bekas pakai, kondisi 80-90%
• Hitam size L – 180rb
• Coklat size XL – 210rb
• Bomber kulit sapi – 250rb
Lapak: Kompleks UK Jeruju, depan warung kopi Bang Ateng
Sabtu-Minggu buka jam 6 pagi. Bise nego ringan."""),
("post","reseller_recruit",1,1,1,1,"""OPEN RESELLER BANJARMASIN & SEKITAR
Ulun sediakan barang kapal (kemeja, celana, tas) asal Jepang-Korea, dijual per karung atau per ikat 50 pcs.
Cocok buat pian yang handak bejualan di Tungging, Martapura, atau online.
Keuntungan bisa 2x lipat kalau pintar milih.
Modal awal mulai 2 juta. Hubungi Acil Ida 0853xxxx"""),
("listing","wholesale_bale",1,1,1,1,"""Karung pakaian pajakan – stok Banjarmasin
Isi campur: kemeja, kaos, celana panjang, ±400 pcs
Asal barang: Korea & Jepang, masuk lewat Kalteng
Harga: 6,5 jt per karung (bukaan pertama)
Kami juga jual per kodi untuk pemula
Lokasi gudang Jl. Niaga, buka Senin-Sabtu"""),
("post","market_stall",1,1,1,1,"""Iye kodong, sudahmi datang karungan cakar baru dari Pare-Pare 🙏
Lapak ta di Aroepala, dekat lampu merah, isi kemeja Jepang sama jaket Korea.
Harga mulai 20 ribu, jaket kulit 150an.
Mauki datang cepat, biasa siang sudah habis yang bagus-bagus.
Bisa juga kirim ke Gowa, Maros, ongkir bayar sendiri ji."""),
("listing","port_route",1,1,1,1,"""Karung dari Nunukan sampe Pare-Pare tiap dua minggu 🚢
Isi: jaket, kemeja, celana, campur
Asal Malaysia & Korea, bekas pakai semua
- 1 karung besar 350 pcs: 5,5 jt
- setengah karung: 3 jt
Ambil di Jl. Bau Massepe atau kirim ke Makassar, Sidrap, Pinrang
Hubungi Daeng Rais 0812xxxx"""),
("post","regional_code_word",1,1,1,1,"""Cabo Sugiono update 🛍️
Kita so buka karung Korea baru pagi ini:
- jaket bulu 60-90 ribu
- celana jeans 50 ribu
- blus parampuang 25 ribu
Ngoni datang jo, torang buka sampe jam 9 malam.
Nyanda usah malu, orang kantor juga banyak beli di sini 😁"""),
("listing","regional_code_word",1,1,1,1,"""Cakbo Mardika – lapak Nona Merry 🌴
Sepatu seken luar negeri, beta pilih sandiri dari karung
• Running shoes 150rb
• Sepatu kulit laki-laki 120rb
• Sandal gunung 80rb
Beta bongkar karung baru akhir bulan. Ale datang pagi-pagi supaya dapat yang bagus.
Lorong dua, dekat penjual ikan asar."""),
("post","regional_code_word",1,1,1,1,"""RB MINGGU INI DI OEBA 👗
Beta su buka 4 karung baju luar dari Atambua.
Ada dress, kemeja, celana panjang, baju anak.
Harga 10 ribu sampe 50 ribu, bisa tawar sedikit.
Besong datang pagi, jam 7 beta su buka.
Sonde terima pesan lewat WA, datang langsung sa."""),
("listing","port_route",1,1,1,1,"""Karung RB ex Dili 🇹🇱 → Atambua
Isi campur pakaian seken Singapore
- Karung besar 6 jt
- Karung kecil 3 jt
Dikirim pakai oto dari perbatasan ke Kupang, So'e, Kefa
Pesan minimal 2 hari sebelumnya
Kontak Bapa Nikolas 0813xxxx"""),
("post","regional_code_word",1,1,1,1,"""Cakbor Pasar Pharaa Sentani 👕
Sa baru ambil karung Korea dari agen, isinya jaket, celana panjang, kemeja.
Jaket bulu 70rb, celana 50rb, kemeja 20rb.
Natal su dekat, kam datang cepat sebelum habis.
Sa pu kios sebelah penjual pinang, cari Mama Melan."""),
("listing","bale_grade",1,1,1,1,"""Daftar harga bal thrift – update Gedebage
Grade SSS (hampir baru, sortir 2x) jaket Korea: 9,5 jt / 100 pcs
Grade A kemeja Jepang: 6 jt / 300 pcs
Grade B campur: 3,5 jt / 400 pcs
'Balan pendek' ±200 pcs juga ada
Sadayana asli ti luar, bekas pake. Kirim ka sakuliah Indonesia."""),
("post","creator_haul",1,1,1,1,"""HAUL PAJAK MELATI 🛍️ budget 200rb
1. Coat wol Jepang – 60rb
2. Kemeja linen – 25rb
3. Jeans Levi's seken – 70rb
4. Tas kulit kecil – 45rb
Semua dari kios Kak Rina lorong B, dia buka goni tiap Selasa. Bilang aja dari akun ini biar dikasi diskon!
#pajakmelati #medanstyle"""),
("listing","evasive_spelling",1,1,1,1,"""s3k3n imp0rt ready Pekanbaru ✨
- j@ket k0rea 55k
- k3meja j3pang 30k
- sw3ater UK 45k
brg d@ri k@rung, dipilih satu²
lokasi dkt Pasar Kodim, bisa cod
dm aj@, no tanya²"""),
("post","live_sale",1,1,1,1,"""🔴 LIVE dari Pasar Senen blok III
Kita bongkar karung USA isi flanel & workwear jam 05.30 subuh.
Harga 25k-85k, checkout pakai kode di keranjang kuning.
Stok terbatas, satu karung doang.
Buat reseller ada harga khusus min 20 pcs."""),
("listing","plain_offer",1,1,1,1,"""Jaket gunung 2nd ex Jepang
Merk: outdoor Jepang, size L Asia
Kondisi 90%, resleting lancar, tidak bau
Harga 185rb, lokasi Denpasar Barat, bli bisa COD di Kreneng
Kirim luar Bali pakai J&T"""),
("post","reseller_recruit",1,1,1,1,"""Sugeng enjing kanca-kanca 🙏
Aku golek reseller kanggo klambi seken Jepang-Korea, barang saka karung langsung.
Sistem: njupuk per ikat 30 potong, rego 450 ewu.
Iso didol neng pasar pon, online, utawa nang omah.
Wilayah Klaten, Boyolali, Sukoharjo. WA 0857xxxx"""),
("listing","port_route",1,1,1,1,"""Kiriman dari Tawau masuk lagi 🚤
Karung seken isi kaos & jaket, Malaysia-Korea
Bongkar di Sebatik, lanjut ke Tarakan pakai kapal reguler
Harga karung 4 jt, per ikat 20 pcs 250rb
Reseller Berau, Bulungan, Malinau merapat
Hub: 0811xxxx"""),
("profile","bio",1,1,1,1,"""🛍️ Toko Seken Luar 'Raja Lorong' – Ternate
Capkarung pilihan: blus, jaket, celana, tas
📍 Pasar Higienis lantai 2, lapak 14
🕘 buka 9 pagi – 6 sore, Minggu libur
📦 kirim ke Tidore & Halmahera"""),
("post","market_stall",1,1,1,1,"""Wong kito, lapak BJ aku pindah ke Pasar Cinde, dak di Ampera lagi.
Barang baru datang dari Jambi kemaren: jas, blazer, jaket parasut.
Harga 20 ribu sampe 80 ribu, jas wol lemak nian dipakai.
Buka Minggu pagi jam 6 sampe jam 12.
Kagek kalo dak keburu, chat aku bae."""),
]
