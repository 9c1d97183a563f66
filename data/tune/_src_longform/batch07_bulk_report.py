from common import R

RECORDS = [
# ---------------- other_goods_bulk (legal) ----------------
R("other_goods_bulk", "listing", """
KARDUS BEKAS PER BAL — hasil press, 80-100 kg/bal
Dari toko-toko dan gudang ritel area Surabaya, sudah dipilah (tanpa plastik & lakban besar).
Harga 2.600/kg, ambil minimal 1 ton.
Cocok untuk pabrik kertas & pengepul. Gudang Margomulyo.
Kondisi kering, disimpan di gudang beratap. Bisa kirim foto timbangan per bal.
""", el="1100"),
R("other_goods_bulk", "listing", """
Botol PET Cacahan Bersih — per bal 50 kg
Sudah dicuci panas, warna bening (clear flakes), kadar PVC rendah.
Harga 9.500/kg. Stok 12 ton per bulan.
Lokasi Tangerang, bisa kirim truk.
Sampel 1 kg bisa dikirim untuk uji lab sebelum order besar.
Bahan baku dari bank sampah dan pemulung mitra di Jabodetabek.
""", el="1100"),
R("other_goods_bulk", "listing", """
Beras Premium per Karung 25 kg — Grade A (kepala 95%)
Varietas IR64 asal Cianjur, pulen, tanpa pemutih.
Harga 340rb/karung, grosir (min 20 karung) 325rb.
Kirim Jabodetabek gratis untuk pembelian 50 karung.
Beras baru giling minggu ini, tanpa kutu, ada sertifikat uji.
Tersedia juga beras medium per karung 25 kg untuk warung makan dan katering.
"""),
R("other_goods_bulk", "post", """
Ready green bean kopi Gayo — sortiran grade 1, per karung goni 60 kg
Kadar air 12%, defect di bawah 5%.
Harga 118rb/kg. Minimal 1 karung.
Gudang Takengon, pengiriman ke seluruh Indonesia via ekspedisi.
Tersedia juga grade 2 untuk roastery yang butuh harga lebih murah (98rb/kg).
"""),
R("other_goods_bulk", "listing", """
Bawang Putih Impor China per Karung 20 kg — Kating Super
Umbi besar, kering, kulit bersih.
Harga 640rb/karung. Stok 200 karung di Pasar Induk Kramat Jati.
Faktur dan dokumen karantina lengkap.
Harga bisa berubah sesuai kurs dan stok kapal berikutnya.
Cocok untuk pedagang pasar, rumah makan, dan pabrik bumbu.
""", el="1001"),
R("other_goods_bulk", "listing", """
Jerami Padi Balpres — pakan sapi & media jamur
1 bal ±25 kg, padat, kering, tidak berjamur.
Harga 18rb/bal, minimal 100 bal.
Lokasi Sragen, antar pakai truk ke peternakan sekitar.
Musim kemarau stok melimpah, pesan lebih awal untuk musim hujan.
Tersedia juga jerami fermentasi (silase) per drum.
Tiap bal diikat kawat dua jalur, mudah ditumpuk di kandang.
"""),
R("other_goods_bulk", "listing", """
KAIN PERCA PER KARUNG — sisa potongan konveksi (BARU)
Bahan katun, spandex, dan drill campur warna. Ukuran potongan 10-60 cm.
1 karung ±15 kg, harga 75rb.
Cocok untuk keset, bantal perca, dan kerajinan. Bandung (Cigondewah).
Bukan baju bekas, ini potongan kain baru sisa pola.
Bisa pilih karung katun saja atau spandex saja dengan tambahan 10rb.
""", el="1010"),
R("other_goods_bulk", "listing", """
Kain Majun per Kg — dari sisa potongan pabrik garmen
Baru (bukan baju bekas), bersih, daya serap tinggi, cocok untuk bengkel & pabrik.
Harga 6.500/kg, min 50 kg. Dikemas per bal press 25 kg.
Gudang Karawang.
Bisa kirim sampel 1 kg dulu. Tersedia juga majun putih khusus untuk percetakan.
""", el="1010"),
R("other_goods_bulk", "listing", """
Tembakau Rajangan Temanggung per Bal (keranjang) — grade C-D
Aroma kuat, kering sempurna, panen tahun ini.
Harga 95rb/kg, per bal ±40 kg.
Untuk pabrikan & pengecer tingwe. Parakan, Temanggung.
Sampel 1 ons bisa dikirim dengan ongkos sendiri.
Tembakau lokal asli lereng Sindoro, bukan campuran.
Grade A-B juga ada, harga menyesuaikan, tanya lewat telepon.
"""),
R("other_goods_bulk", "listing", """
Kapuk Randu per Bal 30 kg — bersih tanpa biji
Untuk isi kasur, bantal, dan guling. Asal Pati.
Harga 22rb/kg. Pengiriman seluruh Jawa.
Kapuk sudah dijemur dan diayak, tidak menggumpal.
Melayani juga jasa isi ulang kasur kapuk.
Pengiriman luar Jawa via ekspedisi kargo laut.
Kapuk baru panen, warnanya putih bersih dan mengembang.
"""),
R("other_goods_bulk", "post", """
Rumput laut kering (Eucheuma cottonii) per karung 50 kg
Kadar air 35%, kotoran < 3%, dari petani Takalar.
Harga 17rb/kg. Stok 30 ton, siap muat di Makassar.
Pembeli pabrik karaginan prioritas, kontrak bulanan bisa dibicarakan.
Kadar air dan kotoran bisa diuji ulang di gudang pembeli.
"""),
R("other_goods_bulk", "listing", """
Besi Tua per Kg — Bekas Rangka Bangunan
Campur besi beton, siku, plat. Sudah dipotong 1 meter.
Harga 5.200/kg, minimal 2 ton. Lokasi Cilegon.
Bongkar muat pakai crane, pembeli siapkan truk sendiri.
Pembayaran tunai atau transfer sebelum muat.
Surat jalan dan nota timbang disertakan untuk setiap pengiriman.
""", el="1100"),
R("other_goods_bulk", "listing", """
Kertas HVS Bekas Kantor per Kg — untuk daur ulang
Sudah dipilah dari amplop dan map, dikemas per karung 30 kg.
Harga 3.000/kg. Bisa ambil di Jakarta Pusat.
Dokumen rahasia sudah dihancurkan (shredded), aman untuk didaur ulang.
Tersedia juga arsip koran bekas per karung.
Penjemputan gratis untuk kantor di Jakarta Pusat dengan minimal 200 kg.
""", el="1100"),
R("other_goods_bulk", "listing", """
Kain Katun Roll Import (BARU) — per bal 10 roll
Katun poplin 40s, lebar 150 cm, 1 roll 50 yard, warna putih & hitam.
Harga 4,1 jt/bal. Import resmi dari China, dokumen lengkap.
Untuk konveksi kemeja & seragam. Gudang Cigondewah.
Tersedia juga warna biru muda & krem, inden 2 minggu.
Ini kain gulungan baru, bukan pakaian jadi dan bukan barang seken.
""", el="1011"),
R("other_goods_bulk", "listing", """
Karung Goni Bekas Kopi — per ikat 50 lembar
Bekas wadah green bean, bersih, tidak bolong.
Harga 7rb/lembar. Cocok untuk karung pasir, kerajinan, atau dekor kafe.
Lokasi Semarang.
Tersedia juga karung goni baru ukuran 60x100 cm, 12rb/lembar.
Bisa kirim via ekspedisi, minimal 2 ikat.
Karung bersih, sudah dikibas dan dijemur, tidak bau.
""", el="1100"),
R("other_goods_bulk", "listing", """
Cengkeh Kering Sortiran Grade Super — per karung 50 kg
Asal Minahasa, bunga utuh, kadar air 12%.
Harga 128rb/kg. Pengiriman via kontainer dari Bitung.
Minimal order 500 kg, sampel 1 kg tersedia.
Panen raya tahun ini, aroma kuat dan warna coklat merata.
Sortiran grade 1 dan 2 tersedia, grade super stok terbatas.
"""),
R("other_goods_bulk", "listing", """
Kacang Tanah Impor India per Karung 50 kg
Ose besar, kering, bebas aflatoksin (sertifikat lab).
Harga 1,35 jt/karung. Stok di gudang Surabaya.
Cocok untuk produsen kacang goreng dan bumbu pecel.
Pengambilan minimal 10 karung.
Harga mengikuti pasar, konfirmasi stok sebelum transfer.
Dokumen karantina dan faktur pajak tersedia untuk pembeli badan usaha.
""", el="1001"),
R("other_goods_bulk", "listing", """
Pupuk NPK Import per Karung 50 kg
Formulasi 16-16-16, kemasan asli pabrik, stok resmi distributor.
Harga 690rb/karung. Gudang Lampung, kirim ke kebun sawit & jagung.
Tersedia juga pupuk organik lokal per karung 25 kg.
Pengiriman minimal 5 ton, bisa kontrak musim tanam.
Konsultasi dosis pemupukan gratis dengan agronom kami.
""", el="1001"),
R("other_goods_bulk", "listing", """
Biji Plastik Daur Ulang (PP) per Karung 25 kg
Warna hitam, hasil giling dari bekas ember & kursi plastik.
Harga 11rb/kg. Pabrik di Gresik.
Cocok untuk produksi ember, pot bunga, dan palet plastik.
Melayani kontrak bulanan minimal 5 ton.
Sertifikat uji MFI tersedia untuk setiap lot.
Bahan baku dari pengepul lokal di Jawa Timur.
""", el="1100"),
R("other_goods_bulk", "review", """
Ulasan ★★★★★ — Ikan Asin Jambal Roti 1 koli (10 kg)
Pesan untuk stok warung nasi, sampai di Bandung dua hari, dikemas kardus + plastik tebal, tidak bau keluar.
Ikan tebal, kering sempurna, asinnya pas. Sudah repeat order ketiga.
Penjual nelayan Pangandaran, ramah dan jujur soal grade. Recommended!
"""),
R("other_goods_bulk", "post", """
Jual majun kaos bekas lokal per kg — dari lemari warga & sisa bank sampah
Sudah dipotong, dicuci, tanpa kancing & resleting. Khusus lap mesin bengkel.
Harga 4.500/kg, min 25 kg. Bank Sampah RW 07 Cibubur.
Hasil penjualan masuk ke tabungan sampah warga.
Bukan pakaian untuk dipakai ya, murni untuk kain lap.
""", el="1110"),
R("other_goods_bulk", "listing", """
Benang Sisa Pabrik per Karung — cotton & polyester campur
Gulungan cone sisa produksi, warna acak, ±20 kg per karung.
Harga 180rb/karung. Untuk rajut tangan, makrame, dan UMKM sulam.
Lokasi Pekalongan.
Warna dan jenis benang acak, foto contoh isi karung bisa diminta lewat WA.
Benang baru sisa produksi, bukan dari pakaian bekas.
""", el="1010"),
R("other_goods_bulk", "listing", """
Gula Pasir Kristal Putih per Karung 50 kg
Produksi PG Jawa Timur, SNI, kemasan karung plastik.
Harga 810rb/karung. Minimal 10 karung. Gudang Sidoarjo.
Pengiriman gratis area Surabaya-Sidoarjo untuk 50 karung ke atas.
Cocok untuk toko kelontong, pabrik kue, dan katering.
Faktur pajak tersedia, harga bisa berubah mengikuti HET.
"""),
R("other_goods_bulk", "listing", """
Sabut Kelapa (Cocofiber) Press per Bal 100 kg
Serat panjang, kadar kotoran rendah, untuk matras & media tanam.
Harga 3.200/kg. Ekspor-ready, gudang Lampung Selatan.
Pengiriman dalam negeri via truk, ekspor via Pelabuhan Panjang.
Bisa kirim sampel 5 kg untuk uji kualitas.
Kontrak tahunan untuk pabrik matras bisa dibicarakan.
"""),
R("other_goods_bulk", "post", """
Pakan Pelet Ikan Lele per Karung 30 kg — sortiran ukuran 2-3 mm
Protein 31%, apung. Harga 345rb per karung.
Grosir untuk kelompok tani ikan di Boyolali dan sekitarnya.
Tersedia juga pelet apung ukuran 1 mm untuk benih.
Pengantaran gratis untuk pembelian 20 karung ke atas.
Konsultasi pemberian pakan gratis untuk pembudidaya pemula.
"""),

# ---------------- report_complaint (legal) ----------------
R("report_complaint", "post", """
Mau curhat + ngingetin aja 😤
Aku ikut "open bal Korea" di akun @openbal.xxx bulan lalu, transfer 900rb buat 1/4 bal.
Barang datang: setengahnya bolong, bau apek parah, ada yang ada bercak darah kering 🤢
Chat nggak dibalas, sekarang akunnya ganti nama.
Jangan ketipu ya guys, sudah aku laporkan ke platform dan ke bank.
Kalau ada yang pernah kena akun yang sama, DM aku ya, biar bisa lapor bareng.
"""),
R("report_complaint", "comment", """
rina.w: Kak, ini baju bal impor ya? Kok caption-nya "preloved pribadi" tapi stoknya ratusan?
sari.mom: iya aku juga curiga, fotonya sama kayak di akun grosir karungan
rina.w: aku udah report akunnya sebagai barang terlarang
sari.mom: sip, aku report juga. Kasihan UMKM lokal
rina.w: iya, apalagi yang jual konveksi kecil di pasar kita
"""),
R("report_complaint", "post", """
Laporan warga RT 04:
Sudah 2 minggu ini ada truk bongkar karung besar tengah malam di gudang kosong ujung gang. Dari celah karung kelihatan isinya baju-baju lama, baunya sampai ke rumah.
Kami sudah lapor ke Pak RW dan Bhabinkamtibmas. Mohon warga jangan belanja ke situ dan laporkan kalau lihat aktivitas lagi.
Terima kasih.
Tembusan: Babinsa, Ketua RW 06, Kelurahan.
"""),
R("report_complaint", "review", """
⭐ (1/5)
Beli "jaket ex Korea kondisi 9/10", yang datang robek di ketiak & resleting macet.
Baunya bau gudang, sudah dicuci 3x masih bau.
Seller bilang "namanya juga barang bal kak, no komplain".
Tidak rekomen. Saya juga sudah laporkan toko ini karena jual pakaian bekas impor.
Foto kondisi barang saya lampirkan di ulasan ini supaya pembeli lain tahu.
"""),
R("report_complaint", "message", """
Yth. Tim Pusat Bantuan,
Saya ingin melaporkan toko "Lemari Karungan 88" yang menjual pakaian bekas impor dengan istilah "karungan Korea" dan "grade kepala". Di deskripsi juga tertulis gudang di Batam.
Link produk saya lampirkan di bawah. Mohon ditindaklanjuti sesuai kebijakan barang terlarang.
Terima kasih, Dimas.
Catatan: penjual juga mengarahkan pembeli untuk transaksi lewat WhatsApp di luar aplikasi.
"""),
R("report_complaint", "post", """
Thread: pengalaman buruk beli monza online 🧵
1/ Aku beli 5 kemeja "Jepang grade A" dari akun Medan, 250rb.
2/ Datangnya kemeja lusuh, kerahnya kuning, satu ada sobek.
3/ Minta retur, diblok.
4/ Belajar dari sini: barang bal itu untung-untungan, dan ternyata memang dilarang impornya.
Tambahan: pas aku cek ulang, akun itu ternyata pakai banyak nama di marketplace berbeda, dan semuanya jual "monza Medan grade A".
Aku juga sempat tanya ke teman di Medan, katanya monza asli di pajak pun sekarang sudah jarang karena razia.
5/ Mending beli lokal baru aja, lebih jelas. Akunnya udah aku report.
"""),
R("report_complaint", "comment", """
Pak_Tono: Ini kok di grup jual beli kompleks ada yang jual "cakar karungan per kilo"? Bukannya itu barang selundupan?
Bu_Lina: Iya pak, saya juga lihat. Kemarin anak saya gatal-gatal habis pakai baju begituan
Admin_Grup: Terima kasih laporannya, postingan sudah saya hapus dan penjualnya saya tegur. Mohon anggota tidak memposting barang bekas impor.
"""),
R("report_complaint", "post", """
Kecewa sama lapak awul-awul langganan 😞
Beli 3 kaos "bagus" katanya, ternyata ada noda yang nggak bisa hilang dan satu ada kutunya.
Pas aku komplain, penjualnya bilang "barang Batam ya gitu mbak".
Kapok. Mulai sekarang beli kaos lokal aja, banyak yang murah dan jelas barunya.
Buat yang masih suka ngawul, hati-hati ya, cuci bersih dan cek kulit kalau ada ruam.
"""),
R("report_complaint", "review", """
1 bintang. Penjual menulis "BARU" di judul, tapi yang datang jelas-jelas baju seken dari bal (ada label laundry bahasa Jepang & bekas nama di kerah).
Ini penipuan sekaligus jual barang terlarang. Sudah saya laporkan lewat fitur Laporkan Produk.
Dana sudah saya ajukan pengembalian.
Buat pembeli lain: cek ulasan foto sebelum beli, banyak toko pakai judul "baru" padahal isinya barang karungan.
"""),
R("report_complaint", "post", """
PSA buat pedagang online: jangan mau diajak "patungan bal" sama akun yang nggak jelas!
Saudaraku kena 3,5 juta, katanya bal Korea dari Dumai, sampai sekarang barang nggak dikirim.
Nomornya 0812xxxx, atas nama "Bang J".
Sudah lapor polisi dan ke aduan konten. Tolong share biar nggak ada korban lagi.
Modusnya selalu sama: tawarkan "untung 200%", kirim video bal palsu, lalu minta transfer cepat.
"""),
R("report_complaint", "message", """
Lapor min, di live akun @thrift.xxx barusan mereka bongkar karung ditulisin "Korea", harga 35rb per item.
Mereka sengaja sensor kata "bekas" di komentar, tapi di kamera jelas karungnya.
Mohon dicek, sepertinya ini penjualan pakaian bekas impor yang dilarang. Rekaman layar saya kirim terpisah.
"""),
R("report_complaint", "comment", """
zaki_: bro ini jaket second impor? emang masih boleh jual?
fira_: ga boleh lah, udah dilarang dari lama, Permendag 40/2022
zaki_: kok masih banyak ya
fira_: karena pada ganti kata kunci. Report aja kalau nemu
zaki_: ok aku report ya
fira_: sip, sekalian kasih tahu teman-teman yang suka beli di situ
zaki_: siap, abis ini aku cari brand lokal aja deh buat jaket
"""),
R("report_complaint", "post", """
Keluhan dari pedagang konveksi kecil di Pasar Tegal Gubug:
Kami jual kaos baru 35 ribu, di sebelah ada yang jual baju cakar karungan 10 ribu dapat 3. Pembeli lari semua.
Kami bukan anti orang jualan, tapi itu barang selundupan. Tolong aparat tegas, kami juga bayar retribusi dan pajak.
Kalau dibiarkan, penjahit di kampung kami bisa gulung tikar semua.
"""),
R("report_complaint", "review", """
⭐⭐ Mengecewakan
Pesan "paket reseller 10 pcs kaos vintage USA". Isinya kaos lusuh, 4 pcs bolong.
Seller cuma jawab "namanya juga random bal".
Tidak jelas asal-usul, kualitas jelek. Saya tidak akan beli barang begini lagi.
Sudah saya laporkan ke marketplace sebagai penjualan pakaian bekas impor.
Foto-foto isi paket saya lampirkan supaya pembeli lain hati-hati.
"""),
R("report_complaint", "message", """
Assalamualaikum Pak Lurah,
Warga Blok C mengeluhkan gudang di belakang pasar yang setiap malam menerima karung pakaian bekas dari luar negeri (katanya dari Tanjung Balai).
Selain bau, truk parkir menutup jalan. Mohon Bapak berkoordinasi dengan Bea Cukai atau kepolisian.
Hormat kami, perwakilan warga.
Lampiran: foto truk dan karung pada tanggal 3, 5, dan 9 bulan ini.
"""),
R("report_complaint", "post", """
Aku pernah jadi reseller bal, dan aku nyesel. Ini pengakuanku.
Modal habis buat bal yang isinya 40% sampah. Pembeli komplain gatal. Akun berkali-kali kena takedown.
Sekarang aku kerja sama dengan konveksi lokal, jual kaos baru. Untung memang lebih tipis, tapi tenang.
Hal yang dulu nggak pernah diceritakan supplier: biaya ongkir truk, karung basah kena hujan, dan pembeli yang minta retur karena gatal.
Belum lagi rasa was-was tiap ada berita razia gudang. Tiap malam mikir, kalau disita, modal dari mana lagi.
Buat yang masih ditawari "bisnis bal modal kecil", pikir ulang ya.
"""),
R("report_complaint", "comment", """
Dita_R: Kenapa sih iklan "bal Korea segel" masih muncul terus di beranda aku?
Admin Komunitas UMKM: Kak, bisa klik titik tiga > Laporkan iklan > Produk ilegal. Makin banyak yang lapor makin cepat diturunkan
Dita_R: siap kak, sudah aku lapor 3 iklan
Admin Komunitas UMKM: makasih kak 🙏 nanti kami rangkum juga buat dikirim ke kementerian
"""),
R("report_complaint", "post", """
Ke pemilik akun yang pakai foto OOTD-ku buat jualan baju cakar:
itu foto aku pakai baju brand lokal yang aku beli BARU, bukan barang karungan kamu.
Tolong hapus dalam 1x24 jam, kalau tidak aku laporkan ke platform atas pelanggaran hak cipta dan penjualan barang terlarang.
"""),
R("report_complaint", "review", """
Rating 1/5 untuk "Gudang Bal Murah Cikarang" di Google Maps.
Saya datang mau beli bal, ternyata timbangan diakali: tertulis 100 kg, ditimbang ulang 82 kg.
Isinya banyak baju musim dingin rusak. Setelah tahu barang ini dilarang masuk, saya menyesal sudah ikut-ikutan. Jangan ke sini.
"""),
R("report_complaint", "message", """
Ma, jangan beli baju dari tante yang di grup arisan itu ya. Yang katanya "baju Malaysia murah" itu baju bekas dari karung, masuknya nyelundup.
Kemarin temanku beli, kulitnya ruam. Lagian itu barang dilarang.
Mending kita ke pasar beli baru, aku temenin Sabtu.
Atau kita beli di toko konveksi temanku, dia jual kaos sama gamis baru murah kok.
"""),
R("report_complaint", "post", """
Kritik untuk marketplace:
Saya sudah 5x melaporkan toko yang jelas menjual "ballpress Korea", tapi tokonya masih aktif dengan nama baru.
Sistem kalian menghapus produk, tapi penjualnya bisa buka lagi besok.
Tolong verifikasi identitas penjual lebih ketat.
Kalau perlu, saya bisa kirim daftar tautan yang sudah saya laporkan.
Sebagai penjual konveksi lokal, kami dirugikan dua kali: kalah harga dan kalah ranking pencarian.
"""),
R("report_complaint", "comment", """
Bang Jon: Lae, yang jualan monza di depan gereja itu udah ditertibkan belum?
Lae Roy: Belum lae, malah tambah karung. Udah kulapor ke Satpol PP
Bang Jon: Bagus lah. Udah dilarang, masih berani kali
Lae Roy: Tunggu aja, minggu depan katanya ada razia
Bang Jon: Semoga pedagangnya dikasih solusi juga, jangan cuma diusir
"""),
R("report_complaint", "post", """
Pengalaman kurang enak di Pasar Jodoh 😥
Beli jaket "seken Singapore" 80rb, ternyata dalamnya jamuran, baru kelihatan pas di rumah.
Mau balikin, penjualnya sudah pindah lapak.
Pelajaran buat aku dan kalian: hati-hati beli pakaian bekas impor, selain ilegal juga risiko kesehatan.
"""),
R("report_complaint", "message", """
Kepada Admin Grup "Jual Beli Online Kendari":
Mohon postingan akun "Cakar Mama Ical" dihapus. Dia menjual karung cakar Malaysia dan mengajak anggota jadi reseller.
Aturan grup nomor 6 melarang barang ilegal. Terima kasih.
Lampiran: tangkapan layar postingan tanggal 12 dan 14.
Terima kasih atas perhatian admin. Semoga grup kita tetap bersih dari barang ilegal.
"""),
R("report_complaint", "post", """
Dear pembeli, tolong jangan salah paham 🙏
Ada yang komen di toko kami "ini pasti barang bal". Kami jual baju BARU produksi sendiri, bisa cek video produksi di highlight.
Kalau kalian menemukan toko yang jual bal impor, silakan lapor ke platform, jangan asal tuduh toko lokal.
""", el="1010"),
]
