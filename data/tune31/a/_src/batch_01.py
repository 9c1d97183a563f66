# Batch 1 - hand-written near-twin families.
# Tuple: (family, kind, category, offer, used, clothing, abroad, text)
R = [
 ("F001","listing","twin_offer_quiet",1,1,1,1,"Kemeja flanel ex Jepang, kondisi 90%, LD 56 P 74, 45rb aja, COD area Cimahi bisa"),
 ("F001","listing","hn_twin_new_goods",1,0,1,1,"Kemeja flanel import Jepang, baru masih segel plastik, LD 56 P 74, 45rb aja, COD area Cimahi juga bisa"),

 ("F002","post","twin_offer_loud",1,1,1,1,"Bal kaos Korea baru dibongkar td pagi 🔥 25rb/pcs, ambil 10 free ongkir se-Bandung, cek highlight ya kak #thriftbandung"),
 ("F002","comment","hn_twin_buyer_question",0,1,1,1,"kak ada yg tau lapak yg baru bongkar bal kaos Korea di Bandung ga? yg 25rb/pcs gitu, aku cari2 ga nemu 😭 #thriftbandung"),
 ("F002","post","hn_twin_not_clothing",1,1,0,1,"Bal kardus bekas ex Korea baru dibongkar td pagi 📦 2.500/kg, ambil 1 ton free ongkir se-Bandung, cek highlight ya"),

 ("F003","message","twin_offer_quiet",1,1,1,1,"Bos, jaket per koli masih sisa 6, isi campur windbreaker sama parka, 4,2jt/koli, minat japri 0812xxxx"),
 ("F003","message","hn_twin_complaint",0,1,1,1,"Bos, kemarin aku dikirimi jaket per koli isi campur windbreaker sama parka, separo robek, 4,2jt/koli rugi bgt, jangan order di situ"),

 ("F004","post","hn_twin_own_wardrobe",1,1,1,0,"Preloved lemari sendiri 🤍 dress linen cream, baru kepake 2x, 85rb nett, S fit M. DM aja yaa"),
 ("F004","post","twin_offer_quiet",1,1,1,1,"Preloved dari karungan Batam 🤍 dress linen cream, mulus no minus, 85rb nett, S fit M. DM aja yaa"),

 ("F005","live","twin_offer_loud",1,1,1,1,"Live jam 8 malam ini! bongkar bal cakar isi jeans Levis, Wrangler, 50rb-an, siap2 ketik 'mau' di kolom komen yaa"),
 ("F005","live","hn_twin_new_goods",1,0,1,1,"Live jam 8 malam ini! buka bal jeans baru impor Guangzhou, masih plastik semua, 50rb-an, ketik 'mau' di kolom komen yaa"),
 ("F005","article","hn_twin_news",0,1,1,1,"Pedagang di Makassar masih menggelar siaran langsung menjual bal cakar berisi jeans Levis dan Wrangler seharga Rp50 ribuan per potong."),

 ("F006","listing","twin_offer_quiet",1,1,1,1,"Sepatu running Asics 2nd ori ex Singapore size 42 mulus, 180rb nego tipis"),
 ("F006","listing","hn_twin_own_purchase",1,1,1,0,"Sepatu running Asics 2nd ori, beli sendiri di Sport Station Jogja, size 42 mulus, 180rb nego tipis, nota masih ada"),

 ("F007","comment","twin_offer_quiet",1,1,1,1,"@rina.k ready kak yg roma itu, hoodie ukuran L tinggal 2, 60rb udah sama ongkir ke Kupang"),
 ("F007","comment","hn_twin_buyer_question",0,1,1,1,"@rina.k aku jg lagi nyari hoodie roma ukuran L kak, di Kupang skrg susah ya, yg 60rb pada abis semua"),

 ("F008","post","hn_twin_school_bazaar",1,1,1,0,"Bazar baju layak pakai SD Tunas Harapan Sabtu ini 🌸 sumbangan wali murid, 5rb-10rb, hasilnya utk renovasi perpus"),
 ("F008","post","twin_offer_quiet",1,1,1,1,"Bazar baju layak pakai Sabtu ini 🌸 stok sortiran grade A dari gudang Tanjungbalai, 5rb-10rb, serbu sebelum abis"),
 ("F008","post","hn_twin_books_two_fail",1,1,0,0,"Bazar buku bekas SD Tunas Harapan Sabtu ini 📚 sumbangan wali murid, 5rb-10rb, hasilnya utk renovasi perpus"),

 ("F009","message","twin_offer_loud",1,1,1,1,"Info stok: monza anak campur 1 karung 120 kg, 2,8jt, loading dr Medan, bisa kirim ekspedisi ke Aceh"),
 ("F009","message","hn_twin_jute_sacks",1,1,0,1,"Info stok: karung goni bekas ex Malaysia 1 bal isi 500 lembar, 2,8jt, loading dr Medan, bisa kirim ekspedisi ke Aceh"),

 ("F010","profile","twin_offer_loud",1,1,1,1,"🛍️ Lapak Mak Uwo | awul2 pilihan tiap Kamis | Pasar Tungging Banjarmasin lapak 17 | WA 0812xxxx"),
 ("F010","profile","hn_twin_local_source",1,1,1,0,"🛍️ Lapak Mak Uwo | baju bekas titipan tetangga & sumbangan jemaah tiap Kamis | Banjarmasin | WA 0812xxxx"),

 ("F011","listing","twin_offer_quiet",1,1,1,1,"Jaket kulit vintage ex Korea, bekas pakai tp lapisan dalam masih bagus, 150rb, kirim dr Pontianak"),
 ("F011","listing","hn_twin_new_goods",1,0,1,1,"Jaket kulit vintage look impor Korea, BNWT tag masih nempel, lapisan dalam bagus, 150rb, kirim dr Pontianak"),
 ("F011","review","hn_twin_review_no_seller",0,1,1,1,"Jaket kulit ex Korea yg kubeli bekas ini lapisan dalamnya masih bagus bgt, 150rb worth it sih, cuma bau lemari dikit"),

 ("F012","post","twin_offer_loud",1,1,1,1,"Open PO thrift Jepang batch 3 ✨ kemeja, cardigan, rok plisket, 35rb-75rb, close Jumat, slot dikit!"),
 ("F012","post","hn_twin_new_thrift_style",1,0,1,1,"Open PO Japan style batch 3 ✨ kemeja, cardigan, rok plisket baru impor Osaka, 35rb-75rb, close Jumat, slot dikit!"),

 ("F013","live","twin_offer_quiet",1,1,1,1,"yg ini kak tas Coach ex Hongkong, pemakaian wajar, kulitnya msh tebel, 275 langsung checkout keranjang kuning no 14"),
 ("F013","live","hn_twin_denial_import",1,1,1,0,"yg ini kak tas Coach punya mama saya sendiri, bukan barang bal ya, pemakaian wajar, 275 checkout keranjang kuning no 14"),

 ("F014","article","hn_twin_news",0,1,1,1,"Bea Cukai Batam menyita 40 koli pakaian bekas asal Singapura yang disembunyikan di dalam koper penumpang feri di Batam Centre."),
 ("F014","message","twin_offer_quiet",1,1,1,1,"Yg mau titip koper isi pakaian seken dr Singapura via feri Batam Centre, 40 koli tiap minggu, ongkos jastip 10 dolar/koper, PM"),

 ("F015","comment","twin_offer_quiet",1,1,1,1,"Ready bundle Malaysia kak, celana cargo 40rb, kemeja 30rb, Pekanbaru bisa antar, cek sorotan 'READY'"),
 ("F015","comment","hn_twin_joke",0,1,1,1,"Celana cargo bundle Malaysia 40rb tp pas dicuci luntur nyampe ke kaos adekku, skrg adekku warna army 😂"),

 ("F016","listing","hn_twin_majun",1,1,0,1,"Majun kaos bekas impor Korea per karung 25 kg, potongan lebar, cocok lap mesin bengkel, 190rb/karung, Surabaya"),
 ("F016","listing","twin_offer_loud",1,1,1,1,"Kaos bekas impor Korea per karung 25 kg, masih layak pakai, cocok buat lapak pasar kaget, 190rb/karung, Surabaya"),

 ("F017","post","twin_offer_quiet",1,1,1,1,"Sweater rajut ex Jepang masuk lagi 🧶 pernah dipakai tp bulunya ga ada yg ngegumpel, 55rb/pc, Gedebage blok C"),
 ("F017","post","hn_twin_upcycle",1,1,1,0,"Sweater rajut pernah dipakai dari sumbangan warga, dijahit ulang jadi tote oleh ibu2 PKK 🧶 55rb/pc, bazar balai RW"),
 ("F017","post","hn_twin_stopped_selling",0,1,1,1,"Sweater rajut ex Jepang udah ga kami jual lagi ya kak 🙏 sejak razia ga ambil barang Gedebage, skrg fokus jualan lain"),

 ("F018","message","hn_twin_swap",0,1,1,1,"Gengs ada yg mau tukeran? aku punya 3 kemeja lelong dr Pontianak ukuran M, mau ditukar sama yg L, ga jual ya"),
 ("F018","message","twin_offer_quiet",1,1,1,1,"Gengs aku ada 3 kemeja lelong dr Pontianak ukuran M, 35rb/pc aja, yg minat langsung transfer ya"),

 ("F019","listing","twin_offer_loud",1,1,1,1,"JUAL BALPRES CELANA PENDEK GRADE A KOREA 100KG 6JT SIAP KIRIM SELURUH INDONESIA"),
 ("F019","listing","hn_twin_not_clothing",1,1,0,1,"JUAL BALPRES PLASTIK PET BEKAS EX KOREA 100KG 600RB SIAP KIRIM SELURUH INDONESIA"),

 ("F020","review","hn_twin_review_no_seller",0,1,1,1,"Beli kaos band bekas ex Amerika, sablonnya retak dikit tapi aslinya 90an, bahagia 😭 ga nyesel 40rb"),
 ("F020","review","twin_offer_quiet",1,1,1,1,"Kaos band bekas ex Amerika dr @kedaigudangmerah sablonnya retak dikit tp asli 90an, 40rb, order lg di sana pasti"),

 ("F021","post","twin_offer_quiet",1,1,1,1,"Sprei & bedcover seken ex Malaysia, dicuci bersih wangi, single 30rb, king 55rb. Toko di Jl. Gajahmada Pontianak 🛏️"),
 ("F021","post","hn_twin_new_goods",1,0,1,1,"Sprei & bedcover baru ex Malaysia, masih kemasan pabrik, single 30rb, king 55rb. Toko di Jl. Gajahmada Pontianak 🛏️"),

 ("F022","comment","twin_offer_quiet",1,1,1,1,"Barang Nunukan kak, 2nd tp rapi, kemeja batik Malaysia 25rb, yg mau japri aku aja ya"),
 ("F022","comment","hn_twin_rule",0,1,1,1,"Admin: dilarang promo kemeja 2nd barang Nunukan atau dari Malaysia di grup ini ya, langsung kick tanpa peringatan"),
]
