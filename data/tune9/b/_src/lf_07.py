R = [
("article","hn_news","""Bea Cukai Kepulauan Riau kembali menggagalkan penyelundupan pakaian bekas impor dari Malaysia.
Petugas menemukan 420 bal pakaian bekas di lambung kapal kayu yang berlayar tanpa dokumen menuju perairan Tanjungbalai Karimun.
Nakhoda dan dua awak kapal diamankan untuk pemeriksaan lebih lanjut.
Pihak Bea Cukai menegaskan impor pakaian bekas dilarang berdasarkan Permendag Nomor 40 Tahun 2022.""",0,1,1,1),
("article","hn_oped","""Larangan impor pakaian bekas sering dipahami sebagai larangan thrifting. Padahal keduanya tidak sama.
Menjual baju bekas dari lemari sendiri, atau menyumbangkannya, tetap sah. Yang dilarang adalah masuknya bal-bal pakaian bekas dari luar negeri.
Masalahnya, di lapangan hampir semua lapak "thrift" justru menjual barang bal.
Pemerintah perlu menjelaskan perbedaan ini dengan bahasa yang mudah, bukan hanya razia.""",0,1,1,1),
("post","hn_thread_opinion","""thread soal thrifting impor, biar gak debat kusir 🧵
1. yang dilarang itu IMPOR baju bekas, bukan jual beli baju bekas
2. bal dari Korea/Jepang masuk lewat jalur gak resmi, gak bayar pajak
3. konveksi kecil kalah harga, banyak yang tutup
4. jadi kalo mau thrift, cari yang preloved lokal
semoga membantu""",0,1,1,1),
("article","hn_news","""Pedagang pakaian bekas di Pasar Senen mengaku omzet turun drastis sejak pengawasan diperketat.
"Sekarang bal susah masuk, harganya naik hampir dua kali lipat," kata Darto (45), pedagang yang sudah berjualan sejak 2005.
Sebagian pedagang mulai mencampur dagangan dengan pakaian baru produksi lokal.
Pemerintah daerah menyatakan sedang menyiapkan program pendampingan bagi pedagang terdampak.""",0,1,1,1),
("review","hn_review","""Pengalaman beli jaket thrift pertama kali 😅
Harganya murah banget, 60rb buat jaket gunung yang aslinya jutaan.
Tapi pas sampai baunya luar biasa, harus direndam 2 hari dan dicuci 4 kali.
Jahitannya masih kuat sih. Cuma setelah tau soal larangan impor, aku jadi mikir dua kali buat beli lagi.""",0,1,1,1),
("post","hn_question","""Mau tanya ke teman-teman yang paham hukum 🙏
Aku punya toko kecil jual baju preloved titipan orang-orang sekitar (barang lokal, dari lemari mereka).
Apakah ini termasuk yang dilarang pemerintah? Soalnya akun TikTok aku sering kena takedown gara-gara kata 'thrift'.
Perlu izin khusus gak ya?""",0,1,1,0),
("article","hn_news","""Kementerian Koperasi dan UKM menemukan masih banyak akun media sosial yang mempromosikan penjualan pakaian bekas impor secara terang-terangan.
Konten "bongkar bal" dan siaran langsung penjualan per karung disebut masih mudah ditemukan.
Kementerian meminta platform digital memperketat moderasi dan menurunkan akun yang melanggar.""",0,1,1,1),
("post","hn_joke","""ciri-ciri kamu anak thrift garis keras 😂
- bisa nebak isi bal dari baunya
- punya 12 jaket padahal tinggal di Bekasi yang panasnya 35 derajat
- kalo diajak ke mall malah nanya "ada yang grade A gak?"
- lemari penuh, dompet kosong, hati bahagia""",0,1,1,1),
("comment","hn_complaint","""Aku mau cerita biar gak ada korban lagi.
Bulan lalu aku transfer 3,5jt ke akun yang katanya jual bal kemeja Korea grade A.
Setelah transfer, adminnya minta tambahan ongkir 800rb, terus ngilang. Nomor WA diblokir.
Hati-hati sama penjual bal yang cuma mau transfer penuh di depan ya.""",0,1,1,1),
("article","hn_news","""Ratusan bal pakaian bekas dimusnahkan di halaman kantor Kemendag, Karawang.
Barang sitaan tersebut berasal dari beberapa gudang di Jawa Barat dan Banten yang diduga menampung kiriman dari luar negeri.
Menteri Perdagangan menyatakan pemusnahan dilakukan agar barang tidak kembali beredar di pasar.
Nilai barang yang dimusnahkan ditaksir mencapai miliaran rupiah.""",0,1,1,1),
("article","hn_oped","""Di Makassar, kata "cakar" bukan sekadar singkatan; ia bagian dari kebiasaan belanja banyak keluarga.
Ibu-ibu terbiasa membeli baju sekolah anak dan kemeja kerja suami di lapak cakar dekat rumah.
Ketika larangan impor ditegakkan, yang pertama terasa justru di dapur mereka.
Kebijakan yang baik seharusnya menyediakan alternatif sandang murah sebelum menutup keran.""",0,1,1,1),
("post","hn_thread_opinion","""gue dulu penjual thrift impor, sekarang udah pindah jual brand lokal. cerita dikit:
- margin bal memang gede, tapi risikonya juga gede (razia, barang zonk)
- sekarang kerja sama konveksi Bandung, barang baru, untung lebih kecil tapi tenang
- customer lama awalnya protes, sekarang banyak yang balik
jadi buat yang masih ragu buat pindah, bisa kok""",0,1,1,1),
("review","hn_review","""Review seragam kerja dari Konveksi Maju Jaya ⭐⭐⭐⭐⭐
Pesan 60 kemeja PDH untuk kantor, jadi tepat waktu 12 hari.
Bordir logo rapi, ukuran sesuai pesanan, bahan drill tebal tapi tidak panas.
Adminnya responsif. Bakal order lagi untuk kaos gathering.""",0,0,1,0),
("article","hn_news","""Polres Nunukan mengamankan dua unit truk yang mengangkut puluhan karung pakaian bekas asal Tawau, Malaysia.
Sopir mengaku hanya diupah mengantar barang ke gudang di pinggir kota.
Polisi masih menelusuri pemilik barang dan jaringan distribusinya di Kalimantan Utara.""",0,1,1,1),
("post","hn_question","""Guys, aku bingung 😵
Di TikTok banyak akun live jual baju "second import" terus ada yang bilang itu ilegal.
Kalau aku beli sebagai pembeli, aku bisa kena masalah juga gak?
Dan gimana cara tau baju thrift itu lokal atau impor?""",0,1,1,1),
("article","hn_oped","""Data BPS menunjukkan lonjakan impor pakaian bekas dalam beberapa tahun terakhir, padahal barang itu jelas dilarang.
Angka resmi kemungkinan hanya puncak gunung es, karena sebagian besar bal masuk lewat pelabuhan kecil dan jalur tikus di pesisir Sumatra dan Kalimantan.
Penegakan di hilir, di pasar dan lapak, tidak akan efektif tanpa pengawasan pintu masuk.""",0,1,1,1),
("post","hn_joke","""pacar: kamu beli baju baru lagi?
aku: bukan baru, ini thrift
pacar: berarti bekas?
aku: bekas orang Seoul, beda level 💅
pacar: berapa?
aku: ...15rb
pacar: oke fine""",0,1,1,1),
("comment","hn_report","""Min, tolong akun @bal.grosir.mdn dicek.
Tiap malam live bongkar bal, bilang barangnya langsung dari Port Klang, dan buka pendaftaran reseller.
Padahal platform ini katanya melarang jual barang bekas impor.
Sudah aku laporkan tiga kali tapi masih aktif.""",0,1,1,1),
("article","hn_news","""Dinas Koperasi dan UMKM Kota Bandung menggelar pelatihan bagi eks pedagang thrift di kawasan Gedebage dan Cibadak.
Peserta diajari membuat pakaian ready-to-wear sendiri dan memasarkannya secara online.
Program ini diharapkan membantu pedagang yang kesulitan mendapat pasokan bal setelah pengawasan impor diperketat.""",0,1,1,1),
("review","hn_review","""Nyobain belanja baju di pasar tradisional Beringharjo buat pertama kali 🛍️
Batiknya bagus-bagus dan murah, ada kemeja batik cap 70rb.
Penjualnya ramah, bisa tawar sedikit.
Lantai atasnya agak panas, jadi datang pagi aja. Recommended buat oleh-oleh!""",0,0,1,0),
]
