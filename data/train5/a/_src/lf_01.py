R = [
("message","wa_broadcast","1111","""📢 BROADCAST TOKO SAKURA SANDANG 📢
Selamat pagi kakak-kakak pelanggan setia 🙏
Hari Kamis kemarin kiriman barang seken dari Belawan sudah masuk, isinya:
- kemeja flanel eks Jepang ±60 pcs
- hoodie & sweater Korea ±40 pcs
- celana chino campur ukuran
Harga mulai 25rb, grosir min 10 pcs dapat harga khusus.
Ketik FOTO untuk minta katalog, ketik ALAMAT untuk lokasi toko.
Stok terbatas ya, siapa cepat dia dapat 🏃‍♀️"""),
("message","chat_thread_seller","1111","""Pembeli: kak, jaket parka yg hijau army masih?
Penjual: masih kak 🙏 itu bawaan goni Jepang minggu lalu, LD 58 panjang 74
Pembeli: ada minusnya?
Penjual: ada bekas jahitan kecil di saku kiri kak, selebihnya aman. makanya aku kasih 85rb
Pembeli: ongkir ke Bogor?
Penjual: 18rb kak via JNT, total 103rb. mau aku keep dulu?"""),
("post","caption_restock","1111","""BONGKAR HARI INI 🔥🔥
Dua koli dari Osaka akhirnya sampai di lapak, isinya mayoritas outer wanita & kemeja linen.
Semua sudah kami pilah, yg bolong dipisah, yg bagus dipajang.
📍 Pasar Senen Blok III lt. 2, los C-17
⏰ buka 08.00–16.00
Datang pagi biar dapet yang terbaik ya!
#thriftjepang #secondjepang #senen #outerwanita"""),
("live","live_script","1111","""Oke oke yang baru masuk live, selamat datang! Kita lagi buka bal isi jaket winter dari Korea ya.
Caranya gampang: tiap aku angkat barang, aku sebut nomor & harga. Kalian komen nomor + 'ambil'.
Yang pertama komen, dia yang dapet. Abis live aku rekap, bayar max 2x24 jam.
Nomor 7 nih, jaket bulu angsa, bekas pakai tapi masih kembung, 120 ribu. Ayo ayo!
Nomor 8 coat panjang abu, ada noda dikit di lengan, 70 aja."""),
("post","reseller_recruit","1111","""OPEN RESELLER & DROPSHIPPER 🤝
Kamu mau punya toko online tanpa stok? Kami suplai pakaian second pilihan asal Jepang & Korea.
✔ foto real & caption siap pakai
✔ harga agen mulai 18rb/pcs
✔ bisa kirim atas nama tokomu
✔ grup WA khusus reseller, info barang baru tiap minggu
Syarat cuma satu: aktif posting. Daftar lewat DM @sandangtokyo.id atau WA 0813xxxx"""),
("listing","multi_listing","1111","""PAKET USAHA SEKENAN JEPANG 🇯🇵
Isi 50 potong kemeja pria campur (formal & kasual)
Ukuran M sampai XL, kondisi layak jual ±90%
Harga 1.250.000 sudah termasuk packing karung
Pengiriman dari gudang Batam via kargo laut, 5–7 hari ke Jawa
Cocok buat pemula yang mau coba buka lapak atau jualan live"""),
("post","price_list","1111","""Daftar harga minggu ini (berlaku s/d Sabtu):
Kaos oblong Korea 2nd — 15rb
Kemeja Jepang lengan panjang — 30rb
Blus/atasan wanita — 25rb
Jaket denim — 70rb
Coat/parka tebal — 110rb
Beli 10 potong bebas pilih potong 10%. Barang bisa diambil di lapak Gedebage atau dikirim."""),
("profile","shop_bio","1111","""🧥 Lemari Hokkaido | pakaian pre-owned asli Jepang
📍 Medan – Pajak Melati los 3
🚚 kirim ke seluruh Indonesia
🕗 buka tiap hari 08.00-17.00
💬 pesan lewat DM / WA 0812xxxx
✨ testi di highlight"""),
("message","order_confirmation","1111","""Konfirmasi pesanan #TK-0882
Nama: Kak Melati (Samarinda)
Isi: 3 kemeja seken eks Jepang (M, M, L), 1 rok plisket Korea, 1 tas selempang eks Korea
Subtotal 195.000 + ongkir 42.000 = 237.000
Pembayaran sudah kami terima. Paket dikirim besok via JNE, resi menyusul lewat chat ini.
Terima kasih sudah belanja di Lapak Nara 🌸"""),
("post","comment_thread_seller","1111","""@yuniar_p: kak ukuran dress yang kedua berapa?
@lapak.seoulan: LD 90 panjang 110 kak, bahan rayon, pakaian bekas Korea kondisi 9/10
@yuniar_p: ada yg warna lain?
@lapak.seoulan: warna hijau udah aku keep buat kakak yang lain, tapi ada yang hitam motif kecil, sama harganya 45rb
@yuniar_p: oke hitam aja
@lapak.seoulan: siap, silakan checkout di link bio ya kak 😊"""),
("post","caption_haul_shop","1111","""Haul jaket musim dingin buat trip ke Dieng 🥶
Semua aku dapet dari @gudang.korea.bdg, thrift bekas impor tapi kondisinya kayak baru. Total 4 jaket cuma 300 ribuan!
Adminnya ramah, bisa video call buat liat detail.
Buat kalian yang cari jaket tebel murah, langsung ke sana aja, bilang dari aku dapet diskon 10% 😉
#haul #jaketkorea #thriftkorea #racun"""),
("message","wa_broadcast","1111","""Assalamualaikum bapak ibu reseller.
Update stok gudang Tanjungbalai:
1. Bal campur Korea 100 kg — tersedia 12
2. Goni celana panjang Jepang — tersedia 5
3. Ikat sepatu 25 pasang — tersedia 8
Harga sama seperti bulan lalu. Kapal berikutnya belum pasti karena cuaca, jadi yang mau amankan stok silakan transfer DP.
Barang dikirim pakai truk ke Medan, Pekanbaru, Padang."""),
("post","stall_directions","1111","""Banyak yang DM nanya lokasi, ini ya 👇
Lapak kami ada di Pasar Tungging, Kupang. Dari pintu depan lurus terus sampai ujung, belok kiri, lapak terpal biru.
Tiap Senin & Kamis kami bongkar barang baru dari luar: kemeja, celana jeans, baju anak.
Harga mulai 10rb, bisa tawar kalau ambil banyak.
Kalau malu tanya harga, tunjuk aja, kami yang jelasin 😄"""),
("live","live_script","1111","""Selamat malam semuaa! Jangan lupa tap love dan share ke teman ya.
Malam ini kita khusus sepatu second dari Jepang, ukuran 38 sampai 44.
Semua udah dicuci dan disikat, sol dicek satu-satu.
Harga pembuka 60rb, yang mau komen ukuran + nomor sepatu.
Nomor 3, Onitsuka Tiger ukuran 41, 95rb, ada yang mau?
Yang udah menang langsung klik keranjang kuning ya"""),
("post","giveaway_promo","1111","""🎉 GIVEAWAY ULANG TAHUN TOKO KE-3 🎉
Hadiah: 3 paket isi 2 kemeja + 1 outer pilihan dari koleksi eks Jepang kami
Cara ikut:
1. follow @rak.nippon.id
2. like & simpan postingan ini
3. tag 3 teman yang suka barang seken luar
Pemenang diumumkan lewat live Jumat jam 8 malam. Good luck!"""),
("post","soldout_next_batch","1111","""Halo semuanya 🙏
Koleksi preloved Korea batch 21 udah SOLD OUT semua dalam 5 jam, makasih banyak yang udah checkout.
Next batch: kiriman dari Busan via Tanjungpinang, perkiraan sampai Jumat depan.
Isinya katanya banyak coat wol dan cardigan, cocok buat yang mau ke luar negeri.
Aktifkan notifikasi biar gak ketinggalan ya!"""),
("listing","multi_listing","1111","""Dijual cepat, pindah usaha:
- 3 koli sisa kemeja & celana campur eks Singapura (±270 pcs)
- 1 rak besi + 40 hanger
Semua di gudang kecil daerah Batu Aji, Batam.
Harga borongan nego, yang serius bisa lihat langsung. Tidak melayani satuan."""),
("post","testimonial_repost","1111","""Testi dari kak Rahma di Banjarbaru 💕
'Coat Korea nya sampe hari ini, wangi, tebel, ukuran pas. Makasih ya kak, next mau ambil yang cokelat'
Makasih kak udah percaya belanja barang pre-loved luar di toko kecil kami.
Yang cokelat aku simpenin buat kakak 🤎
Buat yang lain, stok coat masih ada 6, langsung chat admin."""),
("message","chat_thread_seller","1111","""A: Bang, goni Jepang yang kemarin masih ada?
B: Tinggal dua, bang. Satu campur kemeja, satu celana.
A: Isinya berapa potong?
B: Kemeja sekitar 400, celana 250an. Kalau ambil dua aku kasih 9 juta pas.
A: Bisa dikirim ke Padang?
B: Bisa, lewat truk dari Dumai, ongkir tanggung berdua ya bang."""),
("post","caption_story","1111","""✨ NEW DROP ✨
Kemeja bermotif gaya 90an, pre-owned dari Tokyo 🇯🇵
Size L–XL, 8 potong aja.
Harga 55k – 75k
Reply story ini dengan nomor yang kamu mau, first come first serve. No booking tanpa DP ya!"""),
]
