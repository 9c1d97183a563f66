# long-form, batch 2 (illegal offers)
DATA = [
("post", "regional_pontianak_long", "1111", """Lelong baru masok dari Kuching, kamek buka lapak di Pasar Dahlia sampai petang 🙏
Ade baju kurung, kemeja, jaket, sepatu gak ade.
Harge mulai 10 ribu, borong banyak dapat kurang.
Yang dari luar kote boleh pesan lewat WA, kamek kirim pakai ekspedisi.
Jangan lupak singgah ye!"""),
("post", "regional_makassar_long", "1111", """Assalamualaikum daeng-daeng 🙏
Cakar baru dibongkar ini hari di kios ta' Pasar Terong, kiriman dari Malaysia.
Ada kemeja, celana kain, jaket parasut, ukuran besar juga ada.
Mulai 10 ribu ji, bisa tawar-tawar sedikit.
Yang mau lihat dulu video call maki' 0812xxxx.
Singgah maki' nah!"""),
("post", "regional_manado_long", "1111", """Torang pe lapak di Pasar Bersehati so buka ulang 😊
Barang baru dari Filipina, cakar bagus-bagus: kameja, celana jeans, jaket.
Harga mulai 15 ribu, kalo ambe banyak mo dapa kurang.
Datang jo pagi-pagi, nanti siang so abis.
Info: Om Jemmy 0812xxxx"""),
("message", "wholesale_chat", "1111", """Bos, ini harga update minggu ini:
• Kemeja pria ex Jepang grade A: 8,5jt/goni
• Campur wanita ex Korea: 7jt/goni
• Jaket winter ex Eropa: 11jt/goni
Stok ada di Gedebage, bisa dikirim ke Senen atau Tanah Abang pakai mobil box.
Minimal ambil 2 goni. Bayar lunas sebelum muat."""),
("post", "ig_caption_offer", "1111", """Tas-tas cantik dari Jepang sudah siap adopsi 👜💕
Bekas pakai tapi masih mulus, ada Coach, Samantha Thavasa, Anello.
Harga 80rb - 350rb
Yang minat langsung DM ya, foto detail kami kirim.
Pengiriman dari Malang tiap hari kecuali Minggu.
#tasjepang #secondbranded #tasmurah"""),
("live", "live_transcript", "1111", """Selamat malam semuanyaa 🥰 kita mulai live nya ya!
Malam ini spesial celana-celana dari Korea, bekas tapi kualitas masih oke banget.
Celana kulot, celana bahan, jeans... semuanya 20 ribu!
Caranya gampang: screenshot, terus ketik kode di komen.
Kak Nisa mau kode C7? oke kak, nanti checkout di keranjang ya.
Stok cuma satu-satu, yang cepat yang dapat!"""),
("post", "evasive_caption", "1111", """📢 S.T.O.K B.A.R.U
kiriman dari 'negeri ginseng' 🇰🇷 udah landing 😉
barang bukan baru ya kak, tapi kondisi masih cakep
hoodie 40 | crewneck 35 | jaket 60
yang paham paham aja, order lewat dm 🙏"""),
("listing", "multiline_listing", "1111", """PAKET USAHA PAKAIAN SEKEN
Isi 100 pcs campur (kaos, kemeja, celana)
Asal barang: Jepang & Taiwan
Cocok untuk pemula buka lapak di pasar malam
Harga 1,5 jt free rak gantung kecil
Lokasi Sidoarjo, bisa kirim kargo ke Kalimantan"""),
("post", "creator_promo_long", "1111", """Ini bukan endorse, aku beneran langganan di sini 😭
@lemari.oma jual baju-baju second dari Jepang yang lucu2 banget, rajutan, rok panjang, blouse renda.
Harganya 30-70rb, kondisi bersih wangi.
Mereka live tiap Rabu jam 7 malam.
Kalau kalian beli, bilang dari aku ya, siapa tau dapet bonus hehe 🥰"""),
("post", "thread_offer", "1111", """Thread jualan (semua barang second luar negri, aku yang pilih sendiri dari gudang) 🧵
• Jaket bomber Alpha Industries, L — 220k
• Kemeja denim Lee, M — 95k
• Sweater Ralph Lauren, XL — 180k
• Boots Dr. Martens, 41 — 450k
Reply aja yg mau, pengiriman dari Semarang.
RT boleh banget biar laku 🙏"""),
("profile", "bio_longform", "1111", """Grosir Monja Medan 🇲🇾🇸🇬
Langsung dari Tanjungbalai, tanpa perantara
Eceran di Pajak Sambu, partai besar antar ke gudang
Buka setiap hari 08.00-17.00
Order WA 0812xxxx"""),
("post", "port_route_offer", "1111", """Yang di Kalimantan Utara, kiriman Tawau - Nunukan masuk lagi minggu ini.
Isinya pakaian seken Malaysia: baju anak, daster, kemeja, celana panjang.
Ambil per karung kecil (±40 kg) atau per ikat.
Harga karung kecil 1,8 jt.
Bisa antar sampai Tarakan dan Tanjung Selor pakai speedboat.
Chat Pak Amir 0812xxxx"""),
("message", "wa_broadcast", "1111", """📣 Info buat pelanggan Lapak Bunda Fira
Besok (Sabtu) kita bongkar 2 karung baru isi gamis & tunik preloved dari Malaysia.
Harga pembukaan 15rb semua sampai jam 10 pagi!
Lokasi tetap di depan Pasar Tungging, Pangkalpinang.
Yang mau dititipkan bisa transfer dulu, nanti dipilihkan sesuai ukuran 🙏"""),
("review", "gmaps_review_long", "1111", """★★★★★ Lapak Pak Kadir, Pasar Senen Blok III
Tempat langganan saya buat cari jas dan blazer second dari Jepang.
Pak Kadir jujur, kalau ada cacat selalu dikasih tahu.
Harga blazer 60-150 ribu, bisa tawar dikit.
Lapaknya di lantai 1 dekat tangga, cari yang banyak jas digantung."""),
("live", "live_transcript", "1111", """Oke gaes, kita lanjut ke goni nomor dua ya.
Ini goni sweater, asalnya dari Korea, langsung aku buka di depan kalian biar fair.
Wah ini ada sweater Adidas! 45 ribu aja. Ketik 'S1'.
Yang ini rajut tebel, 35. 'S2'.
Pembayaran maksimal 1 jam setelah live, lewat dari itu kita lempar ke yang lain."""),
("post", "english_mix_long", "1111", """Open for wholesale 📦
We supply used clothing from Japan, Korea and Australia — sorted by grade.
Minimum order 1 koli (±100 kg), Grade A / B available.
Pickup di warehouse Batam or we arrange shipping ke Jawa & Sumatera.
Serious buyers only, drop your WA in DM 🙏"""),
("comment", "long_reply_offer", "1111", """@rina_oktav iya kak, masih ada 😊
Jaket yg di video itu bekas dari Korea, size L, lingkar dada 112.
Harganya 85rb, bisa kirim hari ini juga kalau transfer sebelum jam 3.
Atau kalau mau lihat stok lain, klik link di profil ya kak, update tiap malam."""),
("post", "fb_group_offer", "1111", """[JUAL] Lanjut lapak online ya ibu-ibu 🙏
Daster & baju tidur bekas dari Jepang, motif bunga2, bahan adem.
10rb/pcs, ambil 10 jadi 85rb.
Tinggal 40-an pcs.
Lokasi Ciledug, bisa COD di stasiun Kebayoran atau kirim.
Komen 'mau' nanti saya inbox."""),
("listing", "bale_grade_long", "1111", """DIJUAL: Grade Cream Jaket Winter Ex UK
Isi per goni ±60 pcs jaket tebal (puffer, parka, wool coat)
Kondisi: cream = hampir tanpa cacat
Harga: 12 jt per goni
Cocok untuk lapak di daerah dingin (Dieng, Malang, Berastagi)
Barang di gudang Bekasi, survey dulu boleh."""),
("post", "tiktok_caption", "1111", """unboxing paket dari supplier langganan 📦
isi 30 pcs kemeja second dari Hongkong, motif2 retro 🤩
nanti malem aku jual satu2 di live ya, start 25k
follow dulu biar ga ketinggalan
#kemejaretro #lapakonline #fyp"""),
("post", "market_stall_long", "1111", """Info buat yg tinggal di Bogor 📍
Kios kami pindah ke Pasar Kebon Kalapa lantai 2, sebelah penjual sepatu.
Masih jual pakaian bekas impor pilihan: kemeja kantor, jaket, celana bahan.
Diskon pindahan 20% selama seminggu!
Cari aja tulisan 'Kios Amanah 2'."""),
("post", "regional_sundanese_long", "1111", """Wilujeng sumping di lapak Kang Dadan 🙏
Ayeuna nuju seueur jaket sareng kameja second ti Jepang, kualitas sae pisan.
Harga ti 20 rebu dugi 100 rebu.
Lapak di Pasar Cimol Gedebage, lorong payun.
Nu tebih tiasa ngawitan WA heula 0812xxxx"""),
]
