# Hand-written legal hard negatives, batch A.
# Tuple: (kind, category, offer, used, clothing, abroad, text)
ITEMS = [
("article", "hn_news", 0, 1, 1, 1, """Petugas Bea Cukai Teluk Nibung mengamankan sebuah kapal kayu yang membawa 180 bal pakaian bekas asal Malaysia di perairan Tanjungbalai, Selasa dini hari.
Nakhoda dan dua anak buah kapal kini diperiksa penyidik.
Menurut petugas, balpres tersebut rencananya akan dibongkar di sebuah tangkahan lalu diangkut truk ke Medan.
Impor pakaian bekas dilarang berdasarkan Permendag 18/2021 yang diubah dengan Permendag 40/2022."""),

("article", "hn_news", 0, 1, 1, 1, """Ratusan karung pakaian bekas impor dimusnahkan di halaman kantor Bea Cukai Nunukan, Kamis (14/3).
Barang bukti itu merupakan hasil penindakan sepanjang tahun lalu di jalur Tawau–Nunukan.
Kepala kantor menyebut nilai barang mencapai lebih dari satu miliar rupiah.
Pemusnahan dilakukan dengan cara dibakar, disaksikan perwakilan kejaksaan dan pemerintah daerah."""),

("article", "hn_news", 0, 1, 1, 1, """Pedagang thrift di Pasar Senen mengaku omzetnya turun hampir separuh sejak razia pakaian bekas impor digencarkan.
"Bal sekarang susah masuk, harganya naik dua kali lipat," kata seorang pedagang yang enggan disebut namanya.
Sebagian pedagang mulai beralih menjual pakaian baru produksi Tanah Abang.
Kementerian Perdagangan menegaskan larangan impor pakaian bekas tetap berlaku."""),

("post", "hn_opinion", 0, 1, 1, 1, """Unpopular opinion: thrifting itu nggak seramah lingkungan yang kalian kira.
Bal-bal dari luar negeri itu isinya setengah sampah, yang nggak laku ujungnya dibakar atau dibuang di TPA kita.
Negara maju buang limbah tekstil, kita yang beresin.
Belum lagi UMKM konveksi lokal yang kalah harga.
Bukan mau nyalahin pembeli, tapi coba deh mikir dua kali sebelum bangga pamer hasil bongkar bal."""),

("post", "hn_opinion", 0, 1, 1, 1, """Saya ini pedagang kecil, bukan penyelundup.
Orang bilang monza itu merusak industri, tapi dari monza saya sekolahkan tiga anak.
Kalau memang dilarang, kasih kami jalan keluar, modal usaha atau lapak baru.
Jangan cuma razia lapak kecil sementara kapal besar yang bawa ballpress tetap lolos.
#suarapedagang #medan"""),

("post", "hn_complaint_quoting_ad", 0, 1, 1, 1, """Hati-hati sama akun @grosir.bal.murah (akun rekaan, jangan dicari)
Iklannya: "Bal thrift Korea grade A, 1 bal isi 300 pcs, cuma 2,5jt, bisa COD"
Saya transfer DP 1jt, habis itu nomor saya diblokir.
Sudah lapor ke bank dan ke polisi siber.
Tolong share biar nggak ada korban lagi 🙏"""),

("message", "hn_report", 0, 1, 1, 1, """Halo tim moderasi,
Saya mau melaporkan toko yang menjual pakaian bekas impor secara terang-terangan.
Judul produknya: "BAL PRES JAKET EX JEPANG ORIGINAL MURAH".
Setahu saya barang seperti itu dilarang sesuai Permendag 40/2022.
Tautan toko saya lampirkan di bawah. Mohon ditindaklanjuti, terima kasih."""),

("comment", "hn_buyer_question", 0, 1, 1, 1, """Kak mau tanya dong, kalau beli baju thrift di Gedebage biasanya harus direbus dulu nggak sih?
Aku takut ada jamur atau kutu soalnya katanya dari bal impor
Terus deterjen apa yang ampuh buat ngilangin bau gudang?
Makasih sebelumnya 🙏"""),

("comment", "hn_buyer_question", 0, 1, 1, 1, """Ada yang tau nggak harga satu bal jaket sekarang berapa?
Aku lagi riset buat tugas kuliah ekonomi, topiknya rantai pasok pakaian bekas impor dari Batam ke Jawa
Bukan mau beli ya, cuma butuh kisaran harga buat data
Kalau ada yang pernah kerja di gudang, boleh aku wawancara?"""),

("post", "hn_buyer_diary", 0, 1, 1, 1, """Thrift haul minggu ini 🛍️
Keliling Pasar Senen 3 jam, kaki pegel tapi puas
Dapet jaket Carhartt 80rb, kemeja Ralph Lauren 35rb, sama celana kargo 50rb
Semua dari bal impor kayaknya, masih ada bau khas gudang
Langsung aku rendam air panas plus cuka begitu sampe kos
Next week mau coba Pasar Baru Bekasi"""),

("post", "hn_joke_meme", 0, 1, 1, 1, """Aku: mau hemat bulan ini 🙂
Aku setelah lewat lapak bongkar bal: *pulang bawa 7 jaket, 4 kemeja, 1 tas yang nggak tau buat apa*
Dompet: 💀
Lemari: udah nggak muat kak
Mama: itu baju orang luar negeri yang udah meninggal ya?
Aku: MAAA 😭"""),

("listing", "hn_new_thrift_style", 1, 0, 1, 0, """Kemeja Flanel Thrift Style Oversize - BARU, Bukan Bekas!
Produksi konveksi sendiri di Bandung, bahan katun flanel tebal
Kami bikin dengan potongan & warna ala thrift 90an, tapi 100% baru, masih ber-tag
Ukuran M, L, XL
Harga 89rb, grosir 12 pcs lebih murah
Bukan barang bal, bukan impor"""),

("post", "hn_new_thrift_style", 1, 0, 1, 0, """Vintage look tanpa bau gudang 😌
Koleksi 'Retro Lab' kami: jaket varsity, kaos washed, celana cutbray
Semua dijahit baru di workshop kami di Yogyakarta, bahan di-wash biar kelihatan pudar kayak barang thrift
BNWT, bisa tukar ukuran
Order lewat website atau Shopee resmi kami"""),

("listing", "hn_new_thrift_style", 1, 0, 1, 0, """Kaos Washed Vintage Look Garment Dye Unisex BARU Thrift Aesthetic Oversize Korean Style
Bahan cotton combed 24s, efek pudar hasil proses dye di pabrik kami (Solo)
Kondisi BARU, segel plastik, ada tag
Tersedia 8 warna
Harga 59rb, beli 3 gratis 1"""),

("listing", "hn_own_preloved", 1, 1, 1, 0, """Preloved dari lemari pribadi, bukan barang bal ya 🙏
Dress batik Danar Hadi, dibeli di Solo tahun 2021, dipakai 2x buat kondangan
Ukuran M, kondisi 95%, tidak ada noda
Harga 180rb (beli 450rb)
Alasan jual: sudah tidak muat habis lahiran 😅
COD Semarang"""),

("post", "hn_own_preloved", 1, 1, 1, 0, """Beres-beres lemari, jual preloved pribadi:
1. Jaket jeans Levi's (beli di mal Grand Indonesia 2019) - 200rb
2. Sepatu Converse putih, size 39, dipakai setahun - 150rb
3. Tas kanvas Eiger - 80rb
Semua barang pribadi, dipakai sendiri, bukan thrift/bal
DM aja, bisa COD daerah Depok"""),

("listing", "hn_own_preloved", 1, 1, 1, 0, """Seragam SMA Second Lengkap (Putih Abu-abu)
Punya anak saya, sudah lulus tahun ini
Kemeja ukuran 15, rok ukuran 28, masih bagus, tidak sobek
Ada bekas bordiran nama sekolah di dada (SMA di Malang)
Harga 75rb sepasang, lokasi Malang kota"""),

("post", "hn_school_bazaar", 1, 1, 1, 0, """BAZAR BAJU LAYAK PAKAI — OSIS SMP Tunas Harapan (nama rekaan) 🎒
Sabtu, 20 Juli, jam 08.00-12.00, di aula sekolah
Semua baju bekas sumbangan dari wali murid dan guru, sudah dicuci dan dilipat rapi
Harga 5rb-20rb, hasilnya untuk perbaikan perpustakaan
Bukan barang impor, murni donasi warga sekolah
Ajak keluarga ya!"""),

("post", "hn_donation_request", 0, 1, 1, 0, """Open donasi pakaian bekas layak pakai untuk korban banjir di Kecamatan Sayung, Demak 🙏
Yang dibutuhkan: baju anak, sarung, selimut, pakaian dalam BARU
Pakaian sudah dicuci dan dilipat, mohon jangan kirim yang sobek
Drop point: Posko relawan, sebelah masjid besar
Kontak relawan: Mbak Rini 0813xxxx"""),

("listing", "hn_other_goods_bal", 1, 1, 0, 1, """HP Bekas Borongan Per Bal Ex Singapura
1 bal isi 50 unit HP android campur, kondisi mati total / LCD pecah
Cocok buat tukang servis yang cari sparepart kanibal
Harga 3,5jt / bal
Lokasi Batam, kirim via kargo"""),

("listing", "hn_other_goods_bal", 1, 1, 0, 0, """Kardus Bekas Per Bal (Press) Siap Angkut
Kardus bekas supermarket, sudah dipres, 1 bal ±80 kg
Harga 2.800/kg, minimal 1 ton
Cocok buat pengepul dan pabrik kertas daur ulang
Lokasi gudang Cikarang, hubungi 0819xxxx"""),

("listing", "hn_majun", 1, 1, 0, 0, """Jual Majun / Kain Lap Per Karung
Majun dari potongan kaus sisa konveksi lokal Bandung dan kaos bekas yang sudah dipotong
1 karung ±25 kg, bersih, daya serap tinggi
Cocok untuk bengkel, pabrik, percetakan
Harga 7.500/kg
Bukan untuk dipakai, khusus kain lap industri"""),

("listing", "hn_ordinary_listing", 1, 0, 1, 0, """Gamis Syari Jumbo Polos Bahan Ceruty Babydoll
Baru, jahitan rapi, produksi sendiri di Tanah Abang
Ukuran L, XL, XXL, XXXL
Warna: navy, mocca, dusty pink, hitam
Harga 135rb, reseller minimal 5 pcs
Ready stok, kirim hari ini"""),

("post", "hn_tutorial", 0, 1, 1, 1, """Tips biar aman pas thrifting di pasar bal 👇
1. Bawa masker & hand sanitizer, debu gudang itu nyata
2. Cek ketiak, kerah, dan selangkangan celana, noda biasanya di situ
3. Jangan langsung dipakai, rendam air panas + deterjen minimal semalam
4. Sepatu: cek lem sol, sering getas kalau barang bal lama
5. Tawar dengan sopan, jangan sok tahu harga
Save buat nanti ya!"""),

("post", "hn_rules", 0, 1, 1, 1, """PENGUMUMAN ADMIN GRUP JUAL BELI KOTA 📢
Mulai hari ini postingan yang menawarkan bal, balpres, atau pakaian bekas impor akan langsung dihapus.
Ini sesuai aturan pemerintah dan kebijakan platform.
Jual barang preloved pribadi masih boleh, asal sebutkan asal barang.
Yang melanggar dua kali, dikeluarkan dari grup. Terima kasih atas pengertiannya."""),

("post", "hn_job_vacancy", 0, 1, 1, 1, """DICARI: Karyawan toko thrift (2 orang)
Tugas: sortir barang dari bal, cuci, setrika, foto produk, jaga toko
Syarat: laki-laki/perempuan, usia 18-30, jujur, bisa pakai HP
Gaji UMK + uang makan
Lokasi Bandung timur
Kirim CV ke email toko (lihat bio)"""),

("post", "hn_swap", 0, 1, 1, 0, """Swap yuk! 🔄
Aku punya kemeja linen (size M) dan cardigan rajut, dua-duanya preloved pribadi, dipakai beberapa kali
Nyari tukeran rok midi atau celana kulot size 27-28
Nggak jual, cuma tukeran aja biar lemari muter
Area Surabaya, ketemuan di kampus"""),

("review", "hn_review", 0, 1, 1, 1, """Review jujur setelah 6 bulan pakai jaket hasil bongkar bal:
Bahannya memang tebal dan awet, jauh lebih bagus dari jaket baru harga sama
Tapi resletingnya rusak di bulan ketiga, dan bau gudangnya baru hilang setelah dicuci 5 kali
Overall 7/10, worth it kalau dapat harga di bawah 100rb
Nggak usah tanya belinya di mana, aku lupa 😅"""),

("article", "hn_news", 0, 1, 1, 1, """KPPBC Entikong menggagalkan upaya penyelundupan puluhan koli pakaian bekas dari Malaysia melalui jalur tikus di perbatasan Kalimantan Barat.
Barang diangkut menggunakan mobil bak terbuka yang ditutup terpal.
Sopir mengaku hanya diupah untuk mengantar barang ke Pontianak.
Petugas masih menelusuri pemilik barang."""),

("article", "hn_explainer", 0, 1, 1, 1, """Mengenal istilah-istilah dalam dunia pakaian bekas impor:
Monza dan monja dipakai di Medan, awul-awul di Jawa Timur dan Yogyakarta, cakar di Makassar, lelong di sebagian Sumatera dan Kalimantan.
Barang biasanya dikemas dalam bal atau karung yang dipres, lalu dijual per bal atau per kilo kepada pengecer.
Semua istilah itu merujuk pada barang yang impornya dilarang pemerintah sejak 2015 dan ditegaskan kembali pada 2022."""),

("comment", "hn_buyer_question", 0, 1, 1, 1, """Min, cakar di Pasar Butung masih buka nggak setelah razia kemarin?
Aku dari Gowa mau ke sana akhir pekan, sayang kalau jauh-jauh tapi tutup
Cuma mau cari jaket buat naik gunung, bukan buat dijual lagi
Makasih infonya ya"""),

("post", "hn_buyer_diary", 0, 1, 1, 1, """Diary anak rantau #12
Hari ini nemenin teman ke Pajak Melati. Pertama kali lihat orang bongkar goni monza langsung di depan kios, rame banget kayak rebutan sembako.
Aku cuma beli satu sweater 25 ribu, lumayan buat dingin-dingin di Berastagi.
Yang bikin kaget, banyak label berbahasa Jepang dan Korea.
Besok mau nyoba masak bareng anak kos, semoga nggak gagal lagi."""),

("post", "hn_joke_meme", 0, 1, 1, 1, """Orang kaya: beli jaket 3 juta di mal
Orang pintar: beli jaket yang sama 50 ribu di lapak awul-awul
Orang paling pintar: minjem jaket temennya yang beli di awul-awul 🤣
Tag temen kalian yang lemarinya isinya cakar semua
#humor #anakkos"""),

("listing", "hn_new_thrift_style", 1, 0, 1, 0, """Sepatu Canvas Low Vintage Style Sol Kuning BARU
Dibuat di Cibaduyut, sol sengaja dibuat kekuningan biar kelihatan kayak sepatu thrift
Kondisi baru 100%, box lengkap
Size 36-44
Harga 145rb, garansi jahitan 3 bulan"""),

("post", "hn_own_preloved", 1, 1, 1, 0, """Jual preloved jilbab & gamis koleksi pribadi 🌸
Dipakai 1-3 kali, dicuci pakai tangan, tidak ada noda
Gamis Zoya hitam L - 120rb
Pashmina voal motif (3 pcs) - 40rb per pcs
Semua beli sendiri di butik Makassar, bukan cakar
Bisa COD Panakkukang"""),

("listing", "hn_sisa_ekspor", 1, 0, 1, 0, """Celana Chino Pria Sisa Ekspor Pabrik Semarang
Barang BARU, reject ringan (jahitan label miring), bukan barang bekas
Ukuran 28-38, warna khaki, navy, olive
Harga 75rb, grosir 20 pcs harga 60rb
Produksi dalam negeri, bukan impor"""),

("listing", "hn_other_goods_karung", 1, 0, 0, 0, """Beras Pandan Wangi Per Karung 25 kg
Panen baru dari Cianjur, pulen dan wangi
Harga 340rb per karung, ambil 10 karung bonus 1
Kirim area Jabodetabek
Pemesanan via WA 0812xxxx"""),

("message", "hn_report", 0, 1, 1, 1, """Pak RT, mohon maaf mengganggu malam-malam.
Warga mengeluh ada truk yang bongkar karung-karung baju bekas di gudang belakang musala, katanya barang monja dari Belawan.
Baunya menyengat dan truk parkir sampai menutup jalan.
Mohon bisa dicek dan dilaporkan kalau memang barang selundupan. Terima kasih."""),

("post", "hn_opinion", 0, 1, 1, 1, """Dulu saya bangga pakai thrift, sekarang mikir-mikir.
Temanku kerja di gudang sortir di Batam, katanya dari satu bal yang layak jual cuma 40%, sisanya dibuang.
Kebayang nggak berapa ton sampah tekstil yang numpuk di pulau itu tiap bulan?
Sekarang aku lebih milih swap sama teman atau beli preloved yang jelas pemiliknya."""),

("listing", "hn_other_goods_bal", 1, 1, 0, 1, """Plastik Bekas Per Bal Ex Jepang
Botol PET bekas sudah dipres per bal ±300 kg, kondisi bersih
Cocok untuk pabrik biji plastik / cacah
Harga nego sesuai volume
Gudang di Dumai"""),

("comment", "hn_buyer_question", 0, 1, 1, 1, """Beneran nanya nih, legal nggak sih kalau aku beli satu-dua baju dari lapak monza buat dipakai sendiri?
Yang dilarang importirnya aja kan? Atau pembeli juga bisa kena?
Soalnya di kampus banyak yang pakai, takut salah
Mohon pencerahannya kakak-kakak yang paham hukum"""),
]
