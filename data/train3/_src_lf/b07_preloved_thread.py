from common import R
RECORDS = [
# ---- preloved own items (20)
R("listing", "legal_preloved_own", "1110", """
Preloved pribadi, bukan barang bal ya 🙏
Lagi beres-beres lemari sebelum pindah kos, jadi banyak yang mau aku lepas.
1. Blazer Zara hitam, beli di PIM 2022, dipakai 3x interview – 180rb
2. Dress midi H&M, beli di Grand Indonesia, dipakai sekali ke kondangan – 120rb
3. Kemeja linen Uniqlo putih, beli di Uniqlo Kota Kasablanka – 90rb
4. Celana kulot Cotton Ink – 110rb
Semua dari lemari sendiri, kondisi 90-95%, udah dicuci.
COD area Tebet & Kuningan, luar kota kirim.
Nggak nerima tukar ya, no nego sadis 😁
Oh iya, sebelum ditanya: ini bukan thrift dari karung, ini beneran baju aku sendiri, masih ada beberapa nota di email.
"""),
R("listing", "legal_preloved_own", "1110", """
Jual baju hamil bekas sendiri 🤰
Dulu beli di Mothercare Mall Kelapa Gading dan beberapa di Shopee lokal.
Sekarang anak udah 2 tahun, baju-baju ini cuma nyimpen debu.
- 3 dress menyusui 60rb/pc
- 2 celana hamil 50rb/pc
- 1 gamis busui 80rb
Kondisi masih bagus, ada yang sedikit pudar. Ambil semua 300rb.
"""),
R("post", "legal_preloved_own", "1110", """
CLOSET CLEAN-OUT 🧺 (punya aku sendiri yaa, bukan stok jualan)
Alasan dijual: berat badan naik 8 kg setelah nikah 😂 jadi banyak yang udah nggak muat.
Kebanyakan aku beli di Matahari Paskal dan Pasar Baru Bandung, ada juga beberapa dari distro Jl. Trunojoyo.
Ukuran S semua, harga 35-85rb.
List & foto di highlight "LEMARI".
Uangnya buat beli baju baru yang muat wkwk.
Detail beberapa barang:
- Cardigan rajut krem (Matahari) 50rb, dipakai 5x
- Rok plisket hitam (Pasar Baru) 35rb
- Kemeja oversize garis biru (distro Trunojoyo) 75rb
- Celana highwaist (Matahari) 60rb, ada sedikit pudar di paha
Semua udah dicuci dan disetrika, dikirim pakai plastik + kertas minyak.
Bayar transfer, kirim 1x24 jam. COD Bandung cuma hari Sabtu ya.
"""),
R("listing", "legal_preloved_own", "1110", """
Sepatu lari bekas pakai sendiri 👟
Adidas Ultraboost 22, size 42, beli di Sports Station Senayan City Februari 2023.
Pemakaian ±300 km, sol masih tebal, upper bersih (baru dicuci di jasa cuci sepatu).
Dijual karena kaki saya ternyata cocok yang lebih lebar.
Harga 750rb, ada box & nota.
COD Senayan / GBK pagi hari.
"""),
R("listing", "legal_preloved_own", "1110", """
Preloved baju anak dari lemari si kakak 👧
Umur 3-5 tahun, mayoritas beli di Carter's Mall Taman Anggrek, Mothercare, dan toko baju anak di Pasar Atom.
Dijual karena si kakak udah kegedean dan adiknya cowok 😅
Paket 10 pcs 150rb (kaos, dress, celana), kondisi 85-95%.
Surabaya COD Pakuwon / Galaxy Mall.
Bukan barang karung ya bun, semua dari rumah sendiri.
"""),
R("listing", "legal_preloved_own", "1110", """
Jual kebaya wisuda bekas pakai sendiri 🎓
Kebaya brokat modern warna dusty pink, jahit di penjahit langganan di Jl. Kaliurang, dipakai sekali waktu wisuda Februari.
Ukuran M (LD 90), ada payet sedikit lepas di lengan kiri (bisa dijahit ulang).
Harga 250rb, include kain batik sarimbit.
Jogja COD UGM / UNY.
"""),
R("post", "legal_preloved_own", "1110", """
Halo warga kompleks 👋
Saya mau jual beberapa baju kerja bekas saya pribadi, kondisi masih bagus, soalnya sekarang kerja dari rumah jadi jarang pakai.
Kemeja pria ukuran L (merek Executive & Alisan, beli di Matahari Cibubur) – 50rb
Celana bahan 32 – 60rb
Jas hitam satu stel – 250rb
Yang minat bisa mampir ke rumah Blok D3 no. 8, atau WA 0813xxxx.
Kondisi barang bisa dicek langsung, silakan dicoba di teras.
Kalau ada tetangga yang butuh buat anaknya yang baru mulai kerja dan dananya belum ada, bilang saja, bisa saya kasih gratis.
Sisa yang nggak terjual akhir bulan ini saya serahkan ke panti asuhan dekat masjid kompleks.
Terima kasih, salam dari keluarga Pak Hendra.
"""),
R("listing", "legal_preloved_own", "1110", """
[PRELOVED] Tas kulit Fossil, punya pribadi ✨
Beli di Fossil Store Plaza Senayan 2021, ada nota.
Dipakai kerja 1 tahun, kulit mulai patina (itu justru cantik menurutku), kunci & resleting lancar.
Harga 850rb, include dustbag.
Alasan jual: pindah ke ransel karena sering naik KRL.
"""),
R("listing", "legal_preloved_own", "1110", """
Lepas koleksi jersey bola pribadi ⚽
Semua beli di official store / toko olahraga resmi di Jakarta, bukan barang karungan atau KW.
- Jersey Persija home 2019, L – 275rb
- Jersey timnas Indonesia 2021, L – 300rb
- Jersey Juventus 2016 (beli di Planet Sports Pondok Indah), L – 350rb
Kondisi 85-90%, sablon nama utuh.
Dijual karena butuh dana buat lahiran anak kedua 🙏
"""),
R("listing", "legal_preloved_own", "1110", """
Preloved gamis & hijab pribadi 🧕
Sebagian besar beli di butik Zoya & Rabbani Medan, ada juga dari Pajak Ikan Lama.
Dipakai 1-3 kali untuk acara keluarga.
Gamis 80-150rb, hijab 30rb, bisa paket.
Ambil di rumah daerah Helvetia atau COD Centre Point.
Barang pribadi ya kak, bukan monza 😊
"""),
R("post", "legal_preloved_own", "1110", """
Sale lemari suami (atas izinnya ya, bukan diem-diem 😂)
Kaos band lokal beli di gigs: Seringai, Efek Rumah Kaca, The SIGIT – 100rb/pc
Flanel dari distro Bandung – 90rb
Jaket jeans Lea yang dulu dia beli pas kuliah di Mall Ambarrukmo – 150rb
Ukuran L-XL. Semua masih layak, ada yang sablonnya mulai retak.
Jakarta Timur, COD atau kirim.
"""),
R("listing", "legal_preloved_own", "1110", """
Jual seragam & almamater bekas sendiri 🎒
Saya baru lulus SMA, jadi seragam putih abu-abu, batik sekolah, dan baju olahraga nggak kepake.
Ukuran L, kondisi 80%, kerah agak kusam.
Semuanya 100rb buat adik kelas yang butuh, atau gratis kalau memang nggak mampu, DM aja.
Daerah Cilacap kota.
"""),
R("listing", "legal_preloved_own", "1110", """
Preloved sneakers koleksi pribadi 🧼
Nike Air Force 1 putih, size 41, beli di Foot Locker Pacific Place, pemakaian 6 bulan.
Converse Chuck 70 hitam, size 41, beli di Converse store Central Park, pemakaian 1 tahun.
Dua-duanya udah di-deep clean.
AF1 600rb, Chuck 70 450rb, ambil dua 950rb.
Bukan barang bal, ada nota dan box.
"""),
R("post", "legal_preloved_own", "1110", """
Pamit dari Jakarta, balik ke Padang 🥲 jadi semua barang yang nggak muat koper aku jual murah.
Baju-baju kerja (beli di Uniqlo & Zara Kota Kasablanka), dress pesta (jahit sendiri), dan jaket.
Kisaran 30-150rb, lebih murah kalau borong.
Ambil di kos Setiabudi sampai Sabtu ini, setelah itu sisanya aku donasikan.
List lengkap di story.
Buat yang nanya barangnya dari mana: ini semua baju aku sendiri selama 5 tahun kerja di Jakarta, bukan barang jualan dari karung.
Ada juga beberapa barang rumah tangga: rice cooker, setrika, rak sepatu, tapi itu beda post.
Terima kasih Jakarta, makasih juga teman-teman kantor yang udah kayak keluarga 🫶
Semoga barang-barangnya bermanfaat buat pemilik barunya.
"""),
R("listing", "legal_preloved_own", "1110", """
Jual jaket kulit asli bekas pribadi 🧥
Beli di pengrajin kulit Garut tahun 2018, dipakai touring motor.
Kondisi 85%, ada baret halus di siku, lapisan dalam masih bagus.
Ukuran XL (LD 118). Harga 900rb nego tipis.
Dijual karena sudah jarang touring.
Bekasi, COD atau kirim.
"""),
R("listing", "legal_preloved_own", "1110", """
Lelang preloved dress pengantin sendiri 👰
Gaun putih model A-line, dijahit di butik Jl. Veteran Makassar, dipakai sekali saat resepsi 2023.
Sudah dry clean, disimpan dalam garment bag.
Open bid 1,5 jt, kelipatan 100rb, close Minggu jam 9 malam.
Bisa fitting dulu di rumah (Panakkukang).
Bukan barang cakar ya, ini benar-benar punya saya 😊
"""),
R("profile", "legal_preloved_own", "1110", """
lemarinya.nadia 🧺
Preloved PRIBADI, bukan stok jualan & bukan barang bal
Baju, tas, sepatu punya aku sendiri (beli di mall Bandung & online shop lokal)
Update tiap aku beres-beres lemari, nggak tentu
COD Dago/Buah Batu • kirim luar kota
"""),
R("post", "legal_preloved_own", "1110", """
#prelovedpribadi #bukanbal #bukanimpor
Halo, aku lagi lepas beberapa outfit kuliah yang udah nggak kepake. Semua beli sendiri di Pakuwon Mall & Tunjungan Plaza (Stradivarius, Pull&Bear, Cotton On).
Harga 45-120rb. Kondisi rata-rata 90%.
Ukuran S-M. Surabaya COD, luar kota kirim.
Kenapa aku tulis bukan bal? Soalnya banyak yang tanya gitu 😅 beneran bekas aku sendiri.
"""),
R("listing", "legal_preloved_own", "1110", """
Jual jas dan kemeja bekas almarhum ayah 🤍
Kami sekeluarga sepakat melepas pakaian beliau supaya bermanfaat bagi orang lain.
Jas 4 stel (dijahit di penjahit langganan di Pasar Baru), kemeja 15 potong, celana bahan 8.
Ukuran L, kondisi baik, sudah di-laundry.
Harga seikhlasnya mulai 20rb, hasilnya untuk sedekah atas nama beliau.
Ayah dulu guru SMA, rapi sekali soal pakaian, setiap Minggu malam beliau sendiri yang menyetrika kemeja untuk seminggu.
Rasanya berat melepas, tapi kami yakin beliau lebih senang kalau pakaiannya dipakai orang yang membutuhkan.
Yang datang mohon doakan almarhum ya.
Ambil di rumah, daerah Rawamangun.
"""),
R("listing", "legal_preloved_own", "1110", """
Preloved baju bayi newborn 0-6 bulan 🍼
Beli di Babyshop Lippo dan toko perlengkapan bayi di Pasar Pagi Mangga Dua.
Dipakai anak pertama, sekarang udah besar. Sudah dicuci & disetrika.
Paket 25 pcs (jumper, bedong, kaos kaki, topi) 200rb.
Depok, COD Margo City.
Bisa juga dipisah: jumper 10rb, bedong 8rb, kaos kaki & topi 5rb.
Semua dicuci pakai deterjen khusus bayi dan disimpan di kontainer tertutup, nggak bau apek.
Bukan barang jualan dari karung impor ya bun, ini bener-bener bekas anakku sendiri, fotonya juga ada waktu dia pakai 😊
Prioritas buat yang ambil paket.
"""),
# ---- comment threads: "ini impor bekas?" -> "bukan, baru" (15)
R("comment", "legal_comment_thread_new", "1010", """
@nadyaaa.p: kak ini impor bekas ya? kok murah banget
@kedaikemeja.id: bukan kak 🙏 baru semua, produksi konveksi kami di Bandung, ada label ukuran
@nadyaaa.p: oh gitu, aku kira karungan
@kedaikemeja.id: hehe banyak yg ngira gitu kak, foto kami emang gaya vintage. Kalau mau order bisa checkout langsung ya
"""),
R("comment", "legal_comment_thread_new", "1010", """
@budi_santoso88: ini barang bal korea ya gan?
@denimlokal.co: Bukan gan, ini baru, jahit sendiri di Cihampelas. Denim lokal 14 oz.
@budi_santoso88: wah kirain second
@denimlokal.co: Sering dikira gitu gan karena wash-nya belel 😄 Ready ukuran 28-36, bisa order di keranjang kuning.
@rinaa.w: min yang 30 warna hitam masih ada?
@denimlokal.co: masih kak, tinggal 3 ya
@budi_santoso88: gan kenapa nggak jual second aja, lebih murah
@denimlokal.co: kami fokus produksi sendiri gan, biar penjahit lokal ada kerjaan. Lagi pula barang bal kan dilarang masuk 🙏
@budi_santoso88: oke respect, checkout 1 ukuran 32
"""),
R("comment", "legal_comment_thread_new", "1010", """
@mamakeisha: bun ini bekas ya? buat anak aku takut alergi
@tokoanakceria: Bukan bun, baru semua 😊 dari grosir Tanah Abang, masih plastik per pcs.
@mamakeisha: ok bun, yang size 4 thn motif dino ada?
@tokoanakceria: ada bun, 2 warna. Langsung chat aja ya biar admin bantu checkout
"""),
R("comment", "legal_comment_thread_new", "1010", """
@andi.mks: ini cakar ji kah?
@butikdaengrara: bukan kak, baru semua 😊 kami jahit sendiri di Sudiang
@andi.mks: ooh, kirain cakar karena modelnya kayak kemeja Jepang
@butikdaengrara: iye kak, memang terinspirasi kemeja Jepang tapi baru. Ada ukuran S sampai XXL, bisa COD Makassar
"""),
R("comment", "legal_comment_thread_new", "1010", """
Pembeli: Mas, ini jaket thrift impor? Bekas?
Penjual: Bukan mas, ini baru, bahan taslan lokal, dijahit di workshop kami di Bekasi.
Pembeli: Oke, kok modelnya kayak jaket Jepang jadul
Penjual: Iya mas, memang sengaja model retro. Ready M-XXL, 189rb. Mau saya fotokan detail jahitannya?
Pembeli: boleh mas
"""),
R("comment", "legal_comment_thread_new", "1010", """
@fikri_ahm: bang ini monza ya?
@kaosmedan.id: bukan lae 😄 baru, sablon sendiri di Medan Denai
@fikri_ahm: bagus kali bahannya, berapa?
@kaosmedan.id: 85 ribu lae, combed 24s. Ukuran S-3XL
@fikri_ahm: ambil 2 yang hitam XL
@kaosmedan.id: siap, cek DM ya lae
"""),
R("comment", "legal_comment_thread_new", "1010", """
@sherly.tan: Kak, "thrift style" itu maksudnya barang bekas impor?
@ruanglemari.id: Bukan kak 🙏 itu cuma gaya desainnya. Semua produk kami baru, produksi sendiri di Yogyakarta.
@sherly.tan: oalah, aku kira second
@ruanglemari.id: nggak kak, kami nggak jual barang second. Kalau mau lihat ukuran detail ada di highlight "SIZE" ya 🤍
"""),
R("comment", "legal_comment_thread_new", "1010", """
Tanya: Ka, ini sweater dari ballpress ya? Soalnya mirip yg di Pasar Senen
Jawab: Bukan ka, baru 🙂 rajutan Binong Jati, Bandung. Ada tag brand kami.
Tanya: Harganya 150 ya ka?
Jawab: Iya ka 150rb, free ongkir Jawa. Warna sage tinggal 4
Tanya: oke aku checkout ya
"""),
R("comment", "legal_comment_thread_new", "1010", """
@om_rully: ini cabo kah?
@jahitantanta.mdo: nyanda om, baru 🙏 kita jahit sandiri di Wanea
@om_rully: kiapa mirip kemeja dari karung
@jahitantanta.mdo: model retro om, tapi kain baru dari toko kain Pasar 45. Kemeja 150 ribu, bisa pesan ukuran
"""),
R("comment", "legal_comment_thread_new", "1010", """
@dewi.ayu.k: min ini barang bekas impor atau baru? ada yang bilang di komen ini karungan
@shopsenja.official: Halo kak, semua produk kami BARU ya, bukan karungan/bal. Kami produksi di Solo dan ada sertifikat merek.
@dewi.ayu.k: oh oke min, berarti komentar di atas salah ya
@shopsenja.official: betul kak, mungkin karena foto kami gaya "thrift look". Terima kasih sudah tanya langsung 🙏
"""),
R("comment", "legal_comment_thread_new", "1010", """
@yoga.pratama: sepatunya second impor kak?
@sepatucibaduyut.asli: baru kak, handmade Cibaduyut, bukan second 👞
@yoga.pratama: bisa size 44?
@sepatucibaduyut.asli: bisa kak, pre-order 10 hari. Mau model derby atau boots?
@yoga.pratama: boots coklat
@sepatucibaduyut.asli: siap, kami DM detailnya
"""),
R("comment", "legal_comment_thread_new", "1010", """
Kak Rina: Ini dari bal Jepang ya dek? Bahannya kayak kemeja Jepang
Dek Tasya (penjual): Bukan kak, baru 😊 aku beli kain katun Jepang di toko kain Cigondewah terus dijahit di penjahit dekat rumah.
Kak Rina: wah bisa pesan ukuran XL?
Dek Tasya: bisa kak, 5 hari jadi, 165rb
"""),
R("comment", "legal_comment_thread_new", "1010", """
@raka.smg: gan ini RB kah? bekas?
@outfitkita.smg: bukan gan, ini barang baru reject pabrik Ungaran, belum pernah dipakai, cuma ada cacat jahitan kecil
@raka.smg: beda sama second impor berarti ya
@outfitkita.smg: beda gan, ini baru dari pabrik lokal. Kemeja 45rb, celana 50rb, langsung aja ke toko di Banyumanik
"""),
R("comment", "legal_comment_thread_new", "1010", """
@lia.nst: ini awul-awul to mbak?
@batiklurik.jogja: mboten mbak 🙏 niki anyar kabeh, tenun lurik saking Cawas
@lia.nst: oalah, kok regane murah
@batiklurik.jogja: nggih mbak, langsung saking perajin. Kemeja 175rb, wonten ukuran S-XXL
"""),
R("comment", "legal_comment_thread_new", "1010", """
@haikal.rizky: bro ini roma? dari Tawau?
@kaosborneo.trk: bukan bro, baru, sablon sendiri di Tarakan 😄 desain motif Dayak & kepiting soka
@haikal.rizky: kirain roma, murah soalnya
@kaosborneo.trk: 95rb aja bro, bahan combed 30s. Bisa kirim ke Nunukan & Tanjung Selor
"""),
]
