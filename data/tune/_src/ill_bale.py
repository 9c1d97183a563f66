# Illegal: bale vocabulary / grades / units, WITHOUT the words thrift/bekas/impor/bal
# (karung, koli, goni, tokol, press, segel, kepala/badan/kaki, grade, kode karung, kiloan, ex ...)
from common import block, ILL

_ROWS = [
    ("L", "Karung segel Korea isi ±250 kemeja, 4,2jt, belum dibuka"),
    ("L", "Grade A kepala, jaket winter ex Jepang, 85rb/pcs, ambil 20 ke atas"),
    ("P", "Koli jaket ex Korea 100kg, press mesin, 5,5jt, kirim cargo"),
    ("L", "Sortiran kaki kaos ex Jepang 5rb/pcs, minimal 100 pcs"),
    ("P", "Badan kemeja Korea 15rb/pcs, kepala 35rb, sortir sendiri boleh"),
    ("L", "Goni press isi celana jins ex US ±150, 6jt, gudang Cikarang"),
    ("P", "Karung kode 108 jaket, isi campur, 3,8jt, untung-untungan"),
    ("V", "Buka segel karung Korea besok pagi, first pick 50rb/pcs"),
    ("M", "Kak kiloan ex Korea campur 45rb/kg ya, min 10kg, grade B, ongkir hitung berat"),
    ("P", "Pecah karung hoodie ex Jepang, grade kepala 60rb, badan 30rb"),
    ("L", "Ready karung premium UK, isi mantel & jas, 7jt"),
    ("L", "Koli mix kaos ex Taiwan 90kg 3jt, nego tipis"),
    ("L", "Guni ex Jepun isi sweater, 200 helai, 4,5jt"),
    ("P", "Isi karung: 60% kepala, 30% badan, 10% kaki. Kemeja ex Korea, 4jt"),
    ("L", "Press 100kg celana kargo ex US, segel utuh, 5jt"),
    ("P", "Grade AA jaket ex Korea, sudah disortir, 90rb/pcs grosir"),
    ("L", "Karungan sepatu ex Thailand 50 psg, 4jt, belum dibuka"),
    ("P", "Sortir kepala dress ex Korea 45rb, reseller dapat harga 35rb"),
    ("L", "Karung sisa badan-kaki, kaos ex Jepang 3rb/pcs, borong 500 pcs"),
    ("L", "Tokol ex Jepun isi jaket denim, 150 helai, 6,5jt"),
    ("L", "Koli segel Korea 45kg, karung pendek isi 200an blus, 2,8jt"),
    ("P", "Grade B kiloan jaket ex Korea 30rb/kg, cocok buat pemula"),
    ("L", "Satu karung press 100 kg isi rok & blus ex Korea, 4,3jt, kirim Surabaya"),
    ("L", "Kepala jaket gunung ex Jepang, TNF Columbia, 150rb/pcs"),
    ("L", "Karung campur anak ex Korea, isi 400an, 3,5jt"),
    ("L", "Kode 202 celana jins ex US isi 120, 5jt"),
    ("L", "Koli 50kg sepatu ex Jepang, campur, 3,6jt"),
    ("L", "Karung segel isi kemeja flanel ex US, grade A, 5,2jt"),
    ("P", "Borong sortiran kepala kemeja ex Korea, 100 pcs 2,5jt"),
    ("L", "Grade A+ sweater ex Jepang, 40rb/pcs, stok 300an"),
    ("P", "Karung mix ex Korea isi kaki, buat jual murah 2rb/pcs"),
    ("V", "Pecah segel karung hoodie ex Korea, kepala masih utuh, siapa cepat"),
    ("L", "Koli jas ex Jepang, isi ±100, 4,8jt, gudang Tangerang"),
    ("L", "Karung press ex Hongkong isi jaket, 4jt"),
    ("P", "Ready 20 karung ex Korea, harga 3,5–6jt tergantung isi, hub 0812xxxx"),
    ("P", "Kepala-badan-kaki sudah dipisah, kaos ex Jepang: kepala 30rb, badan 15rb, kaki 5rb"),
]

ROWS = block("bale_vocab", ILL, "1111", _ROWS)
