# Hand-written legal hard negatives, batch B.
# Tuple: (kind, category, offer, used, clothing, abroad, text)
ITEMS = [
("article", "hn_news", 0, 1, 1, 1, """Polisi Perairan Polda Kepri menangkap speedboat tanpa nama yang memuat 75 koli pakaian bekas di perairan Pulau Kundur.
Barang diduga diangkut dari Johor dan akan dibawa ke Tanjungbalai Karimun.
Dua awak kapal ditahan, sementara pemilik barang masih dalam pengejaran.
Polisi mengingatkan bahwa perdagangan baju bekas impor melanggar aturan perdagangan dan kepabeanan."""),

("article", "hn_news", 0, 1, 1, 1, """Suasana Pasar Cimol Gedebage, Bandung, tampak lebih sepi dibanding tahun lalu.
Sejumlah kios thrift memilih tutup setelah pasokan bal dari pelabuhan tersendat.
Pengelola pasar mendorong pedagang beralih ke produk lokal dan sudah menggelar pelatihan bersama dinas koperasi.
Sebagian pedagang mengaku masih menghabiskan sisa stok lama."""),

("article", "hn_news", 0, 1, 1, 1, """Tim gabungan di Parepare memeriksa sebuah gudang yang diduga menjadi tempat penyimpanan cakar asal Malaysia.
Di dalam gudang ditemukan puluhan karung pakaian dan sepatu bekas yang belum dibuka.
Pemilik gudang berdalih barang itu milik pedagang pasar yang hanya menitip.
Kasus ini diserahkan ke Bea Cukai untuk penyidikan lebih lanjut."""),

("post", "hn_opinion", 0, 1, 1, 1, """Jujur aku sedih lihat konten 'bongkar bal' yang viral-viral itu.
Penontonnya jutaan, tapi jarang ada yang bahas penjahit rumahan di kampungku yang tutup karena nggak bisa saingan harga.
Thrift boleh jadi gaya hidup, tapi rantai pasok ballpress itu ilegal dan ada korbannya.
Yuk lebih kritis, bukan cuma ikut tren."""),

("post", "hn_complaint_quoting_ad", 0, 1, 1, 1, """Kecewa berat sama toko yang ngiklan "Jaket thrift ex Korea kondisi 9/10 no minus"
Yang dateng: jaket sobek di ketiak, bau apek parah, resleting patah
Udah komplain, jawabannya "namanya juga barang bal kak, untung-untungan"
Nggak lagi-lagi beli online barang kayak gini
Bintang satu dan nggak aku rekomendasiin ke siapa-siapa"""),

("comment", "hn_buyer_question", 0, 1, 1, 1, """Kak, kalau mau mulai jualan awul-awul di Jogja, ambil barangnya di mana ya? 🙏
Katanya sekarang susah, banyak razia
Aku baru lulus, pengen usaha kecil-kecilan
Atau mending jualan baju baru aja ya daripada kena masalah hukum?"""),

("post", "hn_joke_meme", 0, 1, 1, 1, """POV: kamu beli jaket di lapak monza, terus di sakunya nemu struk belanja dari supermarket di Osaka tahun 2009 🧾
Jaketnya udah keliling dunia lebih banyak dari aku
Sekarang dia tinggal di kos 3x3 di Medan, semoga betah ya bestie 😂
#monzalife #jaketperantau"""),

("listing", "hn_new_thrift_style", 1, 0, 1, 0, """Jaket Denim Distressed Ala Thrift BARU Produksi Lokal
Sobekan & efek pudar dibuat sengaja oleh tim wash kami di Bogor
Masih ada tag, belum pernah dipakai, bukan barang bal
Size S-XXL
Harga 165rb, cashback 10% untuk pembeli pertama"""),

("profile", "hn_new_thrift_style", 1, 0, 1, 0, """Thriftlook.id 🌾
Pakaian BARU bergaya thrift & vintage, dijahit di Bandung
Bukan barang bekas, bukan impor — 100% lokal, masih segel
Drop koleksi tiap tanggal 25
Shopee & Tokopedia: Thriftlook Official | Reseller welcome"""),

("live", "hn_new_live", 1, 0, 1, 0, """Live malam ini jam 8 ya kak 💕
Kita launching kemeja motif retro, gaya thrift tapi BARU dari konveksi kami sendiri di Pekalongan
Bahan rayon premium, adem, nggak bikin gatel
Harga live cuma 69rb, normal 99rb
Yang checkout di live dapet free totebag"""),

("post", "hn_own_preloved", 1, 1, 1, 0, """Preloved mama muda 👶
Baju bayi 0-6 bulan, 1 kantong isi 25 potong, merek Carter's, Mothercare, lokal
Semua dibeli sendiri di Indonesia, dipakai anak pertama, dicuci bersih
Harga 150rb sekantong
Lokasi Bekasi Barat, COD atau Gosend"""),

("listing", "hn_own_preloved", 1, 1, 1, 0, """Jas Pengantin Pria Second Pakai 1x
Dibuat di penjahit langganan di Pasar Baru Jakarta, bahan wol lokal
Ukuran dada 100 cm, warna hitam
Kondisi 98%, disimpan di lemari dengan kamper
Harga 600rb (biaya jahit 2jt)
Bisa dicoba dulu di rumah saya, Jakarta Timur"""),

("post", "hn_church_bazaar", 1, 1, 1, 0, """Bazar Kasih Jemaat 🙏
Gereja kami menjual pakaian bekas layak pakai hasil sumbangan jemaat
Minggu, 11 Agustus, setelah ibadah kedua, di halaman gereja
Harga mulai 2rb, semua hasil untuk beasiswa anak sekolah minggu
Barang donasi jemaat sendiri, bukan dari bal
Tuhan memberkati"""),

("post", "hn_donation_request", 0, 1, 1, 0, """Panti asuhan kami di Kupang sedang membutuhkan seragam sekolah bekas layak pakai, sepatu, dan tas untuk 40 anak.
Ukuran SD dan SMP.
Bagi yang punya seragam anaknya yang sudah tidak dipakai, bisa dikirim ke alamat panti.
Kami tidak menerima uang, hanya barang. Terima kasih banyak."""),

("listing", "hn_other_goods_used", 1, 1, 0, 1, """Mesin Jahit Bekas Ex Jepang Juki High Speed
Masuk lewat importir resmi, kondisi 90%, sudah diservis
Cocok untuk konveksi dan penjahit rumahan
Harga 3,2jt, garansi servis 1 bulan
Bisa dilihat di toko kami, Semarang"""),

("listing", "hn_other_goods_karung", 1, 1, 0, 0, """Karung Goni Bekas Siap Pakai
Bekas wadah kopi dan kakao, kuat, tidak bolong
Cocok untuk karung pasir, tanaman, kerajinan, lomba 17an
Harga 4.000 per lembar, 100 lembar 350rb
Lokasi Lampung"""),

("listing", "hn_fabric_roll", 1, 0, 0, 1, """Kain Roll Katun Impor Korea Per Roll
Bahan baru, 1 roll ±50 yard, motif bunga
Cocok untuk gamis, daster, bahan konveksi
Harga 2,1jt / roll, beli per meter 45rb
Stok gudang Tanah Abang, ada dokumen impor resmi"""),

("listing", "hn_other_goods_used", 1, 1, 0, 0, """Motor Bekas Honda Beat 2019 Pajak Panjang
Kondisi mesin halus, body mulus 90%, surat lengkap atas nama sendiri
Ban belakang baru diganti, oli rutin
Harga 11,5jt nego tipis
Lokasi Medan Johor, silakan cek langsung
Hubungi 0822xxxx"""),

("listing", "hn_ordinary_listing", 1, 0, 1, 0, """Kaos Polos Cotton Combed 30s Grosir Murah
Warna lengkap 25 pilihan, ukuran S-XXL
Produksi pabrik Bandung, BARU
Harga 27rb per pcs, per lusin 300rb
Bisa sablon & bordir, minimal 12 pcs
Kirim seluruh Indonesia"""),

("post", "hn_tutorial", 0, 1, 1, 0, """Tutorial upcycle: ubah kemeja bekas bapak jadi tas belanja 👜
1. Gunting lengan dan kerah
2. Jahit bagian bawah
3. Lipat dan jahit sisi kanan-kiri, tambahkan tali dari lengan
Hasilnya tas lucu dan ramah lingkungan, tanpa beli apa-apa
Pakai baju lama di rumah aja, nggak usah beli di lapak thrift!"""),

("post", "hn_rules", 0, 1, 1, 1, """Ketentuan Komunitas Marketplace Kampus
✖ Dilarang menjual bal, karungan, atau pakaian bekas impor dalam bentuk apa pun
✖ Dilarang memakai kata 'thrift' untuk barang bal
✔ Boleh menjual preloved milik pribadi dengan foto asli
✔ Boleh menjual baju baru produksi lokal
Pelanggaran dilaporkan ke admin dan postingan dihapus."""),

("post", "hn_job_vacancy", 0, 1, 1, 1, """Lowongan kerja: tenaga sortir & cuci di gudang pakaian, Batam
Pekerjaan memilah pakaian dari bal, memisahkan yang rusak
Kerja 8 jam, shift pagi/malam
Catatan dari admin grup: mohon hati-hati, pastikan usahanya legal sebelum melamar, karena impor pakaian bekas dilarang
Info lebih lanjut tanya langsung ke perusahaan"""),

("review", "hn_review", 0, 1, 1, 1, """Saya coba pakai sepatu running hasil beli di pasar awul-awul selama 3 bulan.
Grip outsole masih oke, tapi busa midsole ternyata sudah keras, lutut jadi pegal setelah lari 10 km.
Pelajaran: sepatu olahraga bekas itu penampilannya bisa menipu.
Untuk pakaian kasual mungkin masih oke, tapi untuk olahraga saya kapok."""),

("message", "hn_buyer_question", 0, 1, 1, 1, """Selamat siang kak, saya lihat di story kakak jualan jaket monza
Boleh tanya, ini barang dari Tanjungbalai atau lokal?
Soalnya saya kerja di instansi pemerintah, takut kalau ketahuan pakai barang selundupan
Kalau memang barang bal, saya nggak jadi beli ya kak, maaf"""),

("post", "hn_buyer_diary", 0, 1, 1, 0, """Hari ini aku ke Jepang buat liburan 🇯🇵
Sempat mampir ke toko barang bekas di Shimokitazawa, lihat-lihat jaket vintage, tapi akhirnya nggak beli apa-apa karena koper udah penuh
Cuma bawa pulang matcha dan foto-foto
Next trip mungkin bakal bawa koper kosong 😅"""),

("listing", "hn_jastip_new", 1, 0, 1, 1, """JASTIP BANGKOK — PRATUNAM & PLATINUM MALL
Barang BARU semua ya, bukan thrift, bukan bekas
Kaos, dress, tas, sandal, harga pabrik Thailand
Fee 20rb per item, berat di atas 1 kg ada tambahan
Open order 1-7 September, barang sampai Jakarta pertengahan bulan"""),

("post", "hn_local_upcycle", 1, 1, 1, 0, """Koleksi 'Tambal Sulam' kami 🧵
Setiap jaket dibuat dari potongan celana jins bekas yang kami kumpulkan dari warga sekitar studio di Yogyakarta
Dijahit ulang tangan per tangan, tidak ada dua yang sama
Harga mulai 275rb
Bukan barang impor, bukan bal, murni sisa lemari tetangga yang kami beri hidup baru"""),

("article", "hn_explainer", 0, 1, 1, 1, """Kenapa pakaian bekas impor dilarang? Ada tiga alasan yang sering disebut pemerintah.
Pertama, kesehatan: uji laboratorium pernah menemukan jamur dan bakteri pada sampel dari bal.
Kedua, industri: tekstil dan konveksi dalam negeri kalah bersaing harga.
Ketiga, lingkungan: sebagian isi karung tidak layak jual dan berakhir sebagai sampah.
Aturannya tercantum dalam Permendag 18/2021 yang diubah Permendag 40/2022."""),

("comment", "hn_report", 0, 1, 1, 1, """@admin tolong cek akun ini, dia posting 'bongkar bal Jepang fresh grade A, bisa kirim per karung' tiap hari di grup
Bukannya udah ada aturan nggak boleh jualan bal di sini?
Aku screenshot postingannya, udah aku kirim lewat DM juga"""),

("listing", "hn_own_preloved", 1, 1, 1, 0, """Jual Cepat Sepatu Preloved Pribadi
Adidas Samba OG, beli di official store Jakarta tahun lalu, nota masih ada
Size 42, dipakai kurang lebih 10 kali
Box ada, kondisi 90%
Harga 900rb, no tukar tambah
COD Tangerang Selatan"""),

("post", "hn_opinion", 0, 1, 1, 1, """Sebagai pemilik konveksi kecil di Majalaya, saya dukung razia ballpress.
Tapi tolong konsisten. Jangan hanya heboh sebulan lalu bal-bal itu masuk lagi lewat pelabuhan kecil.
Kami butuh kepastian supaya berani produksi lebih banyak dan rekrut penjahit lagi."""),

("listing", "hn_other_goods_kilo", 1, 0, 0, 0, """Kopi Gayo Green Bean Per Kilo / Per Karung
Arabika grade 1, panen baru, kadar air 12%
Harga 140rb/kg, 1 karung 60 kg harga khusus
Langsung dari petani Aceh Tengah
Bisa kirim sampel 250 gr dulu"""),

("post", "hn_joke_meme", 0, 1, 1, 1, """Ibu-ibu di pasar cakar itu lebih jago negosiasi daripada diplomat mana pun 😂
"Berapa ini?" "50 ribu bu" "15 ribu ya, ini kan baju bekas luar negeri, sudah dipakai bule"
Dan berhasil. Selalu berhasil.
Respect untuk mamaku 🫡"""),

("listing", "hn_ordinary_listing", 1, 0, 1, 0, """Seragam Sekolah SD Merah Putih Baru
Kemeja lengan pendek & panjang, celana/rok
Bahan drill tebal, jahitan kuat
Ukuran 6-16
Harga mulai 45rb
Toko seragam kami di Pasar Klewer, kirim seluruh Indonesia"""),

("message", "hn_buyer_question", 0, 1, 1, 1, """Pak, saya dapat tawaran ambil barang per koli dari kenalan di Nunukan, katanya pakaian bekas dari Tawau.
Saya mau tanya dulu ke Bapak sebagai orang dinas perdagangan, apa ada risikonya kalau saya jual lagi di kampung?
Saya belum transfer apa-apa.
Mohon arahannya, Pak. Terima kasih."""),

("post", "hn_buyer_diary", 0, 1, 1, 1, """Misi hari Sabtu: cari jaket buat naik Rinjani tanpa bikin bokek ⛰️
Hasil: 2 jam muter lapak awul-awul di Jogja, dapat windbreaker 35rb yang ternyata merek bagus
Bau gudangnya luar biasa, udah aku rendam dua kali
Pelajaran hidup: jangan beli jaket pas lapar, semua kelihatan bagus"""),

("listing", "hn_other_goods_bal", 1, 1, 0, 0, """Kertas HVS Bekas Kantor Per Bal
Arsip lama yang sudah dicacah, 1 bal ±50 kg
Dari kantor-kantor di Surabaya, ada surat pemusnahan
Harga 3.500/kg
Khusus pengepul & pabrik daur ulang"""),

("profile", "hn_own_preloved", 1, 1, 1, 0, """@lemarinya.kak.dina 🌷
Preloved pribadi & adik-adik, bukan barang bal
Semua barang dibeli sendiri di toko lokal, foto asli
Update tiap akhir bulan
Domisili Malang, COD area kampus"""),

("post", "hn_school_bazaar", 1, 1, 1, 0, """Garage sale kompleks Griya Asri (nama rekaan) 🏡
Minggu pagi di lapangan blok D: baju anak bekas, mainan, buku, sepatu
Semua barang milik warga sendiri, harga mulai 3rb
Sebagian hasil penjualan untuk kas RT dan perbaikan pos ronda
Yang mau ikut buka meja, daftar ke Bu RT"""),

("article", "hn_news", 0, 1, 1, 1, """Puluhan pedagang pakaian bekas di Pasar TPO Tanjungbalai menggelar audiensi dengan DPRD setempat.
Mereka meminta masa transisi sebelum larangan impor pakaian bekas ditegakkan penuh.
Ketua asosiasi pedagang menyebut ratusan keluarga bergantung pada usaha monza.
DPRD berjanji membawa aspirasi itu ke pemerintah provinsi."""),

("post", "hn_new_thrift_style", 1, 0, 1, 0, """Kalian suka vibes thrift tapi takut barang bekas? Kami solusinya 😎
Kemeja bowling, cardigan nenek, celana baggy — semua BARU, dijahit di Sukoharjo
Warna dibuat kalem & agak pudar biar estetik kayak hasil hunting
Cek katalog di link bio, COD bisa"""),

("listing", "hn_other_goods_used", 1, 1, 0, 0, """Kulkas 2 Pintu Bekas Sharp Masih Dingin
Pemakaian 4 tahun, pindah rumah jadi dijual
Freezer normal, karet pintu masih rapat
Harga 1,3jt, angkut sendiri
Lokasi Makassar, dekat Pasar Butung"""),

("comment", "hn_buyer_question", 0, 1, 1, 1, """Gaes, bedanya grade A sama grade B di bal itu apa sih?
Aku lihat video bongkar bal tapi nggak ngerti istilahnya
Cuma penasaran aja, nggak niat beli kok 😅"""),
]
