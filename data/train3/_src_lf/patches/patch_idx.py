import sys, importlib
sys.path.insert(0,'.')
ADD = {
('b05_haul_evasive',3): "Jujur capek, tapi seru. Kalau kalian mau bareng next trip, aku bikin grup kecil maksimal 6 orang, patungan bensin.\n",
('b05_haul_evasive',6): "Tips tambahan dari aku: jaket gore-tex bekas itu cek dulu seam tape bagian dalam, kalau udah ngelupas berarti udah nggak waterproof.\nFleece-nya aku cuci 2 kali pakai air hangat, baunya langsung hilang.\nNext aku mau review lapak monza yang di Pajak Sambu, katanya lebih murah tapi harus sabar bongkar.\n",
('b05_haul_evasive',7): "Update: aku order lagi 2 paket buat adikku, satu isinya bagus (ada jaket North Face!), satu lagi biasa aja.\nJadi memang untung-untungan ya, anggap aja hiburan.\nMereka juga jual per kilo buat yang mau dijual ulang, tanya aja ke adminnya.\n",
('b05_haul_evasive',8): "Tips dari aku buat yang baru ke Makassar:\n- Datang Minggu pagi, itu hari \"buka baru\"\n- Bawa uang pecahan kecil\n- Jangan malu nawar, tapi jangan sampai setengah harga juga\nBanyak yang DM minta alamat Daeng Ani, aku kasih di highlight ya.\n",
('b05_haul_evasive',11): "Harga di sana rata-rata lebih murah dari Tarakan karena barangnya langsung dari speed Tawau.\n",
('b05_haul_evasive',12): "Jastip-nya aku batasi 20 slot, fee 20rb per barang, pengiriman dari Batam ke Jawa pakai kargo laut.\n",
('b05_haul_evasive',16): "Mereka nyortir langsung dari bal yang dibuka di gudang belakang toko, jadi yang dipajang cuma yang terbaik.\nHarganya memang premium, tapi untuk barang desainer Jepang, masih jauh di bawah harga aslinya.\nMereka juga terima pesanan cari barang tertentu, tinggal kirim foto referensi.\nKode \"HAUL1JT\" diskon 5% (bukan afiliasi, cuma minta tolong ke owner).\n",
('b05_haul_evasive',22): "Catatan: ukuran kemeja kebanyakan M-L, blazer wanita mostly ukuran Jepang jadi agak kecil, cek lingkar dada di katalog.\n",
('b05_haul_evasive',27): "Barang datang dari k a r u n g   B a t a m tiap dua minggu, jadi kalau kehabisan tunggu batch berikutnya ya.\n",
('b05_haul_evasive',43): "Untuk pembelian pertama kami sarankan ambil bal campur dulu supaya bisa lihat perputaran barang di daerah kakak.\n",
('b04_live_reseller',20): "Setiap peserta live yang beli barang kepala dapat bonus 1 barang badan gratis.\nJangan lupa follow dan nyalakan lonceng biar dapat notif.\n",
('b04_live_reseller',24): "Yang di luar area itu masih bisa daftar antre, kami buka wilayah baru tiap 3 bulan.\nKarung dikirim pakai ekspedisi darat, sampai 2-4 hari.\n",
('b04_live_reseller',28): "Hubungi kami lewat pesan, sebutkan nama kecamatan dan pasar mingguan yang biasa didatangi.\n",
('b04_live_reseller',29): "Gudang kami di dekat pintu tol Cibubur, dekat halte, gampang dijangkau angkutan umum.\nProses rekrutmen: kirim CV, interview singkat, lalu training 3 hari.\n",
('b04_live_reseller',31): "Saya juga bisa bantu urus karung sampai ke pelabuhan tujuan.\n",
('b04_live_reseller',36): "Slot batch ini 40 orang, sisa 12.\n",
('b09_critical_complaint',4): "Catatan tambahan: waktu aku tanya asal barang di komentar, host-nya jawab \"dari bal Jepang kak, lewat Batam\". Dan komentarku langsung dihapus 😶\nJadi buat kalian yang lagi kepo pengen ikut, pikir-pikir lagi ya.\n",
('b09_critical_complaint',10): "Beberapa mahasiswa juga cerita pernah ikut \"patungan bal\" dan rugi. Ada yang isinya setengah sampah, ada yang koordinatornya kabur.\nAku tutup sesi dengan ajakan: kalau suka barang second, cari preloved lokal atau ikut swap, dan dukung konveksi lokal yang bikin baju baru dengan harga wajar.\n",
('b09_critical_complaint',11): "Dan satu lagi: jangan lupa, pakaian impor bekas juga masuk tanpa pemeriksaan kesehatan apa pun.\nJadi \"ramah lingkungan\" versi karungan itu sebenarnya memindahkan masalah, bukan menyelesaikannya.\n",
('b09_critical_complaint',14): "Sebagai tambahan, akun yang sama juga membuat unggahan lain dengan kata \"balan pendek ±200 pcs\" dan \"ready koli 60 kg\", yang saya pahami juga merupakan penjualan pakaian bekas impor dalam bentuk bal.\nSaya siap memberikan informasi tambahan jika diperlukan.\n",
('b09_critical_complaint',17): "Buat teman-teman sesama penjahit, ayo kita laporkan juga kalau ketemu iklan seperti ini. Dan buat pembeli, coba bandingkan: kemeja kami memang lebih mahal, tapi baru, ukurannya pas, dan uangnya berputar di kampung sendiri.\n",
('b09_critical_complaint',22): "Tambahan keterangan: saat saya menghubungi penjual untuk meminta pengembalian dana, penjual menjawab \"barang bal memang untung-untungan, no retur\" lalu memblokir akun saya.\nSaya berharap laporan ini dapat membantu mencegah korban lain.\n",
('b09_critical_complaint',24): "Tembusan: Ketua RT 03, Ketua RT 04, Babinsa, dan Bhabinkamtibmas kelurahan.\nTerlampir foto spanduk, video aktivitas bongkar muat, dan daftar tanda tangan 37 kepala keluarga.\n",
('b09_critical_complaint',28): "Kami juga menemukan bahwa beberapa toko menggunakan nama merek lokal untuk mengelabui pembeli, padahal deskripsi barang menyebut \"ex bal Korea\" atau \"karungan Jepang\".\nKami siap berdiskusi dan membantu penyusunan daftar istilah yang sering dipakai penjual.\n",
('b09_critical_complaint',13): "Beberapa video lama masih bisa ditemukan di akun re-upload orang lain, dan aku sudah minta mereka menurunkan.\nKalau ada supplier yang masih pakai cuplikan videoku untuk promosi, tolong kabari.\n",
('b09_critical_complaint',26): "Additional note: the same seller also posts live sessions titled \"buka karung roma\" every Friday evening, and tags a shipping contact for Tarakan and Parepare.\nScreenshots attached.\n",
('b10_scam_review_question',0): "Ciri-ciri akun penipu yang kami rangkum dari para korban:\n- akun baru, follower dibeli, komentar dimatikan\n- minta transfer ke rekening pribadi yang namanya beda dengan nama toko\n- selalu buru-buru (\"stok tinggal 1 bal\", \"kapal berangkat besok\")\n",
('b10_scam_review_question',1): "Buat yang sudah jadi korban, kumpulkan bukti chat dan transfer, nanti kita lapor bersama-sama ke kantor polisi dan bank.\nAdmin juga sudah minta koperasi pasar buat bikin sosialisasi.\n",
('b10_scam_review_question',2): "Aku juga sempat ditawari jadi \"leader\" kalau bisa ngajak 5 orang deposit. Untung aku nggak mau.\nSekarang aku fokus jualan kue kering, kecil-kecilan tapi jelas.\nKalau kalian ditawari program serupa, tolong hati-hati.\n",
('b10_scam_review_question',6): "Buat yang nanya nama tokonya: aku nggak mau sebut di sini karena sudah ganti nama 3 kali. Intinya, hati-hati dengan toko baru yang cuma jual \"bal\" dengan foto gudang dari internet.\nAku juga sudah lapor ke platform, tapi responnya lambat.\n",
('b10_scam_review_question',12): "Satu catatan lagi: waktu saya tanya kenapa isinya jauh dari foto, penjual menjawab \"bal itu acak bu, namanya juga barang luar\".\nSisa yang tidak laku saya jadikan lap dan sebagian saya berikan ke tetangga.\n",
('b10_scam_review_question',16): "Dan satu lagi: stok yang numpuk di rumah bikin istri saya alergi debu. Sekarang saya jualan sembako saja.\n",
('b10_scam_review_question',8): "Kalau masih penasaran, cek dulu siapa mentornya, minta bukti usaha nyata, dan jangan pernah transfer ke rekening pribadi tanpa kontrak.\nDan ingat, bisnis yang diajarkan itu sendiri melanggar larangan impor.\n",
('b11_news',17): "Sejumlah pengamat menilai perlu ada kejelasan kriteria barang modal bekas yang boleh diimpor, agar tidak dimanfaatkan sebagai celah oleh importir barang lain.\n",
('b11_news',18): "Sejumlah pengendara yang melintas tampak berhenti dan memilih pakaian yang digantung di tiang-tiang bambu.\n",
('b11_news',19): "Di lokasi, pembeli terlihat membongkar tumpukan pakaian yang baru dikeluarkan dari karung.\n",
('b11_news',21): "Sebagian pedagang di Pasar Gusher mengaku pasokan berkurang sejak pengawasan diperketat, dan harga per karung naik.\n",
('b12_opinion_official',3): "Saya juga ngajak pedagang thrift di pasar kami bicara, bukan bertengkar. Beberapa sudah mulai ambil kaos dari konveksi saya untuk dijual di lapaknya.\n",
('b12_opinion_official',7): "Catatan redaksi: surat pembaca telah disunting seperlunya tanpa mengubah maksud.\n",
('b12_opinion_official',17): "Peserta juga mengusulkan agar platform memberi label edukasi pada konten haul yang mengarahkan ke penjual.\n",
('b12_opinion_official',20): "Barang bukti berupa pakaian, sepatu, dan tas bekas tersebut akan dimusnahkan setelah mendapat penetapan.\n",
('b12_opinion_official',21): "Pedagang yang membutuhkan informasi dapat menghubungi posko di kantor dinas perdagangan pada jam kerja.\n",
('b12_opinion_official',34): "Proses banding memakan waktu hingga 7 hari kerja. Selama banding berlangsung, konten tetap tidak ditampilkan.\n",
}
from collections import defaultdict
byfile=defaultdict(list)
for (f,i),add in ADD.items(): byfile[f].append((i,add))
for f,items in byfile.items():
    m=importlib.import_module(f)
    s=open(f+'.py').read()
    for i,add in items:
        last=m.RECORDS[i]['text'].split('\n')[-1]+'\n'
        assert s.count(last)==1,(f,i,last)
        s=s.replace(last,last+add)
    open(f+'.py','w').write(s)
print('done')
