R = [
("post","wa_broadcast",1,1,1,1,"""📢 INFO LAPAK BU NUR – PASAR SENEN BLOK III
Assalamualaikum ibu-ibu bapak-bapak langganan 🙏
Besok Kamis kami buka goni baru kiriman Jepang: kemeja kerja, blus, rok panjang.
Harga pembukaan 25rb–60rb, yang datang sebelum jam 9 bisa pilih duluan.
Yang mau dititipkan ukuran tertentu bales chat ini aja, nanti saya sisihkan.
Kios no. 118 lantai dasar, sebelah tukang jahit."""),
("post","fb_group_post",1,1,1,1,"""Izin admin grup JUAL BELI CIMAHI-BANDUNG 🙏
Aku ada 12 jaket sekenan Korea, campur parka, windbreaker, jaket jins.
Kondisi 8-9/10, udah dicuci sekali, foto asli di kolom komentar.
Harga 45-90rb, nego dikit boleh kalau ambil 3.
Bisa COD di Cimol Gedebage Sabtu pagi, aku gelar di blok C."""),
("live","live_call",1,1,1,1,"""Halo halo yang baru masuk live! 👋
Malam ini kita bongkar karung dari Korea langsung di depan kamera ya.
Nomor 1 sampai 20 kardigan, 25 ribu flat.
Cara ikutan: ketik nomor + 'ambil', yang pertama ketik dia yang dapat.
Rekap jam 10, transfer maksimal besok siang, lewat dari itu aku lepas.
Jangan lupa follow biar dapat notif live Jumat, giliran jaket gunung Jepang!"""),
("message","chat_thread",1,1,1,1,"""Pembeli: Bang, kemeja Jepang yang kotak biru masih?
Penjual: Masih bang, tinggal itu satu, ukuran L lebar 56.
Pembeli: Minus ga?
Penjual: Ada noda kecil di saku, kelihatan di foto ketiga. Namanya barang seken dari goni bang.
Pembeli: 35 bisa?
Penjual: 40 lah bang, udah sama ongkir ke Binjai.
Pembeli: Oke deh.
Penjual: Siap, kukirim no rekening ya."""),
("listing","wholesale_sack",1,1,1,1,"""READY GUDANG – SORTIRAN KOREA
• Karung kemeja pria campur ±100 kg
• Karung jaket musim dingin ±80 kg
• Karung anak-anak ±90 kg
Semua barang seken asal Korea, sudah sortir kasar, isi layak jual 85%.
Pengiriman via kargo dari gudang Batam ke seluruh Indonesia, bisa sistem rekber.
Serius order hubungi admin 0812xxxx, tidak melayani nanya-nanya doang."""),
("post","regional_code_word",1,1,1,1,"""Buka baru ki' besok di Pasar Terong lantai dua 🙌
Karung Jepang isi gaun, cardigan, rok, semua bagus-bagus.
Harga pembukaan 35 sampai 80, yang mau pilih duluan datangki jam 8.
Lods ku dekat tangga, yang ada spanduk hijau.
Bisa juga kukirimkan fotonya lewat WA kalau jauh ki'."""),
("post","stall_directions",1,1,1,1,"""Buat yang nanya lokasi lapak kami di Pasar Tungging:
Masuk dari Jalan Niaga, lewati pedagang sandal, belok kanan di warung teh.
Lapak terpal biru, tulisan 'Acil Imah'.
Ahad ini ada barang kapal hanyar, kemeja Jepang wan jaket Korea.
Buka habis subuh sampai zuhur, datangi lah, ulun tunggu."""),
("post","reseller_recruit",1,1,1,1,"""DICARI RESELLER LELONG KALBAR 🔥
Kami suplai sepatu dan jaket sekon Malaysia-Jepang langsung dari gudang Pontianak.
Minimal ambil 1 karung kecil (±40 pasang), harga agen.
Cocok untuk yang mau buka lapak di Sanggau, Sintang, Ketapang.
Pembayaran boleh separo dulu untuk langganan.
Tanya-tanya lewat inbox ye, jangan komen harge."""),
("listing","hn_new_thrift_style",1,0,1,0,"""NEW DROP: 'Senen Archive' collection 🧥
Terinspirasi gaya thrift Jepang 90an – kemeja boxy, warna pudar, jahitan double stitch.
Tapi semuanya BARU, dijahit di workshop kami di Bandung, bahan katun lokal.
Size S–XXL, 149rb, pre-order 7 hari kerja.
Bukan barang bekas, bukan impor, 100% produksi lokal."""),
("listing","hn_other_goods_sack",1,0,0,1,"""Jual beras impor Thailand per karung 🌾
Karung 25 kg, beras pulen, harga grosir untuk warung dan rumah makan.
Minimal order 10 karung, bisa kirim area Palembang–Banyuasin.
Stok dari distributor resmi, ada dokumen lengkap.
Bukan jual baju ya kak, yang nanya baju BJ salah lapak 😅"""),
("post","hn_own_preloved",1,1,1,0,"""Beres-beres lemari sebelum pindah ke Makassar 😢
Jual preloved pribadi, semua beli sendiri di mall Surabaya, bukan barang karung:
- blazer hitam 2x pakai 120rb
- dress batik 80rb
- sepatu flat 60rb
Kondisi bersih, foto di highlight. Bisa diambil ke Rungkut."""),
("post","hn_buyer_diary",0,1,1,1,"""Catatan hari Minggu 🛍️
Jam 6 pagi sudah di Pasar Tungging, jalanan udah penuh motor.
Aku muter dua kali, dapat kemeja flanel Jepang 25 ribu, jaket Korea 40 ribu, sama celana kargo US.
Kaki pegal, tangan hitam kena debu karung, tapi hati senang.
Sampai rumah langsung rendam air panas sama deterjen, baunya khas barang kapal banget."""),
("post","hn_buyer_question",0,1,1,1,"""Tanya dong warga grup 🙏
Aku baru pindah ke Medan, mau cari jaket kulit seken asli Jepang atau Eropa.
Mending ke Pajak Melati atau Pajak Sambu ya?
Hari apa biasanya goni baru dibuka?
Budget sekitar 200an. Makasih sebelumnya, jangan PM jualan ya, aku mau lihat langsung."""),
("post","hn_scam_warning",0,1,1,1,"""⚠️ WASPADA PENIPUAN ⚠️
Ada akun FB 'Gudang Seken Korea Batam' yang posting:
'Karung jaket Korea 80 kg cuma 2,5 juta, free ongkir, transfer DP 50%.'
Teman kantorku udah transfer 1,25 juta, nomor langsung diblok.
Fotonya ternyata ambil dari postingan orang lain.
Tolong share biar ga ada korban lagi, dan laporkan akunnya rame-rame."""),
("article","hn_news",0,1,1,1,"""Pedagang Pakaian Seken di Pajak Melati Mengeluh Pasokan Tersendat
MEDAN – Sejumlah pedagang di Pajak Melati mengaku kesulitan mendapatkan kiriman goni pakaian bekas dari Malaysia dalam sebulan terakhir.
Menurut mereka, pengawasan di perairan Tanjungbalai makin ketat sehingga harga per goni naik hampir dua kali lipat.
"Dulu sebulan bisa buka empat goni, sekarang satu pun susah," kata seorang pedagang yang meminta namanya tidak ditulis.
Pembeli tetap datang, terutama akhir pekan, namun pilihan barang di kios-kios makin sedikit."""),
("post","hn_tutorial",0,1,1,1,"""Cara aman mencuci baju RB sebelum dipakai 🧺
1. Jangan langsung masukkan ke lemari, pisahkan dulu dari baju lain.
2. Rendam air panas (bukan mendidih) campur deterjen dan sedikit pemutih untuk kaos putih.
3. Untuk jaket dan kemeja Jepang berbahan wol, cukup air hangat dan sabun khusus.
4. Jemur di bawah matahari minimal dua hari supaya bau gudang hilang.
5. Setrika dengan suhu tinggi untuk membunuh kutu.
Semoga bermanfaat buat yang suka berburu di Pasar Inpres Kupang!"""),
("post","hn_opinion",0,1,1,1,"""Unpopular opinion soal lelong 🧵
Aku besar di Pontianak, dari SD pakai baju lelong Malaysia.
Tapi setelah kerja di pabrik garmen, aku baru paham kenapa karung-karung itu dilarang: harganya tak masuk akal untuk dilawan.
Penjahit di kampungku sekarang cuma terima permak.
Jadi aku tak lagi beli lelong. Bukan sok suci, cuma pilihan."""),
("post","hn_complaint_quote_ad",0,1,1,1,"""Kecewa berat sama lapak online ini 😤
Iklannya tulis: 'Koli Singapura asli, isi kemeja dan dress, layak pakai 90%, kirim ke Ambon aman.'
Barang sampai tiga minggu, separuh isinya sobek dan bernoda oli.
Chat tidak dibalas, nomor sudah tidak aktif.
Jang beli di akun itu, beta su lapor ke marketplace."""),
("post","hn_vendor_interview",0,1,1,1,"""Ngobrol dengan Pak Daeng, pedagang cakar di Pasar Senggol Parepare.
Ia bercerita mulai berjualan sejak 1998, saat karung-karung dari Malaysia masih masuk lewat pelabuhan kecil.
Menurutnya pembeli tak berkurang meski ada larangan, malah makin banyak anak muda.
"Mereka cari merek, saya cari makan," katanya sambil merapikan tumpukan jaket Korea.
Ia berharap pemerintah memberi jalan keluar sebelum menutup lapak-lapak di sana."""),
("post","hn_memory",0,1,1,1,"""Dulu tiap menjelang Natal, mama ajak beta ke Mardika.
Kami bongkar tumpukan koli Singapura sampai sore, cari baju gereja yang masih bagus.
Mama paling pintar tawar, selalu dapat tiga lembar dengan harga satu.
Sekarang mama su tua, tapi tiap lihat kemeja putih di lemari, beta ingat pasar itu."""),
("post","hn_former_seller",0,1,1,1,"""Cerita sedikit ya.
Tahun 2019–2022 aku jualan jaket seken Jepang di Gembong, sewa lapak 2x3 meter.
Barang ambil per goni dari pengepul Tanjung Perak.
Sejak razia 2023 aku berhenti total, sisa stok aku kasih ke saudara di desa.
Sekarang jualan kopi keliling, lebih tenang walau untungnya kecil."""),
("post","hn_report",0,1,1,1,"""Kepada Tim Pengaduan Kemendag,
Saya ingin melaporkan sebuah akun di marketplace yang rutin menjual kemeja dan jaket seken asal Jepang per karung.
Dalam deskripsinya tertulis 'langsung dari Port Klang, masuk via Dumai'.
Tautan dan tangkapan layar saya lampirkan.
Mohon ditindaklanjuti. Terima kasih."""),
("post","hn_job_vacancy",0,1,1,1,"""LOWONGAN KERJA – GUDANG SORTIR 
Dibutuhkan 5 orang tenaga sortir pakaian seken impor Korea-Jepang.
Tugas: membongkar karung, memisahkan grade A/B, melipat.
Lokasi gudang di Tanjungpinang, mess disediakan.
Kirim lamaran ke email hrd.sortir@example.id"""),
("post","hn_donation_request",0,1,1,0,"""Halo teman-teman 👋
Komunitas kami sedang mengumpulkan pakaian bekas layak pakai untuk anak-anak di Asmat.
Yang dibutuhkan: kaos, celana pendek, jaket tipis ukuran anak.
Bisa diantar ke sekretariat di Jayapura atau dikirim lewat ekspedisi.
Bukan untuk dijual, semuanya dibagikan gratis."""),
("post","hn_hypothetical",0,1,1,1,"""Lagi mikir-mikir aja...
Kalau aku buka lapak jaket seken Jepang di depan kampus, ambil barang dari Gedebage, kira-kira kuat bertahan berapa lama ya?
Modal sih ada dikit dari freelance.
Tapi tiap lihat berita razia, nyali langsung ciut.
Kalian yang pernah coba, ceritain dong pengalamannya."""),
]
