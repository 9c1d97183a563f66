p='b06_newlocal.py'; s=open(p).read()
adds = [
("Kami juga terima pesanan seragam komunitas min 24 pcs.\n",
"Detail ukuran (lebar dada x panjang): S 50x70, M 52x72, L 55x74, XL 58x76, XXL 61x78.\n"
"Motif tersedia: merah-hitam, hijau-navy, abu-putih, coklat-krem.\n"
"Pembayaran transfer atau COD Bandung Raya, luar kota kirim JNE/Sicepat.\n"
"Kami sengaja tulis \"bukan bal\" karena banyak yang ngira flanel murah pasti barang karungan impor. Ini beda, kak 🙂\n"),
("Ready stock, kirim hari ini kalau order sebelum jam 3.\n",
"Biar jelas bedanya: barang kami ada label ukuran, ada kartu garansi, dan kondisinya sama semua.\n"
"Kalau beli dari tumpukan karungan, ukurannya acak dan kadang ada noda atau bolong, itu wajar karena bekas pakai orang.\n"
"Kami pilih jalan yang lebih ribet tapi jelas: produksi sendiri, bayar penjahit layak.\n"
"Makasih yang sudah percaya sama brand kecil kami sejak 2019 🙏\n"),
("Kalau mau lihat proses jahitnya ada di highlight \"KONVEKSI\" ya kak.\n",
"Kami juga nggak keberatan kok ditanya begitu, wajar karena sekarang banyak yang jual barang karungan tapi ngaku-ngaku baru.\n"
"Makanya tiap kemeja kami kasih nomor produksi kecil di bagian dalam saku, bisa dicek di website.\n"
"Semoga menjawab ya kak, ditunggu orderannya 😊\n"),
("Cocok buat oleh-oleh dan stok jualan lebaran.\n",
"Ukuran panjang 120 cm, lebar dada 60 cm, busui friendly (ada resleting depan).\n"
"Bahan rayon adem, nggak nerawang, aman dicuci mesin pakai mode lembut.\n"
"Pengiriman dari Pekalongan tiap hari jam 4 sore, bisa instan untuk Pekalongan kota.\n"
"Bu-ibu yang mau jadi reseller, kami kasih foto katalog tanpa watermark.\n"),
("Kami bangga pakai tangan-tangan perajut Binong, sentra rajut tertua di Bandung.\n",
"Satu sweater dikerjakan kira-kira 2 hari: rajut badan, rajut lengan, linking, lalu finishing uap.\n"
"Kalau kamu pernah lihat sweater bekas dari bal Korea yang bulunya kusut dan melar, bandingkan sama ini, beda jauh.\n"
"Perawatan: cuci tangan air dingin, jangan diperas, jemur mendatar.\n"
"Pengiriman seluruh Indonesia, bisa gift wrap +10rb.\n"),
("Kalau ada pertanyaan langsung balas pesan ini ya kak 🙏\n",
"Catatan penting buat reseller baru:\n"
"1. Foto katalog boleh dipakai, tapi jangan diedit jadi seolah-olah barang impor.\n"
"2. Kami tidak pernah menjual barang karungan, jadi kalau ada yang jual produk kami dengan label \"thrift\", itu bukan dari kami.\n"
"3. Retur bisa kalau cacat produksi, maksimal 3 hari setelah barang diterima.\n"),
("Bisa coba dulu di workshop kami hari Sabtu.\n",
"Workshop kami di Jl. Sukajadi gang kecil samping warung kopi, ada papan kayu bertuliskan \"Denim Kampung\".\n"
"Kalian bisa lihat proses potong pola, jahit, sampai pasang rivet.\n"
"Dan kalau jeans kami robek di lutut setelah bertahun-tahun, bawa aja, kami tambal pakai sashiko gratis.\n"
"Itu janji yang nggak bisa dikasih sama barang karungan 😉\n"),
("Lokasi dekat Pasar Baruga, buka sampai jam 8 malam menjelang tahun ajaran baru.\n",
"Kenapa kami tulis bukan RB? Karena tiap tahun ada saja orang tua yang mengira seragam murah pasti dari karung.\n"
"Kain kami beli di Makassar, jahitan diperiksa satu-satu oleh Ibu Wa Ode, ketua kelompok.\n"
"Pesanan sekolah (satu kelas atau lebih) kami antar langsung ke sekolah.\n"
"Pembayaran bisa dicicil dua kali untuk pesanan di atas 10 stel.\n"),
("Mampirlah, lantai 1 dekat tangga.\n",
"Kenapa tak jual monza? Bukan sok suci lae, tapi aku dari dulu memang ikut konveksi, kenal penjahitnya satu-satu.\n"
"Kalau kubeli goni, mereka tak dapat kerja.\n"
"Ukuran di sini pun lengkap, tak perlu bongkar-bongkar cari yang pas.\n"
"Horas, semoga dagangan kita sama-sama laris!\n"),
("Lokasi Jl. Majapahit, buka 9-17.\n",
"Kami jelaskan biar nggak salah: barang reject pabrik itu baru, cuma nggak lolos standar ekspor.\n"
"Sementara karungan impor itu pakaian bekas pakai dari luar negeri, yang dilarang masuk.\n"
"Di toko kami semua barang bisa dicek, ada label ukuran asli dari pabrik.\n"
"Pembeli partai besar (di atas 100 pcs) bisa minta harga khusus.\n"),
("Restock tiap awal bulan. Pre-order buat ukuran 3XL.\n",
"Bahan kanvas kami dari pabrik tenun di Majalaya, dicuci enzyme biar nggak kaku waktu dipakai pertama.\n"
"Kancing logam custom dengan logo, jahitan triple stitch di bagian yang sering kena gesekan.\n"
"Kami paham banyak yang cari workwear di lapak thrift karena kuat dan murah; kami mau kasih pilihan baru yang sama kuatnya.\n"
"Garansi jahitan 1 tahun.\n"),
("Mungkin lebih mahal, tapi baru, pas di badan, dan kalau lepas jahitan saya perbaiki gratis.\n",
"Saya sudah menjahit sejak 1998, belajar dari mama di Tondano.\n"
"Langganan saya kebanyakan guru, pegawai kantor, dan ibu-ibu gereja yang mau baju seragam kelompok.\n"
"Pesanan selesai 5-7 hari, kalau mendesak bisa 3 hari dengan tambahan ongkos.\n"
"Torang sama-sama cari rezeki, saya hormati yang jual cabo, tapi saya pilih jalan sendiri.\n"),
("Garansi lem 6 bulan, kami bantu resol kalau sudah tipis.\n",
"Bengkel kami sudah turun-temurun sejak kakek, di gang belakang Jalan Cibaduyut Raya.\n"
"Banyak pelanggan yang dulu beli sepatu bekas impor karena murah, lalu pindah ke kami karena ukuran bisa pas dan awet.\n"
"Proses: ukur kaki (bisa kirim foto di atas kertas), pilih model, tunggu 2-3 minggu.\n"
"Kami kirim dengan dus kayu kecil dan shoe tree.\n"),
("Drop berikutnya 40 pcs kemeja patchwork, 225rb.\n",
"Cara kami bikin: potongan kain sisa dari produksi kemeja kami sebelumnya dikumpulkan, disortir warna, lalu dijahit jadi panel.\n"
"Tiap kemeja beda motif, jadi memang nggak ada dua yang sama.\n"
"Nggak ada bahan dari baju bekas atau karung impor, semuanya kain baru sisa potong.\n"
"Drop jam 8 malam, biasanya habis 15 menit, jadi siapin jari.\n"),
("Pre-order 7 hari kerja. Link di bio.\n",
"Detail koleksi:\n"
"- Flanel \"Cimol\" 199rb\n"
"- Jaket parasut \"Subuh\" 279rb\n"
"- Cargo \"Tumpukan\" 249rb\n"
"Semua pakai kain baru dari Majalaya, dijahit di workshop sendiri.\n"),
("Kemeja bowling 199rb, celana pleats 219rb.\n",
"Kalau masih ragu, cek tag di dalam: ada logo kami, komposisi bahan, dan ukuran. Barang thrift impor biasanya tag-nya bahasa Jepang atau Korea dan sudah pudar.\n"
"Kami juga kasih nota resmi tiap pembelian.\n"
"Buka Selasa-Minggu 11.00-21.00, Senin libur.\n"),
]
for a,b in adds:
    assert s.count(a)==1, a
    s=s.replace(a,a+b)
open(p,'w').write(s)
