# Batch 1: offers of imported used clothing (all four elements), hand-written.
# Tuple: (kind, category, offer, used, clothing, abroad, text)
RECORDS = [
("listing", "plain_offer", 1, 1, 1, 1, """Jaket Bekas Impor Korea Grade A Murah Meriah Original Branded
Kondisi 90% mulus, udah laundry wangi, siap pakai
Ukuran L (LD 112 / P 70), bahan parasut tebal
Minus: resleting agak seret dikit, gak ngaruh
Harga 85rb aja, nego tipis
Kirim dari Bekasi, COD area Jabodetabek bisa"""),
("post", "bale_wholesale_recruit", 1, 1, 1, 1, """OPEN RESELLER & DROPSHIPPER 🔥🔥
Kami supplier bal pakaian second langsung dari gudang, isi campur kaos, kemeja, hoodie
Asal barang Korea & Jepang, 1 bal ±100 kg
Bisa ambil per karung kecil buat pemula (25 kg)
Harga khusus member grup, tanya admin aja
WA 0812xxxx (Bang Tigor) — fast respon jam 8 pagi-9 malam
#balpres #karunganthrift #reselleronline"""),
("live", "live_sale_call", 1, 1, 1, 1, """LIVE JAM 8 MALAM NANTI GAESS 📣
Bongkar bal baru dateng tadi siang, isinya sweater & cardigan Jepang
Semua 35rb/pcs, yang tebel tebel 50rb
Cara ikut: ketik "mau" + nomor gantungan di komen, admin catet
Checkout maksimal 1x24 jam ya say, kalo lewat dilempar ke next buyer
Jangan lupa follow biar dapet notif"""),
("listing", "keyword_stuffed_title", 1, 1, 1, 1, """Kemeja Flanel Second Import Thrift Vintage Uniqlo GU Muji Ori Jepang Bekas Layak Pakai
Pilih motif di varian, stok satuan semua (1 motif cuma 1 pcs)
Kondisi 8.5-9/10, sudah dicuci & disetrika
Size M-XL, detail ukuran tanya chat
Harga 45.000 / pcs — beli 3 free ongkir
Toko: Gudang Flanel Mas Yudi, Pasar Senen Blok III"""),
("message", "wa_broadcast", 1, 1, 1, 1, """*INFO STOK MINGGU INI* 🙏
Assalamualaikum kakak2 reseller,
Karungan celana jeans Korea masuk lagi 12 koli
- Jeans cewe mix: 1,8jt/karung (±90 pcs)
- Jeans cowo: 2,1jt/karung
- Sortiran grade A siap jual 40rb/pcs min ambil 20
Barang turun di Batam kemarin, estimasi sampe Jakarta 4 hari
Yg mau keep langsung japri 0813xxxx, DP 50% ya
Terima kasih 🙏"""),
("post", "evasive_spacing", 1, 1, 1, 1, """b a j u  t h r i f t  impo r dari J 3 p a n g 🇯🇵 masuk lagi nih bestie
tas, topi, jaket semua ada, b e k a s tapi kondisi kece
harga mulai 20 ribuan, ga bakal nyesel
mau liat koleksi? c3k d m aja ya, link ga bisa ditaro disini 🤫
#thriftjkt #ootdmurah #b3k4simp0r"""),
("comment", "reply_check_dm", 1, 1, 1, 1, """@nadiraa_ iya kak masih ada, yg coat panjang warna krem itu dari bal Jepang, bekas tapi bersih bgt ga ada noda
harga 120 ya kak, lingkar dada 104
kalo mau cek dm aja biar aku kirim video detailnya 😊"""),
("listing", "regional_code_word", 1, 1, 1, 1, """Jual Monza Medan Borongan — Kemeja Kantor Pria
1 ikat isi 30 potong, campur merek (Arrow, Van Heusen, Giordano)
Barang monza pilihan, dah disortir dari pajak, sisa yg bagus2
Rp 600.000/ikat, bisa kirim ke luar kota pakai ekspedisi
Lokasi Pajak Melati, Tuntungan
Hubungi Kak Rosmawati 0821xxxx"""),
("post", "regional_code_word", 1, 1, 1, 1, """Cakar baru buka karung ki hari ini di lapak ta' 😍
Banyak dress, blazer, sama rok panjang, barang Korea semua
Harga 25 - 60 ribu ji, datang maki' cepat sebelum habis
Lokasi Pasar Terong lantai 2, sebelah tangga, cari Daeng Ipul
Bisa juga kirim ke luar Makassar, chat mi di 0852xxxx"""),
("post", "regional_code_word", 1, 1, 1, 1, """Awul-awul Jogja buka lapak malem iki lur 🔥
Kaos band, jaket bomber, celana kargo, kabeh barang bal
Rego mulai 10 ewu, sing apik-apik digantung 50an
Nggon biasane, parkiran cedhak alun-alun kidul, jam 7 bengi nganti entek
Yen ra sempet teko, DM wae tak fotoke"""),
("listing", "plain_offer", 1, 1, 1, 1, """SEPATU BEKAS IMPORT — Nike Air Force 1 Size 42
Ex Jepang, insole masih ada, sol belakang tipis dikit
Upper bersih, udah deep clean
Harga 275rb, no box
Bisa cek foto asli sebelum transfer
Gudang kami di Gedebage, kirim tiap hari kecuali Minggu"""),
("post", "haul_with_shop", 1, 1, 1, 1, """Thrift haul minggu ini 🛍️✨
Dapet 5 item cuma 230rb total: blazer wol, 2 knit vest, rok plisket, sama tote bag kanvas
Semua bekas impor Jepang, kondisi kayak baru, bau apeknya ilang setelah direndam
Belinya di @lemari.tokyo.bdg, dia live tiap Selasa & Jumat, recommended banget
Kalian ada rekomendasi toko thrift lain ga? share di komen yaa
#thrifthaul #thriftbandung #hiddengems"""),
("message", "telegram_channel", 1, 1, 1, 1, """📦 CHANNEL GROSIR BALPRES — UPDATE HARIAN
Hari ini ready:
• Bal jaket gunung (UK) 100kg
• Bal kaos anak Korea 45kg
• Bal tas wanita campur, isi ±70 pcs
Harga di pin message, minat klik @admin_balbal
Pengiriman via kargo, alamat gudang tidak kami publikasikan
Pemula? kami sediakan paket usaha 2,5jt sudah termasuk hanger"""),
("live", "live_sale_call", 1, 1, 1, 1, """Yuk yuk merapat yang baru join 🙌
Ini kita lagi spill isi karung no. 7, hoodie second Amrik semua, tebel-tebel!
Yang Champion 65rb, yang polos 40rb
Komen "AMBIL + warna" ya, nanti keranjang kuning diupdate
Stok cuma satu-satu, siapa cepat dia dapat
Ongkir ditanggung pembeli, packing rapi pakai plastik tebal"""),
("post", "evasive_emoji_code", 1, 1, 1, 1, """🎒👟🧥 R3ady stok "pr3l0ved" luar 🌏 fr0m 🇰🇷
Bukan baru ya kak, bekas pakai tapi bersih & wangi
Paket hemat 3 pcs 99k, random size M/L
Mau? ketik 🧥 di kolom komentar nanti mimin DM
Jangan tanya ori atau kw, semua ori dari karung 😉"""),
("listing", "grade_sortir", 1, 1, 1, 1, """Sortiran Grade A Kaos Oblong Second — Per Kilo
Isi campur merk, kondisi bagus, tanpa bolong & noda
Harga 95rb/kg, minimal order 5 kg
Cocok buat modal usaha, jual satuan 25-35rb masih untung
Packing karung, kirim kargo atau ambil sendiri di gudang Cikarang
Ket: sortiran grade B juga ada, lebih murah, tanya aja"""),
("post", "reseller_recruit", 1, 1, 1, 1, """Mau usaha tapi modal tipis? Gabung jadi reseller thrift kami!
✅ Tanpa stok, foto & caption kami siapkan
✅ Barang bekas impor (Korea, Jepang, Hongkong) sudah disortir
✅ Margin bisa 20-50rb per pcs
Cukup bayar pendaftaran 50rb buat masuk grup katalog
Daftar: ketik DAFTAR kirim ke 0857xxxx
Slot terbatas, bulan ini tinggal 15 orang"""),
("listing", "plain_offer", 1, 1, 1, 1, """Tas Coach Preloved Authentic — Ex Jepang
Model tote, kulit pebble hitam, kondisi 85%
Ada sedikit lecet di sudut bawah (lihat foto 4)
Dapat dari lelang bal Jepang, bukan titipan, tanpa dustbag
Rp 650.000 nett, no nego
Pengiriman dari Tanjungpinang"""),
("post", "regional_code_word", 1, 1, 1, 1, """Lelong Pontianak update 🔔
Barang lelong baru masuk dari Entikong: jaket kulit, celana chino, baju tidur anak
Ambek satuan boleh, ambek borong lagi murah
Lapak kamek di Jalan Pahlawan, buka dari pagi sampai magrib
Mun nak pesan dari jauh, WA 0896xxxx, kirim pakai JNT"""),
("comment", "reply_price_link", 1, 1, 1, 1, """Buat yang nanya2 terus di komen 🙏
Iya ini baju bekas, iya dari luar (Korea mostly), iya masih ada stoknya
Harga 30-75rb tergantung model
Semua info & katalog ada di link di bio, order lewat sana ya bukan di komen
Makasih yang udah repeat order 💕"""),
("listing", "keyword_stuffed_title", 1, 1, 1, 1, """Celana Cargo Second Import Bekas Army Outdoor Pria Wanita Thrift Original Bal
Bahan ripstop, warna olive/khaki/hitam (tanya ketersediaan)
Waist 30-36, panjang normal
Kondisi 8/10, ada yg sedikit pudar di lutut
Rp 70rb per pcs, ambil 5 pcs bonus 1
Dikirim dari Pekanbaru"""),
("post", "evasive_leetspeak", 1, 1, 1, 1, """B4ju s3k3n 1mp0r dtg lg 🤙
k4rung4n b4ru d1b0ngk4r, 1s1 jkt d3n1m & k3m3j4 fl4n3l
h4rg4 m4s1h s4m4 k4y4 m1nggu k3m4r3n
y4ng m4u k3p 5k1p c0m3nt, l4ngsung DM 4j4
p0k0kny4 j4ng4n r1but d1 k0m3n y4 😅"""),
("message", "wa_broadcast", 1, 1, 1, 1, """Halo Bu Ibu pelanggan setia Toko Bu Tarmi 🌸
Minggu depan kami buka karung gamis & tunik second dari Malaysia dan Arab
Rata-rata kondisi bagus, banyak yang masih halus bahannya
Harga 35.000 - 80.000, ada juga yang 3 potong 100rb
Mau dikirimkan foto duluan? balas YA
Toko di Pasar Tanjungbalai, depan pangkalan becak
Salam sehat, Tarmi 0812xxxx"""),
("post", "bale_wholesale_recruit", 1, 1, 1, 1, """Supplier karungan tangan pertama, bukan makelar ✋
Kontainer dari Busan sama Osaka kami sortir sendiri di gudang
Kelas A (siap gantung), kelas B (butuh dikit perbaikan), kelas C (murah buat obral)
Harga per koli beda2, min order 3 koli
Pembayaran transfer atau tunai di tempat
Serius aja yang chat, 0821xxxx
#suppliertangan1 #balpresimport #thriftgrosir"""),
("review", "review_names_shop", 1, 1, 1, 1, """⭐⭐⭐⭐⭐ Paket sampai dengan selamat
Hoodie bekasnya beneran dari bal Korea, ada tulisan hangul di labelnya hehe
Kondisi sesuai deskripsi, cuma ada benang lepas sedikit
Penjual ramah, dikasih bonus masker
Recommended buat yang suka thrift, toko ini (Thrifty Corner Bdg) stoknya banyak, pasti repeat"""),
("post", "haul_with_shop", 1, 1, 1, 1, """Ngethrift ke Pasar Senen tadi, budget 200rb dapet segini 😭
- jaket varsity 75rb
- kemeja linen 30rb
- celana Dickies 60rb
- topi 20rb
Semua barang bekas impor, kebanyakan label Jepang sama Amerika
Kiosnya di lantai 2, namanya "Kios Bang Jali 27", abangnya juga bisa kirim online
Next mau ke Pasar Baru ah"""),
("listing", "grade_sortir", 1, 1, 1, 1, """Bal Sepatu Campur Grade B+ — 1 Karung Isi 40 Pasang
Sneakers, boots, pantofel, semua bekas layak pakai
Asal barang Taiwan & Korea
Rp 3.200.000/karung, bisa dicicil 2x buat langganan
Tersedia juga karung khusus sepatu anak
Lokasi gudang: Dumai, kirim seluruh Sumatera"""),
("post", "evasive_glued_hashtag", 1, 1, 1, 1, """Outer rajut gemes ini cuma 45rb aja 🧶
kondisi 9/10 no minus, bahan adem
Size fit to L, panjang 60
Yuk langsung DM sebelum dicomot orang
#bajubekasimportmurah #thriftkoreaoriginal #balpressjepang #secondbranded #preloveduniqlo"""),
("message", "wa_broadcast", 1, 1, 1, 1, """[PRE ORDER KARUNG BULAN DEPAN]
Buat agen2 yang kemarin tanya: PO bal kemeja putih sekolah & kantor ex Jepang dibuka
Harga estimasi 2,7jt/bal isi ±350 pcs (bekas, kondisi campur)
DP 1jt, pelunasan saat barang tiba di Belawan
Kuota 20 bal, dibagi yang DP duluan
Konfirmasi ke Koh Ahui 0822xxxx"""),
("live", "live_sale_call", 1, 1, 1, 1, """Ayo kak yang mau daster & baju tidur, kita lanjut ya 🌙
Ini semua dari karung Jepang, bekas tapi bahannya lemes adem
Satu 15rb, tiga 40rb, buruan sebelum tutup live
Yang udah komen nama + nomor hanger saya bacain satu-satu ya
Kakak Nining nomor 12 ✅, Kak Febi nomor 3 ✅
Yang lain ditunggu, masih banyak nih"""),
("profile", "shop_profile", 1, 1, 1, 1, """Gudang Thrift Kang Asep | Bandung 🧥
Baju bekas impor Korea-Jepang, satuan & karungan
Buka reseller seluruh Indonesia
Offline: Pasar Gedebage Blok C No. 14
Order: link di bawah ⬇️ | WA 0813xxxx"""),
("comment", "reply_check_dm", 1, 1, 1, 1, """Kak masih ready kok bal kaos anak Korea-nya, sisa 2 karung 😊
1 karung 45 kg isi sekitar 250 pcs, bekas tapi banyak yg masih bagus
Untuk harga & ongkir ke Lombok sudah aku kirim ke dm ya kak, tolong dicek"""),
("post", "regional_code_word", 1, 1, 1, 1, """Roma Kupang ada barang baru hari Sabtu 🙏
Baju roma dari karung Timor Leste e, macam-macam: kemeja, jaket, rok, sepatu
Harga murah sa, 10 ribu su dapat kaos bagus
Datang ke lapak di Pasar Oebobo, dekat penjual sirih
Atau kontak Mama Yuli 0853xxxx"""),
("listing", "plain_offer", 1, 1, 1, 1, """Coat Wanita Wool Second Jepang — Panjang Selutut
Merk Lowrys Farm, warna camel
LD 100, panjang 95, kondisi 9/10 (ada pilling dikit di ketiak)
Cocok buat ke Korea/Jepang pas winter
Harga 180rb. Barang dari bal, bukan punya pribadi
Kirim dari Surabaya (Pasar Gembong)"""),
("post", "evasive_misspelling", 1, 1, 1, 1, """Bju bks imprt ready lgi kak!! 😍😍
Tsedia jaket, kmeja, kaos, cln pnjng
Hrga mulai 25rb, bisa COD wilayah Samarinda
Brg dr krgn Malaysia lwt Tawau, kondsi msh bgs2
Mnat? lgsg WA aja 0852xxxx jgn chat di sni"""),
("post", "creator_recommendation", 1, 1, 1, 1, """Buat kalian yang nanya aku beli outer-outer ini di mana 👇
Semua dari akun @kamar.preloved.kr, mereka jual baju bekas langsung dari Korea (sumbernya karungan, jadi harus gercep pas live)
Harganya 40-90rb, packing rapi, udah dicuci
Aku bukan endorse ya, beli pake duit sendiri 😆
Save post ini biar ga lupa!"""),
]
