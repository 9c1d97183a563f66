# Hand-written records, batch 1. Tuple: (family, kind, category, offer, used, clothing, abroad, text)
RECORDS = [
("F01", "live", "twin_offer_loud", 1, 1, 1, 1, """Halo kak selamat malam, yang baru join langsung merapat 🙌
Malam ini kita bongkar bal Korea fresh, karungnya dibuka depan kamera ya biar pada percaya
Hoodie, crewneck, cardigan semua 35rb, yang branded 50rb aja
Ketik 'mau' + nomor urut, nanti admin rekap satu-satu
Kirim dari Pekanbaru, COD area kota aja 🙏 #thriftkorea #bongkarbal"""),
("F01", "live", "hn_twin_own_wardrobe", 1, 1, 1, 0, """Halo kakak-kakak, yang baru masuk sini merapat dulu 🙌
Malam ini aku bongkar lemari sendiri, isinya baju lama aku sama adikku, udah pernah dipake tapi masih layak banget
Hoodie, crewneck, cardigan 35rb, yang jarang kepake 50rb
Mau yang mana ketik nomor urutnya, nanti aku catet
Kirim dari Pekanbaru ya, COD dalam kota juga bisa 🙏 #prelovedpekanbaru #bongkarlemari"""),

("F02", "post", "twin_offer_quiet", 1, 1, 1, 1, """Jaket outdoor masuk lagi 🧥🔥
TNF, Columbia, Montbell — karungan Jepang, kondisi 8-9/10, ada yang minus dikit di resleting (udah difoto jujur)
Harga 85k - 150k, bisa nego yg ambil 3
DM atau WA 0812xxxx, kirim dari Medan ✈️
#jaketgunung #outdoorgear #medanjualjaket"""),
("F02", "post", "hn_twin_new_goods", 1, 0, 1, 1, """Jaket outdoor restock lagi 🧥🔥
Columbia & Montbell import Jepang, BNWT masih lengkap tag dan plastik, bukan seken ya kak
Harga 385k - 650k, nego tipis yg ambil 3
DM atau WA 0812xxxx, kirim dari Medan ✈️
#jaketgunung #outdoorgear #medanjualjaket"""),
("F02", "post", "hn_twin_not_clothing", 1, 1, 0, 1, """Alat camping masuk lagi ⛺🔥
Kompor portable, lampu badai, cooler box — karungan Jepang, kondisi 8-9/10, ada yang baret dikit (udah difoto jujur)
Harga 85k - 150k, nego yg ambil 3
DM atau WA 0812xxxx, kirim dari Medan ✈️
#alatcamping #outdoorgear #medancamping"""),

("F03", "message", "twin_offer_loud", 1, 1, 1, 1, """📢 INFO STOK GUDANG
Balpres campur ladies grade A ex Korea ready 12 bal
Berat ±100kg per bal, harga 4,8jt franco gudang Cikarang
Mau buka karung di tempat boleh, video unboxing kami kirim sebelum transfer
Minat chat 0812xxxx (Bang Rudi) — siap kirim ekspedisi seluruh Jawa"""),
("F03", "message", "hn_twin_majun", 1, 1, 0, 1, """📢 INFO STOK GUDANG
Balpres majun campur warna ex Korea ready 12 bal, sudah dipotong ukuran lap
Berat ±100kg per bal, harga 1,2jt franco gudang Cikarang
Cocok buat bengkel, percetakan, pabrik — daya serap oli bagus
Minat chat 0812xxxx (Bang Rudi), kirim ekspedisi seluruh Jawa"""),

("F04", "review", "twin_offer_quiet", 1, 1, 1, 1, """⭐⭐⭐⭐⭐
Beli kemeja flanel 3 biji di @lemarisinggah.id, semuanya ex Jepang, ada bekas pakai dikit di kerah tapi udah dicuci wangi
Harga 40an, packing rapi, admin fast respon
Yang nyari flanel tebel langsung aja ke sana, aku bakal checkout lagi pas dia live Jumat"""),
("F04", "review", "hn_twin_complaint", 0, 1, 1, 1, """⭐
Beli kemeja flanel 3 biji, di deskripsi katanya ex Jepang mulus, pas dateng ada bolong di ketiak & bau apek parah
Harga 40an sih, tapi tetep aja kecewa, chat ga dibales
Ga usah nanya tokonya di mana, pokoknya hati-hati beli flanel seken online"""),

("F05", "post", "twin_offer_loud", 1, 1, 1, 1, """🧵 spill tempat thrifting murah di Bandung versi aku (1/4)
1. Gedebage blok belakang, kios Teh Ani — jaket kulit 60rb-an, masih bisa nawar
2. Kios 'Mang Ujang 27', tiap Selasa buka bal baru, celana cargo numpuk
3. Yang mau udah disortir & dicuci, @sortirbdg di IG, agak mahal tapi rapi
simpen dulu threadnya, nanti lanjut yang di Cimol 🔖"""),
("F05", "post", "hn_twin_opinion_thread", 0, 1, 1, 1, """🧵 kenapa aku berhenti thrifting di Gedebage (1/4)
1. tiap buka bal baru isinya makin banyak yg robek & noda, yang bagus udah diambil reseller duluan
2. harga jaket kulit yg dulu 60rb-an sekarang bisa 200rb
3. baunya itu lho, dicuci 3x masih nempel
bukan mau ngejelekin siapa-siapa, cuma cerita pengalaman aja 🔖"""),
("F05", "post", "hn_twin_local_source", 1, 1, 1, 0, """🧵 spill tempat beli baju preloved murah di Bandung versi aku (1/4)
1. bazar gereja St. Yusuf tiap bulan Juni — isinya sumbangan jemaat, jaket 20rb-an
2. garage sale kompleks Antapani, ibu-ibu ngeluarin lemari sendiri
3. @rumahdonasi.bdg, toko sosial yang jual baju sumbangan warga, hasilnya buat panti
simpen dulu threadnya, nanti lanjut 🔖"""),

("F06", "listing", "twin_offer_quiet", 1, 1, 1, 1, """Sepatu running Asics Gel original, size 42
Ex Singapore, insole masih empuk, outsole tinggal 80%
Ada noda dikit di mesh samping (lihat foto 4)
Harga 275rb, no box
Kirim dari Batam, bisa instant area Batam Center"""),
("F06", "listing", "hn_twin_new_goods", 1, 0, 1, 1, """Sepatu running Asics Gel original, size 42
Dibeli di Singapore bulan lalu, salah ukuran, belum pernah dipakai sama sekali
BNWB, tag & kertas masih lengkap, box mulus
Harga 1,1jt nett
Kirim dari Batam, bisa instant area Batam Center"""),

("F07", "comment", "twin_offer_loud", 1, 1, 1, 1, """@dinda.rsm ready kak yang cardigan rajut, itu dari bal Jepang kemarin, warnanya ada 6
size rata-rata M-L, harga 45k aja
langsung DM ya biar aku kirimin video detail, stok ga banyak 🙏🧶 #thriftjepang"""),
("F07", "comment", "hn_twin_buyer_question", 0, 1, 1, 1, """kak ini cardigan rajutnya dari bal Jepang yang kemarin ya? 🧶
aku pengen yang warna krem size L, tapi takut ada bolong kecil kayak yang aku beli di toko lain
bisa minta video detail dulu ga sebelum aku putusin? makasih kak 🙏"""),
("F07", "comment", "hn_twin_not_clothing", 1, 1, 0, 1, """@dinda.rsm ready kak rice cooker Zojirushi seken, dari kontainer Jepang kemarin, ada 6 unit
semua udah dites nyala, pakai trafo ya karena 100V, harga 145k
langsung DM biar aku kirim video tesnya, stok ga banyak 🙏🍚"""),

("F08", "message", "twin_offer_quiet", 1, 1, 1, 1, """Assalamualaikum kak, mau info aja 🙏
Kami buka reseller celana jeans seken Levi's/Lee/Wrangler sortiran, sudah dicuci & disetrika, tinggal foto terus jual
Ambil per koli isi 50 pcs, modal 1,5jt, dijual lagi 50-70rb pasti laku
Barang masuk lewat Dumai tiap 2 minggu. Kalau minat balas 'RESELLER' ya kak"""),
("F08", "message", "hn_twin_denial_import", 1, 1, 1, 0, """Assalamualaikum kak, izin info 🙏
Kami buka reseller celana jeans seken, hasil kumpulan dari laundry kiloan yang ga diambil & titipan warga sekitar Pekanbaru, bukan barang impor ya
Sudah dicuci & disetrika, ambil per paket isi 50 pcs, modal 1,5jt
Kalau minat balas 'RESELLER', nanti kami kirim katalognya"""),

("F09", "article", "hn_twin_news_seizure", 0, 1, 1, 1, """TANJUNGBALAI — Petugas Bea Cukai menggagalkan penyelundupan 312 bal pakaian bekas asal Malaysia di perairan Sungai Asahan, Selasa dini hari.
Kapal kayu tanpa nama itu diduga hendak membongkar muatan di gudang tepi sungai. Dua awak diamankan, sementara nakhodanya melompat ke air dan masih dicari.
Barang bukti dibawa ke kantor pabean untuk dicacah sebelum dimusnahkan."""),
("F09", "article", "hn_twin_news_tires", 0, 1, 0, 1, """TANJUNGBALAI — Petugas Bea Cukai menggagalkan penyelundupan 312 ban mobil bekas asal Malaysia di perairan Sungai Asahan, Selasa dini hari.
Kapal kayu tanpa nama itu diduga hendak membongkar muatan di sebuah gudang vulkanisir. Dua awak diamankan, nakhodanya kabur dengan melompat ke sungai.
Ban-ban tersebut kini ditahan sebagai barang bukti."""),
("F09", "post", "twin_offer_quiet", 1, 1, 1, 1, """Kabar gembira buat kawan² pedagang pajak 🙌
Kapal kemarin udah sandar di Tanjungbalai, stok dari Port Klang masuk 300an karung
Campur pria wanita, ada jaket, kemeja, celana panjang, isi karung rata² 90kg
Yang mau ambil besok pagi langsung ke gudang, bawa pikap sendiri ya. Info 0813xxxx"""),
]
