# Batch 2: illegal offers, code words / pointers / reseller recruiting / regional names (hand-written)
RECORDS = [
# --- invented / slang code words
("post", "invented_code_word", 1, 1, 1, 1, """
Si Gendut datang lagi 🐷🐷🐷
3 gendut isi jaket parasut dan 2 gendut isi kemeja, masih diikat kawat dari sananya.
Yg udah langganan tau lah aturannya: bongkar Jumat, yg datang duluan milih duluan. Kondisi macem2, ada yg kinclong ada yg perlu dicuci ulang.
Gendut utuh juga boleh dibawa pulang, harga japri.
"""),
("listing", "invented_code_word", 1, 1, 1, 1, """
Jual Bantal Jumbo Isi Pakaian Wanita Campur ± 100kg
Bukan bantal tidur ya kak 😅 ini bantalan padat isi blouse, rok, dress, cardigan
Kondisi rata2 layak pakai, grade A lokasi Batam
4,6jt/bantal, minimal 1. Video buka bantal sebelumnya ada di reels
Kirim via kargo laut
"""),
("message", "invented_code_word", 1, 1, 1, 1, """
Om, "kue lapis" yang om pesan sudah ready 2 loyang. Satu loyang isinya celana jeans pria, satu lagi kaos oblong campur. Berat masing2 kira2 90an.
Dari "dapur tetangga" langsung, masih rapat, belum diiris siapa pun 😂
Harga masih sama. Kalau jadi, transfer setengah dulu, sisanya pas barang sampai Sanggau.
"""),
("post", "invented_code_word", 1, 1, 1, 1, """
🎁 HARTA KARUN MINGGU INI 🎁
Peti harta karun nomor 14 sampai 18 siap diserbu! Isinya campuran hoodie, jersey, kemeja kerja. Kondisi 7-10/10, ada minus dicatat.
Tiap peti kita kupas waktu live Sabtu malam, harga mulai 20rb per potong
Peti harta karun itu turunan kapal ya gaes, bukan dari konveksi
Link grup WA buat notif ada di bio
"""),
("listing", "invented_code_word", 1, 1, 1, 1, """
Paket Guling Coklat - Sepatu Anak Campur 60 Pasang
Guling coklat ori dari pelabuhan, belum dibuka
Isi sepatu anak sekolah, sandal, sneakers kecil. Ada yang sol nya udah aus, ada yang masih bagus banget
2,1jt per guling. Gudang di Tanjung Uncang
Fast respon chat aja kak
"""),
("post", "invented_code_word", 1, 1, 1, 1, """
Wkwk kemarin ada yg nanya "mie instan" itu apa. Ya pokoknya kalau di lapak kami "mie instan" = satu ikatan padat yg siap "diseduh" (dibuka) 🍜
Minggu ini ada mie instan rasa jaket kulit & rasa rok plisket. Barangnya udah pernah dipakai orang sono, tapi kualitas mantap.
Satu bungkus mie instan 3,9jt. Seduh sendiri di rumah ya.
DM ya, gak bahas di komen
"""),
("comment", "invented_code_word", 1, 1, 1, 1, """
Bang @fikri.outfit masih butuh "selimut ungu" gak?
Aku ada 2 selimut ungu isi kemeja flanel sama corduroy, layak jual semua kata yg buka sebelumnya. Selimut ungu kan kiriman perahu malam dari seberang, jadi harus diambil cepat. 3,2 per selimut. 
Japri bang.
"""),
("live", "invented_code_word", 1, 1, 1, 1, """
LIVE SEKARANG!! "BUKA KADO" EPISODE 27 🎀
Kado ke-27 ini gede, 100 kiloan, isi campur cewek cowok
Aturan: sebut warna & ukuran yang dicari, kalau keluar dari kado langsung aku tawarin
Semua barang udah pernah dipake ya beb, aku jelasin kondisinya di depan kamera (noda, pudar, benang lepas)
Harga mulai 15k, checkout lewat keranjang kuning
"""),
("post", "invented_code_word", 1, 1, 1, 1, """
ada yg mau ikut patungan "gajah" ga? 🐘
1 gajah isi ±500 potong jaket & sweater campur, dibagi 5 orang jadi masing2 ±100 potong
iuran 1,4jt per orang, udah sama ongkos kapal dari pulau sebelah sampai Pekanbaru
kondisi standar gajah: 70% layak jual, sisanya buat lap atau diobral
sisa 2 slot lagi, yg mau komen "ikut"
"""),
("listing", "invented_code_word", 1, 1, 1, 1, """
Ready "Mutiara Putih" Grade 1 - Kemeja Putih Kantor Pria
Khusus kemeja putih & biru muda, hasil sortir dari ikatan kapal
Kerah bersih, ketiak tidak kuning (yg kuning udah kami singkirkan)
Per 10 pcs 350rb, per 50 pcs 1,5jt
Cocok buat seragam karyawan atau jual ulang
"""),
# --- pointing elsewhere / emoji / abbreviations
("post", "pointer_elsewhere_offer", 1, 1, 1, 1, """
📦➡️🚢➡️🏠
yg ngerti ngerti aja 😌
koli minggu ini: outer, knit, denim
kondisi 🆗 no major defect, cuma pernah dipakai pemilik sebelumnya
harga & foto ❌ di sini, semua di katalog WA
link di bio 👆 live jam 8 malam
"""),
("profile", "pointer_elsewhere_offer", 1, 1, 1, 1, """
LINTAS SELAT WARDROBE 🌊
Pakaian pilihan dari kiriman kapal, dicuci & disetrika sebelum kirim
Kondisi jujur, minus selalu difoto
Buka ikatan tiap Selasa & Jumat
Grosir per koli / ecer per pcs
📲 WA 0812xxxx | katalog di highlight
📍 Tanjungpinang, kirim se-Indonesia
"""),
("post", "pointer_elsewhere_offer", 1, 1, 1, 1, """
ready lg yg kmrn abis 🔥
jkt kulit, jkt jeans, kmj flanel, all size campur
kond 7-9/10, ada yg minus dijelasin di katalog
asal: tmpkn gudang yg br trn dr kpl
hrg 50-300k
ktlg & order >> wa di bio, no COD
"""),
("message", "pointer_elsewhere_offer", 1, 1, 1, 1, """
Hai kak! Makasih udah join grup Info Ikatan Baru 🙌
Aturan grup:
1. Tiap ada goni baru dibuka, admin share foto di sini jam 7 malam
2. Keep = transfer maksimal 1 jam
3. Barang pernah dipakai, kondisi & minus ditulis di caption, no complain setelah kirim
4. Grosir per goni, chat admin 2 (0812xxxx)
Happy hunting!
"""),
("post", "pointer_elsewhere_offer", 1, 1, 1, 1, """
Spill dikit isi koli yang nyampe dari pelabuhan pagi ini 👀
Ada coat wol, ada blazer vintage, ada tas kulit yang udah soft banget karena pemakaian.
Detail harga, ukuran, kondisi: cuma di broadcast channel ya, yang belum join klik link di bio.
Live jam 9 nanti kita kupas sisa koli nya.
"""),
("live", "pointer_elsewhere_offer", 1, 1, 1, 1, """
Tonight 8PM live unboxing sack #42 🎥
Mostly denim jackets & workwear, pre-worn, condition noted per item
Sack came in by sea last week, totally unopened
Prices 40k-250k, claim by typing the number
Cant make it? Leftovers go to the catalog link tomorrow
"""),
("comment", "pointer_elsewhere_offer", 1, 1, 1, 1, """
Kak ini masih ada 👆
Jaketnya kondisi 8/10, dapat dari karung yg dibuka Senin. Buat harga & ukuran detail udah aku kirim ke DM kakak ya, cek message request. Kalau ga masuk, WA aja 0812xxxx.
Yang lain2 dari karung yang sama ada di katalog.
"""),
("post", "pointer_elsewhere_offer", 1, 1, 1, 1, """
GUDANG BUKA 🟢
Barang ex kontainer kemarin udah disortir:
✅ A = mulus, siap jual
✅ B = minus ringan
✅ C = buat kiloan
Harga tiap grade beda, list lengkap cuma via WA ya, admin ga bales di komen.
Pengambilan di Jl. Ampera Samarinda
"""),
("listing", "pointer_elsewhere_offer", 1, 1, 1, 1, """
Tas Wanita Kulit Campur Pilihan dari Ikatan - Cek Katalog Untuk Foto Detail
Kondisi sudah terpakai tapi rapi, lecet halus di sudut pada sebagian
Stok 20an pcs, merk campur (Furla, Longchamp, Fossil, dll)
Harga mulai 120rb
Foto tiap tas & minusnya di katalog Shopee link bio, di sini cuma contoh
"""),
("post", "pointer_elsewhere_offer", 1, 1, 1, 1, """
buat yang nungguin pre-sale koli anak: besok ya, jam 8 di live 🧸
isinya baju anak 1-8 th, pernah pakai tapi bersih, udah dicuci semua
kirimannya dari seberang, ikatan masih rapat sampai besok
harga 10-35rb/pcs, paket 10 pcs lebih murah
jangan lupa nyalain notif 🔔
"""),
# --- reseller / dropship recruiting
("post", "reseller_recruit_offer", 1, 1, 1, 1, """
DICARI RESELLER & DROPSHIPPER 📣
Kami supplier pakaian pilihan dari kiriman kapal (per goni / per kilo / ecer).
Reseller dapat harga khusus grade A, foto katalog siap pakai, bisa jual tanpa stok.
Barang kondisi layak pakai, sudah disortir, minus dijelaskan.
Syarat: mau aktif posting, minimal order pertama 10 kg.
Daftar: ketik RESELLER ke 0812xxxx
"""),
("message", "reseller_recruit_offer", 1, 1, 1, 1, """
Peluang usaha modal 2 juta! 💸
Kamu cukup ambil 1 paket sortiran 25 kg dari gudang kami di Batam, jual lagi per potong 20-50rb. Rata2 reseller kami balik modal di minggu kedua.
Barangnya pakaian luar yang udah ada pemakainya dulu, tapi dicuci dan dipilih yang masih layak.
Mau dijelasin caranya? Balas "MAU".
"""),
("post", "reseller_recruit_offer", 1, 1, 1, 1, """
Open dropship khusus jaket & outer 🧥
Stok di gudang Belawan, barang turunan kapal yg udah disortir kondisi 8/10 ke atas.
Kamu jual pake foto kami, kami yang kirim atas nama tokomu.
Fee dropship 15-30rb per item.
Grup dropshipper di Telegram, japri buat link.
"""),
("profile", "reseller_recruit_offer", 1, 1, 1, 1, """
Supplier Pakaian Lintas Laut Sumut
• Per koli / per kilo / paket reseller
• Barang pilihan, layak pakai, sudah disortir A/B/C
• Gudang Tanjungbalai - kirim seluruh Sumatera & Jawa
• Terima mitra reseller baru tiap bulan
Info & daftar mitra: DM / 0812xxxx
"""),
("comment", "reseller_recruit_offer", 1, 1, 1, 1, """
Buat kakak2 yang komen mau jualan tapi bingung ambil barang di mana: kami buka kemitraan.
Kakak ambil paket 50 pcs campur dari goni yang baru dibuka (kondisi layak, ada yang minus dikit), harga modal 18rb/pcs, jual 35-60rb. Detail kemitraan di sorotan "MITRA" ya 🙏
"""),
# --- regional trade names (less famous)
("post", "regional_code_word", 1, 1, 1, 1, """
Lelong baru masuk Sambas, kawan! 🙌
Kali ini banyak baju kurung, tudung, sama jaket anak sekolah. Kondisi elok2, ada yang masih macam baru.
Lapak kami buka tiap petang di Pasar Tebas, cari terpal biru.
Ambil banyak boleh kurang harga.
"""),
("listing", "regional_code_word", 1, 1, 1, 1, """
Baju Batam Pilihan - Kemeja Pria Lengan Pendek Campur Merk
Sudah dicuci, disetrika, dipilih yang layak dan tidak pudar
1 paket = 20 kemeja, ukuran M-XL
Rp 600rb/paket
Bisa kirim ke Padang, Jambi, Palembang
"""),
("post", "regional_code_word", 1, 1, 1, 1, """
Roma baru turun dari kapal, lur! Celana panjang, kemeja, gaun pesta. Kondisi campur, yang mulus digantung di depan, yang ada cacat ditumpuk di belakang.
Buka mulai jam 8 pagi, Pasar Senggol Parepare, los nomor 12.
Harga bisa diatur, jangan sungkan menawar.
"""),
("message", "regional_code_word", 1, 1, 1, 1, """
Kak, barang rombengan yang kemarin kakak tanyakan sudah datang dari pelabuhan. Ada 4 goni: 2 baju perempuan, 1 celana, 1 campur anak. Kondisinya pernah dipakai semua tapi masih bagus, saya sudah intip sedikit.
Per goni 2,8jt. Kalau kakak ambil 2, saya antar ke Ambon tanpa ongkos tambahan.
"""),
("post", "regional_code_word", 1, 1, 1, 1, """
Hari Ahad ini pasar Roma dekat terminal buka lagi, sanak!
Ambo ado kiriman baru jaket kulit, sweater, sepatu boot. Ado nan alah lusuah saketek, ado nan rancak bana.
Harago mulai 10 ribu.
Datang sajo ka lapak ambo, nan ado payuang ijau.
"""),
]
