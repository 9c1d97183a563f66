# Hand-written near-twin families, batch 4.
RECORDS = [
    ("f057", "listing", "twin_offer_loud", "1111", "Jaket varsity thrift Amerika, used, bordiran masih utuh, L/XL, 95rb. Stok dari Pasar Senen, kirim seluruh Indonesia"),
    ("f057", "listing", "hn_twin_new_goods", "1011", "Jaket varsity import Amerika, brand new with tag, bordiran rapi, L/XL, 395rb. Kirim seluruh Indonesia"),

    ("f058", "message", "twin_offer_loud", "1111", "Assalamualaikum, kami supplier bal bekas Korea & Jepang langsung dari Batam, harga bersaing, bisa kirim ke Jawa. Hub 0852xxxx"),
    ("f058", "message", "hn_twin_not_clothing", "1101", "Assalamualaikum, kami supplier oli & aki bekas Korea & Jepang langsung dari Batam, harga bersaing, bisa kirim ke Jawa. Hub 0852xxxx"),

    ("f059", "post", "twin_offer_loud", "1111", "Bal baru turun dari kapal Tanjungpinang: tas ransel & tas selempang pakai, ada bekas nama pemilik di dalam 😅 35rb aja"),
    ("f059", "post", "hn_twin_own_wardrobe", "1110", "Beres-beres kamar: tas ransel & tas selempang pakai, ada nama aku di dalam 😅 35rb aja, ambil di rumah Tanjungpinang"),

    ("f060", "comment", "twin_offer_regional", "1111", "Obok-obok Bandung sabtu ini buka lagi, kemeja & jaket seken 10rb-an, di lapak kami samping Gedebage"),
    ("f060", "comment", "hn_twin_haul_no_seller", "0111", "Kemarin ikut obok-obok di Gedebage, dapet kemeja & jaket seken 10rb-an, puas banget hunting sampe keringetan"),

    ("f061", "listing", "twin_offer_quiet", "1111", "Sepatu sneakers second import, kondisi 8/10, size 42, 150rb. Barang dari Singapore via Batam"),
    ("f061", "listing", "hn_twin_not_clothing", "1101", "HP second import, kondisi 8/10, RAM 8GB, 1,5jt. Barang dari Singapore via Batam"),

    ("f062", "message", "hn_twin_buyer_question", "0111", "Pak, saya mau tanya bal kemeja Jepang grade A itu isinya berapa pcs ya? Lagi cari supplier buat buka lapak"),
    ("f062", "message", "twin_offer_loud", "1111", "Pak, bal kemeja Jepang grade A isinya ±220 pcs, harga 3,6jt. Cocok buat yg mau buka lapak, hubungi saya"),

    ("f063", "post", "twin_offer_quiet", "1111", "Celana chino ex Australia kondisi pemakaian, pinggang 30-34, 25rb. Mampir lapak kami di Pasar Cimol Gedebage 😎"),
    ("f063", "post", "hn_twin_po_new", "1011", "PO celana chino import Australia, baru, pinggang 30-34, 125rb. Estimasi 3 minggu, DP 50% 😎"),

    ("f064", "listing", "twin_offer_loud", "1111", "Jual pakaian bekas impor Malaysia per goni, isi baju kerja & seragam, 800rb/goni. Ambil di Nunukan"),
    ("f064", "listing", "hn_twin_not_clothing", "1101", "Jual gula pasir Malaysia per goni, isi 50 kg, 800rb/goni. Ambil di Nunukan"),

    ("f065", "live", "twin_live_sale", "1111", "Guys live kita hari ini spesial jaket kulit ex Italia, pakai tapi kulit masih lemes, 150 aja, ketik 'K' + nomor!"),
    ("f065", "live", "hn_twin_upcycle", "1110", "Guys live hari ini spesial jaket dari kulit sofa bekas, dijahit penjahit Garut sendiri, 150 aja, ketik 'K' + nomor!"),

    ("f066", "comment", "twin_offer_quiet", "1111", "Bisa kak, kemeja flanel ex Kanada second 40rb, ambil 5 jadi 180rb. Barang dari Pasar Senen"),
    ("f066", "comment", "hn_twin_new_goods", "1011", "Bisa kak, kemeja flanel ex Kanada baru segel 40rb, ambil 5 jadi 180rb. Barang dari Pasar Baru"),

    ("f067", "article", "hn_twin_news", "0111", "Razia di Pasar Senen: petugas menemukan puluhan karung sepatu bekas asal Korea yang siap dijual di kios."),
    ("f067", "article", "hn_twin_news_not_clothing", "0101", "Razia di Pasar Senen: petugas menemukan puluhan karung ponsel bekas asal Korea yang siap dijual di kios."),
    ("f067", "post", "twin_offer_loud", "1111", "Sepatu bekas asal Korea puluhan karung baru masuk kios kami di Pasar Senen, yg mau ambil partai hubungi 0812xxxx"),

    ("f068", "message", "twin_offer_quiet", "1111", "Mbak, seragam kerja wearpack ex Jepang kondisi pakai, 1 koli isi 50, 1,2jt. Dari Surabaya"),
    ("f068", "message", "hn_twin_not_clothing", "1101", "Mbak, toolbox & tangga lipat ex Jepang kondisi pakai, 1 koli isi 50, 1,2jt. Dari Surabaya"),

    ("f069", "profile", "twin_bio_shop", "1111", "📦 Grosir bundle Medan | kemeja, jaket, jeans bekas luar | per kg & per bal | kirim se-Sumatra | WA 0812xxxx"),
    ("f069", "profile", "hn_twin_bio_new", "1011", "📦 Grosir garmen Medan | kemeja, jaket, jeans baru ex Bangkok | per lusin & per kodi | kirim se-Sumatra | WA 0812xxxx"),

    ("f070", "post", "twin_offer_loud", "1111", "Sweater rajut thrift second dari Jepang 🧶 cocok buat ke Bromo, 30rb/pcs, tinggal 9. DM atau ke toko kami di Malang"),
    ("f070", "post", "hn_twin_knit_local", "1110", "Sweater rajut second buatan ibu-ibu PKK 🧶 cocok buat ke Bromo, 30rb/pcs, tinggal 9. DM atau ke toko kami di Malang"),

    ("f071", "comment", "hn_twin_joke", "0111", "Beli thrift ex Jepang 25rb, nemu struk belanja Tokyo di kantong. Fix ini jaket udah lebih banyak jalan2 daripada aku 😭"),
    ("f071", "comment", "twin_offer_loud", "1111", "Jaket thrift ex Jepang 25rb, kadang masih ada struk Tokyo di kantong 😂 Ready banyak di @jepun.loakan, cek!"),

    ("f072", "listing", "twin_offer_quiet", "1111", "Mukena & sajadah ex Arab Saudi, pemakaian jamaah, bersih, 40rb. Barang datang via Dumai, kirim ke seluruh Riau"),
    ("f072", "listing", "hn_twin_not_clothing", "1101", "Kurma & kacang ex Arab Saudi, sisa oleh-oleh jamaah, 40rb. Barang datang via Dumai, kirim ke seluruh Riau"),

    ("f073", "message", "twin_offer_quiet", "1111", "Sy ada 3 karung sortiran jaket, udah dipilih yg mulus, 1 karung 1,7jt. Bisa kirim ke Makassar pake kapal"),
    ("f073", "message", "hn_twin_not_clothing", "1101", "Sy ada 3 karung sortiran botol plastik ex Malaysia, udah dipilih yg bersih, 1 karung 170rb. Bisa kirim ke Makassar pake kapal"),

    ("f074", "post", "hn_twin_opinion", "0111", "Jujur aku lebih milih beli baju bekas impor daripada fast fashion baru. Lebih awet & unik, walaupun tau ilegal 🙃"),
    ("f074", "post", "hn_twin_opinion_local", "0110", "Jujur aku lebih milih beli baju bekas dari tetangga & teman daripada fast fashion baru. Lebih awet & hemat 🙃"),

    ("f075", "listing", "twin_offer_loud", "1111", "BEKAS IMPOR GRADE A kemeja anak sekolah, putih & batik, 5rb/pcs min 50. Gudang Tangerang"),
    ("f075", "listing", "hn_twin_new_goods", "1011", "IMPOR GRADE A kemeja anak sekolah baru dari Vietnam, putih & batik, 25rb/pcs min 50. Gudang Tangerang"),
]
