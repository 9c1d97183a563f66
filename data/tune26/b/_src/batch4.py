# Hand-written long-form texts, batch 4 (families F52-F67).
# Tuple: (family, category, kind, offer, used, clothing, abroad, text)

RECORDS = [
("F52", "twin_live_bags_sack", "live", 1, 1, 1, 1, """Halo halo yang baru join live, selamat malam 👋
Malam ini kita buka bal tas ex Malaysia, isinya sling bag, tote, sama ransel kecil.
Semua satu harga 45rb, sebut nomor yang mau, langsung masuk keranjang.
Barang second ya, kondisi aku jelasin satu-satu di kamera.
Kirim besok pagi dari Pekanbaru."""),
("F52", "hn_twin_live_used_books", "live", 1, 1, 0, 1, """Halo halo yang baru join live, selamat malam 👋
Malam ini kita buka bal buku ex Malaysia, isinya novel Inggris, komik, sama buku resep.
Semua satu harga 45rb, sebut nomor yang mau, langsung masuk keranjang.
Buku bekas ya, kondisi kertas aku tunjukin satu-satu di kamera.
Kirim besok pagi dari Pekanbaru."""),

("F53", "twin_reply_blanket_japan", "comment", 1, 1, 1, 1, """@rina.wulan masih ada kak 🙏 selimut ex Jepang yang motif kotak biru, ukuran 150x200, bekas pakai tapi tebal dan gak bau.
harganya 50rb, kalau ambil dua jadi 90rb
aku kirim tiap Selasa & Jumat dari Bekasi, DM alamatnya ya kak"""),
("F53", "hn_twin_reply_rice_cooker", "comment", 1, 1, 0, 1, """@rina.wulan masih ada kak 🙏 rice cooker ex Jepang yang warna putih, kapasitas 1 liter, bekas pakai tapi normal dan panci gak ngelupas.
harganya 150rb, udah termasuk trafo step down
aku kirim tiap Selasa & Jumat dari Bekasi, DM alamatnya ya kak"""),

("F54", "twin_review_shop_second", "review", 1, 1, 1, 1, """Rating 5/5 buat @kemejaosaka.id 🙌
Kemeja oxford second ex Jepang yang aku beli kondisinya sesuai foto, cuma ada jahitan lepas sedikit di saku.
Dikirim cepat dari Bekasi, packing pakai kardus.
Buat yang nyari kemeja kantor murah, toko ini recommended banget, stoknya ganti tiap minggu."""),
("F54", "hn_twin_review_shop_new", "review", 1, 0, 1, 1, """Rating 5/5 buat @kemejaosaka.id 🙌
Kemeja oxford baru import Jepang yang aku beli masih lengkap tag harga yen dan plastiknya.
Dikirim cepat dari Bekasi, packing pakai kardus.
Buat yang nyari kemeja kantor awet, toko ini recommended banget, PO-nya ganti tiap minggu."""),

("F55", "twin_balpres_grade_b", "listing", 1, 1, 1, 1, """Balpres Campur Korea Grade B - 100 Kg
Isi acak pakaian dewasa: kaos, celana, sweater, ada sedikit noda & bolong.
Cocok buat lapak obral 10rb-an atau pasar malam.
Harga 4,2jt per bal, belum termasuk ongkir.
Gudang di Sidoarjo, lihat barang boleh, buka bal tidak boleh."""),
("F55", "hn_twin_paper_bale", "listing", 1, 1, 0, 1, """Balpres Kertas Campur Korea Grade B - 100 Kg
Isi acak kertas bekas: koran, majalah, HVS arsip kantor, ada sedikit basah.
Cocok buat pabrik kertas daur ulang atau pengepul.
Harga 420rb per bal, belum termasuk ongkir.
Gudang di Sidoarjo, lihat barang boleh."""),
("F55", "hn_twin_bank_sampah_bale", "listing", 1, 1, 1, 0, """Balpres Campur Grade B dari Bank Sampah - 100 Kg
Isi acak pakaian dewasa hasil setoran warga Sidoarjo: kaos, celana, sweater, ada sedikit noda & bolong.
Bukan barang impor, dipress sendiri oleh bank sampah kami.
Harga 1,2jt per bal, cocok buat lapak obral atau bahan daur ulang.
Gudang di Sidoarjo, lihat barang boleh."""),

("F56", "twin_live_spill_cakar", "live", 1, 1, 1, 1, """Spill dulu ya bestie, yang ini rok plisket cakar warna mocca, pinggang karet 🫶
30rb aja, yang mau ketik "MOCCA" di komen.
Abis ini aku spill blouse-blouse Korea dari karung yang sama.
Kondisi ada sedikit berbulu, aku tunjukin ke kamera biar jujur.
Kirim dari Makassar, COD Gowa bisa."""),
("F56", "hn_twin_live_new_malaysia", "live", 1, 0, 1, 1, """Spill dulu ya bestie, yang ini rok plisket baru import Malaysia warna mocca, pinggang karet 🫶
79rb aja, yang mau ketik "MOCCA" di komen.
Abis ini aku spill blouse-blouse baru dari supplier KL yang sama.
Masih plastik semua, aku buka di kamera biar kelihatan bahannya.
Kirim dari Makassar, COD Gowa bisa."""),

("F57", "twin_comment_dumai_sweater", "comment", 1, 1, 1, 1, """kalau mau sweater rajut murah aku ada kak, 30rb aja
dapet dari karungan Dumai minggu lalu, masih ada 12 potong, warna earth tone semua
udah aku cuci pake air panas
DM aja ya, bisa kirim ke Pekanbaru kota"""),
("F57", "hn_twin_comment_grandma_knit", "comment", 1, 1, 1, 0, """kalau mau sweater rajut murah aku ada kak, 30rb aja
ini rajutan tangan almarhumah nenekku sendiri, udah dipakai sepupu-sepupu, masih ada 12 potong, warna earth tone semua
udah aku cuci pake air panas
DM aja ya, bisa kirim ke Pekanbaru kota"""),

("F58", "twin_message_shoe_sack", "message", 1, 1, 1, 1, """Kak, stok karung sepatu bekas impor Thailand yang minggu lalu tanya masih 3 karung.
Isinya campur sneakers & sepatu kerja, ukuran dewasa, 1 karung ±70 pasang.
Harga 3,8jt/karung, kalau ambil 2 aku kasih 7,2jt.
Kabari sebelum Sabtu ya, ada yang dari Jambi juga nanya."""),
("F58", "hn_twin_message_phone_parts", "message", 1, 1, 0, 1, """Kak, stok karung LCD & casing HP bekas impor Thailand yang minggu lalu tanya masih 3 karung.
Isinya campur Oppo, Vivo, Samsung, 1 karung ±300 pcs, sebagian masih nyala.
Harga 3,8jt/karung, kalau ambil 2 aku kasih 7,2jt.
Kabari sebelum Sabtu ya, ada yang dari Jambi juga nanya."""),

("F59", "twin_review_senen_kiosk", "review", 1, 1, 1, 1, """Review jujur: kios Mas Ucup, Pasar Senen Blok III lantai 2 ⭐⭐⭐⭐⭐
Jeans second Levi's 505 dapet 85rb, ada sedikit pudar di lutut tapi malah cakep.
Masnya sabar banget dibongkar-bongkar, katanya barang baru turun tiap Selasa.
Recommended buat yang cari celana kerja murah."""),
("F59", "hn_twin_review_new_jeans", "review", 1, 0, 1, 1, """Review jujur: kios Mas Ucup, Pasar Baru lantai 2 ⭐⭐⭐⭐⭐
Jeans Levi's 505 baru import Jepang (Levi's Japan) dapet 650rb, masih bertag dan wangi toko.
Masnya sabar banget nyariin ukuran, katanya barang baru datang tiap Selasa.
Recommended buat yang cari celana kerja awet."""),
("F59", "hn_twin_review_consign_blokm", "review", 1, 1, 1, 0, """Review jujur: kios titip jual Mas Ucup, Blok M Square lantai 2 ⭐⭐⭐⭐⭐
Jeans second Levi's 505 dapet 85rb, ada sedikit pudar di lutut tapi malah cakep.
Semua barangnya titipan orang Jakarta sendiri, tiap barang ada kartu nama pemiliknya, bukan bongkaran karung.
Recommended buat yang cari celana kerja murah."""),

("F60", "twin_pasar_kaget_monza_shoes", "post", 1, 1, 1, 1, """Pasar kaget Minggu pagi depan Lapangan Merdeka Binjai 📢
Lapak kami obral sepatu monza: sneakers, pantofel, sandal gunung.
Mulai 25rb, pilih sendiri dari tumpukan, yang di rak 60rb.
Datang pagi biar dapat size yang pas ya, kami gelar dari jam 6."""),
("F60", "hn_twin_monza_cookware", "post", 1, 1, 0, 1, """Pasar kaget Minggu pagi depan Lapangan Merdeka Binjai 📢
Lapak kami obral perabot monza: panci, wajan teflon, termos, piring keramik Jepang.
Mulai 25rb, pilih sendiri dari tumpukan, yang di rak 60rb.
Datang pagi biar dapat yang masih mulus ya, kami gelar dari jam 6."""),

("F61", "twin_dropship_grade_a", "message", 1, 1, 1, 1, """Open dropshipper! 📦
Produk: kemeja pria ex Jepang grade A, bekas pakai tapi mulus, foto real sudah disiapkan.
Harga dropship 38rb, jual berapa saja terserah kakak.
Tanpa modal, tanpa stok, kami kirim atas nama toko kakak.
Gabung grup katalog: ketik DROP ke 0812xxxx"""),
("F61", "hn_twin_dropship_new_japan", "message", 1, 0, 1, 1, """Open dropshipper! 📦
Produk: kemeja pria import Jepang, barang baru, tag & plastik lengkap, foto real sudah disiapkan.
Harga dropship 138rb, jual berapa saja terserah kakak.
Tanpa modal, tanpa stok, kami kirim atas nama toko kakak.
Gabung grup katalog: ketik DROP ke 0812xxxx"""),

("F62", "twin_turkish_carpets", "listing", 1, 1, 1, 1, """Karpet & Permadani Bekas Impor Turki - Koleksi Rumah Expat
Motif kilim dan medallion, ukuran 120x180 s/d 200x300.
Sudah dicuci dan dijemur, ada yang rumbainya sedikit rusak.
Harga 350rb-1,8jt tergantung ukuran. Datang ke showroom kami di Kemang.
Dikirim dari Istanbul sebagai satu muatan, stok terbatas."""),
("F62", "hn_twin_turkish_lamps", "listing", 1, 1, 0, 1, """Lampu Gantung & Keramik Bekas Impor Turki - Koleksi Rumah Expat
Lampu mosaik kaca, piring hias Iznik, teko tembaga, ukuran beragam.
Sudah dibersihkan, ada yang catnya sedikit pudar.
Harga 350rb-1,8jt tergantung ukuran. Datang ke showroom kami di Kemang.
Dikirim dari Istanbul sebagai satu muatan, stok terbatas."""),

("F63", "twin_bio_cakar_seller", "profile", 1, 1, 1, 1, """CAKAR SULSEL 🧺 Daeng Rahmat
Jual eceran & grosiran baju cakar, bongkar karung tiap Rabu
Pasar Terong lantai 2, Makassar
Ongkir ke Kendari, Palu, Gorontalo via kapal
Order: WA 0812xxxx"""),
("F63", "hn_twin_bio_hunter_only", "profile", 0, 1, 1, 1, """CAKAR HUNTER SULSEL 🧺 Rahmat
Cuma pemburu baju cakar, share hasil ngubek karung tiap Rabu
Tidak jual, tidak jastip, jangan tanya harga ya 🙏
Makassar | konten OOTD murah
Kolab konten: email di link"""),

("F64", "hn_bank_sampah_per_kilo", "post", 1, 1, 1, 0, """Kaos sortiran per kilo, 15rb/kg ♻️
Kami Bank Sampah Hijau Lestari Bandung, kaos-kaos ini setoran warga 5 kelurahan, sudah dicuci.
Cocok buat bahan ecoprint, lap, atau dipakai lagi.
Ambil di sekretariat Sabtu pagi, minimal 3 kg.
#banksampah #bandungbersih"""),
("F64", "twin_per_kilo_quiet", "post", 1, 1, 1, 1, """Kaos sortiran per kilo, 15rb/kg 🔥
Grade A mulus, grade B ada noda tipis, dipisah tiap karung.
Cocok buat lapak pasar malam atau dijual lagi satuan 10rb.
Ambil di gudang Sabtu pagi, minimal 3 kg.
#grosirkaos #bandung"""),

("F65", "twin_shoes_bal_thailand", "post", 1, 1, 1, 1, """Jual sepatu bekas impor Thailand per bal, siap kirim 🚚
1 bal ±60 pasang, campur merek sport dan casual.
Harga 4,5jt per bal, bisa lihat video isi sebelum transfer.
Gudang di Pekanbaru, pengiriman ke seluruh Sumatera.
Hub admin gudang 0812xxxx"""),
("F65", "hn_twin_solar_panels", "post", 1, 1, 0, 1, """Jual panel surya bekas impor Jepang per palet, siap kirim 🚚
1 palet ±30 panel 250wp, campur merek Sharp dan Kyocera.
Harga 4,5jt per palet, bisa lihat video tes daya sebelum transfer.
Gudang di Pekanbaru, pengiriman ke seluruh Sumatera.
Hub admin gudang 0812xxxx"""),

("F66", "twin_sailor_uniform_2nd", "listing", 1, 1, 1, 1, """Seragam Sailor SMA Jepang Asli - 2nd ex Jepang
Bekas pakai siswi di Chiba, ada bordir nama sekolah di dalam kerah.
Size M, rok lipit navy, masih lengkap dasi merah.
Cocok buat koleksi atau cosplay. Harga 420rb.
Kirim dari Depok, bisa bubble wrap tambahan."""),
("F66", "hn_twin_sailor_new_import", "listing", 1, 0, 1, 1, """Seragam Sailor SMA Jepang - Baru, Import dari Osaka
Produksi toko seragam resmi, belum pernah dipakai, masih di plastik.
Size M, rok lipit navy, lengkap dasi merah.
Cocok buat koleksi atau cosplay. Harga 780rb.
Kirim dari Depok, bisa bubble wrap tambahan."""),

("F67", "twin_comment_office_blazers", "comment", 1, 1, 1, 1, """Mampir ke lapak kami kak 🙏 jas & blazer kantor bekas impor Singapura, banyak merk G2000 & Zara
harga 60-120rb, ukuran S sampai XXL
lapak di Pasar Mitra Raya Batam Center, buka jam 9
atau WA 0812xxxx buat video stok"""),
("F67", "hn_twin_comment_office_chairs", "comment", 1, 1, 0, 1, """Mampir ke lapak kami kak 🙏 kursi & meja kantor bekas impor Singapura, banyak merk Herman Miller & Steelcase
harga 600rb-2jt, kondisi 80% up
lapak di gudang Batam Center, buka jam 9
atau WA 0812xxxx buat video stok"""),
]
