# long-form batch 6: legal, ordinary clothing listings and bios with no trade word
DATA = [
("""Kemeja Batik Pria Premium Lengan Panjang
Bahan katun primisima, furing full
Motif: Mega Mendung, Parang, Kawung
Ukuran M, L, XL, XXL
Harga 165rb
Produksi Pekalongan, jahitan rapi, cocok buat kondangan dan kantor""", "listing", "hn_plain_new_clothing", 1,0,1,0),
("""Gamis Syari Set Khimar - Koleksi Ramadhan
Bahan: ceruty babydoll premium
Warna: dusty pink, sage, mocca, hitam
Ukuran: M, L, XL (lihat size chart di foto)
Harga 189rb, reseller dapat harga khusus
Ready stok, kirim setiap hari""", "listing", "hn_plain_new_clothing", 1,0,1,0),
("""Seragam Sekolah SD Lengkap
Kemeja putih + celana/rok merah
Bahan tetoron cotton, tidak panas
Ukuran 6 sampai 16
Harga mulai 85rb per setel
Toko kami di Pasar Jatinegara, bisa juga pesan online""", "listing", "hn_school_uniform", 1,0,1,0),
("""✨ NEW DROP ✨
Hoodie lokal "Senja" edisi terbatas
Bahan fleece 280gsm, sablon DTF
Warna: hitam, abu, krem
Ukuran M-XXL
Harga pre-order 179rb sampai Jumat
Made in Bandung 🇮🇩""", "post", "hn_local_brand", 1,0,1,0),
("""Jasa Jahit Baju Pak Slamet
Menerima: kemeja, celana, kebaya, seragam
Bisa bawa kain sendiri
Lama pengerjaan 5-7 hari
Ongkos jahit kemeja mulai 80rb
Alamat: Jl. Melati No. 8, Klaten""", "profile", "hn_tailoring", 1,0,1,0),
("""Konveksi Kaos Custom Murah 👕
Min order 12 pcs
Bahan cotton combed 24s/30s
Sablon plastisol atau DTF
Harga mulai 55rb/pcs termasuk sablon 1 sisi
Cocok buat komunitas, event, kantor
Free desain!""", "post", "hn_tailoring", 1,0,1,0),
("""Sepatu Kulit Cibaduyut Handmade
Model: pantofel pria formal
Kulit sapi asli, sol karet anti licin
Ukuran 38-44
Harga 275rb
Garansi jahitan 3 bulan
Dikirim langsung dari workshop di Bandung""", "listing", "hn_local_brand", 1,0,1,0),
("""Tas Anyaman Rotan Bali
Handmade oleh pengrajin di Tenganan
Diameter 20cm, tali kulit sintetis
Cocok buat ke pantai atau hangout
Harga 135rb
Grosir min 10 pcs, harga khusus""", "listing", "hn_local_brand", 1,0,1,0),
("""Promo Hari Batik Nasional 🎉
Diskon 20% semua kemeja dan dress batik
Berlaku 2-4 Oktober
Belanja di toko offline atau marketplace kami
Gratis ongkir untuk pembelian minimal 200rb""", "post", "hn_plain_promo", 1,0,1,0),
("""Daster Rayon Jumbo Motif Bunga
LD 120, panjang 110
Bahan adem, tidak menerawang
Busui friendly (resleting depan)
Harga 45rb, ambil 3 jadi 120rb
Cocok buat ibu-ibu di rumah""", "listing", "hn_plain_new_clothing", 1,0,1,0),
("""Kebaya Modern Wisuda
Bahan brokat premium + furing
Warna: putih, navy, emerald, lilac
Bisa request ukuran (tambah 3 hari)
Harga 250rb
Sewa juga tersedia 100rb/3 hari""", "listing", "hn_plain_new_clothing", 1,0,1,0),
("""Halo kak, untuk kemeja linen yang kakak tanya masih ready ya.
Ukuran M dan L warna putih dan navy.
Bahannya linen rami campur, adem tapi memang agak gampang kusut.
Harga 139rb, bisa langsung checkout, hari ini masih kirim.""", "comment", "hn_plain_comment", 1,0,1,0),
("""Live jam 7 malam bareng owner! 🎥
Koleksi gamis lebaran baru, 12 warna
Voucher potongan 25rb untuk 50 pembeli pertama
Tanya ukuran langsung di live ya
Sampai jumpa bunda-bunda""", "live", "hn_plain_live", 1,0,1,0),
("""Jaket Kulit Domba Garut Asli
Model: biker pria
Kulit domba lembut, furing dacron
Ukuran S-XXXL, bisa custom
Harga 850rb
Dibuat oleh pengrajin Sukaregang, bergaransi""", "listing", "hn_local_brand", 1,0,1,0),
("""Open Reseller Hijab Instan 💕
Produk sendiri, dijahit di konveksi kami
Modal mulai 300rb dapat 12 pcs
Harga reseller 25rb, jual 40-45rb
Foto katalog disediakan
Daftar lewat WA admin""", "post", "hn_plain_reseller", 1,0,1,0),
("""Setelan Baju Anak Laki-laki
Kaos + celana pendek, bahan katun bambu
Usia 1-5 tahun
Motif dinosaurus, mobil, roket
Harga 55rb per set
Produk lokal ber-SNI""", "listing", "hn_plain_new_clothing", 1,0,1,0),
("""Sarung Tenun Goyor Asli Pemalang
Bahan halus dan dingin dipakai
Motif kotak klasik dan bunga
Panjang 2 meter
Harga 225rb
Cocok untuk hadiah ayah atau mertua""", "listing", "hn_batik", 1,0,1,0),
("""Ulasan: baru terima kemeja batik pesanan, warnanya sesuai foto, bahannya halus, dan jahitannya rapi banget.
Ukuran L pas di badan 70kg.
Pengiriman 2 hari ke Surabaya.
Terima kasih, bakal belanja lagi untuk seragam keluarga.""", "review", "hn_review_new", 0,0,1,0),
("""Toko Seragam Bu Hartini
Sedia seragam SD, SMP, SMA, pramuka, batik sekolah
Terima pesanan seragam kantor & instansi
Buka setiap hari 08.00-20.00
Jl. Diponegoro 12, Magelang""", "profile", "hn_plain_shop_bio", 1,0,1,0),
("""Celana Jeans Pria Lokal Selvedge 14oz
Potongan slim tapered
Dijahit di Bandung, benang kuat
Ukuran 28-36
Harga 349rb
Bisa permak panjang gratis di workshop kami""", "listing", "hn_local_brand", 1,0,1,0),
("""Blus Kerja Wanita Korean Style (baru)
Bahan wolfis premium tidak mudah kusut
Lengan panjang dengan kancing mutiara
Warna: putih, khaki, baby blue
Harga 95rb
Produksi konveksi Jakarta""", "listing", "hn_plain_new_clothing", 1,0,1,0),
("""Grosir Kaos Polos Tanah Abang
Per lusin mulai 240rb
Warna lengkap 30 pilihan
Ukuran S-XXL
Kirim via ekspedisi ke seluruh Indonesia
Blok B lantai 3 no. 45""", "profile", "hn_plain_wholesale", 1,0,1,0),
("""Baju Adat Anak untuk Karnaval 🇮🇩
Jawa, Bali, Minang, Dayak, Papua
Ukuran TK sampai SD
Jual dan sewa
Harga beli mulai 120rb, sewa 50rb
Pesan minimal 3 hari sebelum acara""", "listing", "hn_tailoring", 1,0,1,0),
("""Mau tanya kak, mukena katun yang motif daun ini bahannya jatuh nggak?
Terus ada tas kecilnya juga?
Kalau pesan 5 buat hadiah pengajian dapat potongan harga?""", "comment", "hn_buyer_question_new", 0,0,1,0),
("""Sepatu Lari Lokal Ortuseight Hyperblast
Baru, box lengkap
Ukuran 39-44
Bobot ringan, cocok lari jarak menengah
Harga 499rb
Toko resmi, garansi 30 hari""", "listing", "hn_local_brand", 1,0,1,0),
]
