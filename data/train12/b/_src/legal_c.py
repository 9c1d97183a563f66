# Legal records, batch C: own preloved, swaps, donations, charity sales, new goods in thrift style,
# other goods in the same voice (phones, recond, ceker, motorbikes, books, rice, majun).
# Tuple: (kind, category, offer, used, clothing, abroad, text)
RECORDS = [
("listing", "hn_own_preloved", 1, 1, 1, 0, """Preloved lemari sendiri, beres2 sebelum pindah kos 📦
1. Kemeja linen putih M (beli di Zara Grand Indonesia) 85rb
2. Rok midi plisket maroon 50rb
3. Cardigan rajut cream, dipakai 3x 60rb
Semua udah dicuci & disetrika, bukan barang impor/karungan ya. DM aja, COD sekitar Tebet."""),

("post", "hn_swap_event", 0, 1, 1, 0, """SWAP PARTY BULAN INI 🔁👗
Bawa maksimal 5 baju layak pakai dari lemarimu sendiri, tukar dengan punya peserta lain.
Gak ada jual beli, gak ada uang, cuma tukeran.
Sabtu 14.00 di aula RW 07, snack disediakan ibu-ibu PKK.
Yang tidak ketukar akan didonasikan ke panti."""),

("post", "hn_donation", 0, 1, 1, 0, """Kami dari posko relawan banjir Dayeuhkolot membuka donasi pakaian bekas layak pakai.
Yang paling dibutuhkan: baju anak, sarung, selimut, pakaian dalam baru.
Mohon dicuci dan dilipat, dimasukkan kantong plastik diberi label ukuran.
Antar ke posko masjid Al-Ikhlas, contact person Bu Neneng 0812xxxx. Terima kasih orang baik 💛"""),

("listing", "hn_school_bazaar", 1, 1, 1, 0, """BAZAR AMAL SMP Harapan Bangsa 🎒
Menjual pakaian bekas layak pakai hasil sumbangan orang tua murid, harga 5rb–25rb.
Seluruh hasil penjualan untuk beasiswa siswa kurang mampu.
Jumat–Sabtu, 08.00–13.00 di lapangan sekolah.
Ada juga stand kue & minuman dari kelas 8. Ajak keluarga ya!"""),

("message", "hn_nitip_jual", 1, 1, 1, 0, """Guys, aku nitip jual punya kakakku ya 🙏
Jas almamater + kemeja putih + celana bahan hitam, bekas wisuda, cuma dipakai sekali.
Ukuran L, cocok buat yang mau sidang/wisuda.
Harga 150rb sepaket, boleh nego dikit. Ambil di rumahku aja, Sleman."""),

("post", "hn_upcycle_local", 1, 1, 1, 0, """Proyek rework bulan ini: 20 jeans bekas sumbangan tetangga aku jadikan tote bag & apron ✂️
Semua bahan dari lemari warga kampung sendiri, bukan dari karungan.
Hasilnya dijual di bazar kreatif Car Free Day Minggu besok, 45rb–90rb.
Mampir ya, stand warna kuning sebelah penjual es doger."""),

("listing", "hn_new_thrift_style", 1, 0, 1, 0, """NEW DROP — koleksi "Vintage Vibes" 🧥
Jaket corduroy & kemeja flanel motif ala thrift 90an, tapi 100% BARU, produksi konveksi kami sendiri di Bandung.
Gak bau, gak bekas, gak ada noda misterius 😆
Harga 129rb–179rb, size S–XXL. Order via website atau Shopee resmi kami."""),

("listing", "hn_import_new", 1, 0, 1, 1, """JASTIP JEPANG batch Desember ✈️🇯🇵
Terima titipan Uniqlo, GU, Muji, semua barang BARU bertag dengan struk toko.
Berangkat 10 Des, barang sampai Jakarta akhir bulan.
Fee 10% dari harga, DP 50%. No barang bekas, no second, no karungan ya kak.
Form order di highlight IG."""),

("listing", "hn_export_surplus", 1, 0, 1, 0, """Sisa ekspor pabrik garmen Cikarang 🏭
Kaos polos & kemeja kerja, baru semua, masih segel plastik, cuma labelnya digunting.
Harga grosir mulai 18rb/pcs min. 1 lusin, ecer 25rb.
Bukan barang bekas, bukan impor. Gudang buka Senin–Sabtu."""),

("listing", "hn_used_phone", 1, 1, 0, 1, """Dijual iPhone 11 second ex-Japan, garansi toko 1 bulan 📱
Battery health 84%, mulus 95%, shutter kamera bunyi (khas Jepang), IMEI sudah terdaftar resmi.
Fullset dus + charger.
Harga 4,3jt nego tipis. COD area Mangga Dua, WA 0812xxxx."""),

("listing", "hn_kereta_recond", 1, 1, 0, 1, """Jual kereta recond Jepun, Honda Dio tahun lama, mesin masih original 🛵
Dibawa masuk dari Malaysia, surat lengkap, pajak hidup.
Cat baru, ban depan baru ganti minggu lepas.
Harga 7 juta, boleh tengok di bengkel saya kawasan Batu Ampar. Saudara berminat hubungi 0812xxxx."""),

("post", "hn_ceker_cakar", 1, 0, 0, 0, """CAKAR AYAM PEDAS MAMA ONA 🔥🐔
Cakar ayam kampung diungkep bumbu kuning lalu dimasak cabe rawit segar.
1 porsi isi 8 cakar 20rb, level 1–5.
Buka jam 4 sore di depan Indomaret Jl. Pettarani, Makassar.
Yang cari cakar di sini bukan cakar karungan ya, ini cakar yang bikin keringetan 😂"""),

("listing", "hn_used_motorbike", 1, 1, 0, 0, """Dijual motor bekas pribadi, Yamaha Mio 2015 🏍️
Pajak hidup sampai Juni, BPKB atas nama sendiri, tangan pertama.
Mesin halus, baru servis CVT bulan lalu. Lecet wajar di bodi samping.
Harga 5,8 juta nego. Lokasi Sidoarjo, bisa lihat langsung sore hari."""),

("listing", "hn_used_books", 1, 1, 0, 1, """Lelong buku terpakai dari Singapura 📚
Novel bahasa Inggris second, kondisi 80–90%, ada yang bertanda tangan pemilik lama.
RM... eh maksudnya 25rb–40rb per buku, 3 buku 100rb.
Ongkir dari Batam ditanggung pembeli. List judul di komen pertama."""),

("listing", "hn_rice_sack", 1, 0, 0, 0, """Jual beras Cianjur pandan wangi, karung 25 kg 🌾
Panen baru, pulen, gak pakai pemutih.
Harga 335rb per karung, bisa antar dalam kota Sukabumi.
Pesan lewat Bu Ratna 0812xxxx, bayar di tempat. Stok terbatas sebelum Lebaran."""),

("listing", "hn_majun", 1, 1, 0, 0, """Jual majun (kain lap) kiloan buat bengkel & pabrik 🛠️
Potongan kaos bekas dan sisa garmen, sudah dipotong, bersih, daya serap oli bagus.
Harga 7rb/kg, min. order 50 kg.
Bukan buat dipakai, ini kain lap industri ya pak. Gudang di Tangerang, kirim pakai pickup."""),

("post", "hn_giveaway", 0, 1, 1, 0, """GIVEAWAY kecil-kecilan 🎁
Aku mau kasih gratis 3 kemeja kerja preloved punyaku sendiri (size M, beli di Matahari) buat fresh graduate yang lagi cari kerja.
Caranya: komen ceritain kamu lagi lamar kerja di bidang apa.
Dipilih 3 orang hari Jumat, ongkir aku yang tanggung. Semangat pejuang kerja!"""),

("post", "hn_donation", 0, 1, 1, 0, """Alhamdulillah, hasil donasi baju layak pakai dari warga komplek sudah terkumpul 14 kardus.
Sudah kami sortir: baju anak, baju dewasa, mukena, sarung.
Besok pagi dikirim ke korban gempa Cianjur lewat relawan kampus.
Terima kasih ibu-ibu yang sudah cuci dan setrika dulu sebelum disumbangkan 🙏"""),

("message", "hn_family_handmedown", 0, 1, 1, 0, """Tante, baju2 Raka yang udah kekecilan boleh buat adek Nisa aja ya.
Ada 2 kantong: kaos, celana pendek, seragam TK, sama sepatu sendal.
Udah aku cuci semua. Nanti Minggu aku anter sekalian arisan.
Gak usah diganti apa2 ya tan 😊"""),

("listing", "hn_own_preloved", 1, 1, 1, 0, """[PRELOVED] Tas kulit asli punya pribadi 👜
Beli di butik lokal Jogja tahun 2021, pemakaian jarang, ada lecet kecil di sudut bawah (foto slide 4).
Dijual karena mau beli stroller.
650rb, bisa COD di Ambarrukmo. Bukan barang thrift/impor ya."""),

("post", "hn_job_vacancy", 0, 1, 1, 1, """Dicari karyawan toko pakaian bekas di Pasar Senen 🧾
Tugas: sortir baju dari karung, setrika, gantung, dan layani pembeli.
Jam kerja 08.00–17.00, gaji harian + makan siang.
Syarat: laki2/perempuan 18–30 th, jujur, tahan debu.
Lamaran langsung datang ke Blok III lantai dasar, tanya Pak Ujang."""),

("post", "hn_swap_thrift", 0, 1, 1, 1, """Ada yang mau tukeran? 🙋‍♀️
Aku punya jaket denim hasil ngawul di Gedebage (ex-Jepang), ternyata kegedean.
Pengen tukar sama jaket atau kemeja ukuran XL-ku yang kekecilan... eh kebalik, aku mau yang lebih kecil 😂
Pokoknya tukeran aja, gak jual. Area Bandung Timur."""),

("listing", "hn_new_thrift_style", 1, 0, 1, 0, """Bundle Cirebon 2024 — kaos oversize motif vintage washing 👕
100% cotton combed 24s, produksi kami sendiri, BARU bukan bekas.
Efek pudar & retak sablon disengaja biar kelihatan kayak hasil thrifting.
Harga 89rb, beli 3 gratis stiker. Pengiriman tiap hari kerja."""),

("listing", "hn_factory_reject", 1, 0, 1, 0, """Jual kaos reject pabrik Solo 👕
Baru, belum pernah dipakai, cacat kecil seperti sablon agak miring atau benang lebih.
Kiloan 65rb/kg (isi sekitar 8–10 pcs), bisa campur warna.
Barang lokal, bukan karungan impor. Cocok buat kaos kerja atau seragam panitia."""),

("post", "hn_upcycle_local", 1, 1, 1, 0, """Sarung bekas almarhum kakek kujadiin 3 outer patchwork 🥹
Kainnya dari lemari sendiri, dijahit bareng ibu pakai mesin jahit lama.
Satu aku pakai, dua sisanya dijual ke teman kantor yang udah pesan.
Kalau mau bikin juga, bawa kain kalian sendiri ke workshop, aku ajarin gratis."""),

("listing", "hn_used_appliance", 1, 1, 0, 1, """Jual mesin cuci bekas ex-Jepang, 2 tabung, 100V (pakai trafo) 🧺
Masih dingin dan kuat, cuma ada karat kecil di bawah.
Cocok buat kos-kosan atau laundry kecil.
Harga 600rb, ambil sendiri di Batam Center. Gak kirim luar pulau."""),

("post", "hn_kids_preloved", 1, 1, 1, 0, """Mom's corner: preloved baju bayi anakku, umur 0–6 bulan 👶
Jumpsuit, bedong, topi, kaos kaki, semua beli di toko perlengkapan bayi dekat rumah.
Dipakai sebentar karena anakku cepet gede.
Sepaket 20 pcs 150rb, udah dicuci pakai deterjen bayi. Lokasi Depok, COD stasiun Pondok Cina."""),

("listing", "hn_used_phone", 1, 1, 0, 0, """HP bekas pribadi mau dilepas 🙌
Samsung A52, pemakaian 2 tahun, layar ada gores halus, baterai masih tahan seharian.
Beli resmi di Erafone, dus & nota ada.
2,1 juta net. Minat japri, area Medan Johor. Gak terima tukar tambah."""),

("post", "hn_church_bazaar", 1, 1, 1, 0, """Bazar Natal Jemaat GMIM Bukit Moria 🎄
Ada pakaian bekas layak pakai sumbangan jemaat, harga seribu sampe dua puluh ribu.
Juga ada kue kering, cakalang fufu, dan klappertaart bikinan kaum ibu.
Sabtu depan di halaman gereja. Hasilnya untuk pembangunan pastori. Torang basudara, mari dukung!"""),

("listing", "hn_import_new", 1, 0, 1, 1, """READY STOCK sepatu lari impor Korea 🇰🇷 BNWT
Semua baru, box lengkap, tag masih nempel, ada invoice toko Seoul.
Size 38–44, harga 780rb–1,1jt.
Barang resmi lewat bea cukai, bukan second. Cek katalog di link bio, pengiriman dari Jakarta."""),

("listing", "hn_used_cardboard", 1, 1, 0, 0, """Butuh kardus bekas buat pindahan? 📦
Saya punya 60 kardus bekas mie & air mineral, masih kokoh.
Lima ribu dapat 4, ambil di toko kelontong saya Jl. Kaliurang km 7.
Sisanya nanti saya jual ke pengepul kiloan."""),

("post", "hn_jute_sack", 1, 1, 0, 1, """Karung goni bekas kopi impor dari Brasil & Vietnam ☕
Cocok buat dekorasi kafe, pot tanaman, atau lomba balap karung 17an.
Kondisi bersih, ada sablon tulisan asli negara asal.
15rb/lembar, 10 lembar 130rb. Lokasi Medan, kirim via JNE."""),

("message", "hn_nitip_jual", 1, 1, 1, 0, """[Grup alumni SMA 3] Izin nitip jual gaun kebaya punya istri saya, dipakai sekali di nikahan adiknya.
Warna sage, ukuran M, jahitan penjahit di Pasar Baru Palembang.
Harga 400rb (dulu bikinnya 1,2jt). Yang berminat bisa langsung japri saya.
Mohon maaf mengganggu grup 🙏"""),

("post", "hn_upcycle_workshop", 0, 1, 1, 0, """Workshop rework gratis di taman kota hari Minggu 🧵
Bawa 1 kaos atau kemeja bekas dari lemarimu sendiri, kita ubah jadi tas belanja, scrunchie, atau crop top.
Mesin jahit & benang disediakan komunitas.
Tujuannya biar baju lama gak berakhir di TPA. Kuota 30 orang, daftar lewat link di bio."""),

("listing", "hn_rental_costume", 1, 1, 1, 0, """Sewa kostum karnaval 17an 🇮🇩
Baju adat, seragam pejuang, kostum profesi anak.
Bekas disewa tapi selalu di-laundry, produksi penjahit langganan di Surakarta.
Sewa 35rb–75rb/hari, deposit KTP. Booking jauh2 hari, Agustus cepat penuh!"""),

("listing", "hn_used_car", 1, 1, 0, 1, """Dijual mobil bekas impor Jepang, Toyota Alphard 2010 CBU 🚐
Interior rapi, AC dingin, km 140rb.
Pajak baru bayar, surat lengkap.
Harga 265 juta nego. Showroom kami di Kelapa Gading, silakan test drive."""),

("post", "hn_thrift_look_diy", 0, 0, 1, 0, """Tutorial bikin kaos baru biar keliatan kayak hasil thrift 90an tanpa harus ngawul 😎
1. Beli kaos polos baru
2. Rendam larutan pemutih encer 20 menit
3. Gosok kerah & ujung lengan pakai amplas halus
4. Sablon manual gambar retro, cuci 3x
Hasilnya vintage look, tapi bersih dan dari produksi lokal."""),

("post", "hn_charity_sale_online", 1, 1, 1, 0, """Open preloved for charity 🤍
Semua baju di katalog ini sumbangan teman-teman kantor kami sendiri, dibeli di toko-toko lokal.
Hasil penjualan 100% untuk pengobatan Dek Alya (leukemia).
Harga 20rb–100rb, cek album "Charity Alya" di IG kami, transfer langsung ke rekening keluarga."""),

("post", "hn_own_wardrobe_vent", 0, 1, 1, 0, """Lemari penuh tapi merasa gak punya baju. Relate?
Hari ini aku keluarin 32 potong: sebagian buat adik, sebagian buat bank sampah, sebagian mau aku jual santai di grup kompleks.
Semua dari belanja impulsif di mall selama pandemi 😭
Mulai tahun depan pengen capsule wardrobe aja."""),
]
