# Batch 1: illegal offers written without the famous keywords (hand-written, one by one).
# Tuple: (kind, category, (offer, used, clothing, abroad), text)
RECORDS = [
("listing", "logistics_units", (1, 1, 1, 1), """Jaket Gunung Outdoor Campur Merk - Per Karung 100 Pcs Sortiran A
Baru buka ikat kemarin sore, isi full jaket windbreaker, fleece, parka.
Kondisi rata-rata 8-9/10, ada 5-7 pcs minus (noda kecil/resleting seret), sudah dihitung di harga.
Harga 4,2jt/karung, ambil 2 karung dpt potongan ongkir.
Barang turun dari Dumai, kirim via ekspedisi ke seluruh Jawa.
WA 0812xxxx (Bang Ucok, gudang Rumbai)"""),

("post", "ship_arrival_caption", (1, 1, 1, 1), """🚢 KAPAL SUDAH SANDAR, GUYS 🚢
Paket dari seberang mendarat tadi subuh, sore ini langsung kita buka di gudang.
Isinya kemeja flanel sama cardigan rajut, banyak tahun 90an, label udah pudar tapi bahan masih tebel 🤌
Yang mau first pick japri dulu, 35k-60k aja
📍 Gudang Mbak Rara, Jl. Kenanga (belakang minimarket)
#racunflanel #kapalsandar #firstpick #cardiganrajut"""),

("message", "reseller_broadcast", (1, 1, 1, 1), """Assalamualaikum kak, info stok minggu ini ya 🙏
Goni 'kuning' isi celana jeans cowok campur ± 90 potong, kondisi layak pakai, sudah disortir dari yg sobek.
Goni 'hijau' isi daster + blouse ibu2, ± 180 potong.
Harga reseller: kuning 3,8jt, hijau 2,9jt. Barang dari Tanjungbalai, dikirim pakai truk ke Medan–Pekanbaru tiap Kamis.
Minat balas FORMAT: nama / kota / jenis goni. Terima kasih 🙏"""),

("live", "live_sale", (1, 1, 1, 1), """[LIVE jam 20.00 WIB - buka goni ke-3 malam ini]
Halo halo yang baru join, ketik 'ikut' ya biar masuk antrian.
Ini hoodie abu nomer 14, size L, ada sedikit kusam di ujung lengan, selain itu mulus. 45 ribu, siapa cepat.
Nomer 15 sweater rajut, tahun-tahunan lama, labelnya tulisan kanji, 55 ribu.
Semua barang pilihan dari tumpukan yang kapalnya turun Senin kemarin, jadi 1 pcs only, ga ada restock model sama.
Checkout lewat keranjang kuning, kode nomer tulis di catatan."""),

("profile", "shop_profile", (1, 1, 1, 1), """🌿 Lemari Tetangga 🌿
Pilihan dari tumpukan, dicuci, disetrika, difoto satu-satu.
Kiriman kapal tiap 2 minggu • 1 pcs only • no restock
Open reseller (min ambil 1 koli)
📦 Kirim dari Batam
DM / WA 0813xxxx"""),

("comment", "seller_reply", (1, 1, 1, 1), """@dinda.ayu iya kak masih ada, yg cokelat size M, kondisi 9/10 cuma ada noda tipis di kerah belakang (udah aku fotoin di highlight).
Harga tetep 65k ya kak karena itu barang pilihan dari sortiran pertama.
Kalau mau sekalian liat yg lain, besok siang aku buka ikat goni baru dari Nunukan, isinya jaket kulit sama blazer. Cek story aja ya 🙏"""),

("listing", "per_kilo_lot", (1, 1, 1, 1), """Kemeja Flanel Pria Wanita Murah Vintage Oversize Kotak Kotak Grosir Kiloan
Dijual per kilo: 1 kg = ± 4-5 pcs, harga 95rb/kg.
Barang datang dalam goni dari Belawan, belum disortir ulang, ada yang kondisi mulus ada yang minus kancing.
Min order 10 kg. Cocok untuk pemula yang mau buka lapak di pasar kaget.
Tanya stok dulu via chat."""),

("post", "market_nickname_medan", (1, 1, 1, 1), """Kawan-kawan, pajak kita buka lagi hari Selasa ini ya, Pamela lorong 3 kios Tulang Horas.
Barusan masuk sepatu kulit sama boots, turun dari kapal Port Klang, masih ada bau gudangnya sikit, nanti kau cuci lah itu.
Kondisi ada yang 90% ada yang solnya udah tipis, harga mulai 70 ribu, tawar boleh asal jangan sadis kali.
Yang di luar Medan bisa video call, kirim pakai JNE."""),

("message", "border_route_dm", (1, 1, 1, 1), """Kak, yang trench coat krem itu panjangnya 110 cm, kondisi 8/10 (ada pudar dikit di bahu kena matahari, wajar ya kak).
Asli dari tumpukan yang dibuka Jumat lalu, barangnya nyeberang lewat Entikong.
Harga nett 180 ya, ongkir ke Pontianak kota 10rb. Kalau ok transfer ke BCA a.n. Yuliana S., nanti aku packing malam ini."""),

("live", "live_sale_javanese", (1, 1, 1, 1), """Monggo monggo, live jam 9 wengi iki isine jaket parasut kabeh, anyaran teko koli sing tekan wingi.
Kondisi 8 ke atas, sing ono bolong tak sisihke, ora tak dol. Regane 40 ewu wae rek, jupuk 3 dadi 110.
Sing wis ketik nomer, ojo lali bayar maksimal sak jam yo. Barang mung siji-sijine, ora iso restock."""),

("article", "advertorial_stall", (1, 1, 1, 1), """Advertorial | Berburu Jaket Tebal Murah Jelang Musim Hujan
Kios Teh Imas di blok C Gedebage baru saja menerima kiriman goni berisi jaket parka dan windbreaker. Setiap jaket diperiksa ulang, dicuci dan disetrika sebelum dipajang, sehingga pembeli tidak perlu khawatir soal bau gudang.
Kondisinya beragam, dari yang nyaris mulus hingga yang memiliki sedikit noda, dan harganya disesuaikan: mulai Rp35.000 sampai Rp150.000.
Kios buka pukul 08.00–17.00, juga melayani pesanan lewat WhatsApp 0821xxxx."""),

("review", "haul_names_seller", (1, 1, 1, 1), """⭐⭐⭐⭐⭐ Puas banget belanja di @lemarisebrang.id
Dapet cardigan rajut tahun 80an, label udah pudar tapi jahitannya rapi bgt. Minusnya cuma 1 kancing beda warna, udah dikasih tau sama adminnya dari awal, jujur.
Packing rapi, wangi, katanya semua dicuci dulu sebelum dikirim. Barangnya dari goni yang dibuka tiap Rabu, jadi kalian pantengin story-nya hari Rabu ya.
Bakal repeat order!"""),

("listing", "grade_letters", (1, 1, 1, 1), """SEPATU LARI CAMPUR MERK — PAKET 20 PASANG
Hasil sortir koli sepatu yang masuk dari Tawau minggu lalu.
Isi: running shoes, sneakers kanvas, sedikit trail. Size 38–44 acak.
Grade A: sol masih tebal, upper bersih, insole ada. Grade B: sol mulai aus / ada noda, harga beda.
Paket A 1,6jt | Paket B 900rb
Bisa COD area Nunukan & Tarakan, luar kota via kargo laut.
Chat: 0852xxxx"""),

("post", "invented_code_word", (1, 1, 1, 1), """Roti tawar jumbo dateng lagi nih, 3 biji, masih diiket 😋🍞
Yang ini isinya kaos band sama tees ringer, banyak tahun 90an-2000an, ada sablon retak dikit itu justru vibe-nya.
Sortir besok pagi, yang mau hunting langsung ke lapak jam 10 ya, siangan dikit udah diserbu reseller.
Lokasi tetep: belakang terminal, tenda oranye.
#rotitawarjumbo #kaosbandlawas #sabtuhunting"""),

("message", "reseller_recruitment", (1, 1, 1, 1), """📣 OPEN RESELLER BATCH 4 📣
Buat kamu yang mau usaha modal kecil:
✅ ambil per goni (isi 100-150 pcs) atau setengah goni
✅ barang pilihan, tinggal cuci-setrika-foto
✅ dibimbing cara live & cara nentuin harga per pcs
Stok rutin dari Tanjungpinang, 2x seminggu.
Modal mulai 1,5jt. Slot terbatas 15 orang.
Daftar: ketik RESELLER#NAMA#KOTA kirim ke 0877xxxx"""),

("listing", "english_mix_condition", (1, 1, 1, 1), """Vintage Denim Jacket – Size M – Condition 8/10
Faded wash, small stain near left pocket (see pic 4), all buttons intact. Made in USA tag, probably late 80s.
Picked from this week's sack, only 1 pcs, no restock.
Harga 210k nett, free ongkir Jabodetabek.
Drop kode 'DJ-07' di DM @gudang.kain.lama for faster response."""),

("comment", "seller_reply", (1, 1, 1, 1), """Yg nanya2 lokasi: kita ga ada toko fisik ya kak, semua barang langsung dari goni ke rumah kalian 🙈
Tiap buka goni kita live dulu biar transparan, kelihatan kondisi aslinya (ada noda, ada kancing lepas, kita bilang).
Barang lewat Batam, jadi ongkirnya dari sana. Jadwal live Senin & Kamis jam 7 malem, link di bio."""),

("listing", "per_kilo_lot", (1, 1, 1, 1), """Baju Anak Kiloan Campur Laki Perempuan Usia 1-8 Tahun
Rp 70.000/kg, 1 kg isi ± 6-8 pcs
Baju sudah pernah dipakai tapi masih layak, sudah disortir, yang robek dibuang.
Stok dari koli yang masuk pelabuhan Parepare, tersedia 200 kg.
Cocok buat jualan di pasar malam. Pengiriman dari Pinrang, chat untuk ongkir."""),

("post", "regional_flavour_makassar", (1, 1, 1, 1), """Ayo mi ke lapak ta' di Pasar Terong, barang fresh turun kapal dari Pare tadi pagi 😁
Banyak blazer sama celana kain, kondisi rata-rata mulus, ada ji sedikit yang minus tapi murah mi itu.
Harga 25 ribu - 80 ribu, bisa ki tawar. Buka ikat jam 9, jangan terlambat nah nanti habis ki dirampok reseller 😂
Tanya-tanya WA 0853xxxx (Daeng Sule)"""),

("profile", "shop_profile", (1, 1, 1, 1), """Galuh Sandang Murah | Banjarmasin
Jual pakaian pilihan hasil sortiran, kondisi layak pakai, harga pasar.
Barang datang per goni tiap Sabtu (kirim dari Tarakan)
Melayani ecer & grosir • COD Banjarmasin–Banjarbaru
Jadwal live: Sabtu & Minggu 19.30 WITA
Order: WA 0811xxxx"""),

("listing", "logistics_units", (1, 1, 1, 1), """TAS WANITA BRANDED CAMPUR, SISTEM 1 KOLI ± 60 PCS
Isi tas kulit, tote, sling, dompet panjang. Merk campur (Coach, Kate Spade, Guess, non-merk).
Kondisi: mayoritas mulus, sebagian ada lecet di sudut / lapisan dalam kotor, ada juga yg ritsletingnya perlu ganti.
Harga per koli 5,5jt, sudah termasuk ongkir ke Surabaya. Barang masih di gudang Batam, estimasi sampai 7-10 hari.
Foto isi koli bisa diminta, video waktu dibuka juga ada."""),

("message", "supplier_dm", (1, 1, 1, 1), """Bro, stok wool coat yang kamu tanyain kemarin udah ada, 1 goni isi 70-an potong, warna gelap semua, model panjang-pendek campur.
Ini barang musim dingin orang sana, jadi tebel2, cocoknya buat yang jualan ke pendaki atau anak kampus.
Ada yang bolong dimakan ngengat dikit, aku kasih diskon 300 dari harga normal, jadi 3,1jt.
Kalau deal, besok aku naikkan ke truk yang ke Bandung."""),

("live", "live_sale_sundanese", (1, 1, 1, 1), """Wilujeng wengi, live Teh Nenden dimimitian! Ieu barang ti karung anu kakara dibuka sore tadi, kiriman ti Batam.
Kameja flanel, kaos oblong, calana kargo. Kondisina sae, aya nu rada luntur saeutik, da wajar.
Harga 30 rebu hiji, 3 jadi 80. Ketik kode + ukuran nya, engke ku abdi dicatet.
Teu aya restock, ngan hiji-hiji wungkul."""),

("post", "thread_stock_list", (1, 1, 1, 1), """thread stok minggu ini 🧵
1/ jaket corduroy cokelat, size L, kondisi 9/10, noda tipis di manset. 120k
2/ rok plisket hijau army, pinggang 68, ada jahitan ulang di belakang. 60k
3/ sweater argyle, label tulisan kanji, udh pudar. 85k
semua barang pilihan dr tumpukan yg baru sampe lewat pelabuhan Dumai, 1 pcs only.
reply 'mine + nomor' yg pertama dapet. pembayaran max 2 jam"""),

("listing", "household_textiles_lot", (1, 1, 1, 1), """Bed Cover & Selimut Tebal Campur — Grosir Per Goni
Isi 40-50 lembar selimut, bedcover, sprei, sarung bantal. Motif campur, banyak yang karakter.
Sudah pernah dipakai, kondisi bersih & tebal, beberapa ada noda kecil atau jahitan pinggir lepas.
Harga 2,4jt/goni, kirim dari gudang Entikong ke Pontianak, Singkawang, Sanggau.
Info lengkap & video isi via WA."""),

("comment", "seller_plug_in_comments", (1, 1, 1, 1), """Kak kalau nyari yang kayak gitu mampir ke lapak aku aja 😊 Kami dapet kiriman goni dari seberang tiap 10 hari, banyak mantel & jaket kulit kondisi 8/10 ke atas.
Harga mulai 75rb, tiap malam Jumat live di TikTok @lapak.bangjoe
Sering ada yang masih ada kertas struk toko luarnya di kantong wkwk 🤭"""),

("message", "wholesale_broadcast_grades", (1, 1, 1, 1), """Selamat pagi bos-bos, stok gudang Belawan hari ini:
• Kemeja lengan panjang pria: 6 goni (A & B)
• Celana jeans wanita: 3 goni (A)
• Jaket campur: 4 goni (B, banyak minus resleting)
Grade A 3,9jt, Grade B 2,6jt. Harga pas, tidak melayani ecer.
Barang diambil di gudang atau kami antar sampai Pajak Melati.
Konfirmasi sebelum jam 12 siang ya."""),

("post", "pointer_elsewhere", (1, 1, 1, 1), """ada yg nyari kemeja rayon motif 90an? stok br turun kapal dr t4 biasa (yg di pinggir laut itu lho 😉) kondisi 8-9/10, sdh dicuci.
harga 50rb-an, ambil 5 gratis ongkir jabodetabek.
info lgkp & katalog ada di wa, ga bs spill di sini ya, kalian tau lah 🤫
cek highlight 'STOK'"""),

("listing", "vintage_year_condition", (1, 1, 1, 1), """Hoodie Champion Reverse Weave Tahun 90an Original Size XL
Kondisi 7.5/10: warna sudah fading merata, ada 2 titik noda di perut (lihat foto), rib lengan masih kencang.
Tag sudah tipis tapi masih terbaca. Ukuran LxP 64x72.
Didapat dari sortiran goni minggu ini, 1 pcs saja.
Harga nego tipis, no COD. Kirim dari Pekanbaru."""),

("live", "invented_code_word", (1, 1, 1, 1), """Live pagi ibu-ibu! Hari ini kita buka 'kasur' isi baju anak sama piyama, dateng dari pelabuhan tadi subuh 🚚
Semua udah dipilih, yang robek nggak dijual, cuma ada yang warnanya agak kusam aja.
Kode A 15rb, kode B 25rb, kode C 35rb. Ketik 'ambil A2 / B7' gitu ya bun.
Maksimal transfer jam 12, lewat itu dilempar ke antrian berikutnya."""),

("post", "country_nickname", (1, 1, 1, 1), """Paket 'oleh-oleh Om Sakura' sudah di tangan 🌸
Isinya yukata, haori, jaket denim, sama kaos sekolah yang masih ada bordir nama pemiliknya 😆
Kondisi campur, rata-rata 8/10, ada yang kena noda teh dikit. Semua dicuci & diuap ulang.
Mulai 45rb. Open order mulai jam 7 malam via WA, first come first serve.
#omsakura #haori #yukata #kaossekolah"""),

("listing", "lot_100_pieces", (1, 1, 1, 1), """Jual Celana Jeans Pria Lot 100 Potong — Sortir Sendiri
Lot tumpukan campur merk (Levi's, Lee, Wrangler, non-merk), waist 28-38.
Kondisi rata2 layak pakai, whisker & fading natural, 10% ada sobek lutut / hem lepas.
Harga lot 3,5jt, angkut sendiri dari gudang di Tanjungbalai atau kirim kargo.
Hubungi Pak Anto 0812xxxx, tidak melayani tawar lewat chat."""),

("message", "invented_code_word", (1, 1, 1, 1), """Halo kak Sinta, makasih udah follow 🙏 Kita lagi ada promo buka 'bantal' minggu ini, isinya dress sama blouse wanita.
Kondisi 8-9/10, udah di-laundry, beberapa masih ada label laundry dari luar (tulisannya bukan bahasa kita hehe).
Harga 40-90rb, kalau mau list foto lengkapnya aku kirimin via WA ya kak."""),

("review", "haul_names_seller", (1, 1, 1, 1), """Review jujur belanja di kios 'Mak Ros' Pajak Sambu lantai dua.
Aku dapet 3 kemeja linen, 1 blazer wol, total 190 ribu. Semua barangnya baru turun dari goni, jadi masih bau gudang, wajib cuci 2x.
Kondisinya oke, kemeja yang satu ada noda kuning di ketiak, tapi hilang pakai soda kue.
Mak Ros buka tiap Selasa & Jumat, cepet-cepetan sama pedagang lain kalau mau barang bagus. Recommended buat yang mau gaya tanpa boros!"""),

("post", "regional_flavour_pontianak", (1, 1, 1, 1), """Barang dari sebelah (Kuching) dah sampai, lewat jalan biasa, aman 😎
Isi jaket kulit, sweater, celana training. Kondisi mantap, ade minus sikit pun kite kasih tau.
Harge 35-150 ribu. Ade yang mau ambil banyak, kite bagi harge reseller.
Lokasi Jl. Tanjung Raya, tanya-tanya WA 0896xxxx"""),

("listing", "keyword_stuffed_title", (1, 1, 1, 1), """JAKET KULIT ASLI PRIA WANITA MURAH KEREN KOLI SORTIR GRADE A FRESH BUKA KOLI
Isi 1 koli ± 35 jaket kulit (domba, sapi), model biker, bomber, blazer.
Sudah ada tanda pakai wajar: kulit lentur, sedikit retak halus di lipatan.
Harga koli 6,8jt. Ecer ada di lapak Cimol Gedebage blok B.
Fast respon chat."""),

("message", "voice_note_transcript", (1, 1, 1, 1), """[pesan suara, ditranskrip]
Bu Heni, ini saya Wati. Barang yang dari kapal Tawau Selasa kemarin sudah saya pilihin ya Bu, yang gamis sama tunik saja sesuai pesanan Ibu.
Ada 42 potong, kondisinya bersih, cuma tiga yang ada noda di bawah, saya kasih harga separuh.
Totalnya 1,35 juta Bu, ongkos ke Bone saya tanggung setengah. Kabari kalau jadi nggih."""),

("post", "regional_flavour_medan", (1, 1, 1, 1), """Horas! Minggu ini lapak kami pindah ke depan gang, tenda biru. Stok fresh dari goni, banyak jaket kulit & sepatu boots.
Ada pulak tas-tas kulit yang masih ada nama pemilik lamanya di dalam, tulisannya bahasa orang putih 😂
Harga bersahabat, mulai 30 ribu. Buka jam 8 pagi sampai habis.
Yang dari Siantar & Binjai, bisa titip lewat loket bus."""),
]
