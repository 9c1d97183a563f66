# Batch 2: more illegal offers without the famous words (hand-written).
RECORDS = [
("listing", "logistics_unit_offer", "1111", """Goni Celana Pendek Campur — Siap Kirim dari Tanjungpinang
Berat timbang 98 kg, isi estimasi 320 lembar
Celana pendek kain, jeans potong, celana olahraga
Grade campur A dan B, jarang yang rusak parah
Harga 3.950.000 franco gudang, belum ongkir
Foto isi atas goni saya kirim via WA biar ngga beli kucing dalam karung 😄"""),
("post", "invented_slang_offer", "1111", """Si Bohay udah nyampe lagi nih 🐘 gendut, diiket tali biru, berat hampir sekwintal 😂
Dalemnya kemeja kantor lelaki, udah pada dipake bos2 di negeri sono
Besok pagi dibuka bareng2 di garasi, yang dateng duluan milih duluan
Harga satuan 20-40rb
Alamat: Perum Griya Asri blok F, Cikarang
#kemejakantor #hargamiring"""),
("message", "broadcast_reseller", "1111", """📢 Pengumuman untuk teman-teman pedagang pasar kaget
Minggu depan kapal dari Port Klang masuk Dumai, kita dapat jatah 12 koli
Rincian: 4 koli jaket, 5 koli kaos, 3 koli campur wanita
Yang sudah DP minggu lalu aman, sisanya dibuka untuk umum
Harga menyesuaikan kurs, kisaran 3,5-5jt per koli
Konfirmasi paling lambat Kamis ya"""),
("live", "live_transcript_offer", "1111", """oke next ya guys, ini sweater rajut merah marun, bahannya wool campur
dari tumpukan koli kemarin, ini salah satu yang paling bagus kondisinya, 9 per 10 lah
cuma di bagian leher agak longgar karena udah sering dipake pemilik lamanya hehe
size M ke L, harga 55 aja
yang mau ketik "MARUN" sekarang, aku hitung sampe lima
satu... dua... oke kak Fitri dapet ya!"""),
("listing", "shoes_kilo_offer", "1111", """SEPATU CAMPUR PER KILO - LANGSUNG DARI GUDANG BELAWAN
Isi sneakers, pantofel, sandal gunung, sepatu bola
Rata-rata sol masih oke, ada yg sudah aus
Harga 45rb per kilo, 1 pasang rata2 0,8-1,2 kg
Minimal 30 kg, boleh pilih sendiri di gudang (Jl. Sekip, Medan)
Buka jam 8-16, Jumat tutup"""),
("profile", "shop_profile_code", "1111", """Kedai Kain Tua ☕🧣
Syal, selendang, sweater, dan kemeja flanel yang pernah hidup di musim dingin orang lain
Dipilih dari kiriman kapal, dicuci air panas, dijemur matahari Makassar
Setiap barang cuma satu, kondisi ditulis di caption
Lokasi: Jl. Sulawesi, Makassar (pintu hijau)
Order via DM, tidak ada COD"""),
("post", "border_route_offer", "1111", """Sambas - Singkawang merapat 🙋‍♀️
Barang dari jalur Aruk masuk lagi, dominan baju kerja wanita sama dress
Kondisi masih bagus, beberapa ada minus kancing atau noda kecil, nanti aku tunjukin
Per lembar 20rb - 50rb, ambil 10 dapat bonus 1
Lapak buka di depan ruko Jl. Diponegoro tiap sore
Tanya stok via WA 0812xxxx"""),
("comment", "seller_comment_offer", "1111", """Kalau mau yang asli negeri sakura harga masuk akal, cek lapak kami kak 🙏
barang pilihan dari tumpukan, ada noda dicantumin, ga ditutupin. Kemeja mulai 25rb, jaket 60rb an. Katalog di IG @kotakjati.id, atau langsung ke Pasar Tungging Bandar Lampung, kios nomer 41"""),
("listing", "grade_letter_lot", "1111", """Paket 100 Pcs Kemeja Wanita Grade S (Super)
Pilihan paling atas dari 5 goni, kondisi hampir tanpa cacat
Merk campur, banyak yang bahannya rayon & linen
Cocok buat lapak online yang butuh foto bagus
Harga 2,9jt / 100 pcs
Kalau mau Grade A (ada minus kecil) 1,8jt / 100 pcs
Gudang Bekasi Timur"""),
("message", "chat_exchange_offer", "1111", """A: bang, yg goni jaket kmrn masih?
B: tinggal 2 bang. isi puffer sm windbreaker, kondisi rata2 7-8
A: brp?
B: 5,8 satu goni. klo ambil 2 jadi 11,2
A: bisa liat isinya dulu?
B: bisa, dtg aja ke gudang Marunda, tp ga boleh bongkar full ya, cuma liat lapisan atas
A: ok besok pagi sy kesana"""),
("post", "english_mix_offer", "1111", """weekend restock ☀️ just unpacked a fresh sack of summer dresses off the Belawan boat
floral, linen, cotton, all vintage cuts
each piece washed & steamed, tiny flaws noted (loose thread, small stain)
50k-120k, free shipping Jabodetabek min. 3 items
catalog on our wa business, tap link in bio 🌷"""),
("listing", "vintage_year_offer", "1111", """Jaket Varsity Wol Kulit Lengan - Era 80an
Bordir nama sekolah luar di dada kiri (nama orang lain, bukan custom 😅)
Kondisi 7/10: kulit lengan retak halus, lapisan dalam ada noda
Dapat dari pembukaan goni kiriman Batam bulan lalu
Ukuran L, harga 380rb, serius tanya-tanya silakan"""),
("post", "javanese_flavour_offer", "1111", """Lur, barang Batam wis teko neng lapakku 😁
Klambi kantor, jaket, celono jeans, pokoke akeh
Kondisine apik-apik, sing ono cacate tak kandani
Regone mulai 15 ewu, iso nawar
Lapak Pasar Klithikan Pakuncen, los tengah
Sing adoh iso kirim, WA 0812xxxx"""),
("listing", "household_textile_offer", "1111", """Selimut Tebal Bulu Musim Dingin — Per Karung 25 Lembar
Asal kiriman Nunukan, kondisi rata-rata 80%, sudah dicuci
Ada beberapa yang bulunya menipis, ada yang masih lembut sekali
Cocok untuk homestay daerah dingin (Dieng, Berastagi, Lembang)
Per karung 1,5jt, satuan 75rb
Kirim seluruh Indonesia via kargo"""),
("review", "haul_names_seller", "1111", """Rating toko @gudang.mamak: 5/5 ⭐
Beli paket 10 kaos band lawas, datengnya sesuai foto, ada yang sablonnya retak tapi kan memang barang lama dari luar
Dibungkus rapi, wangi, udah disetrika
Adminnya fast respon, dikasih tau juga kalau minggu depan ada kiriman kapal baru
Bakal order lagi sih buat lapak CFD aku"""),
("live", "live_announcement", "1111", """🔴 LIVE SPESIAL MALAM JUMAT 🔴
Jam 21.00 kita buka "peti harta karun" dari Tanjungbalai 📦
Isinya belum ada yang tau, aku juga belum liat wkwk
Semua yang keluar langsung kita lelang mulai 10rb
Kondisi apa adanya, aku kasih liat sebelum dijual
Ajak temen2nya ya, makin rame makin seru"""),
("message", "supplier_price_list", "1111", """Selamat pagi bos, update harga koli dari pelabuhan Tanjung Perak minggu ini:
- Koli sweater: 4,2jt
- Koli jaket jeans: 5,5jt
- Koli kaos anak: 2,7jt
- Koli tas: tanya dulu (stok terbatas)
Semua isi barang pakai, sudah lewat sortir kasar
Pengambilan gudang Kalianak, Surabaya
Terima kasih 🙏"""),
("post", "thread_style_offer", "1111", """Ada yang nanya kenapa jaket di lapak aku bisa 40rb padahal merknya mahal. Jawabannya: aku ambil langsung per goni dari pemasok di Gedebage, terus milih sendiri yang kondisinya masih bagus.
Jadi ini bukan barang baru ya, jelas udah pernah dipake orang di sana, tapi aku cuci bersih.
Minggu ini ada 30an jaket yang lolos pilihanku. Katalog di story, DM buat booking."""),
("listing", "marketplace_title_stuffed", "1111", """Celana Jeans Pria Original Levis 501 Vintage Made in USA Belel Faded Lawas Murah
Waist 32, panjang 100 (jahitan asli belum dipotong)
Warna sudah pudar alami, ada sobek kecil di lutut kanan
Didapat dari tumpukan koli, cuma 1 ini ukurannya
Harga 260rb
Bisa video call buat cek detail"""),
("profile", "reseller_recruitment_profile", "1111", """Supplier Baju Kiloan Entikong 🇮🇩
📦 Jual per kilo & per karung, kiriman seberang tiap minggu
🤝 Buka kemitraan untuk yang mau buka lapak, bisa dibimbing dari nol
🚚 Kirim ke seluruh Kalbar & Jawa via ekspedisi
☎️ 0812xxxx (Pak Herman)
Jangan tanya barang baru, kami tidak jual barang baru"""),
("post", "emoji_code_offer", "1111", """🧥🧥🧥 + 🚢 = 😍
kalian tau lah maksudnya 🤭
jaket2 musim dingin yg udh pernah jalan2 salju, sekarang cari rumah baru di sini
✔️ dicuci ✔️ disetrika ✔️ difoto minusnya
💸 45k-150k
📍 Cirebon, bisa kirim
cek katalog, link di bio 🔗"""),
("listing", "bag_lot_offer", "1111", """Koper & Ransel Lawas Per Koli
Isi 30-40 pcs tas punggung, koper kecil, tas travel
Ada yang rodanya seret, ada resleting macet, mayoritas masih berfungsi
Masuk dari kiriman Belawan, belum dipilah
Harga 2,2jt per koli
Gudang Binjai, ambil sendiri atau cargo"""),
("comment", "reply_price_offer", "1111", """Masih ada kak yang blus renda 🙏 itu dari goni minggu lalu, warnanya putih tulang, ada sedikit kekuningan di jahitan bawah karena umur.
Ukuran S ke M. Harga 35rb aja. Kalau kakak ambil 3 item dari lapak aku, ongkir aku gratisin ya"""),
("article", "advertorial_stall_guide", "1111", """Mengenal Lapak Kami: Dari Dermaga ke Gantungan
Setiap dua minggu, truk membawa beberapa goni dari pelabuhan Tanjungpinang ke gudang kecil kami di Batam Centre.
Di sana tiga orang pegawai memilah isi goni: mana yang layak dijual satuan, mana yang dijual per kilo, mana yang disingkirkan.
Pakaian yang lolos dicuci dan digantung. Kami jujur soal noda dan benang lepas.
Bila Anda ingin berkunjung, datanglah Sabtu pagi. Pemesanan jarak jauh bisa lewat WhatsApp 0812xxxx."""),
("message", "group_chat_offer", "1111", """[Komunitas Lapak Kaget Depok]
Siapa mau patungan 1 goni dress dari gudang Cakung? Harga 4jt, bagi 4 orang jadi 1jt per org
Isinya nanti dibagi rata pake sistem undian, adil kok
Yang minat reply "IKUT" sampe jam 9 malam
Barangnya udah pernah dipake, kondisi campur, resiko ditanggung bersama ya 🙏"""),
("listing", "container_arrival_offer", "1111", """INFO: Kapal sandar di Belawan tgl 14, isi 2 kontainer pakaian
Kami pecah jadi goni 100 kg, kategori:
jaket, sweater, kemeja, celana, campur anak, sepatu
Pemesanan goni dibuka sekarang, DP 1jt per goni
Harga final diinfokan setelah barang keluar
Tidak ada refund DP"""),
("post", "regional_flavour_medan", "1111", """Woi lae, mau cari jaket kulit buat naik kereta ke Berastagi? 😎
Datang lah ke lapak awak di Pajak Simpang Melati, baru buka goni tadi pagi
Ada kulit asli, ada yang sintetis, kondisi awak kasih tau jujur
150 sampe 350 ribu, tergantung bahannya
Tanya-tanya dulu boleh, WA 0812xxxx"""),
("live", "live_transcript_sunda", "1111", """Wilujeng wengi sadayana, urang buka deui goni nu ti Gedebage tea nya
ieu aya jaket jeans, ukuran L, warnana biru ngora, aya sobek leutik di saku tukang
40 rebu wae, saha nu hoyong? ketik "JEANS"
oke Teh Neng kenging! checkout nya dina lima menit
salajengna kemeja flanel beureum..."""),
]
