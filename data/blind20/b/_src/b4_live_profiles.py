# Batch 4: live announcements and bios - written by hand
B4 = [
("live", "live_bongkar_karung", (1, 1, 1, 1), """🔴 LIVE JAM 8 MALAM: BONGKAR KARUNG JEPANG 🇯🇵
Karung baru sampai tadi sore, belum ada yang liat isinya sama sekali!
Semua item 1 harga 30rb, ketik "SAYA" + nomor item buat keep
Pembayaran max 1x24 jam ya bestie, lewat dari itu dilempar ke waiting list"""),

("live", "live_bal_korea_grading", (1, 1, 1, 1), """Live sore ini kita sortir bal Korea grade A langsung di depan kalian 👀
jaket, blazer, cardigan, rok panjang. Yang grade S kita pisahin, harganya beda
nonton sampe abis ya, ada giveaway 1 jaket buat yang share live paling banyak
gas jam 4 teng!! #thriftkorea #balkorea"""),

("live", "live_cakar_makassar", (1, 1, 1, 1), """Halo sobat cakar Makassar 👋 malam ini jam 9 live dari lapak di Pasar Toddopuli!
Baru buka 2 karung ex Malaysia, banyak kemeja & celana kain buat kerja
Harga mulai 10rb, ongkir dalam kota gratis minimal 5 pcs
Jangan lupa tap keranjang kuning ya daeng"""),

("live", "hn_live_new_local", (1, 0, 1, 0), """LIVE 19.00 WIB 🎥 Launching koleksi kemeja flanel "Tanah Priangan"
Dijahit penjahit lokal Garut, bahan baru semua, motif kotak terinspirasi jaket-jaket vintage
Promo live: beli 2 gratis ongkir se-Jawa
Bukan thrift ya kak, ini 100% baru dan buatan dalam negeri 🇮🇩"""),

("live", "live_monza_medan", (1, 1, 1, 1), """LIVE MONZA MALAM INI KAWAN2 🔥
Langsung dari gudang dekat Pajak Melati, bongkar bal jaket kulit & jeans
Mulai jam 8, harga mulai 25rb, yg mau grosir per bal boleh japri
Siapkan jempol kelen, barangnya cepat habis!"""),

("live", "hn_live_preloved_closet", (1, 1, 1, 0), """Cuci gudang lemari pribadi, live IG jam 7 malam ✨
Isinya baju2 aku sendiri selama kerja 5 tahun: blazer, celana kulot, dress, tas
Semua dibeli di mall & online shop lokal, kondisi 80-95%
Harga 20-100rb, bisa COD area Tangerang Selatan. See you!"""),

("live", "live_thrift_bandung", (1, 1, 1, 1), """live bentar lagi guys 🚨🚨
hari ini bal US baru dibuka, banyak kaos band & hoodie oversized
mulai 40rb, bisa bundling, kirim dari Bandung
yang kemarin nanya sweater college, stoknya ada di sesi kedua jam 10"""),

("live", "hn_live_talkshow", (0, 1, 1, 1), """🎙️ Live IG bareng @forum.tekstil.id malam ini 20.00
Topik: "Larangan Pakaian Bekas Impor: Siapa yang Untung, Siapa yang Buntung?"
Narasumber: pedagang Pasar Senen, pelaku konveksi Majalaya, dan peneliti ekonomi UI
Bukan jualan, murni diskusi. Siapkan pertanyaan kalian di kolom komen!"""),

("live", "live_jastip_senen", (1, 1, 1, 1), """🔴 LIVE JASTIP dari Pasar Senen Blok III sekarang!
Aku keliling lapak, kalian tinggal komen "STOP" kalau ada yang cocok
Fee 15rb per item, harga ikut lapak, transfer setelah deal
Hari ini banyak lapak baru buka karung Jepang, yuk merapat"""),

("live", "hn_live_phone", (1, 1, 0, 1), """LIVE JAM 9 🔥 HP second ex Jepang & Singapore
iPhone XR, 12 mini, Pixel 6, semua unit test di depan kamera
Garansi toko 1 bulan, bisa tukar tambah
Langsung checkout di keranjang ya kak, stok terbatas"""),

("live", "live_awul_jogja", (1, 1, 1, 1), """Sugeng dalu konco-konco, live awul-awul jam 8 bengi yo 🙏
Karung anyar teko Batam, isine jaket, kemeja, celana jeans
Rego mulai 15rb, sing adoh iso dikirim, sing cedhak iso njupuk neng lapak Jalan Parangtritis
Ojo lali mampir live ne!"""),

("live", "live_grosir_bal", (1, 1, 1, 1), """LIVE KHUSUS RESELLER jam 1 siang 📦
Kita buka sampel 3 bal: Korea campur, Jepang winter, US kaos
Harga per bal & per kilo dijelasin di live, yang mau DP langsung komen kode
Pengiriman dari gudang Batam via kargo laut, estimasi 5-7 hari"""),

("live", "hn_live_cooking_cakar", (1, 0, 0, 0), """Live masak jam 4 sore 🍳 Cakar ayam rica-rica ala Manado!
Sekalian buka PO frozen cakar bumbu, 500gr 35rb, kirim area Manado & Bitung
Yang penasaran resepnya, nonton sampe akhir ya
Pake rica banyak, jang lupa siap aer 🥵"""),

("live", "live_lelong_pinang", (1, 1, 1, 1), """Live lelong jam 7 malam dari Tanjungpinang 🌙
Baru masuk bundle jaket & kemeja ex Singapura, kondisi bagus
Harga mulai 20rb, ada paket 5 pcs 80rb
Kirim ke seluruh Indonesia, bayar via transfer atau COD Kepri"""),

("live", "hn_live_charity_school", (1, 1, 1, 0), """LIVE BAZAR AMAL OSIS 🎗️ malam ini jam 7!
Kami jual baju layak pakai sumbangan guru & orang tua murid, harga 5-25rb
100% hasil untuk korban gempa Cianjur
Semua barang dari donasi warga sekitar, bukan barang impor. Ayo bantu dengan ikut checkout!"""),

# profiles / bios
("profile", "profile_seller_bal", (1, 1, 1, 1), """🧺 Thrift Import Korea & Jepang
📦 Open bal tiap Senin & Kamis, ecer & grosir
🚚 Kirim dari Batam ke seluruh Indonesia
📲 Order: WA 0812xxxx (fast respon 08.00-21.00)
⬇️ katalog di link bawah"""),

("profile", "hn_profile_buyer", (0, 1, 1, 1), """Tukang ngawul sejak 2015 🧥
Senen • Gedebage • Pasar Kodim
Cuma sharing hasil buruan & outfit, bukan olshop ya kak, barangnya gak dijual 🙏
Pecinta flanel, kopi, dan sepatu kanvas"""),

("profile", "profile_cakar_shop", (1, 1, 1, 1), """Lapak Cakar Daeng Tiro 🛍️
Karungan Malaysia & Korea, dibongkar tiap Jumat
📍 Pasar Terong blok C, Makassar
Ecer 10rb-an, grosir per karung japri 0812xxxx"""),

("profile", "hn_profile_activist", (0, 1, 1, 1), """Peneliti limbah tekstil | @kampus_ekonomi
Menulis soal perdagangan pakaian bekas impor, pelabuhan kecil & nasib pedagang pasar
Opini pribadi, bukan ajakan belanja ataupun boikot
📩 kolaborasi riset: email di link"""),

("profile", "hn_profile_preloved_personal", (1, 1, 1, 0), """Preloved dari lemari sendiri 🤍
Semua barang milikku pribadi, dibeli di Indonesia
Update tiap akhir bulan pas beres2 lemari
Size S-M, mostly blouse & rok kerja. DM for price, COD Bintaro"""),

("profile", "profile_reseller_hub", (1, 1, 1, 1), """Supplier & Reseller Hub Thrift Import 🌏
• bal & karung Jepang / Korea / Thailand
• daftar reseller gratis, dapet katalog harian
• dropship bisa, tanpa stok
Gabung grup WA lewat link di bio 👇"""),

("profile", "hn_profile_local_brand", (1, 0, 1, 0), """SANDANG NUSA 🇮🇩
Kaos & kemeja bergaya vintage, diproduksi baru di Solo
Bukan barang bekas, bukan sisa ekspor
Shopee/Tokopedia: Sandang Nusa Official | PO batch tiap tanggal 1"""),

("profile", "profile_monza_shop", (1, 1, 1, 1), """Monza Abang Sitorus 🧥
Jaket kulit, jeans, kemeja ex Korea & Jepang langsung dari bal
📍 Pajak Simalingkar, Medan | buka 09.00-17.00
Pesan lewat DM atau WA 0812xxxx, kirim ke luar kota bisa"""),

("profile", "hn_profile_pedagang_story", (0, 1, 1, 1), """Bekas pedagang rombengan Pasar Kapasan 1998-2023 👴
Sekarang jualan gorengan di depan rumah
Di sini cerita suka duka dagang baju karungan, bukan jualan baju lagi
Salam buat langganan lama, semoga sehat semua"""),

("profile", "hn_profile_upcycle", (1, 1, 1, 0), """Rework Studio Jember ✂️
Mengubah baju lama milikmu jadi barang baru: tas, outer, patchwork
Bawa baju sendiri, kami jahitkan. Tidak jual baju impor ya
📍 Jl. Kalimantan 18 | booking via DM"""),

("profile", "profile_lelong_batam", (1, 1, 1, 1), """Lelong Batam Official 🏝️
Baju bundle ex Singapore & Malaysia, sortiran grade A
Ecer mulai 15rb, paket reseller tersedia
Live TikTok tiap malam 20.00 | WA 0812xxxx"""),

("profile", "hn_profile_community", (0, 1, 1, 0), """Komunitas Tukar Baju Makassar 🔄
Swap pakaian preloved milik sendiri tiap Minggu ke-2
Tanpa uang, tanpa jualan. Bawa 3 tukar 3
Lokasi berpindah, info di highlight ✨"""),

("profile", "profile_jastip_gedebage", (1, 1, 1, 1), """Jastip Gedebage & Cimol 🛒
Ngawul-in kamu tiap Sabtu subuh, foto langsung dari lapak bal
Fee 10rb/pcs, ongkir dari Bandung
Format order ada di highlight, DM ya!"""),

("profile", "hn_profile_thrift_fan_student", (0, 1, 1, 1), """mahasiswa tingkat akhir 📚 | anak awul Jogja
outfit harian 90% dari awul-awul Sekaten wkwk
review tempat ngawul & tips nyuci biar gak gatel
bukan olshop, jangan tanya harga ya 🙏"""),

("profile", "hn_profile_laundry", (1, 0, 0, 0), """Laundry Kilat Bu Ratna 🧺
Cuci kering setrika 7rb/kg, express 6 jam
Layanan khusus sterilisasi pakaian: rendam air panas + setrika uap
Antar jemput gratis area Kaliurang. WA 0812xxxx"""),

("profile", "hn_profile_kereta_recond", (1, 1, 0, 1), """Kedai Motor Recond Pinang 🏍️
Motor Jepun recond ex Malaysia, surat proses
Kredit & tunai, tukar tambah boleh, servis ringan percuma sebulan
📍 Batu 8, Tanjungpinang | WA 0812xxxx"""),

("profile", "hn_profile_seller_converted", (1, 0, 1, 0), """Dulu jual baju bal di Senen, sekarang 100% produk lokal 🙌
Kemeja & celana baru dari konveksi Tanah Abang dan Bandung
Harga tetap bersahabat, mulai 50rb
📍 Pasar Senen Blok III lt. 2 | cek katalog di highlight"""),

("profile", "hn_profile_donation_org", (0, 1, 1, 0), """Rumah Pakaian Peduli 💛
Menerima donasi pakaian layak pakai dari warga Bogor
Disalurkan ke panti, korban bencana & pemulung
Tidak diperjualbelikan. Drop point & jadwal jemput di link"""),
]
