from common import R
C = "1111"
ROWS = [
# ---------------- live_announcement (16) ----------------
R("live","live_announcement",C,"""
Halo halo yang baru join live, selamat datang 👋
Malam ini kita sobek 2 karung Jepang, isinya jaket & kemeja
Yang mau, ketik "KEEP" + nomor barang, nanti admin catat
Harga 50rb semua, jaket tebal 85rb
Checkout di keranjang kuning nomor 7 ya kak, jangan sampai kelewat
"""),
R("live","live_announcement",C,"""
Oke kak, barang nomor 23 ini hoodie Adidas seken Korea, size L
Mulus ya, liat nih gak ada noda 👀
Siapa cepat dia dapat, ketik 23 di komen
Next kita lanjut ke bal celana, stay terus ya kakak-kakak
"""),
R("live","live_announcement",C,"""
LIVE JAM 9 MALAM - BONGKAR BALPRES THRIFT KOREA 100 KG 🔴
Kita buka di depan kamera, no setting, no edit
Semua item harga 20rb - 60rb
Ongkir subsidi 10rb untuk checkout di live
Nyalakan notif biar gak ketinggalan!
"""),
R("live","live_announcement",C,"""
Siapa tadi yang minta sepatu size 40?
Ini ada Asics Gel seken Thailand, sol masih oke, 175 ribu
Masukin keranjang nomor 3 ya kak
Yang lain sabar, bal sepatunya masih setengah, masih banyak nih
"""),
R("live","live_announcement",C,"""
Selamat sore kawan-kawan Medan! Live dari lapak monza Pajak Melati 📍
Hari ini Selasa, barang buka baru
Kemeja 25rb, celana 35rb, jaket 60rb
Mau? Komen nama + nomor, ongkir ke luar Medan kita hitung
"""),
R("live","live_announcement",C,"""
Besok Minggu jam 10 pagi live dari Pasar Terong lantai dua 🛍️
Kita bongkar karung cakar dress & gaun pesta
Harga mulai 25rb, kirim ke seluruh Sulawesi
Share ke teman yang suka berburu ya!
"""),
R("live","live_announcement",C,"""
Kakak, ini item terakhir dari karung pertama
Coat panjang wol dari Jepang, warna camel, size M
Harga spesial 120k, biasanya 200k
3... 2... 1... SOLD ke kak @rina.bdg! Selamat ya kak
Sekarang kita lanjut karung kedua
"""),
R("live","live_announcement",C,"""
[JADWAL LIVE MINGGU INI]
Senin: bal tas branded campur
Rabu: bal kaos vintage USA
Jumat: bal anak & bayi
Sabtu: sortiran kepala jaket
Semua live jam 20.00 WIB di Shopee Live toko kami
"""),
R("live","live_announcement",C,"""
Yang nonton dari Kalimantan mana suaranya? 🙌
Ini kemeja lelong Kuching, masih kaku, ada tag toko laundry Malaysia
20 ribu saja kak, ambil 5 jadi 90
Ketik "L" + nomor yang mau
"""),
R("live","live_announcement",C,"""
Oke guys jangan war terlalu brutal ya 😂
Ini jaket Patagonia Synchilla seken Amrik, minus pudar sedikit
Start 200, kelipatan 10, lelang 1 menit mulai sekarang
Pemenang checkout di etalase nomor 1 dalam 15 menit
"""),
R("live","live_announcement",C,"""
Mohon maaf live kemarin putus, sinyal di gudang jelek
Malam ini kita ulang bongkar 1 bal Jepang yang belum kebuka
Yang udah keep kemarin, tetap berlaku ya
Mulai jam 19.30, barang mulai 30 ribu
"""),
R("live","live_announcement",C,"""
Live spesial ramadhan thrift 🌙
Bongkar karung gamis & mukena dari Saudi dan Malaysia
Seken tapi bersih, sudah dicuci semua
Harga 40-90 ribu, kirim sebelum lebaran dijamin
Ketik "GAMIS" buat dimasukkan list
"""),
R("live","live_announcement",C,"""
Nah ini dia, karung jeans Amerika baru disobek 📦
Levi's, Lee, Wrangler, ukuran campur
Satu 75 ribu, dua 140
Kakak yang dari Bali tadi nanya, bisa kirim ke Denpasar ya
"""),
R("live","live_announcement",C,"""
GES LIVE THRIFT SEKARANG‼️
Buka 3 bal sekaligus: Korea, Jepang, Hongkong
Mystery box 100rb isi 3 item random
Yang beli 2 box dapat 1 topi gratis
Masuk live lewat link bio
"""),
R("live","live_announcement",C,"""
Selamat malam sobat lapak! Jangan lupa tap-tap layarnya ❤️
Ini sweater Polo Ralph Lauren dari karungan Jepang, size S
Cocok buat cewek oversize, 95 ribu aja
Komen "RL" kalau mau, admin hitung yang pertama
"""),
R("live","live_announcement",C,"""
Kita lagi live di lapak RB pasar Kalabahi ya teman-teman
Baru datang karung dari Kupang, isi kemeja kantor & rok
Kemeja 35 ribu, rok 25 ribu
Yang di Alor bisa datang langsung, yang di luar pesan lewat komen
"""),
# ---------------- seller_bio (14) ----------------
R("profile","seller_bio",C,"""
🇯🇵 Curated Japanese thrift (pakaian bekas impor) since 2018
Semua barang pilihan langsung dari karung Osaka & Tokyo
Restock tiap Senin | Order via DM
Kirim dari Depok ke seluruh Indonesia
Testi: #testiLapakKita
"""),
R("profile","seller_bio",C,"""
Monza Medan Online 🛒
Jaket, kemeja, celana, sepatu branded second dari Pajak Melati & Sambu
Cuci bersih sebelum kirim
COD Medan - Binjai - Deli Serdang
WA: 0812xxxx
"""),
R("profile","seller_bio",C,"""
Toko Cakar Daeng Online
Baju cakar karungan pilihan, langsung dari Parepare
Buka lapak Sabtu-Minggu di Jl. Hertasning
Pesan online kirim se-Sulawesi
"Barang bagus, harga jujur"
"""),
R("profile","seller_bio",C,"""
Supplier & ecer baju bekas impor Korea
✔ Bal utuh / eceran
✔ Reseller welcome
✔ Gudang Bogor, bisa visit
Jam operasional 09.00-17.00
Link katalog di bawah 👇
"""),
R("profile","seller_bio",C,"""
LELONG MURAH PTK
Kemeja, dress, baju anak bawaan Kuching & Sibu
Cuci gosok, siap pakai
Pos ke seluruh Kalbar & luar pulau
Buka: Selasa-Minggu, Jl. Tanjungpura
"""),
R("profile","seller_bio",C,"""
vintage & workwear 🧥 ex USA • UK • Japan
semua item sekali pakai orang lain, sekarang giliran kamu
no KW, no restock (1 of 1)
order lewat DM / shopee (link)
based in Yogyakarta
"""),
R("profile","seller_bio",C,"""
Gudang Roma Sebatik
Jual karung & eceran rombengan Malaysia
Stok masuk tiap Jumat dari Tawau
Melayani pedagang Nunukan, Tarakan, Berau
Telepon/WA: 0853xxxx
"""),
R("profile","seller_bio",C,"""
Sneakers bekas asli Thailand 👟
Deep clean, repaint kalau perlu (info jujur)
Size 36-46 | ready stock puluhan pasang
Kirim dari Bekasi, COD Jabodetabek
Bukan barang KW, semua dari karung Bangkok
"""),
R("profile","seller_bio",C,"""
RB Mama Yuli - Kupang
Jual baju rombengan karungan, bisa borong per karung
Lapak di Pasar Oeba & Pasar Kasih
Kirim ke Rote, Sabu, Alor pakai kapal
Harga teman untuk sesama pedagang
"""),
R("profile","seller_bio",C,"""
Preloved Branded dari Singapura & Hongkong 👜
Tas, dompet, ikat pinggang, sepatu wanita
Barang datang per karung, dicek keasliannya
Toko di Nagoya Hill, Batam - kirim seluruh Indonesia
"""),
R("profile","seller_bio",C,"""
Awul-awul Mas Bayu 🧺
Baju-baju karungan Jepang & Korea, harga pelajar
Buka tiap malam di Jalan Kaliurang km 5, atau online
Ambil 5 diskon 10%, kirim ke luar kota juga bisa
"""),
R("profile","seller_bio",C,"""
PT (bukan PT) Gudang Bal Nusantara 😅
Distributor bal second grade A & B, partai & ecer
Asal Korea, Jepang, China, Australia
Pengiriman seluruh Indonesia via ekspedisi laut
Cek harian harga di story
"""),
R("profile","seller_bio",C,"""
Kios Uda Reno - Pasar Aur Kuning (baju bekas)
Jual jaket, celana jeans, kemeja seken dari karungan Dumai
Ecer & grosir, bisa kirim ke Jambi dan Bengkulu
Buka tiap hari kecuali Jumat siang
"""),
R("profile","seller_bio",C,"""
Gaun pesta & kebaya second Eropa ✨
Datang dari bal gaun Belanda & Jerman, kami pilih yang masih mewah
Sewa atau beli putus
Showroom Semarang, kirim ke seluruh Indonesia
"""),
# ---------------- comment_thread (14) ----------------
R("comment","comment_thread",C,"""
@dina.ptr: kak jaket yang di foto ketiga masih ada?
@lapak.jp.second: masih kak, size M, 95rb. Ini dari karung Jepang yang baru datang
@dina.ptr: bisa kirim ke Semarang?
@lapak.jp.second: bisa kak, DM alamatnya ya, ongkir sekitar 15rb
"""),
R("comment","comment_thread",C,"""
@budi_86: bang ada celana jeans ukuran 34?
@monza.pamela: ada bang, Levi's 505 sama Lee, 100rb satu, barang buka bal kemarin
@budi_86: foto dong bang
@monza.pamela: udah ku kirim ke DM ya bang, COD di Padang Bulan bisa
"""),
R("comment","comment_thread",C,"""
@sari.mks: ini cakar dari mana ji?
@cakarbranded.mks: dari karungan Malaysia kak, masuk lewat Parepare
@sari.mks: berapa yang dress putih?
@cakarbranded.mks: 45 ribu ji kak, masih bagus sekali, bisa diantar ke Sudiang
"""),
R("comment","comment_thread",C,"""
Akun A: Min, yang jual bal kiloan di Surabaya mana ya?
Akun B: Aku bos, gudang di Margomulyo, 1 bal Korea 5,5jt, kiloan 45rb
Akun A: minimal berapa kilo?
Akun B: 20 kilo bos, DM aja biar ku kirim video isinya
"""),
R("comment","comment_thread",C,"""
@rara.id: kak sepatunya ori?
@kicks.seken.bks: ori kak, ini dari bal sepatu Thailand, pasti ori, KW gak ada yang dibuang orang sana 😂
@rara.id: size 38 ada?
@kicks.seken.bks: ada 2 pasang kak, NB 327 sama Vans, 180rb & 130rb, cek DM
"""),
R("comment","comment_thread",C,"""
> siapa yang butuh karungan buat jualan? aku punya sisa 3 karung Jepang belum dibuka
> @tokoeva: aku mau 1 kak, berapa?
> 5,9 kak, ambil di Ciputat atau kirim cargo
> @tokoeva: oke nanti DM ya
"""),
R("comment","comment_thread",C,"""
@johan: Pak, ini rombengan masih ada yang celana loreng?
@romanunukan88: ada pak, 3 potong, 50 ribu satu, barang Tawau baru datang Jumat
@johan: saya ambil dua, bisa kirim ke Malinau?
@romanunukan88: bisa pak, lewat speedboat atau kapal, ongkos kita hitung
"""),
R("comment","comment_thread",C,"""
User1: kak ini lelong bukan?
Toko_Lelong_Ptk: betul kak, dari Kuching, semua cuci gosok
User1: kemeja batik ada?
Toko_Lelong_Ptk: ada 4 kak, 30rb satu, mau dikirim atau ambil di toko?
"""),
R("comment","comment_thread",C,"""
@fajarr: bro masih terima reseller bal? gue di Bogor
@gudang.bal.id: masih bro, harga reseller bal Korea 5,2jt, min 2 bal
@fajarr: bisa COD gudang?
@gudang.bal.id: bisa, gudang kita Cibinong, WA di bio
"""),
R("comment","comment_thread",C,"""
@mama.eja: lapak RB di mana kah?
@rb.maumere: di Pasar Alok mama, tiap Minggu depan TPI
@mama.eja: ada baju anak? brapa?
@rb.maumere: ada mama, 10 ribu satu, baru buka karung semalam
"""),
R("comment","comment_thread",C,"""
@niken_s: kak ini bukan KW kan? mau buat kado
@preloved.sg.batam: bukan kak, tas Michael Kors ini seken dari Singapura, kode masih jelas
@niken_s: ada minus?
@preloved.sg.batam: sudut bawah agak kusam kak, harga 380rb, bisa ongkir ke Jakarta
"""),
R("comment","comment_thread",C,"""
@hery.pku: Bang, karung dari Dumai masih ada?
@pj.rengat: masih bang, tinggal 6, karung celana sama karung campur
@hery.pku: harga?
@pj.rengat: 3,8 per karung bang, antar ke Pekanbaru tambah 300
"""),
R("comment","comment_thread",C,"""
@uci: sis kemeja flanel yang kotak merah berapa?
@awulawul.jkt: 40rb sis, thrift Jepang, kondisi 9/10
@uci: ok saya ambil, ongkir ke Bekasi?
@awulawul.jkt: 10rb sis, total 50rb. Transfer ke rek di bio ya
"""),
R("comment","comment_thread",C,"""
@wawan: gan, yang jual bal jaket winter bekas impor di Bandung siapa ya?
@cimol.supplier: kami gan, Gedebage, 1 bal jaket Korea 6,8jt, isi 180-200
@wawan: bisa dikirim ke Lampung?
@cimol.supplier: bisa gan via ekspedisi, 2-3 hari
"""),
# ---------------- reseller_recruitment (14) ----------------
R("post","reseller_recruitment",C,"""
DICARI RESELLER & DROPSHIPPER 📣
Jualan baju thrift Jepang-Korea tanpa modal stok
Kamu cukup posting foto dari katalog kami, kami yang kirim
Untung 15-40rb per potong
Syarat: punya akun medsos aktif, fast respon
Daftar: ketik "RESELLER" ke WA admin
"""),
R("post","reseller_recruitment",C,"""
Mau usaha sampingan modal 3 juta?
Ambil 1 balan pendek dari kami (±200 potong), jual 25-50rb per potong
Balik modal di 100 potong pertama, sisanya untung
Kami ajarin cara sortir, foto, dan jualan live
Stok dari gudang Batam, kirim seluruh Indonesia
"""),
R("post","reseller_recruitment",C,"""
OPEN MITRA LAPAK CAKAR 🤝
Untuk daerah Bone, Wajo, Soppeng, Bulukumba
Kami suplai karungan tiap minggu, harga mitra lebih murah 10%
Barang bisa dibayar setengah dulu
Hubungi Daeng Amir, gudang di Parepare
"""),
R("post","reseller_recruitment",C,"""
Join grup reseller sepatu Thailand 👟
Harga reseller 90-180rb, harga jual pasaran 200-400rb
Foto & video siap pakai, kami dropship atas nama tokomu
Gratis biaya daftar, cukup order minimal 3 pasang pertama
Link grup di bio
"""),
R("post","reseller_recruitment",C,"""
Lowongan: Host Live & Reseller 🎥
Kami gudang bal Korea di Tangerang, butuh host live TikTok buat bongkar bal tiap malam
Komisi 10% per penjualan + bonus
Atau jadi reseller: ambil per kilo 40rb, jual lagi bebas
Kirim CV / DM
"""),
R("message","reseller_recruitment",C,"""
Halo kak, liat kakak jualan online ya? 😊
Kami supplier monza Medan, lagi cari reseller di Jawa
Kakak bisa ambil 20 potong dulu, harga 30rb per potong, jual 60-80rb
Kalau laku bisa lanjut ambil karungan
Minat kak? Nanti saya kirim katalog
"""),
R("post","reseller_recruitment",C,"""
Reseller roma dicari!
Buat ibu-ibu di Tarakan, Tanjung Selor, Berau yang mau jualan dari rumah
Ambil barang dari kami di Nunukan per 50 potong, harga murah
Tidak laku boleh tukar model sekali
Info: 0821xxxx
"""),
R("post","reseller_recruitment",C,"""
PELUANG USAHA: BUKA TOKO THRIFT BRANDED
Paket usaha 15jt dapat 3 bal Jepang + rak + hanger + pelatihan sortir
Sudah 200+ mitra di Jawa dan Sumatera
Barang dikirim dari gudang kami, aman sampai tujuan
Konsultasi gratis via DM
"""),
R("post","reseller_recruitment",C,"""
Dicari agen lelong di Singkawang, Sambas, Ketapang 🙌
Kami pasok bal dari Kuching lewat Entikong, harga agen per bal 3,4jt
Agen dapat area eksklusif
Bisa kredit 2x bayar untuk agen lama
"""),
R("post","reseller_recruitment",C,"""
Mau jadi dropshipper jaket winter bekas? ❄️
Barang dari bal Korea & Jepang, kamu jualan pakai foto kami
Modal 0, tinggal posting
Kami kirim pakai nama tokomu, resi otomatis
Daftar di link bio sebelum kuota 50 orang penuh
"""),
R("post","reseller_recruitment",C,"""
Reseller RB wanted 🙏
Sa cari mama-mama di Soe, Kefa, Atambua yang mau jual rombengan
Ambil dari sa per 30 potong, bayar setelah laku
Karung datang dari Kupang tiap dua minggu
Telepon atau WA sa
"""),
R("post","reseller_recruitment",C,"""
Kelas online bisnis thrift: "Dari 1 Bal Jadi 10 Juta"
Belajar sortir grade, foto produk, hitung modal, dan jualan di live
Peserta dapat akses supplier bal Jepang harga khusus
Biaya kelas 199rb, termasuk grup mentoring
Batch 7 dibuka sampai akhir bulan
"""),
R("post","reseller_recruitment",C,"""
Open reseller karungan Jambi - Palembang
Barang PJ langsung dari orang kapal, bukan tangan ketiga
Harga reseller per karung 3jt, bisa pilih isi
Bantu promosi di grup FB, untung dibagi
Chat kami untuk daftar
"""),
R("message","reseller_recruitment",C,"""
Bang, tertarik jadi sub-agen awul-awul di Solo?
Kita kirim 2 karung Jepang sebulan, abang jual di pasar malam
Harga ke abang 4,5jt per karung, biasanya laku 8-9jt
Bisa mulai bulan depan, barang dari gudang Surabaya
"""),
# ---------------- haul_endorsement (4, review) ----------------
R("review","haul_endorsement",C,"""
Bintang 5 ⭐⭐⭐⭐⭐
Udah 4x belanja di toko thrift ini, jaket Jepang second-nya selalu sesuai foto
Kemarin dapat coat Uniqlo 90rb, mulus, wangi laundry
Seller fast respon, packing rapi
Recommended buat yang cari barang karungan yang udah disortir!
"""),
R("review","haul_endorsement",C,"""
Review jujur lapak monza @pamela.sortir 👍
Kemeja flanel 3 pcs cuma 75rb, semua ori, ada 1 yang kancingnya hilang tapi dikasih kancing cadangan
Pengiriman dari Medan ke Pekanbaru 2 hari
Pasti order lagi, kalian wajib cobain
"""),
R("review","haul_endorsement",C,"""
Barang sudah sampai di Palu 🙏
Baju cakar pesanan saya 10 potong, bagus-bagus semua, cuma 1 yang ada noda
Penjual jujur, foto sesuai aslinya
Teman-teman yang cari cakar murah, langganan di sini saja
"""),
R("review","haul_endorsement",C,"""
Rating 5/5
Beli 1 karung kecil isi 30 kg dari gudang ini buat jualan di pasar malam
Isinya 80% layak jual, banyak merek Korea & Jepang
Admin ramah, karung datang utuh ke Mataram
Reseller pemula, ini supplier yang aman 👌
"""),
# ---------------- buried_offer (20) ----------------
R("article","buried_offer",C,"""
Tips Merawat Jaket Kulit Agar Awet Bertahun-tahun
1. Jangan dicuci pakai mesin, cukup lap dengan kain lembap.
2. Oleskan conditioner kulit tiap 3 bulan sekali.
3. Simpan di hanger lebar supaya bahu tidak berubah bentuk.
4. Hindari sinar matahari langsung terlalu lama.
5. Kalau jamuran, bersihkan dengan cuka encer lalu angin-anginkan.
Btw, yang lagi cari jaket kulit murah, minggu ini kami buka 2 bal jaket bekas impor Eropa, mulai 250rb, DM aja.
Semoga tipsnya bermanfaat ya!
"""),
R("post","buried_offer",C,"""
Hari ini capek banget, dari pagi antar anak sekolah, lanjut ke pasar beli sayur.
Harga cabai naik lagi, bawang juga. Ibu-ibu di sini pada ngeluh semua.
Siangnya masak rendang buat acara pengajian besok.
Oh iya, yang kemarin nanya karungan Jepang, stok masih ada 2 karung, 5,7jt, ambil di rumah aja.
Sore nanti mau istirahat dulu, semoga besok cuaca cerah.
"""),
R("post","buried_offer",C,"""
Throwback ke perjalanan ke Bukittinggi tahun lalu 🏔️
Jam Gadang, Ngarai Sianok, sate Mak Syukur — semuanya ngangenin.
Dingin banget pas malam, untung bawa jaket tebal.
Ngomong-ngomong jaket, aku lagi jual beberapa jaket gunung seken Korea hasil bongkar bal, 150-300rb, cek highlight ya.
Pengen balik lagi ke sana pas libur sekolah nanti.
#bukittinggi #travelsumbar #throwback
"""),
R("article","buried_offer",C,"""
Sejarah Singkat Celana Jeans
Celana jeans awalnya dibuat untuk pekerja tambang di Amerika pada abad ke-19.
Kain denim dipilih karena kuat dan tahan gesekan.
Paku keling (rivet) di saku ditambahkan supaya jahitan tidak mudah robek.
Pada tahun 1950-an jeans jadi simbol anak muda berkat film dan musik.
Sekarang jeans dipakai semua kalangan di seluruh dunia.
[Iklan penulis: kami menyediakan bal jeans seken USA 100 kg, hubungi 0813xxxx]
Terima kasih sudah membaca.
"""),
R("post","buried_offer",C,"""
Selamat pagi grup alumni SMA 3 angkatan 2009 🙏
Mengingatkan reuni tanggal 14 di aula sekolah, iuran 150rb ke bendahara.
Dress code: batik bebas.
Untuk yang belum punya batik, bisa pinjam ke panitia.
Oya sekalian promosi, usaha saya sekarang jual cakar karungan dari Parepare, yang mau borong buat jualan japri ya 😁
Sampai jumpa di reuni!
"""),
R("post","buried_offer",C,"""
Resep bolu pandan lembut:
- 5 butir telur
- 150 gr gula pasir
- 150 gr tepung terigu
- 100 ml santan + pasta pandan
Kocok telur dan gula sampai mengembang, masukkan tepung, terakhir santan.
Kukus 30 menit api sedang.
PS: lapak roma saya di Pasar Baru Nunukan buka lagi Sabtu ini, barang Tawau baru 😊
Selamat mencoba!
"""),
R("post","buried_offer",C,"""
Update kucing-kucing di rumah 🐈
Si Oren sudah sembuh dari flu, si Belang masih suka nyolong ikan.
Kemarin bawa ke vet, habis 200rb buat vitamin.
Biar bisa beli pakan terus, aku jualin koleksi kemeja Jepang seken dari karung yang kemarin aku beli, 60rb-an, cek album ya.
Doakan kucing-kucingku sehat terus!
"""),
R("article","buried_offer",C,"""
Panduan Memilih Sepatu Lari untuk Pemula
Pertama, kenali jenis telapak kaki: flat, normal, atau tinggi.
Kedua, pilih sepatu dengan bantalan yang cukup untuk jarak jauh.
Ketiga, coba sepatu di sore hari saat kaki sedikit membesar.
Keempat, sisakan ruang satu jempol di ujung jari.
Bagi yang budget terbatas, toko kami punya sepatu lari bekas impor dari bal Thailand mulai 150rb, semua sudah dicuci.
Kelima, ganti sepatu setiap 600-800 km pemakaian.
"""),
R("post","buried_offer",C,"""
Minggu ini hujan terus di Bogor, jemuran gak kering-kering 😩
Anak-anak juga mulai batuk pilek.
Sambil nunggu reda, saya sortir isi karung Korea yang baru datang, banyak sweater & hoodie, yang minat 50rb per potong japri aja.
Semoga minggu depan cerah, mau ajak anak ke Kebun Raya.
"""),
R("post","buried_offer",C,"""
Info kegiatan RT 05:
1. Kerja bakti Minggu jam 7 pagi, bawa cangkul dan sapu.
2. Posyandu Selasa di rumah Bu RT.
3. Iuran sampah bulan ini 25rb.
4. Pak Darto buka lapak awul-awul karungan Jepang di garasinya tiap sore, harga warga 20rb.
5. Mohon kendaraan tidak parkir di depan mushola.
Terima kasih atas perhatiannya.
"""),
R("post","buried_offer",C,"""
Alhamdulillah, akhirnya bisa pulang kampung ke Pinrang setelah 3 tahun.
Ketemu bapak, mamak, dan adik-adik. Makan kapurung sampai kenyang.
Besok balik ke Makassar, sekalian bawa 4 karung cakar titipan dari Parepare buat dijual di lapak. Kalau ada yang mau pesan duluan, chat saja.
Terima kasih keluarga atas semuanya ❤️
"""),
R("post","buried_offer",C,"""
Thread: pengalaman 5 tahun jadi freelancer desain (dan jualan thrift) 🧵
1/ Awalnya cuma bikin logo teman-teman, dibayar pakai traktiran.
2/ Tahun kedua mulai dapat klien luar negeri lewat platform.
3/ Tahun ketiga burnout, sempat berhenti 6 bulan.
4/ Sekarang balance, sambil buka usaha kecil: jual kemeja vintage dari karungan Jepang di akun @kemeja.nippon, mampir ya.
5/ Pesan saya: jaga kesehatan mental dan tabungan darurat.
"""),
R("post","buried_offer",C,"""
Review film semalam: ceritanya bagus, tapi endingnya terlalu cepat 🎬
Aktingnya juara, apalagi pemeran utamanya.
Kostumnya juga keren, banyak jaket-jaket 90an, mirip stok di lapak aku wkwk. Yang mau jaket vibes 90an seken Amrik, ada 30-an potong, 100rb-an aja, DM.
Rating pribadi 8/10, tonton di bioskop kalau sempat.
"""),
R("post","buried_offer",C,"""
Kabar duka: telah berpulang Bapak H. Sudirman, warga Blok C, semalam pukul 23.00.
Jenazah disemayamkan di rumah duka dan dimakamkan ba'da Dzuhur.
Mohon doanya.
---
Info lain: lapak RB Ibu Lina di depan gang masih buka, karung baru dari Kupang hari Kamis.
---
Jadwal ronda minggu ini terlampir.
"""),
R("article","buried_offer",C,"""
5 Cara Hemat Belanja Kebutuhan Bulanan
1. Buat daftar belanja dan patuhi.
2. Bandingkan harga di beberapa toko atau aplikasi.
3. Beli produk ukuran besar untuk barang yang cepat habis.
4. Manfaatkan promo gajian tapi jangan kalap.
5. Untuk pakaian, coba thrifting: kami sendiri jual pakaian bekas Korea-Jepang dari bal, mulai 25rb, link di profil.
Dengan sedikit disiplin, pengeluaran bisa turun 20-30%.
"""),
R("post","buried_offer",C,"""
Cerita kecil dari lapak: tadi ada bapak-bapak datang nyari jas buat nikahan anaknya.
Beliau bilang uangnya pas-pasan. Kami cariin jas hitam yang masih bagus dari karung Jepang, dapat 80rb.
Beliau senang sekali, katanya mirip jas baru.
Buat kalian yang butuh jas murah untuk acara, kami masih punya belasan, 60-120rb, datang ke lapak kami di Pasar Senen Blok III.
Hal-hal begini yang bikin semangat jualan.
"""),
R("post","buried_offer",C,"""
Laporan kebun minggu ini 🌱
Tomat sudah mulai berbuah, cabai rawit agak kena kutu.
Coba semprot pakai air bawang putih, lumayan berhasil.
Sambil nunggu panen, saya jualan juga lho: jaket & sepatu roma dari Tawau, harga tetangga, silakan mampir ke rumah di Sei Bilal.
Minggu depan mau tanam terong.
"""),
R("post","buried_offer",C,"""
Sharing sedikit soal parenting: anak pertama saya sekarang susah disuruh belajar.
Sudah coba sistem reward, jadwal, sampai les tambahan.
Ternyata yang paling berhasil justru belajar bareng sambil ngobrol.
Oh iya, buat ibu-ibu yang butuh baju anak murah, saya buka karung baju anak Jepang minggu ini, 10-25rb per potong, bisa kirim.
Semoga sharing ini bermanfaat.
"""),
R("post","buried_offer",C,"""
Jadwal imsakiyah wilayah Pekanbaru sudah kami bagikan di grup ya.
Jangan lupa sahur walau sedikit.
Untuk takjil, Bu Ros buka lapak di depan masjid.
Sekalian info: abang saya buka kiriman karungan PJ dari Dumai, baju lebaran anak & gamis mulai 20rb, lokasi di Jl. Riau ujung.
Selamat menunaikan ibadah puasa.
"""),
R("post","buried_offer",C,"""
Throwback kuliah di Malang 🎓
Dulu tiap Minggu ke Pasar Comboran cari sparepart motor, makan rawon di pinggir jalan.
Sekarang sudah kerja, tapi masih suka mampir.
Sekarang aku juga jualan kecil-kecilan: jaket & kemeja dari karungan Jepang, harga mahasiswa, cek IG toko di bio.
Kangen masa-masa itu.
"""),
]
