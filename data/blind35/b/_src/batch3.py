# Legal hard negatives, part 1: news, opinion, rules, reports, questions, jokes,
# reviews without seller, vacancies, tutorials; used non-clothing goods.
RECORDS = [
("article", "hn_news", "0111", """Petugas Bea Cukai bersama kepolisian kembali menggagalkan masuknya puluhan koli pakaian bekas di pelabuhan penumpang Batam Centre pekan ini.
Barang diangkut dalam koper dan ransel milik penumpang yang tiba dari Singapura, namun isinya jelas bukan untuk keperluan pribadi.
Menurut petugas, modus menitipkan koper kepada penumpang lain kian sering ditemukan sepanjang tahun.
Seluruh barang bukti disegel dan pemiliknya sedang dicari."""),

("article", "hn_news", "0111", """MEDAN — Pedagang monza di Pajak Melati mengeluhkan sepinya pembeli sejak razia balpres digencarkan di perairan Tanjungbalai.
"Stok lama sudah menipis, barang baru tak berani masuk," kata seorang pedagang yang enggan disebut namanya.
Sebagian pedagang mulai mencoba menjual pakaian baru produksi Bandung dan Tanah Abang, meski keuntungannya jauh lebih tipis.
Dinas perdagangan setempat berjanji membuka pelatihan alih usaha bulan depan."""),

("article", "hn_news", "0111", """Pemerintah memusnahkan ratusan bal pakaian, sepatu, dan tas bekas hasil sitaan di sebuah gudang di Karawang.
Barang-barang itu diketahui berasal dari luar negeri dan masuk tanpa dokumen.
Pejabat Kemendag menegaskan larangan impor pakaian bekas sudah berlaku sejak Permendag 18/2021 yang diubah dengan Permendag 40/2022, dengan pos tarif 6309.
Pemusnahan dilakukan dengan cara dibakar dan disaksikan wartawan."""),

("article", "hn_news", "0111", """Kapal kayu bermuatan karung-karung pakaian bekas dicegat patroli laut di perairan Selat Malaka, Jumat dini hari.
Nakhoda dan dua ABK diamankan, sementara muatan ditarik ke dermaga Dumai untuk dihitung.
Petugas memperkirakan nilai barang mencapai ratusan juta rupiah.
Kasus ini menambah panjang daftar penindakan penyelundupan pakaian bekas dari Malaysia sepanjang tahun ini."""),

("post", "hn_news", "0111", """BREAKING: Gudang di Tanjung Uncang digerebek, 2 kontainer isi goni pakaian bekas asal luar negeri diamankan 🚨
Puluhan pekerja bongkar muat ikut dibawa untuk dimintai keterangan.
Polisi bilang barangnya mau disebar ke pasar-pasar di Batam.
Follow akun ini buat update kasusnya."""),

("article", "hn_news", "0111", """Di Pasar Senen, suasana kios-kios baju bekas impor tidak seramai tahun lalu.
Beberapa pedagang mengaku pasokan karungan dari pelabuhan makin seret sejak pengawasan diperketat.
"Dulu seminggu bisa buka tiga bal, sekarang sebulan belum tentu satu," ujar Tono (bukan nama sebenarnya), pedagang yang sudah 12 tahun berjualan di lantai dua.
Ia berharap pemerintah memberi waktu dan jalan keluar, bukan hanya larangan."""),

("post", "hn_opinion", "0111", """Opini pribadi: larangan baju bekas impor itu masuk akal buat lindungin konveksi lokal, TAPI jangan cuma keras ke pedagang kecil di pasar.
Yang masukin ratusan bal lewat pelabuhan itu siapa? Itu yang harusnya dikejar duluan.
Gue sendiri udah berhenti beli thrift impor sejak tahu soal limbah tekstil yang dibuang ke negara berkembang.
Setuju gak?"""),

("post", "hn_opinion", "0111", """Thread singkat soal thrifting 🧵
1/ Baju bekas impor itu murah karena negara asalnya "buang" kelebihan pakaian ke kita.
2/ Yang nggak layak jual ujungnya jadi sampah di TPA kita, bukan di Korea atau Amerika.
3/ UMKM konveksi susah saingan sama kemeja branded 20 ribuan.
4/ Jadi sebelum bilang "thrifting ramah lingkungan", cek dulu asal barangnya.
Tambahin kalau ada yang kurang."""),

("article", "hn_opinion", "0111", """Kolom: Antara Gaya Hidup dan Kedaulatan Industri
Fenomena berburu pakaian bekas impor di kalangan anak muda sering dibungkus narasi keberlanjutan.
Padahal, sebagian besar barang yang masuk lewat karung dan bal tidak pernah melewati pemeriksaan kesehatan.
Penulis berpendapat bahwa kampanye "beli lokal" perlu didukung harga yang terjangkau, bukan sekadar slogan.
Tanpa itu, pasar akan tetap kembali ke balpres."""),

("comment", "hn_opinion", "0111", """Jujur aku dilema. Di satu sisi bal impor itu jelas ilegal dan ngerugiin penjahit lokal, di sisi lain gaji UMR beli jaket baru 400rb itu berat.
Semoga brand lokal bisa bikin lini basic yang harganya masuk akal buat kita-kita."""),

("article", "hn_guideline", "0111", """Pedoman Komunitas: Barang yang Tidak Boleh Diiklankan
Platform tidak mengizinkan iklan pakaian, sepatu, dan tas bekas yang berasal dari impor, termasuk yang dijual per bal, per karung, atau per koli.
Penjual pakaian bekas milik pribadi tetap diperbolehkan selama tidak berasal dari impor.
Iklan yang melanggar akan dihapus, dan akun yang berulang kali melanggar dapat dibatasi.
Laporkan iklan mencurigakan melalui tombol "Laporkan"."""),

("post", "hn_guideline", "0111", """📢 INFO UNTUK PEDAGANG PASAR
Sesuai Permendag 40/2022, pakaian bekas asal luar negeri termasuk barang dilarang impor.
Pedagang diimbau tidak lagi menerima kiriman bal/karung dari luar negeri dan beralih ke produk dalam negeri.
Konsultasi alih usaha bisa dilakukan di kantor pengelola pasar setiap hari kerja.
— Pengelola Pasar Kota"""),

("article", "hn_guideline", "0111", """FAQ Seller Center: Bolehkah saya menjual baju thrift?
Jawab: Menjual pakaian bekas pribadi diperbolehkan. Namun pakaian bekas hasil impor (termasuk yang disebut balpres, karungan, atau second import) dilarang oleh peraturan perdagangan.
Jika Anda ragu tentang asal barang, jangan unggah produk tersebut.
Produk yang terdeteksi melanggar akan diturunkan tanpa pemberitahuan."""),

("post", "hn_report", "0111", """Min tolong ditindak akun ini, jelas-jelas jualan balpres 🙄
Captionnya: "Bal kemeja Korea grade A ready 6,5jt, kirim seluruh Indonesia".
Udah aku report 3x tapi masih muncul terus di FYP.
Katanya dilarang tapi kok masih bebas jualan?"""),

("review", "hn_complaint", "0111", """⭐ Kecewa berat. Di deskripsi ditulis "second Jepang grade A, kondisi 90%", yang datang kemeja kusam bau apek, dua kancing hilang.
Chat gak dibalas setelah barang sampai.
Buat yang lain hati-hati beli baju bekas impor online, fotonya beda jauh sama aslinya."""),

("post", "hn_report", "0111", """Warga mengeluhkan gudang di ujung gang yang tiap malam bongkar karung pakaian bekas dari truk berpelat luar kota.
Bau menyengat dan sampah plastik pembungkus ditinggal begitu saja.
Ketua RT sudah menegur, tapi kegiatan masih berlanjut.
Apakah ada nomor aduan Bea Cukai atau dinas perdagangan yang bisa dihubungi?"""),

("comment", "hn_complaint", "0111", """Ini seller yang nulis "bukan barang bal, preloved pribadi" padahal jelas isi lapaknya 300 jaket Korea ukuran sama semua 🤣
Udah, gak usah bohong. Aku screenshot buat laporan ke marketplace."""),

("message", "hn_report", "0111", """Selamat siang, saya ingin melaporkan toko online yang menjual baju bekas impor secara terang-terangan.
Iklannya berbunyi "Ready cakar Korea per karung 3jt, langsung dari kapal".
Tautan dan tangkapan layar saya lampirkan. Mohon ditindaklanjuti.
Terima kasih."""),

("post", "hn_complaint", "0111", """Pengalaman pertama beli "paket usaha thrift import" dari iklan di FB: 50 pcs katanya grade A, ternyata 20 pcs noda, 10 sobek 😭
Pelajaran mahal. Jangan tergiur untung besar jualan baju bal, ujung-ujungnya modal habis.
Mending aku jualan keripik aja."""),

("comment", "hn_buyer_question", "0111", """Kak mau nanya, baju bekas impor yang dijual di pasar itu aman gak sih dipake langsung?
Aku kemarin lihat berita katanya bisa bawa jamur dan bakteri. Biasanya kalian cuci pakai apa?
Makasih yang mau jawab 🙏"""),

("post", "hn_buyer_question", "0111", """Ada yang tau beda "grade A" sama "grade S" di baju bal?
Aku liat di video orang bongkar bal, mereka nyebut-nyebut grade terus tapi gak dijelasin.
Cuma penasaran, bukan mau beli. Dari tadi googling hasilnya beda-beda."""),

("message", "hn_buyer_question", "0111", """Bang, aku baru pindah ke Medan. Katanya monza di sini murah-murah ya?
Pasarnya yang paling besar di mana? Aku mau cari jaket buat naik gunung, tapi takut dapet yang kotor.
Kalau ada tips milih barang bekas dari goni tolong dibagi ya."""),

("comment", "hn_buyer_question", "0110", """Ini beneran preloved pribadi kak atau dari karungan?
Aku cuma mau beli yang bekas pakai sendiri, soalnya pernah kena gatal-gatal pas pake baju dari pasar.
Kalau preloved pribadi aku ambil yg cardigan coklat."""),

("post", "hn_buyer_question", "0111", """Bingung deh. Kemarin pas thrifting di Pasar Senen, penjualnya bilang barangnya "ex Jepang, masih ada tag laundry".
Beneran ada cara ngecek asal baju bekas dari tag-nya?
Atau itu cuma trik jualan?"""),

("post", "hn_joke_meme", "0111", """Aku: mau hemat bulan ini
Juga aku, jam 10 malem: nonton live bongkar bal jaket Korea sampe jam 1 pagi 🫠
Untung dompet kosong jadi cuma bisa nonton.
#relatable #thriftbrain"""),

("post", "hn_joke_meme", "0111", """Hal-hal yang cuma dimengerti anak cakar Makassar:
- nyium baju dulu sebelum nawar
- nemu struk belanja Korea di kantong celana
- "daeng, kurangi mi sedikit" tiga kali
- pulang cuci baju pake air panas + pewangi satu botol 😂
Tambahin lagi di komen."""),

("comment", "hn_joke_meme", "0111", """POV: kamu bangga pake jaket "vintage" dari awul-awul, terus ketemu orang Jepang di bandara yang bilang itu jaket seragam SMP-nya 💀
Aku gak bisa berhenti ketawa baca thread ini."""),

("post", "hn_joke_meme", "0111", """Emak-emak di grup WA keluarga: "jangan beli baju rombengan, itu baju orang meninggal dari luar negeri"
Anaknya yang tiap minggu ke pasar Tungging: 🙂🙃
Siapa yang keluarganya juga begini? 😅"""),

("review", "hn_review_no_seller", "0111", """Review jujur setelah 2 tahun pakai jaket bekas Jepang hasil thrifting:
Bahannya memang awet, jahitannya rapi, tapi resletingnya udah dua kali ganti.
Kalau dibandingin sama jaket lokal harga 300rb, menurutku sekarang kualitas brand lokal udah nyusul.
Kesimpulan: gak nyesel, tapi gak bakal beli lagi."""),

("review", "hn_review_no_seller", "0111", """Aku coba bandingin 3 sweater: satu dari brand lokal, satu baru dari mall, satu dari thrift import.
Yang thrift paling murah (35rb) tapi bulunya rontok setelah 3x cuci.
Yang lokal 180rb dan sampai sekarang masih bagus.
Jadi mahal belum tentu rugi, murah belum tentu hemat."""),

("post", "hn_review_no_seller", "0111", """Catatan jalan-jalan ke Gedebage akhir pekan lalu: ratusan kios, ribuan kemeja flanel bekas dari luar negeri bergantungan.
Aku cuma foto-foto buat tugas kuliah tentang ekonomi pasar.
Yang menarik, banyak pedagang muda yang jualan sambil live di HP.
Tulisan lengkap nyusul di blog."""),

("post", "hn_job_vacancy", "0111", """LOWONGAN KERJA — Dibutuhkan 3 orang tenaga sortir pakaian bekas (karungan impor) di gudang daerah Cikarang.
Syarat: pria/wanita 18-35 th, teliti, tahan debu.
Gaji harian 110rb + makan siang. Jam kerja 08.00-16.00.
Lamaran kirim ke WA 0812xxxx (chat only)."""),

("post", "hn_job_vacancy", "0111", """Dicari admin live TikTok untuk toko baju thrift import, shift malam (19.00-23.00).
Tugas: membacakan nomor barang, merekap pesanan, membalas komentar.
Pengalaman jualan live jadi nilai plus. Kirim CV ke email rekrut.lapakbaju@mail.com."""),

("article", "hn_tutorial", "0111", """Cara Mencuci Baju Bekas Impor Supaya Aman Dipakai
1. Rendam dulu dengan air panas minimal 60 derajat selama 30 menit.
2. Tambahkan cairan disinfektan khusus pakaian.
3. Cuci seperti biasa, lalu jemur di bawah sinar matahari langsung.
4. Setrika dengan suhu tinggi untuk membunuh sisa kuman.
Ingat, barang dari karung atau bal bisa menyimpan jamur yang tidak terlihat."""),

("post", "hn_tutorial", "0111", """Tips buat kamu yang suka thrifting di pasar (biar gak zonk):
🔍 cek ketiak & kerah, noda kuning susah hilang
🧵 tarik jahitan samping, kalau rapuh skip
👃 bau apek dari goni biasanya ilang setelah 2x cuci pakai cuka
💡 jangan beli yang masih lembab
Simpan postingan ini buat nanti!"""),

# --- used non-clothing goods ---
("listing", "hn_used_phone_import", "1101", """iPhone 12 Pro 128GB Second Ex Inter (Jepang)
Kondisi 92%, battery health 86%, face ID normal, no minus layar.
Unit ex Jepang, shutter kamera bunyi (khas HP Jepang).
Harga 6,4jt nego. Garansi toko 1 minggu.
COD area Jakarta Selatan."""),

("listing", "hn_used_machine_import", "1101", """Mesin Jahit Juki Bekas Rekondisi Ex Jepang
Tipe high speed, sudah servis total, dinamo baru.
Cocok untuk konveksi rumahan. Harga 3,1jt per unit, tersedia 6 unit.
Bisa kirim via kargo ke luar Jawa.
Lokasi workshop: Bandung, Jl. Soekarno Hatta."""),

("post", "hn_used_car_parts_import", "1101", """Jual velg & ban bekas copotan mobil Jepang, masuk kontainer kemarin.
Ring 15 dan 16, ban masih tebal 70%.
Harga sepasang mulai 900rb.
Cocok buat Avanza, Jazz, Brio. Bengkel kami di Tangerang, bisa pasang langsung."""),

("listing", "hn_used_cardboard_import", "1101", """Kertas Bekas Impor (OCC) Per Bal — untuk Pabrik Daur Ulang
Kardus bekas press, 1 bal ±500kg, kadar air rendah.
Harga per ton menyesuaikan pasar, minimal order 1 truk.
Dokumen lengkap. Hanya melayani industri."""),

("listing", "hn_used_motorbike", "1100", """Dijual Honda Beat 2019 bekas pemakaian pribadi
Pajak hidup, surat lengkap, mesin halus, body ada baret sedikit.
Kilometer 31rb. Harga 11,5jt nego halus.
Bisa cek unit di rumah, daerah Sukoharjo. Hubungi 0812xxxx."""),

("listing", "hn_used_cardboard_bale", "1100", """Terima & jual kardus bekas per bal (press), timbangan digital.
Harga beli dari warga 2.200/kg, harga jual ke pengepul besar per bal tergantung kualitas.
Lapak rongsok kami di Pasar Rebo, buka jam 8-17.
Juga terima botol plastik & besi tua."""),

("listing", "hn_majun", "1100", """Jual Majun Kain Perca Per Karung 25kg
Majun dari sisa potongan kaos dan kain bekas, sudah dipilih yang menyerap.
Cocok untuk bengkel, pabrik, dan percetakan (lap mesin).
Harga 140rb/karung, kirim ke seluruh Jabodetabek minimal 10 karung."""),
]
