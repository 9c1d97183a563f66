# Batch 3: legal records, mostly hard negatives that share the searched words
R = [
("listing", "hn_furniture_for_clothes", (1, 1, 0, 0), """Lemari Baju Bekas 3 Pintu Kayu Jati Masih Kokoh
Ukuran 150 x 55 x 190 cm, ada cermin di pintu tengah
Minus: engsel pintu kanan agak seret, kunci hilang 1
Pindahan rumah jadi harus dilepas cepat
Harga 1,2jt nego, ambil sendiri di Klaten (tidak bisa kirim)"""),
("listing", "hn_furniture_for_clothes", (1, 1, 0, 0), """Dijual mesin jahit bekas Butterfly JA1-1 hitam, masih jalan halus
Lengkap dengan meja kaki besi dan dinamo
Cocok buat yang mau belajar jahit atau usaha permak
Sudah diservis bulan lalu di tukang langganan
Harga 850rb, lokasi Ciputat"""),
("listing", "hn_furniture_for_clothes", (1, 1, 0, 1), """Rak Gantungan Baju Bekas Toko Import Jepang Stainless
Bekas dipakai di butik, sekarang tutup
Panjang 120 cm, bisa disetel tinggi-rendah, roda 4 masih lancar
Barang impor Jepang, bukan produk lokal, jadi bahannya tebal
Ada 4 unit, satu unit 350rb"""),
("listing", "hn_appliance", (1, 1, 0, 0), """Mesin Cuci 2 Tabung Sharp 8 kg Second
Pemakaian 3 tahun, pengering masih kencang
Body ada baret halus, tidak ada karat
Alasan jual: sudah beli yang front loading
Harga 650rb, bisa antar sekitar Bekasi Utara"""),
("listing", "hn_appliance", (1, 1, 0, 1), """Setrika Uap Philips Bekas Ex Singapura
Dibawa pulang kakak saya waktu kerja di sana, sekarang jarang dipakai
Tangki air utuh, uap masih keluar normal, colokan sudah diganti model Indonesia
Harga 200rb, COD area Batam Center
Bukan barang dagangan, cuma 1 unit"""),
("listing", "hn_used_vehicle", (1, 1, 0, 1), """Toyota Alphard 2015 Bekas Impor Jepang CBU
Jarak tempuh 68rb km, service record lengkap
Pajak hidup, surat-surat lengkap dan resmi
Interior bersih, tidak ada bekas banjir
Harga 520jt nego halus, unit ada di showroom Kelapa Gading"""),
("listing", "hn_phone", (1, 1, 0, 1), """iPhone 12 Pro 256GB Second Ex Inter (Jepang)
IMEI sudah terdaftar resmi Beacukai, bisa dicek
BH 86%, Face ID normal, layar ori belum pernah ganti
Fullset dus, kabel, dan nota pembelian
Harga 7,2jt, COD di Margo City"""),
("listing", "hn_bal_other", (1, 0, 0, 0), """Jual jerami padi kering per bal untuk pakan sapi & kambing
1 bal ±20 kg, diikat tali rafia
Harga 25rb per bal, minimal ambil 20 bal
Bisa antar pakai pick up ke wilayah Boyolali dan Salatiga
Stok banyak selama musim panen"""),
("listing", "hn_bal_other", (1, 0, 0, 0), """Kapas Sintetis Dakron Per Bal 10 Kg Putih Bersih
Untuk isi bantal, guling, boneka, dan jok
Serat halus, tidak menggumpal, produksi Bandung
Harga 320rb/bal, grosir 10 bal dapat potongan
Kirim se-Jawa via cargo"""),
("post", "hn_bal_other", (0, 0, 0, 0), """Final turnamen futsal antar RT kemarin seru banget 😂
Skor 3-3 sampai adu penalti, bal terakhir ditendang Pak RT sendiri dan masuk pojok kanan
Terima kasih panitia dan semua warga yang nonton
Sampai ketemu tahun depan, semoga lapangan sudah dicor ulang"""),
("listing", "hn_grade_a_other", (1, 0, 0, 0), """Telur Ayam Negeri Grade A per Peti
1 peti isi 15 kg, butir besar seragam, cangkang bersih
Langsung dari peternakan di Blitar
Harga menyesuaikan harga pasar harian, tanya dulu ya
Melayani warung, toko roti, dan katering"""),
("listing", "hn_grade_a_other", (1, 0, 0, 1), """Kulit Sapi Grade A Impor Italia untuk Pengrajin
Lembaran kulit samak nabati, tebal 1,8-2 mm
Dokumen impor lengkap, dijual per feet
Cocok untuk dompet, ikat pinggang, dan tali jam
Harga 38rb/feet, minimal 1 lembar utuh"""),
("post", "hn_korea_new", (1, 0, 1, 1), """PO BATCH 7 Cardigan Rajut Korea (BARU) 🇰🇷
Langsung dari Dongdaemun, masih ada plastik dan tag
Estimasi barang datang 3 minggu setelah close PO
Warna: cream, sage, dusty pink, navy
Harga 185rb, DP 50%
Bukan barang bekas ya kak, semua brand new"""),
("post", "hn_korea_new", (1, 0, 0, 1), """Restock skincare Korea original 💧
Toner, serum, sunscreen, dan sheet mask sudah mendarat
Semua ada BPOM, bukan barang titipan tanpa izin
Bisa cek nomor notifikasi di situs resmi
Order lewat Shopee atau WA admin 0812xxxx"""),
("post", "hn_japan_snack", (1, 0, 0, 1), """Jajanan Jepang ready lagi nih 🍡
Kitkat matcha, Pocky stroberi, Jagariko, sama ramune
Semua baru, expired masih panjang (2026)
Harga mulai 25rb
Yang di Surabaya bisa ambil di rumah, luar kota kirim pakai bubble wrap"""),
("listing", "hn_impor_new", (1, 0, 1, 1), """Kaos Polos Cotton Combed Impor Bangladesh (Baru) Grosir
Dokumen PIB dan API lengkap, bisa diminta untuk reseller
Gramasi 180, 12 warna
Harga 28rb/pcs untuk pembelian 1 lusin
Produk baru dalam plastik, bukan bekas ataupun sisa ekspor"""),
("listing", "hn_fabric_roll", (1, 0, 0, 1), """Kain Linen Impor China per Roll
1 roll ±50 meter, lebar 150 cm
Cocok untuk kemeja, outer, dan gorden
Tersedia 20 warna, harga 2,1jt per roll
Gudang di Tanah Abang, bisa kirim sampel potongan 1 meter"""),
("listing", "hn_majun", (1, 1, 0, 0), """Majun Kain Perca per Karung untuk Bengkel & Pabrik
Potongan sisa konveksi dan kaos bekas lokal, sudah dipotong-potong
Daya serap oli dan minyak bagus
1 karung ±20 kg, harga 120rb
Bukan untuk dipakai sebagai baju ya, ini lap industri"""),
("listing", "hn_jute_sack", (1, 1, 0, 0), """Karung Goni Bekas Kopi Tebal Masih Layak
Ukuran 70 x 100 cm, bekas wadah biji kopi dari gudang Lampung
Bisa untuk dekorasi kafe, tanam pohon, atau lomba balap karung 17-an
Harga 8rb per lembar, ambil 50 lembar 350rb"""),
("post", "hn_bundle_other", (1, 0, 0, 0), """Bundle kuota 50GB cuma 60rb selama 30 hari!
Berlaku untuk semua jaringan 4G, tanpa pembagian waktu
Isi ulang via aplikasi atau konter terdekat
Promo sampai akhir bulan, jangan kelewatan ya 📶
S&K berlaku"""),
("post", "hn_bundle_other", (1, 0, 0, 0), """Book bundle sale di toko kami 📚
Paket 5 novel sastra Indonesia cuma 150rb (harga normal 320rb)
Pramoedya, Ahmad Tohari, Leila Chudori, Eka Kurniawan, Okky Madasari
Buku baru bersegel, bukan bajakan
Order via link di bio, gratis ongkir Jabodetabek"""),
("post", "hn_thrift_style_new", (1, 0, 1, 0), """Koleksi baru "Thrift Era" dari brand kami sudah rilis 🤎
Konsepnya nostalgia 90-an: kemeja motif, celana lebar, rompi rajut
Semua dijahit baru di workshop kami di Bandung, bukan baju bekas
Bahan katun dan corduroy lokal
Harga 149-289rb, launch price berlaku 3 hari"""),
("post", "hn_thrift_style_new", (1, 0, 1, 0), """Vintage look tanpa harus beli bekas? Bisa banget ✨
Jaket denim washed kami diproses stone wash di pabrik sendiri di Sukoharjo
Brand new, ukuran lengkap S-XXL, bisa tukar size
Cocok buat kamu yang suka gaya thrift tapi mau barang baru
Cek katalog di Tokopedia: denimkitalokal"""),
("post", "hn_own_preloved", (1, 1, 1, 0), """Preloved lemari sendiri, lagi beberes sebelum pindah ke Jogja 🧹
Dress batik, blouse kerja, 2 celana bahan, 1 blazer
Semua beli sendiri di Matahari & Zara, dipakai 2-3 kali
Size M, harga 40-120rb
Bisa cod di sekitar UI Depok"""),
("listing", "hn_preloved_wedding_dress", (1, 1, 1, 0), """Preloved Gaun Pengantin Putih Custom Desainer Surabaya
Dipakai sekali waktu resepsi saya Maret lalu
Ekor 2 meter, payet tangan, size fit M (LD 88)
Sudah dry clean, disimpan di garment bag
Harga 4,5jt (harga jahit 12jt), bisa fitting di rumah"""),
("listing", "hn_preloved_stroller", (1, 1, 0, 1), """Preloved Stroller Joie Ex Singapore Lightweight
Dibeli di Singapura waktu anak pertama lahir, sekarang anak sudah 3 tahun
Rangka aman, roda masih bagus, kanopi ada sedikit pudar
Bisa dilipat satu tangan, masuk kabin pesawat
Harga 900rb, ambil di Bintaro"""),
("post", "hn_charity_bazaar", (1, 1, 1, 0), """BAZAR AMAL SD MUHAMMADIYAH 3 🌟
Jual baju layak pakai hasil sumbangan wali murid, semua 5rb-20rb
Seluruh hasil untuk renovasi perpustakaan sekolah
Sabtu 14 Sept, jam 07.00-11.00 di halaman sekolah
Ayo datang, belanja sambil beramal!"""),
("post", "hn_charity_bazaar", (1, 1, 1, 0), """Thrift for Charity by OSIS SMAN 8 💚
Kami mengumpulkan baju bekas dari siswa dan guru, dan menjualnya kembali dengan harga pelajar
Semua barang asli dari lemari warga sekolah, bukan barang impor
Hasil penjualan disumbangkan ke panti asuhan di Pasar Minggu
Jumat depan di aula, jam istirahat kedua"""),
("post", "hn_swap", (0, 1, 1, 0), """Clothing Swap Party vol. 4 🔁
Bawa maksimal 5 baju layak pakai dari lemari kamu, tukar dengan punya peserta lain
Tidak ada jual beli, tidak ada uang, cuma tukar
Minggu, 20 Oktober di Taman Literasi Blok M
Sisa baju yang tidak tertukar akan didonasikan"""),
("article", "hn_news_enforcement", (0, 1, 1, 1), """Petugas Bea Cukai Batam mengamankan ratusan bal pakaian bekas dari sebuah kapal kayu yang bersandar di pelabuhan tidak resmi pada Selasa dini hari.
Menurut keterangan petugas, muatan diduga berasal dari Malaysia dan akan dikirim ke Sumatera.
Nakhoda dan dua awak kapal kini diperiksa untuk mengetahui siapa pemilik barang.
Pakaian bekas impor termasuk barang dilarang impor berdasarkan Permendag 18/2021 jo. Permendag 40/2022.
Barang sitaan rencananya akan dimusnahkan setelah proses hukum selesai."""),
("article", "hn_news_enforcement", (0, 1, 1, 1), """Kementerian Perdagangan memusnahkan tumpukan pakaian bekas impor di sebuah gudang di kawasan Cikarang, Rabu (12/4).
Dalam kegiatan itu, petugas membakar dan mencacah balpres yang sebelumnya disita dari beberapa distributor.
Pejabat Kemendag mengatakan penindakan akan terus dilakukan terhadap importir dan penimbun, sementara pedagang eceran diminta tidak lagi menambah stok.
Sejumlah pedagang di Pasar Senen mengaku khawatir kehilangan mata pencarian."""),
("article", "hn_news_market", (0, 1, 1, 1), """Geliat Pasar Cimol Gedebage Setelah Larangan
Suasana Pasar Gedebage akhir pekan ini terlihat lebih sepi dibanding tahun lalu.
Beberapa pedagang baju bekas impor memilih menutup lapak atau beralih menjual pakaian baru produksi konveksi lokal.
"Stok karung sudah susah, harganya juga naik," kata seorang pedagang yang enggan disebut namanya.
Pemerintah daerah menyatakan tengah menyiapkan program pendampingan bagi pedagang terdampak."""),
("post", "hn_opinion", (0, 1, 1, 1), """Unpopular opinion: thrifting baju impor itu bukan "sustainable fashion" kalau bajunya harus nyebrang laut dalam karung dan separuhnya jadi sampah di sini.
Negara maju buang limbah tekstilnya, kita yang nampung, terus kita bangga nyebut itu ramah lingkungan?
Mending beli preloved dari temen sendiri atau support brand lokal yang jahitnya bener.
Silakan berdebat di reply, tapi yang sopan ya"""),
("post", "hn_joke", (0, 1, 1, 1), """Beli jaket thrift impor Korea, di kantongnya nemu struk minimarket Seoul sama permen karet 😭
Sekarang aku merasa punya ikatan batin sama pemilik sebelumnya
Semoga dia sehat selalu, siapapun kamu, terima kasih jaketnya hangat
*nb: iya ini jaketnya udah aku cuci 3x"""),
("post", "hn_complaint", (0, 1, 1, 1), """Kapok beli karungan online!! 😤
Diiklanin "bal Korea grade A isi 150 pcs branded", pas dateng isinya setengah sobek, noda kuning semua, banyak yang bau apek
Seller langsung block pas aku komplain
Hati-hati ya temen-temen, jangan tergiur harga murah
Ini bukti videonya, tolong di-share biar gak ada korban lagi"""),
("post", "hn_report", (0, 1, 1, 1), """Lapor min @kemendag, akun ini terang-terangan jual pakaian bekas impor
Caption-nya: "bal jepang ready, reseller welcome, kirim seluruh Indonesia"
Udah berkali-kali ganti nama akun tapi nomor WA-nya sama terus
Mohon ditindak karena merugikan penjahit dan konveksi kecil kayak kami
Screenshot terlampir"""),
("post", "hn_buyer_question", (0, 1, 1, 1), """Nanya dong gaes, kalau mau thrifting di Jakarta yang masih buka dan barangnya bagus di mana ya?
Denger-denger Senen sekarang banyak yang tutup gara-gara larangan impor
Aku lagi nyari jaket kulit bekas buat kado ulang tahun cowok aku
Rekomendasi dong, makasih 🙏"""),
("post", "hn_donation_request", (0, 1, 1, 0), """Kami dari Posko Relawan Cianjur membuka donasi pakaian layak pakai untuk warga terdampak gempa
Dibutuhkan: baju anak, selimut, sarung, pakaian dalam baru, dan jaket
Mohon pakaian sudah dicuci dan dilipat
Drop point: Masjid Al-Ikhlas, Jl. Raya Cugenang
Terima kasih atas kepedulian warga semua"""),
("post", "hn_job_vacancy", (0, 1, 1, 1), """LOKER: Dibutuhkan 3 orang tenaga sortir di gudang pakaian
Tugas: memilah baju bekas dari bal sesuai jenis dan kualitas
Pria/wanita, usia 18-35, teliti, tidak alergi debu
Gaji UMR, makan siang ditanggung
Kirim lamaran via WA 0878xxxx, lokasi Bekasi Timur"""),
("article", "hn_tutorial", (0, 1, 1, 1), """Cara aman mencuci baju thrift impor sebelum dipakai
1. Rendam dulu dengan air panas (sekitar 60°C) dicampur deterjen dan sedikit cuka selama 30 menit.
2. Sikat bagian ketiak, kerah, dan ujung lengan, karena di situ kotoran paling banyak menempel.
3. Bilas sampai bersih lalu jemur langsung di bawah sinar matahari.
4. Setrika dengan suhu tinggi untuk membunuh kuman dan jamur yang mungkin terbawa dari karung.
Baju dari bal sering disimpan berbulan-bulan, jadi jangan langsung dipakai ya."""),
("review", "hn_review_no_seller", (0, 1, 1, 1), """Review jujur setelah setahun pakai jaket-jaket thrift impor:
Bahannya memang rata-rata lebih tebal daripada jaket murah baru, tapi ukuran Jepang suka kekecilan di lengan.
Dua dari lima jaket yang aku punya resletingnya rusak dalam 6 bulan.
Jadi menurutku sih oke buat gaya, tapi jangan berharap awet semua.
Sekarang aku lebih sering beli baru aja, lebih tenang."""),
]
