DATA = [
("post","plain_offer",1,1,1,1,"""Capek ya nyari jaket tebal buat ke Jepang harganya jutaan? 🥶
Ironisnya, jaket-jaket dari Jepang justru banyak yang udah sampe sini dalam bentuk bekas 😅
Kami ready puffer & down jacket second impor, harga 150-250rb, hangatnya masih mantap.
Klik link di bio buat katalog lengkap."""),
("listing","plain_offer",1,1,1,1,"""Tas Branded Second Impor — Batch Desember
Coach shoulder bag, kulit asli, 450rb
Longchamp Le Pliage M, 300rb
Kate Spade tote, 380rb
Barang bekas dari bal Hongkong, authentic, minus pemakaian wajar.
Free ongkir Jabodetabek."""),
("message","bale_grade_wholesale",1,1,1,1,"""🚢 READY STOK BAL BARU 🚢
Korea: kaos anak, jaket wanita, celana training
Jepang: kemeja pria, cardigan, rok
Harga per bal 4,5jt - 8jt tergantung isi.
Bisa beli setengah bal khusus reseller lama.
Pengiriman dari Tanjungbalai Asahan via truk ke Jawa tiap Senin.
Hubungi 0811xxxx"""),
("message","reseller_recruitment",1,1,1,1,"""OPEN MEMBER RESELLER CAKAR 2025
✅ Harga member lebih murah 20%
✅ Dapat foto & video produk
✅ Prioritas ambil karung baru
Syarat: ambil minimal 30 pcs di order pertama.
Gudang kami di Parepare, kirim ke seluruh Sulawesi."""),
("comment","seller_comment_reply",1,1,1,1,"""Q: kak ini aman? kan katanya udah dilarang
A: aman kak, kami jual biasa aja. barangnya second Jepang, udah kami cuci semua 😊
Q: oke deh, yg kemeja biru masih?
A: masih kak, 35rb, checkout ya"""),
("live","live_sale",1,1,1,1,"""Teman-teman, sebentar lagi kita live di IG jam 20.00!
Spesial malam Minggu: buka koli kemeja flanel dari Korea.
Flat price 30rb, bonus totebag buat yang beli 3.
Sudah siap jari? 🔥 Jangan lupa nyalakan notif."""),
("profile","shop_bio",1,1,1,1,"""Toko Bundle Cak Mat 🧢
Spesialis bundle impor: topi, kemeja, jaket jeans
Barang second pilihan langsung dari bal, no abal-abal
Pasar Gembong Surabaya blok D-12
Open jam 9 - 16, Minggu tutup"""),
("post","creator_haul",1,1,1,1,"""POV: kamu nemu jaket Arc'teryx asli cuma 90rb 😭🔥
Lokasinya di lapak thrift Pasar Tungging Jakarta, kios Bang Oji, dekat tangga.
Stoknya ganti tiap minggu karena dia buka bal baru tiap Kamis.
Mending datang pagi biar ga keduluan reseller."""),
("post","code_word_regional",1,1,1,1,"""Pengumuman buat pelanggan setia Lapak Monja Pak Ucok 🙏
Mulai minggu depan kami pindah ke kios baru di Pasar Simpang Limun.
Stok monja jaket & kemeja tetap banyak, harga tak berubah.
Yang mau pesan lewat WA tetap bisa, kami kirim ke luar kota."""),
("post","route_port",1,1,1,1,"""Kiriman kontainer minggu ini tertahan sebentar, tapi barang dari Belawan akhirnya sampai di gudang kami 🙌
Jadi stok bal celana jeans & jaket denim sudah bisa dipesan lagi.
Grosir mulai 1 karung, eceran di toko Siantar.
Makasih buat yang sudah sabar menunggu!"""),
("listing","dodge_spacing",1,1,1,1,"""J a k e t  p a r k a  ori TNF
kondisi 2nd, asal n3g3r1 ginseng 🇰🇷
size L, pit to pit 60cm
harga 175k nett
cod atau kirim, chat aja
lapisan dalam masih utuh, resleting YKK lancar, tinggal pakai buat naik gunung"""),
("post","dodge_emoji",1,1,1,1,"""Tebak ini dari mana? 🤔
Hint: 🌸🗻🍣
Yap! Dari sana, udah pernah dipake tapi masih kinclong ✨
Kemeja linen 40k, celana 50k 👖
📍 Malang, bisa 🚚 ke mana aja
Stok cuma sedikit, yang duluan bayar yang dapat ya kak 🙏"""),
("post","dodge_english_abbrev",1,1,1,1,"""Jpn 2nd hand knitwear batch 3 is up!
Mohair, wool, cotton knit, mostly ex-Osaka bale.
Price range 60-120k, sizes on each photo.
Open PO for next bale arrival end of month.
Order via link in bio 🧶"""),
("post","dodge_hashtag",1,1,1,1,"""Sabtu pagi bareng kopi & tumpukan jaket baru bongkar ☕🧥
Stok minggu ini lebih dari 100 pcs, harga mulai 40rb.
Mampir ke toko atau belanja online!
#ballpressmedan #monzamedan #jaketbekasimpor #lapakmonza"""),
("comment","seller_comment_reply",1,1,1,1,"""Pembeli: Uda, celana ini bekas luar negeri ya?
Penjual: iyo, dari karung Korea, bahan bagus ndak bakal cepat rusak.
Pembeli: berapa?
Penjual: 35 ribu sajo, duo 60. Ambil di Pasar Raya lantai 2 atau uda kirim."""),
("listing","market_of_trade",1,1,1,1,"""Sweater Crewneck Vintage Second
Hasil hunting di Pasar Senen, brand campur (Champion, Russell, Gildan).
Sudah dicuci ulang dan dijemur matahari.
Harga 70rb/pcs, ukuran M-XXL.
Ready kirim dari Jakarta Timur."""),
("message","bale_grade_wholesale",1,1,1,1,"""Pagi Kak 🙏 stok sortiran hari ini:
Grade A: kemeja wanita 15rb/pcs (min 20)
Grade B: kaos anak 6rb/pcs (min 50)
Grade C: campur 3rb/pcs (per karung)
Ambil di gudang atau kirim via cargo. Stok cepat habis ya."""),
("post","plain_offer",1,1,1,1,"""Kebayang gak kalau kemeja dari Muji dan Uniqlo dijual 30rb? 😳
Bisa, karena ini baju bekas impor Jepang yang kami pilih satu per satu dari bal.
Stok lagi banyak minggu ini, datang langsung ke toko di Sleman atau order online.
Jam buka 10.00-21.00"""),
# legal
("listing","hn_new_thrift_style",1,0,1,0,"""Celana Cargo Baggy Y2K — NEW
Terinspirasi gaya thrift 2000an, tapi dijahit baru oleh penjahit lokal Bogor.
Bahan katun twill tebal, ada 6 kantong.
Warna: hitam, army, krem. Harga 145rb.
Tersedia juga versi anak."""),
("listing","hn_own_preloved",1,1,1,0,"""Jual baju bekas pribadi karena badan udah naik 2 size 🥲
- Kemeja kerja Executive 3 pcs
- Celana bahan Zara 2 pcs
- Dress Cotton Ink 1 pcs
Total 250rb ambil semua, beli sendiri di mall Bandung.
Lokasi Antapani, bisa titip gojek."""),
("post","hn_donation",0,1,1,0,"""Halo warga Perumahan Griya Asri 👋
Bank Sampah RW 12 membuka titik penerimaan pakaian bekas.
Pakaian layak pakai akan disalurkan ke panti asuhan, yang rusak akan didaur ulang jadi keset.
Kotak penerimaan ada di pos satpam, buka setiap hari."""),
("listing","hn_charity_bazaar",1,1,1,0,"""Garage Sale Amal Alumni SMA 5
Kami menjual barang bekas donasi alumni: baju, sepatu, tas, buku, elektronik kecil.
Minggu, 8 Desember, di Taman Cilaki, jam 7-11 pagi.
Hasilnya untuk biaya renovasi perpustakaan sekolah.
Datang ramai-ramai ya!"""),
("listing","hn_nonclothing_karung",1,0,0,0,"""Jual kopi arabika Gayo green bean per karung
Isi 60 kg, grade 1, panen terbaru.
Harga 135rb/kg, bisa kirim sampel 1 kg dulu.
Lokasi Takengon, pengiriman ke Medan & Jakarta."""),
("listing","hn_used_electronics",1,1,0,1,"""Jual iPhone 13 Pro ex Jepang (inter) bekas
Kondisi mulus 95%, BH 88%, kamera shutter bunyi (khas Jepang).
Fullset box, IMEI sudah terdaftar resmi.
Harga 8,9jt, lokasi Surabaya, bisa COD."""),
("article","hn_news",0,1,1,1,"""Pemerintah Kabupaten Nunukan menggelar sosialisasi larangan impor pakaian bekas kepada pedagang di perbatasan.
Selama ini, pakaian bekas dari Tawau, Malaysia, dengan mudah masuk dan dijual di pasar lokal.
Pedagang meminta solusi karena sebagian besar warga bergantung pada harga murah barang tersebut.
Pemkab berjanji mencari jalan tengah bersama Kementerian Perdagangan."""),
("article","hn_news",0,1,1,1,"""Ekonom menilai larangan impor pakaian bekas perlu disertai penguatan industri tekstil dalam negeri.
Menurutnya, permintaan terhadap barang bekas bermerek tinggi karena daya beli masyarakat terbatas.
Tanpa alternatif yang terjangkau, pasar gelap ballpress akan terus tumbuh.
Ia juga menyarankan pengawasan di pelabuhan kecil diperketat."""),
("post","hn_opinion",0,1,1,1,"""Jujur aku bingung sama orang yang bilang 'thrifting itu ramah lingkungan'.
Bajunya dikirim ribuan kilometer dalam karung, sebagian besar jadi sampah di sini.
Kalau mau sustainable, rawat baju yang udah ada, jahit kalau sobek.
Bukan nyerang yang suka thrifting ya, cuma ngajak mikir."""),
("post","hn_report_complaint",0,1,1,1,"""Lapor kak admin 🙏
Ada toko di platform ini yang jualan 'preloved' tapi sebenarnya barang bal impor.
Di deskripsinya tertulis 'ready ballpres Jepang, sortir grade A, per kilo 60rb'.
Saya sudah screenshot dan kirim ke pusat bantuan. Mohon ditindaklanjuti."""),
("comment","hn_buyer_question",0,1,1,1,"""Bang Ucok, mau tanya 😅
Monza yang di Pajak Melati itu buka hari apa aja ya sekarang?
Aku dari Binjai mau ke sana cari jas buat nikahan abang.
Takut udah pada tutup karena razia."""),
("review","hn_review",0,0,1,0,"""Rating 4/5
Kemeja batik yang saya pesan bagus, warnanya cerah dan motifnya rapi.
Sayang ukuran agak kecil dari size chart, jadi harus tukar.
Proses tukar cepat, sellernya responsif."""),
("post","hn_joke",0,1,1,1,"""Anak kos akhir bulan:
Makan: mie instan
Minum: air galon isi ulang
Baju: hasil ngawul 10rb dapet 2
Mental: karungan juga, acak-acakan 🙃
Tanggal gajian: mendadak jadi sultan sehari, besoknya balik lagi ke atas."""),
("listing","plain_clothing_listing",1,0,1,0,"""Kaos Polo Pria Lacoste Pique Cotton
Bahan lacoste CVC, kerah rajut tebal, tidak mudah melar.
Tersedia 12 warna, ukuran M sampai XXXL.
Harga satuan 65rb, grosir 55rb mulai 12 pcs.
Cocok untuk seragam kantor & komunitas."""),
("post","hn_guideline",0,1,1,1,"""Panduan singkat untuk pembeli:
Barang bekas impor (sering disebut thrift, ballpress, monza, cakar) dilarang diimpor dan diperdagangkan.
Selain melanggar aturan, barang tersebut bisa membawa jamur dan bakteri.
Jika menemukan penjual, laporkan melalui tombol 'Laporkan Produk'."""),
("post","hn_job_vacancy",0,0,1,0,"""Dicari Staff Quality Control Garmen
Penempatan Cikarang, pengalaman minimal 1 tahun di pabrik pakaian.
Memahami standar jahitan dan ukuran.
Kirim lamaran ke HRD via email sebelum 20 Desember."""),
("listing","hn_new_import",1,0,1,1,"""Tas Ransel Import Korea BARU
Bahan nylon waterproof, muat laptop 14 inch.
Produk baru, ada tag dan plastik segel dari supplier Seoul.
Warna: hitam, abu, krem. Harga 185rb.
Ready stock, kirim hari ini juga."""),
("listing","hn_majun",1,1,0,0,"""Majun kain perca / kaos bekas potong
Untuk lap mesin bengkel dan pabrik, daya serap tinggi.
Dijual per karung 25 kg, harga 6.000/kg.
Pengiriman area Jabodetabek pakai pickup."""),
("comment","hn_swap",0,1,1,0,"""Ada yang mau swap sepatu?
Aku punya Converse bekas pakai sendiri size 39, beli di toko resmi di Semarang.
Cari ukuran 40 model apa aja.
Bisa ketemu di Simpang Lima."""),
("post","hn_local_upcycle",1,1,1,0,"""Dari kain batik bekas peninggalan eyang jadi scrunchie dan masker kain 🌸
Semua dibuat sendiri di rumah, jumlahnya terbatas.
Scrunchie 15rb, masker 20rb.
Pesan lewat DM, kirim dari Solo."""),
("article","hn_news",0,1,0,1,"""Kementerian Lingkungan Hidup menolak masuknya 12 kontainer sampah kertas bekas dari Eropa di Pelabuhan Tanjung Perak.
Kontainer itu ternyata tercampur plastik dan limbah rumah tangga.
Petugas memerintahkan importir mengembalikan muatan ke negara asal."""),
("review","hn_review",0,1,1,1,"""Review jujur Pasar Cimol Gedebage setelah lama nggak ke sana:
Sekarang lebih sepi, sebagian kios ganti jualan baju baru.
Yang masih jual bekas impor tinggal beberapa lorong, harga naik karena barang susah.
Buat yang nostalgia, masih bisa mampir, tapi jangan berharap kayak dulu."""),
("post","hn_opinion",0,0,1,0,"""Makin sering beli baju lokal, makin sadar kualitasnya udah bagus banget.
Brand kecil dari Bandung dan Jogja sekarang bisa bersaing sama brand luar.
Harganya mungkin sedikit lebih mahal, tapi awet dan kita bantu ekonomi sendiri."""),
]
