# Batch 5: legal hard negatives (news, opinion, rules, reports, questions, jokes, reviews, jobs...).
B5 = [
("article", "hn_news", 0, 1, 1, 1, """Petugas Bea Cukai Gagalkan Penyelundupan 300 Balpres di Perairan Bengkalis
Kapal kayu bermuatan ratusan karung pakaian bekas asal Malaysia dihentikan tim patroli laut pada Selasa dini hari.
Dua awak kapal diamankan dan kini menjalani pemeriksaan.
Menurut petugas, muatan tersebut rencananya akan dibongkar di pelabuhan tikus sebelum diangkut ke Pekanbaru dan Medan.
Seluruh barang bukti akan dimusnahkan sesuai ketentuan larangan impor pakaian bekas."""),
("article", "hn_news", 0, 1, 1, 1, """Pedagang Pasar Senen Mengeluh Harga Bal Naik Dua Kali Lipat
Sejumlah pedagang pakaian bekas di Blok III mengaku modal per bal kini jauh lebih tinggi dibanding dua tahun lalu.
Mereka menduga kenaikan dipicu razia yang membuat pasokan dari luar negeri tersendat.
Di sisi lain, pembeli masih ramai terutama menjelang hari raya.
Kementerian Perdagangan kembali menegaskan bahwa importasi pakaian bekas tetap dilarang."""),
("article", "hn_news", 0, 1, 1, 1, """Ribuan Karung Pakaian Bekas Impor Dimusnahkan di Bogor
Pemusnahan dilakukan dengan cara dicacah menggunakan mesin, disaksikan perwakilan kementerian dan aparat keamanan.
Barang tersebut merupakan hasil pengawasan di sejumlah gudang di Jawa Barat beberapa bulan lalu.
Biaya pemusnahan dibebankan kepada pemilik barang.
Pemerintah meminta masyarakat melapor jika mengetahui gudang penimbunan."""),
("article", "hn_news", 0, 1, 1, 1, """Jalur Entikong Masih Jadi Pintu Masuk Pakaian Bekas dari Malaysia
Aparat di perbatasan Kalimantan Barat menyebut modus penyelundupan kian beragam, mulai dari disisipkan di antara barang lain hingga dipikul lewat jalan setapak di hutan.
Dalam sebulan terakhir, petugas menyita puluhan karung berisi baju dan sepatu bekas.
Warga perbatasan diimbau tidak ikut terlibat menjadi kurir."""),
("article", "hn_news", 0, 1, 1, 1, """Nasib Pedagang Cakar di Makassar Setelah Razia
Di kawasan Pasar Sentral, sebagian lapak pakaian bekas terlihat tutup sejak pekan lalu.
Seorang pedagang yang enggan disebut namanya bercerita, stok karungan dari Pare-Pare tidak lagi datang rutin.
Ia kini mulai mencoba menjual pakaian baru produksi lokal, meski pembeli belum seramai dulu.
Dinas Perdagangan setempat menyatakan akan mendampingi pedagang yang ingin beralih usaha."""),
("post", "hn_news", 0, 1, 1, 1, """[THREAD] Kenapa sih impor baju bekas dilarang? Rangkuman singkat 🧵
1/ Aturannya ada di Permendag 18/2021 yang diubah Permendag 40/2022. Pakaian bekas masuk daftar barang dilarang impor.
2/ Alasan resminya: kesehatan konsumen dan melindungi industri tekstil serta UMKM lokal.
3/ Yang dilarang itu importasinya. Jual baju bekas milik sendiri tetap boleh.
4/ Barang bal yang beredar di pasar pada dasarnya masuk lewat jalur tidak resmi.
Semoga membantu, koreksi kalau ada yang salah."""),
("post", "hn_opinion", 0, 1, 1, 1, """Jujur aku bingung sama debat thrifting ini.
Di satu sisi aku dulu kuliah cuma mampu beli jaket dari tumpukan bal Gedebage.
Di sisi lain temenku yang punya konveksi di Bandung bilang omzetnya jatuh gara-gara baju bekas impor murah banget.
Mungkin solusinya bukan cuma razia, tapi bikin produk lokal yang harganya masuk buat mahasiswa.
Gimana menurut kalian?"""),
("post", "hn_opinion", 0, 1, 1, 1, """Opini: Thrifting Bukan Gaya Hidup Ramah Lingkungan Kalau Barangnya Diimpor Berkarung-karung
Banyak yang membela pakaian bekas impor dengan alasan mengurangi limbah fesyen.
Tapi separuh isi bal sering berakhir jadi sampah di negara kita sendiri.
Kalau mau sirkular, mulailah dari lemari sendiri: tukar, jual, atau donasikan pakaian milik kita.
Itu lebih jujur daripada menampung sisa konsumsi negara lain."""),
("comment", "hn_opinion", 0, 1, 1, 1, """Aku setuju larangannya, tapi kasihan juga pedagang kecil di Pajak Melati yang udah puluhan tahun jualan monza.
Mereka bukan importirnya, cuma beli dari agen.
Harusnya yang ditangkap itu bandar besar di pelabuhan, bukan mamak-mamak yang buka lapak."""),
("article", "hn_guideline", 0, 1, 1, 1, """Kebijakan Produk Terlarang – Pakaian Bekas Impor
Penjual dilarang mengunggah produk pakaian, alas kaki, atau tas bekas yang berasal dari luar negeri, termasuk yang dijual per bal, karung, atau kilo.
Contoh judul yang melanggar: "baju bekas impor Korea", "ballpress jaket", "thrift Jepang per kilo".
Pakaian bekas milik pribadi yang dibeli di dalam negeri tetap boleh dijual dengan keterangan kondisi yang jelas.
Pelanggaran berulang dapat menyebabkan toko dinonaktifkan."""),
("post", "hn_guideline", 0, 1, 1, 1, """📌 PERATURAN GRUP JUAL BELI PRELOVED SOLO RAYA (wajib baca)
1. Hanya boleh menjual barang pribadi, bukan kulakan.
2. DILARANG posting baju bal, karungan, atau awul-awul impor. Langsung kick tanpa peringatan.
3. Wajib cantumkan harga dan kondisi barang.
4. Dilarang spam lebih dari 3 postingan sehari.
Terima kasih, admin."""),
("message", "hn_guideline", 0, 1, 1, 1, """Pemberitahuan untuk seluruh pedagang Pasar Baru Blok C:
Sesuai surat edaran dari Dinas Perdagangan, pedagang tidak diperkenankan menerima atau menyimpan pakaian bekas asal luar negeri dalam bentuk balpres.
Petugas akan melakukan pendataan stok pada minggu depan.
Mohon kerja samanya.
Pengelola Pasar."""),
("post", "hn_report", 0, 1, 1, 1, """Hati-hati guys sama akun @thrift.murah.banget99 😡
Aku transfer 6,5 juta buat "1 bal kemeja Korea isi 250 pcs" yang dia iklanin, katanya kirim dari Batam.
Udah tiga minggu barang nggak datang, nomor WA-nya sekarang nggak aktif.
Screenshot chat dan bukti transfer ada di slide berikut.
Tolong share biar nggak ada korban lain."""),
("review", "hn_report", 0, 1, 1, 1, """Bintang 1. Judulnya "jaket second import Jepang grade A", yang datang jaket bolong dua dan bau apek parah.
Penjual bilang itu risiko barang bal, nggak bisa retur.
Udah aku laporin ke marketplace, semoga ditindak.
Jangan percaya foto katalognya."""),
("message", "hn_report", 0, 1, 1, 1, """Selamat siang Admin,
Saya ingin melaporkan toko "Grosir Monja Jaya" yang masih mengunggah iklan bertuliskan "monja karungan masuk dari Tawau, harga per karung".
Menurut saya iklan tersebut melanggar kebijakan larangan pakaian bekas impor.
Tautan produk saya lampirkan di bawah.
Terima kasih."""),
("post", "hn_report", 0, 1, 1, 1, """Ngeri, tetangga kontrakan ternyata nimbun puluhan karung baju bekas dari Malaysia di gudang belakang.
Tiap malam ada truk bongkar muat, dan di Facebook dia pasang iklan "bal campur murah, tinggal jual".
Udah aku laporin ke RT dan kantor dagang kota.
Semoga ditangani dengan baik."""),
("comment", "hn_report", 0, 1, 1, 1, """Akun ini tiap live pakai kode "barang sakura" sama "dua lima", tapi jelas-jelas yang dia jual baju bekas dari Jepang.
Udah aku report tiga kali, masih live terus.
Platform tolong lebih tegas dong."""),
("post", "hn_report", 0, 1, 1, 1, """Kena tipu beli "sepatu bekas impor ori" 😭
Iklannya: "Nike second import Korea, 100% ori, size 42, 380rb".
Yang datang ternyata KW, bekas pula, solnya udah mau lepas.
Penjual langsung blokir aku.
Pelajaran buat aku: jangan tergiur harga murah."""),
("message", "hn_report", 0, 1, 1, 1, """Pak Lurah, mohon maaf mengganggu.
Di ujung Gang Kenanga sekarang ada gudang yang tiap hari bongkar karung pakaian bekas, katanya barang lelong dari Tawau.
Truknya sering parkir menutup jalan dan warga terganggu bau.
Mohon bisa dicek oleh petugas."""),
("comment", "hn_buyer_question", 0, 1, 1, 1, """Permisi kak, mau tanya dong, di Surabaya ada nggak sih tempat thrift yang jual jaket Jepang bekas tapi harganya masih masuk akal?
Aku nyari coach jacket buat kuliah, budget maksimal 100rb.
Kalau tau info lapak atau akun, boleh mention di sini 🙏"""),
("post", "hn_buyer_question", 0, 1, 1, 1, """Mau tanya ke yang udah pengalaman:
Beli satu bal baju bekas Korea itu biasanya isinya berapa persen yang layak jual?
Aku lagi mikir buka usaha kecil-kecilan tapi takut rugi karena banyak yang rusak.
Terus legal nggak sih sebenernya? Bingung baca beritanya."""),
("comment", "hn_buyer_question", 0, 1, 1, 1, """Bang, monza di Simalingkar masih buka nggak sekarang?
Aku dari Binjai mau ke sana hari Minggu cari celana kerja.
Takutnya udah pada tutup gara-gara berita razia kemarin."""),
("message", "hn_buyer_question", 0, 1, 1, 1, """Kak, aku liat di TikTok kakak pernah ke Pasar Senen nyari jaket.
Boleh minta info nggak, yang jual jaket kulit bekas impor itu lantai berapa?
Mau beli buat hadiah ayahku, biar nggak muter-muter kelamaan.
Makasih banyak kak 🙏"""),
("comment", "hn_buyer_question", 0, 1, 1, 1, """Ini baju bekas impor ya kak? Aku agak parno soal jamur dan kuman.
Kalau beli, dicuci gimana biar aman?
Terus bisa retur nggak kalau ternyata ada noda?"""),
("post", "hn_joke_meme", 0, 1, 1, 1, """Gaji UMR: ✅
Gaya ala oppa Seoul: ✅
Rahasianya: jaket 30 ribu dari tumpukan karungan yang baunya kayak gudang pelabuhan 😭😭
Nyuci tiga kali baru wangi.
#ceritathrifting #anakkos"""),
("post", "hn_joke_meme", 0, 1, 1, 1, """Emak-emak di pasar monza: "ini berapa?"
Penjual: "25, kak"
Emak-emak: "sepuluh lah, bajunya juga udah dipake bule"
Penjual: "..."
Yang tawar-menawarnya paling brutal emang pelanggan monza 😂"""),
("comment", "hn_joke_meme", 0, 1, 1, 1, """Sumpah baru nemu duit 1000 yen di saku jaket yang aku beli dari pasar awul-awul 😂
Berarti bener ya ini bekas orang Jepang.
Lumayan, modal beli jaket 35rb, dapet bonus yang nggak bisa dipake belanja di Indomaret."""),
("review", "hn_review_no_seller", 0, 1, 1, 1, """Pengalaman pertama beli baju bekas impor: kualitas kainnya memang lebih tebal dari kaos murah biasa.
Tapi aku harus rendam pakai air panas dan cuci tiga kali sampai baunya hilang.
Overall puas, tapi buat baju dalam atau handuk aku nggak akan beli bekas.
Nilai: 3,5 dari 5."""),
("post", "hn_review_no_seller", 0, 1, 1, 1, """Review jujur setelah setahun pakai coat bekas Jepang yang aku dapet waktu thrifting:
- Bahan wool-nya awet banget, nggak berbulu.
- Lapisan dalam mulai robek di ketiak, harus dijahit ulang.
- Kancing pernah copot dua kali.
Untuk harga 80rb, menurutku masih worth it. Tapi aku nggak bakal nyaranin beli online tanpa lihat langsung."""),
("review", "hn_review_no_seller", 0, 1, 1, 1, """Sepatu boots bekas impor yang aku beli di pasar loak itu ternyata nyaman banget dipakai kerja lapangan.
Solnya masih tebal meski ada goresan.
Cuma ukurannya agak kecil dibanding ukuran lokal, jadi kalau mau beli naikkan satu nomor.
Rekomendasi buat yang kerja di proyek."""),
("post", "hn_job_vacancy", 0, 1, 1, 1, """LOWONGAN KERJA 📢
Dibutuhkan 3 orang tenaga sortir di gudang pakaian bekas impor, daerah Cileungsi.
Tugas: membuka bal, memilah barang per grade, dan melipat.
Jam kerja 08.00-17.00, gaji harian.
Lamaran kirim ke email yang tercantum di poster."""),
("message", "hn_job_vacancy", 0, 1, 1, 1, """Info loker dari temen:
Toko thrift di Jl. Dago butuh admin live shopping, perempuan, usia 18-25.
Tugasnya bawain live pas bongkar bal seminggu dua kali, sama balas chat pembeli.
Gaji UMR plus bonus penjualan.
Yang minat bisa DM aku nanti aku sambungin."""),
("post", "hn_job_vacancy", 0, 1, 1, 1, """Dicari sopir truk engkel untuk rute Dumai - Pekanbaru.
Muatan karung pakaian bekas dari gudang, berangkat malam hari.
Syarat SIM B1 umum, pengalaman minimal 2 tahun.
Gaji per rit, dibayar setiap minggu.
Hubungi kantor ekspedisi di Jl. Sudirman Dumai."""),
("post", "hn_swap", 0, 1, 1, 0, """Ada yang mau tukeran baju? 🔄
Aku punya kemeja linen putih ukuran M, beli di Zara Grand Indonesia, dipakai dua kali.
Pengen tukar sama rok plisket ukuran S atau M, warna bebas.
Nggak jual ya, barter aja, ketemuan di Jakarta Selatan."""),
("post", "hn_swap", 0, 1, 1, 0, """Clothing Swap Party vol. 3 di taman kota Sabtu sore!
Bawa maksimal 5 pakaian pribadi yang masih layak, tukar dengan punya peserta lain.
Nggak ada jual beli, nggak ada barang kulakan, murni tukar antar teman.
Sisa pakaian yang nggak ketukar akan didonasikan ke panti."""),
("listing", "hn_plain_listing", 1, 0, 1, 0, """Seragam Kerja PDH Custom Bordir Logo - Minimal 12 Pcs
Bahan American drill, warna sesuai permintaan.
Gratis desain dan satu bordir di dada.
Pengerjaan 14 hari kerja, workshop di Sidoarjo.
Harga mulai 145rb per setel."""),
("post", "hn_local_upcycle", 1, 1, 1, 0, """Dari celana jeans bekas keluarga sendiri, aku bikin tote bag patchwork 👜
Tiap tas beda motif karena potongannya dari jeans yang berbeda.
Dijahit tangan di rumah, Malang.
Harga 85rb, ready 6 pcs aja.
Bisa juga custom dari jeans bekas kamu sendiri, kirim bahannya ke aku."""),
("profile", "hn_local_upcycle", 1, 1, 1, 0, """Jahit Ulang Kita ♻️
Upcycle pakaian bekas jadi barang baru
Bahan dari donasi warga Yogyakarta & lemari pelanggan
Tas • Bantal • Outer patchwork
Workshop: Kotagede | Pesan via DM"""),
("article", "hn_tutorial", 0, 1, 1, 1, """Cara Aman Mencuci Baju Thrift Sebelum Dipakai
1. Rendam dengan air panas minimal 30 menit untuk membunuh kuman dan telur kutu.
2. Tambahkan deterjen dan sedikit cuka untuk menghilangkan bau gudang.
3. Cuci terpisah dari pakaian lain, lalu jemur di bawah sinar matahari langsung.
4. Untuk jaket kulit atau wool, gunakan jasa laundry khusus.
Pakaian bekas dari bal impor sering disimpan lama dalam karung lembap, jadi jangan langsung dipakai."""),
("post", "hn_tutorial", 0, 1, 1, 1, """Tips ngecek jaket bekas impor biar nggak zonk 🧐
- Cek resleting dari atas sampai bawah
- Lihat bagian ketiak, kerah, dan ujung lengan, biasanya paling kotor
- Cium baunya, kalau apek banget berarti lama di karung
- Pastikan label dalam masih ada buat cek keaslian
Simpan post ini buat nanti pas thrifting!"""),
("listing", "hn_denial_import", 1, 1, 1, 0, """Toko Titip Jual "Lemari Tetangga" - Pakaian Bekas Warga Lokal
Semua barang dari titipan warga sekitar Bintaro, BUKAN bal impor.
Kemeja, rok, sepatu anak, kondisi dicek satu-satu sebelum dipajang.
Harga 15rb-100rb, 70% hasil penjualan kembali ke pemilik barang.
Buka Selasa-Minggu jam 10-18."""),
("post", "hn_denial_import", 1, 1, 1, 0, """Klarifikasi buat yang nanya 🙏
Stok baju second di toko kami bukan barang impor dan bukan dari karungan.
Kami beli langsung dari lemari orang-orang di Jabodetabek lewat program jual-lemari, tiap barang ada catatan pemilik awalnya.
Harga mulai 25rb, bisa cek di etalase online kami."""),
("post", "hn_trip_no_goods", 0, 1, 1, 0, """Catatan liburan di Tokyo hari ke-3 🇯🇵
Sore ini aku mampir ke toko secondhand di Shimokitazawa, cuma liat-liat karena koper udah penuh.
Rapi banget, tiap baju bekas digantung sesuai warna dan harganya tertulis jelas.
Nggak beli apa-apa, tapi dapet inspirasi buat nata lemari di rumah.
Besok lanjut ke Kamakura!"""),
]
