ITEMS = [
("listing","plain_offer",1,1,1,1,"""Paket Usaha Thrift Pemula
Isi 30 pcs baju bekas impor grade A campur (kaos, kemeja, celana)
Harga 450rb sudah termasuk hanger dan plastik
Cocok buat yang mau buka lapak di pasar malam atau jualan online
Pengiriman dari Surabaya"""),
("message","wa_broadcast",1,1,1,1,"""Pagi bosku 🙏
Update gudang:
- bal selimut Korea 8 bal
- bal bedcover Jepang 5 bal
- bal handuk campur 6 bal
Harga sama kayak bulan lalu. Yang mau ambil partai besar bisa nego.
Pengambilan di gudang Belawan jam 8-16."""),
("live","live_call",1,1,1,1,"""Kita mulai live thrifting malam ini ya kak
Semua item di rak belakang saya ini second import, ada Zara, H&M, Uniqlo, Muji
Harga mulai 30rb
Mau diliat lebih dekat bilang aja, nanti aku zoom
Checkout di keranjang, kode sesuai nomor di hanger"""),
("listing","plain_offer",1,1,1,1,"""Dijual Jas & Blazer Pria Bekas Impor Jepang
Cocok buat kerja, wisuda, kondangan
Ukuran 46-52, warna hitam, navy, abu
Harga 75rb - 150rb
Kondisi bagus, sudah dry clean
Lokasi Pasar Senen, blok III, bisa kirim"""),
("post","haul_names_shop",1,1,1,1,"""POV: kamu iseng ke monza Pajak Melati, pulang bawa 6 kemeja 😂
Tempat favorit aku: lapak Kak Butet di lorong tengah, barangnya rapi dan bersih
Kemeja 15-25rb, jaket 40rb
Kalau mau ke sana, datang pagi pas bongkar karung
#monza #medan #thrifting"""),
("comment","seller_reply_thread",1,1,1,1,"""Maaf kak baru balas 🙏
Sortiran grade A yang kemarin sudah habis, sisa grade B.
Grade B itu masih layak pakai tapi ada minus kecil (pudar/noda tipis).
Harganya 30rb per kilo, minimal 10 kilo.
Minggu depan kami buka bal baru dari Korea, mau dicatat dulu pesanannya?"""),
("profile","shop_bio",1,1,1,1,"""Gudang Balpres Bekasi
Supplier pakaian bekas impor sejak 2014
✔ bal utuh & eceran kiloan
✔ jaket, kemeja, celana, anak, sepatu
✔ reseller dan pemilik lapak welcome
Alamat lengkap via DM"""),
("listing","misspelled_offer",1,1,1,1,"""Jaket jins sekon impor, merk Levis & Lee
ukuran M-XL, kondisi msih bgus
harga 85rb/pcs, ambil 3 jd 230rb
brg dr bal USA asli bukan lokalan
bisa kirim seluruh indo"""),
("post","plain_offer",1,1,1,1,"""Restock Jumat malam 🛍️
Kali ini dari bal dress Korea, ada 40 dress panjang & midi.
Harga 45-70rb. Foto dan ukuran lengkap sudah diupload di feed.
Cara order: komen nomor foto + DM admin.
Yang tidak transfer dalam 2 jam, barang dilempar ke yang antre."""),
("message","wa_broadcast",1,1,1,1,"""Kak, ini katalog lengkap baju bekas Jepang yang ready di toko kami.
Silakan dipilih, tinggal kirim nomor fotonya.
Kemeja wanita 35rb, blus 30rb, rok 30rb, outer 55rb.
Pengiriman dari Malang setiap hari pukul 3 sore."""),
("listing","bale_wholesale",1,1,1,1,"""JUAL BAL PAKAIAN ANAK EX KOREA
Berat 45 kg | isi ± 400 pcs
Ukuran bayi sampai 10 tahun
Grade A, bahan tebal-tebal
Harga 3,9 juta
Lokasi Medan, kirim ke Aceh & Riau bisa"""),
("live","live_call",1,1,1,1,"""Siapa yang kemarin minta cakar sepatu? Nih malam ini kita keluarin 2 karung 👟
Ukuran 36 sampai 44, Nike, Adidas, Puma, Skechers
Harga 60rb sampai 150rb
Tolong sabar ya, adminnya cuma 2
Yang di Makassar bisa ambil langsung besok"""),
("post","reseller_recruit",1,1,1,1,"""Buat kalian yang mau buka usaha baju bekas impor tapi bingung ambil barang di mana:
Kami jual eceran dari bal, mulai 5 kg, bisa campur kategori.
Harga reseller khusus pembelian di atas 25 kg.
Lokasi gudang Cimahi, bisa kirim ke luar pulau.
Info lanjut chat admin."""),
("profile","shop_bio",1,1,1,1,"""Awul-awul Kang Dodi 🙌
Lapak baju impor bekas di Sekaten & pasar malam keliling
Jadwal buka cek story, biasane Setu Minggu
Sing penting murah, apik, lan bersih
WA 0896xxxx"""),
("listing","plain_offer",1,1,1,1,"""Kaos Vintage Harley Davidson Second Import USA
Tahun 2000an, sablon retak alami
Size XL, jahitan single stitch
Harga 275rb, nett
Ini hasil hunting dari bal kaos Amerika, cuma 1 pcs"""),
("comment","seller_reply_thread",1,1,1,1,"""Terima kasih kak sudah belanja di lapak kami 😊
Untuk pertanyaan soal asal barang: semua pakaian kami bekas impor dari Jepang, diambil dari pengepul di Batam.
Kami cuci ulang semua sebelum dipajang.
Kalau ada ukuran yang tidak cocok bisa tukar di toko maksimal 3 hari."""),
("post","plain_offer",1,1,1,1,"""BUKA LAPAK CAKAR DI PASAR SENTRAL BONE ‼️
Hari pertama diskon semua item
Kemeja 10rb, celana 15rb, jaket 25rb
Barang baru turun karung pagi ini
Ajak keluarga dan teman2 ya"""),
]
