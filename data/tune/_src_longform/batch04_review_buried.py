from common import R

RECORDS = [
# ---------------- buyer_review (illegal) ----------------
R("buyer_review", "review", """
⭐⭐⭐⭐⭐
Jaketnya sesuai foto, ex Jepang beneran, bahannya tebal.
Bau karungnya masih ada dikit tapi hilang setelah dicuci sekali.
Seller fast respon, dikirim hari itu juga.
Pasti repeat order, recommended buat yang suka barang luar murah!
Foto ketiga itu setelah dicuci ya, warnanya masih bagus.
"""),
R("buyer_review", "review", """
Bintang 5 buat Cakar Daeng Cantik 🥰
Blazer 45rb kondisi 9/10, nggak nyangka. Kata mbaknya dari karung Korea yang baru dibuka.
Packing rapi, dapat bonus masker.
Yang di Makassar dan sekitarnya, wajib coba belanja di sini.
Baju cakar di sini bersih-bersih, beda sama lapak lain yang masih bau karung.
"""),
R("buyer_review", "review", """
Ulasan Google Maps — Gudang Bal Batu Aji ★★★★★
Sudah 3x ambil bal di sini, timbangan jujur, segel asli.
Bal Korea mix terakhir isinya 300-an pcs, yang rusak cuma belasan.
Pemiliknya ramah, bisa bantu kirim sampai Jakarta.
Buat pedagang pemula, ini supplier yang aman.
Harga memang sedikit di atas gudang lain, tapi isinya jarang zonk.
Pelayanan bongkar muat cepat, ada tempat parkir truk.
"""),
R("buyer_review", "review", """
★★★★☆
Barangnya oke, sweater Korea asli second, ada sedikit pilling.
Pengiriman agak lama (5 hari ke Lombok) tapi masih wajar.
Minus satu bintang karena ukuran di deskripsi beda 2 cm.
Overall rekomen, harga bersahabat, toko ini sering update dari bal baru.
Buat yang ragu beli baju bekas impor online, toko ini jujur soal minus.
"""),
R("buyer_review", "review", """
Review jujur open bal di @openbal.bdg:
Aku ikut patungan 1/4 bal Korea, dapat 72 pcs, yang layak jual 60-an.
Live pembagiannya transparan, pakai undian.
Udah balik modal dalam 2 minggu jualan di IG.
Next bulan ikut lagi, recommended buat yang mau mulai usaha!
Btw mereka juga jual bal utuh kalau kalian udah berani ambil sendiri.
"""),
R("buyer_review", "review", """
⭐⭐⭐⭐⭐ Monza Kak Rut the best!
Beli 3 kemeja kerja Jepang, semua rapi, kerah nggak kusut.
Harganya 120rb dapat 3. Kak Rut juga bantu pilihkan ukuran.
Kalau ke Pajak Melati, cari kios 17 blok C ya teman-teman.
Monza di sini wangi, kata Kak Rut semua dicuci dulu sebelum digantung.
"""),
R("buyer_review", "review", """
Pesanan: Sepatu Onitsuka size 41 (second)
Penilaian: 5/5
Sepatu asli, dari bal Jepang kata sellernya, sol masih 85%.
Sudah dicuci bersih, wangi. Dapat bonus insole.
Terima kasih Sepatu Seken Cuan, langganan terus!
Buat yang takut beli sepatu bekas impor online, di sini aman, ada video detail sebelum bayar.
"""),
R("buyer_review", "review", """
★★★★★
Lelong di sini paling lengkap se-Pontianak. Kasut, jaket, beg semua ada.
Saya beli jaket Columbia 120rb, macam baru.
Abangnya jujur, kalau ada cacat dia bilang dulu.
Recommended untuk yang cari barang Malaysia murah.
Kami datang pagi jam 7, barang masih banyak pilihan.
"""),
R("buyer_review", "review", """
Testimoni dari Bu Yuli (pelanggan sejak 2020):
"Anak saya tiga, semua pakai baju Jepang dari toko ini. Bahan adem, jahitan kuat, padahal second.
Harga 15-25rb sepotong. Tiap bulan saya tunggu kiriman karung barunya."
Terima kasih Bu Yuli 🙏 — Baju Anak Jepang Murah
Mau ikut jadi pelanggan seperti Bu Yuli? Katalog baju anak bekas impor Jepang ada di highlight.
"""),
R("buyer_review", "review", """
Rating 5 — Vintage Denim Lab
Levi's 505 dari bal USA, fading cantik, ukuran pas sesuai deskripsi.
Seller ukur manual dan kirim video detail sebelum bayar.
Harganya memang di atas pasar Senen, tapi kurasi mereka worth it.
Will buy again.
Packing pakai kertas minyak dan kardus tebal, rapi banget.
"""),
R("buyer_review", "review", """
⭐⭐⭐⭐⭐
Baru pertama ambil karung di Parepare lewat Pak Haji Baso, hasilnya bagus.
Karung kepala isinya jaket dan kemeja bermerek, hampir nggak ada yang rusak.
Sudah saya jual lagi di Palopo, laku keras.
Terima kasih Pak Haji, bulan depan ambil 5 karung.
Saran buat yang mau ambil: datang langsung biar bisa lihat karungnya, jangan cuma lewat telepon.
"""),
R("buyer_review", "review", """
Ulasan toko (Tokopedia) ★★★★★
Pembeli: a***o | Variasi: Merah-L | 2 hari lalu
"Kemeja flanel Uniqlo size L, ex Jepang, kondisi 9/10 sesuai deskripsi. Seller amanah, barang dibungkus plastik + bubble. Toko ini sering restock dari karungan, jadi sering-sering cek etalasenya."
"""),
R("buyer_review", "review", """
Mampir ke awul-awul Mbak Sri di Parakan, puas banget 😍
Jaket denim 35rb, kaos band 15rb, celana kargo 25rb.
Mbaknya bilang barang Batam, masih bau kapal dikit hehe, tapi dicuci langsung wangi.
Pokoknya yang lewat Temanggung wajib mampir.
Catatan: ini baju bekas impor ya, jadi harus sabar milih, tapi worth it.
"""),
R("buyer_review", "review", """
★★★★★ Pengalaman pertama beli baju BJ online
Gamis eks Singapura 75rb, bahannya jatuh dan adem.
Ayuk Lena ramah, mau video call nunjukin barang.
Pengiriman ke Lubuklinggau 2 hari. Mantap, lain kali beli lagi.
Baju bekas impor tapi wangi, beda dengan yang saya beli di pasar.
"""),
R("buyer_review", "review", """
Review: beli paket reseller 10 pcs kaos vintage USA
Isinya: 3 kaos kampus, 2 kaos band, 4 kaos souvenir, 1 single stitch!
Kondisi rata-rata 8. Total 250rb, sudah aku jual lagi 700rb.
Buat yang mau mulai jualan, paket dari toko ini recommended banget.
Seller juga kasih tips foto dan harga, helpful banget buat pemula.
"""),
R("buyer_review", "review", """
⭐⭐⭐⭐⭐ Cimol Teh Nenden
Abdi meser hoodie ti Korea 85 rebu, saé pisan, kandel.
Teh Nenden ramah, tiasa nawar sakedik.
Mangga nu di Bandung, mampir ka lantai 2 no 214.
Barangna beresih, teu bau apek. Hatur nuhun Teh!
Pokona mah cimol langganan abdi ayeuna.
"""),
R("buyer_review", "review", """
★★★★☆ Rombengan Inang Tiur
Kemeja kantor eks Singapura 35 ribu, bahan bagus, ada 1 kancing hilang (sudah diganti sendiri).
Kirim ke Pekanbaru pakai kapal cepat, sampai besok paginya.
Harga tak ada lawan. Kurang 1 bintang karena kancing aje.
Nanti saya beli lagi celana kerja, katanya minggu depan ada karung baru.
"""),
R("buyer_review", "review", """
Buat yang nanya aku beli sepatu gunung di mana: di lapak cakar Jl. Gajah Mada Tarakan 😆
Merrell asli, 150rb, sol Vibram masih tebal. Kata abangnya masuk dari Tawau minggu lalu.
Pelayanan ramah, bisa tawar. Bintang 5 pokoknya!
Lapaknya kecil tapi stoknya banyak, bongkar aja tumpukan paling bawah.
"""),

# ---------------- buried_offer (illegal) ----------------
R("buried_offer", "post", """
Selamat pagi semuanya, semoga hari Senin ini lancar ya 🌤️
Tadi pagi anak saya lomba mewarnai di sekolah, dapat juara harapan 2, alhamdulillah.
Habis itu saya mampir pasar beli sayur buat masak sayur asem, resep mertua yang nggak pernah gagal.
Oh iya, yang kemarin nanya-nanya, karung Korea yang saya ambil minggu lalu sudah saya bongkar, jaket anak & dewasa 25-60rb, japri saja.
Sekian dulu, mau jemput si kecil. Salam sehat!
Nanti sore saya posting resep sayur asemnya buat yang minta 🥰
"""),
R("buried_offer", "post", """
Catatan perjalanan ke Sebatik (part 3) 🚤
Dari Nunukan naik speedboat 15 menit, lautnya tenang. Di Aji Kuning ada rumah yang dapurnya di Indonesia, ruang tamunya di Malaysia, unik banget.
Makan siang ikan bakar sambal colo-colo, murah meriah.
Sorenya kami ke pos lintas batas, ngobrol sama bapak-bapak penjaga yang ramah banget. Mereka cerita soal anak sekolah yang tiap hari nyeberang.
Malamnya nginep di homestay Bu Hasna, kamar bersih, 150rb termasuk sarapan nasi kuning.
Btw buat teman-teman yang titip kemarin, aku sudah beli 2 karung baju dari Tawau, sampai Jakarta minggu depan. Yang mau kebagian, isi list di Google Form di bio ya, harga 30-80rb per item.
Part 4 besok: sunrise di Tanjung Aru!
Satu lagi, di Nunukan tuh ternyata banyak yang jual barang Malaysia, dari biskuit sampai gas LPG. Beda banget rasanya sama kota besar.
Oke, sampai jumpa di part selanjutnya ✌️
"""),
R("buried_offer", "post", """
DISCLAIMER: Toko kami mendukung UMKM lokal dan tidak menjual barang ilegal.
Kami hanya menjual "pakaian pilihan" dengan kurasi ketat, dicuci, disetrika, dan dikemas rapi.
Koleksi minggu ini: kemeja, blazer, dan knitwear dari karung Jepang & Korea, kondisi 8-10/10.
Harga 40-150rb. Pemesanan lewat DM, jangan di komentar ya demi kenyamanan bersama.
Terima kasih sudah menjadi pelanggan cerdas 💚
#pakaianpilihan #kurasi #ootd #tokoonline #fashionhemat
"""),
R("buried_offer", "message", """
Bunda-bunda grup kelas 2B, mengingatkan besok pembayaran study tour paling lambat jam 10 ya.
Anak-anak bawa bekal sendiri dan topi.
Untuk bunda yang kemarin tanya jaket anak buat study tour ke Dieng, saya ada stok jaket ex Jepang dari karung, 30-50rb, kondisi bagus. Japri saya saja ya biar grup tidak ramai.
Terima kasih, Mama Kenzo 🙏
NB: Bunda yang sudah bayar study tour, mohon konfirmasi ke bendahara ya.
"""),
R("buried_offer", "article", """
5 tips hemat belanja baju lebaran:
1. Buat daftar kebutuhan, jangan lapar mata
2. Bandingkan harga online & offline
3. Manfaatkan promo tanggal kembar
4. Pertimbangkan baju layak pakai berkualitas — misalnya gamis dan koko eks Malaysia di toko kami, mulai 35rb, stok baru pecah karung kemarin 😉
5. Rawat baju lama supaya awet
Semoga bermanfaat, share ke keluarga!
#tipshemat #lebaran #keuangankeluarga #bajulebaran
"""),
R("buried_offer", "post", """
Thread curhat: 7 tahun jualan di pasar, jatuh bangun 🧵
Dulu aku jualan pulsa, bangkrut. Terus jadi ojol dua tahun.
Tahun 2019 diajak sepupu ke Medan, lihat orang jualan monza, kok rame. Dari situ mulai ambil karung sendiri.
Tahun pertama rugi terus, karung pertama isinya separuh sobek, aku sampai nangis di gudang.
Tahun kedua mulai paham: pilih supplier yang mau video buka karung, jangan tergiur harga murah.
Pandemi sempat tutup 4 bulan, jualan pindah ke live, ternyata malah rame.
Sekarang alhamdulillah punya dua lapak dan satu gudang kecil. Pelajaran: jangan malu mulai dari bawah.
PS: yang mau jadi reseller jaket & kemeja dari karung Korea aku, DM aja, modal mulai 500rb.
PPS: barangnya bekas impor ya, jadi jangan harap semuanya mulus, tapi cuan-nya lumayan.
"""),
R("buried_offer", "post", """
Resep soto Banjar ala rumah 🍲
Bahan: ayam kampung 1 ekor, bihun, telur rebus, perkedel, kayu manis, cengkeh, pala.
Bumbu halus: bawang merah 8, bawang putih 5, merica, kemiri 3, jahe seruas.
Pelengkap: sambal rawit rebus, bawang goreng, daun seledri, lontong.
Rebus ayam dengan rempah 45 menit, suwir, sajikan dengan kuah panas dan jeruk nipis.
Selamat mencoba! Oh iya, sambil nunggu kaldu mendidih, mampir ke etalase toko saya ya: sweater dan cardigan dari bal Korea baru dibuka, 35-60rb 🧶
Nanti resep berikutnya: ketupat kandangan.
#resepnusantara #sotobanjar #masakanrumah #kalsel
"""),
R("buried_offer", "message", """
[Grup Alumni SMA 3 angkatan 2008]
Kawan-kawan, reuni jadi tanggal 14 di rumah makan Pondok Bambu ya, iuran 150rb.
Dress code: batik.
Yang belum punya batik atau mau cari kemeja murah, aku ada lapak di Pasar Senen blok III, barang second dari bal Jepang, kemeja 30-50rb, khusus alumni diskon 😁
Konfirmasi kehadiran ke Dewi ya.
Yang mau sekalian nostalgia ke kantin sekolah, kita kumpul jam 3 di gerbang depan.
"""),
R("buried_offer", "post", """
Hari ini 17 tahun pernikahan kami 💍
Terima kasih suamiku yang selalu sabar menemani jualan di pasar dari subuh.
Dari lapak kecil pinggir jalan sampai sekarang punya kios sendiri di Gedebage.
Doakan kami terus sehat ya teman-teman. Dan buat pelanggan setia, besok ada diskon anniversary 17% untuk semua jaket & hoodie Korea yang baru datang 🥰
Jaketnya second tapi pilihan, kondisi rata-rata 8 ke atas. Sampai ketemu di kios!
#anniversary #gedebage #jaketkorea #cimol
"""),
R("buried_offer", "post", """
Info lowongan kerja!
Dicari 2 orang admin sosmed & 1 orang packing, lokasi Cikarang, gaji UMR + bonus.
Tugas admin: upload foto barang, balas chat, rekap pesanan live.
Barang yang kami jual: karungan pakaian dari Korea & Jepang (eceran dan per karung).
Kirim CV ke WA 0812xxxx. Sekalian, yang mau ambil stok buat jualan sendiri juga boleh kontak nomor yang sama.
Pengalaman jualan online diutamakan, terutama yang pernah pegang toko baju bekas impor.
"""),
R("buried_offer", "post", """
Tanggapan saya soal ramai-ramai larangan:
Saya paham pemerintah ingin melindungi industri. Tapi banyak ibu-ibu di kampung kami cuma mampu beli baju 10-20 ribu.
Kami bukan penjahat, kami cari makan.
Saya sudah 12 tahun jualan, dua anak saya kuliah dari hasil lapak ini.
Kalau memang mau dialihkan ke produk lokal, kami siap belajar, asal modalnya dibantu dan harganya bisa bersaing.
Buat langganan: toko tetap buka seperti biasa, rak baju Batam sudah diisi lagi minggu ini, kemeja & celana 15-40 ribu.
Semoga ada jalan tengah.
Kalau ada yang mau diskusi baik-baik, kolom komentar terbuka. Yang mau nyinyir, mohon maaf saya hapus.
"""),
R("buried_offer", "post", """
Selamat Hari Ibu untuk semua ibu hebat di luar sana 🌷
Ibuku dulu jualan kue keliling, sekarang aku yang gantian bikin usaha.
Kalau ada yang mau kado buat ibu, aku punya tas kulit & syal wol ex Jepang, 75-200rb, kondisi mulus, tinggal bungkus kado (gratis wrapping).
Peluk jauh untuk ibu-ibu semua ❤️
Catatan: tas & syalnya barang bekas impor pilihan, bukan baru, tapi cantik banget buat kado.
"""),
R("buried_offer", "post", """
Update banjir di kompleks kami: air sudah surut, tinggal lumpur. Terima kasih relawan yang sudah bantu bersih-bersih.
Gudang kami juga kena, beberapa karung basah.
Karena itu, minggu ini kami obral stok yang selamat: jaket & sweater Korea 20rb, celana 15rb. Masih layak, sudah dicuci ulang.
Yang mau bantu sekaligus belanja, silakan datang ke Jl. Cempaka 12 mulai jam 9.
Terima kasih untuk semua tetangga yang sudah kirim makanan selama banjir 🙏
"""),
R("buried_offer", "post", """
Review film kemarin: ceritanya bagus, endingnya bikin nangis 😭
Paling suka kostum tokoh utamanya, coat panjang warna camel itu lho.
Kebetulan banget di lapak aku ada coat mirip gitu, asli Jepang, layak pakai, 175rb. Cuma 1, yang cepat dapat.
Film selanjutnya yang mau kutonton: drama Korea yang lagi viral, ada rekomendasi?
#reviewfilm #coat #ootdvintage
"""),
R("buried_offer", "post", """
Jadwal pengajian ibu-ibu RT 05 bulan ini:
- Jumat 1: Bu Haji Rosidah
- Jumat 2: Bu Endang
- Jumat 3: Bu Ani
- Jumat 4: rumah saya
Sekalian info, yang butuh mukena dan gamis layak pakai dari Malaysia, saya bawa waktu pengajian di rumah saya, 40-90 ribu, boleh dicicil.
Wassalam.
NB: ibu-ibu yang mau lihat dulu, fotonya bisa saya kirim lewat WA.
"""),
R("buried_offer", "article", """
Kenapa bisnis baju bisa tetap jalan di musim hujan? Karena orang butuh jaket! ☔
Tips: simpan stok di tempat kering, pakai silica gel, jangan tumpuk di lantai.
Kalau butuh stok jaket buat jualan, aku buka slot ambil 1/2 karung (±50 kg) jaket Korea, 2,8 jt, kirim se-Jawa.
Semoga usaha kita lancar semua!
Jaketnya memang bekas impor Korea, tapi kondisi rata-rata 8, cocok buat pasar musim hujan.
"""),
R("buried_offer", "post", """
Q: Kak, jual apa sih sebenarnya?
A: Jual cerita 😆 Setiap kemeja punya kisah dari pemilik sebelumnya di Tokyo, Osaka, Sapporo...
Q: Serius dong kak.
A: Oke, jual kemeja & jaket yang didatangkan per karung dari Jepang, sudah dipakai tapi masih bagus, harga 45-120rb.
Q: Ordernya?
A: DM atau WA di bio ✨
#kemejajepang #ootdpria #vintagejapan
"""),
R("buried_offer", "post", """
Bismillah, akun ini resmi ganti nama (akun lama kena suspend, jangan tanya kenapa 🙈).
Isi toko tetap sama: pakaian pilihan dari luar, datang per karung, dipilih satu-satu.
Katalog baru tiap Selasa & Jumat.
Mohon bantu share ya teman-teman, biar pelanggan lama bisa nemu kita lagi. Terima kasih 🙏
#akunbaru #pindahakun #tokobaju
"""),
R("buried_offer", "post", """
Kata orang, Medan itu kota kuliner. Betul! Tapi Medan juga kota monza 😎
Minggu lalu aku ajak sepupu dari Jakarta ke Pajak Melati, dia kalap beli 8 jaket.
Setelah makan mie gomak dan minum kopi Sidikalang, kami lanjut ke Simalingkar.
Kalau kalian nggak sempat ke sini, aku buka jastip monza tiap Minggu, fee 15rb/item, kirim ke seluruh Indonesia. Format order di highlight.
Next konten: kuliner Kesawan malam hari, tunggu ya!
"""),
R("buried_offer", "post", """
Pengumuman untuk warga perumahan Griya Asri:
Mulai Senin, pengambilan sampah jam 6 pagi, mohon sampah dipilah.
Iuran keamanan naik 5 ribu mulai bulan depan.
Kerja bakti bersih selokan hari Minggu jam 7, mohon setiap rumah mengirim satu perwakilan.
Posyandu balita pindah ke rumah Bu Wati blok B selama balai warga direnovasi.
Lain-lain: Bu Nur blok D membuka lapak pakaian second Korea & Jepang di garasi rumahnya tiap Sabtu, barang dari karungan, harga 10-50 ribu. Silakan mampir.
Ketua RT.
Catatan tambahan: Mohon kendaraan tamu lapak Bu Nur tidak parkir di depan rumah warga lain.
"""),
R("buried_offer", "post", """
Mahasiswa rantau, ini survival guide bulan pertama:
1. Cari kos dekat kampus
2. Masak sendiri, beli rice cooker mini
3. Jangan beli baju di mall! Di kios aku dekat gerbang belakang ada jaket & kemeja cakar, baru datang karung Korea kemarin, 20-60rb
4. Ikut UKM biar punya teman
5. Simpan nomor darurat kampus & klinik terdekat
6. Telepon orang tua minimal seminggu sekali 😊
Semangat maba!
#maba #anakkos #tipsmahasiswa #hemat
"""),
R("buried_offer", "post", """
Cerita dari lapak hari ini 😅
Ada bapak-bapak datang marah karena anaknya "beli baju orang mati". Saya jelaskan pelan-pelan: ini baju layak pakai dari Korea, dipakai orang biasa lalu dijual, sudah kami cuci.
Ujungnya bapaknya malah beli 3 kemeja buat dirinya sendiri 🤭
Yang penasaran, lapak buka tiap hari, karung baru datang Kamis.
Bapak-bapak lain yang masih ragu, sini mampir, nggak ada yang bau kok hehe.
"""),
]
