from common import R

RECORDS = [
# ---------------- quiz_tutorial (legal) ----------------
R("quiz_tutorial", "post", """
KUIS EKONOMI KELAS XI 📝
1. Permendag nomor berapa yang mengubah Permendag 18/2021 tentang barang dilarang impor?
2. Sebutkan dua alasan pemerintah melarang impor pakaian bekas!
3. Apa arti istilah "balpres"?
4. Sebutkan tiga istilah daerah untuk pakaian bekas impor!
5. Jelaskan perbedaan antara preloved pribadi dan pakaian bekas impor!
6. Mengapa pedagang eceran juga terdampak oleh larangan impor?
7. Berikan satu contoh kebijakan pemerintah untuk membantu pedagang beralih usaha!
8. Menurutmu, apakah larangan ini efektif? Berikan alasan!
Kumpulkan jawaban di Google Classroom paling lambat Jumat.
"""),
R("quiz_tutorial", "post", """
Tanya dong, warga forum 🙋‍♀️
Aku punya 20-an baju pribadi yang masih bagus (beli di mall lokal), mau dijual online.
Apakah ini melanggar larangan thrifting? Soalnya aku dengar jual baju bekas sekarang dilarang.
Terima kasih yang mau jawab.
Barangnya antara lain kemeja kerja, dress, dan celana jeans, rata-rata baru dipakai 2-3 kali.
""", el="0110"),
R("quiz_tutorial", "post", """
Jawaban: Tidak melanggar, kak. Yang dilarang adalah IMPOR pakaian bekas (dan memperdagangkan barang hasil impor itu).
Kalau baju itu milik pribadi dan dibeli di dalam negeri, kakak boleh menjualnya sebagai preloved.
Saran: tulis asal barang dengan jelas dan sertakan foto label/nota supaya tidak salah diturunkan platform.
""", el="0110"),
R("quiz_tutorial", "post", """
Tutorial: Cara menghilangkan bau apek pada baju bekas
1. Rendam air panas + cuka putih 30 menit
2. Cuci dengan deterjen, bilas 2x
3. Jemur di bawah matahari langsung
4. Setrika uap
Catatan: tips ini untuk baju bekas milik keluarga atau preloved lokal. Pakaian bekas impor (cakar/monza/awul-awul) dilarang diperdagangkan, jadi sebaiknya tidak dibeli.
""", el="0110"),
R("quiz_tutorial", "post", """
Tebak istilah! 🤔
"Cakar" di Makassar, "monza" di Medan, "awul-awul" di Jogja, "lelong" di Pontianak — semuanya merujuk ke hal yang sama. Apa itu?
A. Jajanan pasar
B. Pakaian bekas impor
C. Nama pasar ikan
D. Alat tangkap ikan
Jawab di komentar, pemenang diumumkan Jumat!
Hadiah: voucher belanja produk UMKM lokal senilai 100rb untuk 3 penjawab benar pertama.
"""),
R("quiz_tutorial", "post", """
Q&A Hukum Dagang
T: Saya beli satu jaket di lapak pakaian bekas impor untuk dipakai sendiri. Apakah saya melanggar hukum?
J: Aturan larangan impor menyasar importir dan perdagangan barangnya. Pembeli perorangan umumnya tidak dipidana, namun kami tidak menyarankan karena ikut menopang pasar ilegal dan berisiko kesehatan.
"""),
R("quiz_tutorial", "post", """
Cara membedakan pakaian baru "vintage look" dan pakaian bekas impor dari bal:
- Pakaian baru: ada hangtag, label ukuran seragam, bau kain baru, stok per model banyak.
- Pakaian dari bal: label beragam negara, bekas tag laundry/nama, bau gudang, tiap model hanya satu.
- Preloved pribadi: biasanya ada nota, jumlah sedikit, ukuran seragam sesuai pemilik.
- Sisa ekspor/reject lokal: baru, ada label brand, kadang ada cacat kecil, stok per model banyak.
Berguna untuk konsumen yang ingin memastikan belanja legal.
Catatan: ini panduan umum, bukan bukti hukum. Kalau ragu, tanyakan langsung asal barang ke penjual.
"""),
R("quiz_tutorial", "post", """
Soal Latihan UTBK — Penalaran Umum
Bacaan: "Pada 2022, nilai impor pakaian bekas meningkat tajam dibanding tahun sebelumnya, meski barang tersebut dilarang..."
Pertanyaan: Simpulan yang paling tepat berdasarkan bacaan adalah...
(A) larangan berhasil menekan impor (B) data resmi tidak mencakup seluruh penyelundupan (C) ... (D) ... (E) ...
"""),
R("quiz_tutorial", "post", """
Ask the forum: "Barang 'preloved' di IG itu kebanyakan dari mana sih?"
Saya sering lihat toko dengan stok ratusan kemeja Jepang, tulisannya preloved. Apa itu mungkin punya pribadi?
Mohon pencerahan yang paham, saya tidak mau belanja barang ilegal.
Update: terima kasih jawabannya, ternyata kebanyakan memang dari bal impor. Saya jadi lebih hati-hati.
"""),
R("quiz_tutorial", "post", """
Infografis: Rantai Pasok Pakaian Bekas Impor Ilegal
Negara asal → pengepul → kapal ke pelabuhan tikus (Riau, Kepri, Kaltara) → gudang transit → pedagang bal → pengecer/online.
Di setiap titik ada risiko hukum. Bagikan untuk edukasi, bukan untuk cari supplier ya 🙏
Sumber: rangkuman berita penindakan Bea Cukai dan wawancara pedagang.
"""),
R("quiz_tutorial", "post", """
Tutorial Merawat Jaket Kulit Pribadi
1. Lap debu dengan kain lembap
2. Oles leather conditioner tipis-tipis tiap 3 bulan
3. Gantung di hanger lebar, jangan dilipat
4. Simpan dengan silica gel, hindari plastik tertutup
Jaket kulit yang dirawat bisa awet 10 tahun lebih.
Kalau jaket terkena hujan, keringkan di suhu ruang, jangan dijemur langsung di bawah matahari.
""", el="0010"),
R("quiz_tutorial", "post", """
Pertanyaan di grup reseller pemula:
"Saya ditawari 'bal Korea' 3,5 juta oleh kenalan. Katanya untung 200%. Aman nggak ya? Soalnya saya baca itu barang dilarang."
Mohon saran, saya belum transfer.
Orangnya bilang barang dari Batam dan bisa kirim sampai rumah.
Katanya juga bisa "titip bayar" setengah dulu. Saya jadi ragu.
"""),
R("quiz_tutorial", "post", """
Jawaban dari anggota senior:
"Jangan, bu. Bal itu pakaian bekas impor, dilarang. Selain risiko hukum dan akun ditutup, isinya untung-untungan.
Lebih aman ambil produk konveksi lokal atau sistem dropship brand lokal. Modal 3,5 juta bisa jadi 100 kaos baru."
Anggota lain menambahkan: "Cek juga program KUR dan pelatihan UMKM di dinas, lumayan buat modal awal."
"""),
R("quiz_tutorial", "post", """
Kuis Bahasa Daerah 🗣️
Dalam bahasa Jawa, "awul-awulan" artinya berantakan/acak-acakan. Kata ini kemudian dipakai di Jogja untuk menyebut...
a) pasar malam
b) tumpukan pakaian bekas impor yang dijual murah
c) rambut kusut
d) semua benar dalam konteks berbeda
Jawaban: d 😄
Bahasa itu hidup, satu kata bisa punya banyak makna tergantung konteks.
"""),
R("quiz_tutorial", "post", """
Belajar HS Code bareng 📚
HS 6309.00.00 = pakaian bekas dan barang bekas lainnya (worn clothing).
Bandingkan dengan HS 6310 = gombal/potongan kain bekas dan sisa tali.
Dalam lampiran Permendag tentang barang dilarang impor, kelompok kantong bekas, karung bekas, dan pakaian bekas masuk daftar larangan.
"""),
R("quiz_tutorial", "post", """
Tanya: Saya mau buka usaha jualan baju tapi modal kecil. Lebih baik apa?
Jawab (rangkuman komentar):
- Dropship konveksi lokal (tanpa stok)
- Ambil grosir Tanah Abang/Tegal Gubug
- Preloved pribadi & titipan teman
- Hindari bal impor, karena dilarang dan sering rugi
- Ikut pelatihan UMKM gratis dari dinas koperasi setempat
""", el="0010"),
R("quiz_tutorial", "post", """
Cara Melaporkan Produk Terlarang di Marketplace (step by step)
1. Buka halaman produk
2. Klik ikon tiga titik / "Laporkan"
3. Pilih "Produk dilarang" → "Pakaian bekas impor"
4. Tulis alasan singkat, misal "dijual per bal Korea"
5. Kirim. Laporan akan ditinjau dalam 1-3 hari.
Tips: jangan berinteraksi atau bertransaksi dengan penjual setelah melapor.
"""),
R("quiz_tutorial", "post", """
Quiz time for English class 🇬🇧
Translate into Indonesian:
1. "Second-hand clothing imports are banned."
2. "The bales were seized at the port."
3. "I only sell my own pre-loved clothes."
Bonus: Why does the word "thrift" mean saving money?
Deadline: submit via email before Monday.
Vocabulary: bale = bal, seized = disita, second-hand = bekas, border = perbatasan.
"""),
R("quiz_tutorial", "post", """
FAQ Konsumen — YLKI cabang
T: Bagaimana tahu baju di toko online itu bekas impor?
J: Perhatikan kata "ex Korea/Jepang", "karungan", "pecah bal", stok banyak dengan model berbeda-beda, dan harga sangat murah. Jika ragu, tanyakan asal barang dan minta foto label.
"""),
R("quiz_tutorial", "post", """
Tutorial Memilih Ukuran Baju dari Label Jepang/Korea (untuk belanja online produk baru impor resmi)
- Jepang: S/M/L biasanya satu ukuran lebih kecil dari ukuran lokal
- Korea: 90/95/100 = S/M/L (lingkar dada)
- Selalu cek LD dan panjang dalam cm
- Untuk sepatu, cek panjang insole (cm), bukan cuma angka size
""", el="0011"),
R("quiz_tutorial", "post", """
Diskusi kelas PKn: "Apakah larangan impor pakaian bekas adil bagi pedagang kecil?"
Kelompok 1 menyiapkan argumen pro (melindungi industri, kesehatan).
Kelompok 2 argumen kontra (mata pencaharian, harga terjangkau).
Gunakan minimal dua sumber berita dan satu peraturan sebagai rujukan.
Presentasi maksimal 10 menit per kelompok, dilanjutkan tanya jawab.
"""),
R("quiz_tutorial", "post", """
Thread pertanyaan: "Kenapa jual mobil bekas impor boleh tapi baju bekas impor tidak?"
Jawaban singkat: aturannya berbeda per jenis barang. Kendaraan bekas punya ketentuan impor tersendiri (dengan syarat ketat), sedangkan pakaian bekas masuk daftar barang dilarang impor.
"""),
R("quiz_tutorial", "post", """
Cara Mencuci Baju Bayi Lungsuran dari Kakak/Saudara
1. Pisahkan dari cucian dewasa
2. Pakai deterjen khusus bayi
3. Bilas 3x sampai tidak berbusa
4. Jemur di bawah matahari
Baju lungsuran keluarga itu hemat dan ramah lingkungan 💕
Simpan baju yang masih bagus di kotak berlabel ukuran untuk adik berikutnya.
Kalau sudah tidak ada adik, sumbangkan ke tetangga atau posyandu.
""", el="0110"),
R("quiz_tutorial", "post", """
Teka-teki pagi 🧩
Aku datang dalam karung, ditekan mesin sampai padat, menyeberang laut tanpa dokumen, dan dijual di pasar dengan nama berbeda di tiap kota. Siapakah aku?
(Jawaban: bal pakaian bekas impor — yang dilarang masuk Indonesia.)
Besok teka-teki baru, temanya makanan khas daerah!
Yang jawab benar hari ini: @dina_r, @bagus.p, @mama_zaki 👏
"""),

# ---------------- donation_school (legal) ----------------
R("donation_school", "post", """
BAZAR AMAL GEREJA — Minggu, 10.00-14.00, halaman gedung serbaguna
Menjual pakaian layak pakai sumbangan jemaat: kemeja, dress, celana, baju anak, sepatu.
Harga 5rb-25rb. Seluruh hasil untuk renovasi sekolah minggu.
Jemaat yang masih ingin menyumbang pakaian, sepatu, atau tas bisa mengantar ke kantor gereja paling lambat Jumat.
Relawan penjaga lapak dibutuhkan 10 orang, daftar ke Ibu Ruth.
Bukan barang impor/karungan — semuanya donasi jemaat sendiri. Tuhan memberkati 🙏
"""),
R("donation_school", "message", """
Pengumuman OSIS SMA Negeri 2:
Kami mengadakan "Thrift for Charity" pada acara pensi. Barang yang dijual adalah pakaian donasi siswa, guru, dan alumni (bukan beli dari bal).
Silakan kumpulkan donasi di ruang OSIS sampai Rabu. Hasil penjualan untuk korban banjir.
Harga 5rb-20rb per potong. Relawan penjaga stand: kelas XI IPS 2.
"""),
R("donation_school", "post", """
Gerakan Seragam Berbagi 🎒
SD kami mengumpulkan seragam lama yang masih layak dari kakak kelas untuk adik-adik yang membutuhkan.
Silakan titip di pos satpam: seragam merah putih, pramuka, batik, sepatu hitam.
Gratis untuk siswa yang membutuhkan, cukup daftar ke wali kelas.
Tahun lalu program ini membantu 86 siswa, semoga tahun ini lebih banyak.
""", el="0110"),
R("donation_school", "post", """
SWAP PARTY komunitas Ibu Hijau 🌿
Bawa maksimal 5 pakaian pribadi yang masih layak, tukar dengan milik peserta lain.
Tanpa uang, tanpa jual beli. Sisa pakaian akan didonasikan ke panti.
Sabtu, 09.00, Balai RW 03.
Yang datang tanpa membawa pakaian tetap boleh ikut memilih setelah jam 11 (sisa tukar).
Mohon pakaian sudah dicuci dan tidak rusak.
"""),
R("donation_school", "post", """
Posko Peduli Gempa membuka donasi pakaian layak pakai 🙏
Diutamakan: selimut, jaket, pakaian anak, pakaian dalam baru, dan pembalut.
Mohon pakaian dicuci dan dilipat, dimasukkan kardus bertuliskan jenis & ukuran.
Pengantaran ke posko Jl. Merdeka 21, setiap hari 08.00-20.00.
""", el="0110"),
R("donation_school", "post", """
Rummage Sale Persekutuan Pemuda 💛
Sabtu ini kami jual barang bekas donasi jemaat (baju, buku, mainan, alat dapur).
Pakaian 5.000-20.000. Hasilnya untuk retret pemuda.
Lokasi: aula gereja, mulai jam 8 pagi.
Donasi barang masih diterima sampai Jumat sore di kantor sekretariat.
Tidak menerima barang dari pedagang karungan, hanya barang milik jemaat.
"""),
R("donation_school", "message", """
Bunda-bunda kelas TK B, Minggu depan ada kegiatan "Berbagi Baju Lebaran".
Silakan bawa baju anak yang sudah kekecilan tapi masih bagus, nanti disalurkan ke panti asuhan Al-Ikhlas.
Mohon sudah dicuci dan diberi label ukuran. Terima kasih 🌸
Penyerahan ke panti akan dilakukan bersama anak-anak, sekalian belajar berbagi.
""", el="0110"),
R("donation_school", "post", """
Pasar Murah Masjid Al-Falah 🕌
Selain sembako murah, ada lapak pakaian layak pakai hasil infak jamaah, harga 2-10 ribu.
Khusus warga kurang mampu di sekitar masjid, bawa kupon dari pengurus RT.
Jumat, ba'da Ashar.
Jamaah yang ingin berinfak pakaian bisa menitipkan ke marbot masjid.
"""),
R("donation_school", "post", """
Kampus kita punya lemari berbagi! 👕
Taruh pakaian, sepatu, atau tas pribadi yang tidak terpakai, ambil yang kamu butuh — gratis.
Lokasi: depan sekretariat BEM. Dilarang mengambil untuk dijual kembali.
Mohon pakaian yang ditaruh sudah dicuci dan dilipat rapi.
Pengurus akan merapikan lemari setiap Jumat sore.
""", el="0110"),
R("donation_school", "post", """
CHARITY THRIFT SALE — Rotaract Club
Semua barang preloved dari donasi anggota & keluarga (bukan barang impor/bal).
Kemeja 20rb, dress 30rb, tas 40rb. Hasil untuk beasiswa anak nelayan.
Car Free Day Minggu, booth biru dekat bundaran.
Donasi pakaian pribadi masih bisa diantar ke sekretariat sampai Jumat.
"""),
R("donation_school", "message", """
Info Pramuka Gudep 07:
Kakak-kakak alumni yang punya seragam pramuka lama, bisa disumbangkan untuk adik siaga yang baru masuk.
Titip di sanggar pramuka sebelum tanggal 15. Terima kasih atas kepedulian kakak semua.
Salam Pramuka! 🏕️
Seragam yang terkumpul akan dibagikan saat upacara penerimaan anggota baru.
""", el="0110"),
R("donation_school", "post", """
Hasil Bazar Baju Bekas Layak Pakai Jemaat Minggu lalu:
Terkumpul Rp4.350.000 dari penjualan 620 potong pakaian donasi.
Dana sudah diserahkan ke Yayasan Kasih Bunda untuk biaya sekolah 12 anak.
Terima kasih kepada jemaat yang menyumbang dan membeli 🙏
Pakaian yang tidak terjual disalurkan ke posko bencana di kabupaten sebelah.
"""),
R("donation_school", "post", """
Bank Sampah Melati menerima setoran pakaian bekas warga 👚
Pakaian layak pakai disalurkan ke panti, yang tidak layak diolah jadi majun dan keset.
Warga mendapat poin tabungan sampah. Setoran setiap Sabtu, 07.00-10.00.
Pakaian yang sudah sangat rusak tetap diterima untuk dijadikan bahan kerajinan.
""", el="0110"),
R("donation_school", "post", """
Jual Seragam Bekas Koperasi Sekolah 🏫
Koperasi SMP 5 menjual seragam bekas hasil titipan orang tua alumni, harga 10-25 ribu.
Hasilnya dibagi: 80% untuk penitip, 20% untuk kas koperasi.
Tersedia ukuran S-XL, buka jam istirahat.
Orang tua yang ingin menitipkan seragam silakan isi formulir di koperasi.
"""),
R("donation_school", "post", """
Panitia Natal mengajak jemaat menyumbangkan pakaian hangat untuk anak-anak di pedalaman Papua.
Jaket, sweater, selimut pribadi yang masih layak, dikumpulkan di kantor gereja sampai 1 Desember.
Pengiriman bekerja sama dengan misi pelayanan setempat.
Mohon pakaian tidak dikirim dalam karung plastik, gunakan kardus berlabel.
""", el="0110"),
R("donation_school", "post", """
Preloved Day Kantor Kami 💼
Karyawan membawa pakaian kerja pribadi yang tidak terpakai; bisa dibeli rekan dengan harga 10rb-30rb.
Seluruh hasil untuk donasi pengobatan rekan kerja kami, Pak Ujang.
Jumat, pantry lantai 3.
Yang tidak sempat datang bisa titip donasi uang ke HRD.
Semua barang milik karyawan sendiri, dicek dulu oleh panitia.
"""),
R("donation_school", "message", """
Assalamualaikum warga perumahan 🙏
Karang Taruna membuka "Lapak Berkah": pakaian pantas pakai donasi warga dijual 5 ribuan, hasil untuk lomba 17-an.
Donasi bisa diantar ke rumah Mas Bayu blok E.
Kami tidak menerima barang dagangan karungan, hanya milik pribadi warga.
"""),
R("donation_school", "post", """
Sister Act: program tukar seragam antar sekolah 🔄
Seragam SMA yang sudah kekecilan bisa ditukar dengan ukuran yang pas, difasilitasi komite sekolah.
Pendaftaran via form, penukaran tiap Sabtu pertama.
Seragam yang ditukar harus bersih dan tidak robek.
Sisa seragam yang tidak tertukar akan disumbangkan ke siswa penerima beasiswa.
""", el="1110"),
R("donation_school", "live", """
🔴 Disiarkan LIVE di kanal YouTube alumni mulai pukul 19.30!
Lelang amal (charity auction) malam dana alumni 🎟️
Item: jersey bertanda tangan pemain timnas (milik pribadi alumni), jaket almamater angkatan 1990, batik tulis karya alumni.
Hasil untuk dana beasiswa. Penawaran dibuka pukul 20.00.
Penawaran bisa dilakukan langsung di lokasi atau lewat tautan panitia.
"""),
R("donation_school", "post", """
Yayasan Peduli Lansia membutuhkan pakaian dewasa layak pakai ukuran besar, sarung, dan daster.
Mohon tidak mengirim pakaian rusak. Kami juga menerima donasi popok dewasa.
Alamat penerimaan di Jl. Kenanga 4, Kota Malang.
Donasi bisa diantar setiap hari kerja, 09.00-15.00.
Untuk penjemputan donasi dalam jumlah besar, hubungi pengurus yayasan.
""", el="0110"),
R("donation_school", "post", """
Pojok Tukar Buku & Baju — Perpustakaan Desa 📚👕
Setiap Minggu pertama, warga boleh menukar buku atau pakaian pribadi yang masih layak.
Tidak ada jual beli. Yang tidak tertukar disumbangkan ke posyandu.
Bawa kantong sendiri ya, kami mengurangi plastik.
Bulan ini juga ada kelas mendongeng untuk anak-anak jam 10.
"""),
R("donation_school", "post", """
Thrift market sekolah kami sukses! 🎉
Dua minggu sebelumnya, panitia mengumpulkan lebih dari 900 potong pakaian dari keluarga siswa.
Setiap barang dicek, dicuci, dan diberi harga oleh pengurus komite.
Semua barang dari donasi keluarga siswa, dijual 5-15rb. Terkumpul 2,1 juta untuk perpustakaan kelas.
Terima kasih juga sudah menaati aturan: tidak ada barang dari pedagang bal/karungan.
"""),
R("donation_school", "message", """
Pesan dari Ketua Lingkungan St. Yosef:
Dalam rangka APP, kita kumpulkan pakaian layak pakai untuk dibagikan ke umat di stasi pedalaman.
Silakan serahkan ke rumah Ibu Maria paling lambat Minggu. Berkah Dalem.
Mohon pakaian dimasukkan ke kantong dan diberi keterangan ukuran.
Kita doakan juga agar saudara-saudara di stasi diberi kesehatan.
""", el="0110"),
R("donation_school", "post", """
Bazar Kampus "Second Chance" — UKM Lingkungan Hidup
Menjual pakaian preloved donasi mahasiswa dan dosen, harga 10rb-35rb, hasil untuk penanaman mangrove.
Setiap pembeli wajib bawa tas belanja sendiri.
Bukan barang impor, semua bisa dilacak donaturnya.
Sisa barang yang tidak laku akan didonasikan ke panti asuhan di sekitar kampus.
"""),
]
