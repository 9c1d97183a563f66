# Batch 1: offers of imported used clothing (hand-written, one by one)
# (kind, category, (offer, used, clothing, abroad), text)
R = [
("listing", "plain_offer", (1, 1, 1, 1), """Jaket Bekas Impor Korea Jumbo Size Bahan Tebal Muraah
Kondisi 90% mulus, ga ada noda, resleting aman
LD 120 PJ 75, cocok buat touring
Barang dari bal Korea, jadi cuma 1 pcs ya kak
Harga 85rb, nego tipis aja"""),
("post", "bale_reseller_recruit", (1, 1, 1, 1), """BONGKAR BAL HARI INI 🔥🔥
Bal kemeja Jepang grade A isi ±180 pcs, open buat reseller pemula
Bisa ambil ecer per kodi atau full bal
Gudang kami di Cimahi, kirim ke seluruh Indonesia pakai ekspedisi cargo
Minat langsung WA 0812xxxx (admin Rani)
#bongkarbal #baljepang #resellerthrift"""),
("post", "live_sale_call", (1, 1, 1, 1), """Nanti malam jam 8 kita LIVE ya guys!! 🎥
Bongkar karungan sweater & hoodie dari Korea, semua 35rb flat
Yang mau keep tinggal ketik KEEP + nomor baju di kolom komentar
Pembayaran max 1x24 jam, lewat dari itu lempar ke antrian berikutnya
jangan lupa follow dulu biar dapet notif 😘"""),
("listing", "keyword_stuffed_title", (1, 1, 1, 1), """Celana Jeans Levis 501 Second Original Import USA Thrift Vintage Bukan KW Murah Jakarta
Size tag 32, lingkar pinggang real 84 cm
Warna wash medium, ada pudar natural di lutut (bukan sobek)
Barang second import ya kak, bukan baru, mohon dimaklumi kalo ada bekas pakai
Kirim dari Jakarta Timur"""),
("message", "wa_broadcast", (1, 1, 1, 1), """*INFO STOK MINGGU INI* 📦
Ready lagi karungan campur ex Jepang:
- kaos anak 100kg
- daster & blouse ibu 100kg
- jaket parasut 50kg
Harga per karung japri aja ya Bu/Pak, stok cepet abis
Bisa bayar COD di gudang Tanjung Morawa
Yang mau masuk grup reseller balas PING"""),
("post", "regional_code_word", (1, 1, 1, 1), """Horas kawan! Monza baru turun tadi pagi 😁
Kemeja flanel, jaket jeans, celana kargo, macam-macam lah
Harga mulai 20 ribu aja, yang mau cari langsung ke lapak kami di Pajak Melati blok C
Atau chat aja biar kufotokan, kirim keluar kota pun bisa
#monzamedan #pajakmelati"""),
("post", "regional_code_word", (1, 1, 1, 1), """Cakar terbaru masuk hari ini di kios ta' 🙏
Ada baju kaos, celana training, sepatu olahraga, semua masih bagus
Mulai 15rb ji, datang mi ke Pasar Terong lantai 2 samping tangga
Kalo mau dikirim ke Gowa atau Maros bisa ji, chat dulu nah
#cakarmakassar #cakarmurah"""),
("post", "leetspeak_evasion", (1, 1, 1, 1), """b4ju s3k3n 1mp0rt k0r3a mur4h b4ng3t 😱
k4os 20rb, k3meja 25rb, j4ket 50rb
st0k b4ru d4r1 k4rung, m4s1h w4ngi
0rd3r l3w4t DM y4, jang4n k0m3n h4rg4 d1 s1n1 🙏
#tr1ftsh0p #s3k3n1mp0rt"""),
("post", "spaced_evasion", (1, 1, 1, 1), """b a l  s e g e l  k o r e a  r e a d y
isi campur: kaos, kemeja, celana
1 karung ±100 kg, bisa kirim pake cargo laut
t h r i f t  grade S buat yang serius jualan lagi
info lengkap cek highlight "HARGA" di profil"""),
("post", "emoji_evasion", (1, 1, 1, 1), """👕👖🧥 dari 🇯🇵 & 🇰🇷 udah mendarat lagi kak 📦📦
semua 2️⃣nd tapi masih kinclong ✨
yang cari outer musim dingin buat ke Bromo, ada nih, 60rb aja
slot keep terbatas, ketik 'mau' terus aku DM satu-satu
#hiddengems #preloveddimport"""),
("profile", "shop_bio", (1, 1, 1, 1), """🛍️ Lapak Thrift Bang Jaka
Jual baju second import Jepang & Korea, sortiran tangan sendiri
📍 Pasar Senen Blok III lt.1 los 44
🚚 Kirim ke seluruh Indonesia, COD Jabodetabek
Order: WA 0813xxxx | Shopee: thriftbangjaka
Buka tiap hari kecuali Senin"""),
("profile", "shop_bio", (1, 1, 1, 1), """Supplier Balpres Batam Langsung Gudang
Melayani partai besar & kecil, bal celana, bal jaket, bal campur
Pengiriman via kapal ke Jawa, Kalimantan, Sulawesi
Minimal order 1 bal
Admin 1: 0812xxxx  Admin 2: 0857xxxx
Jujur, amanah, sudah 7 tahun"""),
("comment", "reply_to_buyer", (1, 1, 1, 1), """@dinda.rahma iya kak masih ada yang size L, itu jaket bekas dari bal Korea kemaren, kondisi mulus cuma ada noda kecil di lengan kiri
harganya 70rb belum ongkir
cek dm ya kak aku udah kirim foto detailnya 🙏"""),
("comment", "reply_to_buyer", (1, 1, 1, 1), """Buat yang nanya di kolom komentar: iya ini semua barang thrift impor, bukan baju baru ya. Isi karungnya dari Jepang jadi ukurannya agak kecil, size L Jepang = M Indo.
Link katalog lengkap ada di bio, tinggal klik yang warna ijo 💚"""),
("post", "haul_names_seller", (1, 1, 1, 1), """Haul thrifting hari ini di Gedebage! 🛒
Dapet 5 potong cuma 200rb: jaket corduroy, 2 kemeja flanel, celana chino, sama rok plisket
Semua dari lapaknya Teh Ai di blok sweater, katanya baru buka karung kemarin jadi masih banyak yang bagus
Kalo kalian ke sana bilang aja tau dari akun ini hehe
#thriftingbandung #gedebage #hiddengems"""),
("post", "haul_names_seller", (1, 1, 1, 1), """ok so aku baru unboxing paket dari @kedai.seken dan jujur puas bgt 😭
ini coat wol ex Jepang, cuma 95rb, pas aku cek tag ada tulisan kanjinya
kondisi bekas pakai tapi bersih, udah dilaundry sama sellernya
mereka tiap Jumat update stok dari karungan baru, rekomended parah
anyway outfit ootd besok pake ini yaa"""),
("message", "telegram_broadcast", (1, 1, 1, 1), """📢 CHANNEL GROSIR SEKEN IMPORT
Update kontainer minggu ke-3:
✅ Bal kaos Thailand 2nd
✅ Bal celana jeans Korea
✅ Bal tas & dompet Jepang
Harga khusus member channel, PO ditutup Kamis
Pembayaran DP 50%, pelunasan saat barang sampai gudang Surabaya
Kontak @admin_grosirseken"""),
("listing", "plain_offer", (1, 1, 1, 1), """Sepatu Nike Air Max 90 Second Original Ex Korea
Size 42, insole 27 cm
Sol masih tebal, upper ada creasing wajar
Barang bekas impor, no box, no nota
Sudah dicuci deep cleaning
Harga 320rb, bisa cek langsung di Tangerang"""),
("post", "regional_code_word", (1, 1, 1, 1), """Awul-awul Jogja buka lagi le 😁
Hari Minggu iki neng lapangan cedhak Pasar Beringharjo, jam 7 nganti jam 12
Klambi, kathok, jaket, kabeh 10 ewu - 30 ewu
Barang anyar teka saka karung, isih akeh sing apik
Sing arep nitip golekke ukuran, chat wae"""),
("post", "regional_code_word", (1, 1, 1, 1), """Rombengan Cimol stok fresh, langsung dari karung!
Kaos band, jaket varsity, kemeja hawaii, semua sekon
Mampir atuh ka lapak urang di Gedebage, atau pesen online ge tiasa
Harga mulai 25 rebu, borongan dikasih diskon
WA 0812xxxx"""),
("post", "plain_offer", (1, 1, 1, 1), """Yang cari tas branded bekas impor, mampir sini kak 👜
Coach, Kate Spade, Michael Kors, semua second dari Jepang
Dijamin ori karena kita ambil dari bal tas, bukan dari pabrik KW
Kondisi bervariasi, ada yang 80% ada yang 95%, detail tanya aja
Ready di Shopee & TikTok Shop, nama toko: TasSekenOri"""),
("listing", "bale_grade_lot", (1, 1, 1, 1), """JUAL BAL CAMPUR GRADE B PER KARUNG 80KG
Isi: kaos, kemeja, celana pendek, daster
Estimasi 350-400 pcs
Cocok untuk pemula yang mau buka lapak di pasar malam
Tidak bisa pilih isi, terima apa adanya (no retur)
Harga 2,8jt, kirim dari Pekanbaru"""),
("listing", "bale_grade_lot", (1, 1, 1, 1), """Sortiran Grade A Kemeja Flanel per Kilo
Sudah dipilih yang bebas noda & bolong
Harga 90rb/kg, minimal ambil 5 kg
Stok di gudang Bekasi, bisa dicek sebelum bayar
Cocok buat yang jual online di marketplace
Pengiriman JNE Cargo atau Indah Logistik"""),
("post", "jastip_offer", (1, 1, 1, 1), """JASTIP PASAR SENEN 🛍️ Sabtu ini!
Aku ke lantai 2 yang lapak-lapak baju bekas impor itu, kalian titip aja mau cari apa
Fee jastip 10rb/pcs, harga barang sesuai harga pasar
Kirim request: jenis baju, size, warna, budget
Close order Jumat jam 9 malem ya
#jastipsenen #thriftjakarta"""),
("post", "dropship_recruit", (1, 1, 1, 1), """DIBUKA DROPSHIPPER THRIFT 🙌
Ga perlu modal, ga perlu stok
Kamu cukup posting foto dari katalog kami (barang second impor Korea & Jepang), kami yang packing dan kirim atas nama tokomu
Untung per pcs bisa 15-40rb
Syarat: punya akun marketplace aktif
Daftar via form di link bio"""),
("post", "bale_reseller_recruit", (1, 1, 1, 1), """Mau usaha modal kecil tapi untung gede? Coba jualan baju bekas import!
Kami supply ball press langsung dari pelabuhan, isi campur tapi banyak branded
Modal 3 juta udah bisa dapet 1 ball, jual satuan bisa balik modal 2-3x lipat
Kami bantu arahkan cara sortir & foto produk
Gabung grup reseller: chat 0896xxxx"""),
("listing", "misspelled_evasion", (1, 1, 1, 1), """Baju Tripting Impor Jepang Mix Model Wanita
Blus, kardigan, rok panjang, 1 paket isi 10 pcs
Semua baju seken pilihan dari karung, no zonk janji deh
Harga paket 150rb aja
Ukuran all size kecil-sedang"""),
("post", "glued_hashtag_evasion", (1, 1, 1, 1), """New drop tiap Kamis malam, jangan sampe kehabisan ya besties 🫶
Kemarin yang jaket kulit langsung ludes dalam 5 menit 😭
Harga mulai 40rb, bisa bundling 3 pcs lebih murah
#bajubekasimporkorea #ballpressmurah #thriftshopjakartatimur #secondimportori"""),
("review", "review_of_seller", (1, 1, 1, 1), """⭐⭐⭐⭐⭐
Barangnya sesuai deskripsi, kemeja bekas Jepang tapi masih tebel bahannya. Packing rapi, wangi, kayaknya dicuci dulu sama sellernya.
Buat yang ragu, toko ini emang jual baju second import ya, bukan baru. Aku udah 3x order di sini dan gak pernah kecewa.
Mantap min, nanti kalau ada bal baru kabarin lagi 👍"""),
("post", "border_route_offer", (1, 1, 1, 1), """Barang dari Tawau sudah sampai Nunukan, yang pesan kemarin siap-siap ya
Ada baju anak, jaket, celana, sepatu, semua bundle dari Malaysia
Buat yang di Tarakan dan Tanjung Selor bisa titip speed, ongkos ditanggung pembeli
Harga per karung dan per potong ada, japri saja"""),
("post", "border_route_offer", (1, 1, 1, 1), """Stok lelong baru masuk lewat Entikong 🙏
Jaket, sweater, kaos bola, lengkap
Lapak kami di Pontianak dekat Pasar Flamboyan, buka pagi sampai sore
Yang di luar kota bisa kirim pake bis atau JNT
Lelong murah meriah, datang cepat sebelum diborong orang"""),
("post", "port_route_offer", (1, 1, 1, 1), """Baju Batam kualitas ekspor, eh maksudnya bekas ekspor hehe 😂
Langsung dari Tanjungbalai Karimun ke gudang kami di Jambi
Kemeja kantor pria 25rb, blazer wanita 45rb
Yang mau ambil untuk dijual lagi minta harga grosir
Tanya-tanya boleh, bayar baru kirim"""),
("live", "live_sale_call", (1, 1, 1, 1), """[LIVE] BUKA KARUNG JAKET JEPANG 🔴
Halo halo yang baru join, selamat datang di live Thrifty Mama!
Ini kita buka karung jaket Jepang isinya macem-macem, ada uniqlo, ada north face
Sebut nomor yang kalian mau, yang komen duluan dapet
Harga semuanya 50 ribu kecuali yang aku sebut khusus"""),
("live", "live_sale_call", (1, 1, 1, 1), """Gaes gaes cepetan merapat ke live aku ya 🙏
Malam ini bongkar bal celana cargo dari Amerika, 40 ribuan aja
Keep langsung transfer, nama + nomor + alamat kirim di chat
Besok pagi langsung packing, lusa udah sampe kalo di Jawa
Link live ada di story"""),
("post", "plain_offer", (1, 1, 1, 1), """Open lapak preloved import yaa 🧺
Ini semua baju bekas dari Korea yang aku pilihin dari karungan reseller langganan, jadi bukan punya aku pribadi
Dress, cardigan, blouse, rata-rata masih 85-95%
Harga 35-75rb, ongkir dari Bogor
Komen 'Mau' di foto yang kalian suka"""),
("listing", "plain_offer", (1, 1, 1, 1), """Hoodie Champion Reverse Weave Bekas Import USA Size XL
Warna abu misty, logo bordir masih rapi
Minus: ada pilling tipis di bagian ketiak (normal barang seken)
Didapat dari bal Amerika, bukan beli di mal
Harga 175rb, harga pas, siap kirim dari Depok"""),
("message", "dm_reply_offer", (1, 1, 1, 1), """Halo kak, makasih udah DM 🙏
Untuk bal jeans Korea kami ada 2 pilihan:
1. Grade A isi 120 pcs = 4,5jt
2. Grade B isi 150 pcs = 3,2jt
Ongkir ke Banjarmasin via kapal sekitar 350rb per bal
Kalo setuju nanti aku kirim no rekening dan video isi balnya ya"""),
("post", "regional_code_word", (1, 1, 1, 1), """Roma (rombengan Malaysia) datang lagi, dingsanak! 😁
Kaos, kemeja, celana panjang banyak yang masih bagus
Lapak ulun di Pasar Tungging, buka subuh sampai tengah hari
Harga mulai 10rb, beli banyak dikurangi
Kada usah takut kehabisan, karung masih bebanyak"""),
("post", "bundle_offer", (1, 1, 1, 1), """Bundle Bandung stok baru, mostly workwear US & Jepang 🇺🇸🇯🇵
Carhartt, Dickies, Ben Davis, semua asli bekas dari bal
Kios kami di Kebon Kalapa lt. dasar, buka jam 10
Yang dari luar kota bisa video call buat lihat barang
DM for price"""),
("post", "fb_group_offer", (1, 1, 1, 1), """Izin promo admin 🙏
Buat ibu-ibu yang usaha jualan pakaian di kampung, saya ada karungan daster & baju anak bekas Korea, harganya miring
1 karung 50kg isi ratusan potong, bisa dijual lagi 5rb-15rb
Lokasi Sidoarjo, bisa kirim ke Jatim & Jateng
Inbox saja ya, nanti saya kirim video unboxing karungnya"""),
]
