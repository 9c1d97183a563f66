# long-form batch 3: Java
R = [
("listing","market_stall",1,1,1,1,"""Lapak Cak Mul – Pasar Gembong Surabaya 👕
Rek, barang anyar teko Korea wis mlebu:
- kaos oblong 10 ewu
- kemeja flanel 25 ewu
- jaket denim 50 ewu
Nek tuku 5 oleh bonus tas kain.
Buka saben dino jam 8 isuk sampe jam 5 sore.
Mampiro, ojok mek ndelok tok!"""),
("article","hn_news",0,1,1,1,"""SURABAYA – Bea Cukai Tanjung Perak menindak dua kontainer yang dalam dokumen tercatat berisi 'kain majun' dan 'tekstil sisa'.
Setelah dibuka, petugas menemukan ribuan potong pakaian bekas yang masih utuh, sebagian besar bermerek Jepang dan Korea.
Importir diduga sengaja memalsukan uraian barang untuk mengelabui petugas.
Kasus ini kini dalam penyidikan, dan barang bukti akan dimusnahkan."""),
("message","wholesale_bale",1,1,1,1,"""Mas Bro, stok gudang Margomulyo minggu iki:
1. Karung jaket Jepang 100 kg – 5,5 juta
2. Karung kaos Korea 100 kg – 4 juta
3. Karung celana campur 50 kg – 2,3 juta
Kabeh bisa dicek video isi.
Pengiriman ke Madura, Jember, Banyuwangi kita bantu cari ekspedisi.
Japri ae nang 0856xxxx."""),
("listing","hn_other_goods_bal",1,0,0,0,"""MAJUN KAOS – GROSIR 🧻
Potongan kain sisa konveksi Sidoarjo dan Pasuruan, bersih, tanpa kancing.
Cocok untuk bengkel, pabrik, percetakan.
Per bal 25 kg – 200rb
Per bal 50 kg – 380rb
Bukan pakaian bekas, bukan barang impor.
Gudang di Waru, bisa kirim se-Jatim."""),
("post","hn_joke",0,1,1,1,"""Percakapan di Pasar Gembong:
Aku: 'Bu, iki regane piro?'
Penjual: '15 ewu, mas.'
Aku: '10 ewu yo?'
Penjual: 'Yo wis, tapi iki jaket teko Jepang lho, mas.'
Aku: 'Jepang e ndi?'
Penjual: 'Lho, ndi ngerti, karung e ora nduwe KTP' 😂"""),
("listing","regional_code_word",1,1,1,1,"""AWULAN JEPANG TEKO MANEH 🎌
Nang lapak alun-alun Kidul, saben Setu lan Minggu.
Kemeja 10 ewu, jaket 30 ewu, rok 15 ewu.
Barang isih ambune gudang, disaranke dikumbah ndisik.
Monggo pinarak, mas mbak, sing teko isuk oleh sing apik."""),
("post","hn_official",0,1,1,1,"""SURAT EDARAN DINAS PERDAGANGAN DIY
Kepada para pedagang pasar rakyat di wilayah DIY.
1. Pakaian bekas asal impor (dikenal sebagai awul-awul, rombengan impor, babebo) dilarang diperdagangkan.
2. Pedagang yang masih menyimpan stok diminta melapor ke UPT pasar setempat.
3. Dinas menyediakan pelatihan dan akses modal bagi pedagang yang beralih ke produk lokal.
Demikian untuk diperhatikan."""),
("listing","hn_factory_reject",1,0,1,0,"""OBRAL KAOS REJECT PABRIK KLATEN 👕
Kaos polos & sablon, cacat kecil (sablon miring, benang lepas).
Semua BARU, tidak pernah dipakai.
Harga 10rb/pcs, beli 10 cuma 85rb.
Lokasi gudang Ceper, bisa kirim.
Bukan awul-awul ya, jangan salah paham 😁"""),
("live","live_sale",1,1,1,1,"""LIVE NGUBEK BARENG 🔴
Jam 19.00 nanti kita bongkar goni baru langsung dari gudang Sleman.
Isinya sweater rajut Jepang, cardigan Korea, sama celana kulot.
Start 20rb, yang mau keep tulis nomor + 'keep'.
Kirim dari Jogja, bisa COD sekitar UGM.
Ajak temen-temenmu ya!"""),
("comment","hn_buyer_question",0,1,1,1,"""Mau tanya, mas mbak,
Di Jogja sekarang masih ada yang jual awul-awul di Sekaten nggak?
Aku inget waktu kecil sama bapak ke sana beli jaket Jepang murah.
Atau sekarang pindah ke Klithikan?
Cuma pengen nostalgia, makasih jawabannya 🙏"""),
("listing","creator_haul",1,1,1,1,"""Ngawul haul di Beringharjo lantai 3 🛍️
Dapat blazer wol Inggris 50rb dari kios Bu Tatik, barang baru turun dari karung.
Rok plisket Jepang 25rb, cardigan Korea 30rb.
Total belanja 105rb, puas banget!
Kiosnya di pojok dekat tangga timur, bilang aja dari akun ini 😉"""),
("post","hn_review_no_seller",0,1,1,1,"""Review jujur jaket seken Jepang yang saya pakai 3 tahun:
Bahannya tebal, jahitan kuat, resleting YKK masih lancar.
Saya beli di tumpukan lapak pasar waktu kuliah di Jogja, lupa lapak yang mana.
Sekarang saya sadar barang seperti ini masuk ilegal, jadi saya tidak beli lagi.
Tapi harus diakui kualitasnya bagus."""),
("listing","market_stall",1,1,1,1,"""KIOS TEH IMAS – GEDEBAGE BLOK D 🧥
Mangga sadayana, barang enggal ti Korea!
Jaket parasut 40rebu, hoodie 50rebu, celana jeans 45rebu.
Aya oge sapatu 2nd ti Jepang, mulai 80rebu.
Buka unggal dinten jam 9 dugi ka jam 5.
Sok atuh dongkap, moal rugi!"""),
("article","hn_news",0,1,1,1,"""BANDUNG – Ratusan pedagang pakaian bekas di Pasar Gedebage menggelar aksi di depan Gedung Sate.
Mereka meminta pemerintah tidak menyita stok yang sudah terlanjur dibeli.
Perwakilan pedagang menyebut ada sekitar 1.500 kios yang menggantungkan hidup dari pakaian bekas impor.
Pemprov Jawa Barat berjanji memfasilitasi dialog dengan Kementerian Perdagangan."""),
("message","reseller_recruit",1,1,1,1,"""Wilujeng enjing, akang teteh 🙏
Urang keur muka reseller sweater & jaket 2nd Korea.
Barang ti gudang Gedebage, tiasa dipilih ku video.
Paket 20 pcs = 600rb, tiasa dijual deui 50–70rb per pcs.
Reseller Garut, Tasik, Cianjur dipasihan ongkir khusus.
Chat we ka 0857xxxx."""),
("listing","hn_new_import",1,0,1,1,"""GROSIR JAKET BARU IMPOR 🇨🇳
Pasar Baru Bandung lantai 3, kios 88.
Jaket puffer, windbreaker, hoodie polos, semua BARU, masih segel.
Ambil minimal 1 seri (4 pcs), harga mulai 85rb.
Cocok untuk reseller yang tidak mau jual barang bekas.
Pengiriman seluruh Indonesia."""),
("post","hn_opinion",0,1,1,1,"""Saya penjahit di Majalaya, 25 tahun kerja di konveksi.
Setiap kali Gedebage ramai, orderan kami sepi.
Baju bekas dari luar negeri dijual 20 ribu, kami tidak bisa bersaing.
Saya tidak benci pedagang Cimol, mereka juga saudara kita.
Tapi mohon pemerintah serius tutup jalur masuknya."""),
("listing","port_route",1,1,1,1,"""PO KONTAINER BULAN DEPAN 🚢
Kiriman dari Busan tiba di Priok, lanjut ke gudang Cikarang.
Isi: jaket, hoodie, sweater 2nd Korea, ±20 ton.
Bisa pesan mulai 5 karung, DP 30%.
Harga khusus untuk lapak Senen dan Gedebage.
Hubungi admin 0877xxxx, serius saja."""),
("post","hn_travel_food",1,0,0,0,"""Kuliner dekat Pasar Senen yang wajib dicoba 🍜
1. Soto Betawi Bang Jali – Kramat Raya, 30rb
2. Sate padang Ajo Ramon – dekat stasiun, 25rb
3. Es teler Bu Sri – samping Blok III, 15rb
Semua buka sampai malam.
Cocok buat isi tenaga setelah seharian muter-muter."""),
("comment","hn_complaint",0,1,1,1,"""Gue kena tipu seller 'SenenPremiumOuter'.
Katanya jaket Carhartt second asli USA, pas dateng ternyata KW dan udah belel parah.
Chat dicuekin, toko udah ganti nama.
Guys, jangan percaya foto katalog doang.
Ini gue posting biar nggak ada korban lagi."""),
("profile","bio",1,1,1,1,"""🇯🇵🇺🇸 SENEN OUTER CLUB
Jaket, coat, varsity 2nd pilihan tangan
📍 Senen Blok III lt.1 kios 48
🛒 restock tiap Jumat malam
📦 kirim se-Indonesia • COD Jabodetabek
DM buat cek ukuran"""),
("listing","hn_own_preloved",1,1,1,0,"""Preloved lemari gue 🙌
Semua barang pribadi, beli di mall Jakarta, bukan barang Senen.
– Blazer Zara hitam, size S, 250k
– Sneakers Adidas 39, dipakai 5x, 600k
– Dress linen krem, 180k
COD di MRT Blok M atau kirim.
No nego sadis ya."""),
("post","hn_report",0,1,1,1,"""Thread laporan: akun TikTok yang jualan pakaian bekas impor pakai kode.
1. @outer.jepang.jkt – nulis '2nd ex-JPN' di judul
2. @karungsenen – jual per karung 100kg
3. @s3k3n.korea – pakai angka buat ganti huruf
Sudah gue laporin semua lewat fitur report.
Kalian juga bisa bantu report biar cepat ditindak."""),
("listing","hn_used_vehicle",1,1,0,0,"""DIJUAL MOTOR BEKAS ⚠️
Honda Beat 2020, warna hitam, pajak hidup sampai Juni.
Mesin halus, ban baru ganti, surat lengkap.
Harga 12,5 juta nego.
Lokasi Kramat, dekat Pasar Senen.
Serius hubungi 0812xxxx."""),
("listing","evasive_spelling",1,1,1,1,"""🇰🇷 K.o.r.e.a 2⃣nd O.u.t.e.r 🇰🇷
j4ket puffer 85k
h00die 55k
c0at w0l 120k
Stok g.u.d.a.n.g Bekasi, kirim seluruh Indo.
DM aja kak, jangan komen harga.
Restock tiap Senin malam."""),
]
