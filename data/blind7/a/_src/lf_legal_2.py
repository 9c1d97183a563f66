R = [
("article", "hn_news", 0, 1, 1, 1, """
Polres Nunukan Amankan Truk Bermuatan 90 Karung Pakaian Bekas
Truk tersebut dihentikan di jalan poros Sebatik saat hendak menuju dermaga penyeberangan.
Sopir mengaku hanya disuruh mengantar barang yang dibawa dari Tawau, Malaysia, dengan upah Rp500 ribu.
Polisi masih menelusuri pemilik barang yang rencananya akan dikirim ke Sulawesi Selatan.
"""),
("article", "hn_news", 0, 1, 1, 1, """
Harga Cakar di Makassar Naik Setelah Pengawasan Diperketat
Pedagang pakaian bekas di Pasar Toddopuli mengaku pasokan berkurang drastis sejak awal tahun.
Jika dulu satu karung bisa didapat Rp3 juta, kini harganya mencapai Rp5 juta.
Sebagian pedagang mulai beralih menjual pakaian baru dari Tanah Abang.
Dinas perdagangan setempat mengimbau pedagang tidak lagi menjual barang impor bekas.
"""),
("article", "hn_news", 0, 1, 1, 1, """
Sidang Kasus Penyelundupan Balpres: Terdakwa Divonis 2 Tahun
Pengadilan Negeri Batam menjatuhkan vonis dua tahun penjara kepada pemilik kapal yang membawa 420 bal pakaian bekas dari Singapura.
Hakim menilai terdakwa terbukti memasukkan barang larangan impor tanpa dokumen pabean.
Barang bukti dirampas untuk dimusnahkan, sedangkan kapal dirampas untuk negara.
"""),
("post", "hn_official_statement", 0, 1, 1, 1, """
Bea Cukai mengingatkan 📌
Pakaian bekas, termasuk yang dikemas dalam koper pribadi dalam jumlah tidak wajar, termasuk barang larangan impor.
Modus "barang bawaan penumpang" dari Singapura dan Malaysia terus kami awasi di pelabuhan Batam dan Tanjungpinang.
Barang akan ditegah dan pelaku dapat dipidana sesuai UU Kepabeanan.
#BeaCukaiMakinBaik #StopImporPakaianBekas
"""),
("post", "hn_official_statement", 0, 1, 1, 1, """
Pernyataan Asosiasi Pertekstilan:
Kami mendukung penuh penindakan terhadap peredaran pakaian bekas impor, baik di pasar tradisional maupun di platform live shopping.
Setiap karung balpres yang masuk berarti hilangnya pesanan bagi ribuan penjahit dan konveksi kecil.
Kami mendorong marketplace memperketat filter kata kunci seperti "second import" dan "ex Korea".
"""),
("post", "hn_report", 0, 1, 1, 1, """
@ShopeeCare halo min, saya mau laporkan toko "jaketkorea.second88".
Judul produknya ditulis "j4k3t s3k3n 3x k0r34" biar lolos filter, isinya jelas jualan pakaian bekas impor.
Deskripsinya juga nulis "kiriman baru dari Busan".
Mohon dicek dan ditindak ya, link terlampir. Terima kasih 🙏
"""),
("post", "hn_report", 0, 1, 1, 1, """
Laporan warga via kanal aduan kota:
Di belakang pasar Cikurubuk, tiap Sabtu malam ada truk membongkar karung-karung berisi pakaian bekas.
Menurut warga sekitar, barang datang dari Jakarta Utara dan asalnya dari kontainer impor.
Aktivitas berlangsung sampai subuh dan mengganggu warga.
Mohon ditindaklanjuti oleh dinas terkait.
"""),
("message", "hn_scam_warning", 0, 1, 1, 1, """
*INFO PENTING GRUP RESELLER* ‼️
Ada nomor baru ngaku admin gudang Gedebage nawarin "bal Jepang harga promo 2jt".
Itu PENIPUAN, admin kita ga pernah japri duluan.
Jangan transfer ke rekening apa pun selain yg diumumkan di grup.
Yang sudah jadi korban silakan lapor ke polisi & bank.
"""),
("review", "hn_buyer_complaint", 0, 1, 1, 1, """
⭐⭐
Deskripsi: "kemeja seken Jepang kondisi 95%, no minus"
Kenyataan: kerah kusam, ada noda tinta di saku, kancing hilang satu.
Harga 65rb buat kondisi kayak gini kemahalan.
Pengemasan oke sih, tapi barang jauh dari deskripsi.
"""),
("post", "hn_regional_medan_complaint", 0, 1, 1, 1, """
Kesal kali awak 😤
Kemarin beli jaket monza di live, katanya "Korea grade A mulus".
Sampai rumah, resletingnya rusak, ada bolong di ketiak pulak.
Udah awak chat, dibilangnya "barang goni mana ada yang sempurna bang".
Kapok lah awak beli lewat live.
"""),
("post", "hn_regional_sundanese_opinion", 0, 1, 1, 1, """
Baheula mah unggal minggon ka Gedebage, milarian jaket Korea nu murah.
Ayeuna mah tos jarang, saurna loba nu dirazia sareng barangna teu kenging diimpor.
Abdi mah ngartos, kasian oge ka tukang jait lokal.
Tapi kedah aya solusi kanggo padagang leutik.
"""),
("post", "hn_regional_javanese_joke", 0, 1, 1, 1, """
Bojoku: "Mas, kok klambimu ambune aneh?"
Aku: "Iki ambune Korea dik, awul-awul impor."
Bojoku: "Yo wis, kumbah sik ping telu."
Saiki klambi anyar-ku malah sing paling wangi sak kampung 😂
"""),
("post", "hn_regional_pontianak_news", 0, 1, 1, 1, """
Kabar dari Sanggau: petugas gabungan nahan truk isi baju lelong dari Entikong.
Ade kire-kire 70 karung, katenye mau dibawak ke Pontianak.
Sopirnye dah diperiksak, barangnye diangkut ke kantor Bea Cukai.
Pedagang lelong di pasar pun banyak yang tutup sementare.
"""),
("post", "hn_tiktok_caption_tutorial", 0, 1, 1, 1, """
3 tanda jaket seken impor yang kamu beli udah terlalu lama disimpen di karung 👀
1. bau apek yang ga hilang walau dicuci 2x
2. ada bintik jamur di lapisan dalam
3. resleting karatan
Kalau nemu kayak gini mending jangan dipakai ya!
#tipsfashion #edukasi
"""),
("post", "hn_tiktok_caption_own", 0, 1, 1, 1, """
Unboxing koper pulang dari Tokyo 🧳
Dapet 2 jaket seken buat aku sendiri & 1 cardigan buat mama, semuanya hasil hunting waktu liburan.
Bukan buat dijual ya, jangan DM nanya harga 😂
Nanti aku bikin video styling-nya.
#japantrip #ootd
"""),
("post", "hn_x_thread_opinion", 0, 1, 1, 1, """
gue tuh bingung sama orang yg bangga "cuma pake baju thrift" tapi tiap minggu beli 10 potong dari live bal Korea 🧵
itu bukan sustainable, itu cuma konsumtif versi murah
baju lokal yg dipake lama > baju karung impor yg dipake 2x trus ditumpuk
sorry not sorry
"""),
("post", "hn_joke_meme", 0, 1, 1, 1, """
Barang di karung Jepang: *disimpan rapi, dilipat, wangi*
Barang di karung Jepang setelah 3 bulan di gudang Batam: *bau solar, kusut, ada kecoa*
Pembeli di live: "kak ini masih grade A kan?" 🤡
#relate
"""),
("comment", "hn_joke_meme", 0, 1, 1, 1, """
Wkwk aku juga gitu. Niat ke Pasar Senen beli kado buat pacar, malah pulang bawa 4 jaket seken buat diri sendiri.
Pacarnya ngambek, jaketnya bau apek, dompetnya kosong.
Triple kill 💀
"""),
("post", "hn_buyer_question", 0, 1, 1, 1, """
Numpang nanya ke suhu2 thrift 🙏
Aku liat di TikTok banyak yang jual "karung Korea isi 50 pcs" harga 700rb.
Itu masuk akal ga sih? Takutnya isinya sampah semua atau malah penipuan.
Dan kalau beli, bisa kena masalah hukum ga?
"""),
("post", "hn_buyer_question", 0, 1, 1, 1, """
Temen2 FB, ada yang tahu ga, baju bekas dari Malaysia yang dijual di pasar perbatasan Entikong itu boleh dibawa pulang ke Jawa?
Rencana mau beli buat keluarga aja, bukan dijual.
Takut pas di bandara ditahan.
Mohon infonya 🙏
"""),
("review", "hn_review_no_seller", 0, 1, 1, 1, """
⭐⭐⭐⭐
Review pemakaian: jaket fleece seken ex Jepang yang aku beli tahun lalu.
Hangat, ringan, dan jahitannya rapi banget.
Minusnya cuma warna agak pudar setelah sering dicuci.
Buat harga segitu aku puas, tapi sekarang aku lebih milih beli lokal.
"""),
("listing", "hn_new_thrift_style", 1, 0, 1, 0, """
Jaket Varsity Vintage Look – Lokal Pride 🇮🇩
Desain ala barang thrift Amerika tahun 80-an, tapi BARU dan dijahit di Bandung
Bahan wol campur, lengan kulit sintetis
Size M-XXL, harga 249rb
Garansi jahitan 30 hari
"""),
("listing", "hn_new_import", 1, 0, 1, 1, """
Grosir Baju Anak Import Bangkok – BARU
Model lucu2, bahan katun adem
1 seri isi 6 pcs (size 1-6 th), harga 210rb/seri
Barang impor resmi, bukan bal atau barang seken
Reseller welcome, kirim dari Tanah Abang
"""),
("message", "hn_new_import", 1, 0, 1, 1, """
📦 BROADCAST STOK BARU
Sepatu sneakers import China BARU, full box
Harga grosir 150rb/pasang min 6 pasang
Ready size 36-44, warna hitam & putih
Bukan barang second ya kak, semua baru dari pabrik
Order balas chat ini 🙏
"""),
("listing", "hn_sisa_ekspor", 1, 0, 1, 0, """
Jaket Outdoor SISA EKSPOR – baru, produksi pabrik Cikarang
Dibuat untuk brand Eropa, kelebihan produksi
Waterproof, ada hoodie lepas pasang
Harga 175rb, grosir per koli 20 pcs lebih murah
Bukan barang bekas, semua masih plastik
"""),
("listing", "hn_factory_reject", 1, 0, 1, 0, """
KAOS POLOS REJECT – Borongan
Kaos cotton baru dari pabrik di Majalaya
Reject karena sablon gagal atau ukuran ga sesuai spek
Per karung isi 300 pcs, 3jt nego
Cocok buat kaos kerja, sablon ulang, atau baju bakti sosial
"""),
("post", "hn_own_preloved", 1, 1, 1, 0, """
Mom's closet sale 👶
Preloved baju anak usia 1-3 tahun, sebagian besar beli di Mothercare & Carter's mall Kelapa Gading.
Dipakai sebentar karena anak cepat besar.
Semua sudah dicuci & disetrika, 15-40rb.
Ambil di rumah Cempaka Putih atau kirim.
"""),
("listing", "hn_own_preloved", 1, 1, 1, 0, """
Tas Kulit Preloved Koleksi Pribadi
Tas Buttonscarves dibeli di PIM 2 tahun lalu, jarang dipakai
Kondisi 90%, ada dustbag & kartu
Harga 900rb, nego sopan
Lokasi Jakarta Selatan
"""),
("post", "hn_donation", 0, 1, 1, 0, """
Terima kasih orang baik 🙏
Donasi pakaian bekas yang terkumpul minggu ini: 47 karung!
Sudah kami sortir: yang layak pakai dikirim ke pengungsi di Sulteng, yang rusak diolah jadi kain lap.
Penggalangan masih buka sampai akhir bulan di sekretariat masjid.
"""),
("post", "hn_school_bazaar", 1, 1, 1, 0, """
Charity Bazaar Gereja St. Yosef ⛪
Menjual pakaian, tas, dan sepatu bekas sumbangan umat
Minggu pagi setelah misa kedua, di aula paroki
Semua harga 5rb – 30rb
Hasil penjualan untuk beasiswa anak kurang mampu
"""),
("listing", "hn_other_goods_bale", 1, 0, 0, 0, """
Jual karung goni baru (jute sack)
Ukuran 70x110 cm, kapasitas 60kg
Cocok untuk kopi, kakao, kemiri
Harga 9.500/lembar, min 500 lembar
Pabrik di Semarang, kirim seluruh Indonesia
"""),
("listing", "hn_other_goods_bale", 1, 1, 0, 1, """
Sparepart motor bekas ex Jepang – per karung
Isi campur: karburator, gear, kampas, spion
Barang copotan motor import, cocok untuk bengkel
Per karung ±30kg, harga 1,2jt
Lokasi Surabaya
"""),
("listing", "hn_other_goods_bale", 1, 1, 0, 0, """
MAJUN / KAIN LAP – per karung
Dari potongan kain perca bekas konveksi, sudah dipotong ukuran 40x40
Cocok untuk bengkel, pabrik, percetakan
Per karung 25kg, harga 175rb
Gudang Bandung, bisa kirim
"""),
("listing", "hn_used_vehicle", 1, 1, 0, 1, """
Dijual motor Honda Super Cub bekas ex Jepang
Tahun 2008, mesin original, surat BPKB lengkap (impor resmi)
Kondisi siap pakai, cat masih asli
Harga 22jt nego
Lokasi Yogyakarta
"""),
("listing", "hn_used_appliance", 1, 1, 0, 1, """
Mesin jahit bekas ex Jepang (Juki) 
Tipe high speed, masih normal, cocok untuk konveksi rumahan
Dilengkapi meja & dinamo
Harga 2,3jt, bisa coba dulu
Lokasi Bandung, ambil di tempat
"""),
("post", "hn_upcycling", 1, 1, 1, 0, """
Project upcycle bulan ini 🧵
Kami ubah jeans bekas pelanggan (dari lemari mereka sendiri) jadi jaket patchwork.
Setiap jaket unik, dijahit tangan di studio kami di Ubud.
Kamu bisa kirim jeans bekasmu dan kami buatkan custom, mulai 350rb.
DM untuk antrian.
"""),
("post", "hn_job_vacancy", 0, 1, 1, 1, """
DICARI TENAGA HARIAN 🚨
Gudang di Batu Ampar butuh 10 orang untuk bongkar muat karung pakaian dari kontainer.
Upah 150rb/hari + makan, kerja malam.
Syarat: pria, sehat, siap angkat beban berat.
Hubungi mandor di lokasi.
"""),
("post", "hn_travel_food", 0, 0, 0, 0, """
Kuliner legendaris dekat Pasar Senen 🍜
1. Soto Betawi di gang belakang stasiun, buka dari jam 7 pagi
2. Martabak kubang di pinggir jalan Kramat
3. Es teler di depan pintu masuk Blok III
Cocok buat istirahat habis keliling pasar. Harganya masih ramah kantong!
"""),
("article", "hn_history", 0, 1, 1, 1, """
Dari Rombengan ke Thrift Shop: Sejarah Singkat Baju Bekas di Indonesia
Perdagangan pakaian bekas dari luar negeri sudah lama hidup di kota-kota pelabuhan Sumatra dan Kalimantan.
Di tiap daerah muncul nama sendiri: monza di Medan, cakar di Makassar, lelong di Pontianak, awul-awul di Jawa.
Tren thrifting di media sosial membuatnya naik kelas, sebelum akhirnya dibatasi lewat aturan larangan impor.
"""),
("post", "hn_english_mix_opinion", 0, 1, 1, 1, """
Hot take: the imported secondhand bale trade is basically waste colonialism 🧵
Rich countries dump their used clothes, we pay for it by the karung, and our local garment workers lose jobs.
Thrifting local preloved is great, but let's stop romanticizing the ex-Korea bales.
Support local, buy less. That's it.
"""),
("post", "hn_fb_marketplace_rules", 0, 1, 1, 1, """
Reminder buat seller di grup FB Jual Beli Pekanbaru 📌
Postingan jualan baju seken Malaysia/Singapura, bal, dan barang dari Pasar Tungging akan langsung dihapus.
Kami ga mau grup ini ditutup Facebook karena barang terlarang.
Preloved pribadi silakan, wajib tulis asal belanja.
"""),
]
