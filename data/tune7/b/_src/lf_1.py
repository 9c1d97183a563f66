# long-form, batch 1 (illegal offers)
DATA = [
("post", "ig_caption_offer", "1111", """✨ RESTOCK JUMAT ✨
Outer & cardigan preloved dari Jepang baru aja kami sortir 🇯🇵
Kondisi 8-9/10, udah dicuci & disetrika.
💸 35rb - 65rb
📍 pickup Tebet / kirim seluruh Indo
DM buat list lengkap, no keep lebih dari 1x24 jam ya!
#preloved #outerjepang #jaksel"""),
("listing", "multiline_listing", "1111", """JAKET GUNUNG SECOND EX KOREA
Merk: The North Face, Kolon, K2 (campur)
Kondisi: 85-90%, ada yg cacat minor sudah difoto
Harga: 175rb/pcs, ambil 3 jadi 480rb
Stok: 14 pcs
Kirim dari Pekanbaru, ongkir ditanggung pembeli.
Chat dulu sebelum checkout ya gan."""),
("message", "wa_broadcast", "1111", """Assalamualaikum bapak/ibu pelanggan setia 🙏
Insya Allah hari Kamis kiriman baru tiba dari Tanjungpinang:
- 6 goni kemeja pria ex Jepang
- 4 goni celana panjang wanita ex Korea
- 2 koli tas campur
Yang mau booking goni utuh silakan balas pesan ini, DP 1 juta.
Eceran bisa langsung ke lapak Pasar Kebon Kalapa.
Terima kasih, Toko Sinar Rezeki 0812xxxx"""),
("live", "live_transcript", "1111", """Halo halo kakak-kakak yang baru join, langsung aja ya!
Ini batch terbaru, semua dari Jepang, seken tapi bersih.
Kemeja ini Uniqlo, size M, 25 ribu. Siapa mau? ketik M1.
Oke kak Dewi dapet! Lanjut ya...
Nah yang ini sweater rajut, warnanya coklat susu, 30 ribu, ketik M2.
Jangan lupa follow biar dapet notif live jam 8 malam tiap hari."""),
("post", "fb_group_offer", "1111", """Izin admin 🙏
Buat teman2 yg mau usaha kecil2an, saya ada stok baju anak second dari Korea, per karung isi ±400 pcs.
Grade A campur cewek cowok, umur 2-10 tahun.
Harga 4,2jt sudah sama ongkir Jawa.
Bisa video call buat lihat isi sebelum dikirim.
Minat wa 0812xxxx (Bu Yanti, Bekasi)"""),
("post", "thread_offer", "1111", """1/ Thread stok minggu ini, semua seken luar ya kak 🧵
2/ Jaket denim Levi's made in USA, size L, 140rb
3/ Kemeja flanel Eddie Bauer, XL, 90rb
4/ Parka tentara ex Jerman, M, 200rb
5/ Minat reply nomor + ukuran, aku dm satu2. Pengiriman dari Bogor tiap Senin & Kamis"""),
("profile", "bio_longform", "1111", """🏷 RUMAH LAWAS SURABAYA
Pakaian 2nd pilihan dari Jepang & Korea 🇯🇵🇰🇷
🛍 Eceran mulai 10rb, grosiran per koli
📍 Pasar Gembong kios B-14 (buka 08.00-16.00)
📦 Kirim seluruh Indonesia
☎ WA admin 0812xxxx
Reseller & dropshipper welcome 🤝"""),
("post", "reseller_recruitment_long", "1111", """DICARI RESELLER SE-SULAWESI 📢
Kami supplier pakaian seken impor langsung dari pelabuhan, bukan tangan ketiga.
Keuntungan jadi reseller:
✅ harga gudang, bisa ambil per 50 pcs
✅ foto produk disiapkan
✅ bisa retur kalau barang cacat parah
Barang: kemeja, kaos, jaket, celana ex Jepang & Malaysia.
Gudang di Parepare, kirim pakai kapal ke Kendari, Palu, Gorontalo.
Info: 0812xxxx"""),
("post", "tiktok_caption", "1111", """spill isi kiriman dari Entikong hari ini 🫣
ada sweater, hoodie, kemeja kotak2, semuanya dari Malaysia
lapak buka besok pagi jam 7 di Pasar Flamboyan
yg jauh bisa order lewat keranjang kuning yaa
#lapakpontianak #pakaianmurah #fyp"""),
("message", "wholesale_chat", "1111", """Pak Darto, ini saya Rudi dari Tasik.
Stok sortiran celana jeans pria ex Jepang sudah siap 3 koli.
1 koli isi 120 potong, grade A semua, size campur 28-36.
Harga per koli 6,8 jt, kalau ambil 3 koli saya kasih 19,5 jt.
Pengiriman pakai truk dari Gedebage, 2 hari sampai Cirebon.
Kabari ya pak kalau jadi, biar saya tahan barangnya."""),
("post", "creator_haul", "1111", """HAUL 200 RIBU DAPET APA AJA? 😳
Jadi kemarin aku main ke @gudang.retro di Cibubur, isinya baju2 second dari Jepang semua.
1. Cardigan rajut krem 45rb
2. Rok plisket 30rb
3. Kemeja bunga-bunga 35rb
4. Tas kanvas 40rb
5. Sweater 50rb
Total pas 200rb! Tempatnya adem, pegawainya ramah. Wajib mampir sih ✨
#haul #outfitmurah"""),
("review", "marketplace_review_long", "1111", """⭐⭐⭐⭐⭐
Belanja ke-4 kalinya di Toko Kimono Lawas, dan tetap puas.
Jaket wol second Jepang yg aku pesan sesuai deskripsi, ada noda kecil di lengan tapi sudah diinfo sebelumnya.
Packing rapi pake bubble, pengiriman dari Jogja 2 hari.
Penjualnya fast respon, recommended buat yg cari outer luar murah."""),
("live", "live_transcript", "1111", """Yuk merapat bapak ibu, live dari lapak Pajak Simalingkar!
Ini bal baru pecah kawat tadi pagi, isinya kemeja Korea.
Satu 15 ribu, tiga 40 ribu. Yang jauh bisa transfer, kita kirim pakai JNE.
Kak Ucok dari Binjai mau yg kotak-kotak? siap, dicatat ya.
Jangan lupa share live nya biar rame!"""),
("post", "port_route_offer", "1111", """📦 INFO KIRIMAN 📦
Barang minggu ini masuk lewat Dumai, rute biasa.
Isi: pakaian dewasa second Singapura & Malaysia, campur musim dingin & panas.
Bisa ambil per koli (±80 kg) atau eceran di gudang Duri.
Harga per koli mulai 3,5 jt tergantung grade.
Yang sudah DP minggu lalu, barang siap diambil Sabtu.
Hubungi Bang Feri 0812xxxx"""),
("listing", "multiline_listing", "1111", """Dijual sepatu kets seken asal Thailand 👟
- Nike Air Force 1, size 42, 70% - 250rb
- Adidas Stan Smith, size 40, 80% - 200rb
- Vans Old Skool, size 41, 85% - 180rb
- Converse 70s, size 39, 75% - 220rb
Semua sudah dicuci dan di-unyellowing.
COD Makassar area Panakkukang, luar kota via J&T."""),
("post", "evasive_caption", "1111", """r e s t o c k 🧥
pr3l0v3d d4r1 n3g3r1 s4kur4 🌸 (kalian paham lah)
jaket, coat, blazer — 50k-120k
stok terbatas bgt, dm aja jangan komen harga ya kak biar akun aman 🙏
#ootd #outerwear"""),
("message", "reseller_dm", "1111", """Halo kak, makasih udah follow 🙏
Kalau kakak tertarik jadi reseller, kami ada paket pemula:
50 pcs kaos & kemeja bekas pakai dari Korea, campur ukuran, 750rb.
Kakak bisa jual lagi 25-40rb per pcs, untungnya lumayan.
Foto katalog kami kirim via Google Drive.
Mau kak? nanti aku kirim nomor rekening."""),
("post", "regional_medan_long", "1111", """Horas kawan-kawan! 🙌
Kios awak di Pajak Melati lorong 5 udah buka lagi abis tutup seminggu.
Barang baru datang dari Belawan: jaket, celana, tas, semua seken dari luar.
Harga bersahabat lah, bisa tawar asal jangan sadis kali.
Selasa, Jumat, Minggu rame kali, datang pagi biar dapat yang bagus.
Tanya-tanya WA 0812xxxx (Bang Sihol)"""),
("post", "regional_javanese_long", "1111", """Sugeng enjing lur 🙏
Lapakku ing Pasar Beringharjo lantai 3 lagi akeh barang anyar teko, klambi seken Jepang karo Korea.
Kemeja 15 ewu, jaket 40 ewu, rok 20 ewu.
Sing adoh iso tuku lewat WA, dikirim nganggo JNT.
Monggo dipun pirsani rumiyin 😊"""),
("post", "english_mix_long", "1111", """New drop alert 🚨
Curated Japanese second-hand workwear: chore jackets, carpenter pants, flannel shirts.
All pieces washed, measured, and photographed ✔️
Prices start from 85k, bundle 3 items get 10% off.
Slot checkout dibuka jam 7 malam via link di bio.
Shipping from Jogja, international? sorry, domestic only."""),
("comment", "long_reply_offer", "1111", """Buat yang dari tadi nanya di komen: iya kak, kami jual juga.
Semua barang seken dari Jepang, sudah laundry.
Kalau mau lihat stok lengkap, mampir ke toko fisik kami di Jl. Cihampelas (masuk gang sebelah minimarket) atau cek katalog di bio.
Dijamin bukan KW ya kak 😊"""),
("listing", "bale_grade_long", "1111", """JUAL SORTIRAN PER KOLI
Asal: Korea Selatan
Isi: blouse & kemeja wanita
Grade: A (tanpa cacat) / B (cacat kecil)
Berat: ±100 kg per koli
Harga: A 9 jt | B 6,5 jt
Gudang: Tanjung Priok, bisa lihat langsung dengan janji.
Serius saja, tidak melayani tawar sadis."""),
("post", "market_stall_long", "1111", """Buat warga Bandung dan sekitarnya 🙌
Lapak Teh Ani di Gedebage blok D no. 9 sekarang buka sampai jam 5 sore.
Barangnya baru turun dari gudang: kemeja, jaket, celana, semua bekas pakai dari Jepang dan Korea.
Harga mulai 10 rb, ada keranjang obral 5 rb.
Bisa bayar QRIS. Ditunggu ya!"""),
]
