from common import R

# ---------- legal: tweets, replies, slang (no seller) ----------
R("post", "legal_social_slang", "0111", """
@fajarnugraha_: anjir tadi ke senen niat cuma nemenin temen, pulang2 bawa 3 jaket wkwk total 190rb
@fajarnugraha_: jaketnya bau gudang parah sih, langsung rendem air panas semaleman
@dewirahma: @fajarnugraha_ senen lt 2 kan? gue juga sering ke sana pas masih kuliah
@fajarnugraha_: @dewirahma iyaa lt 2, rame bgt padahal katanya lagi razia
""")

R("post", "legal_social_slang", "0111", """
emak gw kalo liat gw pake jaket bekas: "itu monza ya? cuci dulu sana, nanti gatal"
gw: mak ini beli di online
emak: "sama aja itu monza jugak" 😭
orang medan pasti relate wkwkwk
""")

R("post", "legal_social_slang", "0111", """
@kikiamalia: guys beneran deh, kemaren liat live bongkar bal di tiktok, yg nonton 3rb orang, host-nya teriak2 "KETIK KEEP KETIK KEEP" 😭 kayak lelang ikan
@bimaaa: @kikiamalia wkwk itu juga yg bikin orang kalap, fomo parah
@kikiamalia: @bimaaa iya anjir gue hampir checkout jaket 150rb padahal ga butuh
@rina_s: @kikiamalia untung sadar beb 🙏
""")

R("post", "legal_social_slang", "0111", """
pas kecil gw kira "cakar" tuh beneran cakar ayam. pas diajak mama ke pasar terong "ayo beli cakar" gw bingung kok belinya di lapak baju 😭
ternyata cap karung. baru ngeh pas SMP wkwk
#anakmakassar
""")

R("post", "legal_social_slang", "0111", """
thread: hal2 yang cuma dimengerti orang yang pernah ngawul di sekaten 🧵
1. bau khas tumpukan baju yg campur debu alun-alun
2. rebutan sama ibu2 yang tangannya lebih cepet dari kamu
3. nemu jaket bagus, ukurannya XXXXL 🥲
4. nawar 5rb dikasih, terus nyesel kenapa ga nawar 10rb
5. pulang2 langsung direndem, emak ngomel "wis tuku barang bekas meneh"
""")

R("post", "legal_social_slang", "0111", """
@tomi_sihombing: bah, dulu pasar monza di mongonsidi itu ramai kali. sekarang udah ga ada lagi kan?
@lia.hutagalung: @tomi_sihombing udah pindah2 bang, yg rame skrg di pasar melati
@tomi_sihombing: @lia.hutagalung oh iya ya, terakhir ke sana jaman kuliah, beli kemeja flanel 15rb 😂
@lia.hutagalung: @tomi_sihombing skrg 15rb dpt apa bang, kaos kaki pun mikir2 wkwk
""")

R("post", "legal_social_slang", "0010", """
ada yg tau konveksi kaos polos yg murah & bagus di sekitar bandung ga? buat seragam komunitas lari, butuh 60 pcs
plis jangan rekomen yg bekas/karungan ya, maunya baru 🙏
@ardi.run: @yoga_sp coba ke suci bang, banyak konveksi di situ
@yoga_sp: @ardi.run siap bang makasih
""")

R("post", "legal_social_slang", "0111", """
jujur gue setuju sama larangan impor baju bekas, tapi kasian juga pedagang kecilnya 😔
kemaren ngobrol sama abang2 di gedebage, katanya udah 20 taun jualan di situ, anaknya 3 masih sekolah
harusnya yg ditangkep tuh yg masukin bal dari pelabuhan, bukan yg jualan di kios 3x3
""")

R("post", "legal_social_slang", "0111", """
@rezafahlevi: kalian kalo beli thrift lokal dimana sih? pengen yg ga dari bal2an gitu
@nadhifa.k: @rezafahlevi aku biasanya beli preloved dari orang langsung di carousell, jelas punya siapa
@rezafahlevi: @nadhifa.k ooh iya bener juga
@dimasprtm: @rezafahlevi atau ikut swap party, di jaksel lumayan sering ada
""")

R("post", "legal_social_slang", "0111", """
td ada yg nanya di grup kantor "lelong tu bahasa apa?" 😂
buat yg bukan orang ponti: lelong itu baju bekas dari malaysia, biasa dijual di pinggir jalan tiap sabtu minggu
dulu bapak aku suka beli jaket lelong buat kerja di kebun sawit, awet katanya
""")

R("post", "legal_social_slang", "0111", """
@ucupmanado: ngana pe jaket itu cabo kang? 😂
@reyraturandang: @ucupmanado iyo, dapa di sagerat 40rb
@ucupmanado: @reyraturandang kyapa jo, gaga skali. kita le mo cari
@reyraturandang: @ucupmanado skarang so susah barang katanya, torang pe tanta bilang karung so jarang maso
""")

R("post", "legal_social_slang", "0111", """
yg bikin gw males sama konten "hidden gem": mereka ga pernah nunjukin 150 baju lain dr bal yg sama yg ujungnya dibuang
kayak cuma liat highlight doang. nyatanya separo isi bal tuh sampah kata pedagangnya sendiri
thrifting tuh ga se-eco friendly itu guys
""")

R("post", "legal_social_slang", "0111", """
@putriayuu: td liat berita ada ratusan bal baju bekas ditangkep di batam. isinya koper2 penumpang 😭
@gilang_r: @putriayuu modus titip porter itu kan? temen gw pernah ditawarin jadi kurir, dibayar 300rb sekali jalan
@putriayuu: @gilang_r anjir serem, untung ga mau
@gilang_r: @putriayuu iya dia nolak, takut ketangkep
""")

R("post", "legal_social_slang", "0111", """
nenek gw orang palembang nyebut baju bekas tuh "BJ". gw kira merk 😭
ternyata burukan jambi, soalnya dulu barangnya masuk lewat jambi
skrg tiap gw pake jaket dr olshop dia nanya "BJ dari mano ini cung" wkwk
""")

R("post", "legal_social_slang", "0111", """
@bayuadiputra: serius nanya, kenapa impor baju bekas dilarang tapi impor baju baru dr cina boleh? 🤔
@sarah.econ: @bayuadiputra baju bekas alasannya kesehatan & lindungi industri tekstil. baju baru impor boleh tp ada aturan & bea masuk
@bayuadiputra: @sarah.econ oh gitu, tapi baju baru impor yg murah banget juga bikin konveksi lokal susah kan?
@sarah.econ: @bayuadiputra iya itu masalah lain lagi, dua2nya perlu diurus
@rafi_tx: @bayuadiputra plus baju bekas tuh ga bisa dicek satu2, masuknya per bal, isinya ga jelas. kalo baju baru kan ada standar, label, dll
@bayuadiputra: @rafi_tx makes sense, makasih thread-nya gaes 🙏
""")

R("post", "legal_social_slang", "0010", """
ga nyangka kaos polos made in solo yg gw beli 45rb ternyata lebih awet dr kaos merk luar yg 300rb 😳
udah 2 taun dicuci tiap minggu masih tebel
dukung brand lokal gaes, ga semua yg lokal jelek
""")

R("post", "legal_social_slang", "0111", """
@anggi_prtw: ada yg pernah ikut "patungan bal"? worth it ga sih?
@kevinjo: @anggi_prtw pernah, zonk. bagianku isinya kaos belel semua, yg bagus2 diambil adminnya
@anggi_prtw: @kevinjo waduh 😭
@mitha.ys: @anggi_prtw saran aku sih ga usah, barangnya juga ilegal kan
""")

R("post", "legal_social_slang", "0111", """
kemaren balik kampung ke parepare, pasar lakessi masih rame sama lapak cakar tapi katanya karung skrg susah masuk
tante aku udah mulai jual baju baru dari surabaya, katanya lebih tenang ga takut razia
semoga dagangannya laris tante 🙏
""")

R("post", "legal_social_slang", "0110", """
akhirnya lemari gue lega!! 🥹 kemaren jual 25 baju preloved gue sendiri di carousell, laku 18
lumayan buat nambahin beli rak sepatu
tips: foto pas siang hari, tulis minus jujur, kasih ukuran detail. pembeli lebih percaya
""")

R("post", "legal_social_slang", "0111", """
@yudhistira: warga tanjungbalai lagi pada resah gara2 isu monza ditutup. bapak gw udh 15 taun jualan
@yudhistira: bukan belain penyelundupan ya, tapi ya gimana, ga ada kerjaan lain disini
@nisa.nst: @yudhistira semoga ada solusi dr pemerintah bang, jgn cuma larang doang
@yudhistira: @nisa.nst aamiin, makasih
""")

R("post", "legal_social_slang", "0111", """
wkwk barusan liat iklan di marketplace tulisannya "b4l k0r3a r3ady", kirain typo ternyata sengaja biar ga ketahuan sistem 🤡
kreatif sih, tapi ya tetep ketauan sama manusia
udah gue report btw
""")

# ---------- legal: buyers' star reviews of new / preloved items ----------
R("review", "legal_star_review", "0010", """
⭐⭐⭐⭐⭐
Kemeja flanelnya tebel, jahitannya rapi, ukuran L pas di badan saya (tinggi 172, berat 68). Awalnya ragu karena harganya lebih mahal dari flanel di pasar, tapi ternyata worth it. Barang baru, masih ada plastik dan label produksi Bandung. Pengiriman 2 hari. Bakal beli warna lain.
""")

R("review", "legal_star_review", "0110", """
⭐⭐⭐⭐
Beli blazer preloved dari kakak ini, katanya dulu beli di Zara Plaza Senayan dan cuma dipakai beberapa kali. Kondisi sesuai foto, ada sedikit benang ketarik di lengan tapi sudah diinfo di deskripsi. Wangi, sudah di-dry clean. Minus satu bintang karena pengirimannya agak lama.
""")

R("review", "legal_star_review", "0010", """
⭐⭐⭐
Gamisnya bagus, bahan adem, tapi warnanya agak beda dari foto (lebih gelap). Ukuran L agak kecil, saran size up. Penjual responsif dan menawarkan tukar ukuran. Barang baru dengan label toko Tanah Abang.
""")

R("review", "legal_star_review", "0010", """
★★★★★
Sepatu kulit Cibaduyut ini nyaman banget dari hari pertama! Nggak lecet sama sekali. Jahitan solnya kuat, kulitnya wangi kulit asli. Harga 385rb untuk kualitas begini murah banget. Barang baru dengan dus dan kartu garansi. Terima kasih pengrajin lokal 👏
""")

R("review", "legal_star_review", "0110", """
⭐⭐⭐⭐⭐
Beli sepatu lari preloved dari mas-nya (beli sendiri di Nike Senayan City, ada nota). Sol masih tebal, insole bersih. Sesuai deskripsi 150 km pemakaian. Packing pakai box asli. Recommended seller untuk preloved pribadi.
""")

R("review", "legal_star_review", "0010", """
⭐⭐
Hoodie-nya tipis, nggak sesuai klaim "fleece tebal 280 gsm". Sablonnya juga agak miring. Memang barang baru dan dikirim cepat, tapi kualitas nggak sebanding harga. Semoga jadi masukan buat produsennya.
""")

R("review", "legal_star_review", "0011", """
⭐⭐⭐⭐
Cardigan impor Korea (baru, ada tag dan plastik). Bahannya lembut, warnanya cantik. Pengiriman dari Jakarta 3 hari. Satu bintang dikurangi karena ukurannya kecil, khas ukuran Korea, harus pilih size terbesar.
""")

R("review", "legal_star_review", "0110", """
⭐⭐⭐⭐⭐
Dapat paket baju bayi preloved dari ibu ini, 30 pcs, bersih banget dan wangi. Katanya bekas anaknya sendiri, beli di mal di Semarang. Ada beberapa yang bahkan masih kayak baru. Harga sangat terjangkau. Terima kasih bu, berkah!
""")

R("review", "legal_star_review", "0010", """
⭐⭐⭐⭐⭐
Batik tulis Laweyan ini cantik banget, warnanya alami dan detail cantingnya halus. Ada kartu nama pembatiknya juga, jadi berasa punya cerita. Harganya memang nggak murah tapi sebanding. Barang baru, dikemas rapi dalam kotak.
""")

R("review", "legal_star_review", "0110", """
⭐⭐⭐
Jaket kulit preloved dari bapak penjual (katanya milik pribadi, beli di Garut tahun 2021). Kondisi bagus tapi baunya masih agak apek, perlu dijemur beberapa hari. Ukuran sesuai. Harga oke.
""")

R("review", "legal_star_review", "0010", """
★★★★☆
Seragam SD anak saya jahitannya rapi, bahannya nggak panas. Beli di toko langganan di Pasar Setono. Cuma kancingnya agak longgar, sudah saya jahit ulang sendiri. Semua baru dan ukurannya pas. Recommended buat ibu-ibu yang cari seragam sekolah.
""")

R("review", "legal_star_review", "0011", """
⭐⭐⭐⭐⭐
Beli kaos original Uniqlo dari jastip Jepang (baru, BNWT). Barang asli, ada struk pembelian dari toko di Osaka. Harga masih lebih murah dari toko di sini. Pengiriman rapi, dibungkus bubble wrap. Puas!
""")

R("review", "legal_star_review", "0010", """
⭐
Celana cargonya beda jauh sama foto. Warna army di foto, yang datang hijau pupus. Jahitan kantong samping lepas setelah sekali cuci. Barang memang baru, tapi kualitasnya mengecewakan. Sudah komplain, belum dibalas.
""")

R("review", "legal_star_review", "0110", """
⭐⭐⭐⭐
Beli 5 kemeja kerja preloved dari mbak yang jual lemarinya sendiri. Kondisi rata-rata bagus, kerahnya masih putih. Satu kemeja ada noda kecil di saku, sudah diinformasikan sebelumnya. Cocok buat saya yang baru mulai kerja. Makasih mbak!
""")

# ---------- legal: new clothing imported through normal channels ----------
R("listing", "legal_new_import_clothing", "1011", """
PO KOREA BATCH 12 🇰🇷 (BARANG BARU)
Cardigan, knit vest, dan wide pants langsung dari Dongdaemun
Semua baru, ada tag dan plastik per pcs
Estimasi sampai 3-4 minggu
DP 50%, pelunasan saat barang tiba di Jakarta
Bukan barang second ya kak, bukan bal 😊
""")

R("listing", "legal_new_import_clothing", "1011", """
Jastip Uniqlo & GU Jepang ✈️ (baru, BNWT)
Titip beli dari Tokyo tanggal 5-12 bulan depan
Fee 15% dari harga tag, minimal order 300rb
Struk pembelian disertakan
Barang masuk bagasi pribadi, bea masuk dihitung sesuai ketentuan
""")

R("listing", "legal_new_import_clothing", "1011", """
Sepatu lari Asics Gel-Kayano baru impor (garansi distributor)
Size 40-45, semua warna
Barang baru dalam box, bukan second, bukan rekondisi
Harga 2,1jt
Toko resmi di Mall Kelapa Gading, bisa cek stok di toko
""")

R("post", "legal_new_import_clothing", "1011", """
New arrival: jaket outdoor baru impor dari Taiwan 🏔️
Bahan waterproof 10.000 mm, jahitan seam sealed
Semua BARU dengan hangtag, kami importir resmi (NIB & API-U)
Banyak yang tanya apakah ini barang bal, jawabannya bukan: kami tidak menjual pakaian bekas
Harga 685rb, size S-XXL
""")

R("listing", "legal_new_import_clothing", "1011", """
Hijab voal premium impor Turki (baru)
Motif printing eksklusif, tepi jahit neci
Isi 1 pcs per pouch, ada label impor
Harga 89rb, grosir min 12 pcs 80rb
Ready di toko kami di Thamrin City
""")

R("listing", "legal_new_import_clothing", "1011", """
Kemeja batik Malaysia BARU 🇲🇾 (dibawa dari KL)
Motif khas Malaysia, bahan satin silk
Masih dengan label toko asal, belum dipakai
Jumlah terbatas, 8 pcs ukuran M-XL
Harga 275rb, COD Pekanbaru
""")

# ---------- legal: new goods from local factories (export rejects / overstock) ----------
R("listing", "legal_domestic_reject", "1010", """
Sisa ekspor pabrik garmen Sukabumi 🏭
Kemeja dan blouse BARU, reject minor (benang lebih, jahitan kurang rapi sedikit)
Bukan barang bekas, bukan impor, sisa produksi untuk buyer luar negeri
Harga 35-60rb per pcs, grosir per kodi
Gudang di Cibadak, bisa lihat langsung
""")

R("listing", "legal_domestic_reject", "1010", """
Overstock celana chino pabrik lokal (Bandung)
Baru, label masih ada, sisa order brand
Warna khaki, navy, hitam, size 28-36
Harga 65rb, ambil 1 kodi 1,1jt
Bukan barang second/karungan, dijamin baru
""")

R("post", "legal_domestic_reject", "1010", """
Cuci gudang pabrik kaos kami di Sukoharjo 🧺
Ada 3.000 pcs kaos polos BARU, sebagian warnanya sedikit belang (reject dyeing) dan sebagian sisa order yang dibatalkan.
Harga 15-25rb per pcs, dijual per kilo juga boleh (kaos baru, bukan kaos bekas ya).
Pembelian minimal 5 kg.
Datang langsung ke pabrik, Senin-Sabtu.
""")

R("listing", "legal_domestic_reject", "1010", """
Jaket sisa ekspor (BS) — produksi Semarang
Baru, tidak pernah dipakai, ada cacat kecil seperti noda kapur jahit atau resleting agak seret
Merk buyer sudah dilepas
Harga 85-150rb
Toko kami di kawasan industri Tugu, buka Sabtu-Minggu
""")
