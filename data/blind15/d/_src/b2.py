# Batch 2: legal hard negatives (searched words, one element clearly fails), hand-written.
RECORDS = [
("listing", "hn_furniture", 1, 1, 0, 0, """Lemari Baju Bekas 3 Pintu Kayu Jati — Masih Kokoh
Ukuran 150 x 55 x 190 cm, ada cermin di pintu tengah
Engsel sudah diganti baru, kunci lengkap 2
Cat agak kusam di bagian samping, bisa dipelitur ulang
Harga 1,2 jt nego, ambil sendiri di Sleman (tidak kirim)
Dijual karena pindah rumah"""),
("listing", "hn_appliance", 1, 1, 0, 0, """Mesin Jahit Bekas Butterfly JH8530 Portable
Normal semua, jahitan lurus & zigzag oke
Pedal masih bagus, kabel original
Jarang dipakai sejak anak saya kuliah
Rp 850.000, bonus sepulan & jarum
Lokasi Klaten, COD sekitar Pedan/Cawas"""),
("listing", "hn_appliance", 1, 1, 0, 1, """Setrika Uap Bekas Impor Jepang Panasonic NI-FS470
Dibawa sendiri dari Tokyo waktu pulang dinas, voltase 100V jadi harus pakai trafo
Masih panas merata, tangki air tidak bocor
Harga 300rb plus trafo stepdown
Yang serius aja, bisa cek langsung di Depok"""),
("post", "hn_hay_bale", 1, 0, 0, 0, """Jual jerami padi per bal 🌾
Sudah dipres padat, kering, cocok buat pakan sapi & kambing atau media jamur
1 bal ±15 kg harga 12rb, ambil 100 bal dapat harga khusus
Bisa antar pakai pickup area Karawang - Purwakarta
Stok banyak habis panen, hubungi Pak Darto 0812xxxx"""),
("listing", "hn_ball", 1, 1, 0, 0, """Bal Sepak Bekas Molten Size 5 — Dijual Murah
Bola futsal & sepak bola bekas latihan SSB, total 12 biji
Kondisi masih bulat, angin awet, kulit ada yang lecet
Harga 40rb per biji, borong semua 400rb
Pengambilan di lapangan Cempaka Putih sore hari"""),
("post", "hn_grade_eggs", 1, 0, 0, 0, """Telur ayam negeri GRADE A ready tiap hari 🥚
Ukuran besar, cangkang bersih, tidak retak
Per kilo 27rb, per peti (15 kg) harga grosir
Grade B (ukuran kecil) lebih murah buat bikin kue
Melayani warung, toko roti, catering area Blitar
Pesan H-1 ke Mbak Sri 0857xxxx"""),
("post", "hn_korea_cosmetics", 1, 0, 0, 1, """Skincare Korea original import resmi BPOM ✨
Toner, serum, sunscreen brand-brand favorit kamu
Semua barang baru & segel, bukan sharing/decant
Ada nomor notifikasi BPOM di tiap kemasan, silakan cek di web
Order via marketplace kami: Glow Seoul Official Store
#skincarekorea #importresmi"""),
("listing", "hn_new_import_papers", 1, 0, 1, 1, """Jaket Winter Baru Impor Korea — Ready Stock Ori
Masih ada tag & plastik, bukan barang bekas/thrift
Kami importir terdaftar, barang masuk resmi lengkap dokumen PIB
Ukuran S-XXL, warna hitam, navy, abu
Harga 375rb, grosir min 12 pcs lebih murah
Faktur pajak tersedia untuk pembelian perusahaan"""),
("message", "hn_bundle_data", 1, 0, 0, 0, """BUNDLE KUOTA MURAH 🔥 Promo akhir bulan
Paket bundle 50GB + telepon 100 menit cuma 65rb
Bundle keluarga 3 nomor 120rb
Bisa isi langsung lewat nomor, proses 5 menit
Melayani semua provider, trusted sejak 2019
Chat aja kak ke 0878xxxx"""),
("listing", "hn_bundle_software", 1, 0, 0, 0, """Bundle Lisensi Office + Antivirus 1 Tahun — Ori Bukan Crack
Dapat 2 lisensi: Microsoft 365 Personal & antivirus premium
Aktivasi via akun sendiri, bergaransi penuh
Cocok buat pelajar & UMKM
Rp 299.000, proses kirim kode via chat"""),
("post", "hn_new_thrift_style", 1, 0, 1, 0, """Koleksi baru "Thrift Look" dari kami 🤎
Ini BUKAN barang bekas ya kak, semua baru dijahit di konveksi kami di Bandung
Modelnya memang sengaja dibuat vintage: warna pudar, washed, oversized
Kemeja washed 129rb, celana corduroy 159rb
Produksi lokal, bahan katun 100%
#thriftlook #vintagestyle #brandlokal"""),
("post", "hn_own_preloved", 1, 1, 1, 0, """Preloved pribadi, lagi beberes lemari 🧺
Semua baju aku sendiri, beli di mal/online dalam negeri, dipakai 1-3x
- blouse Zara 60rb
- celana kulot H&M 50rb
- dress batik 80rb
Bukan barang bal/impor bekas ya, ini pure isi lemari aku
Minat DM, COD area Semarang atas"""),
("listing", "hn_wedding_dress", 1, 1, 1, 0, """Preloved Gaun Pengantin Putih Custom — Dipakai Sekali
Dijahit di butik Makassar tahun lalu buat akad, pemakaian 1 hari
Bahan brokat & tile, ekor 1,5 meter, ukuran M
Sudah dry clean, disimpan dalam hanger bag
Harga 2,5jt (harga jahit 7jt)
Bisa fitting dulu di rumah"""),
("listing", "hn_stroller", 1, 1, 0, 1, """Preloved Stroller Bayi Import Jepang — Kondisi 90%
Merk Combi, ringan, bisa lipat satu tangan
Roda lancar, kanopi tidak sobek, sabuk aman
Dulu dibeli di toko perlengkapan bayi di Jakarta
Rp 1.100.000, bonus raincover
COD Tangerang Selatan"""),
("article", "hn_news", 0, 1, 1, 1, """Petugas gabungan kembali menggagalkan penyelundupan pakaian bekas impor di perairan Tanjungbalai Asahan
Kapal kayu yang diamankan membawa sekitar 400 balpres berisi pakaian, tas, dan sepatu bekas yang diduga berasal dari Port Klang, Malaysia
Dua awak kapal diperiksa, sementara nakhoda melarikan diri saat kapal disandarkan
Barang bukti akan dititipkan di gudang Bea Cukai sebelum dimusnahkan
Pihak berwenang mengingatkan bahwa impor pakaian bekas dilarang sesuai Permendag 18 Tahun 2021 yang telah diubah dengan Permendag 40 Tahun 2022"""),
("post", "hn_opinion", 0, 1, 1, 1, """Jujur gue bingung sama pro kontra thrifting ini 🤔
Di satu sisi, baju bekas impor dari bal itu bikin konveksi lokal kalah saing, banyak penjahit rumahan tutup
Di sisi lain, anak muda kantong tipis jadi bisa gaya pake brand luar
Tapi ya aturan udah jelas, impornya dilarang. Masalahnya pengawasan di pelabuhan kecil aja bocor terus
Menurut kalian harusnya yang ditindak siapa: penyelundup, pedagang, atau pembeli?"""),
("post", "hn_joke", 0, 1, 1, 1, """Gue: "mau ngirit ah, thrifting aja"
Gue di Pasar Senen 3 jam kemudian: bawa pulang 7 kemeja, 2 jaket, 1 sepatu yang ukurannya bukan ukuran gue 💀
Dompet: kosong
Lemari: penuh baju orang Jepang
Emak: "itu baju orang meninggal kali" 😭
#curhatthrifter"""),
("post", "hn_report_complaint", 0, 1, 1, 1, """Hati-hati sama akun yang jual "baju second impor bal Korea" dengan nama @thrift.gudang99 ‼️
Gue transfer 1,5 juta buat satu karung katanya isi 100 pcs, yang dateng cuma setengah karung, mayoritas sobek & bau
Dihubungi ga bales, sekarang nomor WA-nya udah ganti
Screenshot iklan & bukti transfer udah gue laporin ke platform
Tolong di-share biar ga ada korban lagi"""),
("comment", "hn_buyer_question", 0, 1, 1, 1, """Nanya dong buat yang paham thrifting 🙏
Gimana cara bedain baju bekas bal Jepang sama yang Korea? Katanya jahitannya beda
Terus bener ga sih harus direndam air panas + cuka dulu sebelum dipakai?
Baru pertama kali mau beli di Gedebage, takut salah pilih
Makasih yang udah jawab"""),
("article", "hn_guideline", 0, 1, 1, 1, """Pedoman Komunitas: Produk yang Tidak Boleh Dijual di Platform Kami
Sesuai peraturan yang berlaku di Indonesia, penjual dilarang mengunggah produk pakaian, alas kaki, dan tas bekas yang berasal dari impor
Termasuk di dalamnya penjualan dalam bentuk bal, karung, atau koli, serta istilah lain seperti "second import" atau "thrift import"
Produk yang melanggar akan diturunkan tanpa pemberitahuan dan akun dapat dibatasi
Penjualan barang bekas milik pribadi dari dalam negeri tetap diperbolehkan"""),
("post", "hn_stopped_seller", 0, 1, 1, 1, """Pengumuman dari kami 🙏
Mulai bulan ini toko kami berhenti jual baju bekas impor (bal Korea/Jepang)
Kami paham aturannya sudah melarang dan kami gak mau ambil risiko lagi
Ke depan kami fokus jual produk brand lokal baru & jasa permak
Terima kasih pelanggan yang udah setia 4 tahun ini. Sisa stok TIDAK dijual, sudah kami serahkan"""),
("post", "hn_charity_bazaar", 1, 1, 1, 0, """BAZAR AMAL SMA Negeri 3 🌟
Sabtu, 14 September, jam 08.00-13.00 di aula sekolah
Menjual baju, sepatu, tas preloved hasil donasi siswa, guru & alumni
Harga 5rb - 30rb, seluruh hasil untuk korban banjir
Yuk datang & bawa tas belanja sendiri ♻️
#bazaramal #thriftforcharity"""),
("post", "hn_swap", 0, 1, 1, 0, """Clothing Swap Party vol. 4 👗🔁👕
Bawa maksimal 5 baju bekas layak pakai dari lemari kamu, tukar dengan baju orang lain
Gak ada jual beli sama sekali, semua gratis
Minggu pagi di taman kota Malang, dekat panggung
Baju yang gak kebagian bakal kami donasikan ke panti
Daftar lewat form di bio"""),
("post", "hn_donation_request", 0, 1, 1, 0, """Open donasi pakaian bekas layak pakai 🙏
Untuk warga terdampak gempa di Cianjur, terutama baju anak, selimut, dan sarung
Mohon dicuci bersih & dilipat, jangan kirim yang sobek
Drop point: posko Masjid Al Ikhlas, Jl. Merdeka 45
Kami TIDAK menjual barang apapun, semua langsung disalurkan"""),
("post", "hn_job_vacancy", 0, 1, 1, 1, """LOWONGAN KERJA — Staf Sortir Gudang
Dibutuhkan 3 orang untuk memilah pakaian bekas dari karung impor sesuai grade
Syarat: laki-laki/perempuan 18-35 th, teliti, tahan berdiri lama
Jam kerja 08.00-16.00, gaji harian
Lokasi Bekasi Timur, lamaran kirim ke HRD 0812xxxx"""),
("listing", "hn_majun", 1, 1, 0, 0, """Kain Majun Putih & Warna Per Kilo — Lap Bengkel/Pabrik
Potongan kaos bekas, sudah dipotong & bersih
Daya serap oli tinggi, cocok untuk bengkel, percetakan, industri
Majun putih 9rb/kg, majun warna 6rb/kg
Minimal order 50 kg, kirim area Jawa Timur
CV Sumber Lap Sidoarjo 0813xxxx"""),
("listing", "hn_jute_sacks", 1, 1, 0, 0, """Karung Goni Bekas Kopi — Jual Per Lembar
Ukuran 70 x 100 cm, bekas kemasan biji kopi
Masih kuat, bisa buat karung pasir, tanaman, atau dekorasi cafe
3.500/lembar, ambil 500 lembar 3.000
Lokasi gudang Lampung Barat"""),
("listing", "hn_factory_reject", 1, 0, 1, 0, """Kaos Polos Reject Pabrik — Sisa Ekspor Grade B
Barang BARU, bukan second. Ada cacat kecil (sablon miring, benang loncat)
Produksi pabrik garmen di Boyolali, batal kirim ke buyer luar
Harga 12rb/pcs, min 3 lusin
Cocok buat seragam kerja atau sablon ulang"""),
("listing", "hn_new_korea_clothes", 1, 0, 1, 1, """Dress Korea Import Premium BNWT 🌷
Barang baru dengan tag, impor resmi dari Dongdaemun
Bahan katun linen, model puff sleeve
Warna: sage, cream, dusty pink
All size fit to L, harga 189rb
Pengiriman 1-2 hari kerja dari gudang Jakarta"""),
("post", "hn_local_upcycle", 1, 1, 1, 0, """Tote bag upcycle dari celana jeans bekas warga sekitar 👖♻️
Kami kumpulin jeans yang sudah gak kepake dari tetangga & jamaah masjid, lalu dijahit ulang sama ibu-ibu PKK
Satu tas 55rb, ada saku depan
Semua bahan lokal, tidak pakai barang karungan
Yuk dukung UMKM kampung kami di Wonosobo"""),
("listing", "hn_vehicle", 1, 1, 0, 1, """Honda CBR250RR Bekas Impor Thailand 2018
Surat lengkap BPKB & STNK, pajak hidup
Km 22rb, mesin kering, ban baru ganti
Unit CBU, bukan rakitan lokal
Harga 58jt nego, lokasi Bekasi"""),
("listing", "hn_phone", 1, 1, 0, 1, """iPhone 12 Pro Second Ex Inter Japan 128GB
Battery health 84%, face ID on, no minus
Sinyal aman, IMEI sudah terdaftar resmi (bukan blokir)
Kelengkapan: unit + kabel
7,2jt nett, COD Surabaya"""),
("post", "hn_rice_per_bal", 1, 0, 0, 0, """Beras Pandan Wangi per bal siap kirim 🍚
1 bal isi 5 karung @10kg, beras baru panen Cianjur
Harga 650rb/bal, ambil 10 bal free antar
Cocok buat warung nasi & katering
Kontak Haji Ucup 0812xxxx"""),
("post", "hn_cotton_roll", 1, 0, 0, 1, """Kain katun Jepang per roll / per bal 🧵
Motif bunga, polkadot, kotak, cocok buat gamis & mukena
1 bal isi ±10 roll, masih baru dari distributor tekstil
Harga per meter 28rb, per roll lebih murah
Toko Kain Sejahtera, Pasar Tanah Abang Blok A"""),
("post", "hn_study", 0, 1, 1, 1, """Ringkasan skripsi saya: "Motif Konsumsi Pakaian Bekas Impor di Kalangan Mahasiswa Yogyakarta"
Dari 200 responden, 63% pernah membeli baju thrift di awul-awul, 21% tahu bahwa barang itu berasal dari bal impor yang dilarang
Alasan utama membeli: harga murah dan merek luar negeri
Saran: sosialisasi aturan perlu menyasar pembeli muda, bukan hanya pedagang
Terima kasih untuk yang sudah mengisi kuesioner 🙏"""),
("post", "hn_campaign", 0, 1, 1, 1, """#BanggaBuatanIndonesia 🇮🇩
Satu karung baju bekas impor yang masuk diam-diam = berapa penjahit lokal kehilangan order?
Yuk mulai beli produk UMKM dan preloved dari lemari sesama, bukan dari bal luar negeri
Thrifting boleh, asal barangnya dari dalam negeri
Share kalau setuju!"""),
("review", "hn_review_no_seller", 0, 1, 1, 1, """Review jujur setelah 6 bulan pakai jaket thrift Jepang 🧥
Bahan masih awet, warna gak luntur walau dicuci mesin
Tapi waktu awal beli baunya parah, harus direndam 2 hari
Ukuran Jepang juga lebih kecil, L mereka = M kita
Overall worth it, tapi pastikan dicuci bersih sebelum dipakai"""),
("listing", "hn_grade_leather", 1, 0, 0, 1, """Kulit Sapi Lembaran Grade A Impor Italia
Kulit nabati (veg tan), tebal 1,8 mm, baru
Cocok untuk kerajinan dompet, ikat pinggang, tali jam
Harga per feet 45rb, satu lembar ±20 feet
Workshop kami di Garut, bisa kirim sample potongan kecil"""),
("post", "hn_hanger_rack", 1, 1, 0, 0, """Dijual rak baju besi & gantungan baju bekas dari toko 🪝
Rak gantung beroda 6 unit, gantungan kayu ±300 biji
Toko kami tutup, jadi semua perlengkapan dilepas murah
Rak 150rb/unit, gantungan 1.500/biji
Lokasi Bogor, ambil sendiri ya"""),
("article", "hn_news", 0, 1, 1, 1, """Ratusan Bal Pakaian Bekas Dimusnahkan di Pekanbaru
Kementerian Perdagangan memusnahkan ratusan bal pakaian, sepatu, dan tas bekas hasil sitaan di wilayah Riau
Barang-barang tersebut diketahui masuk melalui jalur laut dari negara tetangga tanpa dokumen
Pemusnahan dilakukan dengan cara dibakar di lokasi terbuka, disaksikan aparat dan perwakilan pemda
Pemerintah meminta masyarakat tidak membeli pakaian bekas impor dan beralih ke produk dalam negeri"""),
]
