from common import R

RECORDS = [
# F1 post / Medan jackets
R(1, "post", "twin_offer_loud", 1, 1, 1, 1, """
BUKA BAL JAKET KOREA MALAM INI 🔥🔥
Stok baru turun dari Belawan, isi campur: parka, windbreaker, puffer tipis.
Harga mulai 65rb, yang tebal 120rb. Kondisi second mulus, ada 2-3 yg noda dikit dikasih tau pas live.
Jam 8 malam di akun ini ya kak, siapa cepat dia dapat 🙏
#thriftmedan #jaketkorea #bukabal #monzamedan
"""),
R(1, "post", "hn_twin_new_goods", 1, 0, 1, 0, """
RILIS JAKET BATCH 3 MALAM INI 🔥🔥
Hasil jahitan konveksi kami sendiri di Medan Johor, model parka, windbreaker, puffer tipis.
Harga mulai 65rb, yang tebal 120rb. Semua baru, masih plastik, size M sampai XXL lengkap.
Jam 8 malam di akun ini ya kak, siapa cepat dia dapat 🙏
#jaketmedan #jaketlokal #brandlokalmedan #rilisbaru
"""),
R(1, "post", "hn_twin_own_wardrobe", 1, 1, 1, 0, """
Lelang isi lemari malam ini 🔥
Jaket-jaket punya aku & suami, sudah jarang kepake sejak pindah ke Medan yg panas: parka, windbreaker, puffer tipis.
Harga mulai 65rb, yang tebal 120rb. Bekas pakai sendiri, dicuci bersih, ada 1 yg resleting agak seret.
Jam 8 malam di story ya, siapa cepat dia dapat 🙏
#preloved #preloveddmedan #bersihbersihlemari
"""),

# F2 listing / quiet: grade + koli
R(2, "listing", "twin_offer_quiet", 1, 1, 1, 1, """
Kemeja flanel pria campur merk - grade A
Dijual per koli isi ±100 pcs, sudah sortir, minim cacat.
Cocok buat yg mau buka lapak di pasar kaget atau jual online.
Harga 2,3jt/koli, ambil 3 koli ada potongan. Gudang di Tanjung Priok, bisa kirim ekspedisi ke luar kota.
Chat dulu sebelum order ya gan.
"""),
R(2, "listing", "hn_twin_not_clothing", 1, 1, 0, 1, """
Kabel charger & adaptor campur merk - grade A
Dijual per koli isi ±100 pcs, sudah sortir fungsi, minim cacat, bekas pakai kantor di Singapura.
Cocok buat yg mau buka lapak aksesoris HP atau jual online.
Harga 2,3jt/koli, ambil 3 koli ada potongan. Gudang di Tanjung Priok, bisa kirim ekspedisi ke luar kota.
Chat dulu sebelum order ya gan.
"""),

# F3 comment / buyer question vs seller reply
R(3, "comment", "twin_offer_loud", 1, 1, 1, 1, """
@rinaa.okt iya kak masih ada 😊 celana cargo Jepang itu dari bal kemarin, bekas tapi masih tebal bahannya.
Ukuran pinggang 32, harga 85rb aja.
Mau dikeep? DM ya, nanti aku kirim foto detail jahitan sama labelnya.
"""),
R(3, "comment", "hn_twin_buyer_question", 0, 1, 1, 1, """
@gudangcargo.id kak masih ada gak celana cargo Jepang yg dari bal kemarin? 😊
Aku cari yg pinggang 32, bekas gapapa asal bahannya masih tebal.
Kalau masih ada tolong DM harga sama foto labelnya ya, makasih.
"""),
R(3, "comment", "hn_twin_denied_import", 1, 1, 1, 0, """
@rinaa.okt iya kak masih ada 😊 celana cargo itu punya adikku, dia beli di Uniqlo PIM terus cuma dipakai beberapa kali, bukan barang bal ya.
Ukuran pinggang 32, harga 85rb aja.
Mau dikeep? DM ya, nanti aku kirim foto detailnya.
"""),

# F4 message / WA broadcast Pontianak lelong
R(4, "message", "twin_offer_regional_word", 1, 1, 1, 1, """
Assalamualaikum bapak ibu pelanggan setia 🙏
Barang lelong baru masok semalam lewat Entikong, banyak kemeja batik Malaysia sama baju kurung anak.
Harga 15rb-40rb, sweater ade jugak 35rb.
Kedai buka dari jam 9 di Jl. Tanjungpura gang sebelah toko emas.
Yang mau difotokan dulu, balas pesan ini ye.
"""),
R(4, "message", "hn_twin_not_clothing", 1, 1, 0, 1, """
Assalamualaikum bapak ibu pelanggan setia 🙏
Perabot lelong baru masok semalam lewat Entikong, banyak rice cooker, kipas angin sama setrika bekas dari Kuching.
Harga 45rb-150rb, blender ade jugak 60rb.
Kedai buka dari jam 9 di Jl. Tanjungpura gang sebelah toko emas.
Yang mau difotokan dulu, balas pesan ini ye.
"""),
R(4, "message", "hn_twin_stopped_selling", 0, 1, 1, 1, """
Assalamualaikum bapak ibu pelanggan setia 🙏
Mulai bulan ni kami tak jual lagi barang lelong yang masok lewat Entikong, kemeja Malaysia, baju kurung, sweater, semue sudah kami stop.
Kami tak nak bermasalah dengan aturan.
Terima kasih atas langganan selame ni. Kalau masih ade yang nak tanye-tanye, balas pesan ini ye.
"""),

# F5 profile / seller bio
R(5, "profile", "twin_offer_loud", 1, 1, 1, 1, """
🧥 Thrift Shop Gedebage since 2019
Impor Jepang & Korea, bukan KW, bukan reject — asli second branded.
Restock tiap Jumat dari karungan baru
📍 Lapak C-14 Gedebage | kirim se-Indonesia
WA 0812xxxx (chat only)
"""),
R(5, "profile", "hn_twin_new_goods", 1, 0, 1, 1, """
🧥 Grosir Gedebage since 2019
Impor Korea & Guangzhou, barang BARU full tag, bukan second, bukan reject.
Restock tiap Jumat dari kiriman kontainer
📍 Ruko Gedebage Selatan | kirim se-Indonesia
WA 0812xxxx (chat only)
"""),

# F6 article / news vs seller quote
R(6, "article", "hn_twin_news", 0, 1, 1, 1, """
Petugas Bea Cukai Batam kembali menahan ratusan koli pakaian bekas yang diangkut kapal kayu dari Port Klang.
Muatan itu rencananya dibongkar di pelabuhan tikus sebelum dikirim ke Jakarta dan Bandung.
Menurut petugas, sebagian besar isinya jaket, celana jin, dan tas wanita.
Barang sitaan akan dimusnahkan sesuai aturan larangan impor pakaian bekas.
"""),
R(6, "post", "twin_offer_quiet", 1, 1, 1, 1, """
Ready lagi kiriman dari Port Klang, puluhan koli 😁
Isi jaket, celana jin, tas wanita. Semua pakaian pakai, disortir dulu di gudang Batam baru dikirim.
Reseller Jakarta & Bandung merapat, harga per koli beda-beda tergantung isi.
Info lengkap DM aja, jangan tanya di kolom komentar 🙏
"""),

# F7 live line
R(7, "live", "twin_offer_quiet", 1, 1, 1, 1, """
Oke guys yang baru join, ini kita lagi bongkar karung sepatu bekas dari Thailand ya!
Nike, Adidas, New Balance, ukuran campur. Semua 99rb, yang ada box 150rb.
Ketik "mau" + nomor sepatu di kolom komen, nanti admin rekap.
Checkout di keranjang kuning maksimal 10 menit ya, lewat itu dilepas.
"""),
R(7, "live", "hn_twin_new_goods", 1, 0, 1, 1, """
Oke guys yang baru join, ini kita lagi bongkar kardus sepatu baru impor Guangzhou ya!
Model mirip running shoes, ukuran 37 sampai 44. Semua 99rb, yang pakai box 150rb. Baru semua, bukan bekas.
Ketik "mau" + nomor sepatu di kolom komen, nanti admin rekap.
Checkout di keranjang kuning maksimal 10 menit ya.
"""),
R(7, "comment", "hn_twin_joke", 0, 1, 1, 1, """
Bang host tiap malam "bongkar karung sepatu bekas dari Thailand" terus 😂
Lama-lama aku curiga abang nih sebenarnya tinggal di dalam karungnya.
Semua 99rb, yang ada box 150rb, yang ada kakinya nambah 50rb wkwk 🤣
"""),

# F8 review
R(8, "review", "twin_offer_quiet", 1, 1, 1, 1, """
Bintang 5 buat @lapak.obokobok.sby ⭐⭐⭐⭐⭐
Beli 3 kaos band seken, katanya dari karungan Hongkong, dapet 100rb doang. Bahan masih tebel, sablon retak dikit justru makin vintage.
Yang mau cari, langsung aja ke lapaknya di Pasar Gembong atau chat IG-nya, orangnya fast respon.
"""),
R(8, "review", "hn_twin_no_seller_named", 0, 1, 1, 1, """
Bintang 5 buat pengalaman belanja hari ini ⭐⭐⭐⭐⭐
Beli 3 kaos band seken, katanya dari karungan Hongkong, dapet 100rb doang. Bahan masih tebel, sablon retak dikit justru makin vintage.
Lupa nama lapaknya, pokoknya di salah satu lorong pasar. Cuma mau cerita aja sih, seneng banget dapet barang kayak gini.
"""),

# F9 listing: balpres vs used machines
R(9, "listing", "twin_offer_loud", 1, 1, 1, 1, """
DIJUAL BALPRES CAMPUR EX KOREA
Isi: kaos, kemeja, rok, dress anak. Berat ±100 kg per bal.
Harga 4,8jt nego tipis, bisa lihat sampel dulu di gudang Cakung.
Melayani partai & eceran buat yang baru mulai usaha thrift.
Hub. Pak Darman 0812xxxx
"""),
R(9, "listing", "hn_twin_not_clothing", 1, 1, 0, 1, """
DIJUAL MESIN JAHIT INDUSTRI BEKAS EX KOREA
Isi: 6 unit obras, 4 unit jahit lurus, 2 unit overdeck. Berat ±100 kg per unit paling berat.
Harga 4,8jt per unit nego tipis, bisa lihat dan tes dulu di gudang Cakung.
Melayani partai & eceran buat yang baru mulai usaha konveksi.
Hub. Pak Darman 0812xxxx
"""),
R(9, "comment", "hn_twin_report", 0, 1, 1, 1, """
Lapor min, akun ini masih pasang iklan "DIJUAL BALPRES CAMPUR EX KOREA, isi kaos, kemeja, rok, dress anak, ±100 kg per bal, 4,8jt nego tipis, gudang Cakung".
Bukannya impor pakaian bekas sudah dilarang? Tolong ditindak, sudah saya screenshot juga.
"""),

# F10 post: awul-awul Jogja
R(10, "post", "twin_offer_regional_word", 1, 1, 1, 1, """
Minggu pagi jangan lupa mampir lapak awul-awul kami di Sunmor UGM ya lur 🙌
Kemeja, hoodie, celana chino, 20rb-an sampai 50rb-an.
Tinggal pilih di tumpukan, ojo isin nawar.
Lokasi deket gerobak bakso biru, cari spanduk "Mas Jo".
#awulawuljogja #sunmorugm
"""),
R(10, "post", "hn_twin_school_bazaar", 1, 1, 1, 0, """
Minggu pagi jangan lupa mampir bazar baju layak pakai OSIS SMA kami di halaman sekolah ya lur 🙌
Kemeja, hoodie, celana chino sumbangan wali murid & alumni, 5rb-an sampai 20rb-an.
Hasilnya buat bantu teman-teman korban banjir. Tinggal pilih, ojo isin.
#bazarosis #bajulayakpakai
"""),

# F11 message: WA reseller recruiting
R(11, "message", "twin_offer_loud", 1, 1, 1, 1, """
Dicari reseller dan dropshipper area Makassar & Kendari 📢
Barang ambil dari saya, cakar pilihan sudah dicuci dan disetrika.
Modal mulai 500rb dapat 20 potong campur (kemeja, blus, celana kain). Foto katalog saya kirim tiap pagi.
Minat? Langsung chat Daeng Ica 0812xxxx
"""),
R(11, "message", "hn_twin_new_goods", 1, 0, 1, 1, """
Dicari reseller dan dropshipper area Makassar & Kendari 📢
Barang ambil dari saya, baju baru impor Bangkok, masih segel plastik per lusin.
Modal mulai 500rb dapat 20 potong campur (kemeja, blus, celana kain). Foto katalog saya kirim tiap pagi.
Minat? Langsung chat Daeng Ica 0812xxxx
"""),
R(11, "message", "hn_twin_buyer_seeking_supplier", 0, 0, 1, 1, """
Permisi grup, saya Ica dari Kendari, lagi cari supplier baju baru impor Bangkok 📢
Yang saya perlu kemeja, blus, celana kain, masih segel plastik per lusin, modal awal sekitar 500rb dulu.
Kalau ada yang kenal importir resmi yang mau kirim ke Sultra, tolong japri saya ya. Terima kasih banyak.
"""),

# F12 article: trader quoted vs seller
R(12, "article", "hn_twin_trader_quoted", 0, 1, 1, 1, """
Di Pasar Terong, Makassar, pedagang baju cakar mengaku omzet turun hampir separuh sejak razia bulan lalu.
"Karung dari Pare-pare sekarang jarang masuk, kami jual sisa saja," kata seorang pedagang yang minta namanya tidak ditulis.
Ia menyebut harga satu karung kini bisa dua kali lipat dibanding tahun lalu.
"""),
R(12, "post", "twin_offer_regional_word", 1, 1, 1, 1, """
Baju cakar ready di lapak kami Pasar Terong lantai 2 😍
Karung dari Pare-pare baru masuk, banyak blus, gamis, sama jaket.
Harga 10rb sampai 60rb, mau borong satu karung juga bisa, tanya saja harganya.
Datang langsung atau WA 0812xxxx, kami kirim pakai kurir.
"""),

# F13 listing: domestic tailor upcycle vs import
R(13, "listing", "hn_twin_local_upcycle", 1, 1, 1, 0, """
Tote bag patchwork dari celana jeans bekas ✂️
Dijahit tangan di studio kami di Solo, jeans-nya kami kumpulkan dari tetangga & teman yang mau buang celana lama.
Ukuran 35x40 cm, ada kantong dalam. Harga 95rb.
Tiap tas beda motif, jadi yang difoto = yang dikirim.
"""),
R(13, "listing", "twin_offer_quiet", 1, 1, 1, 1, """
Tote bag jeans second ex Jepang 👜
Kami ambil langsung dari karungan tas yang masuk lewat Tanjungbalai, dipilih yang masih kokoh.
Ukuran kurang lebih 35x40 cm, ada kantong dalam. Harga 95rb.
Tiap tas beda, jadi yang difoto = yang dikirim.
"""),
R(13, "listing", "hn_twin_not_clothing", 1, 1, 0, 0, """
Kain perca denim per kilo ✂️
Potongan dari celana jeans bekas yang kami kumpulkan dari tetangga & teman di Solo, sudah dibongkar jahitannya jadi lembaran.
Cocok buat kerajinan, patchwork, atau isian bantal. Harga 30rb/kg.
Warna campur, tidak bisa pilih.
"""),

# F14 post: haul with link in bio vs no seller
R(14, "post", "hn_twin_haul_no_seller", 0, 1, 1, 1, """
Haul thrifting Pasar Senen hari ini 🛍️
Dapat 2 sweater Uniqlo, 1 jaket denim Levi's, 1 rok plisket. Total 210rb doang!
Semua bekas impor tapi kondisi 90%. Tips dari aku: datang pagi, pas karung baru dibuka.
Kalian paling suka thrifting di mana? Share di komen 👇
#haulthrift #pasarsenen #ootdhemat
"""),
R(14, "post", "twin_offer_loud", 1, 1, 1, 1, """
Haul thrifting Pasar Senen hari ini 🛍️
Dapat 2 sweater Uniqlo, 1 jaket denim Levi's, 1 rok plisket. Total 210rb doang!
Semua bekas impor, kondisi 90%. Aku langganan di kios @senenblok3.jaket, yang mau titip beliin juga bisa, link order di bio ya 😉
#haulthrift #pasarsenen #jastipsenen
"""),
R(14, "post", "hn_twin_new_goods", 0, 0, 1, 1, """
Haul toko impor Mangga Dua hari ini 🛍️
Dapat 2 sweater rajut Korea, 1 jaket denim, 1 rok plisket. Total 210rb doang!
Semua baru impor, masih ada plastik & tag-nya. Tips dari aku: datang pagi, pas kiriman baru dibuka, harga grosir masih bisa nego.
Kalian paling suka belanja di mana? Share di komen 👇
#haultanahabang #ootdhemat
"""),

# F15 comment thread: swap between friends
R(15, "comment", "hn_twin_swap", 0, 1, 1, 1, """
Guys ada yg mau tuker? Aku punya 2 hoodie Champion hasil bongkar bal Korea bulan lalu, size L kebesaran buat aku.
Pengen tuker sama ukuran M atau sama celana cargo. Gak dijual ya, murni tuker aja antar teman grup.
"""),
R(15, "comment", "twin_offer_loud", 1, 1, 1, 1, """
Guys masih ada 2 hoodie Champion hasil bongkar bal Korea bulan lalu, size L.
Aku lepas 90rb satu, 170rb ambil dua. COD daerah Depok/Margonda bisa, luar kota ongkir sendiri ya.
"""),

# F16 profile: majun vs clothes
R(16, "profile", "hn_twin_not_clothing", 1, 1, 0, 1, """
CV Majun Sejahtera 🧽
Supplier kain majun / kain lap potongan dari pakaian sortiran eks impor, sudah dipotong ukuran 40x40.
Untuk bengkel, pabrik, percetakan. Minimal order 50 kg, harga per kilo.
Gudang Batam & Bekasi | 0812xxxx
"""),
R(16, "profile", "twin_offer_quiet", 1, 1, 1, 1, """
CV Sejahtera Sortir 👕
Supplier pakaian sortiran eks impor, masih utuh dan layak pakai, bukan potongan.
Untuk pengecer pasar, lapak online, toko kecil. Minimal order 50 kg, harga per kilo.
Gudang Batam & Bekasi | 0812xxxx
"""),
]
