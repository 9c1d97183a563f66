# Legal records, batch 1: offers that miss one element, and non-offers.
# Tuple: (kind, category, offer, used, clothing, abroad, text)
LEG_1 = [
("listing", "hn_new_thrift_style", 1, 0, 1, 0, """Kemeja Flanel Thrift Look Oversize Pria Wanita BARU
Produksi konveksi sendiri di Bandung, bukan barang bekas ya kak
Bahan katun flanel tebal, dibuat mirip gaya vintage 90an
Harga 89rb, ukuran M/L/XL, warna merah, hijau, biru
Bisa grosir mulai 1 lusin"""),

("post", "hn_own_preloved", 1, 1, 1, 0, """Beres-beres lemari sebelum pindahan 😭 jadi aku lepas beberapa baju preloved pribadi:
- Dress batik Danar Hadi, dipakai 2x, 150rb
- Blazer Zara beli di Grand Indonesia, 200rb
- Sneakers Compass size 39, 250rb
Semua milik sendiri, bukan barang jualan thrift. DM aja, COD Rawamangun."""),

("post", "hn_donation_request", 0, 1, 1, 0, """Kami dari Posko Peduli Banjir Demak membuka donasi pakaian layak pakai.
Dibutuhkan terutama baju anak, sarung, mukena, dan selimut.
Pakaian bekas mohon dicuci dan dilipat rapi, dimasukkan kardus.
Drop point: Masjid Al-Ikhlas, Jl. Sultan Fatah no. 5. Terima kasih orang baik 🙏"""),

("post", "hn_charity_bazaar", 1, 1, 1, 0, """BAZAR AMAL SMA Tunas Bangsa 🎉
Sabtu 14 September, jam 8-14 di lapangan sekolah
Menjual pakaian bekas layak pakai hasil sumbangan orang tua murid dan alumni, harga 5-20rb
Seluruh hasil penjualan untuk beasiswa siswa kurang mampu.
Ayo datang dan ajak keluarga!"""),

("listing", "hn_used_vehicle", 1, 1, 0, 0, """Dijual Honda Beat 2019 Bekas Pemakaian Pribadi
Pajak hidup, surat lengkap, BPKB atas nama sendiri
Kilometer 23rb, mesin halus, ban baru ganti
Harga 12,5jt nego halus
Lokasi Sidoarjo, hubungi 0812xxxx"""),

("article", "hn_news", 0, 1, 1, 1, """Petugas Bea Cukai mengamankan ratusan bal pakaian bekas asal Malaysia yang diangkut kapal kayu di perairan Bengkalis, Riau.
Muatan ditutup dengan karung berisi arang untuk mengelabui petugas.
Menurut keterangan petugas, nakhoda dan dua anak buah kapal kini diperiksa.
Pakaian bekas termasuk barang yang dilarang diimpor berdasarkan Permendag 18/2021 yang telah diubah dengan Permendag 40/2022.
Barang bukti rencananya akan dimusnahkan setelah ada penetapan."""),

("comment", "hn_buyer_question", 0, 1, 1, 1, """Kak mau nanya, kalau beli baju bal Korea itu biasanya bau apek ga sih?
Aku pengen nyoba beli buat dipakai sendiri, tapi takut gatal-gatal. Ada yang punya pengalaman cara nyucinya gimana?"""),

("post", "hn_complaint_report", 0, 1, 1, 1, """Hati-hati sama akun @balmurah.official ya guys!
Aku transfer 3 juta buat 'bal kemeja Korea grade A', yang dateng malah karung isi kain perca sama baju robek-robek.
Di iklannya tulisannya 'dijamin layak jual 90%'. Sekarang nomor WA-nya udah blokir aku.
Udah aku laporin ke platform, semoga ga ada korban lagi."""),

("listing", "hn_used_phone", 1, 1, 0, 1, """iPhone 12 Pro 128GB Second Ex Inter Japan
Fullset box, battery health 86%, no minus
Sudah unlock, IMEI terdaftar resmi
Harga 7,2jt, garansi toko 1 minggu
Ready di ITC Roxy Mas, Gadget Mulia"""),

("post", "hn_opinion", 0, 1, 1, 1, """Jujur aku bingung sama larangan thrifting ini.
Di satu sisi aku ngerti, industri tekstil lokal babak belur, konveksi kecil di kampungku banyak yang tutup.
Di sisi lain, buat mahasiswa kayak aku, baju bekas impor itu satu-satunya cara punya jaket bagus.
Mungkin solusinya bukan cuma razia pedagang kecil, tapi tutup jalur masuk balnya di pelabuhan.
Kalian tim mana?"""),

("listing", "hn_new_import", 1, 0, 1, 1, """Dress Korea Import BARU Bahan Premium Ready Stock
Barang baru dengan tag, impor resmi dari Dongdaemun Seoul
Ukuran all size fit to L, warna mocca, sage, hitam
Harga 185rb, tidak ada barang bekas di toko kami
Kirim dari Jakarta Utara"""),

("message", "hn_job_vacancy", 0, 1, 1, 1, """LOWONGAN KERJA 📢
Dibutuhkan 3 orang karyawan toko thrift di daerah Cibinong.
Tugas: sortir baju dari bal, setrika, foto produk, dan bantu live.
Syarat: pria/wanita 18-28 th, jujur, bisa kerja tim.
Gaji UMR + bonus. Kirim CV ke 0856xxxx (chat saja)."""),

("post", "hn_joke_meme", 0, 1, 1, 1, """Ibu gua: "baju bekas orang kok dibeli 200 ribu?"
Gua: "ini vintage ma, dari Jepang"
Ibu gua: "di lemari almarhum kakek juga ada yang vintage, gratis"
🤣🤣 kalah telak gua
#thrifting #emakgua"""),

("listing", "hn_cardboard_bale", 1, 1, 0, 0, """Jual Kardus Bekas Per Bal Harga Pabrik
Kardus bekas bersih ex gudang supermarket, sudah dipress rapi
1 bal kurang lebih 50kg, harga 2.300/kg
Cocok untuk pengepul dan usaha packing
Area Semarang dan sekitarnya, bisa antar"""),

("article", "hn_guideline", 0, 1, 1, 1, """Panduan Singkat untuk Penjual: Barang yang Tidak Boleh Diunggah
1. Pakaian bekas yang berasal dari luar negeri (impor), termasuk penjualan per bal atau karung.
2. Alas kaki dan tas bekas impor.
Penjual tetap boleh menjual pakaian preloved milik pribadi yang dibeli di dalam negeri.
Produk yang melanggar akan diturunkan dan akun dapat dibatasi.
Hubungi pusat bantuan jika ada pertanyaan."""),

("review", "hn_review_no_seller", 0, 1, 1, 1, """Pengalaman pertama beli jaket dari bal impor: lumayan, tapi ada catatan.
Bahannya memang tebal dan jahitannya rapi, jauh lebih awet dari jaket murah biasa.
Minusnya, bau gudangnya susah hilang, aku rendam air panas plus pewangi tiga kali baru oke.
Overall 7/10, tapi mungkin aku nggak akan beli lagi karena sekarang sudah dilarang."""),

("post", "hn_local_upcycle", 1, 1, 1, 0, """Karya baru dari Rajut Ulang Studio 🧵
Tote bag ini dibuat dari jeans bekas sumbangan teman-teman di Solo, dijahit ulang satu-satu.
Tidak ada bahan impor, semua dari lemari warga sekitar.
Harga 120rb, tiap tas unik dan nggak ada yang sama.
Order via DM, pengerjaan 5 hari"""),

("comment", "hn_swap", 0, 1, 1, 0, """Aku ikut ya kak acara tukar baju minggu depan! Bawa 4 kemeja bekas sendiri sama 1 celana, masih layak semua.
Nanti ditukar sistem poin kan? Ga pakai uang sama sekali?"""),

("listing", "hn_plain_clothing", 1, 0, 1, 0, """Gamis Syari Polos Bahan Ceruty Babydoll
Jahitan rapi, ada kantong samping, busui friendly
Ukuran S, M, L, XL
Harga 135.000
Tersedia 8 warna, kirim dari Pekalongan"""),

("post", "hn_factory_reject", 1, 0, 1, 0, """Sale kaos sisa ekspor! 🔥
Kaos polos dari pabrik garmen di Sukabumi, reject minor (jahitan miring dikit atau sablon ga rata)
Kondisi baru, belum pernah dipakai
Harga 15rb/pcs, minimal ambil 12 pcs
Cocok buat usaha sablon atau seragam komunitas"""),

("message", "hn_jastip_new", 1, 0, 1, 1, """Open jastip Bangkok 20-24 Oktober ✈️
Aku ke Platinum Fashion Mall dan Pratunam, bisa titip baju, tas, sandal yang BARU ya
Fee 25rb per item, berat maksimal 1kg per item
Barang bekas ga aku terima titipannya
Format order: nama, item, link/foto, budget"""),

("article", "hn_news", 0, 1, 1, 1, """Pedagang di Pasar Senen mengaku omzet turun sejak razia pakaian bekas impor gencar dilakukan.
Seorang pedagang yang sudah berjualan lebih dari lima belas tahun menyebut pasokan bal dari Bandung tersendat.
Ia berharap pemerintah memberi waktu bagi pedagang untuk menghabiskan stok dan beralih ke produk lokal.
Kementerian Perdagangan sebelumnya menegaskan bahwa yang dilarang adalah impor pakaian bekas, sementara produk lokal justru didorong."""),

("listing", "hn_majun", 1, 1, 0, 0, """Majun Kain Perca Per Karung Untuk Bengkel dan Pabrik
Majun dari potongan kain sisa dan kaos bekas, sudah disortir
Daya serap oli bagus, tidak berbulu
Harga 6rb/kg, 1 karung isi 25kg
Gudang di Karawang, melayani kirim ke kawasan industri"""),

("post", "hn_opinion", 0, 1, 1, 1, """Thread: kenapa thrifting tuh sebenarnya bukan gaya hidup 'sustainable' kalau barangnya diimpor 🧵
1/ Bal baju bekas dari luar negeri itu sebagian besar isinya sampah yang negara asal ga mau urus.
2/ Yang layak jual mungkin cuma setengah, sisanya dibakar atau dibuang di sini.
3/ Jadi kita sebenarnya mengimpor limbah tekstil, bukan menyelamatkan bumi.
4/ Kalau mau sustainable, tukar baju sama teman atau beli preloved orang lokal."""),

("listing", "hn_used_appliance", 1, 1, 0, 1, """Mesin Jahit Juki Second Ex Jepang Siap Pakai
Tipe high speed, sudah servis total, dinamo halus
Cocok untuk konveksi rumahan
Harga 3,8jt, bisa kirim luar kota pakai kayu
Toko Mesin Berkah, Jl. Bubutan Surabaya"""),

("comment", "hn_buyer_question", 0, 1, 1, 1, """Ada yang tau ga sih di Makassar sekarang cakar masih ada ga? Dulu sering ke Pasar Butung tapi katanya banyak yang tutup.
Pengen cari jaket buat naik gunung, budget tipis 😅"""),

("post", "hn_donation_request", 0, 1, 1, 0, """Panti Asuhan Kasih Bunda menerima sumbangan pakaian bekas layak pakai untuk 40 anak asuh usia 5-17 tahun.
Kami juga menerima seragam sekolah bekas, sepatu, dan tas.
Silakan antar langsung ke Jl. Melati Raya no. 12 Depok atau hubungi pengurus di 0819xxxx untuk penjemputan.
Terima kasih atas kepeduliannya."""),

("live", "hn_new_thrift_style", 1, 0, 1, 0, """Haii welcome di live Kain Kita! Semua yang aku tunjukin malam ini baju BARU ya, bukan thrift
Tapi modelnya emang kita bikin ala-ala vintage, kayak kemeja kerah lebar dan celana cutbray
Kemeja retro 95 ribu, cutbray 120 ribu, produksi sendiri di Jogja
Yang mau checkout langsung di keranjang kuning"""),

("article", "hn_news", 0, 1, 1, 1, """Kantor Bea Cukai Entikong kembali menggagalkan masuknya puluhan karung pakaian bekas dari Malaysia melalui jalur tidak resmi.
Karung-karung tersebut ditemukan di sebuah gudang di Kecamatan Entikong setelah petugas menerima laporan warga.
Pemilik barang belum ditemukan.
Petugas mengimbau masyarakat tidak tergiur membeli baju lelong karena selain melanggar aturan juga berisiko bagi kesehatan."""),

("post", "hn_own_preloved", 1, 1, 1, 0, """Preloved ibu hamil nih bund 🤰 udah nggak kepake karena anak udah 2 tahun
3 daster menyusui, 2 celana hamil, 1 dress kondangan
Semua beli di Matahari dan toko online lokal, kondisi 90%
Borong 150rb, lokasi Bekasi Utara"""),

("message", "hn_complaint_report", 0, 1, 1, 1, """Lapor min, ada toko di marketplace yang judulnya 'Baju Kerja Wanita Murah' tapi di deskripsinya tulis 'b3k4s 1mp0r k0r34 grade A, ambil dari bal'.
Nama tokonya Fashion Amel 88. Kayaknya sengaja nyamarin biar ga kena filter.
Mohon dicek ya min, terima kasih."""),

("listing", "hn_produce_sack", 1, 0, 0, 0, """Bawang Merah Brebes Per Karung 50kg
Panen baru, kering, umbi sedang
Harga 1,4jt per karung, bisa nego untuk ambil 10 karung ke atas
Kirim ke pasar induk se-Jawa
Hub. Pak Darto 0857xxxx"""),

("post", "hn_joke_meme", 0, 1, 1, 1, """Anak kos tiap akhir bulan:
"Gue butuh baju baru"
*buka dompet*
*isi 32 ribu*
*scroll tabungan, isinya juga nol*
"Oke, gue butuh baju dari karung Gedebage" 😭
#relatable #anakkos"""),

("post", "hn_tutorial", 0, 1, 1, 1, """Tips mencuci baju thrift impor sebelum dipakai (biar aman buat kulit):
1. Rendam air panas 60 derajat minimal 30 menit.
2. Tambahkan cuka putih atau deterjen antibakteri.
3. Sikat bagian ketiak dan kerah.
4. Jemur langsung di bawah matahari sampai kering betul.
5. Setrika dengan suhu tinggi kalau bahannya memungkinkan.
Simpan tips ini biar nggak lupa!"""),

("listing", "hn_new_import", 1, 0, 1, 1, """Sepatu Running Adidas Original BNWT Import Vietnam
Baru, box lengkap, tag masih nempel
Size 40-44, harga 890rb
Bukan second, bukan reject
Garansi uang kembali kalau tidak ori, kirim dari Jakarta"""),

("comment", "hn_buyer_question", 0, 1, 1, 1, """Bang, itu celana yang di video tadi dari bal Jepang bukan? Kalau iya ukuran pinggangnya berapa?
Soalnya aku badan gede, takut ga muat. Aku cuma nanya dulu ya, belum pasti beli."""),

("post", "hn_charity_bazaar", 1, 1, 1, 0, """Rummage sale Gereja HKBP Resort Menteng hari Minggu ini setelah ibadah kedua! 🙌
Tersedia baju, sepatu, mainan anak bekas sumbangan jemaat, harga mulai 3 ribu.
Hasilnya untuk renovasi sekolah minggu.
Lokasi halaman gereja, jam 11.00-15.00"""),

("listing", "hn_used_furniture", 1, 1, 0, 0, """Lemari Pakaian Kayu Jati Bekas 3 Pintu
Masih kokoh, kunci lengkap, ada cermin di pintu tengah
Ukuran 150x55x190 cm
Harga 2,5jt, belum termasuk ongkos angkut
Lokasi Jepara, bisa lihat langsung"""),

("article", "hn_news", 0, 1, 1, 1, """Sejumlah pedagang thrift di Bandung menggelar aksi di depan gedung DPRD menolak penertiban pakaian bekas impor.
Mereka mengaku sebagian besar barang dibeli dalam bentuk bal dari pemasok di Gedebage dan tidak tahu asal-usulnya.
Perwakilan pemerintah daerah menyatakan akan menyampaikan aspirasi pedagang ke pusat.
Sementara itu, asosiasi tekstil menilai peredaran pakaian bekas impor menekan penjualan produk lokal."""),

("message", "hn_plain_clothing", 1, 0, 1, 0, """Assalamualaikum ibu-ibu, mau info seragam sekolah SD/SMP ready lagi ya
Kemeja putih, rok/celana merah & biru, lengkap ukuran 6-16
Harga mulai 45rb, jahitan penjahit lokal Tasikmalaya
Bisa pesan antar ke sekolah. Hub Bu Euis 0813xxxx"""),

("post", "hn_domestic_denial", 1, 1, 1, 0, """Banyak yang nanya: "kak ini thrift impor?" BUKAN ya 🙅‍♀️
Semua baju di @lemarimamah.preloved adalah baju bekas titipan ibu-ibu di komplek kami, dibeli di Indonesia dan dipakai sendiri.
Kami jual dengan sistem konsinyasi, hasilnya dibagi dengan pemilik.
Stok terbaru: kemeja kerja, rok span, gamis. Harga 25-75rb."""),
]
