# long-form, batch C: legal hard negatives (last legal batch)
ITEMS = [
("post","hn_report",0,1,1,1,"""@instagram @kominfo
Akun @bajubatam.official ini jualan kemeja & jaket seken yang dia sebut "kiriman Singapura via Batam".
Dia tahu itu dilarang, makanya di caption nulisnya "B.a.t.a.m" pake titik2 dan harga cuma di DM.
Sudah saya laporkan 4x, jawabannya selalu "tidak melanggar pedoman komunitas".
Mohon ditinjau ulang secara manual. Terlampir 6 tangkapan layar."""),
("post","hn_complaint",0,1,1,1,"""Curhat dikit 😮‍💨
Seminggu lalu ikut live "pecah goni Jepang" dan checkout 5 jaket, total 340rb.
Yang datang: 2 jaket sesuai, 3 lainnya beda jauh (ada yg bolong, ada yg bukan jaket malah rok).
Pas komplain, adminnya bilang "namanya juga barang karung kak, untung-untungan".
Lho kok gitu? Kan di live dijelasin satu-satu.
Pelajaran buat aku: ga mau lagi beli barang seken luar yg asal-usulnya ga jelas."""),
("article","hn_opinion",0,1,1,1,"""Opini: Melarang Boleh, Tapi Siapkan Jalan Keluar
Setiap kali razia pakaian bekas impor digelar, yang paling terpukul justru pedagang eceran di Gedebage, Senen, atau Pasar Tungging.
Mereka membeli stok dari pengepul yang membeli per bal dari jalur laut. Ketika gudang disegel, pedagang kecil kehilangan modal.
Pemerintah perlu program transisi: pinjaman lunak, akses ke konveksi lokal, dan pelatihan penjualan online.
Tanpa itu, perdagangan hanya pindah ke jalur yang lebih tersembunyi, misalnya grup tertutup di media sosial."""),
("post","hn_joke_meme",0,1,1,1,"""Bahasa cinta anak Makassar:
❤️ words of affirmation: "cocokki itu bajumu"
❤️ acts of service: "kuanterko ke Pasar Butung"
❤️ quality time: ngubek cakar sampai magrib
❤️ gifts: kemeja flanel ex Korea 15rebu
❤️ physical touch: saling cium ketiak baju sebelum beli 🤣
#anakmakassar #cakarlife"""),
("post","hn_buyer_question",0,1,1,1,"""Mau tanya ke yg paham 🙏
Aku dapet warisan lemari om yg dulu dagang baju bekas di Pasar Kodim, isinya sisa stok jaket & kemeja dari Malaysia, mungkin 1 karung.
Pertanyaanku:
1. Ini boleh aku pakai sendiri/bagi ke saudara?
2. Kalau dijual lagi, masuk pelanggaran ga?
3. Ada yg tau lembaga yg mau terima buat didaur ulang?
Aku ga mau bermasalah hukum, makasih sebelumnya."""),
("post","hn_tutorial",0,1,1,1,"""Buat moderator marketplace: ciri-ciri listing baju bekas impor yg sering lolos filter 👇
- judul pakai "2nd", "sekond", "pre-loved" + negara (JP, KR, USA)
- kata diselipin titik/spasi: "s.e.k.e.n", "k o l i"
- angka ganti huruf: "b4l", "thr1ft"
- emoji bendera 🇯🇵🇰🇷 atau 🌸 sebagai kode
- foto tumpukan karung di belakang
- "harga partai", "per kg", "grade A"
Semoga membantu tim trust & safety di mana pun kalian berada."""),
("review","hn_review_no_seller",0,1,1,1,"""Bintang 2 ⭐⭐
Katanya kemeja ini second dari Jepang, kondisi 90%.
Kenyataannya:
- ada noda kuning di kerah yg ga hilang walau direndam
- ukuran L tapi lebih kecil dari M lokal
- bau kapur barus campur apek
Buat yg mau beli barang begini: minta video detail dulu, jangan percaya foto doang."""),
("listing","hn_new_import",1,0,1,1,"""Sepatu Sneakers Import Vietnam – 100% BARU
Produksi pabrik di Ho Chi Minh, masuk lewat distributor resmi
Box, kertas, & tag lengkap
Ukuran 39–44
Warna: putih polos, hitam, abu
Harga 320rb, grosir min 6 pasang 285rb
Bukan barang reject, bukan second. Faktur impor bisa ditunjukkan untuk pembeli partai."""),
("listing","hn_new_thrift_style",1,0,1,0,"""Kaos "Vintage Band" Acid Wash – Baru
Buat kamu yang suka tampilan kaos band lusuh kayak hasil ngubek pasar, ini versi barunya:
• Cotton combed 24s, dicuci asam biar warnanya pudar alami
• Sablon efek retak
• Jahitan single stitch ala 90an
Produksi rumahan di Tegal, dijual baru lengkap tag.
Harga 99rb, beli 3 gratis ongkir."""),
("post","hn_charity_bazaar",1,1,1,0,"""Rummage Sale Gereja GMIM Sion 🙏
Sabtu depan di halaman gereja, ada:
👕 pakaian bekas sumbangan jemaat
👟 sepatu & tas
📚 buku bacaan anak
Harga mulai 5 ribu, sadiki-sadiki jo mar banyak yang bisa dibantu.
Hasil penjualan for beasiswa anak-anak sekolah minggu.
Mari datang ramai-ramai, Tuhan Yesus memberkati."""),
("listing","hn_other_goods_bal",1,1,0,1,"""DIJUAL KARUNG PLASTIK BEKAS IMPOR
Bekas kemasan tepung & gula dari Thailand
Kondisi 80–90%, sudah dicuci
Dijual per bal isi 500 lembar
Cocok untuk wadah gabah, pasir, sampah
Lokasi Surabaya (Margomulyo), bisa kirim antar pulau
Hub Pak Yanto 0813xxxx"""),
("listing","hn_used_parts",1,1,0,1,"""Onderdil Mobil Bekas Copotan Jepang
Stok baru datang 1 kontainer:
- mesin 1NZ, 2SZ, K3
- transmisi matic & manual
- lampu, spion, bumper
Semua bekas copotan, kondisi normal, bisa dicek di gudang.
Lokasi Bekasi Timur, buka Senin–Sabtu."""),
("post","hn_upcycling",1,1,1,0,"""Sisa kain dari pakaian bekas warga jadi produk baru ✨
Bank Sampah Melati Bersih (Depok) menerima baju bekas yang sudah ga layak pakai, lalu kami olah jadi:
• keset rajut
• boneka isi perca
• tas belanja
Semua bahan dari warga sekitar, bukan dari pasar baju impor.
Produk bisa dibeli di stand kami tiap Minggu pagi di CFD Depok."""),
("post","hn_job_vacancy",0,1,1,1,"""Dicari: peneliti lapangan (freelance) 📋
Untuk riset tentang peredaran pakaian bekas impor di Pasar Senen, Gedebage, dan Pajak Melati.
Tugas: wawancara pedagang & pembeli, dokumentasi foto pasar.
Durasi 3 minggu, honor per wawancara.
Syarat: mahasiswa/lulusan ilmu sosial, bisa bahasa daerah setempat jadi nilai plus.
Kirim CV & contoh tulisan ke email tim riset."""),
("post","hn_travel_food",0,0,0,0,"""Random story: nganter ibu ke Pasar Senen buat beli kain kebaya, eh ibu malah nyasar ke lantai baju seken 😂
Ibu cuma liat-liat, pegang jaket, terus bilang "mending beli baru aja, nak".
Akhirnya kami makan soto betawi di warung pojok, beli kue putu, pulang naik KRL.
Hari yang menyenangkan, meskipun capek jalan."""),
]
