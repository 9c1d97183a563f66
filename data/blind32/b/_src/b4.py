# Batch 4: legal, more registers and element patterns
R = [
("listing", "hn_new_per_bal_domestic", (1,0,1,0), """Kaos Polos Baru Per Bal Isi 100 Pcs - Produksi Konveksi Bandung
Bahan cotton combed 24s, jahitan rantai, tidak luntur.
Bukan barang impor, bukan bekas. Dibuat sendiri di workshop kami di Soreang.
Harga per bal 2,1jt, campur size M-XL.
Cocok untuk sablon dan merchandise."""),
("post", "hn_new_import", (1,0,1,1), """JASTIP UNIQLO JEPANG batch Oktober ✈️🇯🇵
Semua barang BARU langsung dari store di Shinjuku, ada struk belanja.
Fee jastip 50rb/item, ongkir ke Indonesia dihitung per kg.
Close order tanggal 20, barang sampai sekitar akhir bulan.
Form order di link bio ya!"""),
("comment", "hn_buyer_question", (0,1,1,1), """Dimana lah monza yang murah sekarang kawan? Pajak Melati kemarin sepi kali, banyak kios tutup.
Aku cari celana jeans buat kerja, jangan yang mahal-mahal lah.
Kasih tau lah kalau ada yang tau, makasih banyak."""),
("post", "hn_denial_used_word", (0,0,1,0), """Kesal kali aku, baju baru kubeli di Sun Plaza dibilang kawan kantor 'monza ya?' 😤
Padahal masih ada struknya, harganya pun nggak murah.
Memang muka aku muka monza kah? Hahaha.
Ya udah lah, yang penting aku suka bajunya."""),
("listing", "hn_plastic_per_bal", (1,1,0,0), """Plastik Bekas Press Per Bal (PP & PE Campur)
Hasil pilahan bank sampah, sudah dipress rapi.
Berat per bal sekitar 50-70 kg, harga 3.500/kg.
Melayani pembelian rutin untuk pabrik daur ulang.
Lokasi Sidoarjo, WA 0812xxxx"""),
("listing", "hn_paper_per_bal", (1,1,0,0), """Kertas HVS Bekas Kantor - Dijual Per Bal
Sudah dipisah dari sampul dan staples, kondisi kering.
1 bal sekitar 40 kg. Harga nego untuk pengambilan banyak.
Ambil di kantor kami daerah Kuningan, Jakarta Selatan, hari kerja saja."""),
("post", "hn_opinion_sundanese", (0,1,1,1), """Baheula mah urang sok ngaliwat ka Cimol unggal minggu, meuli jaket bekas impor 20 rebu tos saé pisan.
Ayeuna mah tos dilarang, loba nu tutup kiosna.
Karunya ka padagang leutik, tapi ogé karunya ka pangusaha konveksi lokal nu teu payu.
Hésé nya, duanana boga alesan."""),
("post", "hn_own_preloved", (1,1,1,0), """Jual preloved pribadi ya, lagi butuh dana buat lahiran 🙏
Baju hamil beli di Ramayana sama Matahari, dipakai cuma beberapa bulan.
5 potong 150rb, kondisi masih bagus semua.
Lokasi Bogor, bisa COD di stasiun."""),
("listing", "hn_used_phone", (1,1,0,0), """HP Samsung A54 Bekas Pemakaian Sendiri
Garansi resmi SEIN sudah habis, semua fungsi normal.
Layar mulus pakai antigores sejak beli, baterai awet.
Dus + charger ada. Harga 3,3jt.
COD Makassar area Panakkukang."""),
("article", "hn_report", (0,1,1,1), """Di Kota Makassar, pakaian bekas impor dikenal dengan sebutan cakar, singkatan dari cap karung.
Barang umumnya masuk melalui jalur laut dari Malaysia dan Filipina sebelum sampai ke pasar-pasar di kota itu.
Pengamat ekonomi menilai tingginya minat pada cakar menunjukkan daya beli masyarakat yang masih lemah.
Pemerintah daerah berencana menertibkan peredarannya secara bertahap."""),
("post", "hn_tweet", (0,1,1,1), """kalo liat video orang bongkar bal isinya 300 potong baju dari luar negeri,
terus separuhnya nggak layak jual dan akhirnya dibuang,
aku jadi mikir ini sebenernya bisnis fashion atau bisnis sampah impor ya 😶
bukan menghakimi, cuma kepikiran aja"""),
("message", "hn_job_vacancy", (0,0,1,0), """Dicari penjahit borongan untuk konveksi seragam sekolah di Klaten.
Pengalaman minimal 1 tahun, bisa mesin jahit high speed.
Sistem gaji per potong, mess disediakan.
Hubungi Bu Sri di 0815xxxx atau datang langsung ke Desa Juwiring."""),
("post", "hn_swap", (0,1,1,0), """📢 CLOTHING SWAP PARTY - Komunitas Zero Waste Surabaya
Bawa maksimal 5 baju bekas layak pakai dari lemarimu sendiri, tukar dengan baju peserta lain.
Gratis, tidak ada jual beli.
Minggu, 10.00 WIB di Taman Bungkul.
Yuk kurangi sampah tekstil bareng-bareng!"""),
("listing", "hn_produce_per_karung", (1,0,0,0), """Jagung Pipil Kering Per Karung - Hasil Panen Sendiri
Kadar air 15%, cocok untuk pakan ternak.
1 karung 50 kg, harga 275rb.
Petani langsung dari Grobogan, bisa kirim Semarang dan sekitarnya.
Telepon 0852xxxx"""),
("review", "hn_review_product_new", (0,0,1,1), """Jaket import China yang aku beli di mall ternyata bagus banget untuk harganya.
Bahannya tebal, jahitannya rapi, dan resletingnya kuat.
Udah aku pakai motoran tiap hari 3 bulan, belum ada yang rusak.
Satu-satunya minus: ukurannya agak kecil, jadi naik satu size ya."""),
("post", "hn_complaint_quotes_ad", (0,1,1,1), """Barusan nonton live yang teriak-teriak "ayo bal Jepang baru dibuka, 25 ribu semua!"
Pas barangnya sampe, jaketnya robek di ketiak dan bau jamur parah.
Sudah chat minta retur, dibilang "barang thrift ya kak, risiko pembeli".
Aku laporin aja lah ke platform. Kapok."""),
("post", "hn_local_secondhand", (1,1,1,0), """Lapak baju bekas laundry 🧺
Baju-baju ini nggak diambil pemiliknya lebih dari 6 bulan di laundry kiloan kami di Purwokerto.
Daripada numpuk, kami jual murah 5-15rb, hasilnya sebagian buat sedekah Jumat.
Semua sudah dicuci ulang. Mampir ke Laundry Wangi, Jl. Gerilya."""),
("article", "hn_guideline", (0,1,1,1), """Tanya Jawab: Apakah menjual baju bekas melanggar hukum?
Menjual pakaian bekas milik sendiri atau hasil donasi dalam negeri tidak dilarang.
Yang dilarang adalah memasukkan pakaian bekas dari luar negeri ke Indonesia, sebagaimana diatur dalam Permendag 18/2021 jo. Permendag 40/2022.
Karena itu, pedagang yang mengambil stok dari bal impor tetap berisiko terkena penindakan."""),
("post", "hn_joke_javanese", (0,1,1,1), """Mbahku ndelok aku nganggo jaket awul-awul, langsung takon:
'Le, kok nganggo klambi bekas wong Londo?'
Aku jawab 'Iki gaya, Mbah.'
Mbah: 'Gaya opo, jaman mbiyen wong nganggo ngene iki ora duwe duit' 😂
Generasi beda, selera beda."""),
("listing", "hn_used_vehicle", (1,1,0,0), """Dijual Mobil Bekas Toyota Avanza 2016 G Manual
Warna silver, pajak panjang, BPKB di tangan.
Servis rutin di bengkel resmi, kaki-kaki senyap.
Harga 128jt nego. Lokasi Medan Johor, hubungi Bang Tigor 0812xxxx."""),
("post", "hn_new_thrift_named_shop", (1,0,1,0), """Toko 'Thrift Corner' kami sekarang 100% jual pakaian BARU ya kak 🙏
Sejak aturan larangan, kami ganti stok ke produk konveksi lokal dari Bandung dan Solo.
Modelnya tetap vintage, harganya tetap ramah, mulai 45rb.
Tetap mampir ke kios kami ya!"""),
("message", "hn_buyer_question", (0,1,1,1), """Halo kak, aku lihat kakak posting soal lelong di Pontianak.
Aku bukan mau beli, cuma lagi riset buat skripsi tentang perdagangan pakaian bekas lintas batas.
Boleh nggak aku wawancara kakak sebentar? Identitas dirahasiakan.
Terima kasih sebelumnya."""),
("listing", "hn_plain_clothing", (1,0,1,0), """Celana Cargo Pria Bahan Drill Premium
Saku 6, pinggang karet belakang, ada tali serut.
Size 28-38, warna hitam, khaki, army, abu.
Harga 125rb, beli 2 gratis ongkir.
Produksi sendiri, kirim dari Jakarta Timur."""),
("post", "hn_donation", (0,1,1,0), """Alhamdulillah, pakaian bekas layak pakai yang kita kumpulkan dari warga Perumahan Griya Asri sudah disalurkan ke korban gempa di Cianjur 🙏
Total 37 karung baju, 12 karung selimut, dan 4 karung sepatu.
Terima kasih untuk semua yang sudah menyumbang dan membantu menyortir.
Semoga bermanfaat."""),
("article", "hn_report", (0,1,1,1), """Satgas gabungan menyita puluhan koli pakaian bekas di sebuah gudang di kawasan pelabuhan Tanjungbalai Asahan.
Pemilik gudang mengaku barang itu dibeli dari kapal asal Port Klang dan akan dijual ke Medan dan Pekanbaru.
Petugas juga mengamankan buku catatan berisi daftar harga per karung.
Kasus diserahkan ke penyidik untuk diproses lebih lanjut."""),
("review", "hn_review_no_seller", (0,1,1,1), """Setahun ngumpulin jaket dari monza, akhirnya aku sadar: lemariku penuh, dompetku kosong 😂
Kualitasnya memang juara, jaket Jepang itu tebal dan jahitannya rapi.
Tapi sekarang aku lebih milih beli satu jaket bagus yang awet daripada lima yang akhirnya nggak kepakai.
Cuma curhat, bukan promosi."""),
("post", "hn_church_sale", (1,1,1,0), """Bazar Amal Paroki St. Yoseph Medan 🙏
Kami menjual pakaian bekas sumbangan umat, mainan, dan buku.
Harga mulai 3rb, semua hasil untuk pembangunan kapel di stasi.
Sabtu-Minggu di halaman gereja, jam 9-15.
Tuhan memberkati."""),
("listing", "hn_used_machine_import", (1,1,0,1), """Mesin Obras Bekas Ex-Taiwan Siruba 4 Benang
Normal, jahitan rapi, motor halus.
Cocok untuk usaha rumahan atau konveksi kecil.
Harga 1,9jt, gratis ongkir dalam kota Solo.
Toko Mesin Jahit Makmur, Jl. Slamet Riyadi."""),
("post", "hn_opinion_makassar", (0,1,1,1), """Sa bilang dulu mi, cakar itu bukan cuma soal murah, tapi soal gengsi juga anak muda di sini.
Tapi kalau mi dilarang impornya, pemerintah harus kasih jalan lain untuk pedagang, jangan asal tutup.
Banyak keluarga makan dari jualan cakar di pasar.
Iyo toh?"""),
("listing", "hn_new_import", (1,0,1,1), """PO Hoodie Korea Baru - Langsung dari Dongdaemun
Barang baru dengan tag, pilih model dari katalog.
DP 50%, estimasi datang 3 minggu.
Harga 195-260rb tergantung model.
Legal, kirim pakai ekspedisi resmi dengan bea masuk dibayar."""),
("post", "hn_parenting_hand_me_down", (0,1,1,0), """Anak kedua sekarang pakai baju-baju bekas kakaknya semua 😅
Dulu aku beli banyak pas anak pertama lahir, sayang kalau nggak dipakai lagi.
Irit banget ternyata, paling beli pakaian dalam sama sepatu aja.
Ada yang sama? Share tips nyimpen baju anak biar awet dong."""),
("message", "hn_cardboard_per_bal", (1,1,0,0), """Pak, kardus bekas yang kemarin sudah kami press jadi 12 bal.
Kalau mau diambil hari Jumat, kami siapkan di depan gudang.
Harga tetap 2.600 per kg, timbang di tempat.
Konfirmasi jam berapa truknya datang ya pak."""),
("post", "hn_campaign", (0,1,1,1), """#BanggaBuatanIndonesia 🇮🇩
Setiap bal pakaian bekas impor yang masuk berarti ada penjahit lokal yang kehilangan order.
Yuk mulai beli dari brand lokal dan UMKM tekstil sekitar kita.
Gaya nggak harus dari luar negeri.
Share kalau setuju!"""),
("listing", "hn_used_shoes_own", (1,1,1,0), """Sepatu Futsal Bekas Pakai Sendiri Size 42
Beli di toko olahraga di Malang tahun lalu, dipakai main sekitar 10 kali.
Sol masih bagus, tidak ada sobek.
Dijual karena kaki sudah tidak muat. Harga 150rb, COD Malang."""),
("post", "hn_tweet", (0,0,1,0), """hari ini aku pakai kemeja baru dari brand lokal,
teman sekantor: 'wah thrift di mana?'
aku: 'beli baru, 300rb'
dia: 'kok keliatan thrift'
nggak tau ini pujian atau hinaan 🥲"""),
("article", "hn_report", (0,1,1,1), """Pedagang monza di Pasar Simalingkar mengaku omzet turun hingga setengahnya sejak pasokan dari Tanjungbalai tersendat.
Sebagian pedagang kini hanya menjual sisa stok lama, sementara yang lain mulai beralih ke pakaian baru.
Warga yang biasa berbelanja di sana berharap ada solusi agar harga pakaian tetap terjangkau.
Pemerintah kota belum memberikan tanggapan resmi."""),
("post", "hn_school_bazaar", (1,1,1,0), """Market day kelas 6 SD Tunas Harapan Denpasar 🎪
Anak-anak menjual baju, buku, dan mainan bekas milik mereka sendiri yang sudah tidak dipakai.
Harga 1rb-10rb, uangnya untuk kas perpisahan kelas.
Jumat depan di lapangan sekolah, orang tua dan warga sekitar boleh datang."""),
]
