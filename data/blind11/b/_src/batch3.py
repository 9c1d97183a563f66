# Batch 3: dodging the filters (broken words, emoji, misspellings, English mix, glued hashtags) + legal negatives.
# Tuple: (kind, category, offer, used, clothing, abroad, text)
RECORDS = [
("listing", "filter_evasion", 1, 1, 1, 1, """J4ket B3k4s Imp0r K0rea Gr4de A
Kondisi mulus, no minus, udah dicuci.
Harga 80rbu, stok banyak, tanya-tanya chat aja kak.
Ket: jgn report ya kak, kami cuma cari makan 🙏"""),
("post", "filter_evasion", 1, 1, 1, 1, """t.h.r.i.f.t drop malam ini jam 8 🔥
outer, knit, kemeja dari k.a.r.u.n.g baru, asal 🇯🇵
harga 35-70k, cek story buat katalog
#thriftimportmurah #thriftjapan #outerthrift"""),
("comment", "filter_evasion", 1, 1, 1, 1, """kak yg 👕♻️🇰🇷 masih ready kok, size L 45k aja
cek etalase 'ready stock 2' yaa, nnti aku bundling sama celana biar hemat ongkir
btw yg 🇯🇵 jg baru turun td sore, mampir aja"""),
("listing", "english_mix_abbrev", 1, 1, 1, 1, """Vintage Hoodie 2nd Ex-JPN | Authentic | Good Cond
Pit to pit 58, length 70. Minor fading on cuffs.
Straight from bale, not washed yet, price 95k.
Ship from Jakarta, DM for more pics."""),
("live", "filter_evasion", 1, 1, 1, 1, """halo guys, live malam ini barang "itu" ya, yang dari kapal 😉
semua 2nd luar, jaket sama sweater, 40 sampe 60 ribu
jangan ketik kata yg aneh2 di komen biar live gak diputus, cukup ketik nomor barang aja"""),
("post", "filter_evasion", 1, 1, 1, 1, """Baju b-e-k-a-s impor... eh maksudnya "pre-loved luar negeri" 😅
Dari 🇰🇷 semua, kemeja sama blouse 30rb an.
Order lewat link di bio, pengiriman dari Bekasi.
#pr3lovedimport #bajuimp0r #kemejakorea"""),
("message", "filter_evasion", 1, 1, 1, 1, """Kak, stok B.A.L baru masuk 👇
- Jaket 🧥 100kg
- Kaos 👕 100kg
Dari negeri ginseng 🇰🇷 semua. Harga via chat pribadi ya, jangan dibahas di grup, takut grupnya dibubarkan admin."""),
("listing", "misspelling", 1, 1, 1, 1, """Baju Bkas Inport Murah Bgt Grade A Cewe Cowo
Kmeja, kaos, celana, dari Korea Jpang.
Hrga mulai 20rb. Bsa grosir per karng.
Lokasi Kudus, kirim seluruh indo."""),
("post", "english_mix_abbrev", 1, 1, 1, 1, """restock secondhand jackets straight from Korea bale 🧥
all sizes, condition 8-9/10, harga start 90k aja
first come first serve, payment max 2 jam
dm @layerlab.store to claim"""),
("comment", "filter_evasion", 1, 1, 1, 1, """yg nanya asalnya dr mana: dr tetangga sebelah utara Kalimantan kak 🤫 (ngerti kan)
barang bkas tapi bagus2, tas & sepatu mulai 50k, aku kirim dr Nunukan"""),
("profile", "filter_evasion", 1, 1, 1, 1, """🌏♻️👗 Luar Negeri Tapi Bukan Baru
Spill outfit 2nd dr 🇯🇵🇰🇷🇹🇼
Open reseller | b4l & satuan
Kirim dr Pontianak ke seluruh indo 📦
Ketik 'katalog' di DM ✉️ fast resp jam 9-21"""),
("listing", "english_mix_abbrev", 1, 1, 1, 1, """[READY] 2nd Import Denim Jacket Levis Type 3 Ex USA
Size tag M fit L, some wear on collar (normal vintage).
Harga 275k nett, no swap no nego.
Ori from bale, bukan remake."""),
("live", "filter_evasion", 1, 1, 1, 1, """oke yang di komen nanya "ini s3k3n?" iya kak, semua udh pernah dipakai orang sana, kita cuma cuci ulang
asalnya dari j-a-p-a-n, makanya bahannya bagus
kemeja 35, cardigan 45, ketik cepet ya"""),
("post", "glued_hashtag", 1, 1, 1, 1, """Outfit of the day pake barang drop kemarin 😍
Knit cardigan 60k, celana kulot 45k, masih ada beberapa di toko.
#thriftimportmurah #balpresmurah #bajuimportbekas #thriftbandung #hiddengemsthrift"""),
("message", "filter_evasion", 1, 1, 1, 1, """Bro, mau ambil 'kopi' lagi gak? 😂 yg kemarin itu lho, karung putih isi kaos dr Korea.
Satu karung 6,5 jt, belum ongkir. Kabari hari ini, kapal berangkat lusa dari Batam."""),
("listing", "misspelling", 1, 1, 1, 1, """Trift Imprt Celana Cargo Pria Murmer
Celana bks dr luar, kondisi 85%, warna army & krem.
Cuma 50rb, 3 pcs 135rb.
Stok dr ballpres baru buka, ukrn 30-34 paling bnyk.
Cek video di story sblm order y gan."""),
("comment", "english_mix_abbrev", 1, 1, 1, 1, """Available sis! Ex-Korea 2nd, cond 9/10, bahannya tebel.
Harga 85k belum ongkir, ship dr Medan via JNE. Mau aku keep?
Keep max sampe besok siang ya sis, abis itu aku up lagi di feed."""),
("post", "emoji_code", 1, 1, 1, 1, """🧥🧥🧥 BARU TURUN 🚢📦
♻️ semua, asal 🇯🇵
💸 mulai 40k
📍 Pasar Senen / bisa kirim
🧺 ambil 1 karung? harga beda, tanya aja
⏰ buka jam 9 pagi sampai sore
DM 📩 buat spill katalog, slow resp kalau lagi rame"""),
("listing", "filter_evasion", 1, 1, 1, 1, """Sepatu S3kond Impor Orisinil (bkn kw) Size 40-43
Dr bal Thai, udh dicuci & dilem ulang.
Merk NB, Asics, Puma. Harga 120-220rb.
Pengiriman dr Surabaya, rek BCA/BRI."""),
("post", "english_mix_abbrev", 1, 1, 1, 1, """Weekend thrift haul dari @kedaipakaiangudang 🤎
Dapat trench coat ex-UK 2nd, cuma 140k, sama 3 kemeja ex-JPN 30k an.
Ownernya friendly, katanya tiap Selasa buka bale baru. Go check!"""),
("message", "misspelling", 1, 1, 1, 1, """Slamat pagi kak, sy agen bal prs dari Tanjung pinang.
Ada stok kmeja, jaket, celna, smua bks luar negri, barang bgus.
Mau ambil brp? Bs krim sampai Jkt pke kapal pelni."""),
("live", "emoji_code", 1, 1, 1, 1, """👋 yang baru gabung, hari ini kita buka 📦 isi 🧥 dari 🇰🇷
semua ♻️, kondisi bagus, 50 ribu rata
ketik nomor + ukuran, yang cepat dapat!
yang udah dapet langsung transfer ya, 15 menit gak bayar aku lempar ke antrian berikutnya"""),

# ---- legal hard negatives ----
("post", "hn_new_thrift_style", 1, 0, 1, 0, """"Thrift look" tanpa bekas? Bisa banget! 😎
Kaos washed grey kami dibuat baru di Bandung dengan proses garment dye biar kelihatan vintage.
Rilis Jumat ini, 129rb.
#thriftlook #vintagestyle #localbrand"""),
("comment", "hn_buyer_question", 0, 1, 1, 1, """kak ini beneran ex-JPN kah? aku cuma takut kena razia pas paket lewat bea cukai 😭
trus kalo bekas gitu udah dicuci belum ya? mau buat anak soalnya
maaf banyak nanya, pertama kali beli online"""),
("listing", "hn_used_machine", 1, 1, 0, 1, """Mesin Jahit Juki 2nd Ex Jepang DDL-8700
Mesin high speed bekas pabrik, sudah servis total.
Garansi 1 bulan, harga 3,9jt. Lokasi Tangerang.
Cocok buat konveksi rumahan yang mau tambah mesin."""),
("post", "hn_report", 0, 1, 1, 1, """Aku laporin akun ini ke platform ya. Caption-nya "j4ket b3k4s imp0r" biar gak ketahuan filter, padahal jelas-jelas jual bal.
Tolong yang lain ikut report juga, aturannya udah jelas dilarang."""),
("listing", "hn_plain_clothing", 1, 0, 1, 0, """Celana Cargo Pria Ripstop Premium
Bahan tebal, 6 kantong, ada tali di ujung kaki.
Warna army, hitam, khaki. Size 28-38.
Harga 149rb, produksi sendiri di Bogor."""),
("article", "hn_tutorial", 0, 1, 1, 0, """Cara merawat pakaian bekas agar awet:
1. Rendam dulu dengan air hangat dan sedikit deterjen.
2. Cuci terpisah dari pakaian lain pada cucian pertama.
3. Jemur di bawah sinar matahari dan setrika dengan suhu sesuai bahan.
Tips ini berlaku untuk lungsuran keluarga maupun hasil swap dengan teman."""),
("message", "hn_donation_request", 0, 1, 1, 0, """Assalamualaikum bapak ibu, panti asuhan Al-Hikmah membutuhkan baju bekas layak pakai untuk anak usia 5-15 tahun.
Kalau ada yang mau menyumbang, bisa diantar ke Jl. Melati 12 atau kami jemput.
Jazakumullah khairan."""),
("post", "hn_joke", 0, 1, 1, 1, """Kalau nemu duit 50 ribu di saku celana thrift, itu rezeki atau harus dikembalikan ke Jepang? 🤔
Serius, tadi nemu 1000 yen di jaket. Ya udah aku tempel di dinding sebagai kenang-kenangan."""),
("listing", "hn_new_import", 1, 0, 1, 1, """Jaket Puffer Import China Baru Grosir
Barang baru segel plastik, langsung dari pabrik Guangzhou, ada izin impor lengkap.
Warna hitam, navy, olive. Min 12 pcs, 110rb/pcs."""),
("comment", "hn_own_preloved", 1, 1, 1, 0, """bukan kak, ini bukan barang bal. ini kemeja punyaku sendiri, kebesaran sejak turun 10 kilo 😅
45rb aja, udah aku cuci dan setrika. lokasi Malang.
ada foto label ukurannya kalau mau cek, tinggal minta di chat"""),
("article", "hn_news", 0, 1, 1, 1, """Polisi Air menangkap dua kapal pengangkut balpres di perairan Dumai.
Sebanyak 300 bal pakaian bekas diangkut dari Port Klang dan rencananya diturunkan di pelabuhan tikus.
Nakhoda dan dua ABK kini diperiksa, sementara pemilik barang masih diburu."""),
("listing", "hn_non_clothing_karung", 1, 1, 0, 0, """Plastik Bekas Giling Per Karung
Cacahan botol PET bersih, sudah dicuci.
1 karung ±40 kg, harga 6.500/kg. Pembeli pabrik daur ulang prioritas.
Gudang kami di Gresik, bisa muat truk engkel."""),
("post", "hn_opinion", 0, 1, 1, 1, """Aku suka thrifting, tapi makin ke sini makin mikir.
Kalau barangnya dari bal impor, ya ujung-ujungnya kita ikut nampung sampah tekstil negara lain.
Sekarang aku lebih milih swap sama temen atau beli preloved orang lokal."""),
("review", "hn_review", 0, 0, 1, 0, """Beli kemeja "vintage style" di brand lokal, kirain bekas ternyata baru dan wangi toko 😂
Bahannya adem, jahitan rapi, cuma ukurannya agak kecil. Naik satu size ya kalau mau beli.
Overall puas, 4/5."""),
("message", "hn_job_vacancy", 0, 0, 1, 0, """Dibutuhkan admin online shop fashion muslim (produk baru, konveksi sendiri).
Tugas: balas chat, input pesanan, packing.
Penempatan Sleman, gaji UMR + bonus. Kirim lamaran ke 0877xxxx."""),
("post", "hn_school_sale", 1, 1, 1, 0, """OSIS SMA 3 mengadakan Preloved Day 💚
Siswa dan guru menjual baju layak pakai dari lemari masing-masing, harga 5-25rb.
Kamis jam istirahat di lapangan basket. Dana untuk kegiatan bakti sosial."""),
("listing", "hn_used_vehicle", 1, 1, 0, 1, """Mobil Bekas Toyota Alphard 2015 Ex Jepang CBU
Odometer 68 ribu km, interior bersih, pajak baru diperpanjang.
Harga 485jt nego. Showroom di Kelapa Gading."""),
("comment", "hn_complaint", 0, 1, 1, 1, """Paket dari toko "2nd Import Heaven" bau apek parah, padahal iklannya tulis "sudah laundry, ex-Korea grade A".
Ada kutu juga di lipatan. Refund ditolak. Aku udah laporin ke CS."""),
("post", "hn_joke", 0, 1, 1, 0, """Kakakku: "itu jaketku kan?"
Aku: "bukan, ini preloved"
Kakakku: "preloved dari lemariku" 😤
Lungsuran gratis tetap thrift terbaik, cuma risikonya dimarahin tiap pagi.
Besok kupinjem kemejanya juga ah"""),
]
