# Illegal records, part 1: plain famous words + code words / geography.
# Each entry: (kind, category, "offer used clothing abroad", text). Written by hand.
RECORDS = [
("listing", "plain_offer", "1111", """JUAL BAJU BEKAS IMPOR KOREA - KEMEJA FLANEL & KAOS OVERSIZE
Kondisi 85-95%, sudah dicuci dan disetrika, siap pakai.
Harga mulai 25rb, beli 5 gratis ongkir Jabodetabek.
Stok dikit, yang cepat dia dapat. Tanya size via chat ya kak."""),

("post", "plain_offer", "1111", """Bongkar bal malam ini jam 8 di live IG @lemari.sekopal 🔥
Isi bal jaket Jepang, windbreaker, parka. Katanya grade A tapi kita buktiin bareng2.
Keep = komen nomor barang + "mine".
Transfer max 1x24 jam ya ges, lewat itu lempar ke waiting list.
#bongkarbal #thriftjepang #jaketsecond"""),

("listing", "plain_offer", "1111", """Ballpress Celana Jeans Pria Import Korea Grade A+ | 1 Bal 100kg
Isi campur Levis, Lee, Uniqlo, Edwin. Rata2 layak jual, reject paling 5-8%.
Harga 1 bal 9,8jt franco gudang Cikarang.
Bisa kirim ke luar pulau pakai ekspedisi langganan kami.
WA admin 0812xxxx (slow respon di jam sholat)."""),

("message", "plain_offer", "1111", """[BROADCAST] Assalamualaikum kakak2 reseller 🙏
Karungan baru mendarat dari Jepang pagi tadi, isi sweater rajut & cardigan wanita.
Per karung 45kg, harga 3,2jt. Ambil 3 karung dapet potongan 300rb.
Yang mau open karung bareng (share) juga bisa, minimal 15kg.
Info stok realtime di grup, konfirmasi ke admin Nining 0813xxxx."""),

("profile", "plain_offer", "1111", """✨ Sekar Thrift House ✨
Baju thrift import pilihan, bukan sisa pasar!
📍 Ruko Jl. Kaliurang km 9, Sleman (buka 10.00-21.00)
🛍 Shopee: sekarthrifthouse | restock tiap Jumat
Second Korea, Jepang, Taiwan - sudah laundry wangi.
No COD, no keep tanpa DP."""),

("live", "plain_offer", "1111", """Halo halo yang baru join, sini merapat!! Ini kita lagi bongkar karung jaket bekas Korea ya bun, satu karung isinya kurang lebih 60 pcs.
Yang ini nomor 14, jaket puffer The North Face, minus dikit di resleting, 150rb aja. Siapa cepet?
Nomor 15 bomber Zara, 85rb. Ketik "ambil 15".
Jangan lupa tap keranjang kuning, checkout sebelum live selesai biar gak dilepas."""),

("listing", "plain_offer", "1111", """Sepatu Second Import Original - Nike, Adidas, New Balance
Barang dari bal sepatu Jepang, dipilih satu-satu, sol masih tebal.
Size 39-44, harga 180rb - 450rb tergantung kondisi (ada foto detail di etalase).
Sudah disikat & disemprot anti bakteri.
Lokasi toko: Pasar Senen Blok III lantai 1, los 212."""),

("post", "plain_offer", "1111", """Haul thrifting hari ini di Gedebage 🛒
Dapet 4 kemeja linen ex Jepang cuma 100rb total, satu masih ada label laundry bahasa Jepangnya lol.
Yang mau ke kios yang sama: kios Teh Ai, lorong belakang deket tukang bakso, IG-nya @aithrift.gdb.
Dia bongkar karung baru tiap Senin & Kamis pagi. Hidden gems banyak bgt asli.
#thriftbandung #gedebage #haul"""),

("message", "plain_offer", "1111", """Ready bal kaos anak impor Korea, isi campur laki2 & perempuan usia 2-10th.
1 bal ±100kg / ±800 pcs, harga 7,5jt.
Bisa ambil setengah bal (4jt).
Barang ada di gudang Medan, kirim seluruh Sumatera. Pembayaran DP 50%, pelunasan sebelum muat.
Hubungi Bang Hendra 0852xxxx."""),

("comment", "plain_offer", "1111", """@rina.prtw iya kak masih ready, itu cardigan second Jepang ukuran M, lingkar dada 98.
Harga 65rb belum ongkir. Kalau mau langsung checkout di link bio aja, nanti aku packing sore ini.
Btw besok ada restock bal rajut juga kalau mau liat-liat dulu."""),

("listing", "plain_offer", "1111", """PAKET USAHA THRIFT - 50 PCS KAOS BEKAS IMPOR GRADE A
Cocok buat yang mau mulai jualan online atau buka lapak CFD.
Isi: kaos band, kaos olahraga, kaos polos brand. Campur ukuran S-XXL.
Harga paket 750rb (rata2 15rb/pcs), jual lagi 35-50rb masih untung.
Bonus hanger 20 pcs. Ongkir ditanggung pembeli."""),

("post", "plain_offer", "1111", """Jaket kulit second import masuk lagi nih guys 🧥
Ada yang asli kulit domba dari Italia, ada juga sintetis merk Jepang.
Range harga 250rb-1,2jt. Semua sudah cek jahitan dan furing.
Mampir ke toko kita di Pasar Baru Trade Center lt. dasar, atau DM buat video detail.
#jaketkulitsecond #secondimport #thriftjaket"""),

("review", "plain_offer", "1111", """⭐⭐⭐⭐⭐ Udah langganan 3x di toko ini, kemeja bekas Jepangnya bersih dan wangi, gak bau gudang kayak tempat lain.
Yang terakhir aku beli paket 10 kemeja dari bal baru, cuma 2 yang ada noda kecil. Admin ramah, bilang mereka restock karungan tiap 2 minggu.
Recommended buat yg mau jualan lagi!"""),

("listing", "plain_offer", "1111", """Tas Branded Second Import Jepang (Preloved Japan)
Coach, Kate Spade, Michael Kors, Longchamp.
Semua dari lelang & bal tas Jepang, kondisi 80-90%, ada foto minus jelas.
Harga 350rb-1,5jt. Garansi keaslian, kalau terbukti KW uang kembali.
Kirim dari Surabaya. Chat untuk katalog lengkap."""),

("post", "plain_offer", "1111", """Buat kalian yang nanya2 dapet baju segini banyak dari mana: aku ambil karungan langsung dari supplier yang impor dari Korea, terus aku sortir sendiri di rumah.
Yang layak aku jual di akun ini, sisanya aku jual kiloan.
Minggu ini ada 40 hoodie, mulai 45rb. Cek highlight "READY" ya.
Order via DM, no tipu2, testimoni ada 300+."""),

("message", "plain_offer", "1111", """Pak, sy ada stok 20 bal baju bekas campur eks Korea & Jepang di gudang Tanjung Priok.
Harga bal campur 5,5jt, bal khusus jaket 8jt, bal celana kargo 7jt.
Kalau bapak ambil 10 bal ke atas saya kasih harga khusus.
Barang aman, sudah keluar pelabuhan. Mau saya kirim foto isi bal contoh?"""),

("live", "plain_offer", "1111", """LIVE SALE SEPATU SEKEN IMPORT 🔥🔥
Malam ini kita obral sisa bal sepatu running dari Jepang, semua 99rb flat!!
Cara ikut: screenshot sepatu yg muncul di layar, komen "SS" + nomor, admin bakal DM.
Mulai jam 7 malam di TikTok @sepatuseken.ptk, jangan telat nanti kehabisan size 42."""),

("listing", "plain_offer", "1111", """Dress Vintage Second Import Korea - Pilihan 30 Model
Bahan sifon, katun, dan rajut. Cocok buat kondangan atau photoshoot.
Harga 40rb-120rb. Barang bekas ya kak, bukan baru, tapi sudah kami seleksi dari bal.
Yang mau dropship boleh, kami kasih harga reseller kalau ambil min 10 pcs.
📦 Pengiriman dari Bekasi setiap hari kecuali Minggu."""),

("post", "plain_offer", "1111", """Ini dia hasil bongkar bal hoodie US kemarin, total 87 pcs, dan yang layak jual 79! Rejectnya cuma noda sama sobek kecil.
Semua udah aku upload di Shopee "gudanghoodie.id" mulai 55rb.
Buat reseller yang mau ambil per 20 pcs, harga khusus 35rb/pcs, chat aja.
#ballpress #hoodieimport #bongkarbal"""),

("comment", "plain_offer", "1111", """Kak mau tanya ini gimana cara ikut open bal nya?
>> Gampang kak, DP dulu 200rb buat slot, nanti pas bongkar bal Korea hari Sabtu kakak pilih 10 barang bebas. Slot tinggal 4 ya, kemarin udah 16 orang."""),

("profile", "plain_offer", "1111", """Toko Monalisa Second
Supplier baju bekas impor sejak 2015 🇯🇵🇰🇷
Jual eceran, kiloan, dan per bal. Melayani reseller seluruh Indonesia.
Gudang: Jl. Sisingamangaraja, Medan. Buka tiap hari 08.00-17.00.
Admin 1: 0812xxxx | Admin 2: 0857xxxx"""),

("listing", "plain_offer", "1111", """Kemeja Batik & Hawaii Second Jepang | Thrift Pilihan
Kemeja motif aloha dari bal Jepang, bahan rayon adem, kondisi mulus.
Size M-XL, harga 60rb. Ambil 3 jadi 150rb.
Stok bergerak cepat, pastikan tanya ketersediaan dulu sebelum transfer.
Lokasi: Depok, bisa ambil langsung di rumah."""),

# --- code words and geography ---
("post", "code_regional", "1111", """Monza baru masuk lae!! 🔥
Jaket gunung sama celana cargo, masih dalam goni, belum dibongkar.
Datanglah ke kios awak di Pajak Melati, blok C nomor 17, besok pagi kita buka goni jam 7.
Siapa cepat dia dapat, harga mulai 20 ribu aja.
#monza #pajakmelati #medan"""),

("message", "code_regional", "1111", """Ready cakar karungan dari Pare-pare, isi blus sama kemeja cewek.
1 karung 50kg harga 2,8jt, kirim ke Makassar, Gowa, Maros bisa antar.
Kalau mau tengok barang dulu, datang mi ke lapak di Pasar Butung belakang.
Hubungi Daeng Rahim 0821xxxx."""),

("post", "code_regional", "1111", """Awul-awul Jogja buka lagi nih lur 😎
Lapak kami di Pasar Klithikan, stok anyar teko karung: jaket, kaos, celana kain.
Rego 10rb, 15rb, 25rb. Sing teko isuk-isuk iso milih luwih akeh.
Minggu & Senin tutup ya."""),

("listing", "code_regional", "1111", """Rombengan Sortiran Kaos Olahraga | Per Koli 40kg
Hasil sortir dari karung campur, isi jersey bola, kaos lari, celana training.
Harga 1 koli 1,9jt. Minim 2 koli untuk ongkir gratis wilayah Kalbar.
Barang dari jalur Entikong, tiba tiap Selasa.
Pontianak - nego tipis."""),

("message", "code_regional", "1111", """Lelong masuk semalam dari Tawau 👍
Ada 30 koli: kemeja, jeans, tas perempuan. Kasih tau kalau mau ambil, harga per koli 1,2 sampai 2 juta tergantung isi.
Barang di gudang Nunukan, bisa kirim kapal ke Tarakan.
Chat Ko Aseng 0853xxxx."""),

("post", "code_regional", "1111", """Baju Batam ready lagi di lapak kami Pasar Tungging, Pekanbaru 🙌
Barangnya fresh turun kapal, masih lipatan goni.
Kemeja kerja 20rb, jaket 40-75rb, celana jeans 35rb.
Yang dari luar kota bisa video call dulu buat pilih."""),

("listing", "code_bale_grade", "1111", """DAFTAR HARGA GROSIR MINGGU INI (update Senin)
Grade S jaket musim dingin — 14jt/bal
Grade A kemeja campur — 6,5jt/bal
Grade B kaos — 4jt/bal
Sortiran celana kain per kilo 45rb (min 20kg)
Pengiriman dari gudang Dumai, ekspedisi ke Jawa 5-7 hari.
Order & DP ke admin, nota dikirim setelah barang dimuat."""),

("post", "code_reseller", "1111", """DICARI RESELLER & DROPSHIPPER 📢
Kami suplai barang per koli dan per karung langsung dari Port Klang, tanpa perantara.
Reseller dapat harga modal + katalog foto siap posting + grup WA eksklusif.
Syarat: ambil minimal 1 koli di order pertama.
Yang serius saja, DM untuk daftar harga sortiran bulan ini."""),

("comment", "code_regional", "1111", """Bang, monja celana gunung yang kemarin masih ada?
>> Masih ada bang, tinggal 6 lagi ukuran 30-34. Kalau mau saya sisihkan, nanti ambil di kios Pajak Simalingkar. 40rb satu, ambil semua 200."""),

("live", "code_regional", "1111", """Kawan-kawan, malam ini cakar premium baru buka karung, isinya kebanyakan dari Jepang dan Korea.
Ini ada cardigan, Rp35 ribu. Ini celana kulot, Rp30 ribu.
Yang mau, komen "cakar" + nomor. Pengiriman dari Kendari pakai J&T, seluruh Sultra sampai dua hari."""),

("listing", "code_wholesale", "1111", """Jual Goni Campur Tanjungbalai — Isi Kaos, Kemeja, Celana
Satu goni ±45kg, buka di tempat boleh lihat atas.
Harga 2,5jt, ambil 5 goni 11,5jt.
Langganan pedagang pajak se-Sumut.
Alamat gudang: Jl. Sudirman ujung, Tanjungbalai. Hubungi 0813xxxx."""),

("post", "code_market", "1111", """Yang nyari jaket denim Senen, aku nemu kios langganan baru: Kios Bang Ucok, lantai 2 Blok III, deket tangga.
Dia baru bongkar karungan Jepang, jaket Levis 150rb, Lee 120rb, dan ada yg Evisu 300rb.
Tinggal bilang kenal dari postingan ini kali dikasih diskon 😂
#senenthrift #jaketdenim"""),
]
