# Longform, illegal offers (all four elements 1). Part C. Each text written by hand.
# Tuple: (kind, category, text)

R = [
# ---- bale_grade_wholesale ----
("listing", "bale_grade_wholesale", """PRICE LIST BAL MINGGU INI 📋
🇰🇷 Korea campur grade A (±200pcs) : 9,5jt
🇰🇷 Korea kemeja grade B : 6,8jt
🇯🇵 Jepang jaket grade A (±120pcs) : 14jt
🇯🇵 Jepang kaos anak : 7,2jt
🇹🇭 Thailand mix AB : 5jt
Semua isi second/bekas pakai, sortiran kepala-badan dijelaskan di video.
Ongkir dihitung per kg dari gudang Bekasi."""),

("listing", "bale_grade_wholesale", """Karungan 50kg - cocok buat lapak pemula
Isi: baju bekas impor campur (atasan wanita, kaos pria, celana anak)
Grade: campur (ada kepala, badan, kaki)
Harga: 2,6jt/karung, ambil 3 karung 7,5jt
Rasio bagus biasanya 60-70%, sisanya bisa dijual kiloan.
Tidak bisa pilih isi, namanya juga karungan 😁"""),

("post", "bale_grade_wholesale", """Buat yang masih bingung istilah:
KEPALA = barang terbaik di bal, branded, mulus
BADAN = layak jual, merk biasa
KAKI = yang murah, ada minus
Nah kami jual bal sudah disortir kepala aja, isi 100 pcs jaket second Jepang, 12,5jt.
Bal badan 6jt. Kaki jual kiloan 25rb/kg.
Minat? chat admin."""),

("listing", "bale_grade_wholesale", """Bal UK (Inggris) isi coat & sweater
Berat: 100kg (±130 pcs)
Kondisi: second, grade A/B
Harga: 8,7jt
Bonus: 5kg sisa sortir
Pengiriman dari gudang Batam ke seluruh Indonesia, estimasi biaya sesuai ekspedisi"""),

("post", "bale_grade_wholesale", """Ecer kiloan baju bekas impor 🧺
Korea mix: 70rb/kg
Jepang mix: 95rb/kg
Anak-anak: 60rb/kg
Min ambil 5kg, boleh pilih sendiri kalau datang ke gudang (Cikarang).
Mau per bal juga ada, harga beda, tanya aja."""),

("listing", "bale_grade_wholesale", """BAL SEPATU SECOND KOREA
Isi ±80 pasang, campur pria/wanita
Merk: Nike, Adidas, Fila, Puma, sisanya random
Grade A, sol rata2 masih 70% ke atas
Harga 10,5jt, ambil 2 bal 20jt
Video buka bal bisa minta sebelum transfer"""),

("listing", "bale_grade_wholesale", """Half bale / setengah bal Jepang 🌸
Buat yang modal belum cukup 1 bal
Isi: cardigan & blus wanita second, ±90pcs
Grade A- (ada 10% minus ringan)
Harga: 5,9jt
Bisa bayar 2x, DP 3jt dulu"""),

("post", "bale_grade_wholesale", """Stok koli ready:
- Koli A: 45kg jaket second Eropa, 4,9jt
- Koli B: 45kg kaos band & vintage US, 6jt
- Koli C: 45kg campur anak Korea, 2,7jt
Semua pernah dipakai, kondisi dijelaskan jujur.
Kirim dari Surabaya, bisa kargo laut ke Kalimantan & Sulawesi."""),

("listing", "bale_grade_wholesale", """Bal tas second Jepang 🇯🇵
isi 70-90 tas (sling, tote, backpack, clutch)
merk campur, ada Coach/Longchamp nyelip
grade A: 9jt | grade B: 6jt
pembayaran full sebelum kirim, ada invoice"""),

("post", "bale_grade_wholesale", """Reseller nanya terus soal "bal premium" 😅
Jadi gini: bal premium kami itu bal Korea second yang isinya 90% branded (Uniqlo, Zara, H&M, Nike dll)
Harga 11jt per 100kg
Bal standard 7jt
Bal ekonomis 4,5jt
Silakan pilih sesuai modal & target pasar."""),

# ---- reseller_recruitment ----
("post", "reseller_recruitment", """📢 OPEN RESELLER THRIFT IMPOR 📢
Mau jualan tapi ga punya modal beli bal?
✅ Ambil per 10 pcs aja, harga reseller 18rb/pcs
✅ Foto katalog dikasih, tinggal posting
✅ Barang second Korea & Jepang pilihan
✅ Grup WA khusus reseller, info stok tiap hari
Daftar: komen "RESELLER" atau DM kami"""),

("post", "reseller_recruitment", """Kisah nyata: aku mulai dari 1 karung baju bekas impor 2,5jt, sekarang udah punya 3 lapak 🥹
Makanya aku buka program mentoring + supply bal buat kalian yang mau mulai.
Paket 1: 1 karung + mentoring 1 bulan = 3,5jt
Paket 2: 1 bal Korea + setup live + mentoring = 10jt
Kuota terbatas, daftar lewat link di bio."""),

("post", "reseller_recruitment", """DICARI DROPSHIPPER 🔥
Jual pakaian second impor tanpa stok, tanpa modal
Kami yang packing & kirim atas nama tokomu
Keuntungan 15-50rb per item
Syarat: punya akun marketplace/TikTok aktif
Hubungi admin Rina 0811xxxx (chat only)"""),

("post", "reseller_recruitment", """Buat ibu-ibu yang mau tambah penghasilan dari rumah 👩‍👧
Kami cari agen cakar di setiap kecamatan di Sulsel.
Barang kami kirim per karung, ibu jual di rumah atau di pasar.
Harga agen lebih murah 30% dari harga lapak.
Bisa bayar setelah barang laku sebagian (khusus agen lama).
Info: DM atau datang ke gudang Daya."""),

("post", "reseller_recruitment", """Lowongan mitra lapak thrift (Jateng & DIY) 🤝
Kami suplai awul-awul/bal second impor, kamu yang jualan di pasar malam / sekaten / CFD.
Sistem bagi hasil 60:40 atau beli putus.
Pelatihan sortir & pricing gratis.
Minat hubungi Mas Danu di nomor yang ada di poster."""),

("post", "reseller_recruitment", """Hai kak, kamu suka thrifting? Kenapa ga sekalian jualan? 😍
Kami supplier baju second Korea, bisa ambil mulai 1/4 bal.
Bonus: template caption, preset foto, dan cara live biar ga kena banned.
Reseller aktif dapat prioritas bal grade A.
Join grup lewat link di bio, gratis."""),

("message", "reseller_recruitment", """Assalamualaikum kak, perkenalkan saya Wulan dari Gudang Sakura Thrift.
Kami lihat akun kakak sering posting outfit thrift, ramai juga yang like.
Kami tawarkan kerja sama reseller: kakak ambil baju bekas impor Jepang dari kami harga 20rb/pcs, kakak jual 45-60rb.
Kalau mau, kami kirim sampel 5 pcs dulu, bayar setelah laku.
Ditunggu balasannya ya kak 🙏"""),

("post", "reseller_recruitment", """Open agen roma di Kaltim-Kaltara 🙌
Barang seken Malaysia dari Tawau, kami antar sampai Samarinda.
Harga agen: 1,7jt per karung 50kg
Minimal order 3 karung untuk agen baru
Chat admin untuk daftar, sertakan lokasi lapak."""),

("post", "reseller_recruitment", """Reseller bal wanted! 📣
Sistem: kamu ambil setengah bal / satu bal, kami bantu bongkar live di akun kami dan jual atas nama kamu
Hasil penjualan langsung masuk rekeningmu dikurangi fee 10%
Cocok buat yang ga pede live sendiri
Bal tersedia: Korea, Jepang, US vintage"""),

# ---- live_bongkar_bal ----
("live", "live_bongkar_bal", """🔴 LIVE MALAM INI JAM 20.00 🔴
BONGKAR BAL JEPANG isi jaket & coat (second)
Harga start 35rb, ada yg 100rb untuk branded
Cara ikut:
1. Ketik nomor barang yang ditunjuk host
2. Checkout di keranjang kuning maksimal 15 menit
3. Kalau ga checkout, barang dilepas ke yang lain
Jangan lupa share live biar makin rame 😍"""),

("live", "live_bongkar_bal", """Bund, malam Jumat kita buka karung Korea isi baju anak second 👶
Harga 10-25rb aja
Ada ukuran bayi sampai 10 tahun
Jam 7 malam, live di IG & TikTok barengan
Yang mau keep ketik "KEEP + nama", bayar sebelum jam 12 malam"""),

("live", "live_bongkar_bal", """BUKA BAL DADAKAN 🚨
Bal US vintage isi kaos band & kaos olahraga second baru datang sore ini.
Langsung live jam 9, jangan tidur dulu ya.
Harga 50rb - 300rb tergantung tag & tahun.
Ketik "GAS" untuk ambil, siapa cepat dia dapat."""),

("live", "live_bongkar_bal", """Live Senin & Kamis jam 4 sore 📅
Tiap live kita bongkar 1 bal second impor di depan kamera, no setting.
Kalian bisa lihat kondisi barang langsung, minus ditunjukin.
Pembayaran lewat keranjang, pengiriman besok pagi.
Minggu ini: Senin bal Korea kemeja, Kamis bal Jepang hoodie."""),

("live", "live_bongkar_bal", """Dinda lagi live nih! 🎥
Kita lagi buka goni isi gamis & tunik second dari Malaysia
Yang dari tadi nanya: iya, ini barang bekas, tapi dipilihin yang masih bagus
Harga flat 30rb
Ketik angka di kolom komen, aku catat namanya
Close keep jam 10"""),

("live", "live_bongkar_bal", """[LIVE] Buka karung cakar part 4 🔥
Isi: celana panjang pria, jeans, chino, cargo
Harga: 20rb - 45rb
Cara order: komen "CAKAR + nomor", transfer ke rekening yang disebut host
Kirim ke seluruh Sulsel hari Selasa"""),

("live", "live_bongkar_bal", """Hari ini live spesial 1 jam 🔔
Bongkar 2 bal sekaligus: 1 bal Jepang isi sweater, 1 bal Korea isi blus
Jam 13.00 WIB
Promo: checkout 3 barang gratis ongkir
Barang second semua ya, kalau mau baru jangan di sini 😁"""),

("live", "live_bongkar_bal", """Malam minggu tetep kerja 😂
Live bongkar ballpress isi sneakers second jam 8
Size 36-45, merk campur
Harga start 90rb
Ketik "SIZE + nomor" buat nanya ukuran
Yang menang keep wajib bayar dalam 1 jam"""),

("live", "live_bongkar_bal", """LIVE monza jam 7 malam ini di FB 🎬
Kita buka bal baru dari Tanjungbalai isi jaket kulit & jaket jins
Harga start 60 ribu
Ketik "JADI" + nomor kalau mau, nanti admin inbox
Pengiriman ke luar Medan pakai JNE"""),

("live", "live_bongkar_bal", """Live hari ke-100 🎉 makasih semua yang udah setia nonton bongkar bal tiap malam
Spesial hari ini: bal kepala Jepang, isi branded semua (second)
Harga lelang mulai 25rb, kelipatan 5rb
Pemenang bayar max 30 menit
Mulai jam 20.30, nyalakan notif!"""),
]
