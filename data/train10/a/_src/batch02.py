# Hand-written near-twin families, batch 02.
FAMILIES = [
    [
        ("message", "twin_offer_quiet", 1, 1, 1, 1, "Kak, lelong ex Kuching baru masuk, kemeja kantor 20rb, celana bahan 25rb, mau difotoin?"),
        ("message", "hn_twin_buyer_request", 0, 1, 1, 1, "Kak, ada lelong ex Kuching kah? sy cari kemeja kantor sm celana bahan, budget 25rb-an, bisa difotoin?"),
    ],
    [
        ("listing", "twin_offer_quiet", 1, 1, 1, 1, "Jaket kulit domba ex Italy, bekas pemakaian, jahitan aman, L, 400rb Bandung"),
        ("listing", "hn_twin_new_old_stock", 1, 0, 1, 1, "Jaket kulit domba import Italy, new old stock belum pernah dipakai, L, 400rb Bandung"),
    ],
    [
        ("message", "twin_offer_loud", 1, 1, 1, 1, "Broadcast: kontainer dari Busan sandar Belawan minggu depan, sepatu bekas impor campur per bal, DP 50% dulu"),
        ("message", "hn_twin_not_clothing", 1, 1, 0, 1, "Broadcast: kontainer dari Busan sandar Belawan minggu depan, mesin jahit bekas per unit, DP 50% dulu"),
        ("message", "hn_twin_rumour", 0, 1, 1, 1, "Kabar grup: kontainer sepatu bekas dari Busan katanya ketahan di Belawan minggu ini, ada yg tau lanjutannya?"),
    ],
    [
        ("comment", "twin_offer_quiet", 1, 1, 1, 1, "Roma dari Tawau ready sis, daster & blus 10rb 3, COD depan pasar Nunukan"),
        ("comment", "hn_twin_family_item", 1, 1, 1, 0, "Daster & blus bekas punya mama ready sis, bukan roma, 10rb 3, COD depan pasar Nunukan"),
    ],
    [
        ("post", "twin_offer_loud", 1, 1, 1, 1, "Awul-awul Sukawati buka lagi nih, kaos band 20k-an, mampir lapak @awulbli.dek ya 🤙"),
        ("post", "hn_twin_haul_no_seller", 0, 1, 1, 1, "Nemu kaos band 20k-an di awul-awul Sukawati, lupa lapak yg mana, pokoknya worth it 🤙"),
    ],
    [
        ("listing", "twin_offer_quiet", 1, 1, 1, 1, "Karungan Batam isi 80 pcs kaos, sortir kepala, 1,2jt nego"),
        ("listing", "hn_twin_not_clothing", 1, 1, 0, 1, "Karungan Batam isi 80 pcs gelas keramik bekas hotel, 1,2jt nego"),
    ],
    [
        ("live", "twin_offer_loud", 1, 1, 1, 1, "Yang tadi nanya, kemeja flanel thrift Jepang masih 12 pcs ya, 40rb, siapa cepat"),
        ("live", "hn_twin_new_goods", 1, 0, 1, 1, "Yang tadi nanya, kemeja flanel import Jepang baru masih 12 pcs ya, 40rb, siapa cepat dia dapat"),
    ],
    [
        ("listing", "twin_offer_quiet", 1, 1, 1, 1, "Gaun pesta anak preloved, ex Singapore, 2-5th, 50rb semua"),
        ("listing", "hn_twin_own_wardrobe", 1, 1, 1, 0, "Gaun pesta anak preloved, bekas acara sekolah anak sendiri, 2-5th, 50rb semua"),
        ("listing", "hn_twin_not_clothing", 1, 1, 0, 1, "Stroller anak preloved ex Singapore, lipat ringkas, roda aman, 500rb"),
    ],
    [
        ("review", "hn_twin_review_no_seller", 0, 1, 1, 1, "Jaket bomber second import yg aku beli bulan lalu bahannya tebel, cuma resleting agak seret. 4/5"),
        ("review", "twin_offer_quiet", 1, 1, 1, 1, "Jaket bomber second import dari @gudangbomber.id bahannya tebel, resleting agak seret, tp worth. order aja di sana 4/5"),
    ],
    [
        ("comment", "twin_offer_quiet", 1, 1, 1, 1, "Ada kak, sepatu Nike ex Korea bekas pakai 41 & 42, 180rb, fotonya sy kirim ke DM"),
        ("comment", "hn_twin_new_goods", 1, 0, 1, 1, "Ada kak, sepatu Nike ex Korea baru box lengkap 41 & 42, 780rb, fotonya sy kirim ke DM"),
    ],
    [
        ("message", "twin_offer_quiet", 1, 1, 1, 1, "Pak, barang grade S dari Jepang sdh sy pisah, jaket musim dingin 30 pcs, mau diambil kapan?"),
        ("message", "hn_twin_not_clothing", 1, 1, 0, 1, "Pak, barang grade S dari Jepang sdh sy pisah, alat pancing bekas 30 pcs, mau diambil kapan?"),
    ],
    [
        ("listing", "twin_offer_loud", 1, 1, 1, 1, "Kebaya brokat bekas impor Malaysia, 75rb, ukuran M"),
        ("listing", "hn_twin_own_wardrobe", 1, 1, 1, 0, "Kebaya brokat bekas wisuda saya sendiri, sekali pakai, 75rb, ukuran M"),
    ],
    [
        ("article", "hn_twin_news_seizure", 0, 1, 1, 1, "Bea Cukai Batam mengamankan 300 bal pakaian bekas asal Singapura yang diangkut kapal kayu dini hari."),
        ("message", "twin_offer_loud", 1, 1, 1, 1, "Masih ada sisa 300 bal pakaian bekas asal Singapura, kapal kayu masuk dini hari, yg minat bal-balan hub 0812xxxx"),
    ],
    [
        ("post", "twin_offer_quiet", 1, 1, 1, 1, "OOTD ala Tokyo budget 100rb, semua second Jepang dari @lemariosaka 🗼 #ootdmurah"),
        ("post", "hn_twin_new_goods", 1, 0, 1, 1, "OOTD ala Tokyo budget 300rb, semua barang baru stok import Jepang dari @lemariosaka 🗼 #ootdmurah"),
    ],
    [
        ("live", "twin_offer_quiet", 1, 1, 1, 1, "Gaes ini goni dari Pontianak, lelong campur, jaket jeans mulai 35rb, komen JJ"),
        ("live", "hn_twin_not_clothing", 1, 1, 0, 1, "Gaes ini goni dari Pontianak isinya sparepart laptop bekas Malaysia, mulai 35rb, komen SP"),
    ],
    [
        ("message", "twin_offer_loud", 1, 1, 1, 1, "Sis aku lagi bongkar bal Korea nih, sweater2 25rb, ambil di rumah ya, Sleman"),
        ("message", "hn_twin_own_wardrobe", 1, 1, 1, 0, "Sis aku lagi bongkar lemari nih, sweater2 bekas aku 25rb, ambil di rumah ya, Sleman"),
        ("message", "hn_twin_question_legality", 0, 1, 1, 1, "Sis tetanggaku lagi bongkar bal Korea, sweater2 25rb katanya, itu legal gak sih? Sleman"),
    ],
    [
        ("comment", "hn_twin_group_rule", 0, 1, 1, 1, "Admin grup: dilarang posting jualan baju bekas impor / per bal ya, langsung kick tanpa peringatan"),
        ("comment", "twin_offer_loud", 1, 1, 1, 1, "Izin promo min: jual baju bekas impor per bal, bisa ecer juga, katalog di bio ya"),
    ],
    [
        ("listing", "twin_offer_loud", 1, 1, 1, 1, "Kaos polos Gildan thrift USA, aneka warna, 12rb/pcs, min 1 lusin"),
        ("listing", "hn_twin_new_goods", 1, 0, 1, 1, "Kaos polos Gildan new import USA, aneka warna, 22rb/pcs, min 1 lusin"),
    ],
    [
        ("listing", "twin_offer_loud", 1, 1, 1, 1, "Sortiran bal handuk & gorden bekas ex Jepang, per kilo 18rb, Cirebon"),
        ("listing", "hn_twin_not_clothing", 1, 1, 0, 1, "Sortiran panci & wajan bekas ex Jepang, per kilo 18rb, Cirebon"),
    ],
    [
        ("comment", "twin_offer_loud", 1, 1, 1, 1, "Thrift shop kita di Jl. Dago buka sampe jam 10 malem, jaket 50rb-an, mampir yuk"),
        ("comment", "hn_twin_consignment_local", 1, 1, 1, 0, "Thrift shop kita di Jl. Dago isinya titipan preloved warga Bandung, bukan impor, jaket 50rb-an, mampir yuk"),
    ],
]
