ITEMS = [
("article","hn_news",0,1,1,1,"""BATAM - Petugas Bea dan Cukai Batam menggagalkan penyelundupan pakaian bekas asal Singapura di perairan Pulau Galang, Selasa dini hari.
Dari sebuah kapal kayu, petugas menemukan 420 bal pakaian bekas yang ditutupi terpal.
Dua anak buah kapal diamankan, sementara nakhoda melarikan diri.
Kepala kantor menyebut barang sitaan akan dimusnahkan setelah proses hukum selesai."""),
("article","hn_news",0,1,1,1,"""Pedagang pakaian bekas di Pasar Senen mengaku omzet turun sejak pengawasan terhadap impor balpres diperketat.
"Barang dari gudang makin susah, harga bal naik hampir dua kali," ujar Rahmat (35), pedagang di Blok III.
Ia berharap pemerintah memberi waktu agar pedagang bisa menghabiskan stok.
Kementerian Perdagangan sebelumnya menegaskan impor pakaian bekas dilarang sesuai Permendag 40/2022."""),
("post","hn_opinion_thread",0,1,1,1,"""Thread soal thrifting yang mungkin bikin kalian mikir 🧵
1. Baju thrift yang kalian beli mayoritas datang dari bal impor, bukan donasi lokal.
2. Impor pakaian bekas sudah dilarang sejak lama, aturannya Permendag 18/2021.
3. Yang kena dampak: konveksi kecil yang gak bisa saingan harga 10rb.
4. Tapi pedagang kecil juga korban, mereka cuma ngecer.
Jadi solusinya apa? Kejar hulunya, bukan lapaknya."""),
("review","hn_review_noseller",0,1,1,1,"""Pengalaman pertama beli baju bekas impor online ⭐⭐⭐
Barangnya sesuai foto, tapi baunya apek banget, harus direndam 2 hari.
Ukuran Korea lebih kecil dari ukuran lokal, jadi hati-hati.
Ada 1 kemeja yang ketiaknya kuning, nggak kelihatan di foto.
Overall lumayan buat harga segitu, tapi gak bakal beli lagi."""),
("post","hn_question",0,1,1,1,"""Mau tanya ke yang paham hukum 🙏
Aku punya lapak kecil jual baju thrift, barangnya ambil dari pengepul di Bandung.
Kalau ada razia, yang kena cuma importirnya atau pedagang juga?
Soalnya bulan lalu ada teman yang barangnya disita.
Makasih jawabannya."""),
("comment","hn_complaint",0,1,1,1,"""Min tolong ditindak akun @bal.murah.sby ini.
Dia pasang iklan 'balpres jaket Korea 1 juta saja, grade A', aku transfer 1 juta.
Sampai sekarang 3 minggu barang ga dikirim, nomor diblokir.
Korban udah banyak di kolom komentar.
Bukti transfer aku lampirkan di DM."""),
("article","hn_news",0,1,1,1,"""Makassar — Aktivitas jual beli cakar di Pasar Toddopuli masih berjalan meski ada larangan impor pakaian bekas.
Sejumlah pedagang mengatakan stok mereka didatangkan dari Parepare dan sebagian dari Malaysia.
Pembeli datang dari berbagai kalangan, mulai mahasiswa hingga pekerja kantoran.
Dinas Perdagangan setempat mengaku akan melakukan pendataan pedagang terlebih dulu."""),
("post","hn_joke",0,1,1,1,"""Tipe-tipe orang di lapak awul-awul:
1. Yang bongkar semua tumpukan tapi gak beli apa-apa
2. Yang nemu jaket Supreme terus pura-pura santai
3. Yang nanya 'ini bisa kurang?' padahal harganya 5rb
4. Aku, yang cuma nemenin tapi pulang bawa 7 kantong 🙃"""),
("article","hn_news",0,1,1,1,"""Polres Dumai mengamankan sebuah truk yang mengangkut 150 karung pakaian bekas di Jalan Lintas Dumai-Duri.
Sopir mengaku hanya disuruh mengantar barang ke Pekanbaru dan tidak mengetahui pemiliknya.
Berdasarkan pemeriksaan awal, pakaian itu diduga masuk dari Malaysia melalui pelabuhan tikus.
Kasus ini kini ditangani bersama Bea Cukai."""),
("post","hn_opinion",0,1,1,1,"""Aku orang Medan, besar dari monza.
Waktu SMA, satu-satunya cara aku bisa punya jaket bagus ya beli di Pajak Melati.
Jadi aku paham kenapa banyak orang sedih kalau monza ditutup.
Tapi aku juga sekarang kerja di konveksi, dan lihat sendiri susahnya bersaing.
Dua-duanya benar, dan itu yang bikin pusing."""),
("review","hn_review_noseller",0,1,1,1,"""Review jaket kulit second import yang aku beli tahun lalu:
- kulit asli, makin lama makin lemas dan enak dipakai
- lapisan dalam sempat sobek, aku jahit ulang 50rb
- bau khas bekas hilang setelah diangin-anginkan seminggu
Menurutku worth it, tapi harus siap effort merawat."""),
("article","hn_news",0,1,1,1,"""JAKARTA — Kementerian Perdagangan bersama Bareskrim memusnahkan 7.000 bal pakaian bekas impor ilegal senilai puluhan miliar rupiah.
Barang tersebut merupakan hasil penindakan di sejumlah gudang di Jawa Barat dan Banten.
Menteri menyatakan pemusnahan dilakukan untuk melindungi industri tekstil dalam negeri.
Pemerintah juga meminta marketplace menurunkan iklan penjualan pakaian bekas impor."""),
("comment","hn_question",0,1,1,1,"""Kak, mau tanya, baju thrift yang kakak pakai di video itu aman buat kulit sensitif gak?
Aku pernah beli kemeja bekas impor, habis itu gatal-gatal.
Kakak biasanya cucinya pakai apa?
Makasih ya 🙏"""),
("post","hn_tweet_thread",0,1,1,1,"""Baru pulang dari Gedebage.
Sepi banget, setengah kios tutup, katanya takut razia.
Mang yang biasa aku langganan bilang bal dari pelabuhan udah jarang masuk.
Sedih juga liatnya, dulu tiap Sabtu sampe desak-desakan."""),
("article","hn_news",0,1,1,1,"""Nunukan — Ratusan karung pakaian bekas asal Tawau, Malaysia, diamankan petugas di dermaga tradisional Sungai Jepun.
Barang tersebut rencananya akan dikirim ke Parepare menggunakan kapal penumpang.
Petugas menyebut modus penyelundupan kerap memanfaatkan kapal kecil pada malam hari.
Pemilik barang masih dalam pencarian."""),
("post","hn_opinion",0,1,1,1,"""Saya guru ekonomi di SMA.
Hari ini murid-murid diskusi soal larangan impor baju bekas.
Setengah kelas pro thrifting karena murah, setengahnya lagi bilang harus dukung produk lokal.
Yang menarik, hampir semuanya baru tahu kalau bal thrift itu barang selundupan.
Diskusi yang bagus buat pelajaran perdagangan internasional."""),
]
