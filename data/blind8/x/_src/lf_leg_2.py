ITEMS = [
("listing","hn_own_preloved",1,1,1,0,"""Preloved kebaya akad nikah saya ✨
Kebaya brokat putih tulang, jahitan penjahit di Solo
Lingkar dada 90, panjang 110
Cuma dipakai sekali, sudah dry clean
Harga 750rb (beli 2,3jt)
Bisa fitting di rumah, daerah Banyumanik"""),
("post","hn_swap",0,1,1,0,"""Kegiatan SWAP BAJU komunitas ibu-ibu Perumahan Griya Asri 👗
Bawa maksimal 5 baju bekas layak pakai, tukar dengan baju lain
Tidak ada jual beli, semua gratis
Minggu, 20 Juli jam 9 di balai warga
Baju yang tidak laku akan disumbangkan ke panti"""),
("listing","hn_karung_nonclothing",1,1,0,0,"""Jual kardus bekas & kertas koran
Per karung / per kilo, harga mengikuti pasar
Kardus 2.500/kg, koran 3.000/kg
Bisa dijemput untuk minimal 100 kg
Lokasi pengepul di Cengkareng"""),
("listing","hn_majun",1,1,0,0,"""Majun Kaos Putih untuk Industri
Potongan kain bekas kaos, bersih, tanpa kancing & resleting
Daya serap tinggi untuk lap oli dan mesin
Dijual per karung 25 kg, 180rb
Kirim ke kawasan industri Cikarang & Karawang"""),
("listing","hn_used_nonclothing",1,1,0,0,"""Dijual Mesin Cuci Bekas Samsung 7 kg
Front loading, semua program normal
Ada bekas lecet di body samping
Alasan jual: dapat hadiah mesin baru
Harga 1,8 juta, Depok"""),
("listing","hn_thrift_style_new",1,0,1,0,"""Celana Baggy Jeans 'Thrift Look' Wanita
Model longgar, wash biru pudar kayak celana vintage
Barang BARU produksi konveksi di Bandung
Size 27-34
Harga 135rb
Pre-order 5 hari kerja"""),
("listing","hn_new_import",1,0,1,1,"""Ready Stok Hoodie Import Thailand 🇹🇭
BNWT (brand new with tag)
Bahan fleece tebal, sablon timbul
Size M/L/XL
Harga 210rb
Barang dibeli langsung dari Pratunam, baru semua"""),
("listing","hn_school_bazaar",1,1,1,0,"""Garage Sale Amal Gereja St. Yosef
Menjual pakaian bekas sumbangan umat, perabot dan buku
Semua pakaian sudah dicuci & disortir oleh relawan
Sabtu-Minggu di aula paroki
Hasil penjualan untuk beasiswa anak kurang mampu"""),
("listing","hn_factory_reject",1,0,1,0,"""Sisa Ekspor Celana Chino Pria
Baru, produksi pabrik di Tangerang untuk brand luar
Ada sedikit minus di label / jahitan dalam
Ukuran 28-38
Harga 55rb, grosir 45rb
Stok terbatas"""),
("post","hn_bal_other_sense",0,0,0,0,"""Kenangan masa kecil: main bal pakai bola plastik di gang 😂
Gawangnya sandal jepit, wasitnya ga ada
Tiap bola masuk got, semua lari
Sekarang anak-anak mainnya di HP terus
Siapa yang dulu juga gitu?"""),
("listing","hn_used_nonclothing",1,1,0,0,"""Buku Bekas Novel Tere Liye & Dee Lestari
Total 15 buku, kondisi baik, tidak ada coretan
Dijual paket 300rb atau satuan 25rb
Beli dulu di Gramedia, sekarang rak sudah penuh
COD area Malang kota"""),
("listing","hn_own_preloved",1,1,1,0,"""Decluttering sepatu 👟
- Adidas Samba ukuran 39, beli di Foot Locker Senayan, dipakai 3 bulan - 700rb
- Converse hitam 39, sol masih tebal - 250rb
- Flat shoes lokal Sadasa 39 - 100rb
Semua pribadi ya, foto asli. DM kalau minat."""),
("post","hn_donation",0,1,1,0,"""Butuh bantuan teman-teman 🙏
Panti asuhan Al-Ikhlas di Bogor sedang kekurangan seragam sekolah dan sepatu.
Kalau ada seragam bekas anak yang sudah tidak muat, boleh sekali disumbangkan.
Bisa dikirim ke alamat panti atau kami jemput area Bogor.
Kontak pengurus 0821xxxx."""),
("listing","hn_karung_nonclothing",1,0,0,0,"""Jual Pupuk Organik Kompos
Kemasan karung 40 kg
Cocok untuk sayur, bunga, dan buah
Harga 35rb per karung, 10 karung 300rb
Produksi kelompok tani Lembang"""),
("listing","hn_used_nonclothing",1,1,0,0,"""Dijual Mobil Bekas Honda Brio Satya 2018
Transmisi manual, warna putih
KM 65 ribu, pajak panjang
Interior bersih, tidak pernah banjir
Harga 118 juta nego
Lokasi Surabaya Barat"""),
("listing","hn_new_import",1,0,1,1,"""Tas Wanita Import Batam Model Terbaru 2025
Bahan kulit sintetis premium, baru dengan dustbag
Warna hitam, coklat, cream
Harga 95rb
Barang baru ya bukan preloved
Reseller dan dropship welcome"""),
]
