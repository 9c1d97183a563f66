# Hand-written legal long-form texts, families 4-6.
DATA = r"""
@@ 1110 L C4
[PRELOVED] Kemeja Linen Cream – Milik Pribadi – Size L
Dibeli sendiri di Zara Paris Van Java Bandung tahun 2022 (struk masih ada), dipakai kurang lebih 5 kali untuk kerja. Kondisi 90%: tidak ada noda, kancing lengkap, hanya sedikit kusut karena linen.
Lebar dada 56 cm, panjang 74 cm.
Harga 95rb, nego tipis. Bisa COD area Dago atau kirim.
Disclaimer: ini baju bekas pribadi yang dibeli di Indonesia, BUKAN thrift impor, bukan dari bal/karung. Aku jual karena mau pindah ke Surabaya dan lemari penuh.
@@ 1110 P C4
Declutter lemari edisi pindahan 📦
Semua barang di bawah ini milikku sendiri, dibeli di mal dan toko online resmi di Jakarta, bukan barang ex Korea atau ex Jepang dari karung ya:
1. Blazer hitam (Cotton Ink) – size M – 120rb
2. Celana kulot linen (Uniqlo Grand Indonesia) – size L – 90rb
3. Dress batik (Danar Hadi) – size M – 150rb
4. Cardigan rajut (The Executive) – all size – 70rb
5. Sepatu flat (Everbest) – 38 – 80rb
Semua sudah dicuci dan disetrika. Ambil di Tebet atau kirim via instan. Yang serius DM dengan nomor item ya 🙏
@@ 1110 L C4
Didol: jaket jeans bekas pribadi, tuku dhewe neng toko Jalan Malioboro taun 2021, dienggo kuliah rong taun. Kondisine isih apik, resleting lancar, ora ono sing suwek.
Ukuran L, dowo 68 cm, dodo 58 cm. Regane 85rb, iso nego sithik.
Iki dudu barang awul-awul impor, dudu barang seko bal. Klambi bekasku dhewe, tak dol merga wis ora muat. COD Jogja kota wae, ning ngarep UGM utawa Jalan Kaliurang.
@@ 1110 L C4
Dijual gamis bekas pribadi, warna navy, bahan wolfis, size L.
Meser nyalira di Pasar Baru Bandung taun kamari, dianggo nembe tilu kali kanggo kondangan. Kaayaanna masih sae pisan, teu aya noda, teu aya nu soek.
Harga 90rb, ongkir ditanggung pameser. Tiasa COD di Cimahi.
Punten, ieu sanes barang impor, sanes barang bal. Ieu baju abdi nyalira anu dipeser di Bandung.
@@ 1110 L C4
Jua baju kuruang basulam bakeh ambo surang, warna maroon, ukuran L.
Ambo bali di Pasa Raya Padang tigo tahun nan lalu, dipakai wakatu baralek sanak, kiro-kiro ampek kali. Kondisi masih rancak, sulamannyo utuah, indak ado nan cabiak.
Harago 120rb, bisa nego saketek. Bisa COD di Padang atau dikirim.
Iko bukan barang impor, bukan barang karuang. Baju bakeh ambo surang nan dibali di kampuang awak.
@@ 1110 L C4
Dijual celana jeans bekas pribadi, ukuran 32, warna biru tua.
Hutuhor sandiri di Pajak Pringgan Medan tahun 2020, jahitan lokal, dipakai ke kantor sampai badanku gemuk 😅. Kondisi 85%, resleting dan kancing aman.
Harga 60rb, bisa jumpa di Jalan Iskandar Muda atau kirim JNE.
Ingot ya lae: on ndang barang monza, ndang sian karung. Celana punyaku sendiri, beli di Medan. Horas!
@@ 1110 P C4
Waju bekas pribadi ubbaluki, iyanaritu kemeja lengan panjang 3 lembar, ukuran M.
Ubelli ri Mall Panakkukang Makassar siagang ri Pasar Sentral, napake ri kantoro'. Kondisina madeceng manengi.
Harga 100rb ri ma'ga'na 3 lembar. Bisa COD di Jalan Pettarani.
Catatan dalam bahasa Indonesia: ini baju bekas pribadi saya, dibeli di Makassar, bukan cakar, bukan barang karung dari luar negeri. Dijual karena sudah kekecilan.
@@ 1110 P C4
Selling some of my preloved clothes before moving abroad 🌏
All items were bought new in Jakarta (Plaza Indonesia, Senayan City, and official online stores) and worn by me. None of these are imported thrift or from bales, just my own wardrobe.
- Linen shirt dress, size S – 150k
- Wide-leg trousers, size M – 110k
- Knit vest, free size – 80k
- Leather loafers, EU 38 – 200k
Pickup in Kuningan or GoSend. Payment via transfer. DM me the item name, first come first served.
@@ 1110 L C4
Lungsuran seragam sekolah, masih layak pakai:
- 3 stel seragam SD merah putih ukuran 8-10, 30rb/stel
- 2 stel seragam batik sekolah, 25rb/stel
- 1 stel pramuka ukuran 10, 35rb
- Sepatu hitam no. 33, 40rb
Semua bekas anak saya, dibeli di koperasi sekolah dan toko seragam di Depok. Sudah dicuci bersih. Ambil di Sawangan ya bu, atau kirim ongkir sendiri.
@@ 1110 P C4
Garage sale keluarga kami Sabtu-Minggu ini 🏠
Lokasi: Perumahan Harapan Indah, Bekasi, blok C.
Isi: pakaian bekas keluarga (ayah, ibu, 3 anak), sepatu, tas sekolah, mainan, dan buku. Semua barang milik kami sendiri yang dibeli di toko-toko di Bekasi dan Jakarta selama 10 tahun terakhir.
Harga pakaian 10rb-50rb, sepatu 30rb-75rb.
Kami tidak menjual barang thrift impor atau karungan. Hasil penjualan sebagian untuk biaya pindahan ke Lampung. Datang langsung ya, tidak melayani kirim.
@@ 1110 L C4
PRELOVED – Kebaya Modern Pengantin – Sekali Pakai
Kebaya brokat putih dengan payet, dijahit khusus di penjahit langganan di Solo untuk akad saya bulan Maret. Dipakai sekali, sudah dry clean.
Ukuran LD 92, panjang 65, lengan 58. Bonus kain jarik batik tulis.
Harga 450rb (biaya jahit dulu 1,6jt).
Barang pribadi, asli buatan lokal. Bisa dilihat langsung di Laweyan atau dikirim dengan asuransi.
@@ 1110 P C4
Barang bekas adik saya yang baru lulus kuliah dan pindah kerja ke Jakarta. Semua dibeli di Kupang (Ramayana, Lippo Plaza, dan toko-toko di Oeba). Kondisi layak pakai.
- Kemeja 4 potong, 20rb/pcs
- Celana kain 2 potong, 30rb/pcs
- Jaket parasut 1, 50rb
Bukan rombengan ya kaka, ini barang pribadi. Ambil di Oebobo, dekat gereja. Beta bisa antar kalau masih di kota.
@@ 1110 P C4
Preloved hijab & gamis, katong pung barang sandiri 🌸
Beta beli di Ambon City Center dan toko online resmi, pake untuk kerja dan ibadah. Sekarang mau ganti model, jadi jual murah:
Pashmina 5 lembar 25rb/lembar, gamis 2 potong 75rb/potong, mukena 1 set 60rb.
Bukan baju karung dari kapal, bukan barang Korea bekas. Ambil di Batu Merah atau antar area kota. Mari jua!
@@ 1110 L C4
Preloved sepatu futsal anak, ukuran 43, warna hitam-hijau.
Dibeli baru di toko olahraga Duta Mall Banjarmasin, dipakai satu musim latihan SSB. Sol masih tebal, tidak ada lem lepas.
Harga 150rb. Bisa ketemuan di Jalan A. Yani km 3.
Bukan barang tungging, ini sepatu anak ulun sendiri, langsung tukar karena kakinya tumbuh cepat.
@@ 1110 P C4
Kosongin lemari suami sebelum Lebaran 😆
10 kaos polos dan kaos kerah, 3 kemeja kantor, 2 celana chino. Semua dibeli di Sun Plaza dan Centre Point Medan, merk lokal dan ritel besar. Masih bagus, beberapa jarang dipakai.
Paket kaos 10 pcs 100rb, kemeja 25rb/pcs, celana 40rb/pcs.
Bukan monza ya kak, kami tidak ambil dari pajak. Ini baju abang sendiri. COD daerah Setiabudi.
@@ 1110 L C4
Dijual jaket gunung bekas pribadi, merk lokal Bandung, ukuran L, warna merah.
Dibeli baru di toko outdoor di Malang tahun 2019, dipakai naik Semeru, Arjuno, dan Rinjani. Lapisan waterproof masih oke, resleting YKK lancar, ada sedikit bekas jahitan perbaikan di siku.
Harga 250rb, nego di tempat. Bisa lihat di Dinoyo.
Barang pribadi, bukan second impor.
@@ 1110 L C4
Nyuwun sewu, sadean rasukan bekas kula piyambak:
Batik lengan panjang 3 iji, tumbas wonten Pasar Klewer lan Solo Square, dipun agem kangge kondangan. Kahananipun taksih sae, mboten wonten ingkang sobek.
Reginipun 50rb setunggal, menawi mendhet tiga 135rb.
Menika sanes barang impor, sanes barang awul-awul. Saged dipunpendhet wonten Banjarsari, Solo.
@@ 1110 P C4
Preloved gaun wisuda + heels, milik pribadi 🎓
Gaun dijahit di penjahit di Manado pakai kain brokat dari toko kain lokal, dipakai sekali untuk wisuda Unsrat. Heels dibeli di mal Manado Town Square.
Gaun size M: 200rb. Heels size 38: 120rb. Paket 300rb.
Ini bukan barang cakar atau barang kapal dari luar, murni punya sendiri. Ambil di Tikala atau kirim ke seluruh Sulut.
@@ 1110 L C4
Jual sepatu pantofel kulit bekas pribadi, ukuran 42.
Dibeli di Palembang Icon tahun lalu untuk interview kerja, dipakai kurang dari 10 kali. Kulit masih mengkilap setelah disemir, sol karet tidak aus.
Harga 130rb, bisa COD Jakabaring.
Bukan "seken impor", ini barang lokal pribadi.
@@ 1110 M C4
Halo kak, makasih udah tanya soal jersey Persib-nya. Itu jersey bekas pribadi aku, beli di store resmi di Bandung tahun 2023, ada hologram dan hangtag yang aku simpan. Dipakai nonton di stadion 3 kali, dicuci pakai tangan. Size XL, harga 150rb, bisa kirim ke Garut atau COD Bandung. Bukan jersey bekas dari bal luar, ini ori lokal dan punyaku sendiri ya kak.
Kalau jadi, kabari alamatnya ya 🙏
@@ 1110 P C4
Tas ransel bekas kuliah + 2 kemeja flanel bekas pribadi.
Ransel beli di Gramedia Samarinda, flanel beli di Big Mall Samarinda. Kondisi masih bagus, ransel sudah dicuci.
Ransel 80rb, flanel 40rb/pcs.
Bukan barang Tawau ya, ini punya sendiri. Ketemuan di kampus Gunung Kelua.
@@ 1110 P C5
📣 BAZAR AMAL SMA NEGERI 3 – "Lemari Berbagi"
Sabtu, 14 September, 08.00-13.00 di lapangan basket sekolah.
Barang yang dijual: pakaian bekas layak pakai, sepatu, tas, dan buku yang DISUMBANGKAN oleh alumni, guru, dan orang tua siswa. Semua barang sudah disortir dan dicuci oleh panitia OSIS.
Harga 5rb-25rb per potong. 100% hasil bazar untuk beasiswa siswa kurang mampu.
Catatan panitia: kami tidak menerima atau menjual pakaian dari bal/karung impor. Donatur mohon menyumbangkan pakaian milik sendiri.
Info: Bu Ratna (wali kelas XI IPS 2), WA 0812xxxx.
@@ 1110 P C5
Warta Jemaat – Minggu, 6 Oktober
Komisi Diakonia mengadakan "Thrift Amal Jemaat" setelah ibadah kedua di aula gereja. Pakaian yang dijual adalah donasi jemaat: kemeja, dress, pakaian anak, jas, dan sepatu. Semuanya barang pribadi jemaat yang sudah dicuci dan disetrika oleh ibu-ibu Komisi Wanita.
Harga 10rb-30rb. Hasil penjualan untuk biaya sekolah anak-anak asuh di Sumba dan Alor.
Pakaian yang tidak laku akan disalurkan ke panti jompo. Jemaat yang masih ingin menyumbang dapat menyerahkan ke kantor gereja sampai Kamis.
@@ 0110 P C5
Open Donasi Pakaian Layak Pakai untuk Korban Banjir Demak 🙏
Kami mahasiswa KKN menerima:
- pakaian dewasa & anak (layak pakai, bersih, tidak robek)
- pakaian dalam BARU (tidak menerima pakaian dalam bekas)
- selimut, sarung, mukena
Drop point: Masjid Al-Ikhlas Tembalang, tiap hari 16.00-21.00, sampai 20 Maret.
Mohon tidak menyumbangkan karungan pakaian dari pasar yang tidak jelas asal dan kebersihannya. Pakaian akan kami sortir dan kemas per keluarga sebelum dikirim.
Narahubung: Dimas (0857xxxx).
@@ 1110 P C5
SWAP PARTY vol. 5 – Komunitas Tukar Baju Bandung ♻️
Minggu, 20 Juli, 10.00-14.00, Taman Cibeunying.
Caranya: bawa maksimal 5 pakaian bekasmu sendiri (bersih, layak, tidak rusak), tukar dengan kupon, lalu pilih pakaian lain sebanyak kupon yang kamu punya. Tidak ada jual beli, tidak ada uang.
Kami menolak barang bawaan yang jelas-jelas stok jualan (misalnya satu karung kaos yang sama atau barang bal). Tujuan kami mengurangi sampah tekstil, bukan jadi pasar.
Sisa pakaian yang tidak tertukar akan didonasikan ke bank sampah dan komunitas daur ulang tekstil di Cigondewah.
@@ 1110 P C5
Bazar Ramadhan Masjid Raya – Pakaian Layak Pakai Donasi Jamaah
Tanggal: 10-12 Ramadhan, ba'da Ashar sampai menjelang berbuka.
Lokasi: Selasar timur masjid.
Harga: 5rb per potong, 3 potong 10rb. Anak yatim dan dhuafa yang terdaftar di UPZ boleh mengambil gratis.
Semua pakaian adalah sedekah jamaah sekitar masjid, sudah dicuci panitia remaja masjid. Hasil bazar masuk kas santunan anak yatim.
Kami tidak menerima titipan jualan pedagang.
@@ 1110 C C5
Bun, ada yang mau baju bekas anak gratis? 👶
Punya dua anakku, umur 2 sampai 5 tahun, ada kurang lebih 40 potong: kaos, celana, piyama, dress, jaket tipis. Semuanya dulu beli di Sleman City Hall, Mirota, dan online shop lokal. Masih bagus, udah aku cuci dan lipat.
Prioritas buat yang benar-benar butuh ya, ambil sendiri di Jalan Magelang km 9. Bukan jualan, gratis, nggak usah ganti ongkos apa-apa 🤍
@@ 0110 P C5
PENGUMUMAN RW 05 KELURAHAN CEMPAKA
Sehubungan dengan musibah kebakaran di RT 03 yang menghanguskan 7 rumah, pengurus RW membuka pengumpulan:
1. Pakaian bekas layak pakai (dewasa dan anak)
2. Perlengkapan sekolah
3. Peralatan dapur
4. Sembako
Penyerahan di pos RW sampai Jumat pukul 20.00. Mohon pakaian dalam kondisi bersih dan dilipat. Pakaian yang tidak layak akan dikembalikan atau diolah menjadi kain lap.
Terima kasih atas kepedulian warga.
@@ 1110 P C5
LELANG AMAL 🔨 Jersey bekas pakai pemain PSM musim lalu
Seluruh jersey adalah donasi pribadi para pemain dan official, lengkap tanda tangan. Ini jersey match-worn yang dipakai di Stadion Gelora BJ Habibie, bukan jersey bekas impor.
Open bid mulai 500rb, kelipatan 50rb. Lelang ditutup Minggu 21.00 WITA.
Hasil lelang 100% disalurkan untuk korban banjir di Luwu melalui posko relawan suporter.
Bid di kolom komentar dengan format: nomor jersey – nominal.
@@ 1110 P C5
Komunitas Tukar Baju Jogja edisi 12 🌿
Tempat: Pendopo kampung di Prawirotaman, Minggu sore.
Bawa baju bekas layakmu, dapat token, tukar dengan baju lain. Gratis.
Bedanya sama awul-awul: di sini semua baju adalah baju pribadi peserta, bukan dagangan dari karung impor, dan tidak ada yang dijual. Kami juga sediakan jasa jahit gratis untuk permak kecil dari relawan penjahit kampung.
Sisa baju akan diolah jadi tas oleh ibu-ibu binaan.
@@ 1110 P C5
Bazar Natal Paroki Santo Fransiskus Xaverius Ambon 🎄
Sabtu, 14 Desember, di halaman aula paroki, jam 9 pagi sampai habis.
Barang: pakaian bekas layak pakai sumbangan umat (kemeja, gaun, pakaian anak, sepatu), juga kue-kue buatan ibu-ibu WKRI.
Harga pakaian 3 helai 20rb. Semua hasil untuk bantuan Natal keluarga kurang mampu di stasi-stasi pulau.
Catatan: umat mohon tidak menitipkan barang dagangan atau pakaian dari karung kapal. Yang kami terima hanya barang pribadi yang layak.
@@ 0110 P C5
Posko Relawan Palu – Kebutuhan Mendesak
Kami masih membutuhkan selimut, sarung, pakaian anak, dan pakaian dewasa ukuran besar. Mohon dipastikan pakaian:
- bersih (sudah dicuci),
- tidak robek,
- tidak berbau apek,
- bukan karungan dari pasar loak yang belum disortir.
Pengalaman kami, banyak kiriman karung pakaian yang akhirnya terbuang karena lembab dan berjamur. Lebih baik sedikit tapi layak.
Kirim ke Posko Jalan Juanda atau via ekspedisi gratis program kemanusiaan.
@@ 1110 P C5
OSIS SMP Negeri 1 Bukittinggi mempersembahkan: BAZAR PAKAIAN LAYAK PAKAI
Hari/tanggal: Jumat, 8 November, setelah salat Jumat.
Barang: pakaian bekas sumbangan siswa dan guru, buku pelajaran bekas, tas sekolah.
Harga mulai 3rb. Hasil untuk pembangunan tempat wudhu masjid sekolah.
Kami mengajak siswa menyumbang pakaian milik sendiri yang masih bagus. Barang dagangan dari pasar atau dari karung tidak diterima panitia.
@@ 1110 P C5
Bazar "Baju Layak Pakai" Gereja HKBP Resort
Minggu depan setelah kebaktian, di halaman gereja.
Horas jemaat! Naposo Bulung mengumpulkan pakaian bekas pribadi dari jemaat selama sebulan, sudah dicuci dan disortir.
Harga 5rb/pcs, jas dan kebaya 20rb. Hasil untuk kegiatan sekolah minggu dan bantuan studi.
Ini bukan jualan monza ya, semua barang sumbangan jemaat sendiri.
@@ 1110 P C5
♻️ THRIFT FOR CHARITY – UKM Mapala
Kami menjual jaket, kaos, dan celana outdoor bekas milik anggota dan alumni Mapala. Semua barang lokal yang dulu dipakai untuk kegiatan pendakian, sudah dicuci dan dicek resletingnya.
Harga 15rb-75rb. Semua hasil untuk membeli 2.000 bibit mangrove yang akan ditanam di pesisir Demak.
Stand di depan sekretariat UKM, Senin-Rabu 10.00-15.00. Catatan: kami memakai kata "thrift" dalam arti hemat dan pakai ulang, bukan thrift impor.
@@ 1110 P C5
GIVEAWAY 1 kardus baju bekas layak pakai 📦
Isinya baju wanita size M-L (kemeja, blouse, rok, celana), kurang lebih 25 potong. Semua punyaku dan kakakku, beli di Pekanbaru dan Padang.
Syarat: warga Pekanbaru, bisa ambil sendiri di Panam, comment "mau" + alasan singkat. Pemenang aku pilih Jumat malam.
Gratis, bukan jualan, bukan barang Pasar Kodim 😊
@@ 1110 P C5
Bazar Paskah GMIT Jemaat Kota Kupang
Tanggal: Sabtu sebelum Paskah, 08.00-12.00.
Barang: pakaian bekas layak pakai donasi jemaat, peralatan rumah tangga, dan tanaman hias.
Harga pakaian 10rb-25rb. Hasil untuk diakonia jemaat, khususnya bantuan biaya pengobatan lansia.
Panitia hanya menerima barang pribadi jemaat. Barang rombengan dari perbatasan atau dari kapal tidak kami terima untuk dijual.
Pengantaran donasi: kantor majelis, Senin-Jumat.
@@ 1110 P C5
Charity sale ibu-ibu PKK Komplek Griya Asri 🌼
Pakaian bekas warga komplek (sudah disortir dan dicuci), mainan anak, dan peralatan dapur.
Hari Minggu di balai warga, jam 7-11 pagi.
Harga pakaian 10rb, dua potong 15rb.
Hasil untuk pemberian makanan tambahan balita di posyandu.
@@ 0110 P C5
Program "Sedekah Baju" Yayasan Pelita Kapuas – Periode Juli-September
Kami mengumpulkan pakaian bekas layak pakai untuk dibagikan kepada keluarga di desa-desa pedalaman Kapuas Hulu yang aksesnya hanya lewat sungai. Setiap paket berisi 5-7 potong sesuai ukuran anggota keluarga.
Yang kami butuhkan: pakaian anak usia sekolah, celana panjang dewasa, jaket tipis, dan sarung. Mohon sertakan catatan ukuran di kantong plastik.
Yang tidak kami terima: pakaian robek, pakaian dalam bekas, dan karung pakaian dari pedagang yang tidak jelas asalnya. Beberapa waktu lalu kami menerima kiriman karung bertuliskan label luar negeri yang ternyata stok lelong sisa lapak; barang itu tidak kami salurkan dan kami kembalikan.
Titik kumpul: sekretariat yayasan di Jalan Ahmad Yani Pontianak, Senin-Sabtu 09.00-16.00. Relawan sortir sangat kami butuhkan setiap Sabtu pagi.
@@ 1110 P C5
Garage Sale Amal Kantor – "Satu Lemari, Satu Harapan" 💛
Karyawan lantai 7 dan 8 menyumbangkan pakaian kerja bekas, sepatu, tas, dan aksesori milik pribadi. Barang sudah dicek panitia, dicuci, dan diberi label harga.
Tanggal: Kamis-Jumat minggu depan, jam istirahat siang, di lobi gedung.
Harga: kemeja dan blouse 15rb, blazer 35rb, sepatu 25rb-50rb, tas 20rb-60rb.
100% hasil penjualan disumbangkan ke rumah singgah pasien kanker anak di Jakarta Pusat.
Panitia mengingatkan: jangan menitipkan barang dagangan pribadi atau barang thrift impor. Ini bazar amal barang milik sendiri. Sisa barang yang tidak terjual akan kami donasikan ke komunitas tukar baju.
@@ 1110 P C5
Bazar Wakaf Pakaian Pesantren Darul Falah 🕌
Santri dan wali santri mewakafkan pakaian bekas layak pakai: baju koko, sarung, gamis, mukena, dan seragam. Semua dicuci oleh santri putri di bawah bimbingan ustadzah.
Waktu: Ahad pagi, 07.00-11.00, di halaman pondok.
Harga: 5rb-15rb per potong; santri yatim boleh mengambil gratis dengan kupon dari pengurus.
Hasil bazar untuk pembelian kitab dan perbaikan asrama.
Pengurus hanya menerima wakaf barang pribadi. Titipan jualan pedagang pasar, termasuk barang awul-awul, tidak diterima.
@@ 1110 P C5
Lemari Swap Ibu Menyusui – Edisi Baju Hamil & Menyusui 🤱
Sabtu pagi di Taman Suropati, Menteng (dekat air mancur), 08.00-10.00.
Bawa baju hamil atau baju menyusui bekasmu yang sudah tidak terpakai, tukar dengan ukuran lain. Tidak ada transaksi uang.
Bonus: ada konselor laktasi relawan yang bisa ditanya gratis, dan pojok tukar baju bayi.
Semua pakaian adalah milik peserta, dibeli di Indonesia, sudah dicuci. Panitia akan menolak barang yang kotor atau kelihatan seperti stok jualan.
Sisa pakaian disumbangkan ke puskesmas kecamatan untuk ibu-ibu yang membutuhkan.
@@ 0111 A C6
Pedagang Pakaian Bekas di Pasar Senen Mengeluh Harga Bal Melonjak
JAKARTA – Sejumlah pedagang pakaian bekas impor di Blok III Pasar Senen, Jakarta Pusat, mengaku kesulitan stok setelah pengawasan di pelabuhan diperketat. Harga satu bal, yang biasanya berkisar Rp5 juta hingga Rp6 juta, kini disebut mencapai Rp7 juta.
"Dulu dua minggu sekali ada kiriman. Sekarang sebulan lebih kosong, kami rebutan sisa bal," kata Wati (34), pedagang jaket, Rabu (12/11).
Menurut Wati, satu bal berisi 300 sampai 500 potong, tergantung jenis barang. Ia mengaku tidak bisa menaikkan harga eceran karena pembeli akan pergi. "Jaket tetap Rp80 ribu, kalau naik orang kabur," ujarnya.
Pemerintah menegaskan impor pakaian bekas dilarang berdasarkan Permendag Nomor 18 Tahun 2021 sebagaimana diubah dengan Permendag Nomor 40 Tahun 2022. Kementerian Perdagangan menyatakan akan mendorong pedagang beralih ke produk lokal melalui program pendampingan.
@@ 0111 A C6
Bea Cukai Gagalkan Penyelundupan 160 Karung Pakaian Bekas di Perairan Karimun
TANJUNG BALAI KARIMUN – Kapal patroli Bea Cukai menghentikan sebuah kapal kayu tanpa nama yang memuat 160 karung pakaian bekas di perairan sekitar Pulau Karimun, Kepulauan Riau. Kapal diduga berangkat dari Pasir Gudang, Johor, dengan tujuan pelabuhan rakyat di pesisir Riau.
Nakhoda dan tiga anak buah kapal diamankan untuk pemeriksaan. Dalam karung ditemukan label "A GRADE MIXED" dan "SUMMER LADIES", penanda yang biasa dipakai pemasok luar negeri untuk menggolongkan isi bal.
Pejabat Bea Cukai setempat menyebut modus ini kerap memanfaatkan malam hari dan cuaca buruk. Barang bukti akan dimusnahkan setelah proses hukum selesai. Pelaku dapat dijerat Undang-Undang Kepabeanan.
@@ 0111 A C6
OPINI | Thrifting, Gengsi, dan Industri Kita
Oleh: Ratih Kusumawardani, peneliti ekonomi tekstil
Fenomena "bongkar bal" di media sosial membuat pakaian bekas impor terlihat keren. Kreator membuka karung bertuliskan "Japan Grade A" dan menemukan jaket merek ternama seharga Rp50 ribu. Penonton senang, penjual untung.
Namun di balik itu ada rantai panjang: pakaian yang dibuang konsumen di Jepang, Korea, atau Amerika dikumpulkan, dipres menjadi bal 100 kilogram, dikapalkan ke Malaysia atau Singapura, lalu diselundupkan ke Batam, Dumai, Tanjung Balai, atau lewat jalur Tawau-Nunukan. Setiap bal yang masuk berarti ratusan potong pakaian yang tidak dibeli dari konveksi di Majalaya, Solo, atau Pekalongan.
Larangan saja tidak cukup. Pemerintah perlu menyediakan skema alih usaha bagi pedagang di Gedebage, Senen, Pasar Terong, dan Pajak Melati, sekaligus membuat produk lokal lebih murah dan menarik. Tanpa itu, bal akan terus mencari jalan tikus baru.
@@ 0111 A C6
Ringkasan Penelitian: Profil Konsumen Pakaian Bekas Impor di Yogyakarta
Penelitian ini mewawancarai 210 pengunjung lapak awul-awul di area Sekaten dan beberapa toko di Jalan Kaliurang. Sebanyak 64% responden adalah mahasiswa, 22% pekerja muda, dan sisanya ibu rumah tangga.
Alasan utama membeli adalah harga (71%), merek terkenal (48%), dan model unik (39%). Sebagian besar responden tidak mengetahui bahwa pakaian yang mereka beli berasal dari bal impor yang dilarang.
Pedagang yang diwawancarai menyebut barang diambil dari pemasok di Padang dan Bandung, dengan harga bal Rp3,5 juta sampai Rp6 juta tergantung "grade" dan negara asal (Korea, Jepang, China).
Peneliti merekomendasikan edukasi konsumen dan insentif bagi usaha pakaian pakai ulang lokal, seperti swap dan penjualan preloved pribadi.
@@ 0111 A C6
Siaran Pers Kementerian Perdagangan
Kemendag bersama aparat penegak hukum memusnahkan 824 bal pakaian bekas asal impor senilai lebih dari Rp10 miliar di Karawang, Jawa Barat. Barang ditemukan di gudang milik pelaku usaha yang tidak memiliki izin.
Kemendag menegaskan bahwa pakaian bekas (pos tarif 6309) termasuk barang yang dilarang impor. Pedagang eceran diimbau tidak lagi membeli stok baru dari pemasok bal dan beralih ke produk dalam negeri.
Masyarakat dapat melaporkan dugaan peredaran pakaian bekas impor melalui layanan pengaduan konsumen. Kemendag juga bekerja sama dengan platform e-commerce untuk menurunkan listing yang menawarkan pakaian bekas impor.
@@ 0111 A C6
Nunukan – Di sepanjang Jalan Lingkar, lapak-lapak "ballpress" masih buka meski pemerintah mengumumkan larangan. Misna (51), pedagang sejak pertengahan 1990-an, mengaku mendapat barang dari rekannya yang membeli dari Tawau, Sabah.
"Saya tidak ambil sendiri, saya beli dari kawan di sini, satu karung dua juta lebih. Jual kemeja 30 ribu, jaket 100 ribu," katanya.
Kapolres setempat mengakui banyak jalan tikus di wilayah perbatasan yang sulit diawasi. Pemerintah daerah menyatakan sedang menyiapkan pelatihan bagi pedagang untuk beralih menjual produk lokal dan pakaian baru dari Jawa.
Warga perbatasan berharap ada kebijakan khusus. "Di sini barang dari Jawa mahal ongkosnya. Yang dari Malaysia lebih dekat," ujar seorang pembeli.
@@ 0111 A C6
Modus Baru: Joki Koper dari Singapura ke Batam
Polisi dan Bea Cukai di Batam mengungkap pola penyelundupan pakaian bekas yang memanfaatkan penumpang kapal feri. Anggota jaringan menunggu di terminal feri di Singapura dan menawarkan upah sekitar 10 dolar Singapura per tas kepada penumpang Indonesia yang tidak membawa bagasi.
Di dalam koper dan ransel ditemukan pakaian bekas yang dikemas seolah barang pribadi. Dalam dua hari operasi, petugas menyita puluhan koli dan belasan koper.
Petugas kini memperhatikan ciri-ciri bagasi tidak wajar, seperti berat berlebih dan roda koper yang rusak. Masyarakat diimbau tidak menerima titipan dari orang tak dikenal karena bisa ikut terjerat pidana kepabeanan.
@@ 0111 A C6
Pasar Terong dan Nasib Pedagang Cakar
MAKASSAR – Setiap Minggu pagi, lantai dua Pasar Terong biasanya riuh dengan teriakan "buka baru, buka baru!" tanda karung cakar baru dibuka. Kini suasananya lebih sepi.
"Karung dari Pare-Pare jarang datang. Kalau datang harganya sudah Rp4,5 juta, dulu Rp3 juta," kata Hasna (45), pedagang gaun bekas.
Cakar, singkatan dari "cap karung", adalah sebutan lokal untuk pakaian bekas impor yang datang dalam karung. Barang biasanya masuk melalui pelabuhan-pelabuhan kecil di pesisir Sulawesi Selatan.
Dinas Perdagangan Kota Makassar menyebut telah mendata ratusan lapak dan akan menawarkan pelatihan serta akses pinjaman bagi pedagang yang bersedia beralih.
@@ 0111 A C6
Dari Gedebage ke Seluruh Negeri: Jalur Distribusi Bal Pakaian Bekas
Penelusuran kami menunjukkan Pasar Cimol Gedebage di Bandung berperan sebagai simpul distribusi. Pedagang dari Jakarta, Balikpapan, hingga Makassar membeli bal di sini, baik langsung maupun melalui media sosial.
Seorang pedagang di Balikpapan mengaku memesan dari penjual di Bandung yang mengambil barang dari Batam. "Katanya asalnya Korea," ujarnya.
Harga bal bervariasi: bal campur China sekitar Rp3 juta, bal Korea "grade A" Rp5 juta sampai Rp5,5 juta, dan bal Jepang bisa lebih mahal. Satu bal berisi 400-500 potong, sementara "balan pendek" hanya sekitar 200 potong.
Aparat telah beberapa kali menggerebek gudang di Bandung dan Jakarta, namun pedagang menyebut pasokan selalu mencari jalur baru.
@@ 0111 A C6
Warga Pontianak dan Tradisi "Lelong"
Di Pontianak, pakaian bekas impor dari Malaysia dan Singapura dikenal sebagai barang lelong. Lapak-lapak di Jalan Prof. M. Yamin dan Pasar Flamboyan menjual kemeja Rp30 ribu sampai Rp55 ribu, juga seprai bekas.
"Sudah puluhan tahun jualan lelong," kata seorang pedagang yang enggan disebut namanya. Ia mengaku hanya menjual, sementara pasokan diurus "bos" yang mengambil barang lewat perbatasan Entikong.
Di Malaysia, perdagangan pakaian bekas yang disebut "bundle" atau "bundle lelong" legal. Di Indonesia, impor pakaian bekas dilarang. Perbedaan aturan ini membuat wilayah perbatasan Kalimantan Barat rawan penyelundupan.
@@ 0111 A C6
Catatan Redaksi: Mengapa Kami Tidak Menulis "Hidden Gems"
Beberapa pembaca bertanya mengapa liputan kami tentang Pasar Senen tidak menampilkan "temuan" jaket merek terkenal dari bal. Alasannya sederhana: pakaian itu masuk secara ilegal, dan menampilkannya sebagai gaya hidup keren sama dengan ikut mempromosikan.
Kami tetap akan meliput nasib pedagang, yang banyak di antaranya sudah berjualan puluhan tahun dan kini kehilangan pasokan. Kami juga akan meliput alternatif: pasar preloved lokal, komunitas tukar baju, dan konveksi kecil yang membuat pakaian bergaya vintage.
@@ 0111 A C6
Bea Cukai Tanjung Perak: Modus Dokumen Transit ke Timor Leste
SURABAYA – Pejabat Bea Cukai Tanjung Perak mengungkap bahwa sebagian pakaian bekas impor masuk ke Indonesia dengan memanfaatkan kapal yang dokumennya menyebut tujuan Timor Leste. Di tengah perjalanan, muatan dibelokkan ke Flores, Makassar, hingga Maluku.
Modus lama lainnya adalah penggunaan kapal pinisi yang menurunkan ballpress di pelabuhan-pelabuhan kecil. "Garis pantai kita sangat panjang, ini tantangan besar," kata seorang pejabat.
Dari titik-titik pendaratan itu, karung didistribusikan ke pasar-pasar di kawasan timur Indonesia, termasuk Ambon dan Kupang.
@@ 0111 A C6
Survei Kecil: Dari Mana Penjual Thrift Online Ambil Barang?
Kami mewawancarai 40 penjual "thrift" di Instagram dan TikTok. Sebanyak 26 mengaku mengambil barang dari bal yang dibeli di Gedebage atau Senen, 8 menjual preloved milik pribadi atau titipan teman, dan 6 menjual pakaian baru bergaya vintage dari konveksi lokal.
Banyak penjual tidak tahu bahwa status hukum ketiga jenis usaha itu berbeda: hanya pakaian bekas impor yang dilarang. "Saya kira selama bukan saya yang impor, aman," kata seorang penjual asal Depok.
Temuan ini menunjukkan perlunya edukasi yang jelas, termasuk oleh platform, agar penjual preloved lokal tidak ikut terkena takedown dan penjual bal tidak merasa aman.
@@ 0111 A C6
Pernyataan Pers Pemerintah Kabupaten Belu
Pemerintah Kabupaten Belu mengimbau masyarakat untuk tidak membeli dan memperjualbelikan pakaian bekas yang masuk dari Timor Leste melalui jalur tidak resmi di sekitar PLBN Motaain dan Motamasin.
Pakaian bekas, yang oleh masyarakat setempat sering disebut rombengan, dilarang diimpor. Selain melanggar aturan, pakaian yang disimpan lama dalam karung berisiko membawa jamur dan penyakit kulit.
Pemerintah daerah akan bekerja sama dengan aparat perbatasan dan menyiapkan bazar produk tekstil lokal, termasuk tenun ikat, bagi pedagang yang bersedia beralih.
@@ 0111 A C6
Banjarmasin: Pasar Tungging Tak Lagi Seperti Dulu
Dulu, Pasar Tungging di Jalan Belitung Darat dikenal sebagai tempat berburu pakaian bekas Korea, Jepang, dan China. Warga menyebut pembeli harus "menungging" untuk memilih pakaian yang ditumpuk di lantai.
Kini pasar itu lebih banyak menjual produk lokal baru. Beberapa pedagang pakaian bekas Korea berpindah ke pinggir jalan lingkar. "Kualitasnya bagus, orang masih cari," kata seorang pembeli.
Dinas terkait menyatakan akan terus melakukan pengawasan dan sosialisasi larangan impor pakaian bekas di Kalimantan Selatan.
@@ 0111 A C6
Tanya-Jawab dengan Ahli Hukum Perdagangan
T: Apakah pembeli pakaian bekas impor bisa dipidana?
J: Fokus aturan ada pada importir dan pelaku usaha yang memperdagangkan. Namun membeli dalam jumlah besar untuk dijual kembali berarti ikut memperdagangkan.
T: Bagaimana dengan penjual preloved?
J: Menjual pakaian bekas milik sendiri yang dibeli di dalam negeri tidak dilarang. Yang dilarang adalah pakaian bekas asal impor, termasuk bal dan karungan.
T: Bagaimana pedagang membuktikan asal barang?
J: Simpan nota pembelian lokal dan pastikan label produksi dalam negeri.
@@ 0111 P C6
Thread liputan kecil: aku ke Pasar Kodim Pekanbaru minggu lalu buat tugas jurnalistik kampus.
Pedagang jaket bilang stok dari Dumai makin jarang, harga bal naik hampir sejuta. Dia masih jual jaket bekas impor 80rb, kemeja 35rb.
Pedagang lain sudah mulai campur barang baru dari Bandung karena takut razia. Katanya "kalau razia datang, yang baru bisa diselamatkan".
Aku nggak beli apa-apa, cuma wawancara. Tulisan lengkap nanti aku upload di blog pers mahasiswa.
@@ 0111 A C6
Editorial: Sampah Tekstil Negara Kaya Bukan Rezeki Kita
Setiap bal yang dibuka di pasar kita adalah ujung dari rantai panjang pembuangan pakaian di negara maju. Yang bagus dijual mahal di sana, sisanya dipres dan dikirim ke negara berkembang. Dari 100 kilogram, tidak semuanya laku; sisanya menjadi sampah di tempat pembuangan kita.
Negara perlu konsisten: razia tidak boleh musiman, dan pedagang kecil harus dibantu beralih, bukan hanya dikejar.
@@ 0111 A C6
Papua: Pakaian Bekas dari Seberang Perbatasan
JAYAPURA – Di beberapa pasar dekat perbatasan Skouw, warga menemukan pakaian bekas yang disebut berasal dari Papua Nugini. Jumlahnya tidak sebesar di Batam atau Nunukan, namun aparat tetap melakukan pendataan.
Pedagang mengaku membeli per karung dari pelintas batas dengan harga jutaan rupiah. Dinas perindustrian dan perdagangan setempat mengingatkan bahwa pakaian bekas impor dilarang dan meminta pedagang menjual stok lokal.
@@ 0111 A C6
Ekonom: Larangan Impor Pakaian Bekas Perlu Diikuti Perbaikan Daya Saing
Larangan impor pakaian bekas dinilai tepat untuk melindungi industri tekstil dan produk tekstil (TPT) dalam negeri, namun tidak akan efektif tanpa pembenahan di hulu. Demikian disampaikan ekonom dari sebuah universitas di Surabaya dalam diskusi publik, Kamis.
Menurutnya, konsumen memilih pakaian bekas impor karena selisih harga yang besar. "Jaket merek luar dari bal bisa Rp75 ribu, sementara jaket baru lokal dengan kualitas serupa Rp250 ribu. Ini yang harus dijawab," katanya.
Ia menyarankan insentif bagi konveksi kecil di sentra seperti Majalaya, Cigondewah, dan Pekalongan, serta program pembiayaan bagi pedagang pasar seperti Gedebage dan Senen agar bisa beralih ke produk lokal.
Diskusi juga menyoroti peran platform digital. Peserta mendorong agar moderasi tidak hanya mengandalkan kata kunci, karena penjual kerap mengganti "bal" dengan ejaan lain, sementara penjual preloved pribadi justru sering ikut terkena penurunan listing.
@@ 0111 A C6
Polisi Ungkap Gudang Ballpress di Tanjung Balai Asahan
TANJUNG BALAI – Aparat kepolisian menggerebek sebuah gudang di kawasan pesisir Tanjung Balai, Sumatera Utara, yang diduga menjadi tempat transit pakaian bekas asal Malaysia. Di lokasi ditemukan sekitar 100 bal pakaian bekas yang siap dikirim ke Medan, Pekanbaru, dan Padang.
Menurut keterangan polisi, barang diangkut dengan kapal kayu dari Port Klang dan diturunkan di pelabuhan rakyat pada malam hari. Setiap bal dijual kepada pedagang seharga Rp4 juta hingga Rp5,5 juta.
Seorang pedagang monza di Medan yang dimintai tanggapan mengatakan harga di tingkat pengecer sudah naik. "Kami tidak tahu lagi ambil dari mana kalau gudang-gudang ditutup," ujarnya.
Polisi menyatakan akan menelusuri pemodal di balik gudang tersebut. Barang bukti diserahkan ke Bea Cukai untuk proses lebih lanjut.
"""
