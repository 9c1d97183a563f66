# Hand-written long-form texts, label illegal_used_import (1111).
# Records start with "@@ kind|category|EEEE"; following lines are the text lines.
DATA = r"""
@@ message|wa_broadcast|1111
*INFO STOK MINGGU INI* 🚚
Kiriman dari Batu Pahat sudah sampai gudang Bengkalis tadi malam.
- Kemeja pria campur ±300 pcs : 4,2jt
- Jaket & sweater ±180 pcs : 5,5jt
- Celana jeans ±150 pcs : 4,9jt
DP 50% untuk keep, sisa dilunasi saat barang naik truk. Ongkir Pekanbaru ditanggung pembeli.
Balas format NAMA#JENIS#JUMLAH ya bos.
@@ message|wa_broadcast|1111
Selamat pagi kak semua 🙏
Mau info aja goni dari Tawau masuk Nunukan hari Jumat, dibongkar Sabtu pagi jam 7.
Yang mau ambil partai (minimal 1 goni) tolong konfirmasi malam ini biar saya pisahkan.
Isinya kebanyakan sepatu olahraga & tas wanita, kondisi bagus-bagus.
Yang ecer silakan datang langsung ke lapak Jalan Lingkar.
@@ message|wa_broadcast|1111
📢 BROADCAST RESELLER 📢
Restock karungan Jepang 45kg isi dress & blouse wanita. Harga reseller 2,3jt (umum 2,6jt).
Bonus 5 pcs kemeja buat yang ambil 2 karung.
Foto isi sampel ada di status WA, silakan cek.
Pengiriman pakai kargo laut ke luar Jawa, estimasi 7-10 hari.
Yang serius langsung transfer, no keep tanpa DP.
@@ message|wa_broadcast|1111
Assalamualaikum bapak ibu pelanggan setia monza kami.
Minggu ini ada kiriman dari Teluk Nibung: jaket kulit, jas, dan celana kerja.
Harga per ikat 100 potong mulai 2,7jt, yang ecer tetap di Pajak Melati los B.
Bisa kirim ke Siantar, Tebing, Kisaran pakai L300 langganan.
Terima kasih, salam sukses.
@@ message|wa_broadcast|1111
[BC] Halo kak, kami dari gudang Cakung.
Bal Korea grade A sudah datang 20 bal, isi campur kemeja & kaos (±350 pcs).
Harga 4,6jt/bal, ambil 3 bal 13,2jt.
Untuk cek isi bisa video call dulu sebelum transfer.
Lokasi bisa di-share lewat chat pribadi ya, jangan tanya di grup.
@@ message|wa_broadcast|1111
List harga bulan ini (per karung 50kg):
Sweater UK ..... 3,4
Jaket Kanada ... 3,1
Kaos campur US . 2,0
Hoodie college . 3,8
Harga dalam juta. Barang ready di Tangerang, pengiriman seluruh Indonesia. Reply kode untuk order.
@@ live|live_callout|1111
Halo halo selamat malam semuanya yang baru gabung!
Malam ini kita buka karung kedua ya, ini isinya jaket musim dingin dari Hokkaido.
Lihat ini tebelnya gaes, masih ada label kanji-nya.
Harga flat 75 ribu, yang mau ketik angka di pojok kiri atas, nomor 1 sampai 40.
Pembayaran maksimal 15 menit, lewat itu lempar ke antrean berikutnya.
Jangan lupa tap tap layarnya biar live kita naik!
@@ live|live_callout|1111
Oke gaes ini kita pecah bal Korea isi 300 ya, baru sampai tadi sore.
Yang pertama keluar... kemeja oxford biru, size L, mulus banget.
Siapa mau? Ketik MAU 1. Kak Dinda cepet banget, oke kak Dinda dapet.
Nomor 2 cardigan rajut krem, 45 ribu. Ketik MAU 2.
Pengiriman besok pagi dari Bandung, yang Jabodetabek sampai lusa.
@@ live|live_callout|1111
Bestie, karungan Taiwan malam ini isinya celana pendek & rok mini.
Semua 25 ribu, ambil 5 jadi 100 ribu.
Ini barang sortiran ya, yang sobek udah aku buang, tinggal yang layak.
Cara belinya: komen warna + nomor, terus checkout di keranjang kuning "paket 25K".
Live sampai jam 11, abis itu aku bongkar goni ketiga buat besok.
@@ live|live_callout|1111
Sekarang giliran sepatu ya kak, ini bal sepatu dari Bangkok.
Nike running ukuran 42, sol masih 80 persen, 120 ribu.
Adidas ukuran 39 buat cewek, 95 ribu.
Yang mau ketik ukuran aja nanti aku cariin di tumpukan.
Live kita tiap Selasa & Jumat, kalau mau borong satu bal bisa DM setelah live.
@@ live|buka_karung_live|1111
Guys guys diem dulu, ini momen paling ditunggu, BUKA KARUNG!
Karungnya masih dijahit, aku gunting ya... nah keluar nih.
Wah ada jaket varsity Amerika! Ini biasanya rebutan.
Mulai 150 ribu, siapa yang mau naik? Kak Andre 160, kak Sinta 175...
Lelang kecil-kecilan ya, tutup di hitungan 10.
@@ live|buka_karung_live|1111
Selamat datang di live bongkar goni!
Goni pertama malam ini isinya kemeja kerja eks Jepang, kebanyakan size M-L.
Aku ambil satu-satu ya, kalian ketik "aku" kalau mau.
Semua 30 ribu, pembelian di atas 5 pcs gratis ongkir Jawa.
Stok ini cuma dibuka di live, gak diposting di feed.
@@ post|buried_offer|1111
Hari ini capek banget tapi seneng. Pagi nganter anak ke sekolah, siang nemenin ibu kontrol ke puskesmas, sore baru sempat beres-beres gudang.
Eh iya, sekalian info buat yang kemarin nanya, barang dari Pasar Senen yang aku ambil per bal udah aku cuci semua.
Isinya jaket jeans sama kemeja flanel, kebanyakan dari Jepang.
Besok jam 8 malam aku upload di story, harga mulai 40 ribu.
Doakan lancar ya teman-teman, biar bisa bayar SPP anak 😊
@@ post|buried_offer|1111
Cerita sedikit, sudah 12 tahun saya berdagang di Tanjungbalai, dari masih lajang sampai sekarang anak tiga.
Banyak suka dukanya, apalagi sekarang razia di mana-mana dan barang susah masuk.
Tapi alhamdulillah pelanggan masih setia.
Buat kawan-kawan yang tanya, stok jaket kulit dan celana jeans masih ada sisa kiriman bulan lalu.
Satu ikat isi 50 potong saya lepas 1,5 juta, bisa kirim ke Medan pakai travel.
Terima kasih sudah membaca cerita saya.
@@ post|buried_offer|1111
Jadi gini guys, aku mau curhat soal kerjaan kantor yang makin gila.
Target naik, bonus turun, bos makin sering marah-marah.
Makanya aku nyambi jualan, biar ada tabungan darurat.
Kemarin aku ambil 2 karung dari temen di Gedebage, isinya hoodie & sweater eks Korea.
Yang mau bantu penglaris boleh DM, 50 ribuan aja kok, kondisinya 85-95%.
Makasih yang udah dengerin keluh kesahku 🥲
@@ post|buried_offer|1111
Halo warga grup alumni SMA 3!
Mau ngingetin reuni tanggal 20, jangan lupa konfirmasi ke panitia ya.
Btw sekalian promosi dikit, adikku sekarang jualan cakar online, barang dari Parepare.
Kemeja korea 3 lembar 100 ribu, jaket mulai 60 ribu.
Buat teman-teman yang di Makassar bisa COD di depan Mall Panakkukang.
Maaf kalau ganggu, admin boleh hapus kalau tidak berkenan 🙏
@@ post|buried_offer|1111
Resep opor ayam ala mama:
1 ekor ayam, santan 2 gelas, bumbu halus (bawang merah, bawang putih, kemiri, ketumbar), serai, daun salam.
Tumis bumbu sampai harum, masukkan ayam, tuang santan, masak api kecil.
Oh ya sebelum lupa, yang mau cari baju lebaran murah, aku ada kiriman RB baru dari Surabaya, isinya gamis & kemeja koko eks Malaysia.
Harga 35-75 ribu, ambil di rumah (Pasar Nita belok kiri).
Selamat mencoba resepnya!
@@ post|buried_offer|1111
Gue lagi nonton ulang drakor lama, terus sadar fashion tahun 2010an itu keren banget ya.
Kebetulan stok gue sekarang banyak banget yang gaya begitu: cardigan oversized, rok plisket, blazer kotak.
Semua dari bal Seoul yang gue buka minggu lalu, satu-satu gue pilihin.
Range 45-90 ribu, list lengkap di highlight "DRAMA ERA".
Kalian fav drakor apa? komen ya!
@@ post|buried_offer|1111
Pengumuman untuk jamaah pengajian ibu-ibu Al-Hidayah:
Kajian minggu depan libur karena ustadzah umroh.
Kas bulanan bisa dititip ke Bu Ratna.
Titipan dari Bu Hj. Siti: beliau buka lapak di rumah, kiriman goni dari Tawau, mukena & gamis bekas layak pakai 25-50 ribu, hasilnya sebagian untuk kas.
Silakan mampir hari Sabtu ba'da ashar.
@@ post|buried_offer|1111
Update kebun: cabai mulai berbuah, tomat kena hama, terong aman.
Musim hujan gini emang susah ngurus tanaman.
Di luar urusan kebun, aku juga masih jualan jaket eks Kanada yang aku beli per karung 25kg.
Cocok buat yang kerja di kebun atau naik gunung, tebal dan tahan angin.
Harga 65 ribu, ongkir dari Malang.
@@ post|buried_offer|1111
Throwback waktu aku pertama kali ke Medan 2015, diajak temen ke Jalan Mongonsidi, terus kecanduan.
Sekarang malah aku yang jualan 😂
Barangnya tetap dari Belawan, kirimannya tiap dua minggu.
Minggu ini ada 60 potong jaket gunung & 40 celana kargo, harga 70-110 ribu.
Siapa tau ada yang nostalgia juga, DM aja ya.
@@ post|seller_story|1111
Dulu aku cuma jualan pulsa, sampai 2019 temen ngenalin dunia "pecah bal".
Modal pertama 3,5 juta buat 1 bal kemeja Jepang, laku semua dalam 2 minggu.
Sekarang tiap bulan aku ambil 5-6 bal dari importir di Bandung, ada grade A dan grade B.
Yang mau belajar jadi reseller boleh gabung grup, aku kasih harga modal + bimbingan foto produk.
Link grup di bio, kuota terbatas 30 orang.
@@ post|reseller_recruitment|1111
💼 OPEN RESELLER & DROPSHIPPER 💼
Kamu cukup jualan lewat foto, barang kami yang kirim dari gudang Surabaya.
Stok: kemeja, jaket, celana eks Korea & Jepang, dipilih dari bal grade A.
Harga modal 20-45 ribu, harga jual bebas (rata-rata reseller jual 50-100 ribu).
Syarat: punya akun jualan aktif, deposit awal 500 ribu.
Daftar: isi form di link bio.
@@ post|reseller_recruitment|1111
Cari mitra di NTT dan Maluku!
Kami pemasok karung pakaian "kiriman kapal" langsung dari Surabaya, aslinya Korea dan Jepang.
Mitra dapat harga khusus per karung 45kg: 1,9jt (umum 2,3jt).
Pengiriman pakai kapal Pelni atau kontainer ke Kupang, Ende, Maumere, Ambon.
Hubungi admin 0812xxxx (chat only).
@@ post|reseller_recruitment|1111
Mau jadi agen cakar di kampungmu? 🤝
Kami kirim karung dari Parepare ke seluruh Sulawesi: Palopo, Kendari, Palu, Gorontalo.
Agen wajib ambil minimal 2 karung per bulan, dapat potongan 10%.
Isi karung bisa request: kemeja, celana, pakaian anak, atau campur.
Hubungi kami via DM.
@@ listing|marketplace_description|1111
DESKRIPSI PRODUK
Jaket Parka Pria Eks Jepang (SECOND)
- Kondisi 85-90%, mungkin ada noda kecil/bekas pakai wajar
- Barang pilihan dari bal, sudah dicuci & disetrika
- Ukuran tertera di foto (ukuran Jepang, pilih 1 size lebih besar)
- Tidak menerima komplain soal bau khas barang impor, cukup dicuci ulang
Stok terbatas, satu model satu barang. Happy shopping!
@@ listing|marketplace_description|1111
KEMEJA FLANEL SECOND KOREA - GRADE A
Barang 100% original, bukan KW, langsung dari bal Korea.
Mohon dibaca: ini barang PRELOVED (bekas pakai), bukan baru.
Setiap pcs sudah melewati QC: tidak ada sobek, kancing lengkap.
Warna bisa sedikit berbeda karena pencahayaan.
Pembelian 3 pcs gratis 1 masker kain.
@@ listing|marketplace_description|1111
PAKET USAHA THRIFT 50 PCS
Cocok untuk kamu yang mau mulai usaha.
Isi: kaos & kemeja campur, eks USA dan Kanada, kondisi layak jual.
Harga 1,25jt (25rb/pcs), kamu bisa jual lagi 50-75rb.
Dikirim dalam karung, estimasi berat 18kg.
Tidak bisa pilih model, random sesuai isi bal.
@@ listing|marketplace_description|1111
Sepatu Running Second Import Thailand
Merk campur (Nike, Asics, Adidas, NB), dari bal sepatu Bangkok.
Grade A: sol 80%+, upper bersih - 150rb
Grade B: sol 60-80%, ada noda - 95rb
Sebutkan ukuran di catatan, kami carikan yang tersedia.
Barang sudah disemprot antibakteri sebelum dikirim.
@@ profile|seller_bio_long|1111
🧺 Rumah Cakar Daeng Baso 🧺
Sejak 2008 di Pasar Terong, sekarang juga online.
Barang datang per karung dari Parepare, aslinya Korea, Jepang, Taiwan.
Ecer mulai 15rb, partai per karung bisa nego.
Buka tiap hari jam 9-17, Minggu libur.
Order online: chat admin (link bio).
@@ profile|seller_bio_long|1111
MONZA ONLINE by Bang Ucok 🇯🇵🇰🇷
✔ Jaket, jeans, kemeja eks luar negeri
✔ Barang masuk dari Belawan tiap 2 minggu
✔ Bisa ambil per ikat (50/100 potong)
✔ Kirim seluruh Sumatera
Lapak offline: Pajak Melati los C-17
Tidak melayani COD luar Medan.
@@ profile|seller_bio_long|1111
Vintage & Preowned Curated From Japanese Bales
• Handpicked one by one
• New drop every Friday 7 PM (IG live)
• Shipping from Jakarta, nationwide
• Wholesale lot available for resellers (min 30 pcs)
• No refund, condition as described
@@ profile|seller_bio_long|1111
Toko RB Mama Ina - Kupang
Jual baju bekas luar negri, karung masuk dari Surabaya tiap bulan.
Ada kemeja kantor, rok, baju anak, jaket.
Harga mulai 5 ribu sa.
Buka di Pasar Kasih, los belakang.
Bisa titip kirim ke Soe, Kefa, Atambua.
@@ comment|comment_thread|1111
@dita_rhm: kak ini jaketnya bekas ya?
@gudang.seoul.thrift: iya kak preloved, dari bal Korea, kondisi 90% 🙏
@dita_rhm: ada size M ga?
@gudang.seoul.thrift: ada 2 kak, warna hitam & navy, cek wa ya biar aku kirim foto detail
@dita_rhm: oke kak meluncur
@@ comment|comment_thread|1111
Budi: bang masih ada jeans yang kemarin?
Monza_Jaya: ada bang, ukuran 32 sama 34, levis jepang
Budi: berapa?
Monza_Jaya: 120 aja bang, kalau ambil 2 jadi 220
Budi: oke bang ku transfer ya
Monza_Jaya: siap, kirim alamat ke inbox
@@ comment|comment_thread|1111
rina.k: kak ini barang baru apa bukan?
thrift.osaka.id: bukan kak, second eks Jepang, makanya murah hehe
rina.k: oh gitu, dicuci dulu gak?
thrift.osaka.id: udah dicuci & disetrika kak, aman. Mau yang mana?
rina.k: yg cardigan coklat kak
thrift.osaka.id: siap, chat via link bio ya kak 💕
@@ comment|comment_thread|1111
Yohanis: kaka cabo ini dari mana?
Mama Noni Cabo: dari karung Korea kaka, baru bongkar tadi pagi
Yohanis: jaket tebal ada?
Mama Noni Cabo: ada, 100 ribu sa, cocok buat naik ke Wamena
Yohanis: sa datang sore e
Mama Noni Cabo: iyo kaka, Pasar Youtefa lapak biru
@@ message|dm_negotiation|1111
Pembeli: Permisi kak, bal kemeja Jepangnya masih ada?
Penjual: Masih kak, tinggal 3 bal. Isi sekitar 280-300 pcs.
Pembeli: Bisa kurang kak? 4,5jt aja.
Penjual: Pas 4,7jt kak, udah termasuk ongkir Jabodetabek.
Pembeli: Oke deal. Bisa video call dulu liat isinya?
Penjual: Bisa kak, nanti sore jam 4 ya.
@@ message|dm_negotiation|1111
A: bro karungan kanada yang 25 kilo masih?
B: masih 2 bro, jaket semua
A: ratio layak jual berapa persen?
B: biasa 75-80, sisanya bisa buat majun
A: oke gue ambil 1 dulu, kirim ke Jogja
B: siap, total 1,75 sama ongkir, rekening gue kirim
@@ message|dm_negotiation|1111
Pelanggan: Cik, rombengan sepatu dari Tawau sudah datang?
Penjual: Sudah datang kemarin, tinggal sedikit ukuran 42-43.
Pelanggan: Kirim foto boleh?
Penjual: Ini fotonya, yang hitam 150, yang putih 120.
Pelanggan: Ambil yang putih, antar ke Jalan Pelabuhan bisa?
Penjual: Bisa, sore saya antar.
@@ post|evasive_long|1111
ʀᴇꜱᴛᴏᴄᴋ ᴛᴏɴɪɢʜᴛ 🌙
b@l j3pang udh dibuk4, isinya k3meja & jak3t winter.
h4rga mulai 35k, yg mau pick ketik nomor di komen.
jgn tny "ini b*kas gak" ya, udh jelas hehe 🙃
pengiriman dr Bdg tiap Senin & Kamis.
@@ post|evasive_long|1111
K A R U N G A N  🇰🇷 R E A D Y
isi: hoodie, sweater, kemeja
berat ± 45 kg, h4rga 2jt an
cuma buat yg serius, DM aja
note: jgn komen kata2 sensitif biar postingan aman 🙏
@@ post|evasive_long|1111
Ɓal US baru nyampe nih gaes 🇺🇸
Isinya celana kargo & jaket kerja (workwear), pernah dipake tapi masih kuat banget.
Ecer 45-90rb, borong 30 pcs 1,5jt.
Cek katalog di l1nk b10 ya, chat admin buat tanya stok.
@@ post|evasive_long|1111
#th​rift #ba​l #sec​ond (biar gak kena filter wkwk)
Drop hari ini: 40 pcs kemeja & blus dari karung Osaka.
Semua sudah dicuci, harga 30-60rb.
Pesan lewat DM, pengiriman dari Surabaya.
@@ post|evasive_long|1111
pr3-0wn3d 🇯🇵 dr "k-a-r-u-n-g" yg baru dtg kmrn 😉
flanel, corduroy, chino — 40k all item
ongkir dari Jogja, bisa COD Sleman
yg mau ambil sekarung jg bisa, tanya aja
@@ post|dialect_long|1111
Bah, kawan-kawan semua!
Monza baru masuk lagi dari Tanjung Balai, jaket gunung Jepang, tebal kali.
Harga 70 ribu sajanya, kalau ambil tiga kukasih 190.
Datang kau ke Pajak Sore Padang Bulan, lapak aku di pojok dekat penjual mi gomak.
Jangan lama-lama, nanti habis kau menyesal.
@@ post|dialect_long|1111
Iye kodong, cakar baru dibongkar tadi pagi di Lakessi.
Banyak kemeja linen Korea, celana kain, baju anak.
Tiga lembar seratus ribu ji, bisa ditawar sedikit.
Mampirki di lapak ta', dekat penjual pisang epe.
Yang di Makassar bisa kirim lewat bus, ongkos murah ji.
@@ post|dialect_long|1111
Sampurasun baraya!
Abdi gaduh baju karung Korea anyar ti Gedebage, kameja jeung jaket.
Hargana 25 rebu dugi ka 60 rebu, tiasa ngiring di imah, caket Cibiru.
Nu ti luar kota tiasa dikintun, ongkirna masing-masing.
Hatur nuhun.
@@ post|dialect_long|1111
Lur, awul-awul teko Batam wis teko, isine jaket karo kemeja Jepang.
Rego 15 ewu nganti 50 ewu, sing apik tak gantung, sing murah neng kotak.
Bukak saben bengi neng pinggir dalan Godean, cedhak pom bensin.
Monggo mampir, ojo lali nggowo kresek dewe.
@@ post|dialect_long|1111
Ado bal baru masuak dari Dumai, baju kemeja jo jaket urang Korea.
Harago 20 ribu sampai 60 ribu, ambiak banyak bisa kurang.
Lapak ambo di Pasa Ateh, lantai duo, dakek tangga.
Ka Payakumbuh jo Bukittinggi bisa dikirim pakai travel.
@@ post|dialect_long|1111
Beta ada jual RB baru datang dari kapal, isi baju kantor, rok, deng jaket.
Harga mulai 10 ribu sa, mari datang ka Pasar Mardika, lapak dekat pos polisi.
Yang di Tulehu deng Masohi bisa beta kirim pake speed.
Danke banyak.
@@ post|dialect_long|1111
Ulun ada bejual baju Korea bekas, baru buka karung kemarin.
Kemeja 25 ribu, celana 35 ribu, jaket 60 ribu haja.
Lapak di Lingkar Dalam Selatan, dekat jembatan.
Kada usah jauh-jauh ka Pasar Tungging lagi, di sini haja.
@@ post|dialect_long|1111
Salam dari Pontianak! Kame ade jual baju dari Kuching, masok lewat Entikong.
Baju kerje, seluar jeans, jaket hujan, mulai 10 ribu.
Yang nak borong satu karong pon boleh, 1,5 juta.
Kedai kame dekat Pasar Flamboyan, datang jak.
@@ post|english_mix_long|1111
New drop alert 🚨
Just opened a fresh bale from Osaka, mostly outerwear: coach jackets, windbreakers, fleece.
All pieces are pre-owned, washed & steamed, condition 8-9/10.
Prices IDR 65k-180k, DM to claim, first come first serve.
Shipping from Jakarta every Monday & Thursday.
@@ post|english_mix_long|1111
Gue baru dapet 3 bales dari supplier Bekasi, isinya full US workwear (Carhartt, Dickies, Red Kap).
Condition mostly 7-9/10, some with paint stains (the charm, right?).
Individual pieces 85-250k, wholesale lot 25 pcs 2,5jt.
Slide DM kalau mau katalog PDF.
@@ post|haul_endorsement|1111
HAUL THRIFT BULAN INI 🛍️
Belanja di @karungan.osaka lagi, mereka baru buka bal jaket Jepang.
Dapet 4 item: fleece Uniqlo, windbreaker Mizuno, cardigan, sama kemeja linen, total cuma 210 ribu!
Kondisinya bagus semua, wangi lagi karena udah dicuci seller.
Kalian wajib cek live mereka tiap Jumat malam, recommended parah.
@@ post|haul_endorsement|1111
Review jujur belanja di Monza Kak Rina (Pajak Jahe):
Udah 3 kali beli, barangnya selalu oke, jaket kulit Jepangnya awet.
Kak Rina juga bisa kirim ke luar kota, aku di Pematangsiantar dikirim pakai travel.
Recommended buat yang cari monza berkualitas, bilang aja tau dari aku 😁
@@ review|buyer_review_recommend|1111
⭐⭐⭐⭐⭐
Ini kali kedua saya ambil karungan Korea 45kg di toko ini.
Isinya sesuai deskripsi, kemeja & kaos campur, sekitar 80% layak jual, sisanya noda ringan.
Pengiriman cepat ke Palembang, packing karung rapi dan kuat.
Buat teman-teman reseller, toko ini amanah. Lanjut order bulan depan.
@@ review|buyer_review_recommend|1111
Barang sesuai foto, jaket eks Amerika-nya tebal dan hangat.
Memang ada bekas pemakaian sedikit di bagian lengan, tapi wajar untuk barang second.
Seller responsif dan jujur soal kondisi.
Bakal langganan di sini, terima kasih kak, semoga makin laris!
@@ post|price_list_long|1111
PRICE LIST GROSIR (per bal/karung):
🇯🇵 Kemeja pria grade A ±300 pcs — 4,8jt
🇰🇷 Blouse wanita grade A ±350 pcs — 5,2jt
🇺🇸 Hoodie & sweatshirt 50kg — 4,1jt
🇨🇦 Jaket campur 50kg — 3,3jt
🇹🇭 Sepatu campur ±60 pasang — 4,5jt
Harga belum termasuk ongkir. Gudang di Bekasi, bisa lihat langsung dengan janji.
@@ post|market_offer_long|1111
Buat yang tanya lapak aku di mana: Pasar Senen Blok III lantai dasar, los nomor 45.
Aku jual per pcs dan per bal, barang ambil langsung dari importir.
Sekarang banyak jaket denim & trucker, harga 80-150 ribu.
Kalau ambil per bal bisa pesan dulu, biasanya 3-4 hari barang datang.
Buka jam 9 pagi sampai 5 sore.
@@ post|market_offer_long|1111
Gedebage update 🔔
Los kami di blok belakang baru buka 3 bal Korea: kemeja, blouse, dress.
Harga pick 25-70rb, yang borong 50 pcs dapet harga 20rb/pcs.
Bisa titip belanja buat yang di luar Bandung, fee 5rb per item.
Pengiriman setiap sore via J&T.
@@ post|market_offer_long|1111
Karang Sukun hari ini rame, tapi lapak kami masih banyak stok.
Bal dari Bali kemarin isinya celana jeans & jaket anak, aslinya Korea.
Celana 35-60 ribu, jaket anak 20 ribu.
Yang di Lombok Timur bisa pesan, kami titip ke bemo jurusan Masbagik.
@@ post|port_route_long|1111
Info untuk teman-teman pedagang di Kepri dan Riau:
Kapal dari Batu Pahat jalan lagi minggu depan, muatan campur pakaian & sepatu.
Yang mau titip pesan silakan, minimal 10 bal, bayar setengah di depan.
Bongkar di tangkahan biasa, nanti diangkut ke Tembilahan & Selat Panjang pakai pompong.
Kontak lewat pesan pribadi saja.
@@ post|port_route_long|1111
Kiriman dari Kuching sudah lewat Entikong, sekarang di gudang Sanggau.
Isi: 30 karung baju kerja, seluar, dan jaket.
Harga per karung 1,6 juta, ecer di lapak depan terminal mulai 10 ribu.
Yang dari Sintang dan Sekadau bisa pesan, antar pakai pick up.
@@ post|port_route_long|1111
Buat kawan-kawan di Sangihe dan Talaud, barang dari Tawi-Tawi sudah masuk Tahuna.
Ada jaket, kemeja, celana, kebanyakan merek Amerika.
Harga grosir per karung 1,2 juta, ecer 10-40 ribu.
Bisa kirim ke Manado pakai kapal malam.
"""
