from common import R
RECORDS = [
# ---- new local goods contrasted with bales (22)
R("listing", "legal_new_local_contrast", "1010", """
KEMEJA FLANEL BARU – PRODUKSI BANDUNG 🧵
Bukan barang bal/karungan ya kak, semua baru, jahit sendiri di konveksi kami di Cigondewoh.
Bahan flanel katun tebal, nggak luntur, ukuran S-XXL lengkap.
Harga 139rb, beli 2 jadi 250rb.
Kenapa lebih mahal dari yang di lapak thrift? Karena ini baru, ada label, ada garansi jahitan 30 hari.
Kami juga terima pesanan seragam komunitas min 24 pcs.
Detail ukuran (lebar dada x panjang): S 50x70, M 52x72, L 55x74, XL 58x76, XXL 61x78.
Motif tersedia: merah-hitam, hijau-navy, abu-putih, coklat-krem.
Pembayaran transfer atau COD Bandung Raya, luar kota kirim JNE/Sicepat.
Kami sengaja tulis "bukan bal" karena banyak yang ngira flanel murah pasti barang karungan impor. Ini beda, kak 🙂
"""),
R("listing", "legal_new_local_contrast", "1010", """
Jaket denim ala vintage tapi 100% BARU ✨
Banyak yang DM nanya "ini thrift ya kak?". Bukan kak 🙏 ini produksi sendiri, dicuci stone wash biar kelihatan belel.
Kami nggak jual barang bekas impor, dari awal berdiri komitmen pakai penjahit lokal Pekalongan.
Ukuran M, L, XL, XXL. Harga 215rb.
Ready stock, kirim hari ini kalau order sebelum jam 3.
Biar jelas bedanya: barang kami ada label ukuran, ada kartu garansi, dan kondisinya sama semua.
Kalau beli dari tumpukan karungan, ukurannya acak dan kadang ada noda atau bolong, itu wajar karena bekas pakai orang.
Kami pilih jalan yang lebih ribet tapi jelas: produksi sendiri, bayar penjahit layak.
Makasih yang sudah percaya sama brand kecil kami sejak 2019 🙏
"""),
R("comment", "legal_new_local_contrast", "1010", """
@fajarr_99 halo kak, makasih udah mampir 🙏
Mau meluruskan aja ya, kemeja di toko kami bukan second dan bukan dari karung impor. Semua baru, kami produksi di Soreang, ada tag merek kami sendiri di kerah.
Foto yang kami pakai memang gaya "vintage" karena lagi tren, tapi barangnya gres.
Kalau mau lihat proses jahitnya ada di highlight "KONVEKSI" ya kak.
Kami juga nggak keberatan kok ditanya begitu, wajar karena sekarang banyak yang jual barang karungan tapi ngaku-ngaku baru.
Makanya tiap kemeja kami kasih nomor produksi kecil di bagian dalam saku, bisa dicek di website.
Semoga menjawab ya kak, ditunggu orderannya 😊
"""),
R("listing", "legal_new_local_contrast", "1010", """
Daster rayon Pekalongan, baru dari penjahit 🌸
Bukan barang bal, bukan sisa ekspor, bukan bekas. Kami ambil langsung dari rumah jahit di Buaran.
Motif bunga, batik cap, polos, allsize muat sampai BB 80.
Harga 45rb/pc, 4 pcs 160rb. Reseller ambil 1 kodi ada harga khusus.
Cocok buat oleh-oleh dan stok jualan lebaran.
Ukuran panjang 120 cm, lebar dada 60 cm, busui friendly (ada resleting depan).
Bahan rayon adem, nggak nerawang, aman dicuci mesin pakai mode lembut.
Pengiriman dari Pekalongan tiap hari jam 4 sore, bisa instan untuk Pekalongan kota.
Bu-ibu yang mau jadi reseller, kami kasih foto katalog tanpa watermark.
"""),
R("post", "legal_new_local_contrast", "1010", """
Kenapa kami nggak ikut jualan "thrift impor"? 🤔
Banyak teman sesama pedagang di Tanah Abang yang dulu beralih ke bal karena untungnya gede. Kami tetap di jalur sendiri: pakaian baru, produksi Jawa Barat.
Alasannya sederhana: kami punya 14 penjahit yang harus digaji tiap minggu. Kalau kami beli karungan dari luar, mereka mau kerja di mana?
Jadi kalau kalian beli kemeja kami, kalian ikut ngasih makan keluarga penjahit di Majalaya.
Koleksi baru: kemeja oxford, polo, chino. Semua ready di toko Blok B lt. 2 dan online.
Terima kasih buat pelanggan yang tetap setia 🙏
"""),
R("listing", "legal_new_local_contrast", "1010", """
Sweater rajut hangat, BARU, dirajut di Binong Jati 🧶
Gaya rajutannya memang mirip yang sering ada di karungan Korea, tapi ini bikinan lokal Bandung, benang akrilik premium.
Warna: krem, sage, coklat susu, navy.
Harga 165rb, ada diskon 10% buat pembelian 3.
Kami bangga pakai tangan-tangan perajut Binong, sentra rajut tertua di Bandung.
Satu sweater dikerjakan kira-kira 2 hari: rajut badan, rajut lengan, linking, lalu finishing uap.
Kalau kamu pernah lihat sweater bekas dari bal Korea yang bulunya kusut dan melar, bandingkan sama ini, beda jauh.
Perawatan: cuci tangan air dingin, jangan diperas, jemur mendatar.
Pengiriman seluruh Indonesia, bisa gift wrap +10rb.
"""),
R("message", "legal_new_local_contrast", "1010", """
Selamat pagi kak 😊 ini katalog reseller dari Konveksi Sinar Melati, Solo.
Semua produk baru, bukan impor bekas, bukan barang bal.
- Kaos cotton combed 30s: 38rb (reseller), jual 65rb
- Kemeja batik printing: 55rb, jual 95rb
- Celana kulot: 48rb, jual 85rb
Minimal ambil 12 pcs campur. Pengiriman dari Solo setiap hari.
Kalau ada pertanyaan langsung balas pesan ini ya kak 🙏
Catatan penting buat reseller baru:
1. Foto katalog boleh dipakai, tapi jangan diedit jadi seolah-olah barang impor.
2. Kami tidak pernah menjual barang karungan, jadi kalau ada yang jual produk kami dengan label "thrift", itu bukan dari kami.
3. Retur bisa kalau cacat produksi, maksimal 3 hari setelah barang diterima.
"""),
R("listing", "legal_new_local_contrast", "1010", """
Gamis & koko lebaran 2025 – made in Tanah Abang, bukan second 🌙
Harga tangan pertama karena kami konveksi sendiri di Cipulir.
Gamis katun jepang (bahannya namanya begitu ya kak, bukan dari Jepang 😅) 175rb
Koko kurta bordir 135rb
Set couple ayah-anak 210rb
Semua baru, plastik segel, ada label ukuran.
"""),
R("post", "legal_new_local_contrast", "1010", """
Kami tahu banyak yang lagi suka "barang karungan", dan itu pilihan masing-masing.
Tapi buat kamu yang cari jeans baru, awet, dan ukurannya pas, coba produk denim lokal kami.
Dijahit di Cihampelas, pakai denim 14 oz, jahitan rantai, kancing tembaga.
Model straight, tapered, wide leg. Ukuran 27-38.
Harga 289rb, garansi jahitan seumur hidup (selama kainnya nggak sobek ya 😄).
Bisa coba dulu di workshop kami hari Sabtu.
Workshop kami di Jl. Sukajadi gang kecil samping warung kopi, ada papan kayu bertuliskan "Denim Kampung".
Kalian bisa lihat proses potong pola, jahit, sampai pasang rivet.
Dan kalau jeans kami robek di lutut setelah bertahun-tahun, bawa aja, kami tambal pakai sashiko gratis.
Itu janji yang nggak bisa dikasih sama barang karungan 😉
"""),
R("listing", "legal_new_local_contrast", "1010", """
Seragam sekolah BARU murah 🎒
Kemeja putih SD/SMP/SMA 45-60rb, rok & celana 50-65rb.
Ini baru ya bun, bukan RB, bukan bekas. Dijahit di Kendari oleh ibu-ibu kelompok usaha kelurahan kami.
Bisa pesan ukuran khusus untuk anak yang badannya besar.
Lokasi dekat Pasar Baruga, buka sampai jam 8 malam menjelang tahun ajaran baru.
Kenapa kami tulis bukan RB? Karena tiap tahun ada saja orang tua yang mengira seragam murah pasti dari karung.
Kain kami beli di Makassar, jahitan diperiksa satu-satu oleh Ibu Wa Ode, ketua kelompok.
Pesanan sekolah (satu kelas atau lebih) kami antar langsung ke sekolah.
Pembayaran bisa dicicil dua kali untuk pesanan di atas 10 stel.
"""),
R("listing", "legal_new_local_contrast", "1010", """
Hoodie polos baru 280gsm 💯
Sering dikira barang bal Amerika karena bahannya tebal. Bukan kak, ini fleece lokal dari pabrik di Bandung, dijahit di workshop kami di Cimahi.
12 warna, S-3XL, harga 125rb.
Bisa sablon custom min 12 pcs, cocok buat angkatan dan komunitas.
"""),
R("post", "legal_new_local_contrast", "1010", """
Lapak kami di Pajak Petisah jual baju BARU lae, bukan monza 😄
Banyak yang masuk lapak terus nanya "ini monza ya bang?". Bukan, ini kemeja & celana baru dari konveksi kawan di Medan Denai.
Kemeja lengan panjang 85rb, celana kain 95rb, ada ukuran besar sampai 4L.
Bisa pesan ukur badan, selesai 3 hari.
Mampirlah, lantai 1 dekat tangga.
Kenapa tak jual monza? Bukan sok suci lae, tapi aku dari dulu memang ikut konveksi, kenal penjahitnya satu-satu.
Kalau kubeli goni, mereka tak dapat kerja.
Ukuran di sini pun lengkap, tak perlu bongkar-bongkar cari yang pas.
Horas, semoga dagangan kita sama-sama laris!
"""),
R("listing", "legal_new_local_contrast", "1010", """
Sarung tenun & kemeja tenun ikat – BARU dari penenun Sikka 🧣
Bukan RB, bukan barang karung. Dibuat dengan alat tenun bukan mesin oleh mama-mama di Desa Watublapi.
Sarung 450rb-1,2jt tergantung motif & pewarna alam.
Kemeja tenun 325rb, dijahit di Maumere.
Setiap pembelian disertai kartu nama penenunnya.
"""),
R("listing", "legal_new_local_contrast", "1010", """
Barang reject pabrik garmen Semarang – BARU, bukan bekas ✅
Kaos & kemeja sisa produksi ekspor yang nggak lolos QC karena cacat kecil (jahitan miring dikit, warna beda tipis).
Belum pernah dipakai, masih ada label ukuran, beberapa ada label brand dipotong.
Kaos 25rb, kemeja 40rb, celana 45rb.
Ini beda ya sama karungan impor bekas, ini dari pabrik dalam negeri langsung.
Lokasi Jl. Majapahit, buka 9-17.
Kami jelaskan biar nggak salah: barang reject pabrik itu baru, cuma nggak lolos standar ekspor.
Sementara karungan impor itu pakaian bekas pakai dari luar negeri, yang dilarang masuk.
Di toko kami semua barang bisa dicek, ada label ukuran asli dari pabrik.
Pembeli partai besar (di atas 100 pcs) bisa minta harga khusus.
"""),
R("comment", "legal_new_local_contrast", "1010", """
Bukan kak, ini bukan cakar 😊 semua baru, kami ambil dari grosir Tanah Abang terus kami jual lagi di Makassar.
Masih ada plastik dan label harganya.
Kalau kakak mau yang murah sekali memang di lapak cakar, tapi kalau mau baru dan ukurannya lengkap, silakan pesan di sini nah.
"""),
R("listing", "legal_new_local_contrast", "1010", """
Koleksi workwear lokal 🛠️ – chore jacket, overall, celana carpenter
Terinspirasi workwear Amerika yang sering nongol di bal thrift, tapi kami bikin baru di Bandung dengan kanvas 12 oz.
Bukan barang second, bukan dari karung, nggak ada bau apek 😄
Chore jacket 395rb | Overall 450rb | Carpenter pants 320rb
Restock tiap awal bulan. Pre-order buat ukuran 3XL.
Bahan kanvas kami dari pabrik tenun di Majalaya, dicuci enzyme biar nggak kaku waktu dipakai pertama.
Kancing logam custom dengan logo, jahitan triple stitch di bagian yang sering kena gesekan.
Kami paham banyak yang cari workwear di lapak thrift karena kuat dan murah; kami mau kasih pilihan baru yang sama kuatnya.
Garansi jahitan 1 tahun.
"""),
R("post", "legal_new_local_contrast", "1010", """
Seorang pelanggan bilang: "Bu, kenapa nggak jual cabo aja? Lebih laku." 😅
Jawaban saya: saya penjahit, bukan pedagang karung.
Di kios kecil dekat Pasar Bersehati ini saya jahit sendiri kemeja, rok, dan baju anak. Kain saya beli di toko kain Manado, bukan barang bekas.
Harga kemeja 120 ribu, rok 90 ribu, baju anak 60 ribu. Bisa pesan motif kain sendiri.
Mungkin lebih mahal, tapi baru, pas di badan, dan kalau lepas jahitan saya perbaiki gratis.
Saya sudah menjahit sejak 1998, belajar dari mama di Tondano.
Langganan saya kebanyakan guru, pegawai kantor, dan ibu-ibu gereja yang mau baju seragam kelompok.
Pesanan selesai 5-7 hari, kalau mendesak bisa 3 hari dengan tambahan ongkos.
Torang sama-sama cari rezeki, saya hormati yang jual cabo, tapi saya pilih jalan sendiri.
"""),
R("profile", "legal_new_local_contrast", "1010", """
KONVEKSI MANG UDIN – Majalaya 🧵
Kemeja, celana, seragam: BARU, jahit sendiri
❌ Bukan barang bal / karungan / second
✅ Terima pesanan partai & reseller, min 1 lusin
📍 Workshop buka Senin-Sabtu, 08.00-16.00
Katalog & harga grosir di link
"""),
R("listing", "legal_new_local_contrast", "1010", """
Jaket bomber & varsity BARU, bordir Tasik 🏫
Model yang biasa dicari di thrift, sekarang bisa dapat yang baru dan ukuran lengkap.
Bordir timbul dikerjakan pengrajin Tasikmalaya, bahan wol campur, lengan kulit sintetis.
Harga 350rb, custom nama/angka +35rb.
Bukan barang bekas, bukan karungan. Pengerjaan custom 10 hari.
"""),
R("message", "legal_new_local_contrast", "1010", """
Broadcast 📢 Toko Busana Hj. Ramlah – Pasar Sentral Sengkang
Koleksi lebaran sudah datang! Semua baru, dari Tanah Abang & konveksi Bandung.
- Gamis rayon 95rb
- Mukena bordir 150rb
- Kemeja koko anak 55rb
Kami tidak jual pakaian bekas/cakar, jadi ukuran lengkap dan masih segel.
Bisa titip pesan lewat balasan WA ini, antar dalam kota Sengkang gratis.
"""),
R("listing", "legal_new_local_contrast", "1010", """
Sepatu kulit handmade Cibaduyut – BARU 👞
Model derby, loafer, boots. Kulit sapi asli, sol karet.
Bukan sepatu bal, bukan second. Dibuat per pasang di bengkel kami.
Harga 450-750rb. Bisa request warna & ukuran (38-46).
Garansi lem 6 bulan, kami bantu resol kalau sudah tipis.
Bengkel kami sudah turun-temurun sejak kakek, di gang belakang Jalan Cibaduyut Raya.
Banyak pelanggan yang dulu beli sepatu bekas impor karena murah, lalu pindah ke kami karena ukuran bisa pas dan awet.
Proses: ukur kaki (bisa kirim foto di atas kertas), pilih model, tunggu 2-3 minggu.
Kami kirim dengan dus kayu kecil dan shoe tree.
"""),
R("post", "legal_new_local_contrast", "1010", """
Kami brand lokal kecil dari Yogyakarta. Kami nggak jual awul-awul, nggak jual preloved, nggak jual barang dari karung.
Kami jual kaos lurik & kemeja tenun ATBM yang kainnya dari perajin Cawas, Klaten.
Setiap pembelian, 5% kami sisihkan buat pelatihan penenun muda.
Kemeja lurik 245rb, kaos kombinasi 155rb.
Toko fisik di Prawirotaman, buka 10.00-20.00.
Matur nuwun sudah mendukung produk lokal 🤎
"""),
# ---- thrift-style brands (15)
R("post", "legal_thrift_style_brand", "1010", """
✨ THRIFT LOOK, BRAND NEW ✨
Koleksi "Pasar Loak" kami terinspirasi dari burung-burung grafis kaos vintage tahun 90-an.
Semua kaos baru, dicetak dengan teknik discharge biar sablonnya kelihatan pudar alami.
Cotton 24s, potongan boxy, ukuran S-XXL.
Harga 159rb.
#thriftstyle #vintagevibes #bukanthrift #brandlokal
"""),
R("listing", "legal_thrift_style_brand", "1010", """
"Second Look" by Kinara 🤎
Kami bikin baju baru yang kelihatan seperti hasil hunting thrift: warna washed, kancing mismatch, kerah sedikit belel.
Tapi semuanya BARU, dijahit di Depok, dan nggak ada bau karung 😄
Kemeja washed 189rb | Rok corduroy 169rb | Cardigan chunky 219rb
Restock tiap Jumat jam 7 malam.
"""),
R("post", "legal_thrift_style_brand", "1010", """
Kenapa nama brand kami "Ngawul"? 😆
Karena kami besar di Jogja, tumbuh sama tradisi ngawul di Sekaten. Tapi yang kami jual bukan awul-awul.
Kami bikin baju baru dengan semangat "nemu harta karun": motif acak, tiap potong beda, potongan sisa kain dari konveksi kami sendiri.
Jadi kamu dapet pengalaman "unik satu-satunya" tanpa harus beli barang bekas impor.
Drop berikutnya 40 pcs kemeja patchwork, 225rb.
Cara kami bikin: potongan kain sisa dari produksi kemeja kami sebelumnya dikumpulkan, disortir warna, lalu dijahit jadi panel.
Tiap kemeja beda motif, jadi memang nggak ada dua yang sama.
Nggak ada bahan dari baju bekas atau karung impor, semuanya kain baru sisa potong.
Drop jam 8 malam, biasanya habis 15 menit, jadi siapin jari.
"""),
R("listing", "legal_thrift_style_brand", "1010", """
Varsity jacket "Old Campus" ✅ NEW ARRIVAL
Ini bukan barang thrift Amerika ya, kami bikin sendiri desain kampus fiktif "Bogor State College" 😂
Wool blend, lengan kulit sintetis, patch chenille.
Harga 379rb, ukuran M-XXL.
Banyak yang nanya kenapa mirip barang bal, karena memang itu inspirasinya, tapi ini baru.
"""),
R("post", "legal_thrift_style_brand", "1010", """
Koleksi "Gedebage Dreams" udah bisa dipesan 🌀
Kami terinspirasi dari pengalaman anak Bandung berburu baju di Cimol dulu. Flanel kotak-kotak, jaket parasut warna nabrak, celana cargo gombrong.
Bedanya: semua baru, ukuran lengkap, dan kamu nggak perlu bongkar tumpukan jam 6 pagi 😅
Diproduksi di workshop kami di Antapani.
Pre-order 7 hari kerja. Link di bio.
Detail koleksi:
- Flanel "Cimol" 199rb
- Jaket parasut "Subuh" 279rb
- Cargo "Tumpukan" 249rb
Semua pakai kain baru dari Majalaya, dijahit di workshop sendiri.
#thriftinspired #newnotused #lokalpride
"""),
R("listing", "legal_thrift_style_brand", "1010", """
Kaos band FIKTIF ala vintage 🎸
"Kuda Lumping World Tour 1994", "Lele Metal Fest", "Sambal Terasi Live in Osaka".
Sablon cracking, kaos dibleach manual biar kayak barang 30 tahun.
BARU semua, 139rb.
Karena kaos band asli 90an mahal dan susah, kami bikin versi kami sendiri 😎
"""),
R("profile", "legal_thrift_style_brand", "1010", """
RETRORUMAH.ID
🧵 Brand lokal Surabaya, baju BARU bergaya thrift & vintage
🚫 Bukan barang bekas, bukan impor karungan
♻️ Pakai kain sisa produksi (deadstock) dari pabrik garmen Jawa Timur
📦 Kirim seluruh Indonesia, toko fisik Jl. Dharmahusada
🛒 Katalog & pre-order di link
"""),
R("post", "legal_thrift_style_brand", "1010", """
Disclaimer karena banyak yang salah paham 🙏
Foto-foto kami memang diambil di pasar, ada tumpukan baju, ada karung, ada gantungan besi. Itu cuma konsep foto ya kak, biar vibes-nya "thrifting".
Produk kami sendiri BARU, dijahit di Bekasi, ada label merek kami.
Kami tidak menjual pakaian bekas, apalagi yang impor.
Koleksi terbaru: kemeja resort, celana pleated, knit vest. Harga 149-259rb.
"""),
R("listing", "legal_thrift_style_brand", "1010", """
Knit vest "Nenek Chic" 👵✨ – baru, dirajut di Bandung
Motif argyle, kabel, fair isle. Kayak nemu di lemari nenek atau di tumpukan hidden gems, tapi gres.
Harga 149rb. Ukuran allsize fit to L.
Dikirim pakai box kraft, ada kartu perawatan.
"""),
R("post", "legal_thrift_style_brand", "1010", """
Jadi gini guys, brand kami "Karung Goni Co." memang namanya kayak jual barang karungan 😅
Tapi kami ini bikin tas dan topi BARU dari kain goni & kanvas lokal, bukan jual baju bekas impor.
Tote bag goni 85rb, bucket hat kanvas 75rb, sling bag 110rb.
Dijahit di Cirebon, semua ada label kami.
Jangan laporin kami ya platform 🙏😂
"""),
R("listing", "legal_thrift_style_brand", "1010", """
Denim "Worn-In" series 👖 – brand new
Proses wash 6 tahap biar kelihatan kayak jeans yang sudah dipakai 5 tahun: whisker, honeycomb, repair di lutut.
Diproduksi di Bandung, denim lokal 13,5 oz.
Harga 329rb.
Sengaja terlihat second, padahal baru. Gaya thrift tanpa risiko ukuran & noda.
"""),
R("post", "legal_thrift_style_brand", "1010", """
Kami sering ditanya: "Kak, barangnya impor bekas?" 😊
Jawabannya: tidak. "Ngelapak Studio" itu brand lokal yang jual pakaian baru bergaya retro. Beberapa motif kami beli lisensinya dari ilustrator lokal, sisanya desain sendiri.
Kenapa gaya thrift? Karena kami suka estetikanya, bukan karena jual barang karung.
Toko kami di Blok M lantai 2, pas sebelah lapak-lapak thrift, jadi wajar kalau orang bingung 😂
Kemeja bowling 199rb, celana pleats 219rb.
Kalau masih ragu, cek tag di dalam: ada logo kami, komposisi bahan, dan ukuran. Barang thrift impor biasanya tag-nya bahasa Jepang atau Korea dan sudah pudar.
Kami juga kasih nota resmi tiap pembelian.
Buka Selasa-Minggu 11.00-21.00, Senin libur.
"""),
R("listing", "legal_thrift_style_brand", "1010", """
"Hidden Gems Box" 🎁 – isi 3 pakaian BARU kejutan
Kayak sensasi buka karung misteri, tapi isinya produk kami sendiri yang baru & ukuran sesuai pesanan.
Pilih ukuran & gaya (feminin / street / basic), kami yang pilihkan.
Harga 299rb (nilai produk min 420rb).
Bukan barang bekas, bukan sisa bal. 100% produksi kami di Tangerang.
"""),
R("post", "legal_thrift_style_brand", "1010", """
Moodboard drop April 🗂️
- kemeja flanel warna pudar
- sweatshirt dengan graphic kampus fiktif
- celana chino 90an
- topi 5 panel bordir logo "Koperasi Sejahtera"
Semuanya desain baru tim kami, produksi konveksi di Sukoharjo.
Kami tidak jual thrift, tapi kami bikin baju yang rasanya kayak hasil thrifting terbaik kamu.
Release 12 April jam 19.00.
"""),
R("profile", "legal_thrift_style_brand", "1010", """
Loakan Modern 🪡
Brand fashion lokal Makassar | Koleksi BARU gaya cakar-vibes 😄
Semua dijahit penjahit kami di Tamalanrea
Tidak menjual pakaian bekas atau barang karung
Order via DM | COD Makassar | Kirim luar kota
"""),
# ---- new imported clothing (legal: new, not used) (8)
R("listing", "legal_new_import_clothing", "1011", """
IMPORT BARU GUANGZHOU 🇨🇳 – bukan second!
Blouse, dress, outer, celana kulot. Semua baru, masih plastik & ada hangtag.
Kami impor resmi lewat forwarder, ada dokumen.
Harga blouse 89rb, dress 139rb.
Buat yang sering ketipu beli "import" ternyata bekas, di sini dijamin baru gres.
"""),
R("listing", "legal_new_import_clothing", "1011", """
Ready stock sweater Korea NEW (Dongdaemun) 🇰🇷
Bukan barang thrift, bukan dari bal. Kami ambil langsung dari grosir di Seoul, masih ada plastik & label harga won.
Ukuran free size fit L, bahan rajut lembut.
Harga 185rb. Stok terbatas, 60 pcs.
"""),
R("post", "legal_new_import_clothing", "1011", """
Jastip Bangkok minggu depan ✈️🇹🇭
Mau nitip baju baru dari Platinum Mall atau Pratunam? Bisa!
Aku cuma beli barang BARU ya, bukan thrift, bukan barang bekas.
Fee 25rb/pcs, barang dikirim setelah aku pulang tanggal 20.
Format: link/foto barang + ukuran + warna. Close order Jumat.
"""),
R("listing", "legal_new_import_clothing", "1011", """
Uniqlo Japan NEW with tag 🇯🇵
Fleece, heattech, ultra light down. Semua baru, dibeli di toko Uniqlo Osaka, bukan barang preloved.
Harga lebih miring dari store Indonesia untuk beberapa item.
Bukti belanja (struk) bisa dilihat.
Ukuran S-XL, stok satu-satu.
"""),
R("listing", "legal_new_import_clothing", "1011", """
Grosir gamis & abaya impor Turki BARU 🧕
Kami importir terdaftar, barang masuk lewat Tanjung Priok dengan dokumen lengkap.
Abaya 320rb, gamis 275rb, hijab 65rb.
Reseller minimal 6 pcs. Bukan barang bekas ya kak, semua masih segel.
"""),
R("post", "legal_new_import_clothing", "1011", """
Open PO sepatu lari NEW dari Vietnam 👟 (overrun pabrik, bukan second)
Barang baru, box lengkap, hasil kelebihan produksi pabrik di Ho Chi Minh.
Kami kirim via forwarder resmi, estimasi 3 minggu.
Harga 650-900rb tergantung model.
DP 50%, sisa saat barang sampai Jakarta.
"""),
R("listing", "legal_new_import_clothing", "1011", """
Baju anak impor China BARU 🧸 grosir & ecer
Setelan kaos, piyama, dress, jaket.
Ini barang baru ya bun, bukan "bal anak", bukan "cakar kids". Masih bungkus plastik per pcs.
Setelan 45rb, dress 55rb, jaket 75rb.
Grosir 1 seri (4 ukuran) lebih murah.
"""),
R("listing", "legal_new_import_clothing", "1011", """
Kemeja batik? Bukan. Kemeja Hawaii asli NEW dari Honolulu 🌺
Dibawa langsung oleh keluarga kami yang tinggal di sana, semua baru dengan tag toko.
Bahan rayon, motif tropis, ukuran M-XXL.
Harga 420rb. Bukan barang thrift ya kak, kami paham banyak yang mengira begitu.
"""),
]
