ITEMS = [
("article","hn_news",0,1,1,1,"""Bandung — Ratusan pedagang pakaian bekas di kawasan Cimol Gedebage menggelar aksi damai di depan Gedung Sate.
Mereka meminta pemerintah memberi solusi sebelum melarang penjualan baju bekas impor.
"Kami bukan importir, kami hanya jualan eceran," kata koordinator aksi.
Pemprov berjanji memfasilitasi pertemuan dengan Kementerian Perdagangan pekan depan."""),
("post","hn_question",0,1,1,1,"""Tanya dong, ada yang pernah ke lapak lelong di Nunukan?
Aku dinas ke sana bulan depan, penasaran sama pasarnya.
Katanya barang-barang dari Malaysia semua ya?
Aman gak sih buat dilihat-lihat doang?"""),
("comment","hn_complaint",0,1,1,1,"""Aku pembeli setia thrift tapi kecewa sama seller live tadi malam.
Dia bilang 'bal Jepang grade A', yang aku terima 3 kemeja sobek dan 1 kaos berjamur.
Minta retur ditolak dengan alasan 'namanya juga barang bekas'.
Jadi pelajaran buat kalian, minta video unboxing dan foto detail sebelum bayar."""),
("article","hn_news",0,1,1,1,"""Asosiasi Pertekstilan Indonesia menilai maraknya pakaian bekas impor yang dijual melalui siaran langsung di media sosial memperparah tekanan terhadap industri garmen.
Menurut asosiasi, harga jual eceran yang sangat rendah membuat produk lokal sulit bersaing.
Mereka mendesak platform digital menurunkan konten penjualan balpres secara proaktif.
Pihak platform menyatakan telah menghapus ribuan tautan sejak awal tahun."""),
("post","hn_joke",0,1,1,1,"""Dialog di rumah tiap aku pulang dari cakar:
Mama: beli apa lagi?
Aku: cuma satu kok
Mama: kok kantongnya tiga?
Aku: ...itu bonus dari ibu penjualnya
Mama: 🙄
😭"""),
("review","hn_review_noseller",0,1,1,1,"""Sudah 5 tahun aku belanja baju bekas impor, ini tips dari pengalaman:
1. Cek ketiak dan kerah, bagian yang paling sering kuning
2. Cium baunya, kalau apek parah biasanya susah hilang
3. Resleting dan kancing dicoba di tempat
4. Rendam air panas + cuka sebelum dipakai
Semoga membantu yang baru mulai thrifting."""),
("article","hn_news",0,1,1,1,"""Kupang — Pedagang roma di Pasar Inpres Naikoten mengeluhkan pasokan pakaian bekas yang biasa masuk lewat perbatasan Motaain kian seret.
Sebagian pedagang mulai beralih menjual pakaian baru dari Surabaya meski keuntungannya lebih tipis.
Pemerintah daerah menawarkan pelatihan usaha bagi pedagang terdampak."""),
("post","hn_opinion",0,1,1,1,"""Unpopular opinion: thrifting jadi keren karena influencer, bukan karena peduli lingkungan.
Kalau beneran peduli lingkungan, pakai baju yang sudah ada di lemari, tukar sama teman, atau beli dari preloved lokal.
Bal impor itu juga dibawa kapal ribuan kilometer, dan banyak isinya yang ujungnya dibuang.
Boleh beda pendapat ya, ini cuma pikiran aku."""),
("listing","new_clothing_listing",1,0,1,0,"""Gamis Rayon Premium Motif Daun
Bahan adem, tidak menerawang, busui friendly
Ukuran M, L, XL (LD sampai 120)
Harga 145rb
Produksi sendiri di Tanah Abang, bisa grosir
Ready 5 warna"""),
("listing","school_uniform",1,0,1,0,"""SERAGAM SEKOLAH LENGKAP SD - SMA
Kemeja putih, rok/celana merah, biru, abu
Bahan tetoron cotton, jahitan kuat
Ukuran anak sampai dewasa
Harga mulai 45rb
Toko Seragam Pak Hadi, Pasar Kosambi Bandung"""),
("listing","batik_listing",1,0,1,0,"""Kemeja Batik Tulis Pria Lengan Panjang
Motif Parang Barong, pewarna alam
Dikerjakan pengrajin Giriloyo, Bantul
Ukuran M-XXL, furing full
Harga 450rb
Cocok untuk kondangan & acara resmi"""),
("profile","legal_shop_bio",1,0,1,0,"""Rumah Jahit Bu Marni ✂️
Jahit baju, kebaya, seragam & permak
Terima pesanan seragam kantor dan kelompok
Ukur di tempat area Cimahi
Jam kerja 08.00-17.00"""),
("listing","new_clothing_listing",1,0,1,0,"""Kaos Polos Anak Cotton Combed 30s
Ukuran 1-12 tahun
Warna: putih, hitam, navy, kuning, merah
Harga satuan 18rb, lusin 190rb
Cocok untuk sablon & seragam TK"""),
("live","live_legal",1,0,1,0,"""Selamat malam kakak-kakak! 💕
Live kita malam ini koleksi mukena dan sajadah untuk hadiah lebaran
Semua produksi sendiri dari penjahit kami di Tasikmalaya
Mukena bordir 120rb, mukena anak 65rb
Checkout di keranjang kuning ya"""),
("listing","new_clothing_listing",1,0,1,0,"""Sepatu Sneakers Lokal Brand Bandung
Upper canvas, sol karet vulkanisir
Ukuran 36-45
Warna: putih, hitam, krem
Harga 229rb, garansi jahitan 6 bulan
Baru, box & kertas lengkap"""),
("message","wa_broadcast_legal",1,0,1,0,"""Selamat pagi kak 😊
Koleksi hijab pashmina ceruty terbaru sudah ready:
- Warna earth tone 8 pilihan
- Harga 35rb, 3 pcs 95rb
Pemesanan via WA ini atau di Shopee kami.
Pengiriman dari Pekalongan setiap hari."""),
]
