from common import R

# ---------- legal: new / local clothing that contrasts itself with bales ----------
R("post", "legal_new_local_contrast", "1010", """
Sering ditanya: "Kak, ini barang bal ya?" 🙅‍♀️
Bukan kak. Semua kemeja di toko kami BARU, dijahit di konveksi kami sendiri di Cigondewah, Bandung. Kainnya kami beli gulungan dari pabrik tekstil di Majalaya, bukan barang karungan atau sortiran.
Bedanya gampang dilihat:
✔️ Ukuran lengkap S sampai XXL, tiap model
✔️ Label ukuran dan label merek kami sendiri
✔️ Masih wangi kain baru, belum pernah dicuci
✔️ Bisa PO warna kalau stok habis
Harga memang sedikit di atas harga pasar second, tapi kamu dapat barang baru dan ikut menghidupi 14 penjahit di workshop kami 🧵
Order lewat keranjang kuning atau WA admin (0812xxxx).
""")

R("listing", "legal_new_local_contrast", "1010", """
KAOS POLOS PREMIUM — PRODUKSI SOLO ✨
Bahan cotton combed 30s, jahitan rantai di bahu
Warna: 24 pilihan | Size: S-XXXL
BUKAN barang sisa bal / bukan thrift, semua baru dari pabrik kami di Sukoharjo
Harga ecer 45rb, lusinan 480rb
Bisa sablon logo kantor/komunitas, minimal 24 pcs
""")

R("post", "legal_new_local_contrast", "1010", """
Klarifikasi buat yang komen di video kemarin 🙏
Jaket denim di video itu bukan jaket bekas impor ya, apalagi dari karungan. Itu produksi kami sendiri, dijahit di Pekalongan, bahannya denim 14 oz dari pabrik di Bandung.
Kenapa kelihatan "vintage"? Karena kami pakai teknik stone wash dan hand sanding. Efek pudarnya disengaja, bukan karena sudah dipakai orang lain.
Setiap jaket punya nomor produksi di label dalam. Kalau ragu, silakan cek, atau datang langsung ke workshop kami di Kedungwuni tiap Sabtu.
Terima kasih sudah teliti, kami justru senang ditanya 😊
Buat yang tertarik, jaket seri "Kedungwuni" tersedia ukuran S-XXL, harga 325rb. Bisa juga pesan custom panjang lengan untuk yang tinggi badannya di atas rata-rata.
""")

R("listing", "legal_new_local_contrast", "1010", """
Gamis Syar'i Katun Rayon — Produksi Tanah Abang
Baru, bukan second, bukan sortiran
Ukuran M, L, XL, XXL (busui friendly)
Motif bunga kecil, 6 warna
Harga 135rb, reseller 110rb (min 6 pcs)
Stok ready di toko kami Blok A lantai 5, bisa kirim hari ini
""")

R("post", "legal_new_local_contrast", "1010", """
Kenapa kami berhenti jualan thrift dan mulai bikin produk sendiri? 🧶
Tiga tahun lalu toko ini memang jual barang second. Tapi makin lama makin nggak nyaman: nggak tahu asal barangnya, sering zonk, dan sadar juga bahwa bal-balan itu sebenarnya nggak boleh masuk.
Jadi sejak 2023 kami pindah haluan. Sekarang semua cardigan rajut kami dibuat oleh pengrajin di Binong Jati, Bandung, sentra rajut yang udah ada dari tahun 60-an. Benangnya lokal, mesinnya lokal, tangannya juga lokal.
Harganya memang lebih mahal dari cardigan karungan, tapi kualitas konsisten, ukuran jelas, dan nggak perlu direbus dulu sebelum dipakai 😄
Koleksi baru "Hujan Bulan Juni" rilis Jumat ini jam 7 malam. Semua baru, semua dari Bandung.
""")

R("listing", "legal_new_local_contrast", "1010", """
Celana cargo pria — baru, produksi konveksi sendiri (Bekasi)
Bahan drill tebal, 6 kantong, ada tali serut
Warna army, khaki, hitam, abu
Size 28-38
Harga 119rb, beli 2 = 220rb
*Ini bukan barang ball press ya kak, barang baru lengkap dengan plastik dan label
""")

R("comment", "legal_new_local_contrast", "1010", """
@rara.thrifts makasih udah nanya kak 🙏
Produk kami semuanya BARU, dari konveksi di Sidoarjo. Kami nggak jual barang karungan atau bekas impor sama sekali. Kalau kakak lihat di foto ada efek pudar, itu karena proses washing.
Ukuran bisa dicek di size chart slide terakhir, dan tiap pembelian dapat kartu garansi jahitan 30 hari.
""")

R("post", "legal_new_local_contrast", "1010", """
Batik cap tulis dari Laweyan, Solo 🌺
Kami sering dapet DM: "kak ada batik monza nggak?" atau "batik lawas dari karung ada?" Mohon maaf, kami nggak jual itu.
Yang kami jual: kemeja dan outer batik BARU hasil kerja sama dengan 5 rumah batik di Laweyan. Setiap potong ada cap nama pembatiknya.
Pewarna alami (tingi, jolawe, indigo) untuk koleksi premium, pewarna sintetis untuk koleksi harian.
Harga mulai 185rb. Ukuran S-3XL, bisa request panjang lengan.
Datang ke galeri kami di Jalan Dr. Radjiman atau belanja online lewat link di bio.
Setiap pembelian juga ikut mendukung program regenerasi pembatik muda di Laweyan, karena sebagian keuntungan kami sisihkan untuk kelas membatik gratis bagi anak-anak sekitar.
""")

R("listing", "legal_new_local_contrast", "1010", """
Hoodie Fleece Tebal — Made in Bandung 🏔️
Baru, bukan second, bukan cimol 😄
Cotton fleece 280 gsm, dalam berbulu halus
Sablon plastisol, awet dicuci
Size chart lengkap, bisa tukar ukuran 7 hari
Harga 175rb, bundling 2 hoodie 320rb
""")

R("post", "legal_new_local_contrast", "1010", """
Pedagang pasar juga bisa beralih! 💪
Namaku Bu Ros, dulu 11 tahun jualan monza di Pasar Sambu. Setelah razia dan barang makin susah, aku coba jual baju baru dari konveksi-konveksi kecil di Medan dan Tebing Tinggi.
Awalnya pelanggan protes, "mahal kali, Bu". Tapi lama-lama mereka ngerti: ukuran pas, nggak bau, nggak perlu dicuci berkali-kali. Sekarang omzet hampir sama kayak dulu.
Yang mau mampir, lapakku masih di tempat yang sama, cuma isinya beda: kemeja kerja baru mulai 65 ribu, celana kain 80 ribu, semua produksi Sumut.
Horas, mari dukung konveksi kampung kita!
Buat kawan-kawan pedagang yang mau coba, aku bisa kenalkan ke konveksi langganan. Nggak usah takut mulai kecil, aku dulu juga cuma ambil tiga kodi. Yang penting jujur sama pembeli.
""")

R("listing", "legal_new_local_contrast", "1010", """
Seragam sekolah SD-SMA — baru, jahitan penjahit lokal Pekalongan
Kemeja putih, celana/rok merah, biru, abu
Semua ukuran tersedia, bisa jahit custom
Bukan barang rombengan atau sisa bal ya bun, dijamin baru
Harga mulai 55rb
Toko Seragam Bu Endang, Pasar Grosir Setono
""")

R("post", "legal_new_local_contrast", "1010", """
Jawaban buat pertanyaan paling sering: "Ini barang impor ya, Kak?" 🤔
Bukan. Sweater rajut kami memang terinspirasi gaya Korea, tapi semuanya BARU dan diproduksi di Bandung. Kami tidak jual barang bal, karungan, atau sortiran dari luar negeri.
Bedanya sama barang karungan:
1. Kami punya stok ulang untuk model yang sama
2. Warna dan ukuran konsisten
3. Ada garansi kalau jahitan lepas
4. Kami bayar pajak dan penjahit kami digaji UMR 😊
Terima kasih buat yang sudah dukung brand lokal!
Koleksi musim ini: sweater cable knit, cardigan crop, dan vest rajut. Warna earth tone dan pastel. Harga mulai 149rb. Pengiriman dari Bandung setiap hari kerja, dan untuk pembelian di atas 300rb gratis ongkir ke seluruh Jawa.
""")

R("comment", "legal_new_local_contrast", "1010", """
Kak, aku reseller dari toko ini udah 2 tahun, mau bantu jawab ya 🙋‍♀️
Barangnya baru semua, dikirim langsung dari konveksi di Tasik, masih dalam plastik per pcs dan ada hangtag. Nggak ada yang karungan. Aku juga pernah main ke tempat produksinya, ada sekitar 20 mesin jahit.
Jadi aman kak kalau mau jual lagi.
""")

R("listing", "legal_new_local_contrast", "1010", """
🧢 Topi Baseball Bordir — baru
Produksi Cibaduyut, kain twill, strap kulit sintetis
Bordir custom nama/logo min 12 pcs
Bukan barang second luar, bukan sortiran, bukan KW brand
Harga 38rb, lusinan 400rb
Kirim dari Bandung
""")

R("post", "legal_new_local_contrast", "1010", """
Beda kemeja flanel kami dengan flanel karungan 🔍
Banyak yang bandingin harga kemeja flanel kami (129rb) dengan flanel di pasar second yang 35rb. Wajar kok.
Tapi boleh kami jelaskan sedikit:
🧵 Kain flanel kami dipesan dari pabrik tekstil di Solo, tebal 180 gsm, disikat dua sisi
✂️ Dipotong dan dijahit di workshop kami di Kartasura, 7 orang penjahit tetap
🏷️ Baru, tidak pernah dipakai, ukuran lengkap dari S sampai 3XL
🚫 Bukan barang bal, bukan bekas, bukan hasil sortir
Kalau kamu cari flanel yang nyaman dipakai bertahun-tahun, kami siap. Kalau kamu cari yang murah banget, kami paham juga, nggak apa-apa 🙂
""")

R("message", "legal_new_local_contrast", "1010", """
Selamat pagi Bu, terima kasih sudah menghubungi Konveksi Mandiri Jaya 🙏
Menjawab pertanyaan Ibu: kami tidak menyediakan pakaian karungan atau bal, kami hanya memproduksi pakaian baru.
Untuk kebutuhan toko Ibu di Kupang, kami bisa buatkan kemeja dan kaos polos baru per kodi, harga mulai 650rb/kodi untuk kaos dan 1,1jt/kodi untuk kemeja. Pengiriman lewat kapal, sekitar 10 hari.
Kalau berkenan, kami kirimkan sampel dulu.
Kami juga bisa menyablon atau membordir nama toko Ibu di bagian dalam kerah tanpa biaya tambahan untuk pesanan di atas 10 kodi. Pembayaran bisa bertahap: 50% saat pemesanan, 50% sebelum pengiriman. Terima kasih, semoga bisa bekerja sama.
""")

R("listing", "legal_new_local_contrast", "1010", """
DRESS LINEN — BARU 🌿
Dijahit di Yogyakarta oleh penjahit rumahan binaan kami
Bahan linen rami, adem, cocok iklim tropis
Ukuran XS-XXL, panjang bisa request
Tidak menjual barang awul-awul atau second impor, semua produk baru
Harga 245rb, PO 5 hari kerja
""")

R("post", "legal_new_local_contrast", "1010", """
Ada yang bilang jaket kami "mirip jaket Jepang di Senen" 😂 Kami anggap pujian!
Tapi perlu diluruskan: jaket coach dan windbreaker kami semua BARU, dipola dan dijahit di Bogor. Bahan taslan dan parasut kami beli dari pemasok di Bandung.
Nggak ada satu pun yang dari bal atau barang bekas.
Kalau kamu suka gaya jaket vintage tapi mau barang baru dengan ukuran lengkap, cek koleksi "Pelabuhan" kami. Namanya memang pelabuhan, tapi barangnya nggak lewat pelabuhan mana pun, langsung dari Bogor ke rumahmu 🚚
Ukuran tersedia S sampai 3XL, dan semua model bisa di-restock. Kami juga kasih garansi jahitan 60 hari. Harga mulai 245rb, ada diskon 10% untuk pembelian pertama lewat website.
""")

# ---------- legal: thrift-style brands selling new clothes ----------
R("post", "legal_thrift_style_brand", "1010", """
THRIFT LOOK, BRAND NEW ✨
Koleksi "Pasar Loak" kami terinspirasi dari kemeja bowling dan kaos band tahun 90-an yang biasa kamu temuin di tumpukan thrift.
Bedanya: semua baru, diproduksi terbatas di Bandung, ukuran lengkap, dan nggak ada bau gudang 😆
Kemeja bowling rayon 189rb, kaos washed 129rb.
Restock nggak tiap minggu, jadi kalau suka langsung checkout.
#thriftstyle #brandlokal #vintagelook
FAQ: "Kak, ini bekas?" Bukan, semua baru. "Kak, ini dari bal?" Bukan, dari mesin jahit kami di Bandung 😄 "Kak, ukurannya lengkap?" Lengkap, S sampai XXL.
""")

R("profile", "legal_thrift_style_brand", "1010", """
VINTAGE VIBES, NEW THREADS 🧵
Brand lokal Jogja | bukan thrift, semua baru
Kaos washed • Kemeja rayon • Denim pudar
Dibuat terbatas, tiap batch 100 pcs
PO & ready stock | link di bawah
""")

R("post", "legal_thrift_style_brand", "1010", """
Buat kalian yang suka gaya thrift tapi males ngawul 😅
Kami bikin ulang model-model favorit dari era 80-90an: varsity jacket, crewneck kampus, kemeja flanel oversized. Semua BARU, dijahit di Cimahi.
Kelebihannya: kamu bisa pilih ukuran, warnanya seragam, dan kalau suka bisa beli lagi model yang sama buat kembaran sama pacar 💑
Drop pertama "Kampus Lama" hari Sabtu jam 12 siang.
""")

R("listing", "legal_thrift_style_brand", "1010", """
Kaos "Faded Band Tee" — BARU
Desain band fiktif ala 80an, efek pudar hasil pigment dye
Bahan cotton 24s
Size M-XXL
Harga 110rb
Bukan barang second, bukan dari bal, ini produksi kami sendiri di Surabaya
""")

R("post", "legal_thrift_style_brand", "1010", """
Pertanyaan minggu ini: "Kok namanya Toko Karung tapi barangnya baru?" 🤔
Haha, nama itu dari nenek kami yang dulu jualan beras per karung di Pasar Johar. Kami pakai sebagai penghormatan.
Isinya? Denim jacket, overshirt corduroy, dan celana work pant, semua BARU, gaya vintage, dijahit di Semarang. Nggak ada hubungannya sama karungan baju bekas.
Semoga nggak bingung lagi ya 🙏
""")

R("listing", "legal_thrift_style_brand", "1010", """
🎽 Jersey Retro Replika (baru)
Model jersey klub lokal tahun 90-an, dibuat ulang dengan bahan dry-fit
Bukan jersey bekas, bukan dari karung, semua baru dengan label brand kami
Size S-3XL, bisa nama punggung
Harga 165rb
""")

R("post", "legal_thrift_style_brand", "1010", """
Kami sering disangka toko thrift, dan jujur kami nggak keberatan 😄
Konsep kami memang "new vintage": kemeja dengan kerah lebar, celana pleated, cardigan dengan kancing kayu. Semua kami desain dari nol, potong kain di studio kami di Depok, dan jahit bareng 9 penjahit ibu-ibu sekitar.
Yang membedakan kami dengan thrift shop:
• Barangnya baru, belum pernah dipakai siapa pun
• Ukuran lengkap dan bisa restock
• Kami tahu persis asal usul setiap benang
Kalau kamu cinta gaya vintage tapi pengen yang baru, welcome home 🏡
Koleksi terbaru kami, "Arsip Ayah", terinspirasi dari kemeja kerja tahun 80-an. Harga mulai 219rb. Tersedia di website dan di toko kecil kami di Jalan Margonda.
""")

R("listing", "legal_thrift_style_brand", "1010", """
Celana Jeans "Senen Fit" (nama aja, bukan dari Senen 😆)
Baru, denim 13,5 oz, potongan straight ala 90-an
Efek pudar di paha, hasil washing
Size 27-36
Harga 279rb
Produksi Bandung, garansi jahitan 30 hari
""")

R("post", "legal_thrift_style_brand", "1010", """
Hari ini kami launching "Koleksi Gudang" 📦
Foto-fotonya memang kami ambil di gudang tua di Kota Lama Semarang biar dapat suasana vintage.
Tapi tenang, isinya bukan barang gudang atau bal 😂 semua kemeja dan outer di koleksi ini BARU, dijahit di workshop kami, dengan kain tenun ATBM dari Troso.
Harga mulai 225rb. Rilis jam 19.00, stok terbatas 150 pcs.
""")

R("profile", "legal_thrift_style_brand", "1010", """
Loakan Baru 🏷️
Gaya loak, barang baru
Kaos, kemeja, outer — desain sendiri, jahit di Malang
Bukan thrift, bukan second
Pengiriman tiap hari kerja
Restock tiap tanggal 1 & 15
DM untuk PO warna custom
""")

R("post", "legal_thrift_style_brand", "1010", """
Behind the scene: gimana kami bikin kaos yang kelihatan "kayak hasil thrifting" 👀
1. Desain grafis kami bikin sendiri, sengaja dibuat agak retak
2. Kaos dicelup pigment dye, lalu dicuci dengan batu apung
3. Sablon pakai tinta water-based biar cepat "pudar" secara alami
4. Dicuci sekali lagi biar lembut
Hasilnya: kaos BARU yang rasanya kayak udah kamu pakai 10 tahun.
Nggak ada kaos bekas, nggak ada bal, cuma proses. Semua di Bandung.
Proses ini butuh waktu lebih lama dari kaos biasa, makanya harganya 139rb. Tapi kamu dapat kaos yang belum pernah dipakai siapa pun, dengan ukuran yang konsisten dari S sampai XXL.
""")

R("listing", "legal_thrift_style_brand", "1010", """
Cardigan rajut "Nenek Chic" 🧶 — baru
Model oversized, kancing kayu, motif argyle
Dirajut di Binong Jati, Bandung
Tampilan kayak temuan thrift, tapi barang baru & bersih
All size fit to L
Harga 159rb
""")

# ---------- legal: preloved from the seller's own wardrobe, bought locally ----------
R("listing", "legal_own_preloved_local", "1110", """
Preloved pribadi, beli sendiri di Grand Indonesia 🛍️
Blazer Zara warna krem, size S
Dipakai 3x buat interview dan wisuda adik
Kondisi 95%, nggak ada noda, sudah dry clean
Harga 220rb (beli 799rb)
Alasan jual: udah nggak muat 🥲
COD Jakarta Selatan atau kirim
""")

R("post", "legal_own_preloved_local", "1110", """
Lemari cleaning! 🧹 Jual baju-baju pribadiku
Semua ini punyaku sendiri, dibeli di mal-mal di Surabaya (Tunjungan Plaza, Pakuwon, Galaxy), bukan barang kulakan atau barang karungan.
1. Dress Uniqlo linen, M, 2x pakai — 120rb
2. Kemeja H&M oversize, L — 80rb
3. Rok plisket Cotton On, S — 60rb
4. Sneakers Vans Old Skool, 38, pemakaian 6 bulan — 250rb
Foto asli, kondisi real. Bisa cek nota untuk beberapa barang.
Prioritas yang ambil banyak 🙏
Pengiriman dari Surabaya tiap Senin dan Kamis, atau COD di sekitar Gubeng. Barang yang belum laku sampai akhir bulan akan aku donasikan ke panti asuhan dekat rumah.
""")

R("listing", "legal_own_preloved_local", "1110", """
Jual jaket kulit preloved milik suami
Beli di Pasar Baru Bandung, toko kulit Garut, tahun 2021
Ukuran XL, warna coklat tua
Dipakai sesekali buat touring, kondisi masih bagus, lapisan dalam utuh
Harga 650rb nego
Alasan jual: suami udah ganti jaket touring baru
""")

R("post", "legal_own_preloved_local", "1110", """
Preloved kebaya wisuda 👘
Ini kebaya yang aku jahit di penjahit langganan di Yogya buat wisuda S1, bahan brokat dari toko kain di Malioboro.
Cuma dipakai sekali, setelah itu disimpan rapi di plastik.
Ukuran lingkar dada 88cm, panjang 95cm
Harga 350rb (ongkos jahitnya dulu 750rb)
Bonus kain jarik batik yang aku pakai bareng kebaya ini.
""")

R("listing", "legal_own_preloved_local", "1110", """
SEPATU LARI PRELOVED (punya sendiri)
Nike Pegasus 39, size 42
Beli di Nike store Senayan City, Januari lalu
Dipakai ±150 km, sol masih tebal
Harga 550rb, ada box dan nota
Jual karena ternyata kaki aku lebih cocok sama sepatu yang lebih lebar
""")

R("post", "legal_own_preloved_local", "1110", """
Garage sale keluarga minggu ini 🏠
Kami mau pindah ke Balikpapan, jadi banyak baju yang nggak kebawa. Semua barang milik keluarga kami sendiri, dibeli di Makassar (MaRI, Panakkukang, Trans Studio Mall) dan toko-toko di Somba Opu.
Ada baju anak ukuran 2-8 tahun, kemeja kerja papa, dress mama, sepatu sekolah.
Harga 10rb-75rb, semua bisa ditawar.
Sabtu-Minggu jam 8 pagi-4 sore, di rumah kami Perumahan Bumi Tamalanrea Permai.
Selain baju, ada juga mainan anak, buku cerita, dan beberapa perabot dapur. Yang datang pagi biasanya dapat barang terbaik. Kalau hujan, garage sale tetap jalan di teras. Sampai ketemu, tetangga dan kawan-kawan!
""")

R("listing", "legal_own_preloved_local", "1110", """
Preloved Tas Charles & Keith (ori)
Beli sendiri di C&K Pakuwon Mall, 2023
Warna hitam, model sling bag
Pemakaian wajar, ada lecet halus di sudut (lihat foto 4)
Harga 350rb, dust bag ada
Jual karena mau beli tas kerja yang lebih besar
""")

R("comment", "legal_own_preloved_local", "1110", """
Kak, barang-barang di akun aku itu semua bekas pakai aku sendiri dan adik ya, belinya dulu di Transmart sama Matahari di Pekanbaru. Aku bukan reseller dan bukan jual barang karungan. Cuma lagi beres-beres karena adik mau kuliah ke Jawa.
Kalau kakak mau, aku bisa kirim foto label dan foto pas dipakai dulu.
""")

R("listing", "legal_own_preloved_local", "1110", """
Jual seragam kerja bekas (punya sendiri)
5 kemeja putih lengan panjang merk Executive, size M
Beli di Executive store Ciputra World, dipakai setahun
Kondisi: kerah masih putih, 1 kancing pernah diganti
Harga 200rb dapat semua
Cocok buat fresh graduate yang butuh kemeja kerja
""")

R("post", "legal_own_preloved_local", "1110", """
Preloved gamis & hijab punyaku 🌸
Sebagian besar dibeli di Pasar Tanah Abang dan toko Zoya di Bekasi, beberapa hadiah lebaran dari saudara.
Kondisi rata-rata 90%, ada yang baru dipakai sekali buat kondangan.
Gamis 75-150rb, hijab 25rb, bundling 3 gamis 350rb.
Ini barang pribadi ya, bukan stok toko, jadi jumlahnya terbatas dan ukurannya cuma L.
""")

R("listing", "legal_own_preloved_local", "1110", """
Baju bayi preloved (bekas anak sendiri)
Isi 30 pcs: jumper, kaos dalam, celana, topi
Umur 0-6 bulan, merk Carter's & Mothercare, beli di mal di Semarang + kado teman
Kondisi bersih, sudah dicuci pakai deterjen bayi
Harga 300rb semua, tidak dijual satuan
COD sekitar Banyumanik
""")

R("post", "legal_own_preloved_local", "1110", """
Dulu aku kerja di butik di Medan, sering beli baju sendiri pake diskon karyawan. Sekarang udah resign dan ngurus anak, lemari penuh baju kerja yang nggak kepake 😅
Jadi aku jual preloved pribadi:
• Blouse kantor, 5 pcs, 60rb/pcs
• Celana bahan, 3 pcs, 70rb/pcs
• Blazer, 2 pcs, 150rb/pcs
Semua beli di Sun Plaza & Centre Point, bukan monza ya kak 😁 ada beberapa yang masih ada tag.
COD Medan Baru / kirim JNE.
Ukuran semua M atau 38, karena itu ukuranku sebelum hamil 🤭 Foto asli dan minus ditulis di tiap foto. Yang ambil 5 item ke atas aku kasih bonus tas kain.
""")

R("listing", "legal_own_preloved_local", "1110", """
Preloved jaket gunung Eiger (punya sendiri)
Beli di Eiger store Bandung, 2022
Size L, warna hijau army
Dipakai 4x naik gunung (Papandayan, Prau, Merbabu, Sindoro)
Waterproof masih oke, resleting lancar
Harga 400rb
""")

R("post", "legal_own_preloved_local", "1110", """
Thread jual baju pribadi ⬇️
Aku mahasiswa tingkat akhir, butuh dana buat biaya sidang 😭 jadi aku jual sebagian isi lemari.
Semua baju ini aku beli sendiri di Malioboro Mall, Ambarrukmo Plaza, dan toko-toko distro di Jogja. Nggak ada yang dari awul-awul, nggak ada barang kulakan.
Kaos distro 40rb, kemeja 55rb, jaket denim 120rb.
Yang di Jogja bisa COD di kampus UGM atau UNY.
Makasih yang udah bantu RT 🙏
Ukuran rata-rata M, tinggi aku 160. Kalau ada yang mau tanya detail boleh DM, aku bales setelah jam kuliah. Makasih juga buat teman-teman yang udah bantu share thread ini 🥹
""")

R("listing", "legal_own_preloved_local", "1110", """
Dijual: gaun pengantin bekas pakai sendiri
Dijahit di butik di Denpasar, 2022
Bahan satin + lace, warna ivory
Ukuran lingkar dada 84, pinggang 68
Sudah di-laundry khusus gaun
Harga 2,5jt (biaya jahit 8jt)
Bisa fitting di rumah kami di Renon
""")
