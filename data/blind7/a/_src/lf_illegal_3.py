R = [
("message", "jastip_used", 1, 1, 1, 1, """
JASTIP HUNTING SECONDHAND OSAKA 🇯🇵 (batch 2)
Aku lagi di Osaka sampai tgl 18, bisa titip cariin jaket, coat, tas second di toko2 reuse sini.
Kirim referensi model + budget, nanti aku video call pas di toko.
Fee 15% + ongkir per kg waktu pulang ke Jakarta.
Slot terbatas 10 orang aja ya, balas chat ini kalau mau ikut.
"""),
]
