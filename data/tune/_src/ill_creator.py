# Illegal: creator promotion (hauls, bongkar sessions, hidden gems, spill, racun, GRWM)
# and seller bios / supplier referrals / recommending reviews.
from common import block, ILL

_ROWS = [
    ("V", "BONGKAR KARUNG KOREA LIVE jam 8 malem, siapa cepat dia dapat! #hiddengems"),
    ("P", "Haul hasil bongkar bal kemarin 🔥 dapet Carhartt 35rb, link toko di bio"),
    ("P", "Spill hidden gems Gedebage minggu ini, kalian mau aku jastipin? komen 'mau'"),
    ("P", "Racun banget! jaket seken Jepang cuma 50rb, mampir toko @lemari.ngawul"),
    ("P", "POV: buka karung segel Korea dan nemu Stone Island 🤯 live besok jam 7"),
    ("F", "🇯🇵🇰🇷 2nd pilihan | sortir tangan sendiri | live tiap Rabu | COD Jogja"),
    ("F", "Supplier karungan ex Korea sejak 2016 • reseller welcome • link grup WA di bawah"),
    ("V", "Unboxing goni Tawau part 2, kemeja ini 25rb aja, checkout di keranjang kuning"),
    ("P", "Thrift haul 100rb dapet 5 baju dari Senen! yang mau kujualin lagi cek shopee"),
    ("P", "Ikutin keseharianku bongkar bal impor jam 5 pagi, yang mau jadi reseller DM"),
    ("V", "Live ngawul online! semua 20rb, ketik 'keep' + kode baju"),
    ("F", "Cakar Online Makassar | ambil di Pare | open PO karung | DM order"),
    ("P", "Hidden gem alert: lapak monza Pamela langgananku, aku dapat jaket 40rb 😍 cus ke sana"),
    ("R", "Review jujur: belanja di @karung.korea isinya bagus semua, recommended buat reseller"),
    ("C", "Spill supplier karung ex Jepang yg aku pakai? link di bio ya guys"),
    ("P", "GRWM pakai hasil bongkar karung Korea, outfit di bawah 50rb! link shop di bio"),
    ("F", "Lelong Pontianak 🛍 sepatu & jaket ex Malaysia | live Jumat"),
    ("P", "Racun lagi: sepatu seken Jepang ori 100rb-an, langsung ke keranjang kuning"),
    ("P", "Ajak kalian ke gudang karung Korea, siapa mau ambil grosir? komen 'gas'"),
    ("F", "RB Kupang Online | 2nd dari luar | PO tiap buka baru | COD Oebobo"),
    ("P", "Hidden gems BJ Palembang! aku ambil banyak buat dijual lagi, cek story"),
    ("V", "Live malam ini buka 3 koli sekaligus, jaket winter ex Korea mulai 30rb"),
    ("F", "Reseller balpres terpercaya, testimoni 500+ | free ongkir Jawa"),
    ("P", "Thrift with me di Pasar Senen, semua item ini aku jual lagi di shopee, link di bio"),
    ("V", "Part 3 bongkar karung: grade kepala semua!! checkout sebelum abis"),
    ("F", "burjer & monza pilihan 🇩🇪🇯🇵 | Siantar-Medan | order via DM"),
    ("P", "Jastip hidden gems Cimol tiap Sabtu, slot 20 orang, fee 10rb"),
    ("C", "Temen-temen, supplier bal yang aku review kemarin buka slot reseller lagi, cus daftar"),
    ("P", "Nemu Levi's 501 dari karung US, kujual 150rb di live nanti jam 9"),
    ("F", "🏷️ 2nd ex Japan Korea | ready stock & open karungan | Bogor"),
    ("R", "Beli paket reseller 50 pcs dari @ngawul.store, seminggu udah untung, gaskeun"),
    ("P", "Spill racun minggu ini: cardigan seken Korea 35rb, stok 1, gas DM"),
    ("V", "Live shopping 'buka goni' bareng aku, tiap item 15-50rb, ada giveaway"),
    ("F", "Owol-owol Pekanbaru • langsung dari lantai 3 Kodim • kirim seIndonesia"),
    ("V", "Ngonten sambil bongkar karung Jepang, yang rebutan komen nomor item ya"),
    ("F", "Tiktok shop khusus 2nd luar, semua hasil sortir karung, follow biar gak ketinggalan live"),
]

ROWS = block("creator_promo", ILL, "1111", _ROWS)
