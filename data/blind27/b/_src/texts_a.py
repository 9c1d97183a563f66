# Batch A: illegal records, "plain" third and "code words / geography" third.
# Each tuple: (kind, category, "offer used clothing abroad" as 4 chars, text)
# Every text below was typed by hand, one by one.

ROWS_A = [
("listing", "plain_offer", "1111", """Kemeja Flanel Second Import Korea Pria Wanita Murah Meriah
Kondisi 85-95%, sudah dicuci dan disetrika, no bolong no noda
Ukuran M sampai XL, cek foto ya kak, 1 foto = 1 barang
Harga 45rb aja, ambil 3 jadi 120rb
Barang bekas impor ya kak, bukan baru, mohon dimaklumi kalau ada bekas pemakaian"""),

("post", "plain_haul_with_seller", "1111", """hasil bongkar bal hari ini di lapak @gudangjaket.rino 😍🔥
dapet coach jacket Jepang cuma 60rb, hoodie champion 75rb
baju thrift di sana masih wangi karung wkwk tapi kualitas juara
yang mau nitip bilang aja, besok aku balik lagi ke sana jam 9 pagi
#thrift #thriftshop #bongkarbal #thriftindonesia"""),

("message", "plain_wa_broadcast", "1111", """*BROADCAST BONGKAR BAL* 📦
Bismillah, besok Sabtu jam 13.00 kita buka bal baru kemeja & blus ex Jepang.
Isi kurang lebih 350 pcs, grade A campur B.
Harga buka 25rb-50rb/pcs, siapa cepat dia dapat.
Lokasi: Lapak Bu Iyem, belakang parkiran Pasar Senen Blok III.
Info & keep: 0813xxxx (WA only, no call)"""),

("live", "plain_live_call", "1111", """Halo halo kakak semua yang baru join, langsung aja ya kita lanjut bongkar karungan dari Korea!
Ini celana cargo bekas, pinggang 32, kondisi masih mulus, 55 ribu aja kak.
Ketik KEEP + nomor barang di kolom komentar, jangan cuma nanya nanya ya 😂
Yang udah checkout tolong bayar dalam 1x24 jam, karung berikutnya nunggu nih.
Stok bekas impor kita selalu fresh tiap minggu, follow biar gak ketinggalan!"""),

("profile", "plain_shop_bio", "1111", """🌿 Sekar Thrift Co. 🌿
Jual pakaian bekas impor pilihan — Jepang, Korea, Hongkong
Sortir sendiri dari bal, dicuci bersih sebelum kirim
Open reseller & dropship, harga khusus ambil per lusin
Pengiriman dari Bandung ke seluruh Indonesia
Order via DM atau WA 0857xxxx"""),

("comment", "plain_seller_reply", "1111", """@dinda.ayuu iya kak ready, itu sweater Uniqlo second dari bal Jepang, LD 104 panjang 66.
Kondisinya ada sedikit pilling di lengan tapi gak keliatan pas dipake.
Harga 70rb belum ongkir ya. Kalau jadi langsung DM aja, nanti aku kirim video detailnya."""),

("listing", "plain_offer", "1111", """JAKET KULIT BEKAS IMPOR ITALIA ASLI KULIT DOMBA
ex Eropa, datang dari karung campuran bulan lalu
Warna coklat tua, size L (LD 112), resleting YKK normal
Ada baret halus di kantong kanan, sisanya aman
Harga 385.000 nego tipis, COD area Jakarta Timur bisa"""),

("post", "plain_reseller_recruit", "1111", """MAU USAHA TAPI MODAL TIPIS? 🤔
Gabung jadi reseller baju bekas impor bareng kami!
✅ Ambil eceran per 10 pcs, gak harus sekarung
✅ Barang bekas Korea & Jepang grade A, udah disortir
✅ Foto katalog kami kasih, tinggal posting ulang
Margin bisa 2-3x lipat lho kak. Slot terbatas, DM @baleshop.id sekarang"""),

("listing", "plain_offer_kids", "1111", """Paket Baju Anak Bekas Jepang isi 12 pcs
Campur cowok cewek usia 2-5 tahun, merk Uniqlo, Combi mini, Nishimatsuya
Kondisi layak pakai 80-90%, langsung dari karungan impor
Cocok buat main sehari-hari biar gak sayang kalau kotor
Harga paket 95rb, bebas pilih warna dominan (tulis di catatan)"""),

("message", "plain_price_list", "1111", """Pricelist gudang minggu ini (update Senin):
- Bal kaos campur Korea 100kg : 6,8jt
- Bal jaket winter Jepang 50kg : 7,5jt
- Bal celana jeans USA 45kg : 5,9jt
Ongkir ekspedisi ditanggung pembeli. DP 50% baru kita kirim.
Barang bekas semua ya bos, ada cacat dikit wajar. Tanya2 japri 0812xxxx"""),

("post", "plain_tiktok_caption", "1111", """POV: kamu nemu jersey bola original di tumpukan thrift cuma 35rb 🥹⚽
part 2 besok kita bongkar bal Thailand isi sepatu sama tas
semua bisa dibeli di keranjang kuning atau langsung ke toko @kolongthrift.sby
#thrifting #barangbekasimpor #jerseyori #fyp"""),

("listing", "plain_offer_shoes", "1111", """Sepatu Running Nike Pegasus Second Original Import Size 42
Insole masih empuk, outsole tinggal 70%, upper bersih
Asal dari bal sepatu Vietnam, udah di-deep clean
Box tidak ada ya kak, dikirim pakai plastik bubble tebal
Rp 240.000 — stok cuma 1"""),

("review", "plain_review_names_seller", "1111", """Ke-3 kalinya belanja di toko Lemari Nenek Thrift, masih puas 👍
Sweater rajut bekas Korea yang aku beli baunya udah gak apek, packing rapi.
Adminnya juga jujur nyebutin ada benang yang ketarik dikit.
Buat yang cari baju second impor harga mahasiswa, rekomen banget toko ini, cek aja di Shopee namanya sama."""),

("live", "plain_live_call", "1111", """Oke gaes sekarang masuk sesi blazer ya, ini semua dari bal Korea yang baru sampe kemarin sore.
Blazer wanita bekas, harga flat 50 ribu, nomor 1 sampe 40.
Jangan lupa share live-nya biar makin rame, nanti aku kasih bonus scarf buat yang beli 3.
Yang nanya ini baru atau second: second ya kak, tapi kondisi bagus bagus semua."""),

("post", "plain_fb_group_offer", "1111", """Assalamualaikum ijin promo admin 🙏
Jual borongan baju bekas impor campuran, kurang lebih 80 kg, bekas sisa lapak saya yang mau tutup.
Isinya kaos, kemeja, sedikit celana. Asal bal Malaysia.
Lepas 3,2jt aja, ambil di tempat daerah Tangerang Kota.
Serius hubungi 0896xxxx. Terima kasih"""),

("listing", "plain_grade_bale", "1111", """Ballpress Baju Wanita Premium Korea Grade A 100 kg
Isi blouse, dress, rok, cardigan — estimasi 400-450 pcs
Kualitas sortiran atas, reject sangat minim
Kirim dari Pekanbaru via ekspedisi laut/darat
Harga 7,2 juta/bal, bisa bantu foto isi sebelum kirim"""),

("comment", "plain_seller_reply", "1111", """Buat yang nanya2 di atas: iya bund semua barang di lapak kami baju bekas impor, bukan KW, bukan baru.
Dateng tiap Kamis dari gudang Gedebage, jadi kalau mau pilih yang bagus mending dateng Kamis sore.
Alamat di bio ya, atau chat aja dulu biar aku fotoin."""),

("post", "plain_ig_caption", "1111", """New drop Friday!! 🛍️
12 varsity jacket vintage ex-USA, semua second, kondisi 8/10 ke atas
Harga mulai 150k, detail ukuran di slide terakhir
First come first serve via DM, no hold lebih dari 3 jam ya
@varsity.gudang #secondimport #vintageusa #thriftjakarta"""),

("message", "plain_wa_reply", "1111", """Siang kak, makasih udah chat Warung Baju Mbak Sari 😊
Untuk gamis bekas impor yang kakak tanya masih ada 4 potong, asalnya dari bal Malaysia.
Ukuran semua allsize, lingkar dada sekitar 100-110.
Harga 65rb/pcs, ambil semua 220rb. Mau dikirim pakai JNE atau J&T kak?"""),

("listing", "plain_hidden_gems", "1111", """HIDDEN GEMS!! Tas Kulit Coach Second Import Jepang
Ditemukan di bal tas campuran, kode dalam masih jelas
Kulit agak kering di pojok, bisa dirawat lagi pakai leather conditioner
Tali selempang lengkap, resleting lancar
Rp 420rb, no tukar no retur karena barang bekas"""),

("post", "plain_market_promo", "1111", """Lapak kami di Pasar Baru lantai 4 masih buka seperti biasa ya pelanggan setia 🙏
Stok baju bekas impor baru masuk: kemeja batik Jepang (yukata motif), jaket parasut, celana chino.
Harga grosir buat yang mau jual lagi, eceran juga boleh.
Kios nomor 27, cari aja Bang Ucok, yang suaranya paling kenceng 😂"""),

("review", "plain_review_names_seller", "1111", """Rating 5/5 buat @tumpukan.kain
Aku pesen paket jaket musim dingin bekas Korea 3 pcs buat trip ke Dieng.
Semuanya tebel, bulunya masih ngembang, cuma satu ada noda dikit di kerah tapi udah diinfo duluan.
Kalau mau beli barang second impor yang penjualnya jujur, ke sini aja."""),

# ---------- code words and geography ----------

("listing", "regional_code_word", "1111", """Cakar Makassar Kiriman Baru dari Pare-Pare 🔥
Kemeja kerja pria bermerek, harga mulai 20rb
Buka karung tiap Minggu pagi di lapak dekat Pasar Terong
Bisa kirim ke luar kota, tanya2 dulu ji kak, jangan sungkan"""),

("post", "regional_code_word", "1111", """Monza Medan update hari Selasa 🧥
Baru turun dari Tanjungbalai, jaket denim sama jaket kulit, ada juga sepatu boots
Lapak kami di Pajak Melati blok C, nomor 14, tanya aja Kak Rosma
Yang dari luar kota bisa video call pilih barang, kirim via JNT"""),

("message", "regional_code_word", "1111", """Ngawul yuk! 😆
Kiriman awul-awul sekarung penuh baru nyampe tadi malam, isinya kaos band sama kemeja flanel.
Aku gelar di emperan rumah, Jl. Parangtritis km 5, mulai jam 3 sore.
15rb dapet satu, 40rb dapet tiga. Monggo mampir rek, sing penting guyub"""),

("listing", "regional_code_word", "1111", """Baju Lelong Pontianak Murah Meriah
Barang lelong dari seberang, kemeja & seluar panjang
Harge mulai 15 ribu, ade juga cadar dan selimut lelong
Datang terus ke kedai kami di Jl. Sultan Hamid, sebelah bengkel
Tak payah nawar jauh, harge dah pas"""),

("post", "border_route", "1111", """Barang baru masuk via Entikong, semua jaket & hoodie bekas Malaysia 🇲🇾
Kondisi tebal, layak pakai, cocok buat yang kerja malam
Harga satuan 40-80rb, ambil satu ikat (20 pcs) lebih murah
Lokasi Sanggau, bisa antar dalam kota. Chat aku di 0852xxxx"""),

("listing", "bale_grade_units", "1111", """Sortiran Kaos Oblong Grade A per kilo 55rb
Minimal ambil 10 kg, campur merk, warna bebas
Dapat dari koli yang baru dibongkar minggu ini
Grade B juga ada 35rb/kg buat yang mau dijual lagi murah
Gudang di Cikarang, bisa dicek dulu sebelum bayar"""),

("message", "wholesale_price_list", "1111", """List harga per karung (update):
🔸 Campur pria 80 kg = 4,5 jt
🔸 Rok & dress 60 kg = 5,2 jt
🔸 Sepatu campur 25 pasang = 2,7 jt
🔸 Tas wanita 40 pcs = 3,1 jt
Karungan lama kualitas masih oke, reject paling 5-10%.
Kirim dari Batam, Lumayan buat yang buka lapak di kampung. Japri ya"""),

("profile", "regional_code_word", "1111", """RoMa Ngawi 🧺
rombengan mantap sejak 2016
buka tiap malem Minggu di alun-alun, lapak ujung timur
kemeja, jaket, celana, kadang ada tas ibu-ibu
wa 0838xxxx buat nanya stok kiriman"""),

("post", "port_route", "1111", """Kapal dari Port Klang udah sandar di Dumai, insyaallah Rabu koli kita nyampe Pekanbaru 🙏
Isinya jaket gunung sama celana outdoor, bekas tapi merek bagus2
Reseller yang udah DP tunggu kabar ya, yg belum masih bisa ikut satu koli patungan
Info lanjut grup WA, link di bio"""),

("listing", "market_source", "1111", """Titip Beli dari Gedebage — Jastip Tiap Sabtu
Aku ke Cimol Gedebage tiap Sabtu pagi, kakak tinggal sebut mau cari apa
Kemeja, jaket, celana, tas, semua barang bekas kiriman karung
Fee jastip 10rb/item + harga barang + ongkir
Slot maksimal 15 orang per minggu ya"""),

("comment", "regional_code_word", "1111", """ada kak, cakar karung baru dibuka tadi pagi, banyak jaket jins dari Jepang 👍
harga 35 sampe 70, tergantung merk
singgah miki di lapak, samping masjid Pasar Sentral, atau chat ji dulu di inbox"""),

("live", "regional_code_word", "1111", """Monza lanjut kita ya kawan! Ini goni nomor dua baru dibuka, isinya kemeja lengan panjang semua.
Semua barang dari Belawan, kualitas bagus, bah! Mulai dua puluh ribu, tulis nomor barangnya.
Yang dari Siantar, Binjai, Tebing, semua bisa kirim, ongkos ditanggung pembeli ya.
Janganlah cuma nonton, belilah satu dua 😄"""),

("post", "reseller_recruit", "1111", """Dicari reseller daerah Jawa Tengah & DIY 📣
Kami supplier pakaian per koli, langsung dari pelabuhan, bukan tangan ketiga.
Koli kecil 45 kg cocok buat pemula, bisa dibuka bareng biar kelihatan isinya.
Harga koli mulai 3,9jt. Dibimbing cara sortir dan cara jual online.
Serius minat: tulis JOIN di komentar"""),

("listing", "bale_grade_units", "1111", """Bale Jaket Grade S Japan Winter — 50 kg
Grade paling atas, kebanyakan down jacket dan coat wol
Cocok buat toko outdoor atau pengepul Bandung/Jakarta
Barang turunan kontainer bulan ini, stok 4 bale
8,9 jt / bale, franco gudang Cakung"""),

("message", "regional_code_word", "1111", """Assalamualaikum bu, barang burjer kiriman Tawau sudah sampai di Nunukan.
Ada 3 karung baju perempuan, 1 karung baju anak, 2 karung sepatu.
Kalau ibu mau ambil semua saya kasih harga lama saja. Kalau ambil sebagian, karung baju anak paling laris.
Kabari saya paling lambat Jumat, kapal berikutnya ke Pare sudah penuh."""),

("post", "market_source", "1111", """Update stok Pajak Simalingkar 😎
Sepatu & sandal monja baru turun, ada Adidas, Vans, Converse, Skechers
Harga mulai 60rb, sepatu kulit kerja 90rb-an
Kios kami nomor 33, dekat tangga. Ada juga tas ransel buat anak sekolah"""),

("listing", "wholesale_price_list", "1111", """Harga Grosir Per Kg Campuran (Langsung Bongkar Karung)
Kaos anak 30rb/kg
Kemeja pria 45rb/kg
Celana jeans 55rb/kg
Jaket 65rb/kg
Min order 25 kg, kirim dari Tanjungpinang. Bisa ambil sendiri di gudang dekat pelabuhan."""),

("post", "regional_code_word", "1111", """Awul-awul Sekaten balik lagi cah! 🎡
Tenda kami deretan sebelah kidul, yang lampunya kuning.
Barang kiriman anyar, kaos, jaket, celana kain, rok, lumayan banyak merk luar.
10 ewu, 20 ewu, 30 ewu. Monggo diawul sak marem e, ning ojo dibuang-buang 😂"""),

("comment", "bale_grade_units", "1111", """Min ready sortiran per karung buat anak2? Aku mau buka lapak kecil di Lombok
→ Ready kak, karung anak 50 kg isi kurang lebih 350 pcs, grade A-B campur, 3,4jt.
Bisa kami kirim lewat kapal dari Surabaya, sampai Lembar 4-5 hari. Chat WA di bio ya"""),

("message", "regional_code_word", "1111", """Sista, rombeng Ampera buka lagi mulai besok pagi 🙌
Kiriman baru dari Batam: baju kerja wanita, blazer, celana bahan.
Yang minat bisa keep dulu lewat chat, aku fotoin satu-satu, tapi jangan php ya.
Harga 25-60rb. Pengambilan di lapak atau COD sekitar Palembang."""),

("live", "border_route", "1111", """Selamat malam semua, stok kita malam ini dari Tawau semua, barang seken bagus bagus!
Sweater, jaket, baju kurung, ada juga sepatu sekolah.
Yang dari Tarakan dan Nunukan boleh ambil di rumah, yang jauh kita paketkan.
Harga paling mahal 70 ribu, paling murah 15 ribu. Ketik KODE dan NAMA ya"""),

("listing", "market_source", "1111", """Kemeja Hawaii Vintage — pilihan dari lapak Pasar Senen Blok III
Semua second, motif bunga & palm, bahan rayon adem
Ukuran M-XXL, ada 16 potong
Harga 85rb/pcs, 3 pcs 230rb
Bisa kirim ke luar Jakarta, packing pakai kardus"""),
]
