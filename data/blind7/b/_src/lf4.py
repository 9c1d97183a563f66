R = [
("post","hn_travel_food",0,0,0,0,"""Kuliner di sekitar Pasar Senen yang wajib dicoba setelah berburu thrift:
1. Nasi uduk di gang belakang stasiun, buka dari subuh.
2. Es doger gerobak dekat halte, cuma 8 ribu.
3. Sate padang di ujung jalan Kramat, antre tapi worth it.
Tulisan ini murni soal makanan, bukan promosi toko mana pun.""","std"),
("listing","hn_job_vacancy",0,1,1,1,"""LOWONGAN KERJA (dibagikan ulang untuk diwaspadai)
"Dicari tenaga bongkar goni pakaian second impor, gudang di Cakung, gaji harian 120rb."
Teman-teman, hati-hati ya. Usaha seperti ini melanggar larangan impor pakaian bekas, dan pekerjanya bisa ikut terseret saat penggerebekan.""","std"),
("listing","seller_story",1,1,1,1,"""Ceritanya begini kawan, aku udah 15 tahun jualan seken di Pajak Sambu.
Dulu barang kuambil dari Belawan, sekarang dari toke di Tanjungbalai, isinya kemeja sama jins dari Jepang.
Anakku tiga udah sekolah semua dari lapak ini.
Kalau kelen mau cari jins bagus harga miring, datang lah, kukasih harga kawan.""","mdn"),
("post","hn_official_guideline",0,1,1,1,"""Daftar istilah yang dipantau tim kepatuhan marketplace:
balpres / ballpress, bal, karungan, goni, koli, cakar, monza/monja, awul-awul, rombengan, roma, lelong, "baju Batam", "ex Korea/Jepang", "grade A/B import".
Produk pakaian, sepatu, dan tas dengan istilah di atas akan ditahan untuk ditinjau manual.
Penjual preloved pribadi dimohon menulis asal pembelian di deskripsi.""","std"),
("listing","plain_offer",1,1,1,1,"""Sepatu lari Asics seken ex Jepang 👟
Ukuran 42,5 (27 cm)
Sol luar 80%, insole diganti baru
Sudah dicuci dan disemprot antibakteri
Harga 185rb, nett
Kirim dari Semarang""","std"),
("article","hn_news",0,1,1,1,"""MAKASSAR — Puluhan karung pakaian bekas yang diduga berasal dari Malaysia diamankan petugas di Pelabuhan Parepare dari sebuah kapal barang.
Menurut keterangan aparat, barang tersebut rencananya dikirim ke Pasar Butung dan Pasar Terong.
Pemilik barang masih dalam pencarian.""","mks"),
("listing","regional_offer",1,1,1,1,"""Assalamualaikum bubuhan, lapak ulun buka pulang 🙏
Baju seken matan Malaysia wan Korea, hanyar datang tadi malam.
Ada jaket, kemeja, wan celana panjang. Rega mulai 15 ribu.
Kawa dikirim ke Banjarbaru wan Martapura jua. Hubungi Julak Anang.""","bjn"),
("post","hn_forum_thread",0,1,1,1,"""Forum Warga Surabaya
Pitakon: awul-awul nang Pasar Gembong sik onok ta saiki?
Balesan: sik onok rek, tapi wis sepi. Jarene barang anyar seko pelabuhan angel mlebu.
Balesan: aku biyen sering nang kono, saiki tuku klambi lokal ae, luwih tenang.""","jv"),
("listing","hn_other_goods_bulk",1,1,0,1,"""Dijual kardus bekas impor (OCC) dari Eropa 🇪🇺
Per bal ±700 kg, bersih, kering, siap olah untuk pabrik kertas.
Dokumen impor lengkap untuk industri penerima.
Minimal order 1 kontainer. Hubungi bagian pemasaran.""","std"),
("listing","creator_haul",1,1,1,1,"""Hari ni aku belanje ke Pasar Tungging 😍
Dapat jaket jins seken Jepang 35 ribu, kemeja linen 20 ribu.
Kedainye punye Kak Ros, lorong tige sebelah kanan.
Kalau kelen ke Pekanbaru, singgah lah, kate aku yang suruh 😁""","riau"),
("post","hn_opinion_oped",0,1,1,1,"""Surat Pembaca:
Saya ibu rumah tangga di Bekasi. Dulu saya membelikan anak-anak pakaian seken impor karena murah.
Setelah membaca bahwa banyak barang itu membawa jamur dan bakteri, saya beralih ke baju lokal diskon.
Saya harap pemerintah memperbanyak pasar murah produk dalam negeri supaya ibu-ibu seperti saya punya pilihan.""","std"),
("message","wa_broadcast",1,1,1,1,"""📢 INFO STOK GUDANG (Jumat)
Bal masuk dari Batam pagi ini:
🧥 Jaket kulit seken Eropa – 2 koli
👗 Dress wanita ex Jepang – 3 koli
👟 Sepatu campur ex Korea – 1 koli
Harga sama kayak bulan lalu. Yang sudah DP tolong konfirmasi jam ambil.
Terima kasih 🙏""","std"),
("listing","hn_new_import",1,0,1,1,"""Grosir hijab & gamis impor Turki 🇹🇷
BARU, segel pabrik, bukan second
Motif terbaru musim ini
Minimal 1 lusin per model
Lokasi Tanah Abang Blok A, lantai 5""","std"),
("live","live_script",1,1,1,1,"""Assalamualaikum, tabe' semua yang masuk live! 🙏
Malam ini saya buka karung baru, kemeja ex Malaysia sama celana kain.
Yang biru ini ukuran L, 20 ribu ji. Yang abu-abu 25 ribu.
Ketik mi 'mau' di komen, nanti admin catat. Pengiriman dari Makassar di'.""","mks"),
("post","hn_tutorial",0,1,1,0,"""Cara menyortir baju bekas di rumah sebelum didonasikan atau dijual sendiri:
- Pisahkan yang masih layak pakai, perlu dijahit, dan yang rusak.
- Yang rusak bisa dijadikan lap atau isi bantal.
- Yang layak pakai dicuci, dilipat, dan diberi label ukuran.
Dengan begitu lemari lega dan barang tidak berakhir di TPA.""","std"),
("listing","port_route",1,1,1,1,"""PENGIRIMAN VIA JALUR NUNUKAN
Barang seken dari Tawau (jaket, kaos, celana) dikumpulkan di gudang Nunukan lalu dikirim kapal ke Parepare.
Untuk agen Sulawesi, silakan order per karung.
Estimasi 7–10 hari. Ongkos kapal dihitung per karung.""","std"),
("post","hn_report",0,1,1,1,"""Laporan Pengguna #48213
Kategori: Barang terlarang
Isi: Penjual "AyuMode88" menayangkan 40 produk berjudul "jaket 2nd ex Japan" dengan deskripsi "datang per koli tiap Selasa".
Saya mohon produk ini diturunkan. Saya bukan pembeli, hanya menemukan saat mencari jaket.""","std"),
("listing","hn_factory_reject",1,0,1,0,"""Dulur-dulur, aya obral kaos reject ti pabrik di Majalaya 🙏
Sadayana anyar, teu aya nu bekas, ngan aya cacad sakedik dina sablonna.
Harga 12 rebu hiji, 10 hiji janten 100 rebu.
Mangga ka gudang di Ciparay.""","su"),
("listing","evasive_spelling",1,1,1,1,"""B̶a̶j̶u̶ ga ush disebut 😉
pokoknya 2nd dr negeri sakura
kemeja 30, kaos 20, celana 40
dtg per 100kg, buka tiap jumat
lapak di rumah, Bekasi Utara
chat aja, yg serius""","std"),
("post","hn_feature_article",0,1,1,1,"""Di Tanjungpinang, dermaga-dermaga kecil dulunya ramai saat kapal dari Singapura tiba membawa karung pakaian bekas.
Kini, kata seorang buruh angkut yang enggan disebut namanya, pengawasan makin ketat dan banyak pekerja beralih jadi ojek.
"Dulu satu malam bisa dapat seratus ribu cuma angkat karung," ujarnya.""","std"),
("listing","bio_profile",1,1,1,1,"""Rumah Seken Bu Lastri 🏠
Pakaian 2nd dari Hongkong & Taiwan
Lapak offline: Pasar Pon Trenggalek, Senin & Kamis
Online: kirim seluruh Jawa
Terima pesanan reseller per karung
WA 0858xxxx""","std"),
("comment","hn_joke_meme",0,1,1,1,"""Macam mana pula kau bilang baju kau baru, lae?
Nampak kali lipatan goni nya 😂
Udah lah, ngaku aja kau beli di pajak monza, gak ada yang malu di Medan ni.
Aku pun celana jins ku dari situ semua.""","mdn"),
("listing","regional_offer",1,1,1,1,"""Klambi awul-awul Jepang anyar tekan, rek! 👕
Kemeja, jaket, karo celana jins, kondisine isih apik-apik.
Rego mulai 20 ewu, nek borong iso kurang.
Lapak nang Pasar Turi lantai 2, golek Cak Mad.""","jv"),
("listing","hn_local_secondhand",1,1,1,0,"""Jual baju bekas anak (umur 1–3 tahun) 👶
Semua bekas pakai anak sendiri, beli di toko perlengkapan bayi di Semarang.
Total 25 potong, dijual paket 150rb.
Kondisi bersih, sudah dicuci. Ambil di Banyumanik.""","std"),
("listing","wholesale_bulk",1,1,1,1,"""Ambe banyak boleh, kita pe gudang ada 3 ton pakaian seken ex Filipina.
Isinya kemeja, baju kaos, deng celana panjang, so sortir kasar.
Harga per kilo bisa baku tawar kalo ambe di atas 500 kilo.
Lokasi Bitung, kontak Ko Hendrik.""","mnd"),
("post","hn_official_statement",0,1,1,1,"""Imbauan Pemerintah Kota Pontianak
Kepada pedagang dan masyarakat, penjualan pakaian bekas dari luar negeri atau yang dikenal dengan istilah lelong merupakan pelanggaran ketentuan impor.
Pemerintah kota akan melakukan pendataan pedagang dan menyiapkan program pelatihan usaha alternatif.
Masyarakat diharapkan tidak membeli barang tersebut.""","ptk"),
("listing","hn_upcycling",1,1,1,0,"""Ulun bagawi tas matan jins bekas, bahannya matan celana lawas urang rumah sorangan.
Dijahit tangan, masing-masing beda model.
Rega 50 ribu, kawa pesan sesuai ukuran.
Lokasi Banjarmasin, kirim ke mana haja.""","bjn"),
("listing","market_stall",1,1,1,1,"""Toko Sinar Jaya – Pasar Baru Bandung lantai 6
Jual jaket, kemeja, dan celana seken ex Jepang & Korea
Buka jam 9–17, libur Senin
Datang sendiri buat pilih, atau video call kalau dari luar kota
Setiap Kamis ada barang baru""","std"),
("post","hn_review_no_seller",0,1,1,1,"""Review jujur setelah setahun pakai jaket second impor
Bahannya memang tebal dan jahitannya rapi, jauh lebih awet dibanding jaket murah yang kubeli online.
Tapi waktu pertama datang, baunya menyengat dan harus direndam dua kali.
Aku nggak akan sebut tempat belinya, karena sekarang sudah dilarang juga. Cuma berbagi pengalaman.""","std"),
("listing","reseller_recruit",1,1,1,1,"""LOWONGAN RESELLER 💼
Jual pakaian 2nd asal Jepang tanpa stok!
- Foto & caption kami sediakan
- Barang dikirim langsung dari gudang
- Komisi 15–25% per item
Cocok buat ibu rumah tangga dan mahasiswa. Daftar lewat link di bio.""","std"),
]
