# Illegal records, part 2: more code words / geography, then filter dodging.
RECORDS = [
("message", "code_route", "1111", """Kapal dari Batam sandar Kamis, muatan 80 koli campur.
Yg sudah DP aman, yg belum sisa 12 koli.
Isi: blazer, kemeja kantor, rok span. Harga tetap 1,7/koli, ongkos bongkar muat tanggung sendiri.
Ambil di gudang Tanjungpinang atau titip ekspedisi ke Jambi."""),

("profile", "code_regional", "1111", """Babebo Pasar Kapasan 🛍
(baju bekas bos, yang ngerti ngerti aja 😉)
Stok karung tiap minggu, pilihan celana & jaket.
Buka 7 pagi - 3 sore, Sabtu rame, Minggu libur.
Ecer boleh, grosir makin murah."""),

("post", "code_regional", "1111", """Roma ready gan, baru turun dari kontainer semalam 📦
Hem lengan panjang 15rb, celana chino 25rb, jaket parka 60rb.
Lokasi lapak Pasar Inpres Manonda, Palu. Datang langsung, ga layani kirim.
Nanti sore bongkar koli kedua."""),

("listing", "code_wholesale", "1111", """Sortiran Jaket Gunung Per Kilo
Hasil pilih dari karung Korea, tinggal gantung.
100rb/kg, min order 10kg (±12-15 pcs).
Yang mau ambil 1 karung utuh belum sortir: 4,8jt.
Barang di Bandung, bisa COD di Gedebage hari Rabu & Sabtu."""),

("post", "code_regional", "1111", """Burjer alias buruan jerek 😂 hari ini bongkar dua karung di Pasar Cimol Gedebage, lapak Kang Dadan no. 45.
Isina kaos oblong, kemeja flanel, sareng jaket jins. Harga mimiti 15 rebu.
Sok gera ka dieu saméméh béak, abdi nyandak saurang tiasa milih heula."""),

("message", "code_reseller", "1111", """Halo kak, kami buka kemitraan lapak obok-obok 👋
Modal 3jt udah dapat 2 karung campur (±90kg) + terpal + papan harga "semua 10rb".
Barang dikirim dari gudang Belawan, sampai 3-5 hari.
Cocok buat pasar malam atau CFD. Mitra kami sudah 120 lebih se-Sumatera & Jawa."""),

("live", "code_market", "1111", """Ini barang Kebon Kalapa yaa, langsung dari karung yg baru dibuka pagi ini.
Sweater rajut, 35rb. Kemeja corduroy, 45rb. Celana gunung, 60rb.
Aku belanja tiap Selasa di sana, jadi setiap Selasa malam live di sini.
Mau yang mana? Ketik kode barangnya, nanti aku rekap."""),

("post", "code_regional", "1111", """Barang RB (rombeng) dari Nunukan sampai di Makassar ✅
Isi koli: jaket anak, sweater, celana jeans cewek.
Harga jual per koli 1,5jt, ecer di lapak Pasar Toddopuli mulai 10rb.
Barang dari Tawau ini biasanya lebih bersih, cocok dijual lagi.
Chat Puang Ani 0822xxxx."""),

("listing", "code_bale_grade", "1111", """[REAL PICT] Bal Tas Wanita Grade A Campur Merk
Isi 120-150 pcs, 1 bal 45kg.
Potensi omzet 7-10jt kalau dijual ecer.
Harga 4,2jt, kirim via kargo laut ke Kalimantan & Sulawesi.
Note: grade A artinya 80% layak jual, sisanya minus ringan."""),

("comment", "code_route", "1111", """@tokohana19 kalau mau ambil koli dari aku, kirim lewat Dumai aja kak lebih cepat. Satu koli kemeja 35kg 1,6jt.
Minggu lalu ada 4 orang dari Padang ambil, semua puas. Chat aku di WA yang di bio ya."""),

# --- dodging the filters ---
("listing", "dodge_spaced", "1111", """B.a.l.p.r.e.s jaket k0rea ready 🔥
Isi campur hoodie, bomber, puffer. Kondisi 2nd tapi mulus.
1 bal 11jt, bisa split ½ bal.
Jgn tanya "ini baru?" ya kak, jelas s3k3n 😂
Chat aja yg serius."""),

("post", "dodge_leet", "1111", """b4ju b3k4s 1mp0r masuk lagi bestie 😍
kemeja, kaos, blazer, semua dari j3p4ng
harga 20-80rb, kirim seluruh indo
cek katalog di link bio atau DM
#t.h.r.i.f.t #jajanbaju #preloveds"""),

("listing", "dodge_emoji", "1111", """🇯🇵➡️🇮🇩 Kemeja Flanel ♻️ Pilihan
Dari 📦 besar, pilih satu2, sudah 🧼 dan 👃 wangi.
💸 35rb/pcs, 3 pcs 💯rb
📍 Surabaya, kirim ke mana aja 🚚
♻️ = bukan baru ya kak, udah pernah dipake orang sana."""),

("post", "dodge_hashtag", "1111", """Restock hari Kamis jam 7 malem!! 🛍️
40 kemeja, 25 celana cargo, 15 jaket. Semua ex Jepang sama Korea, kondisi 85% up.
DM buat keep, ga pake lama.
#thriftimportmurah #balpresjepang #secondkoreaori #thriftshopjakarta"""),

("profile", "dodge_abbrev", "1111", """KLOSET 2ND | ex-JPN ex-KR ex-US
pre-owned apparel, hand picked from bales 📦
restock every Fri 20.00 WIB
ship from Malang | shopee & tokped: kloset2nd
no refund, read captions carefully"""),

("message", "dodge_misspell", "1111", """Reddy bal pres baju imfor, isi kemeja cowo, kaoz, jakett.
Harga 1 bal 6,5 jt nego tipis, bisa kirim ke seluruh indonesaa.
Barang aman sudah sampai gudang, tinggal kirim.
Minat wa 0812xxxx, gak melayani yg cuma nanya2."""),

("live", "dodge_english", "1111", """Okay guys welcome to the live! Tonight we're opening a fresh bale from Japan, full of vintage denim jackets 🔥
Prices start at 120k, first come first serve.
Type "claim" plus the number, pay within 1 hour.
Pengiriman dari Jakarta, international shipping sorry not available ya."""),

("listing", "dodge_spaced", "1111", """S e k e n   K o r e a  - Hoodie & Sweatshirt
Baru buka k a r u n g, isi 70 pcs, tinggal 52.
Harga 45-90rb, bebas pilih.
Kalo mau liat video isi karungnya DM aja ya, aku kirim.
Pengiriman dari Bogor tiap hari jam 3 sore."""),

("post", "dodge_codeword", "1111", """Ada yang nyari "baju BJ" (bekas jepang) wkwk?
Barusan masuk 2 ba-l, isinya kemeja uniqlo, muji, gu. Harga 40rb-an.
Jangan ditulis lengkap di komen ya, nanti postingannya ilang 🙏
Order lewat DM, kirim dari Tangerang."""),

("comment", "dodge_leet", "1111", """kak ini barangnya dr bal ya? iya kak dr b4l j3p4ng, br bngkr kmrn 😁
harga 55rb kak, lgsg co aja di link yg di bio, nnti aku kirim besok pagi. bisa cod jakut."""),

("listing", "dodge_title_stuffed", "1111", """Jaket Parka Pria Wanita Preloved Vintage Ex Jepang Japan Thrift Import Murah Original Bukan KW Grade A Second Korea Unisex
Kondisi 90%, bekas pakai, dari bal Jepang.
Lingkar dada 112, panjang 74.
Harga 135rb, stok 1.
Cek etalase untuk pilihan lain."""),

("post", "dodge_emoji", "1111", """🧥🧥🧥 dari 🇰🇷 baru nyampe 📦📦
udah dipake orang sebelumnya tapi masih 💯 kondisinya
💰 mulai 50k
📲 DM / klik 🔗 bio, 🚚 dari Cirebon tiap hari kecuali 🕌 Jumat
#thr1ft #2ndhand #🇰🇷"""),

("message", "dodge_abbrev", "1111", """[BC] Bos2ku, stok blpr ex-SG udh msk gdg Batam.
Kmj 5,5 / kaos 4 / jkt 9 (per bal, jt).
Yg mau amankan slot kapal minggu dpn, tf DP 30% ke rek yg biasa.
Tnya2 lgsg japri aja, jgn di grup."""),

("listing", "dodge_misspell", "1111", """Sepatu Secon Inport Korea Orisinil
Merk Nike, Adidaz, Puma, Fila. Kondisi 80-90 persen, sol msh tebel.
Harga 150rb smua ukuran.
Barang dari karungan, dicuci ulang sblm dikirim.
Toko di Palembang, kirim ke seluruh nusantara."""),

("post", "dodge_english", "1111", """Just dropped: 30 pcs vintage crewnecks straight from a US bale 🇺🇸
All pre-loved, some with cracked prints (that's the charm lol).
Price: 85k - 150k IDR. Shopee "oldsoul.supply" or DM to order.
Jakarta-based, we ship nationwide.
#vintagecrewneck #usbale #thriftindonesia"""),

("listing", "dodge_spaced", "1111", """T.h.r.i.f.t   i.m.p.o.r   ready 🫶
Rok plisket, blouse, kulot — kondisi second like new.
15 pcs random 300rb (cocok buat reseller pemula).
Sumber barang dari k.a.r.u.n.g Korea, jadi gak bisa pilih motif.
Kirim dari Semarang."""),

("comment", "dodge_codeword", "1111", """Buat yg nanya "barang M" di story kemarin, iya itu maksudnya monja 😅
Masih ada 3 jaket ukuran L, 90rb aja, ambil di Pajak Sambu atau aku kirim.
Balas komen ini aja nanti aku DM."""),

("post", "dodge_leet", "1111", """P0 j4st1p bongkar b4l di Pasar Senen tiap Sabtu! ✈️
Aku datengin kiosnya, aku videoin isinya, kamu tinggal pilih.
Fee jastip 10rb/pcs di luar harga barang.
Barang s3c0nd imp0r ya, bukan baru. Slot minggu ini 20 orang."""),

("listing", "dodge_abbrev", "1111", """2nd JPN Kids Clothes | Baju Anak Ex Jepang 1 Paket 20 pcs
Umur 1-6 th, campur cewe cowo.
Harga 250rb/paket (12,5rb/pcs).
Bkn baru ya bun, tp layak pakai smua, sdh dicuci.
Kirim dr Sidoarjo."""),

("message", "dodge_english", "1111", """Hi sis, we have new arrival dari UK: preloved branded dresses, M&S, Next, Topshop 🇬🇧
Each piece already washed & steamed. Price 95k, buy 3 get free shipping.
Open PO restock from the next bale, DP 50%. Let me know kalau mau aku kirim catalog ya!"""),

("post", "dodge_hashtag", "1111", """Kemeja oversize warna pastel, kondisi mulus, ada 12 pcs lagi di lapak kami.
35rb aja, COD Bekasi Timur bisa.
Barang dari karung yang kemarin dateng.
#bajubekasimpor #ballpresskorea #thriftbekasi #secondimportmurah"""),

("live", "dodge_codeword", "1111", """Oke yang baru gabung, ini barang "BK" ya, yang ngerti pasti ngerti 😎 Bukan baru.
Malam ini buka 2 karung sweater dari negeri sakura, 40rb flat.
Sebut nomornya di komen, nanti admin rekap, bayar via e-wallet.
Jangan sebut nama barangnya di komen ya, nanti live kita di-takedown lagi."""),

("listing", "dodge_emoji", "1111", """👖 Jeans 2nd 🇺🇸🇯🇵 Levis / Lee / Edwin
📦➡️✂️ dari bal, dipilih yang ga sobek
💵 85rb - 175rb
📏 W28-W36, DM buat ukuran pas
🚚 Kirim dari Solo, sameday Soloraya."""),
]
