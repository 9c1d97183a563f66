from common import R

RECORDS = [
# ---------------- live_announcement (illegal) ----------------
R("live_announcement", "live", """
🔴 LIVE MALAM INI JAM 20.00 WIB
Kita bongkar bal Jepang segel 100 kg di depan kamera, dari nol!
Siapa cepat dia dapat: ketik "MAU" + nomor barang di kolom komentar.
Harga flat 35rb semua item selama 30 menit pertama.
Pembayaran via link checkout yang admin kirim di DM.
Yang belum pernah ikut: semua barang di live ini pakaian bekas impor Jepang, kondisi 7-10, difoto ulang setelah live.
Ongkir subsidi 5rb untuk pembelian 3 item ke atas.
Set alarm, jangan sampai ketinggalan 🔔
"""),
R("live_announcement", "live", """
Besok live jam 7 pagi dari lapak Gedebage yaa 🥳
Ada 3 karung Korea baru: sweater, crewneck, hoodie.
Aku angkat satu-satu, kalian rebutan di komen 😆
Ongkir subsidi 10rb se-Jawa. Jangan lupa follow biar dapat notif.
Tiap item aku tunjukin detail noda/bolongnya di kamera, jadi nggak ada drama pas barang sampai.
"""),
R("live_announcement", "live", """
LIVE SPESIAL 1.000 FOLLOWERS 🎉
Jam 9 malam: open karung tas Korea, ada 120-an tas.
Flash sale tiap 15 menit: 50rb dapat tas kulit (random).
Yang menang kuis nama brand dapat tas gratis.
Link live di bio, nanti juga aku share di grup WA pelanggan.
Pembayaran max 2 jam setelah live, lewat itu otomatis batal.
Pengiriman mulai besok siang.
"""),
R("live_announcement", "live", """
Nanti sore kita live dari Pasar Terong ya ☀️
Cakar baru pecah karung: celana jeans laki-laki dan kemeja kerja.
Harga 25-60rb. Ketik "KEEP" + warna.
Pengiriman Makassar gratis pakai kurir kami, luar kota pakai J&T.
Live kali ini juga ada sesi tanya jawab cara merawat baju cakar biar awet.
"""),
R("live_announcement", "live", """
🔴 ON AIR jam 19.30 — "Sabtu Bongkar Bal"
Episode 42: bal UK jaket musim dingin.
Aturan: 1 akun max 3 barang, bayar max 1 jam setelah live, no cancel.
Yang cancel 2x masuk blacklist ya kak, demi keadilan buat penonton lain 🙏
Semua jaket dari bal ini bekas impor Inggris, banyak merk outdoor & coat wol.
Rekap pemenang tiap item diumumkan di story setelah live.
"""),
R("live_announcement", "live", """
Live lelong besok pagi jam 8, terus dari lapak Sungai Beliung 📺
Kasut sukan, jaket, seluar — semua dari karung Malaysia yang baru sampai.
Yang nak beli tulis "AMBIL" + nombor barang. Bayar transfer atau COD Pontianak kota.
Barang yang tak habis kami jual lagi di lapak Ahad pagi.
"""),
R("live_announcement", "live", """
Guys jangan lupa!! Live ke-3 minggu ini: MONZA NIGHT 🌙
Jam 9 malam, stok dari Pajak Melati langsung: blazer, dress, rok span.
Harga mulai 30rb, free ongkir Medan kota minimal 3 item.
Siapin jempol kalian ya, biasanya 10 menit udah abis 😂
Blazer & dress monza ini semua bekas impor pilihan, aku cuci ulang sebelum kirim.
"""),
R("live_announcement", "live", """
LIVE SHOPPING — "Jumat Sepatu"
20.00 WIB: 70 pasang sepatu dari bal Korea, semua sudah deep clean.
Size 36-45, harga 80-400rb.
Setiap 50 pembeli ada giveaway kaos kaki baru 😄
Sepatu yang dijual bekas impor, jadi aku tunjukin sol & insole satu per satu di kamera.
Pembayaran maksimal jam 12 malam.
"""),
R("live_announcement", "live", """
Ngabuburit bareng kita! Live jam 16.30 s/d 17.45 🌙
Gamis, abaya, mukena ex Malaysia, layak pakai, cocok buat lebaran.
Semua 50rb, beli 3 jadi 130rb.
Admin rekap di story setelah buka puasa.
Pengiriman setelah lebaran untuk luar kota, dalam kota bisa diantar sebelum takbiran.
"""),
R("live_announcement", "live", """
Besok kita pindah platform ya kak, live di akun cadangan (akun utama kena batas lagi 😅)
Jam 8 malam: karung Jepang anak — setelan, jaket, sepatu.
Jangan sebut kata yang aneh-aneh di komen biar live nggak diputus, cukup ketik nomor barang.
Link akun cadangan di bio akun ini.
Pembayaran lewat transfer manual, bukan keranjang, biar aman.
Rekap pesanan dikirim lewat WA jam 10 malam.
"""),
R("live_announcement", "live", """
🔴 LIVE NOW: "Pilihin Aku Dong"
Kalian kasih budget + ukuran, aku pilihkan dari tumpukan cakar di belakangku (Korea semua).
Contoh: 100rb, size L, suka warna gelap → aku pilihkan 3 item.
Pembayaran setelah kalian setuju sama pilihanku.
Sesi ini cuma 1 jam, jadi yang pertama komen yang duluan aku pilihin.
"""),
R("live_announcement", "live", """
Mohon perhatian pelanggan setia awul-awul kami 🙏
Live terakhir sebelum libur lebaran: Minggu jam 1 siang.
Kita habiskan 4 bal sisa (Batam), harga 10rb-20rb.
Setelah itu toko tutup sampai H+7.
Terima kasih pelanggan setia, mohon maaf lahir batin 🙏
Stok awul-awul baru dari Batam masuk lagi setelah lebaran.
"""),
R("live_announcement", "live", """
LIVE BARENG SUPPLIER!! 🚚
Malam ini jam 9, Bang Jo dari gudang Batam ikut live, jawab semua pertanyaan soal beli bal untuk pemula.
Sekalian open order bal Korea mix 3,6 jt (kuota 10 bal).
Yang mau mulai usaha, wajib nonton.
Bang Jo juga bakal jelasin bedanya grade A, B, C dan cara hitung balik modal dari satu bal.
"""),
R("live_announcement", "live", """
Tonight 8PM WIB live from our warehouse in Jakarta 🇯🇵🇺🇸
Opening: 1 Japanese denim bale + 1 US college sweatshirt bale.
International buyers welcome, we ship via DHL.
Comment "CLAIM" + item number. Invoice sent after live.
Local buyers: COD Jakarta available on Saturdays.
"""),
R("live_announcement", "live", """
Live jam 10 pagi di lapak Pasar Alok 📱
Karung baru dari seberang, isi baju kerja dan celana kain.
Semua 20 ribu. Ketik "saya" untuk ambil.
Yang dari Ende dan Flores Timur bisa kirim pakai kapal Sabtu.
Bayar tunai saat ambil atau transfer BRI.
Yang tidak sempat nonton, bisa tanya sisa barang lewat WA setelah live.
"""),
R("live_announcement", "live", """
⚠️ JADWAL LIVE MINGGU INI ⚠️
Senin — kemeja Jepang
Rabu — jaket & hoodie Korea
Jumat — sepatu & tas
Minggu — obral sisa (10rb)
Semua stok dari karung yang kami buka langsung, bukan ambil dari toko lain.
Jam tayang 19.30, durasi 2 jam.
Biar nggak kena putus, kami nggak sebut kata "bekas" atau "impor" di live, cukup paham sama paham ya kak 😉
"""),
R("live_announcement", "live", """
Sapa teman-teman Kendari! Nanti malam live cakar dari gudang kecil kami di Wua-Wua 🙌
Ada 2 karung jaket Korea yang masih segel.
Harga jaket 40-90rb, gratis antar area kota.
Jangan lupa share live ke grup keluarga ya hehe.
Yang dari Konawe & Kolaka bisa titip ke bus malam.
"""),
R("live_announcement", "live", """
LIVE "TEBAK ISI KARUNG" 🎲
Kami timbang satu karung Jepang campur di kamera. Yang tebakan beratnya paling dekat dapat 5 item gratis.
Setelah itu isi karung kami jual satu per satu, 25-75rb.
Mulai jam 8 malam, akun @lapak*****.
Semua isi karung adalah pakaian bekas impor Jepang, kondisi campur, jadi harga beda-beda.
"""),

# ---------------- seller_bio (illegal) ----------------
R("seller_bio", "profile", """
🌿 Monza Kak Rut — sejak 2014
📍 Pajak Melati Blok C no. 17 (Selasa/Jumat/Minggu)
🧥 Jaket, kemeja, blazer ex Korea & Jepang, 100% ori luar
📦 Kirim seluruh Indonesia | COD Medan
📲 Order: 0812xxxx
⏰ Buka 08.00-17.00 hari pekan
"""),
R("seller_bio", "profile", """
CAKAR ONLINE MKS 🛍️
Barang pilihan dari karung Malaysia/Korea
Buka bal tiap Selasa & Jumat
Eceran & grosir (min 20 pcs)
Testimoni di highlight ✨ | No tipu-tipu
📍 Antang, Makassar | COD & kirim
"""),
R("seller_bio", "profile", """
thrift & vintage | est. 2019
second branded ex Japan 🇯🇵 — curated, washed, steamed
live tiap Rabu 20.00
shopee/tokped: cari "lemari nenek jepang"
reseller welcome 🤝
"""),
R("seller_bio", "profile", """
Supplier Bal Batam — tangan pertama
Korea • Jepang • UK • USA
Segel utuh, berat sesuai timbangan
Pengiriman kapal & darat seluruh Indonesia
Bukan dropshipper. Cek lokasi gudang di maps "Gudang Bal Batu Aji".
Terima pesanan pedagang thrift online & offline
"""),
R("seller_bio", "profile", """
Lelong Sambas Official 🧺
Baju, seluar, kasut, beg dari Malaysia
Pasar lelong Sabtu-Minggu, online tiap hari
Hantar ke seluruh Kalbar | grosir karung pun ada
Barang terpakai berkualiti, harga rakyat
"""),
R("seller_bio", "profile", """
AWUL-AWUL MBAK SRI 🌸
Lapak: Pasar Legi Parakan (pon & legi) + Sekaten tiap tahun
Barang Batam asli, milih sepuasnya
Grosir per karung untuk pedagang
WA 0812xxxx
Open reseller awul-awul online (minimal 20 pcs)
"""),
R("seller_bio", "profile", """
Vintage Denim Lab 👖
Levi's, Lee, Wrangler, Edwin — langsung dari bal USA & Jepang
Every piece hand-picked | ukuran diukur manual
Drop katalog tiap tanggal 1 & 15
Jakarta | ship worldwide
Vintage & thrift sejak 2016
"""),
R("seller_bio", "profile", """
RB Nunukan "Berkah Jaya"
Pakaian, sepatu, tas, selimut dari Tawau
Eceran di toko, grosir per karung untuk pedagang Tarakan/Berau/Parepare
Jl. Pelabuhan, buka 07.00-21.00
Melayani pengiriman via KM Thalia & kargo udara
"""),
R("seller_bio", "profile", """
Bundle Jepun Murah 🇲🇾➡️🇮🇩
Kami jual pakaian bundle Jepun & Korea
Boleh pos ke Indonesia (Batam, Pekanbaru, Medan)
Order minimum 5 helai | bale penuh pun boleh
Harga borong untuk peniaga Indonesia
"""),
R("seller_bio", "profile", """
Toko Baju BJ Ayuk Lena
Pasar 16 Ilir Palembang, lantai dasar
Gamis • kemeja • celana • baju anak eks Singapura
Harga bersahabat, bisa tawar
Melayani grosir ke OKI, Muba, Lahat
Baju bekas impor pilihan, dicuci & disetrika
"""),
R("seller_bio", "profile", """
👟 Sepatu Seken Cuan
Sneakers ori dari bal Korea & Jepang
Deep clean + unyellowing tiap pasang
Garansi ori / uang kembali
COD Surabaya | kirim seluruh Indo
Thrift sneakers since 2020
"""),
R("seller_bio", "profile", """
Gudang Cakar Parepare — sejak 1998 (generasi ke-2)
Kepala • badan • kaki
Pengiriman ke Makassar, Kendari, Palu, Mamuju
Karung langsung dari Nunukan, harga pedagang
Hubungi Pak Haji Baso (WA di bawah)
"""),
R("seller_bio", "profile", """
kawaii closet 🎀 harajuku & gyaru style
semua barang preloved dari Jepang (secondhand shops Osaka, dikirim per karung)
size jepang, cek ukuran di caption
PO karung berikutnya: akhir bulan
dm untuk katalog, no cancel
"""),
R("seller_bio", "profile", """
Rombengan Selatpanjang Inang Tiur
Kemeja, celana, jaket eks Singapura sejak 1985
Kirim pakai kapal ke Pekanbaru, Batam, Tanjung Balai Karimun
Pesan lewat WA, foto dikirim dulu
Kemeja kantor 35rb, jaket 60rb
"""),
R("seller_bio", "profile", """
UKAY-UKAY STYLE ID 🇵🇭🇮🇩
Kami bawa bal dari Manila & Korea, pilih yang terbaik buat kalian
Streetwear • y2k • outdoor
Live tiap Sabtu | Bali based, ship everywhere
Imported secondhand, curated with love
"""),
R("seller_bio", "profile", """
Grosir Karungan Cikarang 📦
Karungan Korea, Jepang, Eropa — press pabrik
Ecer per kilo juga bisa (min 10 kg)
Buka 08.00-17.00 | Sabtu setengah hari
Lokasi: kawasan pergudangan, share loc via WA
Bal segel & bal sortir ready setiap minggu
"""),
R("seller_bio", "profile", """
Lapak Cimol Teh Nenden 🧥
Gedebage gedung utama lantai 2 no. 214
Jaket, hoodie, sweater ti Korea & Jepang
Tiasa COD Bandung, kirim ka sadaya kota
Buka unggal dinten, Minggu paling rame
Baju bekas impor pilihan, dicuci heula sateuacan dijual
"""),
R("seller_bio", "profile", """
Baju Anak Jepang Murah 🧸
Preloved Japan untuk 0-12 tahun: setelan, jaket, sepatu
Barang datang per karung tiap bulan, dipilih & dicuci ulang
Reseller dapat harga khusus
Ready di Malang, kirim seluruh Indonesia
Semua baju bekas impor sudah dicuci air panas & disetrika
"""),

# ---------------- comment_thread (illegal) ----------------
R("comment_thread", "comment", """
rara_ootd: kak ini bahan apa? ada noda nggak?
lemarinenek.jp: bahan wol campur kak, no noda, cuma ada pilling dikit. ex Jepang asli 🙏
rara_ootd: ukuran LD berapa kak?
lemarinenek.jp: LD 104 ya kak. masih ready, mau di-keep?
rara_ootd: keep kak, transfer ke mana?
lemarinenek.jp: cek DM ya kak 😊
rara_ootd: udah transfer kak, tolong kirim hari ini ya
lemarinenek.jp: siap kak, resi nyusul malam ini. makasih udah belanja 🙏
"""),
R("comment_thread", "comment", """
andre.kcm: bang, bal Korea yang kemarin masih ada?
gudangbal_btm: masih 3 bal bang, mix wanita sama 1 mix pria
andre.kcm: harga sama?
gudangbal_btm: sama, 3,6. kirim ke mana bang?
andre.kcm: Jambi
gudangbal_btm: bisa, lewat ekspedisi truk 3 hari. DP dulu 1 jt biar saya amankan
andre.kcm: oke, nomor rekening kirim ke WA ya bang
gudangbal_btm: sudah saya WA. jangan tulis "baju bekas" di berita transfer ya bang, tulis aja "tekstil"
"""),
R("comment_thread", "comment", """
Maya S.: Kak ini cakar atau baru?
Cakar Daeng Cantik: cakar kak, tapi kondisinya kayak baru ji, kami cuci semua
Maya S.: harga blazer yang hitam?
Cakar Daeng Cantik: 45 ribu kak, kalau ambil 2 jadi 80
Maya S.: boleh kirim ke Gowa?
Cakar Daeng Cantik: bisa kak, ongkir 10 ribu 👍
Maya S.: ada yang warna cream juga kak?
Cakar Daeng Cantik: ada satu, tapi ukurannya S. nanti saya kirim fotonya di chat
"""),
R("comment_thread", "comment", """
@dimas_ptk: ini kasut lelong ke? original ke?
@lelong_ptk_official: lelong bang, original, dari Malaysia. size 42
@dimas_ptk: berapa?
@lelong_ptk_official: 275 ribu, nego sikit boleh
@dimas_ptk: ok saya ambil, COD Ayani boleh?
@lelong_ptk_official: boleh bang, jam 4 sore ye
@dimas_ptk: siap, ada jaket juga tak? saya nak tengok sekali
@lelong_ptk_official: ada bang, baru buka karung semalam, bawa je duit lebih 😄
@rina_sgu: bang, ada kasut budak size 30?
@lelong_ptk_official: ada kak, dalam 5 pasang, 40 ribu je
@rina_sgu: simpan 2 ye, saya datang dengan Dimas sekali 😂
"""),
R("comment_thread", "comment", """
nia.hijab: mba, gamisnya dari mana? kok murah banget
butikberkah.sec: dari karung Malaysia mba, layak pakai, sudah dicuci 2x 🙏
nia.hijab: oh second ya. bau apek nggak?
butikberkah.sec: insyaallah nggak mba, kami rendam & jemur. banyak pelanggan repeat kok
nia.hijab: oke, yang maroon saya ambil ya
butikberkah.sec: siap mba, saya kirim detail pembayaran lewat DM. terima kasih 🙏
"""),
R("comment_thread", "comment", """
budi_outdoor: gan jaket TNF nya masih?
monza_gunung: masih gan, 1 lagi size L
budi_outdoor: kondisi?
monza_gunung: 8/10, ada jahitan ulang di saku dalam. asli dari bal Korea gan, bukan KW
budi_outdoor: 200 bisa?
monza_gunung: 220 pas gan, udah termasuk ongkir Sumut
budi_outdoor: deal
monza_gunung: transfer ke rekening di bio ya gan, kirim besok pagi
"""),
R("comment_thread", "comment", """
Lisa: kak, bal yang isi 100 kg itu berapa pcs ya?
Agen Bal Jateng: tergantung isi kak, kalau kaos bisa 350an, kalau jaket 120an
Lisa: saya pemula, mending ambil apa?
Agen Bal Jateng: Korea mix aja kak, cepat laku. 3,7 jt sudah sampai rumah
Lisa: bisa bayar 2x?
Agen Bal Jateng: bisa, DP 50% dulu
Lisa: oke kak, saya ambil satu bal dulu buat coba
Agen Bal Jateng: siap kak, nanti saya kasih tips sortir juga biar nggak rugi
"""),
R("comment_thread", "comment", """
fajar_: brp ini bang?
jaketseken.id: 150k bang
fajar_: ori?
jaketseken.id: ori bang, barang luar, ada tag made in Vietnam buat brand US, dapat dari karung Jepang
fajar_: kok bisa dari Jepang?
jaketseken.id: iya bang, kan dipakai orang sana dulu. kondisi 9/10
fajar_: oke keep
jaketseken.id: siap bang, transfer max jam 9 malam ya
"""),
R("comment_thread", "comment", """
Rina K.: Bu, awul-awulnya masih buka hari ini?
Awul Mbak Sri: Buka mbak, sampai jam 9 malam
Rina K.: yang jaket anak ada?
Awul Mbak Sri: ada, baru datang dari Batam kemarin, 15-30 ribu
Rina K.: saya ke sana habis maghrib ya bu
Awul Mbak Sri: monggo mbak 🙏
Rina K.: sekalian kemeja flanel buat suami ada bu?
Awul Mbak Sri: wah akeh mbak, pilih dhewe mawon
"""),
R("comment_thread", "comment", """
user8812: kak, kok tulisannya "preloved" tapi banyak banget stoknya?
closetkorea.id: iya kak, kami ambil dari supplier, barang preloved Korea kak 😊
user8812: jadi bukan punya pribadi ya
closetkorea.id: bukan kak, tapi kondisi tetap bagus, sudah sortir
user8812: oh oke, yang rok plisket hijau masih?
closetkorea.id: masih kak, 40rb
user8812: kok murah kak? emang bukan bekas impor?
closetkorea.id: ya bekas impor kak, makanya murah 😅 tapi kondisi bagus kok
"""),
R("comment_thread", "comment", """
Hendra: lae, karung Tanjung Balai masih ada yang jaket?
Ucok Gudang: ada 2 lagi lae, 5 jt satu
Hendra: bisa kirim ke Rantau?
Ucok Gudang: bisa, tambah ongkos 200
Hendra: transfer besok pagi ya
Ucok Gudang: siap, kukasih yang paling berat
Hendra: jangan kau kasih yang banyak sobek kayak kemarin ya
Ucok Gudang: aman lae, ini barang kepala semua
Mak Tiur: Cok, aku pun mau satu karung kemeja, yang dari Tanjung Balai juga
Ucok Gudang: ada namboru, 4 jt, besok kuantar ke Pajak Sambu
Mak Tiur: jangan telat kau, pembeliku datang pagi
"""),
R("comment_thread", "comment", """
salsa: kak spill harga sepatu yang putih
sneakerseken.sby: 280rb kak, Adidas Stan Smith size 39, dari bal Korea
salsa: ada kuningnya?
sneakerseken.sby: sudah unyellowing kak, lihat video di highlight
salsa: oke mau, COD Rungkut bisa?
sneakerseken.sby: bisa kak, besok jam 5 ya
salsa: oke kak, aku bawa uang pas
"""),
R("comment_thread", "comment", """
Agus P.: Bang ini kiriman dari mana kok murah?
Rombeng Inang Tiur: dari Singapura bang, lewat Selatpanjang
Agus P.: kemeja kantor ada size XL?
Rombeng Inang Tiur: ada 6 biji, 35 ribu satu
Agus P.: kirim ke Pekanbaru bisa?
Rombeng Inang Tiur: bisa bang, naik kapal besok pagi
Agus P.: oke inang, saya transfer sekarang
Rombeng Inang Tiur: terima kasih bang, nanti resi kapal saya foto
"""),
R("comment_thread", "comment", """
mika.vintage: is this from a bale? any holes?
denimlab.jkt: yes, from our latest Japanese bale. no holes, small stain near hem
mika.vintage: shipping to Singapore?
denimlab.jkt: yes via DHL, around 350k
mika.vintage: ok I'll take it
denimlab.jkt: invoice sent to your DM 🙏
mika.vintage: paid! can you add the other Levi's jacket too?
denimlab.jkt: sure, combined shipping, same bale 😊
"""),
R("comment_thread", "comment", """
Teh Iis: A, jaketna nu mana tiasa kénéh?
Cimol Kang Dadan: nu coklat kénéh aya teh, ti karung Korea, 85 rébu
Teh Iis: tiasa dikirim ka Garut?
Cimol Kang Dadan: tiasa teh, ongkir 15 rébu
Teh Iis: muhun, abdi nyandak
Cimol Kang Dadan: hatur nuhun teh, transfer ka rekening dina bio nya
Teh Iis: siap, enjing ditransfer
"""),
R("comment_thread", "comment", """
dewi_mama2: mba ini baju anak dari Jepang ya? aman buat bayi?
bajuanakjpn: iya mba, preloved Jepang. kami cuci air panas + rendam antiseptik 🙏
dewi_mama2: ada size 80?
bajuanakjpn: ada 4 setel mba, 25rb per setel
dewi_mama2: ambil semua ya
bajuanakjpn: siap mba, total 100rb + ongkir
dewi_mama2: kalau beli bekas impor gini harus dicuci lagi mba?
bajuanakjpn: sebaiknya iya mba, buat bayi dicuci ulang biar tenang 🙏
"""),
R("comment_thread", "comment", """
rizky_: kak, bisa ikut patungan bal?
openbal.bdg: bisa kak, 1 bal dibagi 4, masing2 900rb
rizky_: isinya apa?
openbal.bdg: Korea mix, dibagi rata pakai undian, live di IG
rizky_: masukin aku satu slot
openbal.bdg: siap, DP 300rb ya kak
rizky_: kalau isinya jelek boleh refund?
openbal.bdg: nggak bisa kak, namanya bal untung-untungan, tapi biasanya bagus kok
"""),
R("comment_thread", "comment", """
@ikha_tkn: kak cakarnya dari Tawau ya? ada baju kurung?
@cakartarakan99: iya kak, Tawau. baju kurung ada 10an, 30-50rb
@ikha_tkn: yang ungu tu berapa?
@cakartarakan99: 45rb kak, kondisi bagus
@ikha_tkn: simpan ya kak, saya ambil sore
@cakartarakan99: siap kak, saya taruh di gantungan depan
"""),
]
