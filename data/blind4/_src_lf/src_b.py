# Hand-written long-form records, part B: illegal offers (51-102).
R = []
def add(kind, cat, el, text):
    R.append(dict(kind=kind, category=cat, el=el, text=text.strip("\n")))

add("post", "regional_term_offer", "1111", """
Baju Batam masuk lagi di lapak kami Pasar Bambu Kuning lantai dasar 😊
Isi karung Singapore: kemeja, celana bahan, blazer kerja, cocok buat pegawai
Harga 25-75rb
Mau ambil karungan buat dijual di Metro/Pringsewu juga kami layani
Hub: Bu Yanti 0813xxxx
""")

add("post", "regional_term_offer", "1111", """
BI (Batam Impor) grosir & ecer, Blitar - Tulungagung - Kediri
kaos, kemeja, jaket, celana, kabeh sekenan impor
sak bal isi 300an, rego 5,7 jt
eceran iso teko langsung neng omah, gang buntu mburi SD
wa 0856xxxx
""")

add("post", "regional_term_offer", "1111", """
Owol-owol Parakan, langganan sejak 2009 🙏
Kulak karungan langsung, isine kaos, kemeja, jeans, jaket impor bekas
Ecer mulai 10rb, grosir per bal hubungi kami
Toko sebelah lor pasar, cat ijo
Buka saben dina kecuali Jumat awan
""")

add("post", "regional_term_offer", "1111", """
Baju cakar (cap karung) baru datang dari seberang 😁
isi: celana jins, baju kaos, jaket, tas
harga murah mulai 10rb, jaket 50rb
kami di Tanjung Redeb, dekat pasar
bisa pesan satu karung buat dijual di kampung, 2,5jt
hubungi 0812xxxx
""")

add("post", "regional_term_offer", "1111", """
RB Lawata ready lagi, sudah bongkar tadi sore 🔥
Kemeja, jaket, celana cewek, dress — ball Korea semua
Harga 20-60rb, ada juga yang 5rb di keranjang obral
Yang dari Kolaka/Konawe mau pesan per ball bisa ji, dikirim pake mobil
Datang mki sebelum diambil orang
""")

add("post", "regional_term_offer", "1111", """
Rombeng Buer buka karung baru hari ini, barang bagus-bagus 🤩
Jaket, baju kaos, celana, sendal juga ada
Mulai 5rb - 50rb
Sai mo beli karungan bisa pesan langsung, barang luar, kami ambil dari pemasok di Surabaya
WA 0819xxxx
""")

add("post", "regional_term_offer", "1111", """
Pakaian monja masuk lagi di pasar inpres, hari peukan Sabtu 😍
Barang luar dari Malaysia, masih bagus, ada kemeja, jilbab, gamis, celana
Harga mulai 10 ribu
Meunyo neu-ambil sigoni, kamoe jual per goni cit
WA 0852xxxx
""")

add("post", "regional_term_offer", "1111", """
Obok-obok Sby buka maneh rek! 🙌
Karung Jepang anyar, isine jaket, kemeja, celana kolor, topi
Harga 10rb - 45rb, sing bagus pisan 75rb
Lapak sisih wetan Pasar Gembong
Nek pengen kulakan karungan, japri ae
""")

add("post", "market_name_offer", "1111", """
Baju bekas Korea ada di lapak kami jalur lingkar dalam (dulu di Pasar Tungging) 🙏
Bal baru buka, kemeja kerja, kaos, jaket
Harga 15-50 ribu, kualitas bagus, tulisan Hangul masih ada di label
Yang mau ambil per bal buat dijual di Martapura/Barabai, hubungi kami
WA 0813xxxx
""")

add("post", "market_name_offer", "1111", """
Poncol update 📍 kios pojok depan tangga
jaket kulit second impor, bomber, varsity
harga 150-400rb, kondisi mulus, bal Jepang baru buka kemarin
bisa kirim pake grab/gojek area jakarta, luar kota JNE
cek katalog di highlight IG ya
""")

add("post", "market_name_offer", "1111", """
RB Pasar Higienis lantai 2 ready barang baru bongkar 🙌
Ada jaket, kemeja, dress, celana jeans — karung Korea kiriman dari Manado
Harga 10-75 ribu
Ngana yang dari Tidore atau Sofifi mo pesan, kita kirim pake speed
Hubungi 0853xxxx
""")

add("listing", "port_route_offer", "1111", """
Stok ballpress masuk lewat Tanjungpinang, aman sampai Jakarta 👍
Isi: kaos polos, kaos brand, kemeja, celana pendek (bekas SG/MY)
Bal 100kg 7jt, bal 50kg 3,8jt
Pengiriman via kapal, estimasi 5-7 hari
Admin fast respon: 0813xxxx
""")

add("message", "port_route_offer", "1111", """
Gudang transit Surabaya 📦 ready ballpress kiriman dari Kalimantan
Distribusi ke Jawa, Bali, NTB, Makassar
Bal campur (kemeja/celana/kaos) 5,9jt, bal jaket 8jt
Harga khusus ambil 10 bal ke atas
Hubungi marketing kami via WA, hanya melayani pedagang
""")

add("post", "port_route_offer", "1111", """
JASTIP PRELOVED SINGAPORE 🇸🇬✈️
Aku berangkat tgl 14, pulang tgl 16 lewat Harbourbay
Bisa titip baju-baju second dari toko loak & gudang donasi di sana, kebanyakan branded (Cotton On, Zara, Uniqlo)
Fee jastip 25rb/pcs atau borong 1 koper campur 2jt (±60 pcs)
Close order tgl 12 ya
""")

add("post", "reseller_recruitment", "1111", """
PELUANG USAHA 2025 🔥
Jadi agen thrift impor di kotamu!
Paket Agen Starter: 2 bal campur (±600 pcs) + rak + banner = 12jt
Paket Agen Mini: 1 bal (±300 pcs) = 6,5jt
Barang bekas impor kualitas pilihan, kami bantu promosi + training live jualan
Sudah 40+ agen di Sumatera & Jawa
Daftar sekarang, kuota terbatas 🙏
""")

add("post", "reseller_recruitment", "1111", """
Sing pengin dadi reseller sandangan seken impor, ayo gabung 🙏
Aku nyediani paketan 30 pcs (campur kaos, kemeja), rega 650rb, iso didol maneh 30-50rb per pcs
Barang asli saka karung Korea, ora ana sing anyar
Daftar lewat WA, engko tak lebokke grup
""")

add("post", "reseller_recruitment", "1111", """
kalian yg mau jualan thrift tapi gapunya modal, sini merapat 🙋‍♀️
sistem dropship: foto & video dr aku, kalian posting, kalian tentuin harga jual
stok ada 3 bal Jepang (kaos, kemeja, jaket) yg baru aku buka
packing & kirim aku yg urus
link grup ada di bio, gratis
""")

add("live", "live_bale_opening", "1111", """
📢 INFO GRUP: Malam ini kita live di FB jam 19.30
Buka 2 bal sekaligus: bal kids Korea & bal dress wanita Jepang
Harga lelang mulai 5rb!! yang nawar tertinggi dapat
Transfer max 1x24 jam setelah live, barang dikirim Senin
Member baru silakan baca aturan grup dulu
""")

add("live", "live_bale_opening", "1111", """
Nanti malam live bah, bongkar goni monza jaket kulit 😎
Langsung dari pajak Sambu, masih segel goninya
Harga mulai 50 ribu, yang serius aja ketik 'ambil'
Ongkir dari Medan ya kawan-kawan
""")

add("live", "live_bale_opening", "1111", """
Shopee Live tonight 20.00 WIB ✨ Vintage Japan bale opening
expect: denim, workwear, military jacket, kimono haori
all secondhand imported, real condition shown on cam
flash sale 49k for first 20 checkout
set reminder now!! 🔔
""")

add("post", "creator_haul_offer", "1111", """
VLOG: Ngubek karungan di Gedebage sampe jam 5 sore 😂
Di video ini aku nemu 12 barang total cuma 450rb, ada jaket Columbia, kaos band Metallica 2003, sampai tas Longchamp second!
Semua aku beli di lapak Teh Ira (Blok C) — beliau juga terima pesanan online & jual per bal buat reseller, kontaknya aku taruh di bawah ya
Timestamps:
00:00 intro
02:10 sampai di Gedebage
07:45 bongkar bal
15:30 haul & harga
Jangan lupa like & subscribe 🙏
""")

add("post", "creator_haul_offer", "1111", """
thread haul sepatu bekas impor 🧵👟
1. new balance 990 (sol masih tebel) 250k
2. adidas samba 180k
3. converse 70s 120k
semuanya aku dapet dari @kicks.karungan, mereka buka karung sepatu Thailand tiap Rabu
kalo mau kebagian langsung DM mereka aja, sekalian nyebut namaku dapet potongan 10k hehe
""")

add("post", "creator_haul_offer", "1111", """
Rp 100rb dapat apa di thrift? 💸
👕 kaos vintage Harley
👖 celana Levi's 505
🧥 cardigan rajut
Semua dari bal impor yang baru dibuka di @lapak.monza.sumut, mereka kirim ke seluruh Indo loh
Komen 'MAU' nanti aku kirim link tokonya 👇
#hiddengems #thrifthaul #monza #bekasimpor
""")

add("profile", "seller_bio", "1111", """
Thrift impor 🇯🇵🇰🇷 | Bal & ecer
Sortir premium, bukan barang baru ya
Open reseller & dropship ✅
Live bongkar karung tiap Minggu malam
Pengiriman dari Cirebon ke seluruh Indo
Order ➡️ WA di link bio
""")

add("profile", "seller_bio", "1111", """
Tentang kami: Usaha keluarga sejak 2012, menjual pakaian bekas impor (cakar) ecer dan karungan. Barang kami datang dari Malaysia lewat Nunukan lalu dikirim ke Parepare dan Makassar.
Melayani: pedagang pasar, reseller online, pembeli ecer.
Alamat: toko biru dekat pelabuhan, Parepare.
Jam buka: 08.00 - 21.00 WITA
Cara pesan karungan: pilih jenis (jeans, kemeja, jaket, campur, sepatu), transfer DP 50%, barang dikirim lewat kapal atau truk ke kota tujuan. Sisa pembayaran setelah barang tiba.
Foto isi karung bisa diminta sebelum kirim. Karena barang bekas dari luar, kami tidak terima pengembalian kecuali berat kurang dari yang dijanjikan.
Terima kasih sudah menjadi langganan kami selama lebih dari 10 tahun 🙏
""")

add("profile", "seller_bio", "1111", """
Toko Sekon Luar Official 🌐
Semua brg s3k0nd luar negeri (jp/kr/tw), bukan KW bukan baru
Foto real, minus dijelaskan
Grosir per ball: chat penjual
Kirim dari Pekanbaru setiap hari kerja
""")

add("comment", "comment_reply_offer", "1111", """
dedeh.s: teh ieu masih aya? nu kemeja kotak-kotak
lapak_awul_teh_imas: aya keneh teh, 30rb, ti karung Korea nu anyar. cek wa we teh nya, 0896xxxx
dedeh.s: siap teh
ujang_kpop: teh ngical per bal oge?
lapak_awul_teh_imas: muhun kang, aya, mangga japri
""")

add("comment", "comment_reply_offer", "1111", """
@kikiarsy: ada yg tau jual bal thrift yg amanah ga? pengen coba buka lapak
@balmurahsby: halo kak, kami supplier bal Korea & Jepang, bisa cek testimoni di IG kami. link di bio ya 🙏
@kikiarsy: minimal berapa kak?
@balmurahsby: minimal 1/2 bal kak, ±150 pcs, 3,2jt. cek wa biar dikirim video isi
""")

add("comment", "comment_reply_offer", "1111", """
budi_hrt: barang bekas impor kok dijual bebas, ga takut disidak?
thriftboss.id: santai bang, yang penting kualitas 😎 btw kalau abang mau coba, kami ada paket hemat 10 pcs 250rb, cek wa di bio
budi_hrt: 🤦
""")

add("post", "buried_offer", "1111", """
Alhamdulillah hari ini ibu ulang tahun yang ke-60 🎂 Terima kasih buat semua yang sudah datang ke rumah, maaf kalau jamuannya seadanya.
Sekalian info buat tetangga dan teman-teman, toko ibu di depan rumah sekarang jualan baju roma lagi ya. Kemarin baru datang dua karung dari Tawau, isinya jaket dan celana jeans, masih bagus-bagus.
Harganya masih kayak dulu, mulai 20 ribu. Yang mau ambil banyak buat dijual lagi, bicara langsung sama ibu saja.
Sehat selalu ibuku sayang ❤️
""")

add("post", "buried_offer", "1111", """
Panas kali Medan hari ini, kipas pun angin panas yang keluar 🥵
Tapi tetap semangat lah, kede harus buka.
Yang kemarin nanya monza jaket buat naik ke Berastagi, barusan goni baru datang, ada 30an jaket tebal ex Korea, 75 ribu aja satu.
Kalau mau borong buat jualan di Brastagi, bisa satu goni aku kasih harga kawan.
Inbox aja ya, jangan tanya di komen, ramai kali nanti.
""")

add("post", "buried_offer", "1111", """
Just got back from Tawau, the boat ride was rough but worth it 🌊 ate so much seafood!!
anyway since I'm going back and forth anyway, I'm opening jastip for karung bundle (preloved clothes) from the warehouse near the jetty. 1 sack ±40kg mixed tops & bottoms, 2.7jt delivered to Nunukan, +300k to Tarakan.
slots limited because the boatman only takes 5 sacks per trip.
DM if keen 🙌
""")

add("post", "evasive_spelling_offer", "1111", """
Tr1ft ba! jepang 🇯🇵 r3ady
✓ isi 280-300 pcs
✓ k4os + k3meja + crewneck
✓ sek0nd layak, no bolong parah
harga 6.2 jt / ba! ongkir beda
tanya2 dl boleh, dm
""")

add("post", "evasive_spelling_offer", "1111", """
Dijual p-a-k-a-i-a-n b-e-k-a-s i-m-p-o-r per karung 🤫
Asal K-o-r-e-a & J-e-p-a-n-g, tiba minggu lalu
Satu karung isi 250an lembar, harga 5 jt
Lokasi gudang Bekasi Utara, bisa lihat langsung by appointment
Postingan ini dihapus 2x24 jam, yang minat langsung DM
""")

add("post", "evasive_spelling_offer", "1111", """
🅱️al 🌏 ready gan
isinya 🧥🧥🧥 (jaket parasut & jaket jeans) semua s e k o n luar
200 pcs, 6,8jt
kirim aman pake ekspedisi langganan, pengirim ga pake nama toko 😉
serius japri
""")

add("post", "evasive_spelling_offer", "1111", """
NEW STOCK thr!ft !mp0r 🔥
k@rung korea baru landing, isi celana cargo & jorts
eceran 40-60k, borong 1 k@rung 4,3jt (±150 pcs)
lokasi: Depok, bisa cod stasiun
yg lain cek highlight 'STOK'
""")

add("listing", "bale_wholesale_offer", "1111", """
Penawaran spesial akhir bulan ⬇️
🔹 Bal premium (grade A, 90% kepala) 100kg — 11,5jt
🔹 Bal standar (grade B, campur kepala-badan) 100kg — 7,8jt
🔹 Bal ekonomis (grade C, banyak kaki) 100kg — 4,2jt
🔹 Balan pendek 45kg — mulai 3,5jt
Semua bal bekas impor Korea, press dan sortir dari sananya
Pengambilan di Senen atau dikirim
""")

add("listing", "bale_wholesale_offer", "1111", """
Jual pakaian bekas impor per kodi (20 pcs) buat yang modal pas-pasan 🙏
Kodi kaos 180rb, kodi kemeja 250rb, kodi jaket 450rb
Barang ambil dari bal Jepang yang baru kami buka, dipilih acak
Bisa campur tapi minimal 2 kodi
Kirim dari Bogor, ongkir sesuai berat
""")

add("listing", "bale_wholesale_offer", "1111", """
Dijual: 3 bal pakaian bekas impor, belum dibuka
Lokasi: Binjai
Isi: 1 bal jaket, 1 bal celana jeans, 1 bal kaos
Harga: 18 juta untuk 3 bal (bisa nego kalau ambil semua)
Alasan jual: mau pindah usaha
Hubungi: 0813xxxx (Pak Rudi), serius saja
""")

add("listing", "bale_wholesale_offer", "1111", """
Judul: Pakaian Bekas Impor Karungan Murah
Kondisi: Bekas
Deskripsi: Jual karungan pakaian second impor dari Korea. Satu karung ±50 kg, isi campur baju pria & wanita. Cocok buat pedagang pasar atau online.
Harga 3,6 juta/karung. Lokasi Cakung, Jakarta Timur.
Bisa kirim ke luar kota dengan biaya ditanggung pembeli.
Kontak via chat aplikasi
""")

add("message", "port_route_offer", "1111", """
*INFO STOK TERBARU* 📣
Kepada pelanggan setia Toko Cakar Sentosa
Kiriman kapal dari Tawau tiba hari Selasa:
- 10 karung jeans campur
- 6 karung jaket
- 4 karung sepatu olahraga
- 3 karung tas wanita
Harga karungan tetap, eceran mulai Rabu pagi
Pemesanan karungan harap DP dulu
Terima kasih 🙏
""")

add("live", "live_bale_opening", "1111", """
Mommies!! 👶🏻 Besok jam 1 siang kita live buka bal baju anak Korea 🇰🇷
Isinya dress anak, overall, jaket mungil, piyama — preloved impor, udah disortir yang layak
Harga 15-45rb
Cara ikut: follow, nyalain notif, ketik 'MAU + kode'
Pengiriman dari Malang setiap Senin & Kamis
""")

add("post", "creator_haul_offer", "1111", """
racun bgt sumpah 😭
kemarin iseng mampir lapak cakar di pasar sentral, dapet coat wool Jepang 85rb doang
lapaknya @cakarvintage.mks — tiap sabtu buka karung baru + bisa order lewat dm
mending cepet2 dah sebelum diserbu anak2 kampus
""")

add("profile", "seller_bio", "1111", """
📦 bal thrift korea-jepang
🔴 live tiap hari 19.00
🛒 keranjang kuning = eceran
🤝 grosir/reseller: wa di bio
📍 Sidoarjo
‼️ barang second, no complain soal 'bekas'
""")

add("post", "bale_wholesale_offer", "1111", """
[WTS] Pakaian Bekas Impor Bal Jepang/Korea – Harga Gudang
Gan, ane ada sisa stok 5 bal dari kiriman Batam bulan lalu. Rinciannya:
- 2 bal crewneck/hoodie (±200 pcs/bal)
- 2 bal kemeja flanel (±250 pcs/bal)
- 1 bal jaket outdoor (±150 pcs)
Harga per bal 5-8 jt tergantung jenis. Barang posisi di Jakbar.
Kenapa dijual? Ane mau fokus ke usaha kuliner, jadi lepas semua stok yang belum kebuka. Yang udah langganan sama ane tau lah kualitasnya, jarang ada yang bolong.
Rekber dipersilakan, COD gudang monggo.
PM atau langsung ke WA di signature. Yang cuma mau nanya-nanya legal apa ngga, mohon jangan nyampah di thread ya gan 🙏
""")

add("post", "bale_wholesale_offer", "1111", """
Hi all, we're a supplier based in Batam offering bales of used clothing from Singapore & Korea (cream/A grade).
45kg and 100kg bales, mixed or sorted (tees, jeans, jackets).
Can arrange delivery to Jakarta, Surabaya, Medan. Payment via bank transfer.
Serious buyers please PM for price list.
""")

add("post", "market_name_offer", "1111", """
Lapak roma di Pasar Gusher lantai dasar, sebelah tukang jahit 🙏
baru buka karung Tawau: blus, rok, celana kerja, tas
harga 15rb - 60rb, tas 80rb
yang dari Tanjung Selor mau pesan karungan, ada, 3 jt
telp/wa 0811xxxx
""")

add("post", "regional_term_offer", "1111", """
Sugeng enjing, lapak awul-awul kita pindah sementara ke alun-alun selama Sekaten 🙏
Kiriman karung anyar saking Surabaya, barang impor seken: jaket, flanel, kemeja
Rega mulai 5 ewu sampai 35 ewu
Monggo mampir, menawi kersa kulakan karungan saged dipun aturi
""")

add("message", "port_route_offer", "1111", """
[Grup Pedagang Monza Sumut]
Kawan-kawan, kiriman Port Klang ke Tanjungbalai minggu ini jadi, 40 bal campur.
Yang sudah pesan harap lunasi sebelum Kamis, yang belum pesan masih ada sisa 6 bal (2 jeans, 2 jaket, 2 kemeja).
Harga tetap 6,2 per bal, dijemput di gudang Teluk Nibung atau kirim ke Medan tambah 150.
Hubungi Bang Togar.
""")

add("post", "buried_offer", "1111", """
Marhaban ya Ramadhan 🌙 Mohon maaf lahir batin dari kami sekeluarga.
Menyambut bulan puasa, lapak cabo kami di Sagerat buka sampai jam 10 malam (habis tarawih).
Kiriman karung Korea baru tiba, banyak kemeja koko & gamis bekas impor yang masih bagus, cocok buat lebaran.
Harga mulai 20 rebo, karungan juga ada.
Selamat menunaikan ibadah puasa 🙏
""")

add("post", "rw_tweet", "1111", """
ready bal korea lagi guys, isi crewneck + hoodie 300an pcs 🔥
7,5jt nett, kirim dr jkt
yg kmrn nanya, cek dm ya. bisa rekber
foto isi bal ada di reply bawah 👇
""")

add("comment", "rw_tweet", "1111", """
@zahra_tweets: pengen bgt jaket varsity kayak gini, dmn ya yg murah 😭
@vintagecorner_id: kak kami ada stok varsity dari bal jepang baru buka, 120-180rb, kondisi 85-90%. langsung ke shopee kami ya, link di bio 🙏
""")
