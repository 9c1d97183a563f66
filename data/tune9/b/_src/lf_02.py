R = [
("post","fb_group","""Selamat siang grup Jual Beli Makassar 🙏
Saya buka lapak cakar di depan rumah, Jl. Abdullah Daeng Sirua.
Baru bongkar 2 bal dari Korea: sweater, kardigan, rok panjang.
Harga 10rb – 30rb. Buka jam 4 sore. Yang mau titip cariin ukuran bisa komen.""",1,1,1,1),
("listing","plain_offer","""Kemeja Flanel Thrift Second Import Uniqlo Size L
Kondisi 9/10, tidak ada noda atau bolong
Lebar 57 cm, panjang 75 cm
Harga 55rb
Bisa COD Jakarta Selatan atau kirim via Sicepat
Cek barang lain di etalase ya kak""",1,1,1,1),
("post","ig_caption","""Restock sneakers second import 👟
Nike Air Max 90 (42) – 350k
Adidas Samba (40) – 400k
New Balance 574 (41) – 320k
Converse 70s (39) – 280k
Semua original, kondisi di foto. Yang cepat DM dia dapat 🙌""",1,1,1,1),
("message","wa_broadcast","""Bapak ibu pelanggan setia Rombengan Mataram,
Hari Jumat ada barang baru masuk 5 karung dari Singapura.
Baju anak, daster, kemeja kantor, celana kain.
Harga eceran mulai 5 ribu. Grosir per karung bisa nego.
Lokasi tetap di Pasar Kebon Roek, los belakang.""",1,1,1,1),
("post","tiktok_caption","""isi bal 100 kg hari ini: 70% kemeja, 20% kaos, 10% zonk 🥲
tapi ada 3 kemeja Ralph Lauren, lumayan lah.
semua dijual di live nanti malam mulai 25rb.
mau dibikin part 2 pas bongkar bal celana?
#bongkarbal #thriftjapan #baliimport #pecahbal""",1,1,1,1),
("comment","seller_reply","""@bima.s kak untuk grade A isinya 90% layak jual, barang Korea semua.
Kalau grade B biasanya ada 20-30% yang minus (noda, kancing lepas).
Harga A 4,5jt, B 3jt per bal isi ±150 pcs.
Ongkir ke Jambi sekitar 350rb, bisa pakai ekspedisi langganan kami.""",1,1,1,1),
("profile","shop_bio","""🧺 Thrift Senen Corner
Second import Japan • Korea • USA
📍 Pasar Senen Blok III lt. 2 kios 88
🛵 kirim instan Jakarta, ekspedisi luar kota
Live TikTok tiap Selasa & Jumat 20.00""",1,1,1,1),
("post","x_post","""thread jualan 🧵 (1/3)
jaket thrift impor, semua udah dicuci, harga udah termasuk ongkir jawa.
1. Columbia fleece abu, L – 95k
2. Uniqlo down jacket navy, M – 120k
3. Patagonia synchilla, S – 180k
minat reply nomornya, siapa cepat dia dapat""",1,1,1,1),
("live","live_call","""Bestie yang dari Kalimantan mana suaranya?? 😄
Malam ini kita jualan lelong dari Malaysia, kiriman lewat Entikong.
Kemeja 20, jaket 45, celana 25.
Yang sudah ketik nomor, aku catet ya, jangan lupa checkout sebelum jam 10.""",1,1,1,1),
("listing","bale_wholesale","""JUAL KARUNGAN BAJU BEKAS HONGKONG
Isi campur: kaos, kemeja, celana, baju anak
Berat ±45 kg per karung, isi kira-kira 180-220 pcs
Harga 1,9jt/karung, ambil 5 karung 9jt
Gudang di Batam, bisa kirim via kapal ke Sumatra & Kalimantan""",1,1,1,1),
("post","creator_haul","""thrifting di Pajak Melati part 3 🛍️
aku borong 6 barang cuma 180rb, paling suka trench coat Burberry KW nya wkwk (ternyata ori??)
lapaknya Kak Butet los 5, bilang aja dari video ini.
minggu depan aku coba Pajak Simpang Limun, request?""",1,1,1,1),
("message","reseller_recruit","""Halo kak, mau punya usaha sampingan?
Kami supplier bal baju bekas impor di Bandung, bisa ambil eceran 20 pcs atau per bal.
Reseller dapat harga khusus + bonus foto katalog.
Sudah 300+ reseller se-Jawa Barat.
Balas 'MINAT' untuk daftar ya 😊""",1,1,1,1),
("post","fb_group","""DIJUAL BALPRES BAJU CAMPUR EX MALAYSIA
Barang di Tawau, kirim ke Nunukan dan Tarakan.
1 bal 100 kg – harga kawan.
Pemesanan minimal 2 bal. Serius PM saja, tidak layan yang main-main.""",1,1,1,1),
("post","ig_caption","""Japanese vintage kimono & haori 🎌
Masuk 8 pcs dari bal Jepang minggu ini, motif bunga dan ombak.
Cocok buat outer atau koleksi.
Harga 150k – 300k. Info detail & video via DM.
#vintagekimono #thriftjapan #preloved""",1,1,1,1),
("live","live_call","""Selamat malam semuanya, welcome di live bongkar bal!
Hari ini spesial sepatu: sneakers, boots, loafers, semua second impor Korea.
Harga flat 75rb, kecuali yang aku bilang premium.
Sebut ukuran kaki kakak di komen, aku cariin yang pas.""",1,1,1,1),
("comment","seller_reply","""Maaf kak baru balas 🙏
Baju anaknya dari karungan Korea, udah disortir cuma yang layak.
Paket 10 pcs 100rb, usia 1-5 tahun campur.
Kalau mau pilih sendiri bisa datang ke lapak di Pasar Tungging, Sabtu-Minggu.""",1,1,1,1),
("post","x_post","""reminder buat yg di Bandung: besok gw buka lapak bundle di Cibadak, bawa 2 karung baru.
ada kaos band, flanel, dan beberapa varsity.
harga mulai 20k, yang vintage beneran agak mahal ya.
lokasi share pas udah buka""",1,1,1,1),
("listing","typo_offer","""jual baju sekon impor korea murahh
kemeja, kaos, celana, jaket
harga 10rb-40rb
bisa cod daerah cikarang & bekasi
brg bal baru bongkar ya kak, cepet abis""",1,1,1,1),
]
