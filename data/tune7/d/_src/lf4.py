# long-form batch 4: legal
LF4 = [
("article","hn_news",0,1,1,1,"""KUPANG – Petugas di Pos Lintas Batas Negara Motaain mengamankan sebuah pikap yang membawa 18 karung pakaian bekas dari Timor Leste.
Sopir mengaku hanya disuruh mengantar barang ke Atambua dan tidak tahu pemiliknya.
Barang rombengan itu kini dititipkan di kantor bea cukai Atapupu.
Petugas mengimbau warga perbatasan tidak menjadi kurir barang larangan."""),
("article","hn_news",0,1,1,1,"""PALEMBANG – Kawasan Pasar Lemabang kembali dipadati pemburu baju BJ setiap Minggu pagi.
Pedagang menyebut pakaian datang dari Jambi dalam hitungan karung, sebagian berlabel Jepang dan Korea.
Dinas Perdagangan kota menyatakan akan melakukan sosialisasi soal larangan impor pakaian bekas.
Pembeli umumnya mahasiswa dan pekerja yang mencari jaket serta celana murah."""),
("article","hn_news",0,1,1,1,"""TARAKAN – Bisnis pakaian bekas impor di kota ini disebut sudah ada sejak 1990-an, bermula dari pasar dadakan di Pamusian.
Barang masuk dari Tawau melalui Nunukan, lalu menyebar ke Bulungan dan Berau.
Survei kecil terhadap warga menunjukkan pendapat terbelah: sebagian memilih merek lokal, sebagian tetap suka seken luar.
Pemerintah daerah belum mengeluarkan kebijakan khusus."""),
("post","hn_report",0,1,1,1,"""@admin grup Jual Beli Manado
Ada anggota yang posting tiap hari: "karung cabo Korea masuk Bitung, ambil per ikat".
Ini barang larangan impor, nanti grup torang kena tutup.
Mohon postingan dihapus dan anggota diingatkan.
Trima kasih 🙏"""),
("post","hn_complaint",0,1,1,1,"""PERINGATAN PENIPUAN ⚠️
Akun 'Gudang Goni Medan Official' minta DP 50% untuk goni Jepang 'grade SSS'.
Sudah ada 6 korban di grup ini, total kerugian hampir 20 juta.
Alamat gudang yang dia kasi di Belawan ternyata tanah kosong.
Jangan transfer ke rekening atas nama B*** S***, sudah dilaporkan ke Polda Sumut."""),
("post","hn_guideline",0,1,1,1,"""Info dari Disperindag Kota Jayapura 📣
Pedagang cakar bongkar (cabo/cakbor) diimbau tidak menambah stok pakaian bekas dari luar negeri.
Stok lama boleh dihabiskan sampai batas waktu yang ditentukan.
Pemerintah menyiapkan pelatihan menjahit dan bantuan modal usaha barang lokal.
Info lebih lanjut hubungi kantor dinas di Entrop."""),
("article","hn_tutorial",0,1,1,1,"""Tips memilih jaket kulit bekas impor supaya tidak rugi:
- Tekuk kulit di siku: kalau retak halus, tinggalkan.
- Cium bagian dalam: bau jamur susah hilang.
- Cek resleting, ganti bisa makan biaya 75rb.
- Lihat label: bahan asli biasanya ada tulisan 'genuine leather'.
Artikel ini untuk edukasi, bukan ajakan membeli barang yang dilarang masuk."""),
("post","hn_joke",0,1,1,1,"""Percakapan di Pontianak:
A: "Wah jaket kau cantek, beli kat mane?"
B: "Lelong lah, mane ade duit aku beli di mall."
A: "Lelong yang di UK ke Serdam?"
B: "Rahasie. Nanti kau ambik semue 😤"
Relate ndak kitak? 😂"""),
("comment","hn_buyer_question",0,1,1,1,"""Bang, numpang tanya.
Aku mau buka kios monja di Rantauprapat, bagusnya ambil goni dari Tanjungbalai atau Medan?
Berapa modal awal yang wajar?
Terus kalau ada razia, barang disita semua kah?
Makasih yg mau jawab."""),
("review","hn_review_noseller",0,1,1,1,"""Sudah 5 tahun langganan RB di Maumere, ini catatanku:
- kemeja & rok kualitasnya bagus, jauh lebih awet dari baju pasar biasa
- ukuran kebanyakan besar, harus dibawa ke penjahit
- wajib cuci air panas, pernah sekali gatal-gatal
Sekarang stok makin jarang, katanya karena kapal sering ditangkap."""),
("listing","hn_new_thrift_style",1,0,1,0,"""Koleksi 'CAPKARUNG' 😎 by Daeng Studio Makassar
Kemeja motif retro, jaket denim washed, celana kargo
SEMUA BARU, jahitan sendiri di Sudiang
Namanya aja yang nyeleneh, bukan barang karung beneran ya kak!
Harga 120-260rb, kirim seluruh Sulawesi"""),
("listing","hn_new_import",1,0,1,1,"""Ready stock BARU impor Korea 🇰🇷
Hoodie & cardigan musim dingin, tag lengkap, plastik segel
Masuk lewat importir resmi, ada dokumen PIB
Harga 180-320rb
Toko kami di Mall Ratu Indah Makassar lantai 2"""),
("listing","hn_factory_reject",1,0,1,0,"""Obral reject garmen – Batam 🏭
Kaos & kemeja BARU sisa produksi pabrik Mukakuning
Cacat minor: noda tinta, jahitan miring
Dijual per karung (100 pcs) 1,5 jt atau ecer 15rb
Bukan barang bekas, bukan dari luar negeri, produksi lokal Batam
Ambil di Batu Aji"""),
("listing","hn_own_preloved",1,1,1,0,"""Preloved baju anak – Manado 👶
Kita pe anak so besar, jadi kita lepas:
- 10 baju kaos size 2-3 th (beli di Mantos) 50rb semua
- 2 jaket (beli di Matahari) 40rb satu
Semua bekas pakai kita pe anak sendiri, bersih & wangi
Ambil di Tikala"""),
("post","hn_donation",0,1,1,0,"""Bantuan untuk saudara kita di Seram 🙏
Katong komunitas mahasiswa Ambon kumpul pakaian bekas layak, sepatu, dan buku.
Titik kumpul: sekretariat di Batu Merah, tiap Sabtu.
Barang akan dikirim pakai kapal ke Masohi minggu depan.
Tidak dijual, 100% dibagi gratis."""),
("post","hn_school_bazaar",1,1,1,0,"""Bazar Ramadhan Madrasah Nurul Huda, Banjarmasin
Dijual pakaian bekas sumbangan wali murid: baju koko, gamis, sarung, baju anak
Harga 3rb – 20rb, semua layak pakai
Hasil untuk perbaikan atap kelas
Hari Ahad, halaman madrasah, jam 7-11. Ditunggu pian!"""),
("listing","hn_other_goods_sack",1,0,0,1,"""Beras impor Vietnam – per karung
- 50 kg: 620rb
- 25 kg: 315rb
Stok gudang Pelabuhan Samudera Ambon
Pengiriman ke Tual, Saumlaki, Dobo pakai kapal Pelni
Hubungi Bapa Hendrik 0812xxxx"""),
("listing","hn_other_goods_sack",1,1,0,0,"""Jual karung goni bekas wadah gula & kopi 🧺
Kondisi masih kuat, bisa buat karung pasir atau tanaman
Harga 2.500/lembar, minimal 100 lembar
Lokasi Belawan, Medan
Bisa antar pakai pikap sekitar Medan Utara"""),
("listing","hn_used_vehicle",1,1,0,1,"""HP second inter – Batam 📱
iPhone ex Singapore, iCloud bersih, baterai 86%
Fullset dus, charger ori
IMEI belum terdaftar, hanya bisa pakai wifi di luar Batam
Harga 4,3 jt, Nagoya Hill"""),
("listing","hn_upcycling",1,1,1,0,"""Jasa upcycle baju lama ♻️ – Denpasar
Bawa kemeja atau jeans bekas milik sendiri, kami ubah jadi outer, tote bag atau bantal.
Ongkos mulai 50rb.
Kami tidak jual baju bekas, hanya mengolah milik pelanggan.
Workshop di Jl. Gatot Subroto Barat, nggih."""),
("post","hn_job",0,1,1,1,"""DICARI – Admin live TikTok toko cakar, Makassar
Tugas: live 4 jam/hari menawarkan barang karung Korea
Gaji 2,5 jt + bonus
Syarat: lancar bicara, tidak malu kamera
Kirim CV ke email toko, jangan telepon"""),
("post","hn_travel_food",0,0,0,0,"""Day trip Nunukan – Tawau 🛳️
Berangkat speedboat jam 7 dari Pelabuhan Tunon Taka, paspor & PLB siap.
Di Tawau makan roti canai dan teh tarik, jalan ke pasar ikan.
Pulang sore, cuma bawa oleh-oleh coklat.
Tips: tukar ringgit di Nunukan, kursnya lebih enak."""),
("post","hn_local_market",1,0,1,0,"""Pasar Pharaa Sentani – blok pakaian baru 👕
Mama-mama jual noken, kaos sablon Papua, dan baju batik motif Sentani, semua BARU
Buatan UMKM Jayapura
Harga 50-200rb
Kam datang pagi, siang panas sekali"""),
("post","hn_local_used",1,1,1,0,"""Jual baju bekas keluarga, BUKAN impor 🙏
Kami dari Putussibau, kumpulkan pakaian layak dari saudara dan tetangga.
Harga 5-20 ribu, hasilnya buat bantu biaya berobat nenek.
Tidak ada barang dari Malaysia, semua dari lemari kami sendiri.
Datang ke rumah dekat Jembatan Kapuas."""),
("article","hn_oped",0,1,1,1,"""Surat pembaca – Bali Post
Saya penjahit kecil di Gianyar. Sejak anak muda gemar baju seken dari karung impor, pesanan kebaya dan kemeja endek menurun.
Saya tidak membenci pembeli; harga memang jadi soal.
Tapi mohon pemerintah benar-benar menjaga pelabuhan, dan anak muda mencoba produk perajin lokal.
Suksma."""),
("post","hn_swap",0,1,1,0,"""Tukar Baju Kampung 🔁 – Palembang
Bawa maksimal 5 pakaian bekas milik sendiri yang masih layak
Tukar dengan punya peserta lain, tanpa uang
Tempat: balai RT 12 Plaju, Minggu jam 8
Sisa pakaian akan didonasikan ke panti"""),
("article","hn_news",0,1,1,1,"""DENPASAR – Bea Cukai Ngurah Rai menggagalkan pengiriman 40 koli pakaian bekas yang disamarkan sebagai 'kain perca' dari Malaysia.
Petugas curiga karena berat koli tidak sesuai dokumen.
Pengirim terancam sanksi kepabeanan.
Barang kini disimpan di tempat penimbunan pabean sebelum dimusnahkan."""),
("comment","hn_report",0,1,1,1,"""Min, tolong cek akun @lelong_borneo99.
Di bio dia tulis 'koli Malaysia tiap Rabu' dan live jualan seprei bekas luar.
Saya pedagang kain lokal di Pontianak, kami kalah harga terus.
Bukti screenshot sudah saya kirim via form laporan."""),
]
