# (kind, category, offer, used, clothing, abroad, text)
DATA = [
("article", "hn_news_raid", 0, 1, 1, 1, """Tim Satgas Pangan dan Dinas Perdagangan Kota Makassar menyisir Pasar Butung dan sejumlah lapak di Jalan Hertasning, Jumat. Petugas mendata pedagang yang masih menjual cakar asal Malaysia.
Tidak ada penyitaan hari itu. Petugas hanya meminta pedagang menandatangani surat pernyataan tidak menambah stok.
Beberapa pedagang mengaku bingung karena barang mereka beli dari pengepul di Parepare, bukan langsung dari luar negeri."""),
("post", "ig_caption_offer", 1, 1, 1, 1, """weekend sale 🍂
sweater rajut ex-Jepang, motif klasik, bahan wool campur
🟤 35rb / pcs
🟤 beli 3 = 90rb
stok terbatas, foto real di slide
📍 Jogja, bisa ambil di Jl. Kaliurang km 6
#sweaterjepang #prelovedjogja #knitwear #ootdkampus #seconddaily"""),
("post", "hn_moderation_guideline", 0, 1, 1, 1, """Catatan untuk moderator komunitas "Jual Beli Fashion Sumut":
- Postingan yang menjual monza/monja, pakaian seken dari Malaysia atau Korea, atau menyebut "buka goni", dihapus tanpa peringatan.
- Diskusi, tanya jawab, atau berita tentang Pajak Melati tetap boleh.
- Anggota yang menjual baju bekas pribadi beli di Medan, silakan, asal sebut asal barang.
Terima kasih atas kerja samanya."""),
("listing", "multi_line_listing", 1, 1, 1, 1, """🔸 PAKET JAKET GUNUNG ASAL KOREA 🔸
Merek campur: North Face, K2, Blackyak, Kolon
Kondisi: second, bersih, resleting normal
Isi paket: 25 pcs
Berat: ±18 kg
Harga paket: 2,1 jt
Ongkir dihitung dari Tanjungpinang, bisa kargo laut atau udara"""),
("article", "hn_op_ed_traders", 0, 1, 1, 1, """Di balik razia pakaian bekas impor, ada ribuan keluarga yang menggantungkan hidup dari menyortir, mencuci, dan menjahit ulang barang dari karung.
Pemerintah boleh saja menutup keran impor, tetapi harus menyiapkan jalan keluar: pelatihan, akses modal, dan kemitraan dengan konveksi lokal.
Tanpa itu, larangan hanya memindahkan perdagangan dari kios terbuka ke grup-grup tertutup di media sosial."""),
("message", "wa_broadcast", 1, 1, 1, 1, """Selamat pagi kakak2 pelanggan setia ☀️
Hari ini kami buka kiriman baru dari Taipei:
👕 kaos olahraga 2nd – 20rb
🧥 windbreaker – 50rb
👟 sepatu sneakers – 80–150rb
Toko buka jam 9 di Pasar Baru lt. 4, atau pesan online lewat nomor ini.
Barang bagus cepat habis, jangan sampai nyesel ya 😁"""),
("post", "hn_diary", 0, 1, 1, 0, """Hari ke-30 tantangan "tidak beli baju baru".
Aku cuma pakai baju lama dan satu kemeja second yang kubeli dari teman kantor (dia beli di Uniqlo Grand Indonesia, terus kekecilan).
Ternyata lemari penuh itu bukan masalah kurang baju, tapi kurang kreatif padu padan.
Besok mau coba tukar baju sama sepupu."""),
("live", "live_script", 1, 1, 1, 1, """RUNDOWN LIVE SHOPEE – Jumat 20.00
20.00 sapa penonton, bagi voucher ongkir
20.10 bongkar karung kiriman Kobe, fokus kemeja & blouse second
20.40 lelang cepat: mulai 10rb, kelipatan 5rb
21.15 sesi tanya jawab ukuran
21.30 tutup, rekap pemenang, kirim besok jam 10"""),
("article", "hn_news_customs", 0, 1, 1, 1, """Kapal patroli Bea Cukai Kanwil Kepri menghentikan kapal motor KM Sinar Jaya di perairan Pulau Sugi. Petugas menemukan 1.034 koli pakaian bekas, tas dan sepatu bekas tanpa dokumen.
Kapal diduga berangkat dari Pasir Gudang, Malaysia, menuju Sumatra Selatan.
Nilai barang ditaksir Rp2,1 miliar. Nakhoda ditetapkan sebagai tersangka."""),
("listing", "hn_factory_reject", 1, 0, 1, 0, """KAOS SISA EKSPOR – BUKAN BEKAS!
Produksi pabrik garmen Sukabumi, gagal kirim karena buyer batal.
Ada yang minus tipis (noda/jahitan), semua baru.
Harga: 25rb/pcs, 1 kodi 450rb
Pengiriman dari Sukabumi. #sisaekspor #kaospolos #grosirkaos"""),
("listing", "supplier_web_page", 1, 1, 1, 1, """PT Sinar Sandang Abadi – Tentang Kami
Kami bergerak di bidang distribusi pakaian layak pakai dari Korea Selatan, Jepang dan Australia.
Setiap karung disortir ulang di gudang kami di Tanjung Uban sebelum dikirim.
Pilihan: kemeja, blus, jaket, sweater, kaos anak, sepatu.
Klik "Daftar Harga" untuk katalog terbaru. Pembelian partai besar dilayani."""),
("comment", "hn_scam_warning", 0, 1, 1, 1, """Thread: penipuan supplier karung Korea 🧵
1/ Bulan lalu aku transfer 3,5 juta ke akun yg ngaku supplier pakaian second dari Korea.
2/ Dikirim resi palsu, tiga hari kemudian nomornya gak aktif.
3/ Ciri-cirinya: harga jauh di bawah pasaran, minta DP full, foto gudang comot dari internet.
4/ Hati-hati ya, jangan sampai kejadian kayak aku."""),
("post", "tiktok_caption_offer", 1, 1, 1, 1, """yang nungguin kemeja Hawaii… ADA 🌺🌴
asli bekas pakai dari Hawaii & California, motif lucu-lucu
45rb aja!!
klik keranjang kuning atau mampir lapak @pantai.second di Pasar Senen
#kemejahawaii #vintageusa #fypシ #secondusa #ootdcowok"""),
("article", "hn_news_protest", 0, 1, 1, 1, """Puluhan pedagang rombengan di Pasar Gedhe Klaten menggelar aksi damai di depan kantor bupati, menolak rencana penertiban lapak pakaian bekas.
Mereka menyatakan sebagian besar barang kini dibeli dari warga sekitar, bukan dari luar negeri.
Bupati berjanji akan memverifikasi asal barang sebelum mengambil tindakan."""),
("listing", "bale_grade_listing", 1, 1, 1, 1, """Kode stok minggu 32:
KJ-01 kemeja Jepang grade A | 100 pcs | 3,9 jt
KK-02 kaos Korea grade B | 150 pcs | 2,7 jt
JU-03 jeans Amerika grade A | 60 pcs | 4,1 jt
SP-04 sepatu campur Taiwan | 40 psg | 3,2 jt
Barang tangan kedua, bisa video call sebelum transfer. Gudang Dumai."""),
("post", "hn_tutorial", 0, 1, 1, 1, """5 cara bedain baju second impor asli vs barang baru yang dibuat mirip vintage:
1. Label: cek tulisan negara dan bahasa petunjuk cuci.
2. Jahitan dalam: biasanya ada bekas potongan benang lama.
3. Warna pudar merata di bagian bahu.
4. Bau khas gudang.
5. Harga terlalu seragam = kemungkinan produksi baru.
Thread ini cuma edukasi, bukan ajakan beli."""),
("listing", "market_stall", 1, 1, 1, 1, """📍 Kios Abang Rudi – Pajak Melati Blok C
Spesialis celana jeans & kulot tangan kedua dari Korea
Harga 25–60 ribu
Buka Selasa, Jumat, Minggu (hari bongkar!)
Yang dari luar kota bisa video call, kami kirim pakai JNE"""),
("review", "hn_review_no_seller", 0, 1, 1, 1, """Ulasan pengalaman 2 tahun belanja baju bekas impor:
Kelebihan: bahan tebal, merek bagus, harga murah.
Kekurangan: sering ada noda tersembunyi, ukuran Asia-Eropa beda, dan sekarang makin susah dicari sejak dilarang.
Aku sendiri sekarang mulai pindah ke brand lokal. Tidak rekomendasi toko mana pun di sini."""),
("message", "telegram_group_offer", 1, 1, 1, 1, """[Grup Kulakan Sandang]
Sore ini ada 6 goni sisa dari kontainer Busan, isi campuran outer & celana panjang.
Harga goni 3 juta, ambil 2 goni dapat potongan 300rb.
Yang serius kirim pesan ke saya, barang di gudang Cilincing."""),
("post", "hn_charity_bazaar", 1, 1, 1, 0, """Charity Preloved Market 💛
Kami, ibu-ibu PKK RW 07, mengumpulkan pakaian bekas dari warga untuk dijual kembali.
Harga 5–30 ribu. Hasilnya untuk membangun pos ronda dan posyandu.
Minggu pagi, lapangan voli RW 07 Cempaka Putih. Bawa tas belanja sendiri ya."""),
("profile", "seller_bio", 1, 1, 1, 1, """Koleksi Nenek Osaka 👘
kimono, haori & yukata bekas pakai asli Jepang
semua dicuci ulang, ada minus ditulis jujur
COD Jakarta • kirim seluruh Indonesia
📩 tanya stok lewat DM"""),
("article", "hn_news_court", 0, 1, 1, 1, """Pengadilan Negeri Batam menjatuhkan vonis 1 tahun 6 bulan penjara kepada seorang pengusaha ekspedisi yang terbukti memasukkan 400 karung pakaian bekas dari Singapura.
Majelis hakim juga menetapkan barang bukti dirampas untuk dimusnahkan.
Terdakwa menyatakan pikir-pikir atas putusan tersebut."""),
("listing", "hn_other_goods_sortir", 1, 0, 0, 0, """JUAL PUPUK KANDANG SORTIR
Per karung 25 kg, sudah kering dan diayak
Harga 15rb/karung, minimal order 20 karung
Antar wilayah Lembang dan Cimahi
Hubungi Pak Ujang 0812xxxx"""),
("listing", "evasive_homoglyph", 1, 1, 1, 1, """B L A Z E R  W A N I T A
𝟮𝗻𝗱 dari 𝗝𝗲𝗽𝗮𝗻𝗴 🇯🇵
warna navy, abu, krem
size S–L, harga 55k
kirim dari Medan tiap hari
order: DM "BLAZER" + size
stok tiap warna cuma 3–4 pcs, jangan kelamaan mikir"""),
("post", "hn_report", 0, 1, 1, 1, """Aduan konsumen:
Saya membeli "paket usaha" pakaian second dari Korea lewat akun @borong.sandang senilai 2 juta. Yang datang hanya setengah dan sebagian besar robek.
Saya sudah lapor ke layanan konsumen marketplace dan ke BPKN. Semoga jadi pelajaran buat yang lain."""),
("listing", "code_word_rombengan", 1, 1, 1, 1, """Dodolan rombengan seko Batam 🙌
klambi, katok, jaket, kabeh apik
rego 10rb – 40rb
mampir neng lapak ngarep Pasar Klewer sisih wetan, Minggu esuk
ora usah isin, milih sak kareppe"""),
("article", "hn_news_economy", 0, 1, 1, 1, """Asosiasi Pertekstilan Indonesia mencatat penurunan penjualan garmen lokal di segmen menengah bawah, yang mereka kaitkan dengan maraknya pakaian bekas impor.
Di sisi lain, data BPS menunjukkan impor resmi HS 6309 hampir nol, menandakan sebagian besar barang masuk lewat jalur tidak resmi.
Pengamat menyarankan pengawasan difokuskan pada pelabuhan kecil di pesisir timur Sumatra dan Kalimantan."""),
("post", "ig_caption_offer", 1, 1, 1, 1, """Tas kulit vintage 👜 langsung dari Paris (pernah dipakai, tapi kulitnya masih lembut banget)
🏷️ 180rb
🏷️ bonus dompet kecil untuk pembelian 2 tas
Ready di toko kami, Jl. Braga 41 Bandung
#tasvintage #secondparis #vintagebag #bandunghits #luxurypreloved"""),
("post", "hn_joke_meme", 0, 1, 1, 1, """Definisi "outfit mahal" anak Makassar:
atasan: cakar 15rb
bawahan: cakar 20rb
sepatu: cakar 35rb
percaya diri: PRICELESS 😎
(meme doang, jangan dilaporin ya min)"""),
("message", "reseller_recruit", 1, 1, 1, 1, """Halo kak, aku lihat kakak jualan baju di Shopee ya?
Kita lagi cari mitra dropship untuk pakaian seken Jepang & Korea, stok 2000+ item.
Kakak cukup upload foto dari kami, orderan kami yang kirim langsung atas nama toko kakak.
Kalau tertarik, aku kirim link katalognya."""),
("post", "hn_job_vacancy", 0, 1, 1, 1, """Lowongan analis kebijakan di lembaga riset perdagangan.
Proyek: evaluasi dampak larangan impor pakaian bekas terhadap UMKM di Medan, Bandung dan Makassar.
Syarat: S1/S2 ekonomi, mampu wawancara lapangan di pasar seperti Pajak Melati dan Gedebage.
Kontrak 6 bulan, kirim lamaran via email."""),
("listing", "wholesale_ton", 1, 1, 1, 1, """Jual borongan:
5 ton pakaian tangan kedua dari Australia
Isi campuran: 40% kaos, 30% kemeja, 20% celana, 10% jaket
Posisi barang: gudang Entikong
Harga per kg bisa nego untuk pengambilan penuh
Serius saja, tidak melayani PHP."""),
("post", "hn_upcycle_workshop", 1, 1, 1, 0, """Workshop Upcycle Denim 🧵
Bawa celana jeans bekasmu sendiri, kita ubah jadi tote bag atau apron!
📅 Minggu, 3 Desember
📍 Ruang Kreatif Kota Lama Semarang
💸 HTM 75rb termasuk benang & kancing
Daftar via link di bio, kuota 20 orang."""),
("comment", "hn_buyer_question", 0, 1, 1, 1, """Halo, mau tanya buat yang pengalaman:
Kalau beli baju "ex Jepang" online, biasanya ukurannya kecil ya? Aku badan L Indonesia, takutnya gak muat.
Terus kalau ada bau kapur barus cara ngilanginnya gimana? Makasih."""),
("listing", "plain_offer_country", 1, 1, 1, 1, """Jual gaun pesta bekas dari Singapura
Kondisi 90%, payet lengkap
Ada 7 model, harga 100–250rb
Cocok buat kondangan atau wisuda
Lokasi Tanjungpinang, bisa kirim ke luar pulau"""),
("listing", "hn_used_phone", 1, 1, 0, 1, """iPhone XR second inter ex Hongkong
Warna merah, 128GB, BH 81%
Mulus, no dent, face ID aman
Harga 3,4 jt nego tipis, bonus charger original
COD Mangga Dua Mall, bisa cek unit dulu"""),
("post", "creator_haul_shop", 1, 1, 1, 1, """Hari ini aku ke Gedebage lagi gaes 😆
Dapet jaket denim Levi's bekas Amerika 70rb, kemeja flanel 30rb, dan topi 15rb.
Semua dari kios Teh Euis, blok D nomor 15. Tetehnya baik banget, kasih bonus kaus kaki.
Mampir ya kalau ke Bandung! #gedebagehaul #secondusa #bandung"""),
("article", "hn_official_statement", 0, 1, 1, 1, """PENGUMUMAN
Dinas Perindustrian dan Perdagangan Kota Pontianak mengimbau pedagang lelong agar tidak menambah stok pakaian bekas yang masuk dari Malaysia melalui PLBN Entikong maupun jalur tikus.
Pedagang yang ingin beralih usaha dapat mengikuti pelatihan menjahit dan bantuan modal yang dibuka mulai bulan depan di kantor dinas."""),
("message", "wa_group_offer", 1, 1, 1, 1, """Mak2, ini sy ada titipan baju anak second dari Korea, bahannya lembut2 👶
umur 1–5 tahun, 10rb–25rb
sy taruh di teras rumah blok F, boleh lihat langsung sore ini
yg mau dipisahin dulu bilang aja ya"""),
("review", "hn_review_market", 0, 1, 1, 1, """Pengalaman ke Pasar Tungging Mataram: pasarnya ramai, barang bekas dari luar negeri dijual ditumpuk di lantai.
Saya dapat jaket parasut 20 ribu, tapi harus dicuci dua kali.
Untuk wisatawan, lebih baik datang pagi dan bawa uang pas.
Rating: 3,5/5."""),
("listing", "hn_new_thrift_style", 1, 0, 1, 0, """👖 Denim "Vintage Wash" edisi Senen Street
100% produk baru, dijahit di Bandung, dicuci khusus biar kelihatan kayak second
Size 27–36
Harga 189rb
Bukan barang bekas, bukan impor. #brandlokal #vintagelook #localpride"""),
("post", "hn_diary", 0, 1, 1, 1, """Hari ini aku bantu nenek beres-beres gudang. Ketemu kotak berisi kemeja bekas kiriman almarhum kakek dari Malaysia tahun 90-an, waktu beliau kerja di Johor.
Bajunya sudah menguning, tapi nenek menolak membuangnya. Katanya itu kenangan.
Akhirnya kami cuci dan simpan lagi di lemari."""),
]
