# Hand-written illegal long-form texts (all four elements = 1), part A.
DATA = r"""
@@ 1111 L I4
READY BAL KOREA GRADE A – 100 KG – KIRIM SELURUH INDONESIA
Isi campur: jaket, hoodie, sweater, kemeja, celana. Estimasi 350-400 pcs, 80% layak jual.
Harga: Rp 4.750.000 / bal (harga gudang Gedebage)
Ambil 3 bal: Rp 4.500.000 / bal
Bal Jepang wanita (blouse, dress, cardigan) 45 kg: Rp 2.450.000
Bal China campur 100 kg: Rp 3.100.000
Pembayaran: transfer full atau DP 50% untuk pelanggan lama. Video bongkar bal wajib saat paket diterima untuk klaim.
Pengiriman via ekspedisi darat/laut ke Sumatra, Kalimantan, Sulawesi. Admin: 0812xxxx (chat only).
@@ 1111 M I2
Selamat pagi kakak-kakak reseller 🙏
Info stok minggu ini dari gudang:
📦 "Bahan" J-Mix 45kg → 2,2jt
📦 "Bahan" K-Ladies 45kg → 2,4jt
📦 "Bahan" US Jacket 100kg → 6,1jt
Ingat ya, J = negeri sakura, K = negeri ginseng, paham kan 😉. Barang baru turun dari kapal kemarin malam, masih segel tali, belum dibuka siapa pun.
Karena kondisi lagi "panas", semua pengiriman pakai nama barang "kain perca". Resi dikirim H+1. Yang mau booking balas format: nama – kode – jumlah.
Slot terbatas, yang cepat dapat.
@@ 1111 V I5
(LIVE, jam 21.05) Halo halo yang baru join, selamat datang di lapak Ngawul Malam! 🔥
Malam ini kita buka karung Jepang yang baru sampai tadi sore, 45 kilo, belum ada yang sentuh. Satu per satu aku angkat ya, kalian ketik "MAU + nomor" di komentar.
Nomor 1: jaket parka abu, size L, tulisan Jepang di label, 65 ribu. Nomor 2: kemeja flanel merah, 35 ribu. Nomor 3: cardigan rajut krem, 40 ribu.
Yang udah ketik, checkout di keranjang kuning kode NGW01 sampai NGW40. Kak Rina tadi udah dapet nomor 2 ya.
Jangan lupa follow, Kamis kita buka karung Korea. Share live ini biar makin rame!
@@ 1111 L I1
Jaket Denim Levi's Type III Second ex USA – Original – Size L
Didapat dari bale import US, kondisi 90%: warna pudar alami, tidak ada robek, kancing tembaga lengkap. Ada sedikit noda kecil di bagian dalam kantong.
Pit to pit 58 cm, panjang 66 cm.
Harga 385rb. Bisa COD di Jalan Cihampelas Bandung atau kirim.
Barang vintage asli dari luar, bukan reproduksi. Stok satu-satunya.
@@ 1111 P I3
BUKA BARU! BUKA BARU! 📣
Besok Minggu subuh lapak cakar kami di lantai dua Pasar Terong buka karung Korea yang baru datang dari Pare-Pare. Isinya gaun pesta, blus, celana kulot, dan jaket tipis.
Harga buka: gaun 45rb, blus 20rb, celana 25rb. Siang sudah turun harga.
Datang cepat, biasanya jam 7 sudah habis yang bagus-bagus. Yang di luar kota bisa pesan lewat WA, kami kirim pakai pete-pete sampai terminal.
Mari mi ki datang, janganki lupa bawa kantong sendiri 🙏
@@ 1111 P I4
💼 PELUANG USAHA THRIFT – MODAL 3 JUTA BISA JALAN! 💼
Kamu mau punya usaha fesyen sendiri tapi modal terbatas? Kami supplier tangan pertama bal Korea & Jepang, stok langsung dari pelabuhan.
Paket Pemula (3jt): 1 karung Jepang 45 kg + bimbingan foto produk + template caption + grup mentoring.
Paket Juragan (9jt): 2 bal Korea 100 kg + rak besi + banner + konsultasi buka lapak.
Rata-rata reseller kami balik modal dalam 2 minggu, untung bisa 2-3x lipat.
Testimoni di highlight. Slot mentoring bulan ini tinggal 7. DM "MAU THRIFT" untuk daftar.
@@ 1111 L I2
S3K0ND 1MP0RT J4K3T K0R34 – R3ADY 20 PCS
Kondisi 85-95%, dari k4rung yang baru dibuka kemarin. Model puffer, parka, coach, windbreaker.
Harga 75rb-150rb tergantung model (daftar harga di foto 2).
Ambil 10 pcs bebas pilih 700rb.
Lokasi Depok, bisa COD stasiun. Jangan tanya asal barang di kolom komentar ya kak, tanya via DM 🙏
@@ 1111 P I3
Lelong SG & Malaysia baru masuk di kedai kami, Jalan Tanjungpura 🛍️
Kemeja branded (Uniqlo, Giordano, Padini) 35rb, jaket 60rb, seluar jeans 45rb, kasut 80rb-150rb, tudung 15rb.
Barang baru buka guni pagi ini. Sila datang awal, parking luas di belakang.
Kami buka dari pukul 8 pagi sampai 9 malam, Jumaat tutup waktu solat.
Nak borong untuk jual semula pun boleh, harga khas untuk 50 helai ke atas. Pontianak, Kubu Raya, Mempawah dialu-alukan!
@@ 1111 R I5
⭐⭐⭐⭐⭐ Mantap!
Udah 3x ambil karungan di toko ini, selalu puas. Terakhir ambil bal Jepang 45kg isinya hampir semua layak jual, banyak merk GU, Uniqlo, Beams. Packing rapi, dikirim ke Samarinda cuma 6 hari.
Adminnya fast respon, dikasih bonus 2 jaket. Buat yang mau mulai usaha thrift, recommended banget ambil di sini, jangan ragu!
@@ 1111 P I3
Horas kawan! Monza baru masuk di kios kami, Pajak Simalingkar blok B 🤙
Jaket ex Korea 50rb-120rb, kemeja 25rb, celana jeans 40rb, sepatu mulai 80rb. Ada juga selimut dan gorden dari karung yang sama.
Barang dibongkar Selasa & Jumat pagi, datang cepat biar dapat yang mantap.
Yang dari Binjai, Deli Serdang, Siantar bisa pesan per karung, kami antar pakai L300. Tanya-tanya boleh lewat inbox.
@@ 1111 L I1
Sepatu Running Second Impor – Asics / Mizuno / New Balance
Semua dari karungan Thailand, sudah dicuci dan dijemur, sol masih tebal 70-90%.
- Asics Gel: 175rb (size 42, 43)
- Mizuno Wave: 165rb (size 41, 44)
- New Balance 880: 195rb (size 42)
Cek foto per pasang di katalog. Kirim dari Surabaya, bisa COD Sidoarjo.
Tidak terima retur kecuali salah kirim. Barang second, jangan harap mulus seperti baru ya kak.
@@ 1111 M I4
Info ready di gudang Cikarang untuk agen & reseller (broadcast, mohon tidak disebar ke luar grup):
1) Korea A campur 100kg – 5,0jt
2) Korea A ladies 100kg – 5,4jt
3) Jepang premium 45kg – 2,9jt
4) US jaket & sweater 100kg – 6,2jt
5) China campur 100kg – 3,2jt
Barang masuk kemarin via kontainer, aman. Pengambilan hanya malam hari jam 21.00-24.00, bawa mobil sendiri atau pakai ekspedisi langganan kami.
Pembayaran cash atau transfer sebelum muat. Yang mau booking, balas nomor + jumlah.
@@ 1111 P I3
Rombeng baru sampai dari Tawau, kaka! 🚤
Lapak kami di Jalan Lingkar Nunukan buka tiap pagi. Ada baju kurung, kemeja, seluar, selimut tebal, kasut sukan.
Harga: baju 10rb-30rb, seluar 25rb, selimut 50rb.
Mau ambil per guni untuk dijual lagi di Sebatik atau Tarakan juga bisa, harga borongan dua juta lebih sikit. Hubungi Mama Ros di lapak atau inbox.
@@ 1111 L I1
Tas Branded Second ex Jepang – Dari Balpres – Authentic
- Coach Signature shoulder bag: 285rb (kondisi 85%)
- Kate Spade tote: 320rb (kondisi 90%)
- Longchamp Le Pliage M: 350rb (kondisi 80%, ada noda kecil)
- LV Damier Speedy 30: 1,2jt (kondisi 75%, handle gelap)
Semua barang dari bal Jepang, dipilih satu-satu. Bisa dicek keaslian di tempat, kios kami di Pasar Senen Blok III lantai 2.
Kirim seluruh Indonesia dengan bubble wrap. Tidak terima tukar.
@@ 1111 P I1
Cerita sedikit ya. Aku mulai jualan thrift tahun 2021, awalnya dari lemari sendiri, terus lama-lama kehabisan barang. Akhirnya aku ambil karungan dari Bandung.
Sekarang banyak yang nanya "kak masih jualan nggak sih, katanya dilarang?" Jujur aku juga bingung, tapi stok masih ada dan harus dihabiskan. Jadi minggu ini aku clear out:
Kemeja ex Jepang 30rb, hoodie ex Korea 65rb, celana kulot 35rb, cardigan 40rb.
Cek highlight "READY" ya. Yang mau bulk 20 pcs ke atas, harga khusus. Makasih yang udah setia dari awal 🤍
@@ 1111 L I3
Jual 1 Koli Pakaian Bekas Singapura – 60 Kg – Tanjung Balai Karimun
Isi campur pria-wanita, banyak kaos dan kemeja kerja, beberapa jaket tipis. Koli belum dibuka, masih dibungkus plastik dan tali dari sana.
Harga 3,5jt nego. Bisa dikirim pakai kapal ke Tanjung Pinang, Batam, atau Dumai, ongkos ditanggung pembeli.
Ambil di pelabuhan rakyat, hubungi dulu sebelum datang. Serius saja yang chat, jangan cuma tanya-tanya.
@@ 1111 P I2
Open booking batch Oktober 🇰🇷📦
Batch ini isi "kapal" K-Mix dan K-Ladies. Estimasi sandar di pelabuhan 2 minggu lagi, setelah itu kirim dari gudang Bekasi.
K-Mix 100kg: 4,8jt (DP 2jt)
K-Ladies 45kg: 2,35jt (DP 1jt)
Semua tanpa sortir, murni dari sana. Kalau batch gagal masuk, DP kembali 100%.
Catatan: jangan tulis kata b-a-l di kolom komentar ya, langsung DM saja biar akun kita aman.
@@ 1111 L I1
Kemeja Flanel Vintage ex Japan – Second – Brand Jepang
Dapat dari bal Jepang pilihan, semua sudah laundry.
M (56x72) – merah kotak – 55rb
L (58x74) – hijau tartan – 60rb
XL (61x76) – biru navy – 65rb
Kondisi 9/10, tanpa bolong. Beli 3 gratis ongkir Jawa-Bali.
Ini barang second asli Jepang, bukan flanel baru lokal. Shipping dari Malang.
@@ 1111 F I4
Supplier Ballpress Tangan Pertama 🇯🇵🇰🇷🇺🇸
✔️ Stok langsung dari kontainer, bukan tangan kedua
✔️ Grade A, B, campur, ladies, kids, jaket
✔️ Melayani ecer per karung & partai kontainer
✔️ Kirim ke seluruh Indonesia, khusus Kalimantan & Sulawesi via kapal
✔️ Bisa video call cek gudang
Lokasi gudang: Bandung & Cikarang
Pemesanan via WA di link bio. Reseller & dropshipper welcome!
@@ 1111 P I3
Awul-awul impor buka tiap Jumat sore di Condongcatur, lur! 🙌
Sekarang kita nggak cuma di Sekaten, tapi punya lapak tetap. Karung baru dibuka jam 4 sore, isi campur Korea & Jepang: kemeja, kaos, jaket, rok.
Harga mulai 10rb, yang kelas satu 35rb-50rb. Bawa kantong sendiri ya, ngawulnya sepuasnya.
Anak kos boleh nawar kalau ambil banyak 😁 Lokasi ancer-ancer: belakang warung burjo depan kampus.
@@ 1111 L I3
Pakaian Bekas Malaysia – Ambil di Entikong – Harga Borongan
Tersedia guni campur (baju dewasa, baju anak, seluar, tudung), ±70 kg per guni.
Harga 2,8jt per guni, ambil 5 guni 2,6jt per guni.
Bisa antar ke Sanggau, Sekadau, Sintang pakai pikap. Untuk Pontianak tambah ongkos.
Barang dari kedai bundle Kuching, masuk lewat jalan biasa. Pesan minimal H-3.
@@ 1111 P I5
HAUL CAKAR 🛍️ dari lapak kak @cakar.idha di Pasar Sentral Palopo!
Dapat 7 item cuma 150rb: 2 gaun Korea, 1 blazer, 2 kemeja, 1 rok plisket, 1 jaket denim. Kondisinya bagus-bagus, ada yang masih ada tag laundry Korea 😍
Kak Idha buka karung tiap Sabtu pagi, katanya minggu depan karung Jepang. Kalian yang di Luwu Raya wajib mampir, atau DM aja akunnya, bisa kirim juga kok.
#cakar #haulcakar #palopo #hiddengems
@@ 1111 L I1
Jaket Kulit Domba Second ex Korea – Dari Karung Pilihan
Kulit asli, lembut, warna coklat tua. Kondisi 85%, ada sedikit lecet di siku. Furing utuh.
Size label Korea 100 (setara L Indonesia). Pit 57, panjang 68.
Harga 350rb nego tipis.
Barang second impor, sudah dibersihkan dan diberi conditioner. Lokasi Pekanbaru, bisa kirim ke seluruh Riau dan Sumbar.
@@ 1111 M I4
Bro, aku ada oper stok nih, butuh cepat karena mau pulang kampung ke Sulawesi.
2 bal Korea mix masih segel (100 kg per bal), 1 bal Jepang sudah kebuka setengah (sisa ±25 kg, banyak jaket).
Harga oper semua 8,5jt, lebih murah sejuta dari harga gudang sekarang. Bisa ambil di Samarinda Seberang atau aku bantu kirim ke Balikpapan.
Kalau mau lihat dulu boleh, video call juga bisa. Kabari secepatnya ya.
@@ 1111 L I2
bɑl jɑpɑn 45kg – reɑdy 3 kɑrung – 2,3jt
isi womens tops & dress, ±180 pcs, sortir A.
pembayɑrɑn full sebelum kirim, ekspedisi lɑngsung dɑri gudɑng bdg.
mɑu nego? chɑt ɑjɑ, fɑst respon jɑm 9-21.
@@ 1111 P I3
Lapak Rombengan Atambua 🇹🇱➡️🇮🇩
Barang rombengan dari Dili sudah masuk lagi, kaka. Ada kemeja, celana, jaket, dan sepatu bola.
Harga kemeja 10rb, celana 15rb, jaket 40rb, sepatu 60rb. Per ikat 10 pcs lebih murah.
Kami ada di pasar baru Atambua tiap hari, kalau mau ambil banyak bisa ketemu di Motaain. Dari Kupang pesan lewat inbox, kami titip bis.
@@ 1111 L I4
GROSIR THRIFT IMPOR – KEMEJA PRIA EX KOREA – 500 PCS READY
Hasil sortir dari 3 bal Korea, semua kemeja lengan panjang dan pendek, kondisi 80-95%.
Harga 12rb/pcs untuk minimal 100 pcs (random motif), 18rb/pcs untuk pilih motif.
Cocok buat lapak pasar malam, reseller online, atau toko thrift.
Ambil di gudang kami Jalan Soekarno-Hatta Bandung atau kirim pakai karung (ongkir dihitung per kg).
@@ 1111 P I5
Tebak isi karung 🇰🇷 hari ini! 🎁
Video ini aku bongkar karung Korea 45 kilo yang baru datang. Ada apa aja? Jaket puffer, cardigan, rok tenis, sampai tas kanvas!
Semua yang kalian lihat di video ini sudah aku upload di keranjang kuning, harga 25rb-85rb.
Mau ikut tebak? Komen isi karung berikutnya, yang benar dapat voucher ongkir. Karung Jepang besok jam 7 malam, pasang alarm ya!
#bongkarkarung #thrift #hiddengems #racuntiktok
@@ 1111 L I1
Sweater Rajut Second ex Japan – 12 Pcs Ready
Semua dari bal Jepang, sudah dicuci dan dijemur, bau karung hilang.
Harga 45rb-65rb tergantung merek (Uniqlo, GU, Muji, Niko and).
Size rata-rata M-L Asia. Detail ukuran di foto masing-masing.
Ambil 3 diskon 10%. Kirim dari Semarang. Barang second, kondisi sesuai foto, no retur.
@@ 1111 P I3
Lapak Baju Bekas Korea – Jalan Lingkar Dalam Selatan, Banjarmasin
Kami buka tiap hari sore di tepi jalan, etalase gantung. Kemeja 25rb, kaos 15rb, celana 30rb, jaket 60rb-100rb. Barang dari karung yang dikirim kapal lewat Trisakti.
Ulun jamin kualitas bagus, bahannya beda lawan buatan lokal. Mun handak borong, kawa ditawar.
Minggu pagi ada buka karung baru, datangi bujur-bujur!
@@ 1111 L I4
Bal Celana Jeans ex US – 100 Kg – Gedebage Blok D
Isi ±200-230 pcs celana jeans pria & wanita, merek campur (Levi's, Lee, Wrangler, Gap, Old Navy).
Harga 6,0jt per bal. Bal pendek 50 kg 3,2jt.
Kondisi campur, perkiraan 75% layak jual, sisanya bisa dijadikan bahan upcycle.
Bisa lihat langsung di kios atau video call. Pengiriman ke luar pulau via kargo laut Tanjung Priok.
@@ 1111 P I2
Bukan preloved, bukan lokal, tapi "barang kapal" asli 😎
Kemeja kerja ex Taiwan & ex Jepang, kondisi 90%, baru turun minggu ini di Bitung. Harga 25rb 4 pcs, ambil 40 pcs 200rb.
Cocok buat dijual lagi di Manado, Tomohon, atau Gorontalo.
Pesan via DM, kami antar ke terminal atau kantor ekspedisi. Stok terbatas, jang tunggu lama-lama!
@@ 1111 R I5
Review jujur setelah belanja di @senen.vintage.blok3 😍
Aku datang hari Sabtu, tokonya rapi banget buat ukuran Senen. Jaket ex Jepang digantung sesuai size, ada label harga. Dapat jaket Carhartt 120rb dan 2 kemeja flanel 50rb.
Masnya ramah, kasih tahu kalau tiap Rabu buka bal baru. Yang belum pernah ke Senen, mulai dari toko ini aja, dijamin nggak pusing ngubek. Recommended!
@@ 1111 L I1
Gaun Pesta Second ex Korea – Dari Karung – Payet Utuh
Warna champagne, bahan tile dan satin, payet full di bagian atas. Ukuran label 55 (setara S-M), LD 86.
Kondisi 90%, sudah dry clean. Cocok untuk kondangan atau wisuda.
Harga 150rb. Lokasi Denpasar, bisa COD Renon.
Masih ada 6 gaun lain dari karung yang sama, lihat di katalog.
@@ 1111 P I3
Bongkaran kapal dari Port Klang sudah sampai di Dumai 🚢
Kami terima pesanan ballpress campur untuk wilayah Riau daratan, Sumbar, dan Jambi. Harga per bal 4,6jt untuk campur, 5,1jt untuk ladies.
Barang diantar pakai truk malam hari ke gudang pemesan. Pembayaran 50% di muka, sisanya setelah barang diterima.
Hanya melayani pedagang yang sudah kenal atau ada referensi. Hubungi lewat inbox, jangan telepon.
@@ 1111 L I1
Jaket Army M65 Second ex USA – Dari Bale Import
Jaket tentara asli Amerika, kain ripstop, kondisi 85%, resleting Talon berfungsi. Ada bekas nama tentara di dada (bisa dicabut).
Size Medium Regular. Pit 60, panjang 76.
Harga 275rb. Lokasi Bogor, kirim ke seluruh Indonesia.
Cocok untuk kolektor militer dan pecinta vintage.
@@ 1111 M I4
Mbak, ini daftar harga karungan yang mbak tanya kemarin ya:
- Jepang ladies 25kg: 1,35jt
- Jepang ladies 45kg: 2,4jt
- Korea anak 45kg: 2,3jt
- Korea mix 100kg: 4,7jt
Ongkir ke Purwokerto sekitar 250rb per karung 45kg. Kalau ambil 2 karung aku kasih bonus 5 kg sortiran.
Barang ready di gudang Bekasi, tinggal transfer dan kirim alamat. Resi dikirim besok pagi.
@@ 1111 P I3
Info lapak Pasar Kodim Pekanbaru 🧥
Kios kami di lorong jaket masih buka, stok dari Dumai baru masuk 2 karung. Jaket kulit 150rb-300rb, jaket gunung 100rb, hoodie 60rb, kemeja 30rb.
Buka jam 9 sampai jam 5. Yang di Duri, Bangkinang, Siak bisa pesan lewat WA, kami kirim pakai travel.
Harga teman untuk pelanggan lama. Datang ya, sebelum habis!
@@ 1111 L I2
C.A.K.A.R K.O.R.E.A – buka karung Sabtu
kemeja 20rb | celana 25rb | gaun 45rb | jaket 60rb
lapak depan Pasar Butung, samping penjual pisang epe.
yang mau pesan per karung (±90kg) 4,3jt, DM.
@@ 1111 P I1
Clearance sale! Toko thrift kami mau tutup akhir bulan 😢
Semua sisa stok dari bal Korea dan Jepang kami obral:
Kaos 10rb, kemeja 20rb, jaket 40rb, celana 25rb, tas 30rb.
Borong semua sisa stok (±600 pcs) 6jt, cocok untuk yang mau lanjut usaha.
Alamat toko: Jalan Jenderal Sudirman, Purwokerto (depan minimarket). Buka 10.00-21.00 sampai 30 Juni.
@@ 1111 L I3
Kemeja Second Korea – Turun Kapal di Soekarno-Hatta – Makassar
Ready 80 pcs kemeja lengan panjang, kondisi 85-95%, merek campur Korea.
Ecer 25rb, ambil 20 pcs 400rb, ambil semua 1,4jt.
Bisa datang ke gudang di Jalan Nusantara atau kirim ke Kendari, Palu, Ambon pakai kapal Pelni.
@@ 1111 P I4
Dicari reseller & dropshipper awul-awul impor se-Jawa Tengah! 📢
Kami punya stok rutin dari karung Korea & Jepang. Reseller dapat harga 60% dari harga ecer, dropshipper cukup share katalog.
Syarat: punya akun jualan aktif, mau ikut grup WA, dan tidak menyebut kata "bal" di toko (biar aman).
Daftar dengan kirim nama, kota, dan link toko. Tidak ada biaya pendaftaran.
@@ 1111 L I1
Celana Kulot Second ex Japan – 3 pcs 100rb
Bahan linen & katun, warna netral (krem, coklat, hitam). Semua dari bal Jepang, kondisi 90%.
Pinggang karet, cocok untuk lingkar 64-80 cm.
Kirim dari Solo, bisa campur dengan item lain di katalog. Barang second, harap maklum jika ada bekas pemakaian tipis.
@@ 1111 P I3
Pasar lelong Sambas buka Sabtu & Ahad pagi, jom datang! 🌅
Kami ada kasut, beg, baju, seluar, cadar, dan patung mainan dari Malaysia dan Korea. Barang baru buka guni malam Jumat.
Harga: baju 10rb-25rb, kasut 50rb-120rb, beg 40rb-100rb.
Tempat: selasar ruko depan pasar, cari tenda biru. Boleh pesan borong untuk kedai.
@@ 1111 L I4
Kids Bale ex Korea – 45 Kg – Isi Pakaian Anak Bekas
Estimasi 250-300 pcs: kaos, celana, dress, jaket, piyama anak usia 1-10 tahun.
Harga 2,4jt per karung. Kondisi campur, kebanyakan 80% ke atas.
Ready 4 karung di Semarang. Kirim ke seluruh Jawa via ekspedisi, luar Jawa via kargo.
Cocok untuk lapak pasar pagi atau jualan online baju anak murah.
"""
