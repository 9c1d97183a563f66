# Batch 2: illegal records that dodge keyword filters (first 23), then legal hard negatives.
# Tuple: (kind, category, offer, used, clothing, abroad, text)
RECORDS = [
("listing", "dodge_spaced", 1, 1, 1, 1, """Kemeja Flanel Pria b3k4s 1mp0r Jpn Murah Size L
Kondisi 9/10, warna merah kotak-kotak, bahan tebal.
Harga 55rb, bisa tawar dikit.
Pesan lewat chat aja ya kak, jangan lupa cek foto detail."""),

("post", "dodge_spaced", 1, 1, 1, 1, """t.h.r.i.f.t drop malam ini 🌙
b.a.l baru dibuka, isinya jaket & hoodie dari K.o.r.e.a
harga 40-90 rb aja
jam 8 malam di story, cepet-cepetan balas DM ya, yang pertama DM yang dapat"""),

("profile", "dodge_hashtag", 1, 1, 1, 1, """🛒 lapak.bocah.ijo
jual sepatu & baju 2nd ex-JPN / ex-KR
ready stock, no PO
COD area Sidoarjo
📍 Sidoarjo kota, kirim ke seluruh Indonesia via JNT & SiCepat
#thriftimportmurah #sepatu2ndoriginal #exjepang"""),

("post", "dodge_emoji", 1, 1, 1, 1, """🇯🇵🇰🇷➡️🇮🇩 📦📦📦
👕👖🧥 ♻️ 💸 mulai 20K
🛍️ buka jam 7 pm di live
yang ngerti ngerti aja ya 🤫 DM buat list harga 🙏
stok terbatas, siapa cepat dia dapat, no keep-keep ✋"""),

("comment", "dodge_misspelling", 1, 1, 1, 1, """Ready kak, ini tas sekon inport dari jepang, kulitnya masih bagus. 85rb ajah, bisa cod di alun2 Tasik.
Kalau mau lihat yg lain juga ada dompet sama sepatu sekon, tinggal wa aja ke no yg di profil ya ka 🙏"""),

("listing", "dodge_abbrev", 1, 1, 1, 1, """Jkt Parka 2nd Imp Korea Like New Sz M
Kondisi LN (like new), no minus, warna olive.
Harga 185k. Ex-KR, dapet dr bongkaran kemarin.
Ship from Bekasi, same day klo order sblm jam 2."""),

("post", "dodge_english_mix", 1, 1, 1, 1, """New drop guys!! Preloved items straight from Japan bale, all handpicked by us 💯
Outer, knitwear, and some vintage denim. Condition mostly 8-9/10.
Prices start from 45k. Check the catalogue in highlight "DROP 12".
Order via DM only, first come first served ya 🫶"""),

("post", "dodge_hashtag", 1, 1, 1, 1, """Sweater rajut cream ini masih mulus bgt, 60rb aja ya bestie ✨
Size fit to L, bahan wool campur
Bisa kirim se-Indonesia, info lanjut DM
#bajubekasimpor #thriftkorea #secondimportmurah #balkorea #thriftshopmedan"""),

("message", "dodge_spaced", 1, 1, 1, 1, """Sdh rdy lg bos, k-a-r-u-n-g celana jeans isi 120 potong, barang j.e.p.a.n.g. Harga 3,2 jt sampai gudang Bogor. Yg bekas pakai tp msh bagus ya bos, bukan baru.
Bayar stgh dulu, sisanya pas barang tiba. Stok cm 6."""),

("live", "dodge_emoji", 1, 1, 1, 1, """yang baru masuk live jangan lupa tap ❤️ ya
ini 🧥 dari 📦 🇯🇵 kondisi 8/10, 70 aja
terus ini 👟 dari 📦 🇰🇷 size 40, 95
mau? ketik angka di komen, nanti aku keep, bayar max 1x24 jam"""),

("listing", "dodge_misspelling", 1, 1, 1, 1, """Baju Trift Impot Korea Wanita Blus Motif Bunga
Barang bkas tpi masih bagus, warna pastel. All size fit to M.
35.000 / pcs. Ambil 5 pcs free ongkir Jawa.
Stok banyak model lain, cek etalase tokonya."""),

("post", "dodge_code_number", 1, 1, 1, 1, """Kode 2nd ready gengs 🔥
B4L jaket KR udah ke-buka, sisa 30an biji
Yg minat langsung japri, no tanya2 doang
Harga 50-120 tergantung kondisi. Lokasi Cibinong."""),

("comment", "dodge_english_mix", 1, 1, 1, 1, """Hi kak, yes masih available! Ini used item dari Japan, aku dapet dari bale yang aku unbox minggu lalu. Kondisi 8/10, ada sedikit pilling di lengan.
Price 75k nett. Kalau mau, checkout aja lewat link di bio, nanti aku packing besok pagi 😊"""),

("listing", "dodge_spaced", 1, 1, 1, 1, """S E P A T U   S E K E N   I M P O R   Size 43
Vans Old Skool hitam, insole udah diganti baru, outsole aman.
Barang dari b a l sepatu Thailand.
Harga 150rb. Bisa COD Depok Margonda."""),

("profile", "dodge_english_mix", 1, 1, 1, 1, """Tokyo Closet 🗼 | curated used clothing
Straight from Japan's bales to your closet
Restock every Thursday 8PM
Shopee & Tokopedia: tokyocloset.sby
Surabaya based | worldwide? no, Indonesia only 😄"""),

("post", "dodge_abbrev", 1, 1, 1, 1, """Open order sortiran kmja wnt gr.A/kg ✅
Hrg 40/kg, min 20kg
Brg ex-KR, bkn lokal
Krm dr Tj.Pinang tiap Selasa & Jumat
Mnt lgsg japri, slow resp jam kerja"""),

("message", "dodge_code_word", 1, 1, 1, 1, """Bro barang "oleh-oleh Korea" yang kita omongin kemarin udah datang, sekarungan. Isinya jaket, hoodie, celana, udah dipake semua tapi masih kece.
Gue lepas 1,9jt sekarung, lu tinggal jual eceran. Ambil di rumah gue di Cileungsi aja biar aman, jangan ngomong di grup ya."""),

("live", "dodge_misspelling", 1, 1, 1, 1, """Lanjuttt ini sekon imprt korea semua yaa, dari balan yang baru buka
Ada blazer krem 60, kemeja putih 35, celana kulot 40
Jangan cuma nonton dong kakak2, diketik nomornya 😆
Sistem rebutan, siapa cepat dia dapat"""),

("post", "dodge_hashtag", 1, 1, 1, 1, """Tas ransel The North Face ini cuma 110rb 😱 masih kuat, resleting aman, cuma warna agak pudar.
Dapat dari karungan Jepang minggu kemarin. Stok tas lain ada di highlight.
DM untuk order, kirim dari Makassar
#cakarmakassar #tasbekasimpor #karunganjepang #preloveddiaspora"""),

("listing", "dodge_spaced", 1, 1, 1, 1, """Jaket Kulit Pria Vintage (b-e-k-a-s) Ex Jerman Size XL
Kulit domba asli, lapisan dalam masih utuh. Ada retak halus di kerah (wajar usia).
Barang i-m-p-o-r, bukan produksi lokal.
Harga Rp 350.000. Kirim dari Yogyakarta."""),

("post", "dodge_english_mix", 1, 1, 1, 1, """Weekend sale at our garage store!! 🏷️
All secondhand imported pieces from Korea & Japan, 3 for 100k
Lokasi: Jl. Pahlawan Seribu, BSD (garasi rumah cat putih)
Open 9am - 5pm, cash or QRIS. See u there fellas!"""),

("comment", "dodge_abbrev", 1, 1, 1, 1, """Msh ada gan, jkt 2nd ex Jpn merk Uniqlo ultra light down, sz L, kondisi 8,5/10. 95rb blm ongkir.
Posisi brg di Blok III Senen, bs ambil langsung ato kirim. Japri aja gan buat detail foto."""),

("post", "dodge_emoji", 1, 1, 1, 1, """Open 🎒 dari 🇯🇵 lagi nih, kemarin baru sampai 1 🎁 gede
Kondisi ♻️ tapi mulus-mulus, 75K - 150K
Mau lihat isinya? Cek reels terbaru 👆
Order lewat WA admin, nomor ada di bio ✉️"""),

# --- legal hard negatives ---
("listing", "hn_new_thrift_style", 1, 0, 1, 0, """Kemeja Flanel Pria Thrift Look Vintage Style BARU
Produksi konveksi sendiri di Bandung, bukan barang bekas. Motif kotak, bahan katun flanel lembut.
Tersedia S-XXL, semua masih plastik dan berlabel.
Harga 89rb, grosir 12 pcs 80rb/pcs."""),

("post", "hn_own_preloved", 1, 1, 1, 0, """Declutter lemari sebelum pindahan 😢
Semua baju pribadi aku, dibeli di mall & online shop lokal, dipakai 2-5 kali.
- Dress Zara size S 120rb
- Blazer Executive 90rb
- Celana kulot Erigo 60rb
Bisa COD di Tebet atau kirim, DM aja yaa"""),

("article", "hn_news", 0, 1, 1, 1, """Bea Cukai Batam menggagalkan penyelundupan ratusan bal pakaian bekas dari Malaysia yang diangkut sebuah kapal kayu di perairan Belakang Padang.
Petugas menemukan 312 bal berisi jaket, celana, dan sepatu bekas yang rencananya akan dikirim ke Sumatera.
Kepala kantor menyebut pakaian bekas impor dilarang masuk berdasarkan Permendag 18/2021 sebagaimana diubah dengan Permendag 40/2022. Barang bukti akan dimusnahkan."""),

("listing", "hn_used_vehicle", 1, 1, 0, 0, """Dijual Honda Beat 2019 Bekas Pakai Pribadi
Warna hitam, pajak hidup sampai Maret, surat lengkap BPKB & STNK.
Mesin halus, ban belakang baru ganti.
Harga 11,2 juta nego tipis. Lokasi Sleman, lihat langsung boleh."""),

("post", "hn_donation", 0, 1, 1, 0, """Posko Peduli Banjir Demak membuka donasi pakaian layak pakai 🙏
Kami terima baju anak, sarung, mukena, selimut dalam kondisi bersih.
Mohon tidak mengirim pakaian dalam bekas.
Titik antar: Masjid Al-Ikhlas, Jl. Sultan Fatah no. 21, setiap hari jam 08.00-17.00.
Terima kasih atas kepedulian warga semua."""),

("comment", "hn_buyer_question", 0, 1, 1, 1, """Kak mau tanya dong, yang jual baju bekas impor Korea di sekitar Semarang di mana ya?
Temenku bilang ada di Pasar Johar tapi aku takut kena razia terus barangnya kotor 😅 ada yang pernah beli di sana? Share pengalaman dong"""),

("post", "hn_report", 0, 1, 1, 1, """Hati-hati guys sama akun @balkorea.murah99!!
Aku transfer 2,5jt buat "1 karung baju bekas impor Korea grade A", katanya dikirim dari Tanjungbalai. Udah dua minggu ga ada resi, sekarang nomorku diblokir.
Iklan dia tulisannya "karungan original Korea, isi 150 pcs, garansi uang kembali". Jangan ada korban lagi ya, tolong bantu report 🙏"""),

("listing", "hn_cardboard_bal", 1, 1, 0, 0, """Jual Kardus Bekas Per Bal 50 Kg Bersih Kering
Kardus bekas packing elektronik, sudah dipres jadi bal.
Harga 2.800/kg, minimal ambil 5 bal.
Lokasi gudang Karawang Barat, bisa muat truk engkel."""),

("article", "hn_opinion", 0, 1, 1, 1, """Larangan impor pakaian bekas selalu memicu perdebatan. Di satu sisi, produsen tekstil dalam negeri merasa tergerus oleh bal-bal pakaian bekas dari Jepang dan Korea yang dijual murah.
Di sisi lain, bagi banyak keluarga, pakaian bekas impor adalah satu-satunya cara membeli jaket tebal atau sepatu bermerek.
Menurut saya, penegakan di pelabuhan lebih adil daripada merazia pedagang kecil di pasar yang hanya membeli barang dari tangan kedua.
Pemerintah juga perlu memastikan produk lokal punya harga yang bersaing."""),

("post", "hn_school_bazaar", 1, 1, 1, 0, """BAZAR AMAL SD Tunas Harapan 💛
Sabtu, 14 September, 08.00-12.00 di halaman sekolah.
Menjual seragam, sepatu, dan baju anak bekas hasil sumbangan orang tua murid, harga 2.000-15.000.
Seluruh hasil penjualan untuk renovasi perpustakaan. Ajak keluarga ya!"""),

("listing", "hn_new_import", 1, 0, 1, 1, """Jaket Puffer Wanita Import Korea BARU Segel Premium
Barang baru, bukan second. Masih dalam plastik dengan hangtag lengkap.
Diimpor resmi oleh distributor, ada invoice.
Warna: hitam, cream, sage. Harga 329rb, pengiriman dari Jakarta Utara."""),

("post", "hn_joke", 0, 1, 1, 1, """Orang Medan kalau dipuji bajunya bagus:
"Makasih, ini monza kok" 😭😭
Dipuji sepatunya: "Monza juga"
Dipuji pacarnya: "..." 
Kalian di daerah lain nyebutnya apa sih? Cakar? Awul-awul? Lelong? 😂"""),

("message", "hn_job_vacancy", 0, 1, 1, 1, """[LOKER] Dibutuhkan 3 orang tenaga sortir di gudang pakaian bekas impor, daerah Bandung Timur.
Tugas: memilah pakaian dari bal sesuai kategori dan kualitas.
Syarat: pria/wanita usia 18-35, teliti, siap kerja shift.
Gaji harian + makan siang. Kirim CV ke email rekrut.gudang@contoh.id"""),

("review", "hn_review_no_seller", 0, 1, 1, 1, """Pengalaman pertama beli baju bekas impor di pasar: jaketnya bagus, bahannya tebal, tapi baunya apek banget. Harus direndam air panas dua kali dan dijemur 2 hari baru hilang.
Kesimpulan: worth it buat harga 50rb, tapi siapin waktu buat nyuci.
Nggak akan sebut tempatnya, cari sendiri aja ya hehe."""),

("listing", "hn_majun", 1, 1, 0, 0, """Jual Majun Kain Perca Per Karung 25 Kg
Majun dari potongan kaos bekas, cocok untuk lap mesin bengkel dan pabrik.
Daya serap tinggi, sudah dipotong-potong.
Harga 95rb per karung. Ready Semarang, kirim pakai truk."""),

("post", "hn_guideline", 0, 1, 1, 1, """Pengumuman untuk penjual di marketplace kami 📢
Sesuai Permendag 18/2021 jo. 40/2022, pakaian bekas impor termasuk barang dilarang impor.
Listing yang menawarkan bal, balpres, karungan, atau "second import" akan diturunkan tanpa pemberitahuan.
Pakaian preloved milik pribadi tetap boleh dijual dengan foto asli dan keterangan kondisi yang jujur."""),

("listing", "hn_plain_clothing", 1, 0, 1, 0, """Gamis Wanita Rayon Premium Motif Bunga Kecil
Bahan adem, jahitan rapi, busui friendly (resleting depan).
Ukuran M, L, XL. Panjang 135 cm.
Harga 145rb. Produksi Pekalongan, kirim setiap hari."""),

("post", "hn_upcycle", 1, 1, 1, 0, """Totebag patchwork dari jeans bekas bapak-bapak kampung kami 👖➡️👜
Kami kumpulkan celana jeans sumbangan warga, dicuci, lalu dijahit ulang oleh ibu-ibu PKK RW 05.
Harga 75rb, hasil penjualan masuk kas kelompok.
Pesan lewat IG @jahitbareng.rw05"""),
]
