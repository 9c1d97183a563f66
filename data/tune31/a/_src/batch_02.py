# Batch 2 - hand-written near-twin families.
R = [
 ("F023","listing","twin_offer_quiet",1,1,1,1,"Hoodie Champion reverse weave ex USA, pudar dikit di lengan, L, 120rb. Ambil di Senen blok III lt 2"),
 ("F023","listing","hn_twin_new_goods",1,0,1,1,"Hoodie Champion reverse weave impor USA, baru BNWT, ukuran L, 320rb. Ambil di Senen blok III lt 2"),
 ("F023","listing","hn_twin_own_wardrobe",1,1,1,0,"Hoodie Champion reverse weave, pudar dikit di lengan, L, 120rb. Koleksi pribadi dr SMA, bukan barang pasar"),

 ("F024","message","twin_offer_loud",1,1,1,1,"Assalamualaikum, balpres Thailand sepatu campur masuk hr ini, 1 bal 90 pasang 7,5jt, DP 50% sisanya pas sampai"),
 ("F024","message","hn_twin_not_clothing",1,1,0,1,"Assalamualaikum, mesin jahit bekas Thailand masuk hr ini, 1 kontainer 90 unit 7,5jt/unit, DP 50% sisanya pas sampai"),

 ("F025","post","hn_twin_new_goods",1,0,1,1,"Sisa ekspor Korea 🇰🇷 blazer & trench coat, cacat jahitan dikit, harga mulai 89rb, open reseller juga!"),
 ("F025","post","twin_offer_quiet",1,1,1,1,"Second Korea 🇰🇷 blazer & trench coat, bekas pakai layak, harga mulai 89rb, open reseller juga!"),

 ("F026","comment","hn_twin_buyer_question",0,1,1,1,"Min beneran ini sepatu seken dari Tawau? kalau beli 2 pasang 150rb bisa kirim ke Tarakan ga?"),
 ("F026","comment","twin_offer_quiet",1,1,1,1,"Iya sis sepatu seken dari Tawau semua, 2 pasang 150rb, bisa kirim ke Tarakan, japri ya"),

 ("F027","live","twin_offer_loud",1,1,1,1,"Guys obok-obok malam ini 10rb semua! asli bekas impor, siapa cepat dia dapat, langsung co ya jangan cuma nonton 😆"),
 ("F027","live","hn_twin_new_goods",1,0,1,1,"Guys obral malam ini 10rb semua! kaos polos baru impor Bangkok, siapa cepat dia dapat, langsung co ya jangan cuma nonton 😆"),

 ("F028","article","hn_twin_news",0,1,1,1,"Kemendag memusnahkan ratusan bal pakaian bekas impor senilai miliaran rupiah hasil sitaan di sejumlah gudang di Bandung."),
 ("F028","post","twin_offer_loud",1,1,1,1,"Ratusan bal pakaian bekas impor baru sampai gudang Bandung 🚛 reseller boleh ambil eceran per bal, chat admin"),

 ("F029","listing","twin_offer_quiet",1,1,1,1,"Kebaya encim Singapore antik, pernah dipakai, bordir tangan, 350rb, Medan Petisah"),
 ("F029","listing","hn_twin_heirloom",1,1,1,0,"Kebaya encim antik peninggalan nenek, pernah dipakai, bordir tangan, 350rb, Medan Petisah"),

 ("F030","message","twin_offer_loud",1,1,1,1,"Kak yg 'Tanjungbalai grade B' itu sisa 3 bal, isi blouse wanita, 1,9jt per bal nett, minat?"),
 ("F030","message","hn_twin_not_clothing",1,1,0,1,"Kak yg 'Tanjungbalai grade B' itu sisa 3 karung, isi HP bekas mati total buat kanibal, 1,9jt per karung nett, minat?"),
 ("F030","message","hn_twin_stopped_selling",0,1,1,1,"Kak maaf, yg 'Tanjungbalai grade B' isi blouse wanita itu udah ga aku jual, karungnya aku balikin, ga berani lagi"),

 ("F031","post","twin_offer_quiet",1,1,1,1,"Jumat berkah 🤲 kemeja koko second ex Brunei 20rb aja, lapak depan masjid raya Samarinda habis Jumatan"),
 ("F031","post","hn_twin_donation",1,1,1,0,"Jumat berkah 🤲 kemeja koko second sumbangan jamaah 20rb aja, lapak depan masjid raya Samarinda habis Jumatan, hasil buat TPQ"),

 ("F032","listing","twin_offer_loud",1,1,1,1,"Thrift sepatu Converse 70s size 41, minus dikit di toe cap, 230rb, COD Depok"),
 ("F032","listing","hn_twin_local_source",1,1,1,0,"Sepatu Converse 70s size 41 punyaku sendiri, bukan thrift, minus dikit di toe cap, 230rb, COD Depok"),

 ("F033","comment","hn_twin_complaint",0,1,1,1,"Hati2 sama lapak yg jual gamis ex Dubai 'preloved' ini, barang datang bau apek & sobek, CS ga bales 😡"),
 ("F033","comment","twin_offer_quiet",1,1,1,1,"Gamis ex Dubai preloved masih ada kak, ga bau apek kok udah dicuci, sobek dikit diskon, chat CS kami ya 😊"),

 ("F034","profile","twin_offer_quiet",1,1,1,1,"Kedai Rombeng Bang Ucok • celana & kemeja pilihan Belawan • buka tiap hari 9-17 • Pajak Melati kios 88"),
 ("F034","profile","hn_twin_new_goods",1,0,1,1,"Kedai Bang Ucok • celana & kemeja baru impor, kirim via Belawan • buka tiap hari 9-17 • Pajak Petisah kios 88"),

 ("F035","message","twin_offer_loud",1,1,1,1,"Bro, cakar sepatu Nike Jordan ready 12 psg, tinggal cuci, 250-400, Makassar sekitar Sentral bisa ketemuan"),
 ("F035","message","hn_twin_not_clothing",1,1,0,1,"Bro, cakar onderdil motor Jepang ready 12 set, tinggal cuci, 250-400, Makassar sekitar Sentral bisa ketemuan"),

 ("F036","post","hn_twin_haul_no_seller",0,1,1,1,"Thrifting haul Pasar Senen hari ini 🛍️ 3 kemeja 100rb, 1 coat wol Jepang 85rb, puas bgt! kalian dapet apa?"),
 ("F036","post","twin_offer_loud",1,1,1,1,"Thrifting haul Pasar Senen kemarin aku jual lagi 🛍️ kemeja 35rb, coat wol Jepang 85rb, cek link di bio ya!"),

 ("F037","listing","twin_offer_quiet",1,1,1,1,"Tas ransel North Face ex Jepang, resleting aman, pemakaian normal, 175rb, kirim dari Tanjungpinang"),
 ("F037","listing","hn_twin_new_goods",1,0,1,1,"Tas ransel North Face impor Jepang, baru segel, garansi resmi, 1,75jt, kirim dari Tanjungpinang"),

 ("F038","article","hn_twin_news",0,1,1,1,"Di Pasar Kebon Kalapa, Bogor, sejumlah pedagang mengaku sepi pembeli sejak pasokan bal pakaian bekas impor diperketat."),
 ("F038","post","twin_offer_quiet",1,1,1,1,"Lapak kami di Pasar Kebon Kalapa Bogor lagi banyak stok blus & rok, pasokan aman, 15rb-40rb, sini mampir!"),
 ("F038","post","hn_twin_new_goods",1,0,1,1,"Lapak kami di Kebon Kalapa Bogor lagi banyak stok blus & rok baru impor Guangzhou, masih plastik, 15rb-40rb, sini mampir!"),

 ("F039","comment","twin_offer_quiet",1,1,1,1,"Yg ex Jepang itu tinggal jaket denim size M kak, ada noda kecil di saku, 70rb aja"),
 ("F039","comment","hn_twin_joke",0,1,1,1,"Jaket denim 'ex Jepang' punya aku ada noda kecil di saku, kata ibu itu bekas ramen orang Jepang 😭 70rb doang belinya"),

 ("F040","listing","hn_twin_factory_reject",1,0,1,1,"Reject ekspor Vietnam, kaos polos Cotton Combed 30s, cacat tipis, 12rb/pcs min 50, Tangerang"),
 ("F040","listing","twin_offer_quiet",1,1,1,1,"Kaos polos ex Vietnam seken, Cotton Combed 30s, pemakaian ringan, 12rb/pcs min 50, Tangerang"),

 ("F041","message","twin_offer_loud",1,1,1,1,"[BROADCAST] Karungan bekas impor Korea masuk Senin, cardigan & knit, 3,5jt/karung. Slot reseller 5 org lagi"),
 ("F041","message","hn_twin_new_goods",1,0,1,1,"[BROADCAST] Cardigan & knit baru impor Korea masuk Senin, grosir 3,5jt/100pcs. Slot reseller 5 org lagi"),

 ("F042","review","hn_twin_review_no_seller",0,1,1,0,"Ngebeli seragam SMP bekas kakak kelas, masih rapi, cuma 30rb, lumayan buat anak kedua"),
 ("F042","post","hn_twin_local_source",1,1,1,0,"Jual seragam SMP bekas kakak kelas, masih rapi, 30rb sepasang, Bekasi Timur, WA 0812xxxx"),

 ("F043","live","twin_offer_loud",1,1,1,1,"Nah ini bal kiriman Entikong kak, jaket bomber bekas pakai, bahan tebel, 65rb, klik keranjang nomor 3"),
 ("F043","live","hn_twin_not_clothing",1,1,0,1,"Nah ini bal kiriman Entikong kak, rice cooker bekas pakai, masih nyala, 65rb, klik keranjang nomor 3"),

 ("F044","post","twin_offer_loud",1,1,1,1,"Awul-awul Jogja buka lagi! kemeja & celana 10k, Jumat–Minggu di Jl. Kaliurang km 7, monggo 🙏"),
 ("F044","post","hn_twin_church_bazaar",1,1,1,0,"Bazar baju layak pakai gereja buka lagi! kemeja & celana sumbangan umat 10k, Jumat–Minggu di Jl. Kaliurang km 7, monggo 🙏"),
]
