# Batch D: legal hard negatives, second batch (hand-written, one by one)
# tuple: (kind, category, offer, used, clothing, abroad, text)

RECORDS = [
("article", "hn_news", 0, 1, 1, 1,
"""Kapal Pengangkut 150 Bal Pakaian Bekas Dicegat di Perairan Tanjungbalai
Aparat menahan sebuah kapal motor yang membawa sekitar 150 bal pakaian bekas dari Port Klang, Malaysia. Kapal itu hendak bersandar di sebuah dermaga tidak resmi di Asahan.
Menurut keterangan petugas, barang rencananya didistribusikan ke Medan, Pekanbaru, dan Jakarta. Satu bal berisi kira-kira 100 kilogram pakaian campur.
Kasus ini masih dikembangkan untuk mencari pemilik barang."""),

("post", "hn_opinion", 0, 1, 1, 1,
"""Orang bilang thrifting itu ramah lingkungan. Iya, kalau bajunya dari lemari tetangga.
Tapi kalau bajunya dari balpres impor yang separuhnya sampah, itu bukan ramah lingkungan, itu namanya kita jadi tempat buang limbah negara lain.
Bedain ya: preloved lokal vs bal impor. Dua hal yang beda banget.
#fashionberkelanjutan"""),

("comment", "hn_buyer_question", 0, 1, 1, 1,
"""Mau nanya dong buat yang suka ke Gedebage, sekarang masih ada yang jual per bal ga? Atau udah eceran semua?
Aku cuma mau beli buat dipakai sendiri 2-3 jaket, bukan buat usaha.
Sama hari apa yang paling rame barang baru dibuka? Makasih kak"""),

("post", "hn_own_preloved", 1, 1, 1, 0,
"""Lepas koleksi pribadi 🥹 jual second baju kerja, semua beli sendiri di mall Surabaya
- Kemeja putih Executive, size M, 2x pakai, 90rb
- Rok span hitam The Executive, size 29, 80rb
- Blazer abu Zalora, size M, ada noda kecil di lengan, 110rb
Bukan jual karungan atau bal ya, ini isi lemari aku sendiri
Bisa COD Tunjungan, DM aja"""),

("live", "hn_new_thrift_style", 1, 0, 1, 0,
"""🔴 LIVE JAM 7 — KAOS OVERSIZE VINTAGE WASH (BARU, BUKAN THRIFT)
Kita produksi sendiri di Bandung, tiap kaos dikasih efek pudar biar kayak baju bekas zaman 90an
Padahal masih baru, masih ada label & plastik ✨
Harga live cuma 59rb, normal 89rb
Checkout keranjang kuning nomor 1-12
Size M-XXL, bahan cotton 24s"""),

("listing", "hn_other_goods_bale", 1, 1, 0, 1,
"""Furniture Bekas Ex Jepang Per Kontainer 40 Feet Lemari Meja Kursi Kayu Jati
Barang bekas pakai rumah tangga dari Jepang, kondisi 70-90%
Isi campur: lemari, meja rias, kursi, rak, lampu meja
Harga 1 kontainer mulai 185jt, bisa lihat video isi sebelum deal
Ready di gudang Semarang
Hub. marketing 0811xxxx"""),

("listing", "hn_other_goods_bale", 1, 0, 0, 1,
"""Bawang Putih Impor China Kating Per Karung 20 Kg
Kualitas super, umbi besar kering, cocok untuk rumah makan & pedagang pasar
Harga karung 560rb, ambil 10 karung harga khusus
Barang baru bongkar dari kontainer Tanjung Perak
Kirim seluruh Jatim
WA 0812xxxx"""),

("message", "hn_donation", 0, 1, 1, 0,
"""Assalamualaikum jamaah Masjid Al-Ikhlas 🙏
Panitia menerima donasi baju bekas layak pakai untuk santri di pesantren daerah Garut
Mohon baju sudah dicuci, disetrika, tidak sobek
Pengumpulan di serambi masjid setelah Jumatan sampai tanggal 30
Pakaian tidak akan diperjualbelikan"""),

("post", "hn_school_bazaar", 1, 1, 1, 0,
"""GARAGE SALE OSIS SMAN 5 🎪
Jual pakaian second hasil sumbangan siswa & guru, semua sudah dicuci
Harga mulai 3rb! Kaos, kemeja, jaket, celana, sepatu, tas
Sabtu ini jam 8 di lapangan basket
Hasil penjualan untuk korban gempa Cianjur
Bukan barang impor, semua dari warga sekolah sendiri 💛"""),

("post", "hn_joke_meme", 0, 1, 1, 1,
"""Dialog di pasar monza:
Aku: "Bang ini berapa?"
Abang: "Itu 50, dek. Barang bagus, ex Korea."
Aku: "20 ya bang"
Abang: "Aduh, modal bal aja mahal, dek"
Aku (jalan pergi pelan-pelan)
Abang: "YAUDAH 25 AMBIL!!"
Tiap ke Pajak Melati pasti drama begini 😂"""),

("review", "hn_review_no_seller", 0, 1, 1, 1,
"""Review jujur setelah 2 tahun pakai jaket kulit hasil thrifting dari pasar cakar:
+ kulitnya asli, makin lama makin bagus
+ murah banget, cuma 120rb
- baunya susah hilang, butuh 3x dijemur + kopi bubuk
- lapisan dalam sobek di bulan ke-6
Overall 7/10. Tapi sekarang aku udah ga beli baju bekas impor lagi karena tahu aturannya."""),

("listing", "hn_ordinary_clothing", 1, 0, 1, 0,
"""Jaket Parasut Pria Waterproof Hoodie Baru Motor Touring
Bahan taslan tebal, ada furing jaring, anti angin
Warna hitam, navy, army, maroon
Ukuran M-XXL, bisa custom bordir logo komunitas
Harga 145rb, min 20 pcs custom 130rb
Produksi sendiri di Bekasi"""),

("post", "hn_local_consignment", 1, 1, 1, 0,
"""Titip jual preloved warga Jaksel di toko kami 🌿
Sistem konsinyasi: kamu bawa baju bekas pribadimu, kami foto & jualkan, bagi hasil 70:30
Yang kami terima: baju bermerek dari lemari sendiri, bukan bal atau karungan impor
Minggu ini masuk 30 item baru, cek IG story
Toko buka Selasa-Minggu, Jl. Cipete Raya (lantai 2)"""),

("article", "hn_rules_tutorial", 0, 1, 1, 1,
"""Mengenal Istilah Pasar Pakaian Bekas Impor di Berbagai Daerah
Di Medan orang menyebutnya monza, di Makassar cakar, di Yogyakarta awul-awul, di Kalimantan Barat lelong, dan di Nunukan rombengan.
Istilah-istilah ini merujuk ke barang yang sama: pakaian bekas dari luar negeri yang masuk dalam bentuk bal atau karung.
Sejak Permendag 40/2022, barang tersebut dilarang diimpor, sehingga banyak pedagang mulai beralih usaha.
Artikel ini bukan ajakan membeli, tetapi catatan budaya pasar yang mulai hilang."""),

("comment", "hn_report_quoting_ad", 0, 1, 1, 1,
"""@admin tolong cek grup ini, ada member yang tiap hari posting "OPEN KOLI BALPRES THAILAND, SEPATU SECOND GRADE A, READY TANJUNGPINANG".
Bukannya aturan grup dilarang jualan barang ilegal?
Screenshot sudah saya kirim lewat japri."""),

("post", "hn_buyer_diary", 0, 1, 1, 1,
"""Sabtu kemarin ikut emak ke pasar rombengan di Nunukan, nostalgia banget 🥲
Dulu waktu SD, baju lebaranku selalu dari sini, katanya datang dari Tawau naik kapal.
Sekarang lapaknya tinggal sedikit, banyak yang sudah tutup sejak dilarang.
Emak cuma beli satu sarung, sisanya kami cuma jalan-jalan sambil makan pisang goreng."""),

("listing", "hn_new_import_clothing", 1, 0, 1, 1,
"""Jastip Bangkok Pratunam Baju Wanita BARU Tanggal 3-6 Bulan Depan
Titip belanja dress, blouse, celana kulot baru dari Pratunam & Platinum Mall
Semua barang baru, ada tag, bukan thrift ya kak
Fee 25rb/pcs, ongkir dihitung per kilo dari Jakarta
Order via form di bio, close tanggal 1"""),

("post", "hn_opinion", 0, 1, 1, 1,
"""Kenapa pedagang thrift di Pasar Tungging Bandar Lampung masih ramai? Karena pembelinya ada.
Selama daya beli rendah dan baju baru mahal, bal impor akan tetap dicari.
Menurut saya larangan saja tidak cukup, harus ada baju lokal murah yang kualitasnya bersaing.
Setuju tidak?"""),

("message", "hn_buyer_question", 0, 1, 1, 1,
"""Bang, aku dapet nomor abang dari temen. Mau nanya aja dulu, itu jaket-jaket bekas yang abang jual dari karung Batam kan?
Aku masih mikir-mikir karena katanya sekarang dilarang.
Kalau misalnya dipakai sendiri kena masalah ga ya bang? Belum mau order kok, nanya dulu."""),

("listing", "hn_other_goods_bale", 1, 1, 0, 0,
"""Karung Goni Bekas Ukuran Besar Kuat Untuk Kopi Beras Pasir
Goni bekas kopi, bersih, tidak bolong
Harga 4.500/lembar, per bal isi 100 lembar 420rb
Cocok untuk petani, proyek, atau karung pasir banjir
Lokasi Temanggung, kirim via ekspedisi
Stok ribuan"""),

("post", "hn_swap", 0, 1, 1, 0,
"""Event "Tuker Baju Yuk" di car free day Pontianak minggu depan 👕🔁👗
Bawa baju preloved dari lemarimu, tukar dengan punya orang lain
Tidak menerima pakaian lelong atau bal, hanya pakaian pribadi
Tidak ada transaksi uang, murni tukar
Dukung gerakan kurangi sampah tekstil!"""),

("article", "hn_news", 0, 1, 1, 1,
"""Bea Cukai Entikong Musnahkan Barang Ilegal Senilai Miliaran Rupiah
Ratusan koli barang hasil penindakan di perbatasan dimusnahkan, terdiri dari minuman keras, rokok tanpa cukai, dan pakaian bekas yang dikenal warga sebagai pakaian lelong.
Pakaian bekas tersebut masuk dari Sarawak melalui jalur setapak.
Petugas mengimbau warga perbatasan untuk tidak menjadi kurir barang larangan."""),

("post", "hn_own_preloved", 1, 1, 1, 0,
"""Jual sepatu second pribadi 👟
Nike Air Force 1 putih ukuran 42, beli di Nike Store Grand Indonesia 2023
Pemakaian 6 bulan, creasing wajar, sol masih tebal, box ada
Alasan jual: kekecilan setelah kaki lebar 😅
Harga 750rb nego tipis, COD Jaksel
Bukan barang bal, nota pembelian ada"""),

("profile", "hn_local_upcycle", 1, 1, 1, 0,
"""Tjerita Kain 🧵 | upcycle studio Malang
Kami mengubah baju bekas donasi warga jadi tas, patchwork jacket & bucket hat
Bahan 100% dari lokal, tidak pernah beli bal impor
Open commission: bawa jeans lamamu, kami jadikan barang baru
Workshop tiap bulan, info di highlight"""),

("comment", "hn_joke_meme", 0, 1, 1, 1,
"""Bang, ini mah bukan thrift lagi namanya, ini arkeologi 😭 kaosnya udah tembus pandang
Tapi jujur aku pernah nemu kaos konser Nirvana asli di karungan Senen harga 15rb, jadi ga berani ngetawain terlalu keras 🤣"""),

("listing", "hn_factory_reject", 1, 0, 1, 0,
"""Kaos Sisa Ekspor Brand Luar Baru Cacat Produksi Per Lusin
Ini bukan bekas dan bukan bal thrift, tapi overproduksi pabrik garmen Tangerang
Ada cacat kecil: sablon geser / ukuran label salah
Warna campur, ukuran S-XL
Harga 1 lusin 240rb, 10 lusin 2,1jt
Barang baru, masih terlipat pabrik"""),

("post", "hn_buyer_diary", 0, 1, 1, 1,
"""Ngabuburit ka Pasar Cimol Gedebage tadi 🌙
Rame pisan euy, tumpukan baju bekas dimana-mana, katanya mah barang datang dari bal Korea jeung Jepang.
Abdi mah ngan meuli hiji jaket keur dipake sorangan, 45 rebu. Lumayan, mung kedah dikumbah heula, bau karung 😅
Bada buka langsung balik, macet di Soekarno-Hatta."""),

("listing", "hn_other_goods_bale", 1, 1, 0, 1,
"""Motor Bekas Ex Jepang Honda Cub C70 Import Utuh Per Unit
Unit bekas pakai Jepang, masuk lewat importir resmi, dokumen lengkap
Kondisi mesin normal, body original, cat kusam
Harga 23,5jt
Cocok untuk kolektor motor klasik
Showroom Yogyakarta, lihat unit dulu boleh"""),

("message", "hn_school_bazaar", 1, 1, 1, 0,
"""Bunda-bunda wali murid TK Tunas Bangsa 🌷
Besok Jumat ada bazar baju second layak pakai dari donasi wali murid kelas A dan B
Harga 2rb-10rb, cocok buat baju main anak
Hasil bazar untuk beli mainan edukatif kelas
Tempat: aula TK, jam 9-11. Bawa tas belanja sendiri ya"""),

("post", "hn_opinion", 0, 1, 1, 1,
"""Sebagai penjahit di Tanah Abang, saya merasakan langsung efek baju bekas impor.
Waktu bal murah membanjiri pasar, pesanan kami turun hampir separuh. Pembeli lebih memilih kemeja merek luar bekas seharga 20 ribu daripada kemeja baru kami 80 ribu.
Larangan ini harus ditegakkan di pelabuhan, bukan hanya mengejar pedagang kecil di pasar."""),

("listing", "hn_ordinary_clothing", 1, 0, 1, 0,
"""Sepatu Sekolah Hitam Anak Laki-Laki Kulit Sintetis Baru Ukuran 30-40
Model pantofel tali, sol karet anti licin
Produksi pengrajin Cibaduyut, barang baru dengan dus
Harga 95rb, beli 2 gratis kaos kaki
Kirim dari Bandung, sampai 2-3 hari ke Jabodetabek"""),

("review", "hn_review_no_seller", 0, 1, 1, 1,
"""Dulu aku rajin beli baju seken impor, sekarang aku mau share sisi gelapnya:
1. Pernah dapet kemeja yang masih ada noda darah di lengan.
2. Jaket yang katanya "grade A" ternyata penuh ngengat.
3. Kulit gatal-gatal setelah pakai celana yang belum dicuci.
Jadi buat kalian yang masih hunting thrift, minimal cuci bersih dan jangan tergiur kata "ex Korea"."""),

("post", "hn_new_thrift_style", 1, 0, 1, 0,
"""Vintage-inspired collection drop 🌻 'Pasar Pagi' series
100% new garments, designed & sewn in Solo, faded dye process on purpose
Looks like you found it in a thrift bale, but it's fresh from our workshop
Sizes S-XL, prices 150-260k
Order via website, ships in 2 days"""),

("comment", "hn_buyer_question", 0, 1, 1, 1,
"""Kak, di sini ada yang pernah beli baju lelong di Pontianak terus dikirim ke Jawa? Kena masalah ga di ekspedisi?
Aku cuma penasaran soalnya tanteku suka nitip jaket bekas dari sana, tapi sekarang katanya ekspedisi suka nolak.
Bukan mau jualan ya, cuma nanya pengalaman."""),

("post", "hn_donation", 0, 1, 1, 0,
"""Update penyaluran 📦 Hari ini tim relawan mengantar 6 karung pakaian bekas dan 2 karung sepatu ke posko pengungsi erupsi di Lumajang.
Semua dari donasi warga Malang Raya, sudah disortir dan dicuci.
Terima kasih atas kepercayaannya. Masih dibutuhkan: selimut, sarung, dan pakaian dalam baru."""),

("listing", "hn_own_preloved", 1, 1, 1, 0,
"""Jual Gaun Pengantin Second Pemakaian 1x Putih Gading Ukuran M
Dijahit di butik Bu Ratna Surakarta tahun lalu, dipakai akad saja
Payet masih utuh, ada noda samar di ujung ekor (bisa dry clean)
Harga 1,8jt dari harga jahit 4,5jt
Barang pribadi, bisa lihat langsung di Solo"""),

("article", "hn_rules_tutorial", 0, 1, 1, 1,
"""Apakah Menjual Baju Thrift Itu Legal? Ini Penjelasannya
Menjual pakaian bekas milik sendiri atau hasil donasi di dalam negeri tidak dilarang.
Yang dilarang adalah memasukkan pakaian bekas dari luar negeri, termasuk membeli dan menjual ulang bal atau karung impor.
Jadi toko preloved yang menjual koleksi pribadi berbeda statusnya dengan lapak yang menjual "bal Korea grade A".
Jika Anda pelaku usaha, pastikan asal barang jelas dan dapat ditelusuri."""),

("message", "hn_job_vacancy", 0, 1, 1, 1,
"""Info loker ya guys, bukan jualan 😅
Toko online fashion di Medan cari admin live TikTok, shift malam
Dulu tokonya jual monza karungan, sekarang katanya udah ganti jual baju baru konveksi lokal
Gaji UMR + bonus, syarat bisa ngomong lancar depan kamera
Kirim CV ke email yang ada di bio toko"""),

("post", "hn_joke_meme", 0, 1, 1, 1,
"""POV: kamu anak kos akhir bulan
Senin: "ga boleh jajan"
Selasa: "ga boleh jajan"
Rabu: lihat ada lapak buka bal Jepang di deket kampus
Kamis: makan mie instan, tapi pakai jaket North Face bekas 35rb 😎
Jumat: nangis tapi stylish"""),

("listing", "hn_other_goods_bale", 1, 1, 0, 1,
"""Laptop Bekas Ex Singapura Per Lot 20 Unit Dell Lenovo HP
Bekas kantor, kondisi mulus 80-90%, RAM 8GB, SSD 256
Harga per lot 42jt, ecer 2,3jt/unit
Garansi toko 1 bulan
Lokasi Batam, bisa kirim ke seluruh Indonesia"""),

("post", "hn_buyer_diary", 0, 1, 1, 1,
"""Daftar belanja thrift ku tahun ini (buat evaluasi diri 🫣):
- Januari: 3 kemeja ex Jepang dari Pasar Senen
- Maret: 1 jaket kulit second, Pajak Melati waktu mudik
- Juni: 5 kaos band, pasar cakar Makassar
- Agustus: sepatu boots dari karungan di Batam pas dinas
Total 920rb. Tahun depan resolusi: cuma beli yang benar-benar butuh."""),

("listing", "hn_ordinary_clothing", 1, 0, 1, 0,
"""Kebaya Kutubaru Modern Brokat Bordir Baru Siap Kirim
Produksi penjahit rumahan di Kudus, bahan brokat premium + furing
Warna sage, lilac, terracotta
Ukuran S-XXL, bisa request lengan
Harga 235rb, set dengan rok lilit 310rb"""),
("live", "hn_own_preloved", 1, 1, 1, 0,
"""Halo bestie 💕 malam ini aku live beres-beres lemari, semua baju preloved AKU SENDIRI
Ada dress kondangan, outer rajut, sama beberapa tas yang jarang kepake
Kebanyakan belinya di Pondok Indah Mall & Sogo, ada notanya sebagian
Bukan barang bal, bukan karungan, murni lemari pribadi yang udah kepenuhan
Harga mulai 50rb, ketik nomor barang di komen, transfer max 1 jam
Sisa barang yang ga laku besok aku donasiin ke panti 🙏"""),
]
