# Hand-written one-liners, legal (hard-negative) side, part A.
DATA = r"""
@ new_thrift_style 1010
listing | Kemeja flanel motif 'thrift look' BARU produksi konveksi Bandung, size S-XXL, 89rb
post | Koleksi baru 'Vintage Vibes' 🧥 bukan thrift ya kak, semua baru jahitan sendiri, PO 7 hari
listing | Kaos oversize washed ala thrift, NEW, bahan cotton combed 24s, made in Solo
listing | Jaket denim distressed look thrift, BARU, full size run S-XL, restock tiap minggu
post | Mau gaya monza tapi barang baru? Hoodie faded kami produksi Medan, ready semua ukuran 😉
listing | Celana kargo gaya army thrift, baru dari pabrik lokal, bukan bekas, 120rb
post | Tampil ala 'hasil ngawul' tanpa ngawul 😂 kemeja retro baru, jahitan UMKM Klaten
listing | Crewneck bordir 'college vintage' baru, bukan barang karung, produksi Tangerang
listing | Sweater rajut pola nenek-nenek vintage, BNWT, rajutan tangan Garut
post | Drop #3 'Cakar Series' 👕 kaos sablon baru desain anak Makassar, bukan cakar beneran hehe
listing | Rok plisket corak thrift era 90an, NEW, bahan import? bukan, kain lokal Pekalongan
listing | Jaket varsity look thrift, baru produksi sendiri, PO 10 hari, bisa custom nama
post | Vintage wash denim batch baru ✨ diwarnain sendiri di workshop Bantul, 0% bekas
listing | Kemeja bowling retro baru, motif ala lelong 80an, konveksi Pontianak, size M-XXL
listing | Kaos band fiktif gaya thrift 'sun-faded', baru, sablon plastisol, 75rb
post | 'Looks thrifted, is brand new' 😎 koleksi outer kami dijahit di Bogor, restock!
listing | Celana chino potongan vintage, BARU, ready 28-38, produksi Bandung
post | Kenapa beli baru tapi model monza? karena kami produksi ulang potongan klasik, lokal 100%
listing | Blus bunga-bunga retro baru ala 'hasil cakar', jahitan ibu-ibu Gowa, 65rb
listing | Topi corduroy baru look thrift, bordir kecil, made in Jogja, 55rb
post | Produk baru: tote bag kanvas 'awul-awul edition' 😂 sablon manual, bukan barang bekas
listing | Jaket coach baru gaya thrift 2000an, full size run, bahan taslan lokal
listing | Kemeja corduroy baru model bapak-bapak vintage, konveksi sendiri, PO 5 hari
post | Koleksi 'Roma Rasa Lokal' — model rombengan, barang baru, dijahit di Nunukan 🧵
listing | Dress midi motif vintage Korea, BARU, produksi Cikampek, all size fit L

@ new_imported 1011
listing | Jaket Uniqlo ORI Jepang BNWT, jastip Tokyo, ada struk, 650rb
listing | Kemeja Zara baru dari Spanyol, label lengkap, jastip bulan ini, PO 14 hari
post | Jastip Korea batch Mei 🇰🇷 hoodie & cardigan baru dari Dongdaemun, close order Jumat
listing | Sepatu Nike Air Force 1 baru import resmi, box lengkap, size 40-44
listing | Tas Longchamp baru, beli di Paris, ada invoice, harga 1,9jt
post | Open PO sweater Muji Jepang baru 💌 bukan bekas ya, tag & plastik masih utuh
listing | Kaos Champion new import USA, segel, bea cukai resmi, 350rb
listing | Grosir baju anak baru impor Guangzhou per lusin, jalur resmi, ada PIB
listing | Jaket The North Face baru beli di outlet Singapura, tag masih nempel, 1,4jt
post | Restock mukena & gamis baru dari Turki 🌙 impor resmi, bisa grosir
listing | Abaya baru Dubai, bahan jetblack, BNWT, kirim dari Jakarta
listing | Batik? bukan, ini yukata BARU Jepang, jastip Kyoto, 450rb, PO
post | Jastip Bangkok minggu depan! Celana gajah & kaos baru Chatuchak, titip sekarang ✈️
listing | Sepatu Onitsuka baru ex Jepang, beli di Osaka, box & tag lengkap
listing | Kain tenun? bukan, scarf kasmir baru dari Nepal, impor kecil-kecilan, 250rb
listing | Baju lebaran anak baru impor Malaysia (jenama Kuala Lumpur), BNWT, 180rb
post | Barang baru langsung dari Johor Bahru 🇲🇾 kurung moden & baju melayu, label masih ada
listing | Kaos Uniqlo x Kaws baru, beli di Singapura, segel plastik, 400rb
listing | Jaket Patagonia baru, paket dari Amerika via forwarder, kena pajak resmi, 2,1jt
post | PO hanbok baru dari Seoul untuk prewedding 💕 sewa/beli, bukan bekas
listing | Celana Levi's 501 NEW with tag import USA, ukuran 30-36, 950rb
listing | Grosir jilbab baru impor Malaysia jenama Naelofar, per lusin, resmi ber-PIB
post | Jastip Tawau bukan rombengan ya 😅 ini tas & baju BARU dari Eastern Plaza, nota ada
listing | Kemeja linen baru made in Vietnam, stok toko resmi, size S-XL
listing | Sepatu lari Asics baru ex Jepang, BNIB, garansi toko, 1,6jt

@ own_preloved_local 1110
listing | Preloved kemeja batik sendiri, beli di Batik Keris, dipakai 2x, 75rb, Solo
listing | Jual gamis pribadi beli di Tanah Abang, pemakaian pribadi, bukan barang karung, 80rb
post | Beberes lemari 🧹 preloved punyaku sendiri, semua beli di mal Surabaya, bukan thrift impor
listing | Seragam SMA bekas pakai anak sendiri, size L, masih bagus, 40rb, Bekasi
listing | Kebaya wisuda sekali pakai, jahit di penjahit Bandung, dijual 250rb
post | Preloved milik pribadi ya guys, dibeli di Matahari, no bal, no karung 🙏
listing | Jaket Eiger bekas pakai sendiri, beli di outlet Eiger Bandung 2021, 200rb
message | Iya kak ini baju aku sendiri kok, beli di Shopee toko lokal, cuma kekecilan
listing | Klambi dhewe, tuku neng Pasar Beringharjo, lagi dienggo ping loro, 50rb wae
listing | Baju urang sorangan, meuli di Pasar Baru Bandung, kakara dipake sakali, 60rb
listing | Preloved Erigo punya sendiri, size M, ada nota pembelian toko resmi, 90rb
post | Lemari anakku penuh 😅 jual baju bayi bekas pakai sendiri, semua beli di Babyshop lokal
listing | My own preloved Executive blazer, bought locally in Jakarta, worn twice, 150k
listing | Sepatu Ventela bekas pakai pribadi size 41, lokal, 120rb, masih layak
listing | Mukena Siti Khadijah bekas pakai sendiri, kondisi 90%, 150rb, Malang
post | Disclaimer: ini bukan monza ya kawan, baju kakakku sendiri beli di Sun Plaza 😄
listing | Baju adat Bali bekas pakai ngayah, jahitan Denpasar, 100rb
listing | Kemeja PDH bekas pakai satu periode, konveksi Makassar, bukan cakar, 70rb
listing | Jersey futsal bekas tim kampus, produksi lokal, 10 pcs 250rb
listing | Preloved dress pesta beli di butik Medan, pakai 1x kondangan, 175rb
post | Jual baju-baju suami yang udah kekecilan 🙈 semua beli baru di toko, bukan lelong
listing | Tas Elizabeth bekas pakai sendiri, beli di Ramayana Palu, 85rb, no cakar
listing | Baju dinas bekas pakai, jahit sendiri, cocok buat PNS baru, 60rb
comment | Bukan barang karung kak, itu jaket ku sendiri beli di Pasar Baru Jakarta 2019
listing | Preloved hijab pashmina merek lokal, pemakaian pribadi, 3 pcs 60rb
listing | Kaos komunitas lari bekas pakai sendiri, sablon lokal, 25rb
post | Garage sale rumahan Sabtu ini 🏡 baju keluarga sendiri, semua lokal, harga 10-50rb
listing | Batik Danar Hadi milik pribadi bekas pakai kondangan, 200rb, COD Jogja
listing | Ulos? bukan, kemeja Batak bekas aku sendiri, jahitan Siantar, 80rb
message | Ini baju lama ku sendiri kak, beli di Mall Panakkukang, bukan cakar Terong

@ used_non_clothing 1100
listing | HP bekas Samsung A52 mulus, fullset, 2,1jt, COD Medan
listing:1101 | Mobil bekas impor Jepang Toyota Alphard 2015, pajak hidup, Surabaya
listing:1101 | Mesin jahit bekas Juki Jepang, masih halus, 1,5jt, cocok buat konveksi
listing | Kulkas bekas 2 pintu, dingin, 900rb, ambil di tempat
listing:1101 | Motor trail bekas impor Thailand, surat lengkap, 18jt
post:0101 | KRL bekas Jepang seri 205 tiba di Tanjung Priok, jadi armada Commuter Line
listing:1101 | Genset bekas Jepang Yanmar 10 kVA, kondisi normal, 12jt
listing | Laptop bekas ThinkPad X260, RAM 8GB, 2,3jt, bonus tas
listing:1101 | Alat berat bekas impor excavator Komatsu PC200, dokumen resmi
listing | Sepeda bekas Polygon ukuran 27,5, 1,2jt, Bandung
listing:1101 | Mesin cuci bekas Jepang 'second Jepang' Hitachi, 110V + trafo, 1,1jt
listing | Kamera bekas Canon 600D, shutter count rendah, 2jt
listing | Lemari jati bekas, 2 pintu, 1,8jt, Jepara
listing:1101 | Forklift bekas Jepang Toyota 3 ton, ex pabrik, harga nego
listing | Printer bekas Epson L3110, tinta jalan, 900rb
listing:1101 | Mesin bordir bekas Tajima impor Jepang, 12 kepala, untuk konveksi
listing | Ban bekas mobil R15 masih tebal, 4 biji 600rb
listing | Kursi kantor bekas 20 unit, 150rb/unit, Jakarta Barat
listing:1101 | Bus bekas Jepang untuk karoseri, impor resmi, dokumen lengkap
listing | Gitar bekas Yamaha C315, senar baru, 800rb
listing:1101 | Mesin obras bekas Siruba Taiwan, lancar, 1,3jt
post:0101 | Kereta bekas Jepang makin banyak di Jabodetabek, penumpang pun nostalgia
listing | Rice cooker bekas Miyako, normal, 100rb
listing | Motor bekas Honda Beat 2019, pajak panjang, 12jt, Makassar
listing:1101 | Spare part bekas Jepang (copotan), mesin 4D56, lengkap

@ other_goods_bulk 1000
listing | Tembakau Temanggung kering per bal 50kg, grade A, harga panen
listing:1001 | Kapas impor Australia per bale 227kg, untuk pemintalan, kontrak tahunan
listing:1100 | Kardus bekas per kg 2.500, minimal 100kg, dijemput di Cikarang
listing | Jerami padi dipres per bal, pakan sapi, 25rb/bal, Karawang
listing | Kain majun dari sisa potongan konveksi, per karung 25kg, 150rb
listing | Benang rajut per bal 10 cones, warna lengkap, produksi lokal
listing:1100 | Besi tua per kg, rongsok campur, harga pasar, timbang di tempat
listing | Karung goni baru per bal 100 lembar, buat kopi & kakao
listing:1100 | Karung beras bekas per lembar 800 perak, ambil 1000 lembar
listing | Cengkeh kering grade super per karung 50kg, Minahasa
listing | Kopi Gayo green bean grade 1 per karung 60kg, ekspor quality
listing:1100 | Plastik PET bekas dipres per bal, 4.000/kg, buat daur ulang
listing | Rumput odot per ikat, jerami per bal, untuk ternak, Boyolali
listing:1100 | Kertas HVS bekas arsip per kg, cacah, gudang Pulogadung
listing | Kain blacu gulungan per roll 50 meter, lokal, harga pabrik
listing | Bawang merah Brebes per karung 25kg, grade super
listing:1001 | Bal kapas? bukan, ini bal wol mentah impor NZ untuk industri benang
listing | Serbuk kayu per karung untuk media jamur, 8rb/karung
listing:1100 | Kaleng bekas dipres per bal, 40 kg, buat pengepul
listing | Kain perca batik per kilo 20rb, sisa produksi Pekalongan, bukan baju
listing | Sabut kelapa dipres per bal, ekspor ke Cina, 2.000/kg
listing | Daun tembakau rajangan Madura per bal, grade A/B, musim ini
listing | Pupuk kandang per karung, 15rb, kering & halus
listing:1100 | Botol kaca bekas per karung, bersih, buat UMKM sambal
listing | Tali rafia per bal 5kg, warna warni, grosir
listing:1100 | Jual aki bekas per kg, harga tinggi, jemput Tangerang
listing | Tembakau Deli per bal untuk cerutu, grade pembungkus
listing | Karet lump per kg, sadapan kebun sendiri, Jambi
listing | Kain kanvas gulungan grade A per roll, harga konveksi, Bandung
listing | Gula aren per karung 50kg, grade super, Lebak

@ complaint_report 0111
comment | Laporin aja akun ini min, jualan bal bekas impor terang-terangan di live
post | Kesel, beli 1 karung 'premium' ternyata isinya 40% sampah, seller roma di Nunukan ngilang 😡
message | Halo CS, saya mau laporkan toko ****thrift yang jual karung pakaian bekas luar negeri
review | Bintang 1. Katanya cakar kepala, ternyata sobek dan bau apek semua, jangan beli di sini
comment | Ini jelas-jelas monza selundupan, kok platformnya diam aja? #report
post | PSA: akun @balkorea.xx nipu, DP 2jt buat 1 bal gak dikirim-kirim. Hati-hati guys
message | Min, seller ini ganti-ganti kata, sekarang nulis 'b4l' biar lolos filter, tolong ditindak
comment | Saya sudah lapor ke Kemendag lewat aduan konsumen, tokonya jual karungan dari Tawau
review | Paket kiloan ex Jepangnya bau kaporit dan banyak noda, seller nggak mau retur. Kapok
post | Tetangga saya ketipu 'supplier lelong' di FB, transfer 5jt, barang tidak ada 😢
comment | Report kak, ini live bongkar karung ilegal, barangnya pakaian bekas luar
message | Selamat siang, kami ingin melaporkan gudang penimbunan ballpress di dekat rumah kami
post | Thread: ciri-ciri penipu jual bal bekas impor online, jangan percaya harga di bawah 2jt 🧵
review | Barang RB yang dikirim beda jauh dari foto, kayak kain pel. Kecewa berat
comment | Akun ini udah kena take down 3x masih bikin akun baru jual cakbo impor, tolong diblokir
message | Pak RT, truk bongkar karung pakaian bekas tiap malam di gudang sebelah, itu legal kah?
post | Ngaku 'grade A' ternyata grade kaki semua. Seller goni Korea di Bandung jangan dipercaya
comment | Laporkan! Caption-nya pakai 'kain perca' padahal isinya baju bekas luar negeri
review | Sepatu 'second luar' katanya 90%, datang solnya jebol. Nggak recommended
post | Dear marketplace, kenapa listing 'bje impr' masih banyak? kata kuncinya gampang banget ditebak
message | Saya pembeli yang dirugikan, seller mengaku barang monza asli tapi jamuran semua
comment | Min aku report ya, ini live terang-terangan sebut 'barang karung Korea'
post | Pengalaman pahit jadi reseller awul-awul: modal 10jt, setengah karung sobek 😔
review | Cakar dari toko ini berbau dan ada kutu, tolong admin tindak
comment | Udah saya screenshot & kirim ke tim Trust & Safety, akunnya jual karungan luar negeri
"""
