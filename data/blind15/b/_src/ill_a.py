# Illegal records, batch A. Tuple: (kind, category, offer, used, clothing, abroad, text)
# Written by hand, one by one. No famous keywords in these texts.
RECORDS = [
("listing", "unit_logistics", 1, 1, 1, 1, """JAKET CAMPUR 1 GONI ISI ±80 PCS | Parka, Windbreaker, Bomber | Barang Sandar Dumai
Kondisi rata2 8/10, ada yg minus kancing / noda kecil wajar pemakaian.
Belum dibuka ikatnya, masih segel dari gudang.
Harga 4,2jt per goni, ongkir ekspedisi ditanggung pembeli.
WA 0812xxxx (Bang Rudi)"""),

("post", "condition_words", 1, 1, 1, 1, """Masuk lagi kiriman kapal minggu ini 🚢🚢
Kemeja flanel pilihan dari tumpukan, udah dicuci & disetrika, tinggal pakai.
Label ada yg pudar dikit, namanya juga udah pernah dipake orang sana 😅
20-35rb aja, 1 pcs only per motif, ukuran cuma yg ada di foto.
Ambil di lapak atau COD area Pekanbaru.
#flanelmurah #kemejaflanel #pekanbaruhits"""),

("listing", "grade_letter", 1, 1, 1, 1, """Sortiran Grade A Kaos Oblong Dewasa - per Kilo
Sudah dipilah dari ikatan asli, buang yg bolong & luntur parah.
Sisanya layak pakai, mayoritas merk luar, tulisan Jepang/Korea di label.
Min order 10 kg, 38rb/kg. Grade B 22rb/kg (ada noda, kerah melar).
Gudang Tanjungbalai, kirim ke seluruh Sumut via travel."""),

("message", "reseller_recruit", 1, 1, 1, 1, """Assalamualaikum kak, mau info aja ya 🙏
Kami buka reseller utk baju2 kiriman Entikong, barangnya udah layak pakai semua, dipilih satu-satu dari tumpukan.
Reseller ambil minimal 1 koli (±100 pcs campur atasan cewek), harga khusus.
Kalau minat, join grup WA aja, katalog dan jadwal buka ikat tiap Kamis malam.
Admin Sinta 0812xxxx"""),

("live", "live_sale", 1, 1, 1, 1, """LIVE MALAM INI JAM 8 🔴 buka ikatan baru dari pelabuhan!!
Isinya hoodie & sweater musim dingin, kondisi 85-95%, beberapa ada bulu-bulu dikit dipakai, no bolong.
Harga mulai 25rb, siapa cepat dia dapat, ketik 'ambil' + nomor gantungan.
Checkout max 1x24 jam ya kak, lewat itu dilempar ke yg antri.
Jangan lupa follow biar dapet notif 🔔"""),

("post", "invented_code_word", 1, 1, 1, 1, """Si Gendut dateng lagi guys 🥳🥳
Kali ini isinya full celana jeans cowok, mostly straight & loose, ada yg udah belel alami.
Kondisi 7-9/10, beberapa ada jahitan ulang di selangkangan (udah kefoto jelas).
Harga tergantung tarikan, 45-120rb. 
Yang mau ikut bongkar si gendut bareng, dateng ke garasi jam 4 sore, Jl. Kenanga dalam, Tanjungpinang.
#jeanscowok #jeansmurahtpi"""),

("listing", "port_route", 1, 1, 1, 1, """Tas Kulit Wanita Mix Brand - Kiriman Nunukan
Dipilih dari tumpukan ±300 tas, yang jelek sudah dibuang.
Kondisi: kulit masih tebal, ada lecet pemakaian di sudut, lapisan dalam sebagian sudah diganti/dilem.
Jual satuan 60-150rb, atau borong 20 pcs 1,5jt.
Tanya2 dulu boleh, DM atau WA 0812xxxx."""),

("comment", "pointer_elsewhere", 1, 1, 1, 1, """@lina.rhmw kak yang coat krem itu sisa 1 ukuran M, kondisi 9/10 cuma ada noda kecil di lengan kiri.
Itu dari ikatan minggu lalu yg dateng lewat Belawan.
Cek katalog lengkap di highlight 'STOK', kalo mau keep tf dulu dp 20rb ya kak 🙏"""),

("post", "regional_flavour", 1, 1, 1, 1, """Horas kawan! Pajak kami buka pagi ni, karung yg baru turun dari kapal semalam langsung kami buka di tempat 🔥
Kemeja, jaket, celana kain, semua udah pernah dipakai tapi masih mantap kali, tinggal cuci aja.
Yang di gantungan 35rb, yang di tumpukan 10rb dapat 3.
Lapak No. 17, lorong belakang Pajak Melati. Datang cepat sebelum diborong toke-toke!"""),

("listing", "unit_logistics", 1, 1, 1, 1, """DIJUAL PER KARUNG - Selimut & Bed Cover Tebal
1 karung isi ±25-30 lembar, ukuran campur single-queen.
Sudah pernah dipakai, ada yg berbulu / ada noda tipis, tapi kain masih kuat. Cocok utk jualan lagi atau kos-kosan.
Barang ambil langsung dari gudang pinggir pelabuhan Parepare.
Rp 1.350.000/karung, bisa kirim pakai kapal ke Kalimantan & Papua."""),

("message", "broadcast", 1, 1, 1, 1, """📢 BROADCAST PELANGGAN SETIA 📢
Alhamdulillah kapal dari seberang udah sandar, barang masuk gudang Sabtu.
Tersedia:
- Kaos anak campur, 1 koli ±150 pcs
- Celana pendek cowok, 1 koli ±120 pcs
- Dress wanita sortir atas, 1 koli ±90 pcs
Semua layak pakai, sudah pernah dipakai tapi kondisi bagus, cacat ringan bisa dikomplain max 5%.
Harga via japri. Yang keep duluan dapat duluan ya bosku."""),

("post", "english_mix", 1, 1, 1, 1, """New drop from the harbor 🌊📦
Vintage tees 90s - early 00s, single stitch, faded graphic, some with tiny pinholes (shown in pics).
Condition 7.5-9/10, all washed. One size only per piece, no restock ever.
DM for price, ship from Batam to all Indonesia. First DM first served, no hold without DP.
#vintagetee #singlestitch #90stee #batamstore"""),

("profile", "shop_profile", 1, 1, 1, 1, """🧺 Lemari Seberang 🧺
Jaket, kemeja, dress pilihan dari tumpukan kiriman kapal.
Semua sudah dicuci & disetrika, kondisi ditulis jujur (8/10, 9/10).
Stok 1 pcs/model, size cuma yg ada.
Live tiap Selasa & Jumat jam 19.30
📍 Pontianak | Ship seluruh Indo
WA 0812xxxx"""),

("listing", "marketplace_title", 1, 1, 1, 1, """Sepatu Sneakers Pria Wanita Original Merk Luar Murah Layak Pakai Kondisi 80-90% Sortiran Gudang
Deskripsi:
Sepatu hasil sortir dari tumpukan kiriman pelabuhan, insole ada yg sudah tipis, sol masih tebal.
Tiap pasang beda model & ukuran, lihat foto untuk detail minus.
Sudah dicuci bersih & di-deodoran.
No retur karena barang pernah dipakai ya kak, teliti sebelum membeli."""),

("post", "market_nickname", 1, 1, 1, 1, """Yg nanya lapak kami di Gebe: lantai bawah, blok C, tanya aja 'kios Teh Ani' 😁
Hari Minggu kemarin baru buka 3 ikat, isinya jaket gunung & rompi, masih bagus-bagus, paling minus resleting seret.
Harga nego di tempat, mulai 50rb.
Buat yg jauh bisa video call, nanti dipilihin langsung dari tumpukan."""),

("comment", "live_reply", 1, 1, 1, 1, """Kak yg nanya nomor 23: itu blazer wool, kondisi 8/10, ada jejak lipatan lama di punggung tapi ilang kalo disetrika.
Asalnya dari ikatan yg sandar di Tawau minggu lalu.
85rb aja kak, ketik 'ambil 23' biar aku catet."""),

("listing", "unit_logistics", 1, 1, 1, 1, """Paket Usaha Pemula - 100 Pcs Atasan Wanita Campur
Cocok buat yg mau mulai jualan lapak/online.
Isi 100 pcs dari ikatan asli yang datang via Tanjungpinang, belum disortir sama sekali (untung-untungan, biasanya 60% layak jual harga tinggi).
Barang sudah pernah dipakai, wajar ada noda/bolong kecil.
Harga paket 1,1jt, free konsultasi cara foto & jualan 😉"""),

("post", "emoji_abbrev", 1, 1, 1, 1, """🧥🧥 jkt kulit asli, dr 'sebrang' 🚢
kond 8/10 ✅ no sobek ✅ lining aman ✅ ada kerut2 pemakaian 👌
LD 110 PJ 68
cm 1 ini aja, ukr ga ada lg
hrg 175k nett, ongkir dr Btm ya kak
mnt? lgsg dm 📩"""),

("message", "wa_catalog", 1, 1, 1, 1, """Halo kak, ini katalog stok hari ini ya (foto di atas).
Semua barang pilihan dari koli yang baru turun dari kontainer kemarin sore.
Kondisi tulisan di tiap foto: 9/10 = mulus, 8/10 = ada noda samar, 7/10 = ada minus jelas.
Harga nett, tidak bisa nego utk yang 9/10.
Ongkir dari Surabaya, packing rapi pakai plastik + lakban. Ditunggu orderannya 🙏"""),

("post", "regional_flavour", 1, 1, 1, 1, """Mauki cari jaket murah? Singgahki di lapak ta' dekat Pasar Senggol, Parepare 😄
Barang buka baru tiap Ahad, langsung dari karung yg naik dari kapal.
Sudah dipakai orang, tapi bersihji, banyak yang merek luar.
Harga 20rb sampai 150rb, bisa ditawar asal jangan sadis 🤭
Info: Daeng Ical 0812xxxx"""),

("listing", "grade_letter", 1, 1, 1, 1, """Celana Chino Pria Grade S - Pilihan Tangan
Diambil dari 5 ikat yang kami buka minggu ini (total ±600 pcs), cuma ±40 yang lolos grade S.
Kondisi 9/10: warna masih rata, tanpa noda, tanpa robek, jahitan rapi. Cuma kelihatan pernah dipakai di bagian lutut.
Ukuran 29-36, 1 pcs per ukuran per warna.
Rp 89.000, ready di gudang Cikarang."""),

("post", "story_caption", 1, 1, 1, 1, """Subuh-subuh udah nongkrong di gudang nunggu truk dari Dumai 😴
Worth it sih, isinya sweater rajut tebel semua, wangi lemari orang jauh wkwk.
Lagi kami cuci & setrika, Jumat malam mulai diupload.
Kondisi rata-rata 8/10, kalau ada yang berbulu kami tulis.
Follow @rajutan.pinggirkota biar ga ketinggalan!"""),

("comment", "reseller_recruit", 1, 1, 1, 1, """Buat yang nanya di kolom komentar: iya kami terima dropshipper.
Barang kiriman jalur Nunukan, udah pernah dipakai tapi kondisi bagus dan sudah difoto satu-satu.
Dropshipper dapat harga modal + katalog tanpa watermark.
Daftar lewat link di bio, gratis."""),

("listing", "unit_logistics", 1, 1, 1, 1, """Ready Koli Sepatu Anak (±60 pasang)
Merk campur, ukuran 24-35.
Sudah pernah dipakai, sol masih tebal, beberapa ada goresan.
Barang masuk lewat Port Klang - Belawan, gudang di Medan Deli.
Harga per koli 2,6jt, boleh datang lihat dulu sebelum bayar. Tidak melayani satuan."""),

("post", "invented_code_word", 1, 1, 1, 1, """Roti tawar edisi Desember udah mendarat 🍞🍞🍞
Yang langganan pasti ngerti lah ya maksudnya 🤭
Satu roti isinya cardigan & knit cewek, motif lucu-lucu, udah pernah dipakai tapi lembut banget.
Potong roti (buka) Sabtu jam 10 di lapak, setelah itu sisanya masuk live IG.
Harga 30-60rb per helai."""),

("message", "supplier_offer", 1, 1, 1, 1, """Bos, stok minggu depan sudah konfirmasi dari kapal ya.
Yang ready:
Jeans mix 1 goni (±70 pcs) 3,5jt
Jaket mix 1 goni (±50 pcs) 4jt
Kaos mix 1 goni (±200 pcs) 2,8jt
Barang asli belum dibuka, kondisi campur, ada yang mulus ada yang minus, seperti biasa.
DP 50%, sisanya lunas pas barang naik ke truk di Tanjungbalai."""),

("live", "live_sale", 1, 1, 1, 1, """halo halo yg baru masuk live!! 👋
ini lagi bongkar ikatan yg dateng dari Entikong semalem ya, isinya kemeja batik-batikan sama kemeja kantor
semua udah pernah dipake, tapi bersih, nanti kami cuci lagi sebelum kirim
harga flat 30rb semua kemeja malam ini!!
ketik 'mau' + nomor, yg pertama komen dia yg dapet, no debat 😆"""),

("listing", "marketplace_title", 1, 1, 1, 1, """Coat Wanita Wool Panjang Musim Dingin Vintage 80an 90an Kondisi Bagus Layak Pakai Size L
Coat wool tebal, label sudah pudar tapi masih terbaca 'made in Italy'.
Ada sedikit bulu-bulu di bagian ketiak, lining sedikit sobek 2 cm (sudah dijahit).
Hanya 1 pcs, datang bersama kiriman kontainer bulan lalu.
LD 108, panjang 110. Harga 230rb."""),

("post", "story_caption", 1, 1, 1, 1, """Pagi ini di lapak: tumpukan baru setinggi pinggang 😂
Baru buka ikat dari gudang Senen semalem, langsung gue angkut ke Depok.
Isinya kemeja kotak, polo, sama beberapa jaket varsity yang udah pudar warnanya (justru itu nilai jualnya wkwk).
Harga 15-80rb, pilih sendiri.
Lokasi: pinggir jalan Margonda dekat gang Kober, buka jam 9."""),

("comment", "pointer_elsewhere", 1, 1, 1, 1, """Sist masih ada kok yg model begitu, kemarin kita baru ambil 2 koli dari Batam, banyak dress panjang.
Kondisinya 8/10 - 9/10, ada yg udah agak menipis bahannya.
Info lengkap & foto aslinya di WA aja ya sist, soalnya IG sering takedown 🙏"""),

("listing", "unit_logistics", 1, 1, 1, 1, """Borongan Tas Ransel & Selempang - 50 Pcs
Kiriman terakhir sebelum tutup tahun, jalur Tanjungpinang.
Kondisi: resleting berfungsi semua (sudah dicek), beberapa ada pudar & sobek kecil di lapisan dalam.
Sudah pernah dipakai, tidak dicuci (harga borongan).
Rp 1.750.000 untuk 50 pcs, lokasi Batam Centre, bisa kirim pakai kargo laut."""),

("post", "regional_flavour", 1, 1, 1, 1, """Sampurasun! Lapak Kang Dedi di Kebon Kalapa buka deui ayeuna 🙌
Nembe dongkap 4 iket ti gudang, eusina jaket jeung sweater, masih sae pisan, nembe dicuci.
Aya nu rada kusam, tapi teu aya nu soek.
Harga ti 25rebu, mangga pilih nyalira.
Nu ti tebih tiasa WA heula, 0812xxxx."""),

("message", "buyer_reply_seller", 1, 1, 1, 1, """Iya bisa kak, yang jaket hijau army itu ukurannya L (LD 58 x PJ 72).
Kondisi: warna agak pudar di bahu, ada tambalan kecil di siku, selebihnya aman.
Itu barang kiriman jalur Dumai, udah dicuci 2x pakai pewangi.
Harga 95rb, ongkir ke Jogja 18rb. Mau saya keepkan?"""),

("post", "emoji_abbrev", 1, 1, 1, 1, """📦➡️🧺➡️👕 proses kita tiap minggu
1. koli nyampe dr pelabuhan
2. buka iket, sortir 1-1
3. yg lolos dicuci, jemur, setrika
4. foto & upload
Semua kondisi ditulis jujur ya, 7/10 sampe 9/10, minusnya difoto close up.
Stok 1 pcs per model. Next upload: Kamis 19.00 WIB 🛒"""),
]
