# Batch 2: illegal records dodging filters, then first legal hard negatives. Hand-written.
ITEMS = [
("listing", "obfuscated_spacing", "1111", """Kemeja Pria B e k a s I m p o r Jepang Size L Bahan Adem
kondisi 90%, kancing lengkap
harga 40k, 3 pcs 110k
barang dr b.a.l yang baru dibuka kmrn, stok terbatas
kirim dari Depok"""),

("post", "leetspeak", "1111", """r3st0ck j4k3t b3k4s k0r3a 🧥🧥
ukuran M-XXL, harga mulai 55rb
s3c0nd 1mp0r, kualitas masih oke semua
toko kami di Tangerang Kota, bisa datang langsung atau order via DM
ssttt jangan di-report ya 🤫"""),

("post", "emoji_code", "1111", """🇯🇵➡️🇮🇩 📦 baru 🔓 hari ini
👕👖🧥 rata² 30k
♻️ bukan 🆕 ya kak, tapi masih 💯 layak
📍 Pasar Senen blok 3 lt 2, kios pojok
DM buat 🎥 detail
⏳ stok 1️⃣ per model, siapa cepat dia dapat 🏃"""),

("listing", "glued_hashtag", "1111", """Jaket Windbreaker Pria Wanita Murah Ukuran Campur
Harga 50rb, kondisi 85%
Barang seken, baru dibongkar dari karung kiriman Korea
#thriftimportmurah #bajusekenkorea #jaketsekenmurah #balpresmurah #thriftbandung"""),

("message", "english_mix_abbrev", "1111", """Hi sis! New arrival ex-JPN 2nd items just landed 🛬
outer, knitwear, pleated skirt, all in good condition
price range 35-90k, bundle 3 items get 10% off
slot terbatas, first come first serve
chat me 0821xxxx for the catalogue"""),

("post", "misspelling", "1111", """Ready baju bekaz improt korea, brg bgs2 lhoo
kaos 20rb, kmeja 30rb, jeket 60rb
brg dr balpress jd ukuran campur, cek foto y
lokasi Cikarang Utara, sm bs kirim"""),

("live", "obfuscated_spacing", "1111", """oke guys kita lanjut ya, ini semua t.h.r.i.f.t dari karung yang baru mendarat
jangan sebut kata yang itu di komen ya, nanti live-nya ditutup lagi wkwk
cukup ketik 'mau' + nomor, jaket 60, kemeja 35
yang baru join, ini barang dari negeri ginseng ya, second semua"""),

("profile", "emoji_code", "1111", """🧺 Toko Jemuran Seberang
🇰🇷🇯🇵 pre-💛 (bukan baru), cuci bersih
📦 buka 🎁 karung tiap Kamis
🛵 COD Surabaya Barat
💬 DM / WA 0857xxxx
⏰ buka 09.00–17.00, Jumat tutup siang buat Jumatan 🕌"""),

("comment", "leetspeak", "1111", """r3ady k4k, y4ng 1tu b3k4s j3p4ng, kondisi 9/10
h4rg4 65 bel0m 0ngk1r
cek k3r4nj4ng d1 pr0f1l ya, n4m4 produknya "outer krem A7"
y4ng w4rn4 n4vy ud4h l4ku t4d1 p4g1, m44f y4 k4k"""),

("post", "glued_hashtag", "1111", """Outfit ngampus seharga sebungkus seblak 😂
Kemeja kotak 25rb, celana cutbray 35rb, tas kanvas 20rb, semua dari lapak @guladuatoko
Mereka jual barang seken bal Jepang, tiap minggu stok ganti
#haulthriftsenen #secondimportjepang #bongkarbal #thriftmurahjakarta"""),

("listing", "english_mix_abbrev", "1111", """Preloved Vtg Denim Jacket ex-USA Sz L Original Levi's Type 3
cond 8/10, minor fading on sleeves (natural wash)
2nd hand from US bale, not repro
IDR 320k nett, no swap
ship from Bandung, ready to send"""),

("message", "misspelling", "1111", """Met pagi ibu2 🙏 ada stok bagus nih, baju sekend inport dr korea, model gamis & tunik
hrg 35rb aja, bsa pilih warna
brgnya br datang dr Batam kmrn sore
yg minat lgsg japri y bu, stok sdkt"""),

("post", "obfuscated_spacing", "1111", """B-A-L J-E-P-A-N-G dibuka malam ini 🔥
isinya k a o s  b a n d, kemeja flanel, celana chino
semua s-e-c-o-n-d, harga 20-50k
live di akun cadangan kami, cek story
lokasi gudang Bogor, ambil sendiri boleh"""),

("live", "emoji_code", "1111", """kak kak, ini yang dari 🇰🇷 ya, masih bau 📦 wkwk
yang 👕 semua 25, yang 🧥 semua 70
ga ada yang 🏷️ ya, semuanya udah pernah dipake orang
komen angka gantungan sama 🙋 nanti aku catat"""),

("listing", "leetspeak", "1111", """Sepatu Running Pria N1ke / Asics 2nd 1mp0rt Thailand
ukuran 41-43, sol masih tebal
harga 120rb/psg, 2 psg 220rb
asli barang b4l, bukan kw, boleh cek di toko
toko: Jl. Raya Bogor km 28, Cimanggis"""),

("post", "english_mix_abbrev", "1111", """sunday thrift drop is LIVE 🌿
all pieces are secondhand, sourced from a Korean bale we opened on Friday
knit vests 45k, cord pants 55k, trench coats 110k
DM to claim, first DM wins, no hold more than 6 hours
pick up at our studio in Kemang or ship anywhere in Indonesia"""),

("message", "glued_hashtag", "1111", """Info aja ya geng, stok kami lengkap:
#bajubekasimport #karunganjepang #monzamurah
Ambil satuan atau per karung bisa, kirim dari Medan
Contoh: kaos 15rb, kemeja 25rb, jaket 55rb
Yang cari buat dijual lagi, ada harga khusus"""),

("comment", "misspelling", "1111", """iyaa kaa ini bekes korae, kondisih bagus bgtt
50rb aja kaa, tinggal 1
klo mau lgsg co ya kaa, aku kirim bsok pagi
sm yg motif bunga jg msh ad 2, dr karung yg sm, 45rb aj klo ambil dua2nya"""),

("post", "obfuscated_spacing", "1111", """Stok c a k a r baru mendarat 😍
blus, rok, celana, semua dari k.a.r.u.n.g yg baru dibuka
harga mulai 15 ribu ji
datang mki di ruko Hertasning, samping warung kopi
ndd tutup sebelum magrib"""),

("profile", "leetspeak", "1111", """th.r1ft_r4y4 🧷
s3k3n 1mp0r korea & jepang
ecer / gr0s1r karung
live tiap rabu 20.00
📍 Jatinegara, Jaktim
⚠️ akun lama kena banned, ini akun baru, follow ulang ya gaes"""),

("message", "english_mix_abbrev", "1111", """Bro stock 2nd bale jkt winter ex-KR udah ready
grade A 40pcs, grade B 60pcs
price grade A 90k/pc, B 50k/pc, take all nego
loc gudang Cakung, bisa liat dulu
fast resp 0896xxxx"""),

("live", "misspelling", "1111", """halo halo yg baru masuk, kita lg bongkar bal jpang yaa
smua baju skend, harga 20 sampe 60
jgn lupa follow dl biar dpt notif live brikutnya
co ketik nama + no gantungan, transfer max jam 12 mlm"""),

("post", "emoji_code", "1111", """Tebak ini dari mana? 🇯🇵 ✅
Udah pernah dipake? ✅
Masih kece? ✅✅✅
Harga? 👉 35k aja
📦 dibuka tiap Senin di lapak kami, Pasar Kebon Kalapa Bandung 🏪
Yang mau dikirim chat aja ya"""),

# ---- legal hard negatives ----
("listing", "hn_new_thrift_style", "1010", """Kemeja Flanel Pria Motif Kotak Vintage Look Bahan Tebal
BARU, bukan bekas, masih dalam plastik + hangtag
Model terinspirasi gaya thrift 90-an, potongan boxy oversize
Produksi konveksi kami sendiri di Bandung
Harga 89rb, tersedia M, L, XL"""),

("post", "hn_new_import", "1011", """NEW ARRIVAL dari Korea ✨
Cardigan rajut baru, tag masih nempel, impor resmi dari Dongdaemun
Harga 185rb, warna cream, sage, dusty pink
Bukan barang second ya kak, semua segel plastik
Order lewat Shopee "Seoul Closet ID" """),

("listing", "hn_own_preloved", "1110", """Preloved pribadi - Blazer Zara wanita ukuran S
Dibeli di Zara Grand Indonesia tahun lalu, dipakai 3x kondangan
Jual karena udah ga muat setelah melahirkan
Harga 180rb, bisa nego tipis
COD sekitar Tebet"""),

("post", "hn_donation", "0110", """Bismillah, kami Remaja Masjid Al-Ikhlas mengumpulkan pakaian bekas layak pakai untuk korban banjir di Kabupaten Bekasi.
Yang dibutuhkan: baju anak, sarung, mukena, selimut.
Mohon dicuci dan dilipat rapi, dimasukkan ke kardus.
Drop point di sekretariat masjid sampai Minggu sore.
Jazakumullah khairan 🙏"""),

("post", "hn_school_church_sale", "1110", """Bazar Amal SD Tunas Harapan 🎈
Sabtu, 14 Juni, jam 7-12 di lapangan sekolah
Ada baju dan sepatu bekas layak pakai sumbangan para orang tua murid, harga 5rb-20rb
Hasil penjualan untuk renovasi perpustakaan
Ajak keluarga ya, ada juga stand jajanan"""),

("listing", "hn_used_vehicle", "1100", """Dijual Honda Vario 125 bekas tahun 2019
Mesin halus, pajak hidup, BPKB di tangan
Eks motor kantor, servis rutin di AHASS
Harga 14,5jt nego
Lokasi Batam Center, bisa lihat unit sore hari"""),

("post", "hn_news", "0111", """Bea Cukai Batam menggagalkan penyelundupan 230 bal pakaian bekas asal Malaysia di perairan Pulau Galang, Selasa malam.
Petugas mendapati kapal kayu tanpa dokumen yang mengangkut karung-karung berisi baju, celana, dan sepatu bekas.
Dua awak kapal diamankan untuk pemeriksaan lebih lanjut.
Barang bukti akan dimusnahkan sesuai ketentuan larangan impor pakaian bekas."""),

("post", "hn_opinion", "0111", """Opini singkat soal thrifting:
Saya paham banyak anak muda suka baju bekas impor karena murah dan unik.
Tapi coba lihat sisi penjahit dan konveksi kecil di kampung kita yang makin sepi order.
Larangan impor pakaian bekas itu bukan soal benci thrift, tapi soal siapa yang menanggung sampahnya dan siapa yang kehilangan kerja.
Belanja lokal, pakai preloved teman sendiri, itu juga bisa gaya."""),

("post", "hn_report", "0111", """Min @cs_marketplace, tolong ditindak akun ini.
Dia terang-terangan jualan "bal bekas Korea grade A, kirim dari Batam" padahal kan dilarang Permendag.
Udah saya report lewat fitur laporan tapi produknya masih tayang.
Screenshot terlampir, link produk saya kirim via DM."""),

("comment", "hn_buyer_question", "0111", """kak mau nanya dong, baju bekas impor yang di Senen itu aman ga sih dipake langsung?
takut ada jamur atau kutu gitu
biasanya kalian cuci pake apa? direndam air panas cukup ga?
makasih yang mau jawab 🙏"""),

("post", "hn_joke_meme", "0111", """Aku: mau hemat bulan ini
Juga aku, jam 8 malem liat live bongkar bal Jepang: "KAK CO NOMOR 12, 15, 21, 33"
Dompet: 💀
Lemari: udah ga muat bang
#relate #curhatanakthrift"""),

("listing", "hn_cardboard_bal", "1100", """Jual kardus bekas per bal (press)
Kardus campur bekas toko & gudang, bersih kering
1 bal ± 80 kg, harga 2.600/kg
Cocok buat pengepul & pabrik daur ulang
Ambil di gudang Sidoarjo, bisa antar min 10 bal"""),

("listing", "hn_majun", "1100", """Kain Majun Perca Bekas Kaos Per Karung 25 kg
Untuk lap mesin bengkel, pabrik, percetakan
Sudah dipotong, tanpa kancing & resleting
Harga 6.000/kg, kirim seluruh Jawa Timur
Hubungi Pak Harno 0812xxxx"""),

("post", "hn_produce_per_karung", "1000", """Panen bawang merah Brebes minggu ini 🧅
Jual per karung 50 kg, kering simpan, siap kirim
Harga hari ini 1,6jt/karung, bisa berubah ikut pasar
Pesanan untuk pedagang pasar induk dilayani
Kontak Mas Darto 0857xxxx"""),

("message", "hn_job_vacancy", "0111", """LOKER: dibutuhkan 2 orang penyortir & penjaga lapak pakaian bekas impor di Pasar Gedebage
Syarat: pria/wanita 18-30 th, jujur, kuat angkat karung
Gaji UMR + makan siang
Kirim CV ke email tokoaris(at)mailku.id
Tidak dipungut biaya apapun"""),
]
