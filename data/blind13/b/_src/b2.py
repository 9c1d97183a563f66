# Batch 2: more offers of imported used clothing, other voices and registers
R = [
("post", "x_thread_offer", (1, 1, 1, 1), """1/ thread jualan ya, maaf timeline kalian aku kotorin dikit 🙏
2/ aku jual sisa stok jaket sekenan dari bal Jepang yang aku borong bulan lalu, ada 12 pcs
3/ harga 60-110rb tergantung merk, foto lengkap di reply bawah
4/ bisa cod di stasiun Manggarai, sisanya kirim
5/ rt boleh banget biar laku, makasih mutualsss"""),
("post", "plain_offer", (1, 1, 1, 1), """Ready Stock Kemeja Batik Jepang Vintage 🌸
Ini bukan batik Indonesia ya kak, motifnya aloha & kimono pattern, didapat dari karung impor second
Bahan rayon adem, kondisi 90%
1 pcs 45rb, ambil 3 jadi 120rb
Order lewat keranjang kuning"""),
("listing", "keyword_stuffed_title", (1, 1, 1, 1), """Paket Usaha Thrift 50 Pcs Kaos Impor Bekas Murah Grosir Reseller Balpres Korea Bangkok
Isi 50 kaos campur brand dan polos
Kondisi layak jual, sudah disortir dari noda berat
Pas buat yang baru mulai jualan di TikTok
Harga per paket 400rb, gratis ongkir Jawa"""),
("post", "leetspeak_evasion", (1, 1, 1, 1), """s3c0nd 1mp0r jp 👀 st0ck fr3sh
j4k3t uniql0 d0wn 75rb
c04t w0l 90rb
k3m3j4 linen 30rb
4ll 1t3m b3k4s p4k41 y4 kk, b4c4 d3skr1ps1 s3b3lum 0rd3r
dm 4j4 biar ga k3n4 h4pus"""),
("post", "euphemism_evasion", (1, 1, 1, 1), """Kak, aku jual "baju pernah dipakai orang luar" ya 🤭 paham kan maksudnya
Dari negeri ginseng sama negeri sakura, dateng pake karung gede
Semua sudah cuci setrika, tinggal pakai
Harga sahabat mulai 25k
Tanya via DM biar ga di-takedown lagi postingannya"""),
("post", "emoji_evasion", (1, 1, 1, 1), """🧥 + 🇰🇷 + ♻️ = harga 💸 miring
📦 baru dibongkar tadi siang
🏷️ 30k - 80k
📍 Pasar Kodim Pekanbaru, kios no 17
🛵 bisa antar sekitaran kota
➡️ DM ya kak, aku balas cepet"""),
("message", "wa_broadcast", (1, 1, 1, 1), """Assalamualaikum bapak ibu pelanggan setia 🙏
Alhamdulillah koli dari Dumai sudah sampai tadi malam
Isinya campuran pakaian bekas pria wanita, banyak gamis dan kemeja
Yang mau lihat silakan datang ke rumah ya, Jl. Melati gang 3 (belakang masjid)
Harga per potong mulai 10rb, per koli bisa nego"""),
("post", "hidden_gems_offer", (1, 1, 1, 1), """HIDDEN GEMS ALERT 💎
Nemu jaket Patagonia retro di tumpukan karung, kondisi 95%!!
Sama ada vest fleece TNF juga, ukuran M
Dua-duanya dari bal Amerika yang baru dateng Senin kemarin
First come first serve, yang transfer duluan dapet
Harga di DM"""),
("comment", "reply_to_buyer", (1, 1, 1, 1), """Bisa kak kirim ke Makassar 🙏 Ini semua baju bekas impor Jepang ya, bukan reject pabrik.
Kalo mau ambil banyak buat dijual lagi, aku ada juga yang per karung, lebih murah.
Langsung wa aja 0812xxxx biar gampang ngirim foto"""),
("post", "bale_reseller_recruit", (1, 1, 1, 1), """Dicari mitra reseller baju second import area Kalimantan Timur
Kami importir lama (sejak 2015), barang masuk dari Malaysia lewat jalur Kalimantan Utara
Tersedia bal kaos, bal celana, bal anak, bal selimut
Harga mitra lebih murah 10% dari harga eceran grosir
Hubungi pak Darman 0852xxxx, serius saja"""),
("listing", "household_textile_offer", (1, 1, 1, 1), """Selimut Bekas Jepang Tebal Lembut Bal Impor
Ukuran queen, motif random (tidak bisa pilih)
Sudah dicuci dan dijemur, bebas bau apek
Cocok buat kos-kosan atau homestay
Harga 65rb/lembar, ambil 10 lembar 550rb"""),
("post", "glued_hashtag_evasion", (1, 1, 1, 1), """restock sore ini jam 4 ya! kali ini banyak rok midi sama cardi rajut 🧶
yang kemarin nanya outer panjang juga ada beberapa
#thriftimport #bajuseken #karungkorea #preloveddjepang #ootdthrift #balpresbandung"""),
("post", "plain_offer", (1, 1, 1, 1), """Lapak kami di Pasar Baru Bukittinggi jual jaket gunung bekas luar negeri
Banyak yang cari buat naik Marapi atau Singgalang
Ada merek Columbia, Mont-bell, Jack Wolfskin, semua dari karungan
Harga 100-250rb, masih bisa ditawar kalau ambil lebih dari satu
Buka setiap hari jam 9-17"""),
("message", "dm_reply_offer", (1, 1, 1, 1), """Ini pricelist ya kak:
Bal sepatu campur (±40 pasang) 2,5jt
Bal sepatu sport branded (±30 pasang) 4jt
Barang masuk dari Port Klang, singgah Belawan, baru ke gudang Medan
Bisa kirim ke Aceh, Riau, Sumbar
Mau dikirimi video isi bal dulu?"""),
("post", "haul_names_seller", (1, 1, 1, 1), """Budget 100rb dapet apa di thrift shop Blok M? 🤔
Aku dapet: sweater rajut (35k), celana kulot (30k), topi baseball (15k), sama tote bag (20k)
Semua dari toko @gudangsekenbm di lantai basement, mereka jual baju bekas impor Jepang & Korea
Masih sisa 0 rupiah wkwk
Komen kalau mau part 2!"""),
("profile", "shop_bio", (1, 1, 1, 1), """Okinawa Vintage Corner 🌺
Curated second hand from Japan, langsung dari bal, dipilih satu-satu
Jaket | Kemeja | Denim | Sneakers
Drop tiap Rabu & Sabtu 19.00 WIB
Shopee / Tokopedia: okinawavintage
Alamat: Malang, COD area kampus"""),
("post", "spaced_evasion", (1, 1, 1, 1), """b.a.j.u   b.e.k.a.s   i.m.p.o.r
stok banyak, sortir ulang kemarin
yang penting mulus dan layak pakai 👌
mulai 15 rb aja, ongkir hemat dari Kudus
ketik o.r.d.e.r di komen nanti aku dm"""),
("post", "regional_code_word", (1, 1, 1, 1), """Mari mampir ke lapak Bundo, monja baru bongkar pagi ko 🙏
Baju kuruang indak ado, tapi kemeja jo celano banyak
Sado nan ado dari karuang Jepang jo Korea
Harago mulai 20 ribu sajo
Di Pasar Raya Padang, lantai 3, lapak dakek tangga"""),
("listing", "plain_offer", (1, 1, 1, 1), """Tas Ransel Anello Bekas Ori Jepang
Warna navy, kondisi 85%, ada sedikit kusam di bagian bawah
Tali dan resleting masih berfungsi normal
Didapat dari karung tas impor, jadi tanpa dus & tag
Harga 95rb, kirim dari Surabaya"""),
("post", "live_sale_call", (1, 1, 1, 1), """LIVE JAM 9 PAGI BESOK ⏰
Kita bedah 1 bal dress Korea bareng-bareng
Harga ditentukan pas live, biasanya 25-60rb
Siapin saldo, siapin jempol, karena rebutan 😂
Kalau telat join jangan marah ya, barang 1 pcs doang per model"""),
("post", "bale_grade_lot", (1, 1, 1, 1), """Grade A+ sortiran Kaos Anak Branded per Koli 🧒
Merk GAP, Old Navy, Carter's, H&M
Semua bekas pakai, dipilih yang masih terang warnanya
1 koli ±45 kg, harga 3,6jt
Gudang di Tanjungpinang, kirim Pelni ke Jakarta juga bisa"""),
("comment", "reply_to_buyer", (1, 1, 1, 1), """Min ini second import kan? Aku mau yang ori Jepang ya
— Balasan penjual: Iya kak, semua second import dari bal Jepang, bukan produk lokal. Kak bisa checkout langsung, stok yang di etalase berarti ready 🙏"""),
("post", "plain_offer", (1, 1, 1, 1), """Sepatu bekas impor Taiwan & Korea, sudah di-deep clean satu per satu 👟
Vans, Converse, Adidas, New Balance
Size 37-44, mohon cek insole di foto
Harga 80-200rb
Lapak di Jl. Pemuda Semarang tiap malam minggu, online juga ada"""),
("post", "article_style_promo", (1, 1, 1, 1), """Kenapa banyak anak muda Palembang sekarang beli BJ (baju bekas) di toko kami?
Karena modelnya unik, bahannya awet, dan harganya bersahabat.
Semua koleksi didatangkan dari Singapura dan Korea dalam bentuk bal, lalu kami sortir, cuci, dan setrika.
Kunjungi toko kami di Jl. Sudirman dekat Cinde, atau belanja lewat Instagram @bj.plg.store.
Buka 10.00-21.00 setiap hari."""),
("post", "bale_reseller_recruit", (1, 1, 1, 1), """Mau jadi agen bal di kotamu? 📣
Kami butuh 1 agen per kabupaten untuk wilayah NTB & NTT
Stok pakaian bekas ex Australia masuk rutin 2x sebulan
Agen dapat harga khusus + prioritas grade A
Persyaratan: punya gudang atau tempat penyimpanan
Info: 0819xxxx (Bu Wayan)"""),
("live", "live_sale_call", (1, 1, 1, 1), """Selamat malam semuanya, live kedua hari ini ya 🙏
Yang barusan masuk, ini kita lagi gelar bal hoodie dari Korea
Sebutin nomor, aku angkat, aku tunjukin minusnya kalau ada
Semua bekas ya say, wajar ada pudar dikit
Checkout lewat link di keranjang, jangan lewat DM"""),
]
