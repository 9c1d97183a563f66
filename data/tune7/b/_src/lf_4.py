# long-form, batch 4 (legal hard negatives: new goods, local preloved, donations, other goods)
DATA = [
("post", "hn_new_thrift_style", "1010", """Koleksi baru kami: THRIFT VIBES 🧥✨
Jaket corduroy, kemeja flanel, dan celana baggy dengan look vintage 90an.
Tapi semuanya BARU ya kak, dijahit di workshop kami sendiri di Bandung.
Bukan barang bekas, bukan impor, ada tag brand di setiap produk.
Harga 129rb - 249rb, cek katalog di link bio.
#brandlokal #vintagestyle #bukanthrift"""),
("listing", "hn_new_import", "1011", """JAKET PUFFER IMPORT CHINA – BARU
Kondisi: baru, masih plastik, tag lengkap
Warna: hitam, krem, hijau army
Size: M, L, XL
Harga 185rb, grosir 10 pcs 165rb/pcs
Bukan second ya kak, dijamin baru 100%
Pengiriman dari Jakarta Barat"""),
("post", "hn_jastip_new", "1011", """JASTIP TOKYO 🇯🇵 batch April!
Aku terbang 12-20 April, bisa titip:
- Uniqlo, GU, Muji (barang baru dari store)
- Sanrio, Pokemon Center
Fee 15% dari harga, pembayaran full di awal.
❌ Tidak terima titipan barang second / preloved ya kak.
DM buat form order."""),
("listing", "hn_factory_reject", "1010", """KEMEJA KERJA PRIA SISA EKSPOR – BARU
Produksi pabrik garmen Bogor, gagal kirim karena warna kurang pas dengan order buyer.
Kondisi baru, bukan bekas, ada yang labelnya dipotong.
Ukuran S-XXL, 45rb/pcs, 10 pcs 400rb.
Bukan karungan impor ya, ini barang lokal.
Siap kirim seluruh Indonesia."""),
("post", "hn_own_preloved", "1110", """Decluttering lemari sebelum pindahan 📦
Semua barang preloved pribadi, beli di mall di Surabaya, jarang dipakai:
- Blazer Zara hitam size S, 150rb
- Dress batik Danar Hadi, 200rb
- Sepatu Charles & Keith no 37, 180rb
Bukan barang impor bekas ya, ini punyaku sendiri.
COD Surabaya Barat, luar kota ongkir sendiri."""),
("post", "hn_donation", "0110", """📢 OPEN DONASI PAKAIAN LAYAK PAKAI
Untuk warga terdampak longsor di Cianjur.
Yang dibutuhkan: baju anak, sarung, selimut, jaket.
Baju bekas boleh asal bersih dan tidak sobek, dimasukkan ke kantong/karung dan diberi label ukuran.
Drop point: Posko Karang Taruna RW 05, setiap hari pukul 09.00-17.00.
Terima kasih orang baik 🙏"""),
("post", "hn_school_bazaar", "1110", """BAZAR PRELOVED SMP NEGERI 8 💚
Sabtu, 14 September | 08.00-12.00 | Lapangan sekolah
Menjual pakaian, sepatu, dan tas bekas hasil sumbangan siswa dan guru.
Harga mulai Rp2.000!
Seluruh hasil penjualan untuk membantu biaya sekolah siswa kurang mampu.
Ajak keluarga dan tetangga ya!"""),
("post", "hn_upcycling", "1110", """Dari karung baju bekas keluarga jadi tas cantik 👜
Aku kumpulin jeans-jeans lama punya ayah, ibu, dan adik, terus dijahit jadi tote bag patchwork.
Semua bahan dari lemari sendiri, gak beli dari lapak mana pun.
Sekarang aku terima pesanan custom, 120rb-200rb tergantung ukuran.
Bisa juga kirim jeans bekasmu sendiri buat diolah.
#upcycle #slowfashion"""),
("listing", "hn_other_goods_bale", "1000", """BERAS MEDIUM PER KARUNG
Karung 50 kg – Rp 620.000
Karung 25 kg – Rp 315.000
Langsung dari penggilingan di Karawang, bukan beras impor.
Bisa antar area Bekasi dan Cikarang untuk minimal 5 karung.
Pemesanan: Pak Udin 0812xxxx"""),
("post", "hn_other_goods_bale", "1100", """Kami menerima dan menjual kardus bekas sistem bal 📦
Kardus sudah dipres dan diikat, berat per bal 50-80 kg.
Cocok untuk pabrik kertas dan pengepul.
Harga mengikuti pasar, per kg.
Lokasi gudang: Cakung, Jakarta Timur. Tidak melayani pakaian."""),
("listing", "hn_used_vehicle", "1101", """DIJUAL MOBIL EX SINGAPORE (BATAM ONLY)
Toyota Vios 2014, bekas pakai 1 tangan
Dokumen lengkap plat BP, pajak hidup
Kondisi mesin halus, AC dingin
Harga 85 jt nego tipis
Lokasi Batam Center, bisa cek unit hari Sabtu"""),
("post", "hn_used_phone", "1101", """Ready HP second ex Japan 📱
- iPhone XR 64GB – 3,1 jt
- iPhone 12 mini 128GB – 5,4 jt
- Pixel 6a – 2,8 jt
Semua unit bekas pakai, fullset, IMEI terdaftar resmi.
Garansi toko 14 hari.
Toko kami di ITC Roxy lantai 2."""),
("listing", "hn_majun", "1100", """MAJUN KAOS PUTIH & WARNA
Dari potongan kaos bekas lokal, sudah dipotong ukuran 30x40 cm.
Dijual per karung isi 20 kg, Rp 160.000.
Cocok untuk bengkel, pabrik, dan percetakan.
Bukan pakaian untuk dipakai ya, khusus lap industri.
Kirim area Jabodetabek."""),
("post", "hn_food_near_market", "1000", """Rekomendasi kuliner kalau abis muter-muter Pasar Senen 🍜
1. Soto Betawi di gang belakang blok 3, kuahnya kental
2. Nasi uduk depan stasiun, buka dari subuh
3. Es doger di pinggir jalan Kramat
Pas banget buat isi tenaga abis bongkar-bongkar tumpukan baju 😂
Harga semua di bawah 30rb."""),
("post", "hn_travel_market", "0000", """Trip Medan 3 hari 2 malam (budget mahasiswa) ✈️
Hari 1: Masjid Raya, Istana Maimun, makan mie aceh
Hari 2: ke Berastagi, beli jeruk dan jagung bakar
Hari 3: keliling Pajak Petisah sama Pajak Melati buat cuci mata, terus ke bandara
Total habis sekitar 1,2 jt di luar tiket. Worth it!"""),
("comment", "hn_denial_import", "1110", """Buat yang nanya, barang di toko kami itu titipan warga sekitar ya kak.
Jadi semuanya preloved lokal: baju yang dulu dibeli di Matahari, Ramayana, atau brand lokal.
Kami sama sekali gak ambil dari karung atau sortiran luar negeri.
Sistemnya konsinyasi, pemilik barang dapat 70% dari harga jual."""),
("post", "hn_swap", "0110", """SWAP PARTY 👗🔄
Minggu, 10.00 di Taman Literasi Blok M
Bawa maksimal 5 baju preloved yang masih layak, tukar dengan baju peserta lain.
Gak ada jual beli sama sekali, semua gratis!
Sisa baju yang gak ketuker bakal kami donasikan ke panti asuhan.
Daftar lewat link di bio."""),
("post", "hn_job_vacancy", "0110", """Dicari: Admin & Fotografer produk untuk toko preloved lokal 📸
Kami jual pakaian bekas titipan warga Jogja (bukan impor).
Tugas: foto barang, upload ke marketplace, balas chat.
Gaji UMR + bonus, kerja di Sleman.
Kirim CV dan portofolio ke email kami."""),
("listing", "hn_fabric_roll", "1001", """KAIN RAYON IMPORT KOREA PER ROLL
Motif bunga kecil, lebar 150 cm
1 roll ±50 yard, Rp 1.350.000
Kain baru ya, bukan pakaian
Cocok untuk konveksi gamis dan daster
Toko kain di Pasar Tanah Abang Blok A lt. 3"""),
("post", "hn_used_parts", "1101", """Jual onderdil mobil copotan ex Jepang 🔧
Mesin, girboks, lampu, bumper — semua second original.
Masuk resmi lewat importir terdaftar, ada dokumen.
Gudang di Surabaya (Kenjeran), melayani partai dan eceran.
Tanya stok via WA 0812xxxx"""),
("post", "hn_own_preloved", "1110", """Jual baju bayi bekas anakku 👶
Semua beli di Mothercare & toko bayi lokal, dipakai cuma 2-3 bulan karena cepat besar.
Paket 15 pcs (jumper, celana, topi) 150rb.
Sudah dicuci dan disetrika, wangi.
Ambil di Depok atau kirim."""),
("post", "hn_new_thrift_style", "1010", """Buat yang suka gaya "baju Senen" tapi parno sama kebersihan 😅
Kami bikin kemeja motif retro ala pasar loak, tapi bahannya baru semua.
Dijahit penjahit lokal di Pekalongan, harga 89rb.
Gak perlu bongkar tumpukan, gak perlu rendam air panas.
Order lewat Shopee toko kami ya!"""),
("post", "hn_other_goods_bale", "1001", """Distributor gula rafinasi impor Thailand 🍬
Kemasan karung 50 kg, stok gudang Belawan.
Melayani pabrik makanan dan minuman, minimal order 1 ton.
Harga menyesuaikan kurs, hubungi marketing kami.
Dokumen impor lengkap dan resmi."""),
("post", "hn_school_bazaar", "1110", """Bazar amal Gereja Santo Yosef 🙏
Tersedia pakaian, sepatu, mainan, dan buku bekas sumbangan umat.
Semua barang dari dalam negeri, dikumpulkan selama 3 bulan.
Harga mulai 1.000 rupiah.
Hasil untuk pembangunan rumah singgah lansia."""),
("live", "hn_new_import", "1011", """Assalamualaikum bunda-bunda, live kita mulai ya 🌙
Malam ini gamis import Dubai, barang BARU ya bun, bukan preloved, masih plastikan.
Bahan jetblack, bordir tangan, harga 375 ribu.
Reseller ada harga khusus, chat admin abis live.
Ketik 'G' + warna kalau mau, stok kami di Tanah Abang."""),
("post", "hn_used_machine", "1101", """Dijual mesin obras & jahit high speed bekas ex Taiwan
Bekas pakai konveksi yang tutup, kondisi normal semua.
Juki obras 4 benang: 2,5 jt
Brother high speed: 2 jt
Bisa dicoba di tempat, lokasi Bandung Soreang."""),
("post", "hn_local_market_review", "0111", """Pengalaman pertama ke Pasar Tungging Pangkalpinang 😄
Rame banget, isinya lapak baju-baju seken yang katanya dari Singapura.
Aku gak beli apa-apa sih, cuma muter dan foto-foto.
Yang menarik, banyak ibu-ibu yang nawarnya jago banget.
Abis itu makan otak-otak di depan pasar, enak!"""),
]
