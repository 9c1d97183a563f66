RECORDS = [
# ---------- legal, batch 4 ----------
("listing", "hn_non_clothing", (1,0,0,0), """Beras Pandan Wangi Per Karung 25 kg
Panen baru dari Cianjur, pulen dan wangi
Harga 340rb/karung, gratis antar area Bogor kota
Pesan minimal 2 karung untuk warung & katering"""),
("listing", "hn_non_clothing", (1,0,0,1), """Pupuk NPK Mutiara Impor Norwegia Per Karung
Isi 50 kg, segel pabrik utuh
Cocok untuk sawit, jagung, dan sayuran
Harga 780rb/karung, stok gudang Lampung Tengah"""),
("listing", "hn_non_clothing", (1,1,0,0), """Plastik Bekas Giling Per Bal (PP & HDPE)
Sudah dicacah dan dicuci, siap untuk pabrik biji plastik
1 bal sekitar 40-45 kg, harga 6.500/kg
Sumber dari pengepul lokal Tangerang"""),
("comment", "hn_report", (0,1,1,1), """Udah 3 kali aku lihat iklan begini lewat di beranda: "Ready koli kaos grade A ex Port Klang, minimal 2 koli, DP 30%".
Apa nggak ada yang mantau ya? Kasihan pedagang konveksi lokal kalau barang kayak gini terus masuk."""),
("post", "hn_opinion", (0,1,1,1), """Thread: kenapa baju bal itu murah banget? 🧵
1) Di negara asal, baju itu dibuang/didonasikan, jadi modalnya hampir nol.
2) Dikirim per kontainer, ongkos per potong jadi kecil.
3) Masuk lewat jalur tidak resmi, jadi nggak bayar bea.
4) Penyortir di gudang memilah jadi grade, yang bagus dijual mahal, sisanya dilempar ke pasar kecil per kilo.
5) Sisa yang benar-benar rusak sering berakhir jadi sampah di TPA lokal, bukan di negara asal.
Makanya produk lokal susah bersaing. Bukan soal kualitas, soal struktur biaya.
Solusinya menurutku bukan cuma razia, tapi bikin produk lokal yang murah dan gampang dicari. Kalau ada kaos lokal 25 ribu yang bagus, orang juga mikir dua kali buat ngubek karung.
Sekian thread dari aku, koreksi kalau ada yang salah 🙏"""),
("post", "hn_denial_local", (1,1,1,0), """Klarifikasi ya teman-teman 🙏
Toko kami TIDAK menjual barang impor. Semua pakaian bekas di sini hasil titip jual dari warga sekitar Cimahi, dicatat nama pemiliknya satu-satu.
Harga mulai 15rb, bagi hasil 70:30 untuk pemilik
Buka Senin-Sabtu 10.00-17.00"""),
("message", "hn_buyer_question", (0,1,1,1), """Halo bang, aku nemu postingan lama soal "lelong" di Pontianak.
Itu maksudnya baju bekas dari Malaysia ya? Masih boleh dijual nggak sih sekarang?
Aku cuma penasaran, soalnya bapakku dulu sering belanja di situ."""),
("article", "hn_news", (0,1,1,1), """Kapal patroli TNI AL menghentikan sebuah speedboat di perairan Selat Malaka yang membawa puluhan karung pakaian bekas.
Speedboat itu diduga berangkat dari Port Klang menuju Tanjungbalai Asahan.
Seluruh muatan diserahkan ke Bea Cukai untuk proses lebih lanjut."""),
("post", "hn_school_sale", (1,1,1,0), """Garage sale OSIS SMA 5 Denpasar 🎉
Baju, jaket, dan sepatu bekas dari donasi siswa & guru, harga 5-25rb
Uangnya buat bantu teman yang terdampak gempa di Lombok
Jumat depan, di lapangan basket sekolah mulai jam 2 siang"""),
("live", "hn_plain_clothing", (1,0,1,0), """Selamat malam bunda-bunda, kita live lagi dari gudang Tanah Abang ya 🥰
Malam ini kulot linen premium, pinggang karet full, ada saku kanan-kiri
Warna broken white, khaki, olive, size S sampai XL
Harga live cuma 89rb, besok balik 99rb lagi
Yang mau langsung klik keranjang nomor 3, jangan lupa share live-nya ke grup arisan ya 😘"""),
("post", "hn_joke", (0,1,1,1), """Kata ibuku: "jangan beli baju bal, itu baju bekas orang meninggal"
Kata temanku: "itu baju donasi orang Jepang"
Kata penjualnya: "ini baju artis Korea, kak" 🤡
Siapa yang harus aku percaya 😭"""),
("review", "hn_review", (0,1,1,1), """Pengalaman beli jaket ex Korea di pasar: bahan tebal, hangat, tapi ada bau parfum asing yang kuat banget.
Sudah dicuci tiga kali baru hilang. Harga murah, tapi waktu dan sabun buat nyucinya lumayan.
Buat aku sih 50:50."""),
("post", "hn_job_vacancy", (0,0,1,0), """Dibutuhkan segera: penjahit borongan untuk konveksi kaos & kemeja 🧵
Pengalaman min. 1 tahun, bisa mesin obras & jahit
Gaji per potong, bisa bawa pulang jahitan
Lokasi Tajur, Bogor. Hubungi 0858xxxx"""),
("article", "hn_guideline", (0,1,1,1), """Pedoman moderasi untuk tim review:
Tandai sebagai pelanggaran jika unggahan menawarkan pakaian bekas dari luar negeri, termasuk bila kata-katanya disamarkan (mis. angka pengganti huruf atau emoji bendera).
Jangan menandai berita, keluhan pembeli, atau penjualan barang preloved milik pribadi."""),
("listing", "hn_new_import", (1,0,1,1), """Sneakers Impor Vietnam BNWB
Barang baru, lengkap box & kertas, hasil impor resmi distributor
Size 39-44, warna putih & hitam
Harga 420rb, faktur pajak tersedia untuk reseller"""),
("post", "hn_own_preloved", (1,1,1,0), """Jual tas pribadi ya, aku pakai dari kuliah sampai kerja 🥲
Kate Spade beli sendiri di Pacific Place, ada struknya
Kondisi 80%, sudut agak lecet, dalam bersih
Harga 450rb, ambil di Sudirman saja"""),
("comment", "hn_report", (0,1,1,1), """Min, ini penipuan ya. Dia tulis "awul-awul karungan dari Batam, 1 karung 800rb", aku udah bayar tapi yang datang karung isi kain perca.
Tolong akun tokonya dibekukan, bukti transfer ada di DM."""),
("post", "hn_opinion", (0,1,1,0), """Preloved itu bukan cuma soal hemat, tapi soal mengurangi sampah tekstil.
Mulai dari lemari kita sendiri: tukar dengan teman, jual ke tetangga, atau sumbangkan.
Nggak perlu nunggu barang dari luar negeri buat tampil keren ✨"""),
("listing", "hn_non_clothing", (1,0,0,0), """Kain Perca Per Kilo Sisa Konveksi
Campur katun, rayon, kaos, cocok buat keset & kerajinan
Harga 8rb/kg, minimal 10 kg
Sisa produksi pabrik lokal di Majalaya, bukan baju bekas"""),
("message", "hn_buyer_question", (0,0,1,0), """Siang kak, mau tanya kemeja batik yang di etalase itu ready ukuran XL?
Kalau ada, bisa dikirim ke Palembang? Ongkirnya berapa ya?
Rencananya buat seragam arisan keluarga, butuh sekitar 8 potong."""),
("post", "hn_tweet", (0,1,1,1), """dulu beli kaos band di monza 15rb, sekarang kaos band yg sama dijual 300rb di instagram dgn caption "vintage rare"
inflasi bukan main 😭 mana masih bau kamper
#curhatpagi"""),
("article", "hn_news", (0,1,1,1), """Warga Entikong mengeluhkan semakin sulit mendapatkan pakaian murah setelah jalur karung dari Malaysia ditutup.
Selama ini, sebagian warga perbatasan mengandalkan barang tersebut karena harga produk dari Pontianak lebih mahal.
Pemerintah kabupaten menyebut sedang menyiapkan pasar murah produk lokal.
Seorang ibu rumah tangga di desa perbatasan bercerita, dulu ia bisa membeli jaket untuk anaknya seharga belasan ribu rupiah. Kini, jaket baru di toko kecamatan dijual di atas seratus ribu.
Tokoh masyarakat setempat berharap pemerintah tidak hanya menutup jalur, tetapi juga memperbaiki distribusi barang dari ibu kota provinsi agar harga lebih terjangkau.
Sementara itu, aparat di pos lintas batas menegaskan pemeriksaan barang bawaan akan terus dilakukan, terutama menjelang akhir tahun ketika arus orang meningkat."""),
("post", "hn_donation", (0,1,1,0), """Lagi ngumpulin pakaian layak pakai buat panti asuhan di Ciamis 🤍
Kalau ada baju anak atau sepatu yang sudah nggak dipakai, boleh dititip ke rumahku di Tasik
Nanti aku antar akhir bulan. Terima kasih orang baik!"""),
("listing", "hn_non_clothing", (1,1,0,1), """Mesin Cuci Bekas Impor Korea (LG Front Loading 9kg)
Unit bekas pakai ekspatriat, dibawa pas pindahan
Normal semua, ada sedikit baret di samping
Harga 2,4jt, Kemang Jakarta Selatan"""),
("profile", "hn_new_thrift_style", (1,0,1,0), """Thrift-inspired collection dari brand lokal kami 🌿
Celana corduroy & cardigan rajut model 90-an, 100% baru, dijahit di Bandung
Kalau suka gaya Senen tapi mau barang baru, ini jawabannya 😉
Launching tiap Jumat jam 7 malam di website
Workshop: Jl. Cikutra, Bandung | Bukan reseller barang bekas"""),
("review", "hn_review", (0,1,1,0), """Beli sepatu preloved dari teman kantor, ternyata masih enak banget dipakai lari.
Solnya empuk, cuma talinya aku ganti baru.
Lain kali aku mau coba swap sepatu di komunitas lari biar lebih hemat."""),
("post", "hn_meme", (0,1,1,1), """POV: kamu beli jaket di Pajak Melati terus nemu tiket bioskop Tokyo di sakunya 🎫
Sekarang kamu tahu jaketmu pernah nonton film yang kamu sendiri belum tonton 😭
#jaketpunyacerita"""),
("message", "hn_job_vacancy", (0,0,1,0), """Lowongan admin toko online baju muslim (produk baru)
Tugas: balas chat, rekap pesanan, upload katalog
Kerja dari kantor di Sidoarjo, jam 8-4, gaji UMR + bonus
Lamar via DM, sertakan CV & portofolio singkat"""),
("listing", "hn_factory_reject", (1,0,1,0), """Jaket Sisa Ekspor Brand Eropa - Baru
Overproduksi pabrik di Tangerang, lengkap label tapi tanpa hangtag
Size S-XL, warna navy & olive
Harga 160rb, bukan barang bekas ya kak"""),
("comment", "hn_buyer_question", (0,1,1,1), """Kak, thrift shop di Bandung yang kakak maksud itu masih jual baju impor atau udah ganti lokal semua?
Aku mau ke sana weekend ini, takutnya udah tutup gara-gara razia."""),
]
