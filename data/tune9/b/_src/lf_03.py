R = [
("post","tiktok_caption","""jawab pertanyaan kalian soal toko aku 🧵
• barang dari mana? dari bal Korea & Jepang, aku beli per bal di supplier Bandung
• dicuci dulu? iya, semua laundry
• bisa COD? bisa untuk Bandung Raya
• live kapan? tiap Senin, Rabu, Jumat jam 8 malam
#thriftbandung #secondimport""",1,1,1,1),
("listing","plain_offer","""Sweater Rajut Korea Bekas Impor Wanita – Harga Ecer & Grosir
Bahan rajut tebal, motif dan warna random
Ecer 35rb, ambil 10 pcs 300rb
Kondisi layak pakai, beberapa ada serabut halus (wajar barang second)
Pengiriman dari Cirebon setiap hari kerja""",1,1,1,1),
("message","wa_broadcast","""Selamat pagi bos-bos cakar Sulawesi 🙏
Kontainer minggu ini sudah sandar, isi 40 bal campur Korea.
Harga per bal mulai 3,2jt (grade B) sampai 5jt (grade A jaket).
Pengambilan di gudang Makassar atau kirim via kapal ke Kendari, Bau-Bau, Palu.
Booking sekarang sebelum dibagi ke langganan lama.""",1,1,1,1),
("post","fb_group","""Info lapak minggu ini 😊
Saya jual baju Batam di pasar kaget Perumnas tiap Minggu pagi.
Kemeja kantor 15rb, rok 10rb, jaket 30rb. Barang bekas luar, udah saya cuci.
Yang mau pesan ukuran tertentu bisa komen, nanti saya bawakan.""",1,1,1,1),
("live","live_call","""Kak-kak, ini baru aku potong talinya ya, bal baru dari Jepang 🔪📦
Wah isinya kemeja linen semua! Adem banget buat kerja.
Aku kasih harga opening 30 ribu untuk 10 pembeli pertama.
Ketik 'LINEN' + nomor di komen, nanti aku pin.""",1,1,1,1),
("post","creator_haul","""Review jujur toko thrift online @awulawul.kita 🛒
Pesan 5 kaos vintage harga total 150rb, sampai 2 hari, wangi, dibungkus rapi.
Ada satu yang kerahnya agak melar, tapi sesuai harga.
Mereka bilang barangnya dari bal Amerika. Overall 8/10, bakal repeat order.""",1,1,1,1),
("profile","shop_bio","""Gudang Bal Cilincing 📦
Supplier balpres pakaian bekas impor sejak 2015
Korea • Jepang • China • Thailand
Melayani grosir per bal & per kontainer
Chat admin: 0821xxxx""",1,1,1,1),
("comment","seller_reply","""Halo kak, untuk celana jeans kami ambil dari bal USA.
Ukuran campur 28-38, kebanyakan Levi's, Wrangler, Lee.
Harga satuan 60rb, ambil 10 pcs 500rb.
Kalau mau lihat langsung, gudang kami di Cikarang buka Senin–Sabtu.""",1,1,1,1),
("post","x_post","""gue jualan thrift dari 2018, tips dari gue buat yang mau mulai:
1. beli bal grade A aja di awal, jangan ngiler harga murah grade C
2. foto pakai cahaya alami
3. live konsisten jam yang sama
btw bal jaket gue masih sisa 1, kalau ada yang mau ambil dm""",1,1,1,1),
("listing","bale_wholesale","""Sortiran Grade S Jaket & Coat Winter – Per Kilo
Harga 140rb/kg, minimal pembelian 5 kg
Isi: coat wol, puffer, parka, barang dari bal Korea yang sudah dipilih
Cocok untuk reseller online dan butik vintage
Kirim dari Bogor, packing karung + plastik wrap""",1,1,1,1),
("post","ig_caption","""✨ Monday drop ✨
Kemeja vintage 80s-90s dari bal Jepang, 15 pcs, semua one of a kind.
Harga 65k-120k. Bisa tanya ukuran lewat DM.
Kami kirim Selasa & Kamis.
#thriftshopindonesia #vintageshirt #bekasjepang""",1,1,1,1),
("message","reseller_recruit","""Open mitra cakar untuk wilayah Bone, Sinjai, Bulukumba 🙌
Kami kirim bal Korea sampai ke lokasi mitra.
Sistem: bayar 50% di depan, 50% setelah barang diterima.
Bonus 1 karung gratis untuk pembelian 5 bal pertama.
Hubungi kami untuk katalog dan harga.""",1,1,1,1),
("post","fb_group","""Bunda-bunda, ada yang cari baju anak bekas impor?
Saya ambil dari karungan Korea, sudah saya cuci dan setrika.
Paket isi 5 baju anak umur 2-4 tahun cuma 50rb.
Lokasi Bekasi Utara, bisa antar kalau dekat.""",1,1,1,1),
("live","live_call","""Oke yang ini jaket bomber bekas impor, merk Alpha Industries ya kak.
Ukuran L, kondisi masih mantap, cuma resletingnya agak seret dikit.
Harga 150 ribu, ini paling mahal di live hari ini.
Siapa mau? ketik 'bomber' ya!""",1,1,1,1),
("post","tiktok_caption","""ternyata jualan monza di Medan bisa sampai omzet segini per minggu 😳
kita bongkar bal tiap Kamis, sisanya dijual ke pengecer.
buat yang mau jadi pengecer, bisa ambil 20 pcs dulu.
lokasi lapak di bio ya!
#monzamedan #pajakmelati #jualanthrift""",1,1,1,1),
("comment","seller_reply","""Betul kak, semua tas kami second dari Jepang.
Kami beli per bal, lalu disortir yang branded dan layak.
Yang ini Coach ori, ada serial number, kondisi 85%.
Harga 450rb nego sampai 420rb aja ya.""",1,1,1,1),
("post","x_post","""buat anak Jogja: lapak awul-awul di Pasar Klithikan lagi banyak barang baru bongkaran karung.
aku tiap Sabtu jualan di situ juga, lapak nomor 23, kemeja mulai 15rb.
kalau mau dikeep dulu, mention aja""",1,1,1,1),
]
