# Hand-written multi-line records, ILLEGAL side, part B.
# Tuple: (kind, category, offer, used, clothing, abroad, text)

RECORDS = [
    # ---- bale grades / wholesale ----
    ("listing", "bale_wholesale", 1, 1, 1, 1, """DAFTAR HARGA GROSIR MINGGU INI (per bal, segel)
Kaos Korea grade A – 100kg – Rp6.900.000
Kemeja Jepang grade A – 100kg – Rp7.200.000
Celana jeans campur grade B – 100kg – Rp4.800.000
Jaket winter grade A – 100kg – Rp8.100.000
Harga franco gudang Cikarang. Pengiriman luar Jawa via ekspedisi laut.
Tidak ada retur untuk barang segel. Grade B isinya boleh ada noda ringan."""),
    ("listing", "bale_wholesale", 1, 1, 1, 1, """Jual per kilo – pakaian second eks Jepang (sudah sortir)
• Kaos & polo: 35rb/kg
• Kemeja: 42rb/kg
• Jaket ringan: 55rb/kg
Minimal ambil 20kg, boleh campur jenis.
Timbang di depan pembeli, gudang Pulogadung.
Pembelian di atas 100kg dapat potongan 3rb/kg."""),
    ("message", "bale_wholesale", 1, 1, 1, 1, """Selamat siang pak, berikut penawaran goni minggu depan:
1) Goni selimut Korea 50kg (±35 lembar) – 3,3jt
2) Goni tas campur Jepang (±70 pcs) – 2,9jt
3) Goni sepatu Thailand (±55 pasang) – 3,4jt
Semua grade A, sortir pabrik sana.
Kalau ambil 10 goni sekaligus, ongkir ke Surabaya kami tanggung."""),
    ("post", "bale_wholesale", 1, 1, 1, 1, """Buat pedagang yang baru mulai 🙏
Kami sediakan balan pendek isi ±200 potong, campur kaos + kemeja + celana.
Harga 3,8jt, bisa dibayar 2x.
Barang Korea, rata-rata kondisi 80% ke atas, sisanya bisa jadi barang diskon.
Lebih aman daripada langsung ambil bal 100kg kalau modal belum kuat."""),
    ("listing", "bale_wholesale", 1, 1, 1, 1, """Koli Campur Jepang – BELUM SORTIR
Berat ±100kg, isi campur semua jenis pakaian
Harga 4,3jt (lebih murah karena untung-untungan)
Biasanya 60% layak jual, 20% grade B, 20% afkir
Cocok buat yang punya lapak kiloan atau pasar malam
Lokasi gudang Kapuk, bisa muat mobil pick up"""),
    ("listing", "bale_wholesale", 1, 1, 1, 1, """Karung Sortiran Premium – Jaket Korea
Isi 90 potong, semua jaket (parka, puffer, windbreaker)
Sudah disortir 2x, tidak ada yang sobek
Harga per karung 6,5jt, ambil 2 karung 12,6jt
Cocok buat lapak online yang mau live jualan"""),
    ("listing", "bale_wholesale", 1, 1, 1, 1, """Ikat Jeans USA (dipilih)
1 ikat = 30 celana jeans second Amerika, ukuran campur 28–38
Merek: Levi's, Wrangler, Lee, Carhartt
Harga 1,4jt/ikat, grade A semua
Bisa pilih ikat langsung di gudang Bandung, jam 8–15"""),
    ("message", "bale_wholesale", 1, 1, 1, 1, """Broadcast Gudang Koh Aseng 📦
Segel baru datang hari ini:
- 12 bal sweater Korea (100kg) @7jt
- 8 bal dress wanita Jepang (100kg) @7,5jt
- 5 bal baju anak campur (45kg) @3,1jt
Bal yang dibuka di tempat tidak bisa dikembalikan.
Datang langsung ke gudang atau kirim via kargo."""),
    ("listing", "bale_wholesale", 1, 1, 1, 1, """SEPATU SECOND THAILAND PER GONI
Isi ±60 pasang, ukuran dewasa 39–44
Grade A (90% mulus) = 4jt
Grade B (ada minus sol/kulit) = 2,7jt
Grade C (buat reparasi) = 1,5jt
Barang Bangkok, masuk lewat Medan. Kirim seluruh Sumatera."""),
    ("post", "bale_wholesale", 1, 1, 1, 1, """Info buat reseller & pemilik toko:
Minggu ini kami bongkar 40 bal crewneck Korea, isi ±150 potong per bal.
Bisa ambil ecer per 50 potong (1,8jt) atau per bal (5,2jt).
Kualitas A, tidak ada bolong, paling cuma ada noda kecil.
Gudang di Bekasi Timur, datang bawa mobil sendiri ya."""),

    # ---- live "bongkar" sales ----
    ("live", "live_bongkar", 1, 1, 1, 1, """🔴 LIVE MALAM INI JAM 19.30 WIB 🔴
BONGKAR 3 BAL JAKET JEPANG!
Harga flat 55rb semua model
Cara ikut: ketik 'SAYA' + nomor barang di kolom komentar
Checkout maksimal 15 menit setelah di-spill, lewat dari itu dilempar ke yang lain
Jangan lupa follow & share biar makin rame 🙌"""),
    ("live", "live_bongkar", 1, 1, 1, 1, """Live TikTok @gudangsekenraya jam 8 malam 📦
Buka segel karung kemeja flanel Jepang di depan kalian langsung
Flanel 40rb, kemeja oxford 45rb
Keranjang kuning aktif, pilih varian 'nomor urut'
Yang menang rebutan wajib checkout ya kak, jangan PHP 😭"""),
    ("live", "live_bongkar", 1, 1, 1, 1, """LIVE IG besok jam 4 sore ✨
Kita 'buka baru' 1 goni dress & blouse Korea
Semua barang 35k, ada 5 barang kejutan 10k
Sistem: siapa komen duluan dia dapat
Ongkir dari Surabaya, bayar max 1 jam setelah live selesai"""),
    ("live", "live_bongkar", 1, 1, 1, 1, """‼️ LIVE PECAH BAL ‼️
Shopee Live jam 20.00
Isi bal: hoodie & sweatshirt Korea grade A
Harga 49rb, flash sale 29rb tiap 10 menit
Voucher gratis ongkir berlaku khusus pas live
Barang second ya kak, kondisi dijelasin satu-satu di live"""),
    ("live", "live_bongkar", 1, 1, 1, 1, """Facebook Live — Lapak Mama Nani, Tarakan
Malam ini jam 7 kami buka karung baru isi baju anak dan kaos dewasa dari Tawau.
Baju anak 10 ribu, kaos 15 ribu.
Ketik nama + nomor baju, nanti admin catat.
Pengambilan di rumah atau antar pakai ojek."""),
    ("live", "live_bongkar", 1, 1, 1, 1, """Jadwal live minggu ini 📅
Senin: bongkar koli celana cargo Jepang
Rabu: bongkar goni sepatu Thailand
Jumat: bongkar bal jaket Korea (grade A)
Semua jam 19.00 di TikTok @rakbekasbandung
Yang checkout 3 barang dapat gratis 1 totebag"""),
    ("live", "live_bongkar", 1, 1, 1, 1, """Live malam ini bareng kak Dewi 💃
Barang kiloan Jepang baru tiba, kita timbang & bongkar live!
Harga per potong 20rb–60rb tergantung jenis
Komen 'keep' buat yang mau ditahan max 1x24 jam
See you jam 9 malam ya guys"""),
    ("live", "live_bongkar", 1, 1, 1, 1, """Tonton live kami tiap malam jam 8 di TikTok @cabo.tomohon 🔴
Malam ini bongkar karung jaket Korea, semua 45 ribu.
Torang kirim ke Manado, Bitung, Minahasa.
Komen nomor baju + nama, admin langsung catat.
Jang cuma nonton, ayo checkout!"""),
    ("live", "live_bongkar", 1, 1, 1, 1, """Pengumuman live 📣
Besok jam 10 pagi live dari gudang, buka segel 2 bal selimut & bed cover Jepang.
Selimut 65rb, bed cover 90rb.
Yang beli lebih dari 5 lembar bisa minta harga reseller.
Link live akan dibagikan di grup WA pelanggan."""),

    # ---- creator promotion / hauls pointing to a shop ----
    ("post", "creator_haul", 1, 1, 1, 1, """HAUL SENEN 200 RIBU 🛍️
Aku dapet 6 barang: 2 kemeja, 1 jaket denim, 1 cardigan, 2 kaos band.
Semua dari kios Bang Jaya di Blok III lantai 1, C-14.
Dia baru buka bal Jepang pas aku dateng, jadi masih fresh pilihan.
Kalau ke sana bilang dari 'Nadia Vlog', katanya dikasih diskon 10%.
#haul #pasarsenen"""),
    ("post", "creator_haul", 1, 1, 1, 1, """Spill toko cabo favorit aku di Manado 🙈
1. Toko Raja Seken – Jalan Sugiono (jaket Korea 40-an)
2. Lapak Ci Meli – Pasar Bersehati lantai 2 (dress & blouse)
3. IG @cabo.tomohon – yang sering live tiap malam
Semua aku udah coba sendiri, barangnya bagus-bagus.
Save biar nggak lupa ya!"""),
    ("post", "creator_haul", 1, 1, 1, 1, """OUTFIT CHECK ✔️
Jaket coach: second Jepang, 85rb
Celana cargo: second Korea, 60rb
Sepatu: second Thailand, 180rb
Semua dari @lapakraka.id — aku udah langganan 2 tahun.
Pakai kode RAKA15 buat diskon 15% sampai akhir bulan.
#ootd #secondhand"""),
    ("post", "creator_haul", 1, 1, 1, 1, """Belanja lelong di Pontianak part 5 🧥
Hari ini ke Toko Kak Ani di Jalan Tanjungpura.
Dapat jaket gunung eks Malaysia 55 ribu, kondisinya masih 90%.
Tokonya baru bongkar barang hari Selasa, jadi datang Selasa sore.
Nomor WA tokonya aku taruh di komentar pertama ya."""),
    ("post", "creator_haul", 1, 1, 1, 1, """Gaes, ini rekomendasi tempat ngawul online yang amanah 🙏
@owolowol.parakan – barang Korea, kirim cepat
@rakseken.jogja – kemeja flanel banyak banget
@lapakmbokdar – selimut & sprei Jepang
Aku udah beli di ketiganya, nggak pernah zonk.
Jangan lupa bilang dari aku ya 😆"""),
    ("review", "creator_haul", 1, 1, 1, 1, """Review + rekomendasi: Gudang Koh Aseng, Bekasi ⭐⭐⭐⭐⭐
Kemarin aku ambil 1 bal sweater Korea buat stok toko onlineku.
Isinya sesuai janji, 90% layak jual, sisanya cuma noda kecil.
Buat kalian yang mau mulai usaha, ambil di sini aja, orangnya jujur.
Alamat dan nomor gudangnya ada di bio aku."""),
    ("post", "creator_haul", 1, 1, 1, 1, """Try-on haul RB Kendari 💃
Semua baju ini aku beli di lapak Kak Wa Ode di Pasar Mandonga.
Total 8 potong cuma 190 ribu!
Kak Wa Ode buka baru setiap Rabu pagi, datang jam 8 biar dapat yang bagus.
Yang mau titip beli, DM aku aja, nanti aku bantu."""),

    # ---- reseller / dropshipper recruitment ----
    ("post", "reseller_recruit", 1, 1, 1, 1, """DICARI RESELLER & DROPSHIPPER 📢
Produk: pakaian second Jepang & Korea (sudah dicuci, siap jual)
Keuntungan:
✅ Harga reseller 30% di bawah harga ecer
✅ Foto & video produk disediakan
✅ Bisa dropship, nama toko kamu di paket
Syarat: ambil minimal 20 potong per bulan
Daftar lewat WA 0812xxxx, ketik 'DAFTAR RESELLER'"""),
    ("post", "reseller_recruit", 1, 1, 1, 1, """Peluang usaha untuk ibu rumah tangga 🙏
Jadi agen RB di kampung sendiri, barang kami kirim per karung dari Kendari.
Satu karung isi ±150 potong, modal 2,5jt, bisa balik modal dalam 2 minggu.
Kami bantu cara memilah barang dan menentukan harga.
Wilayah Muna, Buton, Kolaka masih terbuka."""),
    ("message", "reseller_recruit", 1, 1, 1, 1, """Halo kak, terima kasih sudah tertarik jadi mitra kami 🙏
Sistemnya begini:
1. Kakak pilih paket (ikat 50 pcs / balan pendek / bal 100kg)
2. Kami kirim dari gudang Bandung, barang Korea & Jepang
3. Kakak dapat akses grup info kedatangan kontainer
4. Bisa konsultasi cara live jualan
Paket paling laris buat pemula: ikat 50 pcs, 1,6jt."""),
    ("post", "reseller_recruit", 1, 1, 1, 1, """Open Dropship Lelong Online 🧥
Tidak perlu stok, cukup jualan di Facebook atau WA.
Barang jaket & sweater second Malaysia dari gudang kami di Pontianak.
Keuntungan per potong 15–30 ribu.
Pengiriman ke seluruh Kalimantan Barat, resi atas nama toko kamu."""),
    ("post", "reseller_recruit", 1, 1, 1, 1, """Lowongan kerja sama – Pasar Kodok Tabanan
Kami cari teman yang mau jualan online barang dari lapak kami.
Barang: kemeja, jaket, celana second Jepang & Korea.
Sistem konsinyasi, bayar setelah laku.
Cocok buat mahasiswa di Denpasar yang mau sambil kuliah."""),
    ("post", "reseller_recruit", 1, 1, 1, 1, """JOIN GRUP SUPPLIER GONI 📦
Isi grup: info goni baru masuk tiap minggu (sepatu Thailand, tas Jepang, selimut Korea)
Harga khusus member, bisa patungan satu goni berdua
Biaya gabung 50rb sekali, seumur hidup
Admin akan verifikasi, khusus yang benar-benar mau usaha"""),
    ("post", "reseller_recruit", 1, 1, 1, 1, """Mau punya lapak cakar sendiri? 🙌
Kami supplier dari Parepare siap kirim karung ke Mamuju, Palu, Kendari.
Bisa pilih isi: baju anak, baju wanita, atau campur.
Harga per karung mulai 2 juta.
Reseller baru dapat bonus 20 hanger 😁"""),

    # ---- seller replies in comment threads ----
    ("comment", "comment_reply", 1, 1, 1, 1, """@ikhsan_putra bang ini second Jepang asli kah?
@lapakjepang.bks asli bang, dari bal Jepang yang kami buka kemarin
@ikhsan_putra size L masih ada?
@lapakjepang.bks ada 2, hitam sama olive, 95rb. Mau dikirim ke mana bang?
@ikhsan_putra Depok bang
@lapakjepang.bks siap, nanti aku DM totalnya"""),
    ("comment", "comment_reply", 1, 1, 1, 1, """@meyy.lestari kak sepatunya bekas ya?
@sepatuseken_thai iya kak, second dari Thailand, kondisi 85%
@meyy.lestari bisa kirim ke Palembang?
@sepatuseken_thai bisa kak, ongkir 25rb, total 205rb ya
@meyy.lestari ok aku transfer sekarang"""),
    ("comment", "comment_reply", 1, 1, 1, 1, """@juliangrg harga satu goni jaket berapa bang?
@gudang.goni.mdn 4,2jt bang, isi ±80 jaket Korea
@juliangrg bisa kirim ke Siantar?
@gudang.goni.mdn bisa, kami ada langganan truk tiap Selasa
@juliangrg mantap, nanti saya telepon"""),
    ("comment", "comment_reply", 1, 1, 1, 1, """@wulan_srg lelongnya masih buka kak hari ini?
@lelongkakani buka kak sampai jam 9 malam, barang baru turun tadi pagi dari Kuching
@wulan_srg ada jaket anak?
@lelongkakani ada banyak kak, 20-35 ribu, datang aja"""),
    ("comment", "comment_reply", 1, 1, 1, 1, """@rangga.ptr mas blazernya masih?
@owolowol.parakan masih mas, owol-owol Korea, 55 ewu
@rangga.ptr ukurane piro?
@owolowol.parakan LD 104, dowo 70 mas. Arep dikirim po diambil?
@rangga.ptr dikirim wae mas ke Wonosobo"""),
    ("comment", "comment_reply", 1, 1, 1, 1, """@dika.mks ini isi karung dari mana kak?
@cakar.daengtata dari Malaysia kak, masuk lewat Parepare
@dika.mks kalau ambil satu karung berapa?
@cakar.daengtata 3,5 juta kak, isi campur baju dewasa, bisa video call dulu lihat isinya"""),

    # ---- real-world registers (illegal) ----
    ("listing", "realworld_listing", 1, 1, 1, 1, """BAL THRIFT KOREA GRADE A ISI 100 PCS CAMPUR HOODIE SWEATER CREWNECK
Deskripsi:
- Barang bekas impor Korea (second), bukan baru
- Isi ±100 pcs, berat ±45kg
- Grade A = kondisi 85-95%
- Tidak bisa pilih isi
- Wajib video unboxing untuk komplain
Happy shopping ❤️"""),
    ("listing", "realworld_listing", 1, 1, 1, 1, """JAKET SECOND IMPORT JEPANG ORIGINAL MURAH | PRELOVED BRANDED
Kondisi 90% mulus
Ukuran tertera di foto (lingkar dada x panjang)
Barang sudah dilaundry
Stok cuma 1, tidak restock
Pengiriman dari Bandung setiap hari kecuali Minggu"""),
    ("listing", "realworld_listing", 1, 1, 1, 1, """Celana Jeans Second Import Levis 501 Original USA
Detail:
W 31 L 32
Kondisi 8/10, wash pudar natural
Harga pas, tidak nego
Bukan barang baru, mohon baca deskripsi sebelum checkout
Free stiker untuk setiap pembelian 🙏"""),
    ("listing", "realworld_listing", 1, 1, 1, 1, """[PROMO] Kemeja Flanel Second Korea Murah Grade A Unisex Oversize
✔️ Sudah dicuci & disetrika
✔️ Foto real pict
✔️ Kondisi 80–95%
❗ Barang second, wajar ada bekas pemakaian
❗ Tidak terima retur tanpa video
Cek etalase lain untuk model lain ya kak"""),
    ("listing", "realworld_listing", 1, 1, 1, 1, """Sepatu Second Original Nike Air Force 1 Ex Singapore Size 42
Insole ori, outsole 80%
Upper ada creasing wajar
Sudah deep clean
Box tidak ada (dikirim pakai double box kardus)
Harga final, barang sesuai foto"""),
    ("listing", "realworld_listing", 1, 1, 1, 1, """Selimut Tebal Second Jepang Motif Kotak Ukuran Queen Murah
Bahan tebal & lembut
Sudah dicuci dengan deterjen antiseptik
Ada sedikit bulu rontok wajar barang bekas pakai
Muat 1 selimut per 1kg ongkir
Pengiriman dari Surabaya"""),
    ("post", "realworld_caption", 1, 1, 1, 1, """Ready stock minggu ini ✨
Hoodie, crewneck, jaket semua second import Korea 🇰🇷
Harga mulai 45k aja!
Cek highlight 'READY' & langsung DM ya kak 💌
#thriftindo #thriftshopjakarta #secondimport #prelovedmurah"""),
    ("post", "realworld_caption", 1, 1, 1, 1, """Hunting di lapak sendiri wkwk 😆
Jaket varsity ini baru keluar dari bal pagi tadi, langsung aku pake.
Yang mau model serupa, masih ada 4 lagi, 110k aja.
DM ya, fast respon!
#varsityjacket #thriftbandung"""),
    ("post", "realworld_caption", 1, 1, 1, 1, """Bukan baju baru, tapi kualitasnya jauh di atas baju baru 💯
Koleksi kemeja second Jepang minggu ini sudah up di katalog.
Link di bio, checkout langsung dari sana.
Barang terbatas, 1 model cuma 1 potong.
#secondhandjapan #kemejavintage #ootdcowok"""),
    ("post", "realworld_caption", 1, 1, 1, 1, """Weekend restock 🛒
40 potong dress & blouse second Korea sudah digantung di toko.
Yang dari Bekasi dan sekitarnya, langsung datang ke Ruko Harapan Indah blok B no 9.
Yang luar kota, DM aja nanti aku fotoin.
#tokosecond #bekasi"""),
    ("post", "realworld_caption", 1, 1, 1, 1, """Satu lagi dari tumpukan goni kemarin 👀
Sweater rajut Jepang, wol tebal, kondisi 9/10.
Harga 85k, ukuran LD 110.
Komen 'mau' kalau minat, aku DM satu-satu.
#rajutvintage #secondimport"""),
    ("comment", "realworld_thread", 1, 1, 1, 1, """@ditaa_ay kak ini bekas ya? kok murah
@thriftbydara iya kak second impor Jepang, makanya murah 😊
@ditaa_ay ooh ok, ada noda ga kak?
@thriftbydara nggak ada kak, cuma kerahnya sedikit pudar, udah aku foto di slide 3
@ditaa_ay oke aku checkout ya kak
@thriftbydara makasih kakk ❤️"""),
    ("comment", "realworld_thread", 1, 1, 1, 1, """@budi_s123 min kapan restock sepatu?
@rak.sepatuseken Jumat bang, goni Thailand baru jalan dari Medan
@budi_s123 ukuran 43 biasanya banyak ga?
@rak.sepatuseken lumayan bang, nanti aku tag kalau udah live
@budi_s123 siap min"""),
    ("post", "realworld_thread", 1, 1, 1, 1, """A: kak, yang kemeja flanel merah masih?
B: masih kak, second Jepang, 60rb
A: bisa 50 ga kak?
B: 55 deh kak, udah mepet, ini aku ambil dari bal baru
A: oke deh 55, kirim ke Cirebon ya
B: siap kak, total sama ongkir 70rb"""),
    ("post", "realworld_thread", 1, 1, 1, 1, """[Thread jualan] WTS jaket-jaket second Jepang dari karung yang baru aku buka 🧵
1/ Jaket coach hitam, L, 90k
2/ Windbreaker Adidas lawas, M, 120k
3/ Parka army, XL, 140k
Reply atau DM ya, COD Jaksel bisa. RT sangat membantu 🙏"""),
]
