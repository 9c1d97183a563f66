# Hand-written long-form records, batch B. (kind, category, offer, used, clothing, abroad, text)
DATA = [
("live", "live_script", 1, 1, 1, 1, """Oke guys yang baru masuk, welcome welcome 👋
Malam ini kita bongkar goni dari Korea ya, isinya cardigan sama sweater rajut.
Aku pegang satu-satu, kalian liat kondisinya, ada minus aku bilang.
Ini cardigan abu, size all size, 35 ribu. Ketik "abu 35" kalo mau.
Ini yang krem ada noda dikit di lengan, 25 ribu aja.
Inget ya, checkout sebelum jam 12, lewat dari itu aku lepas ke yang lain."""),
("live", "live_script", 1, 1, 1, 1, """Horas kawan-kawan! Ini lapak kami langsung dari Pajak Melati ya.
Yang kami pegang ini jaket kulit Korea, bekas tapi kulitnya masih lembut kali.
Harga 175, tak usah tawar-tawar kali lah, udah murah itu.
Yang mau, tulis nama sama kota, nanti admin kami si Butet yang hubungi.
Ongkir ke Jawa kami pakai kargo, seminggu sampai."""),
("post", "caption_hashtags", 1, 1, 1, 1, """✨ WEEKEND DROP ✨
🧥 Varsity jacket 2nd USA — 210k
👖 Levi's 501 seken — 175k (W32 L32)
👟 Converse CT70 preloved from Japan — 340k
Semua foto asli, detail minus di slide terakhir 📸
First DM first served, no keep ya 🙏
#vintageindonesia #levis501 #varsityjacket #2ndusa #jualsepatubekas #ootdcowok #streetwearindo #bandungfashion"""),
("listing", "multiline_listing", 1, 1, 1, 1, """Kemeja Polo Ralph Lauren — seken ex Amerika
Ukuran tersedia (lebar dada x panjang):
S 50x70 — 2 pcs
M 53x72 — 5 pcs
L 56x74 — 3 pcs
XL 59x76 — 1 pcs
Harga 95rb/pcs, 3 pcs 260rb.
Kirim dari Makassar, ongkir sesuai aplikasi."""),
("listing", "supplier_page", 1, 1, 1, 1, """Tentang Kami — Pusat Grosir Pakaian Layak Pakai Nusantara
Kami importir & distributor pakaian second asal Jepang, Korea, dan Eropa.
Barang masuk rutin tiap bulan lewat jalur Batam.
Melayani pembelian per karung (45-100 kg) maupun per lusin untuk pemula.
Lebih dari 900 mitra reseller di 30 provinsi.
Kunjungi gudang kami di Tangerang (janji temu dulu)."""),
("message", "wa_broadcast", 1, 1, 1, 1, """PROMO AKHIR BULAN 🎉
Celana anak seken Jepang per karung 30kg — 1,1jt (biasa 1,3jt)
Baju bayi Korea per karung 20kg — 950rb
Selimut & bed cover ex Jepang per karung 40kg — 1,5jt
Berlaku sampai stok habis.
Pengambilan gudang Cileungsi / kirim via kargo.
Balas 'PROMO' untuk daftar harga lengkap."""),
("listing", "regional_palembang", 1, 1, 1, 1, """Wong Palembang merapat! 🙌
Lapak kito di Pasar 16 Ilir lantai duo ado jaket samo kemeja seken dari Korea.
Galo-galo masih bagus, rego mulai 30 ribu bae.
Dak percayo? datang bae dulu, pilih dewek.
Buka jam 9 sampe Ashar."""),
("listing", "regional_banjar", 1, 1, 1, 1, """Bubuhan Banjar, lapak kami di Pasar Sudimampir sudah buka pulang.
Baju seken matan Malaysia wan Korea, kaos 15 ribu, jaket 45 ribu.
Barang hanyar datang tadi pagi, masih banyak pilihan.
Kada usah jauh-jauh, singgah haja ka lapak Acil Imah."""),
("listing", "regional_pontianak", 1, 1, 1, 1, """Roma baru masok, kawan! 🙏
Kamek buka lapak di Pasar Dahlia, jaket ngan kemeja dari Malaysia.
Mulai 20 ribu, ade yang 50 ribu kalau bagus.
Datang cepat sebelom diambek orang.
Bise juge WA ke 0852xxxx kalau nak dikirem ke Singkawang."""),
("listing", "regional_manado", 1, 1, 1, 1, """Torang da buka lapak pakaian seken di Pasar 45 Manado 😁
Barang dari luar, ada yang dari Filipina, ada yang dari Korea.
Kemeja 25 rebu, celana jeans 40 rebu, jaket 60.
Mari jo pilih, nyanda mahal skali.
Buka tiap hari kecuali Minggu."""),
("listing", "english_mix_supplier", 1, 1, 1, 1, """WE SUPPLY used clothing from Japan & Korea 🇯🇵🇰🇷
Sorted by category, packed per sack (±100kg).
Min order 1 sack, shipping to all over Indonesia from our warehouse near Batam port.
Perfect buat yang mau mulai bisnis fashion second.
DM for pricelist & sample photos 📩"""),
("post", "creator_promo", 1, 1, 1, 1, """Guys aku nemu toko langganan baru 😭💛
@closetseoul.id — isinya kemeja & blouse preloved langsung dari Seoul, dipilih satu-satu.
Aku beli 4 potong, kondisi bagus banget, wanginya enak.
Pakai kode RISA10 dapet potongan 10% (bukan endorse, aku beneran suka).
Mereka live tiap Rabu malam juga!"""),
("listing", "evasive_spelling", 1, 1, 1, 1, """j@ket s3c0nd 1mp0rt k0r34 🧥
ukuran M-XL, kondisi 80-95%
hrg 40k - 90k
pengiriman dr Jkt Tmr
link ada di b10, klik aja kak 🙏🙏
stok dikit, yg telat jgn ngambek"""),
("listing", "evasive_spelling", 1, 1, 1, 1, """Sep@tu s e c o n d luar 🇯🇵🇰🇷
Adidas Samba 41 — 280
NB 574 42 — 260
Vans old skool 40 — 150
semua asli ex Jepang/Korea, bukan KW
cek dulu dimensi insole di foto ke 3"""),
("listing", "bale_grade_wholesale", 1, 1, 1, 1, """HARGA KOLI UPDATE (siap kirim dari Belawan)
Korea Cream : 5,8jt
Korea Super A : 4,7jt
Jepang Mix Dewasa : 4,2jt
China Mix : 2,3jt
1 koli ±100kg. Tidak bisa pilih isi.
Pembayaran lunas sebelum muat truk."""),
("profile", "shop_profile", 1, 1, 1, 1, """Gudang Denim Bu Yati 👖
Jins bekas impor pilihan, dari Jepang & Amerika.
Buka lapak di Pasar Tungging Bandung tiap subuh sampai jam 10.
Online: kirim ke seluruh Indonesia, pembayaran via transfer.
Melayani reseller — harga khusus untuk ambil 20 potong ke atas."""),
("message", "group_chat_offer", 1, 1, 1, 1, """@semua info: saya ada 12 goni sepatu bekas dari Hongkong, baru turun dari kapal di Tanjungpinang kemarin.
Isi campur, sneakers & sepatu kerja. Saya lepas 1,8jt per goni.
Yang di grup dapat prioritas.
Bisa lihat barang di gudang Batu 9 sebelum bayar."""),
("post", "famous_word_caption", 1, 1, 1, 1, """Monza Medan ready kirim se-Indonesia 🚚
Jaket, hoodie, kemeja flanel, celana cargo.
Semua barang monza pilihan, udah dicuci, harga mulai 40k.
Order: DM / WA
#monzamedan #monza #thriftmedan #pajakmelati"""),
("listing", "famous_word_offer", 1, 1, 1, 1, """AWUL-AWUL MURAH SURABAYA
Buka karung tiap Jumat pagi di Pasar Gembong.
Kaos 5rb, kemeja 10rb, jaket 25rb.
Barangnya dari luar, Korea-Jepang campur.
Datang pagi biar dapat yang bagus rek!"""),
("live", "live_announcement", 1, 1, 1, 1, """Halo kakak2 followers 💕
Jadwal live minggu ini:
Senin — rok & dress seken Jepang
Rabu — jaket tebal ex Korea
Jumat — tas kulit preloved Hongkong
Semua mulai jam 8 malam. Sudah aku pilihin yang kondisinya paling bagus, jadi jangan sampai kelewatan!"""),
# legal
("post", "hn_travel_diary", 0, 1, 1, 1, """Catatan perjalanan: pagi di Pasar Senen 🚉
Turun KRL jam 7, langsung ke Blok III. Lorongnya sempit, penuh gantungan jaket dan celana. Pedagang teriak harga, ada yang baru buka karung.
Aku cuma foto-foto buat tugas kuliah jurnalistik.
Pulangnya ngopi di kedai depan stasiun, nulis catatan ini."""),
("post", "hn_travel_post", 0, 0, 0, 0, """Kalau mampir ke Gedebage, jangan cuma belanja 😄
Di seberang ada warung nasi Sunda yang sambal dadaknya juara.
Parkir motor 3rb, parkir mobil agak susah kalau Minggu.
Saran aku datang pagi, sekalian lari di Summarecon.
#bandungkuliner #gedebage"""),
("article", "hn_news", 0, 1, 1, 1, """Bareskrim menggerebek dua gudang di Bekasi yang diduga menjadi tempat penyimpanan pakaian bekas impor.
Dari lokasi, petugas menemukan ratusan karung berisi pakaian, sepatu, dan tas yang dikemas rapat.
Pemilik gudang berinisial AS masih diperiksa. Polisi mendalami jalur masuk barang yang diduga lewat pelabuhan kecil di Sumatera."""),
("article", "hn_news", 0, 1, 1, 1, """Ribuan karung pakaian bekas hasil sitaan dimusnahkan dengan cara dibakar di halaman kantor Bea Cukai Batam, Kamis.
Barang tersebut merupakan hasil penindakan selama enam bulan terakhir, sebagian besar berasal dari Singapura dan Malaysia.
Pemusnahan dihadiri pejabat pemerintah kota dan aparat keamanan."""),
("article", "hn_opinion", 0, 1, 1, 1, """Kolom: Jangan Kriminalkan Pedagang Kecil
Larangan impor pakaian bekas perlu ditegakkan di pintu masuk, bukan di lapak ibu-ibu Pasar Senen.
Mereka cuma pengecer di ujung rantai. Para pemodal besar yang memasukkan kontainer justru jarang tersentuh.
Pemerintah juga perlu memberi jalan keluar: modal usaha, akses barang lokal, pelatihan."""),
("article", "hn_guideline", 0, 1, 1, 1, """Ketentuan Komunitas – Barang yang Tidak Boleh Dijual
8. Pakaian, sepatu, dan tas bekas yang berasal dari luar negeri (dilarang impor).
Contoh kata yang sering dipakai: "ballpress", "karungan", "koli Korea", "second ex-Japan", "monza", "lelong", "roma".
Penjualan pakaian bekas milik pribadi (preloved) yang dibeli di dalam negeri tetap diperbolehkan."""),
("post", "hn_report", 0, 1, 1, 1, """Min @bantuan_platform, tolong cek live akun "jaketbekas_jpn" tiap malam jam 9.
Dia buka goni dari Jepang dan jualin isinya ke penonton, terang-terangan bilang barang impor.
Bukannya itu dilarang ya? Saya sudah report 2x tapi livenya masih jalan."""),
("post", "hn_scam_warning", 0, 1, 1, 1, """Thread penipuan supplier koli 🧵
1/ Modusnya: pasang iklan "koli Korea grade A 2jt", harga jauh di bawah pasaran.
2/ Minta DP lewat rekening atas nama orang lain.
3/ Kirim foto resi palsu, bilang barang tertahan di Batam, minta "uang pelicin".
4/ Setelah itu hilang.
Jangan tergiur harga murah, guys."""),
("review", "hn_review_no_seller", 0, 1, 1, 1, """Review jujur setelah 2 tahun pakai jaket down second Jepang:
+ hangat banget, dipakai naik Semeru aman
+ jahitan kuat
- bulunya mulai keluar sedikit di ketiak
- resleting harus diganti sekali
Overall worth it, tapi periksa dulu sebelum beli."""),
("post", "hn_tutorial", 0, 1, 1, 1, """Cara membaca label jaket second Jepang 🇯🇵
- "毛" artinya wol, "綿" katun, "ポリエステル" polyester.
- Ukuran Jepang biasanya 1 nomor lebih kecil: L Jepang ≈ M Indonesia.
- Cari kode RN/CA kalau barang Amerika.
Semoga membantu biar nggak salah ukur saat hunting!"""),
("post", "hn_buyer_question", 0, 1, 1, 1, """Nanya serius: beli satu karung campuran dari Tanjungbalai buat dipakai sekeluarga, itu termasuk melanggar nggak ya?
Aku bukan mau jualan, cuma kata temen lebih murah.
Takutnya nanti kena masalah pas kirim lewat ekspedisi.
Ada yang paham aturannya?"""),
("post", "hn_meme_joke", 0, 1, 1, 1, """POV: kamu beli hoodie seken Jepang terus nemu struk minimarket Osaka tahun 2009 di kantongnya 🧾🇯🇵
isinya onigiri sama teh hijau, orangnya sehat banget ternyata
"bonus lore" 😭
#ceritathrift #hoodiejepang"""),
("listing", "hn_new_thrift_style", 1, 0, 1, 0, """[BARU] Celana Baggy Jeans Washed "Vintage Look"
Proses wash di Garut, bahan denim 14oz lokal.
Bukan barang bekas, masih ada hangtag & plastik.
Size 28–36, harga 159rb.
Cocok buat yang suka gaya thrift tapi mau barang baru."""),
("listing", "hn_new_import", 1, 0, 1, 1, """Grosir Baju Anak Impor Guangzhou (BARU)
Setelan kaos + celana, motif kartun, bahan katun.
1 seri = 4 pcs (size 1-4 th), 180rb/seri.
Barang masuk resmi, ada dokumen PIB.
Bukan seken, bukan sisa sortiran."""),
("listing", "hn_own_preloved", 1, 1, 1, 0, """Preloved mama muda 🍼
- Gendongan hipseat (beli di Mothercare PIM) 250rb
- 10 stel baju bayi 0-6 bln (belanja di Tanah Abang) 100rb semua
- Sepatu bayi 2 pasang 40rb
Semua barang pribadi, bersih, sudah dicuci.
COD Bintaro."""),
("post", "hn_donation_drive", 0, 1, 1, 0, """Komunitas Peduli NTT membuka penggalangan pakaian layak pakai 🙏
Yang dibutuhkan: jaket, selimut, baju anak.
Kirim ke sekretariat kami di Kupang atau titip di drop box kampus.
Barang akan dibagikan gratis ke desa di Timor Tengah Selatan. Bukan untuk dijual."""),
("post", "hn_charity_sale", 1, 1, 1, 0, """Charity Sale Pemuda Paroki 💒
Pakaian bekas donasi umat, dijual murah 3rb–20rb.
Minggu setelah misa pagi, di aula gereja.
Semua hasil untuk beasiswa anak-anak di stasi pedalaman.
Yang mau donasi barang masih bisa antar ke sekretariat sampai Jumat."""),
("listing", "hn_other_goods_karung", 1, 1, 0, 0, """Karung plastik bekas (bekas tepung & gula)
Ukuran 50kg, bersih, tidak bolong.
Harga 1.200/lembar, minimal 500 lembar.
Cocok untuk petani, pengepul rongsok, tanggul.
Gudang Sidoarjo."""),
("listing", "hn_other_goods_sortir", 1, 1, 0, 1, """Onderdil motor bekas copotan Jepang
Blok mesin, karburator, velg, lampu.
Kiriman kontainer dari Osaka, dijual per koli atau satuan.
Bengkel & pengepul silakan datang ke gudang Cakung.
Bukan barang curian, ada dokumen."""),
("message", "hn_job_vacancy", 0, 1, 1, 0, """Dicari: Admin Online Shop Preloved
Tugas: foto produk, upload ke Shopee, balas chat.
Barang kami titipan pribadi warga sekitar (bukan impor).
Lokasi Depok, kerja Senin-Sabtu, gaji 2,8jt + bonus.
Lamaran via email."""),
("post", "hn_upcycling", 1, 1, 1, 0, """Workshop Upcycle Denim 🧵
Belajar bikin tote bag dari jins bekas kamu sendiri!
Sabtu 10.00 di Kopi Tuku Cipete, kuota 15 orang.
Biaya 150rb sudah termasuk benang, jarum, dan snack.
Bawa 1-2 jins bekas dari rumah ya."""),
("comment", "hn_comment_thread", 0, 1, 1, 1, """Kak aku dulu juga jualan seken Korea, tapi udah berhenti sejak razia 2023.
Sekarang aku pindah jual baju konveksi lokal, untungnya memang lebih tipis tapi tidur tenang.
Semangat buat yang lagi cari jalan keluar juga ya."""),
("article", "hn_statement", 0, 1, 1, 1, """PERNYATAAN SIKAP Asosiasi Pertekstilan Daerah
Kami mendukung penuh penindakan terhadap peredaran pakaian bekas impor yang masuk lewat pelabuhan tidak resmi di pesisir timur Sumatera.
Barang-barang tersebut merusak harga pasar dan mengancam ribuan pekerja konveksi.
Kami meminta pemerintah daerah ikut mengawasi pasar-pasar yang selama ini menjadi titik distribusi."""),
]
