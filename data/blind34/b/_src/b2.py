# Batch 2: illegal records, more code words + dodging the filters. Hand-written.
R = [
("post", "regional_code_word", 1, 1, 1, 1, """
Babebo Dumai ready stok 🔥
Kemeja, jaket, celana, langsung dari kapal, belum dijamah pengecer lain.
Harga ecer mulai 10k, grosir hubungi admin.
Lokasi gudang dekat Pelabuhan Dumai, jangan salah alamat ya.
"""),
("listing", "regional_code_word", 1, 1, 1, 1, """
Burjer Pilihan - Jaket & Hoodie Bundle
Dapet dari bongkaran minggu ini, pilih-pilih yang paling layak.
Harga satuan 40rb, 3 pcs 100rb.
Pengiriman dari Padang, ongkir sesuai ekspedisi.
"""),
("message", "bale_grade", 1, 1, 1, 1, """
Pagi bos, ready lagi koli sepatu sortiran:
Grade S 4,5jt/koli (isi ±60 pasang)
Grade A 3,2jt/koli
Grade B 1,9jt/koli
Ambil minimal 1 koli, barang di gudang Belawan. Bisa dibantu kirim ke Aceh & Padang.
"""),
("post", "market_route", 1, 1, 1, 1, """
Pasar Tungging Pekanbaru hari ini rame banget, barang karungan baru masuk semua!
Lapak kami nomor 22 ada kemeja flanel sama jaket gunung.
Harga miring, masih bisa tawar kalau ambil banyak.
Yang dari luar kota bisa video call pilih barang.
"""),
("listing", "regional_code_word", 1, 1, 1, 1, """
Baju Batam Kualitas Super - Dress & Blouse Wanita
Kondisi masih bagus, sebagian ada label merek Jepang dan Korea.
20rb-45rb per potong.
Stok dikirim tiap Selasa dari Batam ke Jakarta, pre-order bisa.
"""),
("post", "reseller_recruitment", 1, 1, 1, 1, """
OPEN RESELLER OBOK-OBOK 💥
Modal 500 ribu sudah bisa jualan, kami kirim 1 karung kecil isi campur (±60 pcs).
Barang dari Port Klang via Dumai, harga modal 8rb/pcs, jual lagi 20-25rb.
Tanpa kontrak, bisa berhenti kapan saja.
DM untuk daftar.
"""),
("message", "wholesale_price_list", 1, 1, 1, 1, """
Assalamualaikum, ini list harga karung minggu ini dari gudang Tanjungpinang:
- Karung blazer: 3,5 jt
- Karung sweater: 2,8 jt
- Karung celana pendek: 1,7 jt
Barang sudah ditimbang, berat per karung 50-55 kg. Transfer sebelum Jumat ya bu.
"""),
("comment", "regional_code_word", 1, 1, 1, 1, """
Iya bang, kami juga jual monza anak-anak, ukuran 2-10 tahun ada.
Harga 10 ribuan aja, di kios Pajak Sambu lantai atas.
Kalau mau dikirim ke Binjai bisa, tambah ongkos becak motor 😂
"""),
("live", "bale_grade", 1, 1, 1, 1, """
Teman-teman, ini sortiran grade A tadi pagi, semua kemeja batik tangan kedua.
Tadinya dari karung koli Malaysia, udah kita pilih yang paling bagus.
Harga live 30 ribu, di toko normal 45.
Ketik nama plus nomor, sistem first come.
"""),
("post", "regional_code_word", 1, 1, 1, 1, """
Lelong Entikong sampai gudang Sanggau 🙏
Isi jaket kulit, boots, tas selempang, semua bekas pakai Malaysia.
Ambil ecer boleh, ambil borongan lebih murah.
Yang mau lihat langsung datang Sabtu pagi, bawa karung sendiri lebih baik.
"""),
("listing", "port_route", 1, 1, 1, 1, """
Karung Sepatu Campur dari Nunukan - Isi 40 Pasang
Rp 2.600.000 per karung, belum pilih.
Isi sneakers, sepatu kerja, sandal gunung, sebagian kecil ada yang rusak.
Pengiriman dari Nunukan ke seluruh Kalimantan dan Sulawesi.
"""),
# ---- dodging filters ----
("listing", "filter_dodge", 1, 1, 1, 1, """
B4ju B3k4s Imp0r Korea Mix Cewek Murah
kondisi 85-95%, udah dicuci wangi
harga mulai 12k / pcs, beli selusin lebih murah
chat dulu buat cek stok ya kak, jangan langsung co
"""),
("post", "filter_dodge", 1, 1, 1, 1, """
✨ t.h.r.i.f.t drop malam ini ✨
Semua pcs dari b.a.l Jepang, dipilih satu-satu.
Jaket 60k, kemeja 35k, rok 30k.
Link di bio, klik "koleksi baru" jam 19.00.
#thriftimportmurah #thriftjepang #preloved
"""),
("profile", "filter_dodge", 1, 1, 1, 1, """
🇯🇵🇰🇷 2nd hand clothing | ex-JPN ex-KR
👕 sorted from 🎁📦 (you know lah)
💸 mulai 15k
📍 Sby, ship all ID
DM for pricelist
restock tiap 2 minggu, first come first serve, no hold lebih dari 1x24 jam 🙏
"""),
("message", "filter_dodge", 1, 1, 1, 1, """
Kak, ada stok sekon impot lagi nih 😁
Kmeja, celna, jakt, smua brg dari balpress sortir sndiri.
Hrg mulai 20rb. Mau dikirimin ftonya?
Klo ambil 5 ak ksh bonus 1 kaos, lumayan kan buat dipake sndiri 😆
"""),
("listing", "filter_dodge", 1, 1, 1, 1, """
Jaket Outdoor Ex-JPN 2nd Original TNF Columbia Mont-bell
Kondisi VGC (very good condition), minus pemakaian wajar.
Harga 180k-300k tergantung model.
Barang second dari negeri sakura, bukan barang baru, no retur.
"""),
("post", "filter_dodge", 1, 1, 1, 1, """
Buka 🎒📦 malam ini jam 8!!
Isinya 👕👖🧥 dari 🇰🇷, semua udah pernah dipakai tapi masih cakep.
Satu potong mulai 25k, tulis angka di komen buat keep.
Jangan tanya baru atau bekas ya kak, jawabannya udah jelas 😉
"""),
("comment", "filter_dodge", 1, 1, 1, 1, """
@rina.km ready sis, itu yg tr1ft k0rea, ukuran all size fit L.
hrga 40rb, ongkir ke jkt 9rb. co lewat link profil aja ya biar aman 🙏
yg warna ijo udah sold, sisa navy sm abu ya kak.
"""),
("listing", "filter_dodge", 1, 1, 1, 1, """
Preloved Import Hoodie Sweater Crewneck Second USA Vintage Brand
keyword: thrift, thrifting, bekas, seken, 2nd, ori, vintage, bundle, jaket bekas, hoodie bekas
Harga 55rb, kondisi bagus, stok dari bal Amerika tiap minggu.
Ready semua size.
"""),
("post", "filter_dodge", 1, 1, 1, 1, """
Ballpres kaos kaki & celana dalam ga jual ya, yg ada cm k3m3ja sm j4k3t 😅
Semua dr karung jepang, sortir tangan sendiri.
Harga sahabat: 3 pcs 100k.
Yg serius aja langsung wa 0857xxxx
"""),
("message", "filter_dodge", 1, 1, 1, 1, """
BROADCAST 📢📢
New arrival 2nd import batch 12:
👖 jeans ex-USA 75k
🧥 coat ex-UK 150k
👗 dress ex-KR 45k
Sudah dilaundry, kirim H+1 setelah bayar. Balas "MAU" untuk katalog full.
"""),
("live", "filter_dodge", 1, 1, 1, 1, """
Guys live dulu ya, barang "itu" datang lagi dari seberang hehe
Jaket-jaket ini udah dipakai orang Jepang, masih bagus banget.
Karena aturan aplikasi, aku nggak bisa sebut kata b-e-k-a-s, paham kan ya.
Harga 50 ribu, klik keranjang nomor 3.
"""),
("listing", "filter_dodge", 1, 1, 1, 1, """
Kemeja Pria Second Imp0rt Grade A Lengan Panjang
Bahan katun, merk acak (Uniqlo, GU, Muji), kondisi mulus.
Dapat dari ballpress Jepang, per pcs 30rb.
Borong 20 pcs gratis ongkir Jabodetabek.
"""),
("post", "filter_dodge", 1, 1, 1, 1, """
Rekomendasi tempat belanja sekond import di IG: @lemari.ex.jepang 🥰
Aku udah 3x order, jaketnya ex Jepang beneran, bau lemarinya juga khas banget wkwk.
Harga masih ramah, paling mahal 90k.
#thriftingindo #2ndimport #jaketjepangmurah
"""),
("profile", "filter_dodge", 1, 1, 1, 1, """
b.u.n.d.l.e & vintage store since 2019
seken ori, ex 🇺🇸🇯🇵🇰🇷
restock tiap Jumat dari gudang Batam
No COD, no keep tanpa DP
katalog mingguan di sorotan "NEW IN", harga 35k-150k, kirim dari Bekasi
"""),
("comment", "filter_dodge", 1, 1, 1, 1, """
Kak yg nanya "ini baru?" → bkn kak, ini pre-loved dr luar, masuk lwt kargo bulanan.
Masih ada 4 pcs lagi, 35rb/pc, klik tautan etalase aja.
Klo mau bundling sama celana yg kmrn jd 60rb aja, lumayan hemat ongkir kak.
"""),
("message", "filter_dodge", 1, 1, 1, 1, """
Halo sis, aku jual b@ju b3k@s luar negeri per kilo ya, 60rb/kg.
Min order 3 kg, isi acak tapi layak pakai semua.
Barang asal Hongkong & Taiwan, dikirim dari Medan.
Bayar via transfer, nomor admin 0812xxxx
"""),
("post", "filter_dodge", 1, 1, 1, 1, """
Jastip #senenhunt minggu ini 🛒
Bisa nitip jaket, kemeja, celana 2nd yg dr karungan import.
Fee 15k / item, max 5 item per orang.
Tinggal komen "jastip" + barang yang dicari.
#thriftsenen #secondimportjkt
"""),
("listing", "filter_dodge", 1, 1, 1, 1, """
SEPATU 2ND EX-SG ORIGINAL BUKAN KW
Adidas Samba, Nike Air Force, Converse 70s
Kondisi 8/10, insole sudah ganti baru, sol masih ok.
Harga 220k-380k, barang bersumber dari karung Singapura.
"""),
("post", "filter_dodge", 1, 1, 1, 1, """
Mau tau rahasia OOTD aku yang cuma habis 100rb? 😏
Semua dari thrift-an, yg ex Korea, belinya di akun @kloset.hanyang
Kemeja oversize 35k, cardigan 40k, rok 25k.
Mereka restock tiap Rabu malam, ga sponsor ya ini murni rekomendasi.
"""),
("message", "filter_dodge", 1, 1, 1, 1, """
Pak, utk baju ex jpn yg kmrn bapak tanya, skrg ready 2 bl.
Isi 1 bl ±350 pcs, hrg 3,6 jt/bl. Kondisi 2nd, masih layak pakai.
Brg ada di gdg Tj. Priok, bisa diambil sendiri atau kami antar.
"""),
("live", "filter_dodge", 1, 1, 1, 1, """
Yuk mampir ke live, hari ini "preloved luar" lagi, gais!
Ini kiriman karung dari 🇹🇼 tadi pagi, isinya sweater sama rok plisket.
Aku sebut "PL" aja ya biar aman, satu PL 30 ribu, paket tiga PL 80 ribu.
Ketik "PL" + nomor, admin catat.
"""),
("listing", "filter_dodge", 1, 1, 1, 1, """
Tas Wanita S3c0nd Brand Eropa (ex Italy/France) - Koleksi Terbatas
Dapet dr gudang kargo, isi 1 karung cuma 18 tas, semua udah dicek.
Minus wajar: kulit agak kusam di ujung, tali masih kuat.
Harga 160rb - 420rb. Pengiriman dari Tangerang.
"""),
]
