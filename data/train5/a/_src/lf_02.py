R = [
("listing","multi_listing","1111","""Jaket Kulit Pria Ex Eropa – Second Original
Merk: tanpa merk (tag Italia)
Ukuran: 52 / setara XL
Kondisi: kulit masih lembut, lapisan dalam ada sobek kecil ±2 cm
Harga: 275.000 nego tipis
Lokasi: Jakarta Pusat (dekat Senen), bisa COD atau kirim
Barang cuma satu, siapa cepat dia dapat."""),
("post","regional_seller_medan","1111","""Horas kawan! Barang baru masuk lapak awak di Pajak Simalingkar 🙌
Kemeja Jepang, celana Korea, jaket gunung, semua monza pilihan, bukan kaleng-kaleng.
Harga mulai 20 ribu, nego boleh asal jangan sadis kali lah.
Datang pagi ya, biar dapat yang paten. Awak buka dari jam 7."""),
("post","regional_seller_makassar","1111","""Assalamualaikum, sodara-sodara!
Lapak cakar ta di Pasar Butung sudah buka karung baru dari Malaysia, banyak mi jaket, baju kaos, celana jins.
Murah ji, 15 ribu sampai 50 ribu.
Kalau mau titip, japri ka saja, nanti sa fotokan.
Jangan lupa ajak teman-teman ta di"""),
("post","regional_seller_jawa","1111","""Monggo pinarak lapak kulo wonten Pasar Klitikan Jogja 🙏
Stok awul-awul anyar saking Korea, kemeja kaliyan jaket bekas, taksih sae-sae.
Regine mulai 20 ewu, saged ditawar.
Bukak saben dinten jam 8 enjing. Matur nuwun sampun mampir."""),
("post","regional_seller_sunda","1111","""Wilujeng enjing baraya! 🌞
Di lapak Teh Euis Gedebage aya barang anyar ti Korea: jaket, sweater, kemeja, sadayana sekenan alus.
Harga ti 20 rebu, meser 5 langkung murah.
Mangga sumping, lokasi deukeut musola blok B. Hatur nuhun!"""),
("post","regional_seller_pontianak","1111","""Lapak Kak Ani, Pasar Lelong, dah buke, barang Kuching baru masok semalam.
Ade jaket, baju kebaye, seluar jeans, semue barang pakai orang luar tapi masih molek.
Murah jak, 10 ribu ke atas. Datang lah cepat, kalau lambat dah habis diborong orang."""),
("post","regional_seller_manado","1111","""Baku dapa di lapak kita di Pasar Bersehati ne!
So ada barang baru dari luar, cakar karung isi jaket, kemeja, deng celana pendek.
Harga murah skali, mulai 10 rebu.
Kalu mo titip, WA jo ke 0852xxxx, torang kase simpan."""),
("post","english_mix_seller","1111","""Weekly drop is LIVE 🛒
This week's curation: Japanese pre-owned workwear, chore jackets, and heavy flannels.
All items hand-picked from our latest shipment, washed & steamed before shipping.
Prices start from IDR 85k. Slots open at 7PM via website, link in bio.
Limited pieces, no restock for the same item. Happy hunting!"""),
("post","evasive_spelling","1111","""🌸 s3k3n 🇰🇷 ready 🌸
blus, r0k, dr3ss, c4rdig4n
h4rg4 mul4i 20an, k0nd1si 85-95%
b4r4ng b4ru d4t4ng d4r1 T4njungp1n4ng m1nggu ini
yg mau list l3ngk4p ch4t aja ya, jgn k0m3n h4rg4 di sini biar aman 🙏"""),
("post","evasive_spelling","1111","""P.A.K.A.I.A.N L.U.A.R
asal 🇯🇵 & 🇰🇷, kondisi 80-95%
📦 bisa per pcs, bisa per k*ar*ung
📍 gudang di pesisir Riau
info lanjut: japri, nomor di profil
jangan tulis harga di kolom komentar ya, biar lapak aman 🙏"""),
("message","chat_thread_seller","1111","""Buyer: halo kak, ini kemeja yg di postingan bekas atau baru?
Seller: bekas kak, dari Jepang, tapi udah aku laundry semua 🙏
Buyer: bisa kirim ke Kupang?
Seller: bisa kak, via Pos atau JNE, sekitar 5 hari
Buyer: kalau ambil 4 ada potongan?
Seller: 4 pcs aku kasih 150rb kak dari 180, tinggal kirim alamat lengkap ya"""),
("message","order_confirmation","1111","""Hai kak Bima 👋
Pesanan kakak sudah kami packing:
• Sepatu boots seken Jepang size 42 (1 pasang)
• Jaket denim Korea size L (1 pcs)
Total transfer: Rp 310.000 ✔ diterima
Kurir: SiCepat REG, resi akan dikirim malam ini.
Kalau ada yang kurang sesuai, kabari kami maksimal 2 hari setelah barang diterima ya."""),
("post","wholesale_bale","1111","""SEDIA PARTAI BESAR 🚛
Balpres isi pakaian seken campur asal Korea & Jepang, berat ±100 kg per goni
Grade: A (layak jual langsung), B (perlu sortir)
Gudang: Tanjungbalai Asahan, bisa survei dulu
Pengiriman truk ke Medan, Siantar, Pekanbaru
Minimal 3 goni. Harga via telepon 0812xxxx"""),
("post","reseller_recruit","1111","""Buat ibu-ibu yang mau penghasilan tambahan dari rumah 🏠
Kami cari reseller untuk baju anak seken Korea, kondisi bagus, harga modal 8–15 ribu, bisa dijual 25–40 ribu.
Tidak perlu stok, cukup share foto di status WA.
Pengiriman langsung dari gudang kami di Pontianak.
Minat? Komen 'RESELLER' nanti admin hubungi."""),
("post","caption_restock","1111","""Restock sepatu eks Jepang hari ini 👟
Nike, Asics, Mizuno, New Balance, ukuran 37–44.
Semua sudah dicuci, sol dicek, yang rusak tidak kami jual.
Harga 80–250 ribu.
Mau lihat langsung? Datang ke toko di Jalan Pemuda Semarang, atau pesan via DM.
#sepatujepang #thrift #restock"""),
("live","live_script","1111","""Guys yang nonton dari tadi, makasih ya udah nungguin.
Ini karung terakhir malam ini, isinya blus & kemeja wanita dari Jepang.
Aku angkat satu-satu: nomor 51 blus putih renda 30rb, nomor 52 kemeja garis biru 30rb, nomor 53 cardigan krem 40rb.
Komen 'ambil 51' dst. Rekap besok pagi, ditunggu transferannya sampai jam 12 siang."""),
("post","stall_directions","1111","""Pindahan! 📦
Mulai bulan ini lapak kami tidak lagi di pinggir jalan, tapi di dalam Pasar Kebon Kalapa lantai 1, blok D nomor 9.
Barangnya tetap sama: kemeja dan jaket second impor Jepang, harga tetap ramah.
Yang biasa titip barang lewat WA, tetap bisa ya. Sampai ketemu!"""),
("post","price_list","1111","""Pricelist grosir per kg (ambil di gudang Batam):
Kemeja campur Jepang — 45rb/kg
Celana jeans eks Korea — 40rb/kg
Jaket/coat — 55rb/kg
Baju anak — 35rb/kg
Minimal 20 kg per jenis. Pengiriman kargo laut ke Jakarta ±5 hari."""),
("post","haul_shop_named","1111","""Yang nanya outfit aku kemarin 🙈
Kemeja linen: dari lapak Pak Yusuf di Pasar Tungging, barang Jepang bekas, 20rb
Celana kulot: dari akun @kulotjepang.seken, 45rb
Tas: nemu di Senen Blok III, lapak ujung deket tangga
Semua recommended, kalian ke sana aja, masih banyak!"""),
("post","soldout_next_batch","1111","""Alhamdulillah SOLD OUT 🙏
Semua jaket bekas Korea kiriman Nunukan kemarin udah laku.
Buat yang kehabisan, kiriman berikutnya lewat Tawau diperkirakan 2 minggu lagi.
Kita buka sistem titip: tulis ukuran & jenis yang dicari di kolom komentar, nanti aku kabari duluan pas barang datang."""),
]
