# Illegal: evasive spelling (leetspeak, spaced/dotted letters, emoji inside words,
# Cyrillic homoglyphs, fullwidth, small caps, math bold, zero-width / soft-hyphen /
# combining characters, glued words, hashtags, deliberate misspellings).
# Invisible and homoglyph characters are written as \u escapes on purpose.
from common import block, ILL

_ROWS = [
    ("L", "jual j4ket b3k4s 1mp0r jepang size L 85rb, japri aja"),
    ("P", "B.A.L K.A.O.S K.O.R.E.A ready 3, isi 250an, 3,9jt nego"),
    ("L", "b e k a s  i m p o r  kemeja flanel 10rb/pcs ambil min 20"),
    ("L", "Hoodie th🔥rift Korea size XL 95rb, kondisi mulus"),
    ("P", "ready b🅰️l celana jeans campur, 4jt-an, cod jogja"),
    # Cyrillic е, а, і, р, о
    ("L", "Jaket gunung b\u0435k\u0430s \u0456m\u0440\u043er Jepang, 120rb, stok terbatas"),
    # fullwidth
    ("L", "ｔｈｒｉｆｔ ｉｍｐｏｒ ｋｏｒｅａ kemeja 45rb semua ukuran"),
    # zero-width spaces
    ("L", "Kaos vintage thr\u200bift im\u200bpor USA single stitch 150rb"),
    ("F", "bajubekasimporjepang | 3pcs100rb | cek highlight buat katalog"),
    ("P", "#balpresmurah #bajuimporbekas ready stok jaket korea 5jt/karung"),
    ("C", "trift imfor korea murce kak, kemeja 35rb aja, DM"),
    ("L", "Jual baju bkas inpor jepang kiloan 40rb/kg"),
    ("L", "T-h-r-i-f-t jepang ready, sepatu lari 42 insole 27, 175k"),
    ("L", "Sweater rajut 2nd 1mp0rt UK 70rb, bahan wol"),
    ("P", "Stok b@l hoodie masuk lg, 200pcs-an, harga grosir DM"),
    ("L", "Tas branded sek0nd luar, Coach/Kate Spade 250rb-an, real pict"),
    ("L", "b_e_k_a_s i_m_p_o_r dress korea 30rb/pc grosir lebih murah"),
    ("L", "Jaket varsity ex-Jepang 2nd, 1mport langsung, 180rb"),
    ("C", "th.rift kor.ea kaos polos 15rb, ambil 10 gratis 1"),
    # combining long stroke overlay
    ("P", "Jual B\u0336A\u0336L\u0336 karung kemeja Jepang isi 300 pcs, 4,5jt"),
    # small caps
    ("L", "\u0299\u1d00\u029f sepatu 2nd Thailand isi 50 psg, 4jt"),
    # math bold
    ("P", "𝐁𝐀𝐋 𝐓𝐇𝐑𝐈𝐅𝐓 𝐊𝐎𝐑𝐄𝐀 ready kirim hari ini, DM harga"),
    ("L", "pakaian b3ka5 luar negeri, kiloan 35rb/kg, min 5kg, gudang Tangerang"),
    ("P", "#thriftindonesia #thriftimport #balthrift kemeja linen 50rb"),
    ("P", "#ballpresbandung #karungankorea open reseller, wa 0812xxxx"),
    ("L", "Jaket denim Levis b3kas 1mp0r, size M, 110rb free stiker"),
    ("L", "sepatu 👟 2nd ex luar b€kas 1mp0r size 41 150rb"),
    ("L", "Celana kulot b-e-k-a-s k-o-r-e-a 25rb, ready banyak"),
    ("C", "ada bajubekaskoreamurah (baca pelan2 ya kak) 3 pcs 50rb"),
    # combining grapheme joiner
    ("L", "Kemeja th\u034frift im\u034fpor Jepang 40rb, bahan katun"),
    ("F", "tasbekasluarnegeri ori semua • Prada Gucci 300rb-an • no PHP"),
    ("P", "Jual 8AL kaos 2nd 1mport, isi 400pcs, 3,2jt"),
    ("L", "BEKAZ IMFOR KOREA RDY!! jaket 60rb kemeja 40rb"),
    ("L", "ThRiFt KoReA jaket bomber 75rb cod medan"),
    # small caps bekas impor
    ("L", "Sepatu \u0299\u1d07\u1d0b\u1d00s \u026a\u1d0d\u1d18\u1d0f\u0280 size 40 adidas 120rb"),
    ("L", "j a k e t  t h r i f t  korea 80rb bisa nego"),
    ("P", "B4L 🇰🇷 campur isi 200pcs, yg 🇯🇵 jg ada, DM harga"),
    ("L", "Kemeja flanel thrlft (baca: yg itu) 35rb, ready 12 pcs"),
    # Cyrillic һ і о р
    ("L", "Hoodie t\u04bbr\u0456ft \u0456m\u0440\u043ert Korea 90rb"),
    # Cyrillic е а
    ("P", "R\u0435\u0430dy b\u0430l hoodie Korea isi 180, 5jt, kirim dr Cikarang"),
    ("L", "bek\u200bas im\u200bpor kiloan 50rb/kg campur, bisa pilih"),
    ("P", "b\u200ba\u200bl jaket korea ready 2, DM"),
    ("L", "Baju 2nd 1mp0r anak2 paket 12pcs 90rb"),
    ("L", "Jaket #b3k4s #1mp0r #jepang size L 100rb"),
    ("L", "thr!ft 1mport korea: cardigan 35rb, blouse 30rb, rok 25rb"),
    ("P", "jual b-a-l-l p-r-e-s jaket korea, 1 karung 5,5jt"),
    ("L", "pakaian b3kas 1mport USA kiloan, 60rb/kg, pickup gudang"),
    ("L", "Sepatu Converse 2nd impoort size 42, 130rb"),
    ("L", "Celana jeans b-e-k-a-s luar, W31-34, 70rb per pcs, ambil 5 lebih murah"),
    ("L", "\u1d1b\u029c\u0280\u026a\ua730\u1d1b jaket kulit Jepang 250rb"),
    ("P", "k a r u n g a n  k o r e a  2nd ready 4 karung, WA 0812xxxx"),
    ("P", "Kaos 🅱️🅰️🅻 Korea isi 300 ready, 3,5jt"),
    ("L", "thr1ft 🇯🇵 kemeja linen 45rb, kondisi 90%"),
    ("C", "jual b.e.k.a.s.a.n luar negeri, jaket, hoodie, sweater mulai 30rb"),
    ("P", "Ｂａｌ ｋａｏｓ ｊｅｐａｎｇ isi 350, 3,8jt"),
    # Cyrillic а о
    ("L", "Dress bek\u0430s imp\u043er Korea, 45rb, fit to L"),
    ("L", "Jual sepatu bekas impot size 43 nike 200rb"),
    ("M", "p4k41an b3k4s 1mp0r per karung, WA aja kak"),
    ("L", "b3k@s 1mp0rt anak-anak, paket 15pcs 100rb, cocok buat jualan lagi"),
    ("L", "T.H.R.I.F.T J.E.P.A.N.G ready jas, 60rb"),
    ("L", "👗 th-rift kor 🇰🇷 rok midi 35rb, real pic"),
    ("P", "B a l l p r e s s jaket winter, 1 karung ±120 pcs, 6jt"),
    ("P", "#bekasimpor #thriftshop #jualbal jaket coach 85k"),
    ("L", "ready bjbkasimp0r kemeja 25rb, yg ngerti aja"),
    ("L", "Hoodie 2nd luarnegri ex korea 90rb, kondisi 95%"),
    # Cyrillic К е
    ("L", "\u041a\u0435m\u0435ja s\u0435k\u0435n J\u0435pang 30rb, 3 ambil 80rb"),
    ("L", "ｂｅｋａｓ ｉｍｐｏｒ jaket 75rb"),
    # soft hyphen
    ("P", "Ready ba\u00adl kaos Korea isi 280, 3,6jt"),
    ("L", "th rift imp or korea celana 40rb"),
    ("L", "Sepatu 2nd \u026a\u1d0d\u1d18\u1d0f\u0280\u1d1b Thailand size 38-44 mulai 100rb"),
    ("C", "mau b*l k*rea? isi 200an, 4jt, japri"),
    ("L", "Jaket s3c0nd j3p4ng 1mp0r, bahan tebel, 95rb"),
]

ROWS = block("evasive_spelling", ILL, "1111", _ROWS)
