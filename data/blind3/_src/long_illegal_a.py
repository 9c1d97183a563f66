# Longform, illegal offers (all four elements 1). Part A. Each text written by hand.
# Tuple: (kind, category, text)

R = [
# ---- plain_offer ----
("listing", "plain_offer", """JAKET BEKAS IMPOR JEPANG - PILIHAN
Kondisi: second, sudah dicuci & disetrika uap
Merk campur: Uniqlo, Muji, GU, kadang nyelip Columbia
Ukuran: M sampai XXL (ukuran Jepang, pilih 1 size lebih besar)
Harga: 65rb/pcs, ambil 3 jadi 180rb
Kirim dari Tangerang via JNE/J&T, packing plastik + bubble
Minus kecil (noda/benang lepas) selalu kami foto, jadi jangan takut zonk"""),

("listing", "plain_offer", """Dijual celana jeans bekas impor (USA & Korea)
- Levi's 505, 511, 550 mulai 120rb
- Wrangler & Lee 90rb
- Merk random 45rb
Semua second ya kak, bukan baru. Ada yg fading alami, ada yg masih gelap.
Ukuran pinggang ditulis di foto, ukur sendiri biar pas.
Bisa COD area Depok-Cibubur, luar kota transfer dulu."""),

("post", "plain_offer", """Assalamualaikum ibu-ibu komplek 🙏
Saya buka lapak kecil di teras rumah, jualan baju bekas impor Korea & Jepang.
Ada daster, gamis, blus kantor, baju anak.
Harga 10rb - 40rb, kualitas masih bagus, udah saya rendam & cuci semua.
Buka tiap sore jam 4 sampai maghrib, Blok F no 21.
Yang mau titip cariin ukuran tertentu boleh WA 0821xxxx"""),

("listing", "plain_offer", """Coat & trench coat second import
Asal: Jepang dan Korea (bekas pakai, kondisi 80-95%)
Cocok buat yang mau winter trip ke Korea/Jepang/Eropa, daripada beli baru mahal.
Harga 150rb - 350rb tergantung bahan (wool, cashmere blend, polyester)
Foto detail & label bahan ada di album.
Tidak terima retur karena barang second, tanya sepuasnya sebelum bayar ya."""),

("message", "plain_offer", """[Broadcast]
Halo kak, stok minggu ini sudah masuk:
👕 Kemeja flanel second Korea 35rb
👖 Celana chino second Jepang 45rb
🧥 Hoodie second campur 55rb
👟 Sepatu second impor mulai 110rb
Semua barang bekas pakai pilihan, bukan reject.
Balas BC ini dengan kode barang di katalog ya, kami keep 1x24 jam."""),

("listing", "plain_offer", """Sepatu Second Original Impor Korea
Nike Air Force 1 size 42 - 275rb (sol 80%, upper ada creasing)
Adidas Stan Smith size 40 - 230rb
New Balance 574 size 43 - 260rb
Converse CT70 size 41 - 210rb
Semua sudah deep clean. Bekas pakai, jadi wajar ada tanda pemakaian.
Lokasi Surabaya, bisa kirim seluruh Indonesia."""),

("post", "plain_offer", """Stok pakaian bekas luar negeri datang lagi ya saudara2 😊
Kali ini banyak baju kerja wanita, blazer dan rok span, cocok buat yang baru masuk kantor.
Ada juga sweater rajut musim dingin dari Korea, tebal2.
Harga 20 ribu sampai 75 ribu.
Bisa dilihat langsung ke rumah di Jl. Flamboyan, Sidoarjo, atau lihat foto di album FB.
Pembayaran cash atau transfer, tidak bisa kredit 🙏"""),

("listing", "plain_offer", """Tas Branded Second Ex Jepang - READY
1. Longchamp Le Pliage, bekas pakai, sudut agak kusam - 350rb
2. Coach sling kulit, ada goresan halus - 480rb
3. Kate Spade tote, lining bersih - 420rb
4. Tas kanvas Porter, strap aman - 300rb
Semua asli, diambil langsung dari karungan Jepang, bukan KW.
Free ongkir Jawa untuk pembelian 2 tas."""),

("post", "plain_offer", """Kemeja kerja bekas impor buat bapak2 yg males ke mall 😁
Bahan katun & linen, merek Jepang-Korea, lengan panjang & pendek
Harga 25rb, 5 potong 110rb
Ukuran M-XL (ukuran Asia), foto ukuran di komen
Kirim pakai kurir lokal Semarang, luar kota pakai JNT"""),

("listing", "plain_offer", """Jersey sepak bola second import (Eropa & Jepang)
• J-League Kawasaki Frontale home, ada nama & nomor - 180rb
• Bundesliga random club, size L - 150rb
• Jersey training Italia, warna biru pudar - 95rb
Bekas pakai asli, bukan replika pabrik.
Nego tipis di DM. Bandung bisa COD di Dago."""),

# ---- evasive_spelling ----
("listing", "evasive_spelling", """r3ady b@l j3p4ng 🇯🇵
1s1 j4k3t & c0at, s3k0nd s3mu4
gr4d3 A, ±140 pcs
h4rg4 d1 DM y4 b0s, bs k1r1m s3lur0h 1nd0
b1s4 c1c1l 2x bu4t l4ngg4n4n l4m4
n0 t1puu, t3st1 d1 h1ghl1ght"""),

("post", "evasive_spelling", """Kak yang nanya kemarin: iya, ini b.e.k.a.s i.m.p.o.r semua ya 😅 (biar ga ketangkep sistem)
Stok:
- k.e.m.e.j.a 30rb
- c.e.l.a.n.a 40rb
- j.a.k.e.t 60rb
Dari k.a.r.u.n.g K.o.r.e.a, dibuka tadi pagi.
Cek out lewat link yg aku share di story ya"""),

("listing", "evasive_spelling", """THR1FT 1MP0R ❗ bukan barang baru
👉 hoodie & crewneck s3k0nd Korea
👉 kondisi 85-95%
👉 harga 35k flat, ambil 5 cuma 160k
Tulisan sengaja begini ya kak, kalo ditulis biasa suka di-takedown 🙏
Order: klik varian sesuai nomor foto"""),

("listing", "evasive_spelling", """Ballp🅁ess isi celana
s e c o n d   l u a r
100kg, grade AB
Kirim pake ekspedisi, resi dikasih
Cocok buat lapak pasar malam atau live
📩 harga via chat, ga bisa ditulis di sini"""),

("post", "evasive_spelling", """Bismillah restock 🥰
t-h-r-i-f-t i-m-p-o-r-t dress & blouse wanita
asal: J*p*n & K*r**
kondisi: pernah dipakai, tapi mulus
harga 25-50rb
yg mau wishlist komen "W" + nomor, nanti aku DM
jgn ditulis kata2 terlarang di komen ya biar postingan aman 🙏"""),

("listing", "evasive_spelling", """Вal Јepang (second) isi sweater rajut
Вerat 45 kg, ±110 pcs
Нarga: 4,6jt
Вisa COD gudang Cileungsi atau kirim kargo
Кondisi bekas pakai, 80% layak jual, sisanya bisa dikilo
Тanya² langsung chat"""),

("post", "evasive_spelling", """Stok "pakaian nostalgia dari negeri sakura" 😉 udah dateng ya gaes
kondisi pernah dipake orang sana, tapi bagus2
1 karung gede baru aja dibuka
kemeja 20, celana 30, jaket 50
yg ngerti ngerti aja ya 🤭 DM for details"""),

("listing", "evasive_spelling", """S3c0nd 1mp0rt - K0r34 - k4r4ng4n
1 k4rung 30kg = 1,9jt
1s1: k40s, p0l0, k3m3j4 c0w0k
c0c0k bu4t yg b4ru mul41 l4p4k
k1r1m d4r1 gud4ng T4ng3r4ng, 0ngk1r s3su41 k4rg0
ch4t 4j4, f4st r3sp"""),

("post", "evasive_spelling", """Gimana caranya jual b a l tanpa kena banned? Ya gini 😂
Anyway, barang s.e.k.o.n lu@r ready:
🧥 outer wanita
👖 jeans pria
👟 sneakers
Harga di katalog WA, ketik "KATALOG" ke nomor di bio"""),

("listing", "evasive_spelling", """P A K A I A N  B K S  L U A R
✔ jaket parka ex J p n 75rb
✔ fleece ex K r a 45rb
✔ vest bulu angsa 95rb
semua pernah dipakai, sudah dicuci
pengiriman dari Bogor tiap hari kecuali Minggu"""),

("post", "evasive_spelling", """Ready bundle "barang 🅱️🅰️🅻" baru dateng pagi ini
🔸 kemeja 🇰🇷 second
🔸 celana 🇯🇵 second
🔸 jaket 🇺🇸 second
Bisa ecer, bisa borong
harga & video ada di grup, minta link grupnya lewat komen 🙌"""),

("listing", "evasive_spelling", """sweater rajut s3c0nd 1mp0rt ex j3p4ng
rajutan tebal, ada yg wol, ada yg akrilik
harga 40-85rb tergantung bahan
pernah dipakai, dicuci pakai air panas
m0h0n j4ng4n r3p0rt, c4r1 r3z3k1 h4l4l 🙏"""),
]
