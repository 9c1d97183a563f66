# Batch 2: illegal code words (rest) + dodging filters + first legal
R = [
("post", "regional_code_word", (1,1,1,1), """Roma alias rombengan Malaysia udah masuk ke Pasar Tungging ya guys 🙌
Semua masih di karung, besok pagi baru dibongkar.
Aku titip info buat yang biasa nyari jaket bulu sama sweater rajut.
Kios punya Pak Hendri, yang catnya hijau.
Bisa telepon dulu buat ditahanin: 0813xxxx"""),
("listing", "bale_grade_units", (1,1,1,1), """JUAL BAL SEPATU SORTIRAN
Per koli 30 pasang, campur running, sneakers, boots.
Grade A 3,8jt/koli, grade B 2,5jt/koli.
Barang asli masuk kontainer, bukan KW.
Bisa kirim ke Jawa Timur, Bali, NTB. Survei gudang boleh, janjian dulu."""),
("message", "regional_code_word", (1,1,1,1), """Kak, babebo minggu ini datangnya cepat 😁
Saya sisihkan 2 karung baju anak sama 1 karung jaket buat kakak.
Harga tetap kayak kemarin, karung anak 1,5jt, jaket 2,2jt.
Barang di Tanjung Uban, nanti naik kapal ke Batam baru kirim.
Konfirmasi sebelum Kamis ya kak."""),
("post", "market_route", (1,1,1,1), """Bapak ibu pedagang, gudang kami di Kebon Kalapa sudah buka lagi setelah libur Lebaran.
Stok karungan kaos, kemeja, celana, sampai selimut sudah penuh.
Harga grosir per karung, bisa pilih isi atau campur.
Layani pengiriman ke seluruh Jawa Barat.
Datang langsung atau hubungi 0896xxxx."""),
("listing", "regional_code_word", (1,1,1,1), """Lelong Jaket Musim Dingin Pontianak
Parka, bulu angsa, mantel wool. Ukuran dewasa.
Barang dari Kuching, baru turun semalam, kondisi bagus.
Harga 60-200rb per pcs, per karung juga bisa.
COD Pontianak kota, luar kota kirim JNT."""),
("comment", "regional_code_word", (1,1,1,1), """Bang, awul-awul yang di Klaten itu punya adikku, dia buka tiap Rabu sama Sabtu.
Barang karungan semua, harga mulai 5rb-an.
Kalo mau borong buat dijual lagi bilang aja temennya Yoga, nanti dikasih harga reseller.
WA nya 0857xxxx."""),
("message", "wholesale_price_list", (1,1,1,1), """PRICE LIST JULI (harap simpan)
Bale Korea Cream - 7,8jt
Bale Korea A - 5,6jt
Bale Jepang campur - 4,9jt
Bale sepatu 25 pasang - 3,2jt
Stok dari Belawan. Pembayaran full sebelum muat. Tidak melayani tawar-menawar di chat ini."""),
# dodging filters
("post", "filter_dodge_spacing", (1,1,1,1), """B.4.L j4ket K0rea baru dib0ngkar malem ini 🔥
t.h.r.i.f.t harga mulai 25k, kondisi b3k4s tapi masih bagus bgt
yang minat langsung ketik "gas" di komen ya
link ke WA ada di bio 👆"""),
("listing", "filter_dodge_spacing", (1,1,1,1), """Kemeja Flanel Pre-loved imp0r JPN
kondisi s3k3n 90%, no minus berarti
harga 45rb, bisa kirim dari Bandung
stok b4nyak, tanya via chat aja ya kak biar aman"""),
("post", "filter_dodge_emoji", (1,1,1,1), """👕♻️🇯🇵 masuk lagi!
📦 bongkar 🎒 jam 7 malem
💸 mulai 20k
📍 lapak biasa, samping masjid pasar
kalian pasti ngerti lah ya maksudnya 😉 DM aja
yang kemarin udah keep, tolong lunasin sebelum jam 6 ya"""),
("message", "filter_dodge_abbrev", (1,1,1,1), """ready 2nd ex-JPN & ex-KR, kmj/kaos/jkt campur.
hrg 1 bl 4,5jt, grd A. ambil di gdg Ckg.
bs dp dl, sisa pas brg sampai.
cp 0812xxxx (jgn tlp, chat aja)"""),
("post", "filter_dodge_hashtag", (1,1,1,1), """Restock malam ini bestie! Jaket, hoodie, crewneck, semua murah meriah 😍
Harga mulai 30rb, kondisi ok banget.
Order via DM ya, slot terbatas.
#thriftimportmurah #bajubekaskorea #balpresjakarta #jaketseken"""),
("listing", "filter_dodge_misspelling", (1,1,1,1), """Baju Bkas Inpor Korea Murah Meriah
kondisi msh bgs, layak pake
harga 15rb/pc, ambil 10 dpt diskon
lokasi Jaksel, bs antar daerah dkt
tinggal chet aja, fast respon kalo lg ga jaga lapak"""),
("post", "filter_dodge_english", (1,1,1,1), """New drop from our latest bale 📦✨ All pieces are pre-owned, shipped straight from Osaka.
Vintage windbreakers, denim, knitwear - sizes S to XL.
Prices start at 60k IDR, DM to claim, first come first served.
Pickup available in Kemang, or we ship nationwide.
#preloved #vintagejapan #thriftjkt"""),
("comment", "filter_dodge_spacing", (1,1,1,1), """@rinaa_ kak itu b-a-l yg kemarin udah abis,
besok ada yg baru dari k.o.r.e.a, s3c0nd semua
jaket sm celana 25-50k
langsung wa aja kak, nomor di bio, jangan nanya harga di sini nanti di-takedown 🙏"""),
("profile", "filter_dodge_abbrev", (1,1,1,1), """🧺 pr3l0v3d imp0rt | JPN • KR • US 🧺
kurasi tiap hari, 2nd hand pilihan
open PO bal utk reseller
ship from SBY 📦 | order: DM / 0813xxxx
no retur kecuali salah kirim, cek highlight buat testi"""),
("post", "filter_dodge_emoji", (1,1,1,1), """Baru sampai dari 🇰🇷 via 🚢 ke 🏝️ (B-tm) terus lanjut ke sini 😆
📦 isinya 🧥👖👗 campur, bukan baru ya, udah pernah dipake orang sana
💰 20-60rb
Yang mau, DM aja. Jangan tulis kata2 aneh di komen ya biar akunnya awet 🙏"""),
("listing", "filter_dodge_misspelling", (1,1,1,1), """JAKET BOMBER SEKEN IMPOT KOREA
Size L, warna army, kondisi 85%
Harga 90rb nett
Ballpres barang lama, udah dilaundri
Ada noda kecil di lengan kanan, liat foto terakhir
Minat chat, bisa kirim ke luar kota"""),
("message", "filter_dodge_abbrev", (1,1,1,1), """info stok:
- bl kmj pria ex-Jp grd A 6jt
- bl kaos ex-Kr grd B 3,5jt
- krg sptu ex-Thai 40psg 4jt
brg 2nd semua, bkn brg br. sdh di gdg.
yg serius aja, tlg jgn forward chat ini ke grup lain."""),
("post", "filter_dodge_spacing", (1,1,1,1), """Sp1ll st0k 🤫
j a k e t   j e a n s   i m p o r (b e k a s)
masih pada mulus, ukuran M-XXL
harga 65rb aja
comment "spill" nanti aku DM satu-satu
barang dikit, jadi jangan kelamaan mikir ya 🙏"""),
("post", "filter_dodge_english", (1,1,1,1), """Secondhand Japanese workwear just landed!! 🇯🇵
Chore jackets, hickory shirts, painter pants - all from one fresh bale, no reject.
Starting from 120k. Open order till Sunday midnight, shipping Monday.
Shop link in bio, or WA admin 0877xxxx.
#usedclothing #importedvintage #workwear"""),
("listing", "filter_dodge_hashtag", (1,1,1,1), """Kemeja Hawaii Motif Rayon Size L - Kondisi Mulus
Harga 55rb. Tersedia juga motif lain, cek etalase.
Pengiriman dari Malang.
#bajuthriftmurah #secondimportjepang #bongkarbalmalang #thriftmalang"""),
("comment", "filter_dodge_emoji", (1,1,1,1), """yg nanya barang dari mana: 🇯🇵🇰🇷 → 🚢 → 📦 → 🏪
kondisi ♻️ ya kak, bukan 🆕
harga mulai 25 rb, DM aja ya biar aku kirimin katalog lengkap
makasih udah mampir 🙏"""),
("post", "filter_dodge_misspelling", (1,1,1,1), """Trift shop lokasi Solo buka lagiii ✨
baju2 bkas impor jepang, kemeja, rok, dress vintage
harga mulai 20rb, minggu ini ada diskon 10%
alamat di belakang Pasar Klewer, tanya lokasi lengkap via DM"""),
("message", "filter_dodge_spacing", (1,1,1,1), """Selamat pagi, kami dari Toko Kain Barokah info stok:
k@rung@n campur (pakaian s3k3nd) asal M@l@ysia
isi 100kg, harga 2,9jt
lokasi Dumai, bisa kirim Pekanbaru & Padang.
Mohon tidak mengutip pesan ini di grup umum."""),
("live", "filter_dodge_abbrev", (1,1,1,1), """oke kk skrg kita buka b-a-l nomer 7 ya, ex-JP, 2nd smua
yg ini isinya cardigan sm sweater rajut
hrg 35k, 3 pcs 90k
ketik nomer + nama, nanti admin rekap, checkout max 15 mnt"""),
("post", "filter_dodge_english", (1,1,1,1), """Korean used clothing wholesale - per bale or per kilo 🇰🇷
We supply boutique thrift stores all over Indonesia.
Grade cream, A, B available. MOQ 1 bale.
Shipping from Batam warehouse, door to door service.
Serious buyers only: DM or WhatsApp 0811xxxx."""),
("listing", "filter_dodge_hashtag", (1,1,1,1), """Sweater Rajut Wanita Oversize Warna Krem
Bahan tebal, lembut, pas buat cuaca dingin.
Harga 40rb, kondisi bagus hanya ada sedikit pilling.
#rajutbekasimport #balkorea #preloveduntukmu #thriftsurabaya"""),
("post", "filter_dodge_spacing", (1,1,1,1), """Barang Ps. S_e_n_e_n langsung dari karung pagi ini 😍
kemeja 15rb, celana 20rb, jaket 35rb
s-e-c-o-n-d semua ya, tapi masih kece
jastip dari kios langsung, kirim hari Jumat. Slot buka sampai jam 9 malam!"""),
("comment", "filter_dodge_misspelling", (1,1,1,1), """iya kak itu barang bal Jepanh, sekon tp msh bgus, jahitan ga ada yg lepas
harga 38rbu, blom ongkir
ada warna lain jg, navy sm maroon
langsung cekot aja di toko oren kak, nama tokonya sama kaya akun ini"""),
# legal starts
("article", "hn_report", (0,1,1,1), """Petugas Bea Cukai Batam menggagalkan penyelundupan ratusan bal pakaian bekas dari Malaysia pada Selasa dini hari.
Barang tersebut diangkut menggunakan kapal kayu tanpa dokumen dan akan dibawa ke Sumatera.
Menurut keterangan petugas, pakaian bekas itu dikemas dalam karung dengan berat rata-rata 100 kilogram.
Pemerintah menegaskan impor pakaian bekas dilarang berdasarkan Permendag 18/2021 yang diubah dengan Permendag 40/2022.
Seluruh barang bukti akan dimusnahkan setelah proses hukum selesai."""),
("post", "hn_new_thrift_style", (1,0,1,0), """Koleksi baru kita udah rilis! ✨ 'Vintage Vibes' edition
Kemeja motif retro & jaket corduroy, semuanya BARU, produksi konveksi sendiri di Bandung.
Bukan barang thrift ya guys, cuma gayanya aja yang thrift look 😆
Harga mulai 99rb, size S-XXL.
Cek di link bio!"""),
("post", "hn_own_preloved", (1,1,1,0), """Beres-beres lemari sebelum pindahan, jadi aku jual preloved pribadi ya 🙏
Semua pernah aku pake sendiri, beli di mall Jakarta, kondisi 90%.
- Blazer Zara hitam size S 120rb
- Rok midi Cotton Ink 75rb
- Sepatu flat Everbest 37 80rb
Bisa COD di Tebet. DM aja!"""),
("post", "hn_donation", (0,1,1,0), """Halo warga RT 05, kami dari karang taruna mengumpulkan baju bekas layak pakai untuk korban banjir di Demak.
Baju dewasa dan anak, selimut, dan sarung sangat dibutuhkan.
Mohon dicuci dan dilipat, taruh di pos ronda sampai hari Minggu.
Terima kasih atas kepeduliannya 🙏"""),
("listing", "hn_used_vehicle", (1,1,0,0), """Jual Motor Bekas Honda Beat 2019 Mulus
Pajak hidup, surat lengkap, mesin halus.
Kilometer 24.000, ban depan baru ganti.
Harga 11,5jt nego tipis.
Lokasi Bekasi Timur, hubungi Mas Fajar 0812xxxx"""),
("post", "hn_opinion", (0,1,1,1), """Jujur aku bingung sama pro kontra baju bekas impor ini.
Di satu sisi, banyak anak muda yang bisa tampil keren dengan harga murah.
Di sisi lain, konveksi kecil di kampungku makin sepi karena kalah bersaing sama bal-balan dari luar.
Menurutku pemerintah harus bantu UMKM tekstil dulu baru lanjut razia.
Kalian gimana?"""),
("post", "hn_buyer_question", (0,1,1,1), """Guys mau nanya dong, ada yang tau thrift shop di Bandung yang bagus selain Gedebage?
Aku lagi cari jaket kulit bekas buat hadiah ulang tahun pacar, budget 300rb.
Katanya di Cibadak juga ada ya?
Rekomendasinya dong, makasih banyak 🙏"""),
("listing", "hn_new_import", (1,0,1,1), """Jaket Windbreaker Import Korea BARU - Bukan Bekas
Masih ada label & plastik, stok dari supplier Guangzhou dan Seoul.
Bahan parasut, tahan air, ada hoodie.
Harga 135rb, reseller ada harga khusus.
Kirim dari Jakarta Barat, bisa COD."""),
("post", "hn_joke_meme", (0,1,1,0), """Ibu: 'Nak itu kaos kamu kok bolong-bolong?'
Aku: 'Ini gaya thrift Bu, vintage'
Ibu: 'Bukan, itu kaos bekas bapakmu dari tahun 2005, ibu kira udah dibuang' 💀
Ternyata selama ini aku ngethrift di lemari sendiri 😭
#relate #ngakak"""),
]
