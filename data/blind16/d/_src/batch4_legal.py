# Batch 4: more legal hard negatives in varied kinds and registers.
# Each entry: (kind, category, (offer, used, clothing, abroad), text)

RECORDS = [
("message", "hn_family_chat", (0, 1, 1, 1), """Ma, tadi aku lewat Pajak Melati, rame banget orang bongkar bal monza 😂
Aku gak beli kok, cuma liat-liat. Jaket kulit second ada yang 50rb, tapi bau karungnya nyengat.
Nanti sore aku pulang, mau dibawain apa?"""),

("live", "hn_live_new_clothes_balvocab", (1, 0, 1, 0), """Selamat malam semua, live kita malam ini bukan bongkar bal ya, ini stok BARU dari konveksi sendiri di Soreang 🙏
Banyak yang nanya 'thrift bukan kak?' Bukan, semua masih ada plastiknya.
Hoodie polos 85rb, jogger 70rb. Klik keranjang, kode voucher LIVEMALAM."""),

("review", "hn_review_no_seller", (0, 1, 1, 1), """Review jujur setelah 3 bulan pakai sepatu second impor dari pasar loak:
Solnya mulai lepas di minggu ke-6, lemnya memang sudah tua. Kulitnya masih bagus.
Kesimpulan: buat gaya oke, buat jalan jauh jangan. Gak nyebut toko ya, karena belinya random di lapak emperan."""),

("profile", "hn_profile_activist", (0, 1, 1, 1), """Gerakan Sandang Lokal 🇮🇩
Kampanye menolak ballpress & pakaian bekas impor ilegal.
Edukasi soal limbah tekstil, dukung UMKM konveksi.
Kami tidak menjual apa pun. Kolaborasi: email di bio."""),

("profile", "hn_profile_own_preloved", (1, 1, 1, 0), """Lemari Dina 👗
Preloved pribadi, ukuran S-M, semua dari lemari sendiri.
Bukan reseller thrift, bukan barang bal.
Update tiap akhir bulan • COD Depok • DM for price"""),

("listing", "hn_other_goods_car_parts", (1, 1, 0, 1), """Sparepart Mobil Copotan Ex Jepang – Velg, Lampu, Spion
Barang second import Jepang, kondisi normal, cocok untuk Jazz & Avanza.
Harga mulai 250rb, bisa kirim ekspedisi.
Lokasi Bekasi Barat, chat 0812xxxx"""),

("listing", "hn_other_goods_motorcycle", (1, 1, 0, 0), """Motor Bekas Honda Beat 2019 – Surat Lengkap
Pemakaian pribadi, pajak hidup, mesin halus.
Bukan barang lelong ya, beli dari dealer resmi Pontianak.
Harga 11,5jt nego, lihat di rumah."""),

("post", "hn_meme_dialog", (0, 1, 1, 1), """Temen: "bajumu bagus, beli di mana?"
Aku: "di butik eksklusif"
Butiknya: lantai 2 Pasar Senen, kaki nginjek karung, tangan ngubek bal, 3 kemeja second 100rb 😭
#relate #anakthrift"""),

("article", "hn_news_economy", (0, 1, 1, 1), """Asosiasi Tekstil Sambut Penindakan Pakaian Bekas Impor
Asosiasi pertekstilan menyambut baik rangkaian penindakan terhadap pakaian bekas impor di sejumlah pelabuhan. Menurut mereka, masuknya ballpress menekan penjualan produk konveksi kecil di pasar tradisional.
Di sisi lain, pedagang di Pasar Senen dan Gedebage mengaku kesulitan stok sejak gudang-gudang disegel. Mereka meminta pemerintah memberi masa transisi."""),

("post", "hn_opinion_trader_side", (0, 1, 1, 1), """Jujur kasihan sama pedagang cakar di Parepare. Puluhan tahun hidup dari karungan, tiba-tiba dilarang tanpa solusi.
Aku setuju impor baju bekas dibatasi, tapi kasih dong pelatihan atau modal buat pindah usaha.
Jangan cuma razia terus."""),

("comment", "hn_buyer_question", (0, 1, 1, 1), """Bang, awul-awul di Bali masih ada gak sih sekarang? Dulu tiap liburan aku pasti mampir.
Bukan mau beli buat dijual, cuma penasaran masih rame apa udah pada tutup."""),

("listing", "hn_ordinary_new_clothing", (1, 0, 1, 0), """Seragam SD Putih Merah Lengkap – Baru, Jahitan Rapi
Kemeja putih + celana/rok merah, bahan tidak panas.
Ukuran 6-12, harga 85rb per stel.
Toko Seragam Berkah, Pasar Kliwon Kudus. Pesan bordir nama juga bisa."""),

("listing", "hn_new_import_retail", (1, 0, 1, 1), """Sneakers Import Vietnam Original – Brand New In Box
100% baru, box & tag lengkap, bukan second, bukan ex-ballpress.
Dokumen impor resmi, bisa cek keaslian.
Size 39-44, 899rb. Toko fisik di Surabaya."""),

("post", "hn_thrift_style_collection", (1, 0, 1, 0), """Koleksi 'Thrift Tape' udah rilis ✨
Denim jacket dengan efek sobek & pudar ala barang bekas, padahal baru keluar dari workshop kami di Garut.
Limited 50 pcs, 289rb. Link di bio.
#thriftlook #denimlokal #madeingarut"""),

("message", "hn_donation_pickup", (0, 1, 1, 0), """Assalamualaikum Bu, kami dari panitia bakti sosial RW 05.
Besok pagi kami keliling ambil sumbangan baju bekas layak pakai ya Bu, tolong dimasukkan ke kantong atau kardus.
Semua untuk warga terdampak kebakaran, tidak dijual. Terima kasih 🙏"""),

("article", "hn_charity_bazaar", (1, 1, 1, 0), """Gereja Bethel Sambut Natal dengan Bazar Pakaian Murah
Jemaat mengumpulkan lebih dari 800 potong pakaian bekas layak pakai selama sebulan. Pakaian itu dijual Rp2.000 hingga Rp10.000 pada bazar Sabtu pagi di halaman gereja.
Panitia menegaskan seluruh pakaian berasal dari sumbangan jemaat, bukan dari karung impor. Hasilnya untuk beasiswa anak sekolah minggu."""),

("post", "hn_tutorial_spot_fake", (0, 1, 1, 1), """Cara bedain 'thrift impor' asli sama barang reject lokal yang dijual ngaku-ngaku bal Korea:
- Label: barang luar biasanya ada label cuci berbahasa asing.
- Bau: karungan impor biasanya bau kapur barus/gudang.
- Harga: kalau 'grade A' tapi semua ukurannya seragam, curiga.
Ini edukasi aja ya, bukan ngajak beli."""),

("message", "hn_supplier_rejection", (0, 1, 1, 1), """Maaf Pak, kami sudah tidak terima tawaran ballpress atau karungan dari Batam lagi.
Sejak aturan baru, toko kami hanya jual produk konveksi lokal.
Mohon nomor kami dihapus dari daftar broadcast. Terima kasih."""),

("review", "hn_review_new_thrift_style", (0, 0, 1, 0), """Beli celana 'thrift style' yang katanya baru, dan memang baru: masih ada plastik & tag.
Warnanya sengaja dibuat pudar, jahitannya rapi. Cuma ukurannya agak kecil, naik satu size.
Bintang 4. Buat yang takut baju bekas, ini alternatif yang lumayan."""),

("listing", "hn_fabric_roll", (1, 0, 0, 1), """Kain Denim Import Per Roll – 12 Oz Indigo
Kain baru per roll ±50 yard, impor dari Tiongkok, bukan pakaian jadi, bukan bekas.
Cocok buat konveksi jeans & jaket.
Harga per yard 38rb. Gudang Cigondewah, Bandung."""),

("post", "hn_own_preloved_abroad_denied", (1, 1, 1, 0), """Jual preloved jaket winter 🧥
Dibeli baru di mall Jakarta buat trip ke Korea, dipakai seminggu doang, abis itu nganggur di lemari.
Bukan barang bal ya, nota pembelian masih ada.
Size M, 350rb. COD Jaksel."""),

("comment", "hn_complaint_quote", (0, 1, 1, 1), """Iklan di grup sebelah: "READY BAL THAILAND GRADE A, SEPATU SECOND ORI, 1 KOLI 20 PASANG 2JT".
Aku tanya dokumen, langsung dikeluarin dari grup 🤣
Kalau kalian nemu iklan begitu, mending laporin aja."""),

("article", "hn_news_health", (0, 1, 1, 1), """Dinas Kesehatan Ingatkan Risiko Pakaian Bekas Impor
Dinas kesehatan kota mengingatkan warga agar mencuci bersih pakaian bekas yang dibeli dari pasar, terutama yang berasal dari bal impor. Hasil uji laboratorium beberapa tahun lalu menemukan jamur dan bakteri pada sampel pakaian bekas dari luar negeri.
Warga diimbau merendam pakaian dengan air panas dan deterjen sebelum digunakan."""),

("post", "hn_buyer_diary", (0, 1, 1, 1), """Diary belanja: hari ini aku hunting ke Kebon Kalapa, nyari kemeja second buat kerja.
Dapet 3, kondisinya 80%, langsung aku rendam 2 jam. Ternyata satu ada noda yang gak bisa ilang, ya sudahlah, jadi baju tidur.
Next time mau lebih teliti cek di bawah lampu."""),

("listing", "hn_majun_local", (1, 0, 0, 0), """Majun Putih Potongan Kain Baru – Per Karung 20kg
Sisa potongan konveksi lokal, kain baru, bukan baju bekas.
Cocok buat lap mesin & bengkel. 7.500/kg.
Kirim area Solo Raya."""),

("listing", "hn_used_appliance", (1, 1, 0, 1), """Mesin Cuci Bekas Ex Korea – 1 Kontainer Campur Merk
Mesin cuci & kulkas second impor, kondisi hidup, sudah dicek teknisi.
Harga per unit mulai 700rb, borong 1 kontainer nego.
Lokasi Tanjung Uncang, Batam."""),

("message", "hn_swap_offer", (0, 1, 1, 0), """Hai kak, aku lihat kamu posting kemeja preloved ukuran L.
Mau tukeran sama jaket denim punyaku ukuran L juga? Dua-duanya dari lemari sendiri, bukan barang bal.
Kalau mau, ketemuan di stasiun Bogor Sabtu siang."""),

("post", "hn_rules_group", (0, 1, 1, 1), """📌 PERATURAN GRUP JUAL BELI FASHION SOLO
1. Dilarang posting jualan ballpress, karungan, bal, atau thrift impor.
2. Preloved pribadi boleh, wajib foto asli.
3. Dilarang link ke grup lain.
Pelanggar langsung dikeluarkan tanpa peringatan."""),

("live", "hn_live_other_goods", (1, 1, 0, 1), """Ayo merapat, live lelang HP second ex Jepang malam ini 📱
Bukan baju ya guys, ini handphone semua, kondisi mulus 85-95%.
Mulai harga 300rb, kelipatan 25rb. Barang dikirim dari Batam besok pagi."""),

("review", "hn_review_market_visit", (0, 1, 1, 1), """Ulasan tempat: Pasar Gedebage
Surganya baju second impor, lorongnya sempit dan panas. Harus sabar ngubek karung, tapi harga bisa ditawar.
Saran: datang pagi, bawa uang pas, pakai masker.
Bintang 3 karena parkir susah dan bau apek."""),

("post", "hn_student_research", (0, 1, 1, 1), """Halo! Aku mahasiswa sosiologi yang lagi riset soal pedagang pakaian bekas impor di Pasar Tungging dan sekitarnya.
Butuh responden pedagang atau pembeli yang mau diwawancara 20 menit. Identitas dirahasiakan.
Yang bersedia, reply atau DM ya 🙏"""),

("listing", "hn_ordinary_batik", (1, 0, 1, 0), """Batik Cap Pria Lengan Panjang – Baru Dari Pengrajin Solo
Batik cap katun primisima, motif parang & kawung.
Harga 135rb, ukuran M-XXL. Bukan thrift, bukan second, semua produksi baru.
Kirim seluruh Indonesia."""),

("comment", "hn_joke_reply", (0, 1, 1, 1), """Wkwk jaket 'vintage' lu itu pasti hasil ngubek karung roma di Pontianak kan 😂
Gapapa bro, yang penting pede. Asal udah direndam air panas tiga kali, jangan sampe gatel-gatel pas kondangan 🤣"""),

("article", "hn_feature_market_life", (0, 1, 1, 1), """Sepi Pembeli, Pedagang Awul-Awul di Yogyakarta Bertahan dengan Sisa Stok
Sejak razia besar tahun lalu, pedagang awul-awul di sebuah pasar di Yogyakarta mengaku tidak lagi menerima kiriman bal dari luar Jawa. Mereka hanya menjual sisa stok yang makin menipis.
'Kalau habis ya sudah, ganti jualan,' kata seorang pedagang yang meminta namanya tidak ditulis."""),

("listing", "hn_used_clothes_local_denied", (1, 1, 1, 0), """Baju Anak Bekas Layak Pakai – Lungsuran 3 Anak
Baju anak usia 1-5 tahun, dipakai anak-anak saya sendiri, dibeli di toko lokal.
Bukan karungan, bukan impor. Sudah dicuci dan disetrika.
Satu paket 15 pcs 100rb. COD Sleman."""),

("post", "hn_opinion_policy", (0, 1, 1, 1), """Permendag 40/2022 jelas melarang impor pakaian bekas, tapi kenapa tiap minggu masih ada aja bal masuk lewat Entikong?
Aku gak nyalahin pedagang kecil, yang harus ditindak itu pemain besarnya.
Setuju gak?"""),

("message", "hn_customs_reply", (0, 1, 1, 1), """Terima kasih atas laporan Saudara mengenai dugaan penjualan pakaian bekas impor di akun tersebut.
Laporan telah kami teruskan ke unit penindakan. Kami tidak dapat menyampaikan perkembangan kasus secara rinci.
Salam, Layanan Informasi Bea Cukai (balasan otomatis)."""),

("post", "hn_craft_workshop", (0, 1, 1, 0), """Workshop ubah kaos bekas jadi tas belanja 🛍️
Bawa 2 kaos bekas dari rumah, kita ajarin cara potong & ikat tanpa jahit. Gratis, gak jual apa-apa.
Minggu jam 9 di perpustakaan kota Malang. Kuota 30 orang."""),

("listing", "hn_uniform_reject_export", (1, 0, 1, 0), """Jaket Kerja Sisa Ekspor – Baru, Label Dipotong
Jaket kerja kanvas baru, sisa order ekspor pabrik Cikarang, label dipotong.
Bukan bekas, bukan thrift. Size L-XXL, 160rb.
Grosir 10 pcs 140rb/pcs."""),

("post", "hn_buyer_question_sizes", (0, 1, 1, 1), """Ada yang pernah beli jaket dari cakar Makassar? Ukuran luar negeri itu gimana sih, L mereka sama dengan XL kita?
Mau titip ke sepupu yang ke sana bulan depan, tapi bingung ukurannya. Makasih infonya."""),

("comment", "hn_seller_denies_import", (1, 1, 1, 0), """Kak, ini bukan monza atau barang bal ya 🙏 Ini punya suamiku, dipakai waktu kerja kantoran, sekarang udah gak muat.
Kemeja 5 pcs semua 100rb, kondisi masih bagus. Bisa ambil di Helvetia."""),
]
