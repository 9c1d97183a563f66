R = [
("post","restock_notice",1,1,1,1,"""Kawan-kawan langganan kios Pamela 🙏
Goni baru dari Tanjungbalai dah sampai tadi malam.
Isinya jaket kulit Jepang, celana jins, sama sepatu kets.
Besok pagi jam 8 kami buka, yang mau pilih duluan datang cepat.
Kios kami lorong 4 dekat penjual lontong, cari plang 'Bang Ucok'."""),
("post","wa_broadcast",1,1,1,1,"""BROADCAST LAPAK BEJE SAKO 📣
Wong kito galo, minggu ini ado kiriman baru dari Batam: kemeja Jepang, rok Korea, jaket parasut.
Kemeja 20 ribu, rok 25, jaket 45.
Lapak buka Sabtu-Minggu, Pasar Perumnas Sako, sebelah kios pulsa.
Nak dititip dulu? balas bae pesan ini."""),
("comment","seller_reply_comment",1,1,1,1,"""@rina_plg masih ado yuk 🙏
Yang hijau ukuran M, yang item ukuran L, duo-duonyo jaket seken Korea.
Kalu nak, datang bae ke lapak Jakabaring Minggu pagi, aku simpenke sampe jam 9.
Kalu idak sempat, pacak aku kirim pake Gojek, ongkir tanggung kau."""),
("post","reseller_recruit",1,1,1,1,"""Peluang usaha untuk emak-emak Riau 💪
Kami cari agen lelong di Kampar, Siak, Bengkalis.
Barang seken Jepang-Korea masuk dari Dumai, kami sortir di Pekanbaru.
Agen ambil minimal 50 helai, harga khusus, boleh tukar yang cacat.
Minat? PM saja, kami jelaskan sistemnya."""),
("listing","port_route_offer",1,1,1,1,"""Jasa kirim + suplai baju seken Singapura
Rute: Batam – Tanjungpinang – Jambi / Palembang.
Barang per koli, isi campur (kemeja, kaos, celana), sortir grade A dan B.
Ongkos kirim sudah termasuk sampai gudang tujuan.
Pembayaran sistem kepercayaan untuk pelanggan lama, baru wajib DP."""),
("post","regional_code_word",1,1,1,1,"""Baju Tawau baru datang ke Nunukan bah 🚢
Ada jaket, kemeja, celana panjang, semua dari karung Malaysia.
Harga 10 sampai 50 ribu, yang ambil per karung bisa nego.
Lapak saya di Pasar Inhutani bagian belakang.
Orang Tarakan dan Malinau boleh pesan, kami kirim pakai speedboat."""),
("live","live_call",1,1,1,1,"""Assalamualaikum kawan-kawan, kita live dari kios Pajak Sambu ya 🙏
Malam ini sepatu seken Jepang: Asics, Onitsuka, Mizuno.
Harga mulai 150, tulis ukuran di komen, nanti kutunjukkan satu-satu.
Yang jadi ambil, transfer dan kirim bukti ke WA admin.
Besok malam giliran tas kulit Eropa."""),
("post","thrift_word_offer",1,1,1,1,"""MONZA BRANDED READY 🔥
Jaket kulit, celana Levi's, sepatu Nike, semua barang seken luar negeri pilihan.
Kios kami di Pajak Melati lorong 2, buka Selasa, Jumat, Minggu.
Harga bersahabat untuk anak kos, bisa tawar asal masuk akal.
Cari kami di FB 'Monza Pamela Bang Tigor'."""),
("post","hn_own_preloved",1,1,1,0,"""Jual cepat preloved pribadi, mau pindah tugas ke Jawa:
- Ulos songket beli di Tarutung (sekali pakai pesta), 350 ribu
- Kemeja batik beli di Medan Mall, 80 ribu
- Sepatu pantofel lokal, 100 ribu
Bukan barang monza ya, semuanya beli sendiri.
Ambil di Medan Johor."""),
("listing","hn_other_goods_sack",1,1,0,1,"""Jual karung plastik bekas eks pakan ternak import 🐄
Kondisi bersih, tidak bocor, ukuran 50 kg.
Harga 1.500 per lembar, minimal 500 lembar.
Cocok untuk pengepul sampah, petani, pedagang pasir.
Lokasi gudang di Tanjung Morawa, Deli Serdang."""),
("listing","hn_used_vehicle_phone",1,1,0,1,"""HP bekas impor Jepang murah – Batam 📱
iPhone XR ex Japan, kamera bunyi, BH 82%, 2,3 juta.
Pixel 6 ex Japan, mulus, 2,8 juta.
Garansi toko 1 minggu, bisa COD Nagoya Hill.
Bukan jual baju ya, tanya baju Batam skip."""),
("post","hn_buyer_diary",0,1,1,1,"""Cerita hari Minggu di Pajak Melati 😅
Aku sama adekku berangkat jam 7, parkiran udah penuh.
Kami bongkar tumpukan monza sampai tangan hitam, dapat jaket kulit Jepang 120 ribu sama kemeja flanel 30 ribu.
Adekku nemu sepatu Adidas tapi solnya jebol, ga jadi.
Pulangnya makan mie sop di Padang Bulan, sempurna."""),
("post","hn_buyer_question",0,1,1,1,"""Mohon info warga Pekanbaru 🙏
Lelong baju Jepang atau Korea yang bagus sekarang di pasar mana ya?
Dulu saya sering ke Pasar Kodim, tapi kabarnya sudah banyak yang tutup.
Mau cari kemeja kerja yang bahannya adem.
Terima kasih infonya."""),
("article","hn_news",0,1,1,1,"""Ribuan Karung Pakaian Bekas Dimusnahkan di Pekanbaru
PEKANBARU – Pemerintah memusnahkan ribuan karung pakaian bekas asal luar negeri hasil penindakan di perairan Riau dan Kepulauan Riau.
Barang tersebut sebagian besar berasal dari Malaysia dan Singapura, masuk melalui pelabuhan tidak resmi di pesisir Bengkalis dan Dumai.
Pejabat yang hadir menegaskan impor pakaian bekas merugikan industri tekstil dalam negeri.
Pedagang lelong di Pekanbaru mengaku khawatir namun sebagian tetap membuka lapak."""),
("post","hn_opinion",0,1,1,1,"""Opini wong Palembang 🗣️
Beje itu sudah jadi bagian hidup kito dari dulu, dari jaman emak-emak beli di Pasar 16 Ilir.
Tapi aku pikir razia beje cuma menyusahkan pedagang kecil, sementara yang bawa berkarung-karung dari Batam jarang ketangkap.
Kalau mau serius, tangkap di pelabuhan, jangan di lapak.
Setuju idak?"""),
("post","hn_scam_warning",0,1,1,1,"""🚨 Info penipuan di grup JB Medan 🚨
Akun 'Monza Direct Tanjungbalai' tawarkan: 'goni jaket Korea 70 kg cuma 1,8 juta, barang bagus semua'.
Korban disuruh transfer ke rekening atas nama berbeda.
Setelah transfer, nomor langsung tidak aktif.
Jangan tergiur harga murah, kawan."""),
("post","hn_vendor_interview",0,1,1,1,"""Kunjungan ke Pajak Sambu, Medan.
Bu Rosmawati, 54 tahun, berjualan kemeja seken Jepang sejak 1996.
Ia menuturkan barangnya diambil dari agen di Tanjungbalai, dulu per goni Rp3 juta, kini bisa Rp6 juta.
"Yang beli bukan cuma orang susah, orang bermobil pun datang," ujarnya.
Soal larangan, ia hanya berharap diberi waktu untuk beralih."""),
("post","hn_tutorial",0,1,1,1,"""Cara merawat sepatu lelong biar awet 👟
1. Lepas tali dan insole, cuci terpisah.
2. Sikat bagian luar pakai sabun cuci piring, jangan direndam lama kalau sepatu kulit.
3. Semprot antiseptik di dalam, sepatu seken dari Malaysia biasanya lembap.
4. Jemur di tempat teduh berangin.
5. Ganti insole baru biar nyaman."""),
("post","hn_memory",0,1,1,1,"""Teringat masa kecil di Tanjungpinang.
Tiap ada kapal dari Singapura, orang kampung berebut bongkar karung baju seken di pelantar.
Mak selalu pilihkan baju tebal untuk abang yang kuliah di Bandung.
Sekarang pelantar itu dah sepi, tinggal cerita."""),
("post","hn_report",0,1,1,1,"""Lapor admin grup JB Samarinda 🙏
Akun 'Baju Tawau Murah' terus posting jual karung pakaian bekas Malaysia, padahal aturan grup sudah melarang.
Postingannya juga ajak orang jadi reseller.
Mohon dikeluarkan dari grup.
Screenshot sudah saya kirim ke admin lewat inbox."""),
("post","hn_complaint_quote_ad",0,1,1,1,"""Mau cerita pengalaman pahit 😔
Aku pesan dari akun yang nulis 'Lelong Jepang pilihan, semua bersih dan wangi, kirim ke Jambi'.
Datang bau apek parah, dua jaket sobek di ketiak.
Waktu aku komplain, jawabnya 'namanya barang seken kak'.
Ya sudah, jadi pelajaran, aku tidak beli online lagi."""),
("post","hn_former_seller",0,1,1,1,"""Dulu saya agen baju Batam di Jambi, ambil per koli dari Tanjungpinang.
Untungnya lumayan, bisa sekolahkan anak.
Tahun 2023 gudang tempat saya ambil barang digerebek, saya ikut berhenti.
Sekarang buka warung sembako di Telanaipura."""),
("post","hn_job_vacancy",0,1,1,1,"""LOKER MEDAN 🔔
Dicari 2 orang penjaga kios monza di Pajak Melati.
Tugas: buka goni, gantung baju, layani pembeli.
Jam kerja 8 pagi – 6 sore, libur Senin.
Yang berminat datang langsung ke kios lorong 3."""),
("post","hn_parent_warning",0,1,1,1,"""Pesan mamak di grup keluarga 🙏
Anak-anak, jangan lagi beli baju goni dari Tanjungbalai buat cucu mamak.
Bulan lalu si Butet gatal-gatal seminggu setelah pakai jaket itu.
Kalau mau hemat, beli baju baru di pajak biasa saja, mamak bantu uangnya.
Sayang kalian semua."""),
("post","hn_travel_food",0,1,1,1,"""Jalan-jalan di Batam 🌊
Pagi ke Jembatan Barelang, siangnya makan gonggong di Kelong.
Sorenya mampir Pasar Jodoh, lihat-lihat tumpukan baju seken Singapura tapi cuma beli satu kemeja.
Malam kuliner di Nagoya.
Pulang ke Jakarta bawa oleh-oleh kue bingka."""),
]
