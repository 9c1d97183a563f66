# Batch A: illegal records, hand-written one by one (plain famous words + code words)
# (kind, category, offer, used, clothing, abroad, text)
RECORDS = [
("listing", "plain_offer", 1, 1, 1, 1, """BAJU BEKAS IMPOR KOREA - KEMEJA FLANEL CAMPUR MERK
Kondisi 90% up, sudah dicuci & disetrika, siap pakai.
Harga satuan 35rb, ambil 5 pcs cuma 150rb.
Ukuran M-XL, detail per foto bisa minta via chat.
Kirim dari Bekasi tiap hari kecuali Minggu."""),

("post", "plain_offer", 1, 1, 1, 1, """Bongkar bal malam ini jam 8 di IG live @lemari.nenek.bdg ✨
Ballpress jaket outdoor dari Jepang, isinya kebanyakan windbreaker sama fleece.
Harga mulai 45k, yang cepat dia yang dapat. Jangan lupa pasang alarm ya beb 🔔
#thrift #bongkarbal #jaketjepang"""),

("message", "wholesale_price_list", 1, 1, 1, 1, """Assalamualaikum bosku, update stok gudang minggu ini:
- Bal kaos campur Korea 100kg: 4,2jt
- Bal celana jeans Jepang 50kg: 3,1jt
- Bal sweater ladies grade A: 5jt
Ongkir ke Jawa ditanggung pembeli, bisa via ekspedisi langganan.
Minat japri 0813xxxx a/n Pak Darto. Stok terbatas, yang DP duluan diproses duluan."""),

("live", "live_sale_call", 1, 1, 1, 1, """Ayo ayo yang baru masuk langsung merapat kakak-kakak!! Ini hoodie bekas Korea, tebel banget, lihat jahitannya masih rapi.
Kode HD12 harganya 55 ribu aja, ketik 'mau HD12' di kolom komentar.
Habis ini kita buka karung kedua isinya rok plisket, sabar ya, admin lagi sortir!"""),

("profile", "shop_bio", 1, 1, 1, 1, """Tukang Lungsuran Official 🧥
Jual second import pilihan: jaket, kemeja, celana kargo ex-Jepang & ex-Korea.
Update tiap Selasa & Jumat, no booking no keep.
Shopee: Tukang Lungsuran | COD area Depok."""),

("post", "creator_haul", 1, 1, 1, 1, """Haul hari ini dari lapak Bang Ucok di Pasar Senen blok 3 😍
Dapet jaket kulit bekas Amrik 120rb sama cardigan Uniqlo second 30rb, masih mulus pol.
Buat yang nanya, lapaknya lantai dasar deket tangga, IG-nya @ucok.senen.thrift.
Hidden gems everywhere kalau sabar ngubek."""),

("comment", "seller_reply", 1, 1, 1, 1, """@rinarin iya kak masih ada, itu baju bekas impor dari Jepang ya bukan lokal.
Lingkar dada 54 panjang 70, noda kecil di lengan kiri (udah difoto).
Harga 40rb belum ongkir, bisa checkout di keranjang kuning atau langsung DM."""),

("listing", "plain_offer", 1, 1, 1, 1, """Sepatu Second Import Original Nike Adidas New Balance Bekas Luar Negeri Murah
Kondisi 85-95%, sol masih tebal, beberapa ada bekas lem.
Size 39 sampai 44, tulis ukuran di catatan.
Barang dari bal sepatu Korea, sudah dicuci bersih dan disemprot disinfektan.
Harga 150rb/pasang, grosir 10 pasang nego."""),

("message", "reseller_recruitment", 1, 1, 1, 1, """OPEN RESELLER THRIFT IMPORT 🔥
Modal 500rb udah dapet 20 pcs kaos branded bekas dari bal Thailand.
Jual lagi 35-50rb per pcs, untung bisa 2x lipat.
Free materi foto + katalog, bimbingan jualan di grup.
Daftar ketik RESELLER ke 0857xxxx, kuota bulan ini tinggal 15 orang."""),

("post", "plain_offer", 1, 1, 1, 1, """Karungan baju anak bekas Korea baru bongkar nih bund 👶
Isinya dress, kaos, celana pendek, ada juga piyama lucu-lucu.
Harga 10rb-25rb, 3 pcs bebas ongkir se-Surabaya.
Order via WA 0896xxxx, cantumkan umur anak ya biar admin bantu pilihin."""),

("listing", "wholesale_price_list", 1, 1, 1, 1, """Jual Balpres Mix Summer Korea 100 kg Grade A
Isi campuran kaos, blouse, celana pendek, rok, mayoritas merk Asia.
Estimasi 400-450 pcs per bal.
Pengiriman dari gudang Batam lewat kargo laut, estimasi 5-7 hari ke Jakarta.
Pembayaran DP 50%, pelunasan saat barang sampai di ekspedisi."""),

("post", "creator_recommendation", 1, 1, 1, 1, """Rekomendasi thrift shop Jogja versi aku (part 2) 🧺
1. @kotakkayu.awul – kemeja jadul 20rb-an, rajin restock dari bal baru
2. Lapak Mbak Sri di Pasar Beringharjo lantai 3 – jaket denim bekas impor 60rb
3. @gudang.bekas.jepang – khusus barang ex-Jepang, agak pricey tapi bersih
Save dulu biar nggak lupa, weekend langsung gas!"""),

("message", "code_word_regional", 1, 1, 1, 1, """Pagi bos, monza baru turun dari Belawan tadi subuh.
Isinya kemeja lengan panjang sama celana bahan, kualitas bagus, jarang yang robek.
Per goni 2,8jt, bisa ambil setengah goni kalau modal pas-pasan.
Lokasi gudang dekat Pajak Melati, datang aja langsung liat."""),

("post", "code_word_regional", 1, 1, 1, 1, """CAKAR MASUK LAGI DI LAPAK KAMI 🙌
Hari Sabtu-Minggu buka dari jam 7 pagi di Jl. Hertasning depan apotek.
Baju kantor, celana kain, gamis, sampai selimut tebal semua ada.
Harga mulai 5 ribu, borong banyak dapat potongan. Ditunggu di'"""),

("live", "code_word_regional", 1, 1, 1, 1, """Rek, iki awul-awul anyar mari dibongkar! Kaos e merk kabeh, jare bos asale teko Korea.
Sepuluh ewu siji, telu selawe. Sing kepingin komen nomer foto ae yo.
Ojo lali follow akun e, sesuk bukak karung maneh jam papat sore."""),

("message", "port_route", 1, 1, 1, 1, """Info stok untuk langganan:
Barang baru sandar di Tanjungbalai, 40 koli campur (jaket, sweater, celana panjang).
Bisa kirim ke Pekanbaru, Padang, Jambi pakai truk langganan kami.
Harga per koli dibedakan grade, A 3,5jt / B 2,4jt. Tanya-tanya dulu boleh, japri aja."""),

("post", "code_word_regional", 1, 1, 1, 1, """Roma edisi lebaran sudah siap di Pasar Inpres 🤍
Kebaya, tunik, gamis bahan adem, ada jas juga untuk bapak-bapak.
Semua baru dibongkar dari karung kemarin malam, masih banyak pilihan.
Harga ramah, datang sendiri atau titip pesan ke nomor lapak 0852xxxx."""),

("listing", "grade_sortiran", 1, 1, 1, 1, """Sortiran Grade S Jaket Gunung
Hasil sortir dari 6 karung, hanya yang mulus tanpa cacat yang masuk grade S.
Merk The North Face, Columbia, Montbell, Patagonia.
Harga 180-350rb tergantung merk dan kondisi, list lengkap di highlight."""),

("message", "wholesale_price_list", 1, 1, 1, 1, """PRICE LIST GROSIR MINGGU KE-2
kaos pria per kilo 65rb
kemeja wanita per kilo 70rb
celana jeans per kilo 85rb
tas campur per karung 1,6jt
Minimal ambil 20 kilo. Barang langsung dari kontainer, bukan sisa lapak.
Hub. Koh Awi 0819xxxx"""),

("post", "border_route", 1, 1, 1, 1, """Barang Tawau baru sampai di Nunukan, besok sudah bisa diambil di gudang 📦
Isinya sepatu olahraga dan tas ransel bekas, kondisi rata-rata bagus.
Yang mau ambil borongan silakan hubungi saya, pengecer juga boleh datang langsung.
Lokasi belakang pelabuhan Tunon Taka, tanya saja rumah Bu Hasnah."""),

("comment", "code_word_regional", 1, 1, 1, 1, """Ada kak, lelong kami baru masuk dari Entikong kemarin.
Baju kerja ibu-ibu, blazer, celana panjang, harganya 15-40 ribu.
Datang saja ke kios kami di Pasar Flamboyan, blok C nomor 12, buka jam 8."""),

("listing", "grade_sortiran", 1, 1, 1, 1, """Per karung bebas pilih, baju musim dingin Eropa 🧣
Coat wool, sweater rajut, syal, sarung tangan.
Grade B (ada sedikit noda/bulu), cocok untuk dijual ulang di lapak.
1 karung ±45 kg harga 2,3jt. Kirim ke seluruh Indonesia via kargo, resi dikirim malam."""),

("post", "reseller_recruitment", 1, 1, 1, 1, """Cari reseller & dropshipper buat baju thrift kami 📣
Tanpa stok, cukup share foto dari katalog, kami yang kirim ke pembeli.
Barangnya bekas pilihan hasil sortir dari bal Jepang.
Komisi 10-20rb per item. Minat? Komen 'join' nanti admin DM."""),

("message", "code_word_regional", 1, 1, 1, 1, """Bu, rombengan yang kemarin ditanyakan sudah ada lagi.
Kali ini isinya lebih banyak baju anak dan selimut, dari karung Malaysia.
Saya sisihkan 30 potong buat ibu kalau jadi, harganya sama seperti bulan lalu.
Kabari ya bu sebelum Kamis, soalnya yang lain juga pada nanya."""),

("live", "live_sale_call", 1, 1, 1, 1, """Good evening guys! Live malam ini full kemeja vintage ex-USA dari bal baru 🇺🇸
Harga flat 49k, dua jam doang. Ketik angka di gantungan biar aku bungkusin.
Nomer 7 udah di-keep kak Dinda ya, sisanya masih open!"""),

("post", "market_of_trade", 1, 1, 1, 1, """Buat yang nitip nyariin barang Gedebage: besok aku ke Cimol pagi-pagi.
Jastip jaket & sepatu bekas impor, fee 15rb per item, bayar barang setelah aku kirim foto.
Kalau mau spesifik merk tulis aja di DM, aku usahain. Slot cuma 20 orang."""),

("message", "code_word_regional", 1, 1, 1, 1, """Selamat siang, kami dari Toko Berkah Abadi Pekanbaru.
Menyediakan pakaian bundle ex Singapura dan Malaysia, ambil per bal atau eceran.
Bal kemeja kantor pria 75kg harga 3,9 juta, bal campur anak 2,5 juta.
Melayani pengiriman ke Riau daratan dan Sumbar. Terima kasih."""),

("post", "creator_recommendation", 1, 1, 1, 1, """Kalian tuh suka nanya aku dapet coat-coat lucu dari mana 🥹
Jawabannya: @palugada.preloved_ (mereka buka karung tiap Kamis, barang Korea semua).
Coat yang aku pake di video kemarin cuma 85k, real no tipu.
Bukan endorse, murni suka aja. Happy hunting girlies!"""),

("listing", "plain_offer", 1, 1, 1, 1, """[READY] Tas Branded Second Jepang - Coach, Kate Spade, Furla
Kondisi: pemakaian wajar, kulit masih lentur, sudut sedikit aus.
Dapat dari lelang bal tas di Osaka, bukan KW.
Harga 275rb - 600rb. Nego tipis untuk pembelian dua tas."""),

("comment", "seller_reply", 1, 1, 1, 1, """Kak aku jualnya per iket ya bukan satuan. 1 iket isi 10 celana pendek campur, bekas luar semua (Korea + Thailand).
Harga 120rb/iket, ongkir hitung dari Medan. Kalau oke langsung transfer ke rekening di bio."""),

("post", "code_word_regional", 1, 1, 1, 1, """Monja alias mongonsidi plaza masih jaya woi 😎
Lapak ku di Simpang Limun buka sampai malam, jaket kulit, kemeja flanel, celana cargo.
Semua pilihan satu-satu dari goni, bukan asal ambil.
Mampir lah kawan, harga bersahabat untuk anak kos."""),

("message", "grade_sortiran", 1, 1, 1, 1, """Halo kak, untuk mix jaket per koli kami ada 3 pilihan:
Grade A (mulus) - 4,5jt
Grade B (ada minus kecil) - 3jt
Grade C (buat majunan/rework) - 1,2jt
Isi per koli sekitar 100 pcs. Barang dari Korea, stok gudang Cikarang."""),

("post", "plain_offer", 1, 1, 1, 1, """Second import Korea kualitas ekspor, bukan kaleng-kaleng ✨
Kemeja linen, celana kulot, dress midi, semuanya wangi karena udah laundry.
Harga 25-60rb aja. Spill ukuran di komen, nanti admin bales satu-satu.
Lokasi toko offline: Jl. Kaliurang km 7, gang sebelah warung pecel."""),

("live", "live_sale_call", 1, 1, 1, 1, """Oke kita buka goni nomor tiga ya sodara-sodara, ini full jeans.
Levi's, Lee, Wrangler, yang nemu 501 original langsung aku sebut harganya.
Semua bekas Amerika, jadi ukuran agak gede, lihat lingkar pinggang yang aku tulis di kertas.
Siapa cepat dia dapat, check out dalam lima menit!"""),
]
