# Batch 4: more legal hard negatives (hand-written).
# Tuple: (kind, category, (offer, used, clothing, abroad), text)
RECORDS = [
("article", "hn_news", (0, 1, 1, 1), """Speedboat Bermuatan Balpres Diamankan di Sungai Perbatasan
Aparat di Kalimantan Utara menghentikan sebuah speedboat yang membawa 38 karung pakaian bekas dari arah Tawau. Dua orang yang bertugas sebagai motoris dan kuli angkut ikut diamankan.
Keduanya mengaku dibayar per perjalanan dan tidak tahu siapa pemodalnya. Karung-karung itu rencananya dibongkar di sebuah rumah di tepi sungai sebelum diedarkan ke Tanjung Selor dan Tarakan.
Penyidik masih menelusuri jaringan distribusinya."""),

("post", "hn_buyer_question", (0, 1, 1, 1), """twitter please do your magic 🙏 ada yg tau thrift shop di Jogja yg jual jaket kulit seken kondisi bagus? udah ke Beringharjo lt 3 tp banyak yg udh bolong.
budget max 300k. yg dari bal jg gpp asal bersih. thank u!!"""),

("listing", "hn_ordinary_new", (1, 0, 1, 0), """Sepatu Sneakers Kanvas Lokal – Baru, Box Lengkap
Brand lokal Bandung, bahan kanvas tebal, sol karet vulkanisir. Tersedia size 37–44.
Bukan barang second, bukan sepatu dari karungan, semua baru gress dari pabrik kami.
Harga 185rb, promo payday 159rb. Garansi jahitan 3 bulan."""),

("post", "hn_school_sale", (1, 1, 1, 0), """Garage Sale BEM Fakultas Ekonomi 🛍️
Kami menjual baju preloved hasil donasi mahasiswa & dosen: kemeja, jaket almamater lama, dress, sepatu.
Kamis–Jumat, 09.00–15.00, lobi gedung B. Harga mulai 5rb!
Hasil penjualan disalurkan untuk dana sosial mahasiswa yang terdampak bencana. Bukan barang thrift impor, semua dari lemari warga kampus."""),

("message", "hn_report", (0, 1, 1, 1), """Info grup RT: warga mohon waspada, tadi malam ada truk bongkar karung-karung besar di gudang kosong ujung gang. Kata Pak Satpam isinya balpres baju bekas dari Tanjungbalai.
Saya sudah lapor ke Babinsa dan kelurahan. Mohon jangan ada warga yang ikut beli atau jadi kuli bongkar dulu sampai jelas statusnya.
Terima kasih — Pak RT"""),

("listing", "hn_other_goods_used_import", (1, 1, 0, 1), """Furniture Bekas Ex Belanda – Kontainer Baru Sandar
Lemari jati, meja makan, kursi rotan, bufet antik. Semua bekas pakai rumah tangga, kondisi kokoh, sebagian perlu poles ulang.
Showroom di Jepara, buka setiap hari 08.00–17.00. Harga mulai 1,5jt.
Bisa kirim ke seluruh Jawa & Bali."""),

("listing", "hn_jute_sacks", (1, 1, 0, 0), """Karung Goni Bekas Kopi – Ukuran 60 kg, Murah
Karung goni jute bekas kemasan biji kopi dari gudang kopi di Tanggamus, masih kuat, ada sablon nama gudang. Cocok untuk dekorasi kafe, karung pasir, atau media tanam.
Harga 12rb/lembar, ambil 100 lembar 10rb. Lokasi Lampung, kirim ke seluruh Indonesia."""),

("listing", "hn_own_preloved", (1, 1, 1, 0), """Lungsuran anak pertama, dijual karena anak kedua cowok 😅
Baju bayi perempuan 0–12 bulan, 40 potong: jumper, dress, legging, topi. Semua preloved pribadi, beli di Mothercare & Carter's di Mal Kelapa Gading, dicuci bersih.
Jual sekaligus 350rb (tidak ecer). Ambil di Cakung atau gojek.
Bukan barang bal ya bun, aku sendiri yang pakein ke anakku."""),

("post", "hn_trip_no_goods", (0, 1, 1, 0), """Jalan-jalan ke Tokyo kemarin sempat mampir ke toko barang bekas di Shimokitazawa. Gila sih, jaket denim seken di sana rapi banget, digantung per ukuran, harganya juga nggak murah.
Aku nggak beli apa-apa karena bagasi udah penuh oleh-oleh makanan 😂 cuma foto-foto buat kenang-kenangan.
Pelajaran: budaya thrifting mereka beda jauh sama kita, di sana dianggap gaya hidup hemat yang keren."""),

("article", "hn_feature", (0, 1, 1, 1), """Di Balik Lorong Sempit Gedebage
Pukul tujuh pagi, Ujang (35) sudah menyusun kemeja flanel di gantungan. Ia berjualan pakaian bekas impor sejak 2011, mewarisi kios dari pamannya. 'Dulu seminggu bisa buka dua karung,' katanya.
Sejak razia balpres makin sering, ia hanya mengandalkan stok lama. Beberapa tetangganya mulai beralih menjual kaos produksi konveksi Bandung.
Bagi Ujang, masalahnya bukan mau atau tidak patuh aturan, melainkan soal modal. 'Barang lokal harus beli putus, lebih mahal. Saya butuh waktu,' ujarnya."""),

("listing", "hn_new_thrift_style", (1, 0, 1, 0), """NEW ARRIVAL: Vintage Wash Graphic Tee – 'Thrift Era' Collection
Brand new, made in Bandung. We used acid wash + cracked print technique so it looks like a 90s thrift find — but no one wore it before you 😉
Heavyweight cotton 24s, boxy fit, S–XXL.
IDR 149k, bundling 2 tees 275k. Available on our website & Shopee."""),

("comment", "hn_opinion", (0, 1, 1, 1), """Aku pernah kerja jaga lapak awul-awul di Malang setahun. Jujur banyak yang nggak tau, 1 bal itu isinya bisa setengahnya nggak layak jual, jadi harga per potong yang bagus ya mahal.
Sekarang aku udah berhenti karena takut razia. Buat yang nanya 'beli bal di mana', mending jangan deh, resikonya gede."""),

("listing", "hn_other_goods_used_import", (1, 1, 0, 1), """Laptop Bekas Ex Kantor Jepang – ThinkPad & Let's Note
Masuk per palet dari Osaka, unit bekas pakai kantor, baterai masih 70–85%, keyboard JIS (ada huruf kana).
Harga mulai 2,3jt, sudah instal ulang. Garansi toko 1 bulan.
Toko kami di Mangga Dua lantai 3, buka Senin–Sabtu."""),

("post", "hn_donation_request", (0, 1, 1, 0), """Program Sedekah Pakaian – Masjid Al-Ikhlas
Kami menerima pakaian bekas layak pakai, mukena, sarung, sajadah, dan sepatu untuk disalurkan ke pesantren di pelosok Lebak.
Mohon dalam keadaan bersih, sudah disetrika, dan dipisah per jenis. Baju sobek atau kotor mohon tidak dikirim.
Penerimaan setiap ba'da Ashar di serambi masjid hingga akhir bulan. Jazakumullah khairan."""),

("article", "hn_news", (0, 1, 1, 1), """Marketplace Hapus Ribuan Listing Pakaian Bekas Impor
Sebuah platform belanja daring mengaku telah menurunkan lebih dari 8.000 listing yang memakai kata kunci 'bal', 'balpres', dan 'thrift impor' dalam sebulan terakhir. Penjual disebut mulai mengakali filter dengan istilah baru dan emoji.
Perwakilan platform mengatakan daftar kata kunci diperbarui berkala dan meminta pengguna melaporkan iklan mencurigakan.
Asosiasi pertekstilan menyambut langkah tersebut, namun menilai pengawasan di pelabuhan kecil tetap menjadi kunci."""),

("post", "hn_new_thrift_style", (1, 0, 1, 0), """Vibes thrift, kondisi baru 💯
Koleksi jaket corduroy kami terinspirasi dari jaket-jaket kampus Amerika tahun 70an, tapi dijahit baru di Pekalongan dengan bahan corduroy lokal.
Nggak perlu ngubek-ngubek karung di pasar, nggak perlu cuci 3x buat hilangin bau gudang 😆
Ready M–XL, 175k. Klik link di bio!
#thriftvibes #corduroyjacket #lokalpride"""),

("listing", "hn_fabric_scraps", (1, 0, 0, 0), """Kain Perca Katun Per Karung – Sisa Potongan Konveksi
Potongan kain sisa produksi kemeja & daster, ukuran 10–60 cm, motif campur. Bukan baju, bukan bekas pakai, murni sisa potong.
Cocok untuk kerajinan, keset, isian bantal, atau tambal sulam.
Harga 75rb/karung ± 15 kg. Gudang di Pekalongan, kirim via ekspedisi."""),

("live", "hn_ordinary_new", (1, 0, 1, 0), """Assalamualaikum bunda-bunda, live jam 4 sore ini kita launching gamis motif terbaru!
Semua barang baru, produksi sendiri, bahan rayon twill adem. Bukan barang sortiran, bukan karungan ya bun, jahitannya rapi dari penjahit kami di Tasikmalaya.
Harga live 135rb, normal 165rb. Ketik 'G + warna + size', nanti admin kirim link checkout."""),

("post", "hn_report", (0, 1, 1, 1), """Lagi scroll FYP, ketemu live yang teriak-teriak 'pecah bal, pecah bal, barang Korea grade S, 25 ribu aja!' Sementara pabrik tempat kakakku kerja baru PHK 200 orang bulan lalu.
Aku nggak nyalahin pembeli, aku juga suka baju murah. Tapi platform dan aparat mestinya serius. Udah aku report live-nya dengan alasan 'barang ilegal'."""),

("profile", "hn_own_preloved", (1, 1, 1, 0), """Lemari Kakak Adik 👭
Preloved pribadi kami berdua, bukan thrift impor, bukan reseller
Semua baju pernah kami pakai sendiri, foto asli, minus ditulis jujur
Update tiap akhir bulan • COD Depok
DM untuk tanya size"""),

("listing", "hn_factory_reject", (1, 0, 1, 0), """Jaket Parka Reject Ekspor – Baru, Ada Cacat Minor
Barang pabrik di Sukabumi, gagal QC karena jahitan miring atau warna belang sedikit. Kondisi baru, belum pernah dipakai, bukan second dan bukan barang bal.
Size L–XXL, warna army & navy. Harga 110rb (harga normal toko 400rb+).
Stok 300 pcs, grosir dapat harga khusus."""),

("comment", "hn_opinion", (0, 1, 1, 1), """honestly the whole 'bal korea grade A' hype on tiktok is kinda wild. people think they're saving the planet by buying thrift, padahal itu tumpukan sampah fashion negara lain yang dikirim ke sini pake kapal.
not saying preloved is bad — preloved lokal, swap, itu bagus. but let's be real about where those bales come from."""),

("article", "hn_rules_guideline", (0, 1, 1, 1), """Ciri Iklan Pakaian Bekas Impor yang Sering Lolos Filter
Banyak penjual tidak lagi menulis 'bal' atau 'thrift impor'. Mereka memakai satuan seperti per karung, per koli, atau grade A/B, menyebut pelabuhan seperti Batam dan Dumai, atau sekadar menulis 'barang turun kapal'.
Ada juga yang memakai kondisi seperti '8/10, ada minus noda' tanpa kata seken, lalu mengarahkan pembeli ke WhatsApp atau jadwal live.
Jika menemukan iklan semacam ini, laporkan lewat fitur pelaporan dan sertakan tangkapan layar."""),

("listing", "hn_other_goods_used_import", (1, 1, 0, 1), """Sepeda Lipat & Mini Bekas Ex Jepang — Baru Datang 1 Kontainer
Brand Bridgestone, Maruishi, Panasonic. Unit bekas pakai, rangka mulus, cat ada baret tipis.
Harga mulai 900rb. Bisa lihat langsung di gudang Batam Center atau minta video.
Kirim ke luar pulau via kargo, packing kayu."""),

("post", "hn_school_sale", (1, 1, 1, 0), """Ibu-ibu PKK RW 04 mengadakan Pasar Murah Baju Layak Pakai, Minggu pagi di balai warga.
Barang dari sumbangan warga sendiri: daster, seragam sekolah bekas kakak kelas, sepatu anak, tas sekolah.
Harga 1.000–10.000, hasilnya untuk kas posyandu.
Yang mau ikut menyumbang baju bisa antar ke rumah Bu Sari paling lambat Sabtu sore."""),

("message", "hn_buyer_question", (0, 1, 1, 1), """Say, jaket yang kau pakai pas reuni itu beli di mana? Cakar kah? Bagus sekali bahannya.
Saya mau cari juga buat anakku yang mau kuliah di Malino, dingin di sana. Kalau memang dari karung di Terong, temani ka' hari Minggu nah, saya tidak pintar menawar 😅"""),

("article", "hn_news", (0, 1, 1, 1), """Pemilik Gudang Balpres Divonis 1 Tahun Penjara
Pengadilan negeri setempat menjatuhkan vonis satu tahun penjara dan denda kepada pemilik gudang yang terbukti menampung 412 bal pakaian bekas impor. Barang itu masuk melalui pelabuhan kecil di pesisir timur Sumatra sebelum diangkut truk ke Jakarta.
Dalam persidangan, terdakwa mengaku menjual ulang pakaian bekas tersebut kepada pedagang di Pasar Senen dan sejumlah penjual online.
Hakim menilai perbuatan terdakwa merugikan industri tekstil dalam negeri. Barang bukti dirampas untuk dimusnahkan."""),

("listing", "hn_ordinary_new", (1, 0, 1, 0), """Kemeja Batik Pria Lengan Panjang Premium – Cap Tulis Solo
Bahan katun primisima, furing penuh, kancing batok. BARU, tidak ada cacat, dikirim dengan box.
Ukuran M–XXXL. Harga 285rb. Cocok untuk kondangan & kantor.
Kami perajin langsung dari Laweyan, bukan reseller, bukan barang sisa."""),

("post", "hn_joke_meme", (0, 1, 1, 1), """Level thrifter:
🥉 Bronze: beli di thrift shop Instagram, harga udah 150k
🥈 Silver: ke Gedebage, nawar sampai pedagangnya ngelus dada
🥇 Gold: ikut bongkar bal jam 5 subuh bawa senter
💎 Diamond: pedagang Senen udah hafal nama kamu dan nyimpenin jaket ukuran kamu
Kalian di level mana? Aku sih masih bronze, takut bau karung 😭"""),

("review", "hn_review_no_seller", (0, 1, 1, 1), """Review jujur sepatu seken impor yang kubeli di pasar kaget: 3/5.
Kelebihannya: bahan kulit asli, sol masih tebal, harga cuma 120rb untuk boots yang di toko bisa jutaan.
Kekurangannya: ada bau karung yang susah hilang, dan setelah 2 minggu jahitan samping mulai lepas.
Buat yang mau coba, siapin budget tambahan buat sol & jahit ulang ya."""),

("listing", "hn_other_goods_used_import", (1, 1, 0, 1), """Buku Bekas Bahasa Inggris Per Karung – Novel & Buku Anak
Datang dari Singapura, campur judul: novel, ensiklopedia, buku cerita anak bergambar. Kondisi bekas baca, ada yang sampulnya lecet.
Per karung ± 60 buku, harga 750rb. Cocok untuk taman baca atau toko buku bekas.
Lokasi Batam, bisa kirim ke seluruh Indonesia."""),

("comment", "hn_buyer_question", (0, 1, 1, 1), """Punten, aya nu terang teu tempat meser baju thrift di Kebon Kalapa nu masih buka? Abdi bade milarian jaket jeans seken kanggo budak, ukuran S.
Upami aya nu terang kios nu sok muka karung énjing-énjing, mangga bejaan. Hatur nuhun."""),

("post", "hn_new_import_legal", (1, 0, 1, 1), """OPEN JASTIP BANGKOK 🇹🇭 (barang BARU ya, bukan thrift!)
Tanggal 12–16 Juli aku ke Pratunam & Platinum Mall. Bisa titip kaos, dress, celana, tas, semuanya baru dari toko grosir sana.
Fee 15% atau min 25rb/item. Barang dikirim ke Jakarta sekitar 10 hari setelah pulang.
Catatan: aku nggak terima titipan barang seken/bal dari pasar loak, karena dilarang masuk."""),

("post", "hn_buyer_diary", (0, 1, 1, 1), """Cerite hari Minggu: ikut Mak ke pasar lelong, cari jaket buat adek yang mau sekolah di Bandung.
Mak pande nawar, jaket tebal merk luar dapat 40 ribu. Kate penjualnye baru buka karung kiriman dari Kuching.
Aku cuma bantu bawa kantong. Pulang-pulang langsung dicuci air panas, bau gudangnye kuat betol."""),

("message", "hn_swap", (0, 1, 1, 0), """Hai grup Tukar Baju Bekasi! Aku punya 3 kemeja kerja size L (preloved pribadi, masih bagus), mau ditukar dengan rok span size M atau celana bahan.
Nggak dijual ya, murni tukar. Yang minat reply di sini, kita ketemu di stasiun Bekasi hari Sabtu.
Foto ada di album grup tanggal hari ini."""),

("article", "hn_rules_guideline", (0, 1, 1, 1), """Kebijakan Produk Terlarang: Pakaian Bekas Impor
Penjual dilarang mengunggah pakaian, alas kaki, dan tas bekas yang berasal dari luar negeri, termasuk yang dijual dalam bentuk bal, karung, koli, per kilo, atau paket sortiran.
Istilah seperti 'thrift impor', 'bal Korea', atau 'ex Jepang' pada produk pakaian akan ditinjau tim moderasi.
Produk preloved milik pribadi dan pakaian bekas dari dalam negeri tetap diperbolehkan selama deskripsinya jujur."""),

("post", "hn_local_upcycle", (1, 1, 1, 0), """Jaket patchwork dari kemeja-kemeja lama almarhum kakek 🥹 Aku jahit ulang jadi 4 jaket, satu buat aku, tiga aku lepas buat yang mau.
Semua kemeja asli punya keluarga, bukan dari bal atau thrift shop. Bahan katun & batik lama, jahitan tangan + mesin.
Size L, harga 250rb, hasilnya buat biaya kursus jahit adikku. DM ya."""),

("listing", "hn_other_goods_domestic", (1, 1, 0, 0), """Mesin Cuci Bekas 2 Tabung – Ex Laundry Kiloan
Tutup usaha laundry, dijual 6 unit mesin cuci 2 tabung merk Sharp & Polytron, masih normal semua, ada karat sedikit di kaki.
Harga 650rb/unit, ambil semua 3,5jt. Lokasi Bekasi Timur, angkut sendiri.
Bonus 2 karung hanger & keranjang plastik."""),

("post", "hn_ordinary_new", (1, 0, 1, 0), """Promo akhir bulan 🎉 Kaos anak karakter, BARU, produksi konveksi rumahan kami di Solo.
Sering ditanya 'ini barang bal ya kak?' — bukan ya bun, kami sablon sendiri, kainnya cotton combed 30s dari pabrik lokal.
Harga 3 pcs 75rb, usia 1–10 tahun. Kirim dari Solo tiap hari kecuali Minggu."""),

("message", "hn_report", (0, 1, 1, 1), """Kepada tim dukungan, saya ingin melaporkan toko 'GrosirKainMurah88'. Di deskripsi produknya tertulis: 'karungan baju Batam, isi 120 pcs, grade campur, sudah dipakai tapi layak'.
Menurut saya ini penjualan pakaian bekas impor yang dilarang. Tautan produk dan tangkapan layar saya lampirkan.
Mohon ditindaklanjuti. Terima kasih."""),

("post", "hn_opinion", (0, 1, 1, 1), """Zaman saya SMA di Denpasar, awul-awul itu surga. Jaket levis seken 20 ribu, kemeja Hawaii 10 ribu, semua dari karung yang katanya turun di Benoa.
Sekarang anak-anak nyebutnya thrifting dan harganya naik lima kali lipat. Lucu juga ya, barangnya sama, namanya aja yang keren.
Tapi setelah tahu dampaknya ke penjahit lokal, saya mulai ngurangin. Kalian gimana?"""),
]
