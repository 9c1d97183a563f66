RECS = [
("post","famous_thrift_shop_offer",1,1,1,1,"""Thrift haul spesial weekend! 🧥
Semua barang di rak hari ini baru dibuka dari bal Jepang kemarin sore.
Jaket parka, coat, fleece — mulai 45rb.
Toko kami di Jl. Cikutra 88, Bandung, buka jam 10 pagi. Parkir motor gratis."""),
("listing","famous_balpres_wholesale",1,1,1,1,"""JUAL BALPRES KOREA ORIGINAL
Isi 100kg, campur pria-wanita, kondisi 80% layak jual
Harga 6,5jt free antar area Jabodetabek
Buka bal bisa video call dulu. Supplier langsung, bukan makelar."""),
("post","famous_cakar_makassar",1,1,1,1,"""Cakar baru turun, saudara! 🔥
Lapak kami di Pasar Toddopuli, depan penjual pisang epe.
Ada kemeja, celana jeans, jaket Korea. Harga mulai 10 ribu.
Datang mki pagi-pagi kalau mau dapat yang bagus."""),
("live","famous_monza_live",1,1,1,1,"""Horas! Malam ini kita live bongkar monza, isinya kebanyakan kemeja kantor dari Korea.
Dua puluh lima ribu satu, ambil lima seratus ribu.
Tulis nomor yang mau, nanti kita kirim dari Medan.
Jangan lupa share ke grup keluarga ya, biar rame."""),
("post","famous_awul_jogja",1,1,1,1,"""Awul-awul Jepang datang lagi! 
Lapak kami di Sekaten nanti malam, tenda biru sebelah komidi putar.
Semua 15 ribu, bebas pilih, bebas bongkar.
Yang dateng paling awal biasanya dapet jaket bagus 😉"""),
("comment","famous_bal_reply",1,1,1,1,"""Ada kak, bal Korea isi 50kg ready 3 bal.
Campur atasan, grade A, sedikit celana.
Stok di gudang Cikarang, bisa diambil sendiri.
Harga bisa langsung cek di katalog WA, aku kirim link-nya ke DM."""),
("post","famous_karungan_seller",1,1,1,1,"""Baju karungan dari Batam, sudah disortir dan dicuci!
Kemeja & kaos pria mulai 12rb, minimal ambil 10.
Lokasi gudang di Tangerang, bisa datang langsung hari Sabtu.
Reseller welcome 🙌"""),
("post","famous_thrift_creator",1,1,1,1,"""Thrifting di @thrift.kotatua bikin aku kalap 😭
Jaket bomber bekas impor 70rb, celana cargo 50rb.
Mereka baru bongkar bal Jepang kemarin, masih banyak pilihan.
Lokasinya deket Stasiun Jakarta Kota, cus!"""),
("post","hn_thrift_news_opinion_new",0,0,1,0,"""Banyak brand lokal sekarang bikin koleksi 'thrift inspired'.
Jaket corduroy, kemeja motif retro, sweater rajut tebal — semua diproduksi baru di Indonesia.
Menurutku ini jalan tengah bagus buat yang suka gaya vintage tapi nggak mau beli pakaian dari karung impor."""),
("post","hn_majun_discussion",0,1,0,1,"""Ada yang tau kenapa majun dari karung impor masih boleh beredar sementara baju bekas dilarang?
Aku kerja di bengkel, tiap bulan beli majun sekarung buat lap oli.
Kata bos, itu potongan kain bekas dari luar negeri yang udah bukan pakaian lagi.
Bener gitu?"""),
("post","hn_local_preloved_question",0,1,1,0,"""Mau nanya, kalau aku jual preloved baju-baju pribadi yang dibeli di mall dalam negeri, itu kena aturan larangan barang bekas impor nggak?
Takut akun aku kena takedown gara-gara ada kata 'bekas' di caption.
Barangnya lokal semua kok."""),
("article","hn_news_new_import_textile",0,0,1,1,"""Asosiasi pertekstilan mengeluhkan banjir pakaian jadi impor baru dari China yang dijual sangat murah di marketplace.
Menurut mereka, tekanan ini bahkan lebih besar daripada baju bekas selundupan.
Pemerintah diminta memperketat pengawasan impor pakaian jadi dan menegakkan aturan safeguard."""),
("post","hn_rice_sack_joke",0,0,0,1,"""Bapak-bapak di grup RT heboh bahas 'karung dari Thailand'.
Aku kira baju bekas, ternyata beras ketan buat hajatan 😂
Karung 25kg, dipesan Pak RT buat syukuran.
Ternyata ga semua karung isinya baju, guys."""),
("post","buyer_regional_manado_diary",0,1,1,1,"""Tadi pigi di pasar Karombasan, cari baju seken dari Filipina deng Korea.
Dapa kemeja flanel, cuma 20 ribu, so bagus skali.
Torang pulang naik mikrolet, capek mar senang.
Besok mo pigi ulang sama mama."""),
("post","buyer_haul_famous_no_seller",0,1,1,1,"""Thrift haul bulan ini 🧺
Dari pasar awul-awul dekat alun-alun: 2 kemeja Jepang, 1 rok plisket, 1 tas kanvas.
Total cuma 65rb. Semua udah aku rendam air panas.
Aku nggak inget lapak yang mana, pokoknya di deretan tengah."""),
("post","opinion_famous_terms",0,1,1,1,"""Menurutku istilah 'thrift' udah melenceng banget di Indonesia.
Di luar negeri, thrift shop itu toko donasi barang warga. Di sini, kebanyakan isinya bal bekas impor dari Korea dan Jepang.
Jadi jangan heran kalau pemerintah anggap ini masalah, bukan sekadar tren gaya."""),
("article","news_balpres_seized",0,1,1,1,"""Sebanyak 540 balpres berisi pakaian bekas diamankan dari sebuah kapal di perairan Bengkalis.
Nakhoda kapal mengaku barang dimuat dari pelabuhan di Malaysia dan akan dibawa ke Dumai.
Petugas masih menelusuri pemilik barang. Kapal dan muatan kini ditahan di dermaga pangkalan."""),
("post","memory_cakar",0,1,1,1,"""Waktu kecil di Makassar, tiap mau lebaran kami ke pasar cakar.
Mamaku pintar sekali menawar, satu kemeja bisa dapat 5 ribu.
Aku ingat bau karung dan teriakan "cakar, cakar, murah!" dari pedagang.
Sekarang Mama sudah tidak kuat jalan jauh, jadi kenangannya tinggal di cerita."""),
("post","joke_monza",0,1,1,1,"""Orang Medan kalau ditanya bajunya beli dimana:
"Di monza lah, kau kira aku artis?"
Terus kalau ditanya harganya: "Rahasia, nanti kau pergi kesana pula, habis stok."
😂 #medanbanget"""),
("post","tutorial_bal_sorting_edu",0,1,1,1,"""Buat tugas sosiologi, aku ikut ngamati proses buka bal pakaian bekas di gudang pasar.
Pertama tali dipotong, lalu isi bal ditumpahkan di terpal.
Penyortir memilah berdasarkan jenis (kemeja, celana, jaket) dan kondisi.
Barang rusak dipisah untuk dijual kiloan sebagai majun. Prosesnya bisa 3 jam untuk satu bal."""),
("post","seller_story_thrift_famous_end_offer",1,1,1,1,"""Dua tahun lalu aku cuma punya satu rak di kamar kos, isinya hasil thrifting di Senen yang aku jual lagi ke teman kampus.
Sekarang punya gudang kecil dan tim tiga orang.
Kami masih memilih satu per satu dari bal Korea dan Jepang, nggak asal ambil.
Drop kemeja flanel terbaru malam ini jam 8 di web kami, link di bio."""),
("post","complaint_quote_balpres_ad",0,1,1,1,"""Ini iklan yang bikin aku rugi:
"BALPRES JEPANG SUPER — isi 100% jaket, bisa retur kalau zonk."
Setelah dibuka, isinya 40% handuk dan seprai. Retur? Penjual bilang "bal tidak bisa dibuka sebelum bayar, jadi risiko pembeli."
Udah kulaporkan ke marketplace dan ke Kemendag. Semoga akunnya ditutup."""),
("message","famous_cakar_wa",1,1,1,1,"""Assalamualaikum kak, cakar jaket Korea yang kemarin kita bicarakan sudah ada.
Saya simpan 15 lembar untuk kakak, harga 35 per lembar.
Kalau jadi, transfer dulu ke BRI, nanti saya antar ke Maros besok."""),
("live","famous_thrift_live",1,1,1,1,"""Yang baru join, selamat datang di live thrift malam Jumat!
Kita buka satu bal hoodie Korea langsung di depan kamera, jadi kalian liat sendiri kondisinya.
Harga rata 50 ribu. Ketik 'cek' kalau mau aku zoom, ketik 'ambil' kalau deal."""),
("profile","famous_monza_bio",1,1,1,1,"""Monza Kak Rina 🛍️
Pajak Sambu lantai 2, los 31
Jaket, kemeja, celana Korea & Jepang
Terima pesanan luar kota, kirim tiap Selasa
💬 Tanya stok lewat DM, fast respon jam kerja"""),
("post","hn_thrift_store_local_donation",1,1,1,0,"""Toko amal kami menjual pakaian bekas donasi warga Jakarta Selatan.
Bukan barang impor, bukan dari bal. Semua dari lemari warga yang kami kumpulkan sendiri.
Hasil penjualan untuk rumah singgah pasien kanker.
Buka Rabu–Minggu, Jl. Wijaya II no. 5."""),
("post","hn_used_sacks_news",0,1,0,1,"""Warga pesisir Tanjungbalai kini memanfaatkan karung-karung bekas kiriman dari Malaysia untuk tanggul darurat.
Karung yang dulu dipakai untuk berbagai muatan itu diisi pasir dan ditumpuk di tepi sungai.
Kepala desa menyebut cara ini murah dan cepat saat air pasang."""),
("post","hn_vintage_furniture",1,1,0,1,"""Bongkar kontainer furnitur antik bekas dari Belanda!
Lemari jati, kursi rotan, meja rias.
Datang langsung ke gudang kami di Jepara. Bisa kirim ke luar kota."""),
("post","forum_famous_voices",0,1,1,1,"""Thread: Masih ada yang berani jualan bal di tengah razia?
- kiko_: ada lah, cuma pindah ke grup tertutup
- reyhan.b: aku dulu jual, sekarang berhenti, rugi kalau disita
- sari.sr: kasihan pedagang kecil yang cuma ngecer
- kiko_: setuju, yang gede-gede aman-aman aja
Diskusi yang sehat, tapi tolong jangan share kontak penjual di sini."""),
("post","hypothetical_famous",0,1,1,1,"""Pernah kepikiran buka thrift shop di kampung halaman, karena di sana belum ada.
Tapi setelah riset, bal bekas impor itu ilegal dan modalnya berisiko hilang kalau disita.
Jadi aku ganti rencana: buka usaha laundry dan permak. Siapa tahu nanti pelanggannya ya orang-orang yang belanja seken 😅"""),
("post","seller_regional_betawi",1,1,1,1,"""Ayo ayo, mampir ke lapak aye di Senen, blok tiga, lantai dua!
Ini jaket-jaket seken Jepang baru dibuka tadi pagi, masih rapi-rapi.
Goceng goceng aja kagak, tapi ceban ceban boleh buat kaos, jaket mah mulai empat puluh.
Buruan, nanti keburu diborong anak sekolahan!"""),
("post","seller_jaksel_englishmix",1,1,1,1,"""Honestly our new drop is kinda insane 😮‍💨
Literally 40 pieces of Japan second outerwear, hand-picked by us, washed and steamed.
Drop-nya Sabtu jam 7 malam, link ada di bio. No hold, no keep, first paid first served ya guys."""),
("comment","buyer_jaksel_question",0,1,1,1,"""Eh ini jacket nya literally vintage Japan second ya? Where did you get it?
Aku lagi cari yang kayak gini buat ke Bandung, tapi ga nemu di Senen kemarin.
Btw I'm not buying from you ya, cuma nanya tempatnya 😅"""),
("post","buyer_question_famous",0,1,1,1,"""Hi guys, pengen coba beli satu bal Korea buat dipakai bareng sepupu-sepupu.
Ada yang tau beratnya biasanya berapa dan isinya gimana?
Jangan japri nawarin ya, aku cuma nyari info dulu."""),
("article","news_interview_vendor_cakar",0,1,1,1,"""Di Pasar Cakar Toddopuli, Makassar, para pedagang mengaku omzet turun setelah patroli laut di Parepare diperketat.
"Karung makin jarang datang, harga dari pengepul naik dua kali lipat," kata Daeng Ramli, salah satu pedagang.
Ia mengaku masih menjual sisa stok sambil mencoba berjualan pakaian baru dari Surabaya."""),
("post","store_announcement_thrift_famous",1,1,1,1,"""Pengumuman dari Kios Thrift Gedebage No. 77:
Mulai minggu ini kami buka lebih pagi, jam 7, karena bal Jepang datang setiap Selasa dan Jumat subuh.
Pelanggan bisa pilih langsung dari tumpukan sebelum dipajang.
Sampai ketemu!"""),
("post","hn_sisa_ekspor_store",1,0,1,0,"""Gudang sisa ekspor Bandung buka lagi!
Jaket, hoodie, celana jogger — barang baru sisa order buyer luar negeri, masih ada label.
Mulai 35rb. Bukan barang bekas ya, jangan ketuker sama yang dari karung.
Lokasi: Jl. Soekarno-Hatta, dekat terminal."""),
("post","hn_used_bike_import",1,1,0,1,"""Sepeda lipat second ex Jepang, merk Dahon dan Tern, baru datang dari kontainer.
Kondisi 80–90%, sudah servis.
Harga 1,5–3jt. Showroom di Jl. Fatmawati."""),
("post","over_sale_famous",0,1,1,1,"""Pernah jualan cakar di Pasar Butung 10 tahun. Kemarin aku resmi tutup kios.
Karung terakhir aku jual ke tetangga kios, bukan ke pelanggan.
Sekarang aku fokus jualan kue bolu.
Terima kasih buat yang selama ini langganan baju cakar di tempatku."""),
("post","parent_awul_warning",0,1,1,1,"""Ibu saya selalu bilang, "Baju awul-awul boleh, tapi cuci tiga kali."
Dulu saya pikir lebay. Setelah tahu baju-baju itu datang dari karung yang disimpan berbulan-bulan di gudang pelabuhan, saya paham.
Sekarang saya ajarkan hal yang sama ke anak saya."""),
("post","researcher_terms_list",0,1,1,1,"""Glosarium istilah regional untuk penelitian pakaian bekas impor:
- Monza/monja: Medan dan sekitarnya
- Cakar: Makassar, Sulawesi Selatan
- Awul-awul: Yogyakarta, Jawa Tengah
- Lelong: Kalimantan Barat, Riau
- Rombengan: Jawa secara umum
Semua merujuk pada pakaian bekas yang sebagian besar berasal dari luar negeri."""),
("post","hn_joke_cakar_ceker",0,1,1,1,"""Pernah dengar 'ceker' sama 'cakar' ketuker?
Tadi aku pesan ceker ayam di warung Makassar, malah dibilang, "Mau beli cakar, Kak? Pasarnya di sebelah."
Wkwk, akhirnya tetep makan ceker pedas. Enak banget."""),
("message","famous_awul_broadcast",1,1,1,1,"""Bismillah, awul-awul Jepang kiriman minggu ini sudah sampai di Klaten.
Isinya kemeja, rok, dan celana anak.
Grosir: 5 kg 250rb. Eceran: datang langsung ke rumah, 10rb/potong.
Balas chat ini kalau mau ambil grosir."""),
("post","hn_thrift_workshop_new",1,0,1,0,"""Kelas menjahit 'Vintage Look' 🪡
Belajar bikin kemeja bergaya retro dari kain baru, cocok buat yang suka tampilan thrift tapi mau karya sendiri.
Biaya 250rb, bahan disediakan.
Daftar lewat DM, kelas Sabtu di Semarang."""),
("comment","buyer_famous_complaint",0,1,1,1,"""Penjual thrift di live itu bilang "bal Korea fresh" tapi kaosnya banyak bau apek.
Aku udah komplain di kolom ulasan.
Jangan ketipu sama kata "fresh", semua bal itu pasti nyimpan lama di gudang."""),
("listing","famous_thrift_listing",1,1,1,1,"""Thrift Jacket Jepang - Uniqlo Ultra Light Down
Size M, warna hitam, kondisi 9/10
LD 52 / PJ 65
Harga 120rb, kirim dari Bekasi
Barang dari bal, sudah laundry"""),
("post","seller_story_cakar_end_offer",1,1,1,1,"""Bapakku dulu buruh pelabuhan di Parepare, sekarang aku yang teruskan usaha jualan cakar di rumah.
Orang-orang kampung sudah tahu, tiap Kamis ada karung baru dari Malaysia.
Kalau kalian di Sidrap atau Pinrang, datang saja ke rumah, dekat masjid raya."""),
("post","hn_preloved_local_seller_denial",1,1,1,0,"""Di toko kami tidak ada barang dari bal atau karung impor ya.
Semua preloved di sini milik pelanggan yang dititipkan, dibeli di Indonesia.
Kami cek label dan struk pembelian bila perlu.
Buka Selasa–Minggu di Jl. Cendana, Pontianak."""),
("post","buyer_diary_famous_lelong",0,1,1,1,"""Minggu pagi ke pasar lelong di Sungai Jawi, Pontianak.
Ramai sekali, orang-orang bongkar karung dari Malaysia.
Aku dapat jaket jeans 30 ribu dan kemeja batik Malaysia 15 ribu.
Sebelum pulang, sarapan bubur pedas di ujung jalan."""),
]
