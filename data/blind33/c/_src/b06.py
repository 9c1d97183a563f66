# (family, kind, category, offer, used, clothing, abroad, text)
RECS = [
("F205","message","twin_offer_loud_selimut",1,1,1,1,"Ko, 15 bal selimut tebal bekas impor Korea baru turun di Marunda, ambil semua harga nego, kabari sebelum sore."),
("F206","message","twin_offer_quiet_koli_shoes",1,1,1,1,"Mas, ada 2 koli sepatu kets campur, rata2 masih layak pakai, 3jt/koli. Ready Tanjungpinang, kapal ke Jakarta tiap Kamis."),

("F086","listing","twin_offer_quiet",1,1,1,1,"Tas Longchamp Le Pliage bekas, ada lecet di sudut, barang karungan, 95rb. Bisa COD Depok."),
("F086","listing","hn_twin_longchamp_dompet_hp",1,1,0,1,"Casing & powerbank bekas, ada lecet di sudut, barang karungan Hong Kong, 95rb sepaket. Bisa COD Depok."),

("F087","post","twin_offer_loud",1,1,1,1,"Pakaian bekas impor dari Korea landing lagi di gudang kita 🥳 reseller merapat, harga bal lebih murah dari bulan lalu!"),
("F087","post","hn_twin_post_rice_import",1,0,0,1,"Beras impor dari Thailand landing lagi di gudang kita 🥳 agen merapat, harga karung lebih murah dari bulan lalu!"),

("F088","comment","twin_offer_quiet",1,1,1,1,"Kalau mau jaket varsity seken ex US, cek lapak aku di Shopee: vintagevarsity.id, ada 12 pcs"),
("F088","comment","hn_twin_varsity_reprod",1,0,1,1,"Kalau mau jaket varsity baru reproduksi ex US, cek lapak aku di Shopee: vintagevarsity.id, ada 12 pcs"),

("F089","message","twin_offer_quiet",1,1,1,1,"Bu, pesanan daster & kaos anak dari Pasar Pagi Tawau sudah ada, pernah dipakai tapi bersih, 2 karung, 900rb."),
("F089","message","hn_twin_daster_bazaar",1,1,1,0,"Bu, daster & kaos anak dari bazar sekolah sudah saya sisihkan, pernah dipakai tapi bersih, 2 karung, 90rb untuk kas."),

("F090","live","twin_offer_loud",1,1,1,1,"Malam ini kita bongkar bal USA!! Sweater 35rb, celana 40rb, ketik KODE + SIZE ya, gaskeun!"),
("F090","live","hn_twin_live_motor_parts_usa",1,1,0,1,"Malam ini kita bongkar peti USA!! Karburator bekas 350rb, knalpot 400rb, ketik KODE ya, gaskeun!"),

("F091","review","twin_offer_quiet",1,1,1,1,"Dapet celana cargo Dickies 2nd dari rak @sortiran.bks, harga 45rb, jahitannya kokoh. Nanti balik lagi."),
("F091","review","hn_twin_cargo_review_new",1,0,1,0,"Dapet celana cargo model Dickies baru dari rak @sortiran.bks, jahitan konveksi Cibaduyut, harga 95rb, kokoh."),

("F092","article","hn_twin_news_umkm",0,1,1,1,"Asosiasi UMKM tekstil menilai banjir pakaian bekas impor di marketplace menekan penjualan konveksi lokal hingga 30 persen."),
("F092","article","hn_twin_news_umkm_new",0,0,1,1,"Asosiasi UMKM tekstil menilai banjir pakaian baru impor murah di marketplace menekan penjualan konveksi lokal hingga 30 persen."),

("F093","profile","twin_offer_quiet",1,1,1,1,"Roma Preloved 🌸 baju roma pilihan, udah dicuci & disetrika | Ambon | DM buat katalog"),
("F093","profile","hn_twin_profile_roma_own",1,1,1,0,"Preloved Rina 🌸 baju-bajuku sendiri yang ga muat lagi, udah dicuci & disetrika | Ambon | DM buat katalog"),

("F094","listing","twin_offer_loud",1,1,1,1,"JUAL THRIFT IMPORT KOREA grade A: kemeja 20k, celana 25k, jaket 40k. Gudang Bekasi. Reseller welcome."),
("F094","listing","hn_twin_thrift_new_kulakan",1,0,1,1,"JUAL BAJU IMPORT KOREA baru grade A: kemeja 60k, celana 75k, jaket 140k. Gudang Bekasi. Reseller welcome."),

("F095","message","twin_offer_quiet",1,1,1,1,"Sis aku lagi buka PO sepatu sekolah anak dari karungan Singapura, 2nd tapi kuat, 45rb sepasang, tutup Jumat."),
("F095","message","hn_twin_po_shoes_new",1,0,1,0,"Sis aku lagi buka PO sepatu sekolah anak baru, bikinan pengrajin Cibaduyut, 85rb sepasang, tutup Jumat."),

("F096","comment","twin_offer_loud",1,1,1,1,"Ready baju bekas impor per karung bosku, 100 pcs campur cuma 1,5 juta, DM sekarang sebelum kehabisan"),
("F096","comment","hn_twin_comment_plastic_sack",1,1,0,1,"Ready karung plastik bekas impor per ikat bosku, 100 lembar cuma 150 ribu, DM sekarang sebelum kehabisan"),

("F097","post","twin_offer_quiet",1,1,1,1,"Jaket kulit domba dari Pasar Melati, seken, ukuran L, 250rb aja. Siapa mau? Aku di Medan Johor."),
("F097","post","hn_twin_post_jaket_dad",1,1,1,0,"Jaket kulit domba punya ayahku dari tahun 90an, seken, ukuran L, 250rb aja. Siapa mau? Aku di Medan Johor."),

("F098","live","twin_offer_quiet",1,1,1,1,"Kak Nia nanya ya, ini dress dari lelongan, pemakaian tapi bersih, 35rb. Ketik DRESS5 kalo mau!"),
("F098","live","hn_twin_live_dress_new",1,0,1,1,"Kak Nia nanya ya, ini dress baru import Bangkok, tag lengkap, 95rb. Ketik DRESS5 kalo mau!"),

("F099","listing","twin_offer_quiet",1,1,1,1,"Kaos polo Lacoste ori seken, kondisi 90%, stok bal Jepang. Rp65.000. Toko di Jl. Gajah Mada Pontianak."),
("F099","listing","hn_twin_polo_lacoste_local_store",1,1,1,0,"Kaos polo Lacoste ori seken, kondisi 90%, dibeli di butik Lacoste Pontianak. Rp165.000. Jl. Gajah Mada."),

("F100","review","hn_twin_review_no_shop_mention",0,1,1,1,"Sepatu bekas impor Jepang yang aku beli di pasar ternyata ukurannya beda sama label, jadi hati-hati ya kalau nyari di pasar."),
("F100","review","twin_reverse_review_named_stall",1,1,1,1,"Sepatu bekas impor Jepang di kios Pak Anwar Pasar Senen ukurannya pas sama label, beda sama tempat lain. Mampir aja ke sana."),

("F101","message","twin_offer_loud",1,1,1,1,"Gan, masih jual bal thrift Korea? Iya gan, masih, 1 bal 6,5jt include ongkir Jawa, mau berapa?"),
("F101","message","hn_twin_machine_used_import",1,1,0,1,"Gan, masih jual mesin obras bekas ex Korea? Iya gan, masih, 1 unit 6,5jt include ongkir Jawa, mau berapa?"),

("F102","post","twin_offer_quiet",1,1,1,1,"Obral akhir bulan! Kemeja & celana dari koli Malaysia semua 20rb ❤️ lapak kami di Nunukan depan masjid."),
("F102","post","hn_twin_obral_used_no_abroad",1,1,1,0,"Obral akhir bulan! Kemeja & celana bekas titipan tetangga semua 20rb ❤️ lapak kami di Nunukan depan masjid."),

("F103","comment","twin_offer_quiet",1,1,1,1,"kaos kaki & sarung tangan bekas dari bundle Jepang ada kak, 5rb/pasang, ambil di Tanah Abang"),
("F103","comment","hn_twin_kaos_kaki_spareparts",1,1,0,1,"baut & mur bekas dari bundle Jepang ada kak, 5rb/kg, ambil di Glodok"),

("F104","article","hn_twin_news_ex_trader",0,1,1,1,"Mantan pedagang cakar di Parepare kini beralih menjual baju baru setelah stok pakaian bekas impornya disita."),
("F104","post","twin_reverse_parepare",1,1,1,1,"Cakar masih ada di Parepare, stok pakaian bekas impor baru datang, mampir ke lapakku samping Pasar Senggol ya!"),

("F105","listing","twin_offer_loud",1,1,1,1,"Jual baju bekas impor Jepang murah, borongan atau satuan, Gedebage. Nego sampai jadi."),
("F105","listing","hn_twin_baju_bekas_gedebage_local",1,1,1,0,"Jual baju bekas hasil beres-beres rumah, borongan atau satuan, dekat Gedebage. Bukan barang impor. Nego sampai jadi."),

("F106","message","twin_offer_quiet",1,1,1,1,"Bang, bundel celana pendek dari Batam masuk 5 ikat, seken semua, 250/ikat, mau?"),
("F106","message","hn_twin_bundel_celana_new",1,0,1,1,"Bang, bundel celana pendek baru dari Batam masuk 5 ikat, segel semua, 650/ikat, mau?"),

("F107","review","twin_offer_quiet",1,1,1,1,"Beli sepatu running ex Taiwan second di @larilagi.store, 180rb, sol masih empuk. Worth it."),
("F107","review","hn_twin_review_no_offer",0,1,1,1,"Beli sepatu running ex Taiwan second, 180rb, sol masih empuk, tapi tokonya ga usah disebut ya udah tutup. Worth it."),

("F108","profile","twin_offer_loud",1,1,1,1,"Toko Baju Bekas Impor Pak Rahmat | Pasar Cimol Gedebage | ecer & grosir | buka 08.00–17.00"),
("F108","profile","hn_twin_profile_phone_shop",1,1,0,1,"Toko HP Bekas Impor Pak Rahmat | Pasar Cimol Gedebage | ecer & grosir | buka 08.00–17.00"),

("F109","post","twin_offer_quiet",1,1,1,1,"Sweater rajut dari lelongan Sintang ✨ 3 warna, 45rb, chat ya!"),
("F109","post","hn_twin_sweater_rajut_handmade",1,0,1,0,"Sweater rajut buatan tangan ibu di Sintang ✨ 3 warna, 145rb, chat ya!"),
]
