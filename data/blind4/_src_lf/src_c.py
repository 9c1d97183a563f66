# Hand-written long-form records, part C: legal hard negatives (new clothes, own preloved,
# complaints/reports, buyer questions).
R = []
def add(kind, cat, el, text):
    R.append(dict(kind=kind, category=cat, el=el, text=text.strip("\n")))

# --- new clothes in thrift / vintage style ---
add("listing", "new_thrift_style", "1010", """
Kemeja flanel VINTAGE LOOK 🤎 tapi BARU ya kak, bukan thrift!
Produksi konveksi sendiri di Bandung, bahan katun flanel tebal
Size S-XXL (LD 96-124 cm)
Harga 129rb, PO 7 hari kerja
Cocok buat yang suka gaya thrift tapi mau yang masih wangi toko 😆
#vintagestyle #thriftstyle #localbrand #madeinbandung
""")

add("listing", "new_thrift_style", "1010", """
Crewneck washed 'thrift vibes' 🧺
✔️ Brand new, masih ada hangtag
✔️ Made in Indonesia (pabrik partner di Majalaya)
✔️ Efek pudar hasil stone wash, bukan karena dipakai
Warna: sage, rust, charcoal
Size M/L/XL — 149k
Restock Jumat, ready kirim dari Solo
""")

add("listing", "new_import_clothing", "1011", """
Jaket coach impor Jepang BNWT 🇯🇵
Brand new with tag, bukan preloved/thrift
Dibeli langsung dari outlet di Osaka (ada struk pembelian)
Size L, warna navy, harga 850rb
Kirim dari Jakarta Selatan, bisa COD Blok M
""")

add("listing", "new_import_clothing", "1011", """
GROSIR BAJU KOREA IMPORT NEW 🇰🇷
Barang baru dari Dongdaemun, bukan bal bekas ya bund!
Blouse, cardigan, dress — minimal 3 pcs per model
Harga grosir mulai 65rb
PO close tiap Senin, barang sampai ±14 hari
Ready juga stok di Tanah Abang Blok A lt. 5
""")

add("post", "new_thrift_style", "1010", """
Koleksi 'Pasar Loak' dari kami 😌 semua desain baru, terinspirasi kaos band 90an & seragam kerja jadul
Dijahit tangan-tangan penjahit Yogyakarta, sablon plastisol retak-retak memang disengaja
Bukan barang bekas, bukan impor 🙅
Drop 1: 5 artikel, 100 pcs per desain, 165k
Launching Sabtu 19.00 di website
#thriftstyle #vintagetee #lokalbangga
""")

add("listing", "new_thrift_style", "1010", """
Sneakers model retro 70s, 100% baru, made in Tangerang 👟
Kulit sintetis + sol karet vulkanisir
Size 37-44, harga 279rb
Tampilan kayak hasil berburu di pasar loak, padahal fresh dari pabrik
Garansi jahitan 3 bulan
""")

add("listing", "new_thrift_style", "1010", """
Denim 'Warisan Bapak' 🧵
Celana jeans straight cut dengan warna pudar kayak hasil thrifting, tapi BARU 100%
Kain denim lokal 13,5oz, dijahit di Bandung
Size 28-36, 299k
Pre-order batch 3, estimasi kirim 10 hari
Bukan barang seken ya kak, aman buat yang ga suka bau gudang 😅
""")

add("listing", "new_import_clothing", "1011", """
Kaos oversize polos impor China, BARU, masih dalam plastik per pcs
Cotton combed 24s, banyak yang pakai buat jualan ulang gaya 'thrift'
Harga grosir 28rb (min 1 lusin), eceran 38rb
Warna: hitam, putih, cream, olive, maroon
Gudang di Tangerang, kirim setiap hari
""")

add("listing", "factory_reject_new", "1010", """
Sisa ekspor / reject pabrik garmen Semarang 🏭
Kemeja kerja pria, BARU belum pernah dipakai, cacat minor (jahitan miring/noda kecil)
Dijual per karung isi 100 pcs campur size, Rp 2,2 jt
Cocok buat dijual ulang di pasar
Bukan barang bekas impor ya, ini produksi lokal yang gagal QC
""")

add("live", "new_thrift_style", "1010", """
LIVE JAM 7 — 'buka karung' versi kami 😂 isinya kemeja baru semua dari konveksi sendiri
Konsepnya kayak bongkar bal tapi semua barang BARU, masih ada label Made in Indonesia
Harga live 59k-99k
Ikutin live, ketik nomor artikel buat checkout
#bukakarung #kemejalokal #madeinindonesia
""")

add("post", "new_thrift_style", "1010", """
Blus 'Nenek Chic' 🌸 motif bunga jadul, kerah renda
Jahit sendiri di rumah, kain rayon baru beli di Pasar Baru
Ready 12 pcs, allsize fit to L, 135rb
Banyak yang ngira hasil thrift, padahal baru 😄
DM buat order, kirim dari Padang
""")

add("listing", "new_thrift_style", "1010", """
Jaket kulit domba asli Garut ✨ model biker vintage
BARU, hasil pengrajin Sukaregang, bukan second
Bisa custom ukuran, 1,35jt
Efek kulit 'aged' dari proses finishing, biar keliatan kayak jaket lama
Pengerjaan 14 hari
""")

# --- own preloved, bought locally ---
add("listing", "own_preloved_local", "1110", """
Preloved pribadi ya, bukan barang bal 🙏
1. Dress batik Danar Hadi, dipakai 2x kondangan, size M — 150k
2. Blazer Zara (beli di Grand Indonesia 2021) size S — 200k
3. Rok plisket H&M — 60k
Semua dicuci & disetrika, no noda
Alasan jual: lemari penuh, mau pindah kos
COD sekitar Depok/UI
""")

add("post", "own_preloved_local", "1110", """
Beberes lemari sebelum pindah ke Surabaya, jadi ada yang mau ku lepas:
- kemeja kerja 5 pcs (Executive, Alisan), bekas pakai kantor, kondisi 85% — 35rb/pcs
- celana bahan 3 pcs size 32 — 40rb
- sepatu pantofel size 42 — 150rb
- jaket hujan Eiger, dipakai 1 musim — 120rb
- batik lengan panjang 2 pcs (beli di Pasar Klewer waktu mudik) — 50rb/pcs
- sepatu lari Ortuseight size 42, sol masih bagus — 180rb
- tas ransel kerja Bodypack, resleting aman — 100rb
- dasi 4 pcs bonus kalau ambil kemeja semua 😄
Semua milik sendiri, dibeli di mal-mal dan toko di Medan, bukan barang goni ya.
Kondisi sudah dicuci bersih, yang ada minus saya foto terpisah, tanya aja di komen.
Prioritas yang ambil banyak, bisa nego tipis.
Ambil di rumah daerah Sei Batang Hari (kabari dulu jadwalnya), atau COD di Merdeka Walk hari Sabtu pagi.
Barang yang tidak laku sampai tanggal 20 rencananya saya sumbangkan ke panti, jadi jangan kelamaan mikir ya kawan-kawan 🙏
""")

add("listing", "own_preloved_local", "1110", """
Preloved baju anak pertama 👶 sekarang udah SD jadi mau diturunin
Isi 1 paket: 15 pcs (jumper, kaos, celana) usia 0-12 bulan, merk Carter's & Libby yang dulu dibeli di mal Jakarta
Kondisi 80-90%, sudah dicuci ulang
Harga paket 200rb, kirim dari Bekasi
""")

add("listing", "own_preloved_local", "1110", """
Selling my own preloved stuff 💛
- Uniqlo U crewneck (bought at Uniqlo PIM) size M, worn few times — 90k
- Levi's 511 W30 (bought at Levi's store Pakuwon) — 250k
- Converse CT low size 39, sol masih tebel — 180k
No bal, no thrift import, everything from my own closet
Meet up di Surabaya barat
""")

add("post", "own_preloved_local", "1110", """
GARAGE SALE di rumah kami Sabtu-Minggu ☀️
Baju bekas keluarga (ayah, ibu, 3 anak), sepatu, tas sekolah
Baju mulai 5rb, sepatu 20rb
Semua barang kami sendiri, bukan ambil dari karung
Alamat: Perum Griya Asri blok D, Sidoarjo
Jam 07.00-12.00
""")

add("listing", "own_preloved_local", "1110", """
Dijual kebaya akad preloved, dipakai sekali saat akad nikah saya bulan lalu 🤍
Dijahit di penjahit langganan di Solo, brokat Prancis (beli kainnya di Pasar Klewer)
Size L, LD 98, panjang 65
Harga 850rb (jahit + kain dulu 2,3jt)
Bisa fitting di rumah, daerah Laweyan
""")

add("listing", "own_preloved_local", "1110", """
Jersey PSIS Semarang musim 2019 original, bekas pakai pribadi
ada tanda tangan 3 pemain (dapat waktu meet & greet)
size L, kondisi 90%, nggak pernah dicuci mesin
harga 450rb nett
lokasi Semarang Tengah, COD Simpang Lima
""")

add("listing", "own_preloved_local", "1110", """
Jual jaket ojol bekas, saya sudah berhenti narik 🙏
jaket size XL, warna masih cerah, 75rb
sekalian sepatu safety bekas kerja proyek size 41, 90rb
total 150rb kalau ambil dua
Depok, COD sekitar Margonda
""")

add("live", "own_preloved_local", "1110", """
Live declutter lemari aku sendiri malam ini jam 8 ✨
Isinya baju-baju yang aku beli di Shopee & mall 2-3 tahun terakhir, kebanyakan cuma kepake 1-2x
Harga 15k-75k, semua sudah dicuci
Ini bukan bal ya guys, murni lemari pribadi hehe
#declutter #prelovedmurah
""")

add("post", "own_preloved_local", "1110", """
Beta jual beta pung baju-baju lama, su seng muat lai 😅
Kemeja, rok, celana jeans, sepatu — semua beta beli di toko baru di Ambon (bukan cakbo e)
Harga 20 ribu sampe 75 ribu
Mau liat bisa datang ke rumah di Batu Merah
Chat 0821xxxx
""")

add("listing", "own_preloved_local", "1110", """
Jual seragam SMA bekas anak saya, baru lulus 🎓
Kemeja putih 3, rok abu 2, seragam batik sekolah 2, pramuka 1 set
Ukuran M, masih layak, cuma kerah agak kuning sedikit
Semua 150rb, lokasi Pekanbaru (Panam)
Lumayan buat adik-adik yang mau masuk SMA
""")

# --- complaints and reports (often quoting the ad) ---
add("message", "complaint_report", "0111", """
Laporan: akun @bal.korea.murah77
Kategori: penjualan barang terlarang
Akun ini memposting: 'READY BAL KOREA 450 PCS 6,5JT, kirim seluruh Indo, barang dari Batam aman' — ini jelas pakaian bekas impor yang dilarang Permendag 40/2022.
Sudah 3 postingan serupa dalam seminggu, tautan terlampir.
Mohon ditindak. Terima kasih.
""")

add("post", "complaint_report", "0111", """
Kapok beli bal online 😤
Di iklannya tulis 'bal Jepang grade A, 90% kepala, isi 300 pcs, garansi puas'. Pas dibuka isinya kaos bolong, celana robek, baju kena jamur. Yang layak jual paling 60an pcs.
Modal 6 juta, hasil jual belum ada 2 juta. Itu uang pinjaman dari mertua pula.
Pas komplain, admin malah ngilang, nomornya diblokir. Akun IG-nya sekarang ganti nama, tapi postingannya masih sama: 'amanah, testimoni banyak'.
Buat kalian yang mau mulai usaha thrift, hati-hati. Barang begini juga dari sananya ilegal, jadi mau lapor ke polisi pun bingung, takut malah kena sendiri.
Pelajaran mahal buat saya. Sekarang saya jualan gorengan aja dulu. Semoga ga ada korban lain.
""")

add("post", "complaint_report", "0111", """
Tetangga sebelah tiap malam bongkar karung dari truk, baunya apek nyampe rumah 🤧
Ternyata dia jualan baju bekas impor, di IG-nya ditulis 'bal SG baru landing, ready 20 bal'.
Udah lapor RT tapi katanya urusan masing-masing.
Ada yang tau harus lapor ke mana? Bea cukai atau dinas perdagangan?
""")

add("post", "complaint_report", "0111", """
Kami brand lokal kecil, 6 penjahit. Tiap hari scroll TikTok isinya 'bongkar bal Korea, kemeja 10rb'.
Gimana mau bersaing? Bahan kami 45rb per kemeja belum ongkos jahit.
Kami bukan anti thrift pribadi, tapi yang impor karungan itu ilegal dan bikin harga rusak.
Tolong kementerian lebih tegas, dan platform jangan kasih panggung buat live jual bal.
""")

add("message", "complaint_report", "0111", """
Min, tolong dikeluarkan akun yang tadi posting 'ready karungan cakar Tawau, 3jt/karung, bisa kirim ke Makassar'.
Grup ini khusus jual beli hasil kebun & kebutuhan rumah, bukan buat barang selundupan.
Nanti grup kita yang kena masalah. Terima kasih 🙏
""")

add("review", "rw_review", "0111", """
⭐☆☆☆☆
Judulnya 'kemeja baru premium' tapi yang datang jelas barang bekas, kerah kusam, ada tulisan Hangul di label laundry, bau kamper karung.
Ternyata sellernya jual bal impor bekas ngaku baru.
Sudah ajukan retur dan laporkan ke CS. Jangan beli di sini.
""")

add("post", "complaint_report", "0111", """
Mods, di subforum Fashion banyak thread WTS 'bal Korea', 'karungan Jepang', 'sekon luar'. Bukannya ini melanggar aturan forum poin 7 (barang ilegal)?
Contoh judulnya: '[WTS] Bal Monza Grade A Kirim Seluruh Indo'.
Mohon dibersihkan biar forum ga kena blokir.
""")

add("post", "complaint_report", "0111", """
Hati-hati bun beli baju anak dari live 'buka bal' 😢
Anakku gatal-gatal dan merah di punggung setelah pakai dress yang kubeli, katanya dari bal Korea. Aku cuma cuci sekali pakai deterjen biasa.
Kata dokter kemungkinan jamur/tungau dari baju bekas yang lama di karung.
Sekarang semua udah kubuang. Kalau mau beli bekas impor tolong rendam air panas dulu, atau mending ga usah sekalian.
""")

add("message", "complaint_report", "0111", """
Kepada Yth. Kepala Kantor Bea dan Cukai
Perihal: Informasi dugaan pemasukan pakaian bekas
Dengan hormat, saya warga pesisir melaporkan adanya bongkar muat karung-karung besar dari kapal kayu di pelantar belakang gudang ikan setiap Selasa malam, sekitar pukul 23.00.
Menurut warga, karung tersebut berisi pakaian bekas dari Malaysia yang kemudian diangkut truk ke arah Pekanbaru.
Demikian laporan ini, identitas saya mohon dirahasiakan.
Hormat saya, (nama disamarkan)
""")

add("post", "complaint_report", "0111", """
'BAL SG SUPER BERSIH WANGI NO JAMUR'
bestie itu baju bekas orang yang dipress di karung berbulan-bulan di kapal 😭 wangi dari mana
udah ku report akunnya, kalian juga ya
""")

add("post", "complaint_report", "0111", """
Saya pedagang di Pasar Senen, dulu jual bekas, sekarang sudah pindah jual produk lokal sejak penertiban.
Yang bikin kesal, di TikTok masih banyak yang live 'bongkar bal' dengan caption 'barang Senen, kirim seluruh Indonesia'. Kami yang patuh malah sepi. Modal kami sudah habis buat ganti stok, pelanggan lama pada lari ke HP.
Saya sudah coba laporkan beberapa akun, tapi besoknya muncul akun baru dengan nama lain, jualannya sama persis.
Pemerintah jangan cuma sidak pasar, online juga ditertibkan. Kalau tidak, yang patuh aturan justru yang mati duluan.
""")

add("post", "complaint_report", "0110", """
Kok postingan jual preloved saya diturunkan dengan alasan 'pakaian bekas impor terlarang'? 😩
Itu baju saya sendiri, beli di Uniqlo Mall Taman Anggrek, struknya juga masih ada.
Cuma karena saya pakai hashtag #thrift langsung kena.
Tolong dong moderasinya dibenerin, bedain barang pribadi sama bal selundupan.
""")

# --- buyers asking questions ---
add("post", "buyer_question", "0111", """
Halo kak semua, mohon pencerahannya 🙏
Saya ibu rumah tangga di Cilacap, suami baru kena PHK bulan lalu, jadi kami lagi cari usaha yang modalnya ga terlalu besar.
Tetangga saya bilang jualan thrift itu untungnya lumayan, apalagi kalau beli bal Korea yang 45 kg terus dijual eceran di pasar kaget hari Minggu.
Pertanyaan saya:
1. Bal yang 45 kg biasanya isi berapa potong ya?
2. Kira-kira yang layak jual berapa persen? Saya dengar ada yang separuhnya rusak.
3. Kalau beli online, gimana cara bedain supplier jujur sama penipu?
4. Ini legal nggak sih? Soalnya saya lihat di berita ada larangan impor pakaian bekas, takut nanti barang disita padahal uangnya pinjaman.
Kalau memang dilarang, ada saran usaha pakaian lain yang modalnya mirip? Misalnya ambil dari konveksi lokal?
Terima kasih banyak sebelumnya, semoga rezeki kakak-kakak lancar semua.
""")

add("comment", "buyer_question", "0111", """
@thriftkece kak mau nanya dong 🙏 dress yang tadi di live buka bal Jepang (kode D12)
1. udah dicuci belum?
2. ada noda/bolong ga?
3. bisa minta foto bagian ketiak?
soalnya aku alergi debu, ga berani kalau langsung dari karung
""")

add("post", "buyer_question", "0110", """
Mau tanya dong, aku mau jual baju bekasku sendiri di Shopee (kebanyakan beli di mall, ada Uniqlo, Erigo, Cotton On).
Aman ga sih? Takut dikira jualan bal impor terus akunnya kena banned.
Perlu nulis keterangan apa di deskripsi?
""")

add("message", "buyer_question", "0010", """
Min, mau tanya. Produk 'Vintage Flanel Series' ini beneran baru ya? Bukan dari karung?
Soalnya fotonya kayak barang thrift banget 😅
Kalau baru, bahannya lokal atau impor? Terus ada size XXL?
""")

add("message", "buyer_question", "0111", """
Selamat siang pak, saya dapat nomor bapak dari kawan di Pajak Melati.
Mau tanya harga goni monza jeans yang campur berapa sekarang? Kalau saya ambil 2 goni bisa dikirim ke Sibolga?
Saya bayar tunai pas barang sampai boleh?
""")

add("post", "buyer_question", "0111", """
Ada yang punya kenalan supplier bal Korea di daerah Jateng? Saya mau buka lapak kecil di Purwokerto.
Kalau bisa yang jujur isinya, jangan yang separuh sampah.
Mohon infonya ya, terima kasih 🙏
""")

add("post", "buyer_question", "0111", """
Guys aku baru beli 3 jaket dari lapak cakar (yang katanya karung Korea).
Gimana cara nyucinya biar bau apeknya ilang? Perlu direndam air panas? Pakai cuka?
Takut bahannya rusak soalnya ada yang wol.
""")

add("post", "buyer_question", "0111", """
Pak/Bu admin Bea Cukai, mau tanya 🙏
Saya baru pulang dari Jepang bawa 1 koper berisi baju bekas hasil belanja di toko second di Tokyo (±25 pcs) untuk dipakai sendiri.
Apakah itu kena sita? Saya tidak berniat menjual sama sekali.
""")
