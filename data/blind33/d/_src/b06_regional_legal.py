# Batch 6: regional registers, legal voices
RECORDS = [
    ("comment", "hn_buyer_haul", 0, 1, 1, 1, "ulun tadi ka pasar lelong di Banjarmasin, dapat baju kaos bekas Malaysia 10 ribu haja. bungas banar warnanya"),
    ("post", "hn_buyer_haul", 0, 1, 1, 1, "Torang pe jaket RB dari pasar Bersehati so tahan 5 taong. barang luar memang laeng"),
    ("comment", "hn_memory", 0, 1, 1, 1, "baheula mah urang sok ka Kebon Kalapa jeung babaturan, milihan jaket bekas impor nu murah. ayeuna mah tos jarang"),
    ("post", "hn_opinion", 0, 1, 1, 1, "Lae, kau pikir monza itu cuma baju? itu ekonomi rakyat Siantar sampe Sibolga. janganlah asal larang"),
    ("comment", "hn_buyer_question", 0, 1, 1, 1, "daeng, pasar cakar di Toddopuli masih buka kah? mauka cari celana kerja bekas"),
    ("post", "hn_trader_story", 0, 1, 1, 1, "Wes rong sasi ra ono kiriman karung, Mas. Awul-awulku mung kari sak tumpuk. Arep ganti dodolan gorengan wae"),
    ("post", "hn_buyer_complaint", 0, 1, 1, 1, "Aduh mak, baju roma yang ku beli di Tanjungpinang semalam koyak pulak bahagian punggung. dah lah"),
    ("comment", "hn_joke", 0, 1, 1, 1, "wkwkw jaket cakar sa ada tulisan 'Tokyo Marathon 2011', padahal sa lari ke warung saja ngos-ngosan"),
    ("post", "hn_buyer_question", 0, 1, 1, 1, "Ada yg tau obok-obok di Surabaya yg dekat Pasar Turi itu masih ada gak? dulu sering kesana sm almarhum bapak"),
]
