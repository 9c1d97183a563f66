# Batch 2: more illegal offers without the famous keywords (hand-written).
# Tuple: (kind, category, (offer, used, clothing, abroad), text)
RECORDS = [
("live", "english_mix_live", (1, 1, 1, 1), """okay guys next item! this is a wool cardigan, size S-M, color mustard, condition 8/10 — ada pilling dikit di ketiak ya, normal.
fresh dari sack yang kita buka barusan, so literally nobody has touched this except us and the warehouse 😂
price 70k, type 'C12' to claim. next next!
reminder: all items 1 of 1, no refund karena kondisi udah dijelasin di live."""),

("profile", "shop_profile", (1, 1, 1, 1), """KOLI HUNTER SUMBAWA 🏝️
• grosir & ecer pakaian pilihan
• stok rutin via Bima, buka ikat tiap Minggu
• kondisi dijelaskan jujur (noda, lubang, pudar)
• terima titip jual dari reseller sekitar NTB
Live IG tiap Minggu 20.00 WITA | WA 0819xxxx"""),

("listing", "winter_stock_condition", (1, 1, 1, 1), """Mantel Panjang Wanita Wol Tebal Warna Camel — Size 38 (eropa)
Koleksi dari tumpukan musim dingin, dipilih satu-satu. Kondisi 8/10, lapisan dalam ada jahitan ulang kecil, bahu masih tegak.
Panjang 105 cm, lingkar dada 98 cm.
Harga 275 rb. Cocok buat liburan ke negara dingin.
Kirim dari Batam, ongkir dihitung dari sana."""),

("comment", "seller_reply_grades", (1, 1, 1, 1), """Harga segitu karena udah sortiran ya kak, bukan ambil asal dari tumpukan. Dari 1 goni paling yang lolos grade A cuma 30an potong, sisanya kami lempar ke pasar kaget.
Kalau mau yg murah 15rb-an ada kok, tapi kondisinya ya B, ada noda atau jahitan lepas. Aku kirim videonya ya via DM."""),

("message", "logistics_group_update", (1, 1, 1, 1), """Update armada: truk dari Dumai berangkat malam ini, sampai Padang Jumat pagi.
Yang sudah transfer DP: Uni Santi (2 goni kemeja), Bang Ridho (1 goni jaket), Kak Fitri (3 goni campur anak).
Sisa 4 goni jaket parasut belum ada yang pegang, harga tetap 3,2jt/goni.
Jangan lupa pelunasan H-1 ya, goni tidak diturunkan sebelum lunas."""),

("post", "invented_code_word", (1, 1, 1, 1), """Si buntel kiriman Om Pelabuhan udah nyampe rumah 🥹📦 berat banget sampe kurir ngos-ngosan
Malam ini aku mau unboxing sambil live, isinya katanya kemeja & dress musim panas.
Kalian yang udah langganan pasti tahu: ga ada yang dobel, kondisi aku bilang apa adanya, noda ya noda.
Mulai jam 8, jangan telat, biasanya 30 menit udah sold semua 🫶"""),

("listing", "condition_words", (1, 1, 1, 1), """Sneakers Lari Size 42 - Kondisi 85% - Insole Original
Sol depan mulai aus, upper ada sedikit kotor di sisi (sudah dicuci, tidak hilang total). Tali masih asli.
Ini pilihan dari koli sepatu yang baru buka, cuma dapet 1 pasang di size ini.
180rb, bisa nego kalau ambil 2 pasang. Cek katalog lengkap di link bio."""),

("live", "live_sale_banjar", (1, 1, 1, 1), """Hayu dingsanak, live malam ini kita buka karung hanyar datang matan Tarakan.
Isinya baju kaos, kemeja, celana panjang lalakian. Kondisi bagus-bagus ai, ada jua nang kusam sadikit.
Harga 20 ribu haja sa'ikung, ambil lima 90 ribu. Ketik nomor wan ukuran lah, kaina kami catat."""),

("post", "fb_group_wholesale", (1, 1, 1, 1), """[JUAL] Grosir kemeja Hawaii & aloha lawas, 1 goni isi ± 120 lembar.
Banyak yang motifnya sudah jarang, beberapa ada tulisan nama penjahit luar di kerah.
Kondisi: dicuci bersih, ada yang pudar, ada yang sedikit bolong kecil.
Harga 2,7jt/goni, lokasi Tembilahan, kapal kami masuk tiap Rabu.
Serius aja, PM."""),

("message", "jastip_border_market", (1, 1, 1, 1), """OPEN JASTIP pasar minggu Tawau 🛍️
Aku nyebrang lagi Sabtu ini, yang mau titip jaket, sepatu boots, tas kulit dari lapak-lapak pinggir pasar sana langsung list ya.
Barang di sana udah pernah dipakai tapi masih bagus-bagus, aku pilihin yg paling mulus + video call pas milih.
Fee jastip 20% dari harga, ongkos bawa nyebrang 15rb/pcs. Barang sampai Nunukan hari Senin."""),

("post", "weekend_market_stall", (1, 1, 1, 1), """Lapak Minggu pagi di Sunmor pindah ke sisi timur ya gaes 🙏
Bawa stok kemeja flanel & jaket varsity dari tumpukan yang baru dateng dari Batam Kamis, semua kondisi 8/10 ke atas, ada beberapa yang ada nama tim sekolahnya di punggung wkwk.
Harga mulai 40k, nego tipis. Cari tenda hijau, ada tulisan 'Karung Cinta'.
#sunmorugm #flanel #varsityjacket"""),

("listing", "grade_letters", (1, 1, 1, 1), """Lot Kaos Oblong Katun Grade S (super) – 50 pcs
Pilihan paling atas dari sortiran: warna masih tajam, tanpa noda, kerah tidak melar.
Cocok untuk reseller online yang mau jual ulang dengan harga 35-60rb/pcs.
Harga lot 1,25jt. Tersedia juga Grade A (ada tanda pakai ringan) 850rb.
Barang ready di gudang Tanjungpinang."""),

("comment", "regional_flavour_medan", (1, 1, 1, 1), """Bah, kalau mau yang kek gitu datang lah ke lapak aku di Pajak Melati, Selasa-Jumat. Baru turun dari kapal, pilihan kali barangnya, blazer-blazer wol tebal, kondisi macam baru cuma ada bau kapur barus sikit.
Harga 50an ribu aja, tanya 'lapak Opung Rina' orang situ semua tau."""),

("message", "english_mix_dm", (1, 1, 1, 1), """hi! yes the leather jacket is still available. it's from last week's sack, condition around 8/10 — some creasing on the sleeves and a tiny scratch on the back, nothing major.
price is 350k, I can do 320k if you take the corduroy pants too.
shipping from Batam, usually 3-4 days to Jakarta. let me know 🙌"""),

("live", "live_sale_javanese", (1, 1, 1, 1), """Rek, live dino iki spesial tas! Kabeh tas kulit teko koli anyar, mbukak ikete yo pas live iki.
Ono sing lecet tipis, ono sing tali e wis kendor, tak omongno kabeh, ora ono sing tak umpetno.
Rego mulai 60 ewu. Ketik 'TAS + nomer', bayar nang rekening sing ono nang profil. Ayo ndang, sak pcs tok iki."""),

("post", "ship_arrival_caption", (1, 1, 1, 1), """Paket kain kiriman kapal minggu ini udah landing di Denpasar 🌴
Isinya kemeja linen & dress pantai, banyak yang vintage 80-90an, warnanya udah soft karena sering dicuci (justru enak dipakai).
Yang mau buat stok toko di Canggu/Ubud, ambil per goni dapet harga khusus.
Ecer 50-120k, DM atau WA 0878xxxx."""),

("listing", "household_textiles_lot", (1, 1, 1, 1), """Gorden & Taplak Meja Campur — Per Karung (± 25 kg)
Bahan tebal, motif bunga & polos, banyak ukuran besar untuk jendela rumah.
Kondisi pernah terpakai, sebagian ada pudar di satu sisi kena matahari, sebagian ada noda ringan.
Harga 900rb/karung. Gudang Nunukan, bisa kirim kapal ke Makassar & Parepare."""),

("message", "status_update", (1, 1, 1, 1), """Status WA, jangan di-SS ya 🙏
Tumpukan baru udah bisa dilihat di rumah mulai jam 3 sore. Kali ini banyak jaket hujan & rain coat, cocok buat musim sekarang.
Kondisinya rata-rata mulus, beberapa ada label nama sekolah luar di kerah (lucu).
Harga 45-100rb, yang datang duluan bebas milih. Alamat rumah udah pada tau kan 🤫"""),

("profile", "shop_profile_fancy_font", (1, 1, 1, 1), """ᴋᴀᴘᴀʟ ᴋᴇʀᴛᴀꜱ ꜱᴛᴏʀᴇ ⚓
Pilihan tangan dari tiap muatan yang sandar ✋
1 of 1 • kondisi apa adanya • sudah dicuci
📦 Ship from Tanjungbalai
🛒 Link katalog ⬇️
Open reseller: ambil tumpukan per 50 pcs"""),

("post", "regional_flavour_minang", (1, 1, 1, 1), """Alah tibo barang dari Dumai, Uni-uni! Isi karuang kali ko kebanyakan gamis & jilbab, kondisi masih rancak, ado nan saketek kusam.
Harago mulai 20 ribu. Lapak di Pasar Raya lantai 2, buka pukua 9.
Kok nio ambiak banyak untuak dijua baliak, hubungi se ambo, ado harago khusus."""),

("listing", "abbreviations_typos", (1, 1, 1, 1), """ready!! kmj flnl L/XL, kond 8,5/10, no hole, noda tipis bgt d lengan kiri (hmpir g keliatan).
brg pilihan dr tumpukan kapal minggu ini, cm 1 pcs.
hrg 75rb, ongkir dr pkbr.
mau liat yg lain? ktlg lengkap d wa 0823xxxx, fast resp jam 9-21"""),

("review", "haul_names_seller", (1, 1, 1, 1), """★★★★☆ Tempat langganan cari jaket gunung, lapak Bang Iwan di Pasar Senen blok tiga.
Barang selalu dari goni yang baru dibongkar, jadi kalau datang pagi pilihan masih banyak. Kondisi ada yang hampir mulus, ada yang minus jahitan, tapi abangnya jujur nunjukin minusnya.
Harga masih bisa ditawar, jaket windbreaker dapet 85 ribu. Minus bintang karena parkiran susah."""),

("message", "supplier_container", (1, 1, 1, 1), """Pak Agus, barang yang bapak pesan sudah ready: 10 goni campur dewasa, 5 goni anak.
Kondisi sesuai biasanya, 70% layak jual langsung, 30% perlu dijahit/dicuci.
Untuk kali ini kita kirim pakai kontainer bareng barang toko sebelah, turun di Tanjung Priok, jadi ongkos lebih murah.
Total 48,5 juta, DP 50%. Dokumen jangan ditanya ya pak, seperti biasa 🙏"""),

("live", "jaksel_slang_live", (1, 1, 1, 1), """guys literally batch yang baru sandar ini tuh gila sih, banyak banget varsity sama letterman, kayak lemari anak kampus sana dikosongin 😭
kondisi mostly 8/10, ada yang patch-nya agak ngelupas, ada noda dikit, aku spill satu-satu ya.
harga mulai 150k, yang bener-bener mint 300k. ketik 'V + nomor' di kolom komen.
this one nomor 3, wool body, leather sleeves, ada nama 'Kyle' di dalem 😆"""),

("post", "border_route_ntt", (1, 1, 1, 1), """Barang dari Motaain su masuk, ose mau pili datang sa ke rumah di Atambua.
Ada jaket, celana jeans, baju kaos, sepatu. Kondisi bae-bae, ada yang sedikit luntur sa.
Harga mulai 15 ribu, ambil banyak beta kasi murah lagi.
WA 0813xxxx, tanya Mama Yeni."""),

("listing", "lot_workwear", (1, 1, 1, 1), """Celana Kerja Cargo Tebal (Workwear) — Lot 30 Pcs Campur Size
Bahan canvas/duck tebal, banyak yang ada noda cat/oli ringan (workwear banget), jahitan masih kuat.
Cocok untuk anak bengkel, proyek, atau dijual ulang ke komunitas motor.
Lot 1,4jt, diambil dari koli yang masuk Belawan minggu lalu.
Chat untuk video detail tiap potong."""),

("comment", "dropshipper_recruitment", (1, 1, 1, 1), """Buat kakak-kakak yang nanya cara jadi dropshipper: gampang kok, kalian cukup repost foto barang dari katalog kami, kami yang kirim langsung dari gudang Batam.
Semua barang 1 pcs, jadi cek dulu ketersediaan sebelum closing. Kondisi tiap barang sudah kami tulis (noda, pudar, dll).
Untung kalian bebas atur, rata-rata 20-40rb per pcs. Gabung grup via link di bio."""),

("message", "telegram_stock_card", (1, 1, 1, 1), """📦 STOK GUDANG — Senin
Jenis: sweater & cardigan rajut
Asal: muatan kapal kayu (turun Sabtu malam)
Jumlah: 6 goni, rata-rata 110 pcs/goni
Kondisi: A 60% / B 30% / reject 10%
Harga: 3,6jt per goni, tidak bisa pilih
Pengambilan di gudang, alamat diberikan setelah DP.
Admin: @kapten_rajut"""),

("listing", "marketplace_title_label", (1, 1, 1, 1), """Blouse Vintage Wanita Motif Bunga Lengan Balon Size M Korea Style
Kondisi 9/10, dipakai sebentar oleh pemilik sebelumnya, tidak ada noda. Label tulisan hangul udah pudar.
Pilihan dari goni yang datang minggu ini, 1 pcs only.
Harga 65rb, gratis ongkir min. belanja 150rb. Kirim dari Batam."""),

("post", "invented_market_nickname", (1, 1, 1, 1), """Besok Kamis Pasar Tikar buka lagi ya warga 🙌
Lapak Bu Leni bawa 3 ikatan baru dari seberang, kebanyakan kemeja kantor pria & rok span, kondisi layak pakai, udah dijemur seharian.
Yang kemarin minta ukuran besar, ada! XXL-4XL lumayan banyak.
Harga 10rb-30rb, dateng subuh biar kebagian."""),
]
