# Batch 3: legal hard negatives full of the famous words (hand-written).
RECORDS = [
("article", "hn_news_seizure", "0111", """Patroli Gabungan Amankan Ratusan Karung Pakaian Bekas di Perairan Asahan
TANJUNGBALAI - Tim patroli laut menghentikan sebuah kapal kayu yang membawa sekitar 250 bal pakaian bekas asal negeri jiran, Selasa dini hari.
Nakhoda dan dua anak buah kapal dibawa ke pos untuk diperiksa. Muatan balpres itu rencananya akan dibongkar di sebuah gudang tak resmi di tepi sungai.
Petugas menyebut impor pakaian bekas dilarang berdasarkan Permendag 18/2021 yang diubah Permendag 40/2022, sehingga barang akan dimusnahkan.
Nilai muatan ditaksir mencapai ratusan juta rupiah."""),
("article", "hn_news_market", "0111", """Pedagang Thrift di Pasar Senen Mengaku Sepi Pembeli Sejak Razia
Sejumlah pedagang baju bekas impor di kawasan Senen mengeluhkan turunnya jumlah pengunjung dalam dua bulan terakhir.
Seorang pedagang yang enggan disebut namanya mengatakan stok bal dari pemasok makin jarang datang dan harganya naik hampir dua kali lipat.
"Dulu satu bal bisa saya habiskan seminggu, sekarang bisa sebulan," ujarnya.
Kementerian Perdagangan sebelumnya menegaskan bahwa larangan impor pakaian bekas tetap berlaku."""),
("post", "hn_opinion", "0111", """Unpopular opinion: tren thrifting itu bukan "sustainable" kalau barangnya balpres selundupan 🙃
Baju bekas impor masuk bergoni-goni, yang laku dipilih, sisanya dibuang ke TPA kita.
Konveksi kecil di Bandung dan Majalaya yang kena imbasnya.
Gue ga nyalahin pembeli, harga memang menggoda, tapi yuk minimal sadar dari mana asal barangnya.
Thread ini bukan buat nyinyir, cuma pengen ngajak mikir."""),
("post", "hn_complaint_quoting_ad", "0111", """HATI-HATI PENIPUAN ⚠️
Akun @ballgradeA_murah ngiklan gini: "Bal kemeja Korea grade A, 100 kg cuma 2,5jt, bisa COD".
Aku udah transfer DP 1jt, terus nomorku diblokir.
Teman aku juga kena, katanya dia udah 3 kali ganti nama akun.
Tolong bantu share biar ga ada korban lagi. Screenshot chat ada di slide 2."""),
("message", "hn_report_to_platform", "0111", """Kepada Tim Moderasi,
Saya ingin melaporkan toko "Gudang Seken Abadi" yang menjual pakaian bekas impor secara terang-terangan.
Di deskripsi produknya tertulis: "Karungan baju bekas Jepang, balpres segel, langsung dari Batam".
Setahu saya barang tersebut dilarang diperdagangkan. Mohon ditindaklanjuti.
Tautan toko saya lampirkan di bawah. Terima kasih."""),
("post", "hn_joke_meme", "0111", """Isi lemari gue:
- kemeja dari bal Jepang
- jaket dari karungan Korea
- celana dari cakar Makassar
- kaos kaki... beli baru di minimarket 🤡
Kesimpulan: badan gue warga lokal, tapi outfit gue punya paspor 😂
#meme #anakthrift"""),
("post", "hn_buyer_diary", "0111", """Catatan thrifting hari Minggu 📝
Berangkat jam 7 pagi, sampai pasar yang terkenal buat baju bekas impor, udah rame banget.
Ngubek-ngubek tumpukan bal yang baru dibuka sampai tangan gatel 😅
Dapet 2 kemeja flanel sama 1 jaket corduroy, total habis 110rb.
Pulang langsung rendam air panas + deterjen. Next week mau ke pasar yang lain."""),
("post", "hn_buyer_question", "0111", """Mau tanya dong, ada yang punya kenalan supplier bal thrift yang amanah?
Aku mau mulai usaha kecil-kecilan, modal sekitar 5 juta.
Denger-denger yang grade A dari Korea paling bagus, tapi ada juga yang bilang mending Jepang.
Terus aman nggak sih sekarang? Takut kena razia.
Mohon pencerahannya suhu 🙏"""),
("listing", "hn_new_thrift_style", "1010", """Kaos Oversize Vintage Wash - Thrift Look BARU
Bukan barang thrift ya kak, ini produksi konveksi kami sendiri di Bandung 🙏
Dicuci khusus (acid wash) biar dapet efek belel kayak baju bekas lawas
Bahan cotton combed 24s, sablon DTF
Size M-XXL, harga 79rb, masih plastik & ada tag"""),
("listing", "hn_own_preloved", "1110", """Preloved pribadi, jual karena udah ga muat setelah lahiran 🥲
1. Blazer hitam Zara, beli di Grand Indonesia 2021, dipakai 3x - 150rb
2. Dress batik Danar Hadi, dipakai kondangan sekali - 200rb
3. Celana kulot Uniqlo, warna krem - 80rb
Semua barang second dari lemari sendiri, bukan impor bal
Lokasi Tangerang Selatan, COD BSD"""),
("post", "hn_donation_request", "0110", """📣 OPEN DONASI PAKAIAN LAYAK PAKAI 📣
Untuk korban banjir di Kecamatan Baleendah.
Kami menerima baju bekas, selimut, sarung, dan pakaian anak dalam kondisi bersih.
Drop point: Sekretariat Karang Taruna RW 07, setiap hari jam 9-17.
Mohon TIDAK mengirim pakaian dalam bekas. Terima kasih orang baik 🙏"""),
("post", "hn_school_bazaar", "1110", """BAZAR AMAL SMP TUNAS HARAPAN 🎉
Sabtu 12 Oktober, jam 8-13, di aula sekolah.
Menjual baju second, sepatu, dan tas hasil donasi wali murid dan guru.
Harga mulai 5 ribu! Seluruh hasil penjualan untuk renovasi perpustakaan.
Ada juga stand makanan buatan ibu-ibu komite. Ajak keluarga ya!"""),
("listing", "hn_used_phone_bulk", "1101", """HP Second Ex Jepang Per Bal (Isi 50 Unit)
Campur iPhone 7 - iPhone X, kondisi mati total & hidup campur
Cocok buat teknisi dan penjual part
Barang eks inter, IMEI tidak terdaftar, resiko pembeli
Harga 1 bal 12jt
Gudang Batam, kirim via kargo udara"""),
("listing", "hn_cardboard_bale", "1100", """Jual Kardus Bekas Press Per Bal
Berat 1 bal sekitar 400-500 kg, sudah diikat kawat
Asal dari gudang ritel sekitar Cikarang
Harga 2.100/kg, bisa nego untuk pengambilan rutin
Cocok untuk pabrik kertas daur ulang
Hubungi 0812xxxx (Pak Yanto)"""),
("listing", "hn_majun", "1100", """MAJUN KAIN PERCA PER KARUNG 🧻
Kain lap dari potongan kaos bekas, sudah dipotong kotak-kotak
Daya serap oli bagus, cocok untuk bengkel, pabrik, percetakan
1 karung isi 25 kg, harga 175rb
Bukan untuk dipakai sebagai baju ya
Melayani pengiriman area Karawang - Bekasi"""),
("listing", "hn_new_import_clothing", "1011", """Ready Stock Dress Korea Import BARU 🇰🇷
Langsung dari Dongdaemun, masih segel plastik & hangtag
Bahan crinkle airflow, adem, all size fit to L
Harga satuan 145rb, reseller min 6 pcs 120rb
Bukan barang thrift atau bekas ya kak, 100% new
Pengiriman dari Jakarta Barat"""),
("listing", "hn_factory_reject", "1010", """Kemeja Sisa Ekspor Reject Pabrik - Per Kodi
Barang BARU dari pabrik garmen di Sukabumi, ada cacat kecil (jahitan miring / salah label)
Bukan bal bekas, bukan thrift, semua masih bau pabrik
1 kodi (20 pcs) 600rb, campur ukuran S-XL
Cocok buat dijual lagi di pasar kaget
Gudang Cibadak"""),
("article", "hn_platform_rules", "0111", """Kebijakan Produk Terlarang: Pakaian Bekas Impor
Sesuai peraturan yang berlaku, penjual dilarang mengunggah produk berupa pakaian bekas yang berasal dari luar negeri, termasuk yang dijual dalam bentuk bal, karung, atau balpres.
Contoh judul yang akan diturunkan: "baju bekas impor per bal", "thrift Korea grade A karungan".
Pakaian preloved milik pribadi tetap diperbolehkan selama tidak berasal dari impor.
Pelanggaran berulang dapat berujung pada penangguhan toko."""),
("article", "hn_tutorial_wash", "0111", """Cara Mencuci Baju Thrift Biar Bebas Kuman (Versi Anak Kos)
1. Rendam dulu di air panas minimal 30 menit, baju dari bal impor sering disimpan lama di gudang lembap.
2. Pakai deterjen + sedikit cuka untuk menghilangkan bau apek.
3. Jemur di bawah matahari langsung, bolak-balik.
4. Setrika dengan suhu tinggi sesuai bahan.
5. Jangan langsung dicampur dengan baju lain di lemari."""),
("review", "hn_review_no_seller", "0111", """Review jaket thrift korduroi yang aku beli bulan lalu ⭐⭐⭐⭐
Kainnya tebel, jahitan rapi, kayaknya asli barang Jepang dilihat dari labelnya.
Minusnya: bau karung gonian masih nempel walaupun udah dicuci 3 kali 😅
Ukurannya agak kecil, L Jepang = M Indonesia.
Overall worth it buat harga segitu, tapi jadi mikir juga soal aturannya."""),
("post", "hn_job_vacancy", "0111", """DICARI: Tenaga Sortir Pakaian (2 orang)
Tugas: membuka karung bal, memilah baju bekas berdasarkan grade, melipat dan mengemas.
Syarat: laki-laki/perempuan 18-35 th, teliti, tahan debu.
Gaji harian + makan siang. Lokasi gudang Cakung.
Kirim lamaran via WA 0812xxxx, tidak dipungut biaya."""),
("post", "hn_swap", "0110", """SWAP PARTY BAJU PRELOVED 🔁
Minggu depan di taman kompleks, bawa maksimal 5 baju second dari lemari kamu sendiri (bersih & layak pakai).
Tukar sama baju teman lain, tanpa uang!
Yang tersisa nanti kita sumbangkan ke panti asuhan dekat sini.
Ga terima barang dagangan atau karungan ya, ini murni tukar-tukaran antar tetangga 😊"""),
("listing", "hn_local_upcycle", "1110", """Jaket Patchwork Upcycle - 1 of 1
Dibuat dari baju bekas sumbangan warga kampung kami di Garut, dijahit ulang jadi jaket baru
Tidak pakai bahan impor sama sekali, semua dari lemari warga lokal
Tiap jaket unik, motif beda-beda
Harga 275rb, sebagian keuntungan untuk kas karang taruna
Pre-order 7 hari kerja"""),
("listing", "hn_used_furniture_import", "1101", """Furniture Bekas Ex Jepang Kontainer Baru Datang
Meja kotatsu, lemari kayu jati tua, kursi lipat, rak sepatu
Kondisi 70-90%, ada baret pemakaian
Semua barang bekas dari rumah-rumah di Jepang, bukan replika
Showroom Jl. Raya Serpong, buka tiap hari
Harga mulai 350rb"""),
("listing", "hn_sewing_machine", "1101", """Mesin Jahit Bekas Import Jepang Juki High Speed
Kondisi normal, suara halus, baru diservis
Barang second eks pabrik garmen, datang per kontainer
Cocok untuk usaha konveksi rumahan
Harga 2,75jt, garansi servis 1 bulan
Lokasi Bandung, bisa kirim kargo"""),
("listing", "hn_produce_per_karung", "1001", """Bawang Bombay Impor Per Karung 20 kg
Barang baru masuk dari India, umbi besar & padat
Harga karung 280rb, ambil 10 karung bonus 1
Cocok untuk rumah makan dan katering
Gudang Pasar Induk Kramat Jati
Bisa antar area Jakarta Timur"""),
("listing", "hn_ordinary_listing", "1010", """Kemeja Batik Pria Lengan Panjang Motif Parang Modern
Bahan katun primisima, adem dan tidak luntur
Furing full, kancing batok
Size M, L, XL, XXL (harga sama)
Harga 185rb, produksi Pekalongan
Baru, dikirim dengan plastik dan kardus"""),
("post", "hn_jastip_new", "1011", """JASTIP TOKYO 🇯🇵 BATCH 3 DIBUKA
Uniqlo, GU, Muji, Onitsuka: barang baru, nota & tag lengkap.
Fee jastip 10% dari harga + ongkir per kg.
Aku ngga terima titipan barang bekas dari Hard Off / Book Off ya, cuma barang baru.
Close order 20 Mei, barang sampai Jakarta awal Juni."""),
("listing", "hn_local_thrift_denial", "1110", """Thrift Lokal Bukan Bal! 🌱
Semua baju di toko kami berasal dari titipan warga Semarang yang beres-beres lemari.
Kami tidak membeli karungan atau balpres impor dalam bentuk apa pun.
Kemeja, rok, dan kaos second mulai 15rb, kondisi dicantumkan.
Buka Jumat-Minggu di Jl. Pandanaran, samping apotek."""),
("article", "hn_news_destruction", "0111", """Ribuan Potong Baju Bekas Sitaan Dibakar di Halaman Kantor Bea Cukai
BATAM - Sebanyak 1.200 karung pakaian bekas hasil penindakan selama semester pertama dimusnahkan dengan cara dibakar.
Barang-barang itu masuk melalui pelabuhan tikus di sekitar Pulau Batam dan diduga berasal dari Singapura dan Malaysia.
Kepala kantor menyebut pihaknya terus memperketat pengawasan jalur laut.
Pemusnahan disaksikan perwakilan pemerintah daerah dan kepolisian."""),
("article", "hn_policy_debate", "0111", """Larangan Impor Baju Bekas: Antara Industri Tekstil dan Nasib Pedagang Kecil
Perdebatan soal thrifting kembali memanas setelah beberapa razia di pasar tradisional.
Di satu sisi, asosiasi tekstil menilai balpres impor menggerus pasar produk lokal.
Di sisi lain, ribuan pedagang cakar dan monza menggantungkan hidup pada perdagangan ini.
Pengamat menyarankan masa transisi dan pelatihan agar pedagang bisa beralih ke produk dalam negeri."""),
("post", "hn_trader_complaint", "0111", """Curhat pedagang kecil 😔
Lapak saya di pasar disegel kemarin, semua baju bekas impor diangkut petugas.
Saya ngerti aturannya, tapi modal saya 3 bal itu hasil pinjam koperasi.
Sekarang bingung mau jualan apa. Ada yang punya saran usaha lain yang modalnya kecil?
Bukan mau promosi, cuma butuh didengar."""),
("post", "hn_legal_question", "0111", """Teman-teman yang ngerti hukum, mau tanya serius.
Kalau aku beli baju thrift impor di pasar terus aku pakai sendiri, itu melanggar nggak?
Yang dilarang itu impornya atau jual belinya?
Soalnya ada berita pedagang monza di Medan dirazia, aku jadi takut pakai jaket yang aku beli di sana 😅"""),
("post", "hn_meme_thread", "0111", """Tingkatan anak thrift:
Level 1: beli di Instagram, harga 150rb, dibilang "hidden gems"
Level 2: ke pasar, ngubek tumpukan, dapet 20rb
Level 3: patungan beli bal sama temen
Level 4: kenal sopir truk dari Tanjungbalai
Level 5: ditelpon Bea Cukai 💀
(ini bercanda ya, jangan ditiru)"""),
("post", "hn_trip_no_goods", "0110", """Jalan-jalan ke Osaka kemarin sempet mampir ke toko second hand gede banget, 4 lantai isinya baju bekas semua 😍
Tapi sumpah ga beli apa-apa, koper udah penuh oleh-oleh makanan wkwk
Cuma foto-foto doang buat konten.
Seru sih liat cara mereka nyusun baju per warna, rapi banget."""),
("article", "hn_research_summary", "0111", """Ringkasan Skripsi: Perilaku Konsumen Pakaian Bekas Impor di Kalangan Mahasiswa
Penelitian ini melibatkan 120 responden di Yogyakarta.
Sebanyak 68% responden mengaku pernah membeli baju thrift yang berasal dari bal impor, terutama jaket dan kemeja.
Alasan utama adalah harga murah dan merek terkenal.
Hanya 21% yang mengetahui adanya larangan impor pakaian bekas."""),
("listing", "hn_hay_bale", "1000", """Jerami Padi Kering Per Bal
Ukuran bal 80x40x40 cm, berat 15-18 kg
Cocok untuk pakan sapi dan kambing, alas kandang, atau media jamur
Harga 25rb per bal, minimal 50 bal
Lokasi Klaten, bisa antar pakai truk
Pesan 2 hari sebelumnya"""),
("listing", "hn_jute_sacks", "1100", """Karung Goni Bekas Layak Pakai
Eks karung kopi dan gula, ukuran 100x60 cm
Kondisi masih kuat, ada bekas sablon tulisan
Harga 6.500/lembar, per ikat 100 lembar 600rb
Cocok untuk karung pasir, media tanam, atau kerajinan
Gudang Lampung"""),
("listing", "hn_fabric_roll", "1001", """Kain Katun Jepang Per Roll - Motif Bunga
Impor langsung, lebar 110 cm, 1 roll 40 meter
Bahan lembut, cocok untuk gamis, kemeja, dan kerudung
Harga per roll 1,9jt, per meter 55rb
Ready di toko kain Tanah Abang blok A
Bisa kirim sampel potongan"""),
("post", "hn_buyer_diary", "0111", """Thread pengalaman pertama beli baju monza di Medan 🧵
Temanku ngajak ke pajak yang terkenal itu, katanya semua barang dari bal impor.
Baunya khas banget, campuran apek dan kapur barus 🤣
Aku dapet sweater rajut warna hijau, cuma 15 ribu!
Pulangnya direndam semalaman. Ternyata adem dipakai."""),
("comment", "hn_buyer_question", "0111", """Kak, ini jaketnya beli di mana? Kayaknya barang thrift ya?
Aku juga lagi nyari jaket kayak gitu tapi takut dapet yang dari karungan impor terus ada kutunya 😭 Ada tips milih yang bagus ngga?"""),
]
