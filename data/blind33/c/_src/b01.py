# (family, kind, category, offer, used, clothing, abroad, text)
RECS = [
("F001","listing","twin_offer_quiet",1,1,1,1,"Jaket gunung second ex Jepang, kondisi 90%, ada noda dikit di lengan kiri. 185rb nego tipis, COD Cibinong."),
("F001","listing","hn_twin_own_wardrobe",1,1,1,0,"Jaket gunung second punya abangku sendiri, kondisinya 90%an, noda dikit di lengan kiri. 185rb masih bisa nego, COD Cibinong aja."),
("F001","listing","hn_twin_new_goods",1,0,1,1,"Jaket gunung ex Jepang BARU, tag masih nempel, kebeli pas dinas ke Osaka tapi kekecilan. 185rb nego tipis, COD Cibinong."),

("F002","post","twin_offer_loud",1,1,1,1,"Bongkar bal baru dateng hari ini guys 🔥 kemeja flanel thrift 25rb aja, langsung serbu lapak kami di Gedebage blok C!"),
("F002","article","hn_twin_news",0,1,1,1,"Pedagang Gedebage blok C mengaku masih membongkar bal kemeja flanel bekas impor tiap pekan dan melepasnya Rp25 ribu per potong."),
("F002","post","hn_twin_not_clothing",1,1,0,1,"Bongkar bal kardus bekas ex Singapura hari ini 🔥 harga 2.500/kg aja, pengepul langsung merapat ke gudang kami deket Gedebage!"),

("F003","message","twin_offer_quiet",1,1,1,1,"Bos, stok sortiran grade A campur jeans tinggal 3 karung, 1 karung 100kg 4,2jt. Minat japri 0812xxxx."),
("F003","message","hn_twin_majun",1,1,0,1,"Bos, majun kaos bekas sortiran tinggal 3 karung, 100kg 1,1jt, cocok buat lap bengkel & pabrik. Minat japri 0812xxxx."),
("F003","message","hn_twin_new_import",1,0,1,1,"Bos, stok jeans baru ex Bangkok masih segel plastik tinggal 3 karung isi 120 pcs, 4,2jt sekarungnya. Minat japri 0812xxxx."),

("F004","comment","twin_offer_loud",1,1,1,1,"kak ready baju bekas impor korea per kilo 60rb, cek ig @lapak.sambu.kita ya ✨"),
("F004","comment","hn_twin_buyer_question",0,1,1,1,"kak ada yg jual baju bekas impor korea per kilo ga? yg 60rb an, mau buat modal jualan 🙏"),

("F005","live","twin_offer_quiet",1,1,1,1,"Oke yang ini hoodie Uniqlo dari koli kemarin, kondisi mulus, 45 ribu, ketik HOODIE1 di kolom komen ya bestie!"),
("F005","live","hn_twin_own_closet_live",1,1,1,0,"Oke yang ini hoodie dari lemariku sendiri, baru 3x pake, mulus, 45 ribu, ketik HOODIE1 di kolom komen ya bestie!"),

("F006","profile","twin_offer_loud",1,1,1,1,"Thrift shop Surabaya 🛍️ cakaran pilihan tiap Jumat | open reseller | lokasi Pasar Gembong | WA 0812xxxx"),
("F006","profile","hn_twin_local_thrift_brand",1,0,1,0,"Distro lokal Surabaya 🛍️ kaos gaya vintage produksi sendiri tiap Jumat | open reseller | lokasi Pasar Gembong | WA 0812xxxx"),

("F007","review","twin_offer_quiet",1,1,1,1,"Beli kemeja linen seken di @rak.awul.jogja, katanya dari karungan Jepang, wangi setelah dicuci, bintang 5 deh."),
("F007","review","hn_twin_review_no_seller",0,1,1,1,"Pernah beli kemeja linen seken dari karungan Jepang, wangi setelah dicuci, tapi lupa beli di lapak mana, pokoknya bintang 5."),

("F008","article","hn_twin_news_seizure",0,1,1,1,"Bea Cukai Batam mengamankan 320 balpres pakaian bekas asal Singapura dari kapal kayu di perairan Pulau Bulan, Selasa malam."),
("F008","article","hn_twin_news_rice",0,0,0,1,"Bea Cukai Batam mengamankan 320 karung beras asal Vietnam tanpa dokumen dari kapal kayu di perairan Pulau Bulan, Selasa malam."),
("F008","message","twin_reverse_offer",1,1,1,1,"Stok 320 balpres pakaian bekas Singapura udah mendarat di Batam bang, ambil lusinan atau per bal bebas, tanya harga japri aja."),

("F009","post","twin_offer_loud",1,1,1,1,"Obok-obok 10rb/3pcs kak!! barang awul impor baru dibuka, buruan ke lapak kami belakang Pasar Beringharjo 🏃‍♀️"),
("F009","post","hn_twin_church_bazaar",1,1,1,0,"Obok-obok 10rb/3pcs kak!! baju layak pakai sumbangan jemaat, hasilnya buat renovasi gereja, Minggu pagi di halaman GKJ 🏃‍♀️"),
("F009","post","hn_twin_joke",0,1,1,1,"Dompet tanggal tua: obok-obok awul impor 10rb/3pcs 😭 dompet tanggal muda: tetep obok-obok awul impor 10rb/3pcs 😭"),

("F010","listing","twin_offer_quiet",1,1,1,1,"Sneakers Nike Air Max 97 size 42 bekas pakai, barang Pajak Melati pilihan, sol masih tebel. 350rb. Kirim dari Medan."),
("F010","listing","hn_twin_new_bnwt",1,0,1,0,"Sneakers Nike Air Max 97 size 42 BNIB, beli di Sun Plaza, salah size, sol belum kena aspal. 1,35jt. Kirim dari Medan."),
("F203","listing","hn_twin_not_clothing_phone",1,1,0,1,"HP Samsung A52 second ex Malaysia, layar mulus, baterai masih awet, barang Pajak Melati pilihan. 1,3jt. Kirim dari Medan."),

("F011","message","twin_offer_loud",1,1,1,1,"Halo kak, kami supplier balpres ex Korea langsung dari Tanjungbalai, bisa kirim ke seluruh Sumatera, MOQ 1 bal ya."),
("F011","message","hn_twin_stopped_supplier",0,1,1,1,"Halo kak, maaf kami sudah berhenti jadi supplier balpres ex Korea dari Tanjungbalai sejak razia, jadi tidak terima order lagi ya."),

("F012","comment","twin_offer_quiet",1,1,1,1,"yang cari kemeja Uniqlo 2nd harga goceng, mampir lapakku di Pasar Senen blok 3 lt dasar, bilang aja dari TikTok 🤝"),
("F012","comment","hn_twin_local_uniform_sale",1,1,1,0,"yang cari seragam SMA 2nd harga goceng, ke koperasi sekolah kami aja, lungsuran kakak kelas, bilang aja dari TikTok 🤝"),

("F013","post","twin_offer_quiet",1,1,1,1,"Baju Batam lagi murah2nya 🤑 dress & blouse mulai 15rb, order via shopee Lampung Rapi Preloved, ongkir subsidi!"),
("F013","post","hn_twin_new_dress",1,0,1,0,"Dress & blouse konveksi sendiri lagi murah2nya 🤑 mulai 45rb, jahitan Pringsewu, order via shopee Lampung Rapi Official, ongkir subsidi!"),
("F208","post","hn_twin_opinion_batam",0,1,1,1,"Dulu tiap lebaran emak belanja baju Batam 15rb-an di pasar, sekarang anaknya nyebut itu thrifting 🤑 sama aja sebenernya."),

("F014","listing","twin_offer_loud",1,1,1,1,"JUAL BAL PAKAIAN BEKAS IMPOR JEPANG ISI CAMPUR 100 KG — hubungi 0812xxxx, kirim via ekspedisi dari Dumai."),
("F014","listing","hn_twin_used_machine",1,1,0,1,"JUAL MESIN JAHIT BEKAS IMPOR JEPANG MERK JUKI 5 UNIT — hubungi 0812xxxx, kirim via ekspedisi dari Dumai."),

("F015","message","twin_offer_quiet",1,1,1,1,"Sis, tas kulit Coach seken dari Port Klang udh nyampe, 8 biji, 300-500rb tergantung kondisi, foto aku kirim sekarang ya."),
("F015","message","hn_twin_swap",0,1,1,1,"Sis, tas Coach seken yg kubeli dari Port Klang mau tukeran sama tas Charles&Keith mu aja? ga usah duit, sama2 suka 😆"),
("F015","message","hn_twin_new_tas",1,0,1,1,"Sis, tas kulit Coach baru jastip dari KL udh nyampe, 8 biji, segel & dustbag lengkap, 1,5-2jt, foto aku kirim sekarang ya."),

("F016","review","hn_twin_complaint",0,1,1,1,"Jangan beli di akun @karungan.murah! Jaket bekas impor yg dikirim bolong & bau apek, chat ga dibales. Kapok."),
("F016","review","twin_reverse_recommend",1,1,1,1,"Recommended banget @karungan.murah, jaket bekas impor yang dikirim bersih & wangi, fast respon, udah order 3x 👍"),
]
