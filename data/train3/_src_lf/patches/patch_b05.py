p='b05_haul_evasive.py'; s=open(p).read()
after = [
("Part styling-nya aku upload besok!\n", "Buat yang nanya cara ngilangin bau karung: rendam air + cuka 1 jam, cuci biasa, jemur di tempat teduh, jangan langsung matahari biar warnanya awet.\n"),
("Komen barang mana yang paling kalian suka!\n", "FYI jaket varsity-nya sempet aku rebutin sama cowok lain di lokasi, akhirnya aku menang suit 😂\nKalau kalian mau ikut unboxing offline, mereka bolehin 5 orang per sesi, daftar dulu via DM.\n"),
("Next video: styling 4 item ini jadi 5 outfit!\n", "Catatan: lantai 2 itu panas banget siang-siang, mending dateng jam 10 pagi, bawa kipas kecil.\nDan jangan lupa cek saku, aku pernah nemu struk belanja berbahasa Korea di kantong blazer 😆\n"),
("Kalian tim Gedebage atau tim Senen?\n", "Oh iya, parkir mobil di sana 10rb, motor 3rb, bawa uang pas ya.\n"),
("Swipe buat liat before-after setelah dilaundry!\n", "Blazer yang abu-abu itu aslinya ada label dry cleaning dari Osaka, lucu banget, ketauan pemilik sebelumnya rajin rawat.\n"),
("Doain aku kuat nggak khilaf lagi Sabtu nanti 🙃\n", "Yang mau ikut, syaratnya cuma satu: jangan serakah, ambil secukupnya biar semua kebagian.\nDia juga jual per kilo buat yang mau dijual lagi, tapi itu urusan kalian sama dia langsung ya.\nAku cuma bantu info karena orangnya jujur dan harganya masuk akal.\n"),
("Video lengkap sortirnya 40 menit, link di bio!\n", "Sedikit spoiler: ada 1 jaket Arc'teryx di bal itu, kalau dijual bisa nutup hampir seperempat modal.\nTapi ada juga 30-an kaos yang sobek ketiaknya, langsung aku pisahin buat lap.\n"),
("Simpan post ini buat itinerary kalian!\n", "Kalau mau nyebrang ke Tawau sekalian, jangan lupa paspor dan cek jadwal speed di Tunon Taka, biasanya pagi.\nDan siapin ringgit receh buat beli roti dan teh tarik di sana 😋\n"),
("Lapak paling oke: \"Kak Yus\", tenda oranye ujung jalan.\n", "Jam 10 lewat dikit lapaknya udah dibongkar karena jalannya dipakai kendaraan lagi, jadi jangan kesiangan.\nPulangnya aku makan mie lendir di dekat Nagoya, wajib coba kalau ke Batam!\n"),
]
before = [
("#thriftimportmurah #balkoreamurah #bongkarbal\n", "Ecer mulai 15rb, grosir per b4l tanya langsung.\n"),
("#bongkarbalmalamini #thriftlive #karunganmurah\n", "Yang telat masuk live jangan protes ya, barang cepet abis 😂\n"),
("#thriftimport #balpres #sekenimpor\n", "ready ukuran s-xl, foto real no edit\n"),
("#b3k4s1mp0r #thr1ftmurah\n", "Harga ecer 20-70rb, grosir per b4l beda harga ya.\nKirim seluruh Indonesia, COD Jabodetabek.\n"),
("#c4k4r #c4k4rmakassar #thriftmakassar\n", "stok baru tiap minggu dari k4rung Pare\n"),
("#baleropa #thriftwinter #coatsecond\n", "kirim dari jakarta, packing vakum\n"),
("#balkorea #thriftgrosir #supplierthrift\n", "gudang di cakung, boleh survei dulu\n"),
("DM aja, jangan komen harga ya biar nggak di-take down 🙏\n", ""),
]
for a,b in after:
    assert s.count(a)==1, a
    s=s.replace(a,a+b)
for a,b in before:
    assert s.count(a)==1, a
    s=s.replace(a,b+a)
# longer evasive / explicit ones
more = [
("DM aja, jangan komen harga ya biar nggak di-take down 🙏\n",
"Soalnya kemarin akun lama kena banned gara-gara ada yang komen pakai kata yang \"itu\" 😩\n"
"Jadi sekarang semua transaksi lewat chat pribadi aja.\n"
"Stok minggu ini: 40 kemeja putih & biru muda, 25 celana bahan hitam, 12 blazer wanita.\n"
"Cocok buat yang baru kerja atau mau interview.\n"
"Pengiriman tiap Selasa & Jumat, pakai ekspedisi biasa.\n"),
("#sandangluar #karungluar #secondluar\n",
""),
("Harga 20-60rb. Info lengkap di WA 0857xxxx.\n",
"Tolong jangan tulis kata-kata yang bikin postingan ini hilang di kolom komentar ya kak, cukup tulis \"info\" saja.\n"
"Nanti admin kirim katalog lengkap lewat chat, ada sekitar 300 foto.\n"
"Pengiriman dari Bekasi, bisa instan untuk Jabodetabek.\n"
"Pembelian minimal 3 potong untuk luar kota biar ongkirnya sepadan.\n"
"Terima kasih yang sudah langganan sejak akun pertama 🙏\n"),
("#prelovedimport #thriftbal #balkoreajepang\n",
""),
("Pengiriman luar kota setiap hari kecuali Minggu.\n",
"Kami sudah jualan sejak 2014, awalnya lapak di pasar, sekarang sudah punya gudang sendiri.\n"
"Setiap karung yang datang kami buka, pilah, dan cuci sebelum difoto.\n"
"Kemeja pria 20-35rb, dress wanita 25-50rb, jaket 50-120rb.\n"
"Untuk pedagang yang mau ambil banyak, ada harga grosir per karung, silakan tanya.\n"
"Testimoni pembeli bisa dilihat di album foto, lebih dari 2.000 transaksi.\n"),
("Minimal order 1 bal. Pembayaran transfer atau COD gudang.\n",
"Daftar harga per bal (±100 kg):\n"
"Korea campur 8,5-9,5 jt | Jepang campur 13-14 jt | China campur 5 jt | USA kaos & flanel 11-12 jt\n"
"Kami sediakan juga bal khusus: jaket, jeans, sepatu, tas, anak-anak.\n"
"Gudang kami di Cakung dan Tanjung Priok, barang langsung turun dari kontainer.\n"
"Pengiriman luar Jawa lewat ekspedisi yang sudah biasa bawa barang kami, dijamin sampai.\n"),
]
for a,b in more:
    if b:
        assert s.count(a)==1, a
        s=s.replace(a,a+b)
open(p,'w').write(s)
