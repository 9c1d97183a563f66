# Long-form batch 2: illegal - more listings, regional registers, evasive captions, threads
DATA = [
("listing", "regional_code_word", 1, 1, 1, 1, """MONZA BARU MASUK LAE! 🔥
Pajak Sambu lantai 2, kios Horas Jaya.
Jaket kulit, celana jeans, kemeja flanel, semua dari luar negeri, masih bagus-bagus.
Harga mulai 25 ribu, tawar pun boleh asal jangan sadis kali.
Yang dari Binjai, Tebing, datang aja, bisa borong pun."""),
("listing", "regional_code_word", 1, 1, 1, 1, """Awul-awul anyar teko Korea, rek! 🧥
Jaket, hoodie, kemeja, kabeh apik-apik.
Regane mulai 15 ewu, sing branded 50 ewu.
Lapak e nang Jl. Kenjeran, cedak warung Cak Mat.
Buka bengi mulai jam 7, ojo kesuwen ndak entek."""),
("listing", "wholesale_bale", 1, 1, 1, 1, """Ready balpres segel asal Jepang 🇯🇵
- kemeja pria 100kg
- jaket campur 80kg
- kaos anak 100kg
Belum dibuka, bisa video unboxing sebelum kirim.
Harga dan sampel foto via japri. Gudang di Cirebon, kirim pakai truk sendiri."""),
("listing", "product_description", 1, 1, 1, 1, """Coat Wol Panjang Wanita — Preloved from UK 🇬🇧
Warna camel, lining masih utuh.
Size UK 12 (setara L Indo), panjang 105 cm.
Minus: 1 kancing diganti (warna mirip).
Didatangkan bersama barang lain dari London, sudah dry clean.
Harga 280rb, bisa nego tipis untuk yang serius."""),
("listing", "title_evasive_spelling", 1, 1, 1, 1, """✨ Pr3-l0v3d J.P drop ✨
🧥 outer tweed 45
👗 dress midi 50
👖 culottes 35
semuanya ex 🇯🇵, bukan barang baru ya
⚠️ jangan komen kata² aneh biar lapak aman, langsung dm"""),
("post", "creator_promo", 1, 1, 1, 1, """Spill tempat belanja kemeja kerja murah 💼
Aku langganan di Gedebage, kios Teh Nining, semua second ex Korea & Jepang.
Harga 20-35rb, bahan masih bagus buat ngantor.
Lokasinya masuk pintu 3, lurus, belok kiri dikit.
Bilang aja dari aku, biasanya dikasih bonus 1 kaos 😆"""),
("listing", "reseller_recruit", 1, 1, 1, 1, """Mau usaha modal kecil?
Kami buka kemitraan pakaian seken luar (Korea, Jepang, Hongkong).
Paket A: 50 pcs campur = 900rb
Paket B: 100 pcs campur = 1,6jt
Paket C: 1 goni ±400 pcs = 5,5jt
Dapat bimbingan jualan online & live. Info: 0857xxxx"""),
("live", "live_caption", 1, 1, 1, 1, """Live shopee sore ini jam 4 ya kakak-kakak 🫶
Barang dari koli Taiwan yang baru sampai kemarin
Rok, blouse, kemeja satin, celana kulot
Semua 29rb, yang grade A 39rb
Checkout sesuai nomor yang aku sebut, yang lewat 1x24 jam dilelang lagi"""),
("listing", "thrift_plain", 1, 1, 1, 1, """Thrift shop online spesialis jaket impor 🧥
Varsity, bomber, coach jacket, windbreaker
Semua barang bekas dari Jepang dan Amerika, dicuci ulang sebelum kirim
Harga 60-200rb sesuai kondisi
Restock tiap Selasa & Jumat jam 8 malam
Cek katalog di highlight IG"""),
("listing", "port_route", 1, 1, 1, 1, """Kiriman Tawau-Nunukan minggu depan 🚤
Yang mau titip pesan barang seken (tas, sepatu, jaket) segera konfirmasi.
Harga per ikat tergantung isi, tas 40 pcs 2,2jt, sepatu 30 pasang 1,8jt.
Barang diambil di pelabuhan Nunukan, bisa lanjut kirim ke Tarakan & Tanjung Selor."""),
("listing", "market_stall", 1, 1, 1, 1, """Kios 88 Pasar Senen Blok III lt. 2
Spesialis celana: jeans, chino, cargo, korduroi
Semua bekas impor pilihan, banyak Levi's, Edwin, Dickies
Harga mulai 35rb, beli 3 diskon 10%
Bisa kirim ke luar kota, video call buat pilih"""),
("message", "broadcast", 1, 1, 1, 1, """Assalamualaikum bapak ibu reseller 🙏
Alhamdulillah barang ex Jepang sudah sampai gudang Sunter, total 18 koli.
Jadwal pilih:
- Rabu: reseller lama
- Kamis: reseller baru
Harga sama seperti bulan lalu. Mohon bawa karung sendiri ya."""),
("listing", "product_description", 1, 1, 1, 1, """Sepatu Onitsuka Tiger Mexico 66 — 2nd import Thailand
Size 41 (insole 26 cm)
Kondisi 80%, sol masih tebal, ada creasing wajar
Sudah deep cleaning
Harga 320rb, tanpa box
Ready juga Nike Cortez & Adidas Samba, tanya ukuran via chat"""),
("comment", "plain_offer", 1, 1, 1, 1, """Kak yang nyari kemeja linen, aku ada stok second Jepang sekitar 40 pcs
warnanya natural, putih, biru muda
harga 35rb, ambil 10 jadi 300rb
cek tokoku 'rumahlinen.id' di Shopee ya, barangnya udah diupload semua"""),
("listing", "regional_code_word", 1, 1, 1, 1, """Roma Banjarmasin hadir pulang di Pasar Tungging hari Ahad! 
Baju kaos, kemeja, celana, rok, sepatu, tas, semuanya dari luar.
Harga murah banar, mulai 10 ribu.
Datang pagi-pagi, parkir di samping masjid.
Kawa jua ditawar, asal jangan kebangetan."""),
("post", "creator_promo", 1, 1, 1, 1, """OOTD di bawah 150 ribu 👀
Blazer: second Korea 45rb
Kemeja: preloved Jepang 30rb
Celana: ex Hongkong 40rb
Sepatu: 2nd Thailand 30rb (iya semurah itu)
Semua beli di akun @closet.seoulmate, admin fast respon. Bukan endorse, cuma seneng aja."""),
("listing", "wholesale_sack", 1, 1, 1, 1, """JUAL PER IKAT (bukan satuan)
Ikatan handuk & sprei bekas hotel Jepang: 30 lembar = 250rb
Ikatan selimut second Korea: 15 lembar = 400rb
Ikatan tirai/gorden ex Jepang: 20 lembar = 300rb
Cocok untuk penginapan, kos-kosan, atau dijual lagi.
Pengambilan di Tanjung Priok."""),
("listing", "title_evasive_spelling", 1, 1, 1, 1, """b.a.r.a.n.g   l.u.a.r   m.a.s.u.k
kemeja & kaos seken, asal 🇰🇷🇯🇵
kondisi bersih, udah disortir
harga grosir buat yang mau jual lagi
tanya² lewat wa 0896xxxx aja ya, di sini ga bisa jawab"""),
("profile", "shop_bio", 1, 1, 1, 1, """Vintage & Used Clothing Imported from the US 🇺🇸
Band tees • Harley tees • Carhartt • Levi's
Every piece is hand-picked from thrift stores in California and shipped to Jakarta.
Open order every Sunday 7 PM WIB via IG story.
Worldwide shipping not available."""),
("listing", "title_grade", 1, 1, 1, 1, """Daftar harga satuan (semua second ex Korea):
Kemeja grade A: 35rb | grade B: 20rb
Hoodie grade A: 65rb | grade B: 40rb
Celana jeans grade A: 55rb | grade B: 30rb
Grade A = tanpa cacat, grade B = minus kecil (difoto jelas).
Order di atas 10 pcs gratis ongkir pulau Jawa."""),
("listing", "wholesale_bale", 1, 1, 1, 1, """Open slot bal kontainer bulan depan 📦
1 kontainer 40ft isi ±220 bal campur Korea/Jepang
Bisa ambil per 5 bal atau per 10 bal
Harga rata-rata 6,2jt/bal, belum ongkir dari Medan
Slot pembeli terbatas, DP 20% untuk kunci slot."""),
("listing", "market_stall", 1, 1, 1, 1, """Toko Cahaya Second — Pasar Aur Kuning Bukittinggi
Kami menjual jaket, kemeja, dan celana bekas dari luar negeri, sudah dicuci bersih.
Pembeli dari Padang, Payakumbuh, Pekanbaru banyak yang borong di sini.
Grosir dapat harga khusus. Buka jam 8 sampai 5 sore.
Datanglah, uda-uni sekalian!"""),
]
