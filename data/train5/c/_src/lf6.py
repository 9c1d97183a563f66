RECS = [
("post","seller_story_immigrant",1,1,1,1,"""Waktu kerja di Johor, aku sering lihat orang Indonesia pulang bawa karung baju bekas buat dijual di kampung.
Sekarang aku yang di Nunukan, nerusin usaha paman: terima kiriman dari Tawau, sortir di rumah, jual di pasar Sabtu.
Kalau ada yang dari Tarakan atau Malinau mau ambil per ikat, kabari aja ke nomor 0853xxxx."""),
("post","buyer_diary_long_trip",0,1,1,1,"""Jurnal perjalanan, hari ke-2 di Medan.
Pagi ke Pajak Melati bareng sepupu. Lorong-lorongnya sempit, bau khas barang lama.
Aku dapat kemeja kotak-kotak seken Korea dan celana bahan dari Jepang, total 75 ribu.
Siangnya makan soto di Jalan Sei Deli, sore ke Istana Maimun.
Besok rencananya ke Berastagi. Kemeja barunya langsung aku pakai setelah dicuci di hotel."""),
("listing","listing_kids_clothes",1,1,1,1,"""Baju Anak Seken Jepang — Paket Usia 3–5 th
Isi 8 potong: 3 kaos, 2 celana, 1 jaket tipis, 2 piyama
Merk campur (Uniqlo, Muji, Nishimatsuya), kondisi 85–90%
Harga paket 120rb. Foto detail per item tersedia, kirim dari Tangerang"""),
("article","news_quote_minister",0,1,1,1,"""Menteri Perdagangan menyatakan penindakan terhadap impor pakaian bekas akan terus dilakukan di pelabuhan dan jalur tikus.
"Yang kami sasar adalah importir dan jaringannya," ujarnya dalam konferensi pers.
Ia juga menyebut telah meminta platform digital menghapus iklan yang menggunakan istilah seperti balpres dan karungan.
Di sisi lain, asosiasi pedagang meminta kejelasan nasib stok yang sudah ada."""),
("post","forum_thread_seller_reply_decides",1,1,1,1,"""Topik: Cari jaket kulit seken yang masih bagus, budget 300rb
- dimas.pw: coba ke Senen, kadang ada yang asli
- lia_ang: di Gedebage juga banyak
- jaketkulit.tokyo: halo kak, aku ada beberapa jaket kulit ex Jepang di kisaran 250–300rb, bisa aku kirim fotonya lewat DM 🙏
- dimas.pw: mantap, tinggal pilih"""),
("post","store_announcement_holiday",1,1,1,1,"""Libur Lebaran 🙏
Toko tutup tanggal 8–14 April.
Pesanan yang masuk sebelum tanggal 6 akan dikirim tanggal 7.
Setelah libur kami buka dengan stok baru: kemeja batik seken dari Malaysia dan jaket Korea. Mohon maaf lahir dan batin!"""),
("post","complaint_quote_dm",0,1,1,1,"""Aku mau screenshot chat ini tapi takut melanggar privasi, jadi aku ketik ulang.
Penjual: "Kak, semua barang kami seken impor Jepang kualitas ekspor, jamin puas."
Aku: "Kok ada label Tanah Abang?"
Penjual: "Itu label tambahan kak."
Udahlah, jelas ngibul. Untung belum transfer."""),
("review","review_experience_market_food",0,1,1,1,"""Review Pasar Baru Bandung lantai atas untuk pemula:
Banyak kios pakaian seken impor, kebanyakan jaket dan celana jeans.
Ada lift tapi sering penuh. Toilet bersih, bayar 2 ribu.
Setelah belanja, turun dan cari lotek di pinggir jalan, enak!
Catatan: ini pengalaman pribadi, bukan kerja sama dengan pedagang mana pun."""),
("message","wa_seller_followup",1,1,1,1,"""Halo kak Dini, ini Wulan dari Lemari Kanto 😊
Minggu lalu kakak tanya coat panjang warna coklat. Barusan aku bongkar koli baru, ada 2 yang mirip, ukuran M dan L.
Mau aku fotoin? Harganya 110 dan 125."""),
("live","live_regional_palembang",1,1,1,1,"""Nah, malam ini kito bongkar karung Singapur, wong-wong yang nak cari kemeja kantor merapat!
Ado yang merk Giordano, ado jugo Uniqlo.
Sikok tigo puluh ribu bae. Ketik nomor dio, langsung kito catet.
Kirim dari Palembang yo."""),
("post","hn_new_oversized_brand",1,0,1,0,"""Koleksi 'Jaket Bapak' sudah bisa dipesan!
Jaket potongan boxy ala jaket lama yang sering ditemukan di pasar seken, tapi dijahit baru dari kanvas produksi Pekalongan.
Bukan bekas, bukan impor. Tersedia 4 warna, size M–XXL."""),
("post","hn_own_preloved_work",1,1,1,0,"""Resign dan pindah kerja remote, jadi kemeja kantor ga kepake.
Preloved pribadi: 8 kemeja lengan panjang dari Executive & The Executive, ukuran 15,5.
Paket 250rb, atau satuan 40rb. Ambil di Bintaro."""),
("article","news_data_bps",0,1,1,1,"""Data perdagangan mencatat masuknya baju bekas secara resmi hampir nol, namun temuan lapangan menunjukkan barang tersebut masih beredar luas di pasar-pasar.
Ekonom menyebut selisih ini menunjukkan besarnya arus masuk lewat jalur tidak resmi, terutama dari Malaysia dan Singapura melalui perairan Riau.
Pengawasan dinilai belum sebanding dengan panjang garis pantai."""),
("post","tutorial_detect_fake_grade",0,1,1,1,"""Cara baca istilah 'grade' di iklan koli seken impor (buat edukasi, bukan ajakan beli):
Grade A biasanya klaim hampir mulus, grade B ada minus kecil, grade C banyak cacat.
Masalahnya, grade itu ditentukan penjual sendiri, tidak ada standar.
Banyak kasus penipuan memakai klaim 'grade A' untuk barang yang sebenarnya campur."""),
("post","creator_outfit_credit",1,1,1,1,"""OOTD ke kampus hari ini 🤎
Cardigan: seken Jepang dari @nenek.closet
Celana: seken Korea, dari tempat yang sama
Sepatu: punya sendiri
Mereka restock tiap Kamis jam 8 malam, sering habis dalam sejam, pantengin aja."""),
("post","hypothetical_ask_legal",0,1,1,1,"""Pertanyaan hukum: kalau aku beli 3 jaket seken di Senen buat dipakai sendiri, aku ikut melanggar aturan impor?
Aku ga jualan, ga impor, cuma beli di pasar.
Ada teman yang kuliah hukum bisa jelasin?"""),
("comment","seller_reply_humble",1,1,1,1,"""Makasih kak udah mampir ke postingan aku 🙏
Kalau suka celana seken Jepang yang kayak di foto, aku masih ada 4 lagi ukuran 29–32.
Kabari aja ukuran kakak."""),
("post","over_sale_closing_story",0,1,1,1,"""Hari terakhir di kios.
Aku lipat karung-karung kosong yang dulu isinya jaket dari Korea, lalu aku serahkan kunci ke pengelola pasar.
Sudah tujuh tahun. Sekarang aku ikut kakak buka warung makan.
Tidak ada yang dijual lagi, cuma mau pamit ke pelanggan lama yang masih follow."""),
("article","op_ed_customs",0,1,1,1,"""Setiap kali pemusnahan pakaian bekas impor diberitakan, angka yang disebut selalu besar: ratusan bal, ribuan karung. Tetapi berapa yang lolos?
Penulis berpendapat bahwa keberhasilan kebijakan tak bisa diukur dari jumlah sitaan, melainkan dari berapa banyak pedagang di Senen, Gedebage, dan Butung yang benar-benar beralih usaha."""),
("post","reseller_recruit_testimonial",1,1,1,1,""""Awalnya cuma coba ambil 10 potong, sekarang tiap minggu ambil 100," kata Mbak Rina, reseller kami dari Klaten.
Kamu juga bisa seperti Mbak Rina! Kami suplai kemeja & rok seken asal Jepang yang sudah disortir dan dicuci.
Daftar jadi reseller, hubungi admin 0817xxxx."""),
("post","hn_swap_event",0,1,1,0,"""Swap Party Baju Bekas Pribadi 👗🔄
Bawa maksimal 5 baju layak pakai dari lemarimu, tukar dengan punya peserta lain.
Tidak ada jual beli, tidak menerima barang kulakan.
Minggu, 2 Juni, di kafe Ruang Temu, Yogyakarta."""),
("post","hn_cocoa_sacks_import",1,0,0,1,"""Biji kakao impor Ghana, kemasan karung goni 60kg, untuk industri cokelat skala kecil.
Dokumen karantina lengkap.
Minimal order 10 karung. Gudang di Makassar."""),
("message","chat_seller_stock_photo",1,1,1,1,"""Ini foto-foto jaket musim dingin dari Korea yang kakak minta ya.
Nomor 1–4 harga 120rb, nomor 5 yang ada bulu di tudung 150rb.
Kalau ambil 2 aku kasih 220. Stoknya cuma satu-satu."""),
("post","buyer_question_return",0,1,1,1,"""Ada yang pernah berhasil retur barang dari penjual seken Jepang online?
Aku beli 3 kemeja, satu sobek di ketiak, penjual bilang 'barang seken no retur'.
Padahal di iklan ditulis 'kondisi mulus semua'. Kira-kira aku bisa ajukan komplain ke platform ga?"""),
("post","parent_warning_daughter",0,1,1,1,"""Nak, Ibu nggak melarang kamu beli baju seken dari Korea di pasar.
Tapi tolong jangan beli pakaian dalam dan kaos kaki bekas ya, itu risiko kesehatan.
Jaket dan kemeja boleh, asal dicuci dua kali. Sayang kamu 🤍
(pesan ini aku tulis di grup WA keluarga, siapa tahu berguna buat yang lain)"""),
("post","job_vacancy_sorting_women",0,1,1,1,"""Lowongan kerja untuk ibu rumah tangga di sekitar Cileungsi:
Memilah pakaian seken dari karung impor berdasarkan jenis dan kondisi.
Kerja 08.00–15.00, upah harian 100rb, makan siang disediakan.
Info lebih lanjut datang ke pos RW 09."""),
("listing","listing_emoji_inside",1,1,1,1,"""Jak👕et s🅴ken J🅿️N — 10 pcs campur
Windbreaker, coach jacket, varsity
75rb/pcs atau 650rb semua
Kondisi 8/10, ada yang minus kecil, cek video
📍Jakarta Timur, bisa COD stasiun"""),
("post","meme_dialog",0,1,1,1,"""Penjual di Senen: "Ini asli Jepang, Mas."
Aku: "Kok labelnya tulisan Korea?"
Penjual: "Jepangnya di dalem, Mas."
Aku: 🤔
Tetep kubeli juga sih, bagus soalnya."""),
("post","researcher_survey",0,1,1,1,"""Hasil survei kecil di kampus (n=120):
- 68% pernah membeli pakaian seken impor
- 45% membeli di pasar fisik (Senen, Gedebage, Pasar Baru)
- 31% lewat live streaming
- Hanya 22% tahu soal larangan impor
Data ini untuk tugas mata kuliah metode penelitian, bukan untuk publikasi."""),
("comment","seller_reply_on_review",1,1,1,1,"""Terima kasih reviewnya kak 🥰
Senang jaket ex Jepangnya muat dan suka.
Minggu depan ada batch coat panjang, aku kabari lebih dulu ke pelanggan lama ya."""),
("post","hn_electronics_container",1,1,0,1,"""Bongkar kontainer barang elektronik bekas Jepang: rice cooker, microwave, lampu meja.
Semua sudah dicek dan bisa dipakai dengan trafo.
Harga mulai 75rb, datang ke gudang Cakung."""),
("post","stall_directions_jogja",1,1,1,1,"""Ngga usah bingung cari kami:
Dari parkiran Pasar Klithikan Pakuncen, masuk lorong tengah, kios nomor 22 di sebelah tukang servis jam.
Kami jual jaket dan kemeja seken dari Jepang, rata-rata 30–60rb.
Buka jam 9 pagi sampai jam 4 sore."""),
("article","faq_official",0,1,1,1,"""FAQ: Larangan Impor Pakaian Bekas
T: Apakah menjual baju preloved milik sendiri dilarang?
J: Tidak, selama barang tersebut bukan hasil impor pakaian bekas.
T: Bagaimana dengan pakaian bekas yang dijual per karung atau koli dari mancanegara?
J: Termasuk barang yang dilarang diimpor dan penawarannya dapat diturunkan dari platform."""),
("post","buyer_haul_shop_mentioned_only_as_location",0,1,1,1,"""Tadi nemenin temen ke Pasar Senen, dia beli jaket seken Jepang di kios dekat eskalator.
Aku cuma liat-liat, ga nemu yang cocok.
Yang menarik, banyak banget anak SMA yang cari baju buat pensi.
Pulangnya naik KRL, desak-desakan sambil bawa tas belanja temen."""),
("live","live_end_of_stock",1,1,1,1,"""Sisa tiga potong nih, jaket-jaket Korea terakhir dari karung minggu ini.
Yang navy 50, yang marun 45, yang putih 40.
Habis ini kita tutup, jadi yang masih ragu, sekarang atau nggak sama sekali ya!"""),
("post","complaint_platform_ticket",0,1,1,1,"""Tiket pengaduan #48213
Penjual "Grosir Seken Jepang" menjual jaket dengan deskripsi "asli bongkaran koli, baru masuk dari Tanjungbalai".
Saya menerima barang rusak dan penjual menolak pengembalian.
Selain itu, saya baru tahu barang seperti ini dilarang. Mohon penjual ditindak."""),
("post","hn_rags_wiper",1,1,0,1,"""Majun impor kualitas super, potongan kain bekas pakai dari luar negeri, sudah dipotong ukuran lap.
Untuk pabrik, bengkel, dan percetakan.
Harga per kg 9.000, minimal 50kg. Gudang di Tangerang."""),
("post","vendor_story_documentary",0,1,1,1,"""Tadi malam nonton dokumenter tentang seorang ibu penjual pakaian seken di Pasar Butung.
Dia cerita mulai usaha tahun 1998, dengan karung pertama yang dikirim dari Parepare.
Anaknya sekarang jadi perawat, dibiayai dari kios itu.
Film ini bikin aku mikir bahwa kebijakan larangan harus memperhatikan orang-orang seperti beliau."""),
("post","store_preorder_next_koli",1,1,1,1,"""Sistem baru di toko kami: booking sebelum koli dibuka!
Cukup transfer 50rb, kamu dapat hak pilih 10 menit pertama saat koli Jepang minggu depan dibuka di gudang.
Slot cuma 8 orang. Konfirmasi lewat DM."""),
]
