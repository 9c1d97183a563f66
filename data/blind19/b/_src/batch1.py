# Batch 1: illegal offers, trade logistics / ports / condition words (hand-written)
RECORDS = [
("listing", "logistics_unit_offer", 1, 1, 1, 1, """
READY 3 GONI JAKET CAMPUR LAKI - BUKA IKAT SABTU PAGI
Isi kurleb 110-120 pcs per goni, berat rata2 95 kg
Kondisi campur, ada yg mulus ada yg minus dikit (kancing, noda kerah)
Harga per goni 4,2jt, ambil 3 goni potong 300rb
Lokasi gudang Cakung, bisa lihat2 dulu tapi nggak boleh bongkar sebelum deal
WA 0812xxxx (Bang Tigor)
"""),
("post", "logistics_unit_offer", 1, 1, 1, 1, """
Kiriman kapal udah sandar semalam 🚢🚢
Besok pagi jam 7 kita buka ikat di lapak, yg mau ngubek langsung datang ya. Isinya kemeja flanel sama sweater rajut musim dingin, masih wangi deterjen seberang 😆
Dibuka satu2 depan kalian, gak ada yg diambilin duluan, jujur 100%
Ecer mulai 25rb, borongan tanya di tempat
📍 Pasar Kodim Pekanbaru, blok belakang
"""),
("message", "logistics_unit_offer", 1, 1, 1, 1, """
Selamat sore kak, ini list stok minggu ini ya:
1. Koli celana jeans cewek, 80 kg - 3,8jt
2. Koli kaos anak grade A, 100 kg - 4,5jt
3. Koli campur dewasa grade B, 100 kg - 2,7jt
Semua masih ikatan pabrik sana, belum dibuka. Grade A isinya rata2 layak jual 80%, B sekitar 60%.
Kirim pake ekspedisi laut ke Indonesia timur bisa, ongkir hitung sendiri.
Minat reply nomor koli nya aja kak 🙏
"""),
("listing", "logistics_unit_offer", 1, 1, 1, 1, """
Jual Sortiran Kemeja Pria Per Kilo Murah Grade A Lengan Panjang Formal Kantor
Sudah dipilih dari tumpukan, dicuci dan disetrika, tinggal pajang
Minimal ambil 10 kg, harga 85rb/kg
Sisa karung asli bisa dilihat di video, jadi kakak tau barangnya dari mana
Bukan produksi lokal ya kak, label2 masih tulisan kanji & hangul
Pengiriman dari Medan
"""),
("post", "logistics_unit_offer", 1, 1, 1, 1, """
buat kawan2 yg buka lapak di pasar kaget:
sekarang ada paket "karung kecil" isi 50 pcs khusus hoodie & crewneck, kondisi layak pakai, ada yg pudar dikit warnanya tapi masih gagah
harga 1,6jt/paket, udah termasuk ongkir jawa
barang turun dari kontainer minggu lalu, stok cuma 12 paket
yg serius DM, jgn cuma nanya harga terus ilang 😤
"""),
("listing", "logistics_unit_offer", 1, 1, 1, 1, """
TUMPUKAN JAKET KULIT - 1 LOT 100 PCS
campuran coklat & hitam, ukuran L-XXL mayoritas
ada beberapa yg kulitnya retak di siku, ada yg kayak baru. namanya juga lot, untung-untungan
lot kiriman terakhir dari seberang sebelum razia, habis ini belum tentu ada lagi
harga lot 9jt nego tipis, COD gudang Tanjung Morawa
"""),
("live", "logistics_unit_offer", 1, 1, 1, 1, """
[LIVE 20.00] BUKA IKAT KOLI KE-3 MALAM INI!!
guys ini koli isi dress sama blouse, sampe hari ini aku juga belum tau isinya apa aja, kita buka bareng2 di live ya
yg mau ketik "mau" + nomor urut barang, siapa cepet dia dapet
harga 35rb-90rb tergantung kondisi, aku sebutin minusnya satu2 biar gak ada drama
jangan lupa follow biar dapet notif 🔔
"""),
("listing", "logistics_unit_offer", 1, 1, 1, 1, """
Karung Sepatu Olahraga Campur | Isi 40-45 Pasang | Grade S
Sepatu lari & sneakers, merk Nike, Asics, NB, Mizuno ada semua tergantung rejeki
Grade S = insole masih bagus, sol belum botak, hanya kotor pemakaian
Harga 5,5jt per karung. Gudang di Batam Center, kirim ke seluruh Indonesia via kargo
Foto isi karung yg udah dibuka ada di sorotan IG kami
"""),
("message", "logistics_unit_offer", 1, 1, 1, 1, """
Pak Haji, barang yang bapak tanya kemarin sudah ada.
Goni selimut dan bedcover, 6 ikat, masing2 kurang lebih 90 kilo. Ada bau lemari sedikit, nanti dijemur saja. Kondisi rata2 masih tebal, ada yang bordirnya tulisan luar.
Harga sama kayak bulan lalu, 2,9 per ikat. Kalau ambil semua saya kasih 2,75.
Truk bisa antar sampai Sengkang hari Kamis.
"""),
("post", "logistics_unit_offer", 1, 1, 1, 1, """
Info buat yg nanya terus: iya, kami jual per kilo, bukan per potong 🙂
🧺 Kaos campur 45rb/kg
🧥 Jaket & outer 70rb/kg
👖 Celana panjang 55rb/kg
Semua dari sortiran karung yang baru datang, sudah disingkirin yg sobek & jamuran. Yg lolos sortir kondisi 7-9/10.
Minimal 5 kg per jenis. Langsung ke gudang, Jl. Kenari (belakang masjid), Bukittinggi.
"""),
("listing", "logistics_unit_offer", 1, 1, 1, 1, """
Paket Usaha Pemula: 1 Goni Baju Anak Campur (Buda-buda) ±150 pcs
Cocok buat yang mau mulai jualan di pasar malam
Isi: kaos, piyama, celana pendek, dress anak. Kondisi layak pakai, beberapa ada noda kecil
Rp 3.100.000 / goni, belum dibuka, langsung dari gudang pelabuhan
Parepare - Sidrap - Pinrang bisa antar
"""),
("comment", "logistics_unit_offer", 1, 1, 1, 1, """
@rinda.ws kak kalau mau yg per koli aku ada, tapi minimal 1 koli ya ga bisa ecer 😅
koli tas wanita isi 60an pcs, ada kulit asli ada sintetis, beberapa lapisan dalamnya udah agak kusam tapi luarnya oke
3,4jt aja, dikirim dari Pontianak
chat aku aja biar aku kirimin video bukanya
"""),
("post", "logistics_unit_offer", 1, 1, 1, 1, """
ALHAMDULILLAH stok turun lagi 🙏
20 ikat campur dari kapal kemarin sore udah di gudang. Buat pelanggan lama yg udah DP, barang disisihkan, ambil paling lambat Minggu.
Sisa 7 ikat bebas, first come first serve. Grade A tinggal 2 ikat.
Isi per ikat ±100 kg, harga sama kayak biasa.
Yang bukan pelanggan boleh ikut, asal bayar lunas di tempat.
"""),
("listing", "logistics_unit_offer", 1, 1, 1, 1, """
Jual Kiloan Jeans Levis Vintage 80an-90an Made in USA Sortir Tangan
Udah dipilih satu2 dari tumpukan gudang, bukan asal comot
Kondisi fading alami, ada yg robek kecil di lutut (sesuai umur barang)
Harga 250rb/kg, per kg dapet 2-3 celana tergantung ukuran
Ready 40 kg. Tanya stok via DM, katalog foto di highlight "KILOAN"
"""),
# --- port / border route offers
("post", "port_route_offer", 1, 1, 1, 1, """
Barang Tawau sudah masuk Nunukan bos 👍
Jaket, kemeja, celana kargo, sudah dipilah. Kondisi bagus2, banyak yang masih kaku kainnya.
Ambil ecer boleh, ambil ikatan lebih murah.
Pengiriman ke Tarakan, Tanjung Selor, Berau lewat speed atau kapal Pelni.
Info: 0812xxxx (Daeng Ucu)
"""),
("listing", "port_route_offer", 1, 1, 1, 1, """
Outer Wanita Lot Entikong - 30 Pcs Campur Cardigan Blazer Trench
Lot kecil buat reseller online, satu lot 30 pcs, foto semua ada
Kondisi 8/10 ke atas, yg ada minus udah ditandai di foto
Harga lot 1,35jt (rata2 45rb/pcs)
Kirim dari Pontianak, JNE/J&T/kargo
"""),
("message", "port_route_offer", 1, 1, 1, 1, """
Bg, muatan Tanjungbalai masuk Kamis malam. Kali ini banyak kemeja batik Malaysia sama baju kurung, kondisi layak, beberapa warnanya udah turun sikit.
Kalau abang mau, 2 ikat aku tahan dulu, DP 1jt aja.
Harga per ikat 3,5. Jemput di Kisaran atau aku titip bus ke Medan.
Jangan lama2 balas ya bg, banyak yg antri.
"""),
("post", "port_route_offer", 1, 1, 1, 1, """
Yg di Dumai dan sekitarnya 📢
Lapak kami buka lagi setelah sepi sebulan. Barang dari pelabuhan rakyat, fresh dibongkar, belum dipilih siapa2.
Sweater, mantel, celana bahan, sepatu kulit. Harga mulai 15rb.
Tiap Rabu & Sabtu sore di depan ruko Jl. Sudirman ujung.
Bawa kantong sendiri ya, kami ga sedia plastik 😁
"""),
("listing", "port_route_offer", 1, 1, 1, 1, """
Sepatu Boots Kulit Pria Ex Eropa Size 42 - Dr Martens 1460 Original
Kondisi 8/10, kulit udah kebentuk kaki pemakai sebelumnya, sol masih tebal
Masuk lewat Batam minggu lalu, 1 pcs only, ukuran cuma ini
Harga 650rb, bisa nego pas COD
Free semir sebelum kirim
"""),
("post", "port_route_offer", 1, 1, 1, 1, """
Pagi geng! Kapal dari Port Klang udah bongkar di Belawan semalam, siang ini barangnya nyampe lapak 😎
Banyak jersey bola jadul sama jaket windbreaker. Ada yang nomor punggungnya udah retak2, tapi itu yang dicari kolektor kan?
Datang langsung ke lapak, Pajak Melati lorong 3, cari spanduk kuning.
Yang mau dikirim, chat dulu, kita videocall pilih barang.
"""),
("comment", "port_route_offer", 1, 1, 1, 1, """
Kak kalau cari mantel wol buat ke luar negeri mending di aku aja.
Baru datang dari Tanjungpinang 12 potong. Warna camel, abu, navy. Semua udah dry clean, kondisi 9/10, ada 2 yang lapisan dalamnya sobek dikit (harga beda).
300-450rb. Cek postingan pin di akunku ya kak 🙏
"""),
("post", "port_route_offer", 1, 1, 1, 1, """
ambo baru pulang dari Tembilahan, bawo barang dari kapal pompong 🛶
kemeja lengan panjang, jas, celana kain. sudah dicuci, masih ado bau laut sikit, jemur sajo
harga kawan: kemeja 20rb, jas 60rb
ambiak di rumah ambo, Padang Panjang, atau COD di pasar hari Jumat
"""),
("listing", "port_route_offer", 1, 1, 1, 1, """
Grosir Tas Branded Ex Singapura via Karimun - Coach, Kate Spade, Michael Kors
Sudah dibersihkan, kondisi 7-9/10, ada pemakaian di sudut & handle
Ambil 10 pcs harga grosir 180rb/pcs, ecer 280rb
Keaslian dijamin, kami bukan jual KW
Ready 34 pcs, foto real ada di katalog WA, chat 0812xxxx
"""),
("message", "port_route_offer", 1, 1, 1, 1, """
Assalamualaikum bu, ini dari Ina yg di Nunukan.
Barang titipan ibu sudah ada: 2 karung kecil baju gamis & mukena dari Sabah, kondisinya bagus, cuma ada 3-4 yg ada noda bedak di kerah. Sudah saya cuci semua.
Total 2,2jt sudah sama ongkos kapal ke Pare.
Transfer bisa ke rekening kemarin ya bu. Terima kasih 🙏
"""),
("post", "port_route_offer", 1, 1, 1, 1, """
LAPAK BANG UCOK - TIBA DARI LAUT 🌊
Hari ini buka ikatan baru isi celana pendek & kaos olahraga. Kondisi macam2, yg bagus digantung, yg kurang ditumpuk (5rb-10rb ambil aja sepuasnya).
Lokasi: Pasar Tungging, Pekanbaru.
Buka jam 9 pagi sampai habis.
"""),
# --- condition-word offers
("listing", "condition_word_offer", 1, 1, 1, 1, """
Kemeja Flanel Uniqlo Japan Tag L - Kondisi 8/10
Warna hijau kotak2, ada fading natural di kerah
Tag masih tulisan Jepang, bukan versi lokal
LD 112, panjang 76
Datang bareng satu ikatan flanel minggu ini, cuma 1 ukuran ini aja
Harga 95rb. Cek katalog buat warna lain
"""),
("listing", "condition_word_offer", 1, 1, 1, 1, """
Vintage 1994 Harley Davidson Tee Single Stitch XL
Kondisi 7/10: ada pinhole 2 di punggung, sablon crack (ciri khas umur)
Label pudar tapi masih terbaca made in USA
Dipungut dari tumpukan gudang kiriman seberang, 1 of 1
1,2jt nego sopan. Rekber ok
Ga terima tuker tambah
"""),
("post", "condition_word_offer", 1, 1, 1, 1, """
Drop hari ini: 15 varsity jacket wol kulit 🔥
Semua no defect mayor, cuma bau gudang (nanti kakak laundry aja). Beberapa patch udah lepas benang dikit.
Asalnya dari satu koli campur yg kita buka Senin, dipilihin yg paling layak.
Harga 275rb–450rb
Cara order: komen nomor foto, nanti admin DM
"""),
("listing", "condition_word_offer", 1, 1, 1, 1, """
Dress Korea Motif Bunga - Layak Pakai Sudah Dicuci & Disetrika
Size M (LD 90), bahan sifon tipis, lapisan dalam ada
Minus: jahitan ketiak agak lepas dikit, bisa dijahit sendiri
Label hangul, bukan barang Tanah Abang
Rp 45.000 — stok cuma 1 ini, ukuran lain ga ada
Pengiriman dari Makassar, Pasar Terong
"""),
("post", "condition_word_offer", 1, 1, 1, 1, """
Rekomendasi jaket gunung murah buat yang mau naik Semeru 🏔️
The North Face Gore-Tex warna merah, kondisi 8,5/10, ada noda kecil di lengan kiri, resleting lancar. Made in Vietnam tapi labelnya label Eropa.
Aku dapat dari lapak @gudang.lintas.selat, dia baru bongkar satu ikatan outdoor kemarin. Masih ada banyak tuh, harganya 200-an.
Gas sebelum habis guys
"""),
("listing", "condition_word_offer", 1, 1, 1, 1, """
[SOLD 1 SISA 2] Sweater Rajut Nenek Handmade
Dari koli musim dingin, pilihan dari tumpukan ratusan
Kondisi: ada pilling dikit (wajar rajutan), no hole, no noda
1. Krem motif salju - 85rb
2. Hijau botol - 75rb
Ukuran cuma ini ya, semuanya one size
Ongkir dari Bandung (Gedebage)
"""),
("review", "condition_word_offer", 1, 1, 1, 1, """
⭐⭐⭐⭐⭐ Seller recommended banget!
Beli 3 kemeja di toko Lemari Lintas Laut, barangnya sesuai deskripsi: "kondisi 9/10, ada minus kancing kurang 1". Beneran cuma itu minusnya. Wangi, udah disetrika rapi.
Katanya barangnya dari karung kiriman Korea, makanya kualitas kain beda.
Admin fast response, kirim cepat. Bakal order lagi pas dia buka ikatan baru!
"""),
("listing", "condition_word_offer", 1, 1, 1, 1, """
Coat Panjang Burberry Nova Check Lining - Original
Dapat dari ikatan Jepang, kondisi 8/10: kancing lengkap, lining masih bagus, ada garis lipatan di bahu
P 110 cm, L bahu 46 — cocok buat tinggi 165-175
2,3jt. Bisa cek keaslian di tempat (Blok M Square lt. basement)
"""),
("post", "condition_word_offer", 1, 1, 1, 1, """
sepatu2 yang lolos seleksi minggu ini 👟
- Adidas Samba 41, insole tipis, 7/10, 280rb
- Onitsuka 40, outsole 80%, 350rb
- Converse 70s 43, kanvas agak kusam, 220rb
semua udah deep clean, asal dari karung sepatu yg dibongkar di Cimol
pengiriman tiap sore, order lewat link di bio
"""),
("listing", "condition_word_offer", 1, 1, 1, 1, """
Kebaya Encim Nyonya Vintage - Kain Ex Penang
Bordir tangan masih utuh, kain sudah menguning di beberapa bagian (umur)
Layak pakai untuk acara atau koleksi
1 pcs only, LD 96
Harga 375rb. Masuk bareng kiriman kapal dari Penang bulan lalu
"""),
("comment", "condition_word_offer", 1, 1, 1, 1, """
Halo kak @deasy.kuliner, yang kakak cari ada nih di aku:
rok plisket wol Jepang 3 warna (abu, hitam, coklat), kondisi 9/10, ga ada noda cuma agak kusut karena lama di dalam ikatan. Semuanya dari kiriman Osaka yang baru dibuka.
65rb aja per pcs. Aku DM ya kak 😊
"""),
("post", "condition_word_offer", 1, 1, 1, 1, """
Yang nanya celana cargo military, ini restock ya 🪖
Celana M-65 & BDU asli surplus tentara, ada jejak jahitan nama, ada yg pudar warnanya (justru itu yang dicari)
Asal dari tumpukan gudang yang masuk lewat pelabuhan, barang sana semua bukan bikinan konveksi
150-250rb. Stok terbatas, 1 ukuran 1 barang
Order DM aja
"""),
]
