RECS = [
("article","other_news_new_clothes_flood",0,0,1,1,"""Pedagang Tanah Abang mengeluhkan membanjirnya pakaian baru impor berharga sangat murah di toko daring.
Menurut mereka, gamis dan kemeja baru asal China dijual separuh harga produk lokal.
Asosiasi meminta pengawasan impor pakaian jadi diperketat, bukan hanya pakaian bekas."""),
("post","other_preloved_local_question",0,1,1,0,"""Mau tanya ke admin grup:
Aku mau lepas beberapa preloved pribadi, blazer dan kemeja kerja yang dulu kubeli di mall Jakarta.
Boleh diposting di sini? Aku takut dikira jualan barang dari karung impor karena ada kata 'bekas'.
Makasih sebelumnya."""),
("post","other_opinion_vintage_brands",0,0,1,0,"""Aku seneng lihat makin banyak brand lokal bikin koleksi bergaya vintage.
Corduroy, kemeja kerah lebar, sweater rajut — semua dijahit baru di Bandung dan Jogja.
Buat yang suka gaya thrift tapi ragu soal aturan atau kebersihan, ini pilihan yang masuk akal.
Semoga harganya makin terjangkau."""),
("article","other_news_used_vehicles_border",0,1,0,1,"""Aparat di perbatasan Entikong menahan tiga truk berisi sepeda motor bekas asal Malaysia.
Kendaraan itu rencananya dijual di Sanggau dan Sintang tanpa dokumen lengkap.
Kepala kantor bea cukai setempat menyebut penyelundupan kendaraan bekas masih sering terjadi lewat jalur tikus."""),
("post","other_majun_explainer",0,1,0,1,"""Apa itu majun?
Majun adalah potongan kain bekas yang dijual per karung atau per kilo sebagai lap industri.
Sebagian berasal dari sisa konveksi lokal, sebagian lagi dari kiriman luar negeri yang tidak layak dijual sebagai pakaian.
Di bengkel dan pabrik, majun dipakai untuk membersihkan oli dan tinta."""),
("review","other_review_factory_reject",0,0,1,0,"""Review belanja di outlet sisa ekspor di Bogor:
Kaos polos 25rb, celana jogger 45rb, semuanya baru, ada label brand luar yang dipotong.
Beberapa ada cacat kecil, misal jahitan miring, tapi ga keliatan.
Bukan barang seken sama sekali. Buat harian oke banget."""),
("post","other_jastip_new_tokyo_experience",0,0,1,1,"""Pengalaman pertama pakai jastip Tokyo:
Titip 2 kaos Uniqlo dan satu sweater GU, semuanya baru dengan tag dan struk.
Datang 3 minggu, ongkos jastip lumayan tapi sepadan.
Aku sengaja cari yang baru, karena ga mau beli yang second dari koli."""),
("post","other_donation_flood_victims",0,1,1,0,"""Alhamdulillah, posko kami sudah menerima 40 karung baju bekas layak pakai dari warga Semarang.
Semua sudah disortir relawan dan akan dibagikan gratis ke korban banjir di Demak.
Kami tidak menerima kiriman baju dari luar negeri, hanya sumbangan warga."""),
("post","other_upcycle_tutorial",0,1,1,0,"""Tutorial upcycle: ubah kemeja bekas ayah jadi outer crop.
1. Potong bagian bawah 15 cm
2. Obras tepinya
3. Tambahkan kancing baru
Kemeja lama dari lemari sendiri, bukan beli dari pasar seken. Hasilnya lucu banget!"""),
("post","other_swap_local",0,1,1,0,"""Acara tukar baju di komunitas ibu-ibu kemarin seru banget!
Setiap orang bawa 3 baju bekas pribadi dari lemari, lalu bebas pilih punya orang lain.
Tidak ada uang yang berpindah tangan, dan semua barang lokal.
Bulan depan kita adakan lagi di balai RW."""),
]
