from common import R
C = "1111"
ROWS = [
# ---------------- marketplace_listing (22) ----------------
R("listing","marketplace_listing",C,"""
JAKET GUNUNG BEKAS IMPOR JEPANG ORI - LIKE NEW
Ukuran L (LD 58 cm, panjang 72 cm)
Kondisi 9/10, ada noda kecil di lengan kiri (lihat foto 4)
Barang hasil sortir karungan Jepang, sudah laundry wangi
Harga Rp185.000 nego tipis
Kirim dari Bekasi, JNE/J&T/SiCepat, bisa COD area Jabodetabek
Bayar via transfer BCA / ShopeePay
"""),
R("listing","marketplace_listing",C,"""
[READY] Kemeja Flanel Thrift Korea - Sortiran Kepala
Size M-L campur, lebar dada 52-56
Semua barang buka karung minggu ini, no reject, no bolong
1 pcs 45rb | 3 pcs 120rb
Ongkir ditanggung pembeli, resi dikirim H+1
Yang tanya "ori gak kak?" -> ori bawaan kapal, bukan KW
"""),
R("listing","marketplace_listing",C,"""
Celana Cargo Vintage Army US - pre-loved import bal
Waist 32, panjang 102, bahan ripstop tebal
Minus: jahitan saku belakang agak lepas, bisa dijahit ulang
Rp150rb, tidak melayani tukar
Pengiriman dari Pekanbaru via J&T Cargo, packing plastik + kardus
Payment: transfer BRI / COD Pekanbaru kota
"""),
R("listing","marketplace_listing",C,"""
SEPATU LARI NIKE PEGASUS SIZE 42 BEKAS THAILAND
insole masih tebal, sol 80%, upper bersih
dari bal sepatu Bangkok yg baru dibongkar tadi pagi
harga 275k, fullset cuma sepatu (no box)
ready kirim hari ini sebelum jam 3 sore
bisa shopeepay / transfer mandiri / dana
"""),
R("listing","marketplace_listing",C,"""
Dress Motif Bunga Ex-Korea (Preloved)
All size fit to L, panjang 110 cm
Kondisi: bagus, warna masih cerah, tanpa cacat
Stok dari bongkaran goni hari Jumat, cuma 1 pcs
Rp65.000
Kirim seluruh Indonesia, estimasi Makassar - Jawa 4-6 hari
"""),
R("listing","marketplace_listing",C,"""
Hoodie Champion Reverse Weave - Monza Medan (thrift)
Size XL, LD 62, pjg 74, warna abu misty
Kondisi 8,5/10 ada pilling dikit di ketiak
Barang Pajak Melati pilihan, udah dicuci & disetrika
Harga 210rb, nego sopan aja bang
Kirim pakai JNE YES atau Lion Parcel, bayar COD bisa
"""),
R("listing","marketplace_listing",C,"""
TAS RANSEL JANSPORT SEKEN ORIGINAL USA
Warna navy, resleting normal semua, tali aman
sedikit kusam, wajar pemakaian
Keluaran bal tas Amerika, 1 karung isi campur
Harga 95.000 / pcs, ambil 5 pcs 400.000
Lokasi Surabaya, kirim JNT ekonomi
"""),
R("listing","marketplace_listing",C,"""
kaos band 90an single stitch USA | second bal
size tag L, real ukur 54x71
ada crack di sablon (wajar vintage), kain masih tebel
harga 350k fix, no nego, no keep
free bubble wrap, kirim dari Jogja
transfer / qris, resi langsung upload
"""),
R("listing","marketplace_listing",C,"""
Jaket Kulit Domba Bekas Impor Jepang - Grade A
Size M (LD 54), lining utuh, kulit lemas tidak retak
Barang turunan karung Osaka, 1 bal cuma dapat 3 jaket kulit
Harga 650rb, bisa video call sebelum beli
Pengiriman dari Batam, estimasi 3-5 hari ke Jawa
Pembayaran: BNI / BCA / COD Batam Centre
"""),
R("listing","marketplace_listing",C,"""
BLAZER WANITA UNIQLO & ZARA (SEKEN) - PAKET 3 PCS
Size S-M, warna hitam, krem, navy
Kondisi 90% semua, sudah di-dryclean
Sortiran bal Korea campur Jepang
Paket 3 pcs Rp180rb, satuan 70rb
Kirim dari Bandung (Gedebage), ongkir sesuai aplikasi
"""),
R("listing","marketplace_listing",C,"""
Celana Jeans Levi's 501 Original - Thrift Amrik
W31 L32, warna medium wash, jahitan asli
Ada sedikit sobek di ujung bawah (natural)
Bongkaran bal jeans USA di gudang kami, 1 bal = 120-130 potong
Harga satuan 175rb
Ekspedisi: JNE / SiCepat / AnterAja. COD khusus Medan kota
"""),
R("listing","marketplace_listing",C,"""
sweater rajut nenek vintage ex japan 🍂
fit to XL, bahan wool campur, hangat bgt
minus: 1 kancing ganti (warna beda dikit)
asal dr karung Nagoya, seleksi manual
85rb aja kak, kirim dari Malang
bayar qris / transfer bank jatim
"""),
R("listing","marketplace_listing",C,"""
JERSEY BOLA ORIGINAL EX EROPA - SEKEN
Klub: Bayern, Ajax, Celtic (stok campur)
Size S sampai XL, lihat list di foto terakhir
Sablon & patch masih rapi, 1-2 ada noda kecil
120rb/pcs, ambil 3 gratis ongkir Jawa
Barang bongkar karung Belanda, bukan grade KW
"""),
R("listing","marketplace_listing",C,"""
Kemeja Batik Jepang? bukan, ini kemeja HAWAII EX JEPANG
Size L, motif tropical, bahan rayon adem
Kondisi 9/10 no minus
Dari lot karungan Tokyo yang baru masuk lewat Tanjung Priok
Rp95rb, minat langsung checkout ya
Dikirim dari Jakarta Pusat (dekat Senen)
"""),
R("listing","marketplace_listing",C,"""
Sepatu Boots Dr Martens 1460 Thrift UK 8
Kulit masih bagus, sol 85%, lubang tali lengkap
Bekas pakai pemilik lama di Inggris, masuk lewat bal boots Eropa
Harga 780rb, nego yang serius
Kirim dari Denpasar, bisa COD Kuta-Legian
Bayar BCA / Jago / cash
"""),
R("listing","marketplace_listing",C,"""
TAS WANITA COACH PRELOVED (EX SINGAPURA)
Tipe shoulder bag, kulit asli, warna coklat tua
Sudut agak lecet, tali masih kuat, kode serial ada
Didatangkan dari SG dalam karungan tas campur
Rp450.000, ongkir dari Tanjung Pinang
Pembayaran transfer, no COD
"""),
R("listing","marketplace_listing",C,"""
[ROMA NUNUKAN] Celana Chino Wanita Size 28
Rombengan Malaysia pilihan, bahan stretch, warna khaki
kondisi bagus, tidak pudar
harga 40rb, ambil 5 pcs campur 175rb
kirim ke Tarakan / Tanjung Selor / Samarinda via kapal atau JNE
bayar via BRI
"""),
R("listing","marketplace_listing",C,"""
Ｊａｋｅｔ Ｐａｒａｓｕｔ Ｎｏｒｔｈ Ｆａｃｅ ｓｅｃｏｎｄ ｅｘ ＫＯＲＥＡ
Size L, resleting YKK normal, ada noda tipis di bawah
Hasil bongkar b4l Korea kemarin, cek foto ya
Harga 230rb
Kirim dari Tangerang, JNE/J&T, COD bisa
"""),
R("listing","marketplace_listing",C,"""
Kaos Polo Lacoste seken Jepang - sortir kepala
Size 4 (M-L), warna hijau botol, logo buaya bordir asli
Minus kerah agak melar sedikit
Rp120rb / pcs, grosir 10 pcs harga khusus chat
Lokasi Pasar Senen Blok III lantai 2, bisa diambil atau dikirim
"""),
R("listing","marketplace_listing",C,"""
Gamis & Abaya Bekas Impor Timur Tengah (Dubai/Saudi)
Panjang 135-140, bahan jetblack & crepe, warna hitam semua
Kondisi 90%, sudah dicuci dan diuap
Datang sekarung isi 80 pcs, kami pilih yg layak
Harga 75rb - 110rb tergantung bahan
Kirim dari Palembang, bayar COD / transfer BSI
"""),
R("listing","marketplace_listing",C,"""
LELONG PONTIANAK - Kemeja Kerja Pria Size 15.5
Kemeja putih & biru muda, merek G2000, Padini
barang Kuching, sudah cuci gosok, no kuning di kerah
35rb/pcs, 3 pcs 100rb
ambil di Jl. PM Yamin atau kirim JNE ke luar kota
transfer BNI / BRI
"""),
R("listing","marketplace_listing",C,"""
Baju Anak Seken Jepang Paket 10 pcs (usia 2-4 th)
Isi: kaos, celana, piyama, campur cewek/cowok
Kondisi layak pakai, beberapa ada noda ringan (disclaimer)
Ambil dari bal anak Jepang yang baru datang dari Batam
Rp100rb / paket 10 pcs
Pengiriman dari Lampung, JNE REG
"""),
# ---------------- wholesale_supplier (18) ----------------
R("post","wholesale_supplier",C,"""
SUPPLIER BALPRES BAJU BEKAS IMPOR TANGAN PERTAMA
Ready stok gudang Bekasi:
- Bal Korea campur (100 kg) 5,8 jt
- Bal Jepang kemeja/kaos 6,5 jt
- Bal jaket winter 7,2 jt
- Bal anak 4,9 jt
Harga belum ongkir, kirim ekspedisi truk ke seluruh Jawa-Bali
Hub admin 0813xxxx (WA only), no PHP
"""),
R("post","wholesale_supplier",C,"""
Juragan karungan, merapat 🙏
Kami distributor karung Jepang sejak 2016, ambil langsung dari Batam
1 karung isi 300-500 pcs, grade A/B dipisah
Harga karung A mulai 6 jutaan, B 3,5 jutaan
Bisa kirim ke Sumatera, Kalimantan, Sulawesi (via kapal)
Minimal order 1 karung, DP 50% pelunasan sebelum kapal jalan
"""),
R("message","wholesale_supplier",C,"""
Info stok minggu ini bos:
bal tas campur Thailand 95 kg - 4,5jt
bal sepatu sport Thai isi ±70 pasang - 5jt
bal celana jeans Amerika 100kg - 6,2jt
Kirim dari gudang Tanjungbalai ke Medan, Siantar, Padang
Ongkir truk ditanggung pembeli, barang aman sampai
"""),
R("post","wholesale_supplier",C,"""
GROSIR MONZA KILOAN (BEKAS IMPOR) - MEDAN
Buat yang mau buka lapak tapi modal tipis:
Kaos campur 40rb/kg, kemeja 45rb/kg, jaket 60rb/kg
Minimal ambil 25 kg, bebas pilih di gudang Simalingkar
Barang turun dari Teluk Nibung tiap Selasa & Jumat
Pembayaran cash/transfer, bisa diantar dalam kota
"""),
R("post","wholesale_supplier",C,"""
Jual balan pendek thrift (±200 helai) buat pemula
Isi campur: kemeja, kaos, celana, rok
Asal Korea & Jepang, press kapal masih utuh (belum dibuka)
Harga 2,9 juta per balan pendek, balan panjang 5,5 juta
Gudang di Cileungsi, bisa lihat langsung
Kirim via Dakota / Indah Cargo
"""),
R("post","wholesale_supplier",C,"""
Assalamualaikum, kami suplai cakar karungan untuk Sulsel, Sultra, Sulbar
Barang masuk via Nunukan lalu naik kapal ke Parepare
Karung kaos isi 350 lembar 4,2 jt, karung celana 4,8 jt, karung campur 3,9 jt
Antar sampai Makassar, Gowa, Maros gratis
Luar kota tambah ongkos truk
Pesan minimal 2 hari sebelum kapal sandar
"""),
R("message","wholesale_supplier",C,"""
Halo kak, ini daftar harga roma per karung bulan ini:
Karung baju dewasa campur: 3,5jt
Karung jeans: 4,2jt
Karung selimut & seprei: 2,8jt
Ambil di Sebatik atau kita antar ke Nunukan
Barang dari Tawau, tiap Jumat masuk
Mau pesan berapa karung kak?
"""),
R("post","wholesale_supplier",C,"""
IMPORTIR BAL SECOND - OPEN ORDER KONTAINER
Partai besar: 20ft (± 250 bal) / 40ft (± 550 bal)
Asal: Korea Selatan, Jepang, Australia
Grade cream, A, B, campur. Sorted per jenis tersedia
Nego harga untuk pembelian rutin
Pengiriman sampai gudang Anda, 'jalur aman'
Serius saja, kontak via DM
"""),
R("post","wholesale_supplier",C,"""
Sedia B4LL PR3SS kiloan & gelondongan
✔ Korea mix 100kg
✔ Jepang premium (uniqlo, gu, muji)
✔ Jaket & hoodie winter
✔ Bedcover & selimut
Harga update tiap minggu, cek katalog di highlight
Gudang Bandung timur, melayani reseller seluruh Indonesia
"""),
R("message","wholesale_supplier",C,"""
Bang, barang dari orang kapal udah sandar di Kuala Tungkal
PJ karung campur ada 40 karung, karung kaos 15
Harga 3,2 juta per karung kalo ambil 5 ke atas
Bisa dibawa pakai pikap ke Jambi kota malam ini
Kabari cepat ya bang, yang lain udah antri
"""),
R("post","wholesale_supplier",C,"""
Pusat grosir RB Kupang
Kami terima pesanan karung pakaian rombengan untuk lapak di Atambua, Soe, Kefa, Maumere
Karung isi 80-100 kg, campur laki-laki dan perempuan
Harga 3 juta - 4,5 juta per karung tergantung isi
Kirim pakai kapal Pelni / truk lintas Timor
Tanya stok: 0852xxxx
"""),
R("post","wholesale_supplier",C,"""
Gudang lelong Kuching - Pontianak
Bal kemeja, bal kaos, bal celana, bal anak
Masuk lewat Entikong, siap antar Sanggau, Sintang, Pontianak
Harga 1 bal dari 3,6 juta
Ada juga eceran per kilo untuk yang mau coba
WA aja bos, fast respon
"""),
R("post","wholesale_supplier",C,"""
Supplier sepatu bekas sortir Thailand 🇹🇭
Sepatu sport, casual, boots campur. 1 karung ± 60-75 pasang
Grade A (layak jual langsung) Rp5,5 jt
Grade B (perlu cuci/lem) Rp3,8 jt
Foto sample tiap karung dikirim sebelum bayar
Kirim dari gudang Medan ke seluruh Sumatera
"""),
R("message","wholesale_supplier",C,"""
Update harga press kapal per 100 kg
Jepang A: 7,1
Korea A: 6,3
Korea B: 4,4
China campur: 3,0 (gak saranin)
Ready 60 press di gudang Dumai, yg mau kirim ke Pekanbaru/Padang bisa malam ini
Format order: nama - kota - jenis - jumlah
"""),
R("post","wholesale_supplier",C,"""
Jual sak baju bekas campur dari Jepang isi 45 kg (ukuran kecil, cocok buat lapak online)
Isinya random: kaos, kemeja, dress, sweater
Harga 1,9 juta per sak
Sudah ratusan reseller ambil di kami, testimoni di IG
Pengiriman pakai cargo dari Surabaya
"""),
R("post","wholesale_supplier",C,"""
Mo ambe barang cakar? Kami ada karungan baru dari Malaysia
Karung baju perempuan isi ± 400, karung celana laki isi ± 250
Harga karung perempuan 4 juta, karung celana 4,5 juta
Ambil di gudang dekat pelabuhan Parepare atau kirim ke Palopo, Bone, Sidrap
Barang bagus-bagus ji, jarang reject
"""),
R("message","wholesale_supplier",C,"""
Ready stok sortiran 'kepala' per kilo bos
kemeja 85rb/kg, jaket 95rb/kg, dress 80rb/kg
Ini hasil buka 30 bal Korea minggu ini, yg badan & kaki udah dilepas ke lapak
Minimal 10 kg, bisa campur
Kirim JNE trucking / Dakota dari Jakarta
"""),
R("post","wholesale_supplier",C,"""
Sedia karungan Aussie & NZ (winter wear)
Jaket wol, sweater, coat panjang, scarf
1 bal 90 kg, isi ± 150 potong tebal
Harga 6,8 jt, cocok buat kota dingin (Malang, Dieng, Berastagi, Wamena)
Kirim ke luar pulau via kontainer LCL
"""),
# ---------------- social_caption (20) ----------------
R("post","social_caption",C,"""
DROP HARI INI 🔥🔥
Jaket varsity & coach jacket dari karung Jepang yang baru kita sobek tadi pagi 📦✂️
Harga mulai 120k, first come first serve
Komen "MAU + nomor foto" buat keep 1x24 jam
#jaketjepang #vintageindonesia #bongkarbal #jakartastyle
"""),
R("post","social_caption",C,"""
Hidden gems minggu ini 💎
Cardigan Muji, kemeja Beams, tote Porter — semua seken asli Tokyo 🇯🇵
Kondisi rata-rata 9/10, harga di slide terakhir 👉
Order via DM, kirim tiap Senin & Kamis
#preloved #seken #japanstyle #outfitmurah #ootdcowok
"""),
R("post","social_caption",C,"""
Bukak karung thrift lagi ges 😆📦
Kali ini isinya mayoritas hoodie & crewneck dari Korea, warnanya soft-soft
Satu potong 75rb, ambil 3 cuma 200rb
Yang dari luar Surabaya bisa dikirim, yang deket langsung mampir ke lapak
#bongkarkarung #hoodiemurah #koreanstyle #surabayafashion
"""),
R("post","social_caption",C,"""
Monza haul buat kelen yang gak sempat ke Pajak Melati 😎
Jaket denim Lee, celana chino Dickies, topi 5 panel — semuanya aku jual lagi di akun ini
Harga udah termasuk cuci & setrika, tinggal pakek
DM aja, COD Medan-Binjai
#monzamedan #pajakmelati #medanfashion #monzabranded
"""),
R("post","social_caption",C,"""
🌸 Restock dress manis ex Korea 🌸
Bahannya flowy, motif floral & polkadot, cocok buat kondangan/lebaran
Semua second tapi udah steam & kami cek satu-satu
Rp55k - 90k, sistem war di live jam 8 malam
#dresskorea #thriftdress #ootdhijab #secondbranded
"""),
R("post","social_caption",C,"""
Cakar vibes 🤙
Baru buka karung Malaysia, banyak jaket bomber & flanel
Lokasi lapak: Jl. Aroepala, samping warkop, buka jam 4 sore
Yang di luar Makassar bisa pesan lewat DM, kirim via JNE
#cakarmakassar #cakarbranded #makassarfashion #anakmakassar
"""),
R("post","social_caption",C,"""
PSA: barang kita bukan KW 😤
Sepatu-sepatu ini ex Thailand, bekas pakai tapi ori semua, ada kode produksi
Air Max, Gel-Lyte, Samba — size 39-44
Cek harga di katalog bio, bisa nego dikit kalau ambil 2
#sepatuseken #sneakerthrift #sneakerbekas #jualsepatuori
"""),
R("post","social_caption",C,"""
Weekend ini kita buka lapak di CFD Sudirman pakai mobil 🚐
Isinya pilihan dari 4 bal Jepang: outer, knit, kemeja linen
Harga flat 50k semua item!
Yang gak bisa datang, sisa barang diupload Senin
#carboot #lapakmobil #thriftjakarta #japanesefashion #jktevent
"""),
R("post","social_caption",C,"""
Kemeja-kemeja kerja ini dari lelong Kuching ya kawan 👔
Udah saye cuci gosok, kerah bersih, ada yang masih ada tag laundry Malaysia 😂
RM? Tak, harga Rupiah je: 40rb satu, 3 helai 110rb
PM untuk order, pos ke seluruh Kalbar
#lelongpontianak #kemejakerja #pontianakhits
"""),
R("post","social_caption",C,"""
Barang Jumat buka baru 🔔
Roma Nunukan kembali dengan jeans & sepatu sekolah anak
Datang pagi biar dapat yang bagus, yang telat dapat sisa 🙈
Bisa titip beli untuk teman-teman di Tarakan, chat aja
#romanunukan #rombenganmalaysia #nunukan #kaltara
"""),
R("post","social_caption",C,"""
awul-awul online is back 🙌
pilihanku dari karung Jepang: kaos band, kemeja corduroy, rok plisket
harga 35k-85k, ongkir dari Jogja
komen "ambil" di foto yang mau, dicatat urut
#awulawul #jogjathrift #seken #vintagejogja
"""),
R("post","social_caption",C,"""
Outer musim dingin buat yang mau ke Jepang/Korea ✈️❄️
Long coat wol, puffer, thermal — semua preloved ex Seoul & Sapporo
Lebih hemat daripada beli baru, kualitasnya masih tebel
Harga mulai 150rb, pengiriman seluruh Indonesia
#winterwear #jaketwinter #thriftimport #liburankorea
"""),
R("post","social_caption",C,"""
POV: kamu nemu jaket Carhartt Detroit di karungan 😭🔥
Nggak aku pakai sendiri kok, aku lepas buat kalian di harga 550k
Size L, minus pudar natural di bahu
Buruan DM, first DM first serve
#carhartt #workwear #vintageworkwear #karungan
"""),
R("post","social_caption",C,"""
Baju lebaran anak murah meriah 🌙
Gamis anak, kemeja koko, dress — seken Singapura & Malaysia, layak semua
Mulai 25rb! Ambil 5 potong gratis 1
Lapak di Pasar Baru Batam, atau pesan online kirim se-Kepri
#bajulebarananak #batam #bajubekas #hematlebaran
"""),
R("post","social_caption",C,"""
ʙᴏɴɢᴋᴀʀ ʙᴀʟ ᴋᴏʀᴇᴀ ᴘᴀʀᴛ 3 📦
Isinya cardigan knit & blouse kerja, banyak yang masih mulus
Harga 40rb-70rb, semua bisa dibeli di keranjang kuning
Next part: celana kulot & rok
#bongkarbal #cardigan #ootdkerja #racunshopee
"""),
R("post","social_caption",C,"""
Haul RB dari Pasar Alok Maumere hari ini 🛍️
Sa beli banyak untuk jual ulang di kios di Ende: kemeja, rok, baju anak
Yang mau titip bilang dulu, sa kasih harga teman
Barang dari karung Malaysia, bagus-bagus e
#rombengan #maumere #flores #ntt
"""),
R("post","social_caption",C,"""
Koleksi kimono & yukata asli Jepang 🎎
Semua second, bahan katun & sutra sintetis, motif klasik
Cocok buat photoshoot, cosplay, atau koleksi
Harga 180rb - 450rb. Stok dari karung Kyoto, terbatas banget
#kimono #yukata #japanvintage #cosplayindonesia
"""),
R("post","social_caption",C,"""
sneakers bal thailand sampai di Pekanbaru 👟
aku pilihin yang masih tebal solnya, cuci deep clean dulu baru kirim
size 36 sampai 45, harga mulai 150 ribu
cek highlight "STOK" dan langsung DM ya
#sneakerspekanbaru #sneakerbekas #jualsepatu #riau
"""),
R("post","social_caption",C,"""
Rekomendasi buat yang nyari outfit gorpcore murah 🏔️
Toko temen aku @lapak.gunung.sk baru buka 2 bal outdoor dari Korea: Patagonia, TNF, Columbia
Harga masih manusiawi, 150-400rb
Gas follow & cek story dia sebelum habis
#gorpcore #outdoorstyle #jaketgunung #racunbelanja
"""),
R("post","social_caption",C,"""
Story time: 1 karung isi 100 kg bisa jadi 400 potong 😮
Yang lolos QC kita jual 30rb-80rb, sisanya masuk kiloan
Ini batch Jepang, banyak merek GU & Uniqlo
Belanja lewat link bio, kirim dari Cimahi
#storytime #bisnisfashion #jepang #belanjamurah
"""),
# ---------------- whatsapp_broadcast (18) ----------------
R("message","whatsapp_broadcast",C,"""
*INFO STOK BARU* 📢
Selamat pagi kakak-kakak, hari ini bongkar 3 bal Korea:
1. Kemeja wanita (±120 pcs)
2. Celana kulot (±80 pcs)
3. Outer & blazer (±60 pcs)
Harga ecer 35-75rb, grosir min 20 pcs 25rb
Foto lengkap nyusul di status ya. Balas format: NAMA_KODE_JUMLAH
"""),
R("message","whatsapp_broadcast",C,"""
Bc grosir 🔔
Jaket-jaket bekas sortir Jepang kiloan, 70rb/kg
Min ambil 10 kg, boleh campur parka, coach, denim
Barang ready di Tanah Abang, bisa dikirim hari ini
Info & order japri admin 0821xxxx
Terima kasih 🙏
"""),
R("message","whatsapp_broadcast",C,"""
Assalamualaikum ibu2 arisan 🌷
Sa ada barang cakar baru dari Parepare, gamis & rok panjang banyak
harga 30-60 ribu, kondisi bagus, tinggal cuci
Yang mau lihat, datang ke rumah sore ini atau sa kirim foto japri
Bisa bayar separuh dulu 🙏
"""),
R("message","whatsapp_broadcast",C,"""
📦 KARUNG BARU SAMPAI 📦
Lokasi gudang: Jl. Lintas Timur km 12, Tembilahan
- karung kaos campur
- karung celana panjang
- karung anak
Dibuka besok pagi jam 8. Reseller dapat harga khusus kalau ambil 1 karung utuh
Yang mau datang konfirmasi dulu
"""),
R("message","whatsapp_broadcast",C,"""
Selamat malam bosku
Open PO balpres thrift minggu depan, kuota 15 bal saja
Jepang campur 6,4jt | Korea kaos 5,1jt | jaket 7jt
DP 2jt per bal, sisa pas barang turun dari Batam
Yang berminat isi list:
1.
2.
3.
"""),
R("message","whatsapp_broadcast",C,"""
Hallo kak, broadcast dari Lapak Mamak Rika ✨
Sepatu anak sekolah dari bal Thailand udah dicuci, size 28-36
Harga 45rb sepasang, 2 pasang 80rb
Pengiriman ke seluruh Kalbar via travel
Silakan lihat katalog di status WA 👆
"""),
R("message","whatsapp_broadcast",C,"""
[BROADCAST] Pajak Sambu update:
Hari Minggu ini ada bongkaran baru monza jaket kulit & jas
Jas kantor mulai 60rb, jaket kulit mulai 200rb
Bisa dipesan dulu lewat WA, nanti kami simpankan sampai jam 12
Kirim luar kota pakai bus/travel juga bisa
"""),
R("message","whatsapp_broadcast",C,"""
Pengumuman untuk member grup reseller thrift:
Stok bal Jepang cream grade datang Kamis
Harga member 7,3jt (non member 7,8jt)
Max 2 bal per orang supaya adil
Transfer DP ke rekening yang biasa, bukti kirim ke admin
Barang diambil di gudang atau kirim ekspedisi
"""),
R("message","whatsapp_broadcast",C,"""
Halo semua 😊 Info lapak RB Kefa minggu ini
Baru buka karung dari Kupang, banyak jaket & kemeja flanel
Harga mulai 15 ribu
Lapak buka Sabtu-Minggu di samping terminal
Yang di Atambua mau titip, chat beta
"""),
R("message","whatsapp_broadcast",C,"""
*PROMO CUCI GUDANG*
Sisa sortiran 12 bal Korea kami jual per karung kecil 30 kg
Isi random (kaos, celana, kemeja), harga 750rb per karung
Cocok buat yang mau jualan di pasar malam
Ambil sendiri di Cikarang atau kirim cargo
"""),
R("message","whatsapp_broadcast",C,"""
Info stok roma 📣
Karung Tawau baru datang semalam pakai speedboat
Jeans wanita, kaos olahraga, sepatu bola
Harga lapak mulai 20rb
Yang mau borong satu karung belum dibuka, telepon saya dulu
"""),
R("message","whatsapp_broadcast",C,"""
Bro-sis, kami ada stok jaket kulit bekas impor Eropa hasil sortir 6 bal
Harga 250-600rb per jaket, kondisi disebutkan jujur di foto
Bisa COD area Bekasi-Jakarta Timur
Mau katalog? balas "KATALOG"
"""),
R("message","whatsapp_broadcast",C,"""
Selamat siang pelanggan setia Toko Sinar Baru Jambi
Barang PJ datang lagi: karpet, selimut, baju musim dingin, kemeja
Baju mulai 10 ribu, jaket 50 ribu
Buka setiap hari jam 9-17 di Jl. Wonogiri
Terima pesanan antar dalam kota
"""),
R("message","whatsapp_broadcast",C,"""
*SEPATU BEKAS BRANDED*
Baru buka 2 karung dari Bangkok:
Adidas, Nike, New Balance, Converse
Size 37-44, harga 125-300rb
Kondisi 80-95% udah deep clean
Minat langsung balas nomor foto. Kirim dari Sidoarjo
"""),
R("message","whatsapp_broadcast",C,"""
Bc ke semua grup 🙏
Saya jual baju2 lelong untuk anak sekolah & kerja, barang dari Serian Sarawak
Kemeja putih 25rb, celana sekolah 30rb, rok 25rb
Bisa antar di Sanggau & Sekadau
Harga khusus untuk guru & pedagang
"""),
R("message","whatsapp_broadcast",C,"""
Kabar gembira untuk pelanggan Ambon 🌊
Katong pung barang karungan dari Surabaya su sampe, isi jaket & sweater Korea
Harga 35-80 ribu, kondisi bagus
Datang lia di Pasar Mardika lorong belakang, atau pesan lewat WA
"""),
R("message","whatsapp_broadcast",C,"""
📣 Lapak Bundo Ani, Bukittinggi
Karungan baru tibo dari Dumai: kain panjang, selendang, baju kurung, jaket
Harago mulai 20 ribu, jaket 50 ribu
Kirim ka Padang, Payakumbuh, Solok bisa lewat travel
Balas pesan ko untuak caliak foto
"""),
R("message","whatsapp_broadcast",C,"""
Hai kak, pengingat: besok kita LIVE bongkar bal Jepang jam 19.00 di TikTok @gudang.kiloan
Yang broadcast ini dapat voucher ongkir 10rb kalau checkout di live
Isi bal: jaket, knit, celana chino
Sampai ketemu besok! 🙌
"""),
]
