# Batch 2: comment chains and articles (blog paragraphs, short news). Hand-written.
# (kind, category, offer, used, clothing, abroad, text)
RECORDS = [
("comment", "seller_reply", 1, 1, 1, 1, """@dinda.rsy: kak jaket fleece yg abu2 di foto ke-4 masih ada? size berapa?
@lapakthrift_kopo: ready kak 🙏 size L, ex Jepang mulus, 75rb aja. cek wa ya kak 0896xxxx, aku kirimin video detailnya
@dinda.rsy: oke kak otw chat
@lapakthrift_kopo: siap, bal baru juga dibuka malem ini, nanti aku broadcast 🔥"""),

("comment", "seller_post", 1, 1, 1, 1, """Yg panik sama berita razia tenang aja, kami masih buka kok 😁
Bal Jepang baru masuk Senin kemarin, isinya kemeja kerja sama outer, harga tetap 35–80rb.
Cek IG @senen.sortiran, katalog update tiap malam, bisa COD stasiun Senen."""),

("comment", "stall_promo", 1, 1, 1, 1, """Wah mirip banget sama yg aku jual 😆 yang nyari kemeja hawaii begini mampir aja ke lapakku di Pasar Tungging Denpasar, sebelah tukang canang.
Tiap Rabu buka karung baru dari Australia, barang pantai semua, kemeja, celana pendek, topi.
Harga lokal kok bli, bukan harga turis 🤙"""),

("comment", "bale_wholesale", 1, 1, 1, 1, """Rizal_H: gan, karung korea grade S brp sekarang? buat modal buka lapak di kampung
Gudang Barokah: grade S 2,8jt/karung 45kg gan, grade A 2,1jt. kirim dari Batam via kapal ke Tanjung Priok, aman
Rizal_H: bisa campur jaket gak?
Gudang Barokah: bisa, ada sortiran khusus jaket, japri aja nanti saya kirim daftar harganya 👍"""),

("comment", "regional_code_word", 1, 1, 1, 1, """@rahma_dly: kak ini beli di mana? cantik kali tas nya 😍
@monja.sambu: kak kami jual juga monja tas kulit gini, stok baru dari Tanjungbalai, masih banyak warna
@monja.sambu: cek highlight "TAS" ya kak, kirim ke seluruh Indonesia, harga mulai 85 ribu"""),

("comment", "regional_code_word", 1, 1, 1, 1, """Pak Darmin: rombengan yg di simpang pulai masih buka dak?
Toko Rombeng Berkah: masih pak, barang baru datang dari Dumai kemarin, sekarung kami bongkar pagi ini. celano jin, kemeja, jaket tebal banyak.
Toko Rombeng Berkah: datang bae sebelum zuhur, siang dikit sudah diaduk urang 😅"""),

# ---- legal comments ----
("comment", "hn_opinion", 0, 1, 1, 1, """@ardi_wibowo: yg beli balpres juga harusnya didenda, biar jera
@nabila.kurnia: lah pembeli mah korban iklan bang, yg salah importirnya
@ardi_wibowo: korban apaan, tiap minggu ke Senen kok korban 😂
@nabila.kurnia: ya gimana, baju lokal yg bagus mahal, yg murah cepet rusak. kasih alternatif dulu baru denda"""),

("comment", "hn_joke", 0, 1, 1, 1, """@kevinn: bro kaos thrift lo ada tulisan jepangnya, artinya apa?
@rendy.ay: katanya "tim softball ibu-ibu Nagoya 2003" wkwkwk
@kevinn: mantap, sekarang lo resmi jadi ibu-ibu softball 🥎
@rendy.ay: gapapa yg penting adem dan 25rb 🙏"""),

("comment", "hn_question", 0, 1, 1, 1, """Lina Marlina: ibu-ibu ada yang tau awul-awul di Solo sekarang pindah ke mana? yang deket Gladak sudah gak ada
Sri Wahyuni: coba ke Pasar Klewer sisi timur bu, kemarin masih ada satu dua lapak karungan
Lina Marlina: matur nuwun bu, buat cari jaket anak yang mau study tour ke Dieng 🙏
Sri Wahyuni: sami-sami, jangan lupa direndam dulu ya bu"""),

("comment", "hn_hygiene_tips", 0, 1, 1, 1, """@dr.yunita: sebagai dokter kulit saya sering dapat pasien gatal setelah pakai baju bal yg belum dicuci. Jamur dan tungau itu nyata ya.
@ghazali_r: dok kalau udah direndam air panas aman?
@dr.yunita: sebagian besar aman, ditambah jemur terik dan setrika. Tapi pakaian dalam bekas impor tolong jangan dibeli sama sekali.
@ghazali_r: siap dok, dicatat 📝"""),

("comment", "hn_joke", 0, 1, 1, 1, """@anakrantau: td temen dr Makassar ngajak "beli cakar" kirain beli ceker ayam, ternyata baju 😭
@daeng_ical: hahaha di sini cakar memang baju bekas, kalau mau ceker bilang "kaki ayam" mi
@anakrantau: pantesan dia bingung pas aku tanya pedes apa enggak
@daeng_ical: 🤣 kasian"""),

("comment", "hn_trader_story", 0, 1, 1, 1, """Saya pedagang awul di Klaten, mau nambahi mas. Sejak 2023 stok karung makin susah, dulu 1 karung 3 juta sekarang bisa 5 juta lebih, isinya banyak yg rusak.
Pembeli juga turun separuh. Teman2 sebagian sudah ganti jualan baju baru dari Tanah Abang.
Saya masih bertahan karena sudah 15 tahun, tapi gak tau sampai kapan."""),

("comment", "hn_report", 0, 1, 1, 1, """Min @kemendag, ini akun terang-terangan posting "OPEN BAL KOREA, READY 200 KARUNG, KIRIM SELURUH INDONESIA" tiap hari, screenshot di bawah 👇
Katanya dilarang tapi iklannya jalan terus.
Mohon ditindak, kasihan konveksi kecil kayak tempat saya kerja."""),

("comment", "hn_question", 0, 1, 1, 0, """@tania_pt: aku mau jual baju-baju lamaku sendiri di marketplace, itu ikut dilarang gak sih? takut kena take down
@hukumsantai: yg dilarang itu impor pakaian bekas kak. baju milik sendiri yg dibeli di sini dan dijual lagi beda urusannya
@tania_pt: oh gitu, makasih kak, lega 😮‍💨"""),

("comment", "hn_complaint", 0, 1, 1, 1, """Hati2 guys, kemarin aku beli selimut dari karungan di pinggir jalan, pas dibuka ada kutu kecil loncat2 😭
Langsung aku bungkus plastik, jemur 2 hari, rendam air mendidih.
Adekku udah kegigit duluan di kaki. Sekarang semua barang second wajib karantina dulu di teras."""),

("comment", "hn_buyer_story", 0, 1, 1, 1, """Kita dulu tiap pulang sekolah pasti singgah di Pasar 45 cari RB, baju karungan dari luar 😄
Mama bilang "ngana so pake baju orang laeng" mar kita nyanda peduli, yang penting gaya.
Skarang so jarang lia dang, kata orang so susah barang maso dari Bitung."""),

("comment", "hn_opinion", 0, 1, 1, 1, """Ulun kada setuju jua amun sampai disita bakar, kasihan pedagang halus di Pasar Sudimampir nang jual baju lelong.
Tapi ulun paham jua pemerintah bubuhan konveksi lokal handak hidup.
Harusnya dibari waktu gasan pedagang baganti dagangan, jangan langsung dirazia."""),

("comment", "hn_swap_donation", 0, 1, 1, 0, """@kirana.ws: kak aku ada kemeja oversize 2, polos putih & biru, size L, bekas pakaiku sendiri. mau tuker sama kulotnya?
@oktaviaa: mauu kak! ketemu di Taman Bungkul sabtu sore ya
@kirana.ws: deal, aku bawa tas kain biar ga pake plastik 🌱"""),

("comment", "hn_opinion", 0, 1, 1, 1, """Jujur aku Gen Z dan setuju sama OP. Dulu aku tiap gajian checkout 5-7 baju thrift dari live tiktok, akhirnya lemari penuh baju yg cuma dipake sekali.
Sekarang stop, capek juga.
Tapi aku tetep suka ke Gedebage sesekali buat nyari satu jaket yg bener2 aku perluin, bukan lapar mata."""),

("comment", "hn_swap_donation", 0, 1, 1, 0, """Baju-baju almarhum ayah kemarin sudah kami serahkan ke panti asuhan di Cibiru, alhamdulillah diterima.
Kemeja batik dan sarungnya masih bagus, semoga bermanfaat.
Buat yang mau donasi juga, mereka terima baju layak pakai, tinggal hubungi pengurusnya dulu."""),

("comment", "hn_other_goods_used", 0, 1, 0, 1, """@bayu.t: HP second ex Jepang di Batam aman gak sih? kok murah bgt
@teknisi_ari: banyak yang bagus bang, tapi cek IMEI dulu, takut keblokir. aku pernah servis yg layarnya rekondisi
@bayu.t: noted, berarti jangan yang kemurahan ya"""),

("comment", "hn_buyer_story", 0, 1, 1, 1, """Di Nunukan dulu orang lebih kenal baju Tawau daripada baju Tanah Abang 😂
Tiap kapal masuk, keluarga kami pasti nunggu karung-karung itu dibongkar di pasar.
Sekarang aku tinggal di Jakarta, dan baru ngerti kalau itu ternyata urusan panjang soal izin impor."""),

# ---- articles ----
("article", "stall_promo", 1, 1, 1, 1, """Kenapa Harus Belanja di Lawas Kita?
Sejak 2019 Lawas Kita membuka satu bal Korea setiap Jumat sore di toko kami, Jl. Kaliurang km 7.
Setiap potong kami sortir tangan, cuci ulang, dan setrika sebelum dipajang, jadi kalian tinggal pakai.
Harga mulai 25 ribu, member dapat diskon 10%. Yang di luar Jogja bisa belanja lewat katalog online kami setiap malam Sabtu."""),

("article", "hn_news_media", 0, 1, 1, 1, """Petugas Bea Cukai Batam menggagalkan pengiriman 340 karung pakaian bekas dari Malaysia yang disembunyikan di balik muatan kayu lapis di sebuah kapal kayu, Kamis dini hari.
Dua awak kapal diamankan, sementara pemilik barang masih dicari.
Menurut petugas, karung-karung itu rencananya dibawa ke Tanjungbalai Karimun sebelum diteruskan ke Sumatera Utara.
Barang bukti akan dimusnahkan setelah proses hukum selesai."""),

("article", "hn_news_media", 0, 1, 1, 1, """Pedagang pakaian bekas di Pasar Senen mengaku omzet mereka merosot setelah pengawasan diperketat.
"Biasanya Sabtu-Minggu bisa habis dua bal, sekarang satu bal belum tentu habis seminggu," kata Harun (52), yang berdagang sejak 1998.
Ia menyebut pasokan dari gudang makin jarang dan harga per bal melonjak.
Sebagian pedagang mulai menyelipkan pakaian baru produksi lokal di antara dagangan lama mereka."""),

("article", "hn_news_media", 0, 1, 1, 1, """Aparat gabungan di PLBN Entikong kembali menemukan belasan karung pakaian bekas yang dimuat di truk sayur dari Sarawak.
Sopir mengaku hanya diupah mengantar ke Sanggau dan tidak tahu isi muatannya.
Kepala pos menyebut modus penyelundupan "baju lelong" lewat jalur darat masih terus berganti.
Seluruh karung kini diamankan di gudang sita."""),

("article", "hn_news_media", 0, 1, 1, 1, """Kata "awul-awul" berasal dari bahasa Jawa yang kurang lebih berarti mengacak atau mengaduk.
Nama itu melekat karena pembeli memang harus membongkar gunungan pakaian untuk menemukan yang cocok.
Di Jogja, awul-awul identik dengan pasar malam Sekaten; di Medan orang menyebutnya monza, di Makassar cakar, di Kalimantan lelong.
Namanya berbeda-beda, tapi ceritanya sama: pakaian bekas dari luar negeri yang masuk dalam karung dan dijual murah di pasar rakyat.
Tulisan ini mencoba melacak bagaimana istilah-istilah itu lahir dan bertahan di tengah larangan."""),

("article", "hn_opinion", 0, 1, 1, 1, """Dalam kuliah Ekonomi Industri minggu lalu, mahasiswa saya berdebat soal balpres.
Satu kelompok menunjukkan data bahwa industri tekstil dan garmen kecil kehilangan pasar karena harga pakaian bekas impor jauh di bawah ongkos produksi.
Kelompok lain mengingatkan bahwa konsumen awul-awul umumnya berpenghasilan rendah dan tidak punya pilihan pakaian baru yang terjangkau.
Keduanya benar. Kebijakan yang baik semestinya menutup keran penyelundupan sambil menyiapkan alternatif, bukan hanya memusnahkan barang sitaan di depan kamera."""),

("article", "hn_buyer_story", 0, 1, 1, 1, """Kalau kau besar di Medan, kau pasti paham bahasa monza.
Sabtu pagi ke Pajak Melati, pulang bawa jaket kulit yang entah dulunya punya orang Korea atau Jepang, lalu pamer ke kawan-kawan di kedai kopi.
Aku sendiri pertama kali ke sana waktu SMA, dibawa abang sepupu, dan terkejut melihat tumpukan sepatu boots setinggi dada.
Sekarang, setelah bertahun-tahun tinggal di Jakarta, aku masih merasa monza itu bagian dari identitas kota kelahiranku."""),

("article", "hn_news_media", 0, 1, 1, 1, """Kementerian Perdagangan memusnahkan ratusan balpres pakaian bekas impor hasil pengawasan di sejumlah gudang di Jawa Barat.
Pemusnahan dilakukan dengan cara dicacah dan dibakar di fasilitas pengolahan limbah.
Pemerintah menegaskan impor pakaian bekas dilarang berdasarkan Permendag 18/2021 yang telah diubah dengan Permendag 40/2022.
Para pemilik gudang dikenai sanksi penutupan tempat usaha."""),

("article", "hn_news_media", 0, 1, 1, 1, """Tim patroli laut mencegat speedboat tanpa nama di perairan Tanjungbalai Asahan yang membawa sekitar 200 bal pakaian bekas asal Port Klang.
Nakhoda melompat ke laut dan berhasil kabur, sementara kapal beserta muatannya digiring ke dermaga.
Menurut warga pesisir, pengangkutan serupa masih sering terjadi menjelang hari besar keagamaan."""),

("article", "hn_hygiene_tips", 0, 1, 1, 0, """Saya sudah hampir sepuluh tahun membeli pakaian bekas, dan satu hal yang saya pelajari: jangan pernah percaya pada kata "sudah dicuci".
Rutinitas saya sederhana. Semua pakaian masuk ember air panas bercampur deterjen selama semalam, lalu dibilas dua kali, dijemur terik, dan disetrika.
Jaket tebal saya bawa ke laundry kiloan dengan pesan khusus.
Hasilnya, belum pernah sekali pun saya gatal-gatal sejak menerapkan aturan ini."""),

("article", "hn_news_media", 0, 1, 1, 1, """Asosiasi pengusaha konveksi di Majalaya menyambut baik penindakan terhadap gudang pakaian bekas impor.
Ketua asosiasi menyebut puluhan unit usaha anggota berhenti berproduksi dalam lima tahun terakhir karena kalah bersaing dengan barang bal yang dijual per kilo.
Mereka meminta pemerintah juga membantu pemasaran produk lokal, agar pembeli yang selama ini berburu thrift punya pilihan pakaian baru dengan harga terjangkau."""),

("article", "hn_local_upcycling", 0, 1, 1, 0, """Di sebuah garasi sempit di Bekasi, Rara (27) mengubah kemeja-kemeja lama sumbangan tetangga menjadi jaket patchwork warna-warni.
Ia menolak memakai pakaian dari karungan impor. "Bahan saya dari sekitar rumah saja, dari lemari orang-orang yang saya kenal," ujarnya.
Setiap jaket dikerjakan tiga hari dan kini sudah dipesan pelanggan dari berbagai kota."""),

("article", "hn_other_goods_used", 0, 1, 0, 1, """Penjualan ponsel bekas eks Jepang dan Singapura di Batam kembali ramai menjelang libur sekolah.
Pedagang di kawasan Nagoya menyebut banyak wisatawan dari Jawa yang sengaja datang untuk membeli ponsel seken dengan harga miring.
Namun dinas terkait mengingatkan pembeli untuk memeriksa registrasi IMEI agar ponsel tidak terblokir."""),

("article", "hn_majun", 0, 1, 0, 0, """Usaha majun di Pekalongan tetap bertahan di tengah lesunya industri tekstil.
Para pengrajin mengumpulkan sisa potongan kain dan kaus bekas dari warga sekitar, lalu mengolahnya menjadi lap industri untuk bengkel dan pabrik.
Satu kilogram majun dijual ke pengepul sekitar Rp7.000, cukup untuk menopang ekonomi puluhan keluarga."""),

("article", "hn_new_local_or_reject", 0, 0, 1, 0, """Toko-toko yang menjual pakaian sisa ekspor di Bandung mulai dilirik anak muda yang sebelumnya gemar thrifting.
Barang yang dijual merupakan produk pabrik garmen lokal yang gagal kirim atau kelebihan produksi, masih baru dan berlabel.
Pemilik toko mengaku penjualan naik sejak pakaian bekas impor makin sulit didapat."""),

("article", "hn_trader_story", 0, 1, 1, 1, """Tugas akhir saya tentang pedagang cakar di Makassar, dan wawancara pertama saya lakukan di Pasar Sentral.
Daeng Baso, 58 tahun, menceritakan bagaimana dulu ia mengambil karung dari kapal Pare-Pare, kini barang harus dipesan jauh hari dan kadang tidak datang.
Ia tidak mau difoto. "Nanti dikira saya penyelundup," katanya sambil tertawa, tapi matanya tidak ikut tertawa.
Dari sembilan pedagang yang saya temui, enam berencana beralih jualan pakaian baru tahun depan."""),

("article", "hn_news_media", 0, 1, 1, 1, """Kantor Bea Cukai Nunukan mencatat peningkatan upaya penyelundupan pakaian bekas dari Tawau melalui jalur laut tradisional.
Sepanjang semester pertama, petugas menyita lebih dari 1.000 koli pakaian bekas dan ratusan pasang sepatu bekas.
Sebagian besar barang ditemukan di perahu kecil yang berlayar pada malam hari."""),

("article", "hn_opinion", 0, 1, 1, 1, """Thrifting kerap dipuji sebagai jalan menuju mode berkelanjutan. Namun, berkelanjutan bagi siapa?
Ketika negara kaya mengirim berkarung-karung pakaian bekas ke pelabuhan kita, sebagian besar yang tak laku berakhir di tempat pembuangan.
Kita menanggung sampahnya, mereka menikmati lemari yang lega.
Sebelum membanggakan hasil ngawul di media sosial, barangkali perlu bertanya: dari mana pakaian ini datang, dan ke mana sisanya pergi?"""),

("article", "hn_charity_sale", 0, 1, 1, 0, """Bazar amal yang digelar paguyuban ibu-ibu Kelurahan Sukamaju pekan lalu berhasil mengumpulkan Rp12 juta untuk renovasi musala.
Barang yang dijual berupa pakaian, tas, dan sepatu bekas sumbangan warga, dengan harga mulai Rp5.000.
Panitia berencana menggelar kegiatan serupa setiap tahun."""),
]
