# Illegal records, batch B. Tuple: (kind, category, offer, used, clothing, abroad, text)
RECORDS = [
("listing", "marketplace_title", 1, 1, 1, 1, """Kemeja Hawaii Pria Motif Bunga Rayon Vintage Original Jadul Retro Pantai Layak Pakai Murah
Kemeja rayon motif tropis, jatuh bagus, 1 pcs saja.
Kondisi 8,5/10: tidak ada noda, kancing lengkap, label tinggal separuh karena sudah sering dicuci pemilik lama.
Masuk bareng kiriman kapal via Belawan.
Size tag L (LD 60). Harga 65rb."""),

("post", "invented_code_word", 1, 1, 1, 1, """Bantal guling putih 3 biji udah sampe rumah 😆📦
(buat yg belum tau: itu bukan bantal beneran ya)
Isinya: 1 kemeja, 1 jaket, 1 campur celana. Semua pernah dipakai, tapi gw pilihin yg masih bagus dari tumpukan.
Kita buka bareng di live TikTok Sabtu jam 20.00, harga spesial buat yang nonton.
Pengiriman dari Pekanbaru."""),

("listing", "unit_logistics", 1, 1, 1, 1, """Dijual: Jas & Blazer Pria Campur per Ikat (±40 pcs)
Ikatan utuh dari kapal, belum dibuka, bisa lihat foto ikatan & label pengirim.
Rata-rata jas wool dan poliester, ada tanda pemakaian wajar, kadang ada yang masih mulus.
Harga 2,2jt per ikat. Lokasi gudang dekat Pelabuhan Dumai."""),

("message", "broadcast", 1, 1, 1, 1, """Selamat malam pelanggan 🙏
Info: barang dari 'om kapal' masuk besok pagi, lapak buka jam 07.00.
Yang paling banyak kali ini kaos bola & jersey, kondisi bagus tapi ada nomor punggung yang udah retak sablonnya.
Harga 20rb/pcs, ambil 5 jadi 90rb.
Tempat seperti biasa: Pasar Sumpang, Parepare, samping penjual ikan kering."""),

("post", "english_mix", 1, 1, 1, 1, """Restock alert ⚠️ Japanese workwear jackets, straight from the container
Chore coats, hanten, denim work shirts - all naturally worn in, fading & repairs add character.
Condition from 7/10 (patchwork) to 9/10. Each piece one of one.
Drop Sunday 7PM on website, link in bio. Shipping from Medan.
#workwear #chorecoat #fadedjacket"""),

("comment", "live_reply", 1, 1, 1, 1, """Yg tanya kondisi: semua jaket di rak kanan itu 8/10 ke atas kak, paling minus bau lemari, udah kita laundry.
Barang kita ambil langsung dari gudang Gedebage tiap Senin, bukan barang baru ya kak, sudah pernah dipakai.
Mau yang mana nomornya?"""),

("listing", "marketplace_title", 1, 1, 1, 1, """Tas Branded Wanita Ori Kondisi 85% Lengkap Dustbag Dari Gudang Batam Murah Meriah
Tas bahu kulit, warna coklat tua.
Ada lecet di sudut bawah (pemakaian), tali masih kuat, resleting lancar.
Dustbag ada tapi sudah kusam.
Barang pilihan dari tumpukan kiriman, 1 pcs saja. 450rb nett."""),

("post", "story_caption", 1, 1, 1, 1, """Cerita dikit ya: lapakku di Pasar Terong ini udah jalan 6 tahun, modal pertama cuma 1 karung 😭
Sekarang tiap minggu ambil 5-6 karung yang naik dari kapal, isinya baju anak sampai gaun pesta.
Semua udah dipakai orang tapi masih sangat layak, kadang masih wangi parfum pemilik lamanya wkwk.
Mampir ya, lantai 2 sebelah tangga. Atau pesan online lewat WA 0812xxxx."""),

("listing", "grade_letter", 1, 1, 1, 1, """Hoodie Campur - Sortir Atas (A) & Sortir Bawah (C)
A: 55rb/pcs, tanpa noda, sablon utuh, dipakai ringan.
C: 15rb/pcs, ada sobek/noda/sablon retak, cocok buat kerja atau dijual lagi.
Semua dari ikatan yang dibongkar di gudang Tanjungpinang, per Kamis.
Min. 10 pcs untuk grade C. Kirim JNE/J&T."""),

("message", "supplier_offer", 1, 1, 1, 1, """Pak Haji, ini saya Anto yang biasa kirim ke Banjarmasin.
Ada 12 goni lagi tertahan di Tawau, kemungkinan nyeberang ke Nunukan Rabu.
Isi campur: kemeja, celana, selimut. Semua barang pakai, kondisi seperti biasa.
Harga per goni naik 300rb karena ongkos di laut naik. Mau ambil berapa, Pak? Saya tunggu kabar sebelum Senin."""),

("live", "live_sale", 1, 1, 1, 1, """🎥 LIVE SHOPPING - Rak Sepatu Pelabuhan 👟
Malam ini 60 pasang sneakers & boots dibongkar dari koli yang baru sampai.
Semua sudah dipakai (namanya juga dari 'sana'), tapi udah kita cuci, jemur, dan semprot anti bau.
Sol & upper dikasih lihat satu-satu di kamera.
Harga mulai 75rb. Checkout keranjang kuning sesuai nomor."""),

("post", "market_nickname", 1, 1, 1, 1, """Info buat yang di Medan: 'Pasar Loak Kapal' kami pindah ke belakang Pajak Sambu mulai bulan ini 🙏
Stok tetap dari karung yang sama, jaket, jeans, kemeja lengan panjang.
Barang pakai tapi bagus-bagus, kondisi kami tulis di tiap gantungan.
Tiap Selasa & Jumat buka karung baru. Jumpa kita di sana, kawan!"""),

("listing", "condition_words", 1, 1, 1, 1, """Jaket Kulit Domba Pria Size M - Kondisi 8/10
Kulit lembut, warna hitam mulai pudar di lipatan siku (wajar dipakai).
Lining masih bagus, resleting YKK lancar.
Jaket ini pilihan dari tumpukan kiriman yang masuk lewat Entikong bulan lalu, cuma ada 1.
Harga 320rb, bisa COD Pontianak kota."""),

("post", "emoji_abbrev", 1, 1, 1, 1, """OPEN PO KOLI 📦✨ (bukan barang baru ya, barang 'jalan jauh' 🚢)
🔹 Kaos cwk 1 koli ±200 pcs - 2,5jt
🔹 Dress & rok 1 koli ±120 pcs - 3jt
🔹 Jaket cwo 1 koli ±60 pcs - 3,8jt
Kondisi campur 6-9/10, tergantung rejeki 😂
Close PO Jumat, barang dari Btm ke alamat kalian ±7 hari."""),

("comment", "pointer_elsewhere", 1, 1, 1, 1, """Buat yang DM nanya harga: semua ada di katalog WA, klik link di bio aja.
Stok minggu ini dari gudang Kebon Kalapa, jaket & celana kargo, kondisi pernah dipakai tapi masih rapi.
Jangan tanya 'masih ada?' di komen ya kak, langsung chat biar cepet 🙏"""),

("listing", "unit_logistics", 1, 1, 1, 1, """Gorden & Taplak Meja per Kilo (Min 20 kg)
Kain rumah tangga campur: gorden, taplak, sarung bantal.
Datang dalam ikatan dari luar pulau lewat Tanjungbalai, sudah pernah dipakai di rumah orang, ada noda & pudar matahari.
Harga 17rb/kg, cocok untuk usaha penjahit daur ulang atau jual lagi di pasar.
Ambil di gudang Kisaran."""),

("post", "regional_flavour", 1, 1, 1, 1, """Bubuhan Banjar, lapak ulun di Pasar Sudimampir buka lagi kaina pagi 🙌
Baju datang kiriman kapal dari Nunukan, sudah dipakai urang tapi masih bungas banar.
Kemeja 25 ribu, jaket 60 ribu, celana jins 50 ribu.
Kada usah malu manawar, asal kada kada-kada hargaannya 😁"""),

("message", "wa_catalog", 1, 1, 1, 1, """Kak, ini aku kirim video isi ikatan yang aku buka tadi pagi ya.
Ada 14 kemeja linen, warnanya lembut, beberapa udah melar di kerah tapi masih enak dipakai.
Semua datang lewat Belawan, udah aku rendam & cuci.
Kalau kakak ambil semua 14 aku kasih 500rb aja, satuan 45rb."""),

("post", "english_mix", 1, 1, 1, 1, """gm gm ☀️ just unpacked today's sack - mostly y2k baby tees & low rise denim
lived-in condition, some have tiny stains (marked w/ red sticker)
each piece cuma 1, ukuran ga bisa request
droppin at 8PM on the close friends story, comment 'CF' to be added
📍Bandung, ships nationwide"""),

("listing", "marketplace_title", 1, 1, 1, 1, """Sweater Rajut Pria Wanita Oversize Tebal Lembut Motif Nordic Vintage Layak Pakai No Minus
Sweater rajut hasil pilihan dari karung yang datang bulan ini.
No minus berarti tidak ada bolong & noda, tapi tetap ada tanda dipakai (sedikit pilling).
Size bebas, cek ukuran di foto terakhir.
Dikirim dari Tanjungpinang. Harga 70rb."""),

("post", "story_caption", 1, 1, 1, 1, """Ngobrol sama kurir tadi: 'isinya apa sih mbak, tiap minggu karung gede terus?' 😂
Isinya rezeki, Pak.
Minggu ini jaket jeans & kemeja flanel, semua udah ada yang punya sebelumnya, kami rawat lagi biar layak dipakai.
Check out di shopee: Lapak Mbak Rara, atau live jam 9 malam."""),

("profile", "shop_profile", 1, 1, 1, 1, """Kios Uda Jon - Pasar Aur Kuning Bukittinggi
Menjual pakaian pilihan kiriman Dumai: jaket, kemeja, celana, sepatu.
Barang pakai, sudah dibersihkan, harga miring.
Buka setiap hari 08.00-17.00
Pesanan luar kota via WA 0812xxxx"""),

("listing", "condition_words", 1, 1, 1, 1, """Sepatu Boots Kulit Wanita Size 38 - No Defect
Dipakai beberapa kali oleh pemilik sebelumnya, sol masih 90%, kulit diolesi semir ulang.
Datang satu koli dengan barang lain lewat Tanjungbalai, cuma pasangan ini yang ukuran 38.
Harga 180rb, nego tipis."""),

("comment", "reseller_recruit", 1, 1, 1, 1, """Kak yg mau jadi reseller, syaratnya gampang: ambil min 30 pcs dari katalog tiap bulan.
Barangnya dari tumpukan kiriman kapal, sudah terpakai tapi kondisi 8/10 ke atas, udah bersih & foto HD.
Harga reseller 40% di bawah harga ecer. DM aja ya."""),

("post", "invented_code_word", 1, 1, 1, 1, """KOPER HITAM DATANG 🖤🖤🖤
Koper hitam bulan ini isinya tas-tas cewek, dari tote sampai sling.
Sudah dipakai, ada yang kulitnya retak dikit, ada yang masih kinclong.
Dijual satuan mulai 35rb. Penukaran koper hitam = jam 7 malam di live IG @koperhitam.id
(yang sering ikut pasti paham dari mana koper ini berlayar 😉)"""),

("listing", "unit_logistics", 1, 1, 1, 1, """Kontainer 20 ft kemeja & kaos campur, estimasi ±450 ikat kecil
Sudah sandar di pelabuhan, barang pakai kondisi campur standar pasar.
Cari pembeli borongan 1 kontainer atau patungan per 50 ikat.
Serius saja, bisa lihat fisik di gudang Belawan.
Kontak via DM, nomor tidak kami tulis di sini."""),

("message", "buyer_reply_seller", 1, 1, 1, 1, """Bisa kak, celana cargo yang abu itu waist 32, panjang 100.
Ada noda cat kecil di paha kanan, gak ilang dicuci, tapi gak terlalu kelihatan.
Itu dari iket yang masuk lewat Batam minggu lalu, barang pakai ya kak bukan baru.
Harga 60rb, ongkir ke Semarang 15rb."""),

("post", "regional_flavour", 1, 1, 1, 1, """Lur, lapak kulo ing alun-alun kidul buka malem iki 🌙
Klambi kiriman kapal, wis tau dienggo nanging isih apik, wis dikumbah resik.
Kaos 15 ewu, jaket 50 ewu, sepatu 60 ewu.
Monggo mampir, nek adoh iso WA sik 0812xxxx."""),

("listing", "grade_letter", 1, 1, 1, 1, """Kemeja Batik & Kemeja Kantor Pria - Grade B Per 50 Pcs
Grade B artinya ada minus: kerah kusam, kancing hilang 1-2, noda kecil.
Sudah pernah dipakai, tidak dicuci.
Hasil sortir dari ikatan yang masuk dari Port Klang.
Harga 50 pcs = 600rb, ambil di Medan Belawan."""),

("live", "live_sale", 1, 1, 1, 1, """Selamat sore!! live hari ini khusus rok & dress panjang 👗
Baru kami turunkan dari koli yang sampai tadi siang lewat Parepare.
Kondisi kami sebut satu-satu, yang 9/10 digantung kiri, yang ada minus di kanan.
Harga 35-85rb, boleh borong.
Ketik nomor gantungan buat keep, 1 jam tidak transfer otomatis lepas ya."""),

("post", "english_mix", 1, 1, 1, 1, """Fresh off the boat 🛳️ literally.
Outdoor fleece & shell jackets, gently used, washed, zipper checked.
Pics show every flaw (little pills, faded logo, one small burn hole on #7).
All 1/1, price 120-260k. Pick up Senen area or ship anywhere.
DM 'FLEECE' to get the price list."""),

("comment", "live_reply", 1, 1, 1, 1, """@ayu_rsyd iya kak itu sepatu kulit cowok 42, udah pernah dipake tapi solnya baru diganti tukang kami.
Asalnya dari tumpukan yang sandar di Nunukan, jadi jangan berharap ada kotak ya kak 😅
Harga 110rb, mau langsung checkout?"""),

("listing", "marketplace_title", 1, 1, 1, 1, """Baju Tidur Piyama Wanita Satin Campur Motif 10 Pcs Paket Hemat Layak Pakai Pilihan
10 piyama satin campur ukuran S-XL, pernah dipakai tapi masih lembut dan tidak berbau.
Diambil dari ikatan kiriman Tanjungpinang, dicuci dengan deterjen lembut.
Beberapa ada benang tertarik kecil.
Paket 10 pcs 175rb."""),

("post", "story_caption", 1, 1, 1, 1, """Balik dari gudang pinggir sungai di Tanjungbalai, mobil full 4 goni 🚐💨
Ini buat stok lapak sebulan ke depan, isinya kebanyakan jaket & sweater.
Udah pernah dipake orang sana, tapi masih tebel-tebel.
Mulai dijual minggu depan di Pasar Simpang Limun, sama di live FB tiap malam Minggu."""),
]
