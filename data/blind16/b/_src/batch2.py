# Batch 2 - hand-written long-form records. Tuple: (kind, category, "offer used clothing abroad", text)
RECORDS = [
("listing", "plain_offer", "1111", """[READY] Sepatu Running Second Import Thailand
Nike Pegasus, Asics Gel, Adidas Ultraboost campur
Ukuran 39-44, sol masih tebal, sudah dicuci bersih
Harga 120-250rb per pasang, dijual satuan atau per lusin
Barang datang per bal dari Thailand, dibongkar di toko kami Blok III Pasar Senen
Cek katalog lengkap di etalase ya kak"""),

("post", "plain_offer", "1111", """Baju bekas impor 10 ribuan masih ada gaes!! 😱
Kaos, kemeja, celana pendek, semua dari bal Jepang yang dibuka kemarin
Datang langsung ke lapak kami di Pasar Cimol Gedebage, kios C-12
Buka jam 8 pagi sampai habis
Bawa kantong sendiri ya biar ramah lingkungan 🌱"""),

("comment", "plain_offer", "1111", """Buat yang nanya di kolom komen: iya, semua barang di toko kami itu thrift impor, bukan lokal
Stok dari bal Korea dan Jepang, kami sortir sendiri mana yang layak jual
Harga kemeja 35k, outer 60k, celana 45k
Pemesanan lewat Shopee 'Gudang Lusuh' atau DM IG, dua-duanya admin yang sama"""),

("message", "plain_offer", "1111", """Broadcast pelanggan setia Toko Nanda Collection 💌
Minggu ini ready:
- 1 bal blazer wanita Korea (buka per potong, 50-90rb)
- Tas kulit bekas impor merk campur, 75rb aja
- Sweater rajut ex Jepang, 3 potong 100rb
Yang mau diantar ke rumah area Bogor kota, ongkir 10rb
Balas pesan ini dengan kode barang, stok terbatas"""),

("live", "plain_offer", "1111", """Oke oke kita lanjut ya, ini masih dari karung celana cargo second import
Yang ini Dickies, pinggang 32, kondisi kayak baru, 70 ribu
Yang kemarin nanya kenapa murah, karena ini barang bekas luar negeri kak, bukan ori baru dari mall
Ketik SAYA buat yang mau, kuota 1 ya
Satu lagi, Carhartt coklat, ada sobek kecil di saku, 55 ribu aja"""),

("profile", "plain_offer", "1111", """Bukan toko baju baru ❌ Kami jual baju bekas impor kurasi ✅
📍 Jl. Pahlawan, Malang (buka 10.00-21.00)
🧺 Stok bal Jepang & Amerika, dicuci ulang sebelum dipajang
💸 Harga mulai 15rb
📦 Online: Tokopedia 'Rak Kedua Malang'"""),

("listing", "regional_code_word", "1111", """Lelong Sabah Mari Ambik Murah!! Baju Lelong Bundle Borong
Stok datang dari Tawau, isi macam-macam: kemeja, seluar jeans, jaket
Harga borong 1 guni 1,8 juta, pilih satuan 20 ribu
Kedai di Nunukan dekat pelabuhan, tanya alamat lewat pesan
Boleh hantar ke Tarakan pakai speedboat"""),

("post", "regional_code_word", "1111", """Mampir lah ke lapak monza kami di Pajak Melati 🙌
Hari Rabu buka bal baru, isinya jaket parka sama kemeja kotak-kotak
Harga kawan, nego sampe deal bah
Yang dari luar Medan bisa pesan, kami kirim via pos
Cari aja lapak 'Monza Boru Sitorus' samping penjual sate"""),

("message", "wholesale_price_list", "1111", """Daftar harga grosir sortiran minggu ke-3:
✅ Sortiran kepala (kualitas paling bagus) kemeja: 95rb/kg
✅ Sortiran badan: 60rb/kg
✅ Sortiran kaki: 30rb/kg
Minimal ambil 20 kg, karung dikirim dari gudang Cilincing
Pembayaran full sebelum muat. Sudah banyak reseller Jawa Tengah langganan di sini"""),

("post", "market_geography", "1111", """Barang dari Pasar Tungging baru sampai di toko kami Kupang 🔥
Kemeja dan rok panjang, masih bau karung wkwk tapi udah kami cuci
Harga 20-45 ribu, bisa cicil untuk pelanggan lama
Lokasi: belakang Pasar Inpres Naikoten
Jam buka 9 pagi-6 sore"""),

("listing", "port_route", "1111", """Borong Baju Batam Per Koli - Campur Pria Wanita
Isi kurang lebih 200-250 potong, sudah ada kemeja, kaos polo, blus
Koli baru turun kapal, masih segel plastik hitam
Harga koli 3,6jt, kirim ke Jambi, Palembang, Padang via travel barang
Tanya stok ke 0852xxxx, yang serius saja"""),

("post", "reseller_recruitment", "1111", """OPEN DROPSHIPPER! 🚀
Jualan karungan celana jeans tanpa modal, kamu cukup upload foto kami
Barang kami kirim langsung dari gudang, nama toko kamu di resi
Untung per potong 10-25rb, barang ex Amerika & Kanada, layak pakai semua
Join grup WA dropshipper, isi formulir di link bio"""),

("comment", "dodge_abbreviation", "1111", """bs kak, 2nd imp ex-KR sisa 3 pcs
1. cardi rajut pink M 45k
2. outer denim L 70k
3. dress bunga allsize 55k
ongkir dr Bdg, tf dulu baru kirim, no cod ya"""),

("listing", "dodge_spacing", "1111", """K.e.m.e.j.a  B.e.k.a.s  I.m.p.o.r  Jepang  Murah
Kondisi mulus, warna pastel, cocok buat kerja
harga 30rb/pcs, ambil lusinan bisa 300rb
bahan adem, dari b-a-l yang baru buka
chat dulu sebelum order"""),

("post", "dodge_emoji", "1111", """🧥🧥 baru 🔓 📦 dari 🇯🇵 tadi pagi
bukan 🆕 ya, ini 🔁 tangan kedua
🏷️ 40k-90k
📍Senen lt.2, tanya aja ke abang2 kios pojok
DM 📩 buat ✅ keep max 1 jam
yg jauh bisa 🚚 JNE/JNT, ongkir tanggung sendiri"""),

("profile", "dodge_hashtag_glue", "1111", """kurasi outfit harian, harga anak kos 💸
semua barang pernah dipakai, dicuci ulang sebelum kirim
PO tiap Kamis malam (lihat highlight)
#thriftshopjakarta #bekasjepangmurah #preloveimport #balkoreagradeA"""),

("post", "dodge_misspelling", "1111", """OPEN ORDER baju bkas improt, ballpres korea br sampe
jaket2 tebel musim dingin cm 50an
yg mau lngsg wa aja ke 0896xxxx
bisa kirim sluruh indo, packing rapih"""),

# ---------------- legal ----------------
("article", "hn_news", "0111", """Pedagang Thrift Pasar Senen Keluhkan Stok Menipis Usai Razia
Sejumlah pedagang pakaian bekas di Blok III Pasar Senen mengaku kesulitan mendapatkan barang setelah beberapa gudang di Jakarta Utara digerebek.
Seorang pedagang celana mengatakan biasanya ia mengambil stok per 100 kilogram, kini hanya bisa membeli secara eceran.
Pengunjung sendiri masih ramai, sebagian besar mahasiswa dan pekerja muda.
Kementerian Perdagangan menegaskan larangan impor pakaian bekas tetap berlaku."""),

("article", "hn_explainer", "0111", """Apa Itu Monza, Cakar, dan Awul-awul?
Tiga kata ini adalah sebutan daerah untuk pakaian bekas impor. Monza populer di Medan, diambil dari singkatan Monginsidi Plaza.
Cakar dipakai di Makassar dan sekitarnya, kependekan dari 'cap karung'.
Sementara awul-awul dikenal di Yogyakarta, merujuk pada cara pembeli mengaduk-aduk tumpukan baju.
Meski namanya berbeda, barangnya sama: pakaian bekas yang masuk dari luar negeri dalam bentuk bal, dan kini dilarang diimpor."""),

("post", "hn_opinion", "0111", """Thread singkat: kenapa aku berhenti beli baju thrift impor 🧵
1/ Dulu aku hampir tiap bulan ke Gedebage, seneng dapet brand Jepang 30 ribuan.
2/ Lama-lama baca soal limbah tekstil: banyak isi bal yang gak layak dan ujungnya dibuang di sini.
3/ Belum lagi UMKM konveksi yang kalah harga.
4/ Sekarang aku lebih milih preloved teman atau brand lokal yang lagi diskon.
Bukan mau nge-judge, cuma sharing."""),

("comment", "hn_report", "0111", """Min tolong ditindak, akun ini jualan balpres terang-terangan
Di captionnya tulis "bal jaket Korea 7jt, ready di gudang Batam"
Saya udah report 3 kali tapi postingannya masih ada
Bukannya ini barang larangan impor?"""),

("listing", "hn_new_thrift_style", "1010", """Celana Jeans Washed Vintage Look - Brand Lokal Jogja
Efek pudar dan sobek di lutut, dibuat baru di workshop kami
Denim 13oz, potongan straight, unisex
Bukan thrift, bukan bekas, 100% baru lengkap dengan label
Rp 219.000, size 27-36"""),

("post", "hn_own_preloved", "1110", """Jual sepatu preloved pribadi 👟
Vans Old Skool hitam size 40, beli di Zalora tahun lalu, dipakai kuliah kira-kira 6 bulan
Sol masih tebal, ada sedikit lecet di ujung
Harga 350rb, sudah termasuk box aslinya
Domisili Bandar Lampung, bisa COD di kampus"""),

("listing", "hn_used_furniture", "1100", """Dijual Lemari Pakaian Bekas 3 Pintu
Kayu jati Jepara, kondisi masih kokoh, cat agak kusam
Ukuran 150x55x190 cm
Harga 1,8 juta nego, pembeli ambil sendiri di Ungaran
Cocok untuk kamar kos atau rumah baru"""),

("listing", "hn_industrial_rags", "1100", """Majun Kain Perca Bekas untuk Bengkel dan Pabrik
Dijual per karung 25 kg, bahan kaos sisa potongan dan kain bekas
Daya serap oli tinggi, cocok buat lap mesin
Harga 7.500/kg, pengiriman Surabaya-Gresik-Sidoarjo
Pemesanan minimal 4 karung"""),

("post", "hn_church_sale", "1110", """Warta Jemaat: Pasar Murah Pemuda GKI
Hari Minggu setelah ibadah kedua, di aula gereja
Pakaian bekas layak pakai sumbangan jemaat dijual 5.000 - 20.000
Seluruh hasil untuk biaya retret remaja bulan depan
Jemaat yang masih mau menyumbang pakaian, bisa titip ke kantor gereja sampai Jumat"""),

("comment", "hn_buyer_question", "0111", """Bang, kalau beli monza di Simalingkar sekarang masih aman gak sih? 
Katanya lagi banyak razia, takut pas lagi milih-milih terus ada petugas
Terus kualitasnya masih kayak dulu gak? 
Aku pengen cari jaket kulit buat touring"""),

("message", "hn_swap", "0110", """Halo grup Ibu-ibu Perumahan Griya Asri 👋
Mau ngadain tukar baju anak hari Sabtu sore di taman blok C
Konsepnya barter ya, bukan jual beli. Bawa baju anak yang udah kekecilan, tukar dengan ukuran yang pas
Pastikan bersih dan gak sobek
Sisa yang gak ketukar nanti kita donasikan ke panti"""),

("review", "hn_review", "0111", """Pengalaman pertama ke awul-awul di Sekaten, campur aduk rasanya
Harus sabar ngubek tumpukan, debunya lumayan bikin bersin
Tapi dapat kemeja linen label Jepang yang adem banget
Saran: bawa masker dan langsung cuci air panas pas sampai rumah
Overall 3/5, seru tapi melelahkan"""),

("post", "hn_joke", "0111", """Tes kepribadian berdasarkan cara kamu belanja baju:
🛍️ Mall: hidupmu tertata
📱 Online: kamu introvert
🧺 Bongkar bal di Senen: kamu punya kesabaran level biksu
🎲 Beli karungan tanpa lihat isi: kamu penjudi sejati
Komen kamu yang mana 😂"""),

("article", "hn_guideline", "0111", """Tips untuk Pembeli: Mengenali Penjual Pakaian Bekas Impor Ilegal
- Deskripsi menyebut 'bal', 'balpres', 'karungan' atau 'per koli'.
- Menyebut asal barang seperti Korea, Jepang, atau dikirim via Batam.
- Harga sangat murah untuk merek internasional.
Membeli barang semacam ini ikut menyuburkan penyelundupan. Pilih produk lokal atau preloved dari pemilik langsung."""),

("listing", "hn_used_machine", "1100", """Mesin Jahit Juki Bekas Highspeed DDL-8700
Ex konveksi yang tutup, masih dipakai produksi sampai bulan lalu
Motor normal, jarum halus, meja dan kaki lengkap
Harga 2,2 juta, ada 5 unit, bisa beli satuan
Lokasi Majalaya, Kabupaten Bandung"""),

("listing", "hn_plain_clothing", "1010", """Seragam Sekolah SD Putih Merah Lengkap
Kemeja lengan pendek dan celana/rok, bahan tropical
Tersedia ukuran 6-14, harga mulai 65rb per stel
Terima pesanan seragam olahraga sablon nama sekolah
Toko Seragam Mandiri, Pasar Klewer lantai 1"""),

("post", "hn_warning", "0111", """Info loker buat warga Tanjungbalai dan sekitarnya? Bukan.
Ini peringatan: ada tawaran kerja 'bongkar muat karung baju dari kapal' dengan upah 300rb semalam.
Itu kerjaan penyelundupan balpres dari Malaysia, bisa kena pidana.
Jangan tergiur, sudah ada warga yang ditangkap bulan lalu.
Bagikan ke keluarga yang lagi cari kerja."""),

("message", "hn_own_preloved", "1110", """Mbak Wid, ini aku ada gaun kondangan bekas aku sendiri, cuma dipake 2 kali pas nikahan sepupu
Warna sage, ukuran M, beli di butik Solo
Kalau mbak mau 150 aja, aslinya 600an
Bisa aku anter sekalian ke kantor besok"""),

("listing", "hn_jute_sacks", "1100", """Karung Goni Bekas Kopi Ukuran Besar
Ex karung biji kopi, kuat dan tebal, cocok untuk kerajinan atau media tanam
Harga 8 ribu per lembar, 100 lembar 700 ribu
Stok ribuan, lokasi gudang di Medan
Bisa kirim antar pulau"""),

("post", "hn_new_import", "1011", """Ready stock kaos kaki import Jepang motif lucu 🧦
Baru, masih dalam kemasan, isi 5 pasang per pack
Bahan katun lembut, cocok buat dewasa
Harga 65rb/pack, reseller ambil 10 pack dapat harga khusus
Asli bukan bekas ya bunda 😊"""),

("review", "hn_review_named_preloved", "1110", """Ulasan Lapak 'Lemari Mama Rina' di Marketplace:
Aku beli 3 baju bayi preloved di sini, katanya bekas anaknya sendiri
Kondisi sesuai deskripsi, wangi dan dilipat rapi
Penjualnya ramah, malah ngasih bonus topi rajut
Recommended buat ibu-ibu yang cari baju bayi murah layak pakai"""),
]
