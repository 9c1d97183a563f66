# Second batch of hand-written legal one-liners (hard negatives).
# Format per line: kind|category|EEEE|text
DATA = r"""
post|new_thrift_style|1010|#thriftstyle #ootdlokal kemeja kotak baru dari brand kami, vibes seken tapi fresh 100%
listing|new_thrift_style|1010|Jaket Coach Retro Jepang Look (BARU) - produksi Bandung - cek video detail
listing|new_thrift_style|1010|Kaos Band Vintage Bootleg Style BARU sablon plastisol, bukan kaos seken
post|new_thrift_style|1010|Drop baru: koleksi "Karung Series" 😆 cuma nama ya, semua baju baru jahitan Sukabumi
listing|new_thrift_style|1010|Jeans Distressed Washed Look Pria BARU, efek sobek dibuat pabrik, size 28-38
listing|new_thrift_style|1010|Cardigan Rajut Nenek Style Korean Look BARU, bukan awul-awul, rajut Bandung
post|new_thrift_style|1010|Konsep toko kami "thrift feel, brand new": baju baru ditata ala lapak Senen 😄
listing|new_thrift_style|1010|Kemeja Hawaii Motif Retro BARU - katun rayon - Made in Pekalongan
listing|new_imported_clothes|1011|Hanbok Anak Import Korea BARU untuk acara, sewa/jual, tag Seoul
listing|new_imported_clothes|1011|Kimono Yukata Baru Import Jepang, masih plastik, untuk festival
post|new_imported_clothes|1011|Jastip Bangkok Chatuchak minggu depan, baju BARU semua, open titip sampai Rabu
listing|new_imported_clothes|1011|Baju Kurung Malaysia BARU dari Kuala Lumpur, sutra, ready size M-XL
listing|new_imported_clothes|1011|Sepatu Lokal? Bukan, ini Onitsuka baru beli di Osaka, BNIB, nota ada
comment|new_imported_clothes|1011|baru kak, impor dari Guangzhou lewat importir resmi, bukan bal
listing|new_imported_clothes|1011|Mukena Turki Import BARU premium, bordir halus, harga grosir
post|new_imported_clothes|1011|Barang Batam tapi BARU ya bund, tas & dompet branded ori dari outlet Singapura
comment|not_used_disclaimer|1010|bkn karungan kak, ini restock baru dari konveksi kami sendiri 😊
comment|not_used_disclaimer|1010|full size run kak, barang baru, kalau bal mana ada size lengkap hehe
listing|not_used_disclaimer|1010|Jaket Varsity Baru Custom Nama - bukan eks Amerika, dijahit di Bekasi
post|not_used_disclaimer|1010|Klarifikasi: foto karung di story kemarin itu karung kiriman kain dari pabrik, bukan bal baju bekas
comment|not_used_disclaimer|1010|dudu barang awul kak, iki anyar kabeh saka konveksi Klaten
comment|not_used_disclaimer|1010|lain monza bah, baru ini dari grosir Pusat Pasar Medan
comment|not_used_disclaimer|1010|sanes barang karung teh, enggal sadayana, produksi Cigondewah
listing|own_preloved_local|1110|Preloved (milik pribadi, beli di mall lokal): blazer The Executive size 12, 175rb
listing|own_preloved_local|1110|Jual cepat baju hamil bekas saya sendiri, beli di Tokopedia, 5 pcs 150rb
post|own_preloved_local|1110|Declutter: dress & outer pribadi dari toko lokal, harga teman. DISCLAIMER: bukan barang import bekas
listing|own_preloved_local|1110|Jaket touring Respiro bekas pribadi, beli di dealer Semarang, size L, 350rb
listing|own_preloved_local|1110|Seragam PAUD anak bekas, beli di sekolah, dijual lagi ke adik kelas 40rb
post|own_preloved_local|1110|Jual baju bayi bekas anak pertama, semua beli di Mothercare Jakarta, borongan 200rb
listing|own_preloved_local|1110|Ulos & kain songket bekas acara keluarga, tenun Tarutung, 300rb
post|own_preloved_local|1110|Barang pribadi bukan monza: kemeja Polo Ralph Lauren beli di Sun Plaza, pakai 3x
post|own_preloved_local|1110|Pakean kula piyambak, tumbas teng Beringharjo, mboten impor, 35 ewu mawon
post|own_preloved_local|1110|Baju mandiri ulun, tukar di Duta Mall, lain barang bal, 60 ribu haja
comment|own_preloved_local|1110|ini punya sy pribadi kak, belinya di Matahari Panakkukang, bukan cakar ji
listing|own_preloved_local|1110|Sepatu futsal bekas pribadi, beli di Sport Station Makassar, size 41, 150rb
listing|bulk_other_goods|1000|Tembakau Deli per bal, daun pembungkus cerutu, grade ekspor, hubungi kebun
listing|bulk_other_goods|1000|Tembakau Boyolali per bal 50kg, kering oven, harga per kg nego
listing|bulk_other_goods|1001|Kapas mentah impor per bal, pabrik tekstil Solo, kontrak bulanan
listing|bulk_other_goods|1000|Jerami gandum? bukan, ini jerami padi press per bal, Sragen
listing|bulk_other_goods|1100|Karton bekas per bal press, OCC lokal, 2.600/kg, muat di Cikarang
listing|bulk_other_goods|1101|Kertas bekas impor (waste paper OCC) untuk pabrik kertas, izin lengkap
listing|bulk_other_goods|1000|Kain grey per roll baru, tenun Majalaya, grade A, 12rb/meter
listing|bulk_other_goods|1010|Kain sisa potongan konveksi per karung 20kg, baru, buat isian bantal
listing|bulk_other_goods|1000|Kakao fermentasi per karung, Polewali, grade ekspor
listing|bulk_other_goods|1000|Kentang Dieng per karung 50kg, grade AB, kirim ke Semarang
listing|bulk_other_goods|1000|Gula aren per karung 25kg, Banten, bisa kirim luar kota
listing|bulk_other_goods|1000|Pupuk kandang per karung 40kg, 15rb, Lembang
listing|bulk_other_goods|1000|Sabut kelapa (cocofiber) press per bal 100kg, untuk ekspor
listing|bulk_other_goods|1110|Lap majun dari kaos bekas warga, dicuci & dipotong, per kg 9rb, Sidoarjo
listing|bulk_other_goods|1100|Karung plastik bekas pupuk per bal 100 lembar, bersih, 150rb
listing|bulk_other_goods|1000|Kacang tanah per karung 40kg, grade kelas 1, Tuban
listing|imported_used_nonclothing|1101|Motor gede bekas impor Jepang Kawasaki, dokumen resmi, Jakarta
listing|imported_used_nonclothing|1101|Mesin fotokopi bekas rekondisi eks Jepang, 4,5jt, garansi 3 bulan
listing|imported_used_nonclothing|1101|Bus bekas eks Singapura untuk karoseri, dokumen lengkap
listing|imported_used_nonclothing|1101|Mesin rajut bekas eks Korea, dipakai di pabrik, Bandung
post|imported_used_nonclothing|1101|Kapal tunda bekas dari Singapura akhirnya merapat di Batam, siap dioperasikan
listing|imported_used_nonclothing|1101|Kamera analog bekas eks Jepang Olympus, lensa bersih, 1,2jt
listing|imported_used_nonclothing|1101|Sepeda lipat bekas eks Jepang, Brompton? bukan, Dahon, 2jt
listing|used_nonclothing|1100|Kipas angin bekas, mesin halus, 75rb, Banjarmasin
listing|used_nonclothing|1100|Ban bekas ring 15, tebal 70%, 150rb sepasang, Medan
listing|used_nonclothing|1100|Gorden bekas rumah sendiri, beli di Informa, 2 set 200rb
post|charity_sale|1110|Bazar rohani Paroki: baju bekas sumbangan umat, 5rb-15rb, hasil untuk anak asuh
post|charity_sale|1110|Bazar murah Dharma Wanita: pakaian layak pakai dari anggota, hasil untuk panti jompo
post|charity_sale|1110|Lapak sedekah kampus: kemeja bekas alumni, bayar seikhlasnya, untuk beasiswa
post|donation_drive|0110|Posko banjir Kalsel terima pakaian layak pakai, khususnya baju anak & selimut
post|donation_drive|0110|Komunitas kami mengumpulkan sepatu bekas untuk anak-anak di pedalaman NTT
post|donation_drive|0110|Bank pakaian RW: silakan ambil gratis baju bekas yang disumbangkan tetangga
post|donation_drive|0110|Donasi seragam sekolah bekas untuk anak-anak korban kebakaran Kampung Bandan
post|upcycle_service|1110|Kelas upcycling: bawa kemeja lamamu, kita ubah jadi scrunchie & tas. Jogja, 150rb
post|upcycle_service|1110|Jasa celup ulang (re-dye) jaket pudar, hitam pekat lagi, 50rb/pcs, Depok
post|upcycle_service|1110|Terima vermak baju lebaran tahun lalu biar muat lagi 😅 Pasar Aksara Medan
post|travel_caption|0111|Ke Medan wajib nyobain durian, liat Pajak Melati yang terkenal sama monza-nya. Cuma lewat sih
post|travel_caption|0111|Sore di Pasar Youtefa, liat lapak cabo rame mama-mama pilih jaket. Foto doang ✨
post|travel_caption|0111|Jelajah Parepare: makan kapurung, lewat Pasar Lakessi, liat deretan lapak cakar
post|travel_caption|0111|Vlog Nunukan: nyebrang ke Tawau, pasar rombengannya luas bgt, aku gak beli karena dilarang bawa
post|quiz_tutorial|0111|Quiz moderasi: mana yang pelanggaran? (a) kemeja baru motif retro (b) sortiran bal korea (c) donasi baju
post|quiz_tutorial|0111|Belajar istilah: owol-owol (Riau), awul-awul (Jogja), cakar (Sulsel) — semuanya merujuk pakaian bekas impor
post|opinion_post|0111|Pedagang Senen bukan penjahat, tapi rantai impor bal memang harus diputus dari hulu
post|opinion_post|0111|Aku dulu langganan monza, sekarang pindah ke brand lokal. Kualitasnya udah bagus kok
post|complaint_report|0111|Min, akun ini bio-nya "drop tiap Jumat dari Osaka", tolong dicek ya
comment|complaint_report|0111|report aja rame2, dia jual 'karungan taiwan' pake ejaan k@rungan biar lolos
post|complaint_report|0111|Ngadu ke YLKI: beli karungan online, dijanjikan isi jaket ternyata kain lap
article|news_headline|0111|Tiga Pelaku Penyelundupan Rombengan di Sebatik Divonis 5 Bulan
article|news_headline|0111|Ekonom: Larangan Impor Pakaian Bekas Perlu Dibarengi Penguatan IKM Tekstil
article|news_headline|0111|Penjual Live Shopping Pakai Kode 'Goni' dan 'Tas Karung' untuk Lolos Moderasi
article|news_headline|0111|Marketplace Hapus Ribuan Listing Pakaian Bekas Impor dalam Sepekan
article|official_statement|0111|Kemenkop UKM: ada 3 tahap penertiban, mulai dari hulu pelabuhan hingga pengecer.
post|platform_guideline|0111|Kata yang diblokir di judul: ballpres, bal pres, balpress, bale, goni, karungan impor.
post|platform_guideline|0111|Pengecualian: 'bal' untuk bola, tembakau, kapas, kertas, dan jerami tidak melanggar.
post|other_meaning|1000|Cakar ayam sudah dicabut kukunya, 1kg 30rb, ready di Pasar Daya
post|other_meaning|0000|Fondasi cakar ayam karya Sedijatmo dipakai di landasan bandara, keren ya teknik sipil kita
post|other_meaning|0000|Tulisan dokter kayak cakar ayam, apoteker tetap paham 😂
post|other_meaning|0000|Temanku di Medan naik Monza? bukan, itu nama angkot lama di kampungnya wkwk
post|other_meaning|1100|Jual bal kaki (bola) bekas latihan SSB, masih bulat, 5 biji 100rb
post|other_meaning|0000|Bongkar muat di Pelabuhan Belawan hari ini padat, kontainer CPO menumpuk
"""
