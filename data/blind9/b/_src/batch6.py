# Legal hard negatives, part 3: mixed registers, regional words in innocent senses, more tricky elements.
RECORDS = [
("post","hn_regional_innocent",0,0,0,0,"""Ikan cakalang fufu, pisang epe, terus jalan sore di Losari 🌅
Weekend di Makassar emang paling enak buat kulineran.
Tadi sempat mampir Pasar Sentral cuma buat beli kue tradisional, rame banget.
Besok rencana ke Rammang-Rammang, ada yang punya rekomendasi penginapan?"""),
("comment","hn_thread_reply",0,1,1,0,"""Kalau aku sih tiap ganti musim hujan selalu cek lemari, baju yang udah kekecilan aku kasih ke sepupu di kampung.
Mereka seneng, aku juga lega lemari jadi lega 😅
Nggak perlu dijual, toh bajunya juga udah bekas pakai bertahun-tahun."""),
("post","hn_joke_meme",0,1,1,1,"""Tips kencan pertama budget mahasiswa:
✅ kemeja thrift 25rb dari Pasar Senen
✅ parfum isi ulang 20rb
✅ naik KRL
❌ bilang ke doi semua itu
Kalau dia nanya "bajunya beli di mana?" jawab aja "online" 😌
#mahasiswahemat"""),
("article","hn_news",0,1,1,1,"""Warga perbatasan di Nunukan mengaku masih sering menerima tawaran pakaian bekas dari Tawau meski larangan impor sudah lama berlaku.
Bagi sebagian warga, harga yang murah membuat barang itu tetap dicari, terutama menjelang hari raya.
Aparat setempat menyebut keterbatasan personel sebagai kendala mengawasi jalur laut yang panjang.
Pemerintah kabupaten berencana menggelar pasar murah pakaian baru buatan dalam negeri sebagai alternatif."""),
("article","hn_news",0,1,1,1,"""Sejumlah pedagang pakaian bekas di Pasar Kodim Pekanbaru mulai menjual pakaian baru produksi Bandung dan Solo.
Peralihan itu dilakukan setelah pasokan balpres dari jalur laut tersendat akibat operasi gabungan.
"Untungnya lebih tipis, tapi setidaknya kami tenang," kata seorang pedagang.
Dinas perdagangan setempat menawarkan pelatihan pemasaran digital bagi pedagang yang beralih."""),
("listing","hn_used_nonclothing",1,1,0,1,"""Dijual Kamera Fujifilm X-T3 Bekas Ex Jepang
Shutter count 12 ribu, body mulus, layar normal.
Kelengkapan: baterai 2, charger, strap. Tanpa dus.
Harga 11,5jt, lokasi Surabaya, bisa COD di mall.
Serius saja, tidak melayani tukar tambah."""),
("listing","hn_used_nonclothing",1,1,0,0,"""Karung Plastik Bekas Beras 25 kg - Per Bal 500 Lembar
Sudah dicuci & dilipat, bisa untuk pasir, sampah, atau kemasan ulang.
Harga Rp650/lembar, minimal 1 bal.
Gudang di Karawang, pengiriman pakai pick-up."""),
("listing","hn_used_nonclothing",1,1,0,1,"""Ban Bekas Impor Jepang Ukuran 195/65 R15
Ketebalan 80%, tahun produksi 2021, tanpa tambalan.
Harga 350rb per biji, 4 biji 1,3jt.
Bisa pasang langsung di bengkel kami daerah Ciledug."""),
("post","hn_new_import",1,0,1,1,"""Open PO Hoodie Essentials Original dari US 🇺🇸
Barang BARU, dibeli dari retail resmi, bukan reject & bukan second.
Size XS-XL, warna oatmeal/black/taupe.
Harga 1,3jt include ongkir internasional & pajak.
Close PO Minggu, estimasi tiba 3-4 minggu."""),
("listing","hn_new_thrift_style",1,0,1,0,"""Kemeja Hawaii Motif Vintage - Baru dari Konveksi
Motif bunga & daun ala kemeja lawas, bahan rayon adem.
Ini produk BARU ya kak, bukan bekas atau second.
Ukuran M-XXL, harga 75rb, grosir 10 pcs 65rb.
Produksi Tasikmalaya."""),
("post","hn_own_preloved",1,1,1,0,"""Aku mau lepas koleksi jersey bolaku 😢
Semua dibeli sendiri di official store Persib & di Jakarta, dipakai nonton ke stadion beberapa kali.
Kondisi 85-95%, size L. Harga 100-250rb tergantung musim.
Fotonya aku upload di album, chat buat nego.
Bukan barang ex luar ya, semua koleksi pribadi."""),
("message","hn_buyer_question",0,1,1,1,"""Ada yang tau nggak sih "grade A" sama "grade B" di bal baju itu bedanya apa?
Aku lihat di video orang bongkar bal, katanya grade A lebih bagus tapi kok isinya ada yang robek juga.
Cuma penasaran aja, nggak niat beli kok hehe.
Kalau ada artikel yang jelasin boleh share."""),
("post","hn_report",0,1,1,1,"""Pagi tadi saya lihat truk bongkar puluhan karung di gudang sebelah rumah, isinya pakaian bekas, tulisannya huruf Korea.
Malamnya tetangga saya posting "buka bal Korea, harga reseller".
Saya sudah lapor ke Pak RT, tapi bingung harus ke mana lagi.
Ada yang pernah lapor ke Bea Cukai langsung? Prosesnya gimana?"""),
("comment","hn_report",0,1,1,1,"""Aku screenshot ya kak iklannya buat bukti: "JUAL KARUNGAN BAJU BEKAS BATAM, GRADE A, KIRIM SELURUH INDONESIA". 
Udah aku report ke platform dengan alasan barang terlarang.
Semoga cepet diturunin, soalnya kasihan UMKM konveksi di sekitar sini."""),
("post","hn_guideline",0,1,1,1,"""Panduan moderasi komunitas (untuk admin grup):
• Hapus postingan yang menawarkan bal, karungan, atau "second import".
• Preloved pribadi boleh tetap tayang, asalkan tidak menyebut asal luar negeri atau bal.
• Pertanyaan pembeli dan diskusi berita boleh, jangan dihapus.
• Kalau ragu, tanyakan ke admin senior sebelum menghapus."""),
("review","hn_review_no_seller",0,1,1,0,"""Beli jaket kulit bekas dari temen kantor, dia pakai cuma setahun.
Ternyata kualitasnya masih oke banget, kulit tebal dan wangi.
Setelah aku semir & ganti kancing, kelihatan kayak baru lagi.
Pelajaran: barang bekas dari orang yang kita kenal itu lebih aman, tahu riwayatnya.
10/10 puas."""),
("post","hn_opinion",0,1,1,1,"""Aku ngerti kenapa banyak anak muda suka thrifting: harganya masuk akal dan bisa tampil beda.
Tapi sebagai anak penjahit, aku juga lihat langsung gimana order bapak turun pas pasar banjir baju bekas impor.
Nggak ada jawaban gampang. Mungkin yang bisa kita lakukan: kenali dari mana baju kita berasal, dan kasih kesempatan buat produk lokal.
Gimana menurut kalian?"""),
("listing","hn_fabric_roll",1,0,0,0,"""Kain Katun Toyobo Per Roll - Warna Lengkap
Produksi pabrik tekstil di Pekalongan, lebar 150 cm.
1 roll ±60 meter, harga 1,9jt. Ecer 35rb/meter.
Cocok untuk gamis, seragam, koko.
Toko kain Berkah, Pasar Grosir Setono."""),
("post","hn_local_upcycle",1,1,1,0,"""Tas dari sarung bekas nenek 🧵
Sarung-sarung lama yang udah pudar aku potong dan jahit jadi tas serut kecil.
Ada 12 tas, semuanya beda motif. 45rb per tas.
Sebagian hasilnya buat beli benang buat kelompok jahit di desa.
Pesan lewat DM ya."""),
("message","hn_family_chat",0,1,1,0,"""Dek, baju-baju lamamu yang di lemari belakang mau ibu kasih ke anaknya Bu Sri ya.
Udah ibu cuci semua, tinggal dimasukin kardus.
Kalau ada yang masih mau kamu simpan, ambil sebelum Sabtu.
Jaket abu-abu yang dari Om Bambang jangan dikasih, itu kenang-kenangan."""),
("post","hn_joke_meme",0,1,1,1,"""Level thrifting orang Makassar:
Lv 1: beli cakar di pasar
Lv 2: hafal hari kapal datang
Lv 3: bisa nebak merk dari bau karungnya
Lv 99: bapaknya sendiri yang jadi kurir kapal 😂
(bercanda ya, jangan dilaporin wkwk)"""),
("post","hn_news_explainer",0,1,1,1,"""Apa bedanya thrifting legal dan ilegal? 🧐
✔️ Legal: jual-beli pakaian bekas yang berasal dari dalam negeri, misalnya preloved pribadi, garage sale, atau bazar amal.
❌ Ilegal: impor pakaian bekas dari luar negeri dan memperdagangkannya, termasuk dalam bentuk bal atau balpres.
Dasar hukumnya Permendag 18/2021 yang diubah dengan Permendag 40/2022.
Share ke teman yang masih bingung!"""),
]
