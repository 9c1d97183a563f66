# Batch 5 - hand-written near-twin families (more used and abroad flips).
R = [
 ("F086","listing","twin_offer_quiet",1,1,1,1,"Blazer wanita ex Korea, ada bekas jahitan kancing, size 44, 65rb, Makassar Panakkukang"),
 ("F086","listing","hn_twin_new_goods",1,0,1,1,"Blazer wanita impor Korea, restock full size run 36-44, 165rb, Makassar Panakkukang"),

 ("F087","post","hn_twin_new_goods",1,0,1,1,"New arrival 🇯🇵 kimono outer motif sakura, impor langsung Osaka, fresh dari pabrik, 120rb, DM order"),
 ("F087","post","twin_offer_quiet",1,1,1,1,"Arrival 🇯🇵 kimono outer motif sakura, ex pemakaian dari Osaka, kondisi 85%, 120rb, DM order"),

 ("F088","message","twin_offer_loud",1,1,1,1,"Ready bal monza celana jeans cewek 100 kg, Medan, 4jt, yg serius aja ya"),
 ("F088","message","hn_twin_new_goods",1,0,1,1,"Ready bal celana jeans cewek baru impor China 100 kg, Medan, 4jt, yg serius aja ya"),

 ("F089","live","hn_twin_factory_reject",1,0,1,1,"Ini kak jaket reject ekspor ex pabrik Korea, cacat benang doang, belum pernah dipake, 55rb keranjang 2"),
 ("F089","live","twin_offer_quiet",1,1,1,1,"Ini kak jaket ex Korea, udah pernah dipake, cacat benang doang, 55rb keranjang 2"),

 ("F090","comment","twin_offer_loud",1,1,1,1,"thrift jepang 25rb dapet kemeja linen, mampir lapak kami di Pasar Baru Bekasi kak 🙏"),
 ("F090","comment","hn_twin_new_thrift_style",1,0,1,1,"kemeja linen Japan style impor 25rb, barang baru semua, mampir lapak kami di Pasar Baru Bekasi kak 🙏"),

 ("F091","profile","twin_offer_quiet",1,1,1,1,"Rumah Seken Nunukan 🌿 pakaian & sepatu kiriman Tawau, harga bersahabat, IG @rumahseken.nnk"),
 ("F091","profile","hn_twin_new_goods",1,0,1,1,"Rumah Sandang Nunukan 🌿 pakaian & sepatu baru kiriman Tawau, harga bersahabat, IG @rumahsandang.nnk"),

 ("F092","listing","twin_offer_loud",1,1,1,1,"BALPRES TAS WANITA KOREA MIX BRAND ISI 60 PCS, 3,6JT, KONDISI SECOND LAYAK JUAL"),
 ("F092","listing","hn_twin_new_goods",1,0,1,1,"GROSIR TAS WANITA IMPOR KOREA MIX MODEL ISI 60 PCS, 3,6JT, KONDISI BARU SEGEL"),

 ("F093","post","hn_twin_two_fail_new_local",1,0,1,0,"Daster rayon baru jahitan konveksi sendiri di Pekalongan 🌺 35rb, grosir 30rb min 1 kodi"),
 ("F093","post","hn_twin_local_preloved",1,1,1,0,"Daster rayon bekas pakai ibu2 arisan Pekalongan 🌺 15rb, ambil banyak 12rb, masih adem"),
 ("F093","post","twin_offer_quiet",1,1,1,1,"Daster rayon bekas dari karungan Singapur 🌺 15rb, ambil banyak 12rb, masih adem"),

 ("F094","message","twin_offer_quiet",1,1,1,1,"Ko, celana kerja Dickies ex Amerika 20 potong, bekas proyek tp kuat, 40rb/potong, ambil di Kalimas"),
 ("F094","message","hn_twin_new_goods",1,0,1,1,"Ko, celana kerja Dickies ex Amerika 20 potong, baru gress, 240rb/potong, ambil di Kalimas"),

 ("F095","comment","hn_twin_own_wardrobe",1,1,1,0,"Kak ini jaket bekas punyaku sendiri, dulu beli di Matahari, udah sempit, 80rb aja, COD Cilacap"),
 ("F095","comment","twin_offer_loud",1,1,1,1,"Kak ini jaket bekas impor kiriman Dumai, masih tebal, 80rb aja, COD Cilacap"),

 ("F096","article","hn_twin_news",0,1,1,1,"Pedagang awul-awul di Denpasar mengaku masih mendapat pasokan bal dari luar negeri lewat Jawa Timur meski larangan impor pakaian bekas berlaku."),
 ("F096","post","twin_offer_loud",1,1,1,1,"Awul-awul Denpasar masih buka ya semeton 🌴 pasokan lancar, baju 15k, celana 20k, Jl. Gunung Agung"),

 ("F097","listing","hn_twin_local_source",1,1,1,0,"Gaun pengantin bekas sewa, rancangan butik lokal Solo, dipakai 1x, 1,2jt, bisa fitting"),
 ("F097","listing","twin_offer_quiet",1,1,1,1,"Gaun pengantin bekas ex Singapore, dipakai 1x, 1,2jt, bisa fitting, Solo"),

 ("F098","live","hn_twin_denial_import",1,1,1,0,"Nah kak ini bukan roma bukan barang luar ya, ini sisa lemari kami sekeluarga, kemeja 20rb aja, klik 5"),
 ("F098","live","twin_offer_quiet",1,1,1,1,"Nah kak ini roma asli barang luar ya, kemeja pilihan 20rb aja, klik 5"),

 ("F099","message","twin_offer_quiet",1,1,1,1,"Buat yg nanya: isi koli minggu ini sweater & jaket anak, semua udah pernah dipakai, 2,5jt/koli, PO sampai Rabu"),
 ("F099","message","hn_twin_new_goods",1,0,1,1,"Buat yg nanya: isi koli impor minggu ini sweater & jaket anak, semua baru ber-tag, 2,5jt/koli, PO sampai Rabu"),

 ("F100","post","hn_twin_own_wardrobe",1,1,1,0,"Jual cepat koleksi sneakers pribadi, beli di official store, pemakaian wajar 🤙 Jordan 1 & Dunk, 900rb-1,5jt"),
 ("F100","post","twin_offer_quiet",1,1,1,1,"Jual cepat sneakers pemakaian wajar kiriman Bangkok 🤙 Jordan 1 & Dunk, 900rb-1,5jt, stok gudang Batam"),

 ("F101","comment","hn_twin_church_bazaar",1,1,1,0,"Yuk ke bazar Natal GKI, baju layak pakai persembahan jemaat, 5rb-25rb, hasilnya ke panti"),
 ("F101","comment","twin_offer_quiet",1,1,1,1,"Yuk ke bazar akhir tahun, baju layak pakai kiriman Port Klang, 5rb-25rb, lapak deket Pasar Petisah"),

 ("F102","listing","hn_twin_new_goods",1,0,1,1,"Kemeja Uniqlo ex Jepang BNWT, beli di outlet Tokyo, M, 199rb"),
 ("F102","listing","twin_offer_quiet",1,1,1,1,"Kemeja Uniqlo ex Jepang, bekas dipakai kantor, M, 59rb"),

 ("F103","review","hn_twin_review_local",0,1,1,0,"Beli celana bekas di bazar RT, 10rb, bahannya masih enak, puas"),
 ("F103","listing","hn_twin_rt_bazaar",1,1,1,0,"Bazar RT 04: celana bekas sumbangan warga 10rb, bahan enak, Minggu pagi depan pos ronda"),

 ("F104","post","twin_offer_quiet",1,1,1,1,"Baju Batam murah meriah 😍 kemeja & polo 20rb, sepatu 50rb, pengiriman ke seluruh Sumatera, WA 0812xxxx"),
 ("F104","post","hn_twin_two_fail_new_local",1,0,1,0,"Baju kaos produksi Batam sendiri 😍 kemeja & polo baru 20rb, konveksi Batu Aji, kirim ke seluruh Sumatera"),
 ("F104","post","hn_twin_new_goods",1,0,1,1,"Baju impor Singapore murah meriah 😍 kemeja & polo baru 20rb, sepatu 50rb, pengiriman ke seluruh Sumatera, WA 0812xxxx"),

 ("F105","message","hn_twin_local_source",1,1,1,0,"Bund, ini hasil beberes kamar anak, baju bayi bekas 0-12 bln sekantong 100rb, masih wangi"),
 ("F105","message","twin_offer_loud",1,1,1,1,"Bund, ini dari bal Korea, baju bayi bekas 0-12 bln sekantong 100rb, udah dicuci wangi"),

 ("F106","listing","twin_offer_quiet",1,1,1,1,"Tas gunung Deuter ex Jerman, bekas pendakian tp kuat, 45L, 320rb, Bogor"),
 ("F106","listing","hn_twin_own_gear",1,1,1,0,"Tas gunung Deuter milik pribadi, beli di Eiger store, bekas pendakian tp kuat, 45L, 320rb, Bogor"),

 ("F107","comment","twin_offer_quiet",1,1,1,1,"Yg lelong anak2 masih sis, baju sekolah Malaysia bekas 15rb 3, ambil di toko dkt Pasar Flamboyan"),
 ("F107","comment","hn_twin_school_bazaar",1,1,1,0,"Baju sekolah bekas 15rb 3 di bazar SMP 12 sis, sumbangan alumni, lokasi dkt Pasar Flamboyan"),

 ("F108","post","hn_twin_new_goods",1,0,1,1,"Sepatu lari impor Vietnam baru, sisa order brand, 250rb, kirim dari Bekasi 🏃"),
 ("F108","post","twin_offer_quiet",1,1,1,1,"Sepatu lari ex Vietnam seken, dipake beberapa kali, 250rb, kirim dari Bekasi 🏃"),
]
