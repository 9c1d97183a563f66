R = [
("post","hn_buyer_diary","0111","""Diary Sabtu: ke Senen sama adik 🚆
Turun di stasiun Pasar Senen jam 9, langsung naik ke Blok III lantai 2. Tumpukan baju dari goni Jepang udah dibuka, orang rebutan kayak diskon akhir tahun.
Aku dapet 2 kemeja linen dan 1 jaket denim, adik dapet rok plisket.
Total kami habis 160 ribu. Pulangnya langsung rendam semua pake air panas sesuai nasehat ibu.
Capek tapi seru, bulan depan mungkin ke Gedebage."""),
("post","hn_buyer_diary","0111","""Catatan perjalanan ke Medan hari ketiga.
Pagi ini aku diajak sepupu ke Pajak Melati. Lorongnya sempit, baju bekas Korea dan Jepang digantung sampai ke atap.
Aku cuma beli satu kemeja flanel, 25 ribu, karena koper sudah penuh.
Sepupu bilang dulu waktu kuliah semua bajunya dari sini. Unik juga melihat orang menawar pakai logat Batak.
Besok lanjut ke Danau Toba."""),
("post","hn_buyer_question","0111","""Mau tanya dong buat yang udah pengalaman 🙏
Aku pengen coba beli pakaian second asal Jepang di pasar buat dipakai sendiri, bukan buat jualan.
1. Pasar mana yang barangnya paling bersih di Jakarta?
2. Harus datang jam berapa?
3. Perlu bawa kantong sendiri?
4. Cara nawar yang sopan gimana ya?
Makasih sebelumnya!"""),
("post","hn_buyer_question","0111","""Teman-teman Kompasiana/Forum, saya mau bertanya.
Anak saya kuliah di Bandung dan sering membeli jaket bekas asal Korea di Gedebage.
Apakah ada risiko penyakit kulit? Bagaimana cara membersihkannya yang benar?
Dan apakah membeli untuk dipakai sendiri juga termasuk melanggar aturan?
Mohon pencerahannya."""),
("post","hn_scam_warning","0111","""⚠️ THREAD PENIPUAN KARUNG BAJU IMPOR ⚠️
Aku mau cerita biar gak ada korban lagi.
Bulan lalu aku lihat iklan: "Goni Korea grade A 100kg cuma 2,5 juta, kirim dari Batam".
Aku DP 1 juta, dikasih foto resi palsu. Pas ditanya, katanya barang ditahan Bea Cukai dan butuh 'uang pelicin' 1,5 juta lagi.
Setelah aku menolak, nomornya langsung gak aktif.
Tolong jangan tergiur harga murah, apalagi barangnya memang dilarang masuk."""),
("post","hn_scam_warning","0111","""Buat grup reseller pakaian luar, hati-hati ya.
Ada akun yang ngaku-ngaku 'supplier langsung pelabuhan Dumai', isi postingannya: "ready koli Jepang, harga pabrik, bisa COD gudang".
Ternyata alamat gudangnya fiktif. Teman saya sudah ke lokasi, yang ada cuma tanah kosong.
Screenshot percakapan saya lampirkan di komentar. Kalau kalian ketemu nama rekening yang sama, jangan transfer."""),
("review","hn_complaint","0111","""Review pengalaman belanja online (bukan promosi):
Aku beli paket '10 kemeja second Jepang' dari toko di marketplace. Di deskripsi ditulis 'kondisi 90%, bebas noda'.
Pas datang, 4 kemeja ada noda kuning di ketiak, 2 kancingnya hilang, dan baunya apek banget.
Udah komplain, penjual cuma jawab 'namanya juga barang bekas kak'.
Pelajaran buat aku: jangan beli barang seken luar negeri tanpa lihat langsung."""),
("post","hn_report","0111","""Laporan untuk tim moderasi:
Akun @gudang.koli.bdg setiap malam melakukan siaran langsung membuka karung pakaian bekas dari Korea dan menjual per nomor.
Dalam siaran tanggal 12 terlihat tulisan 'ex Korea' di karung dan penjual menyebut barang baru tiba dari Tanjungpinang.
Mohon ditindak sesuai kebijakan platform tentang barang terlarang. Bukti rekaman terlampir."""),
("article","hn_news","0111","""Petugas gabungan Bea Cukai dan TNI AL menggagalkan penyelundupan pakaian bekas di perairan Selat Malaka pada Selasa malam.
Sebuah kapal kayu bermuatan sekitar 500 karung pakaian bekas asal Malaysia dicegat sebelum merapat ke Tanjungbalai.
Nakhoda dan dua anak buah kapal diamankan untuk pemeriksaan lebih lanjut.
Menurut petugas, barang rencananya akan didistribusikan ke sejumlah pasar di Sumatera Utara dan Riau.
Seluruh muatan akan dimusnahkan setelah proses hukum selesai."""),
("article","hn_news","0111","""Pedagang pakaian bekas impor di Pasar Gedebage mengaku semakin sulit mendapatkan pasokan sejak pengawasan di pelabuhan diperketat.
Sejumlah pedagang yang ditemui mengatakan harga satu bal dari Korea kini hampir dua kali lipat dibanding tahun lalu.
Pemerintah Kota Bandung menyatakan akan membantu pedagang beralih menjual produk lokal, termasuk lewat pelatihan dan akses modal.
Namun sebagian pedagang masih ragu karena margin produk baru dinilai lebih kecil."""),
("post","hn_opinion","0111","""Opini pribadi soal baju seken luar negeri 👇
Aku ngerti kenapa orang suka: bahannya bagus, mereknya terkenal, harganya murah.
Tapi tiap kali lihat foto tumpukan karung di pelabuhan, aku mikir: itu sisa konsumsi negara kaya yang dilempar ke kita.
Konveksi kecil di kampungku banyak yang tutup karena kalah harga.
Jadi meskipun aku dulu sering beli kemeja Jepang bekas, sekarang aku coba kurangin."""),
("post","hn_tutorial","0111","""CARA MENCUCI BAJU SEKEN DARI KARUNG IMPOR SEBELUM DIPAKAI 🧺
1. Pisahkan berdasarkan bahan (katun, wol, sintetis)
2. Rendam air panas ±60°C dengan deterjen selama 30–60 menit (wol pakai air hangat saja)
3. Tambahkan cairan disinfektan khusus pakaian
4. Bilas 2–3 kali sampai bersih
5. Jemur di bawah matahari langsung
6. Setrika dengan suhu tinggi untuk membunuh kutu & jamur
Jangan dipakai sebelum dicuci, sebagus apa pun kondisinya!"""),
("post","hn_memory","0111","""Waktu aku kecil di Ambon, tiap mau Natal mama ajak ke cakar bongkar di Mardika.
Kami pilih baju dari tumpukan yang katanya datang dari Singapura, terus mama tawar sampai penjualnya ketawa.
Baju Natal aku hampir selalu bekas orang luar, tapi aku gak pernah merasa malu.
Sekarang lihat berita soal larangan impor, aku jadi inget masa-masa itu. Campur aduk rasanya."""),
("article","hn_vendor_interview","0111","""Rudi (45), pedagang di Pasar Senen, mengaku sudah berjualan baju second impor sejak 2005.
Menurutnya, sebagian besar barang yang ia jual berasal dari Jepang dan Korea, dibeli dalam bentuk bal dari pemasok di lantai atas.
'Kalau memang dilarang, kami minta diberi waktu dan jalan keluar,' ujarnya.
Ia menyebut omzetnya turun hampir 40 persen sejak penertiban gudang beberapa bulan lalu."""),
("post","hn_research_note","0111","""Catatan lapangan hari ke-5 (penelitian rantai pasok sandang bekas):
- Informan A (pedagang eceran Gedebage): membeli per bal dari agen, tidak tahu pelabuhan masuknya
- Informan B (sopir ekspedisi): pernah mengangkut karung dari Dumai ke Bandung, dibungkus terpal
- Informan C (pembeli): mahasiswa, beli jaket Korea untuk dipakai sendiri
Perlu verifikasi silang dengan data Bea Cukai minggu depan."""),
("post","hn_sale_over","0111","""Cerita dikit soal usahaku dulu.
Tahun 2019–2022 aku jualan kemeja eks Jepang online, ambil barang per goni dari Gedebage.
Sempat laku banget, sehari bisa kirim 30 paket.
Tapi sejak aturan larangan makin ketat dan akun sering di-takedown, aku berhenti total.
Sekarang aku jualan kemeja produksi sendiri. Untungnya lebih kecil, tapi tidurnya lebih tenang."""),
("post","hn_hypothetical","0111","""Iseng mikir: kalau aku buka lapak baju bekas Korea di depan kampus, modalnya berapa ya?
Satu bal katanya 5–8 juta, belum sewa tempat, belum risiko razia.
Terus kalau ketahuan, barang bisa disita semua.
Kayaknya aku mending jadi pembeli aja deh, lebih aman 😂"""),
("post","hn_parent_warning","0111","""Pesan untuk anak-anak kos dari seorang ibu:
Ibu tahu kalian suka beli baju bekas dari luar negeri di pasar karena murah dan bermerek.
Tapi tolong, cuci dulu pakai air panas, jemur sampai kering, jangan langsung dipakai.
Dulu sepupumu gatal-gatal sebulan gara-gara jaket dari goni Korea.
Lebih baik sedikit repot daripada sakit."""),
("post","hn_joke","0111","""Tanda-tanda kamu kecanduan ngubek baju bekas Nippon:
1. Bisa bedain bau goni Korea dan goni Jepang
2. Hafal jadwal bongkar lapak di Senen
3. Lemari penuh, tapi tetap bilang 'cuma liat-liat'
4. Ngerti huruf kanji cuma dari tag laundry
5. Dompet tipis, kemeja tebal 😆"""),
("post","hn_unanswered_question","0111","""Kak @lemari.seoul.id, aku udah komen di 3 postingan dan DM dari Senin.
Mau tanya coat wol bekas Korea yang abu-abu ukuran M itu masih ada atau nggak?
Terus kalau ada, bisa kirim ke Balikpapan?
Ditunggu balasannya ya kak, aku serius mau beli 🙏"""),
("post","hn_haul_no_seller","0111","""Hasil berburu sebulan terakhir 🧥
- Jaket corduroy Jepang, 40rb
- Kemeja oxford USA, 25rb
- Sweater rajut Korea, 30rb
- Sepatu kulit Inggris, 90rb
Semua dari tumpukan lapak barang second luar, aku gak inget lapaknya yang mana.
Total 185rb, jauh lebih hemat daripada beli baru."""),
("comment","hn_buyer_question","0111","""Kak mau tanya serius ya, bukan mau beli dari kakak.
Kalau aku beli baju seken Korea di pasar, terus aku jual lagi online ke teman-teman, itu termasuk melanggar aturan gak?
Soalnya aku lihat banyak akun yang diblokir. Makasih infonya."""),
]
