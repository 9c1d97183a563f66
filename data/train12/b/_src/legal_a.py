# Legal records, batch A: buyers' own voice (hauls, memories, tips, complaints, questions).
# Tuple: (kind, category, offer, used, clothing, abroad, text)
RECORDS = [
("post", "hn_buyer_haul", 0, 1, 1, 1, """Hasil ngubek Senen Blok III hari ini 🥹
- kemeja flanel Uniqlo 20rb
- celana cargo army 35rb (ada noda dikit di lutut)
- jaket varsity bordiran jepang 60rb
Total 115rb doang, kaki pegel tapi hati senang wkwk
#thrifting #pasarsenen"""),

("post", "hn_buyer_memory", 0, 1, 1, 1, """Dulu tiap malam Sekaten bapak ngajak aku ke awul-awul di alun-alun.
Baju ditumpuk kayak gunung, bapak sabar banget ngubek satu-satu nyari jaket buat kerja proyek.
Sekarang bapak udah gak ada, jaket korduroi coklat yang dia temuin di situ masih kusimpen di lemari.
Kangen bau kapur barus campur debu itu."""),

("post", "hn_washing_tips", 0, 1, 1, 1, """Thread cara nyuci baju hasil ngawul biar gak bau apek & aman dipake 🧵
1. Jangan langsung digabung sama baju lain di mesin cuci
2. Rendam air panas (bukan mendidih) + deterjen + sedikit pewangi min. 2 jam
3. Kalau bahan katun tebel, tambahin cuka putih 2 sdm
4. Jemur di bawah matahari langsung, dibalik
5. Setrika suhu tinggi kalau bahannya kuat
Baju dari karungan itu perjalanannya jauh, jadi jangan males ya guys"""),

("comment", "hn_buyer_complaint", 0, 1, 1, 1, """Kemarin beli hoodie di lapak cakar deket pasar, pas dicuci airnya item pekat 😭
terus ternyata jahitan ketiaknya udah lepas, pas kebeli gak keliatan karena dilipet.
pelajaran buat aku, cek jahitan dulu sebelum bayar walaupun cuma 25rb"""),

("post", "hn_buyer_question", 0, 1, 1, 1, """Halo warga Bandung, numpang nanya 🙏
Gedebage masih rame gak sih sekarang? denger2 banyak kios yang tutup gara2 barang bal susah masuk.
Mau ngajak adek nyari jaket gunung buat ospek, budget tipis. Kalau udah sepi, ada alternatif lain gak selain Kebon Kalapa?"""),

("post", "hn_buyer_haul", 0, 1, 1, 1, """akhirnya nemu juga kemeja hawaii yang selama ini aku cari 😭😭
motifnya nanas ijo, label made in japan, dapet 15rb di tumpukan obok-obok Pasar Gembong
emak2 sebelahku sempet ngelirik tapi aku lebih cepet wkwkwk
langsung rendem 3 jam pas nyampe rumah"""),

("post", "hn_buyer_memory", 0, 1, 1, 1, """Generasi 90an Medan pasti ngerti.
Lebaran gak punya duit beli baju baru, mamak bawa kami ke Monza Simalingkar.
Kami milih kemeja yang masih ada wangi luar negerinya kata mamak, padahal itu bau karung 😂
Sekarang orang nyebutnya thrifting, bayar mahal di mall. Dulu kami malu kalau ketahuan kawan.
Lucu kali kalau diingat."""),

("comment", "hn_buyer_reply", 0, 1, 1, 1, """@rianthrift bener bgt kak, aku juga pernah dapet celana Levi's 501 di Pajak Melati cuma 40rb
tapi ya gitu harus sabar ngubek dari pagi, panas, bau kapur barus.
sekarang katanya harganya udah naik semua karena barang dari Belawan susah masuk"""),

("post", "hn_buyer_complaint", 0, 1, 1, 1, """Jujur agak trauma.
Beli sweater rajut di cakaran Surabaya, seminggu kemudian leher sama lengan gatel merah-merah.
Kata dokter kemungkinan kutu atau jamur dari kainnya yang gak dicuci bersih.
Mulai sekarang apapun dari karungan wajib direndem air panas dulu, gak ada tawar menawar."""),

("post", "hn_buyer_story", 0, 1, 1, 1, """suka ngawul sejak kuliah semester 2 di Jogja.
awalnya karena gak kuat beli baju distro, eh lama2 jadi hobi. tiap minggu pagi ke Pasar Beringharjo lantai atas, trus sore nyusur awul2 di Jalan Magelang.
sekarang udah kerja masih aja kebiasaan. baju kantorku setengahnya hasil ngubek 😅
yang baru masuk kuliah, selamat datang di dunia perawulan"""),

("review", "hn_buyer_review", 0, 1, 1, 1, """⭐⭐⭐⭐ Jaket parka hasil thrift Senen, udah aku pake 3 bulan.
Kelebihan: bahan tebel, resleting YKK masih lancar, bulu di hoodie masih lebat.
Kekurangan: ada bekas sobekan kecil di saku dalem yang dijahit tangan sama pemilik sebelumnya, dan baunya baru ilang setelah 3x cuci.
Buat harga 85rb ya worth lah. Cuma saranku jangan beli pas hujan, susah ngecek."""),

("post", "hn_joke_meme", 0, 1, 1, 1, """plot twist thrifting:
beli seragam olahraga bekas jepang di Gedebage
di dadanya ada bordir nama "TANAKA 3-B"
sekarang aku resmi murid kelas 3-B SMA di Osaka yg nyasar ke Cimahi 🤣
#ngakakthrift"""),

("post", "hn_buyer_question", 0, 1, 1, 1, """Teman2 grup Thrift Lovers Makassar, mau tanya dong
di Pasar Butung masih ada yg jual cakar jaket kulit gak? Atau udah ditertibkan semua?
Aku bukan mau beli banyak cuma satu buat dipake naik motor ke Gowa tiap hari.
Makasih sebelumnya 🙏"""),

("comment", "hn_buyer_complaint", 0, 1, 1, 1, """Jangan ketipu foto ya gaes. Aku kemarin ke pasar rombengan di Bekasi, baju2 yg di depan bagus2, begitu masuk dalem isinya sisa balpres yang udah dekil semua, banyak yg bolong dimakan ngengat.
Ujung2nya cuma dapet 1 kaos band yg lumayan, itupun ada bekas cat."""),

("post", "hn_buyer_memory", 0, 1, 1, 1, """Waktu kecil di Pontianak, baju sekolahku hampir semua baju lelong.
Mak beli di pasar deket Parit Besar, katanya barangnya dari Kuching lewat Entikong.
Ada satu jaket merah yang aku pakai sampai SMP, tulisannya huruf cina, gak ada yang tahu artinya 😆
Dulu malu, sekarang malah bangga cerita."""),

("post", "hn_buyer_tip", 0, 1, 1, 1, """Tips buat yang baru pertama kali ke Pasar Senen buat thrifting:
👉 dateng pagi sebelum jam 10, barang baru dibongkar dari karung masih pada rapi
👉 bawa tas sendiri, jangan pakai perhiasan
👉 cek ketiak, kerah, dan resleting
👉 nawar sopan, jangan sampe setengah harga
👉 habis itu langsung cuci, jangan ditumpuk di kamar
Selamat berburu!"""),

("post", "hn_buyer_story", 0, 1, 1, 1, """Kemarin nemenin pacar ngawul di Pasar Klithikan, dia betah 4 jam 🫠
aku cuma duduk di pojokan makan cilok. dia pulang bawa 7 kemeja bekas korea, aku pulang bawa masuk angin.
love language dia ternyata ngubek tumpukan baju."""),

("review", "hn_buyer_review", 0, 1, 1, 1, """Review jujur sepatu boots second dari pasar loak Gedebage yang aku beli bulan lalu:
Sol karet masih tebel, tapi lem di ujung depan mulai mangap setelah kena hujan 2 kali.
Katanya ex-Korea, ukurannya 42 tapi kerasa kayak 41.
Overall nilai 6/10. Buat harga 120rb masih oke, tapi harus siap bayar sol ulang 50rb."""),

("post", "hn_buyer_question", 0, 1, 1, 1, """Minta saran dong, baju bekas impor yang baunya apek banget (kayak gudang lembab) gimana ngilanginnya ya?
Udah rendem deterjen semalem, udah jemur 2 hari, masih kecium.
Bahannya wol campuran jadi takut kalau pakai air panas.
Ada yang pernah berhasil?"""),

("comment", "hn_buyer_reply", 0, 1, 1, 1, """Coba pakai baking soda + cuka kak, rendem air hangat kuku aja jangan panas biar wolnya gak menyusut.
aku dulu juga gitu, beli sweater dari karungan Pasar Baru Bandung, baunya awet bgt.
habis digituin 2x baru ilang. jemurnya di tempat teduh yg anginnya kenceng."""),

("post", "hn_buyer_haul", 0, 1, 1, 1, """Hari minggu yang produktif:
Bangun subuh → naik KRL ke Senen → 3 jam muter blok III → dapet 2 blazer wanita ex-Jepang, 1 rok plisket, 1 tas kulit yg talinya agak retak
Semua 190rb.
Besok mau aku jahitin tas yang retak ke tukang sol depan gang. Lumayan buat ngantor 💼"""),

("post", "hn_buyer_memory", 0, 1, 1, 1, """Inget gak dulu di Banjarmasin orang nyebutnya baju Tanjung, karena katanya barangnya datang lewat pelabuhan dari Malaysia.
Abah suka beli celana panjang di situ buat ke kebun.
Sekarang kalau lewat pasar itu kiosnya tinggal sedikit, banyak yg ganti jual sembako."""),

("comment", "hn_buyer_complaint", 0, 1, 1, 1, """baru tau ternyata ada noda darah samar di dalam jaket yang aku beli di obok-obok kemarin 😨
padahal pas beli gak keliatan karena gelap tempatnya.
langsung aku rendam pemutih dan gak mau aku pakai lagi. merinding."""),

("post", "hn_buyer_story", 0, 1, 1, 1, """Ngawul itu bukan soal murahnya aja sih menurutku.
Ada sensasi kayak nyari harta karun: dari ratusan baju yang asal dituang dari karung, kamu nemu satu yang pas di badan, warnanya kamu suka, dan gak ada yang punya kembarannya.
Aku ngerti kenapa pemerintah larang impornya, tapi sensasi itu susah diganti sama belanja di mall."""),

("post", "hn_buyer_question", 0, 1, 1, 1, """Pertanyaan serius buat yang suka thrifting:
kalian beneran gak takut sama penyakit kulit dari baju bekas luar negeri?
Aku pengen coba ke Pasar Senen tapi ibuku ngelarang mulu, katanya dulu ada berita temuan jamur di baju impor bekas.
Yang udah lama ngawul, pengalamannya gimana?"""),

("comment", "hn_buyer_reply", 0, 1, 1, 1, """Sejauh ini aku 5 tahun ngawul aman2 aja sih. Kuncinya cuci bener, rendem air panas, jemur terik.
Tapi ya memang ada risiko, apalagi yang dari bal murahan yg dijual kiloan.
Kalau ibumu khawatir mungkin mulai dari celana jeans atau jaket dulu, jangan langsung daleman atau kaos 😅"""),

("post", "hn_buyer_haul", 0, 1, 1, 1, """Info aja buat diri sendiri biar inget:
Tgl 12 kemarin ke Pasar Tungging Medan sama kak Tiur.
Dapat kemeja batik ala jepang (iya aneh), 2 celana chino ex-Korea, satu topi rajut.
Habis 95 ribu. Kak Tiur dapet sepatu running yang masih mulus.
Pulangnya makan mie balap. Hari yang sempurna."""),

("review", "hn_buyer_review", 0, 1, 1, 1, """Udah setahun pakai coat panjang yang kubeli di cakar Makassar, mau cerita dikit.
Bahannya wol 70%, anget banget, tapi jujur jarang kepake karena di sini panas 😂
Cuma keluar pas ke Malino sama pas dinas ke Bandung.
Kondisi masih bagus, lapisan dalam udah aku ganti sendiri. Gak nyesel, cuma salah iklim aja."""),

("post", "hn_buyer_tip", 0, 1, 1, 1, """Cara bedain baju bekas impor yang masih bagus vs yang udah capek (versi aku yg udah 7 tahun ngawul):
- raba bagian ketiak, kalau kainnya tipis & kaku berarti udah sering dipakai
- cek pilling di samping badan
- lihat label cuci, kalau tulisannya udah hilang biasanya umurnya tua
- cium, kalau bau kapur barus itu normal, kalau bau amis mending skip
Semoga membantu yang lagi mau ke Gedebage."""),

("comment", "hn_buyer_question", 0, 1, 1, 1, """kak mau nanya, pasar awul2 di Solo yang di Notoharjo itu masih buka tiap hari atau cuma hari tertentu?
terakhir ke sana tahun lalu, rame banget. sekarang denger kabar barangnya makin dikit karena balnya susah.
mau ajak temen dari Jakarta yang penasaran."""),

("post", "hn_buyer_story", 0, 1, 1, 1, """Unpopular opinion: baju thrift paling enak justru yang dari bal Jepang, bukan Korea.
Ukurannya pas badan orang sini, jahitannya rapi, dan biasanya dirawat banget sama pemilik lamanya.
Yang dari Amerika kebesaran semua, yang dari Korea kadang modelnya terlalu ramai.
Ini dari pengalaman 4 tahun muter Senen & Pasar Baru ya, bukan promosi siapa2."""),

("post", "hn_buyer_memory", 0, 1, 1, 1, """Kamar kosku di Samarinda dulu isinya baju cakar semua.
Gaji magang cuma 1,5 juta, jadi tiap gajian aku ke pasar Segiri cari kemeja buat kerja.
Ada satu kemeja putih merk Jepang yang sampai sekarang masih aku pake interview.
Barang bekas dari karung itu pernah nyelamatin harga diriku di kantor 😌"""),

("comment", "hn_buyer_complaint", 0, 1, 1, 1, """Minggu lalu beli tas ransel second ex-Korea di pasar, katanya kondisi 90%.
Baru dua hari dipake talinya copot, terus bagian dalemnya ternyata lengket kena bekas tumpahan apa gitu.
Udahlah, gak lagi2 beli tas dari tumpukan. Baju masih oke, tas nggak."""),

("post", "hn_buyer_haul", 0, 1, 1, 1, """OOTD hari ini full hasil ngawul 🤍
atasan: kardigan rajut ex-Jepang (Sekaten 2023, 15rb)
bawahan: rok denim panjang (Pasar Klewer lantai 2, 30rb)
sepatu: loafers kulit dari pasar loak, 45rb
tas: warisan mama, satu-satunya yang baru 😆
total di badan gak sampai 100rb tapi dipuji temen kantor"""),

("post", "hn_buyer_question", 0, 1, 1, 1, """Ada yang tau gak kenapa di Lampung baju bekas disebut "baju Batam"? 
Aku orang Jawa baru pindah ke Bandar Lampung, pas nanya ke tetangga di mana beli jaket murah dia bilang "ke baju Batam aja di pasar Tugu".
Bingung, kirain harus nyebrang ke Batam beneran 😂"""),

("comment", "hn_buyer_reply", 0, 1, 1, 1, """@dimaslampung karena dulu barangnya emang masuk dari Batam kak, lewat kapal ke Sumatera.
Jadi semua baju bekas impor kebawa namanya. Sama kayak di Medan disebut monza, di Sulawesi cakar.
Nama daerah doang beda, barangnya sama2 dari karungan luar."""),

("post", "hn_buyer_tip", 0, 1, 1, 1, """Pengalaman aku ngawul pas hamil, buat ibu2 yang mau hemat baju hamil:
Cari daster & gamis longgar ex-Jepang/Korea, biasanya bahannya adem.
Hindari yang ada karet pinggang, biasanya udah getas.
Cuci 2x: sekali rendem air panas, sekali cuci biasa pakai deterjen bayi.
Aku beli 6 potong cuma 80rb di pasar kaget deket rumah, sisanya buat tabungan lahiran 🤰"""),

("post", "hn_buyer_memory", 0, 1, 1, 1, """Kalo di Manado torang bilang "roma", pakaian rombengan yang datang dari luar.
Dulu tiap Sabtu mama deng kita pigi ka pasar Bersehati cari jaket buat ke Tomohon yang dingin.
Kita pe jaket parasut biru itu sampe skarang masih ada, so pudar mar masih enak dipake.
Skarang dengar-dengar roma so susah, banyak lapak so tutup. Sadih le."""),
]
