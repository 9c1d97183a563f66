# Batch C: legal records (hard negatives and ordinary texts), part 1.
# Each tuple: (kind, category, "offer used clothing abroad", text)

ROWS_C = [
("listing", "hn_new_thrift_style", "1010", """Kemeja Flanel Oversize Thrift Look — BARU, Produksi Sendiri
Dijahit di konveksi kami di Bandung, bukan barang bekas ya kak
Motif kotak ala vintage, bahan katun tebal
Size M, L, XL, harga 89rb
Ready stock, kirim hari ini sebelum jam 3"""),

("post", "hn_own_preloved", "1110", """Beberes lemari sebelum pindahan 📦
Jual preloved pribadi: 5 blouse kerja, 2 celana kulot, 1 blazer navy
Semua aku beli sendiri di mal & online, pemakaian paling 3-4 kali
Harga 30-75rb, bisa COD di sekitar Stasiun Bogor
DM aja kalau mau lihat detailnya 🙏"""),

("article", "hn_news", "0111", """Petugas Bea Cukai Batam menggagalkan penyelundupan puluhan bal pakaian bekas dari Malaysia yang diangkut kapal kayu pada dini hari.
Menurut keterangan petugas, muatan sekitar 120 bal itu rencananya dibawa ke sejumlah pasar di Sumatera dan Jawa.
Nakhoda dan dua anak buah kapal kini diperiksa. Barang bukti akan dimusnahkan sesuai aturan larangan impor pakaian bekas dalam Permendag 40/2022."""),

("listing", "hn_used_motorbike", "1100", """Dijual Honda Beat 2019 bekas pemakaian pribadi
Surat lengkap, pajak hidup sampai Agustus, mesin halus
Ban belakang baru ganti, body ada lecet pemakaian
Harga 11,5 juta nego, lokasi Sleman
Bisa cek fisik sore hari"""),

("post", "hn_opinion", "0111", """Jujur aku bingung sama debat soal baju thrift impor.
Di satu sisi, harganya murah dan banyak orang kecil hidup dari lapak-lapak itu.
Di sisi lain, konveksi lokal jelas kalah saing, dan sebagian isi bal ujung-ujungnya jadi sampah di sini.
Mungkin yang perlu bukan cuma razia, tapi juga bantu pedagang pindah ke produk lokal."""),

("message", "hn_buyer_question", "0111", """Halo kak, aku mau tanya dulu sebelum beli.
Baju bekas impor yang dijual di toko kakak sudah dicuci belum ya? Aku ada alergi kulit soalnya.
Terus katanya ada yang bawa jamur dari karungnya, itu bener gak sih?
Makasih kak, maaf banyak nanya 🙏"""),

("post", "hn_donation_request", "0110", """Open donasi pakaian layak pakai untuk korban banjir di Demak 🙏
Kami menerima baju anak, baju dewasa, selimut, dan sarung, bekas tapi bersih dan tidak robek.
Titik kumpul: Sekretariat Karang Taruna RW 05, Semarang Utara, setiap hari jam 16.00-20.00.
Mohon dipisah per jenis dan dimasukkan plastik ya. Terima kasih orang baik!"""),

("listing", "hn_school_bazaar", "1110", """BAZAR AMAL SMP Tunas Harapan 🎒
Sabtu, 14.00-17.00 di aula sekolah
Menjual seragam bekas, baju, dan sepatu hasil sumbangan wali murid
Harga 5rb-25rb, seluruh hasil untuk beasiswa siswa kurang mampu
Ayo datang dan ajak keluarga!"""),

("article", "hn_guideline", "0111", """Panduan moderasi singkat untuk tim konten:
1. Unggahan yang menawarkan pakaian bekas asal luar negeri, termasuk dalam bentuk bal atau karung, ditandai untuk ditinjau.
2. Pakaian preloved milik pribadi dan bazar donasi lokal tidak termasuk.
3. Laporan pengguna yang mengutip iklan penjual tetap dibiarkan tayang, namun iklan aslinya ditindaklanjuti."""),

("review", "hn_review_no_seller", "0111", """Pengalaman pertama beli baju thrift impor: campur aduk 😅
Jaketnya bagus banget, tapi baunya baru hilang setelah direndam tiga kali pakai cuka dan deterjen.
Saran aku, jangan langsung dipakai, cuci air panas dulu.
Gak akan sebut tokonya, yang jelas di pasar besar di Jakarta Pusat."""),

("post", "hn_joke_meme", "0111", """Ibu: "itu jaket baru?"
Aku: "iya bu, baru... baru dateng dari Jepang, baru aku beli, baru dicuci" 😭
Ibu: "kok ada nama orang di kerahnya? TAKAHASHI??"
aku gak bisa jawab lagi. anak thrift pasti paham 😂 #relate"""),

("listing", "hn_new_import", "1011", """Sweater Rajut Korea Import BARU — Segel Plastik
Langsung dari Dongdaemun, Seoul, bukan barang second
Bahan knit lembut, tersedia 6 warna pastel
Harga 139rb, ada label dan tag asli
Free plastik zip untuk setiap pembelian"""),

("post", "hn_report_complaint", "0111", """Hati-hati belanja di akun @murahbalmurah!!
Iklannya bilang "bal baju bekas Korea grade A 100kg isi 400 pcs", aku transfer 3 juta DP.
Yang datang cuma satu karung kecil isinya kain robek-robek, setengahnya basah.
Chat gak dibales, nomor diblok. Udah aku laporkan ke platform, tolong bantu share biar gak ada korban lagi 😢"""),

("listing", "hn_cardboard_per_bal", "1100", """Jual kardus bekas per bal, bersih kering
1 bal kurang lebih 60 kg, campur ukuran
Cocok buat pengepul atau packing olshop
Harga 2.800/kg, ambil di gudang kami Bekasi Timur
Tidak melayani eceran"""),

("comment", "hn_buyer_question", "0111", """kak mau nanya, kalau beli baju monza di Medan buat dijual lagi di Jakarta itu termasuk melanggar gak sih? soalnya aku liat banyak yang gitu tapi katanya ilegal. mohon pencerahannya, 
takut salah langkah 🙏"""),

("post", "hn_own_preloved", "1110", """Preloved sepatu lari punya suami, size 43 🏃‍♂️
Dibeli di Sport Station Grand Indonesia tahun lalu, baru dipakai lari 5-6 kali lalu cedera lutut 😅
Kondisi 95%, box masih ada
Dilepas 550rb, lokasi Jakarta Selatan"""),

("article", "hn_news", "0111", """Pemerintah daerah mengimbau pedagang pakaian bekas impor di sejumlah pasar di Makassar untuk menghabiskan stok lama dan tidak memesan karung baru.
Kepala dinas perdagangan setempat menyebut pendataan pedagang cakar sedang berlangsung agar mereka bisa diarahkan ke produk UMKM lokal.
Sebagian pedagang mengaku keberatan karena sudah berjualan lebih dari sepuluh tahun."""),

("listing", "hn_used_phone_import", "1101", """iPhone 11 64GB Ex Inter (Japan) Second Mulus
Baterai 86%, Face ID normal, kamera jernih
IMEI sudah terdaftar resmi, bukan barang BM
Kelengkapan: unit + charger
Harga 4,3 juta, garansi toko 7 hari"""),

("post", "hn_local_upcycle", "1110", """Dari sisa jeans lama ke tote bag baru 👜♻️
Kami mengumpulkan celana jeans bekas dari warga sekitar Solo, lalu dijahit ulang oleh ibu-ibu PKK jadi tas.
Setiap tas unik, tidak ada yang sama.
Harga 75rb, bisa pesan lewat DM @jahitulang.solo"""),

("message", "hn_job_vacancy", "0111", """Lowongan kerja: dicari 3 orang tenaga sortir pakaian di gudang thrift daerah Cakung.
Tugas memilah isi bal per jenis dan kondisi.
Gaji harian, makan siang ditanggung, usia 18-35.
Ini info lowongan saja ya, kirim lamaran ke admin masing-masing."""),

("listing", "hn_factory_reject", "1010", """Kaos Polos Sisa Ekspor — Reject Minor, BARU
Produksi pabrik garmen Semarang, sisa order buyer Eropa
Cacat sangat kecil (jahitan miring atau label tidak rapi)
Harga grosir 18rb/pcs min 12 pcs
Bukan barang bekas, masih wangi pabrik"""),

("post", "hn_trip_no_goods", "0000", """Jalan-jalan ke Chatuchak Bangkok kemarin seru banget ☀️
Cuma lihat-lihat doang, gak beli apa-apa karena koper udah penuh oleh-oleh makanan 😂
Tempatnya luas, panas, tapi banyak jajanan enak. Next time mau balik lagi sama temen kantor."""),

("review", "hn_review_new_store", "0010", """Beli celana chino di outlet brand lokal di Pakuwon Mall, kualitasnya bagus.
Bahannya adem, jahitan rapi, ukurannya pas sesuai size chart.
Harga 249rb agak mahal buat aku tapi awet. Bintang 4 dari 5 karena antrian kasir lama."""),

("listing", "hn_majun", "1100", """Majun Kain Perca Potongan Bersih per Karung
Untuk lap mesin bengkel, pabrik, dan percetakan
Daya serap oli bagus, sudah dipotong ukuran 30x40
1 karung 25 kg Rp 175.000
Gudang di Sidoarjo, bisa kirim ke luar kota"""),

("post", "hn_opinion", "0111", """Thread: kenapa aku berhenti beli baju bal impor 🧵
1/ dulu aku rajin ke Senen tiap bulan, seneng banget nemu merek bagus murah
2/ lama-lama sadar banyak isi karung yang gak laku akhirnya dibuang
3/ temen aku yang punya konveksi kecil bilang pesanannya turun terus
4/ sekarang aku lebih pilih tukar baju sama teman atau beli preloved lokal"""),

("listing", "hn_plain_clothing", "1010", """Gamis Katun Rayon Motif Bunga Kecil
Bahan adem, busui friendly, resleting depan
Ukuran S sampai XXL
Harga 115rb, beli 2 gratis ongkir
Produk UMKM Pekalongan"""),

("comment", "hn_report_complaint", "0111", """min tolong ditindak akun ini, dia tiap hari live jualan "ballpress korea" padahal itu kan dilarang.
udah aku report 3x tapi masih jalan terus. aku bukan iri ya, cuma kasihan pedagang lokal."""),

("message", "hn_swap_event", "0110", """Halo teman-teman! Minggu depan komunitas kita bikin acara tukar baju 👚🔄👕
Bawa maksimal 5 baju layak pakai dari lemari sendiri, nanti dapat kupon buat tukar dengan baju orang lain.
Tidak ada jual beli ya, semuanya gratis.
Tempat: Taman Menteng, jam 8 pagi."""),

("listing", "hn_rice_per_karung", "1000", """Beras Pandan Wangi Cianjur per Karung 25 kg
Panen baru, pulen dan wangi
Harga 345rb/karung, minimal 2 karung gratis antar area Cianjur kota
Pesan lewat WA 0813xxxx"""),

("post", "hn_new_thrift_style", "1010", """Koleksi "Thrift Vibes" kami sudah rilis! 🌼
Kemeja motif retro dan celana cutbray, semuanya dijahit baru di workshop kami di Yogyakarta.
Bukan barang bekas ya kak, cuma gayanya aja kayak hasil thrifting 😄
Harga 99rb-159rb, cek katalog di highlight"""),

("article", "hn_news", "0111", """Ratusan pedagang pakaian bekas di Gedebage, Bandung, menggelar pertemuan dengan perwakilan pemerintah kota terkait larangan impor.
Mereka meminta masa transisi agar stok karungan yang sudah terlanjur dibeli masih bisa dijual.
Pemerintah kota menjanjikan pelatihan dan akses pinjaman bagi pedagang yang ingin beralih ke produk lokal."""),

("listing", "hn_used_furniture", "1100", """Lemari Jati Bekas 2 Pintu, Peninggalan Kakek
Kayu masih kokoh, ada cermin di pintu kanan
Ukuran 180 x 90 x 55 cm
Harga 2,1 juta, ambil sendiri di Jepara
Gak bisa kirim karena berat"""),

("post", "hn_church_sale", "1110", """Garage sale Gereja Santo Yusup 🙏
Pakaian, tas, dan sepatu bekas sumbangan umat, semuanya sudah dicuci dan dipilah.
Sabtu-Minggu di halaman pastoran, mulai 09.00
Harga seikhlasnya mulai 5rb, hasil penjualan untuk renovasi panti asuhan"""),

("comment", "hn_joke_meme", "0111", """gaji: masuk tanggal 25
aku tanggal 26 di depan lapak monza: "cuma liat-liat kok bang"
tanggal 27: bawa pulang 4 jaket bekas Korea sama 1 kemeja yang ukurannya gak muat 🤡 dompet aman? tidak."""),

("review", "hn_review_no_seller", "0111", """Sudah hampir setahun aku pakai jaket kulit bekas impor yang dibeli di pasar pas liburan di Medan.
Kulitnya tebal, makin lama makin lemas dan enak dipakai.
Tapi resletingnya sempat macet dan harus ganti di tukang jahit 35rb.
Overall puas, walau sekarang aku tahu jual belinya dilarang."""),

("listing", "hn_jastip_new", "1011", """JASTIP UNIQLO JEPANG — Berangkat 12 Juni ✈️
Semua barang BARU dari toko resmi Uniqlo Ginza
Bisa request warna & size, kirim link produk saja
Fee 15% dari harga, DP 50%
Close PO 10 Juni"""),

("post", "hn_tutorial", "0111", """Cara aman mencuci baju thrift impor sebelum dipakai 🧼
1. Rendam air panas (kalau bahannya kuat) selama 30 menit
2. Tambahkan cuka atau disinfektan pakaian
3. Cuci biasa lalu jemur di bawah matahari langsung
4. Setrika dengan suhu tinggi
Simpan dan bagikan ke teman yang suka ngawul ya!"""),

("message", "hn_own_preloved", "1110", """Mbak, jadi ambil dress yang kemarin? Itu punyaku sendiri, beli di Zara pas kuliah, sekarang udah gak muat 😅
Kondisi masih bagus, cuma dipakai wisuda sama kondangan.
Aku lepas 120rb aja, bisa ketemuan di kampus besok siang."""),

("listing", "hn_plastic_per_bal", "1100", """Plastik Kresek Bekas Press per Bal (Bahan Daur Ulang)
Sudah dipilah warna, dipress rapat
1 bal kurang lebih 80 kg
Harga 3.500/kg, untuk pabrik biji plastik
Lokasi Gresik"""),

("article", "hn_explainer", "0111", """Apa itu ballpress?
Istilah ini merujuk pada pakaian bekas yang dipadatkan dengan mesin press menjadi bal besar, biasanya dikirim dari luar negeri.
Di daerah, sebutannya berbeda-beda: monza di Medan, cakar di Makassar, lelong di Pontianak, awul-awul di Yogyakarta.
Sejak 2015 impor barang ini dilarang, dan larangannya diperbarui lewat Permendag 18/2021 jo. 40/2022."""),

("post", "hn_new_import", "1011", """Restock sneakers import Vietnam 🔥 100% BNWT
Semua masih lengkap dengan box dan kertas tisu
Ukuran 38-44, warna putih dan hitam
Harga 389rb, bisa cek keaslian dulu
Toko kami di Mangga Dua lantai 2"""),

("comment", "hn_buyer_question", "0111", """Ada yang tau gak di Surabaya sekarang masih ada yang jual baju karungan dari luar?
aku cuma mau cari jaket gunung murah buat naik Semeru. bukan mau jualan kok 😅"""),
]
