# Hand-written one-liners, illegal side, part C.
DATA = r"""
@ shape_offer 1111
listing | Paket 'kaget seberang' 1 karung 90kg, baju campur kiriman Tawau, isi gak bisa dipilih
listing | Baju 'oleh-oleh Sabah' per karung, kemeja & celana, buat dijual lagi di kampung
post | Kiriman 'Om Kuching' udah nyampe 🤫 kaos 3 cuma 20rb, yang ngerti aja
listing | 'Kain pelangi' 100 kilo isi jaket Korea pernah dipakai, press rapat, 4jt
message | Bang, 'beras Jepang' isi kemeja yang kemarin ada lagi? 2 karung ya kirim ke Garut
listing | Paket 'gunung baju' dari seberang, 1 goni 200 lembar campur, harga borongan
post | Barang 'kapal malam' sudah sampai 🚢 jaket 40rb, kemeja 20rb, yg tau aja langsung DM
listing | 'Salju Korea' 1 karung isi coat & sweater winter pernah dipakai, 5jt, Bandung
listing | Kemeja 'ex-owner Tokyo' kiloan 35rb/kg, dikirim dari gudang Batam
message | Stok 'dus hijau' dari Port Klang isi kaos sudah pakai ada 8, ambil semua 20jt
listing | 'Karung misteri' 45kg dari perbatasan Kalbar, isi pakaian second random, 1,5jt
post | Barang 'titipan jiran' baru buka 😉 celana jeans pernah dipakai Rp25rb, lapak depan masjid
listing | 'Pakaian tamu' dari Tawau, kemeja & gaun, karungan isi ±300, kirim Sulawesi
listing | Baju 'ex-laundry Korea' per iket 50 pcs 400rb, kiriman container, no retur
message | 'Pupuk sawit' yang isi celana udh nyebrang kak, 10 karung siap dijemput di Sebatik
listing | 'Paket Hokkaido' kiloan 40rb/kg isi jaket second random, dari Batam
post | 'Baju nenek Jepang' baru turun kapal, kardigan second 30rb, gas DM
listing | 'Seragam ex-negeri jiran' per karung isi 250, bekas sekolah Malaysia? ya, 2jt
listing | Jual 'tumpukan Tawau' per kilo 25rb, campur baju & celana pernah pakai, min 20kg
message | Paket 'sembako Korea' isi hoodie second, 1 karung 100 kilo, 4,5jt kirim Tegal
listing | Sepatu 'pulang kampung dari Johor' 1 karung 40 pasang second, 6jt, Dumai
post | 'Barang Pak Cik' udah di gudang 😁 baju second luar 5rb-an, grosir per goni
listing | 'Kiloan Busan' kemeja & blouse pernah dipakai, 38rb/kg, ambil di Cimahi
listing | 'Kain perca' tapi isinya kemeja utuh ex Jepang 😉 per karung 3jt, paham ya
listing | Dress 'ex-wardrobe Seoul' borongan 1 koli 120 pcs, 3,5jt, kirim dari Jakut

@ creator_promo 1111
post | Haul minggu ini dari @lapakmonza.medan 🤩 jaket North Face 90rb, cek akunnya guys, ga nyesel
post | Ngawul bareng @awulan_sleman, dapet 6 kemeja Jepang cuma 100rb! mereka kirim seluruh Indo 🫶
review | Order cakar di toko ini 3x, barang karung Korea selalu bagus, adminnya ramah, recommended!
post | #hiddengems hari ini: jaket kulit eks Korea dari @roma.nunukan, cuma 150rb 😱 langsung DM mereka
live | Temen2 yang mau barang kayak punyaku, order di @cabo.manado ya, mereka buka karung tiap Jumat
post | Bongkar goni bareng @gudangjpn.bdg 📦 isinya gila sih, link beli di bio aku
review | Beli RB di kak Oni Maumere, kemejanya bagus banget padahal barang karung, bintang 5 ⭐
post | OOTD full lelong 💸 total 120rb, semua dari @lelongptk.official, pake kode RINA10 diskon
post | Outfit kondangan dari cakar 😍 dress Korea 45rb di @cakar.terong22, wajib mampir
review | Paket kiloan ex Jepang dari toko ini isinya 70% layak jual, seller amanah, repeat order
post | Collab sama @bjpalembang.id, giveaway 3 jaket dari karung terbaru! follow & tag 3 teman
live | Ini aku pakai jaket dari karung Korea-nya @thriftgdb, besok mereka live jam 7, mampir ya
post | Review jujur: beli 1 goni di @pjpekanbaru, untung 2x lipat pas dijual ecer 🤑 recommended
post | Nemu Levi's 501 di tumpukan Gembong 😭 yang mau kayak gini, ke lapak @pakgembong_sby ya
review | Barang monza dari toko ini selalu 'kepala', pengiriman cepat, thanks kak 🙏
post | Tutorial mix & match pakai barang awul2 dari @ngawul.id 👗 semua di bawah 50rb, link bio
post | Vlog ke Pasar Kodok bareng @kodokthrift, mereka juga kirim online, cek katalog ya ✨
review | Roma dari seller ini asli barang Tawau, sepatu Nike-nya 100rb kondisi 90%, mantap
post | Endorse @cabohamadi 🙌 kemeja flanel Korea 35rb, pengiriman ke Merauke aman
live | Kode voucher dari aku buat toko barang kapal @pasarlima.bjm: KAPAL5, berlaku sampai Minggu
post | Day in my life jadi reseller cakar 😅 belanja di @cakardaimaru, jual lagi di IG, kalian coba deh
review | Bongkar karung live bareng seller ini seru, barangnya beneran luar semua, recommended 💯
post | Unboxing paket kiloan Korea dari @kiloanbusan.id, 5 kilo dapat 22 baju 😍 worth it
post | Haul lebaran 🌙 gamis & koko dari karung Timur Tengah, beli di @bj.kayuagung ya guys

@ reseller_recruit 1111
post | Dicari reseller cakar Makassar! Ambil per iket 20 pcs, untung bisa 100%, DM untuk list harga
message | Mau jadi reseller monza? modal 1jt dapat 40 pcs kepala, kami bantu foto katalog
post | Open dropship baju karung Korea, foto & caption dari kami, kamu tinggal posting 💰
listing | Lowongan reseller roma Nunukan, tanpa modal, sistem titip jual, komisi 20%
post | Buka kemitraan lapak awul-awul: paket 3 karung + spanduk + rak, balik modal 2 bulan
message | Kak mau ikut grup reseller lelong? harga khusus member, stok masuk tiap Kamis dari Kuching
post | Reseller RB wanted 🙋‍♀️ ambil di gudang Maumere, jual di pasar kampungmu, harga grosir
listing | Cari agen BJ di tiap kecamatan Sumsel, suplai karungan rutin dari Jambi
post | Join grup WA 'Juragan Karung' 👉 info karung Korea baru, harga reseller, link di bio
message | Dropshipper cakbo dicari, kami kirim langsung dari Ambon atas nama tokomu
post | Mitra lapak pasar malam: suplai goni Jepang tiap minggu, bisa bayar setelah laku 50%
listing | Reseller PJ Pekanbaru: minimal ambil 1 iket, harga sudah murah, cocok buat ibu-ibu
post | Siapa mau usaha sampingan? Jual ulang kiloan ex Korea dari kami, untung per kilo 20rb 🤑
message | Untuk reseller luar pulau, karung cakar kami kirim pakai kapal Pelni, ongkir ditanggung 50%
post | Kelas gratis 'cara jadi juragan roma' + akses supplier Tawau, daftar via link bio
listing | Cari 10 reseller cabo Manado, harga khusus 15rb/pcs kepala, kirim ke seluruh Sulut
post | Pengen punya lapak pajak kayak kami? Kami suplai monza per goni + ajarin sortir
message | Halo kak, kami supplier karung Jepang ke Bandung & Jogja, reseller baru dapat diskon 5%
post | Dibutuhkan dropshipper barang kapal, modal HP saja, kami yang packing di Banjarmasin
listing | Kemitraan 'Lapak Ngawul' paket 5jt: 2 karung campur, banner, pelatihan sortir
post | Buka reseller bandel jiran ke seluruh Kalbar, stok langsung dari Serikin, harga gudang
message | Kalau jadi reseller tetap, tiap buka karung kamu dapat pilih duluan kepala sebelum dijual
post | Yang mau gabung jaringan agen cakar Sultra, kami suplai dari Parepare tiap minggu 🚢
listing | Reseller baju Batam Lampung dicari, ambil per iket, bisa retur barang cacat

@ bio 1111
profile | Monza Medan 🇮🇩 | buka goni tiap Selasa & Jumat | kirim se-Indo | WA 0812xxxx
profile | Cakar Terong Online 🌸 barang karung Korea & Jepang | COD Makassar | no retur
profile | Supplier karung Korea & Jepang 📦 grosir/ecer | gudang Gedebage | order via link
profile | ROMA NUNUKAN | Rombengan Malaysia asli Tawau | ecer & karungan | kirim Kaltara-Sulsel
profile | Lelong PTK 🛍️ seprei & baju eks Malaysia | Jl. PM Yamin | buka 08.00-17.00
profile | Awul-awul Jogja online ✨ ngawul tanpa ribet | kaos mulai 10k | kirim seluruh Indo
profile | Cabo Manado 🇰🇷 barang Korea dari karung | Jl Sugiono | live tiap Jumat malam
profile | BJ 16 Ilir 🧥 karungan & ecer | kiriman Jambi | WA 0813xxxx
profile | Reseller PJ Kuala Tungkal | jaket, sepatu, tas luar | harga kawan | DM for price
profile | Juragan Goni Tanjungbalai ⚓ grosir per karung | pengiriman seluruh Sumatera
profile | RB Flores 🌊 baju karung Singapura | Maumere-Ende-Larantuka | pesan via WA
profile | Barang kapal Banjarmasin ⛵ Pasar Lima tiap Ahad | ecer/karung | 0852xxxx
profile | Cakbo Mardika 🌴 dapa barang bagus dari karung | kirim Seram & Buru
profile | Kiloan ex Jepang & Korea ⚖️ min 5kg | reseller welcome | gudang Cimahi
profile | PJ Pekanbaru 🧢 Plaza Kodim lt 3 | barang luar baru buka tiap Sabtu
profile | Cakar Palu 🏝️ buka baru Rabu & Sabtu | Lasoani | COD Palu
profile | Bandel jiran Sambas 🇲🇾➡️🇮🇩 per karung & ecer | kiriman Serikin
profile | Sortiran kepala only 👑 kemeja & jaket ex Jepang | grosir per iket | Jakarta Utara
profile | Cakbor Jayapura 🌺 Youtefa & Hamadi | barang karung baru tiap akhir bulan
profile | Baju Batam Bengkulu 🌊 Pasar Panorama | karungan & ecer | ongkir murah

@ evasive_spelling 1111
live | l1ve mlm ini: ｂａｊｕ ｋａｒｕｎｇ jpn, 3 pcs 50k, ketik 'mau' di kolom komen 🔴

@ code_word_regional 1111
review | Monza dari lapak ini mantap, jaket kulitnya awet, seller Pajak Melati jujur, order lagi!
live | Cabo live dari Jalan Sugiono, jaket Korea 25 ribu, yang mau tulis nama + nomor baju

@ bale_vocab 1111
review | Ambil 1 goni Korea di sini, kepalanya banyak, seminggu udah untung, mantap seller 👍
"""
