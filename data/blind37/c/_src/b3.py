ROWS = [
("F036","listing","twin_offer_quiet",1,1,1,1,"Kemeja batik pria bekas pakai, kiriman Tawau, 3 lembar 50rb. Ambil di Nunukan dekat pelabuhan"),
("F036","listing","hn_twin_local_source",1,1,1,0,"Kemeja batik pria bekas pakai almarhum bapak, 3 lembar 50rb. Ambil di rumah Nunukan dekat pelabuhan"),

("F037","post","twin_offer_loud",1,1,1,1,"Roma Manado sore ini di Pasar Bersehati, karung baru buka: kemeja 10rb, jaket 25rb. Cari lapak Om Nyong 🙏"),
("F037","post","hn_twin_new_goods",1,0,1,1,"Pakaian baru impor sore ini di Pasar Bersehati, kiriman Guangzhou masih segel: kemeja 40rb, jaket 95rb. Cari lapak Om Nyong 🙏"),
("F037","post","hn_twin_not_clothing",1,1,0,1,"Roma Manado versi elektronik sore ini di Pasar Bersehati, karung baru buka: kipas angin 30rb, DVD player 25rb. Cari Om Nyong"),

("F038","message","twin_offer_quiet",1,1,1,1,"Gan, sepatu boots kulit ex Eropa size 42 masih ada, sol udah diganti, 150rb. Foto detail aku kirim ya"),
("F038","message","hn_twin_not_clothing",1,1,0,1,"Gan, helm full face ex Eropa size L masih ada, busa udah diganti, 150rb. Foto detail aku kirim ya"),

("F039","comment","twin_offer_loud",1,1,1,1,"Yg nyari baju thrift 15rb-an mampir ke Pasar Gembong Surabaya, kios no 88 punya aku, tiap Kamis buka bal"),
("F039","comment","hn_twin_thrift_look_new",1,0,1,1,"Yg nyari baju gaya thrift tapi baru, 35rb-an, mampir ke kios no 88 Pasar Gembong, impor grosir Guangzhou, masih plastikan"),

("F040","live","twin_offer_quiet",1,1,1,1,"Ini ya bun, karungan Korea baru aku sobek, sweater anak2 semua, 12rb satu, tulis nama + nomer di komen"),
("F040","live","hn_twin_new_goods",1,0,1,1,"Ini ya bun, paket impor Korea baru aku buka, sweater anak2 baru semua, 62rb satu, tulis nama + nomer di komen"),

("F041","article","hn_twin_news",0,1,1,1,"Razia di Pasar Senen: petugas sita puluhan karung jaket dan celana bekas asal Jepang dari sebuah gudang"),
("F041","post","twin_offer_quiet",1,1,1,1,"Stok jaket & celana ex Jepang di gudang Senen masih puluhan karung, buat reseller harga khusus, chat admin"),

("F042","review","twin_offer_quiet",1,1,1,1,"Order kemeja flanel sortiran dari @gudangsandang.id, dapat yg ex Kanada, tebel dan bersih. Seller fast resp 👍"),
("F042","review","hn_twin_not_clothing",1,1,0,1,"Order buku second sortiran dari @gudangsandang.id, dapat yg ex Kanada, kertasnya masih bersih. Seller fast resp 👍"),

("F043","profile","twin_offer_loud",1,1,1,1,"Supplier balpres Batam ⚓ grade A/B/S, kirim ke seluruh Indonesia via ekspedisi, min order 1 bal"),
("F043","profile","hn_twin_not_clothing_machine",1,1,0,1,"Supplier mesin jahit bekas Batam ⚓ ex Jepang & Taiwan, grade A/B, kirim ke seluruh Indonesia, min order 1 unit"),

("F044","listing","twin_offer_quiet",1,1,1,1,"Sepatu anak ex Korea, kondisi bersih, no 28-32, 25rb per pasang, ambil 1 koli dapet harga grosir"),
("F044","listing","hn_twin_used_local",1,1,1,0,"Sepatu anak bekas kakaknya, kondisi bersih, no 28-32, 25rb per pasang, semua beli di Matahari dulu"),

("F045","message","hn_twin_swap",0,1,1,1,"Sis, mau tukeran aja gak? aku ada blazer ex Korea dari karungan, size M, kamu kan punya yg ex Jepang ukuran S"),
("F045","message","twin_offer_quiet",1,1,1,1,"Sis, aku jual blazer ex Korea dari karungan, size M, 45rb. kalau kamu mau yg ex Jepang ukuran S juga ada"),

("F046","post","twin_offer_loud",1,1,1,1,"Cimol Gedebage hari Sabtu rame pisan, aku buka lapak thrift di blok D, jaket jeans 35rb, kemeja 15rb. Sok mampir!"),
("F046","post","hn_twin_visitor_no_offer",0,1,1,1,"Cimol Gedebage hari Sabtu rame pisan, muter2 di blok D liat thrift, jaket jeans 35rb, kemeja 15rb. Cape tapi puas"),

("F047","comment","twin_offer_quiet",1,1,1,1,"Kak handuk & sprei ex hotel Jepang ada stok lagi gak? | Ada sayang, baru datang 2 karung, 20rb/lbr"),
("F047","comment","hn_twin_new_goods",1,0,1,1,"Kak handuk & sprei hotel import Jepang ada stok lagi gak? | Ada sayang, baru datang, masih plastik, 90rb/lbr"),

("F048","listing","twin_offer_loud",1,1,1,1,"BAL CAMPUR KOREA 100KG - isi kaos, kemeja, celana - harga 3jt nett, kirim dari Dumai"),
("F048","listing","hn_twin_not_clothing",1,1,0,1,"KARUNG PLASTIK BEKAS 100KG - isi botol PET, gelas plastik - harga 3jt nett, ex Malaysia, kirim dari Dumai"),

("F049","live","twin_offer_quiet",1,1,1,1,"Next dari karungan Kuching ya kak, kebaya brokat, kancing lengkap, 40rb! siapa cepat dia dapat"),
("F049","live","hn_twin_bazaar_local",1,1,1,0,"Next kebaya brokat hasil sumbangan ibu2 PKK ya kak, kancing lengkap, 40rb! semua buat kas bazar amal"),

("F050","article","hn_twin_news",0,1,1,1,"Warga Entikong menyebut karung berisi pakaian bekas dari Sarawak masih masuk lewat jalur tikus"),
("F050","message","twin_offer_loud",1,1,1,1,"Karung baju bekas dari Sarawak masuk lagi lewat Entikong, siapa mau ambil kabari, 1 karung 1,5jt"),

("F051","listing","twin_offer_quiet",1,1,1,1,"Kaos polo Lacoste ori ex USA, kerah agak kendor, 65rb. Sudah dicuci, siap pakai. Kirim dari Surabaya"),
("F051","listing","hn_twin_new_goods",1,0,1,1,"Kaos polo Lacoste ori dari USA, BNWT, 650rb. Belum dicuci, masih plastik. Kirim dari Surabaya"),

("F052","post","twin_offer_loud",1,1,1,1,"Monja Medan open order! jaket kulit second dari bal 75rb, kirim ke Aceh & Riau aman, order via WA 0852xxxx"),
("F052","post","hn_twin_seller_refuses",0,1,1,1,"Maaf ya yg nanya monja jaket kulit second dari bal: aku udah ga jual itu lagi, takut kena razia. Jangan WA lagi ya 🙏"),

("F053","comment","twin_offer_quiet",1,1,1,1,"yg mau rok plisket ex Jepang 25rb aku masih ada 4, kondisi 80%, dm sebelum ke-keep yg lain"),
("F053","comment","hn_twin_own_wardrobe",1,1,1,0,"yg mau rok plisket bekas aku sendiri 25rb masih ada 4, dulu beli di Pasar Baru Jakarta, kondisi 80%, dm ya"),
]
