# Hand-written long-form legal texts: new clothes, reviews, own preloved, other goods.
DATA = r"""
@@ listing|new_clothes_disclaimer|1010
KEMEJA FLANEL PRIA MOTIF KOTAK - VINTAGE LOOK
✅ Barang BARU, bukan second, bukan bal, bukan impor bekas
✅ Produksi konveksi sendiri di Bandung
✅ Bahan katun flanel tebal, tidak luntur
Size: M, L, XL, XXL (size chart di foto ke-5)
Banyak yang tanya karena fotonya mirip barang thrift, tapi ini 100% baru dan ber-tag.
@@ listing|new_clothes_disclaimer|1010
Jaket Denim Oversize "Thrift Era" - NEW
Terinspirasi gaya jaket seken tahun 90-an, tapi ini baru jahitan penjahit kami di Solo.
Efek pudar dan sobek kecil dibuat dengan teknik washing, bukan karena bekas pakai.
Ready S-XXL, bisa custom bordir nama.
Garansi tukar size 7 hari.
@@ listing|new_clothes_disclaimer|1011
Cardigan Rajut Import Korea BARU (Dongdaemun)
Ini barang BARU kami ambil langsung dari grosir Dongdaemun Seoul, lengkap dengan tag dan plastik.
Bukan barang bal/karungan, bukan preloved.
Warna: cream, sage, dusty pink.
Invoice pembelian bisa ditunjukkan bila diminta.
@@ post|new_clothes_disclaimer|1010
Klarifikasi dari kami 🙏
Beberapa hari ini ada yang komen "ini pasti barang cakar ya?".
Bukan ya kak. Semua produk kami dijahit di workshop sendiri di Makassar, bahannya beli di Pasar Sentral.
Kami memang sengaja bikin model yang mirip kemeja Korea yang dulu sering ada di lapak cakar, karena pelanggan suka.
Silakan mampir ke workshop kalau mau lihat proses jahitnya.
@@ post|new_clothes_disclaimer|1010
Banyak yang DM nanya "kak ini barang monza bukan?"
Jawabannya: BUKAN. Kami distro lokal Medan, semua kaos dan jaket baru, sablon sendiri.
Memang desainnya kami buat retro biar kayak jaket Jepang lawas.
Full size run dari S sampai 3XL, mana ada barang ikatan size-nya lengkap 😄
Terima kasih sudah support produk lokal Sumut.
@@ listing|new_clothes_disclaimer|1011
Hoodie College USA Original NEW WITH TAGS
Barang baru, dibeli dari outlet resmi di Amerika lewat jastip, bukan hasil pilih dari bal.
Masih ada hangtag dan struk toko.
Size M (US), cocok untuk tinggi 165-175.
Harga 650rb, bisa COD area Jakarta Selatan.
@@ listing|new_clothes_disclaimer|1010
Celana Cargo Y2K Unisex - Produksi Sendiri
Model ala celana kargo Amerika yang sering dicari di pasar thrift, tapi yang ini BARU.
Bahan drill tebal, 6 kantong, tali serut di bawah.
Restock tiap bulan, size 27-38 lengkap.
Bukan barang impor bekas. Pre-order 7 hari kerja untuk warna khusus.
@@ post|new_clothes_disclaimer|1010
Kenapa harga kami lebih mahal dari lapak thrift?
Karena semua baju kami baru, dijahit penjahit lokal di Pekalongan, dan penjahitnya dibayar layak.
Kami tidak menjual barang karungan atau bal dari luar negeri.
Gaya boleh vintage, tapi produksinya jujur. Terima kasih sudah memahami 🙏
@@ listing|new_clothes_disclaimer|1010
Kemeja Linen Ala Jepang BARU - Made in Indonesia
Potongan boxy seperti kemeja linen Jepang yang sering diburu di awul-awul.
Bahan linen rami asli, ditenun di Bandung, dijahit di Yogyakarta.
Bukan awul-awul, bukan barang sortiran. Ini baru dan ber-label brand kami.
Size S-XL, warna natural, olive, navy.
@@ post|new_clothes_disclaimer|1011
Restock jaket puffer import China BARU, ya kak.
Kami impor resmi lewat importir berdokumen, bukan barang bekas atau karungan.
Masih dalam plastik, lengkap dengan label ukuran.
Warna hitam, navy, beige, size M-XXL.
Grosir mulai 6 pcs dapat harga khusus.
@@ review|buyer_review_new_long|1010
⭐⭐⭐⭐⭐
Awalnya ragu karena di foto kelihatan kayak barang thrift, takutnya bekas.
Ternyata jaketnya BARU, masih ada tag, bau toko, jahitannya rapi.
Efek washed-nya keren banget, persis kayak jaket vintage yang aku cari.
Penjual juga fast respon. Recommended buat yang suka gaya thrift tapi mau barang baru!
@@ review|buyer_review_new_long|1011
Kaos import Korea-nya beneran baru, bukan second.
Dikirim dengan plastik per pcs dan ada tag Dongdaemun.
Bahannya adem, ukurannya sedikit kecil jadi saran ambil satu size di atas.
Toko ini amanah, sudah 3 kali order. Lanjut terus kak!
@@ review|buyer_review_new_long|1010
Suka banget sama kemeja flanelnya!
Vibes-nya kayak barang thrift Jepang tapi baru dan wangi.
Aku sempat nanya ke seller apakah barang bal, katanya produksi sendiri di Bandung dan ternyata benar, ada label brand lokalnya.
5 bintang buat kualitas dan pelayanan.
@@ review|buyer_review_new_long|1010
Beli celana cargo ini buat hiking, bahannya tebal dan kantongnya banyak.
Modelnya mirip celana kargo Amerika di lapak Senen, tapi ini baru dan ukurannya pas.
Pengiriman cuma 2 hari ke Bekasi.
Sangat puas, bakal beli warna lain.
@@ review|buyer_review_new_long|1010
Dress motif bunganya cantik, katanya terinspirasi baju vintage Jepang.
Barang baru, jahitan rapi, ada tambahan kancing cadangan.
Warna sesuai foto. Seller juga kasih kartu ucapan lucu.
Pasti repeat order!
@@ review|buyer_review_new_long|1011
Sepatu running-nya original dan baru (Made in Vietnam), dus lengkap.
Saya cek kode di situs resmi, cocok.
Bukan barang bal seperti yang banyak dijual murah di tempat lain.
Harga sedikit lebih mahal tapi tenang. Terima kasih seller.
@@ listing|own_preloved_multilang|1110
PRELOVED PRIBADI ✨
Blazer hitam ZARA, beli di Grand Indonesia tahun 2022, dipakai 4x untuk kerja.
Kondisi 95%, tidak ada noda.
Harga 250rb (beli 899rb).
DISCLAIMER: ini barang milik pribadi, dibeli di dalam negeri, bukan barang bal/impor bekas.
@@ listing|own_preloved_multilang|1110
Jual baju sendiri karena pindah kota 🏠
- Kemeja kerja 5 pcs (beli di Matahari & Uniqlo Tunjungan Plaza) — 50rb/pcs
- Celana bahan 3 pcs — 60rb/pcs
- Jaket parka (beli di Eiger store) — 300rb
Semua pakaian pribadi, bukan barang karungan. COD Surabaya Barat.
@@ post|own_preloved_multilang|1110
Ngresiki lemari, klambi-klambiku dhewe tak dol murah.
Kabeh tuku ing Solo Grand Mall lan Pasar Klewer, dudu barang awul-awul utawa impor.
Kemeja batik 40 ewu, rok 35 ewu, jaket 75 ewu.
COD ing Stadion Manahan dina Minggu esuk.
@@ post|own_preloved_multilang|1110
Wilujeng enjing! Abdi bade ngical acuk-acuk nyalira anu parantos teu kaanggo.
Sadayana meser di BIP sareng Pasar Baru Bandung, sanes barang karungan.
Kameja 45 rebu, rok 40 rebu, jaket 80 rebu.
Tiasa COD di Dago atanapi dikintun.
@@ post|own_preloved_multilang|1110
Decluttering my wardrobe before moving abroad 🌏
All items are my own clothes, bought in Jakarta malls (Uniqlo PIM, H&M Senayan City, local brands).
NOT imported secondhand, NOT from bales.
Shirts 60k, dresses 90k, coat 250k. Pick up in Kemang or shipped via Gosend.
@@ post|own_preloved_multilang|1110
Bah, kawan-kawan, aku mau jual baju-bajuku sendiri, udah gak muat.
Ini bukan monza ya, semua kubeli di Sun Plaza dan Centre Point.
Kemeja 50 ribu, jaket 120 ribu, sepatu 200 ribu.
Ambil di rumah, Medan Sunggal.
@@ post|own_preloved_multilang|1110
Iye, mauka jual baju-bajuku sendiri, sudah tidak muat mi.
Bukan cakar di' — semua kubeli di Mall Panakkukang sama Nipah Mall.
Kemeja 50 ribu, gamis 80 ribu, tas 100 ribu.
COD di Pettarani.
@@ post|own_preloved_multilang|1110
Beta mau jual pakaian beta sandiri, su seng pas lai.
Bukan RB e, samua beta beli di toko-toko di Ambon Plaza.
Kameja 40 ribu, rok 35 ribu.
Ambil di rumah, Batu Merah.
@@ post|own_preloved_multilang|1110
Preloved ibu-ibu 😊
Gamis dan mukena pribadi, beli di Tanah Abang dan butik lokal Bogor, dipakai beberapa kali lebaran.
Dijual karena anak sudah besar dan ukuran saya berubah.
Harga 60-150rb. Bukan barang impor bekas, aman.
@@ listing|own_preloved_multilang|1110
Jaket motor bekas pribadi (beli di Respiro store Bandung 2021).
Size L, ada lecet kecil di siku karena pernah jatuh.
Harga 250rb nego. Alasan jual: sudah beli baru.
Not imported, own item, bought locally.
@@ listing|own_preloved_multilang|1110
Dijual sepatu pribadi Ventela & Compass, beli di store resmi, masing-masing dipakai kurang dari 10x.
Ukuran 41, kondisi 90%.
Ventela 200rb, Compass 450rb.
Ini sepatu saya sendiri ya, bukan sepatu bal Thailand.
@@ post|own_preloved_multilang|1110
Anakku sudah masuk SMA, jadi seragam SMP-nya aku jual.
2 stel putih biru + 1 stel pramuka + 1 batik sekolah.
Semua dibeli di koperasi sekolah, kondisi masih bagus.
Total 150rb, siapa tahu ada adik kelas yang butuh.
@@ post|own_preloved_multilang|1110
Garage sale rumah sendiri Sabtu ini!
Ada baju anak, baju dewasa, mainan, dan peralatan dapur, semua barang keluarga kami.
Bukan barang dagangan, bukan barang impor.
Harga mulai 5rb. Alamat: Perum Griya Asri blok D, Sidoarjo.
@@ listing|bulk_other_goods_long|1000
Jual tembakau rajangan Temanggung per bal.
Satu bal sekitar 40-45 kg, dibungkus keranjang bambu dan karung.
Grade B dan C ready, panen musim ini, aroma kuat.
Harga per kg dihitung sesuai grade, pengiriman ke Kudus dan Kediri.
Hubungi kami untuk sampel.
@@ listing|bulk_other_goods_long|1000
Tembakau Madura kualitas super per bal.
Daun dirajang halus, kering sempurna, cocok untuk pabrik rokok kretek.
Minimal pembelian 5 bal, harga nego untuk kontrak musiman.
Gudang di Pamekasan, bisa dicek langsung.
@@ listing|bulk_other_goods_long|1001
Kapas serat panjang impor per bale (±227 kg).
Untuk kebutuhan pabrik pemintalan benang.
Asal: Australia dan Amerika, dokumen impor lengkap, sertifikat mutu tersedia.
Harga sesuai kontrak, minimal 20 bale.
Pengiriman dari gudang berikat di Semarang.
@@ listing|bulk_other_goods_long|1100
Jual kardus bekas press per bal.
Sumber dari minimarket dan gudang ekspedisi sekitar Bekasi, sudah dipisahkan dari plastik.
Berat per bal 80-120 kg, harga 2.800/kg.
Pembelian minimal 1 ton, muat di gudang kami.
Cocok untuk pabrik kertas daur ulang.
@@ listing|bulk_other_goods_long|1110
MAJUN / KAIN LAP per KG
Bahan dari kaos dan kain bekas lokal yang dikumpulkan pemulung dan bank sampah Sidoarjo.
Sudah dicuci, dipotong ukuran 30x30 cm, tanpa kancing dan resleting.
Harga 8.500/kg, kemasan karung 25 kg.
Pelanggan kami bengkel, pabrik, dan percetakan.
@@ listing|bulk_other_goods_long|1010
Kain perca sisa konveksi per karung!
Potongan kain baru dari pabrik garmen Majalaya, campur katun dan spandek.
Cocok untuk isian bantal, keset, kerajinan tangan.
Satu karung ±20 kg, harga 150rb.
Ambil di Majalaya atau kirim pakai ekspedisi.
@@ listing|bulk_other_goods_long|1000
Jerami padi press per bal, berat 20-25 kg.
Untuk pakan sapi dan alas kandang, kering dan tidak berjamur.
Harga 18rb per bal, minimal 100 bal untuk pengiriman truk.
Lokasi Karawang, melayani Bekasi dan Purwakarta.
@@ listing|bulk_other_goods_long|1000
Pinang kering (belah) per karung, asal Jambi.
Kadar air rendah, grade A untuk ekspor dan grade B untuk lokal.
Satu karung ±50 kg.
Pengiriman ke pelabuhan Kuala Tungkal atau Tanjung Balai sesuai permintaan pembeli.
@@ listing|bulk_other_goods_long|1000
Kopi robusta asalan per karung 60 kg, petik merah, Lampung Barat.
Kadar air 13%, grade 4.
Cocok untuk roastery skala kecil.
Harga mengikuti harga pasar minggu ini, silakan tanya.
@@ listing|bulk_other_goods_long|1000
Bawang merah Brebes per karung jaring 50 kg.
Grade super (umbi besar) dan grade sedang.
Panen minggu ini, kering angin.
Melayani pedagang pasar induk Kramat Jati dan Caringin.
@@ listing|bulk_other_goods_long|1000
Rumput laut kering Nunukan per bal press.
Jenis cottonii, kadar air maksimal 35%, bersih dari pasir.
Siap kirim ke Surabaya dan Makassar melalui kapal barang.
Harga per kg sesuai kualitas, hubungi pengepul kami.
@@ listing|bulk_other_goods_long|1100
Besi tua dan aluminium bekas per kg.
Kami terima dan jual hasil bongkaran gedung, mesin rusak, dan kabel.
Harga besi 4.500/kg, aluminium 18.000/kg.
Gudang di Marelan, Medan, buka Senin-Sabtu.
@@ listing|bulk_other_goods_long|1001
Benang katun impor India per bal, baru, Ne 30s.
Cocok untuk perajin tenun ikat dan songket.
Satu bal 45 kg terdiri dari 40 cone.
Harga per bal nego untuk pembelian rutin.
@@ listing|bulk_other_goods_long|1000
Kain grey hasil tenun per roll, BARU.
Lebar 44 inci, panjang 100 yard per roll.
Cocok untuk bahan kaos kaki, kain mori, atau dicelup ulang.
Produksi pabrik Majalaya, grade A dan grade B (ada cacat tenun ringan).
@@ listing|imported_used_nonclothing_long|1101
Dijual Toyota Voxy 2016 eks Jepang (CBU, impor umum resmi).
Kilometer 78 ribu, mesin halus, AC dingin.
Surat lengkap: form A, PIB, STNK & BPKB atas nama pribadi.
Harga 310 juta nego tipis, Jakarta Barat.
@@ listing|imported_used_nonclothing_long|1101
Mesin jahit industri bekas eks Jepang (Juki, Brother) - rekondisi.
Cocok untuk konveksi kecil, sudah diservis dan ganti sparepart.
Harga 2-3,5 juta tergantung tipe.
Garansi 3 bulan, bisa kirim ke luar kota.
@@ listing|imported_used_nonclothing_long|1101
Excavator bekas impor Jepang, Komatsu PC200-8 tahun 2013.
Jam kerja 9.800, undercarriage 70%.
Dokumen impor barang modal bukan baru lengkap sesuai ketentuan.
Unit ada di Balikpapan, bisa inspeksi langsung.
@@ post|imported_used_nonclothing_long|1101
Kabar gembira bagi pengguna KRL!
Rangkaian kereta bekas eks Jepang yang didatangkan tahun lalu sudah selesai diremajakan di depo.
Kereta ini sebelumnya beroperasi di Tokyo dan dibeli melalui skema impor barang modal bukan baru.
Mulai bulan depan akan melayani lintas Bogor.
@@ listing|imported_used_nonclothing_long|1101
Forklift bekas impor Singapura, merek Toyota 3 ton, tahun 2015.
Baterai/diesel, kondisi siap kerja.
Dilengkapi dokumen impor yang sah.
Harga 145 juta, lokasi Batam, bisa dikirim ke Jawa.
@@ listing|imported_used_nonclothing_long|1101
Mesin fotokopi rekondisi eks Jepang (Canon iR 5055), cocok untuk usaha fotokopi kampus.
Counter rendah, hasil cetak tajam.
Harga 9,5 juta termasuk instalasi di Jabodetabek.
Garansi servis 6 bulan.
@@ listing|imported_used_nonclothing_long|1101
Piano upright Yamaha U3 bekas eks Jepang, produksi 1985.
Sudah direkondisi: ganti senar bass dan felt hammer.
Suara jernih, kayu mulus.
Harga 28 juta, gratis antar dalam kota Surabaya.
@@ listing|used_nonclothing_long|1100
Dijual HP bekas pribadi Samsung A54, beli di Erafone Makassar.
Pemakaian 1 tahun, mulus, batre sehat.
Fullset dus + charger original.
Harga 3,2 juta, COD Panakkukang.
@@ listing|used_nonclothing_long|1100
Lemari pakaian bekas 3 pintu, kayu jati Jepara.
Masih kokoh, ada goresan kecil di pintu.
Harga 1,5 juta, ambil sendiri di Ciputat.
Cocok untuk menyimpan baju keluarga.
@@ post|other_meaning_long|1000
Ready cakar ayam tanpa kuku, bersih dan segar setiap pagi!
Harga 28 ribu per kg, cocok untuk sup, ceker mercon, atau kaldu.
Pengambilan di Pasar Terong Makassar lapak ayam nomor 12.
Bisa antar untuk rumah makan minimal 5 kg.
@@ post|other_meaning_long|0000
Akhir pekan ini F1 kembali ke Monza, sirkuit legendaris di Italia yang dijuluki Temple of Speed.
Lintasan cepat dengan tikungan Parabolica ini selalu memberi balapan seru.
Jangan lupa nonton bareng di kafe kami, layar besar dan promo kopi!
@@ post|other_meaning_long|1000
SSB Garuda Muda membuka pendaftaran siswa baru!
Latihan setiap Selasa dan Jumat di lapangan desa.
Biaya pendaftaran sudah termasuk jersey baru dan bal (bola) latihan ukuran 4.
Kuota terbatas untuk usia 8-12 tahun.
@@ post|other_meaning_long|0000
Di Malaysia, kata "lelong" berarti lelang.
Misalnya "lelong kereta" berarti lelang mobil, dan "barang lelong" bisa berarti barang obral murah.
Jadi kalau teman dari Sarawak bilang mau ke lelong, belum tentu soal baju ya 😄
@@ post|sisa_ekspor_long|1010
Factory outlet kami menjual pakaian sisa ekspor dari pabrik garmen di Bandung dan Cikarang.
Semua BARU: overrun, reject ringan, atau sisa order buyer luar negeri.
Bukan barang bekas, bukan impor. Label kadang dipotong karena permintaan buyer.
Harga 30-60% lebih murah dari harga toko.
@@ post|sisa_ekspor_long|1010
Awul-awul? Bukan! Ini baju sisa ekspor pabrik Boyolali, baru semua.
Ada cacat kecil (salah sablon, jahitan miring), makanya dijual murah.
Kaos 15rb, kemeja 35rb, celana 40rb.
Buka tiap Sabtu-Minggu di depan pabrik, Jalan Raya Solo-Semarang.
"""
