# Legal hard negatives, part 1: new goods in thrift style, new imports, own preloved, donations.
RECORDS = [
("listing","hn_new_thrift_style",1,0,1,0,"""Kemeja Flanel Vintage Look - BARU - Produksi Sendiri
Dijahit di konveksi kami di Bandung, bahan katun flanel tebal.
Modelnya kami bikin mirip barang thrift 90an, tapi 100% baru, masih ada label & plastik.
Ukuran M, L, XL. Harga 99rb.
Cocok buat kamu yang suka gaya thrift tapi mau barang baru."""),
("post","hn_new_thrift_style",1,0,1,0,"""Koleksi "Retro Campus" udah rilis! 🎓
Sweater varsity, celana corduroy, kemeja oversize — semua terinspirasi dari gaya thrifting anak kampus.
Bedanya: ini barang baru, jahitan rapi, dan dibuat penjahit lokal Pekalongan.
Harga 120-180rb, pre-order 7 hari kerja.
#brandlokal #retrostyle #bukanthrift"""),
("listing","hn_new_import",1,0,1,1,"""[PO KOREA] Cardigan Rajut Dongdaemun - BNWT
Barang baru, langsung dari grosir Dongdaemun Seoul, masih lengkap tag.
Warna: cream, sage, lilac. Free size.
Harga 165rb, estimasi sampai 3 minggu setelah close PO.
Close PO tanggal 20. Jastip resmi, bea masuk sudah dihitung."""),
("post","hn_new_import",1,0,1,1,"""Jastip Uniqlo Jepang batch Desember ✈️🇯🇵
Aku berangkat ke Tokyo tanggal 8, bisa titip heattech, jaket ultra light down, atau kaos UT.
Semua barang BARU beli langsung di store, nota ada.
Fee jastip 15% dari harga, DP 50%.
Form order di link bio, slot terbatas ya!"""),
("listing","hn_own_preloved",1,1,1,0,"""Preloved Dress Batik Pribadi - Size M
Dipakai 2x ke kondangan, sekarang udah nggak muat 😅
Dibeli di Danar Hadi Solo, kondisi 95% mulus.
Harga 150rb (beli 450rb). Lokasi Sleman, COD sekitar UGM.
Barang dari lemari sendiri ya, bukan barang impor."""),
("post","hn_own_preloved",1,1,1,0,"""Beberes lemari sebelum pindahan 📦
Aku lepas beberapa baju pribadi, kebanyakan blouse kerja & celana bahan size S-M.
Semua dibeli sendiri di mall Jakarta, dipakai beberapa kali aja.
Harga 30-75rb, detail di highlight "PRELOVED".
Ambil di Tebet atau kirim Gojek."""),
("message","hn_own_preloved",1,1,1,0,"""Mbak-mbak grup arisan 🙏
Anakku yang kecil udah masuk SD, jadi baju-baju bayinya aku jual murah.
Ada jumper, kaos kaki, topi, selimut bedong, kondisi masih bagus, 5-15 ribu.
Semua beli di Mothercare & Matahari dulu.
Kalau ada yang minat kabari ya, bisa aku bawa pas arisan Minggu."""),
("listing","hn_own_preloved",1,1,1,0,"""Jaket Kulit Bekas Pribadi, Ukuran XL
Jaket ini buatan pengrajin Garut, dibeli tahun 2020, dipakai touring beberapa kali.
Kondisi: kulit masih lentur, jahitan kuat, lapisan dalam ada sobek kecil.
Harga 450rb nego. Lokasi Garut kota.
Alasan jual: badan udah nggak muat."""),
("post","hn_donation",0,1,1,0,"""📣 OPEN DONASI PAKAIAN LAYAK PAKAI
Untuk korban banjir di Kecamatan Dayeuhkolot.
Yang dibutuhkan: baju anak, sarung, selimut, pakaian dalam BARU, mukena.
Drop point: Masjid Al-Ikhlas Jl. Mawar No. 12, setiap hari 08.00-20.00.
Mohon pakaian sudah dicuci dan dilipat rapi. Jazakumullah khairan 🤲"""),
("post","hn_charity_bazaar",1,1,1,0,"""Bazar Amal SMP Tunas Bangsa - Sabtu, 14 Juni 🏫
Kami menjual pakaian bekas layak pakai hasil donasi orang tua murid, harga 5.000-25.000.
Selain baju ada buku, mainan, dan makanan ringan buatan siswa.
Seluruh hasil untuk renovasi perpustakaan sekolah.
Lokasi: aula sekolah, jam 08.00-13.00. Ajak keluarga ya!"""),
("message","hn_charity_bazaar",1,1,1,0,"""Shalom jemaat terkasih,
Komisi Wanita GKI mengadakan garage sale pakaian bekas dari sumbangan jemaat pada Minggu 21 Juli seusai ibadah kedua.
Harga mulai Rp5.000. Hasil penjualan disalurkan untuk panti asuhan di Salatiga.
Bagi yang ingin menyumbang pakaian, dapat diantar ke kantor gereja paling lambat Jumat.
Tuhan memberkati 🙏"""),
("post","hn_donation",0,1,1,0,"""Alhamdulillah, 3 karung pakaian bekas dari warga RW 05 sudah kami antar ke posko pengungsian Cianjur kemarin sore.
Terima kasih buat semua yang udah nyumbang, juga Pak RT yang minjemin mobil pick-up.
Masih ada sisa 1 karung baju anak, rencananya dikirim minggu depan.
Semoga bermanfaat 🤍"""),
("listing","hn_used_nonclothing",1,1,0,1,"""Mesin Jahit Juki Bekas Impor Jepang - Kondisi Normal
Tipe DDL-8700 high speed, mesin jahit industri.
Sudah diservis, siap pakai untuk konveksi.
Harga 3,2jt, bonus meja & dinamo.
Lokasi Bandung, pengiriman bisa diatur."""),
("listing","hn_used_nonclothing",1,1,0,0,"""Jual Kardus Bekas Per Bal - Harga Pabrik
Kardus bekas kemasan mi instan & air mineral, sudah dipres.
1 bal ±50 kg, harga Rp2.800/kg.
Bisa ambil di gudang Cakung atau diantar minimal 5 bal.
Melayani pengepul & pabrik kertas."""),
("listing","hn_used_nonclothing",1,1,0,0,"""Honda Beat 2019 Bekas Tangan Pertama
Warna hitam doff, km 23.000, pajak hidup sampai Maret.
Surat lengkap BPKB & STNK a.n. sendiri.
Mesin halus, ban baru ganti bulan lalu.
Harga 12,5jt nego. Lokasi Sidoarjo, hubungi 0812xxxx."""),
("listing","hn_used_nonclothing",1,1,0,1,"""iPhone 12 Pro 128GB Second Ex Inter (Singapore)
Warna graphite, battery health 84%, semua fungsi normal.
Face ID aman, IMEI terdaftar, no minus.
Harga 6,4jt fullset. COD Mangga Dua atau kirim dengan asuransi."""),
("listing","hn_used_nonclothing",1,1,0,0,"""Jual Karung Goni Bekas Per Bal
Karung goni bekas kopi, kondisi kuat, cocok untuk tanaman atau packing.
1 bal isi 100 lembar, harga 350rb.
Ready 20 bal di Lampung, bisa kirim ke luar pulau.
Bukan karung plastik ya."""),
("listing","hn_used_nonclothing",1,0,0,0,"""Bawang Merah Brebes Per Karung - Panen Baru
Ukuran sedang-besar, kering, sudah sortir.
Harga hari ini Rp 28.000/kg, 1 karung ±50 kg.
Melayani pedagang pasar & rumah makan. Kirim Jabodetabek.
WA 0819xxxx (Pak Tarjo)."""),
("listing","hn_used_nonclothing",1,1,0,0,"""Lemari Jati Bekas 2 Pintu
Buatan Jepara, tinggi 180 cm, lebar 90 cm.
Kondisi kokoh, ada goresan kecil di sisi samping, kunci lengkap.
Harga 1,7jt, tidak termasuk ongkir.
Lokasi Klaten, bisa dilihat dulu sebelum beli."""),
("listing","hn_majun",1,1,0,0,"""Kain Majun Per Karung — Untuk Bengkel & Pabrik
Majun dari potongan kaos sisa konveksi, daya serap bagus, sudah dipotong.
1 karung ±25 kg, harga 175rb.
Cocok untuk lap oli, lap mesin, percetakan.
Gudang di Tangerang, melayani pengiriman rutin ke pabrik."""),
("article","hn_news",0,1,1,1,"""Petugas Bea Cukai Batam menggagalkan penyelundupan ratusan bal pakaian bekas yang diangkut menggunakan kapal kayu dari Malaysia, Selasa malam.
Kapal tersebut dicegat di perairan sekitar Pulau Galang dalam kondisi lampu dimatikan.
Menurut keterangan petugas, muatan berupa 312 bal pakaian dan tas bekas yang rencananya dibawa ke Tanjungbalai Karimun sebelum disebar ke Jawa.
Nakhoda dan dua anak buah kapal kini menjalani pemeriksaan.
Barang bukti akan dimusnahkan setelah ada putusan pengadilan."""),
("article","hn_news",0,1,1,1,"""Pedagang di Pasar Senen mengeluhkan sepinya pembeli sejak razia pakaian bekas impor digencarkan pemerintah.
Sejumlah kios terlihat tutup, sementara yang buka memilih tidak memajang barang di depan.
"Sekarang orang takut datang, takut barangnya disita," ujar seorang pedagang yang enggan disebut namanya.
Kementerian Perdagangan menyatakan larangan impor pakaian bekas tetap berlaku sesuai Permendag 40/2022.
Pemerintah berjanji menyiapkan skema bantuan agar pedagang beralih ke produk lokal."""),
("article","hn_news",0,1,1,1,"""Ratusan karung berisi pakaian bekas asal luar negeri dimusnahkan dengan cara dibakar di halaman Kantor Pelayanan Bea Cukai Pekanbaru, Kamis (10/8).
Barang tersebut merupakan hasil penindakan selama enam bulan terakhir di jalur perairan Dumai dan Bengkalis.
Kepala kantor mengatakan nilai barang diperkirakan mencapai Rp1,3 miliar.
Ia mengimbau masyarakat tidak membeli pakaian bekas impor karena berisiko bagi kesehatan dan merugikan industri tekstil dalam negeri."""),
("article","hn_opinion",0,1,1,1,"""Saya tumbuh besar dengan baju dari lapak awul-awul di alun-alun.
Bagi keluarga kami, itu satu-satunya cara punya jaket tebal sebelum musim hujan.
Karena itu saya tidak bisa sepenuhnya bersorak ketika pemerintah melarang impor pakaian bekas.
Tentu industri tekstil dalam negeri perlu dilindungi, tetapi larangan tanpa alternatif murah hanya memindahkan beban ke kelompok yang paling tidak mampu.
Barangkali yang lebih dibutuhkan adalah pakaian lokal yang terjangkau, bukan sekadar razia."""),
("post","hn_opinion",0,1,1,1,"""Unpopular opinion: thrifting impor itu bukan "sustainable" 🙃
Negara maju buang sampah tekstil ke negara berkembang, terus kita bayar buat "menyelamatkan" sampah itu.
Belum lagi sebagian besar isi bal akhirnya dibuang juga karena rusak.
Kalau mau sustainable beneran, rawat baju sendiri, tukeran sama teman, atau beli preloved lokal.
Boleh debat di kolom komentar, tapi sopan ya."""),
("post","hn_guideline",0,1,1,1,"""📌 Aturan grup Jual Beli Fashion Sidoarjo (baca sebelum posting!)
1. Dilarang posting jualan pakaian bekas impor / bal / balpres. Postingan akan dihapus tanpa peringatan.
2. Preloved pribadi boleh, wajib sertakan foto asli & keterangan "milik pribadi".
3. Satu akun maksimal 3 postingan per hari.
4. Penipuan = banned permanen + dilaporkan.
Terima kasih atas kerja samanya 🙏 — Admin"""),
("post","hn_guideline",0,1,1,1,"""Kebijakan Produk Terlarang (ringkasan untuk penjual):
Produk pakaian, alas kaki, dan tas bekas yang berasal dari impor tidak boleh diunggah di platform ini, termasuk yang dijual per bal, per karung, atau dengan istilah "second import".
Pakaian bekas milik pribadi yang dibeli di dalam negeri masih diperbolehkan dengan kategori "Preloved".
Pelanggaran dapat mengakibatkan penurunan produk hingga penonaktifan toko.
Hubungi Pusat Edukasi Penjual untuk pertanyaan lebih lanjut."""),
("post","hn_report",0,1,1,1,"""Hati-hati guys!! 🚨 Aku kena tipu sama akun yang jual "bal baju bekas Korea 1,5jt isi 100 pcs".
Udah transfer DP 750rb, eh nomornya langsung ga aktif.
Captionnya persis gini: "Bal Korea grade A, real pict, bisa COD Tanjung Priok".
Tolong bantu share biar nggak ada korban lagi. Screenshot lengkap di slide 2-5."""),
("comment","hn_report",0,1,1,1,"""Min @marketplace tolong ditindak akun ini. Dia jelas-jelas jual "ballpress jaket ex Jepang per koli" padahal kan dilarang.
Udah aku report 3x tapi postingannya masih ada sampai sekarang.
Gimana mau ngelindungin UMKM kalau yang beginian dibiarin?"""),
("comment","hn_buyer_question",0,1,1,1,"""Mau tanya dong, ada yang tahu di Medan sekarang masih bisa beli monza di mana?
Katanya Pajak Melati udah banyak yang tutup.
Aku cari jaket tebel buat naik gunung, budget cuma 100rb.
Makasih sebelumnya 🙏"""),
("post","hn_buyer_question",0,1,1,1,"""Thread buat yang suka thrifting:
Kalian biasanya nyuci baju bekas impor pakai apa sih biar baunya hilang? 😭
Aku udah rendam air panas + deterjen + pewangi, tapi bau gudangnya masih nempel.
Ada yang pernah coba cuka atau baking soda?
Share tips kalian di reply ya!"""),
("post","hn_joke_meme",0,1,1,1,"""Dompet: "jangan belanja lagi"
Aku: "cuma mau liat-liat kok"
Aku 2 jam kemudian di Pasar Senen bawa 3 kresek jaket bekas impor: 🤡
Temen aku: "katanya cuma liat"
Aku: "iya, liat terus khilaf" 😭
#relate #thriftingproblems"""),
("post","hn_joke_meme",0,1,1,1,"""Nenekku liat aku pake jaket thrift dari Gedebage:
"Kok kamu pakai baju orang Korea yang udah nggak dipakai? Nenek beliin yang baru aja ya."
Nek, ini fashion 😭😭
Nenek: "fashion kok bekas"
Okay I have no comeback 🤐"""),
("review","hn_review_no_seller",0,1,1,1,"""Jujur pengalaman pertama beli baju bekas impor online agak mengecewakan.
Di foto kelihatan mulus, pas datang ternyata ada noda kuning di kerah dan baunya apek banget.
Udah dicuci 3x baru mendingan. Harganya memang murah, tapi ya sesuai kualitas.
Pelajaran: minta video detail dulu sebelum bayar.
Nggak bakal aku sebut nama tokonya, biar kalian hati-hati aja."""),
("post","hn_job_vacancy",0,1,1,1,"""LOKER: Dibutuhkan 3 orang tenaga sortir pakaian di gudang daerah Cikarang.
Tugas: membuka bal, memilah pakaian bekas impor berdasarkan grade, melipat & mengemas.
Jam kerja 08.00-17.00, gaji harian 120rb + makan siang.
Syarat: pria/wanita 18-35 th, teliti, tahan debu.
Kirim lamaran via WA 0812xxxx."""),
("listing","legal_plain_clothing",1,0,1,0,"""Kemeja Batik Pria Lengan Panjang Katun Primisima
Motif parang modern, warna coklat soga. Ukuran M, L, XL, XXL.
Dijahit rapi, furing di bagian dalam, cocok untuk kerja & kondangan.
Harga 175rb, free ongkir Jawa-Bali.
Produksi UMKM Laweyan Solo."""),
("listing","legal_plain_clothing",1,0,1,0,"""Gamis Set Khimar Jersey - Ready Stok
Bahan jersey premium adem, tidak menerawang.
Warna: dusty pink, mocca, navy, hitam. Ukuran All Size (LD 110).
Harga 145rb, reseller dapat potongan 15rb.
Kirim hari ini kalau order sebelum jam 3 sore."""),
("post","hn_local_upcycle",1,1,1,0,"""Dari jeans bekas jadi tas tote 👜
Semua bahan kami kumpulkan dari celana jeans bekas warga sekitar Kampung Cibaduyut, lalu dijahit ulang oleh ibu-ibu PKK.
Tiap tas unik, nggak ada yang sama.
Harga 85rb, sebagian keuntungan untuk kas kampung.
Order via DM atau datang ke workshop kami. #upcycle #jeansbekas"""),
("listing","hn_factory_reject",1,0,1,0,"""Kaos Polos Sisa Ekspor - Reject Ringan
Produksi pabrik garmen di Semarang, batal kirim ke Eropa.
Kondisi baru, minus jahitan miring sedikit atau noda pabrik tipis.
Harga 18rb/pcs, minimal 1 lusin.
Warna & ukuran campur, bisa request dominan warna."""),
("post","hn_swap",0,1,1,0,"""Swap party 👗🔁👖 Minggu depan di Taman Literasi Blok M!
Bawa maksimal 5 baju bekas layak pakai dari lemari kamu, tuker sama punya orang lain.
Nggak ada jual-beli, nggak ada uang, cuma tukeran.
Baju yang nggak ketuker akan didonasikan ke panti.
Daftar dulu lewat form di bio ya, kuota 80 orang."""),
("article","hn_news",0,1,1,1,"""Polda Kalimantan Barat mengamankan satu truk bermuatan 160 karung pakaian bekas di jalan lintas Entikong–Sosok.
Sopir mengaku hanya diminta mengantar barang ke sebuah gudang di Pontianak dengan upah Rp2 juta.
Polisi masih memburu pemilik barang yang diduga rutin memasukkan pakaian bekas dari Sarawak melalui jalan tikus.
Karung-karung itu kini diamankan di Mapolres Sanggau."""),
("article","hn_opinion",0,1,1,1,"""Di Parepare, kata "cakar" bukan sekadar cakar ayam.
Warga memakainya untuk menyebut pakaian bekas yang datang dari seberang lautan, dan bagi banyak keluarga istilah itu melekat pada kenangan Lebaran.
Larangan impor membuat tradisi ini berada di persimpangan: di satu sisi ada alasan kesehatan dan industri, di sisi lain ada ribuan pedagang kecil yang bergantung padanya.
Tulisan ini tidak hendak membela penyelundupan, hanya mengingatkan bahwa kebijakan juga harus menjangkau manusia di baliknya."""),
("comment","hn_buyer_question",0,1,1,1,"""Kak maaf mau tanya, kalau beli baju bekas impor buat dipakai sendiri itu kena hukum nggak ya?
Soalnya aku sering lihat orang jualan di TikTok tapi katanya dilarang.
Aku cuma pembeli, takut tiba-tiba disita pas paket dikirim 😥"""),
("post","hn_report",0,1,1,1,"""Lapor min! Ini ada iklan di FB Marketplace sekitar Cengkareng:
"DIJUAL BALPRES CAMPUR KOREA, HARGA MIRING, BISA LIHAT GUDANG".
Aku bukan mau beli ya, cuma setahuku ini melanggar aturan impor.
Harus lapor ke mana kalau mau ditindaklanjuti? Bea Cukai atau Kemendag?"""),
]
