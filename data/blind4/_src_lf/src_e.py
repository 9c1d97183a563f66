# Hand-written long-form records, part E: other goods per bal/karung, charity/swaps,
# upcycling/tailoring/laundry, other meanings of the words, reviews, extras.
R = []
def add(kind, cat, el, text):
    R.append(dict(kind=kind, category=cat, el=el, text=text.strip("\n")))

# --- other goods sold per bal / karung / goni ---
add("listing", "other_goods_per_bal", "1000", """
Tembakau srintil Temanggung panen tahun ini 🍂
Dijual per bal (±40 kg), dibungkus keranjang bambu
Grade C-D, aroma kuat, cocok buat rajangan
Harga per kg 180rb, per bal nego
Gudang di Parakan, bisa dikirim
""")

add("listing", "other_goods_per_bal", "1000", """
Beras pandan wangi Cianjur, panen baru 🌾
Karung 25 kg 345rb, karung 50 kg 680rb
Gratis antar area Cianjur kota minimal 2 karung
Beras bersih, tanpa pemutih
Pesan via WA 0857xxxx
""")

add("listing", "other_goods_per_bal", "1001", """
Kapas serat (raw cotton) impor Australia & Brasil tersedia di gudang kami 🧺
Dijual per bal (±227 kg), cocok untuk pemintalan
Harga mengikuti kurs & indeks harian, hubungi marketing
Dokumen impor & sertifikat mutu lengkap
Gudang Cikarang, pengiriman truk
""")

add("listing", "other_goods_per_bal", "1100", """
Jual kardus bekas per bal (press), ±60 kg per bal 📦
Bersih, kering, dari gudang ritel
Harga 2.800/kg, ambil minimal 1 ton
Lokasi Bekasi, bisa diambil pakai truk engkel
""")

add("listing", "other_goods_per_bal", "1000", """
Majun kain perca per karung 🧽
Dari sisa potongan konveksi (kain baru), cocok buat lap bengkel, pabrik, cat
Karung 25 kg 95rb, karung 50 kg 180rb
Warna campur, bahan kaos/katun
Kirim area Jabodetabek, gudang di Tangerang
""")

add("listing", "other_goods_per_bal", "1100", """
Lap majun dari kaos bekas (hasil sortir donasi lokal yang sudah tidak layak pakai), dipotong 40x40 cm, dicuci bersih
Dijual per bal press 10 kg: 85rb
Daya serap oli tinggi, cocok untuk bengkel & pabrik
Produksi UMKM binaan bank sampah kecamatan
""")

add("listing", "other_goods_per_bal", "1000", """
Jerami padi kering per bal 🐄
Ukuran bal ±15 kg, dipress mesin baler
Harga 12rb/bal, minimal 100 bal
Cocok buat peternak sapi & kambing
Lokasi Klaten, bisa antar pakai pick up
""")

add("listing", "other_goods_per_bal", "1000", """
Cengkeh kering Minahasa per goni 🌰
1 goni ±50 kg, kadar air di bawah 12%
Harga hari ini 112rb/kg
Stok 30 goni, bisa kirim ke Surabaya & Kudus
Torang jual langsung dari petani, nda lewat tengkulak
""")

add("listing", "other_goods_per_bal", "1101", """
Supply kertas bekas impor (OCC / old corrugated cardboard) ex-Amerika & Eropa
Dikemas per bal ±500 kg, sesuai persetujuan impor industri kertas
Kadar kontaminan sesuai standar
Hanya melayani pabrik kertas dengan izin lengkap
Hubungi tim sales untuk penawaran
""")

add("listing", "other_goods_per_bal", "1010", """
Kain perca batik per kilo/per karung 🎨
Sisa potongan konveksi batik Pekalongan, kain baru (bukan bekas)
Cocok buat patchwork, masker, tas, bantal
1 kg 35rb, 1 karung (20 kg) 600rb
Kirim dari Pekalongan
""")

add("listing", "other_goods_per_bal", "1100", """
Jual karung goni bekas (bekas karung kopi dari gudang eksportir Lampung) 🟤
Ukuran 70x110, kondisi masih kuat
Harga 6rb/lembar, min 100 lembar
Cocok buat tanaman, dekorasi, lomba balap karung 17an 😄
Kirim ke seluruh Sumatra
""")

# --- charity sales, donations, swaps ---
add("post", "charity_donation_swap", "1110", """
BAZAR AMAL GEREJA 🙏
Sabtu, 14.00-18.00 di aula paroki
Menjual pakaian layak pakai hasil donasi jemaat: kemeja, gaun, baju anak, sepatu
Harga 5rb - 30rb, seluruh hasil untuk beasiswa anak asuh
Donasi pakaian masih diterima sampai Jumat (mohon dicuci bersih)
""")

add("post", "charity_donation_swap", "0110", """
Open donasi pakaian layak pakai untuk korban banjir di Demak 🙏
Kebutuhan: baju anak, pakaian dalam baru, sarung, selimut, handuk
Drop point: Sekretariat BEM, Gedung C lantai 1, jam 09.00-16.00
Mohon pakaian dalam dalam kondisi baru, pakaian lain dicuci & dilipat
Info: 0812xxxx (Dina)
""")

add("post", "charity_donation_swap", "0110", """
SWAP PARTY 👗🔁👔
Bawa maksimal 5 baju layak pakai dari lemari kamu, tukar dengan baju orang lain!
Minggu, 10.00-14.00 di Taman Kota (dekat panggung)
Gratis, cuma perlu bawa tas sendiri
Sisa baju akan didonasikan ke panti
#tukarbaju #slowfashion
""")

add("post", "charity_donation_swap", "1110", """
Gratis buat yang butuh 🙏 Baju kerja almarhum bapak, masih bagus: 8 kemeja, 4 celana bahan, 2 jas (semua dijahit di penjahit langganan beliau dulu).
Ambil aja di rumah, daerah Cimahi. Prioritas untuk yang baru mulai kerja dan butuh baju kantor.
Chat dulu ya sebelum datang.
""")

add("profile", "charity_donation_swap", "1110", """
Toko Donasi Rumah Harapan 🏠 buka tiap hari 09.00-17.00
Kami menjual pakaian, tas, dan sepatu bekas sumbangan warga Yogyakarta
Harga 3rb - 50rb, hasil untuk operasional rumah singgah pasien anak
Kami TIDAK menerima atau menjual barang bal/impor
Alamat: Jl. Kaliurang, gang sebelah apotek
""")

add("post", "charity_donation_swap", "0110", """
Penggalangan pakaian musim dingin untuk pengungsi di luar negeri ❄️
Kami menerima jaket tebal, sweater, syal, dan selimut dalam kondisi bersih dan layak
Akan dikirim bersama lembaga kemanusiaan mitra bulan depan
Drop point di masjid kami setiap ba'da Ashar
Jazakumullah khairan
""")

add("post", "charity_donation_swap", "1110", """
Bazar Preloved SD Tunas Bangsa 🎒
Orang tua murid menjual seragam, sepatu, & tas bekas anak-anak
Seragam 10-25rb, sepatu 20-40rb
Sebagian hasil disumbangkan untuk perpustakaan
Jumat, 07.30-11.00 di halaman sekolah
""")

add("post", "charity_donation_swap", "1110", """
Lelang amal 🏆 jersey bekas pakai pemain kami di final liga kampung
Ada bekas keringat asli 😂 tanda tangan seluruh tim
Open bid 200rb, kelipatan 25rb
Hasil lelang untuk renovasi mushola RT 05
Bid di komentar, ditutup Minggu jam 8 malam
""")

# --- upcycling, tailoring, laundry ---
add("listing", "upcycle_tailor_laundry", "1110", """
Tas tote dari jeans bekas 👖➡️👜
Dibuat dari celana jeans bekas yang dikumpulkan dari pelanggan & tetangga (bukan dari bal)
Tiap tas unik, ada saku asli celana di depan
Ukuran 35x40 cm, harga 95rb
Bisa custom: kirim jeans bekasmu, kami jahit jadi tas (jasa 60rb)
""")

add("post", "upcycle_tailor_laundry", "0110", """
Vermak Jeans & Permak Baju Mang Ujang ✂️
Potong celana, kecilin pinggang, ganti resleting, tambal robek
Terima juga vermak baju hasil thrifting biar pas di badan 😄
Harga mulai 10rb
Lokasi depan minimarket Jl. Cijerah, buka 08.00-20.00
""")

add("post", "upcycle_tailor_laundry", "0110", """
Laundry Khusus Thrift 🧼 'Bersih Sebelum Dipakai'
Baju preloved bau apek? Kami cuci dengan air panas + disinfektan + setrika uap
Kiloan 12rb/kg, jaket 25rb/pcs, sepatu 35rb/pasang
Antar jemput area Malang kota
Bukan jual baju ya kak, kami cuma laundry 😊
""")

add("post", "upcycle_tailor_laundry", "0110", """
Workshop Upcycling 'Baju Lama Jadi Baru' 🧵
Belajar mengubah kaos bekas jadi tote bag, kemeja lama jadi crop top, dan sisa kain jadi scrunchie
Sabtu 13.00-16.00, HTM 75rb (termasuk alat & snack)
Bawa 2-3 pakaian bekas dari rumah
Tempat: Ruang Kreatif Kota, Lt. 2
""")

add("listing", "upcycle_tailor_laundry", "1110", """
Jaket patchwork handmade 🧩 dari potongan kemeja bekas keluarga & sisa kain konveksi
1 of 1, size L, lining baru
Harga 425rb
Dijahit di studio kecil kami di Denpasar
Bukan thrift impor, 100% upcycle lokal ♻️
""")

add("post", "upcycle_tailor_laundry", "0110", """
Cuci sepatu & repaint 👟✨
Sepatu lama/bekas kamu jadi kinclong lagi
Deep clean 45rb, unyellowing 60rb, repaint 120rb, ganti sol mulai 150rb
Drop off di workshop kami Jl. Dipatiukur, Bandung atau pakai kurir
Estimasi 3-5 hari
""")

add("post", "upcycle_tailor_laundry", "0110", """
Jasa celup ulang (dyeing) pakaian pudar 🎨
Kemeja hitam jadi kusam? Jeans belel? Kami celup ulang pakai pewarna tekstil tahan luntur
Mulai 25rb/pcs
Juga terima 'reworked' kaos lama jadi tie-dye
Kirim lewat ekspedisi ke Solo, kami kirim balik
""")

add("listing", "upcycle_tailor_laundry", "1110", """
Sweater rajut 'Reborn' 🧶 dirajut ulang dari benang sweater-sweater lama yang kami urai
Benang dicuci, diurai, lalu dirajut tangan oleh ibu-ibu kampung rajut di Bandung
Warna gradasi unik, size M/L
Harga 320rb, PO 3 minggu
""")

add("post", "upcycle_tailor_laundry", "1010", """
Terima jahit baju custom 🪡 kebaya, gamis, kemeja, seragam
Bawa kain sendiri atau pilih kain di tempat
Bisa juga contoh model dari foto Pinterest/thrift vintage
Jahit kemeja 120rb, kebaya mulai 350rb
Penjahit Bu Sri, Jl. Kenanga, Purworejo
""")

add("post", "upcycle_tailor_laundry", "1110", """
Sewa kostum & baju adat 🎭 untuk karnaval 17an, wisuda TK, pentas seni
Baju adat berbagai provinsi, kostum profesi, kostum hewan
Sewa 35rb-100rb/hari, deposit KTP
Semua kostum koleksi kami sendiri, rutin dicuci
Lokasi Kediri, bisa antar
""")

add("post", "upcycle_tailor_laundry", "1110", """
Pengumuman dari Laundry Berkah: cucian yang tidak diambil lebih dari 3 bulan akan kami jual murah untuk menutup biaya 🙏
Ada kemeja, celana, jaket, seprai — total 40an item
Harga 10-30rb, Sabtu ini di depan laundry
Pemilik yang merasa masih punya cucian, segera ambil sebelum Jumat
""")

# --- other meanings of the words ---
add("post", "other_meaning", "1000", """
Ceker (cakar ayam) pedas level 1-5 🌶️🔥
Porsi 250 gr 20rb, porsi jumbo 35rb
Cakar sudah dipresto, tulangnya lunak
Open order jam 4 sore sampai habis
Free ongkir area kampus Tamalanrea
#cakarayam #cekermercon #kulinermakassar
""")

add("post", "other_meaning", "0000", """
Race recap dari Monza 🏁🇮🇹
Strategi satu pit stop ternyata jadi kunci. Slipstream di lintasan lurus panjang bikin posisi 3-8 naik turun sampai lap terakhir.
'Temple of Speed' memang selalu kasih drama. Siapa yang begadang nonton kemarin?
#F1 #ItalianGP #Monza
""")

add("listing", "other_meaning", "1000", """
Bal sepak (bola) ukuran 5 buat latihan SSB ⚽
Bahan PU jahit mesin, baru
Harga 85rb/biji, beli 10 bal 750rb
Cocok buat turnamen 17an antar RT
Kirim dari Majalaya
""")

add("post", "other_meaning", "1000", """
Hidden gem di Jogja utara ☕🌿
Kafe kecil di tengah sawah, view Merapi kalau cerah, kopi susu gula aren 22rb
Roti bakar srikaya juara, tempatnya adem banget buat nugas
Jam buka 08.00-22.00, parkir luas
#hiddengem #kafejogja #ngopi
""")

add("message", "other_meaning", "0000", """
Nanti sore bal-balan neng lapangan desa ya rek ⚽
Sing gawa bal Dimas, sing gawa rompi Yoga
Kalah traktir es degan
Jam 4 kumpul, sing telat jaga gawang 😂
""")

add("post", "other_meaning", "0000", """
AS Roma menang 2-1 semalam, gol indah dari luar kotak di menit 78 🔥
Lini tengah masih rapuh tapi pertahanan membaik sejak pelatih baru masuk
Target realistis musim ini: zona Eropa
Forza Roma! 💛❤️ #ASRoma #SerieA
""")

add("post", "other_meaning", "0000", """
Pantai hidden gem di Gunungkidul 🏖️ masih sepi, pasir putih, air jernih
Akses jalan setapak 15 menit dari parkiran
Retribusi 10rb, bawa bekal sendiri karena warung belum banyak
Tips: datang pagi sebelum jam 9 biar ga panas
""")

add("post", "other_meaning", "0000", """
Lomba 17an RT 03 🇮🇩
1. Balap karung (karung goni disediakan panitia)
2. Makan kerupuk
3. Tarik tambang bapak-bapak
4. Bakiak ibu-ibu
Pendaftaran di pos ronda paling lambat tanggal 15, gratis!
""")

add("post", "other_meaning", "0000", """
Kucingku tiap malam nyakar sofa sampai bolong 😿 udah beli garukan kucing (cakaran) dari kardus 45rb tapi dia cuek aja.
Ada tips biar dia mau pakai garukan? Udah kukasih catnip juga.
""")

add("post", "other_meaning", "0000", """
Bangun tidur rambut awul-awulan, langsung disuruh ibu ke pasar beli tempe 😭
Ketemu mantan di depan warung pula. Lengkap sudah penderitaan pagi ini.
Pelajaran: sisiran dulu sebelum keluar rumah, gaes.
""")

add("post", "other_meaning", "0000", """
Itinerary 3 hari di Roma 🇮🇹
Hari 1: Colosseum + Forum Romanum (beli tiket online biar ga antre)
Hari 2: Vatikan pagi, Trastevere sore
Hari 3: Trevi, Pantheon, gelato di dekat Piazza Navona
Budget hemat: nginep di hostel dekat Termini
""")

# --- product reviews with star ratings (real-world style) ---
add("review", "rw_review", "0010", """
⭐⭐⭐⭐⭐
Kemejanya tebal, jahitan rapi, warna persis foto. Awalnya kukira barang thrift karena modelnya vintage banget, ternyata baru & ada label 'Made in Bandung'. Size L pas di badan 172/70.
Pengiriman 2 hari ke Semarang. Bakal order warna lain!
""")

add("review", "rw_review", "0111", """
⭐⭐⭐⭐☆
Jaketnya sesuai deskripsi, bekas tapi masih bagus, ada sedikit noda di lengan (sudah diinfo seller). Label Jepang masih ada.
Bau karungnya lumayan, harus dicuci 2x pakai pewangi.
Packing rapi, pengiriman cepat.
""")

add("review", "rw_review", "0101", """
★★☆☆☆
Beli Freed bekas impor di showroom ini, katanya 'kondisi Jepang'. Dua minggu AC mati, lampu ABS nyala.
Garansi cuma janji. Mobilnya sih enak, tapi pelayanan purna jualnya mengecewakan.
""")

add("review", "rw_review", "0101", """
Rating 5/5 ⭐
iPhone 12 ex-Jepang bekas, suara shutter kamera ga bisa dimatiin (khas Jepang) tapi gapapa.
IMEI aman, baterai 86%. Seller fast respon, packing tebal.
""")

add("review", "rw_review", "0110", """
⭐⭐⭐⭐⭐
Permak di sini rapi banget! Celana jeans bekas kakakku dikecilin pinggangnya 4 cm, jahitan ga keliatan.
Cuma 25rb, sehari jadi. Recommended buat yang sering dapet lungsuran 😂
""")

add("review", "rw_review", "0110", """
4/5 ⭐
Toko donasinya bersih dan tertata. Aku dapet kemeja linen 15rb dan sepatu anak 20rb.
Kasirnya ramah, jelasin kalau semua barang dari sumbangan warga sekitar. Minus: ruang gantinya cuma satu.
""")

add("review", "rw_review", "0000", """
⭐⭐⭐⭐⭐
Berasnya pulen dan wangi, karung 25 kg dijahit rapi nggak bocor. Udah langganan 3 bulan.
Kurirnya juga bantu angkat sampai dapur 🙏 Harga juga stabil walau beras di pasar lagi naik.
""")

add("review", "rw_review", "0011", """
⭐⭐⭐☆☆
Dressnya lucu, impor Korea beneran (ada label Hangul), BARU masih plastik. Tapi bahannya tipis, dan ukuran 'free size' ternyata kecil.
Untuk harga 189rb agak kemahalan.
""")

add("review", "rw_review", "0111", """
⭐☆☆☆☆
Beli 'paket 5 pcs' pas live bongkar bal. Yang datang 2 kaos bolong, 1 kemeja kuning ketiak.
Sellernya bilang 'namanya juga barang bal kak'. Ya udah ga lagi-lagi.
""")

add("review", "rw_review", "0111", """
⭐⭐⭐⭐⭐
Bal kedua yang saya beli di toko ini, isinya sesuai (±300 pcs), kepala banyak. Lumayan buat lapak saya di pasar kaget.
Pengiriman ke Lampung 4 hari.
""")

add("review", "rw_review", "0110", """
⭐⭐⭐⭐⭐
Tasnya dari jeans bekas tapi kuat banget, jahitan double. Saku belakang jeans jadi kantong depan, lucu!
Dibungkus kertas daur ulang juga. Love banget sama brand kecil begini 💙
""")

add("review", "rw_review", "0000", """
★★★★☆
Tembakaunya wangi, rajangan halus. Pesan 1 kg dari bal Temanggung, sampai Jakarta dalam 3 hari.
Cuma agak lembab sedikit, harus dijemur sebentar.
""")

# --- extras: new imported clothing, export overrun ---
add("post", "new_import_clothing", "1011", """
Open PO Bangkok Pratunam 🇹🇭 batch Juni
Kaos, kemeja pantai, celana kulot — BARU semua, belanja langsung di mal grosir sana
Harga mulai 55rb, jastip fee sudah termasuk
Close PO tanggal 10, barang sampai Jakarta ±2 minggu
Bukan barang bekas/bal ya kak 🙏
""")

add("listing", "new_import_clothing", "1011", """
Sepatu running impor (OEM pabrik Guangzhou), BARU dus lengkap
Size 39-44, warna hitam/putih/navy
Harga 215rb, grosir 6 pasang 1,14jt
Stok ready di Surabaya, kirim hari ini kalau order sebelum jam 3
""")

add("listing", "factory_reject_new", "1010", """
Baju sisa ekspor pabrik Bali 🌴 BARU, label brand luar dipotong
Dress pantai, kaftan, kemeja linen
Harga 60-150rb, jauh di bawah harga toko
Ini produksi lokal yang kelebihan order dari buyer Australia, bukan barang bekas ya
Toko kami di Denpasar barat
""")
