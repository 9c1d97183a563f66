R = [
("listing","famous_word_offer",1,1,1,1,"""Awul-awul anyar rek, teko kapal wingi bengi 🚢
Kaos, kemeja, jaket, kabeh impor Korea karo Jepang.
Rego 5 ewu sampek 25 ewu, sak karepmu milih.
Lapak nang Pasar Wonokromo mburi, golek Mbak Sri.""","jv"),
("post","hn_news",0,1,1,1,"""JAKARTA — Kementerian Perdagangan menurunkan lebih dari 40 ribu tautan produk pakaian bekas impor di lokapasar dalam tiga bulan terakhir.
Kata kunci yang paling sering ditemukan antara lain "ex Korea", "ex Jepang", dan istilah satuan seperti goni dan koli.
Kemendag juga meminta platform memperketat verifikasi penjual.""","std"),
("listing","plain_offer",1,1,1,1,"""Kemeja batik tulis seken ex Malaysia 🌺
Motif sarawak, bahan katun halus
Ukuran XL, panjang 76 cm
Kondisi 90%, tanpa noda
Harga 70rb
Lokasi Pontianak, kirim ke luar kota bisa""","std"),
("post","hn_forum_thread",0,1,1,1,"""Grup Anak Medan Perantau
T: Kawan, di Jakarta ada tempat macam pajak monza gak? Rindu kali aku cari jins murah.
J1: Di Senen ada lah bang, tapi sekarang udah jarang barang baru masuk.
J2: Jangan lah bang, udah dilarang pun, nanti kau kena jamur pulak 😂
J3: Mending beli di outlet diskon aja, sama murahnya.""","mdn"),
("listing","hn_new_import",1,0,1,1,"""Jastip Bangkok Chatuchak 🇹🇭
Baju dan tas BARU dari Platinum Mall & Chatuchak
Bukan second, bukan barang karungan
Close order tanggal 5, barang tiba 2 minggu kemudian
Fee jastip 25rb/item""","std"),
("listing","regional_offer",1,1,1,1,"""Assalamualaikum, barang baru masuk mi dari Nunukan 📦
Jaket, hoodie, kemeja, semua seken ex Malaysia, masih bagus-bagus ji.
Harga 20 ribu sampe 70 ribu, kalau ambil lima kukasih potongan.
Datang ki di rumah, Jl. Sunu lorong tiga, atau WA 0852xxxx.""","mks"),
("post","hn_official_guideline",0,1,1,1,"""Panduan Moderasi Internal – Revisi 3
Listing pakaian/sepatu/tas wajib ditolak bila memenuhi semua unsur: ditawarkan untuk dijual, barang bekas, dan asal luar negeri (negara, pelabuhan masuk, atau satuan karung/koli).
Bila salah satu unsur tidak ada (mis. barang baru impor, preloved pribadi lokal, atau berita), listing tidak ditolak.
Kasus meragukan diteruskan ke peninjau senior.""","std"),
("live","live_script",1,1,1,1,"""Selamat malam semuanya, welcome di live Lemari Tokyo! 🎌
Kita buka dulu paket yang baru sampai dari gudang ya... nah ini dia, kemeja rayon seken Jepang, motif bunga.
Ukuran M, kondisi 95%, cuma 32 ribu.
Kak Rina udah ketik 'ambil', oke aku kunci ya kak.
Next, ada rok plisket panjang, 38 ribu, siapa mau?""","std"),
("comment","hn_complaint_scam",0,1,1,1,"""Kamek nak ingatkan kawan-kawan, jangan beli barang lelong dari akun yang ngaku dari Entikong tu.
Kamek dah transfer 800 ribu, yang datang cume kain buruk same baju sobek.
Dah kamek lapor ke platform, tapi akunnye ganti name terus.""","ptk"),
("listing","wholesale_bulk",1,1,1,1,"""Penawaran untuk pemilik toko 🏪
Pakaian seken ex Jepang sortir premium, dikemas per koli 45 kg
Isi: kemeja kerja, blazer, celana bahan
Harga per koli 3,5 jt termasuk ongkir Jawa
Pengiriman dari gudang kami di Bandung, 2–3 hari kerja""","std"),
("listing","hn_local_secondhand",1,1,1,0,"""Jual baju bekas kaka pe anak, umur 5 sampe 7 taong 👧
Samua beli di Mega Mall Manado, bukang barang cakar neh.
Ada 15 potong, kita jual paket 120 ribu.
Ambe di Tikala, ato kita antar kalo dekat.""","mnd"),
("listing","creator_haul",1,1,1,1,"""Belanja hemat bareng aku 🛒
Budget 200rb dapet 5 item 2nd asal Korea:
kemeja putih, sweater abu, rok denim, cardigan, dan tote bag.
Semuanya dari lapak online @korin.rack, barangnya rapi & wangi.
Kode diskon dari aku: HEMAT5
#haulmurah #ootd""","std"),
("article","hn_feature_article",0,1,1,1,"""Di Pasar Cimol Gedebage, Ceu Enok (58) ngahuleng hareupeun lapakna nu ayeuna satengah kosong.
Baheula, cenahna, unggal minggu aya karung anyar ti Batam. Ayeuna mah jarang pisan.
"Nu meser ogé sieun," saurna.
Anjeunna nuju mikiran ngalih ka dagang kerudung buatan Tasik.""","su"),
("listing","port_route",1,1,1,1,"""Jalur Tanjungpinang – Tanjung Priok 🚢
Kami terima titipan kiriman pakaian seken dari Singapura, dikumpulkan di Tanjungpinang lalu dikirim kapal.
Tarif per karung 350rb sampai Jakarta.
Pengambilan di pergudangan Cilincing.
Hubungi Bang Edo untuk jadwal kapal.""","std"),
("post","hn_opinion_oped",0,1,1,1,"""Menurut saya, cakar itu sudah jadi bagian hidup orang Makassar dari dulu mi.
Tapi kalau memang dilarang, pemerintah harus kasih jalan untuk pedagang di Pasar Butung.
Jangan cuma ditutup, baru orang disuruh cari kerja sendiri. Kasian ji anak-anak mereka.""","mks"),
("listing","hn_other_goods_bulk",1,1,0,0,"""Karung goni bekas kopi, ukuran besar, masih kuat 🌾
Cocok gasan karung pasir, tanaman, atau hiasan kafe.
Rega 5 ribu selembar, ambil 100 dapat 400 ribu.
Lokasi Banjarmasin Utara, hubungi Amang Udin.""","bjn"),
("listing","evasive_spelling",1,1,1,1,"""🇰 🇴 🇷 🇪 🇦 2nd hand collection
blazer 55rb
trench 120rb
knit vest 35rb
semua brg dtg langsung dr gudang pelabuhan, bkn lokal
ongkir flat 10rb se-Jawa
order lwt link bio""","std"),
("post","hn_report",0,1,1,1,"""Komplain ke pusat bantuan:
Saya membeli "jaket second import Jepang grade A" di toko online. Setelah datang, saya baru sadar barang ini dilarang dan kondisinya berjamur.
Saya meminta refund dan meminta produk serupa dari penjual tersebut diturunkan.
Nomor pesanan terlampir.""","std"),
("listing","reseller_recruit",1,1,1,1,"""Dicari reseller baju seken ex Malaysia gasan wilayah Kalsel wan Kalteng 🙌
Ulun kirimakan barang per karung, pian tinggal jual di pasar atau online.
Karung isi 300 lembar, rega agen 2,5 juta.
Hubungi Julak Ipin 0853xxxx.""","bjn"),
("listing","hn_own_preloved",1,1,1,0,"""Preloved lemari sendiri 💕
Kemeja linen beli di Uniqlo Plaza Senayan, dipakai 3 kali
Celana kulot beli di Pasar Baru, masih mulus
Total 2 item 150rb
Semua pembelian di Indonesia, bukan barang impor bekas""","std"),
("listing","market_stall",1,1,1,1,"""Kios Ibu Wati, Pasar Kebon Kalapa Bogor 👗
Dress, blus, dan rok seken ex Korea
Buka bal baru setiap Senin dan Kamis pagi
Harga 15rb–50rb
Terima pesanan lewat WA juga""","std"),
("post","hn_tutorial",0,1,1,0,"""Tips dodolan klambi preloved dhewe neng marketplace ben ora di-takedown:
Tulis asal tukune, umpamane 'tuku neng Matahari Solo'.
Ojo nganggo tembung 'impor' utawa 'ex luar' nek pancen ora saka luar negeri.
Foto sing cetha, lan tulis cacat e kanthi jujur.""","jv"),
("listing","bale_grade",1,1,1,1,"""Sortiran terbaru dari gudang Medan 📦
Kelas premium: jaket gunung ex Korea, 60 pcs/koli
Kelas 1: kemeja kantor ex Jepang, 150 pcs/koli
Kelas 2: campur kaos, 300 pcs/koli
Harga di DM, prioritas pelanggan lama""","std"),
("message","hn_buyer_question",0,1,1,1,"""Halo kak, aku mau tanya aja ya, bukan mau beli.
Aku lihat kakak pernah posting jaket second ex Jepang. Itu sekarang masih boleh dijual nggak sih?
Soalnya aku mau jual jaket punyaku sendiri yang dulu beli di Senen, takut kena masalah.""","std"),
("listing","seller_story",1,1,1,1,"""Kamek ni dah dua puluh taon jual baju lelong di Pontianak.
Dolok barang masok dari Kuching, sekarang lewat kawan di Sanggau.
Tetap ade barang bagus, jaket tebal same kemeje branded.
Kalau nak, singgah jak ke kedai kamek di Jalan Tanjungpura, harge bise kite runding.""","ptk"),
("listing","hn_used_vehicle_phone",1,1,0,1,"""Motor trail bekas ex Jepang 🏍️
Yamaha Serow 250, eks impor, surat lengkap
Tahun 2012, mesin sehat, ban baru
Harga 38 jt nego, bisa tukar tambah motor lokal
Lokasi Cibubur, cek unit janjian dulu""","std"),
("post","hn_joke_meme",0,1,1,1,"""Kalo orang Manado bilang "baju baru", musti tanya dulu:
Baru dari toko, ato baru dari karung cakar? 😂
Soalnya torang pe lemari isinya samua dari pasar 45.
Sekarang so dilarang, jadi torang cuma bisa kenang-kenang.""","mnd"),
("listing","plain_offer",1,1,1,1,"""Kimono yukata seken asli Jepang 🎏
Bahan katun, motif bunga biru
Panjang 150 cm, cocok buat foto atau koleksi
Harga 180rb
Kiriman dari Surabaya, dikirim dalam 1 hari kerja""","std"),
("post","hn_travel_food",0,1,1,1,"""Panduan jalan-jalan ke Pasar Beringharjo untuk wisatawan
Lantai satu penuh batik dan jajanan pasar, lantai dua banyak kain dan kebaya.
Dulu ada pojok baju second impor di lantai atas, tapi sekarang sebagian besar kios sudah beralih ke kaos oleh-oleh Jogja.
Datang sebelum jam 10 pagi supaya tidak terlalu panas, lalu makan pecel di depan pasar.
Artikel ini tidak disponsori toko mana pun.""","std"),
]
