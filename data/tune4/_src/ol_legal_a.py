# Hand-written legal one-liners, families 1-5.
DATA = r"""
# F1 complaints / reports (0111)
0111 C C1 @tokopedia tolong ditindak toko 'BalKorea_Mantul' masih jual ballpress Rp4,8jt per karung, padahal udah dilarang Permendag 40/2022
0111 P C1 Beli bal 'Jepang grade A' 100kg 6jt, pas dibongkar isinya kaos belel bolong semua. Kapok, udah lapor polisi. #penipuanbal
0111 C C1 Min @Kemendag, di Pasar Jodoh Batam tiap subuh masih ada lapak ballpres dari Singapura. Katanya dilarang?
0111 R C1 Bintang 1: pesan 'hoodie thrift ex Korea' 85rb, yg dateng bau apek & sobek. Jangan beli disini guys
0111 P C1 Tetangga sebelah tiap malam bongkar karungan cakar dari Pare-Pare, truk parkir ngalangin jalan. Lapor RT nggak ya?
0111 C C1 Saya laporkan akun tiktok @bongkarbal.medan yg live jual monza karungan, sudah saya report 3x tapi masih aktif
0111 P C1 Ditipu reseller bal: transfer DP 2jt utk 'bal Jepang super', nomor 0813xxxx langsung blokir. Hati2 ya kawan2 Makassar
0111 C C1 Kak @ShopeeID kenapa listing 'BAL KOREA CAMPUR 100KG' masih muncul di pencarian? Bukannya barang dilarang?
0111 R C1 Kecewa bgt, jaket 'vintage ex Jepang' 150rb ternyata resleting rusak, seller ngeles 'namanya jg barang lelong kak'
0111 P C1 Sudah kami laporkan ke Bea Cukai: gudang di Kampung Sawah nyimpan puluhan bal pakaian bekas asal Malaysia
0111 C C1 Tolong ditindak pak @DivHumas_Polri, grup FB 'Agen Ballpress Cimol Gedebage' tiap hari posting harga bal 5,5jt
0111 R C1 Beli kiloan awul-awul 'import Jepang' 50rb/kg di IG, pas nyampe campur baju robek. Uang ga balik 😤
0111 R C1 ulasan: seller bilang 'second ex Bangkok grade B', nyatanya noda semua. gak rekomen, udh lapor ke CS
0111 P C1 Aduan warga Nunukan: kapal kayu bongkar karung rombengan malam2 di dermaga, mohon aparat patroli
0111 C C1 @lazada_id ada penjual 'rombeng sg' jual per guni 3,2jt, ini pelanggaran kan? mohon ditakedown
0111 M C1 Pak Lurah, lapak 'cakar Korea' depan SD bikin macet tiap Minggu, katanya barangnya dari karung selundupan
0111 P C1 Gw kena scam 'bal Jepang 45kg' 3,9jt, yg dikirim karung isi gorden lapuk. Pelaku pakai nama toko ThriftBoss.id
0111 C C1 Buat yang nanya: iya, saya sudah lapor ke patrolisiber soal penjual bal bekas impor yg nipu 40 orang
0111 C C1 Min tolong cek akun @cakarmks_official, postingannya 'ready karung Korea 110kg' tiap hari. Saya report ya
0111 P C1 Lapor! Di Pajak Melati masih banyak monza ex Korea dijual per karung, Dinas Perdagangan Medan ke mana aja?
0111 R C1 Pengalaman pahit: order 'sepatu bekas impor Thailand' 5 pasang, 3 pasang sol lepas. Seller cuma bilang 'resiko'
0111 M C1 Report: video 'unboxing bal ex UK' di akun ini promosi supplier pakaian bekas impor, mohon ditinjau
0111 P C1 Tolong dibantu viralkan, supplier bal di Tanjung Balai tipu 12 reseller, total kerugian 70jt
0111 R C1 beli 'obral lelong spore' di Pontianak 3 helai 100rb, baru dicuci luntur semua. nyesel deh
0111 M C1 Bapak/Ibu admin grup, mohon keluarkan member yg jualan ballpres, grup ini khusus jual beli motor
0111 P C1 Udah 3 minggu paket 'karungan Jepang 25kg' nggak sampai, admin ngilang. Siapa lagi korbannya?
0111 R C1 Komplain: beli 'bundle' katanya 'ex Jepang bukan Cina', dapet 10 kaos jamuran. Jangan percaya caption hidden gems
0111 C C1 Mohon @kemendag cek marketplace, keyword 'b4l k0r3a' lolos filter, sellernya jual karungan 90kg
0111 C C1 Aku tuh udah report akun 'thrift.ambon' yg jual ball pakaian bekas Filipina, tp direject katanya tdk melanggar
0111 P C1 Warga Kp. Bulak keberatan: gudang ballpress ex Korea di gang kami bau menyengat, banyak tikus. Lapor Satpol PP
0111 R C1 Ngadu ah: seller 'awul2 jogja' ngaku bekas impor Jepang, kenyataannya bolong2 semua. Beda jauh sama foto
0111 C C1 Dear @tiktokshop_id, live 'buka bal Korea 1 karung 99rb/pcs' masih jalan jam 2 pagi. Tolong diawasi
0111 R C1 bintang 1. katanya 'grade A ex Jepang', dapet kemeja bolong ketiak. seller ga mau retur. jangan order di sini
0111 P C1 Sy korban penipuan bal di Kupang: DP 1,5jt utk 'rombengan Dili', barang tdk dikirim. Sudah lapor Polres
0111 M C1 Kak, sy mau lapor grup WA 'Reseller Bal Sulsel' yg tiap hari share harga cakar karungan 4,5jt. Kemana ya?
# F2 new clothes, thrift style (1010)
1010 L C2 KEMEJA FLANEL VINTAGE LOOK | BARU bukan bekas | made in Bandung | M-XXL 89rb
1010 L C2 Hoodie 'thrift style' washed oversize, produksi sendiri Bekasi, BUKAN impor bukan second. S-XL 135rb
1010 L C2 Jaket Varsity Ala Thrift Korea - NEW, jahitan konveksi Solo, size L/XL 175rb #localbrand
1010 P C2 PO batch 3 kaos faded 'bongkar bal vibes' 100% BARU, sablon Jogja, close 20 Mei. 95rb
1010 L C2 Celana cargo vintage wash NEW, stok pabrik Majalaya bukan bekas impor, size 28-36, 120rb
1010 P C2 Kaos oversize bleach 'cakar look' baru gress, bikin sendiri di Makassar, 75rb/pcs #cakarstyle
1010 C C2 Sweater rajut ala awul-awul tapi baru kok kak 😁 produksi rumahan Klaten, all size 85rb
1010 L C2 Jaket coach 'ex Japan look', brand lokal Bandung, BNWT, bukan thrift ya sist. M/L/XL 210rb
1010 L C2 Denim jacket distressed, 'thrift feel' tanpa bekas orang. Konveksi Tangerang, ready S-XL 199rb
1010 P C2 Kemeja hawaii motif retro BARU jahit Pekalongan, vibe lelong tapi fresh 65rb #pekalongan
1010 P C2 New Arrival: Vintage Sweatshirt Series, made in Bandung 🇮🇩, full size run S-XXL, 149rb, bukan preloved
1010 L C2 Rok plisket ala monza, produksi Medan sendiri, bahan baru, allsize 60rb, PO 7 hari
1010 L C2 Kaos band 'thrift aesthetic' NEW print DTF, bukan bootleg bekas, cetak di Surabaya 89rb
1010 L C2 Celana jeans 'Levi's vibes' washed vintage, jahit sendiri di Bekasi, size 27-34, BARU 159rb
1010 M C2 Ready hoodie 'bekas look' (padahal baru hehe) konveksi Sukoharjo, grosir 12 pcs 900rb
1010 L C2 Flanel 'bal Korea vibes' 100% baru, label kita sendiri, made in Cimahi, M/L/XL 99rb
1010 P C2 Windbreaker retro 90an NEW restock! bukan second, bukan impor. size M-XXL 179rb
1010 L C2 Kemeja corduroy vintage-inspired, jahitan Solo, BARU dlm plastik, 129rb, PO 10 hari kerja
1010 P C2 Jersey bola retro 'thrift style' reprint baru, produksi Bandung, S-XXL 110rb #jerseyretro
1010 L C2 Sepatu kanvas 'vintage wash' buatan Cibaduyut, baru dus, 39-44, 189rb bukan bekas impor
1010 L C2 Blazer oversize ala 'preloved Jepang' tapi baru dari konveksi Bogor, allsize fit XL, 165rb
1010 L C2 Tote bag kanvas sablon 'thrift shop club', baru, bikinan UMKM Malang, 35rb
1010 L C2 Set piyama motif vintage BARU, made in Tasik, bukan cakar ya kak, 79rb
1010 M C2 Kaos polos garment dyed 'faded like thrift' 24s, produksi Bandung, grosir lusinan 420rb
1010 L C2 Topi baseball distressed 'vintage look', baru, jahit Garut, 45rb, ready banyak warna
1010 P C2 PO Jaket Harrington retro, 100% baru, jahit Yogyakarta, DP 50%, size S-3XL 225rb
1010 L C2 Cardigan rajut 'nenek vintage' baru, mesin rajut Bandung, bukan bekas, 95rb free ongkir Jawa
1010 C C2 Celana kulot 'ala Pasar Senen' tapi baru dari konveksi Cipulir 😆 55rb, size M/L/XL
1010 L C2 Kemeja kotak2 'monza style' produksi Binjai, baru bersegel, 85rb. Horas! size L-XXL
1010 L C2 Dress bunga retro ala thrift Jepang, NEW, jahit Semarang, allsize LD 100, 120rb
1010 L C2 Sweater crewneck 'bale find' look, cotton fleece baru, made in Bandung, S-XL 139rb, bukan bekas
1010 P C2 Jaket kulit sintetis distressed NEW, konveksi Jogja, 'thrift vibes tanpa bau apek' 250rb
1010 P C2 Kaos 'hidden gems' edition, baru, sablon plastisol Bekasi, S-XXL 85rb, restock jumat
1010 L C2 Rompi rajut vintage BARU buatan ibu2 PKK Wonosobo, 70rb, bukan lelong bukan awul
1010 L C2 Celana chino 'second feel' washed, produk baru lokal Solo, 28-38, 115rb, cod bisa
# F3 new imported clothes, legal (1011)
1011 L C3 Ready stock hoodie import Korea NEW BNWT, ada nota pembelian Dongdaemun, 289rb
1011 P C3 Jastip Bangkok Pratunam: kaos & celana BARU, ada struk, close order Jumat, fee 20rb/pcs
1011 L C3 Sepatu lari impor resmi dari distributor, BNIB, garansi, PIB lengkap, 42-44, 1,1jt
1011 L C3 Blouse import China baru, grosir Tanah Abang Blok A, seri 4 warna 340rb
1011 L C3 Official store: kemeja flanel baru, asli impor Jepang, size S-XXL 399rb
1011 P C3 Jaket musim dingin baru impor Jepang via jastip Tokyo, tag masih nempel, 750rb
1011 L C3 Gamis impor Turki NEW, ada invoice & kwitansi bea masuk, allsize 450rb
1011 M C3 Kaos import Bangkok baru lusinan, beli langsung Platinum Mall, 12 pcs 540rb
1011 L C3 Sneakers buatan Vietnam baru, impor resmi, BNIB, size 40-45, 650rb
1011 P C3 Jastip Seoul: cardigan Korea BARU dari Goto Mall, bukan second, bisa titip sampai 10 Juni
1011 L C3 Dress pesta import Guangzhou NEW, plastik segel, ada resi forwarder & pajak, 185rb
1011 L C3 Jaket outdoor impor resmi brand Korea, BNWT, toko kami terdaftar NIB, 1,25jt
1011 L C3 Grosir baju bayi import China baru, per seri 6 pcs 150rb, bukan bal ya bun
1011 L C3 Hijab instan impor Malaysia baru, brand resmi, ready Pontianak, 85rb
1011 L C3 Kemeja linen import Thailand NEW, ada struk toko Chatuchak, 210rb
1011 L C3 BNWT jaket Jepang, dari outlet Osaka, lengkap tag & struk, size L, 620rb
1011 L C3 Setelan olahraga impor Korea baru dari distributor resmi Jakarta, M-XXL 320rb
1011 L C3 Sepatu boots impor Tiongkok baru, grosir min 6 pasang, ada faktur pajak, 210rb/psg
1011 C C3 Kaos kaki import Korea baru isi 5 pasang 45rb, bukan bekas lah kak masa kaos kaki bekas 😂
1011 P C3 Jastip Singapore: Bugis Street baju BARU, tag nempel, ongkir Batam-Jakarta 15rb/kg
1011 P C3 Import langsung Guangzhou, baju anak NEW, dokumen lengkap via PT importir terdaftar, reseller welcome
1011 L C3 Celana jeans import Jepang baru (bukan ex Jepang bekas), selvedge, BNWT, 1,4jt
1011 L C3 Tas import Korea baru full set, struk Myeongdong, 385rb
1011 L C3 Jaket bomber impor Bangkok baru, 1 seri 5 pcs 600rb, kiriman kargo resmi
1011 L C3 Kebaya modern import Malaysia baru, ada resit kedai KL, 275rb, Medan ready
1011 L C3 Mukena import Turki NEW, bahan silk, segel, 260rb, official reseller
1011 L C3 Sepatu bola impor Thailand baru dari distributor, 39-44, 480rb, ada garansi
1011 M C3 Kaos oblong import China NEW lusinan 300rb, kirim dari Surabaya, bukan barang karungan
1011 L C3 Bra & pakaian dalam import Jepang BARU segel, brand resmi, 120rb
1011 L C3 Dress korea import BNWT, gudang Jakarta Utara, pajak impor lunas, 165rb, bukan preloved
1011 P C3 Jastip Hong Kong: sweater baru dari Mong Kok, ada receipt, fee 10%
1011 L C3 Rok import Korea baru seri warna 3 pcs 210rb, sisa stok toko bukan bekas
1011 L C3 Jersey original impor Eropa BNWT, ada hologram & invoice, 1,1jt
1011 M C3 Syal & sarung tangan import China baru utk umroh, grosir 24 pcs 480rb
1011 L C3 Jaket parka impor Korea baru, tag harga won masih nempel, 890rb, ready Bekasi
# F4 own used clothes bought locally (1110)
1110 L C4 Preloved kemeja Executive punyaku, dibeli di mall Bandung, dipakai 2x, L, 80rb. Bukan barang impor ya
1110 P C4 Declutter lemari: 5 blouse bekas pribadi, semua beli di Matahari Surabaya, 150rb semua
1110 L C4 Jual jaket bekas pribadi, tuku dhewe neng Malioboro, dudu barang impor, isih apik, 75rb
1110 L C4 Preloved gamis, meser di Pasar Baru Bandung, sanes barang impor, dianggo 3 kali wungkul, 90rb
1110 L C4 Jua baju kuruang bakeh ambo surang, bali di Pasa Raya Padang, indak barang impor, 100rb
1110 L C4 Dijual celana bekas pribadi, hutuhor di Pajak Pringgan, ndang barang monza, 60rb, horas
1110 L C4 Ajjual waju bekas pribadi, ubelli ri Pasar Sentral Makassar, tania cakar, 70rb
1110 L C4 Preloved sneakers Ventela size 41, beli sendiri di official store, bukan bekas impor, 180rb
1110 P C4 Selling my preloved dress, bought locally at Grand Indonesia, worn once, not imported thrift, 250k
1110 L C4 Lungsuran anak: seragam SD bekas ukuran 8, masih layak, 30rb per stel, ambil di Depok
1110 P C4 Declutter! kaos konser bekas pribadi, beli di venue Jakarta, size M, 100rb. Bukan dari bal
1110 L C4 Baju bekas adik saya, beli di Ramayana Kupang, bukan rombengan, 3 potong 50rb, ambil di Oebobo
1110 L C4 Jual kebaya bekas nikahan sendiri, jahit di Solo, sekali pakai, 350rb
1110 C C4 Jaket jeans lokal bekas aku 70rb, beli di Blok M thn lalu, bukan thrift impor kok
1110 P C4 Jual murah baju2 bekas pribadi krn pindahan, semua beli di Pontianak Mall, bukan lelong, 20rb/pcs
1110 L C4 Preloved tas kulit lokal Garut punya sendiri, pemakaian 1 thn, 200rb. Asli lokal bukan impor
1110 L C4 Jual sepatu futsal bekas anak, beli di Sport Station Banjarmasin, 43, 150rb, bukan barang tungging
1110 L C4 Preloved mukena bekas pribadi, beli di Thamrin City, masih wangi, 60rb, bukan barang karungan
1110 P C4 Kosongin lemari: 10 kaos bekas suami, beli di mal Medan, 100rb semua. Bukan monza ya kak
1110 L C4 Preloved hijab pashmina punya sendiri, beli di Ambon City Center, 25rb/pcs, katong jual murah
1110 L C4 Jual baju bekas kantor sendiri, beli di Ramayana Kendari, 4 kemeja 120rb
1110 P C4 Garage sale di rumah: baju bekas keluarga sendiri, semua beli lokal, 10rb-50rb, Sabtu pagi Bekasi
1110 L C4 Preloved celana bahan bekas kerja, merk lokal, made in Indonesia, pinggang 32, 45rb
1110 L C4 Jual seragam pramuka bekas anak, beli di koperasi sekolah, ukuran 10, 40rb
1110 L C4 Baju bayi bekas anakku, merk lokal beli di mall online, paket 12 pcs 100rb, masih bagus
1110 L C4 Di jual jaket gunung bekas pribadi, beli di toko outdoor Malang, L, 250rb
1110 P C4 Barang bekas pribadi ya gaes, bukan thrift impor: kemeja batik bekas bapak, 3 pcs 90rb
1110 L C4 Preloved kebaya bali bekas upacara, beli di Pasar Badung, 120rb, masih bagus
1110 L C4 Nyuwun sewu, niki rasukan bekas kula piyambak, tumbas wonten Solo Square, 50rb mawon
1110 L C4 Jual bekas: sepatu pantofel pribadi beli di Palembang Icon, 42, 130rb, bukan 'seken impor'
1110 L C4 Abdi ngical calana jeans bekas nyalira, meser di BIP Bandung, 27, 60rb, sanes ti bal
1110 L C4 Preloved jersey Persib bekas pribadi, beli di store resmi, XL, 150rb. Ori lokal
1110 P C4 Baju bekas teman kos yg pulang kampung, dititip jual, semua beli Jogja, 15rb/pcs
1110 L C4 Tas ransel bekas kuliah, beli di Gramedia Samarinda, 80rb, masih kuat
1110 L C4 Preloved gaun wisuda milik sendiri, jahit di Manado, 1x pakai, 200rb, bukan cakar
# F5 donations, swaps, charity sales (1110 sale/giving, 0110 collecting)
1110 P C5 Bazar amal SMA 3: baju bekas layak pakai sumbangan alumni, 5rb-20rb, hasil utk beasiswa. Sabtu 08.00
1110 P C5 Gereja buka 'thrift amal' pakaian donasi jemaat, semua barang lokal, Minggu setelah ibadah
0110 P C5 Open donasi pakaian layak pakai utk korban banjir Demak, drop point Masjid Al-Ikhlas
1110 P C5 Clothing swap komunitas Bandung: bawa 3 baju bekasmu, tukar 3 baju lain, gratis! Bukan jual beli
0110 M C5 Pengajian ibu2 kumpulkan baju bekas buat panti asuhan, yg mau nyumbang japri ya
1110 P C5 Bazar sekolah Minggu: pakaian bekas donasi warga, 10rb tiga, dana untuk renovasi gereja
0110 P C5 Yuk donasi! Baju anak bekas layak pakai utk sekolah di Sumba, kirim ke posko Kupang
1110 P C5 Thrift amal BEM: baju bekas sumbangan mahasiswa, bukan impor, harga 10rb-30rb, dana utk KKN
0110 P C5 Kotak donasi pakaian bekas di lobi kantor, nanti disalurkan ke korban gempa Cianjur
1110 P C5 Swap party di kafe Kemang: tukar pakaian bekas milik sendiri, ga ada jual beli, tiket 25rb
1110 P C5 Bazaar masjid raya: pakaian bekas donasi jamaah 5rb/pcs, hasil utk anak yatim
1110 C C5 Ada yg mau baju bekas gratis? Punya anak2 saya, umur 2-5 thn, ambil aja di Sleman
0110 P C5 Pengumuman RW 05: pengumpulan pakaian bekas layak pakai utk warga terdampak kebakaran, s.d. Jumat
1110 P C5 Lelang amal jersey bekas pakai pemain PSM, hasil untuk korban banjir Luwu
1110 P C5 Komunitas 'Tukar Baju Jogja' edisi 12: bawa baju layak, ambil baju lain. Bukan awul-awul!
0110 P C5 Sekolah kami terima sumbangan seragam bekas utk adik kelas yg kurang mampu, taruh di TU
1110 P C5 Pesantren buka bazar baju bekas wakaf santri, 5rb-15rb, Ahad di halaman
1110 P C5 Charity sale PKK: baju bekas warga komplek, semua lokal, 10rb, untuk posyandu
0110 P C5 Gerakan #SedekahBaju: kumpulkan 1000 baju bekas layak pakai utk NTT, drop di toko buku terdekat
1110 P C5 Garage sale amal kantor, baju bekas karyawan, 100% hasil ke rumah singgah kanker
1110 P C5 Bazar natal: baju bekas sumbangan umat, 3 helai 20rb, di aula paroki Ambon
1110 P C5 Baju bekas gratis buat ojol, ambil di pos satpam, donasi warga cluster
0110 P C5 Posko bencana Palu butuh selimut & pakaian bekas layak, bukan karungan kotor ya, dicuci dulu
1110 P C5 Swap meet ibu menyusui: tukar baju hamil bekas, gratis, Taman Suropati Sabtu
1110 P C5 OSIS SMP 1 Bukittinggi adakan bazar pakaian bekas sumbangan siswa, hasil utk masjid sekolah
0110 P C5 Yayasan terima donasi pakaian bekas, disortir relawan, dibagi di pedalaman Kapuas Hulu
1110 P C5 Bazar 'Baju Layak Pakai' Gereja HKBP: 5rb/pcs, pakaian donasi jemaat, Minggu depan
0110 C C5 Yang punya baju toga bekas, mau dong disumbang ke adik2 tingkat, kampus Unhas
1110 P C5 Thrift for charity UKM Pecinta Alam: jaket & kaos bekas anggota 15rb, buat beli bibit mangrove
0110 P C5 Kumpul baju bekas untuk dijadikan majun & dijual ke bengkel, hasil utk kas karang taruna
1110 P C5 Bazar amal kampus: baju preloved donasi dosen & mahasiswa, bukan bal, mulai 10rb
1110 P C5 Giveaway baju bekas layak pakai 1 kardus, khusus warga Pekanbaru, comment 'mau'
0110 P C5 Lemari berbagi di depan masjid: taruh baju bekas layakmu, ambil yg kamu perlu
0110 M C5 Sumbangan baju lebaran bekas layak utk dhuafa, kami jemput di area Tangsel
1110 P C5 Bazar Paskah: pakaian bekas donasi jemaat GMIT Kupang, 10rb-25rb, hasil utk diakonia
"""
