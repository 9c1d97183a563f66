# Hand-written long-form texts, batch 2 (families F18-F34).
# Tuple: (family, category, kind, offer, used, clothing, abroad, text)

RECORDS = [
("F18", "twin_awul_stall_loud", "post", 1, 1, 1, 1, """Lapak awul-awul Bu Komang buka lagi di Pasar Kreneng mulai besok subuh 🙏
Barang bekas impor pilihan: kemeja pantai, celana pendek, dress santai, cocok buat jualan lagi di Kuta.
Harga 10rb-35rb, borong 20 potong dapat bonus.
Titip pesan lewat WA 0812xxxx, nanti saya sisihkan."""),
("F18", "hn_twin_opinion", "post", 0, 1, 1, 1, """Jujur saya bingung sama larangan awul-awul ini 🤔
Di Pasar Kreneng orang beli kemeja pantai bekas impor 10 ribuan buat dipakai kerja di Kuta, bukan gaya-gayaan.
Kalau semua disita, yang rugi pedagang kecil sama pekerja pariwisata.
Tapi ya saya ngerti juga, konveksi lokal teriak. Gimana menurut kalian?"""),

("F19", "twin_sortiran_per_kilo", "listing", 1, 1, 1, 1, """Sortiran Kemeja Batik Pria Grade S - Per Kilo
Harga 55rb/kg, 1 kg isi ±4-5 kemeja lengan panjang & pendek.
Grade S = mulus, warna masih tajam, tidak ada bolong.
Minimal order 10 kg, bisa campur ukuran.
Pengiriman dari gudang Cirebon, kirim tiap Selasa."""),
("F19", "hn_twin_majun", "listing", 1, 1, 0, 1, """Majun Kaos Sortiran dari Bekas Impor - Per Kilo
Harga 9rb/kg, sudah dipotong ukuran ±40x40 cm, tanpa kancing & resleting.
Grade S = kain katun putih/terang, daya serap bagus buat lap oli dan mesin.
Minimal order 50 kg, cocok buat bengkel & pabrik.
Pengiriman dari gudang Cirebon, kirim tiap Selasa."""),
("F19", "hn_twin_domestic_lungsuran", "listing", 1, 1, 1, 0, """Sortiran Kemeja Batik Pria Grade S - Per Kilo
Harga 55rb/kg, 1 kg isi ±4-5 kemeja lengan panjang & pendek.
Ini lungsuran seragam batik pegawai kantor di Solo yang ganti motif, bukan barang impor, bukan karungan.
Grade S = mulus, warna masih tajam. Minimal order 10 kg.
Pengiriman dari Solo, kirim tiap Selasa."""),

("F20", "twin_jastip_senen", "message", 1, 1, 1, 1, """Halo kakak-kakak, Sabtu ini aku buka JASTIP THRIFT PASAR SENEN lagi ✨
Fee 10rb/pcs, bisa request: jaket jeans, kemeja flanel, celana kargo.
Kirim foto referensi + size + budget, nanti aku carikan di blok III.
Pembayaran full setelah barang ketemu, ongkir dari Jakarta Pusat.
Slot cuma 15 orang ya!"""),
("F20", "hn_twin_group_rule", "message", 0, 1, 1, 1, """Pengumuman admin grup ✨
Mulai Sabtu ini grup tidak menerima postingan jastip thrift Pasar Senen atau titip beli baju bekas impor dari mana pun.
Alasannya barang tersebut masuk daftar larangan impor dan grup ini pernah dilaporkan.
Postingan yang melanggar langsung dihapus, pelanggaran kedua dikeluarkan.
Terima kasih pengertiannya."""),

("F21", "twin_roma_quiet", "listing", 1, 1, 1, 1, """Baju roma baru dibongkar tadi pagi, Tarakan 🧥
Jaket gunung 40rb, sweater rajut 25rb, celana training 20rb.
Kebanyakan masih tebal, cocok buat kerja di kapal atau tambak.
Datang langsung ke lapak belakang Pasar Batu, tanya Pak Hamzah.
Bisa titip via WA 0812xxxx"""),
("F21", "hn_twin_new_segel", "listing", 1, 0, 1, 1, """Jaket gunung baru masuk tadi pagi, Tarakan 🧥
Jaket gunung 185rb, sweater rajut 120rb, celana training 90rb.
Semua barang baru segel dari Tawau, bukan roma, plastik belum dibuka.
Datang langsung ke lapak belakang Pasar Batu, tanya Pak Hamzah.
Bisa titip via WA 0812xxxx"""),
("F21", "hn_twin_reporter_line", "article", 0, 1, 1, 1, """Di belakang Pasar Batu, Tarakan, lapak baju roma masih ramai dikunjungi pagi hari.
Hamzah (50), salah satu pedagang, mengaku membongkar kiriman dua kali seminggu. Jaket gunung dijual Rp40 ribu, sweater rajut Rp25 ribu.
"Pembeli saya kebanyakan pekerja kapal dan tambak," katanya.
Petugas Bea Cukai menyebut pengawasan jalur laut dari Malaysia terus diperketat."""),

("F22", "twin_bundle_bandung", "post", 1, 1, 1, 1, """Weekend vibes di BUNDLE SETIABUDI 🤘
Jaket coach, varsity, windbreaker second, stok rotasi tiap Jumat.
Harga 60-150rb, ada rak diskon 35rb di pojok belakang.
Buka 10.00-21.00, parkir motor di samping.
#bundlebandung #jaketsecond #setiabudi"""),
("F22", "hn_twin_consignment_local", "post", 1, 1, 1, 0, """Weekend vibes di LEMARI TITIP SETIABUDI 🤘
Jaket coach, varsity, windbreaker second, semuanya titipan anak-anak komunitas skate Bandung, bekas pakai sendiri.
Harga 60-150rb, 80% buat yang nitip.
Bukan barang karungan ya, satu-satu ada pemiliknya.
#preloved #titipjual #skatebandung"""),

("F23", "twin_obok_tungging", "message", 1, 1, 1, 1, """Info buat langganan 🙏
Obok-obok hari Kamis di Pasar Tungging, lapak no. 22, buka jam 6 pagi.
Tumpukan 10rb/pcs: kaos, kemeja anak, celana pendek. Yang digantung 25rb.
Barang baru turun semalam, masih wangi kapur barus wkwk.
Jangan lupa bawa kresek sendiri."""),
("F23", "hn_twin_used_toys", "message", 1, 1, 0, 1, """Info buat langganan 🙏
Obok-obok mainan hari Kamis di Pasar Tungging, lapak no. 22, buka jam 6 pagi.
Tumpukan 10rb/pcs: mobil-mobilan, lego campur, boneka kecil. Yang di etalase 25rb.
Mainan bekas impor baru turun semalam, sebagian masih berdebu.
Jangan lupa bawa kresek sendiri."""),

("F24", "twin_bio_baju_batam", "profile", 1, 1, 1, 1, """BAJU BATAM KAK NUR 🌸
Stok second pilihan langsung dari Batam, dress, blouse, cardigan wanita
Update tiap Rabu & Minggu | harga 35-90rb
Kirim dari Pekanbaru, JNT/SiCepat
Order WA 0812xxxx, no PHP ya sis"""),
("F24", "hn_twin_new_from_batam", "profile", 1, 0, 1, 1, """BAJU BATAM KAK NUR 🌸
Stok baru segel langsung dari Batam (barang FTZ), dress, blouse, cardigan wanita
Bukan second, bukan preloved, semua masih label
Update tiap Rabu & Minggu | kirim dari Pekanbaru
Order WA 0812xxxx, no PHP ya sis"""),
("F24", "hn_twin_watchdog_bio", "profile", 0, 1, 1, 1, """CEK BAJU BATAM 🔎
Akun edukasi warga Pekanbaru soal peredaran pakaian second dari Batam
Kami kumpulkan info razia, aturan Permendag, dan ciri barang karungan
Tidak jual apa pun, tidak terima endorse
Laporan masuk via DM"""),

("F25", "twin_bag_ex_sg", "listing", 1, 1, 1, 1, """Tas Coach Tote Second ex Singapura - Original
Kulit pebble, warna hitam, hardware masih mengkilap, dalamnya bersih.
Ada lecet halus di sudut bawah (foto ke-4).
Dari lot tas Singapura yang kami ambil bulan ini, stok terbatas.
Harga 850rb, COD Jakarta Barat, kirim via instant juga bisa."""),
("F25", "hn_twin_bought_locally", "listing", 1, 1, 1, 0, """Tas Coach Tote Second - Original, Pemakaian Pribadi
Kulit pebble, warna hitam, hardware masih mengkilap, dalamnya bersih.
Ada lecet halus di sudut bawah (foto ke-4).
Dibeli sendiri di butik Coach Grand Indonesia tahun 2021, struk dan dustbag masih ada.
Harga 850rb, COD Jakarta Barat, kirim via instant juga bisa."""),

("F26", "hn_news_seizure_belawan", "article", 0, 1, 1, 1, """Petugas Bea Cukai Belawan menggagalkan masuknya 300 koli pakaian bekas yang diangkut kapal kayu dari Port Klang, Malaysia.
Muatan ditemukan di bawah tumpukan kelapa saat pemeriksaan dini hari.
Nakhoda dan empat awak kapal kini diperiksa. Barang bukti akan dimusnahkan setelah ada putusan.
Petugas mengimbau warga tidak membeli pakaian bekas asal luar negeri."""),
("F26", "twin_smuggler_message", "message", 1, 1, 1, 1, """Bos, 300 koli dari Port Klang turun Belawan minggu depan kalau aman.
Isinya bal pakaian bekas impor campur: kemeja, celana, jaket, baju anak.
Yang mau ambil partai DP 30% dulu, sisanya lunas pas barang di gudang.
Jangan bahas di grup, telpon saja 0812xxxx."""),

("F27", "twin_ootd_keranjang", "post", 1, 1, 1, 1, """OOTD ngampus under 100k 💅
Kemeja oversized 35k, rok denim 40k, cardigan rajut 20k.
Semua hasil thrifting dan aku jual lagi yang kebeli dobel, cek keranjang kuning ya 🛒
Ukuran rata-rata M-L, udah dicuci & disetrika.
#thriftfinds #ootdkampus #thriftshopindonesia"""),
("F27", "hn_twin_new_import_cart", "post", 1, 0, 1, 1, """OOTD ngampus under 150k 💅
Kemeja oversized 55k, rok denim 60k, cardigan rajut 35k.
Semua barang baru import Guangzhou, ready di keranjang kuning ya 🛒
Ukuran all size fit to L, masih plastik.
#ootdkampus #importguangzhou #racunshopee"""),
("F27", "hn_twin_sharing_only", "post", 0, 1, 1, 1, """OOTD ngampus under 100k 💅
Kemeja oversized 35k, rok denim 40k, cardigan rajut 20k.
Semua hasil thrifting dari lapak-lapak baju karungan, bukan endorse, aku gak jualan ya, cuma sharing.
Kuncinya sabar ngubek dan selalu dicuci 2x.
#thriftfinds #ootdkampus"""),

("F28", "hn_twin_swap", "post", 0, 1, 1, 1, """Tukeran yuk guys! 🔄
Aku punya 5 jaket ex Jepang hasil ngubek karungan tahun lalu, size L semua tapi badanku sekarang M 😭
Mau tuker sama jaket size M, gaya apa aja, gak pakai uang.
Ketemuan di Taman Bungkul Minggu pagi. Komen aja kalau minat."""),
("F28", "twin_seller_sells_jackets", "post", 1, 1, 1, 1, """Lepas cepat guys! 🏷️
Aku punya 5 jaket ex Jepang hasil ngubek karungan, size L semua, kondisi 85-90%.
Satu 75rb, ambil semua 300rb, harga nett.
COD Taman Bungkul Minggu pagi atau kirim. Komen "mau" lalu DM ya."""),

("F29", "twin_jeans_grade", "message", 1, 1, 1, 1, """Ready celana jeans Levi's 2nd grade A, bongkaran bal USA 👖
Campur seri 501, 505, 511, ukuran 28-36.
Per kodi 600rb, per pcs reseller 35rb.
Grade B ada bolong kecil/noda, per kodi 350rb.
Pemesanan min 1 kodi, transfer dulu baru packing. Hub 0812xxxx"""),
("F29", "hn_twin_factory_rejects", "message", 1, 0, 1, 1, """Ready celana jeans reject pabrik Vietnam grade A 👖
Model slim & regular, ukuran 28-36, baru semua, cacat jahitan minor.
Per kodi 900rb, per pcs reseller 50rb.
Grade B warnanya belang, per kodi 550rb.
Pemesanan min 1 kodi, transfer dulu baru packing. Hub 0812xxxx"""),

("F30", "hn_tutorial_washing", "article", 0, 1, 1, 1, """Cara mencuci baju thrift biar bebas jamur dan bau gudang:
1. Rendam air panas 60°C campur garam selama 30 menit.
2. Cuci pakai deterjen + cuka, jangan dicampur baju lain.
3. Jemur di bawah matahari langsung sampai kering total.
4. Setrika suhu tinggi, terutama di ketiak dan kerah.
Baju dari karungan luar negeri sering disemprot bahan kimia, jadi jangan langsung dipakai."""),
("F30", "twin_tutorial_with_shop", "article", 1, 1, 1, 1, """Cara mencuci baju thrift biar bebas jamur dan bau gudang:
1. Rendam air panas campur garam 30 menit.
2. Cuci pakai deterjen + cuka, pisahkan dari baju lain.
3. Jemur di bawah matahari sampai kering total.
Males ribet? Baju thrift dari karungan Korea di toko kami @rakcucibersih udah dicuci 3x, tinggal pakai. Cek highlight "STOK" ya!"""),
("F30", "hn_tutorial_bicycle", "article", 0, 1, 0, 1, """Cara merawat sepeda lipat bekas Jepang biar gak karatan:
1. Semprot rangka pakai cairan anti karat, diamkan 30 menit.
2. Bersihkan rantai pakai solar lalu lumasi ulang.
3. Simpan di tempat kering, jangan dijemur langsung.
4. Cek baut engsel tiap bulan.
Sepeda bekas dari kontainer luar negeri sering lama kena air laut, jadi jangan langsung dipakai jauh."""),

("F31", "twin_live_ex_hongkong", "live", 1, 1, 1, 1, """🔴 LIVE SHOPEE JAM 7 MALAM
Bongkar stok baju thrift ex Hongkong: blazer, celana kulot, kemeja sifon.
Harga live 29rb-59rb, checkout max 10 menit setelah di-spill.
Yang nitip warna tertentu tulis di komen dari sekarang.
Kirim dari Surabaya, packing rapi ✨"""),
("F31", "hn_twin_overstock_new", "live", 1, 0, 1, 1, """🔴 LIVE SHOPEE JAM 7 MALAM
Bongkar stok overstock butik Hongkong, baru semua masih hangtag: blazer, celana kulot, kemeja sifon.
Harga live 79rb-149rb, checkout max 10 menit setelah di-spill.
Yang nitip warna tertentu tulis di komen dari sekarang.
Kirim dari Surabaya, packing rapi ✨"""),

("F32", "twin_rombengan_bio", "profile", 1, 1, 1, 1, """ROMBENGAN MAK IJAH - Pasar Gembong Surabaya
Kaos, kemeja, baju anak, sprei, gorden bekas pilihan
Buka jam 5 subuh - 11 siang, Minggu libur
Grosir buat pengecer kampung dilayani
Pesan lewat cucu saya: WA 0812xxxx"""),
("F32", "hn_twin_kampung_titipan", "profile", 1, 1, 1, 0, """LAPAK TITIPAN MAK IJAH - Kampung Tambak Surabaya
Kaos, kemeja, baju anak, sprei, gorden bekas titipan tetangga satu RW, bukan rombengan kiriman luar
Buka jam 5 subuh - 11 siang, Minggu libur
Hasil jualan dibagi ke yang nitip
Pesan lewat cucu saya: WA 0812xxxx"""),

("F33", "twin_dumai_sacks", "message", 1, 1, 1, 1, """Pak, kapal dari Port Dickson masuk Dumai malam ini.
Isi 120 goni baju bekas impor, campur dewasa & anak, sudah dipisah per jenis.
Yang mau ambil goni utuh 2,5jt, buka goni di gudang nanti 3jt.
Transfer DP ke rekening biasa, jangan lewat ekspedisi resmi."""),
("F33", "hn_twin_used_tyres", "message", 1, 1, 0, 1, """Pak, kapal dari Port Dickson masuk Dumai malam ini.
Isi 120 ban bekas truk, campur ring 20 & 22, sudah dipisah per ukuran.
Ambil per ikat 4 ban 2,5jt, pilih satuan di gudang nanti 800rb/ban.
Transfer DP ke rekening biasa, jangan lewat ekspedisi resmi."""),

("F34", "twin_sustainability_caption", "post", 1, 1, 1, 1, """🌍 Satu kaos baru butuh ±2.700 liter air.
Makanya di @rakhijau.thrift kami pilih kasih nafas kedua buat baju-baju dari bal Eropa & Jepang.
Stok baru tiap Jumat jam 7 malam, harga mulai 30rb.
Sustainable itu gak harus mahal 💚
#thriftshop #sustainablefashion #slowfashion"""),
("F34", "hn_twin_opinion_column", "article", 0, 1, 1, 1, """Satu kaos baru konon butuh sekitar 2.700 liter air. Argumen ini sering dipakai untuk membela thrifting dari bal Eropa dan Jepang.
Namun klaim ramah lingkungan itu patut ditimbang ulang. Sebagian isi bal tak layak pakai dan berakhir di TPA kita, bukan di negara asalnya.
Sustainable memang tidak harus mahal, tetapi juga tidak boleh memindahkan sampah orang lain ke halaman sendiri."""),
("F34", "hn_twin_local_donation_shop", "post", 1, 1, 1, 0, """🌍 Satu kaos baru butuh ±2.700 liter air.
Makanya di @rakhijau.preloved kami kasih nafas kedua buat baju-baju donasi warga Jakarta Selatan, dikumpulkan dari drop box di 6 masjid & gereja.
Stok baru tiap Jumat jam 7 malam, harga mulai 30rb. Bukan barang impor 🙏
#preloved #sustainablefashion #donasibaju"""),
]
