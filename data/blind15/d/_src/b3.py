# Batch 3: more offers (varied voices/regions) plus a few legal ones, hand-written.
RECORDS = [
("post", "hidden_gems_offer", 1, 1, 1, 1, """hidden gems of the day 💎
Levi's 501 made in USA, bekas tapi belel-nya natural banget, W32 L32
dapet dari bongkaran bal Amerika minggu lalu
dilepas 210k aja, first come first serve
DM for more pics, shipping from Malang
#hiddengems #thriftmalang #levis501"""),
("post", "bongkar_bal_offer", 1, 1, 1, 1, """Bongkar bal hari ke-3 masih rame 🥵
Tadi pagi kita buka bal sweater crewneck UK, warnanya cakep-cakep, ada yang ori Ralph Lauren juga
Harga pukul rata 55rb, yang branded pilih 85rb
Datang langsung ke toko: Ruko Grand Wisata blok AA, atau nonton live jam 7
Yang udah DP kemarin, barangnya sudah kami sisihkan ya"""),
("listing", "baju_batam_offer", 1, 1, 1, 1, """Baju Batam Second Mulus — Paket Usaha 50 Pcs
Isi kaos, kemeja, blus wanita, celana pendek
Asal gudang di Batam, sudah sortir, tinggal dijual
Harga paket 1.250.000, rata-rata 25rb per pcs
Kirim via kapal ke seluruh Kepri & Sumatera, Jawa via kargo udara
Order ke CS Rina 0812xxxx"""),
("post", "bundle_regional_offer", 1, 1, 1, 1, """Bundle Bandung weekend sale 🔥
Toko bundle kami buka di Cihampelas: jaket kulit, denim, flanel, semua barang second luar dari karungan
Diskon 20% buat pembeli yang datang pakai outfit hitam, gaje tapi seru 😂
Jam buka 10.00-21.00
Buat luar kota bisa order lewat IG @bundle.cihampelas"""),
("message", "wa_broadcast", 1, 1, 1, 1, """Broadcast untuk pelanggan obok-obok ✨
Kami dari Lapak Obok Mak Ijah buka lagi di Pasar Minggu Banjarmasin
Barang baru bongkar karung Korea: kaos anak, baju kerja, celana jins
Harga 5rb sampai 25rb, tinggal obok-obok pilih sendiri
Buka mulai subuh sampai jam 10 pagi aja
Info lanjut balas chat ini ya"""),
("listing", "plain_offer", 1, 1, 1, 1, """Kemeja Batik Jepang? Bukan! Aloha Shirt Second Hawaii Original
Beli dari bal Amerika, merk Reyn Spooner & Hilo Hattie
Kondisi 8-9/10, kancing lengkap
Ukuran L & XL, 4 motif tersedia
Rp 95.000 per pcs, sepuasnya pilih
Toko offline Blok M Square lt. basement"""),
("post", "evasive_emoji_code", 1, 1, 1, 1, """🧥🧥🧥 + 📦 = 💸
Yang ngerti ya ngerti aja 🤫 karung dari negeri ☃️🗻 baru turun
Bekas pakai tapi masih bersih, jaket ski, fleece, down jacket
Mulai 60k-an, yang langka 150k
Bisik-bisik aja lewat DM, jangan share link ke grup lain 🙏"""),
("comment", "reply_check_dm", 1, 1, 1, 1, """@rizkyfauzan_ sepatu bekas yg Adidas Samba itu ready bang, ex Korea size 43
harga udah ku dm, cek dm ya soalnya komentar sering kehapus 🙏
yg lain juga bisa liat stok sepatu second lain di sorotan IG ku"""),
("profile", "shop_profile", 1, 1, 1, 1, """📍Pajak Melati Medan | Monza Jaket Import
Jaket kulit, parka, trench coat bekas pilihan
Grosir & eceran, kirim seluruh Indonesia 🚚
Buka tiap hari 08-18 WIB
WA: 0821xxxx (Bang Ucok)"""),
("profile", "shop_profile", 1, 1, 1, 1, """thriftbykirana 🌼 second branded import
all items preloved from Japan & Korea bales
restock tiap Kamis 7pm via IG live
🛒 order: shopee link di highlight
📦 ship from Depok"""),
("message", "dm_to_buyer", 1, 1, 1, 1, """Halo kak, ini Dinda dari @vintagebox.jkt 😊
Jadi dari bal terakhir yang kita bongkar (asal Jepang), ada 3 cardigan ukuran yang kakak cari
Kondisinya bekas tapi bersih: yang hijau 70rb, yang abu 65rb, yang krem 80rb (merk Muji)
Kalau mau, aku bisa kirim video try-on
Pembayaran bisa transfer atau shopeepay ya kak"""),
("post", "reseller_recruit", 1, 1, 1, 1, """DICARI AGEN BAL PAKAIAN BEKAS DI WILAYAH NTB & NTT
Kami distributor koli dari Malaysia (masuk lewat Nunukan), stok stabil tiap minggu
Agen dapat harga khusus + prioritas pilih bal isi bagus
Syarat: punya lapak/kios, sanggup ambil min 5 koli per bulan
Info lengkap: 0853xxxx (Pak Haris)"""),
("live", "live_sale_call", 1, 1, 1, 1, """Halo halo, tim thrift dari Solo live lagi 🥳
Malam ini khusus kemeja kantor second dari bal Jepang, semua udah disetrika
Harga flat 30 ribu, dua potong 55
Tulis "KEEP" + nomor kemeja, yang pertama komen yang dapat ya
Bayar lewat keranjang, kirim besok pagi
Yang nanya asli apa enggak, ini asli bekas pakai orang Jepang, bukan baru"""),
("listing", "keyword_stuffed_title", 1, 1, 1, 1, """Tas Wanita Second Branded Import Bekas Ori Kate Spade Michael Kors Guess Thrift Bal Korea
Random pilih model di foto, semua kondisi 80-90%
Harga 90rb - 250rb tergantung merk
Sudah dibersihkan bagian dalam, ada yang tanpa tali panjang
Toko Tas Seken Bu Linda, Pasar Baru Bandung lt. 3
Bisa video call sebelum beli"""),
("post", "haul_with_shop", 1, 1, 1, 1, """POV: kamu ke cakar Pasar Butung jam 6 pagi pas karung dibuka 😆
Dapet trench coat Burberry bekas (tag Korea) 150rb, cardigan 25rb, rok jeans 20rb
Lapaknya Daeng Rahma di pintu 3, dia buka karung tiap Senin & Kamis
Bisa juga pesan ke dia lewat WA, nanti difotokan
Makassar punya surga baju murah pokoknya"""),
("message", "telegram_channel", 1, 1, 1, 1, """🔴 STOK BARU — SECOND IMPORT ANAK
1. Jaket anak bal Korea (usia 3-10 th) 35rb
2. Piyama anak Jepang 20rb/stel
3. Sepatu anak bekas 30-60rb
Semua dicuci ulang sebelum dikirim
Order format: nama / alamat / kode barang
Kirim ke bot @orderthriftkids_bot"""),
("post", "regional_code_word", 1, 1, 1, 1, """Rombengan Pasar Kliwon udah buka lagi ya gaes 🙌
Barang rombeng dari karungan anyar: jaket jeans, kaos bola, kemeja
Rego sak kerso, nek borong isa ditawar
Cah Kudus sing penasaran monggo mampir, lapake Mas Gondrong sebelah tukang cukur
WA 0895xxxx"""),
("listing", "grade_sortir", 1, 1, 1, 1, """Sortiran Jaket Grade S (Super) — Per Koli
Isi 25 jaket pilihan: North Face, Columbia, Patagonia
Semua bekas layak pakai, tanpa sobek & noda berat
Satu koli 2,8jt, cocok buat toko online yang jual premium
Pengambilan di gudang Belawan atau dikirim kargo
Hubungi Ahong 0813xxxx"""),
("comment", "reply_price_link", 1, 1, 1, 1, """Buat yg nanya "kak 1 karung brp?" 👇
Karung kaos Korea 45kg: 1,6jt
Karung celana: 1,9jt
Karung campur: 1,4jt
Harga blm ongkir. Pemesanan lewat WA di bio ya, komen ga dipantau terus 🙏"""),
("post", "creator_recommendation", 1, 1, 1, 1, """3 toko thrift online favorit aku buat outer musim hujan ☔
1. @outerhaus.id — spesialis jaket bekas Jepang, harga 70-150rb
2. @korinthrift — bal Korea, banyak cardigan lucu
3. @ujang.bundle — flanel & denim, barang karungan tapi disortir rapi
Semua udah aku coba beli, aman & amanah
Simpan biar ga lupa ya 🤍"""),
("review", "review_names_shop", 1, 1, 1, 1, """Bintang 4 dulu. Jaket second impor-nya bagus, bahannya tebel, cuma kancingnya ada yang copot satu
Sellernya (Lapak Monza Ucok di Pasar Simalingkar) fast respon, packing karung plastik aman
Buat yang ragu beli baju monza online, toko ini cukup oke
Bakal beli lagi kalau ada stok parka"""),
("post", "plain_offer", 1, 1, 1, 1, """Jual cepat stok sisa toko: 3 karung baju bekas campur dari Korea
Belum dibongkar, masih segel karung asli
Saya mau pindah kota jadi semua dilepas
2 jt per karung, ambil semua 5,5 jt
Lokasi Tangerang, ambil sendiri pakai mobil bak"""),
("post", "evasive_spacing", 1, 1, 1, 1, """S.E.C.O.N.D I.M.P.O.R.T — jaket & hoodie 🌬️
Semua dari k-a-r-u-n-g Jepang, kondisi 85-95%
Mulai 45k, ada yg 99k buat merk gede
Stock terbatas, chat via w.a (nomor di bio)
#s3condimport #thr1ftjkt"""),
("message", "wa_group", 1, 1, 1, 1, """[Grup Reseller Thrift Nusantara]
Admin: Selamat pagi semua 🙏 Jadwal pengiriman bal minggu ini:
- Senin: bal kaos Korea ke Jawa Tengah
- Rabu: bal jaket Jepang ke Kalimantan
- Jumat: karung campur ke Sulawesi
Yang belum lunas mohon transfer sebelum H-1 ya, rekening seperti biasa
Stok baru (bal hoodie Amerika) nanti sore dishare di grup"""),
("post", "plain_offer", 1, 1, 1, 1, """Dijual kebaya & blazer bekas Eropa, cocok buat acara kantor 🥂
Barang dari bal Belanda & Jerman, jahitan rapi banget
Harga blazer 85-120rb, ukuran besar juga ada (XL-XXL)
Bisa kirim sekitar Jabodetabek, COD di stasiun Bogor juga boleh
Chat Mbak Wulan 0856xxxx"""),
("listing", "plain_offer", 1, 1, 1, 1, """Sepatu Boots Dr. Martens Second — Ex UK Bal
Size UK 8 / EU 42, kulit smooth hitam
Sol masih tebal, jahitan kuning aman, ada crease wajar
Harga 550rb, bisa nego buat yang serius
Barang di Jakarta Timur, bisa ketemuan di Senen"""),
("post", "regional_code_word", 1, 1, 1, 1, """Barang monja pilihan udah datang ni 🙌
Khusus blouse & rok kerja ibu-ibu, dari karung Korea sama Jepang
Harga 20-45 ribu aja, banyak yang kayak baru
Datang lah ke kios kami di Pasar Sambu, depan toko emas
Pesan dari luar Medan bisa, kirim pake pos"""),
("live", "live_sale_call", 1, 1, 1, 1, """Sisa 10 menit lagi live kita tutup ya kakak2 ⏰
Yang masih ada: 4 jaket jeans bekas bal Amerika (55rb), 6 kaos band (40rb), 2 sweater (50rb)
Langsung komen kode barangnya aja, mimin catet
Minggu depan bongkar bal baru, jangan lupa pasang pengingat
Makasih yang udah checkout malam ini 🫶"""),
("post", "bale_wholesale_recruit", 1, 1, 1, 1, """Mau buka lapak awul-awul tapi bingung ambil barang di mana? 🤔
Kami jual bal kecil (30 kg) khusus pemula, isi campuran kaos, celana, jaket bekas luar negeri
Rp 1.100.000 per bal, bisa dikirim ke Jawa Timur & Bali
Gratis konsultasi cara sortir & harga jual
WA Mas Bima 0812xxxx"""),
("post", "hidden_gems_offer", 1, 1, 1, 1, """Spill hidden gems minggu ini dari karung Jepang 🇯🇵✨
- Kemeja Issey Miyake pleats (bekas, mulus) 350rb
- Cardigan Comme des Garçons 280rb
- Coat Yohji 600rb
Semua ori 100%, dapet dari bongkar bal, dijamin bukan KW
Harga nett, serius aja DM"""),
]
