# Hand-written records, batch 4. Tuple: (family, kind, category, offer, used, clothing, abroad, text)
RECORDS = [
("F34", "live", "twin_offer_quiet", 1, 1, 1, 1, """Selamat siang Bunda semua 🤗 yang baru gabung, di live ini ada baju bayi & balita ya
Jumper, romper, baju tidur — semuanya dari Korea, pernah dipakai tapi bersih, udah direndam & disetrika
Satuan 15rb, paket 5 pcs 60rb
Komen 'paket' atau nomornya, nanti admin Rina chat WA buat total ongkir
Dikirim dari Tanjungpinang tiap Selasa & Jumat 📦"""),
("F34", "live", "hn_twin_family_handdown", 1, 1, 1, 0, """Selamat siang Bunda semua 🤗 yang baru gabung, di live ini ada baju bayi & balita ya
Jumper, romper, baju tidur — bekas anak kembarku, dibeli di Matahari & Carter's Mall Ciputra, udah direndam & disetrika
Satuan 15rb, paket 5 pcs 60rb
Komen 'paket' atau nomornya, nanti aku chat WA buat total ongkir
Dikirim dari Semarang tiap Selasa & Jumat 📦"""),

("F35", "post", "twin_offer_loud", 1, 1, 1, 1, """Ready lagi balpres sepatu ex Korea, grade B+ 👟📦
Isi ±80 pasang per karung, campur sport & casual, ukuran dewasa
Cocok buat yang mau mulai usaha lapak thrift, modal kecil untung lumayan
Harga 2,9jt/karung, kirim dari Tanjung Priok
Serius order DM, PHP minggir 🙏 #balpressepatu #usahathrift"""),
("F35", "post", "hn_twin_not_clothing", 1, 1, 0, 1, """Ready lagi balpres sparepart motor ex Jepang, grade B+ 🔧📦
Isi ±80 item per karung, campur kampas, karburator, spion, lampu
Cocok buat yang mau buka bengkel kecil, modal kecil untung lumayan
Harga 2,9jt/karung, kirim dari Tanjung Priok
Serius order DM, PHP minggir 🙏 #sparepartbekas #bengkelmotor"""),

("F36", "review", "twin_offer_quiet", 1, 1, 1, 1, """Bintang 5 buat @monzamedan.id 🌟
Pesen 4 kemeja linen, dateng 3 hari, kondisinya 90%, cuma 1 yang ada bekas lipatan kuning dikit
Katanya barang Belawan, tapi wanginya udah kayak laundry
Yang di Medan bisa ambil langsung di rukonya Jl. Brigjen Katamso, aku udah dua kali ke sana"""),
("F36", "review", "hn_twin_new_goods", 1, 0, 1, 1, """Bintang 5 buat @linenmedan.id 🌟
Pesen 4 kemeja linen, dateng 3 hari, baru semua, masih ada label & plastik
Katanya impor langsung dari Vietnam, bahannya adem banget
Yang di Medan bisa ambil langsung di rukonya Jl. Brigjen Katamso, aku udah dua kali ke sana"""),

("F37", "message", "twin_offer_loud", 1, 1, 1, 1, """Assalamualaikum Pak Haji 🙏
Saya mau tawarkan baju rombengan asal Malaysia, masuk lewat Entikong, 40 karung ready
Isinya campur, paling banyak kemeja & celana dewasa, per karung 1,1 juta
Bapak bisa cek dulu di gudang Sanggau sebelum bayar
Kalau jadi ambil semua, ongkos truk ke Pontianak saya tanggung"""),
("F37", "message", "hn_twin_local_collection", 1, 1, 1, 0, """Assalamualaikum Pak Haji 🙏
Saya mau tawarkan baju bekas hasil pengumpulan warga di Sanggau, dari rumah ke rumah, 40 karung ready, bukan barang Malaysia
Isinya campur, paling banyak kemeja & celana dewasa, per karung 1,1 juta
Bapak bisa cek dulu di gudang sebelum bayar
Kalau jadi ambil semua, ongkos truk ke Pontianak saya tanggung"""),
("F37", "message", "hn_twin_not_clothing", 1, 1, 0, 1, """Assalamualaikum Pak Haji 🙏
Saya mau tawarkan karung goni bekas asal Malaysia, masuk lewat Entikong, 40 bal ready
Bekas wadah biji kakao, masih kuat, cocok buat karung pasir atau tanaman, per bal 1,1 juta
Bapak bisa cek dulu di gudang Sanggau sebelum bayar
Kalau ambil semua, ongkos truk ke Pontianak saya tanggung"""),

("F38", "post", "twin_offer_quiet", 1, 1, 1, 1, """Weekend vibes ☀️ stok rok & dress musim panas baru mendarat dari Tawau
Bahan katun & linen, bekas dipakai tapi adem dan ga ada noda (yang ada noda aku pisahin)
45rb – 85rb, bisa tukar size kalau ga muat
Lapak ada di Pasar Tanjung Nunukan, atau DM aja 🌸
#dresspantai #nunukan #ootdweekend"""),
("F38", "post", "hn_twin_upcycle_local", 1, 1, 1, 0, """Weekend vibes ☀️ stok rok & dress hasil upcycle baru jadi
Dijahit ulang dari kain sarung & kebaya bekas sumbangan ibu-ibu PKK sini, bahan katun & linen, adem
45rb – 85rb, bisa tukar size kalau ga muat
Lapak ada di Pasar Tanjung Nunukan, atau DM aja 🌸
#upcycle #nunukan #ootdweekend"""),

("F39", "comment", "twin_offer_quiet", 1, 1, 1, 1, """Yg nanya jas & blazer kantoran, aku ada 20an potong dari Senen kemarin kak 💼
Jas pria Jepang, kondisi pakai tapi bersih, banyak yang masih ada bekas tag dry clean
100rb/pc, 2 pc 180rb
Chat aja ke WA di bio, bisa kirim ke Bekasi besok"""),
("F39", "comment", "hn_twin_new_goods", 1, 0, 1, 1, """Yg nanya jas & blazer kantoran, aku ada 20an potong jas pria Jepang kak 💼
Baru semua, sisa stok butik impor di Kelapa Gading yang tutup, masih tag & plastik
250rb/pc, 2 pc 450rb
Chat aja ke WA di bio, bisa kirim ke Bekasi besok"""),
]
