R = [
("post","hn_new_thrift_style","1011","""NEW ARRIVAL – 'Tokyo Archive' Collection 🇯🇵
Kemeja motif retro, jaket corduroy, celana pleated ala thrift Jepang.
Tapi ingat ya kak: semua barang BARU, impor resmi dari Guangzhou, lengkap label & plastik.
Bukan second, bukan dari karung.
Size S–XXL, harga mulai 89rb. Order via Shopee atau DM."""),
("post","hn_local_production","1010","""Buat kamu yang suka gaya vintage tapi mau dukung brand lokal 🇮🇩
Kami produksi kemeja flanel dan jaket denim ber-wash 'used look' di workshop kami di Bandung.
Bahannya baru, dijahit penjahit lokal, dan setiap potong bernomor.
Jadi kamu dapat tampilan kayak hasil ngubek Gedebage, tanpa barang bekas impor.
PO dibuka sampai Minggu!"""),
("post","hn_own_preloved","1110","""Decluttering lemari sebelum pindah ke Surabaya 📦
Semua barang preloved pribadi, dibeli sendiri di mall Jakarta, bukan barang impor bekas:
- blazer Zara hitam, S, 150rb
- dress H&M hijau, M, 90rb
- sepatu Vans, 39, 200rb
- tas kanvas Eiger, 120rb
Bisa COD Tebet, atau kirim. DM aja ya."""),
("post","hn_charity_bazaar","1110","""🌼 BAZAR AMAL SEKOLAH 🌼
SD Tunas Harapan mengadakan bazar pakaian layak pakai hasil donasi orang tua murid.
Semua barang bekas pakai keluarga kami sendiri, sudah dicuci dan disetrika.
Harga Rp 5.000–Rp 25.000. Hasil penjualan untuk perbaikan perpustakaan sekolah.
Sabtu, 08.00–12.00 di halaman sekolah. Ajak keluarga ya!"""),
("listing","hn_other_goods_bale","1101","""Jual kardus bekas impor per bal
- bal 500 kg, sortiran kardus cokelat bersih
- asal Jepang & Singapura, masuk via Batam
- cocok untuk pabrik kertas daur ulang
Harga per kg nego, minimal 5 ton. Gudang di Kabil, Batam."""),
("listing","hn_used_vehicle_phone","1101","""Dijual HP second ex Jepang, bergaransi toko
- iPhone XR 64GB, BH 84%, mulus — 3,1 jt
- Pixel 6 ex Japan, sinyal aman — 2,6 jt
- Galaxy S10 ex Korea, layar ada shadow tipis — 1,9 jt
Semua unit sudah dicek teknisi. Toko di Batam Center, bisa kirim ke seluruh Indonesia."""),
("listing","hn_sisa_ekspor","1010","""Grosir sisa ekspor pabrik garmen Sukabumi 🧵
Kaos, polo, dan celana pendek merk luar (tag dipotong), BARU belum pernah dipakai.
Ada cacat kecil di sebagian: jahitan miring, warna belang sedikit.
Dijual per kodi (20 pcs) mulai 250rb.
Bukan barang bekas dan bukan impor, murni produksi dalam negeri."""),
("post","hn_local_used_sale","1110","""Pasar Minggu Preloved Kampung Kota 🌱
Warga Kelurahan Sukamaju membuka lapak baju bekas milik sendiri setiap Minggu pagi di lapangan RW.
Aturan kami: hanya barang pribadi warga, bukan karung dari luar negeri, bukan barang kulakan.
Semua sudah dicuci. Harga 2–30 ribu.
Mari saling berbagi, yang lebih mampu boleh bayar lebih 😊"""),
("post","hn_new_import","1011","""JASTIP TOKYO – batch Mei ✈️
Aku berangkat ke Tokyo tanggal 12, bisa titip:
- Uniqlo, GU, Muji (barang baru)
- sneakers dari ABC Mart (baru, box & nota)
Maaf, aku TIDAK terima titip barang second/preloved dari toko bekas ya, karena aturannya melarang.
Close order 10 Mei, DP 50%."""),
("listing","hn_other_goods_bale","1100","""Karung goni bekas (jute) siap pakai 🌾
- ukuran 60x100 cm, bekas wadah kopi dan kakao
- kondisi 80–90%, tanpa lubang besar
- cocok untuk karung pasir, media tanam, atau kerajinan
Harga 3.500/lembar, ambil 100 lembar 3.000.
Lokasi gudang di Lampung, bisa kirim."""),
("post","hn_upcycle_sale","1110","""Upcycle project kami 🧵✂️
Tote bag dan pouch dari celana jeans bekas yang dikumpulkan dari warga sekitar Yogyakarta.
Tidak ada bahan impor, semua jeans lungsuran lokal yang sudah tidak terpakai.
Satu tote 75rb, pouch 35rb. Sebagian keuntungan untuk bank sampah kampung.
Order via DM, kirim dari Jogja."""),
("listing","hn_used_vehicle_phone","1101","""Motor trail bekas CBU Jepang
Yamaha Serow 250, tahun 2012, dokumen lengkap impor resmi
Mesin halus, ban baru, siap touring
Harga 38 juta nego, lokasi Medan (dekat Belawan)
Serius hubungi 0812xxxx"""),
("post","hn_new_thrift_style","1011","""Jangan ketipu kata 'thrift' ya kak 😊
Di toko kami, koleksi 'Thrift Vibes' artinya model yang terinspirasi baju jadul, BUKAN barang bekas.
Semua produk kami baru, impor dari Korea lewat importir resmi, ada label SNI.
Kalau kamu cari barang seken dari karung, itu bukan di sini.
Cek koleksi lengkap di katalog."""),
("post","hn_own_preloved","1110","""Jual preloved kebaya & batik ibu saya 🙏
Semua dijahit di Solo tahun 90-an, dipakai untuk acara keluarga.
- kebaya brokat merah marun, M — 300rb
- kain batik tulis Lasem — 450rb
- selendang sutra — 150rb
Barang lokal, bukan impor. Bisa lihat langsung di Solo."""),
("post","hn_charity_bazaar","1110","""Garage sale gereja untuk korban banjir 🙏
Jemaat GPIB Immanuel menyumbangkan pakaian bekas layak pakai, sepatu, dan tas.
Semua barang dari lemari jemaat sendiri, sudah dicuci bersih.
Dijual mulai 5 ribu pada Minggu setelah ibadah pagi.
Seluruh hasil disalurkan ke posko banjir Kabupaten Bekasi."""),
("post","hn_job_vacancy","0111","""LOWONGAN KERJA – Gudang Sortir
Dibutuhkan 5 orang tenaga sortir di gudang baju second daerah Bandung Timur.
Tugas: membongkar karung dari Korea dan Jepang, memilah berdasarkan jenis dan kualitas.
Gaji harian 100rb, makan siang.
Catatan admin grup: postingan ini kami simpan sebagai contoh lowongan yang berkaitan dengan barang terlarang, mohon tidak dilamar."""),
("post","hn_donation_request","0110","""Open donasi pakaian layak pakai 🙏
Yayasan Pelita Anak menerima sumbangan baju second dari masyarakat untuk anak-anak di Nusa Tenggara Timur.
Yang kami terima: baju anak, seragam, sepatu, selimut. Mohon dicuci dulu.
Kami tidak menjual barang donasi dan tidak menerima kiriman karung dari luar negeri.
Drop point: kantor yayasan di Depok, Senin–Jumat."""),
("article","hn_guideline","0111","""Pedoman Moderasi Konten – Pakaian Bekas Impor
Konten DILARANG: penawaran pakaian bekas dari luar negeri, termasuk yang memakai istilah 'bal', 'karungan', 'goni Korea', 'ex Japan', 'monza', 'cakar', atau ejaan samaran.
Konten DIBOLEHKAN: berita, opini, edukasi, keluhan pembeli, peringatan penipuan, dan penjualan preloved pribadi yang dibeli di dalam negeri.
Moderator wajib membaca konteks, bukan hanya kata kunci."""),
("post","hn_travel_food","0000","""Kuliner wajib setelah berburu baju di Pasar Senen 🍜
1. Soto Betawi di belakang stasiun, kuahnya kental
2. Martabak dekat Kramat, buka sore
3. Es cendol di pintu masuk Blok III
Perut kenyang, hati senang. Tulisan ini bukan endorse, murni rekomendasi makanan ya!"""),
("post","hn_upcycling","0110","""DIY: Mengubah kemeja bekas jadi apron dapur 👩‍🍳
Bahan: 1 kemeja lungsuran (aku pakai punya suami), gunting, benang, jarum.
1. Potong bagian lengan
2. Jahit tepi bawah lengan jadi tali
3. Bagian kancing jadi depan apron
Hasilnya lucu dan gratis. Gak perlu beli apa-apa, pakai yang ada di rumah aja."""),
("post","hn_swap_event","0110","""Clothing Swap Day di taman kota 🔄
Bawa maksimal 5 baju preloved milikmu sendiri, tukar dengan punya peserta lain.
Tidak ada jual beli, tidak ada uang. Barang yang tersisa didonasikan.
Kami tidak menerima barang dari karung atau kulakan.
Minggu, 07.00–10.00, gratis untuk umum."""),
("post","hn_meme_rule","0010","""Meme hari ini:
Aku: beli kemeja motif 'thrift' di Matahari, baru, 150rb
Temanku: 'wah dapat di Senen ya?'
Aku: 'bukan, ini baru, harganya aja yang gak thrifty' 😭
Moral: gak semua yang kelihatan vintage itu bekas impor."""),
("post","hn_opinion_local","0010","""Mari dukung produk tekstil lokal 🇮🇩
Setiap kali kita beli kemeja buatan konveksi Pekalongan atau sepatu Cibaduyut, ada keluarga penjahit yang tetap bekerja.
Aku tahu baju impor bekas memang murah, tapi pilihanku sekarang: beli baru buatan lokal, walau lebih sedikit.
Kamu sendiri gimana?"""),
("article","hn_guideline_sop","0111","""SOP Penanganan Laporan (internal tim trust & safety)
1. Cek apakah pengunggah menawarkan barang (harga, cara beli, lokasi lapak, ajakan DM)
2. Cek apakah barang bekas (seken, preloved, 2nd, istilah daerah)
3. Cek apakah barang pakaian/alas kaki/tas
4. Cek asal luar negeri (negara, 'ex', karung/koli, pelabuhan)
Jika keempatnya terpenuhi: turunkan. Jika hanya membahas (berita, keluhan, pertanyaan pembeli): biarkan."""),
("post","hn_school_sale","1110","""Koperasi SMA Negeri 2 membuka penjualan seragam bekas layak pakai 👕
Seragam didonasikan oleh alumni angkatan 2023, sudah dicuci dan disetrika.
Harga 15rb per potong, 25rb per stel.
Hasil penjualan masuk kas beasiswa adik kelas.
Silakan datang ke ruang koperasi pada jam istirahat."""),
("post","hn_job_vacancy","0010","""Lowongan admin media sosial untuk brand kaos lokal 'Kain Kita' (Bandung)
Tugas: membuat konten, membalas chat, live jualan produk baru kami.
Kami BUKAN toko thrift, semua produk jahitan sendiri.
Kirim CV dan portofolio lewat email, paling lambat akhir bulan."""),
("post","hn_new_thrift_style","1010","""Outfit check 'Senen core' tapi semuanya baru 😎
Jaket work jacket cokelat, kemeja kotak, celana cargo — produksi kami sendiri di Tangerang.
Kami sengaja bikin tampilan pudar kayak barang bekas, tapi semua baru dan ada garansi jahitan.
Link order di bio ya!"""),
("post","hn_other_goods_bale","1000","""Sedia beras dan gula per karung untuk warung & rumah makan 🍚
- Beras medium 50 kg, asal Karawang
- Gula pasir 50 kg
Kirim gratis area Bekasi untuk minimal 5 karung.
Pemesanan lewat WA 0856xxxx."""),
("post","hn_sisa_ekspor","1011","""Bukan bekas! 🙅‍♀️
Yang kami jual adalah stok lebih (overstock) jaket outdoor merk Korea, baru lengkap tag, diimpor resmi oleh distributor.
Harga miring karena model tahun lalu.
Banyak yang tanya 'ini seken Korea ya kak?' – jawabannya bukan, semua baru.
Cek detail di katalog."""),
]
