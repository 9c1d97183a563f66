# Batch B: illegal records that dodge keyword filters.
# Each tuple: (kind, category, "offer used clothing abroad", text)

ROWS_B = [
("listing", "filter_dodge_spacing", "1111", """K3meja b3k4s 1mp0r Korea murmer
kondisi 90%, s3c0nd tp msh kinclong
ukuran L LD 108
cuma 40k, ambil 3 100k
brg dtg dr k4rung, dipilih satu2 biar ga zonk
chat aja kak, fast respon"""),

("post", "filter_dodge_spacing", "1111", """t.h.r.i.f.t drop malam ini jam 8 🕗
isi: jaket, hoodie, crewneck ex J.P.N semua pre-loved
harga 50-120k, link katalog ada di bio
jangan kaget kalo ada bekas pake dikit ya namanya juga s-e-c-o-n-d"""),

("listing", "filter_dodge_emoji", "1111", """🧥🧥 Jaket Denim Levi's ♻️ dari 🇯🇵
Kondisi ♻️ 9/10, warna pudar natural
Datang bareng 📦 besar minggu lalu
💰 135rb nett, size M
📩 DM buat video
🚫 no retur, namanya juga barang pernah dipake"""),

("post", "filter_dodge_hashtag", "1111", """Restock 30 pcs kemeja flanel, semua udah laundry wangi 🌸
harga mulai 45k, bisa COD sekitar Depok
checkout di shopee kami: flanel.loak
#thriftimportmurah #bajubekasimpor #secondimportkorea #flanelsecond"""),

("comment", "filter_dodge_abbrev", "1111", """rdy kak, 2nd ex-KR, cond 8.5/10
LD 52 PJ 70, no minus cm ada noda tipis di ketiak
ambil 65 aja, ongkir dr Bdg
klo minat lgsg co di tiktok shop kami ya @rak.selasa"""),

("listing", "filter_dodge_misspelling", "1111", """Baju bkas inpor jepang macam2 model
bisa pilih sendri, harga mulaii 20rb
baru bongkr balpres kmrn malem
ada cln jeans, jaket, kemja
alamt Pasar Tungging Bekasi, kios pojok"""),

("post", "filter_dodge_english", "1111", """Curated pre-loved pieces straight from Tokyo bales 🇯🇵✨
Every item is second-hand, hand-picked & steamed before shipping
Sizes XS–L, prices from IDR 75k
Shop the drop via link in bio — Jakarta same day delivery available
@kyoto.lane.archive"""),

("message", "filter_dodge_code", "1111", """Bos, "bahan B" sudah siap lagi, kiriman dr sebrang 3 koli.
Isinya kaos dan celana, P/K (pernah dipakai) semua, bukan gres.
Harga tetap kyk kemarin, transfer dulu baru kita naikkan ke truk.
Jangan sebut2 di grup ya, japri aja."""),

("listing", "filter_dodge_spacing", "1111", """B A L P R E S S celana cargo campuran 🇺🇸
kurang lebih 45 kg, barang 2nd
buat yang mau mulai jualan di lapak kaget
harga 4jt-an, sisanya nego lewat chat
Lokasi Surabaya, bisa kirim"""),

("live", "filter_dodge_english", "1111", """Okay guys welcome back to the live!! malam ini kita open ballpress Korean outer ya, all second hand tapi kondisinya oke banget.
First item, trench coat beige size M, start from 90k.
Comment "MINE" plus nomor barang, payment max 1 jam ya bestie 😘
Yang baru join, follow dulu biar dapet notif drop berikutnya!"""),

("post", "filter_dodge_emoji", "1111", """Kaos band 🎸 vintage ♻️♻️ baru 📦 dari ✈️ Thailand
🤑 35k-60k
👕 size S-XXL
📍 Ambil di Kopo atau 🛵 COD
📲 0819xxxx
ga nerima tukar ya, barang udah pernah dipake orang 🙏"""),

("comment", "filter_dodge_misspelling", "1111", """kak ini barang sekenan impor ya? aslinya dr mana?
→ iya kak sekenan, dr Korsel sama Jepang, dtg nya karungan.
→ harga 30an smp 70an tgtg model, mampir aja ke lapak aku, di Pasar Gembong, lantai 2 ujung 🙏"""),

("listing", "filter_dodge_abbrev", "1111", """[PL] Coat Wool Wnt ex-JPN Sz M
2nd, cond 8/10, lining msh bgs, 1 kancing ganti
via bal winter
IDR 185k nett
ship dr Jkt, no COD
rekber ok, tp no retur krn preloved"""),

("post", "filter_dodge_hashtag", "1111", """Sabtu ceria, sabtu bongkar! 🎉
3 karung kemeja kerja pria siap dipilih, 25rb dapet 1
lokasi rumah kami, Gang Mawar 4, Cimahi (cari yang banyak gantungan baju)
#bongkarkarung #bajukarungan #kemejaimporbekas #cimahithrift"""),

("message", "filter_dodge_code", "1111", """Halo kak, ini admin Toko Sembilan.
Yg kakak tanya kemarin (barang "BJ" alias baju Jepang) masih ada 2 ikat.
Bukan brg baru ya kak, tp kondisinya rata2 bagus, ada yg masih ada tag laundry Jepangnya.
1 ikat isi 25 pcs, 550rb. Mau saya simpan?"""),

("listing", "filter_dodge_spacing", "1111", """Sepatu boots Dr. M p r e l o v e d import UK 🇬🇧
size 40, sol msh tebal, kulit ada crease wajar
dari b.a.l sepatu eropa
Rp 375rb aja, nego sopan
lokasi Jogja"""),

("post", "filter_dodge_english", "1111", """Thrifting business opportunity 💼
We supply used clothing bales from Korea & Japan, 45kg to 100kg, direct to your store.
Reseller price available, we help you sort & price.
Serious buyers only, WA 0811xxxx. Ship to all Indonesia."""),

("comment", "filter_dodge_emoji", "1111", """ready 🧥 ♻️ 🇰🇷 kak
harga 80 ✅ blm ongkir
kalo mau lgsg 📩 ya, stok tinggal 2
yang warna hitam 🖤 udah ada yang keep
sisa yang abu2, bekas dipake tp masih tebel"""),

("live", "filter_dodge_misspelling", "1111", """Guyss ini tas2 branded sekend impor lanjut yaa, semua brg dr bal tas Jepang.
No 7 Longchamp size M, ada kusem dikit di dasar, 180 aja.
No 8 tas kanvas LeSportsac, mulus, 120.
Ketik angkanya aja guys jgn chat lain, admin pusing 😭"""),

("listing", "filter_dodge_abbrev", "1111", """Hoodie Champion rev weave 2nd imp USA
Cond 9/10 no hole no stain
LxP 60x72
Harga 210k, bisa nego dikit
Shopee: gudangpojok_id / DM IG
stok tinggal 1, siapa cepat dia dapat"""),

("post", "filter_dodge_glued", "1111", """baju#sekenimpor dateng lagiii 🥳🥳
kali ini dari Hongkong, banyak dress sama cardigan lucu
25rb-65rb aja say, lapak di CFD Dago tiap Minggu
kalo gak sempet dateng, chat @lemarilina aja nanti dikirimin foto"""),

("message", "filter_dodge_code", "1111", """[INFO STOK] barang "luar" masuk lagi ya kawan2 🙏
kali ini jalur laut, 6 goni: jaket 2, kemeja 2, celana 2.
Barang pakai semua, kualitas diatas rata2.
Yg mau ikut bagi goni japri, jgn posting di status biar aman."""),
]
