from common import R

RECORDS = [
# ---------------- new_thrift_style (legal) ----------------
R("new_thrift_style", "listing", """
Kemeja Flanel Ala Thrift — BARU, produksi konveksi sendiri (Bandung)
Bahan katun flanel 180 gsm, warna dibuat "washed" biar kelihatan vintage.
Size chart: M (LD 104, P 72), L (LD 110, P 74), XL (LD 116, P 76).
Bukan barang bekas, bukan impor, semua jahitan kami di Cigondewah.
Harga 129rb. Kirim tiap hari dari Bandung.
Warna tersedia: merah-hitam, hijau botol, biru dongker, coklat mocca.
Perawatan: cuci dengan air dingin, jangan pakai pemutih, setrika suhu sedang.
Reseller welcome, minimal 1 lusin campur warna dapat harga 99rb.
#flanellokal #kemejaflanel #thriftstyle #madeinbandung
"""),
R("new_thrift_style", "live", """
🔴 LIVE malam ini jam 19.00 di akun toko — launching koleksi baru!
Suka gaya thrift tapi takut bau karung? 😅
Kenalin koleksi "Second Look" dari kami: jaket denim baru dengan efek fading & distressed, dijahit di Jogja.
BNWT (brand new with tag), tiap pcs ada hangtag dan nomor produksi.
Harga 249rb, PO 10 hari kerja.
Size chart: S (LD 100), M (LD 106), L (LD 112), XL (LD 118).
Setiap jaket dicuci batu (stone wash) dua kali supaya warnanya pudar alami.
#localbrand #thriftstyle #bukanbekas #denimlokal #madeinjogja
"""),
R("new_thrift_style", "listing", """
Crewneck Vintage Look "Varsity 1994" — NEW
Sablon plastisol dengan efek retak (crack print) supaya terlihat seperti barang lawas.
Bahan fleece cotton 280 gsm, produksi Bekasi.
Ukuran S-XXL. Harga 165rb.
Catatan: ini produk baru, bukan dari bal atau karungan mana pun 🙏
Pengiriman dari Bekasi, Senin-Sabtu. Bisa COD Jabodetabek lewat kurir instan.
"""),
R("new_thrift_style", "post", """
OPEN PO BATCH 3 — "Nenek Knit" cardigan rajut motif klasik 🧶
Dirajut mesin di Majalaya, motif terinspirasi sweater nenek-nenek di toko vintage.
Warna: mustard, sage, cream, maroon. Free size (LD 110).
Harga 189rb, PO tutup Minggu, kirim 14 hari setelahnya.
100% baru & lokal.
Pembayaran DP 50% saat PO, pelunasan saat barang siap kirim.
Yang tanya kenapa tidak ready stock: karena kami produksi terbatas biar tidak ada sisa barang menumpuk.
"""),
R("new_thrift_style", "listing", """
JUAL SISA EKSPOR — Kemeja Oxford Pria (baru, pabrik Semarang)
Sisa order buyer luar yang tidak terkirim, kualitas ekspor, label masih utuh.
Ada yang cacat kecil (benang lebih, warna sedikit beda) sudah kami pisahkan dan diberi harga lebih murah.
Harga normal 95rb, cacat minor 60rb.
Semua barang baru, produksi dalam negeri.
Size chart: S (LD 98), M (LD 104), L (LD 110), XL (LD 116).
Grosir minimal 1 kodi campur ukuran, harga 70rb/pcs.
Kirim dari Semarang, bisa ambil langsung di gudang Kaligawe.
"""),
R("new_thrift_style", "post", """
Bongkar karung stok kaos polos pabrik kami 📦😆
Bukan bal-balan luar negeri ya guys, ini stok baru dari konveksi sendiri di Soreang, 1 karung isi 300 pcs.
Warna: hitam, putih, abu misty, navy, sage.
Harga grosir 22rb/pcs (min 1 lusin), eceran 30rb.
Sengaja kami bilang "bongkar karung" biar kekinian, tapi isinya produk kami sendiri ya 😆
Pengiriman pakai ekspedisi kargo untuk pembelian di atas 5 kg.
#kaospolos #konveksibandung #grosirkaos
"""),
R("new_thrift_style", "listing", """
Celana Kargo Y2K — Baru, Brand Lokal "RUSTY"
Model baggy dengan saku samping, bahan ripstop, warna olive & khaki.
Tampilan ala thrift shop Jepang, tapi 100% baru dan dijahit di Tangerang.
Size 28-36. Harga 215rb.
Gratis stiker untuk pembelian pertama.
Size chart (lingkar pinggang): 28 = 74 cm, 30 = 78 cm, 32 = 82 cm, 34 = 88 cm, 36 = 94 cm.
Model di foto tinggi 175 cm pakai size 30.
"""),
R("new_thrift_style", "post", """
Banyak yang tanya: "Kak ini barang thrift ya?" 🙈
Jawabannya BUKAN. Semua produk kami baru, dijahit penjahit rumahan di Klaten, bahannya kami beli di Pasar Klewer.
Kami cuma suka gaya retro/vintage, jadi modelnya dibuat begitu.
Koleksi minggu ini: blouse kerah renda, rok plisket, dress motif bunga kecil.
Semua jahitan dikerjakan ibu-ibu di desa kami, jadi setiap pembelian ikut menghidupi penjahit rumahan.
PO 7 hari kerja, ready stock beberapa model di highlight.
"""),
R("new_thrift_style", "listing", """
Jaket Coach "Faded Series" — NEW ARRIVAL
Efek warna pudar hasil garment dye, bukan karena umur.
Lapisan dalam mesh, kancing jepret logam.
Size M-XL, harga 275rb.
Produksi: Bandung, batch 200 pcs. Lengkap dengan hangtag & kantong plastik.
Size chart: M (LD 108, P 70), L (LD 114, P 72), XL (LD 120, P 74).
Banyak yang kira ini jaket dari bal karena warnanya pudar, padahal baru keluar dari mesin jahit 😄
Pengiriman Senin-Sabtu, bisa COD Bandung kota.
"""),
R("new_thrift_style", "post", """
Kaos band "bootleg" ala 90an — desain kami sendiri, bukan barang lama ya 🎸
Sablon manual, kaos Gildan baru, tag kami ganti label lokal.
Ready 6 desain, size M-XXL, 135rb.
Mau yang dibuat seolah "vintage" (wash + crack)? Tambah 25rb, proses 3 hari.
Desain 100% original kami, bukan sablon ulang kaos band asli.
Pengiriman dari Yogyakarta, bisa request bungkus kado.
"""),
R("new_thrift_style", "listing", """
Grosir Sisa Produksi Garmen — Rok & Celana Wanita (BARU)
Sisa potongan order ekspor dari pabrik di Bawen, ukuran campur.
Dijual per karung isi ±120 pcs (acak), 2,4 jt/karung, atau eceran 25rb.
Semua barang baru, belum pernah dipakai, ada sebagian cacat ringan.
Lokasi gudang: Ungaran. Cocok untuk pedagang pasar & online.
Foto isi karung contoh bisa diminta, tapi isinya acak per pengiriman.
Pembayaran tunai atau transfer, faktur pabrik tersedia.
"""),
R("new_thrift_style", "post", """
Kalian pernah iri sama orang yang dapet "hidden gems" di thrift? 😆
Kami bikin versinya sendiri: Mystery Box isi 3 baju baru gaya vintage dari koleksi lama kami (overstock), dijual 150rb.
Isinya random tapi semua masih baru, ada tag, lokal.
Kuota 50 box, buka Jumat jam 7 malam.
Isi box sudah kami cek satu-satu, tidak ada yang cacat berat. Ukuran bisa request (S/M/L/XL).
"""),
R("new_thrift_style", "listing", """
Dress Linen Cottagecore "Sekar" — PO 12 hari
Gaya seperti gaun vintage Jepang, lengan balon, kerah peterpan.
Bahan linen rami lokal, jahit tangan sebagian.
Size S, M, L (LD 88/94/100). Harga 285rb.
Baru, bukan preloved, bukan impor.
Warna: ivory, sage, dusty blue. Kain dicuci dulu (pre-washed) supaya tidak menyusut.
"""),
R("new_thrift_style", "post", """
Outfit of the day: tampilan "habis ngawul" tapi semuanya baru 😄
- Kemeja corduroy: brand lokal Solo
- Celana chino washed: konveksi Bogor
- Sepatu kanvas: buatan Cibaduyut
Total 480rb, semuanya ada link di bio. Support lokal, gaya tetap vintage!
Siapa bilang harus ke pasar thrift buat dapat gaya begini? Produk lokal juga bisa 😎
#ootdlokal #vintagestyle #cibaduyut #supportlocal
"""),
R("new_thrift_style", "listing", """
Sweater Rajut "Oma" — Overstock Toko, Baru
Kami pernah salah hitung produksi, jadi sisa 70 pcs dijual murah 99rb (normal 179rb).
Motif fair isle, warna hangat, free size.
Kondisi baru dengan tag, disimpan di gudang ber-AC.
Bukan bal, bukan karungan, bukan barang second.
Stok terbatas, satu akun maksimal 3 pcs supaya kebagian semua.
"""),
R("new_thrift_style", "post", """
Kenapa kami pakai kata "thrift" di nama toko padahal jual baju baru? 🤔
Karena "thrift" artinya hemat. Kami jual pakaian baru produksi UMKM dengan harga hemat, mulai 45rb.
Nama toko ini sudah kami pakai sejak 2017, jauh sebelum ramai soal larangan.
Beberapa kali produk kami ikut diturunkan marketplace karena kata "thrift" di nama toko, padahal semuanya baru.
Kami sudah mengajukan banding dan melampirkan foto proses produksi di konveksi.
Supaya jelas: tidak ada barang bekas, tidak ada barang impor di toko kami.
Terima kasih sudah bertanya, semoga tidak salah paham lagi 🙏
Produk kami: kemeja, celana kulot, kaos, dan jilbab, semua dari konveksi di Bogor dan Tasik.
"""),
R("new_thrift_style", "listing", """
Paket Reseller Kaos Oversize Washed (Baru) — 1 kodi
Isi 20 pcs, warna acak (washed black, washed brown, washed blue).
Efek pudar dibuat dengan acid wash di konveksi kami, Cimahi.
Harga 1 kodi 800rb (40rb/pcs). Bisa jual lagi 75-95rb.
Foto real & video ada di katalog.
Pengiriman dari Cimahi, ekspedisi JNE/J&T/kargo.
Reseller juga bisa request label custom dengan minimal order 10 kodi.
"""),
R("new_thrift_style", "post", """
Drop hari ini: Jeans "Mama 1989" ✨
Potongan high waist ala jeans jadul, warna light blue dengan whiskers.
Baru ya, bukan jeans lama. Diproduksi penjahit denim di Bandung, bahan 13 oz.
Size 25-32, harga 239rb. Bisa COD Jakarta.
Bahan katun denim rigid, akan melembut setelah dipakai beberapa kali.
Gratis potong panjang celana sesuai tinggi badan.
"""),
R("new_thrift_style", "review", """
⭐⭐⭐⭐⭐ Kemeja motif retro cendrawasih, size L
Barang baru, masih ada hangtag brand lokalnya. Bahan rayon adem banget, cocok buat acara kantor santai.
Awalnya kukira kemeja vintage dari thrift, ternyata produksi sendiri di Pekalongan, motifnya juga desain mereka.
Jahitan rapi, kancing batok kuat. Pengiriman 2 hari ke Surabaya. Pasti beli warna lain!
"""),
R("new_thrift_style", "post", """
Pameran "Lokal Rasa Vintage" akhir pekan ini di Taman Budaya 🏛️
30 tenant brand lokal yang menjual pakaian baru bergaya retro: rajut, denim, batik modern, sepatu kanvas.
Catatan panitia: tenant yang kedapatan menjual barang dari bal atau karungan luar negeri akan diminta menutup lapak.
Tiket gratis, buka 10.00-21.00.
Jadwal panggung: akustik lokal jam 16.00, fashion show "Retro Nusantara" jam 19.00.
Tenant kuliner juga tersedia, bawa tumbler sendiri dapat diskon minuman.
Ada juga workshop sablon manual dan kelas menjahit tas kanvas gratis untuk 50 pendaftar pertama.
"""),
R("new_thrift_style", "listing", """
Reject Pabrik Sepatu Kanvas (Baru) — Cibaduyut
Cacat kecil: lem sedikit keluar, jahitan tidak simetris, warna belang tipis.
Semua baru, belum dipakai, sisa produksi untuk brand lokal.
Harga 85rb (normal 250rb). Size 37-44.
Tidak menerima retur karena sudah dijelaskan cacatnya.
Grosir untuk pedagang: minimal 12 pasang, 70rb/pasang.
"""),
R("new_thrift_style", "post", """
"Thrifted look" tanpa thrifting 😉
Banyak yang DM nanya outfit ini hasil ngawul di mana. Jawabannya: nggak ngawul sama sekali!
Tips mix & match:
- pakai kemeja oversize baru warna pudar
- celana straight cut
- sepatu kanvas putih agak dekil (sengaja)
Semua item di foto adalah produk baru dari toko kami, diproduksi di Depok. Link katalog di bio.
#thriftedlook #ootdhemat #lokalpride
"""),
R("new_thrift_style", "listing", """
Blazer Oversize Korean Style — Lokal, Baru
Model blazer ala butik Seoul, tapi dijahit di Tanah Abang (konveksi sendiri).
Bahan wool peach, furing penuh.
Size S-XL, harga 199rb. Warna: hitam, cream, coklat susu.
Bukan barang luar, bukan second.
Pengiriman dari Jakarta Pusat, bisa ambil di toko (Blok A lantai 5 no. 112).
Grosir minimal 3 pcs per warna, harga 165rb/pcs.
"""),
R("new_thrift_style", "profile", """
RETRO LOKAL ID 🧵 | kaos & kemeja gaya jadul, 100% BARU
🏭 Konveksi sendiri: Tanah Abang & Cipulir
🚫 Bukan barang bal / karungan / second
📦 Grosir min 3 pcs per model | ecer via marketplace
📍 Blok A lt. 5 no. 112 | buka 08.00-16.00
"""),
R("new_thrift_style", "listing", """
Tas Kanvas "Army Vintage" — Baru, Handmade Garut
Bahan kanvas tebal yang dicuci stone wash supaya terlihat lawas, aksen kulit sapi asli.
Ukuran 38 x 30 x 12 cm, muat laptop 14".
Harga 225rb. Dibuat oleh pengrajin kulit Sukaregang.
Warna: army green, khaki, hitam. Garansi jahitan 6 bulan.
"""),
R("new_thrift_style", "post", """
Kami tutup lapak baju seken dan pindah jualan produk lokal 🙏
Mulai bulan ini, semua yang kami jual adalah baju baru dari konveksi Bandung & Solo: kemeja, jaket, celana, gaya tetap vintage seperti dulu.
Harga mulai 59rb. Pelanggan lama tetap dapat diskon.
Terima kasih sudah menemani perjalanan kami.
Stok lama yang masih ada sudah kami serahkan ke petugas sesuai arahan, dan tidak dijual lagi.
"""),

# ---------------- new_import_clothing (legal) ----------------
R("new_import_clothing", "listing", """
Blouse Korea Import BARU — langsung dari Dongdaemun
Bahan sifon, kerah pita, warna: putih, baby blue, dusty pink.
All size fit to L (LD 100). BNWT, kemasan plastik per pcs.
Harga 119rb. Ready stock di Jakarta, kirim hari ini kalau order sebelum jam 3.
Size chart: LD 100, panjang 62, lengan 58.
Retur ukuran bisa dalam 3 hari selama tag masih terpasang.
"""),
R("new_import_clothing", "listing", """
Grosir Baju Anak Import Guangzhou — BARU
Setelan kaos + celana, karakter dinosaurus & kelinci, usia 1-5 tahun.
Per seri isi 5 pcs (ukuran 80-120), harga 275rb/seri.
Barang baru dengan hangtag, dikirim dari gudang Jakarta Barat.
Bisa campur motif minimal 3 seri.
Dokumen impor lengkap, bisa dibuatkan faktur untuk toko.
Catatan: ini barang BARU pabrik, bukan bal seken. Tiap seri dikemas plastik dengan label ukuran.
"""),
R("new_import_clothing", "post", """
Jastip Uniqlo Tokyo batch Desember ✈️🇯🇵
Semua barang BARU dibeli langsung di store Ginza, struk dilampirkan.
Fee 30rb/pcs, berat di atas 1 kg kena tambahan.
Heattech, ultra light down, kaos UT. Close order 10 Des, barang sampai akhir Des.
Barang dikirim dari Jakarta setelah tiba, ongkir domestik ditanggung pembeli.
Semua barang baru dengan tag harga yen, struk difoto per pesanan.
"""),
R("new_import_clothing", "listing", """
Sneakers New Balance 530 — BNIB (Brand New In Box)
Original import, made in Vietnam, lengkap box & tag.
Size 36-44. Harga 1,45 jt.
Bisa cek keaslian di toko offline kami (Kelapa Gading).
Bukan barang second, bukan reject.
Bisa cicilan 0% 3 bulan untuk kartu kredit tertentu.
"""),
R("new_import_clothing", "listing", """
Hijab Turki Premium — Baru, Import Istanbul
Bahan voal halus, jahitan tepi rapi, motif lukis.
Ukuran 115 x 115 cm. Harga 85rb, grosir (min 12) 70rb.
Stok datang per koli dari supplier di Istanbul, semua baru dan bersegel plastik.
Warna tersedia 24 pilihan, katalog lengkap di WA.
"""),
R("new_import_clothing", "post", """
New arrival dari Bangkok 🇹🇭
Kaos gajah, celana Aladin, dress pantai — semua baru, beli langsung di Chatuchak minggu lalu.
Harga 60-150rb. Stok terbatas, tidak restock.
Ukuran kaos: M, L, XL; celana Aladin all size.
#jastipbangkok #chatuchak #celanagajah #oleholehthailand
"""),
R("new_import_clothing", "listing", """
Jaket Puffer Import China — BARU, isi dakron tebal
Cocok untuk umroh musim dingin / liburan ke Jepang-Korea.
Warna hitam, navy, krem. Size M-3XL.
Harga 210rb. Kemasan vakum per pcs.
Datang per bal 50 pcs dari pabrik di Zhejiang — BARU semua, bukan bal seken ya kak.
Grosir 1 bal 50 pcs: 185rb/pcs.
Tersedia size chart lengkap di foto terakhir, bahan luar taslan anti air.
"""),
R("new_import_clothing", "listing", """
Gamis Abaya Dubai — NEW
Bahan jetblack premium, bordir tangan di lengan.
Ukuran S-XL (panjang 135-145). Harga 385rb.
Import langsung dari Dubai, kemasan box eksklusif.
Garansi jahitan 30 hari.
Bisa custom panjang sesuai tinggi badan, tambah 3 hari.
Warna tersedia: hitam pekat, navy, dan maroon tua. Bisa COD Jakarta Timur.
"""),
R("new_import_clothing", "post", """
PO Batch 7 — Pakaian Wanita Korea (baru) 🇰🇷
Closing Jumat, estimasi tiba 14-21 hari.
Kami belanja langsung ke grosir Dongdaemun, QC di Seoul sebelum kirim.
Bukan barang preloved. Semua masih ada tag dan plastik.
Katalog lengkap di link bio.
Pembayaran DP 50%, sisanya saat barang sampai di Jakarta.
Estimasi tiba 2-3 minggu, kami update lewat grup WA pembeli.
"""),
R("new_import_clothing", "listing", """
Kaos Kaki Jepang Import — Baru, Pack Isi 5
Motif kucing & kotak-kotak, bahan katun. Made in Japan.
Harga 95rb per pack. Barang baru, bukan dari lelang atau karungan.
Kirim dari Surabaya.
Cocok buat kado, tersedia kotak hadiah tambahan 10rb.
Stok datang tiap bulan dari distributor di Tokyo, semua masih dalam kemasan asli.
"""),
R("new_import_clothing", "post", """
Sepatu Import Baru Grade Ori — Ready Medan 👟
Nike, Adidas, Puma (produk resmi pabrik Asia Tenggara), semua baru dengan box.
Size 38-44, harga 650rb-1,3 jt.
Kami tegaskan: tidak menjual sepatu monza/second. Kalau mau yang second, silakan ke lapak lain 🙏
Toko offline: Jl. Gatot Subroto Medan, buka 10.00-21.00.
Yang nanya beda sama sepatu di Pajak Melati: di sana kebanyakan second, di kami semua baru dengan box dan garansi toko.
"""),
R("new_import_clothing", "listing", """
Grosir Kaos Polos Import Bangladesh — BARU
Cotton combed 24s, jahitan rantai, warna lengkap.
Dijual per karton isi 120 pcs: 3,6 jt (30rb/pcs).
Dokumen impor lengkap, barang baru dari pabrik.
Gudang Cakung, kirim seluruh Indonesia.
Cocok untuk sablon, seragam event, dan merchandise.
"""),
R("new_import_clothing", "post", """
Koleksi Lebaran: Baju Kurung Malaysia (BARU) 🌙
Jahitan Kelantan, kain cotton Jepun, lengkap dengan selendang.
Saiz XS-3XL. Harga 320rb.
Bukan lelong ya kak, semua baru, dibeli dari butik di Kuala Lumpur.
Pengiriman dari Pontianak.
Boleh tempah ukuran khas, siap dalam 2 minggu.
"""),
R("new_import_clothing", "listing", """
Tas Wanita Import Batam — BARU (Grade Premium)
Model shoulder bag kulit sintetis, warna taupe & hitam.
Ukuran 26 x 18 cm. Harga 175rb.
Barang baru dari distributor resmi, bukan tas seken.
Free dust bag.
Garansi resleting 1 bulan.
Stok warna lain menyusul minggu depan, bisa PO dari sekarang.
"""),
R("new_import_clothing", "live", """
🔴 LIVE dari Myeongdong jam 14.00 WIB, aku keliling outlet sambil kalian pilih barang!
Jastip Korea spesial winter sale ❄️
Coat wol, syal, sarung tangan — baru dari outlet Lotte & Hyundai Department Store.
Diskon sampai 50%, fee jastip 10%.
Open sampai 20 Januari. DM untuk request barang spesifik.
Semua barang dikirim dengan nota belanja asli.
"""),
R("new_import_clothing", "listing", """
Batik Print Made in China?? — JUJUR di deskripsi
Kemeja motif parang, bahan katun, baru. Diproduksi di pabrik China untuk pasar ekspor.
Kami jual sebagai "kemeja motif", bukan batik tulis/cap.
Harga 75rb. Size M-XXL.
Kalau cari batik asli buatan Indonesia, kami juga jual batik cap Pekalongan di etalase lain.
"""),
R("new_import_clothing", "listing", """
Legging & Sport Bra Import Thailand — BARU
Bahan spandex 4-way stretch, squat proof.
Size S-XL, warna 8 pilihan. Harga set 145rb.
Barang baru impor resmi, kemasan ziplock.
Bisa tukar ukuran maksimal 3 hari setelah diterima.
Size chart: S (pinggang 60-66), M (66-72), L (72-78), XL (78-84).
"""),
R("new_import_clothing", "post", """
Kabar buat reseller: kontainer baju baru dari Guangzhou sudah sampai Tanjung Priok 🚢
Isi: dress, blouse, celana kulot, outer — semua baru, per pcs berlabel.
Harga grosir mulai 35rb, minimal 1 seri.
Bukan bal bekas, bukan karungan, jangan khawatir.
Minimal order reseller 1 seri (4-6 pcs per model).
"""),
R("new_import_clothing", "listing", """
Jaket Uniqlo Ultra Light Down — BARU dari Singapura
Dibeli di Uniqlo Orchard, masih segel plastik + tag harga SGD.
Size M, warna navy. Harga 690rb.
Ada nota pembelian.
Dijual karena kekecilan, belum pernah dipakai.
COD area Tebet atau kirim via kurir instan.
"""),
R("new_import_clothing", "profile", """
DENIM IMPORT RESMI 👖 | PT Sinar Denim Nusantara
✅ Importir terdaftar (API-U), barang BARU dari pabrik
🇭🇰🇨🇳 Hong Kong • Guangzhou • Bangladesh
📄 Faktur pajak tersedia untuk reseller & toko
📍 Gudang Sunter, Jakarta Utara | Senin-Sabtu
"""),
R("new_import_clothing", "review", """
Ulasan produk ★★★★☆ — Kimono Outer Sakura (baru)
Barangnya baru dalam kemasan, bukan kimono bekas seperti yang sering dijual di lapak karungan.
Bahan satin agak tipis tapi jatuhnya bagus buat foto wisuda.
Minus satu bintang karena warnanya sedikit lebih gelap dari foto. Seller ramah dan cepat kirim.
"""),
R("new_import_clothing", "post", """
Pasar Jodoh bukan cuma seken lho 😄
Banyak orang ke Jodoh cuma buat cari barang second, padahal toko baju baru juga banyak di sekitar Nagoya.
Toko kami di Nagoya Hill jual baju baru import Singapura & Malaysia: kemeja kantor, dress kerja, baju anak.
Semua baru dengan tag, harga bersaing.
Buka 10.00-21.00.
Kami tidak menjual barang seken, jadi kalau cari baju baru untuk kantor, mampir ya.
"""),
R("new_import_clothing", "listing", """
Mukena Bali? Bukan — Mukena Import Malaysia "Siti Khadijah" BARU
Kain katun lembut, bordir di dahi, lengkap tas.
Harga 650rb, original dengan hologram.
Dikirim dari Batam, bisa COD Batam kota.
Tersedia warna putih, krem, dan abu muda.
Cocok untuk hadiah umroh atau seserahan.
"""),
R("new_import_clothing", "post", """
Grosir jilbab instan Turki & Mesir (BARU) 🧕
Datang per karung 200 pcs dari distributor Jakarta, semua baru dengan plastik.
Harga per karung 5 jt, ecer 35rb.
Tidak ada campuran barang seken.
Pembayaran transfer, pengiriman seluruh Indonesia.
Warna tersedia 30 pilihan, katalog lengkap di WA admin.
"""),
R("new_import_clothing", "listing", """
Sepatu Boots Kulit Import Italia — NEW
Kulit sapi full grain, sol karet Vibram.
Size EU 40-45. Harga 3,2 jt.
Unit baru, box & dust bag lengkap, dijual oleh distributor resmi di Jakarta.
Perawatan gratis 1x (semir & poles) dalam 6 bulan pertama.
Showroom di Kemang, buka Selasa-Minggu.
Tersedia juga perawatan berkala dan penggantian sol resmi.
"""),
]
