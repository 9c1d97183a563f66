# Legal: donations, charity/school/church sales, swaps, used non-clothing goods, bales/sacks of other goods.
RECORDS = [
("post", "hn_donation_request", (0, 1, 1, 0), """
Open donasi pakaian layak pakai untuk korban banjir Demak 🙏
Kami terima baju anak, sarung, selimut, dan pakaian dalam BARU (khusus dalaman harus baru)
Baju bekas mohon dicuci & dilipat, masukkan ke kardus/karung
Drop point: Masjid Al-Ikhlas, Jl. Pemuda 21 Semarang, sampai Jumat
CP: Mas Yudi 0812xxxx
"""),
("post", "hn_charity_bazaar", (1, 1, 1, 0), """
BAZAR AMAL SMP Tunas Harapan 🎒
Sabtu, 14 Sept, jam 8-12 di aula sekolah
Menjual baju, sepatu, dan tas bekas sumbangan wali murid, harga 5rb-30rb
Seluruh hasil untuk beasiswa siswa kurang mampu
Ayo datang, sekalian belanja sekalian beramal!
"""),
("post", "hn_charity_bazaar", (1, 1, 1, 0), """
Rummage sale Gereja St. Yoseph
Minggu setelah misa kedua, di halaman gereja
Pakaian pantas pakai, mainan, dan buku dari sumbangan umat
Harga seikhlasnya mulai 2 ribu
Hasil penjualan untuk renovasi panti jompo binaan paroki
"""),
("post", "hn_swap", (0, 1, 1, 0), """
CLOTHES SWAP PARTY 👗🔄👔
Bawa maksimal 5 baju layak pakai dari lemari kamu, tukar dengan 5 baju punya peserta lain
Tidak ada jual beli, semuanya gratis
Sisa baju yang tidak tertukar kami sumbangkan ke panti
Tempat: Kafe Ruang Temu, Denpasar, Sabtu jam 3 sore
"""),
("listing", "hn_used_vehicle", (1, 1, 0, 1), """
Dijual motor bekas impor Jepang Honda CB400 Super Four 2003
Dokumen lengkap, pajak hidup, BPKB atas nama sendiri
Mesin halus, ban baru ganti bulan lalu
Harga 78jt nego
Lokasi Pluit, Jakarta Utara, bisa cek fisik
"""),
("listing", "hn_cardboard_bale", (1, 1, 0, 0), """
Jual kardus bekas per bal (press)
Sumber dari gudang distributor minuman di Cikupa, kondisi kering
1 bal ± 300 kg, harga 2.100/kg
Bisa kirim ke pabrik kertas Tangerang & Serang
Minat hubungi Pak Eko 0877xxxx
"""),
("listing", "hn_produce_sack", (1, 0, 0, 0), """
Bawang merah Brebes per karung
1 karung 50 kg, bawang kering panen minggu ini
Harga 1,4jt/karung, ambil 10 karung ke atas dapat harga khusus
Kirim ke pasar induk Jakarta & Bandung setiap hari
WA 0852xxxx
"""),
("listing", "hn_used_phone", (1, 1, 0, 1), """
iPhone 12 128GB second ex Singapura
Battery health 86%, Face ID normal, lecet pemakaian di bingkai
IMEI sudah terdaftar resmi, bisa dicek
Harga 5,6jt, bonus case & tempered glass
COD area Batam Center
"""),
("listing", "hn_majun", (1, 1, 0, 0), """
Jual majun / kain lap industri per karung
Dari potongan kaos & sisa konveksi lokal, sudah dipotong dan bebas kancing/resleting
Daya serap oli bagus, cocok untuk bengkel dan pabrik
1 karung 25 kg = 175rb
Gudang di Sidoarjo
"""),
("listing", "hn_used_furniture", (1, 1, 0, 1), """
Lemari jati ex-Belanda, bekas pakai, umur ± 70 tahun
Dapat dari rumah tua peninggalan keluarga di Malang
Dua pintu kaca, kunci masih asli
Ukuran 180 x 120 x 50
Harga 9,5jt, bisa diantar dalam kota
"""),
("post", "hn_donation_request", (0, 1, 1, 0), """
Halo warga Cluster Melati 👋
RT 04 mengumpulkan pakaian bekas layak pakai, selimut, dan sepatu untuk dikirim ke saudara kita di NTT yang terdampak kekeringan
Kumpulkan di pos satpam sampai 30 Juni
Mohon pakaian sudah dicuci ya bapak ibu, terima kasih 🙏
"""),
("listing", "hn_jute_sack", (1, 1, 0, 1), """
Karung goni bekas impor, ex karung kopi dari Brasil
Ukuran 70 x 100 cm, tebal, tidak bolong
Cocok buat dekorasi kafe, pot tanaman, atau lomba balap karung 17-an 😄
Harga 18rb/lembar, grosir 100 lembar 1,5jt
Gudang Surabaya
"""),
("post", "hn_charity_bazaar", (1, 1, 1, 0), """
Pasar Murah Pakaian Layak Pakai – Komunitas Berbagi Lemari
Semua barang hasil donasi warga Bekasi, disortir dan dicuci relawan
Harga 3rb per potong, khusus untuk keluarga penerima KIP dan ojol
Minggu 9 Juni, Lapangan RW 07 Jatiasih
"""),
("listing", "hn_used_machine", (1, 1, 0, 1), """
Mesin jahit bekas Juki DDL-8700 ex Jepang
High speed, masih halus, meja & dinamo lengkap
Cocok buat konveksi rumahan
Harga 2,3jt per unit, ready 6 unit
Bisa test jahit di tempat, Pasar Pagi Asemka
"""),
("listing", "hn_fabric_roll", (1, 0, 0, 1), """
Kain katun rayon impor per roll
Motif bunga kecil, lebar 145 cm, 1 roll ± 80 yard
Harga 17rb/yard, min. 1 roll
Barang baru dari China, cocok buat produksi daster & gamis
Toko Kain Sinar, Pasar Tanah Abang Blok B
"""),
("post", "hn_swap", (0, 1, 1, 0), """
Ada yang mau tukeran seragam? 🙋‍♀️
Aku punya rok SMA abu-abu bekas size 29 (anakku udah lulus), kondisi masih bagus
Butuh seragam pramuka putri size M buat adiknya
Daerah Kebumen, bisa ketemuan di alun-alun
Tidak dijual ya, cuma tukar
"""),
("listing", "hn_used_vehicle", (1, 1, 0, 0), """
Dijual sepeda ontel bekas, merek Phoenix
Sudah direstorasi, cat ulang hijau army, jok kulit baru
Surat tidak ada, beli dari tetangga di Klaten
Cocok buat koleksi atau gowes santai
Harga 2,8jt, lokasi Klaten kota
"""),
("listing", "hn_produce_sack", (1, 0, 0, 0), """
Jual gabah kering giling per karung, hasil panen sendiri di Indramayu
1 karung ± 60 kg
Kadar air 14%, bersih dari gabah hampa
Harga 7.400/kg, ambil di gudang desa
Minimal 20 karung
"""),
("post", "hn_donation_request", (0, 1, 1, 0), """
Panti Asuhan Kasih Bunda membuka penerimaan donasi seragam sekolah bekas dan sepatu layak pakai untuk 40 anak asuh yang naik kelas 🙏
Ukuran yang paling dibutuhkan: SD kelas 4-6 dan SMP
Bisa antar langsung ke Jl. Veteran 12, Banjarmasin, atau hubungi Bu Sari 0811xxxx
Terima kasih atas kebaikan bapak ibu
"""),
("listing", "hn_plastic_bale", (1, 1, 0, 0), """
Jual plastik PET bekas press per bal
Hasil pilahan bank sampah di Makassar, botol bersih tanpa tutup
1 bal ± 90 kg
Harga 4.500/kg, minimal 1 ton
Hubungi Daeng Tallo 0853xxxx
"""),
("listing", "hn_used_appliance", (1, 1, 0, 1), """
Kulkas 2 pintu bekas, merek Sharp eks Jepang (voltase 100V, sudah pakai trafo)
Dibawa pulang dari Jepang oleh pemilik waktu pindahan
Dingin normal, freezer bunga es normal
Harga 1,8jt include trafo
Lokasi Cilacap
"""),
("post", "hn_charity_bazaar", (1, 1, 1, 0), """
Garage sale keluarga besar kami untuk biaya operasi Opa 🙏
Baju-baju bekas satu keluarga, tas, sepatu, dan peralatan dapur
Semua milik pribadi, bukan barang dagangan
Sabtu-Minggu di rumah Jl. Kenari 5, Bogor
Harga mulai 10rb
"""),
("listing", "hn_used_vehicle", (1, 1, 0, 1), """
Mobil bekas CBU Toyota Alphard 2018 ex Singapura
Unit import resmi, pajak panjang, KM 62rb
Interior rapi, pilot seat, sunroof
Harga 690jt nego sampai jadi
Showroom Mobil Jaya, Kelapa Gading
"""),
("listing", "hn_coffee_sack", (1, 0, 0, 0), """
Kopi robusta Lampung green bean per karung
1 karung 60 kg, petik merah, kadar air 12%
Harga 72rb/kg
Asal kebun kelompok tani di Tanggamus, bukan impor
Kirim seluruh Jawa & Sumatra
"""),
("post", "hn_donation_request", (0, 1, 1, 1), """
Teman-teman diaspora di Jepang, kami komunitas mahasiswa Indonesia di Nagoya mengumpulkan jaket & mantel bekas milik kalian sendiri untuk dibagikan ke mahasiswa baru yang datang bulan Oktober 🧥
Tidak dijual, gratis untuk mahasiswa yang butuh
Titip di sekretariat PPI, atau DM akun ini
"""),
("listing", "hn_cardboard_bale", (1, 1, 0, 0), """
Terima & jual kertas HVS bekas kantor per bal
Sudah dipilah dari kertas kardus dan plastik
Asal dari perkantoran area Sudirman
Harga jual ke pabrik 3.200/kg
Kirim dengan truk CDD setiap Kamis
"""),
("listing", "hn_used_machine", (1, 1, 0, 1), """
Genset bekas Yanmar ex Jepang 10 KVA
Silent, jam kerja rendah, bekas pakai proyek di Balikpapan
Starter & AVR normal, tangki utuh
Harga 28jt
Cek langsung di gudang Samarinda Seberang
"""),
]
