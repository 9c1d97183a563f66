DATA = [
("post","plain_offer",1,1,1,1,"""Sudah lewat jam 9 malam, tapi lapak online kami masih buka 🌙
Buat kamu yang insomnia, nih ada blouse bekas impor Korea 20rb-an, rok midi 30rb, kardigan 35rb.
Pesan sekarang, kirim besok pagi.
Link katalog di bio, atau ketik 'KATALOG' di DM."""),
("listing","plain_offer",1,1,1,1,"""[READY] Jaket Bomber Second Impor Amerika
Brand: Alpha Industries MA-1 original
Size XL (LD 128), warna sage green
Kondisi 8/10, resleting lancar, lining utuh
Harga 320rb nego halus
Lokasi Semarang, bisa COD Simpang Lima"""),
("message","bale_grade_wholesale",1,1,1,1,"""Selamat siang Bos 🙏
Stok ready di gudang Tanjungpinang:
• Koli jaket campur 90kg — 5,8jt
• Koli sepatu olahraga 60kg (±70 pasang) — 6,5jt
• Karung tas wanita 40kg — 4jt
Harga belum ongkir kapal. Pembayaran DP 50%.
Stok terbatas, siapa cepat dia dapat."""),
("message","reseller_recruitment",1,1,1,1,"""Halo Kak! Kamu follower setia kami kan? 🤗
Kami lagi cari 10 reseller baru untuk wilayah Jatim.
Produk: baju second impor Korea-Jepang, sudah laundry.
Harga reseller mulai 12rb, kamu bebas jual berapa aja.
Balas chat ini kalau mau dapat pricelist."""),
("comment","seller_comment_reply",1,1,1,1,"""Kak aku dari Kendari, bisa kirim?
— Bisa sekali kak! Kami kirim cakar ke Kendari pakai kapal tiap minggu 🙏
Kalau per karung lebih hemat?
— Iya kak, per karung 1,2jt isi ±120 pcs kemeja campur. Eceran juga bisa."""),
("live","live_sale",1,1,1,1,"""Kita LIVE sekarang di TikTok @lapakawulmbakrini 🎥
Malam ini isinya jaket & sweater awul-awul pilihan, baru turun dari karung tadi sore.
Harga 20rb-50rb, check out lewat keranjang kuning.
Yang ketik 'HADIR' duluan dapet voucher ongkir 😘"""),
("profile","shop_bio",1,1,1,1,"""Lelong Kak Siti ✨
📍 Pasar Sei Jawi, Pontianak
Jual baju lelong impor: blus, gamis, jaket, sepatu
Grosir & ecer, bisa kirim ke Ketapang, Singkawang, Sintang
Buka setiap hari kecuali Jumat pagi"""),
("post","creator_haul",1,1,1,1,"""Aku nyobain belanja baju cuma modal 100rb di Pasar Cakar Daya, Makassar 🛍️
Dapat: 1 kemeja putih (20rb), 1 celana linen (25rb), 1 cardigan (20rb), 1 tas anyaman (30rb).
Tokonya di lorong tengah, namanya 'Cakar Ibu Hasnah'.
Komen kalau kalian mau aku ke pasar cakar lain!"""),
("post","code_word_regional",1,1,1,1,"""Di kampung kami menyebutnya obok-obok 😆
Satu meja panjang isinya baju dari karung, semua 5 ribu, silakan diobok-obok sampai ketemu.
Besok pagi buka lagi di Pasar Kliwon, bawa kantong sendiri ya."""),
("post","route_port",1,1,1,1,"""Update: barang dari Batam udah sampai pelabuhan Tanjung Priok ✅
Artinya stok jaket & kemeja second import kita ready lagi mulai Jumat.
Kali ini banyak merk outdoor kayak Columbia & Patagonia.
Pre-booking bisa lewat WA 0878xxxx"""),
("listing","dodge_spacing",1,1,1,1,"""Dress bunga cantik 🌷
ex - j.p.n, b-e-k-a-s tapi masih kayak baru
panjang 110 cm, LD 92
harga 45rb
ongkir dari Tangerang ditanggung pembeli
yang serius langsung transfer, kakak yg cuma nanya-nanya boleh kok asal sopan 🙏"""),
("post","dodge_emoji",1,1,1,1,"""Karung 🧺 baru dibuka 🔓
Isinya? Jaket 🧥 & hoodie 🫶 dari 🇰🇷🇯🇵
♻️ dipakai sebelumnya, ✨ sudah dicuci
💰 40-70k
📍 ambil di rumah, Bekasi Barat, atau 📦 kirim"""),
("post","dodge_english_abbrev",1,1,1,1,"""Guys, the UK bale is finally here 🇬🇧
Barbour-style waxed jackets, knit jumpers, tartan skirts — all 2nd hand.
Price 80k-250k, sizes vary.
Drop starts Friday 7PM on our IG, first come first served."""),
("post","dodge_hashtag",1,1,1,1,"""Lagi musim hujan, saatnya jaket parka 🌧️
Stok masih ada sekitar 30 pcs dengan ukuran lengkap, harga 90rb-an.
Kondisi di foto ya, no hidden minus.
#parkabekas #importkorea #thriftbandungmurah #bundlejaket"""),
("comment","seller_comment_reply",1,1,1,1,"""Nadia: Min ini asli Uniqlo? kok murah banget
Admin: Asli kak, tapi second impor dari Jepang, jadi harganya jauh di bawah harga baru 😊
Nadia: ada size S?
Admin: ada 2 kak, warna hitam & abu. 45rb aja."""),
("listing","market_of_trade",1,1,1,1,"""Jaket Kulit Vintage — Ambilan Pasar Senen
Kulit domba asli, model biker, warna cokelat tua.
Size L, ada sedikit retak di kerah (lihat foto 4).
Harga 280rb, bisa COD stasiun Senen atau kirim."""),
("message","bale_grade_wholesale",1,1,1,1,"""Assalamualaikum Pak Haji, ini daftar harga yang dijanjikan:
Baju koko second Malaysia per kodi 200rb
Gamis second grade A per kodi 350rb
Mukena second campur per karung 1,5jt
Barang masuk dari Dumai minggu lalu. Mohon kabarnya."""),
("post","plain_offer",1,1,1,1,"""Teman-teman kantor sering heran, kok kemejaku banyak merk Jepang 🤣
Rahasianya: aku juga jualan kemeja second impor!
Minggu ini ada 25 kemeja kantor, harga 40rb, kondisi bagus.
DM aku kalau mau lihat foto."""),
# legal
("listing","hn_new_thrift_style",1,0,1,0,"""Dress 'Granny Vintage' — produk baru koleksi lebaran 🌼
Modelnya memang terinspirasi barang thrift tahun 70an, lengkap dengan kerah renda.
Bahan katun rayon, dijahit di Pekalongan.
Harga 135rb, ada versi ibu & anak."""),
("listing","hn_own_preloved",1,1,1,0,"""Preloved koleksi pribadi (bukan reseller ya):
1. Tas Fossil selempang, beli di Senayan City 2021 — 400rb
2. Sepatu Charles & Keith hitam size 37 — 250rb
3. Jaket denim Levi's dari toko resmi Bali — 300rb
Semua dipakai sendiri, kondisi 85-90%."""),
("post","hn_donation",0,1,1,0,"""Terima kasih kepada jemaat yang sudah menyumbangkan pakaian bekas untuk pengungsi di Sulawesi Barat 🙏
Sebanyak 120 karung pakaian sudah diberangkatkan dari gereja kemarin malam.
Kami masih butuh selimut dan perlengkapan bayi."""),
("listing","hn_charity_bazaar",1,1,1,0,"""BAZAR PRELOVED IBU-IBU PKK RW 03
Pakaian bekas pribadi warga, harga mulai 5rb.
Ada juga kue basah dan tanaman hias.
Minggu, 15 Desember, di balai RW.
Keuntungan untuk kegiatan posyandu."""),
("listing","hn_nonclothing_karung",1,0,0,0,"""Pakan ayam konsentrat per karung 50 kg
Merk lokal, protein 20%, cocok untuk layer.
Harga 380rb/karung, bisa antar area Blitar dengan minimal 10 karung.
Hubungi toko Sumber Ternak."""),
("listing","hn_used_vehicle",1,1,0,1,"""Mobil Bekas Impor Toyota Alphard 2015 ex Jepang
Kilometer 70rb, service record lengkap, pajak baru diperpanjang.
Interior mulus, ada tambahan kamera mundur.
Harga 450jt, lokasi Jakarta Barat."""),
("article","hn_news",0,1,1,1,"""Kepolisian Daerah Sumatra Utara menyita dua truk berisi 260 karung pakaian bekas impor di jalur lintas Tanjungbalai-Kisaran.
Sopir mengaku hanya disuruh mengantar barang ke sebuah gudang di Medan.
Polisi masih mendalami pemilik barang dan jaringan pemasoknya.
Barang bukti kini diamankan di Mapolda."""),
("article","hn_news",0,1,1,1,"""Ratusan pedagang awul-awul di Yogyakarta mendatangi kantor DPRD untuk menyampaikan keluhan.
Mereka meminta kejelasan apakah stok yang sudah ada masih boleh dijual.
Anggota dewan berjanji meneruskan aspirasi itu ke pemerintah pusat."""),
("post","hn_opinion",0,1,1,1,"""Orang tuaku dulu jualan monza di Medan, jadi aku paham banget perasaan pedagang sekarang.
Tapi aku juga paham kenapa pemerintah melarang impornya.
Semoga ada program peralihan yang nyata, bukan cuma razia dan pemusnahan di depan kamera."""),
("post","hn_report_complaint",0,1,1,1,"""Kecewa banget 😤
Aku beli 'jaket second import Jepang' di toko online, katanya kondisi 9/10.
Datang bau apek, ada noda besar di punggung, resleting rusak.
Minta retur ditolak karena 'barang bekas tidak bisa dikembalikan'. Pelajaran buat aku."""),
("comment","hn_buyer_question",0,1,1,1,"""Nanya dong, ada yang tau bedanya grade A sama grade B di bal itu apa?
Aku liat banyak yang jual tapi ga ngerti.
Bukan mau beli sih, penasaran aja karena lagi nulis tugas kuliah tentang pasar thrift."""),
("review","hn_review",0,1,1,0,"""Beli sepatu bekas dari kakak ini, katanya sepatu pribadi yang kekecilan.
Bener aja, masih ada nota pembelian dari toko di Malang.
Kondisi 90%, sol masih tebal. Makasih kak, jujur banget!"""),
("post","hn_joke",0,1,1,1,"""Kata nenekku: 'Dulu kami pake baju dari karung goni karena miskin.'
Kata aku: 'Sekarang kami pake baju dari karung impor karena estetik.' 🤡
Nenekku langsung pura-pura ga denger."""),
("listing","plain_clothing_listing",1,0,1,0,"""Kemeja Pria Oxford Lengan Panjang
Bahan oxford cotton, tidak transparan, nyaman dipakai seharian.
Tersedia putih, biru muda, pink salem.
Size S-XXL, harga 110rb. Produk UMKM Bandung."""),
("post","hn_guideline",0,1,1,1,"""Catatan untuk tim moderasi:
Iklan yang menyebut 'lelong', 'babebo', 'rombengan', 'burjer' umumnya merujuk pada pakaian bekas impor di daerah tertentu.
Periksa konteks: apakah ada penawaran jual, harga, atau lokasi lapak.
Berita dan keluhan pembeli jangan diturunkan."""),
("post","hn_job_vacancy",0,0,1,0,"""Loker Model Foto Produk Hijab
Dibutuhkan 2 model wanita untuk foto katalog mingguan di studio Yogyakarta.
Dibayar per sesi, pengalaman tidak wajib.
Kirim foto full body dan domisili ke DM."""),
("listing","hn_new_import",1,0,1,1,"""Kaos Band Official Merch Import USA — NEW
Dibeli langsung dari store resmi band di Amerika, bukan bekas & bukan bootleg.
Size M-L, ada tag ukuran asli.
Harga 450rb, sisa 3 pcs."""),
("listing","hn_used_machine",1,1,0,0,"""Jual mesin press kaos bekas 40x60
Masih normal, suhu stabil, cocok buat usaha sablon DTF.
Harga 3,2jt, bonus teflon.
Lokasi Ciputat, ambil sendiri.
Bisa dicoba dulu di tempat sebelum bayar, biar sama-sama enak."""),
("comment","hn_swap",0,1,1,0,"""Swap grup baju anak:
Punya celana panjang anak bekas pakai sendiri ukuran 4T 5 pcs.
Mau ditukar dengan ukuran 6T.
Area Depok dan sekitarnya ya bun 🙏
Kondisi masih layak, cuma ada satu yang lututnya agak tipis."""),
("post","hn_local_upcycle",1,1,1,0,"""Kelas menjahit ulang pakaian bekas di Rumah Kreatif Kampung 🧵
Bawa baju bekasmu sendiri, kita ubah jadi tote bag atau celemek.
Biaya 50rb termasuk benang dan pendampingan.
Sabtu jam 10, daftar via WA."""),
("post","hn_joke",0,0,1,0,"""Dosen: 'Sebutkan contoh barang impor!'
Temanku: 'Jaket kulit saya, Pak.'
Dosen: 'Bukannya itu beli di Cibaduyut?'
Temanku: 'Iya, tapi kulitnya impor katanya Pak.' 😭"""),
]
