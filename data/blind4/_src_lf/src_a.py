# Hand-written long-form records, part A: illegal offers (1-50).
# Each entry: kind, category, elements (offer used clothing abroad), text.
R = []
def add(kind, cat, el, text):
    R.append(dict(kind=kind, category=cat, el=el, text=text.strip("\n")))

add("listing", "bale_wholesale_offer", "1111", """
READY BAL KOREA 🇰🇷 LANDING MINGGU INI
Kemeja campur cowok/cewek isi ±350 pcs — Rp 7,8jt
Kaos oblong grade A isi 500 pcs — Rp 6,5jt
Jaket parasut/windbreaker isi 180 pcs — Rp 9jt
Celana jeans campur isi 220 pcs — Rp 8,2jt
Semua masih segel press, belum dibuka, no tukar isi ya kak
Gudang di Gedebage, bisa ambil langsung atau kirim ekspedisi
Minat serius chat 0813xxxx, no PHP 🙏
""")

add("listing", "bale_wholesale_offer", "1111", """
Bal Jepang tersedia lagi bosku 🇯🇵
- Bal sweater/rajut 45kg
- Bal hoodie campur 50kg
- Bal kids (baju anak) 45kg, cocok buat lapak pasar pagi
harga per kg mulai 95rb, minimal ambil 1 bal
barang bekas pakai layak jual, sortiran kepala kurang lebih 60%
gudang di Cikarang, kirim seluruh Jawa pake truk langganan
DP 50% pelunasan pas barang sampai
""")

add("listing", "evasive_spelling_offer", "1111", """
B4L TRHIFT 1MP0RT R3ADY
isi 300an pcs campur kaos, kemeja, crewneck
ex JPN & KR, kndisi s3k3n layak pk
harga 5,9 nego tipis
cod area Tangerang / krm luar kota via cargo
dm aj, jgn tny 'msh ada?' klo gk serius ya
""")

add("listing", "evasive_spelling_offer", "1111", """
b.a.l.p.r.e.s.s masuk lagi minggu depan 🤫
s e k e n  k o r e a  sortiran atas, kaos + polo + kemeja
1 k.a.r.u.n.g isi 250-300 pcs, 6 jt an
yg mau amanin slot DP dulu, stok terbatas karna jalur lagi ketat
info lengkap japri ya, jangan komen harga di sini
""")

add("post", "evasive_spelling_offer", "1111", """
Thr🔥ft b🅰️le Jepang 🇯🇵 ada lagi nih
b🅴kas imp🅾️r tapi mulus2, ada Uniqlo, GU, Muji
isi 200 pcs per k💰rung, harga 4.8jt aja
khusus reseller, minimal 1 bal
WA 0857xxxx (chat aja, ga terima telpon)
""")

add("listing", "evasive_spelling_offer", "1111", """
\u0412\u0410L\u0420R\u0415SS SG MASUK 🚢
Isi: kemeja kantor, blazer, celana bahan — kondisi bekas pakai tp bersih
1 ball ±280 helai, harga 7,2 jt
Barang nyebrang dr Batam, aman sampai gudang Jakarta Utara
Order via DM, slot terbatas bulan ini
""")

add("post", "evasive_spelling_offer", "1111", """
Open PO b*l b*k*s impor batch 12 😎
isi kaos band, kaos tim, crewneck vintage
ex K*r*a, sortiran A, tiap karung 200-250 pcs
harga 5,5 - 7 jt tergantung isi
pengiriman dari gudang Medan, estimasi 7-10 hari
yang mau gabung grup reseller klik link di bio
""")

add("post", "regional_term_offer", "1111", """
Cakar baru bongkar mi di lapak ta di Pasar Butung belakang, karung Korea ini hari 🔥
Jaket, kemeja flanel, celana kain, ada juga tas-tas branded
Harga mulai 15 ribu, kalau ambil banyak bisa kurang sedikit ji
Yang mau ambil per karung juga bisa, tinggal japri saja ki
Lokasi: lorong 3 belakang pasar (cari spanduk kuning)
Buka jam 8 pagi sampe magrib
""")

add("post", "regional_term_offer", "1111", """
MONZA SUPER MASUK BAH!!
Bal baru turun dari Tanjungbalai semalam, isinya jaket kulit, sweater, jeans Levi's & Wrangler
Di kede kami Pajak Melati blok C, buka Selasa Jumat Minggu
Harga mulai 20rb, jeans 501 ada yg 150rb masih gagah kali
Mau grosir per goni pun bisa, tanya2 aja dulu lae
WA 0821xxxx
""")

add("post", "regional_term_offer", "1111", """
Awul-awul anyar teko, karungan Jepang lur! 🙌
Kemeja, flanel, jaket denim, kabeh sekenan impor sing isih apik
Regane wiwit 10 ewu, sing apik-apik dipajang 35 ewu
Lapak cedhak Pasar Godean, buka saben Setu-Minggu
Nek arep kulakan sak bal yo iso, japri wae
""")

add("post", "regional_term_offer", "1111", """
RB BARU BUKA KARUNG ‼️
Katong ada bongkar 3 karung Korea hari ini di lapak Oebobo, baju2 cewe, jaket, sepatu bola juga ada
Harga 10rb - 50rb, sepatu 75rb
Yang mau ambil karungan buat jual lai di kampung bisa pesan, 1 karung 3,5jt isi campur
Datang cepat sebelum habis e
Info: 0852xxxx (kak Ina)
""")

add("post", "regional_term_offer", "1111", """
CABO FRESS dari karung, baru tiba kong so siap di lapak Pinasungkulan 🤙
Ada jaket gunung, kemeja flanel, celana cargo, tas ransel
Harga mulai 25 rebu, jaket 60 rebu
Mo borong 1 karung? torang kase harga khusus, karung Korea deng Jepang ada
Chat jo di nomor 0853xxxx
""")

add("post", "regional_term_offer", "1111", """
Roma datang hari Jumat, buka Sabtu pagi di toko kami dekat Pasar Baru Nunukan 🙌
Barang ambil langsung dari Tawau, ada jeans, blus, sepatu sport, tas kerja
Yang dari luar kota (Tarakan, Malinau) bisa pesan karungan, kami kirim pakai kapal
Harga per karung 2,8 - 4,5 jt tergantung isi
Hubungi 0811xxxx
""")

add("post", "regional_term_offer", "1111", """
Horas! Burjer baru buka goni di onan Balige hari Jumat ini 🙏
Jas, celana panjang, rok, kemeja — semua barang luar, bekas tapi bagus-bagus
Harga mulai 10 ribu, jas mulai 50 ribu
Inang-inang yang mau ambil partai untuk dijual lagi ke onan lain, hubungi kami dulu, goni isi 400an potong
Kontak: Op. Rut (0813xxxx)
""")

add("post", "regional_term_offer", "1111", """
BJ masuk lagi wong kito! Burukan Jambi kualitas super 👌
Kaos, kemeja, celana jins, jaket — isi karung Singapur
Lapak kami di lorong belakang pasar 16 Ilir, buka dari jam 7
Biso ambil partai satu karung Rp 4 jt, isi kurang lebih 300 lembar
Tanyo-tanyo dulu boleh, WA 0819xxxx
""")

add("post", "regional_term_offer", "1111", """
Baju lelong baru masok dari Kuching, kondisi masih bagus semue 👌
Ade baju kurung, kemeja, seluar jeans, cadar (sprei) pun ade
Harge mulai 20 ribu, cadar 60 ribu
Kedai kame dekat Jl. Tanjungpura, gang 4, bukak pagi sampai malam
Nak ambik sekarung pun boleh, tanye dulu ye
""")

add("post", "regional_term_offer", "1111", """
Cakbo baru bongkar bal di Mardika, beta pung lapak lorong dua ee 🔥
Sepatu bekas impor ada Nike, Adidas, Vans — masih mantap
Baju-baju cewe jua ada, harga mulai 15 ribu
Sapa mau ambe satu bal par jual lai di pulau, beta kasi harga bae
Kontak: 0812xxxx (Nona Tia)
""")

add("post", "market_name_offer", "1111", """
📍Senen Blok III lantai 2, nomor kios ada di bio
Hari ini buka bal crewneck Korea, isi masih fresh belum dipilih orang
Crewneck 35rb, hoodie 60rb, varsity 120rb
Bisa video call buat pilih, kirim pakai ojol/JNE
Reseller dapat harga khusus kalau ambil 20 pcs ke atas
""")

add("post", "market_name_offer", "1111", """
Cimol Gedebage update!! 🛍️
Lapak kami (blok B deket musola) baru bongkar karung jaket impor — coach jacket, parka, bomber
Kondisi second bagus, beberapa ada minus kecil (foto detail di highlight)
Harga 75k-180k
Nu ti luar Bandung tiasa pesen online, dikirim sadinten
Ongkir ditanggung pembeli nya
""")

add("post", "market_name_offer", "1111", """
Lapak pasar pagi Jodoh dekat Tos 3000 🙌
Tiap pagi buka ballpress baru, baju Singapore bekas tapi branded2 (Giordano, Uniqlo, Zara)
Kaos 3 = 20rb, jeans 25rb, jaket 40rb
Yg di luar Batam bisa titip beli, kami kirim pakai kargo ke Jakarta/Pekanbaru
Chat aja kak 0812xxxx
""")

add("listing", "port_route_offer", "1111", """
Supplier langsung Tanjungbalai, barang turun dari kapal tiap minggu ⚓
Bal monza Korea/Jepang: kemeja, jeans, sweater, jaket, selimut
Harga gudang, lebih murah dari agen Medan
Pengiriman truk ke Pekanbaru, Padang, Jambi, Palembang
Min order 5 bal, bisa campur jenis
Kontak admin: 0852xxxx (jam kerja)
""")

add("listing", "port_route_offer", "1111", """
Open order karungan dari Tawau 🚤 via Nunukan
isi baju cowok/cewek bekas, ada kemeja, blouse, jeans, jaket
karung kecil 45kg ±3,2jt, karung besar 90kg ±5,8jt
barang sampai Tarakan / Samarinda / Balikpapan, ongkir kapal dihitung terpisah
bayar DP, sisanya pas barang udah di pelabuhan
pesan lewat WA 0853xxxx
""")

add("listing", "port_route_offer", "1111", """
Ready bal dari seberang (Kuching), masuk lewat Entikong aman 👍
Isi: jaket, hoodie, jeans, tas sekolah, sepatu
1 bal 200-250 pcs, harga 4,5jt sampai Pontianak
Kirim ke Sintang, Sanggau, Sekadau juga bisa, tambah ongkos
Slot terbatas tiap minggu, booking dulu
""")

add("post", "port_route_offer", "1111", """
Jasa titip ballpress Batam → Jakarta/Surabaya 📦
Barang sudah dipilih dari gudang Batu Ampar, bekas impor SG, kualitas ekspor
Paket karung 50kg campur (kaos, kemeja, celana) 3,9jt sudah termasuk kirim
Paket sepatu bekas 40 pasang 4,2jt
Aman, rapi, no ribet. Pesan via DM
""")

add("message", "port_route_offer", "1111", """
Karung dari Tawau baru sandar di Sebatik, besok kita bongkar 😍
yang mau pilih duluan bisa datang, atau mau ambil karungan utuh buat dijual di Nunukan/Tarakan
isi campur: celana panjang, kaos, baju anak, jaket
harga utuh 1 karung 3 juta nego
WA 0822xxxx
""")

add("message", "port_route_offer", "1111", """
Pasokan rombeng Singapur via Dumai, rutin 2x sebulan
Khusus pedagang pasar rombeng Selatpanjang, Bengkalis, Pekanbaru
Bal kemeja, bal celana, bal selimut, bal jaket anak juga ada
Kualitas campur / super, bisa request
Harga hubungi langsung, tidak dibuka di publik
""")

add("post", "reseller_recruitment", "1111", """
💸 DICARI RESELLER & DROPSHIPPER THRIFT IMPOR 💸
Modal kecil, untung bisa 3x lipat!
✅ Barang bekas impor Korea & Jepang, sortiran grade A
✅ Kamu tinggal posting foto, kami yang kirim ke pembeli
✅ Bisa juga ambil paket 50 pcs mulai 1,2jt buat jual live
Cocok buat mahasiswa, IRT, karyawan yang mau nambah penghasilan
Daftar gratis, isi form di link bio atau DM 'RESELLER'
""")

add("message", "reseller_recruitment", "1111", """
*[BROADCAST]*
Assalamualaikum kakak2 reseller semua 🙏
Minggu depan kita dapat jatah 12 bal dari Batam: 4 bal kaos, 3 bal kemeja, 3 bal jaket, 2 bal celana
Sistem untuk reseller: ambil per 1/4 bal (sekitar 70-80 pcs), harga reseller 1,6jt
Yang baru mau gabung, masuk grup dulu ya, nanti admin kirim katalog & aturan main
Barang bekas impor jadi no retur kecuali isi kurang
Konfirmasi paling lambat Jumat jam 9 malam
*ATURAN MAIN RESELLER* (dibaca ya, jangan cuma di-skip 🙏)
1. Pembagian 1/4 bal diundi pakai nomor urut transfer, jadi yang transfer duluan pilih duluan jenisnya.
2. Foto & video isi bal akan admin kirim ke grup setelah karung dibuka di gudang, supaya adil semua lihat.
3. Dilarang jual di bawah harga 25rb/pcs di marketplace, kasihan teman reseller lain.
4. Kalau ditanya pembeli asal barang, bilang saja 'preloved pilihan', jangan sebut nama gudang kita.
5. Pengiriman dari gudang Bekasi, ekspedisi bebas pilih, ongkir tanggungan masing-masing.
6. Yang 2x telat bayar, mohon maaf kami keluarkan dari grup.
Terima kasih, semoga laris manis semuanya 🤲
""")

add("post", "reseller_recruitment", "1111", """
Looking for partners! 🤝
We supply Japan used clothing bales (Harajuku mix, vintage tee, workwear)
Grade A/B available, 45kg and 100kg bales
Perfect buat yang mau buka thrift store atau jualan di Shopee/TikTok
Wholesale price list + sample video ready, just DM us
Shipping from our warehouse in Surabaya to all Indonesia
""")

add("live", "live_bale_opening", "1111", """
🔴 LIVE MALAM INI JAM 8 — BUKA BAL JAKET KOREA!!
Satu bal full jaket, langsung kita buka di depan kalian, fresh dari karung
Sistem: ketik 'KEEP' + nomor, yang paling cepat dia dapat
Harga 35rb - 150rb, semua bekas impor pilihan
Jangan lupa follow & nyalain notif biar ga ketinggalan 🔔
Rundown live:
19.45 — cek kamera, kasih liat karungnya masih segel press
20.00 — gunting tali, buka bal, kita keluarin satu-satu
20.15 — sesi jaket parasut & windbreaker
20.45 — sesi jaket jeans & corduroy
21.15 — sesi sisa (yang minus, harga 15rb semua)
Peraturan: yang udah KEEP wajib checkout max 1 jam setelah live, kalau ga dilepas ke antrian berikut.
Ukuran diukur langsung pakai meteran di depan kamera, jadi no debat ukuran ya.
Barang bekas impor, jadi wajar ada noda kecil, semua minus disebut saat live.
#bukabal #thriftimport #jaketkorea #livethrift
""")

add("live", "live_bale_opening", "1111", """
besok live jam 10 pagi, bongkar karungan jepang 2 sekaligus 😭🔥
1 karung kaos band/tim vintage, 1 karung celana kargo
harga spesial live mulai 25k, checkout via keranjang kuning
note: barang second ya bukan baru, minus dikasih tau pas live
see u besok beb
#bongkarbal #thriftjepang #racun #fyp
""")

add("live", "live_bale_opening", "1111", """
LIVE SORE IEU! Buka bal anyar ti Korea 🎥
Eusina kemeja awewe, blazer, rok plisket — seken tapi masih alus pisan
Harga 20rb-80rb, ongkir ti Bandung
Cara order: komen 'mau' + kode barang, engke admin DM
Ulah hilap follow heula nya akang teteh 🙏
""")

add("live", "live_bale_opening", "1111", """
Jam 9 malam ni kite live bukak karung baju Singapura 🇸🇬
Ade kemeje, seluar, gaun, baju budak
Harge 15rb ke atas, second tapi elok-elok
Yang nak, tulis 'ambik' kat komen, admin PM nanti
Pos dari Tanjungpinang, sampai Batam sehari
""")

add("post", "creator_haul_offer", "1111", """
HIDDEN GEMS HAUL 💎 cuma 300rb dapet 7 pcs?!
Jaket Carhartt (minus dikit di kancing), fleece Patagonia, 2 kemeja flanel, sweater Ralph Lauren, kaos band 90an, celana Dickies
Semua dari bal Jepang yang dibuka di @gudang.rahasia.thrift 🤫
mereka buka bal baru tiap Kamis, mending langsung cek IG-nya sebelum diserbu
bukan endorse (tapi kalau mau endorse boleh lah hehe)
#hiddengems #thrifthaul #baljepang #thriftingindonesia
""")

add("post", "creator_haul_offer", "1111", """
POV: kamu nemu jaket kulit vintage 80rb di tumpukan karung 😳
ini semua hasil ngubek bal Korea di toko langgananku, link toko ada di bio ya guys
mereka juga jual per bal buat yang mau usaha
part 2 besok: haul sepatu 👟
#thrifthaul #hiddengem #bekasimpor #racuntiktok
""")

add("post", "creator_haul_offer", "1111", """
Haul bulan ini full dari @thrift.kaisar 🧺✨
- cardigan rajut Jepang 45k
- blouse vintage bunga 35k
- rok midi wool 50k
- trench coat (!!!) 120k
semua preloved impor, ada yang masih ada label laundry Jepangnya lucu bgt
pakai kodeku SASA10 biar dapet diskon 10% pas live bongkar bal mereka Sabtu ini 💌
""")

add("profile", "seller_bio", "1111", """
🧺 KARUNG NUSANTARA THRIFT
Supplier bal impor 🇰🇷🇯🇵 sejak 2016
Grosir & eceran | reseller welcome
📦 Kirim seluruh Indonesia
🔴 Live bongkar bal tiap Selasa & Jumat
📍Gudang: area Pasar Baru, Bandung
WA admin ⬇️ link di bawah
""")

add("profile", "seller_bio", "1111", """
sekenan luar 🌏 | b@l & eceran
tkp: Tg. Balai – Medan
ready tiap minggu, sortir A/B/C
no COD, tf dulu baru kirim
order via link 👇 (bukan di DM ya)
resi dikirim malam, no komplain isi setelah segel dibuka
""")

add("profile", "seller_bio", "1111", """
Selamat datang di Toko Awul Jaya 🙏
Kami menjual pakaian bekas impor pilihan (Jepang, Korea, Taiwan)
Semua barang SECOND / bekas pakai, sudah dicuci & disetrika
Ukuran tertera di deskripsi, minus difoto jelas
Tersedia juga paket reseller per karung (chat admin)
Pengiriman setiap hari kecuali Minggu
Jam operasional 08.00 - 17.00 WIB
""")

add("comment", "comment_reply_offer", "1111", """
@rinaa_ww: kak ini jaketnya ready ga? size L ada?
@dzikrithrift: ready kak, yg L tinggal 2. ini dari bal korea baru buka kemarin, cek wa ya biar cepet 0878xxxx
@rinaa_ww: harganya brp kak?
@dzikrithrift: 65rb aja kak, ongkir dr Bekasi. kalo mau liat yg lain ada katalog full di wa 🙏
""")

add("comment", "comment_reply_offer", "1111", """
fauzan.ftr: bang ini baju bekas impor ya? legal ga sih
kedai.monzaa: legal ilegal yg penting bersih bang 😁 kita cuci semua. yg mau beli per goni juga ada, link di bio
fauzan.ftr: ok bang cek
nadd.aa: kak kirim ke Aceh bisa?
kedai.monzaa: bisa kak, lewat link di bio aja ya order
rizky.parapat: bang, yg jaket kulit coklat itu ukuran apa?
kedai.monzaa: XL lae, lingkar dada 120. 180 aja, masih lembut kulitnya
rizky.parapat: bisa kurang bang? 150 lah
kedai.monzaa: 165 pas, udah murah kali itu lae, baru keluar dari goni Korea kemarin sore
mak_ucok88: kak ada jaket anak? buat ke Berastagi
kedai.monzaa: ada kak, minggu depan buka goni kids. pantau story ya, atau japri aja biar dikabari duluan
fauzan.ftr: eh bang kalau ambil 1 goni utuh kirim ke Siantar berapa?
kedai.monzaa: goni jaket 6 juta bang, ongkos ke Siantar 100. cek wa di bio, nanti kukirim video isinya
""")

add("comment", "comment_reply_offer", "1111", """
ulla_mks: kak berapa ini cakar jaketnya?
lapak.cakar.bonecce: 45 ji kak, mau ki? cek wa ka saja, nomorta di bio, barang Korea semua baru tiba karungnya
ulla_mks: bisa COD di Panakkukang?
lapak.cakar.bonecce: bisa kak, besok sore yah
""")

add("post", "buried_offer", "1111", """
Jadi ceritanya minggu lalu aku ke Batam buat nengok nenek, terus diajak sepupu jalan-jalan ke Jodoh. Ya ampun rame banget, orang milih-milih baju dari subuh. Aku ga tahan dong, akhirnya borong 😭
Pulangnya aku kepikiran, kenapa ga sekalian bikin usaha kecil-kecilan? Temen-temen kantor juga pada nanya beli di mana.
Singkat cerita, sekarang aku udah ada stok 2 karung ballpress dari kenalan sepupu, isinya kemeja kerja cewek sama cardigan. Bekas, tapi bagus-bagus banget, banyak yang labelnya masih jelas (Zara, Mango, Cotton On).
Kalau ada yang mau, aku jual 30-50rb per pcs ya, bisa cek di story atau chat aku aja. Atau kalau temen-temen mau ambil setengah karung buat dijual lagi juga boleh wkwk, nanti aku itungin harganya.
Doain lancar ya. Oh iya nenekku sehat-sehat aja kok, malah nitip salam buat kalian yang suka komen di foto beliau 🥰
""")

add("post", "buried_offer", "1111", """
Resep sayur asem ala mamak hari ini: asam jawa, kacang panjang, labu siam, jagung, melinjo, gula merah secukupnya. Rebus semua sampai empuk, masukin asam paling terakhir biar ga pahit.
Btw yang kemarin nanya jaket-jaket di teras rumah, itu dagangan baru mamak ya, ambil dari goni Korea yang dikirim dari Pekanbaru. Masih ada sekitar 40 potong, harga 40-70rb, bekas tapi wangi sudah dicuci.
Yang mau, japri aja, bisa diantar kalau sekitaran Bukittinggi.
Selamat makan siang semuanya 🍲
""")

add("post", "buried_offer", "1111", """
Jangan pernah malu memulai dari bawah. Tiga tahun lalu saya cuma jualan di emperan pasar pakai terpal biru, sekarang alhamdulillah sudah punya dua kios.
Kuncinya sabar, jujur, dan jangan takut rugi di awal. Dulu saya pernah buka bal yang isinya separuh rusak, tapi saya tetap jalan.
Buat yang mau mulai usaha yang sama, saya sekarang juga melayani pembelian bal bekas Korea untuk pemula, bisa ambil setengah bal dulu, nanti saya ajarin cara sortir dan pasang harga.
Semangat pejuang rupiah! 💪 #motivasiusaha #umkm
""")

add("listing", "bale_wholesale_offer", "1111", """
DAFTAR HARGA BAL MINGGU INI (update Senin)
| Jenis | Asal | Isi | Harga |
| Kaos campur | Korea | 450 pcs | 6,9jt |
| Kemeja campur | Jepang | 300 pcs | 9,5jt |
| Celana kargo | Korea | 180 pcs | 7jt |
| Sepatu sport | Thailand | 60 psg | 8,8jt |
* bekas layak pakai, kualitas sortir kepala-badan
* stok dikirim dari gudang Surabaya, ekspedisi ditanggung pembeli
* pembayaran full sebelum muat
""")

add("message", "bale_wholesale_offer", "1111", """
Masih ada 8 koli sisa dari kiriman kemarin
1 koli = 1 karung press ±55kg, campur kaos/kemeja/celana bekas impor
Jual cepat 3,5jt/koli, ambil semua 26jt
Posisi barang di gudang Tanjung Uncang, bisa dimuat malam ini
Serius aja yang chat
""")

add("post", "evasive_spelling_offer", "1111", """
Ada yang nyari bj bks imp0r? ✋
stok br dtg td pagi: hoodie, crewneck, jaket jeans
harga 30-70k, bsa nego dikit
kl mau borong 1 kr*ng jg bisa 😉
dm atau komen 'mau' nnti aku chat
""")

add("post", "evasive_spelling_offer", "1111", """
s🅴ken j🅰️pan 🇯🇵 1 g🅾️ni isi 220 pcs
jaket musim dingin, sweater, fleece
cocok buat jualan di Dieng/Malang/Berastagi yang dingin-dingin 🥶
harga 5,2jt (nett)
kirim dari Semarang
""")

add("post", "regional_term_offer", "1111", """
Babebo (baju bekas bos) ready lagi! 😎
Barang impor karungan, hari ini kita pilih dulu yang bagus: kemeja hawaii, hoodie, celana chino
Harga mulai 15rb
Lokasi: garasi rumah daerah Kaliurang atas (sebelah laundry)
Buka 16.00-21.00, bisa pesan online juga
""")
