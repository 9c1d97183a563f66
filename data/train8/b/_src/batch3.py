# batch 3 - hand written: (kind, category, offer, used, clothing, abroad, text)
RECS = [
("profile", "hn_shop_bio", 1, 0, 1, 0, """
🧕 Zahra Modest Wear | Gamis & Khimar Syar'i
📍 Toko offline: Jl. Veteran 21, Banjarmasin
🛍️ Produksi sendiri, bukan reseller
📦 Kirim seluruh Indonesia, COD Kalsel
⏰ Buka 09.00-21.00
Link katalog & order ada di bio 👇
"""),
("profile", "shop_bio_bale", 1, 1, 1, 1, """
📦 Gudang Bal Mas Tono
suplai bal & karungan pakaian second Korea / Jepang / Taiwan
📍 Gedebage, Bandung | kirim se-Jawa
✔️ bal segel ✔️ sortiran grade A-B ✔️ kiloan
order via DM, harga update tiap Senin
"""),
("post", "hn_new_cheap_offer", 1, 0, 1, 0, """
FLASH SALE 12.12 ⚡⚡
Semua celana kulot & rok plisket 39rb (normal 69rb)
Bahan premium, baru, jahitan rapi, size S-XXL.
Cuma 3 jam, mulai jam 12 siang. Pakai kode GRATISONGKIR juga bisa.
Toko kami di Shopee: Raras Official (bukan barang second ya kak).
"""),
("listing", "hn_marketplace_title", 1, 0, 1, 0, """
Tas Ransel Laptop Pria Wanita Anti Air 15 Inch / Tas Punggung Sekolah Kuliah Kerja Murah
Bahan cordura, ada port USB dan slot laptop empuk.
Warna hitam, abu, navy. Barang baru produksi Bogor (sentra tas Tajur).
Harga 135rb, grosir 12 pcs 110rb. Garansi resleting 3 bulan.
"""),
("listing", "near_pair_bag_bale", 1, 1, 1, 1, """
Tas ransel branded second, harga 75rb-150rb
dari karungan tas impor, sudah dicuci & disikat
ada yg minus dikit di tali atau lapisan dalam
Jansport, Herschel, Anello dll
stok di lapak Pasar Senen lantai 3, bisa kirim juga
"""),
("message", "hn_buyer_question", 0, 0, 1, 0, """
Permisi kak, saya dari Ambon mau tanya harga grosir kemeja batik anak.
Kalau ambil 3 kodi bisa dapat harga berapa? Dan ongkir kargo laut ke Ambon kira-kira berapa lama sampai?
Kalau ada katalog tolong kirim ya kak, terima kasih.
"""),
("post", "regional_code_word", 1, 1, 1, 1, """
Baju roma lagi murah-murahnya di lapak ambo Pasar Raya Padang 😄
kemeja, jaket, celana, banyak yang merek luar
sahari ko baru bukak bal, sa potong 10 ribu sampai 50 ribu
datang lah cepek, kalau alah siang alah tapiliah urang
"""),
("listing", "hn_own_used", 1, 1, 1, 0, """
Dijual sepatu running pribadi, dipakai kurang lebih 3 bulan buat lari pagi.
Merek lokal, ukuran 42, sol masih tebal, ada kotor sedikit di samping (bisa dicuci).
Alasan jual: kekecilan setelah kaki bengkak habis cedera 😅
150rb, lokasi Semarang Tembalang.
"""),
("article", "hn_news", 0, 0, 1, 0, """
Sentra konveksi di Desa Tegalwangi terus bertahan di tengah gempuran produk murah.
Sebanyak 120 perajin masih memproduksi kaos dan celana anak yang dijual ke pedagang di Tanah Abang dan Pasar Baru Bandung.
Ketua paguyuban perajin menyebut harga jual per lusin sulit dinaikkan karena persaingan harga di marketplace.
Pemerintah kabupaten berencana memberi pelatihan pemasaran digital bagi perajin.
"""),
("post", "hn_new_wholesale", 1, 0, 1, 0, """
Kaos kaki sekolah putih & hitam, isi 12 pasang per pack 🧦
Harga per pack 36rb, ambil 10 pack 330rb.
Pabrik kaos kaki kami di Bandung (Soreang), barang baru, elastis, tidak gampang molor.
Cocok buat toko seragam atau koperasi sekolah. Bisa kirim ke luar Jawa pakai kargo.
"""),
("listing", "condition_word_offer", 1, 1, 1, 1, """
Sepatu bekas ex Korea, harga 80rb-180rb
kondisi 7/10 sampai 9/10, tertulis di tiap foto
insole ada yang diganti baru
barang pilihan dari karung sepatu campur, tiap model cuma 1 pasang
ready di Medan, kirim pakai JNE
"""),
("post", "hn_new_import_legal", 1, 0, 1, 1, """
Jilbab & mukena impor Turki ready stok 🇹🇷
Semua baru, kami import resmi, ada dokumen lengkap.
Mukena katun Turki bordir 285rb, pashmina silk 95rb.
Stok di toko Pasar Baru Jakarta, bisa kirim ke luar kota.
"""),
("comment", "hn_report", 0, 1, 1, 1, """
@admin grup, tolong post di atas dihapus ya. Itu jualan balpres pakaian bekas dari Malaysia, katanya "barang aman lewat Dumai".
Di grup ini kan aturannya cuma boleh jual barang UMKM lokal.
Sudah saya laporkan juga ke pihak marketplace.
"""),
("listing", "hn_factory_stock", 1, 0, 1, 0, """
STOK LAMA toko — gamis model 2021 masih baru 🏷️
Masih dalam plastik, cuma modelnya sudah tidak update.
Diobral 50rb saja (dulu 150rb), ukuran L & XL.
Toko Fitri Busana, Pasar Tanah Abang Blok F lt 1.
Ambil 10 dapat 450rb. Yang penting stok cepat habis.
"""),
("post", "hn_own_used", 1, 1, 1, 0, """
Beres-beres lemari anak, bajunya udah pada kekecilan 🥲
Satu paket isi 15 potong (kaos, celana, piyama) ukuran 2-3 tahun, bekas anakku sendiri.
Kondisi bagus, ada 2 kaos noda dikit. 100rb sepaket, nggak dijual satuan.
Lokasi Bintaro sektor 9, ambil di rumah ya bun.
"""),
("listing", "sortir_grade_offer", 1, 1, 1, 1, """
sortiran kemeja flanel grade A 50 pcs
harga 1,1 jt/paket
barang second luar, dari bal Jepang, udah dibuang yg rusak
minat chat aja. pengiriman dari Batam pakai kargo laut, 5-7 hari ke Jakarta
"""),
("message", "hn_broadcast_new", 1, 0, 1, 0, """
*RESTOCK* 🔔 Kaos lengan panjang polos cotton combed 30s
Ukuran: S, M, L, XL, XXL
Warna baru: butter yellow, sage, lilac
Harga ecer 48rb, grosir min 12 pcs 40rb
Barang baru, produksi konveksi kami di Sleman. Silakan diorder kak 🙏
"""),
("listing", "plain_bale_offer", 1, 1, 1, 1, """
Jual 2 koli pakaian bekas campur, sisa stok gudang
1 koli kira-kira 90 kg
barang luar negeri, belum dibongkar
harga borong 2 koli 7 jt, lokasi Pekanbaru
langsung angkut aja karena gudang mau dikosongkan
"""),
("post", "hn_sportswear", 1, 0, 1, 0, """
Baju senam & legging wanita murah meriah 🏃‍♀️
Legging 35rb, kaos senam lengan panjang 45rb, setelan senam 85rb.
Barang baru produksi Tangerang, bahan spandek adem, melar.
Buat grup senam ibu-ibu bisa pesan seragam, minimal 15 stel gratis sablon nama grup.
"""),
("live", "live_bale_opening", 1, 1, 1, 1, """
oke ini bal dari Jepang baru gue buka ya, lo liat sendiri masih ketat pres-nya
isinya kemeja semua, gue angkat satu-satu
ini Uniqlo oxford biru, ada noda kecil di saku, 40 aja
ini polo Ralph Lauren, kerah agak kusut tapi aman, 65
yang mau langsung komen nama sama harga ya
"""),
("listing", "hn_near_pair_shirt_new", 1, 0, 1, 0, """
Kemeja oxford pria lengan panjang 40rb aja
baru, sisa produksi konveksi, ada yang saku kecil jahitannya kurang rapi
warna biru muda, putih, abu
ukuran M-XL, ambil 5 lebih murah
toko kami di Pasar Baru Bandung lt 2
"""),
("post", "hn_local_maker_post", 1, 0, 1, 0, """
Sebagai penjahit kecil di Bekasi, saya cuma mau bilang: beli baju lokal itu bantu dapur kami tetap ngebul 🙏
Bahan kain kami beli di Cigondewah, dijahit di rumah, dijual di pasar pagi.
Harganya memang nggak semurah barang karungan, tapi baru dan bisa dipesan sesuai ukuran.
Terima kasih untuk pelanggan yang masih setia.
"""),
("listing", "border_route_offer", 1, 1, 1, 1, """
Selimut & seprei bekas luar, tebal, lembut
masuk lewat Tanjungbalai, sudah dicuci bersih
selimut 45rb-90rb, seprei set 60rb
cocok buat rumah atau kos
lapak di Pasar TPO Tanjungbalai, bisa kirim ke Kisaran & Medan
"""),
("listing", "hn_household_textile_new", 1, 0, 1, 0, """
Sprei Katun Motif Aesthetic 160x200 / 180x200 / Bed Cover Set Murah
Barang baru, jahitan rapi, ada karet di 4 sudut.
Harga 120rb (sprei + 2 sarung bantal + 2 guling).
Produksi Majalaya, stok banyak, bisa grosir.
"""),
("message", "hn_job_vacancy", 0, 0, 1, 0, """
Lowongan kerja 📌
Dibutuhkan 5 orang penjahit untuk konveksi kaos & seragam di daerah Cimahi.
Syarat: bisa jahit obras & overdeck, jujur, tidak merokok di tempat kerja.
Gaji borongan per potong + uang makan. Mess tersedia.
Info lanjut kirim pesan ke 0812xxxx
"""),
("post", "jastip_market_trade", 1, 1, 1, 1, """
Titip beli di Pasar Kebon Kalapa? Bisa banget 😉
Aku tiap Kamis ke sana, cari celana kargo, jaket bomber, kemeja, sesuai request.
Ongkos titip 15rb/pcs, barangnya second ya, aku kirim video kondisinya dulu.
Kirim dari Bandung, dibungkus rapi.
"""),
("listing", "hn_children_new", 1, 0, 1, 0, """
Dress anak perempuan brokat untuk pesta / lebaran 👗
Usia 2-10 tahun, bahan brokat + tile, furing katun.
Harga 95rb-135rb tergantung ukuran.
Barang baru, ambil dari grosiran Pasar Tanah Abang Blok A, ready stok.
"""),
("post", "hn_report", 0, 1, 1, 1, """
Tadi lewat jalan ke Pasar Senen, masih banyak lapak jualan baju bekas impor walaupun katanya udah dilarang.
Karung-karung ditumpuk di depan kios, isinya jaket sama kemeja.
Nggak tau deh ini bakal ditertibkan lagi atau nggak.
"""),
("listing", "hn_new_shoes", 1, 0, 1, 0, """
Sandal jepit karet anak & dewasa, grosir per kodi 💥
Anak 90rb/kodi, dewasa 120rb/kodi.
Barang baru pabrikan Sidoarjo, warna campur.
Cocok buat warung, toko kelontong, masjid.
Ecer juga boleh 7rb/pasang.
"""),
("post", "condition_word_offer", 1, 1, 1, 1, """
Restock kaos band vintage (asli second, bukan reprint) 🎸
Metallica, Nirvana, Guns N' Roses
kondisi faded enak, ada yang lubang kecil (disebut di foto)
barang dari bal USA, satu desain cuma satu
harga 120rb-350rb, DM buat detail
"""),
("comment", "hn_buyer_question", 0, 0, 1, 0, """
Mbak, ini batiknya cap atau printing ya? Soalnya harganya murah banget, cuma 60rb.
Kalau saya mau pesan 30 potong buat seragam arisan, bisa dikirim ke Kudus tidak?
Matur nuwun 🙏
"""),
("listing", "hn_own_used", 1, 1, 1, 0, """
Jual jaket motor sendiri, udah nggak kepake karena sekarang naik KRL.
Merek lokal, ada pelindung siku & punggung, ukuran XL.
Dipakai sekitar setahun, resleting lancar, sedikit kusam di bahu.
200rb nego, COD Bogor/Depok.
"""),
("listing", "plain_offer_karung", 1, 1, 1, 1, """
1 karung jaket campur isi ±70 pcs
second impor, merek macam-macam
cocok buat yang mau buka lapak di pasar malam
harga 3,5 jt, ambil di gudang Cibubur
bisa bayar setengah dulu
"""),
("post", "hn_donation_request", 0, 1, 1, 0, """
Open donasi pakaian layak pakai untuk korban banjir di Demak 🙏
Kami butuh pakaian anak, selimut, sarung, dan pakaian dalam BARU.
Barang bisa diantar ke posko Masjid Al-Hidayah Semarang, atau kirim via ekspedisi.
Mohon pakaian dalam kondisi bersih dan dilipat rapi.
"""),
("post", "hn_new_cheap_offer", 1, 0, 1, 0, """
Cuci gudang toko sepatu Mutiara, Jl. Pemuda Klaten 👟
Sepatu sekolah hitam mulai 60rb, sepatu kerja pantofel 99rb, sandal wanita 35rb.
Barang baru semua, cuma model tahun lalu.
Cuma Sabtu-Minggu ini, datang langsung ke toko ya.
"""),
("message", "wa_broadcast_bale", 1, 1, 1, 1, """
Assalamualaikum pelanggan 🙏
Goni baru datang kemarin dari Parepare:
- goni celana panjang campur 3,2 jt
- goni baju perempuan 2,9 jt
- goni anak-anak 2,5 jt
Yang mau datang lihat di gudang Daya Makassar, kabari dulu ya supaya kami siapkan.
"""),
("listing", "hn_marketplace_title", 1, 0, 1, 0, """
Kaos Lengan Pendek Pria Oversize Distro Premium / Baju Kaos Cowok Kekinian Sablon DTF Murah COD
100% cotton combed 24s, barang baru, bukan bekas.
Size M-XXL, 12 desain.
Harga 59rb, beli 2 gratis 1 stiker.
Dikirim dari Malang.
"""),
]
