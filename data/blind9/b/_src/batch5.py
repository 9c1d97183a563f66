# Legal hard negatives, part 2: threads, denials of import, more news, non-clothing bales, registers.
RECORDS = [
("post","hn_domestic_secondhand",1,1,1,0,"""Thrift shop kami BUKAN barang impor ya kak 🙏
Semua pakaian di sini titipan dari warga sekitar Malang: baju yang sudah nggak dipakai, kami cuci, kami foto, kami jualkan.
Pemilik baju dapat 60% dari harga jual.
Harga 15-60rb, update setiap Kamis.
#thriftlokal #titipjual #bukanimpor"""),
("listing","hn_domestic_secondhand",1,1,1,0,"""Preloved Seragam SMA Lengkap (Bekas Kakak)
Kemeja putih 2 pcs, rok abu 2 pcs, baju pramuka 1 set. Ukuran M.
Kondisi bersih, hanya dipakai kelas 12 selama setahun.
Harga semua 120rb. Lokasi Bekasi Utara.
Cocok buat adik-adik yang baru masuk SMA."""),
("message","hn_domestic_secondhand",1,1,1,0,"""Assalamualaikum tetangga semua 🙏
Almarhum bapak saya meninggalkan banyak kemeja dan celana yang masih bagus.
Keluarga sepakat menjualnya murah (10-20 ribu) dan hasilnya untuk sedekah.
Bisa dilihat di teras rumah Blok C-7 Sabtu pagi.
Ukuran kebanyakan L dan XL."""),
("post","hn_opinion",0,1,1,1,"""Thread: kenapa aku berhenti beli baju bekas impor 🧵
1/ Awalnya karena murah dan unik. Siapa sih yang nggak seneng dapet jaket merk cuma 50rb.
2/ Tapi makin lama aku sadar, sebagian besar barang di bal itu sebenernya sampah dari negara lain.
3/ Terus aku baca soal penjahit rumahan yang kehilangan order karena kalah harga.
4/ Sekarang aku lebih milih brand lokal atau preloved dari temen. Bukan sok suci, cuma pengen lebih sadar aja."""),
("article","hn_news",0,1,1,1,"""MAKASSAR — Sebuah kapal motor bermuatan 450 karung pakaian bekas diamankan di perairan Selat Makassar.
Kapal itu diketahui berangkat dari Tawau, Malaysia, dan hendak bersandar di sebuah dermaga kecil di Kabupaten Barru.
Dari pemeriksaan awal, karung-karung itu berisi pakaian, sepatu, dan boneka bekas yang biasa dipasarkan warga dengan sebutan "cakar".
Aparat menegaskan akan menelusuri jaringan penerima barang di darat."""),
("article","hn_news",0,1,1,1,"""Menteri Perdagangan menegaskan bahwa membayar pajak tidak membuat impor pakaian bekas menjadi legal.
Pernyataan itu disampaikan menanggapi usulan sejumlah asosiasi pedagang thrifting yang meminta adanya kuota resmi.
Menurut menteri, alasan larangan adalah perlindungan kesehatan konsumen dan industri kecil dalam negeri, bukan soal penerimaan negara.
Pemerintah mempersilakan pedagang beralih menjual produk lokal dan menawarkan pendampingan."""),
("article","hn_news",0,0,1,1,"""Ekspor produk tekstil dan pakaian jadi asal Jawa Barat naik 6 persen pada kuartal ketiga, menurut data Badan Pusat Statistik.
Tujuan utama adalah Amerika Serikat, Jepang, dan Korea Selatan.
Asosiasi pengusaha menyebut kenaikan ini ditopang pesanan musim dingin, meski pasar domestik masih tertekan produk impor murah.
Pelaku industri meminta pemerintah memperketat pengawasan di pelabuhan."""),
("comment","hn_thread_reply",0,1,1,1,"""Setuju sama kakak di atas. Dulu aku juga langganan lelong di Pontianak, tapi sekarang mikir dua kali.
Bukan cuma soal aturan, kemarin aku dapet jaket yang ternyata ada kutu 😭
Akhirnya dibuang juga. Mending nabung beli yang baru sekalian."""),
("comment","hn_thread_reply",0,1,1,0,"""Wkwk aku juga gitu kak. Baju bekas kakakku turun ke aku, terus turun lagi ke adikku.
Kayaknya satu kemeja bisa dipake 3 generasi di rumah kami 😂
Hemat banget sih emang."""),
("post","hn_joke_meme",0,1,1,1,"""Orang Medan kalau ditanya "bajumu bagus kali, beli di mana?"
Jawaban A: "di mall lah"
Jawaban B (jujur): "monza lae, 25 ribu" 😎
Dan yang jawab B biasanya lebih bangga 😂
Tag kawanmu yang lemarinya isinya monza semua!"""),
("post","hn_joke_meme",0,1,1,1,"""Me: beli jaket bal 40rb
Also me: laundry 25rb, jahit resleting 15rb, ganti kancing 10rb, parfum laundry premium 10rb
Total: 100rb
Harga jaket baru di outlet: 99rb 🙂🙂🙂
Jadi siapa yang sebenernya untung?"""),
("review","hn_review_no_seller",0,1,1,1,"""Review jujur setelah 2 tahun thrifting impor:
(+) Harga murah, bahan kadang lebih tebal dari fast fashion.
(+) Bisa dapet model yang jarang.
(-) Bau susah hilang, harus dicuci berkali-kali.
(-) Ukuran Korea/Jepang cenderung kecil, harus teliti.
(-) Sekarang barangnya dilarang, jadi makin susah & rawan ditipu.
Overall 6/10, nggak akan aku rekomendasikan ke adikku."""),
("review","hn_review_product",0,1,1,1,"""⭐⭐⭐⭐ Sepatu kanvas lokal ini nyaman banget dipakai seharian.
Jahitannya rapi, solnya empuk, cuma ukurannya agak kecil jadi naik satu size.
Dibandingkan sepatu bekas impor yang dulu aku beli, ini jauh lebih awet dan nggak bau.
Warna putih gampang kotor tapi gampang juga dicuci.
Worth it untuk harga di bawah 200 ribu."""),
("listing","hn_used_nonclothing",1,1,0,1,"""Forklift Toyota 3 Ton Bekas Ex Jepang
Tahun 2014, mesin diesel, jam kerja 8.500.
Kondisi siap kerja, baru ganti ban dan oli hidrolik.
Harga 145jt nego, lokasi gudang Cikupa.
Bisa dicoba sebelum transaksi."""),
("listing","hn_used_nonclothing",1,1,0,0,"""Botol Plastik Bekas PET Per Bal
Sudah dipres & dipisah tutupnya, kondisi bersih.
Berat ±80 kg per bal, harga Rp4.500/kg.
Melayani pembelian rutin untuk pabrik daur ulang.
Lokasi Bantar Gebang, bisa loading truk."""),
("listing","hn_used_nonclothing",1,1,0,0,"""Kulkas Sharp 2 Pintu Bekas
Kapasitas 300 liter, dingin normal, freezer cepat beku.
Ada penyok kecil di pintu bawah, tidak berpengaruh.
Harga 1,1jt, ambil sendiri di Depok Lama.
Dijual karena pindah ke rumah yang sudah ada kulkas."""),
("listing","hn_fabric_roll",1,0,0,1,"""Kain Linen Import Jepang Per Roll
Lebar 145 cm, panjang 50 yard per roll, warna natural & sage.
Cocok untuk kemeja, dress, atau taplak.
Harga 68rb/meter, per roll dapat potongan 10%.
Toko Kain Sinar Abadi, Pasar Tanah Abang Blok A."""),
("listing","hn_new_import",1,0,1,1,"""Sepatu Onitsuka Tiger Mexico 66 Original Japan - NEW
Barang baru dengan box & kertas, dibeli di Onitsuka store Shinjuku.
Size 40 (25 cm), warna kuning-hitam classic.
Harga 1,45jt, nota pembelian ada.
Lokasi Jakarta Pusat, kirim dengan asuransi."""),
("post","hn_new_import",1,0,1,1,"""Baru landing dari Bangkok 🇹🇭✈️
Bawa titipan kaos & celana gajah BARU buat yang udah order jastip ya!
Sisa stok yang nggak diambil: 8 celana gajah motif random, 60rb per pcs.
Masih segel plastik dari pasar Chatuchak.
Chat aku kalau mau."""),
("listing","hn_new_thrift_style",1,0,1,0,"""Celana Baggy Jeans Washed Look 90s — NEW ARRIVAL
Efek pudar & sobek dibuat di pabrik, bukan barang pakai.
Ukuran 27-34, bahan denim 14 oz.
Harga 189rb. Produksi lokal Bandung, garansi tukar ukuran.
#vintagestyle #baggyjeans #localbrand"""),
("post","hn_new_thrift_style",1,0,1,0,"""Banyak yang DM nanya: "kak ini barang thrift ya?" 😆
Bukan kak! Ini koleksi baru kita yang sengaja didesain kayak vintage: warna pudar, potongan boxy, label retro.
Semuanya baru & dijahit di Bogor.
Sizechart lengkap di highlight, ready S-XXL, mulai 110rb."""),
("comment","hn_buyer_question",0,1,1,1,"""Ada yang pernah belanja di Pasar Gedebage akhir-akhir ini? Masih banyak kios yang jual baju bekas impor nggak?
Rencana minggu depan ke Bandung sama temen-temen, pengen lihat-lihat aja.
Kalau udah sepi mending kita ke tempat lain."""),
("message","hn_buyer_question",0,1,1,1,"""Mas, saya mau tanya dulu sebelum beli.
Jaket yang di iklan itu barang bekas dari Korea atau baru?
Soalnya di foto nggak ada tag, dan saya agak khawatir sama aturan impor sekarang.
Terima kasih."""),
("post","hn_guideline",0,1,1,0,"""Tips aman beli baju preloved dari orang lain 🧺
1. Minta foto detail bagian ketiak, kerah, dan jahitan.
2. Tanyakan berapa kali dipakai & kenapa dijual.
3. Rendam dengan air hangat + deterjen sebelum dipakai.
4. Jemur di bawah matahari langsung.
5. Kalau ada bau apek, ulangi rendam dengan sedikit cuka.
Simpan postingan ini buat nanti ya!"""),
("post","hn_guideline",0,1,1,1,"""Edukasi konsumen dari Dinas Perdagangan Kota:
Pakaian bekas impor berpotensi membawa jamur dan bakteri yang menyebabkan gatal dan infeksi kulit.
Impor pakaian bekas dilarang berdasarkan Permendag 18/2021 jo. Permendag 40/2022.
Masyarakat diimbau memilih produk dalam negeri dan melaporkan peredaran barang ilegal melalui kanal pengaduan resmi.
#BanggaBuatanIndonesia"""),
("post","hn_report",0,1,1,1,"""Update: akun yang kemarin aku laporin ternyata udah ganti nama jadi @lemari.serba.ada 🙄
Captionnya sekarang pakai kode "buka kado dari paman, isi 100 pcs, asal negeri ginseng".
Padahal isinya sama aja, bal baju bekas impor.
Kalian kalau lihat tolong report juga ya."""),
("comment","hn_report",0,1,1,1,"""Saya pernah beli "jaket second ex Jepang" dari lapak online itu, bayar 180rb, yang datang jaket robek dan bau.
Pas komplain malah diblok.
Jadi buat yang nanya di atas, mending jangan. Sudah barangnya dilarang, penjualnya juga nggak bertanggung jawab."""),
("post","hn_job_vacancy",0,0,1,0,"""Lowongan Kerja - Konveksi Berkah Jaya Sukoharjo
Dibutuhkan: operator jahit (5 orang), tukang potong (2), QC (1).
Pengalaman minimal 1 tahun di garmen, diutamakan bisa mesin obras.
Gaji sesuai UMK + lembur, mess tersedia.
Lamaran diantar langsung ke kantor atau WA 0857xxxx."""),
("post","hn_job_vacancy",0,0,1,0,"""Hiring! Brand fashion lokal kami mencari Content Creator & Host Live (full time, Jakarta Barat).
Kamu akan bawain live jualan koleksi baru kami tiap malam, bikin konten OOTD, dan balas komentar.
Nilai plus kalau paham tren thrift & vintage styling.
Gaji pokok + komisi. Kirim CV & portofolio ke email yang ada di bio."""),
("post","hn_local_upcycle",1,1,1,0,"""Rework project #12 ✂️
Kemeja bekas ayahku yang udah nggak dipake aku ubah jadi crop blouse dengan detail pita.
Kalau kalian punya baju lama yang sayang dibuang, bisa kirim ke aku buat di-rework, mulai 50rb tergantung tingkat kesulitan.
Bahan dari kamu sendiri ya, aku cuma jahit.
#rework #upcycleindonesia"""),
("listing","hn_factory_reject",1,0,1,0,"""Grosir Jaket Sisa Ekspor Merk Luar - Baru
Overrun pabrik di Cikarang, ada sedikit cacat jahit.
Isi per paket 20 pcs campur model, harga 1,4jt.
Barang baru belum pernah dipakai, label kadang dipotong.
Cocok untuk reseller pemula."""),
("listing","legal_plain_clothing",1,0,1,0,"""Piyama Anak Katun Motif Dinosaurus
Ukuran 2-10 tahun, bahan katun combed 30s lembut.
Harga 55rb/set, ambil 3 set 150rb.
Dijahit di rumah produksi kami di Cimahi.
Ready warna biru, hijau, abu."""),
("listing","legal_plain_clothing",1,0,1,0,"""Sandal Kulit Pria Handmade - Asli Kulit Sapi
Dibuat pengrajin Magetan, sol karet anti licin.
Ukuran 38-44, warna coklat tua & hitam.
Harga 135rb, garansi jahitan 3 bulan.
Pengiriman dari Magetan ke seluruh Indonesia."""),
("post","legal_plain_clothing",1,0,1,0,"""Lebaran makin dekat 🌙✨
Koleksi koko kurta kami sudah ready dalam 6 warna, bahan toyobo adem.
Ukuran ayah & anak bisa couple, harga mulai 95rb.
Kirim seluruh Indonesia, pengiriman terakhir sebelum lebaran H-10.
Order via WA di bio ya."""),
("post","hn_news_local",0,0,0,0,"""Pemerintah kota meresmikan pasar rakyat baru di Kecamatan Tembalang, Senin pagi.
Pasar dua lantai itu menampung 240 pedagang sayur, daging, dan kebutuhan pokok.
Wali kota berharap pasar baru bisa mengurangi kemacetan di pasar lama yang sudah overkapasitas.
Pedagang mendapat gratis sewa kios selama tiga bulan pertama."""),
("article","hn_news",0,1,1,1,"""Asosiasi Pertekstilan menyebut masuknya pakaian bekas ilegal dan pakaian jadi impor murah sebagai dua tekanan terbesar bagi industri tekstil nasional.
Dalam diskusi di Bandung, pengurus asosiasi menilai pengawasan di pelabuhan tidak resmi di pesisir timur Sumatera masih lemah.
Mereka juga meminta platform digital lebih aktif menurunkan iklan yang menawarkan balpres.
Pemerintah daerah berjanji menggandeng aparat untuk patroli terpadu."""),
("article","hn_news",0,1,1,1,"""Penjualan pakaian bekas impor kini banyak berpindah ke siaran langsung di media sosial, menurut temuan sebuah lembaga riset konsumen.
Pedagang menggunakan kode seperti "kado", "karung rezeki", atau emoji bendera untuk menghindari filter kata kunci.
Peneliti menyarankan platform tidak hanya mengandalkan daftar kata, tetapi juga konteks.
Di sisi lain, mereka mengingatkan agar penjual preloved pribadi tidak ikut tersapu penindakan."""),
("post","hn_opinion",0,1,1,0,"""Menurutku thrifting itu bukan cuma soal impor.
Di kampungku, dari dulu orang biasa jual-beli baju bekas tetangga di pasar tiap Minggu. Nggak ada bal, nggak ada kapal, cuma tukar-menukar antarwarga.
Jadi kalau ada yang bilang semua thrift itu ilegal, ya nggak juga.
Yang dilarang itu impornya, bukan barang bekasnya."""),
("comment","hn_thread_reply",0,1,1,1,"""Jawab pertanyaan kakak: iya, setahu saya yang dilarang itu impor pakaian bekas, dan barang yang sudah masuk pun bisa disita.
Preloved pribadi yang dibeli di toko dalam negeri nggak masalah.
Cek aja Permendag 40 tahun 2022, di situ jelas kok."""),
("post","hn_donation",0,1,1,0,"""Kami menerima donasi sepatu bekas layak pakai untuk anak-anak di pedalaman Nusa Tenggara Timur 👟
Ukuran 28-40, kondisi bersih, tali lengkap.
Bisa dikirim ke alamat sekretariat (cek link di bio) atau diantar saat drop day 5 Oktober.
Satu pasang sepatu sangat berarti buat mereka yang berjalan berkilo-kilo ke sekolah 🙏"""),
("message","hn_charity_bazaar",1,1,1,0,"""Info Bazar Ramadhan Ikatan Alumni 🌙
Alumni menyumbangkan baju bekas layak pakai, kami jual murah 10rb-30rb per potong.
Seluruh keuntungan untuk beasiswa adik-adik kelas yatim.
Lokasi halaman sekolah SMA 3, Minggu 9 Maret, pukul 07.00-11.00.
Yang mau nyumbang baju masih bisa sampai Kamis."""),
("post","hn_own_preloved",1,1,1,0,"""Preloved sale dari lemariku sendiri 💛
Semua dibeli di Indonesia (Zara GI, H&M PIM, Cotton Ink), bukan barang thrift bal ya!
Dress 80rb, blazer 120rb, rok 50rb. Size S semua.
Harga nett, ongkir ditanggung pembeli.
Swipe untuk lihat detail, DM untuk keep."""),
("listing","hn_own_preloved",1,1,1,0,"""Jual Sepatu Futsal Bekas Ortuseight Size 41
Dipakai 3 bulan, kondisi 80%, sol masih kembang.
Beli di toko olahraga di Depok, dus masih ada.
Harga 150rb, nego sampai jadi. COD Margonda."""),
("review","hn_review_no_seller",0,1,1,1,"""Aku dulu suka banget beli baju cakar, tapi pengalaman terakhir bikin kapok.
Celananya bagus dilihat, setelah dicuci ternyata bahannya rapuh dan sobek di paha.
Ya namanya barang sisa dari luar, kita nggak tahu umurnya berapa tahun.
Sekarang mending beli celana baru buatan lokal yang jelas kualitasnya.
Bintang 2 buat pengalaman thrifting aku tahun ini 😅"""),
]
