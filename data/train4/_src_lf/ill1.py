from common import R

# ---------- illegal: offer buried inside long chatty captions ----------
R("post", "illegal_buried_offer", "1111", """
Hujan dari subuh, Bandung lagi mode melow banget ☔
Pagi tadi sempet ngopi di teras sambil dengerin lagu lama, terus kepikiran betapa cepetnya waktu. Tiga tahun lalu aku masih kerja kantoran, pulang jam 9 malem, sekarang bisa ngatur jam sendiri walaupun capeknya beda jenis 😅
Makasih buat kalian yang selalu nemenin dari awal, yang sabar nunggu resi, yang suka kirim foto OOTD pake barang dari sini. Kalian tuh alasan aku tetep semangat.
Oiya sekalian info, bal korea campur sisa 2, 7,8jt aja, yg serius dm.
Semoga hari kalian hangat ya walau di luar dingin. Jangan lupa makan 🤍
P.S. buat yang nanya kenapa feed jarang update, HP aku sempet rusak kena air pas bongkar barang di teras, jadi foto-foto minggu lalu ilang semua 🥲
""")

R("post", "illegal_buried_offer", "1111", """
Alhamdulillah anak sulung udah masuk SMP negeri, seneng tapi deg-degan juga liat daftar perlengkapannya 😂 seragam, sepatu, buku, belum lagi uang kegiatan. Emak-emak pasti paham rasanya.
Kemarin sempet ribut kecil sama suami soal mau beli tas baru atau pake yang lama. Akhirnya sepakat beli baru, kasihan anaknya udah minta dari kelas 5.
Buat ibu-ibu yang kemarin japri nanya karungan dari Tawau, udah nyampe ya, isinya jaket sama sweater campur, bisa ambil setengah karung. WA 0852xxxx.
Semoga rezeki kita semua lancar menjelang tahun ajaran baru. Aamiin.
Btw ada yang tau tukang jahit seragam yang murah dan cepet di daerah Tarakan kota? Seragam batik sekolahnya harus jahit sendiri katanya, kainnya dikasih sekolah.
""")

R("post", "illegal_buried_offer", "1111", """
Throwback ke 2016, pertama kali ikut bapak ke gudang. Waktu itu aku masih kuliah semester 3, disuruh bantu angkat karung sampai punggung encok seminggu 🤣
Bapak dulu cuma punya satu lapak kecil di pinggir jalan, atapnya terpal biru. Sekarang udah punya dua kios, dan aku yang pegang online-nya. Kadang masih suka kangen suara bapak nawar sama pembeli langganan.
Banyak yang bilang usaha kayak gini nggak ada masa depan. Ya mungkin. Tapi dari sini adik-adikku bisa sekolah.
Minggu ini buka 3 goni jepang, first pick jaket outdoor, slot cuma buat yang udah transfer DP.
Terima kasih udah baca curhatan panjang ini. Sehat-sehat buat bapak di rumah 🙏
#ceritaanakpedagang #throwback
""")

R("post", "illegal_buried_offer", "1111", """
Thread curhat dikit ya gaes 🧵
1. Akhir-akhir ini orderan sepi banget, mungkin karena pada nunggu gajian.
2. Ekspedisi langganan naikin ongkir ke Indonesia timur, jadi yang dari Papua sama Maluku maaf banget kalau ongkirnya bikin kaget.
3. Aku lagi belajar foto produk pake HP doang, hasilnya masih gitu-gitu aja wkwk.
4. Ada yang kemarin nanya soal stok: ball press hk isi kemeja flanel udah sampe gudang, 135 pcs, sistem borong, dm buat harga.
5. Mau bikin giveaway kecil pas followers tembus 10rb.
Udah segitu aja, makasih yang udah mampir 🫶
6. Terakhir, makasih buat yang kemarin ngasih semangat pas aku cerita soal kucingku yang sakit. Dia udah mau makan lagi, walaupun masih lemes dan harus disuapin obat dua kali sehari 🐈
""")

R("post", "illegal_buried_offer", "1111", """
Pagi ini nemenin ibu ke pasar, beli sayur, ikan tongkol, sama cabe yang harganya lagi naik gila-gilaan 🌶️ Ibu sampe ngomel sepanjang jalan pulang.
Di jalan ketemu temen SD, ngobrol lama soal kampung kita yang sekarang udah penuh ruko. Dulu masih sawah semua.
Sore nanti mau rapihin gudang, soalnya kiriman dari Batam masuk lagi: 4 bal campur celana jeans & kargo, yang mau ambil per bal atau patungan setengah silakan chat.
Malemnya mungkin istirahat, badan udah remuk. Selamat hari Minggu semua!
Oh iya, buat yang nanya resep sambal tongkol ibu: tongkol digoreng kering, suwir, tumis bawang merah-putih, cabe rawit, tomat, kasih sedikit gula merah. Gampang kan? Tapi rasanya tetep nggak bisa nyamain bikinan ibu sih 😌
""")

R("post", "illegal_buried_offer", "1111", """
Review jujur hidup jadi pedagang online setahun ini:
➖ Tidur nggak teratur
➖ Sering dikira nganggur sama tetangga
➖ Harus tahan banting sama komen julid
➕ Bisa jemput anak tiap hari
➕ Ketemu banyak orang baik
➕ Belajar ngatur duit sendiri
Kalau ditanya nyesel atau nggak, jawabanku nggak. Tapi ya capek, namanya juga usaha.
Ngomong-ngomong, yang nunggu restock sepatu bekas Thailand, karungnya udah dibuka tadi pagi, 40 pasang, harga mulai 85rb, cek sorotan.
Udah ah, mau masak dulu. Anak-anak udah teriak lapar 😆
Buat kalian yang mau mulai jualan juga: mulai aja dulu, nggak usah nunggu sempurna. Aku dulu mulai cuma modal HP kentang sama gantungan baju pinjaman tetangga.
""")

R("post", "illegal_buried_offer", "1111", """
Jadi tadi ada kejadian lucu. Kurir langganan salah anter paket ke rumah sebelah, yang punya rumah emak-emak galak, paketnya dibuka karena dikira pesanan dia 🤦‍♀️ Untung isinya cuma hanger sama plastik packing.
Abis itu kita ketawa bareng sambil minum es teh. Ternyata dia juga suka belanja online, cuma nggak pernah tahu tetangganya jualan.
Nah yang baru tahu juga, aku buka slot reseller buat bal eks jepang grade A, minimal ambil seperempat, info lengkap di wa 0813xxxx.
Pelajaran hari ini: tulis alamat yang jelas ya, lengkap sama patokan rumah 😂
Besoknya si ibu malah dateng lagi bawa pisang goreng, katanya minta maaf udah buka paket orang. Ya ampun, jadi nggak enak aku 🥹 Tetangga kayak gini nih yang bikin betah.
""")

R("post", "illegal_buried_offer", "1111", """
Selamat ulang tahun ke-5 buat toko kecil kita 🎂
Lima tahun lalu mulai dari modal 2 juta, pinjem uang tabungan istri. Jualan di CFD tiap Minggu pake meja lipat. Pernah kena hujan deras, barang basah semua, pulang cuma bawa 30 ribu.
Sekarang alhamdulillah udah bisa bayar 3 karyawan. Makasih buat pelanggan setia, buat ekspedisi yang sabar, buat istri yang nggak pernah ngeluh.
Sebagai syukuran, tiap pembelian karungan original bulan ini (isi 100kg, sortiran Korea) dapet potongan 300rb.
Doakan kami tetep amanah ya. 🙏
Minggu depan kita juga mau bagi-bagi nasi kotak ke tukang parkir sama ojek pangkalan di depan gudang, kecil-kecilan aja sebagai rasa syukur. Kalau ada yang mau ikut nitip sedekah, boleh banget.
""")

R("post", "illegal_buried_offer", "1111", """
Kalian pernah nggak sih ngerasa capek tapi nggak tau capek karena apa? Aku lagi di fase itu. Bangun tidur udah lemes, buka HP isinya notif semua.
Kata temen aku kurang piknik. Mungkin bener. Terakhir liburan tuh pas lebaran tahun lalu, itu pun cuma ke rumah mertua di Tegal.
Rencananya bulan depan mau ke Dieng, pengen liat sunrise. Ada yang punya rekomendasi homestay murah?
(Yang nanya kemarin: iya, masih nerima titip beli dari Gedebage per bal, fee 150rb/bal, kirim pake kargo.)
Oke, back to reality. Semangat Senin, walaupun ini baru Minggu malam 🥲
Aku juga mulai belajar matiin notifikasi abis jam 9 malem. Ternyata dunia nggak runtuh kalau chat dibales besok pagi. Pembeli yang baik pasti ngerti.
""")

R("post", "illegal_buried_offer", "1111", """
Caption panjang alert ⚠️
Banyak yang nanya kenapa aku suka banget jaket lawas. Jawabannya simpel: jaman dulu bahannya tebel, jahitannya rapi, modelnya nggak pasaran. Jaket yang aku pake di foto ini umurnya mungkin lebih tua dari aku.
Aku juga suka bayangin jaket ini dulu dipake siapa. Mungkin mahasiswa di Osaka, mungkin bapak-bapak yang kerja di pelabuhan. Setiap barang punya cerita.
Buat yang mau ikut berburu: tiap Jumat malam aku bongkar goni baru, barang dari Jepang langsung, link grup di bio.
Pokoknya rawat barang kalian baik-baik, biar ceritanya panjang 🧥
Tips kecil: jaket lawas jangan dijemur langsung di bawah matahari terik, warnanya cepet pudar. Angin-anginkan aja di tempat teduh, terus simpan pakai hanger yang bahunya lebar biar bentuknya nggak rusak.
""")

R("post", "illegal_buried_offer", "1111", """
Hari ini genap 40 hari kepergian nenek. Nenek yang dulu ngajarin aku jahit kancing, yang selalu bilang "baju itu bukan soal mahal, tapi soal pantes".
Di lemarinya masih ada kebaya-kebaya lama yang rapi terlipat. Nggak akan aku jual, itu buat kenang-kenangan.
Maaf toko sempat libur seminggu. Mulai besok aktif lagi, dan kiriman monja dari Teluk Nibung yang kemarin tertunda udah sampai, yang pesan per karung mohon konfirmasi ulang.
Al-Fatihah untuk nenek 🤲
Terima kasih juga buat teman-teman dan pelanggan yang datang melayat dan kirim doa. Ada yang sampai jauh-jauh dari Rantau Prapat, aku nggak nyangka. Semoga kebaikan kalian dibalas berlipat.
""")

R("post", "illegal_buried_offer", "1111", """
ok jadi gue mau cerita soal motor gue yg mogok di tengah jalan tol dalam kota. pas banget lagi bawa dua karung, panas terik, hp lowbat, udah lah lengkap penderitaan 🥵
akhirnya didorong sampe bahu jalan, nunggu derek hampir 2 jam. untung ada abang-abang ojol baik hati yang mau bantu isiin angin ban
moral of the story: servis motor lo rutin.
anyway dua karung itu isinya hoodie bekas us, 60an pcs per karung, bisa diambil gelondongan, yg minat komen "mau"
btw makasih bang ojol, semoga rejekinya lancar 🙏
ps: iya gue tau motor ga boleh masuk tol, ini jalan arteri sebelah tol maksudnya, jangan diserang di kolom komen plis 😭 gue nulisnya lagi emosi jadi salah ketik
""")

R("post", "illegal_buried_offer", "1111", """
Kata orang, jualan itu soal kepercayaan. Aku setuju. Dua tahun jualan online, aku pernah ditipu pembeli, pernah juga (nggak sengaja) salah kirim ukuran dan harus ganti rugi. Semua jadi pelajaran.
Prinsipku sekarang: foto asli, deskripsi jujur, cacat ditulis. Mending pembeli kecewa di awal daripada komplain belakangan.
Sekarang lagi fokus ke grosir aja, ambil langsung dari pengepul di Dumai, bal segel belum dibuka, yang mau kulakan bisa ke gudang di Pekanbaru.
Terima kasih buat kalian yang masih percaya. Kepercayaan itu mahal, aku jaga sebaik mungkin.
Satu lagi: kalau ada masalah, telepon langsung, jangan cuma ngetik. Suara itu bisa nenangin orang yang lagi kesel, percaya deh.
""")

R("post", "illegal_buried_offer", "1111", """
Ramadan tahun ini beda. Lebih sepi, lebih banyak di rumah, lebih sering mikir. Aku jadi sadar betapa banyak waktu yang kebuang buat scroll hal nggak penting.
Target aku bulan ini: khatam sekali, sedekah tiap Jumat, dan ngurangin kopi (yang ini kayaknya gagal 😅).
Toko tetap buka setelah tarawih. Stok baru: celana kulot & rok bekas korea, baru turun dari kapal minggu lalu, 35rb/pcs, ambil 10 gratis ongkir Jabodetabek.
Semoga kita semua diberi kekuatan sampai hari kemenangan.
Buat yang tanya jam operasional: chat dibalas jam 20.00-01.00, pengiriman tetap jalan tiap hari kecuali hari Jumat. Mohon maaf kalau balasnya agak lambat, adminnya cuma satu, merangkap tukang packing juga 🙏
""")

R("comment", "illegal_buried_offer", "1111", """
Setuju banget sama postingan kakak soal pentingnya ngerawat sepatu. Aku juga selalu bersihin pake sikat gigi bekas sama sabun cuci piring, terus dijemur di tempat teduh biar lemnya nggak rusak. Jangan sekali-kali dimasukin mesin cuci ya guys, pengalaman pahit.
Oh iya kalau ada yg cari sepatu lari second dari korea, aku ada sekarung baru buka, size 38-44, bisa cek ig aku.
Makasih tipsnya kak, disimpan 🙌
Satu lagi tips dari aku: masukin koran ke dalam sepatu pas dijemur biar cepet kering dan bentuknya tetep. Koran bekas juga bisa nyerap bau. Murah meriah.
""")

R("post", "illegal_buried_offer", "1111", """
Sebagai anak rantau di Medan, ada tiga hal yang bikin aku betah: makanannya, orang-orangnya yang blak-blakan, dan pasar-pasarnya yang rame sampe malem.
Awalnya kaget dengar orang ngomong kayak orang marah, ternyata memang gitu logatnya. Sekarang aku malah ikutan, "bah, macam mana pula ini".
Aku juga akhirnya punya usaha kecil di sini. Yang mau ambil pakaian ex Malaysia per goni, langsung dari Tanjungbalai, hubungi aku ya, antar ke seputaran Medan.
Horas! Medan memang beda 🔥
Soal makanan, jangan tanya lah. Soto Medan, mie gomak, lontong sayur pagi-pagi di pinggir jalan, terus malamnya durian di Jalan Pagaruyung. Berat badanku naik 6 kilo tahun pertama di sini 😂
""")

R("post", "illegal_buried_offer", "1111", """
Kemarin ikut workshop digital marketing gratisan dari dinas. Materinya lumayan: soal konten, jam posting, sama cara bales chat biar nggak kabur pembelinya.
Yang paling nempel di kepala: "jangan cuma jualan, bangun cerita". Makanya sekarang captionku panjang-panjang gini, maafkan 🤭
Jadi ceritanya hari ini aku bangun jam 4, sholat, terus ke gudang buat sortir. Dari satu bal jaket eropa yang kubuka, dapet 27 kepala, 60 badan, sisanya kaki. Kepala kujual 150rb ke atas, badan 60rb, kaki borongan.
Gimana, udah berasa cerita belum? 😂
Yang badan dan kaki biasanya diambil pedagang pasar dari kampung sebelah, mereka jual lagi 10-20 ribuan. Jadi satu bal itu muter ke banyak tangan sebelum sampai ke lemari kalian.
""")

R("post", "illegal_buried_offer", "1111", """
Mau share sedikit tentang kebiasaan baru: jalan kaki pagi 30 menit sebelum buka toko. Awalnya berat, sekarang malah ketagihan. Badan lebih seger, tidur lebih nyenyak, dan ternyata banyak ide muncul pas jalan.
Salah satu idenya: bikin sistem pre-order buat pelanggan luar kota. Jadi kalian bisa pesan dulu, begitu kontainer dari Busan bongkar di gudang, aku pilihkan sesuai request ukuran, kirim per 50 pcs.
Siapa yang mau ikutan jalan pagi bareng? Kita bikin grup 😄
Ide lain yang muncul: bikin kartu ucapan tulisan tangan buat tiap paket. Kecil, tapi kata pembeli bikin senyum. Tiap malem aku nulis 30 kartu sambil nonton TV, lumayan jadi terapi juga.
""")

R("post", "illegal_buried_offer", "1111", """
Hari ini aku belajar satu hal: jangan pernah ngeremehin pembeli yang datang pakai sendal jepit. Tadi ada bapak-bapak, kaosnya lusuh, ternyata borong 2 karung buat dijual lagi di kampungnya di Flores. Katanya di sana yang paling dicari kemeja lengan panjang sama celana kain.
Orangnya ramah, cerita banyak soal anak-anaknya yang kuliah di Kupang. Sebelum pulang dia sempat bilang, "yang penting jujur, nak".
Buat yang mau kirim ke NTT juga bisa, karung RB campur isi 80-100 potong, ongkir laut kita bantu cari.
Bapak, semoga selamat sampai rumah 🚢
Kadang aku mikir, barang-barang ini udah nyebrang laut berapa kali ya sebelum akhirnya dipake orang di kampung? Dunia ini luas tapi ternyata nyambung-nyambung juga.
""")

# ---------- illegal: regional code words ----------
R("listing", "illegal_codeword_regional", "1111", """
CAKAR MASUK LAGI DI LAPAK DAENG RAHMAN 🔥
Karung baru dibuka hari Sabtu jam 8 pagi, depan kanal Pasar Terong.
Isi: jaket parasut, kemeja, celana jins, ada juga tas sama topi.
Harga mulai 15rb, borong 5 lembar 60rb.
Yang mau dikirim ke Gowa/Maros bisa, bayar di tempat.
""")

R("listing", "illegal_codeword_regional", "1111", """
MONZA PILIHAN ✅
Kemeja flanel, jaket jeans, hoodie tebal
Harga 35-75rb tergantung kondisi
Lokasi Pasar Melati Tanjung Anom, los belakang dekat parkiran
Buka Selasa, Jumat, Minggu
Bisa kirim Siantar, Kabanjahe, Binjai
""")

R("post", "illegal_codeword_regional", "1111", """
Sanak sadonyo, awul-awul baru datang dari Parakan! 🧺
Tumpukan dibongkar malam ini di lapak kami depan Pasar Kliwon Temanggung.
Kaos 10rb, jaket 40rb, celana 25rb. Sing teko disik oleh pilihan paling apik, monggo ngawul sepuasnya.
Nek pengen grosir per karung, takon langsung nang kasir.
""")

R("listing", "illegal_codeword_regional", "1111", """
LELONG SEPATU & TAS ✨
Barang baru turun, kondisi 80-95%
Sepatu sport mulai 100rb, tas kulit 75rb
Kami di Jalan Komyos Sudarso, Sungai Beliung, buka Sabtu-Minggu pagi sampai sore
Mau dikeep? Chat dulu ke 0896xxxx, transfer DP 50%
""")

R("post", "illegal_codeword_regional", "1111", """
CABO MANTAP di Sagerat 😎
Menjelang Natal ini torang ada stok jaket, dress, deng celana jeans.
Harga ramah: kaos 15rb, jeans 50rb, jaket mulai 60rb.
Kong kalu mo ambe karung, bilang jo, ada harga khusus for pedagang.
Lokasi dekat terminal Tangkoko, tanya jo orang-orang, pasti tau.
""")

R("post", "illegal_codeword_regional", "1111", """
Beta pung cakbo baru buka di Mardika, belakang terminal 🙌
Bal baru masuk kemarin sore, isi baju pesta, kemeja, sepatu deng sandal.
Harga dari 20 ribu sa, sepatu mulai 80.
Basudara yang mau ambil banyak for jual di pulau, beta kasih harga karung.
Dong datang cepat e, barang bagus seng tunggu lama.
""")

R("listing", "illegal_codeword_regional", "1111", """
BJ PILIHAN WONG KITO 🔥
Baju, celano, jaket burukan jambi kualitas apik
Baru buka karung tadi pagi di 16 Ilir, lorong samping toko emas
Kaos 10rb, kemeja 20rb, jaket 45rb
Galak ngambek banyak? Bisa nego, bisa kirim ke Prabumulih
""")

R("listing", "illegal_codeword_regional", "1111", """
RB CAMPUR PER KARUNG
Isi ±90 potong: kemeja, kaos, celana, rok
Karung segel, belum disortir
Cocok buat pedagang pasar pagi
Harga 1,4jt/karung, ambil 3 karung 4jt
Lokasi gudang Pasuruan, bisa diambil pakai pikap
""")

R("listing", "illegal_codeword_regional", "1111", """
Burjer ready lagi bosku 🙏
Jaket kulit, coat panjang, sweater rajut tebel, pas buat yang mau ke dataran tinggi
Harga grosir per lusin, ecer juga boleh
Barang masuk tiap Kamis, yang telat ya kebagian sisa
Lokasi Kabanjahe, sebelah kedai kopi Pak Tarigan
""")

R("post", "illegal_codeword_regional", "1111", """
Stok roma baru nyampe gaes! 🧥
Satu goni isinya campur: jaket, kemeja, celana kain, sweater.
Kami jual ecer 20-50rb, atau borong per goni 1,8jt.
Yang dari Dumai sama Bengkalis bisa titip travel, ongkos ditanggung pembeli.
""")

R("listing", "illegal_codeword_regional", "1111", """
CIMOL MURAH MERIAH ✌️
Jaket gunung, windbreaker, coach jacket
Ada yang masih ada tag toko luarnya
Harga 50-120rb, cek fisik di lapak kami Gedebage lantai bawah blok C
Online juga bisa, kirim seluruh Indonesia
#cimolbandung #gedebage
""")

R("post", "illegal_codeword_regional", "1111", """
Info buat warga Kendari 📣
Cakar baru bongkar di pasar Mandonga, lapak ibu Wa Ode.
Ada baju anak-anak banyak, cocok buat persiapan sekolah.
3 lembar 25 ribu, celana jins 35 ribu.
Yang mau borong satu karung langsung telepon saja.
""")

R("listing", "illegal_codeword_regional", "1111", """
Monja jaket parka dan bomber
Kondisi 85%+, sudah dicuci dan disetrika
Harga 90rb-250rb
COD sekitar Pancing dan Aksara
Yang serius saja, nggak terima tukar
Ada juga beberapa jaket kulit, tapi yang ini harganya beda, tanya langsung.
Barang dari goni yang baru dibuka minggu ini, jadi masih banyak pilihan ukuran L dan XL.
Foto yang di-upload foto asli, bukan ambil dari internet.
""")

R("post", "illegal_codeword_regional", "1111", """
Nang Palopo ada yang cari cakar? 👋
Kami baru dapat kiriman dari Pare, karung isi kemeja dan celana kain, cocok buat kantor.
Lapak di PNP lantai 1, dekat tangga. Ecer atau karung, sama-sama dilayani.
Harga karung tanya langsung, pasti bersahabat.
""")

R("listing", "illegal_codeword_regional", "1111", """
[AWULAN JOGJA]
Stok kemeja batik lawas & jaket varsity
Harga pas mahasiswa 25-70rb
Ambil di Jl. Parangtritis, chat dulu biar nggak nunggu
Ambil grosir minimal 20 pcs harga beda
Kemeja batiknya banyak yang motif Malaysia & Singapura, unik-unik, nggak pasaran.
Jam buka 10.00-21.00, Jumat tutup siang.
Mahasiswa tunjukin KTM dapat potongan 5rb per item 🎓
""")

R("post", "illegal_codeword_regional", "1111", """
bah, lae, monza kemarin ada yang nanya kan?
udah datang 6 goni, isi celana cargo sama kemeja kotak-kotak, bagus-bagus
ecer 40rb, ambil sekodi 650rb
lapak di simpang limun, datang aja langsung, aku disitu sampe magrib
""")

R("listing", "illegal_codeword_regional", "1111", """
Cakar premium Parepare 🏷️
Dipilih satu-satu, dicuci laundry, digantung rapi
Blazer 85rb, dress 65rb, jeans 70rb
Kirim seluruh Sulsel, bisa COD di Makassar tiap Sabtu
Kalau mau ambil karung mentah juga ada, harga karung lain lagi
""")

R("post", "illegal_codeword_regional", "1111", """
LELONG AKHIR TAHUN 🎉
Barang lelong baru masok, jaket, kemeja, seprei pun ade
Datang lah ke gudang kami di Siantan, buka dari pagi
Harga miring, pembeli banyak dapat potongan
Yang dari Singkawang boleh pesan via wa 0852xxxx, kami kirim pakai bus
""")

R("listing", "illegal_codeword_regional", "1111", """
BI (Batam Impor) celana chino
Warna lengkap, size 28-36
Kondisi mulus, bekas pakai sedikit
30rb/pcs, 10 pcs 270rb
Lokasi Blitar kota, kirim J&T
Warna yang paling banyak: khaki, navy, olive, hitam.
Beberapa ada sedikit pudar di lutut, sudah saya foto dan saya tulis di keterangan masing-masing.
Pembelian di atas 20 pcs bisa minta dipilihkan ukuran.
""")

R("post", "illegal_codeword_regional", "1111", """
CABO Bitung ready 🔥 dari karung langsung ke ngana!
Ada kaos bola, jersey basket, sepatu bola
Harga 20-90rb, ambe banyak torang kase kurang
Mampir jo di Pinasungkulan, lapak nomor 14 dekat penjual ikan
""")

R("message", "illegal_codeword_regional", "1111", """
Assalamualaikum bu, ini Rini yang kemarin ketemu di pasar 🙏
Cakar karungan yang ibu tanya sudah ada lagi, isi daster sama baju tidur, sekitar 150 lembar.
Harga karung 2,2jt, bisa saya antar sampai Sungguminasa.
Kalau jadi kabari sebelum Kamis ya bu, soalnya sudah ada yang antri juga.
""")

R("listing", "illegal_codeword_regional", "1111", """
🛒 MONZA ONLINE SHOP
Semua barang asli second luar, bukan KW
Sweater 45rb, kemeja 40rb, kaos band 60rb
Pengiriman dari Medan setiap hari kecuali Minggu
Grosir? Kami ada goni utuh juga
Kalau bingung soal ukuran, minta foto pengukuran lingkar dada dan panjang, admin siap bantu.
Pembayaran transfer atau COD khusus dalam kota Medan.
Barang yang sudah dibeli tidak bisa ditukar, kecuali salah kirim.
""")

R("post", "illegal_codeword_regional", "1111", """
Cakar bongkar hari ini di Lorong Pasar Tungging! 🔔
Baju korea banyak, hurufnya hangul semua wkwk
Kemeja 25rb, jaket 50rb, celana 30rb
Buka dari jam 7 pagi, yang datang pertama pasti dapat barang paling bagus
""")

R("listing", "illegal_codeword_regional", "1111", """
Awul-awul kiloan
Kaos & kemeja campur, Rp 45.000/kg
Minimal ambil 5 kg
Barang apa adanya, tidak bisa pilih
Lokasi Kaliwungu, Kendal, bisa kirim ekspedisi
Biasanya 1 kg isi 4-6 kaos atau 3-4 kemeja, tergantung bahan.
Cocok buat yang mau jual lagi di pasar tiban atau buat bahan lap bengkel.
Pembayaran di muka, pengiriman tiap Selasa dan Jumat.
""")

R("post", "illegal_codeword_regional", "1111", """
Sikit info untuk kawan-kawan Pontianak 📢
Lelong jaket musim sejok baru sampai, tebal-tebal, sesuai untuk yang nak pegi umrah ke tempat sejuk atau kerja di luar negeri.
Harge 80-200rb je. Datang ke kedai kami Jalan Tanjungpura, dekat simpang.
Boleh pesan banyak untuk jual balik, harge grosir lain.
""")
