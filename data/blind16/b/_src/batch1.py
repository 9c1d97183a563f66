# Batch 1 - hand-written long-form records. Tuple: (kind, category, "offer used clothing abroad", text)
RECORDS = [
("listing", "plain_offer", "1111", """Jaket Bekas Impor Korea Grade A Murah Meriah - Ready Stok
Kondisi second 90%, bahan tebal cocok buat musim hujan
Merk campur: The North Face, Columbia, Uniqlo, K2
Harga mulai 65rb, ambil 5 pcs bonus 1
Barang asli bongkaran bal Korea, bukan KW
Kirim dari Bandung setiap hari kecuali Minggu"""),

("post", "plain_offer", "1111", """BONGKAR BAL HARI INI JAM 7 MALAM 🔥🔥
Bal kemeja flanel ex-Jepang baru sampe tadi siang, belum disentuh siapapun
Yang mau first pick merapat ke live ya guys, harga 35rb-80rb tergantung merk
Gak bisa keep lewat DM, siapa cepat dia dapat!
#bongkarbal #flanelbekas #secondimport"""),

("message", "plain_offer", "1111", """Assalamualaikum kak, info stok terbaru dari Gudang Bu Ratmi 🙏
Balpres campur celana wanita ex-Korea 100kg = 6,8jt
Balpres kaos anak ex-Jepang isi kurleb 450 pcs = 5,2jt
Bisa kirim ke luar Jawa via ekspedisi, ongkir ditanggung pembeli
Minat langsung WA admin 0812xxxx (fast respon jam 8-17)"""),

("profile", "plain_offer", "1111", """🌿 Lemari Kedua Thrift 🌿
Jual baju bekas impor pilihan: kemeja, outer, dress, denim
Semua dicuci & disetrika sebelum dikirim
Stok dari bal Jepang & Korea, update tiap Selasa-Jumat
Shopee: Lemari Kedua | Order via link di bawah 👇"""),

("live", "plain_offer", "1111", """Halo halo yang baru join, selamat malam! Ini kita lagi live bongkar karungan hoodie ya, barangnya second import semua dari Korea
Yang ini nih, Champion abu-abu, size L, ada noda dikit di lengan, 55 aja
Ketik 'mau' plus nomor barang di kolom komen, yang pertama nulis dia yang dapet
Checkout maksimal 1x24 jam ya kak, kalau lewat kita lempar ke yang lain
Next, ini Nike hitam, masih mulus banget..."""),

("comment", "plain_offer", "1111", """@rinaa_w iya kak masih ada, yang cardigan rajut itu ex-Jepang, bekas tapi kondisinya 95% gak ada bolong
Harga 45rb belum ongkir
Kalau ambil 3 item bisa 120rb aja
Langsung checkout di keranjang kuning ya kak biar aman 🙏"""),

("listing", "regional_code_word", "1111", """Jual Monza Medan Kualitas Super - Kemeja Pria Branded
Stok baru buka karung pagi ini di Simalingkar
Ada Tommy, Lacoste, Polo, harga 25-70rb per helai
Bisa COD sekitaran Medan Johor & Pancur Batu
Luar kota kirim pake JNT
Tanya stok langsung chat, jangan cuma nanya 'ready?' aja ya bang 😅"""),

("post", "regional_code_word", "1111", """Cakar baru masuk di lapak kami Pasar Terong lantai 2 🛍️
Hari Minggu buka karung, dress dan blazer cewek banyak sekali
Harga mulai 15 ribu ji, yang branded 40an
Datang pagi-pagi sebelum dikerubungi papa'-papa' reseller 😂
Lapak Daeng Sule, depan tangga kiri"""),

("message", "wholesale_price_list", "1111", """*UPDATE HARGA PER KOLI MINGGU INI*
Koli kemeja campur sortiran A : 4,5jt
Koli celana jeans pria : 5,1jt
Koli jaket musim dingin : 7jt (isi lebih sedikit, kurleb 120 pcs)
Koli tas wanita campur : 3,9jt
Barang turun dari Tanjungbalai, ambil di gudang Medan atau kirim via truk
DP 50% untuk antrean koli berikutnya. Admin: 0813xxxx"""),

("post", "reseller_recruitment", "1111", """DICARI RESELLER BAJU AWUL-AWUL 📢
Modal kecil mulai 500rb sudah dapat 20 kilo sortiran
Cocok buat yang mau buka lapak di pasar malam atau jualan online
Barang kami ambil langsung dari karung, ada kaos, kemeja, celana
Reseller dapat harga khusus dan bimbingan cara foto produk
Domisili Jogja-Klaten-Solo prioritas, DM aja dulu"""),

("listing", "port_route", "1111", """Pakaian Rombengan Kiriman Batam Per Karung 50kg
Isi campur pria wanita anak, kondisi layak pakai
Karung baru sampai dari pelabuhan, belum dibongkar
Harga 2,3 juta per karung, ambil 3 karung harga 6,6 juta
Lokasi gudang: Pekanbaru, bisa diantar ke Dumai & Duri"""),

("live", "market_geography", "1111", """Gaes live dari kios kita di Gedebage nih, hari ini baru buka bal jaket kulit
Yang kulit asli ada tulisannya made in Italy loh, ini bukan baju lokal
Harga 150 sampe 300, tergantung kondisi
Jangan lupa follow dulu biar dapet notif kalau bongkar lagi
Tanya ukuran boleh, tapi serius ambil ya kak"""),

("post", "dodge_spacing", "1111", """Restok b4ju b3k4s imp0r minggu ini 🤫
Kemeja, blus, celana kulot, semua dari k-a-r-u-n-g Jepang
Harga mulai 20an, bisa nego kalau borong
Lgsg DM atau cek highlight 'ORDER'
jgn report ya kak, kita cuma cari makan 🙏"""),

("listing", "dodge_english_mix", "1111", """Vintage Outer Pre-loved ex-JPN Hidden Gems!!
Condition 9/10, no minus major, fresh from the bale
Brand: Comme Ca Ism, size M fit L
Price IDR 85k nett, no hold no keep
Ship from Jakarta Timur, DM for more pics"""),

("post", "dodge_emoji", "1111", """👕👖🧥 2️⃣nd 🇯🇵🇰🇷 dtg lagi!
📦 1 bal = 📸 upload satu per satu di story
💰 mulai 25k
🚚 kirim seluruh Indonesia
yg ngerti² aja ya, kode order: 'mau yg 🇯🇵'
⏰ slot keep cuma sampai jam 9 malam, lewat itu dilepas"""),

("profile", "dodge_hashtag_glue", "1111", """toko kecil di Bekasi 🏠
ready kemeja & kaos pilihan harga pelajar
restock tiap weekend, cek reels buat spill
#thriftimportmurah #balpressjepang #secondkoreaori #bajubekasbranded
order via WA 0857xxxx ya"""),

("comment", "dodge_misspelling", "1111", """ready kak masih ada 2 yg hoddie, itu sekon impot korea asli bukan lokal
kondisi bgs cuma ada bekas lipatan aja
harga 60 udh nett gk bisa kurang lgi
mau yg mana? yg abu ato yg navy?"""),

# ---------------- legal ----------------
("listing", "hn_new_thrift_style", "0010", """Kemeja Flanel Motif Kotak Gaya Vintage - BARU
Produksi konveksi sendiri di Bandung, bukan barang bekas
Bahan katun flanel halus, jahitan rapi
Warna: merah, hijau botol, navy. Size S-XXL
Look-nya kayak hasil thrifting tapi fresh dari pabrik 😄
Harga 89rb, grosir 10 pcs dapat potongan 10%"""),

("post", "hn_own_preloved", "1110", """Declutter lemari sebelum pindahan 🥲
Jual preloved pribadi: 3 blouse, 2 rok plisket, 1 blazer krem
Semua dipakai sendiri, kondisi masih oke, sudah laundry
Harga 30-60rb, bisa COD di sekitar Tebet
Bukan reseller ya, murni barang saya sendiri"""),

("article", "hn_news", "0111", """Bea Cukai Gagalkan Masuknya Ratusan Balpres di Perairan Asahan
Petugas patroli laut menghentikan sebuah kapal kayu yang membawa ratusan karung pakaian bekas dari Malaysia pada Selasa dini hari.
Nakhoda dan dua anak buah kapal kini diperiksa, sementara pemilik muatan masih dicari.
Menurut petugas, barang akan ditetapkan sebagai barang dikuasai negara apabila tidak ada yang mengaku.
Pemerintah kembali mengingatkan bahwa impor pakaian bekas dilarang sejak terbitnya Permendag 18/2021."""),

("post", "hn_opinion", "0111", """Jujur aku dilema soal larangan thrifting impor.
Di satu sisi paham banget industri tekstil kita babak belur, konveksi kecil di kampungku banyak yang tutup.
Di sisi lain, buat mahasiswa kayak aku, baju bekas dari Jepang di Pasar Senen itu penyelamat dompet.
Mungkin yang perlu diperbaiki harga baju lokal dan kualitasnya juga?
Gimana menurut kalian?"""),

("listing", "hn_used_vehicle", "1100", """Dijual Motor Bekas Honda Beat 2019 Mulus
Pemakaian pribadi, pajak hidup sampai Agustus
Surat-surat lengkap BPKB & STNK a.n. sendiri
Kilometer 23 ribuan, ban belakang baru ganti
Harga 11,5jt nego tipis, lokasi Sidoarjo
Minat chat 0812xxxx, no PHP"""),

("listing", "hn_bulk_produce", "1000", """Jual Bawang Merah Brebes Per Karung
Karung 50 kg, hasil panen minggu ini, kering dan bersih
Harga Rp 1.350.000 per karung, minimal ambil 2 karung
Kirim ke Jabodetabek pakai pickup, ongkir sesuai jarak
Petani langsung, bukan tengkulak"""),

("post", "hn_donation", "0110", """Posko peduli banjir Demak menerima donasi pakaian layak pakai 🙏
Yang dibutuhkan: baju anak, sarung, mukena, celana panjang, selimut
Mohon dicuci dan dilipat, masukkan ke kardus atau karung
Donasi bisa diantar ke Masjid Al-Ikhlas, Jl. Kenanga 4, setiap hari jam 8-16
Terima kasih atas kepeduliannya"""),

("post", "hn_school_bazaar", "1110", """BAZAR AMAL SMP Harapan Bangsa 🎉
Sabtu 14 Sept, halaman sekolah, jam 07.30-12.00
Menjual baju, sepatu, tas bekas layak pakai hasil sumbangan wali murid
Semua harga 5rb-25rb, hasilnya untuk renovasi perpustakaan
Ada juga stan kue dan minuman dari OSIS. Ajak keluarga ya!"""),

("comment", "hn_buyer_question", "0111", """Kak mau nanya dong, ini jaket bekas Jepang yang dijual di live kemarin udah dicuci belum ya?
Soalnya aku pernah beli di tempat lain baunya apek banget sampe harus direndam 3 hari
Terus ada jaminan gak kalau ada cacat yang gak keliatan di video?
Kalau jelas aku mau ambil 2"""),

("review", "hn_review", "0010", """Bintang 5 ⭐⭐⭐⭐⭐
Kaos oversize-nya tebel, sablon rapi, gak luntur setelah dicuci 3 kali
Warnanya sama persis kayak di foto, ukuran XL pas buat badanku 80kg
Pengiriman 2 hari sampai Semarang, packing aman pakai bubble
Bakal repeat order warna lain"""),

("message", "hn_job_vacancy", "0010", """LOWONGAN KERJA - Toko Pakaian Sinar Mode (Cikarang)
Dibutuhkan: 2 pramuniaga wanita, 1 staf gudang pria
Syarat: min SMA/SMK, jujur, siap kerja shift
Gaji UMK + bonus penjualan
Kirim lamaran via email atau datang langsung bawa CV
Info: 0821xxxx (chat only)"""),

("post", "hn_joke", "0111", """Emak gue tiap ke pasar pulang bawa karungan baju monza, bilangnya "buat lap"
Seminggu kemudian bapak gue pake salah satu kemeja itu ke kondangan 😭
Pas ditanya orang, "wah kemejanya bagus pak, beli di mana?"
Bapak: "oleh-oleh dari Jepang"
Ya secara teknis gak bohong sih 💀"""),

("article", "hn_guideline", "0111", """Panduan Moderasi: Konten Pakaian Bekas Impor
1. Konten yang menawarkan pakaian bekas asal luar negeri (bal, balpres, karungan, sortiran) dilarang diunggah.
2. Berita, opini, dan edukasi tentang larangan tersebut tetap diperbolehkan.
3. Penjualan pakaian bekas milik pribadi atau hasil donasi lokal tidak termasuk pelanggaran.
4. Istilah daerah seperti monza, cakar, dan awul-awul perlu diperiksa konteksnya sebelum ditindak.
Laporan dari pengguna akan ditinjau dalam 2x24 jam."""),

("listing", "hn_plain_clothing", "1010", """Gamis Syari Ceruti Babydoll Premium
Model terbaru, lengan busui friendly, ada kantong samping
Panjang 140 cm, LD 110 cm, all size fit to L
Warna: mocca, sage, dusty pink, hitam
Harga Rp 175.000, gratis ongkir Jawa-Bali min. 2 pcs"""),

("listing", "hn_cardboard", "1100", """Jual Kardus Bekas Per Bal - Siap Kirim
Kardus bekas pabrik, sudah dipres rapi per bal 60-70 kg
Cocok untuk pengepul dan usaha daur ulang
Harga Rp 2.800/kg, minimal 1 ton
Gudang di Cikupa Tangerang, bisa muat truk engkel"""),

("post", "hn_report", "0111", """Hati-hati sama akun @grosirbal.murahh!!
Aku transfer DP 1,5jt buat "1 bal kemeja Korea grade A isi 300 pcs" katanya dikirim dari Batam
Udah 3 minggu gak ada kabar, nomor WA-nya langsung diblok
Tolong yang kenal admin platform ini bantu report ya
Jangan sampai ada korban lain 😡"""),

("post", "hn_new_import", "1011", """PO Sweater Rajut Import Korea - NEW with tag
Barang baru dari supplier Dongdaemun, bukan second
Close PO tanggal 20, estimasi sampai Indonesia 3 minggu
Harga 135rb, DP 50%
Warna cream, coklat muda, hijau army. Ukuran all size"""),

("post", "hn_upcycle", "1110", """Proyek upcycle minggu ini: celana jeans bekas punya suami disulap jadi tote bag 👜
Potong bagian kaki, jahit alas, tambah tali dari sisa pinggang
Hasilnya lumayan kan? Yang mau pesan bikin dari jeans kalian sendiri boleh, ongkos jahit 50rb
Bahan dari kalian ya, aku gak jual jeans bekas"""),

("listing", "hn_factory_reject", "1010", """Kaos Polos Sisa Ekspor Reject Minor - Grosir Per Lusin
Barang baru, bukan bekas, cacat tipis di jahitan atau sablon
Produksi pabrik garmen Semarang tujuan Eropa, gagal QC
1 lusin campur warna Rp 240.000
Bisa kirim seluruh Indonesia"""),

("comment", "hn_buyer_question", "0110", """Ada yang tahu gak tempat jual baju bekas layak pakai buat anak di sekitar Depok?
Anakku cepet banget gedenya, sayang kalau beli baru terus
Bukan yang impor ya, yang lungsuran tetangga atau preloved ibu-ibu aja
Makasih infonya moms 🙏"""),

("listing", "hn_used_phone", "1100", """iPhone 11 64GB Second Inter Mulus
Ex pemakaian pribadi, BH 84%, Face ID normal
Fullset box, charger ori, bonus case
Harga 4,3jt, bisa ketemuan di Jogja City Mall
Bukan barang curian, ada nota pembelian"""),
]
