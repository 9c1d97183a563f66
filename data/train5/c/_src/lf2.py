RECS = [
("listing","multiline_listing_sizes",1,1,1,1,"""Celana Kargo Seken ex Amerika — 3 pcs
A. Dickies hitam, pinggang 32, panjang 100 — 70rb
B. Carhartt coklat, pinggang 34, panjang 98 — 95rb
C. No brand army, pinggang 30 — 45rb
Semua sudah dicuci. Ongkir ditanggung pembeli, kirim dari Medan, estimasi Jawa 4–6 hari."""),
("post","seller_story_ends_offer",1,1,1,1,"""Dulu aku suka banget ngubek-ngubek pasar buat cari jaket Jepang bekas buat diriku sendiri.
Lama-lama temen-temen titip, terus temennya temen juga titip. Dari situ lahir akun kecil ini.
Aku masih sama: milih satu-satu, cuci, setrika, foto di balkon.
Batch Juli udah aku upload di katalog, 24 jaket, ada yang tinggal 1 ukuran. Silakan cek ya 🤍"""),
("post","buyer_story_seller_neutral",0,1,1,1,"""Weekend kemarin nemenin adik cari jaket buat kuliah ke Bandung.
Kami ke Gedebage, masuk ke kios yang penjualnya ibu-ibu Sunda, ramah banget. Adikku dapet parka Korea seken 85rb.
Aku sendiri ga beli apa-apa, cuma jadi tukang foto.
Capek tapi seru, abis itu makan batagor di Jalan Burangrang."""),
("article","news_quote_two_vendors",0,1,1,1,"""Di sebuah gang sempit di Pasar Senen, dua pedagang punya pandangan berbeda soal larangan impor pakaian bekas.
Dedi, 37, mengaku sudah mulai menjual kaos produksi Bandung sejak razia tahun lalu. "Lebih aman, walau untungnya tipis," katanya.
Tetangga kiosnya, Yanti, masih menggantungkan hidup pada jaket dari karung asal Jepang. "Pembeli masih cari yang ini," ujarnya.
Pengelola pasar mengaku hanya bisa mengimbau."""),
("post","forum_several_voices",0,1,1,1,"""Topik: Pengalaman beli seken Korea lewat live?
• kirana_ : pernah, barangnya oke, cuma ongkirnya lebih mahal dari bajunya 😭
• hendra.k: aku kapok, yang dateng beda warna sama yang di live
• ms.yuni: live itu nyandu, jam 2 pagi masih nontonin orang bongkar karung
• kirana_: wkwk sama, tapi sekarang udah uninstall
• admin: ingat aturan forum, dilarang tag toko/akun penjual."""),
("post","store_announcement_restock",1,1,1,1,"""Halo pelanggan Lemari Kyushu! 👋
Minggu depan toko fisik kami tutup tanggal 5–7 karena stock opname.
Buka lagi tanggal 8 dengan isi baru: coat, sweater, dan kemeja seken langsung dari Osaka yang kami pilih sendiri.
Lokasi tetap: Jl. Kaliurang km 6, samping laundry. Online tetap jalan seperti biasa."""),
("post","complaint_multi_para",0,1,1,1,"""Aku mau cerita soal toko online yang iklannya bilang begini:
"Jaket seken import Jepang, 100% sudah dicuci dan disetrika, garansi uang kembali."
Nyatanya: jaket datang bau rokok, resleting macet, dan pas minta refund, chat aku di-read doang.
Sudah seminggu. Aku udah ajukan komplain ke platform, semoga ada hasil.
Pelajaran buat aku: garansi di caption itu belum tentu ada beneran."""),
("review","review_blog_three",0,1,1,1,"""Tiga jaket seken Jepang, satu musim hujan: mana yang bertahan?
1) Parka nilon: tahan air, tapi kantong dalam jebol di bulan kedua.
2) Coach jacket: paling sering dipakai, warnanya cuma pudar dikit.
3) Jaket wol: bagus tapi berat dan lama kering.
Semua kubeli di pasar waktu liburan ke Medan, bukan rekomendasi toko ya, cuma catatan pribadi."""),
("message","wa_broadcast_reseller",1,1,1,1,"""📣 Info untuk member grup Reseller Sumatera
Besok pagi kapal dari Port Klang merapat, estimasi isi: 20 karung campur, 6 karung jaket.
Sistem booking: siapa cepat transfer DP, dia dapat urutan pilih.
Harga sama seperti bulan lalu. Jangan share info ini ke luar grup ya."""),
("live","live_regional_medan",1,1,1,1,"""Horas kawan-kawan, masuk dulu semua!
Malam ini abang buka karung Korea, isinya kemeja kotak-kotak sama celana kain.
Satu harga aja, tiga puluh ribu, bah murah kali.
Yang mau, tulis "ambil" sama nomornya, nanti abang rekap. Kirim dari Medan ya."""),
("post","hn_new_vintage_brand",1,0,1,0,"""Kenalin, koleksi terbaru kami: 'Kamar Opa'.
Kemeja kerah lebar, corduroy, motif paisley — semuanya baru, dijahit di workshop kami di Yogyakarta.
Terinspirasi dari foto-foto lama dan tumpukan baju bekas di pasar loak, tapi kainnya baru dari pabrik lokal.
Pre-order 7 hari kerja, link di bio."""),
("post","hn_own_preloved_bags",1,1,1,0,"""Preloved tas pribadi, beli sendiri di Plaza Indonesia dan outlet di Bandung:
- Tas selempang kulit coklat, jarang dipakai, 350rb
- Tote kanvas lokal, 80rb
Semua punya sendiri, bukan barang dari karung-karungan ya. 
Bisa COD di Kemang, Sabtu siang."""),
("article","news_court",0,1,1,1,"""Pengadilan Negeri Batam menjatuhkan vonis 1 tahun 6 bulan kepada seorang pengusaha yang terbukti memasukkan ratusan koli pakaian bekas dari Singapura.
Dalam persidangan, terdakwa mengaku barang tersebut akan dijual ke pedagang di Jakarta dan Bandung.
Hakim juga memerintahkan barang bukti dimusnahkan."""),
("post","tutorial_check_tag",0,1,1,1,"""Cara gampang ngecek asal jaket seken yang kamu beli di pasar:
• Lihat label: "Made in Japan" belum tentu dari koli Jepang, bisa aja barang dari Korea.
• Cek label ukuran: ukuran Jepang pakai cm, Korea biasanya 95/100/105.
• Label laundry berbahasa Jepang biasanya tanda barang bekas pakai di sana.
Semoga membantu buat yang penasaran!"""),
("post","creator_promo_shop",1,1,1,1,"""Part 2 outfit kerja budget 100rb 👔
Kemeja biru ini seken Jepang, celananya juga, total 85rb.
Aku beli semuanya di @lapak.mbaksri di Shopee, dia rajin upload barang baru tiap Selasa.
Mau outfit yang mana lagi? Komen di bawah!"""),
("post","hypothetical_discussion",0,1,1,1,"""Pertanyaan random:
Kalau nanti pemerintah bener-bener bersihin semua pasar seken impor, kira-kira harga baju lokal bakal naik nggak?
Aku kepikiran soalnya setengah isi lemariku dari Gedebage dan tumpukan karung Korea.
Bukan mau ngebela siapa-siapa, cuma pengen diskusi."""),
("comment","seller_reply_hidden_offer",1,1,1,1,"""Wah kak, jaket kayak gitu aku juga punya beberapa, warna navy sama hitam, dari bongkaran Jepang kemarin.
Kalau mau liat fotonya aku kirim lewat DM ya, harganya bisa dibicarakan 😊"""),
("post","over_sale_stall",0,1,1,1,"""Resmi tutup.
Lapak kemeja seken Korea yang aku jaga di Pasar Beringharjo sejak 2017 sekarang sudah kosong.
Stok terakhir habis bulan lalu, dan aku tidak ambil karung lagi.
Terima kasih untuk semua pembeli yang pernah mampir. Sekarang aku bantu usaha katering ibu."""),
("article","op_ed_consumer",0,1,1,1,"""Generasi muda sering disalahkan karena gemar membeli baju seken kiriman luar negeri. Padahal, pilihan mereka dibentuk oleh harga.
Selama sepotong kemeja lokal berkualitas dihargai Rp200 ribu, sementara kemeja seken Jepang bisa didapat Rp30 ribu di Senen, larangan saja tidak akan cukup.
Yang dibutuhkan adalah insentif agar produk lokal bisa bersaing."""),
("post","reseller_call_regional",1,1,1,1,"""Dicari reseller wilayah Kalimantan Selatan!
Kami kirim baju lelong asal Malaysia langsung dari Tawau, isi kemeja, jaket, dan gamis.
Ambil per ikat 25kg, harga khusus buat yang rutin.
Hubungi Acil Ana 0822xxxx, siapa tahu jodoh rezeki kita."""),
("post","hn_school_sale",1,1,1,0,"""Pasar Murah OSIS SMAN 3 🏫
Jumat, 20 Sept, di aula
Seragam bekas kakak kelas yang sudah lulus, buku paket, dan sepatu olahraga bekas.
Semua donasi alumni, hasilnya untuk kegiatan bakti sosial. Harga 2rb–15rb."""),
("post","hn_cardboard_wholesale",1,1,0,1,"""Terima & jual kertas bekas impor (OCC) per bal press ±500kg
Untuk pabrik kertas daur ulang, dokumen lengkap, ambil di gudang Cilegon.
Harga per ton via telepon 0811xxxx. Bukan pakaian ya, hanya kertas dan kardus."""),
("message","chat_payment_answer",1,1,1,1,"""Bisa kak, pembayaran lewat QRIS atau transfer BRI.
Sweater rajut ex Korea yang kakak pilih (no 3 & 9) total 110rb + ongkir 18rb.
Setelah transfer kirim bukti ya, paket aku antar ke J&T sore ini."""),
("post","buyer_question_where",0,1,1,1,"""Guys, ada yang tau di Surabaya tempat beli kemeja seken Jepang yang masih bagus?
Aku baru pindah dari Jakarta, biasanya ke Senen.
Tolong jangan jawab pake link toko ya, aku cuma mau nama pasarnya aja, pengen langsung liat barangnya."""),
("post","parent_note",0,1,1,1,"""Catatan buat diri sendiri sebagai ibu:
Anak remajaku sekarang suka banget beli baju dari tumpukan goni impor di pasar dekat sekolah.
Aku ga larang, tapi syaratnya: cuci dua kali, jemur sampai kering, dan jangan dipakai ke acara keluarga dulu 😅
Ternyata dia jadi rajin nyuci sendiri. Bonus."""),
("post","job_vacancy_tailor",0,1,1,1,"""Dibutuhkan penjahit permak untuk toko kami di Pasar Tradisional Kota.
Pekerjaan: memperbaiki resleting, memendekkan celana, menambal jaket dari karung kiriman Jepang sebelum dipajang.
Pengalaman min 1 tahun. Gaji bulanan + bonus.
Datang langsung bawa contoh jahitan."""),
("listing","wholesale_goni_evasive",1,1,1,1,"""G.0.N.I J.P.N isi jaket musim dingin
Berat ±50kg per ikat, kondisi campur (A & B)
Stok di Dumai, bisa muat truk ke Pekanbaru & Padang
Harga 🤫 tanya langsung, serius only"""),
("post","meme_caption_long",0,1,1,1,"""Aku: mau hemat bulan ini
Juga aku: buka video orang bongkar karung Korea jam 1 pagi
Juga aku (lagi): nyimpen screenshot jaket seken yang mirip punya oppa di drama
Dompetku: 💀
#relatable #seken #korea"""),
("post","researcher_interview_summary",0,1,1,1,"""Ringkasan wawancara kelompok terfokus (mahasiswa, n=8):
Semua peserta pernah membeli pakaian seken asal Jepang atau Korea, sebagian besar di pasar fisik, dua lewat live.
Alasan utama: harga dan keunikan model. Hanya dua peserta yang tahu impor pakaian bekas dilarang.
Peserta tidak ingat nama penjual; mereka mengingat nama pasarnya."""),
("comment","seller_reply_trust",1,1,1,1,"""Aman kak, udah 300+ testimoni di highlight 🙏
Kemeja ex Jepang yang kakak tanya masih ada 2 warna, putih sama biru muda.
Kalau ragu bisa pake rekber atau COD di marketplace."""),
("post","hn_used_car_import",1,1,0,1,"""DIJUAL CEPAT
Toyota Alphard 2012 eks Jepang, masuk lewat Batam, pajak hidup
Interior mulus, mesin halus, ban baru 2
Harga 235jt nego, lokasi Batam Centre. Hubungi 0812xxxx"""),
("post","stall_directions_pontianak",1,1,1,1,"""Kawan-kawan yang nak cari baju lelong, singgah lah ke lapak kame di Pasar Tengah Pontianak, lorong belakang.
Barang baru turun dari Entikong semalam, banyak kemeja dan jaket.
Buka pagi sampai tengah hari. Tanyakan Bang Udin."""),
("article","ministry_statement",0,1,1,1,"""Kementerian Perdagangan kembali mengingatkan bahwa pakaian bekas dan barang bekas lainnya termasuk dalam daftar barang dilarang impor.
Pemerintah juga meminta platform daring menurunkan iklan yang menawarkan pakaian bekas asal luar negeri, termasuk yang memakai istilah terselubung seperti "koli", "goni", atau "ex Jepang".
Masyarakat diimbau melapor melalui kanal pengaduan resmi."""),
("post","buyer_haul_recommend_shop",1,1,1,1,"""Hasil belanja minggu ini dari lapak Mas Tono di Pasar Klithikan Notoharjo 🙌
Jaket varsity seken Korea 60rb, celana kulot 30rb.
Buat yang di Solo, lapaknya di deretan tengah, cari yang spanduknya ada gambar Gunung Fuji. Barangnya selalu bersih."""),
("post","complaint_to_platform",0,1,1,1,"""Kepada tim Shopee,
Saya ingin melaporkan toko "Grosir Korea 2nd Official" yang menjual pakaian seken asal luar negeri per karung.
Di deskripsi produknya tertulis "langsung dari gudang Batam, isi 25kg campur".
Mohon ditindak sesuai kebijakan barang terlarang. Terima kasih."""),
("post","hn_thrift_style_tutorial",0,0,1,0,"""Cara dapetin look 'thrifted' tanpa beli barang bekas:
- Cari kemeja baru berbahan linen atau corduroy dari brand lokal
- Pilih warna earth tone
- Padukan dengan celana high-waist dan sneakers putih
Hasilnya mirip hasil ngubek pasar, tapi semuanya baru dan produksi dalam negeri."""),
("live","live_cta_bundle",1,1,1,1,"""Yang baru join, kita lagi sale paket ya!
Paket hemat: 3 kaos seken Jepang + 1 celana = 99 ribu.
Ukuran bisa request M atau L, sisanya random.
Ketik PAKET lalu size-nya, admin rekap di bawah. Stok tinggal 14 paket lagi!"""),
("post","vendor_reported_speech_feature",0,1,1,1,"""Di Pajak Simalingkar, Medan, aku ngobrol sama Kak Lina, pedagang jaket seken asal Korea.
Dia cerita dulu bisa bawa pulang 500 ribu sehari, sekarang kadang cuma 100 ribu.
Katanya pembeli sekarang lebih banyak yang cuma foto-foto buat konten.
Aku beli minuman dingin buat dia, lalu pamit. Tulisan ini bukan promosi, cuma catatan perjalanan."""),
("comment","buyer_ask_multiple",0,1,1,1,"""Kak mau tanya, ini kemeja ex Jepang masih ready?
Trus bisa kirim ke Kupang ga?
Sama ada ukuran XL ga kak?
Soalnya buat kado adikku yang baru masuk kuliah.
(udah 3 hari ga dibales 😢)"""),
("post","hn_new_import_denial",1,0,1,1,"""Klarifikasi untuk pembeli:
Jaket-jaket di toko kami memang impor dari Korea, tapi BARU, bukan bekas.
Kami ambil langsung dari pabrik di Seoul lewat jalur resmi, ada dokumen bea masuk.
Silakan cek foto label dan hangtag di tiap produk."""),
("post","joke_thread",0,1,1,1,"""Thread lucu di grup keluarga:
Om: "Itu jaket kamu dari Jepang ya?"
Aku: "Iya om"
Om: "Wah keren, liburan ke sana?"
Aku: "Nggak om, ke Senen, seken dari karung"
Tante: 😂😂😂"""),
("post","memory_awul",0,1,1,1,"""Jaman kuliah di Jogja, tiap akhir bulan kami bertiga naik motor ke Pasar Klithikan buat nyari awul-awul.
Aku pernah dapat jaket Jepang yang di kantongnya masih ada tiket kereta Tokyo.
Sampai sekarang tiketnya masih aku selipkan di buku harian.
Jaketnya? Udah robek, tapi ceritanya awet."""),
]
