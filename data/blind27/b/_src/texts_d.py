# Batch D: legal records (hard negatives and ordinary texts), part 2.
# Each tuple: (kind, category, "offer used clothing abroad", text)

ROWS_D = [
("listing", "hn_cakar_food", "1000", """Cakar Ayam Segar per Kilo — Sudah Dibersihkan
Kuku sudah dipotong, siap masak buat seblak atau sop
Harga 22rb/kg, min order 2 kg
Stok datang tiap pagi dari RPH Bogor
Bisa antar area Bogor Barat"""),

("profile", "hn_local_consignment", "1110", """Lemari Tetangga — Toko Titip Jual Preloved 👗
Semua barang titipan warga sekitar Malang, BUKAN barang impor / bal
Kami cek kondisi dan cuci dulu sebelum dipajang
Buka Selasa-Minggu 10.00-19.00, Jl. Bunga Kumis Kucing
Mau titip jual? Bawa maksimal 20 item per orang"""),

("article", "hn_news", "0111", """Sebanyak 7.000 bal pakaian bekas impor hasil sitaan dimusnahkan di kawasan Cikarang, Kamis.
Barang-barang tersebut diamankan dari beberapa gudang di Jawa Barat dan Banten dalam sebulan terakhir.
Pejabat Kementerian Perdagangan mengatakan pemusnahan dilakukan untuk memberi efek jera kepada importir, bukan kepada pedagang eceran."""),

("post", "hn_opinion", "0111", """Gue sih heran ya, yang dikejar-kejar pedagang kecil di Senen, padahal karung-karung itu masuknya dari pelabuhan gede.
Kalau mau serius, tutup jalurnya di hulu dong, jangan cuma razia lapak yang isinya emak-emak.
Baju bekas impor emang masalah, tapi caranya jangan bikin orang kehilangan mata pencaharian dalam semalam."""),

("listing", "hn_jute_sack", "1100", """Karung Goni Bekas Kopi — Tebal dan Kuat
Bekas wadah biji kopi, sudah dikibas dan dijemur
Cocok untuk dekorasi kafe, karung lomba 17-an, atau tanaman
Harga 12rb/lembar, grosir 50 lembar 9rb/lembar
Lokasi Temanggung"""),

("message", "hn_hand_me_down", "0111", """Teh, paket dari Tante Rina di Kuala Lumpur udah nyampe 🙏
Isinya baju-baju bekas sepupu yang masih bagus, buat si adek sama Aa.
Nuhun pisan nya, nanti Teteh bilangin ke Tante juga. Gak ada yang mau dijual kok, dipake sendiri semua 😊"""),

("listing", "hn_used_machine_import", "1101", """Mesin Jahit Juki Bekas Ex Jepang High Speed
Kondisi 85%, sudah servis, jahitan rapi
Cocok untuk konveksi rumahan
Harga 2,6 juta, garansi servis 1 bulan
Lokasi Bandung, bisa kirim via kargo"""),

("post", "hn_plain_clothing", "1010", """Hijab pashmina ceruti babydoll restock! 🌸
12 warna kalem, panjang 175 x 75 cm
Harga 35rb, ambil 3 cuma 95rb
Toko kami di Tanah Abang Blok A lantai dasar, atau order di Shopee
Ready kirim hari ini"""),

("comment", "hn_report_complaint", "0111", """Sudah saya laporkan ke admin grup. Orang ini posting "Jual borongan baju monza dari Tanjung Balai, kondisi 90%" padahal fotonya ambil dari Google.
Waktu saya minta video, malah marah-marah. Jangan ada yang transfer ya."""),

("live", "hn_new_clothing_live", "1010", """Selamat sore bestie, live kita hari ini khusus piyama katun BARU ya, produksi konveksi kami di Bandung.
Motif sapi, beruang, sama bunga, semua ukuran all size sampai BB 70.
Harga live 65 ribu aja, setelah live balik 85 ribu.
Checkout lewat keranjang kuning ya, stok tinggal 40-an set!"""),

("post", "hn_buyer_question", "0111", """Teman-teman Medan, mau nanya dong 🙏
Kalau mau cari monza yang bagus sekarang masih di Pajak Melati atau udah pindah? Terakhir ke sana 2019.
Aku cuma mau beli jaket buat sendiri, bukan buat dijual.
Makasih infonya!"""),

("listing", "hn_fabric_roll_import", "1001", """Kain Linen Import Korea per Roll
Lebar 150 cm, 1 roll 50 yard
Warna earth tone: sage, mocca, cream
Harga 2,85 juta/roll, bisa potong min 5 meter (62rb/m)
Toko kain kami di Cigondewah, Bandung"""),

("article", "hn_regulation", "0111", """Permendag Nomor 40 Tahun 2022 mengubah Permendag 18/2021 tentang Barang Dilarang Ekspor dan Barang Dilarang Impor.
Dalam lampirannya, pakaian bekas dan barang bekas lainnya dengan pos tarif 6309.00.00 termasuk barang yang dilarang diimpor.
Importir yang melanggar dapat dikenai sanksi administratif hingga pencabutan izin, selain sanksi pidana sesuai UU Perdagangan."""),

("post", "hn_own_preloved_denial", "1110", """Bukan barang bal ya guys, ini isi lemari aku sendiri 😅
Kemarin ada yang nanya "dari bal mana kak?" — dari bal cucian aku 😂
3 kemeja linen, 2 celana kulot, 1 cardigan, semua beli di toko lokal Bandung.
Harga 40-70rb, COD sekitar Dago"""),

("review", "hn_review_new_store", "0011", """Review jujur: beli jaket winter di toko outdoor resmi buat trip ke Jepang.
Barangnya baru dan asli (produk impor Korea), hangat banget waktu dipakai di Sapporo minus 5 derajat.
Cuma sayang kantong dalamnya kecil. Overall 4,5/5."""),

("message", "hn_job_vacancy", "0010", """[LOKER] Toko busana muslim di Pasar Klewer Solo butuh 2 SPG
Syarat: wanita, maks 30 tahun, ramah, bisa hitung cepat
Jam kerja 08.00-16.00, gaji UMK + bonus
Kirim CV ke WA 0857xxxx, tulis nama dan usia"""),

("listing", "hn_used_phone", "1100", """Samsung A54 Second Resmi SEIN, Fullset
Pemakaian 1 tahun, layar no shadow, baterai awet
Minus: ada lecet halus di frame
Harga 3,6 juta, bisa COD di Makassar
Tukar tambah juga bisa ji"""),

("post", "hn_joke_meme", "0111", """Tipe-tipe orang pas bongkar bal di pasar:
1. yang langsung nyelem sampai kepala gak keliatan
2. yang cuma pegang-pegang terus bilang "nanti deh"
3. yang nemu jaket Supreme terus teriak satu pasar denger
4. aku, yang pulang bawa kaos lomba lari orang Jepang tahun 2004 🏃‍♂️😂"""),

("listing", "hn_new_thrift_style", "1010", """Celana Jeans Washed Look Vintage — Brand Lokal
Efek pudar dan sobek dibuat di pabrik, kondisi 100% baru
Bahan denim 14 oz, jahitan kuat
Size 28-36, harga 179rb
Diproduksi di Bandung, bukan barang thrift"""),

("article", "hn_feature_story", "0111", """Di Pasar Terong, Makassar, suara pedagang cakar bersahut-sahutan setiap Minggu pagi.
Karung-karung yang datang dari Pare-Pare dibuka, dan pembeli berebut memilih kemeja serta jaket bermerek.
Bu Hasnah (52), salah satu pedagang, mengaku tak tahu harus berjualan apa jika pasokan benar-benar berhenti.
Ia sudah 15 tahun menghidupi tiga anaknya dari lapak kecil itu."""),

("post", "hn_donation_bazaar", "1110", """Pasar Murah Pakaian Layak Pakai — Masjid Al-Ikhlas 🕌
Pakaian bekas hasil infaq jamaah kami jual murah 2rb-10rb
Hasilnya untuk santunan anak yatim menjelang Ramadhan
Ahad, 08.00-11.00, di serambi masjid
Mari berbelanja sambil beramal"""),

("comment", "hn_opinion", "0111", """Saya pedagang konveksi kecil di Majalaya.
Dulu sebulan bisa terima pesanan 2.000 potong, sekarang separuhnya saja susah. Orang lebih pilih baju bal impor yang murah. Tolong pemerintah tegas di pelabuhan."""),

("listing", "hn_plain_clothing", "1010", """Seragam SD Putih Merah Lengkap Ukuran 8-12
Bahan tidak menerawang, jahitan rapi
Harga atasan 55rb, rok/celana 60rb
Bisa bordir nama +10rb
Toko Seragam Pak Darto, dekat SDN 3 Klaten"""),

("message", "hn_buyer_question", "0111", """Bang, itu di lapak abang katanya barang seken dari Singapura ya? Ada jaket kulit ukuran XL gak?
Aku tanya dulu aja, kalau ada baru aku datang Sabtu.
Oh ya, udah dicuci belum barangnya?"""),

("post", "hn_news_share", "0111", """Baru baca berita, ternyata pemerintah memusnahkan ribuan bal pakaian bekas impor lagi.
Jadi kepikiran, selama ini baju thrift yang aku beli itu ternyata hasil selundupan juga ya 😶
Mulai sekarang mending lebih sadar belanja. Ada yang punya rekomendasi brand lokal yang harganya ramah?"""),

("listing", "hn_used_clothes_local_bulk", "1110", """Jual Borongan Baju Bekas Keluarga — BUKAN IMPOR
Isi 2 kontainer plastik (kurang lebih 60 pcs) baju anak & dewasa
Dari lemari kami sendiri, anak-anak sudah besar semua
Harga 300rb untuk semua, ambil di Jatinangor
Cocok buat yang mau disumbangkan lagi atau dipakai sendiri"""),

("post", "hn_thrift_style_tips", "0010", """Tips mix & match gaya "thrift look" pakai baju yang sudah ada di lemari:
👖 jeans lurus + kemeja flanel dibuka + kaos putih
🧥 blazer kebesaran milik ayah + sneakers putih
👜 tas kanvas polos + topi bucket
Gak perlu beli baru, cukup kreatif! #OOTD #gayahemat"""),

("review", "hn_review_no_seller", "0111", """Beli dua kemeja cakar waktu mudik ke Parepare. Satu bagus banget, merek Jepang, bahannya halus.
Satunya lagi ternyata ada sobekan di ketiak yang gak kelihatan waktu di pasar 😩 Pelajaran: periksa di tempat terang. Tetap puas sih, harganya murah."""),

("listing", "hn_used_bicycle", "1101", """Sepeda Lipat Bekas Dahon Ex Singapore
Frame aman, rem dan gigi normal, ban baru ganti
Cocok buat bike to work
Harga 3,2 juta, lokasi Batam
Surat pembelian tidak ada ya"""),

("post", "hn_new_import", "1011", """Open PO Batch 3 ✈️ Dress Korea BARU langsung dari pabrik Guangzhou
Bukan preloved, bukan thrift — full tag & plastik
Estimasi sampai 14-21 hari setelah close
Harga 145rb, DP 50% via transfer
Link form ada di bio"""),

("comment", "hn_buyer_question", "0111", """Di Pontianak sekarang baju lelong masih gampang dicari gak sih? Mau beli buat anak kos, budget pas-pasan.
Cuma nanya lokasinya aja kak, soalnya terakhir ke sana zaman masih SMA. Makasih 🙏"""),

("article", "hn_research", "0111", """Sebuah kajian lembaga riset menemukan bahwa sebagian besar isi bal pakaian bekas impor tidak layak jual dan berakhir di tempat pembuangan.
Peneliti juga mencatat adanya jamur dan bakteri pada sampel pakaian yang diambil dari beberapa pasar di Jakarta dan Bandung.
Mereka menyarankan pemerintah memperkuat pengawasan di pelabuhan kecil di pesisir timur Sumatera."""),

("listing", "hn_sisa_ekspor", "1010", """Jaket Parka Sisa Ekspor Brand Eropa — NEW
Overstock pabrik Cikarang, tag masih nempel
Bahan waterproof, ada hoodie lepas pasang
Size S-XL, harga 225rb
Barang baru ya kak, bukan second"""),

("message", "hn_swap_event", "0110", """Bu ibu, besok kita lanjut arisan sambil tukar baju anak ya 😊
Bawa baju yang udah kekecilan, nanti kita tukar sesuai ukuran.
Gak usah bawa uang, semuanya barter aja.
Tempat di rumah Bu Yani, jam 4 sore."""),

("post", "hn_own_preloved", "1110", """Lepas koleksi pribadi 🎒
Tas ransel Eiger yang nemenin aku naik gunung 3 tahun, masih kuat, resleting aman.
Belinya di outlet Eiger Jogja. Sekarang jarang naik, daripada nganggur.
250rb nego, lokasi Purwokerto"""),

("listing", "hn_used_appliance", "1100", """Kulkas 2 Pintu Sharp Bekas, Dingin Normal
Pemakaian 4 tahun, freezer cepat beku
Body ada penyok kecil di samping
Harga 1,4 juta, lokasi Medan Johor
Bisa antar dengan biaya tambahan"""),

("post", "hn_meme_wordplay", "0000", """Orang Makassar: "mau ke cakar dulu"
Orang Jawa: "kok makan cakar pagi-pagi?"
Orang Medan: "monza itu mobil kan?"
Orang Pontianak: "lelong itu lelang ke?"
Indonesia memang kaya bahasa 😂🇮🇩"""),

("article", "hn_news", "0111", """Aparat gabungan di Nunukan, Kalimantan Utara, mengamankan kapal motor bermuatan karung berisi pakaian bekas dari Tawau, Malaysia.
Muatan tersebut diduga hendak dibawa ke Parepare dan Makassar.
Pemilik barang belum diketahui karena awak kapal mengaku hanya disewa untuk mengantar."""),

("listing", "hn_plain_clothing", "1010", """Batik Tulis Lasem Kemeja Pria Lengan Panjang
Pewarna alam, motif latohan, dikerjakan pengrajin Lasem
Ukuran M, L, XL, harga 385rb
Setiap kemeja dilengkapi kartu keterangan motif
Kirim dari Rembang"""),

("comment", "hn_report_complaint", "0111", """Kak ini iklan di feed aku: "BAL SECOND JEPANG MURAH GRADE A DIJAMIN LOLOS"
kok bisa lolos iklan ya? Bukannya jual pakaian bekas impor dilarang? Aku udah report, semoga cepet diturunin."""),

("post", "hn_upcycle_workshop", "0110", """Workshop gratis: ubah kaos bekas jadi keset & tas belanja ♻️
Bawa 3-5 kaos bekas dari rumah, kami sediakan gunting dan benang.
Sabtu jam 9 pagi di Perpustakaan Kota Surakarta, kuota 30 orang.
Daftar lewat link di bio, gratis tanpa dipungut biaya."""),

("listing", "hn_used_clothing_no_tradeword", "1110", """Kebaya Brokat Bekas Wisuda, Warna Sage
Dipakai sekali, sudah dry clean
Ukuran LD 92, panjang 60
Beli di butik di Surabaya, lepas 150rb
Bonus selendang senada"""),
]
