R = [
("post","hn_own_preloved","""Declutter lemari sebelum pindahan 📦
Aku lepas baju preloved pribadi, semua beli sendiri di mall Jakarta:
- Blazer Zara hitam, S – 150rb
- Dress H&M floral, M – 90rb
- Kemeja Uniqlo putih, M – 60rb
Kondisi 90% ke atas, COD area Tebet atau kirim.""",1,1,1,0),
("listing","hn_used_vehicle","""Dijual Motor Bekas Honda Vario 150 Tahun 2018
Warna merah hitam, km 32.000
Pajak hidup sampai Oktober, BPKB di tangan
Mesin halus, belum pernah turun mesin
Harga 15,8jt nego tipis, lokasi Sidoarjo""",1,1,0,0),
("post","hn_charity_bazaar","""📣 BAZAR AMAL SMP NEGERI 7
Sabtu, 14 September, pukul 08.00–12.00 di aula sekolah.
Menjual baju bekas layak pakai hasil donasi siswa dan guru, buku bekas, dan makanan ringan.
Harga baju 5rb–20rb. Seluruh hasil untuk renovasi perpustakaan.
Ajak keluarga ya!""",1,1,1,0),
("listing","hn_new_import","""Jaket Puffer Import Korea BARU – BNWT
Masih lengkap dengan tag dan plastik
Bahan nylon, isian dakron tebal, cocok untuk ke luar negeri
Ukuran M, L, XL, warna hitam/krem/olive
Harga 289rb, ready stok di Jakarta, bukan barang bekas ya kak""",1,0,1,1),
("post","hn_thrift_style_new","""Kalian suka vibe kemeja thrift tapi males bau apek? 😆
Kami bikin kemeja motif retro dengan bahan rayon baru, jahit di konveksi sendiri di Bandung.
Look-nya kayak barang vintage, tapi 100% baru dan lokal.
Harga 99rb, PO dibuka sampai Minggu. #localbrand #thriftlook""",1,0,1,0),
("listing","hn_used_phone","""HP Second iPhone 12 Pro 128GB Ex Inter
Battery health 82%, Face ID normal, tidak ada minus fungsi
Layar ada baret halus (tidak terasa)
Kelengkapan: unit + kabel data
Harga 6,2jt, COD Surabaya Barat""",1,1,0,0),
("post","hn_donation","""Halo warga RW 05 🙏
Kami dari Karang Taruna membuka posko donasi pakaian layak pakai untuk korban kebakaran di Kampung Bali.
Baju bekas yang masih bersih, selimut, dan perlengkapan bayi sangat dibutuhkan.
Bisa diantar ke balai RW sampai Jumat. Terima kasih atas kepeduliannya.""",0,1,1,0),
("listing","hn_rice_sack","""Jual Beras Medium per Karung
Karung 50 kg: Rp620.000
Karung 25 kg: Rp320.000
Beras hasil panen petani Karawang, pulen dan tidak berbau
Antar gratis untuk area Cikampek, minimal 2 karung""",1,0,0,0),
("post","hn_football_bal","""Jadwal bal-balan antar RT bulan iki 🏆⚽
Sabtu: RT 01 vs RT 03
Minggu: RT 02 vs RT 04
Kabeh main jam 3 sore neng lapangan SD.
Sing dadi supporter ojo lali nggowo banyu, panas pol.""",0,0,0,0),
("listing","hn_factory_reject","""Kaos Polos Reject Pabrik – Produksi Garmen Bogor
Minus: sablon label luntur / jahitan miring sedikit
Bahan cotton combed 24s, barang baru bukan bekas
Harga 12rb/pcs, minimal 1 lusin
Cocok untuk kaos kerja atau sablon ulang""",1,0,1,0),
("post","hn_own_preloved","""Jual baju bekas anak, udah kekecilan semua 😅
Isi 15 pcs ukuran 2-3 tahun, ada kaos, celana, piyama.
Dulu beli di Mothercare dan Carter's di mall, masih bagus dan wangi.
Paket 120rb, COD sekitar Sleman.""",1,1,1,0),
("listing","hn_cardboard","""Kardus Bekas Murah untuk Pindahan
Ukuran besar (60x40x40), kondisi kokoh
Harga 3rb/pcs, ambil 20 pcs 50rb
Bisa ambil di Jl. Raya Bogor km 30
Juga tersedia lakban dan bubble wrap""",1,1,0,0),
("post","hn_new_import","""OPEN JASTIP UNIQLO JEPANG 🇯🇵
Tanggal belanja 10–15 Desember di Tokyo.
Barang baru langsung dari toko, dengan struk.
Fee 20% dari harga, ongkir pesawat dihitung per kilo.
Form order di link bio, DP 50%.""",1,0,1,1),
("listing","hn_used_furniture","""Dijual Meja Makan Kayu Jati Bekas + 6 Kursi
Ukuran 180x90 cm, finishing natural
Ada sedikit goresan di permukaan, masih kokoh
Harga 3,5jt, lokasi Jepara, bisa bantu kirim dengan biaya tambahan""",1,1,0,0),
("post","hn_swap","""Swap baju komunitas Ibu Hijau Depok 🌱
Minggu, 20 Oktober, di taman Kota Kembang.
Bawa maksimal 5 baju bekas layak pakai dari lemarimu, tukar dengan baju lain.
Tidak ada jual beli, semua gratis. Sisa baju akan didonasikan ke panti.""",0,1,1,0),
("listing","hn_majun","""Jual Majun Kain Perca per Karung
Berat 25 kg, potongan kaos dan katun campur
Daya serap bagus untuk bengkel, pabrik, dan percetakan
Harga 110rb/karung, bisa kirim ke seluruh Jabodetabek""",1,1,0,0),
("post","hn_hay_bale","""Stok jerami kering untuk pakan ternak ready lagi 🐄
Per bal berat ±20 kg, harga 18rb.
Ambil 50 bal ke atas kami antar ke lokasi.
Hubungi Pak Darmo 0852xxxx, Boyolali.""",1,0,0,0),
("listing","hn_sisa_ekspor","""Celana Jogger Sisa Ekspor – Baru
Produksi pabrik garmen Semarang, label brand luar sudah dipotong
Bahan fleece tebal, jahitan rapi
Ukuran M-XXL, harga 75rb, grosir 10 pcs 650rb""",1,0,1,0),
("post","hn_own_preloved","""Preloved gaun pengantin aku 🤍
Dipakai sekali untuk akad, dijahit di butik Surabaya tahun lalu.
Warna putih gading, ukuran M, dengan veil.
Harga 1,5jt nego. Bisa fitting dulu di rumah (Surabaya Timur).""",1,1,1,0),
("listing","hn_used_vehicle","""Mobil Bekas Daihatsu Xenia 2016 Manual
Tangan kedua, servis rutin, pajak baru dibayar
Interior bersih, AC dingin
Harga 105jt nego, lokasi Makassar, bisa cek unit di rumah""",1,1,0,0),
]
