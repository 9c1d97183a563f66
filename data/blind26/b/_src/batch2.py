# Batch 2: illegal, code words / geography (rest) and filter dodging. Hand-written.
RECORDS = [
("post", "code_regional_babebo", (1, 1, 1, 1), """Babebo masuk lagi minggu ini di Pasar Inpres, Kupang 🙏
Ada kemeja flanel, jaket jeans, celana gunung. Katanya kiriman dari Timor Leste, barang bekas tapi bagus-bagus.
Harga eceran 15-50rb. Lapak mama Yuli sebelah penjual sirih pinang."""),
("message", "code_route_nunukan", (1, 1, 1, 1), """Bos, karung dari Tawau sudah sampai Nunukan kemarin malam.
Isi 12 karung, campur jaket sama kemeja, ada 2 karung sepatu.
Bos mau ambil berapa? Harga tetap 1,6jt per karung, kirim ke Tarakan pakai speed sore.
Tolong transfer DP dulu ke rekening yang biasa."""),
("listing", "code_per_kilo", (1, 1, 1, 1), """JUAL PER KILO - Kaos Oblong Campur
Rp 38.000/kg, minimal ambil 5kg
Semua sortiran dari karung baru buka, layak pakai
Banyak merk Jepang seperti GU, Uniqlo, Beams
Bisa ambil di gudang Sidoarjo atau kirim JNT Cargo"""),
("post", "code_regional_burjer", (1, 1, 1, 1), """Anak Bima kalau mau cari burjer yang bagus-bagus, mampir ke lapak abang di Pasar Raya ya 😎
Baru bongkar karung kemarin, banyak jaket jeans sama hoodie.
Harga anak sekolah, mulai 15 ribu. Buka dari pagi sampai magrib."""),
("comment", "code_reply_koli", (1, 1, 1, 1), """Bisa bang, untuk koli kemeja masih ada 4 koli, barang turun di Dumai minggu lalu.
Per koli 6jt nett, isi kurang lebih 250 pcs. Kalau abang ambil 2 koli saya bantu ongkos truk sampai Pekanbaru.
Lanjut di WA aja ya bang."""),
("live", "code_market_kebon_kalapa", (1, 1, 1, 1), """Wilujeng sumping di live Teteh! Ieu barang ti Kebon Kalapa, karungan anyar pisan.
Kemeja katun, rok plisket, cardigan, sadayana 20 rebu hiji.
Nu bade, ketik 'ambil' sareng nomer na. Teteh bungkus langsung, dikirim isukan enjing."""),
("message", "code_wholesale_pricelist", (1, 1, 1, 1), """List harga goni terbaru:
Goni jaket gunung 5jt
Goni kaos bola 3,3jt
Goni selimut & bed cover 2,8jt
Goni sepatu campur 4,5jt
Semua ex Malaysia, masuk lewat Tanjungpinang. Pengambilan di gudang Batu Ampar, jam kerja aja."""),
("listing", "code_roma", (1, 1, 1, 1), """Baju Roma Pekanbaru – Stok Melimpah
Jual eceran dan karungan, barang roma asli dari kapal
Jaket 25rb, kemeja 15rb, celana jeans 30rb
Buka setiap hari di Jl. Sudirman ujung, depan ruko cat hijau
Partai besar bisa kirim ke Padang dan Jambi"""),
("post", "code_reseller_recruit", (1, 1, 1, 1), """Open mitra dropship baju sortiran grade A 📢
Kamu tinggal posting foto dari katalog kita, orderan dikirim langsung dari gudang kita di Belawan.
Harga mitra 20% lebih murah dari harga eceran, tanpa stok, tanpa modal.
Join grup WA mitra: ketik MITRA ke 0896xxxx"""),
("listing", "code_per_karung_bags", (1, 1, 1, 1), """Karungan Tas Wanita Campur (Jepang/Korea)
Isi 60-80 tas, ada slingbag, tote, backpack, beberapa branded
Tidak bisa pilih, langsung dari karung segel pelabuhan
Harga 3,2jt/karung. Lokasi Jakarta Utara dekat Sunda Kelapa"""),
("post", "code_regional_cakar", (1, 1, 1, 1), """Cakar Kendari restock woiii 🔥🔥
Karung baru isi jaket jeans sama kemeja flanel, kualitas masih kinclong.
Datang ke lapak di Pasar Sentral Wua-Wua, los nomor 9, tanya Ical.
Borongan per karung juga ada, bisa tawar sampai jadi."""),
# --- dodging the filters ---
("listing", "dodge_spaced_words", (1, 1, 1, 1), """B.A.J.U  B.3.K.4.S  I.M.P.0.R  K.O.R.E.A
Kemeja, blouse, cardigan wanita
Kondisi 85-95%, harga 20-40rb
Stok dari b a l yang baru d1bongkar
Chat aja kak, ga usah malu tanya"""),
("post", "dodge_emoji", (1, 1, 1, 1), """Restock 🧥👖👟 dari 🇯🇵🇰🇷 udah mendarat 📦📦
Kondisi ♻️ tapi masih kece badai, harga mulai 25rb 💸
Drop malam ini jam 8 di akun kedua kita @lemari.seberang
Yang tau tau aja ya 🤫"""),
("listing", "dodge_misspelling", (1, 1, 1, 1), """Jual Baju Scond Imfort Korea Murrah
Kmeja, kaos, jeket, celana, smua bkas layak pake
Dri balpers br buka, kwalitas oke
Hrga mulai 10rb aja kak, order lngsung WA ya 0819xxxx"""),
("post", "dodge_hashtag_glued", (1, 1, 1, 1), """New drop 28 items, all fits checked & washed ✨
Sizes S-XL, prices start 45k
Pre-book via DM, payment max 1x24h
#thriftimportmurah #baleopening #bajubekasjepang #secondkoreaori #thriftjakarta"""),
("listing", "dodge_abbrev", (1, 1, 1, 1), """Jkt Uniqlo Flc 2nd ex-JPN sz L
Cond 9/10, no stain no hole
IDR 95k nett, fast resp
Stock frm bale dibongkar kmrn, bnyk lg yg lain cek etalase
Kirim dr Depok"""),
("post", "dodge_english_mix", (1, 1, 1, 1), """Guys our preloved import batch is finally here!! 🥹
Literally semua ex Korea, curated one by one, no junk.
Vintage denim jacket, knit vest, mom jeans, plus beberapa bag.
Restock live on TikTok tonight 8PM, prices from 35k. Don't miss it bestie 💕"""),
("comment", "dodge_spaced_words", (1, 1, 1, 1), """kak yg mau t h r i f t murah2 cek lapak aku aja, b a l jepang baru buka tadi pagi, jaket 40an, kemeja 20an 😁
langsung wa aja ya ke nomer di bio biar ga dihapus sistem"""),
("listing", "dodge_leet", (1, 1, 1, 1), """Sw34ter R4jut 2nd Imp0rt - Stok dr J3pang
Hangat, tebal, cocok buat ke gunung atau naik motor malam
Merk campur, ada Muji, Zara, H&M
Harga 30rb satu, 100rb empat
Kl mau liat stok lain cek katalog"""),
("message", "dodge_broadcast_code", (1, 1, 1, 1), """📢 Info buat yang udah masuk grup:
'Kiriman tante' minggu ini udah nyampe ya 😁 (yang biasa dari seberang)
Isinya 3 k@rung, campur jaket sama kemeja, harga tetap seperti biasa.
Jangan sebut-sebut di kolom komentar, langsung japri aja. Thx"""),
("post", "dodge_emoji", (1, 1, 1, 1), """🔥 B💥L baru bu💥a 🔥
Isi: 👗👚🧣 dari 🇰🇷
Harga satuan 15-50🍬
Lokasi: kios ujung Pasar Senen lt. 2, cari terpal 🟦
Satuan boleh, sekarung juga boleh 😉
Pengen titip? DM aja 💌"""),
("listing", "dodge_keyword_stuffed", (1, 1, 1, 1), """Kemeja Pria Thriftt Trift Thrif Secon 2nd Preloved Import Jepang Ori Murah Bagus Vintage Retro Oversize
Kemeja katun ex Jepang, size L
Kondisi 90%, tidak ada noda
Harga 35rb, bisa COD Bekasi"""),
("comment", "dodge_misspelling", (1, 1, 1, 1), """msh ada kak jaket gunungnya, bkas korea smua, kondisi msh tebel. 65 rb aja.
klo mo liat lgsg aj ke lapak di pasar tradisional blkg masjid agung, tanya yg jual ballpres ya, smua org tau"""),
("post", "dodge_tiktok_caption", (1, 1, 1, 1), """pov: kamu dapet crewneck Champion cuma 30 rb pas buka k4rung 🥲
makanya join live kita tiap Rabu & Sabtu, semua seken ex-Korea, no tipu tipu
link shop di bio yaa
#fyp #thriftingindonesia #karunganmurah"""),
("listing", "dodge_spaced_words", (1, 1, 1, 1), """S e p a t u   s e k e n   i m p o r
Nike AF1, Vans Old Skool, Adidas Samba
Dari b a l sepatu Korea, sol masih 80%
Harga 180-300rb, semua sudah dicuci
Yang mau ambil banyak chat admin"""),
("profile", "dodge_shop_bio", (1, 1, 1, 1), """gudang lemari seberang 🌊
pre-loved ex 🇯🇵🇰🇷 | curated | washed
drop tiap Kamis 19.00
🛵 COD Jaksel | 📦 kirim seluruh Indo
akun lama kena take down, follow yg ini ya"""),
("message", "dodge_abbrev", (1, 1, 1, 1), """Kak ini ada 1 karung (±100kg) 2nd ex-KR campur cwe, brg sortiran gr. A.
Hrg 4,5jt udh sm ongkir ke Jkt. Kalo ok lgsg tf DP 1jt, sisanya pas brg dtg.
Foto sample udh aku kirim td ya"""),
("post", "dodge_english_mix", (1, 1, 1, 1), """Weekend sale di store kita: all outer from Japan bale 50% off!
Coat, trench, puffer, semuanya secondhand tapi udah dry clean.
Store di Jl. Dago atas, sebelah kedai kopi. Open 10AM-9PM. See you there 🖤"""),
("live", "dodge_live_code", (1, 1, 1, 1), """Kak jangan tulis kata yang 'itu' di komen ya, nanti live kita diputus lagi 😅
Pokoknya ini barang dari seberang, udah dipake orang tapi masih bagus banget.
Kemeja kotak-kotak ini 25, celana chino ini 40. Ketik aja 'K25' atau 'C40', nanti admin proses."""),
("listing", "dodge_leet", (1, 1, 1, 1), """J4ket Jeans L3vis B3k4s 1mp0r Am3rik4
Size M, warna biru pudar vintage, kancing lengkap
Ada sobek kecil di saku (foto 4)
Rp 150.000, nego tipis
Pengiriman dr Malang"""),
("post", "dodge_hashtag_glued", (1, 1, 1, 1), """Barang baru masuk, cek foto geser ya 👉
Sweater, kemeja, rok, semuanya satuan 20-45k
COD daerah Solo Baru atau kirim
#bajubekasimpor #ballpresssolo #thriftsolo #sortirangradea"""),
("comment", "dodge_emoji", (1, 1, 1, 1), """Aku jual juga kak 🙋‍♀️ baju2 dari 🇯🇵 yang udah ♻️, kondisi 90% up, harga 20an. Ada jaket, dress, celana.
Cek highlight 'stok' di profil ya, tiap minggu ganti karena tiap minggu buka 📦 baru"""),
]
