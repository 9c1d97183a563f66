# Legal spoken records, part 2 (hard negatives).
RECORDS = [
("live", "hn_sisa_ekspor",1,0,1,0,
"""halo kak selamat siang ini live baju sisa ekspor ya
barang dari pabrik garmen di Semarang, baru semua ada tag nya
jadi bukan bekas ya kak, ini yang gagal kirim ke luar
kaos polo dua puluh lima ribu, celana chino lima puluh
[chat] eka.putri: kak kok murah, bekas ya
baru kak, sisa ekspor, liat nih tag nya masih nempel"""),
("live", "hn_jastip_new",1,0,1,1,
"""annyeong kakak-kakak aku lagi di Dongdaemun Seoul ya
jastip live malam ini, semua barang baru dari toko grosir
cardigan rajut ini dua ratus ribu udah termasuk fee jastip
[chat] keyla.a: kak ini baru kan bukan second
baru kak, masih di plastik, aku beli langsung di toko nya
[chat] keyla.a: mau yg lilac"""),
("live", "hn_other_goods_live",1,1,0,0,
"""ayo pak bos bengkel pabrik merapat
ini majun kain perca buat lap mesin, per kilo sebelas ribu
dari potongan kaos sisa, sudah dipotong potong, bersih
minimal ambil dua puluh kilo ya bos
[chat] cv_maju: bisa kirim Cikarang?
bisa bos, pakai truk kita sendiri"""),
("message", "hn_donation_request",0,1,1,0,
"""assalamualaikum warga RT lima
ini saya bu RT ya, kita mau kumpulkan baju layak pakai buat korban longsor
baju bekas boleh asal bersih dan nggak sobek
tolong dikumpulkan di pos ronda paling lambat hari minggu
sekali lagi ini bukan dijual ya, langsung dikirim ke posko"""),
("message", "hn_job_vacancy",0,1,1,1,
"""halo semua aku info lowongan aja ya dari temenku
dicari dua orang buat sortir baju dari bal di gudang daerah Cibaduyut
kerjanya misahin grade A sama grade B, gaji harian
yang minat langsung datang aja bawa KTP
aku cuma nerusin ya jangan tanya aku detailnya"""),
("article", "hn_customs_press",0,1,1,1,
"""JURU BICARA: rekan-rekan media, hari ini kami tunjukkan barang bukti
JURU BICARA: sebanyak tiga ratus dua belas bal pakaian bekas asal Malaysia diamankan di perairan Bengkalis
JURU BICARA: barang ini rencananya akan dibawa ke Pekanbaru dan Medan
WARTAWAN: pak, nilainya kira-kira berapa?
JURU BICARA: taksiran sekitar dua miliar rupiah, dan seluruhnya akan dimusnahkan"""),
("live", "hn_other_goods_live",1,1,0,0,
"""selamat pagi bapak ibu, live kardus bekas ya
kardus bekas mie instan sama air mineral, kondisi kering
per kilo tiga ribu lima ratus, ambil seratus kilo ke atas tiga ribu
[chat] pak_darto: karung goni bekas ada juga?
ada pak karung goni bekas kopi, tujuh ribu per lembar"""),
("article", "hn_reporter_standup",0,1,1,1,
"""[REPORTER] pemirsa, saya berada di kawasan Gedebage Bandung yang dikenal sebagai pusat pakaian bekas
[REPORTER] pagi ini aktivitas bongkar karung terlihat jauh berkurang
[REPORTER] pedagang yang kami temui enggan diwawancarai di depan kamera
[REPORTER] sebagian beralih menjual pakaian baru dari Tanah Abang
[REPORTER] saya melaporkan dari Bandung"""),
("post", "hn_documentary",0,1,1,1,
"""[narasi] setiap bulan, ratusan bal pakaian bekas melintasi Selat Malaka
[narasi] di atas kapal kayu, karung-karung itu ditumpuk hingga atap
[narasi] di darat, truk sudah menunggu untuk membawanya ke pasar-pasar di Sumatra
[narasi] bagi para buruh angkut, ini hanya pekerjaan
[narasi] bagi negara, ini penyelundupan"""),
("live", "hn_upcycling_local",1,1,1,0,
"""hai hai ini live brand upcycle kita ya
tote bag ini kita jahit dari jeans bekas yang dikumpulin dari donasi teman-teman di Jogja
jadi bukan dari bal ya, murni bekas lokal
tote bag jeans ukuran sedang delapan puluh lima ribu
[chat] ayu_eco: keren kak, aku mau satu
siap kak ayu"""),
("post", "hn_comedy_sketch",0,1,1,1,
"""[subtitle] HOST LIVE: oke gais kita buka bal korea nih
[subtitle] (buka karung)
[subtitle] HOST LIVE: ... isinya... jas hujan semua
[subtitle] HOST LIVE: oke gais ini limited edition ya, jas hujan vintage dari korea
[subtitle] CHAT: kak lagi musim kemarau
[subtitle] #parodi #pecahbal"""),
("live", "hn_local_thrift_denies_import",1,1,1,0,
"""halo kakak ini live thrift shop gereja kami ya
semua baju di sini donasi jemaat, bukan barang impor bukan bal
hasilnya buat beasiswa anak sekolah minggu
kemeja sepuluh ribu, dress lima belas ribu
[chat] maria_g: kak boleh ambil di gereja?
boleh kak, hari minggu abis ibadah"""),
("live", "hn_other_goods_live",1,0,0,0,
"""halo beauties welcome back ke live skincare kita
serum niacinamide ini lagi promo, dari sembilan puluh ribu jadi enam puluh
sunscreen beli dua gratis satu
[chat] tania.y: kak ada BPOM?
ada kak semua BPOM, ori, bukan barang bekas ya hehe"""),
("message", "hn_handmedown",0,1,1,0,
"""dek ini mbak ya
baju baju si Kakak yang udah kekecilan mbak kumpulin satu kardus
ada seragam, kaos, sama jaket, masih bagus bagus
nanti mbak titip ke mas Bowo kalau dia pulang kampung ya
buat si adek aja, nggak usah diganti uang"""),
("article", "hn_gov_socialization",0,1,1,1,
"""PETUGAS: bapak ibu pedagang, kami dari dinas datang untuk sosialisasi ya
PETUGAS: sesuai aturan, pakaian bekas impor itu barang dilarang
PETUGAS: jadi mohon tidak lagi mengambil barang dari bal atau karung yang masuk dari luar
PEDAGANG: terus kami jual apa pak
PETUGAS: ada program pendampingan, nanti kita hubungkan dengan konveksi lokal"""),
("post", "hn_haul_no_seller",0,1,1,1,
"""[subtitle] hasil berburu cakar di Makassar weekend kemarin
[subtitle] jaket parasut, kemeja hawaii, sama rok plisket
[subtitle] total cuma delapan puluh ribu
[subtitle] aku nggak bakal kasih tau lapaknya ya, nanti habis hahaha
[subtitle] kalian suka cakar juga nggak"""),
("live", "hn_new_clothes_live",1,0,1,0,
"""woi woi gas live jersey futsal custom
jersey printing baru ya bos, bahan dryfit, bisa sablon nama
satu stel celana baju sembilan puluh ribu, minimal dua belas stel
[chat] tim_rajawali: bang bisa jadi seminggu?
bisa bang, antrian masih kosong"""),
("comment", "hn_buyer_chat_complaint",0,1,1,1,
"""[chat] yuni.k: kak kok ngaku baru padahal ini thrift bal
[chat] yuni.k: labelnya ada tulisan jepang sama bekas setrikaan
[chat] yuni.k: aku minta refund ya kak
[chat] pembeli_lain: waduh aku baru checkout juga
[chat] yuni.k: hati hati kak, mending cancel"""),
("article", "hn_podcast_ban",0,1,1,1,
"""HOST: tamu kita hari ini mantan pedagang awul-awul di Jogja
TAMU: iya mas, saya dulu ambil karung dari Surabaya, katanya asal Jepang sama Korea
HOST: sekarang masih?
TAMU: sudah berhenti mas sejak ramai razia, sekarang saya jualan angkringan
HOST: nyesel nggak?
TAMU: ya namanya cari makan mas, tapi saya ngerti kenapa dilarang"""),
("live", "hn_other_goods_live",1,1,0,1,
"""halo pak tani ini live traktor bekas ya
traktor tangan kubota bekas impor Jepang, mesin masih halus
harga dua belas juta, bisa kirim ke seluruh Jawa Timur
[chat] pak_slamet: onderdil gampang?
gampang pak, banyak di Surabaya"""),
("post", "hn_reaction_video",0,1,1,1,
"""[subtitle] aku react ke video orang yang bilang thrift itu ramah lingkungan
[subtitle] oke setengah bener ya
[subtitle] beli baju bekas emang ngurangin produksi baru
[subtitle] tapi kalau bekas impor dari bal, separuhnya nggak layak dan jadi sampah di sini
[subtitle] jadi ramah lingkungannya buat negara asal, bukan buat kita"""),
("live", "hn_host_refuses",1,0,1,0,
"""oke gais sebelum mulai aku klarifikasi ya
kemarin ada yang fitnah toko aku jual baju Batam
nggak ya, semua kaos kami produksi sendiri di Pekanbaru, baru, ada labelnya
ini kaos oversize empat puluh lima ribu
[chat] ilham_pku: semangat kak, aku udah beli, baru kok
makasih kak ilham"""),
("message", "hn_voice_note_buyer",0,1,1,1,
"""bang aku mau nanya ya, abang kan sering ke Senen
kalau mau cari jaket bekas korea yang bagus itu lantai berapa sih
terus biasanya berapa ya harganya biar aku nggak kena tipu
aku rencana ke sana sabtu
bales ya bang kalau sempet"""),
("post", "hn_song",0,1,1,1,
"""[lirik] mamak pulang dari pajak
[lirik] bawa baju monza sekarung
[lirik] katanya murah katanya bagus
[lirik] tapi baunya bikin bingung
[lirik] monza oh monza, kenangan masa kecilku
#lagumedan"""),
("live", "hn_mosque_bazaar",1,1,1,0,
"""assalamualaikum jamaah semua, ini live bazar remaja masjid Al Ikhlas
baju baju ini infak dari warga kompleks, sudah dicuci dan dilipat
gamis sepuluh ribu, koko tujuh ribu, mukena lima belas ribu
hasilnya untuk renovasi tempat wudhu
[chat] ustadzah_n: masyaallah semoga berkah
aamiin ustadzah"""),
("article", "hn_radio_talkshow",0,1,1,1,
"""PENYIAR: oke, masih bersama kami ekonom dari salah satu universitas di Surabaya
EKONOM: begini mas, bal itu datang dengan harga murah karena di negara asalnya itu limbah
EKONOM: jadi produk konveksi kita harus bersaing dengan barang yang ongkos produksinya nol
PENYIAR: jadi solusinya apa pak
EKONOM: penegakan di pelabuhan, dan memberi pedagang kecil jalan keluar
PENYIAR: baik pendengar, tetap di frekuensi ini"""),
("live", "hn_new_vintage_style",1,0,1,0,
"""yo welcome di live kita, sneakers lokal
ini model retro runner, warnanya sengaja dibikin agak kusam kayak thrift
tapi baru ya guys, dus lengkap, buatan pabrik di Tangerang
harga tiga ratus tiga puluh ribu, promo live jadi dua ratus sembilan puluh
[chat] reza.sn: bang ini second?
baru bang, cuma gaya vintage aja"""),
("comment", "hn_viewer_joke",0,1,1,1,
"""[chat] ucok_bkt: kak bal nya dari korea apa dari kampung sebelah wkwk
[chat] sinta_s: kok bau kapal wkwk
[chat] ucok_bkt: habis ini live buka bal mantan
[chat] andi_m: isinya kenangan semua 😭
[chat] sinta_s: udah udah kasian hostnya"""),
("post", "hn_vlog_no_seller",0,1,1,1,
"""[subtitle] jadi guys aku penasaran kenapa pasar loak di Entikong rame
[subtitle] ternyata banyak baju bekas dari Malaysia yang dijual di sini
[subtitle] aku ngobrol sama warga, katanya udah dari dulu
[subtitle] tapi sekarang sering ada razia
[subtitle] aku nggak beli apa-apa, cuma pengen tau aja"""),
("live", "hn_other_goods_live",1,1,0,0,
"""yuk yuk live lelang barang antik
radio transistor tahun tujuh puluhan, masih nyala
mulai dari tiga ratus ribu ya, kelipatan dua puluh lima
[chat] kolektor_jadul: 325
[chat] pak_budi: 350
tiga ratus lima puluh pak budi, ada lagi?"""),
("message", "hn_voice_note_warning",0,1,1,1,
"""teman-teman grup reseller, saya mau ingatkan saja
mulai bulan ini saya tidak ambil lagi bal dari Batam
sudah dua kali barang ditahan, rugi besar
saran saya kalian juga hati-hati, jangan beli dari orang yang nggak jelas
saya sekarang kerja ikut saudara di pabrik saja"""),
("post", "hn_tutorial",0,1,1,1,
"""[subtitle] cara bedain jaket grade A sama grade B kalau kalian thrifting
[subtitle] cek ritsleting dulu, kalau seret biasanya grade B
[subtitle] cek ketiak sama kerah, noda kuning itu tanda pemakaian lama
[subtitle] terus cium baunya, jangan malu
[subtitle] semoga membantu, bukan endorse ya"""),
("live", "hn_new_clothes_live",1,0,1,0,
"""ibu-ibu sayang ini live mukena bali baru ya
bahan rayon adem, motif bunga, baru dari penjahit di Tasik
harga sembilan puluh lima ribu, ada tas nya juga
[chat] bu_eni: bu bekas atau baru?
baru bu, masih segel plastik, nih liat
[chat] bu_eni: mau yang hijau mint"""),
]
