ITEMS = [
("listing","hn_own_preloved",1,1,1,0,"""PRELOVED PRIBADI - beres-beres lemari 🧺
1. Dress hitam Zalora size S, 2x pakai - 80rb
2. Kemeja putih The Executive size M - 60rb
3. Rok plisket mustard - 40rb
Semua koleksi sendiri, bukan thrift/bal.
COD area Tebet atau kirim, ongkir ditanggung pembeli."""),
("post","hn_donation",0,1,1,0,"""Open donasi pakaian layak pakai 🙏
Untuk warga terdampak banjir di Kabupaten Bandung.
Yang dibutuhkan: baju anak, sarung, selimut, pakaian dalam baru.
Drop point: Sekretariat Karang Taruna RW 07, setiap hari 16.00-21.00.
Mohon pakaian sudah dicuci dan dilipat rapi."""),
("listing","hn_used_nonclothing",1,1,0,0,"""Dijual Motor Bekas Yamaha NMAX 2021
Warna hitam doff, KM 18.000
Pajak hidup sampai Agustus, BPKB ada
Servis rutin di bengkel resmi
Harga 24,5 juta nego tipis
Lokasi Ciputat, bisa cek langsung"""),
("listing","hn_thrift_style_new",1,0,1,0,"""NEW DROP: Vintage Wash Series 🤎
Kaos oversize dengan efek pudar ala thrift, tapi 100% baru dari konveksi kami sendiri
Bahan cotton 24s, sablon plastisol
Ukuran M, L, XL
Harga 89rb, launching price 75rb sampai Minggu"""),
("listing","hn_new_import",1,0,1,1,"""Jaket Windbreaker Import Korea - BARU
Masih segel plastik, tag lengkap
Warna: hitam, cream, hijau army
Size M-XL
Harga 165rb
Barang baru ya kak, bukan second/thrift"""),
("listing","hn_school_bazaar",1,1,1,0,"""BAZAR AMAL SD Tunas Bangsa
Sabtu, 14 Juni, pukul 08.00-12.00 di halaman sekolah
Menjual baju bekas layak pakai hasil sumbangan orang tua murid, buku, dan mainan
Harga 2.000 - 15.000
Seluruh hasil untuk renovasi perpustakaan."""),
("listing","hn_karung_nonclothing",1,0,0,0,"""Jual Beras Medium per Karung
Isi 50 kg, harga 600rb
Beras hasil panen sendiri dari Karawang
Pengiriman area Bekasi & Jakarta Timur gratis min 2 karung
Hubungi Pak Darto 0813xxxx"""),
("post","hn_bal_other_sense",0,0,0,0,"""Minggu sore iki bal-balan antar RT neng lapangan Desa Sumberrejo ⚽
Tim RT 02 lawan RT 05
Sing ora main, teko ae nonton karo nggowo gorengan
Kick off jam 3 sore
Sing kalah mbayari es teh"""),
("listing","hn_factory_reject",1,0,1,0,"""Grosir Kaos Reject Ekspor
Barang baru, cacat minor (jahitan miring, sablon sedikit geser)
Merk luar, produksi pabrik garmen di Bawen
Harga 15rb/pcs, min 50 pcs
Cocok buat jualan di pasar malam"""),
("listing","hn_own_preloved",1,1,1,0,"""Jual baju bekas anak laki2 saya, umur 1-2 tahun.
Ada 20 pcs: kaos, celana pendek, piyama. Kebanyakan merk Carter's beli di mal.
Kondisi masih bagus, ada 2 yang ada noda kecil.
Semua 150rb, tidak dijual satuan.
Ambil di Bintaro ya bun."""),
("listing","hn_used_nonclothing",1,1,0,0,"""HP Second iPhone 12 Pro 128GB
Warna pacific blue, ex iBox
Battery health 86%, Face ID normal
Lecet pemakaian halus di frame
Kelengkapan box & kabel
Harga 7,3 juta, COD Grand Indonesia"""),
("listing","hn_bal_other_sense",1,0,0,0,"""Dijual bal jerami padi kering
Cocok untuk pakan ternak & alas kandang
1 bal ± 15 kg, harga 30rb
Stok 200 bal, lokasi Klaten
Bisa antar pakai pickup untuk pembelian di atas 50 bal"""),
("post","hn_donation",0,1,1,0,"""Terima kasih teman-teman yang sudah menyumbang! 💛
Kemarin kami berhasil mengumpulkan 38 karung baju bekas, 12 dus buku, dan 5 karung sepatu.
Semua sudah dipilah dan dikirim ke desa-desa di Sumba Timur.
Kegiatan berikutnya bulan depan, info menyusul."""),
("listing","hn_thrift_style_new",1,0,1,0,"""Kemeja Flanel Pria Thrift Style
Bahan flanel tebal, motif kotak klasik
Produk lokal, jahitan rapi, BARU bukan bekas
Tersedia 6 warna, size S sampai XXL
Harga 95rb, grosir mulai 12 pcs"""),
("listing","hn_used_nonclothing",1,1,0,0,"""Sofa Bekas 3 Dudukan + 2 Single
Bahan kain oscar warna abu
Busa masih empuk, rangka kayu kuat
Pindah rumah, harus cepat laku
Harga 2,5jt, angkut sendiri, lokasi Sleman"""),
("listing","hn_new_import",1,0,1,1,"""Sepatu Import China Baru Model Chunky
Bahan PU leather, sol tebal 5cm
Ukuran 36-40, warna putih & hitam
Harga 120rb, ready banyak
Bisa grosir untuk reseller, barang baru box lengkap"""),
]
