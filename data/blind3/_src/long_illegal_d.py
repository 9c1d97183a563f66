# Longform, illegal offers (all four elements 1). Part D. Each text written by hand.
# Tuple: (kind, category, text)

R = [
# ---- haul_to_shop ----
("post", "haul_to_shop", """HIDDEN GEMS HAUL ✨ part 7
Hari ini aku nemu:
1. Jaket Carhartt Detroit second, 120rb 🤯
2. Kemeja Polo Ralph Lauren bekas, 45rb
3. Rok plisket Jepang, 30rb
Semua dari bal Jepang yang dibuka kakak @gudangtimur.thrift kemarin.
Kata kakaknya masih ada sisa 2 bal lagi, buruan cek akunnya, link aku taruh di bio!
#thrifthaul #hiddengems #thriftindonesia"""),

("post", "haul_to_shop", """POV: budget 100rb di lapak second impor langganan aku 😭💸
👕 kaos band Metallica 2003 - 40rb
👖 celana Dickies - 35rb
🧢 topi New Era - 20rb
Total 95rb, sisa 5rb buat es teh.
Lapaknya di Blok III Senen lantai 2, kios Bang Iyan, atau order online lewat akun yang aku tag.
#thrifting #senen #hiddengems"""),

("post", "haul_to_shop", """Racun thrift minggu ini 🧪
Aku dapet coat wool ex Korea cuma 85rb, masih wangi bekas pemilik lamanya wkwk
Yang nanya belinya di mana: di toko @karung.seoul, mereka live bongkar bal tiap Rabu malam.
Pakai kode NAYLA5 buat potongan 5rb ya (bukan endorse, beneran langganan)
#OOTD #thriftfinds"""),

("post", "haul_to_shop", """Unboxing paket dari seller bal Korea favoritku 📦
Isinya 6 potong second: 2 cardigan, 1 trench coat, 3 blus
Total 210rb incl ongkir
Kondisi 5 mulus, 1 ada noda dikit tapi ilang dicuci
Kalau mau belanja di sana, klik link di bio aku (link afiliasi ya, makasih yang udah support 🥰)"""),

("post", "haul_to_shop", """cowok2 yg nanya terus jaket gw beli di mana, nih gw spill 👇
jaket kulit second Jepang, 150rb di monza Pasar Melati, kios no 33 punya bang Ucok
masih banyak yg bagus, bang Ucoknya juga jual online, ig nya gw tag
kalo ke sana bilang dari gw biar dapet diskon wkwk
#medan #monza #thrift"""),

("post", "haul_to_shop", """HAUL CAKAR 💛 Rp150.000 dapat apa?
• gaun brokat Korea 35rb
• blazer Jepang 40rb
• celana kulot 25rb
• tas selempang 30rb
• syal 20rb
Semua dari karung yang baru dibuka di lapak Kak Ani, Pasar Terong. Kak Ani juga jual online, nomornya ada di highlight aku "CAKAR".
#cakarmakassar #haul"""),

("post", "haul_to_shop", """Thrift with me di gudang bal Bekasi 🏭
Bayangin, baju second Jepang ditumpuk setinggi 2 meter, boleh milih sendiri, 25rb/pcs!
Aku dapet 12 potong, 3 jaket Uniqlo, 2 hoodie Champion, sisanya kemeja.
Gudangnya buka Sabtu-Minggu, alamat & jam buka ada di pin komentar.
Bisa order online juga kok kalau jauh."""),

("post", "haul_to_shop", """[Review jujur] Beli sepatu second Korea dari toko @sneakerbalbal 👟
NB 990 size 42, 320rb, sol 85%, upper bersih, bau aman.
Sumpah ini hidden gem banget buat yang mau sepatu bagus budget tipis.
Mereka restock tiap buka bal, pantau story-nya.
Link toko aku taruh di bio bagian "sepatu"."""),

# ---- seller_bio ----
("profile", "seller_bio", """🧥 Karung Sakura Thrift
Supplier bal second Jepang & Korea sejak 2018
📦 Grosir per bal / ecer per kilo
🚚 Kirim seluruh Indonesia (kargo darat & laut)
🔴 Live bongkar bal: Selasa & Jumat 20.00
📍 Gudang Cikarang (kunjungan dengan janji)
💬 Order: WA 0812xxxx"""),

("profile", "seller_bio", """Monza Lae Sinaga 🇮🇩
Jual pakaian bekas luar negeri di Pajak Sambu sejak 2005
Grosir bal & ecer
Stok baru tiap Selasa-Jumat
Pengiriman Sumut, Aceh, Riau
Testimoni di sorotan ✨"""),

("profile", "seller_bio", """CAKAR ONLINE DAENG ☀️
barang karungan pilihan, asli luar negeri
buka karung tiap Jumat & Minggu
antar gratis area Makassar-Gowa
order lewat DM, bayar COD atau transfer"""),

("profile", "seller_bio", """Thrift curator | ex-Japan & Korea second only
No fake, no reject, no baru
Setiap item diambil langsung dari bal, dicuci, disetrika uap
Drop tiap Kamis 7pm di feed
Shopee & TikTok: cari "kurasi.bal"
DM for wholesale"""),

("profile", "seller_bio", """Roma Sebatik 🌊
Baju, seluar, kasut seken Malaysia
Barang langsung dari Tawau
Jual per karung atau ecer
Kirim ke seluruh Kaltara & Sulawesi
Admin: Bu Hasnah"""),

("profile", "seller_bio", """🌸 Lapak Awul Mbak Sri 🌸
Awul-awul pilihan, barang luar negeri, bukan sampah
📍 Pasar Klithikan & online
🛵 COD Jogja kota
📲 Katalog di WA, ketik KATALOG
Buka bal tiap tanggal 1 & 15"""),

# ---- comment_reply_offer (thread) ----
("comment", "comment_reply_offer", """@tiara.rsd: kak ini jaketnya beli di mana? bagus banget 😍
@bayuthrift: @tiara.rsd aku jual jaket second Jepang model gini kak, 75rb, masih ada 4 warna
@tiara.rsd: @bayuthrift beneran second kak? kondisinya gimana
@bayuthrift: @tiara.rsd iya bekas pakai, dari bal Jepang, mulus 90%. cek wa yg di bio ya biar aku kirim video"""),

("comment", "comment_reply_offer", """Ririn: Ada yang jual baju bekas impor buat anak ga di Balikpapan?
Siska: Aku kak! ada sekarung baru dibuka, baju anak seken Korea 10-20rb
Ririn: Wah mau liat kak
Siska: Inbox ya kak, aku kirim foto-fotonya. Bisa COD di Gunung Sari"""),

("comment", "comment_reply_offer", """> Nanya dong, monza yang bagus sekarang di mana ya, Sambu makin sepi
>> Di tempat kami aja bang, kami jual online juga, bal baru masuk minggu ini
>> Kemeja 20rb, jaket jins 75rb, bisa kirim luar kota
>> WA ada di profil ya bang, silakan"""),

("comment", "comment_reply_offer", """user_ayu: harga bal korea skrg berapa sih? mau coba jualan
gudang_balbal: kak kami ada bal korea grade A 9,2jt, grade B 6,5jt, isi second campur
user_ayu: bisa liat video isinya dulu ga kak?
gudang_balbal: bisa kak, langsung ke wa ya, link di bio. bisa dicicil 2x juga"""),

("comment", "comment_reply_offer", """Anto: Info penjual cakar yang bisa kirim ke Kendari?
Maya: Sy kak! karungan atau ecer bisa, barang dari Parepare
Anto: Harga karung berapa?
Maya: 2,2jt per karung 45kg kak, ecer mulai 15rb. Chat wa sy ya, nomornya di postingan pinned di akunku"""),

# ---- buried_offer ----
("post", "buried_offer", """Hari ini capek banget, dari pagi antar anak sekolah, terus ke posyandu, sorenya masak rendang buat arisan 😮‍💨
Tapi bersyukur, suami udah pulang dinas dari Batam.
Btw, suami bawa oleh-oleh 3 karung baju second impor dari sana, kalau ada temen2 yang mau, bisa ambil di rumah, harga teman 15rb/pcs.
Besok aku foto2 deh. Selamat malam semuanya 🤍"""),

("post", "buried_offer", """Catatan Ramadan hari ke-18 🌙
Alhamdulillah bisa khatam juz 18 hari ini, walau sambil ngurus anak.
Sedekah subuh jangan lupa ya teman2.
Oh iya, buat yang cari baju lebaran murah buat keluarga, lapak cakar kami buka sampai malam 27, ada gamis & koko second impor 25-50rb.
Semoga kita semua dapat lailatul qadar 🤲"""),

("message", "buried_offer", """Selamat pagi bapak ibu grup alumni SMP 2 angkatan 98 🙏
Mengingatkan reuni tanggal 14 di rumah makan Sari Rasa, iuran 150rb.
Yang belum konfirmasi tolong segera ya.
Sekalian numpang promo usaha adik saya: jual bal seken Korea & ecer jaket 50rb, bisa COD se-Kota Bogor.
Terima kasih, sampai jumpa di reuni!"""),

("post", "realworld_tweet", """Thread curhat: udah 3 bulan kena PHK 😔
Awalnya bingung, tapi temen ngajakin ikut jualan baju.
Sekarang aku jualan thrift, ambil dari bal Jepang di gudang temen, lumayan buat bayar kontrakan.
Kalau ada yg mau bantu sambil belanja, kemeja & jaket second mulai 30rb, lihat di highlight IG-ku.
Makasih yang udah baca, semangat buat yang lagi berjuang juga."""),

("post", "buried_offer", """Review trip ke Pontianak 4 hari 🧳
Hari 1: Tugu Khatulistiwa, panas banget tapi seru
Hari 2: makan choipan & kopi Asiang, wajib!
Hari 3: ke Sungai Kapuas naik kapal wisata
Hari 4: belanja lelong di Jalan Pattimura, aku borong 2 karung baju seken Malaysia buat dijual lagi di Jakarta, yang mau lihat stoknya DM aja ya 😆
Overall 9/10, pengen balik lagi."""),
]
