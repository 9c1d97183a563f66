R = [
("post","port_route_offer","1111","""Untuk pelanggan di Kalimantan Barat:
Barang dari Kuching masuk lewat Entikong setiap minggu, isinya pakaian seken Malaysia campur.
Kami terima pesanan per karung (±60 kg) atau per ikat.
Pengiriman ke Sanggau, Sintang, Pontianak pakai pickup.
Pembayaran setelah barang dicek di tempat untuk pelanggan lama."""),
("message","wa_broadcast","1111","""*INFO BARANG MASUK* 🗓 Senin
Dari Dumai: 6 koli kemeja & celana kantor eks Singapura
Dari Belawan: 4 koli jaket & hoodie Korea
Harga per koli seperti biasa, reseller lama dapat prioritas.
Barang eceran sudah dipajang di lapak mulai jam 9.
Mohon jangan telepon, chat saja. Terima kasih 🙏"""),
("profile","shop_bio","1111","""Preloved Japan 🇯🇵 | Korea 🇰🇷 | Europe 🇪🇺
Since 2017 • Bandung
Semua barang dicuci ulang sebelum kirim
Shopee / Tokopedia: bajunippon_bdg
Grosir? chat admin 2 (link di bawah)"""),
("post","caption_haul_shop","1111","""Vlog ke Senen bareng bestie 🛍️
Spot favorit kami: lapak Bang Roy lantai 2, khusus kemeja Jepang bekas. Dia yang paling jujur soal minus barangnya.
Aku dapet 3, bestie dapet 5, total 210rb.
Kalau kalian ke sana, cari lapak dengan spanduk kuning, bilang aja kenal dari video ini 😆
Full video di YouTube!"""),
("post","comment_thread_seller","1111","""@dimasrdy: bang yang kotak-kotak size apa?
@kiosk.tokyo2nd: M bang, lebar 52. dari goni Jepang kemarin 👌
@dimasrdy: ada yang L?
@kiosk.tokyo2nd: yang L ada warna biru tua, sama 40rb
@dimasrdy: dua2nya deh, ongkir Cirebon berapa?
@kiosk.tokyo2nd: 12rb bang, total 92rb. rekening di bio ya"""),
("message","chat_thread_seller","1111","""Pembeli: Pak, saya mau buka usaha baju bekas, bisa ambil per karung?
Penjual: Bisa mbak. Ada bal Korea isi 200-an potong, campur atasan wanita.
Pembeli: Harganya?
Penjual: 3,8 juta mbak. Kalau ambil 2 saya kasih 7,3.
Pembeli: Itu udah dicuci?
Penjual: Belum mbak, masih dari pabrik sortir di sana. Nanti mbak cuci sendiri biar lebih bersih."""),
("listing","multi_listing","1111","""[SEKEN JEPANG] Kimono & Haori Asli
- Haori sutra motif bunga, panjang 80 cm — 150rb
- Kimono katun biru, ada noda kecil — 220rb
- Obi lebar emas — 90rb
Semua barang pre-owned didatangkan dari Kyoto. Foto asli, bisa video call.
Pengiriman dari Surabaya."""),
("post","giveaway_promo","1111","""Mau jaket Korea gratis? 😍
Kami lagi ngadain giveaway buat ngerayain pembukaan lapak baru di Pasar Sentral Makassar!
1. Datang ke lapak, foto di depan spanduk
2. Upload di IG story, tag @cakarkita.mks
3. Tunjukin ke kasir, langsung dapat kupon
Hadiah utama 5 jaket bekas Korea pilihan. Diundi Minggu sore."""),
("post","english_mix_seller","1111","""Restocked: vintage Americana 🇺🇸
Varsity jackets, chore coats, band tees – semuanya second asli USA.
Sizes M-XXL, prices 120k-450k.
Shipping from Bali to anywhere in Indonesia, international buyers DM us.
Grab them before the weekend, they go fast!"""),
("live","live_script","1111","""Live jualan Sabtu sore ✨
Hari ini tema 'office look' - semua kemeja, blazer, rok span bekas dari Jepang.
Aku cobain satu-satu biar kalian liat jatuhnya di badan.
Harga rata 45rb, blazer 65rb.
Yang mau, komen nomor + nama, nanti aku kirim invoice lewat DM. Kirim mulai Senin."""),
("post","bargain_thread","1111","""Nego di kolom komentar boleh, tapi yang masuk akal, please 😅
Tas kulit seken eks Italia ini aku buka 350rb, nego tipis masih bisa.
Kemarin ada yang nawar 100rb, maaf belum bisa.
Barang siap dilihat di toko kami di Tanjungpinang, atau video call dulu juga boleh."""),
("post","restock_notice","1111","""Baru buka bal thrift dari Jepang, isinya bikin senyum 😁
Banyak jaket gunung merk Mont-bell & Snow Peak, beberapa masih ada nama pemilik lama di dalamnya.
Harga 150–300rb tergantung kondisi.
Yang sudah antre di list tunggu, aku chat duluan malam ini.
Sisanya dipajang besok di lapak Kebon Kalapa."""),
("post","reseller_recruit","1111","""Dicari mitra jualan di kota kecil (Sulawesi, Maluku, NTT) 🗺️
Kami suplai cakar (pakaian bekas luar negeri) per karung langsung dari Makassar.
- Harga mitra lebih murah 15%
- Pengiriman kapal Pelni, aman
- Bisa campur jenis dalam satu karung
Hubungi admin, sebutkan kota kamu."""),
("post","caption_story","1111","""Tadi subuh barang nyampe dari pelabuhan 🚢
Aku buka satu ikat dulu, isinya celana jeans Levi's, Lee, Wrangler dari Amrik, bekas tapi masih tebel.
Yang minat DM nomor foto, aku kasih harga.
Stok lainnya dibuka besok."""),
("message","order_confirmation","1111","""Terima kasih, transfer sudah masuk ✔
Detail kiriman:
1 ikat jaket campur eks Korea (±40 pcs)
Tujuan: Toko Berkah, Jl. Merdeka, Bengkulu
Kurir: ekspedisi truk, berangkat Rabu dari Pekanbaru
Mohon konfirmasi kalau barang sudah sampai ya pak, biar kita bisa atur kiriman berikutnya."""),
]
