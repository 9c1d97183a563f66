p='b08_charity_upcycle_goods.py'; s=open(p).read()
s=s.replace("Honma, Mizuno, Callaway JDM, set lengkap + bag (bag tidak dijual terpisah).","Honma, Mizuno, Callaway JDM, set lengkap (driver, fairway, iron, putter), tanpa tas.")
adds = [
("Mari datang dan ajak keluarga 🙏\n",
"Catatan panitia: kami hanya menerima sumbangan dari jemaat dan simpatisan, tidak menerima titipan barang dagangan dari pihak luar, apalagi barang karungan.\n"
"Barang yang tidak laku akan disalurkan ke jemaat pos pelayanan di pedalaman Kapuas Hulu.\n"),
("Terima kasih orang baik 💙\n",
"Update hari ke-3: pakaian anak usia 5-12 tahun dan selimut masih sangat kurang, sementara kemeja dewasa sudah berlebih.\n"
"Bagi yang ingin membantu dalam bentuk uang, bisa lewat rekening resmi karang taruna, laporan akan kami unggah tiap minggu.\n"),
("Info relawan: 0857xxxx\n",
"Tahun lalu kami berhasil menyalurkan 612 stel seragam ke 9 sekolah. Banyak orang tua yang bilang terbantu sekali karena harga seragam baru makin mahal.\n"
"Kami juga butuh relawan penjahit untuk memperbaiki kancing lepas dan jahitan robek, boleh dikerjakan dari rumah.\n"),
("Kami nggak jual bajunya ya, kami cuma ubah baju milik kalian.\n",
"Estimasi pengerjaan 5-7 hari kerja, antrean bisa lebih lama menjelang lebaran.\n"
"Sebelum dikerjakan kami kirim sketsa & foto ukuran, jadi kalian bisa revisi dulu.\n"),
("Kami nggak nanya asal bajunya, yang penting bersih waktu dibawa ya 🙏\n",
"Pengalaman kami: baju bekas yang bahannya bagus sayang kalau cuma nganggur di lemari karena nggak pas. Dengan sedikit permak, bisa dipakai bertahun-tahun lagi.\n"
"Kami juga bisa ganti kancing, pasang furing, atau tambahkan kantong.\n"),
("Kegiatan ini bagian dari kampanye kurangi sampah tekstil kota.\n",
"Dinas Lingkungan Hidup mencatat sampah tekstil rumah tangga terus naik tiap tahun, dan sebagian besar berakhir di TPA.\n"
"Di workshop ini peserta juga diajak mengenal cara memperbaiki kancing, menjahit tangan dasar, dan menyimpan pakaian supaya awet.\n"
"Peserta boleh membawa anak usia 10 tahun ke atas.\n"),
]
for a,b in adds:
    assert s.count(a)==1, a
    s=s.replace(a,a+b)
open(p,'w').write(s)
