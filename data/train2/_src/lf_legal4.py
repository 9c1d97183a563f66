# Hand-written long-form texts, batch 4: mixed legal hard negatives and a few more illegal offers.
DATA = r"""
@@ article|news_trader_quotes|0111
BUKITTINGGI - Pedagang pakaian bekas di Pasar Bawah mengaku kini hanya menjual sisa stok.
"Dulu ambo ambiak monza dari Tanjung Balai, satu ikek saratuih potong Rp2 juta," kata Datuak Sati (58).
Ia menyebut pembeli dari Payakumbuh dan Padang Panjang mulai berkurang.
Pemko Bukittinggi menyarankan pedagang beralih ke sulaman dan bordir khas Agam.
@@ article|news_trader_quotes|0111
GORONTALO - Di Pasar Sentral, sejumlah pedagang masih menggantung pakaian cakar di depan kios.
"Barang datang dari Makassar lewat kapal, satu karung bisa Rp3 juta," kata Hasan (44).
Kepala Dinas Perdagangan menyebut sosialisasi larangan impor pakaian bekas sudah dilakukan dua kali.
Pedagang meminta jangka waktu untuk menghabiskan stok.
@@ article|news_trader_quotes|0111
MANADO - Pedagang di Pasar Bersehati menyebut pakaian "cap karung" dari Filipina kini jarang masuk.
"Dulu lewat Sangihe, sekarang petugas so ketat," ujar Oma Lien, pedagang sejak 1998.
Menurutnya harga jaket naik dari Rp50 ribu menjadi Rp80 ribu karena stok langka.
Bea Cukai Bitung menyatakan terus berpatroli di perairan utara Sulawesi.
@@ article|news_trader_quotes|0111
BALIKPAPAN - Polda Kaltim menemukan gudang berisi 300 karung pakaian bekas yang diduga berasal dari Tawau.
"Barang rencananya dijual ke pedagang di Samarinda dan Tenggarong," kata Direktur Reskrimsus.
Pemilik gudang mengaku membeli per karung Rp2,2 juta dari seorang pemasok di Nunukan.
Polisi masih mengembangkan kasus untuk mencari jaringan pemasok.
@@ article|news_trader_quotes|0111
PALEMBANG - Kawasan pakaian bekas di Pasar 16 Ilir mulai sepi pembeli.
"Kami beli bal dari Jambi, aslinya Malaysia, sekarang susah dapat," kata Irwan (36).
Ia mengaku menjual jaket dan celana jeans mulai Rp40 ribu.
Dinas Perdagangan Palembang mendata sekitar 80 pedagang yang terdampak larangan.
@@ article|news_analysis|0111
Bagaimana penjual mengakali filter marketplace?
Dari pengamatan kami, penjual mengganti huruf dengan angka (b4l, s3k3n), menyisipkan spasi atau titik (b a l, th.rift), memakai huruf mirip dari alfabet lain, atau menaruh emoji di tengah kata.
Ada juga yang tidak menulis kata kunci sama sekali dan hanya menyebut asal kota, pelabuhan, atau satuan seperti "ikat 100 potong".
Moderasi berbasis daftar kata sulit mengejar variasi tersebut.
@@ article|news_analysis|0111
Rantai distribusi pakaian bekas di Indonesia timur berbeda dengan di barat.
Di Sumatra, barang masuk langsung dari Malaysia lewat Selat Malaka.
Di Papua dan Maluku, pedagang umumnya membeli karung dari agen di Surabaya atau Makassar yang dikirim dengan kapal barang.
Karena itu, istilahnya pun berbeda: cabo di Jayapura, RB di Ambon dan Kupang.
@@ post|official_statement_long|0111
Klarifikasi Dinas Perdagangan:
Beredar informasi bahwa semua penjualan baju bekas dilarang. Itu tidak tepat.
Yang dilarang adalah impor pakaian bekas dan perdagangan pakaian bekas asal impor.
Warga tetap boleh menjual pakaian bekas miliknya sendiri, mengadakan bazar amal, atau mendonasikan pakaian.
@@ post|official_statement_long|0111
Pengumuman PLBN Entikong:
Pelintas batas dilarang membawa pakaian bekas dari Malaysia untuk diperdagangkan.
Pakaian pribadi yang dikenakan atau dibawa dalam jumlah wajar untuk perjalanan tidak termasuk.
Petugas berhak memeriksa bagasi yang dicurigai.
@@ post|platform_guideline_long|0111
Catatan kebijakan: istilah daerah untuk pakaian bekas impor
Sistem kami memperlakukan monza, monja, cakar, cakbor, cabo, RB, roma, rombengan, awul-awul, owol-owol, dan "baju Batam" sebagai sinyal.
Namun sinyal itu harus dikonfirmasi konteks: apakah ada penawaran, apakah barangnya pakaian bekas, dan apakah asalnya luar negeri.
Contoh aman: berita, keluhan, kuis, dan cakar ayam.
@@ post|platform_guideline_long|0111
Pengingat untuk penjual fashion vintage:
Kalau produkmu BARU tapi bergaya retro, tulis jelas "baru", "produksi sendiri", atau "BNWT" di judul dan deskripsi.
Hindari menulis "eks bal" atau "sortiran" sebagai gimmick, karena listing akan tertahan peninjauan.
Foto label brand dan tag ukuran membantu proses verifikasi.
@@ post|complaint_thread|0111
Keluhan untuk layanan pelanggan:
Saya membeli "paket usaha 50 pcs kaos second korea" di toko Anda seharga 1,25 juta.
Yang datang hanya 31 potong dan sebagian besar tidak layak.
Penjual menulis di chat, "barang bal memang begitu kak, tidak bisa retur."
Saya minta dana dikembalikan dan toko ditinjau.
@@ post|complaint_thread|0111
Warga Kompleks Griya Indah mengeluhkan gudang di ujung jalan yang tiap malam menerima truk berisi karung.
"Katanya karung baju bekas dari Tanjung Balai, baunya menyengat," kata Pak RT.
Warga sudah melapor ke kelurahan dan polsek setempat.
@@ comment|complaint_thread|0111
Wulan: akun yang tadi live pecah bal udah kena banned belum sih?
Farhan: belum, masih live tiap malam, katanya "goni korea ready"
Wulan: astaga, report bareng yuk
Farhan: udah, pake kategori produk ilegal
@@ post|forum_question|0111
Mau tanya ke teman-teman reseller fashion:
Sekarang saya jual baju baru dari konveksi, tapi pembeli sering tanya "ini barang bal ya?".
Gimana cara menjelaskan di deskripsi supaya tidak dikira barang impor bekas?
Terima kasih masukannya.
@@ post|forum_question|0111
Ada yang tahu aturan soal membawa baju bekas dari Jepang setelah tinggal di sana 3 tahun?
Saya pulang bawa koper isi baju saya sendiri yang sudah dipakai.
Apakah itu dianggap impor pakaian bekas?
Saya tidak berniat menjual, hanya untuk dipakai.
@@ post|travel_caption_long|0111
Mampir ke Pasar Sukaramai Medan pas mudik, lorong monza-nya masih ada walau tidak seramai dulu.
Papaku nostalgia beli jaket di sana waktu muda.
Kami cuma lewat, karena tujuan utama beli bika ambon dan bolu meranti.
@@ post|travel_caption_long|0111
Weekend di Batam: pagi-pagi ke Pasar Jodoh, lihat lapak baju bekas yang buka dari subuh, siangnya ke Barelang.
Gak belanja baju, cuma beli kue bingka dan otak-otak.
Batam selalu punya cerita unik.
@@ post|travel_caption_long|0111
Road trip Kupang - Atambua!
Sempat lewat Pasar Baru Atambua, rame orang pilih baju RB.
Aku beli tenun ikat Belu buat oleh-oleh, lebih bermakna.
Lanjut ke perbatasan Motaain buat foto di gerbang PLBN.
@@ post|own_preloved_multilang|1110
Jual cepat baju kerja pribadi karena resign 😅
Blazer, kemeja, celana bahan — semua beli di The Executive dan Zalora (brand lokal).
Harga 40-90rb, kondisi bersih.
Bukan barang sortiran atau bal, ya. COD Sudirman jam pulang kantor.
@@ post|own_preloved_multilang|1110
Saya jual baju-baju almarhumah ibu saya yang masih bagus, semuanya dijahit di penjahit langganan di Padang.
Kebaya, baju kurung, dan selendang.
Harga seikhlasnya, sebagian hasil untuk sedekah.
Silakan hubungi lewat pesan.
@@ post|own_preloved_multilang|1110
Nak jual baju budak-budak saya yang dah kecik, semua beli kat Mega Mall Pontianak.
Bukan baju dari Kuching, bukan barang rombeng.
Lima helai 50 ribu, ambil kat rumah Sungai Jawi.
@@ listing|own_preloved_multilang|1110
Preloved tas kulit lokal (Hand-made Garut), dipakai 1 tahun.
Kulit sapi asli, warna tan, ada sedikit goresan.
Harga 350rb, ongkir ditanggung pembeli.
This is my own bag, bought in Garut, not an imported secondhand item.
@@ listing|used_nonclothing_long|1100
Mesin cuci bekas 2 tabung, merek lokal, masih normal.
Dijual karena pindah rumah, pemakaian 4 tahun.
Harga 600rb, ambil di Tangerang Selatan.
Cocok untuk anak kos.
@@ listing|imported_used_nonclothing_long|1101
Sepeda motor trail bekas eks Jepang, sudah terdaftar resmi dengan dokumen impor.
Yamaha Serow 250, tahun 2012, odometer 23 ribu km.
Harga 45 juta, lokasi Bali.
Bisa cek fisik dan dokumen.
@@ listing|bulk_other_goods_long|1000
Karung beras 50 kg, beras premium Cianjur.
Pulen, wangi, tanpa pemutih.
Harga grosir untuk warung dan rumah makan, antar sekitar Cianjur dan Sukabumi.
Minimal 5 karung untuk gratis ongkir.
@@ listing|bulk_other_goods_long|1000
Kacang mete gelondong per karung 50 kg, panen Muna.
Kadar air rendah, kualitas ekspor.
Cocok untuk pabrik kacang dan pengepul.
Pengiriman via Pelabuhan Raha.
@@ post|charity_sale_long|1110
Bazar Murah Ibu-ibu PKK RW 03 🌼
Pakaian bekas layak pakai sumbangan warga, harga 2rb-10rb.
Hasil penjualan untuk kegiatan posyandu dan 17-an.
Minggu pagi di balai warga, sekalian senam bersama!
@@ post|donation_drive_long|0110
Mahasiswa KKN kami mengumpulkan pakaian layak pakai untuk warga desa terdampak banjir rob di Demak.
Donasi bisa diantar ke posko di kampus hingga hari Jumat.
Mohon pakaian sudah dicuci dan dipisahkan berdasarkan ukuran.
@@ post|upcycle_long|1110
Kelas "Sashiko untuk Pemula" 🧵
Bawa jaket atau celana lamamu yang sobek, kita tambal dengan teknik jahit Jepang sashiko.
Alat dan benang disediakan. Biaya 175rb, Sabtu pagi di kafe kami, Bandung.
@@ post|new_clothes_disclaimer|1010
FAQ Toko Kami:
Q: Ini barang thrift/bal?
A: Bukan. Semua produk baru, dijahit penjahit mitra kami di Tasikmalaya.
Q: Kenapa modelnya mirip kemeja Jepang jadul?
A: Karena kami memang mendesain ulang model-model klasik itu.
Q: Ada size lengkap?
A: Ada, S sampai 3XL.
@@ review|buyer_review_new_long|1010
Jujur aku pesan karena kukira barang thrift murah, ternyata kemeja baru produksi lokal.
Malah lebih senang, bahannya bersih dan wangi, jahitannya kuat.
Harganya sedikit di atas lapak thrift tapi worth it.
Bintang lima untuk seller yang jujur di deskripsi.
@@ post|sisa_ekspor_long|1010
Gudang sisa ekspor kami di Sukoharjo buka untuk umum Sabtu ini!
Ada celana chino, kemeja, dan jaket baru sisa order buyer Eropa.
Bukan barang bekas dan bukan impor, semuanya produksi pabrik lokal.
Harga mulai 25 ribu, bawa kantong belanja sendiri.
@@ post|buried_offer|1111
Pagi tadi aku nganter adik wisuda di kampus, seneng banget lihat dia pakai toga.
Sorenya aku balik ke lapak, ternyata ada karung baru datang dari Teluk Nibung.
Isinya jaket kulit dan blazer Jepang, kondisinya mantap.
Harga 90-250 ribu, yang di Medan bisa datang ke lapak di Sukaramai, yang luar kota bisa kirim.
Semoga adikku sukses, dan semoga dagangan laris 🤲
@@ post|buried_offer|1111
Gak kerasa udah 5 tahun aku tinggal di Pontianak.
Banyak yang berubah, tapi satu yang tetap: tiap bulan aku ambil karung dari Kuching lewat Entikong buat dijual lagi.
Bulan ini isinya jaket hujan & kemeja kerja, harga 15-40 ribu.
Kalau kalian di Pontianak, mampir rumah ya, Jalan Tanjungpura gang 3.
@@ message|wa_broadcast|1111
*Info Kiriman Kapal*
Kepada pelanggan di Jayapura & Sentani, karung dari Surabaya tiba hari Rabu.
Isi: jaket Korea, celana kain, baju anak.
Per karung 2,8jt, ecer datang ke lapak Pasar Hamadi.
Mohon konfirmasi pesanan sebelum Selasa sore.
@@ message|wa_broadcast|1111
Halo bos, stok "barang seberang" minggu ini sudah di gudang Dumai.
Ada 40 ikat kemeja & 25 ikat jaket, per ikat 100 potong.
Harga ikut list minggu lalu, yang mau ambil bisa langsung datang atau kirim via truk ke Pekanbaru.
Balas pesan ini untuk konfirmasi.
@@ live|live_callout|1111
Halo kakak-kakak, live kita malam ini spesial, isi goni dari Busan!
Blouse & rok kantor, kebanyakan size kecil-sedang.
Harga 30 ribu, tiga potong 80 ribu.
Yang mau ketik kode warna ya: P pink, H hitam, B biru.
Checkout di keranjang sebelum jam 10.
@@ live|live_callout|1111
Oke yang baru masuk, kita lagi bongkar ikatan dari Tanjung Balai ya.
Ini kemeja batik motif Jepang, unik banget, 40 ribu.
Ini celana jeans Edwin, ukuran 30, 95 ribu.
Ketik "ambil" plus nomor, nanti admin kirim link bayar.
@@ post|reseller_recruitment|1111
Peluang usaha untuk ibu-ibu di rumah!
Jadi reseller baju bekas Korea tanpa stok: kamu share foto, kami kirim dari gudang.
Barang kami ambil per bal langsung dari importir, harga modal 15-35rb.
Daftar gratis, cukup chat admin di link bio.
@@ profile|seller_bio_long|1111
Roma Nunukan Official 🇲🇾➡️🇮🇩
Rombengan pilihan dari Tawau: sepatu, tas, baju kerja.
Barang baru masuk tiap Jumat, bongkar Sabtu.
Bisa kirim ke Tarakan, Tanjung Selor, Berau.
Lokasi: Jalan Pasar Baru, Nunukan Utara.
@@ comment|comment_thread|1111
Siti: kak ini rok nya bekas ya? dari mana?
cakbor.timika: iya kak bekas, dari karung Korea, masih bagus ji
Siti: harga?
cakbor.timika: 35 ribu kak, ambil 3 jadi 90
Siti: mau kak, kirim ke Kwamki bisa?
cakbor.timika: bisa kak, chat wa yang di bio e
@@ listing|marketplace_description|1111
Kemeja Batik Jepang Vintage (Preloved)
Motif ikan koi & ombak, kain katun tipis, cocok untuk santai.
Barang bekas pakai dari bal Jepang, sudah dicuci, kondisi 8/10.
Size L Jepang (setara M Indonesia).
Stok cuma 1, no keep.
@@ listing|marketplace_description|1111
Paket Borongan Jaket Anak Korea 20 pcs
Isi jaket anak usia 3-10 tahun, hasil pilihan dari karung Korea.
Kondisi layak pakai, beberapa ada noda ringan.
Harga 600rb (30rb/pcs), cocok untuk dijual lagi.
Dikirim dari Surabaya.
@@ post|evasive_long|1111
n3w dr0p 🌸🇯🇵
"kiriman negeri sakura" udh nyampe, isinya kemeja & jaket p*rnah dip*kai
harga 35-85k, borong 1 iket tanya admin
lokasi gudang: Bks, COD bisa
jgn tulis kata terlarang di komen yaa 🙏
@@ post|evasive_long|1111
🇰🇷 b.a.r.a.n.g  k.a.r.u.n.g 🇰🇷
cardigan, blouse, rok
harga pick 30k, sekarung 45kg tanya
ready kirim dari Makassar ke seluruh Sulawesi
chat via link b!o
@@ post|dialect_long|1111
Bapak ibu sekalian, kami ada jual baju "cap goni" dari Korea, baru turun kapal di Pantoloan.
Kemeja 20 ribu, celana 30 ribu, jaket 50 ribu.
Lokasi di Pasar Inpres Manonda, Palu.
Yang di Donggala dan Parigi bisa pesan, kami kirim lewat mobil travel.
@@ post|market_offer_long|1111
Update lapak Pasar Sukaramai Medan 📍
Monza baru masuk: jaket kulit Jepang, blazer wanita, jeans Levi's.
Harga mulai 50 ribu, beli banyak dapat potongan.
Buka jam 8 sampai jam 5 sore, Minggu tetap buka.
@@ post|port_route_long|1111
Kawan-kawan di Bengkalis dan Rupat, pompong dari Muar masuk Kamis malam.
Isi bal kemeja dan celana kerja, per bal 3 juta.
Yang mau pesan kabari paling lambat Rabu, bayar setengah dulu.
Barang diantar ke pelantar seperti biasa.
@@ post|grade_unit_long|1111
Info stok koli dari Singapura (via Harbour Bay):
Koli A 40kg kemeja kantor — 2,1jt
Koli B 40kg kaos campur — 1,5jt
Koli C 30kg jaket — 2,4jt
Ambil di Batam Kota atau kirim ke Tanjung Pinang pakai kapal.
@@ review|buyer_review_recommend|1111
Ambil 2 karung cakar dari toko ini buat lapak saya di Palopo.
Isinya kemeja Korea dan celana kain, bagus-bagus, cuma sedikit yang cacat.
Pengiriman lewat bus malam, sampai besok pagi.
Recommended untuk pedagang cakar di Sulsel!
@@ post|no_keyword_long|1111
Satu kontainer kecil dari Busan baru kami bongkar, isinya pakaian yang dulunya dipakai warga sana.
Banyak jaket tebal, sweater rajut, dan celana kerja.
Kami jual satuan 25-80 ribu atau per ikat 50 potong.
Gudang di Cilincing, bisa lihat sebelum beli.
@@ post|haul_endorsement|1111
Haul ke lapak @rb.mardika kemarin 😍
Dapat 3 rok kantor dan 2 kemeja, cuma 90 ribu, barangnya dari karung Korea yang baru dibuka.
Ibunya baik banget, kasih bonus satu syal.
Orang Ambon wajib mampir, lapaknya dekat pos polisi!
"""
