# Batch 3: illegal, dodging the filters. Hand-written.
RECORDS = [
("listing", "dodge_spacing", (1, 1, 1, 1), """K3meja b3k4s 1mp0r Jepang – ready banyak ukuran
Kondisi rata-rata 85-90%, sudah laundry wangi.
1 pcs 25k, 3 pcs 65k.
Jgn tny "baru atau bkn" ya kak, udah jelas di judul 🙏
Kirim dari Bogor tiap hari kecuali Minggu."""),

("post", "dodge_spacing", (1, 1, 1, 1), """t.h.r.i.f.t d.r.o.p malem ini jam 8 🌙
isinya jaket & outer dari b-a-l korea, kondisi mulus.
harga 40-120k, order cuma via DM.
kenapa nulisnya gini? biar ga ke-take down lagi akunnya wkwk
share ke temen yang lagi nyari outer murah!"""),

("post", "dodge_hashtag", (1, 1, 1, 1), """Kemeja linen oversize warna sage, pas buat ngampus 🌿
LD 120, panjang 76, ada noda kecil di saku (lihat slide 3).
Harga 38k aja, first come first serve.
#thriftimportmurah #bajubekasjepang #secondkorea #preloveimport #thriftbandung"""),

("listing", "dodge_abbrev", (1, 1, 1, 1), """Jaket Parka 2nd ex-JPN Sz L Kondisi 8/10 Ori
Brand: Uniqlo, warna olive, resleting normal, ada pudar dikit di lengan.
Brg 2nd dr bal, bkn baru, bkn reject.
Harga 95rb, nego dikit boleh.
Kirim dr Surabaya, packing aman pake bubble."""),

("post", "dodge_emoji", (1, 1, 1, 1), """🧥👕👖 dari 🇯🇵🇰🇷 ➡️ sampai di lapak kita 🛳️📦
🔁 bukan 🆕 ya kak, semua udah pernah dipake orang sana
💰 15k – 75k
📍 Gedebage, kios 'Ceu Imas'
📩 DM buat pesan, bisa kirim 🚚"""),

("comment", "dodge_misspelling", (1, 1, 1, 1), """iya kak ready, itu trif impot korea asli, bekaz pakai tp masih bagus bgt.
ukuran all size muat sampe 70kg.
harga 35 blm ongkir, transfer dulu baru kirim ya.
cek tokoku aja kak nama nya @pinkcloset_trif"""),

("message", "dodge_english_mix", (1, 1, 1, 1), """Hi sis! Our new batch of preloved items from Japan is ready 💕
Semua secondhand, imported, udah di-wash & steam.
Price range 50-150k, sizes S-L mostly.
Kalo mau early access before we post publicly, reply "IN" ya.
Slots cuma 20 orang, first reply first serve."""),

("listing", "dodge_spacing", (1, 1, 1, 1), """B A L P R E S S  celana jeans – 1 bal ± 110 pcs
Isi j e a n s campur pria wanita, asal luar negeri, s e k e n.
Hrg 3,4 jt / bal, bisa kirim kargo.
Tulisan dipisah biar postingan aman ya gan, paham lah.
Serius order PM aja."""),

("post", "dodge_emoji", (1, 1, 1, 1), """Yang nyari 🧥 ❄️ murah buat ke Jepang/Korea tapi ga mau beli 🆕…
Aku ada stok 🔙♻️ dari 📦 yang baru dibuka kemarin.
Parka, puffer, long coat, 60–180k.
Semua dari luar 🌏, kondisi bagus, udah laundry.
DM aja ya, ga bisa tulis detail di sini 🤫"""),

("live", "dodge_abbrev", (1, 1, 1, 1), """LIVE skrg!! brg 2nd imp dr KR & JP, baru bongkar 1 bl.
ketik kode + "ambil" di komen, contoh: A12 ambil.
kaos 20, kemeja 30, jaket 60-an.
rekap abis live, bayar max 2 jam.
yg cancel2 mulu ga dilayani lg ya 🙏"""),

("listing", "dodge_misspelling", (1, 1, 1, 1), """Baju Tripting Impor Murah Meriah – Blous Wanita Bekaz Korea
Motif macem2, bahan adem, ga ada yang sobek.
Harga 18rb per biji, ambil 10 jadi 160rb.
Kami reseller dari gudang Bandung, barang selalu baru datang tiap minggu.
Yuk di cekout sebelum keabisan."""),

("post", "dodge_hashtag", (1, 1, 1, 1), """Sweater rajut abu, bahan wol campur, hangat banget buat yang tinggal di Malang atau Bandung 🥶
Ada sedikit pilling, sisanya oke.
Rp45.000 — lokasi Malang, bisa COD UB.
#balkorea #thriftbal #secondjepang #bekasimpormurah #ootdthrift"""),

("profile", "dodge_english_mix", (1, 1, 1, 1), """✨ Sekon Hand Story ✨
curated secondhand from Japan & Korea | not new, not reject
restock every Thursday 7PM WIB
based in Jaksel, ship nationwide 🇮🇩
DM for order, no COD, no keep lebih dari 1x24 jam"""),

("comment", "dodge_spacing", (1, 1, 1, 1), """ka mau tanya yg ini sk3n atau baru?
→ balasan toko: s3k3n kak, dari b@l korea yang kami bongkar minggu lalu. kondisi 90%. kalau mau langsung checkout aja, stok tinggal 2 warna, hitam sama cream."""),

("post", "dodge_code_phrase", (1, 1, 1, 1), """Barang "pulang kampung" dari negeri ginseng baru mendarat 😉
Kalian pasti ngerti maksudnya, udah dipake sama oppa-oppa di sana hehe.
Isi: kemeja, coat, celana bahan. Harga 30–110rb.
Order lewat WA 0812xxxx atau DM.
Jangan di-report ya, kita cari makan juga 🙏"""),

("listing", "dodge_abbrev", (1, 1, 1, 1), """Sptu 2nd Imp Ori Adidas Samba Sz 41 – Ex Korea
Kondisi 7/10, sol msh aman, insole udh diganti.
Bkn repaint, bkn KW, asli brg bks dr karungan.
Hrg 275rb, net.
Lokasi Semarang, kirim tiap hr."""),

("message", "dodge_english_mix", (1, 1, 1, 1), """Sis, I just opened 2 bales from Korea hari ini 😍
Ada beberapa cardigan & dress yang kayaknya cocok sama style kamu.
Aku fotoin ya, harga special buat langganan: 40k each.
Kalau mau di-keep bilang aja, aku simpen sampai besok siang.
Used semua ya sis, tapi clean banget."""),

("post", "dodge_emoji", (1, 1, 1, 1), """👟👟👟 seken dari 🇯🇵 baru sampai via ⛴️ Batam
sz 38–44 campur, brand macem-macem
💸 150k–400k
cek katalog di highlight 'SHOES' 👀
yang serius aja ya, 🚫 PHP"""),

("listing", "dodge_spacing", (1, 1, 1, 1), """Kaos Band V1nt4ge ORI – bek*s imp*r USA
Metallica tour tee, ukuran XL, sablon retak natural.
Ini barang asli ex luar, bukan sablon ulang.
Harga 210rb, no nego.
Cek foto tag di slide terakhir."""),

("comment", "dodge_misspelling", (1, 1, 1, 1), """buat yang nanya di mana beli kemeja yg aku pake di video: itu dari @lapak.twrift.sby, mereka jual baju bekaz impor jepang, harga 20rban.
bukan endorse ya, aku beli sendiri.
biasanya mereka update stok tiap malam jumat."""),

("post", "dodge_hashtag", (1, 1, 1, 1), """Celana cargo army ukuran 32, bahan ripstop tebal, cocok buat naik gunung ⛰️
Masih kokoh, cuma warnanya udah agak pudar.
Harga 55rb aja, chat kalau minat.
#ballpressmurah #karunganimport #bajubekasimpor #thriftcargo"""),

("live", "dodge_english_mix", (1, 1, 1, 1), """Okay guys, welcome to our live! Tonight kita unboxing Japan bale nomor 3 🎉
Semua items preloved, imported, dan belum pernah dibuka sebelumnya.
Kalau suka, comment "mine" + nomor item.
Harga 35k sampai 120k, checkout lewat keranjang kuning.
Stay sampai akhir, ada item rare dari brand Jepang!"""),

("message", "dodge_code_phrase", (1, 1, 1, 1), """[BC] Barang "BB" (baju B@tam, paham kan) sudah masuk gudang, sortiran kaos & kemeja A dan B.
Yang biasa ambil per kilo silakan konfirmasi jumlah.
Harga tidak naik: A 58/kg, B 32/kg.
Tidak terima tanya-tanya asal barang di grup, japri saja.
Pengambilan di gudang Cikarang mulai Senin."""),
]
