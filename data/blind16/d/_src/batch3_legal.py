# Batch 3: legal hard negatives full of the famous words, each failing one element or more.
# Each entry: (kind, category, (offer, used, clothing, abroad), text)

RECORDS = [
("article", "hn_news_seizure", (0, 1, 1, 1), """Ratusan Karung Ballpress Diamankan di Perairan Tanjungbalai
Petugas gabungan menghentikan sebuah kapal kayu yang mengangkut sekitar 300 karung pakaian bekas asal Malaysia pada Selasa dini hari. Kapal itu diduga hendak merapat di dermaga tidak resmi.
Seluruh muatan diserahkan ke kantor Bea Cukai setempat untuk proses hukum dan pemusnahan. Nakhoda dan dua anak buah kapal masih diperiksa.
Impor pakaian bekas dilarang berdasarkan Permendag 18/2021 sebagaimana diubah dengan Permendag 40/2022."""),

("post", "hn_opinion", (0, 1, 1, 1), """Unpopular opinion: thrifting bukan gaya hidup ramah lingkungan kalau barangnya ballpress impor 🙃
Kita cuma jadi tempat buang sampah tekstil negara lain. Yang gak laku dari satu bal ujungnya dibakar atau numpuk di TPA.
Mau hemat? Pakai lungsuran kakak, tukeran sama temen, atau beli lokal.
Boleh debat di kolom komentar, tapi yang sopan ya."""),

("comment", "hn_complaint_quote", (0, 1, 1, 1), """Hati-hati sama akun yg posting "BONGKAR BAL KOREA GRADE A, 10 PCS 100RB, MURNI IMPOR" itu.
Aku transfer 300rb, yg dateng 10 kaos melar & bolong, bau apek banget. Pas komplain, nomorku diblokir.
Udah aku laporin ke marketplace, semoga gak ada korban lagi."""),

("post", "hn_report_to_platform", (0, 1, 1, 1), """Lapor min @marketplace_care 🙏
Ada toko yang jualan "ballpress second Jepang per karung 50kg, cakar bongkar langsung dari kapal" padahal setahu saya pakaian bekas impor itu dilarang.
Link toko sudah saya kirim via DM beserta tangkapan layar iklannya.
Mohon ditindaklanjuti ya, terima kasih."""),

("post", "hn_joke_meme", (0, 1, 1, 1), """Aku: janji gak beli baju lagi bulan ini
Aku pas lewat Gedebage dan denger abangnya teriak "bal baru dibuka, thrift impor 10 ribuan!": 🏃‍♀️💨
Dompet: 💀
*cuma meme ya, bulan ini beneran puasa belanja*"""),

("post", "hn_buyer_question", (0, 1, 1, 1), """Tanya dong warga Bandung 🙋‍♀️
Selain Gedebage sama Cimol, ada gak sih tempat thrift yang barangnya masih layak? Nyari jaket denim second buat kuliah.
Katanya sekarang ballpress impor udah susah masuk, bener gak?
Makasih yang udah jawab 🙏"""),

("post", "hn_buyer_diary", (0, 1, 1, 1), """Hari Minggu kemarin akhirnya nyobain thrifting ke Pasar Senen bareng sepupu.
Lantai 2 penuh banget, bau karung dan debu. Aku dapet 2 kemeja second dan 1 rok, total 90rb. Kemejanya langsung aku rendam air panas pas sampai rumah.
Capek tapi seru, walaupun sekarang agak mikir juga soal barang impor bekas yang katanya dilarang."""),

("listing", "hn_new_thrift_style", (1, 0, 1, 0), """Kaos Oversize Washed Vintage Look – BARU, Produksi Sendiri Bandung
Tampilan kayak baju thrift 90an tapi 100% baru, bukan bekas, bukan ballpress.
Bahan cotton combed 24s, proses acid wash di konveksi kami sendiri.
Ukuran M-XXL, harga 89rb. Ready stock, kirim hari ini."""),

("post", "hn_own_preloved", (1, 1, 1, 0), """Beberes lemari, preloved pribadi dilepas murah 🧹
Blouse 3 pcs, celana kulot 2 pcs, semua dipakai 2-3 kali, dibeli sendiri di mall Surabaya.
Bukan barang thrift/bal ya, asli koleksi sendiri, masih wangi.
20-50rb, COD Sidoarjo. DM aja."""),

("article", "hn_school_bazaar", (1, 1, 1, 0), """Bazar Baju Layak Pakai SD Tunas Harapan
Dalam rangka ulang tahun sekolah, komite menggelar bazar pakaian bekas hasil sumbangan orang tua murid pada Sabtu, 14 September, pukul 08.00–12.00.
Harga seragam dan kaos mulai Rp5.000. Seluruh hasil penjualan masuk kas perpustakaan.
Tidak ada barang impor atau ballpress, semua murni donasi wali murid."""),

("post", "hn_donation_request", (0, 1, 1, 0), """Open donasi pakaian layak pakai untuk korban banjir di Kecamatan Dayeuhkolot 🙏
Kami terima baju bekas yang bersih (bukan sobek), terutama baju anak, sarung, dan selimut.
Titik kumpul: posko masjid Al-Ikhlas, sampai 30 Januari.
Bukan untuk dijual ya, semua langsung dibagikan ke warga."""),

("listing", "hn_other_goods_phone", (1, 1, 0, 1), """HP Second Ex Jepang Per Karung – Campur Merk
Isi ±40 unit smartphone bekas, kondisi mati total / minus LCD, cocok buat kanibal sparepart.
Barang impor lewat jalur resmi, ada dokumen.
Harga per karung 4,5jt, tidak bisa pilih. Lokasi Batam."""),

("listing", "hn_other_goods_cardboard", (1, 1, 0, 0), """Jual Kardus Bekas Per Bal 100 Kg – Harga Pabrik
Kardus bekas press rapi, kering, tanpa plastik. Per bal ±100kg, 2.800/kg.
Sumber dari toko-toko di Sidoarjo, bukan impor.
Bisa ambil sendiri atau kirim truk area Jatim. WA 0812xxxx"""),

("listing", "hn_other_goods_majun", (1, 1, 0, 0), """Majun Kain Perca Per Karung – Buat Bengkel & Pabrik
Kain lap majun dari potongan kaos bekas, sudah dipotong kotak, daya serap tinggi.
Per karung 25 kg, 6.000/kg. Sumber dari pengepul lokal Majalaya.
Melayani langganan bengkel & percetakan. Hubungi 0813xxxx"""),

("listing", "hn_ordinary_new_clothing", (1, 0, 1, 0), """Kemeja Flanel Pria Kotak-Kotak Lengan Panjang Premium Murah
Kemeja flanel baru, jahitan rapi, bahan tebal tidak luntur.
Produksi konveksi Bandung, ukuran M-XXL, stok banyak tiap warna.
Harga 75rb, grosir 12 pcs 65rb/pcs. Kirim seluruh Indonesia."""),

("listing", "hn_new_import_sealed", (1, 0, 1, 1), """Jaket Parka Import Bangkok – Baru, Segel Plastik, Tag Lengkap
Barang impor baru via importir resmi, bukan bekas, bukan ballpress.
Tersedia hitam, army, navy. Size M-XL.
Harga 210rb, reseller min 6 pcs 185rb. Ready di Tanah Abang."""),

("article", "hn_rules_guideline", (0, 1, 1, 1), """Panduan Komunitas: Produk yang Dilarang
Kami tidak mengizinkan penjualan pakaian bekas impor, termasuk yang diiklankan sebagai ballpress, bal, karungan, thrift impor, cakar, atau monza.
Iklan yang memuat istilah tersebut akan diturunkan dan akun dapat dibatasi.
Penjualan pakaian bekas milik pribadi tetap diperbolehkan selama bukan barang impor.
Laporkan iklan yang melanggar lewat menu Laporkan."""),

("post", "hn_tutorial_wash", (0, 1, 1, 1), """Tips cuci baju thrift biar aman 🧼
1. Rendam air panas + deterjen minimal 1 jam, apalagi kalau dari karungan bal impor.
2. Tambah cuka atau disinfektan pakaian.
3. Jemur di bawah matahari langsung.
4. Setrika suhu tinggi sebelum dipakai.
Jangan langsung dipakai ya, kita gak tau barangnya dari mana."""),

("post", "hn_job_vacancy", (0, 1, 1, 1), """DICARI: 2 orang tenaga sortir di gudang thrift, Bekasi Timur
Tugas: bongkar bal, memilah baju second per grade, melipat dan menimbang.
Syarat: pria/wanita 18-35 th, tahan debu, jujur.
Gaji UMR + makan siang. Kirim lamaran ke WA 0812xxxx.
(ini lowongan kerja, bukan jual barang)"""),

("post", "hn_swap_event", (0, 1, 1, 0), """Swap Party Jumat ini di Taman Kota! 👗🔁👕
Bawa max 5 baju preloved kamu yang masih layak, tukar dengan punya orang lain. Gak ada jual beli, gak ada uang.
Bukan barang bal/impor ya, cuma isi lemari sendiri.
Sisa baju yang gak ketuker kami donasikan ke panti."""),

("listing", "hn_factory_reject", (1, 0, 1, 0), """Kaos Polos Reject Pabrik – Per Kodi 150rb
Kaos baru sisa ekspor garmen Semarang, reject minor (benang lebih, sablon geser).
Bukan bekas, bukan thrift, bukan bal. Masih dalam plastik.
Warna campur, size M-XL. Per kodi (20 pcs) 150rb."""),

("post", "hn_local_upcycle", (1, 1, 1, 0), """Tas tote dari jeans bekas 👜♻️
Semua bahan dari celana jeans lungsuran keluarga & tetangga di Jogja, kami jahit ulang jadi tote bag.
Bukan dari bal impor ya, kita sengaja ngurangin limbah lokal.
Harga 65rb, PO 5 hari kerja. Order via DM."""),

("listing", "hn_other_goods_machine", (1, 1, 0, 1), """Mesin Jahit High Speed Bekas Ex Jepang – Juki Second
Kondisi normal, sudah servis, siap pakai untuk konveksi.
Impor bekas resmi (mesin, bukan pakaian).
Harga 3,2jt per unit, ada 8 unit. Lokasi Cimahi, bisa dicoba di tempat."""),

("listing", "hn_other_goods_produce", (1, 0, 0, 0), """Bawang Merah Brebes Per Karung 50 Kg
Panen minggu ini, kering, siap kirim ke pasar induk.
Harga per karung menyesuaikan harga harian, hubungi dulu.
Bukan thrift, bukan bal pakaian ya, ini bawang 😅 WA 0812xxxx"""),

("review", "hn_review_no_seller", (0, 1, 1, 1), """Pengalaman pertama beli baju bal impor di pasar: kecewa.
Jaket yang katanya grade A ternyata ada jamur di bagian dalam, udah dicuci tiga kali baunya masih ada. Harganya memang murah, tapi kalau begini mending beli baru.
Saran saya, cek bagian ketiak dan kerah sebelum bayar."""),

("listing", "hn_other_goods_jute", (1, 1, 0, 0), """Karung Goni Bekas Kosong – Per 100 Lembar
Karung goni bekas kopi, masih kuat, cocok buat polybag, karung pasir, atau dekorasi kafe.
Per 100 lembar 350rb. Ambil di gudang Lampung.
Bukan isi baju ya, karungnya saja."""),

("live", "hn_new_thrift_style", (1, 0, 1, 0), """Haii yang baru join! Ini semua baru ya kak, bukan thrift, bukan bekas 😊
Modelnya memang kayak vintage 90an, warna pudar itu dari proses wash pabrik kami.
Kemeja korduroi 99rb, celana cargo 120rb, semua ada size M sampai XXL.
Checkout di keranjang kuning, stok banyak kok."""),

("post", "hn_denial_own_wardrobe", (1, 1, 1, 0), """Bukan ballpress! Bukan bal! 😤
Ini isi lemari almarhumah nenek saya, kebaya dan kain batik yang sudah dipakai beliau puluhan tahun. Keluarga sepakat dilepas ke orang yang menghargai.
Kebaya encim 150rb, kain batik tulis 200rb.
Lokasi Pekalongan, COD atau kirim."""),

("message", "hn_buyer_dm_question", (0, 1, 1, 1), """Kak, mau tanya, jaket yang di postingan tadi itu dari bal impor ya? Kondisinya second berapa persen?
Aku agak takut soalnya ada berita razia ballpress kemarin.
Kalau barangnya dari luar, aku gak jadi deh kak, maaf ya 🙏"""),

("article", "hn_history_monza", (0, 1, 1, 1), """Asal-Usul Kata Monza di Medan
Warga Medan menyebut pakaian bekas impor dengan istilah monza. Konon kata ini berasal dari 'Mongonsidi Plaza', julukan lapak-lapak di Jalan Mongonsidi yang ramai pada dekade 1990-an.
Barang-barang itu masuk dari pelabuhan seperti Belawan dan Tanjungbalai. Seiring waktu, pusat penjualan bergeser ke pajak-pajak lain di pinggiran kota.
Kini istilah monja juga dipakai untuk hal yang sama, meski perdagangannya dilarang pemerintah."""),

("article", "hn_essay_environment", (0, 1, 1, 1), """Esai: Jejak Tekstil di Balik Tren Thrifting
Tren thrifting di kalangan anak muda sering dipuji karena dianggap mengurangi konsumsi. Namun sebagian besar stoknya berasal dari ballpress impor, yaitu karung pakaian bekas dari negara maju.
Dari setiap bal, hanya sebagian yang layak jual. Sisanya berakhir sebagai limbah di negara penerima.
Esai ini mengajak pembaca menimbang ulang: apakah kita sedang mendaur ulang, atau sekadar menampung sisa konsumsi orang lain?"""),

("post", "hn_podcast_episode", (0, 1, 1, 1), """🎙️ Episode 27: Ngobrol sama Pedagang Cakar di Makassar
Kami ngobrol soal gimana bisnis cakar bongkar bertahan setelah larangan impor pakaian bekas, dan kenapa pembelinya gak pernah sepi.
Narasumber minta namanya disamarkan.
Dengerin di platform podcast favoritmu, link di bio."""),

("comment", "hn_scam_complaint", (0, 1, 1, 1), """Sama kak, aku juga kena. Iklannya "jual karungan thrift impor 1 karung 700rb isi 150 pcs, bisa COD". Udah DP 300rb, orangnya ngilang.
Total korban di grup ini udah 12 orang. Kita lagi kumpulin bukti buat lapor polisi, yang mau ikut DM aku."""),

("listing", "hn_other_goods_plastic", (1, 1, 0, 0), """Plastik Bekas Press Per Bal – Botol PET Bening
Per bal ±80kg, sudah dipres dan diikat kawat. Bersih, tanpa tutup.
Sumber dari bank sampah warga Bogor.
Harga 4.500/kg, minimal 5 bal. Hubungi 0857xxxx"""),

("listing", "hn_other_goods_furniture", (1, 1, 0, 1), """Furniture Second Ex Singapura – Meja & Kursi Kayu Jati
Barang bekas hotel Singapura, dikirim via kontainer resmi ke Batam.
Meja makan 1,8jt, kursi 350rb/pcs, lemari 2,5jt.
Bisa lihat langsung di gudang Batu Aji. WA 0812xxxx"""),

("post", "hn_trip_no_goods", (0, 1, 1, 0), """Liburan ke Bangkok kemarin sempet mampir ke pasar thrift gede di sana 😍
Barang second-nya banyak banget, tapi aku cuma lihat-lihat dan foto, gak beli apa-apa karena koper udah penuh.
Overall seru buat jalan sore, banyak jajanan juga."""),

("profile", "hn_local_consignment", (1, 1, 1, 0), """Lemari Bersama Jogja 🌿
Titip jual preloved milik warga Jogja & sekitarnya.
Setiap barang kami cek, cuci, dan foto. Tidak menerima barang bal/impor, hanya milik pribadi.
Komisi 20% untuk penitip. Toko di Jalan Kaliurang km 6."""),

("listing", "hn_wholesale_new_kodi", (1, 0, 1, 0), """Grosir Gamis Katun Per Kodi – Baru Dari Konveksi
Gamis katun motif bunga, jahitan rapi, baru semua.
Per kodi 20 pcs campur warna 1,4jt.
Melayani reseller Tanah Abang dan online. Bukan barang bekas, bukan karungan."""),

("listing", "hn_batam_new_souvenir", (1, 0, 1, 1), """Oleh-Oleh Batam: Kaos & Tas Baru Bermerek, Masih Segel
Barang baru masuk lewat Batam, lengkap tag & plastik.
Bukan bekas, bukan ballpress ya kak.
Kaos 95rb, tas selempang 150rb. Jastip dari Nagoya Hill, close PO Jumat."""),

("post", "hn_news_share_comment", (0, 1, 1, 1), """Baca berita pagi ini: 35 karung ballpress ditemukan di jalur tikus perbatasan Sebatik, pemiliknya gak ketemu.
Heran ya, tiap bulan ada aja yang ketangkep tapi pasar cakar tetap rame.
Kalau menurut kalian, masalahnya di penegakan atau di permintaan pembeli?"""),

("article", "hn_press_release", (0, 1, 1, 1), """Siaran Pers: Pemusnahan Barang Bukti Pakaian Bekas Impor
Kantor Bea Cukai melaksanakan pemusnahan 1.200 bal pakaian bekas impor hasil penindakan sepanjang tahun di wilayah pengawasan Nunukan dan Tarakan.
Pemusnahan dilakukan dengan cara dibakar di lokasi yang telah ditentukan, disaksikan perwakilan kejaksaan dan pemerintah daerah.
Masyarakat diimbau tidak membeli maupun memperdagangkan pakaian bekas asal luar negeri."""),

("comment", "hn_buyer_question", (0, 1, 1, 1), """Min, kalo beli baju monza di Pajak Melati terus aku jual lagi di IG, itu kena hukum gak ya? Serius nanya, soalnya banyak temen yang begitu.
Aku belum jual apa-apa kok, takut duluan."""),
]
