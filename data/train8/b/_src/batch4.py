# batch 4 - hand written: (kind, category, offer, used, clothing, abroad, text)
RECS = [
("profile", "hn_shop_bio", 1, 0, 1, 0, """
KAOS POLOS SOLO | Grosir & Ecer
Pabrik sendiri sejak 2009 🏭
Cotton combed 20s/24s/30s • S-5XL • 40+ warna
Pusat: Jl. Kapten Mulyadi, Solo (dekat Pasar Klewer)
Reseller & sablon welcome, harga khusus per kodi
"""),
("post", "hn_new_cheap_offer", 1, 0, 1, 0, """
Yang cari baju lebaran anak harga bersahabat, mampir ke lapak kami di Pasar Terong ya daeng 😊
Gamis anak, koko anak, setelan celana, semua baru.
Mulai 45 ribu ji, ada juga paket kakak-adik 150 ribu.
Buka sampai jam 9 malam selama Ramadan.
"""),
("listing", "regional_code_word", 1, 1, 1, 1, """
CAKAR MAKASSAR - jaket & hoodie
baru bongkar karung, pilihan tangan
hoodie 50rb, jaket jeans 75rb, jaket kulit 150rb ke atas
semua bekas, ada yang masih bagus sekali
lapak di Jl. Sungai Saddang, ato kirim ke Gowa/Maros
"""),
("article", "hn_explainer", 0, 0, 1, 0, """
Apa bedanya reject, overrun, dan sisa ekspor? Ketiganya sama-sama barang baru dari pabrik dalam negeri.
Reject adalah produk dengan cacat kecil yang tidak lolos kontrol mutu. Overrun adalah kelebihan jumlah produksi dari pesanan brand.
Sisa ekspor adalah barang pesanan pembeli luar negeri yang batal atau lebih, sehingga dijual di pasar lokal.
Barang-barang ini legal dijual dan sering ditemukan di factory outlet Bandung dan Bogor.
"""),
("listing", "hn_marketplace_title", 1, 0, 1, 0, """
Rok Span Wanita Kerja Kantor Formal Hitam Navy Panjang Midi / Rok Kerja Murah Bahan Premium Tidak Nerawang
Barang baru, karet pinggang belakang, resleting belakang.
Size S-3XL. Harga 55rb. Produksi konveksi Bandung Kopo.
Ready stok, kirim hari ini.
"""),
("message", "hn_reseller_recruit_new", 1, 0, 1, 0, """
Mau usaha modal kecil? Yuk jadi agen daster Pekalongan 😊
Modal awal 500rb sudah dapat 20 daster baru campur motif.
Harga agen 25rb, harga jual pasaran 40-45rb.
Barang langsung dari rumah produksi kami di Buaran, Pekalongan.
Tanpa target, bisa ambil lagi kapan saja.
"""),
("listing", "near_pair_dress_condition", 1, 1, 1, 1, """
Dress korea 35rb aja (bekas)
pilihan dari bal Korea, kondisi 85-95%
ada yang tag merek masih nempel tp bukan baru ya
semua ukuran S-M, model beda-beda
minat langsung chat, COD Bekasi
"""),
("post", "hn_kebaya_rental", 1, 0, 1, 0, """
Sewa baju adat untuk karnaval 17 Agustus 🇮🇩
Baju adat Bali, Jawa, Minang, Bugis, Dayak, Papua ukuran anak TK-SD.
Sewa 50rb-85rb per set, sudah termasuk aksesoris.
Lokasi rental: Jl. Kaliurang km 10. Booking dari sekarang, stok terbatas!
"""),
("comment", "hn_buyer_question", 0, 1, 1, 0, """
Sis, kebaya yang dijual di postingan kemarin itu bekas pakai sendiri ya?
Kalau iya, boleh minta foto bagian ketiak dan resletingnya?
Aku mau pakai buat wisuda adikku bulan depan 🙏
"""),
("listing", "border_route_offer", 1, 1, 1, 1, """
Baju anak preloved Malaysia, bawa sendiri dari Tawau lewat kapal ke Nunukan
sekarung isi 150 pcs, kondisi 80% ke atas
harga 1,8 jt per karung, bisa kirim ke Tarakan & Berau
yang mau ecer 10rb/pcs datang ke rumah
"""),
("post", "hn_own_used", 1, 1, 1, 0, """
WTS barang pribadi, closet cleaning ✨
Tas kerja kulit sintetis warna tan, pakai 6 bulan, ada lecet kecil di pojok, 120rb
Flatshoes hitam size 38, pakai 2x, 60rb
Blouse putih size S, 40rb
Semua dari lemariku sendiri, kirim dari Malang, ongkir ditanggung pembeli.
"""),
("listing", "hn_factory_reject", 1, 0, 1, 0, """
Kaos polos reject ringan, harga 12rb per pcs
cacat: bekas noda kapur jahit, ukuran label salah, atau jahitan obras miring
barang baru, dari pabrik garmen kami di Boyolali
jual per karung isi 100 pcs (1,1 jt), karung cuma kemasan kirim
cocok buat kaos sablon event & kaos kerja bakti
"""),
("post", "hn_news_raid", 0, 1, 1, 1, """
Satgas impor ilegal menyegel dua gudang berisi bal pakaian bekas di Cikarang.
Menurut petugas, barang itu berasal dari Jepang dan Korea dan dikirim lewat pelabuhan tidak resmi.
Pemilik gudang terancam sanksi administratif hingga pidana.
Kemendag mengimbau masyarakat beralih ke produk tekstil dalam negeri.
"""),
("listing", "hn_new_wholesale", 1, 0, 1, 0, """
Grosir mukena katun rayon anak & dewasa 🤍
Dewasa: 75rb/pcs, minimal 6 pcs 68rb
Anak: 45rb/pcs, minimal 6 pcs 40rb
Produksi Tasikmalaya, bordir komputer rapi, barang baru.
Harga partai untuk toko & pengajian, tanya admin.
"""),
("live", "hn_live_sale_new", 1, 0, 1, 0, """
Live malam Jumat nih guys, Sandal Sepatu Bu Ani Cibaduyut 👡
Ini flatshoes kulit sintetis baru 65rb aja, ukuran 36-41, warna hitam, cream, mocca.
Yang nanya ini barang bekas? Bukan kak, baru semua, produksi sendiri.
Langsung klik keranjang kuning nomor 3 ya.
"""),
("message", "wa_broadcast_bale", 1, 1, 1, 1, """
stok gudang Tanjungpinang update:
bal sweater 45kg 3,6jt
bal celana jeans 100kg 5jt
bal campur lady 100kg 4,2jt
barang ex Jepang & Korea, kirim via kapal ke Jakarta 3-4 hari
pembayaran DP 50%, pelunasan saat barang di ekspedisi
"""),
("post", "hn_new_cheap_offer", 1, 0, 1, 0, """
Kemeja kotak-kotak buat anak sekolah & ngaji, murah banar 😁
Ukuran 4-12 tahun, harga 35rb, ambil 3 haja 95rb.
Barang hanyar, kami jahit di rumah di Martapura.
Bisa COD sekitar Banjarmasin - Banjarbaru. Pesan lewat japri ja lah.
"""),
("review", "hn_review_no_seller", 0, 1, 1, 1, """
Akhirnya nyobain beli baju thrift karungan buat pertama kali. Ternyata nggak seenak di video.
Dari 10 kaos yang aku beli, 3 bolong dan 1 ada noda yang nggak hilang. Baunya juga khas gudang.
Kesimpulan: lumayan buat yang sabar milih, tapi buat aku mending beli baru lokal aja.
"""),
("listing", "hn_new_import_legal", 1, 0, 1, 1, """
Sepatu olahraga impor Vietnam, BARU original, lengkap box & tag
Masuk lewat distributor resmi, ada faktur pajak.
Ukuran 39-44, harga 450rb (harga toko 699rb).
Toko kami di Mall Ambassador lt 1, Jakarta. Bisa kirim.
"""),
("post", "hn_local_upcycled_bazaar", 1, 1, 1, 0, """
Pasar Barter & Bazar Preloved Kampus 🌿
Jumat-Sabtu di selasar FISIP. Mahasiswa jual baju-baju pribadi yang sudah nggak dipakai, mulai 5rb.
Ada juga booth jahit ulang gratis dan tukar baju.
Dilarang menjual barang karungan atau impor, khusus isi lemari sendiri ya!
"""),
("listing", "market_of_trade", 1, 1, 1, 1, """
Kemeja rayon motif vintage second, 35rb/pcs
diambil dari Pasar Melati Medan, udah dicuci
ukuran M-XL, motif bunga & geometris
sebagian ada noda tipis, dijelaskan di foto
cepat, ready 25 pcs aja
"""),
("message", "hn_new_wholesale", 1, 0, 1, 0, """
Bang, stok celana cargo pendek udah ready lagi di toko kami Pasar Petisah ya 👍
Barang baru dari konveksi Medan, bahan ripstop.
Grosir 12 pcs 600rb (50rb/pcs), ecer 65rb.
Kalau mau kirim ke Siantar atau Kisaran kami antar pakai loket.
"""),
("listing", "hn_school_uniform_new", 1, 0, 1, 0, """
Seragam SD Lengkap Murah Putih Merah / Seragam Sekolah Anak Baru Bahan Tetoron
Kemeja lengan pendek 40rb, rok/celana merah 45rb.
Ukuran 6-16, tersedia juga seragam pramuka & batik.
Toko Seragam Sinar, Pasar Baru Bandung lt 1, sedia grosir untuk koperasi sekolah.
"""),
("post", "hn_children_secondhand_local", 1, 1, 1, 0, """
Stroller + baju bayi bekas anak pertama, dijual sepaket karena sudah tidak dipakai 🍼
Baju bayi 20 pcs usia 0-6 bulan, bersih, ada beberapa yang belum pernah dipakai.
Stroller dijual terpisah. Baju sepaket 120rb.
Lokasi Sukarame Bandar Lampung.
"""),
("listing", "sortir_grade_offer", 1, 1, 1, 1, """
Paket usaha thrift pemula
isi 25 pcs kaos & kemeja grade B (masih layak pakai, minus kecil)
per paket 350rb
diambil per karung dari Pasar Tungging, disortir sendiri
kirim dari Batam ke seluruh Indonesia
"""),
("comment", "hn_complaint_seller", 0, 0, 1, 0, """
Barang sampai tapi ukurannya salah, aku pesan XL dikirim M 😤
Padahal di chat sudah konfirmasi dua kali. Kaosnya sendiri bagus sih, baru dan wangi.
Semoga bisa ditukar ya min, aku sudah kirim foto resi.
"""),
("article", "hn_guideline", 0, 1, 1, 1, """
Aturan grup Jual Beli Pakaian Purwokerto (mohon dibaca):
1. Boleh jual baju baru dan preloved milik pribadi.
2. Dilarang posting jualan bal, karungan, atau pakaian bekas impor.
3. Sertakan harga dan lokasi di setiap postingan.
4. Pelanggaran akan dihapus tanpa pemberitahuan.
"""),
("listing", "hn_factory_stock", 1, 0, 1, 0, """
Barang retur marketplace — celana jogger & hoodie
Semua baru, cuma kemasan rusak atau dikembalikan karena salah ukuran. Sudah dicek satu-satu.
Hoodie 70rb, jogger 45rb. Ukuran lengkap.
Gudang di Cikarang Utara, bisa datang langsung Senin-Jumat.
"""),
("post", "hn_new_cheap_offer", 1, 0, 1, 0, """
Buat yang mau tampil rapi kerja tapi budget tipis 😅
Blazer wanita basic 110rb, celana bahan 70rb, kemeja katun 65rb.
All new, jahitan konveksi Depok, bahan tidak gampang kusut.
Toko di ITC Depok lt 2, juga ada di marketplace (cari: Kirana Work).
Free ongkir Jabodetabek min 200rb.
"""),
("listing", "plain_bale_offer", 1, 1, 1, 1, """
Dijual 5 bal tas wanita second
per bal 45 kg, isi kurang lebih 100 tas
barang Korea, campur model
harga 3,9 jt/bal, ambil semua 18 jt
gudang di Marunda, Jakarta Utara, bisa lihat dulu
"""),
("post", "hn_batik_offer", 1, 0, 1, 0, """
Batik tulis Lasem asli, kain panjang 2,5 meter 🌺
Warna merah darah khas Lasem, motif latohan & sekar jagad.
Dijual sudah jadi kemeja (285rb) atau kain (450rb).
Langsung dari rumah batik kami di Babagan, Lasem, Rembang.
"""),
("message", "hn_new_import_legal", 1, 0, 1, 1, """
Kak, stok hoodie & jaket impor China baru datang minggu ini 😊
Semua barang baru, dikirim dari distributor resmi di Jakarta.
Hoodie polar 85rb, jaket windbreaker 120rb, grosir min 6 pcs potong 10%.
Mau aku kirim katalog lengkapnya kak?
"""),
("listing", "hn_own_used", 1, 1, 1, 0, """
Jual gaun pengantin bekas pakai sendiri (1x, akad nikah Juni lalu) 💍
Warna broken white, ekor panjang 2 m, payet masih utuh.
Dijahit di butik Surabaya, ukuran M-L (LD 94).
Harga 2,5 jt, nego tipis. Bisa fitting di rumah kami daerah Gubeng.
"""),
("post", "hn_opinion", 0, 0, 1, 0, """
Sejak kerja di konveksi aku baru sadar kenapa kaos grosir bisa 20rb-an: kainnya dibeli per roll dalam jumlah besar, dipotong sekaligus, dan ongkos jahit dibayar per potong.
Jadi harga murah nggak selalu berarti barang bekas atau selundupan.
Kadang cuma efisiensi produksi aja.
"""),
("listing", "condition_word_offer", 1, 1, 1, 1, """
Hoodie Uniqlo second, 55rb
kondisi 8/10, sedikit berbulu, warna masih cerah
barang import karungan, dicuci ulang sebelum kirim
size L (ukuran Jepang, pas buat M Indo)
sisa 4 warna
"""),
("listing", "hn_household_textile_new", 1, 0, 1, 0, """
Handuk mandi jumbo 70x140 cm, tebal & menyerap 🛁
Produk baru dari pabrik handuk di Pekalongan.
Ecer 45rb, per lusin 480rb, per kodi 760rb.
Warna polos: putih, abu, biru, pink, hijau mint.
Cocok untuk hotel, kos-kosan, dan salon.
"""),
("post", "hn_muslim_wear_preorder", 1, 0, 1, 0, """
PO gamis lebaran batch 2 dibuka sampai tanggal 20 ya ukhti 🌙
Bahan ceruty premium, ada 4 warna earth tone, size S-XXL + jumbo.
Harga PO 165rb (setelah PO 189rb). Proses jahit 14 hari di workshop kami di Pamekasan.
DP 50% untuk amankan kuota, pelunasan sebelum kirim.
"""),
]
