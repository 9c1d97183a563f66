# Batch 3: legal hard negatives full of the famous words (hand-written).
# Tuple: (kind, category, (offer, used, clothing, abroad), text)
RECORDS = [
("article", "hn_news", (0, 1, 1, 1), """Petugas Gabungan Amankan Puluhan Balpres di Muara Sungai
Tim patroli laut mengamankan sebuah kapal kayu bermuatan 64 balpres pakaian bekas di perairan dekat Tanjungbalai, Sabtu dini hari. Awak kapal dikabarkan melompat ke air dan kabur ke arah hutan bakau saat didekati petugas.
Menurut keterangan petugas, karung-karung berisi pakaian bekas itu diduga dimuat dari Port Klang dan hendak dibongkar di gudang kecil di tepi sungai sebelum dikirim ke Medan.
Impor pakaian bekas dilarang berdasarkan Permendag 18/2021 sebagaimana diubah Permendag 40/2022. Barang bukti dititipkan di kantor pabean setempat sambil menunggu pemusnahan."""),

("article", "hn_news", (0, 1, 1, 1), """Pedagang Pakaian Bekas Impor Mengeluh Stok Menipis
Sejak beberapa gudang pemasok di sekitar Pasar Senen disegel, pedagang thrift di lantai atas mengaku hanya menjual sisa barang gantungan. 'Biasanya seminggu saya habis dua bal, sekarang mau kulakan ke mana?' ujar Rahmat (41), pedagang kemeja.
Pembeli masih berdatangan. Nadia (22), mahasiswi, mengaku lebih suka berburu baju thrift karena merek luar bisa didapat dengan harga puluhan ribu.
Pemerintah menegaskan larangan impor pakaian bekas tetap berlaku dan penindakan difokuskan pada jalur masuk serta gudang besar."""),

("article", "hn_opinion", (0, 1, 1, 1), """Opini: Thrifting, Antara Gaya Hidup Hemat dan Sampah Negara Lain
Oleh Rina Kartikasari*
Setiap kali ada razia balpres, linimasa kita terbelah dua. Ada yang membela pedagang kecil yang hidup dari baju seken, ada pula yang mengingatkan bahwa pakaian bekas impor menekan konveksi rumahan.
Menurut saya keduanya benar, tapi solusinya bukan sekadar membakar karung di halaman kantor bea cukai. Pedagang di Gedebage dan Pajak Melati perlu jalan keluar: pelatihan, akses pasokan lokal, dan pasar preloved dalam negeri yang tertata.
Tanpa itu, larangan hanya memindahkan transaksi dari lapak ke live TikTok.
*Penulis adalah pengamat ekonomi kerakyatan."""),

("post", "hn_report", (0, 1, 1, 1), """Tolong bantu report akun ini ya gaes 🙏
Dia jelas-jelas jualan baju bekas impor, caption-nya: 'Bal Korea baru bongkar, grade A, 1 karung 3,5jt, stok ready Batam'. Udah aku laporin ke marketplace tapi belum di-take down.
Bukan apa-apa, aku kerja di konveksi kecil dan jujur sepi banget sejak thrift impor rame lagi.
Nama akunnya aku sensor, cek di komentar screenshot-nya."""),

("comment", "hn_buyer_question", (0, 1, 1, 1), """Mau nanya dong, kalian biasanya beli bal thrift di mana ya? Aku pengen coba usaha jualan baju seken tapi bingung cari supplier yang terpercaya. Denger-denger di Gedebage ada yang jual per karung, tapi takut kena tipu isinya rongsokan semua.
Terus sekarang kan katanya dilarang ya impor pakaian bekas, aman nggak sih kalau jualan online? Mohon pencerahannya 🙏"""),

("post", "hn_joke_meme", (0, 1, 1, 1), """Dompet: tolong jangan ke Pasar Senen hari ini
Aku: cuma liat-liat kok
Aku 3 jam kemudian: bawa pulang 2 kantong kresek jaket thrift impor, 1 sepatu seken yang ukurannya kekecilan, dan kaos band yang bahkan aku nggak tau band-nya siapa 🤡
#thriftinghaul #korbanbal #senenmenangis"""),

("listing", "hn_new_thrift_style", (1, 0, 1, 0), """Kemeja Flanel Thrift Look Oversize – BARU, Produksi Sendiri Bandung
Bukan barang bekas ya kak! Motif & potongan kami bikin mirip flanel vintage 90an, warna sengaja dibuat washed biar kesannya thrift.
Bahan katun flanel lokal, dijahit di konveksi kami di Cigondewah. Size M, L, XL, XXL.
Harga 129rb, beli 2 gratis ongkir. Stok banyak, bisa grosir untuk reseller."""),

("listing", "hn_own_preloved", (1, 1, 1, 0), """Preloved Pribadi – Dress Batik Parang Size M, dipakai 2x
Beli sendiri di butik di Solo tahun lalu, cuma dipakai kondangan dua kali, setelah itu nganggur di lemari.
Kondisi 95%, tidak ada noda, resleting lancar. Harga beli 450rb, dilepas 200rb.
Bukan barang thrift impor ya, ini murni baju lemari sendiri. COD area Semarang."""),

("post", "hn_school_sale", (1, 1, 1, 0), """📢 BAZAR BAJU LAYAK PAKAI – SD Negeri 3 Sukamaju
Sabtu, 14 September, pukul 07.00–11.00 di halaman sekolah.
Semua pakaian bekas adalah sumbangan orang tua murid dan guru, sudah dicuci dan disortir oleh komite.
Harga 2rb–15rb, seluruh hasil penjualan untuk membeli buku perpustakaan.
Bukan baju impor, bukan bal, murni donasi warga. Ajak tetangga ya!"""),

("listing", "hn_other_goods_used_import", (1, 1, 0, 1), """Grosir HP Second Ex Singapore – Per Kardus 20 Unit
Campur merk, kondisi mesin normal, body lecet wajar, tanpa charger.
Cocok buat konter yang mau jual HP murah. Kirim dari Batam, garansi mesin 3 hari.
Harga 1 kardus 14jt, nego untuk ambil 3 kardus ke atas.
Hanya melayani pembeli serius."""),

("listing", "hn_other_goods_bale", (1, 1, 0, 0), """Jual Kardus Bekas Per Bal — Press Rapi ± 80 kg
Kardus bekas minimarket, sudah dipress dan diikat kawat. Kering, tidak basah.
Harga 2.300/kg, minimal ambil 5 bal. Lokasi gudang di Cikarang, bisa angkut pakai truk engkel.
Cocok untuk pengepul atau pabrik daur ulang kertas. Hubungi Pak Tarno 0812xxxx."""),

("post", "hn_donation_request", (0, 1, 1, 0), """Halo warga Griya Asri, kami dari Karang Taruna RW 07 mengumpulkan pakaian bekas layak pakai untuk korban banjir di Kecamatan Bojong.
Butuh: baju anak, sarung, selimut, pakaian dalam baru (khusus ini harus baru ya).
Drop di pos ronda depan masjid sampai Minggu malam. Mohon dimasukkan kantong plastik dan diberi label ukuran.
Terima kasih, semoga berkah 🙏"""),

("post", "hn_swap", (0, 1, 1, 0), """SWAP PARTY 👗🔄 Bawa baju preloved-mu, tukar dengan punya teman!
Aturan: maksimal 5 potong per orang, bersih & layak pakai, no underwear.
Tidak ada jual beli, semua tukar-tukaran. Sisa baju yang tidak ditukar akan didonasikan ke panti.
Minggu 20 Oktober, Kafe Ruang Tengah, Malang, 15.00–18.00. Gratis, cukup daftar di link bio."""),

("article", "hn_rules_guideline", (0, 1, 1, 1), """Panduan Komunitas: Apa yang Tidak Boleh Dijual di Grup Ini
1. Pakaian bekas impor dalam bentuk apa pun (bal, balpres, karungan, per kilo, 'grade A/B').
2. Postingan live bongkar bal atau 'hidden gems dari karung'.
3. Jastip baju seken dari luar negeri.
Boleh: preloved pribadi dengan foto asli, pakaian baru produksi lokal, barang handmade.
Pelanggaran pertama dihapus, kedua dikeluarkan dari grup. Terima kasih sudah menjaga grup tetap aman."""),

("live", "hn_new_thrift_style", (1, 0, 1, 0), """LIVE JAM 7 — Koleksi 'Retro Karung Series' 100% BARU!
Jangan ketipu namanya ya kak, ini bukan bongkar bal 😄 semua kemeja bowling & kaos ringer ini baru, jahitan konveksi sendiri di Bandung, masih ada plastik & tag.
Motif sengaja dibuat kayak thrift tahun 90an. Harga live 89rb, normal 119rb.
Ketik 'RK + size' di komen, checkout dari keranjang kuning."""),

("post", "hn_buyer_diary", (0, 1, 1, 1), """Diary thrifting hari ke-3 di Medan 🧾
Pagi ke Pajak Melati, panasnya luar biasa tapi worth it. Dapat jaket denim monza 60 ribu dan sepatu boots seken 90 ribu. Kata pedagangnya barangnya dari bal yang dibuka kemarin.
Siang ke Pajak Sambu, cuma liat-liat karena dompet udah menjerit.
Catatan buat diri sendiri: cuci semua barang pakai air panas sebelum dipakai!"""),

("review", "hn_review_no_seller", (0, 1, 1, 1), """Review jaket thrift impor yang aku beli bulan lalu: zonk total 😩
Di foto keliatan mulus, pas dateng ternyata bau apek banget, dicuci 3x baru hilang. Resletingnya juga macet. Katanya sih 'grade A dari bal Jepang'.
Pelajaran: baju bekas impor itu untung-untungan, nggak ada garansi. Sekarang aku lebih milih beli brand lokal aja walau sedikit lebih mahal."""),

("comment", "hn_report", (0, 1, 1, 1), """Min, ini ada akun di grup yang promosi 'karungan cakar Makassar, ready 20 karung, bisa kirim ke seluruh Sulawesi'.
Bukannya itu pakaian bekas impor yang dilarang? Mohon dicek & dihapus ya min, sudah ada 3 orang yang tanya nomor WA-nya di kolom komentar."""),

("listing", "hn_ordinary_new", (1, 0, 1, 0), """Kaos Polos Cotton Combed 30s – Baru, Grosir Per Lusin
Tersedia 24 warna, size S–XXL. Jahitan rantai, label bisa dilepas untuk sablon.
Harga 1 lusin 360rb, ambil 5 lusin harga 340rb. Produksi Bandung, bukan barang seken, bukan sisa bal.
Cocok untuk sablon komunitas, seragam event, atau stok toko."""),

("listing", "hn_sisa_ekspor", (1, 0, 1, 0), """Celana Chino Pria Sisa Ekspor – Baru, Label Gunting
Produksi pabrik garmen di Semarang, barang lebih order jadi labelnya digunting. Bukan barang bekas, bukan thrift, masih bau pabrik.
Size 28–36, warna khaki, navy, hitam, olive. Harga 95rb, ambil 3 jadi 255rb.
Ada sedikit yang reject jahitan, dijual terpisah 50rb."""),

("post", "hn_tutorial", (0, 1, 1, 1), """Cara mencuci baju thrift hasil berburu di pasar biar aman dipakai 🧺
1. Rendam air panas (±60°C) 30 menit, tambahkan sedikit cuka.
2. Cuci terpisah dari baju lain, pakai deterjen biasa.
3. Jemur di bawah matahari langsung sampai benar-benar kering.
4. Setrika dengan suhu tinggi, terutama lipatan & kerah.
Baju bekas impor dari bal sering disimpan lama di gudang lembap, jadi jangan langsung dipakai ya!"""),

("article", "hn_news", (0, 1, 1, 1), """Truk Bermuatan Pakaian Bekas Dicegat di Jalur Perbatasan
Sebuah truk yang mengangkut 27 bal pakaian bekas asal Malaysia dihentikan aparat di jalan lintas dekat Entikong, Kabupaten Sanggau. Sopir mengaku hanya diminta membawa muatan ke Pontianak dengan upah Rp1,5 juta.
Pakaian bekas itu rencananya dijual kembali di sejumlah lapak di Pontianak dan Singkawang. Polisi kini menelusuri pemilik barang.
Kepala satuan setempat mengingatkan warga bahwa memperdagangkan pakaian bekas impor melanggar aturan dan dapat dikenai sanksi."""),

("post", "hn_job_vacancy", (0, 1, 1, 1), """LOWONGAN KERJA – Toko Thrift 'Rak Kayu', Bekasi
Dibutuhkan 2 orang staf gudang & sortir:
- Laki-laki/perempuan, usia 18–30
- Kuat angkat karung, teliti memilah baju seken per grade
- Bersedia kerja shift
Gaji UMR + uang makan. Kirim CV ke email rekrutmen kami paling lambat akhir bulan.
Info: 0857xxxx (chat only)"""),

("listing", "hn_other_goods_used_import", (1, 1, 0, 1), """Mesin Jahit Bekas Ex Jepang – Juki & Brother Portable
Baru datang 1 kontainer dari Osaka, unit bekas pakai rumahan, sudah diservis & dites jahit.
Harga mulai 850rb/unit, ambil 10 unit ke atas harga grosir.
Cocok untuk penjahit rumahan, kursus jahit, atau usaha konveksi kecil.
Gudang di Surabaya, bisa kirim ke luar kota."""),

("listing", "hn_other_goods_sack", (1, 0, 0, 0), """Beras Pandan Wangi Per Karung 25 kg – Panen Baru Cianjur
Beras pulen, wangi, tanpa pemutih. Harga 340rb/karung, ambil 10 karung ke atas 325rb.
Kirim area Jabodetabek pakai pick up. Karung baru, jahitan rapi, tidak bocor.
Melayani warung, katering, dan rumah makan. WA 0813xxxx."""),

("listing", "hn_majun", (1, 1, 0, 0), """Jual Majun Kain Perca & Kaos Bekas – Per Karung 30 kg
Majun putih dan warna, dari kaos bekas dan sisa konveksi, sudah dipotong lebar, cocok untuk lap mesin di bengkel & pabrik.
Daya serap oli bagus, tidak berbulu. Harga 6.000/kg, karung 30 kg = 180rb.
Bukan untuk dipakai sebagai baju ya, ini khusus lap industri. Gudang di Tangerang."""),

("post", "hn_local_upcycle", (1, 1, 1, 0), """Drop baru dari studio 🧵✨ Tote bag & bucket hat upcycle dari celana jeans bekas yang kami kumpulkan dari lemari teman-teman sendiri & donasi warga Jogja.
Bukan dari bal impor ya, semua jeans lokal, dibongkar dan dijahit ulang di workshop kami.
Tote 120k, bucket hat 95k. Tiap potong unik, pola jeans-nya beda-beda.
Order via DM, pengerjaan 5 hari kerja. #upcycle #slowfashion #jeansbekas"""),

("comment", "hn_buyer_question", (0, 1, 1, 1), """Bang, kalau monza di Pajak Melati sekarang masih buka tiap Selasa ya? Aku mau cari jaket kulit seken buat kerja di Berastagi, dingin kali di sana.
Ada yang tau kios yang jual per potong bukan per karung? Jangan yang mahal kali lah, paling 100 ribu. Makasih kawan."""),

("post", "hn_opinion", (0, 1, 1, 1), """Jujur mi, dari kecil saya pakai cakar. Seragam sekolah saja yang baru, sisanya baju dari karung di Pasar Terong.
Sekarang orang ribut bilang cakar itu merusak UMKM. Iya mungkin benar, tapi bilang juga dong mau pakai apa orang kampung yang gajinya sedikit?
Bukan saya bela penyelundup, saya cuma minta pemerintah kasih solusi baju lokal yang harganya masuk akal. Itu ji."""),

("review", "hn_trip_own_use", (0, 1, 1, 1), """Review Chatuchak buat pecinta thrifting 🇹🇭
Bagian baju bekas ada di section belakang, harganya mulai 100 baht. Aku dapat 3 kemeja Hawaii seken dan 1 jaket jeans vintage, total nggak sampai 400 ribu rupiah.
Tipsnya: datang pagi, bawa tas sendiri, dan siap tawar. Semua barang aku bawa pulang di koper buat dipakai sendiri, bukan buat dijual ya hehe.
Overall 8/10, panasnya yang bikin nggak kuat."""),

("article", "hn_news", (0, 1, 1, 1), """Ribuan Potong Pakaian Bekas Impor Dimusnahkan di Halaman Kantor Pabean
Sekitar 1.200 koli pakaian bekas hasil penindakan sepanjang tahun dimusnahkan dengan cara dibakar dan dicacah, Rabu (12/6). Sebagian besar barang diamankan dari kapal-kapal kayu yang masuk lewat perairan Dumai dan Bengkalis.
Pejabat setempat menyebut nilai barang mencapai miliaran rupiah dan mengingatkan bahwa pakaian bekas impor berisiko membawa jamur dan bakteri.
Pedagang di Pekanbaru yang ditemui mengaku khawatir, karena sebagian besar stok mereka berasal dari jalur yang sama."""),

("message", "hn_buyer_question", (0, 1, 1, 1), """Kak, aku liat postingan kakak soal bal thrift Korea yang 3 juta itu. Aku cuma mau tanya, itu isinya kira-kira berapa potong ya? Terus kalau isinya banyak yang rusak bisa komplain nggak?
Aku belum mau beli kok, masih riset dulu buat tugas kuliah kewirausahaan 🙏"""),

("profile", "hn_new_thrift_style", (1, 0, 1, 0), """thriftlook.id ✨ (BUKAN THRIFT)
Baju baru rasa vintage, dijahit di Bandung 🇮🇩
Semua BNWT, ready stock & PO 7 hari
No bal, no seken, no impor — 100% lokal
Shopee/Tokopedia: thriftlook.id | WA 0811xxxx"""),

("listing", "hn_own_preloved", (1, 1, 1, 0), """Preloved Lemari Sendiri – Blazer Zara, Coat H&M, Sepatu Converse
Lagi decluttering karena mau pindah kos, semua ini aku beli sendiri di mall Jakarta, bukan dari bal atau thrift shop.
Blazer hitam size S (pakai 3x) 180k, coat camel size M (pakai 1 musim) 250k, Converse 38 (sol masih tebel) 200k.
COD Tebet/Kuningan, atau kirim pakai kurir instan."""),

("live", "hn_own_preloved", (1, 1, 1, 0), """Live decluttering lemari mama 😂 semua ini punya mama sendiri dari zaman kerja kantoran, dibeli di Matahari & Ramayana tahun 2000an.
Blazer, rok span, kemeja kerja, kondisi masih bagus, preloved asli bukan barang bal.
Harga 25-50rb aja, yang penting lemari kosong. Ketik 'mama + nomor'. Uangnya buat mama jalan-jalan 🙏"""),

("post", "hn_charity_bazaar", (1, 1, 1, 0), """Bazar Amal Paroki St. Yosef 🙏
Tersedia ratusan pakaian layak pakai hasil sumbangan umat: kemeja, gamis, baju anak, sepatu, tas.
Minggu setelah misa kedua, di aula paroki. Harga 5rb–20rb.
Seluruh hasil untuk beasiswa anak-anak di stasi pedalaman. Barang bukan dari karungan impor, semua donasi umat paroki sendiri."""),

("post", "hn_report", (0, 1, 1, 1), """Hati-hati sama lapak online 'Gudang Balpres Murah'! Iklannya: 'Bal impor Jepang grade A, isi 150 pcs, garansi mulus'. Aku transfer 2,8 juta, yang datang karung isi baju sobek, bau, jamuran.
Chat nggak dibales, nomor diblok. Udah aku laporin ke polisi dan ke bank.
Share biar nggak ada korban lain. Jangan tergiur harga murah baju seken impor ya."""),

("listing", "hn_other_goods_bale", (1, 1, 0, 0), """Jual Botol Plastik PET Press Per Bal – Bersih, Tanpa Tutup
Botol bekas air mineral, sudah dipisah label & tutupnya, dipress per bal ± 100 kg.
Harga 4.800/kg, minimal 1 bal. Lokasi lapak di Bantar Gebang, bisa diantar ke pabrik pencacah sekitar Bekasi.
Rutin tersedia 3–4 bal per minggu."""),

("post", "hn_new_import_legal", (1, 0, 1, 1), """Ready stok baru dari Guangzhou! Kaos oversize & celana kulot, BARU, masih dalam plastik, lengkap tag.
Kami importir resmi, barang masuk lewat Tanjung Priok dengan dokumen lengkap, bukan barang seken dan bukan bal bekas.
Grosir minimal 1 seri (4 pcs), harga mulai 28rb/pcs. Bisa kirim dari gudang Tanah Abang.
Katalog lengkap di WA."""),

("comment", "hn_joke_meme", (0, 1, 1, 1), """Temenku: kok jaketmu wangi kapur barus campur laut?
Aku: ini aroma khas 'cap karung' kak, limited edition dari Pare 😭
Serius deh, baju cakar tuh cuci 5x pun masih ada sisa aromanya, tapi tetap aja aku beli lagi minggu depan. Siapa yang sama?"""),

("article", "hn_explainer", (0, 1, 1, 1), """Mengenal Nama-Nama Pakaian Bekas Impor di Berbagai Daerah
Di Medan, barang semacam ini disebut monza atau monja, singkatan yang lahir dari kawasan Jalan Mongonsidi. Di Makassar orang menyebutnya cakar, dari 'cap karung'. Di Kalimantan Barat dikenal istilah lelong, sementara di Jawa Timur dan Bali sering terdengar awul-awul.
Daerah lain punya sebutan sendiri: rombengan, roma, atau sekadar 'baju Batam'.
Meski namanya berbeda, barangnya sama: pakaian bekas yang masuk dalam bal atau karung dari luar negeri, dan perdagangannya dilarang sejak Permendag 51/2015 hingga aturan terbaru."""),
]
