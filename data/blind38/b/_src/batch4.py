# Batch 4: legal records, continued. Hand-written one by one.
ITEMS = [
("listing", "hn_used_machine_import", "1101", """Forklift Toyota 2,5 Ton Bekas Ex Singapore
Tahun 2015, mesin diesel, jam kerja 6.800 jam
Ban baru, hidrolik tidak bocor
Harga 118jt, dokumen lengkap
Unit ada di gudang Kabil, Batam"""),

("listing", "hn_cardboard_bal", "1100", """Beli / Jual Plastik Bekas Per Bal
PP, HDPE, botol PET sudah dipres
Harga tergantung jenis & kebersihan, mulai 3rb/kg
Melayani pengepul area Tangerang Raya
Truk jemput minimal 2 ton"""),

("post", "hn_produce_per_karung", "1000", """Kopi gayo asalan per karung, hasil petani Bener Meriah ☕
Karung 60 kg, kadar air 14%
Harga 6,2jt per karung franco Takengon
Buat roastery & pedagang, sampel 1 kg bisa dikirim dulu"""),

("listing", "hn_jute_sack", "1100", """Karung Goni Bekas Kopi Ukuran Besar
Bekas wadah biji kopi, masih kuat, cocok buat karung pasir, dekorasi cafe, atau polybag tanaman
Harga 8rb/lembar, ambil 100 lembar 700rb
Gudang di Jember, kirim via ekspedisi"""),

("post", "hn_news", "0111", """Polisi menggerebek gudang di Cikarang berisi ratusan bal pakaian bekas impor.
Dari keterangan sopir truk, barang berasal dari kapal yang bongkar di pelabuhan tikus Sumatra Timur lalu dibawa lewat darat.
Pemilik gudang kini diperiksa dan terancam jerat UU Perdagangan.
Warga sekitar mengaku tak tahu isi gudang yang selama ini selalu tertutup."""),

("review", "hn_review", "1010", """Pesan kemeja "vintage look" di toko @rakjahitlokal, dan ternyata bagus banget!
Bahannya baru, tebal, motifnya persis kayak kemeja tahun 90-an tapi jahitannya rapi.
Pengiriman 2 hari ke Surabaya, packing aman.
Bakal repeat order warna lain ⭐⭐⭐⭐⭐"""),

("post", "hn_own_preloved", "1110", """Garage sale di rumah Bu RT hari Sabtu! 🏠
Barang-barang keluarga kami sendiri: baju, tas, sepatu, mainan anak, piring.
Baju mulai 5rb, tas 20rb.
Datang aja ke Perumahan Griya Asri blok D no. 7, mulai jam 8 pagi.
Bukan barang dagangan, cuma mau ngosongin gudang."""),

("comment", "hn_buyer_question", "0111", """Kak yang di video itu jaketnya beli di mana? Thrift ya?
Kalau ada info toko yang jual bekas Jepang kayak gitu share dong 🙏
Aku di Solo, deket sini ada ga ya?"""),

("post", "hn_news", "0111", """DPRD Sulsel minta Pemprov tegas soal peredaran cakar di Parepare.
Anggota dewan menilai pakaian bekas impor masih dijual bebas di sejumlah pasar meski sudah dilarang.
Sementara itu, pedagang meminta diberi waktu dan modal untuk beralih ke produk lokal.
Dinas Perdagangan berjanji menggelar sosialisasi bulan depan."""),

("post", "hn_complaint", "0111", """Lagi scroll nemu iklan begini: "Bongkar goni Jepang tiap Kamis, ambil per koli bisa, kirim dari Dumai".
Yang bikin kesel, iklannya nongol terus di beranda padahal udah aku klik 'tidak tertarik' berkali-kali.
Platformnya serius ga sih moderasi barang terlarang?"""),

("message", "hn_donation", "0110", """Assalamualaikum warga RW 05 🙏
Posko bantuan untuk korban kebakaran di Kampung Sawah menerima sumbangan pakaian bekas layak pakai.
Terutama baju anak, pakaian dalam baru, dan sarung.
Bisa diantar ke pos ronda depan masjid sampai Rabu.
Terima kasih, semoga berkah."""),

("listing", "hn_new_import", "1011", """Sepatu Sneakers Import China Model Korea Terbaru
Baru, lengkap dengan box, sol karet empuk
Ukuran 36-44, warna putih, hitam, beige
Harga 89rb, grosir 1 lusin 960rb
Barang ready gudang Tangerang, impor resmi"""),

("post", "hn_joke_meme", "0111", """Level orang Medan kalo dipuji bajunya:
"Wih bagus kali bajumu, beli di mana?"
"Monza lah, 20 ribu, dari goni Korea, kau pikir mall?"
Bangga nya sampe ke ubun-ubun 😂
#medanbanget"""),

("article", "hn_news", "0111", """Pasokan bal ke Pasar Senen seret setelah pengawasan pelabuhan diperketat.
Sejumlah pedagang mengaku harga satu bal pakaian bekas dari Jepang dan Korea naik hampir satu juta rupiah dalam sebulan.
Di sisi lain, harga eceran tak bisa ikut naik karena pembeli menawar keras.
Beberapa kios memilih tutup sementara sambil menunggu kepastian aturan."""),

("post", "hn_school_church_sale", "1110", """Charity market OSIS SMA Negeri 3 🌼
Kami menjual pakaian preloved donasi dari siswa & guru, harga 10rb-30rb.
Ada juga buku bekas dan kue buatan anggota OSIS.
Hasilnya untuk bantuan korban gempa.
Jumat 20 September, aula sekolah, jam 10-14."""),

("profile", "hn_own_preloved", "1110", """🌿 lemari.nadia
preloved pribadi & keluarga, bukan barang karungan
semua barang dibeli di toko dalam negeri, ada foto struknya kalau ditanya
update tiap akhir bulan, COD Depok & Lenteng Agung
hasil jualan ditabung buat biaya skripsi 🙏"""),

("listing", "legal_plain_listing", "1010", """Kemeja Batik Pria Lengan Panjang Katun Primisima
Motif parang & kawung, tulis kombinasi cap
Ukuran M - XXL, harga 175rb
Dijahit rapi dengan furing, cocok buat kondangan
Langsung dari pengrajin Laweyan, Solo"""),

("listing", "legal_plain_listing", "1010", """Daster Rayon Jumbo Motif Bunga Adem
Panjang 115 cm, LD 120, kancing depan busui
Harga 35rb/pcs, 3 pcs 95rb
Stok banyak, motif random
Kirim dari Pekalongan tiap hari kerja"""),

("post", "hn_guideline", "0111", """Ketentuan bagi penjual di Bazar Kreatif Kota:
- Produk wajib buatan sendiri atau produk lokal Indonesia
- Dilarang menjual pakaian bekas impor (termasuk barang bal, karungan, "thrift impor")
- Preloved pribadi maksimal 10 item per tenant
Tenant yang melanggar akan diminta menurunkan barang."""),

("message", "hn_report", "0111", """Selamat siang tim Trust & Safety,
Saya ingin melaporkan toko "Gudang Kilo Murah" yang menjual pakaian bekas per kilo dengan keterangan "sortiran Korea, bal asli".
Menurut saya ini melanggar larangan impor pakaian bekas.
Tautan toko dan tangkapan layar saya lampirkan. Terima kasih."""),

("post", "hn_trip_no_goods", "0010", """Liburan ke Kuching kemarin lewat Entikong naik bus DAMRI 🚌
Pulang ga bawa apa-apa selain baju kotor sendiri wkwk
Kesimpulan: Kuching bersih banget, laksa Sarawak juara, dan antrian imigrasi Entikong ga selama yang aku bayangin."""),

("post", "hn_local_upcycle", "1110", """Patchwork jacket edisi kampung 🧩
Kami jahit dari sisa kain dan baju bekas sumbangan tetangga di Sleman.
Setiap jaket cuma ada satu, harga 250rb.
Nggak ada bahan dari karung impor, semuanya lokal.
Order via WA 0878xxxx"""),

("listing", "hn_used_phone", "1100", """Samsung A54 bekas pemakaian sendiri
Beli di Erafone Surabaya 2023, nota ada
Layar mulus pakai antigores, baterai awet
Harga 3,2jt, bonus case
COD Gubeng"""),

("post", "hn_opinion", "0111", """Catatan dari pengrajin konveksi:
Sepi orderan bukan cuma gara-gara bal bekas impor, tapi jujur itu salah satu penyebab.
Pelanggan bilang "di Gedebage kemeja merk luar cuma 25 ribu, punya Bapak 90".
Kami ga bisa lawan harga barang yang sebenarnya sampah negara lain."""),

("comment", "hn_buyer_question", "0110", """Bang, mau tanya, jaket kulit yang abang pakai di video itu bekas ya? Kelihatan udah belel tapi keren.
Aku lagi nyari yang mirip buat touring.
Kira-kira berapa ya harga wajarnya buat yang bekas begitu?"""),

("post", "hn_new_thrift_style", "1010", """Baju baru rasa thrift, kenapa nggak? 😎
Kaos graphic washed, efek pudar kami buat sendiri di workshop Jakarta Timur.
100% katun, baru, ada label brand kami.
Harga launching 79rb, cuma seminggu.
Cek katalog di highlight."""),

("review", "hn_review", "0111", """Pernah beli jaket dari lapak bal di Gedebage, ternyata resletingnya rusak dan ada robekan di ketiak yang ga kelihatan pas milih.
Namanya juga barang bekas impor, ga bisa retur.
Pelajaran: cek teliti sebelum bayar, bawa senter kalau perlu."""),

("post", "hn_news", "0111", """Penyelundupan pakaian bekas lewat Nunukan kembali terungkap.
Petugas gabungan menemukan puluhan karung berisi baju bekas dari Tawau yang disembunyikan di bawah muatan kayu.
Barang tersebut rencananya dikirim ke Parepare.
Nakhoda kapal dan dua ABK ditetapkan sebagai tersangka."""),

("listing", "legal_plain_listing", "1010", """Mukena Katun Rayon Bordir Tasikmalaya
Set atasan + rok + tas, ukuran dewasa all size
Warna pastel: lilac, mint, peach
Harga 165rb, bisa untuk hantaran
Dikirim langsung dari pengrajin Tasik"""),

("post", "hn_own_preloved", "1110", """Closet clean out 🌷 semua punyaku sendiri, dulu beli di Uniqlo & H&M Indonesia, ada struknya juga beberapa
Sweater 70rb, celana kulot 60rb, coat 150rb
Kondisi 90%, dicuci & wangi
Bukan barang karungan / impor bekas ya kak
Cek highlight 'preloved' untuk detail"""),

("article", "hn_explainer", "0111", """Mengapa impor pakaian bekas dilarang?
Pemerintah menyebut tiga alasan utama: risiko kesehatan karena barang tidak higienis, perlindungan industri tekstil dan UMKM dalam negeri, serta masalah sampah tekstil.
Larangannya tercantum dalam Permendag 18/2021 jo. Permendag 40/2022, yang memasukkan pakaian bekas ke daftar barang dilarang impor.
Meski begitu, bal pakaian bekas masih masuk lewat pelabuhan kecil di pesisir Sumatra dan Kalimantan."""),

("message", "hn_swap", "0111", """Halo kak, aku liat kakak punya jaket bekas Jepang dari Senen yang warna hijau itu.
Mau tuker ga sama jaket denim aku? Ukurannya sama L.
Aku ga jual ya, cuma pengen tukeran aja.
Kabarin kalau mau 😊"""),

("post", "hn_job_vacancy", "0110", """Dicari tenaga penjahit permak untuk usaha vermak levis & baju bekas di Pasar Minggu
Pengalaman minimal 1 tahun, bisa mesin obras
Gaji mingguan, mess tersedia
Hubungi Bang Udin lewat DM"""),

("listing", "hn_used_household_textile_local", "1110", """Jual Gorden & Sprei Bekas Hotel Kondisi Bagus
Dari renovasi hotel di Malang, 40 set sprei king & 25 pasang gorden blackout
Harga sprei 50rb/set, gorden 120rb/pasang
Cocok buat kos-kosan atau homestay
Ambil di Jl. Soekarno-Hatta Malang"""),
]
