# Hand-written long-form texts, batch 3. (family, kind, category, "offer used clothing abroad", text)
RECORDS = [
# F35 hoodie vs laptop
("F35", "listing", "twin_listing_quiet", "1111", """Hoodie Champion Reverse Weave - ex US
Size XL (fit L), warna abu misty
Pemakaian, ada pilling halus di lengan, sablon masih utuh
Harga 135rb nett, kirim dari Jakarta Timur
Cek foto detail di slide terakhir ya kak"""),
("F35", "listing", "hn_twin_not_clothing", "1011", """Laptop ThinkPad T480 - ex US corporate
Layar 14", RAM 16GB, SSD 256GB, warna hitam
Pemakaian kantor, ada baret halus di lid, keyboard masih empuk
Harga 3,35jt nett, kirim dari Jakarta Timur
Cek foto detail di slide terakhir ya kak"""),

# F36 rombengan
("F36", "message", "twin_broadcast_regional", "1111", """Sugeng enjing dulur2 👋
Rombengan anyar teko Tanjung Perak wes mbukak, isine jaket, hem, celono dowo
Regane 10ewu-35ewu, sing apik-apik tak pisah
Mampir lapak Pasar Comboran, cedak parkiran
Utawa WA 0812xxxx ben tak fotokno"""),
("F36", "message", "hn_twin_family_clearout", "1110", """Sugeng enjing dulur2 👋
Aku lagi ngresiki lemari almarhum bapak, isine jaket, hem, celono dowo, kabeh tilas nganggo bapak dewe
Regane 10ewu-35ewu, sing apik-apik tak pisah
Mampir omah Sawojajar, cedak masjid
Utawa WA 0812xxxx ben tak fotokno"""),
("F36", "message", "hn_twin_family_gift_no_sale", "0110", """Sugeng enjing dulur2 👋
Aku lagi ngresiki lemari almarhum bapak, isine jaket, hem, celono dowo, kabeh tilas nganggo bapak dewe
Ora tak dol, gratis kanggo sopo wae sing butuh, utamane tukang parkir & pak satpam
Mampir omah Sawojajar, cedak masjid, jupuk dewe
Sing teko disik oleh milih disik"""),

# F37 tiktok bio
("F37", "profile", "twin_bio_loud", "1111", """🎥 TikTok Shop: obral.bundle.jkt
Live tiap malam 20.00 WIB
Bundle impor 100% pilihan, jaket • kemeja • celana
Harga 20k-99k, checkout keranjang kuning
Gudang: Pasar Senen, Jakarta"""),
("F37", "profile", "hn_twin_new_clothing_bio", "1100", """🎥 TikTok Shop: obral.konveksi.jkt
Live tiap malam 20.00 WIB
Produk lokal 100% baru, jaket • kemeja • celana, jahit sendiri di Cipulir
Harga 40k-139k, checkout keranjang kuning
Gudang: Cipulir, Jakarta Selatan"""),

("F37", "profile", "hn_twin_local_preloved_bio", "1110", """🎥 TikTok Shop: obral.preloved.jkt
Live tiap malam 20.00 WIB
Preloved titipan warga Jakarta, bukan bundle impor, jaket • kemeja • celana
Harga 20k-99k, checkout keranjang kuning
Gudang: rumah kami di Rawamangun, Jakarta"""),

# F38 Pasar Tungging
("F38", "post", "twin_post_market", "1111", """Minggu pagi di Pasar Tungging ada stok baru lah 😁
Kaos polo, kemeja, tas tangan, sampai kaus kaki, harga 15-30 ribu haja
Lapak kami di ujung dekat Jl. Niaga, cari tenda biru
Kada usah jauh ke mal, di sini merk luar semua
#banjarmasin #pasartungging"""),
("F38", "article", "hn_twin_news_quote", "0111", """BANJARMASIN - Setiap Minggu pagi, Pasar Tungging dipadati pembeli pakaian bekas asal luar negeri.
"Kaos polo, kemeja, tas tangan, sampai kaus kaki, harganya 15 sampai 30 ribu," ujar seorang pedagang yang enggan disebut namanya.
Pemerintah kota menyebut akan melakukan sosialisasi larangan impor pakaian bekas kepada pedagang."""),

# F39 new import vs used import (used flip), Korean fashion
("F39", "post", "twin_caption_used_korea", "1111", """Ready Korean cardigan second 🧶
Dari Dongdaemun? Bukan, dari karung ex Seoul yg dibuka kemarin hihi
Warna pastel, rajut tebal, cocok musim hujan
Cuma 50k/pcs, 3 pcs 135k
Order via DM, kirim dari Bekasi
#cardigankorea #ootdhijab"""),
("F39", "post", "hn_twin_new_import_goods", "1101", """Ready Korean cardigan import 🧶
Langsung dari grosir Dongdaemun Seoul, NEW with tag, impor resmi lewat kargo
Warna pastel, rajut tebal, cocok musim hujan
150k/pcs, 3 pcs 420k
Order via DM, kirim dari Bekasi
#cardigankorea #ootdhijab"""),

# F40 ships / used trains not clothing
("F40", "post", "hn_twin_not_clothing_trains", "1011", """Kami PT Rel Sarana Nusantara menawarkan kontrak pasokan KRL bekas dari Jepang untuk operator daerah.
Unit dijual per rangkaian 8 kereta, "kondisi second tapi layak, kirim lewat Tanjung Priok".
Minat kemitraan hubungi bagian penjualan 0812xxxx, dokumen impor barang modal kami urus."""),
("F40", "post", "twin_offer_company_clothes", "1111", """Kami PT Sinar Kain Nusantara menawarkan kontrak pasokan pakaian bekas dari Jepang untuk toko-toko mitra.
Barang dijual per bal 100kg, "kondisi second tapi layak, kirim lewat Tanjung Priok".
Minat kemitraan hubungi bagian penjualan 0812xxxx, minimal order 5 bal."""),

# F41 hijab store reverse used
("F41", "listing", "hn_twin_new_hijab", "1100", """Pashmina Kaos Rayon - Nadia Hijab Official
Warna 12 pilihan, lebar 75x180
Baru, produksi Tanah Abang, jahitan tepi rapi
Harga 25rb, grosir 10pcs 220rb
Pengiriman Sen-Sab dari Jakarta Pusat"""),
("F41", "listing", "hn_twin_used_local_hijab", "1110", """Pashmina Kaos Rayon - Nadia Hijab Preloved
Warna 12 pilihan, lebar 75x180
Second pemakaian sendiri & kakak, dicuci ulang, jahitan tepi masih rapi
Harga 15rb, ambil 10pcs 120rb
Pengiriman Sen-Sab dari Jakarta Pusat"""),
("F41", "listing", "twin_listing_used_import_hijab", "1111", """Pashmina & Scarf - Nadia Hijab Sortiran
Warna campur, lebar macam2
Sortiran karung ex Malaysia, dicuci ulang, ada yg tepinya lepas
Harga 15rb, ambil 10pcs 120rb
Pengiriman Sen-Sab dari Jakarta Pusat"""),

# F42 kid's school uniform donation request
("F42", "post", "hn_twin_donation_request", "0110", """Kami dari Rumah Baca Pelita di Lombok Timur sedang mengumpulkan baju layak pakai untuk anak2 🙏
Kaos, celana, jaket, sepatu sekolah, ukuran 5-14 tahun
Boleh bekas asal bersih dan tidak sobek
Kirim ke posko Selong atau hubungi Kak Wulan 0812xxxx
Terima kasih orang baik 💛"""),
("F42", "post", "hn_twin_charity_sale_local", "1110", """Rumah Baca Pelita di Lombok Timur buka bazar baju layak pakai minggu ini 🙏
Kaos, celana, jaket, sepatu sekolah, ukuran 5-14 tahun, semua sumbangan warga Selong
Bekas tapi bersih, harga 2rb-5rb biar terjangkau
Datang ke posko Selong atau hubungi Kak Wulan 0812xxxx
Hasilnya buat beli buku 💛"""),
("F42", "post", "twin_awul_lombok_offer", "1111", """Dari Lombok Timur, stok awul-awul anak baru datang 🙌
Kaos, celana, jaket, sepatu sekolah, ukuran 5-14 tahun
Second semua tapi bersih, harga 5rb-20rb
Ambil di lapak Selong atau WA Kak Wulan 0812xxxx
Reseller boleh borong"""),

# F43 Tanjungpinang ferry route
("F43", "message", "twin_wa_quiet_route", "1111", """Bang, titipan dari Tanjungpinang sudah sampai Tanjung Priok ya
3 koli isi baju kerja cewek, blazer & rok, kondisi 85% ke atas
Mau abang ambil semua atau mau saya pisah per model?
Harga sesuai kesepakatan kemarin, 2,7jt per koli"""),
("F43", "message", "hn_twin_not_clothing_fabric", "1011", """Bang, titipan dari Tanjungpinang sudah sampai Tanjung Priok ya
3 koli isi kain gulungan sisa, bekas stok garmen Singapura, rayon & katun
Mau abang ambil semua atau mau saya pisah per jenis kain?
Harga sesuai kesepakatan kemarin, 2,7jt per koli"""),

# F44 thrift-look Instagram vs real thrift
("F44", "post", "hn_twin_thrift_look_new", "1101", """OOTD ala thrift tapi 100% baru 😎
Kemeja corduroy & celana baggy dari @studiobaggy.id, model ngikutin gaya Tokyo 90an
Barang fresh impor Korea, masih ada plastik & hangtag, bukan bekas
Checkout di link bio mereka, pake kode OOTD10
#thriftlook #ootdcowok"""),
("F44", "post", "twin_haul_thrift_shop_tag", "1111", """OOTD full thrift 😎
Kemeja corduroy & celana baggy dari @studiobaggy.id, dapet dari bal Jepang yg mereka buka minggu lalu
Kondisi bekas tapi masih mantap, totalan cuma 90rb
Checkout di link bio mereka, pake kode OOTD10
#thriftfinds #ootdcowok"""),

# F45 school bazaar twin with abroad reverse
("F45", "message", "hn_twin_school_bazaar", "1110", """Info dari OSIS SMA 3 Makassar 📢
Bazar baju preloved dari alumni & guru, Jumat-Sabtu di aula
Kemeja, rok, jaket almamater lama, sepatu
Harga mulai 10 ribu, hasil untuk kegiatan bakti sosial
Ayo mampir teman2!"""),
("F45", "message", "twin_bazaar_cakar", "1111", """Info lapak cakar Daeng Rudi 📢
Baju cakar baru turun dari kapal Parepare, Jumat-Sabtu di ruko Jl. Veteran
Kemeja, rok, jaket, sepatu
Harga mulai 10 ribu, reseller dapat diskon
Ayo mampir teman2!"""),

# F46 bad-news: news about crackdown (offer 0) + new goods double
("F46", "article", "hn_twin_news_seizure", "0111", """Petugas Bea Cukai Batam menggagalkan penyelundupan 420 bal pakaian bekas dari Malaysia.
Barang dimuat di kapal kayu tujuan Tanjungbalai dan rencananya dijual per karung di Sumatera Utara.
Pelaku terancam pidana sesuai UU Kepabeanan; barang bukti akan dimusnahkan."""),
("F46", "article", "hn_twin_news_new_textile", "0101", """Petugas Bea Cukai Batam menggagalkan penyelundupan 420 bal pakaian baru asal China tanpa dokumen.
Barang dimuat di kapal kayu tujuan Tanjungbalai, sebagian masih lengkap dengan label harga.
Pelaku terancam pidana sesuai UU Kepabeanan; barang disita untuk proses lebih lanjut."""),
("F46", "message", "twin_smuggler_broadcast", "1111", """Bos, 420 bal kiriman dari Malaysia aman masuk Tanjungbalai malam tadi 🚤
Kemeja, jaket, kaos campur, grade A dan B
Siapa mau ambil per karung, harga lama masih berlaku
Kabari cepat sebelum dibagi ke Medan"""),

# F47 sneakers
("F47", "live", "twin_live_shoes", "1111", """Oke lanjut ya kak, sepatu nomor 22: New Balance 574 size 41
Ini dari bal sepatu Vietnam-Thailand, solnya masih 80%
Harga live 180rb, di luar live 230rb
Yang mau ketik NB22, saya tandain
Stok cuma 1, jangan ragu2"""),
("F47", "live", "hn_twin_new_shoes_live", "1101", """Oke lanjut ya kak, sepatu nomor 22: New Balance 574 size 41
Ini baru, box & tag lengkap, impor resmi distributor Vietnam
Harga live 980rb, di luar live 1,2jt
Yang mau ketik NB22, saya tandain
Stok cuma 1, jangan ragu2"""),

# F48 Facebook marketplace used scrap
("F48", "listing", "hn_twin_not_clothing_machine", "1011", """Mesin jahit industri bekas Jepang (Juki, Brother) 🧵
Barang lelang dari pabrik garmen di Osaka, masuk lewat Tanjung Perak
Kondisi 80-90%, dinamo servo, sudah dicek teknisi
Harga mulai 2,8jt/unit
Siap kirim seluruh Jawa"""),
("F48", "listing", "twin_listing_import_used_clothes_machine", "1111", """Kemeja & celana kerja bekas Jepang (Uniqlo, Muji) 🧵
Barang karungan dari Osaka, masuk lewat Tanjung Perak
Kondisi 80-90%, sudah dicek satu-satu
Harga mulai 28rb/potong, grosir per 50 potong lebih murah
Siap kirim seluruh Jawa"""),

# F49 buyer question loud words
("F49", "comment", "hn_twin_buyer_asking_bale", "0111", """Min, aku mau mulai usaha kecil2an nih
Ada yg tau supplier balpres Korea yg amanah di Jakarta? Grade A atau B gpp
Kisaran harga per bal sekarang berapa ya?
Mohon share pengalaman, takut kena tipu kayak temenku 🥲"""),
("F49", "comment", "twin_reply_supplier", "1111", """Halo kak, kami supplier balpres Korea di Jakarta Utara 🙏
Grade A 8,2jt, grade B 6,5jt per bal, bisa video call waktu buka bal
Sudah 5 tahun melayani reseller, testimoni bisa dicek di IG kami
Yang mau mulai usaha kecil2an bisa ambil setengah bal dulu
Japri ya kak"""),
]
