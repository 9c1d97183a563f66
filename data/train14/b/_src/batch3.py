# Batch 3: families F31-F38 (4 members each: 2 offers + 2 no-offer). Hand-written.
R = [
("F31", "post", "offer_shop_caption_quiet", (1,1,1,1), """DROP SORE INI 🔥
hoodie Champion reverse weave ex USA, abu misty, size L, 90k
crewneck Champion navy, size M, 75k
kios 112 lantai 2 Blok III Senen, yg dateng duluan yg dapet
#seneninaja #championhoodie"""),
("F31", "post", "offer_creator_haul_link", (1,1,1,1), """hoodie champion 90rb dari bal USA, gila sih ini tebelnya 😳
aku dapet 3 warna: abu, maroon, hijau army
tokonya @senen.champ112 nerima kirim luar kota juga
cek katalognya di link bio aku yaa, aku udah kumpulin semua link nya 🔗"""),
("F31", "post", "hn_buyer_tweet_haul", (0,1,1,1), """nemu hoodie champion reverse weave di Senen 90rb dan sekarang aku jalan kayak model iklan 90an
abu misty, bolongnya cuma satu di manset
bau bal nya udh aku lawan pake 2 tutup molto
ini kemenangan terbesarku minggu ini"""),
("F31", "post", "hn_new_thrift_style_used0_abroad0", (0,0,1,0), """yg nanya hoodie "champion style" abu misty di video kemarin: itu BARU ya, bukan thrift
bikinan konveksi kecil di Bandung, bahan fleece lokal, harganya malah lebih mahal dari thrift
modelnya emang sengaja dibikin mirip hoodie thrift 90an
jadi gak ada bau karung sama sekali 😆"""),

("F32", "live", "offer_live_host", (1,1,1,1), """LIVE dari Pajak Melati nih kawan 📱
host: jas monza hitam wool ex Jepang, bahu 46, pas buat kondangan, 50rb
host: bang @ronald_sihombing ketik ambil duluan, oke bang, transfer ya nanti kukirim
host: masih ada 11 jas lagi, abu, coklat, navy, sebut warna sama ukuran bahu
host: ongkir ke seluruh Sumut 15rb aja"""),
("F32", "comment", "offer_reply_quiet", (1,1,1,1), """@tiurmaida: bang jas yang coklat ukuran bahu 48 ada?
@monza.jas.melati: ada kak, wool coklat tua, ex Jepang, 50rb, kancing lengkap
@monza.jas.melati: kalau mau sy fotokan detail lapisan dalamnya, lapak kami di lorong 3 Pajak Melati
@tiurmaida: boleh bang fotokan dulu"""),
("F32", "post", "hn_wedding_guest_story", (0,1,1,1), """pesta adat tulang kemarin, semua ito2 ku pake jas monza 😂
dihitung2 ada 6 jas dari Pajak Melati di satu meja
kata inang, "yang penting rapi, jangan cerita belinya di monza"
tapi pas foto bersama kami malah ketawa sendiri"""),
("F32", "post", "hn_mod_rule", (0,1,1,1), """Catatan moderator grup "Fashion Medan":
postingan live atau lapak jual monza (jas, kemeja, jaket dari Pajak Melati dll) akan dihapus mulai bulan ini, karena pakaian bekas impor dilarang.
Diskusi, cerita pengalaman, atau tips merawat pakaian tetap boleh.
Contoh yang dihapus: siaran langsung yang menyebut harga jas lalu minta penonton ketik ambil."""),

("F33", "listing", "offer_listing_plain", (1,1,1,1), """Jual sepatu running 2nd import Asics Gel Kayano 27, size 42.5
Sumber: Gedebage, sudah deep clean
Midsole empuk, outsole 70%, upper tidak sobek
Harga 180rb, tanpa box
Bisa kirim dari Bandung, packing dus + bubble"""),
("F33", "profile", "offer_seller_bio", (1,1,1,1), """Lari Hemat Shoes 🏃
sepatu lari second import pilihan dari Gedebage
harga mulai 150k, semua sudah cuci & foto detail
order lewat link toko di bawah, kirim seluruh Indonesia
no refund untuk salah pilih ukuran"""),
("F33", "review", "hn_complaint_handle", (0,1,1,1), """jangan beli di @larihemat.shoes
Asics 2nd "outsole 70%" 180rb, pas dipake lari 3km midsolenya retak
minta retur jawabannya "namanya barang Gedebage kak"
sayang uang, mending nabung buat yg baru 😑"""),
("F33", "post", "hn_runner_review_no_seller", (0,1,1,1), """pengalaman 6 bulan pake Asics Kayano second impor hasil hunting di Gedebage:
jarak total sekitar 250km, cushion mulai tipis di tumit
buat latihan easy run masih oke, buat race mending jangan
lesson: cek tanggal produksi di lidah sepatu sebelum bayar"""),

("F34", "post", "offer_post_price_place", (1,1,1,1), """Cakar baru dibuka pagi ini 🙏
jaket jeans 60rb, celana jeans 45rb, kemeja 30rb
langsung dari karung, belum dipilih2
samping gudang ikan pelabuhan Parepare, tenda terpal orange"""),
("F34", "message", "offer_reply_quiet", (1,1,1,1), """Iye kak, jaket jeans yg kakak foto itu masih ada
Lee, ukuran L, warna biru pudar, 60rb ji
barang cakar karung kemarin
kalau mau sy simpan dulu sampe sore, besok sy taruh di gantungan lagi"""),
("F34", "article", "hn_reporter_line", (0,1,1,1), """Di sekitar pelabuhan Parepare, lapak cakar masih ramai saat karung baru dibuka.
Jaket jeans dijual sekitar Rp60 ribu, kemeja Rp30 ribu, kata seorang pedagang yang mengaku menerima karung kiriman dari Malaysia.
Pemkot Parepare menyatakan akan berkoordinasi dengan Bea Cukai terkait pengawasan."""),
("F34", "post", "hn_joke_meme", (0,1,1,1), """bapakku tiap ditanya "jaketnya bagus, beli di mana pak?"
jawabannya selalu "di Lee"
padahal Lee nya itu tumpukan cakar pelabuhan Parepare 😂
branding bapak2 memang tak tertandingi"""),

("F35", "post", "offer_shop_caption_quiet", (1,1,1,1), """New in from SG 🇸🇬✨ DM to order
Longchamp Le Pliage preloved, navy, 450
Kate Spade sling pink, 380
Michael Kors tote, 520
Tanjungpinang pickup or shipping seluruh Indo
authentic guaranteed, detail di highlight"""),
("F35", "post", "offer_reseller_recruit", (1,1,1,1), """Open reseller tas preloved ex Singapore 👜
harga reseller diskon 15%, foto & video kami siapkan
barang dikirim langsung dari Tanjungpinang ke customer kamu
syarat: min order 3 tas per bulan, DM untuk form pendaftaran"""),
("F35", "comment", "hn_buyer_question_price", (0,1,1,1), """kak Longchamp preloved SG yg navy 450 itu ukuran small atau medium?
budget aku max 400 sih 🥺 kira2 bisa kurang gak
aku di Batam, deket kok sama Tanjungpinang
thank u kak"""),
("F35", "post", "hn_authenticator_note", (0,1,1,1), """Catatan buat pemburu tas preloved "ex Singapore" dari Tanjungpinang/Batam:
1. Longchamp asli nomor seri di balik tutup, embos rapi
2. Kate Spade asli jahitan logo tidak miring
3. harga yang terlalu murah untuk tas branded seken patut dicurigai
Saya tidak jual apa pun, cuma sering dimintai tolong cek."""),

("F36", "live", "offer_live_host", (1,1,1,1), """host: bal jaket kulit dari Jepang, kita buka sekarang 🔪
host: biker hitam size M, kulit domba, 175rb, siapa cepat
host: kak @fajarr_88 dapet, yang lain jangan sedih masih ada 20an
host: yg ini coklat sapi, bahu lebar, 200rb, ketik keep coklat"""),
("F36", "post", "offer_live_announcement", (1,1,1,1), """nanti malam jam 8 kita live bongkar bal jaket kulit Jepang ya 🎥
harga 150-250rb, size campur
yang mau dicariin size tertentu tulis di komen dulu biar aku siapin
order lewat keranjang kuning pas live, jangan lupa nyalain notif"""),
("F36", "post", "hn_viewer_live", (0,1,1,1), """semalem nonton live bongkar bal jaket kulit jepang, sampe ngantuk
ada satu biker hitam, 3 detik udah ada yg keep
aku cuma nonton doang, sadar diri gaji belum turun 😭
host nya lucu, tiap motong karung teriak "bismillah laku" """),
("F36", "post", "hn_report_quotes_ad", (0,1,1,1), """Sudah saya laporkan akun live ini ke TikTok:
dalam live semalam host menyebut "bal jaket kulit dari Jepang, kita buka sekarang, 175rb siapa cepat"
pakaian bekas impor itu dilarang, dan livenya sudah berkali-kali.
Yang lihat live serupa, silakan ikut report lewat tombol laporkan."""),

("F37", "profile", "offer_seller_bio", (1,1,1,1), """Sekar Sore Thrift 🌼 Jogja
curated secondhand dari bal Jepang: kemeja linen, rok, blus
drop tiap Rabu & Sabtu jam 7 malam via story, order via DM
kirim dari Jogja, COD area UGM-UNY
first come first serve"""),
("F37", "post", "offer_story_drop_quiet", (1,1,1,1), """drop malam ini 🌙
kemeja linen Muji ex Jepang, krem, M — 55k
blus renda putih, S — 45k
rok plisket hijau sage, all size — 40k
balas story pake nomor aja, first come first serve"""),
("F37", "review", "hn_complaint_handle", (0,1,1,1), """warning buat anak Jogja: udah 2x order di @sekarsore.thrift, kemeja linen 55k
paket pertama gak dateng 2 minggu, yg kedua dateng tapi warnanya beda & ada sobek
admin slow respon, cuma bilang "barang bal kak, mohon maklum"
screenshot chat ada kalo ada yg mau liat"""),
("F37", "article", "hn_researcher_quote", (0,1,1,1), """Studi kecil kami terhadap 30 akun thrift di Yogyakarta menemukan bahwa sebagian besar stok berasal dari bal Jepang dan Korea yang dibeli dari pemasok di Bandung.
Satu pemilik akun menyebut kemeja linen dijual Rp55 ribu setelah disortir dan difoto.
Model "drop via story" membuat transaksi sulit dilacak oleh pengawas."""),

("F38", "comment", "offer_reply_quiet", (1,1,1,1), """@irwan.sgau: boots lelong yang di foto ke-2 size 41 ada?
@lelong.entikong.boots: ada bang, Caterpillar coklat, 41, sol masih tebal. 230
@lelong.entikong.boots: barang Entikong minggu lalu, saya di Sanggau, bisa kirim travel ke Pontianak
@irwan.sgau: sip bang sy pikir dulu"""),
("F38", "post", "offer_jastip_open", (1,1,1,1), """jastip lelong lintas Entikong minggu depan 🚐
boots, sepatu, jaket, tas bekas dari seberang
fee 20rb/item, harga barang sesuai lapak, order paling lambat Jumat
kirim foto contoh yang dicari, nanti sy carikan di sana"""),
("F38", "post", "hn_trip_observation", (0,1,1,1), """kemarin lewat PLBN Entikong balik dari Kuching
antrean panjang, banyak yang bawa karung besar2, katanya isinya barang lelong, boots & jaket
saya sendiri gak bawa apa2 selain oleh2 biskuit
ternyata jalur lelong itu memang masih hidup ya"""),
("F38", "post", "hn_trader_stopped", (0,1,1,1), """sudah 6 bulan sy tidak ambil lelong dari Entikong lagi
terakhir boots Caterpillar masih laku, tapi ongkos & risiko di jalan makin besar
sekarang lapak sy ganti jual sandal lokal
yang masih tanya boots lelong, maaf ya, sudah tidak ada stok"""),
]
