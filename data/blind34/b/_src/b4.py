# Batch 4: legal hard negatives and ordinary texts, varied registers. Hand-written.
R = [
("post", "hn_new_thrift_style", 1, 0, 1, 0, """
Hidden gems versi baru 😆 koleksi "Old Money" kami semua baru jahit, bukan bekas.
Polo rajut, celana bahan krem, vest argyle.
Kainnya dari pabrik tekstil Majalaya, dijahit di workshop kami sendiri.
Drop Jumat jam 7 malam di web, stok per warna cuma 20.
"""),
("comment", "hn_buyer_question", 0, 1, 1, 1, """
Bang, kao tau pajak monza yang masih buka hari Minggu di Medan? Awak mau cari kemeja buat kerja, yang murah-murah aja.
Kemarin ke Pajak Melati tutup pulak, sial kali.
"""),
("post", "hn_own_preloved", 1, 1, 1, 0, """
Jual cepat preloved pribadi, karena mau nikah dan ganti gaya 😅
Kebaya brokat dipakai sekali lamaran 350rb, sandal hak 60rb, clutch 80rb.
Beli sendiri di Thamrin City. Lokasi Depok, bisa kirim.
"""),
("article", "hn_news", 0, 1, 1, 1, """
Pedagang awul-awul di kawasan Pasar Beringharjo mengeluhkan sepinya pembeli setelah kabar razia pakaian bekas impor beredar di media sosial.
"Biasane rame pas malem Minggu, saiki sepi," kata seorang pedagang.
Dinas Perdagangan setempat menyebut belum ada penertiban, namun pihaknya akan menyosialisasikan larangan impor kepada pedagang.
"""),
("listing", "hn_used_nonclothing", 1, 1, 0, 0, """
Kulkas Bekas 2 Pintu Sharp Masih Dingin
Pemakaian 4 tahun, freezer masih beku cepat, bodi ada baret sedikit.
Harga 1,3 jt, ambil sendiri di Kalasan Sleman.
Alasan jual: dapat kulkas baru dari kantor.
"""),
("listing", "hn_sack_nonclothing", 1, 1, 0, 0, """
Jual Karung Goni Bekas untuk Kopi dan Kompos
Karung goni ukuran 60x100, bekas wadah biji kopi, masih kuat.
Harga 6.500/lembar, ambil 100 lembar 600rb.
Lokasi Temanggung, kirim via ekspedisi.
"""),
("post", "hn_joke_meme", 0, 1, 1, 1, """
Orang Makassar kalo ditanya "baju baru ki?"
jawabannya pasti: "cakar ji itu, sepuluh ribu di Butung" 🤣
Padahal gayanya kayak model katalog.
Tag temanmu yang lemari isinya cakar semua 👇
"""),
("article", "hn_opinion", 0, 1, 1, 1, """
Dear pemerintah, kalau memang baju bekas impor dilarang, tolong kasih solusi buat pedagang kecil.
Ibu saya jualan lelong di Pasar Tanjungpinang lebih dari 20 tahun, itu satu-satunya mata pencaharian.
Bukan berarti saya setuju penyelundupan, tapi pedagang eceran bukan pelaku utama.
"""),
("listing", "plain_clothing_listing", 1, 0, 1, 0, """
Kaos Oversize Pria Wanita Unisex Cotton 24s Premium
Sablon DTF awet, warna tidak luntur.
Size M, L, XL, XXL, harga 65rb.
Free stiker untuk pembelian 2 pcs. Gudang Bandung, kirim setiap hari.
"""),
("message", "hn_job_vacancy", 0, 0, 1, 0, """
[LOKER] Dicari host live streaming untuk brand hijab lokal 🧕
Syarat: perempuan, komunikatif, usia 20-30 tahun, domisili Surabaya.
Jadwal shift pagi/sore, gaji pokok + komisi penjualan.
Kirim CV dan video perkenalan 1 menit ke email HRD, paling lambat 15 bulan ini.
"""),
("post", "hn_report", 0, 1, 1, 1, """
Kemarin ada live yang jual "jaket ex-JPN 2nd" di aplikasi, terus host-nya bilang "barang dari seberang, jangan sebut b-e-k-a-s".
Jelas banget mereka sengaja ngakalin filter.
Aku sudah kirim laporan lengkap sama rekaman layar ke tim moderasi.
Semoga ditindak, soalnya kasihan UMKM konveksi.
"""),
("listing", "hn_new_import", 1, 0, 1, 1, """
Coat Wanita Import Korea Premium Wool Blend - NEW
Barang baru, label dan hangtag lengkap, masuk via importir terdaftar.
Warna camel dan abu, size S-L.
Harga 489rb, cocok buat trip musim dingin.
"""),
("post", "hn_trip_no_goods", 0, 1, 1, 0, """
Baru pulang dari Batam, niatnya mau lihat-lihat pasar baju bekas yang terkenal itu.
Ternyata aku malah nggak beli apa-apa, cuma makan gonggong sama foto-foto di Barelang 😂
Baju yang kupakai pulang ya baju yang kubawa dari rumah.
"""),
("review", "hn_review_no_seller", 0, 0, 1, 0, """
Review jujur: kemeja linen brand lokal ini adem banget dipakai di Jakarta yang panas.
Jahitan rapi, kancing kuat, setelah lima kali cuci nggak menyusut.
Harganya memang nggak semurah thrift-an, tapi tahan lama dan aku senang dukung produk dalam negeri.
"""),
("post", "hn_school_sale", 1, 1, 1, 0, """
Garage sale OSIS SMA 3 Kupang 📣
Kami jual baju, celana, dan sepatu bekas sumbangan alumni dan guru.
Harga 5 ribu sampai 30 ribu, uangnya untuk kegiatan bakti sosial ke desa.
Hari Sabtu di lapangan basket sekolah.
"""),
("comment", "hn_buyer_question", 0, 1, 1, 1, """
Mau tanya dong, beli sortiran grade A per kilo itu beneran untung nggak buat pemula?
Aku lihat banyak yang jualan di TikTok tapi takut kena razia dan modal hangus.
Share pengalaman dong kak 🙏
"""),
("listing", "hn_used_nonclothing", 1, 1, 0, 1, """
Mesin Cuci Bekas Ex Jepang Toshiba Front Loading 8 kg
Unit second import Jepang, tegangan sudah dikonversi 220V.
Fungsi normal semua, harga 3,1 jt.
Toko kami di Jalan Raya Bogor, garansi servis 1 bulan.
"""),
("post", "hn_guideline", 0, 1, 1, 1, """
Panduan moderasi internal (ringkas):
Tandai konten yang MENAWARKAN pakaian/sepatu/tas bekas asal impor: kata kunci seperti bal, karungan, monza, cakar, lelong, "2nd ex-JPN".
Jangan tandai berita, laporan pengguna, pertanyaan pembeli, dan preloved pribadi.
Jika ragu, eskalasi ke tim kebijakan.
"""),
("post", "hn_new_thrift_style", 1, 0, 1, 0, """
Outfit ala thrift tanpa drama bau apek? 😌
Semua koleksi "Retro Drop" kami dibuat baru di Solo, motif dan potongan terinspirasi baju 80an.
Kemeja bowling 129rb, celana cutbray 149rb.
Check out di toko online kami, gratis ongkir Pulau Jawa.
"""),
("article", "hn_news", 0, 1, 1, 1, """
Dua kapal pengangkut balpres pakaian bekas dicegat patroli laut di perairan Selat Malaka, tidak jauh dari Tanjungbalai Asahan.
Petugas menemukan sekitar 600 bal yang disembunyikan di bawah tumpukan ikan asin.
Seluruh muatan akan dimusnahkan setelah proses hukum selesai.
"""),
("message", "hn_donation_request", 0, 1, 1, 0, """
Assalamualaikum warga RT 05,
Panti asuhan Nurul Iman membutuhkan sumbangan seragam sekolah bekas dan sepatu anak.
Silakan titip ke rumah Pak RT sampai akhir bulan.
Terima kasih atas kepeduliannya 🙏
"""),
("listing", "hn_produce_karung", 1, 0, 0, 0, """
Beras Pandan Wangi Cianjur Karungan 25 kg
Panen baru, pulen, tidak pakai pemutih.
Harga 375rb per karung, ambil 10 karung gratis antar area Cianjur kota.
Pesan lewat admin toko.
"""),
("post", "hn_own_preloved", 1, 1, 1, 0, """
Sugan aya nu peryogi, abdi ngajual jaket preloved pribadi, ukuran L, warna hejo army.
Kapendak di Ciwalk taun kamari, dianggo jarang pisan.
Harga 120 rebu, COD di Bandung wae nya.
"""),
("article", "hn_explainer", 0, 1, 1, 1, """
Istilah-istilah baju bekas impor di berbagai daerah:
- Monza (Medan), konon dari Monginsidi Plaza
- Cakar (Makassar), dari "cap karung"
- Awul-awul (Yogyakarta dan Jawa Timur)
- Lelong (Kepulauan Riau dan Kalimantan Barat)
Meski namanya berbeda, semuanya merujuk pada barang yang sama: pakaian bekas dari luar negeri.
"""),
("post", "hn_joke_meme", 0, 1, 1, 1, """
Kata ibuku: "Ngapain beli baju bekas orang luar negeri, kayak nggak mampu."
Terus pas lihat jaket thrift Jepang aku yang 40 ribu: "Ini bagus, ibu pinjam ya."
Sampai sekarang jaketnya belum balik 🥲
"""),
("listing", "plain_clothing_listing", 1, 0, 1, 0, """
Seragam Sekolah SD Putih Merah Lengkap
Kemeja lengan pendek, celana/rok, dasi, topi.
Ukuran 6-12, bahan tidak panas, jahitan kuat.
Harga paket 135rb. Toko Seragam Berkah, Pasar Kliwon Kudus.
"""),
("comment", "hn_report", 0, 1, 1, 1, """
Min, tolong cek toko "Gudang Monja Medan", di katalognya ada "karung campur 3 jt" dan "kemeja second Korea".
Itu kan barang terlarang. Aku sudah pakai tombol laporkan tapi belum ada tindakan.
"""),
("listing", "hn_machine_nonclothing", 1, 0, 0, 1, """
Mesin Press Hidrolik Import China untuk Kardus dan Plastik
Unit baru, kapasitas 10 ton, cocok untuk pengepul barang rongsok.
Harga 42 jt, garansi 1 tahun.
Bisa survei ke showroom kami di Medan.
"""),
("post", "hn_opinion", 0, 1, 1, 1, """
Unpopular opinion: thrifting udah nggak "sustainable" kalau barangnya datang berton-ton dari luar negeri pakai kapal.
Yang sustainable itu pakai baju yang udah ada di lemari, tukeran sama teman, atau beli preloved lokal.
Sisanya cuma tren konsumsi berbaju hijau.
"""),
("listing", "hn_own_preloved", 1, 1, 1, 0, """
Sepatu Futsal Specs Bekas Pribadi Size 41
Dipakai 3 bulan, sol masih bagus, tidak jebol.
Jual karena kaki sudah naik ukuran. Harga 150rb nego.
COD Pekalongan atau kirim.
"""),
("article", "hn_news", 0, 1, 1, 1, """
Pedagang monza di Pasar Simalingkar mengaku omzet turun hampir separuh sejak pasokan dari pelabuhan Belawan diperketat.
Sebagian pedagang mulai menjual pakaian baru produksi Bandung untuk bertahan.
Mereka berharap ada skema transisi agar tidak langsung gulung tikar.
"""),
("message", "hn_buyer_question", 0, 1, 1, 1, """
Bu, maaf mau tanya, kemarin ibu bilang ada kenalan yang jual baju lelong dari Entikong ya?
Saya cuma mau tahu harganya kisaran berapa, belum tentu beli.
Nanti kalau sempat tolong kabari.
"""),
("post", "hn_local_upcycle", 1, 1, 1, 0, """
Tote bag dari jeans bekas 👜 kami kumpulkan celana jeans donasi warga Malang, lalu dijahit ulang oleh ibu-ibu PKK.
Setiap tas unik, harga 45rb.
Hasil penjualan kembali ke kas kelompok. Pesan via DM.
"""),
("listing", "hn_majun", 1, 1, 0, 0, """
Kain Majun Putih Bekas Kaos - Kualitas Bersih
Dipakai untuk lap mesin, percetakan, dan bengkel.
Per karung 25 kg harga 175rb.
Tersedia juga majun warna campur yang lebih murah.
"""),
("review", "hn_review_no_seller", 0, 1, 1, 1, """
Aku coba beli baju bal pertama kali lewat temen (nggak aku sebut tokonya).
Hasilnya: dari 30 pcs, yang layak pakai cuma 12, sisanya noda atau bolong.
Mending nabung buat beli baru deh, lebih tenang.
"""),
("post", "hn_new_import", 1, 0, 1, 1, """
PO Jastip Uniqlo Japan 🇯🇵 (barang BARU)
Aku berangkat ke Osaka tanggal 12, bisa nitip AIRism, Heattech, atau UT terbaru.
Fee 10% dari harga, struk asli dilampirkan.
Close order tanggal 10 ya.
"""),
("post", "hn_used_nonclothing", 1, 1, 0, 0, """
Lapak barang bekas Pak Darto, Jalan Veteran Klaten 🛠️
Ada kipas angin, kompor gas, radio jadul, dan sepeda onthel bekas.
Harga bisa nego, tanya-tanya boleh.
Buka tiap hari kecuali Jumat.
"""),
("comment", "hn_new_thrift_style", 1, 0, 1, 0, """
Bukan thrift kak, ini kemeja baru semua 🙏
Kami sengaja kasih efek pudar biar kelihatan vintage. Ada tag toko kami di kerah.
Mau ukuran berapa? Bisa langsung checkout di etalase.
"""),
("article", "hn_guideline", 0, 1, 1, 1, """
Sosialisasi Dinas Perdagangan Kota Pontianak:
Pedagang dilarang menjual pakaian bekas asal impor (lelong) yang masuk melalui jalur tidak resmi.
Pedagang dianjurkan beralih ke produk lokal dan dapat mengikuti pelatihan wirausaha di kantor dinas.
Informasi lebih lanjut di kelurahan masing-masing.
"""),
("post", "hn_swap", 0, 1, 1, 0, """
Swap party Sabtu ini di taman kota Bogor! 🔁
Bawa maksimal 5 baju bekas pakai sendiri yang masih layak, tukar dengan baju orang lain.
Tidak ada jual beli, tidak ada uang.
Sisa baju yang tidak diambil akan disumbangkan ke panti.
"""),
("post", "hn_tweet_new", 0, 0, 1, 0, """
Honestly my fave fit this week is all brand new, no thrift at all 😤
Cardigan from a small brand in Malang, jeans from a Bandung label, sneakers lokal Ventela.
People keep asking "thrift di mana?" and I'm like... bukan, ini baru semua, support local dong.
#ootdindo #localpride
"""),
]
