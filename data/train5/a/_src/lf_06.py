R = [
("message","hn_buyer_chat_unanswered","0111","""Pembeli (09.14): Halo kak, kemeja seken Jepang yang motif garis masih ada?
Pembeli (09.15): Ukuran L ya kak
Pembeli (11.40): Kak?
Pembeli (15.02): Kalau sudah laku gak apa-apa, kabari aja ya
[pesan belum dibaca]"""),
("post","hn_scam_quote_ad","0111","""Hati-hati dengan iklan seperti ini 👇
"READY GONI KOREA PREMIUM ✨ isi 300pcs, 1,2 JT SAJA, GRATIS ONGKIR SE-INDONESIA, TRANSFER DULU BARANG LANGSUNG JALAN"
Aku dan dua temanku udah jadi korban. Transfer total 3,6 juta, barang gak pernah datang, akun dihapus.
Harga segitu gak masuk akal. Tolong share biar gak ada korban berikutnya."""),
("post","hn_complaint_quote_ad","0111","""Iklannya bilang: "jaket ex Japan grade A, kondisi 95%, tanpa minus".
Kenyataannya: resleting macet, lapisan dalam robek, ada noda oli di punggung.
Penjual malah bilang aku 'gak ngerti barang seken'.
Aku cuma mau kasih tahu, kalau beli barang bekas luar negeri online, minta video asli sebelum bayar."""),
("article","hn_news_quote_seller","0111","""Di sebuah lapak di Pasar Senen, seorang pedagang terdengar menawarkan celana jeans bekas impor kepada pengunjung dengan harga Rp 35.000 per potong.
Ia mengatakan kepada wartawan bahwa barangnya baru dibuka dari goni pagi itu dan berasal dari Jepang.
Meski larangan telah berlaku, aktivitas jual beli di blok tersebut masih ramai, terutama pada akhir pekan.
Pengelola pasar mengaku belum menerima instruksi penertiban."""),
("post","hn_buyer_diary_english","0111","""Spent my Saturday digging through piles at Gedebage 🧺
The Korean secondhand jackets were insane – thick, branded, and dirt cheap. Got a Uniqlo down jacket for 45k.
Honestly felt a bit conflicted after reading about the import ban, but the experience itself was fun.
Washing everything twice before wearing. Not sharing the stall, don't ask 😅"""),
("post","hn_buyer_diary_banjar","0111","""Kemarin ulun ke pasar loak di Banjarmasin, banyak banar baju bekas luar, ujar urang dari Malaysia.
Ulun tukar jaket gasan abah, harganya murah banar, 25 ribu haja.
Sampai di rumah langsung dibasuh wan banyu panas, maklum barang urang."""),
("post","hn_buyer_diary_palembang","0111","""Tadi pagi aku ke pasar 16 Ilir, nyari BJ.
Wong-wong lagi ngubek baju dari Singapura tu, aku dapet kemeja kantor duo, 30 ribu galo.
Balik ke rumah langsung dicuci, ibu aku galak nian kalu baju BJ dak dicuci dulu."""),
("post","hn_buyer_question","0111","""Pertanyaan untuk forum ibu-ibu 🙋‍♀️
Ada yang pernah beli selimut dan sprei bekas Korea di pasar?
Aku lihat di Pasar Tungging banyak banget, tebal-tebal dan murah.
Tapi aku khawatir soal kebersihan, karena mau dipakai di kamar anak.
Cara mencucinya gimana ya biar benar-benar aman?"""),
("comment","hn_buyer_question","0111","""Bang, video abang bagus banget soal sejarah monza di Medan.
Aku mau tanya, sekarang masih ada gak lapak yang jual barang Korea di Jalan Monginsidi? Atau udah pindah semua ke pajak lain?
Aku orang Jakarta mau liburan ke Medan bulan depan, pengen lihat langsung."""),
("post","hn_scam_warning_group","0111","""[PENGUMUMAN ADMIN GRUP]
Beberapa anggota melaporkan penipuan oleh akun yang mengaku menjual koli pakaian bekas Jepang dari Tanjungpinang.
Modusnya: kirim foto gudang, minta DP, lalu menghilang.
Admin sudah mengeluarkan akun tersebut.
Mengingatkan juga: grup ini adalah grup diskusi fashion, bukan tempat jual beli barang second luar negeri. Posting penawaran akan dihapus."""),
("post","hn_report_platform","0111","""Halo tim marketplace,
Saya menemukan toko dengan nama 'Nippon Second Store' yang menjual kemeja, jaket, dan sepatu bekas dengan keterangan 'barang import Jepang, langsung dari karung'.
Ada lebih dari 300 produk aktif.
Bukankah ini dilarang? Mohon diperiksa. Saya tidak punya hubungan apa pun dengan toko tersebut, hanya pengguna yang peduli."""),
("article","hn_news","0111","""Tim patroli Bea Cukai Nunukan menghentikan sebuah speedboat yang membawa 120 karung pakaian bekas dari Tawau, Malaysia.
Muatan tersebut diduga akan dijual di pasar-pasar di Kalimantan Utara dan sebagian dikirim ke Sulawesi.
Dua orang awak ditahan, sementara pemilik barang masih dalam pencarian.
Petugas mengimbau masyarakat tidak membeli pakaian bekas impor karena berisiko bagi kesehatan."""),
("article","hn_explainer","0111","""Mengapa pakaian bekas impor dilarang?
Pertama, alasan kesehatan: uji laboratorium pernah menemukan jamur dan bakteri pada sampel pakaian dari karung impor.
Kedua, alasan ekonomi: pakaian bekas dari Jepang, Korea, dan negara lain dijual sangat murah sehingga menekan produsen lokal.
Ketiga, alasan lingkungan: sebagian isi bal tidak layak jual dan berakhir sebagai sampah.
Dasar hukumnya adalah Permendag 18/2021 jo. Permendag 40/2022 yang memasukkan pakaian bekas dalam daftar barang dilarang impor."""),
("post","hn_tutorial","0111","""Tips untuk kamu yang baru pertama kali ke pasar baju seken impor:
- bawa uang tunai pecahan kecil
- pakai masker, debu di tumpukan baju lumayan
- jangan bawa tas besar, lorongnya sempit
- kalau nemu yang cocok, langsung tawar, jangan ditinggal
- cek ukuran: barang Jepang dan Korea biasanya lebih kecil satu nomor
Dan yang paling penting: cuci dulu sebelum dipakai!"""),
("post","hn_opinion","0111","""Unpopular opinion: pakaian bekas Jepang itu bukan 'sustainable fashion' kalau kita di Indonesia yang harus nampung sisa-sisanya.
Sustainable itu kalau baju bekas diputar di dalam komunitasnya sendiri, bukan dikirim ribuan kilometer dalam karung.
Aku gak menyalahkan pembeli atau pedagang kecil, tapi narasinya perlu diluruskan."""),
("post","hn_memory","0111","""Tahun 2003, aku kerja di Batam. Tiap gajian, kami satu mes pergi ke pasar di Jodoh buat cari baju bekas dari Singapura.
Kemeja kantor aku hampir semuanya dari sana.
Sekarang aku udah di Jakarta dan pasar itu katanya sudah sepi.
Kadang kangen suasana rebutan baju sambil ketawa-ketawa."""),
("article","hn_vendor_interview","0111","""Seorang mantan pedagang awul-awul di Yogyakarta bercerita kepada kami bahwa dulu ia mengambil barang per karung dari pemasok di Surabaya, yang mendatangkannya dari Korea.
Ia menghentikan usahanya tahun lalu setelah beberapa kali terkena razia.
'Sekarang saya jualan angkringan. Pendapatan tidak sebesar dulu, tapi tidak was-was,' ujarnya."""),
("post","hn_research_note","0111","""Ringkasan wawancara kelompok fokus (6 mahasiswa, Bandung):
- 5 dari 6 pernah membeli jaket atau kemeja bekas asal Korea/Jepang di Gedebage atau Cimol
- alasan utama: harga dan merek
- hanya 2 orang yang tahu bahwa impor pakaian bekas dilarang
- semua menyatakan mencuci pakaian sebelum dipakai
Catatan: perlu ditanyakan juga soal pembelian online."""),
("post","hn_joke","0111","""Kalau baju bisa ngomong:
Kemeja dari goni Jepang: 'Dulu aku dipakai salaryman di Osaka, sekarang dipakai mahasiswa kos di Jatinangor buat sidang.'
Jaket dari karung Korea: 'Aku udah lihat salju, sekarang lihat banjir Jakarta.'
Perjalanan hidup mereka lebih jauh dari aku 😂"""),
("post","hn_parent_warning","0111","""Bapak saya pensiunan petugas Bea Cukai.
Tiap kali lihat saya pakai jaket seken dari pasar, dia cerita soal karung-karung pakaian bekas dari Malaysia yang dulu dia sita di Tanjungbalai, bau dan penuh kutu.
'Kamu tahu itu dari mana?' katanya.
Sejak itu saya lebih sering beli produk lokal."""),
("post","hn_hypothetical","0111","""Kalau aku punya modal 50 juta, aku bakal:
a) ambil 5 bal Jepang, jualan di Senen
b) bikin brand kaos lokal
Jujur awalnya pilih (a), tapi setelah baca soal razia dan larangan, kayaknya (b) lebih masuk akal.
Ini cuma pemikiran, belum ada rencana apa-apa."""),
("post","hn_buyer_diary","0111","""Aku baru pulang dari Kuching ke Pontianak lewat Entikong.
Di perbatasan aku lihat truk-truk dengan muatan karung yang katanya berisi pakaian bekas.
Di pasar Sanggau aku mampir sebentar, banyak baju bekas Malaysia digantung di lapak.
Aku gak beli, cuma lihat-lihat dan ngobrol sama ibu penjual yang ramah."""),
]
