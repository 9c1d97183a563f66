# Illegal, dodging keyword filters: broken words, emoji, misspellings, English mix, glued hashtags.
I = (1, 1, 1, 1)
RECORDS = [
("listing", "filter_evasion_spacing", I, """
J4K3T b3k4s 1mp0r ex J3P4NG 🇯🇵
kondisi 8,5/10, ada noda kecil di lengan kiri
size M, LD 108
harga 110rb aja
barang dari b.a.l, bukan lokal ya kak
kirim dr Bogor
"""),
("post", "filter_evasion_emoji", I, """
🇰🇷➡️📦➡️👕 baru sampe!!
2️⃣nd tp masih 💯, cuci bersih ✨
kaos 25k, kemeja 35k, hoodie 60k
🛒 DM / keranjang kuning
#t.h.r.i.f.t #seken #fyp
stok dikit, yg udah dibayar dikirim besok pagi 📮
"""),
("profile", "filter_evasion_hashtag", I, """
toko baju preloved luar 🌏 | ex-JPN / ex-KR
restock tiap jumat dari b4l baru
📍Malang | ship all ID
💌 DM for pricelist, no keep
#thriftimportmurah #baleopening #secondimportmalang
"""),
("listing", "filter_evasion_english", I, """
Vintage 2nd hand Ralph Lauren knit, ex-USA bale
Size L, pit to pit 58cm
Minor pilling, no holes, no stains
IDR 145k, nego tipis
Ready stock, ship from Jakarta Selatan
DM for more pics 📸
"""),
("post", "filter_evasion_spacing", I, """
t h r i f t   s a l e 🔥
semua barang s3k3n luar (jpn/kr) 20k-50k
b u k a   k a r u n g jam 7 malam ini
link di bio, jangan ketinggalan 😘
ongkir subsidi buat pembeli pertama
"""),
("comment", "filter_evasion_misspelling", I, """
kak ini bekaz impot y? 
iyaa kak bkas jepang, dr bal yg baru dateng kemaren 😁 size 30 masih ada 1 lg, 85rb aja. kalo mau ambil 2 aku kasih free ongkir jabodetabek
"""),
("message", "filter_evasion_abbrev", I, """
Sis, ready 2nd imp KR batch baru ya
- kmj wanita 30rb
- rok 25rb
- blazer 55rb
brg dr bl, kondisi 85-95%
Order: format nama/alamat/kode brg kirim ke 0857xxxx
"""),
("post", "filter_evasion_hashtag", I, """
Drop baru sore ini ✨ outer linen, kemeja oversize, celana kulot
semua pilihan dari #balkorea yang kemarin dibongkar
mulai 40k aja sayang
#thriftshopjogja #secondkorea #preloveimport #bajubekasimpor
"""),
("listing", "filter_evasion_english", I, """
USED JAPAN SNEAKERS — CLEAN CONDITION
Onitsuka Tiger Mexico 66, sz 41
Soles 80%, no cracks
Straight from JP bale, cleaned & deodorized
Price: 260k (COD Jaksel ok)
No swap, serious buyer only
"""),
("post", "filter_evasion_emoji", I, """
👀 yang nungguin 🧥🧥 dari negeri 🍣 udah dateng ya
kondisi pernah dipake, tapi kece semua 😍
harga 🔑 mulai 50k
📦 dibuka LIVE malam ini pukul 20.00 WIB
#jaketjepang #s3cond
"""),
("comment", "filter_evasion_spacing", I, """
@lilis.apr iyaaa kak masih ada, i.m.p.o.r semua kok dr karung korea 🙏
yg warna ijo sage size L, harganya 45k. checkout aja ya kak nanti aku packing hari ini juga
"""),
("listing", "filter_evasion_misspelling", I, """
JUAL BAJU TRIF IMPROT MURAH
kemeja flannel, kaos band, hodie
smua bkas luar negri, kwalitas bgus
harga 20rb-60rb
lokasi Karawang, bisa cod alun2
wa 0896xxxx
"""),
("post", "filter_evasion_english", I, """
new drop: y2k babytee & mini skirt 🌸
all secondhand from korean bales, hand-picked by me
condition 8-9/10, sizes S-M
prices 35k - 65k
open PO via gform, link in bio, closing Friday
"""),
("message", "filter_evasion_abbrev", I, """
[BC] Restok bl jpn 🇯🇵
jkt parka 65
hdie 45
kos 20
cln cargo 50
sist 1st chat 1st serve, transfer max 2 jam
bs kirim ke luar kota, ongkir dihitung per kg
0812xxxx
"""),
("live", "filter_evasion_emoji", I, """
LIVE 🔴 jam 7 malam
kita 🔓 📦📦📦 dari 🇰🇷 isinya 👗👚👖
semua pernah dipakai tapi bersih ✅
harga cuma 💸25k-45k
ketik "ambil" + nomor yang kamu mau
yang udah ambil wajib bayar max besok siang ya 🙏
"""),
("post", "filter_evasion_hashtag", I, """
Sweater rajut cowok ready 12 pcs, warna earth tone semua
harga 55rb / 2 pcs 100rb
detail ukuran di slide terakhir
#thriftbandung #balpresmurah #bekasjepang #sweaterthrift
"""),
("listing", "filter_evasion_spacing", I, """
D-R-E-S-S  S-E-K-E-N  K-O-R-E-A
bahan sifon, motif bunga kecil
LD 92, panjang 110
harga 60 rb
barang dr k@rung, sdh dilaundry
dikirim dr Tangerang
serius minat langsung chat aja
"""),
("comment", "filter_evasion_english", I, """
hi kak! yes this one is pre-loved from a Japanese bale, we got it last week 🙏
size fits M-L, price 75k. you can order via shopee, shop name is there in my bio. thanks!
"""),
("post", "filter_evasion_misspelling", I, """
Balpers baru dtng dr Medan guys!! isi nya jakett winter smua, ada yg bulu2 angett
harga 70rb aj, brand random
buat yg mau jual lg bisa harga grosir min 10 pcs
dm aj ya
"""),
("message", "filter_evasion_abbrev", I, """
Kak, u/ order sistem grosir: 1 krg (±200pcs) kmj mix ex-KR = 3,9jt
Foto isi krg ga bisa, krn segel dr gudang
Kirim via kargo ke luar pulau +/- 5 hari
Konfirmasi ke 0878xxxx ya
"""),
("post", "filter_evasion_emoji", I, """
nyari 👟 2nd tapi ori? 🤔
kita ada stok dari 🇺🇸 & 🇯🇵, semua bekas pakai, sudah dicuci deep clean
👟 Nike Air Force 1 – 180k
👟 Vans Old Skool – 120k
👟 NB 574 – 200k
klik 🔗 di bio buat order
"""),
("listing", "filter_evasion_english", I, """
Levi's 501 made in USA, secondhand
W31 L32, faded wash
From US bale, good condition, small repair on back pocket
IDR 175.000
Can ship nationwide, bubble wrap included
"""),
("post", "filter_evasion_hashtag", I, """
Sabtu ini kita buka lapak di CFD Dago jam 6 pagi ya 💛
Bawa 2 rak baju pilihan, mostly kemeja & cardigan
harga 30-70rb
#thriftimportbandung #bajubekasluar #bundlebandung
"""),
("comment", "filter_evasion_spacing", I, """
Buat yang DM tanya: iya kami jual b e k a s  l u a r, bukan barang baru.
Tiap minggu ada k0l1 baru masuk. Harga ecer 20-80rb, grosir bisa nego. Lokasi gudang di Cikampek.
"""),
("post", "filter_evasion_english", I, """
weekend bale opening! 🎉
we're opening 3 fresh bales from Japan this Saturday, 10am at our store in Kemang
mostly outerwear & knitwear, everything preloved
first 20 visitors get free tote bag
see you there xx
"""),
("message", "filter_evasion_misspelling", I, """
Assalamualaikum, kk mau tawarin barang sekon improt ni, kmren baru bkar balll dri korea.
Ada jkt, swtr, kemja. Hrga mulai 25 rb. Klo mau liat ktalog bls Y ya kk
"""),
("listing", "filter_evasion_abbrev", I, """
Tas 2nd ex-JPN
Porter Tanker shoulder bag, hitam
Kond. 85%, resl. lancar, ada kusam di sudut
Hrg 320rb
Brg dr bl tas Jepang, bkn KW
Lok. Surabaya Timur, kirim via J&T / Gosend
"""),
("post", "filter_evasion_emoji", I, """
📦🇰🇷 baru dibuka
👚 blouse 30k
👗 dress 45k
🧥 outer 50k
semua ♻️ alias pernah ada yang punya 😆
order lewat 💬 WA 0852xxxx
kirim dari Bekasi tiap Senin & Kamis 🚚
"""),
("comment", "filter_evasion_hashtag", I, """
Lagi banyak yg nanya, stok jaket varsity masih 6 ya! Semua dari bal US, harga 90-130rb.
Yang mau langsung DM aja, aku kasih video detail. #varsitythrift #bekasamerika #ballpressjkt
"""),
("live", "filter_evasion_english", I, """
LIVE tonight 8PM 🔴
Unboxing a 45kg mixed bale straight from Korea
Everything inside is secondhand, we'll price live: 20k, 35k, 50k
comment "claim + number" to buy
payment within 24 hours or item goes back to the pile
"""),
]
