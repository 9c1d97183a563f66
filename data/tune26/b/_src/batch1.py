# Hand-written long-form texts, batch 1 (families F01-F17).
# Tuple: (family, category, kind, offer, used, clothing, abroad, text)

RECORDS = [
("F01", "twin_offer_loud", "post", 1, 1, 1, 1, """BUKA BAL HARI INI JAM 4 SORE 🔥🔥
Thrift shop kami di Jl. Cikutra buka 2 bal fresh dari Korea, isinya hoodie, crewneck, jaket parka.
Harga mulai 25rb, yang branded digantung terpisah ya.
Yang mau titip cariin size XL bisa chat 0812xxxx
#thriftbandung #bukabal #thriftshop #hoodiekorea"""),
("F01", "hn_twin_new_goods", "post", 1, 0, 1, 1, """BUKA PO HARI INI JAM 4 SORE 🔥🔥
Toko kami di Jl. Cikutra buka PO batch baru import Korea: hoodie, crewneck, jaket parka, semua baru bertag, masih plastik.
Harga mulai 145rb, ada warna sage dan maroon.
Yang mau titip size XL atau grosir chat 0812xxxx
#hoodiekorea #pokorea #importkorea #crewneck"""),
("F01", "hn_twin_buyer_question", "post", 0, 1, 1, 1, """Nanya dong warga Bandung 🙏
Ada yang tau thrift shop di sekitar Cikutra yang suka buka bal Korea sore-sore? Katanya isinya hoodie sama jaket parka, mulai 25rb.
Aku lagi nyari hoodie XL buat adek, budget tipis wkwk.
Kalau ada info share di komen ya
#thriftbandung #nanyadong"""),

("F02", "twin_offer_quiet", "message", 1, 1, 1, 1, """*READY STOK MINGGU INI*
Karungan Jepang grade A, campur kemeja & celana kain, 1 koli ±45 kg.
Grade B juga ada buat yang mau harga miring.
Ambil min 2 koli ongkir ditanggung sampai Jabodetabek.
Order langsung japri Bu Ratna 0812xxxx, jangan tanya via grup ya."""),
("F02", "hn_twin_not_clothing", "message", 1, 1, 0, 1, """*READY STOK MINGGU INI*
Kardus bekas Jepang grade A, sudah dipress, 1 koli ±45 kg, cocok buat pabrik daur ulang kertas.
Grade B (agak lembab) juga ada, harga lebih murah.
Ambil min 2 koli ongkir ditanggung sampai Jabodetabek.
Order japri Bu Ratna 0812xxxx."""),

("F03", "twin_profile_monza_loud", "profile", 1, 1, 1, 1, """🛍️ MONZA CORNER MEDAN 🛍️
Jaket, kemeja, celana jeans bekas impor pilihan, bongkar bal tiap Selasa & Jumat
📍 Pajak Melati los 17
COD Medan-Binjai | kirim luar kota via JNE
WA 0812xxxx (admin Kak Sondang)"""),
("F03", "hn_twin_own_wardrobe", "profile", 1, 1, 1, 0, """🛍️ LEMARI KAK SONDANG 🛍️
Jaket, kemeja, celana jeans bekas pakai sendiri & adik-adik, bukan monza, bukan barang bal ya
📍 ambil di rumah, Medan Johor
COD Medan-Binjai | kirim luar kota via JNE
WA 0812xxxx"""),

("F04", "twin_live_cakar", "live", 1, 1, 1, 1, """LIVE JAM 8 MALAM NANTI GUYS!!
Buka karung cakar langsung di depan kamera, isi celana cargo sama kaos oversize.
Siapa cepat dia dapat, ketik "ambil" + nomor gantungan, 30rb semua.
Pengiriman dari Makassar, bisa COD area Panakkukang.
Jangan lupa follow dulu @lapakdaengcakar biar dapat notif"""),
("F04", "hn_twin_news_report", "article", 0, 1, 1, 1, """Tren berjualan pakaian cakar lewat siaran langsung kian marak di Makassar.
Seorang penjual yang kami temui di Panakkukang membuka karung di depan kamera tiap malam, sementara penonton mengetik nomor gantungan untuk memesan.
Dinas Perdagangan setempat mengingatkan bahwa pakaian bekas asal luar negeri termasuk barang dilarang impor dan meminta warga tidak membeli lewat live.
Penjual yang dihubungi enggan berkomentar."""),
("F04", "hn_twin_used_phones", "live", 1, 1, 0, 1, """LIVE JAM 8 MALAM NANTI GUYS!!
Buka karung HP second ex Malaysia langsung di depan kamera, isinya Samsung seri A sama Oppo.
Ketik "ambil" + nomor stiker, mulai 350rb, kondisi dicek satu-satu di live.
Pengiriman dari Makassar, bisa COD area Panakkukang.
Follow dulu @lapakdaenghp biar dapat notif"""),

("F05", "twin_listing_ex_korea", "listing", 1, 1, 1, 1, """Jaket Kulit Domba Wanita ex Korea - Second Kondisi 90%
Warna coklat tua, ukuran M (LD 100, panjang 62).
Ada sedikit baret di lengan kiri, sudah difoto detail.
Barang satu-satunya, no retur. Harga 285rb nego tipis.
Kirim dari Tangerang."""),
("F05", "hn_twin_bnwt", "listing", 1, 0, 1, 1, """Jaket Kulit Domba Wanita ex Korea - BNWT
Warna coklat tua, ukuran M (LD 100, panjang 62).
Masih lengkap tag dan plastik, belum pernah dipakai, dibeli waktu liburan ke Seoul tapi kekecilan.
Harga 1,2jt nego tipis.
Kirim dari Tangerang."""),

("F06", "twin_review_names_seller", "review", 1, 1, 1, 1, """⭐⭐⭐⭐⭐ Puas banget!
Beli 3 kemeja flanel di kios Kang Deden, Gedebage blok D nomor 41. Katanya baru buka karung pagi itu, jadi masih banyak pilihan.
Harga 20rb-an, cuma satu yang kancingnya copot.
Buat yang mau ke sana, datang sebelum jam 10, nanti keburu diserbu reseller."""),
("F06", "hn_twin_review_no_seller", "review", 0, 1, 1, 1, """⭐⭐⭐⭐ Lumayan lah
Beli 3 kemeja flanel waktu main ke Gedebage, lupa kiosnya yang mana soalnya semua lorong mirip. Katanya baru buka karung pagi itu.
Harga 20rb-an, satu kancingnya copot.
Habis dicuci 2x baunya hilang, bahannya masih tebel. Overall worth it buat harga segitu."""),

("F07", "hn_news_trader_quoted", "article", 0, 1, 1, 1, """Di lantai dua Pasar Senen, Jakarta Pusat, aktivitas jual beli pakaian bekas impor masih berjalan meski razia gudang sempat membuat stok seret.
Seorang pedagang, sebut saja Jono (41), mengaku kini hanya mampu membuka satu bal seminggu. "Dulu bisa tiga, sekarang barangnya susah turun," ujarnya.
Ia menyebut harga satu bal campuran kini naik hingga Rp9 juta.
Pembeli yang ditemui mengatakan tetap datang karena harga kaos branded di sana masih di bawah Rp50 ribu."""),
("F07", "twin_broadcast_senen_trader", "message", 1, 1, 1, 1, """Assalamualaikum pelanggan setia 🙏
Minggu ini kami cuma bisa buka satu bal, barangnya lagi susah turun.
Isinya kaos branded campur, harga di bawah 50rb semua.
Toko tetap di lantai dua Pasar Senen blok III, los 08.
Yang mau dipisahkan duluan chat Jono 0812xxxx sebelum Kamis."""),
("F07", "hn_news_new_textile_import", "article", 0, 0, 1, 1, """Di lantai dua sebuah pusat grosir Jakarta Pusat, pedagang pakaian jadi asal Tiongkok mengeluhkan turunnya kiriman barang sejak pengawasan impor diperketat.
Seorang pedagang, sebut saja Jono (41), mengaku kini hanya menerima satu kontainer kaos baru per bulan. "Dulu bisa tiga," ujarnya.
Ia menyebut ongkos kirim per kontainer naik cukup tajam.
Barang yang dijual di tokonya seluruhnya baru, lengkap dengan label dan plastik pabrik."""),

("F08", "hn_twin_buyer_comment", "comment", 0, 1, 1, 1, """kak yang kemeja flanel ex Jepang di slide ketiga masih ada? aku mau 2 yang kotak merah sama hijau
sama nanya dong ukurannya M apa L, soalnya di foto gak keliatan tagnya 🙏
kalau masih ada aku transfer malam ini"""),
("F08", "twin_seller_reply", "comment", 1, 1, 1, 1, """masih ada kak, flanel ex Jepang yang kotak merah size L, yang hijau size M 🙏
dua-duanya 35rb/pcs, kondisi mulus cuma ada noda kecil di kerah yang hijau
kalau jadi langsung DM ya kak, aku keep sampai jam 9 malam"""),

("F09", "twin_reseller_recruit_loud", "message", 1, 1, 1, 1, """DICARI RESELLER BALPRES KOREA 📢
Modal mulai 3 juta sudah dapat 1 bal kecil (±100 pcs) campur kaos, rok, blouse.
Gak perlu stok banyak, kami bantu foto & caption.
Gudang di Batam, kirim pakai kapal ke seluruh Sumatera & Kalimantan.
Minat? Ketik DAFTAR ke 0812xxxx"""),
("F09", "hn_twin_jute_sacks", "message", 1, 1, 0, 1, """DICARI RESELLER KARUNG GONI BEKAS 📢
Modal mulai 3 juta sudah dapat 1 ikat (±100 lembar) goni ex Bangladesh, masih kuat buat karung kopi & pinang.
Gak perlu stok banyak, kami bantu foto & caption.
Gudang di Batam, kirim pakai kapal ke seluruh Sumatera & Kalimantan.
Minat? Ketik DAFTAR ke 0812xxxx"""),

("F10", "hn_school_bazaar", "post", 1, 1, 1, 0, """📣 BAZAR BAJU LAYAK PAKAI - OSIS SMP Harapan Bangsa
Sabtu, 14 Sept, jam 08.00-12.00 di aula sekolah.
Semua baju sumbangan dari wali murid dan guru, sudah dicuci dan disetrika anak-anak OSIS.
Harga 5rb-15rb, hasilnya buat bantu teman kita yang rumahnya kebanjiran.
Yuk ajak keluarga! 🙌"""),
("F10", "twin_bazaar_bought_sacks", "post", 1, 1, 1, 1, """📣 BAZAR BAJU MURAH - Remaja Gereja Sion
Sabtu, 14 Sept, jam 08.00-12.00 di halaman gereja.
Tahun ini panitia beli 3 karung dari Tanjungbalai, isinya jaket, kemeja, rok, sudah dipilih dan dicuci.
Harga 10rb-25rb, keuntungan buat dana retret pemuda.
Yuk ajak keluarga! 🙌"""),

("F11", "twin_lelong_quiet", "listing", 1, 1, 1, 1, """Baju lelong baru masuk semalam, Pontianak 🧺
Kemeja kantor pria 25rb, blazer wanita 40rb, celana bahan 30rb.
Barang dipilih dari gantungan, yang ada noda sudah dipisah di keranjang 10rb.
Lapak buka jam 7 pagi depan ruko Jl. Tanjungpura.
Info stok WA Asun 0812xxxx"""),
("F11", "hn_twin_new_kuching", "listing", 1, 0, 1, 1, """Baju Kuching baru masuk semalam, Pontianak 🧺
Kemeja kantor pria 95rb, blazer wanita 150rb, celana bahan 110rb.
Semua baru, masih ada label toko dan plastik, dibawa langsung dari Kuching.
Toko buka jam 9 pagi di ruko Jl. Tanjungpura.
Info stok WA Asun 0812xxxx"""),
("F11", "hn_twin_joke", "post", 0, 1, 1, 1, """Orang Pontianak kalau ditanya "bajumu bagus, beli di mana?" jawabannya cuma dua:
1. "Ini? Lelong lah, 25 ribu"
2. "Ini? Lelong juga, tapi yang gantung"
Gak ada yang ngaku beli di mall 😂 blazer kantor satu kota asalnya sama semua.
#pontianak #lelong #curhat"""),

("F12", "twin_bio_ex_thailand", "profile", 1, 1, 1, 1, """👟 SNEAKERHEAD SECOND SBY 👟
Sepatu 2nd original ex Thailand, dicek satu-satu, dicuci ulang
Size 38-45 | update stok tiap Senin
Ambil di Rungkut atau kirim se-Indonesia
Order: DM atau WA 0812xxxx
No fake, no kw"""),
("F12", "hn_twin_personal_collection", "profile", 1, 1, 1, 0, """👟 LEMARI SEPATU DIMAS 👟
Sepatu 2nd original koleksi pribadi, semua dulu beli di store resmi Tunjungan Plaza & Galaxy Mall
Size 42-43 aja ya, kaki saya segitu 😅
Ambil di Rungkut atau kirim se-Indonesia
Tanya-tanya: DM atau WA 0812xxxx
Bukan barang impor borongan"""),

("F13", "twin_bedcover_bal", "listing", 1, 1, 1, 1, """JUAL BED COVER & SELIMUT BEKAS KOREA PER BAL
1 bal isi ±60 lembar, campur ukuran single & queen, motif bunga & polos.
Barang turun dari kontainer minggu lalu, belum dibongkar.
Harga 2,8 juta per bal, bisa kirim via ekspedisi.
Lokasi gudang Bekasi, hubungi 0812xxxx"""),
("F13", "hn_twin_used_machines", "listing", 1, 1, 0, 1, """JUAL MESIN JAHIT BEKAS JEPANG PER UNIT
Juki & Brother high speed, ada ±60 unit, kondisi normal sudah dites.
Barang turun dari kontainer minggu lalu, belum dibongkar semua.
Harga 2,8 juta per unit, borong lebih murah, bisa kirim via ekspedisi.
Lokasi gudang Bekasi, hubungi 0812xxxx"""),

("F14", "twin_haul_names_kiosk", "post", 1, 1, 1, 1, """Haul Pamela hari Minggu kemarin 💸
Modal 100rb dapet 5: 2 kemeja linen, 1 rok plisket, 1 cardigan, 1 jaket denim.
Semua dari kios Bang Tigor, los C-12 Pajak Melati, dia baru bongkar pagi-pagi.
Tips: tawar sampai setengah harga, dia baik kok 😆
#monzamedan #haul #pajakmelati"""),
("F14", "hn_twin_haul_no_seller", "post", 0, 1, 1, 1, """Haul Pamela hari Minggu kemarin 💸
Modal 100rb dapet 5: 2 kemeja linen, 1 rok plisket, 1 cardigan, 1 jaket denim.
Jujur lupa kios mana aja, muter-muter sampe pusing, yang penting dapet 😂
Tips: datang pagi dan bawa kantong sendiri.
#monzamedan #haul #outfitmurah"""),
("F14", "hn_twin_haul_garage_sale", "post", 1, 1, 1, 0, """Haul garage sale hari Minggu kemarin 💸
Modal 100rb dapet 5: 2 kemeja linen, 1 rok plisket, 1 cardigan, 1 jaket denim.
Semua bekas pakai keluarga Tante Yuli, yang lagi beres-beres mau pindah ke Pekanbaru. Masih buka sampai Minggu depan di rumahnya, Jl. Setia Budi gang Mawar.
Tips: datang pagi, ibunya baik banget 😆
#garagesale #haul #medan"""),

("F15", "hn_twin_complaint", "comment", 0, 1, 1, 1, """Jangan beli di @ballgudangsentosa ya guys 😤
Katanya balpres grade A, pas dibuka setengahnya kaos sobek sama noda jamur.
Udah chat minta refund cuma di-read doang.
Buat yang mau beli karungan, mending liat langsung barangnya dulu."""),
("F15", "twin_recommendation_handle", "comment", 1, 1, 1, 1, """Beli di @ballgudangsentosa aja guys 👍
Balpres grade A-nya beneran A, pas dibuka hampir semua kaos mulus, cuma 3 yang ada noda.
Adminnya fast respon, ongkir juga dibantu.
Aku udah repeat order 2x buat lapak di pasar kaget."""),

("F16", "twin_nunukan_quiet", "post", 1, 1, 1, 1, """Kawan-kawan Nunukan, baju Tawau masuk lagi hari ini 🙏
Ada jaket, celana jeans, baju anak, dilipat per tumpuk di lapak Jl. Lingkar.
Yang kemarin pesan seragam kerja lapangan juga sudah ada.
Mulai 15 ribu, datang langsung ya, saya tidak kirim."""),
("F16", "hn_twin_seller_stopped", "post", 0, 1, 1, 1, """Kawan-kawan Nunukan, mulai hari ini saya berhenti jual baju Tawau 🙏
Lapak di Jl. Lingkar sudah saya tutup, sisa jaket dan jeans kemarin sudah diambil petugas.
Terima kasih sudah langganan belasan tahun.
Jangan tanya stok lagi ya, saya mau coba jualan kue saja."""),

("F17", "twin_vintage_tee_usa", "listing", 1, 1, 1, 1, """Kaos Band Vintage 90s Nirvana - Second USA
Single stitch, tag Giant, size L (tag), pit to pit 54 cm.
Kondisi 8/10, ada pudar alami di sablon, tidak ada bolong.
Didapat dari borongan Amerika, barang satu-satunya.
Harga 650rb, nego sopan, kirim dari Yogyakarta."""),
("F17", "hn_twin_thrift_look_new", "listing", 1, 0, 1, 1, """Kaos Band Vintage Style 90s Nirvana - Baru, Import Bangkok
Jahitan single stitch, bahan cotton 24s, size S-XXL.
Efek pudar sengaja dibuat pakai washing di pabriknya, kaosnya baru semua, belum pernah dipakai.
Didatangkan dari Pratunam, Bangkok, stok ada beberapa lusin.
Harga 145rb, nego sopan, kirim dari Yogyakarta."""),
("F17", "hn_twin_concert_memento", "listing", 1, 1, 1, 0, """Kaos Band Vintage 1998 - Second Koleksi Pribadi
Merch resmi konser Dewa 19 di Jakarta, size L, pit to pit 54 cm.
Kondisi 7/10, sablon retak halus, tidak ada bolong.
Dibeli sendiri waktu nonton konser, disimpan di lemari 25 tahun.
Harga 650rb, nego sopan, kirim dari Yogyakarta."""),
]
